"""Draw the thirty-eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
PNG only, through Pillow's own encoder (optimize=True).  The set is about the
ONE agenda image of a whole edition IN THE ORGANISERS' OWN FAMILY (logo lines,
a big two-line conference name, a date pill, the address, an introduction,
'大会议程', forum sections, support units and a QR code at the foot), as an
edition's repository would hold it: one PNG of 1 to 1.6 MB, 1080 px wide.
主论坛 in the morning, three forums in parallel in the afternoon; four
editions, each on one picture, so no talk is on two posters.
  CLK 2096 (沈阳): each forum a BLOCK whose talks are zebra rows of three
    columns (time | title | 'name（company）' in a right-hand column), under a
    heading bar with an English subtitle; two speakers of one company as
    'name1、name2（company）'; thin break rows.
  CLK 2097 (福州): the organisers' blue timeline; two 'Keynote' talks in
    主论坛 in LARGER type with a 'Keynote' tag under their range; the
    afternoon forums name an '出品人' (producer) and no 主持人.
  CLK 2098 (昆明): dark violet; every forum heading carries its live room
    and its own QR code; two forums are split into sessions ('第一节',
    '第二节'), each with its OWN 主持人, so a forum has two hosts in turn.
  CLK 2099 (太原): indigo and orange; every talk prints its TITLE FIRST
    and only then, on the line under it, the range in a small box with the
    speakers beside it; one title has a subtitle line '——…' in smaller type.
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


TOKEN = re.compile(r"[（(《]?[A-Za-z0-9_\-./:+#'&áé]+[,)）》]?\s*|\s+|.")
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


def wrap_title(d, text, f, maxw):
    """Wrap as these designers do: into two lines at a space or after a '：' when both halves fit (the most even
    such break), else evenly."""
    if tw(d, text, f) <= maxw:
        return [text]
    best = None
    for i, ch in enumerate(text):
        if ch in " ：":
            a, b = text[:i + 1].rstrip(), text[i + 1:].strip()
            if b and tw(d, a, f) <= maxw and tw(d, b, f) <= maxw:
                score = abs(tw(d, a, f) - tw(d, b, f))
                if best is None or score < best[0]:
                    best = (score, [a, b])
    return best[1] if best else wrap_nicely(d, text, f, maxw)


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
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job):
    """A speaker as printed: the name, the company, the job title (None where the poster prints none)."""
    return (name, company, job)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; None where no company is printed."""
    _, company, job = sp
    if company is None:
        return None
    return company if job is None else company + " " + job


def truth_slot(s):
    """A slot as truth.json gives it; a speaker printed without a company adds no affiliation."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


# ===========================================================================
# Shared pieces of the organisers' family: the background with soft light,
# the logo lines, the big two-line name, the date pill, the address, the
# introduction frame, the '大会议程' heading, and the foot with support units.
def family_bg(w, h, c1, c2, lights, seed, noise):
    """A gradient with blurred patches of light down the page and seeded grain (the texture that makes the file big)."""
    im = vgrad(w, h, c1, c2)
    rnd = random.Random(seed)
    q = 8
    layer = Image.new("RGB", (w // q + 1, h // q + 1), (0, 0, 0))
    ld = ImageDraw.Draw(layer)
    y = -200
    while y < h:
        col = lights[rnd.randrange(len(lights))]
        cx = rnd.choice((-120, w + 120)) + rnd.randrange(-200, 200)
        r = rnd.randrange(380, 620)
        ld.ellipse([(cx - r) / q, (y - r) / q, (cx + r) / q, (y + r) / q], fill=col)
        y += rnd.randrange(900, 1500)
    layer = layer.filter(ImageFilter.GaussianBlur(28)).resize((w, h), Image.BILINEAR)
    return grain(ImageChops.add(im, layer), seed + 1, noise)


def logo_lines(d, x, y, ink, sub):
    """The conference's small mark and its two name lines, top left, as every image of the family opens."""
    d.rounded_rectangle([x, y, x + 50, y + 50], radius=11, outline=ink, width=3)
    d.text((x + 8, y + 12), "CLK", font=font(18, True), fill=ink)
    d.text((x + 64, y + 3), "CHINA LINUX KERNEL DEVELOPERS CONFERENCE", font=font(13, True), fill=sub)
    d.text((x + 64, y + 22), "中国Linux内核开发者大会", font=font(20, True), fill=ink)


def school_mark(d, rx, y, name, latin, ink, sub):
    """The host school at the top right: its name and its Latin name."""
    rtext(d, rx, y, name, font(28, True), ink)
    rtext(d, rx, y + 40, latin, font(12, True), sub)


def big_name(d, x, y, edition, ink, size=80):
    """'第N届中国' over 'Linux内核开发者大会', as the family sets the conference's name."""
    d.text((x, y), "第%d届中国" % edition, font=font(size, True), fill=ink)
    d.text((x, y + size * 1.25), "Linux内核开发者大会", font=font(size, True), fill=ink)
    return y + size * 2.5 + 36


def pill(d, x, y, text, f, fill, ink, padx=26, h=None):
    h = h or f.size + 22
    w = tw(d, text, f) + 2 * padx
    d.rounded_rectangle([x, y, x + w, y + h], radius=h // 2, fill=fill)
    d.text((x + padx, y + (h - f.size) / 2 - f.size * 0.12), text, font=f, fill=ink)
    return x + w


def intro(d, x0, x1, y, text, f, ink, frame, lh):
    """The introduction paragraph in a thin frame with corner marks."""
    lines = wrap(d, text, f, x1 - x0 - 60)
    h = len(lines) * lh + 48
    d.rounded_rectangle([x0, y, x1, y + h], radius=14, outline=frame, width=2)
    for k, ln in enumerate(lines):
        d.text((x0 + 30, y + 24 + k * lh), ln, font=f, fill=ink)
    return y + h


def agenda_title(d, W, y, ink, accent, latin="A G E N D A"):
    f = font(56, True)
    w = tw(d, "大会议程", f)
    ctext(d, W / 2, y, "大会议程", f, ink)
    for s in (-1, 1):
        x = W / 2 + s * (w / 2 + 30)
        d.line([(x, y + 40), (x + s * 90, y + 40)], fill=accent, width=3)
        d.ellipse([x + s * 96 - 5, y + 35, x + s * 96 + 5, y + 45], fill=accent)
    ctext(d, W / 2, y + 84, latin, font(20, True), accent)
    return y + 130


def foot(d, W, y, title, units, box, ink, head, seed, caption):
    """Support units as coloured words in boxes, four to a row, then a QR code with its caption."""
    ctext(d, W / 2, y, title, font(40, True), head)
    y += 80
    bw, bh, gx, gy = 222, 84, 20, 20
    x0 = (W - 4 * bw - 3 * gx) / 2
    for k, (name, col) in enumerate(units):
        bx, by = x0 + (k % 4) * (bw + gx), y + (k // 4) * (bh + gy)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=10, fill=box)
        f = font(28 if tw(d, name, font(28, True)) < bw - 30 else 22, True)
        ctext(d, bx + bw / 2, by + bh / 2 - f.size * 0.62, name, f, col)
    y += ((len(units) + 3) // 4) * (bh + gy) + 50
    qrcode(d, W / 2 - 110, y, 220, seed)
    y += 240
    for ln in caption:
        ctext(d, W / 2, y, ln, font(24), ink)
        y += 40
    return y + 60


def rng(s, dash="-"):
    return "%s%s%s" % (s["start"], dash, s["end"])


def check_chain(slots):
    """Slots of a forum follow each other without gaps (a drawing mistake would show here)."""
    for a, b in zip(slots, slots[1:]):
        assert a["end"] == b["start"], (a, b)


UNITS = [("华为", (200, 16, 46)), ("阿里云", (255, 106, 0)), ("字节跳动", (50, 90, 200)), ("腾讯", (0, 130, 220)),
         ("英特尔", (0, 104, 181)), ("蚂蚁集团", (22, 119, 255)), ("龙蜥社区", (230, 60, 40)),
         ("openEuler", (0, 47, 167)), ("OpenCloudOS", (0, 120, 200)), ("中兴通讯", (0, 110, 190)),
         ("龙芯中科", (200, 30, 40)), ("统信软件", (0, 100, 200))]


# ===========================================================================
# 1. CLK 2096 (第91届), 沈阳, 东北大学, 2096-10-27: dark navy with cyan.  Each
#    forum is a BLOCK: a heading bar (number chip, the name, an English
#    subtitle under it, '主持人：name' over the unit at the right), a row of
#    column heads (时间 / 议题 / 分享嘉宾), then one row per talk in
#    ALTERNATING tints: the range at the left, the bold title in the middle,
#    the speakers in a right-hand column as 'name（company）' (the opening
#    'name（company job）'); two speakers of one company as
#    'name1、name2（company）' on one line; a long company pushed to the next
#    line of the column, brackets and all.  Breaks are THIN rows.
HOST_A = ("韩立平", "东北大学 教授")
MAIN_A = [
    T("09:00", "09:15", "开幕致辞", [S("马卫东", "东北大学", "副校长")], "韩立平"),
    T("09:15", "10:00", "folio 转换的最后一公里：剩余文件系统的迁移路线", [S("陈志刚", "华为", None)], "韩立平"),
    T("10:00", "10:45", "Making Memory Cgroups Cheaper at Scale", [S("Olga Petrova", "Red Hat", None)], "韩立平"),
    B("10:45", "11:00", "茶歇"),
    T("11:00", "11:45", "大规模容器平台的内核热补丁实践", [S("杨帆", "字节跳动", None), S("吴倩", "字节跳动", None)],
      "韩立平", joined=True),
    B("11:45", "13:30", "午餐"),
]
FORUMS_A = [
    ("处理器架构与调度分论坛", "PROCESSOR ARCHITECTURE & SCHEDULING", ("栗文博", "东北大学 副教授"), [
        T("13:30", "14:10", "sched_ext 在大小核处理器上的能效调度", [S("周浩", "OPPO", None)], "栗文博"),
        T("14:10", "14:50", "LoongArch 内核的向量扩展上下文管理", [S("孙伟", "龙芯中科", None)], "栗文博"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "ARM64 SME 上下文切换的开销分析与优化", [S("何静", "中国科学院软件研究所", None)], "栗文博"),
    ]),
    ("内存管理与异构计算分论坛", "MEMORY MANAGEMENT & HETEROGENEOUS COMPUTING", ("罗军", "大连理工大学 教授"), [
        T("13:30", "14:15", "CXL 共享内存池上的页面迁移策略", [S("黄磊", "阿里云", None)], "罗军"),
        T("14:15", "15:00", "GPU 显存与系统内存的统一管理：HMM 实践", [S("郑凯", "腾讯", None), S("林晓", "东北大学", None)],
          "罗军"),
    ]),
    ("IO与eBPF分论坛", "I/O & eBPF", ("曹阳", "字节跳动 内核技术专家"), [
        T("13:30", "14:15", "io_uring 网络零拷贝接收的实现与收益", [S("冯宇", "蚂蚁集团", None)], "曹阳"),
        T("14:15", "15:00", "基于 eBPF 的块设备 I/O 延迟诊断", [S("韩梅", "中兴通讯", None)], "曹阳"),
    ]),
]
INTRO_A = ("中国Linux内核开发者大会（CLK）是由国内 Linux 内核开发者自发组织的技术会议，第91届大会于 10 月 27 日在"
           "东北大学浑南校区举行。上午为主论坛，下午处理器架构与调度、内存管理与异构计算、IO与eBPF 三个分论坛同时进行，"
           "欢迎各位开发者到场交流。")
CYAN_A, INK_A, DIM_A = (40, 226, 236), (245, 248, 255), (150, 170, 215)


def speaker_texts_a(d, s, f, maxw):
    """The right-hand column: 'name（company）' per speaker, or 'a、b（company）' for a pair of one company;
    a line too long for the column breaks before its '（'."""
    if s.get("joined"):
        texts = ["、".join(sp[0] for sp in s["sp"]) + "（%s）" % aff(s["sp"][0])]
    else:
        texts = [sp[0] + "（%s）" % aff(sp) for sp in s["sp"]]
    lines = []
    for t in texts:
        if tw(d, t, f) <= maxw:
            lines.append(t)
        else:
            head, _, tail = t.partition("（")
            assert tw(d, "（" + tail, f) <= maxw, t
            lines += [head, "（" + tail]
    return lines


def block_a(d, y, name, latin, host, slots, number):
    X0, X1 = 40, 1040
    TX0, TTX, TW, SX = 66, 246, 446, 726
    SW = X1 - 22 - SX
    # measure first, to draw the block's ground before its rows
    ft, fs, fr = font(27, True), font(22), font(24, True)
    rows = []
    for s in slots:
        if s["kind"] == "break":
            rows.append((s, None, None, 48))
        else:
            lines = wrap_title(d, s["title"], ft, TW)
            sl = speaker_texts_a(d, s, fs, SW)
            rows.append((s, lines, sl, max(40 * len(lines), 35 * len(sl)) + 42))
    head_h, cols_h = 136, 48
    total = head_h + cols_h + sum(r[3] for r in rows) + 20
    d.rounded_rectangle([X0, y, X1, y + total], radius=18, fill=(14, 24, 62), outline=(40, 80, 150), width=2)
    # heading bar
    for k in range(head_h):
        t = k / head_h
        d.line([(X0 + 2, y + k), (X1 - 2, y + k)],
               fill=(int(0 + 30 * t), int(120 - 40 * t), int(190 - 10 * t)))
    d.rectangle([X0 + 2, y + head_h - 4, X1 - 2, y + head_h], fill=CYAN_A)
    nx = X0 + 28
    if number:
        d.rounded_rectangle([nx, y + 28, nx + 70, y + 98], radius=10, fill=(8, 16, 48))
        ctext(d, nx + 35, y + 38, number, font(36, True), CYAN_A)
        nx += 92
    d.text((nx, y + 18), name, font=font(42, True), fill=(255, 255, 255))
    d.text((nx + 2, y + 84), latin, font=font(17, True), fill=(190, 240, 250))
    hx = X1 - 28
    rtext(d, hx, y + 26, "主持人：" + host[0], font(25, True), (255, 255, 255))
    rtext(d, hx, y + 68, host[1], font(18), (210, 235, 250))
    assert nx + max(tw(d, name, font(42, True)), tw(d, latin, font(17, True))) < hx - max(
        tw(d, "主持人：" + host[0], font(25, True)), tw(d, host[1], font(18))) - 30, name
    y += head_h
    fc = font(18, True)
    for x, lab in ((TX0, "时间 TIME"), (TTX, "议题 TOPIC"), (SX, "分享嘉宾 SPEAKER")):
        d.text((x, y + 14), lab, font=fc, fill=DIM_A)
    d.line([(X0 + 14, y + cols_h - 2), (X1 - 14, y + cols_h - 2)], fill=(50, 70, 130), width=1)
    y += cols_h
    k = 0
    for s, lines, sl, h in rows:
        if lines is None:
            d.rectangle([X0 + 10, y + 4, X1 - 10, y + h - 4], fill=(9, 15, 42))
            d.text((TX0, y + 13), rng(s), font=font(19, True), fill=DIM_A)
            d.text((TTX, y + 11), s["title"], font=font(21, True), fill=DIM_A)
        else:
            d.rectangle([X0 + 10, y, X1 - 10, y + h], fill=(28, 44, 98) if k % 2 else (19, 31, 76))
            d.text((TX0, y + 22), rng(s), font=fr, fill=CYAN_A)
            for j, ln in enumerate(lines):
                d.text((TTX, y + 20 + 40 * j), ln, font=ft, fill=INK_A)
            for j, ln in enumerate(sl):
                d.text((SX, y + 24 + 35 * j), ln, font=fs, fill=(205, 220, 250))
            k += 1
        y += h
    return y + 20


def paint_a(im, d):
    W = 1080
    logo_lines(d, 40, 40, (255, 255, 255), CYAN_A)
    school_mark(d, 1040, 42, "东北大学", "NORTHEASTERN UNIVERSITY", (255, 255, 255), DIM_A)
    rtext(d, 1040, 170, "CLK", font(64, True), CYAN_A)
    rtext(d, 1040, 240, "2096", font(64, True), (255, 255, 255))
    y = big_name(d, 50, 150, 91, (255, 255, 255), 78)
    pill(d, 50, y, "2096年10月27日（周六）｜ 沈阳", font(28, True), CYAN_A, (8, 20, 52))
    y += 80
    d.text((50, y), "地址：沈阳市浑南区创新路 东北大学浑南校区 信息学馆", font=font(24), fill=DIM_A)
    y = intro(d, 40, 1040, y + 60, INTRO_A, font(23), (220, 228, 250), (60, 110, 190), 38) + 70
    y = agenda_title(d, W, y, (255, 255, 255), CYAN_A)
    check_chain(MAIN_A)
    y = block_a(d, y, "主论坛", "MAIN FORUM", HOST_A, MAIN_A, None) + 30
    lab = "下午　三个分论坛同时进行"
    f = font(30, True)
    pill(d, W / 2 - (tw(d, lab, f) + 60) / 2, y, lab, f, (10, 60, 120), CYAN_A, padx=30, h=58)
    y += 100
    for k, (name, latin, host, slots) in enumerate(FORUMS_A):
        check_chain(slots)
        y = block_a(d, y, name, latin, host, slots, "%02d" % (k + 1)) + 40
    y = foot(d, W, y + 30, "支持单位", UNITS, (245, 248, 255), DIM_A, (255, 255, 255), 3801,
             ["扫码关注大会公众号", "获取直播与会后回放"])
    return int(y)


def poster_a():
    im = two_pass(1080, paint_a, lambda w, h: family_bg(w, h, (6, 12, 40), (12, 8, 44),
                                                        [(0, 70, 110), (70, 20, 110), (10, 40, 120)], 3810, 0.01))
    forums = [{"forum": "主论坛", "slots": [truth_slot(s) for s in MAIN_A]}]
    forums += [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, _, _, slots in FORUMS_A]
    return im, forums


# ===========================================================================
# 2. CLK 2097 (第92届), 福州, 福州大学, 2097-10-26: the organisers' bright blue
#    timeline.  Rows: the range at the left, a dot on a line, the title in
#    cyan, then per speaker 'name  company job' (name bold, the rest small).
#    主论坛 holds two KEYNOTE talks printed LARGER (a bigger white title, a
#    bigger name) with an outlined tag 'Keynote' UNDER their range, in the
#    time column.  主论坛 prints '主持人：'; the afternoon forums print an
#    '出品人：name' (the forum's producer) with 'company job' under it, and no
#    主持人.  Breaks are THIN bands.
HOST_B = ("王海燕", "福州大学计算机与大数据学院 教授")
MAIN_B = [
    T("09:00", "09:10", "开幕致辞", [S("林志远", "福州大学", "副校长")], "王海燕"),
    T("09:10", "09:50", "内核社区的可持续维护：从补丁评审到维护者梯队", [S("张国栋", "华为", "Fellow")], "王海燕",
      keynote=True),
    T("09:50", "10:30", "The State of Memory Tiering in Mainline", [S("Jonathan Hale", "Google", "Principal Engineer")],
      "王海燕", keynote=True),
    B("10:30", "10:45", "茶歇"),
    T("10:45", "11:25", "机密计算虚拟机的内核启动与度量链",
      [S("徐明", "英特尔", "软件架构师"), S("郭丽", "阿里云", "高级技术专家")], "王海燕"),
    T("11:25", "12:05", "内核长期支持版本的回合策略与质量保障", [S("钱伟", "腾讯", "内核研发工程师")], "王海燕"),
    B("12:05", "13:30", "午餐"),
]
FORUMS_B = [
    ("虚拟化与云计算分论坛", ("邓飞", "蚂蚁集团 资深技术专家"), [
        T("13:30", "14:15", "KVM 脏页跟踪在热迁移中的开销分析", [S("江波", "字节跳动", "虚拟化工程师")], "邓飞"),
        T("14:15", "15:00", "virtio-vsock 在安全容器中的性能优化", [S("余静", "华为", "高级工程师")], "邓飞"),
    ]),
    ("文件系统与存储分论坛", ("潘建华", "浪潮信息 存储架构师"), [
        T("13:30", "14:15", "XFS 在线修复（online repair）的原理与实践", [S("朱敏", "Oracle", None)], "潘建华"),
        T("14:15", "15:00", "NVMe 多路径在分布式块存储中的故障切换",
          [S("叶青", "华为", "存储内核专家"), S("唐宁", "福州大学", "博士研究生")], "潘建华"),
    ]),
    ("网络与可观测性分论坛", ("袁斌", "腾讯 网络技术专家"), [
        T("13:30", "14:15", "XDP 与 TC eBPF 在四层负载均衡中的取舍", [S("胡晨", "美团", "系统工程师")], "袁斌"),
        T("14:15", "15:00", "kprobe、fentry 与 tracepoint：BPF 跟踪开销对比", [S("沈佳", "龙蜥社区", "内核开发工程师")],
          "袁斌"),
    ]),
]
INTRO_B = ("第92届中国Linux内核开发者大会将于 2097 年 10 月 26 日在福州大学旗山校区举办。大会由国内 Linux 内核开发者"
           "共同发起，本届设主论坛及虚拟化与云计算、文件系统与存储、网络与可观测性三个分论坛，两场 Keynote 特邀演讲与多场"
           "技术报告聚焦内核社区的最新进展。")
CYAN_B, GOLD_B, SUB_B = (110, 232, 255), (255, 204, 84), (196, 214, 255)


def timeline_b(d, y, slots):
    RX, LX, TX = 52, 276, 306
    TW = 1040 - TX
    y0 = y
    marks = []
    for s in slots:
        if s["kind"] == "break":
            d.rounded_rectangle([40, y, 1040, y + 50], radius=8, fill=(52, 108, 236))
            d.text((RX, y + 11), rng(s), font=font(22, True), fill=(230, 240, 255))
            d.text((TX, y + 9), s["title"], font=font(24, True), fill=(255, 255, 255))
            marks.append(y + 25)
            y += 50 + 34
            continue
        big = s.get("keynote", False)
        ft = font(38 if big else 30, True)
        lh = 54 if big else 44
        fn, fa, step = (font(31, True), font(23), 48) if big else (font(26, True), font(20), 40)
        d.text((RX, y + (8 if big else 4)), rng(s), font=font(25, True), fill=(255, 255, 255))
        if big:
            f = font(20, True)
            w = tw(d, "Keynote", f) + 28
            d.rounded_rectangle([RX, y + 52, RX + w, y + 86], radius=17, outline=GOLD_B, width=2)
            d.text((RX + 14, y + 56), "Keynote", font=f, fill=GOLD_B)
        marks.append(y + 20)
        for ln in wrap_title(d, s["title"], ft, TW):
            d.text((TX, y), ln, font=ft, fill=(255, 255, 255) if big else CYAN_B)
            y += lh
        y += 6
        for sp in s["sp"]:
            d.text((TX, y), sp[0], font=fn, fill=GOLD_B if big else (255, 255, 255))
            x = TX + tw(d, sp[0], fn) + 18
            a = aff(sp)
            d.text((x, y + (fn.size - fa.size) * 0.72), a, font=fa, fill=SUB_B)
            assert x + tw(d, a, fa) <= 1040, sp
            y += step
        y += 36 if not big else 44
    d.line([(LX, y0 + 10), (LX, y - 40)], fill=(150, 190, 255), width=2)
    for m in marks:
        d.ellipse([LX - 7, m - 7, LX + 7, m + 7], fill=CYAN_B)
    return y


def heading_b(d, y, name, number, label, host):
    x = 40
    if number:
        d.polygon([(x + 14, y + 6), (x + 92, y + 6), (x + 78, y + 70), (x, y + 70)], fill=(255, 255, 255))
        ctext(d, x + 46, y + 10, number, font(38, True), (24, 70, 200))
        x += 112
    d.text((x, y), name, font=font(46, True), fill=(255, 255, 255))
    rtext(d, 1040, y + 6, label + host[0], font(26, True), GOLD_B)
    rtext(d, 1040, y + 46, host[1], font(19), SUB_B)
    assert x + tw(d, name, font(46, True)) < 1040 - max(tw(d, label + host[0], font(26, True)),
                                                         tw(d, host[1], font(19))) - 24, name
    d.rectangle([40, y + 92, 1040, y + 96], fill=(120, 200, 255))
    d.rectangle([40, y + 92, 260, y + 96], fill=GOLD_B)
    return y + 136


def paint_b(im, d):
    W = 1080
    logo_lines(d, 40, 40, (255, 255, 255), (180, 215, 255))
    school_mark(d, 1040, 42, "福州大学", "FUZHOU UNIVERSITY", (255, 255, 255), SUB_B)
    y = big_name(d, 50, 150, 92, (255, 255, 255), 84)
    x = pill(d, 50, y, "2097年10月26日", font(30, True), (255, 255, 255), (20, 60, 190))
    d.text((x + 20, y + 8), "福州", font=font(30, True), fill=(255, 255, 255))
    y += 82
    d.text((50, y), "地址：福州市闽侯县学园路 福州大学旗山校区 学术交流中心", font=font(24), fill=SUB_B)
    d.ellipse([850, 160, 1030, 340], outline=(140, 200, 255), width=4)
    ctext(d, 940, 196, "CLK", font(48, True), (255, 255, 255))
    ctext(d, 940, 256, "2097", font(40, True), GOLD_B)
    y = intro(d, 40, 1040, y + 62, INTRO_B, font(23), (235, 242, 255), (140, 190, 255), 38) + 70
    y = agenda_title(d, W, y, (255, 255, 255), GOLD_B)
    check_chain(MAIN_B)
    y = heading_b(d, y, "主论坛", None, "主持人：", HOST_B)
    y = timeline_b(d, y, MAIN_B) + 10
    lab = "下午　三个分论坛同时进行"
    f = font(30, True)
    pill(d, W / 2 - (tw(d, lab, f) + 60) / 2, y, lab, f, GOLD_B, (20, 50, 150), padx=30, h=58)
    y += 120
    for k, (name, host, slots) in enumerate(FORUMS_B):
        check_chain(slots)
        y = heading_b(d, y, name, "%02d" % (k + 1), "出品人：", host)
        y = timeline_b(d, y, slots) + 30
    y = foot(d, W, y + 20, "支持单位", UNITS, (255, 255, 255), SUB_B, (255, 255, 255), 3802,
             ["扫码预约大会直播", "一起交流 Linux 内核技术"])
    return int(y)


def poster_b():
    im = two_pass(1080, paint_b, lambda w, h: family_bg(w, h, (18, 72, 214), (10, 40, 150),
                                                        [(0, 60, 90), (40, 0, 90), (0, 90, 120)], 3820, 0.005))
    forums = [{"forum": "主论坛", "slots": [truth_slot(s) for s in MAIN_B]}]
    forums += [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, _, slots in FORUMS_B]
    return im, forums


# ===========================================================================
# 3. CLK 2098 (第93届), 昆明, 云南大学, 2098-11-08: dark violet with teal.  Each
#    forum heading: a neon bar, the name, a LIVE line ('直播间 N ｜ B站 …') and
#    the forum's OWN QR code at the right with '扫码看本会场直播'.  主论坛 and
#    工具链与测试分论坛 print their '主持人：name（unit）' in the heading; the two
#    other forums print none there: they are split into SESSIONS, each opened
#    by a thin row with a tag '第一节' / '第二节' and '主持人：name（unit）', so
#    each of those forums has two hosts in turn.  Rows: the range in an
#    outlined box at the left, the bold title, per speaker 'name  company job'.
#    Breaks are THIN rows.
HOST_C = ("李红梅", "云南大学 教授")
MAIN_C = [
    T("09:30", "09:45", "开幕致辞", [S("杨建伟", "云南大学", "副校长")], "李红梅"),
    T("09:45", "10:30", "操作系统内核的形式化验证：从 seL4 到 Linux 子系统", [S("王振宇", "中国科学院软件研究所", "研究员")],
      "李红梅"),
    B("10:30", "10:45", "茶歇"),
    T("10:45", "11:30", "Upstream First: Building a Kernel Team Around Mainline",
      [S("Henrik Larsen", "SUSE", "Kernel Team Lead")], "李红梅"),
    B("11:30", "13:30", "午餐"),
]
SESSION = "session"  # a row that opens a session and names its host; no slot
FORUMS_C = [
    ("内核安全与 Rust 分论坛", "直播间 2 ｜ B站 22098302", None, [
        (SESSION, "第一节", ("巩志强", "昆明理工大学 教授")),
        T("13:30", "14:10", "Landlock 沙箱在多租户服务中的应用", [S("蔡文", "华为", "安全工程师")], "巩志强"),
        T("14:10", "14:50", "用 Rust 重写 binder 驱动的经验", [S("方磊", "OPPO", "高级工程师"), S("宋佳琪", "OPPO", "工程师")],
          "巩志强"),
        B("14:50", "15:05", "茶歇"),
        (SESSION, "第二节", ("吕静", "云南大学 副教授")),
        T("15:05", "15:45", "KASAN 与 KFENCE 在生产环境中的取舍", [S("任杰", "字节跳动", "内核工程师")], "吕静"),
        T("15:45", "16:25", "IMA 度量日志的远程证明实践", [S("魏来", "统信软件", "安全架构师")], "吕静"),
    ]),
    ("嵌入式与实时分论坛", "直播间 3 ｜ B站 22098303", None, [
        (SESSION, "第一节", ("苏明", "昆明理工大学 副教授")),
        T("13:30", "14:10", "PREEMPT_RT 合入主线后的实时性回归测试", [S("汤浩", "中兴通讯", "资深工程师")], "苏明"),
        T("14:10", "14:50", "RISC-V SoC 上的 Linux 启动时间优化", [S("戴琳", "平头哥", "系统软件工程师")], "苏明"),
        B("14:50", "15:05", "茶歇"),
        (SESSION, "第二节", ("段海峰", "云南大学 副教授")),
        T("15:05", "15:45", "车载 Linux 的确定性调度与资源隔离", [S("龚鹏", "理想汽车", "内核工程师")], "段海峰"),
    ]),
    ("工具链与测试分论坛", "直播间 4 ｜ B站 22098304", ("毛晓峰", "阿里云 技术专家"), [
        T("13:30", "14:10", "KUnit 与 kselftest 在持续集成中的分工", [S("谭敏", "英特尔", "测试架构师")], "毛晓峰"),
        T("14:10", "14:50", "Clang 构建内核的 LTO 与 CFI 实践", [S("邵杰", "Google", None)], "毛晓峰"),
    ]),
]
INTRO_C = ("第93届中国Linux内核开发者大会于 2098 年 11 月 8 日在云南大学呈贡校区举行，全程线上同步直播。上午主论坛，"
           "下午内核安全与 Rust、嵌入式与实时、工具链与测试三个分论坛并行；各会场的直播间与二维码见各分论坛标题栏。")
TEAL_C, INK_C, SUB_C, VIO_C = (64, 236, 208), (248, 246, 255), (178, 168, 222), (150, 96, 255)


def heading_c(d, y, name, live, host, seed):
    d.rectangle([40, y, 48, y + 150], fill=TEAL_C)
    d.text((66, y - 4), name, font=font(44, True), fill=(255, 255, 255))
    d.polygon([(68, y + 72), (68, y + 92), (85, y + 82)], fill=TEAL_C)
    d.text((96, y + 66), live, font=font(22, True), fill=TEAL_C)
    if host:
        d.text((66, y + 108), "主持人：%s（%s）" % host, font=font(24, True), fill=INK_C)
    qrcode(d, 906, y - 4, 130, seed)
    ctext(d, 971, y + 134, "扫码看本会场直播", font(15), SUB_C)
    assert 66 + tw(d, name, font(44, True)) < 880, name
    d.line([(40, y + 170), (1040, y + 170)], fill=(90, 70, 150), width=2)
    return y + 200


def rows_c(d, y, slots):
    TX = 284
    TW = 1040 - TX
    for s in slots:
        if isinstance(s, tuple):
            _, tag, host = s
            f = font(20, True)
            w = tw(d, tag, f) + 24
            d.rounded_rectangle([40, y + 6, 40 + w, y + 40], radius=6, fill=VIO_C)
            d.text((52, y + 10), tag, font=f, fill=(255, 255, 255))
            d.text((40 + w + 18, y + 7), "主持人：%s（%s）" % host, font=font(22, True), fill=(214, 200, 255))
            y += 64
            continue
        if s["kind"] == "break":
            d.rectangle([40, y, 1040, y + 46], fill=(44, 26, 84))
            d.text((58, y + 11), rng(s), font=font(20, True), fill=SUB_C)
            d.text((TX, y + 9), s["title"], font=font(22, True), fill=SUB_C)
            y += 46 + 30
            continue
        d.rounded_rectangle([40, y, 250, y + 46], radius=8, outline=TEAL_C, width=2)
        ctext(d, 145, y + 8, rng(s), font(24, True), TEAL_C)
        ft = font(29, True)
        for ln in wrap_title(d, s["title"], ft, TW):
            d.text((TX, y + 2), ln, font=ft, fill=INK_C)
            y += 44
        y += 8
        fn, fa = font(25, True), font(20)
        for sp in s["sp"]:
            d.text((TX, y), sp[0], font=fn, fill=(255, 222, 140))
            x = TX + tw(d, sp[0], fn) + 18
            a = aff(sp) or ""
            d.text((x, y + 4), a, font=fa, fill=SUB_C)
            y += 38
        y += 34
    return y


def paint_c(im, d):
    W = 1080
    logo_lines(d, 40, 40, (255, 255, 255), TEAL_C)
    school_mark(d, 1040, 42, "云南大学", "YUNNAN UNIVERSITY", (255, 255, 255), SUB_C)
    y = big_name(d, 50, 150, 93, (255, 255, 255), 80)
    rtext(d, 1040, 160, "CLK", font(70, True), TEAL_C)
    rtext(d, 1040, 240, "2098", font(58, True), (255, 255, 255))
    pill(d, 50, y, "2098年11月8日（周六）｜ 昆明", font(28, True), VIO_C, (255, 255, 255))
    y += 80
    d.text((50, y), "地址：昆明市呈贡区大学城 云南大学呈贡校区 科学馆", font=font(24), fill=SUB_C)
    d.text((50, y + 40), "线上：B站 · 视频号「CLK内核大会」全程同步直播", font=font(24), fill=SUB_C)
    y = intro(d, 40, 1040, y + 100, INTRO_C, font(23), (230, 226, 250), (110, 90, 190), 38) + 70
    y = agenda_title(d, W, y, (255, 255, 255), TEAL_C)
    check_chain(MAIN_C)
    y = heading_c(d, y, "主论坛", "直播间 1 ｜ B站 22098301", HOST_C, 3831)
    y = rows_c(d, y, MAIN_C)
    lab = "下午　三个分论坛同时进行"
    f = font(30, True)
    pill(d, W / 2 - (tw(d, lab, f) + 60) / 2, y + 6, lab, f, (70, 40, 140), TEAL_C, padx=30, h=58)
    y += 130
    for k, (name, live, host, slots) in enumerate(FORUMS_C):
        check_chain([s for s in slots if not isinstance(s, tuple)])
        y = heading_c(d, y, name, live, host, 3832 + k)
        y = rows_c(d, y, slots) + 30
    y = foot(d, W, y + 20, "支持单位", UNITS, (250, 248, 255), SUB_C, (255, 255, 255), 3839,
             ["扫码关注大会公众号", "会后回放与演讲资料同步发布"])
    return int(y)


def poster_c():
    im = two_pass(1080, paint_c, lambda w, h: family_bg(w, h, (20, 8, 40), (8, 6, 26),
                                                        [(70, 20, 120), (0, 80, 90), (60, 0, 90)], 3830, 0.004))
    forums = [{"forum": "主论坛", "slots": [truth_slot(s) for s in MAIN_C]}]
    forums += [{"forum": name, "slots": [truth_slot(s) for s in slots if not isinstance(s, tuple)]}
               for name, _, _, slots in FORUMS_C]
    return im, forums


# ===========================================================================
# 4. CLK 2099 (第94届), 太原, 太原理工大学, 2099-10-31: deep indigo to blue with
#    orange.  Each forum: its name with a big HOLLOW number at the right, then
#    '主持人：name　unit' under the name, an orange rule.  Each talk prints its
#    TITLE FIRST, across the page after an orange diamond, and only THEN, on
#    the line under the title, the range in a small filled orange box with
#    the speakers beside it ('name  company job', a second speaker under the
#    first).  One title carries a SUBTITLE on a line of its own in smaller,
#    lighter type ('——…').  Breaks are THIN bands with the range first.
HOST_D = ("郝建军", "太原理工大学 教授")
MAIN_D = [
    T("09:00", "09:10", "开幕致辞", [S("赵立新", "太原理工大学", "副校长")], "郝建军"),
    T("09:10", "09:55", "硬件内存标签（MTE）在移动设备内核中的落地", [S("梁晨", "荣耀", "内核架构师")], "郝建军"),
    T("09:55", "10:40", "Scaling sched_ext Schedulers to Thousands of CPUs",
      [S("Rahul Mehta", "Intel", "Principal Engineer")], "郝建军"),
    B("10:40", "10:55", "茶歇"),
    T("10:55", "11:40", "内核热升级的工程化——从单机验证到十万台集群的灰度发布", [S("孟涛", "京东", "系统架构师")], "郝建军",
      sub="——从单机验证到十万台集群的灰度发布"),
    B("11:40", "13:30", "午餐"),
]
FORUMS_D = [
    ("RISC-V 与体系结构分论坛", ("白云飞", "中北大学 教授"), [
        T("13:30", "14:15", "RISC-V IOMMU 驱动的设计与上游进展", [S("严飞", "中国科学院计算技术研究所", "副研究员")], "白云飞"),
        T("14:15", "15:00", "Arm CCA Realm 虚拟机的内核支持", [S("邱帆", "Arm", "软件工程师")], "白云飞"),
    ]),
    ("云原生与资源隔离分论坛", ("常磊", "中国移动 首席专家"), [
        T("13:30", "14:15", "cgroup v2 内存 QoS 在在离线混部中的实践", [S("熊伟", "快手", "内核工程师")], "常磊"),
        T("14:15", "15:00", "PSI 驱动的容器弹性伸缩", [S("邹丽", "网易", "资深工程师"), S("陶勇", "网易", "工程师")], "常磊"),
    ]),
    ("性能分析与调优分论坛", ("贾宁", "太原理工大学 副教授"), [
        T("13:30", "14:15", "PMU 虚拟化：云上性能分析的盲区", [S("龙飞", "腾讯云", "性能工程师")], "贾宁"),
        T("14:15", "15:00", "锁竞争的定位与优化：从 lockstat 到 BPF", [S("万凯", "小米", None)], "贾宁"),
    ]),
]
INTRO_D = ("2099 年 10 月 31 日，第94届中国Linux内核开发者大会在太原理工大学明向校区举行。大会上午为主论坛，下午 RISC-V "
           "与体系结构、云原生与资源隔离、性能分析与调优三个分论坛同时进行，来自企业、高校与开源社区的内核开发者将分享"
           "各自的实践。")
ORANGE_D, INK_D, SUB_D = (255, 146, 48), (250, 250, 255), (182, 192, 236)


def heading_d(d, y, name, number, host):
    if number:
        f = font(120, True)
        d.text((1040 - tw(d, number, f), y - 40), number, font=f, fill=(30, 40, 120), stroke_width=3,
               stroke_fill=ORANGE_D)
    d.text((40, y), name, font=font(46, True), fill=(255, 255, 255))
    d.text((42, y + 70), "主持人：%s　%s" % host, font=font(24, True), fill=SUB_D)
    d.rectangle([40, y + 122, 1040, y + 125], fill=ORANGE_D)
    return y + 160


def rows_d(d, y, slots):
    TX = 84
    for s in slots:
        if s["kind"] == "break":
            d.rectangle([40, y, 1040, y + 46], fill=(40, 52, 130))
            d.text((TX, y + 11), rng(s), font=font(20, True), fill=ORANGE_D)
            d.text((TX + 160, y + 9), s["title"], font=font(22, True), fill=SUB_D)
            y += 46 + 34
            continue
        sub = s.get("sub")
        title = s["title"][: -len(sub)] if sub else s["title"]
        ft = font(31, True)
        d.polygon([(52, y + 10), (62, y + 21), (52, y + 32), (42, y + 21)], fill=ORANGE_D)
        for ln in wrap_title(d, title, ft, 1040 - TX):
            d.text((TX, y), ln, font=ft, fill=INK_D)
            y += 46
        if sub:
            d.text((TX, y - 2), sub, font=font(24), fill=(200, 208, 240))
            y += 38
        y += 8
        f = font(21, True)
        box = tw(d, rng(s), f) + 22
        d.rounded_rectangle([TX, y + 2, TX + box, y + 36], radius=6, fill=ORANGE_D)
        d.text((TX + 11, y + 6), rng(s), font=f, fill=(26, 30, 90))
        sx = TX + box + 22
        fn, fa = font(24, True), font(20)
        for sp in s["sp"]:
            d.text((sx, y + 2), sp[0], font=fn, fill=(255, 255, 255))
            x = sx + tw(d, sp[0], fn) + 16
            d.text((x, y + 6), aff(sp) or "", font=fa, fill=SUB_D)
            y += 38
        y += 26
        d.line([(TX, y), (1040, y)], fill=(60, 74, 160), width=1)
        y += 30
    return y


def paint_d(im, d):
    W = 1080
    logo_lines(d, 40, 40, (255, 255, 255), ORANGE_D)
    school_mark(d, 1040, 42, "太原理工大学", "TAIYUAN UNIVERSITY OF TECHNOLOGY", (255, 255, 255), SUB_D)
    y = big_name(d, 50, 150, 94, (255, 255, 255), 80)
    rtext(d, 1040, 300, "CLK 2099", font(40, True), ORANGE_D)
    pill(d, 50, y, "2099.10.31　周六 · 太原", font(28, True), ORANGE_D, (26, 30, 90))
    y += 80
    d.text((50, y), "地址：太原市晋中区大学城 太原理工大学明向校区 图书馆报告厅", font=font(24), fill=SUB_D)
    y = intro(d, 40, 1040, y + 62, INTRO_D, font(23), (232, 236, 255), (100, 120, 220), 38) + 70
    y = agenda_title(d, W, y, (255, 255, 255), ORANGE_D)
    check_chain(MAIN_D)
    y = heading_d(d, y, "主论坛", None, HOST_D)
    y = rows_d(d, y, MAIN_D)
    lab = "下午　三个分论坛同时进行"
    f = font(30, True)
    pill(d, W / 2 - (tw(d, lab, f) + 60) / 2, y, lab, f, ORANGE_D, (26, 30, 90), padx=30, h=58)
    y += 140
    for k, (name, host, slots) in enumerate(FORUMS_D):
        check_chain(slots)
        y = heading_d(d, y, name, "%02d" % (k + 1), host)
        y = rows_d(d, y, slots) + 20
    y = foot(d, W, y + 20, "支持单位", UNITS, (255, 255, 255), SUB_D, (255, 255, 255), 3849,
             ["扫码报名 · 观看直播", "CLK 2099 · 太原"])
    return int(y)


def poster_d():
    im = two_pass(1080, paint_d, lambda w, h: family_bg(w, h, (22, 24, 92), (14, 44, 130),
                                                        [(60, 20, 80), (0, 50, 110), (80, 40, 0)], 3840, 0.005))
    forums = [{"forum": "主论坛", "slots": [truth_slot(s) for s in MAIN_D]}]
    forums += [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, _, slots in FORUMS_D]
    return im, forums


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-37 (and 4..36 before it): speakers are names as printed with spaces removed "
    "(the Latin names 'Olga Petrova' -> 'OlgaPetrova', 'Jonathan Hale' -> 'JonathanHale', 'Henrik Larsen' -> "
    "'HenrikLarsen', 'Rahul Mehta' -> 'RahulMehta'); host is the chair printed for the forum covering the slot, null "
    "for breaks; start/end always HH:MM on a 24-hour clock; titles exclude tags and badges; where two speakers are "
    "printed each has his own affiliation, given per speaker; affiliations keep a printed job title, joined to the "
    "company by one space, and a speaker printed with a company and no job has the company alone; break titles are "
    "as printed; an opening printed with a speaker is a talk. Four editions, each on ONE picture only, so no talk is "
    "on two posters: CLK 2096 (第91届, 沈阳), CLK 2097 (第92届, 福州), CLK 2098 (第93届, 昆明), CLK 2099 (第94届, "
    "太原). Each picture is its edition's one agenda image IN THE ORGANISERS' OWN FAMILY (logo lines, school at the "
    "top right, '第N届中国' over 'Linux内核开发者大会', a date pill, the address, a framed introduction, '大会议程', "
    "support units and a QR code at the foot), a PNG of 1.1 to 1.5 MB, 1080 px wide: 主论坛 in the morning and three "
    "forums in parallel in the afternoon (their ranges repeat); the forums are listed in printed order, top to "
    "bottom. Headers, 'CLK 2096'-style marks, introductions (which name the forums in prose), addresses, live lines, "
    "QR captions, support-unit boxes and the band '下午　三个分论坛同时进行' are never part of a name, a title or a "
    "slot. Added or stressed here: (1) CLK 2096 (沈阳, 2096-10-27). Each forum is ONE BLOCK: a heading bar with a "
    "number chip '01'..'03' (none for 主论坛; no part of the name), the Chinese name, an ENGLISH SUBTITLE under it "
    "('MAIN FORUM', 'PROCESSOR ARCHITECTURE & SCHEDULING', 'MEMORY MANAGEMENT & HETEROGENEOUS COMPUTING', 'I/O & "
    "eBPF': no part of the name), and at the right '主持人：name' over the unit (the host). Then a row of column heads "
    "'时间 TIME', '议题 TOPIC', '分享嘉宾 SPEAKER' (no slot), and one row per talk in ALTERNATING tints: the range at the "
    "left, the bold title in the middle (wrapping at a space or after '：' where it can: 'folio 转换的最后一公里：' / "
    "'剩余文件系统的迁移路线' is one title, joined without a space), the speakers in a RIGHT-HAND column as "
    "'name（company）' (company alone as the affiliation); the opening prints '马卫东（东北大学 副校长）' (affiliation "
    "'东北大学 副校长'). '杨帆、吴倩（字节跳动）' is TWO speakers of one company on one line: each has the affiliation "
    "'字节跳动'. '郑凯（腾讯）' over '林晓（东北大学）' are two speakers with their own companies. '何静' over "
    "'（中国科学院软件研究所）': the column is too narrow, so the bracketed company went to the next line; it is 何静's "
    "affiliation. Breaks are THIN darker rows 'range  label' ('茶歇', '午餐'). Uncommon surname 栗 (a host). (2) CLK "
    "2097 (福州, 2097-10-26), the blue timeline: range, a dot on a line, the title, per speaker 'name  company job'. "
    "In 主论坛 the two KEYNOTE talks (09:10-09:50 and 09:50-10:30) are printed LARGER (white 38 px titles, gold 31 px "
    "names) with an outlined tag 'Keynote' in the TIME column under their range: the tag is no part of the title or "
    "the range. 主论坛's heading prints '主持人：王海燕' (the host). The three afternoon forums print, at the right of "
    "their heading, '出品人：name' (the forum's producer) over 'company job', and NO 主持人: judgement call: the 出品人 "
    "is the one chair printed for the forum and is given as its host (set 27's rule that a 出品人 is not the host "
    "applies where a 主持人 is printed beside him). Two talks with two speakers of two companies on two lines (徐明 "
    "英特尔, 郭丽 阿里云; 叶青 华为, 唐宁 福州大学). Breaks are THIN bands 'range  label'. '朱敏  Oracle' has no job; "
    "'张国栋  华为 Fellow' has the job 'Fellow'. (3) CLK 2098 (昆明, 2098-11-08), dark violet. Every forum heading "
    "holds a neon bar, the name, a LIVE line '直播间 N ｜ B站 2209830N' and the forum's OWN QR code at the right with "
    "'扫码看本会场直播' (none of them a slot, a name or a host). 主论坛 and 工具链与测试分论坛 print "
    "'主持人：name（unit）' in the heading. 内核安全与 Rust 分论坛 and 嵌入式与实时分论坛 print no host in the heading: "
    "they are split into SESSIONS, each opened by a thin row with a violet tag '第一节' or '第二节' and "
    "'主持人：name（unit）'. Each session's host chairs the talks under it up to the next session row: 巩志强 the 13:30 "
    "and 14:10 talks and 吕静 the 15:05 and 15:45 talks of 内核安全与 Rust 分论坛; 苏明 the 13:30 and 14:10 talks and "
    "段海峰 the 15:05 talk of 嵌入式与实时分论坛. The session rows are no slots and their tags no titles; the 茶歇 between "
    "the sessions is a break of its forum (host null). Rows: the range in an outlined box at the left, the bold title, "
    "per speaker 'name  company job'. The binder talk has two speakers of one company on two lines (方磊, 宋佳琪, both "
    "OPPO with their own jobs); '邵杰  Google' has no job. Uncommon surname 巩 (a session host). (4) CLK 2099 (太原, "
    "2099-10-31), indigo and orange. Each forum: the name, a big HOLLOW number '01'..'03' at the right (no part of the "
    "name), '主持人：name　unit' under the name (the host). Each talk prints its TITLE FIRST, after an orange diamond, "
    "and only THEN, on the line UNDER the title, the range in a small filled orange box with the speakers beside it "
    "('name  company job', a second speaker under the first): a range belongs to the title ABOVE it, not to the title "
    "under it. The 10:55 talk prints '内核热升级的工程化' and, on the next line in smaller lighter type, "
    "'——从单机验证到十万台集群的灰度发布': judgement call: the subtitle is part of the title, joined without a space "
    "('内核热升级的工程化——从单机验证到十万台集群的灰度发布'). Breaks are THIN bands with the range first. '万凯  小米' has "
    "no job; 邹丽 and 陶勇 are two speakers of one company, each with his own job. The title '开幕致辞' is on all four "
    "posters: the openings of four editions (different speakers), not one talk."
)

LAYOUTS = {
    "zebra-blocks-speaker-column.png": (
        "CLK 2096 (第91届), 沈阳, 2096-10-27 (PNG, 1080 px), the organisers' family on dark navy with cyan: logo lines, "
        "'东北大学', '第91届中国 / Linux内核开发者大会', 'CLK' over '2096', a date pill, the address, an introduction, "
        "'大会议程'. Each forum ONE BLOCK: a heading bar (number chip, the name, an English subtitle under it, '主持人："
        "name' over the unit at the right), column heads '时间 TIME / 议题 TOPIC / 分享嘉宾 SPEAKER', rows in ALTERNATING "
        "tints: range | bold title | 'name（company）' in a right-hand column ('a、b（company）' for a pair of one "
        "company; a long company on the column's next line); THIN break rows. Support units and a QR code. Uncommon "
        "surname 栗. 4 + 3 + 2 + 2 talks.",
        "2096-10-27", poster_a),
    "keynotes-producers-timeline.png": (
        "CLK 2097 (第92届), 福州, 2097-10-26 (PNG, 1080 px), the organisers' bright blue timeline: logo lines, '福州大学', "
        "'第92届中国 / Linux内核开发者大会', a ring 'CLK' / '2097', a date pill with '福州', the address, an "
        "introduction, '大会议程'. Rows: range, a dot on a line, the cyan title, 'name  company job' per speaker. Two "
        "KEYNOTE talks in 主论坛 in LARGER type with an outlined 'Keynote' tag under their range. 主论坛 prints "
        "'主持人：'; the three afternoon forums print '出品人：name' over 'company job' and no 主持人. THIN break bands. "
        "Support units and a QR code. 5 + 2 + 2 + 2 talks.",
        "2097-10-26", poster_b),
    "session-hosts-live-qr.png": (
        "CLK 2098 (第93届), 昆明, 2098-11-08 (PNG, 1080 px), the organisers' family on dark violet with teal: logo "
        "lines, '云南大学', '第93届中国 / Linux内核开发者大会', 'CLK' over '2098', a date pill, the address, a live line, "
        "an introduction, '大会议程'. Each forum heading: a neon bar, the name, a live line '直播间 N ｜ B站 …' and the "
        "forum's own QR code ('扫码看本会场直播'); 主论坛 and 工具链与测试分论坛 print '主持人：name（unit）' there, the "
        "two other forums are split into sessions opened by '第一节' / '第二节' rows, each with its own "
        "'主持人：name（unit）'. Rows: the range in an outlined box, the bold title, 'name  company job'. THIN break "
        "rows. Uncommon surname 巩. 3 + 4 + 3 + 2 talks.",
        "2098-11-08", poster_c),
    "title-first-range-under.png": (
        "CLK 2099 (第94届), 太原, 2099-10-31 (PNG, 1080 px), the organisers' family on indigo to blue with orange: "
        "logo lines, '太原理工大学', '第94届中国 / Linux内核开发者大会', 'CLK 2099', a date pill '2099.10.31　周六 · 太原', "
        "the address, an introduction, '大会议程'. Each forum: the name, a hollow number at the right, '主持人：name　"
        "unit'. Each talk: the TITLE FIRST after a diamond, then UNDER it the range in a small orange box with the "
        "speakers beside it; one title with a subtitle line '——…' in smaller type. THIN break bands. Support units and "
        "a QR code. 4 + 2 + 2 + 2 talks.",
        "2099-10-31", poster_d),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        im.save(os.path.join(HERE, fn), optimize=True)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
