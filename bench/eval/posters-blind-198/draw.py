"""Draw the hundred-and-ninety-eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 6198 (第4193届, 岳阳, 湖南理工学院, Saturday 6198-10-20),
printed as CLK2024's repository prints its forums: ONE POSTER PER FORUM, named by the
forum.  The forums are three of CLK2025's six, as its repository's folders name them
without their numbers: 主论坛 (the morning), then 调度、性能与调试分论坛 and
硬件架构与异构计算分论坛 in parallel in the afternoon.  All WebP, 1080 px wide and as
tall as the real ones, in the family of the organisers' 2024 forum posters (slanted
title, 'CLK' ring, date pill, forum plate, host bar, range tabs in a segmented face,
frames with a justified biography, ringed photo and name plate, no company line;
主论坛 with an opening band and a round table), in a NEW colour scheme: an OLIVE
ground with pale CREAM frames, amber-to-bronze tabs and CORAL accents.

This file starts from posters-blind-181/draw.py (helpers copied unchanged, painters
recoloured, a new skyline, new data); see README.md.
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
# helpers copied unchanged from posters-blind-181/draw.py, which has them from 174, posters-blind-162, -149, -145,
# -137, -131, -125, -119, -113, 108, 104, 79, 66, 65, 62 and 59: font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
# wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, T, B, plain, S, aff, truth_slot, forum_truth, two_pass, cup,
# bowl, logo_lines, seed_of, para, fits, MEALS, WHITE, rng, meal_mark, saturday, pin (the pin's hole is HOLE); aff,
# truth_slot, forum_truth, para, cup, bowl and meal_mark are unused here
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
# copied unchanged from posters-blind-181/draw.py (174 has them from posters-blind-162 and -66): SEGS, seg_advance, seg_width, seg_text (the segmented
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
# CLK 6198 (第4193届), 岳阳, 湖南理工学院, Saturday 6198-10-20.  ONE edition, three of its forum posters, named by
# CLK2025's forum folders 1, 4 and 5 without their numbers (主论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛), as
# CLK2024's repository holds one poster per forum.  主论坛 in the morning, the other two in parallel from 14:00.
EDITION = "CLK 6198"
YEAR = "6198"
NTH = "第4193届中国"
DATE = "6198-10-20"
DATE_PRINTED = "6198年10月20日"
CITY = "岳阳"
SCHOOL = "湖南理工学院"
SCHOOL_UNIT = "信息科学与工程学院"
SCHOOL_EN = "School of Information Science and Engineering, Hunan Institute of Science and Technology"
SCHOOL_MARK = "HUNAN INSTITUTE OF SCIENCE AND TECHNOLOGY"


def P(name, bio, side, spaced=False):
    """A talk's speaker: the biography the card prints (a '\\n' starts a new paragraph on a new line, as the real
    cards break theirs), the side of his name plate ('R' under the photo, the biography running wide under it;
    'L' under the biography) and whether a three-character name is letter-spaced on the plate.  No company line:
    the real cards print none.  posters-blind-181's (174's)."""
    return S(name, None, None, bio, side=side, line=None, spaced=spaced)


def G(name, line):
    """A round-table person as the real 主论坛 prints one: the name over ONE small line (company and job as
    typed, kept whole as the affiliation).  posters-blind-181's (174's)."""
    return S(name, line, None)


def R(start, end, title, moderator, guests, host):
    """A round table: a bar '圆桌论坛' (a label), the title, a bar '主持人' over the moderator, a bar '嘉　宾'
    over the guests.  Its speakers are the moderator and then the guests.  posters-blind-181's (174's)."""
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "host": host, "guests": len(guests)}


H1 = "周建华"
MAIN = ("主论坛", "湖南理工学院 南湖校区学术报告厅", (H1, "湖南理工学院信息科学与工程学院院长、教授"), [
    B("09:00", "09:10", "开场"),
    T("09:10", "09:20", "开幕致辞", [P(
        "彭志刚",
        "湖南理工学院副校长，教授，硕士生导师，湖南省普通高校学科带头人。长期从事计算机网络、嵌入式系统与"
        "智能信息处理方面的教学和研究，主持国家自然科学基金项目三项、湖南省自然科学基金重点项目等省部级"
        "课题十余项，发表学术论文六十余篇，出版教材三部。\n"
        "曾获湖南省教学成果奖一等奖、湖南省科技进步奖二等奖。近年来推动学校与国内操作系统、处理器和"
        "云计算企业共建产业学院和实习基地，支持学生参加操作系统大赛和开源社区活动。\n"
        "1998 年本科毕业于中南大学，2006 年博士毕业于湖南大学。", "R", True)], H1),
    T("09:20", "09:45", "国产服务器操作系统内核的十年演进", [P(
        "王海涛",
        "华为计算产品线操作系统首席架构师，openEuler 技术委员会委员，负责服务器操作系统内核的技术规划与"
        "版本演进，带领团队在内存管理、调度和虚拟化等方向向上游社区持续贡献。\n"
        "此前在中兴通讯从事嵌入式 Linux 开发，2005 年硕士毕业于华中科技大学。", "R", True)], H1),
    T("09:45", "10:10", "Kernel Regression Testing at Cloud Scale", [P(
        "刘洋",
        "字节跳动系统技术与工程团队内核工程师，负责内核版本的自动化测试与性能回归检测平台，平台每周运行"
        "数十万个测试用例。", "L")], H1),
    T("10:10", "10:40", "万卡训练集群中主机操作系统内核的稳定性保障实践", [
        P("张志伟",
          "阿里云智能集团基础软件部高级技术专家，龙蜥社区内核 SIG 核心成员，负责 AI 训练集群主机操作系统的"
          "稳定性与故障诊断，主导了大规模集群的内核宕机自动分析系统。", "L"),
        P("陈晓静",
          "阿里云基础软件部内核工程师，负责训练集群的内核问题跟踪与修复。", "L", True)], H1),
    T("10:40", "11:05", "手机操作系统内核的冷启动与功耗优化", [P(
        "杨一帆",
        "OPPO 操作系统内核负责人，负责 ColorOS 的内核性能与功耗，带领团队完成多代旗舰机型的内核调优。",
        "L")], H1),
    T("11:05", "11:30", "智能汽车操作系统中Linux的功能安全实践", [P(
        "黄磊",
        "理想汽车操作系统团队技术专家，负责智能座舱与智能驾驶平台的 Linux 内核，关注内核在功能安全认证、"
        "确定性延迟和快速启动方面的实践，推动了车载操作系统的内核裁剪与安全加固。\n"
        "此前在德赛西威从事车载信息娱乐系统开发六年，2010 年本科毕业于湖南大学。", "R")], H1),
    T("11:30", "11:55", "从课堂到上游：高校学生参与Linux内核社区的探索与实践", [P(
        "李建国",
        "湖南大学信息科学与工程学院教授，博士生导师，主讲本科操作系统课程十五年，研究方向为操作系统与"
        "嵌入式系统。他带领的学生团队近三年向 Linux 内核主线提交补丁一百余个，多名学生成为内核子系统的"
        "评审者。\n"
        "他同时担任全国大学生操作系统设计赛的专家委员，2004 年博士毕业于国防科技大学。", "R", True)], H1),
    R("11:55", "12:30", "多元算力时代：操作系统内核的协同与分工",
      G("赵勇", "国防科技大学计算机学院研究员"),
      [G("孙丽", "统信软件 内核研发总监"),
       G("马俊超", "vivo 内核技术负责人"),
       G("陈立刚", "海光信息 系统软件部总监"),
       G("刘建军", "麒麟软件 内核架构师")], H1),
])

H2 = "郭涛"
SCHED = ("调度、性能与调试分论坛", "湖南理工学院 图书馆四楼报告厅", (H2, "字节跳动 STE 团队内核性能负责人"), [
    T("14:00", "14:25", "容器场景下CPU隔离与调度延迟的权衡", [P(
        "王磊",
        "腾讯云 TencentOS 内核工程师，负责容器场景的 CPU 隔离与调度优化，参与了多项上游调度器补丁的评审与"
        "测试。", "L")], H2),
    T("14:25", "14:50", "基于perf的在线服务性能回归定位实践", [P(
        "李静",
        "京东零售基础架构部性能工程师，负责线上服务的性能分析平台，熟悉 perf、PMU 与硬件性能事件，在大促期间"
        "定位并解决了多起由内核和固件引起的性能回退问题。\n"
        "她开发的性能回归比对工具已覆盖京东全部核心业务。2013 年硕士毕业于北京邮电大学。", "R")], H2),
    T("14:50", "15:20", "Finding Lock Contention in Production with BPF", [P(
        "Andreas Vogel",
        "Andreas is a senior kernel engineer at SUSE in Nuremberg, working on performance analysis of SUSE Linux "
        "Enterprise on large machines. He has spent the last six years chasing lock contention in the VFS, the "
        "memory manager and the networking stack, and maintains a set of BPF tools for this work.\n"
        "Before joining SUSE he worked on real-time systems for industrial automation. He lives in Bavaria.",
        "R")], H2),
    T("15:20", "15:45", "实时音视频业务的调度抖动分析与内核优化实践", [
        P("陈俊杰",
          "快手基础架构部内核技术专家，负责音视频与直播业务的主机内核优化，主导了实时业务的调度隔离方案。",
          "L", True),
        P("刘丽娜",
          "快手基础架构部内核工程师，负责调度延迟的观测与分析工具。", "L")], H2),
    B("15:45", "16:00", "茶歇"),
    T("16:00", "16:20", "lockdep在生产内核中的低开销改造", [P(
        "赵鹏",
        "美团基础研发平台内核工程师，负责数据中心内核的稳定性，关注锁与死锁问题。", "L")], H2),
    T("16:20", "16:40", "kdump在TB级内存服务器上的转储加速", [P(
        "徐文斌",
        "中国移动云能力中心操作系统团队高级工程师，负责移动云自研操作系统的故障转储与诊断工具链，优化了大内存"
        "服务器上内核转储的耗时与可靠性。\n"
        "2015 年硕士毕业于中南大学。", "R", True)], H2),
    T("16:40", "17:00", "Taming Tail Latency on Busy Database Hosts", [P(
        "王浩然",
        "蚂蚁集团基础设施部内核工程师，负责数据库主机的内核性能调优。", "L", True)], H2),
    T("17:00", "17:20", "基于ftrace的中断关闭时长在线监测", [P(
        "马强",
        "中兴通讯操作系统产品部工程师。", "L")], H2),
    T("17:20", "17:40", "内核性能基准测试的可重复性问题", [P(
        "何丽华",
        "中国科学院软件研究所副研究员，研究方向为操作系统性能评测与系统软件测试，参与了多个开源操作系统的"
        "性能基准测试规范制定，主持国家重点研发计划子课题一项。\n"
        "她带领团队搭建的内核性能持续评测平台已开放给多个开源社区使用，并发现了数十个上游版本的性能回退。\n"
        "2012 年博士毕业于中国科学院大学。", "R")], H2),
])

H3 = "张晓明"
HW = ("硬件架构与异构计算分论坛", "湖南理工学院 信息楼一楼学术报告厅", (H3, "湖南大学信息科学与工程学院教授"), [
    T("14:00", "14:25", "RISC-V平台内核热补丁的实现与验证", [P(
        "张德勇",
        "中国科学院软件研究所工程师，负责 RISC-V 平台的内核基础特性移植，参与了热补丁和跟踪框架的上游开发。",
        "L", True)], H3),
    T("14:25", "14:50", "Arm64平台SVE上下文切换的开销优化", [P(
        "吴海军",
        "华为鲲鹏计算操作系统团队技术专家，负责鲲鹏处理器新特性的内核使能，主导了 SVE 与 SME 在服务器场景下"
        "的性能优化，相关补丁已进入上游主线。\n"
        "他此前在 Arm 上海从事编译器与运行时开发五年，2011 年硕士毕业于上海交通大学。", "R", True)], H3),
    T("14:50", "15:15", "TDX Host Support in Mainline: Where We Are", [P(
        "高峰",
        "英特尔中国软件技术部资深工程师，负责 TDX 机密计算在 Linux 内核与 KVM 中的支持，长期参与上游社区的"
        "开发与评审。", "L")], H3),
    T("15:15", "15:45", "海光DCU与CPU统一内存访问在内核驱动中的设计与实践", [
        P("朱明辉",
          "海光信息系统软件部高级工程师，负责 DCU 加速卡的内核驱动与内存管理，主导了 CPU 与加速卡统一内存访问"
          "方案的设计。", "L", True),
        P("李婷婷",
          "海光信息系统软件部工程师，负责驱动的测试与验证。", "L")], H3),
    B("15:45", "16:05", "茶歇"),
    T("16:05", "16:25", "LoongArch平台内核启动时间的优化", [P(
        "郑伟东",
        "龙芯中科系统软件部内核工程师，负责 LoongArch 架构的内核启动与固件接口。", "L")], H3),
    T("16:25", "16:45", "NPU驱动的多进程上下文调度与隔离", [P(
        "唐俊峰",
        "寒武纪软件部驱动架构师，负责 AI 加速卡内核驱动的整体架构，关注多进程共享、上下文切换与设备虚拟化，"
        "带领团队完成了多代加速卡的驱动开发与上游适配。\n"
        "2009 年硕士毕业于中国科学技术大学，此前在 AMD 上海研发中心从事图形驱动开发。", "R", True)], H3),
    T("16:45", "17:05", "GPU虚拟化中SR-IOV设备的热迁移支持", [P(
        "王飞",
        "摩尔线程系统软件部虚拟化技术专家，负责 GPU 虚拟化方案在云平台的落地。", "L")], H3),
    T("17:05", "17:25", "DPU卸载场景下virtio-blk的性能调优", [P(
        "禹超",
        "中科驭数软件部工程师，负责 DPU 上 virtio 设备的实现与性能优化，参与了存储卸载方案的开发。", "L")], H3),
    T("17:25", "17:55", "面向国产多核处理器的中断亲和性与负载均衡优化", [
        P("曾国华",
          "湖南大学信息科学与工程学院副教授，研究方向为操作系统与高性能计算，主持国家自然科学基金青年项目"
          "一项。\n"
          "2014 年博士毕业于国防科技大学。", "L", True),
        P("覃明",
          "湖南大学信息科学与工程学院硕士研究生。", "L")], H3),
])

FORUMS = [MAIN, SCHED, HW]
FORUM_NAMES = ["主论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛"]  # CLK2025's folders 1, 4 and 5

SPONSORS = ["湖南理工学院", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "龙芯中科", "海光信息", "麒麟软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "开放原子开源基金会", "湖南省计算机学会",
           "岳阳市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "SegmentFault 思否", "Linux 中国"]


# names of real speakers and hosts read on the real posters (set 181's list, which is set 174's, 162's, 149's, 145's, 137's,
# 131's, 125's, 119's, 113's, 79's and 66's, taken from the CLK2024 posters as pictures), none of which may be
# used; the listings' names and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "李志", "伍勃", "李扬韬", "邹贻鹏", "廖肇燕", "甄鹏",
              "慕冬亮", "LianboJiang"]


# ---------------------------------------------------------------------------


# the new colour scheme: an OLIVE ground (a bright olive green at the head to a near-black olive at the foot, where the
# organisers print royal blue), pale CREAM where they print cyan (frames, plates' outlines, rings), AMBER-TO-BRONZE tabs
# and plates, CORAL where they print pink accents
CREAM = (246, 236, 170)
PALE = (246, 244, 226)
FRAME = (226, 216, 140)
DIM = (128, 136, 62)
CORAL = (255, 138, 110)
HOLE = (26, 30, 10)  # the hole of a pin, the cut corners of plates
PLATE = (50, 56, 16)  # inside name plates
TAB0, TAB1 = (220, 150, 44), (92, 60, 14)  # tab gradients, bright at the left
BG0, BG1 = (112, 122, 34), (28, 32, 10)  # the page, top to bottom
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 50
PHOTO, PCX, OUTER = 236, 810, 166  # photo diameter, its centre x, the outer ring's radius
# ---------------------------------------------------------------------------
# painters from posters-blind-174/draw.py (which has them from posters-blind-162, -149, -145, -137 and -131),
# via posters-blind-181/draw.py (copied from it), recoloured again: its GOLD and SKY are CREAM and CORAL here, and every
# literal raspberry, rose or gold colour of its painters is mapped to an olive, amber, bronze or cream value by one
# table (see README.md); footer has this edition's captions, slogan and QR seed
def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites."""
    for r, col, wd in [(200, (214, 160, 64), 3), (160, (246, 236, 170), 6), (118, (250, 248, 232), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(255, 138, 110), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(40, 44, 12), outline=(250, 248, 232), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (250, 248, 232))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(250, 248, 232), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d, hall):
    """The head of every poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, CREAM, 1.15)
    seal(d, 640, 84, 30, WHITE)
    d.text((684, 50), SCHOOL, font=font(30, True), fill=WHITE)
    d.text((684, 90), SCHOOL_UNIT, font=font(19, True), fill=WHITE)
    en1, en2 = SCHOOL_EN.split(", ")  # the English unit name on two small lines (one is too long here)
    d.text((684, 118), fits(d, en1 + ",", font(10), 370), font=font(10), fill=PALE)
    d.text((684, 132), fits(d, en2, font(10), 370), font=font(10), fill=PALE)
    ring_graphic(d, 810, 660)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=CREAM, width=4)
    d.line([(560, 530), (640, 510)], fill=CREAM, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.rounded_rectangle([x0, y0, x1, y1], radius=14, outline=CREAM, width=3)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, CORAL, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, CREAM, 1.2)
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
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=CORAL if i % 2 else CREAM, width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on a amber-to-bronze plate with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(224, 156, 56))
    hgrad(d, x0, y, x1, y + h, (232, 170, 60), (96, 62, 16))
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=HOLE)
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=HOLE)
    d.line([(x1 - 200, y - 14), (x1 + 60, y - 14)], fill=CORAL, width=6)
    slant_text(im, 0, y + 8, text, f, WHITE, 0.18, cx=W / 2)
    return y + h


def arrows(d, x, y, right, fill, n=3, s=14):
    for j in range(n):
        ax = x + j * (s + 8) if right else x - j * (s + 8)
        k = 1 if right else -1
        d.line([(ax, y - s), (ax + k * s, y), (ax, y + s)], fill=fill, width=4)


def host_bar(d, y, host):
    hgrad(d, X0, y, X1, y + 78, (58, 64, 18), (196, 140, 44))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, CORAL)
    arrows(d, X1 - 34, y + 39, False, CORAL)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(214, 160, 64), (246, 236, 170)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a amber-to-bronze bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(252, 244, 214), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(214, 160, 64), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=CREAM, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(200, 190, 110), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=CREAM)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side, spaced=False):
    """The name plate: an outlined box, darker inside, the name bold (padded); a tail line under it.
    Returns the foot of the tail line and the plate's left edge and width."""
    f = font(40, True)
    text = pad(name)
    w = max(340, tw(d, text, f) + 110)
    x0 = X0 + 46 if side == "L" else X1 - w
    d.rectangle([x0, y, x0 + w, y + 72], fill=PLATE, outline=CREAM, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=CREAM, width=3)
    if side == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=CREAM, width=3)
    else:
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=CREAM, width=3)
    if latin(name):
        d.text((x0 + 34, y + 10), text, font=f, fill=WHITE)
    elif spaced and len(name) == 3:
        tracked(d, x0 + w / 2, y + 9, name, f, WHITE, 14)
    else:
        ctext(d, x0 + w / 2, y + 9, text, f, WHITE)
    return y + 86, x0, w


def tracked(d, cx, y, text, f, fill, gap):
    """A name letter-spaced (gap px between characters) and centred on cx, as the real plates set some
    three-character names (posters-blind-162's)."""
    ws = [tw(d, c, f) for c in text]
    x = cx - (sum(ws) + gap * (len(text) - 1)) / 2
    for c, w_ in zip(text, ws):
        d.text((x, y), c, font=f, fill=fill)
        x += w_ + gap


def wrap_paras(d, text, f, widths):
    """wrap_widths over paragraphs: each paragraph ('\\n') starts a new line, line i keeps width widths[i]."""
    lines = []
    for para_ in text.split("\n"):
        lines += wrap_widths(d, para_, f, widths[min(len(lines), len(widths) - 1):])
    return lines


def paragraph_ends(bio, lines):
    """The indices of the lines that end a paragraph (they are set ragged, the others justified)."""
    ends, k = set(), 0
    for para_ in bio.split("\n"):
        n = len(wrap_widths_probe(para_, lines, k))
        k += n
        ends.add(k - 1)
    return ends


def wrap_widths_probe(para_, lines, k):
    """The lines of 'lines' from index k that together spell the paragraph para_ (spaces aside)."""
    want, got, out = para_.replace(" ", ""), "", []
    while got != want:
        out.append(lines[k + len(out)])
        got += out[-1].replace(" ", "")
        assert want.startswith(got), (want, got)
    return out


def jline(d, x, y, text, f, fill, width):
    """A biography line as the real cards set theirs: JUSTIFIED to the measure (the spare width shared among the
    gaps between words where the line has several Latin words, else among all its characters), ragged where width
    is None (a paragraph's last line) or where the spare width is too large to share well; a Latin word is never
    spread inside (posters-blind-181's)."""
    spare = width - tw(d, text, f) if width else 0
    words = text.split(" ")
    if not width or spare <= 0 or spare > f.size * 3:
        d.text((x, y), text, font=f, fill=fill)
        return
    latin_words = sum(1 for w_ in words if w_.isascii() and w_)
    if len(words) > 1 and latin_words >= len(words) - 1 and sum(len(w_) for w_ in words) > len(text) * 0.8:
        gap = spare / (len(words) - 1)
        xx = x
        for w_ in words:
            d.text((xx, y), w_, font=f, fill=fill)
            xx += tw(d, w_ + " ", f) + gap
        return
    units_ = JUNITS.findall(text)  # a Latin word or number is one unit, never spread inside
    gap = spare / max(1, len(units_) - 1)
    xx = x
    for u in units_:
        d.text((xx, y), u, font=f, fill=fill)
        xx += d.textlength(u, font=f) + gap


JUNITS = re.compile(r"[A-Za-z0-9_\-./:+#'&]+|\s+|.")


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
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=CREAM, width=4)
    ends = paragraph_ends(sp["bio"], lines)
    for i, ln in enumerate(lines):
        lw = widths[min(i, len(widths) - 1)]
        jline(d, bx, y + i * BIO_LH, ln, bf, PALE, None if i in ends else lw)
    yb = y + len(lines) * BIO_LH
    ring_photo(im, d, cy, sp["name"])
    log.append((sp["name"], len(sp["bio"]), len(lines)))
    py = max(yb + 24, cy + OUTER + 16)
    yp, x0, w = plate(d, py, sp["name"], side, sp["spaced"])
    return yp + 10


def frame(d, top, bot, tabr, right_post=True):
    """The talk frame: a line from the tab to a dot at the right, the left edge, a foot with a cut corner."""
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.line([(tabr, top + 12), (X1 - 120, top + 12)], fill=DIM, width=2)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=CREAM)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=CORAL, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


# titles the designer broke by hand (this set's five), where the even break would fall inside a word ('操作系/统',
# '抖/动', '访/问') or leave a short word alone; the lines joined, with a space between Latin words as printed, give
# the title.  '面向国产多核处理器的中断亲和性与负载均衡优化' is left to the even break, inside '中断', as a designer
# in a hurry leaves one
BREAKS = {
    "万卡训练集群中主机操作系统内核的稳定性保障实践": ["万卡训练集群中主机操作系统内核的", "稳定性保障实践"],
    "实时音视频业务的调度抖动分析与内核优化实践": ["实时音视频业务的调度抖动分析", "与内核优化实践"],
    "海光DCU与CPU统一内存访问在内核驱动中的设计与实践": ["海光DCU与CPU统一内存访问", "在内核驱动中的设计与实践"],
    "TDX Host Support in Mainline: Where We Are": ["TDX Host Support in Mainline:", "Where We Are"],
    "Taming Tail Latency on Busy Database Hosts": ["Taming Tail Latency", "on Busy Database Hosts"],
}


def title_lines(d, title, f):
    """The title's lines: as broken by hand in BREAKS, else after '：' where it has one, else evenly
    (posters-blind-174's)."""
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
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=CREAM)
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
    hgrad(d, X0, y, X1, y + h, TAB0, (58, 64, 18))
    d.rectangle([X0, y, X1, y + h], outline=(252, 244, 214), width=2)
    seg_text(d, X0 + 34, y + 20, rng(s), 44, WHITE)
    arrows(d, 660, y + h / 2, True, WHITE)
    rtext(d, X1 - 70, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


def label_bar(d, y, text):
    """A bar inside the round-table frame, as on the real 主论坛: arrows at both ends, the label centred;
    a tick on the frame's left edge level with it (posters-blind-131's, recoloured)."""
    x0, x1, h = X0 + 110, X1 - 110, 76
    hgrad(d, x0, y, x1, y + h, (226, 160, 58), (58, 64, 18))
    d.rectangle([x0, y, x1, y + h], outline=FRAME, width=2)
    arrows(d, x0 + 32, y + h / 2, True, WHITE, 3, 12)
    arrows(d, x1 - 32, y + h / 2, False, WHITE, 3, 12)
    ctext(d, W / 2, y + 10, text, font(40, True), WHITE)
    d.rectangle([X0 - 8, y + h / 2 - 3, X0 + 22, y + h / 2 + 3], fill=CREAM)
    return y + h


def person(d, y, sp):
    """A round-table person: the name (padded, pale gold) over one small line (posters-blind-131's, recoloured)."""
    ctext(d, W / 2, y, pad(sp["name"]), font(44, True), (250, 238, 168))
    ctext(d, W / 2, y + 66, sp["company"], font(22), PALE)
    return y + 118


def panel_card(im, d, y, s, log, chev_x):
    """The round table as the real 主论坛 prints it: tab and frame, a bar '圆桌论坛', the title centred in
    pale gold, a bar '主持人' over the moderator, a bar '嘉　宾' over the guests, each a name over a small line
    (posters-blind-131's, recoloured)."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 70
    y = label_bar(d, y, "圆桌论坛") + 46
    f = font(40, True)
    tl = wrap_nicely(d, s["title"], f, 760)
    d.rectangle([X0 - 8, y + 24, X0 + 22, y + 30], fill=CREAM)
    for ln in tl:
        ctext(d, W / 2, y, ln, f, (250, 238, 168))
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
    d.rectangle([x0, y, x0 + w, y + 78], fill=PLATE, outline=CREAM, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=CREAM, width=3)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=CREAM, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=CREAM)
    ctext(d, x0 + w / 2, y + 10, pad(s["title"]), f, WHITE)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=CREAM)
    return bot + 40


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(250, 248, 232), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 44, y + h / 2, 24, WHITE)
        f = font(30, True, serif=True)
        d.text((x + 80, y + 18), fits(d, SCHOOL, f, w - 90), font=f, fill=WHITE)
        mf = font(11, True) if tw(d, SCHOOL_MARK, font(11, True)) <= w - 90 else font(9, True)  # a long mark smaller
        d.text((x + 82, y + 66), fits(d, SCHOOL_MARK, mf, w - 90), font=mf, fill=PALE)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (58, 64, 18), (246, 236, 170))
    hgrad(d, x0, y, x0 + w, y + h, (232, 170, 60), (96, 62, 16))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=HOLE)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=CORAL, width=6)
    slant_text(im, 0, y + 10, text, font(52, True), WHITE, 0.18, cx=W / 2)
    return y + h





def footer(im, d, y):
    """The foot (posters-blind-181's, which has posters-blind-162's order: sponsors, support units, media, QR code,
    captions, slogan), with this edition's captions, slogan and QR seed (new text)."""
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 90
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 90
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 200, y, W / 2 + 200, y + 400], outline=WHITE, width=3)
    d.rectangle([W / 2 - 180, y + 20, W / 2 + 180, y + 380], fill=WHITE)
    qrcode(d, W / 2 - 160, y + 40, 320, 6198)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "前 200 名签到的参会者可领取大会纪念 T 恤", font(30), PALE)
    ctext(d, W / 2, y + 52, "议程如有变动，请以大会现场公布为准", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "相约巴陵 · 共建 Linux 内核生态", font(54, True), CORAL, 0.18, cx=W / 2)
    return int(y + 620)



def eave(d, cx, y, half, ink, edge, lift=14, depth=16):
    """A flying eave: a wide band whose two tips turn up (new here)."""
    d.polygon([(cx - half - 10, y - lift), (cx - half + 16, y), (cx + half - 16, y), (cx + half + 10, y - lift),
               (cx + half - 24, y - depth), (cx - half + 24, y - depth)], fill=ink)
    d.line([(cx - half - 10, y - lift), (cx - half + 16, y), (cx + half - 16, y), (cx + half + 10, y - lift)],
           fill=edge, width=2)


def yueyang_tower(d, cx, base, ink, edge, lit):
    """The Yueyang Tower on the city wall by Dongting Lake: a crenellated wall with an arched gate, three storeys
    of pillared halls under flying eaves, and on top the helmet-shaped roof (盔顶) that bulges up and flares out at
    its foot, with a finial (new here)."""
    wall_top = base - 90
    d.rectangle([cx - 190, wall_top, cx + 190, base], fill=ink)  # the wall
    for k in range(-190, 190, 28):  # crenellations
        d.rectangle([cx + k, wall_top - 14, cx + k + 16, wall_top], fill=ink)
    d.chord([cx - 26, base - 60, cx + 26, base - 8], 180, 360, fill=HOLE)  # the gate's arch
    d.rectangle([cx - 26, base - 34, cx + 26, base], fill=HOLE)
    d.line([(cx - 190, wall_top), (cx + 190, wall_top)], fill=edge, width=2)
    y = wall_top - 14
    for half, hh in ((118, 58), (96, 52), (76, 46)):  # three storeys
        d.rectangle([cx - half + 22, y - hh, cx + half - 22, y], fill=ink)
        for px_ in range(int(cx - half + 34), int(cx + half - 30), 22):  # pillars and lit panels
            d.rectangle([px_, y - hh + 12, px_ + 9, y - 6], fill=lit)
        y -= hh
        eave(d, cx, y + 4, half, ink, edge)
        y -= 12
    # the helmet roof: concave flanks rising from flared tips to a rounded crown
    pts = []
    for i in range(13):
        t = i / 12
        pts.append((cx - 90 + 40 * t - 8 * math.sin(math.pi * t), y + 6 - 66 * t * t))
    crown = [(cx - 46 + 92 * i / 12, y - 60 - 22 * math.sin(math.pi * i / 12)) for i in range(13)]
    right = [(2 * cx - px_, py_) for px_, py_ in reversed(pts)]
    poly = [(cx - 104, y - 12)] + pts + crown + right + [(cx + 104, y - 12)]
    d.polygon(poly, fill=ink)
    d.line(poly, fill=edge, width=2)
    d.line([(cx, y - 82), (cx, y - 118)], fill=ink, width=6)  # the finial
    d.ellipse([cx - 8, y - 112, cx + 8, y - 96], fill=ink)


def pagoda(d, cx, base, ink, edge):
    """The Cishi Pagoda on the lake shore: seven brick storeys narrowing upwards, each with a thin eave line, a
    finial on top (new here)."""
    y, half, hh = base, 34, 44
    for k in range(7):
        d.polygon([(cx - half, y), (cx - half + 3, y - hh), (cx + half - 3, y - hh), (cx + half, y)], fill=ink)
        d.rectangle([cx - half - 6, y - hh - 5, cx + half + 6, y - hh], fill=ink)
        d.line([(cx - half - 6, y - hh - 5), (cx + half + 6, y - hh - 5)], fill=edge, width=1)
        d.rectangle([cx - 4, y - hh + 12, cx + 4, y - hh + 26], fill=HOLE)  # a window
        y -= hh + 5
        half -= 3
        hh -= 3
    d.polygon([(cx - 12, y), (cx, y - 34), (cx + 12, y)], fill=ink)
    d.line([(cx, y - 30), (cx, y - 56)], fill=ink, width=3)


def lake_bridge(d, x0, x1, base, ink, edge):
    """The Dongting Lake bridge: a long deck on piers, three slim towers, fans of stay cables from each tower
    (new here)."""
    deck = base - 70
    d.rectangle([x0, deck, x1, deck + 8], fill=ink)
    d.line([(x0, deck), (x1, deck)], fill=edge, width=2)
    for px_ in range(int(x0) + 20, int(x1), 60):
        d.rectangle([px_, deck + 8, px_ + 7, base], fill=ink)
    span = (x1 - x0) / 3
    for k in range(3):
        tx = x0 + span * (k + 0.5)
        top = deck - 190
        d.polygon([(tx - 16, deck + 8), (tx - 5, top), (tx + 5, top), (tx + 16, deck + 8)], fill=ink)
        for j in range(1, 7):  # the cable fans
            for s in (-1, 1):
                d.line([(tx, top + 14 + j * 8), (tx + s * span * 0.07 * j, deck)], fill=edge, width=1)


def junshan(d, x, base, ink, edge):
    """Junshan Island, low wooded hills far out on the lake (new here)."""
    d.polygon([(x - 150, base), (x - 100, base - 40), (x - 40, base - 62), (x + 10, base - 50), (x + 60, base - 72),
               (x + 130, base - 36), (x + 180, base)], fill=ink)
    d.line([(x - 100, base - 40), (x - 40, base - 62), (x + 10, base - 50), (x + 60, base - 72), (x + 130, base - 36)],
           fill=edge, width=1)


def sail(d, x, base, ink, edge):
    """A fishing boat with a sail on the lake (new here)."""
    d.polygon([(x - 40, base - 14), (x + 44, base - 14), (x + 30, base), (x - 28, base)], fill=ink)
    d.line([(x, base - 14), (x, base - 96)], fill=ink, width=3)
    d.polygon([(x + 3, base - 92), (x + 3, base - 22), (x + 46, base - 24)], fill=ink)
    d.line([(x + 3, base - 92), (x + 46, base - 24)], fill=edge, width=1)


def skyline(im, h):
    """The foot: Yueyang by Dongting Lake.  Towers of the new town beyond; Junshan Island far on the lake; the
    Cishi Pagoda at the left; the Yueyang Tower on its wall in the middle; the three-tower cable-stayed bridge at the
    right; a sailing boat; the lake's ripples; the school's name at the very foot (new here)."""
    d = ImageDraw.Draw(im)
    base = h - 40
    far, lit = (64, 72, 22), (255, 226, 150)
    for bx, bw, bh in [(250, 46, 170), (304, 64, 230), (660, 54, 190), (722, 38, 140), (40, 50, 120)]:
        d.rectangle([bx, base - bh, bx + bw, base], fill=far)  # towers beyond
        for wy in range(base - bh + 16, base - 50, 26):
            for wx in range(bx + 8, bx + bw - 10, 18):
                if (wx * 7 + wy) % 4:
                    d.rectangle([wx, wy, wx + 7, wy + 10], fill=lit)
    junshan(d, 880, base - 60, far, (170, 176, 100))
    ink, edge = (22, 26, 8), CREAM
    pagoda(d, 130, base, ink, edge)
    yueyang_tower(d, 470, base, ink, edge, lit)
    lake_bridge(d, 700, W, base, ink, edge)
    sail(d, 225, base, ink, edge)
    for k in range(4):  # the lake
        yy = base + 4 + k * 9
        for x in range(0, W, 56):
            d.arc([x + (k % 2) * 28, yy - 7, x + 56 + (k % 2) * 28, yy + 7], 200, 340,
                  fill=CORAL if k % 2 else CREAM, width=2)
    ctext(d, W / 2, h - 28, SCHOOL, font(20, True, serif=True), (250, 248, 232))


def background(w, h):
    """The olive page: glows, light streaks behind the ring, particles, thin streaks down the sides, the skyline
    (posters-blind-181's, recoloured)."""
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (236, 200, 90), 0.24)
    im = glow(im, 100, 1200, 300, (255, 138, 110), 0.12)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (246, 236, 170) if k % 2 else (255, 138, 110), 0.10)
    im = glow(im, 540, h - 300, 500, (236, 200, 90), 0.16)
    d = ImageDraw.Draw(im)
    rnd = random.Random(6198)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(196, 196, 100), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(250, 248, 232))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(196, 196, 100), width=2)
    skyline(im, h)
    return grain(im, 6198, 0.01)


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




def clk2025_forums():
    """CLK2025's forum names: its repository's numbered top folders (listings/CLK2025.tsv) without the number and
    the space after it, in folder order, when the corpus is there (posters-blind-167's idea, written anew)."""
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if not os.path.exists(p):
        return None
    names = []
    with open(p, encoding="utf-8") as fh:
        for ln in fh.read().splitlines()[1:]:
            path = ln.split("\t")[0]
            m = re.match(r"^(\d+) ([^/]+)/", path)
            if m and m.group(2) not in names:
                names.append(m.group(2))
    return names



NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -131, -149, -162, -174, -181): speakers are names as "
    "printed with spaces, letter-spacing and the padding of two-character names removed ('王　磊' -> 王磊, '李　静' -> "
    "李静, '禹　超' -> 禹超, '覃　明' -> 覃明 and every other two-character name, padded on its plate; some "
    "three-character names are set letter-spaced on their plates, left or right, '彭 志 刚' -> 彭志刚, others tight; "
    "'Andreas Vogel' -> AndreasVogel); host is the chair printed for the forum covering the slot, null for breaks; "
    "start/end always HH:MM on a 24-hour clock; break titles as printed with the padding removed ('开场'; the tea "
    "break's plate prints '茶　歇', given '茶歇'). ONE invented edition, CLK 6198 (第4193届, 岳阳, host school "
    "湖南理工学院 with its 信息科学与工程学院 at the top right, Saturday 6198-10-20), printed as CLK2024's repository "
    "holds its forums: ONE POSTER PER FORUM, each named by its forum. The forums are THREE of CLK2025's six forum "
    "folders, named as the folders are without their leading number and space: '主论坛.webp' (folder '1 主论坛'; the "
    "morning, 09:00-12:30), '调度、性能与调试分论坛.webp' (folder 4, with its '、') and '硬件架构与异构计算分论坛.webp' "
    "(folder 5; the two in parallel in the afternoon, each from 14:00). The edition's other forums have no poster in "
    "this set. There is no whole-agenda picture, so every talk is on one picture only and is listed once; every "
    "forum's date is the edition's; each poster is one entry holding its one forum. 26 scored talks (25 talks, of "
    "them the opening address '开幕致辞', and 1 round table, kind 'panel'; 8 + 9 + 9 per poster) and 3 breaks ('开场' "
    "09:00-09:10 on 主论坛; one '茶歇' per afternoon forum, 15:45-16:00 and 15:45-16:05). Every forum ends with its last "
    "slot (12:30, 17:40, 17:55); 主论坛 prints no tea break and no lunch, as the real 主论坛 prints none, and ends with "
    "its round table. THE HEAD (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the seal, '湖南理工学院' / "
    "'信息科学与工程学院' and 'School of Information Science and Engineering,' / 'Hunan Institute of Science and "
    "Technology', '第4193届中国' / 'Linux内核开发者大会', the ring '6198' / 'CLK', the date pill '6198年10月20日' + pin + "
    "'岳阳', '地址：' over the forum's hall) and THE FOOT ('赞助单位', '支持单位', '支持媒体' on plates over word-mark "
    "boxes, the QR code, '扫码报名', two caption lines '前 200 名签到的参会者可领取大会纪念 T 恤' and "
    "'议程如有变动，请以大会现场公布为准', the slogan '相约巴陵 · 共建 Linux 内核生态', the Yueyang skyline and the "
    "school's name) are no part of any forum, talk or slot; company names in the foot's boxes are nobody's "
    "affiliation. The forum is the name on the slanted plate under the head. The HOST is the name in the bar "
    "'>>>　主持人：name　<<<' (周建华 for 主论坛, '郭　涛' for 调度、性能与调试分论坛, 张晓明 for 硬件架构与异构计算分论坛); "
    "the line '·　unit　·' under it is nobody's affiliation. 主论坛 opens with a BAND '09:00-09:10 >>> 开场' (the range "
    "in the digital face, no speaker): a break. Each card after a pair of V marks (the first at the right, the others "
    "at the left): the RANGE on a TAB at the top left of a frame, drawn in a SEGMENTED seven-segment 'digital' face, "
    "as the organisers' forum posters print ranges; the range on a tab belongs to the frame under it. In a talk's "
    "frame the bold title, then per speaker a BIOGRAPHY at the left (its lines JUSTIFIED to the measure, as the real "
    "cards set them, a paragraph's last line ragged), a ringed round photo at the right and the framed NAME PLATE "
    "under them, at the left or at the right (under the photo, the biography running wide under it) as on the real "
    "cards. '开幕致辞' (09:10-09:20) is a talk of 彭志刚 (the school's vice-president, a 10-line biography in three "
    "paragraphs). A TEA BREAK is a tab over a short frame holding a plate with the label alone, '茶　歇', as the real "
    "card prints it. AFFILIATIONS: like the real 2024 cards the talks print NO company line, so every talk's "
    "affiliations are [] although each biography names the speaker's company or school; biographies are nowhere in "
    "the truth, and the companies, schools, programmes, products and places they name (former employers 中兴通讯 (for "
    "王海涛 of 华为), 德赛西威 (for 黄磊 of 理想汽车), 'Arm 上海' (for 吴海军 of 华为), 'AMD 上海研发中心' (for 唐俊峰 of "
    "寒武纪); schools 中南大学, 湖南大学, 华中科技大学, 国防科技大学, 北京邮电大学, 中国科学院大学, 上海交通大学, "
    "中国科学技术大学; 'SUSE', 'Nuremberg', 'SUSE Linux Enterprise', 'VFS', 'BPF' and 'Bavaria' in the English "
    "biography; 'openEuler', '龙蜥社区', 'ColorOS', 'TencentOS', 'perf', 'PMU', 'SVE', 'SME', 'TDX', 'KVM', 'DCU', "
    "'virtio', 'DPU' and '全国大学生操作系统设计赛' inside biographies) are no speakers and no affiliations. TWO "
    "SPEAKERS of one talk (four talks) are two biography-photo-plate blocks one under the other in ONE frame under ONE "
    "title and ONE tab, both plates at the left as on the real two-speaker cards; they are given top then bottom: "
    "张志伟 then 陈晓静 (both 阿里云) in 主论坛; 陈俊杰 then 刘丽娜 (both 快手) in 调度、性能与调试分论坛; 朱明辉 then "
    "李婷婷 (both 海光信息) and, as the LAST talk of 硬件架构与异构计算分论坛 (17:25-17:55), 曾国华 (an associate "
    "professor) then '覃　明' (his master's student, a ONE-line biography), both of 湖南大学. The second block's name "
    "belongs to the same talk, not to the next frame; after a forum's last frame comes the foot, no further slot. THE "
    "ROUND TABLE (主论坛, 11:55-12:30, kind 'panel') as the real 主论坛 prints one: a tab and a frame, a bar '>>> "
    "圆桌论坛 <<<' (a label, no part of the title), the title centred on ONE line ('多元算力时代：操作系统内核的协同与分工'), "
    "a bar '主持人' over the moderator, a bar '嘉　宾' over FOUR guests, each a name over ONE small line; its speakers "
    "are the moderator and then the guests in printed order (赵勇, 孙丽, 马俊超, 陈立刚, 刘建军) and its affiliations "
    "those small lines exactly as printed, one per person ('国防科技大学计算机学院研究员', '统信软件 内核研发总监', 'vivo "
    "内核技术负责人', '海光信息 系统软件部总监', '麒麟软件 内核架构师'); the moderator is not the forum's host (周建华); the "
    "bars' labels '主持人' and '嘉　宾' are no names. TITLES over two lines are one title: joined without a space inside "
    "Chinese text and after '：' ('从课堂到上游：' / '高校学生参与Linux内核社区的探索与实践'), where the break was made by "
    "hand ('万卡训练集群中主机操作系统内核的' / '稳定性保障实践'; '实时音视频业务的调度抖动分析' / '与内核优化实践'; "
    "'海光DCU与CPU统一内存访问' / '在内核驱动中的设计与实践') and where an even break falls inside a word "
    "('面向国产多核处理器的中' / '断亲和性与负载均衡优化'); with a space between Latin words ('Finding Lock Contention' / "
    "'in Production with BPF'; 'Taming Tail Latency' / 'on Busy Database Hosts'; 'TDX Host Support in Mainline:' / "
    "'Where We Are'). Most titles are typed running Latin into Chinese WITHOUT a space "
    "('基于perf的在线服务性能回归定位实践', 'lockdep在生产内核中的低开销改造', 'DPU卸载场景下virtio-blk的性能调优'), as "
    "the organisers' cards are typed; the truth keeps them as typed. ENGLISH-ONLY titles (4): 'Kernel Regression "
    "Testing at Cloud Scale' (刘洋, one line, a Chinese biography), 'Finding Lock Contention in Production with BPF' "
    "(the LATIN Andreas Vogel of SUSE, an ENGLISH biography of 10 lines in two paragraphs, plate at the right, name "
    "left-aligned on it), 'Taming Tail Latency on Busy Database Hosts' (王浩然), 'TDX Host Support in Mainline: Where We "
    "Are' ('高　峰'). Latin names lose their space. Biographies of 1 to 10 lines, some in paragraphs (two of ONE line: "
    "'马　强', '覃　明'). Talks of 25 minutes in 主论坛 (one of 30), of 20, 25 and 30 minutes in the afternoon, a "
    "10-minute address; the round table 35 minutes; tea breaks of 15 and 20 minutes. NAMES: everyday given names "
    "(伟, 涛, 磊, 静, 杰, 娜, 鹏, 斌, 强, 峰, 飞, 超, 明, 华, 军, 勇, 刚, 丽, 婷 and the like), thirteen of the 36 "
    "Chinese names of two characters. SURNAMES in the proportions of a real Chinese conference: of the 36 Chinese names "
    "(three hosts, the moderator, four guests and 28 of the 29 speakers) 王 four times, 李, 张, 刘 and 陈 three each, "
    "赵 and 马 two each, then one each of 周, 郭, 彭, 杨, 黄, 孙, 徐, 何, 吴, 高, 朱, 郑, 唐, 曾; the only uncommon ones "
    "are 禹 ('禹　超', an engineer) and 覃 ('覃　明', a student), surnames met in Hunan. No person is printed twice."
)
LAYOUTS = {
    "主论坛.webp": "FORUM POSTER of 主论坛 (host 周建华, 湖南理工学院信息科学与工程学院院长、教授; hall "
                "'湖南理工学院 南湖校区学术报告厅') in the organisers' 2024 forum-poster family recoloured: an OLIVE "
                "ground with pale CREAM frames, amber-to-bronze tabs and plates and CORAL accents. The band "
                "'09:00-09:10 >>> 开场'; '开幕致辞' by 彭志刚 (the school's vice-president, 10 lines in three "
                "paragraphs, plate at the right, letter-spaced); 王海涛 (plate at the right); the English 'Kernel "
                "Regression Testing at Cloud Scale' by '刘　洋'; 张志伟 over 陈晓静 (both 阿里云, both plates left, a "
                "title broken by hand); 杨一帆; '黄　磊' (plate at the right); 李建国 (title broken after '：', plate at "
                "the right); the ROUND TABLE 11:55-12:30 '多元算力时代：操作系统内核的协同与分工' with the moderator "
                "'赵　勇' and four guests ('孙　丽', 马俊超, 陈立刚, 刘建军), each over one small line. No tea break, no "
                "lunch.",
    "调度、性能与调试分论坛.webp": "FORUM POSTER of 调度、性能与调试分论坛 (host '郭　涛', 字节跳动 STE 团队内核性能负责人, a "
                           "company host; hall '湖南理工学院 图书馆四楼报告厅'): 9 talks 14:00-17:40 (of 20, 25 and 30 "
                           "minutes) and 茶歇 15:45-16:00. '王　磊'; '李　静' (plate at the right); the LATIN Andreas "
                           "Vogel (SUSE, English title and biography, plate at the right); 陈俊杰 over 刘丽娜 (both 快手, "
                           "a title broken by hand); 茶歇; '赵　鹏'; 徐文斌 (plate at the right); 王浩然 (English "
                           "title); '马　强' (a ONE-line biography); LAST, 何丽华 (plate at the right).",
    "硬件架构与异构计算分论坛.webp": "FORUM POSTER of 硬件架构与异构计算分论坛 (host 张晓明, 湖南大学信息科学与工程学院教授, a "
                            "teacher of another university; hall '湖南理工学院 信息楼一楼学术报告厅'): 9 talks "
                            "14:00-17:55 (of 25, 20 and 30 minutes) and 茶歇 15:45-16:05. 张德勇; 吴海军 (plate at the "
                            "right); '高　峰' (English title broken by hand after ':'); 朱明辉 over 李婷婷 (both "
                            "海光信息; a title broken by hand); 茶歇; 郑伟东; 唐俊峰 (plate at the right); '王　飞'; "
                            "'禹　超'; LAST, 曾国华 over '覃　明' (both 湖南大学; his a ONE-line biography; the title "
                            "broken evenly inside '中断').",
}
EXPECTED_LINES = {
    "万卡训练集群中主机操作系统内核的稳定性保障实践": 2,
    "从课堂到上游：高校学生参与Linux内核社区的探索与实践": 2,
    "Finding Lock Contention in Production with BPF": 2,
    "实时音视频业务的调度抖动分析与内核优化实践": 2,
    "Taming Tail Latency on Busy Database Hosts": 2,
    "TDX Host Support in Mainline: Where We Are": 2,
    "海光DCU与CPU统一内存访问在内核驱动中的设计与实践": 2,
    "面向国产多核处理器的中断亲和性与负载均衡优化": 2,
}
BIO_MAX = 10  # the longest biographies (彭志刚's and Andreas Vogel's), in lines; the shortest are one line


# ===========================================================================
def aff_of(s):
    """A slot's affiliations: the round table's small lines, one per person, exactly as printed; [] for a talk,
    as the cards print no company line (biographies are never affiliations).  posters-blind-162's (131's)."""
    if s["kind"] == "panel":
        return [sp["company"] for sp in s["sp"]]
    return []


def truth_slot2(s):
    """A slot as truth.json gives it.  Titles as printed (a break's padding '茶　歇' removed).  posters-blind-162's."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": aff_of(s),
            "host": s["host"] and plain(s["host"])}


def forum_truth2(forum):
    return {"forum": forum[0], "date": DATE, "slots": [truth_slot2(s) for s in forum[3]]}


def fn_of(name):
    return name + ".webp"


def layout(fn, size):
    return "%s (%s), %s, %s (WebP q85, %d x %d): " % ((EDITION, NTH[:-2], CITY, DATE) + size) + LAYOUTS[fn]


def check_lines(lines, bios):
    """The title breaks the notes name, and the spread of biography lengths (one line to BIO_MAX lines)."""
    for t, k in EXPECTED_LINES.items():
        assert lines[t] == k, (t, lines[t], k)
    assert sum(1 for k in lines.values() if k > 1) == len(EXPECTED_LINES), lines
    n = [b[2] for b in bios]
    assert min(n) == 1 and max(n) == BIO_MAX, n



COMMON = set("王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
             "钟")  # the fifty commonest surnames and 钟 (posters-blind-181's)
SURNAMES = {"王": 4, "李": 3, "张": 3, "刘": 3, "陈": 3, "赵": 2, "马": 2}  # and one each of the rest
SINGLES = "周郭彭杨黄孙徐何吴高朱郑唐曾禹覃"
RARE = "禹覃"  # the only surnames outside COMMON: both met in Hunan
TWO_CHAR = ["郭涛", "刘洋", "黄磊", "赵勇", "孙丽", "王磊", "李静", "赵鹏", "马强", "高峰", "王飞", "禹超", "覃明"]  # padded


def check(posters):
    """A Saturday; three of CLK2025's forum names; nobody printed twice; no real name or deck title; slots
    contiguous; no company lines on talks; the brief's ingredients (posters-blind-181's, with this set's counts)."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == FORUM_NAMES
    names = clk2025_forums()
    if names is not None:
        assert len(names) == 6 and [names[0], names[3], names[4]] == FORUM_NAMES, names
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
            assert ends[0][0] == "09:00" and ends[-1][1] == "12:30" and breaks == ["开场"], (ends, breaks)
            assert f["slots"][-1]["kind"] == "panel"
        else:
            assert ends[0][0] == "14:00" and breaks == ["茶歇"], (ends, breaks)
            assert f["slots"][-1]["kind"] == "talk"
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == plain(FORUMS[FORUM_NAMES.index(f["forum"])][2][0])
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
    assert sum(1 for s in talks if len(s["sp"]) == 2) == 4
    assert [f[0] for f in FORUMS if len(f[3][-1]["sp"]) == 2 and f[3][-1]["kind"] == "talk"] == [
        "硬件架构与异构计算分论坛"]
    assert sum(1 for s in talks if s["title"].isascii()) == 4
    panels = [s for f in FORUMS for s in f[3] if s["kind"] == "panel"]
    assert len(panels) == 1 and panels[0]["guests"] == 4
    assert sum(1 for s in talks for sp in s["sp"] if latin(sp["name"])) == 1
    two = [p for p in people if len(p) == 2 and not p.isascii()]
    assert sorted(two) == sorted(TWO_CHAR), two
    sur = [p[0] for p in people if not p.isascii()]
    rare = [p for p in people if not p.isascii() and p[0] not in COMMON]
    assert sorted(r[0] for r in rare) == sorted(RARE), rare  # the only uncommon surnames
    counts = {c: sur.count(c) for c in set(sur)}
    assert len(sur) == 36, len(sur)
    for c, n in SURNAMES.items():
        assert counts[c] == n, (c, counts)
    assert sorted(c for c in counts if counts[c] == 1) == sorted(SINGLES), counts
    assert set(counts) == set(SURNAMES) | set(SINGLES), counts
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
        assert 12800 <= im.size[1] <= 15400, (fn, im.size)  # the real forum posters: 13,097 to 15,083
        assert size < 1.5e6, (fn, size)
        if os.environ.get("KEEP_PNG"):  # to look at by eye; not part of the set
            os.makedirs("/tmp/p198/own", exist_ok=True)
            im.save("/tmp/p198/own/" + forum[0] + ".png")
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
