"""Draw the two-hundred-and-fifty-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the one PNG named in FILE and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the picture
cannot drift apart.  Nothing is random.  With DRAFT=1 in the environment it only writes tmp/page.png
(to look at it), prints the wrapped titles and skips every check.

The set stands in for CLK2022's ONE agenda image (imgs/2022clk.png, a 1.5 MB PNG, not in the corpus) the way
a reader meets a programme when he goes to the conference's WEB SITE instead: ONE invented edition, CLK 9251
(第7246届, 秦皇岛, 燕山大学, Saturday 9251-10-21), with CLK2022's four forums (the link texts of its README),
as the site's programme page ('大会日程') saved as ONE FULL-SIZE SCREENSHOT of a 1440 px desktop Chrome window
at 100 % with DevTools' 'Capture full size screenshot' (the whole page, no browser window; DevTools names the
file after the address, '<host>_<path with slashes as underscores>.png').  The page: a STICKY white site
header (it stays on top when scrolling; in a full-size capture it stands once, at the top), a dark banner, a
row of jump links, then per forum a heading (accent bar, name, day and room, '主持人：' with the host) over a
white card holding a TIMELINE LIST: per slot the range at the left, a dot on a vertical line, the bold title
(wrapping), and under it per speaker one line of small grey text: the name, a thin divider, 'company job'.
Breaks are dim rows (a hollow dot, an icon, the label).  The round table prints outlined tags '主持' and
'嘉宾' before its people, the guests two to a line.  A dark footer.

Copied from bench/eval/posters-blind-246/draw.py (itself from sets 239 and 228): font, adv, TOKEN,
NO_LINE_START, T, P, B, plain, S, aff, truth_slot, saturday, REAL_NAMES, listing_words, COMMON,
runs_layout, block, draw_block, hm, mins, run, join_lines, CJK_PUNCT (unchanged), cup, bowl, flag, icon,
pin, calendar, text (unchanged), people and scored (the forum tuple changed).  New here: the data,
readme_forums, site_header, hero, jump_bar, forum_head, speaker_item, tag, row, forum_card, footer,
paint, render, check, NOTE, LAYOUT, WRAPPED.
"""
import datetime
import json
import os
import re

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fc = {}
DRAFT = os.environ.get("DRAFT") == "1"


def font(size, bold=False, serif=False):
    fam = "Serif" if serif else "Sans"
    path = FD + "Noto%sCJK-%s.ttc" % (fam, "Bold" if bold else "Regular")
    key = (path, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, size, index=SC)
    return _fc[key]


def adv(text, f):
    """The advance width of a text (what a browser lays out), not its ink box."""
    return f.getlength(text)


TOKEN = re.compile(r"[（(《]?[A-Za-z0-9_\-./:+#'&]+[,)）》]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”》"


def T(start, end, title, speakers, host, kind="talk"):
    """A scored slot: kind 'talk', or 'panel' for a round table (its first speaker the moderator)."""
    return {"kind": kind, "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def P(start, end, title, moderator, guests, host):
    return T(start, end, title, [moderator] + guests, host, kind="panel")


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the page removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job=None):
    """A speaker as printed: the name, and beside it company and job (None where no job is printed)."""
    return {"name": name, "company": company, "job": job}


def aff(sp):
    """The grey text after the name's divider, as printed: company and job joined by one space."""
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# names of real speakers and hosts read on the real posters: set 173's list, as sets 182, 191, 221, 228, 239
# and 246 copied it
REAL_NAMES = sorted(set([
    "许琨嘉",
    "KuzinArtem", "LianboJiang", "付才", "伍勃", "伍勍", "何鲁港", "余昇锦", "余松平", "侯文龙", "刘守业", "刘忻", "刘海龙", "卢烈",
    "司延腾", "吴江波", "周俶易", "周傲易", "周威", "唐辉", "孙南勇", "宋卓", "宋恺睿", "宋牧春", "尹欣", "左泽", "巫强", "廖肇燕", "廖远鸿", "张友加",
    "张哲华", "张子扬", "张细锐", "张翼", "张雅兰", "张鹏", "彭志光", "徐倩波", "慕冬亮", "晏艳", "曾庆凯", "朱彦军", "朱维希", "李培锋", "李志",
    "李扬韬", "李治军", "李泽帆", "李珍", "杜冬冬", "杨彦凝", "杨欢", "杨铠衔", "杨阳", "殷锋卫", "江锋", "潘睿", "王刘朴", "王子成", "王建政",
    "王海粟", "甄鹏", "白铠豪", "皮振伟", "祝嘉", "程杰", "罗宏震", "聂诚", "胡俊鹏", "胡璞", "荣乾锋", "蒲乐辉", "袁晓峰", "许珉嘉", "谈鉴锋",
    "谢旻晟", "谢昱晟", "谢柳杰", "谢欢", "谢淼", "谢雨来", "谢颂杨", "贺中坤", "赵天瑞", "赵宇", "赵桥", "路旭", "邹德清", "邹贻鹏", "郑堂权", "郑琦",
    "郑翔", "郭任", "郭健", "郭寒军", "郭纯海", "郭迎港", "陆扬", "陈凯", "陈华才", "陈培鸿", "陈越琦", "韩传华", "高亮", "黄睿", "黄靖", "黎红波",
    "龚睿奇"]))


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README (set 108's, from set 71)."""
    base = "/work/shared/corpus/"
    text = []
    for y in ("2022", "2023", "2024", "2025"):
        p = base + "listings/CLK%s.tsv" % y
        if os.path.exists(p):
            with open(p, encoding="utf-8") as fh:
                text += [ln.split("\t")[0] for ln in fh.read().splitlines()[1:]]
    p = base + "years/CLK2022/README.md"
    if os.path.exists(p):
        with open(p, encoding="utf-8") as fh:
            text.append(fh.read())
    return "\n".join(text)


FOUR = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]


def readme_forums():
    """CLK2022's four forums: the link texts of its README, in README order, when the corpus is there."""
    p = "/work/shared/corpus/years/CLK2022/README.md"
    if not os.path.exists(p):
        return FOUR
    with open(p, encoding="utf-8") as fh:
        return re.findall(r"^\[([^\]]+)\]\(http", fh.read(), flags=re.M)


COMMON = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")  # the 100


def runs_layout(runs, maxw):
    """Inline text of several runs (text, font, colour) laid out as a browser would in a block of width maxw:
    greedy, Latin words kept whole, CJK broken anywhere, no line starting with closing punctuation.  Returns
    lines, each a list of (x, text, font, colour)."""
    lines, cur, x = [], [], 0.0
    for text, f, col in runs:
        for tok in TOKEN.findall(text):
            w = adv(tok.rstrip(), f)
            if cur and x + w > maxw and tok[0] not in NO_LINE_START and not tok.isspace():
                lines.append(cur)
                cur, x = [], 0.0
                tok = tok.lstrip()
                if not tok:
                    continue
            if not cur and tok.isspace():
                continue
            if cur and cur[-1][2] is f and cur[-1][3] == col and cur[-1][0] + adv(cur[-1][1], f) == x:
                cur[-1] = (cur[-1][0], cur[-1][1] + tok, f, col)
            else:
                cur.append((x, tok, f, col))
            x += adv(tok, f)
    if cur:
        lines.append(cur)
    return [[(x, t.rstrip() if i == len(ln) - 1 else t, f, c) for i, (x, t, f, c) in enumerate(ln)]
            for ln in lines]


def block(paragraphs, maxw):
    """A cell's content: paragraphs (runs, line height, space before) one under the other, each wrapped.
    Returns (lines as (y offset, line height, runs), height, per-paragraph line texts)."""
    out, y, texts = [], 0, []
    for runs, lh, gap in paragraphs:
        y += gap
        ls = runs_layout(runs, maxw)
        texts.append(["".join(t for _, t, _, _ in ln) for ln in ls])
        for ln in ls:
            out.append((y, lh, ln))
            y += lh
    return out, y, texts


def draw_block(d, x0, y0, lines, align="left", maxw=0):
    for dy, lh, ln in lines:
        lw = ln[-1][0] + adv(ln[-1][1], ln[-1][2]) if ln else 0
        off = (maxw - lw) / 2 if align == "center" else 0
        for x, t, f, c in ln:
            # a line box of lh px; the baseline where a browser puts it for Noto Sans CJK
            d.text((x0 + off + x, y0 + dy + lh / 2 + f.size * 0.36), t, font=f, fill=c, anchor="ls")


def hm(m):
    return "%02d:%02d" % (m // 60, m % 60)


def mins(t):
    return int(t[:2]) * 60 + int(t[3:])


def run(start, host, items):
    """A forum's slots one after the other from start: ('T', minutes, title, speakers), ('B', minutes, label) or
    ('P', minutes, title, moderator, guests)."""
    t, out = mins(start), []
    for it in items:
        a, b = hm(t), hm(t + it[1])
        if it[0] == "B":
            out.append(B(a, b, it[2]))
        elif it[0] == "T":
            out.append(T(a, b, it[2], it[3], host))
        else:
            out.append(P(a, b, it[2], it[3], it[4], host))
        t += it[1]
    return out


CJK_PUNCT = "：、，；（）“”"


def join_lines(lines):
    """The note's join rule: a space between two lines where either side of the break is Latin (a letter, a
    digit or Latin punctuation: the browser broke at a space, as every Latin word on this page stands between
    spaces unless it touches Chinese punctuation); none where both sides are Chinese text, and none next to Chinese
    punctuation."""
    out = lines[0]
    for ln in lines[1:]:
        latin = out[-1].isascii() or ln[0].isascii()
        punct = out[-1] in CJK_PUNCT or ln[0] in CJK_PUNCT
        out += (" " if latin and not punct else "") + ln
    return out


# ===========================================================================
# CLK 9251 (第7246届), 秦皇岛, 燕山大学, Saturday 9251-10-21.  主论坛 in the morning, the three other forums in
# parallel in the afternoon from 13:30, one under another on the page (one timeline list each).
W = 1440
YEAR = "9251"
NTH = "第7246届"
DATE = "9251-10-21"
DATE_CN = "9251年10月21日（周六）"
DAY_CN = "10月21日（周六）"
HOSTNAME = "clk9251.kernel-dev.example.org"
# Chrome DevTools names a full-size capture after the address: host, then the path with '/' as '_'
FILE = "clk9251.kernel-dev.example.org_agenda_.png"

H0 = S("罗志刚", "燕山大学信息科学与工程学院", "院长")
H1 = S("陈斌", "龙芯中科", "内核技术总监")
H2 = S("王建华", "华为", "内存子系统技术专家")
H3 = S("刘丽娟", "天津大学", "副教授")

# (forum, host, half day, room, slots)
FORUMS = [
    ("主论坛", H0, "上午", "西校区 图书馆报告厅", run("08:30", H0["name"], [
        ("B", 30, "签到"),
        ("T", 10, "开幕致辞", [S("郭建平", "燕山大学", "副校长")]),
        ("T", 30, "从驱动适配到主线维护：国产处理器生态中的内核工作", [S("张海燕", "麒麟软件", "内核研发部总监")]),
        ("T", 30, "Why We Stopped Carrying Private Patches: Moving a Cloud Provider's Kernel Back onto the "
                  "Stable Trees",
         [S("李强", "腾讯", "TencentOS 技术负责人")]),
        ("B", 15, "茶歇"),
        ("T", 30, "高校操作系统课程与开源社区的结合：学生补丁从课堂作业走进内核主线的路径探索",
         [S("周丽萍", "燕山大学", "教授"), S("马骞", "华为", "openEuler 社区技术专家")]),
        ("T", 30, "大模型训练集群中的内核问题：一年间线上故障的统计与分析", [S("刘洋", "字节跳动", "系统技术专家")]),
        ("T", 30, "车载信息娱乐系统的冷启动：内核初始化阶段的逐项削减", [S("何晟", "蔚来", "操作系统架构师")]),
        ("P", 45, "圆桌讨论：芯片厂商、云厂商与开源社区，怎样一起推进新硬件的内核上游支持？",
         S("黄伟", "中国科学院软件研究所", "研究员"),
         [S("赵磊", "飞腾信息技术", "软件部总监"), S("李静怡", "阿里云", "操作系统架构师"),
          S("孙鹏飞", "海光信息", "系统软件总监"), S("张玥", "OPPO", "内核团队负责人")]),
        ("B", 50, "午餐"),
    ])),
    ("处理器架构与调度分论坛", H1, "下午", "信息馆 一楼学术报告厅", run("13:30", H1["name"], [
        ("T", 25, "LoongArch 平台上的 kexec 与 kdump：崩溃转储链路的补齐", [S("蔺文博", "龙芯中科", "内核工程师")]),
        ("T", 25, "Arm64 服务器上的 NUMA 调度：跨 die 任务迁移的代价与调参经验",
         [S("黄俊峰", "飞腾信息技术", "系统软件工程师")]),
        ("T", 25, "Tracking Down Scheduler Latency Regressions with Per-Commit Benchmarks on a Shared Test Farm",
         [S("Tobias Lindner", "Arm", "Principal Software Engineer")]),
        ("T", 25, "国产多核处理器上的缓存划分：用 resctrl 隔离在线业务的末级缓存",
         [S("李翀", "中国科学院软件研究所", "助理研究员")]),
        ("T", 25, "混合架构处理器上的任务放置：大小核能效模型与调度器负载均衡逻辑的协同优化与实测",
         [S("王晓东", "英特尔", "软件架构师"), S("梁晨", "英特尔", "内核工程师")]),
        ("B", 15, "茶歇"),
        ("T", 25, "cgroup CPU 带宽控制在容器突发负载下的限流问题与改进", [S("杨帆", "快手", "系统工程师")]),
        ("T", 25, "实时线程优先级反转的排查：从 ftrace 事件到 rt_mutex 源码", [S("宋海涛", "中兴通讯", "操作系统工程师")]),
        ("T", 25, "x86 服务器上的 SMT 兄弟核干扰：core scheduling 在多租户云主机场景下的开销评估与部署建议",
         [S("曹永强", "天翼云", "虚拟化专家")]),
        ("T", 25, "CPU 热插拔路径的耗时优化：让大规格虚拟机的 vCPU 扩容更快", [S("徐飞", "百度智能云")]),
    ])),
    ("内存管理与异构计算分论坛", H2, "下午", "信息馆 203 报告厅", run("13:30", H2["name"], [
        ("T", 25, "文件页与匿名页的回收比例：swappiness 在不同存储介质上的实测", [S("郑凯", "美团", "内核工程师")]),
        ("T", 25, "多代 LRU 在 Android 设备上的表现：冷启动与后台保活的权衡", [S("陈昱", "OPPO", "内存优化工程师")]),
        ("T", 25, "Page Table Sharing for Large Shared Memory Segments: Status, Pitfalls and Open Problems",
         [S("张志超", "蚂蚁集团", "资深工程师")]),
        ("T", 25, "基于 HMM 的 GPU 统一内存：设备页故障处理路径的性能分析",
         [S("刘志勇", "摩尔线程", "驱动架构师"), S("胡文涛", "摩尔线程", "软件工程师")]),
        ("B", 15, "茶歇"),
        ("T", 25, "虚拟机内存的按需扩缩：virtio-mem 在公有云上的使用经验", [S("朱建军", "京东云", "虚拟化工程师")]),
        ("T", 25, "1GB 大页在内存数据库中的使用：预留、碎片与故障恢复", [S("吴鹏程", "腾讯", "TencentOS 内核工程师")]),
        ("T", 25, "AI 加速卡之间的 DMA-BUF 共享：跨设备零拷贝在大模型推理流水线中的应用与踩坑记录",
         [S("唐敏", "寒武纪", "系统软件工程师")]),
        ("T", 25, "内存错误的预测性隔离：基于可纠正错误统计的页面下线策略", [S("李明辉", "阿里云", "服务器稳定性专家")]),
        ("T", 25, "用户态内存分配器与内核的配合：madvise 与透明大页对在线服务尾延迟的影响分析",
         [S("王雅婷", "字节跳动", "STE 工程师")]),
    ])),
    ("IO 与 ebpf 分论坛", H3, "下午", "信息馆 305 报告厅", run("13:30", H3["name"], [
        ("T", 20, "NVMe over TCP 在存储池化中的部署：队列数、中断合并与超时参数", [S("冯亮", "浪潮信息", "存储内核工程师")]),
        ("T", 20, "Zero-Copy Receive for AI Training Traffic: What We Learned Deploying Device Memory TCP",
         [S("高翔", "百度智能云", "网络架构师")]),
        ("T", 20, "基于 BPF 的块层 IO 延迟归因：区分设备、调度器与文件系统各自的耗时", [S("林晓静", "华为", "存储软件工程师")]),
        ("T", 20, "XDP 在运营商 5G 用户面中的应用：报文分类与转发性能", [S("邓宇航", "中国移动", "网络技术专家")]),
        ("T", 20, "io_uring 在对象存储网关中的落地：批量提交、缓冲区注册与 SQPOLL 模式下的 CPU 开销权衡",
         [S("韩雪", "小米", "存储工程师"), S("宓晓峰", "清华大学", "博士研究生")]),
        ("B", 15, "茶歇"),
        ("T", 20, "bpftrace 脚本上线之前：生产环境中动态追踪的开销控制", [S("张伟", "字节跳动", "内核工程师")]),
        ("T", 20, "容器逃逸的实时发现：基于 eBPF 的系统调用序列检测", [S("王磊", "奇安信", "安全研究员")]),
        ("T", 20, "机械盘与 SSD 混合部署下的回写限流：wbt 参数调整经验", [S("陈文杰", "京东", "存储研发工程师")]),
        ("T", 20, "套接字层的 BPF 重定向：用 sockmap 加速同机服务网格通信",
         [S("吴佳琪", "北京航空航天大学", "博士研究生")]),
        ("T", 20, "虚拟机磁盘 IO 的端到端追踪：从 virtio-blk 前端到宿主机块层", [S("杨晓红", "华为云", "虚拟化工程师")]),
    ])),
]

# --- page style (CSS px = device px, a 1440 px window at 100 %) ----------------------------------------------
WHITE = (255, 255, 255)
PAGE_BG = (244, 246, 249)
INK, INK2, GREY, GREY2, FAINT = (17, 24, 39), (75, 85, 99), (128, 135, 146), (150, 156, 166), (209, 213, 219)
BRAND = (14, 116, 144)  # a deep teal
NAVY = (12, 34, 64)
BORDER = (226, 230, 236)
X0, X1 = 240, 1200  # the 960 px content column
HX0, HX1 = 120, 1320  # the header's wider container

LAYOUT_LOG = {"title_lines": {}, "speaker_lines": {}}


def cup(d, x, y, col):
    """A small cup icon, its top left at (x, y), 18 x 16."""
    d.rounded_rectangle([x, y + 4, x + 12, y + 15], radius=3, outline=col, width=2)
    d.arc([x + 8, y + 6, x + 17, y + 13], 270, 90, fill=col, width=2)
    d.line([(x + 3, y), (x + 3, y + 2)], fill=col, width=1)
    d.line([(x + 7, y), (x + 7, y + 2)], fill=col, width=1)


def bowl(d, x, y, col):
    """A small bowl with chopsticks, its top left at (x, y), 18 x 16."""
    d.chord([x, y + 2, x + 17, y + 17], 0, 180, fill=col)
    d.line([(x + 9, y + 8), (x + 16, y)], fill=col, width=1)
    d.line([(x + 12, y + 8), (x + 18, y + 1)], fill=col, width=1)


def flag(d, x, y, col):
    """A small round clock, for check-in."""
    d.ellipse([x + 1, y + 1, x + 16, y + 16], outline=col, width=2)
    d.line([(x + 8.5, y + 5), (x + 8.5, y + 9), (x + 12, y + 11)], fill=col, width=2)


def icon(d, label, x, y, col):
    {"茶歇": cup, "午餐": bowl}.get(label, flag)(d, x, y, col)


def pin(d, x, y, col):
    """A small map pin whose foot stands at (x + 6, y)."""
    d.ellipse([x, y - 15, x + 12, y - 3], outline=col, width=2)
    d.polygon([(x + 1, y - 7), (x + 11, y - 7), (x + 6, y + 1)], fill=col)


def calendar(d, x, y, col):
    d.rounded_rectangle([x, y + 2, x + 16, y + 17], radius=2, outline=col, width=2)
    d.line([(x, y + 7), (x + 16, y + 7)], fill=col, width=2)
    d.line([(x + 4, y), (x + 4, y + 4)], fill=col, width=2)
    d.line([(x + 12, y), (x + 12, y + 4)], fill=col, width=2)


def text(d, x, y, s, f, col, anchor="ls"):
    d.text((x, y), s, font=f, fill=col, anchor=anchor)


def time_text(s):
    return "%s - %s" % (s["start"], s["end"])


# --- the sticky header, the banner and the jump links ----------------------------------------------------------
NAV = ["首页", "大会介绍", "大会日程", "演讲嘉宾", "合作伙伴", "往届大会"]
NAV_H = 64


def site_header(d, y0):
    """The site's STICKY header (position: sticky; top: 0): white, a hairline and a soft shadow under it."""
    d.rectangle([0, y0, W - 1, y0 + NAV_H - 1], fill=WHITE)
    for k, c in enumerate([(214, 219, 226), (229, 232, 237), (236, 239, 243), (240, 243, 246)]):
        d.line([(0, y0 + NAV_H + k), (W - 1, y0 + NAV_H + k)], fill=c)
    d.rounded_rectangle([HX0, y0 + 13, HX0 + 38, y0 + 51], radius=8, fill=BRAND)
    text(d, HX0 + 19, y0 + 32, "CLK", font(13, True), WHITE, "mm")
    text(d, HX0 + 50, y0 + 30, "中国Linux内核开发者大会", font(17, True), NAVY)
    text(d, HX0 + 50, y0 + 48, "CLK 9251 · 秦皇岛", font(11), GREY)
    bw = 96
    d.rounded_rectangle([HX1 - bw, y0 + 15, HX1, y0 + 49], radius=17, fill=BRAND)
    text(d, HX1 - bw / 2, y0 + 32, "立即报名", font(14, True), WHITE, "mm")
    lang = "中 / EN"
    x = HX1 - bw - 24 - adv(lang, font(14))
    text(d, x, y0 + 32 + 14 * 0.36, lang, font(14), GREY)
    x -= 36
    f = font(15)
    for item in reversed(NAV):
        on = item == "大会日程"
        w = adv(item, font(15, on))
        text(d, x - w, y0 + 32 + 15 * 0.36, item, font(15, on), BRAND if on else INK2, "ls")
        if on:
            d.rectangle([x - w, y0 + NAV_H - 3, x, y0 + NAV_H - 1], fill=BRAND)
        x -= w + 34
    return y0 + NAV_H + 4


HERO_H = 210


def hero(im, y0):
    """The banner, on its own tile: a navy-to-teal gradient with faint concentric arcs at the right."""
    h = HERO_H
    tile = Image.new("RGB", (W, h), WHITE)
    d = ImageDraw.Draw(tile)
    c0, c1 = (10, 30, 60), (12, 96, 118)
    for x in range(W):
        t = x / (W - 1)
        d.line([(x, 0), (x, h - 1)], fill=tuple(round(a + (b - a) * t) for a, b in zip(c0, c1)))
    for k in range(6):
        r = 90 + 60 * k
        d.ellipse([1180 - r, 170 - r, 1180 + r, 170 + r], outline=(30 + 4 * k, 120 + 3 * k, 140 + 2 * k), width=1)
    text(d, X0, 92, "大会日程", font(40, True), WHITE)
    f = font(14)
    x = X0 + adv("大会日程", font(40, True)) + 18
    for ch in "AGENDA":
        text(d, x, 92, ch, f, (130, 196, 210))
        x += adv(ch, f) + 5
    text(d, X0, 130, "%s中国Linux内核开发者大会" % NTH, font(17), (214, 230, 238))
    y = 170
    calendar(d, X0, y - 15, (150, 204, 216))
    text(d, X0 + 26, y, DATE_CN, font(16), (214, 230, 238))
    x = X0 + 26 + adv(DATE_CN, font(16)) + 36
    pin(d, x, y + 2, (150, 204, 216))
    text(d, x + 22, y, "河北 · 秦皇岛　燕山大学西校区", font(16), (214, 230, 238))
    im.paste(tile, (0, y0))
    return y0 + h


JUMP_H = 112


def jump_bar(d, y0):
    """A line of anchor links to the four forums and a grey note under it."""
    y = y0 + 30
    text(d, X0, y + 17 + 14 * 0.36, "快速跳转", font(14), GREY)
    x = X0 + adv("快速跳转", font(14)) + 16
    for name, *_ in FORUMS:
        w = adv(name, font(14)) + 32
        d.rounded_rectangle([x, y, x + w, y + 34], radius=17, fill=WHITE, outline=BORDER)
        text(d, x + w / 2, y + 17, name, font(14), INK2, "mm")
        x += w + 12
    assert x < X1
    text(d, X0, y + 72, "上午为主论坛，下午三个分论坛同时进行。日程如有调整，以大会现场公布为准。", font(14), GREY)
    return y0 + JUMP_H


# --- one forum: a heading and a card holding its timeline list -------------------------------------------------
CARD_PAD = 36
TIME_X = X0 + CARD_PAD
LINE_X = X0 + 196
CONTENT_X = X0 + 224
CONTENT_W = X1 - CARD_PAD - CONTENT_X
F_TIME, F_TIME_B = font(16, True), font(15)
F_TITLE = font(20, True)
F_NAME, F_UNIT = font(14, True), font(14)
TITLE_LH, SPK_LH = 31, 24
ROW_PAD = 20


def forum_head(d, y, k, draw):
    name, host, half, room, _ = FORUMS[k]
    if draw:
        d.rectangle([X0, y + 5, X0 + 4, y + 33], fill=BRAND)
        text(d, X0 + 18, y + 19 + 26 * 0.36, name, font(26, True), INK)
        yy = y + 60
        calendar(d, X0 + 1, yy - 14, GREY2)
        s = DAY_CN + " " + half
        text(d, X0 + 26, yy, s, font(14), GREY)
        x = X0 + 26 + adv(s, font(14)) + 28
        pin(d, x, yy + 2, GREY2)
        text(d, x + 20, yy, room, font(14), GREY)
        yy += 32
        x = X0
        for t, f, c in (("主持人：", font(15), GREY), (host["name"], font(15, True), INK), ("　" + aff(host), font(15), INK2)):
            text(d, x, yy, t, f, c)
            x += adv(t, f)
    return y + 112


def speaker_item(d, x, y, sp, draw):
    """One speaker as a line of small grey text: the bold name, a thin divider, 'company job'.  Returns its width."""
    wn = adv(sp["name"], F_NAME)
    wa = adv(aff(sp), F_UNIT)
    if draw:
        base = y + SPK_LH / 2 + 14 * 0.36
        text(d, x, base, sp["name"], F_NAME, INK2)
        d.line([(x + wn + 9, base - 11), (x + wn + 9, base + 1)], fill=FAINT, width=1)
        text(d, x + wn + 18, base, aff(sp), F_UNIT, GREY)
    return wn + 18 + wa


TAG_W = 44


def tag(d, x, y, label, draw):
    if draw:
        d.rounded_rectangle([x, y + 3, x + 34, y + SPK_LH - 3], radius=3, outline=BRAND, width=1)
        text(d, x + 17, y + SPK_LH / 2, label, font(12), BRAND, "mm")


def row(d, y, s, draw):
    """One slot of the timeline list.  Returns the y under it."""
    if s["kind"] == "break":
        h = 2 * 14 + 26
        if draw:
            cy = y + h / 2
            text(d, TIME_X, cy + 15 * 0.36, time_text(s), F_TIME_B, GREY)
            d.ellipse([LINE_X - 5, cy - 5, LINE_X + 5, cy + 5], fill=WHITE, outline=GREY2, width=2)
            icon(d, s["title"], CONTENT_X, cy - 9, GREY2)
            text(d, CONTENT_X + 28, cy + 15 * 0.36, s["title"], font(15, True), GREY)
        return y + h
    ti = block([([(s["title"], F_TITLE, INK)], TITLE_LH, 0)], CONTENT_W)
    LAYOUT_LOG["title_lines"][s["title"]] = ti[2][0]
    LAYOUT_LOG["speaker_lines"][s["title"]] = []
    yy = y + ROW_PAD + ti[1] + 6
    if s["kind"] == "panel":
        mod, guests = s["sp"][0], s["sp"][1:]
        tag(d, CONTENT_X, yy, "主持", draw)
        w = speaker_item(d, CONTENT_X + TAG_W, yy, mod, draw)
        LAYOUT_LOG["speaker_lines"][s["title"]].append([mod["name"]])
        yy += SPK_LH + 4
        col2 = CONTENT_X + TAG_W + max(speaker_item(d, 0, 0, g, False) for g in guests[0::2]) + 40
        for i in range(0, len(guests), 2):
            if i == 0:
                tag(d, CONTENT_X, yy, "嘉宾", draw)
            speaker_item(d, CONTENT_X + TAG_W, yy, guests[i], draw)
            pair = [guests[i]["name"]]
            if i + 1 < len(guests):
                w = speaker_item(d, col2, yy, guests[i + 1], draw)
                assert col2 + w <= CONTENT_X + CONTENT_W, s["title"]
                pair.append(guests[i + 1]["name"])
            LAYOUT_LOG["speaker_lines"][s["title"]].append(pair)
            yy += SPK_LH + 4
        yy -= 4
    else:
        for sp in s["sp"]:
            w = speaker_item(d, CONTENT_X, yy, sp, draw)
            assert w <= CONTENT_W
            LAYOUT_LOG["speaker_lines"][s["title"]].append([sp["name"]])
            yy += SPK_LH
    if draw:
        cy = y + ROW_PAD + TITLE_LH / 2
        text(d, TIME_X, cy + 16 * 0.36, time_text(s), F_TIME, INK)
        d.ellipse([LINE_X - 6, cy - 6, LINE_X + 6, cy + 6], fill=BRAND, outline=WHITE, width=2)
        draw_block(d, CONTENT_X, y + ROW_PAD, ti[0])
    return yy + ROW_PAD


def forum_card(d, y, k, draw):
    slots = FORUMS[k][4]
    top = y
    if draw:
        yy = y + 16
        for s in slots:
            yy = row(d, yy, s, False)
        bottom = yy + 16
        d.rounded_rectangle([X0, top, X1, bottom], radius=10, fill=WHITE, outline=BORDER)
        d.line([(LINE_X, top + 30), (LINE_X, bottom - 30)], fill=(221, 226, 232), width=2)
    y += 16
    for s in slots:
        y = row(d, y, s, draw)
    return y + 16


FOOT_H = 170


def footer(d, y):
    d.rectangle([0, y, W - 1, y + FOOT_H - 1], fill=(15, 23, 36))
    f = font(14)
    cols = [("主办单位", "中国Linux内核开发者大会组委会"), ("承办单位", "燕山大学信息科学与工程学院"),
            ("联系我们", "clk9251@kernel-dev.example.org")]
    for j, (a, b) in enumerate(cols):
        x = X0 + j * 330
        text(d, x, y + 50, a, font(15, True), (214, 222, 236))
        text(d, x, y + 80, b, f, (140, 152, 172))
    d.line([(X0, y + 110), (X1, y + 110)], fill=(40, 52, 74))
    text(d, W / 2, y + 140, "Copyright © 9251 中国Linux内核开发者大会　版权所有　　冀ICP备92510036号-1", font(13),
         (120, 132, 152), "mm")
    return y + FOOT_H


def paint(im, draw):
    d = ImageDraw.Draw(im)
    if draw:
        y = hero(im, NAV_H + 4)
        y = jump_bar(d, y)
    else:
        y = NAV_H + 4 + HERO_H + JUMP_H
    for k in range(len(FORUMS)):
        y = forum_head(d, y + (20 if k == 0 else 56), k, draw)
        y = forum_card(d, y, k, draw)
    y += 64
    if draw:
        footer(d, y)
        site_header(d, 0)  # sticky: painted last, over the top of the page
    return y + FOOT_H


def render():
    h = paint(Image.new("RGB", (W, 8), PAGE_BG), False)
    im = Image.new("RGB", (W, h), PAGE_BG)
    assert paint(im, True) == h
    return im


def scored():
    return [s for *_, sl in FORUMS for s in sl if s["kind"] != "break"]


def people():
    out = []
    for _, host, _, _, sl in FORUMS:
        out.append(plain(host["name"]))
        out += [plain(sp["name"]) for s in sl for sp in s["sp"]]
    return out


TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
UNCOMMON = ["宓", "蔺"]
SURNAME_COUNTS = {"王": 4, "李": 4, "张": 4, "刘": 3, "陈": 3, "杨": 2, "黄": 2, "吴": 2}
LESS_COMMON_GIVEN = ["李翀", "张玥", "陈昱", "马骞", "何晟"]
COUNTS = [7, 9, 9, 10]
TWO_SPEAKERS = [1, 1, 1, 1]
ENGLISH = [1, 1, 1, 1]
TEA = ["10:10", "15:35", "15:10", "15:10"]
ENDS = ["13:30", "17:30", "17:30", "17:05"]
WRAPPED = {  # every title that wraps in the 700 px content column, with its lines as the page breaks them
    "Why We Stopped Carrying Private Patches: Moving a Cloud Provider's Kernel Back onto the Stable Trees":
        ["Why We Stopped Carrying Private Patches: Moving a Cloud Provider's", 'Kernel Back onto the Stable Trees'],
    '高校操作系统课程与开源社区的结合：学生补丁从课堂作业走进内核主线的路径探索':
        ['高校操作系统课程与开源社区的结合：学生补丁从课堂作业走进内核主线的路径', '探索'],
    'Tracking Down Scheduler Latency Regressions with Per-Commit Benchmarks on a Shared Test Farm':
        ['Tracking Down Scheduler Latency Regressions with Per-Commit', 'Benchmarks on a Shared Test Farm'],
    '混合架构处理器上的任务放置：大小核能效模型与调度器负载均衡逻辑的协同优化与实测':
        ['混合架构处理器上的任务放置：大小核能效模型与调度器负载均衡逻辑的协同优', '化与实测'],
    'x86 服务器上的 SMT 兄弟核干扰：core scheduling 在多租户云主机场景下的开销评估与部署建议':
        ['x86 服务器上的 SMT 兄弟核干扰：core scheduling 在多租户云主机场景下的', '开销评估与部署建议'],
    'Page Table Sharing for Large Shared Memory Segments: Status, Pitfalls and Open Problems':
        ['Page Table Sharing for Large Shared Memory Segments: Status, Pitfalls', 'and Open Problems'],
    'AI 加速卡之间的 DMA-BUF 共享：跨设备零拷贝在大模型推理流水线中的应用与踩坑记录':
        ['AI 加速卡之间的 DMA-BUF 共享：跨设备零拷贝在大模型推理流水线中的应用', '与踩坑记录'],
    '用户态内存分配器与内核的配合：madvise 与透明大页对在线服务尾延迟的影响分析':
        ['用户态内存分配器与内核的配合：madvise 与透明大页对在线服务尾延迟的影', '响分析'],
    'Zero-Copy Receive for AI Training Traffic: What We Learned Deploying Device Memory TCP':
        ['Zero-Copy Receive for AI Training Traffic: What We Learned Deploying', 'Device Memory TCP'],
    'io_uring 在对象存储网关中的落地：批量提交、缓冲区注册与 SQPOLL 模式下的 CPU 开销权衡':
        ['io_uring 在对象存储网关中的落地：批量提交、缓冲区注册与 SQPOLL 模式下', '的 CPU 开销权衡'],
}


def check(poster):
    """What the brief asks; nobody twice; no real name, deck title or name of the real repositories."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2024 was the 19th
    assert [f[0] for f in FORUMS] == FOUR == readme_forums(), readme_forums()
    ppl = people()
    assert len(ppl) == len(set(ppl)), sorted(p for p in ppl if ppl.count(p) > 1)
    assert not set(ppl) & set(REAL_NAMES), set(ppl) & set(REAL_NAMES)
    chinese = [p for p in ppl if not p.isascii()]
    latin = [p for p in ppl if p.isascii()]
    assert latin == ["TobiasLindner"], latin
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    assert {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    assert sum(counts[c] for c in TOP20) == 36, sum(counts[c] for c in TOP20)
    assert all(2 <= len(p) <= 3 for p in chinese)
    assert len(chinese) == 46 and sum(len(p) == 2 for p in chinese) == 20, sum(len(p) == 2 for p in chinese)
    assert all(p in chinese for p in LESS_COMMON_GIVEN)
    real = listing_words()
    titles = [s["title"] for s in scored()]
    assert len(titles) == len(set(titles))
    for x in ppl + [t for t in titles if t != "开幕致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [f["forum"] for f in poster["forums"]] == FOUR
    for (name, host, _, _, sl), f, tea, end in zip(FORUMS, poster["forums"], TEA, ENDS):
        assert f["date"] == DATE
        ends = [(s["start"], s["end"]) for s in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        assert [s["start"] for s in f["slots"] if s["title"] == "茶歇"] == [tea], name
        assert f["slots"][-1]["end"] == end, (name, f["slots"][-1]["end"])
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == plain(host["name"])
            assert s["host"] not in s["speakers"]
            assert s["start"] < s["end"]
            assert len(s["affiliations"]) == len(s["speakers"])
    slots = [s for *_, sl in FORUMS for s in sl]
    panels = [s for s in slots if s["kind"] == "panel"]
    assert len(panels) == 1 and len(panels[0]["sp"]) == 5 and panels[0]["title"].startswith("圆桌讨论：")
    assert [sum(1 for s in sl if s["kind"] == "talk" and len(s["sp"]) == 2) for *_, sl in FORUMS] == TWO_SPEAKERS
    assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
    assert [sum(1 for s in sl if s["kind"] != "break" and s["title"].isascii()) for *_, sl in FORUMS] == ENGLISH
    m = FORUMS[0][4]
    assert [(s["title"], s["start"]) for s in m[:2]] == [("签到", "08:30"), ("开幕致辞", "09:00")]
    assert m[-1]["title"] == "午餐"
    for f in FORUMS[1:]:
        assert f[4][0]["start"] == "13:30" and f[4][-1]["kind"] == "talk"
    assert [sum(1 for s in sl if s["kind"] != "break") for *_, sl in FORUMS] == COUNTS
    # the layout the note describes
    tl = LAYOUT_LOG["title_lines"]
    assert set(tl) == set(titles), set(titles) - set(tl)
    assert {t: tl[t] for t in titles if len(tl[t]) > 1} == WRAPPED, {t: tl[t] for t in titles if len(tl[t]) > 1}
    assert all(len(v) == 2 for v in WRAPPED.values())
    assert all(len(v[-1]) >= 2 for v in WRAPPED.values())
    assert all(join_lines(tl[t]) == t for t in titles)
    for s in scored():  # one line per speaker, the round table's guests two to a line
        got = LAYOUT_LOG["speaker_lines"][s["title"]]
        if s["kind"] == "panel":
            want = [[s["sp"][0]["name"]], [s["sp"][1]["name"], s["sp"][2]["name"]],
                    [s["sp"][3]["name"], s["sp"][4]["name"]]]
        else:
            want = [[sp["name"]] for sp in s["sp"]]
        assert got == want, got
    return len(titles), counts


def main():
    im = render()
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "page.png"))
        print(im.size)
        for t, ls in LAYOUT_LOG["title_lines"].items():
            if len(ls) > 1:
                print(repr(t), ls)
        return
    path = os.path.join(HERE, FILE)
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert im.size[0] == W and 5_400 <= im.size[1] <= 6_000, im.size  # as tall as the page needs
    assert 300_000 <= size <= 1_500_000, size
    poster = {"file": FILE, "layout": LAYOUT, "date": DATE,
              "forums": [{"forum": n, "date": DATE, "slots": [truth_slot(s) for s in sl]} for n, *_, sl in FORUMS]}
    n, sur = check(poster)
    print("scored talks", n, "surnames", sorted(sur.items(), key=lambda kv: -kv[1]))
    assert 32 <= n <= 44, n
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 221, 234, 246): speakers are names as printed with "
    "spaces removed (the Latin name 'Tobias Lindner' -> 'TobiasLindner'; no Chinese name is padded on this page); "
    "host is the name printed in bold after '主持人：' under the forum's heading, for every talk and the round table "
    "of that forum, null for breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each has his "
    "own affiliation, in printed order; affiliations are the grey text printed after the speaker's name and a thin "
    "vertical divider on his line, company and job joined by one space as printed ('麒麟软件 内核研发部总监', 'Arm "
    "Principal Software Engineer', '腾讯 TencentOS 技术负责人'), the company alone where no job is printed (徐飞 "
    "'百度智能云'); an opening speech printed with a speaker ('开幕致辞', 郭建平) is a talk; '签到', '茶歇' and '午餐' "
    "(printed without a speaker) are breaks, '午餐' closing 主论坛; a forum with no break after its last talk ends "
    "with it; every forum carries the edition's date. ONE invented edition stands in for CLK2022's ONE agenda image "
    "(imgs/2022clk.png): CLK 9251 (第7246届, 秦皇岛, 燕山大学, Saturday 9251-10-21), as the programme PAGE ('大会日程') "
    "of the conference's web site saved as ONE FULL-SIZE SCREENSHOT of a 1440 px desktop Chrome window at 100 % "
    "with DevTools' 'Capture full size screenshot' (one device pixel per CSS px; the whole page, no browser window, "
    "no address bar; the file named after the address, 'clk9251.kernel-dev.example.org_agenda_.png'), holding "
    "CLK2022's four forums under its README's link texts (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, "
    "'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'); the truth has ONE entry with the four forums in "
    "printed order (主论坛 in the morning, then the three afternoon forums, which run in parallel from 13:30 but "
    "are printed one under another). "
    "Judgement calls: (1) The STICKY site header (a white bar at the very top: a teal 'CLK' tile, "
    "'中国Linux内核开发者大会' over 'CLK 9251 · 秦皇岛', the links '首页 大会介绍 大会日程 演讲嘉宾 合作伙伴 往届大会' "
    "with '大会日程' lit and underlined, '中 / EN', a button '立即报名'; in a full-size capture the sticky bar "
    "stands once, at the top), the dark banner ('大会日程', 'AGENDA' letter-spaced, '第7246届中国Linux内核开发者大会', "
    "'9251年10月21日（周六）', '河北 · 秦皇岛　燕山大学西校区'), the jump links ('快速跳转' and four pills naming the "
    "four forums, ABOVE 主论坛's heading), the grey line '上午为主论坛，下午三个分论坛同时进行。日程如有调整，以大会现场"
    "公布为准。' and the dark footer (主办单位, 承办单位, 联系我们, a mail address, copyright, '冀ICP备92510036号-1') are "
    "never part of a name, a title, a forum or a slot; the jump pills are links, not forums of their own (each forum "
    "is given once, by its heading). (2) Each FORUM is a heading: a teal bar and the name (26 px bold; the forum), a "
    "grey line with a calendar icon and '10月21日（周六） 上午' (or '下午') and a pin with the room (no part of the "
    "name, no slot), then '主持人：' (grey) + the host (bold) + the host's own 'company job' (nobody's affiliation): "
    "罗志刚 (主论坛), 陈斌 (处理器架构与调度分论坛), 王建华 (内存管理与异构计算分论坛), 刘丽娟 (IO 与 ebpf 分论坛). "
    "(3) Under the heading ONE white card holds the forum's TIMELINE LIST: per slot the range at the left "
    "('09:10 - 09:40', with spaces round the hyphen; bold for talks, grey for breaks), a dot on a vertical line, and "
    "at the right the bold title (20 px, wrapping in a 700 px column) and under it one line per speaker of small "
    "grey text (14 px): the name (bold, darker grey), a thin divider, 'company job'. The range stands level with the "
    "title's FIRST line. Two speakers are two lines, top then bottom. Break rows (a hollow dot, a grey range, an "
    "icon: a clock for 签到, a cup for 茶歇, a bowl for 午餐, and the grey label) are breaks with that range and "
    "label. (4) The round table '圆桌讨论：芯片厂商、云厂商与开源社区，怎样一起推进新硬件的内核上游支持？' (11:55-12:40) is "
    "ONE slot of kind 'panel': under its title a small outlined tag '主持' before 黄伟 (中国科学院软件研究所 研究员), "
    "then a tag '嘉宾' before the four guests printed TWO TO A LINE: 赵磊 (飞腾信息技术 软件部总监) and 李静怡 (阿里云 "
    "操作系统架构师), then 孙鹏飞 (海光信息 系统软件总监) and 张玥 (OPPO 内核团队负责人); its speakers are the moderator, "
    "then the guests line by line, left to right, one affiliation each; the tags are labels, no names, and '主持' "
    "marks the round table's moderator, not the forum's host (罗志刚); the title keeps '圆桌讨论：'. (5) A wrapped "
    "title is one title, joined with a space where either side of the break is Latin (the browser broke at a space) "
    "and without one where both sides are Chinese. Ten titles wrap, each over two lines: the English 'Why We Stopped "
    "Carrying Private Patches: Moving a Cloud Provider's' / 'Kernel Back onto the Stable Trees', 'Tracking Down "
    "Scheduler Latency Regressions with Per-Commit' / 'Benchmarks on a Shared Test Farm', 'Page Table Sharing for "
    "Large Shared Memory Segments: Status, Pitfalls' / 'and Open Problems' and 'Zero-Copy Receive for AI Training "
    "Traffic: What We Learned Deploying' / 'Device Memory TCP'; and '…走进内核主线的路径' / '探索', '…逻辑的协同优' / "
    "'化与实测', '…core scheduling 在多租户云主机场景下的' / '开销评估与部署建议', '…推理流水线中的应用' / '与踩坑记录', "
    "'…尾延迟的影' / '响分析', '…与 SQPOLL 模式下' / '的 CPU 开销权衡'. No name, no 'company job' line and no forum "
    "name wraps; the round table's title stands on one line. (6) Two-speaker talks, one per forum, given top then "
    "bottom: 周丽萍 (燕山大学 教授) and 马骞 (华为 openEuler 社区技术专家); 王晓东 (英特尔 软件架构师) and 梁晨 (英特尔 "
    "内核工程师); 刘志勇 (摩尔线程 驱动架构师) and 胡文涛 (摩尔线程 软件工程师); 韩雪 (小米 存储工程师) and 宓晓峰 "
    "(清华大学 博士研究生). (7) English-only titles: four, one per forum, one of them (处理器架构与调度分论坛) by the "
    "only Latin-named speaker, Tobias Lindner (Arm Principal Software Engineer); titles mixing Chinese and Latin "
    "words are many. Surnames as a real Chinese kernel conference has them (47 people, 46 Chinese): 王 李 张 four "
    "times each, 刘 陈 three, 杨 黄 吴 twice, 赵 周 徐 孙 马 朱 胡 郭 何 高 林 罗 once (36 of the 46 bear one of these "
    "twenty), eight more of the hundred commonest once (郑 梁 宋 唐 韩 冯 邓 曹) and two less common ones, 蔺 (蔺文博) "
    "and 宓 (宓晓峰); 20 of the 46 have two characters; a few given names use less common characters (李翀, 张玥, "
    "陈昱, 马骞, 何晟). SCORED = every slot of kind talk or panel: 7 + 9 + 9 + 10 = 35 (the opening speech and the "
    "round table counted; 33 without them)."
)
LAYOUT = (
    "CLK 9251 (第7246届), 秦皇岛, 燕山大学, 9251-10-21 (PNG, 1440 px wide, a FULL-SIZE SCREENSHOT by Chrome DevTools "
    "of the conference site's programme page '大会日程' in a 1440 px window at 100 %; a pale grey page, a 960 px "
    "content column): a STICKY white site header on top (a 'CLK' tile, the site's name, six links with '大会日程' lit, "
    "'中 / EN', '立即报名'); a dark banner ('大会日程', 'AGENDA', edition, date, place); '快速跳转' and four pills "
    "naming the forums; a grey note; then per forum a heading (a teal bar, the name, day and room, '主持人：' with the "
    "host and his 'company job') over a white card holding a TIMELINE LIST: per slot the range at the left, a dot on "
    "a vertical line, the bold title (ten wrap over two lines) and under it one line of small grey text per speaker "
    "(name, divider, 'company job'); breaks as dim rows with icons; the round table with tags '主持' and '嘉宾' and "
    "its guests two to a line; a dark footer. 7 + 9 + 9 + 10 scored."
)

if __name__ == "__main__":
    main()
