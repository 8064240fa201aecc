"""Draw the sixty-fourth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (fixed
numbers, never hash()).

The brief: CLK2022's repository holds ONE agenda image, imgs/2022clk.png (a PNG of
1.5 MB, not seen), and its README names four forums.  This set draws three plausible
versions of that image for three invented editions, each ONE whole-edition PNG of 1.0
to 1.6 MB with CLK2022's four forum names as the README prints them (主论坛,
处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛'), in the organisers'
family but as their designer might have done it a year before the 2023 image:
  CLK 2741 (赣州): a LIGHT page under a BLUE HEADER; every forum ONE TABLE
    时间 | 议题 | 讲者 (speaker cell: name over 'company job'), one table each for the
    three afternoon forums, one under another.
  CLK 2742 (宜昌): NEAR BLACK; 主论坛 as the organisers' timeline; the three afternoon
    forums in ONE TABLE with a FORUM COLUMN: 分论坛 | 时间 | 议题 | 讲者, the forum cell
    spanning its rows (name over two or three lines, '主持人' and the host under it).
  CLK 2743 (包头): DEEP BLUE; every forum ONE TABLE of FOUR columns
    时间 | 议题 | 讲者 | 单位 (company over job in the unit column, level with its name).
"""
import datetime
import json
import math
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fc = {}
W = 1080
GRAIN = (0.005, 0.0055, 0.003)  # the grain's weight per poster, set so that each PNG weighs 1.0 to 1.6 MB
FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]


# ---------------------------------------------------------------------------
# helpers copied from posters-blind-59/draw.py (font, tw, TOKEN, NO_LINE_START,
# wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad, glow, qrcode, plain,
# forum_truth, two_pass, cup, bowl, logo_lines, number_box, fits, MEALS, WHITE,
# pad, saturday); changed: grain (seeded randbytes, a cell size), T (no extras),
# S (an 'online' mark instead of a biography), aff, truth_slot.
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
    """Greedy wrap (a designer's text box): keeps Latin words whole, may cut inside Chinese words."""
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
    while lo < hi:
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
    """Seeded grain blended in: the texture of a designer's export and of a re-saved picture."""
    rnd = random.Random(seed)
    w, h = im.size[0] // cell + 1, im.size[1] // cell + 1
    n = Image.frombytes("L", (w, h), rnd.randbytes(w * h))
    if cell > 1:
        n = n.resize(im.size, Image.BILINEAR)
    return Image.blend(im, n.convert("RGB"), noise)


def glow(im, cx, cy, r, col, strength):
    """A soft light blob: a blurred disc screened onto the picture."""
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


def T(start, end, title, speakers, host):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job, online=False):
    """A speaker as printed: name, company, job title (None where none is printed), online mark."""
    return {"name": name, "company": company, "job": job, "online": online}


def aff(sp):
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    """A slot as truth.json gives it; online marks and hosts' units are nowhere in it."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
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


def number_box(d, x, y, text, fill, ink, h=48):
    f = font(round(h * 0.62), True)
    w = tw(d, text, f) + h * 0.9
    sl = h * 0.28
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], fill=fill)
    ctext(d, x + sl / 2 + w / 2, y + h * 0.12, text, f, ink)
    return x + w + sl


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")
WHITE = (255, 255, 255)


def pad(name):
    """Two-character Chinese names padded with an ideographic space, as the organisers print them."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name) else name


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# ---------------------------------------------------------------------------
# new helpers
def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def meal_mark(d, x, y, s, fill, k=1.0):
    if s["title"] == "午餐":
        bowl(d, x, y + 2 * k, fill, k)
    else:
        cup(d, x, y, fill, k)


def vcenter_y(d, y0, h, f, sample="国"):
    """The y at which to draw one line of f so that its ink sits centred in [y0, y0+h]."""
    b = d.textbbox((0, 0), sample, font=f)
    return y0 + (h - (b[3] + b[1])) / 2


def streaks(im, seed, col, n, y0, y1):
    """Thin diagonal light streaks (the organisers' headers have them)."""
    rnd = random.Random(seed)
    lay = Image.new("RGB", im.size, (0, 0, 0))
    ld = ImageDraw.Draw(lay)
    for _ in range(n):
        x = rnd.uniform(-300, im.size[0])
        y = rnd.uniform(y0, y1)
        ln = rnd.uniform(260, 700)
        a = math.radians(rnd.uniform(-32, -18))
        k = rnd.uniform(0.25, 0.7)
        ld.line([(x, y), (x + ln * math.cos(a), y + ln * math.sin(a))],
                fill=tuple(int(c * k) for c in col), width=rnd.choice((1, 2, 2, 3)))
    lay = lay.filter(ImageFilter.GaussianBlur(1.2))
    return ImageChops.screen(im, lay)


def units_grid(d, X0, X1, y, units, per_row, box_fill, ink, bh=70, gap=18, fs=26, outline=None):
    bw = (X1 - X0 - (per_row - 1) * gap) / per_row
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=box_fill, outline=outline, width=2)
        f = font(fs, True)
        ctext(d, bx + bw / 2, vcenter_y(d, by, bh, f), fits(d, u, f, bw - 16), f, ink)
    rows = (len(units) + per_row - 1) // per_row
    return y + rows * (bh + gap)


def aff_lines(d, sp, f, w):
    """'company job' on one line where it fits; else as a designer breaks it: the company, then the job
    (each wrapped greedily should it still not fit)."""
    if tw(d, aff(sp), f) <= w:
        return [aff(sp)]
    return wrap(d, sp["company"], f, w) + (wrap(d, sp["job"], f, w) if sp["job"] else [])


def col_lines(d, xs, y0, y1, breaks, fill):
    """Column rules of a table; a break row spans every column after the first, so only the first rule
    crosses it."""
    for j, x in enumerate(xs[1:-1]):
        seg0 = y0
        if j > 0:
            for b0, b1 in breaks:
                d.line([(x, seg0), (x, b0)], fill=fill, width=1)
                seg0 = b1
        d.line([(x, seg0), (x, y1)], fill=fill, width=1)


def tag(d, x, y, text, f, ink, fill=None, outline=None, padx=8, h=None):
    """A small rounded tag ('线上'); returns its right edge."""
    w = tw(d, text, f) + 2 * padx
    h = h or f.size + 10
    d.rounded_rectangle([x, y, x + w, y + h], radius=h // 2, fill=fill, outline=outline, width=2)
    ctext(d, x + w / 2, vcenter_y(d, y, h, f), text, f, ink)
    return x + w


# ===========================================================================
# 1. CLK 2741 (第736届), 赣州, Saturday 2741-12-13: a LIGHT page under a BLUE
#    HEADER.  Each forum: a blue tab with its name, '主持人：name　unit' beside it,
#    then a TABLE 时间 | 议题 | 讲者 (blue head row, zebra rows, the speaker cell:
#    name bold over 'company job', wrapped greedily in the cell).  Breaks are
#    rows with the label across 议题 and 讲者.  The afternoon forums: one table
#    each, one under another.
DATE_A = "2741-12-13"
FORUMS_A = [
    ("主论坛", ("檀海龙", "江西理工大学信息工程学院 院长"), [
        T("09:00", "09:15", "开幕致辞", [S("胡志勇", "江西理工大学", "副校长")], "檀海龙"),
        T("09:15", "09:55", "面向云原生场景的 Linux 内核资源隔离实践",
          [S("吕晨阳", "阿里云", "高级技术专家")], "檀海龙"),
        T("09:55", "10:35", "Rust in the Linux Kernel: Lessons from Writing a Real Driver",
          [S("Camille Dubois", "Bootlin", "Embedded Linux Engineer", online=True)], "檀海龙"),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "内核热补丁在国产 CPU 平台上的适配与验证",
          [S("缑晓静", "麒麟软件", "内核研发工程师")], "檀海龙"),
        T("11:30", "12:10", "从学生到 Maintainer：高校参与内核社区的实践",
          [S("钟明远", "南昌大学", "计算机系 副教授")], "檀海龙"),
        B("12:10", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("黎国强", "华为 内核专家"), [
        T("13:30", "14:10", "EEVDF 调度器在在离线混部场景下的延迟分析",
          [S("饶德明", "字节跳动", "系统工程师")], "黎国强"),
        T("14:10", "14:50", "ARM64 服务器上的 NUMA 感知负载均衡优化",
          [S("蒋文韬", "华为", "内核工程师"), S("石雨萱", "中国科学院软件研究所", "助理研究员")], "黎国强"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "Improving Idle State Selection for Bursty Workloads",
          [S("任嘉禾", "英特尔", "软件工程师")], "黎国强"),
    ]),
    ("内存管理与异构计算分论坛", ("马立群", "字节跳动 内核团队负责人"), [
        T("13:30", "14:10", "multi-gen LRU 在大内存数据库场景下的实测与调优",
          [S("邓晓东", "腾讯云", "内核工程师")], "马立群"),
        T("14:10", "14:50", "CXL 扩展内存下的冷热页识别与迁移",
          [S("孙佳琪", "浪潮信息", "系统软件工程师")], "马立群"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "HMM 在异构加速卡上的共享虚拟内存实践",
          [S("韦振宇", "海光信息", "高级工程师")], "马立群"),
    ]),
    ("IO 与 ebpf 分论坛", ("罗慧敏", "蚂蚁集团 技术专家"), [
        T("13:30", "14:10", "BPF CO-RE 在存量低版本内核上的兼容方案",
          [S("邵启航", "美团", "基础架构工程师")], "罗慧敏"),
        T("14:10", "14:50", "NVMe 多队列下的中断亲和与轮询模式调优",
          [S("江浩", "戴尔科技", "存储软件工程师")], "罗慧敏"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "Observing Block Layer Latency with BPF: From Tracepoints to Histograms",
          [S("袁子涵", "OPPO", "内核工程师")], "罗慧敏"),
    ]),
]
INTRO_A = ("中国 Linux 内核开发者大会（CLK）是国内 Linux 内核领域的年度技术会议，由企业、高校与开源社区共同发起，"
           "以“自由、协作、创新”为理念，推动内核技术的交流与普及。第736届大会由江西理工大学承办，设一个主论坛和"
           "三个分论坛，欢迎内核开发者与爱好者参加。")
UNITS_A = ["华为", "阿里云", "腾讯云", "字节跳动", "英特尔", "蚂蚁集团", "麒麟软件", "海光信息", "浪潮信息", "OPPO",
           "美团", "龙蜥社区"]
NAVY_A = (16, 42, 110)
BLUE_A = (22, 92, 214)
PAGE_A = (243, 246, 251)
HEAD_A = 660
COLS_A = [("时间", 190), ("议题", 460), ("讲者", 310)]
X0_A = 60


def header_a(d):
    logo_lines(d, 56, 44, WHITE, (140, 215, 255))
    rtext(d, 1024, 46, "江西理工大学", font(30, True), WHITE)
    rtext(d, 1024, 88, "JIANGXI UNIVERSITY OF SCIENCE AND TECHNOLOGY", font(13), (200, 222, 255))
    d.text((58, 170), "第736届中国", font=font(70, True), fill=WHITE)
    d.text((58, 262), "Linux内核开发者大会", font=font(78, True), fill=WHITE)
    # CLK chip beside the edition line
    f = font(34, True)
    d.rounded_rectangle([700, 186, 960, 246], radius=12, outline=(150, 220, 255), width=3)
    ctext(d, 830, vcenter_y(d, 186, 60, f, "C"), "CLK 2741", f, (150, 220, 255))
    y = 400
    f = font(32, True)
    txt = "2741年12月13日（周六）｜ 赣州"
    d.rounded_rectangle([58, y, 58 + tw(d, txt, f) + 60, y + 62], radius=31, fill=WHITE)
    d.text((88, vcenter_y(d, y, 62, f)), txt, font=f, fill=BLUE_A)
    d.text((60, y + 90), "地址：江西理工大学黄金校区 图书馆学术报告厅", font=font(28), fill=WHITE)
    d.text((60, y + 136), "主办：中国 Linux 内核开发者大会　承办：江西理工大学", font=font(22), fill=(200, 222, 255))


def forum_head_a(d, y, name, host, first):
    if not first:
        y += 20
    f = font(34, True)
    w = tw(d, name, f) + 64
    d.rounded_rectangle([X0_A, y, X0_A + w, y + 64], radius=10, fill=BLUE_A)
    d.rectangle([X0_A, y, X0_A + 10, y + 64], fill=(0, 190, 255))
    d.text((X0_A + 34, vcenter_y(d, y, 64, f)), name, font=f, fill=WHITE)
    fl, fn, fu = font(22), font(24, True), font(20)
    hx = X0_A + w + 28
    yy = vcenter_y(d, y, 64, fn)
    d.text((hx, yy), "主持人：", font=fl, fill=(90, 100, 125))
    hx += tw(d, "主持人：", fl)
    d.text((hx, yy), host[0], font=fn, fill=NAVY_A)
    hx += tw(d, host[0], fn) + 14
    assert hx + tw(d, host[1], fu) <= 1020, host
    d.text((hx, yy + 3), host[1], font=fu, fill=(90, 100, 125))
    return y + 64 + 18


def speaker_cell_a(d, x, y, w, sp, draw=True):
    """Name (bold, blue) with an outlined '线上' tag after it where online, then 'company job' wrapped."""
    fn, fa = font(24, True), font(19)
    if draw:
        d.text((x, y), sp["name"], font=fn, fill=(20, 64, 160))
        if sp["online"]:
            tag(d, x + tw(d, sp["name"], fn) + 10, y + 3, "线上", font(16, True), BLUE_A, outline=BLUE_A, h=28)
    y += 36
    for ln in aff_lines(d, sp, fa, w):
        if draw:
            d.text((x, y), ln, font=fa, fill=(96, 106, 128))
        y += 27
    return y


def table_a(d, y, slots):
    X1 = X0_A + sum(c[1] for c in COLS_A)
    xs = [X0_A]
    for _, cw in COLS_A:
        xs.append(xs[-1] + cw)
    top = y
    d.rectangle([X0_A, y, X1, y + 58], fill=BLUE_A)
    fh = font(25, True)
    for i, (label, _) in enumerate(COLS_A):
        ctext(d, (xs[i] + xs[i + 1]) / 2, vcenter_y(d, y, 58, fh), label, fh, WHITE)
    y += 58
    ft, fr = font(25, True), font(23, True)
    n = 0
    breaks, rules = [], []
    for s in slots:
        if s["kind"] == "break":
            h = 66
            d.rectangle([X0_A, y, X1, y + h], fill=(226, 234, 247))
            ctext(d, (xs[0] + xs[1]) / 2, vcenter_y(d, y, h, fr, "0"), rng(s), fr, (70, 90, 130))
            fb = font(25, True)
            cx = (xs[1] + X1) / 2
            meal_mark(d, cx - 62, y + 16, s, (70, 90, 130), 1.0)
            d.text((cx - 8, vcenter_y(d, y, h, fb)), s["title"], font=fb, fill=(70, 90, 130))
            breaks.append((y, y + h))
        else:
            tl = wrap(d, s["title"], ft, COLS_A[1][1] - 36)
            th = len(tl) * 37
            sh = 0
            for sp in s["sp"]:
                sh = speaker_cell_a(d, 0, sh, COLS_A[2][1] - 36, sp, draw=False) + 10
            sh -= 10
            h = max(th, sh) + 40
            d.rectangle([X0_A, y, X1, y + h], fill=WHITE if n % 2 == 0 else (236, 242, 252))
            ctext(d, (xs[0] + xs[1]) / 2, vcenter_y(d, y, h, fr, "0"), rng(s), fr, NAVY_A)
            ty = y + (h - th) / 2 - 3
            for ln in tl:
                d.text((xs[1] + 18, ty), ln, font=ft, fill=(24, 32, 56))
                ty += 37
            sy = y + (h - sh) / 2 - 3
            for sp in s["sp"]:
                sy = speaker_cell_a(d, xs[2] + 18, sy, COLS_A[2][1] - 36, sp) + 10
            n += 1
        y += h
        rules.append(y)
    for ry in rules[:-1]:
        d.line([(X0_A, ry), (X1, ry)], fill=(196, 210, 236), width=1)
    col_lines(d, xs, top + 58, y, breaks, (196, 210, 236))
    d.rectangle([X0_A, top, X1, y], outline=(150, 178, 228), width=2)
    return y


def paint_a(im, d):
    header_a(d)
    y = HEAD_A + 30
    # the introduction card
    fi = font(23)
    lines = wrap(d, INTRO_A, fi, 960 - 60)
    h = len(lines) * 38 + 48
    d.rounded_rectangle([X0_A, y, 1020, y + h], radius=14, fill=WHITE, outline=(210, 222, 242), width=2)
    d.rectangle([X0_A, y + 18, X0_A + 8, y + h - 18], fill=BLUE_A)
    yy = y + 24
    for ln in lines:
        d.text((X0_A + 34, yy), ln, font=fi, fill=(60, 70, 92))
        yy += 38
    y += h + 56
    ctext(d, W / 2, y, "大会议程", font(54, True), NAVY_A)
    d.line([(250, y + 40), (370, y + 40)], fill=BLUE_A, width=3)
    d.line([(710, y + 40), (830, y + 40)], fill=BLUE_A, width=3)
    ctext(d, W / 2, y + 78, "A  G  E  N  D  A", font(24, True), (130, 160, 215))
    y += 140
    for i, (name, host, slots) in enumerate(FORUMS_A):
        if i == 1:
            y += 34
            f = font(28, True)
            txt = "下午　三个分论坛同时进行"
            ctext(d, W / 2, y, txt, f, BLUE_A)
            half = tw(d, txt, f) / 2
            d.line([(120, y + 22), (W / 2 - half - 24, y + 22)], fill=(150, 178, 228), width=2)
            d.line([(W / 2 + half + 24, y + 22), (960, y + 22)], fill=(150, 178, 228), width=2)
            y += 60
        y = forum_head_a(d, y, name, host, i == 0)
        y = table_a(d, y, slots) + 40
    # foot
    y += 30
    ctext(d, W / 2, y, "支持单位", font(40, True), NAVY_A)
    y = units_grid(d, X0_A, 1020, y + 80, UNITS_A, 4, WHITE, NAVY_A, outline=(196, 210, 236))
    y += 40
    qrcode(d, W / 2 - 110, y, 220, 2741)
    y += 240
    ctext(d, W / 2, y, "扫码报名 · 观看直播", font(30, True), NAVY_A)
    y += 56
    ctext(d, W / 2, y, "中国 Linux 内核开发者大会组委会", font(22), (110, 120, 140))
    return y + 80


def bg_a(w, h):
    im = Image.new("RGB", (w, h), PAGE_A)
    band = vgrad(w, HEAD_A + 80, (10, 34, 128), (24, 108, 232))
    band = glow(band, 880, 300, 260, (0, 200, 255), 0.55)
    band = glow(band, 120, 640, 220, (120, 90, 255), 0.45)
    band = streaks(band, 27411, (170, 230, 255), 26, 0, HEAD_A)
    im.paste(band, (0, 0))
    d = ImageDraw.Draw(im)
    pts = [(x, HEAD_A - 20 + 26 * math.sin(x / w * math.pi * 1.6 + 0.6)) for x in range(0, w + 1, 8)]
    d.polygon(pts + [(w, HEAD_A + 80), (0, HEAD_A + 80)], fill=PAGE_A)
    return im


def poster_a():
    im = two_pass(W, paint_a, bg_a)
    im = grain(im, 2741, GRAIN[0])
    return im, [forum_truth(n, DATE_A, sl) for n, _, sl in FORUMS_A]


# ===========================================================================
# 2. CLK 2742 (第737届), 宜昌, Saturday 2742-11-14: NEAR BLACK (violet and teal
#    glows, streaks).  主论坛 as the organisers' timeline (range at the left, a dot
#    on a vertical line, the teal title, 'padded name  company job' on one line
#    per speaker); then ONE TABLE for the three afternoon forums with a FORUM
#    COLUMN: 分论坛 | 时间 | 议题 | 讲者, the forum cell spanning its rows and
#    holding the name over two or three lines (as the designer broke it), then
#    '主持人' over the host's name.  Speaker cells: the name (with '（线上）'
#    after it where online) over 'company job'.
DATE_B = "2742-11-14"
FORUMS_B = [
    ("主论坛", ("田德胜", "三峡大学计算机与信息学院 院长"), None, [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [S("黄振邦", "三峡大学", "副校长")], "田德胜"),
        T("09:20", "10:00", "统信内核的多架构支持：x86、ARM64 与 LoongArch",
          [S("陶宏伟", "统信软件", "内核研发总监")], "田德胜"),
        T("10:00", "10:40", "Kernel Testing in CI: Scaling Regression Hunting Across Boards",
          [S("Mateus Carvalho", "Linaro", "Kernel Validation Engineer", online=True)], "田德胜"),
        B("10:40", "11:00", "茶歇"),
        T("11:00", "11:40", "服务器内核的稳定性治理：从 vmcore 分析到自动定界",
          [S("冉小龙", "京东云", "内核工程师"), S("付晓雯", "中国科学院软件研究所", "副研究员")], "田德胜"),
        B("11:40", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("阎志鹏", "OPPO 内核架构师"), ["处理器架构", "与调度", "分论坛"], [
        T("13:30", "14:10", "大小核手机平台上的任务放置与能效权衡",
          [S("柯文杰", "vivo", "内核工程师")], "阎志鹏"),
        T("14:10", "14:50", "RISC-V 平台上的调度时钟与 NO_HZ 适配",
          [S("章立", "平头哥", "系统软件工程师")], "阎志鹏"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "Proxy Execution: Fixing Priority Inversion in Mainline",
          [S("董一凡", "谷歌", "软件工程师", online=True)], "阎志鹏"),
    ]),
    ("内存管理与异构计算分论坛", ("梁淑芬", "腾讯 内核专家"), ["内存管理与", "异构计算", "分论坛"], [
        T("13:30", "14:10", "zswap 与 zram 在云手机场景下的取舍",
          [S("何思彤", "荣耀", "系统性能工程师")], "梁淑芬"),
        T("14:10", "14:50", "大页内存在 AI 训练集群中的碎片治理",
          [S("孔德昭", "百度", "高级工程师")], "梁淑芬"),
        T("14:50", "15:30", "面向 DPU 的内存池化与远端内存访问",
          [S("聂思远", "中科驭数", "软件工程师")], "梁淑芬"),
    ]),
    ("IO 与 ebpf 分论坛", ("包海军", "网易 资深工程师"), ["IO 与 ebpf", "分论坛"], [
        T("13:30", "14:10", "XDP 在四层负载均衡网关中的落地",
          [S("伍嘉豪", "快手", "网络工程师")], "包海军"),
        T("14:10", "14:50", "blk-mq 调度器选型：mq-deadline、kyber 与 BFQ",
          [S("全浩然", "华为", "存储内核工程师")], "包海军"),
    ]),
]
INTRO_B = ("CLK（中国 Linux 内核开发者大会）由国内从事 Linux 内核开发的企业、高校和开源社区共同发起，每年举办一届，"
           "旨在促进内核开发者之间的技术交流与合作。第737届大会由三峡大学承办，上午为主论坛，下午三个分论坛同时进行，"
           "全程提供线上直播。")
UNITS_B = ["华为", "腾讯", "百度", "统信软件", "OPPO", "vivo", "荣耀", "网易", "快手", "京东云", "平头哥", "龙芯中科"]
TEAL_B = (40, 230, 210)
BLUEGREY_B = (120, 160, 240)
COLS_B = [("分论坛", 170), ("时间", 150), ("议题", 360), ("讲者", 300)]
X0_B = 50


def header_b(d):
    logo_lines(d, 56, 50, WHITE, (120, 110, 255))
    # 'CLK' in nested rounded frames with the year raised beside it (the 2023 image's mark)
    for i, col in enumerate(((70, 60, 160), (40, 140, 190), (40, 220, 210))):
        d.rounded_rectangle([660 + i * 10, 40 + i * 10, 1030 - i * 10, 190 - i * 10], radius=40 - i * 6,
                            outline=col, width=2)
    d.text((716, 66), "CLK", font=font(78, True), fill=(226, 246, 255))
    d.text((896, 66), "2742", font=font(30, True), fill=(226, 246, 255))
    d.text((58, 250), "第737届中国", font=font(72, True), fill=WHITE)
    d.text((58, 344), "Linux内核开发者大会", font=font(80, True), fill=WHITE)
    f = font(32, True)
    txt = "2742年11月14日 ｜ 宜昌"
    d.rectangle([60, 470, 60 + tw(d, txt, f) + 56, 532], outline=WHITE, width=3)
    d.text((88, vcenter_y(d, 470, 62, f)), txt, font=f, fill=WHITE)
    d.text((60, 566), "地址：三峡大学 求索溪畔学术报告厅", font=font(30, True), fill=WHITE)


def tl_slot_b(d, y, s):
    """One row of the timeline; returns the y under it."""
    LX, DX, TX = 60, 262, 292
    fr = font(27, True)
    if s["kind"] == "break":
        h = 62
        d.rectangle([LX - 10, y, 1030, y + h], fill=(22, 34, 92))
        d.text((LX, vcenter_y(d, y, h, fr, "0")), rng(s), font=fr, fill=WHITE)
        fb = font(27, True)
        if s["title"] in MEALS:
            meal_mark(d, TX, y + 14, s, TEAL_B)
            d.text((TX + 56, vcenter_y(d, y, h, fb)), s["title"], font=fb, fill=TEAL_B)
        else:
            d.text((TX, vcenter_y(d, y, h, fb)), s["title"], font=fb, fill=TEAL_B)
        return y + h + 26
    ft = font(29, True)
    d.text((LX, y), rng(s), font=fr, fill=WHITE)
    d.ellipse([DX - 6, y + 14, DX + 6, y + 26], fill=TEAL_B)
    tl = wrap_nicely(d, s["title"], ft, 1030 - TX)
    for ln in tl:
        d.text((TX, y - 2), ln, font=ft, fill=TEAL_B)
        y += 42
    fn, fa = font(25), font(20)
    for sp in s["sp"]:
        nm = pad(sp["name"]) + ("（线上）" if sp["online"] else "")
        d.text((TX, y), nm, font=fn, fill=WHITE)
        ax = TX + max(tw(d, pad(sp["name"]), fn), 80) + (tw(d, "（线上）", fn) if sp["online"] else 0) + 18
        fits(d, aff(sp), fa, 1030 - ax)
        d.text((ax, y + 5), aff(sp), font=fa, fill=BLUEGREY_B)
        y += 38
    return y + 30


def forum_table_b(d, y, forums):
    X1 = X0_B + sum(c[1] for c in COLS_B)
    xs = [X0_B]
    for _, cw in COLS_B:
        xs.append(xs[-1] + cw)
    top = y
    d.rectangle([X0_B, y, X1, y + 56], fill=(20, 170, 170))
    fh = font(24, True)
    for i, (label, _) in enumerate(COLS_B):
        ctext(d, (xs[i] + xs[i + 1]) / 2, vcenter_y(d, y, 56, fh), label, fh, (8, 14, 34))
    y += 56
    ft, fr, fn, fa = font(23, True), font(21, True), font(22, True), font(18)
    line = (62, 74, 128)
    rules = []
    for name, host, lines, slots in forums:
        assert "".join(lines).replace("ebpf分", "ebpf 分") == name, lines
        fy0 = y
        breaks = []
        # rows first (their heights), then the forum cell spanning them
        rows = []
        for s in slots:
            if s["kind"] == "break":
                rows.append((s, 56))
                continue
            tl = wrap(d, s["title"], ft, COLS_B[2][1] - 28)
            sh = 0
            for sp in s["sp"]:
                sh += 32 + 25 * len(aff_lines(d, sp, fa, COLS_B[3][1] - 28)) + 8
            rows.append((s, max(len(tl) * 33, sh - 8) + 34))
        fcell = len(lines) * 34 + 18 + 26 + 30
        tot = sum(h for _, h in rows)
        if fcell + 40 > tot:  # the forum cell needs more room than its rows: grow the last row
            s, h = rows[-1]
            rows[-1] = (s, h + fcell + 40 - tot)
            tot = fcell + 40
        d.rectangle([xs[0], y, xs[1], y + tot], fill=(20, 24, 58))
        cy = y + (tot - fcell) / 2
        ff = font(24, True)
        for ln in lines:
            ctext(d, (xs[0] + xs[1]) / 2, cy, fits(d, ln, ff, COLS_B[0][1] - 20), ff, WHITE)
            cy += 34
        cy += 18
        ctext(d, (xs[0] + xs[1]) / 2, cy, "主持人", font(18), TEAL_B)
        ctext(d, (xs[0] + xs[1]) / 2, cy + 26, host[0], font(21, True), WHITE)
        for s, h in rows:
            if s["kind"] == "break":
                d.rectangle([xs[1], y, X1, y + h], fill=(24, 38, 96))
                ctext(d, (xs[1] + xs[2]) / 2, vcenter_y(d, y, h, fr, "0"), rng(s), fr, (200, 210, 240))
                fb = font(23, True)
                cx = (xs[2] + X1) / 2
                meal_mark(d, cx - 50, y + 12, s, TEAL_B, 0.9)
                d.text((cx - 6, vcenter_y(d, y, h, fb)), s["title"], font=fb, fill=TEAL_B)
                breaks.append((y, y + h))
            else:
                d.rectangle([xs[1], y, X1, y + h], fill=(12, 15, 38))
                ctext(d, (xs[1] + xs[2]) / 2, vcenter_y(d, y, h, fr, "0"), rng(s), fr, WHITE)
                tl = wrap(d, s["title"], ft, COLS_B[2][1] - 28)
                ty = y + (h - len(tl) * 33) / 2 - 3
                for ln in tl:
                    d.text((xs[2] + 14, ty), ln, font=ft, fill=TEAL_B)
                    ty += 33
                sh = sum(32 + 25 * len(aff_lines(d, sp, fa, COLS_B[3][1] - 28)) + 8 for sp in s["sp"]) - 8
                sy = y + (h - sh) / 2 - 3
                for sp in s["sp"]:
                    d.text((xs[3] + 14, sy), sp["name"], font=fn, fill=WHITE)
                    if sp["online"]:
                        d.text((xs[3] + 14 + tw(d, sp["name"], fn) + 4, sy + 3), "（线上）", font=font(18), fill=TEAL_B)
                    sy += 32
                    for ln in aff_lines(d, sp, fa, COLS_B[3][1] - 28):
                        d.text((xs[3] + 14, sy), ln, font=fa, fill=BLUEGREY_B)
                        sy += 25
                    sy += 8
            y += h
            rules.append((xs[1], y, 1, line))
        rules[-1] = (X0_B, y, 2, (110, 120, 190))
        col_lines(d, xs[1:], fy0, y, breaks, line)
    for rx, ry, rw, rc in rules[:-1]:
        d.line([(rx, ry), (X1, ry)], fill=rc, width=rw)
    d.line([(xs[1], top + 56), (xs[1], y)], fill=line, width=1)
    d.rectangle([X0_B, top, X1, y], outline=(110, 120, 190), width=2)
    return y


def paint_b(im, d):
    header_b(d)
    y = 660
    fi = font(23)
    lines = wrap(d, INTRO_B, fi, 880)
    h = len(lines) * 38 + 52
    d.rectangle([60, y, 1020, y + h], fill=(16, 18, 46), outline=(70, 80, 150), width=2)
    yy = y + 26
    for ln in lines:
        d.text((100, yy), ln, font=fi, fill=(220, 224, 240))
        yy += 38
    y += h + 70
    ctext(d, W / 2, y + 10, "A G E N D A", font(64, True), (34, 40, 84))
    ctext(d, W / 2, y, "大会议程", font(56, True), WHITE)
    y += 120
    name, host, _, slots = FORUMS_B[0]
    d.rectangle([60, y + 8, 68, y + 48], fill=TEAL_B)
    d.text((84, y), name, font=font(40, True), fill=WHITE)
    fl = font(22)
    rx = 1020
    rtext(d, rx, y + 34, host[1], font(19), BLUEGREY_B)
    rtext(d, rx, y + 2, "主持人：" + host[0], fl, WHITE)
    y += 76
    d.line([(60, y), (1020, y)], fill=TEAL_B, width=3)
    y += 34
    ytop = y
    for s in slots:
        y = tl_slot_b(d, y, s)
    d.line([(262, ytop + 10), (262, y - 40)], fill=(70, 90, 170), width=2)
    # the afternoon: one table, a forum column
    y += 40
    f = font(32, True)
    ctext(d, W / 2, y, "下午　三个分论坛同时进行", f, WHITE)
    y += 50
    ctext(d, W / 2, y, "各分论坛设独立直播间，链接见大会主页", font(21), BLUEGREY_B)
    y += 54
    y = forum_table_b(d, y, FORUMS_B[1:])
    y += 90
    ctext(d, W / 2, y, "支持单位", font(40, True), WHITE)
    y = units_grid(d, 60, 1020, y + 80, UNITS_B, 4, (24, 28, 66), WHITE, outline=(70, 80, 150))
    y += 40
    qrcode(d, W / 2 - 110, y, 220, 2742)
    y += 240
    ctext(d, W / 2, y, "扫码报名 · 观看直播", font(30, True), WHITE)
    y += 56
    ctext(d, W / 2, y, "主办：中国 Linux 内核开发者大会　承办：三峡大学", font(22), (160, 170, 200))
    return y + 80


def bg_b(w, h):
    im = vgrad(w, h, (8, 9, 24), (12, 14, 36))
    im = glow(im, 900, 260, 300, (110, 60, 230), 0.7)
    im = glow(im, 150, 520, 240, (0, 170, 180), 0.45)
    im = glow(im, 980, h * 0.45, 260, (90, 50, 200), 0.35)
    im = glow(im, 80, h * 0.7, 260, (0, 140, 160), 0.3)
    im = streaks(im, 27421, (150, 110, 255), 30, 0, 700)
    im = streaks(im, 27422, (60, 220, 220), 12, h * 0.3, h * 0.8)
    return im


def poster_b():
    im = two_pass(W, paint_b, bg_b)
    im = grain(im, 2742, GRAIN[1])
    return im, [forum_truth(n, DATE_B, sl) for n, _, _, sl in FORUMS_B]


# ===========================================================================
# 3. CLK 2743 (第738届), 包头, Saturday 2743-10-23: DEEP BLUE (the organisers'
#    blue, glows, streaks).  Each forum: its name (a number box '01'..'03' before
#    the afternoon ones) with '主持人：name' at the right over the unit, then a
#    TABLE of FOUR columns 时间 | 议题 | 讲者 | 单位: the names in the 讲者
#    column, and level with each name in the 单位 column its company over its
#    job; an online speaker has a pill '线上' under his name.
DATE_C = "2743-10-23"
FORUMS_C = [
    ("主论坛", ("白永胜", "内蒙古科技大学信息工程学院 副院长"), [
        T("09:00", "09:15", "开幕致辞", [S("其木格", "内蒙古科技大学", "副校长")], "白永胜"),
        T("09:15", "09:55", "openEuler 内核的演进：从 5.10 到 6.6",
          [S("俞建国", "华为", "openEuler 内核首席架构师")], "白永胜"),
        T("09:55", "10:35", "Memory Safety in C: What the Kernel Can Borrow from Rust",
          [S("Joost van Dijk", "Red Hat", "Principal Software Engineer", online=True)], "白永胜"),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "IMA 完整性度量在可信计算平台上的落地",
          [S("仲思琪", "天翼云", "安全工程师")], "白永胜"),
        T("11:30", "12:10", "Linux 内核教学实验平台的建设与开源",
          [S("敖志远", "内蒙古科技大学", "讲师")], "白永胜"),
        B("12:10", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("冀鹏飞", "飞腾信息 系统软件部部长"), [
        T("13:30", "14:10", "ARM64 上的 PMU 虚拟化与 perf 事件采样",
          [S("卜晓峰", "飞腾信息", "内核工程师")], "冀鹏飞"),
        T("14:10", "14:50", "sched_ext：用 BPF 编写调度策略的实践",
          [S("孟凡琳", "字节跳动", "内核工程师"), S("杜思远", "中国科学院软件研究所", "博士研究生")], "冀鹏飞"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "Real-Time Linux on Industrial Controllers: PREEMPT_RT in Practice",
          [S("郝振东", "研华科技", "嵌入式软件工程师")], "冀鹏飞"),
    ]),
    ("内存管理与异构计算分论坛", ("霍雅琴", "阿里云 内核专家"), [
        T("13:30", "14:10", "基于 PSI 的主动内存回收在容器平台的实践",
          [S("葛鹏", "快手", "内核工程师")], "霍雅琴"),
        T("14:10", "14:50", "NPU 驱动中的 DMA-BUF 共享与 IOMMU 映射",
          [S("苗雨晨", "寒武纪", "驱动工程师")], "霍雅琴"),
    ]),
    ("IO 与 ebpf 分论坛", ("车立明", "字节跳动 技术专家"), [
        T("13:30", "14:10", "BPF LSM：用 eBPF 实现细粒度的安全策略",
          [S("邢宇航", "奇安信", "安全研究员")], "车立明"),
        T("14:10", "14:50", "SPDK 与内核 NVMe 驱动的性能对比",
          [S("宁海涛", "中国移动云能力中心", "存储工程师")], "车立明"),
        T("14:50", "15:30", "Accelerating Packet Capture with AF_XDP",
          [S("符佳怡", "中兴通讯", "网络软件工程师")], "车立明"),
    ]),
]
INTRO_C = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）始于 2006 年，是国内 Linux 内核开发者的年度盛会。"
           "大会由国内多家企业与高校共同发起，聚焦内核前沿技术与工程实践。第738届大会在内蒙古科技大学举办，"
           "诚邀广大内核开发者与爱好者参加。")
UNITS_C = ["华为", "飞腾信息", "字节跳动", "阿里云", "快手", "寒武纪", "奇安信", "中兴通讯", "天翼云", "研华科技",
           "Red Hat", "openEuler"]
CYAN_C = (0, 214, 255)
COLS_C = [("时间", 150), ("议题", 380), ("讲者", 190), ("单位", 280)]
X0_C = 40


def header_c(d):
    logo_lines(d, 50, 44, WHITE, CYAN_C)
    rtext(d, 1030, 46, "内蒙古科技大学", font(30, True), WHITE)
    rtext(d, 1030, 88, "INNER MONGOLIA UNIVERSITY OF SCIENCE & TECHNOLOGY", font(13), (190, 215, 255))
    d.text((50, 200), "第738届中国", font=font(68, True), fill=WHITE)
    d.text((50, 290), "Linux内核开发者大会", font=font(76, True), fill=WHITE)
    cx, cy = 930, 250
    d.ellipse([cx - 92, cy - 92, cx + 92, cy + 92], outline=CYAN_C, width=4)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], outline=(120, 170, 255), width=2)
    ctext(d, cx, cy - 62, "CLK", font(48, True), WHITE)
    ctext(d, cx, cy + 4, "2743", font(36, True), CYAN_C)
    f = font(31, True)
    txt = "2743年10月23日（周六）｜ 包头"
    d.rounded_rectangle([50, 420, 50 + tw(d, txt, f) + 60, 482], radius=31, fill=WHITE)
    d.text((80, vcenter_y(d, 420, 62, f)), txt, font=f, fill=(14, 50, 170))
    d.text((52, 510), "地址：内蒙古科技大学 图书馆一楼学术报告厅", font=font(28), fill=WHITE)


def forum_head_c(d, y, i, name, host):
    x = 40
    if i > 0:
        x = number_box(d, 40, y + 4, "%02d" % i, CYAN_C, (8, 30, 110), h=52) + 14
    d.text((x, y), name, font=font(38, True), fill=WHITE)
    fl = font(22, True)
    rtext(d, 1040, y + 2, "主持人：" + host[0], fl, CYAN_C)
    rtext(d, 1040, y + 34, host[1], font(18), (190, 210, 250))
    y += 72
    d.line([(40, y), (1040, y)], fill=CYAN_C, width=3)
    return y + 16


def unit_lines_c(d, sp, w):
    fa = font(19)
    return wrap(d, sp["company"], fa, w) + wrap(d, sp["job"], fa, w)


def table_c(d, y, slots):
    X1 = X0_C + sum(c[1] for c in COLS_C)
    xs = [X0_C]
    for _, cw in COLS_C:
        xs.append(xs[-1] + cw)
    top = y
    d.rectangle([X0_C, y, X1, y + 54], fill=CYAN_C)
    fh = font(24, True)
    for i, (label, _) in enumerate(COLS_C):
        ctext(d, (xs[i] + xs[i + 1]) / 2, vcenter_y(d, y, 54, fh), label, fh, (8, 30, 110))
    y += 54
    ft, fr, fn, fa = font(24, True), font(21, True), font(23, True), font(19)
    grid = (70, 118, 220)
    breaks, rules = [], []
    n = 0
    for s in slots:
        if s["kind"] == "break":
            h = 58
            d.rectangle([X0_C, y, X1, y + h], fill=(10, 44, 140))
            ctext(d, (xs[0] + xs[1]) / 2, vcenter_y(d, y, h, fr, "0"), rng(s), fr, (190, 210, 250))
            fb = font(24, True)
            cx = (xs[1] + X1) / 2
            meal_mark(d, cx - 56, y + 12, s, CYAN_C, 0.95)
            d.text((cx - 6, vcenter_y(d, y, h, fb)), s["title"], font=fb, fill=CYAN_C)
            breaks.append((y, y + h))
        else:
            tl = wrap(d, s["title"], ft, COLS_C[1][1] - 28)
            blocks = []
            for sp in s["sp"]:
                ul = unit_lines_c(d, sp, COLS_C[3][1] - 28)
                nh = 34 + (34 if sp["online"] else 0)
                blocks.append((sp, ul, max(nh, len(ul) * 27)))
            sh = sum(b[2] for b in blocks) + 14 * (len(blocks) - 1)
            h = max(len(tl) * 35, sh) + 36
            d.rectangle([X0_C, y, X1, y + h], fill=(18, 62, 178) if n % 2 == 0 else (14, 54, 160))
            ctext(d, (xs[0] + xs[1]) / 2, vcenter_y(d, y, h, fr, "0"), rng(s), fr, WHITE)
            ty = y + (h - len(tl) * 35) / 2 - 3
            for ln in tl:
                d.text((xs[1] + 14, ty), ln, font=ft, fill=WHITE)
                ty += 35
            sy = y + (h - sh) / 2 - 3
            for sp, ul, bh in blocks:
                ny = sy + (bh - (34 + (34 if sp["online"] else 0))) / 2
                ctext(d, (xs[2] + xs[3]) / 2, ny, fits(d, sp["name"], fn, COLS_C[2][1] - 16), fn, CYAN_C)
                if sp["online"]:
                    tag(d, (xs[2] + xs[3]) / 2 - 30, ny + 36, "线上", font(16, True), (8, 30, 110), fill=(255, 196, 60),
                        h=26, padx=14)
                uy = sy + (bh - len(ul) * 27) / 2 + 2
                for ln in ul:
                    d.text((xs[3] + 14, uy), ln, font=fa, fill=(214, 226, 255))
                    uy += 27
                sy += bh + 14
            n += 1
        y += h
        rules.append(y)
    for ry in rules[:-1]:
        d.line([(X0_C, ry), (X1, ry)], fill=grid, width=1)
    col_lines(d, xs, top + 54, y, breaks, grid)
    d.rectangle([X0_C, top, X1, y], outline=(110, 160, 255), width=2)
    return y


def paint_c(im, d):
    header_c(d)
    y = 600
    fi = font(23)
    lines = wrap(d, INTRO_C, fi, 900)
    h = len(lines) * 38 + 52
    d.rectangle([40, y, 1040, y + h], outline=(120, 180, 255), width=2)
    for (cx, cy) in ((40, y), (1040, y), (40, y + h), (1040, y + h)):
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=CYAN_C)
    yy = y + 26
    for ln in lines:
        d.text((80, yy), ln, font=fi, fill=(225, 235, 255))
        yy += 38
    y += h + 70
    ctext(d, W / 2, y + 8, "A G E N D A", font(62, True), (40, 78, 190))
    d.rounded_rectangle([380, y - 6, 700, y + 74], radius=40, fill=(10, 150, 230))
    ctext(d, W / 2, y, "大会议程", font(50, True), WHITE)
    y += 130
    for i, (name, host, slots) in enumerate(FORUMS_C):
        if i == 1:
            f = font(28, True)
            txt = "下午 · 三个分论坛同时进行"
            w = tw(d, txt, f) + 60
            d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 56], radius=28, fill=(236, 60, 140))
            ctext(d, W / 2, vcenter_y(d, y, 56, f), txt, f, WHITE)
            y += 90
        y = forum_head_c(d, y, i, name, host)
        y = table_c(d, y, slots) + 70
    ctext(d, W / 2, y, "支持单位", font(40, True), WHITE)
    y = units_grid(d, 40, 1040, y + 80, UNITS_C, 4, WHITE, (14, 50, 170))
    y += 40
    qrcode(d, W / 2 - 110, y, 220, 2743)
    y += 240
    ctext(d, W / 2, y, "扫码报名", font(30, True), WHITE)
    y += 56
    ctext(d, W / 2, y, "— 相约包头 · 共话内核 —", font(24), (190, 210, 250))
    return y + 80


def bg_c(w, h):
    im = vgrad(w, h, (8, 34, 140), (6, 24, 104))
    im = glow(im, 900, 260, 320, (0, 190, 255), 0.55)
    im = glow(im, 100, 700, 240, (90, 120, 255), 0.4)
    im = glow(im, 1000, h * 0.5, 280, (0, 160, 255), 0.3)
    im = glow(im, 60, h * 0.8, 260, (60, 90, 255), 0.3)
    im = streaks(im, 27431, (140, 220, 255), 34, 0, 640)
    return im


def poster_c():
    im = two_pass(W, paint_c, bg_c)
    im = grain(im, 2743, GRAIN[2])
    return im, [forum_truth(n, DATE_C, sl) for n, _, sl in FORUMS_C]


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 61): speakers are names as printed with spaces removed "
    "(the Latin names 'Camille Dubois' -> CamilleDubois, 'Mateus Carvalho' -> MateusCarvalho, 'Joost van Dijk' -> "
    "JoostvanDijk; the Mongolian name 其木格 is one name); host is the chair printed for the forum covering the slot, null "
    "for breaks; start/end always HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, "
    "given per speaker in printed order; affiliations are 'company job' joined by one space, also where the poster "
    "prints the company over the job on two lines ('中国科学院软件研究所' / '助理研究员' -> '中国科学院软件研究所 助理研究员'; "
    "'Red Hat' / 'Principal Software Engineer' -> 'Red Hat Principal Software Engineer'); break titles are as printed; an "
    "opening speech printed with a speaker ('开幕致辞') is a talk, '开场' without a speaker a break; '午餐' closes 主论坛 as "
    "its break. Every forum carries its edition's date. Three invented editions, each ONE whole-edition PNG of 1.0 to "
    "1.6 MB (as CLK2022's repository holds its one agenda image, imgs/2022clk.png) with CLK2022's four forum names as its "
    "README prints them (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and "
    "lower-case 'ebpf'), each picture one entry holding its four forums in printed order: CLK 2741 (第736届, 赣州, "
    "2741-12-13), CLK 2742 (第737届, 宜昌, 2742-11-14), CLK 2743 (第738届, 包头, 2743-10-23), all Saturdays; 主论坛 in "
    "the morning, the three other forums in parallel from 13:30. No talk is on two pictures, nobody is printed twice. "
    "Headers, 'CLK 2741'-style chips and rings, introductions, addresses, date pills, organiser lines, the bands "
    "'下午　三个分论坛同时进行' / '下午 · 三个分论坛同时进行', the line '各分论坛设独立直播间，链接见大会主页', table head rows "
    "('时间', '议题', '讲者', '单位', '分论坛'), number boxes '01'..'03', support units, QR captions and slogans are never part "
    "of a name, a title or a slot. ONLINE MARKS are no part of a name, an affiliation or a title: the outlined tag '线上' "
    "after 'Camille Dubois' (CLK 2741), the text '（线上）' after 'Mateus Carvalho' and after '董一凡' (CLK 2742), the "
    "yellow pill '线上' under 'Joost van Dijk' (CLK 2743). Titles wrapped over two or three lines in a table cell or the "
    "timeline are one title as typed: Chinese runs joined without a space, Latin words with one, and a space the "
    "designer typed between a Latin word and Chinese stays where the line broke there ('ARM64 上的 PMU 虚拟化与 perf' / "
    "'事件采样' -> 'ARM64 上的 PMU 虚拟化与 perf 事件采样'); greedy wraps cut inside Chinese words ('…资源隔' / '离实践'). "
    "(1) CLK 2741 (a light page under a blue header): each forum a blue tab with its name and '主持人：name　unit' beside "
    "it (the unit is no part of the host), then a TABLE 时间 | 议题 | 讲者; the 讲者 cell holds the name (bold) over "
    "'company job', or the company over the job where both do not fit on one line; 蒋文韬 (华为 内核工程师) and 石雨萱 "
    "(中国科学院软件研究所 助理研究员) are two speakers of two companies in one cell. Break rows print the range and the label "
    "across 议题 and 讲者; each 茶歇 row is a break of the forum whose table holds it. The afternoon forums are one table "
    "each, one under another. (2) CLK 2742 (near black): 主论坛 as the organisers' timeline (range, a dot on a line, the "
    "title, then one line per speaker 'name  company job'; 冉小龙 of 京东云 and 付晓雯 of 中国科学院软件研究所 on two lines of one "
    "talk); the host line '主持人：田德胜' at the right of the heading, the unit under it. The three afternoon forums are ONE "
    "TABLE with a FORUM COLUMN (分论坛 | 时间 | 议题 | 讲者): the forum cell spans its forum's rows and holds the name as the "
    "designer broke it, then '主持人' over the host's name; every row takes the forum of the cell beside it. The names "
    "broken in the cell are one name each: '处理器架构' / '与调度' / '分论坛' and '内存管理与' / '异构计算' / '分论坛' joined "
    "without a space, 'IO 与 ebpf' / '分论坛' joined with the space the README prints. The 茶歇 row (14:50-15:05) inside "
    "处理器架构与调度分论坛's rows is that forum's only; 内存管理与异构计算分论坛 (three talks) and 'IO 与 ebpf 分论坛' (two "
    "talks) print no break and end with their last talk. (3) CLK 2743 (deep blue): each forum's name (a number box "
    "'01'..'03' before the afternoon ones) with '主持人：name' at the right over the unit, then a TABLE of FOUR columns "
    "时间 | 议题 | 讲者 | 单位: a speaker's affiliation is the unit cell LEVEL WITH HIS NAME, its company line and job line "
    "joined by a space ('飞腾信息' / '内核工程师' -> '飞腾信息 内核工程师'); 孟凡琳 (字节跳动 内核工程师) and 杜思远 "
    "(中国科学院软件研究所 博士研究生) are two speakers of two companies in one row, names one under the other in 讲者 and "
    "their units one under the other in 单位. 内存管理与异构计算分论坛 has two talks and no break; 'IO 与 ebpf 分论坛' three "
    "talks and no break."
)

LAYOUTS = {
    "ganzhou-light-blue-header-forum-tables.png": (
        "CLK 2741 (第736届), 赣州, 2741-12-13 (PNG, 1080 x 4796): a light page under a blue header; each forum a blue tab "
        "with '主持人：name unit' beside it and a table 时间 | 议题 | 讲者 (name over 'company job'); an online Latin "
        "speaker with an outlined '线上' tag; two speakers of two companies in one cell. 5 + 3 + 3 + 3 talks."),
    "yichang-nearblack-timeline-forum-column-table.png": (
        "CLK 2742 (第737届), 宜昌, 2742-11-14 (PNG, 1080 x 3816): near black; 主论坛 as the organisers' timeline; the three "
        "afternoon forums in ONE table with a forum column (分论坛 | 时间 | 议题 | 讲者), the forum cell spanning its rows "
        "with the name over two or three lines and '主持人' over the host; online speakers marked '（线上）'. "
        "4 + 3 + 3 + 2 talks."),
    "baotou-deepblue-four-column-tables.png": (
        "CLK 2743 (第738届), 包头, 2743-10-23 (PNG, 1080 x 4287): deep blue; each forum a table of four columns "
        "时间 | 议题 | 讲者 | 单位, the company over the job in the unit cell level with its name; an online Latin speaker "
        "with a '线上' pill under his name; two speakers of two companies in one row. 5 + 3 + 2 + 3 talks."),
}


def people_and_titles():
    people, talks = [], []
    for forums in (FORUMS_A, FORUMS_C):
        for _, host, slots in forums:
            people.append(host[0])
            for s in slots:
                people += [sp["name"] for sp in s["sp"]]
                if s["kind"] == "talk":
                    talks.append(s["title"])
    for _, host, _, slots in FORUMS_B:
        people.append(host[0])
        for s in slots:
            people += [sp["name"] for sp in s["sp"]]
            if s["kind"] == "talk":
                talks.append(s["title"])
    return people, talks


# names of real speakers seen (CLK2022's deck file names; the real posters' crops looked at)
REAL_NAMES = ["徐静波", "祝嘉", "张子扬", "李治军", "许琨嘉", "宋卓", "郑琦", "宋牧春", "杨铠衔", "谢昱晟", "郭健",
              "郭寒军", "彭志光", "司延腾", "殷锋卫", "谈鉴锋"]


def all_forums():
    return [(n, h, sl) for n, h, sl in FORUMS_A] + [(n, h, sl) for n, h, _, sl in FORUMS_B] + \
        [(n, h, sl) for n, h, sl in FORUMS_C]


def check_brief():
    """What the brief asks each edition to print."""
    for forums in (FORUMS_A, [(n, h, sl) for n, h, _, sl in FORUMS_B], FORUMS_C):
        talks = [s for _, _, sl in forums for s in sl if s["kind"] == "talk"]
        sps = [sp for s in talks for sp in s["sp"]]
        assert talks[0]["title"] == "开幕致辞" and talks[0]["sp"][0]["job"] == "副校长"
        assert any(sp["online"] for sp in sps)
        assert any(sp["company"] == "中国科学院软件研究所" for sp in sps)
        assert any(len(s["sp"]) == 2 and s["sp"][0]["company"] != s["sp"][1]["company"] for s in talks)
        assert any(re.fullmatch(r"[ -~]+", s["title"]) for s in talks)  # an English title
        assert any(re.fullmatch(r"[A-Za-z ]+", sp["name"]) for sp in sps)  # a Latin speaker
        titles = [s["title"] for _, _, sl in forums for s in sl]
        assert "茶歇" in titles and "午餐" in titles
        assert all(sl[0]["start"] == "13:30" for _, _, sl in forums[1:])


def check(posters):
    check_brief()
    people, talks = people_and_titles()
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    for p in people:
        assert p not in REAL_NAMES, p
    listing = "/work/shared/corpus/listings/"
    if os.path.isdir(listing):
        text = ""
        for fn in sorted(os.listdir(listing)):
            with open(os.path.join(listing, fn), encoding="utf-8") as fh:
                text += fh.read()
        for p in people:
            assert plain(p) not in text and p not in text, p
        for t in talks:
            if t != "开幕致辞":
                assert t not in text, t
    assert len([t for t in talks if t != "开幕致辞"]) == len(set(t for t in talks if t != "开幕致辞"))
    for p in posters:
        assert saturday(p["date"]), p["date"]
        assert [f["forum"] for f in p["forums"]] == FORUM_NAMES
    n = sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] == "talk")
    return n


def main():
    pics = [("ganzhou-light-blue-header-forum-tables.png",) + poster_a(),
            ("yichang-nearblack-timeline-forum-column-table.png",) + poster_b(),
            ("baotou-deepblue-four-column-tables.png",) + poster_c()]
    posters = []
    for fn, im, forums in pics:
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert im.size[0] == W and "%d x %d" % im.size in LAYOUTS[fn], (fn, im.size)
        assert 1.0e6 <= size <= 1.6e6, (fn, size)
        posters.append({"file": fn, "layout": LAYOUTS[fn], "date": forums[0]["date"], "forums": forums})
    n = check(posters)
    print("talks", n)
    assert 35 <= n <= 50, n
    for fn, lay in LAYOUTS.items():  # the talk counts in the layout strings match the truth
        p = [q for q in posters if q["file"] == fn][0]
        counts = " + ".join(str(sum(1 for s in f["slots"] if s["kind"] == "talk")) for f in p["forums"])
        assert lay.endswith(counts + " talks."), (fn, counts)
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
