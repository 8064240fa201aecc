"""Draw the fifty-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the ten pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances
(seeds are fixed numbers or zlib.crc32 of a name, never hash()).  The set is
about the agenda pictures of ONE conference edition each, as an edition's
repository holds them, in the family of the organisers' own designs; four
editions, no talk on two pictures:
  CLK 2291 (海口): ONE whole-edition PNG in the organisers' royal blue with
    CLK2022's four forum names; 主论坛 as tab-over-frame cards, the three
    afternoon forums as SWIMLANES, each forum a horizontal row of cards read
    left to right; 'IO 与 ebpf 分论坛' starts at 14:00, the others at 13:30.  A
    remote foreign speaker with a '线上' tag and an English-only title over two
    lines.
  CLK 2292 (乌鲁木齐): ONE whole-edition PNG in the organisers' near black with
    CLK2022's four forum names; the 2023 timeline, each range printed with a
    BIG start and a SMALL end, and TOPIC CHIPS between every title and its
    speaker line.  Uncommon surname 昝.
  CLK 2293 (徐州): ONE WebP PER FORUM in the organisers' royal blue forum-poster
    style (tab, frame, photo disc, name plate, biography), the photo side
    ALTERNATING from talk to talk; a talk by three speakers of two companies.
  CLK 2294 (银川): ONE PNG PER FORUM in a near-black family with a forum
    NAVIGATOR (all four forums as chips, the poster's own one lit) under the
    header, and every speaker's NAME laid over the foot of his portrait.
"""
import json
import math
import os
import random
import re
import zlib

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
    """Seeded grain blended in: the texture of a designer's paper and of a re-saved picture."""
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


def T(start, end, title, speakers, host, **extra):
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job, bio=None, **extra):
    """A speaker as printed: name, company, job title (None where none is printed), biography (CLK 2293 only)."""
    return dict({"name": name, "company": company, "job": job, "bio": bio}, **extra)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; None where no company is printed."""
    if sp["company"] is None:
        return None
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    """A slot as truth.json gives it; biographies, tags and topic chips are nowhere in it."""
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


def seed_of(text):
    return zlib.crc32(text.encode("utf-8"))


def photo(d, x, y, s, bg, fg, ring=None):
    """A portrait placeholder: a silhouette in a circle (a ring round it where asked); no initials."""
    if ring:
        d.ellipse([x - 8, y - 8, x + s + 8, y + s + 8], outline=ring, width=3)
    d.ellipse([x, y, x + s, y + s], fill=bg)
    d.ellipse([x + s * 0.35, y + s * 0.2, x + s * 0.65, y + s * 0.52], fill=fg)
    d.pieslice([x + s * 0.2, y + s * 0.58, x + s * 0.8, y + s * 1.18], 180, 360, fill=fg)


def portrait(im, x, y, w, h, name):
    """A rectangular portrait: a studio backdrop, a head and shoulders, the shirt and backdrop seeded by the
    name; the lower third darkened as designers do under a caption laid over a photo."""
    rnd = random.Random(seed_of(name))
    back = [(58, 74, 110), (84, 96, 128), (46, 88, 104), (92, 84, 120)][rnd.randrange(4)]
    shirt = [(40, 44, 58), (210, 214, 222), (70, 98, 150), (120, 60, 60), (60, 110, 90)][rnd.randrange(5)]
    skin = [(232, 196, 170), (220, 182, 152), (240, 208, 186)][rnd.randrange(3)]
    hair = [(28, 24, 22), (40, 34, 30), (60, 50, 44)][rnd.randrange(3)]
    tile = vgrad(w, h, tuple(min(255, c + 40) for c in back), back)
    td = ImageDraw.Draw(tile)
    td.pieslice([w * 0.08, h * 0.62, w * 0.92, h * 1.35], 180, 360, fill=shirt)
    td.rectangle([w * 0.43, h * 0.52, w * 0.57, h * 0.66], fill=skin)
    td.ellipse([w * 0.3, h * 0.18, w * 0.7, h * 0.58], fill=skin)
    td.chord([w * 0.28, h * 0.13, w * 0.72, h * 0.45], 180, 360, fill=hair)
    shade = Image.new("L", (w, h), 0)
    sd = ImageDraw.Draw(shade)
    for yy in range(int(h * 0.62), h):
        sd.line([(0, yy), (w, yy)], fill=int(200 * (yy - h * 0.62) / (h * 0.38)))
    tile.paste((8, 10, 20), (0, 0, w, h), shade)
    im.paste(tile, (int(x), int(y)))


def para(d, x, y, text, f, fill, maxw, lh, lines=None):
    """A paragraph wrapped to maxw; lines=(lo, hi) asserts how many lines it takes.  Returns the y under it."""
    ls = wrap(d, text, f, maxw)
    assert lines is None or lines[0] <= len(ls) <= lines[1], (text, len(ls))
    for ln in ls:
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def cpara(d, cx, y, text, f, fill, maxw, lh, lines=None):
    """A paragraph wrapped to maxw with each line centred on cx."""
    ls = wrap_nicely(d, text, f, maxw)
    assert lines is None or lines[0] <= len(ls) <= lines[1], (text, len(ls))
    for ln in ls:
        ctext(d, cx, y, ln, f, fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")  # the breaks that get a cup or a bowl; an opening gets none
WHITE = (255, 255, 255)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def meal_mark(d, x, y, s, fill, k=1.0):
    if s["title"] == "午餐":
        bowl(d, x, y + 2 * k, fill, k)
    elif s["title"] == "茶歇":
        cup(d, x, y, fill, k)


def units_grid(d, X0, X1, y, units, per_row, box_fill, ink, bh=76, gap=20):
    bw = (X1 - X0 - (per_row - 1) * gap) / per_row
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=box_fill)
        ctext(d, bx + bw / 2, by + bh / 2 - 20, fits(d, u, font(28, True), bw - 16), font(28, True), ink)
    rows = (len(units) + per_row - 1) // per_row
    return y + rows * (bh + gap)


# ===========================================================================
# 1. CLK 2291 (第286届), 海口, Saturday 2291-10-24: ONE whole-edition PNG in the
#    organisers' royal blue (after their 2024 full agenda: glows, light
#    streaks, a faint grain), with CLK2022's four forum names.  主论坛: a glowing
#    name box, '>>> 主持人：name <<<' over the unit, each talk after chevrons a
#    range TAB over a cut-corner frame holding the title and one line per
#    speaker ('name  company job').  The afternoon: a pink pill, then each forum
#    as a SWIMLANE: a bar with its number box and name, the host line under
#    it, and its talks as a ROW of equal cards read left to right (range chip,
#    title, name, 'company job'), with arrows between the cards.  'IO 与 ebpf
#    分论坛' starts at 14:00 (a chip '14:00 开始' on its bar) while the other two
#    start at 13:30.
DATE_A = "2291-10-24"
FORUMS_A = [
    ("主论坛", ("吴海峰", "海南大学 计算机科学与技术学院 教授"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:20", "开幕致辞", [S("王振华", "海南大学", "副校长")], "吴海峰"),
        T("09:20", "10:05", "面向智算集群的内核资源管理：从 NUMA 到 CXL 内存池",
          [S("陈志强", "华为", "openEuler 内核首席架构师")], "吴海峰"),
        T("10:05", "10:50", "Scaling Page Reclaim on Memory-Tiered Servers: Lessons from Production",
          [S("Jonas Lindqvist", "Oracle", "Linux Kernel Engineer", remote=True)], "吴海峰"),
        B("10:50", "11:05", "茶歇"),
        T("11:05", "11:50", "龙蜥内核的长期维护：从 5.10 到 6.6 的补丁回合实践",
          [S("杨丽", "阿里云", "高级技术专家")], "吴海峰"),
        B("11:50", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("黄建平", "海南大学 信息与通信工程学院 副教授"), [
        T("13:30", "14:15", "sched_ext 在游戏服务器上的调度策略实践", [S("张浩", "腾讯", "内核工程师")], "黄建平"),
        T("14:15", "15:00", "RISC-V 向量扩展的上下文切换开销优化",
          [S("刘芳", "中国科学院软件研究所", "助理研究员")], "黄建平"),
        T("15:00", "15:45", "ARM64 服务器上 EEVDF 的调度延迟分析", [S("孙明", "字节跳动", "系统工程师")], "黄建平"),
    ]),
    ("内存管理与异构计算分论坛", ("周丽", "vivo 内核团队负责人"), [
        T("13:30", "14:10", "mTHP 在手机上的换入换出与碎片治理", [S("陈浩", "OPPO", "内核专家")], "周丽"),
        T("14:10", "14:50", "GPU 驱动中的 HMM：统一虚拟地址的落地",
          [S("许文", "英特尔", "图形驱动工程师"), S("王静", "英特尔", "软件工程师")], "周丽"),
        T("14:50", "15:30", "zswap 还是 zram：十万台服务器的实测对比", [S("林涛", "美团", "系统工程师")], "周丽"),
    ]),
    ("IO 与 ebpf 分论坛", ("马骏", "海南大学 网络空间安全学院 讲师"), [
        T("14:00", "14:45", "io_uring 在存储引擎中的零拷贝实践", [S("罗斌", "蚂蚁集团", "技术专家")], "马骏"),
        T("14:45", "15:30", "用 eBPF 观测 NVMe 尾延迟：从 blktrace 到 BPF 迭代器", [S("邓磊", "京东云", None)], "马骏"),
    ]),
]
INTRO_A = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域的年度技术盛会。第286届大会由"
           "海南大学承办，上午为主论坛，下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行，"
           "来自华为、阿里云、腾讯、字节跳动、英特尔、Oracle、OPPO、vivo、美团、蚂蚁集团与京东云的开发者将分享内核的"
           "最新进展。大会免费参加，欢迎开发者与高校师生到场交流。")
UNITS_A = ["华为", "阿里云", "腾讯", "字节跳动", "英特尔", "蚂蚁集团", "openEuler", "龙蜥社区", "OpenCloudOS"]
CYAN_A, PALE_A, PINK_A = (96, 226, 255), (186, 208, 255), (255, 120, 200)
NAVY_A, FRAME_A, BAND_A, CARD_A = (10, 30, 120), (90, 200, 255), (30, 72, 196), (22, 58, 176)


def forum_box_a(d, W, y, name):
    """主论坛's name in a glowing box."""
    f = font(46, True)
    nw = tw(d, name, f)
    x0, x1 = W / 2 - nw / 2 - 80, W / 2 + nw / 2 + 80
    for k in range(4, 0, -1):
        d.rounded_rectangle([x0 - 4 * k, y - 4 * k, x1 + 4 * k, y + 90 + 4 * k], radius=20,
                            outline=(60 + 20 * (4 - k), 140 + 20 * (4 - k), 255), width=2)
    d.rounded_rectangle([x0, y, x1, y + 90], radius=16, fill=(24, 64, 200), outline=CYAN_A, width=3)
    ctext(d, W / 2, y + 13, name, f, WHITE)
    return y + 90


def main_slot_a(d, X0, X1, y, s):
    """A 主论坛 slot: a band for a break; chevrons, a range tab and a cut-corner frame for a talk."""
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 64], radius=12, fill=BAND_A)
        d.text((X0 + 26, y + 13), rng(s), font=font(30, True), fill=CYAN_A)
        meal_mark(d, X0 + 300, y + 15, s, WHITE)
        d.text((X0 + 356, y + 11), s["title"], font=font(32, True), fill=WHITE)
        return y + 104
    for j in range(2):  # the chevrons over a talk
        cx, cy = (X0 + X1) / 2, y + j * 16
        d.line([(cx - 34, cy), (cx, cy + 20), (cx + 34, cy)], fill=CYAN_A, width=5)
    y += 56
    rf = font(34, True)
    tabw = tw(d, rng(s), rf) + 56
    d.rounded_rectangle([X0, y, X0 + tabw, y + 60], radius=6, fill=CYAN_A)
    d.text((X0 + 28, y + 6), rng(s), font=rf, fill=NAVY_A)
    top = y + 30
    y += 90
    TX, TW = X0 + 34, X1 - X0 - 68
    tl = wrap_nicely(d, s["title"], font(32, True), TW)
    if s["title"].startswith("Scaling"):
        assert len(tl) == 2, tl  # the English-only title wraps over exactly two lines
    for ln in tl:
        d.text((TX, y), ln, font=font(32, True), fill=WHITE)
        y += 48
    y += 12
    for sp in s["sp"]:
        fn = font(28, True)
        x = TX
        d.text((x, y), sp["name"], font=fn, fill=WHITE)
        x += tw(d, sp["name"], fn) + 16
        if sp.get("remote"):
            d.rounded_rectangle([x, y + 3, x + 70, y + 37], radius=17, fill=PINK_A)
            ctext(d, x + 35, y + 6, "线上", font(20, True), WHITE)
            x += 86
        d.text((x, y + 5), fits(d, aff(sp), font(22), X1 - 34 - x), font=font(22), fill=CYAN_A)
        y += 46
    y += 16
    bot = y
    cut = 36  # the frame's cut corner at the bottom left
    d.line([(X0, top), (X0, bot - cut), (X0 + cut, bot), (X1, bot), (X1, top + 62), (X1 - 20, top)],
           fill=FRAME_A, width=3)
    d.line([(X1 - 20, top), (X0 + tabw, top)], fill=FRAME_A, width=3)
    d.ellipse([X1 - 8, top + 54, X1 + 8, top + 70], fill=FRAME_A)
    return bot + 40


def lane_card_a(d, x, y, w, s, h=None):
    """A swimlane card: the range in a chip, the title, a hairline, per speaker the name and 'company job'.
    Drawn at (x, y) with height h; with h None it only measures (drawing far above the picture)."""
    dry = h is None
    oy = -20000 if dry else y
    if not dry:
        d.rounded_rectangle([x, y, x + w, y + h], radius=12, fill=CARD_A, outline=FRAME_A, width=2)
    px, pw = x + 20, w - 40
    yy = oy + 20
    rf = font(23, True)
    d.rounded_rectangle([px, yy, px + tw(d, rng(s), rf) + 30, yy + 40], radius=20, fill=CYAN_A)
    d.text((px + 15, yy + 4), rng(s), font=rf, fill=NAVY_A)
    yy += 58
    for ln in wrap_nicely(d, s["title"], font(26, True), pw):
        d.text((px, yy), ln, font=font(26, True), fill=WHITE)
        yy += 39
    yy += 12
    d.line([(px, yy), (px + 60, yy)], fill=CYAN_A, width=3)
    yy += 18
    for sp in s["sp"]:
        d.text((px, yy), sp["name"], font=font(25, True), fill=CYAN_A)
        yy += 38
        for ln in wrap(d, aff(sp), font(19), pw):
            d.text((px, yy), ln, font=font(19), fill=PALE_A)
            yy += 29
        yy += 8
    return yy + 12 - oy


def lanes_a(d, X0, X1, y, k, name, host, slots):
    """One afternoon forum as a swimlane: its bar, its host line, then its talks as a row of cards."""
    d.rectangle([X0, y, X1, y + 74], fill=(26, 70, 206))
    d.rectangle([X0, y, X0 + 8, y + 74], fill=CYAN_A)
    x = number_box(d, X0 + 26, y + 13, "%02d" % k, CYAN_A, NAVY_A, 48) + 18
    d.text((x, y + 11), name, font=font(36, True), fill=WHITE)
    if slots[0]["start"] != "13:30":
        chip = "%s 开始" % slots[0]["start"]
        cw = tw(d, chip, font(22, True)) + 32
        d.rounded_rectangle([X1 - 22 - cw, y + 18, X1 - 22, y + 56], radius=19, outline=CYAN_A, width=2)
        d.text((X1 - 22 - cw + 16, y + 21), chip, font=font(22, True), fill=CYAN_A)
    y += 92
    hf = font(26, True)
    d.text((X0 + 8, y), "主持人：%s" % host[0], font=hf, fill=WHITE)
    d.text((X0 + 8 + tw(d, "主持人：%s" % host[0], hf) + 18, y + 5), host[1], font=font(21), fill=PALE_A)
    y += 58
    n, gap = len(slots), 34
    cw = (X1 - X0 - (n - 1) * gap) / n
    h = max(lane_card_a(d, 0, 0, cw, s) for s in slots)
    for i, s in enumerate(slots):
        cx = X0 + i * (cw + gap)
        lane_card_a(d, cx, y, cw, s, h)
        if i:  # an arrow in the gap, level with the range chips
            ax = cx - gap / 2
            d.polygon([(ax - 7, y + 28), (ax + 8, y + 40), (ax - 7, y + 52)], fill=CYAN_A)
    return y + h


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, WHITE, CYAN_A)
    rtext(d, X1, 46, "海南大学", font(30, True), WHITE)
    rtext(d, X1, 88, "HAINAN UNIVERSITY", font(16, True), PALE_A)
    d.text((48, 168), "第286届中国", font=font(82, True), fill=WHITE)
    d.text((48, 270), "Linux内核开发者大会", font=font(82, True), fill=WHITE)
    d.ellipse([860, 150, 1020, 310], outline=CYAN_A, width=5)
    ctext(d, 940, 186, "CLK", font(40, True), WHITE)
    ctext(d, 940, 240, "2291", font(30, True), CYAN_A)
    pill = "2291年10月24日（周六）｜ 海口"
    d.rounded_rectangle([48, 408, 48 + tw(d, pill, font(30, True)) + 56, 464], radius=28, fill=WHITE)
    d.text((76, 414), pill, font=font(30, True), fill=NAVY_A)
    d.text((48, 496), "地址：海南大学海甸校区 图书馆学术报告厅", font=font(28), fill=WHITE)
    y = 580
    top = y
    y = para(d, X0 + 36, y + 32, INTRO_A, font(23), (210, 220, 245), X1 - X0 - 72, 40)
    d.rectangle([X0, top, X1, y + 24], outline=(120, 170, 255), width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y + 24), (X1, y + 24)):  # corner marks
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=CYAN_A)
    y += 150
    d.text((W / 2 - 250, y - 34), "AGENDA", font=font(120, True), fill=(16, 44, 150), stroke_width=2,
           stroke_fill=(90, 150, 255))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 170
    name, host, slots = FORUMS_A[0]
    y = forum_box_a(d, W, y, name) + 44
    d.rectangle([X0 + 60, y, X1 - 60, y + 58], fill=(22, 58, 180))
    ctext(d, W / 2, y + 9, ">>>　主持人：%s　<<<" % host[0], font(30, True), WHITE)
    y += 70
    ctext(d, W / 2, y, host[1], font(22), PALE_A)
    y += 64
    for s in slots:
        y = main_slot_a(d, X0, X1, y, s)
    y += 40
    pill = "下午　三个分论坛同时进行"
    pw = tw(d, pill, font(32, True)) + 90
    d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 66], radius=33, fill=PINK_A)
    ctext(d, W / 2, y + 12, pill, font(32, True), WHITE)
    y += 120
    for k, (name, host, slots) in enumerate(FORUMS_A[1:], 1):
        y = lanes_a(d, X0, X1, y, k, name, host, slots) + 80
    y += 10
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 90, UNITS_A, 3, WHITE, (20, 40, 130)) + 40
    qrcode(d, W / 2 - 110, y, 220, 5911)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "现场名额 400 人，报满即止", font(24), PALE_A)
    ctext(d, W / 2, y + 352, "主办：中国Linux内核开发者大会组委会　承办：海南大学计算机科学与技术学院", font(20), PALE_A)
    return y + 420


def bg_a(w, h):
    im = vgrad(w, h, (14, 50, 190), (10, 30, 130))
    im = glow(im, 900, 260, 380, (80, 200, 255), 0.5)
    im = glow(im, 100, 1400, 360, (120, 90, 255), 0.35)
    for k, yy in enumerate(range(2500, h - 600, 1600)):
        im = glow(im, 980 if k % 2 else 100, yy, 420, (60, 150, 255), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks of the header
        d.line([(540 + i * 70, 0), (1080, 380 - i * 46)], fill=(60, 110, 230), width=2)
    return grain(im, 5911, 0.003)


def poster_a():
    im = two_pass(1080, paint_a, bg_a)
    return im, [forum_truth(n, DATE_A, s) for n, _, s in FORUMS_A]


# ===========================================================================
# 2. CLK 2292 (第287届), 乌鲁木齐, Saturday 2292-10-22: ONE whole-edition PNG in
#    the organisers' near black (after their 2023 image: violet and teal glows,
#    neon streaks), with CLK2022's four forum names, one under the other.  The
#    2023 timeline: the range at the left, a dot on a vertical line, the teal
#    title, the speaker line ('padded name  company job').  New here: every
#    range prints its START big and white and its END small and grey right
#    after it ('13:30' + '-14:10'), and between each title and its speaker line
#    a row of outlined TOPIC CHIPS ('CXL', '内存分层', '调度', 'eBPF').  Breaks
#    are bands across the page.
DATE_B = "2292-10-22"
FORUMS_B = [
    ("主论坛", ("赵建军", "新疆大学 计算机科学与技术学院 教授"), [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:20", "开幕致辞", [S("李文斌", "新疆大学", "副校长")], "赵建军", chips=[]),
        T("09:20", "10:00", "openEuler 内核的多架构统一维护：鲲鹏、x86 与 LoongArch",
          [S("王建", "华为", "openEuler 内核技术专家")], "赵建军", chips=["多架构", "openEuler"]),
        T("10:00", "10:40", "内核 CVE 的分析、回合与热补丁交付", [S("梁静", "麒麟软件", "内核研发部 部长")], "赵建军",
          chips=["安全", "热补丁"]),
        B("10:40", "11:00", "茶歇"),
        T("11:00", "11:40", "Rust for Linux：用 Rust 写 NVMe 驱动的两年", [S("高翔", "字节跳动", "内核工程师")],
          "赵建军", chips=["Rust", "驱动"]),
        B("11:40", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("邓涛", "新疆大学 副教授"), [
        T("13:30", "14:10", "LoongArch 虚拟化扩展 LVZ 在 KVM 中的实现", [S("韩冰", "龙芯中科", "内核工程师")], "邓涛",
          chips=["虚拟化", "LoongArch"]),
        T("14:10", "14:50", "RT throttling 的替代：deadline server 的设计与评估", [S("宋洋", "英特尔", "软件工程师")],
          "邓涛", chips=["调度", "实时"]),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "qspinlock 在多路 NUMA 服务器上的公平性问题", [S("任飞", "海光信息", "系统软件工程师")],
          "邓涛", chips=["锁", "NUMA"]),
    ]),
    ("内存管理与异构计算分论坛", ("苏敏", "阿里云 技术专家"), [
        T("13:30", "14:15", "CXL 内存扩展下的页面冷热识别与迁移", [S("昝文博", "浪潮信息", "内核工程师")], "苏敏",
          chips=["CXL", "内存分层"]),
        T("14:15", "15:00", "AI 加速卡的共享虚拟内存：IOMMU SVA 与缺页处理", [S("谢婷", "摩尔线程", "驱动工程师")],
          "苏敏", chips=["异构计算", "IOMMU"]),
    ]),
    ("IO 与 ebpf 分论坛", ("杨帆", "腾讯云 高级工程师"), [
        T("13:30", "14:15", "NVMe 多路径与 io_uring passthrough 的结合",
          [S("彭程", "腾讯云", "存储内核工程师"), S("吴敏", "腾讯云", "工程师")], "杨帆", chips=["NVMe", "io_uring"]),
        T("14:15", "15:00", "BPF LSM 在容器运行时安全中的落地", [S("金鑫", "小米", "系统工程师")], "杨帆",
          chips=["eBPF", "安全"]),
    ]),
]
INTRO_B = ("CLK（中国 Linux 内核开发者大会）由国内 Linux 内核领域的企业与高校共同发起，每年举办一届。第287届大会由新疆"
           "大学承办，上午为主论坛，下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行。每个议题"
           "下方的标签标注了它的技术方向，方便大家选择会场。")
UNITS_B = ["华为", "阿里云", "腾讯云", "字节跳动", "英特尔", "龙芯中科", "海光信息", "麒麟软件", "浪潮信息", "小米",
           "摩尔线程", "龙蜥社区"]
TEAL_B, BLUE_B, GREY_B, VIO_B = (0, 224, 200), (84, 150, 255), (150, 160, 186), (164, 130, 255)
BAND_B = (18, 38, 104)


def pad(name):
    """Two-character names padded with a full-width space, as the organisers' 2023 image prints them."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


def range_b(d, x, y, s, big=30, small=20, fill=WHITE):
    """The range as this edition prints it: the start big and bold, the end small and grey right after it."""
    fb = font(big, True)
    d.text((x, y), s["start"], font=fb, fill=fill)
    d.text((x + tw(d, s["start"], fb) + 2, y + big - small - 1), "-" + s["end"], font=font(small), fill=GREY_B)


def slot_b(d, X0, X1, LX, CX, y, s):
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 66], fill=BAND_B)
        range_b(d, X0 + 22, y + 13, s)
        d.ellipse([LX - 7, y + 26, LX + 7, y + 40], fill=BLUE_B)
        meal_mark(d, CX, y + 16, s, WHITE)
        d.text((CX + (52 if s["title"] in MEALS else 0), y + 12), s["title"], font=font(29, True), fill=WHITE)
        return y + 104
    range_b(d, X0 + 10, y, s)
    d.ellipse([LX - 7, y + 14, LX + 7, y + 28], fill=TEAL_B)
    for ln in wrap(d, s["title"], font(29, True), X1 - CX):
        d.text((CX, y), ln, font=font(29, True), fill=TEAL_B)
        y += 44
    y += 6
    if s["chips"]:  # the opening speech has none
        x = CX
        for c in s["chips"]:
            cw = tw(d, c, font(19)) + 26
            d.rounded_rectangle([x, y, x + cw, y + 32], radius=16, outline=VIO_B, width=2)
            d.text((x + 13, y + 3), c, font=font(19), fill=VIO_B)
            x += cw + 12
        y += 46
    for sp in s["sp"]:
        fn = font(25, True)
        d.text((CX, y), pad(sp["name"]), font=fn, fill=WHITE)
        d.text((CX + tw(d, pad(sp["name"]), fn) + 16, y + 4), fits(d, aff(sp), font(20), X1 - CX - 130),
               font=font(20), fill=BLUE_B)
        y += 40
    return y + 34


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, WHITE, TEAL_B)
    d.text((X1 - tw(d, "CLK", font(56, True)) - tw(d, "2292", font(30, True)) - 10, 32), "CLK", font=font(56, True),
           fill=WHITE)
    rtext(d, X1, 36, "2292", font(30, True), TEAL_B)
    d.text((48, 190), "第287届中国", font=font(84, True), fill=WHITE)
    d.text((48, 296), "Linux内核开发者大会", font=font(84, True), fill=WHITE, stroke_width=1, stroke_fill=TEAL_B)
    pill = "2292年10月22日 ｜ 乌鲁木齐"
    d.rounded_rectangle([48, 438, 48 + tw(d, pill, font(30, True)) + 52, 492], radius=10, outline=TEAL_B, width=3)
    d.text((74, 444), pill, font=font(30, True), fill=WHITE)
    d.text((48, 526), "地址：新疆大学博达校区 图书馆一楼报告厅", font=font(27), fill=WHITE)
    y = 616
    top = y
    y = para(d, X0 + 30, y + 30, INTRO_B, font(23), (196, 204, 222), X1 - X0 - 60, 40) + 22
    d.rounded_rectangle([X0, top, X1, y], radius=6, outline=(60, 80, 130), width=2)
    y += 160
    d.text((W / 2 - 260, y - 36), "AGENDA", font=font(124, True), fill=(10, 14, 34), stroke_width=2,
           stroke_fill=(60, 90, 150))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 180
    LX, CX = X0 + 212, X0 + 246
    for k, (name, host, slots) in enumerate(FORUMS_B):
        if k == 1:
            d.rectangle([X0, y, X1, y + 4], fill=VIO_B)
            ctext(d, W / 2, y + 24, "下午　三个分论坛同时进行", font(30, True), VIO_B)
            y += 110
        if k:
            d.text((X0, y - 30), "%02d" % k, font=font(84, True), fill=TEAL_B)
            d.text((X0 + 132, y), name, font=font(44, True), fill=WHITE)
            y += 96
        else:
            d.rectangle([X0, y + 8, X0 + 12, y + 56], fill=TEAL_B)
            d.text((X0 + 30, y - 2), name, font=font(48, True), fill=WHITE)
            y += 82
        hf = font(26, True)
        d.text((X0, y), "主持人：", font=hf, fill=TEAL_B)
        d.text((X0 + tw(d, "主持人：", hf), y), host[0], font=hf, fill=WHITE)
        d.text((X0 + tw(d, "主持人：" + host[0], hf) + 18, y + 5), host[1], font=font(21), fill=GREY_B)
        y += 52
        d.rectangle([X0, y, X1, y + 2], fill=(50, 70, 120))
        y += 40
        top = y
        for s in slots:
            y = slot_b(d, X0, X1, LX, CX, y, s)
        d.line([(LX, top + 10), (LX, y - 40)], fill=(40, 90, 170), width=2)
        y += 50
    d.text((W / 2 - tw(d, "SUPPORT", font(80, True)) / 2, y - 24), "SUPPORT", font=font(80, True), fill=(10, 14, 34),
           stroke_width=1, stroke_fill=(50, 70, 120))
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 100, UNITS_B, 3, WHITE, (16, 24, 60), bh=72, gap=18) + 50
    qrcode(d, W / 2 - 110, y, 220, 5921)
    ctext(d, W / 2, y + 244, "扫码报名 · 观看直播", font(34, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：新疆大学计算机科学与技术学院", font(20), GREY_B)
    return y + 370


def bg_b(w, h):
    im = vgrad(w, h, (10, 14, 36), (6, 8, 24))
    im = glow(im, 980, 200, 360, (150, 80, 255), 0.55)
    im = glow(im, 120, 700, 300, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(2000, h - 600, 1500)):
        im = glow(im, 1000 if k % 2 else 80, yy, 380, (120, 80, 255) if k % 2 else (0, 180, 170), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(8):  # neon streaks of the header
        d.line([(600 + i * 60, 0), (1080, 460 - i * 50)], fill=(60, 50, 140), width=2)
    return grain(im, 5921, 0.005)


def poster_b():
    im = two_pass(1080, paint_b, bg_b)
    return im, [forum_truth(n, DATE_B, s) for n, _, s in FORUMS_B]


# ===========================================================================
# 3. CLK 2293 (第288届), 徐州, Saturday 2293-10-28: ONE WebP PER FORUM in the
#    organisers' royal-blue forum-poster style (after their 2024 forum
#    posters): the header, the forum's name in a glowing box, '>>> 主持人：name
#    <<<' over the unit; each talk after chevrons a range TAB over a cut-corner
#    frame holding the bold title, then the speaker: a ringed photo disc with
#    the NAME ON A PLATE under it, and on the other side 'company job' in cyan
#    over a biography.  The photo side ALTERNATES: right for a forum's first,
#    third … talk, left for its second, fourth …  A talk of several speakers
#    puts them side by side, each disc with its plate and 'company job' under
#    it (the three speakers of two companies of 'RISC-V H 扩展…').  Breaks: a
#    tab and a box.  At the foot: support units, a QR code and the slogan.
DATE_C = "2293-10-28"
FORUMS_C = [
    ("主论坛", "xuzhou-blue-1-main-zigzag.webp", "中国矿业大学南湖校区 图书馆学术报告厅",
     ("夏明", "中国矿业大学 计算机科学与技术学院 教授"), [
         T("09:00", "09:15", "开幕致辞",
           [S("周建国", "中国矿业大学", "副校长",
              "中国矿业大学教授、博士生导师，长期从事分布式系统与矿山物联网研究，主持国家重点研发计划项目两项，发表论文八十余篇，曾获江苏省科学技术奖一等奖；兼任中国计算机学会系统软件专业委员会委员。")], "夏明"),
         T("09:15", "10:05", "大模型训练集群中的内核稳定性治理",
           [S("曹磊", "百度", "智能云内核团队负责人",
              "负责百度智能云服务器内核与 GPU 集群的稳定性建设，带领团队处理过上万次训练任务中断的根因分析，推动了 GPU 故障的自动隔离；此前在新浪从事存储系统开发，2015 年加入百度。")], "夏明"),
         B("10:05", "10:20", "茶歇"),
         T("10:20", "11:10", "OpenCloudOS 内核的容器隔离增强",
           [S("蒋红", "腾讯", "TencentOS 内核架构师",
              "TencentOS Server 内核的核心开发者，主导了 cgroup 隔离与在离线混部相关特性，向上游提交补丁 100 余个，参与维护 OpenCloudOS 社区的内核 SIG，关注容器场景下的资源隔离与可观测性。")],
           "夏明"),
         T("11:10", "12:00", "内核维护者的一天：补丁评审与社区协作",
           [S("唐建华", "Linaro", "内核工程师",
              "Linaro 内核工作组成员，负责 Arm 平台的电源管理与 cpuidle，是内核 thermal 子系统的 Reviewer，每个开发周期评审数十个补丁。此前在展讯从事手机平台的内核移植与功耗优化七年。")], "夏明"),
         B("12:00", "13:30", "午餐"),
     ]),
    ("内存与存储分论坛", "xuzhou-blue-2-mem-storage-zigzag.webp", "中国矿业大学南湖校区 计算机学院 一楼报告厅",
     ("宋健", "中国矿业大学 副教授"), [
         T("13:30", "14:15", "大页的按需拆分：THP shrinker 的生产实践",
           [S("张鹏", "字节跳动", "内核工程师",
              "字节跳动 STE 团队成员，关注透明大页与内存回收，是 THP shrinker 补丁系列的作者之一。2019 年毕业于南京大学，加入字节跳动后参与了内部内核从 4.19 到 5.15 的升级，在千万核规模的集群上推动大页的默认开启。")], "宋健"),
         T("14:15", "15:00", "F2FS 在车载系统中的寿命与性能优化",
           [S("李佳", "蔚来", "系统软件工程师",
              "负责蔚来智能座舱的存储与文件系统，此前在华为终端从事 F2FS 与 UFS 驱动开发五年，熟悉闪存的寿命模型与垃圾回收策略，是 F2FS 社区的长期贡献者，近两年关注车规存储在高低温下的可靠性。")], "宋健"),
         B("15:00", "15:15", "茶歇"),
         T("15:15", "16:00", "bcachefs 与 Btrfs 的写放大对比测试",
           [S("周杰", "SUSE", "存储工程师",
              "SUSE 存储团队成员，维护企业版中的 Btrfs 与 XFS，长期关注文件系统的写放大与 SSD 寿命。加入 SUSE 前在浪潮从事分布式存储开发，参与过多个 PB 级存储集群的交付与调优。")], "宋健"),
     ]),
    ("虚拟化与 RISC-V 分论坛", "xuzhou-blue-3-virt-riscv-three-speakers.webp",
     "中国矿业大学南湖校区 计算机学院 B201", ("黄敏", "华为 虚拟化专家"), [
         T("13:30", "14:20", "RISC-V H 扩展在 KVM 中的实现与验证",
           [S("刘建军", "华为", "虚拟化工程师"), S("张敏", "华为", "内核工程师"),
            S("赵磊", "中国矿业大学", "博士研究生")], "黄敏"),
         T("14:20", "15:10", "virtio-net 的 XDP 加速与热迁移",
           [S("曾丽", "阿里云", "虚拟化技术专家",
              "阿里云虚拟化团队成员，负责神龙架构下的网络虚拟化，是 QEMU 与 DPDK vhost 的贡献者。主导了 virtio-net 设备在热迁移中的状态保存方案，此前在中国科学技术大学获得计算机系统结构博士学位。")], "黄敏"),
     ]),
    ("内核调试与安全分论坛", "xuzhou-blue-4-debug-security-zigzag.webp", "中国矿业大学南湖校区 计算机学院 B305",
     ("胡军", "中国矿业大学 讲师"), [
         T("13:30", "14:20", "kdump 与 vmcore 分析在大规模集群中的自动化",
           [S("邱峰", "京东", "系统工程师",
              "京东基础架构部内核组成员，负责数十万台服务器的宕机分析平台，熟悉 crash 与 drgn 工具，开发了自动归类 vmcore 的内部系统，每年处理宕机事件上万起；业余时间维护一个内核调试的技术博客。")], "胡军"),
         T("14:20", "15:10", "Landlock 与 BPF LSM：非特权进程的沙箱",
           [S("徐晴", "蚂蚁集团", "安全技术专家",
              "蚂蚁集团操作系统安全团队成员，研究方向为内核访问控制与容器逃逸防护，曾在奇安信从事漏洞研究，在国内外安全会议上多次分享内核漏洞利用与防御的研究成果，是 Landlock 的贡献者之一。")], "胡军"),
     ]),
]
UNITS_C = ["华为", "腾讯", "阿里云", "字节跳动", "百度", "蚂蚁集团", "Linaro", "SUSE", "openEuler"]
CYAN_C, PALE_C, NAVY_C, FRAME_C = (96, 226, 255), (190, 210, 255), (10, 30, 120), (90, 200, 255)


def plate_c(d, cx, y, name, w=220):
    """The name on a plate under a photo, as the organisers' forum posters print it."""
    d.rounded_rectangle([cx - w / 2, y, cx + w / 2, y + 60], radius=8, fill=(20, 50, 170), outline=CYAN_C, width=2)
    d.line([(cx - w / 2 + 14, y + 60), (cx - w / 2 - 24, y + 60)], fill=CYAN_C, width=2)
    ctext(d, cx, y + 9, name, font(32, True), WHITE)
    return y + 60


def speaker_c(d, X0, X1, y, sp, right):
    """One speaker: photo disc and plate on one side (right or left), 'company job' and biography on the other."""
    s = 200
    px = X1 - 40 - s if right else X0 + 40
    photo(d, px, y + 10, s, (200, 214, 240), (120, 140, 190), ring=CYAN_C)
    cx, cy, r = px + s / 2, y + 10 + s / 2, s / 2 + 8
    for ang in ((200, 300, 20) if right else (160, 240, 340)):  # dots on the ring, as the organisers' posters have
        dx, dy = cx + r * math.cos(math.radians(ang)), cy - r * math.sin(math.radians(ang))
        d.ellipse([dx - 7, dy - 7, dx + 7, dy + 7], fill=CYAN_C)
    yb = plate_c(d, px + s / 2, y + s + 34, sp["name"])
    tx = X0 + 40 if right else X0 + 40 + s + 50
    tw_ = X1 - X0 - 80 - s - 50
    d.text((tx, y + 6), fits(d, aff(sp), font(25, True), tw_), font=font(25, True), fill=CYAN_C)
    d.line([(tx - 16, y + 14), (tx - 16, y + 52)], fill=CYAN_C, width=3)
    yt = para(d, tx, y + 56, sp["bio"], font(22), PALE_C, tw_, 38, (2, 5))
    return max(yb, yt) + 10


def speakers_row_c(d, X0, X1, y, sps):
    """Several speakers side by side: per speaker a disc, the name on a plate, 'company job' under it."""
    n = len(sps)
    colw = (X1 - X0 - 60) / n
    s = 160
    bottom = y
    for i, sp in enumerate(sps):
        cx = X0 + 30 + colw * (i + 0.5)
        photo(d, cx - s / 2, y + 8, s, (200, 214, 240), (120, 140, 190), ring=CYAN_C)
        yy = plate_c(d, cx, y + s + 30, sp["name"], w=190) + 14
        yy = cpara(d, cx, yy, aff(sp), font(22), CYAN_C, colw - 24, 34, (1, 2))
        bottom = max(bottom, yy)
    return bottom + 10


def slot_c(d, X0, X1, y, s, i):
    rf = font(36, True)
    for j in range(2):  # the chevrons
        cx, cy = (X0 + X1) / 2, y + j * 16
        d.line([(cx - 34, cy), (cx, cy + 20), (cx + 34, cy)], fill=CYAN_C, width=5)
    y += 60
    tabw = tw(d, rng(s), rf) + 56
    d.rectangle([X0, y, X0 + tabw, y + 64], fill=(30, 80, 220))
    d.rectangle([X0, y, X0 + tabw, y + 64], outline=CYAN_C, width=2)
    d.text((X0 + 28, y + 7), rng(s), font=rf, fill=WHITE)
    top = y + 32
    y += 96
    if s["kind"] == "break":
        d.rectangle([X0 + 120, y, X1 - 120, y + 92], outline=FRAME_C, width=3)
        meal_mark(d, (X0 + X1) / 2 - 80, y + 26, s, WHITE, 1.3)
        d.text(((X0 + X1) / 2 - 20, y + 18), s["title"], font=font(42, True), fill=WHITE)
        return y + 150
    TX = X0 + 40
    d.rectangle([TX - 20, y + 8, TX - 14, y + 40], fill=CYAN_C)
    for ln in wrap_nicely(d, s["title"], font(36, True), X1 - X0 - 80):
        d.text((TX, y), ln, font=font(36, True), fill=WHITE)
        y += 54
    y += 30
    if len(s["sp"]) == 1:
        y = speaker_c(d, X0, X1, y, s["sp"][0], right=(i % 2 == 0))
    else:
        y = speakers_row_c(d, X0, X1, y, s["sp"])
    y += 24
    bot = y
    cut = 40
    d.line([(X0, top), (X0, bot - cut), (X0 + cut, bot), (X1, bot), (X1, top + 62), (X1 - 20, top)],
           fill=FRAME_C, width=3)
    d.line([(X1 - 20, top), (X0 + tabw, top)], fill=FRAME_C, width=3)
    d.ellipse([X1 - 8, top + 54, X1 + 8, top + 70], fill=FRAME_C)
    return bot + 50


def paint_c(forum):
    name, _, room, host, slots = forum

    def paint(im, d):
        W = im.size[0]
        X0, X1 = 40, W - 40
        logo_lines(d, 44, 44, WHITE, CYAN_C)
        rtext(d, X1, 46, "中国矿业大学", font(30, True), WHITE)
        rtext(d, X1, 88, "CHINA UNIVERSITY OF MINING AND TECHNOLOGY", font(14, True), PALE_C)
        d.text((44, 170), "第288届中国", font=font(80, True), fill=WHITE)
        d.text((44, 268), "Linux内核开发者大会", font=font(80, True), fill=WHITE)
        d.ellipse([870, 160, 1020, 310], outline=CYAN_C, width=5)
        ctext(d, 945, 192, "CLK", font(38, True), WHITE)
        ctext(d, 945, 244, "2293", font(28, True), CYAN_C)
        pill = "2293年10月28日（周六）｜ 徐州"
        d.rounded_rectangle([44, 404, 44 + tw(d, pill, font(30, True)) + 56, 460], radius=28, fill=WHITE)
        d.text((72, 410), pill, font=font(30, True), fill=NAVY_C)
        d.text((44, 490), "地址：", font=font(27, True), fill=WHITE)
        d.text((44, 530), room, font=font(27), fill=WHITE)
        y = 640
        f = font(48, True)
        nw = tw(d, name, f)
        x0, x1 = W / 2 - nw / 2 - 90, W / 2 + nw / 2 + 90
        for k in range(4, 0, -1):
            d.rounded_rectangle([x0 - 4 * k, y - 4 * k, x1 + 4 * k, y + 96 + 4 * k], radius=20,
                                outline=(60 + 20 * (4 - k), 140 + 20 * (4 - k), 255), width=2)
        d.rounded_rectangle([x0, y, x1, y + 96], radius=16, fill=(24, 64, 200), outline=CYAN_C, width=3)
        ctext(d, W / 2, y + 15, name, f, WHITE)
        y += 140
        d.rectangle([X0 + 50, y, X1 - 50, y + 62], fill=(22, 58, 180))
        ctext(d, W / 2, y + 10, ">>>　主持人：%s　<<<" % host[0], font(32, True), WHITE)
        y += 76
        ctext(d, W / 2, y, host[1], font(23), PALE_C)
        y += 80
        talks = 0
        for s in slots:
            y = slot_c(d, X0, X1, y, s, talks)
            talks += s["kind"] == "talk"
        y += 40
        ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
        y = units_grid(d, X0 + 40, X1 - 40, y + 90, UNITS_C, 3, WHITE, (20, 40, 130), bh=70) + 40
        qrcode(d, W / 2 - 110, y, 220, 5931)
        ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
        ctext(d, W / 2, y + 300, "现场名额 300 人，先到先得", font(24), PALE_C)
        ctext(d, W / 2, y + 360, "相聚徐州 · 共话内核", font(40, True), CYAN_C)
        return y + 450

    return paint


def bg_c(w, h):
    im = vgrad(w, h, (16, 56, 200), (12, 34, 150))
    im = glow(im, 920, 240, 360, (80, 200, 255), 0.5)
    im = glow(im, 80, 1200, 340, (120, 90, 255), 0.3)
    for k, yy in enumerate(range(2200, h - 500, 1500)):
        im = glow(im, 1000 if k % 2 else 80, yy, 400, (60, 150, 255), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(6):
        d.line([(560 + i * 80, 0), (1080, 360 - i * 52)], fill=(60, 120, 240), width=2)
    return grain(im, 5931, 0.02)


def posters_c():
    out = []
    for forum in FORUMS_C:
        im = two_pass(1080, paint_c(forum), bg_c)
        out.append((forum[1], im, [forum_truth(forum[0], DATE_C, forum[4])]))
    return out


# ===========================================================================
# 4. CLK 2294 (第289届), 银川, Saturday 2294-10-27: ONE PNG PER FORUM in a
#    near-black family (teal and violet glows, neon streaks, a faint grain).
#    Under the header a forum NAVIGATOR: '本届论坛' over all four forums as
#    chips, the poster's own forum lit in teal, the three others outlined in
#    grey.  Then the forum's big name (a teal numeral before the afternoon
#    forums), '主持人：name  unit', and each talk as a dark card: a dot and the
#    range, the bold title, then per speaker a TILE: a rectangular portrait
#    with the speaker's NAME laid over its darkened foot, and beside it the
#    company (bold) over the job.  Two speakers of a talk stand as two tiles
#    side by side.  Breaks are dim rows.  At the foot: support units and a QR.
DATE_D = "2294-10-27"
FORUMS_D = [
    ("主论坛", "yinchuan-dark-1-main-forum-tabs-name-on-photo.png", "宁夏大学贺兰山校区 学术交流中心报告厅",
     ("马晓燕", "宁夏大学 信息工程学院 教授"), [
         T("09:30", "09:45", "开幕致辞", [S("杨志刚", "宁夏大学", "副校长")], "马晓燕"),
         T("09:45", "10:40", "AI 辅助的内核补丁审查：从 checkpatch 到大模型", [S("罗强", "华为", "Linux 内核专家")],
           "马晓燕"),
         B("10:40", "10:55", "茶歇"),
         T("10:55", "11:50", "云主机内核热升级：kexec 与 Live Update Orchestrator",
           [S("蔡明", "阿里云", "资深技术专家")], "马晓燕"),
         B("11:50", "13:30", "午餐"),
     ]),
    ("文件系统与存储分论坛", "yinchuan-dark-2-fs-storage-forum-tabs-name-on-photo.png",
     "宁夏大学贺兰山校区 学术交流中心 201", ("田雨", "宁夏大学 副教授"), [
         T("13:30", "14:15", "XFS 在线修复（online fsck）的进展与实践", [S("江波", "红帽", "文件系统工程师")], "田雨"),
         T("14:15", "15:00", "ZNS SSD 上的 F2FS：分区存储的适配与调优",
           [S("钱静", "西部数据", "固件工程师"), S("陆明", "小米", "存储工程师")], "田雨"),
         B("15:00", "15:15", "茶歇"),
         T("15:15", "16:00", "FUSE passthrough 与 Android 存储性能", [S("孙丽", "荣耀", "内核工程师")], "田雨"),
     ]),
    ("网络与 eBPF 分论坛", "yinchuan-dark-3-net-ebpf-forum-tabs-name-on-photo.png",
     "宁夏大学贺兰山校区 学术交流中心 202", ("方伟", "腾讯 网络技术专家"), [
         T("13:30", "14:15", "XDP 在运营商 UPF 网关上的转发优化", [S("袁浩", "中国移动研究院", "高级工程师")], "方伟"),
         T("14:15", "15:00", "netkit 与 BPF 容器网络：替代 veth 的实践", [S("付强", "字节跳动", "网络工程师")], "方伟"),
     ]),
    ("调度与实时分论坛", "yinchuan-dark-4-sched-rt-forum-tabs-name-on-photo.png",
     "宁夏大学贺兰山校区 学术交流中心 203", ("白雪", "宁夏大学 讲师"), [
         T("13:30", "14:15", "实时内核在机器人控制器中的延迟测量与调优", [S("陶然", "汇川技术", "嵌入式系统工程师")],
           "白雪"),
         T("14:15", "15:00", "cgroup v2 CPU 带宽控制：burst 与公平性", [S("邵文", "快手", None)], "白雪"),
     ]),
]
UNITS_D = ["华为", "阿里云", "腾讯", "字节跳动", "小米", "荣耀", "红帽", "快手", "龙蜥社区"]
TEAL_D, BLUE_D, GREY_D, CARD_D = (20, 220, 196), (110, 170, 255), (150, 158, 184), (16, 24, 52)


def tile_d(im, d, x, y, w, sp):
    """A speaker tile: a portrait with the name laid over its foot, the company over the job beside it."""
    pw, ph = 176, 216
    portrait(im, x, y, pw, ph, sp["name"])
    ctext(d, x + pw / 2, y + ph - 46, sp["name"], font(27, True), WHITE)
    tx = x + pw + 24
    yy = y + 40
    for ln in wrap(d, sp["company"], font(24, True), w - pw - 24):
        d.text((tx, yy), ln, font=font(24, True), fill=BLUE_D)
        yy += 36
    if sp["job"]:
        for ln in wrap(d, sp["job"], font(21), w - pw - 24):
            d.text((tx, yy + 4), ln, font=font(21), fill=GREY_D)
            yy += 32
    return y + ph


def slot_d(im, d, X0, X1, y, s):
    if s["kind"] == "break":
        d.line([(X0, y), (X1, y)], fill=(44, 56, 96), width=1)
        d.ellipse([X0 + 8, y + 30, X0 + 22, y + 44], outline=GREY_D, width=2)
        d.text((X0 + 40, y + 20), rng(s), font=font(26, True), fill=GREY_D)
        meal_mark(d, X0 + 260, y + 22, s, GREY_D)
        d.text((X0 + 316, y + 19), s["title"], font=font(28, True), fill=GREY_D)
        d.line([(X0, y + 80), (X1, y + 80)], fill=(44, 56, 96), width=1)
        return y + 110
    px, pw = X0 + 36, X1 - X0 - 64

    def body(y):
        y += 30
        d.ellipse([px, y + 10, px + 16, y + 26], fill=TEAL_D)
        d.text((px + 30, y), rng(s), font=font(28, True), fill=TEAL_D)
        y += 56
        for ln in wrap_nicely(d, s["title"], font(32, True), pw):
            d.text((px, y), ln, font=font(32, True), fill=WHITE)
            y += 48
        y += 22
        n = len(s["sp"])
        tw_ = (pw - 30 * (n - 1)) / n
        bottom = y
        for i, sp in enumerate(s["sp"]):
            bottom = max(bottom, tile_d(im, d, px + i * (tw_ + 30), y, tw_, sp))
        return bottom + 34

    h = body(-20000) + 20000  # measured first far above the picture, then card and text
    d.rectangle([X0, y, X1, y + h], fill=CARD_D)
    d.rectangle([X0, y, X0 + 6, y + h], fill=TEAL_D)
    body(y)
    return y + h + 34


def paint_d(forum, k):
    name, _, room, host, slots = forum

    def paint(im, d):
        W = im.size[0]
        X0, X1 = 44, W - 44
        logo_lines(d, 48, 44, WHITE, TEAL_D)
        d.text((X1 - tw(d, "CLK", font(56, True)) - tw(d, "2294", font(30, True)) - 10, 32), "CLK",
               font=font(56, True), fill=WHITE)
        rtext(d, X1, 36, "2294", font(30, True), TEAL_D)
        d.text((48, 180), "第289届中国", font=font(80, True), fill=WHITE)
        d.text((48, 282), "Linux内核开发者大会", font=font(80, True), fill=WHITE, stroke_width=1, stroke_fill=TEAL_D)
        pill = "2294年10月27日 ｜ 银川"
        d.rounded_rectangle([48, 420, 48 + tw(d, pill, font(30, True)) + 52, 474], radius=10, outline=TEAL_D, width=3)
        d.text((74, 426), pill, font=font(30, True), fill=WHITE)
        d.text((48, 506), "地址：" + room, font=font(26), fill=WHITE)
        y = 600
        d.text((X0, y), "本届论坛", font=font(21, True), fill=GREY_D)
        y += 40
        cw = (X1 - X0 - 3 * 12) / 4
        for j, (other, *_rest) in enumerate(FORUMS_D):
            cx = X0 + j * (cw + 12)
            if j == k:
                d.rounded_rectangle([cx, y, cx + cw, y + 56], radius=28, fill=TEAL_D)
                ctext(d, cx + cw / 2, y + 13, fits(d, other, font(20, True), cw - 16), font(20, True), (8, 16, 36))
            else:
                d.rounded_rectangle([cx, y, cx + cw, y + 56], radius=28, outline=(90, 100, 130), width=2)
                ctext(d, cx + cw / 2, y + 13, fits(d, other, font(20), cw - 16), font(20), GREY_D)
        y += 140
        x = X0
        if k:
            d.text((X0, y - 34), "%02d" % k, font=font(84, True), fill=TEAL_D)
            x = X0 + 140
        d.text((x, y), name, font=font(50, True), fill=WHITE)
        y += 90
        d.rectangle([X0, y, X0 + 120, y + 6], fill=TEAL_D)
        d.rectangle([X0 + 120, y + 2, X1, y + 4], fill=(50, 70, 120))
        y += 34
        hf = font(28, True)
        d.text((X0, y), "主持人：%s" % host[0], font=hf, fill=WHITE)
        d.text((X0 + tw(d, "主持人：%s" % host[0], hf) + 20, y + 5), host[1], font=font(22), fill=GREY_D)
        y += 90
        for s in slots:
            y = slot_d(im, d, X0, X1, y, s)
        y += 60
        ctext(d, W / 2, y, "支持单位", font(42, True), WHITE)
        y = units_grid(d, X0, X1, y + 90, UNITS_D, 3, (236, 240, 250), (16, 24, 60), bh=70, gap=18) + 50
        qrcode(d, W / 2 - 100, y, 200, 5941)
        ctext(d, W / 2, y + 224, "扫码报名 · 获取讲稿", font(32, True), WHITE)
        ctext(d, W / 2, y + 280, "主办：中国Linux内核开发者大会组委会　承办：宁夏大学信息工程学院", font(20), GREY_D)
        return y + 350

    return paint


def bg_d(w, h):
    im = vgrad(w, h, (10, 14, 38), (6, 10, 26))
    im = glow(im, 960, 220, 340, (0, 200, 180), 0.45)
    im = glow(im, 100, 760, 300, (140, 80, 255), 0.35)
    for k, yy in enumerate(range(1900, h - 500, 1400)):
        im = glow(im, 1000 if k % 2 else 80, yy, 360, (120, 80, 255) if k % 2 else (0, 170, 160), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(7):
        d.line([(620 + i * 56, 0), (1080, 420 - i * 48)], fill=(40, 80, 120), width=2)
    return grain(im, 5941, 0.01)


def posters_d():
    out = []
    for k, forum in enumerate(FORUMS_D):
        im = two_pass(1080, paint_d(forum, k), bg_d)
        out.append((forum[1], im, [forum_truth(forum[0], DATE_D, forum[4])]))
    return out


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43: speakers are names as printed with spaces and the "
    "padding of two-character names removed (the Latin name 'Jonas Lindqvist' -> 'JonasLindqvist'; '王　建' -> "
    "'王建'); host is the chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a "
    "24-hour clock; where two or three speakers are printed each has his own affiliation, given per speaker in printed "
    "order; affiliations keep a printed job title, joined to the company by one space ('华为 openEuler 内核首席架构师'), "
    "the company alone where no job is printed ('京东云', '快手'); break titles are as printed; an opening speech printed "
    "with a speaker ('开幕致辞') is a talk, a slot printed without a speaker ('开幕', '开场') is a break; '午餐' closes "
    "主论坛 as its break. Every forum carries its edition's date. Four editions, each on its own pictures only, so no "
    "talk is on two pictures: CLK 2291 (第286届, 海口, 2291-10-24) and CLK 2292 (第287届, 乌鲁木齐, 2292-10-22) as ONE "
    "whole-edition PNG each with CLK2022's four forum names (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, "
    "'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), the forums in printed order; CLK 2293 (第288届, 徐州, "
    "2293-10-28, four WebP) and CLK 2294 (第289届, 银川, 2294-10-27, four PNG) as ONE POSTER PER FORUM, each poster one "
    "entry holding its ONE forum. All four dates are Saturdays. Headers, introductions, addresses and rooms, date "
    "pills, support units, QR captions, slogans, organiser lines and the bands or pills '下午　三个分论坛同时进行' are "
    "never part of a name, a title or a slot; number boxes and big numerals ('01'..'03') are no part of a forum's "
    "name. Added or stressed here: (1) CLK 2291 (royal blue): 主论坛's talks are tabs over frames with one line per "
    "speaker; the three afternoon forums are SWIMLANES, each a bar with its number and name, '主持人：name  unit' under "
    "it, and its talks as ONE ROW of cards read LEFT TO RIGHT (range chip, title, name, 'company job'); a card belongs "
    "to the lane it stands in, whatever stands level with it in the lanes above and below. 'IO 与 ebpf 分论坛' starts at "
    "14:00 (its first card 14:00-14:45) while the two others start at 13:30; the chip '14:00 开始' on its bar is no "
    "slot and no part of its name. The afternoon prints no break. The remote speaker's pill '线上' is no part of his "
    "name or affiliation: 'Jonas Lindqvist' [线上] 'Oracle Linux Kernel Engineer' -> JonasLindqvist, 'Oracle Linux "
    "Kernel Engineer'. The English-only title 'Scaling Page Reclaim on Memory-Tiered' / 'Servers: Lessons from "
    "Production' is one title joined with a space. In the narrow cards titles and affiliations wrap inside Chinese "
    "words ('sched_ext 在游戏服' / '务器上的调度策略实践', 'zswap 还是 zram：十' / '万台服务器的实测对比', '中国科学院软件研究所 "
    "助理研' / '究员'): joined without a space. 许文 and 王静 (both 英特尔) are two speakers of one card, one under the "
    "other. (2) CLK 2292 (near black, the 2023 timeline): each range prints its START big and its END small and grey "
    "right after it ('13:30' '-14:10'): one range, 13:30-14:10. Between each title and its speaker line stands a row "
    "of outlined TOPIC CHIPS ('多架构', 'openEuler', '安全', '热补丁', '调度', '实时', '锁', 'NUMA', 'CXL', '内存分层', "
    "'异构计算', 'IOMMU', 'NVMe', 'io_uring', 'eBPF', …): they are labels, no part of a title, no speaker, no forum; "
    "the opening speech has none. Two-character names are padded ('王　建'). '…：鲲鹏、x86 与' / 'LoongArch' is one "
    "title joined with a space. 彭程 and 吴敏 (both 腾讯云) are two speakers on two lines. Uncommon surname 昝 (昝文博, a "
    "speaker). (3) CLK 2293 (royal-blue forum posters): each talk after chevrons a range tab over a cut-corner frame, "
    "the title, then the speaker as a ringed photo disc with the NAME ON A PLATE under it and, on the OTHER side, "
    "'company job' in cyan over a biography; the photo side ALTERNATES (right for a forum's first and third talk, left "
    "for its second and fourth). The speaker is the name on the plate and his affiliation the cyan line of the same "
    "frame, whichever side it stands on; biographies are nowhere in the truth, also where they name other employers "
    "('此前在新浪…' for 曹磊 of 百度, '此前在华为终端…' for 李佳 of 蔚来, '在浪潮…' for 周杰 of SUSE, '曾在奇安信…' for 徐晴 "
    "of 蚂蚁集团, '在展讯…' for 唐建华 of Linaro) or name universities. The talk 'RISC-V H 扩展在 KVM 中的实现与验证' "
    "is given by THREE speakers of TWO companies side by side, each disc with a plate and 'company job' under it: "
    "刘建军 (华为 虚拟化工程师), 张敏 (华为 内核工程师), 赵磊 (中国矿业大学 博士研究生), given left to right. The host is the "
    "name in the bar '>>>　主持人：name　<<<'; the unit under it is no part of it. Breaks are a tab and a box ('茶歇', "
    "'午餐'). (4) CLK 2294 (near-black forum posters): under the header '本届论坛' over FOUR CHIPS naming all four "
    "forums of the edition, the poster's own chip lit: these chips are navigation, no forums of the poster (each "
    "poster's forum is the big heading under them, and each forum is given only by its own poster). Each talk is a "
    "card: a dot and the range, the title, then per speaker a TILE: a portrait with the NAME LAID OVER ITS DARKENED "
    "FOOT and, beside it, the company (bold) over the job: the speaker is the name on the portrait, his affiliation "
    "'company job' joined by a space ('中国移动研究院 高级工程师'); 邵文 prints '快手' and no job. 钱静 (西部数据 固件工程师) "
    "and 陆明 (小米 存储工程师) are two speakers of two companies as two tiles side by side, given left then right. "
    "Forums of two talks end with their second talk, no break being printed after it. The title '开幕致辞' on all four "
    "editions is four talks (four different speakers), not one."
)

LAYOUTS = {
    "haikou-blue-forum-lanes-14-00-start.png": (
        "CLK 2291 (第286届), 海口, 2291-10-24 (PNG, 1080 x 5623): the organisers' royal-blue whole edition with "
        "CLK2022's four forums; 主论坛 as tabs over cut-corner frames; the three afternoon forums as SWIMLANES, each a "
        "row of cards read left to right; 'IO 与 ebpf 分论坛' starts at 14:00, the others at 13:30; a remote foreign "
        "speaker with a '线上' pill and an English-only title over two lines. 4 + 3 + 3 + 2 talks."),
    "urumqi-nearblack-topic-chips-big-start.png": (
        "CLK 2292 (第287届), 乌鲁木齐, 2292-10-22 (PNG, 1080 x 5420): the organisers' near-black whole edition with "
        "CLK2022's four forums, the 2023 timeline; each range with a BIG start and a SMALL grey end; outlined TOPIC "
        "CHIPS between every title and its speaker line; padded names. Uncommon surname 昝. 4 + 3 + 2 + 2 talks."),
    "xuzhou-blue-1-main-zigzag.webp": (
        "CLK 2293 (第288届), 徐州, 2293-10-28 (WebP q88, 1080 x 4910): 主论坛 of an edition printed one poster per "
        "forum in the organisers' royal-blue forum-poster style; range tab over a frame, photo disc with the name on a "
        "plate, 'company job' over a biography on the other side, the photo side alternating. 4 talks."),
    "xuzhou-blue-2-mem-storage-zigzag.webp": (
        "CLK 2293 (第288届), 徐州, 2293-10-28 (WebP q88, 1080 x 3986): 内存与存储分论坛, the same design, photo side "
        "alternating. 3 talks."),
    "xuzhou-blue-3-virt-riscv-three-speakers.webp": (
        "CLK 2293 (第288届), 徐州, 2293-10-28 (WebP q88, 1080 x 3066): 虚拟化与 RISC-V 分论坛, the same design; a talk by "
        "three speakers of two companies side by side, each with a plate and 'company job'. 2 talks."),
    "xuzhou-blue-4-debug-security-zigzag.webp": (
        "CLK 2293 (第288届), 徐州, 2293-10-28 (WebP q88, 1080 x 3062): 内核调试与安全分论坛, the same design, photo side "
        "alternating. 2 talks."),
    "yinchuan-dark-1-main-forum-tabs-name-on-photo.png": (
        "CLK 2294 (第289届), 银川, 2294-10-27 (PNG, 1080 x 3348): 主论坛 of an edition printed one poster per forum in a "
        "near-black family; a navigator of all four forums as chips under the header (its own lit); each talk a card, "
        "the name laid over the foot of a portrait, company over job beside it. 3 talks."),
    "yinchuan-dark-2-fs-storage-forum-tabs-name-on-photo.png": (
        "CLK 2294 (第289届), 银川, 2294-10-27 (PNG, 1080 x 3238): 文件系统与存储分论坛, the same design; two speakers "
        "of two companies as two tiles side by side. 3 talks."),
    "yinchuan-dark-3-net-ebpf-forum-tabs-name-on-photo.png": (
        "CLK 2294 (第289届), 银川, 2294-10-27 (PNG, 1080 x 2688): 网络与 eBPF 分论坛, the same design. 2 talks."),
    "yinchuan-dark-4-sched-rt-forum-tabs-name-on-photo.png": (
        "CLK 2294 (第289届), 银川, 2294-10-27 (PNG, 1080 x 2688): 调度与实时分论坛, the same design; a speaker with a "
        "company and no job. 2 talks."),
}


def saturday(date):
    import datetime
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def check(posters):
    """Every date a Saturday, no person printed twice in the set, no talk on two pictures."""
    people, titles = [], []
    for forums in (FORUMS_A, FORUMS_B):
        for _, host, slots in forums:
            people.append(host[0])
            for s in slots:
                people += [sp["name"] for sp in s["sp"]]
    for forums in (FORUMS_C, FORUMS_D):
        for _, _, _, host, slots in forums:
            people.append(host[0])
            for s in slots:
                people += [sp["name"] for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [(p["date"], s["title"]) for s in f["slots"] if s["kind"] == "talk"]
    assert len(titles) == len(set(titles))
    starts = [slots[0]["start"] for _, _, slots in FORUMS_A[1:]]
    assert starts == ["13:30", "13:30", "14:00"], starts  # one afternoon forum starts at 14:00
    return len(titles)


def main():
    pics = [("haikou-blue-forum-lanes-14-00-start.png",) + poster_a(),
            ("urumqi-nearblack-topic-chips-big-start.png",) + poster_b()]
    pics += posters_c() + posters_d()
    posters = []
    for fn, im, forums in pics:
        path = os.path.join(HERE, fn)
        if fn.endswith(".webp"):
            im.save(path, "WEBP", quality=88, method=4)
        else:
            im.save(path, optimize=True)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert "%d x %d" % im.size in LAYOUTS[fn] and im.size[0] == 1080, (fn, im.size)
        if fn.startswith(("haikou", "urumqi")):  # the two whole-edition PNGs, as CLK2022's 1.5 MB one
            assert 1.0e6 <= size <= 1.6e6, (fn, size)
        else:
            assert size < 1.6e6, (fn, size)
        posters.append({"file": fn, "layout": LAYOUTS[fn], "date": forums[0]["date"], "forums": forums})
    n = check(posters)
    print("talks", n)
    assert 35 <= n <= 45, n
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
