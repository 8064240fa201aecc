"""Draw the two-hundred-and-eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 6208 (第4203届, 大同, 山西大同大学, Saturday 6208-10-29),
printed as CLK2024's repository prints its forums: ONE POSTER PER FORUM, named by the
forum.  The forums are three of CLK2025's six, as its repository's folders 2, 4 and 6
name them without their numbers: 内存管理与优化分论坛, 调度、性能与调试分论坛 and
'AI 基础设施与 eBPF 应用分论坛', all three in parallel in the afternoon.  All WebP,
1080 px wide and as tall as the real ones, in the family of the organisers' 2024 forum
posters (slanted title, 'CLK' ring, date pill, forum plate, host bar, range tabs in a
segmented face, frames with a justified biography, ringed photo and name plate, no
company line), in a NEW colour scheme: an OCHRE ground with pale ICE-BLUE frames,
cobalt-to-navy tabs and plates and CORAL accents.

This file starts from posters-blind-203/draw.py (helpers copied unchanged, painters
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
# helpers copied unchanged from posters-blind-203/draw.py, which has them from 198, 181, 174, posters-blind-162, -149,
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
# copied unchanged from posters-blind-198/draw.py, which has them from 181 (174 has them from posters-blind-162 and
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
# CLK 6208 (第4203届), 大同, 山西大同大学, Saturday 6208-10-29.  ONE edition, three of its forum posters, named by
# CLK2025's forum folders 2, 4 and 6 without their numbers, as CLK2024's repository holds one poster per forum.  All
# three run in parallel in the afternoon, from 14:00.
EDITION = "CLK 6208"
YEAR = "6208"
NTH = "第4203届中国"
DATE = "6208-10-29"
DATE_PRINTED = "6208年10月29日"
CITY = "大同"
SCHOOL = "山西大同大学"
SCHOOL_UNIT = "计算机与网络工程学院"
SCHOOL_EN = "School of Computer and Network Engineering, Shanxi Datong University"
SCHOOL_MARK = "SHANXI DATONG UNIVERSITY"


def P(name, bio, side, spaced=False):
    """A talk's speaker: the biography the card prints (a '\\n' starts a new paragraph on a new line, as the real
    cards break theirs), the side of his name plate ('R' under the photo, the biography running wide under it;
    'L' under the biography) and whether a three-character name is letter-spaced on the plate.  No company line:
    the real cards print none.  posters-blind-203's (198's, 181's, 174's)."""
    return S(name, None, None, bio, side=side, line=None, spaced=spaced)


H1 = "周立新"
MEM = ("内存管理与优化分论坛", "山西大同大学 御东校区学术交流中心一楼报告厅",
       (H1, "山西大同大学计算机与网络工程学院院长、教授"), [
    T("14:00", "14:25", "大内存云主机上透明大页合并的CPU开销分析", [P(
        "王磊",
        "腾讯云 TencentOS 内核工程师，负责云主机内核的内存管理，关注透明大页、内存规整与 khugepaged 带来的 CPU "
        "开销。2017 年硕士毕业于北京邮电大学。", "L")], H1),
    T("14:25", "14:55", "virtio-mem在弹性云主机内存热插拔中的实践", [
        P("陈晓峰",
          "华为云 Cloud OS 内核团队技术专家，负责弹性云主机的内存虚拟化与热插拔特性，主导了 virtio-mem 在多个云主机"
          "规格上的落地。", "L", True),
        P("李婷",
          "华为云内核工程师，负责内存热插拔的测试与线上问题定位。", "L")], H1),
    T("14:55", "15:20", "Rate-Limited Page Promotion for CXL Memory Tiering", [P(
        "张海涛",
        "英特尔中国软件与先进技术事业部资深工程师，长期从事内存子系统的性能分析与优化，近年专注 CXL 内存扩展与"
        "分层内存，参与了 NUMA balancing 分层提升相关补丁的开发与评审，并为多家云厂商提供分层内存的调优支持。\n"
        "此前在中兴通讯从事嵌入式操作系统开发，2009 年硕士毕业于上海交通大学。", "R")], H1),
    T("15:20", "15:40", "ARM64 MTE在手机内存安全检测中的落地", [P(
        "梁志勇",
        "OPPO 内核技术专家，负责手机内存安全特性的研发，推动 ARM64 MTE 在多款机型上用于内存越界与释放后使用问题的"
        "检测。", "L", True)], H1),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:25", "memcg v2 memory.low保护在在离线混部中的调优", [P(
        "黄志强",
        "美团基础研发平台内核工程师，负责数据中心内核的资源隔离，长期跟踪在离线混部场景下的内存争抢与回收问题，"
        "设计了基于 memory.low 的分级保护方案，已覆盖数十万台服务器。\n"
        "2015 年硕士毕业于南京大学。", "R")], H1),
    T("16:25", "16:50", "vmalloc锁竞争分析与per-CPU缓存优化", [P(
        "孙浩",
        "阿里云操作系统团队内核工程师。", "L")], H1),
    T("16:50", "17:15", "Android内存泄漏的在线归因：page_owner的轻量化改造", [P(
        "马丽娟",
        "荣耀终端操作系统部内存技术专家，负责手机内存稳定性与内存泄漏治理，主导开发了线上内核内存泄漏的归因工具，"
        "相关方案已在数千万台设备上运行。\n"
        "此前在海思从事芯片平台软件开发，2012 年硕士毕业于电子科技大学。", "R")], H1),
    T("17:15", "17:40", "面向大模型推理的1GB大页预留与CMA分配实践", [
        P("郭鹏飞",
          "百度智能云异构计算团队技术专家，负责大模型推理平台的主机内核与内存优化，关注大页预留、CMA 与加速卡驱动"
          "之间的内存交互。", "L", True),
        P("杨斌",
          "昆仑芯系统软件工程师，负责加速卡驱动的内存管理，2020 年硕士毕业于北京理工大学。", "L")], H1),
    T("17:40", "18:00", "userfaultfd在虚拟机热迁移后拷贝阶段的性能优化", [P(
        "林文静",
        "中国移动云能力中心虚拟化内核工程师，负责云主机热迁移方案的设计与优化，主导了基于 userfaultfd 的后拷贝迁移"
        "在大规格虚拟机上的落地，使迁移的停机时间缩短到百毫秒以内。她还参与维护公司内部的 QEMU 与 KVM 分支，多次"
        "向上游社区提交修复，并在公司内部开设了面向新员工的虚拟化内核课程。\n"
        "2016 年博士毕业于华中科技大学，研究方向为虚拟化与内存系统，曾在 VEE、EuroSys 等会议发表论文。", "R")], H1),
])

H2 = "徐军"
SCHED = ("调度、性能与调试分论坛", "山西大同大学 御东校区图书馆三楼报告厅", (H2, "统信软件 内核研发中心总监"), [
    T("14:00", "14:30", "大小核混合架构下的任务放置与能效调度", [
        P("李华",
          "小米澎湃 OS 内核团队技术专家，负责手机调度与能效，主导了多代大小核平台上任务放置策略的调优。", "L"),
        P("吴晓丹",
          "小米澎湃 OS 内核工程师，负责调度能效模型的建立与功耗测试，2019 年硕士毕业于武汉大学。", "L", True)], H2),
    T("14:30", "14:55", "cgroup cpu.idle在离线任务压制中的效果评估", [P(
        "张宇航",
        "快手基础架构部内核工程师，负责在离线混部集群的 CPU 隔离，关注 SCHED_IDLE、cgroup 权重与突发负载下的调度"
        "延迟。", "L")], H2),
    T("14:55", "15:20", "Live Patching the Scheduler: Pitfalls and Practices", [P(
        "Marco Bianchi",
        "Marco is a senior kernel engineer at SUSE in Prague, where he maintains kernel live patches for SUSE Linux "
        "Enterprise and works on the tools that build and test them. Before joining SUSE he worked on real-time Linux "
        "for industrial controllers in Milan.\n"
        "He holds a PhD in computer engineering from Politecnico di Milano.", "R")], H2),
    B("15:20", "15:35", "茶歇"),
    T("15:35", "16:00", "perf c2c定位数据中心应用中的伪共享问题", [P(
        "刘洋",
        "阿里云操作系统团队技术专家，长期从事数据中心应用的性能分析，熟悉 perf、PMU 与 CPU 微架构，帮助数据库、搜索"
        "和大数据业务定位了大量伪共享、缓存争抢与跨 NUMA 访问问题。\n"
        "2012 年本科毕业于哈尔滨工业大学，此前在英特尔从事编译器性能调优。", "R")], H2),
    T("16:00", "16:25", "超大内存服务器上kdump转储的加速实践", [P(
        "唐志伟",
        "中兴通讯操作系统产品部内核工程师，负责服务器产品的内核可维护性，关注 kdump、vmcore 分析与故障后的快速"
        "恢复。", "L", True)], H2),
    T("16:25", "16:50", "ARM64服务器上PREEMPT_RT的实时性测评", [P(
        "赵建军",
        "飞腾信息技术有限公司系统软件部高级工程师，负责 ARM64 服务器平台的实时内核适配与测评，带领团队完成了 "
        "PREEMPT_RT 在多款服务器和工控产品上的移植、调优与长期稳定性测试，积累了一套覆盖中断、定时器和锁的延迟"
        "测评方法。\n"
        "2008 年硕士毕业于国防科技大学。", "R", True)], H2),
    T("16:50", "17:10", "Lock Contention at Fleet Scale", [P(
        "曹勇",
        "字节跳动 STE 团队内核工程师，负责大规模服务器集群的内核性能观测。", "L")], H2),
    T("17:10", "17:30", "RCU回调积压引发内存尖刺的定位与分析", [P(
        "郑国伟",
        "蚂蚁集团基础设施部内核专家，负责金融业务主机的内核稳定性，长期处理 RCU、软中断与内存相关的疑难问题。",
        "L")], H2),
    T("17:30", "18:00", "中断关闭时长的在线监测与根因分析", [
        P("何静",
          "麒麟软件内核研发部高级工程师，负责服务器操作系统的内核调试与性能工具，开发了面向现场的中断与抢占关闭"
          "时长监测工具。", "L"),
        P("罗文斌",
          "麒麟软件内核工程师，负责监测工具在国产服务器平台上的适配。", "L", True)], H2),
])

H3 = "杨建华"
AI = ("AI 基础设施与 eBPF 应用分论坛", "山西大同大学 御东校区计算机楼一层报告厅",
      (H3, "中国科学院计算技术研究所 副研究员"), [
    T("14:00", "14:25", "GPU直通训练集群中IOMMU映射开销的优化", [P(
        "陈刚",
        "阿里云弹性计算团队内核专家，负责 GPU 云服务器的主机内核与设备直通，主导了大规模训练集群中 IOMMU 映射与 "
        "PCIe 点对点传输的性能优化，相关改进已在数万张加速卡上部署。\n"
        "2011 年硕士毕业于清华大学。", "R")], H3),
    T("14:25", "14:50", "RDMA网卡驱动在万卡训练网络中的稳定性改进", [P(
        "王丽芳",
        "中国移动云能力中心网络内核工程师，负责 RDMA 网卡驱动与智算网络的稳定性。", "L", True)], H3),
    T("14:50", "15:15", "XDP在推理网关负载均衡中的实践", [P(
        "高云飞",
        "京东零售基础架构部网络技术专家，负责推理服务网关与四层负载均衡，主导了基于 XDP 的负载均衡方案在线上的"
        "落地。", "L")], H3),
    T("15:15", "15:40", "eBPF-Based Admission Control for Inference Serving", [P(
        "张明远",
        "小红书基础架构部内核技术负责人，负责推理服务集群的操作系统与资源调度，带领团队使用 eBPF 在内核中实现了"
        "推理请求的准入控制与过载保护，显著降低了高峰期的长尾延迟。\n"
        "此前在百度从事搜索系统的性能优化，2010 年硕士毕业于北京航空航天大学。", "R", True)], H3),
    B("15:40", "15:55", "茶歇"),
    T("15:55", "16:20", "BPF LSM在AI开发平台多租户隔离中的应用", [P(
        "刘志强",
        "商汤科技大装置基础设施部安全工程师，负责 AI 开发平台的多租户隔离，关注 BPF LSM、seccomp 与容器安全。",
        "L")], H3),
    T("16:20", "16:50", "大模型辅助内核补丁审查的探索", [
        P("胡晓东",
          "西安交通大学计算机科学与技术学院副教授，研究方向为操作系统与软件工程，近年关注大模型在内核代码理解与"
          "缺陷检测中的应用，主持国家自然科学基金青年项目一项。", "L", True),
        P("李静",
          "西安交通大学计算机学院博士研究生。", "L")], H3),
    T("16:50", "17:10", "eBPF验证器复杂度上限的工程应对", [P(
        "朱俊杰",
        "华为操作系统内核实验室工程师，参与 eBPF 验证器与 JIT 相关补丁的开发与评审。", "L", True)], H3),
    T("17:10", "17:35", "GPUDirect Storage的内核IO路径分析", [P(
        "栾文涛",
        "浪潮信息存储软件部高级工程师，负责 AI 服务器的存储 IO 路径优化，长期分析 NVMe、GPUDirect Storage 与文件"
        "系统之间的交互开销，参与制定了公司 AI 服务器的存储性能基线。\n"
        "2013 年硕士毕业于山东大学。", "R")], H3),
    T("17:35", "18:00", "容器内GPU显存的cgroup统计与限额", [P(
        "王建新",
        "腾讯云 TencentOS 内核团队技术专家，负责 GPU 容器平台的资源隔离与计量，主导了容器内显存统计与限额方案的"
        "设计，相关实现已用于公司内部的训练和推理集群。\n"
        "2014 年硕士毕业于中国科学技术大学。", "R")], H3),
])

FORUMS = [MEM, SCHED, AI]
FORUM_NAMES = ["内存管理与优化分论坛", "调度、性能与调试分论坛", "AI 基础设施与 eBPF 应用分论坛"]  # CLK2025's folders 2, 4, 6
FOLDERS = [2, 4, 6]

SPONSORS = ["山西大同大学", "HUAWEI", "腾讯云", "阿里云", "OPPO", "小米", "百度智能云", "中国移动", "蚂蚁集团", "飞腾"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "开放原子开源基金会", "山西省计算机学会",
           "大同市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "SegmentFault 思否", "掘金"]


# names of real speakers and hosts read on the real posters (set 203's list, which is set 198's, 181's, 174's, 162's,
# 149's, 145's, 137's, 131's, 125's, 119's, 113's, 79's and 66's, taken from the CLK2024 posters as pictures), none of
# which may be used; the listings' names and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "李志", "伍勃", "李扬韬", "邹贻鹏", "廖肇燕", "甄鹏",
              "慕冬亮", "LianboJiang"]


# ---------------------------------------------------------------------------
# the new colour scheme: an OCHRE ground (a deep golden ochre at the head to a near-black umber at the foot, where the
# organisers print royal blue), pale ICE BLUE where they print cyan (frames, plates' outlines, rings), COBALT-TO-NAVY
# tabs and plates, CORAL where they print pink accents
ICE = (196, 230, 255)
PALE = (255, 242, 222)
FRAME = (176, 216, 250)
DIM = (214, 158, 70)
CORAL = (255, 134, 100)
HOLE = (36, 20, 6)  # the hole of a pin, the cut corners of plates
PLATE = (22, 34, 92)  # inside name plates
TAB0, TAB1 = (74, 126, 236), (20, 32, 104)  # tab gradients, bright at the left
BG0, BG1 = (166, 108, 22), (34, 20, 6)  # the page, top to bottom
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 50
PHOTO, PCX, OUTER = 236, 810, 166  # photo diameter, its centre x, the outer ring's radius
# ---------------------------------------------------------------------------
# painters from posters-blind-203/draw.py (which has them from 198, 181, 174, 162, 149, 145, 137 and 131), recoloured:
# its MINT and LEMON are ICE and CORAL here, and each of its literal magenta, plum, turquoise, teal or mint colours was
# replaced by one fixed substitution with an ochre-brown, umber, cobalt, navy, sky or ice value (the new values stand
# in the code); BREAKS holds this set's hand breaks; footer has this edition's captions, slogan and QR seed; open_band,
# label_bar, person and panel_card are left out (no 主论坛, no round table here)
def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites."""
    for r, col, wd in [(200, (110, 176, 250), 3), (160, (196, 230, 255), 6), (118, (248, 246, 240), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(255, 134, 100), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(44, 26, 8), outline=(248, 246, 240), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (248, 246, 240))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(248, 246, 240), width=3)


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
    en1, en2 = SCHOOL_EN.split(", ")  # the English unit name on two small lines (one is too long here)
    d.text((684, 118), fits(d, en1 + ",", font(10), 370), font=font(10), fill=PALE)
    d.text((684, 132), fits(d, en2, font(10), 370), font=font(10), fill=PALE)
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
    pin(d, px, y0 + 18, CORAL, 1.1)
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
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=CORAL if i % 2 else ICE, width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on a cobalt-to-navy plate with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(80, 132, 236))
    hgrad(d, x0, y, x1, y + h, (84, 140, 240), (20, 34, 104))
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
    hgrad(d, X0, y, X1, y + 78, (110, 60, 14), (60, 110, 220))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, CORAL)
    arrows(d, X1 - 34, y + 39, False, CORAL)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(110, 176, 250), (196, 230, 255)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a cobalt-to-navy bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(232, 244, 255), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(110, 176, 250), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=ICE, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(150, 196, 240), width=2)
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
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=ICE, width=4)
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
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=ICE)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=CORAL, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


# titles the designer broke by hand: this set's three English titles that run over two lines (the even break would
# leave 'for' or 'Pitfalls and' on the wrong line) and two Chinese ones (the even break falls inside '大页' and
# '云主机'); the lines joined, with a space between Latin words as printed, give the title
BREAKS = {
    "Rate-Limited Page Promotion for CXL Memory Tiering": ["Rate-Limited Page Promotion", "for CXL Memory Tiering"],
    "Live Patching the Scheduler: Pitfalls and Practices": ["Live Patching the Scheduler:", "Pitfalls and Practices"],
    "eBPF-Based Admission Control for Inference Serving": ["eBPF-Based Admission Control", "for Inference Serving"],
    "面向大模型推理的1GB大页预留与CMA分配实践": ["面向大模型推理的", "1GB大页预留与CMA分配实践"],
    "virtio-mem在弹性云主机内存热插拔中的实践": ["virtio-mem在弹性云主机", "内存热插拔中的实践"],
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
    d.rectangle([x, y, x + w, y + h], outline=(248, 246, 240), width=3)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (110, 60, 14), (196, 230, 255))
    hgrad(d, x0, y, x0 + w, y + h, (84, 140, 240), (20, 34, 104))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=HOLE)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=CORAL, width=6)
    slant_text(im, 0, y + 10, text, font(52, True), WHITE, 0.18, cx=W / 2)
    return y + h





def footer(im, d, y):
    """The foot (posters-blind-198's, which has posters-blind-162's order: sponsors, support units, media, QR code,
    captions, slogan), with this edition's captions, slogan and QR seed (new text)."""
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 90
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 90
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 200, y, W / 2 + 200, y + 400], outline=WHITE, width=3)
    d.rectangle([W / 2 - 180, y + 20, W / 2 + 180, y + 380], fill=WHITE)
    qrcode(d, W / 2 - 160, y + 40, 320, 6208)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "三个分论坛同时进行，请按胸牌颜色入场", font(30), PALE)
    ctext(d, W / 2, y + 52, "会后可报名参观云冈石窟，名额有限", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "相聚凤凰城 · 共话 Linux 内核", font(54, True), CORAL, 0.18, cx=W / 2)
    return int(y + 680)  # 203 had 620; the Yungang cliff stands taller




def hills(d, base, fill):
    """The low loess hills north of Datong (new here)."""
    pts = [(0, base)]
    for x in range(0, W + 1, 60):
        pts.append((x, base - 150 - 40 * math.sin(x / 170.0) - 22 * math.sin(x / 61.0)))
    pts.append((W, base))
    d.polygon(pts, fill=fill)


def grotto(d, x0, x1, base, rock, shade, ink):
    """The Yungang cliff: a sandstone face with rows of small niches and one great niche holding a seated Buddha
    (head with the topknot, halo, shoulders, robe, folded legs) (new here)."""
    top = base - 330
    d.polygon([(x0, base), (x0, top + 40), (x0 + 30, top), (x1 - 40, top + 16), (x1, top + 60), (x1, base)], fill=rock)
    for row in range(3):  # small niches
        for k in range(6):
            nx = x0 + 20 + k * 44 + (row % 2) * 20
            ny = top + 40 + row * 52
            if nx + 26 < x1 and not (x0 + 90 < nx < x0 + 250 and row > 0):
                d.rectangle([nx, ny + 12, nx + 24, ny + 40], fill=shade)
                d.pieslice([nx, ny, nx + 24, ny + 24], 180, 360, fill=shade)
    cx, ny = x0 + 170, top + 110  # the great niche
    d.rectangle([cx - 78, ny + 70, cx + 78, base], fill=shade)
    d.pieslice([cx - 78, ny, cx + 78, ny + 150], 180, 360, fill=shade)
    d.ellipse([cx - 42, ny + 22, cx + 42, ny + 106], outline=rock, width=3)  # halo
    d.ellipse([cx - 20, ny + 40, cx + 20, ny + 88], fill=ink)  # head
    d.ellipse([cx - 11, ny + 28, cx + 11, ny + 48], fill=ink)  # topknot
    d.polygon([(cx - 62, ny + 150), (cx - 50, ny + 104), (cx + 50, ny + 104), (cx + 62, ny + 150)], fill=ink)
    d.rectangle([cx - 56, ny + 148, cx + 56, base - 40], fill=ink)
    d.ellipse([cx - 76, base - 74, cx + 76, base - 24], fill=ink)  # folded legs
    d.rectangle([cx - 70, base - 30, cx + 70, base], fill=ink)  # the plinth


def eave_roof(d, cx, y, half, h, fill):
    """A hipped roof with upturned eaves, y its foot (new here)."""
    d.polygon([(cx - half - 16, y - 10), (cx - half, y), (cx + half, y), (cx + half + 16, y - 10),
               (cx + half - 22, y - h), (cx - half + 22, y - h)], fill=fill)
    d.line([(cx - half + 22, y - h), (cx + half - 22, y - h)], fill=fill, width=4)


def city_wall(d, base, top, fill, crenel):
    """The Datong city wall across the foot: the wall with crenellations along its top (new here)."""
    d.rectangle([0, top, W, base], fill=fill)
    for x in range(0, W, 24):
        d.rectangle([x, top - 14, x + 13, top], fill=crenel)
    d.line([(0, top + 18), (W, top + 18)], fill=crenel, width=2)


def gate_tower(d, cx, wall_top, ink, red, lit):
    """The gate tower over the wall: a gateway arch in the wall, a two-storey hall with red columns and two tiers of
    upturned eaves, lanterns under the lower eaves (new here)."""
    d.chord([cx - 36, wall_top + 40, cx + 36, wall_top + 120], 180, 360, fill=HOLE)
    d.rectangle([cx - 36, wall_top + 80, cx + 36, wall_top + 170], fill=HOLE)
    y = wall_top - 14
    d.rectangle([cx - 130, y - 60, cx + 130, y], fill=ink)
    for k in range(7):
        px = cx - 120 + k * 40
        d.rectangle([px, y - 58, px + 6, y], fill=red)
    eave_roof(d, cx, y - 58, 150, 34, ink)
    d.rectangle([cx - 96, y - 140, cx + 96, y - 92], fill=ink)
    for k in range(5):
        px = cx - 88 + k * 44
        d.rectangle([px, y - 138, px + 6, y - 92], fill=red)
    eave_roof(d, cx, y - 138, 118, 46, ink)
    for k in (-1, 1):
        lx = cx + k * 104
        d.line([(lx, y - 66), (lx, y - 52)], fill=ink, width=2)
        d.ellipse([lx - 9, y - 54, lx + 9, y - 32], fill=(222, 52, 40))
        d.rectangle([lx - 2, y - 32, lx + 2, y - 24], fill=lit)


def pagoda(d, cx, base, ink, lit):
    """A tiered wooden pagoda in the distance (five eaves narrowing upwards, a spire) (new here)."""
    y = base
    for k in range(5):
        half = 60 - k * 9
        d.rectangle([cx - half + 12, y - 40, cx + half - 12, y], fill=ink)
        d.rectangle([cx - 4, y - 30, cx + 4, y - 14], fill=lit)
        eave_roof(d, cx, y - 40, half, 14, ink)
        y -= 56
    d.polygon([(cx - 5, y + 2), (cx, y - 50), (cx + 5, y + 2)], fill=ink)


def skyline(im, h):
    """The foot: Datong.  Loess hills beyond; the Yungang cliff with its niches and great seated Buddha at the left;
    a tiered pagoda at the right; the city wall across the foot with its gate tower in the middle; towers of the new
    town behind; the school's name at the very foot (new here)."""
    d = ImageDraw.Draw(im)
    base = h - 40
    far, lit = (70, 40, 14), (255, 214, 140)
    hills(d, base - 90, (58, 34, 12))
    for bx, bw, bh in [(360, 46, 150), (420, 40, 120), (700, 56, 170), (770, 40, 135)]:
        d.rectangle([bx, base - 90 - bh, bx + bw, base], fill=far)  # the new town
        for wy in range(base - 90 - bh + 16, base - 130, 26):
            for wx in range(bx + 8, bx + bw - 10, 18):
                if (wx * 7 + wy) % 4:
                    d.rectangle([wx, wy, wx + 7, wy + 10], fill=lit)
    ink = (34, 18, 6)
    wall_top = base - 170
    grotto(d, 0, 330, wall_top - 6, (132, 88, 44), (88, 54, 22), (48, 28, 10))
    pagoda(d, 930, base - 150, (40, 24, 8), lit)
    city_wall(d, base, wall_top, (56, 34, 14), (44, 26, 10))
    gate_tower(d, 560, wall_top, ink, (160, 40, 30), lit)
    ctext(d, W / 2, h - 28, SCHOOL, font(20, True, serif=True), (248, 246, 240))


def background(w, h):
    """The ochre page: glows, light streaks behind the ring, particles, thin streaks down the sides, the skyline
    (posters-blind-203's, recoloured)."""
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (255, 214, 140), 0.24)
    im = glow(im, 100, 1200, 300, (255, 134, 100), 0.12)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (196, 230, 255) if k % 2 else (255, 190, 120), 0.10)
    im = glow(im, 540, h - 300, 500, (255, 190, 120), 0.16)
    d = ImageDraw.Draw(im)
    rnd = random.Random(6208)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(255, 214, 150), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(248, 246, 240))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(255, 200, 140), width=2)
    skyline(im, h)
    return grain(im, 6208, 0.01)


LOG = {}


def paint_forum(forum):
    """A forum poster: the head, the forum's plate, the host bar, the slots, the foot (posters-blind-203's without
    the opening band and the round table)."""
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
    "Same schema and conventions as posters-blind-43 (and -59, -131, -149, -162, -174, -181, -198, -203): speakers are "
    "names as printed with spaces, letter-spacing and the padding of two-character names removed ('徐　军' -> 徐军, "
    "'李　婷' -> 李婷 and every other two-character name, padded on its plate or in its bar; some three-character names "
    "are set letter-spaced on their plates, '陈 晓 峰' -> 陈晓峰, others tight; 'Marco Bianchi' -> MarcoBianchi); host "
    "is the chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; "
    "break titles as printed with the padding removed (the tea break's plate prints '茶　歇', given '茶歇'). ONE "
    "invented edition, CLK 6208 (第4203届, 大同, host school 山西大同大学 with its 计算机与网络工程学院 at the top right, "
    "Saturday 6208-10-29), printed as CLK2024's repository holds its forums: ONE POSTER PER FORUM, each named by its "
    "forum. The forums are THREE of CLK2025's six forum folders, named as the folders are without their leading number "
    "and space: '内存管理与优化分论坛.webp' (folder '2 内存管理与优化分论坛'), '调度、性能与调试分论坛.webp' (folder 4, "
    "with its '、') and 'AI 基础设施与 eBPF 应用分论坛.webp' (folder 6, with its two spaces); all three run in "
    "parallel in the afternoon, each 14:00-18:00. The edition's other forums (主论坛 among them) have no poster in "
    "this set. There is no whole-agenda picture, so every talk is on one picture only and is listed once; every "
    "forum's date is the edition's; each poster is one entry holding its one forum. 27 scored talks (9 + 9 + 9, all "
    "kind 'talk'; no round table, no opening address) and 3 breaks (one '茶歇' per forum: 15:40-16:00, 15:20-15:35, "
    "15:40-15:55). Every forum ends with its last talk at 18:00. THE HEAD (logo lines 'CHINA LINUX KERNEL' / "
    "'中国Linux内核开发者大会', the seal, '山西大同大学' / '计算机与网络工程学院' and 'School of Computer and Network "
    "Engineering,' / 'Shanxi Datong University', '第4203届中国' / 'Linux内核开发者大会', the ring '6208' / 'CLK', the "
    "date pill '6208年10月29日' + pin + '大同', '地址：' over the forum's hall, printed over two lines "
    "'山西大同大学' / the rest) and THE FOOT ('赞助单位', '支持单位', '支持媒体' on plates over word-mark boxes, the QR "
    "code, '扫码报名', two caption lines '三个分论坛同时进行，请按胸牌颜色入场' and '会后可报名参观云冈石窟，名额有限', "
    "the slogan '相聚凤凰城 · 共话 Linux 内核' (凤凰城 is Datong's byname), the Datong skyline and the school's name) "
    "are no part of any forum, talk or slot; company names in the foot's boxes are nobody's affiliation. The forum is "
    "the name on the slanted plate under the head. The HOST is the name in the bar '>>>　主持人：name　<<<' (周立新 for "
    "内存管理与优化分论坛, a teacher of the host school; '徐　军' for 调度、性能与调试分论坛, a company's director; 杨建华 "
    "for 'AI 基础设施与 eBPF 应用分论坛', a researcher of an institute); the line '·　unit　·' under it is nobody's "
    "affiliation. Each card after a pair of V marks (the first at the right, the others at the left): the RANGE on a "
    "TAB at the top left of a frame, drawn in a SEGMENTED seven-segment 'digital' face, as the organisers' forum "
    "posters print ranges; the range on a tab belongs to the frame under it. In a talk's frame the bold title, then "
    "per speaker a BIOGRAPHY at the left (its lines JUSTIFIED to the measure, a paragraph's last line ragged), a ringed "
    "round photo at the right and the framed NAME PLATE under them, at the left or at the right (under the photo, the "
    "biography running wide under it) as on the real cards. A TEA BREAK is a tab over a short frame holding a plate "
    "with the label alone, '茶　歇'. AFFILIATIONS: like the real 2024 cards the talks print NO company line, so every "
    "talk's affiliations are [] although each biography names the speaker's company or school; biographies are "
    "nowhere in the truth, and the companies, schools, programmes, products, conferences and places they name (former "
    "employers 中兴通讯 (for 张海涛 of 英特尔), 海思 (for 马丽娟 of 荣耀), 英特尔 (for 刘洋 of 阿里云), 百度 (for 张明远 "
    "of 小红书); schools 北京邮电大学, 上海交通大学, 南京大学, 电子科技大学, 北京理工大学, 华中科技大学, 武汉大学, "
    "哈尔滨工业大学, 国防科技大学, 清华大学, 北京航空航天大学, 山东大学, 中国科学技术大学; 'SUSE', 'Prague', 'SUSE Linux "
    "Enterprise', 'Milan' and 'Politecnico di Milano' in the English biography; 'TencentOS', 'Cloud OS', 'virtio-mem', "
    "'CXL', 'NUMA balancing', 'MTE', 'memory.low', 'QEMU', 'KVM', 'VEE', 'EuroSys', 'SCHED_IDLE', 'perf', 'PMU', 'kdump', "
    "'vmcore', 'PREEMPT_RT', 'RCU', 'IOMMU', 'PCIe', 'RDMA', 'XDP', 'eBPF', 'BPF LSM', 'seccomp', 'JIT', 'NVMe', "
    "'GPUDirect Storage' inside biographies) are no speakers and no affiliations. TWO SPEAKERS of one talk (five "
    "talks) are two biography-photo-plate blocks one under the other in ONE frame under ONE title and ONE tab, both "
    "plates at the left as on the real two-speaker cards; they are given top then bottom: 陈晓峰 then '李　婷' (both "
    "华为云) and 郭鹏飞 (百度智能云) then '杨　斌' (昆仑芯, another company) in 内存管理与优化分论坛; in "
    "调度、性能与调试分论坛 the FIRST card (14:00-14:30), '李　华' then 吴晓丹 (both 小米), and the LAST card "
    "(17:30-18:00), '何　静' then 罗文斌 (both 麒麟软件), so that forum opens AND closes with a two-speaker card; in "
    "'AI 基础设施与 eBPF 应用分论坛' 胡晓东 (an associate professor of 西安交通大学) then '李　静' (a doctoral student of "
    "the same school, a ONE-line biography). The second block's name belongs to the same talk, not to the next frame. "
    "TITLES over two lines are one title: joined without a space inside Chinese text, after '：' and between Chinese "
    "and Latin where the poster has none ('virtio-mem在弹性云主机' / '内存热插拔中的实践' and '面向大模型推理的' / "
    "'1GB大页预留与CMA分配实践', broken by hand; 'Android内存泄漏的在线归因：' / 'page_owner的轻量化改造', after '：'; "
    "'memcg v2 memory.low' / '保护在在离线混部中的调优' and 'cgroup cpu.idle在离线' / '任务压制中的效果评估', broken "
    "evenly at a Latin-Chinese edge; 'userfaultfd在虚拟机热迁' / '移后拷贝阶段的性能优化' and 'RDMA网卡驱动在万卡训' / "
    "'练网络中的稳定性改进', even breaks INSIDE the words '迁移' and '训练'); with a space between Latin words "
    "('Rate-Limited Page Promotion' / 'for CXL Memory Tiering'; 'Live Patching the Scheduler:' / 'Pitfalls and "
    "Practices'; 'eBPF-Based Admission Control' / 'for Inference Serving', all three broken by hand). Most titles are "
    "typed running Latin into Chinese WITHOUT a space ('ARM64服务器上PREEMPT_RT的实时性测评', "
    "'vmalloc锁竞争分析与per-CPU缓存优化', 'XDP在推理网关负载均衡中的实践'), as the organisers' cards are typed, a few "
    "with a space inside their Latin part ('ARM64 MTE在…', 'perf c2c定位…', 'BPF LSM在…', 'GPUDirect Storage的…'); the "
    "truth keeps them as typed. ENGLISH-ONLY titles (4): 'Rate-Limited Page Promotion for CXL Memory Tiering' (张海涛), "
    "'Live Patching the Scheduler: Pitfalls and Practices' (the LATIN Marco Bianchi of SUSE, an ENGLISH biography of 8 "
    "lines in two paragraphs, plate at the right, name left-aligned on it), 'Lock Contention at Fleet Scale' ('曹　勇', "
    "on ONE line), 'eBPF-Based Admission Control for Inference Serving' (张明远). Latin names lose their space. "
    "Biographies of 1 to 9 lines, some in paragraphs (two of ONE line: '孙　浩', '李　静'). Talks of 20, 25 and 30 "
    "minutes; tea breaks of 20 and 15 minutes. NAMES: everyday given names (磊, 峰, 婷, 涛, 勇, 强, 浩, 娟, 飞, 斌, "
    "静, 华, 丹, 洋, 伟, 军, 刚, 芳, 明, 东, 杰, 新 and the like), eleven of the 34 Chinese names of two characters. "
    "SURNAMES in the proportions of a real Chinese conference: of the 34 Chinese names (three hosts and 31 of the 32 "
    "speakers) 王, 李 and 张 three times each, 刘, 陈 and 杨 twice each, then one each of 周, 徐, 梁, 黄, 孙, 马, 郭, 林, "
    "吴, 唐, 何, 罗, 赵, 曹, 郑, 高, 胡, 朱; the only uncommon one is 栾 (栾文涛, an engineer of 浪潮信息). No person is "
    "printed twice."
)
LAYOUTS = {
    "内存管理与优化分论坛.webp": "FORUM POSTER of 内存管理与优化分论坛 (host 周立新, 山西大同大学计算机与网络工程学院院长、教授; "
                          "hall '山西大同大学 御东校区学术交流中心一楼报告厅', printed over two lines) in the organisers' "
                          "2024 forum-poster family recoloured: an OCHRE ground with pale ICE-BLUE frames, cobalt-to-navy "
                          "tabs and plates and CORAL accents. 9 talks 14:00-18:00 and 茶歇 15:40-16:00: '王　磊'; 陈晓峰 "
                          "over '李　婷' (both 华为云; the title broken by hand after '云主机'); 张海涛 (English title "
                          "broken by hand, plate at the right); 梁志勇; 茶歇; 黄志强 (plate at the right); '孙　浩' (a "
                          "ONE-line biography); 马丽娟 (title broken after '：', plate at the right); 郭鹏飞 over '杨　斌' "
                          "(two companies; title broken by hand before '1GB'); LAST, 林文静 (the longest biography, 9 "
                          "lines, plate at the right).",
    "调度、性能与调试分论坛.webp": "FORUM POSTER of 调度、性能与调试分论坛 (host '徐　军', 统信软件 内核研发中心总监, a "
                           "company host; hall '山西大同大学 御东校区图书馆三楼报告厅', printed over two lines): 9 talks "
                           "14:00-18:00 and 茶歇 15:20-15:35. FIRST, '李　华' over 吴晓丹 (both 小米); 张宇航; the LATIN "
                           "Marco Bianchi (SUSE, English title broken after ':', English biography, plate at the right); "
                           "茶歇; '刘　洋' (plate at the right); 唐志伟; 赵建军 (plate at the right); '曹　勇' (the English "
                           "title on one line); 郑国伟; LAST (17:30-18:00), '何　静' over 罗文斌 (both 麒麟软件).",
    "AI 基础设施与 eBPF 应用分论坛.webp": "FORUM POSTER of 'AI 基础设施与 eBPF 应用分论坛' (host 杨建华, 中国科学院计算技术研究所 "
                                   "副研究员; hall '山西大同大学 御东校区计算机楼一层报告厅', printed over two lines): 9 "
                                   "talks 14:00-18:00 and 茶歇 15:40-15:55. '陈　刚' (plate at the right); 王丽芳 (the "
                                   "title broken evenly inside '训练'); 高云飞; 张明远 (English title broken by hand, plate "
                                   "at the right); 茶歇; 刘志强; 胡晓东 over '李　静' (teacher and doctoral student of "
                                   "西安交通大学); 朱俊杰; 栾文涛 (uncommon surname, plate at the right); LAST, 王建新 (plate "
                                   "at the right).",
}
EXPECTED_LINES = {
    "virtio-mem在弹性云主机内存热插拔中的实践": 2,
    "Rate-Limited Page Promotion for CXL Memory Tiering": 2,
    "memcg v2 memory.low保护在在离线混部中的调优": 2,
    "Android内存泄漏的在线归因：page_owner的轻量化改造": 2,
    "面向大模型推理的1GB大页预留与CMA分配实践": 2,
    "userfaultfd在虚拟机热迁移后拷贝阶段的性能优化": 2,
    "cgroup cpu.idle在离线任务压制中的效果评估": 2,
    "Live Patching the Scheduler: Pitfalls and Practices": 2,
    "RDMA网卡驱动在万卡训练网络中的稳定性改进": 2,
    "eBPF-Based Admission Control for Inference Serving": 2,
}
BIO_MAX = 9  # the longest biography (林文静's), in lines; the shortest (孙浩's, 李静's) are one line


# ===========================================================================
def aff_of(s):
    """A slot's affiliations: [] for a talk, as the cards print no company line (biographies are never
    affiliations).  posters-blind-203's (162's, 131's) without the round table."""
    return []


def truth_slot2(s):
    """A slot as truth.json gives it.  Titles as printed (a break's padding '茶　歇' removed).  posters-blind-203's."""
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
SURNAMES = {"王": 3, "李": 3, "张": 3, "刘": 2, "陈": 2, "杨": 2}  # and one each of the rest
SINGLES = "周徐梁黄孙马郭林吴唐何罗赵曹郑高胡朱栾"
RARE = "栾"  # the only surname outside COMMON
TWO_CHAR = ["徐军", "王磊", "李婷", "孙浩", "杨斌", "李华", "刘洋", "曹勇", "何静", "陈刚", "李静"]  # padded


def check(posters):
    """A Saturday; three of CLK2025's forum names; nobody printed twice; no real name or deck title; slots
    contiguous; no company lines on talks; the brief's ingredients (posters-blind-203's, with this set's forums,
    times and counts)."""
    assert saturday(DATE)
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
        assert ends[0][0] == "14:00" and ends[-1][1] == "18:00" and breaks == ["茶歇"], (ends, breaks)
        assert f["slots"][-1]["kind"] == "talk"
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == plain(FORUMS[FORUM_NAMES.index(f["forum"])][2][0])
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
            assert not sp["spaced"] or len(sp["name"]) == 3
    assert sum(1 for s in talks if len(s["sp"]) == 2) == 5
    assert len(SCHED[3][0]["sp"]) == 2 and len(SCHED[3][-1]["sp"]) == 2  # 调度 opens AND closes with two speakers
    assert len(MEM[3][-1]["sp"]) == 1 and len(AI[3][-1]["sp"]) == 1
    assert sum(1 for s in talks if s["title"].isascii()) == 4
    assert sum(1 for s in talks for sp in s["sp"] if latin(sp["name"])) == 1
    two = [p for p in people if len(p) == 2 and not p.isascii()]
    assert sorted(two) == sorted(TWO_CHAR), two
    assert all(len(p) in (2, 3) for p in people if not p.isascii())
    sur = [p[0] for p in people if not p.isascii()]
    rare = [p for p in people if not p.isascii() and p[0] not in COMMON]
    assert sorted(r[0] for r in rare) == sorted(RARE), rare  # the only uncommon surnames
    counts = {c: sur.count(c) for c in set(sur)}
    assert len(sur) == 34, len(sur)
    for c, n in SURNAMES.items():
        assert counts[c] == n, (c, counts)
    assert sorted(c for c in counts if counts[c] == 1) == sorted(SINGLES), counts
    assert set(counts) == set(SURNAMES) | set(SINGLES), counts
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
            os.makedirs("/tmp/p208/own", exist_ok=True)
            im.save("/tmp/p208/own/" + forum[0] + ".png")
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
