"""Draw the hundred-and-sixtieth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes clk3601-hohhot-agenda-sidebar-fullpage.png and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the picture
cannot drift apart.  No randomness at all.  The set stands in for CLK2022's ONE agenda image:
ONE invented edition, CLK 3601 (第1596届, 呼和浩特, 内蒙古大学, Saturday 3601-10-20), published as
the programme PAGE of the conference's web site and saved by a reader as ONE FULL-PAGE BROWSER
SCREENSHOT (a 1440 px CSS viewport at one device pixel per CSS px, the whole page, no browser
window).  The page: a dark site header across the top; a LEFT SIDEBAR of links (大会议程 lit,
with the four forums as sub-links); in the main area a breadcrumb, the heading '大会议程', a
time and place line, then CLK2022's four forums, each a heading, a line
'主持人：name（unit）　　会场：room' and a TABLE with the columns 时间 / 题目 / 讲者 / 单位:
light horizontal rules between rows, no vertical rules, every cell's content CENTRED
VERTICALLY in its row; two speakers of one talk as two names one per line in 讲者 and two
units one per line in 单位 (a unit that wraps makes the 单位 cell taller than the 讲者 cell, and
both are centred on their own); tea, lunch and sign-in rows with an empty 讲者 and 单位; a 圆桌
row whose 讲者 cell lists the moderator '（主持）' and the guests; a note and the site's footer.
Helpers font, adv, TOKEN, NO_LINE_START, runs_layout, block, draw_block, plain, truth_slot,
saturday, REAL_NAMES, listing_words, FORUM_NAMES, T, P, B, S and aff are copied from
bench/eval/posters-blind-148/draw.py (T lost 'joined'; block lost its indents; draw_block is
unchanged); everything else is new.
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


def S(name, unit):
    """A speaker as printed: the name in 讲者, the unit (as printed, one string) in 单位."""
    return {"name": name, "unit": unit}


def aff(sp):
    return sp["unit"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# names of real speakers and hosts (set 138's list, from the real posters and listings); none may be used
REAL_NAMES = sorted(set([
    "付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
    "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
    "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
    "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
    "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "郑琦", "李培锋", "彭志光", "司延腾", "殷锋卫", "谈鉴锋",
    "李治军", "许珉嘉", "宋牧春", "谢旻晟", "郭健", "朱彦军", "韩传华", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "左泽", "王海粟", "江锋", "黄睿",
    "李扬韬", "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "祝嘉", "张子扬", "谢昱晟", "伍勃", "王建政", "LianboJiang", "慕冬亮", "甄鹏", "谢淼", "周傲易"]))


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
# CLK 3601 (第1596届), 呼和浩特, 内蒙古大学, Saturday 3601-10-20: ONE full-page screenshot of the site's agenda page.
W = 1440
DATE = "3601-10-20"
FILE = "clk3601-hohhot-agenda-sidebar-fullpage.png"
G0, G1, G2, G3 = "高振邦", "周启航", "李清扬", "罗嘉禾"
FORUMS = [
    ("主论坛", (G0, "内蒙古大学计算机学院"), "学术交流中心一楼报告厅", [
        B("08:30", "09:00", "签到"),
        T("09:00", "09:10", "开幕致辞", [S("孙秉文", "内蒙古大学")], G0),
        T("09:10", "09:40", "维护者老龄化之后：内核子系统的补丁评审如何持续下去", [S("王永康", "华为技术有限公司")], G0),
        T("09:40", "10:10", "From Out-of-Tree Port to Mainline: Notes on Landing a New CPU Architecture",
          [S("Kasper Holmgren", "Linaro")], G0),
        T("10:10", "10:40", "千卡训练集群的内核故障画像与自动隔离：龙蜥社区的做法",
          [S("李屹峰", "阿里云"), S("陈书瑶", "阿里云")], G0),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:25", "从 android14-6.1 到 android16-6.12：GKI 升级里的驱动兼容问题", [S("张牧野", "vivo")], G0),
        T("11:25", "11:55", "用 Rust 重写国产智能网卡驱动：从原型到进入发行版内核的一年半里，我们踩过的坑与上游社区的反馈",
          [S("杨启帆", "中科驭数")], G0),
        P("11:55", "12:40", "圆桌讨论：开源芯片与操作系统内核如何协同演进", S("刘鹤鸣", "中国科学院软件研究所"),
          [S("黄兆麟", "飞腾信息技术有限公司"), S("郑晓楠", "北京开源芯片研究院"), S("马骁骞", "统信软件"),
           S("弓守诚", "麒麟软件")], G0),
        B("12:40", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (G1, "龙芯中科"), "第一分会场（学术交流中心 203）", [
        T("13:30", "13:55", "给延迟敏感业务调 EEVDF：slice 与 lag 参数的线上经验", [S("王书杰", "腾讯")], G1),
        T("13:55", "14:20", "What Core Scheduling Really Costs Us on Shared Cloud Hosts",
          [S("陈佳铭", "字节跳动")], G1),
        T("14:20", "14:45", "龙芯服务器上的 KVM：直通中断、稳定计时器与 PMU 虚拟化的实现，以及在国产云平台上的性能评估",
          [S("李承泽", "龙芯中科技术股份有限公司"), S("吴晓雯", "兰州大学")], G1),
        T("14:45", "15:10", "RISC-V 服务器的 CPU 拓扑描述：ACPI PPTT 与调度域构建", [S("赵景澄", "算能科技")], G1),
        T("15:10", "15:35", "鲲鹏多 die 平台上的负载均衡与 LLC 亲和性优化", [S("张致远", "华为")], G1),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "为 OLTP 数据库写一个 sched_ext 调度器：设计、验证与线上灰度", [S("刘立恒", "美团")], G1),
        T("16:15", "16:40", "Keeping Isolated CPUs Quiet: Residual Ticks under nohz_full", [S("郭怀民", "中国移动云能力中心")], G1),
        T("16:40", "17:05", "海光处理器上 amd-pstate 驱动的适配与能效评估", [S("彭俊熙", "海光信息技术股份有限公司")], G1),
        T("17:05", "17:30", "实时补丁进主线以后：工业控制器实时性回归测试体系的建设，从 cyclictest 到全链路延迟追踪",
          [S("杨定邦", "中国电子科技集团公司第三十二研究所 操作系统事业部")], G1),
        T("17:30", "17:55", "大小核手机上 uclamp 策略与前台卡顿的关联分析", [S("唐静怡", "OPPO")], G1),
    ]),
    ("内存管理与异构计算分论坛", (G2, "浙江大学"), "第二分会场（学术交流中心 205）", [
        T("13:30", "13:50", "folio 改造之后的页缓存：回写路径的性能变化", [S("王若琳", "SUSE")], G2),
        T("13:50", "14:10", "Promoting Hot Pages from CXL Memory Without NUMA Hinting Faults",
          [S("黄子豪", "英特尔"), S("梁嘉伟", "上海交通大学")], G2),
        T("14:10", "14:30", "mTHP 上手机之后：碎片治理与 swap-in 大页回填", [S("张泽霖", "荣耀终端有限公司")], G2),
        T("14:30", "14:50", "容器平台内存压缩怎么选：zswap、zram 与不压缩的对比", [S("刘晗", "快手")], G2),
        T("14:50", "15:10", "国产 GPU 的共享虚拟内存实现：HMM 镜像、缺页迁移与 IOMMU 的配合",
          [S("陈澍", "摩尔线程智能科技（北京）有限责任公司 软件研发中心"), S("王文韬", "清华大学")], G2),
        B("15:10", "15:30", "茶歇"),
        T("15:30", "15:50", "Squeezing Idle Containers: DAMON-Guided Reclaim Across a Large Fleet",
          [S("周俊朗", "蚂蚁集团")], G2),
        T("15:50", "16:10", "内存超分的代价：virtio-balloon 与空闲页上报在云主机上的实测", [S("谢雨萱", "天翼云科技有限公司")], G2),
        T("16:10", "16:30", "面向大模型推理的 NPU 内存管理：从 dma-buf 堆到统一地址空间，驱动侧需要哪些内核接口",
          [S("胡振宁", "华为")], G2),
        T("16:30", "16:50", "线上 slab 碎片怎么看：观测方法与缓存合并的取舍", [S("宋明轩", "京东")], G2),
        T("16:50", "17:10", "热迁移中的 userfaultfd 写保护：实现要点与性能评估", [S("朱一川", "百度智能云")], G2),
        T("17:10", "17:30", "Per-VMA 锁合入后，数据库负载里还剩多少 mmap 锁竞争", [S("粟海峰", "小米")], G2),
    ]),
    ("IO 与 ebpf 分论坛", (G3, "网易数帆"), "第三分会场（学术交流中心 207）", [
        T("13:30", "14:00", "分布式存储网关的接收路径：用 io_uring 实现零拷贝", [S("李浩宇", "字节跳动")], G3),
        T("14:00", "14:30", "Chasing p99 Spikes in NVMe/TCP: Per-Queue CPU Affinity Done Right", [S("邓家豪", "新华三技术有限公司")], G3),
        T("14:30", "15:00", "容器里加载 BPF 的权限边界：BPF token 的设计与落地",
          [S("韩博文", "腾讯云"), S("张欣悦", "浙江大学")], G3),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:40", "块设备延迟热力图：用 eBPF 从内核采集、用户态聚合到可视化展示的全链路方案",
          [S("徐梓航", "小红书")], G3),
        T("15:40", "16:05", "XFS online fsck 在企业存储中的落地评估", [S("曹宇辰", "浪潮信息")], G3),
        T("16:05", "16:30", "A Year of Running Our Own Congestion Control Algorithm in BPF",
          [S("冯伟杰", "腾讯")], G3),
        T("16:30", "16:55", "ext4 多块分配器与 QLC 闪存：写放大从哪里来", [S("赵婉清", "中兴通讯")], G3),
        T("16:55", "17:20", "金融生产环境的文件访问控制：基于 BPF LSM 的细粒度策略", [S("林泽楷", "中国工商银行软件开发中心")], G3),
        T("17:20", "17:45", "混合盘阵列选哪个 IO 调度器：none、mq-deadline 还是 BFQ", [S("何骏驰", "统信软件")], G3),
    ]),
]

# --- page style (CSS px = device px) ----------------------------------------
WHITE = (255, 255, 255)
INK, INK2, GREY, FAINT = (31, 35, 40), (89, 96, 105), (140, 146, 154), (200, 200, 200)
HEADER_BG = (29, 42, 58)
ACCENT = (0, 110, 190)
SIDE_BG, SIDE_LINE, SIDE_ON = (246, 247, 249), (226, 229, 234), (229, 240, 251)
HEAD_BG, RULE, HEAD_RULE = (247, 248, 250), (232, 235, 239), (206, 211, 218)
HEADER_H = 64
SIDE_W = 232
MX0, MX1 = SIDE_W + 40, W - 40  # the main column (1128 px)
COLS = [128, 520, 160, 320]  # 时间 | 题目 | 讲者 | 单位
HEADS = ["时间", "题目", "讲者", "单位"]
PAD_X, PAD_Y = 14, 14
F_CELL, F_HEAD = font(15), font(15, True)
LH = 24  # line-height of every line in a cell
MOD_TAG = "（主持）"

LAYOUT_LOG = {"title_lines": {}, "name_lines": {}, "unit_lines": {}, "time_lines": {}, "offsets": {}}


def col_x(i):
    return MX0 + sum(COLS[:i])


assert col_x(4) == MX1


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
    """A cell's content: paragraphs (each a list of runs) one under the other (<br>), each wrapped.
    Returns (lines with their y offset, height)."""
    out, y = [], 0
    for runs in paragraphs:
        for ln in runs_layout(runs, maxw):
            out.append((y, ln))
            y += LH
    return out, y


def draw_block(d, x0, y0, lines):
    for dy, ln in lines:
        for x, t, f, c in ln:
            # a line box of LH px; the text's baseline where a browser puts it for Noto Sans CJK
            d.text((x0 + x, y0 + dy + LH / 2 + f.size * 0.36), t, font=f, fill=c, anchor="ls")


def time_text(s):
    return "%s-%s" % (s["start"], s["end"])


def cells_of(s):
    """The four cells of a row as blocks: time, title, names, units (names and units None for a break)."""
    w = [c - 2 * PAD_X for c in COLS]
    tb = block([[(time_text(s), F_CELL, INK2)]], w[0])
    if s["kind"] == "break":
        return tb, block([[(s["title"], F_CELL, GREY)]], w[1]), None, None
    ti = block([[(s["title"], F_CELL, INK)]], w[1])
    names = [[(sp["name"], F_CELL, INK)] for sp in s["sp"]]
    if s["kind"] == "panel":
        names[0] = [(s["sp"][0]["name"], F_CELL, INK), (MOD_TAG, F_CELL, GREY)]
    nb = block(names, w[2])
    ub = block([[(sp["unit"], F_CELL, INK2)] for sp in s["sp"]], w[3])
    return tb, ti, nb, ub


def line_texts(b):
    return ["".join(t for _, t, _, _ in ln) for _, ln in b[0]]


def table_row(d, y, s, draw):
    """One <tr>: as tall as its tallest cell plus padding; every cell's content CENTRED VERTICALLY
    (vertical-align: middle); a light rule under the row."""
    cells = cells_of(s)
    inner = max(b[1] for b in cells if b)
    h = inner + 2 * PAD_Y
    LAYOUT_LOG["time_lines"][(s["title"], s["start"])] = len(cells[0][0])
    if s["kind"] != "break":
        LAYOUT_LOG["title_lines"][s["title"]] = line_texts(cells[1])
        LAYOUT_LOG["name_lines"][s["title"]] = line_texts(cells[2])
        LAYOUT_LOG["unit_lines"][s["title"]] = line_texts(cells[3])
        LAYOUT_LOG["offsets"][s["title"]] = [(inner - b[1]) // 2 for b in cells]
    if draw:
        for i, b in enumerate(cells):
            if b:
                assert (inner - b[1]) % 2 == 0
                draw_block(d, col_x(i) + PAD_X, y + PAD_Y + (inner - b[1]) // 2, b[0])
        d.line([(MX0, y + h - 1), (MX1 - 1, y + h - 1)], fill=RULE)
    return y + h


def table_head(d, y, draw):
    h = 44
    if draw:
        d.rectangle([MX0, y, MX1 - 1, y + h - 1], fill=HEAD_BG)
        d.line([(MX0, y), (MX1 - 1, y)], fill=RULE)
        d.line([(MX0, y + h - 1), (MX1 - 1, y + h - 1)], fill=HEAD_RULE)
        for i, lab in enumerate(HEADS):
            d.text((col_x(i) + PAD_X, y + h / 2 + 15 * 0.36), lab, font=F_HEAD, fill=INK, anchor="ls")
    return y + h


def section(d, y, k, draw):
    """One forum: heading, host and room line, table.  Returns the y under it."""
    name, host, room, slots = FORUMS[k]
    y += 48
    if draw:
        d.rectangle([MX0, y + 5, MX0 + 3, y + 27], fill=ACCENT)
        d.text((MX0 + 14, y + 16 + 21 * 0.36), name, font=font(21, True), fill=INK, anchor="ls")
    y += 32 + 8
    if draw:
        f = font(14)
        x = MX0
        for text, col in (("主持人：", GREY), (host[0], INK), ("（%s）" % host[1], INK2), ("　　会场：", GREY),
                          (room, INK2)):
            d.text((x, y + 11 + 14 * 0.36), text, font=f, fill=col, anchor="ls")
            x += adv(text, f)
        assert x < MX1
    y += 22 + 14
    y = table_head(d, y, draw)
    for s in slots:
        y = table_row(d, y, s, draw)
    return y


SITE = "中国Linux内核开发者大会"
TOP_LINKS = ["新闻动态", "技术社区", "English"]


def header_bar(d):
    h = HEADER_H
    d.rectangle([0, 0, W - 1, h - 1], fill=HEADER_BG)
    d.rounded_rectangle([24, 14, 24 + 52, 50], radius=6, fill=ACCENT)
    d.text((24 + 26, 32), "CLK", font=font(16, True), fill=WHITE, anchor="mm")
    d.text((92, 32 + 18 * 0.36), SITE, font=font(18, True), fill=WHITE, anchor="ls")
    f = font(14)
    bw = adv("立即报名", f) + 32
    d.rounded_rectangle([W - 24 - bw, 16, W - 24, 48], radius=4, fill=ACCENT)
    d.text((W - 24 - bw / 2, 32 + 14 * 0.36), "立即报名", font=f, fill=WHITE, anchor="ms")
    x = W - 24 - bw - 32
    for item in reversed(TOP_LINKS):
        w = adv(item, f)
        d.text((x - w, 32 + 14 * 0.36), item, font=f, fill=(196, 206, 220), anchor="ls")
        x -= w + 28
    return h


SIDE_ITEMS = [("第1596届大会", "label"), ("大会首页", "link"), ("大会简介", "link"), ("大会议程", "on")] + \
    [(n, "sub") for n in FORUM_NAMES] + \
    [("演讲嘉宾", "link"), ("会议直播", "link"), ("交通与住宿", "link"), ("往届回顾", "link"), ("联系我们", "link")]


def sidebar(d, y0, y1):
    """The left column: a light panel the height of the page between header and footer, links at its top."""
    d.rectangle([0, y0, SIDE_W - 1, y1 - 1], fill=SIDE_BG)
    d.line([(SIDE_W - 1, y0), (SIDE_W - 1, y1 - 1)], fill=SIDE_LINE)
    y = y0 + 24
    for text, kind in SIDE_ITEMS:
        if kind == "label":
            d.text((24, y + 12 + 13 * 0.36), text, font=font(13), fill=GREY, anchor="ls")
            y += 24 + 8
        elif kind == "sub":
            f = font(14)
            d.text((44, y + 17 + 14 * 0.36), text, font=f, fill=INK2, anchor="ls")
            assert 44 + adv(text, f) < SIDE_W - 12
            y += 34
        else:
            on = kind == "on"
            if on:
                d.rectangle([0, y, SIDE_W - 2, y + 43], fill=SIDE_ON)
                d.rectangle([0, y, 2, y + 43], fill=ACCENT)
            d.text((24, y + 22 + 15 * 0.36), text, font=font(15, on), fill=ACCENT if on else INK, anchor="ls")
            y += 44
    return y


CRUMB = "首页 > 第1596届大会 > 大会议程"
INFO = [("时间：", GREY), ("3601年10月20日（星期六）", INK2), ("　　地点：", GREY),
        ("内蒙古大学南校区 学术交流中心", INK2)]


def title_area(d, y, draw):
    y += 22
    if draw:
        d.text((MX0, y + 10 + 13 * 0.36), CRUMB, font=font(13), fill=GREY, anchor="ls")
    y += 20 + 22
    if draw:
        d.text((MX0, y + 18 + 28 * 0.36), "大会议程", font=font(28, True), fill=INK, anchor="ls")
    y += 36 + 12
    if draw:
        f, x = font(15), MX0
        for text, col in INFO:
            d.text((x, y + 12 + 15 * 0.36), text, font=f, fill=col, anchor="ls")
            x += adv(text, f)
    y += 24 + 18
    if draw:
        d.line([(MX0, y), (MX1 - 1, y)], fill=RULE)
    return y + 1


NOTE_LINE = "注：议程如有调整，以大会现场公布为准；演讲视频与讲稿将于会后在“往届回顾”栏目发布。"
FOOT = ["主办：中国Linux内核开发者大会组委会　　承办：内蒙古大学计算机学院",
        "© 3601 中国Linux内核开发者大会　版权所有　　蒙ICP备36010020号-1"]


def footer(d, y):
    h = 96
    d.rectangle([0, y, W - 1, y + h - 1], fill=(33, 37, 43))
    for j, ln in enumerate(FOOT):
        d.text((W / 2, y + 35 + j * 26), ln, font=font(13), fill=(160, 166, 176), anchor="mm")
    return y + h


def paint(im, draw):
    d = ImageDraw.Draw(im)
    y = header_bar(d) if draw else HEADER_H
    y = title_area(d, y, draw)
    for k in range(len(FORUMS)):
        y = section(d, y, k, draw)
    y += 28
    if draw:
        d.text((MX0, y + 10 + 14 * 0.36), NOTE_LINE, font=font(14), fill=GREY, anchor="ls")
    y += 20 + 56
    if draw:
        side_end = sidebar(d, HEADER_H, y)
        assert side_end < y
        return footer(d, y)
    return y + 96


def render():
    h = paint(Image.new("RGB", (W, 8), WHITE), False)
    im = Image.new("RGB", (W, h), WHITE)
    assert paint(im, True) == h
    return im


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 128, 144, 148): speakers are names as printed with "
    "spaces removed (the Latin name 'Kasper Holmgren' -> 'KasperHolmgren'; no Chinese name is padded); host is the "
    "name printed after '主持人：' under the forum's heading, for every talk and the round table of that forum, null for "
    "breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, in "
    "printed order; an opening speech printed with a speaker ('开幕致辞', 孙秉文) is a talk; '签到', '茶歇' and '午餐' "
    "(printed without a speaker) are breaks, '午餐' closing 主论坛; a forum with no break after its last talk ends with "
    "it; every forum carries the edition's date. ONE invented edition stands in for CLK2022's ONE agenda image: CLK "
    "3601 (第1596届, 呼和浩特, 内蒙古大学, Saturday 3601-10-20), published as the programme PAGE of the conference's "
    "web site and saved as ONE FULL-PAGE BROWSER SCREENSHOT, 1440 px wide (a 1440 CSS px viewport at one device pixel "
    "per CSS px; the whole page, no browser window), holding CLK2022's four forums under the names its README gives "
    "them (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and lower-case "
    "'ebpf'), one table per forum, one under the other in README order; the truth has ONE entry with the four forums "
    "in that order. Text sizes are a web page's at 1x: every table cell 15 px. Judgement calls: (1) The dark site "
    "header (a 'CLK' logo, '中国Linux内核开发者大会', links '新闻动态 技术社区 English', a button '立即报名'), the "
    "breadcrumb '首页 > 第1596届大会 > 大会议程', the heading '大会议程', the line '时间：3601年10月20日（星期六）　　"
    "地点：内蒙古大学南校区 学术交流中心', the note '注：议程如有调整，…' and the dark footer (主办, 承办, copyright, "
    "'蒙ICP备36010020号-1') are never part of a name, a title or a slot. (2) A LEFT SIDEBAR (232 px, light grey, the "
    "full height of the page between header and footer) holds the site's links at its top: '第1596届大会' (a grey "
    "label), '大会首页', '大会简介', '大会议程' (lit), under it the four forum names as indented sub-links (in README "
    "order), then '演讲嘉宾', '会议直播', '交通与住宿', '往届回顾', '联系我们'. The sidebar is navigation: no forum, no "
    "slot, no part of a heading, a title or a name, although its forum names stand level with the top of the page "
    "(beside the heading '大会议程' and 主论坛's first rows); each forum is given once, by its own heading in the main "
    "area and the table under it. (3) Each forum is its heading (a blue bar and the name, 21 px bold) and the line "
    "under it, '主持人：' + the host + '（unit）' + '　　会场：' + the room: the host is the name after '主持人：', the "
    "unit in brackets is no affiliation, and the room is no part of the forum's name. (4) Each table has a light grey "
    "head row '时间 | 题目 | 讲者 | 单位' (column labels, no slot), no vertical rules, a LIGHT HORIZONTAL RULE under "
    "every row, and EVERY CELL'S CONTENT CENTRED VERTICALLY in its row; the range is printed '09:10-09:40' (no "
    "spaces); the title is in 题目, the speaker's name in 讲者 and his unit in 单位 (the organisation, twice with a "
    "department; this table prints no job titles), so a speaker's affiliation is the 单位 text of his line. (5) TWO "
    "SPEAKERS of one talk are two names one per line in ONE 讲者 cell and two units one per line in the 单位 cell, "
    "paired by ORDER (李屹峰 and 陈书瑶, '阿里云' printed twice; 李承泽 and 吴晓雯; 黄子豪 and 梁嘉伟; 陈澍 and 王文韬; "
    "韩博文 and 张欣悦). In the row of 陈澍 and 王文韬 the first unit WRAPS ('摩尔线程智能科技（北京）有限责任公司 软' / "
    "'件研发中心') so that the 单位 cell has three lines and the 讲者 cell two; both are centred on their own, so the two "
    "names stand level with the GAPS between the unit lines (陈澍 between the first and second, 王文韬 between the "
    "second and third): 陈澍's affiliation is '摩尔线程智能科技（北京）有限责任公司 软件研发中心' and 王文韬's '清华大学' "
    "(pairing by order, not by height). Likewise the one-line name 杨定邦 stands level with the gap between the two "
    "lines of his wrapped unit, and one-line cells stand level with the middle of two-line titles. (6) A wrapped cell "
    "is one text, joined with a space where the break falls at a space and without one inside Chinese text or "
    "inside a word: '中国电子科技集团公司第三十二研究所 操作' / '系统事业部' -> '中国电子科技集团公司第三十二研究所 "
    "操作系统事业部'; '…有限责任公司 软' / '件研发中心' -> '…有限责任公司 软件研发中心'; seven titles over two lines "
    "(no title over more): two English ones broken at spaces ('…a New CPU' / 'Architecture', '…Across a Large' / "
    "'Fleet') and five Chinese ones, broken inside words or before a Latin word ('…一年半里，我' / '们踩过的坑…', "
    "'…的建设，从' / 'cyclictest 到全链路延迟追踪' joined with a space, '…驱动' / '侧需要哪些内核接口', '…展示的全' / "
    "'链路方案', '…的实现，以' / '及在国产云平台上的性能评估'). No name wraps; every range is on one line. (7) "
    "Break rows ('签到', '茶歇', '午餐') print the range and the label (grey) in 题目 and leave 讲者 and 单位 empty. (8) "
    "The round table '圆桌讨论：开源芯片与操作系统内核如何协同演进' (11:55-12:40) is ONE slot of kind 'panel': its 讲者 "
    "cell reads '刘鹤鸣（主持）' (the tag grey), then '黄兆麟', '郑晓楠', '马骁骞', '弓守诚', one per line, and its 单位 "
    "cell the five units line for line ('中国科学院软件研究所', '飞腾信息技术有限公司', '北京开源芯片研究院', '统信软件', "
    "'麒麟软件'); the speakers are the moderator then the guests top to bottom, one affiliation each; the tag '（主持）' "
    "is no part of the name ('刘鹤鸣'); the title keeps '圆桌讨论：'; the moderator is not the forum's host (高振邦). (9) "
    "English-only titles: one by the Latin-named speaker Kasper Holmgren (Linaro) in 主论坛 and six by Chinese speakers "
    "in the afternoon forums (two per forum); titles mixing Chinese and Latin words are many. Surnames are those of a "
    "real Chinese kernel conference: mostly the commonest (王 李 张 four times each, 刘 陈 three times, 杨 黄 赵 周 "
    "twice, 吴 孙 马 胡 朱 郭 何 罗 高 林 徐 once, ten more of the hundred commonest once each: 郑 梁 谢 宋 唐 韩 冯 邓 "
    "曹 彭), with two rare ones, 弓 (弓守诚) and 粟 (粟海峰). SCORED = every slot of kind talk or panel: 7 + 10 + 11 + 9 "
    "= 37 (the opening speech and the round table counted; 35 without them)."
)
LAYOUT = (
    "CLK 3601 (第1596届), 呼和浩特, 内蒙古大学, 3601-10-20 (PNG, 1440 px wide, a FULL-PAGE BROWSER SCREENSHOT of the "
    "conference site's programme page at 1x, white page): a dark header across the top (logo 'CLK', site name, three "
    "links, a button '立即报名'); a LEFT SIDEBAR of links ('大会议程' lit, the four forums as indented sub-links); in "
    "the main area a breadcrumb, the heading '大会议程', a time and place line, then the four forums one under the "
    "other (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛'), each a heading with a blue bar, "
    "'主持人：name（unit）　　会场：room' and a four-column table '时间 | 题目 | 讲者 | 单位' with light horizontal rules, "
    "no vertical rules and every cell centred vertically: the range '13:30-13:55', the title (wrapping where long), "
    "the name(s) one per line, the unit(s) one per line (one wrapped unit making its cell a line taller than the "
    "names beside it); 签到/茶歇/午餐 rows with the label in 题目; a 圆桌 row with 'name（主持）' and four guests; a note "
    "and a dark footer. 7 + 10 + 11 + 9 scored."
)


def scored():
    return [s for _, _, _, sl in FORUMS for s in sl if s["kind"] != "break"]


WRAPPED_TITLES = [
    "From Out-of-Tree Port to Mainline: Notes on Landing a New CPU Architecture",
    "用 Rust 重写国产智能网卡驱动：从原型到进入发行版内核的一年半里，我们踩过的坑与上游社区的反馈",
    "龙芯服务器上的 KVM：直通中断、稳定计时器与 PMU 虚拟化的实现，以及在国产云平台上的性能评估",
    "实时补丁进主线以后：工业控制器实时性回归测试体系的建设，从 cyclictest 到全链路延迟追踪",
    "Squeezing Idle Containers: DAMON-Guided Reclaim Across a Large Fleet",
    "面向大模型推理的 NPU 内存管理：从 dma-buf 堆到统一地址空间，驱动侧需要哪些内核接口",
    "块设备延迟热力图：用 eBPF 从内核采集、用户态聚合到可视化展示的全链路方案",
]
WRAPPED_UNITS = {  # the units that wrap in 单位, as laid out
    "实时补丁进主线以后：工业控制器实时性回归测试体系的建设，从 cyclictest 到全链路延迟追踪":
        ["中国电子科技集团公司第三十二研究所 操作", "系统事业部"],
    "国产 GPU 的共享虚拟内存实现：HMM 镜像、缺页迁移与 IOMMU 的配合":
        ["摩尔线程智能科技（北京）有限责任公司 软", "件研发中心", "清华大学"],
}
COMMON = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
RARE = {"弓", "粟"}


def check(poster):
    """What the brief asks; no person twice; no real name; no title or name of the real repositories."""
    words = listing_words()
    assert [n for n, _, _, _ in FORUMS] == FORUM_NAMES
    assert saturday(DATE), DATE
    slots = [s for _, _, _, sl in FORUMS for s in sl]
    people = []
    for name, host, room, sl in FORUMS:
        people.append(host[0])
        people += [sp["name"] for s in sl for sp in s["sp"]]
        for a, b in zip(sl, sl[1:]):
            assert a["end"] == b["start"], (a, b)
        for s in sl:
            assert s["start"] < s["end"]
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == host[0]
        assert sum(s["title"] == "茶歇" for s in sl) == 1, name
    assert FORUMS[0][3][-1]["title"] == "午餐" and all(f[3][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert FORUMS[0][3][0]["start"] == "08:30" and all(f[3][0]["start"] == "13:30" for f in FORUMS[1:])
    assert sum(s["kind"] == "panel" for s in slots) == 1
    two = [s["title"] for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
    assert len(two) == 5, two
    assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
    assert any(s["title"] == "开幕致辞" and s["sp"] for s in slots)
    latin = [sp["name"] for s in slots for sp in s["sp"] if re.fullmatch(r"[A-Za-z ]+", sp["name"])]
    assert latin == ["Kasper Holmgren"], latin
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
    assert sorted(p[0] for p in people if p[0] in RARE) == sorted(RARE)
    assert sum(v for k, v in sur.items() if k in COMMON) >= 0.7 * sum(sur.values())
    for s in scored():
        assert s["title"] not in words, s["title"]
        for sp in s["sp"]:
            assert plain(sp["name"]) not in words, sp["name"]
    titles = [s["title"] for s in scored()]
    assert len(titles) == len(set(titles))
    # the layout the note describes
    assert set(LAYOUT_LOG["time_lines"].values()) == {1}
    tl, nl, ul = LAYOUT_LOG["title_lines"], LAYOUT_LOG["name_lines"], LAYOUT_LOG["unit_lines"]
    wrapped = sorted(t for t, ls in tl.items() if len(ls) > 1)
    assert wrapped == sorted(WRAPPED_TITLES), wrapped
    assert all(len(ls) <= 2 for ls in tl.values())
    for s in scored():
        t = s["title"]
        names = [sp["name"] for sp in s["sp"]]
        if s["kind"] == "panel":
            names[0] += MOD_TAG
        assert nl[t] == names, (t, nl[t])  # one name per line, none wrapped
        if t in WRAPPED_UNITS:
            assert ul[t] == WRAPPED_UNITS[t], (t, ul[t])
            assert "".join(ul[t]) == "".join(sp["unit"] for sp in s["sp"])
        else:
            assert ul[t] == [sp["unit"] for sp in s["sp"]], (t, ul[t])  # units line for line
    # centring: the GPU row's two names sit half a line below the top of its three unit lines
    off = LAYOUT_LOG["offsets"]["国产 GPU 的共享虚拟内存实现：HMM 镜像、缺页迁移与 IOMMU 的配合"]
    assert off[2] - off[3] == LH // 2, off
    assert len(poster["forums"]) == 4
    counts = [sum(s["kind"] != "break" for s in sl) for _, _, _, sl in FORUMS]
    assert counts == [7, 10, 11, 9], counts
    return len(titles), sur


def main():
    im = render()
    path = os.path.join(HERE, FILE)
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert im.size[0] == W and 3000 <= im.size[1] <= 5000
    poster = {"file": FILE, "layout": LAYOUT, "date": DATE,
              "forums": [{"forum": n, "date": DATE, "slots": [truth_slot(s) for s in sl]} for n, _, _, sl in FORUMS]}
    n, sur = check(poster)
    print("scored talks", n, "surnames", sorted(sur.items(), key=lambda kv: -kv[1]))
    assert 32 <= n <= 46, n
    truth = {"written": "2026-12-15", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
