"""Draw the hundred-and-forty-fifth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 3451 (第1446届, 安阳, 安阳工学院, Saturday 3451-10-25),
printed as CLK2024's repository prints its forums: ONE POSTER PER FORUM, named by the
forum.  The forums are CLK2022's four, as its README names them: 主论坛 (the morning),
then 处理器架构与调度分论坛, 内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛' in parallel
in the afternoon.  All WebP, 1080 px wide and as tall as the real ones, in the family
of the organisers' 2024 forum posters (slanted title, 'CLK' ring, date pill, forum
plate, host bar, range tabs in a segmented face, frames with biography, ringed photo
and name plate, no company line; 主论坛 with an opening band and a round table), in a
NEW colour scheme: a BOTTLE-GREEN ground with COPPER frames, copper-to-green tabs and
SAGE accents.

This file starts from posters-blind-137/draw.py (helpers copied unchanged, painters
recoloured) and takes the 主论坛 painters from posters-blind-131/draw.py; see README.md.
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
# helpers copied unchanged from posters-blind-137/draw.py, which has them unchanged from posters-blind-131/draw.py
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
# CLK 3451 (第1446届), 安阳, 安阳工学院, Saturday 3451-10-25.  ONE edition, its four forum posters, named by CLK2022's
# four forum names as its README prints them (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf
# 分论坛'), as CLK2024's repository holds one poster per forum.  主论坛 in the morning, the other three in parallel
# in the afternoon from 14:00.
EDITION = "CLK 3451"
YEAR = "3451"
NTH = "第1446届中国"
DATE = "3451-10-25"
DATE_PRINTED = "3451年10月25日"
CITY = "安阳"
SCHOOL = "安阳工学院"
SCHOOL_UNIT = "计算机科学与信息工程学院"
SCHOOL_EN = "School of Computer Science and Information Engineering"
SCHOOL_MARK = "ANYANG INSTITUTE OF TECHNOLOGY"


def P(name, bio, side):
    """A talk's speaker: the biography the card prints (a '\\n' starts a new paragraph on a new line, as the real
    cards break theirs) and the side of his name plate ('R' under the photo, the biography running wide under it;
    'L' under the biography).  No company line: the real cards print none.  From posters-blind-137/draw.py."""
    return S(name, None, None, bio, side=side, line=None)


def G(name, line):
    """A round-table person as the real 主论坛 prints one: the name over ONE small line (company and job as
    typed, kept whole as the affiliation).  From posters-blind-131/draw.py (posters-blind-125's, 101's)."""
    return S(name, line, None)


def R(start, end, title, moderator, guests, host):
    """A round table: a bar '圆桌论坛' (a label), the title, a bar '主持人' over the moderator, a bar '嘉　宾'
    over the guests.  Its speakers are the moderator and then the guests.  From posters-blind-131/draw.py."""
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "host": host, "guests": len(guests)}


H1 = "仝保军"
MAIN = ("主论坛", "安阳工学院 图书馆一楼学术报告厅", (H1, "安阳工学院计算机科学与信息工程学院院长、教授"), [
    B("09:00", "09:05", "开场"),
    T("09:05", "09:20", "嘉宾致辞", [P(
        "李卫东",
        "安阳工学院副校长，教授，硕士生导师，河南省学术技术带头人。长期从事嵌入式系统与工业控制软件方面的"
        "教学与科研工作，主持完成国家自然科学基金项目、河南省重大科技专项等科研项目十余项，发表学术论文六十"
        "余篇，授权发明专利二十余项，获河南省科技进步奖二等奖两项。\n"
        "兼任河南省计算机学会常务理事、河南省高等学校计算机类专业教学指导委员会委员、安阳市信息化专家咨询"
        "委员会主任委员。近年来推动学校与国内多家操作系统与芯片企业共建开源操作系统人才培养基地和联合实验室，"
        "牵头建设河南省工业嵌入式软件工程技术研究中心，指导学生在全国大学生计算机系统能力大赛、"
        "“挑战杯”等竞赛中获国家级奖项二十余项。\n"
        "曾获河南省教学名师、河南省优秀教师等称号。", "R")], H1),
    T("09:20", "09:50", "从参与者到维护者：中国开发者在上游内核社区的十年", [P(
        "王志坚",
        "华为 Linux 内核首席专家，openEuler 技术委员会委员。2008 年起参与 Linux 内核开发，先后从事文件"
        "系统、内存管理与内核稳定性工作，长期在上游社区担任多个子系统的 Reviewer。\n"
        "近年来负责华为内核团队的上游贡献与社区协作，推动国内企业开发者参与补丁评审和子系统维护，也在多所"
        "高校开设过内核开发课程。曾多次在 Linux Plumbers Conference、Open Source Summit 等国际会议上发表"
        "演讲，介绍国内开发者在内存管理与文件系统领域的上游工作。\n"
        "2004 年硕士毕业于哈尔滨工业大学。", "R")], H1),
    T("09:50", "10:20", "Mainline First: Keeping Arm Servers Bootable Across Releases", [P(
        "Tobias Richter",
        "Tobias is a Tech Lead in the Linaro Kernel Working Group, based in Munich. He runs the continuous "
        "boot and regression testing that Linaro provides for Arm servers and has reported and fixed hundreds "
        "of regressions found between rc releases.\n"
        "Before Linaro he worked on firmware and ACPI support for Arm platforms at a server vendor, and he still "
        "reviews patches for the Arm64 ACPI code. This is his second visit to China.", "R")], H1),
    T("10:20", "10:50", "在离线混部集群的内核资源隔离：三年实践回顾", [
        P("张泽宇",
          "腾讯 TencentOS 内核团队技术专家，负责在离线混部场景下的 CPU、内存与 IO 隔离方案，主导了混部"
          "集群内核的多次大版本升级。", "L"),
        P("刘思彤",
          "腾讯 TencentOS 内核团队工程师，负责混部集群的内核可观测性与干扰检测。", "L")], H1),
    T("10:50", "11:20", "PREEMPT_RT进入主线之后：车载实时Linux的落地", [P(
        "陈奕航",
        "地平线操作系统团队负责人，负责智能驾驶计算平台的 Linux 内核与实时性保障，带领团队完成了多代车载"
        "芯片的内核 BSP 与 PREEMPT_RT 适配，在量产车型上实现了毫秒级确定性时延。此前在中兴通讯从事电信"
        "级嵌入式 Linux 开发。\n"
        "他也是国内车载 Linux 开源社区的发起人之一，参与编写了多份车载操作系统的行业技术规范。", "R")], H1),
    R("11:20", "12:00", "国产算力时代的操作系统内核：协作与人才培养",
      G("周学斌", "安阳工学院计算机科学与信息工程学院副院长"),
      [G("王晓岚", "华为 openEuler 内核技术专家"),
       G("李军", "龙芯中科内核组负责人"),
       G("赵舒婷", "阿里云 龙蜥社区技术委员会委员"),
       G("孙振邦", "河南大学计算机与信息工程学院教授"),
       G("冯立业", "统信软件内核研发部高级经理")], H1),
])

H2 = "刘建峰"
ARCH = ("处理器架构与调度分论坛", "安阳工学院 计算机楼二楼报告厅", (H2, "龙芯中科技术股份有限公司基础软件部总监"), [
    T("14:00", "14:25", "LoongArch平台perf与PMU事件支持的完善", [P(
        "郑立军",
        "龙芯中科内核组工程师，负责 LoongArch 架构下 perf、硬件性能计数器与调试相关功能的开发和上游"
        "维护，向上游社区提交补丁八十余个。", "L")], H2),
    T("14:25", "14:50", "Proxy Execution: Lessons from Backporting to a Production Kernel", [P(
        "黄晓峰",
        "字节跳动 STE 团队内核工程师，专注于 CFS/EEVDF 调度器与锁相关的性能问题，参与了 proxy execution "
        "补丁集在公司内部内核中的评估与回合工作。\n"
        "2016 年毕业于武汉大学。", "R")], H2),
    T("14:50", "15:15", "多die处理器上的调度域划分与cluster调度实践", [
        P("何宇轩",
          "华为操作系统内核实验室技术专家，负责鲲鹏处理器的调度与拓扑支持，参与了 cluster 调度域相关补丁的"
          "上游开发与评审。", "L"),
        P("许梦瑶",
          "华为操作系统内核实验室工程师，负责调度性能测试平台的建设。", "L")], H2),
    T("15:15", "15:40", "RISC-V向量扩展上下文切换开销的优化", [P(
        "张浩然",
        "中国科学院软件研究所智能软件研究中心助理研究员，主要研究方向为 RISC-V 操作系统支持与性能优化，"
        "参与 RISC-V 向量扩展在 Linux 内核中的惰性保存、内核态使用等功能的开发，多次在 RISC-V 国际峰会"
        "上做技术报告。", "R")], H2),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:25", "sched_ext在手机前台交互场景中的调度策略", [P(
        "吴静怡",
        "vivo 内核团队资深工程师，负责手机系统的调度与功耗优化。", "L")], H2),
    T("16:25", "16:50", "混合架构处理器上的大小核调度与能效平衡", [P(
        "郭振华",
        "英特尔亚太研发有限公司操作系统软件工程师，负责客户端处理器在 Linux 上的调度与电源管理支持，参与了 "
        "ITMT、硬件反馈接口（HFI）与 intel_pstate 相关功能的开发与维护。在加入英特尔之前，曾在联想从事笔记本"
        "产品的 BIOS 与内核调试工作。", "R")], H2),
    T("16:50", "17:15", "rt_mutex优先级继承的延迟分析与改进", [
        P("高承宇",
          "中兴通讯操作系统产品部内核架构师，负责电信设备嵌入式实时 Linux 的调度与锁优化，长期从事 "
          "PREEMPT_RT 补丁在自研产品上的移植与维护工作。", "L"),
        P("朱晓彤",
          "浙江大学计算机科学与技术学院博士研究生。", "L")], H2),
    T("17:15", "17:40", "飞腾服务器上的CPU热插拔与RAS错误处理", [P(
        "李昀",
        "飞腾信息技术有限公司系统软件部工程师，负责服务器平台的内核 RAS、APEI 与 CPU 热插拔支持，参与了多款"
        "国产服务器整机的内核适配与稳定性问题攻关。\n"
        "此前在长城科技从事服务器 BMC 固件开发。\n"
        "2015 年硕士毕业于国防科技大学。", "R")], H2),
])

H3 = "杨岚"
MEM = ("内存管理与异构计算分论坛", "安阳工学院 行政楼三楼会议中心", (H3, "郑州大学计算机与人工智能学院副教授"), [
    T("14:00", "14:30", "CXL内存池化：内核中的热插拔与分层管理", [P(
        "徐海滨",
        "阿里云弹性计算团队高级技术专家，负责云服务器内存架构与新型内存技术的研究落地。主导了 CXL 内存扩展"
        "与池化方案在阿里云的验证，推动内存分层、NUMA 平衡与热插拔相关的内核改进，相关补丁已合入上游。\n"
        "此前在英特尔从事 NVDIMM 与持久内存的内核驱动开发，2010 年硕士毕业于浙江大学。", "R")], H3),
    T("14:30", "15:00", "Reducing TLB Shootdowns on Many-Core Servers", [P(
        "韩一鸣",
        "腾讯云内核工程师，负责云主机内存与页表相关的性能优化，关注 TLB 刷新、进程地址空间与 mmap "
        "锁争用问题。", "L")], H3),
    T("15:00", "15:30", "异构加速卡的SVA与IOMMU共享页表实践", [
        P("邓伟杰",
          "海光信息技术股份有限公司内核团队技术专家，负责 IOMMU 驱动与设备直通相关功能的开发，主导了海光平台"
          "上 SVA 的适配与验证。", "L"),
        P("宋嘉禾",
          "海光信息技术股份有限公司内核团队工程师，负责 DCU 加速卡驱动的内存管理。", "L")], H3),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:15", "基于PSI的手机内存压力预测与应用保活", [P(
        "曹欣悦",
        "小米手机系统软件部内核工程师，负责内存管理与性能优化，基于 PSI 与应用使用习惯建立了内存压力预测"
        "模型，降低了中低端机型的后台应用被杀率，方案已在多款机型上量产。", "R")], H3),
    T("16:15", "16:40", "Arm MTE in Production: Overheads and Lessons", [P(
        "Ruben Alvarez",
        "Arm 高级软件工程师，西班牙人，常驻上海，负责 Arm 架构内存安全特性在 Linux 上的使能与优化，与国内"
        "手机和服务器厂商合作推动 MTE 的落地。", "L")], H3),
    T("16:40", "17:05", "NPU驱动中的DMA-BUF共享与零拷贝实践", [P(
        "董昊天",
        "华为昇腾计算业务部驱动开发工程师，负责 NPU 设备驱动的内存管理与跨设备数据共享，熟悉 DMA-BUF、"
        "IOMMU 与设备内存映射机制。\n"
        "董昊天在加入华为之前曾在展锐从事手机 GPU 驱动的开发工作，对移动端图形与显示子系统的内存分配有"
        "较多实践经验，近两年专注于 AI 训练与推理场景下主机内存与设备内存之间的零拷贝数据通路优化。\n"
        "他也是公司内部内核技术讲师，主讲设备驱动与 DMA 映射相关课程。", "R")], H3),
    T("17:05", "17:25", "slab内存碎片的在线统计与治理", [P(
        "田文杰",
        "美团基础研发平台内核工程师。", "L")], H3),
    T("17:25", "17:45", "面向大模型推理的KV Cache内存卸载机制研究", [
        P("马超群",
          "河南大学计算机与信息工程学院副教授，硕士生导师，主要研究方向为存储系统与异构内存管理，主持国家"
          "自然科学基金青年项目一项。", "L"),
        P("朱雅琳", "河南大学硕士研究生。", "L")], H3),
])

H4 = "黄启明"
IO = ("IO 与 ebpf 分论坛", "安阳工学院 图书馆四楼学术交流厅", (H4, "阿里云操作系统团队高级技术专家"), [
    T("14:00", "14:25", "io_uring在数据库存储引擎中的落地与调优", [P(
        "赵博远",
        "蚂蚁集团基础设施部存储内核工程师，负责分布式数据库存储引擎与操作系统 IO 栈的协同优化，推动 "
        "io_uring 在核心数据库集群的全面上线，使写入时延的长尾明显收敛。\n"
        "2014 年硕士毕业于北京航空航天大学。", "R")], H4),
    T("14:25", "14:50", "NVMe多队列中断亲和性的自适应调整", [P(
        "王凯文",
        "浪潮信息存储产品线系统工程师，负责服务器 NVMe 存储的驱动调优与性能测试。", "L")], H4),
    T("14:50", "15:15", "BPF Tokens: Delegating eBPF to Unprivileged Containers", [P(
        "肖雨涵",
        "快手容器云团队内核工程师，负责 eBPF 在容器平台中的安全使用与权限管控，参与了 BPF token 相关功能在"
        "公司内核中的回合与验证。", "L")], H4),
    T("15:15", "15:40", "基于eBPF的块设备IO时延全链路追踪", [
        P("胡明轩",
          "京东云操作系统团队技术专家，负责云盘与本地盘的 IO 性能分析，主导了基于 eBPF 的 IO 全链路"
          "时延追踪工具的研发。", "L"),
        P("罗诗琪",
          "京东云操作系统团队工程师，负责追踪数据的采集与可视化。", "L")], H4),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:25", "FUSE passthrough模式在手机存储中的评估", [P(
        "陈曦",
        "OPPO 存储系统工程师，负责手机文件系统与存储性能优化，熟悉 FUSE、f2fs 与 UFS 驱动。", "L")], H4),
    T("16:25", "16:50", "XDP在DPU卸载场景下的实践与取舍", [P(
        "禹晨曦",
        "天翼云科技有限公司网络产品线资深工程师，负责云主机虚拟网络数据面的开发，主导了基于 XDP 与 DPU 的"
        "网络卸载方案，在大规模云网络中落地。此前在新华三从事数据中心交换机的驱动与协议栈开发。", "R")], H4),
    T("16:50", "17:15", "eBPF程序的签名校验与加载权限管控", [P(
        "张丽萍",
        "统信软件操作系统安全团队技术专家，负责桌面与服务器操作系统的内核安全机制。", "L")], H4),
    T("17:15", "17:40", "ext4大目录查找性能问题的分析与修复", [P(
        "周昶",
        "周昶，网易数帆存储团队内核工程师，负责对象存储与日志服务所在主机的文件系统性能与稳定性。\n"
        "他在排查一次线上服务时延抖动时定位到 ext4 大目录哈希查找中的性能问题，并与上游维护者合作完成了"
        "修复，补丁已合入主线并回合到多个稳定版内核。\n"
        "此前在华为从事存储阵列的软件开发，2012 年毕业于华中科技大学。", "R")], H4),
])

FORUMS = [MAIN, ARCH, MEM, IO]
FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's README

SPONSORS = ["安阳工学院", "HUAWEI", "龙芯中科", "阿里云", "腾讯云", "字节跳动", "vivo", "OPPO", "海光信息",
            "浪潮信息"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "统信软件", "河南省计算机学会", "安阳市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "SegmentFault", "Linux 中国"]

# names of real speakers and hosts read on the real posters (set 137's list, which is set 131's, 125's, 119's,
# 113's, 79's and 66's, taken from the CLK2024 posters as pictures), none of which may be used; the listings' names
# and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "李志", "伍勃", "李扬韬", "邹贻鹏", "廖肇燕", "甄鹏",
              "慕冬亮", "LianboJiang"]

# ---------------------------------------------------------------------------
# the new colour scheme: BOTTLE GREEN (a deep green to near black, instead of the organisers' royal blue), COPPER
# where they print cyan (frames, plates' outlines, rings), COPPER-TO-GREEN tabs and plates, SAGE where they print
# pink accents
COP = (234, 148, 88)
PALE = (230, 240, 230)
FRAME = (220, 134, 78)
DIM = (52, 96, 74)
SAGE = (178, 212, 170)
HOLE = (6, 24, 18)  # the hole of a pin, the cut corners of plates
PLATE = (12, 44, 34)  # inside name plates
TAB0, TAB1 = (212, 122, 64), (20, 76, 56)  # tab gradients, bright at the left
BG0, BG1 = (18, 86, 62), (6, 26, 20)  # the page, top to bottom
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 50
PHOTO, PCX, OUTER = 236, 810, 166  # photo diameter, its centre x, the outer ring's radius


# ---------------------------------------------------------------------------
# painters from posters-blind-137/draw.py (which has them from posters-blind-131/draw.py), recoloured again (its FUC
# and KHA are COP and SAGE here, every literal colour mapped to a bottle-green, copper or sage value); 主论坛's
# opening band and round-table painters (open_band, label_bar, person, panel_card) are set 131's, recoloured alike
def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites."""
    for r, col, wd in [(200, (70, 118, 92), 3), (160, (232, 140, 80), 6), (118, (238, 246, 236), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(244, 170, 110), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(10, 48, 36), outline=(240, 248, 240), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (244, 250, 244))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(240, 248, 240), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d, hall):
    """The head of every poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, COP, 1.15)
    seal(d, 640, 84, 30, WHITE)
    d.text((684, 50), SCHOOL, font=font(30, True), fill=WHITE)
    d.text((684, 90), SCHOOL_UNIT, font=font(19, True), fill=WHITE)
    d.text((684, 118), fits(d, SCHOOL_EN, font(10), 370), font=font(10), fill=PALE)
    ring_graphic(d, 810, 660)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=COP, width=4)
    d.line([(560, 530), (640, 510)], fill=COP, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.rounded_rectangle([x0, y0, x1, y1], radius=14, outline=COP, width=3)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, SAGE, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, COP, 1.2)
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
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=SAGE if i % 2 else COP, width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on a copper-to-green plate with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(180, 100, 50))
    hgrad(d, x0, y, x1, y + h, (210, 120, 62), (20, 80, 58))
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=HOLE)
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=HOLE)
    d.line([(x1 - 200, y - 14), (x1 + 60, y - 14)], fill=SAGE, width=6)
    slant_text(im, 0, y + 8, text, f, WHITE, 0.18, cx=W / 2)
    return y + h


def arrows(d, x, y, right, fill, n=3, s=14):
    for j in range(n):
        ax = x + j * (s + 8) if right else x - j * (s + 8)
        k = 1 if right else -1
        d.line([(ax, y - s), (ax + k * s, y), (ax, y + s)], fill=fill, width=4)


def host_bar(d, y, host):
    hgrad(d, X0, y, X1, y + 78, (10, 46, 34), (150, 92, 52))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, SAGE)
    arrows(d, X1 - 34, y + 39, False, SAGE)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(60, 108, 82), (240, 160, 100)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a copper-to-green bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(250, 232, 214), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(64, 112, 86), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=COP, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(168, 100, 58), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=COP)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side):
    """The name plate: an outlined box, darker inside, the name bold (padded); a tail line under it.
    Returns the foot of the tail line and the plate's left edge and width."""
    f = font(40, True)
    text = pad(name)
    w = max(340, tw(d, text, f) + 110)
    x0 = X0 + 46 if side == "L" else X1 - w
    d.rectangle([x0, y, x0 + w, y + 72], fill=PLATE, outline=COP, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=COP, width=3)
    if side == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=COP, width=3)
    else:
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=COP, width=3)
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
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=COP, width=4)
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
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=COP)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=SAGE, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


# titles the designer broke by hand, where the even break would fall badly (the lines joined, with a space
# between Latin words as printed, give the title)
BREAKS = {
    "CXL内存池化：内核中的热插拔与分层管理": ["CXL内存池化：", "内核中的热插拔与分层管理"],
    "面向大模型推理的KV Cache内存卸载机制研究": ["面向大模型推理的KV Cache", "内存卸载机制研究"],
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
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=COP)
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
    hgrad(d, X0, y, X1, y + h, TAB0, (10, 46, 34))
    d.rectangle([X0, y, X1, y + h], outline=(250, 232, 214), width=2)
    seg_text(d, X0 + 34, y + 20, rng(s), 44, WHITE)
    arrows(d, 660, y + h / 2, True, WHITE)
    rtext(d, X1 - 70, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


def label_bar(d, y, text):
    """A bar inside the round-table frame, as on the real 主论坛: arrows at both ends, the label centred;
    a tick on the frame's left edge level with it (posters-blind-131's, recoloured)."""
    x0, x1, h = X0 + 110, X1 - 110, 76
    hgrad(d, x0, y, x1, y + h, (176, 100, 52), (10, 46, 34))
    d.rectangle([x0, y, x1, y + h], outline=FRAME, width=2)
    arrows(d, x0 + 32, y + h / 2, True, WHITE, 3, 12)
    arrows(d, x1 - 32, y + h / 2, False, WHITE, 3, 12)
    ctext(d, W / 2, y + 10, text, font(40, True), WHITE)
    d.rectangle([X0 - 8, y + h / 2 - 3, X0 + 22, y + h / 2 + 3], fill=COP)
    return y + h


def person(d, y, sp):
    """A round-table person: the name (padded, copper) over one small line (posters-blind-131's, recoloured)."""
    ctext(d, W / 2, y, pad(sp["name"]), font(44, True), (246, 176, 118))
    ctext(d, W / 2, y + 66, sp["company"], font(22), PALE)
    return y + 118


def panel_card(im, d, y, s, log, chev_x):
    """The round table as the real 主论坛 prints it: tab and frame, a bar '圆桌论坛', the title centred in
    copper, a bar '主持人' over the moderator, a bar '嘉　宾' over the guests, each a name over a small line
    (posters-blind-131's, recoloured)."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 70
    y = label_bar(d, y, "圆桌论坛") + 46
    f = font(40, True)
    tl = wrap_nicely(d, s["title"], f, 760)
    d.rectangle([X0 - 8, y + 24, X0 + 22, y + 30], fill=COP)
    for ln in tl:
        ctext(d, W / 2, y, ln, f, (246, 176, 118))
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
    """A tea break: chevrons, the tab, a short frame holding a plate with a cup and the label."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 40
    f = font(42, True)
    x0, w = X0 + 46, 340
    d.rectangle([x0, y, x0 + w, y + 78], fill=PLATE, outline=COP, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=COP, width=3)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=COP, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=COP)
    meal_mark(d, x0 + 60, y + 20, s, SAGE, 1.2)
    ctext(d, x0 + w / 2 + 26, y + 10, s["title"], f, WHITE)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=COP)
    return bot + 40


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(228, 240, 230), width=3)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (10, 46, 34), (240, 160, 100))
    hgrad(d, x0, y, x0 + w, y + h, (210, 120, 62), (20, 80, 58))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=HOLE)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=SAGE, width=6)
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
    qrcode(d, W / 2 - 160, y + 40, 320, 3451)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "签到即送大会纪念品，数量有限，先到先得", font(30), PALE)
    ctext(d, W / 2, y + 52, "本次活动最终解释权归主办方所有", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "相聚殷都安阳 · 共话 Linux 内核", font(54, True), SAGE, 0.18, cx=W / 2)
    return int(y + 620)


def skyline(im, h):
    """The foot: Anyang.  At the left the Wenfeng pagoda (five octagonal storeys that grow WIDER upwards, on a
    lotus base, with a small stupa on its top platform); in the middle the museum of Chinese writing, its broad
    hall under a crowned roof behind the tall gate of two heavy pillars and an up-curved lintel; modern towers at
    the right and beyond; the Huan river's ripples in front."""
    d = ImageDraw.Draw(im)
    base = h - 40
    far = (10, 52, 38)
    for bx, bw, bh in [(150, 64, 230), (760, 80, 300), (850, 60, 240), (920, 120, 360), (40, 70, 180)]:
        d.rectangle([bx, base - bh, bx + bw, base], fill=far)  # modern towers beyond
        for wy in range(base - bh + 18, base - 60, 30):
            for wx in range(bx + 10, bx + bw - 12, 20):
                if (wx * 3 + wy) % 5:
                    d.rectangle([wx, wy, wx + 8, wy + 12], fill=(226, 214, 160))
    ink, edge = (6, 34, 26), COP
    # the museum's broad hall with its crowned roof, behind the gate
    cx = 560
    d.rectangle([cx - 200, base - 150, cx + 200, base], fill=ink)
    d.polygon([(cx - 220, base - 150), (cx + 220, base - 150), (cx + 170, base - 196), (cx - 170, base - 196)], fill=ink)
    d.line([(cx - 220, base - 150), (cx + 220, base - 150)], fill=edge, width=3)
    for k in range(-3, 4):  # the crown's ribs
        d.rectangle([cx + k * 44 - 10, base - 226, cx + k * 44 + 10, base - 196], fill=ink)
    d.line([(cx - 150, base - 226), (cx + 150, base - 226)], fill=edge, width=3)
    for px in range(cx - 180, cx + 190, 30):  # pilasters of the hall
        d.line([(px, base - 140), (px, base - 10)], fill=(30, 80, 60), width=4)
    # the tall gate in front of it: two heavy pillars, a broad lintel with up-curved ends, a mark in relief
    gx, top = 560, base - 330
    for side in (-1, 1):
        x0 = gx + side * 96 - 28
        d.rectangle([x0, top + 70, x0 + 56, base], fill=(14, 60, 44))
        d.line([(x0, top + 70), (x0, base)], fill=edge, width=2)
    d.polygon([(gx - 170, top + 20), (gx - 150, top + 40), (gx + 150, top + 40), (gx + 170, top + 20),
               (gx + 150, top + 76), (gx - 150, top + 76)], fill=(14, 60, 44))
    d.line([(gx - 170, top + 20), (gx - 150, top + 40), (gx + 150, top + 40), (gx + 170, top + 20)], fill=edge,
           width=3)
    d.rectangle([gx - 34, top - 30, gx + 34, top + 40], outline=edge, width=3)  # the mark on the lintel
    d.line([(gx, top - 30), (gx, top + 40)], fill=edge, width=3)
    d.line([(gx - 34, top + 5), (gx + 34, top + 5)], fill=edge, width=3)
    # the Wenfeng pagoda at the left: a lotus base, five storeys growing wider upwards, a stupa on top
    px = 300
    d.chord([px - 90, base - 60, px + 90, base + 20], 180, 360, fill=ink)
    for k in range(7):  # lotus petals
        d.arc([px - 90 + k * 26, base - 54, px - 64 + k * 26, base - 20], 180, 360, fill=edge, width=2)
    y = base - 40
    for k in range(5):
        hw = 34 + k * 8
        d.rectangle([px - hw, y - 48, px + hw, y], fill=ink)
        d.rectangle([px - 8, y - 36, px + 8, y - 12], fill=(226, 214, 160))  # a lit window
        d.polygon([(px - hw - 16, y - 40), (px + hw + 16, y - 40), (px + hw + 4, y - 54), (px - hw - 4, y - 54)],
                  fill=ink)
        d.line([(px - hw - 16, y - 40), (px + hw + 16, y - 40)], fill=edge, width=3)
        y -= 54
    d.rectangle([px - 86, y - 8, px + 86, y], fill=ink)  # the top platform with its railing
    for rx in range(px - 80, px + 84, 16):
        d.line([(rx, y - 22), (rx, y - 8)], fill=SAGE, width=2)
    d.line([(px - 86, y - 22), (px + 86, y - 22)], fill=SAGE, width=2)
    d.ellipse([px - 26, y - 66, px + 26, y - 14], fill=(200, 214, 200))  # the stupa
    d.polygon([(px - 8, y - 60), (px + 8, y - 60), (px, y - 120)], fill=(200, 214, 200))
    for k in range(4):  # the Huan river
        yy = base + 4 + k * 9
        for x in range(0, W, 56):
            d.arc([x + (k % 2) * 28, yy - 7, x + 56 + (k % 2) * 28, yy + 7], 200, 340, fill=SAGE, width=2)
    ctext(d, W / 2, h - 28, SCHOOL, font(20, True, serif=True), (244, 250, 244))


def background(w, h):
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (232, 140, 80), 0.24)
    im = glow(im, 100, 1200, 300, (178, 212, 170), 0.14)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (232, 140, 80) if k % 2 else (178, 212, 170), 0.12)
    im = glow(im, 540, h - 300, 500, (232, 140, 80), 0.16)
    d = ImageDraw.Draw(im)
    rnd = random.Random(3451)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(60, 120, 92), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(240, 248, 240))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(60, 120, 92), width=2)
    skyline(im, h)
    return grain(im, 3451, 0.01)


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


def readme_forums():
    """CLK2022's forum names: the names of its README's Markdown links ('[主论坛](…)'), in order, when the corpus
    is there."""
    p = "/work/shared/corpus/years/CLK2022/README.md"
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as fh:
        return re.findall(r"^\[([^\]]+)\]\(http", fh.read(), re.M)


NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -131, -137): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('杨　岚' -> 杨岚, '李　军' -> 李军, 'Tobias Richter' -> "
    "TobiasRichter); host is the chair printed for the forum covering the slot, null for breaks; start/end always "
    "HH:MM on a 24-hour clock; break titles are as printed ('开场', '茶歇'). ONE invented edition, CLK 3451 (第1446届, "
    "安阳, host school 安阳工学院 with its 计算机科学与信息工程学院 at the top right, Saturday 3451-10-25), printed as "
    "CLK2024's repository holds its forums: ONE POSTER PER FORUM, each named by its forum, here CLK2022's FOUR forum "
    "names as its README's recording links name them, with their spelling ('IO 与 ebpf 分论坛' keeps its spaces and "
    "lower-case 'ebpf'): '主论坛.webp' (the morning, 09:00-12:00), '处理器架构与调度分论坛.webp', "
    "'内存管理与异构计算分论坛.webp' and 'IO 与 ebpf 分论坛.webp' (the three in parallel in the afternoon, each from "
    "14:00). There is no whole-agenda picture, so every talk is on one picture only and is listed once; every "
    "forum's date is the edition's; each poster is one entry holding its one forum. 30 scored talks (29 talks, of "
    "them the opening address '嘉宾致辞', and 1 round table, kind 'panel'; 6 + 8 + 8 + 8 per poster) and 4 breaks "
    "('开场' 09:00-09:05 on 主论坛; one '茶歇' per afternoon forum: 15:40-16:00, 15:30-15:50 and 15:40-16:00). 主论坛 "
    "prints no tea break and no lunch, as the real 主论坛 prints none; every forum ends with its last slot (12:00, "
    "17:40, 17:45, 17:40). THE HEAD (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the seal, '安阳工学院' / "
    "'计算机科学与信息工程学院' and its English name, '第1446届中国' / 'Linux内核开发者大会', the ring '3451' / 'CLK', the "
    "date pill '3451年10月25日' + pin + '安阳', '地址：' over the forum's hall) and THE FOOT ('赞助单位', '支持单位', "
    "'支持媒体' on plates over word-mark boxes, the QR code, '扫码报名', two caption lines, the slogan '相聚殷都安阳 · "
    "共话 Linux 内核', the school's name under the skyline) are never part of a name, a title or a slot; company names "
    "in the foot's boxes are nobody's affiliation. The forum is the name on the slanted plate under the head. The "
    "HOST is the name in the bar '>>>　主持人：name　<<<' (仝保军 for 主论坛, 刘建峰 for 处理器架构与调度分论坛, 杨岚 printed "
    "padded '杨　岚' for 内存管理与异构计算分论坛, 黄启明 for 'IO 与 ebpf 分论坛'); the line '·　unit　·' under it is "
    "nobody's affiliation. 主论坛 opens with a BAND '09:00-09:05 >>> 开场' (the range in the digital face, no speaker): a "
    "break. Each card after a pair of V marks (the first at the right, the others at the left): the RANGE on a TAB at "
    "the top left of a frame, drawn in a SEGMENTED seven-segment 'digital' face, as the organisers' forum posters "
    "print ranges; the range on a tab belongs to the frame under it. In a talk's frame the bold title, then per "
    "speaker a BIOGRAPHY at the left, a ringed round photo at the right and the framed NAME PLATE under them, at the "
    "left or at the right (under the photo) as on the real cards. '嘉宾致辞' (09:05-09:20) is a talk of 李卫东 (the "
    "school's vice-president, a 13-line biography in three paragraphs). AFFILIATIONS: like the real 2024 cards the "
    "talks print NO company line, so every talk's affiliations are [] although each biography names the speaker's "
    "company or school (one opens with the speaker's own name, '周昶，网易数帆…', and one names him again inside, "
    "'董昊天在加入华为之前…', as the real cards do: that name is the plate's name, no second speaker); biographies are "
    "nowhere in the truth, and the companies, schools, events and people they name (former employers 中兴通讯 (for "
    "陈奕航), 联想, 长城科技, 英特尔 (for 徐海滨), 展锐, 新华三, 华为 (for 周昶); schools 武汉大学, 哈尔滨工业大学, 国防科技大学, "
    "浙江大学 (for 徐海滨), 北京航空航天大学, 华中科技大学; 'Linaro', 'Munich' and 'ACPI' in the English biography; "
    "'Linux Plumbers Conference', 'Open Source Summit', '全国大学生计算机系统能力大赛', '挑战杯') are no speakers and no "
    "affiliations. TWO SPEAKERS of one talk (six talks) are two biography-photo-plate blocks one under the other in "
    "ONE frame under ONE title and ONE tab, both plates at the left as on the real two-speaker cards; they are given "
    "top then bottom: 张泽宇 then 刘思彤 (both 腾讯) in 主论坛; 何宇轩 then 许梦瑶 (both 华为) and 高承宇 (中兴通讯) then "
    "朱晓彤 (a PhD student of 浙江大学, a ONE-line biography), two organisations, in 处理器架构与调度分论坛; 邓伟杰 then "
    "宋嘉禾 (both 海光信息) and 马超群 (河南大学 associate professor) then 朱雅琳 (his master's student, a one-line "
    "biography) in 内存管理与异构计算分论坛; 胡明轩 then 罗诗琪 (both 京东云) in 'IO 与 ebpf 分论坛'. The second block's "
    "name belongs to the same talk, not to the next frame. THE ROUND TABLE (主论坛, 11:20-12:00, kind 'panel') as the "
    "real 主论坛 prints one: a tab and a frame, a bar '>>> 圆桌论坛 <<<' (a label, no part of the title), the title "
    "centred in copper over two lines ('国产算力时代的操作系统内核：' / '协作与人才培养' -> '国产算力时代的操作系统内核：协作与"
    "人才培养'), a bar '主持人' over the moderator, a bar '嘉　宾' over five guests, each a copper name over ONE small "
    "line; its speakers are the moderator and then the guests in printed order (周学斌, 王晓岚, 李军 printed '李　军', "
    "赵舒婷, 孙振邦, 冯立业) and its affiliations those small lines exactly as printed, one per person ('安阳工学院计算机"
    "科学与信息工程学院副院长', '华为 openEuler 内核技术专家', '龙芯中科内核组负责人', '阿里云 龙蜥社区技术委员会委员', "
    "'河南大学计算机与信息工程学院教授', '统信软件内核研发部高级经理'); the moderator is not the forum's host (仝保军); the "
    "bars' labels '主持人' and '嘉　宾' are no names. Two-character names are printed PADDED with an ideographic space on "
    "their plates, in the host bar and in the round table ('杨　岚', '李　昀', '陈　曦', '周　昶', '李　军') and given "
    "without it. TITLES over two lines are one title: joined without a space inside Chinese text and after '：' "
    "('从参与者到维护者：' / '中国开发者在上游内核社区的十年'; 'CXL内存池化：' / '内核中的热插拔与分层管理', broken by hand "
    "although it would fit one line); between Latin and Chinese as typed ('面向大模型推理的KV Cache' / '内存卸载机制研究' "
    "-> '面向大模型推理的KV Cache内存卸载机制研究', typed without a space before '内存'); with a space between Latin "
    "words ('Reducing TLB Shootdowns' / 'on Many-Core Servers'). One title is broken evenly, between two words of one "
    "phrase: '多die处理器上的调度域' / '划分与cluster调度实践'. Most titles are typed running Latin into Chinese WITHOUT a "
    "space ('LoongArch平台perf与PMU事件支持的完善', 'sched_ext在手机前台…'), as the organisers' cards often are; the truth "
    "keeps them as typed. ENGLISH-ONLY titles (5): 'Mainline First: Keeping Arm Servers Bootable Across Releases' (the "
    "LATIN Tobias Richter of Linaro, an ENGLISH biography in two paragraphs, plate at the right, name left-aligned), "
    "'Proxy Execution: Lessons from Backporting to a Production Kernel' (黄晓峰), 'Reducing TLB Shootdowns on Many-Core "
    "Servers' (韩一鸣), 'Arm MTE in Production: Overheads and Lessons' (the second LATIN speaker Ruben Alvarez of Arm, "
    "a CHINESE biography, plate at the left), 'BPF Tokens: Delegating eBPF to Unprivileged Containers' (肖雨涵). Latin "
    "names lose their space. Biographies of 1 to 13 lines, some in paragraphs. Talks of 20, 25 and 30 minutes; the "
    "round table 40 minutes; tea breaks of 20 minutes. SURNAMES in the proportions of a real Chinese conference: of "
    "the 43 Chinese names 王, 李 and 张 three each, 刘, 陈, 周, 赵, 黄 and 朱 two each, then one each of 杨, 吴, 徐, 孙, "
    "马, 胡, 郭, 何, 罗, 高, 郑, 许, 韩, 冯, 邓, 宋, 曹, 董, 田, 肖; the only uncommon ones are 仝 (仝保军, the host of "
    "主论坛, a Henan surname) and 禹 (禹晨曦). No person is printed twice."
)
LAYOUTS = {
    "主论坛.webp": "FORUM POSTER of 主论坛 (host 仝保军, 安阳工学院计算机科学与信息工程学院院长、教授; hall 安阳工学院 "
                "图书馆一楼学术报告厅) in the organisers' 2024 forum-poster family recoloured: a BOTTLE-GREEN ground with "
                "COPPER frames, copper-to-green tabs and plates and SAGE accents. The band '09:00-09:05 >>> 开场'; "
                "'嘉宾致辞' by 李卫东 (安阳工学院 vice-president, 13 lines in three paragraphs, plate at the right); 王志坚 "
                "(title broken after '：', 11 lines in two paragraphs, plate at the right); the English title of the "
                "LATIN Tobias Richter (Linaro, "
                "an English biography); 张泽宇 over 刘思彤 (both 腾讯, both plates left); 陈奕航 (plate at the right); the "
                "ROUND TABLE 11:20-12:00 '国产算力时代的操作系统内核：协作与人才培养' with the moderator 周学斌 and five "
                "guests (王晓岚, '李　军', 赵舒婷, 孙振邦, 冯立业), each over one small line. No tea break, no lunch.",
    "处理器架构与调度分论坛.webp": "FORUM POSTER of 处理器架构与调度分论坛 (host 刘建峰, 龙芯中科技术股份有限公司基础软件部总监, a "
                          "company host; hall 安阳工学院 计算机楼二楼报告厅): 8 talks 14:00-17:40 (25 minutes) and 茶歇 "
                          "15:40-16:00. 郑立军 (one-line title); 黄晓峰 (English title, plate at the right); 何宇轩 over "
                          "许梦瑶 (both 华为, title broken evenly); 张浩然 (plate at the right); 茶歇; 吴静怡 (a two-line "
                          "biography); 郭振华 (plate at the right); 高承宇 (中兴通讯) over 朱晓彤 (浙江大学, a one-line "
                          "biography); 李昀 ('李　昀', three paragraphs, plate at the right).",
    "内存管理与异构计算分论坛.webp": "FORUM POSTER of 内存管理与异构计算分论坛 (host 杨岚, printed '杨　岚', 郑州大学计算机与人工智能"
                           "学院副教授, a teacher of another university; hall 安阳工学院 行政楼三楼会议中心): 8 talks "
                           "14:00-17:45 (30, 25 and 20 minutes) and 茶歇 15:30-15:50. 徐海滨 (title broken by hand after "
                           "'：', plate at the right); 韩一鸣 (English title); 邓伟杰 over 宋嘉禾 (both 海光信息); 茶歇; "
                           "曹欣悦 (plate at the right); the LATIN Ruben Alvarez (Arm, a Chinese biography, English title, "
                           "plate at the left); 董昊天 (9 lines in three paragraphs, naming him again inside, plate at the "
                           "right); 田文杰 (a ONE-line biography); 马超群 over 朱雅琳 (teacher and student of 河南大学, title "
                           "broken by hand after 'KV Cache').",
    "IO 与 ebpf 分论坛.webp": "FORUM POSTER of 'IO 与 ebpf 分论坛' (the README's spelling, file named so; host 黄启明, "
                           "阿里云操作系统团队高级技术专家, a company host; hall 安阳工学院 图书馆四楼学术交流厅): 8 talks "
                           "14:00-17:40 (25 minutes) and 茶歇 15:40-16:00. 赵博远 (plate at the right); 王凯文; 肖雨涵 "
                           "(English title); 胡明轩 over 罗诗琪 (both 京东云); 茶歇; 陈曦 ('陈　曦'); 禹晨曦 (uncommon "
                           "surname 禹, plate at the right); 张丽萍; 周昶 ('周　昶', his biography opens with his name, "
                           "three paragraphs, plate at the right).",
}
EXPECTED_LINES = {
    "从参与者到维护者：中国开发者在上游内核社区的十年": 2,
    "Mainline First: Keeping Arm Servers Bootable Across Releases": 2,
    "在离线混部集群的内核资源隔离：三年实践回顾": 2,
    "PREEMPT_RT进入主线之后：车载实时Linux的落地": 2,
    "国产算力时代的操作系统内核：协作与人才培养": 2,
    "Proxy Execution: Lessons from Backporting to a Production Kernel": 2,
    "多die处理器上的调度域划分与cluster调度实践": 2,
    "CXL内存池化：内核中的热插拔与分层管理": 2,
    "Reducing TLB Shootdowns on Many-Core Servers": 2,
    "Arm MTE in Production: Overheads and Lessons": 2,
    "面向大模型推理的KV Cache内存卸载机制研究": 2,
    "BPF Tokens: Delegating eBPF to Unprivileged Containers": 2,
}


# ===========================================================================
def aff_of(s):
    """A slot's affiliations: the round table's small lines, one per person, exactly as printed; [] for a talk,
    as the cards print no company line (biographies are never affiliations).  posters-blind-131's."""
    if s["kind"] == "panel":
        return [sp["company"] for sp in s["sp"]]
    return []


def truth_slot2(s):
    """A slot as truth.json gives it.  Titles as printed."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": aff_of(s),
            "host": s["host"] and plain(s["host"])}


def forum_truth2(forum):
    return {"forum": forum[0], "date": DATE, "slots": [truth_slot2(s) for s in forum[3]]}


def fn_of(name):
    return name + ".webp"


def layout(fn, size):
    return "%s (第1446届), 安阳, %s (WebP q85, %d x %d): " % ((EDITION, DATE) + size) + LAYOUTS[fn]


def check_lines(lines, bios):
    """The title breaks the notes name, and the spread of biography lengths."""
    for t, k in EXPECTED_LINES.items():
        assert lines[t] == k, (t, lines[t], k)
    assert sum(1 for k in lines.values() if k > 1) == len(EXPECTED_LINES), lines
    n = [b[2] for b in bios]
    assert min(n) <= 1 and max(n) >= 10, n


def check(posters):
    """A Saturday; CLK2022's four forum names; nobody printed twice; no real name or deck title; slots
    contiguous; no company lines on talks; the brief's ingredients."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == FORUM_NAMES
    names = readme_forums()
    if names is not None:
        assert names == FORUM_NAMES, names
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
            assert ends[0][0] == "09:00" and ends[-1][1] <= "12:00" and breaks == ["开场"], (ends, breaks)
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
    assert sum(1 for s in talks if len(s["sp"]) == 2) == 6
    assert sum(1 for s in talks if s["title"].isascii()) == 5
    assert sum(1 for s in talks for sp in s["sp"] if latin(sp["name"])) == 2
    two = [p for p in people if len(p) == 2 and not p.isascii()]
    assert len(two) == 5, two  # 杨岚 (a host), 李昀, 陈曦, 周昶 and 李军 (a guest): printed padded
    sur = [p[0] for p in people if not p.isascii()]
    common = set("王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈")
    rare = [p for p in people if not p.isascii() and p[0] not in common]
    assert sorted(r[0] for r in rare) == sorted("仝禹"), rare  # the only uncommon surnames
    top = sum(1 for c in sur if c in "王李张刘陈")
    assert top * 4 >= len(sur), (top, len(sur))  # a quarter or more of the people carry the five commonest
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
    assert 28 <= n <= 40, n
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
