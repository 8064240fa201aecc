"""Draw the two-hundred-and-forty-fifth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the six pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 5245 (第3240届, 莆田, 莆田学院, Saturday 5245-10-21),
printed as CLK2024's repository prints its forums: ONE POSTER PER FORUM, named by the
forum.  The forums are CLK2025's six, as its repository's folders name them without
their numbers: 主论坛 (the morning), then 内存管理与优化分论坛, 文件系统与存储分论坛,
调度、性能与调试分论坛, 硬件架构与异构计算分论坛 and 'AI 基础设施与 eBPF 应用分论坛' in
parallel in the afternoon.  All WebP, 1080 px wide and as tall as the real ones, in the
family of the organisers' 2024 forum posters (slanted title, 'CLK' ring, date pill,
forum plate, host bar, range tabs in a segmented face, frames with biography, ringed
photo and name plate, no company line; 主论坛 with an opening band and a tea break),
in a NEW colour scheme: a CORAL ground (a warm coral red to a near-black oxblood) with
pale ICE frames, SEA-GREEN tabs and plates and LEMON accents.

This file starts from posters-blind-236/draw.py (helpers copied unchanged, painters
recoloured, the round table left out, a new skyline); see README.md.
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
# helpers copied unchanged from posters-blind-236/draw.py, which has them from posters-blind-229, -192 and -174,
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
# copied unchanged from posters-blind-236/draw.py (229's, 192's and 174's, which have them through set 162 from posters-blind-66/draw.py): SEGS, seg_advance, seg_width, seg_text (the segmented
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
# CLK 5245 (第3240届), 莆田, 莆田学院, Saturday 5245-10-21.  ONE edition, its SIX forum posters, named by CLK2025's six
# forum folders without their numbers, as CLK2024's repository holds one poster per forum.  主论坛 in the morning,
# the other five in parallel in the afternoon from 14:00.
EDITION = "CLK 5245"
YEAR = "5245"
NTH = "第3240届中国"  # 2024 was the 19th: 5245 - 2005
DATE = "5245-10-21"
DATE_PRINTED = "5245年10月21日"
CITY = "莆田"
SCHOOL = "莆田学院"
SCHOOL_UNIT = "机电与信息工程学院"
SCHOOL_EN = "School of Mechanical, Electrical and Information Engineering, Putian University"
SCHOOL_MARK = "PUTIAN UNIVERSITY"
CAPTIONS = ("现场参会者凭签到二维码领取大会纪念品，数量有限", "议程如有变动，请以会场当日公告为准")
SLOGAN = "相约荔城 · 共话 Linux 内核"


def P(name, bio, side, spaced=False):
    """A talk's speaker: the biography the card prints (a '\\n' starts a new paragraph on a new line, as the real
    cards break theirs), the side of his name plate ('R' under the photo, the biography running wide under it;
    'L' under the biography, or beside the photo's foot when the biography is short) and whether a three-character
    name is letter-spaced on the plate.  No company line: the real cards print none.  posters-blind-229's."""
    return S(name, None, None, bio, side=side, line=None, spaced=spaced)


H1 = "郑文华"
MAIN = ("主论坛", "莆田学院 东区图书馆一楼学术报告厅", (H1, "莆田学院机电与信息工程学院院长、教授"), [
    B("09:00", "09:10", "开场"),
    T("09:10", "09:20", "开幕致辞", [P(
        "林建国",
        "莆田学院副校长，教授，硕士生导师。长期从事计算机网络与嵌入式系统方面的教学和科研工作，主持福建省自然科学"
        "基金项目多项，发表学术论文六十余篇。\n"
        "近年来推动学校与国内操作系统企业共建开源人才培养基地，组织学生参与开源社区的开发与贡献。\n1996 年博士毕业于福州大学。", "R", True)], H1),
    T("09:20", "09:30", "嘉宾致辞", [P(
        "何振东",
        "开放原子开源基金会技术监督委员会委员，长期参与国内开源操作系统社区的治理与生态建设。", "L")], H1),
    T("09:30", "10:00", "智能汽车操作系统中Linux内核的演进与挑战", [P(
        "杨国栋",
        "理想汽车操作系统首席架构师，负责智能座舱与智能驾驶平台的操作系统研发，带领团队完成了车载 Linux 内核从"
        "4.14 到 6.1 的多次升级，建立了覆盖启动时间、实时性与功能安全的内核验证体系。他同时推动团队参与上游社区，向主线提交了调度与电源管理相关的补丁。\n"
        "加入理想汽车之前，他在华为终端从事手机内核与驱动开发近十年，参与过多代旗舰机型的内核性能优化。\n"
        "2009 年硕士毕业于北京邮电大学。", "R")], H1),
    T("10:00", "10:30", "Kernel Maintenance at Scale: Lessons from Twenty Years of Stable Backports", [P(
        "Ondrej Svoboda",
        "Ondrej is a kernel engineer at SUSE in Prague, where he has maintained enterprise kernel branches for more "
        "than twelve years. He reviews stable backports for the block layer and the memory subsystem and helps "
        "customers chase regressions across service packs.\n"
        "Before SUSE he worked on embedded Linux for industrial controllers. He studied computer science at Charles "
        "University.", "R")], H1),
    B("10:30", "10:45", "茶歇"),
    T("10:45", "11:15", "国产CPU平台上内核长期维护分支的建设", [
        P("徐志刚",
          "统信软件内核研发部总监，负责服务器与桌面操作系统内核的版本规划与长期维护，主导了内核在多款国产处理器"
          "平台上的适配与认证。他还负责公司与多家硬件厂商的联合实验室，推动补丁优先进入上游。\n"
          "此前在中标软件与深度科技从事操作系统开发。2007 年毕业于武汉大学。", "L", True),
        P("吴旻",
          "统信软件内核研发部高级工程师，负责长期维护分支的补丁回合与回归测试平台。", "L")], H1),
    T("11:15", "11:45", "从手机到服务器：内核能效优化的共性方法", [P(
        "赵鹏",
        "荣耀终端操作系统内核团队负责人，负责手机、平板与笔记本平台的内核性能与功耗优化，带领团队建立了统一的"
        "能效建模与评估方法，相关成果已在多个产品线量产落地。他也关注内核调度与电源管理的上游进展，团队每年向社区提交数十个补丁。\n"
        "此前在小米与展讯从事 BSP 与电源管理驱动开发。\n"
        "2010 年硕士毕业于西安电子科技大学。", "R")], H1),
    T("11:45", "12:15", "开源操作系统人才培养的高校实践", [P(
        "罗晓燕",
        "厦门大学信息学院副教授，主讲操作系统与嵌入式系统课程，研究方向为操作系统与存储系统。她设计了以 Linux 内核"
        "为对象的系列课程实验，指导学生团队多次在全国大学生计算机系统能力大赛操作系统赛中获奖。\n2008 年博士毕业于南京大学，曾在微软亚洲研究院访问一年。", "L", True)], H1),
])

H2 = "黄建明"
MEM = ("内存管理与优化分论坛", "莆田学院 东区图书馆三楼报告厅", (H2, "腾讯云 操作系统内核技术专家"), [
    T("14:00", "14:30", "kcompactd主动规整在在线服务中的调优实践", [P(
        "王晓峰",
        "美团基础研发平台内核工程师，负责容器宿主机的内存子系统优化。他分析了长期运行的在线服务中内存碎片的来源，"
        "调整了主动规整的触发与限速策略，使高阶内存分配失败率明显下降，并有相关补丁合入上游。\n他还负责公司内核内存相关特性的版本回合，维护着一套面向业务团队的内存问题排查手册。\n"
        "2014 年硕士毕业于北京理工大学。", "R", True)], H2),
    T("14:30", "15:00", "Memory Tiering on CXL: Page Promotion Policies in Practice", [P(
        "孙磊",
        "阿里云智能集团操作系统团队高级技术专家，负责内存分层与 CXL 内存扩展在云服务器上的落地。他评估了多种冷热"
        "页识别与提升策略在数据库和缓存负载下的效果，设计了按业务分级的提升限速机制。相关方案已在多个地域的数据库实例上灰度上线，在不增加延迟的前提下降低了内存成本。\n"
        "他也是龙蜥社区内存兴趣小组的维护者之一。\n"
        "此前在英特尔开源技术中心从事内存性能分析工作。2012 年硕士毕业于浙江大学。", "R")], H2),
    T("15:00", "15:30", "slab内存泄漏的线上定位方法", [P(
        "张婷",
        "字节跳动 STE 团队内核工程师，负责线上服务器的内存问题排查，开发了低开销的 slab 分配追踪工具，已帮助业务"
        "定位多起内核模块与驱动中的内存泄漏。\n2018 年硕士毕业于四川大学，此前在网易从事游戏服务器的性能优化。她在公司内部开设过多期内存问题排查的培训课程。", "L")], H2),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:20", "hugetlb预留内存的按需释放与回收", [
        P("陈志远",
          "京东云基础设施部内核专家，负责虚拟化宿主机的内存管理，主导了大页预留内存按需归还的方案，提高了宿主机在"
          "业务低峰期的内存利用率。相关方案已在京东云多个可用区上线。\n他也是龙蜥社区虚拟化兴趣小组的成员，参与过多次社区版本的内核特性评审。\n"
          "2015 年加入京东，此前在新华三从事虚拟化产品开发。", "L", True),
        P("郭丽",
          "京东云基础设施部工程师，负责大页相关特性的测试与问题定位。", "L")], H2),
    T("16:20", "16:50", "内存cgroup v2在混部场景下的保障机制", [P(
        "李明辉",
        "快手基础架构部内核工程师，负责在线与离线混部集群的资源隔离。他基于 cgroup v2 的内存保护与回收接口设计了"
        "在线业务的内存保障方案，在提升整机利用率的同时控制了在线服务的延迟抖动。\n"
        "他还参与了公司内核从 cgroup v1 迁移到 v2 的工作，整理了迁移过程中的兼容性问题与应对方法。相关文档已在社区公开。\n"
        "2016 年硕士毕业于南京大学，此前在百度从事分布式调度系统开发。", "R")], H2),
    T("16:50", "17:10", "KSM在虚拟化密集部署中的收益评估", [P(
        "蔡文斌",
        "中国电信天翼云虚拟化团队工程师，负责云主机宿主机的内存优化，评估了页面合并在不同镜像与负载组合下的收益"
        "与 CPU 开销。他还负责宿主机内核的版本升级与性能回归测试。\n"
        "2018 年硕士毕业于福州大学。", "L", True)], H2),
    T("17:10", "17:30", "面向移动设备的低内存进程查杀策略优化", [P(
        "周玥",
        "vivo 操作系统内核工程师，负责手机平台的内存管理与后台进程策略。她结合内存压力信息与应用使用习惯改进了"
        "低内存时的进程查杀策略，减少了前台应用的卡顿与冷启动次数。她也参与了公司内核内存特性的上游跟踪，整理了多份关于内存回收机制的内部培训材料。她曾获公司年度技术创新奖。\n"
        "2019 年硕士毕业于华南理工大学。", "R")], H2),
])

H3 = "王蕾"
FS = ("文件系统与存储分论坛", "莆田学院 机电与信息工程学院楼 101 报告厅", (H3, "小米 存储内核团队负责人"), [
    T("14:00", "14:30", "ext4日志提交路径的延迟优化", [P(
        "王志勇",
        "浪潮信息操作系统研发部高级工程师，负责服务器平台的文件系统与块设备性能。他分析了高并发同步写场景下 ext4 "
        "日志提交的等待与锁竞争，改进后数据库负载的写延迟明显下降。\n"
        "他还负责公司服务器操作系统的存储特性验证，完成了多个内核版本的文件系统回归测试。\n"
        "2012 年硕士毕业于山东大学。", "R", True)], H3),
    T("14:30", "15:00", "Btrfs在家用NAS设备上的快照与校验实践", [P(
        "梁俊杰",
        "绿联科技存储产品部系统工程师，负责家用 NAS 产品的文件系统与数据保护功能，基于 Btrfs 实现了定时快照、"
        "数据校验与静默错误修复。他也负责产品在不同硬盘组合下的数据一致性测试，积累了大量磁盘故障处理的经验。\n"
        "此前在群晖科技从事存储系统开发。", "L")], H3),
    T("15:00", "15:25", "NVMe多队列下blk-mq标签分配的竞争优化", [P(
        "刘斌",
        "三星半导体中国研究所存储软件工程师，负责企业级固态硬盘在 Linux 上的驱动与性能优化。他定位了高队列深度下"
        "标签分配的缓存行竞争，提出的优化已提交上游社区评审。\n"
        "个人主页：https://github.com/liubin-nvme\n"
        "2016 年硕士毕业于西安交通大学。\n欢迎交流 NVMe 驱动与块层相关的问题。", "R")], H3),
    T("15:25", "15:50", "fuse passthrough在移动端的性能收益", [
        P("宋晓东",
          "OPPO 存储内核团队技术专家，负责手机平台的文件系统与用户态文件系统框架，推动了 fuse 直通模式在手机存储"
          "上的适配与量产。他此前负责过多个机型的存储性能攻关。熟悉 UFS 与 eMMC 器件的特性。\n"
          "2011 年毕业于华中科技大学。", "L", True),
        P("邓雪",
          "OPPO 存储内核团队工程师，负责 fuse 相关的性能测试与功耗分析。\n"
          "2020 年硕士毕业于重庆大学。", "L")], H3),
    B("15:50", "16:10", "茶歇"),
    T("16:10", "16:40", "分布式存储客户端的页缓存一致性设计", [
        P("陈建军",
          "字节跳动基础架构部存储工程师，负责分布式文件系统的内核客户端，设计了多节点读写场景下的页缓存失效与租约"
          "机制，使客户端缓存命中率大幅提升。\n"
          "他还负责客户端在多个内核版本上的兼容与发布。\n"
          "此前在阿里巴巴从事分布式存储开发。", "L"),
        P("谢宇航",
          "华中科技大学计算机科学与技术学院博士研究生，研究方向为分布式存储与缓存一致性，目前在字节跳动实习。",
          "L", True)], H3),
    T("16:40", "17:10", "io_uring在数据库存储引擎中的落地", [P(
        "马超",
        "蚂蚁集团 OceanBase 团队存储引擎工程师，负责数据库存储层的 IO 路径，将存储引擎的异步 IO 从 libaio 迁移到 "
        "io_uring，并针对轮询模式和注册缓冲区做了系统评估，在高并发写入下获得了明显的吞吐提升。\n"
        "他也关注 io_uring 在容器环境下的安全限制与资源隔离问题。\n"
        "2015 年硕士毕业于中国科学技术大学，此前在华为从事存储阵列软件开发。", "R")], H3),
    T("17:10", "17:40", "闪存寿命感知的文件系统写入策略", [P(
        "林海燕",
        "长江存储系统解决方案部高级工程师，负责嵌入式存储产品与主机文件系统的协同优化。她结合闪存的磨损与垃圾回收"
        "特性，提出了区分冷热数据的写入与回写策略，在手机存储上延长了器件寿命。\n她参与制定了多项嵌入式存储接口的行业标准，并在国内多个存储技术会议上做过分享。\n"
        "2013 年博士毕业于华中科技大学。", "R", True)], H3),
])

H4 = "张海军"
SCHED = ("调度、性能与调试分论坛", "莆田学院 东区文科楼二楼报告厅", (H4, "字节跳动 STE 团队调度与性能方向负责人"), [
    T("14:00", "14:30", "大小核处理器上的任务调度与能效平衡", [P(
        "黄伟",
        "小米集团系统软件部内核工程师，负责手机与平板平台的调度与功耗优化。他分析了异构多核处理器上任务放置与"
        "频率调节之间的相互影响，改进了前台任务的选核策略。相关优化已在多代旗舰机型上量产，明显降低了游戏与视频场景的功耗。\n他也参与了公司内核调度特性的上游跟踪与回合。\n"
        "2015 年毕业于电子科技大学。", "L")], H4),
    T("14:30", "15:00", "Understanding Scheduler Latency with Per-Task Wakeup Tracing", [P(
        "王旭",
        "腾讯 TencentOS 内核团队高级工程师，负责云服务器内核的调度与延迟优化。他开发了按任务记录唤醒路径与排队"
        "时间的追踪工具，帮助业务团队定位了多起由调度延迟引起的长尾请求问题。\n"
        "他也参与了公司内核调度特性的上游回合与评审，在社区提交过调度相关的修复补丁。\n"
        "此前在 AMD 上海研发中心从事处理器性能分析工作。\n"
        "2011 年硕士毕业于复旦大学，研究方向为并行计算。", "R")], H4),
    T("15:00", "15:30", "lockdep在生产环境中的轻量化改造", [P(
        "赵志刚",
        "麒麟软件内核研发部高级工程师，负责服务器操作系统内核的稳定性。他对锁依赖检测机制做了裁剪与采样改造，"
        "使其可以在部分生产环境中长期开启，提前发现了多起潜在的死锁问题。\n他还负责麒麟服务器操作系统多个版本的内核维护，熟悉 ARM64 与 x86 平台的稳定性问题。\n"
        "2010 年毕业于国防科技大学。", "R", True)], H4),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:15", "基于kdump与drgn的线上故障分析实践", [
        P("李建平",
          "阿里云智能集团操作系统团队技术专家，负责云服务器内核的故障诊断平台，主导了内核转储的自动收集与分析流程，"
          "每天处理来自大量服务器的宕机与挂死事件。他也是 drgn 社区的贡献者。\n"
          "2009 年硕士毕业于哈尔滨工业大学。", "L", True),
        P("唐静",
          "阿里云智能集团操作系统团队工程师，负责基于 drgn 的自动化分析脚本。", "L")], H4),
    T("16:15", "16:45", "ftrace在车载系统启动优化中的应用", [P(
        "韩涛",
        "蔚来汽车数字系统部操作系统工程师，负责座舱域控制器的启动时间与系统性能。他利用函数追踪与启动阶段事件"
        "分析，把座舱系统从上电到显示的时间缩短了三分之一。\n"
        "此前在德赛西威从事车载信息娱乐系统开发。他熟悉车载芯片平台的启动流程与实时性需求。\n"
        "2014 年毕业于东北大学。", "R")], H4),
    T("16:45", "17:05", "RCU回调积压问题的定位与优化", [P(
        "高云飞",
        "华为操作系统内核实验室工程师，负责服务器内核的稳定性与性能，处理过多起由 RCU 回调积压引起的内存上涨与"
        "软锁问题，并编写了相关的诊断脚本。\n2016 年硕士毕业于哈尔滨工业大学，此前在中兴通讯从事嵌入式 Linux 的维护。", "L", True)], H4),
    T("17:05", "17:25", "perf在容器环境下的性能数据采集与隔离", [P(
        "彭骞",
        "百度智能云操作系统团队资深工程师，负责大规模容器集群的性能监控与分析工具。他改进了容器场景下性能事件的"
        "采集与归属方法，使业务团队可以在不影响其他容器的前提下获得自身的性能数据，目前覆盖搜索、推荐与云主机等"
        "主要业务。\n"
        "在加入百度之前，他在 IBM 中国系统与科技研发中心从事性能工具开发六年。\n"
        "他还是多个开源性能工具的贡献者，在高校做过多次关于性能分析方法的讲座。\n"
        "2008 年硕士毕业于北京航空航天大学，研究方向为计算机体系结构。", "R")], H4),
    T("17:25", "17:45", "KASAN与KFENCE在测试与线上环境的分工", [P(
        "沈佳琪",
        "网易数帆操作系统团队内核工程师，负责云主机与存储节点内核的内存安全检测。她梳理了两类检测工具在开销与"
        "覆盖面上的差异，在测试环境全面开启前者、在线上按比例开启后者，一年内发现了十余起越界访问与释放后使用"
        "问题。\n"
        "2020 年硕士毕业于浙江大学。", "L")], H4),
])

H5 = "陈立新"
HW = ("硬件架构与异构计算分论坛", "莆田学院 东区文科楼一楼报告厅", (H5, "福州大学计算机与大数据学院教授"), [
    T("14:00", "14:30", "RISC-V服务器平台的ACPI支持进展", [P(
        "张建伟",
        "算能科技操作系统团队技术专家，负责 RISC-V 服务器处理器的内核与固件支持，参与了 ACPI 相关表格与中断控制器"
        "在主线内核中的实现，向上游提交了补丁数十个。\n"
        "他也参与 RISC-V 服务器平台规范的讨论，推动固件与内核接口的统一。\n"
        "2013 年硕士毕业于浙江大学，此前在海思从事 SoC 驱动开发。", "R", True)], H5),
    T("14:30", "15:00", "Bringing Arm CCA Realms to Production Kernels", [P(
        "刘俊峰",
        "安谋科技系统软件部主任工程师，负责 Arm 机密计算架构在 Linux 与 KVM 中的支持与验证，参与了多家国内服务器"
        "厂商的机密虚拟机方案评估。他也关注机密虚拟机在启动度量与远程证明方面的内核接口。\n他是 Linux 基金会机密计算联盟中国区活动的组织者之一。\n"
        "此前在英特尔从事虚拟化软件开发。2008 年硕士毕业于上海交通大学。", "R")], H5),
    T("15:00", "15:30", "国产GPU驱动接入DRM子系统的实践", [
        P("杨帆",
          "沐曦集成电路系统软件部技术经理，负责 GPU 内核驱动的架构设计，推动驱动按照 DRM 子系统的规范重构，"
          "完成了显存管理与任务调度模块的迁移。他也负责驱动在主流发行版上的适配与发布。\n"
          "此前在 AMD 上海研发中心从事显卡驱动开发八年。", "L"),
        P("胡晓雯",
          "沐曦集成电路系统软件部工程师，负责驱动的显存管理模块与上游接口适配。", "L", True)], H5),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:20", "NPU设备驱动中的DMA映射优化", [P(
        "郑凯",
        "寒武纪软件部驱动工程师，负责智能加速卡的内核驱动，关注大块数据搬运时的 DMA 映射与 IOMMU 开销。他将映射"
        "缓存与批量失效结合，使模型加载阶段的驱动开销下降了一半以上。\n他还负责驱动在多个内核版本与操作系统发行版上的适配与发布。\n"
        "2017 年硕士毕业于中国科学院大学。", "R")], H5),
    T("16:20", "16:50", "海光平台上SR-IOV网卡直通的性能调优", [P(
        "陈鹏飞",
        "海光信息技术股份有限公司系统软件部高级工程师，负责虚拟化平台的 IO 性能，分析了网卡直通场景下中断重映射、"
        "IOMMU 页表与缓存亲和对转发性能的影响，形成了一套面向云厂商的调优建议。\n他还参与了海光平台虚拟化特性在多个国产操作系统发行版中的合入。\n"
        "2012 年硕士毕业于天津大学。", "L", True)], H5),
    T("16:50", "17:20", "DPU上virtio-blk卸载的内核适配", [P(
        "曹振华",
        "云豹智能系统软件部技术专家，负责 DPU 产品的主机侧驱动与虚拟化方案。他带领团队完成了块设备卸载在主机"
        "内核中的适配，使云主机无需安装专用驱动即可使用卸载后的存储，并解决了热插拔与多队列映射中的兼容问题。他也参与了相关标准接口在上游社区的讨论。\n"
        "此前在华为从事智能网卡驱动开发。\n"
        "2011 年硕士毕业于电子科技大学。", "R", True)], H5),
    T("17:20", "17:50", "CXL Type 3设备在Linux中的热插拔支持", [P(
        "朱永强",
        "浪潮信息服务器研发部系统架构师，负责新一代服务器的内存扩展方案。他带领团队完成了 CXL 内存扩展设备在 Linux "
        "内核中的适配，解决了设备热插拔、内存上下线与 NUMA 节点管理中的一系列问题，并与上游社区合作完善了相关驱动。\n"
        "此前在曙光从事高性能计算集群的系统软件开发。\n"
        "2009 年硕士毕业于山东大学。", "R")], H5),
])

H6 = "李静"
AI = ("AI 基础设施与 eBPF 应用分论坛", "莆田学院 东区图书馆二楼学术报告厅", (H6, "蚂蚁集团 基础设施部 eBPF 方向负责人"), [
    T("14:00", "14:30", "训练集群中RDMA网络的内核侧可观测性", [P(
        "王立军",
        "百度智能云 AI 基础设施部资深工程师，负责大模型训练集群的网络与操作系统。他在内核侧为 RDMA 网卡补充了队列、"
        "拥塞与重传方面的观测点，帮助训练团队快速区分网络故障与计算节点故障。他还负责训练集群操作系统镜像的版本管理。他也是多个开源网络诊断工具的维护者。\n"
        "此前在华为从事数据中心交换机软件开发。\n"
        "2010 年硕士毕业于北京邮电大学。", "R", True)], H6),
    T("14:30", "15:00", "eBPF在推理网关限流中的应用", [P(
        "李晓明",
        "字节跳动基础架构部网络工程师，负责大模型推理服务的接入网关，基于 eBPF 实现了按租户与模型的连接限流和"
        "优先级调度，降低了高峰期的请求排队时间。\n他此前负责过公司容器网络从 iptables 向 eBPF 的迁移，熟悉大规模集群中 eBPF 程序的发布与灰度流程。\n"
        "2017 年硕士毕业于西安交通大学。", "L", True)], H6),
    T("15:00", "15:30", "Safer eBPF Deployments: Verifier Limits and Program Signing", [P(
        "张宇",
        "华为云操作系统团队高级工程师，负责云平台上 eBPF 程序的发布与安全管控，设计了 eBPF 程序签名校验与分级加载"
        "的方案，让业务团队可以在受控的前提下部署自定义的观测与网络程序。\n"
        "他也关注验证器复杂度限制对大型程序的影响，向社区报告过多个验证器相关的问题。\n"
        "2016 年硕士毕业于北京大学，此前在奇安信从事终端安全产品开发。", "R")], H6),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:20", "大模型检查点写入的页缓存与回写优化", [
        P("林志鹏",
          "商汤科技大装置事业群存储工程师，负责训练集群的检查点存储，分析了大规模检查点写入时页缓存与回写对训练"
          "停顿时间的影响，提出了分阶段落盘的方案。他也负责训练集群存储客户端的性能调优。此前在腾讯从事分布式存储开发。\n"
          "2014 年毕业于厦门大学。", "L"),
        P("芮宁",
          "商汤科技系统工程师。", "L")], H6),
    T("16:20", "16:50", "基于eBPF的容器安全审计在AI平台中的实践", [P(
        "周建华",
        "深信服科技云计算事业部安全研发专家，负责容器平台的运行时安全产品。他基于 eBPF 实现了进程、文件与网络"
        "行为的低开销审计，已在多个 AI 训练平台上部署。相关规则库已开源。\n此前在绿盟科技从事入侵检测产品的研发。\n"
        "他也是多个开源容器安全项目的贡献者，在国内安全会议上做过多次分享。\n"
        "2011 年毕业于南京邮电大学。", "R", True)], H6),
    T("16:50", "17:10", "用eBPF实现TCP拥塞控制算法的探索", [P(
        "李倩",
        "中国移动云能力中心网络产品部工程师，负责云主机网络性能优化，尝试用 eBPF 结构体操作实现并灰度验证新的"
        "拥塞控制算法。\n她也参与了云主机网络性能基准测试体系的建设。\n2019 年硕士毕业于北京邮电大学。", "L")], H6),
    T("17:10", "17:30", "推理服务中大页内存与NUMA绑定的实践", [P(
        "刘文杰",
        "京东零售基础架构部系统工程师，负责推理服务器的操作系统调优。他系统评估了大页内存、NUMA 绑定与中断隔离"
        "对推理尾延迟的影响，形成了一套适用于多卡推理服务器的内核配置规范，已在公司推理集群中推广使用。\n"
        "在此之前，他在联想从事服务器性能调优，参与过多个大型客户的性能攻关项目。\n"
        "2013 年硕士毕业于南开大学。", "R")], H6),
])

FORUMS = [MAIN, MEM, FS, SCHED, HW, AI]
FORUM_NAMES = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
               "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]  # CLK2025's six folders, numbers removed

SPONSORS = ["莆田学院", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "荣耀", "统信软件", "OPPO", "小米", "蚂蚁集团"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "开放原子开源基金会", "福建省计算机学会",
           "莆田市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "掘金"]

# names of real speakers and hosts read on the real posters (set 236's, which is set 229's, 192's and 174's, taken from
# the CLK2024 posters as pictures), none of which may be used; the listings' names and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "李志", "伍勃", "李扬韬", "邹贻鹏", "廖肇燕", "甄鹏",
              "慕冬亮", "LianboJiang"]


# ---------------------------------------------------------------------------
# the new colour scheme: CORAL (a warm coral red at the head to a near-black oxblood at the foot, instead of the
# organisers' royal blue), pale ICE where they print cyan (frames, plates' outlines, rings), SEA-GREEN-TO-SPRUCE tabs,
# forum plate, bar and foot plates, LEMON where they print pink accents, PEACH for the first V mark, the outer rings
# and the streaks (set 236's GOLD and AMBER renamed ICE and LEMON, every literal colour of set 236's painters mapped to
# a coral, ice, sea-green, peach or lemon value by one table of 24 entries)
ICE = (214, 242, 246)
PALE = (255, 242, 234)
FRAME = (200, 236, 240)
DIM = (170, 76, 62)
LEMON = (250, 226, 96)
HOLE = (46, 14, 12)  # the hole of a pin, the cut corners of plates
PLATE = (96, 28, 22)  # inside name plates
TAB0, TAB1 = (40, 170, 140), (8, 68, 60)  # tab gradients, bright at the left
BG0, BG1 = (204, 86, 68), (44, 14, 14)  # the page, top to bottom
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 50
PHOTO, PCX, OUTER = 236, 810, 166  # photo diameter, its centre x, the outer ring's radius

# ---------------------------------------------------------------------------
# painters from posters-blind-236/draw.py (which has them from posters-blind-229, -192, -174, -162, -149, -145, -137
# and -131), recoloured here and otherwise unchanged but for BREAKS (this set's hand-broken titles) and footer's QR
# seed; the round table's painters are left out.  The skyline and background below are new or adapted.
def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites."""
    for r, col, wd in [(200, (255, 188, 164), 3), (160, (214, 242, 246), 6), (118, (255, 246, 240), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(250, 222, 90), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(122, 36, 30), outline=(255, 246, 240), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (255, 246, 240))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(255, 246, 240), width=3)


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
    pin(d, px, y0 + 18, LEMON, 1.1)
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
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=LEMON if i % 2 else ICE, width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on a teal plate with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(52, 186, 152))
    hgrad(d, x0, y, x1, y + h, (40, 172, 142), (8, 66, 58))
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=HOLE)
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=HOLE)
    d.line([(x1 - 200, y - 14), (x1 + 60, y - 14)], fill=LEMON, width=6)
    slant_text(im, 0, y + 8, text, f, WHITE, 0.18, cx=W / 2)
    return y + h


def arrows(d, x, y, right, fill, n=3, s=14):
    for j in range(n):
        ax = x + j * (s + 8) if right else x - j * (s + 8)
        k = 1 if right else -1
        d.line([(ax, y - s), (ax + k * s, y), (ax, y + s)], fill=fill, width=4)


def host_bar(d, y, host):
    hgrad(d, X0, y, X1, y + 78, (122, 36, 30), (36, 160, 132))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, LEMON)
    arrows(d, X1 - 34, y + 39, False, LEMON)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(255, 188, 164), (214, 242, 246)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a teal bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(210, 250, 236), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(255, 188, 164), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=ICE, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(255, 214, 190), width=2)
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
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=LEMON, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


# titles the designer broke by hand, where the even break would fall badly (the lines joined, with a space
# between Latin words as printed, give the title)
TITLE_W = 640  # the measure of a card's title: the real cards break theirs at about 600 px
BREAKS = {  # titles the designer broke by hand, at a word, as the real cards are broken (lines joined give the title)
    "Kernel Maintenance at Scale: Lessons from Twenty Years of Stable Backports": [
        "Kernel Maintenance at Scale:", "Lessons from Twenty Years of", "Stable Backports"],
    "内存cgroup v2在混部场景下的保障机制": ["内存cgroup v2在", "混部场景下的保障机制"],
    "面向移动设备的低内存进程查杀策略优化": ["面向移动设备的", "低内存进程查杀策略优化"],
    "Btrfs在家用NAS设备上的快照与校验实践": ["Btrfs在家用NAS设备上的", "快照与校验实践"],
    "大小核处理器上的任务调度与能效平衡": ["大小核处理器上的", "任务调度与能效平衡"],
    "基于kdump与drgn的线上故障分析实践": ["基于kdump与drgn的", "线上故障分析实践"],
    "训练集群中RDMA网络的内核侧可观测性": ["训练集群中RDMA网络的", "内核侧可观测性"],
    "基于eBPF的容器安全审计在AI平台中的实践": ["基于eBPF的容器安全审计", "在AI平台中的实践"],
}


def title_lines(d, title, f):
    """The title's lines: as broken by hand in BREAKS, else after '：' where it has one, else evenly
    (posters-blind-236's, through 229, 192, 174 and 162; the titles this set breaks by hand are in BREAKS, all to
    TITLE_W)."""
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
    hgrad(d, X0, y, X1, y + h, TAB0, (122, 36, 30))
    d.rectangle([X0, y, X1, y + h], outline=(210, 250, 236), width=2)
    seg_text(d, X0 + 34, y + 20, rng(s), 44, WHITE)
    arrows(d, 660, y + h / 2, True, WHITE)
    rtext(d, X1 - 70, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


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
    d.rectangle([x, y, x + w, y + h], outline=(255, 246, 240), width=3)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (122, 36, 30), (214, 242, 246))
    hgrad(d, x0, y, x0 + w, y + h, (40, 172, 142), (8, 66, 58))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=HOLE)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=LEMON, width=6)
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
    qrcode(d, W / 2 - 160, y + 40, 320, 5245)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, CAPTIONS[0], font(30), PALE)
    ctext(d, W / 2, y + 52, CAPTIONS[1], font(30), PALE)
    y += 150
    slant_text(im, 0, y, SLOGAN, font(54, True), LEMON, 0.18, cx=W / 2)
    return int(y + 700)






# ---------------------------------------------------------------------------
# the foot's skyline, new here: Putian, '荔城' (the lychee city).  Hills and towers beyond; the octagonal stone pagoda
# of Guanghua Temple; lychee trees with red fruit; the Mulan weir (木兰陂) with its row of piers and sluices across
# the river; the statue of Mazu on Meizhou island's hill at the right; the ripples of Meizhou bay.
def hills(d, base, pts, fill):
    """Rounded hills: a smooth ridge through (x, height) points (cosine easing between them), filled down to base."""
    poly = [(0, base)]
    for (xa, ha), (xb, hb) in zip(pts, pts[1:]):
        for i in range(0, 21):
            t = i / 20
            e = (1 - math.cos(math.pi * t)) / 2
            poly.append((xa + (xb - xa) * t, base - (ha + (hb - ha) * e)))
    poly.append((W, base))
    d.polygon(poly, fill=fill)


def stone_pagoda(d, x, base, w, storeys, ink, edge):
    """An octagonal stone pagoda of storeys narrowing upwards, each with a wide flat eave, an arched niche on every
    storey and a gourd finial (Guanghua Temple's 释迦文佛塔, drawn simply; new here)."""
    d.rectangle([x - w * 0.75, base - 12, x + w * 0.75, base], fill=ink)  # the base platform
    y = base - 12
    for k in range(storeys):
        bw = w * (0.5 - 0.06 * k)
        sh = 34 - 3 * k
        d.rectangle([x - bw, y - sh, x + bw, y], fill=ink)
        d.chord([x - 6, y - sh + 6, x + 6, y - 6], 180, 360, fill=edge)  # the niche's arch
        d.rectangle([x - 6, y - sh + 12, x + 6, y - 4], fill=edge)
        y -= sh
        d.polygon([(x - bw - 14, y + 4), (x + bw + 14, y + 4), (x + bw + 6, y - 6), (x - bw - 6, y - 6)], fill=ink)
        d.line([(x - bw - 14, y + 4), (x + bw + 14, y + 4)], fill=edge, width=1)
        y -= 6
    d.ellipse([x - 8, y - 14, x + 8, y + 2], fill=ink)  # the gourd finial
    d.ellipse([x - 5, y - 26, x + 5, y - 12], fill=ink)
    d.line([(x, y - 26), (x, y - 40)], fill=ink, width=3)
    d.ellipse([x - 3, y - 46, x + 3, y - 40], fill=LEMON)


def lychee(d, x, base, r, ink, fruit, seed):
    """A lychee tree: a short trunk and a wide round crown of overlapping lobes with red fruit (new here)."""
    rnd = random.Random(seed)
    d.rectangle([x - 5, base - r, x + 5, base], fill=ink)
    for ox, oy, rr in [(-0.7, -1.2, 0.6), (0.7, -1.2, 0.6), (0, -1.55, 0.7), (-0.35, -1.0, 0.55), (0.35, -1.0, 0.55)]:
        cx, cy, q = x + ox * r, base + oy * r - r * 0.4, rr * r
        d.ellipse([cx - q, cy - q, cx + q, cy + q], fill=ink)
    for _ in range(9):
        fx = x + rnd.uniform(-1.1, 1.1) * r
        fy = base - r * 1.4 + rnd.uniform(-0.6, 0.7) * r
        d.ellipse([fx - 3, fy - 3, fx + 3, fy + 3], fill=fruit)


def weir(d, x0, x1, base, ink, edge):
    """The Mulan weir: a long low stone dam, a row of square piers with sluice gaps, water falling between them, a
    low bank at each end (new here)."""
    d.rectangle([x0, base - 22, x1, base], fill=ink)
    n = int((x1 - x0) // 30)
    for i in range(n + 1):
        px = x0 + i * 30
        d.rectangle([px - 7, base - 40, px + 7, base - 20], fill=ink)
        d.line([(px - 7, base - 40), (px + 7, base - 40)], fill=edge, width=2)
        if i < n:
            for j in range(3):  # water through the sluice
                d.line([(px + 11 + j * 4, base - 20), (px + 11 + j * 4, base - 4)], fill=ICE, width=1)
    d.polygon([(x0 - 40, base), (x0, base - 30), (x0, base)], fill=ink)
    d.polygon([(x1, base - 30), (x1 + 40, base), (x1, base)], fill=ink)


def mazu(d, x, base, ink, edge):
    """The statue of Mazu on her island's hill: a standing robed figure with a tall headdress, hands held before
    her, on a stepped pedestal (a silhouette; new here)."""
    d.chord([x - 150, base - 120, x + 150, base + 120], 180, 360, fill=ink)  # the hill
    y = base - 110
    d.rectangle([x - 30, y - 14, x + 30, y], fill=ink)  # the pedestal
    d.rectangle([x - 22, y - 26, x + 22, y - 14], fill=ink)
    y -= 26
    d.polygon([(x - 20, y), (x + 20, y), (x + 13, y - 90), (x - 13, y - 90)], fill=ink)  # the robe
    d.polygon([(x - 13, y - 90), (x + 13, y - 90), (x + 16, y - 70), (x - 16, y - 70)], fill=ink)  # the sleeves
    d.rectangle([x - 5, y - 80, x + 5, y - 60], fill=edge)  # the hands and tablet
    d.ellipse([x - 9, y - 112, x + 9, y - 90], fill=ink)  # the head
    d.rectangle([x - 12, y - 124, x + 12, y - 106], fill=ink)  # the headdress
    d.line([(x - 15, y - 124), (x + 15, y - 124)], fill=edge, width=2)
    for k in (-9, -3, 3, 9):  # the beads hanging from it
        d.line([(x + k, y - 106), (x + k, y - 98)], fill=edge, width=1)


def skyline(im, h):
    """The foot: Putian.  Hills and towers beyond; at the left Guanghua Temple's pagoda among lychee trees; in the
    middle the Mulan weir across the river; at the right Mazu on her hill over Meizhou bay; the school's name at the
    very foot (new here)."""
    d = ImageDraw.Draw(im)
    base = h - 40
    hills(d, base - 60, [(0, 170), (160, 260), (330, 200), (520, 300), (700, 220), (880, 280), (1080, 190)],
          (92, 26, 24))
    for x, tw_, th in [(420, 40, 230), (470, 30, 290), (520, 46, 250), (600, 34, 210), (660, 44, 270), (720, 30, 200)]:
        d.rectangle([x, base - 60 - th, x + tw_, base - 60], fill=(74, 20, 20))
        for wy in range(base - 60 - th + 14, base - 70, 22):  # lit windows
            d.line([(x + 6, wy), (x + tw_ - 6, wy)], fill=(150, 70, 56), width=2)
    ink, edge = (48, 14, 14), ICE
    d.rectangle([0, base - 30, W, base], fill=ink)
    stone_pagoda(d, 150, base - 30, 70, 5, ink, edge)
    for x, r, sd in [(50, 40, 1), (262, 46, 2), (340, 36, 3)]:
        lychee(d, x, base - 30, r, ink, (236, 70, 70), 5245 + sd)
    weir(d, 420, 760, base - 4, ink, edge)
    mazu(d, 930, base - 10, ink, edge)
    for k in range(4):  # Meizhou bay
        yy = base + 4 + k * 9
        for x in range(0, W, 56):
            d.arc([x + (k % 2) * 28, yy - 7, x + 56 + (k % 2) * 28, yy + 7], 200, 340,
                  fill=LEMON if k % 2 else ICE, width=2)
    ctext(d, W / 2, h - 28, SCHOOL, font(20, True, serif=True), (255, 246, 240))


def background(w, h):
    """The coral page: glows, light streaks behind the ring, particles, thin streaks down the sides, the skyline
    (posters-blind-236's, recoloured)."""
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (40, 180, 150), 0.22)
    im = glow(im, 100, 1200, 300, (250, 226, 96), 0.10)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (214, 242, 246) if k % 2 else (40, 180, 150), 0.10)
    im = glow(im, 540, h - 300, 500, (250, 226, 96), 0.14)
    d = ImageDraw.Draw(im)
    rnd = random.Random(5245)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(255, 188, 164), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 246, 240))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(255, 188, 164), width=2)
    skyline(im, h)
    return grain(im, 5245, 0.01)


LOG = {}


def paint_forum(forum):
    """A forum poster: the head, the forum's plate, the host bar, the slots, the foot (posters-blind-236's without
    the round table: the opening band, talk cards and tea-break cards)."""
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





NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -131, -162, -174, -192, -229, -236): speakers are names "
    "as printed with spaces, letter-spacing and the padding of two-character names removed (twenty-one two-character "
    "names are printed padded: the hosts '王　蕾' and '李　静' and the speakers '吴　旻', '赵　鹏', '孙　磊', '张　婷', "
    "'郭　丽', '周　玥', '刘　斌', '邓　雪', '马　超', '黄　伟', '王　旭', '唐　静', '韩　涛', '彭　骞', '杨　帆', '郑　凯', "
    "'张　宇', '芮　宁', '李　倩' -> 王蕾 ... 李倩; some three-character names are set letter-spaced on their plates, left "
    "or right, '林 建 国' -> 林建国, '王 晓 峰' -> 王晓峰, '谢 宇 航' -> 谢宇航 and so on, the others tight; 'Ondrej "
    "Svoboda' -> OndrejSvoboda); host is the chair printed for the forum covering the slot, null for breaks; "
    "start/end always HH:MM on a 24-hour clock; break titles as printed with the padding removed ('开场'; the tea "
    "break's plate prints '茶　歇', given '茶歇'). ONE invented edition, CLK 5245 (第3240届, 莆田, host school 莆田学院 "
    "with its 机电与信息工程学院 at the top right, Saturday 5245-10-21), printed as CLK2024's repository holds its "
    "forums: ONE POSTER PER FORUM, each named by its forum, here CLK2025's SIX forum names as its repository's folders "
    "spell them without their numbers: '主论坛.webp' (the morning, 09:00-12:15), '内存管理与优化分论坛.webp', "
    "'文件系统与存储分论坛.webp', '调度、性能与调试分论坛.webp' (with its '、'), '硬件架构与异构计算分论坛.webp' and "
    "'AI 基础设施与 eBPF 应用分论坛.webp' (with its two spaces; the five in parallel in the afternoon, each from 14:00). "
    "There is no whole-agenda picture, so every talk is on one picture only and is listed once; every forum's date is "
    "the edition's; each poster is one entry holding its one forum. 43 scored talks, all of kind 'talk' (the opening "
    "address '开幕致辞' and the guest address '嘉宾致辞' among them; 7 + 7 + 7 + 8 + 7 + 7 per poster; no round table) "
    "and 7 breaks ('开场' 09:00-09:10 and '茶歇' 10:30-10:45 on 主论坛; one '茶歇' per afternoon forum: 15:30-15:50, "
    "15:50-16:10, 15:30-15:45, 15:30-15:50 and 15:30-15:50). Every forum ends with its last talk (12:15, 17:30, 17:40, "
    "17:45, 17:50, 17:30); nothing is printed after it but the foot, and 主论坛 prints no lunch. THE HEAD (logo lines "
    "'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the seal, '莆田学院' / '机电与信息工程学院' and 'School of "
    "Mechanical, Electrical and Information Engineering', '第3240届中国' / 'Linux内核开发者大会', the ring '5245' / 'CLK', "
    "the date pill '5245年10月21日' + pin + '莆田', '地址：' over the forum's hall, e.g. '莆田学院 东区图书馆一楼学术报告厅', "
    "and for 文件系统与存储分论坛 over two lines '莆田学院' / '机电与信息工程学院楼 101 报告厅') and THE FOOT ('赞助单位', "
    "'支持单位', '支持媒体' on plates over word-mark boxes, the QR code, '扫码报名', two caption lines "
    "'现场参会者凭签到二维码领取大会纪念品，数量有限' and '议程如有变动，请以会场当日公告为准', the slogan '相约荔城 · 共话 "
    "Linux 内核', the Putian skyline and the school's name) are no part of any forum, talk or slot; company names in "
    "the foot's boxes are nobody's affiliation. The forum is the name on the slanted plate under the head. The HOST is "
    "the name in the bar '>>>　主持人：name　<<<' (郑文华 for 主论坛, 黄建明 for 内存管理与优化分论坛, '王　蕾' for "
    "文件系统与存储分论坛, 张海军 for 调度、性能与调试分论坛, 陈立新 for 硬件架构与异构计算分论坛, '李　静' for "
    "'AI 基础设施与 eBPF 应用分论坛'); the line '·　unit　·' under it is nobody's affiliation. 主论坛 opens with a BAND "
    "'09:00-09:10 >>> 开场' (the range in the digital face, no speaker): a break. Each card after a pair of V marks (the "
    "first at the right, the others at the left): the RANGE on a TAB at the top left of a frame, drawn in a SEGMENTED "
    "seven-segment 'digital' face, as the organisers' forum posters print ranges; the range on a tab belongs to the "
    "frame under it. In a talk's frame the bold title, then per speaker a BIOGRAPHY at the left, a ringed round photo "
    "at the right and the framed NAME PLATE, at the right under the photo (where the biography runs wide under the "
    "photo) or at the left: under the biography, or, when the biography is short, BESIDE THE FOOT OF THE PHOTO, as the "
    "real cards set it. '开幕致辞' (09:10-09:20) is a talk of 林建国 (the school's vice-president) and '嘉宾致辞' "
    "(09:20-09:30) a talk of 何振东 (a three-line biography naming 开放原子开源基金会). A TEA BREAK is a tab over a short "
    "frame holding a plate with the label alone, '茶　歇', as the real card prints it; on 主论坛 it stands between the "
    "fourth and fifth talk. AFFILIATIONS: like the real 2024 cards the talks print NO company line, so every talk's "
    "affiliations are [] although each biography names the speaker's company or school; biographies are nowhere in "
    "the truth, and the companies, schools, projects, places and web addresses they name (former employers such as "
    "华为终端 for 杨国栋 of 理想汽车, 中标软件 and 深度科技 for 徐志刚 of 统信软件, 小米 and 展讯 for 赵鹏 of 荣耀, 英特尔开源技术中心 "
    "for 孙磊 of 阿里云, 网易 for 张婷 of 字节跳动, 新华三 for 陈志远 of 京东云, 百度 for 李明辉 of 快手, 群晖科技 for 梁俊杰 of "
    "绿联科技, 阿里巴巴 for 陈建军 of 字节跳动, 华为 for 马超 of 蚂蚁集团 and for 曹振华 of 云豹智能, AMD 上海研发中心 for 王旭 of 腾讯 "
    "and for 杨帆 of 沐曦集成电路, 德赛西威 for 韩涛 of 蔚来汽车, 中兴通讯 for 高云飞 of 华为, IBM 中国系统与科技研发中心 for 彭骞 "
    "of 百度智能云, 海思 for 张建伟 of 算能科技, 英特尔 for 刘俊峰 of 安谋科技, 曙光 for 朱永强 of 浪潮信息, 华为 for 王立军 of "
    "百度智能云, 奇安信 for 张宇 of 华为云, 腾讯 for 林志鹏 of 商汤科技, 绿盟科技 for 周建华 of 深信服, 联想 for 刘文杰 of 京东; "
    "'目前在字节跳动实习' in the doctoral student 谢宇航's (华中科技大学); the schools; 微软亚洲研究院 in 罗晓燕's; the web "
    "address 'https://github.com/liubin-nvme' in 刘斌's; 'SUSE', 'Prague' and 'Charles University' in Ondrej Svoboda's "
    "ENGLISH biography) are no speakers and no affiliations. TWO SPEAKERS of one talk (seven talks) are two "
    "biography-photo-plate blocks one under the other in ONE frame under ONE title and ONE tab, both plates at the "
    "left as on the real two-speaker cards; they are given top then bottom: 徐志刚 then '吴　旻' (both 统信软件) in "
    "主论坛; 陈志远 then '郭　丽' (both 京东云) in 内存管理与优化分论坛; 宋晓东 then '邓　雪' (both OPPO) and 陈建军 "
    "(字节跳动) then 谢宇航 (华中科技大学 doctoral student) in 文件系统与存储分论坛; 李建平 then '唐　静' (both 阿里云) in "
    "调度、性能与调试分论坛; '杨　帆' then 胡晓雯 (both 沐曦集成电路) in 硬件架构与异构计算分论坛; 林志鹏 then '芮　宁' (both "
    "商汤科技; hers a ONE-line biography, '商汤科技系统工程师。') in 'AI 基础设施与 eBPF 应用分论坛'. The second block's name "
    "belongs to the same talk, not to the next frame. TITLES over two lines (24 of the 43 titles) or three (one) are "
    "one title: joined without a space inside Chinese text, also where a line ends or starts in Latin that is typed "
    "against Chinese ('智能汽车操作系统中' / 'Linux内核的演进与挑战', 'kcompactd主动规整在' / '在线服务中的调优实践', "
    "'内存cgroup v2在' / '混部场景下的保障机制', 'NVMe多队列下blk-mq' / '标签分配的竞争优化', 'fuse passthrough' / "
    "'在移动端的性能收益', 'CXL Type 3设备在' / 'Linux中的热插拔支持', '海光平台上SR-IOV' / '网卡直通的性能调优'); with a "
    "space between Latin words ('Kernel Maintenance at Scale:' / 'Lessons from Twenty Years of' / 'Stable Backports', "
    "the one THREE-line title; 'Memory Tiering on CXL: Page' / 'Promotion Policies in Practice'; 'Understanding "
    "Scheduler Latency' / 'with Per-Task Wakeup Tracing'; 'Bringing Arm CCA Realms' / 'to Production Kernels'; 'Safer "
    "eBPF Deployments: Verifier' / 'Limits and Program Signing'). Eight of them are broken BY HAND at a word, as the "
    "designer of the real cards breaks them (e.g. 'Btrfs在家用NAS设备上的' / '快照与校验实践', '基于eBPF的容器安全审计' / "
    "'在AI平台中的实践'), the others evenly or after '：' ('从手机到服务器：' / '内核能效优化的共性方法'). Most titles are "
    "typed running Latin into Chinese WITHOUT a space ('slab内存泄漏的线上定位方法', 'DPU上virtio-blk卸载的内核适配', "
    "'KASAN与KFENCE在测试与线上环境的分工'), a few with a space inside their Latin ('内存cgroup v2在…', 'CXL Type "
    "3设备在…', 'fuse passthrough在…'), as the organisers' cards are typed; the truth keeps them as typed. "
    "ENGLISH-ONLY titles (5: one on each poster but 文件系统与存储分论坛): 'Kernel Maintenance at Scale: Lessons from "
    "Twenty Years of Stable Backports' (the LATIN Ondrej Svoboda of SUSE, an ENGLISH biography in two paragraphs, plate "
    "at the right, name left-aligned on it), 'Memory Tiering on CXL: Page Promotion Policies in Practice' ('孙　磊'), "
    "'Understanding Scheduler Latency with Per-Task Wakeup Tracing' ('王　旭'), 'Bringing Arm CCA Realms to Production "
    "Kernels' (刘俊峰), 'Safer eBPF Deployments: Verifier Limits and Program Signing' ('张　宇'). Biographies of 1 to "
    "11 lines, some in paragraphs (the shortest '芮　宁''s ONE line; the longest 彭骞's, 11 lines in four paragraphs). "
    "Talks of 30 minutes in 主论坛 after two 10-minute addresses; of 30 and 20 minutes in 内存管理与优化分论坛, "
    "调度、性能与调试分论坛 and 'AI 基础设施与 eBPF 应用分论坛'; of 30 and 25 in 文件系统与存储分论坛; of 30 in "
    "硬件架构与异构计算分论坛; tea breaks of 15 and 20 minutes. NAMES as a real programme prints them, with everyday "
    "given names (伟, 明, 磊, 涛, 华, 强, 杰, 婷, 静, 丽, 鹏, 斌, 超, 军, 峰, 东 and the like) and three less common "
    "characters a parent chooses (吴旻, 周玥, 彭骞); SURNAMES in the proportions of a real Chinese conference: of the 55 "
    "Chinese names (six hosts, 49 speakers) 王 and 李 five times each, 张 and 陈 four each, 刘 and 林 three each (林, like "
    "郑, common in Putian), 杨, 黄, 赵, 周 and 郑 two each, then one each of 吴, 徐, 孙, 马, 胡, 朱, 郭, 何, 罗, 高 (all "
    "twenty of the brief's list: 42 of the 55; 王 李 张 刘 陈 21 of them), 梁, 谢, 宋, 唐, 韩, 邓, 蔡, 彭, 曹, 沈, and one "
    "uncommon surname, 芮 (芮宁, an engineer of 商汤科技). Plus one Latin name. No person is printed twice."
)
LAYOUTS = {
    "主论坛.webp": "FORUM POSTER of 主论坛 (host 郑文华, 莆田学院机电与信息工程学院院长、教授; hall 莆田学院 "
                "东区图书馆一楼学术报告厅) in the organisers' 2024 forum-poster family recoloured: a CORAL ground with "
                "pale ICE frames, SEA-GREEN tabs and plates and LEMON accents. The band '09:00-09:10 >>> 开场'; "
                "'开幕致辞' by 林建国 (莆田学院 vice-president, plate at the right, letter-spaced); '嘉宾致辞' by 何振东 "
                "(开放原子开源基金会, a three-line biography, plate beside the photo's foot); 杨国栋 (理想汽车, plate at "
                "the right); the THREE-line English title of the LATIN Ondrej Svoboda (SUSE, an English biography, "
                "plate at the right); 茶歇 10:30-10:45; 徐志刚 over '吴　旻' (both 统信软件, both plates left); '赵　鹏' "
                "(荣耀, plate at the right); 罗晓燕 (厦门大学, one-line title). No lunch, no round table.",
    "内存管理与优化分论坛.webp": "FORUM POSTER of 内存管理与优化分论坛 (host 黄建明, 腾讯云 操作系统内核技术专家; hall "
                          "莆田学院 东区图书馆三楼报告厅): 7 talks 14:00-17:30 (of 30 and 20 minutes) and 茶歇 "
                          "15:30-15:50 after the third. 王晓峰 (美团, plate at the right); the English title of "
                          "'孙　磊' (阿里云, plate at the right); '张　婷' (字节跳动, one-line title); 茶歇; 陈志远 over "
                          "'郭　丽' (both 京东云); 李明辉 (快手, plate at the right); 蔡文斌 (天翼云); LAST '周　玥' (vivo, "
                          "plate at the right).",
    "文件系统与存储分论坛.webp": "FORUM POSTER of 文件系统与存储分论坛 (host '王　蕾', 小米 存储内核团队负责人; hall over two "
                          "lines '莆田学院' / '机电与信息工程学院楼 101 报告厅'): 7 talks 14:00-17:40 (of 30 and 25 "
                          "minutes) and 茶歇 15:50-16:10 after the FOURTH. 王志勇 (浪潮信息, plate at the right); 梁俊杰 "
                          "(绿联科技); '刘　斌' (三星半导体, a biography with a web address, plate at the right); 宋晓东 over "
                          "'邓　雪' (both OPPO); 茶歇; 陈建军 (字节跳动) over 谢宇航 (华中科技大学 doctoral student); "
                          "'马　超' (蚂蚁集团, plate at the right); LAST 林海燕 (长江存储, plate at the right). No English "
                          "title on this poster.",
    "调度、性能与调试分论坛.webp": "FORUM POSTER of 调度、性能与调试分论坛 (host 张海军, 字节跳动 STE 团队调度与性能方向负责人; "
                            "hall 莆田学院 东区文科楼二楼报告厅): 8 talks 14:00-17:45 (of 30 and 20 minutes) and a "
                            "15-minute 茶歇 15:30-15:45 after the third. '黄　伟' (小米); the English title of '王　旭' "
                            "(腾讯, plate at the right); 赵志刚 (麒麟软件, plate at the right); 茶歇; 李建平 over '唐　静' "
                            "(both 阿里云); '韩　涛' (蔚来汽车, plate at the right); 高云飞 (华为); '彭　骞' (百度智能云, 11 "
                            "lines, plate at the right); LAST 沈佳琪 (网易数帆).",
    "硬件架构与异构计算分论坛.webp": "FORUM POSTER of 硬件架构与异构计算分论坛 (host 陈立新, 福州大学计算机与大数据学院教授, a "
                             "teacher of another Fujian university; hall 莆田学院 东区文科楼一楼报告厅): 7 talks of 30 "
                             "minutes 14:00-17:50 and 茶歇 15:30-15:50 after the third. 张建伟 (算能科技, plate at the "
                             "right); the English title of 刘俊峰 (安谋科技, plate at the right); '杨　帆' over 胡晓雯 (both "
                             "沐曦集成电路); 茶歇; '郑　凯' (寒武纪, plate at the right); 陈鹏飞 (海光信息); 曹振华 (云豹智能, "
                             "plate at the right); LAST 朱永强 (浪潮信息, plate at the right).",
    "AI 基础设施与 eBPF 应用分论坛.webp": "FORUM POSTER of 'AI 基础设施与 eBPF 应用分论坛' (the folder's spelling with its "
                                   "spaces; host '李　静', 蚂蚁集团 基础设施部 eBPF 方向负责人; hall 莆田学院 "
                                   "东区图书馆二楼学术报告厅): 7 talks 14:00-17:30 (of 30 and 20 minutes) and 茶歇 "
                                   "15:30-15:50 after the third. 王立军 (百度智能云, plate at the right); 李晓明 (字节跳动); "
                                   "the English title of '张　宇' (华为云, plate at the right); 茶歇; 林志鹏 over '芮　宁' "
                                   "(both 商汤科技; hers a ONE-line biography, uncommon surname); 周建华 (深信服, plate at "
                                   "the right); '李　倩' (中国移动云能力中心); LAST 刘文杰 (京东, plate at the right).",
}
EXPECTED_LINES = {  # every title over two or more lines (all others fit one)
    "智能汽车操作系统中Linux内核的演进与挑战": 2,
    "Kernel Maintenance at Scale: Lessons from Twenty Years of Stable Backports": 3,
    "国产CPU平台上内核长期维护分支的建设": 2,
    "从手机到服务器：内核能效优化的共性方法": 2,
    "kcompactd主动规整在在线服务中的调优实践": 2,
    "Memory Tiering on CXL: Page Promotion Policies in Practice": 2,
    "内存cgroup v2在混部场景下的保障机制": 2,
    "面向移动设备的低内存进程查杀策略优化": 2,
    "Btrfs在家用NAS设备上的快照与校验实践": 2,
    "NVMe多队列下blk-mq标签分配的竞争优化": 2,
    "fuse passthrough在移动端的性能收益": 2,
    "分布式存储客户端的页缓存一致性设计": 2,
    "大小核处理器上的任务调度与能效平衡": 2,
    "Understanding Scheduler Latency with Per-Task Wakeup Tracing": 2,
    "基于kdump与drgn的线上故障分析实践": 2,
    "perf在容器环境下的性能数据采集与隔离": 2,
    "KASAN与KFENCE在测试与线上环境的分工": 2,
    "Bringing Arm CCA Realms to Production Kernels": 2,
    "海光平台上SR-IOV网卡直通的性能调优": 2,
    "CXL Type 3设备在Linux中的热插拔支持": 2,
    "训练集群中RDMA网络的内核侧可观测性": 2,
    "Safer eBPF Deployments: Verifier Limits and Program Signing": 2,
    "大模型检查点写入的页缓存与回写优化": 2,
    "基于eBPF的容器安全审计在AI平台中的实践": 2,
    "推理服务中大页内存与NUMA绑定的实践": 2,
}
N_BREAKS = 8  # the titles broken by hand (BREAKS)
BIO_MAX = 11  # the longest biography (彭骞's), in lines; the shortest is one line (芮宁's)


def clk2025_forums():
    """CLK2025's forum names: its top folders ('1 主论坛/' ... '6 AI 基础设施与 eBPF 应用分论坛/') without their
    numbers, in folder order, from listings/CLK2025.tsv when the corpus is there (new here)."""
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as fh:
        paths = [ln.split("\t")[0] for ln in fh.read().splitlines()[1:]]
    folders = sorted({q.split("/")[0] for q in paths if "/" in q}, key=lambda f: int(f.split(" ")[0]))
    return [f.split(" ", 1)[1] for f in folders]


# ===========================================================================
def aff_of(s):
    """A slot's affiliations: the round table's small lines, one per person, exactly as printed; [] for a talk,
    as the cards print no company line (biographies are never affiliations).  posters-blind-229's."""
    if s["kind"] == "panel":
        return [sp["company"] for sp in s["sp"]]
    return []


def truth_slot2(s):
    """A slot as truth.json gives it.  Titles as printed (a break's padding '茶　歇' removed).  posters-blind-229's."""
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
             "钟")  # the fifty commonest surnames and 钟 (posters-blind-162's)
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the brief's twenty, in the order of their frequency
SURNAMES = {"王": 5, "李": 5, "张": 4, "刘": 3, "陈": 4, "杨": 2, "黄": 2, "赵": 2, "周": 2, "林": 3,
            "郑": 2}  # one each else
SINGLES = "吴徐孙马胡朱郭何罗高梁谢宋唐韩邓蔡彭芮曹沈"
RARE = ["芮"]  # the only surname outside COMMON, and an uncommon one
TWO_CHAR = ["王蕾", "李静", "吴旻", "赵鹏", "孙磊", "张婷", "郭丽", "周玥", "刘斌", "邓雪", "马超", "黄伟", "王旭",
            "唐静", "韩涛", "彭骞", "杨帆", "郑凯", "张宇", "芮宁", "李倩"]  # printed padded
RARE_GIVEN = {"吴旻": "旻", "周玥": "玥", "彭骞": "骞"}  # the only given names with a less common character
LATIN = ["Ondrej Svoboda"]


def check(posters):
    """A Saturday; CLK2025's six forum names; nobody printed twice; no real name or deck title; slots contiguous;
    no company lines; the brief's ingredients (posters-blind-236's, with this set's forums, breaks and counts)."""
    assert saturday(DATE)
    assert int(NTH[1:-3]) == int(YEAR) - 2005
    assert DATE_PRINTED == "%s年%d月%d日" % (YEAR, int(DATE[5:7]), int(DATE[8:]))
    assert [f[0] for f in FORUMS] == FORUM_NAMES
    names = clk2025_forums()
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
            assert ends[0][0] == "09:00" and ends[-1][1] == "12:15" and breaks == ["开场", "茶歇"], (ends, breaks)
            assert [s["title"] for s in f["slots"][1:3]] == ["开幕致辞", "嘉宾致辞"]
        else:
            assert ends[0][0] == "14:00" and breaks == ["茶歇"], (ends, breaks)
        assert f["slots"][-1]["kind"] == "talk"
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == plain(FORUMS[FORUM_NAMES.index(f["forum"])][2][0])
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
            assert s["start"] < s["end"]
            assert s["kind"] in ("talk", "break")
            assert s["affiliations"] == []
            assert s["host"] not in s["speakers"]
    talks = [s for f in FORUMS for s in f[3] if s["kind"] == "talk"]
    for s in talks:
        assert 1 <= len(s["sp"]) <= 2
        for sp in s["sp"]:
            assert sp["side"] in ("L", "R") and sp["bio"] and sp["line"] is None
            assert sp["side"] == "L" or len(s["sp"]) == 1  # two-speaker cards keep both plates at the left
    assert [sum(1 for s in f[3] if s["kind"] == "talk" and len(s["sp"]) == 2) for f in FORUMS] == [1, 1, 2, 1, 1, 1]
    assert [sum(1 for s in f[3] if s["kind"] == "talk" and s["title"].isascii()) for f in FORUMS] == [1, 1, 0, 1, 1, 1]
    assert [sum(1 for s in f[3] if s["kind"] == "talk") for f in FORUMS] == [7, 7, 7, 8, 7, 7]
    assert [sp["name"] for s in talks for sp in s["sp"] if latin(sp["name"])] == LATIN
    assert [f[2][0] for f in FORUMS if latin(f[2][0])] == []
    chinese = [p for p in people if not p.isascii()]
    assert len(chinese) == 55, len(chinese)
    assert all(len(p) in (2, 3) for p in chinese)
    two = [p for p in chinese if len(p) == 2]
    assert sorted(two) == sorted(TWO_CHAR), two
    sur = [p[0] for p in chinese]
    assert sorted({c for c in sur if c not in COMMON}) == sorted(RARE), {c for c in sur if c not in COMMON}
    counts = {c: sur.count(c) for c in set(sur)}
    for c, n in SURNAMES.items():
        assert counts[c] == n, (c, counts)
    assert sorted(c for c in counts if counts[c] == 1) == sorted(SINGLES), counts
    assert set(counts) == set(SURNAMES) | set(SINGLES), counts
    assert set(TOP20) <= set(counts)  # all twenty the brief names
    assert sum(counts[c] for c in TOP20) == 42 and sum(counts[c] for c in "王李张刘陈") == 21
    given = "".join(p[1:] for p in chinese)
    assert all(ch in p[1:] for p, ch in RARE_GIVEN.items())
    rest = given
    for ch in RARE_GIVEN.values():
        rest = rest.replace(ch, "", 1)
    assert not set("晟珺昱旻翀玥骞") & set(rest), rest
    return len(talks)


def main():
    draft = os.environ.get("DRAFT")
    posters = []
    for forum in FORUMS:
        fn = fn_of(forum[0])
        im = two_pass(W, paint_forum(forum), background)
        path = os.path.join(HERE, fn)
        assert im.size[0] == W
        im.save(path, "WEBP", quality=85, method=4)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        if os.environ.get("KEEP_PNG"):  # to look at by eye; not part of the set
            os.makedirs("/tmp/p245/own", exist_ok=True)
            im.save("/tmp/p245/own/" + forum[0] + ".png")
        if not draft:
            assert 13000 <= im.size[1] <= 15100, (fn, im.size)  # the real forum posters: 13,097 to 15,083
            assert size < 1.2e6, (fn, size)
        posters.append({"file": fn, "layout": layout(fn, im.size) if not draft else "", "date": DATE,
                        "forums": [forum_truth2(forum)]})
    n = check(posters)
    print("scored talks", n, "breaks", sum(1 for p in posters for s in p["forums"][0]["slots"] if s["kind"] == "break"))
    assert 36 <= n <= 48, n
    lines = {t[1]: t[2] for log in LOG.values() for t in log if t[0] == "title"}
    if os.environ.get("SHOW_LINES") or draft:  # to write the notes; not part of the set
        d = ImageDraw.Draw(Image.new("RGB", (8, 8)))
        for t, k in lines.items():
            if k > 1:
                print("   ", " / ".join(title_lines(d, t, font(38, True))))
    bios = [(t[0], t[1], t[2]) for log in LOG.values() for t in log if t[0] != "title"]
    if draft:
        print("bios (name, chars, lines):", bios)
        return
    check_lines(lines, bios)
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
