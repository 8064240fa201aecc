"""Draw the hundred-and-eighty-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 3881 (第1876届, 三亚, 海南热带海洋学院, Saturday 3881-10-22),
printed as CLK2024's repository prints its forums: ONE POSTER PER FORUM, named by the
forum.  The forums are three of CLK2025's six, as its repository's folders name them
without their numbers: 主论坛 (the morning), then 调度、性能与调试分论坛 and
硬件架构与异构计算分论坛 in parallel in the afternoon.  All WebP, 1080 px wide and as
tall as the real ones, in the family of the organisers' 2024 forum posters (slanted
title, 'CLK' ring, date pill, forum plate, host bar, range tabs in a segmented face,
frames with a justified biography, ringed photo and name plate, no company line;
主论坛 with an opening band and a round table), in a NEW colour scheme: a RASPBERRY
ground with pale GOLD frames, rose-to-raspberry tabs and SKY CYAN accents.

This file starts from posters-blind-174/draw.py (helpers copied unchanged, painters
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
# helpers copied unchanged from posters-blind-174/draw.py, which has them from posters-blind-162, -149, -145,
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
# copied unchanged from posters-blind-174/draw.py (which has them from posters-blind-162 and -66): SEGS, seg_advance, seg_width, seg_text (the segmented
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
# CLK 3881 (第1876届), 三亚, 海南热带海洋学院, Saturday 3881-10-22.  ONE edition, three of its forum posters, named by
# CLK2025's forum folders 1, 4 and 5 without their numbers (主论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛), as
# CLK2024's repository holds one poster per forum.  主论坛 in the morning, the other two in parallel from 14:00.
EDITION = "CLK 3881"
YEAR = "3881"
NTH = "第1876届中国"
DATE = "3881-10-22"
DATE_PRINTED = "3881年10月22日"
CITY = "三亚"
SCHOOL = "海南热带海洋学院"
SCHOOL_UNIT = "计算机科学与技术学院"
SCHOOL_EN = "School of Computer Science and Technology, Hainan Tropical Ocean University"
SCHOOL_MARK = "HAINAN TROPICAL OCEAN UNIVERSITY"


def P(name, bio, side, spaced=False):
    """A talk's speaker: the biography the card prints (a '\\n' starts a new paragraph on a new line, as the real
    cards break theirs), the side of his name plate ('R' under the photo, the biography running wide under it;
    'L' under the biography) and whether a three-character name is letter-spaced on the plate.  No company line:
    the real cards print none.  posters-blind-174's."""
    return S(name, None, None, bio, side=side, line=None, spaced=spaced)


def G(name, line):
    """A round-table person as the real 主论坛 prints one: the name over ONE small line (company and job as
    typed, kept whole as the affiliation).  From posters-blind-174/draw.py."""
    return S(name, line, None)


def R(start, end, title, moderator, guests, host):
    """A round table: a bar '圆桌论坛' (a label), the title, a bar '主持人' over the moderator, a bar '嘉　宾'
    over the guests.  Its speakers are the moderator and then the guests.  From posters-blind-174/draw.py."""
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "host": host, "guests": len(guests)}


H1 = "林澍涛"
MAIN = ("主论坛", "海南热带海洋学院 学术交流中心报告厅", (H1, "海南热带海洋学院计算机科学与技术学院院长、教授"), [
    B("09:00", "09:10", "开场"),
    T("09:10", "09:20", "开幕致辞", [P(
        "符永康",
        "海南热带海洋学院副校长，二级教授，博士生导师，海南省拔尖人才。长期从事海洋信息感知、嵌入式系统与"
        "边缘计算方面的教学与科研工作，先后主持国家自然科学基金项目四项、国家重点研发计划课题两项、海南省"
        "重大科技计划项目多项，在国内外学术期刊和会议上发表论文九十余篇，授权发明专利三十余项。\n"
        "曾获海南省科学技术进步奖一等奖、海南省高等教育教学成果奖特等奖。他倡导面向南海与热带海洋的信息"
        "技术研究，推动学校与国内操作系统、处理器和通信企业共建联合实验室与实习基地，支持学生参与开源社区"
        "和操作系统竞赛，带领学校的开源镜像站与开源俱乐部从无到有。\n"
        "2003 年博士毕业于华中科技大学，曾在新加坡南洋理工大学做访问学者。", "R", True)], H1),
    T("09:20", "09:45", "从使用者到维护者：国内开发者参与上游内核的十年", [P(
        "王建业",
        "华为操作系统内核实验室首席专家，openEuler 技术委员会委员，长期参与 Linux 内核上游社区，是内核多个"
        "子系统的维护者或评审者，带领团队累计向主线贡献补丁数千个。\n"
        "他关注国内开发者在上游社区的成长，组织了多期内核补丁评审训练营。", "R", True)], H1),
    T("09:45", "10:10", "大模型推理集群对操作系统内核的新要求", [
        P("李沛远",
          "阿里云智能集团操作系统事业部资深技术专家，龙蜥社区技术委员会委员，负责大规模 AI 推理集群的主机"
          "操作系统，主导了 GPU 服务器内存、网络与调度的一体化优化。", "L", True),
        P("周婉婷",
          "阿里云操作系统团队技术专家，负责推理集群的内核性能基线与问题诊断。", "L")], H1),
    T("10:10", "10:35", "Rust for Linux: Lessons from Our First Production Driver", [P(
        "张思齐",
        "vivo 操作系统内核专家，负责手机平台的内核安全与新型驱动框架，带领团队用 Rust 完成了首个量产机型上的"
        "内核驱动，并将经验与补丁反馈至 Rust for Linux 社区。", "L")], H1),
    T("10:35", "11:00", "国产操作系统内核长期支持版本的维护之道", [P(
        "刘振宇",
        "麒麟软件内核研发中心技术总监，负责桌面与服务器操作系统内核的版本规划与长期维护，主持了多个长期支持"
        "版本的补丁回合、安全更新与硬件适配流程建设，服务金融、电力与政务等行业的大规模部署。\n"
        "他同时是 openKylin 社区内核 SIG 的负责人。2009 年硕士毕业于国防科技大学，此前在中标软件从事内核"
        "开发。", "R")], H1),
    T("11:00", "11:25", "面向算力网络的内核网络栈优化实践", [P(
        "张博闻",
        "中国移动云能力中心操作系统团队负责人，负责移动云自研操作系统与虚拟化平台，推动了内核网络栈在算力"
        "网络场景下的多项优化。", "L", True)], H1),
    T("11:25", "11:50", "智能驾驶域控制器上的Linux实时性保障", [P(
        "陈昀",
        "地平线操作系统团队架构师，负责智能驾驶计算平台的 Linux 内核与实时性优化，熟悉 PREEMPT_RT 与多核"
        "异构处理器上的中断和调度隔离。", "L")], H1),
    R("11:50", "12:30", "开源协作与基础软件：内核开发者的下一个十年",
      G("赵绍棠", "清华大学计算机科学与技术系副教授"),
      [G("杨砺群", "统信软件 内核研发部总监"),
       G("黄子珩", "OPPO 操作系统内核负责人"),
       G("王泊川", "海光信息 系统软件部总经理")], H1),
])

H2 = "吴峻岭"
SCHED = ("调度、性能与调试分论坛", "海南热带海洋学院 图书馆三楼学术报告厅", (H2, "腾讯云 TencentOS 性能团队负责人"), [
    T("14:00", "14:20", "CPU带宽控制突发配额在容器场景中的实践", [P(
        "李垚",
        "快手基础架构部内核工程师，负责容器平台的 CPU 资源隔离与调度优化，推动 CFS 突发配额在在线业务中落地。",
        "L")], H2),
    T("14:20", "14:40", "uclamp在手机前台任务调度中的应用", [P(
        "郭雅琳",
        "荣耀终端有限公司操作系统内核专家，负责手机平台的 CPU 调度、频率调节与功耗优化。她主导了基于 uclamp "
        "的前台任务保障方案，在多款机型上显著降低了应用启动与滑动的卡顿率。\n"
        "加入荣耀之前，她在展讯通信从事 Android 内核的移植与调优工作五年。2014 年硕士毕业于西安电子科技大学。",
        "R", True)], H2),
    T("14:40", "15:10", "Live Patching at Scale: What Can Go Wrong", [P(
        "Mathieu Roussel",
        "Mathieu is a kernel engineer at SUSE Labs in Prague, where he maintains the live patching tooling used "
        "to ship fixes to SUSE Linux Enterprise customers without reboots. Over the past eight years he has "
        "written and reviewed several hundred live patches.\n"
        "Before SUSE he worked on firmware for storage controllers in Grenoble. He has spoken about kernel "
        "live patching at several open source conferences.", "R")], H2),
    T("15:10", "15:30", "基于PSI的容器资源压力感知与调度", [
        P("马骁东",
          "美团基础研发平台内核技术专家，负责数据中心主机内核的资源隔离与可观测性，主导了基于 PSI 指标的资源"
          "压力感知系统。", "L", True),
        P("胡嘉欣",
          "美团基础研发平台内核工程师。", "L", True)], H2),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:10", "软锁死检测误报的根因分析与修复", [P(
        "赵启铭",
        "中兴通讯操作系统产品部内核工程师，负责电信级嵌入式 Linux 的稳定性，分析并修复了多起软锁死与 RCU 停顿"
        "的误报问题。", "L", True)], H2),
    T("16:10", "16:30", "RCU回调积压引发内存压力的排查实录", [P(
        "徐翀",
        "京东零售基础架构部内核技术专家，负责京东数据中心操作系统内核的稳定性与故障诊断，长期关注 RCU、内存"
        "回收与网络协议栈的交互问题，在大促保障中主导了多起疑难故障的定位。\n"
        "他开发的内核问题自动分析平台已覆盖京东全部在线服务器。2012 年毕业于北京航空航天大学。", "R")], H2),
    T("16:30", "16:50", "Core Scheduling在云主机中的性能开销评估", [P(
        "孙一帆",
        "天翼云操作系统团队高级工程师，负责云主机安全隔离特性的评估与落地。", "L")], H2),
    T("16:50", "17:10", "Tracing Scheduler Latency with eBPF in Production", [P(
        "高文博",
        "蚂蚁集团基础设施部内核工程师，负责在线业务的调度延迟分析，开发了基于 eBPF 的调度延迟常态化采集工具，"
        "在数万台主机上运行。", "L", True)], H2),
    T("17:10", "17:40", "KCSAN在国产网卡驱动数据竞争检测中的使用经验", [
        P("梁思衡",
          "中山大学计算机学院副教授，研究方向为操作系统与系统软件可靠性，主持国家自然科学基金面上项目两项。\n"
          "2015 年博士毕业于上海交通大学。", "L", True),
        P("冼子豪",
          "中山大学计算机学院博士研究生。", "L", True)], H2),
])

H3 = "陈立衡"
HW = ("硬件架构与异构计算分论坛", "海南热带海洋学院 计算机楼一楼报告厅", (H3, "华南理工大学计算机科学与工程学院教授"), [
    T("14:00", "14:25", "RISC-V AIA中断架构的内核支持与验证", [P(
        "张泽楷",
        "平头哥半导体操作系统团队高级工程师，负责玄铁处理器的 Linux 内核支持，参与了 RISC-V 高级中断架构驱动"
        "的上游开发与评审。", "L", True)], H3),
    T("14:25", "14:50", "Arm64 MPAM缓存与带宽隔离的落地实践", [P(
        "王宇珩",
        "华为鲲鹏计算操作系统团队技术专家，负责鲲鹏服务器的资源隔离与性能特性，主导了 MPAM 在在离线混部场景中"
        "的内核适配与调优，使混部集群的在线业务延迟抖动明显下降。\n"
        "他此前在英特尔亚太研发中心从事 RDT 相关开发四年，2011 年硕士毕业于浙江大学。", "R", True)], H3),
    T("14:50", "15:15", "Memory Encryption Overhead in Confidential VMs", [P(
        "Haotian Lu",
        "Haotian is a senior software engineer at AMD in Shanghai, working on SEV-SNP support in the Linux "
        "kernel and KVM.", "L")], H3),
    T("15:15", "15:40", "CXL内存扩展设备的热插拔、错误处理与RAS支持", [
        P("刘佳琦",
          "浪潮信息服务器系统软件部资深工程师，负责 CXL 内存扩展设备在服务器平台上的固件与内核协同，主导了热"
          "插拔与内存错误处理方案的设计。", "L", True),
        P("黄铮",
          "浪潮信息服务器系统软件部工程师，负责 CXL 设备的 RAS 测试与验证。", "L")], H3),
    B("15:40", "16:00", "茶歇"),
    T("16:00", "16:20", "LoongArch平台KVM虚拟化的性能优化", [P(
        "罗志明",
        "龙芯中科系统软件部虚拟化技术负责人，负责 LoongArch 架构的 KVM 与 QEMU 支持，推动了多项虚拟化特性进入"
        "上游主线。", "L", True)], H3),
    T("16:20", "16:40", "GPU驱动中DRM调度器的公平性改进", [P(
        "朱逸凡",
        "壁仞科技系统软件部驱动架构师，负责通用 GPU 的内核驱动，关注 DRM 调度器、显存管理与多进程隔离，此前在"
        "AMD 上海研发中心从事图形驱动开发七年。\n"
        "2013 年硕士毕业于复旦大学，研究方向为计算机体系结构。", "R", True)], H3),
    T("16:40", "17:00", "面向NPU的SVA共享虚拟地址支持", [P(
        "李书航",
        "燧原科技软件部内核驱动工程师，负责 AI 加速卡驱动的内存管理与 IOMMU 适配。", "L", True)], H3),
    T("17:00", "17:20", "海光CSV机密虚拟机的启动加速", [P(
        "韩旻",
        "海光信息技术股份有限公司安全技术部工程师。", "L")], H3),
    T("17:20", "17:40", "智能网卡vDPA设备的热迁移支持", [P(
        "王雨汀",
        "云豹智能软件部虚拟化技术专家，负责 DPU 上的 virtio 与 vDPA 设备实现，主导了裸金属与虚拟机场景下的设备"
        "热迁移方案，相关补丁已提交至上游社区并进入评审。\n"
        "此前在新华三从事网络设备驱动开发，2016 年硕士毕业于电子科技大学。", "R")], H3),
])

FORUMS = [MAIN, SCHED, HW]
FORUM_NAMES = ["主论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛"]  # CLK2025's folders 1, 4 and 5

SPONSORS = ["海南热带海洋学院", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "荣耀", "小米", "龙芯中科", "海光信息", "麒麟软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "开放原子开源基金会", "海南省计算机学会",
           "三亚市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "SegmentFault 思否", "Linux 中国"]


# names of real speakers and hosts read on the real posters (set 174's list, which is set 162's, which is set 149's, 145's, 137's,
# 131's, 125's, 119's, 113's, 79's and 66's, taken from the CLK2024 posters as pictures), none of which may be
# used; the listings' names and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "李志", "伍勃", "李扬韬", "邹贻鹏", "廖肇燕", "甄鹏",
              "慕冬亮", "LianboJiang"]


# ---------------------------------------------------------------------------


# the new colour scheme: RASPBERRY (a vivid berry red to a deep wine, instead of the organisers' royal blue), pale
# GOLD where they print cyan (frames, plates' outlines, rings), ROSE-TO-RASPBERRY tabs and plates, SKY CYAN where they
# print pink accents
GOLD = (255, 222, 140)
PALE = (255, 236, 240)
FRAME = (246, 206, 120)
DIM = (176, 72, 112)
SKY = (96, 212, 240)
HOLE = (48, 6, 26)  # the hole of a pin, the cut corners of plates
PLATE = (96, 14, 50)  # inside name plates
TAB0, TAB1 = (250, 122, 160), (120, 16, 60)  # tab gradients, bright at the left
BG0, BG1 = (186, 28, 84), (58, 8, 32)  # the page, top to bottom
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 50
PHOTO, PCX, OUTER = 236, 810, 166  # photo diameter, its centre x, the outer ring's radius
# ---------------------------------------------------------------------------
# painters from posters-blind-174/draw.py (which has them from posters-blind-162, -149, -145, -137 and -131),
# recoloured (its LIME and TANG are GOLD and SKY here, every literal colour mapped to a raspberry, rose or gold
# value by one table); speaker_block justifies the biography's lines (jline, new here) and panel_card takes any
# number of guests; footer, skyline, palm, guanyin, phoenix_island, deer_rock and background are new (see README.md)
def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites."""
    for r, col, wd in [(200, (222, 120, 156), 3), (160, (255, 222, 140), 6), (118, (255, 244, 246), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(110, 220, 245), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(70, 8, 36), outline=(255, 244, 246), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (255, 244, 246))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(255, 244, 246), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d, hall):
    """The head of every poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, GOLD, 1.15)
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
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=GOLD, width=4)
    d.line([(560, 530), (640, 510)], fill=GOLD, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.rounded_rectangle([x0, y0, x1, y1], radius=14, outline=GOLD, width=3)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, SKY, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, GOLD, 1.2)
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
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=SKY if i % 2 else GOLD, width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on a rose-to-raspberry plate with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(236, 110, 150))
    hgrad(d, x0, y, x1, y + h, (252, 128, 166), (118, 14, 58))
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
    hgrad(d, X0, y, X1, y + 78, (92, 12, 46), (214, 84, 130))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, SKY)
    arrows(d, X1 - 34, y + 39, False, SKY)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(222, 120, 156), (255, 222, 140)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a rose-to-raspberry bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(255, 232, 238), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(222, 120, 156), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=GOLD, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(220, 176, 90), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=GOLD)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side, spaced=False):
    """The name plate: an outlined box, darker inside, the name bold (padded); a tail line under it.
    Returns the foot of the tail line and the plate's left edge and width."""
    f = font(40, True)
    text = pad(name)
    w = max(340, tw(d, text, f) + 110)
    x0 = X0 + 46 if side == "L" else X1 - w
    d.rectangle([x0, y, x0 + w, y + 72], fill=PLATE, outline=GOLD, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=GOLD, width=3)
    if side == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=GOLD, width=3)
    else:
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=GOLD, width=3)
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
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=GOLD, width=4)
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
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=GOLD)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=SKY, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


# titles the designer broke by hand, where the even break would fall badly (the lines joined, with a space
# between Latin words as printed, give the title)
# titles the designer broke by hand, where the even break would fall inside a word ('数/据', '热插/拔'); the lines
# joined, with a space between Latin words as printed, give the title
BREAKS = {
    "KCSAN在国产网卡驱动数据竞争检测中的使用经验": ["KCSAN在国产网卡驱动", "数据竞争检测中的使用经验"],
    "CXL内存扩展设备的热插拔、错误处理与RAS支持": ["CXL内存扩展设备的热插拔、", "错误处理与RAS支持"],
    "Memory Encryption Overhead in Confidential VMs": ["Memory Encryption Overhead", "in Confidential VMs"],
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
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=GOLD)
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
    hgrad(d, X0, y, X1, y + h, TAB0, (92, 12, 46))
    d.rectangle([X0, y, X1, y + h], outline=(255, 232, 238), width=2)
    seg_text(d, X0 + 34, y + 20, rng(s), 44, WHITE)
    arrows(d, 660, y + h / 2, True, WHITE)
    rtext(d, X1 - 70, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


def label_bar(d, y, text):
    """A bar inside the round-table frame, as on the real 主论坛: arrows at both ends, the label centred;
    a tick on the frame's left edge level with it (posters-blind-131's, recoloured)."""
    x0, x1, h = X0 + 110, X1 - 110, 76
    hgrad(d, x0, y, x1, y + h, (236, 116, 154), (92, 12, 46))
    d.rectangle([x0, y, x1, y + h], outline=FRAME, width=2)
    arrows(d, x0 + 32, y + h / 2, True, WHITE, 3, 12)
    arrows(d, x1 - 32, y + h / 2, False, WHITE, 3, 12)
    ctext(d, W / 2, y + 10, text, font(40, True), WHITE)
    d.rectangle([X0 - 8, y + h / 2 - 3, X0 + 22, y + h / 2 + 3], fill=GOLD)
    return y + h


def person(d, y, sp):
    """A round-table person: the name (padded, pale gold) over one small line (posters-blind-131's, recoloured)."""
    ctext(d, W / 2, y, pad(sp["name"]), font(44, True), (255, 230, 160))
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
    d.rectangle([X0 - 8, y + 24, X0 + 22, y + 30], fill=GOLD)
    for ln in tl:
        ctext(d, W / 2, y, ln, f, (255, 230, 160))
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
    d.rectangle([x0, y, x0 + w, y + 78], fill=PLATE, outline=GOLD, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=GOLD, width=3)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=GOLD, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=GOLD)
    ctext(d, x0 + w / 2, y + 10, pad(s["title"]), f, WHITE)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=GOLD)
    return bot + 40


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(255, 244, 246), width=3)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (92, 12, 46), (255, 222, 140))
    hgrad(d, x0, y, x0 + w, y + h, (252, 128, 166), (118, 14, 58))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=HOLE)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=SKY, width=6)
    slant_text(im, 0, y + 10, text, font(52, True), WHITE, 0.18, cx=W / 2)
    return y + h





def footer(im, d, y):
    """The foot (posters-blind-174's, which has posters-blind-162's order: sponsors, support units, media, QR code, captions, slogan), with this
    edition's captions and slogan (new text)."""
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 90
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 90
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 200, y, W / 2 + 200, y + 400], outline=WHITE, width=3)
    d.rectangle([W / 2 - 180, y + 20, W / 2 + 180, y + 380], fill=WHITE)
    qrcode(d, W / 2 - 160, y + 40, 320, 3881)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "现场参会者可领取大会定制帆布袋（数量有限）", font(30), PALE)
    ctext(d, W / 2, y + 52, "具体议程以大会当天现场安排为准", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "相聚鹿城 · 共话 Linux 内核", font(54, True), SKY, 0.18, cx=W / 2)
    return int(y + 620)


def palm(d, x, base, hgt, lean, ink, edge):
    """A coconut palm: a trunk bending as it rises (rings on it), a crown of drooping fronds and three coconuts
    (new here)."""
    pts = []
    for i in range(13):
        t = i / 12
        pts.append((x + lean * t * t, base - hgt * t))
    for (ax, ay), (bx_, by) in zip(pts, pts[1:]):
        wd = int(16 - 8 * (base - ay) / hgt)
        d.line([(ax, ay), (bx_, by)], fill=ink, width=max(6, wd))
        d.line([(ax - 5, ay), (ax + 5, ay - 2)], fill=edge, width=1)
    tx, ty = pts[-1]
    for ang, ln in [(200, 120), (225, 130), (160, 110), (330, 130), (305, 120), (20, 110), (255, 80), (285, 90)]:
        a = math.radians(ang)
        ex, ey = tx + ln * math.cos(a), ty - ln * math.sin(a) * 0.45 + ln * 0.35
        mx, my = tx + ln * 0.55 * math.cos(a), ty - ln * 0.5 * math.sin(a) - 16
        d.line([(tx, ty), (mx, my), (ex, ey)], fill=ink, width=7, joint="curve")
        for k in range(1, 6):  # the leaflets hanging from the frond
            px_, py_ = mx + (ex - mx) * k / 6, my + (ey - my) * k / 6
            d.line([(px_, py_), (px_ + 6 * math.cos(a), py_ + 22)], fill=ink, width=3)
    for cx_, cy_ in ((tx - 8, ty + 10), (tx + 6, ty + 12), (tx - 1, ty + 20)):
        d.ellipse([cx_ - 7, cy_ - 7, cx_ + 7, cy_ + 7], fill=ink)


def guanyin(d, cx, base, ink, edge):
    """Sanya's Guanyin in the sea: a round platform on the water, a bridge to the shore, a lotus base and the tall
    standing figure with a halo (new here)."""
    d.rectangle([cx - 130, base - 24, cx + 130, base], fill=ink)  # the platform on the water
    d.line([(cx - 130, base - 24), (cx + 130, base - 24)], fill=edge, width=2)
    d.rectangle([cx - 300, base - 14, cx - 130, base - 8], fill=ink)  # the bridge to the shore
    for px_ in range(int(cx - 290), int(cx - 130), 34):
        d.rectangle([px_, base - 8, px_ + 6, base], fill=ink)
    for k in range(5):  # the lotus base, petals over petals
        pw = 110 - k * 12
        d.chord([cx - pw / 2, base - 70 - k * 14, cx + pw / 2, base - 22 - k * 14], 0, 180, fill=ink)
        d.arc([cx - pw / 2, base - 70 - k * 14, cx + pw / 2, base - 22 - k * 14], 0, 180, fill=edge, width=1)
    top = base - 330
    d.polygon([(cx - 30, base - 86), (cx - 22, top + 70), (cx - 12, top + 40), (cx + 12, top + 40),
               (cx + 22, top + 70), (cx + 30, base - 86)], fill=ink)  # the robe
    d.line([(cx - 18, top + 120), (cx - 34, top + 170)], fill=ink, width=8)  # the arms holding a sutra
    d.line([(cx + 18, top + 120), (cx + 34, top + 170)], fill=ink, width=8)
    d.ellipse([cx - 14, top + 6, cx + 14, top + 42], fill=ink)  # the head
    d.polygon([(cx - 10, top + 8), (cx, top - 12), (cx + 10, top + 8)], fill=ink)  # the crown
    d.ellipse([cx - 34, top - 16, cx + 34, top + 52], outline=edge, width=3)  # the halo
    for k in range(3):
        d.line([(cx - 20 + k * 20, top + 60), (cx - 26 + k * 26, base - 100)], fill=edge, width=1)  # folds


def phoenix_island(d, cx, base, ink, edge, lit):
    """Phoenix Island off Sanya Bay: a low island joined to the shore by a long causeway bridge, five tall hotel
    towers whose tops curve like sails, lit windows (new here)."""
    d.polygon([(cx - 200, base - 10), (cx - 170, base - 40), (cx + 170, base - 40), (cx + 200, base - 10),
               (cx + 200, base), (cx - 200, base)], fill=ink)
    d.rectangle([cx - 420, base - 26, cx - 200, base - 20], fill=ink)  # the causeway
    for px_ in range(int(cx - 410), int(cx - 200), 30):
        d.rectangle([px_, base - 20, px_ + 5, base], fill=ink)
    for k, (dx, hh) in enumerate([(-130, 200), (-65, 250), (0, 290), (65, 250), (130, 200)]):
        x0, x1, yb = cx + dx - 24, cx + dx + 24, base - 40
        yt = yb - hh
        curl = 40 if dx <= 0 else -40  # the sail's top curls towards the middle
        d.polygon([(x0, yb), (x0, yt + 30), (x0 + 24 + curl / 2, yt - 10), (x1, yt + 30 + abs(curl) / 2), (x1, yb)],
                  fill=ink)
        d.line([(x0, yt + 30), (x0 + 24 + curl / 2, yt - 10), (x1, yt + 30 + abs(curl) / 2)], fill=edge, width=2)
        for wy in range(int(yt + 50), int(yb - 14), 20):
            for wx in (x0 + 8, x0 + 21, x0 + 34):
                if (wx * 3 + wy + k) % 5 < 3:
                    d.rectangle([wx, wy, wx + 6, wy + 9], fill=lit)


def deer_rock(d, x, base, ink, edge):
    """Luhuitou, 'the deer looking back': a hill over the sea with the statue of a deer on its top, turning its
    head back over its shoulder, antlers raised (new here)."""
    d.polygon([(x - 180, base), (x - 120, base - 120), (x - 50, base - 180), (x + 40, base - 200), (x + 120, base - 150),
               (x + 200, base - 60), (x + 240, base)], fill=ink)
    d.line([(x - 120, base - 120), (x - 50, base - 180), (x + 40, base - 200), (x + 120, base - 150)], fill=edge,
           width=2)
    by = base - 200
    d.rectangle([x - 4, by - 30, x + 60, by], fill=ink)  # the plinth
    d.ellipse([x - 6, by - 86, x + 66, by - 46], fill=ink)  # the body
    for lx in (x + 2, x + 14, x + 48, x + 58):  # the legs
        d.line([(lx, by - 56), (lx, by - 30)], fill=ink, width=5)
    d.line([(x + 58, by - 78), (x + 70, by - 112)], fill=ink, width=10)  # the neck, rising
    d.ellipse([x + 48, by - 128, x + 74, by - 108], fill=ink)  # the head, turned back
    d.polygon([(x + 50, by - 118), (x + 34, by - 112), (x + 50, by - 110)], fill=ink)  # the muzzle, pointing back
    for sx in (0, 8):  # the antlers
        d.line([(x + 62 + sx, by - 126), (x + 66 + sx, by - 156)], fill=ink, width=3)
        d.line([(x + 64 + sx, by - 140), (x + 76 + sx, by - 150)], fill=ink, width=2)
    d.line([(x - 2, by - 80), (x - 12, by - 90)], fill=ink, width=3)  # the tail


def skyline(im, h):
    """The foot: Sanya by the sea.  The hotels of the bay beyond; at the left the hill of Luhuitou with the deer
    looking back; Phoenix Island's sail towers and causeway in the middle; the Guanyin standing in the sea at the
    right; two coconut palms in front; the sea's ripples; the school's name at the very foot (new here)."""
    d = ImageDraw.Draw(im)
    base = h - 40
    far, lit = (112, 20, 60), (255, 214, 150)
    for bx, bw, bh in [(230, 50, 150), (290, 70, 210), (700, 60, 180), (770, 40, 130)]:
        d.rectangle([bx, base - bh, bx + bw, base], fill=far)  # hotels beyond
        for wy in range(base - bh + 16, base - 50, 26):
            for wx in range(bx + 8, bx + bw - 10, 18):
                if (wx * 7 + wy) % 4:
                    d.rectangle([wx, wy, wx + 7, wy + 10], fill=lit)
    ink, edge = (44, 4, 24), GOLD
    deer_rock(d, 170, base, ink, edge)
    phoenix_island(d, 560, base, ink, edge, lit)
    guanyin(d, 920, base, ink, edge)
    palm(d, 340, base, 330, 60, ink, edge)
    palm(d, 1040, base, 280, -50, ink, edge)
    for k in range(4):  # the sea
        yy = base + 4 + k * 9
        for x in range(0, W, 56):
            d.arc([x + (k % 2) * 28, yy - 7, x + 56 + (k % 2) * 28, yy + 7], 200, 340, fill=SKY if k % 2 else GOLD,
                  width=2)
    ctext(d, W / 2, h - 28, SCHOOL, font(20, True, serif=True), (255, 244, 246))


def background(w, h):
    """The raspberry page: glows, light streaks behind the ring, particles, thin streaks down the sides, the
    skyline (posters-blind-174's, recoloured)."""
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (255, 120, 170), 0.26)
    im = glow(im, 100, 1200, 300, (96, 212, 240), 0.12)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (255, 222, 140) if k % 2 else (96, 212, 240), 0.11)
    im = glow(im, 540, h - 300, 500, (255, 120, 170), 0.18)
    d = ImageDraw.Draw(im)
    rnd = random.Random(3881)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(230, 120, 160), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 244, 246))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(230, 120, 160), width=2)
    skyline(im, h)
    return grain(im, 3881, 0.01)


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
    "Same schema and conventions as posters-blind-43 (and -59, -131, -149, -162, -167, -174): speakers are names as "
    "printed with spaces, letter-spacing and the padding of two-character names removed ('陈　昀' -> 陈昀, '李　垚' -> "
    "李垚, '徐　翀' -> 徐翀, '黄　铮' -> 黄铮, '韩　旻' -> 韩旻; some three-character names are set letter-spaced on "
    "their plates, left or right, '符 永 康' -> 符永康, others tight; 'Mathieu Roussel' -> MathieuRoussel, 'Haotian Lu' "
    "-> HaotianLu); host is the chair printed for the forum covering the slot, null for breaks; start/end always HH:MM "
    "on a 24-hour clock; break titles as printed with the padding removed ('开场'; the tea break's plate prints "
    "'茶　歇', given '茶歇'). ONE invented edition, CLK 3881 (第1876届, 三亚, host school 海南热带海洋学院 with its "
    "计算机科学与技术学院 at the top right, Saturday 3881-10-22), printed as CLK2024's repository holds its forums: ONE "
    "POSTER PER FORUM, each named by its forum. The forums are THREE of CLK2025's six forum folders, named as the "
    "folders are without their leading number and space: '主论坛.webp' (folder '1 主论坛'; the morning, 09:00-12:30), "
    "'调度、性能与调试分论坛.webp' (folder 4, with its '、') and '硬件架构与异构计算分论坛.webp' (folder 5; the two in "
    "parallel in the afternoon, each from 14:00). The edition's other forums have no poster in this set. There is no "
    "whole-agenda picture, so every talk is on one picture only and is listed once; every forum's date is the "
    "edition's; each poster is one entry holding its one forum. 26 scored talks (25 talks, of them the opening "
    "address '开幕致辞', and 1 round table, kind 'panel'; 8 + 9 + 9 per poster) and 3 breaks ('开场' 09:00-09:10 on "
    "主论坛; one '茶歇' per afternoon forum, 15:30-15:50 and 15:40-16:00). Every forum ends with its last slot (12:30, "
    "17:40, 17:40); 主论坛 prints no tea break and no lunch, as the real 主论坛 prints none, and ends with its round "
    "table. THE HEAD (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the seal, '海南热带海洋学院' / "
    "'计算机科学与技术学院' and 'School of Computer Science and Technology,' / 'Hainan Tropical Ocean University', "
    "'第1876届中国' / 'Linux内核开发者大会', the ring '3881' / 'CLK', the date pill '3881年10月22日' + pin + '三亚', "
    "'地址：' over the forum's hall) and THE FOOT ('赞助单位', '支持单位', '支持媒体' on plates over word-mark boxes, the QR "
    "code, '扫码报名', two caption lines '现场参会者可领取大会定制帆布袋（数量有限）' and '具体议程以大会当天现场安排为准', the "
    "slogan '相聚鹿城 · 共话 Linux 内核', the Sanya skyline and the school's name) are no part of any forum, talk or "
    "slot; company names in the foot's boxes are nobody's affiliation. The forum is the name on the slanted plate under "
    "the head. The HOST is the name in the bar '>>>　主持人：name　<<<' (林澍涛 for 主论坛, 吴峻岭 for "
    "调度、性能与调试分论坛, 陈立衡 for 硬件架构与异构计算分论坛); the line '·　unit　·' under it is nobody's affiliation. "
    "主论坛 opens with a BAND '09:00-09:10 >>> 开场' (the range in the digital face, no speaker): a break. Each card "
    "after a pair of V marks (the first at the right, the others at the left): the RANGE on a TAB at the top left of "
    "a frame, drawn in a SEGMENTED seven-segment 'digital' face, as the organisers' forum posters print ranges; the "
    "range on a tab belongs to the frame under it. In a talk's frame the bold title, then per speaker a BIOGRAPHY at "
    "the left (its lines JUSTIFIED to the measure, as the real cards set them, a paragraph's last line ragged), a "
    "ringed round photo at the right and the framed NAME PLATE under them, at the left or at the right (under the "
    "photo, the biography running wide under it) as on the real cards. '开幕致辞' (09:10-09:20) is a talk of 符永康 "
    "(the school's vice-president, a 12-line biography in three paragraphs). A TEA BREAK is a tab over a short frame "
    "holding a plate with the label alone, '茶　歇', as the real card prints it. AFFILIATIONS: like the real 2024 "
    "cards the talks print NO company line, so every talk's affiliations are [] although each biography names the "
    "speaker's company or school; biographies are nowhere in the truth, and the companies, schools, programmes, "
    "products and people they name (former employers 中标软件 (for 刘振宇 of 麒麟软件), 展讯通信 (for 郭雅琳 of 荣耀), "
    "英特尔亚太研发中心 (for 王宇珩 of 华为), AMD 上海研发中心 (for 朱逸凡 of 壁仞科技), 新华三 (for 王雨汀 of 云豹智能); "
    "schools 华中科技大学, 南洋理工大学, 国防科技大学, 西安电子科技大学, 北京航空航天大学, 上海交通大学, 浙江大学, 复旦大学, "
    "电子科技大学; 'SUSE Labs', 'Prague', 'SUSE Linux Enterprise', 'Grenoble' and 'AMD', 'Shanghai', 'SEV-SNP', 'KVM' "
    "in the two English biographies; 'openEuler', '龙蜥社区', 'openKylin', 'Rust for Linux', '玄铁', 'PREEMPT_RT', 'CFS', "
    "'PSI', 'RCU', 'MPAM', 'RDT', 'DRM', 'virtio', 'vDPA' inside biographies) are no speakers and no affiliations. TWO "
    "SPEAKERS of one talk (four talks) are two biography-photo-plate blocks one under the other in ONE frame under ONE "
    "title and ONE tab, both plates at the left as on the real two-speaker cards; they are given top then bottom: "
    "李沛远 then 周婉婷 (both 阿里云) in 主论坛; 马骁东 then 胡嘉欣 (both 美团; hers a ONE-line biography) and, as the "
    "LAST talk of 调度、性能与调试分论坛, 梁思衡 (an associate professor) then 冼子豪 (his PhD student, a ONE-line "
    "biography), both of 中山大学; 刘佳琦 then 黄铮 (both 浪潮信息) in 硬件架构与异构计算分论坛. The second block's name "
    "belongs to the same talk, not to the next frame; after a forum's last frame comes the foot, no further slot. THE "
    "ROUND TABLE (主论坛, 11:50-12:30, kind 'panel') as the real 主论坛 prints one: a tab and a frame, a bar '>>> "
    "圆桌论坛 <<<' (a label, no part of the title), the title centred over TWO lines broken after '：' "
    "('开源协作与基础软件：' / '内核开发者的下一个十年', one title joined without a space), a bar '主持人' over the moderator, "
    "a bar '嘉　宾' over THREE guests, each a name over ONE small line; its speakers are the moderator and then the "
    "guests in printed order (赵绍棠, 杨砺群, 黄子珩, 王泊川) and its affiliations those small lines exactly as printed, "
    "one per person ('清华大学计算机科学与技术系副教授', '统信软件 内核研发部总监', 'OPPO 操作系统内核负责人', '海光信息 "
    "系统软件部总经理'); the moderator is not the forum's host (林澍涛); the bars' labels '主持人' and '嘉　宾' are no "
    "names. TITLES over two lines are one title: joined without a space inside Chinese text and after '：' or '、' "
    "('从使用者到维护者：' / '国内开发者参与上游内核的十年'), where the break was made by hand so as not to split a word "
    "('KCSAN在国产网卡驱动' / '数据竞争检测中的使用经验'; 'CXL内存扩展设备的热插拔、' / '错误处理与RAS支持'); with a space "
    "between Latin words ('Rust for Linux: Lessons from' / 'Our First Production Driver'; 'Live Patching at Scale:' / "
    "'What Can Go Wrong'; 'Tracing Scheduler Latency' / 'with eBPF in Production'; 'Memory Encryption Overhead' / 'in "
    "Confidential VMs', broken by hand). Most titles are typed running Latin into Chinese WITHOUT a space "
    "('uclamp在手机前台任务调度中的应用', 'LoongArch平台KVM虚拟化的性能优化'), some with a space between Latin words "
    "('Core Scheduling在云主机中的性能开销评估', 'Arm64 MPAM缓存与带宽隔离的落地实践'), as the organisers' cards are typed; "
    "the truth keeps them as typed. ENGLISH-ONLY titles (4): 'Rust for Linux: Lessons from Our First Production "
    "Driver' (张思齐, a Chinese biography), 'Live Patching at Scale: What Can Go Wrong' (the LATIN Mathieu Roussel of "
    "SUSE, an ENGLISH biography in two paragraphs, plate at the right, name left-aligned on it), 'Tracing Scheduler "
    "Latency with eBPF in Production' (高文博), 'Memory Encryption Overhead in Confidential VMs' (Haotian Lu, a name "
    "printed in pinyin, given name first, as a Chinese engineer of a foreign company prints it; an ENGLISH biography "
    "of three lines, plate at the left). Latin names lose their space. Biographies of 1 to 12 lines, some in "
    "paragraphs (three of ONE line: 胡嘉欣, 冼子豪, 韩旻). Talks of 25 minutes in 主论坛, of 20, 25 and 30 minutes in the "
    "afternoon, a 10-minute address; the round table 40 minutes; tea breaks of 20 minutes. SURNAMES in the proportions "
    "of a real Chinese conference: of the 34 Chinese names (three hosts, the moderator, three guests and 27 of the 29 "
    "speakers) 王 four times, 李 and 张 three each, 刘, 陈, 黄 and 赵 two each, then one each of 杨, 吴, 周, 徐, 孙, 马, "
    "胡, 朱, 郭, 罗, 高, 林, 梁, 韩; the only uncommon ones are 符 (符永康, the vice-president) and 冼 (冼子豪, a "
    "student), two surnames of Hainan and Guangdong. No person is printed twice."
)
LAYOUTS = {
    "主论坛.webp": "FORUM POSTER of 主论坛 (host 林澍涛, 海南热带海洋学院计算机科学与技术学院院长、教授; hall "
                "'海南热带海洋学院 学术交流中心报告厅') in the organisers' 2024 forum-poster family recoloured: a "
                "RASPBERRY ground with pale GOLD frames, rose-to-raspberry tabs and plates and SKY CYAN accents. The "
                "band '09:00-09:10 >>> 开场'; '开幕致辞' by 符永康 (the school's vice-president, 12 lines in three "
                "paragraphs, plate at the right, letter-spaced); 王建业 (title broken after '：', plate at the right); "
                "李沛远 over 周婉婷 (both 阿里云, both plates left); the English 'Rust for Linux: Lessons from' / 'Our "
                "First Production Driver' by 张思齐 (vivo); 刘振宇 (plate at the right, tight); 张博闻; '陈　昀'; the ROUND "
                "TABLE 11:50-12:30 '开源协作与基础软件：' / '内核开发者的下一个十年' with the moderator "
                "赵绍棠 and three guests (杨砺群, 黄子珩, 王泊川), each over one small line. No tea break, no lunch.",
    "调度、性能与调试分论坛.webp": "FORUM POSTER of 调度、性能与调试分论坛 (host 吴峻岭, 腾讯云 TencentOS 性能团队负责人, a "
                           "company host; hall '海南热带海洋学院 图书馆三楼学术报告厅', printed over two lines): 9 talks "
                           "14:00-17:40 (of 20 and 30 minutes) and 茶歇 15:30-15:50. '李　垚'; 郭雅琳 (plate at the "
                           "right); the LATIN Mathieu Roussel (SUSE, English title and biography, plate at the right); "
                           "马骁东 over 胡嘉欣 (both 美团); 茶歇; 赵启铭; '徐　翀' (plate at the right); 孙一帆; 高文博 "
                           "(English title); LAST, 梁思衡 over 冼子豪 (both 中山大学; his a ONE-line biography).",
    "硬件架构与异构计算分论坛.webp": "FORUM POSTER of 硬件架构与异构计算分论坛 (host 陈立衡, "
                            "华南理工大学计算机科学与工程学院教授, a teacher of another university; hall "
                            "'海南热带海洋学院 计算机楼一楼报告厅'): 9 talks 14:00-17:40 (of 25 and 20 minutes) and 茶歇 "
                            "15:40-16:00. 张泽楷; 王宇珩 (plate at the right); Haotian Lu (AMD, English title and "
                            "biography, plate at the left); 刘佳琦 over '黄　铮' (both 浪潮信息; the title broken by hand "
                            "after '、'); 茶歇; 罗志明; 朱逸凡 (plate at the right); 李书航; '韩　旻' (a ONE-line "
                            "biography); LAST, 王雨汀 (plate at the right).",
}
EXPECTED_LINES = {
    "从使用者到维护者：国内开发者参与上游内核的十年": 2,
    "Rust for Linux: Lessons from Our First Production Driver": 2,
    "开源协作与基础软件：内核开发者的下一个十年": 2,
    "Live Patching at Scale: What Can Go Wrong": 2,
    "Tracing Scheduler Latency with eBPF in Production": 2,
    "KCSAN在国产网卡驱动数据竞争检测中的使用经验": 2,
    "Memory Encryption Overhead in Confidential VMs": 2,
    "CXL内存扩展设备的热插拔、错误处理与RAS支持": 2,
}
BIO_MAX = 12  # the longest biography (符永康's), in lines; the shortest is one line


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
             "钟")  # the fifty commonest surnames and 钟 (posters-blind-174's)
SURNAMES = {"王": 4, "李": 3, "张": 3, "刘": 2, "陈": 2, "黄": 2, "赵": 2}  # and one each of the rest
SINGLES = "杨吴周徐孙马胡朱郭罗高林梁韩符冼"
RARE = "符冼"  # the only surnames outside COMMON: both typical of Hainan and Guangdong
TWO_CHAR = ["陈昀", "李垚", "徐翀", "黄铮", "韩旻"]  # printed padded


def check(posters):
    """A Saturday; three of CLK2025's forum names; nobody printed twice; no real name or deck title; slots
    contiguous; no company lines on talks; the brief's ingredients (posters-blind-174's, with this set's counts)."""
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
        "调度、性能与调试分论坛"]
    assert sum(1 for s in talks if s["title"].isascii()) == 4
    panels = [s for f in FORUMS for s in f[3] if s["kind"] == "panel"]
    assert len(panels) == 1 and panels[0]["guests"] == 3
    assert sum(1 for s in talks for sp in s["sp"] if latin(sp["name"])) == 2
    two = [p for p in people if len(p) == 2 and not p.isascii()]
    assert sorted(two) == sorted(TWO_CHAR), two
    sur = [p[0] for p in people if not p.isascii()]
    rare = [p for p in people if not p.isascii() and p[0] not in COMMON]
    assert sorted(r[0] for r in rare) == sorted(RARE), rare  # the only uncommon surnames
    counts = {c: sur.count(c) for c in set(sur)}
    assert len(sur) == 34, len(sur)
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
            os.makedirs("/tmp/p181/own", exist_ok=True)
            im.save("/tmp/p181/own/" + forum[0] + ".png")
        posters.append({"file": fn, "layout": layout(fn, im.size), "date": DATE, "forums": [forum_truth2(forum)]})
    n = check(posters)
    print("scored talks", n, "breaks", sum(1 for p in posters for s in p["forums"][0]["slots"] if s["kind"] == "break"))
    assert 24 <= n <= 34, n
    lines = {t[1]: t[2] for log in LOG.values() for t in log if t[0] == "title"}
    print("titles over 2+ lines:", {t: k for t, k in lines.items() if k > 1})
    bios = [(t[0], t[1], t[2]) for log in LOG.values() for t in log if t[0] != "title"]
    print("bios (name, chars, lines):", bios)
    check_lines(lines, bios)
    truth = {"written": "2026-12-08", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
