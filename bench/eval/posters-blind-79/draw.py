"""Draw the seventy-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 2791 (第786届, 绍兴, 绍兴文理学院, Saturday 2791-10-19),
with CLK2025's six forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛,
调度、性能与调试分论坛, 硬件架构与异构计算分论坛, AI 基础设施与 eBPF 应用分论坛),
printed as CLK2024's repository prints an edition: the WHOLE AGENDA 大会全议程.webp
and, beside it, forum posters named by their forum; here TWO of them, 主论坛.webp
and 调度、性能与调试分论坛.webp.  The talks of those two forums are printed twice
(on their poster and on the whole agenda), so truth.json lists them once per picture.
All WebP, 1080 px wide, in the family of the organisers' 2024 posters (slanted title,
'CLK' ring, date pill, forum plate, host bar, range tabs in a segmented face, frames
with biography, ringed photo and name plate; the whole agenda's timeline rows), but
in a NEW colour scheme: deep EMERALD with mint accents and gold labels.
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
# helpers copied from posters-blind-66/draw.py (which took them from sets 65, 62
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
# CLK 2791 (第786届), 绍兴, 绍兴文理学院, Saturday 2791-10-19.  ONE edition: the whole
# agenda and two forum posters (主论坛, 调度、性能与调试分论坛), as CLK2024's
# repository holds an edition's pictures.  主论坛 in the morning, the five other
# forums in parallel in the afternoon.
EDITION = "CLK 2791"
YEAR = "2791"
NTH = "第786届中国"
DATE = "2791-10-19"
DATE_PRINTED = "2791年10月19日"
CITY = "绍兴"
SCHOOL = "绍兴文理学院"
SCHOOL_UNIT = "计算机科学与工程学院"
SCHOOL_EN = "School of Computer Science and Engineering, Shaoxing University"
MAIN_HALL = "绍兴文理学院河东校区 图书馆一楼学术报告厅"


def P(name, line, bio=None):
    """A talk's speaker. line: the company-job line as the whole agenda prints it (typed as the designer typed
    it, with or without a space); bio: the biography the forum poster prints (no company line there)."""
    return S(name, None, None, bio, line=line)


def G(name, line):
    """A round-table person: the name and ONE small printed line (on both pictures)."""
    return S(name, None, None, None, line=line)


def PANEL(start, end, title, people, host):
    """A round table: the forum poster prints '圆桌论坛' on a bar and the title under it; the whole agenda prints
    '圆桌论坛：' + title as one title, as the organisers' 2024 whole agenda does."""
    return {"kind": "panel", "start": start, "end": end, "title": title, "agenda_title": "圆桌论坛：" + title,
            "sp": people, "host": host}


FORUMS = [
    ("主论坛", MAIN_HALL, ("禚海燕", "绍兴文理学院计算机科学与工程学院院长、教授"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:15", "嘉宾致辞",
          [P("钱国梁", "绍兴文理学院副校长",
             "绍兴文理学院副校长，教授，硕士生导师。长期从事嵌入式系统与工业控制网络研究，主持国家自然科学基金项目、"
             "浙江省重点研发计划项目等十余项，发表学术论文八十余篇，获浙江省科学技术进步奖二等奖两项。兼任浙江省计算机"
             "学会常务理事，致力于推动地方高校与开源社区、产业界的协同育人，2001 年博士毕业于东南大学。")],
          "禚海燕", side="R"),
        T("09:15", "09:45", "从补丁到生态：openEuler 内核五年上游贡献回顾",
          [P("俞振华", "华为 openEuler 内核首席架构师",
             "华为操作系统内核实验室首席架构师，openEuler 技术委员会委员，负责服务器与嵌入式场景的内核技术规划。"
             "二十年来一直从事 Linux 内核开发，先后参与内存管理、调度与虚拟化子系统的特性设计，带领团队向上游社区"
             "贡献补丁数千个。加入华为之前在中兴通讯从事电信级嵌入式 Linux 研发，2004 年硕士毕业于浙江大学。")],
          "禚海燕", side="R"),
        T("09:45", "10:15", "Kernel Live Update: Preserving Guest Memory Across Host Reboots",
          [P("Henrik Dahlberg", "Oracle Linux Kernel Developer",
             "Oracle Linux 内核开发者，长期参与 kexec、KVM 与内存管理相关的上游开发，是内核热升级方案的主要"
             "贡献者之一，负责在云主机不停机的前提下完成宿主机内核替换。此前在爱立信从事电信基站平台的内核与驱动"
             "开发八年，毕业于瑞典皇家理工学院，是 Linux Plumbers Conference 与 KVM Forum 的常客。")],
          "禚海燕", side="L"),
        B("10:15", "10:30", "茶歇"),
        T("10:30", "10:55", "在离线混部十年：内核资源隔离的演进与反思",
          [P("邬建平", "字节跳动STE内核团队负责人",
             "字节跳动系统技术与工程（STE）团队内核负责人，负责公司数百万台服务器的内核研发与稳定性，主导了"
             "在离线混部场景下 CPU、内存与 IO 隔离方案的设计和全量落地。此前在百度基础架构部工作七年，负责"
             "搜索集群的操作系统定制，2008 年硕士毕业于北京邮电大学。"),
           P("岑晓雯", "字节跳动 内核稳定性工程师",
             "字节跳动 STE 团队内核稳定性工程师，负责混部集群的内核问题定位与回归体系，开发了覆盖全量机器的"
             "内核异常自动聚类工具，向上游提交 cgroup 与内存回收相关补丁二十余个。2019 年硕士毕业于西安交通大学。")],
          "禚海燕", side="R"),
        T("10:55", "11:20", "车规级 SoC 上的 Linux 实时化：PREEMPT_RT 进入主线之后",
          [P("龚立峰", "地平线 系统软件总监",
             "地平线系统软件总监，负责智能驾驶芯片的操作系统与中间件平台，带领团队完成了多代车规级 SoC 的 Linux "
             "实时化改造与功能安全认证。此前在英伟达从事车载平台的 BSP 开发，更早在展讯通信负责手机内核。"
             "熟悉中断线程化、CPU 隔离与 cyclictest 等实时性评测方法。")],
          "禚海燕", side="L"),
        PANEL("11:20", "12:00", "开源内核人才的培养与成长路径",
              [G("葛晓东", "阿里云 龙蜥社区技术委员会委员"),
               G("邝敏", "vivo 内核团队负责人"),
               G("谭立波", "腾讯云TencentOS内核负责人"),
               G("隗志强", "杭州电子科技大学计算机学院教授"),
               G("庹静", "OPPO 内核技术专家")], "禚海燕"),
        B("12:00", "13:30", "午餐"),
    ]),
    ("内存管理与优化分论坛", "绍兴文理学院 图书馆二楼 第一报告厅", ("蔺海波", "中国科学技术大学计算机科学与技术学院副教授"), [
        T("14:00", "14:30", "mTHP 在中低端手机上的收益与碎片代价", [P("何思彤", "荣耀 内核工程师")], "蔺海波"),
        T("14:30", "15:00", "Memory Tiering on CXL: Page Promotion Without the Thrash",
          [P("卓亦凡", "阿里云 操作系统内核专家")], "蔺海波"),
        T("15:00", "15:30", "基于 DAMON 的冷页识别在在离线混部中的调优",
          [P("苗若晨", "快手 基础架构工程师"), P("左梦瑶", "上海交通大学并行与分布式系统研究所 博士研究生")], "蔺海波"),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "zswap 写回策略对闪存寿命的影响评估", [P("赖俊杰", "OPPO高级内核工程师")], "蔺海波"),
        T("16:20", "16:50", "memcg 回收的公平性问题与修复", [P("施雨辰", "腾讯云 内核工程师")], "蔺海波"),
        T("16:50", "17:20", "slab 内存泄漏的线上定位：从 kmemleak 到 BPF", [P("韦凯", "vivo内存优化专家")], "蔺海波"),
        T("17:20", "17:50", "页表回收：让空闲进程把页表内存还回来", [P("樊立华", "字节跳动 Linux 内核工程师")], "蔺海波"),
    ]),
    ("文件系统与存储分论坛", "绍兴文理学院 图书馆二楼 第三报告厅", ("滕雪峰", "华中科技大学计算机科学与技术学院教授"), [
        T("14:00", "14:30", "容器镜像按需加载：块设备与文件系统两条路线的比较", [P("郝嘉树", "网易数帆 存储内核工程师")],
          "滕雪峰"),
        T("14:30", "15:00", "F2FS 检查点开销的削减与写放大分析", [P("包雨晴", "vivo 文件系统工程师")], "滕雪峰"),
        T("15:00", "15:30", "io_uring 驱动的用户态存储引擎与内核旁路之争",
          [P("任子豪", "京东云 存储架构师"), P("欧阳浩", "京东云 高级工程师")], "滕雪峰"),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "XFS 在线修复（online fsck）的生产验证", [P("闻一鸣", "SUSE 文件系统工程师")], "滕雪峰"),
        T("16:20", "16:50", "NVMe 多路径与块层 QoS 的协同设计", [P("邓晓岚", "华为 存储内核工程师")], "滕雪峰"),
        T("16:50", "17:20", "面向 SSD 故障预测的内核遥测数据采集", [P("祁佳琪", "华中科技大学存储系统实验室 硕士研究生")],
          "滕雪峰"),
        T("17:20", "17:50", "ext4 fast commit 在数据库场景的收益评估", [P("房立新", "中国移动云能力中心 研发工程师")],
          "滕雪峰"),
    ]),
    ("调度、性能与调试分论坛", "绍兴文理学院 图书馆二楼 第二报告厅", ("鲁文杰", "浙江大学计算机科学与技术学院副教授"), [
        T("14:00", "14:30", "CPU 隔离与 nohz_full 在证券交易系统中的调优实践",
          [P("颜思远", "中信证券信息技术中心 系统工程师",
             "中信证券信息技术中心系统工程师，负责低延迟交易系统的操作系统选型与内核调优，建立了覆盖中断亲和、"
             "CPU 隔离、时钟源与电源管理的参数基线，将核心交易链路的尾延迟降低了一个数量级。此前在华为中央软件院"
             "从事 Linux 实时性优化，2015 年硕士毕业于哈尔滨工业大学。")],
          "鲁文杰", side="R"),
        T("14:30", "15:00", "Proxy Execution on Android: Taming Priority Inversion in the Binder Path",
          [P("Ana Ferreira", "Google 资深软件工程师",
             "Google Android 内核团队资深软件工程师，负责 Android 通用内核（ACK）的调度与功耗，参与了 proxy "
             "execution 补丁集的评审与在手机平台上的验证。加入 Google 之前在 Arm 剑桥从事 big.LITTLE 能效调度"
             "开发五年，毕业于葡萄牙波尔图大学。本次以线上方式分享。")],
          "鲁文杰", side="L", online=True),
        T("15:00", "15:30", "基于 eBPF 的调度延迟归因：谁偷走了我的 CPU 时间",
          [P("汤明轩", "腾讯TencentOS内核工程师",
             "腾讯 TencentOS 内核工程师，负责云服务器调度子系统的性能与可观测性，开发了基于 eBPF 的调度延迟"
             "归因工具，已覆盖数十万台在线服务机器。曾在新浪微博负责容器平台的内核调优，2016 年本科毕业于武汉大学。"),
           P("钮佳怡", "南京大学软件新技术国家重点实验室 博士生",
             "南京大学计算机软件新技术国家重点实验室博士研究生，研究方向为操作系统调度与性能分析，导师为该实验室"
             "操作系统课题组负责人，相关成果发表于 EuroSys 与 USENIX ATC，曾在腾讯 TencentOS 团队实习。")],
          "鲁文杰", side="R"),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "ftrace 与 perfetto 联合分析手机卡顿",
          [P("符浩然", "小米 系统性能工程师",
             "小米手机部系统性能工程师，负责 HyperOS 的流畅性与卡顿治理，搭建了量产机型的卡顿自动采集与归因平台，"
             "熟悉 ftrace、perfetto 与 simpleperf 等工具。此前在魅族从事 Android 系统开发三年，毕业于华南理工大学。")],
          "鲁文杰", side="R"),
        T("16:20", "16:50", "面向海量机器的内核崩溃自动归因平台",
          [P("裘晓峰", "蚂蚁集团 系统稳定性专家",
             "蚂蚁集团基础设施部系统稳定性专家，负责数十万台服务器的内核故障治理，主导建设了 vmcore 自动解析"
             "与崩溃归因平台，使宕机问题的平均定位时间从天级降到小时级。此前在阿里巴巴集团操作系统团队工作，"
             "更早在中标软件从事发行版维护，是 crash 工具的上游贡献者。")],
          "鲁文杰", side="L"),
        T("16:50", "17:20", "RCU 回调积压引发的内存尖峰：一次线上故障复盘",
          [P("梅子涵", "中国科学院软件研究所 助理研究员",
             "中国科学院软件研究所助理研究员，研究方向为操作系统内核同步机制与可靠性，参与了多个国产操作系统的"
             "内核稳定性项目，向上游提交 RCU 与 lockdep 相关补丁十余个。2020 年博士毕业于中国科学院大学。")],
          "鲁文杰", side="R"),
        T("17:20", "17:40", "数据库的用户态调度与内核协作：CPU 亲和与抢占控制",
          [P("戈立新", "OceanBase 数据库内核工程师",
             "OceanBase 数据库内核工程师，负责数据库线程模型与操作系统的协同优化，设计了基于 CPU 亲和与抢占提示"
             "的用户态调度方案，在金融客户的核心系统中稳定运行。此前在华为高斯数据库团队工作四年。")],
          "鲁文杰", side="L"),
    ]),
    ("硬件架构与异构计算分论坛", "绍兴文理学院 科技楼一楼 报告厅", ("喻国平", "龙芯中科系统软件部总监"), [
        T("14:00", "14:30", "RISC-V 服务器平台的 ACPI 与 UEFI 启动支持", [P("乔振宇", "中国科学院软件研究所 工程师")],
          "喻国平"),
        T("14:30", "15:00", "LoongArch 平台的内核热补丁支持", [P("褚明远", "龙芯中科 系统软件工程师")], "喻国平"),
        T("15:00", "15:30", "GPU 显存与系统内存的统一管理：HMM 实践",
          [P("敖俊峰", "摩尔线程 驱动架构师"), P("宫雪", "摩尔线程 驱动工程师")], "喻国平"),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "ARM64 服务器上 MPAM 资源隔离的使能", [P("项立群", "飞腾信息 操作系统工程师")], "喻国平"),
        T("16:20", "16:50", "NPU 驱动的上游之路：从 accel 子系统起步", [P("薄志成", "华为 昇腾驱动工程师")], "喻国平"),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", "绍兴文理学院 国际交流中心 多功能厅", ("楚文静", "百度智能云资深架构师"), [
        T("14:00", "14:30", "万卡集群的 RDMA 可观测性：eBPF 在网卡驱动旁的实践", [P("申嘉乐", "阿里云 网络内核工程师")],
          "楚文静"),
        T("14:30", "15:00", "推理服务的显存换出与内核 swap 的协同", [P("车宇航", "商汤科技 系统工程师")], "楚文静"),
        T("15:00", "15:30", "eBPF 程序在多租户集群中的权限委托", [P("甄立伟", "深信服 安全研究员")], "楚文静"),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "用大模型辅助内核补丁评审：一年的试验记录",
          [P("米雅琴", "统信软件 AI研发工程师"), P("邢浩", "北京航空航天大学软件开发环境国家重点实验室 博士生")],
          "楚文静"),
        T("16:20", "16:50", "训练作业的故障自愈：内核事件与调度系统联动", [P("平佳怡", "小红书 基础架构工程师")], "楚文静"),
        T("16:50", "17:20", "XDP 加速的推理网关：从原型到生产", [P("沙浩宇", "携程 网络平台工程师")], "楚文静"),
        T("17:20", "17:50", "GPU 作业的 cgroup 隔离：设备控制器与 BPF 的结合", [P("井一帆", "中国电信天翼云 内核工程师")],
          "楚文静"),
    ]),
]
POSTER_FORUMS = ["主论坛", "调度、性能与调试分论坛"]  # the two forums that also have their own poster
SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]

SPONSORS = ["绍兴文理学院", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "蚂蚁集团", "龙芯中科"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "统信软件", "浙江省计算机学会", "绍兴市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"]

# names of real speakers and hosts read on the real posters (set 66's list, taken from the CLK2024 posters as
# pictures), none of which may be used; the listings' names and titles are checked in check()
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳"]


# ---------------------------------------------------------------------------
# the new colour scheme: deep EMERALD (instead of the organisers' royal blue), MINT where they print
# cyan, GOLD where they print pink labels
MINT = (118, 248, 204)
PALE = (208, 244, 230)
FRAME = (96, 222, 182)
DIM = (30, 158, 128)
GOLD = (255, 212, 112)
HOLE = (6, 84, 72)  # the hole of a pin (set 66's pin had a violet one)
PLATE = (6, 102, 86)  # inside name plates
TAB0, TAB1 = (104, 238, 196), (16, 146, 116)  # tab and band gradients, bright at the left
BG0, BG1 = (8, 132, 108), (4, 78, 68)  # the page, top to bottom
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 54
PHOTO, PCX, OUTER = 250, 810, 176  # photo diameter, its centre x, the outer ring's radius


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites (after set 66's, recoloured)."""
    for r, col, wd in [(200, (30, 170, 130), 3), (160, (70, 220, 170), 6), (118, (160, 250, 214), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(130, 240, 200), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(14, 126, 102), outline=(180, 252, 226), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (214, 252, 236))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(180, 252, 226), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d, hall):
    """The head of every picture: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, MINT, 1.15)
    seal(d, 668, 84, 30, WHITE)
    d.text((712, 50), SCHOOL, font=font(30, True), fill=WHITE)
    d.text((712, 90), SCHOOL_UNIT, font=font(19, True), fill=WHITE)
    d.text((712, 118), SCHOOL_EN, font=font(10), fill=PALE)
    ring_graphic(d, 810, 660)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=MINT, width=4)
    d.line([(560, 530), (640, 510)], fill=MINT, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.polygon([(x0 + 14, y0), (x1, y0), (x1, y1 - 14), (x1 - 14, y1), (x0, y1), (x0, y0 + 14)], outline=GOLD, width=3)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, GOLD, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, MINT, 1.2)
    d.text((116, 790), "地址：", font=font(34, True), fill=WHITE)
    y = 846
    for ln in wrap(d, hall, font(34, True), 600):
        d.text((84, y), ln, font=font(34, True), fill=WHITE)
        y += 50
    for i in range(8):  # light rods at the left, as behind the organisers' heads
        hx = 60 + i * 42
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=(200, 230, 120) if i % 2 else (110, 230, 190), width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on a mint plate with slanted ends, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(40, 190, 150))
    hgrad(d, x0, y, x1, y + h, (96, 232, 190), (20, 150, 118))
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=HOLE)
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=HOLE)
    d.line([(x1 - 200, y - 14), (x1 + 60, y - 14)], fill=GOLD, width=6)
    slant_text(im, 0, y + 8, text, f, WHITE, 0.18, cx=W / 2)
    return y + h


def arrows(d, x, y, right, fill, n=3, s=14):
    for j in range(n):
        ax = x + j * (s + 8) if right else x - j * (s + 8)
        k = 1 if right else -1
        d.line([(ax, y - s), (ax + k * s, y), (ax, y + s)], fill=fill, width=4)


def host_bar(d, y, host):
    hgrad(d, X0, y, X1, y + 78, (16, 120, 98), (26, 160, 126))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, GOLD)
    arrows(d, X1 - 34, y + 39, False, GOLD)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(40, 180, 140), (130, 246, 206)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a mint-to-green bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, TAB0, TAB1)
    d.rectangle([x, y, x + w, y + h], outline=(190, 255, 232), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def online_tag(d, x, y, text, size):
    """A gold outlined pill marking a talk given online; returns its right end."""
    f = font(size, True)
    w, h = tw(d, text, f) + size, size + 16
    d.rounded_rectangle([x, y, x + w, y + h], radius=h / 2, outline=GOLD, width=3)
    d.text((x + size / 2, y + 4), text, font=f, fill=GOLD)
    return x + w


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(40, 170, 136), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=MINT, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(40, 180, 140), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=MINT)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side):
    """The name plate: an outlined box, darker inside, the name bold (padded); a tail line under it."""
    f = font(40, True)
    text = pad(name)
    w = max(340, tw(d, text, f) + 110)
    x0 = X0 + 46 if side == "L" else X1 - w
    d.rectangle([x0, y, x0 + w, y + 72], fill=PLATE, outline=MINT, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=MINT, width=3)
    if side == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=MINT, width=3)
    else:
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=MINT, width=3)
    if latin(name):
        d.text((x0 + 34, y + 10), text, font=f, fill=WHITE)
    else:
        ctext(d, x0 + w / 2, y + 9, text, f, WHITE)
    return y + 86


def speaker_block(im, d, y, sp, side, log):
    """A biography at the left, the ringed photo at the right, the name plate under them (left or right).
    With the plate at the right the biography runs wide again under the photo; at the left it stays narrow."""
    bf = font(BIO_F)
    bx = X0 + 46
    narrow = PCX - OUTER - 24 - bx
    wide = X1 - 50 - bx
    cy = y + 150
    below = int((cy + OUTER - y) // BIO_LH) + 1  # lines beside the photo
    widths = [narrow] * below + [wide] if side == "R" else [narrow]
    lines = wrap_widths(d, sp["bio"], bf, widths)
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=MINT, width=4)
    for i, ln in enumerate(lines):
        d.text((bx, y + i * BIO_LH), ln, font=bf, fill=PALE)
    yb = y + len(lines) * BIO_LH
    ring_photo(im, d, cy, sp["name"])
    log.append((sp["name"], len(sp["bio"]), len(lines)))
    py = max(yb + 24, cy + OUTER + 16)
    return plate(d, py, sp["name"], side) + 10


def frame(d, top, bot, tabr, right_post=True):
    """The talk frame: a line from the tab to a dot at the right, the left edge, a foot with a cut corner."""
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.line([(tabr, top + 12), (X1 - 120, top + 12)], fill=DIM, width=2)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=MINT)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=GOLD, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


def talk_card(im, d, y, s, log, chev_x):
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    right = tabr
    if s.get("online"):  # the online talk: a pill beside the tab, on the frame's top line
        right = online_tag(d, tabr + 26, y + 14, "线上分享", 30) + 10
    y += 74 + 48
    tf = font(38, True)
    tl = wrap_nicely(d, s["title"], tf, 780)
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=MINT)
    for ln in tl:
        d.text((X0 + 46, y), ln, font=tf, fill=WHITE)
        y += 58
    log.append(("title", s["title"], len(tl)))
    y += 40
    for i, sp in enumerate(s["sp"]):
        if i:
            y += 50
        y = speaker_block(im, d, y, sp, s["side"], log)
    bot = y + 60
    frame(d, top, bot, right)
    return bot + 56


def bar(d, y, label):
    """'>>>　label　<<<' on a bar, inside a round table's frame."""
    x0, x1 = 220, 940
    hgrad(d, x0, y, x1, y + 70, (16, 120, 98), (40, 176, 140))
    arrows(d, x0 + 40, y + 35, True, GOLD)
    arrows(d, x1 - 40, y + 35, False, GOLD)
    ctext(d, W / 2, y + 8, label, font(40, True), WHITE)
    return y + 70


def panel_card(im, d, y, s, log, chev_x):
    """The round table: '圆桌论坛' bar, the title in mint, a '主持人' bar over the moderator, a '嘉　宾' bar over the
    guests, each a name over one small line (set 66's panel_card, recoloured)."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 60
    d.rectangle([X0 - 6, y + 32, X0 + 14, y + 38], fill=MINT)
    y = bar(d, y, "圆桌论坛") + 44
    tf = font(40, True)
    tl = wrap_nicely(d, s["title"], tf, 720)
    d.rectangle([X0 - 6, y + 22, X0 + 14, y + 28], fill=MINT)
    for ln in tl:
        ctext(d, W / 2, y, ln, tf, MINT)
        y += 60
    log.append(("title", s["title"], len(tl)))
    y += 70
    nf, lf = font(46, True), font(21)
    for k, group in enumerate((s["sp"][:1], s["sp"][1:])):
        d.rectangle([X0 - 6, y + 32, X0 + 14, y + 38], fill=MINT)
        y = bar(d, y, "主持人" if k == 0 else "嘉　宾") + 36
        for sp in group:
            ctext(d, W / 2, y, pad(sp["name"]), nf, MINT)
            ctext(d, W / 2, y + 64, sp["line"], lf, PALE)
            y += 124
        y += 20
    bot = y + 20
    frame(d, top, bot, tabr)
    return bot + 40


def break_card(im, d, y, s, chev_x):
    """A tea break or lunch: chevrons, the tab, a short frame holding a plate with a cup or bowl and the label."""
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
    meal_mark(d, x0 + 60, y + 20, s, GOLD, 1.2)
    ctext(d, x0 + w / 2 + 26, y + 10, s["title"], f, WHITE)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=MINT)
    return bot + 40


def band(d, y, s):
    """The opening: ONE full-width band, the range at the left, arrows, the label at the right."""
    h = 84
    hgrad(d, X0, y, X1, y + h, TAB0, TAB1)
    d.rectangle([X0, y, X1, y + h], outline=(190, 255, 232), width=2)
    seg_text(d, X0 + 36, y + 20, rng(s), 44, WHITE)
    arrows(d, 600, y + 42, True, GOLD, 3, 16)
    rtext(d, X1 - 60, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(230, 250, 242), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 52, y + h / 2, 26, WHITE)
        f = font(34, True, serif=True)
        d.text((x + 92, y + 16), fits(d, SCHOOL, f, w - 104), font=f, fill=WHITE)
        d.text((x + 94, y + 66), "SHAOXING UNIVERSITY", font=font(12, True), fill=PALE)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (10, 110, 90), (120, 240, 200))
    hgrad(d, x0, y, x0 + w, y + h, (110, 240, 200), (20, 150, 118))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=HOLE)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=GOLD, width=6)
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
    qrcode(d, W / 2 - 160, y + 40, 320, 2791)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "现场参会即可领取大会纪念品，数量有限，先到先得", font(30), PALE)
    ctext(d, W / 2, y + 52, "本次活动最终解释权归主办方所有", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "相约绍兴 · 共探内核之美", font(54, True), GOLD, 0.18, cx=W / 2)
    return int(y + 620)


def skyline(im, h):
    """The foot: Shaoxing's water town, a stone arch bridge, a pagoda, houses with horse-head walls, a boat."""
    d = ImageDraw.Draw(im)
    base = h - 40
    col, col2, win = (24, 150, 120), (16, 122, 100), (40, 178, 140)
    for bx, bw, bh in [(30, 120, 120), (150, 90, 170), (820, 110, 150), (930, 120, 110)]:  # houses
        d.rectangle([bx, base - bh, bx + bw, base], fill=col2)
        d.polygon([(bx - 8, base - bh), (bx + bw / 2, base - bh - 40), (bx + bw + 8, base - bh)], fill=col)
        d.rectangle([bx + bw - 18, base - bh - 56, bx + bw, base - bh], fill=col)  # a horse-head wall
        for wx in range(bx + 14, bx + bw - 20, 30):
            d.rectangle([wx, base - bh + 30, wx + 14, base - bh + 52], fill=win)
    px, pb = 700, base  # the pagoda
    for k in range(7):
        ww = 90 - k * 10
        yy = pb - 60 - k * 52
        d.rectangle([px - ww / 2, yy, px + ww / 2, yy + 52], fill=col2)
        d.polygon([(px - ww / 2 - 20, yy + 6), (px + ww / 2 + 20, yy + 6), (px + ww / 2, yy - 6), (px - ww / 2, yy - 6)],
                  fill=col)
    d.line([(px, pb - 60 - 7 * 52), (px, pb - 60 - 7 * 52 - 40)], fill=col, width=5)
    d.rectangle([px - 50, pb - 60, px + 50, pb], fill=col2)
    d.chord([300, base - 150, 560, base + 110], 180, 360, fill=col)  # the arch bridge
    d.chord([350, base - 100, 510, base + 60], 180, 360, fill=(8, 96, 80))
    d.polygon([(250, base), (320, base - 110), (540, base - 110), (610, base)], outline=col, width=6)
    d.polygon([(860, base + 14), (1040, base + 14), (1010, base + 34), (890, base + 34)], fill=col)  # a boat
    d.chord([910, base - 16, 990, base + 30], 180, 360, fill=(20, 40, 36))
    for k in range(3):
        yy = base + 4 + k * 12
        d.line([(0, yy), (W, yy - 14)], fill=(60, 200, 160), width=3)
    ctext(d, W / 2, h - 28, SCHOOL, font(20, True, serif=True), (200, 244, 226))


def background(w, h):
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (90, 250, 200), 0.42)
    im = glow(im, 100, 1200, 300, (210, 240, 110), 0.16)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (80, 240, 190) if k % 2 else (180, 230, 120), 0.16)
    im = glow(im, 540, h - 300, 500, (80, 230, 190), 0.26)
    d = ImageDraw.Draw(im)
    rnd = random.Random(2791)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(40, 170, 136), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(170, 250, 220))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(30, 160, 126), width=2)
    skyline(im, h)
    return grain(im, 2791, 0.01)


LOG = {}


def paint_forum(forum):
    name, hall, host, slots = forum

    def paint(im, d):
        log = []
        y = header(im, d, hall)
        y = forum_plate(im, d, y, name) + 110
        y = host_bar(d, y, host)
        first = True
        for s in slots:
            chev_x = 860 if first else 200
            first = first and s["title"] == "开场"
            if s["kind"] == "break" and s["title"] == "开场":
                y = band(d, y, s)
            elif s["kind"] == "break":
                y = break_card(im, d, y, s, chev_x)
            elif s["kind"] == "panel":
                y = panel_card(im, d, y, s, log, chev_x)
            else:
                y = talk_card(im, d, y, s, log, chev_x)
        LOG[name] = log
        return footer(im, d, y + 160)

    return paint



# ---------------------------------------------------------------------------
# the whole agenda: ALL six forums compactly, as the organisers' 大会全议程 lists them (after set 71's
# intro_box, agenda_heading and agenda_row, recoloured; new here: the round table's rows, the online pill, the
# heading's type shrinking if a name would not fit (none here), lunch as a bar)
INTRO = ["“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域历史最悠久的技术会议之一，"
         "由国内高校与华为、阿里云、腾讯云、字节跳动、OPPO、vivo、荣耀、龙芯中科、蚂蚁集团等企业的内核开发者共同发起，"
         "秉持“开放、协作、分享”的精神，推动内核技术在国内的交流与普及，每届线下参会者逾五百人。",
         "本届大会由绍兴文理学院承办，openEuler、龙蜥社区、OpenCloudOS、统信软件、浙江省计算机学会等单位共同支持，"
         "诚邀广大 Linux 内核开发者与爱好者相聚水乡绍兴。"]
TX, LX, TT, XR = 64, 292, 326, 1024
NAME_COL = 130  # where the company-job line starts after a Chinese name


def intro_box(d, y):
    """A translucent box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = 60, W - 60
    f = font(25)
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - 150, bx1 - bx0 - 100]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * 48 + 100
    d.rectangle([bx0, y, bx1, y + h], fill=(12, 118, 98), outline=(110, 220, 184), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=MINT, width=8)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=MINT, width=8)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (100 if i == 0 else 50), yy), ln, font=f, fill=WHITE)
            yy += 48
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


def agenda_heading(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box '01'..'05', the topic and '分论坛' in leaning type (set smaller
    only if it would not fit; all six fit at 56 px here);
    the host at the right with the unit under it, or, where the heading leaves no room, on a line of its own
    under it between two short rules."""
    x = 56
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=MINT)
        x += 84
        x = slant_text(im, x, y - 4, name, font(64, True), WHITE, 0.16)
    else:
        d.polygon([(x + 14, y + 6), (x + 104, y + 6), (x + 90, y + 80), (x, y + 80)], outline=MINT, width=4)
        d.line([(x + 2, y - 8), (x + 40, y - 8)], fill=GOLD, width=6)
        d.line([(x + 2, y - 8), (x - 6, y + 30)], fill=GOLD, width=6)
        slant_text(im, x + 16, y + 6, "%02d" % idx, font(48, True), MINT, 0.2)
        x += 126
        size = 56
        while tw(d, topic_of(name) + "分论坛", font(size, True)) + 40 > XR - x and size > 46:
            size -= 2
        f = font(size, True)
        dy = (56 - size) // 2
        x = slant_text(im, x, y + 2 + dy, topic_of(name), f, WHITE, 0.16)
        x = slant_text(im, x + 22, y + 2 + dy, "分论坛", f, WHITE, 0.16)
    hf, uf = font(32, True), font(17)
    label, who = "主持人：", pad(host[0])
    hw = tw(d, label, hf) + tw(d, who, hf)
    bw = max(hw, tw(d, host[1], uf))
    if x + 40 + bw <= XR:
        hx = XR - bw
        d.text((hx, y + 4), label, font=hf, fill=GOLD)
        d.text((hx + tw(d, label, hf), y + 4), who, font=hf, fill=WHITE)
        d.text((hx, y + 54), host[1], font=uf, fill=PALE)
        under, y = False, y + 104
    else:
        y += 102
        lw = hw + 24 + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - 150, y + 22), (lx - 24, y + 22)], fill=PALE, width=2)
        d.line([(lx + lw + 24, y + 22), (lx + lw + 150, y + 22)], fill=PALE, width=2)
        d.text((lx, y), label, font=hf, fill=GOLD)
        d.text((lx + tw(d, label, hf), y), who, font=hf, fill=WHITE)
        d.text((lx + hw + 24, y + 10), host[1], font=uf, fill=PALE)
        under, y = True, y + 56
    hgrad(d, 50, y, XR + 6, y + 12, MINT, (10, 110, 90))
    return y + 12 + 46, under


def person_line(d, y, sp):
    """One speaker: the padded name and the company-job line after it; a Latin name on its own line with
    that line under it (as the organisers' whole agenda prints a foreign speaker)."""
    nf, af = font(30), font(20)
    if latin(sp["name"]):
        d.text((TT, y), sp["name"], font=nf, fill=WHITE)
        y += 42
        d.text((TT, y), fits(d, sp["line"], af, XR - TT), font=af, fill=PALE)
        return y + 38
    d.text((TT, y), pad(sp["name"]), font=nf, fill=WHITE)
    d.text((TT + NAME_COL, y + 8), fits(d, sp["line"], af, XR - TT - NAME_COL), font=af, fill=PALE)
    return y + 46


def agenda_row(d, y, s, log):
    """A talk: the range at the left, a dot on the time line, the mint title, one line per speaker.  A round
    table adds the gold labels '主持人：' and '嘉　宾：' over its people; an online talk a pill '线上' after its
    title.  Tea and lunch are bars; the opening a row without a speaker."""
    rf = font(30, True)
    if s["kind"] == "break" and s["title"] != "开场":
        hgrad(d, TX - 16, y, XR - 40, y + 62, (96, 232, 190), (10, 110, 90))
        d.text((TX, y + 10), rng(s), font=rf, fill=WHITE)
        meal_mark(d, TT, y + 12, s, WHITE, 1.0)
        d.text((TT + 52, y + 10), s["title"], font=font(30, True), fill=WHITE)
        return y + 62 + 44
    d.text((TX, y), rng(s), font=rf, fill=WHITE)
    y0 = y
    tf = font(32, True)
    title = s.get("agenda_title", s["title"])
    tl = wrap(d, title, tf, XR - TT)  # greedy, as the organisers' whole agenda breaks its titles
    for ln in tl:
        d.text((TT, y), ln, font=tf, fill=MINT)
        y += 46
    if s.get("online"):
        px = TT + tw(d, tl[-1], tf) + 16
        assert online_tag(d, px, y - 42, "线上", 20) <= XR
    log.append((title, len(tl)))
    y += 4
    if s["kind"] == "panel":
        lf = font(28, True)
        for k, group in enumerate((s["sp"][:1], s["sp"][1:])):
            y += 6
            d.text((TT, y), "主持人：" if k == 0 else "嘉　宾：", font=lf, fill=GOLD)
            y += 46
            for sp in group:
                y = person_line(d, y, sp)
    else:
        for sp in s["sp"]:
            y = person_line(d, y, sp)
    d.ellipse([LX - 6, y0 + 16, LX + 6, y0 + 28], fill=MINT)
    return y + 44


FULL_FN = "大会全议程.webp"
FULL_LOG = {}


def paint_full(im, d):
    log, unders = [], []
    y = header(im, d, MAIN_HALL) + 20
    y = intro_box(d, y) + 110
    y = foot_plate(im, d, y, "大会议程") + 110
    for idx, (name, hall, host, slots) in enumerate(FORUMS):
        y, under = agenda_heading(im, d, y, idx, name, host)
        unders.append(under)
        top, gaps = y - 30, []
        for s in slots:
            y1 = agenda_row(d, y, s, log)
            if s["kind"] == "break" and s["title"] != "开场":
                gaps.append((y, y + 62))
            y = y1
        for a, b in zip([top] + [g[1] for g in gaps], [g[0] for g in gaps] + [y - 20]):
            if b > a:
                d.line([(LX, a), (LX, b)], fill=(90, 210, 170), width=2)  # the time line, broken at the bars
        hgrad(d, 50, y, XR + 6, y + 8, (10, 110, 90), MINT)
        y += 8 + 110
    FULL_LOG["titles"], FULL_LOG["unders"] = log, unders
    return footer(im, d, y + 40)


# ===========================================================================
def truth_slot2(s, agenda):
    """A slot as truth.json gives it for one picture.  Titles as printed: the whole agenda prints a round table's
    title after '圆桌论坛：', its forum poster prints '圆桌论坛' on a bar of its own.  Affiliations: the forum
    poster prints no company line for a talk (affiliations []), but one small line under each round-table
    person; the whole agenda prints each speaker's company-job line.  Lines are given exactly as printed."""
    if agenda:
        title, affs = s.get("agenda_title", s["title"]), [sp["line"] for sp in s["sp"]]
    else:
        title, affs = s["title"], [sp["line"] for sp in s["sp"]] if s["kind"] == "panel" else []
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": title,
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": affs,
            "host": s["host"] and plain(s["host"])}


def forum_truth2(forum, agenda):
    return {"forum": forum[0], "date": DATE, "slots": [truth_slot2(s, agenda) for s in forum[3]]}


NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -65, -66, -71): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('邝　敏' -> '邝敏', '庹　静' -> '庹静', '韦　凯' -> '韦凯', "
    "'宫　雪' -> '宫雪', '邢　浩' -> '邢浩'; the Latin names 'Henrik Dahlberg' -> 'HenrikDahlberg', 'Ana Ferreira' -> "
    "'AnaFerreira'); host is the chair printed for the forum covering the slot, null for breaks; start/end always "
    "HH:MM on a 24-hour clock; break titles are as printed; an opening speech printed with a speaker ('嘉宾致辞') is "
    "a talk, '开场' (printed without a speaker), '茶歇' and '午餐' are breaks; '午餐' closes 主论坛. ONE invented "
    "edition, CLK 2791 (第786届, 绍兴, host school 绍兴文理学院 with its 计算机科学与工程学院 at the top right, Saturday "
    "2791-10-19), with CLK2025's six forum names (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, "
    "调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its spaces), printed as "
    "CLK2024's repository holds an edition's pictures: the WHOLE AGENDA '大会全议程.webp' (all six forums) and, beside "
    "it, FORUM POSTERS named by their forum, here TWO of them: '主论坛.webp' and '调度、性能与调试分论坛.webp'. 主论坛 "
    "runs in the morning (09:00-13:30, lunch included), the five others in parallel in the afternoon from 14:00; "
    "every forum's date is the edition's. A TALK PRINTED TWICE: the schema holds ONE ENTRY PER PICTURE, each listing "
    "what that picture prints, so every talk and break of 主论坛 and of 调度、性能与调试分论坛 is listed TWICE, once in "
    "the whole agenda's entry and once in its forum poster's entry, with the same kind, start, end, speakers and host "
    "on both (title and affiliations as each picture prints them, see below); the talks of the four other forums are "
    "listed once, in the whole agenda's entry. The set has 39 DISTINCT scored talks (38 talks and 1 round table: "
    "the count the brief asks for, each talk counted once) and 52 talk entries in this file (the 13 talks of the two "
    "poster forums are the entries given twice); 8 distinct breaks, 12 break entries. The whole agenda is one entry "
    "holding the six forums in printed order; each forum poster one entry holding its ONE forum. TITLES: as printed; "
    "they are the same on both pictures except the ROUND TABLE (主论坛, 11:20-12:00, kind 'panel'): the whole agenda "
    "prints '圆桌论坛：开源内核人才的培养与成长路径' as one title (as the organisers' 2024 whole agenda prints its round "
    "table), so that is its title there; the forum poster prints '圆桌论坛' on a bar of its own (a label) and the title "
    "under it, so its title there is '开源内核人才的培养与成长路径' (as set 66). Its speakers are the moderator and then "
    "the four guests in printed order (葛晓东; 邝敏, 谭立波, 隗志强, 庹静) on both pictures; the labels '主持人' / "
    "'嘉　宾' (bars on the poster, gold '主持人：' / '嘉　宾：' lines on the whole agenda) are no part of a name, and the "
    "moderator is a SPEAKER, not the forum's host (禚海燕), although his label reads '主持人' like the host's. "
    "AFFILIATIONS: the forum posters, like the real CLK2024 forum posters, print NO company line for a talk's speaker "
    "(a name plate and a biography that opens with company and job and goes on to name former employers and "
    "schools), so a talk's 'affiliations' there is EMPTY ([]), as sets 66 and 71 give them; only the round table "
    "prints one small line under each person, and those lines are its affiliations on the poster. The whole agenda "
    "prints a company-job line after each name, given EXACTLY as printed, with or without spaces, as the designer "
    "typed it ('华为 openEuler 内核首席架构师', '字节跳动STE内核团队负责人', '腾讯云TencentOS内核负责人', "
    "'OPPO高级内核工程师', 'vivo内存优化专家'); a LATIN name stands on its own line with its line UNDER it ('Henrik "
    "Dahlberg' / 'Oracle Linux Kernel Developer', 'Ana Ferreira' / 'Google 资深软件工程师'). So the two entries of a "
    "talk differ in affiliations (and the round table in title) only. Biographies are nowhere in the truth; companies, "
    "schools and labs named inside them are no speakers or affiliations. UNIVERSITY LABS as affiliations (as "
    "printed): '南京大学软件新技术国家重点实验室 博士生' (钮佳怡, second speaker after 汤明轩 of 腾讯, 调度、性能与调试分论坛, "
    "15:00-15:30), '上海交通大学并行与分布式系统研究所 博士研究生' (左梦瑶), '华中科技大学存储系统实验室 硕士研究生' "
    "(祁佳琪), '北京航空航天大学软件开发环境国家重点实验室 博士生' (邢浩). THE TALK GIVEN ONLINE: 'Proxy Execution on "
    "Android: Taming Priority Inversion in the Binder Path' (调度、性能与调试分论坛, 14:30-15:00, Ana Ferreira): the "
    "whole agenda prints a gold pill '线上' right after the title's last line; the forum poster prints a gold pill "
    "'线上分享' beside the range tab, on the frame's top line. Neither pill is part of the title, the range or a name; "
    "the talk is an ordinary 'talk' with its printed range; the biography's last sentence ('本次以线上方式分享') is "
    "biography. WHOLE AGENDA: headers (logo lines, the school and its college with its English name, '第786届中国' / "
    "'Linux内核开发者大会', the ring '2791' / 'CLK', the date pill '2791年10月19日' + pin + '绍兴', '地址：' and the hall), "
    "the framed introduction (two paragraphs naming companies, communities and the host school; no forum "
    "name), '大会议程' on a plate, and the foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, "
    "'扫码报名', two caption lines, the slogan '相约绍兴 · 共探内核之美', the school's name in the skyline) are never part "
    "of a name, a title or a slot; the forum posters share the same head and foot. Each forum's heading is '▶▶ 主论坛' "
    "or a slanted number box '01'..'05' followed by the forum's TOPIC and '分论坛' set APART with a gap, as the "
    "organisers' 2024 whole agenda sets them ('调度、性能与调试  分论坛', 'AI 基础设施与 eBPF 应用  分论坛', all in "
    "the same 56 px type): the forum is CLK2025's name, the gap and the numbers no part of it. The host is the "
    "name after the gold '主持人：', at the RIGHT of 主论坛's heading with the unit under it, or, for the five longer "
    "headings, on a line of its own UNDER the heading between two short rules with the unit beside it; the unit is no "
    "affiliation. Each talk is a row: the range at the left (plain bold, '14:00-14:30'), a dot on a vertical time "
    "line, the mint title (greedy wrap, as the organisers' whole agenda breaks titles: titles over two lines are one "
    "title, joined with a space between Latin words and without one inside Chinese text, even where one character "
    "is left alone on the second line: '从补丁到生态：openEuler 内核五年上游贡献回' / '顾', 'RCU 回调积压引发的内存尖峰："
    "一次线上故障复' / '盘'), then one line per speaker. '茶歇' and '午餐' are gradient bars with the range, a cup or a "
    "bowl and the label; '开场' a row without a speaker. FORUM POSTERS: the forum's name on a slanted plate under the "
    "head; the host is the name in the bar '>>>　主持人：name　<<<', the line '·　unit　·' under it no affiliation. "
    "Each talk after a pair of V marks: the RANGE on a TAB at the top left of a frame, drawn in a SEGMENTED "
    "seven-segment 'digital' face ('14:00 - 14:30'), as the organisers' forum posters print ranges; in the frame the "
    "bold title, then per speaker the biography at the left, a ringed photo at the right and the NAME PLATE under "
    "them, at the right or at the left, talk by talk. The range on a tab belongs to the frame under it; two speakers "
    "of one talk are two blocks one under the other, given top then bottom. '茶歇' and '午餐' are a tab over a small "
    "frame holding a plate with a cup or a bowl and the label (breaks); the opening one full-width band "
    "('09:00 - 09:05', '>>>', '开场'). ENGLISH-ONLY titles: 'Kernel Live Update: Preserving Guest Memory Across Host "
    "Reboots' (主论坛, Henrik Dahlberg of Oracle, a Chinese biography naming 爱立信 and 瑞典皇家理工学院; two lines on both "
    "pictures), 'Proxy Execution on Android: Taming Priority Inversion in the Binder Path' (the online talk; two lines "
    "on both), 'Memory Tiering on CXL: Page Promotion Without the Thrash' (内存管理与优化分论坛, 卓亦凡 of 阿里云; whole "
    "agenda only, two lines). Two speakers of one talk: 邬建平 and 岑晓雯 (both 字节跳动), 汤明轩 (腾讯) and 钮佳怡 "
    "(南京大学 lab), 苗若晨 (快手) and 左梦瑶 (上海交通大学), 任子豪 and 欧阳浩 (both 京东云), 敖俊峰 and 宫雪 (both "
    "摩尔线程), 米雅琴 (统信软件) and 邢浩 (北京航空航天大学 lab). 主论坛: 开场 09:00-09:05, 嘉宾致辞 (钱国梁, 绍兴文理学院"
    "副校长), two keynotes, 茶歇 10:15-10:30, two talks, the round table, 午餐 12:00-13:30. Afternoon: every forum has "
    "a 茶歇 15:30-15:50; 硬件架构与异构计算分论坛 has five talks and ends at 16:50, 调度、性能与调试分论坛 ends with a "
    "20-minute talk at 17:40, the three others at 17:50. Uncommon surnames 禚 (host of 主论坛), 蔺 (host of "
    "内存管理与优化分论坛), 隗 and 庹 (round-table guests), 邝, 岑, 钮, 薄, 井, 甄 (speakers); the compound surname 欧阳 "
    "(欧阳浩). No person is printed in two talks or as two hosts (the two pictures of a talk print the same people)."
)
LAYOUTS = {
    FULL_FN: "THE WHOLE AGENDA in the 2024 family recoloured deep EMERALD (mint accents, gold labels): the head, a framed "
             "introduction, '大会议程' on a plate, then the six forums one under another, each under a heading ('▶▶ "
             "主论坛' or a number box '01'..'05' with the topic and '分论坛' set apart) with the host at the right "
             "(主论坛) or on a line under the heading (the five others); each talk a row: range, dot on a time line, "
             "mint title, one line per speaker 'padded name  company-job' (Latin names on their own line, the "
             "company-job line under them); the round table with gold '主持人：' and '嘉　宾：' lines; the online talk "
             "with a gold pill '线上' after its title; 茶歇 and 午餐 as bars. 6 + 7 + 7 + 7 + 5 + 7 = 39 talks (the "
             "round table one of them); the talks of 主论坛 and 调度、性能与调试分论坛 are also on their forum posters.",
    "主论坛.webp": "FORUM POSTER of 主论坛 (host 禚海燕; 绍兴文理学院河东校区 图书馆一楼学术报告厅, over two lines): "
                  "'09:00 - 09:05 开场' band; '嘉宾致辞' by 钱国梁 (the school's vice-president); 俞振华 (华为; biography "
                  "names 中兴通讯, 浙江大学); Henrik Dahlberg (Oracle; ENGLISH title over two lines, a Chinese biography "
                  "naming 爱立信); 茶歇 10:15-10:30; 邬建平 over 岑晓雯 (both 字节跳动; 百度, 北京邮电大学, 西安交通大学); "
                  "龚立峰 (地平线; 英伟达, 展讯通信); the ROUND TABLE 11:20-12:00 ('圆桌论坛' bar, the title, a '主持人' bar "
                  "over 葛晓东, a '嘉　宾' bar over 邝敏, 谭立波, 隗志强, 庹静, each with one small line); 午餐 12:00-13:30. "
                  "Plates right, right, left, right (twice), left. 5 talks and 1 round table; no company line for a "
                  "talk's speaker (biographies only), as the real forum posters.",
    "调度、性能与调试分论坛.webp": "FORUM POSTER of 调度、性能与调试分论坛 (host 鲁文杰; 绍兴文理学院 图书馆二楼 第二报告厅): "
                           "颜思远 (中信证券; biography names 华为中央软件院); the ONLINE talk of Ana Ferreira (Google; "
                           "English title over two lines; a gold pill '线上分享' beside its range tab); 汤明轩 (腾讯) over "
                           "钮佳怡 (南京大学 state key lab, a PhD student; 'EuroSys', 'USENIX ATC' in her biography); "
                           "茶歇 15:30-15:50; 符浩然 (小米; 魅族); 裘晓峰 (蚂蚁集团; 阿里巴巴, 中标软件); 梅子涵 (中国科学院"
                           "软件研究所); 戈立新 (OceanBase; 华为高斯) 17:20-17:40. Plates right, left, right, right, left, "
                           "right, left. 7 talks; no company line for a speaker (biographies only).",
}


def fn_of(name):
    return name + ".webp"


def layout(fn, size):
    head = "%s (第786届), 绍兴, %s (WebP q85, %d x %d): " % ((EDITION, DATE) + size)
    return head + LAYOUTS[fn]


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied)."""
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


def check(posters):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; every talk
    and break of the two poster forums on exactly its forum poster and the whole agenda, the others on the whole
    agenda only, with the same kind, times, speakers and host; slots contiguous; 35 to 50 distinct talks."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == SIX
    people = []
    for _, _, host, slots in FORUMS:
        people.append(plain(host[0]))
        people += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    real = listing_words()
    titles = [s["title"] for f in FORUMS for s in f[3] if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in people + [t for t in titles if t != "嘉宾致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [p["file"] for p in posters] == [FULL_FN] + [fn_of(n) for n in POSTER_FORUMS]
    assert [f["forum"] for f in posters[0]["forums"]] == SIX
    assert [p["forums"][0]["forum"] for p in posters[1:]] == POSTER_FORUMS
    seen = {}
    for p in posters:
        assert p["date"] == DATE
        for f in p["forums"]:
            assert f["date"] == DATE
            ends = [(s["start"], s["end"]) for s in f["slots"]]
            assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
            for s in f["slots"]:
                assert (s["host"] is None) == (s["kind"] == "break")
                assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
                assert s["start"] < s["end"]
                assert len(s["affiliations"]) in (0, len(s["speakers"]))
                key = (f["forum"], s["start"])
                seen.setdefault(key, []).append(
                    (p["file"], {k: v for k, v in s.items() if k not in ("affiliations", "title")}))
    for (forum, _), entries in seen.items():
        want = [FULL_FN, fn_of(forum)] if forum in POSTER_FORUMS else [FULL_FN]
        assert sorted(e[0] for e in entries) == sorted(want), entries
        assert all(e[1] == entries[0][1] for e in entries), entries
    kinds = [s["kind"] for f in FORUMS for s in f[3]]
    assert kinds.count("panel") == 1
    assert sum(1 for f in FORUMS for s in f[3] if s.get("online")) == 1
    return len(titles)


def main():
    pics = [(FULL_FN, two_pass(W, paint_full, background), [forum_truth2(f, True) for f in FORUMS])]
    for forum in FORUMS:
        if forum[0] in POSTER_FORUMS:
            pics.append((fn_of(forum[0]), two_pass(W, paint_forum(forum), background), [forum_truth2(forum, False)]))
    posters = []
    for fn, im, forums in pics:
        path = os.path.join(HERE, fn)
        assert im.size[0] == W
        im.save(path, "WEBP", quality=85, method=4)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert 12000 <= im.size[1] <= 16500, (fn, im.size)
        assert size < 1.5e6, (fn, size)
        posters.append({"file": fn, "layout": layout(fn, im.size), "date": DATE, "forums": forums})
    n = check(posters)
    entries = sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break")
    print("distinct talks", n, "talk entries", entries)
    assert 35 <= n <= 50, n
    poster_lines = {t[1]: t[2] for log in LOG.values() for t in log if t[0] == "title"}
    agenda_lines = dict(FULL_LOG["titles"])
    print("forum posters, titles over 2+ lines:", {t: k for t, k in poster_lines.items() if k > 1})
    print("whole agenda, titles over 2+ lines:", {t: k for t, k in agenda_lines.items() if k > 1})
    print("hosts under headings:", FULL_LOG["unders"])
    bios = [(t[0], t[1], t[2]) for log in LOG.values() for t in log if t[0] != "title"]
    print("bios (name, chars, lines):", bios)
    assert FULL_LOG["unders"] == [False, True, True, True, True, True], FULL_LOG["unders"]
    for t in ("Kernel Live Update: Preserving Guest Memory Across Host Reboots",
              "Proxy Execution on Android: Taming Priority Inversion in the Binder Path"):
        assert poster_lines[t] == 2 and agenda_lines[t] == 2, t
    assert agenda_lines["Memory Tiering on CXL: Page Promotion Without the Thrash"] == 2
    assert agenda_lines["圆桌论坛：开源内核人才的培养与成长路径"] == 1
    assert max(poster_lines.values()) == 2 and max(agenda_lines.values()) == 2
    truth = {"written": "2026-12-10", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return poster_lines, agenda_lines


if __name__ == "__main__":
    main()
