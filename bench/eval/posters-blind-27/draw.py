"""Draw the twenty-seventh blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  Three conferences,
so that no talk is on two posters: a light full-conference long image of CLK
2038 (大连) whose ranges sit in rounded chips left of the titles, with the
company on the speaker's line and the job title on a second line under it,
breaks drawn as hairlines with the label in a gap, and one forum that names a
'出品人' besides its '主持人'; a one-page phone summary (1242 x 2208) of CLK
2039 (兰州) listing all its forums compactly, 'name（company）' under each
title and the hosts as '主持：'; and two forums of CLK 2040 (哈尔滨): one as the
organisers' dark long image with a central spine, the time chips and the talk
cards on alternate sides of it, and one as a sponsor's repost in its own
branding, with ranges written '13:30～14:10', 'company｜job' under the
speaker, badges on its own engineers' talks, a QR-code square and a footer.
"""
import io
import json
import math
import os
import random
import re

from PIL import Image, ImageDraw, ImageFilter, ImageFont

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


TOKEN = re.compile(r"[（(]?[A-Za-z0-9_\-./:+#'&]+[,)）]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”"


def wrap(d, text, f, maxw):
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        if not cur or tw(d, cur + tok.rstrip(), f) <= maxw or tok[0] in NO_LINE_START:
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


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


def hgrad(d, x0, y0, x1, y1, c1, c2):
    for x in range(int(x0), int(x1)):
        t = (x - x0) / max(1, x1 - x0 - 1)
        d.line([(x, y0), (x, y1)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))


def finish(im, seed, noise, blur, quality):
    """Seeded grain, a slight blur and a JPEG round trip: a poster re-shared in a chat group."""
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    im = Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


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


def photo(im, cx, cy, r, seed, ring=None):
    """A round portrait placeholder: seeded backdrop, hair, face and jacket (no real person)."""
    rnd = random.Random(seed)
    s = 2 * r * 2  # drawn at twice the size, then shrunk, for smooth edges
    tile = Image.new("RGB", (s, s), (0, 0, 0))
    td = ImageDraw.Draw(tile)
    b0 = rnd.choice([(214, 224, 236), (230, 230, 226), (206, 218, 232), (236, 228, 220)])
    for yy in range(s):
        k = yy / s * 30
        td.line([(0, yy), (s, yy)], fill=tuple(max(0, int(c - k)) for c in b0))
    jacket = rnd.choice([(40, 48, 70), (70, 70, 74), (30, 60, 110), (90, 40, 40), (220, 222, 226), (60, 90, 70)])
    skin = rnd.choice([(236, 200, 172), (226, 186, 156), (240, 210, 186), (214, 176, 146)])
    hair = rnd.choice([(24, 22, 22), (40, 32, 28), (60, 48, 40)])
    td.ellipse([s * 0.12, s * 0.70, s * 0.88, s * 1.35], fill=jacket)
    td.rectangle([s * 0.42, s * 0.55, s * 0.58, s * 0.75], fill=skin)
    td.ellipse([s * 0.30, s * 0.22, s * 0.70, s * 0.68], fill=skin)
    if rnd.random() < 0.4:  # longer hair
        td.chord([s * 0.26, s * 0.14, s * 0.74, s * 0.80], 180, 360, fill=hair)
        td.rectangle([s * 0.26, s * 0.46, s * 0.33, s * 0.72], fill=hair)
        td.rectangle([s * 0.67, s * 0.46, s * 0.74, s * 0.72], fill=hair)
    else:
        td.chord([s * 0.28, s * 0.16, s * 0.72, s * 0.56], 180, 360, fill=hair)
    if rnd.random() < 0.5:  # glasses
        for gx in (0.36, 0.52):
            td.ellipse([s * gx, s * 0.42, s * (gx + 0.12), s * 0.50], outline=(30, 30, 30), width=max(2, s // 90))
    tile = tile.resize((2 * r, 2 * r), Image.LANCZOS)
    mask = Image.new("L", (4 * r, 4 * r), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, 4 * r - 1, 4 * r - 1], fill=255)
    mask = mask.resize((2 * r, 2 * r), Image.LANCZOS)
    im.paste(tile, (int(cx - r), int(cy - r)), mask)
    if ring:
        ImageDraw.Draw(im).ellipse([cx - r - 6, cy - r - 6, cx + r + 6, cy + r + 6], outline=ring, width=4)



def logo_lines(d, x, y, fill, sub):
    """The conference's logo block: a flame-like mark, 'CHINA LINUX KERNEL' and the Chinese name."""
    for i in range(4):
        d.arc([x + i * 6, y + i * 4, x + 60 - i * 6, y + 110 - i * 4], 200, 340, fill=fill, width=4)
    d.line([(x + 30, y + 20), (x + 30, y + 100)], fill=fill, width=4)
    d.text((x + 80, y + 22), "CHINA LINUX KERNEL", font=font(26, True), fill=fill)
    d.text((x + 80, y + 60), "中国Linux内核开发者大会", font=font(24), fill=sub)


# ===========================================================================
# 1. CLK 2038 (第33届) full conference, 大连, 2038-10-23, a light long image
#    (JPEG): a sea-blue header with wave lines (logo lines, the host school,
#    '第33届中国 / Linux内核开发者大会', a date pill, the place), an
#    introduction on white, '大会议程 PROGRAMME'.  Each forum opens with a
#    thick coloured bar, its name, an English subtitle and the host line
#    ('主持人：name　unit'); 内存与文件系统分论坛 also names a '出品人' on
#    the line above.  Each talk: the range in a rounded chip at the left, the
#    bold title right of it, then per speaker 'name　company' and the job
#    title on a second line under the company.  Breaks are hairlines across
#    the page with '茶歇　10:35-10:50' in a gap.
HOST_A = ("于海涛", "大连理工大学计算机科学与技术学院 教授")
SECTIONS_A = [
    ("主论坛", "MAIN FORUM · 上午", None, HOST_A, "会场：图书馆报告厅", [
        T("09:00", "09:15", "开幕致辞", [S("姜文斌", "大连理工大学", "副校长")], HOST_A[0]),
        T("09:15", "09:55", "Linux 内核的下一个二十年：从数据中心到端侧大模型",
          [S("王建平", "华为", "操作系统内核实验室主任")], HOST_A[0]),
        T("09:55", "10:35", "统一内存架构下 CPU 与 NPU 的协同调度",
          [S("刘思琪", "阿里云", "内核研发专家"), S("逯国栋", "阿里云", "高级技术专家")], HOST_A[0]),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "Upstream First: Lessons from Ten Years of Kernel Maintenance",
          [S("孙晓峰", "字节跳动", "内核团队负责人")], HOST_A[0]),
        T("11:30", "12:10", "LoongArch 内核生态建设进展", [S("胡振宇", "龙芯中科", "系统软件总监")], HOST_A[0]),
        B("12:10", "13:30", "午餐"),
    ]),
    ("内存与文件系统分论坛", "Memory & File Systems · 会场 A",
     ("周立新", "阿里云 资深技术专家"), ("韩冬", "大连理工大学软件学院 副教授"), None, [
        T("13:30", "14:10", "多代 LRU 在数据库负载下的调优", [S("郑晓明", "腾讯", "内核研发工程师")], "韩冬"),
        T("14:10", "14:50", "EROFS 与 overlayfs 在 AI 镜像分发中的协同", [S("许嘉怡", "蚂蚁集团", "系统软件工程师")], "韩冬"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "CXL 共享内存的内核抽象", [S("罗建国", "浪潮信息", "高级架构师")], "韩冬"),
        T("15:50", "16:30", "基于 BPF 的可编程页面回收", [S("宋雨桐", "大连理工大学", "博士研究生")], "韩冬"),
    ]),
    ("虚拟化与机密计算分论坛", "Virtualization & Confidential Computing · 会场 B",
     None, ("梁志刚", "中国科学院计算技术研究所 研究员"), None, [
        T("13:30", "14:10", "KVM 对 Arm CCA 机密虚拟机的支持", [S("唐海峰", "安谋科技", "高级软件工程师")], "梁志刚"),
        T("14:10", "14:50", "vhost-user 与 VDUSE 的性能对比", [S("韩梦琪", "京东云", "虚拟化工程师")], "梁志刚"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "海光 CSV3 机密虚拟机的热迁移实践", [S("邓凯", "海光信息", "内核工程师")], "梁志刚"),
        T("15:50", "16:30", "云原生场景下的 virtio-fs 优化", [S("冯丽娜", "中国移动云能力中心", "系统工程师")], "梁志刚"),
    ]),
    ("可观测性与 eBPF 分论坛", "Observability & eBPF · 会场 C",
     None, ("蔡文涛", "东北大学计算机科学与工程学院 副教授"), None, [
        T("13:30", "14:10", "sched_ext 调度器在外卖高峰期的生产实践", [S("彭宇", "美团", "基础架构工程师")], "蔡文涛"),
        T("14:10", "14:50", "BPF Arena: Sharing Memory between Kernel and User Space",
          [S("曾浩然", "字节跳动", "系统工程师")], "蔡文涛"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "基于 perf 与 LBR 的线上性能诊断", [S("肖静", "小米", "内核工程师")], "蔡文涛"),
        T("15:50", "16:30", "内核 tracepoint 的稳定性与 ABI 之争", [S("田野", "统信软件", "内核架构师")], "蔡文涛"),
    ]),
]
INTRO_A = [
    "中国 Linux 内核开发者大会（CLK）是国内 Linux 内核领域规模最大的技术会议之一，由清华大学、华为、阿里云、"
    "腾讯、字节跳动、OPPO、vivo、蚂蚁集团等单位共同发起，旨在推动内核技术交流与开源协作。",
    "第33届大会由大连理工大学承办，邀请来自企业、高校与开源社区的四十余位专家，围绕内存与文件系统、虚拟化与"
    "机密计算、可观测性与 eBPF 等方向展开分享。上午为主论坛，下午三个分论坛并行举行。",
]
PARTNERS_A = ["华为", "阿里云", "腾讯", "字节跳动", "蚂蚁集团", "龙芯中科", "海光信息", "统信软件", "美团"]
SEA, SEA2, INK_A, GREY_A = (0, 96, 160), (0, 150, 170), (28, 34, 44), (118, 126, 138)
BAR_A = [(0, 110, 180), (232, 120, 30), (120, 70, 190), (20, 150, 110)]
TINT_A = [(222, 238, 252), (253, 236, 220), (236, 228, 250), (220, 244, 234)]


def hairline_break(d, X0, X1, y, s):
    """A break as a hairline across the page, its label and range in a white gap in the middle."""
    label = "%s　%s-%s" % (s["title"], s["start"], s["end"])
    f = font(24)
    w = tw(d, label, f)
    cx = (X0 + X1) / 2
    d.line([(X0, y + 17), (cx - w / 2 - 24, y + 17)], fill=(196, 202, 210), width=2)
    d.line([(cx + w / 2 + 24, y + 17), (X1, y + 17)], fill=(196, 202, 210), width=2)
    ctext(d, cx, y, label, f, GREY_A)


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 56, W - 56
    white = (255, 255, 255)
    logo_lines(d, X0, 46, white, (206, 236, 246))
    rtext(d, X1, 58, "大连理工大学", font(36, True), white)
    rtext(d, X1, 108, "Dalian University of Technology", font(18), (206, 236, 246))
    d.text((X0, 236), "第33届中国", font=font(98, True), fill=white)
    d.text((X0, 356), "Linux内核开发者大会", font=font(86, True), fill=white)
    d.rounded_rectangle([X0, 500, X0 + 520, 570], radius=35, fill=white)
    d.text((X0 + 36, 510), "2038.10.23　周六 · 大连", font=font(36, True), fill=SEA)
    d.text((X0, 610), "地点：大连理工大学凌工路校区 图书馆报告厅", font=font(32), fill=white)
    y = 820
    fp = font(28)
    for para in INTRO_A:
        for ln in wrap(d, para, fp, X1 - X0):
            d.text((X0, y), ln, font=fp, fill=(70, 78, 90))
            y += 48
        y += 18
    y += 60
    ctext(d, W / 2, y, "大会议程", font(64, True), INK_A)
    y += 86
    ctext(d, W / 2, y, "P R O G R A M M E", font(24, True), SEA2)
    y += 40
    d.line([(W / 2 - 60, y + 10), (W / 2 + 60, y + 10)], fill=SEA2, width=5)
    y += 80
    ftitle, fname, fco, fjob = font(33, True), font(29, True), font(26), font(23)
    TX = X0 + 262
    for si, (fname_, sub, producer, host, room, slots) in enumerate(SECTIONS_A):
        bar, tint = BAR_A[si], TINT_A[si]
        if si == 1:
            d.rounded_rectangle([W / 2 - 300, y, W / 2 + 300, y + 76], radius=38, fill=INK_A)
            ctext(d, W / 2, y + 12, "下午 · 三个分论坛并行", font(38, True), white)
            y += 150
        top = y
        d.text((X0 + 34, y), fname_, font=font(50, True), fill=INK_A)
        y += 74
        d.text((X0 + 36, y), sub, font=font(22), fill=GREY_A)
        y += 40
        d.rectangle([X0, top + 6, X0 + 12, y - 4], fill=bar)
        y += 14
        fh = font(26)
        if producer:
            d.text((X0, y), "出品人：%s　%s" % producer, font=fh, fill=(90, 98, 110))
            y += 44
        lab = "主持人："
        d.text((X0, y), lab, font=font(26, True), fill=bar)
        d.text((X0 + tw(d, lab, font(26, True)), y), "%s　%s" % host, font=fh, fill=(90, 98, 110))
        y += 44
        if room:
            d.text((X0, y), room, font=fh, fill=(90, 98, 110))
            y += 44
        y += 30
        for s in slots:
            if s["kind"] == "break":
                hairline_break(d, X0, X1, y, s)
                y += 86
                continue
            d.rounded_rectangle([X0, y - 2, X0 + 232, y + 50], radius=26, fill=tint)
            ctext(d, X0 + 116, y + 6, "%s-%s" % (s["start"], s["end"]), font(27, True), bar)
            for ln in wrap_nicely(d, s["title"], ftitle, X1 - TX):
                d.text((TX, y), ln, font=ftitle, fill=INK_A)
                y += 50
            y += 12
            for name, company, job in s["sp"]:
                d.text((TX, y), name, font=fname, fill=INK_A)
                cx = TX + tw(d, name, fname) + 22
                d.text((cx, y + 3), company, font=fco, fill=(70, 78, 90))
                y += 40
                d.text((cx, y + 2), job, font=fjob, fill=GREY_A)
                y += 44
            y += 40
        y += 70
    # foot: partners, QR code, organisers
    d.line([(X0, y), (X1, y)], fill=(220, 224, 230), width=2)
    y += 50
    ctext(d, W / 2, y, "支持单位", font(40, True), INK_A)
    y += 80
    bw, bh, gap = 290, 70, 28
    for k, name in enumerate(PARTNERS_A):
        bx = W / 2 - (3 * bw + 2 * gap) / 2 + (k % 3) * (bw + gap)
        by = y + (k // 3) * (bh + 22)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=12, outline=(200, 210, 222), width=2)
        ctext(d, bx + bw / 2, by + 14, name, font(30, True), (60, 70, 84))
    y += 3 * (bh + 22) + 50
    qrcode(d, W / 2 - 130, y, 260, 2701)
    y += 290
    ctext(d, W / 2, y, "扫码报名，免费参会", font(40, True), INK_A)
    y += 70
    ctext(d, W / 2, y, "主办：中国 Linux 内核开发者大会组委会　承办：大连理工大学", font(26), GREY_A)
    y += 50
    ctext(d, W / 2, y, "议程如有调整，以大会官网公布为准", font(24), GREY_A)
    return y + 110


def bg_a(w, h):
    im = Image.new("RGB", (w, h), (250, 251, 252))
    top = vgrad(w, 770, (0, 70, 140), (0, 150, 176))
    im.paste(top, (0, 0))
    d = ImageDraw.Draw(im)
    for k in range(7):  # waves along the header's foot
        pts = [(x, 676 + k * 11 + 16 * math.sin(x / w * 9.4 + k * 0.7)) for x in range(0, w + 20, 20)]
        d.line(pts, fill=(60 + k * 20, 170 + k * 8, 200 + k * 6), width=3)
    d.polygon([(0, 770), (w, 735), (w, 790), (0, 790)], fill=(250, 251, 252))
    for i in range(9):
        d.arc([600 - i * 26, 140 - i * 18, 1020 + i * 26, 560 + i * 18], 200, 330, fill=(30, 140, 190), width=2)
    return im


def poster_a():
    im = two_pass(1080, paint_a, bg_a)
    im = finish(im, 2702, 0.005, 0.25, 92)
    forums = [{"forum": sec[0], "slots": [truth_slot(s) for s in sec[5]]} for sec in SECTIONS_A]
    return im, forums


# ===========================================================================
# 2. 异构计算与 AI 基础设施分论坛 of CLK 2040 (第35届), 哈尔滨, 2040-10-27
#    afternoon, the organisers' dark long image (PNG): logo lines, the host
#    school, '第35届中国 / Linux内核开发者大会', a date pill, the address, the
#    forum in a glowing banner, the host centred with the unit under it.
#    Then a vertical spine down the middle: each talk has a dot on it, its
#    range in a chip on one side and its card (bold title, per speaker the
#    name and under it 'company · job') on the other, the sides swapping
#    from talk to talk; round photos under the chip.  The 茶歇 is a pill
#    across the spine.  One talk by two speakers, one speaker printed with
#    no company at all, a foreign speaker with an English title.
FB = "异构计算与 AI 基础设施分论坛"
HB, HB_AFF = "乔卫东", "哈尔滨工业大学计算学部 教授"
SLOTS_B = [
    T("13:30", "14:10", "GPU 显存与主机内存的统一管理：HMM 实践", [S("白云飞", "百度", "异构计算架构师")], HB),
    T("14:10", "14:50", "Accel Subsystem: Upstreaming an NPU Driver",
      [S("Sebastian Vogt", "Collabora", "Senior Kernel Engineer")], HB),
    T("14:50", "15:30", "大模型训练集群中的 RDMA 与内核旁路",
      [S("方子涵", "阿里云", "网络研发专家"), S("雷鸣", "阿里云", "高级工程师")], HB),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:25", "DMA-BUF 与 P2PDMA 在推理服务中的应用", [S("石天宇", None, None)], HB),
    T("16:25", "17:05", "CXL 内存池化的调度策略", [S("孔令辉", "哈尔滨工业大学", "博士研究生")], HB),
    T("17:05", "17:45", "面向 AI 推理的 cgroup 资源隔离", [S("贺晓东", "快手", "资深工程师")], HB),
]
INTRO_B = ("大模型训练与推理正在重塑数据中心的硬件形态。本论坛聚焦 GPU、NPU 与 CXL 等异构设备在 Linux "
           "内核中的内存管理、驱动框架、互联与资源隔离，邀请来自企业、高校与社区的开发者分享一线实践。")
NEON, VIOLET, DEEP = (64, 220, 255), (176, 110, 255), (14, 12, 40)


def card_b(d, s, x, y, w, paint):
    """A talk's card on one side of the spine: title, then per speaker the name over 'company · job'."""
    ft, fn, fa = font(31, True), font(28, True), font(23)
    lines = wrap_nicely(d, s["title"], ft, w - 56)
    h = 30 + 46 * len(lines) + 14
    subs = []
    for name, company, job in s["sp"]:
        sub = None if company is None else "%s · %s" % (company, job)
        subs.append((name, sub))
        h += 44 + (38 if sub else 0) + 8
    h += 22
    if paint:
        d.rounded_rectangle([x, y, x + w, y + h], radius=18, fill=(30, 26, 70), outline=(90, 80, 170), width=2)
        yy = y + 30
        for ln in lines:
            d.text((x + 28, yy), ln, font=ft, fill=(255, 255, 255))
            yy += 46
        yy += 14
        d.line([(x + 28, yy - 8), (x + 90, yy - 8)], fill=NEON, width=3)
        for name, sub in subs:
            d.text((x + 28, yy + 4), name, font=fn, fill=NEON)
            yy += 44
            if sub:
                d.text((x + 28, yy + 2), sub, font=fa, fill=(190, 186, 226))
                yy += 38
            yy += 8
    return h


def paint_b(im, d):
    W = im.size[0]
    X0, X1, MID = 48, W - 48, W // 2
    white = (255, 255, 255)
    logo_lines(d, X0, 50, white, (200, 196, 240))
    rtext(d, X1, 60, "哈尔滨工业大学 计算学部", font(32, True), white)
    rtext(d, X1, 106, "Faculty of Computing, HIT", font(18), (200, 196, 240))
    d.text((X0, 236), "第35届中国", font=font(100, True), fill=white)
    d.text((X0, 362), "Linux内核开发者大会", font=font(86, True), fill=(214, 236, 255))
    d.rounded_rectangle([X0, 510, X0 + 560, 584], radius=37, outline=NEON, width=3)
    d.text((X0 + 38, 521), "2040年10月27日 · 哈尔滨", font=font(36, True), fill=white)
    d.text((X0, 626), "地址：哈尔滨工业大学一校区 活动中心 201", font=font(34), fill=white)
    y = 760
    d.rounded_rectangle([X0 + 40, y, X1 - 40, y + 130], radius=20, fill=(40, 20, 110), outline=VIOLET, width=4)
    ctext(d, W / 2, y + 28, FB, font(54, True), white)
    y += 190
    ctext(d, W / 2, y, "主持人：" + HB, font(44, True), white)
    y += 70
    ctext(d, W / 2, y, HB_AFF, font(28), (190, 186, 226))
    y += 90
    fi = font(27)
    for ln in wrap(d, INTRO_B, fi, X1 - X0 - 80):
        d.text((X0 + 40, y), ln, font=fi, fill=(206, 202, 236))
        y += 46
    y += 80
    ctext(d, W / 2, y, "论坛议程", font(56, True), white)
    y += 140
    CW = MID - 30 - X0  # card width
    # where each slot goes, so that the spine can be drawn first, under the dots, chips and pills
    places, yy, k = [], y, 0
    for s in SLOTS_B:
        if s["kind"] == "break":
            places.append((s, yy, None))
            yy += 120
            continue
        h = card_b(d, s, 0, 0, CW, False)
        places.append((s, yy, k))
        yy += max(h, 250) + 60
        k += 1
    d.line([(MID, y - 30), (MID, yy - 60)], fill=(90, 80, 170), width=3)
    for s, y, k in places:
        if k is None:
            label = "%s-%s　%s" % (s["start"], s["end"], s["title"])
            f = font(28, True)
            w = tw(d, label, f) + 60
            d.rounded_rectangle([MID - w / 2, y, MID + w / 2, y + 58], radius=29, fill=(70, 60, 120))
            ctext(d, MID, y + 10, label, f, (220, 216, 246))
            continue
        right = k % 2 == 0  # card right of the spine, chip left; then the other way round
        card_b(d, s, MID + 30 if right else X0, y, CW, True)
        d.ellipse([MID - 12, y + 24, MID + 12, y + 48], fill=NEON, outline=white, width=3)
        rng = "%s-%s" % (s["start"], s["end"])
        fr = font(32, True)
        cw = tw(d, rng, fr) + 48
        chx = MID - 40 - cw if right else MID + 40
        d.rounded_rectangle([chx, y + 8, chx + cw, y + 64], radius=28, fill=NEON)
        d.text((chx + 24, y + 14), rng, font=fr, fill=DEEP)
        px = chx + cw / 2
        for j in range(len(s["sp"])):
            photo(im, px - 66 * (len(s["sp"]) - 1) + 132 * j, y + 160, 58, 2710 + 10 * k + j, ring=VIOLET)
    y = yy
    y += 60
    qrcode(d, W / 2 - 130, y, 260, 2719)
    y += 290
    ctext(d, W / 2, y, "扫码报名 · 观看直播", font(40, True), white)
    y += 80
    ctext(d, W / 2, y, "主办：中国 Linux 内核开发者大会组委会　承办：哈尔滨工业大学计算学部", font(25), (170, 166, 210))
    return y + 110


def bg_b(w, h):
    im = vgrad(w, h, (20, 14, 60), (8, 6, 24))
    d = ImageDraw.Draw(im)
    for i in range(12):
        d.arc([560 - i * 24, 120 - i * 20, 1160 + i * 24, 700 + i * 20], 180, 300, fill=(60 - i * 2, 40, 130 - i * 4), width=2)
    for i in range(30):
        x = (i * 131) % w
        yy = 80 + (i * 211) % 600
        d.ellipse([x - 2, yy - 2, x + 2, yy + 2], fill=(120, 200, 255))
    return im


def poster_b():
    im = two_pass(1080, paint_b, bg_b)
    return im, [{"forum": FB, "slots": [truth_slot(s) for s in SLOTS_B]}]


# ===========================================================================
# 3. CLK 2039 (第34届), 兰州, 2039-10-22: a one-page phone poster (1242 x
#    2208, PNG) listing every forum compactly: a coral-to-amber header
#    ('CLK 2039', the conference, '日程速览', date and place), then white
#    rounded blocks: 主论坛, a divider '下午 · 三个会场同时进行', and the three
#    afternoon forums, each block headed by its name, a '会场 A' tag and
#    '主持：name（unit）' at the right.  Rows: the range in a small chip at the
#    left, the bold title right of it and 'name（company）' small under the
#    title; breaks are dashed hairlines with '茶歇 10:30-10:45' in a gap.
SUM_C = [
    ("主论坛", None, ("马建军", "兰州大学"), [
        T("09:00", "09:10", "开幕致辞", [S("高建华", "兰州大学", None)], "马建军"),
        T("09:10", "09:50", "内核社区中的 AI 代码审查实践", [S("朱宏亮", "华为", None)], "马建军"),
        T("09:50", "10:30", "eBPF 十五年：从包过滤到内核扩展", [S("林晓燕", "阿里云", None)], "马建军"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:25", "Linux on RISC-V: The Road to Tier-1", [S("苏立文", "中国科学院软件研究所", None)], "马建军"),
        T("11:25", "12:05", "手机内核的能效调度新进展", [S("黄志明", "OPPO", None)], "马建军"),
        B("12:05", "13:30", "午餐"),
    ]),
    ("内存管理分论坛", "会场 A", ("谢永刚", "兰州大学"), [
        T("13:30", "14:05", "mTHP 在移动端的落地", [S("钱伟", "vivo", None)], "谢永刚"),
        T("14:05", "14:40", "slab 对象的内存标记与越界检测", [S("袁晶", "腾讯", None)], "谢永刚"),
        T("14:40", "15:15", "CXL 内存分层与 NUMA balancing", [S("虞嘉伟", "英特尔", None)], "谢永刚"),
        B("15:15", "15:30", "茶歇"),
        T("15:30", "16:05", "memcg 内存统计的可扩展性改进", [S("何佳", "字节跳动", None)], "谢永刚"),
    ]),
    ("体系结构与 RISC-V 分论坛", "会场 B", ("蒋涛", "中国科学院软件研究所"), [
        T("13:30", "14:10", "RISC-V 向量扩展的上下文切换开销", [S("余晨", "平头哥半导体", None)], "蒋涛"),
        T("14:10", "14:50", "LoongArch 虚拟化扩展的 KVM 支持", [S("毛国庆", "龙芯中科", None)], "蒋涛"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "内核对异构大小核拓扑的感知", [S("贾志强", "海光信息", None)], "蒋涛"),
    ]),
    ("存储与 I/O 分论坛", "会场 C", ("莫文杰", "西安交通大学"), [
        T("13:30", "14:10", "io_uring 零拷贝接收的实现", [S("廖海", "快手", None)], "莫文杰"),
        T("14:10", "14:50", "F2FS 在车载存储上的寿命优化", [S("熊思雨", "理想汽车", None)], "莫文杰"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "bcachefs 的现状与未来", [S("武晓光", "SUSE", None)], "莫文杰"),
    ]),
]
CORAL, AMBER_C, INK_C, GREY_C = (238, 84, 74), (250, 160, 50), (36, 32, 30), (128, 120, 114)
ACC_C = [(238, 84, 74), (40, 130, 200), (30, 150, 100), (140, 80, 190)]


def dashed(d, x0, x1, y, fill):
    for x in range(int(x0), int(x1), 14):
        d.line([(x, y), (min(x + 7, x1), y)], fill=fill, width=2)


def paint_c(im, d):
    W, H = im.size
    X0, X1 = 40, W - 40
    white = (255, 255, 255)
    d.text((X0 + 16, 40), "CLK 2039", font=font(96, True), fill=white)
    d.text((X0 + 20, 162), "第34届中国 Linux 内核开发者大会", font=font(44, True), fill=white)
    d.rounded_rectangle([X1 - 250, 62, X1 - 16, 134], radius=36, fill=white)
    ctext(d, X1 - 133, 72, "日程速览", font(38, True), CORAL)
    d.text((X0 + 20, 226), "2039年10月22日（周六）　兰州大学城关校区 逸夫科学馆", font=font(30), fill=(255, 240, 228))
    y = 318
    ft, fs, fr = font(27, True), font(21), font(20, True)
    TX = X0 + 196
    for si, (name, room, host, slots) in enumerate(SUM_C):
        acc = ACC_C[si]
        if si == 1:
            ctext(d, W / 2, y - 4, "— 下午 · 三个会场同时进行 —", font(28, True), (150, 80, 60))
            y += 48
        n_talk = sum(1 for s in slots if s["kind"] == "talk")
        n_break = len(slots) - n_talk
        bh = 64 + n_talk * 74 + n_break * 38 + 10
        d.rounded_rectangle([X0, y, X1, y + bh], radius=22, fill=white)
        d.rounded_rectangle([X0, y, X0 + 12, y + bh], radius=6, fill=acc)
        d.text((X0 + 36, y + 12), name, font=font(34, True), fill=acc)
        if room:
            rx = X0 + 36 + tw(d, name, font(34, True)) + 18
            d.rounded_rectangle([rx, y + 18, rx + tw(d, room, font(20)) + 20, y + 50], radius=8, outline=acc, width=2)
            d.text((rx + 10, y + 20), room, font=font(20), fill=acc)
        rtext(d, X1 - 24, y + 20, "主持：%s（%s）" % host, font(24), GREY_C)
        yy = y + 64
        for s in slots:
            if s["kind"] == "break":
                label = "%s %s-%s" % (s["title"], s["start"], s["end"])
                f = font(20)
                lw = tw(d, label, f)
                cx = (X0 + 36 + X1 - 24) / 2
                dashed(d, X0 + 36, cx - lw / 2 - 16, yy + 14, (210, 200, 192))
                dashed(d, cx + lw / 2 + 16, X1 - 24, yy + 14, (210, 200, 192))
                ctext(d, cx, yy + 1, label, f, GREY_C)
                yy += 38
                continue
            d.rounded_rectangle([X0 + 30, yy + 2, X0 + 180, yy + 38], radius=18, fill=tuple(int(c * 0.16 + 255 * 0.84) for c in acc))
            ctext(d, X0 + 105, yy + 7, "%s-%s" % (s["start"], s["end"]), fr, acc)
            assert tw(d, s["title"], ft) <= X1 - 24 - TX, s["title"]
            d.text((TX, yy), s["title"], font=ft, fill=INK_C)
            nm, co, _ = s["sp"][0]
            d.text((TX, yy + 37), "%s（%s）" % (nm, co), font=fs, fill=GREY_C)
            yy += 74
        y += bh + 18
    y += 8
    qrcode(d, X0 + 10, y, 140, 2731)
    d.text((X0 + 180, y + 18), "扫码查看完整议程与嘉宾介绍", font=font(28, True), fill=INK_C)
    d.text((X0 + 180, y + 66), "主办：中国 Linux 内核开发者大会组委会　承办：兰州大学", font=font(22), fill=GREY_C)
    y += 160
    assert y <= H, y
    return y


def poster_c():
    W, H = 1242, 2208
    im = vgrad(W, H, (255, 244, 236), (252, 236, 224))
    top = Image.new("RGB", (W, 300))
    hgrad(ImageDraw.Draw(top), 0, 0, W, 300, CORAL, AMBER_C)
    im.paste(top, (0, 0))
    d = ImageDraw.Draw(im)
    for i in range(8):
        d.ellipse([W - 300 + i * 22, -120 + i * 14, W + 180 - i * 10, 300 - i * 6], outline=(255, 196, 140), width=2)
    d.pieslice([-200, 284, W + 200, 344], 180, 360, fill=(255, 244, 236))
    paint_c(im, d)
    return im, [{"forum": sec[0], "slots": [truth_slot(s) for s in sec[3]]} for sec in SUM_C]


# ===========================================================================
# 4. 内核安全与 Rust 分论坛 of CLK 2040, 2040-10-27 afternoon, reposted by a
#    sponsor in its own branding (JPEG, as a chat app passes it on): the
#    sponsor's logo and name with '× CLK 2040', a slogan, the conference, the
#    forum, lines for time, place and host (one of them a live-stream range
#    that is no slot), then '分论坛议程': the range in orange as
#    '13:30～14:10' (full-width tilde) in a left column, a divider, the bold
#    title, '分享嘉宾：name' and 'company｜job' under it; a badge '星衍分享'
#    beside the sponsor's own engineers; the 茶歇 a grey row.  At the foot a
#    QR-code square with '扫码预约直播', a slogan, the sponsor's address and
#    website and a disclaimer.
FD_ = "内核安全与 Rust 分论坛"
HD, HD_AFF = "夏雪", "哈尔滨工程大学计算机科学与技术学院 副教授"
SPONSOR = "星衍科技"
SLOTS_D = [
    T("13:30", "14:10", "Rust for Linux 十年：驱动开发的现状与挑战", [S("汪海洋", SPONSOR, "内核安全负责人")], HD),
    T("14:10", "14:50", "Landlock 与 LSM 栈的新特性", [S("邹家豪", "麒麟软件", "安全架构师")], HD),
    T("14:50", "15:30", "Kernel Control-Flow Integrity in Practice", [S("常宁", "荣耀", "系统安全专家")], HD),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:30", "用 Rust 编写 NVMe 驱动的经验与教训", [S("龚思远", SPONSOR, "高级工程师")], HD),
    T("16:30", "17:10", "内核漏洞的自动化修复：从 syzbot 报告到补丁", [S("施涵", "浙江大学", "博士后")], HD),
]
ORANGE_D, CHAR_D, GREY_D, PALE_D = (255, 102, 0), (38, 38, 44), (128, 128, 136), (255, 243, 232)


def star_logo(d, cx, cy, r, fill):
    """The sponsor's mark: an eight-pointed star in a ring."""
    pts = []
    for i in range(16):
        a = math.pi / 8 * i - math.pi / 2
        rr = r if i % 2 == 0 else r * 0.45
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=fill)
    d.ellipse([cx - r - 8, cy - r - 8, cx + r + 8, cy + r + 8], outline=fill, width=4)


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 60, W - 60
    white = (255, 255, 255)
    fv = font(28)
    info = [("时间", "2040年10月27日（周六）下午"), ("地点", "哈尔滨工业大学一校区 活动中心 305"),
            ("直播", "2040年10月27日 13:30-17:10 同步直播"), ("主持人", "%s　%s" % (HD, HD_AFF))]
    info = [(lab, wrap(d, val, fv, X1 - X0 - 150)) for lab, val in info]
    head_h = 536 + sum(48 * len(lines) + 14 for _, lines in info) + 90
    # the sponsor's orange header, as tall as its text needs
    im.paste(vgrad(W, head_h, (255, 120, 20), (236, 70, 20)), (0, 0))
    d.rectangle([0, 0, W, 160], fill=(225, 80, 10))
    for i in range(10):
        d.line([(W - 420 + i * 46, 160), (W - 120 + i * 46, head_h)], fill=(255, 138, 60), width=3)
    d.pieslice([-200, head_h - 60, W + 200, head_h + 60], 180, 360, fill=white)
    # brand bar
    star_logo(d, X0 + 40, 80, 34, white)
    d.text((X0 + 100, 40), SPONSOR, font=font(44, True), fill=white)
    d.text((X0 + 102, 100), "XINGYAN TECH", font=font(20, True), fill=(255, 220, 190))
    rtext(d, X1, 52, "× CLK 2040", font(48, True), white)
    y = 220
    d.text((X0, y), "星衍科技邀您相约哈尔滨", font=font(36), fill=(255, 236, 220))
    y += 70
    d.text((X0, y), "第35届中国Linux内核开发者大会", font=font(54, True), fill=white)
    y += 96
    d.rounded_rectangle([X0, y, X0 + tw(d, FD_, font(58, True)) + 60, y + 96], radius=14, fill=white)
    d.text((X0 + 30, y + 10), FD_, font=font(58, True), fill=ORANGE_D)
    y += 150
    for lab, lines in info:
        d.rounded_rectangle([X0, y + 2, X0 + 120, y + 42], radius=8, fill=(255, 160, 90))
        ctext(d, X0 + 60, y + 4, lab, font(24, True), white)
        for ln in lines:
            d.text((X0 + 146, y), ln, font=fv, fill=white)
            y += 48
        y += 14
    assert y + 90 == head_h
    y += 150
    # agenda on white
    ctext(d, W / 2, y, "分论坛议程", font(52, True), CHAR_D)
    y += 80
    d.rectangle([W / 2 - 40, y, W / 2 + 40, y + 6], fill=ORANGE_D)
    y += 60
    ft, fn, fa = font(32, True), font(27, True), font(24)
    DIV, TX = X0 + 236, X0 + 266
    for s in SLOTS_D:
        rng = "%s～%s" % (s["start"], s["end"])
        if s["kind"] == "break":
            d.rounded_rectangle([X0, y, X1, y + 76], radius=12, fill=(242, 242, 244))
            d.text((X0 + 18, y + 20), rng, font=font(28, True), fill=GREY_D)
            d.text((TX, y + 18), s["title"], font=font(32, True), fill=GREY_D)
            y += 110
            continue
        ours = any(co == SPONSOR for _, co, _ in s["sp"])
        top = y
        d.text((X0, y + 4), rng, font=font(28, True), fill=ORANGE_D)
        lines = wrap_nicely(d, s["title"], ft, X1 - TX)
        for ln in lines:
            d.text((TX, y), ln, font=ft, fill=CHAR_D)
            y += 50
        y += 10
        for name, company, job in s["sp"]:
            lab = "分享嘉宾："
            d.text((TX, y), lab, font=fa, fill=GREY_D)
            nx = TX + tw(d, lab, fa)
            d.text((nx, y - 2), name, font=fn, fill=CHAR_D)
            if ours:
                bx = nx + tw(d, name, fn) + 20
                bw = tw(d, "星衍分享", font(20, True)) + 24
                d.rounded_rectangle([bx, y, bx + bw, y + 34], radius=17, fill=ORANGE_D)
                d.text((bx + 12, y + 3), "星衍分享", font=font(20, True), fill=white)
            y += 44
            d.text((TX, y), "%s｜%s" % (company, job), font=fa, fill=GREY_D)
            y += 44
        d.line([(DIV, top + 6), (DIV, y - 10)], fill=(255, 190, 140), width=3)
        y += 26
        d.line([(X0, y), (X1, y)], fill=(236, 236, 238), width=2)
        y += 36
    # footer
    y += 40
    d.rounded_rectangle([X0, y, X1, y + 330], radius=20, fill=PALE_D)
    qrcode(d, X0 + 36, y + 35, 260, 2741)
    d.text((X0 + 340, y + 50), "扫码预约直播", font=font(44, True), fill=ORANGE_D)
    d.text((X0 + 340, y + 122), "长按识别二维码", font=font(28), fill=CHAR_D)
    d.text((X0 + 340, y + 168), "获取分论坛直播链接与演讲资料", font=font(28), fill=CHAR_D)
    d.text((X0 + 340, y + 236), "让每一行内核代码更安全", font=font(28, True), fill=GREY_D)
    y += 380
    return y


def paint_footer_d(d, W, y):
    """The sponsor's footer bar: address, website and a disclaimer on charcoal."""
    d.rectangle([0, y, W, y + 200], fill=CHAR_D)
    star_logo(d, 100, y + 70, 26, ORANGE_D)
    d.text((160, y + 40), "星衍科技 · 系统软件事业部", font=font(30, True), fill=(255, 255, 255))
    d.text((160, y + 86), "哈尔滨市南岗区学府路 9 号 ｜ www.xingyan-tech.cn", font=font(22), fill=(190, 190, 196))
    ctext(d, W / 2, y + 146, "本图根据大会官方日程整理，议程以大会现场为准", font(20), (150, 150, 158))


def poster_d():
    W = 1080

    def paint(im, d):
        y = paint_d(im, d)
        paint_footer_d(d, W, y)
        return y + 200

    im = two_pass(W, paint, lambda w, h: Image.new("RGB", (w, h), (255, 255, 255)))
    im = finish(im, 2742, 0.004, 0.3, 85)
    return im, [{"forum": FD_, "slots": [truth_slot(s) for s in SLOTS_D]}]


NOTE = (
    "Same conventions as posters-blind-4..26: speakers are names as printed with spaces removed (the foreign "
    "name 'Sebastian Vogt' -> 'SebastianVogt'); host is the chair printed for the forum covering the slot, null "
    "for breaks; start/end always HH:MM on a 24-hour clock; titles exclude tags and badges; where two or more "
    "speakers are printed each has his own affiliation, given per speaker; affiliations keep a printed job "
    "title, joined to the company by one space; break titles are as printed; '开幕致辞' with a speaker is a talk. "
    "Three conferences, so that no talk is on two posters: CLK 2038 (第33届, 大连, 2038-10-23) only on the "
    "full-conference image, CLK 2039 (第34届, 兰州, 2039-10-22) only on the one-page summary, and CLK 2040 "
    "(第35届, 哈尔滨) on the two forum posters, two forums running in parallel on the afternoon of 2040-10-27. "
    "Added or stressed here: "
    "(1) The CLK 2038 full-conference image (a JPEG, light, 1080 px wide) prints each range in a rounded chip "
    "at the left ('09:15-09:55'), the bold title right of it (three wrap to two lines), then per speaker "
    "'name　company' on one line and the job title ALONE on the line under the company: the affiliation is "
    "'company job' ('华为 操作系统内核实验室主任'). Each forum opens with its name, an English subtitle with the room "
    "('Memory & File Systems · 会场 A', not part of the name) and the host line '主持人：name　unit'; 主论坛 adds a "
    "room line '会场：图书馆报告厅'; 内存与文件系统分论坛 prints '出品人：周立新　阿里云 资深技术专家' on the line above "
    "its '主持人：韩冬　...': the 出品人 (the forum's producer) is not its host, 韩冬 is. Breaks are hairlines "
    "across the page with the label FIRST and the range after it in a gap ('茶歇　10:35-10:50', '午餐　12:10-13:30'); "
    "午餐 closes 主论坛 and is one of its slots; the pill '下午 · 三个分论坛并行' is not a slot; the three afternoon "
    "forums run in parallel, so their times repeat. The talk 09:55-10:35 has two speakers (刘思琪, 逯国栋), each "
    "with company and job. Two English titles. "
    "(2) The CLK 2040 forum image (PNG, dark) has a vertical spine down the middle: each talk's range is a chip "
    "on one side of it, the talk's card (bold title, then per speaker the name over 'company · job', affiliation "
    "'company job') on the other, and the sides swap from talk to talk, so that half the ranges stand RIGHT of "
    "the spine, level with a card that lies left of it; round photos under the chips. The cards are narrow: "
    "five of the six titles wrap, one ('Accel Subsystem: Upstreaming an NPU Driver') to three lines. The 茶歇 is a pill on the spine printing the range before the label ('15:30-15:45　茶歇'). The talk "
    "14:50-15:30 has two speakers (方子涵, 雷鸣); 石天宇 (15:45) is printed with his name only, no company and no "
    "job, so his talk's affiliations are an empty list; Sebastian Vogt (Collabora · Senior Kernel Engineer) "
    "gives an English title. The host is centred under the forum banner ('主持人：乔卫东', the unit on the line "
    "under it); the introduction paragraph above the agenda is no slot. "
    "(3) The CLK 2039 summary is one phone page (1242 x 2208, PNG): a header ('CLK 2039', '日程速览', date and "
    "place), then one white block per forum: 主论坛 and, after a line '— 下午 · 三个会场同时进行 —', three parallel "
    "forums, each headed by its name, a tag '会场 A' (not part of the name) and at the right '主持：name（unit）' "
    "(the label is '主持：', not '主持人：'). Each row: the range in a small chip, the bold title, and under the "
    "title 'name（company）' (affiliation the company alone; no job is printed). Breaks are dashed hairlines with "
    "'茶歇 10:30-10:45' in a gap; '午餐 12:05-13:30' closes 主论坛's block and is one of its slots. The foot's QR "
    "line is no slot. "
    "(4) The sponsor's repost (JPEG) of CLK 2040's 内核安全与 Rust 分论坛 is in the sponsor's branding (星衍科技, "
    "'× CLK 2040', a slogan); its info lines are tags with values: '时间' (the afternoon, no range), '地点', "
    "'直播' ('2040年10月27日 13:30-17:10 同步直播': the forum's span as the live stream's, NOT a slot) and '主持人' "
    "('夏雪　哈尔滨工程大学计算机科学与技术学院 副教授'). The agenda prints each range with a FULL-WIDTH TILDE "
    "('13:30～14:10') in orange in a left column, a divider, the bold title, '分享嘉宾：name' and under it "
    "'company｜job' (affiliation 'company job'). A badge '星衍分享' stands after the names of the sponsor's own two "
    "speakers (汪海洋, 龚思远; their company is the sponsor, '星衍科技'): it is no part of the name or the title. "
    "The 茶歇 is a grey row '15:30～15:50　茶歇'. The QR block ('扫码预约直播'), the slogan and the footer (address, "
    "website, a disclaimer) are no slots. One English title. Uncommon surnames 逯 (CLK 2038) and 虞 (CLK 2039)."
)

LAYOUTS = {
    "light-chips-full-conference.jpg": (
        "CLK 2038 (第33届) full conference, 大连, 2038-10-23, a light long image (1080 px wide, JPEG q92 round trip "
        "then q88): a sea-blue header with waves (logo lines, '大连理工大学', '第33届中国 / Linux内核开发者大会', a date "
        "pill, the place), an introduction, '大会议程 PROGRAMME'; 主论坛 and, after a pill '下午 · 三个分论坛并行', three "
        "parallel forums, each opened by a coloured bar, its name, an English subtitle with the room and "
        "'主持人：name　unit' (one forum also prints a '出品人' line above it); ranges in rounded chips left of the "
        "titles; per speaker 'name　company' with the job title alone on the line under the company; breaks as "
        "hairlines with '茶歇　10:35-10:50' in a gap; support-unit boxes and a QR code at the foot. Uncommon "
        "surname 逯.",
        "2038-10-23", poster_a),
    "spine-alternating-forum.png": (
        "异构计算与 AI 基础设施分论坛 of CLK 2040 (第35届), 哈尔滨, 2040-10-27 afternoon, the organisers' dark long image "
        "(1080 px wide): logo lines, the school, '第35届中国 / Linux内核开发者大会', a date pill, the address, the "
        "forum in a banner, '主持人：乔卫东' centred with the unit under it, an introduction, '论坛议程'; then a "
        "vertical spine with a dot per talk, the range chip and round photos on one side and the talk's card "
        "(title, name over 'company · job') on the other, the sides swapping talk by talk; the 茶歇 a pill on "
        "the spine. Two speakers on one talk, one speaker with no company printed, a foreign speaker with an "
        "English title.",
        "2040-10-27", poster_b),
    "phone-summary-all-forums.png": (
        "CLK 2039 (第34届), 兰州, 2039-10-22, a one-page phone summary (1242 x 2208): a coral-to-amber header "
        "('CLK 2039', the conference, '日程速览', date and place), then a white block per forum (主论坛, then three "
        "parallel afternoon forums after '— 下午 · 三个会场同时进行 —'), each headed by its name, a '会场 A' tag and "
        "'主持：name（unit）' at the right; rows with the range in a small chip, the bold title and "
        "'name（company）' under it; breaks as dashed hairlines with '茶歇 10:30-10:45' in a gap; a small QR "
        "code and the organisers at the foot. Uncommon surname 虞.",
        "2039-10-22", poster_c),
    "sponsor-repost-forum.jpg": (
        "内核安全与 Rust 分论坛 of CLK 2040, 2040-10-27 afternoon, reposted by a sponsor (星衍科技) in its own "
        "branding (1080 px wide, JPEG q85 round trip then q88): an orange header with the sponsor's logo, "
        "'× CLK 2040', a slogan, the conference, the forum, tagged info lines (时间, 地点, 直播 with a range "
        "13:30-17:10 that is no slot, 主持人); '分论坛议程': ranges with a full-width tilde ('13:30～14:10') in a "
        "left column, a divider, the title, '分享嘉宾：name' (a badge '星衍分享' after the sponsor's own speakers) "
        "and 'company｜job' under it; a grey 茶歇 row; a QR-code square ('扫码预约直播'), a slogan and a dark "
        "footer with address, website and a disclaimer.",
        "2040-10-27", poster_d),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        if fn.endswith(".jpg"):
            im.save(os.path.join(HERE, fn), "JPEG", quality=88)
        else:
            im.save(os.path.join(HERE, fn), optimize=False)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
