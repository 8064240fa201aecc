"""Draw the fifty-fifth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the ten pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
WebP, PNG and the grain only through Pillow at fixed settings.  The set is about
ONE edition's agenda as its repository may hold it, in the family of the
organisers' own designs, for four editions (no talk on two pictures):
  CLK 2251 (福州): one WebP per forum, the four forums of CLK2022's README
    (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛');
    royal blue; the range in a filled BOX LEFT of the title, a '分享嘉宾' tag,
    each speaker a plain disc with the name and 'company job' beside it; at the
    foot a box naming the edition's OTHER forums and their rooms.
  CLK 2252 (南宁): one PNG per forum, the same four names; near black; a
    '本场嘉宾' WALL (disc, name, company, job) ABOVE the agenda, whose rows give
    the title, DOTTED LEADERS to the range RIGHT-ALIGNED on the title's line,
    and '嘉宾：name' only; a round table whose four guests stand on ONE line
    parted by '、'.
  CLK 2253 (太原): one whole-edition PNG, violet; the range in a box on its OWN
    LINE over the title; a '嘉宾' tag and a small disc before 'name  company
    job'; the afternoon's tea break printed only as a note under the pill; a
    speaker printed in pinyin ('Wu Hao').
  CLK 2254 (秦皇岛): one whole-edition PNG, deep teal and gold; the range
    RIGHT-ALIGNED on the title's first line; in the afternoon only TWO forums,
    side by side: six 25-minute talks beside four 40-minute ones.
"""
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
    """Seeded grain blended in: the texture of a designer's export."""
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


def T(start, end, title, speakers, host, **extra):
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster removed ('Wu Hao' -> 'WuHao')."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job=None):
    """A speaker as printed: the name, the company, the job title (None where none is printed)."""
    return (name, company, job)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space, the company alone without a job."""
    return sp[1] if sp[2] is None else sp[1] + " " + sp[2]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]], "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def forum_truth(name, slots, date):
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


def disc(d, x, y, s, fill, ring=None):
    """A speaker's photo circle as a plain coloured disc (no face, no letters), sometimes ringed."""
    if ring:
        d.ellipse([x - 4, y - 4, x + s + 4, y + s + 4], outline=ring, width=3)
    d.ellipse([x, y, x + s, y + s], fill=fill)


def para(d, x, y, text, f, fill, maxw, lh):
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


def leaders(d, x0, x1, y, fill):
    """A row of dots from x0 to x1, as a table of contents leads a title to its page number."""
    x = x0
    while x <= x1:
        d.ellipse([x - 1.6, y - 1.6, x + 1.6, y + 1.6], fill=fill)
        x += 11


MEALS = ("茶歇", "午餐")  # the breaks that get a cup; an opening or a group photo gets none
DISCS = [(92, 150, 235), (120, 110, 220), (70, 170, 190), (200, 120, 160), (210, 160, 90), (110, 180, 120)]


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def units_grid(d, X0, X1, y, units, cols, fill, ink, size=30, bh=74, gap=22):
    bw = (X1 - X0 - (cols - 1) * gap) / cols
    for i, u in enumerate(units):
        bx, by = X0 + (i % cols) * (bw + gap), y + (i // cols) * (bh + 18)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=fill)
        ctext(d, bx + bw / 2, by + (bh - size) / 2 - size * 0.18, u, font(size, True), ink)
    return y + ((len(units) + cols - 1) // cols) * (bh + 18)


# ===========================================================================
# 1. CLK 2251 (第246届), 福州, Saturday 2251-10-25: four WebP forum posters in
#    the organisers' royal blue (after their 2024 forum posters), the forums
#    named as CLK2022's README names them.  Every poster repeats the header
#    (logo lines, the host school, '第246届中国' over 'Linux内核开发者大会', a ring
#    'CLK / 2251', the date pill, the address), then the forum's name in a
#    glowing box, '地点：room', the bar '>>> 主持人：name <<<' with the unit.
#    Each talk a card: the range in a filled cyan BOX at the LEFT of the title's
#    first line (the title wraps beside it), a dashed rule, a tag '分享嘉宾',
#    then per speaker a plain disc with the name and 'company job' BESIDE it
#    (two speakers side by side).  At the foot a box naming the edition's other
#    forums with their rooms, support units, a QR code, a slogan.
DATE_A = "2251-10-25"
ROOMS_A = ["学术交流中心 报告厅", "学术交流中心 第一会议室", "学术交流中心 第二会议室", "学术交流中心 第三会议室"]
FORUMS_A = [
    ("主论坛", ("林建华", "福州大学 计算机与大数据学院 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("陈文斌", "福州大学", "副校长")], "林建华"),
        T("09:15", "09:55", "从 6.6 到 6.12：openEuler 内核 LTS 的维护实践",
          [S("王志强", "华为", "openEuler 内核技术专家")], "林建华"),
        T("09:55", "10:35", "Folio Conversion in Practice: What We Learned Porting a Filesystem",
          [S("Henrik Larsen", "Canonical", "Kernel Engineer")], "林建华"),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "大模型推理场景下的内核优化：调度、内存与 I/O 的协同",
          [S("刘海", "阿里云", "资深技术专家"), S("郑婷", "字节跳动", "内核工程师")], "林建华"),
        B("11:30", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("黄涛", "福州大学 副教授"), [
        T("13:30", "14:10", "RISC-V 向量扩展的上下文切换开销优化", [S("徐明", "中国科学院软件研究所", "助理研究员")], "黄涛"),
        T("14:10", "14:50", "EEVDF 之后：CFS 带宽控制与 burst 机制在容器中的实践",
          [S("何俊", "腾讯", "TencentOS 内核工程师")], "黄涛"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "鲲鹏平台上的 NUMA 感知调度与 IPI 优化",
          [S("马丽", "华为", "内核工程师"), S("邹强", "华为", "高级工程师")], "黄涛"),
    ]),
    ("内存管理与异构计算分论坛", ("周凯", "阿里云 技术专家"), [
        T("13:30", "14:15", "mTHP 与 swap 的协同：降低移动设备的内存碎片", [S("罗晓", "vivo", "内核专家")], "周凯"),
        T("14:15", "15:00", "GPU 显存与系统内存的统一管理：HMM 与 ZONE_DEVICE 实践",
          [S("高峰", "摩尔线程", "系统软件工程师")], "周凯"),
    ]),
    ("IO 与 ebpf 分论坛", ("吴刚", "字节跳动 STE 内核专家"), [
        T("13:30", "14:15", "io_uring 零拷贝接收在存储网关中的落地", [S("孙磊", "蚂蚁集团", "技术专家")], "吴刚"),
        T("14:15", "15:00", "用 BPF struct_ops 定制 TCP 拥塞控制", [S("唐静", "快手")], "吴刚"),
    ]),
]
UNITS_A = ["华为", "阿里云", "字节跳动", "腾讯", "vivo", "蚂蚁集团", "openEuler", "龙蜥社区", "OpenCloudOS"]
CYAN_A, PALE_A, WHITE = (96, 226, 255), (186, 208, 255), (255, 255, 255)
NAVY_A, CARD_A, BAND_A = (10, 30, 120), (26, 70, 205), (30, 72, 196)


def header_a(d, W, k):
    X1 = W - 48
    logo_lines(d, 48, 44, WHITE, CYAN_A)
    rtext(d, X1, 46, "福州大学", font(30, True), WHITE)
    rtext(d, X1, 88, "FUZHOU UNIVERSITY", font(16, True), PALE_A)
    d.text((48, 160), "第246届中国", font=font(80, True), fill=WHITE)
    d.text((48, 260), "Linux内核开发者大会", font=font(80, True), fill=WHITE)
    d.ellipse([870, 150, 1020, 300], outline=CYAN_A, width=5)
    ctext(d, 945, 182, "CLK", font(38, True), WHITE)
    ctext(d, 945, 232, "2251", font(28, True), CYAN_A)
    pill = "2251年10月25日（周六）｜ 福州"
    d.rounded_rectangle([48, 398, 48 + tw(d, pill, font(30, True)) + 56, 454], radius=28, fill=WHITE)
    d.text((76, 404), pill, font=font(30, True), fill=NAVY_A)
    d.text((48, 484), "地址：福州大学旗山校区 学术交流中心", font=font(27), fill=WHITE)
    name, host, _ = FORUMS_A[k]
    y = 600
    f = font(46, True)
    nw = tw(d, name, f)
    x0, x1 = W / 2 - nw / 2 - 70, W / 2 + nw / 2 + 70
    for j in range(4, 0, -1):
        d.rounded_rectangle([x0 - 4 * j, y - 4 * j, x1 + 4 * j, y + 92 + 4 * j], radius=46,
                            outline=(60 + 20 * (4 - j), 140 + 20 * (4 - j), 255), width=2)
    d.rounded_rectangle([x0, y, x1, y + 92], radius=46, fill=(24, 64, 200), outline=CYAN_A, width=3)
    ctext(d, W / 2, y + 14, name, f, WHITE)
    y += 128
    ctext(d, W / 2, y, "地点：" + ROOMS_A[k], font(25), PALE_A)
    y += 62
    d.rectangle([108, y, W - 108, y + 58], fill=(22, 58, 180))
    ctext(d, W / 2, y + 9, ">>>　主持人：%s　<<<" % host[0], font(30, True), WHITE)
    y += 70
    ctext(d, W / 2, y, host[1], font(22), PALE_A)
    return y + 84


def talk_a(d, X0, X1, y, s):
    """One talk card: range box left of the title, a dashed rule, '分享嘉宾', discs with name and 'company job'."""
    rf, tf = font(26, True), font(31, True)
    bx = X0 + 28
    bw = tw(d, "00:00-00:00", rf) + 34
    TX = bx + bw + 24
    TW = X1 - 28 - TX
    y0 = y
    y += 28
    d.rounded_rectangle([bx, y, bx + bw, y + 48], radius=6, fill=CYAN_A)
    ctext(d, bx + bw / 2, y + 6, rng(s), rf, NAVY_A)
    ty = y + 1
    for ln in wrap_nicely(d, s["title"], tf, TW):
        d.text((TX, ty), ln, font=tf, fill=WHITE)
        ty += 46
    y = max(ty, y + 48) + 18
    for x in range(bx, X1 - 28, 18):  # dashed rule
        d.line([(x, y), (x + 9, y)], fill=(110, 150, 240), width=2)
    y += 22
    lf = font(20, True)
    d.rounded_rectangle([bx, y, bx + tw(d, "分享嘉宾", lf) + 28, y + 34], radius=17, outline=CYAN_A, width=2)
    d.text((bx + 14, y + 3), "分享嘉宾", font=lf, fill=CYAN_A)
    y += 52
    half = (X1 - X0 - 56) / 2
    for i, sp in enumerate(s["sp"]):
        x = bx + (i % 2) * half
        disc(d, x, y, 76, DISCS[(len(sp[0]) + i) % len(DISCS)], ring=CYAN_A)
        d.text((x + 96, y + 2), sp[0], font=font(27, True), fill=WHITE)
        d.text((x + 96, y + 44), fits(d, aff(sp), font(20), half - 110), font=font(20), fill=PALE_A)
        if i % 2 == 1 or i == len(s["sp"]) - 1:
            y += 96
    return y + 8 - y0


def slot_a(d, X0, X1, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 70], radius=14, fill=BAND_A, outline=(70, 130, 240), width=2)
        rf = font(26, True)
        bw = tw(d, "00:00-00:00", rf) + 34
        d.rounded_rectangle([X0 + 28, y + 11, X0 + 28 + bw, y + 59], radius=6, fill=(150, 180, 240))
        ctext(d, X0 + 28 + bw / 2, y + 17, rng(s), rf, NAVY_A)
        x = X0 + 28 + bw + 28
        if s["title"] in MEALS:
            cup(d, x, y + 19, WHITE)
            x += 48
        d.text((x, y + 13), s["title"], font=font(30, True), fill=WHITE)
        return y + 102
    for j in range(2):  # the chevrons over a card
        cx, cy = (X0 + X1) / 2, y + j * 16
        d.line([(cx - 30, cy), (cx, cy + 18), (cx + 30, cy)], fill=CYAN_A, width=5)
    y += 52
    h = talk_a(d, X0, X1, -10000, s)  # measured first on a line nobody sees, then card and text
    d.rounded_rectangle([X0, y, X1, y + h], radius=18, fill=CARD_A, outline=(90, 200, 255), width=3)
    d.rectangle([X0 + 40, y - 2, X0 + 200, y + 3], fill=CYAN_A)
    talk_a(d, X0, X1, y, s)
    return y + h + 40


def foot_a(d, W, y, k):
    X0, X1 = 48, W - 48
    others = [(j, FORUMS_A[j][0], ROOMS_A[j]) for j in range(1, 4) if j != k]
    head = "下午分论坛（13:30 起同时进行）" if k == 0 else "同期分论坛"
    top = y
    y += 30
    ctext(d, W / 2, y, head, font(30, True), CYAN_A)
    y += 64
    for j, name, room in others:
        d.text((X0 + 40, y), "%02d" % j, font=font(28, True), fill=CYAN_A)
        d.text((X0 + 100, y), name, font=font(28, True), fill=WHITE)
        rtext(d, X1 - 40, y + 4, room, font(22), PALE_A)
        y += 52
    y += 16
    d.rounded_rectangle([X0, top, X1, y], radius=14, outline=(90, 160, 255), width=2)
    y += 80
    ctext(d, W / 2, y, "支持单位", font(42, True), WHITE)
    y = units_grid(d, X0, X1, y + 84, UNITS_A, 3, WHITE, (20, 40, 130)) + 50
    qrcode(d, W / 2 - 105, y, 210, 2251 + k)
    ctext(d, W / 2, y + 230, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 286, "现场名额 400 人，报满即止", font(24), PALE_A)
    ctext(d, W / 2, y + 340, "相聚榕城 · 共话内核", font(34, True), CYAN_A)
    return y + 420


def paint_a(k):
    def paint(im, d):
        W = im.size[0]
        y = header_a(d, W, k)
        for s in FORUMS_A[k][2]:
            y = slot_a(d, 48, W - 48, y, s)
        return foot_a(d, W, y + 20, k)

    return paint


def bg_a(seed):
    def bg(w, h):
        im = vgrad(w, h, (16, 54, 196), (10, 32, 136))
        im = glow(im, 900, 250, 360, (80, 200, 255), 0.5)
        im = glow(im, 120, 1300, 340, (120, 90, 255), 0.32)
        for j, yy in enumerate(range(2300, h - 700, 1900)):
            im = glow(im, 990 if j % 2 else 90, yy, 400, (60, 150, 255), 0.26)
        d = ImageDraw.Draw(im)
        for i in range(6):  # light streaks of the header
            d.line([(0, 520 + i * 26), (1080, 380 + i * 30)], fill=(40, 100, 230), width=2)
        return grain(im, seed, 0.025, 2)

    return bg


def poster_a(k):
    im = two_pass(1080, paint_a(k), bg_a(2251 + k))
    name, _, slots = FORUMS_A[k]
    return im, [forum_truth(name, slots, DATE_A)]


# ===========================================================================
# 2. CLK 2252 (第247届), 南宁, Saturday 2252-10-23: four PNG forum posters in
#    the organisers' near black (after their 2023 image: violet and teal glows,
#    neon streaks), the same four forum names.  Header: logo lines, 'CLK' with
#    '2252' raised beside it, '第247届中国' over 'Linux内核开发者大会', an
#    outlined pill, the address.  Heading: a big teal numeral (none for 主论坛),
#    the name, a rule, '主持人：name  unit'.  Then a '本场嘉宾' WALL: every
#    speaker of the poster as a disc with the name, the company and the job
#    beside it, two to a row; then '论坛议程': per talk the title, DOTTED
#    LEADERS from the end of its first line to the range RIGHT-ALIGNED on that
#    line, and under the title '嘉宾：name' (names only; the companies are in
#    the wall).  The round table prints '主持：name' and '嘉宾：' with its four
#    guests on ONE line parted by '、'.
DATE_B = "2252-10-23"
FORUMS_B = [
    ("主论坛", ("冼国平", "广西大学 计算机与电子信息学院 教授"), [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:50", "TencentOS 内核十年：从定制内核到上游优先",
          [S("蒋文涛", "腾讯", "TencentOS 内核负责人")], "冼国平"),
        T("09:50", "10:30", "LoongArch 内核上游化的进展与挑战", [S("孙志远", "龙芯中科", "内核组负责人")], "冼国平"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:45", "圆桌讨论：国产操作系统内核如何参与上游协作",
          [S("韦宁", "广西大学", "副教授"), S("李强", "华为", "openEuler 技术委员会委员"),
           S("周敏", "阿里云", "龙蜥社区理事"), S("谢峰", "统信软件", "内核研发部经理"),
           S("黄丽", "麒麟软件", "内核架构师")], "冼国平", panel=True),
        B("11:45", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("梁伟", "广西大学 副教授"), [
        T("13:30", "14:10", "sched_ext 调度器在游戏服务器上的尾延迟优化", [S("赵磊", "网易", "系统工程师")], "梁伟"),
        T("14:10", "14:50", "ARM64 上的 PREEMPT_RT：中断线程化与锁的代价", [S("林娜", "飞腾信息", "内核工程师")], "梁伟"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "基于 PMU 反馈的 CPU 调频：schedutil 的改进",
          [S("许涛", "vivo", "内核工程师"), S("钟华", "vivo", "工程师")], "梁伟"),
    ]),
    ("内存管理与异构计算分论坛", ("蔡明", "字节跳动 内核专家"), [
        T("13:30", "14:10", "CXL 内存池化下的 NUMA 节点热插拔", [S("王芳", "英特尔", "软件工程师")], "蔡明"),
        T("14:10", "14:50", "DAMON 在数据库服务器上的冷热页识别", [S("朱峰", "华为", "内存子系统专家")], "蔡明"),
        T("14:50", "15:30", "NPU 驱动中的 SVA：与进程共享虚拟地址空间", [S("曹敏", "华为", "高级工程师")], "蔡明"),
    ]),
    ("IO 与 ebpf 分论坛", ("宋杰", "阿里云 技术专家"), [
        T("13:30", "14:15", "EROFS 在手机系统分区中的应用：压缩算法选择与随机读性能调优", [S("彭亮", "OPPO", "内核专家")], "宋杰"),
        T("14:15", "15:00", "bpftrace 与 BTF：线上 I/O 延迟排查实录", [S("韩雪", "美团")], "宋杰"),
    ]),
]
UNITS_B = ["华为", "阿里云", "腾讯", "字节跳动", "英特尔", "龙芯中科", "统信软件", "麒麟软件", "飞腾信息", "vivo",
           "OPPO", "龙蜥社区"]
TEAL_B, VIO_B, INK_B, GREY_B = (0, 224, 208), (150, 110, 255), (150, 190, 255), (150, 156, 180)


def header_b(d, W, k):
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, WHITE, TEAL_B)
    d.text((X1 - tw(d, "CLK", font(56, True)) - tw(d, "2252", font(30, True)) - 10, 32), "CLK", font=font(56, True),
           fill=WHITE)
    rtext(d, X1, 36, "2252", font(30, True), TEAL_B)
    d.text((48, 180), "第247届中国", font=font(80, True), fill=WHITE)
    d.text((48, 282), "Linux内核开发者大会", font=font(80, True), fill=WHITE, stroke_width=1, stroke_fill=TEAL_B)
    pill = "2252年10月23日 ｜ 南宁"
    d.rounded_rectangle([48, 420, 48 + tw(d, pill, font(30, True)) + 52, 474], radius=27, outline=TEAL_B, width=3)
    d.text((74, 426), pill, font=font(30, True), fill=WHITE)
    d.text((48, 506), "地址：广西大学西校园 君武馆报告厅", font=font(27), fill=WHITE)
    name, host, _ = FORUMS_B[k]
    y = 640
    x = X0
    if k:
        d.text((X0, y - 22), "%02d" % k, font=font(92, True), fill=TEAL_B)
        x = X0 + 140
    d.text((x, y), name, font=font(50, True), fill=WHITE)
    y += 90
    d.rectangle([X0, y, X0 + 120, y + 6], fill=TEAL_B)
    d.rectangle([X0 + 120, y + 2, X1, y + 4], fill=(50, 70, 120))
    y += 30
    d.text((X0, y), "主持人：", font=font(27, True), fill=TEAL_B)
    hx = X0 + tw(d, "主持人：", font(27, True))
    d.text((hx, y), host[0], font=font(27, True), fill=WHITE)
    d.text((hx + tw(d, host[0], font(27, True)) + 18, y + 5), host[1], font=font(21), fill=INK_B)
    return y + 100


def section_b(d, W, y, zh, en):
    d.text((44, y), zh, font=font(40, True), fill=WHITE)
    d.text((44 + tw(d, zh, font(40, True)) + 20, y + 16), en, font=font(22, True), fill=VIO_B)
    d.rectangle([44, y + 66, W - 44, y + 68], fill=(60, 60, 120))
    return y + 100


def wall_b(d, W, y, people):
    """The '本场嘉宾' wall: a disc and, beside it, the name, the company and the job, two to a row."""
    X0 = 44
    cw = (W - 88) / 2
    for i, sp in enumerate(people):
        x, yy = X0 + (i % 2) * cw, y + (i // 2) * 150
        disc(d, x + 6, yy, 104, DISCS[i % len(DISCS)], ring=TEAL_B if i % 2 else VIO_B)
        tx = x + 136
        d.text((tx, yy + 4), sp[0], font=font(29, True), fill=WHITE)
        d.text((tx, yy + 50), fits(d, sp[1], font(21), cw - 150), font=font(21), fill=INK_B)
        if sp[2]:
            d.text((tx, yy + 82), fits(d, sp[2], font(20), cw - 150), font=font(20), fill=GREY_B)
    return y + ((len(people) + 1) // 2) * 150 + 20


def row_b(d, X0, X1, y, s):
    rf = font(26, True)
    rw = tw(d, rng(s), rf)
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 62], fill=(22, 24, 52))
        x = X0 + 24
        if s["title"] in MEALS:
            cup(d, x, y + 15, GREY_B)
            x += 46
        d.text((x, y + 11), s["title"], font=font(28, True), fill=GREY_B)
        leaders(d, x + tw(d, s["title"], font(28, True)) + 22, X1 - 24 - rw - 18, y + 33, (90, 96, 130))
        rtext(d, X1 - 24, y + 13, rng(s), rf, GREY_B)
        return y + 96
    tf = font(29, True)
    lines = wrap_nicely(d, s["title"], tf, 620)
    for i, ln in enumerate(lines):
        d.text((X0, y + i * 44), ln, font=tf, fill=TEAL_B)
    leaders(d, X0 + tw(d, lines[0], tf) + 20, X1 - rw - 20, y + 26, (110, 120, 170))
    rtext(d, X1, y + 3, rng(s), rf, WHITE)
    y += len(lines) * 44 + 12
    lf, nf = font(22, True), font(24, True)
    if s.get("panel"):
        d.text((X0, y), "主持：", font=lf, fill=VIO_B)
        d.text((X0 + tw(d, "主持：", lf), y - 2), s["sp"][0][0], font=nf, fill=WHITE)
        y += 40
        people = s["sp"][1:]
    else:
        people = s["sp"]
    d.text((X0, y), "嘉宾：", font=lf, fill=VIO_B)
    d.text((X0 + tw(d, "嘉宾：", lf), y - 2), "、".join(sp[0] for sp in people), font=nf, fill=WHITE)
    y += 44
    d.line([(X0, y + 14), (X1, y + 14)], fill=(40, 44, 80), width=1)
    return y + 40


def foot_b(d, W, y, k):
    X0, X1 = 44, W - 44
    d.text((W / 2 - tw(d, "SUPPORT", font(80, True)) / 2, y - 24), "SUPPORT", font=font(80, True), fill=(10, 14, 34),
           stroke_width=1, stroke_fill=(50, 70, 120))
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 100, UNITS_B, 4, WHITE, (16, 24, 60), 26, 64, 18) + 50
    qrcode(d, W / 2 - 100, y, 200, 2252 + k)
    ctext(d, W / 2, y + 222, "扫码报名 · 观看直播", font(32, True), WHITE)
    ctext(d, W / 2, y + 278, "主办：中国Linux内核开发者大会组委会　承办：广西大学计算机与电子信息学院", font(20), GREY_B)
    return y + 340


def paint_b(k):
    def paint(im, d):
        W = im.size[0]
        y = header_b(d, W, k)
        slots = FORUMS_B[k][2]
        y = section_b(d, W, y, "本场嘉宾", "SPEAKERS")
        y = wall_b(d, W, y, [sp for s in slots for sp in s["sp"]]) + 30
        y = section_b(d, W, y, "论坛议程", "AGENDA")
        for s in slots:
            y = row_b(d, 44, W - 44, y, s)
        return foot_b(d, W, y + 110, k)

    return paint


def bg_b(seed):
    def bg(w, h):
        im = vgrad(w, h, (10, 12, 32), (6, 8, 22))
        im = glow(im, 980, 200, 360, (150, 80, 255), 0.55)
        im = glow(im, 120, 760, 300, (0, 200, 190), 0.3)
        for j, yy in enumerate(range(1900, h - 500, 1700)):
            im = glow(im, 1000 if j % 2 else 80, yy, 360, (120, 80, 255) if j % 2 else (0, 180, 170), 0.28)
        d = ImageDraw.Draw(im)
        for i in range(8):  # neon streaks of the header
            d.line([(600 + i * 60, 0), (1080, 460 - i * 50)], fill=(60, 50, 140), width=2)
        return grain(im, seed, 0.003, 4)

    return bg


def poster_b(k):
    im = two_pass(1080, paint_b(k), bg_b(2252 + k))
    name, _, slots = FORUMS_B[k]
    return im, [forum_truth(name, slots, DATE_B)]


# ===========================================================================
# 3. CLK 2253 (第248届), 太原, Saturday 2253-10-22: ONE whole-edition PNG in
#    violet with magenta and gold.  Header with a framed introduction; forums
#    one under another: '▶▶ 主论坛' or a slanted box '01'..'03' and the name,
#    '主持人：name（unit）' under it, a magenta rule.  Each talk: the range in a
#    filled magenta box on a line of ITS OWN, the title under it, then a tag
#    '嘉宾' and per speaker a small disc and 'name  company job' on one line.
#    The afternoon's tea break is printed only as a note under the pill.
DATE_C = "2253-10-22"
TEA_C = B("14:20", "14:35", "茶歇")
FORUMS_C = [
    ("主论坛", ("赵建国", "太原理工大学 计算机科学与技术学院 院长"), [
        B("09:00", "09:15", "开幕"),
        T("09:15", "09:30", "开幕致辞", [S("王建平", "太原理工大学", "副校长")], "赵建国"),
        T("09:30", "10:20", "AI 辅助的内核补丁审查：现状与边界", [S("胡斌", "华为", "首席工程师")], "赵建国"),
        B("10:20", "10:40", "茶歇"),
        T("10:40", "11:30", "从 Kata 到 CoCo：机密容器对内核的新要求",
          [S("邓丽", "蚂蚁集团", "高级技术专家")], "赵建国"),
        B("11:30", "13:30", "午餐"),
    ]),
    ("内存与存储分论坛", ("任志刚", "太原理工大学 副教授"), [
        T("13:30", "14:20", "folio 化之后的页缓存：预读与回写的再设计", [S("冯宇", "阿里云", "技术专家")], "任志刚"),
        TEA_C,
        T("14:35", "15:25", "blk-mq 多队列在国产 NVMe SSD 上的调优", [S("白晓东", "长江存储", "驱动工程师")], "任志刚"),
    ]),
    ("虚拟化与 RISC-V 分论坛", ("郭磊", "中国科学院计算技术研究所 副研究员"), [
        T("13:30", "14:20", "KVM RISC-V：AIA 中断虚拟化的实现", [S("Wu Hao", "字节跳动", "虚拟化工程师")], "郭磊"),
        TEA_C,
        T("14:35", "15:25", "vDPA 与 VDUSE：用户态设备的内核接口", [S("秦悦", "中国移动", "云能力中心工程师")], "郭磊"),
    ]),
    ("可观测性与 eBPF 分论坛", ("曹阳", "字节跳动 STE 专家"), [
        T("13:30", "14:20", "基于 eBPF 的全链路网络丢包定位",
          [S("沈杰", "腾讯云", "高级工程师"), S("郑琳", "腾讯云", "工程师")], "曹阳"),
        TEA_C,
        T("14:35", "15:25", "ftrace 与 perf 在实时系统延迟分析中的配合", [S("袁丽", "中兴通讯", "操作系统专家")], "曹阳"),
    ]),
]
INTRO_C = ("中国 Linux 内核开发者大会（CLK）是国内 Linux 内核领域的年度技术盛会，由国内操作系统厂商、互联网企业、"
           "芯片厂商与高校共同发起。第248届大会由太原理工大学承办，上午为主论坛，下午内存与存储、虚拟化与 RISC-V、"
           "可观测性与 eBPF 三个分论坛同时进行，讲者来自华为、阿里云、字节跳动、腾讯云、蚂蚁集团、中国移动、"
           "中兴通讯、长江存储与中国科学院。欢迎内核开发者与高校师生到场交流。")
UNITS_C = ["华为", "阿里云", "字节跳动", "腾讯云", "蚂蚁集团", "中兴通讯", "openEuler", "龙蜥社区", "OpenCloudOS"]
MAG_C, GOLD_C, LILAC_C, VIOLET_C = (236, 72, 170), (255, 204, 92), (206, 190, 255), (60, 30, 140)


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, GOLD_C)
    rtext(d, X1, 46, "太原理工大学", font(30, True), WHITE)
    rtext(d, X1, 88, "TAIYUAN UNIVERSITY OF TECHNOLOGY", font(15, True), LILAC_C)
    d.text((48, 170), "第248届中国", font=font(80, True), fill=WHITE)
    d.text((48, 270), "Linux内核开发者大会", font=font(80, True), fill=GOLD_C)
    d.ellipse([880, 150, 1024, 294], outline=GOLD_C, width=5)
    ctext(d, 952, 178, "CLK", font(38, True), WHITE)
    ctext(d, 952, 228, "2253", font(28, True), GOLD_C)
    pill = "2253年10月22日（周六）｜ 太原"
    d.rounded_rectangle([48, 404, 48 + tw(d, pill, font(30, True)) + 56, 460], radius=28, fill=MAG_C)
    d.text((76, 410), pill, font=font(30, True), fill=WHITE)
    d.text((48, 490), "地址：太原理工大学明向校区 图书馆报告厅", font=font(27), fill=WHITE)
    top = 580
    y = para(d, X0 + 34, top + 30, INTRO_C, font(23), LILAC_C, X1 - X0 - 68, 40) + 22
    d.rectangle([X0, top, X1, y], outline=(150, 120, 240), width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y), (X1, y)):  # corner marks
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=GOLD_C)
    y += 150
    d.text((W / 2 - 250, y - 34), "AGENDA", font=font(120, True), fill=(44, 22, 110), stroke_width=2,
           stroke_fill=(130, 100, 230))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 180
    for k, (name, host, slots) in enumerate(FORUMS_C):
        if k == 1:
            pl = "下午　三个分论坛同时进行"
            pw = tw(d, pl, font(32, True)) + 80
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 62], radius=31, fill=MAG_C)
            ctext(d, W / 2, y + 9, pl, font(32, True), WHITE)
            ctext(d, W / 2, y + 82, "（各分论坛 %s %s）" % (rng(TEA_C), TEA_C["title"]), font(25), GOLD_C)
            y += 170
        if k:
            x = number_box(d, X0, y + 4, "%02d" % k, MAG_C, WHITE, 50) + 18
        else:
            d.text((X0, y + 2), "▶▶", font=font(34, True), fill=MAG_C)
            x = X0 + 78
        d.text((x, y - 4), name, font=font(44, True), fill=WHITE)
        y += 74
        d.text((X0, y), "主持人：%s（%s）" % host, font=font(25), fill=LILAC_C)
        y += 50
        d.rectangle([X0, y, X1, y + 3], fill=MAG_C)
        y += 40
        for s in slots:
            if s is TEA_C:
                continue  # the afternoon tea is only the note under the pill
            y = slot_c(d, X0, X1, y, s)
        y += 50
    ctext(d, W / 2, y, "支持单位", font(42, True), WHITE)
    y = units_grid(d, X0, X1, y + 84, UNITS_C, 3, WHITE, VIOLET_C) + 50
    qrcode(d, W / 2 - 105, y, 210, 2253)
    ctext(d, W / 2, y + 230, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 290, "主办：中国Linux内核开发者大会组委会　承办：太原理工大学计算机科学与技术学院", font(20),
          LILAC_C)
    return y + 360


def slot_c(d, X0, X1, y, s):
    rf = font(25, True)
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 62], radius=10, fill=(70, 40, 150))
        d.text((X0 + 26, y + 13), rng(s), font=rf, fill=GOLD_C)
        x = X0 + 230
        if s["title"] in MEALS:
            cup(d, x, y + 16, WHITE)
            x += 46
        d.text((x, y + 10), s["title"], font=font(29, True), fill=WHITE)
        return y + 96
    bw = tw(d, rng(s), rf) + 32
    d.rounded_rectangle([X0, y, X0 + bw, y + 44], radius=8, fill=MAG_C)
    d.text((X0 + 16, y + 5), rng(s), font=rf, fill=WHITE)
    y += 62
    for ln in wrap_nicely(d, s["title"], font(30, True), X1 - X0):
        d.text((X0, y), ln, font=font(30, True), fill=WHITE)
        y += 46
    y += 10
    lf = font(19, True)
    tagw = tw(d, "嘉宾", lf) + 22
    d.rounded_rectangle([X0, y + 12, X0 + tagw, y + 42], radius=4, outline=GOLD_C, width=2)
    d.text((X0 + 11, y + 14), "嘉宾", font=lf, fill=GOLD_C)
    for i, sp in enumerate(s["sp"]):
        x = X0 + tagw + 18
        disc(d, x, y + 4, 46, DISCS[(i + len(s["title"])) % len(DISCS)])
        x += 62
        d.text((x, y + 6), sp[0], font=font(26, True), fill=GOLD_C)
        x += tw(d, sp[0], font(26, True)) + 16
        d.text((x, y + 12), fits(d, aff(sp), font(21), X1 - x), font=font(21), fill=LILAC_C)
        y += 60
    y += 14
    d.line([(X0, y), (X1, y)], fill=(110, 80, 200), width=1)
    return y + 34


def bg_c(w, h):
    im = vgrad(w, h, (58, 26, 140), (24, 18, 88))
    im = glow(im, 950, 230, 380, (240, 90, 200), 0.45)
    im = glow(im, 100, 900, 320, (90, 120, 255), 0.35)
    for j, yy in enumerate(range(2100, h - 600, 1500)):
        im = glow(im, 1000 if j % 2 else 80, yy, 380, (220, 80, 200) if j % 2 else (90, 110, 255), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(5):  # rings behind the header
        d.ellipse([700 - i * 40, -200 - i * 40, 1300 + i * 40, 400 + i * 40], outline=(100, 60, 190), width=2)
    return grain(im, 2253, 0.003, 5)


def poster_c():
    im = two_pass(1080, paint_c, bg_c)
    return im, [forum_truth(name, slots, DATE_C) for name, _, slots in FORUMS_C]


# ===========================================================================
# 4. CLK 2254 (第249届), 秦皇岛, Saturday 2254-10-28: ONE whole-edition PNG in
#    deep teal and gold.  主论坛 in the morning: a gold-edged band with the
#    name, '主持人：name  unit' under it; each talk the title at the left and
#    the range RIGHT-ALIGNED on the title's first line, 'name  company job'
#    under the title.  In the afternoon only TWO forums, SIDE BY SIDE under
#    coloured heads: six 25-minute talks beside four 40-minute ones, each talk
#    the title with its range right-aligned on the first line, the name in gold
#    and 'company job' under it; each column its own 茶歇.
DATE_D = "2254-10-28"
FORUMS_D = [
    ("主论坛", ("田志刚", "燕山大学 信息科学与工程学院 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("李国华", "燕山大学", "副校长")], "田志刚"),
        T("09:15", "10:05", "龙蜥 ANCK 内核在云上的热升级实践", [S("罗斌", "阿里云", "龙蜥社区内核 SIG 负责人")], "田志刚"),
        B("10:05", "10:25", "茶歇"),
        T("10:25", "11:15", "内核内存安全：从 KASAN、MTE 到 Rust", [S("程亮", "OPPO", "安全内核专家")], "田志刚"),
        B("11:15", "11:30", "全体合影"),
        B("11:30", "13:30", "午餐"),
    ]),
    ("调度与实时分论坛", ("韩冬", "燕山大学 副教授"), [
        T("13:30", "13:55", "PREEMPT_RT 合入主线后的工业控制实践", [S("孙浩", "麒麟软件", "内核工程师")], "韩冬"),
        T("13:55", "14:20", "SCHED_DEADLINE 在机器人控制中的应用", [S("王静", "优必选", "系统软件工程师")], "韩冬"),
        T("14:20", "14:45", "nohz_full 调优实录：cpuidle 与 tick 的取舍", [S("赵晨", "京东")], "韩冬"),
        T("14:45", "15:10", "中断亲和与 IRQ 线程化的延迟测量", [S("周明", "华为", "内核工程师")], "韩冬"),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "EEVDF 下的 latency nice：接口与实测", [S("钱峰", "字节跳动", "内核工程师")], "韩冬"),
        T("15:50", "16:15", "rt_mutex 与 PI futex 的演进", [S("黄磊", "英特尔", "软件工程师")], "韩冬"),
    ]),
    ("文件系统与存储分论坛", ("贺敏", "华为 存储专家"), [
        T("13:30", "14:10", "Btrfs RAID5/6 的写洞问题与修复进展", [S("潘伟", "中兴通讯", "存储工程师")], "贺敏"),
        T("14:10", "14:50", "XFS 在线修复（online fsck）的实现与测试", [S("郝佳", "阿里云")], "贺敏"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "F2FS 压缩与碎片整理：延长手机存储寿命", [S("邱晓", "小米", "存储内核工程师")], "贺敏"),
        T("15:50", "16:30", "NVMe-oF 与 io_uring passthrough 的结合", [S("冯雷", "联想", "存储架构师")], "贺敏"),
    ]),
]
INTRO_D = ("第249届中国 Linux 内核开发者大会在燕山大学举行。上午主论坛邀请产业界与社区的讲者分享内核的最新方向，"
           "下午调度与实时、文件系统与存储两个分论坛同时进行。本届讲者来自阿里云、华为、字节跳动、英特尔、OPPO、"
           "小米、联想、京东、中兴通讯、麒麟软件与优必选，欢迎开发者与高校师生参加。")
UNITS_D = ["华为", "阿里云", "字节跳动", "英特尔", "小米", "联想", "OPPO", "龙蜥社区", "openEuler"]
GOLD_D, PALE_D, BAND_D = (236, 196, 110), (170, 214, 210), (12, 70, 78)
COLS_D = [(0, 150, 160), (190, 130, 50)]


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, GOLD_D)
    rtext(d, X1, 46, "燕山大学", font(30, True), WHITE)
    rtext(d, X1, 88, "YANSHAN UNIVERSITY", font(16, True), PALE_D)
    d.text((48, 160), "CLK 2254", font=font(120, True), fill=(12, 60, 68), stroke_width=3, stroke_fill=GOLD_D)
    d.text((48, 330), "第249届中国Linux内核开发者大会", font=font(52, True), fill=WHITE)
    pill = "2254年10月28日（周六）｜ 秦皇岛"
    d.rounded_rectangle([48, 430, 48 + tw(d, pill, font(30, True)) + 56, 486], radius=28, fill=GOLD_D)
    d.text((76, 436), pill, font=font(30, True), fill=(10, 50, 56))
    d.text((48, 516), "地址：燕山大学西校区 图书馆一楼报告厅", font=font(27), fill=WHITE)
    top = 606
    y = para(d, X0 + 34, top + 30, INTRO_D, font(23), PALE_D, X1 - X0 - 68, 40) + 22
    d.rectangle([X0, top, X1, y], outline=(80, 160, 150), width=2)
    y += 90
    ctext(d, W / 2, y, "大会议程 · AGENDA", font(58, True), GOLD_D)
    y += 130
    name, host, slots = FORUMS_D[0]
    y = band_d(d, X0, X1, y, name, host)
    for s in slots:
        y = row_d(d, X0, X1, y, s)
    y += 40
    d.line([(X0, y), (X0 + 200, y)], fill=GOLD_D, width=2)
    d.line([(X1 - 200, y), (X1, y)], fill=GOLD_D, width=2)
    ctext(d, W / 2, y - 22, "下午　两个分论坛同时进行", font(32, True), GOLD_D)
    y += 60
    gap = 24
    cw = (X1 - X0 - gap) / 2
    bottoms = []
    for j in (1, 2):
        name, host, slots = FORUMS_D[j]
        cx0 = X0 + (j - 1) * (cw + gap)
        yy = column_head_d(d, cx0, cx0 + cw, y, j, name, host)
        for s in slots:
            yy = cell_d(d, cx0, cx0 + cw, yy, s, COLS_D[j - 1])
        bottoms.append(yy)
    y = max(bottoms) + 80
    ctext(d, W / 2, y, "支持单位", font(42, True), WHITE)
    y = units_grid(d, X0, X1, y + 84, UNITS_D, 3, WHITE, (10, 60, 66)) + 50
    qrcode(d, W / 2 - 105, y, 210, 2254)
    ctext(d, W / 2, y + 230, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 290, "主办：中国Linux内核开发者大会组委会　承办：燕山大学信息科学与工程学院", font(20), PALE_D)
    return y + 360


def band_d(d, X0, X1, y, name, host):
    d.rectangle([X0, y, X1, y + 76], fill=BAND_D)
    d.rectangle([X0, y, X0 + 8, y + 76], fill=GOLD_D)
    d.rectangle([X0, y + 74, X1, y + 76], fill=GOLD_D)
    d.text((X0 + 30, y + 10), name, font=font(40, True), fill=WHITE)
    y += 100
    d.text((X0, y), "主持人：", font=font(25, True), fill=GOLD_D)
    x = X0 + tw(d, "主持人：", font(25, True))
    d.text((x, y), host[0], font=font(25, True), fill=WHITE)
    d.text((x + tw(d, host[0], font(25, True)) + 16, y + 4), host[1], font=font(21), fill=PALE_D)
    return y + 70


def row_d(d, X0, X1, y, s):
    rf = font(26, True)
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 58], fill=(14, 58, 66))
        x = X0 + 24
        if s["title"] in MEALS:
            cup(d, x, y + 13, PALE_D)
            x += 46
        d.text((x, y + 9), s["title"], font=font(28, True), fill=PALE_D)
        rtext(d, X1 - 24, y + 11, rng(s), rf, PALE_D)
        return y + 88
    tf = font(30, True)
    for i, ln in enumerate(wrap_nicely(d, s["title"], tf, 740)):
        d.text((X0, y), ln, font=tf, fill=WHITE)
        if i == 0:
            rtext(d, X1, y + 3, rng(s), rf, GOLD_D)
        y += 46
    y += 6
    for sp in s["sp"]:
        d.text((X0, y), sp[0], font=font(25, True), fill=GOLD_D)
        d.text((X0 + tw(d, sp[0], font(25, True)) + 16, y + 4), aff(sp), font=font(21), fill=PALE_D)
        y += 40
    d.line([(X0, y + 14), (X1, y + 14)], fill=(40, 100, 104), width=1)
    return y + 40


def column_head_d(d, x0, x1, y, j, name, host):
    col = COLS_D[j - 1]
    d.rectangle([x0, y, x1, y + 176], fill=col)
    d.rectangle([x0 + 20, y + 22, x0 + 80, y + 70], fill=WHITE)
    ctext(d, x0 + 50, y + 26, "%02d" % j, font(30, True), col)
    d.text((x0 + 96, y + 20), fits(d, name, font(32, True), x1 - x0 - 110), font=font(32, True), fill=WHITE)
    d.text((x0 + 20, y + 90), "主持人：" + host[0], font=font(24, True), fill=WHITE)
    d.text((x0 + 20, y + 130), fits(d, host[1], font(20), x1 - x0 - 40), font=font(20), fill=(235, 245, 240))
    return y + 200


def cell_d(d, x0, x1, y, s, col):
    rf = font(21, True)
    rw = tw(d, rng(s), rf)
    if s["kind"] == "break":
        d.rectangle([x0, y, x1, y + 52], fill=(14, 58, 66))
        cup(d, x0 + 18, y + 11, PALE_D, 0.9)
        d.text((x0 + 60, y + 9), s["title"], font=font(24, True), fill=PALE_D)
        rtext(d, x1 - 16, y + 13, rng(s), rf, PALE_D)
        return y + 70
    tf = font(24, True)
    tx, tmax = x0 + 16, x1 - x0 - 32 - rw - 20
    d.rectangle([x0, y + 4, x0 + 4, y + 30], fill=col)
    for i, ln in enumerate(wrap_nicely(d, s["title"], tf, tmax)):
        d.text((tx, y), ln, font=tf, fill=WHITE)
        if i == 0:
            rtext(d, x1 - 16, y + 3, rng(s), rf, GOLD_D)
        y += 36
    y += 6
    for sp in s["sp"]:
        d.text((tx, y), sp[0], font=font(22, True), fill=GOLD_D)
        y += 32
        d.text((tx, y), fits(d, aff(sp), font(18), x1 - tx - 16), font=font(18), fill=PALE_D)
        y += 30
    d.line([(x0, y + 10), (x1, y + 10)], fill=(40, 100, 104), width=1)
    return y + 28


def bg_d(w, h):
    im = vgrad(w, h, (8, 52, 62), (6, 30, 40))
    im = glow(im, 940, 220, 360, (60, 200, 190), 0.4)
    im = glow(im, 120, 1000, 320, (220, 180, 90), 0.22)
    for j, yy in enumerate(range(2000, h - 600, 1600)):
        im = glow(im, 1000 if j % 2 else 80, yy, 380, (40, 180, 170) if j % 2 else (200, 170, 90), 0.25)
    d = ImageDraw.Draw(im)
    for i in range(7):  # waves of the header
        d.arc([-300, 380 + i * 22, 1400, 900 + i * 22], 200, 340, fill=(20, 90, 96), width=2)
    return grain(im, 2254, 0.003, 2)


def poster_d():
    im = two_pass(1080, paint_d, bg_d)
    return im, [forum_truth(name, slots, DATE_D) for name, _, slots in FORUMS_D]


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-43 (and 4..53 before it): speakers are names as printed with spaces "
    "removed ('Henrik Larsen' -> 'HenrikLarsen', 'Wu Hao' -> 'WuHao'); host is the chair printed for the forum "
    "covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; where two or more speakers are "
    "printed each has his own affiliation, given per speaker in printed order; an affiliation is the company and "
    "the job joined by one space ('华为 openEuler 内核技术专家'), the company alone where no job is printed (唐静 "
    "快手, 韩雪 美团, 赵晨 京东, 郝佳 阿里云); break titles are as printed; an opening speech printed with a speaker is "
    "a talk, a slot printed without a speaker ('开场', '开幕', '全体合影') is a break; '午餐' closes 主论坛 as its break; "
    "every forum carries a 'date', the edition's one day. Four editions, no talk on two pictures: CLK 2251 (第246届, "
    "福州, 2251-10-25) and CLK 2252 (第247届, 南宁, 2252-10-23) as ONE POSTER PER FORUM (four each: 主论坛 and the "
    "three afternoon forums named as CLK2022's README names them, 处理器架构与调度分论坛, 内存管理与异构计算分论坛 and "
    "'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'); each poster holds ONE forum, whose date is the date "
    "in the poster's header. CLK 2253 (第248届, 太原, 2253-10-22) and CLK 2254 (第249届, 秦皇岛, 2254-10-28) as ONE "
    "whole-edition PNG each. All four dates are Saturdays. Headers, addresses, date pills, introductions, support "
    "units, QR captions, slogans, organiser lines, '本场嘉宾 SPEAKERS', '论坛议程 AGENDA', '大会议程' and bands "
    "such as '下午　三个分论坛同时进行' or '下午　两个分论坛同时进行' are never names, titles or slots; number boxes and "
    "numerals ('01'..'03'), '▶▶' and '地点：room' lines are no part of a forum's name. Added or stressed here: "
    "(1) CLK 2251 (WebP, the organisers' royal blue): the forum's name in a glowing box, '地点：room', "
    "'>>>　主持人：name　<<<' with the unit under it; each talk a card whose range is a filled BOX at the LEFT of the "
    "title's first line (the title wraps beside it), a dashed rule, a tag '分享嘉宾' (a label), then per speaker a "
    "plain disc (no text) with the name and 'company job' BESIDE it; two speakers stand side by side and are given "
    "left, then right (刘海 阿里云 资深技术专家, 郑婷 字节跳动 内核工程师; 马丽 and 邹强, both 华为). At the foot of every "
    "poster a box names the edition's OTHER forums with their rooms: on the 主论坛 poster '下午分论坛（13:30 起同时进行）' "
    "over the three afternoon forums, on the others '同期分论坛' over the two parallel ones. These names are no forums "
    "of the poster that prints them (each forum is given only by its own poster), '13:30 起' is no slot and the rooms "
    "are nothing. '开幕致辞' by 陈文斌 (福州大学 副校长) is a talk. Foreign speaker Henrik Larsen (Canonical Kernel "
    "Engineer) gives the set's only English-only title, 'Folio Conversion in Practice: What' / 'We Learned Porting a "
    "Filesystem', one title joined with a space. (2) CLK 2252 (PNG, the organisers' near black): a big teal numeral "
    "(none for 主论坛), the name, a rule, '主持人：name  unit'; then a '本场嘉宾' WALL: every speaker of the poster as a "
    "disc with, beside it, the name, the company and the job on three lines; then '论坛议程': per talk the title, "
    "DOTTED LEADERS from the end of its first line to the range RIGHT-ALIGNED on that line, and under the title "
    "'嘉宾：name' ONLY. A speaker's affiliation is the company and job printed beside his disc in the wall (joined by "
    "a space), the only place it is printed; the agenda row and the wall are joined by the name (every name is "
    "printed once in each, no two alike on a poster). The wall is no slot and adds no speaker; the leaders are no "
    "part of a title or a range, and a range belongs to the title on whose line it stands, never to the row under "
    "it; a title wrapped after its '：' is one title. The round table '圆桌讨论：国产操作系统内核如何参与上游协作' "
    "(10:45-11:45) prints '主持：韦宁' and '嘉宾：李强、周敏、谢峰、黄丽' with its four guests on ONE line parted by '、': "
    "its speakers are the moderator and then the guests in printed order, each with the company and job of his "
    "wall entry; '主持：', '嘉宾：' and '、' are no part of a name, the title keeps '圆桌讨论：', and the moderator is "
    "not the forum's host (冼国平; uncommon surname 冼). '09:00-09:10 开场' is a break. 许涛 and 钟华 (both vivo) are "
    "two speakers of one talk ('嘉宾：许涛、钟华'). (3) CLK 2253 (PNG, violet): forums one under another, '▶▶ 主论坛' or "
    "a slanted box '01'..'03' and the name, '主持人：name（unit）' under it (the host is the name before the bracket); "
    "each talk the range in a filled magenta box on a line of ITS OWN, the title under it, then a tag '嘉宾' (a "
    "label) and per speaker a small plain disc and 'name  company job' on one line (沈杰 and 郑琳, both 腾讯云, on two "
    "lines). The speaker of 'KVM RISC-V：AIA 中断虚拟化的实现' is printed in pinyin, 'Wu Hao' (字节跳动 虚拟化工程师): "
    "he is 'WuHao', no Chinese name is guessed for him. The afternoon prints NO break row: under the pill "
    "'下午　三个分论坛同时进行' a note '（各分论坛 14:20-14:35 茶歇）' gives the tea break; the truth gives it as a break "
    "'茶歇' 14:20-14:35 of EACH of the three afternoon forums, between its 13:30-14:20 and 14:35-15:25 talks (as "
    "bands spanning parallel forums were given to each in sets 21, 30, 41, 45, 49-51); it is no break of 主论坛 and "
    "the brackets and '各分论坛' are no part of its title (a debatable reading: the note stands above the forums, "
    "not among their rows). '09:00-09:15 开幕' is a break, '开幕致辞' by 王建平 (太原理工大学 副校长) a talk. (4) CLK "
    "2254 (PNG, deep teal and gold): 主论坛 under a gold-edged band with '主持人：name  unit' under it; each talk the "
    "title at the left and the range RIGHT-ALIGNED on the title's FIRST line, 'name  company job' under the title; "
    "'11:15-11:30 全体合影' is a break. The afternoon has only TWO forums, SIDE BY SIDE under coloured heads (a "
    "number box, the name, '主持人：name', the unit): 调度与实时分论坛 (left, six 25-minute talks and a 茶歇 15:10-15:25) "
    "and 文件系统与存储分论坛 (right, four 40-minute talks and a 茶歇 14:50-15:10); a cell belongs to its own column's "
    "forum whatever stands level with it, a range to the title on whose first line it stands, each column's 茶歇 to "
    "its own forum only; in the narrow columns the name stands over 'company job'. Titles wrapped over two lines "
    "are one title each, written as composed: a space between Latin words ('XFS 在线修复（online' / 'fsck）…' -> "
    "'XFS 在线修复（online fsck）的实现与测试'), none inside Chinese text ('PREEMPT_RT 合入主' / '线后的工业控制实践') "
    "or after '：'; whitespace does not count in matching. Forums that print no break after their last talk end "
    "with it. The title '开幕致辞' on three pictures (CLK 2251, 2253, 2254) is the opening of three editions "
    "(different speakers), not one talk."
)

LAYOUTS = {
    "fuzhou-blue-1-main-box-left-afternoon-list.webp": (
        "CLK 2251 (第246届), 福州, 2251-10-25, 主论坛 (WebP q95, 1080 x 3890): the organisers' royal blue; the forum's "
        "name in a glowing box, room, '>>> 主持人：name <<<'; each talk a card with the range in a BOX LEFT of the "
        "title, a '分享嘉宾' tag, discs with name and 'company job' beside them (two side by side once); the foot names "
        "the three afternoon forums and their rooms ('下午分论坛（13:30 起同时进行）'). English-only title by Henrik "
        "Larsen. 4 talks.",
        DATE_A, lambda: poster_a(0), "webp"),
    "fuzhou-blue-2-cpu-sched-box-left.webp": (
        "CLK 2251, 福州, 2251-10-25, 处理器架构与调度分论坛 (WebP q95, 1080 x 3327): same family; a 茶歇 card; 马丽 and "
        "邹强 side by side; the foot's '同期分论坛' names the two parallel forums. 3 talks.",
        DATE_A, lambda: poster_a(1), "webp"),
    "fuzhou-blue-3-mem-hetero-box-left.webp": (
        "CLK 2251, 福州, 2251-10-25, 内存管理与异构计算分论坛 (WebP q95, 1080 x 2861): same family, two talks, "
        "'同期分论坛' at the foot. 2 talks.",
        DATE_A, lambda: poster_a(2), "webp"),
    "fuzhou-blue-4-io-ebpf-box-left.webp": (
        "CLK 2251, 福州, 2251-10-25, IO 与 ebpf 分论坛 (WebP q95, 1080 x 2816): same family; 唐静 with '快手' and no "
        "job; '同期分论坛' at the foot. 2 talks.",
        DATE_A, lambda: poster_a(3), "webp"),
    "nanning-dark-1-main-wall-leaders-panel.png": (
        "CLK 2252 (第247届), 南宁, 2252-10-23, 主论坛 (PNG, 1080 x 3304): the organisers' near black; a '本场嘉宾' WALL "
        "of discs with name, company and job beside them above the agenda; rows give the title, DOTTED LEADERS to "
        "the range RIGHT-ALIGNED on the title's line, and '嘉宾：name' only; '09:00-09:10 开场'; the round table "
        "with '主持：韦宁' and four guests on ONE line parted by '、'. Uncommon surname 冼 (the host). 3 talks.",
        DATE_B, lambda: poster_b(0), "png"),
    "nanning-dark-2-cpu-sched-wall-leaders.png": (
        "CLK 2252, 南宁, 2252-10-23, 处理器架构与调度分论坛 (PNG, 1080 x 2816): same family; '嘉宾：许涛、钟华' (both vivo "
        "in the wall); a title wrapped after its '：'; a 茶歇 row with leaders. 3 talks.",
        DATE_B, lambda: poster_b(1), "png"),
    "nanning-dark-3-mem-hetero-wall-leaders.png": (
        "CLK 2252, 南宁, 2252-10-23, 内存管理与异构计算分论坛 (PNG, 1080 x 2676): same family, three talks, no break. "
        "3 talks.",
        DATE_B, lambda: poster_b(2), "png"),
    "nanning-dark-4-io-ebpf-wall-leaders.png": (
        "CLK 2252, 南宁, 2252-10-23, IO 与 ebpf 分论坛 (PNG, 1080 x 2430): same family; 韩雪 with '美团' and no job in "
        "the wall. 2 talks.",
        DATE_B, lambda: poster_b(3), "png"),
    "taiyuan-violet-range-over-title-tea-note.png": (
        "CLK 2253 (第248届), 太原, 2253-10-22 (PNG, 1080 x 5340): one whole-edition image in violet; the range in a "
        "magenta box on its OWN line over the title, a '嘉宾' tag, a small disc and 'name  company job' on one line; "
        "the afternoon tea printed only as a note under the pill, '（各分论坛 14:20-14:35 茶歇）'; a speaker printed in "
        "pinyin, 'Wu Hao'. 3 + 2 + 2 + 2 talks.",
        DATE_C, poster_c, "png"),
    "qinhuangdao-teal-six-beside-four-range-right.png": (
        "CLK 2254 (第249届), 秦皇岛, 2254-10-28 (PNG, 1080 x 4096): one whole-edition image in deep teal and gold; the "
        "range RIGHT-ALIGNED on the title's first line; a speakerless '全体合影'; the afternoon as TWO forums side by "
        "side, six 25-minute talks beside four 40-minute ones, each column with its own 茶歇. 3 + 6 + 4 talks.",
        DATE_D, poster_d, "png"),
}


def main():
    posters = []
    for fn, (layout, date, draw, fmt) in LAYOUTS.items():
        im, forums = draw()
        assert "%d x %d" % im.size in layout, (fn, im.size)
        path = os.path.join(HERE, fn)
        if fmt == "webp":
            im.save(path, "WEBP", quality=95, method=6)
        else:
            im.save(path, optimize=True)
        size = os.path.getsize(path)
        lo, hi = (0.3e6, 1.2e6) if fmt == "webp" or len(forums) == 1 else (1.0e6, 1.6e6)
        assert lo <= size <= hi, (fn, size)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
