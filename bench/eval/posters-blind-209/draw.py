"""Draw the two-hundred-and-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the one PNG named in FILE and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the picture
cannot drift apart.  No randomness at all.

The set stands in for CLK2025's ONE whole-agenda image (CLK2025全部议程.jpg, not in the corpus)
the way a reader meets a programme when he goes to the conference's WEB SITE instead: ONE invented
edition, CLK 2301 (第296届, 开封, 河南大学, Saturday 2301-10-19), with CLK2025's six forums, as the
site's programme page saved from a LAPTOP browser as ONE FULL-PAGE SCREENSHOT (a 1366 px viewport at
one device pixel per CSS px, the whole page stitched by a full-page capture extension: no browser
window, no scrollbar; the file named as such an extension names it).  The page: a white top bar with
the site's links; a blue hero band with the conference's name and date; '大会议程' and a ROW OF TABS
('全部' lit, then the six forums); then EVERY forum's list one under another, each a white card with
its heading, its room, '主持人：name · company' and its rows: the time range at the left in bold, the
title to its right (wrapping where long), and under the title the speakers as 'name · company' in
smaller grey type (two speakers side by side on one line; the round table's moderator and guests on
a '主持：' and a '嘉宾：' line); tea, lunch and check-in rows on a grey ground with a small icon; a
dark footer.

Copied from earlier sets: font, adv, TOKEN, NO_LINE_START, T, P, B, plain, truth_slot, saturday,
REAL_NAMES, listing_words, SIX, listing_forums, COMMON, hm, mins, run and runs_layout
(bench/eval/posters-blind-191/draw.py, which has them from sets 160, 182 and 148); S and aff are
191's cut down to a name and ONE company.  Everything else (top bar, hero, tabs, cards, rows,
speaker chips, icons, checks, data, note) is new.
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


def S(name, company):
    """A speaker as printed: 'name · company'."""
    return {"name": name, "company": company}


def aff(sp):
    """The affiliation as printed after ' · '."""
    return sp["company"]


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



# ===========================================================================
# CLK 2301 (第296届), 开封, 河南大学, Saturday 2301-10-19.  主论坛 in the morning, the five other forums in
# parallel in the afternoon from 13:30, each in its own room.
W = 1366
YEAR = "2301"
NTH = "第296届"
DATE = "2301-10-19"
CITY = "开封"
# A full-page capture extension names its file 'screencapture-' + the address with every other character as '-',
# then the date and time of the capture; the reader saved the page on the Tuesday evening before the meeting.
URL = "clk.kernel-dev.example.org/2301/agenda.html"
FILE = "screencapture-%s-2301-10-15-21_36_04.png" % re.sub(r"[^A-Za-z0-9]+", "-", URL)

H0 = S("王振国", "河南大学计算机与信息工程学院")
H1 = S("李建华", "阿里云")
H2 = S("张敏", "华中科技大学")
H3 = S("刘志强", "字节跳动")
H4 = S("陈国平", "中国科学院计算技术研究所")
H5 = S("杨帆", "腾讯云")

FORUMS = [
    ("主论坛", H0, "金明校区 学术报告厅", run("08:30", H0["name"], [
        ("B", 30, "签到"),
        ("T", 10, "开幕致辞", [S("赵永刚", "河南大学")]),
        ("T", 30, "从通用服务器到智算集群：Linux 内核在新一轮硬件周期中的取舍", [S("王海涛", "华为")]),
        ("T", 30, "Upstream First, Even When It Hurts: Ten Years of Shrinking Our Out-of-Tree Patch Stack",
         [S("Matthias Lindner", "SUSE")]),
        ("B", 15, "茶歇"),
        ("T", 30, "数十万台云主机的内核热升级：不停机替换的工程实践", [S("李伟", "阿里云"), S("周雅婷", "阿里云")]),
        ("T", 30, "国产 CPU 生态中的内核长期维护：从补丁回合、兼容性测试到安全漏洞响应的全流程经验",
         [S("张军", "麒麟软件")]),
        ("T", 30, "车载操作系统的实时性与功能安全：Linux 还能走多远", [S("胡志斌", "比亚迪")]),
        ("P", 40, "圆桌讨论：大模型辅助编程会如何改变内核补丁的开发与评审", S("孙明辉", "中国科学院软件研究所"),
         [S("吴志刚", "腾讯"), S("黄丽华", "统信软件"), S("徐鹏飞", "龙芯中科"), S("马超", "OPPO")]),
        ("B", 55, "午餐"),
    ])),
    ("内存管理与优化分论坛", H1, "计算机学院 A101", run("13:30", H1["name"], [
        ("T", 25, "MGLRU 在 Redis 大内存实例上的调优与回退经验", [S("陈涛", "腾讯云")]),
        ("T", 25, "Reducing TLB Misses for JVM Workloads with Multi-Size Anonymous Folios on Arm64 Servers",
         [S("刘洋", "Arm")]),
        ("T", 25, "稀疏映射进程的页表内存开销：统计方法与回收实现", [S("高志鹏", "字节跳动"), S("林晓静", "浙江大学")]),
        ("T", 25, "手机后台应用冻结与内存压缩的协同：从用户可感知卡顿指标出发的端到端内存管理优化实践",
         [S("彭磊", "vivo")]),
        ("B", 15, "茶歇"),
        ("T", 25, "虚拟机内存在线扩缩容：virtio-mem 与 ZONE_MOVABLE 的配合", [S("郭文斌", "天翼云")]),
        ("T", 25, "KFENCE 常态化部署：以极低开销发现线上内存越界", [S("何勇", "美团")]),
        ("T", 25, "用 memory.events 与压力通知驱动混部调度的实践", [S("罗晓东", "快手")]),
        ("T", 25, "从 slabinfo 到优化补丁：一次 SLUB 内存碎片治理", [S("邱慧敏", "统信软件")]),
    ])),
    ("文件系统与存储分论坛", H2, "计算机学院 A203", run("13:30", H2["name"], [
        ("T", 25, "面向 QLC 固态盘的 ext4 写放大控制：e4defrag 改造实践", [S("王建平", "小米")]),
        ("T", 25, "用 Btrfs 子卷快照做 MySQL 备份：实践与踩坑记录", [S("朱宏伟", "京东")]),
        ("T", 25, "Making NFS Client Readahead Adaptive for Large Sequential Reads",
         [S("冯雷", "网易")]),
        ("T", 25, "存算分离架构下 NVMe/TCP 的尾延迟优化：中断合并与队列绑定", [S("曾浩然", "浪潮信息"), S("梁晨", "浪潮信息")]),
        ("B", 15, "茶歇"),
        ("T", 25, "云盘客户端的 io_uring 改造：SQPOLL 轮询、注册缓冲区与 CPU 开销之间的权衡及回退教训",
         [S("蒋俊峰", "蚂蚁集团")]),
        ("T", 25, "镜像层数对容器启动时间的影响：一次 overlayfs 性能剖析", [S("宋佳琪", "华为云")]),
        ("T", 25, "训练数据集放在 FUSE 上：用户态文件系统的读路径开销与优化", [S("董志刚", "百度智能云")]),
        ("T", 25, "多租户云盘的 IO 限流公平性问题：从 blk-throttle 迁移到 iocost 的经验与线上数据",
         [S("韩峰", "中国移动云能力中心")]),
    ])),
    ("调度、性能与调试分论坛", H3, "计算机学院 A205", run("13:30", H3["name"], [
        ("T", 25, "CPU 利用率不是全部：用 PSI 与调度延迟衡量容器服务质量", [S("李娜", "阿里云")]),
        ("T", 25, "手游帧率抖动与 sched_ext：一个自定义调度器的实验记录", [S("谢文鹏", "OPPO")]),
        ("T", 25, "Catching Lock Contention Regressions Early with perf lock in CI",
         [S("吴迪", "英特尔")]),
        ("T", 25, "大小核混合架构笔记本上的任务放置：能效模型校准与实测", [S("杨俊杰", "联想"), S("许敏", "联想")]),
        ("B", 15, "茶歇"),
        ("T", 25, "大内存服务器上的 kdump：转储从一小时到十分钟，页面过滤与多线程压缩的改进", [S("刘建军", "中兴通讯")]),
        ("T", 25, "为什么开了 function_graph 就变慢：追踪开销的剖析与轻量化改造", [S("曹宇航", "深信服")]),
        ("T", 25, "一次内核软死锁的定位全过程：从 vmcore 分析到上游补丁合入", [S("周国强", "新华三")]),
        ("T", 25, "数控系统上的 PREEMPT_RT：主线合入后的延迟实测与调优", [S("邓超", "华中数控")]),
    ])),
    ("硬件架构与异构计算分论坛", H4, "计算机学院 A301", run("13:30", H4["name"], [
        ("T", 30, "LoongArch 多路服务器上的 KVM：虚拟化扩展支持进展与验证", [S("张伟", "龙芯中科")]),
        ("T", 30, "ARM64 服务器上的内存带宽分配：MPAM 驱动的适配与验证", [S("黄志勇", "飞腾")]),
        ("T", 30, "Bringing Up CXL Memory Pooling on Dual-Socket Servers: What the Kernel Still Lacks",
         [S("陈晓峰", "海光信息")]),
        ("B", 15, "茶歇"),
        ("T", 30, "从私有调度到 drm_sched：一款国产 GPU 驱动的迁移实践", [S("王婷", "摩尔线程"), S("郑凯", "摩尔线程")]),
        ("T", 30, "DPU 上的 vDPA 设备热迁移支持：从设备状态保存到 QEMU 与内核的协同改造", [S("沈海波", "中科驭数")]),
        ("T", 30, "端侧 NPU 的内存共享：SVA 与 dma-buf 在推理场景中的取舍", [S("谭文杰", "荣耀")]),
        ("T", 30, "TDISP 与可信设备直通：机密计算场景的内核支持现状", [S("阚立新", "英特尔")]),
    ])),
    ("AI 基础设施与 eBPF 应用分论坛", H5, "图书馆 一楼报告厅", run("13:30", H5["name"], [
        ("T", 25, "RDMA 网卡中断与训练进程的 CPU 亲和性：一次吞吐下降的排查", [S("赵磊", "百度")]),
        ("T", 25, "Sharing State Between User Space and BPF Programs with Arenas: A Production Report",
         [S("潘鹏", "Meta")]),
        ("T", 25, "大模型推理服务的内存带宽隔离：从 cgroup 到 resctrl", [S("李明远", "京东云")]),
        ("T", 25, "eBPF 网络可观测性在万节点集群中的采样与聚合", [S("徐晓东", "美团"), S("岑丽华", "美团")]),
        ("B", 15, "茶歇"),
        ("T", 25, "用 XDP 负载均衡器替换 LVS 的迁移记录", [S("叶翔", "爱奇艺")]),
        ("T", 25, "BPF LSM 落地记：容器运行时的细粒度访问控制", [S("田雨晴", "蚂蚁集团")]),
        ("T", 25, "模型权重加载的 IO 路径分析：页缓存、直接 IO 与大页映射三种方案在推理服务上线时的对比",
         [S("张丽", "智谱")]),
        ("T", 25, "eBPF 程序的静态检查与上线审查：一个平台团队的做法", [S("苏斌", "小红书")]),
    ])),
]

# --- page style (CSS px = device px) ----------------------------------------
WHITE = (255, 255, 255)
PAGE_BG = (244, 246, 249)
INK, INK2, GREY, GREY_L = (31, 41, 55), (75, 85, 99), (107, 114, 128), (160, 166, 176)
LINE, LINE_L = (226, 229, 234), (239, 241, 244)
ACCENT = (24, 96, 220)
ACCENT_PALE = (234, 242, 255)
BREAK_BG = (248, 249, 251)
TOPBAR_H = 64
HERO_H = 228
CX0, CX1 = 183, 1183  # the page's container, 1000 px
PADX = 28
TX = CX0 + PADX  # the time column
TITLE_X = TX + 150  # the title and speakers column
TITLE_W = 680  # the title column's max-width (CSS), the rest of the row left empty
assert TITLE_X + TITLE_W < CX1 - PADX
F_TIME, F_TITLE = font(16, True), font(18, True)
F_SP, F_BREAK = font(13), font(15)
LH_TITLE, LH_SP = 30, 22
ROW_PAD = 18
CHIP_GAP = 28  # between two speakers on one line
DOT = " · "

LAYOUT_LOG = {"title_lines": {}, "speaker_lines": {}, "tabs": None}


def line_text(ln):
    return "".join(t for _, t, _, _ in ln)


def time_text(s):
    return "%s-%s" % (s["start"], s["end"])


def baseline(top, lh, f):
    """Where a browser puts the baseline of a Noto Sans CJK line in a line box of lh px starting at top."""
    return top + lh / 2 + f.size * 0.36


def chip_runs(sp):
    """One speaker as printed: 'name · company' in smaller grey type, the name a shade darker."""
    return [(sp["name"], F_SP, INK2), (DOT, F_SP, GREY_L), (aff(sp), F_SP, GREY)]


def chips_layout(label, sps, maxw):
    """Speakers as inline boxes (white-space: nowrap each) in a flex row that wraps: whole chips move to the next
    line.  label ('主持：', '嘉宾：' or None) stands before the first chip.  Returns lines of (x, runs)."""
    lines, cur, x = [], [], 0.0
    if label:
        cur.append((0.0, [(label, F_SP, GREY)]))
        x = adv(label, F_SP)
    for sp in sps:
        runs = chip_runs(sp)
        w = sum(adv(t, f) for t, f, _ in runs)
        gap = CHIP_GAP if cur and not (label and len(cur) == 1) else 0
        if cur and x + gap + w > maxw:
            lines.append(cur)
            cur, x, gap = [], (adv(label, F_SP) if label else 0.0), 0
        cur.append((x + gap, runs))
        x += gap + w
    lines.append(cur)
    return lines


def speaker_block(s):
    """The speaker lines of a row: one flex row of chips; a round table a '主持：' line and a '嘉宾：' line."""
    if s["kind"] == "panel":
        return chips_layout("主持：", s["sp"][:1], TITLE_W) + chips_layout("嘉宾：", s["sp"][1:], TITLE_W)
    return chips_layout(None, s["sp"], TITLE_W)


def draw_runs(d, x, y_base, runs):
    for t, f, c in runs:
        d.text((x, y_base), t, font=f, fill=c, anchor="ls")
        x += adv(t, f)
    return x


def cup(d, x, y, col):
    """A small tea-cup icon, 16 px, top-left at (x, y)."""
    d.rounded_rectangle([x + 1, y + 5, x + 11, y + 15], radius=3, outline=col, width=2)
    d.arc([x + 8, y + 7, x + 15, y + 13], 270, 90, fill=col, width=2)
    d.line([(x + 4, y), (x + 4, y + 3)], fill=col, width=1)
    d.line([(x + 8, y), (x + 8, y + 3)], fill=col, width=1)


def bowl(d, x, y, col):
    """A small rice-bowl icon with chopsticks, 16 px."""
    d.chord([x, y + 4, x + 16, y + 18], 0, 180, outline=col, width=2)
    d.line([(x, y + 11), (x + 16, y + 11)], fill=col, width=2)
    d.line([(x + 7, y + 9), (x + 13, y)], fill=col, width=1)
    d.line([(x + 10, y + 9), (x + 16, y + 1)], fill=col, width=1)


def pen(d, x, y, col):
    """A small clipboard icon for check-in, 16 px."""
    d.rounded_rectangle([x + 2, y + 2, x + 14, y + 16], radius=2, outline=col, width=2)
    d.rectangle([x + 5, y, x + 11, y + 3], fill=col)
    d.line([(x + 5, y + 8), (x + 11, y + 8)], fill=col, width=1)
    d.line([(x + 5, y + 11), (x + 11, y + 11)], fill=col, width=1)


ICONS = {"茶歇": cup, "午餐": bowl, "签到": pen}


def talk_row(d, y, s, draw):
    title_lines = runs_layout([(s["title"], F_TITLE, INK)], TITLE_W)
    sp_lines = speaker_block(s)
    LAYOUT_LOG["title_lines"][s["title"]] = [line_text(ln) for ln in title_lines]
    LAYOUT_LOG["speaker_lines"][s["title"]] = [["".join(t for t, _, _ in runs) for _, runs in ln] for ln in sp_lines]
    h = ROW_PAD + LH_TITLE * len(title_lines) + 4 + LH_SP * len(sp_lines) + ROW_PAD
    if draw:
        d.text((TX, baseline(y + ROW_PAD, LH_TITLE, F_TIME)), time_text(s), font=F_TIME, fill=INK, anchor="ls")
        yy = y + ROW_PAD
        for ln in title_lines:
            for x, t, f, c in ln:
                d.text((TITLE_X + x, baseline(yy, LH_TITLE, f)), t, font=f, fill=c, anchor="ls")
            yy += LH_TITLE
        yy += 4
        for ln in sp_lines:
            for x, runs in ln:
                draw_runs(d, TITLE_X + x, baseline(yy, LH_SP, F_SP), runs)
            yy += LH_SP
    return y + h


BREAK_H = 50


def break_row(d, y, s, draw, last):
    if draw:
        box = [CX0 + 1, y, CX1 - 2, y + BREAK_H - 1]
        if last:
            d.rounded_rectangle(box, radius=9, fill=BREAK_BG, corners=(False, False, True, True))
        else:
            d.rectangle(box, fill=BREAK_BG)
        d.text((TX, baseline(y, BREAK_H, F_TIME)), time_text(s), font=F_TIME, fill=GREY, anchor="ls")
        ICONS[s["title"]](d, TITLE_X, y + BREAK_H / 2 - 9, GREY_L)
        d.text((TITLE_X + 26, baseline(y, BREAK_H, F_BREAK)), s["title"], font=F_BREAK, fill=GREY, anchor="ls")
    return y + BREAK_H


def section(d, y, k, draw):
    """One forum as a white card: heading and room, the host line, a rule, its rows.  Returns the y under it."""
    name, host, room, slots = FORUMS[k]
    top = y
    if draw:
        d.rounded_rectangle([CX0, top, CX1 - 1, top + SECTION_H[k] - 1], radius=10, fill=WHITE, outline=LINE)
    y += 24
    if draw:
        d.rounded_rectangle([TX, y + 3, TX + 4, y + 25], radius=2, fill=ACCENT)
        d.text((TX + 14, baseline(y, 28, font(20, True))), name, font=font(20, True), fill=INK, anchor="ls")
        rr = [("会场：", font(14), GREY), (room, font(14), INK2)]
        x = CX1 - PADX - sum(adv(t, f) for t, f, _ in rr)
        assert x > TX + 14 + adv(name, font(20, True)) + 40
        draw_runs(d, x, baseline(y, 28, font(14)), rr)
    y += 28 + 8
    if draw:
        draw_runs(d, TX, baseline(y, 22, font(14)), [("主持人：", font(14), GREY), (host["name"], font(14, True), INK2),
                                                     (DOT, font(14), GREY_L), (aff(host), font(14), GREY)])
    y += 22 + 18
    if draw:
        d.line([(CX0 + 1, y), (CX1 - 2, y)], fill=LINE)
    y += 1
    for i, s in enumerate(slots):
        if i and draw:
            d.line([(TX, y), (CX1 - PADX, y)], fill=LINE_L)
        if s["kind"] == "break":
            y = break_row(d, y, s, draw, i == len(slots) - 1)
        else:
            y = talk_row(d, y, s, draw)
    if slots[-1]["kind"] != "break":
        y += 6
    SECTION_H[k] = y - top
    return y


SECTION_H = {}
SITE = "中国Linux内核开发者大会"
NAV = ["首页", "大会介绍", "大会议程", "演讲嘉宾", "往届回顾", "参会指南"]


def top_bar(d):
    h = TOPBAR_H
    d.rectangle([0, 0, W - 1, h - 1], fill=WHITE)
    d.line([(0, h - 1), (W - 1, h - 1)], fill=LINE)
    d.rounded_rectangle([CX0, 14, CX0 + 36, 50], radius=8, fill=ACCENT)
    d.text((CX0 + 18, 32), "CLK", font=font(13, True), fill=WHITE, anchor="mm")
    d.text((CX0 + 48, 38), SITE, font=font(17, True), fill=INK, anchor="ls")
    f = font(14)
    label = "报名参会"
    bw = adv(label, f) + 32
    d.rounded_rectangle([CX1 - bw, 16, CX1, 48], radius=16, fill=ACCENT)
    d.text((CX1 - bw / 2, baseline(16, 32, f)), label, font=f, fill=WHITE, anchor="ms")
    x = CX1 - bw - 28
    for item in reversed(NAV):
        on = item == "大会议程"
        ff = font(15, on)
        w = adv(item, ff)
        d.text((x - w, baseline(16, 32, ff)), item, font=ff, fill=ACCENT if on else INK2, anchor="ls")
        if on:
            d.rectangle([x - w, h - 3, x, h - 1], fill=ACCENT)
        x -= w + 30
    assert x > CX0 + 48 + adv(SITE, font(17, True)) + 40
    return h


HERO_TITLE = "%s中国Linux内核开发者大会" % NTH
HERO_EN = "China Linux Kernel Developers Conference · CLK %s" % YEAR
HERO_DATE = "2301年10月19日（星期六）"
HERO_PLACE = "河南 · 开封　河南大学金明校区"


def calendar_icon(d, x, y, col):
    d.rounded_rectangle([x, y + 2, x + 16, y + 17], radius=2, outline=col, width=2)
    d.line([(x, y + 7), (x + 16, y + 7)], fill=col, width=2)
    d.line([(x + 4, y), (x + 4, y + 4)], fill=col, width=2)
    d.line([(x + 12, y), (x + 12, y + 4)], fill=col, width=2)


def pin_icon(d, x, y, col):
    d.ellipse([x + 2, y, x + 14, y + 12], outline=col, width=2)
    d.polygon([(x + 4, y + 10), (x + 12, y + 10), (x + 8, y + 17)], fill=col)
    d.ellipse([x + 6, y + 4, x + 10, y + 8], fill=col)


def hero(im, y0):
    """The blue band: drawn on its own image (the decoration clipped to it, as overflow: hidden would) and pasted."""
    h = HERO_H
    band = Image.new("RGB", (W, h))
    d = ImageDraw.Draw(band)
    c0, c1 = (16, 36, 92), (26, 84, 188)
    for x in range(W):
        t = x / (W - 1)
        d.line([(x, 0), (x, h - 1)], fill=tuple(round(a + (b - a) * t) for a, b in zip(c0, c1)))
    # faint decoration at the right: rings and a grid of dots, as a site's banner image would have
    cx, cy = 1130, 120
    for r in (60, 110, 160, 210, 260):
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(52, 108, 206), width=1)
    for gx in range(900, W - 20, 22):
        for gy in range(18, h - 10, 22):
            if (gx // 22 + gy // 22) % 3 == 0:
                d.point((gx, gy), fill=(86, 140, 226))
    y = 0
    f = font(13, True)
    tag = "CLK " + YEAR
    tw_ = adv(tag, f) + 20
    d.rounded_rectangle([CX0, y + 36, CX0 + tw_, y + 60], radius=12, outline=(150, 186, 245), width=1)
    d.text((CX0 + 10, baseline(y + 36, 24, f)), tag, font=f, fill=(200, 220, 255), anchor="ls")
    d.text((CX0, y + 110), HERO_TITLE, font=font(36, True), fill=WHITE, anchor="ls")
    d.text((CX0, y + 140), HERO_EN, font=font(15), fill=(186, 204, 238), anchor="ls")
    f = font(16)
    col = (226, 234, 250)
    calendar_icon(d, CX0, y + 172, col)
    x = CX0 + 26
    d.text((x, y + 188), HERO_DATE, font=f, fill=col, anchor="ls")
    x += adv(HERO_DATE, f) + 36
    pin_icon(d, x, y + 172, col)
    d.text((x + 24, y + 188), HERO_PLACE, font=f, fill=col, anchor="ls")
    im.paste(band, (0, y0))
    return y0 + h


INTRO = "上午为主论坛，下午五个分论坛同时进行。议程如有调整，以大会现场公布为准。"
TABS = ["全部"] + [n[:-3] if n.endswith("分论坛") else n for n in SIX]  # tabs drop the word 分论坛


def tabs(d, y, draw):
    """A row of tabs, '全部' selected; the page shows every forum under it anyway."""
    h = 52
    f_on, f_off = font(15, True), font(15)
    pad = 16
    widths = [adv(t, f_on if i == 0 else f_off) + 2 * pad for i, t in enumerate(TABS)]
    LAYOUT_LOG["tabs"] = (sum(widths), CX1 - CX0 - 16)
    assert sum(widths) <= CX1 - CX0 - 16, widths
    if draw:
        d.rounded_rectangle([CX0, y, CX1 - 1, y + h - 1], radius=10, fill=WHITE, outline=LINE)
        x = CX0 + 8
        for i, (t, w) in enumerate(zip(TABS, widths)):
            on = i == 0
            d.text((x + pad, baseline(y, h, f_off)), t, font=f_on if on else f_off, fill=ACCENT if on else INK2,
                   anchor="ls")
            if on:
                d.rectangle([x + pad - 4, y + h - 4, x + w - pad + 4, y + h - 2], fill=ACCENT)
            x += w
    return y + h


def title_area(d, y, draw):
    y += 34
    if draw:
        d.text((CX0, baseline(y, 36, font(26, True))), "大会议程", font=font(26, True), fill=INK, anchor="ls")
    y += 36 + 6
    if draw:
        d.text((CX0, baseline(y, 22, font(14))), INTRO, font=font(14), fill=GREY, anchor="ls")
    y += 22 + 20
    return tabs(d, y, draw)


FOOT = ["主办单位：中国Linux内核开发者大会组委会　　承办单位：河南大学计算机与信息工程学院",
        "联系我们：clk2301@kernel-dev.example.org",
        "Copyright © 2301 中国Linux内核开发者大会　版权所有　　豫ICP备23011019号-1"]
FOOT_H = 136


def footer(d, y):
    d.rectangle([0, y, W - 1, y + FOOT_H - 1], fill=(31, 38, 50))
    for j, ln in enumerate(FOOT):
        d.text((W / 2, y + 42 + j * 26), ln, font=font(13), fill=(160, 168, 182), anchor="mm")
    return y + FOOT_H


def paint(im, draw):
    d = ImageDraw.Draw(im)
    y = TOPBAR_H
    if draw:
        top_bar(d)
        hero(im, y)
    y += HERO_H
    y = title_area(d, y, draw)
    for k in range(len(FORUMS)):
        y += 24
        y = section(d, y, k, draw)
    y += 48
    if draw:
        return footer(d, y)
    return y + FOOT_H


def render():
    h = paint(Image.new("RGB", (W, 8), PAGE_BG), False)
    im = Image.new("RGB", (W, h), PAGE_BG)
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


TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
UNCOMMON = ["岑", "阚"]  # both outside the hundred commonest surnames
SURNAME_COUNTS = {"王": 4, "李": 4, "张": 4, "刘": 3, "陈": 3, "杨": 2, "黄": 2, "赵": 2, "吴": 2, "周": 2, "徐": 2}
COUNTS = [7, 8, 8, 8, 7, 8]
WRAPPED_TITLES = {  # the titles that wrap in the 680 px title column, each over exactly two lines: (first, second)
    "Upstream First, Even When It Hurts: Ten Years of Shrinking Our Out-of-Tree Patch Stack":
        ("Upstream First, Even When It Hurts: Ten Years of Shrinking Our Out-of-Tree", "Patch Stack"),
    "国产 CPU 生态中的内核长期维护：从补丁回合、兼容性测试到安全漏洞响应的全流程经验":
        ("国产 CPU 生态中的内核长期维护：从补丁回合、兼容性测试到安全漏洞响应的全流程", "经验"),
    "Reducing TLB Misses for JVM Workloads with Multi-Size Anonymous Folios on Arm64 Servers":
        ("Reducing TLB Misses for JVM Workloads with Multi-Size Anonymous Folios", "on Arm64 Servers"),
    "手机后台应用冻结与内存压缩的协同：从用户可感知卡顿指标出发的端到端内存管理优化实践":
        ("手机后台应用冻结与内存压缩的协同：从用户可感知卡顿指标出发的端到端内存管理", "优化实践"),
    "云盘客户端的 io_uring 改造：SQPOLL 轮询、注册缓冲区与 CPU 开销之间的权衡及回退教训":
        ("云盘客户端的 io_uring 改造：SQPOLL 轮询、注册缓冲区与 CPU 开销之间的权衡及", "回退教训"),
    "Bringing Up CXL Memory Pooling on Dual-Socket Servers: What the Kernel Still Lacks":
        ("Bringing Up CXL Memory Pooling on Dual-Socket Servers: What the Kernel", "Still Lacks"),
    "Sharing State Between User Space and BPF Programs with Arenas: A Production Report":
        ("Sharing State Between User Space and BPF Programs with Arenas: A", "Production Report"),
    "模型权重加载的 IO 路径分析：页缓存、直接 IO 与大页映射三种方案在推理服务上线时的对比":
        ("模型权重加载的 IO 路径分析：页缓存、直接 IO 与大页映射三种方案在推理服务上线", "时的对比"),
}


def check(poster):
    """What the brief asks; nobody twice; no real name, deck title or name of the real repositories."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:-1]), (YEAR, NTH)  # 2024 was the 19th
    assert [f[0] for f in FORUMS] == SIX == listing_forums(), listing_forums()
    ppl = people()
    assert len(ppl) == len(set(ppl)), sorted(p for p in ppl if ppl.count(p) > 1)
    assert not set(ppl) & set(REAL_NAMES), set(ppl) & set(REAL_NAMES)
    chinese = [p for p in ppl if not p.isascii()]
    latin = [p for p in ppl if p.isascii()]
    assert latin == ["MatthiasLindner"], latin
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    assert {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    assert sum(counts[c] for c in TOP20) == 39  # 64 % of 61
    assert all(2 <= len(p) <= 3 for p in chinese)
    assert sum(len(p) == 2 for p in chinese) == 24  # 39 %, as in REAL_NAMES (39 of 106)
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
    m = FORUMS[0][3]
    assert (m[0]["title"], m[0]["start"], m[1]["title"], m[1]["start"]) == ("签到", "08:30", "开幕致辞", "09:00")
    assert m[-1]["title"] == "午餐" and m[-1]["end"] == "13:30"
    assert all(f[3][0]["start"] == "13:30" and f[3][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert [sum(1 for s in sl if s["kind"] != "break") for _, _, _, sl in FORUMS] == COUNTS
    # the layout the note describes
    tl = LAYOUT_LOG["title_lines"]
    wrapped = {t: tuple(ls) for t, ls in tl.items() if len(ls) > 1}
    assert wrapped == WRAPPED_TITLES, wrapped
    assert all(len(ls) <= 2 for ls in tl.values())
    for s in scored():  # every speaker's 'name · company' whole, two speakers on ONE line; the round table on two
        lines = LAYOUT_LOG["speaker_lines"][s["title"]]
        want = [[sp["name"] + DOT + aff(sp) for sp in s["sp"]]]
        if s["kind"] == "panel":
            want = [["主持："] + want[0][:1], ["嘉宾："] + want[0][1:]]
        assert lines == want, (lines, want)
    assert LAYOUT_LOG["tabs"][0] <= LAYOUT_LOG["tabs"][1]
    return len(titles), counts, english


NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 169, 191): speakers are names as printed with "
    "spaces removed (the Latin name 'Matthias Lindner' -> 'MatthiasLindner'; no Chinese name is padded on this "
    "page); host is the name printed after '主持人：' above the forum's list, for every talk and the round table of "
    "that forum, null for breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each has his own "
    "affiliation, in printed order; an opening speech printed with a speaker ('开幕致辞', 赵永刚) is a talk; '签到', "
    "'茶歇' and '午餐' (printed without a speaker) are breaks, '午餐' closing 主论坛; a forum with no break after its "
    "last talk ends with it; every forum carries the edition's date. ONE invented edition stands in for CLK2025's ONE "
    "whole-agenda image (CLK2025全部议程.jpg): CLK 2301 (第296届, 开封, 河南大学, Saturday 2301-10-19), as the "
    "programme PAGE of the conference's web site saved from a LAPTOP browser as ONE FULL-PAGE SCREENSHOT, 1366 px "
    "wide (a full-page capture extension at one device pixel per CSS px: the whole page stitched, no browser window, "
    "no scrollbar; the file named as such an extension names it: 'screencapture-' + the page's address with every "
    "other character as '-' + the capture's date and time), holding CLK2025's six forums under its folder names "
    "without their numbers (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, "
    "硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its two spaces), one card per forum, one under the "
    "other in folder order; the truth has ONE entry with the six forums in that order. 主论坛 is the morning "
    "(08:30-13:30), the five others run in parallel from 13:30 in their own rooms. Judgement calls: (1) The white top "
    "bar (a blue 'CLK' logo, '中国Linux内核开发者大会', the links '首页 大会介绍 大会议程 演讲嘉宾 往届回顾 参会指南' with "
    "'大会议程' lit, a button '报名参会'), the blue hero band ('CLK 2301' in an outlined pill, '第296届中国Linux内核开发者"
    "大会', 'China Linux Kernel Developers Conference · CLK 2301', a calendar icon and '2301年10月19日（星期六）', a pin "
    "icon and '河南 · 开封　河南大学金明校区'), the heading '大会议程', the line '上午为主论坛，下午五个分论坛同时进行。"
    "议程如有调整，以大会现场公布为准。' and the dark footer (主办单位, 承办单位, a contact address, copyright, "
    "'豫ICP备23011019号-1') are never part of a name, a title or a slot. (2) A ROW OF TABS under '大会议程': '全部' "
    "(selected: blue, bold, underlined), then the six forums SHORTENED, without the word '分论坛' ('主论坛', "
    "'内存管理与优化', '文件系统与存储', '调度、性能与调试', '硬件架构与异构计算', 'AI 基础设施与 eBPF 应用'), all on one "
    "line. The tabs are navigation: no forum, no slot, no part of a heading; the page shows every forum's list under "
    "them anyway, and each forum is given once, by its own card. (3) Each forum is a white card: a blue bar and the "
    "forum's FULL name (20 px bold), at the right end of the same line '会场：' + the room (no part of the forum's "
    "name), under it '主持人：' + the host (bold) + ' · ' + his company (grey): the host is the bold name; his company "
    "is nobody's affiliation. (4) Each talk is a ROW (rows parted by hairlines, no table head, no column labels): the "
    "time range at the left in bold, printed without spaces ('09:10-09:40'); at x 361 the title (18 px bold), "
    "wrapping in a 680 px column where long; UNDER the title the speakers in smaller grey type (13 px), each as "
    "'name · company' (the name a shade darker, the middle dot lighter): a speaker's affiliation is the company after "
    "' · ' as printed, company only, no job title ('华为', 'SUSE', '中国移动云能力中心'). (5) TWO SPEAKERS of one talk "
    "stand SIDE BY SIDE on ONE line, 28 px apart, given left then right, each with the company after his own dot "
    "(李伟 and 周雅婷, both 阿里云; 高志鹏 (字节跳动) and 林晓静 (浙江大学); 曾浩然 and 梁晨, both 浪潮信息; 杨俊杰 and "
    "许敏, both 联想; 王婷 and 郑凯, both 摩尔线程; 徐晓东 and 岑丽华, both 美团); one talk per forum has two speakers. "
    "(6) CHECK-IN, TEA AND LUNCH rows are grey bands across the card: the range in bold grey at the left, then a small "
    "icon (a clipboard, a cup, a bowl) and the label ('签到', '茶歇', '午餐'): a break with that range and that label "
    "as its title; the icons are nothing. (7) A wrapped title is one title, joined with a space where the break "
    "falls at a space and without one inside Chinese text; eight titles wrap over two lines, none over more: four "
    "English ones broken at spaces ('…Out-of-Tree' / 'Patch Stack', '…Anonymous Folios' / 'on Arm64 Servers', "
    "'…What the Kernel' / 'Still Lacks', '…with Arenas: A' / 'Production Report') and four Chinese ones broken inside "
    "words ('…的全流程' / '经验', '…端到端内存管理' / '优化实践', '…的权衡及' / '回退教训', '…推理服务上线' / '时的对比'). "
    "No range, name or company wraps. (8) The round table '圆桌讨论：大模型辅助编程会如何改变内核补丁的开发与评审' "
    "(11:55-12:35, 主论坛) is ONE slot of kind 'panel': under its title a line '主持：' + '孙明辉 · 中国科学院软件研究所' "
    "and a line '嘉宾：' + four guests side by side ('吴志刚 · 腾讯', '黄丽华 · 统信软件', '徐鹏飞 · 龙芯中科', '马超 · "
    "OPPO'); the speakers are the moderator then the guests left to right, one affiliation each; the labels '主持：' "
    "and '嘉宾：' are no part of a name; the title keeps '圆桌讨论：'; the moderator is not the forum's host (王振国). "
    "(9) English-only titles: one per forum, six in all, one of them by the only Latin-named speaker, Matthias "
    "Lindner (SUSE), in 主论坛; titles mixing Chinese and Latin words are many. Surnames are those of a real Chinese "
    "kernel conference (62 people, 61 Chinese): 王 李 张 four times each, 刘 陈 three times, 杨 黄 赵 吴 周 徐 twice, "
    "孙 马 胡 朱 郭 何 罗 高 林 once, twenty more of the hundred commonest once (彭 邱 冯 曾 梁 蒋 宋 董 韩 谢 许 曹 "
    "邓 郑 沈 谭 潘 叶 田 苏), and two uncommon ones, 岑 (岑丽华) and 阚 (阚立新); 24 of the 61 Chinese names have two "
    "characters. SCORED = every slot of kind talk or panel: 7 + 8 + 8 + 8 + 7 + 8 = 46 (the opening speech and the "
    "round table counted; 44 without them)."
)
LAYOUT = (
    "CLK 2301 (第296届), 开封, 河南大学, 2301-10-19 (PNG, 1366 px wide, a FULL-PAGE SCREENSHOT of the conference "
    "site's programme page taken on a laptop at 1x, light grey page, content 1000 px wide): a white top bar (logo "
    "'CLK', site name, six links with '大会议程' lit, a button '报名参会'); a blue hero band with '第296届中国Linux内核"
    "开发者大会', its English line and the date and place; '大会议程' and a note line; a ROW OF TABS ('全部' selected, "
    "then the six forums without '分论坛'); then the six forums one under the other as white cards (主论坛, "
    "内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF "
    "应用分论坛'), each a heading with a blue bar and '会场：room' at the right, '主持人：name · company', and its rows: "
    "the range bold at the left ('13:30-13:55'), the bold title (wrapping where long), under it 'name · company' in "
    "smaller grey type, two speakers side by side on one line; check-in, tea and lunch rows as grey bands with an "
    "icon; a 圆桌 row with '主持：' and '嘉宾：' lines; a dark footer. 7 + 8 + 8 + 8 + 7 + 8 scored."
)


def main():
    im = render()
    path = os.path.join(HERE, FILE)
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert im.size[0] == W and 5500 <= im.size[1] <= 7000, im.size  # as tall as the page needs
    poster = {"file": FILE, "layout": LAYOUT, "date": DATE,
              "forums": [{"forum": n, "date": DATE, "slots": [truth_slot(s) for s in sl]} for n, _, _, sl in FORUMS]}
    n, sur, english = check(poster)
    print("scored talks", n, "surnames", sorted(sur.items(), key=lambda kv: -kv[1]))
    assert 42 <= n <= 55, n
    truth = {"written": "2026-12-17", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
