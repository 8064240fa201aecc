"""Draw the hundred-and-nineteenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 3191 (第1186届, 曲靖, 曲靖师范学院, Saturday 3191-10-19),
printed as CLK2024's repository prints its forums: ONE POSTER PER FORUM, named by the
forum.  Three of CLK2025's six forum folder names are drawn: 内存管理与优化分论坛.webp,
文件系统与存储分论坛.webp and 'AI 基础设施与 eBPF 应用分论坛.webp'.
All WebP, 1080 px wide and as tall as the real ones, in the family of the organisers'
2024 forum posters (slanted title, 'CLK' ring, date pill, forum plate, host bar, range
tabs in a segmented face, frames with biography, ringed photo and name plate, no
company line), in a NEW colour scheme: MOSS GREEN with MUSTARD frames, MUSTARD-TO-BRICK
tabs and plates and light CERULEAN accents.

This file starts from posters-blind-113/draw.py (helpers copied unchanged; painters
recoloured; biographies in paragraphs; data, skyline, notes and check new); see README.md.
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
# helpers copied unchanged from posters-blind-113/draw.py, which has them unchanged from posters-blind-108/draw.py (which has them from set 104, and that from 79,
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
# CLK 3191 (第1186届), 曲靖, 曲靖师范学院, Saturday 3191-10-19.  ONE edition, three of its forum posters, named by three
# of CLK2025's forum folders (内存管理与优化分论坛, 文件系统与存储分论坛, AI 基础设施与 eBPF 应用分论坛), as CLK2024's
# repository holds one poster per forum.  The three run in parallel in the afternoon from 14:00.
EDITION = "CLK 3191"
YEAR = "3191"
NTH = "第1186届中国"
DATE = "3191-10-19"
DATE_PRINTED = "3191年10月19日"
CITY = "曲靖"
SCHOOL = "曲靖师范学院"
SCHOOL_UNIT = "信息工程学院"
SCHOOL_EN = "College of Information Engineering, Qujing Normal University"
SCHOOL_MARK = "QUJING NORMAL UNIVERSITY"


def P(name, bio, side):
    """A talk's speaker: the biography the card prints (a '\\n' starts a new paragraph on a new line, as the real
    cards break theirs) and the side of his name plate ('R' under the photo, the biography running wide under it;
    'L' under the biography).  No company line: the real cards print none."""
    return S(name, None, None, bio, side=side, line=None)


H1 = "郦卫华"
MEM = ("内存管理与优化分论坛", "曲靖师范学院 图书馆三楼学术报告厅", (H1, "曲靖师范学院信息工程学院副院长、教授"), [
    T("14:00", "14:25", "内存故障隔离：UCE 场景下的页面下线与业务恢复", [P(
        "许国栋",
        "阿里云基础软件部操作系统内核专家，负责阿里云服务器内存可靠性（RAS）方向，"
        "主导了内存 UCE 故障的页面隔离、进程级恢复与热迁移联动方案，在数百万台服务器上落地，显著降低了内存"
        "故障导致的宕机率。\n"
        "长期从事内存管理子系统的开发与维护，向 Linux 上游提交了 memory-failure、hwpoison 相关补丁数十个，"
        "此前在英特尔开源技术中心从事服务器平台 RAS 特性的使能。2012 年硕士毕业于北京邮电大学。", "R")], H1),
    T("14:25", "14:50", "页表页回收：让空闲进程归还 PTE 页", [
        P("方文博",
          "字节跳动 STE 团队内核工程师，负责数据中心服务器的内存效率优化，主导了空闲页表页回收方案的设计与"
          "上游讨论。", "L"),
        P("严佳琪",
          "字节跳动 STE 团队内核工程师，负责方案在线上集群的灰度验证与收益评估。\n"
          "2021 年硕士毕业于东南大学。", "L")], H1),
    T("14:50", "15:15", "CXL Memory Tiering: Promotion Policies That Survive Production", [P(
        "Matthias Keller",
        "Matthias is a Senior Kernel Engineer at SUSE, based in Nuremberg. He works on memory management, "
        "NUMA balancing and memory tiering for SUSE Linux Enterprise, and regularly reviews patches on "
        "linux-mm. Before SUSE he spent six years on HPC systems at a German research centre.", "L")], H1),
    T("15:15", "15:35", "PSI 驱动的内存超卖：在离线混部下的实践", [P(
        "储明轩",
        "网易数帆轻舟团队内核工程师，负责在离线混部集群的内存隔离与超卖策略，基于 PSI 指标设计了"
        "内存压力感知的驱逐机制。", "L")], H1),
    B("15:35", "15:50", "茶歇"),
    T("15:50", "16:10", "MGLRU 在手机上的调参实践", [P(
        "亓明",
        "小米手机系统软件部内核工程师，负责手机内存管理与应用保活策略。", "L")], H1),
    T("16:10", "16:30", "HugeTLB vmemmap 优化（HVO）的线上收益与踩坑", [P(
        "朱海波",
        "腾讯云 TencentOS 内核工程师，负责云服务器大页内存的使用与优化，在云主机与数据库场景推动了 HVO 的"
        "规模化部署，单机节省内存数 GB。熟悉 hugetlbfs、透明大页与内存热插拔相关代码。\n"
        "2017 年本科毕业于华中科技大学，此前在华为从事存储产品的内核开发。", "L")], H1),
    T("16:30", "16:50", "KSM智能合并：虚拟化高密度场景的内存节省", [
        P("綦文静",
          "云南大学信息学院副教授，硕士生导师，研究方向为操作系统内存管理与虚拟化，主持国家自然科学基金项目"
          "一项，在 ASPLOS、EuroSys 等会议发表论文多篇。", "L"),
        P("李浩然", "云南大学信息学院硕士研究生。", "L")], H1),
    T("16:50", "17:10", "Proactive Compaction Without Hurting Tail Latency", [P(
        "杨书恒",
        "华为操作系统内核实验室高级工程师，openEuler 内核 SIG 维护者之一，负责服务器内存碎片整理与大页分配"
        "成功率的优化，主导了主动内存规整在数据库场景中的调优。\n"
        "长期关注内存规整、页面迁移与 pageblock 迁移类型的演进，向上游提交并合入了 compaction 相关的修复，"
        "在 openEuler Summit 上分享过大页碎片治理的经验。加入华为之前，在中兴通讯从事电信级服务器"
        "内核的开发四年。2013 年硕士毕业于西安电子科技大学。", "R")], H1),
    T("17:10", "17:30", "CMA 在车载摄像头场景下的分配失败分析", [P(
        "逄志远",
        "地平线操作系统团队内核工程师，负责智能驾驶域控制器的内存与多媒体驱动，定位并解决了多起摄像头与"
        "编解码器 CMA 分配失败、分配时延过长的问题。", "L")], H1),
])

H2 = "蔺庆年"
FS = ("文件系统与存储分论坛", "曲靖师范学院 信息楼一楼学术厅", (H2, "云南大学软件学院副教授"), [
    T("14:00", "14:25", "ext4 日志提交路径的锁竞争分析与优化", [P(
        "祁永康",
        "华为操作系统内核实验室文件系统工程师，负责 ext4 与 jbd2 在服务器场景下的性能与稳定性，"
        "分析了高并发小文件写入下日志提交路径的锁竞争，相关优化补丁已合入上游。2018 年硕士毕业于"
        "哈尔滨工业大学。", "L")], H2),
    T("14:25", "14:50", "Atomic Writes for Databases: From NVMe to the Filesystem", [P(
        "Zhenyu Ren",
        "Zhenyu is a Principal Member of Technical Staff at Oracle, working on the block layer, XFS and "
        "storage for Oracle Linux. He has worked on untorn writes for databases since 2022.\n"
        "Before Oracle he was a storage engineer at NetApp.", "L")], H2),
    T("14:50", "15:15", "闪存数据分级放置：FDP 在云盘中的实践", [
        P("单启航",
          "京东云存储研发工程师，负责云盘后端的 NVMe SSD 管理与写放大优化。", "L"),
        P("金雅婷",
          "三星半导体（中国）研究开发有限公司应用工程师，负责数据中心 SSD 的客户技术支持，熟悉 NVMe FDP "
          "与 ZNS 等新特性。", "L")], H2),
    T("15:15", "15:40", "overlayfs copy-up 开销在容器镜像构建中的优化", [P(
        "华思雨",
        "美团基础研发平台内核工程师，负责容器运行时与镜像存储相关的内核优化，主导了 overlayfs 元数据"
        "copy-up 与 metacopy 特性在构建集群中的落地，使镜像构建耗时明显下降。熟悉 VFS、overlayfs 与"
        "页缓存的实现，参与公司内核版本升级中的文件系统兼容性验证。\n"
        "此前在新浪从事分布式存储系统的开发，2015 年硕士毕业于大连理工大学，业余时间参与 overlayfs "
        "与 fuse 相关邮件列表的补丁评审。", "R")], H2),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:20", "Case-Insensitive Lookups in ext4 and tmpfs for Game Compatibility", [P(
        "訾立新",
        "腾讯游戏技术中心系统工程师，负责云游戏服务器的操作系统与存储栈，推动大小写不敏感目录在游戏运行"
        "环境中的使用。", "L")], H2),
    T("16:20", "16:40", "virtiofs DAX在安全容器中的性能实践", [
        P("厉强",
          "蚂蚁集团基础设施部技术专家，负责安全容器 Kata 的存储方案，主导了 virtiofs 与 DAX 窗口在线上"
          "的调优。", "L"),
        P("孟晓雯",
          "蚂蚁集团基础设施部工程师，负责安全容器的性能测试与问题定位，熟悉 FUSE 协议与 virtio 设备模型，"
          "2020 年毕业于浙江大学。", "L")], H2),
    T("16:40", "17:00", "UFS 设备上的 discard 与 TRIM 策略调优", [P(
        "揭晓峰",
        "OPPO 操作系统内核工程师，负责手机存储子系统的性能与寿命优化，熟悉 UFS 协议与 f2fs 的垃圾回收机制。\n"
        "2019 年硕士毕业于深圳大学。", "L")], H2),
    T("17:00", "17:20", "btrfs RAID56 写洞问题的现状与修复进展", [P(
        "沈家豪",
        "SUSE 中国研发中心文件系统工程师。", "L")], H2),
    T("17:20", "17:40", "NFS 客户端在大规模训练集群中的元数据缓存优化", [P(
        "令狐俊",
        "快手基础架构部存储研发专家，负责训练平台的共享存储与 NFS 客户端优化，定位并解决了万卡训练任务"
        "启动时元数据风暴导致的集群抖动问题。对 NFS、SUNRPC 与页缓存失效机制有多年的调优经验，主导"
        "设计了客户端属性缓存的分级失效策略，相关修复已回馈上游。\n"
        "此前在百度系统部从事分布式文件系统的研发，2010 年硕士毕业于中国科学技术大学，曾获公司年度"
        "技术突破奖。", "R")], H2),
])

H3 = "汪海宁"
AI = ("AI 基础设施与 eBPF 应用分论坛", "曲靖师范学院 科学会堂二楼报告厅", (H3, "阿里云操作系统团队资深技术专家"), [
    T("14:00", "14:30", "RDMA 网卡中断与 NUMA 亲和：万卡训练集群的调优实践", [
        P("焦文斌",
          "快手异构计算平台内核工程师，负责训练集群服务器的网络与中断调优，主导了 RDMA 网卡中断亲和"
          "与 NUMA 绑定的自动化配置工具。", "L"),
        P("柏雨萱",
          "快手异构计算平台工程师，负责训练任务的通信性能分析。", "L")], H3),
    T("14:30", "15:00", "大模型推理冷启动：模型权重加载的页缓存与预读优化", [P(
        "禤志豪",
        "华为云 AI 平台内核工程师，负责推理服务的启动时延优化，通过调整预读窗口与大页缓存，将百 GB 级"
        "模型权重的加载时间缩短一半。2016 年毕业于华南理工大学。", "L")], H3),
    T("15:00", "15:20", "sched_ext Schedulers for LLM Inference Serving", [P(
        "Julien Marchand",
        "华为巴黎研究所操作系统专家，在法国格勒诺布尔获得博士学位，长期从事调度器与实时系统研究，"
        "目前负责基于 sched_ext 的推理服务调度策略。", "L")], H3),
    T("15:20", "15:40", "bpftrace + USDT：在 PyTorch 训练中定位数据加载瓶颈", [P(
        "眭凯",
        "商汤科技大装置平台系统工程师，负责训练集群的可观测性工具链。", "L")], H3),
    B("15:40", "15:55", "茶歇"),
    T("15:55", "16:15", "eBPF 程序热升级 - 不中断业务的版本切换方案", [P(
        "晁文龙",
        "腾讯 TencentOS 内核工程师，负责网络与安全方向的 eBPF 平台，维护公司内部上百个 eBPF 程序的"
        "发布与升级流程，设计了基于 map 复用与程序原子替换的热升级机制，在数十万台服务器上实现了不中断"
        "业务的版本切换。\n"
        "熟悉 BPF 验证器、BTF 与 libbpf 的实现，向上游提交过 libbpf 与 bpftool 的修复。此前在华为"
        "从事数通产品的转发面开发，2014 年硕士毕业于北京理工大学。", "R")], H3),
    T("16:15", "16:35", "netkit 与 eBPF 在容器网络中的落地", [P(
        "吴桐",
        "携程系统研发部高级工程师，负责容器网络与主机网络栈的性能优化。", "L")], H3),
    T("16:35", "16:55", "GPU 驱动中的 DMA 映射开销：IOMMU 直通与 bounce buffer 的取舍", [P(
        "燕志成",
        "摩尔线程系统软件部驱动工程师，负责 GPU 内核驱动在服务器平台上的 DMA 与 IOMMU 适配，"
        "定位过多起大模型训练中因 DMA 映射开销导致的带宽下降问题。", "L")], H3),
    T("16:55", "17:15", "Rust for BPF: Writing Safe Programs with Aya", [P(
        "游家乐",
        "蔚来汽车数字系统部工程师，负责车端与云端的 eBPF 可观测性平台，用 Rust 与 Aya 重写了内部的"
        "网络监控探针，关注 Rust 在 BPF 开发中的安全性与易用性。", "L")], H3),
    T("17:15", "17:35", "智能网卡卸载 eBPF 程序的可行性与性能评估", [
        P("邵红梅",
          "昆明理工大学信息工程与自动化学院副教授，硕士生导师，研究方向为可编程网络与网络功能卸载，"
          "主持云南省科技计划项目两项。", "L"),
        P("范泽宇",
          "昆明理工大学硕士研究生，研究方向为 eBPF 与 SmartNIC。", "L")], H3),
])

FORUMS = [MEM, FS, AI]
FORUM_NAMES = ["内存管理与优化分论坛", "文件系统与存储分论坛", "AI 基础设施与 eBPF 应用分论坛"]  # three of CLK2025's

SPONSORS = ["曲靖师范学院", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "小米", "OPPO", "海光信息", "蚂蚁集团",
            "麒麟软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "统信软件", "云南省计算机学会", "曲靖市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"]

# names of real speakers and hosts read on the real posters (set 113's list, which is set 79's and 66's, taken
# from the CLK2024 posters as pictures, and the names read in my own strips of 综合分论坛.webp), none of which may
# be used; the listings' names and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "李志", "伍勃", "李扬韬", "邹贻鹏", "廖肇燕", "甄鹏",
              "慕冬亮", "LianboJiang"]


# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# the new colour scheme: MOSS GREEN (deep green to near black, instead of the organisers' royal blue), MUSTARD
# where they print cyan (frames, plates' outlines, rings), MUSTARD-TO-BRICK tabs and plates, a light CERULEAN
# (SKY) where they print pink accents
MUST = (226, 184, 64)
PALE = (232, 238, 222)
FRAME = (214, 174, 62)
DIM = (124, 112, 52)
SKY = (124, 196, 242)
HOLE = (14, 36, 22)  # the hole of a pin, the cut corners of plates
PLATE = (30, 64, 40)  # inside name plates
TAB0, TAB1 = (212, 158, 40), (150, 64, 38)  # tab gradients, bright at the left
BG0, BG1 = (44, 88, 50), (10, 28, 16)  # the page, top to bottom
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 50
PHOTO, PCX, OUTER = 236, 810, 166  # photo diameter, its centre x, the outer ring's radius


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites (set 104's, recoloured)."""
    for r, col, wd in [(200, (96, 150, 104), 3), (160, (220, 170, 60), 6), (118, (248, 232, 176), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(232, 190, 80), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(34, 76, 42), outline=(248, 234, 190), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (250, 238, 200))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(248, 234, 190), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d, hall):
    """The head of every poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, MUST, 1.15)
    seal(d, 668, 84, 30, WHITE)
    d.text((712, 50), SCHOOL, font=font(30, True), fill=WHITE)
    d.text((712, 90), SCHOOL_UNIT, font=font(19, True), fill=WHITE)
    d.text((712, 118), fits(d, SCHOOL_EN, font(10), 360), font=font(10), fill=PALE)
    ring_graphic(d, 810, 660)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=MUST, width=4)
    d.line([(560, 530), (640, 510)], fill=MUST, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.rounded_rectangle([x0, y0, x1, y1], radius=14, outline=MUST, width=3)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, SKY, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, MUST, 1.2)
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
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=(124, 196, 242) if i % 2 else (226, 184, 64), width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on a mustard-to-brick plate with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(176, 120, 44))
    hgrad(d, x0, y, x1, y + h, (214, 160, 44), (146, 62, 36))
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=HOLE)
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=HOLE)
    d.line([(x1 - 200, y - 14), (x1 + 60, y - 14)], fill=SKY, width=6)
    slant_text(im, 0, y + 8, text, f, WHITE, 0.18, cx=W / 2)
    return y + h


def arrows(d, x, y, right, fill, n=3, s=14):
    for j in range(n):
        ax = x + j * (s + 8) if right else x - j * (s + 8)
        k = 1 if right else -1
        d.line([(ax, y - s), (ax + k * s, y), (ax, y + s)], fill=fill, width=4)


def host_bar(d, y, host):
    hgrad(d, X0, y, X1, y + 78, (34, 80, 44), (128, 92, 36))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, SKY)
    arrows(d, X1 - 34, y + 39, False, SKY)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(120, 110, 50), (232, 190, 74)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a mustard-to-brick bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(246, 230, 180), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def open_band(d, y, s):
    """The opening band of 主论坛: the range in the digital face, '>>>', the label at the right."""
    h = 84
    hgrad(d, X0, y, X1, y + h, TAB0, (34, 80, 44))
    d.rectangle([X0, y, X1, y + h], outline=(246, 230, 180), width=2)
    seg_text(d, X0 + 34, y + 20, rng(s), 44, WHITE)
    arrows(d, 660, y + h / 2, True, WHITE)
    rtext(d, X1 - 70, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(96, 140, 104), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=MUST, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(160, 130, 60), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=MUST)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side):
    """The name plate: an outlined box, darker inside, the name bold (padded); a tail line under it.
    Returns the foot of the tail line and the plate's left edge and width."""
    f = font(40, True)
    text = pad(name)
    w = max(340, tw(d, text, f) + 110)
    x0 = X0 + 46 if side == "L" else X1 - w
    d.rectangle([x0, y, x0 + w, y + 72], fill=PLATE, outline=MUST, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=MUST, width=3)
    if side == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=MUST, width=3)
    else:
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=MUST, width=3)
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
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=MUST, width=4)
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
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=MUST)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=SKY, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


# titles the designer broke by hand, where the even break would fall badly (the lines joined, with a space
# between Latin and Chinese words as printed, give the title)
BREAKS = {
    "eBPF 程序热升级 - 不中断业务的版本切换方案": ["eBPF 程序热升级 -", "不中断业务的版本切换方案"],
    "Rust for BPF: Writing Safe Programs with Aya": ["Rust for BPF:", "Writing Safe Programs with Aya"],
}


def title_lines(d, title, f):
    """The title's lines: as broken by hand in BREAKS, else after '：' where it has one, before a parenthesised
    English gloss where it has one (as the organisers break '...机制' / '(On-demand ...'), else evenly."""
    if title in BREAKS:
        assert title in (" ".join(BREAKS[title]), "".join(BREAKS[title]))
        return [fits(d, ln, f, 780) for ln in BREAKS[title]]
    head, sep, tail = title.partition("（")
    if sep:
        return wrap_nicely(d, head, f, 780) + wrap(d, sep + tail, f, 780)
    return wrap_nicely(d, title, f, 780)


def talk_card(im, d, y, s, log, chev_x):
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 48
    tf = font(38, True)
    tl = title_lines(d, s["title"], tf)
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=MUST)
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


def break_card(im, d, y, s, chev_x):
    """A tea break: chevrons, the tab, a short frame holding a plate with a cup and the label."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 40
    f = font(42, True)
    x0, w = X0 + 46, 340
    d.rectangle([x0, y, x0 + w, y + 78], fill=PLATE, outline=MUST, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=MUST, width=3)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=MUST, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=MUST)
    meal_mark(d, x0 + 60, y + 20, s, SKY, 1.2)
    ctext(d, x0 + w / 2 + 26, y + 10, s["title"], f, WHITE)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=MUST)
    return bot + 40


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(236, 240, 226), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 52, y + h / 2, 26, WHITE)
        f = font(34, True, serif=True)
        d.text((x + 92, y + 16), fits(d, SCHOOL, f, w - 104), font=f, fill=WHITE)
        d.text((x + 94, y + 66), fits(d, SCHOOL_MARK, font(11, True), w - 104), font=font(11, True), fill=PALE)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (34, 80, 44), (232, 190, 74))
    hgrad(d, x0, y, x0 + w, y + h, (214, 160, 44), (146, 62, 36))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=HOLE)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=SKY, width=6)
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
    qrcode(d, W / 2 - 160, y + 40, 320, 3191)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "现场参会可领取大会纪念品，数量有限，先到先得", font(30), PALE)
    ctext(d, W / 2, y + 52, "本次活动最终解释权归主办方所有", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "珠江源头 · 共话 Linux 内核", font(54, True), MUST, 0.18, cx=W / 2)
    return int(y + 620)


def skyline(im, h):
    """The foot: Qujing at the source of the Pearl River: the layered Wumeng hills, a spring falling from a rock
    into the young river, a pavilion on a knoll, the city's towers, the river's ripples."""
    d = ImageDraw.Draw(im)
    base = h - 40
    for k, (col, amp, off) in enumerate([((30, 62, 36), 150, 0), ((22, 50, 30), 110, 90)]):  # two ranges of hills
        pts = [(0, base)]
        for x in range(0, W + 40, 40):
            pts.append((x, base - 60 - amp * (0.55 + 0.45 * math.sin((x + off) / 170.0 + k))))
        pts.append((W, base))
        d.polygon(pts, fill=col)
    col2, win = (16, 40, 24), (244, 214, 130)
    for bx, bw, bh in [(640, 70, 200), (720, 92, 270), (826, 64, 180), (900, 86, 236)]:  # towers of the city
        d.rectangle([bx, base - bh, bx + bw, base], fill=col2)
        for wy in range(base - bh + 16, base - 20, 30):
            for wx in range(bx + 12, bx + bw - 14, 22):
                d.rectangle([wx, wy, wx + 9, wy + 14], fill=win)
    d.polygon([(40, base), (60, base - 150), (120, base - 190), (170, base - 120), (190, base)], fill=(18, 44, 26))
    for k in range(5):  # the spring falling from the rock
        d.line([(150 + k * 6, base - 150 + k * 4), (156 + k * 6, base - 10)], fill=(150, 206, 240), width=2)
    kx, ky = 430, base - 150  # a pavilion on a knoll: two roofs with turned-up eaves, four posts
    d.ellipse([330, ky + 20, 530, ky + 200], fill=(26, 56, 32))
    for r, yy in ((70, ky - 40), (52, ky - 80)):
        d.polygon([(kx - r - 14, yy + 6), (kx - r, yy + 14), (kx + r, yy + 14), (kx + r + 14, yy + 6), (kx, yy - 24)],
                  fill=(214, 170, 60))
    for px in (kx - 50, kx - 18, kx + 18, kx + 50):
        d.line([(px, ky - 24), (px, ky + 30)], fill=(214, 170, 60), width=4)
    d.line([(kx, ky - 104), (kx, ky - 126)], fill=(214, 170, 60), width=4)
    for k in range(4):  # the young river
        yy = base + 2 + k * 10
        for x in range(0, W, 60):
            d.arc([x, yy - 8, x + 60, yy + 8], 200, 340, fill=(124, 196, 242), width=2)
    ctext(d, W / 2, h - 28, SCHOOL, font(20, True, serif=True), (250, 238, 200))


def background(w, h):
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (230, 180, 60), 0.26)
    im = glow(im, 100, 1200, 300, (110, 180, 240), 0.16)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (230, 180, 60) if k % 2 else (110, 180, 240), 0.12)
    im = glow(im, 540, h - 300, 500, (230, 180, 60), 0.18)
    d = ImageDraw.Draw(im)
    rnd = random.Random(3191)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(70, 120, 70), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(248, 234, 190))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(70, 120, 70), width=2)
    skyline(im, h)
    return grain(im, 3191, 0.01)


LOG = {}


def paint_forum(forum):
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
    (set 71's check, copied through set 79)."""
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
    "Same schema and conventions as posters-blind-43 (and -59, -101, -108, -113): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('亓　明' -> '亓明', '厉　强' -> '厉强', '眭　凯' -> '眭凯', "
    "'吴　桐' -> '吴桐'; the Latin names 'Matthias Keller' -> 'MatthiasKeller', 'Zhenyu Ren' -> 'ZhenyuRen', 'Julien "
    "Marchand' -> 'JulienMarchand'); host is the chair printed for the forum covering the slot, null for breaks; "
    "start/end always HH:MM on a 24-hour clock; break titles are as printed ('茶歇'). ONE invented edition, CLK 3191 "
    "(第1186届, 曲靖, host school 曲靖师范学院 with its 信息工程学院 at the top right, Saturday 3191-10-19), printed as "
    "CLK2024's repository holds its forums: ONE POSTER PER FORUM, each named by its forum, here THREE of CLK2025's six "
    "forum folder names (without their numbers): '内存管理与优化分论坛.webp', '文件系统与存储分论坛.webp' and 'AI "
    "基础设施与 eBPF 应用分论坛.webp' (with its spaces, on the plate and in the file name alike). 主论坛 and the other "
    "afternoon forums are not drawn, and there is no whole-agenda picture, so every talk is on one picture only and is "
    "listed once. The three forums run in parallel in the afternoon, each from 14:00; every forum's date is the "
    "edition's. Each poster is one entry holding its one forum. 27 scored talks (9 + 9 + 9, all kind 'talk'; no round "
    "table, no opening, no lunch), 3 breaks (one '茶歇' per forum: 15:35-15:50, 15:40-16:00, 15:40-15:55). THE HEAD "
    "(logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the seal, '曲靖师范学院' / '信息工程学院' and its English "
    "name, '第1186届中国' / 'Linux内核开发者大会', the ring '3191' / 'CLK', the date pill '3191年10月19日' + pin + '曲靖', "
    "'地址：' and the forum's hall on one line) and THE FOOT ('赞助单位', '支持单位', '支持媒体' on plates over word-mark "
    "boxes, the QR code, '扫码报名', two caption lines, the slogan '珠江源头 · 共话 Linux 内核', the school's name in the "
    "skyline) are never part of a name, a title or a slot. The forum is the name on the slanted plate under the head. "
    "The HOST is the name in the bar '>>>　主持人：name　<<<' (郦卫华, 蔺庆年, 汪海宁); the line '·　unit　·' under it is "
    "nobody's affiliation. Each talk after a pair of V marks (the first at the right, the others at the left): the "
    "RANGE on a TAB at the top left of a frame, drawn in a SEGMENTED seven-segment 'digital' face ('14:00 - 14:25' as "
    "glyphs), as the organisers' forum posters print ranges; the range on a tab belongs to the frame under it. In the "
    "frame the bold title, then per speaker a BIOGRAPHY at the left, a ringed round photo at the right and the framed "
    "NAME PLATE under them: at the left under a short biography, at the right (under the photo) where a long biography "
    "runs wide under the photo, as on the real cards. Some biographies are set in PARAGRAPHS (a new sentence starts a "
    "new line, as the real cards break theirs). AFFILIATIONS: like the real 2024 cards these print NO company line, so "
    "every talk's affiliations are [] although each biography opens with or names the speaker's company or school; "
    "biographies are nowhere in the truth, and the companies and schools they name (former employers such as 英特尔开源"
    "技术中心, 中兴通讯, 华为, 新浪, 百度, NetApp; the schools people graduated from; 'SUSE' and 'Oracle' in the English "
    "biographies) are no speakers and no affiliations. TWO SPEAKERS of one talk (six talks) are two biography-photo-"
    "plate blocks one under the other in ONE frame under ONE title and ONE tab, both plates at the left as on the real "
    "two-speaker cards; they are given top then bottom: 方文博 then 严佳琪 (both 字节跳动), 綦文静 then 李浩然 (a teacher "
    "and her student, 云南大学) (内存管理与优化分论坛); 单启航 (京东云) then 金雅婷 (三星半导体), 厉强 then 孟晓雯 (both 蚂蚁"
    "集团) (文件系统与存储分论坛); 焦文斌 then 柏雨萱 (both 快手), 邵红梅 then 范泽宇 (a teacher and her student, 昆明理工"
    "大学) (AI 基础设施与 eBPF 应用分论坛). The second block's name belongs to the same talk, not to the next frame. "
    "TITLES over two lines are one title: joined without a space inside Chinese text and after '：' ('内存故障隔离：' / "
    "'UCE 场景下的页面下线与业务恢复', 'NFS 客户端在大规模训练' / '集群中的元数据缓存优化'), without a space before a "
    "full-width parenthesis ('HugeTLB vmemmap 优化' / '（HVO）的线上收益与踩坑'), with a space between Latin words "
    "('Proactive Compaction' / 'Without Hurting Tail Latency', 'Rust for BPF:' / 'Writing Safe Programs with Aya') and "
    "with the typed space after a spaced hyphen: 'eBPF 程序热升级 -' / '不中断业务的版本切换方案' -> 'eBPF 程序热升级 - "
    "不中断业务的版本切换方案' (the hyphen and its spaces are part of the title, as the organisers print 'A - B' titles). "
    "Titles are as typed: two run Latin into Chinese without a space ('KSM智能合并：虚拟化高密度场景的内存节省', "
    "'virtiofs DAX在安全容器中的性能实践'). ENGLISH-ONLY titles (6): 'CXL Memory Tiering: Promotion Policies That "
    "Survive Production' (the Latin Matthias Keller of SUSE, ENGLISH biography), 'Proactive Compaction Without Hurting "
    "Tail Latency' (杨书恒, Chinese biography), 'Atomic Writes for Databases: From NVMe to the Filesystem' (the Latin "
    "Zhenyu Ren, a Chinese name printed in Latin letters, given name first, of Oracle, ENGLISH biography), "
    "'Case-Insensitive Lookups in ext4 and tmpfs for Game Compatibility' (訾立新), 'sched_ext Schedulers for LLM "
    "Inference Serving' (the Latin Julien Marchand of 华为巴黎研究所, a CHINESE biography), 'Rust for BPF: Writing Safe "
    "Programs with Aya' (游家乐). Biographies of 1 to 9 lines. Talks of 20, 25 and 30 minutes. Compound surname 令狐 "
    "(令狐俊); uncommon surnames 郦, 蔺 (hosts), 亓, 綦, 逄, 訾, 厉, 揭, 禤, 眭, 晁, 燕, 储. No person is printed twice."
)
LAYOUTS = {
    "内存管理与优化分论坛.webp": "FORUM POSTER of 内存管理与优化分论坛 (host 郦卫华, 曲靖师范学院信息工程学院副院长、教授; "
                          "hall 曲靖师范学院 图书馆三楼学术报告厅) in the organisers' 2024 forum-poster family "
                          "recoloured MOSS GREEN with MUSTARD frames, MUSTARD-TO-BRICK tabs and plates and CERULEAN "
                          "accents: 9 talks 14:00-17:30 (25 and 20 minutes) and 茶歇 15:35-15:50. 许国栋 (a 9-line "
                          "biography in two paragraphs, plate at the right; title broken after '：'); 方文博 over 严佳琪 "
                          "(字节跳动, both plates left); the English title of the Latin Matthias Keller (SUSE, English "
                          "biography); 储明轩; 茶歇; 亓明 ('亓　明', a two-line biography); 朱海波 (title broken before "
                          "'（HVO）'); 綦文静 over 李浩然 (云南大学, a one-line biography); 杨书恒 (English title, plate "
                          "at the right); 逄志远.",
    "文件系统与存储分论坛.webp": "FORUM POSTER of 文件系统与存储分论坛 (host 蔺庆年, 云南大学软件学院副教授; hall 曲靖师范学院 "
                          "信息楼一楼学术厅): 9 talks 14:00-17:40 (25 and 20 minutes) and 茶歇 15:40-16:00. 祁永康; the "
                          "English title of the Latin Zhenyu Ren (Oracle, English biography in two paragraphs); 单启航 "
                          "(京东云) over 金雅婷 (三星半导体); 华思雨 (a 9-line biography, plate at the right); 茶歇; 訾立新 "
                          "(English title); 厉强 ('厉　强') over 孟晓雯 (蚂蚁集团); 揭晓峰; 沈家豪 (a one-line biography); "
                          "令狐俊 (plate at the right).",
    "AI 基础设施与 eBPF 应用分论坛.webp": "FORUM POSTER of 'AI 基础设施与 eBPF 应用分论坛' (host 汪海宁, 阿里云操作系统团队"
                                   "资深技术专家, a company host; hall 曲靖师范学院 科学会堂二楼报告厅): 9 talks "
                                   "14:00-17:35 (30 and 20 minutes) and 茶歇 15:40-15:55. 焦文斌 over 柏雨萱 (快手); "
                                   "禤志豪; the English title of the Latin Julien Marchand (Chinese biography); 眭凯 "
                                   "('眭　凯'); 茶歇; 晁文龙 (the title broken after its ' -', plate at the right); "
                                   "吴桐 ('吴　桐'); 燕志成; 游家乐 (English title broken after 'BPF:'); 邵红梅 over "
                                   "范泽宇 (昆明理工大学).",
}
EXPECTED_LINES = {
    "内存故障隔离：UCE 场景下的页面下线与业务恢复": 2,
    "CXL Memory Tiering: Promotion Policies That Survive Production": 2,
    "HugeTLB vmemmap 优化（HVO）的线上收益与踩坑": 2,
    "Proactive Compaction Without Hurting Tail Latency": 2,
    "Atomic Writes for Databases: From NVMe to the Filesystem": 2,
    "overlayfs copy-up 开销在容器镜像构建中的优化": 2,
    "Case-Insensitive Lookups in ext4 and tmpfs for Game Compatibility": 2,
    "NFS 客户端在大规模训练集群中的元数据缓存优化": 2,
    "RDMA 网卡中断与 NUMA 亲和：万卡训练集群的调优实践": 2,
    "大模型推理冷启动：模型权重加载的页缓存与预读优化": 2,
    "sched_ext Schedulers for LLM Inference Serving": 2,
    "bpftrace + USDT：在 PyTorch 训练中定位数据加载瓶颈": 2,
    "eBPF 程序热升级 - 不中断业务的版本切换方案": 2,
    "GPU 驱动中的 DMA 映射开销：IOMMU 直通与 bounce buffer 的取舍": 2,
    "Rust for BPF: Writing Safe Programs with Aya": 2,
}


def layout(fn, size):
    return "%s (第1186届), 曲靖, %s (WebP q85, %d x %d): " % ((EDITION, DATE) + size) + LAYOUTS.get(fn, "")


def check_lines(lines, bios):
    """The title breaks the notes name, and the spread of biography lengths."""
    for t, k in EXPECTED_LINES.items():
        assert lines[t] == k, (t, lines[t], k)
    assert sum(1 for k in lines.values() if k > 1) == len(EXPECTED_LINES), lines
    n = [b[2] for b in bios]
    assert min(n) <= 1 and max(n) >= 9, n


# ===========================================================================
def truth_slot2(s):
    """A slot as truth.json gives it.  Titles as printed.  Affiliations: [] everywhere, as the cards print no
    company line (biographies are never affiliations)."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": [],
            "host": s["host"] and plain(s["host"])}


def forum_truth2(forum):
    return {"forum": forum[0], "date": DATE, "slots": [truth_slot2(s) for s in forum[3]]}


def fn_of(name):
    return name + ".webp"


def listing_forums():
    """CLK2025's forum folder names, without their numbers, in folder order, when the corpus is there."""
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if not os.path.exists(p):
        return None
    out = []
    with open(p, encoding="utf-8") as fh:
        for ln in fh.read().splitlines()[1:]:
            m = re.match(r"^\d+ ([^/]+)/", ln.split("\t")[0])
            if m and m.group(1) not in out:
                out.append(m.group(1))
    return out


def check(posters):
    """A Saturday; three of CLK2025's forum names; nobody printed twice; no real name or deck title; slots
    contiguous; no company lines; the brief's ingredients."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == FORUM_NAMES
    names = listing_forums()
    if names is not None:
        assert len(names) == 6 and [n for n in names if n in FORUM_NAMES] == FORUM_NAMES, names
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
        assert ends[0][0] == "14:00"
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
            assert s["start"] < s["end"]
            assert s["affiliations"] == []
    slots = [s for f in FORUMS for s in f[3]]
    talks = [s for s in slots if s["kind"] == "talk"]
    for forum in FORUMS:
        assert [s["title"] for s in forum[3]].count("茶歇") == 1
        assert [s["kind"] for s in forum[3]].count("break") == 1
        for s in forum[3]:
            assert s["kind"] == "break" or 1 <= len(s["sp"]) <= 2
            for sp in s["sp"]:
                assert sp["side"] in ("L", "R") and sp["bio"] and sp["line"] is None
    assert sum(1 for s in talks if len(s["sp"]) == 2) >= 5
    assert sum(1 for s in talks if s["title"].isascii()) >= 5
    assert sum(1 for s in talks for sp in s["sp"] if latin(sp["name"])) == 3
    return len(talks)


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
        assert 13000 <= im.size[1] <= 15200, (fn, im.size)
        assert size < 1.5e6, (fn, size)
        posters.append({"file": fn, "layout": layout(fn, im.size), "date": DATE, "forums": [forum_truth2(forum)]})
    n = check(posters)
    print("scored talks", n, "breaks", sum(1 for p in posters for s in p["forums"][0]["slots"] if s["kind"] == "break"))
    assert 25 <= n <= 36, n
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
