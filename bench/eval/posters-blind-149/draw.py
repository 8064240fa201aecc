"""Draw the hundred-and-forty-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 3617 (第1612届, 江门, 五邑大学, Saturday 3617-10-28),
printed as CLK2024's repository prints its forums: ONE POSTER PER FORUM, named by the
forum.  The forums are three of CLK2025's, as its repository's folders name them:
主论坛 (the morning), then 文件系统与存储分论坛 and 硬件架构与异构计算分论坛 in
parallel in the afternoon.  All WebP, 1080 px wide and as tall as the real ones, in
the family of the organisers' 2024 forum posters (slanted title, 'CLK' ring, date pill,
forum plate, host bar, range tabs in a segmented face, frames with biography, ringed
photo and name plate, no company line; 主论坛 with an opening band and a round table),
in a NEW colour scheme: an ESPRESSO ground with HONEY frames, amber-to-espresso tabs
and TURQUOISE accents.

This file starts from posters-blind-145/draw.py (helpers copied unchanged, painters
recoloured); see README.md.
"""
import datetime
import json
import math
import os
import random
import re
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

# ---------------------------------------------------------------------------
# helpers copied unchanged from posters-blind-145/draw.py, which has them unchanged from posters-blind-137/draw.py,
# which has them unchanged from posters-blind-131/draw.py
# (the two comments below kept as they were there)
# helpers copied unchanged from posters-blind-131/draw.py, which has them (comment below kept as it was there)
# helpers copied unchanged from posters-blind-125/draw.py, which has them unchanged from posters-blind-119/draw.py,
# posters-blind-113/draw.py
# and 108 (which has them from set 104, and that from 79,
# which took them from posters-blind-66/draw.py, which took them from sets 65, 62
# and 59): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext,
# rtext, vgrad, grain, glow, qrcode, T, B, plain, S, aff, truth_slot, forum_truth,
# two_pass, cup, bowl, logo_lines, seed_of, para, fits, MEALS, WHITE, rng,
# meal_mark, saturday, pin (unchanged but for the colour of the pin's hole, now
# HOLE); aff, truth_slot, forum_truth and para are unused here
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
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def glow(im, cx, cy, r, col, strength):
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


def S(name, company, job, bio=None, **extra):
    """A speaker as printed: name, company, job title (None where none is printed), biography (CLK 2621 only)."""
    return dict({"name": name, "company": company, "job": job, "bio": bio}, **extra)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; the company alone where no job."""
    if sp["company"] is None:
        return None
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    """A slot as truth.json gives it; biographies, tags and English sub-lines are nowhere in it."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def forum_truth(name, date, slots):
    return {"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]}


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def cup(d, x, y, fill, k=1.0):
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=max(2, round(3 * k)))
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=max(2, round(3 * k)))
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def bowl(d, x, y, fill, k=1.0):
    d.chord([x, y + 4 * k, x + 34 * k, y + 34 * k], 0, 180, outline=fill, width=max(2, round(3 * k)))
    d.line([(x - 2 * k, y + 19 * k), (x + 36 * k, y + 19 * k)], fill=fill, width=max(2, round(3 * k)))
    d.line([(x + 20 * k, y + 14 * k), (x + 38 * k, y - 2 * k)], fill=fill, width=2)
    d.line([(x + 25 * k, y + 15 * k), (x + 42 * k, y + 2 * k)], fill=fill, width=2)


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


def seed_of(text):
    return zlib.crc32(text.encode("utf-8"))


def para(d, x, y, text, f, fill, maxw, lh, lines=None):
    ls = wrap(d, text, f, maxw)
    assert lines is None or lines[0] <= len(ls) <= lines[1], (text, len(ls))
    for ln in ls:
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")
WHITE = (255, 255, 255)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def meal_mark(d, x, y, s, fill, k=1.0):
    if s["title"] == "午餐":
        bowl(d, x, y + 2 * k, fill, k)
    elif s["title"] == "茶歇":
        cup(d, x, y, fill, k)


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def pin(d, x, y, fill, k=1.0):
    """A location pin (the organisers' date pill and address carry one)."""
    d.ellipse([x, y, x + 20 * k, y + 20 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 13 * k), (x + 18 * k, y + 13 * k), (x + 10 * k, y + 28 * k)], fill=fill)
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=HOLE)



# ---------------------------------------------------------------------------
# copied unchanged from posters-blind-66/draw.py: SEGS, seg_advance, seg_width, seg_text (the segmented
# digital face of the ranges), slant_text, hgrad, and (below) portrait

SEGS = {"0": "abcdef", "1": "bc", "2": "abged", "3": "abgcd", "4": "fgbc", "5": "afgcd", "6": "afgedc",
        "7": "abc", "8": "abcdefg", "9": "abcdfg"}


def seg_advance(ch, h):
    if ch in "0123456789":
        return h * (0.46 if ch == "1" else 0.7)
    if ch == ":":
        return h * 0.34
    if ch == "-":
        return h * 0.72
    return h * 0.3


def seg_width(text, h):
    return sum(seg_advance(c, h) for c in text)


def seg_text(d, x, y, text, h, fill):
    """Draw text of digits, ':' and '-' as seven-segment glyphs h pixels tall; returns the right end."""
    t = max(3.0, h * 0.12)  # stroke
    g = max(1.0, h * 0.03)  # gap between segments

    def hseg(x0, x1, yy):
        d.polygon([(x0 + g, yy), (x0 + g + t / 2, yy - t / 2), (x1 - g - t / 2, yy - t / 2), (x1 - g, yy),
                   (x1 - g - t / 2, yy + t / 2), (x0 + g + t / 2, yy + t / 2)], fill=fill)

    def vseg(xx, y0, y1):
        d.polygon([(xx, y0 + g), (xx + t / 2, y0 + g + t / 2), (xx + t / 2, y1 - g - t / 2), (xx, y1 - g),
                   (xx - t / 2, y1 - g - t / 2), (xx - t / 2, y0 + g + t / 2)], fill=fill)

    for ch in text:
        adv = seg_advance(ch, h)
        if ch in SEGS:
            w = h * 0.5
            L = x + adv - w - h * 0.1 if ch == "1" else x + h * 0.1
            R, top, mid, bot = L + w, y + t / 2, y + h / 2, y + h - t / 2
            segs = SEGS[ch]
            if "a" in segs:
                hseg(L, R, top)
            if "g" in segs:
                hseg(L, R, mid)
            if "d" in segs:
                hseg(L, R, bot)
            if "f" in segs:
                vseg(L, top, mid)
            if "e" in segs:
                vseg(L, mid, bot)
            if "b" in segs:
                vseg(R, top, mid)
            if "c" in segs:
                vseg(R, mid, bot)
        elif ch == ":":
            cx, s = x + adv / 2, t * 0.9
            for yy in (y + h * 0.3, y + h * 0.7):
                d.rectangle([cx - s / 2, yy - s / 2, cx + s / 2, yy + s / 2], fill=fill)
        elif ch == "-":
            hseg(x + h * 0.16, x + adv - h * 0.16, y + h / 2)
        x += adv
    return x


def slant_text(im, x, y, text, f, fill, shear=0.2, cx=None):
    """Bold display type leaning right (the organisers' headline face); cx centres it."""
    w, h = tw(ImageDraw.Draw(im), text, f) + 8, int(f.size * 1.45)
    m = Image.new("L", (w + int(shear * h) + 8, h), 0)
    ImageDraw.Draw(m).text((int(shear * h) + 4, 0), text, font=f, fill=255)
    m = m.transform(m.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    if cx is not None:
        x = cx - m.size[0] / 2
    im.paste(Image.new("RGB", m.size, fill), (int(x), int(y)), m)
    return x + m.size[0]


def hgrad(d, x0, y0, x1, y1, c0, c1):
    for i in range(int(x1 - x0)):
        t = i / max(1, x1 - x0 - 1)
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c0, c1)))



def portrait(im, x, y, s, name):
    """A round studio portrait drawn in shapes: backdrop, jacket and collar, neck, hair, face, maybe glasses."""
    rnd = random.Random(seed_of(name))
    back = [(214, 218, 228), (188, 204, 232), (230, 224, 214), (204, 224, 230), (150, 160, 176)][rnd.randrange(5)]
    jacket = [(36, 40, 54), (58, 64, 80), (70, 98, 150), (120, 124, 132), (230, 232, 238)][rnd.randrange(5)]
    shirt = [(245, 246, 250), (200, 220, 240), (40, 40, 48)][rnd.randrange(3)]
    skin = [(236, 200, 174), (222, 184, 154), (242, 212, 190), (214, 176, 146)][rnd.randrange(4)]
    hair = [(24, 20, 20), (38, 32, 28), (60, 50, 44), (90, 84, 80)][rnd.randrange(4)]
    long_hair, glasses = rnd.random() < 0.35, rnd.random() < 0.4
    q = 2 * s
    tile = vgrad(q, q, tuple(min(255, c + 18) for c in back), back)
    td = ImageDraw.Draw(tile)
    if long_hair:
        td.rounded_rectangle([q * 0.28, q * 0.2, q * 0.72, q * 0.78], radius=q * 0.16, fill=hair)
    td.pieslice([q * 0.06, q * 0.68, q * 0.94, q * 1.5], 180, 360, fill=jacket)
    td.polygon([(q * 0.4, q * 0.69), (q * 0.6, q * 0.69), (q * 0.5, q * 0.88)], fill=shirt)
    td.rectangle([q * 0.44, q * 0.52, q * 0.56, q * 0.7], fill=tuple(c - 16 for c in skin))
    td.ellipse([q * 0.3, q * 0.15, q * 0.7, q * 0.42], fill=hair)
    td.ellipse([q * 0.32, q * 0.2, q * 0.68, q * 0.62], fill=skin)
    td.chord([q * 0.3, q * 0.14, q * 0.7, q * 0.44], 185, 355, fill=hair)
    for ex in (0.43, 0.57):
        td.ellipse([q * (ex - 0.012), q * 0.4, q * (ex + 0.012), q * 0.425], fill=(40, 34, 30))
        if glasses:
            td.ellipse([q * (ex - 0.045), q * 0.38, q * (ex + 0.045), q * 0.445], outline=(30, 30, 34),
                       width=max(2, q // 180))
    td.line([(q * 0.46, q * 0.53), (q * 0.54, q * 0.53)], fill=(170, 110, 100), width=max(2, q // 160))
    mask = Image.new("L", (q, q), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, q - 1, q - 1], fill=255)
    im.paste(tile.resize((s, s), Image.LANCZOS), (int(x), int(y)), mask.resize((s, s), Image.LANCZOS))




















# ===========================================================================
# CLK 3617 (第1612届), 江门, 五邑大学, Saturday 3617-10-28.  ONE edition, three of its forum posters, named by three
# of CLK2025's forum names as its repository's folders spell them (主论坛, 文件系统与存储分论坛,
# 硬件架构与异构计算分论坛), as CLK2024's repository holds one poster per forum.  主论坛 in the morning, the other
# two in parallel in the afternoon from 14:00.
EDITION = "CLK 3617"
YEAR = "3617"
NTH = "第1612届中国"
DATE = "3617-10-28"
DATE_PRINTED = "3617年10月28日"
CITY = "江门"
SCHOOL = "五邑大学"
SCHOOL_UNIT = "计算机学院"
SCHOOL_EN = "School of Computer Science, Wuyi University"
SCHOOL_MARK = "WUYI UNIVERSITY"


def P(name, bio, side):
    """A talk's speaker: the biography the card prints (a '\\n' starts a new paragraph on a new line, as the real
    cards break theirs) and the side of his name plate ('R' under the photo, the biography running wide under it;
    'L' under the biography).  No company line: the real cards print none.  From posters-blind-145/draw.py."""
    return S(name, None, None, bio, side=side, line=None)


def G(name, line):
    """A round-table person as the real 主论坛 prints one: the name over ONE small line (company and job as
    typed, kept whole as the affiliation).  From posters-blind-145/draw.py (131's)."""
    return S(name, line, None)


def R(start, end, title, moderator, guests, host):
    """A round table: a bar '圆桌论坛' (a label), the title, a bar '主持人' over the moderator, a bar '嘉　宾'
    over the guests.  Its speakers are the moderator and then the guests.  From posters-blind-145/draw.py."""
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "host": host, "guests": len(guests)}


H1 = "梁伟明"
MAIN = ("主论坛", "五邑大学 学术交流中心一楼报告厅", (H1, "五邑大学计算机学院院长、教授"), [
    B("09:00", "09:05", "开场"),
    T("09:05", "09:15", "嘉宾致辞", [P(
        "陈永强",
        "五邑大学副校长，教授，博士生导师，广东省高等学校“千百十工程”省级培养对象。长期从事智能制造与工业"
        "软件、嵌入式系统方面的教学与科研工作，主持国家重点研发计划课题、国家自然科学基金面上项目及广东省"
        "重点领域研发计划项目等十余项，在国内外重要期刊和会议上发表学术论文八十余篇，授权发明专利三十余项，"
        "获广东省科技进步奖一等奖一项、二等奖两项。\n"
        "兼任广东省计算机学会副理事长、江门市科学技术协会副主席。近年来牵头推进学校与国内操作系统、芯片和"
        "终端企业的产学研合作，共建开源操作系统联合实验室与现代产业学院，推动操作系统课程改革和开源人才"
        "培养。\n"
        "2003 年博士毕业于华南理工大学，曾在香港理工大学做访问学者。", "R")], H1),
    T("09:15", "09:40", "面向智能终端的内核功耗治理：从实验室到上亿台设备", [P(
        "王海澄",
        "荣耀终端有限公司操作系统内核首席专家，负责手机、平板与笔记本产品的内核架构与功耗性能。带领团队"
        "建立了覆盖调度、唤醒源、外设驱动的全栈功耗分析体系，相关优化已随系统升级推送到上亿台设备。\n"
        "此前在华为终端从事 Linux 内核与 BSP 开发十余年，2007 年硕士毕业于电子科技大学。", "R")], H1),
    T("09:40", "10:05", "Rust in the Kernel: Two Years of Shipping Drivers", [P(
        "Felix Hartmann",
        "Felix is a Principal Software Engineer at Red Hat in Brno, where he works on kernel drivers and the "
        "Rust for Linux infrastructure. Over the last two years his team has moved two production drivers to "
        "Rust and maintained them through several RHEL releases.\n"
        "He has contributed to the kernel since 2011, first on USB and later on DRM, and regularly mentors new "
        "contributors through the Linux Foundation mentorship program.", "R")], H1),
    T("10:05", "10:30", "龙蜥社区内核的多架构协同开发与质量保障", [
        P("张庆华",
          "阿里云操作系统团队技术专家，龙蜥社区内核 SIG 核心成员，负责 Anolis OS 内核在 x86、Arm64 与"
          "LoongArch 等多种架构上的版本维护与发布。", "L"),
        P("刘雅琪",
          "阿里云操作系统团队工程师，负责龙蜥内核的持续集成与自动化测试平台。", "L")], H1),
    B("10:30", "10:45", "茶歇"),
    T("10:45", "11:10", "超大规模服务器集群的内核热补丁运营实践", [P(
        "李建伟",
        "腾讯 TencentOS 内核团队高级工程师，负责内核热补丁的制作、灰度与全网发布平台，支撑了数百万台服务器"
        "上的安全漏洞与稳定性问题的在线修复，累计发布热补丁三百余个。", "L")], H1),
    T("11:10", "11:35", "从用户报告到上游修复：发行版内核的缺陷闭环", [P(
        "王立峤",
        "统信软件内核研发部技术经理，负责统信 UOS 服务器与桌面版本的内核维护，组建了面向用户问题的内核缺陷"
        "分析团队，推动数十个问题的修复合入上游主线与稳定版内核。\n"
        "他也是 deepin 社区内核兴趣小组的发起人之一。", "R")], H1),
    R("11:35", "12:15", "芯片、系统与应用：内核开发者的下一个十年",
      G("邝志雄", "五邑大学计算机学院副院长"),
      [G("黄立衡", "华为 openEuler 技术委员会委员"),
       G("赵婧", "龙芯中科系统软件部副总经理"),
       G("吴卫国", "中国科学院软件研究所 研究员"),
       G("周子钧", "vivo 内核与虚拟化团队负责人")], H1),
])

H2 = "徐慧敏"
FS = ("文件系统与存储分论坛", "五邑大学 图书馆二楼学术报告厅", (H2, "阿里云操作系统团队存储内核技术专家"), [
    T("14:00", "14:25", "Atomic Writes for Databases: From NVMe to ext4 and XFS", [P(
        "孙宇航",
        "蚂蚁集团基础设施部存储内核工程师，负责数据库主机的文件系统与块层优化，推动原子写在核心数据库上的"
        "评估与落地，去掉了双写缓冲带来的写入放大。", "L")], H2),
    T("14:25", "14:50", "XFS在线修复（online fsck）的工程实践与评估", [P(
        "胡志伟",
        "华为操作系统内核实验室文件系统技术专家，长期从事 XFS、ext4 等本地文件系统的开发与维护，是上游 XFS "
        "社区的活跃贡献者，向主线提交补丁一百五十余个。\n"
        "目前负责 openEuler 内核文件系统方向的技术规划，主导了在线修复特性在企业级存储产品中的回合、测试与"
        "故障注入验证工作，并与上游维护者合作修复了多处元数据一致性问题。\n"
        "加入华为之前，曾在中兴通讯从事分布式存储系统的开发。2011 年硕士毕业于西安电子科技大学。", "R")], H2),
    T("14:50", "15:15", "Btrfs Scrub and Repair at Petabyte Scale", [P(
        "Till Bergmann",
        "SUSE 文件系统工程师，德国人，2019 年起常驻北京研发中心。负责 SLES 中 Btrfs 的维护与客户问题支持，"
        "参与了 scrub、RAID 修复相关代码的上游开发，也是 SUSE 中国内核团队的导师。", "L")], H2),
    T("15:15", "15:40", "NVMe-oF TCP目标端的内核性能优化", [
        P("林晓东",
          "浪潮信息存储产品部系统架构师，负责分布式存储与全闪存阵列的网络存储协议栈，主导了 NVMe over "
          "Fabrics 在公司产品中的落地。", "L"),
        P("冼嘉欣",
          "浪潮信息存储产品部内核工程师，负责 NVMe-oF 目标端的性能分析与调优。", "L")], H2),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:20", "手机UFS存储的写放大分析与寿命优化", [P(
        "李晓婷",
        "OPPO 存储系统工程师，负责手机存储子系统的性能与寿命优化。", "L")], H2),
    T("16:20", "16:40", "overlayfs的volatile挂载与容器写放大治理", [P(
        "马骞",
        "京东云操作系统团队资深工程师，负责容器平台所在主机的内核与存储栈，主导了 overlayfs 相关性能与稳定性"
        "问题的排查与优化，在大促期间保障了数十万容器的稳定运行。此前在新浪从事 CDN 缓存系统的开发。\n"
        "2013 年毕业于北京邮电大学。", "R")], H2),
    T("16:40", "17:00", "dm-crypt在高速NVMe上的性能瓶颈与优化", [P(
        "周俊杰",
        "麒麟软件内核研发部工程师，负责银河麒麟服务器操作系统的存储与安全子系统，熟悉 device-mapper "
        "与内核加密框架。", "L")], H2),
    T("17:00", "17:20", "NFS over RDMA在AI训练集群中的调优实践", [
        P("张明轩",
          "百度智能云存储团队技术专家，负责 AI 训练集群共享文件存储的客户端内核模块与网络传输优化。", "L"),
        P("罗佳怡",
          "百度智能云存储团队工程师，负责 RDMA 网络与存储客户端的性能测试。", "L")], H2),
    T("17:20", "17:40", "blk-mq调度器在混合存储介质上的公平性改进", [P(
        "王梓睿",
        "华南理工大学计算机科学与工程学院博士研究生。", "L")], H2),
])

H3 = "郑文辉"
HW = ("硬件架构与异构计算分论坛", "五邑大学 学术交流中心三楼报告厅", (H3, "华南理工大学计算机科学与工程学院教授"), [
    T("14:00", "14:25", "鲲鹏服务器上SMMU性能瓶颈的分析与优化", [P(
        "刘海川",
        "华为鲲鹏计算产品线内核工程师，负责 Arm64 服务器平台 IOMMU 与 PCIe 子系统的性能优化，针对高速网卡与"
        "NVMe 盘的 DMA 映射开销提出了多项改进，部分补丁已合入上游。\n"
        "此前在海思从事 SoC 的 Linux BSP 开发。", "R")], H3),
    T("14:25", "14:50", "RISC-V AIA中断架构在Linux中的支持进展", [
        P("杨思衡",
          "中国科学院软件研究所智能软件研究中心副研究员，主要研究 RISC-V 操作系统支持与虚拟化，参与了 AIA、"
          "IMSIC 驱动在 Linux 与 KVM 中的开发与评审。", "L"),
        P("郭晨",
          "北京奕斯伟计算技术股份有限公司系统软件工程师，负责 RISC-V SoC 的中断控制器驱动与上游适配。", "L")],
      H3),
    T("14:50", "15:15", "CXL Type 3内存设备的驱动与热插拔支持", [P(
        "吴启铭",
        "英特尔亚太研发有限公司平台软件工程师，负责至强服务器平台上 CXL 内存设备的驱动使能、RAS 与热插拔"
        "支持，与国内服务器厂商和云服务商合作完成了多款 CXL 内存扩展卡的验证。\n"
        "加入英特尔之前，曾在联想数据中心业务集团从事服务器固件开发，熟悉 ACPI 与 UEFI。\n"
        "2012 年硕士毕业于上海交通大学。", "R")], H3),
    B("15:15", "15:35", "茶歇"),
    T("15:35", "15:55", "Confidential VMs on Arm: Bringing Up Linux under CCA", [P(
        "钟文韬",
        "安谋科技（中国）有限公司高级软件工程师，负责 Arm 机密计算架构（CCA）在国内合作伙伴平台上的软件栈使能，"
        "熟悉 KVM、TF-A 与 Realm 管理固件。", "L")], H3),
    T("15:55", "16:15", "GPU与NPU共享虚拟内存：HMM在异构计算中的实践", [P(
        "高志航",
        "摩尔线程系统软件部驱动架构师，负责 GPU 内核驱动的内存管理与统一虚拟地址支持，推动基于 HMM 的主机与"
        "设备共享内存方案在训练与推理场景中落地。此前在 AMD 上海研发中心从事 GPU 驱动开发七年。", "R")], H3),
    T("16:15", "16:35", "海光平台PCIe设备的AER与DPC错误恢复实践", [
        P("谢宏亮",
          "海光信息技术股份有限公司系统软件部技术专家，负责服务器平台 RAS 特性与 PCIe 错误处理的内核支持。", "L"),
        P("李静雯",
          "海光信息技术股份有限公司系统软件部工程师。", "L")], H3),
    T("16:35", "16:55", "Taming Interrupt Storms on Many-Core Arm Servers", [P(
        "Rafael Souza",
        "Arm 资深软件工程师，巴西人，现居上海，负责 Arm 服务器平台中断控制器（GICv4）与 Linux 中断子系统"
        "的性能优化，与国内服务器厂商合作分析并解决了多起大规模部署中的中断风暴问题。", "L")], H3),
    T("16:55", "17:15", "兆芯平台上的ACPI CPPC与调频驱动适配", [P(
        "陈思岑",
        "上海兆芯集成电路股份有限公司系统软件部工程师，负责兆芯处理器在主线内核与各发行版中的电源管理、"
        "调频驱动与温控支持，向上游提交的补丁已被主线接收。\n"
        "2016 年毕业于复旦大学微电子学院。", "R")], H3),
    T("17:15", "17:35", "DPU上的Linux内核裁剪与快速启动", [P(
        "赵一澍",
        "中科驭数软件研发部嵌入式工程师，负责 DPU 卡上操作系统的定制与启动优化。", "L")], H3),
])

FORUMS = [MAIN, FS, HW]
FORUM_NAMES = ["主论坛", "文件系统与存储分论坛", "硬件架构与异构计算分论坛"]  # three of CLK2025's folders

SPONSORS = ["五邑大学", "HUAWEI", "荣耀", "阿里云", "腾讯云", "OPPO", "vivo", "海光信息", "浪潮信息", "统信软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "deepin 深度社区", "广东省计算机学会",
           "江门市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"]

# names of real speakers and hosts read on the real posters (set 145's list, which is set 137's, 131's, 125's,
# 119's, 113's, 79's and 66's, taken from the CLK2024 posters as pictures), none of which may be used; the listings'
# names and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "李志", "伍勃", "李扬韬", "邹贻鹏", "廖肇燕", "甄鹏",
              "慕冬亮", "LianboJiang"]

# ---------------------------------------------------------------------------
# the new colour scheme: ESPRESSO (a deep warm brown to near black, instead of the organisers' royal blue), HONEY
# where they print cyan (frames, plates' outlines, rings), AMBER-TO-ESPRESSO tabs and plates, TURQUOISE where they
# print pink accents
HON = (240, 180, 78)
PALE = (244, 234, 220)
FRAME = (226, 164, 66)
DIM = (112, 76, 50)
TURQ = (96, 210, 200)
HOLE = (26, 14, 9)  # the hole of a pin, the cut corners of plates
PLATE = (52, 30, 18)  # inside name plates
TAB0, TAB1 = (200, 124, 30), (64, 36, 20)  # tab gradients, bright at the left
BG0, BG1 = (92, 54, 32), (22, 12, 8)  # the page, top to bottom
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 50
PHOTO, PCX, OUTER = 236, 810, 166  # photo diameter, its centre x, the outer ring's radius
# ---------------------------------------------------------------------------
# painters from posters-blind-145/draw.py (which has them from posters-blind-137 and -131), recoloured again (its
# COP and SAGE are HON and TURQ here, every literal colour mapped to an espresso, honey/amber or turquoise value);
# break_card lost its cup (the real 茶歇 card prints the label alone); footer and skyline are new (see README.md)
def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites."""
    for r, col, wd in [(200, (130, 92, 60), 3), (160, (240, 172, 70), 6), (118, (250, 242, 230), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(244, 170, 110), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(44, 24, 14), outline=(250, 244, 236), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (252, 246, 238))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(250, 244, 236), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d, hall):
    """The head of every poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, HON, 1.15)
    seal(d, 640, 84, 30, WHITE)
    d.text((684, 50), SCHOOL, font=font(30, True), fill=WHITE)
    d.text((684, 90), SCHOOL_UNIT, font=font(19, True), fill=WHITE)
    d.text((684, 118), fits(d, SCHOOL_EN, font(10), 370), font=font(10), fill=PALE)
    ring_graphic(d, 810, 660)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=HON, width=4)
    d.line([(560, 530), (640, 510)], fill=HON, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.rounded_rectangle([x0, y0, x1, y1], radius=14, outline=HON, width=3)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, TURQ, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, HON, 1.2)
    d.text((116, 790), "地址：", font=font(34, True), fill=WHITE)
    y = 846
    hf = font(34, True)
    lines = hall.split(" ", 1) if tw(d, hall, hf) > 600 else [hall]  # a long hall breaks at its first space
    for ln in lines:
        fits(d, ln, hf, 640)
        d.text((84, y), ln, font=hf, fill=WHITE)
        y += 50
    for i in range(8):  # light rods at the left, as behind the organisers' heads
        hx = 60 + i * 42
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=TURQ if i % 2 else HON, width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on a amber-to-espresso plate with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(190, 120, 40))
    hgrad(d, x0, y, x1, y + h, (204, 130, 36), (70, 40, 22))
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=HOLE)
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=HOLE)
    d.line([(x1 - 200, y - 14), (x1 + 60, y - 14)], fill=TURQ, width=6)
    slant_text(im, 0, y + 8, text, f, WHITE, 0.18, cx=W / 2)
    return y + h


def arrows(d, x, y, right, fill, n=3, s=14):
    for j in range(n):
        ax = x + j * (s + 8) if right else x - j * (s + 8)
        k = 1 if right else -1
        d.line([(ax, y - s), (ax + k * s, y), (ax, y + s)], fill=fill, width=4)


def host_bar(d, y, host):
    hgrad(d, X0, y, X1, y + 78, (46, 26, 14), (170, 112, 40))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, TURQ)
    arrows(d, X1 - 34, y + 39, False, TURQ)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(120, 82, 52), (244, 184, 80)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a amber-to-espresso bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(255, 236, 200), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(128, 90, 58), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=HON, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(176, 120, 50), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=HON)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side):
    """The name plate: an outlined box, darker inside, the name bold (padded); a tail line under it.
    Returns the foot of the tail line and the plate's left edge and width."""
    f = font(40, True)
    text = pad(name)
    w = max(340, tw(d, text, f) + 110)
    x0 = X0 + 46 if side == "L" else X1 - w
    d.rectangle([x0, y, x0 + w, y + 72], fill=PLATE, outline=HON, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=HON, width=3)
    if side == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=HON, width=3)
    else:
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=HON, width=3)
    if latin(name):
        d.text((x0 + 34, y + 10), text, font=f, fill=WHITE)
    else:
        ctext(d, x0 + w / 2, y + 9, text, f, WHITE)
    return y + 86, x0, w


def wrap_paras(d, text, f, widths):
    """wrap_widths over paragraphs: each paragraph ('\\n') starts a new line, line i keeps width widths[i]."""
    lines = []
    for para_ in text.split("\n"):
        lines += wrap_widths(d, para_, f, widths[min(len(lines), len(widths) - 1):])
    return lines


def speaker_block(im, d, y, sp, log):
    """A biography at the left, the ringed photo at the right, the name plate under them (left or right).
    With the plate at the right the biography runs wide again under the photo; at the left it stays narrow."""
    side = sp["side"]
    bf = font(BIO_F)
    bx = X0 + 46
    narrow = PCX - OUTER - 24 - bx
    wide = X1 - 50 - bx
    cy = y + 142
    below = int((cy + OUTER - y) // BIO_LH) + 1  # lines beside the photo
    widths = [narrow] * below + [wide] if side == "R" else [narrow]
    lines = wrap_paras(d, sp["bio"], bf, widths)
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=HON, width=4)
    for i, ln in enumerate(lines):
        d.text((bx, y + i * BIO_LH), ln, font=bf, fill=PALE)
    yb = y + len(lines) * BIO_LH
    ring_photo(im, d, cy, sp["name"])
    log.append((sp["name"], len(sp["bio"]), len(lines)))
    py = max(yb + 24, cy + OUTER + 16)
    yp, x0, w = plate(d, py, sp["name"], side)
    return yp + 10


def frame(d, top, bot, tabr, right_post=True):
    """The talk frame: a line from the tab to a dot at the right, the left edge, a foot with a cut corner."""
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.line([(tabr, top + 12), (X1 - 120, top + 12)], fill=DIM, width=2)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=HON)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=TURQ, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


# titles the designer broke by hand, where the even break would fall badly (the lines joined, with a space
# between Latin words as printed, give the title)
BREAKS = {
    "XFS在线修复（online fsck）的工程实践与评估": ["XFS在线修复（online fsck）", "的工程实践与评估"],
    "Rust in the Kernel: Two Years of Shipping Drivers": ["Rust in the Kernel:", "Two Years of Shipping Drivers"],
}


def title_lines(d, title, f):
    """The title's lines: as broken by hand in BREAKS, else after '：' where it has one, else evenly
    (posters-blind-137's: set 131's, without its bracketed-gloss rule, which no title here needs)."""
    if title in BREAKS:
        assert title in (" ".join(BREAKS[title]), "".join(BREAKS[title]))
        return [fits(d, ln, f, 780) for ln in BREAKS[title]]
    return wrap_nicely(d, title, f, 780)


def talk_card(im, d, y, s, log, chev_x):
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 48
    tf = font(38, True)
    tl = title_lines(d, s["title"], tf)
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=HON)
    for ln in tl:
        d.text((X0 + 46, y), ln, font=tf, fill=WHITE)
        y += 58
    log.append(("title", s["title"], len(tl)))
    y += 40
    for i, sp in enumerate(s["sp"]):
        if i:
            y += 50
        y = speaker_block(im, d, y, sp, log)
    bot = y + 60
    frame(d, top, bot, tabr)
    return bot + 56


def open_band(d, y, s):
    """The opening band of 主论坛: the range in the digital face, '>>>', the label at the right
    (posters-blind-131's, recoloured)."""
    h = 84
    hgrad(d, X0, y, X1, y + h, TAB0, (46, 26, 14))
    d.rectangle([X0, y, X1, y + h], outline=(255, 236, 200), width=2)
    seg_text(d, X0 + 34, y + 20, rng(s), 44, WHITE)
    arrows(d, 660, y + h / 2, True, WHITE)
    rtext(d, X1 - 70, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


def label_bar(d, y, text):
    """A bar inside the round-table frame, as on the real 主论坛: arrows at both ends, the label centred;
    a tick on the frame's left edge level with it (posters-blind-131's, recoloured)."""
    x0, x1, h = X0 + 110, X1 - 110, 76
    hgrad(d, x0, y, x1, y + h, (196, 124, 36), (46, 26, 14))
    d.rectangle([x0, y, x1, y + h], outline=FRAME, width=2)
    arrows(d, x0 + 32, y + h / 2, True, WHITE, 3, 12)
    arrows(d, x1 - 32, y + h / 2, False, WHITE, 3, 12)
    ctext(d, W / 2, y + 10, text, font(40, True), WHITE)
    d.rectangle([X0 - 8, y + h / 2 - 3, X0 + 22, y + h / 2 + 3], fill=HON)
    return y + h


def person(d, y, sp):
    """A round-table person: the name (padded, honey) over one small line (posters-blind-131's, recoloured)."""
    ctext(d, W / 2, y, pad(sp["name"]), font(44, True), (250, 196, 96))
    ctext(d, W / 2, y + 66, sp["company"], font(22), PALE)
    return y + 118


def panel_card(im, d, y, s, log, chev_x):
    """The round table as the real 主论坛 prints it: tab and frame, a bar '圆桌论坛', the title centred in
    honey, a bar '主持人' over the moderator, a bar '嘉　宾' over the guests, each a name over a small line
    (posters-blind-131's, recoloured)."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 70
    y = label_bar(d, y, "圆桌论坛") + 46
    f = font(40, True)
    tl = wrap_nicely(d, s["title"], f, 760)
    d.rectangle([X0 - 8, y + 24, X0 + 22, y + 30], fill=HON)
    for ln in tl:
        ctext(d, W / 2, y, ln, f, (250, 196, 96))
        y += 62
    log.append(("title", s["title"], len(tl)))
    y += 44
    y = label_bar(d, y, "主持人") + 34
    y = person(d, y, s["sp"][0]) + 20
    y = label_bar(d, y, "嘉　宾") + 34
    for sp in s["sp"][1:]:
        y = person(d, y, sp)
    bot = y + 50
    frame(d, top, bot, tabr)
    return bot + 56


def break_card(im, d, y, s, chev_x):
    """A tea break: chevrons, the tab, a short frame holding a plate with the label alone (as the real card)."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 40
    f = font(42, True)
    x0, w = X0 + 46, 340
    d.rectangle([x0, y, x0 + w, y + 78], fill=PLATE, outline=HON, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=HON, width=3)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=HON, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=HON)
    ctext(d, x0 + w / 2, y + 10, pad(s["title"]), f, WHITE)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=HON)
    return bot + 40


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(246, 236, 220), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 44, y + h / 2, 24, WHITE)
        f = font(30, True, serif=True)
        d.text((x + 80, y + 18), fits(d, SCHOOL, f, w - 90), font=f, fill=WHITE)
        d.text((x + 82, y + 66), fits(d, SCHOOL_MARK, font(11, True), w - 90), font=font(11, True), fill=PALE)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
    if len(parts) == 2:
        f1, f2 = font(34, True), font(18, True)
        ctext(d, x + w / 2, y + 14, parts[0], f1, WHITE)
        ctext(d, x + w / 2, y + 62, "  ".join(parts[1]), f2, WHITE)
        return
    size = 38 if name.isascii() else 36
    f = font(size, True, serif=(rnd.random() < 0.25 and not name.isascii()))
    while tw(d, name, f) > w - 40:
        size -= 2
        f = font(size, True)
    mark = rnd.random() < 0.5 and tw(d, name, f) + 52 <= w - 30
    tw_ = tw(d, name, f) + (52 if mark else 0)
    tx = x + (w - tw_) / 2
    if mark:
        d.ellipse([tx, y + h / 2 - 18, tx + 36, y + h / 2 + 18], outline=WHITE, width=4)
        d.ellipse([tx + 12, y + h / 2 - 6, tx + 24, y + h / 2 + 6], fill=WHITE)
        tx += 52
    d.text((tx, y + h / 2 - size * 0.7), fits(d, name, f, w - 30), font=f, fill=WHITE)


def units(d, y, names):
    bw, bh, gx, gy = 334, 104, 50, 40
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def foot_plate(im, d, y, text):
    w, h = 660, 96
    x0 = W / 2 - w / 2
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (46, 26, 14), (244, 184, 80))
    hgrad(d, x0, y, x0 + w, y + h, (204, 130, 36), (70, 40, 22))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=HOLE)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=TURQ, width=6)
    slant_text(im, 0, y + 10, text, font(52, True), WHITE, 0.18, cx=W / 2)
    return y + h



def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 90
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 90
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 200, y, W / 2 + 200, y + 400], outline=WHITE, width=3)
    d.rectangle([W / 2 - 180, y + 20, W / 2 + 180, y + 380], fill=WHITE)
    qrcode(d, W / 2 - 160, y + 40, 320, 3617)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "200份现场纪念品，签到领取，先到先得", font(30), PALE)
    ctext(d, W / 2, y + 52, "活动最终解释权归主办方所有", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "相约侨乡江门 · 共探 Linux 内核", font(54, True), TURQ, 0.18, cx=W / 2)
    return int(y + 620)


def skyline(im, h):
    """The foot: Jiangmen.  At the left two Kaiping watchtowers (diaolou: tall plain shafts with small barred
    windows, a wider top storey carried out on brackets, corner turrets and an arched crown); in the middle the
    great banyan of 'Birds' Paradise' (a broad low canopy on many trunks and aerial roots, birds over it); modern
    towers at the right and beyond; the Xi river's ripples in front."""
    d = ImageDraw.Draw(im)
    base = h - 40
    far = (58, 34, 20)
    for bx, bw, bh in [(180, 60, 210), (760, 80, 300), (850, 60, 240), (930, 110, 350), (30, 60, 170)]:
        d.rectangle([bx, base - bh, bx + bw, base], fill=far)  # modern towers beyond
        for wy in range(base - bh + 18, base - 60, 30):
            for wx in range(bx + 10, bx + bw - 12, 20):
                if (wx * 3 + wy) % 5:
                    d.rectangle([wx, wy, wx + 8, wy + 12], fill=(250, 220, 150))
    ink, edge = (34, 18, 10), HON
    # the banyan: trunks and aerial roots under a broad, low canopy of overlapping crowns
    cx = 590
    for k in range(-4, 5):
        tx = cx + k * 34
        d.rectangle([tx - 6, base - 120, tx + 6, base], fill=ink)
        d.line([(tx + 14, base - 150), (tx + 14, base - 30)], fill=(80, 50, 30), width=2)  # an aerial root
    rnd = random.Random(3617)
    for _ in range(26):
        ox, oy = cx + rnd.randrange(-230, 230), base - 170 + rnd.randrange(-60, 30)
        r = rnd.randrange(40, 70)
        d.ellipse([ox - r, oy - r * 0.7, ox + r, oy + r * 0.7], fill=ink, outline=(74, 46, 26), width=2)
    for _ in range(9):  # birds over the tree
        bx, by = cx + rnd.randrange(-260, 260), base - 300 - rnd.randrange(0, 90)
        d.line([(bx - 10, by - 5), (bx, by), (bx + 10, by - 5)], fill=TURQ, width=2)
    # two watchtowers at the left
    for tx, tw_, th in ((250, 74, 300), (380, 60, 236)):
        x0, x1, top = tx - tw_ // 2, tx + tw_ // 2, base - th
        d.rectangle([x0, top, x1, base], fill=ink)
        d.line([(x0, top), (x0, base)], fill=edge, width=2)
        for wy in range(top + 40, base - 40, 56):  # small barred windows
            d.rectangle([tx - 7, wy, tx + 7, wy + 18], fill=(250, 220, 150))
            d.line([(tx, wy), (tx, wy + 18)], fill=ink, width=2)
        d.polygon([(x0, top), (x1, top), (x1 + 16, top - 18), (x0 - 16, top - 18)], fill=ink)  # brackets
        d.rectangle([x0 - 16, top - 70, x1 + 16, top - 18], fill=ink)  # the wider top storey
        d.line([(x0 - 16, top - 18), (x1 + 16, top - 18)], fill=edge, width=3)
        for cxx in (x0 - 16, x1 + 16):  # corner turrets
            d.rectangle([cxx - 10, top - 96, cxx + 10, top - 40], fill=ink)
            d.ellipse([cxx - 10, top - 108, cxx + 10, top - 88], fill=ink)
        d.chord([x0 + 4, top - 126, x1 - 4, top - 40], 180, 360, fill=ink)  # the arched crown
        d.arc([x0 + 4, top - 126, x1 - 4, top - 40], 180, 360, fill=edge, width=3)
        d.rectangle([tx - 9, top - 62, tx + 9, top - 30], fill=(250, 220, 150))
    for k in range(4):  # the Xi river
        yy = base + 4 + k * 9
        for x in range(0, W, 56):
            d.arc([x + (k % 2) * 28, yy - 7, x + 56 + (k % 2) * 28, yy + 7], 200, 340, fill=TURQ, width=2)
    ctext(d, W / 2, h - 28, SCHOOL, font(20, True, serif=True), (252, 246, 238))


def background(w, h):
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (240, 172, 70), 0.24)
    im = glow(im, 100, 1200, 300, (96, 210, 200), 0.14)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (240, 172, 70) if k % 2 else (96, 210, 200), 0.12)
    im = glow(im, 540, h - 300, 500, (240, 172, 70), 0.16)
    d = ImageDraw.Draw(im)
    rnd = random.Random(3617)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(130, 88, 56), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(250, 244, 236))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(130, 88, 56), width=2)
    skyline(im, h)
    return grain(im, 3617, 0.01)


LOG = {}


def paint_forum(forum):
    """A forum poster: the head, the forum's plate, the host bar, the slots, the foot (posters-blind-131's, which
    draws 主论坛's opening band and round table too)."""
    name, hall, host, slots = forum

    def paint(im, d):
        log = []
        y = header(im, d, hall)
        y = forum_plate(im, d, y, name) + 110
        y = host_bar(d, y, host)
        k = 0  # cards drawn so far (the opening band is no card)
        for s in slots:
            chev_x = 860 if k == 0 else 200
            if s["kind"] == "break" and s["title"] == "开场":
                y = open_band(d, y, s)
                continue
            if s["kind"] == "break":
                y = break_card(im, d, y, s, chev_x)
            elif s["kind"] == "panel":
                y = panel_card(im, d, y, s, log, chev_x)
            else:
                y = talk_card(im, d, y, s, log, chev_x)
            k += 1
        LOG[name] = log
        return footer(im, d, y + 130)

    return paint


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through set 137)."""
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



def listing_forums():
    """CLK2025's forum names: its repository's folders without their numbers ('3 文件系统与存储分论坛/…'), in
    folder order, when the corpus is there (new here)."""
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as fh:
        paths = [ln.split("\t")[0] for ln in fh.read().splitlines()[1:]]
    folders = sorted({q.split("/")[0] for q in paths if "/" in q}, key=lambda f: int(f.split(" ")[0]))
    return [f.split(" ", 1)[1] for f in folders]


NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -131, -145): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('赵　婧' -> 赵婧, '马　骞' -> 马骞, '郭　晨' -> 郭晨, "
    "'Felix Hartmann' -> FelixHartmann); host is the chair printed for the forum covering the slot, null for breaks; "
    "start/end always HH:MM on a 24-hour clock; break titles as printed with the padding removed ('开场'; the tea "
    "break's plate prints '茶　歇', given '茶歇'). ONE invented edition, CLK 3617 (第1612届, 江门, host school 五邑大学 "
    "with its 计算机学院 at the top right, Saturday 3617-10-28), printed as CLK2024's repository holds its forums: ONE "
    "POSTER PER FORUM, each named by its forum, here THREE of CLK2025's forum names as its repository's folders spell "
    "them without their numbers: '主论坛.webp' (the morning, 09:00-12:15), '文件系统与存储分论坛.webp' and "
    "'硬件架构与异构计算分论坛.webp' (the two in parallel in the afternoon, each from 14:00). There is no whole-agenda "
    "picture, so every talk is on one picture only and is listed once; every forum's date is the edition's; each "
    "poster is one entry holding its one forum. 25 scored talks (24 talks, of them the opening address '嘉宾致辞', and "
    "1 round table, kind 'panel'; 7 + 9 + 9 per poster) and 4 breaks ('开场' 09:00-09:05 and '茶歇' 10:30-10:45 on "
    "主论坛; one '茶歇' per afternoon forum: 15:40-16:00 and 15:15-15:35). Every forum ends with its last slot (12:15, "
    "17:40, 17:35); 主论坛 prints no lunch. THE HEAD (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the "
    "seal, '五邑大学' / '计算机学院' and 'School of Computer Science, Wuyi University', '第1612届中国' / "
    "'Linux内核开发者大会', the ring '3617' / 'CLK', the date pill '3617年10月28日' + pin + '江门', '地址：' over the "
    "forum's hall) and THE FOOT ('赞助单位', '支持单位', '支持媒体' on plates over word-mark boxes, the QR code, '扫码报名', "
    "two caption lines '200份现场纪念品，签到领取，先到先得' and '活动最终解释权归主办方所有', the slogan '相约侨乡江门 · "
    "共探 Linux 内核', the skyline and the school's name) are no part of any forum, talk or slot; company names in the "
    "foot's boxes are nobody's affiliation. The forum is the name on the slanted plate under the head. The HOST is "
    "the name in the bar '>>>　主持人：name　<<<' (梁伟明 for 主论坛, 徐慧敏 for 文件系统与存储分论坛, 郑文辉 for "
    "硬件架构与异构计算分论坛); the line '·　unit　·' under it is nobody's affiliation. 主论坛 opens with a BAND "
    "'09:00-09:05 >>> 开场' (the range in the digital face, no speaker): a break. Each card after a pair of V marks "
    "(the first at the right, the others at the left): the RANGE on a TAB at the top left of a frame, drawn in a "
    "SEGMENTED seven-segment 'digital' face, as the organisers' forum posters print ranges; the range on a tab belongs "
    "to the frame under it. In a talk's frame the bold title, then per speaker a BIOGRAPHY at the left, a ringed "
    "round photo at the right and the framed NAME PLATE under them, at the left or at the right (under the photo) as "
    "on the real cards. '嘉宾致辞' (09:05-09:15) is a talk of 陈永强 (the school's vice-president, a 12-line biography "
    "in three paragraphs). A TEA BREAK is a tab over a short frame holding a plate with the label alone, '茶　歇', as "
    "the real card prints it. AFFILIATIONS: like the real 2024 cards the talks print NO company line, so every talk's "
    "affiliations are [] although each biography names the speaker's company or school; biographies are nowhere in "
    "the truth, and the companies, schools, programmes and people they name (former employers 华为终端 (for 王海澄), "
    "中兴通讯 (for 胡志伟), 新浪, 海思, 联想, AMD 上海研发中心; schools 华南理工大学 and 香港理工大学 (for 陈永强), 电子科技大学, "
    "西安电子科技大学, 北京邮电大学, 上海交通大学, 复旦大学; 'Red Hat', 'Brno', 'RHEL', 'Linux Foundation' in the English "
    "biography; 'deepin 社区', '千百十工程', 'openEuler' inside biographies) are no speakers and no affiliations. TWO "
    "SPEAKERS of one talk (five talks) are two biography-photo-plate blocks one under the other in ONE frame under "
    "ONE title and ONE tab, both plates at the left as on the real two-speaker cards; they are given top then "
    "bottom: 张庆华 then 刘雅琪 (both 阿里云) in 主论坛; 林晓东 then 冼嘉欣 (both 浪潮信息) and 张明轩 then 罗佳怡 (both "
    "百度智能云) in 文件系统与存储分论坛; 杨思衡 (中国科学院软件研究所) then 郭晨 printed '郭　晨' (奕斯伟计算), two "
    "organisations, and 谢宏亮 then 李静雯 (both 海光信息; 李静雯 a ONE-line biography) in 硬件架构与异构计算分论坛. The "
    "second block's name belongs to the same talk, not to the next frame. THE ROUND TABLE (主论坛, 11:35-12:15, kind "
    "'panel') as the real 主论坛 prints one: a tab and a frame, a bar '>>> 圆桌论坛 <<<' (a label, no part of the "
    "title), the title centred in honey over two lines ('芯片、系统与应用：' / '内核开发者的下一个十年' -> "
    "'芯片、系统与应用：内核开发者的下一个十年'), a bar '主持人' over the moderator, a bar '嘉　宾' over four guests, each a "
    "honey name over ONE small line; its speakers are the moderator and then the guests in printed order (邝志雄, "
    "黄立衡, 赵婧 printed '赵　婧', 吴卫国, 周子钧) and its affiliations those small lines exactly as printed, one per "
    "person ('五邑大学计算机学院副院长', '华为 openEuler 技术委员会委员', '龙芯中科系统软件部副总经理', "
    "'中国科学院软件研究所 研究员', 'vivo 内核与虚拟化团队负责人'); the moderator is not the forum's host (梁伟明); the bars' "
    "labels '主持人' and '嘉　宾' are no names. Two-character names are printed PADDED with an ideographic space on "
    "their plates and in the round table ('马　骞', '郭　晨', '赵　婧') and given without it. TITLES over two lines are "
    "one title: joined without a space inside Chinese text and after '：' ('面向智能终端的内核功耗治理：' / "
    "'从实验室到上亿台设备'; 'GPU与NPU共享虚拟内存：' / 'HMM在异构计算中的实践'); after a closing bracket as typed "
    "('XFS在线修复（online fsck）' / '的工程实践与评估' -> 'XFS在线修复（online fsck）的工程实践与评估', broken by hand "
    "so that the bracket stays whole); with a space between Latin words ('Rust in the Kernel:' / 'Two Years of "
    "Shipping Drivers', broken by hand after the colon; 'Atomic Writes for Databases:' / 'From NVMe to ext4 and XFS'; "
    "'Confidential VMs on Arm:' / 'Bringing Up Linux under CCA'; 'Taming Interrupt Storms' / 'on Many-Core Arm "
    "Servers'). Most titles are typed running Latin into Chinese WITHOUT a space ('鲲鹏服务器上SMMU性能瓶颈的分析与优化', "
    "'overlayfs的volatile挂载与容器写放大治理'), some with one ('RISC-V AIA中断架构…', 'CXL Type 3内存设备…', "
    "'NFS over RDMA在AI训练集群中…'), as the organisers' cards are typed; the truth keeps them as typed. ENGLISH-ONLY "
    "titles (5): 'Rust in the Kernel: Two Years of Shipping Drivers' (the LATIN Felix Hartmann of Red Hat, an ENGLISH "
    "biography in two paragraphs, plate at the right, name left-aligned on it), 'Atomic Writes for Databases: From "
    "NVMe to ext4 and XFS' (孙宇航), 'Btrfs Scrub and Repair at Petabyte Scale' (the LATIN Till Bergmann of SUSE, a "
    "CHINESE biography, plate at the left), 'Confidential VMs on Arm: Bringing Up Linux under CCA' (钟文韬), 'Taming "
    "Interrupt Storms on Many-Core Arm Servers' (the LATIN Rafael Souza of Arm, a Chinese biography, plate at the "
    "left). Latin names lose their space. Biographies of 1 to 12 lines, some in paragraphs. Talks of 20 and 25 "
    "minutes and a 10-minute address; the round table 40 minutes; tea breaks of 15 and 20 minutes. SURNAMES in the "
    "proportions of a real Chinese conference: of the 34 Chinese names 王 and 李 three each, 张, 刘, 陈, 赵, 吴 and 周 "
    "two each, then one each of 黄, 杨, 徐, 孙, 马, 胡, 郭, 罗, 高, 林, 梁, 郑, 谢, 钟; the only uncommon ones are 邝 "
    "(邝志雄, the round table's moderator) and 冼 (冼嘉欣), two surnames of the Jiangmen and Taishan region. No person "
    "is printed twice."
)
LAYOUTS = {
    "主论坛.webp": "FORUM POSTER of 主论坛 (host 梁伟明, 五邑大学计算机学院院长、教授; hall 五邑大学 学术交流中心一楼报告厅) "
                "in the organisers' 2024 forum-poster family recoloured: an ESPRESSO ground with HONEY frames, "
                "amber-to-espresso tabs and plates and TURQUOISE accents. The band '09:00-09:05 >>> 开场'; '嘉宾致辞' "
                "by 陈永强 (五邑大学 vice-president, 12 lines in three paragraphs, plate at the right); 王海澄 (title "
                "broken after '：', plate at the right); the English title of the LATIN Felix Hartmann (Red Hat, an "
                "English biography of 10 lines, plate at the right); 张庆华 over 刘雅琪 (both 阿里云, both plates left); "
                "'茶　歇' 10:30-10:45; 李建伟 (plate at the left); 王立峤 (title broken after '：', plate at the "
                "right); the ROUND TABLE 11:35-12:15 '芯片、系统与应用：内核开发者的下一个十年' with the moderator 邝志雄 "
                "and four guests (黄立衡, '赵　婧', 吴卫国, 周子钧), each over one small line. No lunch.",
    "文件系统与存储分论坛.webp": "FORUM POSTER of 文件系统与存储分论坛 (host 徐慧敏, 阿里云操作系统团队存储内核技术专家, a "
                          "company host; hall 五邑大学 图书馆二楼学术报告厅): 9 talks 14:00-17:40 (four of 25 minutes, "
                          "five of 20) and 茶歇 15:40-16:00. 孙宇航 (English title); 胡志伟 (title broken by hand after "
                          "the bracket, 10 lines in three paragraphs, plate at the right); the LATIN Till Bergmann "
                          "(SUSE, English title, Chinese biography, plate at the left); 林晓东 over 冼嘉欣 (both "
                          "浪潮信息); 茶歇; 李晓婷 (a two-line biography); '马　骞' (plate at the right); 周俊杰; 张明轩 "
                          "over 罗佳怡 (both 百度智能云); 王梓睿 (a PhD student, a two-line biography).",
    "硬件架构与异构计算分论坛.webp": "FORUM POSTER of 硬件架构与异构计算分论坛 (host 郑文辉, 华南理工大学计算机科学与工程学院"
                           "教授, a teacher of another university; hall 五邑大学 学术交流中心三楼报告厅): 9 talks "
                           "14:00-17:35 (three of 25 minutes, six of 20) and 茶歇 15:15-15:35. 刘海川 (plate at the "
                           "right); 杨思衡 (中国科学院软件研究所) over '郭　晨' (奕斯伟计算); 吴启铭 (8 lines in three "
                           "paragraphs, plate at the right); 茶歇; 钟文韬 (English title); 高志航 (title broken after "
                           "'：', plate at the right); 谢宏亮 over 李静雯 (both 海光信息, a ONE-line biography); the "
                           "LATIN Rafael Souza (Arm, English title, Chinese biography, plate at the left); 陈思岑 (plate "
                           "at the right); 赵一澍.",
}
EXPECTED_LINES = {
    "面向智能终端的内核功耗治理：从实验室到上亿台设备": 2,
    "Rust in the Kernel: Two Years of Shipping Drivers": 2,
    "从用户报告到上游修复：发行版内核的缺陷闭环": 2,
    "芯片、系统与应用：内核开发者的下一个十年": 2,
    "Atomic Writes for Databases: From NVMe to ext4 and XFS": 2,
    "XFS在线修复（online fsck）的工程实践与评估": 2,
    "Confidential VMs on Arm: Bringing Up Linux under CCA": 2,
    "GPU与NPU共享虚拟内存：HMM在异构计算中的实践": 2,
    "Taming Interrupt Storms on Many-Core Arm Servers": 2,
}


# ===========================================================================
def aff_of(s):
    """A slot's affiliations: the round table's small lines, one per person, exactly as printed; [] for a talk,
    as the cards print no company line (biographies are never affiliations).  posters-blind-131's."""
    if s["kind"] == "panel":
        return [sp["company"] for sp in s["sp"]]
    return []


def truth_slot2(s):
    """A slot as truth.json gives it.  Titles as printed (a break's padding '茶　歇' removed)."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": aff_of(s),
            "host": s["host"] and plain(s["host"])}


def forum_truth2(forum):
    return {"forum": forum[0], "date": DATE, "slots": [truth_slot2(s) for s in forum[3]]}


def fn_of(name):
    return name + ".webp"


def layout(fn, size):
    return "%s (第1612届), 江门, %s (WebP q85, %d x %d): " % ((EDITION, DATE) + size) + LAYOUTS[fn]


def check_lines(lines, bios):
    """The title breaks the notes name, and the spread of biography lengths."""
    for t, k in EXPECTED_LINES.items():
        assert lines[t] == k, (t, lines[t], k)
    assert sum(1 for k in lines.values() if k > 1) == len(EXPECTED_LINES), lines
    n = [b[2] for b in bios]
    assert min(n) <= 1 and max(n) >= 10, n


COMMON = set("王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
             "钟")  # the fifty commonest surnames and 钟


def check(posters):
    """A Saturday; three of CLK2025's forum names; nobody printed twice; no real name or deck title; slots
    contiguous; no company lines on talks; the brief's ingredients."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == FORUM_NAMES
    names = listing_forums()
    if names is not None:
        assert all(n in names for n in FORUM_NAMES), names
        assert sorted(FORUM_NAMES, key=names.index) == FORUM_NAMES
    people = []
    for _, _, host, slots in FORUMS:
        people.append(plain(host[0]))
        people += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    real = listing_words()
    titles = [s["title"] for f in FORUMS for s in f[3] if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in people + titles:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [p["file"] for p in posters] == [fn_of(n) for n in FORUM_NAMES]
    for p in posters:
        assert p["date"] == DATE and len(p["forums"]) == 1
        f = p["forums"][0]
        assert f["date"] == DATE and fn_of(f["forum"]) == p["file"]
        ends = [(s["start"], s["end"]) for s in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        breaks = [s["title"] for s in f["slots"] if s["kind"] == "break"]
        if f["forum"] == "主论坛":
            assert ends[0][0] == "09:00" and ends[-1][1] <= "12:30" and breaks == ["开场", "茶歇"], (ends, breaks)
        else:
            assert ends[0][0] == "14:00" and breaks == ["茶歇"], (ends, breaks)
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
            assert s["start"] < s["end"]
            assert s["kind"] in ("talk", "break", "panel")
            assert (s["affiliations"] == []) == (s["kind"] != "panel")
    talks = [s for f in FORUMS for s in f[3] if s["kind"] == "talk"]
    for s in talks:
        assert 1 <= len(s["sp"]) <= 2
        for sp in s["sp"]:
            assert sp["side"] in ("L", "R") and sp["bio"] and sp["line"] is None
            assert sp["side"] == "L" or len(s["sp"]) == 1  # two-speaker cards keep both plates at the left
    assert sum(1 for s in talks if len(s["sp"]) == 2) == 5
    assert sum(1 for s in talks if s["title"].isascii()) == 5
    assert sum(1 for s in talks for sp in s["sp"] if latin(sp["name"])) == 3
    two = [p for p in people if len(p) == 2 and not p.isascii()]
    assert sorted(two) == sorted(["赵婧", "马骞", "郭晨"]), two  # printed padded
    sur = [p[0] for p in people if not p.isascii()]
    rare = [p for p in people if not p.isascii() and p[0] not in COMMON]
    assert sorted(r[0] for r in rare) == sorted("邝冼"), rare  # the only uncommon surnames
    assert sur.count("王") == sur.count("李") == 3 and len(sur) == 34, sur
    top = sum(1 for c in sur if c in "王李张刘陈")
    assert top * 10 >= len(sur) * 3, (top, len(sur))  # three in ten or more carry the five commonest
    return sum(1 for f in FORUMS for s in f[3] if s["kind"] in ("talk", "panel"))


def main():
    posters = []
    for forum in FORUMS:
        fn = fn_of(forum[0])
        im = two_pass(W, paint_forum(forum), background)
        path = os.path.join(HERE, fn)
        assert im.size[0] == W
        im.save(path, "WEBP", quality=85, method=4)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert 12800 <= im.size[1] <= 15400, (fn, im.size)
        assert size < 1.5e6, (fn, size)
        posters.append({"file": fn, "layout": layout(fn, im.size), "date": DATE, "forums": [forum_truth2(forum)]})
    n = check(posters)
    print("scored talks", n, "breaks", sum(1 for p in posters for s in p["forums"][0]["slots"] if s["kind"] == "break"))
    assert 24 <= n <= 34, n
    lines = {t[1]: t[2] for log in LOG.values() for t in log if t[0] == "title"}
    print("titles over 2+ lines:", {t: k for t, k in lines.items() if k > 1})
    bios = [(t[0], t[1], t[2]) for log in LOG.values() for t in log if t[0] != "title"]
    print("bios (name, chars, lines):", bios)
    check_lines(lines, bios)
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
