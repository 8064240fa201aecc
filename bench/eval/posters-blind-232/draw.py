"""Draw the two-hundred-and-thirty-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 9232 (第7227届, 张掖, 河西学院, Saturday 9232-10-23),
printed as CLK2024's repository prints its forums: ONE POSTER PER FORUM, named by the
forum.  The forums are CLK2022's four, as its README's recording links name them:
主论坛 (the morning), then 处理器架构与调度分论坛, 内存管理与异构计算分论坛 and
'IO 与 ebpf 分论坛' in parallel in the afternoon.  All WebP, 1080 px wide and as tall
as the real ones, in the family of the organisers' 2024 forum posters (slanted title,
'CLK' ring, date pill, forum plate, host bar, range tabs in a segmented face, frames
with biography, ringed photo and name plate, no company line; 主论坛 with an opening
band and a round table), in a NEW colour scheme: a TERRACOTTA ground (a burnt clay red
to a near-black brown) with pale SAND frames, TEAL tabs and plates and AMBER accents,
and a new skyline (Zhangye: Danxia hills, the Drum Tower, the Wooden Pagoda).

This file starts from posters-blind-229/draw.py (helpers copied unchanged, painters
recoloured, a new skyline, new data and checks); see README.md.
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
# helpers copied unchanged from posters-blind-229/draw.py, which has them from posters-blind-192 (and that from 174),
# which has them from posters-blind-162, -149, -145, -137, -131, -125, -119, -113, 108, 104, 79, 66, 65, 62 and 59: font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
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
# copied unchanged from posters-blind-229/draw.py (192's, 174's, which has them through set 162 from posters-blind-66/draw.py): SEGS, seg_advance, seg_width, seg_text (the segmented
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
# CLK 9232 (第7227届), 张掖, 河西学院, Saturday 9232-10-23.  ONE edition, its four forum posters, named by CLK2022's
# four forum names as its README's recording links spell them, as CLK2024's repository holds one poster per forum.
# 主论坛 in the morning, the other three in parallel in the afternoon from 14:00.
EDITION = "CLK 9232"
YEAR = "9232"
NTH = "第7227届中国"
DATE = "9232-10-23"
DATE_PRINTED = "9232年10月23日"
CITY = "张掖"
SCHOOL = "河西学院"
SCHOOL_UNIT = "信息技术与传媒学院"
SCHOOL_EN = "School of Information Technology and Media, Hexi University"
SCHOOL_MARK = "HEXI UNIVERSITY"
CAPTIONS = ("前 300 名签到的参会者可领取大会纪念品", "议程若有变动，以大会现场公告为准")
SLOGAN = "丝路张掖 · 与 Linux 内核同行"


def P(name, bio, side, spaced=False):
    """A talk's speaker: the biography the card prints (a '\\n' starts a new paragraph on a new line, as the real
    cards break theirs), the side of his name plate ('R' under the photo, the biography running wide under it;
    'L' under the biography, or beside the photo's foot when the biography is short) and whether a three-character
    name is letter-spaced on the plate.  No company line: the real cards print none.  posters-blind-192's."""
    return S(name, None, None, bio, side=side, line=None, spaced=spaced)


def G(name, line):
    """A round-table person as the real 主论坛 prints one: the name over ONE small line (company and job as
    typed, kept whole as the affiliation).  From posters-blind-192/draw.py."""
    return S(name, line, None)


def R(start, end, title, moderator, guests, host):
    """A round table: a bar '圆桌论坛' (a label), the title, a bar '主持人' over the moderator, a bar '嘉　宾'
    over the guests.  Its speakers are the moderator and then the guests.  From posters-blind-192/draw.py."""
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "host": host, "guests": len(guests)}




H1 = "田志宏"
MAIN = ("主论坛", "河西学院 图书馆一楼学术报告厅", (H1, "河西学院信息技术与传媒学院院长、教授"), [
    B("09:00", "09:10", "开场"),
    T("09:10", "09:20", "欢迎致辞", [P(
        "李建平",
        "河西学院副校长，教授，硕士生导师。长期从事计算机应用技术与农业信息化方面的教学和科研工作，主持国家自然科学基金"
        "地区科学基金项目、甘肃省科技重大专项等课题十余项，发表学术论文五十余篇。\n"
        "曾获甘肃省高等教育教学成果奖一等奖。近年来推动学校与省内外信息技术企业共建产业学院和联合实验室。", "R", True)],
      H1),
    T("09:20", "09:50", "从开发板到数据中心：国产处理器内核适配十年回顾", [P(
        "王立军",
        "麒麟软件有限公司操作系统研发中心首席架构师，负责服务器与桌面操作系统内核的技术路线，带领团队完成了多种国产处理器"
        "平台的内核适配与长期维护，推动一百多个补丁进入上游主线。\n"
        "他长期关注内核的长期支持版本维护，建立了面向多种处理器平台的补丁回合与兼容性测试体系，并参与编写了多部操作系统"
        "方面的教材。\n"
        "此前在中国电子科技集团从事嵌入式实时系统的开发。2003 年硕士毕业于兰州大学。", "R", True)], H1),
    T("09:50", "10:20", "Kernel Live Patching at Fleet Scale: What Can Go Wrong", [P(
        "Elena Marchetti",
        "Elena is a senior kernel engineer at SUSE in Nuremberg, Germany, where she works on live patching for "
        "enterprise distributions. She builds and tests the patches that keep customer systems secure without a "
        "reboot, and has reviewed the consistency model and its corner cases over many releases.\n"
        "Before joining SUSE she worked on storage drivers for telecom equipment in Milan.", "R")], H1),
    T("10:20", "10:50", "智能座舱操作系统内核的启动加速与稳定性保障", [
        P("刘洋",
          "理想汽车操作系统团队技术专家，负责智能座舱与辅助驾驶域控制器的 Linux 内核，主导了冷启动时间从十余秒缩短到三秒"
          "以内的优化工作。\n"
          "此前在高通从事车载平台的 BSP 开发。", "L"),
        P("韩玥",
          "理想汽车操作系统团队工程师，负责内核稳定性问题的分析与线上监控。", "L")], H1),
    T("10:50", "11:20", "云原生时代内核可观测性体系的建设与演进", [P(
        "黄志勇",
        "阿里云智能集团高级技术专家，龙蜥社区系统运维联盟成员，负责云上操作系统的诊断与可观测性平台，设计了覆盖百万级实例"
        "的内核异常检测与根因分析系统。\n"
        "2011 年加入阿里巴巴。", "L", True)], H1),
    T("11:20", "11:50", "手机内核的内存与功耗协同优化", [P(
        "陈珺",
        "vivo 操作系统内核团队负责人，负责手机内核的性能、功耗与稳定性，带领团队在内存管理与调度方向向上游贡献补丁一百"
        "余个。", "L")], H1),
    R("11:50", "12:30", "开源内核社区与高校人才培养",
      G("黄建新", "西北师范大学计算机科学与工程学院教授"),
      [G("吴晓东", "华为 openEuler 社区技术委员会委员"),
       G("杨丽娜", "统信软件 内核研发部经理"),
       G("马超", "河西学院 信息技术与传媒学院副院长")], H1),
])

H2 = "郭峰"
CPU = ("处理器架构与调度分论坛", "河西学院 信息技术与传媒学院一楼报告厅", (H2, "中兴通讯操作系统产品部首席架构师"), [
    T("14:00", "14:25", "多插槽服务器上调度域拓扑的识别与优化", [P(
        "王海涛",
        "华为操作系统内核实验室高级工程师，负责 openEuler 内核调度子系统在多插槽服务器上的性能优化，分析并改进了跨插槽"
        "任务迁移与负载均衡的开销，相关补丁已合入上游主线。\n"
        "2014 年硕士毕业于哈尔滨工业大学，曾在中兴通讯从事电信设备的内核维护。", "R", True)], H2),
    T("14:25", "14:50", "uclamp在安卓游戏场景下的帧率稳定实践", [P(
        "彭飞",
        "荣耀终端系统性能部工程师，负责游戏场景下的调度与频率策略调优。", "L")], H2),
    T("14:50", "15:20", "Taming Tail Latency with Core Scheduling in Multi-Tenant Clouds", [
        P("张晓东",
          "腾讯云虚拟化团队高级工程师，负责云服务器的资源隔离与调度性能，推动核心调度在安全容器场景的落地。", "L", True),
        P("林静",
          "腾讯云虚拟化团队工程师，负责调度延迟的基准测试与线上数据分析，开发了按租户统计调度尾延迟的观测工具。\n"
          "2021 年硕士毕业于中山大学。", "L")], H2),
    B("15:20", "15:40", "茶歇"),
    T("15:40", "16:05", "RISC-V多核处理器上IPI开销的分析与优化", [P(
        "郑昱凯",
        "中国科学院计算技术研究所助理研究员，研究方向为处理器体系结构与操作系统，参与开源高性能 RISC-V 处理器的系统软件"
        "研发，负责多核启动、中断控制器与核间中断的内核支持。\n"
        "2019 年博士毕业于中国科学院大学。", "R")], H2),
    T("16:05", "16:30", "cgroup v2 CPU控制器在混部集群中的调优经验", [P(
        "赵鹏",
        "快手基础架构部内核工程师。", "L")], H2),
    T("16:30", "16:55", "虚拟机vCPU抢占对客户机调度的影响与缓解", [P(
        "陈立新",
        "网易数帆虚拟化团队高级工程师，负责云主机虚拟化平台的性能与稳定性，分析了宿主机超分场景下 vCPU 被抢占对客户机内"
        "自旋锁与调度延迟的影响，推动半虚拟化调度提示在生产环境中落地。\n"
        "2015 年硕士毕业于浙江大学，此前在华为从事虚拟化平台的开发。", "R", True)], H2),
    T("16:55", "17:25", "基于PMU事件的调度器负载特征识别", [P(
        "何文涛",
        "海光信息技术股份有限公司操作系统研发部资深工程师，负责海光处理器在 Linux 内核中的性能监控单元、电源管理与调度"
        "支持。他基于硬件性能事件为调度器提供访存密集度与缓存占用的负载特征，在数据库与虚拟化场景下改进了任务放置，"
        "相关工作正在与上游社区讨论。\n"
        "在加入海光之前，他在联想服务器事业部负责服务器平台的性能调优六年，熟悉 x86 平台的性能分析方法与工具。\n"
        "2010 年硕士毕业于天津大学。", "R", True)], H2),
    T("17:25", "17:50", "实时Linux在轨道交通信号系统中的应用", [P(
        "胡国栋",
        "交控科技股份有限公司系统软件部技术负责人，负责列车运行控制系统车载与轨旁设备的实时 Linux 平台，完成了实时补丁在"
        "多款工控平台上的移植与认证测试。", "L", True)], H2),
])

H3 = "杨晓红"
MEM = ("内存管理与异构计算分论坛", "河西学院 图书馆二楼学术报告厅", (H3, "兰州大学信息科学与工程学院副教授"), [
    T("14:00", "14:25", "内存热插拔在云主机弹性扩容中的实践", [P(
        "刘海波",
        "中国电信天翼云操作系统团队高级工程师，负责云主机内核的内存管理特性，主导了虚拟机内存在线扩容方案的设计与落地，"
        "解决了热插拔过程中的页面迁移失败与碎片问题。\n"
        "2012 年硕士毕业于西安电子科技大学。", "R", True)], H3),
    T("14:25", "14:50", "HMM在GPU共享虚拟内存中的适配实践", [P(
        "孙浩",
        "摩尔线程系统软件部工程师，负责 GPU 驱动的内存管理，参与共享虚拟内存特性的开发。", "L")], H3),
    T("14:50", "15:15", "Cutting Page Table Overhead for Terabyte-Scale Databases", [P(
        "高志强",
        "华为云数据库内核团队技术专家，负责数据库服务器的操作系统调优，分析了 TB 级内存数据库实例中页表占用与缺页开销的"
        "来源，推动共享页表与大页方案在生产环境落地。\n"
        "此前在甲骨文中国研发中心从事数据库与操作系统的联合调优八年。", "R")], H3),
    T("15:15", "15:40", "NPU驱动中DMA映射开销的分析与优化", [
        P("张文斌",
          "寒武纪软件部驱动工程师，负责智能加速卡驱动的内存管理与 DMA 子系统，优化了大批量数据搬运时 IOMMU 映射与解除"
          "映射的开销。", "L", True),
        P("朱丽",
          "寒武纪软件部测试工程师。", "L")], H3),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:25", "透明大页在Java应用中的收益与陷阱", [P(
        "袁明",
        "京东零售基础架构部内核工程师，负责线上 Java 服务的内存性能调优，总结了透明大页在不同垃圾回收器下的收益与延迟"
        "风险。", "L")], H3),
    T("16:25", "16:50", "vmalloc分配路径上的锁竞争优化", [P(
        "李俊",
        "小米集团系统软件部内核工程师，负责手机平台内存子系统的性能优化。他在开机与应用冷启动阶段发现了 vmalloc 分配路径"
        "上的锁竞争，提出的优化补丁已被上游接收。\n"
        "2018 年硕士毕业于武汉大学。", "R")], H3),
    T("16:50", "17:15", "memcg内存回收延迟的观测与治理", [
        P("董磊",
          "河西学院信息技术与传媒学院讲师，研究方向为操作系统与云计算，主持甘肃省高等学校创新基金项目一项，指导学生参加"
          "全国大学生操作系统设计赛。", "L"),
        P("雒嘉伟",
          "河西学院信息技术与传媒学院本科生。", "L")], H3),
    T("17:15", "17:40", "面向存算一体芯片的内核内存管理初探", [P(
        "王晓峰",
        "之江实验室智能计算研究中心高级工程师，研究方向为新型存储器件与操作系统，负责存算一体原型芯片的系统软件栈设计。\n"
        "他提出了在内核中把存算单元作为特殊内存节点管理的方案，并在原型系统上完成了验证。\n"
        "2016 年博士毕业于华中科技大学。", "R", True)], H3),
])

H4 = "周斌"
IO = ("IO 与 ebpf 分论坛", "河西学院 逸夫楼三楼会议室", (H4, "阿里云操作系统团队高级技术专家"), [
    T("14:00", "14:20", "io_uring在分布式数据库中的异步IO改造", [P(
        "陈志刚",
        "平凯星辰（北京）科技有限公司存储引擎团队技术专家，负责分布式数据库存储层的 IO 路径优化，主导了基于 io_uring 的"
        "异步写入改造，使写入吞吐提升三成。\n"
        "2013 年硕士毕业于北京航空航天大学，此前在百度从事分布式文件系统开发。", "R", True)], H4),
    T("14:20", "14:40", "基于XDP的四层负载均衡性能优化", [P(
        "曹阳",
        "美团基础研发平台网络工程师，负责四层负载均衡网关的数据面开发。", "L")], H4),
    T("14:40", "15:00", "Writeback Throttling Revisited: Fairness for Mixed Workloads", [P(
        "张宇航",
        "字节跳动 STE 团队内核工程师，负责存储与块层方向的开发和维护，关注回写限流与 IO 隔离。他分析了在线服务与离线任务"
        "混合部署时回写造成的延迟抖动，对块层回写限流提出了改进方案。\n"
        "2017 年硕士毕业于南京大学。", "R")], H4),
    T("15:00", "15:20", "ext4快速提交在手机存储上的收益分析", [P(
        "徐晟阳",
        "OPPO 操作系统内核团队文件系统工程师，负责手机平台文件系统与存储性能，评估了快速提交特性在 UFS 存储上的收益。",
        "L", True)], H4),
    T("15:20", "15:40", "BPF程序签名与加载审计机制", [
        P("李宏亮",
          "深信服科技终端安全产品线高级工程师，负责终端防护产品的内核模块与 eBPF 程序开发，主导了 BPF 程序加载审计方案的"
          "设计。", "L"),
        P("祁军",
          "深信服科技安全研究员，关注内核攻击面与 eBPF 相关漏洞。", "L")], H4),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:20", "NVMe多路径在分布式存储中的故障切换优化", [P(
        "罗建华",
        "浪潮信息存储产品线高级工程师，负责分布式存储系统中 NVMe over Fabrics 的主机端适配，优化了链路故障时多路径切换的"
        "时延，使业务 IO 中断时间从数十秒缩短到秒级。\n"
        "2011 年硕士毕业于山东大学。", "R", True)], H4),
    T("16:20", "16:40", "eBPF CO-RE在多内核版本环境中的落地", [P(
        "Martin Kovac",
        "SUSE 北京研发中心高级工程师，来自斯洛伐克，在中国工作八年，负责 eBPF 工具链在企业发行版中的打包与兼容性测试。",
        "L")], H4),
    T("16:40", "17:00", "bcache在冷热分层存储中的应用实践", [P(
        "刘建伟",
        "中国移动云能力中心存储工程师，负责云主机本地盘缓存方案，基于 bcache 实现了冷热数据分层，并完善了缓存盘故障时的"
        "降级策略。\n"
        "此前在新华三从事存储阵列软件开发。", "L", True)], H4),
    T("17:00", "17:25", "基于eBPF的文件访问审计与勒索软件检测", [P(
        "李红梅",
        "奇安信科技集团终端安全研究院技术专家，负责服务器安全产品的内核检测能力建设。她设计了基于 eBPF 的文件访问审计框架，"
        "可以在不修改内核的前提下采集进程对文件的打开、写入与重命名行为，并结合行为特征对勒索软件的批量加密进行实时识别，"
        "已在金融与能源行业的数万台服务器上部署。\n"
        "她还参与了多起重大安全事件的应急响应，整理了面向运维团队的内核安全加固手册。\n"
        "在加入奇安信之前，她在启明星辰从事入侵检测系统的研发五年。\n"
        "2009 年硕士毕业于北京邮电大学，研究方向为网络与信息安全。", "R")], H4),
])

FORUMS = [MAIN, CPU, MEM, IO]
FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's

SPONSORS = ["河西学院", "HUAWEI", "阿里云", "腾讯云", "vivo", "荣耀", "中兴通讯", "麒麟软件", "海光信息", "深信服"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "开放原子开源基金会", "甘肃省计算机学会",
           "张掖市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "阅码场"]


# names of real speakers and hosts read on the real posters (copied from set 229, which has set 192's and 174's list, which is set 162's, 149's, 145's, 137's,
# 131's, 125's, 119's, 113's, 79's and 66's, taken from the CLK2024 posters as pictures), none of which may be
# used; the listings' names and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "李志", "伍勃", "李扬韬", "邹贻鹏", "廖肇燕", "甄鹏",
              "慕冬亮", "LianboJiang"]




# ---------------------------------------------------------------------------
# the new colour scheme: TERRACOTTA (a burnt clay red at the head to a near-black brown at the foot, instead of the
# organisers' royal blue), pale SAND where they print cyan (frames, plates' outlines, rings), TEAL tabs, forum plate,
# bars and foot plates (white type), AMBER where they print pink accents (set 229's SILVER and SPRING renamed SAND and
# AMBER, every literal colour of its painters mapped by one table of 17 entries)
SAND = (250, 228, 196)
PALE = (255, 240, 224)
FRAME = (240, 210, 174)
DIM = (200, 120, 84)
AMBER = (255, 190, 72)
HOLE = (46, 18, 10)  # the hole of a pin, the cut corners of plates
PLATE = (80, 28, 14)  # inside name plates
TAB0, TAB1 = (40, 168, 164), (8, 58, 70)  # tab gradients, bright at the left
BG0, BG1 = (170, 74, 44), (38, 14, 8)  # the page, top to bottom
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 50
PHOTO, PCX, OUTER = 236, 810, 166  # photo diameter, its centre x, the outer ring's radius

# ---------------------------------------------------------------------------
# painters copied from posters-blind-229/draw.py (which has them from posters-blind-192, -174, -162, -149, -145, -137
# and -131), recoloured here by one table (see README.md); as in set 229, speaker_block lets a left plate rise
# beside the photo's foot (as the real cards set it), titles are wrapped to TITLE_W (the real cards' measure);
# footer has this edition's QR seed.
# (In set 229 these were set 192's, its GILT and AQUA renamed SILVER and SPRING; the skyline below is new here.)
def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites."""
    for r, col, wd in [(200, (132, 214, 206), 3), (160, (250, 228, 196), 6), (118, (255, 244, 230), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(255, 190, 72), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(104, 38, 20), outline=(255, 244, 230), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (255, 244, 230))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(255, 244, 230), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d, hall):
    """The head of every poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, SAND, 1.15)
    seal(d, 640, 84, 30, WHITE)
    d.text((684, 50), SCHOOL, font=font(30, True), fill=WHITE)
    d.text((684, 90), SCHOOL_UNIT, font=font(19, True), fill=WHITE)
    d.text((684, 118), fits(d, SCHOOL_EN, font(10), 370), font=font(10), fill=PALE)
    ring_graphic(d, 810, 660)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=SAND, width=4)
    d.line([(560, 530), (640, 510)], fill=SAND, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.rounded_rectangle([x0, y0, x1, y1], radius=14, outline=SAND, width=3)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, AMBER, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, SAND, 1.2)
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
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=AMBER if i % 2 else SAND, width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on a teal plate (a bright teal to a deep sea teal) with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(46, 170, 166))
    hgrad(d, x0, y, x1, y + h, (40, 160, 158), (10, 64, 74))
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=HOLE)
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=HOLE)
    d.line([(x1 - 200, y - 14), (x1 + 60, y - 14)], fill=AMBER, width=6)
    slant_text(im, 0, y + 8, text, f, WHITE, 0.18, cx=W / 2)
    return y + h


def arrows(d, x, y, right, fill, n=3, s=14):
    for j in range(n):
        ax = x + j * (s + 8) if right else x - j * (s + 8)
        k = 1 if right else -1
        d.line([(ax, y - s), (ax + k * s, y), (ax, y + s)], fill=fill, width=4)


def host_bar(d, y, host):
    hgrad(d, X0, y, X1, y + 78, (84, 28, 14), (30, 146, 146))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, AMBER)
    arrows(d, X1 - 34, y + 39, False, AMBER)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(132, 214, 206), (250, 228, 196)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a teal bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(210, 248, 242), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(132, 214, 206), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=SAND, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(238, 200, 160), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=SAND)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side, spaced=False):
    """The name plate: an outlined box, darker inside, the name bold (padded); a tail line under it.
    Returns the foot of the tail line and the plate's left edge and width."""
    f = font(40, True)
    text = pad(name)
    w = max(340, tw(d, text, f) + 110)
    x0 = X0 + 46 if side == "L" else X1 - w
    d.rectangle([x0, y, x0 + w, y + 72], fill=PLATE, outline=SAND, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=SAND, width=3)
    if side == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=SAND, width=3)
    else:
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=SAND, width=3)
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
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=SAND, width=4)
    for i, ln in enumerate(lines):
        d.text((bx, y + i * BIO_LH), ln, font=bf, fill=PALE)
    yb = y + len(lines) * BIO_LH
    ring_photo(im, d, cy, sp["name"])
    log.append((sp["name"], len(sp["bio"]), len(lines)))
    py = max(yb + 24, cy + OUTER + 16) if side == "R" else max(yb + 24, cy + OUTER - 84)
    yp, x0, w = plate(d, py, sp["name"], side, sp["spaced"])
    return yp + 10


def frame(d, top, bot, tabr, right_post=True):
    """The talk frame: a line from the tab to a dot at the right, the left edge, a foot with a cut corner."""
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.line([(tabr, top + 12), (X1 - 120, top + 12)], fill=DIM, width=2)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=SAND)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=AMBER, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


# titles the designer broke by hand, where the even break would fall badly (the lines joined, with a space
# between Latin words as printed, give the title)
TITLE_W = 820  # the measure of a card's title: the real 存储IO cards set a line of up to 20 characters (about 810 px)
BREAKS = {  # titles the designer broke by hand, at a phrase, as the real cards are broken (lines joined give the title)
    "Kernel Live Patching at Fleet Scale: What Can Go Wrong": ["Kernel Live Patching at Fleet Scale:", "What Can Go Wrong"],
    "智能座舱操作系统内核的启动加速与稳定性保障": ["智能座舱操作系统内核的", "启动加速与稳定性保障"],
    "云原生时代内核可观测性体系的建设与演进": ["云原生时代内核可观测性体系的", "建设与演进"],
    "uclamp在安卓游戏场景下的帧率稳定实践": ["uclamp在安卓游戏场景下的", "帧率稳定实践"],
    "RISC-V多核处理器上IPI开销的分析与优化": ["RISC-V多核处理器上", "IPI开销的分析与优化"],
    "虚拟机vCPU抢占对客户机调度的影响与缓解": ["虚拟机vCPU抢占对客户机调度的", "影响与缓解"],
    "HMM在GPU共享虚拟内存中的适配实践": ["HMM在GPU共享虚拟内存中的", "适配实践"],
    "Cutting Page Table Overhead for Terabyte-Scale Databases": ["Cutting Page Table Overhead for",
                                                                 "Terabyte-Scale Databases"],
    "面向存算一体芯片的内核内存管理初探": ["面向存算一体芯片的", "内核内存管理初探"],
    "io_uring在分布式数据库中的异步IO改造": ["io_uring在分布式数据库中的", "异步IO改造"],
    "NVMe多路径在分布式存储中的故障切换优化": ["NVMe多路径在分布式存储中的", "故障切换优化"],
    "基于eBPF的文件访问审计与勒索软件检测": ["基于eBPF的文件访问审计与", "勒索软件检测"],
}


def title_lines(d, title, f):
    """The title's lines: as broken by hand in BREAKS, else after '：' where it has one, else evenly
    (posters-blind-229's, through 192, 174 and 162; here the titles of BREAKS are broken by hand, all to TITLE_W)."""
    if title in BREAKS:
        assert title in (" ".join(BREAKS[title]), "".join(BREAKS[title]))
        return [fits(d, ln, f, TITLE_W) for ln in BREAKS[title]]
    return wrap_nicely(d, title, f, TITLE_W)


def talk_card(im, d, y, s, log, chev_x):
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 48
    tf = font(38, True)
    tl = title_lines(d, s["title"], tf)
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=SAND)
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
    hgrad(d, X0, y, X1, y + h, TAB0, (84, 28, 14))
    d.rectangle([X0, y, X1, y + h], outline=(210, 248, 242), width=2)
    seg_text(d, X0 + 34, y + 20, rng(s), 44, WHITE)
    arrows(d, 660, y + h / 2, True, WHITE)
    rtext(d, X1 - 70, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


def label_bar(d, y, text):
    """A bar inside the round-table frame, as on the real 主论坛: arrows at both ends, the label centred;
    a tick on the frame's left edge level with it (posters-blind-131's, recoloured)."""
    x0, x1, h = X0 + 110, X1 - 110, 76
    hgrad(d, x0, y, x1, y + h, (36, 156, 154), (84, 28, 14))
    d.rectangle([x0, y, x1, y + h], outline=FRAME, width=2)
    arrows(d, x0 + 32, y + h / 2, True, WHITE, 3, 12)
    arrows(d, x1 - 32, y + h / 2, False, WHITE, 3, 12)
    ctext(d, W / 2, y + 10, text, font(40, True), WHITE)
    d.rectangle([X0 - 8, y + h / 2 - 3, X0 + 22, y + h / 2 + 3], fill=SAND)
    return y + h


def person(d, y, sp):
    """A round-table person: the name (padded, light gold) over one small line (posters-blind-131's, recoloured)."""
    ctext(d, W / 2, y, pad(sp["name"]), font(44, True), (255, 222, 170))
    ctext(d, W / 2, y + 66, sp["company"], font(22), PALE)
    return y + 118


def panel_card(im, d, y, s, log, chev_x):
    """The round table as the real 主论坛 prints it: tab and frame, a bar '圆桌论坛', the title centred in
    light gold, a bar '主持人' over the moderator, a bar '嘉　宾' over the guests, each a name over a small line
    (posters-blind-131's, recoloured)."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 70
    y = label_bar(d, y, "圆桌论坛") + 46
    f = font(40, True)
    tl = wrap_nicely(d, s["title"], f, 760)
    d.rectangle([X0 - 8, y + 24, X0 + 22, y + 30], fill=SAND)
    for ln in tl:
        ctext(d, W / 2, y, ln, f, (255, 222, 170))
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
    d.rectangle([x0, y, x0 + w, y + 78], fill=PLATE, outline=SAND, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=SAND, width=3)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=SAND, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=SAND)
    ctext(d, x0 + w / 2, y + 10, pad(s["title"]), f, WHITE)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=SAND)
    return bot + 40


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(255, 244, 230), width=3)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (84, 28, 14), (250, 228, 196))
    hgrad(d, x0, y, x0 + w, y + h, (40, 160, 158), (10, 64, 74))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=HOLE)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=AMBER, width=6)
    slant_text(im, 0, y + 10, text, font(52, True), WHITE, 0.18, cx=W / 2)
    return y + h





def footer(im, d, y):
    """The foot (posters-blind-162's order: sponsors, support units, media, QR code, captions, slogan), with this
    edition's captions and slogan (new text)."""
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 90
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 90
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 200, y, W / 2 + 200, y + 400], outline=WHITE, width=3)
    d.rectangle([W / 2 - 180, y + 20, W / 2 + 180, y + 380], fill=WHITE)
    qrcode(d, W / 2 - 160, y + 40, 320, 9232)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, CAPTIONS[0], font(30), PALE)
    ctext(d, W / 2, y + 52, CAPTIONS[1], font(30), PALE)
    y += 150
    slant_text(im, 0, y, SLOGAN, font(54, True), AMBER, 0.18, cx=W / 2)
    return int(y + 700)










# ---------------------------------------------------------------------------
# the foot's skyline, new here: Zhangye.  The striped Danxia hills beyond, the Drum Tower (镇远楼) on its brick base
# with the arched passage, the Wooden Pagoda (木塔), poplars, and the reeds and water of the Heihe wetland.
def ridge(pts, base):
    """A smooth silhouette through the given (x, height) points, as a polygon down to base."""
    poly = [(0, base)]
    for i in range(len(pts) - 1):
        (xa, ha), (xb, hb) = pts[i], pts[i + 1]
        for k in range(12):
            t = k / 12
            s = (1 - math.cos(math.pi * t)) / 2
            poly.append((xa + (xb - xa) * t, base - (ha + (hb - ha) * s)))
    poly += [(pts[-1][0], base - pts[-1][1]), (W, base)]
    return poly


def danxia(d, base, pts, colours, band):
    """Danxia hills: the ridge drawn again and again, each copy band px lower and in the next colour, so that the
    stripes follow the slopes as on the hills near Zhangye."""
    for k, col in enumerate(colours):
        d.polygon(ridge([(x, max(0, hh - k * band)) for x, hh in pts], base), fill=col)


def roof(d, cx, y, w, h, ink, edge):
    """A hipped roof with upturned corners: its eave line at y, its ridge h above."""
    d.polygon([(cx - w / 2 - 14, y - 10), (cx - w / 2, y), (cx + w / 2, y), (cx + w / 2 + 14, y - 10),
               (cx + w / 2 - 16, y - h * 0.55), (cx + w / 4, y - h), (cx - w / 4, y - h), (cx - w / 2 + 16, y - h * 0.55)],
              fill=ink)
    d.line([(cx - w / 2 - 14, y - 10), (cx - w / 2, y), (cx + w / 2, y), (cx + w / 2 + 14, y - 10)], fill=edge, width=2)
    d.line([(cx - w / 4, y - h), (cx + w / 4, y - h)], fill=edge, width=2)


def drum_tower(d, cx, base, ink, edge):
    """The Drum Tower: a wide brick base with one arched passage, three storeys of timber under three roofs,
    lit windows between the columns."""
    bw, bh = 300, 110
    d.rectangle([cx - bw / 2, base - bh, cx + bw / 2, base], fill=ink)
    d.line([(cx - bw / 2, base - bh), (cx + bw / 2, base - bh)], fill=edge, width=2)
    for yy in range(int(base - bh + 22), int(base), 22):  # brick courses
        d.line([(cx - bw / 2 + 4, yy), (cx + bw / 2 - 4, yy)], fill=(70, 30, 18), width=1)
    d.chord([cx - 34, base - 84, cx + 34, base - 16], 180, 360, fill=(255, 206, 140))
    d.rectangle([cx - 34, base - 50, cx + 34, base], fill=(255, 206, 140))
    y = base - bh
    for k, (w, h) in enumerate([(230, 62), (180, 54), (140, 50)]):
        d.rectangle([cx - w / 2 + 10, y - h, cx + w / 2 - 10, y], fill=ink)
        n = 5 - k
        for j in range(n):  # windows between columns
            wx = cx - w / 2 + 22 + j * (w - 44) / n
            d.rectangle([wx + 4, y - h + 12, wx + (w - 44) / n - 4, y - 10], fill=(255, 206, 140))
        y -= h
        roof(d, cx, y, w + 40, 40 if k < 2 else 56, ink, edge)
        y -= 26 if k < 2 else 56
    d.line([(cx, y), (cx, y - 24)], fill=ink, width=4)
    d.ellipse([cx - 5, y - 32, cx + 5, y - 22], fill=AMBER)


def wooden_pagoda(d, cx, base, ink, edge):
    """The Wooden Pagoda: nine storeys narrowing upwards, each with a flared eave and a small lit door, a spire."""
    y, bw = base, 46.0
    d.rectangle([cx - bw - 8, base - 16, cx + bw + 8, base], fill=ink)
    y -= 16
    for k in range(9):
        h = 34 - k * 1.6
        d.polygon([(cx - bw, y), (cx + bw, y), (cx + bw - 3, y - h), (cx - bw + 3, y - h)], fill=ink)
        if k % 2 == 0:
            d.rectangle([cx - 4, y - h + 10, cx + 4, y - 4], fill=(255, 206, 140))
        d.polygon([(cx - bw - 16, y - h - 6), (cx - bw - 4, y - h + 2), (cx + bw + 4, y - h + 2), (cx + bw + 16, y - h - 6),
                   (cx + bw - 6, y - h - 12), (cx - bw + 6, y - h - 12)], fill=ink)
        d.line([(cx - bw - 16, y - h - 6), (cx - bw - 4, y - h + 2), (cx + bw + 4, y - h + 2), (cx + bw + 16, y - h - 6)],
               fill=edge, width=2)
        y -= h + 12
        bw -= 2.8
    d.polygon([(cx - 10, y), (cx + 10, y), (cx, y - 40)], fill=ink)
    d.line([(cx, y - 40), (cx, y - 58)], fill=ink, width=3)
    d.ellipse([cx - 4, y - 64, cx + 4, y - 56], fill=AMBER)


def poplar(d, x, base, h, ink):
    d.line([(x, base), (x, base - h * 0.3)], fill=ink, width=4)
    d.ellipse([x - h * 0.11, base - h, x + h * 0.11, base - h * 0.22], fill=ink)


def skyline(im, h):
    """The foot: Zhangye.  Striped Danxia hills beyond, the Drum Tower in the middle, the Wooden Pagoda at the right,
    poplars, the reeds and ripples of the Heihe wetland; the school's name at the very foot (new here)."""
    d = ImageDraw.Draw(im)
    base = h - 40
    danxia(d, base - 60, [(0, 200), (140, 300), (300, 240), (470, 330), (640, 230), (820, 290), (1080, 210)],
           [(124, 48, 30), (172, 82, 46), (214, 140, 78), (150, 60, 40), (196, 150, 104), (118, 44, 30), (90, 34, 22)], 22)
    danxia(d, base - 20, [(0, 120), (180, 170), (360, 110), (560, 90), (760, 150), (920, 120), (1080, 160)],
           [(96, 36, 22), (128, 54, 32), (70, 26, 16)], 24)
    ink, edge = (44, 16, 10), SAND
    d.rectangle([0, base - 24, W, base], fill=ink)
    drum_tower(d, 470, base - 24, ink, edge)
    wooden_pagoda(d, 880, base - 24, ink, edge)
    for x, ph in [(60, 180), (110, 230), (160, 170), (250, 210), (700, 190), (750, 240), (1010, 200), (1050, 160)]:
        poplar(d, x, base - 24, ph, ink)
    rnd = random.Random(9232)
    for _ in range(160):  # reeds of the wetland
        x = rnd.randrange(0, W)
        rh = rnd.randrange(16, 46)
        d.line([(x, base - 4), (x + rnd.randrange(-6, 7), base - 4 - rh)], fill=(96, 62, 30), width=2)
    for k in range(4):  # the water of the Heihe wetland
        yy = base + 4 + k * 9
        for x in range(0, W, 56):
            d.arc([x + (k % 2) * 28, yy - 7, x + 56 + (k % 2) * 28, yy + 7], 200, 340,
                  fill=AMBER if k % 2 else (132, 214, 206), width=2)
    ctext(d, W / 2, h - 28, SCHOOL, font(20, True, serif=True), (255, 244, 230))

def background(w, h):
    """The terracotta page: glows, light streaks behind the ring, particles, thin streaks down the sides, the skyline
    (posters-blind-192's, recoloured)."""
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (255, 160, 80), 0.26)
    im = glow(im, 100, 1200, 300, (80, 200, 190), 0.10)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (250, 228, 196) if k % 2 else (80, 200, 190), 0.10)
    im = glow(im, 540, h - 300, 500, (255, 160, 80), 0.18)
    d = ImageDraw.Draw(im)
    rnd = random.Random(9232)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(240, 170, 120), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 244, 230))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(240, 170, 120), width=2)
    skyline(im, h)
    return grain(im, 9232, 0.01)


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
    """CLK2022's forum names: the texts of its README's Markdown links, in README order, when the corpus is there
    (new here)."""
    p = "/work/shared/corpus/years/CLK2022/README.md"
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as fh:
        return re.findall(r"^\[([^\]]+)\]\(", fh.read(), re.M)





NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -131, -162, -192, -229): speakers are names as printed "
    "with spaces, letter-spacing and the padding of two-character names removed (sixteen two-character names are "
    "printed padded: the hosts '郭　峰' -> 郭峰 and '周　斌' -> 周斌, the guest '马　超' -> 马超, and '刘　洋' -> 刘洋, "
    "'韩　玥' -> 韩玥, '陈　珺' -> 陈珺, '彭　飞' -> 彭飞, '林　静' -> 林静, '赵　鹏' -> 赵鹏, '孙　浩' -> 孙浩, '朱　丽' -> 朱丽, "
    "'袁　明' -> 袁明, '李　俊' -> 李俊, '董　磊' -> 董磊, '曹　阳' -> 曹阳, '祁　军' -> 祁军; some three-character names "
    "are set letter-spaced on their plates, left or right, '李 建 平' -> 李建平, '何 文 涛' -> 何文涛, '徐 晟 阳' -> 徐晟阳 "
    "and so on, the others tight; 'Elena Marchetti' -> ElenaMarchetti, 'Martin Kovac' -> MartinKovac); host is the "
    "chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; break "
    "titles as printed with the padding removed ('开场'; the tea break's plate prints '茶　歇', given '茶歇'). ONE "
    "invented edition, CLK 9232 (第7227届, 张掖, host school 河西学院 with its 信息技术与传媒学院 at the top right, "
    "Saturday 9232-10-23), printed as CLK2024's repository holds its forums: ONE POSTER PER FORUM, each named by its "
    "forum, here CLK2022's FOUR forum names as its README's recording links spell them: '主论坛.webp' (the morning, "
    "09:00-12:30), '处理器架构与调度分论坛.webp', '内存管理与异构计算分论坛.webp' and 'IO 与 ebpf 分论坛.webp' (with its "
    "spaces and lower-case 'ebpf'; the three in parallel in the afternoon, each from 14:00). There is no whole-agenda "
    "picture, so every talk is on one picture only and is listed once; every forum's date is the edition's; each "
    "poster is one entry holding its one forum. 32 scored talks (31 talks, of them the opening address '欢迎致辞', and "
    "1 round table, kind 'panel'; 7 + 8 + 8 + 9 per poster) and 4 breaks ('开场' 09:00-09:10 on 主论坛; one '茶歇' per "
    "afternoon forum: 15:20-15:40, 15:40-16:00 and 15:40-16:00). Every forum ends with its last slot (12:30, 17:50, "
    "17:40, 17:25); 主论坛 prints no tea break and no lunch, as the real 主论坛 prints none, and ends with its round "
    "table. THE HEAD (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the seal, '河西学院' / "
    "'信息技术与传媒学院' and 'School of Information Technology and Media, Hexi University', '第7227届中国' / "
    "'Linux内核开发者大会', the ring '9232' / 'CLK', the date pill '9232年10月23日' + pin + '张掖', '地址：' over the "
    "forum's hall, broken at its first space where it is long: '河西学院' / '信息技术与传媒学院一楼报告厅') and THE FOOT "
    "('赞助单位', '支持单位', '支持媒体' on plates over word-mark boxes, the QR code, '扫码报名', two caption lines "
    "'前 300 名签到的参会者可领取大会纪念品' and '议程若有变动，以大会现场公告为准', the slogan '丝路张掖 · 与 Linux 内核同行', "
    "the Zhangye skyline and the school's name) are no part of any forum, talk or slot; company names in the foot's "
    "boxes are nobody's affiliation. The forum is the name on the slanted plate under the head. The HOST is the name "
    "in the bar '>>>　主持人：name　<<<' (田志宏 for 主论坛, '郭　峰' for 处理器架构与调度分论坛, 杨晓红 for "
    "内存管理与异构计算分论坛, '周　斌' for 'IO 与 ebpf 分论坛'); the line '·　unit　·' under it is nobody's affiliation. "
    "主论坛 opens with a BAND '09:00-09:10 >>> 开场' (the range in the digital face, no speaker): a break. Each card "
    "after a pair of V marks (the first at the right, the others at the left): the RANGE on a TAB at the top left of "
    "a frame, drawn in a SEGMENTED seven-segment 'digital' face, as the organisers' forum posters print ranges; the "
    "range on a tab belongs to the frame under it. In a talk's frame the bold title, then per speaker a BIOGRAPHY at "
    "the left, a ringed round photo at the right and the framed NAME PLATE, at the right under the photo (where the "
    "biography runs wide under the photo) or at the left: under the biography, or, when the biography is short, "
    "BESIDE THE FOOT OF THE PHOTO, as the real cards set it. '欢迎致辞' (09:10-09:20) is a talk of 李建平 (the "
    "school's vice-president, an 8-line biography). A TEA BREAK is a tab over a short frame holding a plate with the "
    "label alone, '茶　歇', as the real card prints it. AFFILIATIONS: like the real 2024 cards the talks print NO "
    "company line, so every talk's affiliations are [] although each biography names the speaker's company or "
    "school; biographies are nowhere in the truth, and the companies, schools, places and products they name (former "
    "employers 中国电子科技集团 (for 王立军 of 麒麟软件), 高通 (for 刘洋 of 理想汽车), 中兴通讯 (for 王海涛 of 华为; "
    "中兴通讯 is also the unit under the host 郭峰), 华为 (for 陈立新 of 网易数帆), 联想服务器事业部 (for 何文涛 of 海光信息), "
    "甲骨文中国研发中心 (for 高志强 of 华为云), 百度 (for 陈志刚 of 平凯星辰), 新华三 (for 刘建伟 of 中国移动云能力中心), "
    "启明星辰 (for 李红梅 of 奇安信); schools 兰州大学, 哈尔滨工业大学, 中山大学, 中国科学院大学, 浙江大学, 天津大学, "
    "西安电子科技大学, 武汉大学, 华中科技大学, 北京航空航天大学, 南京大学, 山东大学, 北京邮电大学; 'SUSE', 'Nuremberg, "
    "Germany' and 'Milan' in Elena Marchetti's ENGLISH biography; 'SUSE 北京研发中心' and '斯洛伐克' in Martin Kovac's "
    "CHINESE one; '龙蜥社区', 'openEuler', 'io_uring', 'bcache', 'vmalloc', 'eBPF' inside biographies) are no speakers "
    "and no affiliations. TWO SPEAKERS of one talk (five talks) are two biography-photo-plate blocks one under the "
    "other in ONE frame under ONE title and ONE tab, both plates at the left as on the real multi-speaker cards; they "
    "are given top then bottom: '刘　洋' then '韩　玥' (both 理想汽车) in 主论坛; 张晓东 then '林　静' (both 腾讯云) in "
    "处理器架构与调度分论坛; 张文斌 then '朱　丽' (both 寒武纪, hers a ONE-line biography) and '董　磊' (a lecturer of "
    "河西学院) then 雒嘉伟 (an undergraduate of 河西学院, a ONE-line biography) in 内存管理与异构计算分论坛; 李宏亮 then "
    "'祁　军' (both 深信服) in 'IO 与 ebpf 分论坛'. The second block's name belongs to the same talk, not to the next "
    "frame. THE ROUND TABLE (主论坛, 11:50-12:30, kind 'panel') as the real 主论坛 prints one: a tab and a frame, a bar "
    "'>>> 圆桌论坛 <<<' (a label, no part of the title), the title centred on one line ('开源内核社区与高校人才培养'), a "
    "bar '主持人' over the moderator, a bar '嘉　宾' over THREE guests (as on the real 主论坛), each a name over ONE small "
    "line; its speakers are the moderator and then the guests in printed order (黄建新, 吴晓东, 杨丽娜, 马超 printed "
    "'马　超') and its affiliations those small lines exactly as printed, one per person ('西北师范大学计算机科学与工程学院教授', "
    "'华为 openEuler 社区技术委员会委员', '统信软件 内核研发部经理', '河西学院 信息技术与传媒学院副院长'); the moderator is "
    "not the forum's host (田志宏); the bars' labels '主持人' and '嘉　宾' are no names. TITLES: the cards' title measure "
    "is 820 px (38 px bold, up to about 21 Chinese characters), as the real 存储IO cards set lines of about 20 "
    "characters, so 16 of the 31 talk titles fit ONE line; 15 run over TWO lines and are one title: 12 broken BY HAND at "
    "a phrase, unevenly, as the real designer breaks them even where the title would fit ('RISC-V多核处理器上' / "
    "'IPI开销的分析与优化', '云原生时代内核可观测性体系的' / '建设与演进', 'HMM在GPU共享虚拟内存中的' / '适配实践'), one "
    "after '：' ('从开发板到数据中心：' / '国产处理器内核适配十年回顾') and two English ones where they overflow. Joined "
    "without a space inside Chinese text, after '：', and where a line ends or starts with Latin typed against Chinese "
    "('RISC-V多核处理器上' + 'IPI开销的分析与优化' -> 'RISC-V多核处理器上IPI开销的分析与优化', 'io_uring在分布式数据库中的' + "
    "'异步IO改造'); with ONE space between Latin words ('Kernel Live Patching at Fleet Scale:' / 'What Can Go Wrong'; "
    "'Taming Tail Latency with Core' / 'Scheduling in Multi-Tenant Clouds'; 'Cutting Page Table Overhead for' / "
    "'Terabyte-Scale Databases'; 'Writeback Throttling Revisited:' / 'Fairness for Mixed Workloads'). Most titles are "
    "typed running Latin into Chinese WITHOUT a space ('uclamp在安卓游戏场景下的…', 'vmalloc分配路径上的锁竞争优化', "
    "'透明大页在Java应用中的收益与陷阱'), a few with spaces inside their Latin ('cgroup v2 CPU控制器在…', 'eBPF CO-RE在…'), "
    "as the organisers' cards are typed; the truth keeps them as typed. ENGLISH-ONLY titles (4): 'Kernel Live Patching "
    "at Fleet Scale: What Can Go Wrong' (the LATIN Elena Marchetti, an ENGLISH biography of 9 lines in two "
    "paragraphs, plate at the right, name left-aligned on it), 'Taming Tail Latency with Core Scheduling in "
    "Multi-Tenant Clouds' (张晓东 and '林　静'), 'Cutting Page Table Overhead for Terabyte-Scale Databases' (高志强), "
    "'Writeback Throttling Revisited: Fairness for Mixed Workloads' (张宇航). The second LATIN name, Martin Kovac, "
    "gives a CHINESE title with a CHINESE biography (3 lines, plate at the left beside the photo's foot). Latin names "
    "lose their space. Biographies of 1 to 11 lines, some in paragraphs (three of ONE line: 赵鹏, 朱丽, 雒嘉伟; the "
    "longest 李红梅's, 11 lines in four paragraphs). Talks of 30 minutes in 主论坛 after a 10-minute address, 25 and 30 "
    "in 处理器架构与调度分论坛, 25 in 内存管理与异构计算分论坛, 20 and 25 in 'IO 与 ebpf 分论坛'; the round table 40 "
    "minutes; tea breaks of 20 minutes. NAMES as a real programme prints them, with everyday given names (four with a "
    "less common character: 韩玥, 陈珺, 郑昱凯, 徐晟阳); SURNAMES in the proportions of a real Chinese conference: of "
    "the 42 Chinese names 李 four times, 王, 张, 刘 and 陈 three times each, 杨 and 黄 twice each, then one each of 赵, "
    "吴, 周, 徐, 孙, 马, 胡, 朱, 郭, 何, 罗, 高, 林, 田, 韩, 彭, 郑, 袁, 董, 曹, 祁, 雒 (all twenty common surnames of "
    "the brief present); the only uncommon ones are 雒 (雒嘉伟, an undergraduate of 河西学院) and 祁 (祁军, '祁　军', "
    "a researcher of 深信服), both surnames met in Gansu, where the edition is held. Plus two Latin names. No person "
    "is printed twice."
)
LAYOUTS = {
    "主论坛.webp": "FORUM POSTER of 主论坛 (host 田志宏, 河西学院信息技术与传媒学院院长、教授; hall 河西学院 "
                "图书馆一楼学术报告厅) in the organisers' 2024 forum-poster family recoloured: a TERRACOTTA ground with "
                "pale SAND frames, TEAL tabs and plates and AMBER accents. The band '09:00-09:10 >>> 开场'; '欢迎致辞' by "
                "李建平 (河西学院 vice-president, 8 lines in two paragraphs, plate at the right, letter-spaced); 王立军 "
                "(麒麟软件, plate at the right; title broken after '：'); the English title of the LATIN Elena Marchetti "
                "(SUSE, an English biography, plate at the right); '刘　洋' over '韩　玥' (both 理想汽车, both plates left, "
                "the second beside the photo's foot); 黄志勇 (阿里云); '陈　珺' (vivo); the ROUND TABLE 11:50-12:30 "
                "'开源内核社区与高校人才培养' with the moderator 黄建新 and three guests (吴晓东, 杨丽娜, '马　超'), each over "
                "one small line. No tea break, no lunch.",
    "处理器架构与调度分论坛.webp": "FORUM POSTER of 处理器架构与调度分论坛 (host '郭　峰', 中兴通讯操作系统产品部首席架构师, "
                           "a company host; hall '河西学院' / '信息技术与传媒学院一楼报告厅', over two lines): 8 talks "
                           "14:00-17:50 (of 25 and 30 minutes) and 茶歇 15:20-15:40 after the THIRD talk. 王海涛 (plate "
                           "at the right); '彭　飞'; 张晓东 over '林　静' (both 腾讯云, English title); 茶歇; 郑昱凯 (plate "
                           "at the right); '赵　鹏' (a ONE-line biography); 陈立新 (plate at the right); 何文涛 (9 lines, "
                           "plate at the right); LAST, 胡国栋 (交控科技).",
    "内存管理与异构计算分论坛.webp": "FORUM POSTER of 内存管理与异构计算分论坛 (host 杨晓红, 兰州大学信息科学与工程学院副教授, "
                            "a teacher of another university; hall 河西学院 图书馆二楼学术报告厅): 8 talks of 25 minutes, "
                            "14:00-17:40, and 茶歇 15:40-16:00. 刘海波 (plate at the right); '孙　浩'; 高志强 (English "
                            "title, plate at the right); 张文斌 over '朱　丽' (both 寒武纪); 茶歇; '袁　明'; '李　俊' (plate "
                            "at the right); '董　磊' over 雒嘉伟 (河西学院, a lecturer and an undergraduate; his a ONE-line "
                            "biography; uncommon surname); LAST, 王晓峰 (之江实验室, plate at the right).",
    "IO 与 ebpf 分论坛.webp": "FORUM POSTER of 'IO 与 ebpf 分论坛' (host '周　斌', 阿里云操作系统团队高级技术专家, a company "
                           "host; hall 河西学院 逸夫楼三楼会议室): 9 talks 14:00-17:25 (of 20 and 25 minutes) and 茶歇 "
                           "15:40-16:00. 陈志刚 (plate at the right); '曹　阳'; 张宇航 (English title, plate at the right); "
                           "徐晟阳; 李宏亮 over '祁　军' (both 深信服; uncommon surname); 茶歇; 罗建华 (plate at the right); "
                           "the LATIN Martin Kovac (SUSE, a Chinese title and biography); 刘建伟; LAST, 李红梅 (奇安信, 11 "
                           "lines in four paragraphs, plate at the right).",
}
EXPECTED_LINES = {  # every title over two lines (all others fit one)
    "从开发板到数据中心：国产处理器内核适配十年回顾": 2,
    "Kernel Live Patching at Fleet Scale: What Can Go Wrong": 2,
    "智能座舱操作系统内核的启动加速与稳定性保障": 2,
    "云原生时代内核可观测性体系的建设与演进": 2,
    "uclamp在安卓游戏场景下的帧率稳定实践": 2,
    "Taming Tail Latency with Core Scheduling in Multi-Tenant Clouds": 2,
    "RISC-V多核处理器上IPI开销的分析与优化": 2,
    "虚拟机vCPU抢占对客户机调度的影响与缓解": 2,
    "HMM在GPU共享虚拟内存中的适配实践": 2,
    "Cutting Page Table Overhead for Terabyte-Scale Databases": 2,
    "面向存算一体芯片的内核内存管理初探": 2,
    "io_uring在分布式数据库中的异步IO改造": 2,
    "Writeback Throttling Revisited: Fairness for Mixed Workloads": 2,
    "NVMe多路径在分布式存储中的故障切换优化": 2,
    "基于eBPF的文件访问审计与勒索软件检测": 2,
}
N_BREAKS = 12  # the titles broken by hand
BIO_MAX = 11  # the longest biography (李红梅's), in lines; the shortest is one line
WRITTEN = "2026-12-05"


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
    assert len(BREAKS) == N_BREAKS and all(lines[t] == len(v) for t, v in BREAKS.items())  # the hand breaks
    n = [b[2] for b in bios]
    assert min(n) == 1 and max(n) == BIO_MAX, n


COMMON = set("王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
             "钟")  # the fifty commonest surnames and 钟 (posters-blind-162's, through 229)
TWENTY = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the brief's twenty common surnames
SURNAMES = {"王": 3, "李": 4, "张": 3, "刘": 3, "陈": 3, "杨": 2, "黄": 2}  # and one each of the rest
SINGLES = "田郭周韩吴马彭林郑赵何胡孙高朱袁董雒徐曹祁罗"
RARE = ["祁", "雒"]  # the only surnames outside COMMON
TWO_CHAR = ["郭峰", "周斌", "刘洋", "韩玥", "陈珺", "马超", "彭飞", "林静", "赵鹏", "孙浩", "朱丽", "袁明", "李俊",
            "董磊", "曹阳", "祁军"]  # printed padded
LESS_COMMON = {"玥": "韩玥", "珺": "陈珺", "昱": "郑昱凯", "晟": "徐晟阳"}  # the only less common given-name characters


def check(posters):
    """A Saturday; CLK2022's four forum names; nobody printed twice; no real name or deck title; slots
    contiguous; no company lines on talks; the brief's ingredients (posters-blind-229's, with this set's counts)."""
    assert saturday(DATE)
    assert DATE_PRINTED == "%s年%d月%d日" % (DATE[:4], int(DATE[5:7]), int(DATE[8:]))
    assert NTH == "第%d届中国" % (int(YEAR) - 2005) and DATE.startswith(YEAR)  # 2023 was the 18th
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
    assert [f[3][-1]["end"] for f in FORUMS] == ["12:30", "17:50", "17:40", "17:25"]
    panels = [s for f in FORUMS for s in f[3] if s["kind"] == "panel"]
    assert len(panels) == 1 and panels[0]["guests"] == 3 and panels[0]["host"] != plain(panels[0]["sp"][0]["name"])
    talks = [s for f in FORUMS for s in f[3] if s["kind"] == "talk"]
    for s in talks:
        assert 1 <= len(s["sp"]) <= 2
        for sp in s["sp"]:
            assert sp["side"] in ("L", "R") and sp["bio"] and sp["line"] is None
            assert sp["side"] == "L" or len(s["sp"]) == 1  # two-speaker cards keep both plates at the left
    assert sum(1 for s in talks if len(s["sp"]) == 2) == 5
    assert [sum(1 for s in f[3] if s["kind"] == "talk" and len(s["sp"]) == 2) for f in FORUMS] == [1, 1, 2, 1]
    assert sum(1 for s in talks if s["title"].isascii()) == 4
    assert sum(1 for s in talks for sp in s["sp"] if latin(sp["name"])) == 2
    chinese = [p for p in people if not p.isascii()]
    assert all(2 <= len(p) <= 3 for p in chinese), chinese
    two = [p for p in chinese if len(p) == 2]
    assert sorted(two) == sorted(TWO_CHAR), two
    sur = [p[0] for p in chinese]
    rare = [p for p in chinese if p[0] not in COMMON]
    assert sorted(r[0] for r in rare) == RARE, rare  # the only uncommon surnames
    counts = {c: sur.count(c) for c in set(sur)}
    assert len(sur) == 42, len(sur)
    for c, n in SURNAMES.items():
        assert counts[c] == n, (c, counts)
    assert sorted(c for c in counts if counts[c] == 1) == sorted(SINGLES), counts
    assert set(counts) == set(SURNAMES) | set(SINGLES), counts
    assert set(TWENTY) <= set(counts), set(TWENTY) - set(counts)
    for ch, who in LESS_COMMON.items():
        assert [p for p in chinese if ch in p[1:]] == [who], (ch, who)
    scored = [sum(1 for s in f[3] if s["kind"] in ("talk", "panel")) for f in FORUMS]
    assert scored == [7, 8, 8, 9], scored
    return sum(scored)


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
        assert 12800 <= im.size[1] <= 15300, (fn, im.size)
        assert size < 1.5e6, (fn, size)
        if os.environ.get("KEEP_PNG"):  # to look at by eye; not part of the set
            os.makedirs("/tmp/p232/own", exist_ok=True)
            im.save("/tmp/p232/own/" + forum[0] + ".png")
        posters.append({"file": fn, "layout": layout(fn, im.size), "date": DATE, "forums": [forum_truth2(forum)]})
    n = check(posters)
    print("scored talks", n, "breaks", sum(1 for p in posters for s in p["forums"][0]["slots"] if s["kind"] == "break"))
    assert 28 <= n <= 38, n
    lines = {t[1]: t[2] for log in LOG.values() for t in log if t[0] == "title"}
    if os.environ.get("SHOW_LINES"):  # to write the notes; not part of the set
        d = ImageDraw.Draw(Image.new("RGB", (8, 8)))
        for t, k in lines.items():
            if k > 1:
                print(" / ".join(title_lines(d, t, font(38, True))))
    print("titles over 2+ lines:", {t: k for t, k in lines.items() if k > 1})
    bios = [(t[0], t[1], t[2]) for log in LOG.values() for t in log if t[0] != "title"]
    print("bios (name, chars, lines):", bios)
    check_lines(lines, bios)
    truth = {"written": WRITTEN, "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
