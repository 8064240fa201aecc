"""Draw the fifty-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set is about
the ONE agenda image of a whole edition as it reaches a conference repository
from the organisers' designers and from chat apps, in the family of the
organisers' own designs: 主论坛 in the morning, three forums in parallel in the
afternoon.  Four editions, no talk on two posters:
  CLK 2231 (PNG, violet): the DATE heads each half day ('10月15日 上午',
    '10月15日 下午'); the tea breaks print a LENGTH ('茶歇 · 15 分钟'), no range.
  CLK 2232 (PNG, near black): the three afternoon forums SIDE BY SIDE, on
    their own clocks (talks of 20, 30 and 40 minutes), so rows never line up;
    each card has a coloured stub at its left with the start over the end.
  CLK 2233 (JPEG as a designer exports it, royal blue): every talk a ROUNDED
    CARD with the range in a coloured PILL at the card's left, centred on the
    card's height, the title, and the speaker lines UNDER it in a lighter
    colour; one talk by three speakers.
  CLK 2234 (JPEG as a chat app passes it on, teal and gold): drawn 1440 px wide,
    scaled ONCE to 1080 px and saved at quality 75; the times stand on the RULES
    BETWEEN the slots (a slot runs from the time above it to the time below it).
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
    """Wrap as a designer would: after a '：' when both halves fit, else into lines of even length."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2:
        return lines
    head, sep, tail = text.partition("：")
    if sep and tw(d, head + sep, f) <= maxw and len(wrap(d, tail, f, maxw)) == len(lines) - 1:
        return [head + sep] + wrap(d, tail, f, maxw)
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
    """Seeded grain blended in: the texture of a designer's gradient and of a re-saved picture."""
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


def streaks(im, seed, col, n, y0, y1):
    """Thin slanted light streaks, as the organisers' near-black and blue images have them."""
    rnd = random.Random(seed)
    lay = Image.new("RGB", im.size, (0, 0, 0))
    d = ImageDraw.Draw(lay)
    W = im.size[0]
    for _ in range(n):
        y = rnd.randrange(y0, y1)
        x = rnd.randrange(-200, W)
        ln = rnd.randrange(200, 600)
        k = rnd.uniform(0.25, 0.6)
        d.line([(x, y), (x + ln, y - ln * 0.35)], fill=tuple(int(c * k) for c in col), width=2)
    return ImageChops.screen(im, lay.filter(ImageFilter.GaussianBlur(1.2)))


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
    return sp[1] if sp[2] is None else sp[1] + " " + sp[2]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums, date):
    """Forums in printed order; each carries its date (here the edition's one day)."""
    return [{"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]}
            for name, _, slots in forums]


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
    """A rice bowl with chopsticks drawn in lines, for the lunch."""
    d.chord([x, y + 6 * k, x + 30 * k, y + 34 * k], 0, 180, outline=fill, width=max(2, round(3 * k)))
    d.line([(x - 2 * k, y + 20 * k), (x + 32 * k, y + 20 * k)], fill=fill, width=max(2, round(3 * k)))
    d.line([(x + 12 * k, y + 16 * k), (x + 30 * k, y)], fill=fill, width=2)
    d.line([(x + 17 * k, y + 16 * k), (x + 34 * k, y + 2 * k)], fill=fill, width=2)


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


def number_box(d, x, y, text, fill, ink, h=48):
    """A slanted box holding a forum's number ('01'), as the organisers' headings have it."""
    f = font(round(h * 0.62), True)
    w = tw(d, text, f) + h * 0.9
    sl = h * 0.28
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], fill=fill)
    ctext(d, x + sl / 2 + w / 2, y + h * 0.12, text, f, ink)
    return x + w + sl


def para(d, x, y, text, f, fill, maxw, lh):
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


def framed_intro(d, X0, X1, y, text, f, fill, frame, corner, lh):
    """The organisers' framed introduction: a thin frame with square corner marks."""
    top = y
    y = para(d, X0 + 34, y + 30, text, f, fill, X1 - X0 - 68, lh)
    d.rectangle([X0, top, X1, y + 22], outline=frame, width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y + 22), (X1, y + 22)):
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=corner)
    return y + 22


def units_grid(d, X0, X1, y, units, box, ink, per_row=3, bh=74, size=28):
    bw = (X1 - X0 - (per_row - 1) * 22) / per_row
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + 22), y + (i // per_row) * (bh + 18)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=box)
        ctext(d, bx + bw / 2, by + (bh - size) / 2 - size * 0.18, u, font(size, True), ink)
    rows = (len(units) + per_row - 1) // per_row
    return y + rows * (bh + 18)


MEALS = ("茶歇", "午餐")


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def check_forums(forums):
    """Slots of a forum follow one another without gaps, and every talk has a speaker."""
    for name, _, slots in forums:
        for a, b in zip(slots, slots[1:]):
            assert a["end"] == b["start"], (name, a["title"], b["title"])
        for s in slots:
            assert minutes(s["start"]) < minutes(s["end"]), s
            assert (s["kind"] == "talk") == bool(s["sp"]), s


# ===========================================================================
# 1. CLK 2231 (第226届), 厦门, Saturday 2231-10-15: the organisers' violet long
#    image.  Each HALF DAY opens under a band with a calendar mark and its DATE
#    ('10月15日 上午', '10月15日 下午'); then the forums one under another, each
#    with '主持人：name' at the right over the unit.  Rows as the organisers
#    print them: the range, a dot on a line, the title, 'name  company job'.
#    The opening and the lunch are bands with a range; the tea breaks print
#    only their LENGTH between dashes ('茶歇 · 15 分钟'): they run from the end
#    of the talk above to the start of the talk below.
DATE_A = "2231-10-15"
FORUMS_A = [
    ("主论坛", ("黄志刚", "厦门大学 信息学院 教授"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:55", "EEVDF 之后：上游调度器的演进与挑战",
          [S("王斌", "华为", "操作系统内核实验室首席专家")], "黄志刚"),
        T("09:55", "10:40", "Memory Tiering in Practice：CXL 内存扩展的落地经验",
          [S("李明", "阿里云", "高级技术专家")], "黄志刚"),
        B("10:40", "10:55", "茶歇", length="15 分钟"),
        T("10:55", "11:40", "PREEMPT_RT in Mainline: What Changes for Embedded Linux",
          [S("Florian Weber", "Linutronix", "Senior Kernel Engineer")], "黄志刚"),
        B("11:40", "13:30", "午餐"),
    ]),
    ("体系结构与调度分论坛", ("郑伟", "飞腾信息技术 资深工程师"), [
        T("13:30", "14:15", "基于 ARM64 pseudo-NMI 的硬死锁检测",
          [S("刘洋", "字节跳动", "内核工程师")], "郑伟"),
        T("14:15", "15:00", "sched_ext 在游戏服务器上的尾延迟优化",
          [S("周凯", "腾讯", "高级工程师")], "郑伟"),
    ]),
    ("内存管理与 CXL 分论坛", ("吴海燕", "阿里云 资深技术专家"), [
        T("13:30", "14:15", "CXL 内存池的热插拔与 DAX 设备管理",
          [S("何涛", "英特尔", "软件工程师")], "吴海燕"),
        T("14:15", "15:00", "zswap 还是 zram：云上实测与取舍",
          [S("杨帆", "字节跳动", "高级工程师")], "吴海燕"),
        B("15:00", "15:15", "茶歇", length="15 分钟"),
        T("15:15", "16:00", "多尺寸大页 mTHP 的内存回收路径优化",
          [S("孙悦", "vivo", "内核专家")], "吴海燕"),
    ]),
    ("存储与 ebpf 分论坛", ("林晓", "厦门大学 副教授"), [
        T("13:30", "14:15", "io_uring 零拷贝接收的实现与性能",
          [S("马骏", "阿里云", "技术专家")], "林晓"),
        T("14:15", "15:00", "用 BPF 观测块层延迟：blktrace 之外的选择",
          [S("邓丽", "蚂蚁集团", "工程师")], "林晓"),
    ]),
]
INTRO_A = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域的年度技术会议，由国内操作系统"
           "厂商、互联网企业、芯片厂商与高校的内核开发者共同发起。第226届大会由厦门大学承办，上午为主论坛，下午体系结构"
           "与调度、内存管理与 CXL、存储与 ebpf 三个分论坛同时进行，邀请来自华为、阿里云、字节跳动、腾讯、英特尔、"
           "蚂蚁集团、vivo 与 Linutronix 的开发者分享一线实践。大会免费参加，欢迎开发者与高校师生到场交流。")
UNITS_A = ["华为", "阿里云", "字节跳动", "腾讯", "英特尔", "蚂蚁集团", "vivo", "openEuler", "龙蜥社区"]
WHITE = (255, 255, 255)
PINK_A, LAV_A, GOLD_A, ICE_A = (255, 140, 205), (192, 178, 242), (255, 212, 118), (236, 228, 255)
BAND_A, DEEP_A = (88, 40, 160), (40, 16, 92)


def calendar_mark(d, x, y, s, ink, accent):
    """A wall-calendar mark drawn in lines: two rings, a filled top strip, a grid of days (no digits)."""
    d.rounded_rectangle([x, y + s * 0.12, x + s, y + s], radius=s // 9, outline=ink, width=3)
    d.rectangle([x + 2, y + s * 0.14, x + s - 2, y + s * 0.34], fill=accent)
    for rx in (x + s * 0.28, x + s * 0.72):
        d.rounded_rectangle([rx - 3, y, rx + 3, y + s * 0.24], radius=3, fill=ink)
    for r in range(3):
        for c in range(4):
            cx, cy = x + s * (0.16 + c * 0.2), y + s * (0.46 + r * 0.17)
            d.rectangle([cx, cy, cx + s * 0.1, cy + s * 0.08], fill=ink)


def date_head_a(d, X0, X1, y, text, right):
    """The band that opens a half day: the calendar mark and the date with its half day, a note at the right."""
    d.rounded_rectangle([X0, y, X1, y + 100], radius=18, fill=BAND_A)
    d.rounded_rectangle([X0, y, X0 + 14, y + 100], radius=6, fill=PINK_A)
    calendar_mark(d, X0 + 40, y + 20, 60, WHITE, PINK_A)
    d.text((X0 + 128, y + 17), text, font=font(46, True), fill=WHITE)
    rtext(d, X1 - 32, y + 34, right, font(24, True), PINK_A)
    return y + 100


def heading_a(d, X0, X1, y, name, host, num):
    if num:
        x = number_box(d, X0, y + 6, num, PINK_A, DEEP_A, 46) + 16
    else:
        d.text((X0, y - 2), "▶▶", font=font(30, True), fill=PINK_A)
        x = X0 + 62
    d.text((x, y - 2), name, font=font(38, True), fill=WHITE)
    rtext(d, X1, y - 2, "主持人：" + host[0], font(26, True), WHITE)
    rtext(d, X1, y + 36, host[1], font(20), LAV_A)
    y += 78
    d.rectangle([X0, y, X1, y + 3], fill=PINK_A)
    return y + 34


def slot_a(d, X0, X1, y, s, last):
    TX, DX = X0 + 214, X0 + 186
    if s["kind"] == "break" and "length" in s:
        label = "%s · %s" % (s["title"], s["length"])
        f = font(26, True)
        w = tw(d, label, f) + 44
        cx = (X0 + X1) / 2
        for x in range(X0 + 40, int(cx - w / 2 - 20), 16):
            d.line([(x, y + 20), (x + 8, y + 20)], fill=(150, 120, 220), width=2)
        for x in range(int(cx + w / 2 + 20), X1 - 40, 16):
            d.line([(x, y + 20), (x + 8, y + 20)], fill=(150, 120, 220), width=2)
        cup(d, cx - w / 2, y + 4, LAV_A, 0.9)
        d.text((cx - w / 2 + 44, y + 3), label, font=f, fill=LAV_A)
        return y + 82
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 64], radius=12, fill=BAND_A)
        d.text((X0 + 24, y + 13), rng(s), font=font(28, True), fill=PINK_A)
        if s["title"] == "午餐":
            bowl(d, X0 + 232, y + 14, WHITE, 1.0)
        d.text((X0 + 286, y + 11), s["title"], font=font(30, True), fill=WHITE)
        return y + 100
    top = y
    d.text((X0, y + 2), rng(s), font=font(27, True), fill=PINK_A)
    ft = font(29, True)
    for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
        d.text((TX, y), ln, font=ft, fill=ICE_A)
        y += 44
    y += 4
    for sp in s["sp"]:
        fn = font(25, True)
        d.text((TX, y), sp[0], font=fn, fill=GOLD_A)
        d.text((TX + tw(d, sp[0], fn) + 18, y + 5), fits(d, aff(sp), font(20), X1 - TX - 140), font=font(20),
               fill=LAV_A)
        y += 40
    y += 34
    d.line([(DX, top + 14), (DX, y - (0 if not last else 30))], fill=(130, 90, 210), width=2)
    d.ellipse([DX - 8, top + 10, DX + 8, top + 26], fill=PINK_A)
    return y


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, PINK_A)
    rtext(d, X1, 46, "厦门大学", font(32, True), WHITE)
    rtext(d, X1, 90, "XIAMEN UNIVERSITY", font(16, True), LAV_A)
    d.text((48, 160), "第226届中国", font=font(80, True), fill=WHITE)
    d.text((48, 258), "Linux内核开发者大会", font=font(80, True), fill=WHITE)
    d.ellipse([864, 160, 1020, 316], outline=GOLD_A, width=5)
    ctext(d, 942, 194, "CLK", font(40, True), WHITE)
    ctext(d, 942, 246, "2231", font(30, True), GOLD_A)
    pill = "2231年10月15日（周六）｜ 厦门"
    d.rounded_rectangle([48, 396, 48 + tw(d, pill, font(30, True)) + 56, 452], radius=28, fill=PINK_A)
    d.text((76, 402), pill, font=font(30, True), fill=DEEP_A)
    d.text((48, 484), "地址：厦门大学思明校区 科学艺术中心", font=font(28), fill=WHITE)
    y = framed_intro(d, X0, X1, 566, INTRO_A, font(23), (214, 204, 246), (150, 120, 230), PINK_A, 40)
    y += 130
    d.text((W / 2 - 250, y - 34), "AGENDA", font=font(120, True), fill=(48, 22, 110), stroke_width=2,
           stroke_fill=(170, 110, 240))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 170
    y = date_head_a(d, X0, X1, y, "10月15日 上午", "MORNING") + 56
    for k, (name, host, slots) in enumerate(FORUMS_A):
        if k == 1:
            y = date_head_a(d, X0, X1, y + 10, "10月15日 下午", "三个分论坛同时进行") + 56
        y = heading_a(d, X0, X1, y, name, host, "%02d" % k if k else None)
        for i, s in enumerate(slots):
            nxt = slots[i + 1] if i + 1 < len(slots) else None
            y = slot_a(d, X0, X1, y, s, nxt is None or nxt["kind"] == "break")
        y += 40
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 90, UNITS_A, (250, 246, 255), (70, 30, 140)) + 50
    qrcode(d, W / 2 - 110, y, 220, 2231)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "现场免费参会，座位有限，请提前报名", font(24), LAV_A)
    ctext(d, W / 2, y + 352, "主办：中国Linux内核开发者大会组委会　承办：厦门大学信息学院", font(20), LAV_A)
    return y + 420


def bg_a(w, h):
    im = vgrad(w, h, (60, 22, 124), (24, 10, 66))
    im = glow(im, 940, 240, 380, (255, 90, 200), 0.45)
    im = glow(im, 80, 1300, 360, (90, 120, 255), 0.35)
    for k, yy in enumerate(range(2500, h - 600, 1900)):
        im = glow(im, 1000 if k % 2 else 80, yy, 400, (200, 80, 255), 0.25)
    im = streaks(im, 2231, (255, 150, 230), 24, 0, h)
    return grain(im, 2231, 0.004)


def poster_a():
    check_forums(FORUMS_A)
    return two_pass(1080, paint_a, bg_a), forums_truth(FORUMS_A, DATE_A)


# ===========================================================================
# 2. CLK 2232 (第227届), 大连, Saturday 2232-10-20: the organisers' near-black
#    family (violet and teal glows, neon streaks).  主论坛 as their timeline
#    (range, dot on a line, teal title, 'name  company job').  The afternoon:
#    THREE FORUMS SIDE BY SIDE, 320 px each, under equally tall heads (a big
#    numeral, the name, '主持人：name', the unit, a chip '每场 20 分钟').  The
#    forums run on their OWN clocks, talks of 20, 30 and 40 minutes, and each
#    card is as tall as its text or 6 px a minute, whichever is more (no axis,
#    no hour lines), so rows never line up across the columns.
#    Each card: a coloured STUB at its left with the start over a short rule
#    over the end ('13:30' / '13:50'), the title right of it, the name and
#    'company job' (wrapping in the narrow column) under the title.
DATE_B = "2232-10-20"
FORUMS_B = [
    ("主论坛", ("曹建", "大连理工大学 软件学院 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("宋立伟", "大连理工大学", "副校长")], "曹建"),
        T("09:15", "10:00", "Rust for Linux 在国产操作系统中的实践",
          [S("郭涛", "华为", "openEuler 内核 Maintainer")], "曹建"),
        T("10:00", "10:45", "机密虚拟机的统一框架：TDX、SEV-SNP 与 CSV",
          [S("邱明", "海光信息", "首席工程师")], "曹建"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "面向 AI 训练集群的内核可观测性建设",
          [S("谢军", "字节跳动", "STE 技术专家")], "曹建"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("处理器架构与虚拟化分论坛", ("韩磊", "东软集团 技术专家"), [
        T("13:30", "13:50", "RISC-V H 扩展上的 KVM 中断虚拟化",
          [S("余洋", "中国科学院软件研究所", "助理研究员")], "韩磊"),
        T("13:50", "14:10", "ARM64 MPAM 资源隔离的上游进展",
          [S("蒋丽", "华为", "内核工程师")], "韩磊"),
        T("14:10", "14:30", "LoongArch KVM 的热迁移支持",
          [S("潘浩", "龙芯中科", "软件工程师")], "韩磊"),
        T("14:30", "14:50", "vCPU 调度抖动的定位与消除",
          [S("白雪", "京东云", "工程师")], "韩磊"),
    ]),
    ("内存管理与异构计算分论坛", ("钟敏", "英特尔 首席工程师"), [
        T("13:30", "14:00", "HMM 与统一内存：GPU 显存的内核管理",
          [S("金鑫", "摩尔线程", "内核工程师")], "钟敏"),
        T("14:00", "14:30", "NPU 驱动中的 SVA 与 IOMMU 页表共享",
          [S("袁博", "华为", "昇腾驱动专家")], "钟敏"),
        B("14:30", "14:45", "茶歇"),
        T("14:45", "15:15", "分层内存下的页面晋升与降级策略",
          [S("夏琳", "阿里云", "技术专家")], "钟敏"),
    ]),
    ("IO 与 ebpf 分论坛", ("汪涛", "腾讯 专家工程师"), [
        T("13:30", "14:10", "NVMe 多队列下的 IO 调度器取舍",
          [S("石磊", "浪潮信息", "存储内核工程师")], "汪涛"),
        T("14:10", "14:50", "XDP 与 AF_XDP 在云网关中的落地",
          [S("崔明", "美团", None)], "汪涛"),
        T("14:50", "15:30", "eBPF 程序的签名与可信加载",
          [S("罗峰", "蚂蚁集团", "安全专家"), S("邵琳", "蚂蚁集团", "工程师")], "汪涛"),
    ]),
]
HEADS_B = [("处理器架构与", "虚拟化分论坛"), ("内存管理与", "异构计算分论坛"), ("IO 与 ebpf 分论坛",)]
LENGTHS_B = ["每场 20 分钟", "每场 30 分钟", "每场 40 分钟"]
INTRO_B = ("CLK（中国 Linux 内核开发者大会）由国内 Linux 内核领域的企业、社区与高校共同发起，每年举办一届。第227届大会"
           "在大连理工大学举行：上午主论坛，下午处理器架构与虚拟化、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行。"
           "本届邀请华为、海光信息、字节跳动、龙芯中科、摩尔线程、阿里云、腾讯、美团、蚂蚁集团与中国科学院软件研究所"
           "的开发者分享内核领域的最新工作。")
UNITS_B = ["华为", "阿里云", "腾讯", "字节跳动", "英特尔", "海光信息", "龙芯中科", "openEuler", "龙蜥社区"]
TEAL_B, BLUE_B, GREY_B = (40, 230, 210), (120, 170, 255), (150, 156, 184)
COLS_B = [(40, 200, 190), (150, 110, 255), (255, 170, 70)]  # the three forums' colours
CARD_B = (26, 28, 50)


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, TEAL_B)
    d.text((700, 36), "CLK", font=font(96, True), fill=WHITE)
    d.text((700 + tw(d, "CLK", font(96, True)) + 12, 40), "2232", font=font(34, True), fill=TEAL_B)
    d.text((48, 168), "第227届中国", font=font(82, True), fill=WHITE)
    d.text((48, 270), "Linux内核开发者大会", font=font(82, True), fill=WHITE)
    box = "2232年10月20日 ｜ 大连"
    d.rounded_rectangle([48, 406, 48 + tw(d, box, font(30, True)) + 56, 462], radius=28, outline=TEAL_B, width=3)
    d.text((76, 412), box, font=font(30, True), fill=WHITE)
    d.text((48, 494), "地址：大连理工大学 创新园大厦 B 座报告厅", font=font(28), fill=WHITE)
    y = framed_intro(d, X0, X1, 576, INTRO_B, font(23), (196, 200, 222), (90, 96, 150), TEAL_B, 40)
    y += 130
    d.text((W / 2 - 250, y - 34), "AGENDA", font=font(120, True), fill=(22, 22, 40), stroke_width=2,
           stroke_fill=(70, 160, 200))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 180
    name, host, slots = FORUMS_B[0]
    d.text((X0, y), name, font=font(40, True), fill=WHITE)
    rtext(d, X1, y, "主持人：" + host[0], font(26, True), WHITE)
    rtext(d, X1, y + 38, host[1], font(20), BLUE_B)
    y += 80
    d.rectangle([X0, y, X0 + 180, y + 5], fill=TEAL_B)
    d.rectangle([X0 + 180, y + 2, X1, y + 3], fill=(70, 80, 120))
    y += 40
    for s in slots:
        y = row_b(d, X0, X1, y, s)
    y += 30
    pill = "下午 · 三个分论坛同时进行"
    pw = tw(d, pill, font(30, True)) + 70
    d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 60], radius=30, fill=(110, 60, 220))
    ctext(d, W / 2, y + 10, pill, font(30, True), WHITE)
    y += 110
    CW, G = 320, 16
    xs = [40 + k * (CW + G) for k in range(3)]
    head_h = 262
    for k, (name, host, slots) in enumerate(FORUMS_B[1:]):
        x, col = xs[k], COLS_B[k]
        d.text((x, y - 10), "%02d" % (k + 1), font=font(64, True), fill=col)
        hy = y + 78
        for ln in HEADS_B[k]:
            d.text((x, hy), fits(d, ln, font(27, True), CW), font=font(27, True), fill=WHITE)
            hy += 40
        assert "".join(HEADS_B[k]) == name
        hy = y + 166
        d.text((x, hy), "主持人：" + host[0], font=font(21, True), fill=WHITE)
        d.text((x, hy + 32), fits(d, host[1], font(17), CW), font=font(17), fill=BLUE_B)
        chip = LENGTHS_B[k]
        d.rounded_rectangle([x + CW - tw(d, chip, font(17, True)) - 24, y + 14, x + CW, y + 46], radius=16,
                            outline=col, width=2)
        rtext(d, x + CW - 12, y + 17, chip, font(17, True), col)
        d.rectangle([x, y + head_h - 8, x + CW, y + head_h - 4], fill=col)
    bottoms = []
    for k, (name, host, slots) in enumerate(FORUMS_B[1:]):
        cy = y + head_h + 16
        for s in slots:
            cy = card_b(d, xs[k], CW, cy, s, COLS_B[k])
        bottoms.append(cy)
    y = max(bottoms) + 70
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 90, UNITS_B, (240, 242, 250), (30, 34, 70)) + 50
    qrcode(d, W / 2 - 110, y, 220, 2232)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：大连理工大学软件学院", font(20), GREY_B)
    return y + 370


def row_b(d, X0, X1, y, s):
    TX, DX = X0 + 216, X0 + 190
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 62], radius=10, fill=(34, 36, 74))
        d.text((X0 + 22, y + 12), rng(s), font=font(28, True), fill=WHITE)
        cup(d, TX, y + 14, TEAL_B, 1.0)
        d.text((TX + 52, y + 10), s["title"], font=font(30, True), fill=WHITE)
        return y + 96
    top = y
    d.text((X0, y + 2), rng(s), font=font(28, True), fill=WHITE)
    for ln in wrap_nicely(d, s["title"], font(29, True), X1 - TX):
        d.text((TX, y), ln, font=font(29, True), fill=TEAL_B)
        y += 44
    y += 4
    for sp in s["sp"]:
        fn = font(25, True)
        d.text((TX, y), sp[0], font=fn, fill=WHITE)
        d.text((TX + tw(d, sp[0], fn) + 18, y + 5), fits(d, aff(sp), font(20), X1 - TX - 120), font=font(20),
               fill=BLUE_B)
        y += 40
    y += 30
    d.line([(DX, top + 14), (DX, y - 10)], fill=(60, 70, 120), width=2)
    d.ellipse([DX - 8, top + 10, DX + 8, top + 26], fill=TEAL_B)
    return y


def card_b(d, x, CW, y, s, col):
    """One card of a narrow column: the stub with start over end at its left, the text right of it."""
    SW = 78
    TX, TWD = x + SW + 14, CW - SW - 26
    dark = tuple(int(c * 0.35) for c in col)
    if s["kind"] == "break":
        h = 84
        d.rounded_rectangle([x, y, x + CW, y + h], radius=14, fill=(32, 32, 46))
        d.rounded_rectangle([x, y, x + SW, y + h], radius=14, fill=(70, 72, 92))
        d.rectangle([x + SW - 14, y, x + SW, y + h], fill=(70, 72, 92))
        ctext(d, x + SW / 2, y + 10, s["start"], font(20, True), WHITE)
        d.line([(x + SW / 2 - 10, y + 42), (x + SW / 2 + 10, y + 42)], fill=GREY_B, width=2)
        ctext(d, x + SW / 2, y + 48, s["end"], font(18), (210, 212, 226))
        cup(d, TX, y + 24, GREY_B, 0.9)
        d.text((TX + 44, y + 24), s["title"], font=font(24, True), fill=(210, 212, 226))
        return y + h + 16
    lines = wrap_nicely(d, s["title"], font(22, True), TWD)
    people = [(sp[0], wrap(d, aff(sp), font(17), TWD)) for sp in s["sp"]]
    h = 18 + len(lines) * 33 + 8 + sum(32 + 25 * len(a) + 6 for _, a in people) + 12
    h = max(h, 6 * (minutes(s["end"]) - minutes(s["start"])))  # a longer talk gets a taller card, loosely
    d.rounded_rectangle([x, y, x + CW, y + h], radius=14, fill=CARD_B, outline=dark, width=2)
    d.rounded_rectangle([x, y, x + SW, y + h], radius=14, fill=dark)
    d.rectangle([x + SW - 14, y, x + SW, y + h], fill=dark)
    ctext(d, x + SW / 2, y + 14, s["start"], font(21, True), WHITE)
    d.line([(x + SW / 2 - 10, y + 48), (x + SW / 2 + 10, y + 48)], fill=col, width=2)
    ctext(d, x + SW / 2, y + 56, s["end"], font(19), tuple(min(255, c + 60) for c in col))
    ty = y + 16
    for ln in lines:
        d.text((TX, ty), ln, font=font(22, True), fill=WHITE)
        ty += 33
    ty += 8
    for nm, a in people:
        d.text((TX, ty), nm, font=font(20, True), fill=col)
        ty += 32
        for ln in a:
            d.text((TX, ty), ln, font=font(17), fill=GREY_B)
            ty += 25
        ty += 6
    assert ty + 12 <= y + h
    return y + h + 16


def bg_b(w, h):
    im = vgrad(w, h, (14, 14, 28), (10, 10, 20))
    im = glow(im, 900, 300, 420, (120, 60, 255), 0.5)
    im = glow(im, 120, 1200, 380, (20, 200, 200), 0.35)
    for k, yy in enumerate(range(2300, h - 500, 1700)):
        im = glow(im, 1000 if k % 2 else 80, yy, 380, (90, 60, 230) if k % 2 else (20, 170, 190), 0.3)
    im = streaks(im, 2232, (80, 230, 255), 30, 0, h)
    return grain(im, 2232, 0.004)


def poster_b():
    check_forums(FORUMS_B)
    return two_pass(1080, paint_b, bg_b), forums_truth(FORUMS_B, DATE_B)


# ===========================================================================
# 3. CLK 2233 (第228届), 杭州, Saturday 2233-10-26: the organisers' royal blue
#    (after their 2024 image), exported by the designer as a JPEG.  Each forum
#    under a glowing heading ('▶ 主论坛' or a number box '01'..'03' and the
#    name) with '主持人：name' and the unit under it at the left.  EVERY slot is
#    a ROUNDED CARD: the range in a coloured PILL at the card's left, centred
#    on the card's height (so on a tall card it stands level with the title's
#    second line or the first speaker line, not with the title's first line);
#    right of it the bold title, and UNDER the title each speaker's line
#    'name  company job' in ONE lighter colour (the name not set apart).  One
#    talk by THREE speakers of three companies; one by two of one company.
DATE_C = "2233-10-26"
FORUMS_C = [
    ("主论坛", ("陈刚", "浙江大学 计算机科学与技术学院 教授"), [
        T("09:00", "09:10", "开幕致辞", [S("范晓明", "浙江大学", "副校长")], "陈刚"),
        T("09:10", "10:00", "大模型辅助内核补丁审查：工具、数据与实践",
          [S("王磊", "华为", "内核技术专家"), S("胡婷", "浙江大学", "博士研究生"), S("杜鹏", "阿里云", "高级技术专家")],
          "陈刚"),
        B("10:00", "10:15", "茶歇"),
        T("10:15", "11:00", "OpenCloudOS 内核的稳定性治理：从崩溃分析到热补丁",
          [S("韦鹏", "腾讯", "专家工程师")], "陈刚"),
        T("11:00", "11:45", "龙蜥 ANCK 在混合部署下的 CPU 隔离",
          [S("付娟", "阿里云", "高级技术专家")], "陈刚"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("孔磊", "平头哥半导体 资深专家"), [
        T("13:30", "14:15", "玄铁 RISC-V 平台的内核启动时间优化",
          [S("毛俊", "平头哥半导体", "内核工程师")], "孔磊"),
        T("14:15", "15:00", "EEVDF 下交互式任务的延迟优化",
          [S("许晴", "OPPO", "内核专家"), S("常浩", "OPPO", "工程师")], "孔磊"),
    ]),
    ("内存与文件系统分论坛", ("姜华", "网易 技术专家"), [
        T("13:30", "14:15", "folio 化之后的页缓存：ext4 与 XFS 的新进展",
          [S("孟凡", "华为", "文件系统专家")], "姜华"),
        T("14:15", "15:00", "EROFS 在手机系统分区上的应用",
          [S("廖静", "小米", "高级工程师")], "姜华"),
    ]),
    ("网络与 eBPF 分论坛", ("程亮", "蚂蚁集团 技术专家"), [
        T("13:30", "14:15", "用 BPF struct_ops 实现 TCP 拥塞控制",
          [S("顾晨", "腾讯", "高级工程师")], "程亮"),
        T("14:15", "15:00", "netkit 与容器网络的新数据面",
          [S("卢宇", "快手", "系统工程师")], "程亮"),
    ]),
]
INTRO_C = ("第228届中国 Linux 内核开发者大会（CLK 2233）由浙江大学承办，汇聚国内操作系统厂商、云计算企业、芯片公司与"
           "高校的内核开发者。上午主论坛聚焦 AI 时代的内核开发与稳定性，下午处理器架构与调度、内存与文件系统、网络与 "
           "eBPF 三个分论坛同时进行。参与分享的单位包括华为、阿里云、腾讯、平头哥半导体、OPPO、小米、快手、网易、"
           "蚂蚁集团与浙江大学。")
UNITS_C = ["华为", "阿里云", "腾讯", "平头哥", "OPPO", "小米", "网易", "蚂蚁集团", "OpenCloudOS"]
CYAN_C, PALE_C, NAVY_C = (90, 224, 255), (172, 200, 255), (10, 30, 110)
CARD_C, BCARD_C = (36, 84, 214), (28, 62, 168)


def heading_c(d, X0, X1, y, name, host, num):
    f = font(40, True)
    if num:
        x = number_box(d, X0, y + 6, num, CYAN_C, NAVY_C, 48) + 18
    else:
        d.text((X0, y), "▶", font=font(34, True), fill=CYAN_C)
        x = X0 + 50
    d.text((x, y), name, font=f, fill=WHITE)
    lw = x + tw(d, name, f) + 30
    for k in range(3):  # a glowing rule running on from the name
        d.line([(lw, y + 30 + k), (X1, y + 30 + k)], fill=(90 + 40 * k, 170 + 25 * k, 255), width=1)
    y += 70
    d.text((X0, y), "主持人：" + host[0], font=font(26, True), fill=WHITE)
    d.text((X0 + tw(d, "主持人：" + host[0], font(26, True)) + 18, y + 5), host[1], font=font(21), fill=PALE_C)
    return y + 66


def card_c(d, X0, X1, y, s):
    PX, PW, PH = X0 + 24, 196, 52
    TX = PX + PW + 30
    TWD = X1 - 28 - TX
    if s["kind"] == "break":
        h = 80
        d.rounded_rectangle([X0, y, X1, y + h], radius=24, fill=BCARD_C)
        py = y + (h - PH) / 2
        d.rounded_rectangle([PX, py, PX + PW, py + PH], radius=PH / 2, fill=(150, 170, 222))
        ctext(d, PX + PW / 2, py + 9, rng(s), font(25, True), NAVY_C)
        if s["title"] == "茶歇":
            cup(d, TX, y + 23, PALE_C, 1.0)
        else:
            bowl(d, TX, y + 22, PALE_C, 1.0)
        d.text((TX + 50, y + 18), s["title"], font=font(30, True), fill=PALE_C)
        return y + h + 22
    lines = wrap_nicely(d, s["title"], font(30, True), TWD)
    h = 28 + len(lines) * 46 + 6 + len(s["sp"]) * 38 + 26
    h = max(h, 110)
    d.rounded_rectangle([X0, y, X1, y + h], radius=24, fill=CARD_C)
    py = y + (h - PH) / 2
    d.rounded_rectangle([PX, py, PX + PW, py + PH], radius=PH / 2, fill=CYAN_C)
    ctext(d, PX + PW / 2, py + 9, rng(s), font(25, True), NAVY_C)
    ty = y + 26
    for ln in lines:
        d.text((TX, ty), ln, font=font(30, True), fill=WHITE)
        ty += 46
    ty += 6
    for sp in s["sp"]:
        d.text((TX, ty), fits(d, "%s  %s" % (sp[0], aff(sp)), font(23), TWD), font=font(23), fill=PALE_C)
        ty += 38
    return y + h + 22


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, WHITE, CYAN_C)
    rtext(d, X1, 46, "浙江大学", font(32, True), WHITE)
    rtext(d, X1, 90, "ZHEJIANG UNIVERSITY", font(16, True), PALE_C)
    d.text((48, 166), "第228届中国", font=font(82, True), fill=WHITE)
    d.text((48, 266), "Linux内核开发者大会", font=font(82, True), fill=WHITE)
    for k in range(3):
        d.ellipse([870 - 6 * k, 158 - 6 * k, 1026 + 6 * k, 314 + 6 * k], outline=(90, 200 - 30 * k, 255), width=2)
    ctext(d, 948, 192, "CLK", font(40, True), WHITE)
    ctext(d, 948, 244, "2233", font(30, True), CYAN_C)
    pill = "2233年10月26日（周六）｜ 杭州"
    d.rounded_rectangle([48, 404, 48 + tw(d, pill, font(30, True)) + 56, 460], radius=28, fill=WHITE)
    d.text((76, 410), pill, font=font(30, True), fill=NAVY_C)
    d.text((48, 492), "地址：浙江大学紫金港校区 蒙民伟楼报告厅", font=font(28), fill=WHITE)
    y = framed_intro(d, X0, X1, 574, INTRO_C, font(23), (206, 218, 250), (120, 170, 255), CYAN_C, 40)
    y += 130
    d.text((W / 2 - 250, y - 34), "AGENDA", font=font(120, True), fill=(20, 56, 176), stroke_width=2,
           stroke_fill=(90, 160, 255))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 170
    for k, (name, host, slots) in enumerate(FORUMS_C):
        if k == 1:
            pl = "下午　三个分论坛同时进行"
            pw = tw(d, pl, font(30, True)) + 70
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 60], radius=30, fill=(255, 100, 170))
            ctext(d, W / 2, y + 10, pl, font(30, True), WHITE)
            y += 110
        y = heading_c(d, X0, X1, y, name, host, "%02d" % k if k else None)
        for s in slots:
            y = card_c(d, X0, X1, y, s)
        y += 50
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 90, UNITS_C, WHITE, (20, 40, 130)) + 50
    qrcode(d, W / 2 - 110, y, 220, 2233)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "一同探索 Linux 内核之美", font(26, True), CYAN_C)
    ctext(d, W / 2, y + 350, "主办：中国Linux内核开发者大会组委会　承办：浙江大学计算机科学与技术学院", font(20), PALE_C)
    return y + 420


def bg_c(w, h):
    im = vgrad(w, h, (16, 56, 200), (10, 30, 140))
    im = glow(im, 920, 240, 380, (80, 210, 255), 0.5)
    im = glow(im, 90, 1350, 360, (130, 90, 255), 0.35)
    for k, yy in enumerate(range(2500, h - 600, 1900)):
        im = glow(im, 990 if k % 2 else 90, yy, 420, (60, 150, 255), 0.3)
    im = streaks(im, 2233, (140, 220, 255), 22, 0, h)
    return grain(im, 2233, 0.008)


def poster_c():
    check_forums(FORUMS_C)
    return two_pass(1080, paint_c, bg_c), forums_truth(FORUMS_C, DATE_C)


# ===========================================================================
# 4. CLK 2234 (第229届), 昆明, Saturday 2234-10-25: deep teal and gold, drawn
#    1440 px wide as the designer made it, then passed on through a chat app:
#    scaled ONCE to 1080 px and saved as a JPEG of quality 75 (4:2:0).  Each
#    forum under a gold-edged band (the name; '主持人：name（unit）' under it).
#    The rows hang on a vertical line whose TIMES STAND ON THE RULES BETWEEN
#    the slots, like the hour marks of a calendar: the first time is where the
#    forum starts, every later one ends the slot above it and starts the slot
#    below it, the last ends the forum.  No slot prints its own range.  The
#    round table prints '主持人：' and '嘉　宾：' in gold before its people.
DATE_D = "2234-10-25"
FORUMS_D = [
    ("主论坛", ("杨涛", "云南大学 信息学院 院长"), [
        T("09:00", "09:10", "开幕致辞", [S("段伟", "云南大学", "副校长")], "杨涛"),
        T("09:10", "09:50", "国产 CPU 平台上的内核安全加固",
          [S("逄建国", "麒麟软件", "内核专家")], "杨涛"),
        T("09:50", "10:30", "sched_ext 进入主线之后：可编程调度的下一步",
          [S("赵敏", "字节跳动", "STE 专家")], "杨涛"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:45", "圆桌论坛：开源内核社区的人才成长",
          [S("陆洋", "云南大学", "教授"), S("谭军", "华为", "openEuler 技术委员会委员"),
           S("曾丽", "阿里云", "龙蜥社区运营负责人"), S("苏航", "腾讯", "内核团队负责人"),
           S("贾敏", "中国科学院软件研究所", "副研究员")], "杨涛", panel=True),
        B("11:45", "13:30", "午餐"),
    ]),
    ("RISC-V 与虚拟化分论坛", ("彭军", "中国科学院软件研究所 研究员"), [
        T("13:30", "14:15", "RISC-V AIA 中断控制器的 Linux 支持",
          [S("黄凯", "中国科学院软件研究所", "工程师")], "彭军"),
        T("14:15", "15:00", "vhost-user 与 VDUSE：用户态 virtio 设备的取舍",
          [S("朱丽", "中国移动", "技术专家")], "彭军"),
    ]),
    ("内存管理与存储分论坛", ("邹平", "华为 内核专家"), [
        T("13:30", "14:15", "swap 的新设计：swap table 与 mTHP 换入",
          [S("贺敏", "腾讯", "高级工程师")], "邹平"),
        T("14:15", "15:00", "Btrfs Write Amplification Under Database Workloads",
          [S("Martin Keller", "SUSE", "Senior Software Engineer")], "邹平"),
    ]),
    ("调度与 ebpf 分论坛", ("秦飞", "快手 内核负责人"), [
        T("13:30", "14:15", "用 bpftrace 排查调度延迟的十个案例",
          [S("万婷", "美团", "工程师")], "秦飞"),
        T("14:15", "15:00", "cgroup v2 CPU 带宽控制中的突发与公平",
          [S("熊伟", "vivo", "内核工程师")], "秦飞"),
    ]),
]
INTRO_D = ("中国 Linux 内核开发者大会（CLK）是国内 Linux 内核开发者的年度聚会。第229届大会来到昆明，由云南大学承办。"
           "上午主论坛包括主题报告与圆桌论坛，下午 RISC-V 与虚拟化、内存管理与存储、调度与 ebpf 三个分论坛同时进行。"
           "来自麒麟软件、字节跳动、华为、阿里云、腾讯、中国移动、SUSE、美团、vivo 与中国科学院软件研究所的开发者将"
           "分享他们的工作。")
UNITS_D = ["华为", "阿里云", "腾讯", "字节跳动", "麒麟软件", "中国移动", "SUSE", "openEuler", "龙蜥社区"]
GOLD_D, TEAL_D, PALE_D, INK_D = (242, 198, 96), (110, 220, 210), (190, 226, 224), (6, 40, 52)
K = 4 / 3  # the design is 1440 px wide: every size is the 1080 px size times K


def z(v):
    return round(v * K)


def heading_d(d, X0, X1, y, name, host, num):
    h = z(76)
    d.rounded_rectangle([X0, y, X1, y + h], radius=z(10), fill=(10, 66, 78), outline=GOLD_D, width=3)
    d.rectangle([X0, y, X0 + z(12), y + h], fill=GOLD_D)
    x = X0 + z(34)
    if num:
        d.text((x, y + z(12)), num, font=font(z(40), True), fill=GOLD_D)
        x += tw(d, num, font(z(40), True)) + z(22)
    d.text((x, y + z(10)), name, font=font(z(40), True), fill=WHITE)
    y += h + z(20)
    d.text((X0 + z(6), y), "主持人：%s（%s）" % host, font=font(z(25), True), fill=PALE_D)
    return y + z(70)


def slot_height_d(d, CX, X1, s):
    if s["kind"] == "break":
        return z(74)
    lines = wrap_nicely(d, s["title"], font(z(30), True), X1 - CX)
    h = z(26) + len(lines) * z(44) + z(6)
    if s.get("panel"):
        h += 2 * z(40) + len(s["sp"]) * z(40) + z(8)
    else:
        h += len(s["sp"]) * z(40)
    return h + z(24)


def people_d(d, x, y, people):
    for sp in people:
        fn = font(z(25), True)
        d.text((x, y), sp[0], font=fn, fill=GOLD_D)
        d.text((x + tw(d, sp[0], fn) + z(16), y + z(5)), aff(sp), font=font(z(20)), fill=PALE_D)
        y += z(40)
    return y


def slots_d(d, X0, X1, y, slots):
    """The slots between rules; each time sits on a rule, centred on it, left of the line."""
    LX = X0 + z(178)
    CX = LX + z(40)
    ys = [y]
    for s in slots:
        ys.append(ys[-1] + slot_height_d(d, CX, X1, s))
    d.line([(LX, ys[0]), (LX, ys[-1])], fill=(90, 170, 170), width=3)
    for i, s in enumerate(slots):
        top, bot = ys[i], ys[i + 1]
        if s["kind"] == "break":
            d.rounded_rectangle([CX, top + z(10), X1, bot - z(10)], radius=z(10), fill=(12, 74, 84))
            if s["title"] == "茶歇":
                cup(d, CX + z(24), top + z(20), GOLD_D, K)
            else:
                bowl(d, CX + z(22), top + z(20), GOLD_D, K)
            d.text((CX + z(76), top + z(17)), s["title"], font=font(z(28), True), fill=PALE_D)
            continue
        ty = top + z(26)
        for ln in wrap_nicely(d, s["title"], font(z(30), True), X1 - CX):
            d.text((CX, ty), ln, font=font(z(30), True), fill=WHITE)
            ty += z(44)
        ty += z(6)
        if s.get("panel"):
            for label, people in (("主持人：", s["sp"][:1]), ("嘉　宾：", s["sp"][1:])):
                d.text((CX, ty), label, font=font(z(24), True), fill=GOLD_D)
                ty = people_d(d, CX, ty + z(40), people)
            assert ty + z(8) + z(24) == bot
        else:
            assert people_d(d, CX, ty, s["sp"]) + z(24) == bot
    for i, yy in enumerate(ys):
        t = slots[i]["start"] if i < len(slots) else slots[-1]["end"]
        if 0 < i < len(ys) - 1:
            for x in range(CX, X1, z(14)):
                d.line([(x, yy), (x + z(6), yy)], fill=(60, 120, 130), width=2)
        d.line([(LX - z(12), yy), (LX + z(12), yy)], fill=GOLD_D, width=4)
        d.ellipse([LX - z(6), yy - z(6), LX + z(6), yy + z(6)], fill=GOLD_D)
        f = font(z(27), True)
        rtext(d, LX - z(24), yy - z(20), t, f, GOLD_D)
    return ys[-1]


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = z(48), W - z(48)
    logo_lines(d, X0, z(44), WHITE, GOLD_D, K)
    rtext(d, X1, z(46), "云南大学", font(z(32), True), WHITE)
    rtext(d, X1, z(90), "YUNNAN UNIVERSITY", font(z(16), True), PALE_D)
    d.text((X0, z(166)), "第229届中国", font=font(z(82), True), fill=WHITE)
    d.text((X0, z(266)), "Linux内核开发者大会", font=font(z(82), True), fill=GOLD_D)
    d.ellipse([z(866), z(160), z(1022), z(316)], outline=GOLD_D, width=z(4))
    ctext(d, z(944), z(192), "CLK", font(z(40), True), WHITE)
    ctext(d, z(944), z(244), "2234", font(z(30), True), GOLD_D)
    pill = "2234年10月25日（周六）｜ 昆明"
    d.rounded_rectangle([X0, z(404), X0 + tw(d, pill, font(z(30), True)) + z(56), z(460)], radius=z(28),
                        fill=GOLD_D)
    d.text((X0 + z(28), z(410)), pill, font=font(z(30), True), fill=INK_D)
    d.text((X0, z(492)), "地址：云南大学呈贡校区 学术交流中心报告厅", font=font(z(28)), fill=WHITE)
    y = framed_intro(d, X0, X1, z(574), INTRO_D, font(z(23)), (200, 228, 226), (90, 170, 170), GOLD_D, z(40))
    y += z(130)
    d.text((W / 2 - z(250), y - z(34)), "AGENDA", font=font(z(120), True), fill=(8, 52, 64), stroke_width=2,
           stroke_fill=(90, 190, 190))
    ctext(d, W / 2, y, "大会议程", font(z(66), True), WHITE)
    y += z(170)
    for k, (name, host, slots) in enumerate(FORUMS_D):
        if k == 1:
            line = "下午　三个分论坛同时进行"
            f = font(z(30), True)
            lw = tw(d, line, f)
            d.line([(X0, y + z(22)), (W / 2 - lw / 2 - z(24), y + z(22))], fill=GOLD_D, width=2)
            d.line([(W / 2 + lw / 2 + z(24), y + z(22)), (X1, y + z(22))], fill=GOLD_D, width=2)
            ctext(d, W / 2, y, line, f, GOLD_D)
            y += z(96)
        y = heading_d(d, X0, X1, y, name, host, "%02d" % k if k else None)
        y = slots_d(d, X0, X1, y, slots) + z(80)
    ctext(d, W / 2, y, "支持单位", font(z(44), True), WHITE)
    y = units_grid(d, X0, X1, y + z(90), UNITS_D, (248, 244, 232), INK_D, 3, z(74), z(28)) + z(50)
    qrcode(d, W / 2 - z(110), y, z(220), 2234)
    ctext(d, W / 2, y + z(244), "扫码报名", font(z(36), True), WHITE)
    ctext(d, W / 2, y + z(300), "主办：中国Linux内核开发者大会组委会　承办：云南大学信息学院", font(z(20)), PALE_D)
    return y + z(370)


def contours(im, seed, col):
    """The designer's texture: faint wavy contour lines over the whole page, like a map of hills."""
    rnd = random.Random(seed)
    lay = Image.new("RGB", im.size, (0, 0, 0))
    d = ImageDraw.Draw(lay)
    w, h = im.size
    for y0 in range(-60, h + 60, 20):
        a1, a2 = rnd.uniform(10, 30), rnd.uniform(4, 12)
        p1, p2 = rnd.uniform(0, 6.3), rnd.uniform(0, 6.3)
        f1, f2 = rnd.uniform(0.002, 0.005), rnd.uniform(0.008, 0.014)
        pts = [(x, y0 + a1 * math.sin(x * f1 + p1) + a2 * math.sin(x * f2 + p2)) for x in range(0, w + 12, 12)]
        d.line(pts, fill=col, width=2)
    return ImageChops.screen(im, lay)


def bg_d(w, h):
    im = vgrad(w, h, (8, 72, 84), (6, 30, 58))
    im = contours(im, 2234, (18, 44, 46))
    im = glow(im, z(940), z(240), z(380), (240, 190, 90), 0.3)
    im = glow(im, z(80), z(1300), z(360), (40, 200, 190), 0.35)
    for k, yy in enumerate(range(z(2500), h - z(600), z(1900))):
        im = glow(im, z(1000) if k % 2 else z(80), yy, z(400), (30, 160, 170), 0.3)
    return grain(im, 2234, 0.02)


def poster_d():
    """The designer's 1440 px picture, scaled once to 1080 px as a chat app sends it on."""
    check_forums(FORUMS_D)
    big = two_pass(1440, paint_d, bg_d)
    w, h = 1080, round(big.size[1] * 1080 / 1440)
    return big.resize((w, h), Image.BILINEAR), forums_truth(FORUMS_D, DATE_D)


NOTE = (
    "Same conventions as posters-blind-43 (and 4..51 before it): speakers are names as printed with spaces "
    "removed (the Latin names 'Florian Weber' -> 'FlorianWeber', 'Martin Keller' -> 'MartinKeller'); host is the "
    "chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; "
    "where two or three speakers are printed each has his own affiliation, given per speaker; affiliations keep a "
    "printed job title, joined to the company by one space ('阿里云 高级技术专家', 'Linutronix Senior Kernel "
    "Engineer'), the company alone where no job is printed ('美团' for 崔明); break titles are as printed; an "
    "opening printed with a speaker ('开幕致辞') is a talk, a slot printed without a speaker ('开幕') is a break; "
    "'午餐' closes 主论坛 as its break. Every forum carries a 'date'; each edition is ONE day (主论坛 in the morning, "
    "three forums in parallel in the afternoon), so every forum's date is the poster's. Four editions, each on ONE "
    "picture only, so no talk is on two posters: CLK 2231 (第226届, 厦门, 2231-10-15), CLK 2232 (第227届, 大连, "
    "2232-10-20), CLK 2233 (第228届, 杭州, 2233-10-26), CLK 2234 (第229届, 昆明, 2234-10-25), all Saturdays. "
    "Headers, introductions, addresses, date pills, support units, QR captions, organiser lines and the bands or "
    "pills saying that three forums run in the afternoon are never part of a name, a title or a slot; number boxes, "
    "big numerals and number tags ('01'..'03') are no part of a forum's name. A title wrapped over two lines is one "
    "title, joined with a space between Latin words ('PREEMPT_RT in Mainline: What' / 'Changes for Embedded "
    "Linux', 'Btrfs Write Amplification' / 'Under Database Workloads'), without one after '：' "
    "('OpenCloudOS 内核的稳定性治理：' / '从崩溃分析到热补丁') or inside a Chinese word ('ARM64 MPAM 资' / "
    "'源隔离的上游进展', 'eBPF 程序的签' / '名与可信加载'); an affiliation wrapped in a narrow column is one "
    "affiliation ('中国科学院软件研究所 助理' / '研究员' -> '中国科学院软件研究所 助理研究员'). Added or stressed here: "
    "(1) CLK 2231 (PNG, the organisers' violet): each HALF DAY opens under a band with a calendar mark and its DATE, "
    "'10月15日 上午' (with 'MORNING' at the right) over 主论坛 and '10月15日 下午' (with '三个分论坛同时进行') over the "
    "three forums, which follow one under another; these bands are no slot, no forum and no title, and their "
    "digits are no time. The opening '09:00-09:10 开幕' and the lunch '11:40-13:30 午餐' are bands with a range, but "
    "the TEA BREAKS print only their length between dashes, '茶歇 · 15 分钟': judgement call, each is a break titled "
    "'茶歇' (the length is no part of the title) running from the end of the talk above it to the start of the "
    "talk below it (10:40-10:55 in 主论坛, 15:00-15:15 in 内存管理与 CXL 分论坛). (2) CLK 2232 (PNG, the organisers' "
    "near black): the three afternoon forums stand SIDE BY SIDE as three columns of cards on their own clocks, "
    "talks of 20 minutes in 处理器架构与虚拟化分论坛, 30 in 内存管理与异构计算分论坛 and 40 in 'IO 与 ebpf 分论坛' (chips "
    "'每场 20 分钟', '每场 30 分钟', '每场 40 分钟' in the heads, which are no slot and no part of a name); each card "
    "is as tall as its text or its time, so rows do not line up and cards that stand level across the columns are "
    "unrelated (the first forum's 14:10-14:30 card stands level with the second forum's 14:30-14:45 茶歇): a "
    "column's cards are its own forum's, read top to bottom. Each card's range is a STUB at its left with the start "
    "over a short rule over the end ('13:30' / '13:50'): the upper time is the start, the lower the end. Column "
    "heads broken over two lines are one name ('处理器架构与' / '虚拟化分论坛', '内存管理与' / '异构计算分论坛'). 罗峰 and "
    "邵琳 (both 蚂蚁集团) are two speakers of one card. '开幕致辞' is a talk of 宋立伟 (大连理工大学 副校长). "
    "(3) CLK 2233 (JPEG, the organisers' royal blue, as the designer exported it): every slot is a ROUNDED CARD with "
    "its range in a coloured PILL at the card's left, centred on the card's height, so on a tall card the pill "
    "stands level with the title's second line or with the first speaker line: a pill belongs to its own card. "
    "Under the title each speaker's line 'name  company job' is set in ONE lighter colour (the name not set apart): "
    "the first word is the name, then the company and the job. The talk '大模型辅助内核补丁审查：工具、数据与实践' "
    "(09:10-10:00) has THREE speakers of three companies on three lines, 王磊 (华为 内核技术专家), 胡婷 (浙江大学 "
    "博士研究生), 杜鹏 (阿里云 高级技术专家); 许晴 and 常浩 (both OPPO) are two speakers of one card. Breaks are "
    "darker cards with a grey pill. (4) CLK 2234 (JPEG, deep teal and gold, as a chat app passes it on: drawn "
    "1440 px wide, scaled once to 1080 px, saved at quality 75): the slots hang on a vertical line whose TIMES "
    "STAND ON THE RULES BETWEEN the slots and no slot prints its own range: judgement call, a slot runs from the "
    "time on the rule above it to the time on the rule below it, the first time under a forum's heading starts its "
    "first slot and the last ends its last slot (the '13:30' under 午餐 ends the lunch; each afternoon forum starts "
    "again at 13:30 under its own heading). The round table '圆桌论坛：开源内核社区的人才成长' (10:45-11:45) prints "
    "'主持人：' and '嘉　宾：' in gold before its people: its speakers are the moderator 陆洋 and then the four guests "
    "in printed order (five speakers, five affiliations), the labels are no names, the title keeps '圆桌论坛：', "
    "and the moderator is not the forum's host (杨涛, printed '主持人：杨涛（云南大学 信息学院 院长）' under the "
    "forum's band). Hosts printed 'name（unit）' give the name. Uncommon surname 逄 (a speaker, 逄建国). The title "
    "'开幕致辞' on three posters is the opening of three editions (different speakers), not one talk; forums of two "
    "talks end with their second talk (no break printed after it)."
)

LAYOUTS = {
    "violet-half-day-date-heads-tea-lengths.png": (
        "CLK 2231 (第226届), 厦门, 2231-10-15 (PNG, 1080 x %d): the organisers' violet long image; each half day "
        "under a band with its date, '10月15日 上午' and '10月15日 下午'; the forums one under another as the "
        "organisers' timeline (range, dot, title, 'name  company job'); '开幕' and '午餐' bands with ranges, tea "
        "breaks printed only as '茶歇 · 15 分钟'. 3 + 2 + 3 + 2 talks.",
        DATE_A, poster_a, None),
    "nearblack-columns-20-30-40-stub-times.png": (
        "CLK 2232 (第227届), 大连, 2232-10-20 (PNG, 1080 x %d): the organisers' near-black long image; 主论坛 as "
        "their timeline; the three afternoon forums side by side as columns of cards on their own clocks (talks of "
        "20, 30 and 40 minutes), rows not lining up; each card's start over its end in a coloured stub at its left. "
        "4 + 4 + 3 + 3 talks.",
        DATE_B, poster_b, None),
    "royalblue-rounded-cards-pill-left.jpg": (
        "CLK 2233 (第228届), 杭州, 2233-10-26 (JPEG q92 4:4:4 as the designer exported it, 1080 x %d): the "
        "organisers' royal-blue long image; every slot a rounded card with its range in a pill at the card's left, "
        "centred on the card's height, the title and under it the speaker lines in a lighter colour; one talk by "
        "three speakers. 4 + 2 + 2 + 2 talks.",
        DATE_C, poster_c, (92, 0)),
    "teal-chat-scaled-times-on-rules.jpg": (
        "CLK 2234 (第229届), 昆明, 2234-10-25 (JPEG q75 4:2:0 after one scaling from 1440 to 1080 px, as a chat "
        "app passes it on, 1080 x %d): deep teal and gold; the times stand on the rules between the slots of a "
        "vertical line (a slot runs from the time above it to the time below it); a round table with '主持人：' and "
        "'嘉　宾：'. Uncommon surname 逄. 4 + 2 + 2 + 2 talks.",
        DATE_D, poster_d, (75, 2)),
}


def main():
    posters = []
    for fn, (layout, date, draw, jpeg) in LAYOUTS.items():
        im, forums = draw()
        assert im.size[0] == 1080, (fn, im.size)
        path = os.path.join(HERE, fn)
        if jpeg:
            im.save(path, "JPEG", quality=jpeg[0], subsampling=jpeg[1])
        else:
            im.save(path, optimize=True)
        size = os.path.getsize(path)
        assert 0.6e6 <= size <= 1.6e6, (fn, size)
        talks = [sum(s["kind"] == "talk" for s in f["slots"]) for f in forums]
        assert " + ".join(map(str, talks)) + " talks" in layout, (fn, talks)
        posters.append({"file": fn, "layout": layout % im.size[1], "date": date, "forums": forums})
    titles = [s["title"] for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] == "talk"]
    assert len(titles) - titles.count("开幕致辞") == len(set(titles)) - 1
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
