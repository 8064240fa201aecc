"""Draw the agenda poster of matching-blind-7 and write its truth (deterministic, Pillow only).

Run:  python draw.py   -> writes 2022clk.png and truth.json next to this file.

Every string the poster prints comes from FORUMS below, and the deck map of
truth.json from build.py's DECKS, so poster, truth and repository cannot drift
apart.  Randomness only from seeded Random instances (the QR code, the specks).
The structure and the small helpers (font, tw, TOKEN, wrap, wrap_nicely,
ctext, rtext, vgrad, glow, qrcode, cup, bowl, pin, logo_lines) are copied from
matching-blind-6's draw.py (which copied most of them from matching-blind-5's);
the programme, the heads, the rows and the colours are this set's.  The poster
is one long image in the organisers' family style (a dark page with glows, logo
lines, the big two-line name of the conference, a date pill, a framed
introduction, '大会议程' over a hollow 'AGENDA', a timeline of rows per forum),
in this edition's colours: a deep pine-green page that sinks to a blue-black at
the foot, lime titles, aqua times in outlined boxes, sage affiliations.  主论坛
in the morning, the three forums of CLK2022's README in the afternoon, one
after another.
"""
import json
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from build import DECKS

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fc = {}
INK = (6, 30, 26)  # the dark ink of the QR code and of text on light fills


def font(size, bold=False):
    path = FD + "NotoSansCJK-%s.ttc" % ("Bold" if bold else "Regular")
    key = (path, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, size, index=SC)
    return _fc[key]


def tw(d, text, f):
    b = d.textbbox((0, 0), text, font=f)
    return b[2] - b[0]


TOKEN = re.compile(r"[（(《]?[A-Za-z0-9_\-./:+#'&]+[,)）》]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”》"


def wrap(d, text, f, maxw):
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        if not cur or tw(d, cur + tok.rstrip(), f) <= maxw or tok[0] in NO_LINE_START:
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def wrap_nicely(d, text, f, maxw):
    """Wrap as a designer would: after a '：'/': ' or before a '——' when both halves fit (and the first
    is not a stub under a third of the measure), else into even lines."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2:
        return lines
    for sep, keep_left in (("：", True), (": ", True), ("——", False)):
        head, s, tail = text.partition(sep)
        if not s:
            continue
        left, right = (head + s.rstrip(), tail) if keep_left else (head, s + tail)
        if maxw // 3 <= tw(d, left, f) <= maxw and len(wrap(d, right, f, maxw)) == len(lines) - 1:
            return [left, *wrap(d, right, f, maxw)]
    lo, hi = 1, maxw
    while lo < hi:  # the narrowest measure that needs no more lines
        mid = (lo + hi) // 2
        if len(wrap(d, text, f, mid)) <= len(lines):
            hi = mid
        else:
            lo = mid + 1
    return wrap(d, text, f, lo)


def ctext(d, cx, y, text, f, fill):
    d.text((cx - tw(d, text, f) / 2, y), text, font=f, fill=fill)


def rtext(d, rx, y, text, f, fill):
    d.text((rx - tw(d, text, f), y), text, font=f, fill=fill)


def vgrad(w, h, c1, c2):
    im = Image.new("RGB", (w, h), c1)
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / max(1, h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))
    return im


def glow(im, cx, cy, r, col, strength):
    """A soft light blob (the organisers' posters glow): a blurred disc screened onto the picture."""
    lay = Image.new("RGB", im.size, (0, 0, 0))
    ImageDraw.Draw(lay).ellipse([cx - r, cy - r, cx + r, cy + r], fill=tuple(int(c * strength) for c in col))
    small = lay.resize((max(1, im.size[0] // 8), max(1, im.size[1] // 8)), Image.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(r / 16))
    return ImageChops.screen(im, small.resize(im.size, Image.BILINEAR))


def qrcode(d, x, y, size, seed):
    """A QR-looking square (three finder patterns, seeded modules; it encodes nothing)."""
    rnd = random.Random(seed)
    n, m = 25, size / 25
    d.rectangle([x, y, x + size, y + size], fill=(255, 255, 255))
    for r in range(n):
        for c in range(n):
            finder = (r < 8 and c < 8) or (r < 8 and c >= n - 8) or (r >= n - 8 and c < 8)
            if not finder and rnd.random() < 0.5:
                box = [x + c * m, y + r * m, x + (c + 1) * m - 0.5, y + (r + 1) * m - 0.5]
                d.rectangle(box, fill=INK)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        X, Y = x + fx * m, y + fy * m
        d.rectangle([X, Y, X + 7 * m, Y + 7 * m], fill=INK)
        d.rectangle([X + m, Y + m, X + 6 * m, Y + 6 * m], fill=(255, 255, 255))
        d.rectangle([X + 2 * m, Y + 2 * m, X + 5 * m, Y + 5 * m], fill=INK)


def cup(d, x, y, fill, k=1.0):
    """A small coffee cup drawn in lines (the fonts have no cup glyph)."""
    lw = max(2, round(3 * k))
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=lw)
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=lw)
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def bowl(d, x, y, fill, k=1.0):
    """A rice bowl with chopsticks for the lunch band (a cup would say tea)."""
    lw = max(2, round(3 * k))
    d.chord([x, y + 4 * k, x + 32 * k, y + 34 * k], 0, 180, outline=fill, width=lw)
    d.line([(x - 2 * k, y + 19 * k), (x + 34 * k, y + 19 * k)], fill=fill, width=lw)
    d.line([(x + 14 * k, y + 16 * k), (x + 30 * k, y - 4 * k)], fill=fill, width=lw)
    d.line([(x + 20 * k, y + 16 * k), (x + 36 * k, y - 2 * k)], fill=fill, width=lw)


def pin(d, x, y, fill, hole, k=1.0):
    """A map pin before the city, as the organisers' date pills have it."""
    d.ellipse([x, y, x + 22 * k, y + 22 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 15 * k), (x + 20 * k, y + 15 * k), (x + 11 * k, y + 34 * k)], fill=fill)
    d.ellipse([x + 7 * k, y + 6 * k, x + 15 * k, y + 14 * k], fill=hole)


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


# ---------------------------------------------------------------------------
# The programme.  A talk: T(id, start, end, title, speakers); a speaker: (name as
# printed, 'company job' as printed or None).  Two-character Chinese names are
# printed with an ideographic space in the middle, as the organisers print them;
# truth.json gives them without it.
def T(tid, start, end, title, speakers, panel=False):
    return {"kind": "talk", "id": tid, "start": start, "end": end, "title": title, "sp": speakers,
            "panel": panel}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title}


DATE = "2022-11-06"
# (forum name as CLK2022's README spells it, its English line, (出品人, unit), slots)
FORUMS = [
    ("主论坛", "MAIN FORUM", ("封　磊", "厦门大学信息学院 教授"), [
        T("main-01", "09:00", "09:10", "开幕致辞", [("冯晓岚", "厦门大学 副校长")]),
        T("main-02", "09:10", "09:45",
          "Squeezing Memory from the Kernel: Raising Datacenter Memory Utilization",
          [("李泽帆", "字节跳动")]),
        T("main-03", "09:45", "10:20", "云平台热迁移：从脏页评估到毫秒级停机的优化实践",
          [("钱浩然", "天翼云 虚拟化高级工程师")]),
        B("10:20", "10:35", "茶歇"),
        T("main-04", "10:35", "11:10", "LATS：基于龙架构的系统级二进制翻译器",
          [("牛　根", "龙芯中科 工程师")]),
        T("main-05", "11:10", "11:45", "基于 eBPF 的大模型性能剖析与慢节点检测",
          [("程书意", "阿里云")]),
        T("main-06", "11:45", "12:20", "Rust for Linux：内核 Rust 驱动的上游进展",
          [("葛书航", "麒麟软件 内核工程师")]),
        B("12:20", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", "PROCESSOR ARCHITECTURE & SCHEDULING", ("管晓峰", "龙芯中科 系统软件专家"), [
        T("arch-01", "13:30", "14:00", "RISC-V 支持 64K 基础页的设计与实现",
          [("路　旭", "字节跳动 内核工程师")]),
        T("arch-02", "14:00", "14:30", "ARM64 SPE 助力 NUMA balancing 与 DAMON",
          [("左　泽", "华为 OS 内核实验室")]),
        T("arch-03", "14:30", "15:00", "NUMA-ICON: An Adaptive NUMA Scheduling Framework",
          [("唐　辉", "华为 操作系统高级工程师")]),
        T("arch-04", "15:00", "15:30", "大小核平台上 EAS 与负载均衡的协同优化",
          [("尹嘉禾", "荣耀 调度性能工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("arch-05", "15:45", "16:15", "基于任务调度延迟的负载均衡（balance）方案",
          [("胡　璞", "OPPO 高级底层软件工程师")]),
        T("arch-06", "16:15", "16:45", "EEVDF 调度延迟的优化与思考", [("臧春鑫", None)]),
        T("arch-07", "16:45", "17:15", "crash-utility 中的 Eppic 改进与 Rust 支持",
          [("Lianbo Jiang", "红帽 高级工程师")]),
        T("arch-08", "17:15", "17:45", "向上游引入 objtrace：一次内核社区投稿之旅",
          [("谢　欢", "Linux 内核开发者")]),
    ]),
    ("内存管理与异构计算分论坛", "MEMORY MANAGEMENT & HETEROGENEOUS COMPUTING",
     ("裴宏亮", "OPPO 内核团队负责人"), [
        T("mem-01", "13:30", "14:00", "异步内存回收新思路：基于冷热文件的冷热区域精准回收",
          [("胡俊鹏", "OPPO 高级后端工程师")]),
        T("mem-02", "14:00", "14:30", "mmap_lock 与 anon_vma 锁竞争优化",
          [("李杨欧文", "OPPO 底层软件工程师")]),
        T("mem-03", "14:30", "15:00", "ZCACHE: Managing an Asynchronous Compressed File Cache",
          [("林泽生", "vivo 性能优化工程师")]),
        B("15:00", "15:15", "茶歇"),
        T("mem-04", "15:15", "15:45", "dma-buf 支持 Direct I/O：方案与收益",
          [("杨　欢", "vivo 存储系统工程师")]),
        T("mem-05", "15:45", "16:15", "XMFS：基于内存池的跨节点共享文件系统",
          [("乔一凡", "华为 操作系统部")]),
        T("mem-06", "16:15", "16:45", "HMM：GPU 显存与系统内存的统一管理",
          [("谷　昊", "摩尔线程 GPU 驱动工程师")]),
        T("mem-07", "16:45", "17:30", "圆桌讨论：移动终端的内存之困与破局",
          [("贝立新", "厦门大学信息学院 教授"), ("卓　然", "小米 内存优化专家"),
           ("邬海涛", "荣耀 内核专家"), ("孔令仪", "OPPO 内存团队负责人"),
           ("施　雯", "华为 终端内存管理专家")], panel=True),
    ]),
    ("IO 与 ebpf 分论坛", "IO & eBPF", ("汤　颖", "vivo 存储系统专家"), [
        T("io-01", "13:30", "13:55", "f2fs 支持 large folio 的探索与实践",
          [("张细锐", "vivo 存储系统工程师"), ("荣乾锋", "vivo 内存管理工程师")]),
        T("io-02", "13:55", "14:20", "Inline Tail：大幅降低 F2FS 小文件的空间占用",
          [("伍　勃", "vivo 存储系统工程师")]),
        T("io-03", "14:20", "14:45", "iomap：f2fs 向 iomap 迁移的探索与实践",
          [("李扬韬", "vivo 文件系统工程师")]),
        T("io-04", "14:45", "15:10", "文件系统多线程并行回写的探索与实践",
          [("王誉霏", "vivo 存储系统工程师"), ("张细锐", "vivo 存储系统工程师")]),
        B("15:10", "15:25", "茶歇"),
        T("io-05", "15:25", "15:50", "Fallocate Write Zeroes：文件预分配的垂直零化方案",
          [("张　翼", "华为 欧拉突击队")]),
        T("io-06", "15:50", "16:15", "MD RAID 的无锁位图（lockless bitmap）优化",
          [("郑琪星", "华为 OS 内核实验室"), ("余　快", "华为 OS 内核实验室")]),
        T("io-07", "16:15", "16:40", "Securing Container Runtimes in the Kernel with eBPF",
          [("甄　鹏", "浪潮信息 操作系统安全专家")]),
        T("io-08", "16:40", "17:05", "用 eBPF 观测 io_uring 的提交与完成路径",
          [("蓝天宇", "腾讯 TencentOS 内核工程师")]),
    ]),
]
INTRO = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域"
         "规模最大、影响力最广的年度技术盛会，由国内主要操作系统厂商、互联网企业、芯片厂商与高校"
         "共同发起，秉承“自由、协作、创新”的理念。第17届大会由厦门大学承办，上午为主论坛，下午设"
         "处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛，来自华为、阿里云、字节跳动、"
         "vivo、OPPO、龙芯中科、浪潮信息、红帽与高校的开发者将分享内核领域的最新进展，"
         "欢迎开发者与高校师生到场与线上交流。")
UNITS = ["厦门大学", "华为", "阿里云", "字节跳动", "vivo", "OPPO", "龙芯中科", "浪潮信息",
         "红帽", "腾讯", "openEuler", "龙蜥社区"]

PINE, ABYSS = (10, 46, 38), (3, 14, 18)
LIME, AQUA, WHITE = (206, 246, 118), (88, 226, 208), (255, 255, 255)
SAGE, BAND, RULE = (170, 204, 188), (18, 74, 62), (58, 132, 112)

W = 1680
X0, X1 = 70, W - 70
TIME_X, LINE_X, TEXT_X = 84, 412, 460  # the range's box, the timeline's ring, the title and speakers


def rng(s):
    return "{}-{}".format(s["start"], s["end"])


def time_box(d, y, s):
    """The range in aqua inside an outlined box, as this edition prints it."""
    ft = font(36, True)
    d.rounded_rectangle([TIME_X, y - 2, TIME_X + tw(d, rng(s), ft) + 28, y + 54], radius=10,
                        outline=AQUA, width=2)
    d.text((TIME_X + 14, y + 1), rng(s), font=ft, fill=AQUA)


def speaker_line(d, x, y, sp, maxw):
    """The name in white, 'company job' small beside it; one line per speaker."""
    fn, fa = font(38, True), font(28)
    d.text((x, y), sp[0], font=fn, fill=WHITE)
    if sp[1]:
        ax = x + tw(d, sp[0], fn) + 24
        assert ax + tw(d, sp[1], fa) <= x + maxw, sp
        d.text((ax, y + 9), sp[1], font=fa, fill=SAGE)
    return y + 56


def slot(d, y, s):
    TW = X1 - TEXT_X
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 76], radius=38, fill=BAND)
        time_box(d, y + 10, s)
        (cup if s["title"] == "茶歇" else bowl)(d, TEXT_X, y + 20, LIME, 1.2)
        d.text((TEXT_X + 64, y + 12), s["title"], font=font(42, True), fill=WHITE)
        return y + 112
    time_box(d, y + 2, s)
    top = y
    ft = font(46, True)
    for ln in wrap_nicely(d, s["title"], ft, TW):
        d.text((TEXT_X, y), ln, font=ft, fill=LIME)
        y += 64
    y += 8
    if s["panel"]:
        for tag, people in (("主持人：", s["sp"][:1]), ("嘉　宾：", s["sp"][1:])):
            d.text((TEXT_X, y + 6), tag, font=font(30, True), fill=AQUA)
            y += 52
            for sp in people:
                y = speaker_line(d, TEXT_X, y, sp, TW)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, TEXT_X, y, sp, TW)
    d.line([(LINE_X, top + 40), (LINE_X, y + 44)], fill=RULE, width=2)  # the timeline, down to the next row
    d.ellipse([LINE_X - 12, top + 16, LINE_X + 12, top + 40], outline=LIME, width=4)  # a ring on the line
    return y + 44


def forum_head(d, y, name, english, host):
    """A lime bar, the forum's name with its English line under it, the 出品人 at the right."""
    fh = font(58, True)
    d.rectangle([X0, y + 4, X0 + 12, y + 122], fill=LIME)
    d.text((X0 + 36, y - 4), name, font=fh, fill=LIME)
    d.text((X0 + 38, y + 84), english, font=font(24, True), fill=AQUA)
    lab, fl = "出品人：", font(32, True)
    hx = X1 - tw(d, lab + host[0], fl)
    d.text((hx, y + 6), lab, font=fl, fill=AQUA)
    d.text((hx + tw(d, lab, fl), y + 6), host[0], font=fl, fill=WHITE)
    rtext(d, X1, y + 54, host[1], font(24), SAGE)
    y += 150
    d.rectangle([X0, y, X1, y + 2], fill=AQUA)
    d.rectangle([X0, y - 3, X0 + 180, y + 5], fill=LIME)
    return y + 52


def badge(d, cx, cy, r):
    """The edition's badge: a lime diamond with 'CLK' over '2022'."""
    pts = [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)]
    d.polygon(pts, outline=LIME, width=6)
    q = r - 20
    d.polygon([(cx, cy - q), (cx + q, cy), (cx, cy + q), (cx - q, cy)], outline=(60, 150, 126), width=2)
    ctext(d, cx, cy - 62, "CLK", font(56, True), WHITE)
    ctext(d, cx, cy + 6, "2022", font(42, True), AQUA)


def paint(im, d):
    logo_lines(d, X0, 54, WHITE, LIME, 1.5)
    rtext(d, X1, 58, "厦门大学", font(48, True), WHITE)
    rtext(d, X1, 122, "XIAMEN UNIVERSITY", font(22, True), SAGE)
    for dx, col in ((5, (28, 110, 90)), (0, WHITE)):
        d.text((X0 + dx, 250 + dx), "第17届中国", font=font(122, True), fill=col)
        d.text((X0 + dx, 404 + dx), "Linux内核开发者大会", font=font(122, True), fill=col)
    badge(d, X1 - 120, 330, 128)
    fp = font(40, True)
    pill = "2022年11月6日（周日）"
    city = "厦门 · 线上同步直播"
    pw = tw(d, pill, fp) + tw(d, city, fp) + 140
    d.rounded_rectangle([X0, 622, X0 + pw, 698], radius=38, fill=AQUA)
    d.text((X0 + 36, 632), pill, font=fp, fill=INK)
    px = X0 + 36 + tw(d, pill, fp) + 26
    pin(d, px, 642, INK, AQUA, 1.1)
    d.text((px + 40, 632), city, font=fp, fill=INK)
    d.text((X0, 732), "地址：厦门大学思明校区 科学艺术中心", font=font(36), fill=WHITE)
    y = 840
    top = y
    fi = font(30)
    y += 44
    for ln in wrap(d, INTRO, fi, X1 - X0 - 110):
        d.text((X0 + 60, y), ln, font=fi, fill=SAGE)
        y += 52
    y += 28
    d.rectangle([X0, top, X1, y], outline=(70, 150, 128), width=2)
    d.rectangle([X0, top, X0 + 10, y], fill=LIME)  # a lime bar down the frame's left side
    y += 170
    hollow = "AGENDA"
    fa = font(170, True)
    d.text((W / 2 - tw(d, hollow, fa) / 2, y - 70), hollow, font=fa, fill=PINE, stroke_width=2,
           stroke_fill=(70, 160, 136))
    ctext(d, W / 2, y, "大会议程", font(90, True), WHITE)
    y += 210
    for k, (name, english, host, slots) in enumerate(FORUMS):
        if k == 1:
            ctext(d, W / 2, y, "下午 · 三场分论坛并行举行", font(40, True), AQUA)
            y += 110
        y = forum_head(d, y, name, english, host)
        for s in slots:
            y = slot(d, y, s)
        y += 70
    ctext(d, W / 2, y, "支持单位", font(60, True), WHITE)
    y += 120
    cols, gap, bh = 4, 24, 92
    bw = (X1 - X0 - (cols - 1) * gap) / cols
    for i, u in enumerate(UNITS):
        bx, by = X0 + (i % cols) * (bw + gap), y + (i // cols) * (bh + 24)
        d.rectangle([bx, by, bx + bw, by + bh], outline=LIME, width=3)
        ctext(d, bx + bw / 2, by + 20, u, font(36, True), WHITE)
    y += ((len(UNITS) + cols - 1) // cols) * (bh + 24) + 70
    qrcode(d, W / 2 - 150, y, 300, 20221106)
    ctext(d, W / 2, y + 330, "扫码观看直播", font(48, True), WHITE)
    foot = "主办：中国Linux内核开发者大会组委会　承办：厦门大学信息学院"
    ctext(d, W / 2, y + 408, foot, font(28), SAGE)
    return y + 500


def background(w, h):
    im = vgrad(w, h, PINE, ABYSS)
    im = glow(im, w - 200, 320, 560, (60, 220, 170), 0.40)
    im = glow(im, 160, 1300, 500, (150, 230, 80), 0.28)
    for k, yy in enumerate(range(2800, h - 600, 2400)):
        im = glow(im, w - 150 if k % 2 else 150, yy, 520, (50, 200, 170), 0.20)
    # specks of light, seeded, as the organisers' backgrounds have
    rnd = random.Random(1106)
    d = ImageDraw.Draw(im)
    for _ in range(1000):
        x, y, r = rnd.randrange(w), rnd.randrange(h), rnd.choice((1, 1, 2, 2, 3))
        c = rnd.choice(((200, 255, 150), (140, 240, 220), (230, 250, 220)))
        a = rnd.uniform(0.25, 0.7)
        base = im.getpixel((x, y))
        d.ellipse([x - r, y - r, x + r, y + r], fill=tuple(int(base[i] + (c[i] - base[i]) * a) for i in range(3)))
    return im


def draw():
    """Lay out once on a strip to learn the height, paint on a background that tall, then export as a
    designer's web export does: 256 colours by median cut, no dither, back to RGB."""
    strip = Image.new("RGB", (W, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(W, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).convert("RGB")


def plain(name):
    return name.replace("\u3000", "")


def truth():
    talks = []
    for name, _, _, slots in FORUMS:
        for s in slots:
            if s["kind"] == "talk":
                talks.append({"id": s["id"], "title": s["title"], "forum": name, "start": s["start"],
                              "end": s["end"], "speakers": [plain(sp[0]) for sp in s["sp"]]})
    ids = {t["id"] for t in talks}
    assert len(ids) == len(talks)
    decks = {name: tid for _, _, name, tid, _ in DECKS}
    assert set(decks.values()) <= ids
    return {"date": DATE, "talks": talks, "decks": decks}


def main():
    im = draw()
    out = os.path.join(HERE, "2022clk.png")
    im.save(out, "PNG", optimize=True)
    size = os.path.getsize(out)
    assert 1400 <= im.size[0] <= 1800, im.size
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"2022clk.png {im.size[0]}x{im.size[1]}, {size} bytes")
    assert 1_000_000 <= size <= 1_600_000, size


if __name__ == "__main__":
    main()
