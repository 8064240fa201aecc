"""Draw the fifty-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
PNG only through Pillow's own encoder (optimize=True).  The set is about the ONE
agenda image of a whole edition as its repository holds it (a PNG of 1-1.6 MB,
1080 px wide, like CLK2022's imgs/2022clk.png): 主论坛 in the morning, then
处理器架构与调度分论坛, 内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛' in parallel in
the afternoon, as CLK2022's README names them.  Four editions, no talk on two
posters:
  CLK 2221 (the organisers' near black, after their 2023 image): every speaker
    and every host printed as the name GLUED to the company and job, with no
    space or bar between them ('周明华为OS内核实验室'); only weight, size and
    colour tell where the name ends.
  CLK 2222 (the organisers' royal blue, after their 2024 image): the title
    first, then the range ALONE on the next line after a drawn clock, then the
    'name  company job' lines; breaks the same way (label over range).
  CLK 2223 (violet): every keynote of 主论坛 by TWO speakers of TWO companies on
    two lines; the afternoon forums under '出品人：name company'; an English
    title broken after the hyphen of 'GPU-Attached'.
  CLK 2224 (navy, a phone image printed SMALL: text 18-22 px): a 午餐 band
    across the page between 主论坛 and the afternoon, and a 茶歇 ROW inside
    each afternoon forum, at three different times.
"""
import datetime
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
    """Seeded grain blended in: the texture of a designer's gradient exported to PNG."""
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


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job=None):
    """A speaker as printed: the name, the company, the job title (None where none is printed)."""
    return (name, company, job)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; None where no company is printed."""
    company, job = sp[1], sp[2]
    if company is None:
        return None
    return company if job is None else company + " " + job


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums, date):
    """Forums in printed order; as in set 43 each carries its date (here the edition's one day)."""
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


def clock(d, x, y, s, fill):
    """A small clock drawn in lines (a circle and two hands) where a designer puts a time icon."""
    d.ellipse([x, y, x + s, y + s], outline=fill, width=max(2, round(s / 10)))
    cx, cy = x + s / 2, y + s / 2
    d.line([(cx, cy), (cx, y + s * 0.22)], fill=fill, width=2)
    d.line([(cx, cy), (x + s * 0.74, cy)], fill=fill, width=2)


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


def para(d, x, y, text, f, fill, maxw, lh, lines=None):
    """A paragraph wrapped to maxw; lines=(lo, hi) asserts how many lines it takes.  Returns the y under it."""
    ls = wrap(d, text, f, maxw)
    assert lines is None or lines[0] <= len(ls) <= lines[1], (text, len(ls))
    for ln in ls:
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


def pad(name):
    """The organisers pad a two-character Chinese name to three with a full-width space ('熊　伟')."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def units_grid(d, X0, X1, y, units, cols, bh, fsize, box, ink, gap=20):
    """Support units as white word-mark boxes, cols to a row.  Returns the y under the grid."""
    bw = (X1 - X0 - (cols - 1) * gap) / cols
    for i, u in enumerate(units):
        bx, by = X0 + (i % cols) * (bw + gap), y + (i // cols) * (bh + gap * 0.8)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=6, fill=box)
        ctext(d, bx + bw / 2, by + (bh - fsize) / 2 - fsize * 0.18, u, font(fsize, True), ink)
    return y + math.ceil(math.ceil(len(units) / cols) * (bh + gap * 0.8))


def framed_intro(d, X0, X1, y, text, f, fill, frame, lh, corner=None):
    """The introduction in a thin frame (with corner marks where the design has them)."""
    top = y
    y = para(d, X0 + 32, y + 30, text, f, fill, X1 - X0 - 64, lh) + 20
    d.rectangle([X0, top, X1, y], outline=frame, width=2)
    if corner:
        for cx, cy in ((X0, top), (X1, top), (X0, y), (X1, y)):
            d.rectangle([cx - 5, cy - 5, cx + 5, cy + 5], fill=corner)
    return y


MEALS = ("茶歇", "午餐")  # the breaks that get a cup; an opening gets none
WHITE = (255, 255, 255)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def saturday(date):
    assert datetime.date.fromisoformat(date).weekday() == 5, date
    return date


# ===========================================================================
# 1. CLK 2221 (第216届), 青岛, Saturday 2221-10-27: the organisers' near black
#    (after their 2023 image: violet and teal glows, neon streaks).  Rows as
#    that image has them: the range, a dot on a vertical line, the teal title,
#    then per speaker ONE line where the name (white, bold) is GLUED to the
#    company and job (blue, smaller): no space, no bar, no padding.  The hosts
#    are printed the same way after '主持人：'.
DATE_A = saturday("2221-10-27")
FORUMS_A = [
    ("主论坛", ("孙海涛", "中国海洋大学教授"), [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:25", "嘉宾致辞", [S("于建国", "中国海洋大学副校长")], "孙海涛"),
        T("09:25", "10:05", "面向多样性算力的 openEuler 内核：统一基线与差异化特性",
          [S("周明", "华为OS内核实验室")], "孙海涛"),
        T("10:05", "10:45", "Scaling the Page Cache with Large Folios", [S("Jan Novak", "SUSE Kernel Engineer")],
          "孙海涛"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:40", "cgroup v2 在云原生混部中的资源隔离：从 CPU 到 I/O",
          [S("郑凯", "字节跳动STE团队内核工程师"), S("林晓", "字节跳动内核工程师")], "孙海涛"),
        T("11:40", "12:10", "龙蜥社区内核 SIG 的上游协作与长期维护", [S("王倩", "阿里云资深技术专家")], "孙海涛"),
        B("12:10", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("贺勇", "中国海洋大学副教授"), [
        T("13:30", "14:15", "EEVDF 下的延迟敏感任务：latency-nice 的再思考", [S("邓超", "腾讯TencentOS内核工程师")],
          "贺勇"),
        T("14:15", "15:00", "RISC-V 平台的 CPU 频率调节与能效调度", [S("蒯振宇", "中国科学院软件研究所助理研究员")],
          "贺勇"),
    ]),
    ("内存管理与异构计算分论坛", ("马丽", "阿里云技术专家"), [
        T("13:30", "14:15", "CXL 内存扩展在数据库场景下的分层策略", [S("杨帆", "英特尔软件架构师")], "马丽"),
        T("14:15", "15:00", "HMM 与 SVM：GPU 显存和系统内存的统一管理", [S("韩雪", "摩尔线程内核工程师")], "马丽"),
    ]),
    ("IO 与 ebpf 分论坛", ("陈刚", "字节跳动"), [
        T("13:30", "14:15", "io_uring 在存储网关中的零拷贝收发", [S("何文", "蚂蚁集团系统工程师")], "陈刚"),
        T("14:15", "15:00", "基于 eBPF 的内核网络丢包定位工具", [S("谢静", "腾讯云网络工程师")], "陈刚"),
    ]),
]
INTRO_A = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域的年度技术盛会，由国内主要操作"
           "系统厂商、互联网企业、芯片厂商与高校共同发起。第216届大会由中国海洋大学承办，上午为主论坛，下午处理器架构与"
           "调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行，讲者来自华为、阿里云、字节跳动、腾讯、英特尔、SUSE、"
           "蚂蚁集团、摩尔线程与中国科学院软件研究所。")
UNITS_A = ["华为", "阿里云", "字节跳动", "腾讯", "英特尔", "蚂蚁集团", "openEuler", "龙蜥社区", "OpenCloudOS"]
TEAL_A, BLUE_A, PINK_A, GREY_A = (0, 236, 220), (64, 150, 255), (255, 110, 200), (150, 160, 185)
BAND_A, LINE_A = (22, 34, 80), (40, 90, 200)


def glued(d, x, base, name, nf, ncol, rest, rf, rcol):
    """The name and, with NO gap, the company and job after it, both on one baseline."""
    d.text((x, base), name, font=nf, fill=ncol, anchor="ls")
    d.text((x + d.textlength(name, font=nf), base), rest, font=rf, fill=rcol, anchor="ls")
    return x + d.textlength(name, font=nf) + d.textlength(rest, font=rf)


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, TEAL_A)
    d.text((X1 - tw(d, "CLK", font(58, True)) - tw(d, "2221", font(28, True)) - 10, 30), "CLK", font=font(58, True),
           fill=WHITE)
    rtext(d, X1, 32, "2221", font(28, True), TEAL_A)
    d.text((48, 196), "第216届中国", font=font(86, True), fill=WHITE)
    d.text((48, 304), "Linux内核开发者大会", font=font(86, True), fill=WHITE, stroke_width=1, stroke_fill=TEAL_A)
    box = "2221年10月27日 ｜ 青岛"
    d.rounded_rectangle([48, 446, 48 + tw(d, box, font(30, True)) + 52, 500], radius=8, outline=WHITE, width=3)
    d.text((74, 452), box, font=font(30, True), fill=WHITE)
    d.text((48, 532), "地址：中国海洋大学崂山校区 学术交流中心一楼报告厅", font=font(27), fill=WHITE)
    y = framed_intro(d, X0, X1, 622, INTRO_A, font(23), (196, 204, 222), (70, 90, 150), 40) + 160
    d.text((W / 2 - tw(d, "AGENDA", font(124, True)) / 2, y - 36), "AGENDA", font=font(124, True), fill=(10, 12, 30),
           stroke_width=2, stroke_fill=(60, 90, 160))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 190
    RX, LX, TX = X0, X0 + 258, X0 + 290  # the range, the timeline, the titles
    for k, (name, host, slots) in enumerate(FORUMS_A):
        if k == 1:
            d.rectangle([X0, y, X1, y + 4], fill=(150, 110, 255))
            ctext(d, W / 2, y + 26, "下午　三个分论坛同时进行", font(32, True), (190, 160, 255))
            y += 120
        x = X0
        if k:
            d.text((X0, y - 22), "%02d" % k, font=font(88, True), fill=TEAL_A)
            x = X0 + 132
        d.text((x, y), name, font=font(48, True), fill=WHITE)
        y += 82
        d.rectangle([X0, y, X1, y + 12], fill=TEAL_A)
        y += 46
        d.text((X0, y + 30), "主持人：", font=font(26, True), fill=PINK_A, anchor="ls")
        glued(d, X0 + tw(d, "主持人：", font(26, True)) + 4, y + 30, host[0], font(27, True), WHITE, host[1], font(21),
              BLUE_A)
        y += 76
        top = y
        for s in slots:
            y = slot_a(d, X0, X1, RX, LX, TX, y, s)
        d.line([(LX, top), (LX, y - 40)], fill=LINE_A, width=2)
        y += 60
    y += 30
    d.text((W / 2 - tw(d, "SUPPORT", font(84, True)) / 2, y - 26), "SUPPORT", font=font(84, True), fill=(10, 12, 30),
           stroke_width=1, stroke_fill=(50, 70, 130))
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 100, UNITS_A, 3, 74, 30, WHITE, (16, 24, 60), 22) + 50
    qrcode(d, W / 2 - 110, y, 220, 5211)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：中国海洋大学信息科学与工程学部", font(21), GREY_A)
    return y + 370


def slot_a(d, X0, X1, RX, LX, TX, y, s):
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 58], fill=BAND_A)
        d.text((RX + 18, y + 12), rng(s), font=font(26, True), fill=TEAL_A)
        d.text((TX, y + 10), s["title"], font=font(28, True), fill=WHITE)
        return y + 98
    d.text((RX, y + 2), rng(s), font=font(26, True), fill=WHITE)
    d.ellipse([LX - 6, y + 16, LX + 6, y + 28], fill=BLUE_A)
    for ln in wrap_nicely(d, s["title"], font(29, True), X1 - TX):
        d.text((TX, y), ln, font=font(29, True), fill=TEAL_A)
        y += 44
    for sp in s["sp"]:
        end = glued(d, TX, y + 32, sp[0], font(26), WHITE, aff(sp), font(21), BLUE_A)
        assert end <= X1, sp
        y += 42
    return y + 40


def bg_a(w, h):
    im = vgrad(w, h, (10, 12, 32), (6, 8, 22))
    im = glow(im, 960, 260, 380, (150, 70, 255), 0.55)
    im = glow(im, 140, 760, 300, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(2000, h - 500, 1700)):
        im = glow(im, 1010 if k % 2 else 70, yy, 360, (120, 70, 255) if k % 2 else (0, 170, 170), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(9):  # neon streaks of the header
        d.line([(560 + i * 56, 0), (1080, 500 - i * 52)], fill=(70, 50, 150), width=2)
    return grain(im, 5211, 0.005)


def poster_a():
    return two_pass(1080, paint_a, bg_a), forums_truth(FORUMS_A, DATE_A)


# ===========================================================================
# 2. CLK 2222 (第217届), 南昌, Saturday 2222-10-26: the organisers' royal blue
#    (after their 2024 image).  '▶▶ 主论坛' or a slanted box '01'..'03' and the
#    name, '主持人：padded name' at the right over the unit.  Each talk: a dot
#    on a line at the far left, the cyan title, then the range ALONE on the next
#    line after a drawn clock, then 'padded name  company job' per speaker.
#    Breaks the same way: the label, then the clock and the range under it.
DATE_B = saturday("2222-10-26")
FORUMS_B = [
    ("主论坛", ("熊伟", "南昌大学信息工程学院 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("黄志远", "南昌大学", "副校长")], "熊伟"),
        T("09:15", "10:00", "Rust for Linux：从 NVMe 驱动到 GPU 驱动的落地", [S("许斌", "华为", "内核专家")], "熊伟"),
        T("10:00", "10:45", "机密容器的内核支撑：TDX、guest_memfd 与 CoCo",
          [S("吴昊", "蚂蚁集团", "技术专家"), S("戴琳", "蚂蚁集团", "系统工程师")], "熊伟"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "内核热补丁在十万台集群中的灰度与回滚", [S("梁晨", "快手", "系统工程师")], "熊伟"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("江波", "南昌大学 副教授"), [
        T("13:30", "14:15", "sched_ext 在游戏服务器上的调度实践", [S("钟宇", "网易", "游戏服务器内核工程师")], "江波"),
        T("14:15", "15:00", "混合架构 CPU 的能效感知调度：P 核与 E 核", [S("金丽", "英特尔", "软件工程师")], "江波"),
    ]),
    ("内存管理与异构计算分论坛", ("袁芳", "华为 内存子系统专家"), [
        T("13:30", "14:15", "分层内存下的页面升降级：NUMA balancing、DAMON 与 memory tiering 的协同", [S("程浩", "字节跳动", "内核工程师")],
          "袁芳"),
        T("14:15", "15:00", "DMA-BUF 与 GPU 设备内存的跨驱动共享",
          [S("罗敏", "龙芯中科", "内核工程师"), S("曾涛", "龙芯中科", "图形驱动工程师")], "袁芳"),
    ]),
    ("IO 与 ebpf 分论坛", ("邹平", "腾讯 技术专家"), [
        T("13:30", "14:15", "blk-mq 多队列下 NVMe 的中断亲和优化", [S("潘磊", "浪潮信息", "存储内核工程师")], "邹平"),
        T("14:15", "15:00", "BPF token：让非特权容器安全地使用 eBPF", [S("苏婷", "阿里云", "技术专家")], "邹平"),
    ]),
]
INTRO_B = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）已举办至第217届，由南昌大学承办。大会上午为主论坛，"
           "下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行。本届讲者来自华为、蚂蚁集团、快手、"
           "网易、英特尔、字节跳动、龙芯中科、浪潮信息、腾讯与阿里云，欢迎各位开发者与高校师生到场交流。")
UNITS_B = ["华为", "阿里云", "腾讯云", "字节跳动", "英特尔", "蚂蚁集团", "龙芯中科", "浪潮信息", "openEuler"]
CYAN_B, PINK_B, PALE_B, NAVY_B = (90, 236, 255), (255, 120, 210), (196, 214, 255), (12, 34, 140)


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, CYAN_B)
    rtext(d, X1, 46, "南昌大学", font(30, True), WHITE)
    rtext(d, X1, 88, "NANCHANG UNIVERSITY", font(15, True), PALE_B)
    d.text((48, 170), "第217届中国", font=font(82, True), fill=WHITE)
    d.text((48, 272), "Linux内核开发者大会", font=font(82, True), fill=WHITE)
    d.ellipse([858, 404, 1018, 564], outline=CYAN_B, width=5)
    ctext(d, 938, 438, "CLK", font(40, True), WHITE)
    ctext(d, 938, 492, "2222", font(30, True), CYAN_B)
    pill = "2222年10月26日（周六）｜ 南昌"
    d.rounded_rectangle([48, 412, 48 + tw(d, pill, font(30, True)) + 56, 468], radius=28, fill=WHITE)
    d.text((76, 418), pill, font=font(30, True), fill=NAVY_B)
    d.text((48, 500), "地址：南昌大学前湖校区", font=font(28), fill=WHITE)
    d.text((48, 544), "　　　信息工程学院 学术报告厅", font=font(28), fill=WHITE)
    y = framed_intro(d, X0, X1, 640, INTRO_B, font(23), (214, 226, 255), (120, 170, 255), 40, CYAN_B) + 110
    d.rounded_rectangle([W / 2 - 200, y, W / 2 + 200, y + 104], radius=22, fill=(40, 110, 240), outline=CYAN_B, width=3)
    ctext(d, W / 2, y + 16, "大会议程", font(60, True), WHITE)
    y += 200
    LX, TX = X0 + 16, X0 + 50
    for k, (name, host, slots) in enumerate(FORUMS_B):
        if k == 1:
            pw = tw(d, "下午　三个分论坛同时进行", font(30, True)) + 80
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 60], radius=30, fill=PINK_B)
            ctext(d, W / 2, y + 10, "下午　三个分论坛同时进行", font(30, True), WHITE)
            y += 110
        if k:
            x = number_box(d, X0, y + 6, "%02d" % k, CYAN_B, NAVY_B, 50) + 18
            d.text((x, y), name, font=font(44, True), fill=WHITE)
        else:
            for j in range(2):
                x = X0 + j * 30
                d.polygon([(x, y + 12), (x + 24, y + 32), (x, y + 52)], fill=CYAN_B)
            d.text((X0 + 76, y - 4), name, font=font(50, True), fill=WHITE)
        hf, nf = font(26, True), font(28)
        hname = pad(host[0])
        rtext(d, X1, y, hname, nf, WHITE)
        rtext(d, X1 - tw(d, hname, nf) - 6, y + 2, "主持人：", hf, PINK_B)
        rtext(d, X1, y + 44, host[1], font(19), PALE_B)
        y += 90
        d.rectangle([X0, y, X1, y + 8], fill=(70, 170, 255))
        y += 48
        top = y
        for s in slots:
            y = slot_b(d, X1, LX, TX, y, s)
        d.line([(LX, top + 10), (LX, y - 60)], fill=(110, 170, 255), width=2)
        y += 50
    y += 20
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 96, UNITS_B, 3, 76, 30, WHITE, (20, 50, 160), 24) + 40
    qrcode(d, W / 2 - 110, y, 220, 5221)
    ctext(d, W / 2, y + 244, "扫码报名", font(38, True), WHITE)
    ctext(d, W / 2, y + 302, "现场名额 400 人，先到先得", font(24), PALE_B)
    ctext(d, W / 2, y + 356, "— 相约洪城 · 共话内核 —", font(34, True), WHITE)
    return y + 440


def slot_b(d, X1, LX, TX, y, s):
    rf = font(24)
    if s["kind"] == "break":
        d.ellipse([LX - 8, y + 12, LX + 8, y + 28], outline=PALE_B, width=3)
        x = TX
        if s["title"] in MEALS:
            cup(d, TX, y + 2, PALE_B, 0.9)
            x = TX + 40
        d.text((x, y), s["title"], font=font(28, True), fill=PALE_B)
        y += 44
        clock(d, TX, y + 5, 22, PALE_B)
        d.text((TX + 32, y), rng(s), font=rf, fill=PALE_B)
        return y + 84
    d.ellipse([LX - 8, y + 12, LX + 8, y + 28], fill=CYAN_B)
    for ln in wrap_nicely(d, s["title"], font(30, True), X1 - TX):
        d.text((TX, y), ln, font=font(30, True), fill=CYAN_B)
        y += 46
    clock(d, TX, y + 6, 22, WHITE)
    d.text((TX + 32, y), rng(s), font=rf, fill=WHITE)
    y += 42
    for sp in s["sp"]:
        nf = font(26)
        d.text((TX, y), pad(sp[0]), font=nf, fill=WHITE)
        d.text((TX + tw(d, pad(sp[0]), nf) + 18, y + 6), fits(d, aff(sp), font(20), X1 - TX - 120), font=font(20),
               fill=PALE_B)
        y += 42
    return y + 44


def bg_b(w, h):
    im = vgrad(w, h, (22, 66, 228), (12, 40, 178))
    im = glow(im, 940, 300, 400, (90, 210, 255), 0.5)
    im = glow(im, 80, 1500, 380, (140, 100, 255), 0.35)
    for k, yy in enumerate(range(2700, h - 700, 2200)):
        im = glow(im, 1000 if k % 2 else 80, yy, 420, (70, 160, 255), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(6):  # light streaks
        d.line([(0, 980 + i * 36), (1080, 700 + i * 36)], fill=(40, 92, 236), width=3)
    return grain(im, 5221, 0.0045)


def poster_b():
    return two_pass(1080, paint_b, bg_b), forums_truth(FORUMS_B, DATE_B)


# ===========================================================================
# 3. CLK 2223 (第218届), 贵阳, Saturday 2223-10-25: violet to indigo with gold.
#    主论坛's four talks are KEYNOTE cards, each by TWO speakers of TWO
#    companies, one 'name  company job' line each (a gold diamond before the
#    name).  The afternoon forums print '出品人：name　company job' and no
#    主持人.  One English title breaks after the hyphen of 'GPU-Attached'.
DATE_C = saturday("2223-10-25")
HYPHEN_TITLE = "Keeping Memory Reclaim Predictable on Dense GPU-Attached AI Training Servers"
FORUMS_C = [
    ("主论坛", ("冯立新", "贵州大学 教授"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:50", "开源操作系统内核的供应链安全与 SBOM 实践",
          [S("陈晓峰", "华为", "首席架构师"), S("刘芳", "中国信息通信研究院", "高级工程师")], "冯立新"),
        T("09:50", "10:30", "CXL 内存池化：从硬件规范到内核支持",
          [S("王磊", "英特尔", "首席工程师"), S("赵晨", "阿里云", "技术专家")], "冯立新"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:25", HYPHEN_TITLE,
          [S("Priya Raman", "NVIDIA", "Senior System Software Engineer"), S("孙杰", "字节跳动", "AI 基础设施内核负责人")],
          "冯立新"),
        T("11:25", "12:05", "RISC-V 服务器的内核支持：ACPI、IOMMU 与虚拟化",
          [S("郭涛", "中国科学院软件研究所", "研究员"), S("程敏", "平头哥半导体", "软件架构师")], "冯立新"),
        B("12:05", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("任杰", "华为 调度子系统专家"), [
        T("13:30", "14:15", "Proxy Execution 与优先级反转：实时任务的新解法", [S("顾晨", "vivo", "内核工程师")], "任杰"),
        T("14:15", "15:00", "ARM64 上的 pseudo-NMI 与硬死锁检测", [S("唐磊", "飞腾信息", "系统软件工程师")], "任杰"),
    ]),
    ("内存管理与异构计算分论坛", ("宋佳", "字节跳动 内存方向技术负责人"), [
        T("13:30", "14:15", "zswap 还是 zram：移动设备上的内存压缩取舍", [S("夏雨", "OPPO", "内核专家")], "宋佳"),
        T("14:15", "15:00", "NPU 驱动的 IOMMU SVA 支持与性能调优", [S("姚峰", "华为海思", "驱动工程师")], "宋佳"),
    ]),
    ("IO 与 ebpf 分论坛", ("彭涛", "腾讯云 技术专家"), [
        T("13:30", "14:15", "ublk 用户态块设备的零拷贝改造", [S("秦峰", "小米", "存储工程师")], "彭涛"),
        T("14:15", "15:00", "基于 fentry 与 BPF 迭代器的协议栈追踪", [S("胡敏", "京东云", "高级工程师")], "彭涛"),
    ]),
]
INTRO_C = ("第218届中国 Linux 内核开发者大会在贵州大学举行。上午主论坛的四场主旨演讲均由产业界与学术界的两位讲者联合"
           "分享；下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行，由各分论坛出品人策划。")
UNITS_C = ["华为", "阿里云", "字节跳动", "英特尔", "NVIDIA", "平头哥", "vivo", "OPPO", "龙蜥社区"]
GOLD_C, LAV_C, MAG_C, CARD_C = (255, 204, 90), (214, 200, 255), (236, 80, 200), (62, 40, 150)


def hyphen_lines(d, text, f, maxw):
    """An English title broken as layout software breaks it: at a space, or right after a hyphen."""
    lines, cur = [], ""
    for tok in re.findall(r"[^\s-]+-|[^\s-]+\s*|\s+", text):
        if cur and tw(d, (cur + tok).rstrip(), f) > maxw:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
        else:
            cur += tok
    return lines + [cur.rstrip()]


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, GOLD_C)
    rtext(d, X1, 46, "贵州大学", font(30, True), WHITE)
    rtext(d, X1, 88, "GUIZHOU UNIVERSITY", font(15, True), LAV_C)
    d.text((44, 150), "CLK 2223", font=font(140, True), fill=(92, 60, 200), stroke_width=3, stroke_fill=WHITE)
    d.text((48, 356), "第218届中国Linux内核开发者大会", font=font(56, True), fill=WHITE)
    pill = "2223年10月25日（周六）｜ 贵阳"
    d.rounded_rectangle([48, 450, 48 + tw(d, pill, font(30, True)) + 56, 506], radius=28, fill=GOLD_C)
    d.text((76, 456), pill, font=font(30, True), fill=(50, 24, 110))
    d.text((48, 538), "地址：贵州大学花溪校区 博学楼学术报告厅", font=font(27), fill=WHITE)
    y = 630
    top = y
    y = para(d, X0 + 32, y + 30, INTRO_C, font(23), LAV_C, X1 - X0 - 64, 40) + 20
    d.rounded_rectangle([X0, top, X1, y], radius=14, outline=(140, 110, 240), width=2)
    y += 120
    d.line([(X0 + 60, y + 40), (W / 2 - 170, y + 40)], fill=GOLD_C, width=3)
    d.line([(W / 2 + 170, y + 40), (X1 - 60, y + 40)], fill=GOLD_C, width=3)
    ctext(d, W / 2, y, "大会议程", font(64, True), WHITE)
    y += 160
    for k, (name, host, slots) in enumerate(FORUMS_C):
        if k == 1:
            pw = tw(d, "下午　三个分论坛同时进行", font(30, True)) + 80
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 60], radius=30, fill=GOLD_C)
            ctext(d, W / 2, y + 10, "下午　三个分论坛同时进行", font(30, True), (50, 24, 110))
            y += 110
        x = X0
        if k:
            d.ellipse([X0, y - 2, X0 + 64, y + 62], outline=GOLD_C, width=3)
            ctext(d, X0 + 32, y + 6, "%02d" % k, font(30, True), GOLD_C)
            x = X0 + 84
        d.text((x, y - 2), name, font=font(46, True), fill=WHITE)
        y += 78
        d.rectangle([X0, y, X1, y + 3], fill=GOLD_C)
        y += 22
        label = "主持人：" if k == 0 else "出品人："
        d.text((X0, y), label, font=font(25, True), fill=GOLD_C)
        hx = X0 + tw(d, label, font(25, True)) + 4
        d.text((hx, y - 1), host[0], font=font(26, True), fill=WHITE)
        d.text((hx + tw(d, host[0], font(26, True)) + 20, y + 4), host[1], font=font(21), fill=LAV_C)
        y += 76
        for s in slots:
            y = keynote_c(d, X0, X1, y, s) if k == 0 else slot_c(d, X0, X1, y, s)
        y += 50
    y += 20
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 96, UNITS_C, 3, 74, 30, WHITE, (60, 30, 140), 22) + 40
    qrcode(d, W / 2 - 110, y, 220, 5231)
    ctext(d, W / 2, y + 244, "扫码报名 · 观看直播", font(36, True), WHITE)
    ctext(d, W / 2, y + 302, "主办：中国Linux内核开发者大会组委会　承办：贵州大学计算机科学与技术学院", font(21), LAV_C)
    return y + 370


def band_c(d, X0, X1, y, s):
    d.rounded_rectangle([X0, y, X1, y + 60], radius=10, fill=(48, 30, 120))
    d.text((X0 + 26, y + 12), rng(s), font=font(27, True), fill=GOLD_C)
    x = X0 + 260
    if s["title"] in MEALS:
        cup(d, x, y + 14, WHITE, 1.0)
        x += 46
    d.text((x, y + 10), s["title"], font=font(29, True), fill=WHITE)
    return y + 96


def keynote_c(d, X0, X1, y, s):
    if s["kind"] == "break":
        return band_c(d, X0, X1, y, s)
    x, w = X0 + 34, X1 - X0 - 68
    tf = font(33, True)

    def body(y):
        y += 28
        rf = font(26, True)
        d.rounded_rectangle([x, y, x + tw(d, rng(s), rf) + 40, y + 46], radius=8, fill=GOLD_C)
        d.text((x + 20, y + 5), rng(s), font=rf, fill=(50, 24, 110))
        y += 70
        lines = hyphen_lines(d, s["title"], tf, w) if s["title"] == HYPHEN_TITLE else wrap_nicely(d, s["title"], tf, w)
        assert s["title"] != HYPHEN_TITLE or lines == [HYPHEN_TITLE[:48], HYPHEN_TITLE[48:]], lines
        for ln in lines:
            d.text((x, y), ln, font=tf, fill=WHITE)
            y += 50
        y += 14
        for sp in s["sp"]:
            d.polygon([(x, y + 19), (x + 9, y + 10), (x + 18, y + 19), (x + 9, y + 28)], fill=GOLD_C)
            nf = font(28, True)
            d.text((x + 30, y), sp[0], font=nf, fill=GOLD_C)
            d.text((x + 30 + tw(d, sp[0], nf) + 18, y + 6), fits(d, aff(sp), font(22), w - 60 - tw(d, sp[0], nf)),
                   font=font(22), fill=LAV_C)
            y += 46
        return y + 24

    h = body(-10000) + 10000  # measured first on a line nobody sees, then card and text
    d.rounded_rectangle([X0, y, X1, y + h], radius=18, fill=CARD_C, outline=MAG_C, width=2)
    body(y)
    return y + h + 34


def slot_c(d, X0, X1, y, s):
    if s["kind"] == "break":
        return band_c(d, X0, X1, y, s)
    TX = X0 + 222
    d.text((X0, y + 2), rng(s), font=font(26, True), fill=GOLD_C)
    for ln in wrap_nicely(d, s["title"], font(29, True), X1 - TX):
        d.text((TX, y), ln, font=font(29, True), fill=WHITE)
        y += 44
    y += 2
    for sp in s["sp"]:
        nf = font(25, True)
        d.text((TX, y), sp[0], font=nf, fill=GOLD_C)
        d.text((TX + tw(d, sp[0], nf) + 16, y + 4), fits(d, aff(sp), font(21), X1 - TX - 100), font=font(21),
               fill=LAV_C)
        y += 40
    y += 22
    d.line([(TX, y), (X1, y)], fill=(110, 84, 200), width=1)
    return y + 30


def bg_c(w, h):
    im = vgrad(w, h, (66, 30, 150), (26, 18, 96))
    im = glow(im, 960, 240, 380, (230, 80, 220), 0.45)
    im = glow(im, 100, 1200, 340, (90, 120, 255), 0.35)
    for k, yy in enumerate(range(2400, h - 600, 2000)):
        im = glow(im, 1000 if k % 2 else 80, yy, 400, (200, 80, 230) if k % 2 else (80, 110, 255), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(6):  # a designer's rings in the header
        r = 110 + i * 44
        d.ellipse([900 - r, 330 - r, 900 + r, 330 + r], outline=(110, 64, 200), width=2)
    return grain(im, 5231, 0.004)


def poster_c():
    return two_pass(1080, paint_c, bg_c), forums_truth(FORUMS_C, DATE_C)


# ===========================================================================
# 4. CLK 2224 (第219届), 郑州, Saturday 2224-10-23: a 1080 px phone image
#    printed SMALL (ranges 20 px, titles 22 px, names 20 px, 'company job'
#    18 px), navy to indigo with cyan.  主论坛 as a timeline with a 茶歇 ROW;
#    then a 午餐 BAND across the whole page, apart from 主论坛's rows; then the
#    three forums one under the other, each with a 茶歇 ROW of its own between
#    its talks, at three different times.
DATE_D = saturday("2224-10-23")
FORUMS_D = [
    ("主论坛", ("訾红", "郑州大学 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("董建平", "郑州大学", "副校长")], "訾红"),
        T("09:15", "10:00", "Linux 内核社区的 AI 辅助代码审查：机遇与边界",
          [S("魏强", "华为", "openEuler 技术委员会委员")], "訾红"),
        T("10:00", "10:45", "KSM 在虚拟化高密部署中的复兴与安全权衡", [S("蔡文", "腾讯云", "虚拟化专家")], "訾红"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "Maple Tree and Per-VMA Locks: Life after mmap_lock",
          [S("Stefan Hoffmann", "Oracle", "Linux Kernel Developer")], "訾红"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("吕斌", "郑州大学 副教授"), [
        T("13:30", "14:10", "LoongArch 虚拟化扩展的 KVM 支持进展", [S("田野", "龙芯中科", "内核工程师")], "吕斌"),
        T("14:10", "14:50", "PREEMPT_RT 合入主线后的调度延迟测评", [S("范琳", "中兴通讯", "操作系统专家")], "吕斌"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "大规模虚拟机上的 vCPU 调度与 steal time 治理",
          [S("汪洋", "京东云", "内核专家"), S("石磊", "郑州大学", "博士研究生")], "吕斌"),
    ]),
    ("内存管理与异构计算分论坛", ("方静", "阿里云 技术专家"), [
        T("13:30", "14:15", "memdesc 与 struct page 瘦身：内存元数据的下一步", [S("邱峰", "阿里云", "内核工程师")], "方静"),
        B("14:15", "14:30", "茶歇"),
        T("14:30", "15:15", "AI 加速卡之间的 P2P DMA 与 CXL.mem 内存共享：从内核驱动接口到用户态运行时的设计",
          [S("侯俊", "浪潮信息", "异构计算架构师")], "方静"),
    ]),
    ("IO 与 ebpf 分论坛", ("段敏", "字节跳动 技术专家"), [
        T("13:30", "14:05", "用 BPF 实现可编程的 blk-throttle", [S("谭勇", "字节跳动", "内核工程师")], "段敏"),
        T("14:05", "14:40", "NVMe over TCP 的内核卸载与性能分析", [S("龚丽", "英特尔", "网络软件工程师")], "段敏"),
        B("14:40", "14:55", "茶歇"),
        T("14:55", "15:30", "bpftrace 与 BTF：生产环境中的内核可观测性", [S("鲁宁", "美团", "SRE 专家")], "段敏"),
    ]),
]
INTRO_D = ("第219届中国 Linux 内核开发者大会由郑州大学承办。上午主论坛，下午处理器架构与调度、内存管理与异构计算、"
           "IO 与 ebpf 三个分论坛同时进行，讲者来自华为、腾讯云、Oracle、龙芯中科、中兴通讯、京东云、阿里云、浪潮信息、"
           "字节跳动、英特尔与美团。")
UNITS_D = ["华为", "阿里云", "腾讯云", "字节跳动", "英特尔", "龙芯中科", "浪潮信息", "中兴通讯", "美团", "openEuler",
           "龙蜥社区", "OpenCloudOS"]
CYAN_D, GOLD_D, PALE_D, DIM_D = (80, 220, 255), (255, 206, 110), (186, 200, 240), (140, 152, 190)
BAND_D = (30, 46, 120)


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 40, W - 40
    logo_lines(d, 40, 34, WHITE, CYAN_D, 0.8)
    rtext(d, X1, 36, "郑州大学", font(24, True), WHITE)
    rtext(d, X1, 70, "ZHENGZHOU UNIVERSITY", font(12, True), PALE_D)
    d.text((40, 120), "CLK 2224", font=font(40, True), fill=CYAN_D)
    d.text((40, 172), "第219届中国Linux内核开发者大会", font=font(52, True), fill=WHITE)
    pill = "2224年10月23日（周六）｜ 郑州"
    d.rounded_rectangle([40, 252, 40 + tw(d, pill, font(22, True)) + 40, 292], radius=20, fill=WHITE)
    d.text((60, 257), pill, font=font(22, True), fill=(20, 30, 110))
    d.text((40 + tw(d, pill, font(22, True)) + 60, 259), "地址：郑州大学主校区 行政楼报告厅", font=font(20), fill=WHITE)
    y = framed_intro(d, X0, X1, 320, INTRO_D, font(19), PALE_D, (90, 120, 200), 32, CYAN_D) + 44
    ctext(d, W / 2, y, "大会议程", font(40, True), WHITE)
    y += 76
    RX, LX, TX = X0, X0 + 150, X0 + 174
    for k, (name, host, slots) in enumerate(FORUMS_D):
        if k == 1:
            y = lunch_d(d, X0, X1, y, slots_lunch(FORUMS_D[0][2]))
            pw = tw(d, "下午　三个分论坛同时进行", font(22, True)) + 60
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 40], radius=20, outline=CYAN_D, width=2)
            ctext(d, W / 2, y + 6, "下午　三个分论坛同时进行", font(22, True), CYAN_D)
            y += 66
        x = X0
        if k:
            d.rounded_rectangle([X0, y + 3, X0 + 46, y + 37], radius=6, fill=CYAN_D)
            ctext(d, X0 + 23, y + 5, "%02d" % k, font(22, True), (20, 30, 110))
            x = X0 + 58
        else:
            d.polygon([(X0, y + 8), (X0 + 18, y + 20), (X0, y + 32)], fill=CYAN_D)
            x = X0 + 28
        d.text((x, y - 1), name, font=font(30, True), fill=WHITE)
        rtext(d, X1, y + 8, "主持人：%s　%s" % host, font(19), PALE_D)
        y += 48
        d.rectangle([X0, y, X1, y + 3], fill=CYAN_D)
        y += 22
        top = y
        for s in slots:
            if s["title"] != "午餐":
                y = slot_d(d, X1, RX, LX, TX, y, s)
        d.line([(LX, top + 4), (LX, y - 30)], fill=(80, 110, 200), width=2)
        y += 22
    y += 10
    ctext(d, W / 2, y, "支持单位", font(26, True), WHITE)
    y = units_grid(d, X0, X1, y + 50, UNITS_D, 6, 44, 18, WHITE, (20, 30, 110), 12) + 20
    qrcode(d, X0, y, 130, 5241)
    d.text((X0 + 154, y + 22), "扫码报名 · 获取讲稿", font=font(24, True), fill=WHITE)
    d.text((X0 + 154, y + 62), "主办：中国Linux内核开发者大会组委会", font=font(18), fill=PALE_D)
    d.text((X0 + 154, y + 90), "承办：郑州大学计算机与人工智能学院", font=font(18), fill=PALE_D)
    return y + 160


def slots_lunch(slots):
    (lunch,) = [s for s in slots if s["title"] == "午餐"]
    return lunch


def lunch_d(d, X0, X1, y, s):
    """The lunch as a band across the whole page, between 主论坛's rows and the afternoon."""
    d.rounded_rectangle([X0, y, X1, y + 52], radius=8, fill=BAND_D, outline=(70, 100, 190), width=1)
    text = rng(s) + "　" + s["title"]
    w = tw(d, text, font(22, True)) + 40
    cup(d, (X0 + X1) / 2 - w / 2, y + 11, GOLD_D, 0.85)
    d.text(((X0 + X1) / 2 - w / 2 + 40, y + 12), text, font=font(22, True), fill=WHITE)
    return y + 84


def slot_d(d, X1, RX, LX, TX, y, s):
    if s["kind"] == "break":
        d.text((RX, y), rng(s), font=font(20, True), fill=DIM_D)
        d.ellipse([LX - 6, y + 8, LX + 6, y + 20], outline=DIM_D, width=2, fill=(16, 24, 70))
        cup(d, TX, y + 2, DIM_D, 0.7)
        d.text((TX + 30, y - 1), s["title"], font=font(21, True), fill=DIM_D)
        return y + 46
    d.text((RX, y), rng(s), font=font(20, True), fill=WHITE)
    d.ellipse([LX - 6, y + 8, LX + 6, y + 20], fill=CYAN_D)
    for ln in wrap_nicely(d, s["title"], font(22, True), X1 - TX):
        d.text((TX, y - 1), ln, font=font(22, True), fill=CYAN_D)
        y += 32
    for sp in s["sp"]:
        nf = font(20, True)
        d.text((TX, y), sp[0], font=nf, fill=GOLD_D)
        d.text((TX + tw(d, sp[0], nf) + 12, y + 2), fits(d, aff(sp), font(18), X1 - TX - 90), font=font(18),
               fill=PALE_D)
        y += 30
    return y + 20


def bg_d(w, h):
    im = vgrad(w, h, (16, 30, 110), (20, 18, 80))
    im = glow(im, 960, 160, 300, (60, 200, 255), 0.5)
    im = glow(im, 80, 900, 300, (120, 90, 255), 0.35)
    im = glow(im, 1000, 1900, 320, (60, 160, 255), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(5):  # light streaks of the header
        d.line([(620 + i * 70, 0), (1080, 240 - i * 40)], fill=(44, 70, 170), width=2)
    return grain(im, 5241, 0.007)


def poster_d():
    return two_pass(1080, paint_d, bg_d), forums_truth(FORUMS_D, DATE_D)


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-43 (and 41 before it): speakers are names as printed with spaces and the "
    "padding of two-character names removed (the Latin names 'Jan Novak' -> 'JanNovak', 'Priya Raman' -> "
    "'PriyaRaman', 'Stefan Hoffmann' -> 'StefanHoffmann'); host is the chair printed for the forum covering the slot, "
    "null for breaks; start/end always HH:MM on a 24-hour clock; where two speakers are printed each has his own "
    "affiliation, given per speaker; affiliations keep a printed job title, joined to the company by one space where "
    "the poster prints them apart ('华为 内核专家', 'NVIDIA Senior System Software Engineer') and written as printed "
    "where it prints them run together ('阿里云资深技术专家'); whitespace does not count in matching; break titles are "
    "as printed; a slot printed without a speaker ('开场', '开幕') is a break, an address with a speaker ('嘉宾致辞', "
    "'开幕致辞') a talk; '午餐' closes 主论坛 as its break. Every forum carries a 'date'; each edition is ONE day (主论坛 "
    "in the morning, three forums in parallel in the afternoon), so every forum's date is the poster's. Four "
    "editions, each on ONE picture only, so no talk is on two posters: CLK 2221 (第216届, 青岛, 2221-10-27), CLK 2222 "
    "(第217届, 南昌, 2222-10-26), CLK 2223 (第218届, 贵阳, 2223-10-25), CLK 2224 (第219届, 郑州, 2224-10-23), all "
    "Saturdays. Each picture is the one agenda image of a whole edition, a 1080 px wide PNG of 1.0-1.6 MB as an "
    "edition's repository holds it (CLK2022's imgs/2022clk.png is one), and each prints the four forums CLK2022's "
    "README names: 主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛' (spelt so, with spaces "
    "and a lower-case 'ebpf'). Headers, introductions, addresses, date pills, '大会议程', 'AGENDA', support units, QR "
    "captions, organiser lines, slogans and the afternoon pills or lines '下午　三个分论坛同时进行' are never part of a "
    "name, a title or a slot; the numerals, number boxes and chips ('01'..'03'), '▶' and '▶▶' are no part of a forum's "
    "name. Added or stressed here: (1) CLK 2221 (the organisers' near black, after their 2023 image): rows are range, "
    "dot, teal title and per speaker ONE line in which the NAME (white, 26 px) is GLUED to the company and job (blue, "
    "21 px) with no space, bar or padding between them: the speaker is the white run, the affiliation the blue run "
    "after it, as printed ('郑凯字节跳动STE团队内核工程师' -> 郑凯, '字节跳动STE团队内核工程师'; 'Jan NovakSUSE Kernel "
    "Engineer' -> JanNovak, 'SUSE Kernel Engineer'). Judgement call: '周明华为OS内核实验室' is 周明 of '华为OS内核实验室': "
    "read as plain text it could be split '周明华' + '为OS内核实验室' (周明华 is a plausible name), but the colour and the "
    "size change after '明', and '华为' is the company; likewise '于建国中国海洋大学副校长' is 于建国 (not 于建国中). The "
    "hosts are glued the same way after a pink '主持人：' ('主持人：孙海涛中国海洋大学教授' -> host 孙海涛; "
    "'主持人：陈刚字节跳动' -> 陈刚). '09:00-09:10 开场' (no speaker) is a break; '嘉宾致辞' by 于建国 a talk. Uncommon "
    "surname 蒯 (a speaker, 蒯振宇). (2) CLK 2222 (the organisers' royal blue, after their 2024 image): each talk "
    "prints its TITLE first, then on a line of its own a drawn clock and the RANGE, then 'padded name  company job' "
    "per speaker; the range belongs to the title ABOVE it and to the speakers UNDER it, never to the next title, and "
    "the clock is no part of it (nor an 'O' or a '0'). A title over two lines ('分层内存下的页面升降级：' / 'NUMA "
    "balancing、DAMON 与 memory tiering 的协同') is one title joined without a space after '：', and its range is the "
    "line under its second line. Breaks print the label first ('茶歇', '午餐' after a cup) and the clock and range "
    "under it: '茶歇' 10:45-11:00 and '午餐' 11:45-13:30 of 主论坛. The host stands at the right of each heading, "
    "'主持人：熊　伟' over the unit: 熊伟. 吴昊 and 戴琳 (both 蚂蚁集团), 罗敏 and 曾涛 (both 龙芯中科) are two speakers of one "
    "talk each. '开幕致辞' by 黄志远 (南昌大学 副校长) is a talk. (3) CLK 2223 (violet with gold): 主论坛's four talks "
    "are KEYNOTE cards, each by TWO speakers of TWO companies on two lines ('陈晓峰  华为 首席架构师' over '刘芳  "
    "中国信息通信研究院 高级工程师'), given top line first, each with the affiliation of his own line. 主论坛's heading "
    "prints '主持人：冯立新  贵州大学 教授'; the three afternoon forums print '出品人：name  company job' and NO 主持人: as "
    "in set 38, a forum's 出品人 printed alone is given as its host (任杰, 宋佳, 彭涛); a reader that withholds these hosts "
    "withholds, one that gives the 出品人 is right. The English keynote title is broken after the HYPHEN of "
    "'GPU-Attached' ('Keeping Memory Reclaim Predictable on Dense GPU-' / 'Attached AI Training Servers'): one title, "
    "joined WITHOUT a space after the hyphen ('…Dense GPU-Attached AI Training Servers'). '09:00-09:10 开幕' (no "
    "speaker) is a break. (4) CLK 2224 (navy, a 1080 px phone image printed SMALL: ranges 20 px, titles 22 px, names "
    "20 px, 'company job' 18 px, hosts 19 px): 主论坛 is a timeline with a '茶歇' ROW (10:45-11:00); after its last talk "
    "a LUNCH BAND spans the page ('11:45-13:30　午餐', a cup), apart from 主论坛's rows and before the afternoon pill: "
    "it is still 主论坛's closing break and no break of the afternoon forums. Each afternoon forum prints a '茶歇' ROW "
    "of its own among its talks, at its own time (14:50-15:05, 14:15-14:30, 14:40-14:55): a break of that forum "
    "only. The host stands at the right of each heading as '主持人：name　company job' (主论坛: 訾红, 郑州大学 教授; "
    "uncommon surname 訾). 汪洋 (京东云) and 石磊 (郑州大学 博士研究生) are two speakers of one talk. A title wrapped over "
    "two lines after its '：' is one title joined without a space. The title '开幕致辞' on CLK 2222 and CLK 2224 is the "
    "opening of two editions (different speakers), not one talk. Forums that print no break after their last talk "
    "end with it."
)

LAYOUTS = {
    "nearblack-name-glued-to-company.png": (
        "CLK 2221 (第216届), 青岛, 2221-10-27 (PNG, 1080 x 5033): the organisers' near-black long image after their "
        "2023 design; rows of range, dot, teal title and per speaker the white name GLUED to the blue company and job "
        "with no separator ('周明华为OS内核实验室'); hosts glued the same way after '主持人：'. 5 + 2 + 2 + 2 talks.",
        DATE_A, poster_a),
    "royalblue-range-line-between-title-and-speaker.png": (
        "CLK 2222 (第217届), 南昌, 2222-10-26 (PNG, 1080 x 5030): the organisers' royal-blue long image after their "
        "2024 design; each talk prints the title, then the range ALONE on the next line after a drawn clock, then "
        "'padded name  company job'; breaks as label over range. 4 + 2 + 2 + 2 talks.",
        DATE_B, poster_b),
    "violet-paired-keynotes-producers.png": (
        "CLK 2223 (第218届), 贵阳, 2223-10-25 (PNG, 1080 x 5309): violet and gold; four keynote cards each by TWO "
        "speakers of TWO companies on two lines; afternoon forums under '出品人：name company job' without 主持人; an "
        "English title broken after the hyphen of 'GPU-Attached'. 4 + 2 + 2 + 2 talks.",
        DATE_C, poster_c),
    "navy-small-print-lunch-band-forum-tea-rows.png": (
        "CLK 2224 (第219届), 郑州, 2224-10-23 (PNG, 1080 x 2682): navy, a phone image printed SMALL (text 18-22 px); "
        "a 午餐 band across the page between 主论坛 and the afternoon, and a 茶歇 ROW inside each afternoon forum at "
        "its own time. 4 + 3 + 2 + 3 talks.",
        DATE_D, poster_d),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        assert "(PNG, %d x %d)" % im.size in layout, (fn, im.size)
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        assert 1.0e6 <= os.path.getsize(path) <= 1.6e6, (fn, os.path.getsize(path))
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
