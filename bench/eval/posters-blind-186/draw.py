"""Draw the hundred-and-eighty-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 4463 (第2458届, 德州, 德州学院, Saturday 4463-10-20),
printed as CLK2024's repository prints its forums: ONE POSTER PER FORUM, named by the
forum.  The forums are three of CLK2025's six, as its repository's folders name them
without their numbers: 内存管理与优化分论坛, 文件系统与存储分论坛 and
AI 基础设施与 eBPF 应用分论坛, all three in parallel in the afternoon.  All WebP,
1080 px wide and as tall as the real ones, in the family of the organisers' 2024 forum
posters (slanted title, 'CLK' ring, date pill, forum plate, host bar, range tabs in a
segmented face, frames with a justified biography, ringed photo and name plate, no
company line), in a NEW colour scheme: a TANGERINE ground (burnt orange to a deep rust
brown) with TURQUOISE frames and tabs and LEMON accents.

This file starts from posters-blind-181/draw.py (helpers copied unchanged, painters
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
# helpers copied unchanged from posters-blind-181/draw.py (which has them from posters-blind-174, -162, -149, -145,
# -137, -131, -125, -119, -113, 108, 104, 79, 66, 65, 62 and 59): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
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
# copied unchanged from posters-blind-181/draw.py (which has them from posters-blind-174, -162 and -66): SEGS,
# seg_advance, seg_width, seg_text (the segmented digital face of the ranges), slant_text, hgrad, and (below) portrait

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
# CLK 4463 (第2458届), 德州, 德州学院, Saturday 4463-10-20.  ONE edition, three of its forum posters, named by
# CLK2025's forum folders 2, 3 and 6 without their numbers (内存管理与优化分论坛, 文件系统与存储分论坛,
# AI 基础设施与 eBPF 应用分论坛), as CLK2024's repository holds one poster per forum.  All three in parallel in the
# afternoon: 文件系统与存储分论坛 from 13:30 (ten talks), the other two from 14:00.
EDITION = "CLK 4463"
YEAR = "4463"
NTH = "第2458届中国"
DATE = "4463-10-20"
DATE_PRINTED = "4463年10月20日"
CITY = "德州"
SCHOOL = "德州学院"
SCHOOL_UNIT = "计算机与信息学院"
SCHOOL_EN = "School of Computer and Information, Dezhou University"
SCHOOL_MARK = "DEZHOU UNIVERSITY"


def P(name, bio, side, spaced=False):
    """A talk's speaker: the biography the card prints (a '\\n' starts a new paragraph on a new line, as the real
    cards break theirs), the side of his name plate ('R' under the photo, the biography running wide under it;
    'L' under the biography) and whether a three-character name is letter-spaced on the plate.  No company line:
    the real cards print none.  posters-blind-181's."""
    return S(name, None, None, bio, side=side, line=None, spaced=spaced)


H1 = "刘志强"
MEM = ("内存管理与优化分论坛", "德州学院 学术交流中心第一报告厅", (H1, "德州学院计算机与信息学院副院长、教授"), [
    T("14:00", "14:20", "从kcompactd的唤醒频率看内存规整开销", [P(
        "李晓明",
        "阿里云智能集团操作系统团队内核工程师，龙蜥社区内存 SIG 成员，主要负责云服务器内核的内存碎片治理与大页"
        "可用性优化，定位并修复了多起由内存规整引发的业务抖动问题。", "R", True)], H1),
    T("14:20", "14:40", "memcg统计刷新延迟导致的监控读取卡顿", [P(
        "陈伟",
        "字节跳动 STE 团队内核工程师，专注于 cgroup 与内存可观测性。", "L")], H1),
    T("14:40", "15:10", "Why Is My RSS So Large? Accounting Shared Memory in cgroups", [P(
        "吴俊杰",
        "腾讯 TencentOS 内核团队高级工程师，负责公司容器平台的内存隔离与计量，参与了 cgroup v2 在数百万台服务器上"
        "的迁移与问题攻关。\n"
        "此前在英特尔开源技术中心从事内存管理相关开发，2013 年硕士毕业于哈尔滨工业大学。", "R", True)], H1),
    T("15:10", "15:40", "手机相机场景下CMA分配失败的分析与改进", [
        P("周婷",
          "OPPO 高级内核工程师，负责手机平台的内存管理与多媒体内存分配，在 CMA 与 DMA-BUF 堆的稳定性方面有多年"
          "经验。", "L"),
        P("孙鹏飞",
          "OPPO 内核工程师。", "L", True)], H1),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:20", "内存回收中的脏页回写节流与kswapd卡顿", [P(
        "黄磊",
        "美团基础研发平台内核工程师，负责在线服务主机的内存回收与 IO 稳定性。", "L")], H1),
    T("16:20", "16:40", "SLUB每CPU缓存在256核服务器上的扩展性", [P(
        "马超",
        "海光信息技术股份有限公司系统软件部内核技术专家，负责海光处理器平台的 Linux 内核性能优化，长期关注多核扩展"
        "性、NUMA 与内存分配器的性能问题，向上游社区提交过多个 slab 与调度相关的补丁。\n"
        "加入海光之前，他在曙光信息从事高性能计算集群的操作系统研发近十年，参与了多套国产超级计算机的系统软件"
        "部署与调优。2008 年硕士毕业于中国科学技术大学计算机科学与技术系，研究方向为并行计算与操作系统。\n"
        "业余时间他是本地开源技术沙龙的组织者之一。",
        "R")], H1),
    T("16:40", "17:00", "面向Arm64服务器的4K与64K页大小选型", [P(
        "唐建军",
        "华为鲲鹏计算 openEuler 内核团队技术专家，负责鲲鹏服务器的内存管理特性与性能调优。", "L", True)], H1),
    T("17:00", "17:20", "内存错误注入与EDAC上报链路的验证", [P(
        "于丽娟",
        "浪潮信息服务器系统软件部高级工程师，负责服务器内存 RAS 特性的设计与验证，熟悉 EDAC、APEI 与固件优先的"
        "错误处理流程，主导搭建了公司内部的内存错误注入测试平台。", "R", True)], H1),
    T("17:20", "17:40", "嵌入式设备启动阶段memblock预留内存的瘦身", [P(
        "冯文斌",
        "中兴通讯操作系统产品部嵌入式 Linux 技术专家，负责通信设备上 Linux 系统的裁剪与启动优化，在内存占用与启动"
        "时间优化方面积累了丰富经验。", "L")], H1),
])

H2 = "张海涛"
FS = ("文件系统与存储分论坛", "德州学院 图书馆五楼报告厅", (H2, "华为操作系统内核实验室文件系统技术专家"), [
    T("13:30", "13:55", "ext4大目录htree在百万文件下的查找性能", [P(
        "杨志勇",
        "京东零售基础架构部存储内核工程师，负责分布式存储节点的本地文件系统选型与调优。", "L", True)], H2),
    T("13:55", "14:20", "FUSE直通模式在手机媒体存储中的应用", [P(
        "程静怡",
        "vivo 操作系统内核专家，负责 Android 存储子系统，主导了 FUSE 直通模式在量产机型上的落地，使相册与视频类"
        "应用的读取性能明显提升。\n"
        "2015 年硕士毕业于南京大学。", "R")], H2),
    T("14:20", "14:45", "Casefolding in ext4: Where Unicode Meets the Dentry Cache", [P(
        "Niels Jansen",
        "Niels is a senior software engineer in Red Hat's filesystem team in Brno, where he works on ext4, the VFS "
        "and filesystem testing with fstests.\n"
        "Before joining Red Hat he spent six years building storage appliances in Eindhoven.", "R")], H2),
    T("14:45", "15:10", "dm-crypt在NVMe上的多队列并行加解密", [
        P("王海波",
          "深信服科技存储研发部资深工程师，负责超融合平台的存储加密与数据安全，主导了全盘加密方案在 NVMe 存储上的"
          "性能优化。", "L", True),
        P("赵宇飞",
          "深信服科技存储研发部工程师，负责加密模块的性能测试与调优。", "L")], H2),
    B("15:10", "15:30", "茶歇"),
    T("15:30", "15:55", "SMB内核客户端在混合办公环境中的稳定性改进", [P(
        "徐明华",
        "统信软件内核研发部高级工程师，负责桌面操作系统的网络文件系统与外设存储支持，修复了 SMB 内核客户端在断网"
        "重连、休眠唤醒等场景下的多个问题，相关补丁已合入上游。", "R", True)], H2),
    T("15:55", "16:20", "blk-throttle在多租户云盘中的限速精度问题", [P(
        "郑浩",
        "天翼云操作系统团队高级工程师，负责云主机块存储 IO 路径的性能与隔离。", "L")], H2),
    T("16:20", "16:45", "When fsync Lies: Power-Loss Testing on Consumer SSDs", [P(
        "张晨阳",
        "联想智能设备业务群操作系统工程师，负责笔记本平台的存储可靠性验证，搭建了自动化断电测试平台，覆盖数十款"
        "消费级 SSD。", "L")], H2),
    T("16:45", "17:10", "大容量机械盘SCSI错误处理的超时调优", [P(
        "高志刚",
        "中科曙光存储产品部内核技术专家，从事存储系统软件研发十五年，负责高密度存储服务器的块设备驱动、SCSI 中间层"
        "与多路径软件，长期关注大容量机械硬盘在故障场景下的超时、重试与隔离策略。\n"
        "他参与了多个超算中心存储系统的建设与运维保障。2006 年毕业于山东大学计算机系，此前在浪潮从事 RAID 卡驱动"
        "开发。", "R", True)], H2),
    T("17:10", "17:35", "NFSv4.1委托机制在开发机集群中的收益", [
        P("李娜",
          "网易杭州研究院基础架构部技术专家，负责公司研发云平台的存储服务。", "L"),
        P("梁俊峰",
          "网易杭州研究院基础架构部内核工程师，负责 NFS 客户端与服务端的问题分析与性能优化。", "L", True)], H2),
])

H3 = "王宁"
AI = ("AI 基础设施与 eBPF 应用分论坛", "德州学院 计算机与信息学院 学术报告厅", (H3, "山东大学计算机科学与技术学院副教授"), [
    T("14:00", "14:30", "推理网关中SO_REUSEPORT与eBPF选择器的负载分发", [P(
        "刘洋",
        "科大讯飞 AI 研究院平台工程师，负责大模型推理平台的网络与内核优化。", "L")], H3),
    T("14:30", "15:00", "训练任务启动阶段的大规模mmap与页缓存预热", [
        P("张建华",
          "百度智能云 AI 基础设施部资深工程师，负责训练平台的存储与数据加载链路，主导了训练任务启动加速项目，将千卡"
          "任务的启动时间缩短了一半以上。", "L", True),
        P("陈佳怡",
          "北京大学计算机学院博士研究生，研究方向为存储系统。", "L")], H3),
    T("15:00", "15:30", "基于BPF的TCP重传诊断工具在训练集群中的使用", [P(
        "宋文涛",
        "快手基础架构部高级技术专家，负责数据中心网络与主机内核的可观测性建设，主导开发了基于 eBPF 的网络诊断工具"
        "集，覆盖在线服务与训练集群的全部主机，日常支撑丢包、重传与时延问题的定位。\n"
        "此前在阿里巴巴从事虚拟交换机与网络协议栈开发。", "R", True)], H3),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:05", "CO-RE在多内核版本发行版上的兼容实践", [P(
        "姜帆",
        "麒麟软件内核研发中心工程师，负责 eBPF 相关工具在麒麟操作系统上的适配与维护。", "L")], H3),
    T("16:05", "16:25", "AI集群RoCE网络PFC死锁的内核侧排查", [P(
        "韩冬梅",
        "中国移动云能力中心网络技术专家，负责智算中心 RoCE 网络的运维保障与问题分析，参与编写了集团智算网络的"
        "故障处理规范。", "R")], H3),
    T("16:25", "16:45", "DPU卸载eBPF网络程序的探索", [P(
        "王宏伟",
        "中科驭数软件研发部技术总监，负责 DPU 软件栈与内核驱动，曾在华为从事智能网卡研发。", "L", True)], H3),
    T("16:45", "17:05", "基于eBPF的容器租户网络流量计量", [P(
        "逄永刚",
        "浪潮云操作系统团队工程师。", "L", True)], H3),
    T("17:05", "17:25", "Keeping GPUs Fed: Kernel Bottlenecks in Inference Serving", [P(
        "崔浩然",
        "商汤科技大装置事业群系统软件工程师，负责推理集群主机侧的性能分析与优化，关注 GPU 驱动、PCIe 与内核调度"
        "之间的交互。", "L")], H3),
    T("17:25", "17:45", "大模型推理节点的内存超分与快速回收", [P(
        "李建平",
        "腾讯云 TencentOS 内核专家，负责推理节点的内存管理与超分方案，主导设计了面向模型权重文件的快速回收机制。\n"
        "他也是 OpenCloudOS 社区内核 SIG 的维护者之一，2010 年硕士毕业于武汉大学。", "R", True)], H3),
])

FORUMS = [MEM, FS, AI]
FORUM_NAMES = ["内存管理与优化分论坛", "文件系统与存储分论坛", "AI 基础设施与 eBPF 应用分论坛"]  # CLK2025's folders 2, 3, 6

SPONSORS = ["德州学院", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "浪潮信息", "统信软件", "蚂蚁集团"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "开放原子开源基金会", "山东省计算机学会",
           "德州市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "SegmentFault 思否", "Linux 中国"]


# names of real speakers and hosts read on the real posters (set 181's list, which is set 174's, 162's, 149's, 145's,
# 137's, 131's, 125's, 119's, 113's, 79's and 66's, taken from the CLK2024 posters as pictures), none of which may be
# used; the listings' names and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "李志", "伍勃", "李扬韬", "邹贻鹏", "廖肇燕", "甄鹏",
              "慕冬亮", "LianboJiang"]



# ---------------------------------------------------------------------------
# the new colour scheme: TANGERINE (a burnt orange to a deep rust brown, instead of the organisers' royal blue),
# TURQUOISE where they print cyan (frames, tabs, plates' outlines, rings, the forum plate), LEMON where they print
# pink or white accents (arrows, the rules under the frames, the pin, the arc of the ring, the slogan)
TURQ = (86, 228, 210)
PALE = (255, 242, 228)
FRAME = (96, 218, 202)
DIM = (246, 170, 100)
LEMON = (255, 228, 96)
SAND = (255, 206, 140)  # the second ring, the chevrons' first V
HOLE = (64, 22, 6)  # the hole of a pin, the cut corners of plates
PLATE = (90, 32, 8)  # inside name plates
TAB0, TAB1 = (70, 212, 196), (12, 100, 106)  # tab and plate gradients, bright at the left
BAR0, BAR1 = (92, 30, 6), (236, 128, 44)  # the host bar's gradient
BG0, BG1 = (204, 88, 16), (96, 36, 10)  # the page, top to bottom
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 50
PHOTO, PCX, OUTER = 236, 810, 166  # photo diameter, its centre x, the outer ring's radius


# ---------------------------------------------------------------------------
# painters from posters-blind-181/draw.py (which has them from posters-blind-174, -162, -149, -145, -137 and -131),
# recoloured (its GOLD and SKY are TURQ and LEMON here, every literal colour mapped to a tangerine, turquoise or lemon
# value); host_bar prints the host unpadded, as the real bar prints '主持人：' and the name; the round table, the
# opening band and their helpers are left out (no 主论坛 here); footer's text, skyline and its drawings (sun_rise,
# sun_moon_mansion, pailou, tomb_mound, canal_bridge, willow) are new (see README.md)
def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites."""
    for r, col, wd in [(200, SAND, 3), (160, TURQ, 6), (118, (255, 246, 236), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=LEMON, width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(84, 30, 6), outline=(255, 246, 236), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (255, 246, 236))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(255, 246, 236), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d, hall):
    """The head of every poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, TURQ, 1.15)
    seal(d, 640, 84, 30, WHITE)
    d.text((684, 50), SCHOOL, font=font(30, True), fill=WHITE)
    d.text((684, 90), SCHOOL_UNIT, font=font(19, True), fill=WHITE)
    d.text((684, 118), fits(d, SCHOOL_EN, font(10), 370), font=font(10), fill=PALE)  # one small line here
    ring_graphic(d, 810, 660)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=TURQ, width=4)
    d.line([(560, 530), (640, 510)], fill=TURQ, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.rounded_rectangle([x0, y0, x1, y1], radius=14, outline=TURQ, width=3)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, LEMON, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, TURQ, 1.2)
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
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=LEMON if i % 2 else TURQ, width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on a turquoise plate with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(120, 236, 222))
    hgrad(d, x0, y, x1, y + h, TAB0, TAB1)
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
    """The bar '>>>　主持人：name　<<<' (the name unpadded, as the real bar prints it) over '·　unit　·'."""
    hgrad(d, X0, y, X1, y + 78, BAR0, BAR1)
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, LEMON)
    arrows(d, X1 - 34, y + 39, False, LEMON)
    ctext(d, W / 2, y + 10, "主持人：" + host[0], font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([SAND, TURQ]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a turquoise-to-teal bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(232, 255, 250), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=SAND, width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=TURQ, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(40, 170, 160), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=TURQ)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side, spaced=False):
    """The name plate: an outlined box, darker inside, the name bold (padded); a tail line under it.
    Returns the foot of the tail line and the plate's left edge and width."""
    f = font(40, True)
    text = pad(name)
    w = max(340, tw(d, text, f) + 110)
    x0 = X0 + 46 if side == "L" else X1 - w
    d.rectangle([x0, y, x0 + w, y + 72], fill=PLATE, outline=TURQ, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=TURQ, width=3)
    if side == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=TURQ, width=3)
    else:
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=TURQ, width=3)
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
    spread inside (new here)."""
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
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=TURQ, width=4)
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
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=TURQ)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=LEMON, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


# titles the designer broke by hand: the English ones after their '?' or ':', and one where the even break would
# fall inside a word ('大规/模'); the lines joined, with a space between Latin words as printed, give the title
BREAKS = {
    "Why Is My RSS So Large? Accounting Shared Memory in cgroups": ["Why Is My RSS So Large?",
                                                                    "Accounting Shared Memory in cgroups"],
    "Casefolding in ext4: Where Unicode Meets the Dentry Cache": ["Casefolding in ext4:",
                                                                  "Where Unicode Meets the Dentry Cache"],
    "When fsync Lies: Power-Loss Testing on Consumer SSDs": ["When fsync Lies:", "Power-Loss Testing on Consumer SSDs"],
    "Keeping GPUs Fed: Kernel Bottlenecks in Inference Serving": ["Keeping GPUs Fed:",
                                                                  "Kernel Bottlenecks in Inference Serving"],
    "训练任务启动阶段的大规模mmap与页缓存预热": ["训练任务启动阶段的", "大规模mmap与页缓存预热"],
}


def title_lines(d, title, f):
    """The title's lines: as broken by hand in BREAKS, else after '：' where it has one, else evenly
    (posters-blind-181's)."""
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
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=TURQ)
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
    """A tea break: chevrons, the tab, a short frame holding a plate with the label alone (as the real card)."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 40
    f = font(42, True)
    x0, w = X0 + 46, 340
    d.rectangle([x0, y, x0 + w, y + 78], fill=PLATE, outline=TURQ, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=TURQ, width=3)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=TURQ, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=TURQ)
    ctext(d, x0 + w / 2, y + 10, pad(s["title"]), f, WHITE)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=TURQ)
    return bot + 40


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(255, 246, 236), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 44, y + h / 2, 24, WHITE)
        f = font(34, True, serif=True)
        d.text((x + 86, y + 16), fits(d, SCHOOL, f, w - 96), font=f, fill=WHITE)
        d.text((x + 88, y + 66), fits(d, SCHOOL_MARK, font(12, True), w - 96), font=font(12, True), fill=PALE)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, BAR0, TURQ)
    hgrad(d, x0, y, x0 + w, y + h, TAB0, TAB1)
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=HOLE)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=LEMON, width=6)
    slant_text(im, 0, y + 10, text, font(52, True), WHITE, 0.18, cx=W / 2)
    return y + h


CAPTIONS = ["现场签到即可领取大会纪念品（数量有限）", "议程如有调整，以大会现场公布为准"]
SLOGAN = "相约太阳城 · 共建 Linux 内核生态"


def footer(im, d, y):
    """The foot (posters-blind-181's order: sponsors, support units, media, QR code, captions, slogan), with this
    edition's captions and slogan (new text)."""
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 90
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 90
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 200, y, W / 2 + 200, y + 400], outline=WHITE, width=3)
    d.rectangle([W / 2 - 180, y + 20, W / 2 + 180, y + 380], fill=WHITE)
    qrcode(d, W / 2 - 160, y + 40, 320, 4463)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, CAPTIONS[0], font(30), PALE)
    ctext(d, W / 2, y + 52, CAPTIONS[1], font(30), PALE)
    y += 150
    slant_text(im, 0, y, SLOGAN, font(54, True), LEMON, 0.18, cx=W / 2)
    return int(y + 620)


def sun_rise(d, cx, base, r, ink):
    """The rising sun of the 'sun city' behind the skyline: a half disc in thin rings and rays (new here)."""
    for k in range(4):
        rr = r - k * 26
        d.arc([cx - rr, base - rr, cx + rr, base + rr], 180, 360, fill=ink, width=3 if k == 0 else 2)
    for ang in range(190, 360, 14):
        a = math.radians(ang)
        d.line([(cx + (r + 20) * math.cos(a), base + (r + 20) * math.sin(a)),
                (cx + (r + 70) * math.cos(a), base + (r + 70) * math.sin(a))], fill=ink, width=3)


def sun_moon_mansion(d, cx, base, ink, edge, lit):
    """Dezhou's Sun-Moon Mansion in Solar Valley: a long low block whose roof rises as a great fan (a sundial) laid
    with rows of solar panels, a thin gnomon leaning over it (new here)."""
    d.rectangle([cx - 230, base - 60, cx + 230, base], fill=ink)  # the long low block
    for wx in range(int(cx - 214), int(cx + 214), 22):  # its window band
        d.rectangle([wx, base - 44, wx + 12, base - 30], fill=lit)
    r = 190
    d.pieslice([cx - r, base - 60 - r, cx + r, base - 60 + r], 180, 360, fill=ink)  # the fan
    for k in range(1, 5):  # rows of panels: arcs ...
        rr = r * k / 5
        d.arc([cx - rr, base - 60 - rr, cx + rr, base - 60 + rr], 180, 360, fill=edge, width=1)
    for ang in range(180, 361, 15):  # ... and spokes
        a = math.radians(ang)
        d.line([(cx, base - 60), (cx + r * math.cos(a), base - 60 + r * math.sin(a))], fill=edge, width=1)
    d.arc([cx - r, base - 60 - r, cx + r, base - 60 + r], 180, 360, fill=edge, width=3)
    d.line([(cx, base - 60), (cx + 70, base - 60 - 250)], fill=ink, width=8)  # the gnomon
    d.line([(cx, base - 60), (cx + 70, base - 60 - 250)], fill=edge, width=1)


def pailou(d, cx, base, ink, edge):
    """A stone memorial archway of three bays (as before the Sulu king's tomb): four pillars, a tie beam, two tiers
    of roofs with upturned eaves (new here)."""
    xs = [cx - 120, cx - 50, cx + 50, cx + 120]
    for x in xs:
        d.rectangle([x - 8, base - 150, x + 8, base], fill=ink)
    d.rectangle([cx - 132, base - 150, cx + 132, base - 132], fill=ink)  # the tie beam
    d.rectangle([cx - 40, base - 196, cx + 40, base - 150], fill=ink)  # the name board's frame
    d.rectangle([cx - 30, base - 188, cx + 30, base - 158], outline=edge, width=1)
    for (x0, x1, yy) in [(cx - 150, cx + 150, base - 150), (cx - 70, cx + 70, base - 196)]:
        d.polygon([(x0 - 14, yy - 22), (x0, yy - 10), (x1, yy - 10), (x1 + 14, yy - 22), (x1 - 10, yy - 2),
                   (x0 + 10, yy - 2)], fill=ink)  # the roof, its eaves turned up
        d.line([(x0 - 14, yy - 22), (x0, yy - 10), (x1, yy - 10), (x1 + 14, yy - 22)], fill=edge, width=2)


def tomb_mound(d, cx, base, ink, edge):
    """The tomb mound behind the archway with a few cypresses (new here)."""
    d.chord([cx - 170, base - 150, cx + 170, base + 150], 180, 360, fill=ink)
    d.arc([cx - 170, base - 150, cx + 170, base + 150], 200, 340, fill=edge, width=2)
    for tx, th in [(cx - 210, 120), (cx - 180, 90), (cx + 190, 110), (cx + 222, 84)]:
        d.polygon([(tx, base - th), (tx - 20, base - 10), (tx + 20, base - 10)], fill=ink)
        d.line([(tx, base - th), (tx - 20, base - 10)], fill=edge, width=1)


def canal_bridge(d, x0, x1, base, ink, edge):
    """A stone arch bridge over the Grand Canal: a deck with railings over three arches (new here)."""
    d.rectangle([x0, base - 70, x1, base - 52], fill=ink)  # the deck
    for px_ in range(int(x0), int(x1), 18):  # the railing
        d.line([(px_, base - 88), (px_, base - 70)], fill=ink, width=3)
    d.line([(x0, base - 88), (x1, base - 88)], fill=ink, width=3)
    span = (x1 - x0) / 3
    for k in range(3):
        ax = x0 + k * span
        d.rectangle([ax, base - 52, ax + span, base], fill=ink)
        d.chord([ax + 12, base - 44, ax + span - 12, base + 40], 180, 360, fill=(120, 44, 10))
        d.arc([ax + 12, base - 44, ax + span - 12, base + 40], 180, 360, fill=edge, width=2)


def willow(d, x, base, hgt, ink):
    """A willow by the canal: a leaning trunk and strands hanging from the crown (new here)."""
    d.line([(x, base), (x + 14, base - hgt * 0.6), (x + 4, base - hgt)], fill=ink, width=10, joint="curve")
    for ex, ey, rx, ry in [(-40, 10, 46, 26), (20, -10, 54, 30), (62, 14, 40, 24)]:  # the crown, in clumps
        d.ellipse([x + ex - rx, base - hgt + ey - ry, x + ex + rx, base - hgt + ey + ry], fill=ink)
    for k in range(-9, 11):  # strands hanging from the clumps' lower edge, longest in the middle
        sx = x + 10 + k * 9
        sy = base - hgt + 24 - abs(k - 1) * 1.5
        ln = hgt * 0.7 - abs(k - 1) * 11
        d.line([(sx, sy), (sx + 4, sy + ln * 0.5), (sx + 12, sy + ln)], fill=ink, width=2, joint="curve")


def skyline(im, h):
    """The foot: Dezhou, 'the sun city'.  A rising sun behind; towers with lit windows beyond; at the left the
    archway before the tomb mound; the Sun-Moon Mansion's fan in the middle; the Grand Canal with an arch bridge and
    a willow at the right; the water's ripples; the school's name at the very foot (new here)."""
    d = ImageDraw.Draw(im)
    base = h - 40
    far, lit = (122, 44, 10), (255, 220, 150)
    sun_rise(d, 560, base - 60, 300, (236, 140, 60))
    for bx, bw, bh in [(250, 50, 170), (320, 64, 230), (760, 56, 200), (830, 44, 150), (20, 40, 140)]:
        d.rectangle([bx, base - bh, bx + bw, base], fill=far)  # towers beyond
        for wy in range(base - bh + 16, base - 50, 26):
            for wx in range(bx + 8, bx + bw - 10, 18):
                if (wx * 7 + wy) % 4:
                    d.rectangle([wx, wy, wx + 7, wy + 10], fill=lit)
    ink, edge = (50, 16, 4), TURQ
    tomb_mound(d, 170, base, ink, edge)
    pailou(d, 170, base, (70, 24, 6), SAND)
    sun_moon_mansion(d, 560, base, ink, edge, lit)
    canal_bridge(d, 800, 1060, base, ink, edge)
    willow(d, 980, base - 60, 200, ink)
    for k in range(4):  # the canal's water
        yy = base + 4 + k * 9
        for x in range(0, W, 56):
            d.arc([x + (k % 2) * 28, yy - 7, x + 56 + (k % 2) * 28, yy + 7], 200, 340, fill=LEMON if k % 2 else TURQ,
                  width=2)
    ctext(d, W / 2, h - 28, SCHOOL, font(20, True, serif=True), (255, 246, 236))


def background(w, h):
    """The tangerine page: glows, light streaks behind the ring, particles, thin streaks down the sides, the
    skyline (posters-blind-181's, recoloured)."""
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (255, 176, 70), 0.26)
    im = glow(im, 100, 1200, 300, (86, 228, 210), 0.10)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (255, 228, 96) if k % 2 else (86, 228, 210), 0.10)
    im = glow(im, 540, h - 300, 500, (255, 176, 70), 0.18)
    d = ImageDraw.Draw(im)
    rnd = random.Random(4463)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(250, 170, 90), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 246, 236))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(250, 170, 90), width=2)
    skyline(im, h)
    return grain(im, 4463, 0.01)


LOG = {}


def paint_forum(forum):
    """A forum poster: the head, the forum's plate, the host bar, the slots, the foot (posters-blind-181's, without
    主论坛's opening band and round table)."""
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
    (set 71's check, copied through sets 137 and 181)."""
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
    the space after it, in folder order, when the corpus is there (posters-blind-181's)."""
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
    "Same schema and conventions as posters-blind-43 (and -59, -131, -149, -162, -167, -174, -181): speakers are "
    "names as printed with spaces, letter-spacing and the padding of two-character names removed ('陈　伟' -> 陈伟, "
    "'周　婷' -> 周婷, '黄　磊' -> 黄磊, '马　超' -> 马超, '郑　浩' -> 郑浩, '李　娜' -> 李娜, '刘　洋' -> 刘洋, '姜　帆' -> "
    "姜帆; some three-character names are set letter-spaced on their plates, '李 晓 明' -> 李晓明, others tight; 'Niels "
    "Jansen' -> NielsJansen); host is the chair printed for the forum covering the slot, null for breaks; start/end "
    "always HH:MM on a 24-hour clock; break titles as printed with the padding removed (the tea break's plate prints "
    "'茶　歇', given '茶歇'). ONE invented edition, CLK 4463 (第2458届, 德州, host school 德州学院 with its 计算机与信息学院 "
    "and the English line 'School of Computer and Information, Dezhou University' at the top right, Saturday "
    "4463-10-20), printed as CLK2024's repository holds its forums: ONE POSTER PER FORUM, each named by its forum. The "
    "forums are THREE of CLK2025's six forum folders, named as the folders are without their leading number and space: "
    "'内存管理与优化分论坛.webp' (folder 2), '文件系统与存储分论坛.webp' (folder 3) and 'AI 基础设施与 eBPF 应用分论坛.webp' "
    "(folder 6, with its spaces). All three are afternoon forums in parallel: 内存管理与优化分论坛 14:00-17:40, "
    "文件系统与存储分论坛 13:30-17:35, AI 基础设施与 eBPF 应用分论坛 14:00-17:45. The edition's other forums have no poster "
    "in this set and no poster names them. There is no whole-agenda picture, so every talk is on one picture only and "
    "is listed once; every forum's date is the edition's; each poster is one entry holding its one forum. 27 scored "
    "talks (9 per poster, all kind 'talk'; no round table, no keynote, no opening address) and 3 breaks, one '茶歇' per "
    "forum (15:40-16:00, 15:10-15:30, 15:30-15:45). Every forum starts and ends with a talk; nothing follows its last "
    "card but the foot. THE HEAD (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the seal, '德州学院' / "
    "'计算机与信息学院' and the English line, '第2458届中国' / 'Linux内核开发者大会', the ring '4463' / 'CLK', the date pill "
    "'4463年10月20日' + pin + '德州', '地址：' over the forum's hall) and THE FOOT ('赞助单位', '支持单位', '支持媒体' on "
    "plates over word-mark boxes, the QR code, '扫码报名', the caption lines '现场签到即可领取大会纪念品（数量有限）' and "
    "'议程如有调整，以大会现场公布为准', the slogan '相约太阳城 · 共建 Linux 内核生态', the Dezhou skyline and the school's "
    "name) are no part of any forum, talk or slot; company names in the foot's boxes are nobody's affiliation. The "
    "forum is the name on the slanted plate under the head. The HOST is the name in the bar '>>>　主持人：name　<<<', "
    "printed unpadded there as the real bar prints it ('主持人：王宁'): 刘志强 (the host school's vice-dean) for "
    "内存管理与优化分论坛, 张海涛 (华为) for 文件系统与存储分论坛, 王宁 (a teacher of 山东大学) for AI 基础设施与 eBPF "
    "应用分论坛; the line '·　unit　·' under it is nobody's affiliation. Each card comes after a pair of V marks (the "
    "first at the right, the others at the left): the RANGE on a TAB at the top left of a frame, drawn in a SEGMENTED "
    "seven-segment 'digital' face, as the organisers' forum posters print ranges; the range on a tab belongs to the "
    "frame under it. In a talk's frame the bold title, then per speaker a BIOGRAPHY at the left (its lines justified "
    "to the measure as on the real cards), a ringed round photo at the right and the framed NAME PLATE under them, at "
    "the left or at the right (under the photo, the biography running wide under it). A TEA BREAK is a tab over a "
    "short frame holding a plate with the label alone, '茶　歇'. AFFILIATIONS: like the real 2024 cards the talks "
    "print NO company line, so every talk's affiliations are [] although each biography names the speaker's company "
    "or school; biographies are nowhere in the truth, and the companies, schools, programmes and products they name "
    "(former employers 英特尔开源技术中心 (for 吴俊杰 of 腾讯), 曙光信息 (for 马超 of 海光信息), 浪潮 (for 高志刚 of "
    "中科曙光), 阿里巴巴 (for 宋文涛 of 快手), 华为 (for 王宏伟 of 中科驭数), 'Eindhoven' in Niels Jansen's English "
    "biography; schools 哈尔滨工业大学, 中国科学技术大学, 南京大学, 山东大学, 武汉大学; 'Red Hat', 'Brno', 'ext4', 'VFS', "
    "'fstests'; 'STE', '龙蜥社区', 'openEuler', 'OpenCloudOS', 'CMA', 'DMA-BUF', 'EDAC', 'APEI', 'FUSE', 'SMB', 'SCSI', "
    "'RAID', 'NFS', 'eBPF', 'RoCE', 'DPU', 'GPU', 'PCIe' inside biographies) are no speakers and no affiliations. TWO "
    "SPEAKERS of one talk (four talks) are two biography-photo-plate blocks one under the other in ONE frame under "
    "ONE title and ONE tab, both plates at the left as on the real two-speaker cards; they are given top then bottom: "
    "周婷 then 孙鹏飞 (both OPPO; his a ONE-line biography) in 内存管理与优化分论坛; 王海波 then 赵宇飞 (both 深信服) and, "
    "as the forum's LAST talk, 李娜 then 梁俊峰 (both 网易) in 文件系统与存储分论坛; 张建华 (百度) then 陈佳怡 (a PhD "
    "student of 北京大学) in AI 基础设施与 eBPF 应用分论坛. The second block's name belongs to the same talk, not to the "
    "next frame. TITLES over two lines are one title: joined without a space inside Chinese text, also where the "
    "line breaks beside a Latin word ('推理网关中SO_REUSEPORT' / '与eBPF选择器的负载分发', '嵌入式设备启动阶段' / "
    "'memblock预留内存的瘦身', '训练任务启动阶段的' / '大规模mmap与页缓存预热', broken by hand so as not to split '大规模', "
    "'SMB内核客户端在混合' / '办公环境中的稳定性改进', '基于BPF的TCP重传诊断' / '工具在训练集群中的使用'); with a space "
    "between Latin words (the four ENGLISH-ONLY titles, each broken by hand after its '?' or ':': 'Why Is My RSS So "
    "Large?' / 'Accounting Shared Memory in cgroups' (吴俊杰, a Chinese biography), 'Casefolding in ext4:' / 'Where "
    "Unicode Meets the Dentry Cache' (the LATIN Niels Jansen of Red Hat, an ENGLISH biography in two paragraphs, plate "
    "at the right, name left-aligned on it), 'When fsync Lies:' / 'Power-Loss Testing on Consumer SSDs' (张晨阳), "
    "'Keeping GPUs Fed:' / 'Kernel Bottlenecks in Inference Serving' (崔浩然)). Most titles are typed running Latin "
    "into Chinese WITHOUT a space ('从kcompactd的唤醒频率看内存规整开销', 'NFSv4.1委托机制在开发机集群中的收益'), as the "
    "organisers' cards are typed; the truth keeps them as typed. Latin names lose their space. Biographies of 1 to 10 "
    "lines, some in paragraphs (two of ONE line: 孙鹏飞, 逄永刚; the longest 马超's, ten lines in three paragraphs). "
    "Talks of 20 or 30 minutes (内存管理与优化分论坛, AI 基础设施与 eBPF 应用分论坛) and of 25 minutes "
    "(文件系统与存储分论坛); tea breaks of 20 or 15 minutes. SURNAMES in the proportions of a real Chinese conference: of "
    "the 33 Chinese names (three hosts and 30 of the 31 speakers) 王, 李 and 张 three each, 刘 and 陈 two each, then one "
    "each of 杨, 黄, 赵, 吴, 周, 徐, 孙, 马, 高 (22 of 33 bear one of the twenty surnames the brief names), and one each of "
    "唐, 于, 冯, 程, 郑, 梁, 宋, 姜, 韩, 崔 (common surnames outside the twenty; 于, 姜 and 崔 frequent in Shandong); the "
    "only uncommon one is 逄 (逄永刚, a Shandong surname, not 逢). Given names use everyday characters (志强, 海涛, 晓明, "
    "伟, 俊杰, 婷, 鹏飞, 磊, 超, 建军, 丽娟, 文斌, 志勇, 静怡, 海波, 宇飞, 明华, 浩, 晨阳, 志刚, 娜, 俊峰, 洋, 建华, 佳怡, "
    "文涛, 帆, 冬梅, 宏伟, 永刚, 浩然, 建平); nine of the 33 are two-character names, printed padded on the plates. No "
    "person is printed twice."
)
LAYOUTS = {
    "内存管理与优化分论坛.webp": "FORUM POSTER of 内存管理与优化分论坛 (host 刘志强, 德州学院计算机与信息学院副院长、教授; hall "
                        "'德州学院 学术交流中心第一报告厅') in the organisers' 2024 forum-poster family recoloured: a "
                        "TANGERINE ground (burnt orange to rust brown) with TURQUOISE frames, tabs and plates and LEMON "
                        "accents. 9 talks 14:00-17:40 (of 20 and 30 minutes) and 茶歇 15:40-16:00. 李晓明 (plate at the "
                        "right, letter-spaced); '陈　伟'; the ENGLISH 'Why Is My RSS So Large?' / 'Accounting Shared "
                        "Memory in cgroups' by 吴俊杰 (plate at the right); '周　婷' over 孙鹏飞 (both OPPO, both plates "
                        "left; his a ONE-line biography); 茶歇; '黄　磊'; '马　超' (a TEN-line biography in three "
                        "paragraphs, plate at the right); 唐建军; 于丽娟 (plate at the right); LAST, '嵌入式设备启动阶段' / "
                        "'memblock预留内存的瘦身' by 冯文斌.",
    "文件系统与存储分论坛.webp": "FORUM POSTER of 文件系统与存储分论坛 (host 张海涛, 华为操作系统内核实验室文件系统技术专家, a "
                       "company host; hall '德州学院 图书馆五楼报告厅'): 9 talks 13:30-17:35 (all of 25 minutes) and 茶歇 "
                       "15:10-15:30. 杨志勇; 程静怡 (plate at the right); the LATIN Niels Jansen (Red Hat, English title "
                       "'Casefolding in ext4:' / 'Where Unicode Meets the Dentry Cache' and an English biography, plate at "
                       "the right); 王海波 over 赵宇飞 (both 深信服); 茶歇; 'SMB内核客户端在混合' / '办公环境中的稳定性改进' "
                       "by 徐明华 (plate at the right); '郑　浩'; the ENGLISH 'When fsync Lies:' / 'Power-Loss Testing on "
                       "Consumer SSDs' by 张晨阳; 高志刚 (eight lines, plate at the right); LAST, '李　娜' over 梁俊峰 (both "
                       "网易).",
    "AI 基础设施与 eBPF 应用分论坛.webp": "FORUM POSTER of AI 基础设施与 eBPF 应用分论坛 (host 王宁, "
                                "山东大学计算机科学与技术学院副教授, a teacher of another university; hall '德州学院 "
                                "计算机与信息学院 学术报告厅', on one line): 9 talks "
                                "14:00-17:45 (three of 30 minutes, six of 20) and 茶歇 15:30-15:45. '刘　洋' (title over two "
                                "lines); 张建华 over 陈佳怡 (百度 and a PhD student of 北京大学; '训练任务启动阶段的' / "
                                "'大规模mmap与页缓存预热' broken by hand); 宋文涛 (plate at the right); 茶歇; '姜　帆'; 韩冬梅 "
                                "(plate at the right); 王宏伟; 逄永刚 (uncommon surname, a ONE-line biography); the ENGLISH "
                                "'Keeping GPUs Fed:' / 'Kernel Bottlenecks in Inference Serving' by 崔浩然; LAST, 李建平 "
                                "(plate at the right).",
}
EXPECTED_LINES = {
    "Why Is My RSS So Large? Accounting Shared Memory in cgroups": 2,
    "嵌入式设备启动阶段memblock预留内存的瘦身": 2,
    "Casefolding in ext4: Where Unicode Meets the Dentry Cache": 2,
    "SMB内核客户端在混合办公环境中的稳定性改进": 2,
    "When fsync Lies: Power-Loss Testing on Consumer SSDs": 2,
    "推理网关中SO_REUSEPORT与eBPF选择器的负载分发": 2,
    "训练任务启动阶段的大规模mmap与页缓存预热": 2,
    "基于BPF的TCP重传诊断工具在训练集群中的使用": 2,
    "Keeping GPUs Fed: Kernel Bottlenecks in Inference Serving": 2,
}
BIO_MAX = 10  # the longest biography (马超's), in lines; the shortest is one line


# ===========================================================================
def truth_slot2(s):
    """A slot as truth.json gives it.  Titles as printed (a break's padding '茶　歇' removed); affiliations []: the
    cards print no company line and biographies are never affiliations.  posters-blind-181's."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": [],
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


TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty commonest surnames, as the brief names them
COMMON = set("王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
             "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
# roughly the hundred commonest surnames
SURNAMES = {"王": 3, "李": 3, "张": 3, "刘": 2, "陈": 2}  # and one each of the rest
SINGLES = "杨黄赵吴周徐孙马高唐于冯程郑梁宋姜韩崔逄"
RARE = "逄"  # the only surname outside COMMON: a Shandong surname
EVERYDAY = set("志强海涛宁晓明伟俊杰婷鹏飞磊超建军丽娟文斌勇静怡波宇振华浩晨阳刚娜峰洋佳帆冬梅宏永然平")
# the characters of the given names: everyday ones, as a real programme prints them
TWO_CHAR = ["王宁", "陈伟", "周婷", "黄磊", "马超", "郑浩", "李娜", "刘洋", "姜帆"]  # printed padded on the plates


def check(posters):
    """A Saturday; three of CLK2025's forum names; nobody printed twice; no real name or deck title; slots
    contiguous; no company lines; the brief's ingredients (posters-blind-181's, with this set's counts)."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:-3]), NTH  # 2024 was the 19th
    assert [f[0] for f in FORUMS] == FORUM_NAMES
    names = clk2025_forums()
    if names is not None:
        assert len(names) == 6 and [names[1], names[2], names[5]] == FORUM_NAMES, names
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
    starts = {"内存管理与优化分论坛": "14:00", "文件系统与存储分论坛": "13:30", "AI 基础设施与 eBPF 应用分论坛": "14:00"}
    for p in posters:
        assert p["date"] == DATE and len(p["forums"]) == 1
        f = p["forums"][0]
        assert f["date"] == DATE and fn_of(f["forum"]) == p["file"]
        ends = [(s["start"], s["end"]) for s in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        breaks = [s["title"] for s in f["slots"] if s["kind"] == "break"]
        assert ends[0][0] == starts[f["forum"]] and breaks == ["茶歇"], (ends, breaks)
        assert f["slots"][0]["kind"] == "talk" and f["slots"][-1]["kind"] == "talk"
        host = plain(FORUMS[FORUM_NAMES.index(f["forum"])][2][0])
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == host
            assert host not in s["speakers"]
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
            assert s["start"] < s["end"]
            assert s["kind"] in ("talk", "break")
            assert s["affiliations"] == []
    talks = [s for f in FORUMS for s in f[3] if s["kind"] == "talk"]
    for s in talks:
        assert 1 <= len(s["sp"]) <= 2
        for sp in s["sp"]:
            assert sp["side"] in ("L", "R") and sp["bio"] and sp["line"] is None
            assert sp["side"] == "L" or len(s["sp"]) == 1  # two-speaker cards keep both plates at the left
    assert sum(1 for s in talks if len(s["sp"]) == 2) == 4
    assert sum(1 for s in talks if s["title"].isascii()) == 4
    assert sum(1 for s in talks for sp in s["sp"] if latin(sp["name"])) == 1
    two = [p for p in people if len(p) == 2 and not p.isascii()]
    assert sorted(two) == sorted(TWO_CHAR), two
    chinese = [p for p in people if not p.isascii()]
    assert all(len(p) in (2, 3) for p in chinese)
    for p in chinese:
        assert set(p[1:]) <= EVERYDAY, p
    sur = [p[0] for p in chinese]
    rare = [p for p in chinese if p[0] not in COMMON]
    assert sorted(r[0] for r in rare) == sorted(RARE), rare  # the only uncommon surname
    counts = {c: sur.count(c) for c in set(sur)}
    assert len(sur) == 33, len(sur)
    for c, n in SURNAMES.items():
        assert counts[c] == n, (c, counts)
    assert sorted(c for c in counts if counts[c] == 1) == sorted(SINGLES), counts
    assert set(counts) == set(SURNAMES) | set(SINGLES), counts
    assert sum(1 for c in sur if c in TOP20) == 22, sum(1 for c in sur if c in TOP20)
    return sum(1 for f in FORUMS for s in f[3] if s["kind"] == "talk")


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
            os.makedirs("/tmp/p186/own", exist_ok=True)
            im.save("/tmp/p186/own/" + forum[0] + ".png")
        posters.append({"file": fn, "layout": layout(fn, im.size), "date": DATE, "forums": [forum_truth2(forum)]})
    n = check(posters)
    print("scored talks", n, "breaks", sum(1 for p in posters for s in p["forums"][0]["slots"] if s["kind"] == "break"))
    assert 24 <= n <= 34, n
    lines = {t[1]: t[2] for log in LOG.values() for t in log if t[0] == "title"}
    print("titles over 2+ lines:", {t: k for t, k in lines.items() if k > 1})
    bios = [(t[0], t[1], t[2]) for log in LOG.values() for t in log if t[0] != "title"]
    print("bios (name, chars, lines):", bios)
    check_lines(lines, bios)
    truth = {"written": "2026-12-09", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
