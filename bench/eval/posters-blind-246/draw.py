"""Draw the two-hundred-and-forty-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the one PNG named in FILE and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the picture
cannot drift apart.  Nothing is random (the banner's faint dots come from a fixed linear congruential
sequence).  With DRAFT=1 in the environment it only writes tmp/page.png (to look at it), prints the
wrapped titles, and skips every check.

The set stands in for CLK2025's ONE whole-agenda image (CLK2025全部议程.jpg, not in the corpus) the way a
reader meets a programme when he goes to the conference's WEB SITE instead: ONE invented edition, CLK 8246
(第6241届, 昆明, 云南大学, Saturday 8246-10-17), with CLK2025's six forums, as the site's programme page
('大会日程') saved as ONE FULL-PAGE SCREENSHOT of a 1920 px desktop window at 100 % with the Chrome extension
GoFullPage (the whole page, no browser window; GoFullPage names the file 'screencapture-<host and path>-<date>-
<time>.png').  The page: a white site bar, a dark banner, a day tab, then 主论坛 (the morning) as ONE LIST
in a white card: a head row 时间 | 议题 | 演讲嘉宾, per slot the range, the bold title and at the right per
speaker an avatar disc with the bold name over 'company job'; the round table labels its moderator '主持' and
its guests '嘉宾'.  Then the afternoon ('下午' / '分论坛') as a SCHEDULE GRID: a time gutter with a grey
label and a dashed line every half hour, and the five forums as COLUMNS, each headed by a coloured bar, the
forum's name, '主持人：name', the host's 'company job' and the room; every slot a CARD placed by time (top at
its start, height its duration: 8 px a minute) printing its own range, the bold title wrapping in the
column, and per speaker the name over 'company job'; tea breaks as cream cards.  A dark footer.

Copied from bench/eval/posters-blind-239/draw.py (itself from set 228's): font, adv, TOKEN, NO_LINE_START, T, P,
B, plain, S, aff, truth_slot, saturday, REAL_NAMES, listing_words, SIX, listing_forums, COMMON, runs_layout,
block, draw_block, hm, mins, run, scored, people (unchanged) and pin (unchanged), join_lines (one exception
added: no space next to Chinese punctuation); check's and main's frames (their counts and layout assertions
rewritten).  Everything else (the data, avatar, cup, bowl, flag, icon, calendar, text, time_text, site_bar,
hero, tabs, section_head, person, main_row, morning, col_x, col_head, gy, card, afternoon, footer, paint,
render, NOTE, LAYOUT) is new here.
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


# names of real speakers and hosts read on the real posters: set 173's list, as sets 182, 191 and 221 copied it
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
# CLK 8246 (第6241届), 昆明, 云南大学, Saturday 8246-10-17.  主论坛 in the morning as a list, the five other
# forums in parallel in the afternoon from 13:30 as the COLUMNS of one schedule grid.
W = 1920
YEAR = "8246"
NTH = "第6241届"
DATE = "8246-10-17"
DATE_CN = "8246年10月17日（周六）"
SCHOOL = "云南大学"
HOSTNAME = "clk8246.kernel-dev.example.org"
# GoFullPage (Chrome) names a capture 'screencapture-<host and path, dots and slashes as dashes>-<date>-<time>.png'
FILE = "screencapture-clk8246-kernel-dev-example-org-agenda-8246-10-13-22_07_41.png"

H0 = S("林建国", "云南大学信息学院", "院长")
H1 = S("孙海燕", "阿里云", "资深技术专家")
H2 = S("刘晓红", "清华大学", "副教授")
H3 = S("吴刚", "字节跳动", "STE 团队技术专家")
H4 = S("董建新", "中国科学院计算技术研究所", "研究员")
H5 = S("郭立新", "百度智能云", "技术总监")

# (forum, host, room, slots)
FORUMS = [
    ("主论坛", H0, "呈贡校区 科学馆报告厅", run("08:30", H0["name"], [
        ("B", 30, "签到"),
        ("T", 10, "开幕致辞", [S("周丽萍", "云南大学", "副校长")]),
        ("T", 30, "一个发行版内核团队的十年：从跟随上游到贡献上游", [S("王建军", "统信软件", "首席技术官")]),
        ("T", 30, "大规模 Arm 服务器集群的内核稳定性治理：从故障归因、热补丁修复到上游回合的闭环",
         [S("李春雷", "华为云", "首席架构师")]),
        ("B", 15, "茶歇"),
        ("T", 30, "Kernel Maintenance at Fleet Scale: Testing Every Stable Update Before It Reaches Production",
         [S("张昱", "腾讯", "TencentOS 内核负责人")]),
        ("T", 30, "操作系统课程与内核人才培养：从教学实验平台到社区贡献的三年联合实践",
         [S("陈伟民", "浙江大学", "教授"), S("何静怡", "华为", "openEuler 社区运营经理")]),
        ("T", 30, "手机内核的功耗治理：调度、温控与驱动协同优化", [S("刘海涛", "vivo", "内核技术专家")]),
        ("P", 40, "圆桌对话：AI 时代，内核开发者的工作方式会改变吗？",
         S("黄磊", "中国科学院软件研究所", "研究员"),
         [S("赵志勇", "字节跳动", "内核团队负责人"), S("徐丽娟", "蚂蚁集团", "操作系统团队负责人"),
          S("马骞", "OPPO", "内核架构师"), S("罗晓峰", "海光信息", "软件总监")]),
        ("B", 10, "全体合影"),
        ("B", 45, "午餐"),
    ])),
    ("内存管理与优化分论坛", H1, "信息学院 A101", run("13:30", H1["name"], [
        ("T", 25, "透明大页在数据库负载下的收益与代价：khugepaged 参数调优实录", [S("王磊", "美团", "系统工程师")]),
        ("T", 25, "多租户容器之间的内存争抢：按优先级分配回收压力的改进", [S("吴海波", "腾讯云", "高级工程师")]),
        ("T", 25, "Estimating Working Set Size for Container Right-Sizing Without Stopping the Workload",
         [S("李文杰", "字节跳动", "内核工程师")]),
        ("T", 25, "DAMON 冷热页识别在手机上的落地：后台应用内存压缩策略",
         [S("郑鹏飞", "荣耀", "内存优化专家"), S("梁雪", "荣耀", "系统工程师")]),
        ("B", 15, "茶歇"),
        ("T", 25, "线上 slab 泄漏排查：从分配点记录到泄漏对象的自动归类", [S("朱文斌", "京东云", "内核工程师")]),
        ("T", 25, "CXL 扩展内存的分层放置：NUMA 节点降级与提升策略的评估", [S("杨晨曦", "英特尔", "软件工程师")]),
        ("T", 25, "云主机内存超分：free page reporting 与气球驱动的配合", [S("高飞", "华为云", "虚拟化工程师")]),
        ("T", 25, "长时间运行进程的页表膨胀：空闲页表回收的实现与收益", [S("陈旻", "小米", "内核工程师")]),
    ])),
    ("文件系统与存储分论坛", H2, "信息学院 A102", run("13:30", H2["name"], [
        ("T", 30, "XFS 元数据校验与在线 scrub：不停机发现并修复损坏", [S("张伟", "阿里云", "文件系统工程师")]),
        ("T", 30, "数据库存储引擎接入 io_uring：注册缓冲区与轮询模式的延迟收益", [S("许文超", "快手", "存储工程师")]),
        ("T", 30, "Lessons from Running OverlayFS for Millions of Container Image Layers",
         [S("王雅婷", "蚂蚁集团", "技术专家")]),
        ("B", 15, "茶歇"),
        ("T", 30, "分布式块存储的内核客户端：多队列改造与尾延迟优化",
         [S("宋建华", "中国移动云能力中心", "高级工程师"), S("冯静", "中国移动云能力中心", "工程师")]),
        ("T", 30, "车载系统的异常掉电测试：ext4 日志模式与 fast commit 的一致性对比", [S("赵明辉", "蔚来", "系统软件工程师")]),
        ("T", 30, "大容量机械盘的 IO 调度：mq-deadline 与 BFQ 在归档存储中的对比测评", [S("胡军", "浪潮信息")]),
        ("T", 30, "训练数据读取路径上的 FUSE：passthrough 模式的实现原理与实测", [S("李思远", "商汤科技", "存储研发工程师")]),
    ])),
    ("调度、性能与调试分论坛", H3, "信息学院 B201", run("13:30", H3["name"], [
        ("T", 25, "sched_ext 在在离线混部中的实践：按业务优先级定制调度策略", [S("陈鹏程", "快手", "系统工程师")]),
        ("T", 25, "Finding Who Holds the Lock: Contention Profiling Across Containers",
         [S("Adrien Caron", "SUSE", "Senior Performance Engineer")]),
        ("T", 25, "低时延交易系统的 CPU 隔离：cpuset 分区与 nohz_full 的配置经验", [S("唐杰", "中国银联", "基础架构工程师")]),
        ("T", 25, "一次内核死锁的复盘：lockdep 报告、vmcore 分析与修复补丁", [S("刘永强", "统信软件", "内核工程师")]),
        ("T", 25, "手机 SoC 大小核之间的能效感知调度：负载追踪参数的调优",
         [S("周晓明", "OPPO", "性能工程师"), S("曾珺", "北京大学", "博士研究生")]),
        ("B", 15, "茶歇"),
        ("T", 25, "虚拟化环境中的 PMU 采样：热点函数归因的开销与精度", [S("谢斌", "华为", "性能专家")]),
        ("T", 25, "工业控制器从 Xenomai 迁移到 PREEMPT_RT：延迟测试与驱动改造", [S("邓勇", "中兴通讯", "实时系统工程师")]),
        ("T", 25, "用 fprobe 和 BPF 统计内核函数时延直方图：线上慢请求归因实践", [S("张丽君", "美团", "高级工程师")]),
    ])),
    ("硬件架构与异构计算分论坛", H4, "信息学院 B203", run("13:30", H4["name"], [
        ("T", 30, "LoongArch 虚拟化扩展的内核支持：中断虚拟化与 vCPU 热插拔", [S("王文博", "龙芯中科", "虚拟化工程师")]),
        ("T", 30, "Confidential Computing on RISC-V Servers: From Firmware to KVM",
         [S("李翀", "中国科学院软件研究所", "副研究员")]),
        ("T", 30, "国产 DPU 的 virtio 卸载：vDPA 框架下的驱动实现与热迁移支持",
         [S("栾志强", "中科驭数", "驱动架构师"), S("刘佳", "中科驭数", "软件工程师")]),
        ("T", 30, "Arm64 服务器的 RAS 支持：内存错误上报与在线隔离", [S("何宇航", "飞腾信息技术", "内核工程师")]),
        ("B", 15, "茶歇"),
        ("T", 30, "AI 推理卡的共享虚拟内存：SVM 与主机页表同步的实现", [S("彭超", "沐曦", "驱动工程师")]),
        ("T", 30, "多架构内核的每日回归：x86、Arm64、LoongArch 与 RISC-V 上的持续集成", [S("蒋涛", "Linaro", "内核工程师")]),
        ("T", 30, "NPU 驱动的上游合入：从私有 ioctl 到 accel 框架", [S("黄玥", "寒武纪", "驱动开发工程师")]),
    ])),
    ("AI 基础设施与 eBPF 应用分论坛", H5, "图书馆 三楼报告厅", run("13:30", H5["name"], [
        ("T", 25, "万卡集群节点故障的快速发现：基于 eBPF 的 GPU 驱动调用链观测", [S("王浩宇", "百度智能云", "高级工程师")]),
        ("T", 25, "大模型推理服务的 CPU 侧瓶颈：中断、软中断与线程亲和性", [S("张军", "阿里云", "弹性计算技术专家")]),
        ("T", 25, "Bringing XDP to Production Load Balancers: Three Years of Lessons", [S("杨勇", "京东", "网络架构师")]),
        ("T", 25, "CO-RE 在多内核版本集群中的落地：eBPF 程序的兼容与分发",
         [S("李娜", "字节跳动", "内核工程师"), S("林浩", "浙江大学", "博士研究生")]),
        ("B", 15, "茶歇"),
        ("T", 25, "训练作业检查点写入的抖动分析：大文件顺序写与脏页回写", [S("陈宇飞", "智谱", "AI 基础设施工程师")]),
        ("T", 25, "容器运行时的安全加固：基于 BPF LSM 的进程执行与网络访问策略", [S("佘立文", "深信服", "安全研究员")]),
        ("T", 25, "RoCE 网络拥塞的内核侧观测：QP 级指标采集与告警", [S("刘建波", "华为", "网络协议栈专家")]),
        ("T", 25, "AI 辅助的内核补丁审查：在企业内部代码仓中的试点", [S("孙鹏", "携程")]),
    ])),
]

# --- page style (CSS px = device px, a 1920 px window at 100 %) ----------------------------------------------
WHITE = (255, 255, 255)
PAGE_BG = (245, 247, 250)
INK, INK2, GREY, FAINT = (31, 35, 41), (78, 86, 98), (128, 134, 144), (196, 201, 208)
BLUE = (22, 93, 255)
NAVY = (13, 30, 70)
BORDER = (228, 232, 238)
BREAK_BG = (255, 249, 236)
BREAK_INK = (191, 119, 26)
X0, X1 = 120, 1800  # the 1680 px container
TRACK = [(22, 93, 255), (0, 160, 120), (230, 120, 20), (124, 77, 220), (0, 150, 190)]  # one colour per column

LAYOUT_LOG = {"title_lines": {}, "forum_lines": {}, "speaker_lines": {}}


def avatar(d, x, y, r):
    """A speaker's round photo placeholder: a pale disc with a head-and-shoulders silhouette (no text)."""
    d.ellipse([x, y, x + 2 * r, y + 2 * r], fill=(222, 228, 237))
    cx = x + r
    d.ellipse([cx - r * 0.36, y + r * 0.42, cx + r * 0.36, y + r * 1.14], fill=(176, 187, 203))
    d.chord([cx - r * 0.72, y + r * 1.22, cx + r * 0.72, y + r * 2.5], 180, 360, fill=(176, 187, 203))


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
    """A small round clock, for check-in and the group photo."""
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
    return "%s-%s" % (s["start"], s["end"])


# --- the site's header, hero and tabs -------------------------------------------------------------------------
NAV = ["首页", "大会介绍", "大会日程", "演讲嘉宾", "会议资料", "合作伙伴", "往届大会"]
NAV_H = 76


def site_bar(d, y0):
    d.rectangle([0, y0, W - 1, y0 + NAV_H - 1], fill=WHITE)
    d.line([(0, y0 + NAV_H - 1), (W - 1, y0 + NAV_H - 1)], fill=BORDER)
    d.rounded_rectangle([X0, y0 + 16, X0 + 44, y0 + 60], radius=8, fill=BLUE)
    text(d, X0 + 22, y0 + 38, "CLK", font(14, True), WHITE, "mm")
    text(d, X0 + 58, y0 + 36, "中国Linux内核开发者大会", font(19, True), NAVY)
    text(d, X0 + 58, y0 + 56, "China Linux Kernel Developers Conference 8246", font(11), GREY)
    # the registration button at the right, the links before it
    f = font(15)
    bw = 108
    d.rounded_rectangle([X1 - bw, y0 + 20, X1, y0 + 56], radius=18, fill=BLUE)
    text(d, X1 - bw / 2, y0 + 38, "立即报名", font(15, True), WHITE, "mm")
    x = X1 - bw - 28
    for item in reversed(NAV):
        w = adv(item, f)
        on = item == "大会日程"
        text(d, x - w, y0 + 38 + 15 * 0.36, item, font(15, on), BLUE if on else INK, "ls")
        if on:
            d.rectangle([x - w, y0 + NAV_H - 4, x, y0 + NAV_H - 1], fill=BLUE)
        x -= w + 40
    return y0 + NAV_H


HERO_H = 260


def hero(im, y0):
    """The page's banner, drawn on its own tile: a dark gradient, faint rings and dots at the right (fixed)."""
    h = HERO_H
    tile = Image.new("RGB", (W, h), WHITE)
    d = ImageDraw.Draw(tile)
    c0, c1 = (9, 22, 58), (14, 74, 160)
    for x in range(W):
        t = x / (W - 1)
        d.line([(x, 0), (x, h - 1)], fill=tuple(round(a + (b - a) * t) for a, b in zip(c0, c1)))
    for k in range(7):
        r = 120 + 70 * k
        d.ellipse([1560 - r, 130 - r, 1560 + r, 130 + r], outline=(40 + 3 * k, 104 + 2 * k, 196), width=1)
    seed = 246
    for _ in range(90):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        px = 1100 + seed % 800
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        py = seed % h
        d.ellipse([px - 1, py - 1, px + 1, py + 1], fill=(90, 150, 230))
    text(d, X0, 104, "大会日程", font(46, True), WHITE)
    f = font(15)
    x = X0
    for ch in "AGENDA":
        text(d, x, 136, ch, f, (140, 176, 236))
        x += adv(ch, f) + 6
    y = 190
    calendar(d, X0, y - 15, (170, 200, 246))
    text(d, X0 + 26, y, DATE_CN, font(17), (226, 236, 250))
    x = X0 + 26 + adv(DATE_CN, font(17)) + 40
    pin(d, x, y + 2, (170, 200, 246))
    text(d, x + 22, y, "云南 · 昆明　云南大学呈贡校区", font(17), (226, 236, 250))
    im.paste(tile, (0, y0))
    return y0 + h


TABS_H = 92


def tabs(d, y0):
    """The day tab (the edition has one day), a time-zone note, and a download button at the right."""
    y = y0 + 28
    lab = "10月17日 周六"
    w = adv(lab, font(16, True)) + 48
    d.rounded_rectangle([X0, y, X0 + w, y + 40], radius=20, fill=BLUE)
    text(d, X0 + w / 2, y + 20, lab, font(16, True), WHITE, "mm")
    text(d, X0 + w + 20, y + 20 + 14 * 0.36, "以下时间均为北京时间，议程如有调整以现场为准", font(14), GREY)
    lab = "下载日程 PDF"
    bw = adv(lab, font(15)) + 40
    d.rounded_rectangle([X1 - bw, y, X1, y + 40], radius=6, outline=BLUE, width=1, fill=WHITE)
    text(d, X1 - bw / 2, y + 20, lab, font(15), BLUE, "mm")
    return y0 + TABS_H


def section_head(d, y, tag, title, sub, right, draw):
    """A section's heading: a small pill ('上午' / '下午'), the big name, a grey line at its right end."""
    if draw:
        fw = adv(tag, font(14, True)) + 20
        d.rounded_rectangle([X0, y + 8, X0 + fw, y + 34], radius=13, fill=(232, 240, 255))
        text(d, X0 + fw / 2, y + 21, tag, font(14, True), BLUE, "mm")
        text(d, X0 + fw + 14, y + 21 + 28 * 0.36, title, font(28, True), NAVY)
        if sub:
            x = X0 + fw + 14 + adv(title, font(28, True)) + 18
            text(d, x, y + 21 + 15 * 0.36, sub, font(15), GREY)
        if right:
            rw = adv(right, font(15))
            text(d, X1 - rw, y + 21 + 15 * 0.36, right, font(15), GREY)
            pin(d, X1 - rw - 20, y + 27, GREY)
    return y + 44


# --- the morning: 主论坛 as a list (time | title | speakers) -------------------------------------------------
M_TIME, M_TITLE, M_SPK = 200, 800, 520  # column widths inside the card (the rest is padding)
M_PAD = 32
MX_TIME = X0 + M_PAD
MX_TITLE = MX_TIME + M_TIME
MX_SPK = X1 - M_PAD - M_SPK + 20
F_MT, F_MTITLE, F_MNAME, F_MUNIT = font(18, True), font(20, True), font(16, True), font(14)


def person(d, x, y, sp, width, r, fname, funit, draw, key):
    """An avatar and at its right the bold name over 'company job' in grey.  Returns the height."""
    nb = block([([(sp["name"], fname, INK)], fname.size + 8, 0)], width - 2 * r - 14)
    ub = block([([(aff(sp), funit, GREY)], funit.size + 7, 0)], width - 2 * r - 14)
    LAYOUT_LOG["speaker_lines"].setdefault(key, []).append((nb[2][0], ub[2][0]))
    h = max(2 * r, nb[1] + ub[1])
    if draw:
        avatar(d, x, y + (h - 2 * r) / 2, r)
        ty = y + (h - nb[1] - ub[1]) / 2
        draw_block(d, x + 2 * r + 14, ty, nb[0])
        draw_block(d, x + 2 * r + 14, ty + nb[1], ub[0])
    return h


def main_row(d, y, s, draw):
    if s["kind"] == "break":
        h = 58
        if draw:
            d.rectangle([X0 + 1, y + 1, X1 - 1, y + h], fill=BREAK_BG)
            text(d, MX_TIME, y + h / 2 + 17 * 0.36, time_text(s), font(17), GREY)
            icon(d, s["title"], MX_TITLE, y + h / 2 - 9, BREAK_INK)
            text(d, MX_TITLE + 30, y + h / 2 + 17 * 0.36, s["title"], font(17, True), BREAK_INK)
            d.line([(X0 + 1, y + h), (X1 - 1, y + h)], fill=BORDER)
        return y + h
    pad = 24
    ti = block([([(s["title"], F_MTITLE, INK)], 32, 0)], M_TITLE - 40)
    LAYOUT_LOG["title_lines"][s["title"]] = ti[2][0]
    key = s["title"]
    LAYOUT_LOG["speaker_lines"][key] = []
    sy = y + pad
    if s["kind"] == "panel":
        hs = []
        for lab, group in (("主持", s["sp"][:1]), ("嘉宾", s["sp"][1:])):
            if draw:
                lw = adv(lab, font(12)) + 14
                d.rounded_rectangle([MX_SPK, sy + 1, MX_SPK + lw, sy + 21], radius=3, outline=FAINT, width=1)
                text(d, MX_SPK + lw / 2, sy + 11, lab, font(12), GREY, "mm")
            sy += 30
            for sp in group:
                sy += person(d, MX_SPK, sy, sp, M_SPK - 20, 20, F_MNAME, F_MUNIT, draw, key) + 12
            sy += 6
        sy -= 18
    else:
        for sp in s["sp"]:
            sy += person(d, MX_SPK, sy, sp, M_SPK - 20, 22, F_MNAME, F_MUNIT, draw, key) + 14
        sy -= 14
    h = max(ti[1], sy - y - pad, 32) + 2 * pad
    if draw:
        text(d, MX_TIME, y + pad + 16 + 18 * 0.36, time_text(s), F_MT, NAVY)
        draw_block(d, MX_TITLE, y + pad, ti[0])
        d.line([(X0 + 1, y + h), (X1 - 1, y + h)], fill=BORDER)
    return y + h


def morning(d, y, draw):
    name, host, room, slots = FORUMS[0]
    y = section_head(d, y + 44, "上午", name, None, "地点：" + room, draw)
    if draw:
        runs = [("主持人：", font(15), GREY), (host["name"], font(15, True), INK), ("　" + aff(host), font(15), INK2)]
        x = X0
        for t, f, c in runs:
            text(d, x, y + 10 + 15 * 0.36, t, f, c)
            x += adv(t, f)
    y += 40
    top = y
    if draw:
        yy = y + 44
        for s in slots:
            yy = main_row(d, yy, s, False)
        d.rectangle([X0, y, X1, yy], fill=WHITE)
        d.rectangle([X0, y, X1, y + 44], fill=(241, 244, 249))
        for x, lab in ((MX_TIME, "时间"), (MX_TITLE, "议题"), (MX_SPK, "演讲嘉宾")):
            text(d, x, y + 22 + 14 * 0.36, lab, font(14, True), INK2)
        d.line([(X0, y + 44), (X1, y + 44)], fill=BORDER)
    y += 44
    for s in slots:
        y = main_row(d, y, s, draw)
    if draw:
        d.rectangle([X0, top, X1, y], outline=BORDER)
    return y


# --- the afternoon: the five forums as COLUMNS of one schedule grid ------------------------------------------
GUTTER = 76
GAP = 12
NCOL = 5
COL_W = (X1 - X0 - GUTTER - GAP * (NCOL - 1)) // NCOL
PPM = 8  # px per minute
G_START, G_END = mins("13:30"), mins("17:30")
CARD_PAD = 12
F_GT, F_GTITLE, F_GNAME, F_GUNIT = font(13, True), font(15, True), font(15, True), font(13)


def col_x(i):
    return X0 + GUTTER + i * (COL_W + GAP)


def col_head(d, y, k, draw):
    """A column's head: a coloured bar, the forum's name (bold, wrapping in the column), '主持人：name', the
    host's 'company job' under it, a pin and the room."""
    name, host, room, slots = FORUMS[k]
    x = col_x(k - 1)
    inner = COL_W - 2 * 16
    nb = block([([(name, font(17, True), NAVY)], 26, 0)], inner)
    LAYOUT_LOG["forum_lines"][name] = nb[2][0]
    hb = block([([("主持人：", font(13), GREY), (host["name"], font(13, True), INK)], 21, 6),
                ([(aff(host), font(12), GREY)], 19, 0),
                ([(room, font(12), GREY)], 19, 4)], inner)
    h = 16 + nb[1] + hb[1] + 14
    if draw:
        draw_block(d, x + 16, y + 16, nb[0])
        yy = y + 16 + nb[1]
        draw_block(d, x + 16, yy, hb[0][:2])
        dy, lh, ln = hb[0][2]
        pin(d, x + 16, yy + dy + lh / 2 + 7, GREY)
        draw_block(d, x + 16 + 18, yy, [hb[0][2]])
    return h


def gy(t):
    return (mins(t) - G_START) * PPM


def card(d, x, y0, s, k, draw):
    """One slot of a column, placed by time: top at its start, height its duration less a 6 px gap."""
    top = y0 + gy(s["start"]) + 3
    h = (mins(s["end"]) - mins(s["start"])) * PPM - 6
    col = TRACK[k - 1]
    inner = COL_W - 2 * CARD_PAD - 4
    if s["kind"] == "break":
        if draw:
            d.rounded_rectangle([x, top, x + COL_W, top + h], radius=6, fill=BREAK_BG, outline=(240, 222, 190))
            cy = top + h / 2
            lw = adv(s["title"], font(14, True))
            tw = adv(time_text(s), font(13))
            tot = 20 + lw + 14 + tw
            xx = x + (COL_W - tot) / 2
            icon(d, s["title"], xx, cy - 8, BREAK_INK)
            text(d, xx + 22, cy + 14 * 0.36, s["title"], font(14, True), BREAK_INK)
            text(d, xx + 22 + lw + 14, cy + 13 * 0.36, time_text(s), font(13), GREY)
        return h
    ti = block([([(s["title"], F_GTITLE, INK)], 22, 0)], inner)
    LAYOUT_LOG["title_lines"][s["title"]] = ti[2][0]
    need = CARD_PAD + 20 + 6 + ti[1] + 10
    sps = []
    LAYOUT_LOG["speaker_lines"][s["title"]] = []
    for sp in s["sp"]:
        nb = block([([(sp["name"], F_GNAME, INK2)], 21, 0)], inner)
        ub = block([([(aff(sp), F_GUNIT, GREY)], 19, 0)], inner)
        LAYOUT_LOG["speaker_lines"].setdefault(s["title"], []).append((nb[2][0], ub[2][0]))
        sps.append((nb, ub))
        need += nb[1] + ub[1] + 6
    need += CARD_PAD - 6
    assert need <= h, (s["title"], need, h)
    if draw:
        d.rounded_rectangle([x, top, x + COL_W, top + h], radius=6, fill=WHITE, outline=BORDER)
        d.rounded_rectangle([x, top, x + 4, top + h], radius=2, fill=col)
        xi = x + 4 + CARD_PAD
        yy = top + CARD_PAD
        text(d, xi, yy + 10 + 13 * 0.36, time_text(s), F_GT, col)
        yy += 26
        draw_block(d, xi, yy, ti[0])
        yy += ti[1] + 10
        for nb, ub in sps:
            draw_block(d, xi, yy, nb[0])
            draw_block(d, xi, yy + nb[1], ub[0])
            yy += nb[1] + ub[1] + 6
    return need


def afternoon(d, y, draw):
    y = section_head(d, y + 56, "下午", "分论坛", "五个分论坛同时进行，请按兴趣选择会场", None, draw)
    y += 12
    top = y
    hh = max(col_head(d, y, k, False) for k in range(1, 6))
    if draw:
        d.rectangle([X0, y, X1, y + hh], fill=WHITE, outline=BORDER)
        for k in range(1, 6):
            x = col_x(k - 1)
            d.rectangle([x, y, x + COL_W, y + 4], fill=TRACK[k - 1])
            col_head(d, y + 2, k, True)
        text(d, X0 + 14, y + 16 + 10 + 13 * 0.36, "时间", font(13, True), GREY)
    y += hh + 14
    gh = (G_END - G_START) * PPM
    if draw:
        for t in range(G_START, G_END + 1, 30):
            yy = y + (t - G_START) * PPM
            for xx in range(X0 + 58, X1, 8):
                d.line([(xx, yy), (xx + 3, yy)], fill=(214, 219, 226))
            text(d, X0 + 8, yy + 13 * 0.36, hm(t), font(13), GREY)
    for k in range(1, 6):
        for s in FORUMS[k][3]:
            card(d, col_x(k - 1), y, s, k, draw)
    y += gh + 24
    return y


FOOT_H = 190


def footer(d, y):
    d.rectangle([0, y, W - 1, y + FOOT_H - 1], fill=(14, 22, 40))
    f = font(14)
    cols = [("主办单位", "中国Linux内核开发者大会组委会"), ("承办单位", "云南大学信息学院"),
            ("联系我们", "clk8246@kernel-dev.example.org")]
    for j, (a, b) in enumerate(cols):
        x = X0 + j * 420
        text(d, x, y + 54, a, font(15, True), (214, 222, 236))
        text(d, x, y + 84, b, f, (140, 152, 172))
    d.line([(X0, y + 118), (X1, y + 118)], fill=(40, 52, 74))
    text(d, W / 2, y + 152, "Copyright © 8246 中国Linux内核开发者大会　版权所有　　滇ICP备82460017号-1", font(13),
         (120, 132, 152), "mm")
    return y + FOOT_H


def paint(im, draw):
    d = ImageDraw.Draw(im)
    if draw:
        y = site_bar(d, 0)
        y = hero(im, y)
        y = tabs(d, y)
    else:
        y = NAV_H + HERO_H + TABS_H
    y = morning(d, y, draw)
    y = afternoon(d, y, draw)
    y += 40
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
    punctuation ('：khugepaged' is printed without a space, so '…代价：' / 'khugepaged …' joins without one)."""
    out = lines[0]
    for ln in lines[1:]:
        latin = out[-1].isascii() or ln[0].isascii()
        punct = out[-1] in CJK_PUNCT or ln[0] in CJK_PUNCT
        out += (" " if latin and not punct else "") + ln
    return out




TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
UNCOMMON = ["栾", "佘"]
SURNAME_COUNTS = {"王": 5, "李": 5, "刘": 5, "张": 4, "陈": 4, "林": 2, "周": 2, "何": 2, "黄": 2, "赵": 2,
                  "孙": 2, "吴": 2, "杨": 2}
COUNTS = [7, 8, 7, 8, 7, 8]
TWO_SPEAKERS = [1, 1, 1, 1, 1, 1]
ENGLISH = [1, 1, 1, 1, 1, 1]
TEA = ["10:10", "15:10", "15:00", "15:35", "15:30", "15:10"]
MAIN_WRAPPED = {  # the two titles of 主论坛 that wrap in its 议题 column, with their lines as the page breaks them
    "大规模 Arm 服务器集群的内核稳定性治理：从故障归因、热补丁修复到上游回合的闭环":
        ["大规模 Arm 服务器集群的内核稳定性治理：从故障归因、热补丁修复到上游回合的闭", "环"],
    "Kernel Maintenance at Fleet Scale: Testing Every Stable Update Before It Reaches Production":
        ["Kernel Maintenance at Fleet Scale: Testing Every Stable Update Before It", "Reaches Production"],
}
THREE_LINES = ["Estimating Working Set Size for Container Right-Sizing Without Stopping the Workload",
               "Finding Who Holds the Lock: Contention Profiling Across Containers"]
PUNCT_JOINS = {  # grid titles broken right after or before Chinese punctuation next to a Latin word
    "透明大页在数据库负载下的收益与代价：khugepaged 参数调优实录",
    "训练数据读取路径上的 FUSE：passthrough 模式的实现原理与实测",
    "一次内核死锁的复盘：lockdep 报告、vmcore 分析与修复补丁",
    "多架构内核的每日回归：x86、Arm64、LoongArch 与 RISC-V 上的持续集成",
}


def check(poster):
    """What the brief asks; nobody twice; no real name, deck title or name of the real repositories."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2024 was the 19th
    assert [f[0] for f in FORUMS] == SIX == listing_forums(), listing_forums()
    ppl = people()
    assert len(ppl) == len(set(ppl)), sorted(p for p in ppl if ppl.count(p) > 1)
    assert not set(ppl) & set(REAL_NAMES), set(ppl) & set(REAL_NAMES)
    chinese = [p for p in ppl if not p.isascii()]
    latin = [p for p in ppl if p.isascii()]
    assert latin == ["AdrienCaron"], latin
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    assert {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    assert sum(counts[c] for c in TOP20) == 46, sum(counts[c] for c in TOP20)
    assert all(2 <= len(p) <= 3 for p in chinese)
    assert len(chinese) == 60 and sum(len(p) == 2 for p in chinese) == 25, sum(len(p) == 2 for p in chinese)
    real = listing_words()
    titles = [s["title"] for s in scored()]
    assert len(titles) == len(set(titles))
    for x in ppl + [t for t in titles if t != "开幕致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [f["forum"] for f in poster["forums"]] == SIX
    for (name, host, room, sl), f, tea in zip(FORUMS, poster["forums"], TEA):
        assert f["date"] == DATE
        ends = [(s["start"], s["end"]) for s in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        assert [s["start"] for s in f["slots"] if s["title"] == "茶歇"] == [tea], name
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == plain(host["name"])
            assert s["host"] not in s["speakers"]
            assert s["start"] < s["end"]
            assert len(s["affiliations"]) == len(s["speakers"])
    slots = [s for _, _, _, sl in FORUMS for s in sl]
    panels = [s for s in slots if s["kind"] == "panel"]
    assert len(panels) == 1 and len(panels[0]["sp"]) == 5 and panels[0]["title"].startswith("圆桌对话：")
    assert [sum(1 for s in sl if s["kind"] == "talk" and len(s["sp"]) == 2) for _, _, _, sl in FORUMS] == \
        TWO_SPEAKERS
    assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
    english = [s["title"] for s in scored() if s["title"].isascii()]
    assert [sum(1 for s in sl if s["kind"] != "break" and s["title"].isascii()) for _, _, _, sl in FORUMS] == \
        ENGLISH
    m = FORUMS[0][3]
    assert [(s["title"], s["start"]) for s in m[:2]] == [("签到", "08:30"), ("开幕致辞", "09:00")]
    assert [s["title"] for s in m[-2:]] == ["全体合影", "午餐"] and m[-1]["end"] == "13:30"
    for f in FORUMS[1:]:
        assert f[3][0]["start"] == "13:30" and f[3][-1]["kind"] == "talk"
        assert G_START <= mins(f[3][0]["start"]) and mins(f[3][-1]["end"]) <= G_END
    assert [sum(1 for s in sl if s["kind"] != "break") for _, _, _, sl in FORUMS] == COUNTS
    # the layout the note describes
    tl = LAYOUT_LOG["title_lines"]
    assert set(tl) == set(titles), set(titles) - set(tl)
    main_titles = [s["title"] for s in m if s["kind"] != "break"]
    assert {t: tl[t] for t in main_titles if len(tl[t]) > 1} == MAIN_WRAPPED
    grid = [t for t in titles if t not in main_titles]
    assert all(len(tl[t]) >= 2 for t in grid), [t for t in grid if len(tl[t]) < 2]  # every grid title wraps
    assert sorted(t for t in grid if len(tl[t]) == 3) == sorted(THREE_LINES)
    assert all(len(tl[t]) <= 3 for t in grid)
    assert all(join_lines(tl[t]) == t for t in titles)
    punct = {t for t in titles if len(tl[t]) > 1 and any(
        a[-1] in CJK_PUNCT or b[0] in CJK_PUNCT for a, b in zip(tl[t], tl[t][1:]))}
    assert {t for t in punct if any((a[-1] in CJK_PUNCT and b[0].isascii()) or (b[0] in CJK_PUNCT and a[-1].isascii())
                                    for a, b in zip(tl[t], tl[t][1:]))} == PUNCT_JOINS
    assert all(v == [k] for k, v in LAYOUT_LOG["forum_lines"].items())  # every column head's name on one line
    for s in scored():  # every name and every 'company job' on one line, in printed order
        got = LAYOUT_LOG["speaker_lines"][s["title"]]
        assert got == [([sp["name"]], [aff(sp)]) for sp in s["sp"]], got
    return len(titles), counts, english


NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 228, 239): speakers are names as printed with "
    "spaces removed (the Latin name 'Adrien Caron' -> 'AdrienCaron'; no Chinese name is padded on this page); "
    "host is the name printed after '主持人：' for the forum (under the 主论坛 heading, or in the afternoon column's "
    "head), for every talk and the round table of that forum, null for breaks; start/end HH:MM on a 24-hour clock; "
    "where two speakers are printed each has his own affiliation, in printed order; affiliations are the grey "
    "'company job' line printed under the speaker's name (beside his avatar in the morning list), "
    "company and job joined by one space ('统信软件 首席技术官', 'SUSE Senior Performance Engineer', '腾讯 TencentOS "
    "内核负责人'), the company alone where no job is printed (胡军 '浪潮信息', 孙鹏 '携程'); an opening speech "
    "printed with a speaker ('开幕致辞', 周丽萍) is a talk; '签到', '茶歇', '全体合影' and '午餐' (printed without a "
    "speaker) are breaks, '午餐' closing 主论坛; a forum with no break after its last talk ends with it; every "
    "forum carries the edition's date. ONE invented edition stands in for CLK2025's ONE whole-agenda image "
    "(CLK2025全部议程.jpg): CLK 8246 (第6241届, 昆明, 云南大学, Saturday 8246-10-17), as the programme PAGE "
    "('大会日程') of the conference's web site saved as ONE FULL-PAGE SCREENSHOT of a 1920 px desktop Chrome window "
    "at 100 % with the extension GoFullPage (one device pixel per CSS px; the whole page, no browser window, no "
    "address bar; the file named as GoFullPage names it, 'screencapture-<host and path>-<date>-<time>.png', taken "
    "four days before the meeting), holding CLK2025's six forums under its folder names without their numbers "
    "(主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, "
    "'AI 基础设施与 eBPF 应用分论坛' with its two spaces); the truth has ONE entry with the six forums in that order "
    "(主论坛 first, then the grid's columns left to right). 主论坛 is the morning (08:30-13:30) as a LIST; the five "
    "others run in parallel from 13:30 as the five COLUMNS of ONE SCHEDULE GRID. "
    "Judgement calls: (1) The white site bar (a blue 'CLK' tile, '中国Linux内核开发者大会' over 'China Linux Kernel "
    "Developers Conference 8246', the links '首页 大会介绍 大会日程 演讲嘉宾 会议资料 合作伙伴 往届大会' with '大会日程' "
    "lit, a button '立即报名'), the dark banner ('大会日程', 'AGENDA' letter-spaced, '8246年10月17日（周六）', '云南 · "
    "昆明　云南大学呈贡校区'), the blue day tab '10月17日 周六', the grey line '以下时间均为北京时间，议程如有调整以现场为准', "
    "the button '下载日程 PDF' and the dark footer (主办单位, 承办单位, 联系我们, a mail address, copyright, "
    "'滇ICP备82460017号-1') are never part of a name, a title or a slot; the file name's '8246-10-13-22_07_41' is "
    "when the screenshot was taken, not the meeting's date. (2) THE MORNING: a pale pill '上午', the big name "
    "'主论坛' (the forum) and at the right end of its line a pin and '地点：呈贡校区 科学馆报告厅' (no part of the "
    "name); under it '主持人：' (grey) + 林建国 (bold, the host) + '　云南大学信息学院 院长' (the host's own 'company "
    "job', nobody's affiliation). Then ONE white card: a grey head row '时间 | 议题 | 演讲嘉宾' (column labels, no "
    "slot); per talk a row with the range at the left ('09:10-09:40', bold navy, no spaces), the bold title in the "
    "middle (wrapping inside its column where long) and at the right per speaker an avatar disc (a drawn "
    "silhouette, no text), the bold name and UNDER the name the grey 'company job', speakers one under the other in "
    "printed order (陈伟民 (浙江大学 教授) over 何静怡 (华为 openEuler 社区运营经理)); the range and the title stand "
    "level with the FIRST speaker. Break rows (cream) print the range (grey), a small icon (a clock for 签到 and "
    "全体合影, a cup for 茶歇, a bowl for 午餐) and the label in amber: a break with that range and that label "
    "('08:30-09:00' 签到, '10:10-10:25' 茶歇, '12:35-12:45' 全体合影, '12:45-13:30' 午餐; the last two one under the "
    "other). (3) The round table '圆桌对话：AI 时代，内核开发者的工作方式会改变吗？' (11:55-12:35) is ONE slot of kind "
    "'panel': its 演讲嘉宾 cell prints a small outlined box '主持' over 黄磊 (中国科学院软件研究所 研究员), then a box "
    "'嘉宾' over the four guests one under another: 赵志勇 (字节跳动 内核团队负责人), 徐丽娟 (蚂蚁集团 操作系统团队负责人), "
    "马骞 (OPPO 内核架构师), 罗晓峰 (海光信息 软件总监); its speakers are the moderator, then the guests top to "
    "bottom, one affiliation each; the boxes '主持' and '嘉宾' are labels, no names, and '主持' marks the round "
    "table's moderator, not the forum's host (林建国); the title keeps '圆桌对话：'. (4) THE AFTERNOON: a pill '下午', "
    "the big word '分论坛' and the grey line '五个分论坛同时进行，请按兴趣选择会场': a heading, NO forum and no slot. Under it "
    "ONE GRID: a white head row whose left cell prints '时间' (a label) and whose five columns each print a "
    "coloured bar, the forum's name (17 px bold, on one line), '主持人：' + the host (bold) (孙海燕, 刘晓红, 吴刚, "
    "董建新, 郭立新), the host's 'company job' in grey under it (nobody's affiliation) and a pin with the room "
    "('信息学院 A101', …, '图书馆 三楼报告厅'; no part of the forum's name). Below, a TIME GUTTER at the left prints "
    "'13:30', '14:00', … '17:30' (grey, every half hour) with a faint dashed line across the grid: these are "
    "scale marks, NO slots and no starts. Each slot is a CARD in its forum's column, its top at its start and its "
    "height its duration (8 px a minute), so cards of different columns do not line up (内存, 调度 and AI run "
    "25-minute talks, 文件系统 and 硬件 30-minute ones); a card belongs to the column it stands in, whatever stands "
    "level with it in the neighbouring columns, and a column's cards are read top to bottom. A talk card (a "
    "coloured left edge) prints its OWN range at its top ('13:30-13:55', in the column's colour), the bold title "
    "(wrapping in the column's width), then per speaker the name (bold) over 'company job' (grey); two speakers one "
    "under the other, top then bottom. The slot's range is the one printed on its card, never a gutter mark. Tea "
    "cards (cream) print a cup, '茶歇' and the range on one line: a break. Every column has one 茶歇: 内存 and AI "
    "15:10-15:25 (after their fourth talk), 文件系统 15:00-15:15 (after its third), 调度 15:35-15:50 (after its "
    "fifth), 硬件 15:30-15:45 (after its fourth). Columns end at 17:05 (内存, 调度, AI) or 17:15 (文件系统, 硬件), "
    "with the last talk; the gutter's '17:30' is no end. (5) A wrapped title is one title, joined with a space "
    "where either side of the break is Latin (the browser broke at a space) and without one where both sides are "
    "Chinese or where the break stands next to Chinese punctuation (Latin words next to '：' or '、' are printed "
    "without a space). In 主论坛 two titles wrap over two lines: '…热补丁修复到上游回合的闭' / '环' and the English "
    "'…Stable Update Before It' / 'Reaches Production'. In the grid EVERY title wraps: two over THREE lines "
    "('Estimating Working Set Size for' / 'Container Right-Sizing Without' / 'Stopping the Workload'; 'Finding Who "
    "Holds the Lock:' / 'Contention Profiling Across' / 'Containers'), all the others over two, four of them broken "
    "next to Chinese punctuation before a Latin word and joined WITHOUT a space ('…收益与代价：' / 'khugepaged 参数调优实录', "
    "'…路径上的 FUSE：' / 'passthrough 模式…', '…lockdep 报告、' / 'vmcore 分析与修复补丁', '…x86、Arm64、' / 'LoongArch 与 "
    "RISC-V 上的持续集成'). No name and no 'company job' line wraps, and no forum name. (6) Two-speaker talks, one per "
    "forum, given top then bottom: 陈伟民 (浙江大学 教授) and 何静怡 (华为 openEuler 社区运营经理); 郑鹏飞 (荣耀 内存优化专家) "
    "and 梁雪 (荣耀 系统工程师); 宋建华 (中国移动云能力中心 高级工程师) and 冯静 (中国移动云能力中心 工程师); 周晓明 (OPPO "
    "性能工程师) and 曾珺 (北京大学 博士研究生); 栾志强 (中科驭数 驱动架构师) and 刘佳 (中科驭数 软件工程师); 李娜 (字节跳动 "
    "内核工程师) and 林浩 (浙江大学 博士研究生). (7) English-only titles: six, one per forum, one of them "
    "('Finding Who Holds the Lock: Contention Profiling Across Containers', 调度) by the only Latin-named speaker, "
    "Adrien Caron (SUSE Senior Performance Engineer); titles mixing Chinese and Latin words are many. Surnames are "
    "those of a real Chinese kernel conference (61 people, 60 Chinese): 王 李 刘 five times each, 张 陈 four, 林 周 "
    "何 黄 赵 孙 吴 杨 twice, 徐 马 罗 朱 高 胡 郭 once (46 of the 60 bear one of these twenty), twelve more of the "
    "hundred commonest once (郑 梁 许 宋 冯 唐 曾 谢 邓 董 彭 蒋), and two less common ones, 栾 "
    "(栾志强) and 佘 (佘立文); 25 of the 60 Chinese names have two characters; a few given names use less common "
    "characters (张昱, 陈旻, 马骞, 曾珺, 李翀, 黄玥). SCORED = every slot of kind talk or panel: 7 + 8 + 7 + 8 + 7 + 8 = "
    "45 (the opening speech and the round table counted; 43 without them)."
)
LAYOUT = (
    "CLK 8246 (第6241届), 昆明, 云南大学, 8246-10-17 (PNG, 1920 px wide, a FULL-PAGE SCREENSHOT by GoFullPage of the "
    "conference site's programme page '大会日程' in a 1920 px Chrome window at 100 %; a pale grey page, a 1680 px "
    "container): a white site bar (a 'CLK' tile, the site's name, seven links with '大会日程' lit, '立即报名'); a "
    "dark banner ('大会日程', 'AGENDA', date, place); a day tab and a '下载日程 PDF' button; then '上午 主论坛' with "
    "its room and host over ONE LIST in a white card (head row '时间 | 议题 | 演讲嘉宾'; per slot the range, the bold "
    "title and at the right per speaker an avatar, the bold name and 'company job' under it; cream break rows; a 圆桌 "
    "row with boxes '主持' and '嘉宾'); then '下午 分论坛' over ONE SCHEDULE GRID: a head row with the five forums as "
    "COLUMNS (coloured bar, name, '主持人：name', the host's 'company job', a pin and the room), a time gutter with "
    "half-hour marks '13:30' … '17:30' and dashed lines, and per slot a CARD placed by time in its column (its own "
    "range, the bold title wrapping over two or three lines, per speaker the name over 'company job'; cream tea "
    "cards); a dark footer. 7 + 8 + 7 + 8 + 7 + 8 scored."
)


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
    assert im.size[0] == W and 4_000 <= im.size[1] <= 4_600, im.size  # as tall as the page needs
    assert 400_000 <= size <= 1_500_000, size
    poster = {"file": FILE, "layout": LAYOUT, "date": DATE,
              "forums": [{"forum": n, "date": DATE, "slots": [truth_slot(s) for s in sl]} for n, _, _, sl in FORUMS]}
    n, sur, english = check(poster)
    print("scored talks", n, "surnames", sorted(sur.items(), key=lambda kv: -kv[1]))
    assert 42 <= n <= 55, n
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
