"""Draw the fifty-fourth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
every picture is a PNG saved with optimize, 1.0-1.6 MB, as an edition's
repository holds its one agenda image (CLK2022 keeps imgs/2022clk.png, 1.5 MB).
The set is about that ONE image of a whole one-day edition in the family of the
organisers' own designs, with CLK2022's four forums as its README names them:
主论坛 in the morning, then 处理器架构与调度分论坛, 内存管理与异构计算分论坛 and
'IO 与 ebpf 分论坛' in parallel in the afternoon.  Four editions, no talk on two
posters, each a variation:
  CLK 2241 (1600 px, the organisers' near-black): the afternoon forums SIDE BY
    SIDE in three columns; 'name company' in one run (the company in teal), the
    job on a second, smaller line; hosts under the forum's name; two columns
    end at 17:00, the third at 17:30.
  CLK 2242 (1080 px, the organisers' royal blue): START TIMES ONLY ('14:15') in
    the timeline, each forum's span printed once under its name; forums one
    under the other; hosts at the right of the name over the unit; a talk by a
    Chinese and a foreign speaker, '王磊 / Marek Hruby　华为 / SUSE'.
  CLK 2243 (1242 px, indigo and violet): the afternoon forums in three narrow
    columns, titles of three lines, English titles wrapped at word boundaries;
    the name on one line and 'company job' on a second, smaller one; hosts
    under the forum's name; the middle column ends at 17:30, the others at 17:00.
  CLK 2244 (1080 px, navy and gold): forums one under the other, the host at
    the RIGHT of the forum's name on the same line; every speaker 'name
    company' in one run, the company in gold, no job printed; a three-line
    title with an English part in brackets.
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


def font(size, bold=False, serif=False):
    fam = "Serif" if serif else "Sans"
    path = FD + "Noto%sCJK-%s.ttc" % (fam, "Bold" if bold else "Regular")
    key = (path, round(size))
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, round(size), index=SC)
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
    """Seeded grain blended in: the texture of a designer's gradient once exported."""
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


def streaks(d, x0, y0, n, dx, dy, length, fill, width=2):
    """Neon streaks as the organisers' headers draw them: parallel slanted lines."""
    for i in range(n):
        x, y = x0 + i * dx, y0 + i * dy
        d.line([(x, y), (x + length, y - length * 0.55)], fill=fill, width=width)


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
    """A talk as the poster prints it: its range, title, speakers and the forum's host."""
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job=None):
    """A speaker as printed: the name, the company, the job title (None where none is printed)."""
    return (name, company, job)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; None where no company is printed."""
    company, job = sp[1], sp[2]
    if company is None:
        return None
    return company if job is None else company + " " + job


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums, date):
    """Forums in printed order; each carries the edition's one date."""
    return [{"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]} for name, _, slots in forums]


def check_forums(forums, afternoon, ends):
    """Each forum's slots follow one another; the afternoon forums start together and end where stated."""
    for name, host, slots in forums:
        for a, b in zip(slots, slots[1:]):
            assert a["end"] == b["start"], (name, a["title"], b["title"])
        for s in slots:
            assert s["host"] == (host[0] if s["kind"] == "talk" else None), (name, s["title"])
    assert forums[0][2][-1]["end"] == afternoon, "午餐 ends where the afternoon starts"
    assert [f[2][0]["start"] for f in forums[1:]] == [afternoon] * 3
    assert [f[2][-1]["end"] for f in forums[1:]] == ends, [f[2][-1]["end"] for f in forums[1:]]


def talks(forums):
    return [len([s for s in slots if s["kind"] == "talk"]) for _, _, slots in forums]


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
    """A rice bowl with chopsticks in lines, for the lunch."""
    d.chord([x, y + 6 * k, x + 30 * k, y + 34 * k], 0, 180, outline=fill, width=max(2, round(3 * k)))
    d.line([(x - 2 * k, y + 20 * k), (x + 32 * k, y + 20 * k)], fill=fill, width=max(2, round(3 * k)))
    d.line([(x + 12 * k, y + 16 * k), (x + 30 * k, y)], fill=fill, width=2)
    d.line([(x + 17 * k, y + 16 * k), (x + 34 * k, y + 2 * k)], fill=fill, width=2)


def meal_mark(d, x, y, title, fill, k=1.0):
    if title == "茶歇":
        cup(d, x, y, fill, k)
    elif title == "午餐":
        bowl(d, x, y, fill, k)


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(19 * k, True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(17 * k), fill=ink)


def number_box(d, x, y, text, fill, ink, h=48):
    """A slanted box holding a forum's number ('01'), as the organisers' headings have it."""
    f = font(h * 0.62, True)
    w = tw(d, text, f) + h * 0.9
    sl = h * 0.28
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], fill=fill)
    ctext(d, x + sl / 2 + w / 2, y + h * 0.12, text, f, ink)
    return x + w + sl


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def weekday(date):
    return "一二三四五六日"[datetime.date.fromisoformat(date).weekday()]


def header(d, W, ed, ink, accent, pale, frame, hollow, ring):
    """The organisers' header, scaled to the width: logo lines, the host school, '第N届中国' over
    'Linux内核开发者大会', 'CLK' with the year, a date pill, the address, a framed introduction with
    corner marks, '大会议程' over a hollow 'AGENDA'.  Returns the y under it."""
    k = W / 1080
    X0, X1 = 48 * k, W - 48 * k
    logo_lines(d, X0, 44 * k, ink, accent, k)
    rtext(d, X1, 46 * k, ed["school"], font(30 * k, True), ink)
    rtext(d, X1, 88 * k, ed["school_en"], font(16 * k, True), pale)
    d.text((X0, 168 * k), "第%d届中国" % ed["nth"], font=font(82 * k, True), fill=ink)
    d.text((X0, 270 * k), "Linux内核开发者大会", font=font(82 * k, True), fill=ink)
    cx, cy, yr = 940 * k, 230 * k, ed["year"]
    if ring:  # rings round 'CLK' and the year, after the 2024 image
        for j in range(3):
            r = (80 + 12 * j) * k
            d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=accent if j == 0 else frame, width=max(2, round(3 * k)))
        ctext(d, cx, cy - 46 * k, "CLK", font(40 * k, True), ink)
        ctext(d, cx, cy + 8 * k, yr, font(30 * k, True), accent)
    else:  # 'CLK' with the year raised beside it, after the 2023 image
        f = font(64 * k, True)
        rtext(d, X1 - 92 * k, 150 * k, "CLK", f, ink)
        d.text((X1 - 86 * k, 156 * k), yr, font=font(24 * k, True), fill=accent)
    y = 408 * k
    pill = "%s年%d月%d日（周%s）｜ %s" % (yr, ed["month"], ed["day"], weekday(ed["date"]), ed["city"])
    pf = font(30 * k, True)
    d.rounded_rectangle([X0, y, X0 + tw(d, pill, pf) + 56 * k, y + 56 * k], radius=28 * k, outline=accent,
                        width=max(2, round(3 * k)))
    d.text((X0 + 28 * k, y + 6 * k), pill, font=pf, fill=ink)
    d.text((X0, y + 88 * k), "地址：" + ed["address"], font=font(28 * k), fill=ink)
    y += 172 * k
    top = y
    y += 32 * k
    for ln in wrap(d, ed["intro"], font(23 * k), X1 - X0 - 72 * k):
        d.text((X0 + 36 * k, y), ln, font=font(23 * k), fill=pale)
        y += 40 * k
    d.rectangle([X0, top, X1, y + 24 * k], outline=frame, width=2)
    for qx, qy in ((X0, top), (X1, top), (X0, y + 24 * k), (X1, y + 24 * k)):  # corner marks
        d.rectangle([qx - 6 * k, qy - 6 * k, qx + 6 * k, qy + 6 * k], fill=accent)
    y += 150 * k
    d.text((W / 2 - 250 * k, y - 34 * k), "AGENDA", font=font(120 * k, True), fill=hollow[0], stroke_width=2,
           stroke_fill=hollow[1])
    ctext(d, W / 2, y, "大会议程", font(66 * k, True), ink)
    return y + 170 * k


def foot(d, W, y, ed, ink, pale, box_ink, per_row):
    """Support units in white boxes, a QR code, the organisers' line.  Returns the picture's height."""
    k = W / 1080
    X0, X1 = 48 * k, W - 48 * k
    ctext(d, W / 2, y, "支持单位", font(44 * k, True), ink)
    y += 90 * k
    gap = 24 * k
    bw, bh = (X1 - X0 - (per_row - 1) * gap) / per_row, 78 * k
    rows = math.ceil(len(ed["units"]) / per_row)
    for i, u in enumerate(ed["units"]):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + 20 * k)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8 * k, fill=(255, 255, 255))
        ctext(d, bx + bw / 2, by + 18 * k, u, font(30 * k, True), box_ink)
    y += rows * (bh + 20 * k) + 50 * k
    qrcode(d, W / 2 - 110 * k, y, 220 * k, ed["nth"])
    ctext(d, W / 2, y + 244 * k, "扫码报名", font(36 * k, True), ink)
    ctext(d, W / 2, y + 300 * k, "现场名额 500 人，报满即止", font(24 * k), pale)
    ctext(d, W / 2, y + 352 * k, "主办：中国Linux内核开发者大会组委会　承办：" + ed["school"], font(20 * k), pale)
    return round(y + 420 * k)


def intro(ed, forums_and_units):
    return ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域的年度技术盛会，由国内主要操作"
            "系统厂商、互联网企业、芯片厂商与高校共同发起。第%d届大会由%s承办，%s欢迎开发者与高校师生到场交流。"
            % (ed["nth"], ed["school"], forums_and_units))


# ===========================================================================
# 1. CLK 2241 (第236届), 苏州, Saturday 2241-10-23: the organisers' near-black
#    family (teal and violet glows, neon streaks) drawn 1600 px wide.  主论坛 as
#    their timeline across the page (range, a dot on a line, the teal title, the
#    speaker as 'name company' in ONE run with the company in teal, the job on
#    a SECOND, smaller grey line).  The afternoon: three forums SIDE BY SIDE in
#    columns of 453 px, each under a head (an outlined numeral, the name, the
#    host under it, the unit), cards holding the range, the title, the speaker
#    run and the job line; 茶歇 bands inside the columns.  Two columns end at
#    17:00, the third at 17:30, a card longer.
ED_A = {"year": "2241", "nth": 236, "date": "2241-10-23", "month": 10, "day": 23, "city": "苏州",
        "school": "苏州大学", "school_en": "SOOCHOW UNIVERSITY", "address": "苏州大学天赐庄校区 敬贤堂",
        "units": ["华为", "阿里云", "腾讯", "字节跳动", "英特尔", "Arm", "OPPO", "vivo", "快手", "网易",
                  "openEuler", "龙蜥社区"]}
ED_A["intro"] = intro(ED_A, "上午为主论坛，下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行，"
                      "邀请来自华为、阿里云、腾讯、字节跳动、英特尔、Arm、OPPO、vivo、快手、网易、摩尔线程与中国科学院"
                      "软件研究所的开发者分享内核各子系统的最新进展。")
FORUMS_A = [
    ("主论坛", ("顾建华", "苏州大学 计算机科学与技术学院 教授"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "10:00", "面向智算中心的操作系统内核：调度、内存与可靠性",
          [S("陈建国", "华为", "openEuler 内核首席架构师")], "顾建华"),
        T("10:00", "10:50", "Memory Tiering in Mainline: CXL, DAMON and the Road Ahead",
          [S("Niklas Berg", "Arm", "Staff Software Engineer")], "顾建华"),
        B("10:50", "11:10", "茶歇"),
        T("11:10", "12:00", "龙蜥操作系统内核的热补丁与稳定性治理",
          [S("周晓东", "阿里云", "龙蜥社区技术委员会委员")], "顾建华"),
        B("12:00", "14:00", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("孙振宇", "苏州大学 副教授"), [
        T("14:00", "14:50", "sched_ext 在游戏服务器上的尾延迟优化实践",
          [S("何俊", "腾讯", "高级工程师")], "孙振宇"),
        T("14:50", "15:40", "RISC-V 向量扩展的上下文保存开销：测量与优化",
          [S("林晓峰", "中国科学院软件研究所", "副研究员")], "孙振宇"),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "17:00", "大小核平台上 EEVDF 调度器的能效与公平性权衡",
          [S("宋佳", "OPPO", "内核工程师")], "孙振宇"),
    ]),
    ("内存管理与异构计算分论坛", ("马丽娟", "南京大学 副教授"), [
        T("14:00", "15:00", "CXL 内存池化的内核支持：热插拔与 NUMA 节点管理",
          [S("赵立新", "英特尔", "软件架构师")], "马丽娟"),
        T("15:00", "15:50", "HMM 与 GPU 统一虚拟内存的缺页处理路径",
          [S("徐雯", "摩尔线程", "驱动架构师")], "马丽娟"),
        B("15:50", "16:10", "茶歇"),
        T("16:10", "17:00", "Scaling Memory Cgroup Reclaim for AI Inference Pods",
          [S("梁宇", "字节跳动", "STE 内核工程师")], "马丽娟"),
    ]),
    ("IO 与 ebpf 分论坛", ("邱明", "蚂蚁集团 技术专家"), [
        T("14:00", "14:50", "io_uring 零拷贝接收在分布式存储中的落地",
          [S("吕晨", "阿里云", "存储技术专家")], "邱明"),
        T("14:50", "15:40", "NVMe 多路径与 blk-mq 的尾延迟治理",
          [S("邹伟", "快手", "内核工程师")], "邱明"),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:45", "Tracing Block I/O Latency with BPF Iterators and Ring Buffers",
          [S("冼志文", "网易", "系统工程师")], "邱明"),
        T("16:45", "17:30", "基于 eBPF 的 FUSE 直通：减少用户态往返",
          [S("许佳", "vivo", "内核工程师")], "邱明"),
    ]),
]
check_forums(FORUMS_A, "14:00", ["17:00", "17:00", "17:30"])
TEAL_A, WHITE = (40, 228, 205), (255, 255, 255)
COMP_A, JOB_A, PALE_A = (110, 222, 206), (158, 166, 188), (196, 204, 226)
BAND_A, CARD_A = (26, 34, 62), (18, 22, 42)


def speaker_a(d, x, y, sp, nf, cf, jf, maxw):
    """'name company' in one run (the company in teal), the job on the line under it, smaller and grey."""
    d.text((x, y), sp[0], font=nf, fill=WHITE)
    cx = x + tw(d, sp[0], nf) + nf.size * 0.55
    d.text((cx, y + (nf.size - cf.size) * 0.7), sp[1], font=cf, fill=COMP_A)
    assert cx + tw(d, sp[1], cf) <= x + maxw, sp
    y += nf.size * 1.5
    d.text((x, y), fits(d, sp[2], jf, maxw), font=jf, fill=JOB_A)
    return y + jf.size * 1.6


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 80, W - 80
    y = header(d, W, ED_A, WHITE, TEAL_A, PALE_A, (70, 90, 140), ((14, 18, 36), (60, 200, 190)), False)
    name, host, slots = FORUMS_A[0]
    d.rectangle([X0, y + 8, X0 + 10, y + 70], fill=TEAL_A)
    d.text((X0 + 30, y - 4), name, font=font(60, True), fill=WHITE)
    y += 92
    d.text((X0 + 30, y), "主持人：%s　%s" % host, font=font(30), fill=PALE_A)
    y += 60
    d.rectangle([X0, y, X1, y + 8], fill=TEAL_A)
    y += 60
    LX, TX = X0 + 340, X0 + 390
    for s in slots:
        if s["kind"] == "break":
            d.rounded_rectangle([X0, y, X1, y + 84], radius=10, fill=BAND_A)
            d.text((X0 + 20, y + 18), rng(s), font=font(36, True), fill=WHITE)
            meal_mark(d, TX - 6, y + 20, s["title"], TEAL_A, 1.3)
            d.text((TX + 50, y + 16), s["title"], font=font(38, True), fill=WHITE)
            y += 124
            continue
        row = y
        d.text((X0, y + 2), rng(s), font=font(36, True), fill=WHITE)
        for ln in wrap_nicely(d, s["title"], font(40, True), X1 - TX):
            d.text((TX, y), ln, font=font(40, True), fill=TEAL_A)
            y += 60
        y += 6
        for sp in s["sp"]:
            y = speaker_a(d, TX, y, sp, font(36, True), font(30), font(27), X1 - TX)
        y += 44
        d.line([(LX, row), (LX, y)], fill=(50, 90, 110), width=2)  # the timeline, hidden behind the bands
        d.ellipse([LX - 8, row + 20, LX + 8, row + 36], fill=TEAL_A)
    y += 30
    band = "下午　三个分论坛同时进行"
    bf = font(40, True)
    d.line([(X0, y + 30), (W / 2 - tw(d, band, bf) / 2 - 30, y + 30)], fill=TEAL_A, width=2)
    d.line([(W / 2 + tw(d, band, bf) / 2 + 30, y + 30), (X1, y + 30)], fill=TEAL_A, width=2)
    ctext(d, W / 2, y, band, bf, TEAL_A)
    y += 110
    CW = (X1 - X0 - 2 * 40) / 3
    bottoms = []
    for k, (name, host, slots) in enumerate(FORUMS_A[1:]):
        cx = X0 + k * (CW + 40)
        cy = y
        d.text((cx, cy - 20), "%02d" % (k + 1), font=font(96, True), fill=(14, 18, 36), stroke_width=2,
               stroke_fill=TEAL_A)
        cy += 110
        d.text((cx, cy), fits(d, name, font(34, True), CW), font=font(34, True), fill=WHITE)
        cy += 58
        d.text((cx, cy), "主持人：" + host[0], font=font(28, True), fill=PALE_A)
        cy += 44
        d.text((cx, cy), fits(d, host[1], font(22), CW), font=font(22), fill=JOB_A)
        cy += 44
        d.rectangle([cx, cy, cx + CW, cy + 6], fill=TEAL_A)
        cy += 34
        IW = CW - 44
        for s in slots:
            if s["kind"] == "break":
                d.rounded_rectangle([cx, cy, cx + CW, cy + 64], radius=8, fill=BAND_A)
                d.text((cx + 22, cy + 14), rng(s), font=font(28, True), fill=TEAL_A)
                meal_mark(d, cx + 240, cy + 14, s["title"], WHITE, 1.1)
                d.text((cx + 290, cy + 11), s["title"], font=font(30, True), fill=WHITE)
                cy += 88
                continue
            lines = wrap_nicely(d, s["title"], font(31, True), IW)
            assert len(lines) <= 3, lines
            h = 22 + 48 + len(lines) * 46 + 12 + len(s["sp"]) * (30 * 1.5 + 23 * 1.6) + 14
            d.rectangle([cx, cy, cx + CW, cy + h], fill=CARD_A)
            d.rectangle([cx, cy, cx + 5, cy + h], fill=TEAL_A)
            ty = cy + 22
            d.text((cx + 22, ty), rng(s), font=font(30, True), fill=TEAL_A)
            ty += 48
            for ln in lines:
                d.text((cx + 22, ty), ln, font=font(31, True), fill=WHITE)
                ty += 46
            ty += 12
            for sp in s["sp"]:
                ty = speaker_a(d, cx + 22, ty, sp, font(30, True), font(26), font(23), IW)
            cy += h + 24
        bottoms.append(cy)
    y = max(bottoms) + 90
    return foot(d, W, y, ED_A, WHITE, PALE_A, (20, 30, 60), 4)


def bg_a(w, h):
    im = vgrad(w, h, (10, 12, 28), (6, 8, 20))
    im = glow(im, 1450, 260, 520, (140, 80, 255), 0.55)
    im = glow(im, 160, 1000, 420, (0, 200, 180), 0.3)
    for k, yy in enumerate(range(2400, h - 700, 1700)):
        im = glow(im, 1480 if k % 2 else 120, yy, 520, (120, 80, 255) if k % 2 else (0, 180, 170), 0.3)
    d = ImageDraw.Draw(im)
    streaks(d, 820, 60, 9, 70, 8, 700, (60, 52, 140), 2)
    return grain(im, 2241, 0.004)


# ===========================================================================
# 2. CLK 2242 (第237届), 重庆, Saturday 2242-10-22: the organisers' royal blue
#    (cyan accents, violet glows) at 1080 px, forums one under another.  START
#    TIMES ONLY: each timeline row prints its start ('14:15') in the time
#    column, breaks too ('10:10　茶歇'); each forum prints its span once, under
#    its name ('13:30 – 15:00').  The host at the RIGHT of the heading, over
#    the unit.  Speakers as the organisers print them: the name, then 'company
#    job' in a paler colour on the same line; one talk by a Chinese and a
#    foreign speaker, '王磊 / Marek Hruby' with '华为 / SUSE'.
ED_B = {"year": "2242", "nth": 237, "date": "2242-10-22", "month": 10, "day": 22, "city": "重庆",
        "school": "重庆大学", "school_en": "CHONGQING UNIVERSITY", "address": "重庆大学虎溪校区 图书馆学术报告厅",
        "units": ["华为", "腾讯", "字节跳动", "龙芯中科", "海光信息", "小米", "蚂蚁集团", "京东云", "SUSE"]}
ED_B["intro"] = intro(ED_B, "设主论坛与处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛，邀请来自华为、SUSE、"
                      "字节跳动、腾讯、龙芯中科、海光信息、小米、蚂蚁集团与京东云的开发者，围绕内核维护、稳定性、"
                      "虚拟化与存储等话题分享实践经验。")
FORUMS_B = [
    ("主论坛", ("冯国强", "重庆大学 计算机学院 教授"), [
        T("09:00", "09:20", "开幕致辞", [S("黄伟", "重庆大学", "副校长")], "冯国强"),
        T("09:20", "10:10", "Stable Kernels at Scale: Ten Years of Backporting Fixes",
          [S("王磊", "华为"), S("Marek Hruby", "SUSE")], "冯国强"),
        B("10:10", "10:30", "茶歇"),
        T("10:30", "11:20", "面向大模型训练集群的内核稳定性：从 hung task 到 RAS",
          [S("张敏", "字节跳动", "STE 团队负责人")], "冯国强"),
        B("11:20", "11:40", "全体合影"),
        B("11:40", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("杜海涛", "重庆邮电大学 教授"), [
        T("13:30", "14:15", "LoongArch 虚拟化扩展的 KVM 支持进展",
          [S("唐亮", "龙芯中科", "内核工程师")], "杜海涛"),
        T("14:15", "15:00", "CPU 隔离与 nohz_full 在低时延交易系统中的应用",
          [S("余涛", "招商银行", "系统架构师")], "杜海涛"),
    ]),
    ("内存管理与异构计算分论坛", ("钟丽萍", "华为 内存子系统专家"), [
        T("13:30", "14:20", "zswap 与 zram 的取舍：移动设备上的压缩内存实践",
          [S("孟凡", "小米", "内核专家")], "钟丽萍"),
        T("14:20", "15:10", "GPU 显存与系统内存的统一管理：基于 DMA-BUF 的方案",
          [S("曾勇", "海光信息", "系统软件工程师")], "钟丽萍"),
    ]),
    ("IO 与 ebpf 分论坛", ("倪红", "蚂蚁集团 技术专家"), [
        T("13:30", "14:15", "eBPF 程序的热更新与版本管理",
          [S("蔡宁", "蚂蚁集团", "高级技术专家")], "倪红"),
        T("14:15", "15:00", "ublk 用户态块设备在云盘中的应用",
          [S("陆远", "京东云", "存储研发工程师")], "倪红"),
    ]),
]
check_forums(FORUMS_B, "13:30", ["15:00", "15:10", "15:00"])
CYAN_B, PALE_B, COMP_B = (96, 226, 255), (186, 208, 255), (170, 196, 255)
NAVY_B, BAND_B = (10, 30, 120), (30, 72, 196)


def span_b(slots):
    """A forum's span as its heading prints it: its first start to the end of its last slot but the lunch."""
    last = [s for s in slots if s["title"] != "午餐"][-1]
    return "%s – %s" % (slots[0]["start"], last["end"])


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    y = header(d, W, ED_B, WHITE, CYAN_B, PALE_B, (120, 170, 255), ((16, 44, 150), (90, 150, 255)), True)
    LX, TX = X0 + 128, X0 + 162
    for k, (name, host, slots) in enumerate(FORUMS_B):
        if k == 1:
            d.rounded_rectangle([X0 + 150, y, X1 - 150, y + 66], radius=33, fill=(110, 70, 230))
            ctext(d, W / 2, y + 12, "下午　三个分论坛同时进行", font(32, True), WHITE)
            y += 116
        x = X0
        if k:
            x = number_box(d, X0, y + 4, "%02d" % k, CYAN_B, NAVY_B, 50) + 16
        else:
            d.polygon([(X0, y + 10), (X0 + 26, y + 29), (X0, y + 48)], fill=CYAN_B)
            x = X0 + 40
        d.text((x, y - 2), name, font=font(40, True), fill=WHITE)
        nx = x + tw(d, name, font(40, True))
        hf = font(26, True)
        rtext(d, X1, y - 2, "主持人：" + host[0], hf, WHITE)
        rtext(d, X1, y + 38, host[1], font(20), PALE_B)
        assert nx + 20 < X1 - max(tw(d, "主持人：" + host[0], hf), tw(d, host[1], font(20))), name
        y += 66
        d.text((x, y), span_b(slots), font=font(26, True), fill=CYAN_B)
        y += 50
        d.rectangle([X0, y, X1, y + 4], fill=CYAN_B)
        y += 40
        for s in slots:
            if s["kind"] == "break":
                d.rounded_rectangle([X0, y, X1, y + 62], radius=10, fill=BAND_B)
                d.text((X0 + 22, y + 11), s["start"], font=font(30, True), fill=CYAN_B)
                meal_mark(d, TX, y + 14, s["title"], WHITE, 1.0)
                d.text((TX + 46, y + 10), s["title"], font=font(30, True), fill=WHITE)
                y += 92
                continue
            row = y
            d.text((X0 + 10, y + 1), s["start"], font=font(30, True), fill=WHITE)
            for ln in wrap_nicely(d, s["title"], font(30, True), X1 - TX):
                d.text((TX, y), ln, font=font(30, True), fill=CYAN_B)
                y += 46
            y += 4
            nf, cf = font(26, True), font(21)
            if len(s["sp"]) == 2 and s["sp"][0][2] is None:  # 'name / name  company / company'
                names = " / ".join(sp[0] for sp in s["sp"])
                units = " / ".join(sp[1] for sp in s["sp"])
                d.text((TX, y), names, font=nf, fill=WHITE)
                ux = TX + tw(d, names, nf) + 20
                d.text((ux, y + 4), fits(d, units, cf, X1 - ux), font=cf, fill=COMP_B)
                y += 44
            else:
                for sp in s["sp"]:
                    d.text((TX, y), sp[0], font=nf, fill=WHITE)
                    ux = TX + tw(d, sp[0], nf) + 20
                    d.text((ux, y + 4), fits(d, aff(sp), cf, X1 - ux), font=cf, fill=COMP_B)
                    y += 44
            y += 32
            d.line([(LX, row), (LX, y)], fill=(110, 150, 240), width=2)
            d.ellipse([LX - 7, row + 17, LX + 7, row + 31], fill=CYAN_B)
        y += 40
    return foot(d, W, y + 30, ED_B, WHITE, PALE_B, (20, 40, 130), 3)


def bg_b(w, h):
    im = vgrad(w, h, (18, 58, 200), (10, 32, 138))
    im = glow(im, 900, 260, 380, (80, 200, 255), 0.5)
    im = glow(im, 100, 1300, 360, (120, 90, 255), 0.35)
    for k, yy in enumerate(range(2500, h - 700, 1800)):
        im = glow(im, 980 if k % 2 else 100, yy, 420, (60, 150, 255), 0.28)
    d = ImageDraw.Draw(im)
    streaks(d, 560, 40, 7, 60, 6, 420, (70, 120, 240), 2)
    return grain(im, 2242, 0.004)


# ===========================================================================
# 3. CLK 2243 (第238届), 天津, Saturday 2243-10-21: indigo to violet with pink
#    and cyan accents (the 2023 image's glows on a bluer page), 1242 px.  主论坛
#    as a timeline: the range, a dot, the bold title, the NAME on a line of its
#    own and 'company job' on a SECOND, SMALLER line under it.  The afternoon:
#    three NARROW columns (370 px) under heads (a pink bar with '分论坛 01', the
#    name, '主持人：name', the unit); cards with the range, a title of up to
#    THREE lines, the name and 'company job' under it.  The middle column ends
#    at 17:30, the others at 17:00.
ED_C = {"year": "2243", "nth": 238, "date": "2243-10-21", "month": 10, "day": 21, "city": "天津",
        "school": "天津大学", "school_en": "TIANJIN UNIVERSITY", "address": "天津大学北洋园校区 大学生活动中心报告厅",
        "units": ["华为", "阿里云", "英特尔", "麒麟软件", "荣耀", "美团", "天翼云", "网易数帆", "三星半导体"]}
ED_C["intro"] = intro(ED_C, "上午主论坛之后，下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行，"
                      "来自华为、阿里云、英特尔、麒麟软件、荣耀、美团、天翼云、网易数帆、三星半导体、清华大学与中国科学"
                      "技术大学的讲者将分享内核开发与调优的一线经验。")
FORUMS_C = [
    ("主论坛", ("任宏伟", "天津大学 智能与计算学部 教授"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:55", "openEuler 内核的多架构统一构建与验证体系",
          [S("谢志强", "华为", "内核技术专家")], "任宏伟"),
        T("09:55", "10:40", "Rust for Linux：用 Rust 编写 NVMe 驱动的经验与教训",
          [S("韩雪", "麒麟软件", "高级工程师")], "任宏伟"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:40", "从邮件列表到 CI：内核补丁的自动化测试实践",
          [S("龚平", "英特尔", "0-Day CI 工程师")], "任宏伟"),
        B("11:40", "14:00", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("田野", "天津大学 副教授"), [
        T("14:00", "14:50", "ARM64 上 MPAM 资源隔离在混部集群中的落地与性能评估",
          [S("夏晨", "阿里云", "高级技术专家")], "田野"),
        T("14:50", "15:40", "Core Scheduling 与 SMT 侧信道防护的性能开销分析",
          [S("邓佳", "中国科学技术大学", "博士研究生")], "田野"),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "17:00", "Real-Time Throttling Rework: Deadline Servers in Practice",
          [S("方毅", "红帽", "高级软件工程师")], "田野"),
    ]),
    ("内存管理与异构计算分论坛", ("戴敏", "海光信息 技术总监"), [
        T("14:00", "14:45", "mTHP 在 Android 上的换入换出：碎片与回收带来的新问题",
          [S("宋涛", "荣耀", "内核专家")], "戴敏"),
        T("14:45", "15:30", "NPU 驱动中的共享虚拟地址（SVA）与 IOMMU 缺页处理",
          [S("袁浩", "华为", "系统软件工程师")], "戴敏"),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:40", "Memory Tiering with DAMON: Policies for CXL Expanders",
          [S("郑凯", "三星半导体", "内存软件工程师")], "戴敏"),
        T("16:40", "17:30", "异构内存下 page cache 的放置与迁移策略",
          [S("彭丹", "清华大学", "博士研究生"), S("钱伟", "清华大学", "副教授")], "戴敏"),
    ]),
    ("IO 与 ebpf 分论坛", ("金鑫", "字节跳动 内核专家"), [
        T("14:00", "15:00", "bpftrace 在生产环境中的性能诊断：从 off-CPU 到锁竞争",
          [S("汪洋", "美团", "系统工程师")], "金鑫"),
        T("15:00", "16:00", "blk-cgroup 的 IO 权重控制在混合负载下的效果评估",
          [S("薛芳", "天翼云", "存储工程师")], "金鑫"),
        B("16:00", "16:15", "茶歇"),
        T("16:15", "17:00", "XDP 与 netkit：容器网络的 eBPF 加速实践",
          [S("章浩", "网易数帆", "高级工程师")], "金鑫"),
    ]),
]
check_forums(FORUMS_C, "14:00", ["17:00", "17:30", "17:00"])
PINK_C, CYAN_C, PALE_C = (255, 112, 200), (120, 222, 255), (204, 196, 240)
BAND_C, CARD_C, HEAD_C = (58, 40, 130), (40, 30, 100), (70, 44, 150)
THREE_LINES_C = ("ARM64 上 MPAM 资源隔离在混部集群中的落地与性能评估", "Real-Time Throttling Rework: Deadline Servers in Practice",
                 "mTHP 在 Android 上的换入换出：碎片与回收带来的新问题", "NPU 驱动中的共享虚拟地址（SVA）与 IOMMU 缺页处理",
                 "Memory Tiering with DAMON: Policies for CXL Expanders",
                 "bpftrace 在生产环境中的性能诊断：从 off-CPU 到锁竞争")


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    y = header(d, W, ED_C, WHITE, PINK_C, PALE_C, (130, 110, 220), ((40, 24, 110), (200, 110, 230)), True)
    name, host, slots = FORUMS_C[0]
    d.rounded_rectangle([X0, y, X0 + 12, y + 62], radius=6, fill=PINK_C)
    d.text((X0 + 32, y - 6), name, font=font(50, True), fill=WHITE)
    y += 76
    d.text((X0 + 32, y), "主持人：%s　%s" % host, font=font(26), fill=PALE_C)
    y += 56
    d.rectangle([X0, y, X1, y + 5], fill=PINK_C)
    y += 48
    LX, TX = X0 + 236, X0 + 272
    for s in slots:
        if s["kind"] == "break":
            d.rounded_rectangle([X0, y, X1, y + 70], radius=35, fill=BAND_C)
            d.text((X0 + 28, y + 14), rng(s), font=font(30, True), fill=PINK_C)
            meal_mark(d, TX, y + 16, s["title"], WHITE, 1.1)
            d.text((TX + 50, y + 12), s["title"], font=font(32, True), fill=WHITE)
            y += 104
            continue
        row = y
        d.text((X0, y + 2), rng(s), font=font(31, True), fill=WHITE)
        for ln in wrap_nicely(d, s["title"], font(34, True), X1 - TX):
            d.text((TX, y), ln, font=font(34, True), fill=CYAN_C)
            y += 50
        y += 6
        for sp in s["sp"]:
            d.text((TX, y), sp[0], font=font(30, True), fill=WHITE)
            y += 44
            d.text((TX, y), fits(d, aff(sp), font(23), X1 - TX), font=font(23), fill=PALE_C)
            y += 40
        y += 38
        d.line([(LX, row), (LX, y)], fill=(150, 110, 220), width=2)
        d.ellipse([LX - 8, row + 17, LX + 8, row + 33], fill=PINK_C)
    y += 20
    ctext(d, W / 2, y, "— 下午　三个分论坛同时进行 —", font(36, True), PINK_C)
    y += 96
    CW = (X1 - X0 - 2 * 22) / 3
    bottoms = []
    for k, (name, host, slots) in enumerate(FORUMS_C[1:]):
        cx = X0 + k * (CW + 22)
        cy = y
        d.rounded_rectangle([cx, cy, cx + CW, cy + 168], radius=14, fill=HEAD_C)
        d.rectangle([cx, cy, cx + CW, cy + 40], fill=PINK_C)
        d.rounded_rectangle([cx, cy, cx + CW, cy + 40], radius=14, fill=PINK_C)
        ctext(d, cx + CW / 2, cy + 3, "分论坛 %02d" % (k + 1), font(24, True), (50, 20, 90))
        ctext(d, cx + CW / 2, cy + 54, fits(d, name, font(27, True), CW - 16), font(27, True), WHITE)
        ctext(d, cx + CW / 2, cy + 96, "主持人：" + host[0], font(22, True), CYAN_C)
        ctext(d, cx + CW / 2, cy + 128, fits(d, host[1], font(18), CW - 16), font(18), PALE_C)
        cy += 192
        IW = CW - 36
        for s in slots:
            if s["kind"] == "break":
                d.rounded_rectangle([cx, cy, cx + CW, cy + 56], radius=28, fill=BAND_C)
                d.text((cx + 20, cy + 12), rng(s), font=font(24, True), fill=PINK_C)
                meal_mark(d, cx + 208, cy + 12, s["title"], WHITE, 0.95)
                d.text((cx + 252, cy + 10), s["title"], font=font(26, True), fill=WHITE)
                cy += 76
                continue
            lines = wrap_nicely(d, s["title"], font(26, True), IW)
            assert len(lines) == (3 if s["title"] in THREE_LINES_C else 2), lines
            h = 18 + 40 + len(lines) * 38 + 12 + len(s["sp"]) * 68 + 10
            d.rounded_rectangle([cx, cy, cx + CW, cy + h], radius=12, fill=CARD_C)
            ty = cy + 18
            d.text((cx + 18, ty), rng(s), font=font(24, True), fill=PINK_C)
            ty += 40
            for ln in lines:
                d.text((cx + 18, ty), ln, font=font(26, True), fill=WHITE)
                ty += 38
            ty += 12
            for sp in s["sp"]:
                d.text((cx + 18, ty), sp[0], font=font(24, True), fill=CYAN_C)
                d.text((cx + 18, ty + 36), fits(d, aff(sp), font(19), IW), font=font(19), fill=PALE_C)
                ty += 68
            cy += h + 18
        bottoms.append(cy)
    y = max(bottoms) + 80
    return foot(d, W, y, ED_C, WHITE, PALE_C, (50, 30, 110), 3)


def bg_c(w, h):
    im = vgrad(w, h, (38, 22, 112), (18, 14, 66))
    im = glow(im, 1100, 240, 420, (230, 80, 200), 0.45)
    im = glow(im, 120, 1200, 380, (80, 160, 255), 0.35)
    for k, yy in enumerate(range(2300, h - 700, 1600)):
        im = glow(im, 1160 if k % 2 else 90, yy, 440, (200, 80, 220) if k % 2 else (80, 140, 255), 0.28)
    d = ImageDraw.Draw(im)
    streaks(d, 640, 50, 8, 64, 7, 520, (110, 70, 190), 2)
    return grain(im, 2243, 0.004)


# ===========================================================================
# 4. CLK 2244 (第239届), 济南, Saturday 2244-10-26: navy to plum with gold
#    accents, 1080 px, forums one under another.  Each heading: the name at the
#    left and '主持人：name　unit' at the RIGHT on the SAME line, a gold rule.
#    Rows: the gold range at the left, the bold white title, then per speaker
#    'name company' in ONE run, the company in gold, NO job on any speaker.  A
#    title of three lines with an English part in brackets; two speakers of
#    one company on two lines.
ED_D = {"year": "2244", "nth": 239, "date": "2244-10-26", "month": 10, "day": 26, "city": "济南",
        "school": "山东大学", "school_en": "SHANDONG UNIVERSITY", "address": "山东大学中心校区 明德楼报告厅",
        "units": ["腾讯云", "华为", "阿里云", "英特尔", "飞腾信息", "浪潮信息", "海光信息", "理想汽车", "携程"]}
ED_D["intro"] = intro(ED_D, "设主论坛与处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛，邀请来自腾讯云、华为、"
                      "阿里云、英特尔、飞腾信息、浪潮信息、海光信息、理想汽车、携程与山东大学的开发者交流内核领域的新"
                      "特性与工程实践。")
FORUMS_D = [
    ("主论坛", ("刘建华", "山东大学"), [
        T("09:30", "09:45", "开幕致辞", [S("王海燕", "山东大学")], "刘建华"),
        T("09:45", "10:35", "国产服务器 CPU 上的 Linux 内核适配：从 ACPI 表到 PCIe 热插拔"
          "（Lessons from Bringing Up Linux on Domestic Server CPUs）",
          [S("孙杰", "飞腾信息")], "刘建华"),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:40", "Folios Everywhere: What the Page Cache Conversion Means for Filesystems",
          [S("李强", "腾讯云"), S("姚远", "腾讯云")], "刘建华"),
        B("11:40", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("贾鹏", "浪潮信息"), [
        T("13:30", "14:20", "x86 FRED 异常处理机制的内核实现解析", [S("朱琳", "英特尔")], "贾鹏"),
        T("14:20", "15:10", "用户态调度框架 ghOSt 与 sched_ext 的对比评测", [S("高远", "山东大学")], "贾鹏"),
    ]),
    ("内存管理与异构计算分论坛", ("钟华", "华为"), [
        T("13:30", "14:20", "slab 分配器的 per-CPU sheaves 改造与收益", [S("黄磊", "华为")], "钟华"),
        T("14:20", "15:10", "CSV 机密虚拟机中设备直通的内存加密挑战", [S("沈涛", "海光信息")], "钟华"),
    ]),
    ("IO 与 ebpf 分论坛", ("许静", "阿里云"), [
        T("13:30", "14:20", "F2FS 在车载系统中的寿命与掉电一致性优化", [S("林峰", "理想汽车")], "许静"),
        T("14:20", "15:10", "eBPF 在 Kubernetes 网络可观测性中的实践", [S("魏强", "携程")], "许静"),
    ]),
]
check_forums(FORUMS_D, "13:30", ["15:10", "15:10", "15:10"])
GOLD_D, PALE_D, BAND_D = (246, 196, 92), (214, 206, 230), (52, 40, 96)


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    y = header(d, W, ED_D, WHITE, GOLD_D, PALE_D, (150, 130, 190), ((28, 26, 74), (220, 170, 80)), False)
    TX = X0 + 210
    for k, (name, host, slots) in enumerate(FORUMS_D):
        if k == 1:
            ctext(d, W / 2, y, "下午　三个分论坛同时进行", font(32, True), GOLD_D)
            d.line([(X0, y + 22), (W / 2 - 230, y + 22)], fill=GOLD_D, width=2)
            d.line([(W / 2 + 230, y + 22), (X1, y + 22)], fill=GOLD_D, width=2)
            y += 92
        nf = font(40, True)
        x = X0
        if k:
            d.text((X0, y - 4), "%02d" % k, font=font(44, True), fill=GOLD_D)
            x = X0 + 74
        d.text((x, y - 2), name, font=nf, fill=WHITE)
        hl = "主持人：%s　%s" % host
        hf = font(24)
        assert x + tw(d, name, nf) + 30 < X1 - tw(d, hl, hf), name
        rtext(d, X1, y + 14, hl, hf, PALE_D)
        y += 66
        d.rectangle([X0, y, X1, y + 4], fill=GOLD_D)
        y += 38
        for s in slots:
            if s["kind"] == "break":
                d.rectangle([X0, y, X1, y + 60], fill=BAND_D)
                d.rectangle([X0, y, X0 + 6, y + 60], fill=GOLD_D)
                d.text((X0 + 22, y + 12), rng(s), font=font(27, True), fill=GOLD_D)
                meal_mark(d, TX, y + 13, s["title"], WHITE, 1.0)
                d.text((TX + 48, y + 9), s["title"], font=font(30, True), fill=WHITE)
                y += 88
                continue
            d.text((X0, y + 3), rng(s), font=font(27, True), fill=GOLD_D)
            lines = wrap_nicely(d, s["title"], font(30, True), X1 - TX)
            assert len(lines) == (3 if "（" in s["title"] else 2 if s["title"].startswith("Folios") else 1), lines
            for ln in lines:
                d.text((TX, y), ln, font=font(30, True), fill=WHITE)
                y += 46
            y += 4
            for sp in s["sp"]:
                d.text((TX, y), sp[0], font=font(26, True), fill=WHITE)
                d.text((TX + tw(d, sp[0], font(26, True)) + 16, y + 3), sp[1], font=font(23), fill=GOLD_D)
                y += 42
            y += 30
            d.line([(TX, y - 16), (X1, y - 16)], fill=(70, 60, 120), width=1)
        y += 36
    return foot(d, W, y + 30, ED_D, WHITE, PALE_D, (40, 30, 90), 3)


def bg_d(w, h):
    im = vgrad(w, h, (16, 24, 66), (34, 18, 62))
    im = glow(im, 920, 240, 380, (240, 170, 80), 0.3)
    im = glow(im, 100, 1200, 360, (120, 80, 220), 0.35)
    for k, yy in enumerate(range(2400, h - 700, 1800)):
        im = glow(im, 980 if k % 2 else 100, yy, 420, (200, 140, 80) if k % 2 else (110, 80, 220), 0.25)
    d = ImageDraw.Draw(im)
    streaks(d, 600, 40, 6, 64, 7, 400, (90, 70, 120), 2)
    return grain(im, 2244, 0.004)


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-43 (and 41 before it): speakers are names as printed with spaces removed "
    "(the Latin names 'Niklas Berg' -> 'NiklasBerg', 'Marek Hruby' -> 'MarekHruby'); host is the chair printed "
    "for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; where two "
    "speakers are printed each has his own affiliation, given per speaker; affiliations keep a printed job title, "
    "joined to the company by one space ('华为 openEuler 内核首席架构师', 'Arm Staff Software Engineer'); break titles "
    "are as printed; an opening speech printed with a speaker ('开幕致辞') is a talk, a slot printed without a speaker "
    "('开幕', '全体合影') is a break; '午餐' closes 主论坛 as its break. Every forum carries a 'date'; each edition is "
    "ONE day (主论坛 in the morning, three forums in parallel in the afternoon), so every forum's date is the "
    "poster's. Four editions, each on ONE picture only, so no talk is on two posters: CLK 2241 (第236届, 苏州, "
    "2241-10-23), CLK 2242 (第237届, 重庆, 2242-10-22), CLK 2243 (第238届, 天津, 2243-10-21), CLK 2244 (第239届, 济南, "
    "2244-10-26), all Saturdays. Each picture is the one agenda image of a whole edition in the organisers' family "
    "(logo lines, host school, '第N届中国' over 'Linux内核开发者大会', 'CLK' and the year, a date pill, the address, a "
    "framed introduction, '大会议程' over a hollow 'AGENDA', support units, a QR code, the organiser line), a PNG of "
    "1.1 to 1.6 MB as an edition's repository holds it, with CLK2022's four forums as its README names them: "
    "主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛' (spaces and a lower-case 'ebpf' as "
    "printed). Headers, introductions, addresses, date pills, support units, QR captions, organiser lines and the "
    "bands '下午　三个分论坛同时进行' and '— 下午　三个分论坛同时进行 —' are never part of a name, a title or a slot; the "
    "numerals and number boxes '01'..'03' and the tags '分论坛 01'..'分论坛 03' are no part of a forum's name. A title "
    "wrapped over two or three lines is one title: joined with one space between Latin words, without one inside a "
    "Chinese word or after '：' (whitespace does not count in matching). "
    "(1) CLK 2241 (1600 px, the organisers' near-black): 主论坛 as a timeline; the three afternoon forums SIDE BY "
    "SIDE in columns, each under a head (an outlined numeral, the name, '主持人：name' UNDER the name, the unit under "
    "that): a column's cards and 茶歇 bands are its own forum's, and cards that stand level across columns are "
    "unrelated. Every speaker is 'name company' in one run, the company in teal, with the job on a SECOND, smaller "
    "grey line under it: the affiliation is 'company job' ('中国科学院软件研究所 副研究员'). 处理器架构与调度分论坛 and "
    "内存管理与异构计算分论坛 end at 17:00, 'IO 与 ebpf 分论坛' a card later, at 17:30 (16:45-17:30). English titles "
    "wrap at word boundaries: 'Memory Tiering in Mainline: CXL,' / 'DAMON and the Road Ahead', 'Scaling Memory' / "
    "'Cgroup Reclaim for' / 'AI Inference Pods', 'Tracing Block I/O Latency' / 'with BPF Iterators and' / 'Ring "
    "Buffers'; Chinese titles in the columns wrap inside words ('sched_ext 在游戏服务' / '器上的尾延迟优化实践'). "
    "Uncommon surname 冼 (冼志文, a speaker). "
    "(2) CLK 2242 (1080 px, the organisers' royal blue): START TIMES ONLY. Each row and each break band prints its "
    "start alone ('14:15', '10:10　茶歇'); a slot ends where the next slot of its forum starts; each forum prints its "
    "span once under its name ('09:00 – 11:40', '13:30 – 15:00', '13:30 – 15:10'), and a forum's last slot but the "
    "lunch ends at that span's end; the spans are no slots. '11:40 午餐' ends at 13:30, where every afternoon forum "
    "starts. The host stands at the RIGHT of the heading, '主持人：name' over the unit. '开幕致辞' by 黄伟 (重庆大学 "
    "副校长, 09:00-09:20) is a talk, '全体合影' (11:20-11:40) a break. The talk 'Stable Kernels at Scale: Ten Years "
    "of Backporting Fixes' prints '王磊 / Marek Hruby' with '华为 / SUSE' beside it: two speakers, a Chinese and a "
    "foreign one, each with the company in the same place after the slash (王磊 华为, MarekHruby SUSE); the other "
    "speakers are 'name company job' on one line. "
    "(3) CLK 2243 (1242 px, indigo and violet): 主论坛 as a timeline with the NAME on a line of its own and 'company "
    "job' on a SECOND, smaller line under it; the three afternoon forums side by side in NARROW columns (370 px) "
    "under heads (a tag '分论坛 01', the name, '主持人：name' UNDER the name, the unit), the same speaker form in the "
    "cards. 内存管理与异构计算分论坛 ends at 17:30 (16:40-17:30), the two columns beside it at 17:00. Titles of THREE "
    "lines: 'ARM64 上 MPAM' / '资源隔离在混部集群' / '中的落地与性能评估', 'Real-Time Throttling' / 'Rework: Deadline' / "
    "'Servers in Practice', 'mTHP 在 Android' / '上的换入换出：碎片' / '与回收带来的新问题', 'NPU 驱动中的共享' / "
    "'虚拟地址（SVA）与' / 'IOMMU 缺页处理', 'Memory Tiering with' / 'DAMON: Policies for' / 'CXL Expanders', "
    "'bpftrace 在生产环' / '境中的性能诊断：从' / 'off-CPU 到锁竞争'. 彭丹 (清华大学 博士研究生) and 钱伟 (清华大学 "
    "副教授) are two speakers of one card, each name over his own 'company job'. "
    "(4) CLK 2244 (1080 px, navy and gold): forums one under another; the host at the RIGHT of the forum's name on "
    "the SAME line, '主持人：name　unit': the host is the name, the unit is no part of it. Every speaker is 'name "
    "company' in one run, the company in gold, and NO job is printed: the affiliation is the company alone ('腾讯云', "
    "'山东大学' for 王海燕's '开幕致辞', a talk). 李强 and 姚远 (both 腾讯云) are two speakers of one talk on two lines. "
    "The three-line title '国产服务器 CPU 上的 Linux 内核适配：' / '从 ACPI 表到 PCIe 热插拔（Lessons from Bringing Up' / "
    "'Linux on Domestic Server CPUs）' is one title with its English part in brackets, and 'Folios Everywhere: What "
    "the Page' / 'Cache Conversion Means for Filesystems' one title. "
    "No afternoon forum prints a break after its last talk; the forums with a 茶歇 (CLK 2241 and 2243) print it "
    "between their second and third talks, a break of that forum."
)

LAYOUTS = {
    "nearblack-1600-three-columns-job-line-1730.png": (
        "CLK 2241 (第236届), 苏州, 2241-10-23 (PNG, 1600 x 6096): the organisers' near-black long image drawn 1600 px "
        "wide; 主论坛 as a timeline; the three afternoon forums SIDE BY SIDE in columns with the host under each "
        "forum's name; every speaker 'name company' in one run (company in teal) with the job on a second, smaller "
        "line; two columns end at 17:00, 'IO 与 ebpf 分论坛' at 17:30. Uncommon surname 冼. 3 + 3 + 3 + 4 talks.",
        FORUMS_A, ED_A, paint_a, bg_a, 1600),
    "royalblue-1080-start-times-only-span-heads.png": (
        "CLK 2242 (第237届), 重庆, 2242-10-22 (PNG, 1080 x 4366): the organisers' royal-blue long image; START TIMES "
        "ONLY in the timeline and the break bands, each forum's span once under its name; forums one under another; "
        "the host at the right of the heading over the unit; '王磊 / Marek Hruby' with '华为 / SUSE' on one talk. "
        "3 + 2 + 2 + 2 talks.",
        FORUMS_B, ED_B, paint_b, bg_b, 1080),
    "violet-1242-narrow-columns-three-line-titles.png": (
        "CLK 2243 (第238届), 天津, 2243-10-21 (PNG, 1242 x 4970): an indigo-violet long image 1242 px wide; the "
        "afternoon forums in three narrow columns with titles of up to three lines, English titles wrapped at word "
        "boundaries; the name on one line, 'company job' on a second, smaller line; hosts under the forum's name; "
        "the middle column ends at 17:30, the others at 17:00. 3 + 3 + 4 + 3 talks.",
        FORUMS_C, ED_C, paint_c, bg_c, 1242),
    "navy-gold-1080-host-right-name-company-run.png": (
        "CLK 2244 (第239届), 济南, 2244-10-26 (PNG, 1080 x 4162): a navy-and-gold long image; forums one under "
        "another, the host at the right of the forum's name on the same line; every speaker 'name company' in one "
        "run with the company in gold and no job; a three-line title with an English part in brackets. "
        "3 + 2 + 2 + 2 talks.",
        FORUMS_D, ED_D, paint_d, bg_d, 1080),
}


def main():
    posters, total = [], 0
    for fn, (layout, forums, ed, paint, bg, w) in LAYOUTS.items():
        im = two_pass(w, paint, bg)
        assert "(PNG, %d x %d)" % im.size in layout, (fn, im.size)
        counts = talks(forums)
        assert layout.endswith("%s talks." % " + ".join(map(str, counts))), (fn, counts)
        total += sum(counts)
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        assert 1.0e6 <= os.path.getsize(path) <= 1.6e6, (fn, os.path.getsize(path))
        posters.append({"file": fn, "layout": layout, "date": ed["date"], "forums": forums_truth(forums, ed["date"])})
    assert 35 <= total <= 45, total
    titles = [s["title"] for _, forums, *_ in LAYOUTS.values() for _, _, slots in forums for s in slots
              if s["kind"] == "talk"]
    assert len(titles) == len(set(titles)) + 1 and titles.count("开幕致辞") == 2, "only '开幕致辞' occurs twice"
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
