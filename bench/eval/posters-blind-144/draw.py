"""Draw the hundred-and-forty-fourth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes clk3441-taian-agenda-table-fullpage.png and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the picture
cannot drift apart.  No randomness at all.  The set stands in for CLK2022's ONE agenda image:
ONE invented edition, CLK 3441 (第1436届, 泰安, 山东农业大学, Saturday 3441-10-23), published as
the programme PAGE of the conference's web site and saved by a reader as ONE FULL-PAGE BROWSER
SCREENSHOT (a 1280 px CSS viewport at one device pixel per CSS px, the whole page, no browser
window).  The page: a dark site header bar with the logo and the site's links, a breadcrumb, a
white content panel with the heading '大会议程' and the edition's line, then CLK2022's four forums,
each a heading (a blue bar and the name), a line '主持人：name（unit）　地点：room' and a plain HTML
TABLE with thin grey borders and the columns 时间 / 议题 / 演讲嘉宾: the range, the title, and per
speaker the bold name with 'company job' in grey UNDER it (in the round table's cell 'name company
job' on one line after '主持：' / '嘉宾：'); 签到, 茶歇 and 午餐 as rows whose label spans 议题 and
演讲嘉宾; a closing note and the site's footer.
Helpers font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, T, P, B, plain, S, aff, truth_slot,
saturday, REAL_NAMES, listing_words and FORUM_NAMES are copied from
bench/eval/posters-blind-128/draw.py (REAL_NAMES with the longer list of posters-blind-138/draw.py);
everything else (the inline layout of a table cell, the table, the page) is new.
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


_probe = ImageDraw.Draw(Image.new("RGB", (8, 8)))


def tw(d, text, f):
    b = (d or _probe).textbbox((0, 0), text, font=f)
    return b[2] - b[0]


def adv(text, f):
    """The advance width of a text (what a browser lays out), not its ink box."""
    return f.getlength(text)


TOKEN = re.compile(r"[（(《]?[A-Za-z0-9_\-./:+#'&]+[,)）》]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”》"


def wrap_widths(d, text, f, widths):
    """Greedy wrap keeping Latin words whole; line i may be widths[i] wide (the last width repeats)."""
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        maxw = widths[min(len(lines), len(widths) - 1)]
        if not cur or tw(d, cur + tok.rstrip(), f) <= maxw or tok[0] in NO_LINE_START:
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def wrap(d, text, f, maxw):
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
    return wrap_widths(d, text, f, [maxw])


def T(start, end, title, speakers, host, kind="talk"):
    """A scored slot: kind 'talk', or 'panel' for a round table (its first speaker the moderator)."""
    return {"kind": kind, "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def P(start, end, title, moderator, guests, host):
    return T(start, end, title, [moderator] + guests, host, kind="panel")


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job):
    """A speaker as printed: name, company, job title (None where none is printed)."""
    return {"name": name, "company": company, "job": job}


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


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
# CLK 3441 (第1436届), 泰安, 山东农业大学, Saturday 3441-10-23: ONE full-page screenshot of the site's agenda page.
W = 1280
DATE = "3441-10-23"
FILE = "clk3441-taian-agenda-table-fullpage.png"
G0, G1, G2, G3 = "杨文静", "徐志明", "胡振邦", "林海燕"
FORUMS = [
    ("主论坛", (G0, "山东农业大学信息科学与工程学院 院长"), "图书馆一楼报告厅", [
        B("08:30", "09:00", "签到"),
        T("09:00", "09:15", "开幕致辞", [S("刘庆国", "山东农业大学", "副校长")], G0),
        T("09:15", "09:50", "从补丁到主线：内核社区协作模式的变化与思考", [S("陈立恒", "华为", "内核首席专家")], G0),
        T("09:50", "10:25", "Maintaining an Enterprise Kernel Across Ten Years of Upstream Change",
          [S("Lukas Hofmann", "SUSE", "Distinguished Engineer")], G0),
        B("10:25", "10:40", "茶歇"),
        T("10:40", "11:05", "智算集群中操作系统内核面临的挑战与实践",
          [S("王晓川", "阿里云", "资深技术专家"), S("赵静怡", "阿里云", "内核工程师")], G0),
        T("11:05", "11:30", "开源操作系统在农业物联网终端上的裁剪与实时性优化", [S("孙浩然", "山东农业大学", "副教授")], G0),
        T("11:30", "11:55", "RISC-V 服务器平台的内核支持现状：从固件启动、ACPI 到电源管理", [S("张凯文", "北京开源芯片研究院", "研究员")], G0),
        P("11:55", "12:30", "圆桌论坛：国产操作系统内核人才培养与社区共建", S("周建新", "山东大学", "教授"),
          [S("黄一帆", "腾讯", "TencentOS 内核负责人"), S("李晓岚", "OPPO", "内核技术专家"),
           S("马丽君", "中国科学院软件研究所", "智能软件研究中心 副研究员"), S("郭志强", "麒麟软件", "内核研发部总监")], G0),
        B("12:30", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (G1, "浪潮信息 服务器操作系统首席架构师"), "第一会场（图书馆 201）", [
        T("13:30", "13:55", "鲲鹏服务器上跨 NUMA 任务迁移的代价与调优", [S("李鹏程", "华为", "内核工程师")], G1),
        T("13:55", "14:20", "Scheduling Latency on Asymmetric Arm Cores: Lessons from Phones",
          [S("吴昊宇", "vivo", "系统性能专家")], G1),
        T("14:20", "14:45", "RISC-V 向量寄存器状态在信号处理路径中的保存与恢复", [S("朱启明", "中国科学院计算技术研究所", "助理研究员")], G1),
        T("14:45", "15:10", "海光多路服务器的 CCD 拓扑与 LLC 感知调度", [S("何建平", "海光信息", "系统软件工程师")], G1),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "PREEMPT_RT 在国产工业控制器上的延迟测量与优化",
          [S("罗志远", "中国电子科技集团公司第三十二研究所", "操作系统研发部 高级工程师")], G1),
        T("15:50", "16:15", "LoongArch 平台上 KVM 的 vCPU 调度与抢占优化", [S("高翔麟", "龙芯中科", "内核开发工程师")], G1),
        T("16:15", "16:40", "cgroup v2 CPU 权重在在离线混部场景中的公平性问题及修复",
          [S("郑磊", "快手", "资深内核工程师"), S("谢雨桐", "快手", "内核工程师")], G1),
        T("16:40", "17:05", "高核数服务器上 newidle 负载均衡的开销与抑制", [S("孙立强", "字节跳动", "STE 内核工程师")], G1),
        T("17:05", "17:30", "Thermal Pressure and Task Placement on Fanless Laptops",
          [S("冼嘉明", "联想", "系统软件工程师")], G1),
        T("17:30", "17:55", "多核锁竞争下 qspinlock 的性能剖析与改进思路", [S("阚文涛", "中兴通讯", "操作系统内核专家")], G1),
    ]),
    ("内存管理与异构计算分论坛", (G2, "清华大学计算机系 副教授"), "第二会场（图书馆 203）", [
        T("13:30", "13:55", "手机大页落地：多尺寸 THP 与内存碎片的拉锯", [S("陈欣然", "荣耀", "内核专家")], G2),
        T("13:55", "14:20", "CXL 扩展内存上的数据库缓冲池：冷热分层放置实测",
          [S("张振东", "英特尔", "云软件架构师"), S("王一博", "英特尔", "软件工程师")], G2),
        T("14:20", "14:45", "Reducing Page Fault Overhead for Large Model Inference Services",
          [S("刘子恒", "蚂蚁集团", "内核专家")], G2),
        T("14:45", "15:10", "GPU 统一虚拟内存与 HMM 的驱动适配实践",
          [S("许航宇", "摩尔线程", "驱动架构师"), S("杨远帆", "清华大学", "博士研究生")], G2),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "内存 cgroup 主动回收在云原生平台的落地", [S("梁宇澄", "京东云", "内核研发工程师")], G2),
        T("15:50", "16:15", "推理卡驱动接入 IOMMU SVA：缺页处理与 PASID 管理", [S("宋佳蕊", "寒武纪", "软件工程师")], G2),
        T("16:15", "16:40", "slab 分配器 per-CPU 缓存的改进与评测", [S("韩冬青", "统信软件", "内核工程师")], G2),
        T("16:40", "17:05", "Why Memory Hot-Unplug Still Fails in Virtual Machines", [S("唐明辉", "腾讯云", "高级工程师")], G2),
        T("17:05", "17:30", "基于 DAMON 的内存访问监测在容器平台中的应用与开销控制",
          [S("黄思成", "中国电信天翼云", "内核工程师")], G2),
        T("17:30", "17:55", "低内存电视盒子上 zswap 与 zram 的对比评测", [S("吕佳音", "小米", "内核工程师")], G2),
    ]),
    ("IO 与 ebpf 分论坛", (G3, "中国科学技术大学 副教授"), "第三会场（信息楼报告厅）", [
        T("13:30", "14:00", "对象存储网关中 io_uring 零拷贝发送的实测收益", [S("冯志涛", "小红书", "存储研发工程师")], G3),
        T("14:00", "14:30", "用 eBPF 实现无侵入的数据库慢查询追踪", [S("董浩然", "美团", "基础架构工程师")], G3),
        T("14:30", "15:00", "飞腾服务器上 NVMe 中断亲和性与 irqbalance 的冲突", [S("陈俊豪", "飞腾信息", "系统软件工程师")], G3),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:40", "BPF Struct Ops: Extending the Kernel Without Writing Modules",
          [S("袁晓平", "字节跳动", "系统工程师")], G3),
        T("15:40", "16:05", "块设备 writeback 限流对 SSD 寿命的影响",
          [S("邓超凡", "忆联", "固件工程师"), S("彭丽珊", "华中科技大学", "博士研究生")], G3),
        T("16:05", "16:30", "eBPF 验证器的状态爆炸问题与剪枝改进", [S("李雅琴", "浙江大学", "博士研究生")], G3),
        T("16:30", "16:55", "XFS 在线修复在运营商云存储中的试用与测试", [S("刘振宁", "中国移动云能力中心", "操作系统内核研发工程师")], G3),
        T("16:55", "17:20", "终端安全代理中基于 fanotify 的文件访问审计：拦截延迟与性能代价",
          [S("王建勋", "奇安信", "安全研究员")], G3),
        T("17:20", "17:45", "vhost-user-blk 与 SPDK 结合的云盘延迟优化", [S("张立伟", "华为云", "存储工程师")], G3),
    ]),
]

# --- page style (CSS px = device px) ----------------------------------------
BODY_BG = (245, 246, 248)
PANEL_BG, PANEL_LINE = (255, 255, 255), (230, 232, 236)
INK, INK2, GREY, FAINT = (34, 34, 34), (68, 68, 68), (128, 128, 128), (170, 170, 170)
NAVY, ACCENT = (22, 52, 102), (38, 120, 214)
BORDER, HEAD_BG, BREAK_BG = (214, 217, 222), (242, 244, 247), (250, 250, 251)
WHITE = (255, 255, 255)
PX0, PX1 = 90, 1190  # the content panel
TX0 = PX0 + 40  # the table's left edge
COLS = [140, 450, 430]  # 时间 | 议题 | 演讲嘉宾 (border-box widths, 1020 in all)
PAD_X, PAD_Y = 12, 12  # a cell's padding
F_TIME, F_TITLE, F_NAME, F_UNIT, F_LABEL, F_HEAD = (font(15), font(15), font(15, True), font(14), font(14),
                                                    font(15, True))
LH = 24  # line height of every line in a cell (line-height: 24px)
SP_GAP = 8  # between two speakers stacked in one cell
NAV = ["首页", "大会介绍", "大会议程", "演讲嘉宾", "参会指南", "往届回顾"]

LAYOUT_LOG = {"title_lines": {}, "speaker_lines": {}, "time_lines": {}}


def col_x(i):
    return TX0 + sum(COLS[:i])


TX1 = col_x(3)


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


def block(paragraphs, maxw, gaps=None):
    """A cell's content: paragraphs (each a list of runs) one under the other (<br> or <p>), each wrapped.
    gaps[i] is the extra space before paragraph i.  Returns (lines with their y offset, height, per-paragraph line
    counts)."""
    out, y, counts = [], 0, []
    for i, runs in enumerate(paragraphs):
        if i and gaps:
            y += gaps[i]
        ls = runs_layout(runs, maxw)
        counts.append(len(ls))
        for ln in ls:
            out.append((y, ln))
            y += LH
    return out, y, counts


def draw_block(d, x0, y0, lines, align="left", maxw=0):
    for dy, ln in lines:
        lw = ln[-1][0] + adv(ln[-1][1], ln[-1][2]) if ln else 0
        off = (maxw - lw) / 2 if align == "center" else 0
        for x, t, f, c in ln:
            # a line box of LH px; the text's baseline where a browser puts it for Noto Sans CJK
            d.text((x0 + off + x, y0 + dy + LH / 2 + f.size * 0.36), t, font=f, fill=c, anchor="ls")


def time_text(s):
    return "%s-%s" % (s["start"], s["end"])


def cells_of(s):
    """The three cells of a row as blocks: (time, title, speakers); a break has (time, label spanning two)."""
    w = [c - 2 * PAD_X for c in COLS]
    tb = block([[(time_text(s), F_TIME, INK2)]], w[0])
    if s["kind"] == "break":
        lab = block([[(s["title"], font(15), INK2)]], COLS[1] + COLS[2] - 2 * PAD_X)
        return tb, lab, None
    ti = block([[(s["title"], F_TITLE, INK)]], w[1])
    if s["kind"] == "panel":
        paras = [[("主持：", F_LABEL, GREY), (s["sp"][0]["name"], F_NAME, INK), ("  " + aff(s["sp"][0]), F_UNIT, GREY)]]
        for k, sp in enumerate(s["sp"][1:]):
            lab = [("嘉宾：", F_LABEL, GREY)] if k == 0 else []
            paras.append(lab + [(sp["name"], F_NAME, INK), ("  " + aff(sp), F_UNIT, GREY)])
        spb = block(paras, w[2], [0, 6] + [0] * (len(paras) - 2))
    else:
        paras, gaps = [], []
        for k, sp in enumerate(s["sp"]):
            paras += [[(sp["name"], F_NAME, INK)], [(aff(sp), F_UNIT, GREY)]]
            gaps += [SP_GAP if k else 0, 0]
        spb = block(paras, w[2], gaps)
    return tb, ti, spb


def table_row(d, y, s, draw):
    """One <tr>: its height is the tallest cell plus padding; every cell's content is vertically centred."""
    tb, ti, spb = cells_of(s)
    inner = max(b[1] for b in (tb, ti, spb) if b)
    h = inner + 2 * PAD_Y
    LAYOUT_LOG["time_lines"][(s["title"], s["start"])] = len(tb[0])
    if s["kind"] != "break":
        LAYOUT_LOG["title_lines"][s["title"]] = [[t for _, t, _, _ in ln] for _, ln in ti[0]]
        LAYOUT_LOG["speaker_lines"][s["title"]] = ["".join(t for _, t, _, _ in ln) for _, ln in spb[0]]
    if draw:
        if s["kind"] == "break":
            d.rectangle([TX0, y + 1, TX1, y + h - 1], fill=BREAK_BG)
        x0, x1, x2 = col_x(0), col_x(1), col_x(2)
        draw_block(d, x0 + PAD_X, y + (h - tb[1]) / 2, tb[0], "center", COLS[0] - 2 * PAD_X)
        if s["kind"] == "break":
            span = COLS[1] + COLS[2] - 2 * PAD_X
            draw_block(d, x1 + PAD_X, y + (h - ti[1]) / 2, ti[0], "center", span)
        else:
            draw_block(d, x1 + PAD_X, y + (h - ti[1]) / 2, ti[0])
            draw_block(d, x2 + PAD_X, y + (h - spb[1]) / 2, spb[0])
        # borders (border-collapse: collapse; 1px solid)
        d.line([(TX0, y + h), (TX1, y + h)], fill=BORDER)
        xs = [x0, x1, TX1] if s["kind"] == "break" else [x0, x1, x2, TX1]
        for x in xs:
            d.line([(x, y), (x, y + h)], fill=BORDER)
    return y + h


def table_head(d, y, draw):
    h = 44
    if draw:
        d.rectangle([TX0, y + 1, TX1, y + h - 1], fill=HEAD_BG)
        for i, lab in enumerate(["时间", "议题", "演讲嘉宾"]):
            d.text(((col_x(i) + col_x(i + 1)) / 2, y + h / 2 + 15 * 0.36), lab, font=F_HEAD, fill=INK, anchor="ms")
        d.line([(TX0, y), (TX1, y)], fill=BORDER)
        d.line([(TX0, y + h), (TX1, y + h)], fill=BORDER)
        for i in range(4):
            d.line([(col_x(i), y), (col_x(i), y + h)], fill=BORDER)
    return y + h


def section(d, y, k, draw):
    """One forum: heading, host and room line, table.  Returns the y under it."""
    name, host, room, slots = FORUMS[k]
    y += 34
    if draw:
        d.rectangle([TX0, y + 2, TX0 + 4, y + 26], fill=ACCENT)
        d.text((TX0 + 14, y + 14 + 20 * 0.36), name, font=font(20, True), fill=INK, anchor="ls")
    y += 28 + 12
    if draw:
        f = font(14)
        x = TX0
        for text, ff, col in (("主持人：", f, GREY), (host[0], font(14, True), INK2), ("（%s）" % host[1], f, INK2),
                              ("　　地点：", f, GREY), (room, f, INK2)):
            d.text((x, y + 11 + 14 * 0.36), text, font=ff, fill=col, anchor="ls")
            x += adv(text, ff)
        assert x < TX1
    y += 22 + 14
    y = table_head(d, y, draw)
    for s in slots:
        y = table_row(d, y, s, draw)
    return y


def header_bar(d):
    h = 64
    d.rectangle([0, 0, W, h], fill=NAVY)
    d.rounded_rectangle([PX0, 15, PX0 + 50, 49], radius=5, fill=WHITE)
    d.text((PX0 + 25, 32), "CLK", font=font(17, True), fill=NAVY, anchor="mm")
    d.text((PX0 + 62, 32 + 18 * 0.36), "中国Linux内核开发者大会", font=font(18, True), fill=WHITE, anchor="ls")
    x = PX1
    f = font(15)
    for item in reversed(NAV):
        w = adv(item, f)
        active = item == "大会议程"
        d.text((x - w, 32 + 15 * 0.36), item, font=f, fill=WHITE if active else (196, 208, 228), anchor="ls")
        if active:
            d.rectangle([x - w - 4, h - 3, x + 4, h], fill=(90, 170, 255))
        x -= w + 34
    return h


def crumbs(d, y):
    f = font(13)
    x = PX0
    for text, col in (("当前位置：", GREY), ("首页", GREY), ("  >  ", FAINT), ("大会议程", INK2)):
        d.text((x, y + 22 + 13 * 0.36), text, font=f, fill=col, anchor="ls")
        x += adv(text, f)
    return y + 44


NOTE_LINE = "注：以上议程如有调整，以大会现场公布为准。"
FOOT = ["主办单位：中国Linux内核开发者大会组委会　　承办单位：山东农业大学信息科学与工程学院",
        "Copyright © 3441 中国Linux内核开发者大会　All Rights Reserved　　鲁ICP备34410023号-1"]


def panel(d, y0, draw):
    """The white content panel: heading, edition line, the four forums, the note.  Returns its bottom."""
    y = y0 + 36
    if draw:
        d.text((TX0, y + 18 + 28 * 0.36), "大会议程", font=font(28, True), fill=INK, anchor="ls")
    y += 36 + 12
    if draw:
        line = "第1436届中国Linux内核开发者大会　|　3441年10月23日（周六）　|　山东泰安 · 山东农业大学"
        d.text((TX0, y + 11 + 15 * 0.36), line, font=font(15), fill=GREY, anchor="ls")
    y += 22 + 20
    if draw:
        d.line([(TX0, y), (TX1, y)], fill=PANEL_LINE)
    for k in range(len(FORUMS)):
        y = section(d, y, k, draw) + 6
    y += 24
    if draw:
        d.text((TX0, y + 10 + 14 * 0.36), NOTE_LINE, font=font(14), fill=GREY, anchor="ls")
    return y + 20 + 40


def footer(d, y):
    h = 110
    d.rectangle([0, y, W, y + h], fill=(234, 236, 240))
    d.line([(0, y), (W, y)], fill=PANEL_LINE)
    for j, ln in enumerate(FOOT):
        d.text((W / 2, y + 40 + j * 30), ln, font=font(13), fill=GREY, anchor="mm")
    return y + h


def paint(im):
    d = ImageDraw.Draw(im)
    y = header_bar(d)
    y = crumbs(d, y)
    bottom = panel(_probe, y, False)
    d.rectangle([PX0, y, PX1, bottom], fill=PANEL_BG, outline=PANEL_LINE)
    assert panel(d, y, True) == bottom
    y = bottom + 40
    return footer(d, y)


def render():
    h = paint(Image.new("RGB", (W, 8), BODY_BG))
    im = Image.new("RGB", (W, h), BODY_BG)
    assert paint(im) == h
    return im


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 128): speakers are names as printed with spaces removed "
    "(the Latin name 'Lukas Hofmann' -> 'LukasHofmann'; no Chinese name is padded); host is the name printed after "
    "'主持人：' under the forum's heading, for every talk and the round table of that forum, null for breaks (the unit in "
    "brackets after it is no part of it and no affiliation); start/end HH:MM on a 24-hour clock; where two speakers "
    "are printed each has his own affiliation, in printed order; affiliations are 'company job' joined by one space "
    "('华为 内核首席专家', 'SUSE Distinguished Engineer'); an opening speech printed with a speaker ('开幕致辞') is a "
    "talk; '签到', '茶歇' and '午餐' (printed without a speaker) are breaks, '午餐' closing 主论坛; a forum with no break "
    "after its last talk ends with it; every forum carries the edition's date. ONE invented edition stands in for "
    "CLK2022's ONE agenda image: CLK 3441 (第1436届, 泰安, 山东农业大学, Saturday 3441-10-23), published as the "
    "programme PAGE of the conference's web site and saved as ONE FULL-PAGE BROWSER SCREENSHOT, 1280 px wide (a "
    "1280 CSS px viewport at one device pixel per CSS px; the whole page, no browser window), holding CLK2022's four "
    "forums under the names its README gives them (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, "
    "'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), one table per forum, one under the other in README "
    "order; the truth has ONE entry with the four forums in that order. Text sizes are a web page's at 1x: ranges "
    "and titles 15 px, names 15 px bold, 'company job' 14 px grey. Judgement calls: (1) The dark header bar (logo "
    "'CLK' + '中国Linux内核开发者大会', links '首页 大会介绍 大会议程 演讲嘉宾 参会指南 往届回顾'), the breadcrumb "
    "'当前位置：首页 > 大会议程', the heading '大会议程', the edition line '第1436届中国Linux内核开发者大会 | "
    "3441年10月23日（周六） | 山东泰安 · 山东农业大学', the note '注：以上议程如有调整…' and the footer (主办单位, "
    "承办单位, copyright, '鲁ICP备34410023号-1') are never part of a name, a title or a slot. (2) Each forum is its "
    "heading (a blue bar and the name, 20 px bold); the line under it, '主持人：' + the host's name (bold) + "
    "'（unit）' + '　　地点：' + the room ('图书馆一楼报告厅', '第一会场（图书馆 201）'…), gives the host; the room is no "
    "part of the forum's name. (3) Each table has a grey head row '时间 | 议题 | 演讲嘉宾' (column labels, no slot) "
    "and thin grey borders round every cell; the range '09:15-09:50' (no spaces) is centred in 时间; the title is in "
    "议题, wrapped inside the cell where it is too long (six titles over two lines: four of the six English titles, broken at spaces ('Thermal Pressure and Task Placement on Fanless Laptops' and 'Why Memory Hot-Unplug Still Fails in Virtual Machines' fit on one line), and two Chinese ones broken inside words, '…到电源' / '管理' and '…与性能' / '代价'; each is one title, joined with a space where the break falls at a space and without one inside Chinese text); in 演讲嘉宾 each speaker is the bold NAME with 'company job' in grey UNDER it (a <br>), wrapped inside the cell where too long (罗志远's '中国电子科技集团公司第三十二研究所 操作系统研发部 高级工程' / '师' is ONE affiliation, joined without a space); TWO SPEAKERS of one talk are two such stacks one under the other in the same cell (given top then bottom, each with the grey line under his own name). All cells are "
    "vertically centred, so a one-line title stands level with the middle of a two-speaker stack. (4) Breaks are "
    "rows whose label ('签到', '茶歇', '午餐') is centred in ONE cell spanning 议题 and 演讲嘉宾 (colspan 2), on a "
    "lighter ground. (5) The round table '圆桌论坛：国产操作系统内核人才培养与社区共建' (11:55-12:30) is ONE slot of "
    "kind 'panel': in its 演讲嘉宾 cell a line '主持：' + the moderator's bold name + his 'company job' in grey AFTER "
    "it on the same line, then '嘉宾：' + the first guest the same way, and the other three guests one a line from "
    "the cell's left edge (plain <br> lines, no indent; none wraps, the longest being '马丽君  中国科学院软件研究所 智能软件研究中心 副研究员', whose affiliation is '中国科学院软件研究所 智能软件研究中心 副研究员'); the speakers are the moderator then the guests top to bottom, one "
    "affiliation each; the labels are no names; the title keeps '圆桌论坛：'; the moderator (周建新) is not the forum's "
    "host (杨文静). (6) English-only titles: one by the Latin-named speaker Lukas Hofmann (SUSE) in 主论坛 and five by "
    "Chinese speakers in the afternoon forums; several wrap over two lines. Surnames are those of a real Chinese "
    "kernel conference: mostly the commonest (王 李 张 刘 陈 three times each, then 杨 黄 孙 twice, 赵 吴 周 徐 马 胡 "
    "朱 郭 何 罗 高 林 and others of the hundred commonest once), with two rare ones, 冼 (冼嘉明) and 阚 (阚文涛). "
    "Two-speaker talks: 王晓川 and 赵静怡 (both 阿里云), 郑磊 and 谢雨桐 (both 快手), 张振东 and 王一博 (both 英特尔), "
    "许航宇 (摩尔线程) and 杨远帆 (清华大学), 邓超凡 (忆联) and 彭丽珊 (华中科技大学). SCORED = every slot of kind "
    "talk or panel: 7 + 10 + 10 + 9 = 36 (the opening speech and the round table counted; 34 without them)."
)
LAYOUT = (
    "CLK 3441 (第1436届), 泰安, 山东农业大学, 3441-10-23 (PNG, 1280 px wide, a FULL-PAGE BROWSER SCREENSHOT of the "
    "conference site's programme page at 1x, light grey page): a dark navy header bar (logo 'CLK', site name, six "
    "links, '大会议程' lit), a breadcrumb, a white panel with '大会议程', the edition line and, one under the other, "
    "the four forums (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛'), each a heading "
    "with a blue bar, '主持人：name（unit）　地点：room' and a plain table with thin grey borders, head row "
    "'时间 | 议题 | 演讲嘉宾', rows: the range centred, the title (wrapping in the cell where long), the bold name with "
    "'company job' in grey under it (two speakers stacked in one cell); 签到/茶歇/午餐 rows spanning two columns; a 圆桌 "
    "row with '主持：' and '嘉宾：' lines of 'name company job'; a note and a light footer. 7 + 10 + 10 + 9 scored."
)


def scored():
    return [s for _, _, _, sl in FORUMS for s in sl if s["kind"] != "break"]


# the cells that wrap, as the note says (checked against the layout)
WRAPPED_CJK = ["RISC-V 服务器平台的内核支持现状：从固件启动、ACPI 到电源管理",
               "终端安全代理中基于 fanotify 的文件访问审计：拦截延迟与性能代价"]
ONE_LINE_EN = ["Thermal Pressure and Task Placement on Fanless Laptops",
               "Why Memory Hot-Unplug Still Fails in Virtual Machines"]
LUO = "PREEMPT_RT 在国产工业控制器上的延迟测量与优化"
PANEL = "圆桌论坛：国产操作系统内核人才培养与社区共建"


def check(poster, h):
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
    assert sum(s["kind"] == "panel" for s in slots) == 1
    assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") == 5
    assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
    assert any(s["title"] == "开幕致辞" and s["sp"] for s in slots)
    latin = [sp["name"] for s in slots for sp in s["sp"] if re.fullmatch(r"[A-Za-z ]+", sp["name"])]
    assert latin == ["Lukas Hofmann"], latin
    english = [s["title"] for s in scored() if re.fullmatch(r"[\x20-\x7e]+", s["title"])]
    assert len(english) == 6, english
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(map(plain, people)) & set(REAL_NAMES)
    sur = {}
    for p in people:
        if not re.fullmatch(r"[A-Za-z ]+", p):
            sur[p[0]] = sur.get(p[0], 0) + 1
    assert [k for k, v in sur.items() if v == 3] == ["王", "张", "刘", "陈", "李"] or \
        sorted(k for k, v in sur.items() if v == 3) == sorted("王李张刘陈"), sur
    assert sorted(k for k, v in sur.items() if v == 2) == sorted("杨黄孙"), sur
    assert max(sur.values()) == 3
    rare = {"冼", "阚"}
    assert sorted(p[0] for p in people if p[0] in rare) == sorted(rare)
    for s in scored():
        assert s["title"] not in words, s["title"]
        for sp in s["sp"]:
            assert plain(sp["name"]) not in words, sp["name"]
    titles = [s["title"] for s in scored()]
    assert len(titles) == len(set(titles))
    # the layout the note describes
    assert set(LAYOUT_LOG["time_lines"].values()) == {1}
    wrapped = [t for t, ls in LAYOUT_LOG["title_lines"].items() if len(ls) > 1]
    assert sorted(wrapped) == sorted([t for t in english if t not in ONE_LINE_EN] + WRAPPED_CJK), wrapped
    assert all(len(ls) <= 2 for ls in LAYOUT_LOG["title_lines"].values())
    sl = LAYOUT_LOG["speaker_lines"]
    assert sl[LUO] == ["罗志远", "中国电子科技集团公司第三十二研究所 操作系统研发部 高级工程", "师"], sl[LUO]
    assert len(sl[PANEL]) == 5 and sl[PANEL][0].startswith("主持：") and sl[PANEL][1].startswith("嘉宾："), sl[PANEL]
    for s in scored():  # every other speaker cell: name, one line of affiliation (twice for two speakers)
        if s["kind"] == "talk" and s["title"] != LUO:
            assert len(sl[s["title"]]) == 2 * len(s["sp"]), (s["title"], sl[s["title"]])
    assert len(poster["forums"]) == 4
    counts = [sum(s["kind"] != "break" for s in sl) for _, _, _, sl in FORUMS]
    assert counts == [7, 10, 10, 9], counts
    return len(titles), wrapped


def main():
    im = render()
    path = os.path.join(HERE, FILE)
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert im.size[0] == W
    poster = {"file": FILE, "layout": LAYOUT, "date": DATE,
              "forums": [{"forum": n, "date": DATE, "slots": [truth_slot(s) for s in sl]} for n, _, _, sl in FORUMS]}
    n, wrapped = check(poster, im.size[1])
    print("scored talks", n)
    print("wrapped titles", len(wrapped))
    for t in wrapped:
        print("  ", LAYOUT_LOG["title_lines"][t])
    assert 32 <= n <= 46, n
    truth = {"written": "2026-12-12", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
