"""Draw the fifty-eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances.
The set is about the ONE agenda image of a whole one-day edition, as an
edition's repository holds it (CLK2022's holds imgs/2022clk.png, a 1.5 MB
PNG): a 1080 px wide PNG of 1.0-1.6 MB with CLK2022's four forums, 主论坛 in
the morning, then 处理器架构与调度分论坛, 内存管理与异构计算分论坛 and
'IO 与 ebpf 分论坛' in the afternoon.  Four editions, no talk on two posters:
  CLK 2281 (扬州, dark circuit-board green): each forum headed by a drawn
    PICTOGRAM (a chip, a memory stick, a disk) that holds a word ('CPU',
    'MEM', 'I/O'); each talk a TICKET whose torn-off STUB at the RIGHT holds
    the start over the end; a round table whose guests stand as a row of
    discs after '嘉宾（按姓氏拼音排序）'; a speakerless '开场视频'.
  CLK 2282 (石家庄, a light page under a coral header): forum names on a
    highlighter stroke; each talk's START level with its title and its END
    level with its LAST speaker line, a thin line between them; speakers
    printed 'company job  NAME', the name LAST.
  CLK 2283 (海口, the organisers' near black): forums under HEXAGONS ('00'
    for 主论坛); the company in a filled CHIP between the name and the job;
    the afternoon as a MASONRY of two columns: 01 and 03 one under the other
    at the left, 02 at the right; a note with the lunch's place.
  CLK 2284 (绵阳, the organisers' royal blue): names in 【】 brackets; the
    keynotes with a photo and the range UNDER THE PHOTO; the afternoon as
    three columns of cards whose range fills a coloured STRIP at the top.
"""
import json
import math
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

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


def tw(d, text, f):
    b = d.textbbox((0, 0), text, font=f)
    return b[2] - b[0]


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


def wrap_nicely(d, text, f, maxw):
    """Wrap as a designer would: after a '：' (or an English ': ') when both halves fit, else evenly."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2:
        return lines
    for sep in ("：", ": "):
        head, s, tail = text.partition(sep)
        head += s.rstrip()
        if s and tw(d, head, f) <= maxw and len(wrap(d, tail, f, maxw)) == len(lines) - 1:
            return [head] + wrap(d, tail, f, maxw)
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


def grain(im, seed, noise):
    """Seeded grain blended in: the texture of a designer's background and of a re-saved picture."""
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


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
                d.rectangle([x + c * m, y + r * m, x + (c + 1) * m - 0.5, y + (r + 1) * m - 0.5], fill=(20, 20, 20))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        X, Y = x + fx * m, y + fy * m
        d.rectangle([X, Y, X + 7 * m, Y + 7 * m], fill=(20, 20, 20))
        d.rectangle([X + m, Y + m, X + 6 * m, Y + 6 * m], fill=(255, 255, 255))
        d.rectangle([X + 2 * m, Y + 2 * m, X + 5 * m, Y + 5 * m], fill=(20, 20, 20))


def T(start, end, title, speakers, host, **extra):
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title, **extra):
    return dict({"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}, **extra)


def plain(name):
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job):
    """A speaker as printed: the name, the company, the job title (None where none is printed)."""
    return (name, company, job)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    company, job = sp[1], sp[2]
    return company if job is None else company + " " + job


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums, date):
    """Forums in their printed numbering (主论坛, 01, 02, 03); each carries the edition's one date."""
    return [{"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]} for name, _, slots in forums]


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def cup(d, x, y, fill, k=1.0):
    """A small coffee cup drawn in lines (the fonts have no cup glyph); k scales it."""
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=max(2, round(3 * k)))
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=max(2, round(3 * k)))
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def bowl(d, x, y, fill, k=1.0):
    """A rice bowl with chopsticks, the designer's mark for lunch."""
    d.chord([x, y + 4 * k, x + 32 * k, y + 34 * k], 0, 180, outline=fill, width=max(2, round(3 * k)))
    d.line([(x - 2 * k, y + 19 * k), (x + 34 * k, y + 19 * k)], fill=fill, width=max(2, round(3 * k)))
    d.line([(x + 14 * k, y + 16 * k), (x + 30 * k, y)], fill=fill, width=2)
    d.line([(x + 19 * k, y + 16 * k), (x + 36 * k, y + 2 * k)], fill=fill, width=2)


def meal(d, x, y, title, fill, k=1.0):
    """The icon a break gets: a cup for a tea break, a bowl for lunch, nothing for the rest."""
    if title.startswith("茶歇"):
        cup(d, x, y, fill, k)
    elif title.startswith("午餐"):
        bowl(d, x, y + 2 * k, fill, k)


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


def photo(d, x, y, s, bg, fg, ring=None):
    """A portrait placeholder: a grey silhouette in a circle; no initials."""
    d.ellipse([x, y, x + s, y + s], fill=bg)
    d.ellipse([x + s * 0.35, y + s * 0.2, x + s * 0.65, y + s * 0.52], fill=fg)
    d.pieslice([x + s * 0.2, y + s * 0.58, x + s * 0.8, y + s * 1.18], 180, 360, fill=fg)
    if ring:
        d.ellipse([x - 4, y - 4, x + s + 4, y + s + 4], outline=ring, width=3)


def para(d, x, y, text, f, fill, maxw, lh):
    """A paragraph wrapped to maxw.  Returns the y under it."""
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def support_boxes(d, X0, X1, y, units, fill, ink, per_row=3, bh=76, gap=22):
    """Support-unit boxes, company names in white boxes as the organisers' foot has them."""
    bw = (X1 - X0 - (per_row - 1) * gap) / per_row
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + 18)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=fill)
        ctext(d, bx + bw / 2, by + 16, u, font(30, True), ink)
    return y + math.ceil(len(units) / per_row) * (bh + 18)


GRAIN = {"a": 0.006, "b": 0.0055, "c": 0.005, "d": 0.005}  # tuned so that each PNG weighs 1.0-1.6 MB
FORUM_NAMES = ("主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛")
WHITE = (255, 255, 255)


# ===========================================================================
# 1. CLK 2281 (第276届), 扬州, Saturday 2281-10-22: a dark CIRCUIT-BOARD green
#    long image (copper traces and vias in the background, lime accents).
#    Each forum: a drawn PICTOGRAM in a box (a chip 'MAIN', a CPU 'CPU', a
#    memory stick 'MEM', a disk 'I/O'), the name, '主持人：name  unit'.  Each
#    talk a TICKET: title and 'name  company job' lines in the body, and in a
#    perforated STUB at the RIGHT the start over a copper dash over the end.
#    Breaks are slim tickets the same way.  The round table: a '主持' line,
#    then '嘉宾（按姓氏拼音排序）' over a row of discs, each with the name, the
#    company and the job centred under it.
DATE_A = "2281-10-22"
FORUMS_A = [
    ("主论坛", ("周立新", "扬州大学 信息工程学院 教授"), [
        B("09:00", "09:05", "开场视频"),
        T("09:05", "09:20", "开幕致辞", [S("陈建国", "扬州大学", "副校长")], "周立新"),
        T("09:20", "10:00", "openEuler 内核的演进：从多架构支持到全场景统一",
          [S("王海峰", "华为", "openEuler 技术委员会主席")], "周立新"),
        T("10:00", "10:40", "Real-Time Linux After the Merge: What Comes Next",
          [S("Christoph Baumann", "SUSE", "Senior Kernel Engineer")], "周立新"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:30", "龙蜥内核热补丁与热升级在云上的规模化实践",
          [S("许文博", "阿里云", "龙蜥社区内核 SIG Maintainer")], "周立新"),
        T("11:30", "12:10", "圆桌讨论：内核社区的下一代维护者从哪里来",
          [S("刘晓东", "阿里云", "龙蜥社区技术委员会委员"),
           S("陈静", "字节跳动", "内核团队负责人"),
           S("黄涛", "英特尔", "首席工程师"),
           S("孙毅", "清华大学", "副教授"),
           S("赵磊", "华为", "内核 Maintainer")], "周立新", panel=True),
        B("12:10", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("宓建平", "扬州大学 副教授"), [
        T("13:30", "14:10", "鲲鹏服务器上的 cluster 调度与 L3 cache 亲和",
          [S("吴昊", "华为", "调度专家")], "宓建平"),
        T("14:10", "14:50", "RISC-V 向量扩展的上下文切换与 lazy save 优化",
          [S("郑雨", "平头哥半导体", "高级工程师"), S("林子涵", "中国科学院软件研究所", "助理研究员")], "宓建平"),
    ]),
    ("内存管理与异构计算分论坛", ("孙丽", "华为 内存管理专家"), [
        T("13:30", "14:10", "CXL 内存池化：热插拔、NUMA 节点与 DAX 的取舍",
          [S("郭鹏", "浪潮信息", "内核架构师")], "孙丽"),
        T("14:10", "14:50", "NPU 驱动的 DMA-BUF 共享与零拷贝推理",
          [S("罗佳", "寒武纪", "软件架构师")], "孙丽"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "multi-gen LRU 在数据库负载下的回收表现",
          [S("马俊", "腾讯", "TencentOS 内核工程师")], "孙丽"),
    ]),
    ("IO 与 ebpf 分论坛", ("蒋涛", "字节跳动 技术专家"), [
        T("13:30", "14:10", "用 BPF iterator 导出内核对象：/proc 之外的新选择",
          [S("田野", "蚂蚁集团", "技术专家")], "蒋涛"),
        T("14:10", "14:50", "NVMe over TCP 的 CPU 开销分析与 io_uring 优化",
          [S("唐敏", "京东云", "存储工程师")], "蒋涛"),
    ]),
]
ICONS_A = {"主论坛": ("MAIN", "chip"), "处理器架构与调度分论坛": ("CPU", "cpu"),
           "内存管理与异构计算分论坛": ("MEM", "dimm"), "IO 与 ebpf 分论坛": ("I/O", "disk")}
INTRO_A = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域的年度技术盛会，由国内主要"
           "操作系统厂商、互联网企业、芯片厂商与高校共同发起。第276届大会由扬州大学承办，上午为主论坛，下午处理器架构"
           "与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行，邀请来自华为、阿里云、字节跳动、腾讯、英特尔、"
           "SUSE、浪潮信息、蚂蚁集团、京东云与中国科学院软件研究所的开发者分享最新进展。")
UNITS_A = ["华为", "阿里云", "字节跳动", "腾讯", "英特尔", "蚂蚁集团", "openEuler", "龙蜥社区", "SUSE"]
LIME_A, COPPER_A, PALE_A = (150, 232, 96), (226, 170, 92), (192, 224, 204)
MAIN_A, STUB_A, EDGE_A, DARK_A = (16, 64, 48), (24, 88, 62), (52, 120, 86), (10, 36, 28)


def pictogram(d, x, y, s, label, kind):
    """A forum's pictogram in a rounded box: a chip, a CPU, a memory stick or a disk, with a word in it."""
    d.rounded_rectangle([x, y, x + s, y + s], radius=16, fill=(12, 48, 36), outline=LIME_A, width=3)
    f = font(round(s * 0.2), True)
    cx, cy = x + s / 2, y + s / 2
    if kind in ("chip", "cpu"):
        a = s * (0.26 if kind == "chip" else 0.22)
        for i in range(5 if kind == "cpu" else 4):
            n = 5 if kind == "cpu" else 4
            t = cx - a + (2 * a) * (i + 0.5) / n
            for p, q in (((t, cy - a - 10), (t, cy - a)), ((t, cy + a), (t, cy + a + 10)),
                         ((cx - a - 10, t - cx + cy), (cx - a, t - cx + cy)), ((cx + a, t - cx + cy), (cx + a + 10, t - cx + cy))):
                d.line([p, q], fill=COPPER_A, width=3)
        d.rectangle([cx - a, cy - a, cx + a, cy + a], fill=(24, 90, 64), outline=LIME_A, width=2)
    elif kind == "dimm":
        d.rectangle([x + s * 0.12, cy - s * 0.2, x + s * 0.88, cy + s * 0.16], fill=(24, 90, 64), outline=LIME_A, width=2)
        for i in range(9):
            px = x + s * 0.16 + i * s * 0.075
            d.rectangle([px, cy + s * 0.16, px + s * 0.04, cy + s * 0.24], fill=COPPER_A)
    else:  # a disk: a cylinder
        d.rectangle([cx - s * 0.3, cy - s * 0.18, cx + s * 0.3, cy + s * 0.2], fill=(24, 90, 64))
        d.ellipse([cx - s * 0.3, cy + s * 0.1, cx + s * 0.3, cy + s * 0.3], fill=(24, 90, 64), outline=LIME_A, width=2)
        d.line([(cx - s * 0.3, cy - s * 0.18), (cx - s * 0.3, cy + s * 0.2)], fill=LIME_A, width=2)
        d.line([(cx + s * 0.3, cy - s * 0.18), (cx + s * 0.3, cy + s * 0.2)], fill=LIME_A, width=2)
        d.ellipse([cx - s * 0.3, cy - s * 0.28, cx + s * 0.3, cy - s * 0.08], fill=(30, 104, 74), outline=LIME_A, width=2)
    ctext(d, cx, cy - f.size * 0.7, label, f, WHITE)


def heading_a(d, X0, X1, y, name, host):
    label, kind = ICONS_A[name]
    pictogram(d, X0, y, 112, label, kind)
    d.text((X0 + 140, y + 2), name, font=font(44, True), fill=WHITE)
    hx = X0 + 140
    d.text((hx, y + 68), "主持人：", font=font(24, True), fill=COPPER_A)
    hx += tw(d, "主持人：", font(24, True)) + 4
    d.text((hx, y + 66), host[0], font=font(26, True), fill=WHITE)
    hx += tw(d, host[0], font(26, True)) + 18
    d.text((hx, y + 72), fits(d, host[1], font(21), X1 - hx), font=font(21), fill=PALE_A)
    y += 138
    d.line([(X0 + 14, y), (X1 - 14, y)], fill=COPPER_A, width=2)
    for vx in (X0 + 7, X1 - 7):
        d.ellipse([vx - 7, y - 7, vx + 7, y + 7], outline=COPPER_A, width=3)
    return y + 40


def stub_times(d, SX, X1, y, h, s, big):
    """Start over a copper dash over end, centred in the stub."""
    fs, fe = font(34 if big else 26, True), font(30 if big else 24, True)
    cx = (SX + X1) / 2
    block = fs.size * 1.3 + 18 + fe.size * 1.3
    top = y + (h - block) / 2 - 4
    ctext(d, cx, top, s["start"], fs, WHITE)
    dy = top + fs.size * 1.3 + 9
    d.line([(cx - 18, dy), (cx + 18, dy)], fill=COPPER_A, width=3)
    ctext(d, cx, dy + 9, s["end"], fe, LIME_A if big else PALE_A)


def ticket_a(im, d, X0, X1, y, s):
    SX = X1 - 196
    x, w = X0 + 34, SX - X0 - 62
    if s["kind"] == "break":
        h = 96

        def body(y):
            ix = x
            if s["title"] == "开场视频":  # a play mark in a ring
                d.ellipse([x, y + 30, x + 36, y + 66], outline=PALE_A, width=3)
                d.polygon([(x + 13, y + 39), (x + 13, y + 57), (x + 28, y + 48)], fill=PALE_A)
                ix += 52
            elif s["title"] in ("茶歇", "午餐"):
                meal(d, x, y + 30, s["title"], PALE_A, 1.1)
                ix += 56
            d.text((ix, y + 25), s["title"], font=font(30, True), fill=PALE_A)
            return y + h
        fill, stub = (12, 44, 34), (16, 58, 44)
    else:
        def body(y):
            y += 30
            for ln in wrap_nicely(d, s["title"], font(31, True), w):
                d.text((x, y), ln, font=font(31, True), fill=WHITE)
                y += 47
            y += 12
            if s.get("panel"):
                return panel_a(d, x, y, w, s["sp"]) + 20
            for sp in s["sp"]:
                fn = font(26, True)
                d.text((x, y), sp[0], font=fn, fill=LIME_A)
                ax = x + tw(d, sp[0], fn) + 16
                d.text((ax, y + 5), fits(d, aff(sp), font(21), x + w - ax), font=font(21), fill=PALE_A)
                y += 44
            return y + 22
        h = body(-10000) + 10000  # measured first on a line nobody sees, then card and text
        fill, stub = MAIN_A, STUB_A
    d.rounded_rectangle([X0, y, X1, y + h], radius=16, fill=stub)
    d.rounded_rectangle([X0, y, SX, y + h], radius=16, fill=fill, corners=(True, False, False, True))
    if s["kind"] == "talk":
        d.rectangle([X0, y + 16, X0 + 6, y + h - 16], fill=LIME_A)
    for yy in range(int(y + 18), int(y + h - 18), 14):  # the perforation
        d.line([(SX, yy), (SX, yy + 7)], fill=EDGE_A, width=2)
    for ny, probe in ((y, y - 14), (y + h, y + h + 14)):  # the notches take the page's colour
        col = im.getpixel((int(SX), int(probe))) if 0 <= probe < im.size[1] else DARK_A
        d.ellipse([SX - 13, ny - 13, SX + 13, ny + 13], fill=col)
    body(y)
    stub_times(d, SX, X1, y, h, s, s["kind"] == "talk")
    return y + h + 24


def panel_a(d, x, y, w, people):
    """The round table: '主持' and the moderator on one line, then the guests as a row of discs."""
    d.rounded_rectangle([x, y, x + 74, y + 36], radius=6, fill=LIME_A)
    ctext(d, x + 37, y + 2, "主持", font(22, True), DARK_A)
    mod = people[0]
    d.text((x + 90, y - 2), mod[0], font=font(26, True), fill=LIME_A)
    ax = x + 90 + tw(d, mod[0], font(26, True)) + 16
    d.text((ax, y + 3), fits(d, aff(mod), font(21), x + w - ax), font=font(21), fill=PALE_A)
    y += 60
    d.rounded_rectangle([x, y, x + 74, y + 36], radius=6, fill=LIME_A)
    ctext(d, x + 37, y + 2, "嘉宾", font(22, True), DARK_A)
    d.text((x + 90, y + 3), "（按姓氏拼音排序）", font=font(21), fill=PALE_A)
    y += 58
    guests = people[1:]
    cw = w / len(guests)
    for i, sp in enumerate(guests):
        cx = x + cw * i + cw / 2
        photo(d, cx - 42, y, 84, (40, 110, 80), (110, 170, 136), ring=LIME_A)
        ctext(d, cx, y + 98, sp[0], font(25, True), WHITE)
        ctext(d, cx, y + 136, fits(d, sp[1], font(19), cw - 8), font(19), PALE_A)
        ctext(d, cx, y + 164, fits(d, sp[2], font(19), cw - 8), font(19), PALE_A)
    return y + 196


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, WHITE, LIME_A)
    rtext(d, X1, 46, "扬州大学", font(30, True), WHITE)
    rtext(d, X1, 88, "YANGZHOU UNIVERSITY", font(16, True), PALE_A)
    d.text((48, 168), "第276届中国", font=font(82, True), fill=WHITE)
    d.text((48, 270), "Linux内核开发者大会", font=font(82, True), fill=WHITE, stroke_width=1, stroke_fill=LIME_A)
    cx, cy, a = 900, 196, 62  # the edition's chip
    for i in range(6):
        t = cx - a + 2 * a * (i + 0.5) / 6
        for p, q in (((t, cy - a - 14), (t, cy - a)), ((t, cy + a), (t, cy + a + 14)),
                     ((cx - a - 14, t - cx + cy), (cx - a, t - cx + cy)), ((cx + a, t - cx + cy), (cx + a + 14, t - cx + cy))):
            d.line([p, q], fill=COPPER_A, width=4)
    d.rounded_rectangle([cx - a, cy - a, cx + a, cy + a], radius=8, fill=(20, 76, 56), outline=LIME_A, width=3)
    ctext(d, cx, cy - 50, "CLK", font(40, True), WHITE)
    ctext(d, cx, cy + 4, "2281", font(30, True), LIME_A)
    pill = "2281年10月22日（周六）｜ 扬州"
    d.rounded_rectangle([48, 408, 48 + tw(d, pill, font(30, True)) + 56, 464], radius=28, fill=LIME_A)
    d.text((76, 414), pill, font=font(30, True), fill=DARK_A)
    d.text((48, 496), "地址：扬州大学扬子津校区 图书馆一楼报告厅", font=font(28), fill=WHITE)
    y = 580
    top = y
    h = para(d, X0 + 36, y + 32, INTRO_A, font(23), PALE_A, X1 - X0 - 72, 40) - y
    d.rounded_rectangle([X0, top, X1, top + h + 24], radius=10, fill=(9, 38, 29), outline=EDGE_A, width=2)
    y = para(d, X0 + 36, y + 32, INTRO_A, font(23), PALE_A, X1 - X0 - 72, 40)
    for vx, vy in ((X0, top), (X1, top), (X0, y + 24), (X1, y + 24)):
        d.ellipse([vx - 7, vy - 7, vx + 7, vy + 7], fill=COPPER_A)
    y += 150
    d.text((W / 2 - 250, y - 34), "AGENDA", font=font(120, True), fill=(12, 50, 38), stroke_width=2,
           stroke_fill=(60, 130, 96))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 170
    for k, (name, host, slots) in enumerate(FORUMS_A):
        if k == 1:
            text = "下午　三个分论坛同时进行"
            pw = tw(d, text, font(30, True)) + 80
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 60], radius=30, outline=COPPER_A, width=3)
            ctext(d, W / 2, y + 9, text, font(30, True), COPPER_A)
            y += 110
        y = heading_a(d, X0, X1, y, name, host)
        for s in slots:
            y = ticket_a(im, d, X0, X1, y, s)
        y += 56
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = support_boxes(d, X0, X1, y + 90, UNITS_A, WHITE, (14, 60, 44)) + 50
    qrcode(d, W / 2 - 110, y, 220, 4581)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：扬州大学信息工程学院", font(21), PALE_A)
    return y + 370


def traces(im, seed, col, via):
    """Copper traces of a circuit board: runs with 45-degree bends ending in a via."""
    d = ImageDraw.Draw(im)
    w, h = im.size
    rnd = random.Random(seed)
    for _ in range(h // 120):
        y = rnd.randrange(40, h - 40)
        left = rnd.random() < 0.5
        x, dx = (0, 1) if left else (w, -1)
        pts = [(x, y)]
        for seg in range(rnd.randint(2, 4)):
            if seg % 2 == 0:
                x += dx * rnd.randint(40, 180)
            else:
                dy = rnd.choice((-1, 1)) * rnd.randint(24, 80)
                x, y = x + dx * abs(dy), y + dy
            pts.append((x, y))
        d.line(pts, fill=col, width=3, joint="curve")
        d.ellipse([x - 7, y - 7, x + 7, y + 7], outline=via, width=3)
    return im


def bg_a(w, h):
    im = vgrad(w, h, (10, 46, 34), (5, 24, 19))
    im = traces(im, 4582, (26, 78, 56), (60, 120, 80))
    im = glow(im, 920, 220, 380, (120, 230, 110), 0.35)
    for k, yy in enumerate(range(1800, h - 600, 2200)):
        im = glow(im, 1000 if k % 2 else 80, yy, 360, (90, 200, 120), 0.22)
    return grain(im, 4581, GRAIN["a"])


def poster_a():
    return two_pass(1080, paint_a, bg_a), forums_truth(FORUMS_A, DATE_A)


# ===========================================================================
# 2. CLK 2282 (第277届), 石家庄, Saturday 2282-10-28: a designer's LIGHT page
#    under a coral-to-magenta header with wave lines.  Each forum: a small
#    coral number and a hairline, the name on a peach HIGHLIGHTER stroke, a
#    coral tag '主持人' with the name and the unit.  Each talk a row: at the
#    left the START (coral, level with the title's first line) and the END
#    (grey, level with the LAST speaker line) joined by a thin line; at the
#    right the bold title and per speaker ONE line 'company job  NAME', the
#    name LAST in bold.  Breaks the same way, start over end beside the label.
DATE_B = "2282-10-28"
FORUMS_B = [
    ("主论坛", ("马丽娟", "河北师范大学 计算机与网络空间安全学院 教授"), [
        T("09:00", "09:15", "开幕致辞",
          [S("李国强", "河北师范大学", "副校长"), S("何军", "中国Linux内核开发者大会", "程序委员会主席")], "马丽娟"),
        T("09:15", "10:00", "从 5.10 到 6.x：国产操作系统内核基线升级的经验",
          [S("冯磊", "麒麟软件", "内核研发部部长")], "马丽娟"),
        T("10:00", "10:45", "Rust 驱动在主线中的现状与国内团队的参与",
          [S("曹宇", "华为", "内核工程师")], "马丽娟"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "内核 livepatch 在百万台服务器上的治理",
          [S("董明", "腾讯", "TencentOS 内核负责人")], "马丽娟"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("邵峰", "河北师范大学 副教授"), [
        T("13:30", "14:15", "LoongArch 上的调度域与 NUMA 拓扑识别",
          [S("段晓东", "龙芯中科", "内核工程师")], "邵峰"),
        T("14:15", "15:00", "用 PSI 与 uclamp 改善 Android 前台应用的响应",
          [S("梁艳", "OPPO", "内核专家")], "邵峰"),
    ]),
    ("内存管理与异构计算分论坛", ("邱宏", "阿里云 内核专家"), [
        T("13:30", "14:15", "DAMON 驱动的内存冷热分层在云主机中的落地",
          [S("袁野", "阿里云", "高级技术专家"), S("贾楠", "河北师范大学", "硕士研究生")], "邱宏"),
        T("14:15", "15:00", "GPU 与 CPU 共享虚拟内存：SVM 在国产 GPU 上的实现",
          [S("吕峰", "景嘉微", "驱动架构师")], "邱宏"),
    ]),
    ("IO 与 ebpf 分论坛", ("程刚", "字节跳动 高级工程师"), [
        T("13:30", "14:15", "eBPF 在网络丢包定位中的应用：从 kfree_skb 到 drop reason",
          [S("顾晨", "中国移动云能力中心", "研发工程师")], "程刚"),
        T("14:15", "15:00", "blk-mq 多队列调度器在混合盘上的取舍",
          [S("夏雨", "统信软件", "存储工程师")], "程刚"),
    ]),
]
INTRO_B = ("第277届中国 Linux 内核开发者大会由河北师范大学承办。上午主论坛邀请高校、社区与企业的讲者分享国产操作系统"
           "内核的最新方向；下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行。欢迎开发者与"
           "高校师生到场交流。")
PAGE_B, INK_B, GREY_B, RULE_B = (250, 248, 246), (34, 30, 40), (112, 104, 112), (228, 222, 222)
CORAL_B, MAG_B, PEACH_B, LINE_B = (232, 88, 70), (196, 46, 112), (255, 206, 186), (246, 184, 170)


def heading_b(d, X0, X1, y, k, name, host):
    if k:
        d.text((X0, y), "%02d" % k, font=font(28, True), fill=CORAL_B)
        d.line([(X0 + 58, y + 21), (X1, y + 21)], fill=LINE_B, width=2)
    else:
        d.line([(X0, y + 21), (X1, y + 21)], fill=LINE_B, width=2)
    y += 58
    f = font(46, True)
    d.rectangle([X0 - 6, y + 36, X0 + tw(d, name, f) + 10, y + 62], fill=PEACH_B)  # the highlighter stroke
    d.text((X0, y), name, font=f, fill=INK_B)
    y += 90
    d.rounded_rectangle([X0, y, X0 + 104, y + 38], radius=8, fill=CORAL_B)
    ctext(d, X0 + 52, y + 4, "主持人", font(22, True), WHITE)
    hx = X0 + 122
    d.text((hx, y - 1), host[0], font=font(27, True), fill=INK_B)
    hx += tw(d, host[0], font(27, True)) + 18
    d.text((hx, y + 5), fits(d, host[1], font(22), X1 - hx), font=font(22), fill=GREY_B)
    return y + 84


def slot_b(d, X0, X1, y, s):
    TX, CX = X0, X0 + 170
    top = y
    if s["kind"] == "break":
        meal(d, CX, y + 4, s["title"], GREY_B, 1.0)
        d.text((CX + 50, y), s["title"], font=font(27, True), fill=GREY_B)
        d.text((TX, y + 2), s["start"], font=font(26, True), fill=GREY_B)
        d.text((TX, y + 40), s["end"], font=font(23), fill=GREY_B)
        y += 82
    else:
        for ln in wrap_nicely(d, s["title"], font(31, True), X1 - CX):
            d.text((CX, y), ln, font=font(31, True), fill=INK_B)
            y += 47
        y += 10
        for sp in s["sp"]:
            fa, fn = font(22), font(27, True)
            run = aff(sp)
            fits(d, run + "　" + sp[0], fn, X1 - CX)
            d.text((CX, y + 5), run, font=fa, fill=GREY_B)
            d.text((CX + tw(d, run, fa) + 20, y), sp[0], font=fn, fill=INK_B)
            y += 44
        last = y - 44
        d.text((TX, top + 2), s["start"], font=font(30, True), fill=CORAL_B)
        d.text((TX, last + 3), s["end"], font=font(25), fill=GREY_B)
        if last - top > 60:
            d.line([(TX + 14, top + 52), (TX + 14, last - 6)], fill=LINE_B, width=3)
        y += 6
    d.line([(TX, y + 20), (X1, y + 20)], fill=RULE_B, width=1)
    return y + 48


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 52, W - 52
    logo_lines(d, 56, 48, WHITE, (255, 232, 214))
    rtext(d, X1, 52, "河北师范大学", font(30, True), WHITE)
    rtext(d, X1, 92, "HEBEI NORMAL UNIVERSITY", font(15, True), (255, 228, 220))
    d.text((56, 150), "CLK", font=font(170, True), fill=WHITE)
    d.text((56 + tw(d, "CLK", font(170, True)) + 28, 246), "2282", font=font(76, True), fill=(255, 222, 200))
    d.text((60, 392), "第277届中国Linux内核开发者大会", font=font(52, True), fill=WHITE)
    d.text((60, 474), "2282.10.28　星期六", font=font(40, True), fill=WHITE)
    d.text((60, 540), "石家庄 · 河北师范大学 学术交流中心报告厅", font=font(26), fill=WHITE)
    y = 840
    d.text((X0, y), "大会议程", font=font(54, True), fill=INK_B)
    d.text((X0 + 238, y + 22), "P R O G R A M", font=font(24, True), fill=CORAL_B)
    y = para(d, X0, y + 96, INTRO_B, font(23), GREY_B, X1 - X0, 40) + 60
    for k, (name, host, slots) in enumerate(FORUMS_B):
        if k == 1:
            d.rounded_rectangle([X0, y, X1, y + 64], radius=32, fill=CORAL_B)
            ctext(d, W / 2, y + 12, "下午　三个分论坛同时进行", font(30, True), WHITE)
            y += 110
        y = heading_b(d, X0, X1, y, k, name, host)
        for s in slots:
            y = slot_b(d, X0, X1, y, s)
        y += 60
    for label, text in (("主办单位", "中国Linux内核开发者大会组委会"), ("承办单位", "河北师范大学计算机与网络空间安全学院"),
                        ("支持单位", "华为　阿里云　腾讯　字节跳动　麒麟软件　统信软件　龙芯中科"),
                        ("支持社区", "openEuler　龙蜥社区　openKylin　deepin")):
        d.text((X0, y), label, font=font(22, True), fill=CORAL_B)
        d.text((X0 + 130, y), fits(d, text, font(22), X1 - X0 - 130), font=font(22), fill=INK_B)
        y += 44
    y += 36
    qrcode(d, X0, y, 180, 4591)
    d.text((X0 + 214, y + 36), "扫码报名 · 获取直播与讲稿", font=font(30, True), fill=INK_B)
    d.text((X0 + 214, y + 92), "* 议程如有调整，以大会现场公布为准", font=font(21), fill=GREY_B)
    return y + 250


def bg_b(w, h):
    head = 760
    im = Image.new("RGB", (w, h), PAGE_B)
    top = Image.new("RGB", (w, head))
    dt = ImageDraw.Draw(top)
    for yy in range(head):  # a diagonal coral-to-magenta gradient, drawn per line with a slope
        t = yy / head
        c1 = tuple(int(a + (b - a) * t) for a, b in zip((246, 120, 76), (214, 62, 104), strict=True))
        c2 = tuple(int(a + (b - a) * t) for a, b in zip((226, 70, 110), (168, 36, 120), strict=True))
        for xx in range(0, w, 8):
            u = xx / w
            dt.line([(xx, yy), (xx + 8, yy)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * u) for i in range(3)))
    for i in range(9):  # wave lines
        pts = [(x, 596 + i * 13 + 26 * math.sin(x / 150 + i * 0.5)) for x in range(0, w + 10, 10)]
        dt.line(pts, fill=(255, 160, 150), width=2)
    top = glow(top, 900, 180, 260, (255, 210, 160), 0.4)
    im.paste(top, (0, 0))
    d = ImageDraw.Draw(im)
    d.polygon([(0, head)] + [(x, head - 40 - 30 * math.sin(x / 170)) for x in range(0, w + 10, 10)] + [(w, head)],
              fill=PAGE_B)
    return grain(im, 4592, GRAIN["b"])


def poster_b():
    return two_pass(1080, paint_b, bg_b), forums_truth(FORUMS_B, DATE_B)


# ===========================================================================
# 3. CLK 2283 (第278届), 海口, Saturday 2283-11-17: the organisers' NEAR BLACK
#    family (violet and cyan glows, neon arcs).  Each forum under a HEXAGON
#    holding its number ('00' for 主论坛, '01'..'03'), the name, '主持人：name'
#    and the unit.  主论坛 as a timeline: the range, a dot on a line, the title,
#    and per speaker the name, the company in a filled violet CHIP, the job.
#    The afternoon is a MASONRY of two columns: forum 01 and under it forum 03
#    at the left, forum 02 at the right; in the columns the range stands over
#    the title and the job goes under 'name [company]'.
DATE_C = "2283-11-17"
FORUMS_C = [
    ("主论坛", ("钟海", "海南大学 计算机科学与技术学院 院长"), [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:20", "开幕致辞", [S("吴建华", "海南大学", "副校长")], "钟海"),
        T("09:20", "10:00", "Upstream First: How Android Tracks the Mainline Kernel",
          [S("Emily Clarke", "Google", "Staff Software Engineer")], "钟海"),
        T("10:00", "10:40", "基于 KVM 的机密虚拟机在海光平台上的实践",
          [S("邝嘉欣", "海光信息", "高级工程师"), S("潘涛", "天翼云", "虚拟化专家")], "钟海"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:35", "内核漏洞的快速响应：从 CVE 分析到热补丁发布",
          [S("方卫", "奇安信", "安全研究员")], "钟海"),
        B("11:35", "13:30", "午餐", note="地点：学术交流中心二楼自助餐厅"),
    ]),
    ("处理器架构与调度分论坛", ("黎志强", "海南大学 副教授"), [
        T("13:30", "14:10", "ARM64 pseudo-NMI：调度延迟诊断的利器",
          [S("韦东", "Arm", "高级软件工程师")], "黎志强"),
        T("14:10", "14:50", "cgroup v2 CPU 控制器在混部场景的 burst 与限流",
          [S("龚杰", "快手", "系统工程师")], "黎志强"),
    ]),
    ("内存管理与异构计算分论坛", ("谭静", "字节跳动 内核专家"), [
        T("13:30", "14:10", "内存超卖实践：zswap 与 memcg 主动回收",
          [S("谢涛", "字节跳动", "内核工程师")], "谭静"),
        T("14:10", "14:50", "DPU 上的内存管理：智能网卡与主机的页表同步",
          [S("邓伟", "中兴通讯", "系统架构师"), S("徐丽", "中兴通讯", "工程师")], "谭静"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "页表回收：在大内存服务器上释放空闲页表",
          [S("蔡敏", "百度", "系统工程师")], "谭静"),
    ]),
    ("IO 与 ebpf 分论坛", ("宋海涛", "腾讯 技术专家"), [
        T("13:30", "14:10", "bpftrace 与 USDT：Java 服务的全栈延迟追踪",
          [S("彭云", "美团", "系统工程师")], "宋海涛"),
        T("14:10", "14:50", "XDP 在运营商网关上的 DDoS 防护实践",
          [S("周琦", "中国电信", "网络工程师")], "宋海涛"),
    ]),
]
INTRO_C = ("CLK（中国 Linux 内核开发者大会）自发起以来每年举办，已成为国内内核开发者交流的重要平台。第278届大会由"
           "海南大学承办，上午为主论坛，下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行，"
           "来自 Google、Arm、海光信息、字节跳动、中兴通讯、快手、美团与中国电信的开发者将分享他们的实践。")
UNITS_C = ["华为", "阿里云", "腾讯", "字节跳动", "海光信息", "Arm", "天翼云", "中兴通讯", "百度", "美团", "openEuler",
           "龙蜥社区"]
CYAN_C, VIO_C, MAG_C, INK_C, GREY_C = (0, 224, 232), (150, 100, 255), (255, 84, 200), (236, 240, 250), (150, 160, 186)
CHIP_C, LINE_C = (92, 56, 190), (54, 62, 110)


DOTS = []  # the timeline dots of the line being drawn, painted after the line so that it runs behind them


def dots_over_line(d, line):
    d.line(line, fill=LINE_C, width=2)
    for x, y, s, talk in DOTS:
        if talk:
            d.ellipse([x, y, x + s, y + s], fill=CYAN_C)
        else:
            d.ellipse([x, y, x + s, y + s], outline=GREY_C, width=3, fill=(8, 10, 28))
    DOTS.clear()


def hexagon(d, cx, cy, r, outline, width=3, fill=None):
    pts = [(cx + r * math.cos(math.pi / 6 + k * math.pi / 3), cy + r * math.sin(math.pi / 6 + k * math.pi / 3))
           for k in range(6)]
    d.polygon(pts, fill=fill, outline=outline, width=width)


def grad_rule(d, x0, x1, y, c1, c2, width=3):
    n = 40
    for i in range(n):
        t = i / (n - 1)
        d.line([(x0 + (x1 - x0) * i / n, y), (x0 + (x1 - x0) * (i + 1) / n, y)],
               fill=tuple(int(c1[j] + (c2[j] - c1[j]) * t) for j in range(3)), width=width)


def chip_c(d, x, y, text, f):
    """The company in a filled violet chip; returns the x after it."""
    w = tw(d, text, f) + 20
    d.rounded_rectangle([x, y, x + w, y + f.size + 14], radius=6, fill=CHIP_C)
    d.text((x + 10, y + 4), text, font=f, fill=WHITE)
    return x + w


def heading_c(d, X0, X1, y, k, name, host, r=50, fname=46, fhost=(24, 26, 21)):
    hexagon(d, X0 + r, y + r, r, CYAN_C, 3, fill=(14, 20, 48))
    ctext(d, X0 + r, y + r - r * 0.46, "%02d" % k, font(round(r * 0.72), True), CYAN_C)
    hx = X0 + 2 * r + 28
    d.text((hx, y + r * 0.1), fits(d, name, font(fname, True), X1 - hx), font=font(fname, True), fill=WHITE)
    yy = y + r * 0.1 + fname * 1.45
    d.text((hx, yy), "主持人：", font=font(fhost[0], True), fill=VIO_C)
    x = hx + tw(d, "主持人：", font(fhost[0], True))
    d.text((x, yy - 2), host[0], font=font(fhost[1], True), fill=WHITE)
    x += tw(d, host[0], font(fhost[1], True)) + 14
    if x + tw(d, host[1], font(fhost[2])) <= X1:
        d.text((x, yy + 3), host[1], font=font(fhost[2]), fill=GREY_C)
        yy += fhost[1] * 1.5
    else:  # the unit goes under the name in a narrow column
        yy += fhost[1] * 1.5
        d.text((hx, yy), fits(d, host[1], font(fhost[2]), X1 - hx), font=font(fhost[2]), fill=GREY_C)
        yy += fhost[2] * 1.6
    y = round(max(y + 2 * r, yy) + 18)
    grad_rule(d, X0, X1, y, VIO_C, CYAN_C)
    return y + 40


def slot_c(d, X0, X1, y, s):
    LX, TX = X0 + 192, X0 + 226
    if s["kind"] == "break":
        DOTS.append((LX - 8, y + 12, 16, False))
        d.text((X0, y + 2), rng(s), font=font(26, True), fill=GREY_C)
        meal(d, TX, y + 2, s["title"], GREY_C, 1.0)
        d.text((TX + (50 if s["title"] in ("茶歇", "午餐") else 0), y), s["title"], font=font(27, True), fill=GREY_C)
        y += 44
        if s.get("note"):
            d.text((TX + 50, y), s["note"], font=font(21), fill=GREY_C)
            y += 36
        return y + 34
    DOTS.append((LX - 9, y + 11, 18, True))
    d.text((X0, y + 2), rng(s), font=font(26, True), fill=CYAN_C)
    for ln in wrap_nicely(d, s["title"], font(29, True), X1 - TX):
        d.text((TX, y), ln, font=font(29, True), fill=WHITE)
        y += 44
    y += 8
    for sp in s["sp"]:
        fn = font(25, True)
        d.text((TX, y), sp[0], font=fn, fill=INK_C)
        x = chip_c(d, TX + tw(d, sp[0], fn) + 14, y + 2, sp[1], font(19))
        d.text((x + 12, y + 5), fits(d, sp[2], font(20), X1 - x - 12), font=font(20), fill=GREY_C)
        y += 46
    return y + 32


def col_slot_c(d, x, x1, y, s):
    TX = x + 28
    if s["kind"] == "break":
        DOTS.append((x + 4, y + 10, 14, False))
        d.text((TX, y), rng(s), font=font(22, True), fill=GREY_C)
        cx = TX + tw(d, rng(s), font(22, True)) + 18
        meal(d, cx, y + 1, s["title"], GREY_C, 0.85)
        d.text((cx + 40, y - 1), s["title"], font=font(23, True), fill=GREY_C)
        return y + 66
    DOTS.append((x + 3, y + 9, 16, True))
    d.text((TX, y), rng(s), font=font(22, True), fill=CYAN_C)
    y += 38
    for ln in wrap_nicely(d, s["title"], font(25, True), x1 - TX):
        d.text((TX, y), ln, font=font(25, True), fill=WHITE)
        y += 38
    y += 8
    for sp in s["sp"]:
        fn = font(22, True)
        d.text((TX, y), sp[0], font=fn, fill=INK_C)
        x2 = chip_c(d, TX + tw(d, sp[0], fn) + 12, y + 1, sp[1], font(17))
        assert x2 <= x1
        d.text((TX, y + 38), fits(d, sp[2], font(18), x1 - TX), font=font(18), fill=GREY_C)
        y += 72
    return y + 26


def column_c(d, x, x1, y, k, name, host, slots):
    y = heading_c(d, x, x1, y, k, name, host, r=34, fname=30, fhost=(20, 22, 18))
    top = y
    for s in slots:
        last = y
        y = col_slot_c(d, x, x1, y, s)
    dots_over_line(d, [(x + 11, top + 24), (x + 11, last + 10)])
    return y


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, WHITE, CYAN_C)
    d.text((X1 - tw(d, "CLK", font(60, True)) - tw(d, "2283", font(30, True)) - 12, 30), "CLK", font=font(60, True),
           fill=(10, 14, 36), stroke_width=2, stroke_fill=WHITE)
    rtext(d, X1, 34, "2283", font(30, True), CYAN_C)
    d.text((48, 190), "第278届中国", font=font(84, True), fill=WHITE)
    d.text((48, 296), "Linux内核开发者大会", font=font(84, True), fill=WHITE, stroke_width=1, stroke_fill=VIO_C)
    pill = "2283年11月17日（周六）｜ 海口"
    d.rounded_rectangle([48, 438, 48 + tw(d, pill, font(30, True)) + 52, 494], radius=28, outline=CYAN_C, width=3)
    d.text((74, 444), pill, font=font(30, True), fill=WHITE)
    d.text((48, 528), "地址：海南大学海甸校区 学术交流中心报告厅", font=font(27), fill=WHITE)
    y = 616
    top = y
    y = para(d, X0 + 30, y + 30, INTRO_C, font(23), (196, 204, 224), X1 - X0 - 60, 40) + 22
    d.rounded_rectangle([X0, top, X1, y], radius=6, outline=(70, 80, 140), width=2)
    y += 160
    d.text((W / 2 - 260, y - 36), "AGENDA", font=font(124, True), fill=(10, 12, 32), stroke_width=2,
           stroke_fill=(70, 80, 150))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 180
    name, host, slots = FORUMS_C[0]
    y = heading_c(d, X0, X1, y, 0, name, host)
    top = y
    for s in slots:
        last = y
        y = slot_c(d, X0, X1, y, s)
    dots_over_line(d, [(X0 + 192, top + 20), (X0 + 192, last + 20)])
    y += 40
    text = "下午　三个分论坛同时进行"
    pw = tw(d, text, font(30, True)) + 80
    d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 62], radius=31, outline=MAG_C, width=3)
    ctext(d, W / 2, y + 10, text, font(30, True), MAG_C)
    y += 116
    CW = (X1 - X0 - 48) / 2
    LX, RX = X0, X0 + CW + 48
    d.line([(X0 + CW + 24, y), (X0 + CW + 24, y + 40)], fill=LINE_C, width=1)
    yl = column_c(d, LX, LX + CW, y, 1, *FORUMS_C[1])
    yl = column_c(d, LX, LX + CW, yl + 50, 3, *FORUMS_C[3])
    yr = column_c(d, RX, RX + CW, y, 2, *FORUMS_C[2])
    d.line([(X0 + CW + 24, y), (X0 + CW + 24, max(yl, yr))], fill=LINE_C, width=2)
    y = max(yl, yr) + 80
    d.text((W / 2 - tw(d, "SUPPORT", font(80, True)) / 2, y - 24), "SUPPORT", font=font(80, True), fill=(10, 12, 32),
           stroke_width=1, stroke_fill=(60, 70, 130))
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = support_boxes(d, X0, X1, y + 100, UNITS_C, WHITE, (16, 20, 56), bh=72) + 50
    qrcode(d, W / 2 - 110, y, 220, 4601)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：海南大学计算机科学与技术学院", font(20), GREY_C)
    return y + 370


def bg_c(w, h):
    im = vgrad(w, h, (10, 12, 34), (5, 6, 20))
    im = glow(im, 960, 220, 380, (150, 80, 255), 0.55)
    im = glow(im, 100, 760, 300, (0, 200, 210), 0.3)
    for k, yy in enumerate(range(2100, h - 600, 1900)):
        im = glow(im, 1000 if k % 2 else 80, yy, 360, (130, 80, 255) if k % 2 else (0, 170, 190), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(7):  # neon arcs of the header
        r = 260 + i * 42
        d.arc([1080 - r, 120 - r, 1080 + r, 120 + r], 90, 200, fill=(70 + i * 8, 50, 160), width=2)
    return grain(im, 4602, GRAIN["c"])


def poster_c():
    return two_pass(1080, paint_c, bg_c), forums_truth(FORUMS_C, DATE_C)


# ===========================================================================
# 4. CLK 2284 (第279届), 绵阳, Saturday 2284-10-25: the organisers' ROYAL BLUE
#    (after their 2024 image: glows, light streaks).  Forum names in cyan
#    【】 brackets, centred, with '主持人：name  unit' under them.  主论坛's talks
#    are KEYNOTE ROWS: a round photo at the left and the range UNDER THE PHOTO,
#    at the right the title and per speaker the name in gold with 'company
#    job' after it.  The afternoon: three COLUMNS of cards under coloured heads;
#    each card's range fills a coloured STRIP across its top, then the title,
#    the name and 'company job'.
DATE_D = "2284-10-25"
FORUMS_D = [
    ("主论坛", ("贺文", "西南科技大学 计算机科学与技术学院 教授"), [
        T("09:00", "09:10", "欢迎致辞", [S("罗建", "西南科技大学", "副校长")], "贺文"),
        T("09:10", "09:50", "国产 CPU 生态下的 Linux 内核适配与上游协作",
          [S("王志刚", "飞腾信息", "首席架构师")], "贺文"),
        T("09:50", "10:30", "大模型推理给内核带来的新挑战：调度、内存与 I/O",
          [S("张浩", "字节跳动", "STE 内核负责人"), S("李娜", "中国科学院计算技术研究所", "研究员")], "贺文"),
        B("10:30", "10:45", "茶歇 · 展区交流"),
        T("10:45", "11:30", "Kernel Fuzzing at Scale：syzkaller 在发行版中的持续运行",
          [S("白杨", "openKylin 社区", "技术委员会委员")], "贺文"),
        B("11:30", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("周斌", "华为 调度专家"), [
        T("13:30", "14:10", "SMT 感知调度：鲲鹏 920 上的核间干扰治理",
          [S("杜鹏", "华为", "内核工程师")], "周斌"),
        T("14:10", "14:50", "龙芯 3C5000 上的 KVM 调度性能优化",
          [S("易航", "龙芯中科", "虚拟化工程师")], "周斌"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "实时性测评：cyclictest 之外的方法",
          [S("廖芳", "中国科学院软件研究所", "工程师")], "周斌"),
    ]),
    ("内存管理与异构计算分论坛", ("黄玲", "阿里云 技术专家"), [
        T("13:30", "14:15", "GPU 显存超分：用 UVM 与 swap 扩展大模型推理",
          [S("魏强", "摩尔线程", "驱动架构师")], "黄玲"),
        T("14:15", "15:00", "memory tiering 中的页面晋升与降级策略",
          [S("苏婷", "英特尔", "软件工程师")], "黄玲"),
    ]),
    ("IO 与 ebpf 分论坛", ("汤磊", "西南科技大学 讲师"), [
        T("13:30", "14:15", "用 eBPF 观测存储 I/O：运营商云平台的实践",
          [S("雷鸣", "中国移动四川公司", "系统工程师")], "汤磊"),
        T("14:15", "15:00", "Btrfs 在嵌入式设备上的写放大优化",
          [S("姜波", "OPPO", "文件系统工程师")], "汤磊"),
    ]),
]
INTRO_D = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）由国内 Linux 内核领域的企业、社区与高校共同发起，"
           "致力于推动国内开发者参与上游社区。第279届大会由西南科技大学承办，设主论坛与处理器架构与调度、内存管理与"
           "异构计算、IO 与 ebpf 三个分论坛，邀请来自飞腾信息、字节跳动、华为、龙芯中科、摩尔线程、英特尔、OPPO 与"
           "中国科学院的开发者分享最新进展，欢迎现场交流。")
UNITS_D = ["华为", "飞腾信息", "字节跳动", "龙芯中科", "摩尔线程", "英特尔", "openEuler", "openKylin", "龙蜥社区"]
CYAN_D, GOLD_D, PALE_D, NAVY_D = (96, 222, 255), (255, 208, 90), (196, 214, 255), (12, 34, 128)
CARD_D, BAND_D = (28, 72, 206), (32, 84, 214)
HEADS_D = {"处理器架构与调度分论坛": (["处理器架构与", "调度分论坛"], (0, 160, 220)),
           "内存管理与异构计算分论坛": (["内存管理与", "异构计算分论坛"], (214, 140, 20)),
           "IO 与 ebpf 分论坛": (["IO 与 ebpf", "分论坛"], (210, 70, 140))}


def heading_d(d, W, y, name, host):
    f = font(46, True)
    nw = tw(d, name, f)
    ctext(d, W / 2, y, name, f, WHITE)
    fb = font(46)
    d.text((W / 2 - nw / 2 - tw(d, "【", fb) - 8, y), "【", font=fb, fill=CYAN_D)
    d.text((W / 2 + nw / 2 + 8, y), "】", font=fb, fill=CYAN_D)
    y += 76
    fl, fn, fu = font(24, True), font(26, True), font(21)
    lw = tw(d, "主持人：", fl) + tw(d, host[0], fn) + 16 + tw(d, host[1], fu)
    x = W / 2 - lw / 2
    d.text((x, y + 2), "主持人：", font=fl, fill=CYAN_D)
    x += tw(d, "主持人：", fl)
    d.text((x, y), host[0], font=fn, fill=WHITE)
    x += tw(d, host[0], fn) + 16
    d.text((x, y + 5), host[1], font=fu, fill=PALE_D)
    return y + 70


def slot_d(d, X0, X1, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 66], radius=12, fill=BAND_D)
        d.text((X0 + 28, y + 14), rng(s), font=font(28, True), fill=CYAN_D)
        meal(d, X0 + 290, y + 16, s["title"], WHITE, 1.0)
        d.text((X0 + 342, y + 11), s["title"], font=font(30, True), fill=WHITE)
        return y + 96
    PX, PS, TX = X0 + 20, 128, X0 + 196
    for i in range(len(s["sp"]) - 1, -1, -1):  # a second speaker's photo peeks out behind the first
        photo(d, PX + i * 36, y + i * 24, PS - i * 12, (70, 110, 220), (150, 180, 245), ring=CYAN_D)
    py = y + PS + (len(s["sp"]) - 1) * 24 + 16
    ctext(d, PX + PS / 2 + (len(s["sp"]) - 1) * 18, py, rng(s), font(25, True), CYAN_D)
    for ln in wrap_nicely(d, s["title"], font(31, True), X1 - TX):
        d.text((TX, y), ln, font=font(31, True), fill=WHITE)
        y += 46
    y += 10
    for sp in s["sp"]:
        fn = font(27, True)
        d.text((TX, y), sp[0], font=fn, fill=GOLD_D)
        ax = TX + tw(d, sp[0], fn) + 16
        d.text((ax, y + 5), fits(d, aff(sp), font(21), X1 - ax), font=font(21), fill=PALE_D)
        y += 44
    y = max(y, py + 40) + 26
    for x in range(X0, X1, 14):
        d.line([(x, y), (x + 6, y)], fill=(80, 130, 240), width=2)
    return y + 30


def column_d(d, x, w, y, name, host, slots, head_h):
    lines, col = HEADS_D[name]
    d.rounded_rectangle([x, y, x + w, y + head_h], radius=12, fill=col)
    d.rounded_rectangle([x + 18, y + 18, x + 72, y + 52], radius=6, fill=WHITE)
    ctext(d, x + 45, y + 19, "%02d" % (list(HEADS_D).index(name) + 1), font(22, True), col)
    yy = y + 64
    for ln in lines:
        d.text((x + 18, yy), fits(d, ln, font(28, True), w - 36), font=font(28, True), fill=WHITE)
        yy += 40
    d.text((x + 18, yy + 8), "主持人：" + host[0], font=font(22, True), fill=WHITE)
    d.text((x + 18, yy + 44), fits(d, host[1], font(18), w - 36), font=font(18), fill=WHITE)
    y += head_h + 18
    for s in slots:
        strip = col if s["kind"] == "talk" else (110, 130, 190)
        d.rounded_rectangle([x, y, x + w, y + 42], radius=10, fill=strip, corners=(True, True, False, False))
        ctext(d, x + w / 2, y + 6, rng(s), font(22, True), WHITE)

        def body(yb, s=s):
            yb += 16
            if s["kind"] == "break":
                meal(d, x + 18, yb + 2, s["title"], PALE_D, 0.9)
                d.text((x + 60, yb), s["title"], font=font(24, True), fill=PALE_D)
                return yb + 52
            for ln in wrap_nicely(d, s["title"], font(23, True), w - 36):
                d.text((x + 18, yb), ln, font=font(23, True), fill=WHITE)
                yb += 34
            yb += 10
            for sp in s["sp"]:
                d.text((x + 18, yb), sp[0], font=font(22, True), fill=GOLD_D)
                d.text((x + 18, yb + 34), fits(d, aff(sp), font(18), w - 36), font=font(18), fill=PALE_D)
                yb += 66
            return yb + 10

        h = body(-10000) + 10000
        d.rounded_rectangle([x, y + 42, x + w, y + 42 + h], radius=10, fill=CARD_D, corners=(False, False, True, True))
        body(y + 42)
        y += 42 + h + 18
    return y


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, CYAN_D)
    rtext(d, X1, 46, "西南科技大学", font(30, True), WHITE)
    rtext(d, X1, 88, "SOUTHWEST UNIVERSITY OF SCIENCE AND TECHNOLOGY", font(13, True), PALE_D)
    d.text((48, 168), "第279届中国", font=font(82, True), fill=WHITE)
    d.text((48, 270), "Linux内核开发者大会", font=font(82, True), fill=WHITE)
    for r, c in ((92, CYAN_D), (78, (120, 160, 255))):
        d.ellipse([940 - r, 230 - r, 940 + r, 230 + r], outline=c, width=3)
    ctext(d, 940, 180, "CLK", font(40, True), WHITE)
    ctext(d, 940, 232, "2284", font(30, True), CYAN_D)
    pill = "2284年10月25日（周六）｜ 绵阳"
    d.rounded_rectangle([48, 408, 48 + tw(d, pill, font(30, True)) + 56, 464], radius=28, fill=WHITE)
    d.text((76, 414), pill, font=font(30, True), fill=NAVY_D)
    d.text((48, 496), "地址：西南科技大学青义校区 东六教学楼报告厅", font=font(28), fill=WHITE)
    y = 580
    top = y
    y = para(d, X0 + 36, y + 32, INTRO_D, font(23), PALE_D, X1 - X0 - 72, 40)
    d.rectangle([X0, top, X1, y + 24], outline=(120, 170, 255), width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y + 24), (X1, y + 24)):  # corner marks
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=CYAN_D)
    y += 150
    d.text((W / 2 - 250, y - 34), "AGENDA", font=font(120, True), fill=(20, 50, 170), stroke_width=2,
           stroke_fill=(90, 150, 255))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 170
    name, host, slots = FORUMS_D[0]
    y = heading_d(d, W, y, name, host)
    for s in slots:
        y = slot_d(d, X0, X1, y, s)
    y += 30
    text = "下午　三个分论坛同时进行"
    f = font(32, True)
    ctext(d, W / 2, y, text, f, CYAN_D)
    d.line([(X0, y + 24), (W / 2 - tw(d, text, f) / 2 - 30, y + 24)], fill=CYAN_D, width=2)
    d.line([(W / 2 + tw(d, text, f) / 2 + 30, y + 24), (X1, y + 24)], fill=CYAN_D, width=2)
    y += 90
    gap = 14
    cw = (X1 - X0 - 2 * gap) / 3
    yb = max(column_d(d, X0 + i * (cw + gap), cw, y, *FORUMS_D[i + 1], 232) for i in range(3))
    y = yb + 70
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = support_boxes(d, X0, X1, y + 90, UNITS_D, WHITE, (20, 40, 130)) + 50
    qrcode(d, W / 2 - 110, y, 220, 4611)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "现场名额 400 人，报满即止", font(24), PALE_D)
    ctext(d, W / 2, y + 352, "主办：中国Linux内核开发者大会组委会　承办：西南科技大学计算机科学与技术学院", font(20), PALE_D)
    return round(y + 420)


def bg_d(w, h):
    im = vgrad(w, h, (20, 60, 206), (10, 34, 140))
    im = glow(im, 920, 240, 380, (90, 200, 255), 0.5)
    im = glow(im, 100, 1500, 360, (130, 90, 255), 0.35)
    for k, yy in enumerate(range(2700, h - 800, 2300)):
        im = glow(im, 990 if k % 2 else 90, yy, 420, (70, 160, 255), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(6):  # light streaks across the header
        d.line([(500 + i * 70, 0), (1080, 330 - i * 40)], fill=(60, 110, 235), width=2)
    return grain(im, 4612, GRAIN["d"])


def poster_d():
    return two_pass(1080, paint_d, bg_d), forums_truth(FORUMS_D, DATE_D)


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-43 (and 4..57): speakers are names as printed with spaces removed (the Latin "
    "names 'Christoph Baumann' -> 'ChristophBaumann', 'Emily Clarke' -> 'EmilyClarke'); host is the chair printed for "
    "the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; where two or more "
    "speakers are printed each has his own affiliation, given per speaker in printed order; affiliations keep a "
    "printed job title, joined to the company by one space ('华为 openEuler 技术委员会主席', 'SUSE Senior Kernel "
    "Engineer'); break titles are as printed ('茶歇 · 展区交流' whole); an opening or welcome speech printed with a "
    "speaker ('开幕致辞', '欢迎致辞') is a talk, a slot printed without a speaker ('开场视频', '开场') is a break; '午餐' "
    "closes 主论坛 as its break; every forum carries a 'date', each edition being ONE day (主论坛 in the morning, three "
    "forums in parallel in the afternoon), so every forum's date is the poster's. Each picture is the one agenda image "
    "of a whole edition, a 1080 px wide PNG of 1.0 to 1.6 MB as an edition's repository holds it (CLK2022's holds "
    "imgs/2022clk.png, a 1.5 MB PNG), and every edition has CLK2022's four forums as its README names them: 主论坛, "
    "处理器架构与调度分论坛, 内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛' (spaces and a lower-case 'ebpf'). Four "
    "editions, each on ONE picture only, so no talk is on two posters: CLK 2281 (第276届, 扬州, 2281-10-22), CLK 2282 "
    "(第277届, 石家庄, 2282-10-28), CLK 2283 (第278届, 海口, 2283-11-17), CLK 2284 (第279届, 绵阳, 2284-10-25), all "
    "Saturdays. Headers, introductions, addresses, date pills, support units, QR captions, organiser lines and the "
    "lines or pills '下午　三个分论坛同时进行' are never part of a name, a title or a slot; the host is the name after "
    "'主持人：' or beside a '主持人' tag, the unit after it no part of it. Added or stressed here: (1) CLK 2281 "
    "(a dark circuit-board green): each forum is headed by a drawn PICTOGRAM in a box holding a word, 'MAIN' (a chip), "
    "'CPU', 'MEM' (a memory stick), 'I/O' (a disk): these words are no part of the forum's name. Each talk is a "
    "TICKET whose perforated STUB at the RIGHT holds the start over a short copper dash over the end ('09:20' over "
    "'10:00' is 09:20-10:00): the times belong to the ticket they stand in, i.e. to the title on that ticket's first "
    "line at the LEFT and the speakers under it, never to the ticket below; break tickets the same way. '09:00-09:05 "
    "开场视频' (a play mark, no speaker) is a break. The round table '圆桌讨论：内核社区的下一代维护者从哪里来' "
    "(11:30-12:10) prints a tag '主持' before 刘晓东 (阿里云 龙蜥社区技术委员会委员), then a tag '嘉宾' and the note "
    "'（按姓氏拼音排序）', then four guests as a row of discs, each with the name, the company and the job on three "
    "centred lines under it: its speakers are the moderator and then the guests left to right (陈静, 黄涛, 孙毅, 赵磊), "
    "each guest's affiliation the company and the job joined ('字节跳动 内核团队负责人', '华为 内核 Maintainer'); the "
    "tags and the note are labels, the title keeps '圆桌讨论：', and the moderator is not the forum's host (周立新). "
    "郑雨 (平头哥半导体) and 林子涵 (中国科学院软件研究所) are two speakers of one talk. 'Real-Time Linux After the "
    "Merge:' / 'What Comes Next' is one title, joined with a space. Uncommon surname 宓 (宓建平, the host of "
    "处理器架构与调度分论坛). (2) CLK 2282 (a light page under a coral header): each forum's name stands on a peach "
    "highlighter stroke under a coral number ('01'..'03', no part of the name) and the host beside a coral tag '主持人'. "
    "In each talk row the START (coral) stands level with the title's FIRST line and the END (grey) level with the "
    "row's LAST speaker line, a thin line between them when the row is tall: a range is the start and the end of the "
    "same row, so the end printed just above a hairline and the start printed just under it belong to two different "
    "talks. Every speaker is printed as ONE line 'company job  NAME' with the NAME LAST in bold: the speaker is the "
    "bold name at the end of the line and his affiliation the grey text before it on the same line ('河北师范大学 副校长"
    "　李国强' -> 李国强, '河北师范大学 副校长'); a name never belongs to the line after it. '开幕致辞' (09:00-09:15) is "
    "one talk of two speakers, 李国强 and 何军 ('中国Linux内核开发者大会 程序委员会主席', the company as printed); "
    "袁野 (阿里云 高级技术专家) and 贾楠 (河北师范大学 硕士研究生) share a talk. 'eBPF 在网络丢包定位中的应用：' / '从 "
    "kfree_skb 到 drop reason' is one title. (3) CLK 2283 (the organisers' near black): forums under HEXAGONS holding "
    "'00' (主论坛) and '01'..'03', no part of the names. Every speaker is 'name [company] job' with the company in a "
    "filled violet CHIP between the name and the job: the affiliation is the chip's company and the job after it "
    "joined by one space ('海光信息 高级工程师'); in the columns the job stands on the line under 'name [company]' and "
    "completes the same affiliation. The afternoon is a MASONRY of two columns: forum 01 and under it forum 03 in the "
    "LEFT column, forum 02 alone in the RIGHT column, so forum 03's heading and talks stand level with forum 02's "
    "later talks and its 茶歇: a talk belongs to the forum whose heading stands above it in the SAME column, never to "
    "what stands level with it across the divider; the forums are listed by their numbers (01, 02, 03). In 主论坛 "
    "'09:00-09:10 开场' (no speaker) is a break, and the line '地点：学术交流中心二楼自助餐厅' under '午餐' is no part of "
    "its title. The 茶歇 in forum 02 is a break of 内存管理与异构计算分论坛 only; forums 01 and 03 end with their "
    "second talk. 邝嘉欣 (海光信息) and 潘涛 (天翼云), and 邓伟 and 徐丽 (both 中兴通讯), are two speakers of one talk "
    "each. 'Upstream First:' / 'How Android Tracks the Mainline Kernel' is one title joined with a space. Uncommon "
    "surname 邝 (a speaker). (4) CLK 2284 (the "
    "organisers' royal blue): each forum's name between cyan 【】 brackets (no part of the name: '主论坛'). 主论坛's "
    "talks are keynote rows: a round photo at the left with the RANGE UNDER THE PHOTO, and right of the photo the "
    "title and per speaker the name in gold with 'company job' after it: the range belongs to the row whose photo it "
    "stands under (the title and speakers beside that photo, above the range), never to the next row's title under "
    "it; a talk of two speakers (张浩 字节跳动 STE 内核负责人 and 李娜 中国科学院计算技术研究所 研究员) shows two "
    "overlapping photos. '10:30-10:45 茶歇 · 展区交流' is a break titled '茶歇 · 展区交流'. The afternoon is three "
    "columns under coloured heads (a number chip '01'..'03', the name over two lines, '主持人：name', the unit): "
    "'处理器架构与' / '调度分论坛' is 处理器架构与调度分论坛, '内存管理与' / '异构计算分论坛' is 内存管理与异构计算分论坛, "
    "'IO 与 ebpf' / '分论坛' is 'IO 与 ebpf 分论坛'. Each card's range fills a coloured STRIP across the card's top "
    "and belongs to that card (the title, name and 'company job' under it), never to the card above; column 01's "
    "grey-stripped '茶歇' card is a break of that forum only, and the other two forums end with their second talk. "
    "Titles broken inside a word are one title joined without a space ('Btrfs 在嵌入式设' / '备上的写放大优化'); "
    "'Kernel Fuzzing at Scale：' / 'syzkaller 在发行版中的持续运行' is one title with its full-width colon. Every title "
    "wrapped over two lines is one title, written as composed (a space between Latin words or next to a Latin word as "
    "printed, none inside Chinese text: 'cgroup v2 CPU 控制器在' / '混部场景的 burst 与限流' -> 'cgroup v2 CPU "
    "控制器在混部场景的 burst 与限流'); whitespace does not count in matching. The titles '开幕致辞' on CLK 2281, 2282 "
    "and 2283 are the openings of three editions (different speakers), not one talk."
)

LAYOUTS = {
    "pcb-green-pictogram-heads-ticket-stub-times.png": (
        "CLK 2281 (第276届), 扬州, 2281-10-22 (PNG, 1080 x 5957): a dark circuit-board green long image; each forum "
        "under a drawn pictogram with a word in it ('MAIN', 'CPU', 'MEM', 'I/O'); each talk a ticket whose stub at the "
        "RIGHT holds the start over the end; a round table with a row of guest discs after '嘉宾（按姓氏拼音排序）'; "
        "a speakerless '开场视频'. Uncommon surname 宓. 5 + 2 + 3 + 2 talks.",
        DATE_A, poster_a),
    "light-coral-start-end-bracket-name-last.png": (
        "CLK 2282 (第277届), 石家庄, 2282-10-28 (PNG, 1080 x 4801): a light page under a coral header; forum names on "
        "a highlighter stroke; each row's start level with the title and its end level with the last speaker line; "
        "speakers printed 'company job  NAME', the name last. 4 + 2 + 2 + 2 talks.",
        DATE_B, poster_b),
    "nearblack-hexagons-company-chips-masonry.png": (
        "CLK 2283 (第278届), 海口, 2283-11-17 (PNG, 1080 x 4501): the organisers' near black; forums under hexagons "
        "('00' for 主论坛); the company in a filled chip between the name and the job; the afternoon as a masonry of "
        "two columns, 01 and 03 at the left, 02 at the right. Uncommon surname 邝. 4 + 2 + 3 + 2 talks.",
        DATE_C, poster_c),
    "royalblue-range-under-photo-strip-columns.png": (
        "CLK 2284 (第279届), 绵阳, 2284-10-25 (PNG, 1080 x 4554): the organisers' royal blue; names in 【】; "
        "keynote rows with the range under the photo; the afternoon as three columns of cards whose range fills a "
        "coloured strip at the top. 4 + 3 + 2 + 2 talks.",
        DATE_D, poster_d),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        assert "%d x %d" % im.size in layout, (fn, im.size)
        assert tuple(f["forum"] for f in forums) == FORUM_NAMES, fn
        counts = " + ".join(str(sum(s["kind"] == "talk" for s in f["slots"])) for f in forums)
        assert counts + " talks." in layout, (fn, counts)
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        assert 1.0e6 <= os.path.getsize(path) <= 1.6e6, (fn, os.path.getsize(path))
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    titles = [s["title"] for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] == "talk"]
    assert 35 <= len(titles) <= 45, len(titles)
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
