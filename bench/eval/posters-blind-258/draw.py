"""Draw the two-hundred-and-fifty-eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the one PNG named in FILE and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the picture
cannot drift apart.  Nothing is random (the banner's faint pattern is a fixed lattice).  With DRAFT=1 in
the environment it only writes tmp/page.png (to look at it), prints the wrapped titles, and skips every check.

The set stands in for CLK2025's ONE whole-agenda image (CLK2025全部议程.jpg, not in the corpus) the way a
reader meets a programme when he goes to the conference's WEB SITE instead: ONE invented edition, CLK 8258
(第6253届, 温州, 温州大学, Saturday 8258-10-23), with CLK2025's six forums, as the site's programme page
('大会日程') captured whole with Chrome DevTools' 'Capture full size screenshot' in a 1920 px window at 100 %
(one device pixel per CSS px, no browser window; DevTools names the file after the URL, '<host>_<path>_.png').
The page: a white site bar, a pale banner, a filter and view bar, then 主论坛 (the morning) as ONE TABLE
(时间 | 议题 | 演讲嘉宾 | 单位及职务), then the afternoon as a SCHEDULE GRID: the five forums as COLUMNS, a TIME
RULER down the left edge with a label every 15 minutes (half hours darker), every talk a BLOCK placed and sized
by its time (8 px a minute) printing its OWN range, the bold title wrapping in the column, and per speaker a
small avatar, the bold name and 'company job' under it; the common tea break as ONE BAND across the five
columns.  A dark footer.

Copied from bench/eval/posters-blind-246/draw.py (itself from sets 239 and 228): font, adv, TOKEN, NO_LINE_START,
T, P, B, plain, S, aff, truth_slot, saturday, REAL_NAMES, listing_words, SIX, listing_forums, COMMON, runs_layout,
block, draw_block, hm, mins, run, scored, people, CJK_PUNCT, join_lines, cup, bowl, flag, icon, pin, calendar and
text (unchanged); avatar (recoloured); check's and main's frames (their counts and layout assertions rewritten).
Everything else (the data, tint, clock, site_bar, banner, toolbar, section_head, morning, m_row, col_x,
col_head, gy, ruler, block_card, tea_band, afternoon, footer, paint, render, wrapped_list, note, NOTE_HEAD,
NOTE_TAIL, LAYOUT and the constants the checks use) is new here.
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
    """A speaker as printed: the name, and under it company and job (None where no job is printed)."""
    return {"name": name, "company": company, "job": job}


def aff(sp):
    """The grey line under the name, as printed: company and job joined by one space."""
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# names of real speakers and hosts read on the real posters: set 173's list, as sets 182, 191, 221 and 246 copied it
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


SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]


def listing_forums():
    """CLK2025's six folder names without their numbers, in folder order, read from its listing when it is there."""
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if not os.path.exists(p):
        return SIX
    with open(p, encoding="utf-8") as fh:
        tops = [ln.split("\t")[0].split("/")[0] for ln in fh.read().splitlines()[1:] if "/" in ln.split("\t")[0]]
    seen = []
    for t in tops:
        if t not in seen:
            seen.append(t)
    seen.sort(key=lambda t: int(t.split(" ", 1)[0]))
    return [t.split(" ", 1)[1] for t in seen]


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


# ===========================================================================
# CLK 8258 (第6253届), 温州, 温州大学, Saturday 8258-10-23.  主论坛 in the morning as a table, the five other
# forums in parallel in the afternoon from 13:30 as the COLUMNS of one schedule grid with a common tea band.
W = 1920
YEAR = "8258"
NTH = "第6253届"
DATE = "8258-10-23"
DATE_CN = "8258年10月23日（周六）"
HOSTNAME = "clk8258.kernel-dev.example.org"
# Chrome DevTools names a full-size capture after the URL: https://clk8258.kernel-dev.example.org/schedule/
FILE = "clk8258.kernel-dev.example.org_schedule_.png"

H0 = S("周建平", "温州大学计算机与人工智能学院", "院长")
H1 = S("马俊杰", "美团", "基础研发平台技术专家")
H2 = S("刘建军", "华为", "文件系统技术专家")
H3 = S("何伟东", "字节跳动", "STE 内核团队负责人")
H4 = S("郭晓峰", "中国科学院计算技术研究所", "研究员")
H5 = S("罗文斌", "阿里云", "操作系统技术专家")

TEA = ("B", 20, "茶歇")  # 15:30-15:50 in every afternoon forum, printed as ONE band across the grid

# (forum, host, room, slots)
FORUMS = [
    ("主论坛", H0, "学术交流中心一楼报告厅", run("08:30", H0["name"], [
        ("B", 30, "签到"),
        ("T", 10, "开幕致辞", [S("郑晓东", "温州大学", "副校长")]),
        ("T", 30, "国内开发者在上游社区的角色变化：从报告缺陷到主导子系统",
         [S("王建华", "华为", "Linux 内核首席专家")]),
        ("T", 30, "Triage at Scale: Classifying Kernel Oopses Across a Million Hosts",
         [S("李明轩", "阿里云", "操作系统架构师")]),
        ("B", 15, "茶歇"),
        ("T", 30, "操作系统课程进校园：教学内核与真实社区之间的桥梁",
         [S("张雨婷", "温州大学", "副教授"), S("陈海涛", "统信软件", "社区运营总监")]),
        ("T", 30, "国产 CPU 服务器的内核性能调优方法论：从基准测试、灰度发布到线上验证", [S("刘志勇", "海光信息", "软件研发总监")]),
        ("T", 30, "智能汽车操作系统的实时性与功能安全：内核层面的取舍与工程实践", [S("杨鹏飞", "蔚来", "操作系统负责人")]),
        ("P", 40, "圆桌讨论：大模型进入内核开发流程，社区该如何应对？",
         S("黄志强", "浙江大学", "教授"),
         [S("赵磊", "腾讯", "TencentOS 内核负责人"), S("吴静怡", "OPPO", "内核技术专家"),
          S("徐晟", "龙芯中科", "内核团队负责人"), S("孙丽华", "中国科学院软件研究所", "副研究员")]),
        ("B", 55, "午餐"),
    ])),
    ("内存管理与优化分论坛", H1, "理工楼 A201", run("13:30", H1["name"], [
        ("T", 20, "按 cgroup 统计内核内存：slab 记账的开销测量与优化", [S("王磊", "京东云", "内核工程师")]),
        ("T", 25, "Reducing iTLB Misses for JIT-Compiled Code with Large Folios", [S("陈宇轩", "阿里云", "内核工程师")]),
        ("T", 25, "从 cgroup v1 迁移到 v2：memory.high 与 PSI 告警的踩坑记录", [S("朱丽娟", "携程", "系统运维专家")]),
        ("T", 30, "手机后台应用保活与内存回收：多代 LRU 在 Android 上的参数调优",
         [S("林晓燕", "vivo", "内存优化专家"), S("周鹏", "vivo", "系统工程师")]),
        ("T", 20, "NUMA 自动平衡的迁移开销：合并 TLB 刷新的效果评估", [S("张国强", "英特尔", "软件工程师")]),
        TEA,
        ("T", 25, "进程内存的增量快照：基于 userfaultfd 的脏页跟踪", [S("冯超", "腾讯云", "虚拟化工程师")]),
        ("T", 30, "虚拟机内存的预清零与延迟分配：云主机启动时间优化实践", [S("李静雯", "华为云", "高级工程师")]),
        ("T", 40, "在线服务的内存碎片治理：主动规整的触发策略与监控指标", [S("缪海涛", "网易", "资深内核工程师")]),
    ])),
    ("文件系统与存储分论坛", H2, "理工楼 A203", run("13:30", H2["name"], [
        ("T", 30, "容器镜像层场景下 ext4 目录索引的性能瓶颈分析", [S("王海燕", "阿里云", "存储内核工程师")]),
        ("T", 40, "双控存储阵列的主机侧路径管理：ANA 状态与 IO 重试",
         [S("韩冬梅", "浪潮信息", "存储架构师"), S("王雪", "浪潮信息", "软件工程师")]),
        ("T", 25, "Btrfs Snapshots as a Backup Primitive: What Scales and What Breaks", [S("杨帆", "网易", "存储工程师")]),
        ("T", 25, "Direct I/O 与页缓存并存时的数据一致性问题剖析", [S("谢文斌", "小米", "文件系统工程师")]),
        TEA,
        ("T", 20, "overlayfs 挂载选项对比：metacopy 与 volatile", [S("梁家杰", "蚂蚁集团", "技术专家")]),
        ("T", 20, "块层 IO 优先级：从 ionice 到 io.prio.class", [S("赵婷", "中国电信天翼云", "存储研发工程师")]),
        ("T", 30, "XFS 实时设备用于冷数据分层的可行性评估", [S("宋文博", "中国移动", "高级工程师")]),
        ("T", 30, "模糊测试发现的文件系统缺陷回顾：ext4 与 XFS 的三十个案例", [S("陈思远", "上海交通大学", "博士研究生")]),
    ])),
    ("调度、性能与调试分论坛", H3, "理工楼 B105", run("13:30", H3["name"], [
        ("T", 20, "核间中断风暴：一次 IPI 抖动问题的追踪过程", [S("李振华", "百度", "系统工程师")]),
        ("T", 20, "线上开启 function tracer 的代价实测", [S("刘洋", "小红书", "基础架构工程师")]),
        ("T", 25, "Scheduler Behaviour on Hybrid Arm Cores: Measure Before You Tune",
         [S("Stefan Richter", "Arm", "Principal Software Engineer")]),
        ("T", 25, "用 drgn 编写可复用的 vmcore 分析脚本", [S("高云鹏", "统信软件", "内核工程师")]),
        ("T", 30, "在线业务的 CPU 争抢画像：基于调度延迟直方图的容量规划",
         [S("徐涛", "快手", "系统工程师"), S("唐颖", "快手", "性能专家")]),
        TEA,
        ("T", 20, "看门狗报警之后：hung task 与 soft lockup 的定位套路", [S("邓永杰", "中兴通讯", "内核工程师")]),
        ("T", 20, "用 KCSAN 发现数据竞争：驱动中的真实案例", [S("孙明远", "麒麟软件", "内核开发工程师")]),
        ("T", 25, "唤醒抢占与缓存亲和：数据库负载下的调度参数实验", [S("王珺", "腾讯", "数据库内核工程师")]),
        ("T", 25, "内核启动耗时分析：从 initcall 到第一个用户态进程", [S("胡凯文", "荣耀", "系统性能工程师")]),
    ])),
    ("硬件架构与异构计算分论坛", H4, "理工楼 B201", run("13:30", H4["name"], [
        ("T", 40, "Bringing Up a New RISC-V SoC in Mainline: From Device Tree to Merged Drivers",
         [S("张翀", "平头哥", "操作系统技术专家")]),
        ("T", 30, "龙架构笔记本的电源管理：S3 与 s2idle 的内核支持", [S("杨建新", "龙芯中科", "内核工程师")]),
        ("T", 25, "显示与视频编解码之间的缓冲区共享：DMA-BUF heap 的使用经验", [S("曹振宇", "摩尔线程", "驱动工程师")]),
        ("T", 25, "Arm64 SME 矩阵扩展的内核支持现状", [S("李志刚", "飞腾信息技术", "软件工程师")]),
        TEA,
        ("T", 20, "国产加速卡的 VFIO 直通与中断重映射", [S("彭程", "沐曦", "驱动开发工程师")]),
        ("T", 20, "直通设备的 DMA 性能：IOMMU 大页映射的收益", [S("吴昊天", "AMD", "软件工程师")]),
        ("T", 30, "异构 SoC 上的共享虚拟寻址：SVA 在 NPU 驱动中的落地",
         [S("张伟", "华为", "驱动架构师"), S("项文静", "华为", "内核工程师")]),
        ("T", 30, "TDX 机密虚拟机的客户机内核适配：启动、内存接受与设备直通", [S("刘旻", "英特尔", "虚拟化工程师")]),
    ])),
    ("AI 基础设施与 eBPF 应用分论坛", H5, "图书馆 二楼报告厅", run("13:30", H5["name"], [
        ("T", 25, "大模型镜像分发：按需加载与本地缓存的内核侧配合", [S("陈晓明", "月之暗面", "基础设施工程师")]),
        ("T", 25, "Shaping RDMA Traffic for Collective Communication with tc and BPF",
         [S("潘宇航", "中国移动云能力中心", "网络工程师")]),
        ("T", 30, "容器网络策略的 eBPF 实现：规则规模上万之后的查找性能", [S("黄伟民", "深信服", "安全研发工程师")]),
        ("T", 40, "训练任务的故障自愈：内核日志与硬件错误的联动分析",
         [S("孙浩然", "百度智能云", "资深工程师"), S("蔡雯", "百度智能云", "工程师")]),
        TEA,
        ("T", 40, "BPF 程序的可观测性成本：生产环境中的开销评估与限流", [S("蒋一鹏", "字节跳动", "eBPF 技术负责人")]),
        ("T", 20, "TCP 拥塞算法热替换：struct_ops 在数据中心的试点", [S("董超", "美团", "网络内核工程师")]),
        ("T", 20, "bpftrace 排障脚本的标准化与复用", [S("周敏", "京东", "运维开发工程师")]),
        ("T", 20, "用 uprobe 观测推理框架的请求排队时延", [S("沈佳琪", "商汤科技", "推理平台工程师")]),
    ])),
]

# --- page style (CSS px = device px, a 1920 px window at 100 %) ----------------------------------------------
WHITE = (255, 255, 255)
PAGE_BG = (246, 248, 249)
INK, INK2, GREY, FAINT = (24, 32, 41), (70, 80, 92), (120, 128, 138), (205, 210, 216)
TEAL = (0, 121, 112)
TEAL_D = (0, 84, 78)
BORDER = (226, 231, 235)
BREAK_BG = (255, 248, 232)
BREAK_INK = (180, 106, 18)
X0, X1 = 160, 1760  # the 1600 px container
TRACK = [(37, 99, 235), (13, 148, 136), (217, 119, 6), (124, 58, 237), (219, 39, 119)]  # one colour per column

LAYOUT_LOG = {"title_lines": {}, "forum_lines": {}, "speaker_lines": {}}


def tint(col, a):
    """col laid over white at opacity a."""
    return tuple(round(255 + (c - 255) * a) for c in col)


def avatar(d, x, y, r):
    """A speaker's round photo placeholder: a pale disc with a head-and-shoulders silhouette (no text)."""
    d.ellipse([x, y, x + 2 * r, y + 2 * r], fill=(224, 230, 233))
    cx = x + r
    d.ellipse([cx - r * 0.36, y + r * 0.42, cx + r * 0.36, y + r * 1.14], fill=(171, 183, 190))
    d.chord([cx - r * 0.72, y + r * 1.22, cx + r * 0.72, y + r * 2.5], 180, 360, fill=(171, 183, 190))


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


def clock(d, x, y, col, r=6):
    """A tiny clock glyph, centre (x, y)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=col, width=1)
    d.line([(x, y - r + 2), (x, y), (x + r - 2, y + 1)], fill=col, width=1)


def m_range(s):
    """The morning table prints ranges as '09:10-09:40'."""
    return "%s-%s" % (s["start"], s["end"])


def g_range(s):
    """The grid's blocks print ranges with an en dash between thin spaces: '13:50 – 14:15'."""
    return "%s \u2013 %s" % (s["start"], s["end"])


# --- the site's header, banner and toolbar ---------------------------------------------------------------------
NAV = ["首页", "关于大会", "大会日程", "演讲嘉宾", "会议资料", "合作伙伴", "往届回顾"]
NAV_H = 68


def site_bar(d, y0):
    d.rectangle([0, y0, W - 1, y0 + NAV_H - 1], fill=WHITE)
    for k in range(4):  # a soft shadow under the sticky bar
        d.line([(0, y0 + NAV_H + k), (W - 1, y0 + NAV_H + k)], fill=tint((0, 0, 0), 0.06 - 0.014 * k))
    # the logo: a teal hexagon with 'CLK', the site's name beside it
    cx, cy = X0 + 20, y0 + NAV_H / 2
    hexa = [(cx - 18, cy), (cx - 9, cy - 16), (cx + 9, cy - 16), (cx + 18, cy), (cx + 9, cy + 16), (cx - 9, cy + 16)]
    d.polygon(hexa, fill=TEAL)
    text(d, cx, cy, "CLK", font(12, True), WHITE, "mm")
    text(d, X0 + 50, cy + 18 * 0.36 - 1, "中国Linux内核开发者大会", font(18, True), INK)
    f = font(15)
    # right: language switch and the registration button, the links before them
    bw = 104
    d.rounded_rectangle([X1 - bw, cy - 17, X1, cy + 17], radius=4, fill=TEAL)
    text(d, X1 - bw / 2, cy, "报名参会", font(15, True), WHITE, "mm")
    x = X1 - bw - 26
    lang = "中 / EN"
    text(d, x - adv(lang, font(14)), cy + 14 * 0.36, lang, font(14), GREY)
    x -= adv(lang, font(14)) + 44
    for item in reversed(NAV):
        w = adv(item, f)
        on = item == "大会日程"
        text(d, x - w, cy + 15 * 0.36, item, font(15, on), TEAL if on else INK, "ls")
        if on:
            d.rectangle([x - w, y0 + NAV_H - 3, x, y0 + NAV_H - 1], fill=TEAL)
        x -= w + 36
    return y0 + NAV_H


BANNER_H = 210


def banner(im, y0):
    """The page's banner on its own tile: a pale teal wash, a faint lattice of dots at the right (fixed)."""
    h = BANNER_H
    tile = Image.new("RGB", (W, h), WHITE)
    d = ImageDraw.Draw(tile)
    c0, c1 = (226, 243, 240), (236, 244, 250)
    for x in range(W):
        t = x / (W - 1)
        d.line([(x, 0), (x, h - 1)], fill=tuple(round(a + (b - a) * t) for a, b in zip(c0, c1)))
    for i in range(22):
        for j in range(9):
            px, py = 1200 + i * 26 + (13 if j % 2 else 0), 22 + j * 22
            if px < W - 20 and (i + j) % 3:
                d.ellipse([px - 1.5, py - 1.5, px + 1.5, py + 1.5], fill=(186, 221, 216))
    f = font(13)
    x = X0
    for k, part in enumerate(["首页", " / ", "大会日程"]):
        text(d, x, 48, part, f, GREY if k < 2 else TEAL)
        x += adv(part, f)
    text(d, X0, 106, "大会日程", font(40, True), INK)
    y = 158
    calendar(d, X0, y - 15, TEAL)
    text(d, X0 + 26, y, DATE_CN, font(16), INK2)
    x = X0 + 26 + adv(DATE_CN, font(16)) + 36
    pin(d, x, y + 2, TEAL)
    text(d, x + 20, y, "浙江 · 温州　温州大学茶山校区", font(16), INK2)
    text(d, X0, y + 30, "第6253届中国Linux内核开发者大会", font(14), GREY)
    im.paste(tile, (0, y0))
    return y0 + h


BAR_H = 96


def toolbar(d, y0):
    """Filter chips at the left, a view switch and a download link at the right, a note under them."""
    y = y0 + 26
    x = X0
    for k, lab in enumerate(["全部", "主论坛", "分论坛"]):
        f = font(14, k == 0)
        w = adv(lab, f) + 32
        if k == 0:
            d.rounded_rectangle([x, y, x + w, y + 32], radius=16, fill=TEAL)
            text(d, x + w / 2, y + 16, lab, f, WHITE, "mm")
        else:
            d.rounded_rectangle([x, y, x + w, y + 32], radius=16, fill=WHITE, outline=FAINT)
            text(d, x + w / 2, y + 16, lab, f, INK2, "mm")
        x += w + 10
    # the view switch: 网格 (on) | 列表
    f = font(14)
    labs = ["网格视图", "列表视图"]
    ws = [adv(t, f) + 30 for t in labs]
    xr = X1 - 130 - sum(ws)
    d.rounded_rectangle([xr, y, xr + sum(ws), y + 32], radius=4, fill=WHITE, outline=FAINT)
    d.rectangle([xr + 1, y + 1, xr + ws[0], y + 31], fill=tint(TEAL, 0.12))
    text(d, xr + ws[0] / 2, y + 16, labs[0], font(14, True), TEAL_D, "mm")
    text(d, xr + ws[0] + ws[1] / 2, y + 16, labs[1], f, INK2, "mm")
    lab = "下载 PDF"
    text(d, X1 - adv(lab, f), y + 16 + 14 * 0.36, lab, f, TEAL)
    d.line([(X1 - 112, y + 8), (X1 - 112, y + 24)], fill=FAINT)
    text(d, X0, y0 + 84, "※ 所有时间均为北京时间；日程如有调整，以大会现场公布为准。", font(13), GREY)
    return y0 + BAR_H


def section_head(d, y, title, sub, draw):
    """A section's heading: a teal bar, the big name, a grey line beside it."""
    if draw:
        d.rectangle([X0, y + 6, X0 + 5, y + 36], fill=TEAL)
        text(d, X0 + 18, y + 21 + 26 * 0.36, title, font(26, True), INK)
        if sub:
            x = X0 + 18 + adv(title, font(26, True)) + 16
            text(d, x, y + 21 + 15 * 0.36, sub, font(15), GREY)
    return y + 44


# --- the morning: 主论坛 as a table (时间 | 议题 | 演讲嘉宾 | 单位及职务) --------------------------------------------
M_PAD = 28
MX_TIME = X0 + M_PAD
MX_TITLE = MX_TIME + 170
M_TITLE_W = 500
MX_NAME = MX_TITLE + M_TITLE_W + 60
MX_UNIT = MX_NAME + 220
M_UNIT_W = X1 - M_PAD - MX_UNIT
F_MT, F_MTITLE, F_MNAME, F_MUNIT = font(17, True), font(18, True), font(16, True), font(15)
M_LINE = 30  # one speaker line (name and unit level with each other)


def m_row(d, y, s, draw):
    if s["kind"] == "break":
        h = 54
        if draw:
            d.rectangle([X0 + 1, y + 1, X1 - 1, y + h], fill=BREAK_BG)
            text(d, MX_TIME, y + h / 2 + 16 * 0.36, m_range(s), font(16), GREY)
            icon(d, s["title"], MX_TITLE, y + h / 2 - 9, BREAK_INK)
            text(d, MX_TITLE + 28, y + h / 2 + 16 * 0.36, s["title"], font(16, True), BREAK_INK)
            d.line([(X0 + 1, y + h), (X1 - 1, y + h)], fill=BORDER)
        return y + h
    pad = 20
    ti = block([([(s["title"], F_MTITLE, INK)], 30, 0)], M_TITLE_W)
    LAYOUT_LOG["title_lines"][s["title"]] = ti[2][0]
    key = s["title"]
    LAYOUT_LOG["speaker_lines"][key] = []
    rows = []  # (label or None, speaker)
    if s["kind"] == "panel":
        rows = [("主持", s["sp"][0])] + [("嘉宾" if i == 0 else None, sp) for i, sp in enumerate(s["sp"][1:])]
    else:
        rows = [(None, sp) for sp in s["sp"]]
    sh = 0
    for lab, sp in rows:
        nb = block([([(sp["name"], F_MNAME, INK)], M_LINE, 0)], 180)
        ub = block([([(aff(sp), F_MUNIT, INK2)], M_LINE, 0)], M_UNIT_W)
        LAYOUT_LOG["speaker_lines"][key].append((nb[2][0], ub[2][0]))
        if draw:
            yy = y + pad + sh
            nx = MX_NAME
            if s["kind"] == "panel":
                nx = MX_NAME + 46
                if lab:
                    lw = adv(lab, font(12)) + 12
                    d.rounded_rectangle([MX_NAME, yy + 6, MX_NAME + lw, yy + 24], radius=3,
                                        fill=tint(TEAL, 0.1), outline=tint(TEAL, 0.45))
                    text(d, MX_NAME + lw / 2, yy + 15, lab, font(12), TEAL_D, "mm")
            draw_block(d, nx, yy, nb[0])
            draw_block(d, MX_UNIT, yy, ub[0])
        sh += max(nb[1], ub[1]) + 4
    sh -= 4
    h = max(ti[1], sh, M_LINE) + 2 * pad
    if draw:
        text(d, MX_TIME, y + pad + 15 + 17 * 0.36, m_range(s), F_MT, TEAL_D)
        draw_block(d, MX_TITLE, y + pad, ti[0])
        d.line([(X0 + 1, y + h), (X1 - 1, y + h)], fill=BORDER)
    return y + h


def morning(d, y, draw):
    name, host, room, slots = FORUMS[0]
    y = section_head(d, y + 40, name, "上午", draw)
    if draw:
        runs = [("主持人：", font(15), GREY), (host["name"], font(15, True), INK), ("　" + aff(host), font(15), INK2)]
        x = X0 + 18
        for t, f, c in runs:
            text(d, x, y + 12 + 15 * 0.36, t, f, c)
            x += adv(t, f)
        lab = "地点：" + room
        lw = adv(lab, font(15))
        pin(d, X1 - lw - 20, y + 20, GREY)
        text(d, X1 - lw, y + 12 + 15 * 0.36, lab, font(15), GREY)
    y += 40
    top = y
    if draw:
        yy = y + 46
        for s in slots:
            yy = m_row(d, yy, s, False)
        d.rectangle([X0, y, X1, yy], fill=WHITE)
        d.rectangle([X0, y, X1, y + 46], fill=(240, 244, 245))
        for x, lab in ((MX_TIME, "时间"), (MX_TITLE, "议题"), (MX_NAME, "演讲嘉宾"), (MX_UNIT, "单位及职务")):
            text(d, x, y + 23 + 14 * 0.36, lab, font(14, True), INK2)
        d.line([(X0, y + 46), (X1, y + 46)], fill=BORDER)
    y += 46
    for s in slots:
        y = m_row(d, y, s, draw)
    if draw:
        d.rectangle([X0, top, X1, y], outline=BORDER)
    return y


# --- the afternoon: the five forums as COLUMNS of one schedule grid with a time ruler -----------------------------
RULER = 74
GAP = 10
NCOL = 5
COL_W = (X1 - X0 - RULER - 16 - GAP * (NCOL - 1)) // NCOL
PPM = 8  # px per minute
G_START, G_END = mins("13:30"), mins("17:30")
PAD = 10
F_GT, F_GTITLE, F_GNAME, F_GUNIT = font(13, True), font(15, True), font(14, True), font(12)


def col_x(i):
    return X0 + RULER + 16 + i * (COL_W + GAP)


def col_head(d, y, k, draw):
    """A column's head: a coloured bar, the forum's name (bold), '主持人：name', the host's 'company job' under it,
    a pin and the room."""
    name, host, room, slots = FORUMS[k]
    x = col_x(k - 1)
    inner = COL_W - 2 * 14
    nb = block([([(name, font(16, True), INK)], 24, 0)], inner)
    LAYOUT_LOG["forum_lines"][name] = nb[2][0]
    hb = block([([("主持人：", font(13), GREY), (host["name"], font(13, True), INK)], 20, 6),
                ([(aff(host), font(12), GREY)], 18, 0),
                ([(room, font(12), INK2)], 18, 4)], inner)
    h = 14 + nb[1] + hb[1] + 12
    if draw:
        d.rectangle([x, y, x + COL_W, y + 3], fill=TRACK[k - 1])
        draw_block(d, x + 14, y + 14, nb[0])
        yy = y + 14 + nb[1]
        draw_block(d, x + 14, yy, hb[0][:2])
        dy, lh, ln = hb[0][2]
        pin(d, x + 14, yy + dy + lh / 2 + 7, GREY)
        draw_block(d, x + 14 + 17, yy, [hb[0][2]])
    return h


def gy(t):
    return (mins(t) - G_START) * PPM


def ruler(d, y0):
    """The time ruler down the left edge: a label every 15 minutes (the half hours dark, the quarters pale and
    smaller), a solid hairline across the grid at each half hour and a dotted one at each quarter."""
    for t in range(G_START, G_END + 1, 15):
        yy = y0 + (t - G_START) * PPM
        half = t % 30 == 0
        if half:
            d.line([(X0 + RULER, yy), (X1 - 1, yy)], fill=(225, 229, 233))
            text(d, X0 + RULER - 12, yy + 13 * 0.36, hm(t), font(13, True), INK2, "rs")
        else:
            for xx in range(X0 + RULER, X1, 6):
                d.point((xx, yy), fill=(214, 219, 224))
            text(d, X0 + RULER - 12, yy + 11 * 0.36, hm(t), font(11), (150, 157, 166), "rs")
        d.line([(X0 + RULER - 6, yy), (X0 + RULER, yy)], fill=FAINT)
    d.line([(X0 + RULER, y0 - 8), (X0 + RULER, y0 + (G_END - G_START) * PPM + 8)], fill=BORDER)


def block_card(d, x, y0, s, k, draw):
    """One talk of a column, placed by time: top at its start, height its duration less a 4 px gap."""
    top = y0 + gy(s["start"]) + 2
    h = (mins(s["end"]) - mins(s["start"])) * PPM - 4
    col = TRACK[k - 1]
    inner = COL_W - 2 * PAD - 4
    ti = block([([(s["title"], F_GTITLE, INK)], 21, 0)], inner)
    LAYOUT_LOG["title_lines"][s["title"]] = ti[2][0]
    need = PAD + 18 + 5 + ti[1] + 8
    sps = []
    LAYOUT_LOG["speaker_lines"][s["title"]] = []
    for sp in s["sp"]:
        nb = block([([(sp["name"], F_GNAME, INK2)], 19, 0)], inner - 36)
        ub = block([([(aff(sp), F_GUNIT, GREY)], 17, 0)], inner - 36)
        LAYOUT_LOG["speaker_lines"][s["title"]].append((nb[2][0], ub[2][0]))
        sps.append((nb, ub))
        need += max(nb[1] + ub[1], 28) + 6
    need += PAD - 6
    assert need <= h, (s["title"], need, h)
    if draw:
        d.rounded_rectangle([x, top, x + COL_W, top + h], radius=4, fill=tint(col, 0.05), outline=tint(col, 0.25))
        d.rectangle([x, top, x + 3, top + h], fill=col)
        xi = x + 4 + PAD
        yy = top + PAD
        clock(d, xi + 6, yy + 9, col)
        text(d, xi + 17, yy + 9 + 13 * 0.36, g_range(s), F_GT, col)
        yy += 18 + 5
        draw_block(d, xi, yy, ti[0])
        yy += ti[1] + 8
        for nb, ub in sps:
            hh = max(nb[1] + ub[1], 28)
            avatar(d, xi, yy + (hh - 28) / 2, 14)
            draw_block(d, xi + 36, yy + (hh - nb[1] - ub[1]) / 2, nb[0])
            draw_block(d, xi + 36, yy + (hh - nb[1] - ub[1]) / 2 + nb[1], ub[0])
            yy += hh + 6
    return need


def tea_band(d, y0, s, draw):
    """The common tea break: ONE band across the five columns."""
    top = y0 + gy(s["start"]) + 2
    h = (mins(s["end"]) - mins(s["start"])) * PPM - 4
    if draw:
        x0, x1 = col_x(0), col_x(NCOL - 1) + COL_W
        d.rounded_rectangle([x0, top, x1, top + h], radius=4, fill=BREAK_BG, outline=(240, 220, 186))
        cy = top + h / 2
        lw = adv(s["title"], font(16, True))
        tw = adv(g_range(s), font(14))
        tot = 26 + lw + 18 + tw
        xx = (x0 + x1 - tot) / 2
        cup(d, xx, cy - 9, BREAK_INK)
        text(d, xx + 26, cy + 16 * 0.36, s["title"], font(16, True), BREAK_INK)
        text(d, xx + 26 + lw + 18, cy + 14 * 0.36, g_range(s), font(14), GREY)


def afternoon(d, y, draw):
    y = section_head(d, y + 56, "分论坛", "下午　五个分会场同时进行", draw)
    y += 14
    top = y
    hh = max(col_head(d, y, k, False) for k in range(1, 6))
    gh = (G_END - G_START) * PPM
    grid_top = y + hh + 22
    bottom = grid_top + gh + 22
    if draw:
        d.rectangle([X0, top, X1, bottom], fill=WHITE, outline=BORDER)
        d.line([(X0, top + hh), (X1, top + hh)], fill=BORDER)
        for k in range(1, 6):
            col_head(d, y, k, True)
        text(d, X0 + RULER - 12, y + 14 + 12 + 13 * 0.36, "时间", font(13, True), GREY, "rs")
        ruler(d, grid_top)
    teas = set()
    for k in range(1, 6):
        for s in FORUMS[k][3]:
            if s["kind"] == "break":
                teas.add((s["start"], s["end"], s["title"]))
            else:
                block_card(d, col_x(k - 1), grid_top, s, k, draw)
    assert len(teas) == 1, teas
    tea_band(d, grid_top, FORUMS[1][3][[s["kind"] for s in FORUMS[1][3]].index("break")], draw)
    return bottom


FOOT_H = 200


def footer(d, y):
    d.rectangle([0, y, W - 1, y + FOOT_H - 1], fill=(22, 34, 40))
    f = font(14)
    cols = [("主办单位", "中国Linux内核开发者大会组委会"), ("承办单位", "温州大学计算机与人工智能学院"),
            ("联系我们", "clk8258@kernel-dev.example.org")]
    for j, (a, b) in enumerate(cols):
        x = X0 + j * 440
        text(d, x, y + 56, a, font(15, True), (214, 226, 228))
        text(d, x, y + 86, b, f, (138, 156, 162))
    d.line([(X0, y + 124), (X1, y + 124)], fill=(44, 60, 66))
    text(d, W / 2, y + 160, "© 8258 中国Linux内核开发者大会　版权所有　　浙ICP备82580023号-2", font(13),
         (120, 136, 142), "mm")
    return y + FOOT_H


def paint(im, draw):
    d = ImageDraw.Draw(im)
    if draw:
        y = banner(im, NAV_H)
        site_bar(d, 0)
        y = toolbar(d, y)
    else:
        y = NAV_H + BANNER_H + BAR_H
    y = morning(d, y, draw)
    y = afternoon(d, y, draw)
    y += 56
    return footer(d, y) if draw else y + FOOT_H


def render():
    h = paint(Image.new("RGB", (W, 8), PAGE_BG), False)
    im = Image.new("RGB", (W, h), PAGE_BG)
    assert paint(im, True) == h
    return im


def scored():
    return [s for _, _, _, sl in FORUMS for s in sl if s["kind"] != "break"]


def people():
    out = []
    for _, host, _, sl in FORUMS:
        out.append(plain(host["name"]))
        out += [plain(sp["name"]) for s in sl for sp in s["sp"]]
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


TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
UNCOMMON = ["缪", "项"]
SURNAME_COUNTS = {"王": 5, "李": 4, "张": 4, "陈": 4, "刘": 4, "周": 3, "杨": 3, "孙": 3, "黄": 2, "赵": 2, "吴": 2,
                  "徐": 2}
RARE_GIVEN = "晟珺翀旻"  # less common given-name characters a parent chooses, once each
COUNTS = [7, 8, 8, 9, 8, 8]
TWO_SPEAKERS = [1, 1, 1, 1, 1, 1]
ENGLISH = [1, 1, 1, 1, 1, 1]
ENDS = ["13:30", "17:25", "17:30", "17:20", "17:30", "17:30"]
MAIN_WRAPPED = {  # the three titles of 主论坛 that wrap in its 议题 column, as the page breaks them
    "Triage at Scale: Classifying Kernel Oopses Across a Million Hosts":
        ["Triage at Scale: Classifying Kernel Oopses Across a", "Million Hosts"],
    "国产 CPU 服务器的内核性能调优方法论：从基准测试、灰度发布到线上验证":
        ["国产 CPU 服务器的内核性能调优方法论：从基准测试、灰度发", "布到线上验证"],
    "智能汽车操作系统的实时性与功能安全：内核层面的取舍与工程实践":
        ["智能汽车操作系统的实时性与功能安全：内核层面的取舍与工", "程实践"],
}
THREE_LINES = {  # the grid's titles over three lines
    "Btrfs Snapshots as a Backup Primitive: What Scales and What Breaks":
        ["Btrfs Snapshots as a Backup", "Primitive: What Scales and What", "Breaks"],
    "Bringing Up a New RISC-V SoC in Mainline: From Device Tree to Merged Drivers":
        ["Bringing Up a New RISC-V SoC in", "Mainline: From Device Tree to", "Merged Drivers"],
}
GRID_ONE_LINE = 5  # grid titles that fit on one line; every other grid title wraps


def check(poster):
    """What the brief asks; nobody twice; no real name, deck title or name of the real repositories."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2024 was the 19th
    assert DATE_CN.startswith("%s年%d月%d日" % (YEAR, int(DATE[5:7]), int(DATE[8:10])))
    assert [f[0] for f in FORUMS] == SIX == listing_forums(), listing_forums()
    ppl = people()
    assert len(ppl) == len(set(ppl)), sorted(p for p in ppl if ppl.count(p) > 1)
    assert not set(ppl) & set(REAL_NAMES), set(ppl) & set(REAL_NAMES)
    chinese = [p for p in ppl if not p.isascii()]
    latin = [p for p in ppl if p.isascii()]
    assert latin == ["StefanRichter"], latin
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    assert {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    assert sum(counts[c] for c in TOP20) == 46, sum(counts[c] for c in TOP20)
    assert all(2 <= len(p) <= 3 for p in chinese)
    assert len(chinese) == 63 and sum(len(p) == 2 for p in chinese) == 19, sum(len(p) == 2 for p in chinese)
    given = "".join(p[1:] for p in chinese)
    assert all(given.count(c) == 1 for c in RARE_GIVEN), [given.count(c) for c in RARE_GIVEN]
    real = listing_words()
    titles = [s["title"] for s in scored()]
    assert len(titles) == len(set(titles))
    for x in ppl + [t for t in titles if t != "开幕致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [f["forum"] for f in poster["forums"]] == SIX
    for (name, host, room, sl), f, end in zip(FORUMS, poster["forums"], ENDS):
        assert f["date"] == DATE
        ends = [(s["start"], s["end"]) for s in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        assert f["slots"][-1]["end"] == end, (name, f["slots"][-1]["end"])
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == plain(host["name"])
            assert s["host"] not in s["speakers"]
            assert s["start"] < s["end"]
            assert len(s["affiliations"]) == len(s["speakers"])
    slots = [s for _, _, _, sl in FORUMS for s in sl]
    panels = [s for s in slots if s["kind"] == "panel"]
    assert len(panels) == 1 and len(panels[0]["sp"]) == 5 and panels[0]["title"].startswith("圆桌讨论：")
    assert [sum(1 for s in sl if s["kind"] == "talk" and len(s["sp"]) == 2) for _, _, _, sl in FORUMS] == \
        TWO_SPEAKERS
    assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
    assert [sum(1 for s in sl if s["kind"] != "break" and s["title"].isascii()) for _, _, _, sl in FORUMS] == \
        ENGLISH
    m = FORUMS[0][3]
    assert [(s["title"], s["start"]) for s in m[:2]] == [("签到", "08:30"), ("开幕致辞", "09:00")]
    assert [s["title"] for s in m if s["kind"] == "break"] == ["签到", "茶歇", "午餐"]
    assert m[-1]["title"] == "午餐" and m[-2]["kind"] == "panel"
    grid = []
    for f in FORUMS[1:]:
        sl = f[3]
        assert sl[0]["start"] == "13:30" and sl[-1]["kind"] == "talk" and mins(sl[-1]["end"]) <= G_END
        assert [(s["start"], s["end"], s["title"]) for s in sl if s["kind"] == "break"] == [("15:30", "15:50", "茶歇")]
        talks = [s for s in sl if s["kind"] != "break"]
        assert {mins(s["end"]) - mins(s["start"]) for s in talks} <= {20, 25, 30, 40}
        assert all(len(s["sp"]) == 1 for s in talks if mins(s["end"]) - mins(s["start"]) < 30)
        grid += talks
    durs = sorted({mins(s["end"]) - mins(s["start"]) for s in grid})
    assert durs == [20, 25, 30, 40], durs
    on_mark = [s for s in grid if mins(s["start"]) % 15 == 0]  # the ruler labels every quarter hour
    assert len(on_mark) == 16 and len(grid) == 41, (len(on_mark), len(grid))  # most start between two marks
    assert [sum(1 for s in sl if s["kind"] != "break") for _, _, _, sl in FORUMS] == COUNTS
    # the layout the note describes
    tl = LAYOUT_LOG["title_lines"]
    assert set(tl) == set(titles), set(titles) - set(tl)
    main_titles = [s["title"] for s in m if s["kind"] != "break"]
    assert {t: tl[t] for t in main_titles if len(tl[t]) > 1} == MAIN_WRAPPED
    gt = [s["title"] for s in grid]
    assert {t: tl[t] for t in gt if len(tl[t]) > 2} == THREE_LINES
    assert sum(len(tl[t]) == 1 for t in gt) == GRID_ONE_LINE, [t for t in gt if len(tl[t]) == 1]
    assert all(join_lines(tl[t]) == t for t in titles), [(t, tl[t]) for t in titles if join_lines(tl[t]) != t]
    assert all(v == [k] for k, v in LAYOUT_LOG["forum_lines"].items())  # every column head's name on one line
    for s in scored():  # every name and every 'company job' on one line, in printed order
        got = LAYOUT_LOG["speaker_lines"][s["title"]]
        assert got == [([sp["name"]], [aff(sp)]) for sp in s["sp"]], got
    return len(titles), counts


def wrapped_list():
    """Every title the page prints over more than one line, as 'line / line', for the note."""
    return [" / ".join("'%s'" % x for x in LAYOUT_LOG["title_lines"][s["title"]]) for s in scored()
            if len(LAYOUT_LOG["title_lines"][s["title"]]) > 1]


NOTE_HEAD = (
    "Same schema and conventions as posters-blind-43 (and 59, 239, 246): speakers are names as printed with spaces "
    "removed (the Latin name 'Stefan Richter' -> 'StefanRichter'; no Chinese name is padded on this page); host is "
    "the name printed after '主持人：' for the forum (under the 主论坛 heading, or in the afternoon column's head), for "
    "every talk and the round table of that forum, null for breaks; start/end HH:MM on a 24-hour clock; where two "
    "speakers are printed each has his own affiliation, in printed order; affiliations are the 'company job' printed "
    "for the speaker (in the morning table the 单位及职务 cell on the speaker's own line, in the afternoon grid the grey "
    "line under his name), company and job joined by one space as printed ('华为 Linux 内核首席专家', 'Arm Principal "
    "Software Engineer', '腾讯 TencentOS 内核负责人', '字节跳动 eBPF 技术负责人'); an opening speech printed with a "
    "speaker ('开幕致辞', 郑晓东) is a talk; '签到', '茶歇' and '午餐' (printed without a speaker) are breaks, '午餐' "
    "closing 主论坛; a forum with no break after its last talk ends with it; every forum carries the edition's date. "
    "ONE invented edition stands in for CLK2025's ONE whole-agenda image (CLK2025全部议程.jpg): CLK 8258 (第6253届, "
    "温州, 温州大学, Saturday 8258-10-23), as the programme PAGE ('大会日程') of the conference's web site captured "
    "whole with Chrome DevTools' 'Capture full size screenshot' in a 1920 px window at 100 % (one device pixel per "
    "CSS px; the whole page, no browser window, no address bar; the file named as DevTools names it after the URL "
    "https://clk8258.kernel-dev.example.org/schedule/), holding CLK2025's six forums under its folder names without "
    "their numbers (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, "
    "'AI 基础设施与 eBPF 应用分论坛' with its two spaces); the truth has ONE entry with the six forums in that order "
    "(主论坛 first, then the grid's columns left to right). 主论坛 is the morning (08:30-13:30) as a TABLE; the five "
    "others run in parallel from 13:30 as the five COLUMNS of ONE SCHEDULE GRID with a time ruler. "
    "Judgement calls: (1) The white site bar (a teal hexagon 'CLK', '中国Linux内核开发者大会', the links '首页 关于大会 "
    "大会日程 演讲嘉宾 会议资料 合作伙伴 往届回顾' with '大会日程' lit, '中 / EN', a button '报名参会'), the pale banner "
    "(the breadcrumb '首页 / 大会日程', '大会日程', a calendar and '8258年10月23日（周六）', a pin and '浙江 · 温州　"
    "温州大学茶山校区', '第6253届中国Linux内核开发者大会'), the toolbar (filter chips '全部', '主论坛', '分论坛': FILTERS, "
    "not forums; a switch '网格视图 | 列表视图'; '下载 PDF'; the line '※ 所有时间均为北京时间；日程如有调整，以大会现场"
    "公布为准。') and the dark footer (主办单位, 承办单位, 联系我们, a mail address, copyright, '浙ICP备82580023号-2') are "
    "never part of a name, a title, a forum or a slot. (2) THE MORNING: a teal bar, the big name '主论坛' (the forum) "
    "and beside it a grey '上午' (no part of the name); under it '主持人：' (grey) + 周建平 (bold, the host) + '　温州大学"
    "计算机与人工智能学院 院长' (the host's own 'company job', nobody's affiliation); at the right end of that line a "
    "pin and '地点：学术交流中心一楼报告厅' (no part of anything). Then ONE white TABLE: a grey head row '时间 | 议题 | "
    "演讲嘉宾 | 单位及职务' (column labels, no slot); per talk a row with the range at the left ('09:10-09:40', bold "
    "teal, a hyphen, no spaces), the bold title in the 议题 column (three titles wrap, see (6)), and per speaker ONE "
    "LINE: the bold name in the 演讲嘉宾 column and LEVEL with it his 'company job' in the 单位及职务 column; the range "
    "and the title stand level with the first speaker's line. 张雨婷 (温州大学 副教授) and 陈海涛 (统信软件 社区运营总监) "
    "are two speakers of one talk on two lines, given top then bottom. Break rows (cream) print the range in grey, "
    "an icon (a clock, a cup, a bowl) and the label in amber: '08:30-09:00' 签到, '10:10-10:25' 茶歇, '12:35-13:30' 午餐. "
    "(3) The round table '圆桌讨论：大模型进入内核开发流程，社区该如何应对？' (11:55-12:35) is ONE slot of kind 'panel': "
    "its 演讲嘉宾 cell prints a small teal TAG '主持' on the line of 黄志强 (浙江大学 教授), before his name, and a tag "
    "'嘉宾' on the line of the first guest, 赵磊 (腾讯 TencentOS 内核负责人); the other guests 吴静怡 (OPPO 内核技术专家), "
    "徐晟 (龙芯中科 内核团队负责人) and 孙丽华 (中国科学院软件研究所 副研究员) stand under him WITHOUT a tag, every name "
    "aligned after the tags' column; its speakers are the moderator, then the guests top to bottom, one affiliation "
    "each; the tags are labels, no part of a name; '主持' marks the round table's moderator, not the forum's host "
    "(周建平); the title keeps '圆桌讨论：'. (4) THE AFTERNOON: a teal bar, the big word '分论坛' and the grey "
    "'下午　五个分会场同时进行': a heading, NO forum and no slot. Under it ONE GRID in a white card: a head row whose left "
    "cell prints '时间' (a label) and whose five columns each print a coloured top bar, the forum's name (16 px bold, "
    "one line), '主持人：' + the host in bold (马俊杰, 刘建军, 何伟东, 郭晓峰, 罗文斌), the host's 'company job' in grey "
    "under it (nobody's affiliation) and a pin with the room ('理工楼 A201', '理工楼 A203', '理工楼 B105', '理工楼 "
    "B201', '图书馆 二楼报告厅'; no part of the forum's name). Below it a TIME RULER down the left edge prints a label "
    "EVERY 15 MINUTES from '13:30' to '17:30' (the half hours '13:30', '14:00' … bold and dark, the quarters '13:45', "
    "'14:15' … smaller and paler), with a hairline across the grid at each half hour and a dotted line at each "
    "quarter: scale marks, NO slots, no starts and no ends. Each talk is a BLOCK in its forum's column, its top at its "
    "start and its height its duration (8 px a minute, less a 4 px gap): talks last 20, 25, 30 or 40 minutes (13, 13, "
    "10 and 5 of the 41 grid talks), so blocks of neighbouring columns seldom line up, and only 16 of the 41 start on "
    "a ruler label (13 of them on a half hour); the 25 others start between two labels ('13:50', '14:40', '15:05', "
    "'16:55' …). A block prints its OWN range at its top, after a small clock glyph and in the column's colour, as "
    "'HH:MM – HH:MM' with an EN DASH between two spaces ('13:50 – 14:15'); then the bold title (wrapping in the "
    "column), then per speaker a small avatar disc (a drawn silhouette, no text), the bold name and under it the grey "
    "'company job'; two speakers one under the other, top then bottom. A slot's range is the one printed on its own "
    "block, never a ruler label or the height of the block; a block belongs to the column it stands in, whatever "
    "stands level with it in the neighbouring columns, and a column's blocks are read top to bottom. The columns end "
    "with their last talk at 17:25 (内存), 17:30 (文件系统, 硬件, AI) and 17:20 (调度); the ruler's '17:30' is no end. "
    "(5) The afternoon tea is ONE cream BAND across all five columns (a cup, '茶歇', '15:30 – 15:50'), printed once: "
    "it is a break of EVERY afternoon forum, so the truth gives a '茶歇' 15:30-15:50 in each of the five, between the "
    "talks before and after it. (6) A wrapped title is one title, joined with a space where either side of the break "
    "is Latin (the browser broke at a space: every Latin word on this page stands between spaces unless it touches "
    "Chinese punctuation) and without one where both sides are Chinese or where the break stands next to Chinese "
    "punctuation ('…从 cgroup v1 迁移到 v2：' / 'memory.high …', '…缺陷回顾：' / 'ext4 …', '…缓冲区共享：' / 'DMA-BUF …' join "
    "WITHOUT a space, as typed). Three titles of 主论坛 wrap over two lines, two grid titles over THREE lines, 34 "
    "other grid titles over two and 5 grid titles fit on one line; breaks fall inside Chinese words ('…灰度发' / "
    "'布…', '…取舍与工' / '程实践', '…追踪' / '过程', '…排队时' / '延'). Every wrapped title as the page breaks it: "
)
NOTE_TAIL = (
    ". No name, no 'company job' line and no forum name wraps. (7) Two-speaker talks, one per forum, given top then "
    "bottom: 张雨婷 (温州大学 副教授) and 陈海涛 (统信软件 社区运营总监); 林晓燕 (vivo 内存优化专家) and 周鹏 (vivo 系统"
    "工程师); 韩冬梅 (浪潮信息 存储架构师) and 王雪 (浪潮信息 软件工程师); 徐涛 (快手 系统工程师) and 唐颖 (快手 性能专家); "
    "张伟 (华为 驱动架构师) and 项文静 (华为 内核工程师); 孙浩然 (百度智能云 资深工程师) and 蔡雯 (百度智能云 工程师). "
    "(8) English-only titles: six, one per forum; 'Scheduler Behaviour on Hybrid Arm Cores: Measure Before You "
    "Tune' (调度) is given by the only Latin-named speaker, Stefan Richter (Arm Principal Software Engineer); titles "
    "mixing Chinese and Latin words are many. (9) Surnames as a real Chinese kernel conference has them (64 people: "
    "63 Chinese, one Latin): 王 5, 李 张 陈 刘 4 each, 周 杨 孙 3, 黄 赵 吴 徐 2, 马 胡 朱 郭 何 罗 高 林 once (46 of the "
    "63 bear one of these twenty), seventeen more once: fifteen of the hundred commonest (郑 冯 韩 谢 梁 宋 唐 邓 曹 彭 潘 "
    "蔡 蒋 董 沈) and two less common ones, 缪 (缪海涛, a Wenzhou surname) and 项 (项文静); "
    "19 of the 63 Chinese names have two characters; given names of everyday characters with four less common ones "
    "once each (徐晟, 王珺, 张翀, 刘旻). SCORED = every slot of kind talk or panel: 7 + 8 + 8 + 9 + 8 + 8 = 48 (the "
    "opening speech and the round table counted; 46 without them)."
)
LAYOUT = (
    "CLK 8258 (第6253届), 温州, 温州大学, 8258-10-23 (PNG, 1920 px wide, a FULL-SIZE SCREENSHOT by Chrome DevTools of "
    "the conference site's programme page '大会日程' in a 1920 px window at 100 %; a pale grey page, a 1600 px "
    "container): a white site bar (a 'CLK' hexagon, the site's name, seven links with '大会日程' lit, '中 / EN', "
    "'报名参会'); a pale teal banner (breadcrumb, '大会日程', date, place, the edition); a toolbar (filter chips, a "
    "grid/list switch, '下载 PDF', a time-zone note); then '主论坛 上午' with its host and room over ONE TABLE (head "
    "row '时间 | 议题 | 演讲嘉宾 | 单位及职务'; per slot the range, the bold title, and per speaker a line with the name "
    "and, level with it, the 'company job'; cream break rows; a 圆桌 row with tags '主持' and '嘉宾'); then '分论坛 "
    "下午　五个分会场同时进行' over ONE SCHEDULE GRID: a head row with the five forums as COLUMNS (coloured bar, name, "
    "'主持人：name', the host's 'company job', a pin and the room), a TIME RULER down the left edge labelled every 15 "
    "minutes (13:30 … 17:30; half hours dark, quarters pale) with lines across, and per talk a BLOCK placed and sized "
    "by its time (8 px a minute; talks of 20, 25, 30 and 40 minutes, most starting between two labels) printing its own "
    "range '13:50 – 14:15', the bold title wrapping over one to three lines, and per speaker an avatar, the bold name "
    "and the grey 'company job'; ONE cream tea band 15:30-15:50 across the five columns; a dark footer. "
    "7 + 8 + 8 + 9 + 8 + 8 scored."
)


def note():
    return NOTE_HEAD + "; ".join(wrapped_list()) + NOTE_TAIL


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
    assert im.size[0] == W and 3_600 <= im.size[1] <= 4_200, im.size  # as tall as the page needs
    assert 300_000 <= size <= 1_500_000, size
    poster = {"file": FILE, "layout": LAYOUT, "date": DATE,
              "forums": [{"forum": n, "date": DATE, "slots": [truth_slot(s) for s in sl]} for n, _, _, sl in FORUMS]}
    n, sur = check(poster)
    print("scored talks", n, "surnames", sorted(sur.items(), key=lambda kv: -kv[1]))
    assert 42 <= n <= 55, n
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": note(),
             "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
