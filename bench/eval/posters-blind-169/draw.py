"""Draw the hundred-and-sixty-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes clk3707-lianyungang-programme-cards-fullpage.png and truth.json next to
this file.  Every string printed on the picture comes from the data below, so truth.json and the picture
cannot drift apart.  No randomness at all.  The set stands in for CLK2022's ONE agenda image: ONE invented
edition, CLK 3707 (第1702届, 连云港, 江苏海洋大学, Saturday 3707-10-22), published as the programme PAGE of
the conference's web site and saved by a reader as ONE FULL-PAGE BROWSER SCREENSHOT (a 1280 px CSS
viewport at one device pixel per CSS px, the whole page, no browser window, no sidebar).  The page: a white
site header with the nav links; a blue hero band (edition, date, place); the heading '大会议程'; then
CLK2022's four forums one under the other, each a heading (with its room at the right), a host line
'主持人 name · company job', and a LIST OF TALK CARDS (not a table): each card a rounded box with the
time range in a coloured PILL on the left, the title in bold beside it (wrapping where long), and under
the title one line per speaker, 'name · company job'.  Sign-in, tea and lunch are slim cards with a grey
pill; the round table lists its moderator and guests, each line after a small tag '主持' or '嘉宾'.
Helpers font, adv, TOKEN, NO_LINE_START, runs_layout, T, P, B, plain, truth_slot, saturday, REAL_NAMES,
listing_words and FORUM_NAMES are copied from bench/eval/posters-blind-160/draw.py (REAL_NAMES is the
union of set 160's and set 164's lists; S now holds 'company job' as one string); everything else is new.
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
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, aff):
    """A speaker as printed: 'name · company job' (the affiliation as printed, one string)."""
    return {"name": name, "aff": aff}


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# names of real speakers and hosts (sets 138's and 152's lists, from the real posters and listings); none may be used
REAL_NAMES = sorted(set([
    "付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
    "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
    "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
    "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
    "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "郑琦", "李培锋", "彭志光", "司延腾", "殷锋卫", "谈鉴锋",
    "李治军", "许珉嘉", "宋牧春", "谢旻晟", "郭健", "朱彦军", "韩传华", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "左泽", "王海粟", "江锋", "黄睿",
    "李扬韬", "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "祝嘉", "张子扬", "谢昱晟", "伍勃", "王建政", "LianboJiang", "慕冬亮", "甄鹏", "谢淼", "周傲易",
    "李志", "邹贻鹏", "廖肇燕"]))


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


FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's README


# ===========================================================================
# CLK 3707 (第1702届), 连云港, 江苏海洋大学, Saturday 3707-10-22: ONE full-page screenshot of the programme page.
W = 1280
DATE = "3707-10-22"
FILE = "clk3707-lianyungang-programme-cards-fullpage.png"
H0 = S("徐怀章", "江苏海洋大学 计算机工程学院院长")
H1 = S("马砚秋", "中国科学技术大学 副教授")
H2 = S("林伯谦", "上海交通大学 教授")
H3 = S("何永刚", "字节跳动 存储内核负责人")
G0, G1, G2, G3 = (h["name"] for h in (H0, H1, H2, H3))

FORUMS = [
    ("主论坛", H0, "图书馆一楼报告厅", [
        B("08:30", "09:00", "签到"),
        T("09:00", "09:15", "开幕致辞", [S("孙建平", "江苏海洋大学 副校长")], G0),
        T("09:15", "09:45", "LTS 支持期缩短对商业发行版内核维护节奏的影响",
          [S("王守谦", "华为 openEuler 内核首席专家")], G0),
        T("09:45", "10:15", "Arm64 Enablement Ahead of Hardware: Notes from an Upstream-First Team",
          [S("Rodrigo Alves", "Arm Principal Software Engineer")], G0),
        T("10:15", "10:45", "智算集群里的操作系统：多卡 GPU 整机故障下的内核稳定性工程",
          [S("李泓毅", "阿里云 内核团队负责人"), S("张序东", "阿里云 高级技术专家")], G0),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:30", "国产操作系统发行版中的 Rust for Linux：驱动选型与工具链适配", [S("刘景澄", "麒麟软件 内核研发部部长")], G0),
        T("11:30", "12:00", "从手机到车机：基于 GKI 的内核分支治理、厂商私有补丁的上游化，以及十年长期维护背后的成本账怎么算",
          [S("陈晨", "小米 系统内核专家")], G0),
        P("12:00", "12:40", "圆桌：高校、企业与社区如何一起带出内核新人", S("杨沛霖", "中国科学院软件研究所 研究员"),
          [S("黄绍琨", "清华大学 副教授"), S("赵庭宽", "统信软件 CTO"), S("厍宏宇", "龙芯中科 操作系统总监"),
           S("周芷蘅", "OPPO 内核技术负责人")], G0),
        B("12:40", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", H1, "第一分会场（图书馆 301）", [
        T("13:30", "13:55", "从 CFS 切到 EEVDF 之后：搜索服务的尾延迟回归排查", [S("王麓川", "腾讯 TencentOS 内核工程师")], G1),
        T("13:55", "14:20", "LoongArch KVM 中断虚拟化：EIOINTC 直通与 AVEC 支持", [S("李楚钧", "龙芯中科 内核工程师")], G1),
        T("14:20", "14:45", "Cluster-Aware Load Balancing for Hybrid x86 Parts That Share L2",
          [S("梁少华", "英特尔 软件架构师")], G1),
        T("14:45", "15:10", "鲲鹏多 NUMA 服务器的任务放置：按访存特征调整迁移决策，减少跨片访存带来的性能抖动",
          [S("张瑞", "华为 调度技术专家"), S("郑以恒", "浙江大学 博士研究生")], G1),
        T("15:10", "15:35", "用 CPU burst 缓解 CFS 带宽限流造成的毛刺：混部集群实践", [S("刘启骞", "字节跳动 系统工程师")], G1),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "5G 基站软件的实时性验证：基于 PREEMPT_RT 搭建测试体系，以及长尾延迟定位与中断线程化的调优经验",
          [S("陈冠宇", "中兴通讯 操作系统工程师")], G1),
        T("16:15", "16:40", "Making Proxy Execution Work for Lock-Heavy Services: What a Production Trial Showed So Far", [S("谢明哲", "美团 内核工程师")], G1),
        T("16:40", "17:05", "RISC-V 向量扩展下的上下文切换：惰性保存的收益实测", [S("赵子墨", "算能科技 内核工程师")], G1),
        T("17:05", "17:30", "飞腾平台 MPAM 驱动适配：缓存与内存带宽分区", [S("吴嘉澍", "飞腾信息技术 系统软件工程师")], G1),
        T("17:30", "17:55", "手机大小核调度：从 EAS 能效模型到前台帧率", [S("宋雨晴", "vivo 性能优化工程师")], G1),
    ]),
    ("内存管理与异构计算分论坛", H2, "第二分会场（图书馆 305）", [
        T("13:30", "13:50", "mTHP 匿名大页上手机以后：碎片、回收与 swap 的连锁反应", [S("王雅琴", "荣耀 内核专家")], G2),
        T("13:50", "14:10", "Freeing PTE Pages in Sparse Address Spaces: Where the Memory Went",
          [S("黄晓玲", "SUSE 内核工程师")], G2),
        T("14:10", "14:30", "CXL 分层内存的热页识别：用硬件采样代替缺页来驱动晋升",
          [S("李梦婷", "英特尔 内存子系统工程师"), S("唐启明", "北京大学 博士研究生")], G2),
        T("14:30", "14:50", "MGLRU 在大规模容器集群的参数调整与回退经验", [S("周拓野", "快手 内核工程师")], G2),
        T("14:50", "15:10", "HugeTLB vmemmap 精简对虚拟机启动时间的影响", [S("张可欣", "百度智能云 虚拟化工程师")], G2),
        B("15:10", "15:30", "茶歇"),
        T("15:30", "15:50", "CPU 与 GPU 统一寻址：基于 HMM 的设备内存迁移在大模型训练任务中的性能评估、问题定位与优化",
          [S("陈雨桐", "摩尔线程 驱动架构师"), S("胡一帆", "中国科学院计算技术研究所 副研究员")], G2),
        T("15:50", "16:10", "昇腾 NPU 驱动接入 SVA：共享虚拟地址与 dma-buf 导入导出", [S("郭卫澜", "华为 昇腾内核工程师")], G2),
        T("16:10", "16:30", "KSM for Dense VM Hosts: Smart Scan and the Cost of Merging", [S("韩亦舟", "腾讯云 高级工程师")], G2),
        T("16:30", "16:50", "内存热插拔在云主机弹性扩缩容中的实践：ZONE_MOVABLE 容量规划、页面迁移失败的根因分析与修复",
          [S("逯晓川", "天翼云 内核工程师")], G2),
        T("16:50", "17:10", "zswap 回写与 memcg 保护：在线服务的内存压缩方案选型", [S("王缙", "蚂蚁集团 内核专家")], G2),
    ]),
    ("IO 与 ebpf 分论坛", H3, "第三分会场（图书馆 309）", [
        T("13:30", "13:55", "对象存储网关的接收路径改造：io_uring 零拷贝 RX 落地记", [S("李鉴川", "网易 存储工程师")], G3),
        T("13:55", "14:20", "Torn-Write Protection Without Double Writes: Using Block-Layer Atomic Writes in MySQL",
          [S("冯嘉琪", "西部数据 固件与内核工程师")], G3),
        T("14:20", "14:45", "NVMe-oF 多路径切换为什么慢：一次 RDMA 链路故障的时间线剖析",
          [S("张晏清", "浪潮信息 存储内核工程师"), S("邓文涛", "华中科技大学 博士研究生")], G3),
        T("14:45", "15:10", "容器镜像按需加载：用 FUSE passthrough 减少一次数据拷贝", [S("刘宏亮", "京东 内核工程师")], G3),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "基于 XDP 的四层负载均衡：从 DPDK 迁回内核的得与失", [S("朱晓明", "华为云 网络内核工程师")], G3),
        T("15:50", "16:15", "Hitting the Verifier's Limits While Shipping Large struct_ops Programs, and the Workarounds We Kept",
          [S("杨峻岭", "腾讯 eBPF 技术专家")], G3),
        T("16:15", "16:40", "用 eBPF 做磁盘延迟的全链路观测：从块层、文件系统到应用线程的逐层归因方法与三个线上案例复盘",
          [S("罗婧", "小红书 可观测性工程师")], G3),
        T("16:40", "17:05", "多租户容器的强制访问控制：用 BPF LSM 写一个策略引擎", [S("高天宇", "中国移动 安全研究员")], G3),
        T("17:05", "17:30", "智能座舱存储的掉电一致性测试：ext4 与 F2FS 对比", [S("许睿", "蔚来 智能系统工程师")], G3),
    ]),
]

# --- page style (CSS px = device px) ----------------------------------------
WHITE = (255, 255, 255)
PAGE_BG = (245, 247, 250)
INK, INK2, GREY, FAINT = (29, 33, 41), (86, 94, 106), (138, 145, 156), (214, 219, 226)
CARD_LINE = (226, 230, 236)
BREAK_BG = (250, 251, 252)
ACCENT = (22, 93, 255)
PANEL_PILL = (114, 46, 209)
BREAK_PILL, BREAK_PILL_INK = (236, 239, 243), (96, 104, 116)
HEADER_H = 64
MX0, MX1 = 160, W - 160  # the content container (960 px)
PILL_W, PILL_H = 132, 30
CARD_PAD_X, CARD_PAD_Y = 20, 18
TX = CARD_PAD_X + PILL_W + 24  # the title's x inside a card
TW = (MX1 - MX0) - TX - CARD_PAD_X  # the title's width (764 px)
F_PILL = font(14, True)
F_TITLE = font(18, True)
F_NAME, F_AFF = font(15, True), font(15)
F_TAG = font(12)
LH_T, LH_S = 28, 26
CARD_GAP = 12
SEP = " · "

LAYOUT_LOG = {"title_lines": {}, "speaker_lines": {}}


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


def text_line(d, x, y, lh, runs):
    """Runs drawn on one line box of height lh whose top is y (baseline where a browser puts it)."""
    for text, f, col in runs:
        d.text((x, y + lh / 2 + f.size * 0.36), text, font=f, fill=col, anchor="ls")
        x += adv(text, f)
    return x


def time_text(s):
    return "%s - %s" % (s["start"], s["end"])


def pill(d, x, y, text, fill, ink):
    d.rounded_rectangle([x, y, x + PILL_W - 1, y + PILL_H - 1], radius=PILL_H // 2, fill=fill)
    assert adv(text, F_PILL) < PILL_W - 16
    d.text((x + PILL_W / 2, y + PILL_H / 2 + 14 * 0.36), text, font=F_PILL, fill=ink, anchor="ms")


def tag(d, x, y, text):
    """A small outlined tag ('主持', '嘉宾') on a speaker line whose box top is y; returns the x after it."""
    w = adv(text, F_TAG) + 12
    d.rounded_rectangle([x, y + 4, x + w, y + LH_S - 5], radius=3, outline=FAINT, fill=WHITE)
    d.text((x + w / 2, y + LH_S / 2 + 12 * 0.36), text, font=F_TAG, fill=GREY, anchor="ms")
    return x + w + 8


def card(d, y, s, draw):
    """One talk card (or a slim break card).  Returns the y under it (gap included)."""
    x0, x1 = MX0, MX1
    if s["kind"] == "break":
        h = CARD_PAD_Y * 2 + PILL_H - 8
        if draw:
            d.rounded_rectangle([x0, y, x1 - 1, y + h - 1], radius=10, fill=BREAK_BG, outline=CARD_LINE)
            pill(d, x0 + CARD_PAD_X, y + (h - PILL_H) // 2, time_text(s), BREAK_PILL, BREAK_PILL_INK)
            text_line(d, x0 + TX, y + (h - LH_T) // 2, LH_T, [(s["title"], font(16, True), INK2)])
        return y + h + CARD_GAP
    lines = runs_layout([(s["title"], F_TITLE, INK)], TW)
    LAYOUT_LOG["title_lines"][s["title"]] = ["".join(t for _, t, _, _ in ln) for ln in lines]
    sp_lines = []
    for i, sp in enumerate(s["sp"]):
        lab = None if s["kind"] != "panel" else ("主持" if i == 0 else "嘉宾")
        sp_lines.append((lab, [(sp["name"], F_NAME, INK), (SEP, F_AFF, GREY), (sp["aff"], F_AFF, INK2)]))
        assert adv(sp["name"] + SEP + sp["aff"], F_AFF) + 60 < TW, sp  # no speaker line wraps
    LAYOUT_LOG["speaker_lines"][s["title"]] = [((lab + " ") if lab else "") + "".join(t for t, _, _ in r)
                                               for lab, r in sp_lines]
    inner = len(lines) * LH_T + 6 + len(sp_lines) * LH_S
    h = CARD_PAD_Y * 2 + inner
    if draw:
        d.rounded_rectangle([x0, y, x1 - 1, y + h - 1], radius=10, fill=WHITE, outline=CARD_LINE)
        pill(d, x0 + CARD_PAD_X, y + CARD_PAD_Y - 1, time_text(s), PANEL_PILL if s["kind"] == "panel" else ACCENT,
             WHITE)
        yy = y + CARD_PAD_Y
        for ln in lines:
            for x, t, f, c in ln:
                text_line(d, x0 + TX + x, yy, LH_T, [(t, f, c)])
            yy += LH_T
        yy += 6
        for lab, runs in sp_lines:
            x = x0 + TX
            if lab:
                x = tag(d, x, yy, lab)
            text_line(d, x, yy, LH_S, runs)
            yy += LH_S
    return y + h + CARD_GAP


def section(d, y, k, draw):
    """One forum: heading with its room at the right, host line, the cards.  Returns the y under it."""
    name, host, room, slots = FORUMS[k]
    y += 44
    if draw:
        d.rounded_rectangle([MX0, y + 6, MX0 + 4, y + 30], radius=2, fill=ACCENT)
        text_line(d, MX0 + 16, y, 36, [(name, font(24, True), INK)])
        f = font(14)
        lab = "会场：" + room
        text_line(d, MX1 - adv(lab, f), y + 4, 32, [("会场：", f, GREY), (room, f, INK2)])
    y += 36 + 8
    if draw:
        f = font(15)
        text_line(d, MX0 + 16, y, 26, [("主持人　", f, GREY), (host["name"], font(15, True), INK), (SEP, f, GREY),
                                       (host["aff"], f, INK2)])
    y += 26 + 16
    for s in slots:
        y = card(d, y, s, draw)
    return y


SITE = "中国Linux内核开发者大会"
NAV = ["首页", "大会介绍", "大会议程", "演讲嘉宾", "往届回顾", "联系我们"]
NAV_ON = "大会议程"


def header_bar(d):
    h = HEADER_H
    d.rectangle([0, 0, W - 1, h - 1], fill=WHITE)
    d.line([(0, h - 1), (W - 1, h - 1)], fill=CARD_LINE)
    d.rounded_rectangle([MX0, 14, MX0 + 52, 50], radius=6, fill=ACCENT)
    d.text((MX0 + 26, 32), "CLK", font=font(16, True), fill=WHITE, anchor="mm")
    text_line(d, MX0 + 66, 19, 26, [(SITE, font(18, True), INK)])
    f = font(14)
    bw = adv("立即报名", f) + 32
    d.rounded_rectangle([MX1 - bw, 16, MX1, 48], radius=16, fill=ACCENT)
    d.text((MX1 - bw / 2, 32 + 14 * 0.36), "立即报名", font=f, fill=WHITE, anchor="ms")
    x = MX1 - bw - 28
    for item in reversed(NAV):
        on = item == NAV_ON
        ff = font(14, on)
        w = adv(item, ff)
        text_line(d, x - w, 19, 26, [(item, ff, ACCENT if on else INK2)])
        if on:
            d.rectangle([x - w, h - 3, x - 1, h - 1], fill=ACCENT)
        x -= w + 26
    assert x > MX0 + 66 + adv(SITE, font(18, True)) + 20
    return h


HERO = ["第1702届中国Linux内核开发者大会", "CHINA LINUX KERNEL DEVELOPERS CONFERENCE · CLK 3707",
        "3707年10月22日（星期六）　|　连云港 · 江苏海洋大学苍梧校区"]


def hero(d, y):
    h = 200
    c0, c1 = (14, 56, 170), (38, 120, 255)
    for i in range(W):
        t = i / (W - 1)
        col = tuple(round(a + (b - a) * t) for a, b in zip(c0, c1))
        d.line([(i, y), (i, y + h - 1)], fill=col)
    text_line(d, MX0, y + 42, 48, [(HERO[0], font(34, True), WHITE)])
    text_line(d, MX0, y + 96, 22, [(HERO[1], font(14), (200, 216, 255))])
    text_line(d, MX0, y + 130, 28, [(HERO[2], font(17), WHITE)])
    return y + h


def title_area(d, y, draw):
    y += 36
    if draw:
        text_line(d, MX0, y, 40, [("大会议程", font(28, True), INK)])
    y += 40 + 6
    if draw:
        text_line(d, MX0, y, 24, [("上午主论坛，下午三个分论坛同时进行。议程如有调整，以大会现场公布为准。", font(14), GREY)])
    return y + 24 + 4


FOOT = ["主办：中国Linux内核开发者大会组委会　　承办：江苏海洋大学计算机工程学院",
        "© 3707 中国Linux内核开发者大会　版权所有　　苏ICP备37070022号-1"]


def footer(d, y):
    h = 100
    d.rectangle([0, y, W - 1, y + h - 1], fill=(32, 36, 44))
    for j, ln in enumerate(FOOT):
        d.text((W / 2, y + 37 + j * 26), ln, font=font(13), fill=(158, 165, 176), anchor="mm")
    return y + h


def paint(im, draw):
    d = ImageDraw.Draw(im)
    y = header_bar(d) if draw else HEADER_H
    y = hero(d, y) if draw else y + 200
    y = title_area(d, y, draw)
    for k in range(len(FORUMS)):
        y = section(d, y, k, draw)
    y += 48
    if draw:
        return footer(d, y)
    return y + 100


def render():
    h = paint(Image.new("RGB", (W, 8), PAGE_BG), False)
    im = Image.new("RGB", (W, h), PAGE_BG)
    assert paint(im, True) == h
    return im


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 128, 144, 148, 160): speakers are names as printed "
    "with spaces removed (the Latin name 'Rodrigo Alves' -> 'RodrigoAlves'; no Chinese name is padded); host is the "
    "name printed after '主持人' under the forum's heading, for every talk and the round table of that forum, null "
    "for breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, in "
    "printed order; an opening speech printed with a speaker ('开幕致辞', 孙建平) is a talk; '签到', '茶歇' and '午餐' "
    "(printed without a speaker) are breaks, '午餐' closing 主论坛; a forum with no break after its last talk ends "
    "with it; every forum carries the edition's date. ONE invented edition stands in for CLK2022's ONE agenda image: "
    "CLK 3707 (第1702届, 连云港, 江苏海洋大学, Saturday 3707-10-22), published as the programme PAGE of the "
    "conference's web site and saved as ONE FULL-PAGE BROWSER SCREENSHOT, 1280 px wide (a 1280 CSS px viewport at "
    "one device pixel per CSS px; the whole page, no browser window, no sidebar), holding CLK2022's four forums under "
    "the names its README gives them (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with "
    "its spaces and lower-case 'ebpf'), one under the other in README order; the truth has ONE entry with the four "
    "forums in that order. Judgement calls: (1) The white site header (a 'CLK' logo, '中国Linux内核开发者大会', the "
    "nav links '首页 大会介绍 大会议程 演讲嘉宾 往届回顾 联系我们', a button '立即报名'), the blue hero band "
    "('第1702届中国Linux内核开发者大会', 'CHINA LINUX KERNEL DEVELOPERS CONFERENCE · CLK 3707', "
    "'3707年10月22日（星期六）　|　连云港 · 江苏海洋大学苍梧校区'), the heading '大会议程', the line '上午主论坛，下午三个"
    "分论坛同时进行。议程如有调整，以大会现场公布为准。' and the dark footer (主办, 承办, copyright, "
    "'苏ICP备37070022号-1') are never part of a name, a title or a slot. (2) Each forum is its heading (a blue bar "
    "and the name, 24 px bold) with '会场：' + the room at the right end of the same line (no part of the forum's "
    "name), and under it the line '主持人　name · company job': the host is the name after '主持人'; his "
    "'company job' is no affiliation of any slot. (3) Each slot is a CARD (a rounded box; not a table): the range in a "
    "PILL at the left ('09:15 - 09:45', a hyphen with a space either side; blue for talks, violet for the round table, "
    "light grey with grey text for breaks), the title in bold (18 px) beside it, and under the title ONE LINE PER "
    "SPEAKER, 'name · company job' (the name bold, ' · ' grey, 'company job' regular grey): the speaker is the text "
    "before ' · ', his affiliation the text after it as printed ('华为 openEuler 内核首席专家', 'Arm Principal "
    "Software Engineer', '江苏海洋大学 副校长'); the middle dot is no part of either. (4) TWO SPEAKERS of one talk are "
    "two such lines, top then bottom (李泓毅 and 张序东, both 阿里云; 张瑞 and 郑以恒; 李梦婷 and 唐启明; 陈雨桐 and "
    "胡一帆; 张晏清 and 邓文涛). (5) A title that wraps is ONE title, joined with a space where the break falls at a "
    "space and without one inside Chinese text; EIGHT titles wrap, over two lines each, none over more (draw.py's WRAPPED, asserted): three "
    "English ones broken at spaces ('…What a Production Trial' / 'Showed So Far', '…Atomic Writes in' / 'MySQL', "
    "'…Programs, and the' / 'Workarounds We Kept') and five Chinese ones broken inside words ('…背后的成' / '本账怎么算', "
    "'…与中断线程' / '化的调优经验', '…问题定位' / '与优化' (a two-speaker talk), '…的根因分' / '析与修复', '…三个线上案' / "
    "'例复盘'); no speaker line wraps and every range stands on one line in its pill. (6) "
    "Break cards ('签到', '茶歇', '午餐') are slim cards with the range in a grey pill and the label, no speaker. (7) "
    "The round table '圆桌：高校、企业与社区如何一起带出内核新人' (12:00-12:40, violet pill) is ONE slot of kind "
    "'panel': its lines are a small outlined tag '主持' then '杨沛霖 · 中国科学院软件研究所 研究员', and four lines with "
    "the tag '嘉宾' (黄绍琨, 赵庭宽, 厍宏宇, 周芷蘅); the speakers are the moderator then the guests top to bottom, one "
    "affiliation each; the tags are no part of the names; the title keeps '圆桌：'; the moderator is not the forum's "
    "host (徐怀章). (8) English-only titles: one by the Latin-named speaker Rodrigo Alves (Arm) in 主论坛 and two in "
    "each afternoon forum by Chinese speakers; titles mixing Chinese and Latin words are many. Surnames are those of a "
    "real Chinese kernel conference: mostly the commonest (王 李 张 four times each, 刘 陈 three times, 杨 黄 赵 周 "
    "twice, 吴 徐 孙 马 胡 朱 郭 何 罗 高 林 once, nine more of the hundred commonest once each: 郑 梁 谢 宋 唐 韩 冯 "
    "邓 许), with two rare ones, 厍 (厍宏宇) and 逯 (逯晓川). SCORED = every slot of kind talk or panel: 7 + 10 + 10 + "
    "9 = 36 (the opening speech and the round table counted; 34 without them)."
)
LAYOUT = (
    "CLK 3707 (第1702届), 连云港, 江苏海洋大学, 3707-10-22 (PNG, 1280 px wide, a FULL-PAGE BROWSER SCREENSHOT of the "
    "conference site's programme page at 1x, light grey page, no sidebar): a white header (logo 'CLK', site name, "
    "six nav links with '大会议程' lit, a button '立即报名'); a blue hero band (edition, English line, date and "
    "place); the heading '大会议程' and a note line; then the four forums one under the other (主论坛, "
    "处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛'), each a heading with '会场：room' at the "
    "right, a line '主持人　name · company job', and a list of rounded CARDS: the range in a coloured pill at the "
    "left, the bold title beside it (wrapping where long), one line 'name · company job' per speaker under it; slim "
    "grey break cards (签到, 茶歇, 午餐); a violet round-table card with '主持'/'嘉宾' tags; a dark footer. "
    "7 + 10 + 10 + 9 scored."
)


def scored():
    return [s for _, _, _, sl in FORUMS for s in sl if s["kind"] != "break"]


WRAPPED = {  # every title that wraps, as laid out (two lines each)
    '从手机到车机：基于 GKI 的内核分支治理、厂商私有补丁的上游化，以及十年长期维护背后的成本账怎么算':
        ['从手机到车机：基于 GKI 的内核分支治理、厂商私有补丁的上游化，以及十年长期维护背后的成', '本账怎么算'],
    '5G 基站软件的实时性验证：基于 PREEMPT_RT 搭建测试体系，以及长尾延迟定位与中断线程化的调优经验':
        ['5G 基站软件的实时性验证：基于 PREEMPT_RT 搭建测试体系，以及长尾延迟定位与中断线程', '化的调优经验'],
    'Making Proxy Execution Work for Lock-Heavy Services: What a Production Trial Showed So Far':
        ['Making Proxy Execution Work for Lock-Heavy Services: What a Production Trial', 'Showed So Far'],
    'CPU 与 GPU 统一寻址：基于 HMM 的设备内存迁移在大模型训练任务中的性能评估、问题定位与优化':
        ['CPU 与 GPU 统一寻址：基于 HMM 的设备内存迁移在大模型训练任务中的性能评估、问题定位', '与优化'],
    '内存热插拔在云主机弹性扩缩容中的实践：ZONE_MOVABLE 容量规划、页面迁移失败的根因分析与修复':
        ['内存热插拔在云主机弹性扩缩容中的实践：ZONE_MOVABLE 容量规划、页面迁移失败的根因分', '析与修复'],
    'Torn-Write Protection Without Double Writes: Using Block-Layer Atomic Writes in MySQL':
        ['Torn-Write Protection Without Double Writes: Using Block-Layer Atomic Writes in', 'MySQL'],
    "Hitting the Verifier's Limits While Shipping Large struct_ops Programs, and the Workarounds We Kept":
        ["Hitting the Verifier's Limits While Shipping Large struct_ops Programs, and the", 'Workarounds We Kept'],
    '用 eBPF 做磁盘延迟的全链路观测：从块层、文件系统到应用线程的逐层归因方法与三个线上案例复盘':
        ['用 eBPF 做磁盘延迟的全链路观测：从块层、文件系统到应用线程的逐层归因方法与三个线上案', '例复盘'],
}
COMMON = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
RARE = {"厍", "逯"}


def check(poster):
    """What the brief asks; no person twice; no real name; no title or name of the real repositories."""
    words = listing_words()
    assert [n for n, _, _, _ in FORUMS] == FORUM_NAMES
    assert saturday(DATE), DATE
    slots = [s for _, _, _, sl in FORUMS for s in sl]
    people = []
    for name, host, room, sl in FORUMS:
        people.append(host["name"])
        people += [sp["name"] for s in sl for sp in s["sp"]]
        for a, b in zip(sl, sl[1:]):
            assert a["end"] == b["start"], (a, b)
        for s in sl:
            assert s["start"] < s["end"]
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == host["name"]
            assert (s["kind"] == "break") == (not s["sp"])
        assert sum(s["title"] == "茶歇" for s in sl) == 1, name
    assert FORUMS[0][3][-1]["title"] == "午餐" and all(f[3][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert FORUMS[0][3][0]["start"] == "08:30" and all(f[3][0]["start"] == "13:30" for f in FORUMS[1:])
    assert sum(s["kind"] == "panel" for s in slots) == 1
    assert [len(s["sp"]) for s in slots if s["kind"] == "panel"] == [5]
    two = [s["title"] for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
    assert len(two) == 5, two
    assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
    assert any(s["title"] == "开幕致辞" and s["sp"] for s in slots)
    latin = [sp["name"] for s in slots for sp in s["sp"] if re.fullmatch(r"[A-Za-z ]+", sp["name"])]
    assert latin == ["Rodrigo Alves"], latin
    english = [s["title"] for s in scored() if re.fullmatch(r"[\x20-\x7e]+", s["title"])]
    assert len(english) == 7, english
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(map(plain, people)) & set(REAL_NAMES)
    sur = {}
    for p in people:
        if not re.fullmatch(r"[A-Za-z ]+", p):
            sur[p[0]] = sur.get(p[0], 0) + 1
    assert sorted(k for k, v in sur.items() if v == 4) == sorted("王李张"), sur
    assert sorted(k for k, v in sur.items() if v == 3) == sorted("刘陈"), sur
    assert sorted(k for k, v in sur.items() if v == 2) == sorted("杨黄赵周"), sur
    assert max(sur.values()) == 4
    for c in COMMON:
        assert sur.get(c, 0) >= 1, (c, sur)
    assert sorted(k for k in sur if k not in COMMON and k not in RARE) == sorted("郑梁谢宋唐韩冯邓许"), sur
    assert sorted(p[0] for p in people if p[0] in RARE) == sorted(RARE)
    assert sum(v for k, v in sur.items() if k in COMMON) >= 0.75 * sum(sur.values())
    for s in scored():
        assert s["title"] not in words, s["title"]
        for sp in s["sp"]:
            assert plain(sp["name"]) not in words, sp["name"]
            assert SEP.strip() not in sp["name"] + sp["aff"]
    titles = [s["title"] for s in scored()]
    assert len(titles) == len(set(titles)) or titles.count("开幕致辞") == 1
    # the layout the note describes
    tl = LAYOUT_LOG["title_lines"]
    wrapped = {t: ls for t, ls in tl.items() if len(ls) > 1}
    assert wrapped == WRAPPED, wrapped
    assert all(len(ls) <= 2 for ls in tl.values())
    for t, ls in wrapped.items():
        assert len(ls[-1]) >= 3, ls  # no stub of one or two characters on a second line
    for s in scored():
        sl = LAYOUT_LOG["speaker_lines"][s["title"]]
        assert len(sl) == len(s["sp"])
        for i, (ln, sp) in enumerate(zip(sl, s["sp"])):
            lab = "" if s["kind"] != "panel" else ("主持 " if i == 0 else "嘉宾 ")
            assert ln == lab + sp["name"] + SEP + sp["aff"], ln
    assert len(poster["forums"]) == 4
    counts = [sum(s["kind"] != "break" for s in sl) for _, _, _, sl in FORUMS]
    assert counts == [7, 10, 10, 9], counts
    return len(titles), sur


def main():
    im = render()
    path = os.path.join(HERE, FILE)
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert im.size[0] == W and 4000 <= im.size[1] <= 7000, im.size
    poster = {"file": FILE, "layout": LAYOUT, "date": DATE,
              "forums": [{"forum": n, "date": DATE, "slots": [truth_slot(s) for s in sl]} for n, _, _, sl in FORUMS]}
    n, sur = check(poster)
    print("scored talks", n, "surnames", sorted(sur.items(), key=lambda kv: -kv[1]))
    assert 32 <= n <= 46, n
    truth = {"written": "2026-12-16", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
