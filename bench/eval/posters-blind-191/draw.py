"""Draw the hundred-and-ninety-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the one PNG named in FILE and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the picture
cannot drift apart.  No randomness at all.

The set stands in for CLK2025's ONE whole-agenda image (CLK2025全部议程.jpg, not in the corpus)
the way a reader meets a programme when he goes to the conference's WEB SITE instead: ONE invented
edition, CLK 4911 (第2906届, 汕头, 汕头大学, Saturday 4911-10-17), with CLK2025's six forums, as the
site's programme page saved as ONE FULL-PAGE BROWSER SCREENSHOT (Firefox's 'Save full page' at one
device pixel per CSS px, a 1440 px viewport: the whole page, no browser window, no scrollbar; the
file named as Firefox names it).  The page: a white site header with a blue top strip; a LEFT
SIDEBAR of links ('大会议程' lit, the six forums as indented anchor links); in the main column a
breadcrumb, the heading '大会议程', an edition line and a notice box, then per forum a heading, a
line '主持人：name  company job　　会场：room' and a TABLE 时间 | 议题 | 演讲嘉宾: zebra rows, every
cell's content centred vertically, in 演讲嘉宾 the name (bold) over 'company job' in smaller grey
type, two speakers as two such stacks, tea and lunch rows as ONE cell spanning the whole table,
a 圆桌 row whose moderator carries a small badge '主持'; a closing note and a dark footer.

Copied from earlier sets: font, adv, TOKEN, NO_LINE_START, runs_layout, plain, saturday,
listing_words (bench/eval/posters-blind-160/draw.py, which has them from 148); T, P, B and
truth_slot (set 160's, S and aff as set 144's: name, company, job); REAL_NAMES (set 182's copy of
set 173's list); listing_forums and COMMON (set 182's).  block and draw_block are set 144's with a
line height per paragraph; everything else (header, sidebar, table painters, zebra, badge,
spanning break rows, checks, data, note) is new.
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


def S(name, company, job):
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


# names of real speakers and hosts read on the real posters: set 173's list, as set 182 copied it
REAL_NAMES = sorted(set([
    "许琨嘉",
    "KuzinArtem", "LianboJiang", "付才", "伍勃", "伍勍", "何鲁港", "余昇锦", "余松平", "侯文龙", "刘守业", "刘忻", "刘海龙", "卢烈",
    "司延腾", "吴江波", "周俶易", "周傲易", "周威", "唐辉", "孙南勇", "宋卓", "宋恺睿", "宋牧春", "尹欣", "左泽", "巫强", "廖肇燕", "廖远鸿", "张友加",
    "张哲华", "张子扬", "张细锐", "张翼", "张雅兰", "张鹏", "彭志光", "徐静波", "慕冬亮", "晏艳", "曾庆凯", "朱彦军", "朱维希", "李培锋", "李志",
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


# ===========================================================================
# CLK 4911 (第2906届), 汕头, 汕头大学, Saturday 4911-10-17.  主论坛 in the morning, the five other forums in
# parallel in the afternoon from 13:30, each in its own room.
W = 1440
YEAR = "4911"
NTH = "第2906届"
DATE = "4911-10-17"
# Firefox names a 'Save full page' screenshot 'Screenshot YYYY-MM-DD at HH-MM-SS <page title>.png'; the reader saved
# the page on the Wednesday evening before the meeting.
PAGE_TITLE = "大会议程 - 中国Linux内核开发者大会"
FILE = "Screenshot 4911-10-14 at 21-36-04 %s.png" % PAGE_TITLE


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


H0 = S("黄志坚", "汕头大学工学院", "院长")
H1 = S("刘志强", "字节跳动", "内存方向技术专家")
H2 = S("张敏", "华中科技大学计算机学院", "教授")
H3 = S("李国强", "阿里云", "调度方向技术负责人")
H4 = S("周文华", "中国科学院计算技术研究所", "副研究员")
H5 = S("叶国栋", "蚂蚁集团", "操作系统团队负责人")

FORUMS = [
    ("主论坛", H0, "学术交流中心 一楼报告厅", run("09:00", H0["name"], [
        ("T", 10, "开幕致辞", [S("林海涛", "汕头大学", "副校长")]),
        ("T", 35, "智算中心时代的操作系统：Linux 内核还需要补上哪些能力", [S("王建军", "华为", "操作系统首席架构师")]),
        ("T", 35, "Two Decades of Longterm Branches: What Downstream Maintainers Keep Getting Wrong",
         [S("Stefan Hartmann", "SUSE", "Distinguished Engineer")]),
        ("B", 15, "茶歇"),
        ("T", 35, "云原生内核的十年：从容器隔离到机密计算",
         [S("李娜", "阿里云", "内核技术专家"), S("刘洋", "阿里云", "高级技术专家")]),
        ("T", 35, "国产服务器处理器进入上游主线：补丁提交、社区评审与长期维护的一手经验",
         [S("张海峰", "海光信息", "首席软件架构师")]),
        ("P", 45, "圆桌讨论：内核开发者的成长路径与开源社区的人才培养",
         S("周立伟", "中国科学院软件研究所", "研究员"),
         [S("吴斌", "腾讯", "TencentOS 内核负责人"), S("杨静", "龙芯中科", "系统软件部总监"),
          S("马超", "OPPO", "内核架构师"), S("曹丽华", "统信软件", "内核研发总监")]),
        ("B", 60, "午餐"),
    ])),
    ("内存管理与优化分论坛", H1, "工学院 E 座 101 报告厅", run("13:30", H1["name"], [
        ("T", 25, "Android 手机的匿名页预回收：基于前台应用预测的 kswapd 调优", [S("王磊", "vivo", "内存优化工程师")]),
        ("T", 25, "Cheaper Memory Cgroup Charging at High Core Counts", [S("陈晓东", "英特尔", "软件工程师")]),
        ("T", 25, "数据库实例的 THP 实践：khugepaged 折叠策略的再设计与线上收益评估",
         [S("赵鹏飞", "腾讯云", "内核工程师"), S("许雅婷", "腾讯云", "数据库工程师")]),
        ("T", 25, "云主机在线扩容内存：热插拔路径上的几个工程问题", [S("孙伟", "天翼云", "虚拟化工程师")]),
        ("B", 15, "茶歇"),
        ("T", 25, "一次线上宕机的复盘：slab 合并掩盖了越界写", [S("胡静怡", "美团", "系统工程师")]),
        ("T", 25, "DAMON 冷页识别在 CDN 边缘节点上的落地", [S("谢云飞", "网易", "内核工程师")]),
        ("T", 25, "memory.low 与 memory.min 的精细化配置：面向在离线混部的内存保护策略及线上效果评估",
         [S("黄涛", "快手", "内核技术专家")]),
        ("T", 25, "page_owner 常态化采样：千台规模集群的内存泄漏排查", [S("卞晓东", "京东", "运维开发工程师")]),
    ])),
    ("文件系统与存储分论坛", H2, "工学院 E 座 203", run("13:30", H2["name"], [
        ("T", 30, "嵌入式设备上 ext4 快速提交的掉电一致性验证", [S("吴家勇", "小米", "存储系统工程师")]),
        ("T", 30, "NVMe 多路径在全闪阵列中的故障切换时延优化", [S("郭建华", "新华三", "存储研发工程师")]),
        ("T", 30, "What Breaks When Btrfs RAID1 Meets Consumer SSDs: Field Notes from Surveillance Storage",
         [S("宋嘉明", "海康威视", "存储系统工程师")]),
        ("B", 15, "茶歇"),
        ("T", 30, "分布式块存储客户端改用 io_uring：零拷贝收发与轮询模式的取舍",
         [S("邓宇", "字节跳动", "存储工程师"), S("韩雪", "字节跳动", "存储工程师")]),
        ("T", 30, "容器镜像层叠加场景下 overlayfs copy-up 的性能分析", [S("张文博", "蚂蚁集团", "容器存储工程师")]),
        ("T", 30, "NFS 客户端预读窗口调优：面向 AI 训练的大文件顺序读", [S("高嘉伟", "商汤科技", "存储工程师")]),
        ("T", 30, "dm-crypt 在手机存储上的性能损耗分析与内联加密改造", [S("蔡明辉", "荣耀", "系统工程师")]),
    ])),
    ("调度、性能与调试分论坛", H3, "工学院 E 座 205", run("13:30", H3["name"], [
        ("T", 25, "CFS 带宽控制引起的容器长尾延迟：问题复现与上游修复", [S("王晓峰", "蚂蚁集团", "内核工程师")]),
        ("T", 25, "Catching Scheduler Slowdowns Before Release: A Nightly Benchmark Pipeline for Mainline",
         [S("杨帆", "华为", "调度工程师")]),
        ("T", 25, "一次数据库吞吐下降的排查：用 perf c2c 找出伪共享", [S("徐明远", "PingCAP", "性能工程师")]),
        ("T", 25, "告警风暴怎么治：softlockup 和 hung task 检测的误报分析", [S("朱丽娟", "统信软件", "内核工程师")]),
        ("B", 15, "茶歇"),
        ("T", 25, "工业实时控制中的中断延迟画像：用 ftrace 定位百微秒级抖动",
         [S("何志刚", "中兴通讯", "操作系统工程师"), S("田甜", "中兴通讯", "测试工程师")]),
        ("T", 25, "锁竞争可视化：lockstat 数据的采集、聚合与火焰图展示", [S("梁永超", "小红书", "基础架构工程师")]),
        ("T", 25, "一次线上故障复盘：RCU 回调堆积耗尽内存", [S("刘伟", "百度", "内核工程师")]),
        ("T", 25, "给游戏渲染线程定制 sched_ext 调度策略", [S("陈俊鹏", "vivo", "内核工程师")]),
    ])),
    ("硬件架构与异构计算分论坛", H4, "工学院 E 座 301", run("13:30", H4["name"], [
        ("T", 30, "龙架构多路服务器的内存交错与 NUMA 节点划分", [S("赵立刚", "龙芯中科", "内核工程师")]),
        ("T", 30, "RISC-V 平台 ACPI 支持进展：从固件表到设备驱动的适配", [S("郑宇航", "中国科学院软件研究所", None)]),
        ("T", 30, "Bringing Up a CXL Type-3 Memory Expander: Gaps We Found in the Kernel",
         [S("吕斌", "浪潮信息", "服务器系统架构师")]),
        ("B", 15, "茶歇"),
        ("T", 30, "把 NPU 驱动合入主线：DRM accel 框架接入与用户态接口设计",
         [S("董明", "华为", "海思驱动工程师"), S("李晓燕", "华为", "驱动工程师")]),
        ("T", 30, "国产 GPU 的 SR-IOV 虚拟化与内核驱动适配", [S("彭子杰", "摩尔线程", "驱动架构师")]),
        ("T", 30, "飞腾服务器 PCIe 设备热插拔的稳定性问题与修复", [S("唐振军", "飞腾信息技术", "内核工程师")]),
        ("T", 30, "TDX 机密虚拟机的启动链路：固件、引导程序与内核各自承担的度量工作及其验证方法",
         [S("袁丽", "英特尔", "软件工程师")]),
    ])),
    ("AI 基础设施与 eBPF 应用分论坛", H5, "图书馆 二楼学术报告厅", run("13:30", H5["name"], [
        ("T", 25, "万卡训练集群 RDMA 网络的可观测性：基于 eBPF 在内核中采集 QP 级拥塞与重传指标", [S("王婷", "阿里云", "高性能网络工程师")]),
        ("T", 25, "Keeping GPU Inference Off Noisy CPUs: Core Isolation Driven by BPF", [S("李超", "腾讯云", "容器平台工程师")]),
        ("T", 25, "多租户平台上的 BPF 权限收敛：程序签名与加载审计", [S("苏俊杰", "华为云", "安全工程师")]),
        ("T", 25, "训练任务检查点写入的 IO 优化：页缓存绕行与异步落盘",
         [S("潘文杰", "百度智能云", "存储工程师"), S("陈思", "清华大学", "博士研究生")]),
        ("B", 15, "茶歇"),
        ("T", 25, "XDP 加速的推理服务网关：从内核旁路回到内核", [S("程浩然", "美团", "网络工程师")]),
        ("T", 25, "KV Cache 卸载到本地 NVMe：内核 IO 路径的瓶颈分析与改进", [S("张丽", "月之暗面", "推理系统工程师")]),
        ("T", 25, "PyTorch 数据加载卡顿的 bpftrace 排查记录", [S("罗伟军", "字节跳动", "机器学习平台工程师")]),
        ("T", 25, "CO-RE 之后：eBPF 程序跨内核版本兼容还有哪些坑", [S("亓伟", "快手", "内核工程师")]),
    ])),
]

# --- page style (CSS px = device px) ----------------------------------------
WHITE = (255, 255, 255)
INK, INK2, GREY, FAINT = (33, 37, 41), (86, 94, 104), (134, 142, 150), (206, 212, 218)
ACCENT = (22, 93, 255)
ACCENT_DARK = (14, 66, 194)
HEADER_H = 72
SIDE_W = 256
SIDE_BG, SIDE_LINE, SIDE_ON = (247, 248, 250), (229, 232, 236), (232, 240, 255)
MX0, MX1 = SIDE_W + 40, W - 40  # the main column (1104 px)
COLS = [150, 520, 434]  # 时间 | 议题 | 演讲嘉宾
HEADS = ["时间", "议题", "演讲嘉宾"]
PAD_X, PAD_Y = 16, 14
HEAD_BG, ZEBRA, BREAK_BG = (240, 244, 250), (248, 250, 252), (255, 248, 235)
BORDER, RULE = (221, 226, 232), (233, 236, 240)
BREAK_INK = (150, 108, 40)
F_TIME, F_TITLE, F_NAME, F_UNIT = font(15), font(15), font(15, True), font(13)
LH_TITLE, LH_NAME, LH_UNIT = 24, 22, 20
SP_GAP = 10  # between two speakers' stacks in one cell
BADGE = "主持"

LAYOUT_LOG = {"title_lines": {}, "unit_lines": {}, "time_lines": {}, "rows": {}}


def col_x(i):
    return MX0 + sum(COLS[:i])


assert col_x(3) == MX1


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


def time_text(s):
    return "%s - %s" % (s["start"], s["end"])


def badge(d, x, y_mid):
    """The small outlined badge '主持' (a <span class="tag">) after the moderator's name."""
    f = font(11)
    w = adv(BADGE, f) + 10
    d.rounded_rectangle([x, y_mid - 9, x + w, y_mid + 8], radius=3, outline=ACCENT, fill=(240, 245, 255))
    d.text((x + 5, y_mid + 11 * 0.36), BADGE, font=f, fill=ACCENT, anchor="ls")
    return w


def cells_of(s):
    """A row's cells as blocks: (time, title, speakers); a break is one cell spanning the table."""
    w = [c - 2 * PAD_X for c in COLS]
    if s["kind"] == "break":
        runs = [(time_text(s), F_TIME, BREAK_INK), ("\u3000\u3000" + s["title"], font(15, True), BREAK_INK)]
        return (block([(runs, LH_TITLE, 0)], sum(COLS) - 2 * PAD_X),)
    tb = block([([(time_text(s), F_TIME, INK2)], LH_TITLE, 0)], w[0])
    ti = block([([(s["title"], F_TITLE, INK)], LH_TITLE, 0)], w[1])
    paras = []
    for k, sp in enumerate(s["sp"]):
        paras.append(([(sp["name"], F_NAME, INK)], LH_NAME, SP_GAP if k else 0))
        paras.append(([(aff(sp), F_UNIT, GREY)], LH_UNIT, 0))
    return tb, ti, block(paras, w[2])


def table_row(d, y, s, i, draw):
    """One <tr>: as tall as its tallest cell plus padding; every cell's content centred vertically
    (vertical-align: middle); zebra stripes on even rows (tr:nth-child(even)); break rows tinted."""
    cells = cells_of(s)
    inner = max(b[1] for b in cells)
    h = inner + 2 * PAD_Y
    if s["kind"] == "break":
        LAYOUT_LOG["time_lines"][(s["title"], s["start"])] = len(cells[0][0])
    else:
        tb, ti, spb = cells
        LAYOUT_LOG["time_lines"][(s["title"], s["start"])] = len(tb[0])
        LAYOUT_LOG["title_lines"][s["title"]] = ti[2][0]
        LAYOUT_LOG["unit_lines"][s["title"]] = spb[2]
        LAYOUT_LOG["rows"][s["title"]] = (h, [b[1] for b in cells])
    if draw:
        bg = BREAK_BG if s["kind"] == "break" else (ZEBRA if i % 2 == 1 else WHITE)
        d.rectangle([MX0 + 1, y, MX1 - 2, y + h - 1], fill=bg)
        if s["kind"] == "break":
            b = cells[0]
            draw_block(d, MX0 + PAD_X, y + PAD_Y + (inner - b[1]) // 2, b[0], "center", sum(COLS) - 2 * PAD_X)
        else:
            tb, ti, spb = cells
            draw_block(d, col_x(0) + PAD_X, y + PAD_Y + (inner - tb[1]) // 2, tb[0], "center", COLS[0] - 2 * PAD_X)
            draw_block(d, col_x(1) + PAD_X, y + PAD_Y + (inner - ti[1]) // 2, ti[0])
            y0 = y + PAD_Y + (inner - spb[1]) // 2
            draw_block(d, col_x(2) + PAD_X, y0, spb[0])
            if s["kind"] == "panel":
                dy, lh, ln = spb[0][0]
                x = col_x(2) + PAD_X + adv(ln[0][1], F_NAME) + 8
                badge(d, x, y0 + dy + lh / 2)
        d.line([(MX0, y + h - 1), (MX1 - 1, y + h - 1)], fill=RULE)
        d.line([(MX0, y), (MX0, y + h - 1)], fill=BORDER)
        d.line([(MX1 - 1, y), (MX1 - 1, y + h - 1)], fill=BORDER)
    return y + h


def table_head(d, y, draw):
    h = 44
    if draw:
        d.rectangle([MX0, y, MX1 - 1, y + h - 1], fill=HEAD_BG, outline=BORDER)
        d.line([(MX0, y + h - 1), (MX1 - 1, y + h - 1)], fill=(205, 212, 222))
        for i, lab in enumerate(HEADS):
            f = font(15, True)
            if i == 0:
                d.text(((col_x(0) + col_x(1)) / 2, y + h / 2 + 15 * 0.36), lab, font=f, fill=INK, anchor="ms")
            else:
                d.text((col_x(i) + PAD_X, y + h / 2 + 15 * 0.36), lab, font=f, fill=INK, anchor="ls")
    return y + h


def section(d, y, k, draw):
    """One forum: heading, host and room line, table.  Returns the y under it."""
    name, host, room, slots = FORUMS[k]
    y += 44
    if draw:
        d.rectangle([MX0, y + 4, MX0 + 4, y + 28], fill=ACCENT)
        d.text((MX0 + 16, y + 16 + 22 * 0.36), name, font=font(22, True), fill=INK, anchor="ls")
    y += 32 + 10
    if draw:
        x = MX0
        for text, f, col in (("主持人：", font(14), GREY), (host["name"], font(14, True), INK),
                             ("\u2002" + aff(host), font(14), INK2), ("\u3000\u3000会场：", font(14), GREY),
                             (room, font(14), INK2)):
            d.text((x, y + 11 + 14 * 0.36), text, font=f, fill=col, anchor="ls")
            x += adv(text, f)
        assert x < MX1
    y += 22 + 14
    y = table_head(d, y, draw)
    for i, s in enumerate(slots):
        y = table_row(d, y, s, i, draw)
    return y


SITE = "中国Linux内核开发者大会"
SITE_EN = "China Linux Kernel Developer Conference"
NAV = ["首页", "大会介绍", "大会议程", "演讲嘉宾", "参会指南", "往届大会"]


def header_bar(d):
    h = HEADER_H
    d.rectangle([0, 0, W - 1, h - 1], fill=WHITE)
    d.rectangle([0, 0, W - 1, 2], fill=ACCENT)
    d.line([(0, h - 1), (W - 1, h - 1)], fill=SIDE_LINE)
    d.rounded_rectangle([32, 16, 32 + 42, 16 + 42], radius=8, fill=ACCENT)
    d.text((32 + 21, 37), "CLK", font=font(15, True), fill=WHITE, anchor="mm")
    d.text((88, 36), SITE, font=font(18, True), fill=INK, anchor="ls")
    d.text((88, 55), SITE_EN, font=font(11), fill=GREY, anchor="ls")
    f = font(14)
    bw = adv("立即报名", f) + 36
    d.rounded_rectangle([W - 32 - bw, 19, W - 32, 53], radius=17, fill=ACCENT)
    d.text((W - 32 - bw / 2, 36 + 14 * 0.36), "立即报名", font=f, fill=WHITE, anchor="ms")
    x = W - 32 - bw - 24
    d.text((x, 36 + 14 * 0.36), "EN", font=f, fill=INK2, anchor="rs")
    x -= adv("EN", f) + 18
    d.line([(x, 28), (x, 44)], fill=FAINT)
    x -= 26
    for item in reversed(NAV):
        on = item == "大会议程"
        ff = font(15, on)
        w = adv(item, ff)
        d.text((x - w, 36 + 15 * 0.36), item, font=ff, fill=ACCENT if on else INK, anchor="ls")
        if on:
            d.rectangle([x - w, h - 3, x, h - 1], fill=ACCENT)
        x -= w + 32
    return h


SIDE_ITEMS = ([("CLK 4911 · 汕头", "label"), ("大会首页", "link"), ("大会简介", "link"), ("大会议程", "on")] +
              [(n, "sub") for n in SIX] +
              [("演讲嘉宾", "link"), ("讲稿下载", "link"), ("视频回放", "link"), ("交通与住宿", "link"),
               ("往届大会", "link"), ("联系我们", "link")])
SIDE_LOG = {}


def sidebar(d, y0, y1):
    """The left column: a light panel the height of the page between header and footer, links at its top.
    The forum anchors wrap in the column where they are too long, as a browser wraps them."""
    d.rectangle([0, y0, SIDE_W - 1, y1 - 1], fill=SIDE_BG)
    d.line([(SIDE_W - 1, y0), (SIDE_W - 1, y1 - 1)], fill=SIDE_LINE)
    y = y0 + 24
    for text, kind in SIDE_ITEMS:
        if kind == "label":
            d.text((24, y + 12 + 13 * 0.36), text, font=font(13), fill=GREY, anchor="ls")
            y += 24 + 10
        elif kind == "sub":
            f = font(14)
            lines = runs_layout([(text, f, INK2)], SIDE_W - 44 - 16)
            SIDE_LOG[text] = ["".join(t for _, t, _, _ in ln) for ln in lines]
            top = y
            for j, ln in enumerate(lines):
                for x, t, ff, c in ln:
                    d.text((44 + x, y + 8 + 10 + 14 * 0.36), t, font=ff, fill=c, anchor="ls")
                y += 20
            d.ellipse([32, top + 16, 36, top + 20], fill=FAINT)
            y += 16
        else:
            on = kind == "on"
            if on:
                d.rectangle([0, y, SIDE_W - 2, y + 43], fill=SIDE_ON)
                d.rectangle([0, y, 2, y + 43], fill=ACCENT)
            d.text((24, y + 22 + 15 * 0.36), text, font=font(15, on), fill=ACCENT if on else INK, anchor="ls")
            y += 44
    return y


CRUMB = "首页 > CLK 4911 > 大会议程"
INFO = "%s中国Linux内核开发者大会　|　4911年10月17日（星期六）　|　广东汕头 · 汕头大学" % NTH
NOTICE = "上午为主论坛；下午五个分论坛在不同会场同时进行，请按会场指引入场。议程可能微调，以大会现场公布为准。"


def title_area(d, y, draw):
    y += 22
    if draw:
        d.text((MX0, y + 10 + 13 * 0.36), CRUMB, font=font(13), fill=GREY, anchor="ls")
    y += 20 + 20
    if draw:
        d.text((MX0, y + 18 + 28 * 0.36), "大会议程", font=font(28, True), fill=INK, anchor="ls")
    y += 36 + 10
    if draw:
        d.text((MX0, y + 12 + 15 * 0.36), INFO, font=font(15), fill=INK2, anchor="ls")
    y += 24 + 18
    if draw:
        d.rectangle([MX0, y, MX1 - 1, y + 43], fill=(240, 246, 255))
        d.rectangle([MX0, y, MX0 + 2, y + 43], fill=ACCENT)
        d.text((MX0 + 18, y + 22 + 14 * 0.36), NOTICE, font=font(14), fill=(40, 70, 130), anchor="ls")
        assert MX0 + 18 + adv(NOTICE, font(14)) < MX1
    return y + 44


NOTE_LINE = "* 演讲视频与讲稿将在会后陆续发布于“视频回放”与“讲稿下载”栏目。"
FOOT = ["主办单位：中国Linux内核开发者大会组委会　　承办单位：汕头大学工学院",
        "Copyright © 4911 中国Linux内核开发者大会　All Rights Reserved　　粤ICP备49110417号-2"]
FOOT_H = 104


def footer(d, y):
    d.rectangle([0, y, W - 1, y + FOOT_H - 1], fill=(36, 41, 48))
    for j, ln in enumerate(FOOT):
        d.text((W / 2, y + 38 + j * 28), ln, font=font(13), fill=(164, 170, 180), anchor="mm")
    return y + FOOT_H


def paint(im, draw):
    d = ImageDraw.Draw(im)
    y = header_bar(d) if draw else HEADER_H
    y = title_area(d, y, draw)
    for k in range(len(FORUMS)):
        y = section(d, y, k, draw)
    y += 24
    if draw:
        d.text((MX0, y + 10 + 13 * 0.36), NOTE_LINE, font=font(13), fill=GREY, anchor="ls")
    y += 20 + 56
    if draw:
        side_end = sidebar(d, HEADER_H, y)
        assert side_end < y
        return footer(d, y)
    return y + FOOT_H


def render():
    h = paint(Image.new("RGB", (W, 8), WHITE), False)
    im = Image.new("RGB", (W, h), WHITE)
    assert paint(im, True) == h
    return im


# ===========================================================================
def scored():
    return [s for _, _, _, sl in FORUMS for s in sl if s["kind"] != "break"]


def people():
    out = []
    for _, host, _, sl in FORUMS:
        out.append(plain(host["name"]))
        out += [plain(sp["name"]) for s in sl for sp in s["sp"]]
    return out


TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
UNCOMMON = ["亓", "卞"]  # 亓: a rare Shandong surname; 卞: outside the hundred commonest
SURNAME_COUNTS = {"王": 4, "李": 4, "张": 4, "刘": 3, "陈": 3, "杨": 2, "黄": 2, "赵": 2, "吴": 2, "周": 2}
COUNTS = [6, 8, 7, 8, 7, 8]


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
    assert latin == ["StefanHartmann"], latin
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    assert {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    assert all(2 <= len(p) <= 3 for p in chinese)
    assert sum(len(p) == 2 for p in chinese) == 22  # 37 %, as in REAL_NAMES (39 of 106)
    real = listing_words()
    titles = [s["title"] for s in scored()]
    assert len(titles) == len(set(titles))
    for x in ppl + [t for t in titles if t != "开幕致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [f["forum"] for f in poster["forums"]] == SIX
    for (name, host, room, sl), f in zip(FORUMS, poster["forums"]):
        assert f["date"] == DATE
        ends = [(s["start"], s["end"]) for s in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        assert sum(s["title"] == "茶歇" for s in f["slots"]) == 1, name
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == plain(host["name"])
            assert s["host"] not in s["speakers"]
            assert s["start"] < s["end"]
            assert len(s["affiliations"]) == len(s["speakers"])
    slots = [s for _, _, _, sl in FORUMS for s in sl]
    assert [s["kind"] for s in slots].count("panel") == 1
    assert [sum(1 for s in sl if s["kind"] == "talk" and len(s["sp"]) == 2) for _, _, _, sl in FORUMS] == [1] * 6
    assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
    english = [s["title"] for s in scored() if s["title"].isascii()]
    assert [sum(1 for s in sl if s["kind"] != "break" and s["title"].isascii()) for _, _, _, sl in FORUMS] == [1] * 6
    assert FORUMS[0][3][0]["title"] == "开幕致辞" and FORUMS[0][3][0]["start"] == "09:00"
    assert FORUMS[0][3][-1]["title"] == "午餐" and FORUMS[0][3][-1]["end"] == "13:30"
    assert all(f[3][0]["start"] == "13:30" and f[3][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert [sum(1 for s in sl if s["kind"] != "break") for _, _, _, sl in FORUMS] == COUNTS
    # the layout the note describes
    assert set(LAYOUT_LOG["time_lines"].values()) == {1}
    tl = LAYOUT_LOG["title_lines"]
    wrapped = sorted(t for t, ls in tl.items() if len(ls) > 1)
    assert wrapped == sorted(WRAPPED_TITLES), wrapped
    assert all(len(ls) <= 2 for ls in tl.values())
    for s in scored():  # every grey line on one line, names never wrapped
        assert LAYOUT_LOG["unit_lines"][s["title"]] == [[x] for sp in s["sp"] for x in (sp["name"], aff(sp))], \
            LAYOUT_LOG["unit_lines"][s["title"]]
    assert all(len(v) == 1 for v in SIDE_LOG.values()) and list(SIDE_LOG) == SIX, SIDE_LOG
    assert sum(1 for sp in (x for s in scored() for x in s["sp"]) if sp["job"] is None) == 1
    return len(titles), counts, english


WRAPPED_TITLES = [  # the titles that wrap in 议题, each over exactly two lines (where the lines break: see NOTE)
    "Two Decades of Longterm Branches: What Downstream Maintainers Keep Getting Wrong",
    "国产服务器处理器进入上游主线：补丁提交、社区评审与长期维护的一手经验",
    "memory.low 与 memory.min 的精细化配置：面向在离线混部的内存保护策略及线上效果评估",
    "What Breaks When Btrfs RAID1 Meets Consumer SSDs: Field Notes from Surveillance Storage",
    "Catching Scheduler Slowdowns Before Release: A Nightly Benchmark Pipeline for Mainline",
    "Bringing Up a CXL Type-3 Memory Expander: Gaps We Found in the Kernel",
    "TDX 机密虚拟机的启动链路：固件、引导程序与内核各自承担的度量工作及其验证方法",
    "万卡训练集群 RDMA 网络的可观测性：基于 eBPF 在内核中采集 QP 级拥塞与重传指标",
]

NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 144, 160, 182): speakers are names as printed with "
    "spaces removed (the Latin name 'Stefan Hartmann' -> 'StefanHartmann'; no Chinese name is padded on this page); "
    "host is the name printed after '主持人：' above the forum's table, for every talk and the round table of that "
    "forum, null for breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each has his own "
    "affiliation, in printed order; an opening speech printed with a speaker ('开幕致辞', 林海涛) is a talk; '茶歇' and "
    "'午餐' (printed without a speaker) are breaks, '午餐' closing 主论坛; a forum with no break after its last talk "
    "ends with it; every forum carries the edition's date. ONE invented edition stands in for CLK2025's ONE "
    "whole-agenda image (CLK2025全部议程.jpg): CLK 4911 (第2906届, 汕头, 汕头大学, Saturday 4911-10-17), as the "
    "programme PAGE of the conference's web site saved as ONE FULL-PAGE BROWSER SCREENSHOT, 1440 px wide (Firefox's "
    "'Save full page' at one device pixel per CSS px; the whole page, no browser window; the file named as Firefox "
    "names it, 'Screenshot 4911-10-14 at 21-36-04 ' + the page title), holding CLK2025's six forums under its "
    "folder names without their numbers (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, "
    "硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its two spaces), one table per forum, one under the "
    "other in folder order; the truth has ONE entry with the six forums in that order. 主论坛 is the morning "
    "(09:00-13:30), the five others run in parallel from 13:30 in their own rooms. Judgement calls: (1) The white "
    "site header (a blue 'CLK' logo, '中国Linux内核开发者大会' over 'China Linux Kernel Developer Conference', the "
    "links '首页 大会介绍 大会议程 演讲嘉宾 参会指南 往届大会', 'EN', a button '立即报名'), the breadcrumb '首页 > CLK "
    "4911 > 大会议程', the heading '大会议程', the line '第2906届中国Linux内核开发者大会　|　4911年10月17日（星期六）"
    "　|　广东汕头 · 汕头大学', the notice box '上午为主论坛；下午五个分论坛…', the closing note '* 演讲视频与讲稿…' and "
    "the dark footer (主办单位, 承办单位, copyright, '粤ICP备49110417号-2') are never part of a name, a title or a "
    "slot. (2) A LEFT SIDEBAR (256 px, light grey, the full height between header and footer) holds the site's "
    "links at its top: 'CLK 4911 · 汕头' (a grey label), '大会首页', '大会简介', '大会议程' (lit), under it the SIX "
    "FORUM NAMES as indented anchor links (folder order, each on one line), then '演讲嘉宾', '讲稿下载', '视频回放', "
    "'交通与住宿', '往届大会', '联系我们'. The sidebar is navigation: no forum, no slot, no part of a heading, title "
    "or name, although its forum names stand level with the page's heading, the notice and 主论坛's first rows; "
    "each forum is given once, by its own heading in the main column and the table under it. (3) Each forum is "
    "its heading (a blue bar and the name, 22 px bold) and the line under it, '主持人：' + the host (bold) + "
    "'company job' (grey) + '　　会场：' + the room: the host is the bold name after '主持人：'; the host's 'company "
    "job' is nobody's affiliation; the room is no part of the forum's name. (4) Each table has a head row '时间 | "
    "议题 | 演讲嘉宾' (column labels, no slot), ZEBRA rows (every second row of the table pale grey, counted over all "
    "its rows, break rows included; break rows themselves tinted pale amber), light rules under every row, no "
    "vertical rules, and EVERY CELL'S CONTENT CENTRED VERTICALLY in its row. The range is printed with spaces, "
    "'09:10 - 09:45', centred in 时间; the title is in 议题 (15 px); in 演讲嘉宾 each speaker is a STACK: the name "
    "(15 px bold) over his 'company job' in smaller grey type (13 px); a speaker's affiliation is that grey line as "
    "printed, company and job joined by one space ('华为 操作系统首席架构师', 'SUSE Distinguished Engineer', '清华大学 "
    "博士研究生'), the company alone where no job is printed ('中国科学院软件研究所' for 郑宇航). (5) TWO SPEAKERS of "
    "one talk are two stacks one under the other in ONE 演讲嘉宾 cell, given top then bottom, each with the grey line "
    "under his own name (李娜 and 刘洋, both 阿里云; 赵鹏飞 and 许雅婷, both 腾讯云; 邓宇 and 韩雪 with the SAME grey "
    "line '字节跳动 存储工程师' twice; 何志刚 and 田甜, both 中兴通讯; 董明 and 李晓燕, both 华为; 潘文杰 (百度智能云) and "
    "陈思 (清华大学)); one talk per forum has two speakers; the one-line title and range of such a row stand level "
    "with the gap between the two stacks. (6) TEA AND LUNCH rows are ONE CELL SPANNING THE WHOLE TABLE (colspan 3) "
    "holding, centred, the range and then the label in bold ('10:20 - 10:35　　茶歇', '12:30 - 13:30　　午餐'): a "
    "break with that range and that label as its title. (7) A wrapped title is one title, joined with a space where "
    "the break falls at a space and without one inside Chinese text or a word; eight titles wrap over two lines, "
    "none over more: four English ones broken at spaces ('…What Downstream Maintainers' / 'Keep Getting Wrong', "
    "'…SSDs: Field Notes' / 'from Surveillance Storage', '…A Nightly Benchmark' / 'Pipeline for Mainline', "
    "'…Gaps We Found in the' / 'Kernel') and four Chinese ones broken inside words ('…长期维护的一手' / '经验', "
    "'…面向在离线混部的内存保' / '护策略及线上效果评估', '…内核各自承担的度量工作' / '及其验证方法', '…采集 QP 级拥' / "
    "'塞与重传指标'). No name, no grey line and no range wraps. (8) The round table '圆桌讨论：内核开发者的成长路径与"
    "开源社区的人才培养' (11:45-12:30) is ONE slot of kind 'panel': its 演讲嘉宾 cell holds five stacks, the first "
    "'周立伟' followed by a small outlined blue BADGE '主持' on the name's line, over '中国科学院软件研究所 研究员', "
    "then 吴斌, 杨静, 马超 and 曹丽华, each over his grey line; the speakers are the moderator then the guests top to "
    "bottom, one affiliation each; the badge is no part of the name (周立伟) and no affiliation; the title keeps "
    "'圆桌讨论：'; the moderator is not the forum's host (黄志坚). (9) English-only titles: one per forum, six in all, "
    "one of them by the only Latin-named speaker, Stefan Hartmann (SUSE), in 主论坛; titles mixing Chinese and "
    "Latin words are many. Surnames are those of a real Chinese kernel conference (60 people, 59 Chinese): 王 李 张 "
    "four times each, 刘 陈 three times, 杨 黄 赵 吴 周 twice, 徐 孙 马 胡 朱 郭 何 罗 高 林 once, nineteen more of the "
    "hundred commonest once (郑 梁 谢 宋 唐 许 韩 邓 曹 彭 田 董 袁 蔡 叶 程 苏 吕 潘), and two uncommon ones, 卞 "
    "(卞晓东) and 亓 (亓伟). SCORED = every slot of kind talk or panel: 6 + 8 + 7 + 8 + 7 + 8 = 44 (the opening "
    "speech and the round table counted; 42 without them)."
)
LAYOUT = (
    "CLK 4911 (第2906届), 汕头, 汕头大学, 4911-10-17 (PNG, 1440 px wide, a FULL-PAGE BROWSER SCREENSHOT of the "
    "conference site's programme page at 1x, white page): a white header with a blue top strip (logo 'CLK', site "
    "name, six links with '大会议程' lit, 'EN', a button '立即报名'); a LEFT SIDEBAR of links ('大会议程' lit, the six "
    "forums as indented anchor links); in the main column a breadcrumb, the heading '大会议程', an edition line and "
    "a blue notice box, then the six forums one under the other (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, "
    "调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛'), each a heading with a blue bar, "
    "'主持人：name company job　　会场：room' and a three-column table '时间 | 议题 | 演讲嘉宾' with zebra rows and "
    "every cell centred vertically: the range '13:30 - 13:55', the title (wrapping where long), per speaker the "
    "bold name over 'company job' in smaller grey type; tea and lunch rows as one amber cell spanning the table "
    "('15:10 - 15:25　　茶歇'); a 圆桌 row with a '主持' badge after the moderator's name and four guests; a note and "
    "a dark footer. 6 + 8 + 7 + 8 + 7 + 8 scored."
)


def main():
    im = render()
    path = os.path.join(HERE, FILE)
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert im.size[0] == W and 5000 <= im.size[1] <= 6000, im.size  # as tall as the page needs (5478)
    poster = {"file": FILE, "layout": LAYOUT, "date": DATE,
              "forums": [{"forum": n, "date": DATE, "slots": [truth_slot(s) for s in sl]} for n, _, _, sl in FORUMS]}
    n, sur, english = check(poster)
    print("scored talks", n, "surnames", sorted(sur.items(), key=lambda kv: -kv[1]))
    assert 42 <= n <= 55, n
    truth = {"written": "2026-12-16", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
