"""Draw the two-hundred-and-fifteenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 6215 (第4210届, 潮州, 韩山师范学院, Saturday 6215-10-28),
printed as CLK2024's repository prints its forums: ONE POSTER PER FORUM, named by the
forum.  The forums are three of CLK2025's six, as its repository's folders 3, 5 and 6
name them without their numbers: 文件系统与存储分论坛, 硬件架构与异构计算分论坛 and
'AI 基础设施与 eBPF 应用分论坛', all three in parallel in the afternoon.  All WebP,
1080 px wide and as tall as the real ones, in the family of the organisers' 2024 forum
posters (slanted title, 'CLK' ring, date pill, forum plate, host bar with the host's
unit under it, range tabs in a segmented face, frames with a justified biography,
ringed photo and name plate, no company line on a talk), in a NEW colour scheme: a
MAUVE ground with pale MINT frames, PINE-TEAL tabs and plates and MUSTARD accents.

This file starts from posters-blind-208/draw.py (helpers copied unchanged, painters
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
# helpers copied unchanged from posters-blind-208/draw.py, which has them from 203, 198, 181, 174, 162, 149,
# -145, -137, -131, -125, -119, -113, 108, 104, 79, 66, 65, 62 and 59: font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
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
# copied unchanged from posters-blind-208/draw.py (203 and 198 had them from 181; 174 has them from posters-blind-162 and
# -66): SEGS, seg_advance, seg_width, seg_text (the segmented digital face of the ranges), slant_text, hgrad, and
# (below) portrait

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
# CLK 6215 (第4210届), 潮州, 韩山师范学院, Saturday 6215-10-28.  ONE edition, three of its forum posters, named by
# CLK2025's forum folders 3, 5 and 6 without their numbers, as CLK2024's repository holds one poster per forum.  All
# three run in parallel in the afternoon, from 14:00.
EDITION = "CLK 6215"
YEAR = "6215"
NTH = "第4210届中国"
DATE = "6215-10-28"
DATE_PRINTED = "6215年10月28日"
CITY = "潮州"
SCHOOL = "韩山师范学院"
SCHOOL_UNIT = "计算机与信息工程学院"
SCHOOL_EN = "School of Computer and Information Engineering, Hanshan Normal University"
SCHOOL_MARK = "HANSHAN NORMAL UNIVERSITY"


def P(name, bio, side, spaced=False):
    """A talk's speaker: the biography the card prints (a '\\n' starts a new paragraph on a new line, as the real
    cards break theirs), the side of his name plate and how the biography runs: 'R' plate under the photo, the
    biography running wide under it; 'L' plate under the biography, which stays narrow; 'W' (new here, as the real
    体系结构与虚拟化 card of 16:30 prints its first speaker) the biography running wide under the photo AND the plate at
    the left under it.  spaced: a three-character name letter-spaced on the plate.  No company line: the real cards
    print none.  posters-blind-208's with the side 'W'."""
    return S(name, None, None, bio, side=side, line=None, spaced=spaced)


H1 = "林海波"
FS = ("文件系统与存储分论坛", "韩山师范学院 东区学术交流中心一楼报告厅",
      (H1, "韩山师范学院计算机与信息工程学院副院长"), [
    T("14:00", "14:30", "ext4 fast commit在数据库场景下的实践", [
        P("王海涛",
          "腾讯云 TencentOS 内核团队高级工程师，负责云数据库主机的文件系统与存储栈，关注 ext4 日志、fsync 延迟与写"
          "放大，推动了 fast commit 在云数据库产品中的落地。", "L"),
        P("李雪",
          "腾讯云内核工程师，负责文件系统的稳定性测试与线上问题分析，2021 年硕士毕业于中山大学。", "L")], H1),
    T("14:30", "15:00", "XFS online repair的现状与生产环境落地", [
        P("黄俊杰",
          "阿里云操作系统团队技术专家，龙蜥社区文件系统 SIG 成员，长期从事 XFS 与 ext4 的开发和维护，向上游社区"
          "提交了数十个补丁。", "L", True),
        P("刘敏",
          "阿里云操作系统团队工程师，负责文件系统修复工具的测试与验证。", "L")], H1),
    T("15:00", "15:20", "io_uring passthrough在NVMe SSD上的延迟优化", [P(
        "周鹏飞",
        "字节跳动 STE 团队存储内核工程师，负责大规模存储集群的块层与 NVMe 驱动，关注 io_uring 与轮询模式下的尾"
        "延迟。", "L", True)], H1),
    T("15:20", "15:40", "Atomic Writes for Databases: From Block Layer to Filesystem", [P(
        "孙晓东",
        "华为操作系统内核实验室技术专家，长期从事块层与文件系统的开发，参与了上游原子写相关补丁的开发与评审，推动"
        "其在数据库一体机上的应用，使数据库关闭双写后写入吞吐提升约 30%。\n"
        "此前在希捷从事硬盘固件开发，2010 年硕士毕业于华中科技大学。", "R")], H1),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:20", "blk-iocost在混部存储节点上的权重调优", [P(
        "马俊峰",
        "美团基础研发平台内核工程师，负责存储节点的 IO 隔离与 QoS，长期分析混部场景下的 IO 争抢问题。", "L")], H1),
    T("16:20", "16:40", "NFSv4.1客户端在大规模容器平台中的性能问题分析", [P(
        "郭志强",
        "京东云存储技术部高级工程师。", "L", True)], H1),
    T("16:40", "17:00", "OverlayFS copy-up开销在容器镜像构建中的优化", [P(
        "梁建平",
        "网易数帆容器平台内核工程师，负责容器运行时的存储驱动，分析并优化了 OverlayFS 元数据拷贝、硬链接与白化"
        "文件带来的开销，相关改进已在公司内部的持续集成平台上部署，使镜像构建时间缩短约四成。\n"
        "2014 年本科毕业于华南理工大学。", "R")], H1),
    T("17:00", "17:30", "FUSE passthrough在手机文件访问中的性能收益", [
        P("蔡丽娜",
          "荣耀终端操作系统部文件系统技术专家，负责手机存储与文件访问性能，主导了 FUSE passthrough 在多款机型上的"
          "适配与调优。", "L", True),
        P("朱超",
          "荣耀文件系统工程师，负责性能测试与功耗评估。", "L")], H1),
    T("17:30", "18:00", "dm-cache在混合存储阵列中的命中率优化", [P(
        "徐文亮",
        "浪潮信息存储产品线高级工程师，负责存储阵列的缓存分层与 Device Mapper 目标的开发，长期关注 SSD 与 HDD "
        "混合配置下的缓存替换策略与写回控制，参与了多代存储产品的性能调优。\n"
        "2012 年硕士毕业于山东大学。", "R")], H1),
])

H2 = "赵勇"
HW = ("硬件架构与异构计算分论坛", "韩山师范学院 图书馆报告厅", (H2, "飞腾信息技术有限公司 系统软件部部长"), [
    T("14:00", "14:20", "ARM64 SME在内核中的上下文切换开销分析", [P(
        "李强",
        "海思 Linux 内核工程师，负责 ARM64 新特性的内核使能，参与 SVE 与 SME 相关补丁的测试与回合。", "L")], H2),
    T("14:20", "14:50", "CXL Type 2设备的内核驱动框架探索", [
        P("张立新",
          "英特尔中国软件与先进技术事业部高级工程师，负责 CXL 驱动与内存 RAS，长期参与上游 CXL 子系统的开发与评审。",
          "L"),
        P("邝文华",
          "英特尔中国软件工程师，负责 CXL 加速器原型平台的驱动验证，2019 年硕士毕业于暨南大学。", "L", True)], H2),
    T("14:50", "15:10", "LoongArch平台的内核热补丁支持", [P(
        "罗军",
        "龙芯中科基础软件部工程师，负责 LoongArch 内核的 ftrace、kprobe 与热补丁支持。", "L")], H2),
    T("15:10", "15:40", "Upstreaming Arm Server Platform Support: Lessons Learned", [P(
        "Diego Herrera",
        "Diego is a principal software engineer at Arm in Cambridge, where he works on ACPI, firmware interfaces and "
        "kernel enablement for Arm server platforms. He has helped several silicon partners bring up their SoCs and "
        "get the support merged upstream.\n"
        "Before joining Arm he worked on embedded Linux for a telecom equipment vendor in Madrid.", "R")], H2),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:30", "面向异构内存的页迁移卸载框架（A DMA-Offloaded Page Migration Framework for Heterogeneous Memory）", [
        P("谢文博",
          "中山大学计算机学院助理研究员，博士，研究方向为操作系统与计算机体系结构，近年关注 CXL 与异构内存下的数据"
          "放置和迁移。在内存分层、DMA 引擎复用与虚拟化等方面做了一系列工作，成果发表在 ASPLOS、EuroSys、USENIX "
          "ATC 等会议，并担任多个系统领域会议的程序委员会委员。所在团队维护的页迁移卸载框架已经开源，部分补丁已提交"
          "到上游社区讨论。\n"
          "2019 年博士毕业于中山大学，读博期间曾在微软亚洲研究院系统组实习，获广东省计算机学会优秀博士学位论文奖。",
          "W", True),
        P("高洁",
          "中山大学计算机学院硕士研究生（二年级），研究方向为异构内存管理。", "L")], H2),
    T("16:30", "16:50", "国产GPU驱动中HMM与SVM的内核支持现状", [P(
        "何志鹏",
        "摩尔线程系统软件工程师，负责 GPU 内核驱动的内存管理，关注 HMM、SVM 与 DMA-BUF。", "L", True)], H2),
    T("16:50", "17:10", "海光CSV机密虚拟机的内核适配与性能评估", [P(
        "王建国",
        "海光信息技术股份有限公司安全技术部高级工程师，负责 CSV 机密计算的内核与 KVM 支持，长期参与国产服务器平台"
        "安全特性的研发，带领团队完成了多个操作系统发行版的适配。\n"
        "2009 年硕士毕业于天津大学。", "R")], H2),
    T("17:10", "17:30", "RISC-V AIA中断控制器在KVM中的虚拟化支持", [P(
        "吴振华",
        "中国科学院软件研究所智能软件研究中心工程师，负责 RISC-V 虚拟化的内核支持，参与了 AIA 与 IMSIC 相关补丁的"
        "测试。", "L")], H2),
])

H3 = "王芳"
AI = ("AI 基础设施与 eBPF 应用分论坛", "韩山师范学院 计算机楼二楼多功能厅", (H3, "鹏城实验室 副研究员"), [
    T("14:00", "14:20", "NVMe-oF在大模型检查点存储中的性能优化", [P(
        "刘建华",
        "百度智能云存储内核工程师，负责 AI 训练集群的存储网络，关注 NVMe-oF、RDMA 与大模型检查点的写入带宽。",
        "L")], H3),
    T("14:20", "14:40", "基于eBPF的RDMA流量可观测性实践", [P(
        "杨帆",
        "阿里云网络技术专家，负责智算集群的网络可观测性。", "L")], H3),
    T("14:40", "15:00", "推理服务的CPU绑核与中断隔离调优", [P(
        "陈伟",
        "蚂蚁集团基础设施部内核工程师，负责在线推理服务主机的内核调优，长期处理中断、软中断与调度带来的延迟抖动"
        "问题。", "L")], H3),
    T("15:00", "15:20", "BPF Arena: Sharing Memory Between BPF and User Space", [P(
        "张宇峰",
        "字节跳动 STE 团队内核工程师，负责 eBPF 基础设施的开发与维护，参与了 BPF arena 与 kfunc 相关补丁的开发与"
        "评审，并将其用于公司内部的网络与调度扩展。\n"
        "2016 年硕士毕业于浙江大学。", "R", True)], H3),
    T("15:20", "15:40", "eBPF程序在多内核版本间的可移植性：CO-RE实践", [P(
        "李晓明",
        "小米系统软件部工程师，负责手机与 IoT 设备上的 eBPF 工具链，维护公司内部基于 CO-RE 的观测工具集。", "L")],
        H3),
    B("15:40", "15:50", "茶歇"),
    T("15:50", "16:20", "基于eBPF的容器网络策略加速", [
        P("王丽华",
          "天翼云科技有限公司云网操作系统团队技术专家，负责容器网络与 eBPF 数据面，主导了基于 eBPF 的网络策略方案在"
          "公有云上的落地。", "L"),
        P("张静",
          "天翼云网络工程师，负责容器网络的性能测试。", "L")], H3),
    T("16:20", "16:45", "GPU显存超分中的统一内存迁移开销分析", [P(
        "陈志远",
        "快手异构计算团队高级工程师，负责推理集群的 GPU 资源调度与显存管理，分析了统一内存在显存超分场景下的缺页与"
        "迁移开销，提出了按访问热度预取的优化方案，已在线上推理服务中使用。\n"
        "2013 年本科毕业于武汉大学，此前在 AMD 上海研发中心从事 GPU 驱动开发。", "R")], H3),
    T("16:45", "17:10", "训练集群中NCCL通信卡顿的内核侧定位", [P(
        "胡斌",
        "商汤科技大装置事业群系统工程师，负责训练集群的操作系统与故障诊断。", "L")], H3),
    T("17:10", "17:35", "Kernel Bypass or Not: Storage Paths for LLM Serving", [P(
        "郑宏伟",
        "华为云存储服务产品部技术专家，负责大模型推理服务的存储加速，比较了内核路径与 SPDK 等用户态路径在权重加载"
        "与 KV cache 落盘中的表现，并据此设计了混合方案。\n"
        "此前在中兴通讯从事存储系统开发，2011 年硕士毕业于西安电子科技大学。", "R", True)], H3),
    T("17:35", "18:00", "BPF token在多租户AI平台上的权限委托", [P(
        "杨慧",
        "中国移动云能力中心安全工程师，负责 AI 开发平台的多租户隔离与 eBPF 权限管理，2020 年硕士毕业于北京邮电"
        "大学。", "L")], H3),
])

FORUMS = [FS, HW, AI]
FORUM_NAMES = ["文件系统与存储分论坛", "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]  # CLK2025's folders 3, 5, 6
FOLDERS = [3, 5, 6]

SPONSORS = ["韩山师范学院", "HUAWEI", "腾讯云", "阿里云", "荣耀", "字节跳动", "海光信息", "浪潮信息", "中国电信", "vivo"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "开放原子开源基金会", "广东省计算机学会",
           "潮州市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "SegmentFault 思否", "Linux中国"]


# names of real speakers and hosts read on the real posters (set 208's list, which is set 203's, 198's, 181's, 174's,
# 162's, 149's, 145's, 137's, 131's, 125's, 119's, 113's, 79's and 66's, taken from the CLK2024 posters as pictures), none
# of which may be used; the listings' names and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "李志", "伍勃", "李扬韬", "邹贻鹏", "廖肇燕", "甄鹏",
              "慕冬亮", "LianboJiang", "张绳锐"]  # 张绳锐 added here (read on 存储IO分论坛.webp)


# ---------------------------------------------------------------------------
# the new colour scheme: a MAUVE ground (a dusty rose-violet at the head to a near-black plum at the foot, where the
# organisers print royal blue), pale MINT where they print cyan (frames, plates' outlines, rings), PINE-TEAL tabs and
# plates, MUSTARD where they print pink accents
MINT = (184, 236, 214)
PALE = (252, 236, 244)
FRAME = (164, 226, 202)
DIM = (180, 112, 152)
MUSTARD = (240, 192, 66)
HOLE = (34, 12, 28)  # the hole of a pin, the cut corners of plates
PLATE = (10, 52, 56)  # inside name plates
TEAL = (96, 190, 170)  # the outer rings and the first chevron
TAB0, TAB1 = (52, 170, 152), (12, 64, 68)  # tab gradients, bright at the left
BG0, BG1 = (142, 74, 116), (32, 12, 28)  # the page, top to bottom
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 50
PHOTO, PCX, OUTER = 236, 810, 166  # photo diameter, its centre x, the outer ring's radius


# ---------------------------------------------------------------------------
# painters from posters-blind-208/draw.py (which has them from 203, 198, 181, 174, 162, 149, 145, 137 and 131),
# recoloured: its ICE and CORAL are MINT and MUSTARD here, and each of its literal sky, ice, cobalt, navy, umber or
# ochre-brown colours was replaced by one fixed substitution with a teal, mint, pine, plum or mauve value (the new values
# stand in the code); speaker_block and plate learnt the side 'W'; title_lines checks a hand break by join_lines;
# BREAKS holds this set's hand breaks; footer has this edition's captions, slogan and QR seed
def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites."""
    for r, col, wd in [(200, TEAL, 3), (160, MINT, 6), (118, (250, 240, 246), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=MUSTARD, width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(48, 16, 42), outline=(250, 240, 246), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (250, 240, 246))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(250, 240, 246), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d, hall):
    """The head of every poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, MINT, 1.15)
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
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=MINT, width=4)
    d.line([(560, 530), (640, 510)], fill=MINT, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.rounded_rectangle([x0, y0, x1, y1], radius=14, outline=MINT, width=3)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, MUSTARD, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, MINT, 1.2)
    d.text((116, 790), "地址：", font=font(34, True), fill=WHITE)
    y = 846
    hf = font(34, True)
    lines = hall.split(" ", 1) if tw(d, hall, hf) > 600 else [hall]  # a long hall breaks at its first space
    HALL_LINES[hall] = lines
    for ln in lines:
        fits(d, ln, hf, 640)
        d.text((84, y), ln, font=hf, fill=WHITE)
        y += 50
    for i in range(8):  # light rods at the left, as behind the organisers' heads
        hx = 60 + i * 42
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=MUSTARD if i % 2 else MINT, width=3)
    return max(y, 1060) + 40


HALL_LINES = {}


def forum_plate(im, d, y, text):
    """The forum's name on a teal-to-pine plate with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(60, 180, 160))
    hgrad(d, x0, y, x1, y + h, (58, 176, 158), (12, 62, 66))
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=HOLE)
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=HOLE)
    d.line([(x1 - 200, y - 14), (x1 + 60, y - 14)], fill=MUSTARD, width=6)
    slant_text(im, 0, y + 8, text, f, WHITE, 0.18, cx=W / 2)
    return y + h


def arrows(d, x, y, right, fill, n=3, s=14):
    for j in range(n):
        ax = x + j * (s + 8) if right else x - j * (s + 8)
        k = 1 if right else -1
        d.line([(ax, y - s), (ax + k * s, y), (ax, y + s)], fill=fill, width=4)


def host_bar(d, y, host):
    """The bar '>>>　主持人：name　<<<' and, under it, the host's unit between dots, as the real posters print it."""
    hgrad(d, X0, y, X1, y + 78, (96, 36, 80), (40, 150, 136))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, MUSTARD)
    arrows(d, X1 - 34, y + 39, False, MUSTARD)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([TEAL, MINT]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a teal-to-pine bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(228, 250, 240), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=TEAL, width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=MINT, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(130, 206, 186), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=MINT)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side, spaced=False):
    """The name plate: an outlined box, darker inside, the name bold (padded); a tail line under it.
    Returns the foot of the tail line and the plate's left edge and width.  'L' and 'W' stand at the left."""
    f = font(40, True)
    text = pad(name)
    w = max(340, tw(d, text, f) + 110)
    x0 = X1 - w if side == "R" else X0 + 46
    d.rectangle([x0, y, x0 + w, y + 72], fill=PLATE, outline=MINT, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=MINT, width=3)
    if side == "R":
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=MINT, width=3)
    else:
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=MINT, width=3)
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
    With 'R' or 'W' the biography runs wide again under the photo; with 'L' it stays narrow."""
    side = sp["side"]
    bf = font(BIO_F)
    bx = X0 + 46
    narrow = PCX - OUTER - 24 - bx
    wide = X1 - 50 - bx
    cy = y + 142
    below = int((cy + OUTER - y) // BIO_LH) + 1  # lines beside the photo
    widths = [narrow] * below + [wide] if side in ("R", "W") else [narrow]
    lines = wrap_paras(d, sp["bio"], bf, widths)
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=MINT, width=4)
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
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=MINT)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=MUSTARD, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


# titles the designer broke by hand: the four English titles that run over two lines (after the ':' of the three that
# have one; before 'Support:' for the fourth), one Chinese title whose even break would fall inside '手机', and the
# title with its English name in full-width
# brackets, broken as the real 16:30 card of 体系结构与虚拟化分论坛 breaks its own: the Chinese title on its first line,
# the bracketed English over three short lines; the lines joined by join_lines give the title
BREAKS = {
    "Atomic Writes for Databases: From Block Layer to Filesystem": ["Atomic Writes for Databases:",
                                                                    "From Block Layer to Filesystem"],
    "Upstreaming Arm Server Platform Support: Lessons Learned": ["Upstreaming Arm Server Platform",
                                                                 "Support: Lessons Learned"],
    "BPF Arena: Sharing Memory Between BPF and User Space": ["BPF Arena: Sharing Memory",
                                                             "Between BPF and User Space"],
    "Kernel Bypass or Not: Storage Paths for LLM Serving": ["Kernel Bypass or Not:", "Storage Paths for LLM Serving"],
    "FUSE passthrough在手机文件访问中的性能收益": ["FUSE passthrough在手机", "文件访问中的性能收益"],
    "面向异构内存的页迁移卸载框架（A DMA-Offloaded Page Migration Framework for Heterogeneous Memory）": [
        "面向异构内存的页迁移卸载框架", "（A DMA-Offloaded Page", "Migration Framework for", "Heterogeneous Memory）"],
}


def join_lines(lines):
    """A title's printed lines joined as it was typed: a space where a Latin letter, digit or ':' ends a line and a
    Latin letter or digit starts the next, nothing otherwise (inside Chinese, at a Chinese-Latin edge, before '（')."""
    out = lines[0]
    for ln in lines[1:]:
        a, b = out[-1], ln[0]
        out += (" " if (a.isascii() and (a.isalnum() or a in ":,")) and (b.isascii() and b.isalnum()) else "") + ln
    return out


def title_lines(d, title, f):
    """The title's lines: as broken by hand in BREAKS, else after '：' where it has one, else evenly
    (posters-blind-174's, with join_lines as the check of a hand break)."""
    if title in BREAKS:
        assert join_lines(BREAKS[title]) == title, (title, join_lines(BREAKS[title]))
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
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=MINT)
    for ln in tl:
        d.text((X0 + 46, y), ln, font=tf, fill=WHITE)
        y += 58
    log.append(("title", s["title"], len(tl), tl))
    y += 40
    for i, sp in enumerate(s["sp"]):
        if i:
            y += 50
        y = speaker_block(im, d, y, sp, log)
    bot = y + 60
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
    d.rectangle([x0, y, x0 + w, y + 78], fill=PLATE, outline=MINT, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=MINT, width=3)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=MINT, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=MINT)
    ctext(d, x0 + w / 2, y + 10, pad(s["title"]), f, WHITE)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=MINT)
    return bot + 40


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(250, 240, 246), width=3)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (96, 36, 80), MINT)
    hgrad(d, x0, y, x0 + w, y + h, (58, 176, 158), (12, 62, 66))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=HOLE)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=MUSTARD, width=6)
    slant_text(im, 0, y + 10, text, font(52, True), WHITE, 0.18, cx=W / 2)
    return y + h


def footer(im, d, y):
    """The foot (posters-blind-208's order: sponsors, support units, media, QR code, captions, slogan), with this
    edition's captions, slogan and QR seed (new text)."""
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 90
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 90
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 200, y, W / 2 + 200, y + 400], outline=WHITE, width=3)
    d.rectangle([W / 2 - 180, y + 20, W / 2 + 180, y + 380], fill=WHITE)
    qrcode(d, W / 2 - 160, y + 40, 320, 6215)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "三个分论坛同时进行，欢迎在各会场间自由走动", font(30), PALE)
    ctext(d, W / 2, y + 52, "茶歇供应潮州工夫茶，现场礼品先到先得", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "相聚韩江畔 · 共话 Linux 内核", font(54, True), MUSTARD, 0.18, cx=W / 2)
    return int(y + 640)


# ---------------------------------------------------------------------------
# the foot's skyline: Chaozhou (new here; eave_roof and pagoda follow posters-blind-208's shapes, redrawn)
def eave_roof(d, cx, y, half, h, fill):
    """A hipped roof with upturned eaves, y its foot (posters-blind-208's)."""
    d.polygon([(cx - half - 16, y - 10), (cx - half, y), (cx + half, y), (cx + half + 16, y - 10),
               (cx + half - 22, y - h), (cx - half + 22, y - h)], fill=fill)
    d.line([(cx - half + 22, y - h), (cx + half - 22, y - h)], fill=fill, width=4)


def pen_rack_hills(d, base, fill):
    """笔架山 across the river: three rounded peaks like a brush rest, lower hills beside them (new here)."""
    pts = [(0, base)]
    for x in range(0, W + 1, 20):
        h = 70 + 26 * math.sin(x / 140.0)
        for px, ph in ((560, 150), (700, 190), (840, 150)):  # the three peaks
            h = max(h, ph * math.exp(-((x - px) / 60.0) ** 2) + 60)
        pts.append((x, base - h))
    pts.append((W, base))
    d.polygon(pts, fill=fill)


def river(d, top, base, water, shine):
    """The Han river across the foot, with a few light streaks on it (new here)."""
    d.rectangle([0, top, W, base], fill=water)
    for k in range(14):
        y = top + 14 + (k * 37) % (base - top - 20)
        x = (k * 173) % (W - 120)
        d.line([(x, y), (x + 60 + (k * 29) % 80, y)], fill=shine, width=2)


def pavilion(d, cx, y, half, ink, red, lit):
    """A pavilion on a pier of the bridge: red posts, a lantern-lit room, an upturned roof (new here)."""
    d.rectangle([cx - half + 6, y - 34, cx + half - 6, y], fill=ink)
    for k in range(3):
        px = cx - half + 10 + k * (half - 10)
        d.rectangle([px, y - 32, px + 4, y], fill=red)
    d.rectangle([cx - 6, y - 24, cx + 6, y - 12], fill=lit)
    eave_roof(d, cx, y - 34, half, 22, ink)


def bridge(d, x0, x1, deck, water_top, ink, stone, red, lit):
    """广济桥: stone piers carrying pavilions at both ends, and in the middle a floating section of boats tied in a
    row (new here)."""
    gap0, gap1 = x0 + (x1 - x0) * 0.42, x0 + (x1 - x0) * 0.62  # the floating section
    d.rectangle([x0, deck - 8, gap0, deck], fill=stone)
    d.rectangle([gap1, deck - 8, x1, deck], fill=stone)
    k = 0
    for px in range(int(x0) + 20, int(x1) - 20, 76):
        if gap0 - 30 < px < gap1 + 10:
            continue
        d.polygon([(px - 18, deck), (px + 18, deck), (px + 26, water_top + 18), (px - 26, water_top + 18)],
                  fill=stone)  # a boat-shaped pier
        pavilion(d, px, deck - 8, 30 if k % 2 else 24, ink, red, lit)
        k += 1
    bx = gap0 - 10
    while bx < gap1:  # the boats of the floating section
        d.chord([bx, water_top - 6, bx + 30, water_top + 14], 0, 180, fill=ink)
        bx += 26
    d.line([(gap0, water_top - 2), (gap1, water_top - 2)], fill=stone, width=3)


def gate_on_wall(d, cx, base, wall_top, wall, crenel, ink, red, lit):
    """广济门: a stretch of the city wall at the left bank, its gateway, and the two-storey gate tower on it (new
    here)."""
    d.rectangle([0, wall_top, 360, base], fill=wall)
    for x in range(0, 360, 24):
        d.rectangle([x, wall_top - 12, x + 13, wall_top], fill=crenel)
    d.chord([cx - 30, wall_top + 30, cx + 30, wall_top + 90], 180, 360, fill=HOLE)
    d.rectangle([cx - 30, wall_top + 60, cx + 30, base], fill=HOLE)
    y = wall_top - 12
    d.rectangle([cx - 110, y - 52, cx + 110, y], fill=ink)
    for k in range(6):
        d.rectangle([cx - 100 + k * 40, y - 50, cx - 94 + k * 40, y], fill=red)
    eave_roof(d, cx, y - 52, 128, 30, ink)
    d.rectangle([cx - 80, y - 122, cx + 80, y - 82], fill=ink)
    for k in range(4):
        d.rectangle([cx - 64 + k * 42, y - 120, cx - 58 + k * 42, y - 82], fill=red)
    eave_roof(d, cx, y - 122, 100, 40, ink)
    for k in (-1, 1):
        lx = cx + k * 90
        d.ellipse([lx - 8, y - 60, lx + 8, y - 40], fill=(222, 60, 44))
        d.rectangle([lx - 2, y - 40, lx + 2, y - 33], fill=lit)


def stone_pagoda(d, cx, base, ink, lit, tiers=7):
    """凤凰塔 on the right bank: a seven-storey stone pagoda, each storey a little narrower, a gourd finial (new here,
    after posters-blind-208's pagoda)."""
    y = base
    for k in range(tiers):
        half = 46 - k * 5
        d.rectangle([cx - half + 10, y - 34, cx + half - 10, y], fill=ink)
        d.rectangle([cx - 3, y - 26, cx + 3, y - 12], fill=lit)
        d.polygon([(cx - half - 8, y - 30), (cx + half + 8, y - 30), (cx + half - 4, y - 40), (cx - half + 4, y - 40)],
                  fill=ink)
        y -= 44
    d.ellipse([cx - 8, y - 26, cx + 8, y - 10], fill=ink)
    d.ellipse([cx - 5, y - 38, cx + 5, y - 26], fill=ink)


def skyline(im, h):
    """The foot: Chaozhou.  笔架山 beyond the river; towers of the new town; the Han river across the foot; 广济桥 over
    it with its pavilions and floating boats; 广济门 on the city wall at the left; 凤凰塔 at the right; the school's
    name at the very foot (new here)."""
    d = ImageDraw.Draw(im)
    base = h - 40
    far, lit = (74, 34, 64), (255, 220, 150)
    water_top = base - 120
    pen_rack_hills(d, water_top - 10, (58, 24, 50))
    for bx, bw, bh in [(400, 44, 130), (456, 36, 100), (880, 52, 150), (945, 38, 118)]:
        d.rectangle([bx, water_top - 10 - bh, bx + bw, water_top], fill=far)  # the new town
        for wy in range(water_top - bh, water_top - 30, 24):
            for wx in range(bx + 8, bx + bw - 10, 16):
                if (wx * 5 + wy) % 3:
                    d.rectangle([wx, wy, wx + 6, wy + 9], fill=lit)
    river(d, water_top, base, (44, 22, 46), (150, 110, 150))
    ink, red = (30, 12, 26), (170, 44, 40)
    bridge(d, 300, 1080, water_top - 60, water_top, ink, (86, 52, 78), red, lit)
    stone_pagoda(d, 1010, water_top - 70, (40, 16, 34), lit)
    gate_on_wall(d, 170, base, base - 190, (62, 30, 56), (48, 22, 42), ink, red, lit)
    ctext(d, W / 2, h - 28, SCHOOL, font(20, True, serif=True), (250, 240, 246))


def background(w, h):
    """The mauve page: glows, light streaks behind the ring, particles, thin streaks down the sides, the skyline
    (posters-blind-208's, recoloured)."""
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (250, 210, 120), 0.22)
    im = glow(im, 100, 1200, 300, (120, 220, 190), 0.12)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (184, 236, 214) if k % 2 else (240, 170, 210), 0.10)
    im = glow(im, 540, h - 300, 500, (240, 190, 120), 0.14)
    d = ImageDraw.Draw(im)
    rnd = random.Random(6215)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(255, 214, 232), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(250, 240, 246))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(200, 240, 220), width=2)
    skyline(im, h)
    return grain(im, 6215, 0.01)


LOG = {}


def paint_forum(forum):
    """A forum poster: the head, the forum's plate, the host bar, the slots, the foot (posters-blind-208's)."""
    name, hall, host, slots = forum

    def paint(im, d):
        log = []
        y = header(im, d, hall)
        y = forum_plate(im, d, y, name) + 110
        y = host_bar(d, y, host)
        for k, s in enumerate(slots):
            chev_x = 860 if k == 0 else 200
            if s["kind"] == "break":
                y = break_card(im, d, y, s, chev_x)
            else:
                y = talk_card(im, d, y, s, log, chev_x)
        LOG[name] = log
        return footer(im, d, y + 130)

    return paint


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through set 208)."""
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
    the space after it, in folder order, when the corpus is there (posters-blind-208's)."""
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


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -131, -174, -203, -208): speakers are names as printed "
    "with spaces, letter-spacing and the padding of two-character names removed ('赵　勇' -> 赵勇, '李　雪' -> 李雪 and "
    "every other two-character name, padded on its plate or in its bar; some three-character names are set "
    "letter-spaced on their plates, '黄 俊 杰' -> 黄俊杰, others tight; 'Diego Herrera' -> DiegoHerrera); host is the "
    "chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; break "
    "titles as printed with the padding removed (the tea break's plate prints '茶　歇', given '茶歇'). ONE invented "
    "edition, CLK 6215 (第4210届, 潮州, host school 韩山师范学院 with its 计算机与信息工程学院 at the top right, Saturday "
    "6215-10-28), printed as CLK2024's repository holds its forums: ONE POSTER PER FORUM, each named by its forum. The "
    "forums are THREE of CLK2025's six forum folders, named as the folders are without their leading number and space: "
    "'文件系统与存储分论坛.webp' (folder '3 文件系统与存储分论坛'), '硬件架构与异构计算分论坛.webp' (folder 5) and "
    "'AI 基础设施与 eBPF 应用分论坛.webp' (folder 6, with its two spaces); all three run in parallel in the afternoon "
    "from 14:00. The edition's other forums (主论坛 among them) have no poster in this set. There is no whole-agenda "
    "picture, so every talk is on one picture only and is listed once; every forum's date is the edition's; each "
    "poster is one entry holding its one forum. 27 scored talks (9 + 8 + 10, all kind 'talk'; no round table, no "
    "opening address) and 3 breaks (one '茶歇' per forum: 15:40-16:00, 15:40-16:00, 15:40-15:50). 文件系统与存储分论坛 "
    "and 'AI 基础设施与 eBPF 应用分论坛' end with their last talk at 18:00, 硬件架构与异构计算分论坛 at 17:30. THE HEAD "
    "(logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the seal, '韩山师范学院' / '计算机与信息工程学院' and "
    "'School of Computer and Information Engineering,' / 'Hanshan Normal University', '第4210届中国' / "
    "'Linux内核开发者大会', the ring '6215' / 'CLK', the date pill '6215年10月28日' + pin + '潮州', '地址：' over the "
    "forum's hall: '韩山师范学院' / '东区学术交流中心一楼报告厅' over two lines on 文件系统与存储分论坛, '韩山师范学院 "
    "图书馆报告厅' and '韩山师范学院 计算机楼二楼多功能厅' on one line on the two others) and THE FOOT ('赞助单位', "
    "'支持单位', '支持媒体' on plates over word-mark boxes, the QR code, '扫码报名', two caption lines "
    "'三个分论坛同时进行，欢迎在各会场间自由走动' and '茶歇供应潮州工夫茶，现场礼品先到先得', the slogan "
    "'相聚韩江畔 · 共话 Linux 内核', the Chaozhou skyline and the school's name) are no slots, names or titles. The "
    "forum's name stands on a slanted plate; the HOST in the bar '>>>　主持人：name　<<<' (林海波 for 文件系统与存储分论坛, "
    "a dean of the host school; '赵　勇' for 硬件架构与异构计算分论坛, a company's department head; '王　芳' for "
    "'AI 基础设施与 eBPF 应用分论坛', a researcher of a laboratory); the line '·　unit　·' under the bar is the host's "
    "own unit ('韩山师范学院计算机与信息工程学院副院长', '飞腾信息技术有限公司 系统软件部部长', '鹏城实验室 副研究员') "
    "and nobody's affiliation in the truth (the schema gives a host no affiliation; it is the only company line these "
    "posters print, as on the real ones). Each card after a pair of V marks (the first at the right, the others at the "
    "left): the RANGE on a TAB at the top left of a frame, drawn in a SEGMENTED seven-segment 'digital' face, as the "
    "organisers' forum posters print ranges; the range on a tab belongs to the frame under it. In a talk's frame the "
    "bold title, then per speaker a BIOGRAPHY at the left (its lines JUSTIFIED to the measure, a paragraph's last line "
    "ragged), a ringed round photo at the right and the framed NAME PLATE under them, at the left or at the right "
    "(under the photo, the biography running wide under it) as on the real cards; once (谢文博) the biography runs wide "
    "under the photo AND the plate stands at the left, as the real 16:30 card of 体系结构与虚拟化分论坛 prints its first "
    "speaker. A TEA BREAK is a tab over a short frame holding a plate with the label alone, '茶　歇'. AFFILIATIONS: like "
    "the real 2024 cards the talks print NO company line, so every talk's affiliations are [] although each biography "
    "names the speaker's company or school; biographies are nowhere in the truth, and the companies, schools, "
    "programmes, products, conferences and places they name (former employers 希捷 (for 孙晓东 of 华为), AMD 上海研发中心 "
    "(for 陈志远 of 快手), 中兴通讯 (for 郑宏伟 of 华为云), 微软亚洲研究院 (for 谢文博 of 中山大学); schools 中山大学, "
    "华中科技大学, 华南理工大学, 山东大学, 暨南大学, 天津大学, 浙江大学, 武汉大学, 西安电子科技大学, 北京邮电大学; 'Arm', "
    "'Cambridge' and 'Madrid' in the English biography; 'TencentOS', '龙蜥社区', 'STE', 'ASPLOS', 'EuroSys', 'USENIX "
    "ATC', '广东省计算机学会', 'SPDK', 'CO-RE', 'Device Mapper' and the like inside biographies) are no speakers and no "
    "affiliations. TWO SPEAKERS of one talk (six talks) are two biography-photo-plate blocks one under the other in ONE "
    "frame under ONE title and ONE tab, both plates at the left as on the real two-speaker cards; they are given top "
    "then bottom: in 文件系统与存储分论坛 the FIRST card, 王海涛 then '李　雪' (both 腾讯云), the SECOND, 黄俊杰 then "
    "'刘　敏' (both 阿里云), and 17:00-17:30, 蔡丽娜 then '朱　超' (both 荣耀); in 硬件架构与异构计算分论坛 张立新 then "
    "邝文华 (both 英特尔) and 谢文博 (an assistant researcher of 中山大学, 10 lines) then '高　洁' (a master's student of "
    "the same school); in 'AI 基础设施与 eBPF 应用分论坛' 王丽华 then '张　静' (both 天翼云). The second block's name "
    "belongs to the same talk, not to the next frame. TITLES over two or more lines are one title, joined as typed: no "
    "space inside Chinese text, after '：', before '（' or between Chinese and Latin where the poster has none "
    "('io_uring passthrough在' / 'NVMe SSD上的延迟优化', 'OverlayFS copy-up开销' / '在容器镜像构建中的优化', 'FUSE "
    "passthrough在手机' / '文件访问中的性能收益' (broken by hand), 'eBPF程序在多内核版本间的可移植性：' / 'CO-RE实践' (after "
    "'：'), 'NFSv4.1客户端在大规模容' / '器平台中的性能问题分析' (an even break INSIDE the word '容器')); a space between "
    "Latin words ('Atomic Writes for Databases:' / 'From Block Layer to Filesystem'; 'Upstreaming Arm Server Platform' "
    "/ 'Support: Lessons Learned'; 'BPF Arena: Sharing Memory' / 'Between BPF and User Space'; 'Kernel Bypass or Not:' "
    "/ 'Storage Paths for LLM Serving', all four broken by hand). ONE Chinese title carries its ENGLISH NAME in "
    "full-width brackets, printed over FOUR lines as the real 16:30 card of 体系结构与虚拟化分论坛 prints its own: "
    "'面向异构内存的页迁移卸载框架' / '（A DMA-Offloaded Page' / 'Migration Framework for' / 'Heterogeneous Memory）'; the "
    "truth's title is the whole, brackets and English included, "
    "'面向异构内存的页迁移卸载框架（A DMA-Offloaded Page Migration Framework for Heterogeneous Memory）'. Most titles "
    "are typed running Latin into Chinese WITHOUT a space ('LoongArch平台的内核热补丁支持', "
    "'基于eBPF的RDMA流量可观测性实践', 'CXL Type 2设备的…'), as the organisers' cards are typed; the truth keeps them as "
    "typed. ENGLISH-ONLY titles (4): 'Atomic Writes for Databases: From Block Layer to Filesystem' (孙晓东), "
    "'Upstreaming Arm Server Platform Support: Lessons Learned' (the LATIN Diego Herrera of Arm, an ENGLISH biography "
    "of 9 lines in two paragraphs, plate at the right, name left-aligned on it), 'BPF Arena: Sharing Memory Between BPF "
    "and User Space' (张宇峰), 'Kernel Bypass or Not: Storage Paths for LLM Serving' (郑宏伟). Latin names lose their "
    "space. Biographies of 1 to 10 lines, some in paragraphs (two of ONE line: 郭志强, '张　静'). Talks of 20, 25 and "
    "30 minutes; tea breaks of 20 and 10 minutes. NAMES: everyday given names (涛, 雪, 杰, 敏, 飞, 东, 峰, 强, 平, 娜, "
    "超, 亮, 勇, 新, 华, 军, 博, 洁, 鹏, 国, 芳, 帆, 伟, 明, 静, 远, 斌, 慧 and the like), thirteen of the 35 Chinese "
    "names of two characters. SURNAMES in the proportions of a real Chinese conference: of the 35 Chinese names (three "
    "hosts and 32 of the 33 speakers) 王 four times, 李 and 张 three times each, 刘, 陈 and 杨 twice each, then one each "
    "of 黄, 赵, 吴, 周, 徐, 孙, 马, 胡, 朱, 郭, 何, 罗, 高, 林, 郑, 梁, 谢, 蔡 (all twenty surnames the brief names are "
    "there); the only uncommon one is 邝 (邝文华, an engineer of 英特尔). No person is printed twice."
)
LAYOUTS = {
    "文件系统与存储分论坛.webp": "FORUM POSTER of 文件系统与存储分论坛 (host 林海波, 韩山师范学院计算机与信息工程学院副院长; "
                         "hall '韩山师范学院 东区学术交流中心一楼报告厅', printed over two lines) in the organisers' 2024 "
                         "forum-poster family recoloured: a MAUVE ground with pale MINT frames, PINE-TEAL tabs and plates "
                         "and MUSTARD accents. 9 talks 14:00-18:00 and 茶歇 15:40-16:00: FIRST, 王海涛 over '李　雪' (both "
                         "腾讯云); 黄俊杰 over '刘　敏' (both 阿里云); 周鹏飞; 孙晓东 (English title broken by hand, plate "
                         "at the right); 茶歇; 马俊峰; 郭志强 (a ONE-line biography); 梁建平 (plate at the right); 蔡丽娜 "
                         "over '朱　超' (both 荣耀; the title broken by hand after '手机'); LAST, 徐文亮 (plate at the "
                         "right).",
    "硬件架构与异构计算分论坛.webp": "FORUM POSTER of 硬件架构与异构计算分论坛 (host '赵　勇', 飞腾信息技术有限公司 "
                            "系统软件部部长, a company host; hall '韩山师范学院 图书馆报告厅', on one line): 8 talks "
                            "14:00-17:30 and 茶歇 15:40-16:00. '李　强'; 张立新 over 邝文华 (both 英特尔; uncommon "
                            "surname); '罗　军'; the LATIN Diego Herrera (Arm, English title broken by hand, English "
                            "biography, plate at the right); 茶歇; the title with its English name in brackets over FOUR "
                            "lines, by 谢文博 (a 10-line biography running wide under the photo, plate at the LEFT) over "
                            "'高　洁'; 何志鹏; 王建国 (plate at the right); LAST (17:10-17:30), 吴振华.",
    "AI 基础设施与 eBPF 应用分论坛.webp": "FORUM POSTER of 'AI 基础设施与 eBPF 应用分论坛' (host '王　芳', 鹏城实验室 "
                                   "副研究员; hall '韩山师范学院 计算机楼二楼多功能厅', on one line): 10 talks "
                                   "14:00-18:00 and 茶歇 15:40-15:50 (10 minutes). 刘建华; '杨　帆'; '陈　伟'; 张宇峰 "
                                   "(English title broken by hand, plate at the right); 李晓明 (title broken after '：'); "
                                   "茶歇; 王丽华 over '张　静' (both 天翼云; '张　静' a ONE-line biography); 陈志远 (plate "
                                   "at the right); '胡　斌'; 郑宏伟 (English title broken by hand, plate at the right); "
                                   "LAST, '杨　慧'.",
}
EXPECTED_LINES = {  # every title printed over more than one line, as printed
    "io_uring passthrough在NVMe SSD上的延迟优化": ["io_uring passthrough在", "NVMe SSD上的延迟优化"],
    "Atomic Writes for Databases: From Block Layer to Filesystem": ["Atomic Writes for Databases:",
                                                                    "From Block Layer to Filesystem"],
    "NFSv4.1客户端在大规模容器平台中的性能问题分析": ["NFSv4.1客户端在大规模容", "器平台中的性能问题分析"],
    "OverlayFS copy-up开销在容器镜像构建中的优化": ["OverlayFS copy-up开销", "在容器镜像构建中的优化"],
    "FUSE passthrough在手机文件访问中的性能收益": ["FUSE passthrough在手机", "文件访问中的性能收益"],
    "Upstreaming Arm Server Platform Support: Lessons Learned": ["Upstreaming Arm Server Platform",
                                                                 "Support: Lessons Learned"],
    "面向异构内存的页迁移卸载框架（A DMA-Offloaded Page Migration Framework for Heterogeneous Memory）": [
        "面向异构内存的页迁移卸载框架", "（A DMA-Offloaded Page", "Migration Framework for", "Heterogeneous Memory）"],
    "BPF Arena: Sharing Memory Between BPF and User Space": ["BPF Arena: Sharing Memory", "Between BPF and User Space"],
    "eBPF程序在多内核版本间的可移植性：CO-RE实践": ["eBPF程序在多内核版本间的可移植性：", "CO-RE实践"],
    "Kernel Bypass or Not: Storage Paths for LLM Serving": ["Kernel Bypass or Not:", "Storage Paths for LLM Serving"],
}
BIO_MAX = 10  # the longest biography (谢文博's), in lines; the shortest (郭志强's, 张静's) are one line


def aff_of(s):
    """A slot's affiliations: [] for a talk, as the cards print no company line (biographies are never
    affiliations).  posters-blind-208's."""
    return []


def truth_slot2(s):
    """A slot as truth.json gives it.  Titles as printed (a break's padding '茶　歇' removed).  posters-blind-208's."""
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
    assert sum(1 for k in lines.values() if len(k) > 1) == len(EXPECTED_LINES), lines
    n = [b[2] for b in bios]
    assert min(n) == 1 and max(n) == BIO_MAX, n


COMMON = set("王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
             "钟")  # the fifty commonest surnames and 钟 (posters-blind-181's)
BRIEF = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty surnames the brief names
SURNAMES = {"王": 4, "李": 3, "张": 3, "刘": 2, "陈": 2, "杨": 2}  # and one each of the rest
SINGLES = "黄赵吴周徐孙马胡朱郭何罗高林郑梁谢蔡邝"
RARE = "邝"  # the only surname outside COMMON
TWO_CHAR = ["李雪", "刘敏", "朱超", "赵勇", "李强", "罗军", "高洁", "王芳", "杨帆", "陈伟", "张静", "胡斌", "杨慧"]  # padded


def check(posters):
    """A Saturday; three of CLK2025's forum names; nobody printed twice; no real name or deck title; slots
    contiguous; no company lines on talks; the brief's ingredients (posters-blind-208's, with this set's forums,
    times and counts)."""
    assert saturday(DATE)
    assert int(YEAR) - 2024 + 19 == int(NTH[1:5]), NTH  # 2024 was the 19th
    assert [f[0] for f in FORUMS] == FORUM_NAMES
    names = clk2025_forums()
    if names is not None:
        assert len(names) == 6 and [names[i - 1] for i in FOLDERS] == FORUM_NAMES, names
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
        assert ends[0][0] == "14:00" and breaks == ["茶歇"], (ends, breaks)
        assert f["slots"][-1]["kind"] == "talk"
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == plain(FORUMS[FORUM_NAMES.index(f["forum"])][2][0])
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
            assert s["start"] < s["end"]
            assert s["kind"] in ("talk", "break")
            assert s["affiliations"] == []
    assert [p["forums"][0]["slots"][-1]["end"] for p in posters] == ["18:00", "17:30", "18:00"]
    talks = [s for f in FORUMS for s in f[3] if s["kind"] == "talk"]
    for s in talks:
        assert 1 <= len(s["sp"]) <= 2
        for sp in s["sp"]:
            assert sp["side"] in ("L", "R", "W") and sp["bio"] and sp["line"] is None
            assert sp["side"] != "R" or len(s["sp"]) == 1  # two-speaker cards keep both plates at the left
            assert not sp["spaced"] or len(sp["name"]) == 3
    assert [sum(1 for s in f[3] if s["kind"] == "talk") for f in FORUMS] == [9, 8, 10]
    assert [sum(1 for s in f[3] if len(s["sp"]) == 2) for f in FORUMS] == [3, 2, 1]
    assert len(FS[3][0]["sp"]) == 2 and len(FS[3][1]["sp"]) == 2  # 文件系统与存储 opens with two two-speaker cards
    assert sum(1 for s in talks for sp in s["sp"] if sp["side"] == "W") == 1
    assert sum(1 for s in talks if s["title"].isascii()) == 4
    assert sum(1 for s in talks if "（" in s["title"]) == 1  # the Chinese title with its English name in brackets
    assert sum(1 for s in talks for sp in s["sp"] if latin(sp["name"])) == 1
    two = [p for p in people if len(p) == 2 and not p.isascii()]
    assert sorted(two) == sorted(TWO_CHAR), two
    assert all(len(p) in (2, 3) for p in people if not p.isascii())
    sur = [p[0] for p in people if not p.isascii()]
    rare = [p for p in people if not p.isascii() and p[0] not in COMMON]
    assert sorted(r[0] for r in rare) == sorted(RARE), rare  # the only uncommon surnames
    counts = {c: sur.count(c) for c in set(sur)}
    assert len(sur) == 35, len(sur)
    for c, n in SURNAMES.items():
        assert counts[c] == n, (c, counts)
    assert sorted(c for c in counts if counts[c] == 1) == sorted(SINGLES), counts
    assert set(counts) == set(SURNAMES) | set(SINGLES), counts
    assert set(BRIEF) <= set(counts)  # all twenty surnames the brief names are there
    return sum(1 for f in FORUMS for s in f[3] if s["kind"] == "talk")


def main():
    posters = []
    for forum in FORUMS:
        fn = fn_of(forum[0])
        im = two_pass(W, paint_forum(forum), background)
        assert im.size[0] == W
        path = os.path.join(HERE, fn)
        im.save(path, "WEBP", quality=85, method=4)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert 12800 <= im.size[1] <= 15400, (fn, im.size)  # the real forum posters: 13,097 to 15,083
        assert size < 1.5e6, (fn, size)
        if os.environ.get("KEEP_PNG"):  # to look at by eye; not part of the set
            os.makedirs("/tmp/p215/own", exist_ok=True)
            im.save("/tmp/p215/own/" + forum[0] + ".png")
        posters.append({"file": fn, "layout": layout(fn, im.size), "date": DATE, "forums": [forum_truth2(forum)]})
    n = check(posters)
    print("scored talks", n, "breaks", sum(1 for p in posters for s in p["forums"][0]["slots"] if s["kind"] == "break"))
    assert 24 <= n <= 34, n
    lines = {t[1]: t[3] for log in LOG.values() for t in log if t[0] == "title"}
    print("titles over 2+ lines:", {t: k for t, k in lines.items() if len(k) > 1})
    bios = [(t[0], t[1], t[2]) for log in LOG.values() for t in log if t[0] != "title"]
    print("bios (name, chars, lines):", bios)
    print("halls:", HALL_LINES)
    assert HALL_LINES == {FS[1]: ["韩山师范学院", "东区学术交流中心一楼报告厅"], HW[1]: [HW[1]], AI[1]: [AI[1]]}, HALL_LINES
    check_lines(lines, bios)
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
