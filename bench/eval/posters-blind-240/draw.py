"""Draw the two-hundred-and-fortieth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 9240 (第7235届, 乐山, 乐山师范学院, Saturday 9240-10-27),
printed as CLK2024's repository prints its forums: ONE POSTER PER FORUM, named by the
forum.  The forums are CLK2022's four, as its README's recording links name them:
主论坛 (the morning), then 处理器架构与调度分论坛, 内存管理与异构计算分论坛 and
'IO 与 ebpf 分论坛' in parallel in the afternoon.  All WebP, 1080 px wide and as tall
as the real ones, in the family of the organisers' 2024 forum posters (slanted title,
'CLK' ring, date pill, forum plate, host bar, range tabs in a segmented face, frames
with biography, ringed photo and name plate, no company line; 主论坛 with an opening
band and a round table), in a NEW colour scheme: a SIENNA ground (a burnt sienna to a
near-black umber) with pale ICE-BLUE frames, TEAL tabs and plates and AMBER accents.

This file starts from posters-blind-229/draw.py (helpers copied unchanged, painters
recoloured, a new skyline: Leshan); see README.md.
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
# helpers copied unchanged from posters-blind-229/draw.py, which has them unchanged from posters-blind-192/draw.py
# (which has them from posters-blind-174), which has them
# from posters-blind-162, -149, -145, -137, -131, -125, -119, -113, 108, 104, 79, 66, 65, 62 and 59: font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
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
# CLK 9240 (第7235届), 乐山, 乐山师范学院, Saturday 9240-10-27.  ONE edition, its four forum posters, named by
# CLK2022's four forum names as its README's recording links spell them, as CLK2024's repository holds one poster
# per forum.  主论坛 in the morning, the other three in parallel in the afternoon from 14:00.
EDITION = "CLK 9240"
YEAR = "9240"
NTH = "第7235届中国"
DATE = "9240-10-27"
DATE_PRINTED = "9240年10月27日"
CITY = "乐山"
SCHOOL = "乐山师范学院"
SCHOOL_UNIT = "计算机科学学院"
SCHOOL_EN = "School of Computer Science, Leshan Normal University"
SCHOOL_MARK = "LESHAN NORMAL UNIVERSITY"
CAPTIONS = ("现场提供午餐与茶歇，请凭参会证入场", "会议视频回放将于会后一周内上线")
SLOGAN = "嘉州论道 · 内核同行"


def P(name, bio, side, spaced=False):
    """A talk's speaker: the biography the card prints (a '\\n' starts a new paragraph on a new line, as the real
    cards break theirs), the side of his name plate ('R' under the photo, the biography running wide under it;
    'L' under the biography, or beside the photo's foot when the biography is short) and whether a three-character
    name is letter-spaced on the plate.  No company line: the real cards print none.  posters-blind-229's."""
    return S(name, None, None, bio, side=side, line=None, spaced=spaced)


def G(name, line):
    """A round-table person as the real 主论坛 prints one: the name over ONE small line (company and job as
    typed, kept whole as the affiliation).  From posters-blind-229/draw.py."""
    return S(name, line, None)


def R(start, end, title, moderator, guests, host):
    """A round table: a bar '圆桌论坛' (a label), the title, a bar '主持人' over the moderator, a bar '嘉　宾'
    over the guests.  Its speakers are the moderator and then the guests.  From posters-blind-229/draw.py."""
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "host": host, "guests": len(guests)}


H1 = "杨建平"
MAIN = ("主论坛", "乐山师范学院 学术交流中心报告厅", (H1, "乐山师范学院计算机科学学院院长、教授"), [
    B("09:00", "09:10", "开场"),
    T("09:10", "09:20", "开幕致辞", [P(
        "刘国华",
        "乐山师范学院副校长，教授。长期从事软件工程与智能信息处理方面的教学和科研工作，主持国家自然科学基金项目和四川省"
        "科技计划项目多项，出版教材三部。\n"
        "近年来推动学校与国内操作系统企业开展产教融合，共建开源软件人才培养基地。", "R", True)], H1),
    T("09:20", "09:50", "面向智能座舱的Linux内核实时性与启动优化", [P(
        "徐志伟",
        "比亚迪汽车工程研究院智能座舱软件部系统架构师，负责座舱域控制器的操作系统平台，主导了内核启动时间与实时性的专项"
        "优化，使仪表与中控屏的冷启动时间缩短到两秒以内。\n"
        "此前在德赛西威从事车载信息娱乐系统的 BSP 开发。2011 年硕士毕业于华南理工大学。", "R", True)], H1),
    T("09:50", "10:20", "Upstream First: What Ten Years of Enterprise Kernels Taught Us", [P(
        "Felix Wagner",
        "Felix is a senior kernel engineer at SUSE in Nuremberg, Germany, and has worked on SUSE Linux Enterprise "
        "kernels since 2014. He maintains the backport tooling used by the kernel team and regularly reviews patches "
        "for the stable trees.\n"
        "Before joining SUSE he wrote storage drivers for a small hardware vendor in Munich.", "R")], H1),
    T("10:20", "10:50", "大规模云主机内核热升级的工程实践", [
        P("王磊",
          "腾讯云操作系统团队技术专家，负责 TencentOS Server 内核的稳定性与热升级能力，主导设计了不停机更新内核的方案，"
          "已在百万核规模的云主机上使用。\n"
          "2013 年加入腾讯，此前在中兴通讯从事嵌入式 Linux 开发。", "L"),
        P("胡晓婷",
          "腾讯云操作系统团队高级工程师，负责热升级过程中的设备状态保存与恢复。", "L", True)], H1),
    T("10:50", "11:20", "从手机到车机：统一内核基线的维护实践", [P(
        "陈静",
        "小米集团系统软件部内核负责人，负责手机、平板与汽车平台的内核基线建设与版本演进。", "L")], H1),
    T("11:20", "11:50", "面向AI服务器的内核可靠性：从内存错误到GPU故障隔离", [P(
        "郭亮",
        "浪潮信息服务器操作系统部主任工程师，负责 AI 服务器的可靠性、可用性与可维护性技术，带领团队完善了内存错误的预测"
        "与隔离、PCIe 设备故障的上报与恢复，并将相关能力推广到多个主流发行版。\n"
        "他在服务器系统软件领域工作了十五年，参与过多代国产服务器的固件与内核适配。\n"
        "2009 年硕士毕业于山东大学。", "R")], H1),
    R("11:50", "12:30", "高校与企业如何共同培养内核开发者",
      G("张明远", "电子科技大学计算机科学与工程学院教授"),
      [G("李晟", "华为 openEuler 社区技术委员会委员"),
       G("林婷婷", "阿里云 龙蜥社区内核 SIG Maintainer"),
       G("赵振军", "统信软件 内核研发部总监"),
       G("何文斌", "中国科学院软件研究所 副研究员")], H1),
])

H2 = "周晓静"
CPU = ("处理器架构与调度分论坛", "乐山师范学院 计算机科学学院一楼报告厅", (H2, "西南交通大学计算机与人工智能学院副教授"), [
    T("14:00", "14:25", "cgroup v2 CPU隔离在在线业务中的实践", [P(
        "王海涛",
        "美团基础研发平台内核工程师，负责在线服务集群的 CPU 资源隔离与调度延迟治理。", "L")], H2),
    T("14:25", "14:50", "鲲鹏服务器上中断亲和与NUMA调度的协同优化", [P(
        "张国强",
        "华为计算产品线操作系统工程师，负责鲲鹏服务器上 openEuler 内核的性能调优，长期关注中断处理、NUMA 亲和与调度之间"
        "的相互影响。\n"
        "他提出的按业务线程分布自动调整中断亲和的方案，使数据库与分布式存储场景的吞吐明显提升。\n"
        "2012 年硕士毕业于哈尔滨工业大学。", "R", True)], H2),
    T("14:50", "15:15", "Taming Tail Latency with Core Scheduling", [P(
        "李鹏飞",
        "京东零售基础架构部内核工程师，负责混合部署集群的调度与隔离，关注同一物理核上超线程之间的性能干扰与安全问题。",
        "L")], H2),
    T("15:15", "15:40", "RT-Linux在电力继电保护装置上的实时性验证", [P(
        "黄勇军",
        "国电南瑞科技股份有限公司嵌入式平台部高级工程师，负责继电保护与测控装置的 Linux 平台，完成了实时补丁在多款国产处理器"
        "上的移植与最坏情况延迟测试。\n"
        "2010 年毕业于东南大学。", "L", True)], H2),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:25", "基于PELT信号的任务放置改进在手机上的收益", [P(
        "孙丽娜",
        "荣耀终端有限公司操作系统内核工程师，负责手机平台调度器的性能与功耗优化，在负载跟踪与任务放置方面改进了多项策略，"
        "使游戏场景的帧率稳定性与续航同时得到提升。\n"
        "此前在展讯通信从事芯片平台的内核支持。", "R")], H2),
    T("16:25", "16:50", "面向RISC-V多核SoC的核间中断开销优化", [P(
        "邓超",
        "赛昉科技软件部内核工程师，负责 RISC-V 多核处理器的 Linux 内核支持。", "L")], H2),
    T("16:50", "17:10", "Scheduler Topology for Multi-Die Arm Servers", [
        P("Sebastian Keller",
          "Sebastian is a kernel engineer in the Linaro Data Center group, based in Cambridge, UK. He works on CPU "
          "topology and cache-aware scheduling for Arm64 servers and has contributed patches to the scheduler and "
          "the arm64 architecture code.", "L"),
        P("高翀",
          "Linaro 数据中心组工程师，负责 Arm64 服务器在国内合作伙伴平台上的调度测试与验证。", "L")], H2),
    T("17:10", "17:30", "基于硬件性能计数器的任务画像：面向多租户云服务器的干扰感知调度框架", [P(
        "岑嘉豪",
        "中山大学计算机学院博士研究生，研究方向为操作系统资源管理与云计算，相关工作发表于 EuroSys 与 USENIX ATC。",
        "L")], H2),
])

H3 = "吴涛"
MEM = ("内存管理与异构计算分论坛", "乐山师范学院 图书馆二楼学术报告厅", (H3, "字节跳动 STE 团队内存方向负责人"), [
    T("14:00", "14:30", "透明大页在数据库场景下的碎片治理", [P(
        "刘洋",
        "蚂蚁集团 OceanBase 数据库内核团队高级专家，负责数据库在 Linux 上的内存与 IO 性能优化，分析了透明大页在长时间运行"
        "的数据库实例中引起延迟抖动的原因，推动了内存规整策略的改进。\n"
        "2014 年博士毕业于中国科学技术大学，此前在百度从事分布式存储开发。", "R")], H3),
    T("14:30", "15:00", "HMM在国产GPU驱动中的应用实践", [P(
        "赵玥",
        "摩尔线程系统软件部内核工程师，负责 GPU 驱动的内存管理，基于异构内存管理框架实现了主机内存与显存之间的按需迁移，"
        "改进了缺页处理的性能。", "L")], H3),
    T("15:00", "15:20", "Memory Tiering with Hardware Hotness Hints", [P(
        "陈志强",
        "AMD 上海研发中心高级工程师，负责服务器处理器在 Linux 内核中的内存子系统支持，参与了利用硬件访问采样识别冷热页面"
        "的内核补丁的开发与评审。\n"
        "他在内存分层、NUMA 平衡与大容量内存服务器的性能分析方面有多年经验，也在社区维护多项相关的测试用例。\n"
        "2008 年硕士毕业于复旦大学，此前在英特尔从事虚拟化性能优化。", "R", True)], H3),
    B("15:20", "15:40", "茶歇"),
    T("15:40", "16:10", "memcg回收延迟的观测与优化", [
        P("杨帆",
          "字节跳动 STE 团队内核工程师，负责容器内存隔离与回收，开发了观测 memcg 回收延迟分布的工具，并向上游提交了相关"
          "补丁。", "L"),
        P("李娟",
          "字节跳动 STE 团队工程师，负责内存回收相关的性能测试与问题复现。", "L")], H3),
    T("16:10", "16:40", "内存热插拔在云主机弹性扩容中的应用", [P(
        "朱建国",
        "中国电信天翼云计算产品部高级工程师，负责云主机的虚拟化与内核特性，主导了内存热插拔在弹性扩容产品中的落地，解决了"
        "热移除失败与内存碎片等问题。\n"
        "此前在华为从事服务器 BIOS 开发。", "R", True)], H3),
    T("16:40", "17:00", "NPU驱动中IOMMU SVA的适配与性能优化", [P(
        "谢伟",
        "寒武纪软件部驱动工程师。", "L")], H3),
    T("17:00", "17:20", "多进程推理服务中的页表共享探索", [P(
        "马俊峰",
        "百度智能云系统部内核工程师，负责大模型推理服务的内核优化，关注多进程共享模型权重时的页表开销与启动时间。", "L",
        True)], H3),
    T("17:20", "17:40", "内核内存泄漏的线上检测与定位方法", [
        P("王建军",
          "乐山师范学院计算机科学学院副教授，研究方向为操作系统与系统安全，主持四川省科技计划项目两项，指导学生参加全国"
          "大学生计算机系统能力大赛并多次获奖。", "L", True),
        P("敬雪梅",
          "乐山师范学院计算机科学学院 2021 级本科生。", "L")], H3),
])

H4 = "何志勇"
IO = ("IO 与 ebpf 分论坛", "乐山师范学院 博学楼三楼会议中心", (H4, "OPPO 存储与文件系统团队负责人"), [
    T("14:00", "14:25", "io_uring在分布式存储网关中的落地", [P(
        "李文杰",
        "深信服科技存储研发部技术专家，负责分布式存储网关的性能优化，将网关的数据通路迁移到 io_uring，并解决了高并发下的"
        "内存占用与延迟抖动问题。\n"
        "2013 年硕士毕业于电子科技大学。", "R", True)], H4),
    T("14:25", "14:50", "NVMe多路径在双控存储阵列中的故障切换优化", [P(
        "周明",
        "华为数据存储产品线主机软件工程师，负责 Linux 主机侧多路径软件与 NVMe over Fabrics 的适配。", "L")], H4),
    T("14:50", "15:15", "BPF Token: Safer eBPF for Unprivileged Containers", [P(
        "张珺",
        "阿里云智能集团安全专家，负责容器安全与内核安全机制，关注非特权场景下 eBPF 的权限模型，参与了相关上游补丁的测试"
        "与评审。\n"
        "她此前在奇安信从事终端安全产品的内核模块开发，对 LSM 与审计子系统有深入的了解。", "R")], H4),
    T("15:15", "15:40", "基于XDP的四层负载均衡在边缘节点的实践", [P(
        "王晨阳",
        "网宿科技边缘计算平台网络工程师，负责边缘节点的四层负载均衡与流量调度，基于 XDP 重写了转发路径。", "L", True)], H4),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:20", "bcache在混合存储服务器上的调优经验", [P(
        "陈刚",
        "中国移动云能力中心存储工程师。", "L")], H4),
    T("16:20", "16:40", "ext4快速提交在手机存储上的收益评估", [P(
        "高琳",
        "传音控股操作系统研发中心内核工程师，负责手机存储与文件系统的性能优化，评估了多种日志模式在低端存储器件上的表现。",
        "L")], H4),
    T("16:40", "17:05", "用户态NVMe驱动与内核NVMe驱动的性能取舍", [P(
        "林志峰",
        "英特尔数据中心与人工智能事业部软件架构师，负责存储软件栈在至强平台上的性能优化，参与了用户态存储开发套件的开发"
        "与推广，也长期关注内核 NVMe 驱动与 io_uring 的演进。\n"
        "他在多家云服务商的存储系统中主导过性能调优项目，擅长从处理器微架构到软件栈的全链路分析。\n"
        "他也多次在国内开源会议上分享存储性能优化的经验，并参与编写了相关的技术白皮书。\n"
        "2006 年硕士毕业于上海交通大学，研究方向为计算机体系结构。", "R", True)], H4),
    T("17:05", "17:25", "eBPF程序的热更新与版本管理", [
        P("刘宇航",
          "滴滴出行基础平台部内核工程师，负责 eBPF 可观测性平台的建设，设计了 eBPF 程序在线升级与回滚的框架，已覆盖公司"
          "数万台服务器。\n"
          "2017 年硕士毕业于北京航空航天大学。", "L", True),
        P("黄丽",
          "滴滴出行基础平台部工程师，负责 eBPF 程序的兼容性测试。", "L")], H4),
    T("17:25", "17:45", "块层IO优先级在手机前台应用中的实践", [P(
        "罗浩",
        "华为终端 BG 操作系统内核工程师，负责手机存储 IO 调度，改进了前台应用在后台大量写入时的启动延迟。", "L")], H4),
])

FORUMS = [MAIN, CPU, MEM, IO]
FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's

SPONSORS = ["乐山师范学院", "HUAWEI", "腾讯云", "阿里云", "字节跳动", "小米", "OPPO", "荣耀", "麒麟软件", "统信软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "开放原子开源基金会", "四川省计算机学会",
           "乐山市科学技术局"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"]


# names of real speakers and hosts read on the real posters (set 174's list, which is set 162's, 149's, 145's, 137's,
# 131's, 125's, 119's, 113's, 79's and 66's, taken from the CLK2024 posters as pictures), none of which may be
# used; the listings' names and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "李志", "伍勃", "李扬韬", "邹贻鹏", "廖肇燕", "甄鹏",
              "慕冬亮", "LianboJiang"]





# ---------------------------------------------------------------------------
# the new colour scheme: SIENNA (a burnt sienna at the head to a near-black umber at the foot, instead of the
# organisers' royal blue), pale ICE BLUE where they print cyan (frames, plates' outlines, rings), TEAL tabs, forum
# plate, bars and foot plates (a bright teal to a deep petrol), AMBER where they print pink accents, PEACH for the
# outer rings, the first V mark and the streaks (set 229's SILVER and SPRING renamed ICE and AMBER, every literal
# colour of its painters mapped by one table of 14 entries, listed in README.md)
ICE = (208, 238, 246)
PALE = (252, 240, 228)
FRAME = (194, 230, 240)
DIM = (196, 118, 78)
AMBER = (255, 192, 66)
HOLE = (40, 16, 8)  # the hole of a pin, the cut corners of plates
PLATE = (66, 26, 12)  # inside name plates
TAB0, TAB1 = (46, 182, 180), (8, 62, 72)  # tab gradients, bright at the left
BG0, BG1 = (164, 78, 40), (30, 12, 6)  # the page, top to bottom
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 50
PHOTO, PCX, OUTER = 236, 810, 166  # photo diameter, its centre x, the outer ring's radius

# ---------------------------------------------------------------------------
# painters copied from posters-blind-229/draw.py (which has them from posters-blind-192, -174, -162, -149, -145,
# -137 and -131), recoloured (one table of 14 literal colours, in README.md; SILVER and SPRING renamed ICE and
# AMBER); BREAKS holds this set's hand-broken titles and title_lines' docstring its count; footer's QR seed is
# this edition's.  The skyline below them is new here.
def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites."""
    for r, col, wd in [(200, (246, 170, 120), 3), (160, (208, 238, 246), 6), (118, (246, 252, 252), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(255, 192, 66), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(90, 36, 16), outline=(246, 252, 252), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (246, 252, 252))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(246, 252, 252), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d, hall):
    """The head of every poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, ICE, 1.15)
    seal(d, 640, 84, 30, WHITE)
    d.text((684, 50), SCHOOL, font=font(30, True), fill=WHITE)
    d.text((684, 90), SCHOOL_UNIT, font=font(19, True), fill=WHITE)
    d.text((684, 118), fits(d, SCHOOL_EN, font(10), 370), font=font(10), fill=PALE)
    ring_graphic(d, 810, 660)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=ICE, width=4)
    d.line([(560, 530), (640, 510)], fill=ICE, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.rounded_rectangle([x0, y0, x1, y1], radius=14, outline=ICE, width=3)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, AMBER, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, ICE, 1.2)
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
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=AMBER if i % 2 else ICE, width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on a teal-to-petrol plate with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(60, 190, 186))
    hgrad(d, x0, y, x1, y + h, (46, 182, 180), (8, 62, 72))
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
    hgrad(d, X0, y, X1, y + 78, (84, 34, 16), (40, 160, 164))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, AMBER)
    arrows(d, X1 - 34, y + 39, False, AMBER)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(246, 170, 120), (208, 238, 246)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a teal-to-petrol bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(214, 250, 246), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(246, 170, 120), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=ICE, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(200, 226, 236), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=ICE)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side, spaced=False):
    """The name plate: an outlined box, darker inside, the name bold (padded); a tail line under it.
    Returns the foot of the tail line and the plate's left edge and width."""
    f = font(40, True)
    text = pad(name)
    w = max(340, tw(d, text, f) + 110)
    x0 = X0 + 46 if side == "L" else X1 - w
    d.rectangle([x0, y, x0 + w, y + 72], fill=PLATE, outline=ICE, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=ICE, width=3)
    if side == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=ICE, width=3)
    else:
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=ICE, width=3)
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
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=ICE, width=4)
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
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=ICE)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=AMBER, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


# titles the designer broke by hand, where the even break would fall badly (the lines joined, with a space
# between Latin words as printed, give the title)
TITLE_W = 640  # the measure of a card's title: the real cards break theirs at about 600 px
BREAKS = {  # titles the designer broke by hand, at a word, as the real cards are broken (lines joined give the title)
    "面向智能座舱的Linux内核实时性与启动优化": ["面向智能座舱的Linux内核", "实时性与启动优化"],
    "RT-Linux在电力继电保护装置上的实时性验证": ["RT-Linux在电力继电保护装置上的", "实时性验证"],
    "基于PELT信号的任务放置改进在手机上的收益": ["基于PELT信号的任务放置改进", "在手机上的收益"],
    "面向RISC-V多核SoC的核间中断开销优化": ["面向RISC-V多核SoC的", "核间中断开销优化"],
    "基于硬件性能计数器的任务画像：面向多租户云服务器的干扰感知调度框架": [
        "基于硬件性能计数器的任务画像：", "面向多租户云服务器的", "干扰感知调度框架"],
    "NPU驱动中IOMMU SVA的适配与性能优化": ["NPU驱动中IOMMU SVA的", "适配与性能优化"],
    "NVMe多路径在双控存储阵列中的故障切换优化": ["NVMe多路径在双控存储阵列中的", "故障切换优化"],
    "基于XDP的四层负载均衡在边缘节点的实践": ["基于XDP的四层负载均衡", "在边缘节点的实践"],
    "bcache在混合存储服务器上的调优经验": ["bcache在混合存储服务器上的", "调优经验"],
    "ext4快速提交在手机存储上的收益评估": ["ext4快速提交在手机存储上的", "收益评估"],
    "块层IO优先级在手机前台应用中的实践": ["块层IO优先级在手机", "前台应用中的实践"],
}


def title_lines(d, title, f):
    """The title's lines: as broken by hand in BREAKS, else after '：' where it has one, else evenly
    (posters-blind-229's, through 192, 174 and 162; here eleven titles are broken by hand in BREAKS, one of them
    over three lines, all to TITLE_W)."""
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
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=ICE)
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
    hgrad(d, X0, y, X1, y + h, TAB0, (84, 34, 16))
    d.rectangle([X0, y, X1, y + h], outline=(214, 250, 246), width=2)
    seg_text(d, X0 + 34, y + 20, rng(s), 44, WHITE)
    arrows(d, 660, y + h / 2, True, WHITE)
    rtext(d, X1 - 70, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


def label_bar(d, y, text):
    """A bar inside the round-table frame, as on the real 主论坛: arrows at both ends, the label centred;
    a tick on the frame's left edge level with it (posters-blind-131's, recoloured)."""
    x0, x1, h = X0 + 110, X1 - 110, 76
    hgrad(d, x0, y, x1, y + h, (44, 178, 178), (84, 34, 16))
    d.rectangle([x0, y, x1, y + h], outline=FRAME, width=2)
    arrows(d, x0 + 32, y + h / 2, True, WHITE, 3, 12)
    arrows(d, x1 - 32, y + h / 2, False, WHITE, 3, 12)
    ctext(d, W / 2, y + 10, text, font(40, True), WHITE)
    d.rectangle([X0 - 8, y + h / 2 - 3, X0 + 22, y + h / 2 + 3], fill=ICE)
    return y + h


def person(d, y, sp):
    """A round-table person: the name (padded, pale ice blue) over one small line (posters-blind-131's, recoloured)."""
    ctext(d, W / 2, y, pad(sp["name"]), font(44, True), (222, 244, 250))
    ctext(d, W / 2, y + 66, sp["company"], font(22), PALE)
    return y + 118


def panel_card(im, d, y, s, log, chev_x):
    """The round table as the real 主论坛 prints it: tab and frame, a bar '圆桌论坛', the title centred in
    pale ice blue, a bar '主持人' over the moderator, a bar '嘉　宾' over the guests, each a name over a small line
    (posters-blind-131's, recoloured)."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 70
    y = label_bar(d, y, "圆桌论坛") + 46
    f = font(40, True)
    tl = wrap_nicely(d, s["title"], f, 760)
    d.rectangle([X0 - 8, y + 24, X0 + 22, y + 30], fill=ICE)
    for ln in tl:
        ctext(d, W / 2, y, ln, f, (222, 244, 250))
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
    d.rectangle([x0, y, x0 + w, y + 78], fill=PLATE, outline=ICE, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=ICE, width=3)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=ICE, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=ICE)
    ctext(d, x0 + w / 2, y + 10, pad(s["title"]), f, WHITE)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=ICE)
    return bot + 40


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(246, 252, 252), width=3)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (84, 34, 16), (208, 238, 246))
    hgrad(d, x0, y, x0 + w, y + h, (46, 182, 180), (8, 62, 72))
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
    qrcode(d, W / 2 - 160, y + 40, 320, 9240)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, CAPTIONS[0], font(30), PALE)
    ctext(d, W / 2, y + 52, CAPTIONS[1], font(30), PALE)
    y += 150
    slant_text(im, 0, y, SLOGAN, font(54, True), AMBER, 0.18, cx=W / 2)
    return int(y + 700)


# ---------------------------------------------------------------------------
# the foot's skyline, new here: Leshan.  The peaks of Mount Emei far beyond with the Golden Summit's hall; towers of
# the town; the red-sandstone cliff of Lingyun Hill with the seated Giant Buddha carved in its niche; the square
# thirteen-storey Lingbao Pagoda on the hill above; trees on the cliff top; the confluence of the rivers with a
# tourist boat; the school's name at the very foot.
def ridge(d, base, pts, fill):
    """A mountain range: straight flanks through (x, height) points, filled down to base."""
    poly = [(0, base)] + [(x, base - h) for x, h in pts] + [(W, base)]
    d.polygon(poly, fill=fill)


def golden_summit(d, x, y, ink, edge):
    """The Golden Summit's hall on Emei's highest peak: a small hall under a double roof (new here)."""
    d.rectangle([x - 14, y - 12, x + 14, y], fill=ink)
    d.polygon([(x - 22, y - 12), (x + 22, y - 12), (x + 12, y - 20), (x - 12, y - 20)], fill=ink)
    d.polygon([(x - 16, y - 20), (x + 16, y - 20), (x + 6, y - 28), (x - 6, y - 28)], fill=ink)
    d.line([(x - 22, y - 12), (x + 22, y - 12)], fill=edge, width=1)
    d.ellipse([x - 2, y - 34, x + 2, y - 30], fill=AMBER)


def lingbao(d, x, base, ink, edge):
    """The Lingbao Pagoda: a square brick pagoda of thirteen close eaves on a tall first storey, a spire (new)."""
    d.rectangle([x - 20, base - 40, x + 20, base], fill=ink)
    d.chord([x - 6, base - 26, x + 6, base - 14], 180, 360, fill=(255, 206, 140))
    d.rectangle([x - 6, base - 20, x + 6, base - 8], fill=(255, 206, 140))
    y, bw = base - 40, 24.0
    for k in range(13):
        d.polygon([(x - bw, y), (x + bw, y), (x + bw - 3, y - 4), (x - bw + 3, y - 4)], fill=ink)
        d.line([(x - bw, y), (x + bw, y)], fill=edge, width=1)
        d.rectangle([x - bw + 5, y - 11, x + bw - 5, y - 4], fill=ink)
        y -= 11
        bw -= 0.9 if k < 6 else 1.4
    d.polygon([(x - 6, y), (x + 6, y), (x, y - 22)], fill=ink)
    d.line([(x, y - 22), (x, y - 34)], fill=ink, width=2)


def giant_buddha(d, cx, top, base, stone, ink, edge):
    """The seated Giant Buddha in its niche: the niche cut in the cliff, the head with its rows of curls and long
    ears, the shoulders and robe, the hands on the knees, the feet on the platform at the water (new here)."""
    h = base - top
    nw = h * 0.62
    d.chord([cx - nw / 2, top - nw * 0.18, cx + nw / 2, top + nw * 0.5], 180, 360, fill=ink)
    d.rectangle([cx - nw / 2, top + nw * 0.15, cx + nw / 2, base], fill=ink)  # the niche's shadow
    hr = h * 0.11  # the head
    hy = top + h * 0.17
    d.ellipse([cx - hr * 1.25 - hr * 0.2, hy - hr * 0.2, cx - hr * 1.25 + hr * 0.2, hy + hr * 0.9], fill=stone)
    d.ellipse([cx + hr * 1.25 - hr * 0.2, hy - hr * 0.2, cx + hr * 1.25 + hr * 0.2, hy + hr * 0.9], fill=stone)
    d.ellipse([cx - hr * 1.2, hy - hr * 1.1, cx + hr * 1.2, hy + hr * 1.35], fill=stone)
    for row in range(3):  # the curls
        for k in range(-3 + row % 2, 4):
            px, py = cx + k * hr * 0.32, hy - hr * 0.85 + row * hr * 0.3
            if abs(px - cx) < hr * (1.0 - row * 0.05):
                d.ellipse([px - 2, py - 2, px + 2, py + 2], outline=edge, width=1)
    for ex in (-0.42, 0.42):  # the eyes, half shut
        d.arc([cx + ex * hr - hr * 0.22, hy + hr * 0.1, cx + ex * hr + hr * 0.22, hy + hr * 0.4], 0, 180, fill=ink,
              width=2)
    d.line([(cx, hy + hr * 0.35), (cx, hy + hr * 0.75)], fill=ink, width=2)
    d.arc([cx - hr * 0.3, hy + hr * 0.75, cx + hr * 0.3, hy + hr * 1.05], 20, 160, fill=ink, width=2)
    sy = hy + hr * 1.5  # the shoulders and the body
    d.polygon([(cx - hr * 0.5, sy - hr * 0.2), (cx + hr * 0.5, sy - hr * 0.2), (cx + hr * 2.6, sy + hr * 0.6),
               (cx + hr * 2.4, base - h * 0.12), (cx - hr * 2.4, base - h * 0.12), (cx - hr * 2.6, sy + hr * 0.6)],
              fill=stone)
    for k in range(5):  # the folds of the robe
        fy = sy + hr * (0.9 + k * 0.55)
        d.arc([cx - hr * 2.0, fy - hr * 0.6, cx + hr * 0.6, fy + hr * 0.6], 20, 90, fill=edge, width=1)
    for sgn in (-1, 1):  # the arms down to the knees, the hands on them, the knees, the feet
        d.polygon([(cx + sgn * hr * 2.6, sy + hr * 0.6), (cx + sgn * hr * 2.9, sy + hr * 3.2),
                   (cx + sgn * hr * 2.4, base - h * 0.16), (cx + sgn * hr * 1.9, base - h * 0.16),
                   (cx + sgn * hr * 2.1, sy + hr * 1.2)], fill=stone)
        d.line([(cx + sgn * hr * 2.1, sy + hr * 1.2), (cx + sgn * hr * 1.95, base - h * 0.17)], fill=edge, width=1)
        kx = cx + sgn * hr * 1.35
        d.ellipse([kx - hr * 1.05, base - h * 0.2, kx + hr * 1.05, base - h * 0.06], fill=stone, outline=edge, width=1)
        d.ellipse([kx - hr * 0.7, base - h * 0.075, kx + hr * 0.7, base - h * 0.005], fill=stone)
    d.rectangle([cx - nw / 2 - 10, base - 4, cx + nw / 2 + 10, base + 4], fill=edge)  # the platform


def tour_boat(d, x, y, ink, edge):
    """A tourist boat on the river: a long hull, a two-deck cabin with lit windows (new here)."""
    d.polygon([(x, y), (x + 150, y), (x + 134, y + 18), (x + 12, y + 18)], fill=ink)
    d.rectangle([x + 26, y - 22, x + 120, y], fill=ink)
    d.rectangle([x + 44, y - 38, x + 104, y - 22], fill=ink)
    for wx in range(x + 32, x + 116, 14):
        d.rectangle([wx, y - 16, wx + 8, y - 8], fill=(255, 206, 140))
    d.line([(x, y), (x + 150, y)], fill=edge, width=1)


def skyline(im, h):
    """The foot: Leshan.  Emei's peaks far beyond (the Golden Summit on the highest), towers of the town at the
    right, the cliff of Lingyun Hill with the Giant Buddha in its niche and the Lingbao Pagoda above among trees,
    the rivers with a tourist boat and ripples, the school's name at the very foot (new here)."""
    d = ImageDraw.Draw(im)
    base = h - 40
    far, mid = (92, 44, 24), (62, 26, 12)
    ridge(d, base - 60, [(0, 170), (90, 220), (170, 190), (260, 280), (330, 250), (420, 330), (470, 300),
                         (560, 320), (640, 290), (720, 350), (830, 430), (910, 360), (980, 300), (1080, 240)], far)
    golden_summit(d, 830, base - 60 - 430, far, ICE)
    for bx, bw, bh in [(700, 54, 240), (770, 80, 320), (870, 60, 210), (940, 96, 280), (1040, 40, 200)]:
        d.rectangle([bx, base - bh, bx + bw, base], fill=mid)  # towers of the town
        for wy in range(base - bh + 18, base - 70, 30):
            for wx in range(bx + 10, bx + bw - 12, 20):
                if (wx * 5 + wy) % 3:
                    d.rectangle([wx, wy, wx + 8, wy + 12], fill=(255, 214, 160))
    ink, stone, edge = (34, 12, 4), (118, 56, 30), ICE
    cliff = [(0, base - 20), (0, base - 430), (60, base - 470), (180, base - 500), (300, base - 496),
             (420, base - 470), (540, base - 420), (600, base - 330), (640, base - 200), (660, base - 20)]
    d.polygon(cliff, fill=(58, 22, 10))
    for k in range(7):  # the sandstone's bedding
        yy = base - 90 - k * 52
        d.line([(10, yy), (560 - k * 8, yy + (k % 2) * 6)], fill=(76, 32, 16), width=2)
    giant_buddha(d, 300, base - 420, base - 24, stone, ink, edge)
    lingbao(d, 96, base - 468, ink, edge)
    rnd = random.Random(9240)
    for _ in range(26):  # trees along the cliff top
        tx = rnd.randrange(20, 560)
        ty = base - 500 + abs(tx - 220) * 0.14 + rnd.randrange(0, 18)
        if abs(tx - 96) < 30:
            continue
        r = rnd.randrange(12, 22)
        d.ellipse([tx - r, ty - r, tx + r, ty + r * 0.8], fill=ink)
    d.rectangle([0, base - 20, W, h], fill=(24, 10, 4))  # the river
    tour_boat(d, 700, base - 30, ink, edge)
    for k in range(4):  # ripples
        yy = base - 10 + k * 8
        for x in range(0, W, 60):
            d.arc([x + (k % 2) * 30, yy - 6, x + 60 + (k % 2) * 30, yy + 6], 200, 340,
                  fill=AMBER if k % 2 else ICE, width=2)
    ctext(d, W / 2, h - 30, SCHOOL, font(20, True, serif=True), (246, 252, 252))


def background(w, h):
    """The sienna page: glows, light streaks behind the ring, particles, thin streaks down the sides, the skyline
    (posters-blind-229's, recoloured again)."""
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (255, 150, 60), 0.26)
    im = glow(im, 100, 1200, 300, (40, 190, 190), 0.10)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (208, 238, 246) if k % 2 else (40, 190, 190), 0.10)
    im = glow(im, 540, h - 300, 500, (255, 150, 60), 0.18)
    d = ImageDraw.Draw(im)
    rnd = random.Random(9240)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(246, 170, 120), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(246, 252, 252))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(246, 170, 120), width=2)
    skyline(im, h)
    return grain(im, 9240, 0.01)


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
    "Same schema and conventions as posters-blind-43 (and -59, -131, -149, -162, -174, -192, -229): speakers are names "
    "as printed with spaces, letter-spacing and the padding of two-character names removed (eighteen two-character "
    "names are printed padded: the host '吴　涛' -> 吴涛, the guest '李　晟' -> 李晟, and '王　磊' -> 王磊, '陈　静' -> 陈静, "
    "'郭　亮' -> 郭亮, '邓　超' -> 邓超, '高　翀' -> 高翀, '刘　洋' -> 刘洋, '赵　玥' -> 赵玥, '杨　帆' -> 杨帆, '李　娟' -> 李娟, "
    "'谢　伟' -> 谢伟, '周　明' -> 周明, '张　珺' -> 张珺, '陈　刚' -> 陈刚, '高　琳' -> 高琳, '黄　丽' -> 黄丽, '罗　浩' -> 罗浩; "
    "thirteen three-character names are set letter-spaced on their plates, left or right ('刘 国 华' -> 刘国华, "
    "'林 志 峰' -> 林志峰, '王 建 军' -> 王建军 and so on), five tight (王海涛, 李鹏飞, 孙丽娜, 岑嘉豪, 敬雪梅); 'Felix Wagner' -> "
    "FelixWagner, 'Sebastian Keller' -> SebastianKeller); host is the chair printed for the forum covering the slot, null "
    "for breaks; start/end always HH:MM on a 24-hour clock; break titles as printed with the padding removed ('开场'; the "
    "tea break's plate prints '茶　歇', given '茶歇'). ONE invented edition, CLK 9240 (第7235届, 乐山, host school "
    "乐山师范学院 with its 计算机科学学院 at the top right, Saturday 9240-10-27), printed as CLK2024's repository holds its "
    "forums: ONE POSTER PER FORUM, each named by its forum, here CLK2022's FOUR forum names as its README's recording "
    "links spell them: '主论坛.webp' (the morning, 09:00-12:30), '处理器架构与调度分论坛.webp', "
    "'内存管理与异构计算分论坛.webp' and 'IO 与 ebpf 分论坛.webp' (with its spaces and lower-case 'ebpf'; the three in "
    "parallel in the afternoon, each from 14:00). There is no whole-agenda picture, so every talk is on one picture only "
    "and is listed once; every forum's date is the edition's; each poster is one entry holding its one forum. 32 scored "
    "talks (31 talks, of them the opening address '开幕致辞', and 1 round table, kind 'panel'; 7 + 8 + 8 + 9 per poster) "
    "and 4 breaks ('开场' 09:00-09:10 on 主论坛; one '茶歇' per afternoon forum: 15:40-16:00, 15:20-15:40 and "
    "15:40-16:00). Every forum ends with its last slot (12:30, 17:30, 17:40, 17:45); 主论坛 prints no tea break and no "
    "lunch and ends with its round table. THE HEAD (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the seal, "
    "'乐山师范学院' / '计算机科学学院' and 'School of Computer Science, Leshan Normal University', '第7235届中国' / "
    "'Linux内核开发者大会', the ring '9240' / 'CLK', the date pill '9240年10月27日' + pin + '乐山', '地址：' over the "
    "forum's hall, broken at its first space where it is long: '乐山师范学院' / '计算机科学学院一楼报告厅') and THE FOOT "
    "('赞助单位', '支持单位', '支持媒体' on plates over word-mark boxes, the QR code, '扫码报名', two caption lines "
    "'现场提供午餐与茶歇，请凭参会证入场' and '会议视频回放将于会后一周内上线', the slogan '嘉州论道 · 内核同行', the Leshan "
    "skyline and the school's name) are no part of any forum, talk or slot; company names in the foot's boxes are "
    "nobody's affiliation; the caption's '午餐与茶歇' is no slot. The forum is the name on the slanted plate under the "
    "head. The HOST is the name in the bar '>>>　主持人：name　<<<' (杨建平 for 主论坛, 周晓静 for 处理器架构与调度分论坛, "
    "'吴　涛' for 内存管理与异构计算分论坛, 何志勇 for 'IO 与 ebpf 分论坛'); the line '·　unit　·' under it is nobody's "
    "affiliation. 主论坛 opens with a BAND '09:00-09:10 >>> 开场' (the range in the digital face, no speaker): a break. "
    "Each card after a pair of V marks (the first at the right, the others at the left): the RANGE on a TAB at the top "
    "left of a frame, drawn in a SEGMENTED seven-segment 'digital' face, as the organisers' forum posters print ranges; "
    "the range on a tab belongs to the frame under it. In a talk's frame the bold title, then per speaker a BIOGRAPHY "
    "at the left, a ringed round photo at the right and the framed NAME PLATE, at the right under the photo (where the "
    "biography runs wide under the photo) or at the left: under the biography, or, when the biography is short, BESIDE "
    "THE FOOT OF THE PHOTO, as the real cards set it. '开幕致辞' (09:10-09:20) is a talk of 刘国华 (the school's "
    "vice-president, a 6-line biography). A TEA BREAK is a tab over a short frame holding a plate with the label alone, "
    "'茶　歇', as the real card prints it. AFFILIATIONS: like the real 2024 cards the talks print NO company line, so "
    "every talk's affiliations are [] although each biography names the speaker's company or school; biographies are "
    "nowhere in the truth, and the companies, schools, programmes, products and places they name (former employers "
    "德赛西威 (for 徐志伟 of 比亚迪), 中兴通讯 (for 王磊 of 腾讯云), 展讯通信 (for 孙丽娜 of 荣耀), 百度 (for 刘洋 of "
    "蚂蚁集团), 英特尔 (for 陈志强 of AMD), 华为 (for 朱建国 of 天翼云), 奇安信 (for 张珺 of 阿里云); schools 华南理工大学, "
    "山东大学, 哈尔滨工业大学, 东南大学, 中国科学技术大学, 复旦大学, 电子科技大学, 上海交通大学, 北京航空航天大学; "
    "'SUSE', 'Nuremberg, Germany', 'Munich' in Felix Wagner's English biography and 'Linaro', 'Cambridge, UK' in "
    "Sebastian Keller's; 'TencentOS Server', 'openEuler', 'OceanBase', 'EuroSys', 'USENIX ATC', "
    "'全国大学生计算机系统能力大赛', 'NVMe over Fabrics', 'io_uring', 'XDP', 'LSM' inside biographies) are no speakers and no "
    "affiliations. TWO SPEAKERS of one talk (five talks) are two biography-photo-plate blocks one under the other in ONE "
    "frame under ONE title and ONE tab, both plates at the left as on the real two-speaker cards; they are given top "
    "then bottom: '王　磊' then 胡晓婷 (both 腾讯云) in 主论坛; the LATIN Sebastian Keller (an ENGLISH biography) then "
    "'高　翀' (both Linaro) in 处理器架构与调度分论坛; '杨　帆' then '李　娟' (both 字节跳动) and, as the LAST talk of "
    "内存管理与异构计算分论坛, 王建军 (an associate professor of 乐山师范学院) then 敬雪梅 (an undergraduate of the same "
    "school, a ONE-line biography) in 内存管理与异构计算分论坛; 刘宇航 then '黄　丽' (both 滴滴出行) in 'IO 与 ebpf 分论坛'. "
    "The second block's name belongs to the same talk, not to the next frame; after a forum's last frame comes the foot, "
    "no further slot. THE ROUND TABLE (主论坛, 11:50-12:30, kind 'panel') as the real 主论坛 prints one: a tab and a "
    "frame, a bar '>>> 圆桌论坛 <<<' (a label, no part of the title), the title centred on one line "
    "('高校与企业如何共同培养内核开发者'), a bar '主持人' over the moderator, a bar '嘉　宾' over four guests, each a name "
    "over ONE small line; its speakers are the moderator and then the guests in printed order (张明远, 李晟 printed "
    "'李　晟', 林婷婷, 赵振军, 何文斌) and its affiliations those small lines exactly as printed, one per person "
    "('电子科技大学计算机科学与工程学院教授', '华为 openEuler 社区技术委员会委员', '阿里云 龙蜥社区内核 SIG Maintainer', "
    "'统信软件 内核研发部总监', '中国科学院软件研究所 副研究员'); the moderator is not the forum's host (杨建平); the bars' "
    "labels '主持人' and '嘉　宾' are no names. TITLES over two or three lines (22 of the 31 talk titles; the cards' title "
    "measure is about 640 px, as the real cards break theirs near 600 px) are one title: joined without a space inside "
    "Chinese text and after '：' ('从手机到车机：' / '统一内核基线的维护实践', '面向AI服务器的内核可靠性：' / "
    "'从内存错误到GPU故障隔离'), also where a line ends or starts in Latin that is typed against Chinese "
    "('面向智能座舱的Linux内核' / '实时性与启动优化', '鲲鹏服务器上中断亲和与' / 'NUMA调度的协同优化', '面向RISC-V多核SoC的' / "
    "'核间中断开销优化', '用户态NVMe驱动与内核' / 'NVMe驱动的性能取舍', 'NPU驱动中IOMMU SVA的' / '适配与性能优化'); with a "
    "space where a line breaks between Latin words ('cgroup v2 CPU隔离' / '在在线业务中的实践' has none: the break falls "
    "after Chinese; 'Upstream First: What Ten Years' / 'of Enterprise Kernels Taught Us'; 'Taming Tail Latency' / "
    "'with Core Scheduling'; 'Scheduler Topology for' / 'Multi-Die Arm Servers'; 'Memory Tiering with' / 'Hardware "
    "Hotness Hints'; 'BPF Token: Safer eBPF for' / 'Unprivileged Containers'). ONE title runs over THREE lines, as a "
    "real 调度与锁分论坛 card's does: '基于硬件性能计数器的任务画像：' / '面向多租户云服务器的' / '干扰感知调度框架' (岑嘉豪, "
    "the forum's LAST talk), one title. Eleven titles are broken BY HAND at a word, unevenly, as the designer of the real "
    "cards breaks them ('RT-Linux在电力继电保护装置上的' / '实时性验证', 'bcache在混合存储服务器上的' / '调优经验', "
    "'ext4快速提交在手机存储上的' / '收益评估'); the others after '：' or evenly where the even break falls between words. "
    "Most titles are typed running Latin into Chinese WITHOUT a space ('HMM在国产GPU驱动中的应用实践', "
    "'memcg回收延迟的观测与优化', 'io_uring在分布式存储网关中的落地'), some with a space inside their Latin ('cgroup v2 "
    "CPU隔离…', 'NPU驱动中IOMMU SVA的…'), as the organisers' cards are typed; the truth keeps them as typed. ENGLISH-ONLY "
    "titles (5): 'Upstream First: What Ten Years of Enterprise Kernels Taught Us' (the LATIN Felix Wagner of SUSE, an "
    "ENGLISH biography of 8 lines in two paragraphs, plate at the right, name left-aligned on it), 'Taming Tail Latency "
    "with Core Scheduling' (李鹏飞), 'Scheduler Topology for Multi-Die Arm Servers' (Sebastian Keller and '高　翀'), "
    "'Memory Tiering with Hardware Hotness Hints' (陈志强), 'BPF Token: Safer eBPF for Unprivileged Containers' "
    "('张　珺'). Latin names lose their space. Biographies of 1 to 10 lines, some in paragraphs (three of ONE line: "
    "'谢　伟', 敬雪梅, '陈　刚'; the longest 林志峰's, 10 lines in four paragraphs). Talks of 30 minutes in 主论坛 after a "
    "10-minute address, 25 and 20 minutes in 处理器架构与调度分论坛, 30 and 20 in 内存管理与异构计算分论坛, 25 and 20 in "
    "'IO 与 ebpf 分论坛'; the round table 40 minutes; tea breaks of 20 minutes. NAMES as a real programme prints them, "
    "with everyday given names and now and then a less common character (李晟, 赵玥, 高翀, 张珺); SURNAMES in the "
    "proportions of a real Chinese conference: of the 43 Chinese names 王 and 李 four times each, 张, 刘 and 陈 three "
    "each, 杨, 黄, 赵, 周, 何, 林 and 高 two each, then one each of 吴, 徐, 胡, 郭, 孙, 邓, 朱, 谢, 马, 罗, 岑, 敬; the only "
    "uncommon ones are 岑 (岑嘉豪, a doctoral student of 中山大学) and 敬 (敬雪梅, an undergraduate of 乐山师范学院; a "
    "surname of Sichuan, where the edition is held). Plus two Latin names. No person is printed twice."
)
LAYOUTS = {
    "主论坛.webp": "FORUM POSTER of 主论坛 (host 杨建平, 乐山师范学院计算机科学学院院长、教授; hall 乐山师范学院 "
                "学术交流中心报告厅) in the organisers' 2024 forum-poster family recoloured: a SIENNA ground with pale "
                "ICE-BLUE frames, teal tabs and plates and AMBER accents. The band '09:00-09:10 >>> 开场'; '开幕致辞' by "
                "刘国华 (乐山师范学院 vice-president, 6 lines in two paragraphs, plate at the right, letter-spaced); 徐志伟 "
                "(比亚迪, plate at the right); the English title of the LATIN Felix Wagner (SUSE, an English biography, "
                "plate at the right); '王　磊' over 胡晓婷 (both 腾讯云, both plates left, the second beside the photo's "
                "foot); '陈　静' (小米, plate beside the photo's foot; title broken after '：'); '郭　亮' (浪潮信息, plate at "
                "the right; title broken after '：'); the ROUND TABLE 11:50-12:30 '高校与企业如何共同培养内核开发者' with "
                "the moderator 张明远 and four guests ('李　晟', 林婷婷, 赵振军, 何文斌), each over one small line. No tea "
                "break, no lunch.",
    "处理器架构与调度分论坛.webp": "FORUM POSTER of 处理器架构与调度分论坛 (host 周晓静, 西南交通大学计算机与人工智能学院副教授, "
                           "a teacher of another university; hall '乐山师范学院' / '计算机科学学院一楼报告厅', over two lines): "
                           "8 talks 14:00-17:30 (of 25 and 20 minutes) and 茶歇 15:40-16:00. 王海涛; 张国强 (plate at the "
                           "right); 李鹏飞 (English title); 黄勇军; 茶歇; 孙丽娜 (plate at the right); '邓　超'; the LATIN "
                           "Sebastian Keller over '高　翀' (both Linaro, English title); LAST, 岑嘉豪 (uncommon surname) under "
                           "the THREE-LINE title '基于硬件性能计数器的任务画像：' / '面向多租户云服务器的' / '干扰感知调度框架'.",
    "内存管理与异构计算分论坛.webp": "FORUM POSTER of 内存管理与异构计算分论坛 (host '吴　涛', 字节跳动 STE 团队内存方向负责人, a "
                            "company host; hall 乐山师范学院 图书馆二楼学术报告厅): 8 talks 14:00-17:40 (of 30 and 20 minutes) "
                            "and 茶歇 15:20-15:40 after the THIRD talk. '刘　洋' (plate at the right); '赵　玥'; 陈志强 (English "
                            "title, plate at the right); 茶歇; '杨　帆' over '李　娟' (both 字节跳动); 朱建国 (plate at the right); "
                            "'谢　伟' (a ONE-line biography); 马俊峰; LAST, 王建军 over 敬雪梅 (乐山师范学院, a teacher and his "
                            "student; hers a ONE-line biography; uncommon surname).",
    "IO 与 ebpf 分论坛.webp": "FORUM POSTER of 'IO 与 ebpf 分论坛' (host 何志勇, OPPO 存储与文件系统团队负责人, a company host; "
                           "hall 乐山师范学院 博学楼三楼会议中心): 9 talks 14:00-17:45 (of 25 and 20 minutes) and 茶歇 "
                           "15:40-16:00. 李文杰 (plate at the right); '周　明'; '张　珺' (English title, plate at the right); "
                           "王晨阳; 茶歇; '陈　刚' (a ONE-line biography); '高　琳'; 林志峰 (10 lines in four paragraphs, plate "
                           "at the right); 刘宇航 over '黄　丽' (both 滴滴出行); LAST, '罗　浩'.",
}
EXPECTED_LINES = {  # every title over two or more lines (all others fit one)
    "面向智能座舱的Linux内核实时性与启动优化": 2,
    "Upstream First: What Ten Years of Enterprise Kernels Taught Us": 2,
    "从手机到车机：统一内核基线的维护实践": 2,
    "面向AI服务器的内核可靠性：从内存错误到GPU故障隔离": 2,
    "cgroup v2 CPU隔离在在线业务中的实践": 2,
    "鲲鹏服务器上中断亲和与NUMA调度的协同优化": 2,
    "Taming Tail Latency with Core Scheduling": 2,
    "RT-Linux在电力继电保护装置上的实时性验证": 2,
    "基于PELT信号的任务放置改进在手机上的收益": 2,
    "面向RISC-V多核SoC的核间中断开销优化": 2,
    "Scheduler Topology for Multi-Die Arm Servers": 2,
    "基于硬件性能计数器的任务画像：面向多租户云服务器的干扰感知调度框架": 3,
    "Memory Tiering with Hardware Hotness Hints": 2,
    "内存热插拔在云主机弹性扩容中的应用": 2,
    "NPU驱动中IOMMU SVA的适配与性能优化": 2,
    "NVMe多路径在双控存储阵列中的故障切换优化": 2,
    "BPF Token: Safer eBPF for Unprivileged Containers": 2,
    "基于XDP的四层负载均衡在边缘节点的实践": 2,
    "bcache在混合存储服务器上的调优经验": 2,
    "ext4快速提交在手机存储上的收益评估": 2,
    "用户态NVMe驱动与内核NVMe驱动的性能取舍": 2,
    "块层IO优先级在手机前台应用中的实践": 2,
}
BIO_MAX = 10  # the longest biography (林志峰's), in lines; the shortest is one line


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
    assert len(BREAKS) == 11 and all(lines[t] == len(v) for t, v in BREAKS.items())  # the hand breaks
    assert sorted(lines.values()).count(3) == 1  # one title over three lines, as on the real 调度与锁 card
    n = [b[2] for b in bios]
    assert min(n) == 1 and max(n) == BIO_MAX, n


COMMON = set("王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
             "钟")  # the fifty commonest surnames and 钟 (posters-blind-162's)
SURNAMES = {"王": 4, "李": 4, "张": 3, "刘": 3, "陈": 3, "杨": 2, "黄": 2, "赵": 2, "周": 2, "何": 2, "林": 2,
            "高": 2}  # and one each of the rest
SINGLES = "吴徐胡郭孙邓朱谢马罗岑敬"
RARE = ["岑", "敬"]  # the only surnames outside COMMON
TWO_CHAR = ["王磊", "陈静", "郭亮", "李晟", "邓超", "高翀", "吴涛", "刘洋", "赵玥", "杨帆", "李娟", "谢伟",
            "周明", "张珺", "陈刚", "高琳", "黄丽", "罗浩"]  # printed padded


def check(posters):
    """A Saturday; CLK2022's four forum names; nobody printed twice; no real name or deck title; slots
    contiguous; no company lines on talks; the brief's ingredients (posters-blind-174's, with this set's counts)."""
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
    assert sum(1 for s in talks if len(s["sp"]) == 2) == 5
    assert [f[0] for f in FORUMS if len(f[3][-1]["sp"]) == 2 and f[3][-1]["kind"] == "talk"] == [
        "内存管理与异构计算分论坛"]
    assert sum(1 for s in talks if s["title"].isascii()) == 5
    assert sum(1 for s in talks for sp in s["sp"] if latin(sp["name"])) == 2
    two = [p for p in people if len(p) == 2 and not p.isascii()]
    assert sorted(two) == sorted(TWO_CHAR), two
    sur = [p[0] for p in people if not p.isascii()]
    rare = [p for p in people if not p.isascii() and p[0] not in COMMON]
    assert sorted(r[0] for r in rare) == RARE, rare  # the only uncommon surnames
    counts = {c: sur.count(c) for c in set(sur)}
    assert len(sur) == 43, len(sur)
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
        assert 12600 <= im.size[1] <= 15300, (fn, im.size)
        assert size < 1.5e6, (fn, size)
        if os.environ.get("KEEP_PNG"):  # to look at by eye; not part of the set
            os.makedirs("/tmp/p240/own", exist_ok=True)
            im.save("/tmp/p240/own/" + forum[0] + ".png")
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
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()