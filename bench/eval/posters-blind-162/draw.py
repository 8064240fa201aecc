"""Draw the hundred-and-sixty-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 3703 (第1698届, 大庆, 东北石油大学, Saturday 3703-10-20),
printed as CLK2024's repository prints its forums: ONE POSTER PER FORUM, named by the
forum.  The forums are CLK2022's four, as its README's recording links name them:
主论坛 (the morning), then 处理器架构与调度分论坛, 内存管理与异构计算分论坛 and
'IO 与 ebpf 分论坛' in parallel in the afternoon.  All WebP, 1080 px wide and as tall
as the real ones, in the family of the organisers' 2024 forum posters (slanted title,
'CLK' ring, date pill, forum plate, host bar, range tabs in a segmented face, frames
with biography, ringed photo and name plate, no company line; 主论坛 with an opening
band and a round table), in a NEW colour scheme: an AMETHYST ground with CHAMPAGNE
frames, orchid-to-amethyst tabs and CERISE accents.

This file starts from posters-blind-149/draw.py (helpers copied unchanged, painters
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
# CLK 3703 (第1698届), 大庆, 东北石油大学, Saturday 3703-10-20.  ONE edition, its four forum posters, named by
# CLK2022's four forum names as its README's recording links spell them, as CLK2024's repository holds one poster
# per forum.  主论坛 in the morning, the other three in parallel in the afternoon from 14:00.
EDITION = "CLK 3703"
YEAR = "3703"
NTH = "第1698届中国"
DATE = "3703-10-20"
DATE_PRINTED = "3703年10月20日"
CITY = "大庆"
SCHOOL = "东北石油大学"
SCHOOL_UNIT = "计算机与信息技术学院"
SCHOOL_EN = "School of Computer and Information Technology, NEPU"
SCHOOL_MARK = "NORTHEAST PETROLEUM UNIVERSITY"


def P(name, bio, side):
    """A talk's speaker: the biography the card prints (a '\\n' starts a new paragraph on a new line, as the real
    cards break theirs) and the side of his name plate ('R' under the photo, the biography running wide under it;
    'L' under the biography).  No company line: the real cards print none.  From posters-blind-149/draw.py."""
    return S(name, None, None, bio, side=side, line=None)


def G(name, line):
    """A round-table person as the real 主论坛 prints one: the name over ONE small line (company and job as
    typed, kept whole as the affiliation).  From posters-blind-149/draw.py."""
    return S(name, line, None)


def R(start, end, title, moderator, guests, host):
    """A round table: a bar '圆桌论坛' (a label), the title, a bar '主持人' over the moderator, a bar '嘉　宾'
    over the guests.  Its speakers are the moderator and then the guests.  From posters-blind-149/draw.py."""
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "host": host, "guests": len(guests)}


H1 = "佟国华"
MAIN = ("主论坛", "东北石油大学 图书馆一楼学术报告厅", (H1, "东北石油大学计算机与信息技术学院院长、教授"), [
    B("09:00", "09:05", "开场"),
    T("09:05", "09:20", "嘉宾致辞", [P(
        "刘兆东",
        "东北石油大学副校长，教授，博士生导师，黑龙江省教学名师，享受国务院政府特殊津贴专家。长期从事油气田"
        "开发中的智能计算、工业软件与嵌入式系统方面的教学与科研工作，主持国家重点研发计划课题、国家自然科学"
        "基金项目及省部级重点项目二十余项，发表学术论文一百余篇，授权发明专利四十余项。\n"
        "获国家科学技术进步奖二等奖一项，黑龙江省科学技术进步奖一等奖两项，黑龙江省高等教育教学成果奖一等奖"
        "一项。兼任中国计算机学会理事、黑龙江省计算机学会副理事长。近年来牵头推进学校与国内操作系统、芯片及"
        "能源行业企业的产学研合作，共建开源操作系统联合实验室。\n"
        "1998 年博士毕业于哈尔滨工业大学。", "R")], H1),
    T("09:20", "09:50", "开源内核的长期主义：从补丁贡献到子系统维护", [P(
        "王嘉祺",
        "华为操作系统内核实验室首席专家，openEuler 技术委员会委员。长期从事 Linux 内核内存管理与调度子系统的"
        "开发，向上游社区提交补丁四百余个，担任内核多个模块的 reviewer，带领团队培养了多位上游维护者。\n"
        "此前在英特尔开源技术中心从事内核性能优化工作。2006 年硕士毕业于浙江大学。", "R")], H1),
    T("09:50", "10:20", "Twenty Years of Enterprise Kernels: What Backporting Taught Us", [P(
        "Niklas Bauer",
        "Niklas is a Distinguished Engineer at SUSE Labs in Nuremberg, where he leads the team that maintains "
        "the kernels of SUSE Linux Enterprise. He has spent most of his career deciding which upstream fixes "
        "belong in a stable enterprise tree and how to prove that they do no harm.\n"
        "He is a long-time contributor to the kernel's livepatching and memory management code and a regular "
        "speaker at Linux Plumbers Conference.", "R")], H1),
    T("10:20", "10:50", "超大规模容器平台的内核稳定性治理实践", [
        P("陈一鸣",
          "字节跳动 STE 团队内核技术专家，负责公司数据中心服务器内核的稳定性与版本演进，主导了宕机问题自动"
          "分析平台的建设。", "L"),
        P("杨晓蕾",
          "字节跳动 STE 团队内核工程师，负责内核故障的根因分析与热修复。", "L")], H1),
    T("10:50", "11:20", "自主指令系统的上游之路：LoongArch内核支持回顾与展望", [P(
        "李崇涛",
        "龙芯中科技术股份有限公司基础软件部副总经理，负责龙芯处理器的操作系统内核与编译工具链研发，组织团队"
        "完成了 LoongArch 架构在 Linux 主线中的支持，并持续推动各主流发行版的适配。\n"
        "2010 年博士毕业于中国科学院计算技术研究所。", "R")], H1),
    T("11:20", "11:50", "智能汽车座舱与辅助驾驶中的Linux内核实时性保障", [P(
        "张晨阳",
        "理想汽车操作系统部内核负责人，负责座舱与智能驾驶域控制器的 Linux 内核、虚拟化与启动性能优化，带领团队"
        "将整车系统的冷启动时间缩短到两秒以内。", "L")], H1),
    R("11:50", "12:30", "产学研协同：如何培养下一代内核开发者",
      G("赵春雷", "东北石油大学计算机与信息技术学院副院长"),
      [G("黄雁", "麒麟软件 副总工程师"),
       G("周鑫", "中国科学院软件研究所 研究员"),
       G("徐立伟", "腾讯云 操作系统内核负责人"),
       G("林致远", "统信软件内核研发部总监")], H1),
])

H2 = "郭建军"
CPU = ("处理器架构与调度分论坛", "东北石油大学 计算机楼二楼报告厅", (H2, "阿里云操作系统团队资深技术专家"), [
    T("14:00", "14:25", "CFS带宽控制在突发负载下的限流抖动分析", [P(
        "马振宇",
        "腾讯云操作系统团队高级工程师，负责云主机与容器场景下的 CPU 资源隔离，定位并修复了多起 CPU 限流导致的"
        "业务长尾延迟问题。", "L")], H2),
    T("14:25", "14:50", "Core Scheduling in Practice: Isolation Costs on Cloud Hosts", [P(
        "胡静怡",
        "百度智能云主机内核团队技术专家，负责云主机的安全隔离与调度性能，主导了 core scheduling 在多租户主机上的"
        "评估与上线，并向上游报告和修复了相关问题。\n"
        "此前在新华三从事虚拟化平台开发。2014 年硕士毕业于北京航空航天大学。", "R")], H2),
    T("14:50", "15:15", "鲲鹏服务器上IPI开销与唤醒路径的优化", [P(
        "罗泓",
        "华为计算产品线内核工程师，负责 Arm64 服务器的调度与中断性能，熟悉 GICv3 与唤醒路径，相关补丁已合入"
        "上游主线。", "L")], H2),
    T("15:15", "15:40", "LoongArch上原子操作与内存屏障的实现与验证", [P(
        "鄂文彬",
        "龙芯中科内核研发部工程师，负责 LoongArch 架构的同步原语、内存模型与 litmus 测试，参与了多个锁相关"
        "问题的上游讨论与修复。\n"
        "此前在哈尔滨工业大学计算学部攻读硕士学位，研究方向为多核处理器的内存一致性模型。", "R")], H2),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:25", "工业控制器上PREEMPT_RT中断线程化的实践", [P(
        "高宇航",
        "浙江中控技术股份有限公司系统软件专家，负责工业控制器操作系统的实时性优化。", "L")], H2),
    T("16:25", "16:50", "面向数据库负载的可扩展调度类实验", [P(
        "孙皓辰",
        "哈尔滨工程大学计算机科学与技术学院博士研究生，研究方向为操作系统调度与数据库系统的协同优化。", "L")], H2),
    T("16:50", "17:15", "手机大小核架构上的任务放置与能效权衡", [P(
        "朱雨桐",
        "vivo 操作系统内核专家，负责手机平台的调度与功耗优化，主导了多代旗舰机型上任务放置策略的调优，在保证"
        "交互流畅的同时降低了整机功耗。\n"
        "她曾在展讯通信从事 Linux BSP 开发，2015 年毕业于西安电子科技大学。", "R")], H2),
    T("17:15", "17:40", "多路服务器上RCU回调积压的诊断与缓解", [
        P("梁振霆",
          "浪潮信息服务器操作系统团队架构师，负责多路服务器平台的内核性能与可靠性，熟悉 RCU 与锁机制。", "L"),
        P("宋雨禾",
          "浪潮信息内核工程师。", "L")], H2),
])

H3 = "韩东旭"
MEM = ("内存管理与异构计算分论坛", "东北石油大学 行政楼三楼会议中心", (H3, "哈尔滨工业大学计算学部副教授"), [
    T("14:00", "14:25", "基于DAMON的内存冷热识别与分层回收实践", [P(
        "张博川",
        "阿里云操作系统团队内存方向技术专家，龙蜥社区内核 SIG 成员，负责云主机内存超分与冷内存回收，推动 DAMON "
        "在大规模集群上的落地，节省内存超过百分之十。\n"
        "此前在百度从事分布式存储系统开发。2012 年硕士毕业于华中科技大学。", "R")], H3),
    T("14:25", "14:50", "CXL共享内存在数据库集群中的一致性挑战", [
        P("吴思成",
          "海光信息技术股份有限公司系统软件部技术专家，负责服务器平台 CXL 内存扩展与共享方案的内核支持。", "L"),
        P("许晓彤",
          "海光信息系统软件部工程师。", "L")], H3),
    T("14:50", "15:15", "Reducing Page Table Overhead with Batched PTE Updates", [P(
        "李哲川",
        "字节跳动 STE 团队内核工程师，负责内存管理子系统的性能优化，在页表操作与 TLB 刷新方面向上游提交了多个"
        "补丁。", "L")], H3),
    T("15:15", "15:35", "GPU显存管理中TTM框架的适配与优化", [P(
        "陈立强",
        "摩尔线程系统软件部资深工程师，负责 GPU 内核驱动的显存管理与 TTM 框架适配，解决了训练场景下显存换出"
        "导致的性能抖动问题。\n"
        "此前在 AMD 上海研发中心从事显卡驱动开发八年。", "R")], H3),
    B("15:35", "15:55", "茶歇"),
    T("15:55", "16:15", "安卓设备上zswap与内存回收策略的调优", [P(
        "周雅婷",
        "OPPO 内存管理工程师，负责手机平台的内存回收与应用保活策略。", "L")], H3),
    T("16:15", "16:35", "hugetlb页面预留与虚拟机快速启动", [P(
        "王俊峰",
        "京东云虚拟化团队高级工程师，负责云主机的内存虚拟化与大页管理，主导了虚拟机秒级启动方案在生产环境中的"
        "落地，使大规格实例的启动时间缩短了一半以上。\n"
        "他也是 QEMU 社区的贡献者。", "R")], H3),
    T("16:35", "16:55", "Handling Memory Poison in the Cloud: From MCE to Live Migration", [P(
        "杨承泽",
        "天翼云操作系统团队技术专家，负责服务器内存故障的检测、隔离与恢复，建设了覆盖数十万台服务器的内存故障"
        "预测平台。", "L")], H3),
    T("16:55", "17:15", "KSM在AI推理容器中的内存去重收益评估", [P(
        "何一凡",
        "东北石油大学计算机专业硕士研究生。", "L")], H3),
    T("17:15", "17:35", "基于resctrl的内存带宽隔离在训练集群中的应用", [P(
        "刘亚楠",
        "中国移动云能力中心资深工程师，负责 AI 训练集群主机的资源隔离与性能保障，熟悉 Intel RDT 与 Arm MPAM。\n"
        "2016 年硕士毕业于东北大学。", "R")], H3),
])

H4 = "徐秉钧"
IO = ("IO 与 ebpf 分论坛", "东北石油大学 图书馆四楼学术交流厅", (H4, "字节跳动 STE 团队 eBPF 技术专家"), [
    T("14:00", "14:20", "io_uring零拷贝接收在存储网关中的应用", [P(
        "赵天宇",
        "蚂蚁集团基础设施部内核工程师，负责存储网关与数据库主机的网络与 IO 栈优化，推动 io_uring 在核心业务中的"
        "落地。", "L")], H4),
    T("14:20", "14:40", "BPF Arenas: Sharing Memory Between BPF and User Space", [P(
        "王晓晨",
        "美团基础研发平台内核工程师，负责 eBPF 在网络与可观测性方向的应用，是上游 BPF 社区的活跃贡献者。\n"
        "2018 年毕业于大连理工大学。", "L")], H4),
    T("14:40", "15:00", "基于eBPF的磁盘慢IO根因定位系统", [P(
        "黄骏驰",
        "快手基础技术部系统工程师，负责存储主机的 IO 性能分析平台，基于 eBPF 建设了覆盖全链路的慢 IO 追踪与"
        "根因定位系统，将问题定位时间从小时级缩短到分钟级。\n"
        "此前在网易从事分布式存储的开发与运维。", "R")], H4),
    T("15:00", "15:20", "Runtime Enforcement with eBPF: Lessons from Tetragon", [P(
        "Bence Horvath",
        "Isovalent（现属思科）软件工程师，匈牙利人，2021 年起常驻深圳。负责 Tetragon 运行时安全策略的内核"
        "部分，与国内多家云服务商合作了基于 eBPF 的运行时防护方案。", "L")], H4),
    T("15:20", "15:40", "NVMe多路径在全闪分布式块存储中的故障切换实践", [P(
        "郑锴",
        "新华三技术有限公司存储产品线内核工程师，负责 NVMe 驱动与多路径的可靠性，熟悉块层与 nvme-tcp。", "L")],
      H4),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:20", "ext4 fast commit在手机上的收益与风险", [P(
        "陈欣怡",
        "荣耀终端有限公司文件系统工程师，负责手机平台 ext4 与 f2fs 文件系统的稳定性与性能，主导了 fast commit "
        "特性在量产机型上的评估，分析了掉电场景下的数据一致性风险。\n"
        "加入荣耀之前，她在华为终端从事存储驱动开发五年。\n"
        "2016 年硕士毕业于电子科技大学。", "R")], H4),
    T("16:20", "16:40", "eBPF校验器状态剪枝对加载时间的影响", [P(
        "刘芷岩",
        "哈尔滨工业大学计算学部博士研究生，研究方向为 eBPF 程序验证与内核安全。", "L")], H4),
    T("16:40", "17:00", "XFS在大容量HDD上的空间分配策略改进", [P(
        "张文斌",
        "西部数据中国研发中心软件工程师，负责大容量硬盘在 Linux 上的文件系统适配与性能评估，向 XFS 社区提交了"
        "多个分配器相关补丁。", "L")], H4),
    T("17:00", "17:30", "从iptables到eBPF：容器网络策略的迁移实践", [
        P("李浩宇",
          "小红书容器平台内核负责人，负责容器网络与主机内核的演进，主导了集群网络策略从 iptables 向 eBPF 的"
          "迁移。", "L"),
        P("王婉清",
          "小红书容器平台工程师，负责网络策略的测试与灰度发布。", "L")], H4),
])

FORUMS = [MAIN, CPU, MEM, IO]
FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's

SPONSORS = ["东北石油大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "龙芯中科", "海光信息",
            "麒麟软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "开放原子开源基金会", "黑龙江省计算机学会",
           "大庆市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"]

# names of real speakers and hosts read on the real posters (set 149's list, which is set 145's, 137's, 131's,
# 125's, 119's, 113's, 79's and 66's, taken from the CLK2024 posters as pictures), none of which may be used; the
# listings' names and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "李志", "伍勃", "李扬韬", "邹贻鹏", "廖肇燕", "甄鹏",
              "慕冬亮", "LianboJiang"]

# ---------------------------------------------------------------------------
# the new colour scheme: AMETHYST (a vivid violet to a deep purple, instead of the organisers' royal blue),
# CHAMPAGNE where they print cyan (frames, plates' outlines, rings), ORCHID-TO-AMETHYST tabs and plates, CERISE
# where they print pink accents
CHAMP = (238, 208, 146)
PALE = (242, 234, 250)
FRAME = (226, 194, 132)
DIM = (132, 88, 176)
CER = (255, 88, 146)
HOLE = (36, 12, 60)  # the hole of a pin, the cut corners of plates
PLATE = (60, 22, 98)  # inside name plates
TAB0, TAB1 = (212, 106, 204), (74, 26, 124)  # tab gradients, bright at the left
BG0, BG1 = (110, 42, 176), (42, 12, 84)  # the page, top to bottom
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 50
PHOTO, PCX, OUTER = 236, 810, 166  # photo diameter, its centre x, the outer ring's radius
# ---------------------------------------------------------------------------
# painters from posters-blind-149/draw.py (which has them from posters-blind-145, -137 and -131), recoloured again
# (its HON and TURQ are CHAMP and CER here, every literal colour mapped to an amethyst, champagne/orchid or cerise
# value); plate sets three-character names on left plates letter-spaced (tracked, new); footer, skyline and
# background are new (see README.md)
def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites."""
    for r, col, wd in [(200, (156, 112, 204), 3), (160, (236, 204, 140), 6), (118, (248, 240, 255), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(255, 122, 172), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(50, 16, 86), outline=(250, 244, 255), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (252, 248, 255))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(250, 244, 255), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d, hall):
    """The head of every poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, CHAMP, 1.15)
    seal(d, 640, 84, 30, WHITE)
    d.text((684, 50), SCHOOL, font=font(30, True), fill=WHITE)
    d.text((684, 90), SCHOOL_UNIT, font=font(19, True), fill=WHITE)
    d.text((684, 118), fits(d, SCHOOL_EN, font(10), 370), font=font(10), fill=PALE)
    ring_graphic(d, 810, 660)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=CHAMP, width=4)
    d.line([(560, 530), (640, 510)], fill=CHAMP, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.rounded_rectangle([x0, y0, x1, y1], radius=14, outline=CHAMP, width=3)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, CER, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, CHAMP, 1.2)
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
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=CER if i % 2 else CHAMP, width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on an orchid-to-amethyst plate with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(198, 98, 196))
    hgrad(d, x0, y, x1, y + h, (214, 108, 206), (80, 28, 128))
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=HOLE)
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=HOLE)
    d.line([(x1 - 200, y - 14), (x1 + 60, y - 14)], fill=CER, width=6)
    slant_text(im, 0, y + 8, text, f, WHITE, 0.18, cx=W / 2)
    return y + h


def arrows(d, x, y, right, fill, n=3, s=14):
    for j in range(n):
        ax = x + j * (s + 8) if right else x - j * (s + 8)
        k = 1 if right else -1
        d.line([(ax, y - s), (ax + k * s, y), (ax, y + s)], fill=fill, width=4)


def host_bar(d, y, host):
    hgrad(d, X0, y, X1, y + 78, (56, 18, 96), (182, 88, 190))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, CER)
    arrows(d, X1 - 34, y + 39, False, CER)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(150, 100, 196), (240, 210, 146)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: an orchid-to-amethyst bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(252, 226, 252), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(156, 110, 200), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=CHAMP, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(204, 166, 116), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=CHAMP)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side):
    """The name plate: an outlined box, darker inside, the name bold (padded); a tail line under it.
    Returns the foot of the tail line and the plate's left edge and width."""
    f = font(40, True)
    text = pad(name)
    w = max(340, tw(d, text, f) + 110)
    x0 = X0 + 46 if side == "L" else X1 - w
    d.rectangle([x0, y, x0 + w, y + 72], fill=PLATE, outline=CHAMP, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=CHAMP, width=3)
    if side == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=CHAMP, width=3)
    else:
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=CHAMP, width=3)
    if latin(name):
        d.text((x0 + 34, y + 10), text, font=f, fill=WHITE)
    elif side == "L" and len(name) == 3:
        tracked(d, x0 + w / 2, y + 9, name, f, WHITE, 14)
    else:
        ctext(d, x0 + w / 2, y + 9, text, f, WHITE)
    return y + 86, x0, w


def tracked(d, cx, y, text, f, fill, gap):
    """A name letter-spaced (gap px between characters) and centred on cx, as the real left plates set
    three-character names (new here)."""
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
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=CHAMP, width=4)
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
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=CHAMP)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=CER, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


# titles the designer broke by hand, where the even break would fall badly (the lines joined, with a space
# between Latin words as printed, give the title)
BREAKS = {
    "Handling Memory Poison in the Cloud: From MCE to Live Migration": ["Handling Memory Poison in the Cloud:",
                                                                        "From MCE to Live Migration"],
    "Runtime Enforcement with eBPF: Lessons from Tetragon": ["Runtime Enforcement with eBPF:", "Lessons from Tetragon"],
    "基于resctrl的内存带宽隔离在训练集群中的应用": ["基于resctrl的内存带宽隔离", "在训练集群中的应用"],
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
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=CHAMP)
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
    hgrad(d, X0, y, X1, y + h, TAB0, (56, 18, 96))
    d.rectangle([X0, y, X1, y + h], outline=(252, 226, 252), width=2)
    seg_text(d, X0 + 34, y + 20, rng(s), 44, WHITE)
    arrows(d, 660, y + h / 2, True, WHITE)
    rtext(d, X1 - 70, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


def label_bar(d, y, text):
    """A bar inside the round-table frame, as on the real 主论坛: arrows at both ends, the label centred;
    a tick on the frame's left edge level with it (posters-blind-131's, recoloured)."""
    x0, x1, h = X0 + 110, X1 - 110, 76
    hgrad(d, x0, y, x1, y + h, (206, 104, 200), (56, 18, 96))
    d.rectangle([x0, y, x1, y + h], outline=FRAME, width=2)
    arrows(d, x0 + 32, y + h / 2, True, WHITE, 3, 12)
    arrows(d, x1 - 32, y + h / 2, False, WHITE, 3, 12)
    ctext(d, W / 2, y + 10, text, font(40, True), WHITE)
    d.rectangle([X0 - 8, y + h / 2 - 3, X0 + 22, y + h / 2 + 3], fill=CHAMP)
    return y + h


def person(d, y, sp):
    """A round-table person: the name (padded, champagne) over one small line (posters-blind-131's, recoloured)."""
    ctext(d, W / 2, y, pad(sp["name"]), font(44, True), (246, 216, 152))
    ctext(d, W / 2, y + 66, sp["company"], font(22), PALE)
    return y + 118


def panel_card(im, d, y, s, log, chev_x):
    """The round table as the real 主论坛 prints it: tab and frame, a bar '圆桌论坛', the title centred in
    champagne, a bar '主持人' over the moderator, a bar '嘉　宾' over the guests, each a name over a small line
    (posters-blind-131's, recoloured)."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 70
    y = label_bar(d, y, "圆桌论坛") + 46
    f = font(40, True)
    tl = wrap_nicely(d, s["title"], f, 760)
    d.rectangle([X0 - 8, y + 24, X0 + 22, y + 30], fill=CHAMP)
    for ln in tl:
        ctext(d, W / 2, y, ln, f, (246, 216, 152))
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
    d.rectangle([x0, y, x0 + w, y + 78], fill=PLATE, outline=CHAMP, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=CHAMP, width=3)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=CHAMP, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=CHAMP)
    ctext(d, x0 + w / 2, y + 10, pad(s["title"]), f, WHITE)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=CHAMP)
    return bot + 40


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(244, 236, 252), width=3)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (56, 18, 96), (240, 210, 146))
    hgrad(d, x0, y, x0 + w, y + h, (214, 108, 206), (80, 28, 128))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=HOLE)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=CER, width=6)
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
    qrcode(d, W / 2 - 160, y + 40, 320, 3703)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "现场签到即领大会纪念品，数量有限，先到先得", font(30), PALE)
    ctext(d, W / 2, y + 52, "本次活动最终解释权归主办方所有", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "相聚百湖油城 · 共话 Linux 内核", font(54, True), CER, 0.18, cx=W / 2)
    return int(y + 620)


def pumpjack(d, x, base, k, ink, edge):
    """An oil pumpjack ('磕头机'): a skid, the A-frame samson post, the walking beam with the horse head at the
    well end, the pitman arms down to the crank and its counterweight (new here)."""
    top = base - 150 * k
    d.rectangle([x - 110 * k, base - 12 * k, x + 120 * k, base], fill=ink)  # the skid
    for dx in (-34, 34):  # the samson post
        d.line([(x + dx * k, base - 10 * k), (x, top)], fill=ink, width=max(3, int(8 * k)))
    d.line([(x - 24 * k, base - 60 * k), (x + 24 * k, base - 60 * k)], fill=ink, width=max(2, int(5 * k)))
    bx0, by0, bx1, by1 = x - 150 * k, top + 10 * k, x + 100 * k, top - 12 * k  # the beam, tilted a little
    d.line([(bx0, by0), (bx1, by1)], fill=ink, width=max(4, int(14 * k)))
    d.line([(bx0, by0 - 7 * k), (bx1, by1 - 7 * k)], fill=edge, width=2)
    d.chord([bx0 - 34 * k, by0 - 30 * k, bx0 + 26 * k, by0 + 66 * k], 90, 270, fill=ink)  # the horse head
    d.line([(bx0 - 4 * k, by0 + 36 * k), (bx0 - 4 * k, base)], fill=(150, 110, 190), width=2)  # the bridle line
    d.rectangle([bx0 - 14 * k, base - 40 * k, bx0 + 6 * k, base], fill=ink)  # the wellhead
    cx, cy = x + 92 * k, base - 52 * k  # the crank and its counterweight
    for dx in (-8, 8):
        d.line([(bx1 + dx * k, by1), (cx + dx * k, cy)], fill=ink, width=max(2, int(4 * k)))
    d.pieslice([cx - 44 * k, cy - 44 * k, cx + 44 * k, cy + 44 * k], 20, 160, fill=ink)
    d.ellipse([cx - 10 * k, cy - 10 * k, cx + 10 * k, cy + 10 * k], fill=edge)


def skyline(im, h):
    """The foot: Daqing, the oil city of a hundred lakes.  At the left an oil derrick (a tapering lattice tower with
    a crown block); pumpjacks nodding in front; in the middle a memorial hall with a tall central tower and a
    stepped top; modern towers at the right and beyond; reeds of the wetlands and a flying crane; the lake's
    ripples in front (new here)."""
    d = ImageDraw.Draw(im)
    base = h - 40
    far = (70, 30, 112)
    for bx, bw, bh in [(300, 60, 190), (760, 80, 300), (850, 60, 240), (930, 110, 350), (10, 60, 160)]:
        d.rectangle([bx, base - bh, bx + bw, base], fill=far)  # modern towers beyond
        for wy in range(base - bh + 18, base - 60, 30):
            for wx in range(bx + 10, bx + bw - 12, 20):
                if (wx * 3 + wy) % 5:
                    d.rectangle([wx, wy, wx + 8, wy + 12], fill=(255, 226, 170))
    ink, edge = (40, 12, 70), CHAMP
    # the derrick: two legs tapering to a crown block, cross braces between them
    lx0, lx1, tx0, tx1, top = 110, 250, 168, 192, base - 380
    d.line([(lx0, base), (tx0, top)], fill=ink, width=7)
    d.line([(lx1, base), (tx1, top)], fill=ink, width=7)
    n = 9
    for i in range(n):
        t0, t1 = i / n, (i + 1) / n
        ya, yb = base - (base - top) * t0, base - (base - top) * t1
        xa0, xa1 = lx0 + (tx0 - lx0) * t0, lx1 + (tx1 - lx1) * t0
        xb0, xb1 = lx0 + (tx0 - lx0) * t1, lx1 + (tx1 - lx1) * t1
        d.line([(xa0, ya), (xa1, ya)], fill=ink, width=3)
        d.line([(xa0, ya), (xb1, yb)], fill=ink, width=2)
        d.line([(xa1, ya), (xb0, yb)], fill=ink, width=2)
    d.rectangle([tx0 - 10, top - 30, tx1 + 10, top], fill=ink)
    d.line([(tx0 - 10, top - 30), (tx1 + 10, top - 30)], fill=edge, width=3)
    d.line([(180, top - 30), (180, top - 70)], fill=ink, width=3)
    d.ellipse([175, top - 78, 185, top - 68], fill=CER)  # the warning light
    # the memorial hall: a broad low hall, a tall central tower with a stepped top
    hx = 560
    d.rectangle([hx - 160, base - 100, hx + 160, base], fill=ink)
    d.line([(hx - 160, base - 100), (hx + 160, base - 100)], fill=edge, width=3)
    for wx in range(hx - 140, hx + 150, 28):
        d.rectangle([wx, base - 80, wx + 12, base - 30], fill=(255, 226, 170))
    d.rectangle([hx - 34, base - 320, hx + 34, base - 100], fill=ink)
    d.rectangle([hx - 24, base - 350, hx + 24, base - 320], fill=ink)
    d.rectangle([hx - 12, base - 374, hx + 12, base - 350], fill=ink)
    d.line([(hx - 34, base - 320), (hx - 34, base - 100)], fill=edge, width=2)
    for wy in range(base - 300, base - 120, 36):
        d.line([(hx, wy), (hx, wy + 20)], fill=(255, 226, 170), width=4)
    # pumpjacks in front
    pumpjack(d, 370, base, 0.9, ink, edge)
    pumpjack(d, 800, base, 0.75, ink, edge)
    # a crane over the wetlands: body, neck stretched forward, legs trailing, wings raised
    cx, cy = 700, base - 420
    d.ellipse([cx - 24, cy - 7, cx + 24, cy + 7], fill=WHITE)
    d.line([(cx + 20, cy - 2), (cx + 64, cy - 10)], fill=WHITE, width=4)
    d.ellipse([cx + 60, cy - 16, cx + 74, cy - 6], fill=WHITE)
    d.line([(cx + 73, cy - 11), (cx + 90, cy - 8)], fill=(230, 220, 200), width=2)  # the bill
    d.ellipse([cx + 63, cy - 18, cx + 70, cy - 12], fill=CER)  # its red crown
    d.line([(cx - 22, cy + 2), (cx - 78, cy + 10)], fill=(30, 10, 50), width=3)  # the legs
    d.polygon([(cx - 14, cy - 4), (cx - 40, cy - 58), (cx - 20, cy - 60), (cx + 12, cy - 6)], fill=WHITE)
    d.polygon([(cx - 40, cy - 58), (cx - 20, cy - 60), (cx - 26, cy - 44)], fill=(30, 10, 50))  # the black tips
    # reeds along the shore
    rnd = random.Random(3703)
    for _ in range(70):
        rx = rnd.randrange(0, W)
        rh = rnd.randrange(26, 70)
        lean = rnd.randrange(-8, 9)
        d.line([(rx, base), (rx + lean, base - rh)], fill=(92, 46, 130), width=2)
        d.ellipse([rx + lean - 3, base - rh - 10, rx + lean + 3, base - rh + 4], fill=(120, 66, 160))
    for k in range(4):  # the lake
        yy = base + 4 + k * 9
        for x in range(0, W, 56):
            d.arc([x + (k % 2) * 28, yy - 7, x + 56 + (k % 2) * 28, yy + 7], 200, 340, fill=CER, width=2)
    ctext(d, W / 2, h - 28, SCHOOL, font(20, True, serif=True), (252, 248, 255))


def background(w, h):
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (214, 120, 240), 0.26)
    im = glow(im, 100, 1200, 300, (255, 88, 146), 0.14)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (236, 204, 140) if k % 2 else (255, 88, 146), 0.12)
    im = glow(im, 540, h - 300, 500, (214, 120, 240), 0.18)
    d = ImageDraw.Draw(im)
    rnd = random.Random(3703)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(156, 100, 214), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(250, 244, 255))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(156, 100, 214), width=2)
    skyline(im, h)
    return grain(im, 3703, 0.01)


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
    "Same schema and conventions as posters-blind-43 (and -59, -131, -145, -149): speakers are names as printed with "
    "spaces, letter-spacing and the padding of two-character names removed ('罗　泓' -> 罗泓, '郑　锴' -> 郑锴, "
    "'黄　雁' -> 黄雁, '周　鑫' -> 周鑫; three-character names on the left plates are set letter-spaced, '陈 一 鸣' -> "
    "陈一鸣; 'Niklas Bauer' -> NiklasBauer, 'Bence Horvath' -> BenceHorvath); host is the chair printed for the forum "
    "covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; break titles as printed with the "
    "padding removed ('开场'; the tea break's plate prints '茶　歇', given '茶歇'). ONE invented edition, CLK 3703 "
    "(第1698届, 大庆, host school 东北石油大学 with its 计算机与信息技术学院 at the top right, Saturday 3703-10-20), "
    "printed as CLK2024's repository holds its forums: ONE POSTER PER FORUM, each named by its forum, here CLK2022's "
    "FOUR forum names as its README's recording links spell them: '主论坛.webp' (the morning, 09:00-12:30), "
    "'处理器架构与调度分论坛.webp', '内存管理与异构计算分论坛.webp' and 'IO 与 ebpf 分论坛.webp' (with its spaces and "
    "lower-case 'ebpf'; the three in parallel in the afternoon, each from 14:00). There is no whole-agenda picture, so "
    "every talk is on one picture only and is listed once; every forum's date is the edition's; each poster is one "
    "entry holding its one forum. 33 scored talks (32 talks, of them the opening address '嘉宾致辞', and 1 round "
    "table, kind 'panel'; 7 + 8 + 9 + 9 per poster) and 4 breaks ('开场' 09:00-09:05 on 主论坛; one '茶歇' per "
    "afternoon forum: 15:40-16:00, 15:35-15:55 and 15:40-16:00). Every forum ends with its last slot (12:30, 17:40, "
    "17:35, 17:30); 主论坛 prints no tea break and no lunch, as the real 主论坛 prints none, and ends with its round "
    "table. THE HEAD (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the seal, '东北石油大学' / "
    "'计算机与信息技术学院' and 'School of Computer and Information Technology, NEPU', '第1698届中国' / "
    "'Linux内核开发者大会', the ring '3703' / 'CLK', the date pill '3703年10月20日' + pin + '大庆', '地址：' over the "
    "forum's hall) and THE FOOT ('赞助单位', '支持单位', '支持媒体' on plates over word-mark boxes, the QR code, '扫码报名', "
    "two caption lines '现场签到即领大会纪念品，数量有限，先到先得' and '本次活动最终解释权归主办方所有', the slogan "
    "'相聚百湖油城 · 共话 Linux 内核', the skyline and the school's name) are no part of any forum, talk or slot; company "
    "names in the foot's boxes are nobody's affiliation. The forum is the name on the slanted plate under the head. "
    "The HOST is the name in the bar '>>>　主持人：name　<<<' (佟国华 for 主论坛, 郭建军 for 处理器架构与调度分论坛, 韩东旭 "
    "for 内存管理与异构计算分论坛, 徐秉钧 for 'IO 与 ebpf 分论坛'); the line '·　unit　·' under it is nobody's "
    "affiliation. 主论坛 opens with a BAND '09:00-09:05 >>> 开场' (the range in the digital face, no speaker): a break. "
    "Each card after a pair of V marks (the first at the right, the others at the left): the RANGE on a TAB at the top "
    "left of a frame, drawn in a SEGMENTED seven-segment 'digital' face, as the organisers' forum posters print "
    "ranges; the range on a tab belongs to the frame under it. In a talk's frame the bold title, then per speaker a "
    "BIOGRAPHY at the left, a ringed round photo at the right and the framed NAME PLATE under them, at the left or at "
    "the right (under the photo) as on the real cards. '嘉宾致辞' (09:05-09:20) is a talk of 刘兆东 (the school's "
    "vice-president, a 12-line biography in three paragraphs). A TEA BREAK is a tab over a short frame holding a plate "
    "with the label alone, '茶　歇', as the real card prints it. AFFILIATIONS: like the real 2024 cards the talks print "
    "NO company line, so every talk's affiliations are [] although each biography names the speaker's company or "
    "school; biographies are nowhere in the truth, and the companies, schools, programmes, products and people they "
    "name (former employers 英特尔开源技术中心 (for 王嘉祺 of 华为), 新华三 (for 胡静怡 of 百度智能云), 展讯通信 (for 朱雨桐 "
    "of vivo), 百度 (for 张博川 of 阿里云), AMD 上海研发中心, 网易, 华为终端 (for 陈欣怡 of 荣耀), 思科 (Isovalent's owner); "
    "schools 哈尔滨工业大学 (in 刘兆东's and 鄂文彬's biographies), 浙江大学, 中国科学院计算技术研究所, 北京航空航天大学, "
    "西安电子科技大学, 华中科技大学, 东北大学, 大连理工大学, 电子科技大学; 'SUSE Labs', 'Nuremberg', 'SUSE Linux "
    "Enterprise', 'Linux Plumbers Conference' in the English biography; 'openEuler', 'QEMU 社区', 'Tetragon', 'Intel "
    "RDT', 'Arm MPAM', '龙蜥社区' inside biographies) are no speakers and no affiliations. TWO SPEAKERS of one talk (four "
    "talks) are two biography-photo-plate blocks one under the other in ONE frame under ONE title and ONE tab, both "
    "plates at the left as on the real two-speaker cards; they are given top then bottom: 陈一鸣 then 杨晓蕾 (both "
    "字节跳动) in 主论坛; 梁振霆 then 宋雨禾 (both 浪潮信息; 宋雨禾 a ONE-line biography) as the LAST talk of "
    "处理器架构与调度分论坛; 吴思成 then 许晓彤 (both 海光信息; 许晓彤 a ONE-line biography) in 内存管理与异构计算分论坛; "
    "李浩宇 then 王婉清 (both 小红书) as the LAST talk of 'IO 与 ebpf 分论坛'. The second block's name belongs to the same "
    "talk, not to the next frame; after a forum's last frame comes the foot, no further slot. THE ROUND TABLE (主论坛, "
    "11:50-12:30, kind 'panel') as the real 主论坛 prints one: a tab and a frame, a bar '>>> 圆桌论坛 <<<' (a label, no "
    "part of the title), the title centred in champagne on one line ('产学研协同：如何培养下一代内核开发者'), a bar "
    "'主持人' over the moderator, a bar '嘉　宾' over four guests, each a champagne name over ONE small line; its "
    "speakers are the moderator and then the guests in printed order (赵春雷, 黄雁 printed '黄　雁', 周鑫 printed "
    "'周　鑫', 徐立伟, 林致远) and its affiliations those small lines exactly as printed, one per person "
    "('东北石油大学计算机与信息技术学院副院长', '麒麟软件 副总工程师', '中国科学院软件研究所 研究员', '腾讯云 操作系统内核负责人', "
    "'统信软件内核研发部总监'); the moderator is not the forum's host (佟国华); the bars' labels '主持人' and '嘉　宾' are no "
    "names. TITLES over two lines are one title: joined without a space inside Chinese text and after '：' "
    "('开源内核的长期主义：' / '从补丁贡献到子系统维护'; '自主指令系统的上游之路：' / 'LoongArch内核支持回顾与展望'), and "
    "where the break falls after an even share of the line ('NVMe多路径在全闪分布式' / '块存储中的故障切换实践'; '智能汽车座舱与辅助驾驶' / "
    "'中的Linux内核实时性保障'; 'LoongArch上原子操作' / '与内存屏障的实现与验证'; '工业控制器上PREEMPT_RT' / "
    "'中断线程化的实践'); with a space between Latin words ('Twenty Years of Enterprise Kernels:' / 'What Backporting "
    "Taught Us'; 'Handling Memory Poison in the Cloud:' / 'From MCE to Live Migration' and 'Runtime Enforcement with "
    "eBPF:' / 'Lessons from Tetragon', both broken by hand after the colon; 'BPF Arenas: Sharing Memory' / 'Between BPF "
    "and User Space', broken evenly); '基于resctrl的内存带宽隔离' / '在训练集群中的应用' broken by hand. Most titles are "
    "typed running Latin into Chinese WITHOUT a space ('鲲鹏服务器上IPI开销与唤醒路径的优化', "
    "'基于DAMON的内存冷热识别与分层回收实践'), one with spaces between its Latin words ('ext4 fast commit在手机上的收益与风险'), as "
    "the organisers' cards are typed; the truth keeps them as typed. ENGLISH-ONLY titles (6): 'Twenty Years of "
    "Enterprise Kernels: What Backporting Taught Us' (the LATIN Niklas Bauer of SUSE, an ENGLISH biography in two "
    "paragraphs, plate at the right, name left-aligned on it), 'Core Scheduling in Practice: Isolation Costs on Cloud "
    "Hosts' (胡静怡), 'Reducing Page Table Overhead with Batched PTE Updates' (李哲川), 'Handling Memory Poison in the "
    "Cloud: From MCE to Live Migration' (杨承泽), 'BPF Arenas: Sharing Memory Between BPF and User Space' (王晓晨), "
    "'Runtime Enforcement with eBPF: Lessons from Tetragon' (the LATIN Bence Horvath of Isovalent, a CHINESE "
    "biography, plate at the left). Latin names lose their space. Biographies of 1 to 12 lines, some in paragraphs. "
    "Talks of 30 minutes (主论坛), 25 and 20 minutes, one of 30 minutes closing 'IO 与 ebpf 分论坛', a 15-minute "
    "address; the round table 40 minutes; tea breaks of 20 minutes. SURNAMES in the proportions of a real Chinese "
    "conference: of the 43 Chinese names 王 four times, 李, 张, 刘 and 陈 three each, 杨, 黄, 赵, 周 and 徐 two each, then "
    "one each of 吴, 孙, 马, 胡, 朱, 郭, 何, 罗, 高, 林, 郑, 梁, 宋, 韩, 许; the only uncommon ones are 佟 (佟国华, the "
    "host of 主论坛) and 鄂 (鄂文彬, a speaker), two surnames met in Heilongjiang. No person is printed twice."
)
LAYOUTS = {
    "主论坛.webp": "FORUM POSTER of 主论坛 (host 佟国华, 东北石油大学计算机与信息技术学院院长、教授; hall 东北石油大学 "
                "图书馆一楼学术报告厅) in the organisers' 2024 forum-poster family recoloured: an AMETHYST ground with "
                "CHAMPAGNE frames, orchid-to-amethyst tabs and plates and CERISE accents. The band '09:00-09:05 >>> "
                "开场'; '嘉宾致辞' by 刘兆东 (东北石油大学 vice-president, 12 lines in three paragraphs, plate at the "
                "right); 王嘉祺 (title broken after '：', plate at the right); the English title of the LATIN Niklas "
                "Bauer (SUSE, an English biography of 9 lines, plate at the right); 陈一鸣 over 杨晓蕾 (both 字节跳动, "
                "both plates left, letter-spaced); 李崇涛 (title broken after '：', plate at the right); 张晨阳 (plate "
                "at the left); the ROUND TABLE 11:50-12:30 '产学研协同：如何培养下一代内核开发者' with the moderator "
                "赵春雷 and four guests ('黄　雁', '周　鑫', 徐立伟, 林致远), each over one small line. No tea break, "
                "no lunch.",
    "处理器架构与调度分论坛.webp": "FORUM POSTER of 处理器架构与调度分论坛 (host 郭建军, 阿里云操作系统团队资深技术专家, a "
                           "company host; hall 东北石油大学 计算机楼二楼报告厅): 8 talks of 25 minutes 14:00-17:40 and "
                           "茶歇 15:40-16:00. 马振宇; 胡静怡 (English title, plate at the right); '罗　泓'; 鄂文彬 "
                           "(plate at the right); 茶歇; 高宇航 (a two-line biography); 孙皓辰 (a PhD student); 朱雨桐 "
                           "(plate at the right); LAST, 梁振霆 over 宋雨禾 (both 浪潮信息; hers a ONE-line biography).",
    "内存管理与异构计算分论坛.webp": "FORUM POSTER of 内存管理与异构计算分论坛 (host 韩东旭, 哈尔滨工业大学计算学部副教授, a "
                            "teacher of another university; hall 东北石油大学 行政楼三楼会议中心): 9 talks 14:00-17:35 "
                            "(three of 25 minutes, six of 20) and 茶歇 15:35-15:55. 张博川 (plate at the right); "
                            "吴思成 over 许晓彤 (both 海光信息; hers a ONE-line biography); 李哲川 (English title); "
                            "陈立强 (plate at the right); 茶歇; 周雅婷; 王俊峰 (plate at the right); 杨承泽 (English "
                            "title broken by hand after the colon); 何一凡 (a master's student, a ONE-line biography); "
                            "刘亚楠 (title broken by hand, plate at the right).",
    "IO 与 ebpf 分论坛.webp": "FORUM POSTER of 'IO 与 ebpf 分论坛' (host 徐秉钧, 字节跳动 STE 团队 eBPF 技术专家, a company "
                           "host; hall 东北石油大学 图书馆四楼学术交流厅): 9 talks 14:00-17:30 (eight of 20 minutes, the "
                           "last of 30) and 茶歇 15:40-16:00. 赵天宇; 王晓晨 (English title); 黄骏驰 (plate at the "
                           "right); the LATIN Bence Horvath (Isovalent, English title broken by hand after the colon, "
                           "Chinese biography, plate at the left); '郑　锴'; 茶歇; 陈欣怡 (7 lines in three paragraphs, "
                           "plate at the right); 刘芷岩 (a PhD student); 张文斌; LAST, 李浩宇 over 王婉清 (both 小红书).",
}
EXPECTED_LINES = {
    "开源内核的长期主义：从补丁贡献到子系统维护": 2,
    "Twenty Years of Enterprise Kernels: What Backporting Taught Us": 2,
    "自主指令系统的上游之路：LoongArch内核支持回顾与展望": 2,
    "智能汽车座舱与辅助驾驶中的Linux内核实时性保障": 2,
    "Core Scheduling in Practice: Isolation Costs on Cloud Hosts": 2,
    "LoongArch上原子操作与内存屏障的实现与验证": 2,
    "工业控制器上PREEMPT_RT中断线程化的实践": 2,
    "Reducing Page Table Overhead with Batched PTE Updates": 2,
    "Handling Memory Poison in the Cloud: From MCE to Live Migration": 2,
    "基于resctrl的内存带宽隔离在训练集群中的应用": 2,
    "BPF Arenas: Sharing Memory Between BPF and User Space": 2,
    "Runtime Enforcement with eBPF: Lessons from Tetragon": 2,
    "NVMe多路径在全闪分布式块存储中的故障切换实践": 2,
}


# ===========================================================================
def aff_of(s):
    """A slot's affiliations: the round table's small lines, one per person, exactly as printed; [] for a talk,
    as the cards print no company line (biographies are never affiliations).  posters-blind-149's (131's)."""
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
    return "%s (第1698届), 大庆, %s (WebP q85, %d x %d): " % ((EDITION, DATE) + size) + LAYOUTS[fn]


def check_lines(lines, bios):
    """The title breaks the notes name, and the spread of biography lengths: one line to twelve."""
    for t, k in EXPECTED_LINES.items():
        assert lines[t] == k, (t, lines[t], k)
    assert sum(1 for k in lines.values() if k > 1) == len(EXPECTED_LINES), lines
    n = [b[2] for b in bios]
    assert min(n) == 1 and max(n) == 12, n


COMMON = set("王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
             "钟")  # the fifty commonest surnames and 钟 (posters-blind-149's)


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
    # the last talk of a forum given by two speakers, on two posters
    assert [f[0] for f in FORUMS if len(f[3][-1]["sp"]) == 2 and f[3][-1]["kind"] == "talk"] == [
        "处理器架构与调度分论坛", "IO 与 ebpf 分论坛"]
    assert sum(1 for s in talks if s["title"].isascii()) == 6
    assert sum(1 for s in talks for sp in s["sp"] if latin(sp["name"])) == 2
    two = [p for p in people if len(p) == 2 and not p.isascii()]
    assert sorted(two) == sorted(["罗泓", "郑锴", "黄雁", "周鑫"]), two  # printed padded
    sur = [p[0] for p in people if not p.isascii()]
    rare = [p for p in people if not p.isascii() and p[0] not in COMMON]
    assert sorted(r[0] for r in rare) == sorted("佟鄂"), rare  # the only uncommon surnames
    counts = {c: sur.count(c) for c in set(sur)}
    assert counts["王"] == 4 and max(counts.values()) == 4 and len(sur) == 43, counts
    assert counts["李"] == counts["张"] == counts["刘"] == counts["陈"] == 3, counts
    assert sorted(c for c in counts if counts[c] == 2) == sorted("杨黄赵周徐"), counts
    assert sorted(c for c in counts if counts[c] == 1) == sorted("吴孙马胡朱郭何罗高林郑梁宋韩许佟鄂"), counts
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
        if os.environ.get("KEEP_PNG"):  # to look at by eye; not part of the set
            os.makedirs("/tmp/p162/own", exist_ok=True)
            im.save("/tmp/p162/own/" + forum[0] + ".png")
        posters.append({"file": fn, "layout": layout(fn, im.size), "date": DATE, "forums": [forum_truth2(forum)]})
    n = check(posters)
    print("scored talks", n, "breaks", sum(1 for p in posters for s in p["forums"][0]["slots"] if s["kind"] == "break"))
    assert 26 <= n <= 38, n
    lines = {t[1]: t[2] for log in LOG.values() for t in log if t[0] == "title"}
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
