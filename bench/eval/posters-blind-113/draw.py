"""Draw the hundred-and-thirteenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 3131 (第1126届, 南充, 西华师范大学, Saturday 3131-10-24),
printed as CLK2024's repository prints its forums: ONE POSTER PER FORUM, named by the
forum.  Three of CLK2022's four forum names are drawn (the three afternoon forums):
处理器架构与调度分论坛.webp, 内存管理与异构计算分论坛.webp and 'IO 与 ebpf 分论坛.webp'.
All WebP, 1080 px wide and as tall as the real ones, in the family of the organisers'
2024 forum posters (slanted title, 'CLK' ring, date pill, forum plate, host bar, range
tabs in a segmented face, frames with biography, ringed photo and name plate, no
company line), in a NEW colour scheme: PETROL (deep blue-green) with APRICOT frames,
tabs and plates and light AQUA accents.

This file starts from posters-blind-108/draw.py (helpers copied unchanged; painters
recoloured; company line removed; data, skyline, notes and check new); see README.md.
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
# helpers copied unchanged from posters-blind-108/draw.py (which has them from set 104, and that from 79,
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
# CLK 3131 (第1126届), 南充, 西华师范大学, Saturday 3131-10-24.  ONE edition, three of its forum posters (the three
# afternoon forums of CLK2022's four: 处理器架构与调度分论坛, 内存管理与异构计算分论坛, IO 与 ebpf 分论坛), as CLK2024's
# repository holds one poster per forum.  The three run in parallel in the afternoon from 14:00.
EDITION = "CLK 3131"
YEAR = "3131"
NTH = "第1126届中国"
DATE = "3131-10-24"
DATE_PRINTED = "3131年10月24日"
CITY = "南充"
SCHOOL = "西华师范大学"
SCHOOL_UNIT = "计算机学院"
SCHOOL_EN = "School of Computer Science, China West Normal University"
SCHOOL_MARK = "CHINA WEST NORMAL UNIVERSITY"


def P(name, bio, side):
    """A talk's speaker: the biography the card prints and the side of his name plate ('R' under the photo, the
    biography running wide under it; 'L' under the biography).  No company line: the real cards print none."""
    return S(name, None, None, bio, side=side, line=None)


H1 = "佘国庆"
CPU = ("处理器架构与调度分论坛", "西华师范大学华凤校区 博学楼二楼报告厅", (H1, "西华师范大学计算机学院副院长、教授"), [
    T("14:00", "14:25", "RISC-V 向量扩展的上下文切换开销优化", [P(
        "覃思远",
        "平头哥半导体操作系统内核工程师，负责玄铁处理器在 Linux 主线中的支持，长期关注 RISC-V 向量扩展的"
        "内核实现，向上游提交了惰性保存向量寄存器相关的补丁。2019 年硕士毕业于浙江大学。", "L")], H1),
    T("14:25", "14:50", "sched_ext 调度器在视频转码集群中的落地", [
        P("邹明轩",
          "爱奇艺基础架构部内核工程师，负责转码与推理集群的内核调优，主导了基于 sched_ext 的定制调度器"
          "在生产环境的灰度与上线。", "L"),
        P("骆佳怡",
          "爱奇艺基础架构部工程师，负责调度器的性能评估与线上监控，2022 年硕士毕业于电子科技大学。", "L")], H1),
    T("14:50", "15:10", "Energy-Aware Scheduling on Heterogeneous Arm Laptops", [P(
        "Lukas Brandt",
        "Lukas is a kernel engineer at Linaro, where he works on power management and the scheduler for Arm "
        "laptops and phones. He maintains test setups for energy-aware scheduling and has sent fixes for "
        "the energy model and cpufreq upstream.", "L")], H1),
    T("15:10", "15:30", "ARM64 上 pseudo-NMI 的性能分析与改进", [P(
        "冼志豪",
        "华为操作系统内核实验室高级工程师，鲲鹏服务器内核中断子系统负责人，长期从事 ARM64 中断控制器 GIC "
        "与 NMI 相关的开发与维护。主导了 pseudo-NMI 在性能采样、硬锁检测等场景的落地，解决了多起高负载下"
        "中断风暴引起的系统卡死问题，向上游提交补丁一百余个。加入华为之前，在中兴通讯从事基站实时操作系统"
        "的开发五年，对中断延迟与实时性有丰富的调优经验。2010 年硕士毕业于西安交通大学，业余时间参与 "
        "openEuler 内核 SIG 的代码检视与新人培养。", "R")], H1),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:10", "LoongArch 多路服务器的 NUMA 拓扑感知调度", [P(
        "隗新宇",
        "龙芯中科内核研发部工程师，负责 LoongArch 架构多路服务器的调度与 NUMA 支持，参与了龙芯服务器处理器"
        "在 openEuler、龙蜥等发行版中的适配工作。2017 年毕业于中国科学院大学。", "L")], H1),
    T("16:10", "16:30", "运行队列锁竞争的量化分析：从 lockstat 到 perf lock", [
        P("谌立华",
          "西南交通大学计算机与人工智能学院副教授，硕士生导师，研究方向为操作系统与并发数据结构，在 "
          "EuroSys、USENIX ATC 等会议发表论文十余篇。", "L"),
        P("柴子涵", "西南交通大学硕士研究生，研究方向为多核调度的可扩展性。", "L")], H1),
    T("16:30", "16:50", "PREEMPT_RT 合入主线之后：车载实时内核的实测", [P(
        "庹建军",
        "长安汽车软件科技公司操作系统架构师，负责智能座舱与域控制器的 Linux 内核，主导了实时补丁在车载"
        "平台的评估与量产适配。在车载以太网、CAN 总线驱动的实时性优化方面积累了丰富经验，建立了覆盖"
        "数十款硬件的实时延迟测试平台，推动团队成员向上游提交驱动与调度相关的修复。此前在博世汽车"
        "电子从事嵌入式软件开发八年，2009 年硕士毕业于重庆大学。", "R")], H1),
    T("16:50", "17:10", "Cluster Scheduling for Chiplet-Based x86 Servers", [P(
        "韦嘉明",
        "海光信息内核工程师，负责海光处理器在 Linux 调度与电源管理子系统中的支持。", "L")], H1),
    T("17:10", "17:30", "cgroup v2 CPU 权重在混部集群中的失效分析与修复", [P(
        "龚晓岚",
        "京东零售基础架构部资深工程师，负责在线与离线混部集群的内核隔离能力，定位并修复了多起 CPU "
        "权重与带宽控制相互干扰导致的延迟问题，相关补丁已被上游接收。", "L")], H1),
])

H2 = "熊卫东"
MEM = ("内存管理与异构计算分论坛", "西华师范大学华凤校区 博学楼三楼学术厅", (H2, "电子科技大学计算机科学与工程学院副教授"), [
    T("14:00", "14:20", "内存分层下的页面热度识别：DAMON 与 NUMA Hinting 的对比", [P(
        "甘露",
        "字节跳动 STE 团队内核工程师，负责数据中心服务器的内存分层与 CXL 内存支持，对页面冷热识别、"
        "迁移策略有深入研究。2020 年硕士毕业于华中科技大学。", "L")], H2),
    T("14:20", "14:40", "GPU 显存与系统内存的统一回收", [
        P("粟文杰",
          "摩尔线程驱动开发工程师，负责 GPU 内核驱动的显存管理，实现了显存超分与换出机制。", "L"),
        P("苟雨晴",
          "四川大学计算机学院博士研究生，研究方向为异构内存管理，在摩尔线程实习期间参与统一回收方案的设计"
          "与评估。", "L")], H2),
    T("14:40", "15:10", "Slab Allocator Hardening Without Losing Performance", [P(
        "郗明远",
        "蚂蚁集团基础设施安全专家，负责操作系统内核的漏洞防御与加固，长期跟踪内核堆漏洞的利用手法，设计"
        "了面向 slab 分配器的隔离与随机化方案，并在数十万台服务器上完成部署，将性能损耗控制在百分之一"
        "以内。多次在国内外安全会议上分享内核漏洞利用与防御的研究成果，曾获 Pwn2Own 比赛奖项。"
        "此前在奇虎 360 从事漏洞挖掘工作，2014 年硕士毕业于上海交通大学。", "R")], H2),
    T("15:10", "15:40", "CXL 内存扩展在虚拟机中的直通与热迁移", [P(
        "缑海龙",
        "阿里云弹性计算虚拟化团队技术专家，负责 KVM 与内存虚拟化方向，主导了 CXL 内存扩展在云服务器中的"
        "虚拟化方案，目前关注内存池化与虚拟机热迁移的结合。", "L")], H2),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:20", "Reclaiming Memory from Idle Containers at Hyperscale", [P(
        "Daniel Weber",
        "英特尔亚太研发有限公司资深软件工程师，在上海工作已有十年，长期从事 Linux 内存管理与性能分析，"
        "目前负责至强平台上的内存回收与内存分层特性。", "L")], H2),
    T("16:20", "16:40", "NPU 驱动中的共享虚拟地址与缺页处理", [P(
        "艾文涛",
        "华为海思内核驱动专家，负责 NPU 驱动的内存管理子系统，推动 SVA 与 IOMMU 缺页处理在昇腾平台的"
        "落地，熟悉 ARM SMMU 架构。2012 年硕士毕业于武汉大学。", "L")], H2),
    T("16:40", "17:00", "大模型推理中 KV Cache 的内存卸载", [
        P("倪晓峰",
          "腾讯云异构计算团队高级工程师，负责推理集群的内存与 IO 优化，设计了 KV Cache 向主机内存及 NVMe "
          "分级卸载的方案。", "L"),
        P("成思琪", "腾讯云异构计算团队工程师，负责卸载方案的内核部分实现与性能测试。", "L")], H2),
    T("17:00", "17:20", "OOM 策略在手机后台保活中的取舍", [P(
        "卞雪梅",
        "vivo 操作系统内核工程师，负责手机内存管理与后台进程策略。", "L")], H2),
    T("17:20", "17:40", "机密虚拟机中的页表隔离与大页映射开销", [P(
        "禚立群",
        "海光信息安全虚拟化技术负责人，负责海光 CSV 机密计算技术在 Linux 与 KVM 中的实现与上游化工作，"
        "主导了机密虚拟机内存加密、页表隔离与远程证明等特性的设计，相关方案已在多家云厂商落地。此前在"
        "AMD 上海研发中心从事虚拟化开发，熟悉 SEV 系列技术，参与过多个版本 KVM 的维护与回合工作，"
        "2008 年博士毕业于天津大学计算机学院。", "R")], H2),
])

H3 = "蒯志明"
IO = ("IO 与 ebpf 分论坛", "西华师范大学华凤校区 图书馆一楼报告厅", (H3, "西南石油大学计算机科学学院教授"), [
    T("14:00", "14:30", "io_uring 在分布式存储网关中的零拷贝实践", [P(
        "易俊峰",
        "小红书存储技术负责人，负责公司对象存储与分布式文件系统的内核及用户态 IO 栈，主导了存储网关从 "
        "epoll 模型向 io_uring 的整体迁移，使单机吞吐提升一倍以上、尾延迟明显下降。在 NVMe 驱动、块层"
        "调度与页缓存等方面有多年的调优经验，多次在开源社区会议分享落地经验。此前在七牛云与网易从事"
        "存储系统研发工作，2011 年硕士毕业于北京航空航天大学计算机学院，业余时间维护一个 io_uring 的"
        "中文文档项目。", "R")], H3),
    T("14:30", "14:50", "Tracing Block I/O Latency Tails with BPF Iterators", [P(
        "柯文斌",
        "美团基础研发平台内核工程师，负责线上存储节点的块层可观测性，基于 BPF 开发了低开销的 IO 延迟"
        "分析工具，已在全公司存储集群中使用。", "L")], H3),
    T("14:50", "15:10", "NVMe 多路径在云盘故障切换中的时延优化", [
        P("梁宇",
          "中国电信天翼云存储研发专家，负责云盘的块存储客户端与故障切换机制，主导了 NVMe over TCP 在"
          "云盘中的落地。", "L"),
        P("鲍婷婷", "天翼云存储研发工程师，负责多路径策略的测试与调优。", "L")], H3),
    T("15:10", "15:30", "XDP 在 5G 用户面转发中的应用与调优", [P(
        "任可欣",
        "中兴通讯无线研究院高级工程师，负责 5G 核心网用户面的数据面加速，推动 XDP 与 AF_XDP 在转发"
        "网元中的商用。2016 年硕士毕业于西安电子科技大学。", "L")], H3),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:20", "BPF Token and Unprivileged eBPF in Containers", [P(
        "阎思成",
        "腾讯 TencentOS 内核工程师，负责容器场景下的 eBPF 安全与权限模型，参与了 BPF token 相关补丁的"
        "评审与测试，推动其在腾讯云容器服务中落地。", "L")], H3),
    T("16:20", "16:40", "ext4 fast commit 在手机存储上的实测", [P(
        "占明辉",
        "荣耀终端文件系统工程师，负责手机存储栈的性能与可靠性，熟悉 ext4 与 f2fs 的日志机制。", "L")], H3),
    T("16:40", "17:00", "基于 eBPF 的 TCP 拥塞控制插件：从实验到生产", [
        P("宋逸凡",
          "网易数帆网络内核负责人，负责网易云主机与容器网络的内核优化，主导了基于 struct_ops 的拥塞控制"
          "插件在 CDN 节点的上线。", "L"),
        P("陶雨欣", "浙江大学计算机科学与技术学院硕士研究生，研究方向为数据中心网络拥塞控制。", "L")], H3),
    T("17:00", "17:20", "bcachefs 与 btrfs 的小文件负载对比测试", [P(
        "岑浩",
        "统信软件文件系统工程师，负责桌面发行版的文件系统选型与测试，维护内部文件系统基准测试集。", "L")], H3),
    T("17:20", "17:40", "eBPF 验证器复杂度限制的生产经验", [P(
        "上官明远",
        "字节跳动 STE 团队内核工程师，负责 eBPF 在网络与可观测性场景的平台化，维护公司内部 BPF 程序的"
        "编译、加载与兼容性框架，累计支撑上千个 BPF 程序在数十个内核版本上运行。在处理验证器复杂度限制、"
        "跨内核版本的 CO-RE 兼容等问题上积累了大量经验，向上游提交了验证器与 libbpf 相关的修复。此前在"
        "百度系统部从事网络内核开发，2015 年硕士毕业于南开大学。", "R")], H3),
])

FORUMS = [CPU, MEM, IO]
FORUM_NAMES = ["处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # three of CLK2022's four

SPONSORS = ["西华师范大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "vivo", "OPPO", "龙芯中科", "蚂蚁集团",
            "统信软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "麒麟软件", "四川省计算机学会", "南充市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"]

# names of real speakers and hosts read on the real posters (set 79's list, which is set 66's, taken from the
# CLK2024 posters as pictures), none of which may be used; the listings' names and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震"]


# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# the new colour scheme: PETROL (a deep blue-green, instead of the organisers' royal blue), APRICOT where they
# print cyan (frames, tabs, plates' outlines, rings), a light AQUA where they print pink accents
APRI = (255, 178, 106)
PALE = (230, 242, 240)
FRAME = (246, 166, 102)
DIM = (150, 104, 74)
AQUA = (124, 232, 222)
HOLE = (6, 52, 62)  # the hole of a pin, the cut corners of plates
PLATE = (10, 72, 86)  # inside name plates
TAB0, TAB1 = (250, 162, 92), (186, 70, 50)  # tab gradients, bright at the left
BG0, BG1 = (12, 98, 112), (4, 34, 44)  # the page, top to bottom
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
    for r, col, wd in [(200, (70, 146, 150), 3), (160, (236, 156, 98), 6), (118, (255, 222, 186), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(250, 184, 112), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(14, 84, 96), outline=(255, 226, 192), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (255, 232, 204))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(255, 226, 192), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d, hall):
    """The head of every poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, APRI, 1.15)
    seal(d, 668, 84, 30, WHITE)
    d.text((712, 50), SCHOOL, font=font(30, True), fill=WHITE)
    d.text((712, 90), SCHOOL_UNIT, font=font(19, True), fill=WHITE)
    d.text((712, 118), fits(d, SCHOOL_EN, font(10), 360), font=font(10), fill=PALE)
    ring_graphic(d, 810, 660)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=APRI, width=4)
    d.line([(560, 530), (640, 510)], fill=APRI, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.rounded_rectangle([x0, y0, x1, y1], radius=14, outline=APRI, width=3)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, AQUA, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, APRI, 1.2)
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
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=(124, 232, 222) if i % 2 else (250, 172, 110), width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on an apricot plate with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(206, 124, 80))
    hgrad(d, x0, y, x1, y + h, (250, 166, 96), (176, 62, 48))
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=HOLE)
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=HOLE)
    d.line([(x1 - 200, y - 14), (x1 + 60, y - 14)], fill=AQUA, width=6)
    slant_text(im, 0, y + 8, text, f, WHITE, 0.18, cx=W / 2)
    return y + h


def arrows(d, x, y, right, fill, n=3, s=14):
    for j in range(n):
        ax = x + j * (s + 8) if right else x - j * (s + 8)
        k = 1 if right else -1
        d.line([(ax, y - s), (ax + k * s, y), (ax, y + s)], fill=fill, width=4)


def host_bar(d, y, host):
    hgrad(d, X0, y, X1, y + 78, (16, 86, 100), (150, 84, 62))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, AQUA)
    arrows(d, X1 - 34, y + 39, False, AQUA)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(156, 96, 66), (255, 182, 112)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: an apricot-to-terracotta bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(255, 230, 204), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def open_band(d, y, s):
    """The opening band of 主论坛: the range in the digital face, '>>>', the label at the right."""
    h = 84
    hgrad(d, X0, y, X1, y + h, TAB0, (16, 86, 100))
    d.rectangle([X0, y, X1, y + h], outline=(255, 230, 204), width=2)
    seg_text(d, X0 + 34, y + 20, rng(s), 44, WHITE)
    arrows(d, 660, y + h / 2, True, WHITE)
    rtext(d, X1 - 70, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(96, 150, 150), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=APRI, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(176, 118, 84), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=APRI)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side):
    """The name plate: an outlined box, darker inside, the name bold (padded); a tail line under it.
    Returns the foot of the tail line and the plate's left edge and width."""
    f = font(40, True)
    text = pad(name)
    w = max(340, tw(d, text, f) + 110)
    x0 = X0 + 46 if side == "L" else X1 - w
    d.rectangle([x0, y, x0 + w, y + 72], fill=PLATE, outline=APRI, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=APRI, width=3)
    if side == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=APRI, width=3)
    else:
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=APRI, width=3)
    if latin(name):
        d.text((x0 + 34, y + 10), text, font=f, fill=WHITE)
    else:
        ctext(d, x0 + w / 2, y + 9, text, f, WHITE)
    return y + 86, x0, w


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
    lines = wrap_widths(d, sp["bio"], bf, widths)
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=APRI, width=4)
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
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=APRI)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=AQUA, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


# titles the designer broke by hand, where the even break would fall badly (the lines joined, with a space
# between Latin and Chinese words as printed, give the title)
BREAKS = {
    "LoongArch 多路服务器的 NUMA 拓扑感知调度": ["LoongArch 多路服务器的", "NUMA 拓扑感知调度"],
    "cgroup v2 CPU 权重在混部集群中的失效分析与修复": ["cgroup v2 CPU 权重", "在混部集群中的失效分析与修复"],
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
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=APRI)
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
    d.rectangle([x0, y, x0 + w, y + 78], fill=PLATE, outline=APRI, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=APRI, width=3)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=APRI, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=APRI)
    meal_mark(d, x0 + 60, y + 20, s, AQUA, 1.2)
    ctext(d, x0 + w / 2 + 26, y + 10, s["title"], f, WHITE)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=APRI)
    return bot + 40


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(234, 244, 242), width=3)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (16, 86, 100), (255, 182, 112))
    hgrad(d, x0, y, x0 + w, y + h, (250, 166, 96), (176, 62, 48))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=HOLE)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=AQUA, width=6)
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
    qrcode(d, W / 2 - 160, y + 40, 320, 3131)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "现场参会可领取大会纪念品，数量有限，先到先得", font(30), PALE)
    ctext(d, W / 2, y + 52, "本次活动最终解释权归主办方所有", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "嘉陵江畔 · 共话 Linux 内核", font(54, True), APRI, 0.18, cx=W / 2)
    return int(y + 620)


def skyline(im, h):
    """The foot: Nanchong on the Jialing river: a hill with the slender white pagoda, an arch bridge over the
    river, towers of the city, the river's waves."""
    d = ImageDraw.Draw(im)
    base = h - 40
    col, col2, win = (18, 88, 100), (10, 66, 78), (255, 206, 150)
    for bx, bw, bh in [(610, 80, 230), (700, 96, 300), (810, 70, 200), (960, 100, 250)]:  # towers of the city
        d.rectangle([bx, base - bh, bx + bw, base], fill=col2)
        for wy in range(base - bh + 16, base - 20, 30):
            for wx in range(bx + 12, bx + bw - 14, 22):
                d.rectangle([wx, wy, wx + 9, wy + 14], fill=win)
    d.polygon([(0, base), (30, base - 120), (110, base - 210), (190, base - 240), (280, base - 190),
               (350, base - 90), (390, base)], fill=col)  # the hill
    px, py = 190, base - 240  # the pagoda on it: thirteen shrinking storeys
    for k in range(13):
        ww = 54 - k * 3
        yb = py - k * 16
        d.rectangle([px - ww / 2 + 6, yb - 12, px + ww / 2 - 6, yb], fill=(214, 226, 222))
        d.polygon([(px - ww / 2 - 4, yb - 11), (px + ww / 2 + 4, yb - 11), (px + ww / 2 - 2, yb - 16),
                   (px - ww / 2 + 2, yb - 16)], fill=(168, 190, 186))
    d.line([(px, py - 13 * 16), (px, py - 13 * 16 - 24)], fill=(214, 226, 222), width=4)
    by = base - 70  # the arch bridge over the river
    d.rectangle([330, by, 640, by + 10], fill=(30, 110, 120))
    for k in range(3):
        ax = 360 + k * 90
        d.arc([ax, by - 10, ax + 90, by + 110], 180, 360, fill=(250, 176, 110), width=5)
        d.line([(ax + 45, by + 10), (ax + 45, base)], fill=(30, 110, 120), width=6)
    for k in range(4):  # the river
        yy = base + 2 + k * 10
        for x in range(0, W, 60):
            d.arc([x, yy - 8, x + 60, yy + 8], 200, 340, fill=(120, 220, 210), width=2)
    ctext(d, W / 2, h - 28, SCHOOL, font(20, True, serif=True), (255, 232, 206))


def background(w, h):
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (255, 170, 100), 0.26)
    im = glow(im, 100, 1200, 300, (90, 230, 220), 0.16)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (255, 170, 100) if k % 2 else (90, 230, 220), 0.12)
    im = glow(im, 540, h - 300, 500, (255, 170, 100), 0.18)
    d = ImageDraw.Draw(im)
    rnd = random.Random(3131)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(40, 130, 140), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 226, 192))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(40, 130, 140), width=2)
    skyline(im, h)
    return grain(im, 3131, 0.01)


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
    "Same schema and conventions as posters-blind-43 (and -59, -101, -108): speakers are names as printed with spaces "
    "and the padding of two-character names removed ('甘　露' -> '甘露', '梁　宇' -> '梁宇', '岑　浩' -> '岑浩'; the "
    "Latin names 'Lukas Brandt' -> 'LukasBrandt', 'Daniel Weber' -> 'DanielWeber'); host is the chair printed for the "
    "forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed "
    "('茶歇'). ONE invented edition, CLK 3131 (第1126届, 南充, host school 西华师范大学 with its 计算机学院 at the top "
    "right, Saturday 3131-10-24), printed as CLK2024's repository holds its forums: ONE POSTER PER FORUM, each named by "
    "its forum, here THREE of CLK2022's four forum names exactly as CLK2022's README prints them: "
    "'处理器架构与调度分论坛.webp', '内存管理与异构计算分论坛.webp' and 'IO 与 ebpf 分论坛.webp' (with its spaces and "
    "lower-case 'ebpf', on the plate and in the file name alike). 主论坛 is not drawn (no poster, no slot), and there "
    "is no whole-agenda picture, so every talk is on one picture only and is listed once. The three forums run in "
    "parallel in the afternoon, each from 14:00; every forum's date is the edition's. Each poster is one entry holding "
    "its one forum. 27 scored talks (9 + 9 + 9, all kind 'talk'; no round table, no opening, no lunch), 3 breaks (one "
    "'茶歇' per forum: 15:30-15:45, 15:40-16:00, 15:30-15:50). THE HEAD (logo lines 'CHINA LINUX KERNEL' / "
    "'中国Linux内核开发者大会', the seal, '西华师范大学' / '计算机学院' and its English name, '第1126届中国' / "
    "'Linux内核开发者大会', the ring '3131' / 'CLK', the date pill '3131年10月24日' + pin + '南充', '地址：' and the "
    "forum's hall over two lines) and THE FOOT ('赞助单位', '支持单位', '支持媒体' on plates over word-mark boxes, the "
    "QR code, '扫码报名', two caption lines, the slogan '嘉陵江畔 · 共话 Linux 内核', the school's name in the "
    "skyline) are never part of a name, a title or a slot. The forum is the name on the slanted plate under the head. "
    "The HOST is the name in the bar '>>>　主持人：name　<<<' (佘国庆, 熊卫东, 蒯志明); the line '·　unit　·' under it "
    "is nobody's affiliation. Each talk after a pair of V marks (the first at the right, the others at the left): "
    "the RANGE on a TAB at the top left of a frame, drawn in a SEGMENTED seven-segment 'digital' face ('14:00 - 14:25' "
    "as glyphs), as the organisers' forum posters print ranges; the range on a tab belongs to the frame under it. In "
    "the frame the bold title, then per speaker a BIOGRAPHY at the left, a ringed round photo at the right and the "
    "framed NAME PLATE under them: at the left under a short biography, at the right (under the photo) where a long "
    "biography runs wide under the photo, as on the real cards. AFFILIATIONS: like the real 2024 cards these print NO "
    "company line, so every talk's affiliations are [] although each biography opens with or names the speaker's "
    "company or school; biographies are nowhere in the truth, and the companies and schools they name (former "
    "employers such as 中兴通讯, 博世汽车电子, 奇虎 360, AMD 上海研发中心, 七牛云, 网易, 百度; advisers' schools; "
    "'Linaro' in an English biography) are no speakers and no affiliations. TWO SPEAKERS of one talk (six talks) are "
    "two biography-photo-plate blocks one under the other in ONE frame under ONE title and ONE tab, both plates at the "
    "left as on the real two-speaker card; they are given top then bottom: 邹明轩 then 骆佳怡, 谌立华 then 柴子涵 "
    "(处理器架构与调度分论坛), 粟文杰 then 苟雨晴, 倪晓峰 then 成思琪 (内存管理与异构计算分论坛), 梁宇 then 鲍婷婷, 宋逸凡 "
    "then 陶雨欣 (IO 与 ebpf 分论坛). The second block's name belongs to the same talk, not to the next frame. TITLES "
    "over two lines are one title: joined without a space inside Chinese text and after '：' ('PREEMPT_RT 合入主线之后：' "
    "/ '车载实时内核的实测'), with a space between Latin words ('Slab Allocator Hardening' / 'Without Losing "
    "Performance'); two titles broken by hand keep their printed spaces: 'LoongArch 多路服务器的' / 'NUMA 拓扑感知调度' "
    "-> 'LoongArch 多路服务器的 NUMA 拓扑感知调度', 'cgroup v2 CPU 权重' / '在混部集群中的失效分析与修复' -> 'cgroup v2 "
    "CPU 权重在混部集群中的失效分析与修复'. ENGLISH-ONLY titles (6): 'Energy-Aware Scheduling on Heterogeneous Arm "
    "Laptops' (the Latin Lukas Brandt, English biography), 'Cluster Scheduling for Chiplet-Based x86 Servers' (韦嘉明, "
    "a two-line Chinese biography), 'Slab Allocator Hardening Without Losing Performance', 'Reclaiming Memory from Idle "
    "Containers at Hyperscale' (the Latin Daniel Weber, a CHINESE biography), 'Tracing Block I/O Latency Tails with BPF "
    "Iterators', 'BPF Token and Unprivileged eBPF in Containers'. Biographies of 2 to 10 lines. Talks of 20, 25 and 30 "
    "minutes. Compound surname 上官 (上官明远); uncommon surnames 佘, 蒯 (hosts), 覃, 冼, 隗, 谌, 庹, 粟, 苟, "
    "郗, 缑, 禚, 卞, 占, 岑. No person is printed twice."
)
LAYOUTS = {
    "处理器架构与调度分论坛.webp": "FORUM POSTER of 处理器架构与调度分论坛 (host 佘国庆, 西华师范大学计算机学院副院长、"
                           "教授; hall 西华师范大学华凤校区 / 博学楼二楼报告厅) in the organisers' 2024 forum-poster "
                           "family recoloured PETROL with APRICOT frames, tabs and plates and AQUA accents: 9 talks "
                           "14:00-17:30 (25 and 20 minutes) and 茶歇 15:30-15:45. 覃思远; 邹明轩 over 骆佳怡 (爱奇艺, "
                           "both plates left); the English title of the Latin Lukas Brandt (Linaro, English biography); "
                           "冼志豪 (10-line biography, plate at the right); 茶歇; 隗新宇 (hand-broken title); 谌立华 "
                           "(西南交通大学) over 柴子涵 (a two-line biography); 庹建军 (plate at the right, title broken "
                           "after '：'); 韦嘉明 (English title, two-line biography); 龚晓岚 (hand-broken title).",
    "内存管理与异构计算分论坛.webp": "FORUM POSTER of 内存管理与异构计算分论坛 (host 熊卫东, 电子科技大学计算机科学与工程学院"
                            "副教授; hall 博学楼三楼学术厅): 9 talks 14:00-17:40 (20 and 30 minutes) and 茶歇 "
                            "15:40-16:00. 甘露 ('甘　露'; title broken after '：'); 粟文杰 (摩尔线程) over 苟雨晴 (四川大学); "
                            "郗明远 (English title, plate at the right); 缑海龙; 茶歇; the English title of the Latin "
                            "Daniel Weber (英特尔, Chinese biography, plate at the left); 艾文涛; 倪晓峰 over 成思琪 (腾讯云); "
                            "卞雪梅 (a two-line biography); 禚立群 (plate at the right).",
    "IO 与 ebpf 分论坛.webp": "FORUM POSTER of 'IO 与 ebpf 分论坛' (the README's spelling on the plate; host 蒯志明, "
                           "西南石油大学计算机科学学院教授; hall 图书馆一楼报告厅): 9 talks 14:00-17:40 (30 and 20 "
                           "minutes) and 茶歇 15:30-15:50. 易俊峰 (a 9-line biography, plate at the right); 柯文斌 "
                           "(English title); 梁宇 ('梁　宇') over 鲍婷婷 (天翼云); 任可欣; 茶歇; 阎思成 (English title); "
                           "占明辉; 宋逸凡 (网易数帆) over 陶雨欣 (浙江大学; title broken after '：'); 岑浩 ('岑　浩'); "
                           "上官明远 (plate at the right).",
}
EXPECTED_LINES = {
    "Energy-Aware Scheduling on Heterogeneous Arm Laptops": 2,
    "LoongArch 多路服务器的 NUMA 拓扑感知调度": 2,
    "运行队列锁竞争的量化分析：从 lockstat 到 perf lock": 2,
    "PREEMPT_RT 合入主线之后：车载实时内核的实测": 2,
    "Cluster Scheduling for Chiplet-Based x86 Servers": 2,
    "cgroup v2 CPU 权重在混部集群中的失效分析与修复": 2,
    "内存分层下的页面热度识别：DAMON 与 NUMA Hinting 的对比": 2,
    "Slab Allocator Hardening Without Losing Performance": 2,
    "Reclaiming Memory from Idle Containers at Hyperscale": 2,
    "Tracing Block I/O Latency Tails with BPF Iterators": 2,
    "BPF Token and Unprivileged eBPF in Containers": 2,
    "基于 eBPF 的 TCP 拥塞控制插件：从实验到生产": 2,
}


def layout(fn, size):
    return "%s (第1126届), 南充, %s (WebP q85, %d x %d): " % ((EDITION, DATE) + size) + LAYOUTS.get(fn, "")


def check_lines(lines, bios):
    """The title breaks the notes name, and the spread of biography lengths."""
    for t, k in EXPECTED_LINES.items():
        assert lines[t] == k, (t, lines[t], k)
    assert sum(1 for k in lines.values() if k > 1) == len(EXPECTED_LINES), lines
    n = [b[2] for b in bios]
    assert min(n) <= 2 and max(n) >= 10, n


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


def readme_forums():
    """CLK2022's forum names as its README prints them (the names of its Markdown links), when the corpus is there."""
    p = "/work/shared/corpus/years/CLK2022/README.md"
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as fh:
        return re.findall(r"^\[([^\]]+)\]\(", fh.read(), re.M)


def check(posters):
    """A Saturday; three of CLK2022's forum names; nobody printed twice; no real name or deck title; slots
    contiguous; no company lines; the brief's ingredients."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == FORUM_NAMES
    names = readme_forums()
    if names is not None:
        assert len(names) == 4 and [n for n in names if n in FORUM_NAMES] == FORUM_NAMES, names
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
    assert sum(1 for s in talks for sp in s["sp"] if latin(sp["name"])) == 2
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
        assert 12800 <= im.size[1] <= 15600, (fn, im.size)
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
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
