"""Draw the sixty-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances
(fixed seeds, never hash()).  The set is about what CLK2022's ONE agenda image
(imgs/2022clk.png, a 1.5 MB PNG, not seen) most plausibly looks like: four
invented editions, each as ONE whole-edition PNG of 1.0 to 1.6 MB in the
organisers' own family, each with CLK2022's four forum names as its README
prints them (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与
ebpf 分论坛'); no talk on two pictures:
  CLK 2316 (西宁), 750 px, near black (the 2023 timeline): range LEFT of the
    title, 'padded name  company job' on ONE line, forums one under another,
    a host per forum, a round table (主持人 / 嘉宾 labels), tea and lunch bands.
  CLK 2317 (温州), 828 px, royal blue (the 2024 family): the range in a chip
    ABOVE the title, name and 'company job' on TWO lines, forums one under
    another, a host per SESSION (a host row before the talks it chairs).
  CLK 2318 (线上), 1080 px, near black and violet: 主论坛 as a timeline, the
    three afternoon forums SIDE BY SIDE as columns, a tea band across all
    three; an online edition ('休息', '午休').
  CLK 2319 (湘潭), 1242 px, royal blue: ranges with an en dash LEFT of the
    title, even inside the three afternoon COLUMNS; a round table with a
    '主持' tag and a '嘉宾' tag on the name lines.
Helpers copied from bench/eval/posters-blind-59/draw.py: font, tw, TOKEN,
NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad, grain,
glow, qrcode, B, plain, two_pass, cup, bowl, logo_lines, number_box, fits,
MEALS, WHITE, rng, meal_mark, units_grid (given a font size), saturday.
"""
import datetime
import json
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

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
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
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
    """Seeded grain blended in: the texture of a designer's export and of a re-saved picture."""
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def glow(im, cx, cy, r, col, strength):
    """A soft light blob (the organisers' posters glow): a blurred disc screened onto the picture."""
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


# --------------------------------------------------------------------------- data helpers
def T(start, end, title, speakers, **extra):
    """A talk; its host is filled in from the forum or the session row above it (see resolve)."""
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers}, **extra)


def P(start, end, title, moderator, guests):
    """A round table: its speakers are the moderator, then the guests in printed order."""
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "mod": moderator, "guests": guests}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": []}


def H(name, unit):
    """A session row: '主持人：name  unit', chairing the talks under it up to the next session row."""
    return {"kind": "session", "host": (name, unit)}


def S(name, aff):
    """A speaker as printed: the name and his affiliation line ('company job') exactly as printed."""
    return {"name": name, "aff": aff}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def pad(name):
    """Two-character names padded with a full-width space, as the organisers' images print them."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


def resolve(forum):
    """The forum's printed slots (session rows dropped) with each talk's host: the forum's host, or the host
    of the session row above it; breaks have none."""
    host = forum["host"][0] if forum["host"] else None
    out = []
    for s in forum["slots"]:
        if s["kind"] == "session":
            host = s["host"][0]
            continue
        out.append(dict(s, host=host if s["kind"] == "talk" else None))
    return out


def truth_forum(forum, date):
    slots = []
    for s in resolve(forum):
        assert s["kind"] == "break" or s["host"], s
        slots.append({"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
                      "speakers": [plain(sp["name"]) for sp in s["sp"]],
                      "affiliations": [sp["aff"] for sp in s["sp"]],
                      "host": s["host"] and plain(s["host"])})
    return {"forum": forum["name"], "date": date, "slots": slots}


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def cup(d, x, y, fill, k=1.0):
    """A small coffee cup drawn in lines (the fonts have no cup glyph); k scales it."""
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=max(2, round(3 * k)))
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=max(2, round(3 * k)))
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def bowl(d, x, y, fill, k=1.0):
    """A rice bowl with chopsticks drawn in lines, for the lunch."""
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


def number_box(d, x, y, text, fill, ink, h=48):
    """A slanted box holding a forum's number ('01'), as the organisers' headings have it."""
    f = font(round(h * 0.62), True)
    w = tw(d, text, f) + h * 0.9
    sl = h * 0.28
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], fill=fill)
    ctext(d, x + sl / 2 + w / 2, y + h * 0.12, text, f, ink)
    return x + w + sl


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


def para(d, x, y, text, f, fill, maxw, lh):
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


MEALS = ("茶歇", "午餐", "午休")  # the breaks that get a cup or a bowl; an opening gets none
WHITE = (255, 255, 255)


def rng(s, dash="-"):
    return "%s%s%s" % (s["start"], dash, s["end"])


def meal_mark(d, x, y, s, fill, k=1.0):
    if s["title"] in ("午餐", "午休"):
        bowl(d, x, y + 2 * k, fill, k)
    elif s["title"] in ("茶歇", "休息"):
        cup(d, x, y, fill, k)


def units_grid(d, X0, X1, y, units, per_row, box_fill, ink, bh=76, gap=20, fs=28):
    bw = (X1 - X0 - (per_row - 1) * gap) / per_row
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=box_fill)
        ctext(d, bx + bw / 2, by + bh / 2 - fs * 0.72, fits(d, u, font(fs, True), bw - 16), font(fs, True), ink)
    rows = (len(units) + per_row - 1) // per_row
    return y + rows * (bh + gap)


def header(d, W, ed, c):
    """The organisers' header, scaled to the picture's width: logo lines, the host school (or the online
    note) at the top right, '第N届中国' over 'Linux内核开发者大会', CLK and the year, a date pill, the place,
    a framed introduction, '大会议程' over a hollow 'AGENDA'.  Returns the y under it."""
    k = W / 1080
    X0, X1 = round(44 * k), W - round(44 * k)
    logo_lines(d, X0, round(44 * k), WHITE, c["accent"], k)
    rtext(d, X1, round(44 * k), ed["school"][0], font(round(30 * k), True), WHITE)
    rtext(d, X1, round(86 * k), ed["school"][1], font(round(16 * k), True), c["pale"])
    d.text((X0, round(170 * k)), ed["nth"] + "中国", font=font(round(80 * k), True), fill=WHITE)
    d.text((X0, round(270 * k)), "Linux内核开发者大会", font=font(round(80 * k), True), fill=WHITE)
    if c["ring"]:
        cx, cy, r = W - round(150 * k), round(230 * k), round(80 * k)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=c["accent"], width=max(3, round(5 * k)))
        ctext(d, cx, cy - round(46 * k), "CLK", font(round(40 * k), True), WHITE)
        ctext(d, cx, cy + round(8 * k), ed["year"], font(round(30 * k), True), c["accent"])
    else:
        f1, f2 = font(round(56 * k), True), font(round(28 * k), True)
        x = X1 - tw(d, "CLK", f1) - tw(d, ed["year"], f2) - round(8 * k)
        d.text((x, round(176 * k)), "CLK", font=f1, fill=WHITE)
        rtext(d, X1, round(174 * k), ed["year"], f2, c["accent"])
    pf = font(round(30 * k), True)
    py = round(408 * k)
    pw = tw(d, ed["pill"], pf) + round(56 * k)
    if c["pill_filled"]:
        d.rounded_rectangle([X0, py, X0 + pw, py + round(56 * k)], radius=round(28 * k), fill=WHITE)
        d.text((X0 + round(28 * k), py + round(6 * k)), ed["pill"], font=pf, fill=c["navy"])
    else:
        d.rounded_rectangle([X0, py, X0 + pw, py + round(56 * k)], radius=round(10 * k), outline=c["accent"],
                            width=max(2, round(3 * k)))
        d.text((X0 + round(28 * k), py + round(6 * k)), ed["pill"], font=pf, fill=WHITE)
    d.text((X0, round(496 * k)), ed["place"], font=font(round(28 * k)), fill=WHITE)
    y = round(580 * k)
    top = y
    y = para(d, X0 + round(34 * k), y + round(30 * k), ed["intro"], font(round(23 * k)), c["pale"],
             X1 - X0 - round(68 * k), round(40 * k))
    y += round(22 * k)
    d.rounded_rectangle([X0, top, X1, y], radius=round(6 * k), outline=c["frame"], width=2)
    y += round(150 * k)
    af = font(round(120 * k), True)
    ctext(d, W / 2, y - round(34 * k), "AGENDA", af, c["hollow"])
    ctext(d, W / 2, y, "大会议程", font(round(66 * k), True), WHITE)
    return y + round(170 * k)


def footer(d, W, y, ed, c, seed):
    k = W / 1080
    X0, X1 = round(44 * k), W - round(44 * k)
    ctext(d, W / 2, y, "支持单位", font(round(44 * k), True), WHITE)
    y = units_grid(d, X0, X1, y + round(90 * k), ed["units"], 3, WHITE, c["navy"], bh=round(76 * k),
                   gap=round(20 * k), fs=round(28 * k)) + round(40 * k)
    q = round(220 * k)
    qrcode(d, W / 2 - q / 2, y, q, seed)
    ctext(d, W / 2, y + q + round(24 * k), ed["qr"], font(round(36 * k), True), WHITE)
    ctext(d, W / 2, y + q + round(80 * k), ed["small"], font(round(22 * k)), c["pale"])
    ctext(d, W / 2, y + q + round(128 * k), ed["org"], font(round(20 * k)), c["pale"])
    return y + q + round(200 * k)


# ===========================================================================
# 1. CLK 2316 (第311届), 西宁, Saturday 2316-11-18, 750 px: the organisers'
#    near black after their 2023 image.  The timeline: the range LEFT (17 px
#    bold), a dot on a vertical line, the teal title (22 px), the speaker on
#    ONE line: 'padded name' (19 px) and 'company job' (14 px blue), printed
#    without a space between company and job where both are Chinese, as the
#    organisers' images print them.  Forums one under another, a host per
#    forum; a round table with '主持人：' and '嘉宾：' labels; 茶歇 and 午餐 bands.
ED_A = {
    "year": "2316", "nth": "第311届", "date": "2316-11-18",
    "school": ("青海大学", "QINGHAI UNIVERSITY"),
    "pill": "2316年11月18日 ｜ 西宁",
    "place": "地址：青海大学 城北校区 学术交流中心报告厅",
    "intro": ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，以下简称 CLK）是国内 Linux 内核领域的年度技术盛会，由国内"
              "企业与高校共同发起。第311届大会由青海大学承办，上午为主论坛，下午处理器架构与调度、内存管理与异构计算、"
              "IO 与 ebpf 三个分论坛同时进行，欢迎内核开发者、高校师生与爱好者参会交流。"),
    "units": ["华为", "阿里云", "腾讯", "字节跳动", "英特尔", "龙芯中科", "麒麟软件", "统信软件", "OPPO"],
    "qr": "扫码报名", "small": "名额有限，报满即止",
    "org": "主办：中国Linux内核开发者大会组委会　承办：青海大学计算机技术与应用学院",
}
FORUMS_A = [
    {"name": "主论坛", "host": ("马文杰", "青海大学计算机技术与应用学院教授"), "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:15", "嘉宾致辞", [S("祁永红", "青海大学副校长")]),
        T("09:15", "09:45", "openKylin 内核在国产桌面上的长期维护实践", [S("莘海洋", "麒麟软件内核研发总监")]),
        T("09:45", "10:15", "从 5.10 到 6.1：云原生内核的平滑升级之路", [S("范志远", "腾讯云 TencentOS 内核负责人")]),
        B("10:15", "10:30", "茶歇"),
        T("10:30", "11:00", "Making Folios the Default: Page Cache Conversion in Practice",
          [S("汤立新", "字节跳动 Linux 内核工程师"), S("孟雨", "字节跳动 Linux 内核工程师")]),
        P("11:00", "11:40", "圆桌论坛：国产 CPU 时代，内核社区如何协作与分工",
          S("黄国平", "统信软件内核架构师"),
          [S("邢亮", "龙芯中科内核组负责人"), S("梅晓东", "飞腾信息技术高级工程师"),
           S("张蕾", "海光信息系统软件部经理"), S("曲志新", "兆芯软件研发总监")]),
        B("11:40", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": ("冉晓峰", "青海大学副教授"), "slots": [
        T("13:30", "14:10", "LoongArch 向量扩展 LSX/LASX 的上下文切换开销分析", [S("孙海军", "龙芯中科系统软件工程师")]),
        T("14:10", "14:50", "CFS 带宽控制在突发负载下的抖动与改进", [S("魏然", "美团 基础架构工程师")]),
        T("14:50", "15:30", "RISC-V 向量扩展的内核支持现状与展望", [S("吉洪波", "中国科学院软件研究所工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": ("韦丽娜", "阿里云技术专家"), "slots": [
        T("13:30", "14:10", "DAMON 驱动的冷页回收在手机上的实践", [S("咸国庆", "OPPO 内核专家")]),
        B("14:10", "14:25", "茶歇"),
        T("14:25", "15:05", "GPU 显存与系统内存统一管理：HMM 的落地", [S("卢佳", "摩尔线程驱动工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": ("石峰", "网易数帆内核负责人"), "slots": [
        T("13:30", "14:10", "基于 eBPF 的块设备延迟火焰图", [S("尤佳琪", "快手 系统工程师")]),
        T("14:10", "14:50", "io_uring 在数据库 WAL 写入中的收益评估", [S("姚振", "蚂蚁集团高级工程师")]),
    ]},
]
C_A = {"accent": (0, 226, 204), "pale": (170, 180, 206), "navy": (16, 22, 56), "frame": (60, 80, 130),
       "hollow": (22, 28, 58), "ring": False, "pill_filled": False}
TEAL_A, BLUE_A, MAG_A, BAND_A = (0, 226, 204), (80, 150, 255), (220, 90, 255), (22, 38, 96)


def slot_a(d, X0, X1, LX, CX, y, s):
    if s["kind"] == "break":
        d.rectangle([X0, y - 4, X1, y + 40], fill=BAND_A)
        d.text((X0 + 6, y + 6), rng(s), font=font(17, True), fill=WHITE)
        d.ellipse([LX - 5, y + 13, LX + 5, y + 23], fill=BLUE_A)
        if s["title"] in MEALS:
            meal_mark(d, CX, y + 6, s, WHITE, 0.75)
            d.text((CX + 36, y + 3), s["title"], font=font(20, True), fill=WHITE)
        else:
            d.text((CX, y + 3), s["title"], font=font(20, True), fill=WHITE)
        return y + 70
    d.text((X0, y + 3), rng(s), font=font(17, True), fill=WHITE)
    d.ellipse([LX - 5, y + 10, LX + 5, y + 20], fill=TEAL_A)
    for ln in wrap(d, s["title"], font(22, True), X1 - CX):
        d.text((CX, y), ln, font=font(22, True), fill=TEAL_A)
        y += 33
    y += 3

    def line(sp, y):
        fn = font(19)
        d.text((CX, y), pad(sp["name"]), font=fn, fill=WHITE)
        d.text((CX + tw(d, pad(sp["name"]), fn) + 12, y + 4), fits(d, sp["aff"], font(14), X1 - CX - 76),
               font=font(14), fill=BLUE_A)
        return y + 30

    if "mod" in s:
        d.text((CX, y), "主持人：", font=font(18, True), fill=MAG_A)
        y = line(s["mod"], y + 29)
        d.text((CX, y), "嘉宾：", font=font(18, True), fill=MAG_A)
        y += 29
        for sp in s["guests"]:
            y = line(sp, y)
    else:
        for sp in s["sp"]:
            y = line(sp, y)
    return y + 26


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 30, W - 30
    y = header(d, W, ED_A, C_A)
    LX, CX = X0 + 116, X0 + 134
    for k, f in enumerate(FORUMS_A):
        if k == 1:
            d.rectangle([X0, y, X1, y + 3], fill=MAG_A)
            ctext(d, W / 2, y + 18, "下午　三个分论坛同时进行", font(22, True), MAG_A)
            y += 84
        if k:
            d.text((X0, y - 18), "%02d" % k, font=font(56, True), fill=TEAL_A)
            d.text((X0 + 88, y), f["name"], font=font(30, True), fill=WHITE)
            y += 64
        else:
            d.rectangle([X0, y + 6, X0 + 8, y + 40], fill=TEAL_A)
            d.text((X0 + 22, y - 2), f["name"], font=font(32, True), fill=WHITE)
            y += 60
        hf = font(18, True)
        d.text((X0, y), "主持人：", font=hf, fill=TEAL_A)
        d.text((X0 + tw(d, "主持人：", hf), y), pad(f["host"][0]), font=hf, fill=WHITE)
        d.text((X0 + tw(d, "主持人：" + pad(f["host"][0]), hf) + 12, y + 3), f["host"][1], font=font(14),
               fill=C_A["pale"])
        y += 36
        d.rectangle([X0, y, X1, y + 4], fill=TEAL_A)
        y += 34
        top = y
        for s in f["slots"]:
            y = slot_a(d, X0, X1, LX, CX, y, s)
        d.line([(LX, top + 8), (LX, y - 30)], fill=(40, 90, 170), width=2)
        y += 46
    return footer(d, W, y + 20, ED_A, C_A, 6101)


def bg_a(w, h):
    im = vgrad(w, h, (10, 14, 36), (6, 8, 24))
    im = glow(im, 680, 160, 260, (150, 80, 255), 0.55)
    im = glow(im, 60, 520, 220, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(1500, h - 400, 1100)):
        im = glow(im, 700 if k % 2 else 50, yy, 260, (120, 80, 255) if k % 2 else (0, 180, 170), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(8):  # neon streaks of the header
        d.line([(420 + i * 42, 0), (750, 320 - i * 35)], fill=(60, 50, 140), width=2)
    return grain(im, 6101, GRAIN["A"])


# ===========================================================================
# 2. CLK 2317 (第312届), 温州, Saturday 2317-12-08, 828 px: the organisers'
#    royal blue after their 2024 full agenda.  Each forum's name in a glowing
#    box (a number box before the afternoon ones); a host per SESSION: a
#    translucent row '主持人：name  unit' before the talks it chairs, a new row
#    after a break.  Each talk: the range in a cyan CHIP ABOVE the title
#    (18 px), the title (24 px bold white), the name (21 px bold, cyan) on its
#    own line and 'company job' (16 px) under it.  Breaks: the chip and the
#    label on one line.
ED_B = {
    "year": "2317", "nth": "第312届", "date": "2317-12-08",
    "school": ("温州大学", "WENZHOU UNIVERSITY"),
    "pill": "2317年12月8日（周六）｜ 温州",
    "place": "地址：温州大学茶山校区 国际学术交流中心",
    "intro": ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）是由国内企业与高校共同发起的 Linux 内核技术盛会，"
              "以“自由、协作、创新”为理念，推动中国 Linux 内核社区的发展。第312届大会由温州大学承办，华为、阿里云、"
              "腾讯、字节跳动、英特尔、荣耀、中兴通讯等企业支持。"),
    "units": ["温州大学", "华为", "阿里云", "腾讯", "字节跳动", "英特尔", "荣耀", "中兴通讯", "SUSE"],
    "qr": "扫码报名", "small": "300 份现场礼品，先到先得",
    "org": "主办：中国Linux内核开发者大会组委会　承办：温州大学计算机与人工智能学院",
}
FORUMS_B = [
    {"name": "主论坛", "host": None, "slots": [
        B("09:00", "09:10", "开幕式"),
        H("郑建伟", "温州大学计算机与人工智能学院 院长"),
        T("09:10", "09:40", "内核开发者的成长路径：从第一个补丁到 Maintainer", [S("金凯", "华为 OS 内核实验室 主任工程师")]),
        T("09:40", "10:10", "CXL 2.0 内存池化在云服务器上的验证", [S("潘晓明", "阿里云 资深技术专家")]),
        B("10:10", "10:25", "茶歇"),
        H("应海波", "英特尔 开源技术中心 经理"),
        T("10:25", "10:55", "Rust in the Kernel: Writing a Safe Network PHY Driver", [S("林子豪", "SUSE 高级软件工程师")]),
        T("10:55", "11:25", "Android GKI 内核的定制、回合与升级节奏",
          [S("叶晨", "荣耀 内核工程师"), S("周倩", "荣耀 性能工程师")]),
        B("11:25", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": None, "slots": [
        H("胡晓东", "温州大学 副教授"),
        T("13:30", "14:10", "EEVDF 替换 CFS 之后：一次性能回归的定位", [S("施文斌", "腾讯 内核工程师")]),
        T("14:10", "14:50", "ARM64 上的 pseudo-NMI 与硬锁死检测", [S("杜明", "Arm 高级软件工程师")]),
        B("14:50", "15:10", "茶歇"),
        H("邹晶", "中兴通讯 操作系统产品部 总工"),
        T("15:10", "15:50", "PREEMPT_RT 在工业控制器上的部署经验", [S("綦小龙", "南瑞集团 软件工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": None, "slots": [
        H("陶然", "小米 内核团队 负责人"),
        T("13:30", "14:10", "虚拟机中的内存热插拔与 ZONE_MOVABLE", [S("段志豪", "天翼云 高级工程师")]),
        T("14:10", "14:50", "NPU 加速卡的共享虚拟地址（SVA）实践", [S("郝静", "地平线 驱动工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": None, "slots": [
        H("蒋帆", "字节跳动 STE 团队 工程师"),
        T("13:30", "14:10", "BPF 程序的签名校验与加载审计", [S("雷鸣", "统信软件 安全工程师")]),
        T("14:10", "14:50", "NVMe over TCP 的 CPU 开销优化", [S("包亚军", "浪潮信息 存储架构师")]),
    ]},
]
C_B = {"accent": (60, 230, 255), "pale": (196, 214, 250), "navy": (12, 34, 130), "frame": (120, 170, 255),
       "hollow": (24, 60, 190), "ring": True, "pill_filled": True}
CYAN_B, NAVY_B, ROW_B = (60, 230, 255), (12, 34, 130), (30, 74, 210)


def chip_b(d, x, y, s):
    rf = font(18, True)
    w = tw(d, rng(s, " - "), rf) + 28
    d.rounded_rectangle([x, y, x + w, y + 32], radius=16, fill=CYAN_B)
    d.text((x + 14, y + 3), rng(s, " - "), font=rf, fill=NAVY_B)
    return x + w


def slot_b(d, X0, X1, y, s):
    if s["kind"] == "session":
        name, unit = s["host"]
        d.rounded_rectangle([X0, y, X1, y + 46], radius=8, fill=ROW_B)
        hf = font(20, True)
        d.text((X0 + 18, y + 9), "主持人：" + name, font=hf, fill=WHITE)
        d.text((X0 + 18 + tw(d, "主持人：" + name, hf) + 14, y + 13), unit, font=font(15), fill=C_B["pale"])
        return y + 70
    if s["kind"] == "break":
        x = chip_b(d, X0 + 16, y, s) + 18
        if s["title"] in MEALS:
            meal_mark(d, x, y + 2, s, WHITE, 0.8)
            x += 38
        d.text((x, y), s["title"], font=font(22, True), fill=WHITE)
        d.line([(X0 + 16, y + 52), (X1 - 16, y + 52)], fill=(70, 120, 240), width=1)
        return y + 76
    chip_b(d, X0 + 16, y, s)
    y += 44
    d.rectangle([X0 + 16, y + 4, X0 + 20, y + 28], fill=CYAN_B)
    for ln in wrap_nicely(d, s["title"], font(24, True), X1 - X0 - 52):
        d.text((X0 + 32, y), ln, font=font(24, True), fill=WHITE)
        y += 35
    y += 6
    for sp in s["sp"]:
        d.text((X0 + 32, y), sp["name"], font=font(21, True), fill=CYAN_B)
        y += 30
        d.text((X0 + 32, y), fits(d, sp["aff"], font(16), X1 - X0 - 52), font=font(16), fill=C_B["pale"])
        y += 28
    d.line([(X0 + 16, y + 10), (X1 - 16, y + 10)], fill=(70, 120, 240), width=1)
    return y + 32


def forum_box_b(d, W, y, k, name):
    f = font(32, True)
    nw = tw(d, name, f) + (70 if k else 0)
    x0, x1 = W / 2 - nw / 2 - 50, W / 2 + nw / 2 + 50
    for j in range(3, 0, -1):
        d.rounded_rectangle([x0 - 3 * j, y - 3 * j, x1 + 3 * j, y + 64 + 3 * j], radius=16,
                            outline=(60 + 25 * (3 - j), 140 + 25 * (3 - j), 255), width=2)
    d.rounded_rectangle([x0, y, x1, y + 64], radius=12, fill=(24, 64, 200), outline=CYAN_B, width=2)
    x = x0 + 50
    if k:
        x = number_box(d, x, y + 14, "%02d" % k, CYAN_B, NAVY_B, 36) + 14
    d.text((x, y + 10), name, font=f, fill=WHITE)
    return y + 64


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 34, W - 34
    y = header(d, W, ED_B, C_B)
    for k, f in enumerate(FORUMS_B):
        if k == 1:
            pill = "下午　三个分论坛同时进行"
            pw = tw(d, pill, font(24, True)) + 70
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 50], radius=25, fill=(236, 72, 160))
            ctext(d, W / 2, y + 9, pill, font(24, True), WHITE)
            y += 90
        y = forum_box_b(d, W, y, k, f["name"]) + 40
        for s in f["slots"]:
            y = slot_b(d, X0, X1, y, s)
        y += 50
    return footer(d, W, y + 10, ED_B, C_B, 6102)


def bg_b(w, h):
    im = vgrad(w, h, (14, 50, 190), (10, 30, 130))
    im = glow(im, 700, 200, 300, (80, 200, 255), 0.5)
    im = glow(im, 80, 1100, 280, (120, 90, 255), 0.35)
    for k, yy in enumerate(range(2000, h - 500, 1300)):
        im = glow(im, 760 if k % 2 else 80, yy, 320, (60, 150, 255), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks of the header
        d.line([(420 + i * 54, 0), (828, 300 - i * 36)], fill=(60, 110, 230), width=2)
    return grain(im, 6102, GRAIN["B"])


# ===========================================================================
# 3. CLK 2318 (第313届), online, Saturday 2318-12-14, 1080 px: near black and
#    violet.  主论坛 as the 2023 timeline (range left 26 px, teal title 29 px,
#    'padded name  company job' on one line).  The afternoon: the three
#    forums SIDE BY SIDE as columns (a number, the name over one or two
#    lines, '主持人：name' and the unit under it), each talk the range (20 px
#    teal) ABOVE the title (23 px), the name (21 px) and 'company job' (16 px)
#    under it; ONE tea band across all three columns.  Online: '休息', '午休'.
ED_C = {
    "year": "2318", "nth": "第313届", "date": "2318-12-14",
    "school": ("线上会议", "ONLINE · LIVE"),
    "pill": "2318年12月14日 ｜ 线上",
    "place": "全程线上直播，扫描文末二维码观看",
    "intro": ("CLK（中国 Linux 内核开发者大会）由国内 Linux 内核领域的企业与高校共同发起，每年举办一届。受疫情影响，第313届"
              "大会改为线上举办：上午为主论坛，下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛在三个直播间"
              "同时进行。"),
    "units": ["华为", "阿里云", "腾讯", "字节跳动", "英特尔", "飞腾", "京东云", "中国移动", "百度"],
    "qr": "扫码观看直播", "small": "三个分论坛各有独立直播间，回放将在会后上线",
    "org": "主办：中国Linux内核开发者大会组委会",
}
FORUMS_C = [
    {"name": "主论坛", "host": ("陈亚楠", "中国科学技术大学 副教授"), "slots": [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:20", "致辞", [S("谭卫国", "CLK 组委会 主席")]),
        T("09:20", "10:00", "A Decade of Kernel Live Patching: What Worked and What Didn't",
          [S("Martin Novak", "SUSE Kernel Engineer")]),
        T("10:00", "10:40", "内核 CVE 响应：从漏洞通告到热补丁上线的 72 小时", [S("禚立伟", "奇安信 安全研究员")]),
        B("10:40", "10:50", "休息"),
        T("10:50", "11:30", "cgroup v2 迁移：一个大型电商的踩坑记录", [S("谷雨晨", "京东云 架构师")]),
        B("11:30", "13:30", "午休"),
    ]},
    {"name": "处理器架构与调度分论坛", "lines": ["处理器架构与", "调度分论坛"], "host": ("严俊", "飞腾信息 系统软件部总监"),
     "slots": [
         T("13:30", "14:10", "多路 ARM 服务器上的调度域与 cluster 调度", [S("任晓峰", "华为 鲲鹏内核工程师")]),
         T("14:10", "14:50", "混合架构（P 核 / E 核）下的任务放置",
           [S("彭丽", "英特尔 软件工程师"), S("何旭", "英特尔 工程师")]),
         B("14:50", "15:10", "茶歇"),
         T("15:10", "15:50", "调度延迟可观测：schedstat 与 BPF 的结合", [S("莫凡", "携程 系统工程师")]),
     ]},
    {"name": "内存管理与异构计算分论坛", "lines": ["内存管理与", "异构计算分论坛"], "host": ("傅强", "上海交通大学 副教授"),
     "slots": [
         T("13:30", "14:10", "页表共享：降低大进程 fork 开销的尝试", [S("郭晓晨", "上海交通大学 博士研究生")]),
         T("14:10", "14:50", "GPU 显存超分与系统内存换出的协同", [S("乔宇", "景嘉微 驱动工程师")]),
         B("14:50", "15:10", "茶歇"),
         T("15:10", "15:50", "vmalloc 大页映射的收益与陷阱", [S("苗青", "百度 内核工程师")]),
     ]},
    {"name": "IO 与 ebpf 分论坛", "lines": ["IO 与 ebpf 分论坛"], "host": ("肖鹏", "腾讯 TencentOS 内核专家"),
     "slots": [
         T("13:30", "14:10", "XDP 在 5G 核心网 UPF 中的应用", [S("丁一鸣", "中国移动研究院 研究员")]),
         T("14:10", "14:50", "blk-mq 调度器的选择与调参", [S("侯亚楠", "美团 存储工程师")]),
         B("14:50", "15:10", "茶歇"),
         T("15:10", "15:50", "用 BPF LSM 审计文件系统访问", [S("温晓光", "三六零 安全工程师")]),
     ]},
]
C_C = {"accent": (0, 224, 200), "pale": (160, 170, 200), "navy": (18, 18, 60), "frame": (70, 70, 140),
       "hollow": (24, 20, 58), "ring": False, "pill_filled": False}
TEAL_C, BLUE_C, VIO_C = (0, 224, 200), (90, 150, 255), (168, 120, 255)


def main_slot_c(d, X0, X1, LX, CX, y, s):
    if s["kind"] == "break":
        d.rectangle([X0, y - 6, X1, y + 50], fill=(30, 26, 80))
        d.text((X0 + 10, y + 4), rng(s), font=font(26, True), fill=WHITE)
        d.ellipse([LX - 7, y + 15, LX + 7, y + 29], fill=BLUE_C)
        x = CX
        if s["title"] in MEALS:
            meal_mark(d, CX, y + 6, s, WHITE, 0.9)
            x += 48
        d.text((x, y + 2), s["title"], font=font(28, True), fill=WHITE)
        return y + 92
    d.text((X0 + 10, y + 2), rng(s), font=font(26, True), fill=WHITE)
    d.ellipse([LX - 7, y + 14, LX + 7, y + 28], fill=TEAL_C)
    for ln in wrap(d, s["title"], font(29, True), X1 - CX):
        d.text((CX, y), ln, font=font(29, True), fill=TEAL_C)
        y += 44
    y += 4
    for sp in s["sp"]:
        fn = font(25)
        nm = pad(sp["name"])
        d.text((CX, y), nm, font=fn, fill=WHITE)
        d.text((CX + tw(d, nm, fn) + 16, y + 5), fits(d, sp["aff"], font(20), X1 - CX - 130), font=font(20),
               fill=BLUE_C)
        y += 40
    return y + 36


def col_slot_c(d, x, w, y, s):
    d.text((x, y), rng(s), font=font(20, True), fill=TEAL_C)
    y += 34
    for ln in wrap_nicely(d, s["title"], font(23, True), w):
        d.text((x, y), ln, font=font(23, True), fill=WHITE)
        y += 34
    y += 6
    for sp in s["sp"]:
        d.text((x, y), pad(sp["name"]), font=font(21, True), fill=WHITE)
        y += 31
        for ln in wrap(d, sp["aff"], font(16), w):
            d.text((x, y), ln, font=font(16), fill=BLUE_C)
            y += 24
        y += 4
    return y + 30


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 40, W - 40
    y = header(d, W, ED_C, C_C)
    f = FORUMS_C[0]
    d.rectangle([X0, y + 8, X0 + 12, y + 56], fill=TEAL_C)
    d.text((X0 + 30, y - 2), f["name"], font=font(48, True), fill=WHITE)
    y += 82
    hf = font(26, True)
    d.text((X0, y), "主持人：", font=hf, fill=TEAL_C)
    d.text((X0 + tw(d, "主持人：", hf), y), pad(f["host"][0]), font=hf, fill=WHITE)
    d.text((X0 + tw(d, "主持人：" + pad(f["host"][0]), hf) + 18, y + 5), f["host"][1], font=font(21),
           fill=C_C["pale"])
    y += 52
    d.rectangle([X0, y, X1, y + 4], fill=TEAL_C)
    y += 44
    LX, CX = X0 + 196, X0 + 226
    top = y
    for s in f["slots"]:
        y = main_slot_c(d, X0, X1, LX, CX, y, s)
    d.line([(LX, top + 10), (LX, y - 40)], fill=(60, 80, 170), width=2)
    y += 40
    d.rectangle([X0, y, X1, y + 4], fill=VIO_C)
    ctext(d, W / 2, y + 24, "下午　三个分论坛同时进行（三个直播间）", font(30, True), VIO_C)
    y += 110
    gap = 24
    cw = (X1 - X0 - 2 * gap) / 3
    xs = [X0 + i * (cw + gap) for i in range(3)]
    for i, f in enumerate(FORUMS_C[1:]):  # the column heads
        x, yy = xs[i], y
        d.rounded_rectangle([x, yy, x + cw, yy + 150], radius=10, fill=(28, 24, 74), outline=VIO_C, width=2)
        d.text((x + 18, yy + 8), "%02d" % (i + 1), font=font(40, True), fill=TEAL_C)
        ly = yy + 62 if len(f["lines"]) == 2 else yy + 84
        for ln in f["lines"]:
            d.text((x + 18, ly), fits(d, ln, font(28, True), cw - 36), font=font(28, True), fill=WHITE)
            ly += 40
        assert "".join(f["lines"]) == f["name"]
    y += 150 + 22
    ctop = y
    for i, f in enumerate(FORUMS_C[1:]):
        x = xs[i]
        d.text((x, y), "主持人：" + pad(f["host"][0]), font=font(20, True), fill=TEAL_C)
        d.text((x, y + 32), fits(d, f["host"][1], font(16), cw), font=font(16), fill=C_C["pale"])
    y += 86
    ys = [y, y, y]
    bands = []
    for row in range(4):
        if FORUMS_C[1]["slots"][row]["kind"] == "break":
            tea = FORUMS_C[1]["slots"][row]
            for f in FORUMS_C[1:]:
                assert f["slots"][row]["kind"] == "break" and rng(f["slots"][row]) == rng(tea)
            by = max(ys)
            bands.append(by)
            d.rectangle([X0, by, X1, by + 56], fill=(30, 26, 80))
            x = W / 2 - 120
            d.text((x - 40, by + 12), rng(tea), font=font(26, True), fill=WHITE)
            meal_mark(d, x + 150, by + 12, tea, WHITE, 0.9)
            d.text((x + 198, by + 8), tea["title"], font=font(28, True), fill=WHITE)
            ys = [by + 90] * 3
            continue
        for i, f in enumerate(FORUMS_C[1:]):
            ys[i] = col_slot_c(d, xs[i], cw, ys[i], f["slots"][row])
    y = max(ys)
    for i in range(2):  # hairlines between the columns, from the host lines down, broken by the band
        gx = xs[i] + cw + gap / 2
        y0 = ctop
        for by in bands + [y - 20]:
            d.line([(gx, y0), (gx, by)], fill=(60, 56, 120), width=1)
            y0 = by + 56
    return footer(d, W, y + 60, ED_C, C_C, 6103)


def bg_c(w, h):
    im = vgrad(w, h, (12, 10, 34), (6, 6, 22))
    im = glow(im, 980, 200, 360, (150, 80, 255), 0.55)
    im = glow(im, 120, 700, 300, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(1900, h - 500, 1400)):
        im = glow(im, 1000 if k % 2 else 80, yy, 380, (130, 80, 255) if k % 2 else (0, 170, 170), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(8):  # neon streaks of the header
        d.line([(600 + i * 60, 0), (1080, 460 - i * 50)], fill=(70, 50, 150), width=2)
    return grain(im, 6103, GRAIN["C"])


# ===========================================================================
# 4. CLK 2319 (第314届), 湘潭, Saturday 2319-11-22, 1242 px: the organisers'
#    royal blue.  主论坛: the range with an EN DASH left of the title (28 px),
#    the title (32 px), 'padded name  company job' on one line; a round table
#    with a pink '主持' tag on the moderator's line and a '嘉宾' tag on the
#    first guest's line.  The afternoon: three COLUMNS, each with its own
#    heading and host, each talk the range LEFT of the title inside the column
#    (18 px), the name (22 px) and 'company job' (17 px) under the title; a
#    茶歇 row in one column only.
ED_D = {
    "year": "2319", "nth": "第314届", "date": "2319-11-22",
    "school": ("湘潭大学", "XIANGTAN UNIVERSITY"),
    "pill": "2319年11月22日（周六）｜ 湘潭",
    "place": "地址：湘潭大学 逸夫楼一楼学术报告厅",
    "intro": ("中国 Linux 内核开发者大会（CLK）是中国 Linux 内核领域开发者的年度聚会，致力于推动内核技术在国内的交流与传播。"
              "第314届大会由湘潭大学承办，设主论坛及处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛，"
              "预计参会人数 400 人。"),
    "units": ["湘潭大学", "华为", "阿里云", "字节跳动", "OPPO", "海光信息", "联想", "蔚来", "小红书"],
    "qr": "扫码报名", "small": "现场参会请携带身份证件",
    "org": "主办：中国Linux内核开发者大会组委会　承办：湘潭大学计算机学院·网络空间安全学院",
}
FORUMS_D = [
    {"name": "主论坛", "host": ("易卫东", "湘潭大学计算机学院 院长"), "slots": [
        B("09:00", "09:15", "开幕式"),
        T("09:15", "09:55", "操作系统产业十年：内核之外的生态协作", [S("贺立军", "中国电子技术标准化研究院 主任")]),
        T("09:55", "10:35", "Kernel Same-page Merging Revisited for VM Density", [S("廖俊", "字节跳动 火山引擎内核专家")]),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "车载 Linux 的启动时间优化：从 8 秒到 2 秒", [S("尹浩然", "蔚来 系统软件工程师")]),
        P("11:30", "12:10", "圆桌对话：高校如何培养下一代内核开发者",
          S("姬晓鹏", "湘潭大学 教授"),
          [S("汪洋", "中国科学院软件研究所 研究员"), S("柳青", "阿里云 操作系统团队技术专家"),
           S("赖志伟", "华为 openEuler 技术委员会委员"), S("袁芳", "国防科技大学 副研究员")]),
        B("12:10", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": ("蔡明亮", "中南大学 副教授"), "slots": [
        T("13:30", "14:10", "core scheduling 在云主机侧信道防护中的开销", [S("钟伟", "优刻得 内核工程师")]),
        T("14:10", "14:50", "海光 CPU 上的 SMT 感知负载均衡", [S("吕浩", "海光信息 软件工程师")]),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "cpuidle governor 在轻薄本上的功耗调优", [S("宋佳怡", "联想 固件与内核工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": ("谢婉", "OPPO 内核团队负责人"), "slots": [
        T("13:30", "14:10", "hugetlb vmemmap 优化：每 TB 省下 16 GB", [S("欧阳明", "字节跳动 内核工程师")]),
        T("14:10", "14:50", "昇腾 NPU 的共享虚拟内存实现", [S("韩立", "华为 昇腾驱动工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": ("龚伟", "阿里云 高级技术专家"), "slots": [
        T("13:30", "14:10", "Snapshots in bcachefs and Btrfs: A Comparison", [S("Ethan Walker", "Western Digital Principal Engineer")]),
        T("14:10", "14:50", "用 eBPF 编写 TCP 拥塞控制算法", [S("庞晓", "小红书 基础架构工程师")]),
    ]},
]
C_D = {"accent": (60, 230, 255), "pale": (200, 216, 250), "navy": (12, 34, 130), "frame": (120, 170, 255),
       "hollow": (26, 62, 196), "ring": True, "pill_filled": True}
CYAN_D, NAVY_D, PINK_D = (60, 230, 255), (12, 34, 130), (255, 120, 200)
DASH = "\u2013"


def main_slot_d(d, X0, X1, LX, CX, y, s):
    if s["kind"] == "break":
        d.rectangle([X0, y - 6, X1, y + 54], fill=(38, 92, 230))
        d.text((X0 + 14, y + 4), rng(s, DASH), font=font(28, True), fill=WHITE)
        d.ellipse([LX - 7, y + 17, LX + 7, y + 31], fill=WHITE)
        x = CX
        if s["title"] in MEALS:
            meal_mark(d, CX, y + 8, s, WHITE)
            x += 54
        d.text((x, y + 2), s["title"], font=font(30, True), fill=WHITE)
        return y + 96
    d.text((X0 + 14, y + 3), rng(s, DASH), font=font(28, True), fill=WHITE)
    d.ellipse([LX - 7, y + 16, LX + 7, y + 30], fill=CYAN_D)
    for ln in wrap(d, s["title"], font(32, True), X1 - CX):
        d.text((CX, y), ln, font=font(32, True), fill=CYAN_D)
        y += 48
    y += 6

    def line(sp, y, tag=None):
        x = CX
        tf = font(20, True)
        tag_w = tw(d, "嘉宾", tf) + 24  # both tags are two characters wide
        if tag:
            d.rounded_rectangle([x, y + 4, x + tag_w, y + 36], radius=6, fill=PINK_D)
            d.text((x + 12, y + 6), tag, font=tf, fill=WHITE)
        if tag is not None:  # the guests under the first one stand in line with it
            x += tag_w + 14
        fn = font(27)
        d.text((x, y), pad(sp["name"]), font=fn, fill=WHITE)
        x += tw(d, pad(sp["name"]), fn) + 18
        d.text((x, y + 5), fits(d, sp["aff"], font(22), X1 - x), font=font(22), fill=C_D["pale"])
        return y + 44

    if "mod" in s:
        y = line(s["mod"], y, "主持")
        for j, sp in enumerate(s["guests"]):
            y = line(sp, y, "嘉宾" if j == 0 else "")
    else:
        for sp in s["sp"]:
            y = line(sp, y)
    return y + 40


def col_slot_d(d, x, w, y, s):
    RW = 120  # the range's own column inside the forum's column
    rf = font(18, True)
    if s["kind"] == "break":
        d.rounded_rectangle([x, y - 4, x + w, y + 40], radius=6, fill=(38, 92, 230))
        d.text((x + 8, y + 6), rng(s, DASH), font=rf, fill=WHITE)
        meal_mark(d, x + RW + 8, y + 5, s, WHITE, 0.8)
        d.text((x + RW + 48, y + 2), s["title"], font=font(22, True), fill=WHITE)
        return y + 74
    d.text((x, y + 3), fits(d, rng(s, DASH), rf, RW - 8), font=rf, fill=WHITE)
    tx, tww = x + RW, w - RW
    for ln in wrap_nicely(d, s["title"], font(22, True), tww):
        d.text((tx, y), ln, font=font(22, True), fill=CYAN_D)
        y += 32
    y += 6
    for sp in s["sp"]:
        d.text((tx, y), pad(sp["name"]), font=font(22), fill=WHITE)
        y += 31
        for ln in wrap(d, sp["aff"], font(17), tww):
            d.text((tx, y), ln, font=font(17), fill=C_D["pale"])
            y += 25
    return y + 34


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 54, W - 54
    y = header(d, W, ED_D, C_D)
    f = FORUMS_D[0]
    fn = font(50, True)
    nw = tw(d, f["name"], fn)
    bx0, bx1 = W / 2 - nw / 2 - 90, W / 2 + nw / 2 + 90
    for j in range(4, 0, -1):
        d.rounded_rectangle([bx0 - 4 * j, y - 4 * j, bx1 + 4 * j, y + 96 + 4 * j], radius=20,
                            outline=(60 + 20 * (4 - j), 140 + 20 * (4 - j), 255), width=2)
    d.rounded_rectangle([bx0, y, bx1, y + 96], radius=16, fill=(24, 64, 200), outline=CYAN_D, width=3)
    ctext(d, W / 2, y + 14, f["name"], fn, WHITE)
    y += 136
    ctext(d, W / 2, y, "主持人：%s　%s" % (pad(f["host"][0]), f["host"][1]), font(28, True), WHITE)
    y += 84
    LX, CX = X0 + 226, X0 + 256
    top = y
    for s in f["slots"]:
        y = main_slot_d(d, X0, X1, LX, CX, y, s)
    d.line([(LX, top + 10), (LX, y - 44)], fill=(120, 180, 255), width=2)
    y += 30
    pill = "下午　三个分论坛同时进行"
    pw = tw(d, pill, font(34, True)) + 100
    d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 70], radius=35, fill=(236, 72, 160))
    ctext(d, W / 2, y + 12, pill, font(34, True), WHITE)
    y += 120
    gap = 30
    cw = (X1 - X0 - 2 * gap) / 3
    xs = [X0 + i * (cw + gap) for i in range(3)]
    for i, f in enumerate(FORUMS_D[1:]):
        x = xs[i]
        number_box(d, x, y, "%02d" % (i + 1), CYAN_D, NAVY_D, 44)
        d.text((x, y + 62), fits(d, f["name"], font(28, True), cw), font=font(28, True), fill=WHITE)
        d.rectangle([x, y + 114, x + cw, y + 118], fill=CYAN_D)
        d.text((x, y + 134), "主持人：" + pad(f["host"][0]), font=font(22, True), fill=WHITE)
        d.text((x, y + 168), fits(d, f["host"][1], font(17), cw), font=font(17), fill=C_D["pale"])
    ctop = y
    y += 230
    ys = []
    for i, f in enumerate(FORUMS_D[1:]):
        yy = y
        for s in f["slots"]:
            yy = col_slot_d(d, xs[i], cw, yy, s)
        ys.append(yy)
    y = max(ys)
    for i in range(2):  # hairlines between the columns
        gx = xs[i] + cw + gap / 2
        d.line([(gx, ctop), (gx, y - 20)], fill=(90, 140, 250), width=1)
    return footer(d, W, y + 70, ED_D, C_D, 6104)


def bg_d(w, h):
    im = vgrad(w, h, (16, 54, 196), (10, 30, 130))
    im = glow(im, 1040, 260, 420, (80, 200, 255), 0.5)
    im = glow(im, 120, 1500, 400, (120, 90, 255), 0.35)
    for k, yy in enumerate(range(2600, h - 600, 1700)):
        im = glow(im, 1120 if k % 2 else 110, yy, 460, (60, 150, 255), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks of the header
        d.line([(620 + i * 80, 0), (1242, 430 - i * 52)], fill=(60, 110, 230), width=2)
    return grain(im, 6104, GRAIN["D"])


GRAIN = {"A": 0.008, "B": 0.006, "C": 0.006, "D": 0.0045}


EDITIONS = [("A", ED_A, FORUMS_A, paint_a, bg_a, 750), ("B", ED_B, FORUMS_B, paint_b, bg_b, 828),
            ("C", ED_C, FORUMS_C, paint_c, bg_c, 1080), ("D", ED_D, FORUMS_D, paint_d, bg_d, 1242)]
FILES = {"A": "xining-nearblack-750-timeline-round-table.png",
         "B": "wenzhou-blue-828-range-over-title-session-hosts.png",
         "C": "online-violet-1080-afternoon-columns-tea-band.png",
         "D": "xiangtan-blue-1242-en-dash-columns-host-tags.png"}

NOTE = (
    "Same schema and conventions as posters-blind-43: speakers are names as printed with spaces and the padding of "
    "two-character names removed ('孟　雨' -> '孟雨'; the Latin names 'Martin Novak' -> 'MartinNovak', 'Ethan Walker' "
    "-> 'EthanWalker'); host is the chair printed for the forum (or, on CLK 2317, the session) covering the slot, null "
    "for breaks; start/end always HH:MM on a 24-hour clock, whatever joins them on the poster ('-', ' - ', an en dash "
    "'–'); where two speakers are printed each has his own affiliation, given per speaker in printed order; an "
    "affiliation is the 'company job' line printed by the name, exactly as printed: with a space between company and "
    "job where the poster prints one ('SUSE 高级软件工程师'), without one where it prints none (CLK 2316 prints Chinese "
    "company and job run together as the organisers' own images do: '麒麟软件内核研发总监', '青海大学副校长'); break "
    "titles are as printed; a speech printed with a speaker ('嘉宾致辞', '致辞') is a talk, a slot printed without a "
    "speaker ('开场', '开幕式') is a break; '午餐' (CLK 2318: '午休') closes 主论坛 as its break; forums that print no "
    "break after their last talk end with it. A round table is a talk (kind 'talk', as set 43 has it): its title keeps "
    "'圆桌论坛：' / '圆桌对话：', its speakers are the moderator and then the guests in printed order (five speakers, "
    "five affiliations), its labels ('主持人：', '嘉宾：', the tags '主持' and '嘉宾') are nowhere in the truth, and its "
    "host is the forum's host, not the moderator. Titles, names and affiliations wrapped over several lines are one "
    "each, joined with a space between Latin words and without one inside Chinese words ('hugetlb vmemmap 优' / "
    "'化：每 TB 省下 16 GB'). Four editions, each ONE whole-edition PNG (as CLK2022's repository holds its one 1.5 MB "
    "image imgs/2022clk.png), each with CLK2022's four forum names as its README prints them: 主论坛, "
    "处理器架构与调度分论坛, 内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛' (spaces and lower-case 'ebpf' kept), in "
    "printed order (afternoon columns left to right); every date a Saturday; every forum carries its edition's date. "
    "Headers, introductions, addresses, date pills, the online note, support units, QR captions, organiser lines, the "
    "bands '下午　三个分论坛同时进行' and '下午　三个分论坛同时进行（三个直播间）' are never part of a name, a title or a "
    "slot; numbers and number boxes ('01'..'03') are no part of a forum's name. Per edition: (1) CLK 2316 (第311届, 西宁, "
    "750 px, near black): the 2023 timeline, range left of the title, 'padded name  company job' on one line, a host per "
    "forum ('主持人：name' with the unit after it); 内存管理与异构计算分论坛 has its own 茶歇 row (14:10-14:25) between "
    "its two talks; 汤立新 and 孟雨 (both 字节跳动) are two speakers of the English title 'Making Folios the Default: "
    "Page Cache Conversion in Practice' (one title over two lines); the round table (11:00-11:40) prints '主持人：' over "
    "黄国平 and '嘉宾：' over four guests. Uncommon surnames 莘 (莘海洋) and 咸 (咸国庆). (2) CLK 2317 (第312届, 温州, 828 "
    "px, royal blue): the range in a chip ABOVE its title ('09:10 - 09:40'), the name and 'company job' on TWO lines; "
    "no forum prints a host in its heading: a HOST ROW '主持人：name  unit' chairs the talks under it up to the next "
    "host row, so 郑建伟 chairs 主论坛's 09:10 and 09:40 talks and 应海波 its 10:25 and 10:55 talks, 胡晓东 the 13:30 and "
    "14:10 talks and 邹晶 the 15:10 talk of 处理器架构与调度分论坛; host rows are no slots; '开幕式' stands above the first "
    "host row (a break, host null). 叶晨 and 周倩 (both 荣耀) are two speakers of one talk. Uncommon surname 綦 (綦小龙). (3) "
    "CLK 2318 (第313届, online, 1080 px, near black and violet): 主论坛 a timeline ('休息' and '午休' breaks); the three "
    "afternoon forums SIDE BY SIDE as columns, each with a head box (number and name; '处理器架构与' / '调度分论坛' and "
    "'内存管理与' / '异构计算分论坛' over two lines, each one name joined without a space) and '主持人：name' over the "
    "unit; each talk the range ABOVE the title, then name and 'company job' on two lines. ONE 茶歇 band (14:50-15:10) "
    "runs across all three columns: it is a break in each of the three forums (as set 8's break band spanning lanes). "
    "A column's talks are its own forum's, whatever stands level with them in the next column. 彭丽 and 何旭 (both 英特尔) "
    "are two speakers of one column talk. The header's top right prints '线上会议' / 'ONLINE · LIVE' instead of a "
    "school. Uncommon surname 禚 (禚立伟). (4) CLK 2319 (第314届, 湘潭, 1242 px, royal blue): ranges printed with an EN "
    "DASH ('09:15–09:55'), left of the title in 主论坛 and also inside each afternoon COLUMN (the range in the column's "
    "own left strip, the title, name and 'company job' right of it); each column its own number box, name, rule and "
    "'主持人：name' over the unit; a 茶歇 row (14:50-15:10) in 处理器架构与调度分论坛's column only, so it is a break of "
    "that forum only. The round table '圆桌对话：高校如何培养下一代内核开发者' (11:30-12:10) prints a pink tag '主持' on "
    "姬晓鹏's line and a tag '嘉宾' on the first guest's line, the three other guests in line under it. Uncommon surname "
    "姬 (the moderator)."
)

LAYOUTS = {
    "A": ("CLK 2316 (第311届), 西宁, 2316-11-18 (PNG, %s): the organisers' near-black whole edition, 750 px, the 2023 "
          "timeline with the range LEFT of the title and 'padded name  company job' on ONE line (company and job "
          "run together where both are Chinese), forums one under another, a host per forum, a round table with "
          "'主持人：' and '嘉宾：' labels, 茶歇 and 午餐 bands, an English title by two speakers. 5 + 3 + 2 + 2 talks."),
    "B": ("CLK 2317 (第312届), 温州, 2317-12-08 (PNG, %s): the organisers' royal-blue whole edition, 828 px; each "
          "range in a chip ABOVE its title, name and 'company job' on TWO lines, forums one under another, a host "
          "per SESSION (host rows), 茶歇 and 午餐 rows, an English title. 4 + 3 + 2 + 2 talks."),
    "C": ("CLK 2318 (第313届), online, 2318-12-14 (PNG, %s): a near-black and violet whole edition, 1080 px; 主论坛 "
          "as a timeline (range left, one-line speakers, '休息', '午休'); the three afternoon forums SIDE BY SIDE as "
          "columns, range ABOVE title, two-line speakers, one 茶歇 band across all three columns; an English title "
          "by a Latin-named speaker. 4 + 3 + 3 + 3 talks."),
    "D": ("CLK 2319 (第314届), 湘潭, 2319-11-22 (PNG, %s): the organisers' royal-blue whole edition, 1242 px; "
          "en-dash ranges LEFT of the title in 主论坛 and inside the three afternoon COLUMNS; a round table with "
          "'主持' / '嘉宾' tags; a 茶歇 row in one column only; English titles (one by a Latin-named speaker). "
          "4 + 3 + 2 + 2 talks."),
}

# names seen on the real posters looked at (for style) and the real speakers of CLK2022's deck file names: none
# of them may be used
REAL_NAMES = ["徐静波", "祝嘉", "张子扬", "宋卓", "郭健", "郭寒军", "彭志光", "司延腾", "殷锋卫", "谈鉴锋", "李治军",
              "许珉嘉", "郑琦", "宋牧春", "杨铠衔", "谢旻晟", "李泽帆", "郭任", "邹德清", "王刘朴", "宋恺睿", "程杰",
              "付才", "郑堂权"]


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def check(posters):
    """Every date a Saturday, no person printed twice in the set, no talk on two pictures, CLK2022's forums."""
    people, titles = [], []
    for _, ed, forums, _, _, _ in EDITIONS:
        assert saturday(ed["date"]), ed["date"]
        assert [f["name"] for f in forums] == ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛",
                                               "IO 与 ebpf 分论坛"]
        for f in forums:
            if f["host"]:
                people.append(f["host"][0])
            for s in f["slots"]:
                if s["kind"] == "session":
                    people.append(s["host"][0])
                else:
                    people += [sp["name"] for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES)
    for p in posters:
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] == "talk"]
    assert len(titles) == len(set(titles)), titles
    return len(titles)


def main():
    posters = []
    for key, ed, forums, paint, bg, w in EDITIONS:
        im = two_pass(w, paint, bg)
        fn = FILES[key]
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert 1.0e6 <= size <= 1.6e6, (fn, size)  # as CLK2022's one 1.5 MB agenda image
        posters.append({"file": fn, "layout": LAYOUTS[key] % ("%d x %d" % im.size), "date": ed["date"],
                        "forums": [truth_forum(f, ed["date"]) for f in forums]})
    n = check(posters)
    print("talks", n)
    assert 35 <= n <= 50, n
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
