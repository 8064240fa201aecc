"""Draw the two-hundred-and-seventeenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK7217会议手册_页面_03.png .. _05.png and truth.json here.
Every string printed on the pages comes from the data below, so truth.json and the pictures cannot
drift apart.  No randomness at all.
The set stands in for CLK2025's ONE whole-agenda image (CLK2025全部议程.jpg, not in the corpus): a
reader who has the PRINTED PROGRAMME BOOKLET (会议手册) instead.  ONE invented edition, CLK 7217
(第5212届, 兰州, 兰州大学, Saturday 7217-10-28), with CLK2025's six forums.  Its programme fills pages
3 to 5 of the booklet, given as the booklet's PDF pages RENDERED at 150 dpi (A4 portrait, 1240 x 1754
PNG each, as Acrobat's 'export as PNG' names them: <document>_页面_NN.png).  The pages are a Word
document's plain tables: per forum a heading (a blue bar and the forum's name), a line
'主持人：name（unit）' with '地点：room' at its right, and a table with thin rules and a grey head row
时间 | 议题 | 演讲人 | 单位; breaks (茶歇, 午餐) are rows whose label spans 议题, 演讲人 and 单位.
Helpers TOKEN, NO_LINE_START, wrap_widths, wrap, T, P, B, plain, aff, truth_slot and saturday are
copied from bench/eval/posters-blind-164/draw.py (S and aff reduced to name and unit: the table has a
单位 column and prints no job titles), listing_words from it too, listing_forums from
posters-blind-212/draw.py, REAL_NAMES is set 212's list; font and tw from set 164 (pages drawn at K
times their size); the page, the four-column table and the checks are new.
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
K = 2  # the pages are drawn at 300 dpi and rendered down to 150 dpi


def font(size, bold=False, serif=False):
    fam = "Serif" if serif else "Sans"
    path = FD + "Noto%sCJK-%s.ttc" % (fam, "Bold" if bold else "Regular")
    key = (path, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, round(size * K), index=SC)
    return _fc[key]


def tw(text, f):
    """Advance width of a text in page px (150 dpi)."""
    return f.getlength(text) / K


TOKEN = re.compile(r"[（(《]?[A-Za-z0-9_\-./:+#'&]+[,)）》?]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”》"


def wrap_widths(text, f, widths):
    """Greedy wrap keeping Latin words whole; line i may be widths[i] wide (the last width repeats)."""
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        maxw = widths[min(len(lines), len(widths) - 1)]
        if not cur or tw(cur + tok.rstrip(), f) <= maxw or tok[0] in NO_LINE_START:
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def wrap(text, f, maxw):
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
    return wrap_widths(text, f, [maxw])


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


def S(name, unit):
    """A speaker as printed: the name in 演讲人, the unit on the same line in 单位."""
    return {"name": name, "unit": unit}


def aff(sp):
    """The affiliation the truth gives: the 单位 cell's line as printed."""
    return sp["unit"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# names of real speakers and hosts read on the real posters by earlier helpers (set 212's list); none may be used
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
    """The paths of the four real repositories' listings and CLK2022's README (set 164's)."""
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


# ===========================================================================
# CLK 7217 (第5212届), 兰州, 兰州大学, Saturday 7217-10-28: pages 3 to 5 of the printed programme booklet.
YEAR = 7217
DATE = "7217-10-28"
EDITION = "第5212届中国Linux内核开发者大会"
DOC = "CLK7217会议手册"
FOOTNOTE = "注：以上议程如有调整，以会议当天现场公布为准。"
H0, H1, H2, H3, H4, H5 = "杨志明", "李建军", "周海波", "陈晓东", "胡国强", "罗文华"
FORUMS = [
    ("主论坛", (H0, "兰州大学信息科学与工程学院"), "城关校区逸夫科学馆一楼报告厅", [
        T("09:00", "09:15", "开幕致辞", [S("赵永华", "兰州大学")], H0),
        T("09:15", "09:45", "Linux 内核社区三十年：维护者模型面临的新挑战", [S("王立新", "中国科学院软件研究所")], H0),
        T("09:45", "10:15", "面向国产服务器的操作系统内核长期维护实践", [S("刘建华", "麒麟软件")], H0),
        B("10:15", "10:30", "茶歇"),
        T("10:30", "11:00", "Kernel Live Patching at Fleet Scale: Lessons from Ten Million Hosts",
          [S("黄俊辉", "阿里云")], H0),
        T("11:00", "11:30", "大模型推理集群对内核内存管理与网络协议栈提出的新需求",
          [S("张伟", "腾讯"), S("周丽萍", "腾讯云")], H0),
        T("11:30", "12:00", "开源芯片生态下的内核上游协作：从第一个补丁到子系统维护者",
          [S("吴海涛", "华为技术有限公司")], H0),
        P("12:00", "12:40", "圆桌讨论：内核开发者的下一个十年", S("孙明", "浙江大学"),
          [S("李强", "字节跳动"), S("马丽娟", "统信软件"), S("何永军", "中兴通讯"), S("牟晓东", "龙芯中科")], H0),
        B("12:40", "13:30", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "阿里云"), "逸夫科学馆 201", [
        T("13:30", "14:00", "基于 DAMON 的冷热页识别在云主机内存超分中的应用", [S("王鹏飞", "中国电信天翼云")], H1),
        T("14:00", "14:30", "mTHP 在手机上的落地：碎片化与回收路径的权衡", [S("林振宇", "vivo")], H1),
        T("14:30", "15:00", "CXL Memory Tiering: Revisiting Page Promotion Policies", [S("刘洋", "英特尔")], H1),
        T("15:00", "15:30", "hugetlb 页面预留与 HVO 优化在虚拟化场景的实践", [S("郑海燕", "华为技术有限公司")], H1),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "cgroup v2 内存控制器下的 OOM 策略定制与容器稳定性", [S("陈静", "美团")], H1),
        T("16:15", "16:45", "slab 内存碎片的在线分析工具与治理经验",
          [S("宋文斌", "蚂蚁集团"), S("许丽君", "浙江大学")], H1),
        T("16:45", "17:15", "KSM 在安卓多应用场景下的内存去重收益评估", [S("梁志超", "OPPO")], H1),
        T("17:15", "17:45", "基于 folio 的匿名页回收路径改造进展", [S("张磊", "阿里云")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "华为技术有限公司"), "逸夫科学馆 202", [
        T("13:30", "13:55", "ext4 在线碎片整理的性能问题分析与改进", [S("李明", "京东")], H2),
        T("13:55", "14:20", "Btrfs 在车载存储中的写放大控制", [S("徐文涛", "理想汽车")], H2),
        T("14:20", "14:45", "NVMe over TCP 多路径故障切换的时延优化", [S("王建平", "中国移动")], H2),
        T("14:45", "15:10", "io_uring 在分布式存储客户端中的零拷贝实践",
          [S("高飞", "快手"), S("谢婷", "华中科技大学")], H2),
        B("15:10", "15:30", "茶歇"),
        T("15:30", "15:55", "Scaling XFS Log Recovery on Large Volumes", [S("唐建勇", "红帽")], H2),
        T("15:55", "16:20", "FUSE passthrough 模式在云盘网关中的应用与性能评估", [S("韩强", "网易")], H2),
        T("16:20", "16:45", "blk-mq 调度器选择对企业级 SSD 尾延迟的影响", [S("朱丽华", "长江存储")], H2),
        T("16:45", "17:10", "文件系统模糊测试：从 syzkaller 到面向磁盘镜像的定向 fuzzing", [S("陈志强", "清华大学")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "字节跳动"), "逸夫科学馆 203", [
        T("13:30", "14:00", "基于 sched_ext 的在离线混部调度策略实践", [S("刘伟", "腾讯")], H3),
        T("14:00", "14:30", "CPU burst 机制在延迟敏感业务中的线上调优", [S("黄晓峰", "百度")], H3),
        T("14:30", "15:00", "Tracing Lock Contention in Production with BPF and perf", [S("Tobias Hartmann", "SUSE")], H3),
        T("15:00", "15:30", "ftrace 与 kprobe 在嵌入式平台上的性能开销评估", [S("冯晓静", "中兴通讯")], H3),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "vmcore 大内存转储的并行压缩与加速", [S("邓志华", "浪潮信息")], H3),
        T("16:15", "16:45", "虚拟机中 PMU 采样精度问题的分析与改进", [S("赵磊", "海光信息")], H3),
        T("16:45", "17:15", "PREEMPT_RT 合入主线之后：工业控制场景下的延迟测试与调优",
          [S("曹俊", "地平线"), S("李婷", "东软集团")], H3),
        T("17:15", "17:45", "内核 softlockup 与 hung task 的自动定位实践", [S("彭军", "小米")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "中国科学院计算技术研究所"), "逸夫科学馆 204", [
        T("13:30", "14:00", "LoongArch 虚拟化扩展在 KVM 中的支持进展", [S("张海峰", "龙芯中科")], H4),
        T("14:00", "14:30", "RISC-V 服务器平台的 ACPI 与 UEFI 启动支持", [S("吴雪婷", "平头哥半导体")], H4),
        T("14:30", "15:00", "ARM64 MPAM 资源隔离在多租户云中的实践", [S("郭建华", "飞腾信息")], H4),
        T("15:00", "15:30", "GPU 驱动中的 HMM 与共享虚拟内存支持", [S("徐明", "摩尔线程")], H4),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "Running Confidential VMs on Arm CCA: Realm Management in Linux", [S("肖鹏", "Arm")], H4),
        T("16:15", "16:45", "国产 DPU 卸载 virtio 设备的内核适配与性能分析",
          [S("曾勇", "中科驭数"), S("王静", "中国科学院计算技术研究所")], H4),
        T("16:45", "17:15", "NPU 设备驱动中 DMA-BUF 共享与同步机制的设计", [S("张超", "寒武纪")], H4),
        T("17:15", "17:45", "TDX 机密虚拟机启动性能的分析与优化", [S("蒋文龙", "英特尔")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "腾讯"), "逸夫科学馆 205", [
        T("13:30", "13:55", "大模型训练集群中 RDMA 网络的内核调优实践", [S("孙宏伟", "百度智能云")], H5),
        T("13:55", "14:20", "基于 eBPF 的容器网络可观测性平台建设", [S("李志勇", "携程")], H5),
        T("14:20", "14:45", "GPU 显存与主机内存统一管理的探索", [S("王春燕", "沐曦")], H5),
        T("14:45", "15:10", "eBPF 验证器的限制与工程实践中的绕行方案", [S("赵斌", "兰州大学")], H5),
        B("15:10", "15:30", "茶歇"),
        T("15:30", "15:55", "Building Custom TCP Congestion Control with BPF struct_ops", [S("杨飞", "网易")], H5),
        T("15:55", "16:20", "推理服务冷启动：模型加载路径上的页缓存优化", [S("陈浩然", "阿里云")], H5),
        T("16:20", "16:45", "LSM BPF 在主机安全审计中的落地",
          [S("周鹏程", "奇安信"), S("罗静", "深信服")], H5),
        T("16:45", "17:10", "面向 AI 训练作业的 CPU 隔离与中断绑定策略", [S("佘建新", "蚂蚁集团")], H5),
    ]),
]
PAGES = [  # (file, booklet page number, the forums on it)
    (DOC + "_页面_03.png", 3, [0, 1]),
    (DOC + "_页面_04.png", 4, [2, 3]),
    (DOC + "_页面_05.png", 5, [4, 5]),
]

# --- the page (150 dpi px; drawn at K times that) --------------------------------
W, H = 1240, 1754
X0, X1 = 118, 1122  # the text block (20 mm margins)
COLS = [116, 424, 176, 288]  # 时间 | 议题 | 演讲人 | 单位 (1004 in all)
HEADS = ["时间", "议题", "演讲人", "单位"]
PAD_X, PAD_Y = 9, 8
LH = 26  # every line in a cell: title, name and unit lines share it, so a unit stands level with its name
INK = (26, 26, 26)
BLUE = (22, 64, 122)  # the headings and the bar before them
RULE_C = (70, 70, 70)
HEAD_FILL = (220, 228, 239)
BREAK_FILL = (243, 243, 243)
F_TIME = font(16.5, serif=True)
F_TITLE = font(17.5, serif=True)
F_NAME = font(17.5, serif=True)
F_LAB = font(17.5, serif=True)
F_UNIT = font(16.5, serif=True)
F_HEAD = font(17.5, bold=True)
F_BREAK = font(17.5, bold=True, serif=True)
LOG = {"title_lines": {}, "cell_lines": {}, "pages": {}}


def col_x(i):
    return X0 + sum(COLS[:i])


def text_at(d, x, y, text, f, fill=INK, anchor="ls"):
    d.text((x * K, y * K), text, font=f, fill=fill, anchor=anchor)


def hline(d, x0, x1, y, fill=RULE_C):
    """A thin rule (0.5 pt: one px at 150 dpi) from x0 to x1 at y (page px, snapped to the pixel grid)."""
    y = round(y)
    d.rectangle([round(x0) * K, y * K, round(x1) * K + K - 1, y * K + K - 1], fill=fill)


def vline(d, x, y0, y1, fill=RULE_C):
    x = round(x)
    d.rectangle([x * K, round(y0) * K, x * K + K - 1, round(y1) * K + K - 1], fill=fill)


def baseline(y, lh, f):
    """Baseline of a line box of lh px starting at y for a Noto CJK face (centred ink)."""
    return y + lh / 2 + f.size / K * 0.36


def time_text(s):
    return "%s-%s" % (s["start"], s["end"])


def name_lines(s):
    """The 演讲人 cell: [(label, name)], one line per person; a round table labels its moderator and first guest."""
    out = []
    for k, sp in enumerate(s["sp"]):
        label = ""
        if s["kind"] == "panel":
            label = "主持人：" if k == 0 else ("嘉宾：" if k == 1 else "")
        out.append((label, sp["name"]))
    return out


def row(d, y, s, draw):
    """One table row; returns the y under it."""
    if s["kind"] == "break":
        h = LH + 2 * PAD_Y
        if draw:
            d.rectangle([col_x(0) * K, (round(y) + 1) * K, col_x(4) * K, round(y + h) * K], fill=BREAK_FILL)
            text_at(d, (col_x(0) + col_x(1)) / 2, baseline(y + PAD_Y, LH, F_TIME), time_text(s), F_TIME, anchor="ms")
            text_at(d, (col_x(1) + col_x(4)) / 2, baseline(y + PAD_Y, LH, F_BREAK), s["title"], F_BREAK, anchor="ms")
            hline(d, col_x(0), col_x(4), y + h)
            for x in (col_x(0), col_x(1), col_x(4)):
                vline(d, x, y, y + h)
        return y + h
    wt = COLS[1] - 2 * PAD_X
    tl = wrap(s["title"], F_TITLE, wt)
    LOG["title_lines"][s["title"]] = tl
    nl = name_lines(s)
    LOG["cell_lines"][s["title"]] = ["".join(p) for p in nl]
    labw = max(tw(lab, F_LAB) for lab, _ in nl)
    namew = max(tw(n, F_NAME) for _, n in nl)
    assert labw + namew <= COLS[2] - 2 * PAD_X, ("演讲人 too narrow", nl)
    for sp in s["sp"]:
        assert tw(sp["unit"], F_UNIT) <= COLS[3] - 2 * PAD_X, ("单位 too narrow", sp)
    h = max(len(tl), len(nl)) * LH + 2 * PAD_Y
    if draw:
        text_at(d, (col_x(0) + col_x(1)) / 2, baseline(y + (h - LH) / 2, LH, F_TIME), time_text(s), F_TIME,
                anchor="ms")
        ty = y + (h - len(tl) * LH) / 2
        for i, t in enumerate(tl):
            text_at(d, col_x(1) + PAD_X, baseline(ty + i * LH, LH, F_TITLE), t, F_TITLE)
        sy = y + (h - len(nl) * LH) / 2
        cx2 = (col_x(2) + col_x(3)) / 2
        cx3 = (col_x(3) + col_x(4)) / 2
        for i, ((lab, name), sp) in enumerate(zip(nl, s["sp"])):
            by = baseline(sy + i * LH, LH, F_NAME)
            if s["kind"] == "panel":  # a tab stop: labels right-aligned before it, names left-aligned after it
                x = cx2 - (labw + namew) / 2 + labw
                if lab:
                    text_at(d, x, by, lab, F_LAB, anchor="rs")
                text_at(d, x, by, name, F_NAME)
            else:
                text_at(d, cx2, by, name, F_NAME, anchor="ms")
            text_at(d, cx3, baseline(sy + i * LH, LH, F_UNIT), sp["unit"], F_UNIT, anchor="ms")
        hline(d, col_x(0), col_x(4), y + h)
        for i in range(5):
            vline(d, col_x(i), y, y + h)
    return y + h


def table_head(d, y, draw):
    h = 34
    if draw:
        d.rectangle([col_x(0) * K, (round(y) + 1) * K, col_x(4) * K, round(y + h) * K], fill=HEAD_FILL)
        for i, lab in enumerate(HEADS):
            text_at(d, (col_x(i) + col_x(i + 1)) / 2, baseline(y, h, F_HEAD), lab, F_HEAD, anchor="ms")
        hline(d, col_x(0), col_x(4), y)
        hline(d, col_x(0), col_x(4), y + h)
        for i in range(5):
            vline(d, col_x(i), y, y + h)
    return y + h


def section(d, y, k, draw):
    """One forum: heading, the host line with the room at its right, the table.  Returns the y under it."""
    name, host, room, slots = FORUMS[k]
    f = font(21, bold=True)
    if draw:
        d.rectangle([X0 * K, (y + 6) * K, (X0 + 5) * K - 1, (y + 28) * K], fill=BLUE)
        text_at(d, X0 + 14, baseline(y, 34, f), name, f, fill=BLUE)
    y += 34 + 4
    fi, fb = font(16.5, serif=True), font(16.5, bold=True, serif=True)
    runs = [("主持人：", fb), (host[0], fi), ("（%s）" % host[1], fi)]
    rr = [("地点：", fb), (room, fi)]
    wl = sum(tw(t, ff) for t, ff in runs)
    wr = sum(tw(t, ff) for t, ff in rr)
    assert wl + wr + 40 <= X1 - X0, (runs, rr)
    if draw:
        x = X0
        for t, ff in runs:
            text_at(d, x, baseline(y, 26, ff), t, ff)
            x += tw(t, ff)
        x = X1 - wr
        for t, ff in rr:
            text_at(d, x, baseline(y, 26, ff), t, ff)
            x += tw(t, ff)
    y += 26 + 8
    y = table_head(d, y, draw)
    for s in slots:
        y = row(d, y, s, draw)
    return y


def page_text(d, num, forums, draw):
    """The printed page.  Returns the y under the last table."""
    fh = font(13, serif=True)
    if draw:  # running head: the booklet's title and the section, a hairline under them; the folio at the foot
        text_at(d, X0, 78, EDITION + "　会议手册", fh, fill=(90, 90, 90))
        text_at(d, X1, 78, "会议日程", fh, fill=(90, 90, 90), anchor="rs")
        hline(d, X0, X1, 86, fill=(150, 150, 150))
        text_at(d, W / 2, 1690, str(num), font(14, serif=True), fill=(60, 60, 60), anchor="ms")
    y = 112
    if forums[0] == 0:
        f = font(28, bold=True)
        if draw:
            text_at(d, W / 2, baseline(y, 42, f), "会议日程", f, anchor="ms")
        y += 42 + 2
        fd = font(16.5, serif=True)
        if draw:
            text_at(d, W / 2, baseline(y, 26, fd), "7217年10月28日（星期六）　甘肃 · 兰州　兰州大学城关校区", fd,
                    anchor="ms")
        y += 26 + 14
    else:
        y += 4
    for n, k in enumerate(forums):
        if n:
            y += 34
        y = section(d, y, k, draw)
    if forums[-1] == len(FORUMS) - 1 and draw:  # the last page closes the programme with the organisers' proviso
        text_at(d, X0, y + 36, FOOTNOTE, font(15, serif=True), fill=(60, 60, 60))
    return y


def render(num, forums):
    big = Image.new("RGB", (W * K, H * K), (255, 255, 255))
    d = ImageDraw.Draw(big)
    LOG["pages"][num] = page_text(d, num, forums, True)
    return big.resize((W, H), Image.LANCZOS)


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 164): speakers are names as printed with spaces removed "
    "(the Latin name 'Tobias Hartmann' -> 'TobiasHartmann'; no Chinese name is padded); host is the name printed after "
    "'主持人：' on the line over the forum's table, for every talk and the round table of that forum, null for breaks "
    "(the unit in brackets after it is no part of it); start/end HH:MM on a 24-hour clock; an opening speech printed "
    "with a speaker ('开幕致辞', 赵永华 of 兰州大学) is a talk; '茶歇' and '午餐' are breaks, '午餐' closing 主论坛; the "
    "afternoon forums end with their last talk; every forum carries the edition's date. ONE invented edition stands in "
    "for CLK2025's ONE whole-agenda image (CLK2025全部议程.jpg, not in the corpus): CLK 7217 (第5212届, 兰州, 兰州大学, "
    "Saturday 7217-10-28), as a reader holding the PRINTED PROGRAMME BOOKLET (会议手册) sees it: its programme fills the "
    "booklet's pages 3, 4 and 5, given as the booklet's PDF pages rendered at 150 dpi (A4 portrait, 1240 x 1754 PNG, "
    "white page, clean anti-aliased type, no scan effects), named as Acrobat exports pages "
    "('CLK7217会议手册_页面_03.png' ..'_05.png'). The six forums are CLK2025's folder names without their numbers, in "
    "folder order: 主论坛 in the morning, the five others in parallel in the afternoon. Each PAGE is ONE entry of the "
    "truth holding the two forums printed on it, in printed order (page 3: 主论坛, 内存管理与优化分论坛; page 4: "
    "文件系统与存储分论坛, 调度、性能与调试分论坛; page 5: 硬件架构与异构计算分论坛, AI 基础设施与 eBPF 应用分论坛); no forum "
    "and no talk is on two pages. Judgement calls: (1) The running head ('第5212届中国Linux内核开发者大会　会议手册' at "
    "the left, '会议日程' at the right, over a hairline), the page title '会议日程' and the date line '7217年10月28日（星期六）"
    "　甘肃 · 兰州　兰州大学城关校区' on page 3, the folios '3', '4', '5' at the foot, and page 5's closing line "
    "'注：以上议程如有调整，以会议当天现场公布为准。' are never part of a name, a title or a slot. (2) Each forum is its "
    "heading (a blue bar, then the forum's name in blue 黑体; the bar is no part of the name), then ONE line: "
    "'主持人：' + the host + '（unit）' at the left and '地点：' + the room at the right; the room is no part of the "
    "forum's name and the host's unit is no affiliation. (3) Each table has a grey head row '时间 | 议题 | 演讲人 | 单位' "
    "(column labels, no slot) and thin rules round every cell. The range ('13:30-14:00') is centred in 时间; the title "
    "stands in 议题, left-aligned, wrapped inside the cell where too long: a wrapped title is one title, joined with a "
    "space where the line broke at a space between Latin words and without one where it broke inside Chinese text "
    "(twelve titles wrap, all over two lines: the five English-only ones that wrap, broken at spaces, and seven Chinese "
    "ones, all broken between two Chinese characters, some leaving two characters on the second line: '…内存超分中的' / "
    "'应用', '…与容器稳' / '定性', '…应用与性能' / '评估'); the speaker's name stands centred in 演讲人 and his unit centred "
    "in 单位 ON THE SAME LINE; the table prints no job titles, so an affiliation is the 单位 line alone, exactly as "
    "printed ('华为技术有限公司', '中国科学院计算技术研究所', 'vivo', 'Arm'). All cells are vertically centred, so a "
    "one-line title stands level with the middle of a two-line cell. (4) A two-speaker talk prints the two names one "
    "under the other in 演讲人 and their two units one under the other in 单位, each unit level with its own name: "
    "speakers top then bottom, each with the unit on his own line (six such talks, one per forum: 张伟 腾讯 / 周丽萍 "
    "腾讯云, 宋文斌 蚂蚁集团 / 许丽君 浙江大学, 高飞 快手 / 谢婷 华中科技大学, 曹俊 地平线 / 李婷 东软集团, 曾勇 中科驭数 / "
    "王静 中国科学院计算技术研究所, 周鹏程 奇安信 / 罗静 深信服). (5) Breaks are grey rows with the range in 时间 and the "
    "label ('茶歇', '午餐', bold) centred in ONE cell spanning 议题, 演讲人 and 单位. (6) The round table "
    "'圆桌讨论：内核开发者的下一个十年' (12:00-12:40) is ONE slot of kind 'panel': its 演讲人 cell holds five lines set "
    "at a tab stop, '主持人：孙明', '嘉宾：李强', then 马丽娟, 何永军 and 牟晓东 under the first guest's name, each with "
    "his unit on the same line in 单位; the speakers are the moderator then the guests top to bottom, one affiliation "
    "each; the labels '主持人：' and '嘉宾：' are no names; the title keeps '圆桌讨论：'; the moderator (孙明) is not the "
    "forum's host (杨志明), though both are printed after '主持人：'. (7) English-only titles: one per forum, six in "
    "all, one of them ('Tracing Lock Contention in Production with' / 'BPF and perf') by the only Latin-named speaker, "
    "Tobias Hartmann (SUSE); 'Scaling XFS Log Recovery on Large Volumes' is the one on a single line. Surnames are "
    "those of a real Chinese kernel conference (63 people, 62 Chinese): 王 李 five times each, 张 陈 four times, 刘 赵 "
    "周 three times, 杨 黄 吴 孙 徐 罗 twice, 马 胡 朱 郭 何 高 林 once, fourteen more of the hundred commonest once "
    "(郑 宋 许 梁 谢 唐 韩 冯 邓 曹 彭 肖 曾 蒋), and two rare ones, 牟 (牟晓东, a guest of the round table) and 佘 "
    "(佘建新); 23 of the 62 names have two characters. SCORED = every slot of kind talk or panel: 7 + 8 + 8 + 8 + 8 "
    "+ 8 = 47 (the opening speech and the round table counted; 45 without them)."
)
LAYOUTS = {
    3: ("CLK 7217 (第5212届), 兰州, 兰州大学, 7217-10-28: page 3 of the A4 programme booklet rendered at 150 dpi "
        "(PNG 1240 x 1754, white, clean): running head, '会议日程', the date line, then 主论坛 and "
        "内存管理与优化分论坛, each a blue heading, a line '主持人：name（unit）' with '地点：room' at the right, and a "
        "ruled table 时间 | 议题 | 演讲人 | 单位 (grey head row; 茶歇/午餐 rows spanning 议题 to 单位; a two-speaker "
        "talk as two names over two units; the round table's cell '主持人：' / '嘉宾：' at a tab stop); folio '3'. "
        "7 + 8 scored."),
    4: ("CLK 7217, page 4 of the same booklet, rendered the same way: running head, 文件系统与存储分论坛 and "
        "调度、性能与调试分论坛 in the same tables (the Latin speaker Tobias Hartmann in the second); white space "
        "under the second table; folio '4'. 8 + 8 scored."),
    5: ("CLK 7217, page 5 of the same booklet: running head, 硬件架构与异构计算分论坛 and AI 基础设施与 eBPF "
        "应用分论坛 in the same tables, then the line '注：以上议程如有调整，以会议当天现场公布为准。'; folio '5'. "
        "8 + 8 scored."),
}


def scored(forums=range(6)):
    return [s for k in forums for s in FORUMS[k][3] if s["kind"] != "break"]


WRAPPED = [  # the titles printed over two lines, as the layout breaks them (checked), in printed order
    ["Kernel Live Patching at Fleet Scale: Lessons", "from Ten Million Hosts"],
    ["大模型推理集群对内核内存管理与网络协议栈提出的", "新需求"],
    ["开源芯片生态下的内核上游协作：从第一个补丁到子", "系统维护者"],
    ["基于 DAMON 的冷热页识别在云主机内存超分中的", "应用"],
    ["CXL Memory Tiering: Revisiting Page", "Promotion Policies"],
    ["cgroup v2 内存控制器下的 OOM 策略定制与容器稳", "定性"],
    ["FUSE passthrough 模式在云盘网关中的应用与性能", "评估"],
    ["文件系统模糊测试：从 syzkaller 到面向磁盘镜像的", "定向 fuzzing"],
    ["Tracing Lock Contention in Production with", "BPF and perf"],
    ["PREEMPT_RT 合入主线之后：工业控制场景下的延", "迟测试与调优"],
    ["Running Confidential VMs on Arm CCA: Realm", "Management in Linux"],
    ["Building Custom TCP Congestion Control with", "BPF struct_ops"],
]

COMMON20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
RARE = "牟佘"
SURNAMES = {  # the exact counts of the 62 Chinese names (hosts, moderator and guests included)
    "王": 5, "李": 5, "张": 4, "陈": 4, "刘": 3, "赵": 3, "周": 3, "杨": 2, "黄": 2, "吴": 2, "孙": 2, "徐": 2, "罗": 2,
    "马": 1, "胡": 1, "朱": 1, "郭": 1, "何": 1, "高": 1, "林": 1,
    "郑": 1, "宋": 1, "许": 1, "梁": 1, "谢": 1, "唐": 1, "韩": 1, "冯": 1, "邓": 1, "曹": 1, "彭": 1, "肖": 1, "曾": 1,
    "蒋": 1, "牟": 1, "佘": 1}


def people():
    out = []
    for name, host, room, sl in FORUMS:
        out.append(host[0])
        out += [sp["name"] for s in sl for sp in s["sp"]]
    return out


def check(posters):
    """What the brief asks; no person twice; no real name; no title or name of the real repositories."""
    words = listing_words()
    assert [n for n, _, _, _ in FORUMS] == listing_forums() == SIX
    assert saturday(DATE), DATE
    assert int(DATE[:4]) == YEAR and EDITION.startswith("第%d届" % (YEAR - 2005))
    slots = [s for _, _, _, sl in FORUMS for s in sl]
    for k, (name, host, room, sl) in enumerate(FORUMS):
        for a, b in zip(sl, sl[1:]):
            assert a["end"] == b["start"], (a, b)
        for s in sl:
            assert s["start"] < s["end"]
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == host[0]
            assert s["kind"] == "break" or 1 <= len(s["sp"]) <= (5 if s["kind"] == "panel" else 2)
            assert all(sp["name"] != host[0] for sp in s["sp"])
        assert sum(s["title"] == "茶歇" for s in sl) == 1, name
        assert sl[0]["start"] == ("09:00" if k == 0 else "13:30")
    assert FORUMS[0][3][-1]["title"] == "午餐" and all(f[3][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert sum(s["kind"] == "panel" for s in slots) == 1
    two = [sum(len(s["sp"]) == 2 for s in sl if s["kind"] == "talk") for _, _, _, sl in FORUMS]
    assert two == [1] * 6, two
    assert any(s["title"] == "开幕致辞" and s["sp"] for s in slots)
    ppl = people()
    latin = [p for p in ppl if re.fullmatch(r"[A-Za-z ]+", p)]
    assert latin == ["Tobias Hartmann"], latin
    english = [s["title"] for s in scored() if re.fullmatch(r"[\x20-\x7e]+", s["title"])]
    assert [sum(t in english for t in [s["title"] for s in scored([k])]) for k in range(6)] == [1] * 6, english
    assert len(ppl) == len(set(ppl)), sorted(p for p in ppl if ppl.count(p) > 1)
    assert not set(map(plain, ppl)) & set(REAL_NAMES)
    chinese = [p for p in ppl if p not in latin]
    assert all(2 <= len(p) <= 3 for p in chinese)
    sur = {}
    for p in chinese:
        sur[p[0]] = sur.get(p[0], 0) + 1
    if SURNAMES is not None:
        assert sur == SURNAMES, sur
    for s in scored():
        assert s["title"] not in words, s["title"]
        for sp in s["sp"]:
            assert plain(sp["name"]) not in words, sp["name"]
    titles = [s["title"] for s in scored()]
    assert len(titles) == len(set(titles))
    # the layout the note describes
    wrapped = [ls for ls in LOG["title_lines"].values() if len(ls) > 1]
    assert all(len(ls) == 2 for ls in wrapped), wrapped
    assert all(len(ls[-1].replace(" ", "")) >= 2 for ls in wrapped), wrapped
    if WRAPPED is not None:
        assert wrapped == WRAPPED, wrapped
    for t, ls in LOG["title_lines"].items():  # the join rule the note gives gives back the title
        j = ls[0]
        for nxt in ls[1:]:
            j += (" " if re.match(r"[\x21-\x7e]", j[-1]) and re.match(r"[\x21-\x7e]", nxt[0]) else "") + nxt
        assert j == t, (t, ls)
    assert sum(len(p) == 2 for p in chinese) == 23 and len(chinese) == 62
    assert sum(sur.get(c, 0) for c in "王李张刘陈") == 21 and sum(sur.get(c, 0) for c in COMMON20) == 46
    assert sorted(c for c in sur if c in RARE) == sorted(RARE)
    for num, bottom in LOG["pages"].items():
        assert bottom <= 1640, (num, bottom)  # clear of the folio
    counts = [sum(s["kind"] != "break" for s in sl) for _, _, _, sl in FORUMS]
    assert counts == [7, 8, 8, 8, 8, 8], counts
    assert [len(p["forums"]) for p in posters] == [2, 2, 2]
    return len(titles), sur, wrapped


def main():
    posters = []
    for fname, num, forums in PAGES:
        im = render(num, forums)
        assert im.size == (W, H)
        path = os.path.join(HERE, fname)
        im.save(path, optimize=True)
        assert 200_000 <= os.path.getsize(path) <= 1_000_000, os.path.getsize(path)
        print(fname, "%d x %d" % im.size, os.path.getsize(path), "bottom", LOG["pages"][num])
        posters.append({"file": fname, "layout": LAYOUTS.get(num, ""), "date": DATE,
                        "forums": [{"forum": FORUMS[k][0], "date": DATE,
                                    "slots": [truth_slot(s) for s in FORUMS[k][3]]} for k in forums]})
    n, sur, wrapped = check(posters)
    print("scored talks", n)
    print("surnames", sorted(sur.items(), key=lambda kv: -kv[1]))
    for ls in wrapped:
        print("  wrapped", ls)
    assert 42 <= n <= 55, n
    truth = {"written": "2026-12-21", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
