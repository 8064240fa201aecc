"""Draw the two-hundred-and-thirty-fourth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the one PNG named in FILE and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the picture
cannot drift apart.  The only 'randomness' is the colour of each avatar and of the QR-like square,
taken from a CRC of a fixed string.  With DRAFT=1 in the environment it only writes tmp/page.png (to
look at it), prints the wrapped titles and the speaker rows, and skips every check.

The set stands in for CLK2025's ONE whole-agenda image (CLK2025全部议程.jpg, not in the corpus) the
way a reader meets a programme when he goes to the conference's WEB SITE instead: ONE invented
edition, CLK 7234 (第5229届, 贵阳, 贵州大学, Saturday 7234-10-21), with CLK2025's six forums, as the
site's programme page ('大会日程') saved as ONE FULL-PAGE SCREENSHOT by Firefox ('Take Screenshot' ->
'Save full page': a 1440 px viewport at one device pixel per CSS px, the whole page, no window, no
scrollbar; Firefox names the file 'Screenshot YYYY-MM-DD at HH-MM-SS <page title>.png').  The page: a
white site bar, a dark blue hero, a breadcrumb, the heading '大会日程', a TAB STRIP ('全部议程' lit, then
the six forums), then a two-column layout: the programme in a 840 px main column and a 320 px sidebar
(大会信息, 报名, 日程下载) beside the first forum only.  Each forum is a HEADING (an accent bar and the name,
a grey line with the day and the room, '主持人：' with the host) over a column of CARDS: a white card per
talk, the range at the card's LEFT (with a small tag under it in 主论坛), a divider, then the bold title
(wrapping where long) and the speakers as a flex row of CHIPS (a round avatar, the bold name, under it
'company · job' in grey), two speakers side by side, a round table with '主持人' and '对话嘉宾' labels over
chips two to a row.  Check-in, tea and lunch are slim cream cards with an icon.  A dark footer.

Copied from earlier sets: font, adv, TOKEN, NO_LINE_START, runs_layout, block, draw_block, T, P, B,
plain, S, truth_slot, saturday, REAL_NAMES, listing_words, SIX, listing_forums, COMMON, hm, mins, run,
avatar (its size now a parameter) and join_lines from bench/eval/posters-blind-228/draw.py; aff
changed (the page prints 'company · job', the truth joins them with one space: aff_printed and aff).
Everything else (the data, chip, chip_rows, card, break_card, forum_head, sidebar, site_bar, hero,
crumbs, page_head, tabs, footer, paint, render, check, NOTE, LAYOUT) is new.
"""
import datetime
import json
import os
import re
import zlib

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


TOKEN = re.compile(r"[（(《]?[A-Za-z0-9_\-./:+#'&]+[,)）》?]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”》"


def T(start, end, title, speakers, host, kind="talk", tag=None):
    """A scored slot: kind 'talk', or 'panel' for a round table (its first speaker the moderator)."""
    return {"kind": kind, "start": start, "end": end, "title": title, "sp": speakers, "host": host, "tag": tag}


def P(start, end, title, moderator, guests, host, tag=None):
    return T(start, end, title, [moderator] + guests, host, kind="panel", tag=tag)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None, "tag": None}


def plain(name):
    """A name as the truth gives it: spaces of the page removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job=None):
    """A speaker as printed: the name, and under it company and job (None where no job is printed)."""
    return {"name": name, "company": company, "job": job}


def aff_printed(sp):
    """The grey line under the name, as the page prints it: company and job joined by ' · '."""
    return sp["company"] if sp["job"] is None else sp["company"] + " · " + sp["job"]


def aff(sp):
    """The affiliation as the truth gives it (set 43's convention): company and job joined by one space."""
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# names of real speakers and hosts read on the real posters: set 173's list, as sets 182, 191, 221 and 228 copied it
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
# CLK 7234 (第5229届), 贵阳, 贵州大学, Saturday 7234-10-21.  主论坛 in the morning, the five other forums in
# parallel in the afternoon from 13:30, each in its own room.
W = 1440
YEAR = "7234"
NTH = "第5229届"
DATE = "7234-10-21"
DATE_CN = "7234年10月21日（周六）"
DAY_CN = "10月21日（周六）"
HOST_SITE = "clk7234.example.org"
PAGE_TITLE = "大会日程 - CLK 7234 中国Linux内核开发者大会"
# Firefox names a screenshot 'Screenshot YYYY-MM-DD at HH-MM-SS <the page's <title>>.png'
FILE = "Screenshot 7234-10-16 at 21-37-52 %s.png" % PAGE_TITLE
HEIGHT = (8_700, 9_000)  # the page's height, as the draft measured it (8832)


def hm(m):
    return "%02d:%02d" % (m // 60, m % 60)


def mins(t):
    return int(t[:2]) * 60 + int(t[3:])


def run(start, host, items):
    """A forum's slots one after the other from start: ('T', minutes, title, speakers[, tag]), ('B', minutes,
    label) or ('P', minutes, title, moderator, guests[, tag])."""
    t, out = mins(start), []
    for it in items:
        a, b = hm(t), hm(t + it[1])
        if it[0] == "B":
            out.append(B(a, b, it[2]))
        elif it[0] == "T":
            out.append(T(a, b, it[2], it[3], host, tag=it[4] if len(it) > 4 else None))
        else:
            out.append(P(a, b, it[2], it[3], it[4], host, tag=it[5] if len(it) > 5 else None))
        t += it[1]
    return out


H0 = S("陈伟", "贵州大学计算机科学与技术学院", "院长")
H1 = S("李强", "阿里云", "内核技术专家")
H2 = S("张丽萍", "华中科技大学", "教授")
H3 = S("王磊", "字节跳动", "系统技术专家")
H4 = S("刘建军", "中国科学院计算技术研究所", "研究员")
H5 = S("杨帆", "腾讯云", "技术总监")

K = "主题演讲"
# (forum, host, room, half day, slots)
FORUMS = [
    ("主论坛", H0, "博学楼 一楼学术报告厅", "上午", run("08:30", H0["name"], [
        ("B", 30, "签到"),
        ("T", 10, "开幕致辞", [S("吴志勇", "贵州大学", "副校长")], "致辞"),
        ("T", 35, "面向万卡集群的操作系统：内核在智算基础设施中的新角色", [S("周明辉", "华为", "操作系统首席专家")], K),
        ("T", 35, "Mainline Is Cheaper Than You Think: Retiring Vendor Drivers from an Enterprise Distribution",
         [S("Martin Novak", "Red Hat", "Principal Software Engineer")], K),
        ("B", 15, "茶歇"),
        ("T", 35, "国产服务器处理器的内核支持现状：固件启动、电源管理与性能调优中反复出现的共性问题",
         [S("黄涛", "海光信息", "首席架构师"), S("何晟", "海光信息", "内核工程师")], K),
        ("T", 35, "把内核开发带进课堂：基于真实补丁评审的操作系统实验课程建设", [S("马丽华", "贵州大学", "教授")], K),
        ("P", 45, "圆桌讨论：企业内核与上游主线的距离应该多远",
         S("郭海燕", "开放原子开源基金会", "项目运营总监"),
         [S("张建新", "统信软件", "技术总监"), S("徐晓婷", "vivo", "内核团队负责人"),
          S("孙鹏程", "中兴通讯", "操作系统总工程师"), S("郑玥", "中国科学院软件研究所", "副研究员")], "圆桌"),
        ("B", 60, "午餐"),
    ])),
    ("内存管理与优化分论坛", H1, "博学楼 B201", "下午", run("13:30", H1["name"], [
        ("T", 25, "在线服务的内存超卖：基于 PSI 反馈的主动回收参数调优实践", [S("李晓东", "美团", "内核工程师")]),
        ("T", 25, "memcg 统计开销优化：在数万个 cgroup 的节点上降低读取 memory.stat 的延迟",
         [S("陈静", "字节跳动", "内核研发工程师")]),
        ("T", 25, "Taming Page Fault Storms During JVM Warm-Up", [S("吴昊", "蚂蚁集团", "JVM 与内核工程师")]),
        ("T", 25, "手机前后台切换卡顿的内存根因：文件页抖动与查杀阈值的联合调优",
         [S("孙雪莹", "荣耀", "系统性能专家"), S("黄宇", "荣耀", "内核工程师")]),
        ("B", 15, "茶歇"),
        ("T", 25, "DRAM 与 CXL 内存之间的冷页降级：迁移时机与带宽开销的评估", [S("王晨阳", "浪潮信息", "服务器内核架构师")]),
        ("T", 25, "slab 对象泄漏的线上追踪：按调用栈聚合分配记录的低开销实现", [S("刘婷", "快手", "系统工程师")]),
        ("T", 25, "virtio-balloon 与 free page reporting 在高密度虚拟机部署中的实测效果",
         [S("唐国伟", "腾讯云", "虚拟化工程师")]),
        ("T", 25, "KFENCE 在量产手机上的采样率取舍：在越界访问的发现率、性能开销与功耗之间找平衡", [S("阚志远", "小米", "稳定性工程师")]),
    ])),
    ("文件系统与存储分论坛", H2, "博学楼 B203", "下午", run("13:30", H2["name"], [
        ("T", 25, "XFS 元数据损坏的自动发现与在线修复：scrub 在对象存储集群中的部署", [S("王志刚", "阿里云", "文件系统技术专家")]),
        ("T", 25, "NVMe 中断亲和与尾延迟：从 blk-mq 队列映射到 CPU 隔离", [S("周翀", "京东云", "存储工程师")]),
        ("T", 25, "Making FUSE Fast Enough for AI Checkpoints: Request Batching, Splice and Large Writes",
         [S("林浩然", "蚂蚁集团", "存储内核工程师")]),
        ("B", 15, "茶歇"),
        ("T", 25, "分布式块存储客户端的内核化：从用户态 TCMU 迁移到内核驱动的性能与可靠性对比",
         [S("郑凯", "移动云", "存储研发工程师"), S("杨雪梅", "华中科技大学", "博士研究生")]),
        ("T", 25, "ext4 htree 目录在单目录千万文件时的查找退化与 largedir 实测", [S("陈鹏飞", "百度智能云", "资深研发工程师")]),
        ("T", 25, "家用 NAS 上的 Btrfs：快照、数据校验与掉电一致性的工程取舍", [S("宋佳琪", "绿联科技", "软件工程师")]),
        ("T", 25, "数据库落盘延迟的优化：io_uring 异步缓冲写的实现细节与线上收益", [S("李永刚", "华为", "存储内核专家")]),
        ("T", 25, "SSD 写放大的主机侧归因：按 cgroup 统计写入量的 eBPF 工具", [S("高敏", "中兴通讯", "存储软件工程师")]),
    ])),
    ("调度、性能与调试分论坛", H3, "博学楼 B205", "下午", run("13:30", H3["name"], [
        ("T", 30, "业务感知调度的一次尝试：用 sched_ext 为视频转码任务定制放置策略", [S("赵鹏", "哔哩哔哩", "系统工程师")]),
        ("T", 30, "Why Did My Task Migrate? Tracing Load Balancer Decisions on 256-Core Servers",
         [S("胡斌", "AMD", "高级内核工程师")]),
        ("T", 30, "电力继电保护装置上的实时内核验证：中断线程化、CPU 隔离与 IRQ 亲和的组合配置",
         [S("邓丽娟", "南瑞集团", "嵌入式软件工程师"), S("冯军", "华北电力大学", "副教授")]),
        ("B", 15, "茶歇"),
        ("T", 30, "火焰图之外：基于硬件事件的性能回退自动定位", [S("徐杰", "华为云", "性能分析专家")]),
        ("T", 30, "故障转储为什么失败：十万台服务器 kdump 日志的统计分析", [S("彭海波", "天翼云", "内核工程师")]),
        ("T", 30, "嵌入式设备开机慢在哪里：用裁剪后的 ftrace 跟踪启动阶段", [S("张旻", "OPPO", "内核工程师")]),
        ("T", 30, "RCU 宽限期过长引发的内存堆积：一次线上事故的完整排查过程", [S("谢宇航", "网易", "运维开发专家")]),
    ])),
    ("硬件架构与异构计算分论坛", H4, "博学楼 B301", "下午", run("13:30", H4["name"], [
        ("T", 25, "LoongArch 双路平台上跨片内存访问延迟的测量与调优", [S("梁超", "龙芯中科", "内核工程师")]),
        ("T", 25, "内核态使用 RISC-V 向量扩展：上下文保存的开销与延迟启用策略", [S("罗昱", "中国科学院软件研究所", "工程师")]),
        ("T", 25, "From Vendor BSP to Mainline: Upstreaming an ARM64 SoC's Clock, Pinctrl and Power Domain Drivers",
         [S("朱峰", "瑞芯微", "Linux 驱动工程师")]),
        ("T", 25, "国产 GPU 驱动中的统一虚拟寻址：HMM 适配过程中遇到的问题与解决",
         [S("曹勇", "沐曦", "驱动架构师"), S("张珺", "沐曦", "软件工程师")]),
        ("B", 15, "茶歇"),
        ("T", 25, "液冷整机柜中 PCIe 设备热插拔的内核支持", [S("陈志强", "中科曙光", "固件与内核工程师")]),
        ("T", 25, "鲲鹏服务器 SMMU 性能调优：IOTLB 命中率与大页映射", [S("韩云飞", "华为", "虚拟化专家")]),
        ("T", 25, "DPU 里的 Linux：控制面进程与数据面轮询线程的核间隔离", [S("佘建平", "中科驭数", "系统软件工程师")]),
        ("T", 25, "Realm 虚拟机的启动与证明：Arm CCA 在 KVM 中的支持现状与测试方法", [S("王倩", "安谋科技", "高级工程师")]),
    ])),
    ("AI 基础设施与 eBPF 应用分论坛", H5, "图书馆 三楼报告厅", "下午", run("13:30", H5["name"], [
        ("T", 30, "推理集群 GPU 节点的内核参数基线：从透明大页到中断绑定的逐项验证", [S("刘畅", "百度智能云", "AI 基础设施工程师")]),
        ("T", 30, "不改业务代码的请求链路还原：eBPF 在容器网络可观测中的实践", [S("王骞", "小红书", "可观测性工程师")]),
        ("T", 30, "Delegating BPF to Unprivileged Containers Without Opening Up the Whole Kernel",
         [S("许文杰", "字节跳动", "安全工程师")]),
        ("T", 30, "训练数据加载的页缓存命中率：预读策略与 cgroup 内存限制的相互影响",
         [S("胡晓明", "商汤科技", "存储工程师"), S("周蕾", "上海交通大学", "博士研究生")]),
        ("B", 15, "茶歇"),
        ("T", 30, "验证器为什么拒绝我的程序：eBPF 常见报错的成因与改写方法", [S("林文涛", "统信软件", "eBPF 开发工程师")]),
        ("T", 30, "用 struct_ops 扩展 TCP 拥塞控制：数据中心里 RDMA 之外的选择", [S("郭亮", "阿里云", "网络内核工程师")]),
        ("T", 30, "面向 AI 智能体代码执行沙箱的内核隔离：seccomp、Landlock 与 cgroup v2 如何组合使用", [S("李娟", "蚂蚁集团", "安全专家")]),
    ])),
]

# --- page style (CSS px = device px) ----------------------------------------
WHITE = (255, 255, 255)
PAGE_BG = (245, 247, 250)
INK, INK2, GREY, FAINT = (31, 41, 55), (75, 85, 99), (107, 114, 128), (156, 163, 175)
BLUE = (29, 78, 216)
BLUE_D = (30, 58, 138)
BLUE_L = (219, 234, 254)
LINE = (229, 231, 235)
CARD_LINE = (226, 230, 236)
BREAK_BG, BREAK_LINE, BREAK_INK = (253, 249, 240), (240, 228, 204), (146, 106, 36)
CX0, CX1 = 120, 1320  # the 1200 px container
M0, M1 = 120, 960  # the main column (840 px)
S0, S1 = 1000, 1320  # the sidebar (320 px)
CARD_PAD = 20
TIME_W = 150  # the card's time column (inside the padding)
DIV_X = CARD_PAD + TIME_W  # the divider, from the card's left edge
C0 = DIV_X + 22  # the content's left edge, from the card's left edge
CW = (M1 - M0) - C0 - 24  # content width (624)
F_TIME, F_TAG, F_TITLE = font(16, True), font(12), font(18, True)
F_NAME, F_UNIT, F_LABEL = font(15, True), font(13), font(13, True)
LH_TITLE, LH_NAME, LH_UNIT, LH_LABEL = 28, 22, 20, 20
AV = 44  # avatar diameter
CHIP_GAP_X, CHIP_GAP_Y = 32, 14
MOD_LABEL, GUEST_LABEL = "主持人", "对话嘉宾"

LAYOUT_LOG = {"title_lines": {}, "rows": {}, "time_w": []}


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


def text_at(d, x, y, lh, t, f, c, anchor="ls"):
    """One line of text in a line box of lh px whose top is y."""
    d.text((x, y + lh / 2 + f.size * 0.36), t, font=f, fill=c, anchor=anchor)


def time_text(s):
    return "%s - %s" % (s["start"], s["end"])


# avatar grounds and clothes: the site shows each speaker's photo in a circle; drawn here as a plain portrait
GROUNDS = [(214, 226, 236), (226, 220, 210), (220, 232, 224), (232, 222, 228), (224, 224, 232), (236, 230, 214)]
CLOTHES = [(52, 64, 84), (70, 80, 96), (96, 60, 52), (40, 70, 90), (84, 88, 92), (30, 40, 60)]
SKIN = [(236, 204, 180), (228, 194, 168), (240, 212, 190), (222, 186, 160)]
HAIR = [(32, 28, 26), (44, 36, 30), (24, 22, 22), (60, 48, 40)]


def avatar(im, x, y, name, size=AV):
    """A round 'photo': a ground, shoulders, a face and hair, picked by a CRC of the name; drawn at 4x and
    scaled down so that its edge is smooth."""
    k = zlib.crc32(name.encode("utf-8"))
    s = 4
    n = size * s
    tile = Image.new("RGB", (n, n), GROUNDS[k % len(GROUNDS)])
    t = ImageDraw.Draw(tile)
    cl, sk, hr = CLOTHES[(k >> 4) % len(CLOTHES)], SKIN[(k >> 8) % len(SKIN)], HAIR[(k >> 12) % len(HAIR)]
    t.ellipse([n * 0.12, n * 0.66, n * 0.88, n * 1.35], fill=cl)
    t.rectangle([n * 0.43, n * 0.52, n * 0.57, n * 0.70], fill=sk)
    t.ellipse([n * 0.32, n * 0.20, n * 0.68, n * 0.62], fill=sk)
    if (k >> 16) % 3:
        t.chord([n * 0.30, n * 0.15, n * 0.70, n * 0.52], 180, 360, fill=hr)
    else:
        t.pieslice([n * 0.28, n * 0.14, n * 0.72, n * 0.66], 170, 370, fill=hr)
        t.ellipse([n * 0.34, n * 0.27, n * 0.66, n * 0.62], fill=sk)
    mask = Image.new("L", (n, n), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, n - 1, n - 1], fill=255)
    tile = tile.resize((size, size), Image.LANCZOS)
    mask = mask.resize((size, size), Image.LANCZOS)
    im.paste(tile, (int(x), int(y)), mask)


# --- cards -------------------------------------------------------------------
def chip(sp):
    """One speaker: a round avatar, then the bold name over 'company · job' in grey.  Never wraps (white-space:
    nowrap): its width is the wider of the two lines."""
    w = AV + 12 + max(adv(sp["name"], F_NAME), adv(aff_printed(sp), F_UNIT))
    return {"sp": sp, "w": w, "h": max(AV, LH_NAME + LH_UNIT)}


def chip_rows(sps, maxw):
    """A flex row of chips that wraps (flex-wrap: wrap; gap 14px 32px): a list of rows, each a list of chips."""
    rows, cur, x = [], [], 0
    for sp in sps:
        c = chip(sp)
        if cur and x + CHIP_GAP_X + c["w"] > maxw:
            rows.append(cur)
            cur, x = [], 0
        x += (CHIP_GAP_X if cur else 0) + c["w"]
        cur.append(c)
    if cur:
        rows.append(cur)
    return rows


def rows_height(rows):
    return sum(max(c["h"] for c in r) for r in rows) + CHIP_GAP_Y * (len(rows) - 1)


def draw_chip_rows(im, d, x0, y, rows):
    for r in rows:
        x = x0
        h = max(c["h"] for c in r)
        for c in r:
            sp = c["sp"]
            avatar(im, x, y + (h - AV) // 2, sp["name"])
            ty = y + (h - LH_NAME - LH_UNIT) // 2
            text_at(d, x + AV + 12, ty, LH_NAME, sp["name"], F_NAME, INK)
            text_at(d, x + AV + 12, ty + LH_NAME, LH_UNIT, aff_printed(sp), F_UNIT, GREY)
            x += c["w"] + CHIP_GAP_X
        y += h + CHIP_GAP_Y
    return y - CHIP_GAP_Y


def card_parts(s):
    """A talk card's content: the title block, then the speakers' part: ('rows', rows) for a talk, or for a round
    table ('label', text), ('rows', rows), ('label', text), ('rows', rows)."""
    ti = block([([(s["title"], F_TITLE, INK)], LH_TITLE, 0)], CW)
    if s["kind"] == "panel":
        parts = [("label", MOD_LABEL), ("rows", chip_rows(s["sp"][:1], CW)),
                 ("label", GUEST_LABEL), ("rows", chip_rows(s["sp"][1:], CW))]
    else:
        parts = [("rows", chip_rows(s["sp"], CW))]
    return ti, parts


def parts_height(parts):
    h = 0
    for k, (kind, v) in enumerate(parts):
        if kind == "label":
            h += (12 if k else 0) + LH_LABEL + 6
        else:
            h += rows_height(v)
    return h


def card(im, d, y, s, draw):
    """One talk: a white card with a 1 px border and 8 px corners; the range (and a tag) in the time column at
    the left, a divider, then the title and 14 px under it the speakers."""
    ti, parts = card_parts(s)
    inner = ti[1] + 14 + parts_height(parts)
    left = LH_TITLE + (26 if s["tag"] else 0)
    h = CARD_PAD * 2 + max(inner, left)
    LAYOUT_LOG["title_lines"][s["title"]] = ti[2][0]
    LAYOUT_LOG["rows"][s["title"]] = [[plain(c["sp"]["name"]) for c in r] for kind, v in parts if kind == "rows"
                                      for r in v]
    LAYOUT_LOG["time_w"].append(adv(time_text(s), F_TIME))
    if draw:
        d.rounded_rectangle([M0 + 1, y + 2, M1 + 1, y + h + 2], radius=8, fill=(236, 239, 243))  # a soft shadow
        d.rounded_rectangle([M0, y, M1, y + h], radius=8, fill=WHITE, outline=CARD_LINE, width=1)
        text_at(d, M0 + CARD_PAD, y + CARD_PAD, LH_TITLE, time_text(s), F_TIME, BLUE)
        if s["tag"]:
            tw = adv(s["tag"], F_TAG) + 16
            ty = y + CARD_PAD + LH_TITLE + 4
            d.rounded_rectangle([M0 + CARD_PAD, ty, M0 + CARD_PAD + tw, ty + 20], radius=4, fill=BLUE_L)
            text_at(d, M0 + CARD_PAD + 8, ty, 20, s["tag"], F_TAG, BLUE_D)
        d.line([(M0 + DIV_X, y + 16), (M0 + DIV_X, y + h - 16)], fill=LINE)
        x = M0 + C0
        draw_block(d, x, y + CARD_PAD, ti[0])
        yy = y + CARD_PAD + ti[1] + 14
        for k, (kind, v) in enumerate(parts):
            if kind == "label":
                yy += 12 if k else 0
                d.rectangle([x, yy + 4, x + 3, yy + LH_LABEL - 4], fill=BLUE)
                text_at(d, x + 10, yy, LH_LABEL, v, F_LABEL, BLUE)
                yy += LH_LABEL + 6
            else:
                yy = draw_chip_rows(im, d, x, yy, v)
    return y + h


def icon(d, x, y, kind):
    """A small line icon 18 px high whose top is y: a cup (tea), a bowl and chopsticks (lunch), a badge (check-in)."""
    c = BREAK_INK
    if kind == "茶歇":
        d.rounded_rectangle([x, y + 5, x + 13, y + 17], radius=3, outline=c, width=2)
        d.arc([x + 10, y + 7, x + 18, y + 14], 270, 90, fill=c, width=2)
        d.line([(x + 4, y), (x + 4, y + 3)], fill=c, width=2)
        d.line([(x + 9, y), (x + 9, y + 3)], fill=c, width=2)
    elif kind == "午餐":
        d.chord([x, y + 4, x + 18, y + 22], 0, 180, outline=c, width=2)
        d.line([(x + 6, y), (x + 15, y + 9)], fill=c, width=2)
        d.line([(x + 10, y), (x + 18, y + 8)], fill=c, width=2)
    else:
        d.rounded_rectangle([x + 1, y + 1, x + 16, y + 18], radius=2, outline=c, width=2)
        d.line([(x + 5, y + 7), (x + 12, y + 7)], fill=c, width=2)
        d.line([(x + 5, y + 12), (x + 12, y + 12)], fill=c, width=2)


def break_card(d, y, s, draw):
    """Check-in, tea or lunch: a slim cream card, the range in the time column, an icon and the bold label."""
    h = 56
    LAYOUT_LOG["time_w"].append(adv(time_text(s), F_TIME))
    if draw:
        d.rounded_rectangle([M0, y, M1, y + h], radius=8, fill=BREAK_BG, outline=BREAK_LINE, width=1)
        text_at(d, M0 + CARD_PAD, y + (h - LH_TITLE) // 2, LH_TITLE, time_text(s), F_TIME, GREY)
        d.line([(M0 + DIV_X, y + 14), (M0 + DIV_X, y + h - 14)], fill=BREAK_LINE)
        icon(d, M0 + C0, y + (h - 20) // 2, s["title"])
        text_at(d, M0 + C0 + 30, y + (h - LH_TITLE) // 2, LH_TITLE, s["title"], font(16, True), BREAK_INK)
    return y + h


HEAD_LOG = {}


def forum_head(im, d, y, k, draw):
    """A forum's heading in the main column: an accent bar and the name (24 px), a grey line with the day and the
    room, then '主持人：' with a small avatar, the host in bold and his 'company · job' in grey."""
    name, host, room, half, slots = FORUMS[k]
    y += 56 if k else 0
    if draw:
        d.rectangle([M0, y + 4, M0 + 5, y + 34], fill=BLUE)
        text_at(d, M0 + 18, y, 38, name, font(24, True), INK)
    y += 38 + 8
    f = font(14)
    if draw:
        x = M0 + 18
        # a calendar and a pin, as icon fonts draw them
        d.rectangle([x, y + 5, x + 13, y + 17], outline=GREY, width=1)
        d.line([(x, y + 9), (x + 13, y + 9)], fill=GREY, width=2)
        text_at(d, x + 21, y, 22, "%s %s" % (DAY_CN, half), f, INK2)
        x += 21 + adv("%s %s" % (DAY_CN, half), f) + 28
        d.ellipse([x + 1, y + 4, x + 11, y + 14], outline=GREY, width=2)
        d.polygon([(x + 2, y + 11), (x + 10, y + 11), (x + 6, y + 19)], fill=GREY)
        text_at(d, x + 19, y, 22, room, f, INK2)
    y += 22 + 12
    runs = [("主持人：", f, GREY), (host["name"], font(14, True), INK), ("　" + aff_printed(host), f, GREY)]
    HEAD_LOG[name] = sum(adv(t, ff) for t, ff, _ in runs) + 18 + 34
    if draw:
        x = M0 + 18
        text_at(d, x, y + 4, 24, runs[0][0], f, GREY)
        x += adv(runs[0][0], f)
        avatar(im, x, y + 2, host["name"], 28)
        x += 34
        for t, ff, c in runs[1:]:
            text_at(d, x, y + 4, 24, t, ff, c)
            x += adv(t, ff)
    return y + 32 + 18


def section(im, d, y, k, draw):
    y = forum_head(im, d, y, k, draw)
    for j, s in enumerate(FORUMS[k][4]):
        y += 12 if j else 0
        y = break_card(d, y, s, draw) if s["kind"] == "break" else card(im, d, y, s, draw)
    return y


# --- the page around the programme -----------------------------------------
SITE = "中国Linux内核开发者大会"
NAV = ["首页", "关于大会", "大会日程", "演讲嘉宾", "合作伙伴", "往届回顾", "联系我们"]
NAV_H = 72


def site_bar(d):
    h = NAV_H
    d.rectangle([0, 0, W - 1, h - 1], fill=WHITE)
    d.line([(0, h - 1), (W - 1, h - 1)], fill=LINE)
    d.rounded_rectangle([CX0, 17, CX0 + 38, 55], radius=9, fill=BLUE)
    d.text((CX0 + 19, 36), "CLK", font=font(13, True), fill=WHITE, anchor="mm")
    d.text((CX0 + 50, 30 + 17 * 0.36), SITE, font=font(17, True), fill=INK, anchor="ls")
    d.text((CX0 + 50, 49 + 10 * 0.36), "CHINA LINUX KERNEL DEVELOPERS CONFERENCE", font=font(9), fill=GREY,
           anchor="ls")
    f = font(14)
    bw = adv("立即报名", f) + 40
    d.rounded_rectangle([CX1 - bw, 18, CX1, 54], radius=18, fill=BLUE)
    d.text((CX1 - bw / 2, 36 + 14 * 0.36), "立即报名", font=f, fill=WHITE, anchor="ms")
    x = CX1 - bw - 24
    lang = "中文 / EN"
    d.text((x, 36 + 14 * 0.36), lang, font=f, fill=GREY, anchor="rs")
    x -= adv(lang, f) + 40
    for item in reversed(NAV):
        on = item == "大会日程"
        ff = font(15, on)
        w = adv(item, ff)
        d.text((x - w, 36 + 15 * 0.36), item, font=ff, fill=BLUE if on else INK2, anchor="ls")
        if on:
            d.rectangle([x - w, h - 4, x, h - 2], fill=BLUE)
        x -= w + 30
    return h


HERO_H = 220


def hero(im, y0):
    """The hero is drawn on its own layer and pasted, so that its rings stay inside it (overflow: hidden)."""
    h = HERO_H
    layer = Image.new("RGB", (W, h))
    d = ImageDraw.Draw(layer)
    _hero(d, 0)
    im.paste(layer, (0, y0))
    return y0 + h


def _hero(d, y0):
    h = HERO_H
    c0, c1 = (17, 24, 66), (30, 64, 175)
    for x in range(W):
        t = x / (W - 1)
        d.line([(x, y0), (x, y0 + h - 1)], fill=tuple(round(a + (b - a) * t) for a, b in zip(c0, c1)))
    # the hero's background picture: faint concentric rings and dots at the right
    for r in range(60, 420, 45):
        d.ellipse([1180 - r, y0 + 110 - r, 1180 + r, y0 + 110 + r], outline=(60, 96, 196), width=1)
    for k in range(14):
        xx, yy = 960 + (k * 97) % 420, y0 + 20 + (k * 53) % 180
        d.ellipse([xx - 2, yy - 2, xx + 2, yy + 2], fill=(120, 160, 240))
    f = font(13, True)
    pill = "CLK %s · 贵阳" % YEAR
    pw = adv(pill, f) + 26
    d.rounded_rectangle([CX0, y0 + 40, CX0 + pw, y0 + 66], radius=13,
                        outline=(147, 180, 250), width=1)
    d.text((CX0 + pw / 2, y0 + 53 + 13 * 0.36), pill, font=f, fill=(191, 214, 254), anchor="ms")
    d.text((CX0, y0 + 114), "%s中国Linux内核开发者大会" % NTH, font=font(36, True), fill=WHITE, anchor="ls")
    d.text((CX0, y0 + 146), "China Linux Kernel Developers Conference %s" % YEAR, font=font(16), fill=(180, 200, 240),
           anchor="ls")
    y = y0 + 188
    d.rectangle([CX0, y - 15, CX0 + 15, y], outline=(200, 215, 250), width=2)
    d.line([(CX0, y - 10), (CX0 + 15, y - 10)], fill=(200, 215, 250), width=2)
    d.text((CX0 + 24, y), DATE_CN, font=font(16), fill=WHITE, anchor="ls")
    x = CX0 + 24 + adv(DATE_CN, font(16)) + 40
    d.ellipse([x, y - 16, x + 12, y - 4], outline=(200, 215, 250), width=2)
    d.polygon([(x + 1, y - 8), (x + 11, y - 8), (x + 6, y + 1)], fill=(200, 215, 250))
    d.text((x + 22, y), "贵州 · 贵阳　贵州大学西校区", font=font(16), fill=WHITE, anchor="ls")
    return y0 + h


def crumbs(d, y, draw):
    if draw:
        f = font(13)
        x = CX0
        for k, t in enumerate(["首页", "/", "大会日程"]):
            d.text((x, y + 22 + 13 * 0.36), t, font=f, fill=INK2 if k == 2 else FAINT, anchor="ls")
            x += adv(t, f) + 8
    return y + 44


INTRO = "本届大会设 1 个主论坛和 5 个分论坛。上午为主论坛，下午五个分论坛在博学楼和图书馆同时进行。日程如有调整，以现场公布为准。"


def page_head(d, y, draw):
    y += 16
    if draw:
        d.text((CX0, y + 36), "大会日程", font=font(30, True), fill=INK, anchor="ls")
        d.text((CX0 + adv("大会日程", font(30, True)) + 14, y + 36), "AGENDA", font=font(14, True),
               fill=(147, 197, 253), anchor="ls")
        d.text((CX0, y + 70), INTRO, font=font(14), fill=GREY, anchor="ls")
    return y + 96


TAB_LOG = []
TABS = ["全部议程"] + SIX


def tabs(d, y, draw):
    """A tab strip across the container: '全部议程' lit (blue, bold, a bar under it), then one tab per forum."""
    f, fb = font(15), font(15, True)
    x = CX0
    h = 48
    widths = []
    for k, t in enumerate(TABS):
        ff = fb if k == 0 else f
        w = adv(t, ff)
        widths.append(w)
        if draw:
            d.text((x, y + 30), t, font=ff, fill=BLUE if k == 0 else INK2, anchor="ls")
            if k == 0:
                d.rectangle([x - 2, y + h - 3, x + w + 2, y + h - 1], fill=BLUE)
        x += w + 36
    TAB_LOG.append(x - 36 - CX0)
    if draw:
        d.line([(CX0, y + h), (CX1, y + h)], fill=LINE)
    return y + h + 32


QR_SEED = "clk7234-qr"


def qr(d, x, y, n=104):
    """A QR-like square: three finder marks and a CRC-driven pattern (no real code)."""
    cells = 25
    c = n / cells
    d.rectangle([x - 6, y - 6, x + n + 6, y + n + 6], fill=WHITE, outline=LINE)
    k = zlib.crc32(QR_SEED.encode())
    for i in range(cells):
        for j in range(cells):
            k = (k * 1103515245 + 12345) & 0x7FFFFFFF
            if (k >> 16) & 1:
                d.rectangle([x + i * c, y + j * c, x + (i + 1) * c - 0.01, y + (j + 1) * c - 0.01], fill=INK)
    for fx, fy in ((0, 0), (cells - 7, 0), (0, cells - 7)):
        d.rectangle([x + fx * c, y + fy * c, x + (fx + 7) * c, y + (fy + 7) * c], fill=WHITE)
        d.rectangle([x + fx * c, y + fy * c, x + (fx + 7) * c - 1, y + (fy + 7) * c - 1], outline=INK, width=int(c))
        d.rectangle([x + (fx + 2) * c, y + (fy + 2) * c, x + (fx + 5) * c - 1, y + (fy + 5) * c - 1], fill=INK)


SIDE_INFO = [("日期", DATE_CN), ("地点", "贵州大学西校区 博学楼"), ("主办", "中国Linux内核开发者大会组委会"),
             ("承办", "贵州大学计算机科学与技术学院")]


def sidebar(im, d, y, draw):
    """Three white boxes in the sidebar: 大会信息, 参会报名 (a button and a QR code), 日程下载."""
    f, fb = font(14), font(16, True)
    # 大会信息
    h = 52 + len(SIDE_INFO) * 30 + 14
    if draw:
        d.rounded_rectangle([S0, y, S1, y + h], radius=8, fill=WHITE, outline=CARD_LINE)
        d.text((S0 + 20, y + 34), "大会信息", font=fb, fill=INK, anchor="ls")
        for j, (k, v) in enumerate(SIDE_INFO):
            yy = y + 52 + j * 30
            d.text((S0 + 20, yy + 20), k, font=f, fill=GREY, anchor="ls")
            d.text((S0 + 62, yy + 20), v, font=f, fill=INK2, anchor="ls")
    y += h + 20
    h = 268
    if draw:
        d.rounded_rectangle([S0, y, S1, y + h], radius=8, fill=WHITE, outline=CARD_LINE)
        d.text((S0 + 20, y + 34), "参会报名", font=fb, fill=INK, anchor="ls")
        d.text((S0 + 20, y + 62), "免费参会，名额有限，请提前完成报名。", font=font(13), fill=GREY, anchor="ls")
        d.rounded_rectangle([S0 + 20, y + 78, S1 - 20, y + 114], radius=18, fill=BLUE)
        d.text(((S0 + S1) / 2, y + 96 + 14 * 0.36), "立即报名", font=f, fill=WHITE, anchor="ms")
        qr(d, S0 + 20 + 6, y + 134 + 6)
        d.text((S0 + 150, y + 170), "扫码关注大会公众号", font=font(13), fill=INK2, anchor="ls")
        d.text((S0 + 150, y + 192), "获取直播与讲稿下载", font=font(13), fill=GREY, anchor="ls")
    y += h + 20
    h = 118
    if draw:
        d.rounded_rectangle([S0, y, S1, y + h], radius=8, fill=WHITE, outline=CARD_LINE)
        d.text((S0 + 20, y + 34), "日程下载", font=fb, fill=INK, anchor="ls")
        d.rounded_rectangle([S0 + 20, y + 56, S1 - 20, y + 94], radius=6, outline=BLUE, width=1)
        d.text(((S0 + S1) / 2, y + 75 + 14 * 0.36), "下载完整议程（PDF）", font=f, fill=BLUE, anchor="ms")
    return y + h


FOOT = ["主办单位：中国Linux内核开发者大会组委会　　承办单位：贵州大学计算机科学与技术学院",
        "支持单位：贵州省计算机学会　　联系我们：contact@clk7234.example.org",
        "Copyright © 7234 中国Linux内核开发者大会　　黔ICP备72340021号-1"]
FOOT_H = 140
NOTE_LINE = "注：演讲视频与讲稿将在会后陆续发布于“往届回顾”页面。"


def footer(d, y):
    d.rectangle([0, y, W - 1, y + FOOT_H - 1], fill=(17, 24, 39))
    for j, ln in enumerate(FOOT):
        d.text((W / 2, y + 42 + j * 28), ln, font=font(13), fill=(156, 163, 175), anchor="mm")
    return y + FOOT_H


def paint(im, draw):
    d = ImageDraw.Draw(im)
    y = site_bar(d) if draw else NAV_H
    y = hero(im, y) if draw else y + HERO_H
    y = crumbs(d, y, draw)
    y = page_head(d, y, draw)
    y = tabs(d, y, draw)
    top = y
    for k in range(len(FORUMS)):
        y = section(im, d, y, k, draw)
    side_end = sidebar(im, d, top, draw)
    SIDE_LOG[:] = [top, side_end]
    y += 30
    if draw:
        d.text((M0, y + 14 * 0.36), NOTE_LINE, font=font(13), fill=GREY, anchor="ls")
    y += 56
    return footer(d, y) if draw else y + FOOT_H


SIDE_LOG = []


def render():
    h = paint(Image.new("RGB", (W, 8), PAGE_BG), False)
    im = Image.new("RGB", (W, h), PAGE_BG)
    assert paint(im, True) == h
    return im


# ===========================================================================
def scored():
    return [s for f in FORUMS for s in f[4] if s["kind"] != "break"]


def people():
    out = []
    for f in FORUMS:
        out.append(plain(f[1]["name"]))
        out += [plain(sp["name"]) for s in f[4] for sp in s["sp"]]
    return out


def join_lines(lines):
    """The note's join rule: a space between two lines where either side of the break is Latin (a letter, a
    digit or Latin punctuation: the browser broke at a space, as every Latin word on this page stands between
    spaces); none where both sides are Chinese text."""
    out = lines[0]
    for ln in lines[1:]:
        out += (" " if out[-1].isascii() or ln[0].isascii() else "") + ln
    return out


TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
UNCOMMON = ["阚", "佘"]
COUNTS = [6, 8, 8, 7, 8, 7]
WRAPPED = {  # every title that wraps, with its lines as the page breaks it
    'Mainline Is Cheaper Than You Think: Retiring Vendor Drivers from an Enterprise Distribution':
        ['Mainline Is Cheaper Than You Think: Retiring Vendor Drivers from an', 'Enterprise Distribution'],
    '国产服务器处理器的内核支持现状：固件启动、电源管理与性能调优中反复出现的共性问题':
        ['国产服务器处理器的内核支持现状：固件启动、电源管理与性能调优中反复出', '现的共性问题'],
    'memcg 统计开销优化：在数万个 cgroup 的节点上降低读取 memory.stat 的延迟':
        ['memcg 统计开销优化：在数万个 cgroup 的节点上降低读取 memory.stat 的', '延迟'],
    'KFENCE 在量产手机上的采样率取舍：在越界访问的发现率、性能开销与功耗之间找平衡':
        ['KFENCE 在量产手机上的采样率取舍：在越界访问的发现率、性能开销与功耗', '之间找平衡'],
    'Making FUSE Fast Enough for AI Checkpoints: Request Batching, Splice and Large Writes':
        ['Making FUSE Fast Enough for AI Checkpoints: Request Batching, Splice', 'and Large Writes'],
    '分布式块存储客户端的内核化：从用户态 TCMU 迁移到内核驱动的性能与可靠性对比':
        ['分布式块存储客户端的内核化：从用户态 TCMU 迁移到内核驱动的性能与可靠', '性对比'],
    'Why Did My Task Migrate? Tracing Load Balancer Decisions on 256-Core Servers':
        ['Why Did My Task Migrate? Tracing Load Balancer Decisions on', '256-Core Servers'],
    '电力继电保护装置上的实时内核验证：中断线程化、CPU 隔离与 IRQ 亲和的组合配置':
        ['电力继电保护装置上的实时内核验证：中断线程化、CPU 隔离与 IRQ 亲和的组', '合配置'],
    "From Vendor BSP to Mainline: Upstreaming an ARM64 SoC's Clock, Pinctrl and Power Domain Drivers":
        ["From Vendor BSP to Mainline: Upstreaming an ARM64 SoC's Clock,", 'Pinctrl and Power Domain Drivers'],
    'Delegating BPF to Unprivileged Containers Without Opening Up the Whole Kernel':
        ['Delegating BPF to Unprivileged Containers Without Opening Up the', 'Whole Kernel'],
    '面向 AI 智能体代码执行沙箱的内核隔离：seccomp、Landlock 与 cgroup v2 如何组合使用':
        ['面向 AI 智能体代码执行沙箱的内核隔离：seccomp、Landlock 与 cgroup v2', '如何组合使用'],
}
ROWS = {  # the talks whose speakers are more than one chip: their rows of chips, top to bottom, left to right
    '国产服务器处理器的内核支持现状：固件启动、电源管理与性能调优中反复出现的共性问题': [['黄涛', '何晟']],
    '圆桌讨论：企业内核与上游主线的距离应该多远': [['郭海燕'], ['张建新', '徐晓婷'], ['孙鹏程', '郑玥']],
    '手机前后台切换卡顿的内存根因：文件页抖动与查杀阈值的联合调优': [['孙雪莹', '黄宇']],
    '分布式块存储客户端的内核化：从用户态 TCMU 迁移到内核驱动的性能与可靠性对比': [['郑凯', '杨雪梅']],
    '电力继电保护装置上的实时内核验证：中断线程化、CPU 隔离与 IRQ 亲和的组合配置': [['邓丽娟', '冯军']],
    '国产 GPU 驱动中的统一虚拟寻址：HMM 适配过程中遇到的问题与解决': [['曹勇', '张珺']],
    '训练数据加载的页缓存命中率：预读策略与 cgroup 内存限制的相互影响': [['胡晓明', '周蕾']],
}
SURNAME_COUNTS = {'王': 5, '陈': 4, '张': 4, '李': 4, '周': 3, '刘': 3, '吴': 2, '黄': 2, '郭': 2, '徐': 2, '孙': 2, '郑': 2, '林': 2, '杨': 2, '胡': 2}


def check(poster):
    """What the brief asks; nobody twice; no real name, deck title or name of the real repositories."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2024 was the 19th
    assert [f[0] for f in FORUMS] == SIX == listing_forums(), listing_forums()
    ppl = people()
    assert len(ppl) == len(set(ppl)), sorted(p for p in ppl if ppl.count(p) > 1)
    assert not set(ppl) & set(REAL_NAMES), set(ppl) & set(REAL_NAMES)
    chinese = [p for p in ppl if not p.isascii()]
    givens = [p[1:] for p in chinese]
    assert len(givens) == len(set(givens)), sorted(g for g in givens if givens.count(g) > 1)
    latin = [p for p in ppl if p.isascii()]
    assert latin == ["MartinNovak"], latin
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    assert {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    assert all(2 <= len(p) <= 3 for p in chinese)
    real = listing_words()
    titles = [s["title"] for s in scored()]
    assert len(titles) == len(set(titles))
    for x in ppl + [t for t in titles if t != "开幕致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [f["forum"] for f in poster["forums"]] == SIX
    for fm, f in zip(FORUMS, poster["forums"]):
        assert f["date"] == DATE
        ends = [(s["start"], s["end"]) for s in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        assert sum(s["title"] == "茶歇" for s in f["slots"]) == 1, fm[0]
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == plain(fm[1]["name"])
            assert s["host"] not in s["speakers"]
            assert s["start"] < s["end"]
            assert len(s["affiliations"]) == len(s["speakers"])
    slots = [s for f in FORUMS for s in f[4]]
    panels = [s for s in slots if s["kind"] == "panel"]
    assert len(panels) == 1 and len(panels[0]["sp"]) == 5 and panels[0]["title"].startswith("圆桌讨论：")
    assert [sum(1 for s in f[4] if s["kind"] == "talk" and len(s["sp"]) == 2) for f in FORUMS] == [1] * 6
    assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
    english = [s["title"] for s in scored() if s["title"].isascii()]
    assert [sum(1 for s in f[4] if s["kind"] != "break" and s["title"].isascii()) for f in FORUMS] == [1] * 6
    m = FORUMS[0][4]
    assert [(s["title"], s["start"]) for s in m[:2]] == [("签到", "08:30"), ("开幕致辞", "09:00")]
    assert m[-1]["title"] == "午餐" and m[-1]["end"] == "13:30"
    assert all(f[4][0]["start"] == "13:30" and f[4][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert [sum(1 for s in f[4] if s["kind"] != "break") for f in FORUMS] == COUNTS
    # the layout the note describes
    assert max(LAYOUT_LOG["time_w"]) <= TIME_W - 10, max(LAYOUT_LOG["time_w"])
    tl = LAYOUT_LOG["title_lines"]
    wrapped = {t: ls for t, ls in tl.items() if len(ls) > 1}
    assert wrapped == WRAPPED, wrapped
    assert all(join_lines(ls) == t for t, ls in WRAPPED.items())
    rows = LAYOUT_LOG["rows"]
    assert {t: r for t, r in rows.items() if len(r) > 1 or len(r[0]) > 1} == ROWS, rows
    assert all(r == [[plain(sp["name"]) for sp in s["sp"]]] for s in scored() for r in [rows[s["title"]]]
               if s["title"] not in ROWS)
    assert all(chip(sp)["w"] <= CW for s in scored() for sp in s["sp"])  # no chip wider than the content
    assert TAB_LOG[0] <= CX1 - CX0, TAB_LOG  # the tabs stand on one line
    assert all(w <= M1 - M0 - 36 for w in HEAD_LOG.values()), HEAD_LOG
    assert SIDE_LOG[1] < SIDE_LOG[0] + 1400, SIDE_LOG  # the sidebar ends beside 主论坛
    return len(titles), counts, english


NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 144, 191, 221, 228): speakers are names as printed "
    "with spaces removed (the Latin name 'Martin Novak' -> 'MartinNovak'; no Chinese name is padded on this page); "
    "host is the name printed after '主持人：' under the forum's heading, for every talk and the round table of that "
    "forum, null for breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each has his own "
    "affiliation, in printed order; an opening speech printed with a speaker ('开幕致辞', 吴志勇) is a talk; '签到', "
    "'茶歇' and '午餐' (printed without a speaker) are breaks, '午餐' closing 主论坛; a forum with no break after its "
    "last talk ends with it; every forum carries the edition's date. ONE invented edition stands in for CLK2025's "
    "ONE whole-agenda image (CLK2025全部议程.jpg): CLK 7234 (第5229届, 贵阳, 贵州大学, Saturday 7234-10-21), as the "
    "programme PAGE ('大会日程') of the conference's web site saved as ONE FULL-PAGE SCREENSHOT by Firefox, 1440 px "
    "wide (one device pixel per CSS px; the whole page, no browser window, no scrollbar; the file named as Firefox "
    "names it, 'Screenshot 7234-10-16 at 21-37-52 <page title>.png'), holding CLK2025's six forums under its folder "
    "names without their numbers (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, "
    "硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its two spaces), one under the other in folder "
    "order; the truth has ONE entry with the six forums in that order. 主论坛 is the morning (08:30-13:30), the five "
    "others run in parallel from 13:30 in their own rooms. Judgement calls: (1) The white site bar (a blue 'CLK' "
    "square, '中国Linux内核开发者大会' over 'CHINA LINUX KERNEL DEVELOPERS CONFERENCE', the links '首页 关于大会 大会日程 "
    "演讲嘉宾 合作伙伴 往届回顾 联系我们' with '大会日程' lit, '中文 / EN', a button '立即报名'), the dark blue hero (a pill "
    "'CLK 7234 · 贵阳', '第5229届中国Linux内核开发者大会', 'China Linux Kernel Developers Conference 7234', a calendar "
    "icon and '7234年10月21日（周六）', a pin and '贵州 · 贵阳　贵州大学西校区'), the breadcrumb '首页 / 大会日程', the "
    "heading '大会日程' with 'AGENDA' beside it and the grey line under it ('本届大会设 1 个主论坛和 5 个分论坛。…'), the "
    "SIDEBAR at the right of 主论坛 (a box '大会信息' with '日期 7234年10月21日（周六）', '地点 贵州大学西校区 博学楼', '主办 "
    "中国Linux内核开发者大会组委会', '承办 贵州大学计算机科学与技术学院'; a box '参会报名' with a line, a button '立即报名', a "
    "QR-like square, '扫码关注大会公众号' and '获取直播与讲稿下载'; a box '日程下载' with a button '下载完整议程（PDF）'), the "
    "note '注：演讲视频与讲稿将在会后陆续发布于“往届回顾”页面。' under the last card and the dark footer (主办单位, 承办单位, "
    "支持单位, a mail address, copyright, '黔ICP备72340021号-1') are never part of a name, a title or a slot. (2) A TAB "
    "STRIP under the heading prints '全部议程' (lit: blue, bold, a bar under it) and then one tab per forum naming it "
    "in full, in folder order: links, no forums of their own and no slots; each forum is given once, by its heading "
    "in the programme. (3) Each forum is a HEADING in the 840 px main column: a blue bar and the forum's name (24 px "
    "bold): the forum is that name alone; under it a grey line with a calendar icon and '10月21日（周六） 上午' (or "
    "'下午') and a pin and the room ('博学楼 一楼学术报告厅', '博学楼 B201', … '图书馆 三楼报告厅'): no part of the forum's "
    "name and no slot; then '主持人：' (grey), a small round avatar, the host's name (bold) and his 'company · job' "
    "(grey): the host is the bold name (陈伟, 李强, 张丽萍, 王磊, 刘建军, 杨帆); his 'company · job' is nobody's "
    "affiliation. (4) Each talk is a white CARD with rounded corners: at its LEFT the range in blue bold '09:10 - "
    "09:45' (16 px, spaces round the hyphen), in 主论坛 a small pale-blue TAG under the range ('致辞' for the opening "
    "speech, '主题演讲' for the keynotes, '圆桌' for the round table: labels, no part of the title), a thin vertical "
    "divider, then the bold TITLE (18 px), wrapping inside the card where long, and 14 px under it the speakers as "
    "a flex row of CHIPS: a round avatar (a drawn photo, 44 px), the bold NAME (15 px) and UNDER it the grey line "
    "'company · job' (13 px, the two joined by a middle dot between spaces). The speaker's affiliation is that grey "
    "line with the ' · ' written as ONE SPACE, set 43's convention ('华为 · 操作系统首席专家' -> '华为 操作系统首席专家', "
    "'Red Hat · Principal Software Engineer' -> 'Red Hat Principal Software Engineer', '统信软件 · eBPF 开发工程师' -> "
    "'统信软件 eBPF 开发工程师'). No name and no 'company · job' line wraps; no chip is wider than the card's content. (5) "
    "TWO SPEAKERS of one talk are two chips SIDE BY SIDE on one row, given left then right (黄涛 and 何晟, both "
    "海光信息; 孙雪莹 and 黄宇, both 荣耀; 郑凯 移动云 存储研发工程师 and 杨雪梅 华中科技大学 博士研究生; 邓丽娟 南瑞集团 "
    "嵌入式软件工程师 and 冯军 华北电力大学 副教授; 曹勇 and 张珺, both 沐曦; 胡晓明 商汤科技 存储工程师 and 周蕾 上海交通大学 "
    "博士研究生); one talk per forum has two speakers. (6) CHECK-IN, TEA AND LUNCH are slim CREAM cards: the range "
    "in grey at the left, the divider, a small line icon (a badge, a cup, a bowl with chopsticks) and the bold brown "
    "label ('08:30 - 09:00' '签到', '10:20 - 10:35' '茶歇', '12:30 - 13:30' '午餐'): a break with that range and that "
    "label as its title, the icon being nothing. Every forum has one 茶歇 (文件系统与存储分论坛 and 调度、性能与调试分论坛 "
    "after their THIRD talk, 14:45-15:00 and 15:00-15:15; 内存管理 and 硬件架构 after their fourth, 15:10-15:25; AI "
    "after its fourth, 15:30-15:45). (7) A wrapped title is one title, joined with a space where either side of the "
    "break is Latin (the browser broke at a space) and without one where both sides are Chinese; eleven titles wrap "
    "over two lines, none over more: five English ones broken at spaces ('…Retiring Vendor Drivers from an' / "
    "'Enterprise Distribution', '…Request Batching, Splice' / 'and Large Writes', '…Load Balancer Decisions on' / "
    "'256-Core Servers', '…an ARM64 SoC's Clock,' / 'Pinctrl and Power Domain Drivers', '…Without Opening Up the' / "
    "'Whole Kernel'), one Chinese one broken at the space after a Latin word ('…Landlock 与 cgroup v2' / '如何组合使用' "
    "-> '…cgroup v2 如何组合使用'), and five broken inside Chinese text ('…性能调优中反复出' / '现的共性问题', '…读取 "
    "memory.stat 的' / '延迟', '…性能开销与功耗' / '之间找平衡', '…的性能与可靠' / '性对比', '…与 IRQ 亲和的组' / "
    "'合配置'). (8) The round table '圆桌讨论：企业内核与上游主线的距离应该多远' (11:45-12:30) is ONE slot of kind 'panel': "
    "under its title a small blue label '主持人' over the chip of 郭海燕 (开放原子开源基金会 项目运营总监), then a label "
    "'对话嘉宾' over four chips TWO TO A ROW: 张建新 (统信软件 技术总监) and 徐晓婷 (vivo 内核团队负责人), then 孙鹏程 "
    "(中兴通讯 操作系统总工程师) and 郑玥 (中国科学院软件研究所 副研究员); its speakers are the moderator then the guests "
    "row by row, left to right, one affiliation each; the labels '主持人' and '对话嘉宾' are no names, and this '主持人' "
    "marks the round table's moderator, not the forum's host (陈伟); the title keeps '圆桌讨论：'. (9) English-only "
    "titles: six, one per forum, one of them by the only Latin-named speaker, Martin Novak (Red Hat Principal "
    "Software Engineer), in 主论坛; one English title has a question mark in its middle ('Why Did My "
    "Task Migrate? Tracing …'); titles mixing Chinese and Latin words are many. Surnames are those of a real Chinese "
    "kernel conference (60 people, 59 Chinese): 王 five times, 李 张 陈 four, 刘 周 three, 杨 黄 吴 徐 孙 胡 郭 林 twice, "
    "赵 马 朱 何 罗 高 once (all twenty of the commonest surnames present), then 郑 twice and 唐 宋 邓 冯 彭 谢 梁 曹 韩 "
    "许 once, and two uncommon ones, 阚 (阚志远) and 佘 (佘建平); given names of everyday characters, with a few less "
    "common ones (晟 玥 翀 昱 珺 骞 旻); 30 of the 59 Chinese names have two characters. SCORED = every slot of kind talk "
    "or panel: 6 + 8 + 8 + 7 + 8 + 7 = 44 (the opening speech and the round table counted; 42 without them)."
)
LAYOUT = (
    "CLK 7234 (第5229届), 贵阳, 贵州大学, 7234-10-21 (PNG, 1440 px wide, a FULL-PAGE BROWSER SCREENSHOT of the "
    "conference site's programme page '大会日程' at 1x, saved by Firefox; a light grey page, a 1200 px container): a "
    "white site bar (logo 'CLK', site name, seven links with '大会日程' lit, '中文 / EN', a button '立即报名'); a dark blue "
    "hero (pill 'CLK 7234 · 贵阳', the edition, the English name, the date, the place); a breadcrumb; the heading "
    "'大会日程' / 'AGENDA' and a grey line; a TAB STRIP '全部议程' (lit) and the six forums; then a main column of 840 "
    "px with the six forums one under the other (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, "
    "硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛'), each a HEADING (a blue bar and the name, a grey line with "
    "the day and the room, '主持人：' with an avatar, the host and his 'company · job') over a column of CARDS: the "
    "range '13:30 - 13:55' at the card's left (a tag under it in 主论坛), a divider, the bold title (wrapping where "
    "long), and the speakers as chips (an avatar, the bold name, 'company · job' in grey under it; two speakers side "
    "by side); a round-table card with '主持人' over the moderator and '对话嘉宾' over four guests two to a row; cream "
    "cards for check-in, tea and lunch; a sidebar of three boxes (大会信息, 参会报名 with a QR-like square, 日程下载) "
    "beside 主论坛 only; a grey note and a dark footer. 6 + 8 + 8 + 7 + 8 + 7 scored."
)


def main():
    im = render()
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "page.png"))
        print(im.size, TAB_LOG, HEAD_LOG, SIDE_LOG, max(LAYOUT_LOG["time_w"]))
        for t, ls in LAYOUT_LOG["title_lines"].items():
            if len(ls) > 1:
                print(repr(t), ls)
        for t, r in LAYOUT_LOG["rows"].items():
            if len(r) > 1 or len(r[0]) > 1:
                print(repr(t), r)
        counts = {}
        for p in people():
            if not p.isascii():
                counts[p[0]] = counts.get(p[0], 0) + 1
        print(sorted(counts.items(), key=lambda kv: -kv[1]), len(people()),
              sum(len(p) == 2 for p in people() if not p.isascii()))
        return
    path = os.path.join(HERE, FILE)
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert im.size[0] == W and HEIGHT[0] <= im.size[1] <= HEIGHT[1], im.size  # as tall as the page needs
    assert 700_000 <= size <= 3_000_000, size
    poster = {"file": FILE, "layout": LAYOUT, "date": DATE,
              "forums": [{"forum": f[0], "date": DATE, "slots": [truth_slot(s) for s in f[4]]} for f in FORUMS]}
    n, sur, english = check(poster)
    print("scored talks", n, "surnames", sorted(sur.items(), key=lambda kv: -kv[1]))
    assert 42 <= n <= 55, n
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
