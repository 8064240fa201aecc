"""Draw the forty-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
every picture is a PNG saved by Pillow with optimize.  The set is about the ONE
agenda image of a whole edition in the organisers' own family (主论坛 in the
morning, three forums in parallel in the afternoon), 1080 px wide, one PNG of
1.0-1.6 MB as an edition's repository holds it.  Four editions, no talk on two
posters:
  CLK 2161 (royal blue): a SPONSOR BAND (three tiers of word marks) between
    the morning and the afternoon; the afternoon as a CALENDAR: three columns
    on ONE hour axis ('14:00', '15:00', '16:00' at the left, dashed hour
    lines across), each talk a card as tall as it is long, so that nothing
    lines up across the columns; the cards print '13:30 - 14:10' with spaces.
  CLK 2162 (near black): every range written with an ASCII tilde
    ('09:10~09:50'); a talk by THREE speakers of two companies; one forum
    whose talks carry NO time but a number (1, 2, 3), the forum's hours in its
    heading ('时间：13:30~16:00').
  CLK 2163 (violet): each talk's speakers on ONE line under its title as
    'name / company', several speakers on the same line, two of one company
    sharing one company ('周凯、马丽 / 华为　蔡俊 / 苏州大学'); English
    deck-style titles by Chinese speakers.
  CLK 2164 (deep teal): the afternoon's three forums INTERLEAVED in one list
    sorted by time, each row tagged by a coloured letter chip ('A', 'B', 'C')
    that a legend maps to the forum, its host and its room; one '茶歇' band
    for all three; ranges written '09:15 - 10:00' with spaces.
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
    """Seeded grain blended in: the texture of a designer's paper and of a re-saved picture."""
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
    """A talk; start and end are None where the poster prints no time for it (a numbered talk)."""
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def S(name, company, job=None):
    """A speaker as printed: the name, the company, the job title (None where none is printed)."""
    return (name, company, job)


def plain(name):
    """A name as the truth gives it: spaces of the poster removed ('Kenji Watanabe' -> 'KenjiWatanabe')."""
    return name.replace(" ", "").replace("\u3000", "")


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    return sp[1] if sp[2] is None else sp[1] + " " + sp[2]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]], "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums, date):
    """Forums in printed order (主论坛, then the afternoon forums as the poster lists them), each with the date."""
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s) for s in f["slots"]]} for f in forums]


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
    """A paragraph wrapped to maxw.  Returns the y under it."""
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


def rng(s, sep="-"):
    return s["start"] + sep + s["end"]


def minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def framed_intro(d, X0, X1, y, text, ink, frame, corner):
    """The organisers' framed introduction: a paragraph in a thin frame with square corner marks."""
    top = y
    y = para(d, X0 + 34, y + 30, text, font(23), ink, X1 - X0 - 68, 40) + 22
    d.rectangle([X0, top, X1, y], outline=frame, width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y), (X1, y)):
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=corner)
    return y


def agenda_title(d, W, y, ink, hollow_fill, hollow_edge, word="AGENDA"):
    """'大会议程' over a big hollow English word, as the organisers print it."""
    f = font(120, True)
    d.text((W / 2 - tw(d, word, f) / 2, y - 36), word, font=f, fill=hollow_fill, stroke_width=2, stroke_fill=hollow_edge)
    ctext(d, W / 2, y, "大会议程", font(66, True), ink)
    return y + 170


def foot(d, W, X0, X1, y, units, head_ink, box_ink, caption_ink, seed, organisers):
    """Support-unit boxes, a QR code and the organiser line at the foot of the image."""
    ctext(d, W / 2, y, "支持单位", font(44, True), head_ink)
    y += 92
    bw, bh = (X1 - X0 - 2 * 22) / 3, 74
    for i, u in enumerate(units):
        bx, by = X0 + (i % 3) * (bw + 22), y + (i // 3) * (bh + 18)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=(255, 255, 255))
        ctext(d, bx + bw / 2, by + 17, u, font(30, True), box_ink)
    y += math.ceil(len(units) / 3) * (bh + 18) + 50
    qrcode(d, W / 2 - 110, y, 220, seed)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), head_ink)
    ctext(d, W / 2, y + 300, organisers, font(20), caption_ink)
    return y + 370


# ===========================================================================
# 1. CLK 2161 (第156届), 成都, Saturday 2161-10-24: the organisers' royal blue
#    (after their 2024 image).  主论坛 as their timeline (range, a dot on a
#    line, the cyan title, 'name  company job'); after 午餐 a SPONSOR BAND of
#    three tiers; then the afternoon as a calendar: three columns on one hour
#    axis, each card as tall as its talk is long, '13:30 - 14:10' on top.
DATE_1 = "2161-10-24"
FORUMS_1 = [
    {"name": "主论坛", "host": ("冯志强", "电子科技大学 计算机科学与工程学院 教授"), "slots": [
        T("09:00", "09:15", "开幕致辞", [S("赵立新", "电子科技大学", "副校长")], "冯志强"),
        T("09:15", "10:00", "内核社区的可持续维护：从补丁审阅到自动化测试", [S("黄建国", "华为", "首席架构师")],
          "冯志强"),
        T("10:00", "10:45", "Upstreaming CXL Memory Tiering: Lessons from Two Years",
          [S("Kenji Watanabe", "Fujitsu", "Principal Engineer")], "冯志强"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "在离线混部场景下的 CPU 与内存带宽隔离", [S("何俊", "字节跳动", "STE 内核专家")], "冯志强"),
        B("11:45", "13:30", "午餐"),
    ]},
    {"name": "体系结构与调度分论坛", "host": ("孙立军", "四川大学 教授"), "colour": (96, 226, 255), "slots": [
        T("13:30", "14:10", "EEVDF 调度器在数据库负载下的尾延迟优化", [S("陈磊", "华为", "内核工程师")], "孙立军"),
        T("14:10", "14:50", "Arm64 硬件脏页管理（HDBM）的内核支持", [S("邹涛", "飞腾信息", "系统软件工程师")], "孙立军"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "sched_ext 在手机上的能效调度尝试", [S("吴倩", "vivo", "内核专家")], "孙立军"),
    ]},
    {"name": "内存管理与CXL分论坛", "host": ("刘畅", "阿里云 高级技术专家"), "colour": (186, 150, 255), "slots": [
        T("13:30", "14:15", "CXL 内存分层：NUMA Balancing 与 DAMON 的取舍",
          [S("杨帆", "阿里云", "技术专家"), S("孟佳", "阿里云", "工程师")], "刘畅"),
        T("14:15", "14:45", "zswap 与 zram 能否合一：交换子系统重构进展", [S("许文博", "字节跳动", "高级工程师")], "刘畅"),
        B("14:45", "15:00", "茶歇"),
        T("15:00", "16:00", "推理集群上的内存分层性能评估", [S("罗静", "英特尔", "资深软件工程师")], "刘畅"),
    ]},
    {"name": "存储与eBPF分论坛", "host": ("周斌", "腾讯 内核负责人"), "colour": (255, 196, 96), "slots": [
        T("13:30", "14:20", "io_uring 零拷贝接收在存储网关中的应用", [S("唐浩", "腾讯云", "存储内核专家")], "周斌"),
        T("14:20", "15:20", "BPF 持续性能剖析：从 bpftrace 到全栈 Profiling", [S("宋宇", "蚂蚁集团", "技术专家")], "周斌"),
    ]},
]
INTRO_1 = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域的年度技术会议，由国内主要操作系统"
           "厂商、互联网企业、芯片厂商与高校共同发起，至今已举办 156 届。本届大会由电子科技大学承办，上午为主论坛，下午"
           "体系结构与调度、内存管理与 CXL、存储与 eBPF 三个分论坛同时进行，邀请来自华为、阿里云、字节跳动、腾讯、英特尔、"
           "富士通、vivo、飞腾与蚂蚁集团的开发者分享内核的最新进展，欢迎开发者与高校师生到场交流。")
SPONSORS_1 = [("钻石赞助", [("华为", (200, 20, 40)), ("阿里云", (255, 106, 0))]),
              ("金牌赞助", [("字节跳动", (50, 110, 240)), ("腾讯云", (0, 110, 230)), ("英特尔", (0, 104, 181))]),
              ("银牌赞助", [("vivo", (65, 95, 255)), ("OPPO", (0, 150, 90)), ("蚂蚁集团", (22, 119, 255)),
                            ("龙蜥社区", (40, 40, 60))])]
UNITS_1 = ["电子科技大学", "四川大学", "华为", "阿里云", "字节跳动", "腾讯", "英特尔", "openEuler", "龙蜥社区"]
WHITE = (255, 255, 255)
CYAN_1, PALE_1, PINK_1, GOLD_1 = (96, 226, 255), (186, 208, 255), (255, 128, 220), (255, 214, 110)
NAVY_1, BAND_1, CARD_1 = (10, 30, 120), (30, 84, 222), (18, 48, 156)
K_1 = 9  # px per minute on the afternoon's hour axis


def heading_1(d, X0, X1, y, name, host, num):
    """A forum heading: a number box (none for 主论坛), the name, '主持人：name' at the right over the unit."""
    x = X0
    if num:
        x = number_box(d, X0, y + 8, num, CYAN_1, NAVY_1, 54) + 18
    d.text((x, y), name, font=font(48, True), fill=WHITE)
    lf, nf = font(27, True), font(27)
    hw = tw(d, "主持人：", lf) + tw(d, host[0], nf)
    d.text((X1 - hw, y + 4), "主持人：", font=lf, fill=PINK_1)
    rtext(d, X1, y + 4, host[0], nf, WHITE)
    rtext(d, X1, y + 44, fits(d, host[1], font(19), X1 - X0 - 420), font(19), PALE_1)
    y += 84
    d.rectangle([X0, y, X1, y + 9], fill=CYAN_1)
    return y + 48


def row_1(d, X0, X1, y, s, last):
    """The organisers' timeline row: range, a dot on the line, the title, per speaker 'name  company job'."""
    RX, LX, TX = X0 + 22, X0 + 272, X0 + 304
    if s["kind"] == "break":
        d.rectangle([X0 + 8, y, X1 - 8, y + 72], fill=BAND_1)
        d.text((RX, y + 16), rng(s), font=font(28, True), fill=WHITE)
        d.text((TX, y + 15), s["title"], font=font(30, True), fill=CYAN_1)
        return y + 110
    top = y
    for ln in wrap_nicely(d, s["title"], font(29, True), X1 - TX):
        d.text((TX, y), ln, font=font(29, True), fill=CYAN_1)
        y += 43
    y += 4
    for sp in s["sp"]:
        nf = font(26)
        d.text((TX, y), sp[0], font=nf, fill=WHITE)
        d.text((TX + tw(d, sp[0], nf) + 18, y + 6), fits(d, aff(sp), font(19), X1 - TX - tw(d, sp[0], nf) - 18),
               font=font(19), fill=PALE_1)
        y += 42
    bot = y + 44
    d.line([(LX, top - 44), (LX, bot if not last else top + 20)], fill=(90, 150, 255), width=2)
    d.ellipse([LX - 7, top + 13, LX + 7, top + 27], fill=CYAN_1)
    d.text((RX, top), rng(s), font=font(28, True), fill=WHITE)
    return bot


def sponsors_1(d, W, X0, X1, y):
    """The sponsor band between the morning and the afternoon: three tiers of word marks on a pale panel."""
    top = y
    h = 40 + 76 + len(SPONSORS_1) * 170
    d.rounded_rectangle([X0, top, X1, top + h], radius=18, fill=(236, 242, 255))
    y += 40
    ctext(d, W / 2, y, "感谢以下单位对本届大会的大力支持", font(32, True), NAVY_1)
    y += 76
    for tier, marks in SPONSORS_1:
        tf = font(24, True)
        pw = tw(d, tier, tf) + 44
        d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 40], radius=20, fill=(218, 168, 60))
        ctext(d, W / 2, y + 5, tier, tf, WHITE)
        y += 60
        n = len(marks)
        bw, gap = 200, 22
        x = W / 2 - (n * bw + (n - 1) * gap) / 2
        for name, col in marks:
            d.rounded_rectangle([x, y, x + bw, y + 76], radius=8, fill=WHITE, outline=(200, 210, 235), width=2)
            ctext(d, x + bw / 2, y + 16, name, font(32, True), col)
            x += bw + gap
        y += 110
    assert y == top + h
    d.rounded_rectangle([X0, top, X1, y], radius=18, outline=GOLD_1, width=3)
    return y


def head_1(d, x, y, w, f, num, draw=True):
    """A column head: a white number chip, the name (broken over two lines where it does not fit), host, unit."""
    col = f["colour"]
    y0 = y
    if draw:
        d.rounded_rectangle([x + 16, y + 16, x + 76, y + 52], radius=6, fill=WHITE)
        ctext(d, x + 46, y + 18, num, font(25, True), NAVY_1)
    y += 68
    for ln in wrap_nicely(d, f["name"], font(27, True), w - 32):
        if draw:
            d.text((x + 16, y), ln, font=font(27, True), fill=WHITE)
        y += 39
    y += 8
    hl = "主持人：" + f["host"][0]
    if draw:
        d.text((x + 16, y), fits(d, hl, font(21, True), w - 32), font=font(21, True), fill=col)
    y += 32
    for ln in wrap(d, f["host"][1], font(18), w - 32):
        if draw:
            d.text((x + 16, y), ln, font=font(18), fill=PALE_1)
        y += 26
    return y + 14 - y0


def card_1(d, x, w, ytop, t0, s, col):
    """A talk or break as a card on the hour axis: its top at its start, its bottom at its end."""
    top = ytop + (minutes(s["start"]) - t0) * K_1 + 4
    bot = ytop + (minutes(s["end"]) - t0) * K_1 - 4
    cx, cw = x + 16, w - 30
    if s["kind"] == "break":
        d.rounded_rectangle([x, top, x + w, bot], radius=8, fill=(36, 74, 190))
        for k in range(-int(bot - top), int(w), 22):  # hatching
            d.line([(x + max(0, k), top + max(0, -k)), (x + min(w, k + bot - top), top + min(bot - top, w - k))],
                   fill=(44, 86, 204), width=6)
        d.text((cx, top + 12), rng(s, " - "), font=font(21, True), fill=PALE_1)
        cup(d, cx, top + 46, WHITE, 0.9)
        d.text((cx + 40, top + 44), s["title"], font=font(25, True), fill=WHITE)
        assert top + 84 <= bot, s
        return
    d.rounded_rectangle([x, top, x + w, bot], radius=8, fill=CARD_1, outline=col, width=2)
    d.rectangle([x, top + 8, x + 5, bot - 8], fill=col)
    y = top + 12
    d.text((cx, y), rng(s, " - "), font=font(21, True), fill=col)
    y += 34
    for ln in wrap_nicely(d, s["title"], font(23, True), cw):
        d.text((cx, y), ln, font=font(23, True), fill=WHITE)
        y += 33
    y += 8
    for sp in s["sp"]:
        d.text((cx, y), sp[0], font=font(22, True), fill=GOLD_1)
        y += 31
        y = para(d, cx, y, aff(sp), font(18), PALE_1, cw, 25) + 4
    assert y + 6 <= bot, (s["title"], y, bot)


def columns_1(d, X0, X1, y):
    """The afternoon calendar: three column heads, then the hour axis with every talk placed by its time."""
    forums = FORUMS_1[1:]
    AX, gap = X0 + 64, 13
    cw = (X1 - AX - 2 * gap) / 3
    hh = max(head_1(d, 0, -10000, cw, f, "", False) for f in forums)
    for i, f in enumerate(forums):
        x = AX + i * (cw + gap)
        d.rounded_rectangle([x, y, x + cw, y + hh], radius=10, fill=tuple(int(c * 0.42) for c in f["colour"]))
        d.rectangle([x, y, x + cw, y + 6], fill=f["colour"])
        head_1(d, x, y, cw, f, "%02d" % (i + 1))
    ytop = y + hh + 30
    t0 = minutes("13:30")
    t1 = max(minutes(s["end"]) for f in forums for s in f["slots"])
    for t in range(t0, t1 + 1):
        if t % 60 == 0:  # hour lines across the columns, labels in the axis
            yy = ytop + (t - t0) * K_1
            for xx in range(int(AX) - 6, X1, 14):
                d.line([(xx, yy), (xx + 7, yy)], fill=(110, 150, 240), width=2)
            d.text((X0 - 20, yy - 13), "%02d:00" % (t // 60), font=font(20, True), fill=(170, 196, 250))
    for i, f in enumerate(forums):
        x = AX + i * (cw + gap)
        for s in f["slots"]:
            card_1(d, x, cw, ytop, t0, s, f["colour"])
    return ytop + (t1 - t0) * K_1 + 40


def paint_1(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, CYAN_1)
    rtext(d, X1, 44, "电子科技大学", font(30, True), WHITE)
    rtext(d, X1, 86, "UESTC", font(17, True), PALE_1)
    d.text((48, 176), "第156届中国", font=font(80, True), fill=WHITE)
    d.text((48, 276), "Linux内核开发者大会", font=font(80, True), fill=WHITE)
    d.ellipse([872, 130, 1024, 282], outline=CYAN_1, width=5)
    ctext(d, 948, 162, "CLK", font(38, True), WHITE)
    ctext(d, 948, 214, "2161", font(28, True), CYAN_1)
    pill = "2161年10月24日（周六）｜ 成都"
    d.rounded_rectangle([48, 416, 48 + tw(d, pill, font(30, True)) + 56, 472], radius=28, fill=WHITE)
    d.text((76, 422), pill, font=font(30, True), fill=NAVY_1)
    d.text((48, 502), "地址：电子科技大学清水河校区 主楼 A 区报告厅", font=font(28), fill=WHITE)
    y = framed_intro(d, X0, X1, 590, INTRO_1, (214, 224, 250), (120, 170, 255), CYAN_1) + 150
    y = agenda_title(d, W, y, WHITE, (16, 44, 150), (90, 150, 255))
    main = FORUMS_1[0]
    y = heading_1(d, X0, X1, y, main["name"], main["host"], None)
    for i, s in enumerate(main["slots"]):
        y = row_1(d, X0, X1, y, s, i == len(main["slots"]) - 1)
    y = sponsors_1(d, W, X0, X1, y + 30) + 80
    pill = "下午　三个分论坛同时进行"
    pw = tw(d, pill, font(32, True)) + 80
    d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 62], radius=31, fill=(226, 70, 180))
    ctext(d, W / 2, y + 10, pill, font(32, True), WHITE)
    y = columns_1(d, X0, X1, y + 110) + 80
    return foot(d, W, X0, X1, y, UNITS_1, WHITE, (20, 40, 130), PALE_1, 4611,
                "主办：中国Linux内核开发者大会组委会　承办：电子科技大学计算机科学与工程学院")


def bg_1(w, h):
    im = vgrad(w, h, (20, 62, 214), (10, 34, 150))
    im = glow(im, 900, 240, 380, (80, 200, 255), 0.5)
    im = glow(im, 120, 1300, 360, (120, 90, 255), 0.35)
    for k, yy in enumerate(range(2500, h - 700, 2000)):
        im = glow(im, 980 if k % 2 else 100, yy, 420, (60, 150, 255), 0.3)
    return grain(im, 4611, 0.005)


def poster_1():
    return two_pass(1080, paint_1, bg_1), forums_truth(FORUMS_1, DATE_1)


# ===========================================================================
# 2. CLK 2162 (第157届), 深圳, Saturday 2162-10-30: the organisers' near-black
#    family (after their 2023 image).  Every range written with an ASCII
#    tilde, talks and breaks alike ('09:10~09:50').  Headings: a big teal
#    numeral (none for 主论坛), the name, a rule, '主持人：name　unit'.  The
#    confidential-computing talk has THREE speakers of two companies, one line
#    each.  Forum 02 prints its hours under its host ('时间：13:30~16:00') and
#    numbers its talks 1, 2, 3 in circles where the ranges stand: no talk of it
#    has a time of its own.
DATE_2 = "2162-10-30"
FORUMS_2 = [
    {"name": "主论坛", "host": ("佘文涛", "南方科技大学 计算机科学与工程系 教授"), "slots": [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:50", "面向 AI 集群的操作系统内核：挑战与机遇", [S("张建华", "华为", "首席专家")], "佘文涛"),
        T("09:50", "10:30", "龙蜥内核的 LTS 维护与上游协作", [S("梁晓东", "阿里云", "内核研发负责人")], "佘文涛"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:30", "机密计算的内核支持：TDX、SEV-SNP 与 CCA",
          [S("王海涛", "英特尔", "首席工程师"), S("刘晶", "英特尔", "软件工程师"), S("胡斌", "海光信息", "系统架构师")],
          "佘文涛"),
        T("11:30", "12:10", "Rust for Linux：驱动开发的现状与实践", [S("谢宇航", "字节跳动", "系统工程师")], "佘文涛"),
        B("12:10", "13:30", "午餐"),
    ]},
    {"name": "处理器与虚拟化分论坛", "host": ("黄伟", "中山大学 副教授"), "slots": [
        T("13:30", "14:10", "KVM 大规模热迁移中的脏页跟踪优化", [S("钱坤", "腾讯云", "虚拟化专家")], "黄伟"),
        T("14:10", "14:50", "LoongArch 虚拟化扩展的 KVM 支持", [S("段磊", "龙芯中科", "内核工程师")], "黄伟"),
    ]},
    {"name": "内存与文件系统分论坛", "host": ("高洁", "华为 文件系统首席专家"), "hours": "13:30~16:00", "slots": [
        T(None, None, "folio 化之后的 page cache：回写与预读的新问题", [S("邓超", "华为", "文件系统专家")], "高洁"),
        T(None, None, "mTHP 在 Android 设备上的落地与碎片治理", [S("曹宁", "OPPO", "高级工程师")], "高洁"),
        T(None, None, "F2FS 在手机存储上的碎片整理与 GC 优化", [S("余洋", "vivo", "存储专家")], "高洁"),
    ]},
    {"name": "eBPF与网络分论坛", "host": ("方志强", "网易 技术总监"), "slots": [
        T("13:30", "14:15", "XDP 与 AF_XDP 在 5G 用户面中的加速实践", [S("苏强", "中兴通讯", "系统工程师")], "方志强"),
        T("14:15", "15:00", "BPF 验证器的复杂度上限与性能优化", [S("田宇", "美团", "基础架构工程师")], "方志强"),
    ]},
]
INTRO_2 = ("CLK（中国 Linux 内核开发者大会）自 2006 年起每年举办，由国内 Linux 内核领域的企业与高校发起，已成为国内内核开发者"
           "交流技术、结识同行的年度聚会。第157届大会在南方科技大学举行，上午为主论坛，下午处理器与虚拟化、内存与文件系统、"
           "eBPF 与网络三个分论坛同时进行。参与单位包括华为、阿里云、腾讯、字节跳动、英特尔、海光、龙芯中科、OPPO、vivo、"
           "中兴通讯、美团与网易等。")
UNITS_2 = ["南方科技大学", "中山大学", "华为", "腾讯", "阿里云", "字节跳动", "英特尔", "龙芯中科", "OpenAnolis"]
TEAL_2, BLUE_2, GREY_2, VIO_2 = (40, 232, 206), (84, 146, 255), (176, 186, 210), (150, 110, 255)
BAND_2 = (18, 40, 108)


def heading_2(d, X0, X1, y, f, num):
    """A big teal numeral (none for 主论坛), the name, a rule, then '主持人：name　unit' and the forum's hours if printed."""
    x = X0
    if num:
        d.text((X0, y - 32), num, font=font(92, True), fill=TEAL_2)
        x = X0 + 142
    d.text((x, y), f["name"], font=font(50, True), fill=(255, 255, 255))
    y += 88
    d.rectangle([X0, y, X0 + 120, y + 6], fill=TEAL_2)
    d.rectangle([X0 + 120, y + 2, X1, y + 4], fill=(50, 70, 120))
    y += 28
    lf = font(26, True)
    d.text((X0, y), "主持人：", font=lf, fill=TEAL_2)
    x = X0 + tw(d, "主持人：", lf)
    d.text((x, y), f["host"][0], font=font(26, True), fill=(255, 255, 255))
    d.text((x + tw(d, f["host"][0], font(26, True)) + 20, y + 5), f["host"][1], font=font(20), fill=GREY_2)
    y += 44
    if f.get("hours"):
        d.text((X0, y), "时间：", font=lf, fill=TEAL_2)
        d.text((X0 + tw(d, "时间：", lf), y), f["hours"], font=font(26, True), fill=(255, 255, 255))
        y += 44
    return y + 40


def row_2(d, X0, X1, y, s, num):
    """Range (or a number in a circle), a dot on the line, the teal title, 'name  company job' per speaker."""
    RX, LX, TX = X0 + 20, X0 + 262, X0 + 294
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 72], fill=BAND_2)
        d.text((RX, y + 17), rng(s, "~"), font=font(27, True), fill=(255, 255, 255))
        d.text((TX, y + 15), s["title"], font=font(29, True), fill=TEAL_2)
        return y + 112
    top = y
    for ln in wrap_nicely(d, s["title"], font(29, True), X1 - TX):
        d.text((TX, y), ln, font=font(29, True), fill=TEAL_2)
        y += 43
    y += 4
    for sp in s["sp"]:
        nf = font(26)
        d.text((TX, y), sp[0], font=nf, fill=(255, 255, 255))
        d.text((TX + tw(d, sp[0], nf) + 18, y + 6), fits(d, aff(sp), font(19), X1 - TX - tw(d, sp[0], nf) - 18),
               font=font(19), fill=BLUE_2)
        y += 42
    bot = y + 46
    d.line([(LX, top - 46), (LX, bot)], fill=(40, 110, 230), width=2)
    d.ellipse([LX - 6, top + 14, LX + 6, top + 26], fill=(60, 140, 255))
    if num is None:
        d.text((RX, top), rng(s, "~"), font=font(27, True), fill=(255, 255, 255))
    else:
        cx = RX + tw(d, "13:30~14:10", font(27, True)) / 2
        d.ellipse([cx - 26, top - 6, cx + 26, top + 46], outline=TEAL_2, width=3)
        ctext(d, cx, top - 2, num, font(30, True), (255, 255, 255))
    return bot


def paint_2(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, (255, 255, 255), TEAL_2)
    d.text((X1 - tw(d, "CLK", font(56, True)) - tw(d, "2162", font(30, True)) - 10, 32), "CLK", font=font(56, True),
           fill=(255, 255, 255))
    rtext(d, X1, 36, "2162", font(30, True), TEAL_2)
    d.text((48, 190), "第157届中国", font=font(84, True), fill=(255, 255, 255))
    d.text((48, 296), "Linux内核开发者大会", font=font(84, True), fill=(255, 255, 255), stroke_width=1,
           stroke_fill=TEAL_2)
    box = "2162年10月30日 ｜ 深圳"
    d.rectangle([48, 438, 48 + tw(d, box, font(30, True)) + 52, 492], fill=(255, 255, 255))
    d.text((74, 444), box, font=font(30, True), fill=(10, 14, 40))
    d.text((48, 526), "地址：南方科技大学 琳恩图书馆一楼报告厅", font=font(27), fill=(255, 255, 255))
    y = framed_intro(d, X0, X1, 616, INTRO_2, (196, 204, 222), (60, 80, 130), TEAL_2) + 160
    y = agenda_title(d, W, y, (255, 255, 255), (10, 14, 34), (60, 90, 150)) + 10
    n = None
    for k, f in enumerate(FORUMS_2):
        if k == 1:
            d.rectangle([X0, y, X1, y + 4], fill=VIO_2)
            ctext(d, W / 2, y + 24, "下午　三个分论坛同时进行", font(30, True), VIO_2)
            y += 120
        y = heading_2(d, X0, X1, y, f, "%02d" % k if k else None)
        n = 0
        for s in f["slots"]:
            if f.get("hours"):
                n += 1
            y = row_2(d, X0, X1, y, s, str(n) if f.get("hours") else None)
        y += 60
    y += 40
    return foot(d, W, X0, X1, y, UNITS_2, (255, 255, 255), (16, 24, 60), GREY_2, 4621,
                "主办：中国Linux内核开发者大会组委会　承办：南方科技大学计算机科学与工程系")


def bg_2(w, h):
    im = vgrad(w, h, (10, 14, 36), (5, 8, 22))
    im = glow(im, 980, 200, 360, (150, 80, 255), 0.55)
    im = glow(im, 120, 700, 300, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(2000, h - 600, 1800)):
        im = glow(im, 1000 if k % 2 else 80, yy, 380, (120, 80, 255) if k % 2 else (0, 180, 170), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(8):  # neon streaks of the header
        d.line([(600 + i * 60, 0), (1080, 460 - i * 50)], fill=(60, 50, 140), width=2)
    return grain(im, 4621, 0.005)


def poster_2():
    return two_pass(1080, paint_2, bg_2), forums_truth(FORUMS_2, DATE_2)


# ===========================================================================
# 3. CLK 2163 (第158届), 苏州, Saturday 2163-10-22: the organisers' violet.
#    Headings '▶▶ 主论坛' or a slanted number box and the name, '主持人：name'
#    at the right over the unit.  Rows: the range at the left, the title, and
#    UNDER it ONE speaker line for the whole talk: 'name / company' per
#    speaker, no job, speakers side by side; two speakers of one company
#    printed 'name、name / company'.  English deck-style titles by Chinese
#    speakers.
DATE_3 = "2163-10-22"
FORUMS_3 = [
    {"name": "主论坛", "host": ("朱海峰", "苏州大学 计算机科学与技术学院 教授"), "slots": [
        T("09:00", "09:15", "开幕致辞", [S("钱志远", "苏州大学")], "朱海峰"),
        T("09:15", "10:00", "A Decade of Kernel Fuzzing: What syzkaller Taught Us", [S("孔令华", "谷歌")], "朱海峰"),
        T("10:00", "10:40", "基于 Intel TDX 的机密虚拟机热迁移", [S("沈佳琪", "英特尔")], "朱海峰"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:40", "Scaling the Page Allocator to 512 Cores",
          [S("周凯", "华为"), S("马丽", "华为"), S("蔡俊", "苏州大学")], "朱海峰"),
        B("11:40", "13:30", "午餐"),
    ]},
    {"name": "调度与实时分论坛", "host": ("程伟", "vivo 内核负责人"), "slots": [
        T("13:30", "14:15", "Taming Priority Inversion in PREEMPT_RT Locks", [S("廖志华", "理想汽车")], "程伟"),
        T("14:15", "15:00", "Energy-Aware Scheduling on Heterogeneous Arm SoCs", [S("金鑫", "荣耀")], "程伟"),
    ]},
    {"name": "内存与异构计算分论坛", "host": ("袁芳", "中国科学技术大学 副教授"), "slots": [
        T("13:30", "14:10", "GPU 驱动中的 HMM 与 SVM 支持", [S("魏航", "摩尔线程"), S("彭丽", "中国科学技术大学")], "袁芳"),
        T("14:10", "14:50", "Swap Without Fragmentation: mTHP Swap-in in Practice", [S("熊伟", "小米")], "袁芳"),
    ]},
    {"name": "IO与存储分论坛", "host": ("贾军", "浪潮信息 存储架构师"), "slots": [
        T("13:30", "14:10", "Block Layer Scalability on 400G NVMe-oF Targets", [S("董浩", "联想")], "贾军"),
        T("14:10", "14:50", "FUSE passthrough 与 io_uring 结合的文件系统加速", [S("潘婷", "蚂蚁集团")], "贾军"),
    ]},
]
INTRO_3 = ("中国 Linux 内核开发者大会是国内内核开发者的年度技术会议。第158届大会由苏州大学承办，上午主论坛邀请产业界与社区的"
           "讲者分享内核的新方向，下午调度与实时、内存与异构计算、IO 与存储三个分论坛同时进行。演讲单位包括华为、谷歌、"
           "英特尔、荣耀、理想汽车、摩尔线程、小米、联想、蚂蚁集团、浪潮信息与中国科学技术大学等，欢迎到场交流。")
UNITS_3 = ["苏州大学", "华为", "英特尔", "荣耀", "小米", "蚂蚁集团", "浪潮信息", "openEuler", "OpenCloudOS"]
PINK_3, LILAC_3, GOLD_3, ICE_3 = (255, 120, 210), (204, 196, 255), (255, 206, 110), (150, 230, 255)
BAND_3 = (70, 50, 170)


def heading_3(d, X0, X1, y, f, num):
    x = X0
    if num:
        x = number_box(d, X0, y + 6, num, PINK_3, (40, 16, 90), 52) + 18
    else:
        d.text((X0, y + 4), "▶▶", font=font(36, True), fill=PINK_3)
        x = X0 + 78
    d.text((x, y), f["name"], font=font(46, True), fill=(255, 255, 255))
    lf, nf = font(26, True), font(26)
    hw = tw(d, "主持人：", lf) + tw(d, f["host"][0], nf)
    d.text((X1 - hw, y + 2), "主持人：", font=lf, fill=PINK_3)
    rtext(d, X1, y + 2, f["host"][0], nf, (255, 255, 255))
    rtext(d, X1, y + 40, fits(d, f["host"][1], font(19), 420), font(19), LILAC_3)
    y += 80
    d.rectangle([X0, y, X1, y + 3], fill=PINK_3)
    return y + 44


def groups(sps):
    """Consecutive speakers of one company print as one group: 'name、name / company'."""
    out = []
    for sp in sps:
        if out and out[-1][1] == sp[1]:
            out[-1][0].append(sp[0])
        else:
            out.append(([sp[0]], sp[1]))
    return out


def speaker_line_3(d, x, y, x1, sps):
    """The talk's one speaker line; a group goes to the next line only if it would not fit."""
    nf, cf = font(25, True), font(22)
    cx = x
    for names, company in groups(sps):
        who, rest = "、".join(names), " / " + company
        w = tw(d, who, nf) + tw(d, rest, cf)
        if cx > x and cx + w > x1:
            cx, y = x, y + 40
        d.text((cx, y), who, font=nf, fill=GOLD_3)
        d.text((cx + tw(d, who, nf), y + 3), rest, font=cf, fill=LILAC_3)
        cx += w + 44
    return y + 40


def row_3(d, X0, X1, y, s):
    RX, TX = X0 + 6, X0 + 230
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 70], radius=10, fill=BAND_3)
        d.text((RX + 14, y + 16), rng(s), font=font(27, True), fill=GOLD_3)
        cup(d, TX, y + 18, (255, 255, 255))
        d.text((TX + 46, y + 14), s["title"], font=font(29, True), fill=(255, 255, 255))
        return y + 104
    top = y
    d.text((RX, y + 2), rng(s), font=font(27, True), fill=(255, 255, 255))
    for ln in wrap_nicely(d, s["title"], font(29, True), X1 - TX):
        d.text((TX, y), ln, font=font(29, True), fill=ICE_3)
        y += 43
    y = speaker_line_3(d, TX, y + 6, X1, s["sp"])
    d.line([(TX, y + 18), (X1, y + 18)], fill=(110, 90, 210), width=1)
    assert y > top
    return y + 44


def paint_3(im, d):
    W = im.size[0]
    X0, X1 = 46, W - 46
    logo_lines(d, 48, 44, (255, 255, 255), PINK_3)
    rtext(d, X1, 44, "苏州大学", font(32, True), (255, 255, 255))
    rtext(d, X1, 88, "SOOCHOW UNIVERSITY", font(16, True), LILAC_3)
    d.text((48, 178), "第158届中国", font=font(82, True), fill=(255, 255, 255))
    d.text((48, 280), "Linux内核开发者大会", font=font(82, True), fill=(255, 255, 255))
    pill = "2163年10月22日（周六）｜ 苏州"
    d.rounded_rectangle([48, 420, 48 + tw(d, pill, font(30, True)) + 56, 476], radius=28, fill=PINK_3)
    d.text((76, 426), pill, font=font(30, True), fill=(40, 16, 90))
    d.text((48, 506), "地址：苏州大学独墅湖校区 炳麟图书馆报告厅", font=font(28), fill=(255, 255, 255))
    y = framed_intro(d, X0, X1, 594, INTRO_3, (220, 214, 250), (160, 130, 255), PINK_3) + 150
    y = agenda_title(d, W, y, (255, 255, 255), (60, 40, 160), (150, 120, 255))
    for k, f in enumerate(FORUMS_3):
        if k == 1:
            pill = "下午　三个分论坛同时进行"
            pw = tw(d, pill, font(32, True)) + 80
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 62], radius=31, fill=PINK_3)
            ctext(d, W / 2, y + 10, pill, font(32, True), (40, 16, 90))
            y += 120
        y = heading_3(d, X0, X1, y, f, "%02d" % k if k else None)
        for s in f["slots"]:
            y = row_3(d, X0, X1, y, s)
        y += 50
    y += 30
    return foot(d, W, X0, X1, y, UNITS_3, (255, 255, 255), (50, 30, 120), LILAC_3, 4631,
                "主办：中国Linux内核开发者大会组委会　承办：苏州大学计算机科学与技术学院")


def bg_3(w, h):
    im = vgrad(w, h, (52, 30, 140), (26, 46, 150))
    im = glow(im, 940, 220, 380, (255, 110, 220), 0.35)
    im = glow(im, 100, 1200, 360, (90, 140, 255), 0.35)
    for k, yy in enumerate(range(2300, h - 600, 1900)):
        im = glow(im, 990 if k % 2 else 90, yy, 400, (200, 100, 255) if k % 2 else (80, 160, 255), 0.3)
    return grain(im, 4631, 0.005)


def poster_3():
    return two_pass(1080, paint_3, bg_3), forums_truth(FORUMS_3, DATE_3)


# ===========================================================================
# 4. CLK 2164 (第159届), 兰州, Saturday 2164-10-27: deep teal and gold.  Every
#    range written with a space on each side of the hyphen ('09:15 - 10:00').
#    主论坛 as the organisers' timeline.  The afternoon: a LEGEND of the three
#    forums (a coloured letter chip, the name, '主持人：name　unit', the room),
#    then ONE list sorted by start time in which the three forums' talks are
#    interleaved, each row tagged by its forum's chip; one '茶歇' band for all.
DATE_4 = "2164-10-27"
FORUMS_4 = [
    {"name": "主论坛", "host": ("鞠红梅", "兰州大学 信息科学与工程学院 教授"), "slots": [
        T("09:00", "09:15", "开幕致辞", [S("马建军", "兰州大学", "副校长")], "鞠红梅"),
        T("09:15", "10:00", "OpenCloudOS 内核的稳定性治理：从 Crash 分析到根因定位",
          [S("蒋勇", "腾讯", "OpenCloudOS 内核负责人")], "鞠红梅"),
        B("10:00", "10:15", "茶歇"),
        T("10:15", "11:00", "Kernel Live Update: Preserving Guest Memory Across kexec",
          [S("Laura Bianchi", "Red Hat", "Principal Software Engineer")], "鞠红梅"),
        T("11:00", "11:45", "国产 CPU 平台上的内核性能调优方法", [S("龚明", "海光信息", "性能架构师")], "鞠红梅"),
        B("11:45", "13:30", "午餐"),
    ]},
    {"name": "虚拟化与机密计算分论坛", "host": ("吕斌", "华为 虚拟化首席专家"), "letter": "A",
     "colour": (255, 150, 80), "room": "逸夫科学馆 101 报告厅", "slots": [
        T("13:30", "14:15", "virtio-fs 与 DAX：安全容器的文件共享", [S("汤磊", "蚂蚁集团", "安全容器负责人")], "吕斌"),
        T("14:15", "15:00", "Arm CCA Realm 在 KVM 中的支持进展", [S("侯杰", "Arm", "高级软件工程师")], "吕斌"),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "16:05", "IOMMUFD 与设备直通的下一步", [S("陆晨", "英特尔", "虚拟化工程师")], "吕斌"),
    ]},
    {"name": "网络与eBPF分论坛", "host": ("贺文", "字节跳动 网络内核负责人"), "letter": "B",
     "colour": (90, 200, 255), "room": "逸夫科学馆 203 会议室", "slots": [
        T("13:30", "14:10", "TCP 拥塞控制的 BPF 化：从 BBRv3 到业务定制", [S("石峰", "字节跳动", "网络工程师")], "贺文"),
        T("14:10", "15:00", "netkit 与 BPF 在容器网络中的实践",
          [S("杜伟", "京东", "系统架构师"), S("林静", "京东", "高级工程师")], "贺文"),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "16:00", "RDMA 拥塞控制在 AI 训练网络中的实践", [S("尹浩", "阿里云", "网络专家")], "贺文"),
    ]},
    {"name": "内核调试与工具分论坛", "host": ("毛磊", "统信软件 内核研发总监"), "letter": "C",
     "colour": (140, 230, 120), "room": "逸夫科学馆 205 会议室", "slots": [
        T("13:30", "15:00", "动手实验：用 drgn 与 crash 分析内核转储", [S("白杨", "统信软件", "内核工程师")], "毛磊"),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "16:10", "kdump 在大内存服务器上的加速", [S("卢涛", "麒麟软件", "内核工程师")], "毛磊"),
    ]},
]
INTRO_4 = ("中国 Linux 内核开发者大会（CLK）由国内 Linux 内核领域的企业、社区与高校共同发起，每年举办一届。第159届大会由"
           "兰州大学承办，上午为主论坛，下午虚拟化与机密计算、网络与 eBPF、内核调试与工具三个分论坛在逸夫科学馆同时进行。"
           "演讲单位包括腾讯、华为、Red Hat、海光、蚂蚁集团、Arm、英特尔、字节跳动、京东、阿里云、统信软件与麒麟软件。")
UNITS_4 = ["兰州大学", "华为", "腾讯", "字节跳动", "阿里云", "英特尔", "统信软件", "麒麟软件", "OpenCloudOS"]
GOLD_4, MINT_4, INK_4 = (240, 196, 100), (170, 226, 214), (224, 236, 232)
BAND_4, CARD_4 = (14, 86, 92), (10, 64, 74)


def heading_4(d, X0, X1, y, name, host):
    d.text((X0, y + 4), "▶▶", font=font(36, True), fill=GOLD_4)
    d.text((X0 + 78, y), name, font=font(48, True), fill=(255, 255, 255))
    lf, nf = font(26, True), font(26)
    hw = tw(d, "主持人：", lf) + tw(d, host[0], nf)
    d.text((X1 - hw, y + 4), "主持人：", font=lf, fill=GOLD_4)
    rtext(d, X1, y + 4, host[0], nf, (255, 255, 255))
    rtext(d, X1, y + 42, fits(d, host[1], font(19), 460), font(19), MINT_4)
    y += 82
    d.rectangle([X0, y, X1, y + 3], fill=GOLD_4)
    return y + 44


def chip_4(d, x, y, f, s=44):
    d.rounded_rectangle([x, y, x + s, y + s], radius=8, fill=f["colour"])
    lf = font(round(s * 0.62), True)
    b = d.textbbox((0, 0), f["letter"], font=lf)  # centre the letter's ink, not its line box
    d.text((x + (s - b[2] - b[0]) / 2, y + (s - b[3] - b[1]) / 2), f["letter"], font=lf, fill=(8, 40, 46))


def row_4(d, X0, X1, y, s, f=None):
    """Range at the left (spaces round the hyphen), the forum's chip if any, the title, 'name  company job'."""
    RX, TX = X0 + 6, X0 + 268
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 72], fill=BAND_4)
        d.rectangle([X0, y, X0 + 6, y + 72], fill=GOLD_4)
        d.text((RX + 18, y + 17), rng(s, " - "), font=font(27, True), fill=GOLD_4)
        cup(d, TX, y + 19, (255, 255, 255))
        d.text((TX + 46, y + 15), s["title"], font=font(29, True), fill=(255, 255, 255))
        return y + 110
    top = y
    d.text((RX, y + 2), rng(s, " - "), font=font(27, True), fill=GOLD_4)
    x = TX
    if f is not None:
        chip_4(d, TX, y, f)
        x = TX + 62
    for ln in wrap_nicely(d, s["title"], font(29, True), X1 - x):
        d.text((x, y), ln, font=font(29, True), fill=(255, 255, 255))
        y += 43
    y += 4
    for sp in s["sp"]:
        nf = font(25, True)
        d.text((x, y), sp[0], font=nf, fill=GOLD_4)
        d.text((x + tw(d, sp[0], nf) + 18, y + 4), fits(d, aff(sp), font(20), X1 - x - tw(d, sp[0], nf) - 18),
               font=font(20), fill=MINT_4)
        y += 40
    d.line([(X0, y + 20), (X1, y + 20)], fill=(40, 110, 110), width=1)
    assert y > top
    return y + 46


def legend_4(d, X0, X1, y, f):
    """One forum of the afternoon: its chip, name, host and room in a card."""
    d.rounded_rectangle([X0, y, X1, y + 150], radius=12, fill=CARD_4, outline=f["colour"], width=2)
    chip_4(d, X0 + 24, y + 24, f, 64)
    x = X0 + 112
    d.text((x, y + 18), f["name"], font=font(34, True), fill=(255, 255, 255))
    lf = font(23, True)
    d.text((x, y + 70), "主持人：", font=lf, fill=f["colour"])
    hx = x + tw(d, "主持人：", lf)
    d.text((hx, y + 70), f["host"][0], font=lf, fill=(255, 255, 255))
    d.text((hx + tw(d, f["host"][0], lf) + 16, y + 73), f["host"][1], font=font(20), fill=MINT_4)
    d.text((x, y + 108), "地点：" + f["room"], font=font(20), fill=MINT_4)
    return y + 172


def afternoon_4(d, X0, X1, y):
    """The afternoon's talks of all three forums in one list by start time (ties in forum order); one band for
    a break that every forum holds at the same time."""
    forums = FORUMS_4[1:]
    items = sorted(((minutes(s["start"]), k, s) for k, f in enumerate(forums) for s in f["slots"]),
                   key=lambda t: (t[0], t[1]))
    done = set()
    for t, k, s in items:
        if s["kind"] == "break":
            key = (s["start"], s["end"], s["title"])
            assert all(any(b["kind"] == "break" and (b["start"], b["end"], b["title"]) == key for b in f["slots"])
                       for f in forums)
            if key not in done:
                done.add(key)
                y = row_4(d, X0, X1, y, s)
            continue
        y = row_4(d, X0, X1, y, s, forums[k])
    return y


def paint_4(im, d):
    W = im.size[0]
    X0, X1 = 46, W - 46
    logo_lines(d, 48, 44, (255, 255, 255), GOLD_4)
    rtext(d, X1, 44, "兰州大学", font(32, True), (255, 255, 255))
    rtext(d, X1, 88, "LANZHOU UNIVERSITY", font(16, True), MINT_4)
    d.text((48, 178), "第159届中国", font=font(82, True), fill=GOLD_4)
    d.text((48, 280), "Linux内核开发者大会", font=font(82, True), fill=(255, 255, 255))
    pill = "2164年10月27日（周六）｜ 兰州"
    d.rounded_rectangle([48, 420, 48 + tw(d, pill, font(30, True)) + 56, 476], radius=28, fill=GOLD_4)
    d.text((76, 426), pill, font=font(30, True), fill=(8, 40, 46))
    d.text((48, 506), "地址：兰州大学城关校区 逸夫科学馆", font=font(28), fill=(255, 255, 255))
    y = framed_intro(d, X0, X1, 594, INTRO_4, INK_4, (90, 170, 160), GOLD_4) + 150
    y = agenda_title(d, W, y, (255, 255, 255), (8, 60, 68), (60, 150, 140))
    main = FORUMS_4[0]
    y = heading_4(d, X0, X1, y, main["name"], main["host"])
    for s in main["slots"]:
        y = row_4(d, X0, X1, y, s)
    y += 40
    d.line([(X0, y), (X1, y)], fill=GOLD_4, width=2)
    ctext(d, W / 2, y + 22, "下午　三个分论坛同时进行", font(34, True), GOLD_4)
    d.line([(X0, y + 84), (X1, y + 84)], fill=GOLD_4, width=2)
    y += 124
    for f in FORUMS_4[1:]:
        y = legend_4(d, X0, X1, y, f)
    y += 30
    d.text((X0, y), "分论坛议程", font=font(40, True), fill=(255, 255, 255))
    d.text((X0 + tw(d, "分论坛议程", font(40, True)) + 20, y + 14), "按时间排列，色块字母对应上方分论坛",
           font=font(21), fill=MINT_4)
    y += 70
    d.rectangle([X0, y, X1, y + 3], fill=GOLD_4)
    y = afternoon_4(d, X0, X1, y + 44) + 50
    return foot(d, W, X0, X1, y, UNITS_4, (255, 255, 255), (8, 60, 68), MINT_4, 4641,
                "主办：中国Linux内核开发者大会组委会　承办：兰州大学信息科学与工程学院")


def bg_4(w, h):
    im = vgrad(w, h, (8, 66, 76), (4, 34, 46))
    im = glow(im, 960, 220, 380, (240, 190, 90), 0.3)
    im = glow(im, 100, 1300, 360, (40, 200, 180), 0.3)
    for k, yy in enumerate(range(2400, h - 600, 1900)):
        im = glow(im, 990 if k % 2 else 90, yy, 400, (40, 190, 170) if k % 2 else (230, 180, 80), 0.25)
    return grain(im, 4641, 0.005)


def poster_4():
    return two_pass(1080, paint_4, bg_4), forums_truth(FORUMS_4, DATE_4)


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-43 (and 4..42 before it): speakers are names as printed with spaces removed "
    "(the Latin names 'Kenji Watanabe' -> 'KenjiWatanabe', 'Laura Bianchi' -> 'LauraBianchi'); host is the chair "
    "printed for the forum covering the slot, null for breaks; start/end are HH:MM on a 24-hour clock, EXCEPT the "
    "three numbered talks of CLK 2162's 内存与文件系统分论坛, whose start and end are null (see (2)); where several "
    "speakers are printed each has his own affiliation, given per speaker; affiliations keep a printed job title, "
    "joined to the company by one space ('华为 首席架构师', 'Fujitsu Principal Engineer', 'Red Hat Principal Software "
    "Engineer'), and are the company alone where no job is printed (every speaker of CLK 2163); break titles are as "
    "printed; an opening printed with a speaker ('开幕致辞') is a talk, a slot printed without one ('开场') a break; "
    "'午餐' closes 主论坛 as its break. As in sets 41 to 44 every forum carries a 'date'; each edition is ONE day "
    "(主论坛 in the morning, three forums in parallel in the afternoon), so every forum's date is the poster's, read "
    "from its date pill or box. Four editions, each on ONE picture only, so no talk is on two posters: CLK 2161 "
    "(第156届, 成都, 2161-10-24), CLK 2162 (第157届, 深圳, 2162-10-30), CLK 2163 (第158届, 苏州, 2163-10-22), CLK 2164 "
    "(第159届, 兰州, 2164-10-27), all Saturdays. Headers, introductions, addresses, date pills and boxes, support "
    "units, QR captions, organiser lines, the afternoon bands and pills ('下午　三个分论坛同时进行'), '▶▶', number boxes, "
    "number chips and big numerals ('01'..'03') are never part of a name, a title or a slot. A title wrapped over "
    "lines is one title (whitespace does not count in matching; the truth keeps the spaces of the title as written: "
    "one between Latin words, none inside a Chinese word or after '：'). Added or stressed here: (1) CLK 2161 (the "
    "organisers' royal blue): between 主论坛's '午餐' and the afternoon a SPONSOR BAND ('感谢以下单位对本届大会的大力支持', "
    "tiers '钻石赞助', '金牌赞助', '银牌赞助' over word marks: 华为, 阿里云, 字节跳动, 腾讯云, 英特尔, vivo, OPPO, 蚂蚁集团, "
    "龙蜥社区): no slot, no speaker, no affiliation. The afternoon is a CALENDAR: three column heads (a number chip, the "
    "name, '主持人：name' and the unit; '体系结构与' / '调度分论坛' is one name joined without a space), then ONE hour "
    "axis: '14:00', '15:00', '16:00' printed at the left with dashed hour lines across the columns, and each talk or "
    "break a card whose top stands at its start and whose bottom at its end, printing its own range at its top with "
    "spaces round the hyphen ('13:30 - 14:10' is 13:30-14:10). The hour labels and lines are no slots and no times "
    "of any talk; a card belongs to the forum of its column whatever stands level with it in the next column; the "
    "hatched cards '14:50 - 15:10 茶歇' and '14:45 - 15:00 茶歇' are breaks of their own columns' forums, and "
    "存储与eBPF分论坛 has none. 杨帆 and 孟佳 (both 阿里云) are two speakers of one card. (2) CLK 2162 (the organisers' "
    "near black): every range is written with an ASCII tilde ('09:10~09:50' is 09:10-09:50), breaks too. The talk "
    "'机密计算的内核支持：TDX、SEV-SNP 与 CCA' has THREE speakers of two companies, one 'name  company job' line each: "
    "王海涛 (英特尔 首席工程师), 刘晶 (英特尔 软件工程师), 胡斌 (海光信息 系统架构师). Forum 02, 内存与文件系统分论坛, "
    "prints under its host the line '时间：13:30~16:00' and numbers its three talks 1, 2, 3 in circles where the "
    "other forums print ranges: '时间：13:30~16:00' is the forum's hours, no slot and no talk's time, and the circled "
    "numbers are no part of the titles. No time is printed for any of the three talks, so each has start and end "
    "null: a reader that shows a time for one of them (13:30 for the first, 16:00 as the last one's end, or times it "
    "divided out) shows a time the poster does not print. (3) CLK 2163 (violet): each talk prints UNDER its title "
    "ONE speaker line for all its speakers, 'name / company' per speaker, no job, side by side; the slash is neither "
    "name nor company. '周凯、马丽 / 华为　蔡俊 / 苏州大学' is three speakers of two companies (周凯 华为, 马丽 华为, "
    "蔡俊 苏州大学): the names joined by '、' share the company after the slash. '魏航 / 摩尔线程　彭丽 / 中国科学技术大学' "
    "is two speakers of two companies. English deck-style titles by Chinese speakers are titles like any other. "
    "'开幕致辞' by 钱志远 (苏州大学) is a talk. (4) CLK 2164 (deep teal): every range is written with a space on each "
    "side of the hyphen ('09:15 - 10:00'). The afternoon prints first a LEGEND of its three forums, each a card with "
    "a coloured letter chip ('A', 'B', 'C'), the name, '主持人：name　unit' and '地点：room', then '分论坛议程' with the "
    "hint '按时间排列，色块字母对应上方分论坛' and ONE list of the three forums' talks INTERLEAVED by start time, each row "
    "tagged with its forum's chip: a row belongs to the forum its chip names (A 虚拟化与机密计算分论坛, B 网络与eBPF分论坛, "
    "C 内核调试与工具分论坛), never to the rows around it; the forums are listed in legend order; the letters are no "
    "part of a title or a forum's name, and the rooms and the hint are nothing. The one band '15:00 - 15:20 茶歇' in "
    "the list is a break of each of the three forums (each has talks before and after it). 杜伟 and 林静 (both 京东) "
    "are two speakers of one talk. '动手实验：用 drgn 与 crash 分析内核转储' (13:30-15:00) is one talk. Forums whose "
    "talks end before the afternoon ends print no break after their last talk and end with it. The title '开幕致辞' on "
    "three posters is the opening of three editions (different speakers), not one talk."
)

LAYOUTS = {
    "blue-sponsor-band-hour-axis-columns.png": (
        "CLK 2161 (第156届), 成都, 2161-10-24 (PNG, 1080 x 5489): the organisers' royal-blue long image; 主论坛 as "
        "their timeline; a sponsor band of three tiers between the morning and the afternoon; the afternoon as a "
        "calendar of three columns on one hour axis ('14:00'..'16:00' at the left), each card as tall as its talk, "
        "ranges '13:30 - 14:10' with spaces. 4 + 3 + 3 + 2 talks.",
        DATE_1, poster_1),
    "dark-tilde-ranges-numbered-forum.png": (
        "CLK 2162 (第157届), 深圳, 2162-10-30 (PNG, 1080 x 5145): the organisers' near-black long image; every range "
        "with an ASCII tilde ('09:10~09:50'); a talk by three speakers of two companies; forum 02 numbers its talks "
        "1-3 without times, its hours ('时间：13:30~16:00') under its host. Uncommon surname 佘 (a host). "
        "4 + 2 + 3 + 2 talks.",
        DATE_2, poster_2),
    "violet-slash-speaker-line.png": (
        "CLK 2163 (第158届), 苏州, 2163-10-22 (PNG, 1080 x 4384): the organisers' violet long image; under each title "
        "one speaker line 'name / company' for all the talk's speakers ('周凯、马丽 / 华为　蔡俊 / 苏州大学'); English "
        "deck-style titles by Chinese speakers. 4 + 2 + 2 + 2 talks.",
        DATE_3, poster_3),
    "teal-interleaved-afternoon-chips.png": (
        "CLK 2164 (第159届), 兰州, 2164-10-27 (PNG, 1080 x 5006): deep teal and gold; ranges '09:15 - 10:00' with "
        "spaces; the afternoon's three forums as a legend (letter chip, name, host, room) and ONE list of their talks "
        "interleaved by start time, each row tagged by its forum's chip, one 茶歇 band for all. Uncommon surname 鞠 "
        "(a host). 4 + 3 + 3 + 2 talks.",
        DATE_4, poster_4),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        assert "%d x %d" % im.size in layout, (fn, im.size)
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        assert 1.0e6 <= os.path.getsize(path) <= 1.6e6, (fn, os.path.getsize(path))
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    talks = [s["title"] for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] == "talk"]
    assert 35 <= len(talks) <= 45, len(talks)
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
