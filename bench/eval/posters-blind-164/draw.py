"""Draw the hundred-and-sixty-fourth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes clk3659-handbook-p4.png, clk3659-handbook-p5.png and truth.json here.
Every string printed on the pages comes from the data below, so truth.json and the pictures cannot
drift apart.  Randomness only from fixed seeds (the paper's tone and the scanner's noise).
The set stands in for CLK2022's ONE agenda image: ONE invented edition, CLK 3659 (第1654届, 大庆,
东北石油大学, Saturday 3659-10-25), whose agenda is printed in the conference's A4 programme booklet
(会议手册) over TWO facing pages, pages 4 and 5, and SCANNED page by page at 150 dpi (1240 x 1754
each, slightly grey paper, a faint tilt of at most 0.5 degree, a faint shadow at the binding edge).
The pages are a Word document's plain tables: a numbered heading per forum ('一、主论坛'), a line
'地点：…　　主持人：name（unit）', and a ruled table 时间 | 报告题目 | 报告人 whose 报告人 cell holds
the name and, on the next line in smaller type, 'company job'.  Page 4 holds 主论坛 and
处理器架构与调度分论坛, page 5 内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛'.
Helpers TOKEN, NO_LINE_START, wrap_widths, wrap, T, P, B, plain, S, aff, truth_slot, saturday,
listing_words and FORUM_NAMES are copied from bench/eval/posters-blind-144/draw.py, font and tw from it
with a scale (the pages are drawn at twice their size); REAL_NAMES is set 152's list; the page, the
table, the scan and the checks are new.
"""
import datetime
import json
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fc = {}
K = 2  # the pages are drawn at 300 dpi and scanned down to 150 dpi


def font(size, bold=False, serif=False):
    fam = "Serif" if serif else "Sans"
    path = FD + "Noto%sCJK-%s.ttc" % (fam, "Bold" if bold else "Regular")
    key = (path, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, round(size * K), index=SC)
    return _fc[key]


_probe = ImageDraw.Draw(Image.new("L", (8, 8)))


def tw(d, text, f):
    """Advance width of a text in page px (150 dpi)."""
    return f.getlength(text) / K


TOKEN = re.compile(r"[（(《]?[A-Za-z0-9_\-./:+#'&]+[,)）》?]?\s*|\s+|.")
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
    """A name as the truth gives it: spaces of the page removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job):
    """A speaker as printed: name, company, job title (None where none is printed)."""
    return {"name": name, "company": company, "job": job}


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space, as printed."""
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# names of real speakers and hosts read on the real posters by earlier helpers (set 152's list); none may be used
REAL_NAMES = sorted(set([
    "付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
    "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
    "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
    "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
    "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "王建政", "李志", "伍勃", "李扬韬", "邹贻鹏",
    "廖肇燕", "LianboJiang", "慕冬亮", "甄鹏",
    "李治军", "许珉嘉", "郑琦", "宋牧春", "谢旻晟", "郭健", "彭志光", "司延腾", "殷锋卫",
    "谈鉴锋", "李培锋", "朱彦军", "韩传华", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "左泽", "王海粟", "江锋", "黄睿",
    "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "祝嘉", "张子扬",
    "周傲易", "谢昱晟", "谢淼",
]))


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
# CLK 3659 (第1654届), 大庆, 东北石油大学, Saturday 3659-10-25: pages 4 and 5 of the printed booklet.
DATE = "3659-10-25"
EDITION = "第1654届中国Linux内核开发者大会"
G0, G1, G2, G3 = "高守成", "林志鹏", "胡玉洁", "宋继伟"
NUMERALS = ["一、", "二、", "三、", "四、"]
FORUMS = [
    ("主论坛", (G0, "东北石油大学计算机与信息技术学院 院长"), "图书馆一楼报告厅", [
        T("09:00", "09:15", "开幕致辞", [S("孙广义", "东北石油大学", "副校长")], G0),
        T("09:15", "09:45", "一个企业发行版内核的十年：从 3.10 一路走到 6.6 的取舍",
          [S("王鹏飞", "华为", "openEuler 内核技术专家")], G0),
        T("09:45", "10:15", "Running Realm Guests on Arm CCA: The Road to Mainline KVM Support",
          [S("Ricardo Fernandes", "Arm", "Principal Software Engineer")], G0),
        B("10:15", "10:30", "茶歇"),
        T("10:30", "11:00", "油气勘探高性能计算集群的内核调优：NUMA 绑核、大页与 RDMA",
          [S("李宏亮", "东北石油大学", "副教授"), S("赵婉清", "中国石油昆仑数智", "高级工程师")], G0),
        T("11:00", "11:30", "统信 UOS 内核在桌面与服务器双场景下的维护策略",
          [S("徐晨阳", "统信软件", "内核研发部经理")], G0),
        T("11:30", "12:00", "Rust for Linux 的国内实践：驱动开发中的收益与门槛",
          [S("罗启帆", "腾讯", "TencentOS 内核工程师")], G0),
        P("12:00", "12:40", "圆桌讨论：LTS 内核的维护周期应该多长？", S("郭海滨", "中国科学院软件研究所", "研究员"),
          [S("张保国", "阿里云", "内核团队负责人"), S("马启航", "麒麟软件", "内核首席专家"),
           S("郏宏伟", "中兴通讯", "操作系统总工程师"), S("梁慧敏", "红帽", "高级软件工程师")], G0),
        B("12:40", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (G1, "飞腾信息 系统软件部总监"), "第一分会场（图书馆 301）", [
        T("13:30", "14:00", "SMT 兄弟线程干扰：鲲鹏服务器上的调度隔离评估", [S("陈永胜", "华为", "内核工程师")], G1),
        T("14:00", "14:30", "EEVDF in Production: Tuning Latency for Mixed Online and Batch Workloads",
          [S("吴海川", "字节跳动", "STE 内核工程师")], G1),
        T("14:30", "15:00", "LoongArch 架构下的异常处理与向量扩展上下文切换", [S("杨晓川", "龙芯中科", "内核开发工程师")], G1),
        T("15:00", "15:30", "RISC-V 平台上 SBI 系统挂起与 CPU 热插拔的实现与验证",
          [S("郑思远", "中国科学院软件研究所", "助理研究员"), S("曹雨萌", "平头哥半导体", "软件工程师")], G1),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "车载 SoC 上 PREEMPT_RT 的中断线程化与最坏延迟测量", [S("谢峻", "地平线", "系统软件工程师")], G1),
        T("16:15", "16:45", "把调度策略交给业务：用 sched_ext 定制混部场景的 CPU 调度器",
          [S("周博文", "腾讯", "TencentOS 调度研发工程师")], G1),
        T("16:45", "17:15", "Three Clusters, One Energy Model: Task Placement on Flagship Phone SoCs", [S("唐梓涵", "OPPO", "性能优化工程师")], G1),
        T("17:15", "17:45", "x86 服务器上 housekeeping CPU 的隔离与中断亲和性实践",
          [S("刘子豪", "京东", "内核研发工程师")], G1),
    ]),
    ("内存管理与异构计算分论坛", (G2, "哈尔滨工业大学计算学部 教授"), "第二分会场（图书馆 302）", [
        T("13:30", "13:55", "手机上开启 mTHP 之后：碎片、回收与应用冷启动的变化", [S("黄俊峰", "vivo", "内核专家")], G2),
        T("13:55", "14:20", "CXL Memory Expanders in Practice: How Hot Pages Find Their Way Back to DRAM",
          [S("张铭远", "英特尔", "云软件工程师"), S("许可馨", "上海交通大学", "博士研究生")], G2),
        T("14:20", "14:45", "容器内存超卖下的 OOM 预判与内存 QoS 实践", [S("何晓光", "美团", "基础架构内核工程师")], G2),
        T("14:45", "15:10", "DMA-BUF 在 NPU 与视频编解码器之间的零拷贝共享", [S("韩书瑶", "华为海思", "驱动工程师")], G2),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "线上 slab 泄漏排障复盘：kmemleak、page_owner 与 slabinfo 的联合使用",
          [S("冯嘉树", "快手", "内核工程师")], G2),
        T("15:50", "16:15", "zswap 写回与多级 swap 设备在数据库主机上的评测", [S("王梓轩", "字节跳动", "系统工程师")], G2),
        T("16:15", "16:40", "Why Is My Page Cache So Big? File LRU Behaviour Under Database Workloads",
          [S("邓雨菲", "蚂蚁集团", "高级技术专家")], G2),
        T("16:40", "17:05", "内存可纠正错误的预测与在线页面隔离",
          [S("彭程远", "阿里云", "内核工程师"), S("眭晓丽", "阿里云", "算法工程师")], G2),
        T("17:05", "17:30", "虚拟机 post-copy 迁移中 userfaultfd 缺页处理的延迟剖析", [S("朱明轩", "中国电信天翼云", "虚拟化工程师")], G2),
    ]),
    ("IO 与 ebpf 分论坛", (G3, "字节跳动 STE 技术专家"), "第三分会场（图书馆 303）", [
        T("13:30", "13:55", "分布式数据库 WAL 写入路径切换到 io_uring 的收益与坑", [S("李佳航", "平凯星辰", "存储引擎工程师")], G3),
        T("13:55", "14:20", "容器平台网络策略全面迁移到 eBPF：告别 iptables 的一年", [S("杨立伟", "网易", "云原生工程师")], G3),
        T("14:20", "14:45", "Polled I/O Queues Revisited: When Busy Polling Beats Interrupts on NVMe",
          [S("王亚楠", "忆联", "固件工程师")], G3),
        T("14:45", "15:10", "给 BPF 加载把关：程序签名、LSM 钩子与审计日志的落地", [S("陈思琦", "奇安信", "安全研究员")], G3),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "手机 F2FS 透明压缩带来的读放大与预读策略调整", [S("刘一诺", "荣耀", "存储工程师")], G3),
        T("15:50", "16:15", "基于 bpftrace 的 I/O 慢请求根因自动分析系统",
          [S("张宇航", "字节跳动", "SRE 工程师"), S("曾乐天", "华中科技大学", "博士研究生")], G3),
        T("16:15", "16:40", "AI 训练集群共享存储的 NFS 客户端调优：nconnect 与 RDMA 传输", [S("李承志", "腾讯云", "存储专家")], G3),
        T("16:40", "17:05", "SMR 硬盘与分区块设备在冷存储中的落地", [S("于振东", "西部数据", "系统工程师")], G3),
        T("17:05", "17:30", "安全容器里的共享文件系统：virtio-fs 缓存模式与 DAX 窗口选型", [S("肖奕辰", "京东云", "虚拟化工程师")], G3),
    ]),
]
PAGES = [  # (file, page number, the forums on it)
    ("clk3659-handbook-p4.png", 4, [0, 1]),
    ("clk3659-handbook-p5.png", 5, [2, 3]),
]

# --- the page (150 dpi px; drawn at K times that) --------------------------------
W, H = 1240, 1754
X0, X1 = 122, 1118  # the text block (about 20.6 mm margins)
COLS = [168, 500, 328]  # 时间 | 报告题目 | 报告人 (996 in all)
PAD_X, PAD_Y = 10, 5
F_TIME = font(17, serif=True)
F_TITLE = font(18, serif=True)
F_NAME = font(18, bold=True, serif=True)
F_LAB = font(18, serif=True)
F_UNIT = font(14.5, serif=True)
F_HEAD = font(18, bold=True)
F_BREAK = font(18, serif=True)
LH_TITLE, LH_NAME, LH_UNIT = 24, 22, 19
SP_GAP = 4  # between two people stacked in one cell
INK = 0  # the drawing is an ink mask: 0 = full ink, 255 = bare paper
HEAD_FILL = 222  # the head row's 15 % grey
RULE = 1  # rules of 0.5 pt: one px at 150 dpi
LOG = {"title_lines": {}, "cell_lines": {}, "unit_lines": {}, "pages": {}}


def col_x(i):
    return X0 + sum(COLS[:i])


def text_at(d, x, y, text, f, fill=INK, anchor="ls"):
    d.text((x * K, y * K), text, font=f, fill=fill, anchor=anchor)


def line(d, x0, y0, x1, y1, width=RULE, fill=INK):
    d.rectangle([round(x0 * K), round(y0 * K), round(x1 * K) + width * K - 1, round(y1 * K) + width * K - 1],
                fill=fill)


def baseline(y, lh, f):
    """Baseline of a line box of lh px starting at y for a Noto CJK face (centred ink)."""
    return y + lh / 2 + f.size / K * 0.36


def time_text(s):
    return "%s-%s" % (s["start"], s["end"])


def person_lines(sp, label=""):
    """A person in the 报告人 cell: [(runs, font-height)], the name (after a label) then 'company job'."""
    name = [(label, F_LAB), (sp["name"], F_NAME)] if label else [(sp["name"], F_NAME)]
    return [(name, LH_NAME), ([(aff(sp), F_UNIT)], LH_UNIT)]


def speaker_cell(s):
    """The lines of a 报告人 cell, each (runs, line height, gap before it)."""
    out = []
    for k, sp in enumerate(s["sp"]):
        label = ""
        if s["kind"] == "panel":
            label = "主持：" if k == 0 else ("嘉宾：" if k == 1 else "")
        for j, (runs, lh) in enumerate(person_lines(sp, label)):
            out.append((runs, lh, SP_GAP if (k and j == 0) else 0))
    return out


def cell_height(lines):
    return sum(lh + gap for _, lh, gap in lines)


def row(d, y, s, draw):
    """One table row; returns the y under it."""
    wt = COLS[1] - 2 * PAD_X
    ws = COLS[2] - 2 * PAD_X
    if s["kind"] == "break":
        h = LH_TITLE + 2 * PAD_Y
        if draw:
            text_at(d, (col_x(0) + col_x(1)) / 2, baseline(y + PAD_Y, LH_TITLE, F_TIME), time_text(s), F_TIME,
                    anchor="ms")
            label = "\u3000".join(s["title"])  # '茶　歇', '午　餐', as Word documents space a two-character word
            text_at(d, (col_x(1) + col_x(3)) / 2, baseline(y + PAD_Y, LH_TITLE, F_BREAK), label, F_BREAK, anchor="ms")
            line(d, col_x(0), y + h, col_x(3), y + h)
            for x in (col_x(0), col_x(1), col_x(3)):
                line(d, x, y, x, y + h)
        return y + h
    tl = wrap(None, s["title"], F_TITLE, wt)
    LOG["title_lines"][s["title"]] = tl
    sl = speaker_cell(s)
    LOG["cell_lines"][s["title"]] = ["".join(t for t, _ in runs) for runs, _, _ in sl]
    for runs, _, _ in sl:
        w = sum(tw(None, t, f) for t, f in runs)
        assert w <= ws, ("speaker cell too narrow", runs)
    h = max(len(tl) * LH_TITLE, cell_height(sl)) + 2 * PAD_Y
    if draw:
        text_at(d, (col_x(0) + col_x(1)) / 2, baseline(y + (h - LH_TITLE) / 2, LH_TITLE, F_TIME), time_text(s), F_TIME,
                anchor="ms")
        ty = y + (h - len(tl) * LH_TITLE) / 2
        for i, t in enumerate(tl):
            text_at(d, col_x(1) + PAD_X, baseline(ty + i * LH_TITLE, LH_TITLE, F_TITLE), t, F_TITLE)
        sy = y + (h - cell_height(sl)) / 2
        cx = (col_x(2) + col_x(3)) / 2
        for runs, lh, gap in sl:
            sy += gap
            w = sum(tw(None, t, f) for t, f in runs)
            x = cx - w / 2
            for t, f in runs:
                text_at(d, x, baseline(sy, lh, f), t, f)
                x += tw(None, t, f)
            sy += lh
        line(d, col_x(0), y + h, col_x(3), y + h)
        for x in (col_x(0), col_x(1), col_x(2), col_x(3)):
            line(d, x, y, x, y + h)
    return y + h


def table_head(d, y, draw):
    h = 36
    if draw:
        d.rectangle([col_x(0) * K, y * K, col_x(3) * K, (y + h) * K], fill=HEAD_FILL)
        for i, lab in enumerate(["时间", "报告题目", "报告人"]):
            text_at(d, (col_x(i) + col_x(i + 1)) / 2, baseline(y, h, F_HEAD), lab, F_HEAD, anchor="ms")
        line(d, col_x(0), y, col_x(3), y)
        line(d, col_x(0), y + h, col_x(3), y + h)
        for i in range(4):
            line(d, col_x(i), y, col_x(i), y + h)
    return y + h


def section(d, y, k, draw):
    """One forum: numbered heading, the line with room and host, the table.  Returns the y under it."""
    name, host, room, slots = FORUMS[k]
    f = font(22, bold=True)
    if draw:
        text_at(d, X0, baseline(y, 32, f), NUMERALS[k] + name, f)
    y += 32 + 6
    fi, fb = font(16.5, serif=True), font(16.5, bold=True, serif=True)
    runs = [("地点：", fb), (room, fi), ("　　主持人：", fb), (host[0], fi), ("（%s）" % host[1], fi)]
    assert sum(tw(None, t, ff) for t, ff in runs) <= X1 - X0, runs
    if draw:
        x = X0
        for t, ff in runs:
            text_at(d, x, baseline(y, 26, ff), t, ff)
            x += tw(None, t, ff)
    y += 26 + 10
    y = table_head(d, y, draw)
    for s in slots:
        y = row(d, y, s, draw)
    return y


def page_text(d, num, forums, draw):
    """The printed page (ink mask).  Returns the y under the last table."""
    fh = font(13.5, serif=True)
    if draw:  # running head: the booklet's title at the outer edge, a hairline under it
        if num % 2 == 0:
            text_at(d, X0, 82, EDITION + "　会议手册", fh)
            text_at(d, X1, 82, "大会议程", fh, anchor="rs")
        else:
            text_at(d, X0, 82, "大会议程", fh)
            text_at(d, X1, 82, EDITION + "　会议手册", fh, anchor="rs")
        line(d, X0, 90, X1, 90)
        text_at(d, W / 2, 1686, "— %d —" % num, font(15, serif=True), anchor="ms")
    y = 118
    if forums[0] == 0:
        f = font(30, bold=True)
        if draw:
            text_at(d, W / 2, baseline(y, 44, f), "大会议程", f, anchor="ms")
        y += 44 + 4
        fd = font(17, serif=True)
        if draw:
            text_at(d, W / 2, baseline(y, 26, fd), "3659年10月25日（星期六）　黑龙江 · 大庆　东北石油大学", fd, anchor="ms")
        y += 26 + 18
    else:
        y += 6
    for n, k in enumerate(forums):
        if n:
            y += 30
        y = section(d, y, k, draw)
    return y


# --- the scan ---------------------------------------------------------------
PAPER = (229, 228, 223)  # slightly grey booklet paper as the scanner sees it
INK_RGB = (40, 40, 44)
LID = (243, 243, 241)  # the scanner lid where the tilted page leaves a sliver bare
TILT = {4: 0.32, 5: -0.21}  # degrees, counter-clockwise positive


def paper(num, size):
    rng = random.Random("paper-%d" % num)
    w, h = size
    small = Image.frombytes("L", (5, 7), bytes(rng.randrange(125, 132) for _ in range(5 * 7)))
    tone = small.resize((w, h), Image.BICUBIC)  # slow unevenness of the paper and the lamp, +-3 levels
    base = Image.new("RGB", size, PAPER)
    out = ImageChops.add(base, Image.merge("RGB", (tone, tone, tone)), 1.0, -128)
    # the binding edge: page 4 is a left-hand page (binding at its right), page 5 a right-hand page
    g = Image.new("L", (w, 1), 255)
    px = g.load()
    band = 70 * K
    for i in range(band):
        v = 255 - int(30 * (1 - i / band) ** 2)
        px[(w - 1 - i) if num % 2 == 0 else i, 0] = v
    shade = g.resize((w, h))
    return ImageChops.multiply(out, Image.merge("RGB", (shade, shade, shade)))


def scan(mask, num):
    """Ink mask at 300 dpi -> the page as a 150 dpi scan: grey paper, tilt, softness, sensor noise."""
    size = mask.size
    ink = Image.new("RGB", size, INK_RGB)
    page = Image.composite(paper(num, size), ink, mask)
    page = page.rotate(TILT[num], resample=Image.BICUBIC, fillcolor=LID)
    page = page.resize((W, H), Image.LANCZOS)
    page = page.filter(ImageFilter.GaussianBlur(0.45))
    rng = random.Random("noise-%d" % num)
    noise = Image.frombytes("L", (W, H), bytes(128 + (b % 7) - 3 for b in rng.randbytes(W * H)))
    return ImageChops.add(page, Image.merge("RGB", (noise, noise, noise)), 1.0, -128)


def render(num, forums):
    mask = Image.new("L", (W * K, H * K), 255)
    d = ImageDraw.Draw(mask)
    bottom = page_text(d, num, forums, True)
    LOG["pages"][num] = bottom
    return scan(mask, num)


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 144, 148): speakers are names as printed with spaces "
    "removed (the Latin name 'Ricardo Fernandes' -> 'RicardoFernandes'; no Chinese name is padded); host is the name "
    "printed after '主持人：' under the forum's heading, for every talk and the round table of that forum, null for "
    "breaks (the unit in brackets after it is no part of it and no affiliation); start/end HH:MM on a 24-hour clock; "
    "where two speakers are printed each has his own affiliation, in printed order; affiliations are 'company job' "
    "joined by one space, exactly as printed ('华为 openEuler 内核技术专家', 'Arm Principal Software Engineer', "
    "'中国石油昆仑数智 高级工程师'); an opening speech printed with a speaker ('开幕致辞') is a talk; '茶歇' and '午餐' "
    "(printed without a speaker) are breaks, '午餐' closing 主论坛; a forum with no break after its last talk ends with "
    "it; every forum carries the edition's date. ONE invented edition stands in for CLK2022's ONE agenda image: "
    "CLK 3659 (第1654届, 大庆, 东北石油大学, Saturday 3659-10-25), whose agenda is printed in its A4 programme booklet "
    "(会议手册) over two facing pages, 4 and 5, each SCANNED at 150 dpi (1240 x 1754 PNG, slightly grey paper, tilted "
    "0.32 degree counter-clockwise on page 4 and 0.21 degree clockwise on page 5, a faint shadow at the binding edge, "
    "slightly soft, faint sensor noise). Each page is ONE entry of the truth holding the forums printed on it in "
    "printed order: page 4 主论坛 and 处理器架构与调度分论坛, page 5 内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛' "
    "(CLK2022's README names, with the spaces and lower-case 'ebpf'); no forum and no talk is on both pages. Judgement "
    "calls: (1) The running head ('第1654届中国Linux内核开发者大会　会议手册' and '大会议程' at the two ends of a "
    "hairline), the page numbers '— 4 —' and '— 5 —', the title '大会议程' and the date line '3659年10月25日（星期六）　"
    "黑龙江 · 大庆　东北石油大学' on page 4 are never part of a name, a title or a slot. (2) Each forum is its "
    "heading, numbered as a Word document numbers sections ('一、主论坛', '二、处理器架构与调度分论坛', '三、内存管理与异构计算分论坛', "
    "'四、IO 与 ebpf 分论坛'): the numbers '一、'..'四、' are no part of the forum's name. The line under it, '地点：' + the "
    "room + '　　主持人：' + the host + '（unit）', gives the host; the room is no part of the forum's name. (3) Each table "
    "has a grey head row '时间 | 报告题目 | 报告人' (column labels, no slot) and ruled cells; the range '09:15-09:45' "
    "is centred in 时间; the title stands in 报告题目, left-aligned, wrapped inside the cell where too long (each wrapped "
    "title is one title, joined with a space where the break falls at a space and without one inside Chinese text: "
    "eleven titles wrap, all over two lines: the six English-only ones, broken at spaces, and five Chinese ones, four "
    "broken at a space ('…大页与' / 'RDMA', '…的 CPU' / '调度器', '…page_owner 与' / 'slabinfo 的联合使用', "
    "'…nconnect 与' / 'RDMA 传输') and one inside a word ('…缓存模式与 DAX 窗' / '口选型' -> '…DAX 窗口选型')); "
    "the 报告人 cell is centred and holds per speaker the NAME (bold) and under it, smaller, 'company job'; two "
    "speakers of one talk are two such pairs one under the other in the same cell (given top then bottom, each with "
    "the line under his own name). All cells are vertically centred, so a one-line title stands level with the middle "
    "of a two-speaker cell. (4) Breaks are rows with the range in 时间 and the label in ONE cell spanning 报告题目 and "
    "报告人, spaced as Word documents space a two-character word ('茶　歇', '午　餐'): given as '茶歇' and '午餐'. "
    "(5) The round table '圆桌讨论：LTS 内核的维护周期应该多长？' (12:00-12:40) is ONE slot of kind 'panel': in its "
    "报告人 cell '主持：' + the moderator's name, his unit line, then '嘉宾：' + the first guest's name, his unit "
    "line, then three more guests as name and unit line each (no label); the speakers are the moderator then the "
    "guests top to bottom, one affiliation each; the labels are no names; the title keeps '圆桌讨论：' and its "
    "full-width '？'; the moderator (郭海滨) is not the forum's host (高守成). (6) English-only titles: one by the "
    "Latin-named speaker Ricardo Fernandes (Arm) in 主论坛 and five by Chinese speakers in the afternoon forums. "
    "Surnames are those of a real Chinese kernel conference (46 people, 45 Chinese): 王 李 张 three times each, 刘 陈 "
    "杨 twice, 黄 赵 吴 周 徐 孙 马 胡 朱 郭 何 罗 高 林 once, fourteen more of the hundred commonest once (宋 梁 郑 曹 谢 "
    "唐 许 韩 冯 邓 彭 曾 于 肖), and two rare ones, 郏 (郏宏伟, a guest of the round table) and 眭 (眭晓丽). Two-speaker "
    "talks: 李宏亮 (东北石油大学) and 赵婉清 (中国石油昆仑数智), 郑思远 (中国科学院软件研究所) and 曹雨萌 (平头哥半导体), "
    "张铭远 (英特尔) and 许可馨 (上海交通大学), 彭程远 and 眭晓丽 (both 阿里云), 张宇航 (字节跳动) and 曾乐天 "
    "(华中科技大学). SCORED = every slot of kind talk or panel: 7 + 8 + 9 + 9 = 33 (the opening speech and the round "
    "table counted; 31 without them)."
)
LAYOUTS = {
    4: ("CLK 3659 (第1654届), 大庆, 东北石油大学, 3659-10-25, page 4 of the A4 programme booklet scanned at 150 dpi "
        "(PNG 1240 x 1754, grey paper, tilted 0.32 degree, binding shadow at the right): running head, '大会议程', the "
        "date line, then '一、主论坛' and '二、处理器架构与调度分论坛', each with '地点：…　　主持人：name（unit）' and a "
        "ruled table 时间 | 报告题目 | 报告人 (name bold, 'company job' smaller under it; 茶歇/午餐 rows spanning two "
        "columns; the round table's cell with '主持：' and '嘉宾：'); page number '— 4 —'. 7 + 8 scored."),
    5: ("CLK 3659 (第1654届), page 5 of the same booklet, scanned the same way (tilted 0.21 degree the other way, "
        "binding shadow at the left): running head, '三、内存管理与异构计算分论坛' and '四、IO 与 ebpf 分论坛' in the same "
        "tables; page number '— 5 —'. 9 + 9 scored."),
}


def scored(forums=range(4)):
    return [s for k in forums for s in FORUMS[k][3] if s["kind"] != "break"]


WRAPPED = [  # the titles printed over two lines, as the layout breaks them (checked)
    ["Running Realm Guests on Arm CCA: The Road to", "Mainline KVM Support"],
    ["油气勘探高性能计算集群的内核调优：NUMA 绑核、大页与", "RDMA"],
    ["EEVDF in Production: Tuning Latency for Mixed", "Online and Batch Workloads"],
    ["把调度策略交给业务：用 sched_ext 定制混部场景的 CPU", "调度器"],
    ["Three Clusters, One Energy Model: Task Placement on", "Flagship Phone SoCs"],
    ["CXL Memory Expanders in Practice: How Hot Pages", "Find Their Way Back to DRAM"],
    ["线上 slab 泄漏排障复盘：kmemleak、page_owner 与", "slabinfo 的联合使用"],
    ["Why Is My Page Cache So Big? File LRU Behaviour", "Under Database Workloads"],
    ["Polled I/O Queues Revisited: When Busy Polling Beats", "Interrupts on NVMe"],
    ["AI 训练集群共享存储的 NFS 客户端调优：nconnect 与", "RDMA 传输"],
    ["安全容器里的共享文件系统：virtio-fs 缓存模式与 DAX 窗", "口选型"],
]


def surname(name):
    return name[0]


def check(posters):
    """What the brief asks; no person twice; no real name; no title or name of the real repositories."""
    words = listing_words()
    assert [n for n, _, _, _ in FORUMS] == FORUM_NAMES
    assert saturday(DATE), DATE
    slots = [s for _, _, _, sl in FORUMS for s in sl]
    people = []
    for k, (name, host, room, sl) in enumerate(FORUMS):
        people.append(host[0])
        people += [sp["name"] for s in sl for sp in s["sp"]]
        for a, b in zip(sl, sl[1:]):
            assert a["end"] == b["start"], (a, b)
        for s in sl:
            assert s["start"] < s["end"]
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == host[0]
            assert s["kind"] == "break" or 1 <= len(s["sp"]) <= (5 if s["kind"] == "panel" else 2)
        assert sum(s["title"] == "茶歇" for s in sl) == 1, name
        assert sl[0]["start"] == ("09:00" if k == 0 else "13:30")
    assert FORUMS[0][3][-1]["title"] == "午餐" and all(f[3][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert sum(s["kind"] == "panel" for s in slots) == 1
    assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") == 5
    assert any(s["title"] == "开幕致辞" and s["sp"] for s in slots)
    latin = [sp["name"] for s in slots for sp in s["sp"] if re.fullmatch(r"[A-Za-z ]+", sp["name"])]
    assert latin == ["Ricardo Fernandes"], latin
    english = [s["title"] for s in scored() if re.fullmatch(r"[\x20-\x7e]+", s["title"])]
    assert len(english) == 6, english
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(map(plain, people)) & set(REAL_NAMES)
    chinese = [p for p in people if not re.fullmatch(r"[A-Za-z ]+", p)]
    sur = {}
    for p in chinese:
        sur[surname(p)] = sur.get(surname(p), 0) + 1
    assert len(chinese) == 45, len(chinese)
    assert sum(sur.get(c, 0) for c in "王李张刘陈") == 13, sur
    assert sum(sur.get(c, 0) for c in "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林") == 29, sur
    assert max(sur.values()) == 3
    assert sorted(c for c, v in sur.items() if v == 3) == sorted("王李张"), sur
    assert sorted(c for c, v in sur.items() if v == 2) == sorted("刘陈杨"), sur
    others = sorted(c for c in sur if c not in "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林" and c not in "郏眭")
    assert others == sorted("宋梁郑曹谢唐许韩冯邓彭曾于肖"), others
    rare = {"郏", "眭"}
    assert sorted(surname(p) for p in chinese if surname(p) in rare) == sorted(rare)
    for s in scored():
        assert s["title"] not in words, s["title"]
        for sp in s["sp"]:
            assert plain(sp["name"]) not in words, sp["name"]
    titles = [s["title"] for s in scored()]
    assert len(titles) == len(set(titles))
    # the layout the note describes
    wrapped = [ls for ls in LOG["title_lines"].values() if len(ls) > 1]
    assert sorted(wrapped) == sorted(WRAPPED), wrapped
    assert all(len(ls[-1].replace(" ", "")) >= 3 for ls in wrapped)
    for t in english:
        assert LOG["title_lines"][t] in WRAPPED or len(LOG["title_lines"][t]) == 1
    for s in scored():
        assert len(LOG["cell_lines"][s["title"]]) == 2 * len(s["sp"]), LOG["cell_lines"][s["title"]]
    for num, bottom in LOG["pages"].items():
        assert bottom <= 1640, (num, bottom)  # clear of the page number
    counts = [sum(s["kind"] != "break" for s in sl) for _, _, _, sl in FORUMS]
    assert counts == [7, 8, 9, 9], counts
    assert [len(p["forums"]) for p in posters] == [2, 2]
    assert all(abs(a) <= 0.5 for a in TILT.values())
    return len(titles)


def main():
    posters = []
    for fname, num, forums in PAGES:
        im = render(num, forums)
        assert im.size == (W, H)
        path = os.path.join(HERE, fname)
        im.save(path, optimize=True)
        print(fname, "%d x %d" % im.size, os.path.getsize(path), "bottom", LOG["pages"][num])
        posters.append({"file": fname, "layout": LAYOUTS[num], "date": DATE,
                        "forums": [{"forum": FORUMS[k][0], "date": DATE,
                                    "slots": [truth_slot(s) for s in FORUMS[k][3]]} for k in forums]})
    n = check(posters)
    print("scored talks", n)
    assert 30 <= n <= 42, n
    truth = {"written": "2026-12-20", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
