"""Draw the seventy-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (fixed
seeds, never hash()).  The set is about what CLK2022's ONE agenda image
(imgs/2022clk.png, a 1.5 MB PNG, not seen) plausibly looks like, as the organisers'
designer might have done it one or two years before their 2023 and 2024 posters:
three invented editions, each ONE whole-edition PNG of 1.0 to 1.6 MB, 1080 px wide,
with CLK2022's four forum names as its README prints them (主论坛,
处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛'):
  CLK 2761 (重庆), BLUE AND WHITE: a royal-blue header and footer, a white page in
    between; the 2024 timeline (range | dot | blue title, name and 'company job'),
    number boxes, the host at the right of each heading.
  CLK 2762 (苏州), DARK: near black after the 2023 image, teal titles, big teal
    numerals, the host on a line under each heading, dark-blue break bands.
  CLK 2763 (大连), a COLOURED BAND PER FORUM on a deep navy page: each forum's
    heading a full-width band in its own colour with the host at its right, the
    ranges in that colour, rows parted by hairlines.
Helpers copied from bench/eval/posters-blind-73/draw.py (which took most of them
from sets 61 and 59): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, T, B, S, plain, pad,
resolve, truth_forum, two_pass, cup, bowl, logo_lines, number_box, fits, para,
MEALS, WHITE, rng, meal_mark, units_grid, header, footer, saturday, and the shape
of check and main.  New: the data, heading_a/b/c, slot_a/b/c, paint, the
backgrounds.
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


def grain(im, seed, noise, cell=3):
    """Seeded grain blended in: the texture of a designer's export and of a re-saved picture; cell is the
    grain's size in pixels (coarser grain weighs less)."""
    rnd = random.Random(seed)
    w, h = im.size[0] // cell + 1, im.size[1] // cell + 1
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


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": []}


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
# data of the three editions
AFTERNOON = "下午　三个分论坛同时进行"

ED_A = {
    "year": "2761", "nth": "第756届", "date": "2761-10-21",
    "school": ("重庆大学", "CHONGQING UNIVERSITY"),
    "pill": "2761年10月21日（周六）｜ 重庆",
    "place": "地址：重庆大学虎溪校区 综合楼学术报告厅",
    "intro": ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）是由国内从事 Linux 内核开发的企业与高校"
              "共同发起的年度技术会议，以“自由、协作、创新”为理念，促进内核技术的交流与人才培养。第756届大会由"
              "重庆大学承办，上午为主论坛，下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行。"),
    "units": ["重庆大学", "华为", "阿里云", "腾讯", "字节跳动", "英特尔", "龙芯中科", "浪潮信息", "美团"],
    "qr": "扫码报名", "small": "现场名额 350 人，先到先得",
    "org": "主办：中国Linux内核开发者大会组委会　承办：重庆大学计算机学院",
}
FORUMS_A = [
    {"name": "主论坛", "host": ("龚立新", "重庆大学计算机学院 教授"), "slots": [
        T("09:00", "09:10", "开幕致辞", [S("石永康", "重庆大学 副校长")]),
        T("09:10", "09:45", "Linux 内核的下一个十年：从单机系统到数据中心操作系统", [S("蒋国栋", "华为 首席架构师")]),
        T("09:45", "10:20", "Kernel Live Patching in Production: What Still Breaks",
          [S("Olivier Marchand", "Red Hat Principal Software Engineer")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:10", "LoongArch 服务器平台的内核上游进展", [S("亓文杰", "龙芯中科 内核研发部 经理")]),
        T("11:10", "11:45", "美团在线服务的内核资源隔离实践", [S("严志鹏", "美团 基础研发平台 技术专家")]),
        B("11:45", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": ("葛晓明", "英特尔 中国软件研发中心 经理"), "slots": [
        T("13:30", "14:10", "EEVDF 调度器在云主机上的延迟表现", [S("欧阳晨", "腾讯云 内核工程师")]),
        T("14:10", "14:50", "鲲鹏平台 NUMA 亲和调度的优化实践", [S("侯建平", "华为 操作系统内核实验室 高级工程师")]),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "Scheduling for Heterogeneous Cores: Lessons from Hybrid x86 Platforms",
          [S("廖思琪", "英特尔 软件架构师")]),
        T("15:50", "16:30", "RISC-V 向量扩展的上下文切换开销分析",
          [S("钱卓", "中国科学院软件研究所 工程师"), S("夏雨桐", "平头哥半导体 软件工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": ("丁慧", "阿里云 内核技术专家"), "slots": [
        T("13:30", "14:10", "内存冷热识别：DAMON 在在线业务中的调优", [S("龙海波", "字节跳动 系统技术工程师")]),
        T("14:10", "14:50", "CXL 内存扩展卡在 Linux 中的 NUMA 节点管理",
          [S("简宏", "浪潮电子信息产业股份有限公司 固件架构师")]),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "GPU 统一虚拟寻址下的 HMM 页面迁移", [S("车婉清", "摩尔线程 驱动工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": ("孟庆丰", "字节跳动 STE 团队 负责人"), "slots": [
        T("13:30", "14:10", "基于 eBPF 的在线服务全链路延迟观测", [S("魏子豪", "美团 基础架构部 工程师")]),
        T("14:10", "14:50", "blk-mq 多队列下 NVMe 中断亲和的调优", [S("田甜", "滴滴 存储工程师")]),
        T("14:50", "15:30", "BPF Token: Delegating BPF Privileges to Containers", [S("韦嘉", "蚂蚁集团 安全工程师")]),
    ]},
]
C_A = {"accent": (60, 230, 255), "pale": (196, 214, 250), "navy": (12, 34, 130), "frame": (120, 170, 255),
       "hollow": (28, 70, 200), "ring": True, "pill_filled": True, "k": 1.0,
       "box": (22, 86, 226), "fname": (16, 50, 150), "label": (226, 48, 130), "host": (30, 34, 50),
       "unit": (110, 118, 140), "rule": (120, 170, 250), "range": (16, 60, 170), "dot": (30, 110, 240),
       "line": (170, 200, 245), "title": (20, 74, 206), "name": (30, 34, 50), "aff": (100, 110, 132),
       "band": (226, 237, 253), "band_ink": (16, 60, 170), "panel": (252, 253, 255)}

ED_B = {
    "year": "2762", "nth": "第757届", "date": "2762-11-10",
    "school": ("苏州大学", "SOOCHOW UNIVERSITY"),
    "pill": "2762年11月10日 ｜ 苏州",
    "place": "地址：苏州大学独墅湖校区 炳麟图书馆报告厅",
    "intro": ("CLK 即“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，以下简称 CLK），是国内 Linux 内核领域的"
              "年度技术盛会，由企业与高校共同发起，每年举办一届。第757届大会由苏州大学承办，设主论坛与处理器架构"
              "与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛，欢迎内核开发者与高校师生参会交流。"),
    "units": ["苏州大学", "华为", "阿里云", "腾讯", "麒麟软件", "中兴通讯", "飞腾", "快手", "vivo",
              "小米", "PingCAP", "Canonical"],
    "qr": "扫码报名 · 观看直播", "small": "大会全程直播，会后提供讲稿下载",
    "org": "主办：中国Linux内核开发者大会组委会　承办：苏州大学计算机科学与技术学院",
}
FORUMS_B = [
    {"name": "主论坛", "host": ("沈立群", "苏州大学计算机科学与技术学院 院长"), "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [S("汤卫国", "苏州大学 副校长")]),
        T("09:20", "10:00", "openEuler 内核：面向多样性算力的统一底座", [S("邵明哲", "华为 openEuler 首席架构师")]),
        T("10:00", "10:40", "Upstream First: How Distributions Work with Mainline",
          [S("Katarzyna Nowak", "Canonical Kernel Team Lead")]),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:35", "国产操作系统内核的长期支持与安全更新机制：十年维护的经验与教训",
          [S("司马浩然", "麒麟软件 内核研发部 总监")]),
        T("11:35", "12:10", "云原生时代的内核可观测性建设", [S("訾鹏", "阿里云 高级技术专家")]),
        B("12:10", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": ("俞建林", "飞腾信息技术有限公司 系统软件部 部长"), "slots": [
        T("13:30", "14:10", "飞腾处理器上的 SMMU 性能优化", [S("楚洪亮", "飞腾信息技术有限公司 高级工程师")]),
        T("14:10", "14:50", "CPU 带宽控制的突发（burst）机制在容器中的实践", [S("辛雅", "快手 内核工程师")]),
        T("14:50", "15:30", "PREEMPT_RT 合入主线后的工业控制实践",
          [S("包文强", "中兴通讯 操作系统架构师"), S("凤丽娜", "苏州大学 副教授")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:25", "Per-CPU Runqueue Lock Contention on Many-Core Servers", [S("宁浩宇", "Arm 高级软件工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": ("蓝春燕", "腾讯 内核技术专家"), "slots": [
        T("13:30", "14:10", "大页内存在 AI 训练集群中的分配与回收", [S("吕佳琪", "百度 系统工程师")]),
        T("14:10", "14:50", "Memory Tiering with CXL: Promotion Policies in Practice",
          [S("Daniel Ortega", "Micron Principal Engineer")]),
        T("14:50", "15:30", "异构计算场景下 IOMMU SVA 的实现与验证", [S("滕欣", "寒武纪 驱动架构师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:25", "zram 多级压缩在移动设备上的应用", [S("戈亮", "荣耀 内存工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": ("岳宗泽", "小米 存储技术专家"), "slots": [
        T("13:30", "14:10", "用 eBPF 重写网络策略：从 iptables 到 XDP", [S("臧一凡", "网易 网络工程师")]),
        T("14:10", "14:50", "io_uring 在数据库存储引擎中的落地", [S("鞠华", "PingCAP 存储工程师")]),
        T("14:50", "15:30", "F2FS 在手机上的 IO 优先级继承", [S("谷燕", "vivo 文件系统工程师")]),
    ]},
]
C_B = {"accent": (0, 226, 204), "pale": (170, 180, 206), "navy": (16, 22, 56), "frame": (60, 80, 130),
       "hollow": (24, 30, 62), "ring": False, "pill_filled": False, "k": 1.0,
       "title": (0, 226, 204), "name": WHITE, "aff": (80, 150, 255), "range": WHITE, "dot": (0, 226, 204),
       "line": (40, 90, 170), "band": (22, 40, 104), "label": (0, 226, 204), "rule": (0, 226, 204)}

ED_C = {
    "year": "2763", "nth": "第758届", "date": "2763-10-26",
    "school": ("大连理工大学", "DALIAN UNIVERSITY OF TECHNOLOGY"),
    "pill": "2763年10月26日（周六）｜ 大连",
    "place": "地址：大连理工大学开发区校区 综合楼报告厅",
    "intro": ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）由国内从事 Linux 内核开发的企业与高校共同"
              "发起，旨在搭建内核开发者交流与合作的平台。第758届大会由大连理工大学承办：上午主论坛，下午处理器"
              "架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛并行，欢迎参会。"),
    "units": ["大连理工大学", "华为", "阿里云", "腾讯云", "统信软件", "海光信息", "OPPO", "中国移动", "天翼云",
              "新华三", "京东", "Arm"],
    "qr": "扫码报名", "small": "会议免费，需提前报名",
    "org": "主办：中国Linux内核开发者大会组委会　承办：大连理工大学软件学院",
}
FORUMS_C = [
    {"name": "主论坛", "host": ("尹志远", "大连理工大学软件学院 教授"), "slots": [
        T("09:00", "09:10", "开幕致辞", [S("高明哲", "大连理工大学 副校长")]),
        T("09:10", "09:50", "从 5.10 到 6.6：企业发行版内核升级的经验", [S("沙永强", "统信软件 内核架构师")]),
        T("09:50", "10:30", "Confidential Computing on Arm: CCA Support in Linux",
          [S("Lorenzo Bianchi", "Arm Staff Software Engineer")]),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:25", "开源芯片与开源内核：RISC-V 生态的协同发展与中国开发者的机会",
          [S("诸葛明远", "北京开源芯片研究院 首席科学家")]),
        T("11:25", "12:00", "运营商云平台的内核定制与稳定性保障",
          [S("禤志文", "中国移动云能力中心 高级工程师"), S("康雪", "天翼云 内核工程师")]),
        B("12:00", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": ("尚婷", "海光信息 系统软件部 总监"), "slots": [
        T("13:30", "14:10", "海光 CSV 机密虚拟机的内核支持", [S("牟俊", "海光信息技术股份有限公司 虚拟化工程师")]),
        T("14:10", "14:50", "sched_ext 在大数据离线任务中的调度实验", [S("闫秋实", "京东 内核工程师")]),
        T("14:50", "15:30", "中断负载均衡：irqbalance 的局限与内核侧改进", [S("苗立伟", "新华三 系统工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": ("彭晓梅", "OPPO 内核团队 负责人"), "slots": [
        T("13:30", "14:10", "Swap 预读策略在低内存手机上的失效分析", [S("骆晴", "OPPO 内存工程师")]),
        T("14:10", "14:50", "NPU 驱动中的 dma-buf 堆与内存共享", [S("钟启航", "华为海思 驱动工程师")]),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "Slab Allocator Hardening: Randomization and Its Cost", [S("翟可欣", "大连理工大学 博士研究生")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": ("苏振东", "腾讯云 存储内核负责人"), "slots": [
        T("13:30", "14:10", "eBPF 在 Kubernetes 网络可观测中的实践", [S("耿涛", "青云科技 容器网络工程师")]),
        T("14:10", "14:50", "NVMe over TCP 在分布式块存储中的性能调优", [S("贝丽", "腾讯云 存储工程师")]),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "Writeback Throttling under Mixed Workloads", [S("屈宏宇", "华为 存储内核工程师")]),
    ]},
]
C_C = {"accent": (90, 210, 255), "pale": (190, 204, 236), "navy": (14, 26, 78), "frame": (90, 120, 210),
       "hollow": (30, 46, 120), "ring": True, "pill_filled": False, "k": 1.0,
       "title": WHITE, "name": WHITE, "aff": (190, 204, 236),
       # each forum's own colour: the band, and a lighter tint for its ranges
       "forum": [((28, 110, 240), (110, 190, 255)), ((0, 160, 140), (70, 230, 200)),
                 ((140, 70, 220), (200, 160, 255)), ((236, 120, 20), (255, 190, 110))]}


# ===========================================================================
# painters
X0, X1 = 44, 1036
LX, CX = X0 + 214, X0 + 242  # the timeline's line, the column of titles
LINES = {}  # title -> number of printed lines (checked: the titles meant to wrap do)


def mix(a, b, t):
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


def title_lines(d, s, f, maxw):
    lines = wrap_nicely(d, s["title"], f, maxw)
    LINES[s["title"]] = len(lines)
    return lines


def speaker_lines(d, x, y, s, nf, af, name_ink, aff_ink, lh):
    """One line per speaker: the padded name, then the smaller 'company job' after it."""
    for sp in s["sp"]:
        nm = pad(sp["name"])
        d.text((x, y), nm, font=nf, fill=name_ink)
        ax = x + tw(d, nm, nf) + 18
        d.text((ax, y + 6), fits(d, sp["aff"], af, X1 - ax), font=af, fill=aff_ink)
        y += lh
    return y


def host_right(d, y, host, unit, label_ink, name_ink, unit_ink, nx, rx):
    """'主持人：name' over the unit, right-aligned at rx, at the end of a heading (the 2024 posters' place)."""
    hf, uf = font(24, True), font(17)
    hw = max(tw(d, "主持人：" + pad(host), hf), tw(d, unit, uf))
    assert nx + 30 < rx - hw, (host, nx, rx - hw)
    hx = rx - hw
    d.text((hx, y), "主持人：", font=hf, fill=label_ink)
    d.text((hx + tw(d, "主持人：", hf), y), pad(host), font=hf, fill=name_ink)
    d.text((hx, y + 38), unit, font=uf, fill=unit_ink)


# ---- CLK 2761: blue and white
def heading_a(d, y, i, f, c):
    if i:
        x = number_box(d, X0, y + 6, "%02d" % i, c["box"], WHITE, 52) + 16
    else:
        d.rectangle([X0, y + 8, X0 + 10, y + 56], fill=c["box"])
        x = X0 + 28
    nf = font(42, True)
    d.text((x, y), f["name"], font=nf, fill=c["fname"])
    host_right(d, y + 2, f["host"][0], f["host"][1], c["label"], c["host"], c["unit"], x + tw(d, f["name"], nf),
               X1)
    y += 80
    d.rectangle([X0, y, X1, y + 6], fill=c["rule"])
    return y + 46


def slot_a(d, y, s, c):
    rf = font(27, True)
    if s["kind"] == "break":
        d.rectangle([X0, y - 10, X1, y + 50], fill=c["band"])
        d.text((X0 + 10, y), rng(s), font=rf, fill=c["band_ink"])
        d.ellipse([LX - 7, y + 13, LX + 7, y + 27], fill=c["dot"])
        meal_mark(d, CX, y + 5, s, c["band_ink"])
        d.text((CX + 54, y - 2), s["title"], font=font(29, True), fill=c["band_ink"])
        return y + 98
    d.text((X0 + 10, y + 2), rng(s), font=rf, fill=c["range"])
    d.ellipse([LX - 7, y + 13, LX + 7, y + 27], fill=c["dot"])
    tf = font(31, True)
    for ln in title_lines(d, s, tf, X1 - CX):
        d.text((CX, y), ln, font=tf, fill=c["title"])
        y += 46
    y = speaker_lines(d, CX, y + 4, s, font(27), font(20), c["name"], c["aff"], 42)
    return y + 44


def body_a(im, d, y, forums, c):
    for i, f in enumerate(forums):
        if i == 1:
            pf = font(32, True)
            pw = tw(d, AFTERNOON, pf) + 90
            d.rounded_rectangle([540 - pw / 2, y, 540 + pw / 2, y + 64], radius=32, fill=c["box"])
            ctext(d, 540, y + 10, AFTERNOON, pf, WHITE)
            y += 130
        y = heading_a(d, y, i, f, c)
        top = y
        for s in f["slots"]:
            y = slot_a(d, y, s, c)
        d.line([(LX, top + 14), (LX, y - 60)], fill=c["line"], width=2)
        y += 40
    return y


def paint_a(im, d, ed, forums, c, seed):
    y = header(d, 1080, ed, c) + 40
    top = y - 50
    end = body_a(im, ImageDraw.Draw(Image.new("RGB", (8, 8))), y, forums, c)  # dry run: the panel's height
    d.rounded_rectangle([X0 - 24, top, X1 + 24, end + 20], radius=28, fill=c["panel"])
    d.rectangle([X0 - 24, top, X1 + 24, top + 10], fill=c["box"])
    y = body_a(im, d, y, forums, c)
    assert y == end
    return footer(d, 1080, y + 110, ed, c, seed)


# ---- CLK 2762: dark
def heading_b(d, y, i, f, c):
    host, unit = f["host"]
    if i:
        d.text((X0, y - 22), "%02d" % i, font=font(72, True), fill=c["accent"])
        d.text((X0 + 118, y), f["name"], font=font(42, True), fill=WHITE)
    else:
        d.rectangle([X0, y + 8, X0 + 10, y + 54], fill=c["accent"])
        d.text((X0 + 28, y), f["name"], font=font(44, True), fill=WHITE)
    y += 84
    hf = font(25, True)
    d.text((X0, y), "主持人：", font=hf, fill=c["label"])
    x = X0 + tw(d, "主持人：", hf)
    d.text((x, y), pad(host), font=hf, fill=WHITE)
    x += tw(d, pad(host), hf) + 18
    d.text((x, y + 5), fits(d, unit, font(19), X1 - x), font=font(19), fill=c["pale"])
    y += 52
    d.rectangle([X0, y, X1, y + 4], fill=c["rule"])
    return y + 46


def slot_b(d, y, s, c):
    rf = font(27, True)
    if s["kind"] == "break":
        d.rectangle([X0, y - 10, X1, y + 52], fill=c["band"])
        d.text((X0 + 10, y), rng(s), font=rf, fill=WHITE)
        d.ellipse([LX - 7, y + 13, LX + 7, y + 27], fill=WHITE)
        d.text((CX, y - 2), s["title"], font=font(29, True), fill=c["accent"])
        return y + 100
    d.text((X0 + 10, y + 2), rng(s), font=rf, fill=c["range"])
    d.ellipse([LX - 7, y + 13, LX + 7, y + 27], fill=c["dot"])
    tf = font(30, True)
    for ln in title_lines(d, s, tf, X1 - CX):
        d.text((CX, y), ln, font=tf, fill=c["title"])
        y += 45
    y = speaker_lines(d, CX, y + 4, s, font(27), font(20), c["name"], c["aff"], 42)
    return y + 46


def paint_b(im, d, ed, forums, c, seed):
    y = header(d, 1080, ed, c)
    for i, f in enumerate(forums):
        if i == 1:
            d.rectangle([X0, y, X1, y + 3], fill=(150, 90, 255))
            ctext(d, 540, y + 22, AFTERNOON, font(30, True), (190, 150, 255))
            y += 130
        y = heading_b(d, y, i, f, c)
        top = y
        for s in f["slots"]:
            y = slot_b(d, y, s, c)
        d.line([(LX, top + 14), (LX, y - 60)], fill=c["line"], width=2)
        y += 50
    return footer(d, 1080, y + 40, ed, c, seed)


# ---- CLK 2763: a coloured band per forum
def heading_c(d, y, i, f, c):
    col, tint = c["forum"][i]
    bh = 104
    for j in range(bh):  # the band: the forum's colour, darker towards its foot
        d.line([(X0, y + j), (X1, y + j)], fill=mix(col, mix(col, (0, 0, 0), 0.35), j / bh))
    d.rectangle([X0, y, X0 + 12, y + bh - 1], fill=tint)
    x = X0 + 34
    if i:
        d.ellipse([x, y + 22, x + 60, y + 82], fill=WHITE)
        ctext(d, x + 30, y + 31, "%02d" % i, font(30, True), col)
        x += 80
    nf = font(40, True)
    d.text((x, y + 22), f["name"], font=nf, fill=WHITE)
    host_right(d, y + 18, f["host"][0], f["host"][1], WHITE, WHITE, mix(WHITE, col, 0.25),
               x + tw(d, f["name"], nf), X1 - 26)
    return y + bh + 40


def slot_c(d, y, s, c, i, last):
    col, tint = c["forum"][i]
    rf = font(27, True)
    if s["kind"] == "break":
        d.rectangle([X0, y - 12, X1, y + 50], fill=mix(col, c["navy"], 0.62))
        d.text((X0 + 20, y), rng(s), font=rf, fill=tint)
        meal_mark(d, CX, y + 5, s, tint)
        d.text((CX + 54, y - 2), s["title"], font=font(29, True), fill=WHITE)
        return y + 90
    d.text((X0 + 20, y + 2), rng(s), font=rf, fill=tint)
    d.rectangle([CX - 22, y + 6, CX - 18, y + 34], fill=tint)
    tf = font(31, True)
    for ln in title_lines(d, s, tf, X1 - CX - 10):
        d.text((CX, y), ln, font=tf, fill=c["title"])
        y += 46
    y = speaker_lines(d, CX, y + 4, s, font(27), font(20), c["name"], c["aff"], 42)
    y += 18
    if not last:
        d.line([(X0 + 20, y), (X1 - 20, y)], fill=mix(col, c["navy"], 0.55), width=2)
    return y + 32


def paint_c(im, d, ed, forums, c, seed):
    y = header(d, 1080, ed, c)
    for i, f in enumerate(forums):
        if i == 1:
            af = font(30, True)
            w = tw(d, AFTERNOON, af)
            d.line([(X0, y + 22), (540 - w / 2 - 30, y + 22)], fill=c["accent"], width=2)
            d.line([(540 + w / 2 + 30, y + 22), (X1, y + 22)], fill=c["accent"], width=2)
            ctext(d, 540, y + 2, AFTERNOON, af, c["accent"])
            y += 110
        y = heading_c(d, y, i, f, c)
        for j, s in enumerate(f["slots"]):
            y = slot_c(d, y, s, c, i, j == len(f["slots"]) - 1)
        y += 60
    return footer(d, 1080, y + 40, ed, c, seed)


# ---- backgrounds
def background(w, h, top, bottom, glows, streak):
    im = vgrad(w, h, top, bottom)
    im = glow(im, w - 60, 220, 320, glows[0], 0.5)
    im = glow(im, 80, 1100, 280, glows[1], 0.35)
    for j, yy in enumerate(range(2000, h - 500, 1400)):
        im = glow(im, w - 80 if j % 2 else 80, yy, 340, glows[j % 2], 0.28)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks of the header
        d.line([(560 + i * 60, 0), (w, 330 - i * 40)], fill=streak, width=2)
    return im


def bg_a(w, h):
    return background(w, h, (18, 64, 210), (10, 36, 150), ((80, 200, 255), (120, 90, 255)), (70, 120, 240))


def bg_b(w, h):
    return background(w, h, (10, 14, 36), (6, 8, 24), ((150, 80, 255), (0, 200, 190)), (60, 50, 140))


def bg_c(w, h):
    return background(w, h, (16, 30, 86), (8, 16, 52), ((60, 140, 255), (200, 90, 220)), (50, 80, 170))


GRAIN = {"A": (7601, 0.005, 6), "B": (7602, 0.005, 6), "C": (7603, 0.004, 5)}  # (seed, strength, cell)

EDITIONS = [("A", ED_A, FORUMS_A, C_A, paint_a, bg_a), ("B", ED_B, FORUMS_B, C_B, paint_b, bg_b),
            ("C", ED_C, FORUMS_C, C_C, paint_c, bg_c)]
FILES = {"A": "clk2761-chongqing-blue-and-white-host-right.png",
         "B": "clk2762-suzhou-dark-numerals-host-under.png",
         "C": "clk2763-dalian-coloured-band-per-forum.png"}
WRAPPED = {"Linux 内核的下一个十年：从单机系统到数据中心操作系统",
           "Scheduling for Heterogeneous Cores: Lessons from Hybrid x86 Platforms",
           "国产操作系统内核的长期支持与安全更新机制：十年维护的经验与教训",
           "开源芯片与开源内核：RISC-V 生态的协同发展与中国开发者的机会",
           # English titles that wrap as the measure gives them
           "Kernel Live Patching in Production: What Still Breaks",
           "BPF Token: Delegating BPF Privileges to Containers",
           "Upstream First: How Distributions Work with Mainline",
           "Per-CPU Runqueue Lock Contention on Many-Core Servers",
           "Memory Tiering with CXL: Promotion Policies in Practice",
           "Confidential Computing on Arm: CCA Support in Linux",
           "Slab Allocator Hardening: Randomization and Its Cost"}
COMPOUND = {"A": "欧阳", "B": "司马", "C": "诸葛"}
RARE = {"A": "亓", "B": "訾", "C": "禤"}

# names seen on the real posters looked at (for style) by this and earlier helpers, and the real speakers of
# CLK2022's deck file names (set 73's REAL_NAMES and five more read in this helper's crop of the 2023 image):
# none of them may be used
REAL_NAMES = ["徐静波", "祝嘉", "张子扬", "宋卓", "郭健", "郭寒军", "彭志光", "司延腾", "殷锋卫", "谈鉴锋", "李治军",
              "许珉嘉", "郑琦", "宋牧春", "杨铠衔", "谢旻晟", "李泽帆", "郭任", "邹德清", "王刘朴", "宋恺睿", "程杰",
              "付才", "郑堂权", "周俶易", "贺中坤", "白铠豪", "谢雨来", "罗宏震", "郭纯海", "黎红波", "廖远鸿", "伍勃",
              "黄靖", "李培锋", "朱彦军", "韩传华", "路旭"]
FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def check(posters):
    """Dates, forum names, people, titles, the brief's features; returns the number of scored talks."""
    people, titles = [], []
    for key, ed, forums, _, _, _ in EDITIONS:
        assert saturday(ed["date"]), ed["date"]
        assert [f["name"] for f in forums] == FORUM_NAMES
        two_firms = 0
        names = []
        for f in forums:
            names.append(f["host"][0])
            prev = None
            for s in f["slots"]:
                assert prev is None or prev == s["start"], (f["name"], s)  # no gaps, no overlaps
                assert s["start"] < s["end"], s
                prev = s["end"]
                names += [sp["name"] for sp in s["sp"]]
                if len(s["sp"]) == 2 and len({sp["aff"].split()[0] for sp in s["sp"]}) == 2:
                    two_firms += 1
        assert two_firms == 1, key
        assert any(n.startswith(COMPOUND[key]) for n in names), key
        assert any(n.startswith(RARE[key]) for n in names), key
        assert any(n.isascii() for n in names), key  # a Latin speaker
        people += names
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES)
    for p in posters:
        assert [f["forum"] for f in p["forums"]] == FORUM_NAMES
        own = [s["title"] for f in p["forums"] for s in f["slots"] if s["kind"] == "talk"]
        assert len(own) == len(set(own)), own  # no title twice on one picture
        for f in p["forums"]:
            for s in f["slots"]:
                assert len(s["speakers"]) == len(s["affiliations"]), s
                if s["kind"] == "talk":
                    titles.append((s["title"], s["speakers"]))
                    assert s["speakers"] and s["host"], s
    talks = [(t, tuple(sp)) for t, sp in titles]
    assert len(talks) == len(set(talks)), talks  # no talk on two pictures
    titles = [t for t, _ in titles]
    for t in titles:
        assert (LINES[t] >= 2) == (t in WRAPPED), (t, LINES[t])
    return len(titles)


def main():
    posters = []
    for key, ed, forums, c, paint, bg in EDITIONS:
        seed, noise, cell = GRAIN[key]
        im = two_pass(1080, lambda im, d: paint(im, d, ed, forums, c, seed), bg)
        im = grain(im, seed, noise, cell)  # the export's texture, over everything
        fn = FILES[key]
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert im.size[0] == 1080
        assert 1.0e6 <= size <= 1.6e6, (fn, size)  # as CLK2022's one 1.5 MB agenda image
        posters.append({"file": fn, "layout": LAYOUTS[key] % ("%d x %d" % im.size), "date": ed["date"],
                        "forums": [truth_forum(f, ed["date"]) for f in forums]})
    n = check(posters)
    print("talks", n)
    assert 35 <= n <= 50, n
    truth = {"written": "2026-12-07", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


LAYOUTS = {
    "A": ("CLK 2761 (第756届), 重庆, 2761-10-21 (PNG, %s): BLUE AND WHITE: the organisers' royal-blue header "
          "and footer, a white rounded panel holding the agenda; the 2024 timeline (blue range | dot on a pale line "
          "| bold blue title, then 'padded name  company job' lines); headings a slanted number box (主论坛 a bar) and "
          "the name, the HOST AT THE RIGHT of the heading ('主持人：name' over the unit); pale-blue 茶歇 / 午餐 bands "
          "with a cup or a bowl; a blue pill '下午　三个分论坛同时进行'. 5 + 4 + 3 + 3 talks."),
    "B": ("CLK 2762 (第757届), 苏州, 2762-11-10 (PNG, %s): DARK: near black after the organisers' 2023 image "
          "(violet and teal glows, streaks); 'CLK' with '2762' raised; 主论坛 after a teal bar, the afternoon forums "
          "after big teal numerals '01'..'03'; the HOST ON A LINE UNDER each heading ('主持人：' teal, the padded name, "
          "the unit after it) and a teal rule; timeline with white ranges and teal titles; dark-blue 开场 / 茶歇 / 午餐 "
          "bands; the afternoon band a violet rule and violet text. 5 + 4 + 4 + 3 talks."),
    "C": ("CLK 2763 (第758届), 大连, 2763-10-26 (PNG, %s): A COLOURED BAND PER FORUM on a deep navy page: each "
          "forum's heading a full-width band in its own colour (主论坛 blue, 01 teal, 02 violet, 03 orange; a white "
          "disc with the number before the afternoon ones), the HOST AT THE RIGHT OF THE BAND ('主持人：name' over "
          "the unit); each talk a row: the range in the forum's tint, a short tinted bar, the white bold title, then "
          "'padded name  company job' lines, rows parted by hairlines; 茶歇 / 午餐 rows tinted with the forum's colour; "
          "the afternoon line '下午　三个分论坛同时进行' between two rules. 5 + 3 + 3 + 3 talks."),
}
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 61, 73): speakers are names as printed with spaces and "
    "the padding of two-character names removed ('钱　卓' -> '钱卓', '田　甜' -> '田甜'; the Latin names 'Olivier "
    "Marchand' -> 'OlivierMarchand', 'Katarzyna Nowak' -> 'KatarzynaNowak', 'Daniel Ortega' -> 'DanielOrtega', "
    "'Lorenzo Bianchi' -> 'LorenzoBianchi'); compound surnames are part of the name and are never padded ('欧阳晨', "
    "'司马浩然', '诸葛明远'); host is the chair printed for the forum covering the slot (one per forum), null for "
    "breaks; start/end always HH:MM on a 24-hour clock; where two speakers are printed (each on his own line) each has "
    "his own affiliation, given per speaker in printed order; an affiliation is the 'company job' text printed after "
    "the name on the same line, exactly as printed, with its spaces ('华为 首席架构师', '华为 操作系统内核实验室 "
    "高级工程师', '浪潮电子信息产业股份有限公司 固件架构师', 'Red Hat Principal Software Engineer'); break titles are as "
    "printed; a speech printed with a speaker ('开幕致辞') is a talk (one on each edition, three speakers, three talks), "
    "a slot printed without a speaker ('开场') is a break; '午餐' closes 主论坛 as its break; a 茶歇 band or row inside "
    "an afternoon forum is that forum's break only; forums that print no break after their last talk end with it. "
    "Titles wrapped over two lines are one title, joined with a space between Latin words and without one inside "
    "Chinese words or after a full-width '：' ('Linux 内核的下一个十年：' / '从单机系统到数据中心操作系统' -> 'Linux "
    "内核的下一个十年：从单机系统到数据中心操作系统'; 'Kernel Live Patching in' / 'Production: What Still Breaks' -> "
    "'Kernel Live Patching in Production: What Still Breaks'). Three editions, each ONE whole-edition PNG of 1.0 to 1.6 "
    "MB, 1080 px wide (as CLK2022's repository holds its one 1.5 MB image imgs/2022clk.png), each with CLK2022's four "
    "forum names as its README prints them: 主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛 and 'IO 与 ebpf "
    "分论坛' (spaces and lower-case 'ebpf' kept), one under another in that order (morning 主论坛, afternoon the three "
    "in parallel); every date a Saturday; every forum carries its edition's date; each picture is one entry holding "
    "its four forums in printed order. Headers, introductions, addresses, date pills, support units, QR captions, "
    "organiser lines and the line or pill '下午　三个分论坛同时进行' are never part of a name, a title or a slot; number "
    "boxes, numerals and number discs ('01'..'03') are no part of a forum's name; the label '主持人：' and the host's "
    "unit are no part of the host's name; the colours of CLK 2763's bands, its tinted bars and hairlines mean nothing. "
    "Per edition: (1) CLK 2761 (第756届, 重庆, blue and white): the HOST AT THE RIGHT END OF EACH HEADING; '开幕致辞' by "
    "石永康 (重庆大学 副校长) from 09:00, no '开幕' slot; 钱卓 (中国科学院软件研究所 工程师) and 夏雨桐 (平头哥半导体 "
    "软件工程师) are two speakers of two companies; the Latin speaker Olivier Marchand gives an English title; English "
    "titles also by Chinese speakers (廖思琪, 韦嘉); the long company name '浪潮电子信息产业股份有限公司' (简宏); 茶歇 in "
    "处理器架构与调度分论坛 and 内存管理与异构计算分论坛 (14:50-15:10), none in 'IO 与 ebpf 分论坛'. Compound surname "
    "欧阳 (欧阳晨), uncommon surname 亓 (亓文杰). (2) CLK 2762 (第757届, 苏州, dark): the HOST ON A LINE UNDER EACH "
    "HEADING; '09:00-09:05 开场' a break, '开幕致辞' by 汤卫国 (苏州大学 副校长) a talk; 包文强 (中兴通讯 操作系统架构师) "
    "and 凤丽娜 (苏州大学 副教授) are two speakers of two organisations; Latin speakers Katarzyna Nowak (Canonical) and "
    "Daniel Ortega (Micron); '国产操作系统内核的长期支持与安全更新机制：' / '十年维护的经验与教训' is one title; 茶歇 "
    "15:30-15:45 in 处理器架构与调度分论坛 (before its fourth talk) and in 内存管理与异构计算分论坛 (before its fourth "
    "talk). Compound surname 司马 (司马浩然), uncommon surname 訾 (訾鹏). (3) CLK 2763 (第758届, 大连, a coloured band "
    "per forum): the HOST AT THE RIGHT OF EACH BAND; '开幕致辞' by 高明哲 (大连理工大学 副校长); 禤志文 (中国移动云能力中心 "
    "高级工程师) and 康雪 (天翼云 内核工程师) are two speakers of two companies; the Latin speaker Lorenzo Bianchi (Arm) "
    "gives an English title; '开源芯片与开源内核：' / 'RISC-V 生态的协同发展与中国开发者的机会' is one title; 茶歇 "
    "14:50-15:05 in 内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛', none in 处理器架构与调度分论坛. Compound surname "
    "诸葛 (诸葛明远), uncommon surname 禤 (禤志文)."
)

if __name__ == "__main__":
    main()
