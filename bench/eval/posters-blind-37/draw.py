"""Draw the thirty-seventh blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set is about the
ONE agenda image of a whole edition made by a designer OUTSIDE the organisers'
family (no logo lines, no dark long image with a timeline): 主论坛 and three
parallel forums on each picture, four editions, no talk on two posters.
  CLK 2091 (PNG, 2560 x 1440, landscape): 主论坛 as a panel at the left; the
    three afternoon forums as columns sharing ONE time axis at the grid's left,
    rows aligned, breaks staggered (a row holds a break in one forum and talks
    in the others).
  CLK 2092 (JPEG, a WeChat article exported as a long image): text on white,
    section headings, each talk '09:10-09:55 | title' (the title wrapping to
    the left margin), '分享嘉宾：name company job', then ONE grey line of
    abstract that is no part of the title; article furniture (account, publish
    time, notes with times, reading counts, comments).
  CLK 2093 (PNG, 1080 px): a mosaic of cards, big titles, the range small in a
    tag at the card's top-right corner, the speakers at the card's foot; cards
    two to a row, the opening and the keynote full width.
  CLK 2094 (JPEG, 1242 px, editorial serif): per talk the speakers FIRST in
    bold with the range at the right, the title under them in lighter type
    inside 《》; Roman numerals before the forums; the date in Chinese numerals.
"""
import io
import json
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


def finish(im, seed, noise, blur, quality):
    """Seeded grain, a slight blur and a JPEG round trip: a poster re-shared in a chat group."""
    im = grain(im, seed, noise).filter(ImageFilter.GaussianBlur(blur))
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


def cup(d, x, y, fill):
    """A small coffee cup drawn in lines (the fonts have no cup glyph)."""
    d.rounded_rectangle([x, y + 8, x + 22, y + 30], radius=5, outline=fill, width=3)
    d.arc([x + 16, y + 12, x + 30, y + 24], 270, 90, fill=fill, width=3)
    for k in range(2):
        d.line([(x + 6 + k * 9, y), (x + 6 + k * 9, y + 5)], fill=fill, width=2)


def forums_truth(forums):
    return [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, _, slots in forums]


# ===========================================================================
# 1. CLK 2091 (第86届), 成都, 2091-10-27, a WIDE landscape (2560 x 1440, PNG)
#    by an agency: a navy header band ('CLK 2091', the conference, date and
#    place, '大会日程总览'), then 主论坛 as a white panel at the LEFT (its own
#    ranges, 'range | title / speakers'), and at the right the afternoon as a
#    grid: a time axis column at the left whose rows print ranges, and three
#    forum columns whose cells line up with those rows.  A cell holds a talk
#    (bold title, 'name  company job') or a break; breaks are STAGGERED: the
#    14:00 row is a 茶歇 in the middle column only, the 14:30 row a 茶歇 in the
#    outer two.  Column heads: the forum name, '主持人 ｜ name', the unit.
HOST_A = ("王立平", "电子科技大学 教授")
MAIN_A = [
    T("09:00", "09:15", "开幕致辞", [S("周斌", "电子科技大学", "副校长")], "王立平"),
    T("09:15", "10:00", "内核维护者模式的演进：从邮件列表到 CI 驱动的协作", [S("张建华", "华为", "Linux 内核首席专家")],
      "王立平"),
    T("10:00", "10:45", "Scaling the Page Allocator to 512-Core Servers", [S("Lucas Moreau", "Arm", "首席软件工程师")],
      "王立平"),
    B("10:45", "11:00", "茶歇"),
    T("11:00", "11:45", "龙蜥内核在混部场景下的 CPU 隔离与干扰抑制",
      [S("吴志强", "阿里云", "内核技术专家"), S("罗佳", "阿里云", "高级工程师")], "王立平"),
    B("11:45", "13:30", "午餐"),
]
ROWS_A = [("13:30", "14:00"), ("14:00", "14:30"), ("14:30", "15:00"), ("15:00", "15:30")]
FORUMS_A = [  # one entry per row of ROWS_A: a (title, speakers) pair or the label of a break
    ("内存管理与 CXL 分论坛", ("陈晓峰", "四川大学 副教授"), (18, 140, 150), [
        ("CXL 内存扩展下的 NUMA 节点热插拔", [S("李明轩", "英特尔", "软件工程师")]),
        ("MGLRU 在多租户容器环境中的回收公平性", [S("张涛", "腾讯", "内核工程师")]),
        "茶歇",
        ("userfaultfd 在虚拟机热迁移中的缺页处理优化", [S("鄢文博", "字节跳动", "虚拟化工程师")]),
    ]),
    ("存储与文件系统分论坛", ("赵俊", "西南交通大学 教授"), (92, 76, 190), [
        ("ext4 bigalloc 在对象存储节点上的应用", [S("黄凯", "京东云", None)]),
        "茶歇",
        ("io_uring 的安全加固与性能权衡", [S("何静", "蚂蚁集团", "高级技术专家"), S("邹磊", "蚂蚁集团", "工程师")]),
        ("blk-mq 多队列调度器的尾延迟分析", [S("郑宇", "中兴通讯", "存储架构师")]),
    ]),
    ("RISC-V 与虚拟化分论坛", ("唐海", "中国科学院软件研究所 研究员"), (222, 96, 52), [
        ("RISC-V H 扩展下 KVM 嵌套虚拟化的实现", [S("许诺", "中国科学院软件研究所", "工程师")]),
        ("virtio-mem 在弹性云主机中的内存伸缩", [S("胡鹏", "天翼云", "虚拟化专家")]),
        "茶歇",
        ("RISC-V 向量扩展的上下文切换开销与优化", [S("蒋瑞", "赛昉科技", "内核工程师")]),
    ]),
]
NAVY_A, ORANGE_A, INK_A, GREY_A = (20, 33, 61), (236, 98, 44), (28, 32, 44), (104, 112, 128)


def slots_a(name, host, cells):
    """A grid column as slots: each cell takes its row's range from the shared axis."""
    out = []
    for (a, b), cell in zip(ROWS_A, cells):
        if isinstance(cell, str):
            out.append(B(a, b, cell))
        else:
            out.append(T(a, b, cell[0], cell[1], host[0]))
    return out


def speaker_lines(d, x, y, sps, fn, fa, ink, grey, maxw, step):
    """'name  company job' per speaker on one line each (the job left out where none is printed)."""
    for sp in sps:
        d.text((x, y), sp[0], font=fn, fill=ink)
        nx = x + tw(d, sp[0], fn) + 14
        a = aff(sp) or ""
        d.text((nx, y + (fn.size - fa.size) * 0.7), a, font=fa, fill=grey)
        assert nx + tw(d, a, fa) <= x + maxw, sp
        y += step
    return y


def poster_a():
    W, H = 2560, 1440
    im = vgrad(W, H, (238, 242, 250), (228, 234, 246))
    d = ImageDraw.Draw(im)
    white = (255, 255, 255)
    # header band
    d.rectangle([0, 0, W, 210], fill=NAVY_A)
    d.polygon([(1500, 0), (1620, 0), (1460, 210), (1340, 210)], fill=(30, 48, 86))
    d.polygon([(1650, 0), (1690, 0), (1530, 210), (1490, 210)], fill=ORANGE_A)
    d.text((60, 40), "CLK 2091", font=font(92, True), fill=white)
    x = 60 + tw(d, "CLK 2091", font(92, True)) + 50
    d.line([(x, 50), (x, 160)], fill=(90, 110, 150), width=3)
    d.text((x + 40, 44), "第86届中国Linux内核开发者大会", font=font(48, True), fill=white)
    d.text((x + 40, 124), "2091年10月27日（周六）｜ 成都 · 电子科技大学清水河校区", font=font(28), fill=(190, 202, 226))
    rtext(d, 2300, 40, "大会日程总览", font(64, True), white)
    rtext(d, 2300, 132, "A G E N D A   A T   A   G L A N C E", font(22, True), ORANGE_A)
    qrcode(d, 2350, 30, 150, 3701)
    ctext(d, 2425, 184, "扫码看直播", font(18), (190, 202, 226))
    # 主论坛 panel at the left
    PX0, PX1, PY0, PY1 = 40, 800, 240, 1370
    d.rounded_rectangle([PX0, PY0, PX1, PY1], radius=18, fill=white)
    lab = "上午 · 主论坛"
    d.rounded_rectangle([PX0 + 24, PY0 + 24, PX0 + 24 + tw(d, lab, font(34, True)) + 44, PY0 + 86], radius=10,
                        fill=ORANGE_A)
    d.text((PX0 + 46, PY0 + 30), lab, font=font(34, True), fill=white)
    d.text((PX0 + 24, PY0 + 110), "主持人 ｜ %s · %s" % HOST_A, font=font(24), fill=INK_A)
    d.line([(PX0 + 24, PY0 + 160), (PX1 - 24, PY0 + 160)], fill=(220, 224, 232), width=2)
    RX, TX, TW = PX0 + 24, PX0 + 210, PX1 - 24 - (PX0 + 210)
    fr, ft, fn, fa = font(25, True), font(28, True), font(23, True), font(21)
    blocks = []
    for s in MAIN_A:
        if s["kind"] == "break":
            blocks.append((s, None, 58))
        else:
            lines = wrap_nicely(d, s["title"], ft, TW)
            blocks.append((s, lines, 40 * len(lines) + 8 + 34 * len(s["sp"])))
    y0 = PY0 + 190
    gap = (PY1 - 30 - y0 - sum(h for _, _, h in blocks)) / (len(blocks) - 1)
    assert gap >= 30, gap
    y = y0
    for s, lines, h in blocks:
        rng = "%s-%s" % (s["start"], s["end"])
        if lines is None:
            d.rectangle([PX0 + 12, y - 6, PX1 - 12, y + h - 6], fill=(253, 236, 226))
            d.text((RX, y + 6), rng, font=fr, fill=ORANGE_A)
            cup(d, TX, y + 8, ORANGE_A)
            d.text((TX + 44, y + 4), s["title"], font=font(27, True), fill=INK_A)
        else:
            d.text((RX, y + 2), rng, font=fr, fill=ORANGE_A)
            yy = y
            for ln in lines:
                d.text((TX, yy), ln, font=ft, fill=INK_A)
                yy += 40
            speaker_lines(d, TX, yy + 8, s["sp"], fn, fa, INK_A, GREY_A, TW, 34)
        y += h + gap
    # the afternoon grid at the right: a time axis and three forum columns
    GX0, GX1 = 840, 2520
    d.text((GX0, 244), "下午 · 三个分论坛同时进行", font=font(32, True), fill=NAVY_A)
    rtext(d, GX1, 254, "各分论坛会场：主楼 A 区 · B 区 · C 区", font(22), GREY_A)
    AX1 = GX0 + 206
    CW = (GX1 - AX1 - 16 * 3) / 3
    HY0, HY1 = 306, 450
    d.rounded_rectangle([GX0, HY0, AX1, HY1], radius=12, fill=NAVY_A)
    ctext(d, (GX0 + AX1) / 2, HY0 + 52, "时间", font(30, True), white)
    for k, (name, host, col, _) in enumerate(FORUMS_A):
        cx = AX1 + 16 + k * (CW + 16)
        d.rounded_rectangle([cx, HY0, cx + CW, HY1], radius=12, fill=col)
        d.text((cx + 24, HY0 + 16), name, font=font(32, True), fill=white)
        assert tw(d, name, font(32, True)) <= CW - 48
        d.text((cx + 24, HY0 + 66), "主持人 ｜ " + host[0], font=font(24, True), fill=white)
        d.text((cx + 24, HY0 + 104), host[1], font=font(21), fill=(236, 240, 248))
    RY0, RY1 = HY1 + 16, 1370
    rh = (RY1 - RY0 - 14 * (len(ROWS_A) - 1)) / len(ROWS_A)
    ax = AX1 - 18
    d.line([(ax, RY0), (ax, RY1)], fill=(170, 180, 200), width=3)
    ft, fn, fa = font(28, True), font(23, True), font(21)
    for r, (a, b) in enumerate(ROWS_A):
        ry = RY0 + r * (rh + 14)
        ctext(d, (GX0 + ax) / 2 - 8, ry + rh / 2 - 18, "%s-%s" % (a, b), font(26, True), NAVY_A)
        d.ellipse([ax - 9, ry + rh / 2 - 9, ax + 9, ry + rh / 2 + 9], fill=ORANGE_A)
        for k, (name, host, col, cells) in enumerate(FORUMS_A):
            cx = AX1 + 16 + k * (CW + 16)
            cell = cells[r]
            if isinstance(cell, str):
                tint = tuple(int(c + (255 - c) * 0.84) for c in col)
                d.rounded_rectangle([cx, ry, cx + CW, ry + rh], radius=12, fill=tint)
                lw = tw(d, cell, font(30, True)) + 44
                cup(d, cx + CW / 2 - lw / 2, ry + rh / 2 - 16, col)
                d.text((cx + CW / 2 - lw / 2 + 44, ry + rh / 2 - 22), cell, font=font(30, True), fill=col)
                continue
            d.rounded_rectangle([cx, ry, cx + CW, ry + rh], radius=12, fill=white)
            d.rectangle([cx, ry + 14, cx + 6, ry + rh - 14], fill=col)
            lines = wrap_nicely(d, cell[0], ft, CW - 56)
            h = 40 * len(lines) + 10 + 34 * len(cell[1])
            yy = ry + (rh - h) / 2
            assert yy >= ry + 14, cell
            for ln in lines:
                d.text((cx + 28, yy), ln, font=ft, fill=INK_A)
                yy += 40
            speaker_lines(d, cx + 28, yy + 10, cell[1], fn, fa, INK_A, GREY_A, CW - 50, 34)
    d.text((40, 1392), "主办：中国 Linux 内核开发者大会组委会　　承办：电子科技大学计算机科学与工程学院　　"
                       "支持社区：openEuler · 龙蜥社区 · OpenCloudOS", font=font(21), fill=GREY_A)
    rtext(d, GX1, 1392, "* 议程如有调整，以大会现场公告为准", font(21), GREY_A)
    forums = [{"forum": "主论坛", "slots": [truth_slot(s) for s in MAIN_A]}]
    forums += [{"forum": name, "slots": [truth_slot(s) for s in slots_a(name, host, cells)]}
               for name, host, _, cells in FORUMS_A]
    return im, forums


# ===========================================================================
# 2. CLK 2092 (第87届), 南昌, 2092-10-18, a WeChat article of the conference's
#    account exported as one long image (JPEG): the article's title, the
#    account and its publish time, a drawn banner, prose, '▍' section
#    headings, a grey line per forum ('下午 · 会场 A · 主持人：name（unit job）'),
#    then per talk: '09:10-09:55 | title' (a long title running on at the
#    left margin), '分享嘉宾：name company job' (a second speaker on the next
#    line under the first name), and ONE line of abstract in grey.  Breaks are
#    'range | 茶歇' alone.  At the foot: notes with times, a QR code, 'END',
#    '阅读原文', reading and like counts, and two comments.
FORUMS_B = [
    ("主论坛", ("钟伟", "南昌大学 教授"), [
        T("09:00", "09:10", "开幕致辞", [S("郭庆", "南昌大学", "副校长")], "钟伟", label="致辞嘉宾："),
        T("09:10", "09:55", "内存分层（memory tiering）实践：从 DAMON 监测到 CXL 扩展内存的页面放置",
          [S("罗志强", "华为", "内核专家")], "钟伟",
          abstract="基于 DAMON 的冷热页识别，以及 CXL 扩展内存上的页面放置策略。"),
        T("09:55", "10:40", "Upstreaming a Rust NVMe Driver: Lessons from Two Years of Review",
          [S("Zoltán Fehér", "SUSE", "Senior Kernel Engineer")], "钟伟",
          abstract="回顾 Rust NVMe 驱动两年的上游评审过程，并与 C 驱动对比性能。"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:40", "大规模集群的内核热升级：kexec 与 CRIU 的结合",
          [S("韩雪", "字节跳动", "内核工程师"), S("罗敏", "字节跳动", "系统工程师")], "钟伟",
          abstract="热升级方案的设计取舍，以及在十万台服务器上灰度发布的经验。"),
        B("11:40", "13:30", "午餐"),
    ]),
    ("内存管理分论坛", ("林静", "中国科学技术大学 副教授"), [
        T("13:30", "14:10", "透明大页在数据库负载下的收益与延迟抖动", [S("彭程", "美团", "系统工程师")], "林静",
          abstract="以 MySQL 与 Redis 为例，分析 THP 与 khugepaged 参数的影响。"),
        B("14:10", "14:25", "茶歇"),
        T("14:25", "15:05", "基于 PSI 的内存压力感知与主动回收", [S("曾丽", "小米", "内核工程师")], "林静",
          abstract="在手机上用 PSI 信号提前触发回收，减少前台应用的卡顿。"),
    ]),
    ("调度与性能分论坛", ("邓海波", "华中科技大学 教授"), [
        T("13:30", "14:10", "sched_ext 在游戏服务器上的尾延迟优化", [S("袁帅", "网易", "高级工程师")], "邓海波",
          abstract="用 BPF 编写的调度策略如何把 P99 帧延迟降低 30%。"),
        B("14:10", "14:25", "茶歇"),
        T("14:25", "15:05", "off-CPU 分析：perf 与 BPF 的联合使用", [S("冯雪", "英特尔", "性能工程师")], "邓海波",
          abstract="定位锁等待与 I/O 阻塞，附一套可复用的火焰图脚本。"),
    ]),
    ("网络与 eBPF 分论坛", ("高飞", "中国移动研究院 首席专家"), [
        T("13:30", "14:10", "AF_XDP 零拷贝在 5G 用户面转发中的落地", [S("常宇", "中国移动", None)], "高飞",
          abstract="UPF 转发面从 DPDK 迁移到 AF_XDP 后的性能与运维对比。"),
        T("14:10", "14:50", "BPF token：非特权 eBPF 的权限模型演进", [S("田甜", "腾讯", "内核工程师")], "高飞",
          abstract="委托式权限如何让容器内的进程安全地加载 BPF 程序。"),
    ]),
]
META_B = ["上午 · 前湖校区学术交流中心一楼报告厅", "下午 · 会场 A（信息工程学院 201）", "下午 · 会场 B（信息工程学院 305）",
          "下午 · 会场 C（信息工程学院 402）"]
INTRO_B = ("第87届中国Linux内核开发者大会（CLK 2092）将于 10 月 18 日在南昌大学举行！本届大会上午为主论坛，"
           "下午内存管理、调度与性能、网络与 eBPF 三个分论坛同时进行。全天议程现已确定，欢迎转发给身边的内核开发者。")
NOTES_B = ["1. 08:30 开始签到，凭报名二维码入场；",
           "2. 午餐为自助餐，地点在学生第二食堂二楼；",
           "3. 下午三个会场同时进行，可自由切换会场；",
           "4. 全程 B 站直播，回放在会后一周内上线。"]
TEAL_B, INK_B, BODY_B, GREY_B, LINK_B = (16, 150, 132), (26, 26, 26), (62, 62, 62), (150, 150, 150), (87, 107, 149)


def heading_b(d, X0, X1, y, text):
    """A section heading as WeChat editors make it: a tinted strip with a thick bar at the left."""
    d.rectangle([X0, y, X1, y + 70], fill=(230, 246, 242))
    d.rectangle([X0, y, X0 + 10, y + 70], fill=TEAL_B)
    d.text((X0 + 30, y + 10), text, font=font(36, True), fill=INK_B)
    return y + 70


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 56, W - 56
    white = (255, 255, 255)
    y = 60
    for ln in wrap(d, "议程发布｜第87届中国Linux内核开发者大会全天日程来了！", font(46, True), X1 - X0):
        d.text((X0, y), ln, font=font(46, True), fill=INK_B)
        y += 68
    y += 16
    d.text((X0, y), "CLK内核大会", font=font(27), fill=LINK_B)
    d.text((X0 + tw(d, "CLK内核大会", font(27)) + 24, y), "2092年10月9日 20:30　江西", font=font(27), fill=GREY_B)
    y += 80
    # the banner: a picture inside the article
    bh = 420
    banner = vgrad(X1 - X0, bh, (12, 120, 110), (26, 60, 120))
    bd = ImageDraw.Draw(banner)
    for i in range(9):
        bd.ellipse([560 + i * 30, -160 + i * 20, 1100 - i * 10, 380 + i * 30], outline=(60, 170, 160), width=2)
    bd.text((50, 60), "CLK 2092", font=font(96, True), fill=white)
    bd.text((54, 190), "第87届中国Linux内核开发者大会", font=font(40, True), fill=white)
    bd.text((54, 262), "10.18　南昌 · 南昌大学", font=font(34), fill=(210, 240, 236))
    bd.rounded_rectangle([54, 330, 54 + tw(bd, "全天议程", font(28, True)) + 40, 380], radius=25, fill=(255, 200, 70))
    bd.text((74, 336), "全天议程", font=font(28, True), fill=(30, 40, 60))
    im.paste(banner, (X0, y))
    y += bh + 50
    fb = font(30)
    for ln in wrap(d, INTRO_B, fb, X1 - X0):
        d.text((X0, y), ln, font=fb, fill=BODY_B)
        y += 54
    y += 40
    y = heading_b(d, X0, X1, y, "大会信息") + 34
    for lab, val in (("时间：", "2092年10月18日（周六）"), ("地点：", "南昌大学前湖校区"), ("直播：", "B 站「CLK内核大会」直播间")):
        d.text((X0, y), lab, font=font(30, True), fill=INK_B)
        d.text((X0 + tw(d, lab, font(30, True)), y), val, font=fb, fill=BODY_B)
        y += 54
    y += 40
    fr, ft, fs, fab = font(32, True), font(32, True), font(28), font(26)
    for (name, host, slots), meta in zip(FORUMS_B, META_B):
        y = heading_b(d, X0, X1, y, name) + 22
        d.text((X0, y), "%s · 主持人：%s（%s）" % (meta, host[0], host[1]), font=font(26), fill=GREY_B)
        assert tw(d, "%s · 主持人：%s（%s）" % (meta, host[0], host[1]), font(26)) <= X1 - X0
        y += 70
        for s in slots:
            rng = "%s-%s" % (s["start"], s["end"])
            d.text((X0, y), rng, font=fr, fill=TEAL_B)
            x = X0 + tw(d, rng, fr)
            d.text((x + 12, y), "|", font=fr, fill=(190, 190, 190))
            x += 12 + tw(d, "|", fr) + 14
            if s["kind"] == "break":
                d.text((x, y), s["title"], font=font(32), fill=BODY_B)
                y += 52 + 44
                continue
            lines = wrap_widths(d, s["title"], ft, [X1 - x, X1 - X0])
            for i, ln in enumerate(lines):
                d.text((x if i == 0 else X0, y), ln, font=ft, fill=INK_B)
                y += 52
            y += 4
            lab = s.get("label", "分享嘉宾：")
            d.text((X0, y), lab, font=fs, fill=GREY_B)
            x = X0 + tw(d, lab, fs)
            for sp in s["sp"]:
                text = "%s %s" % (sp[0], aff(sp))
                d.text((x, y), text, font=fs, fill=BODY_B)
                assert x + tw(d, text, fs) <= X1, text
                y += 46
            if s.get("abstract"):
                assert tw(d, s["abstract"], fab) <= X1 - X0, s["abstract"]
                d.text((X0, y + 2), s["abstract"], font=fab, fill=GREY_B)
                y += 44
            y += 44
        y += 36
    y = heading_b(d, X0, X1, y, "参会须知") + 34
    for ln in NOTES_B:
        d.text((X0, y), ln, font=fb, fill=BODY_B)
        y += 54
    y += 40
    qrcode(d, W / 2 - 150, y, 300, 3702)
    ctext(d, W / 2, y + 320, "长按识别二维码，立即报名", font(28), GREY_B)
    y += 420
    d.line([(X0 + 200, y + 20), (W / 2 - 70, y + 20)], fill=(210, 210, 210), width=2)
    d.line([(W / 2 + 70, y + 20), (X1 - 200, y + 20)], fill=(210, 210, 210), width=2)
    ctext(d, W / 2, y, "END", font(30, True), GREY_B)
    y += 110
    # the article's own furniture
    d.text((X0, y), "阅读原文", font=font(28), fill=LINK_B)
    rtext(d, X1, y, "阅读 1.8万", font(28), GREY_B)
    y += 80
    d.line([(X0, y), (X1, y)], fill=(232, 232, 232), width=2)
    y += 30
    for k, lab in enumerate(("分享", "推荐 96", "赞 412", "在看")):
        ctext(d, X0 + (X1 - X0) * (k + 0.5) / 4, y, lab, font(26), (110, 110, 110))
    y += 90
    d.text((X0, y), "留言 2", font=font(30, True), fill=INK_B)
    y += 70
    comments = [("内核小白", "广东", "下午会场 B 的两场都想听，有回放吗？", "18"),
                ("CLK内核大会（作者）", None, "有的，所有报告的回放会在会后一周内上线～", "6"),
                ("zh_kernel", "浙江", "今年终于有 CXL 的报告了，已报名", "9")]
    for who, where, text, likes in comments:
        indent = 60 if where is None else 0
        d.ellipse([X0 + indent, y, X0 + indent + 64, y + 64], fill=(200, 210, 220) if where else TEAL_B)
        tx = X0 + indent + 86
        d.text((tx, y), who, font=font(26), fill=GREY_B)
        rtext(d, X1, y, "赞 " + likes, font(24), GREY_B)
        d.text((tx, y + 42), text, font=font(29), fill=INK_B)
        d.text((tx, y + 92), ("IP属地：" + where) if where else "作者", font=font(22), fill=(180, 180, 180))
        y += 160
    return y + 40


def bg_b(w, h):
    return Image.new("RGB", (w, h), (255, 255, 255))


def poster_b():
    im = two_pass(1080, paint_b, bg_b)
    return im, forums_truth(FORUMS_B)


# ===========================================================================
# 3. CLK 2093 (第88届), 青岛, 2093-10-24, a mosaic of cards (PNG, 1080 px) on
#    warm paper with round shapes: a coloured strip per forum with its name,
#    under it a tag '主持人' and 'name · unit'; per talk a white card: the
#    range small in a tag at the card's TOP-RIGHT corner, the title BIG, and
#    at the card's foot per speaker the name in bold over 'company job'.  The
#    opening and the keynote are full-width cards (name and 'company job' on
#    one line), the other talks half-width cards two to a row; breaks are
#    dashed strips with a cup, the label and the range in the same tag.
FORUMS_C = [
    ("主论坛", ("于海涛", "中国海洋大学 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("宋立", "中国海洋大学", "副校长")], "于海涛", full=True),
        T("09:15", "10:00", "Linux 内核的下一个十年：异构计算与安全隔离", [S("孟庆华", "阿里云", "操作系统首席架构师")],
          "于海涛", full=True, tag="KEYNOTE"),
        B("10:00", "10:15", "茶歇"),
        T("10:15", "10:55", "folio 化之后的 page cache 回写路径", [S("钱坤", "华为", "内核工程师")], "于海涛"),
        T("10:55", "11:35", "Kernel CFI and Shadow Stacks on arm64", [S("Ian Fletcher", "Linaro", "Kernel Engineer")],
          "于海涛"),
        B("11:35", "13:30", "午餐"),
    ]),
    ("存储与 I/O 分论坛", ("刘振华", "山东大学 教授"), [
        T("13:30", "14:10", "blk-cgroup 的 I/O 权重隔离在混合负载中的实践", [S("任浩", "百度", "系统工程师")], "刘振华"),
        T("14:10", "14:50", "F2FS 在 UFS 4.0 设备上的写放大优化", [S("冯晓", "荣耀", "存储软件专家")], "刘振华"),
    ]),
    ("调度与实时分论坛", ("邵明", "青岛大学 副教授"), [
        T("13:30", "14:10", "PREEMPT_RT 合入主线后的实时性回归测试", [S("范文", "麒麟软件", "实时系统工程师")], "邵明"),
        T("14:10", "14:50", "EEVDF 调度器的 lag 补偿与交互延迟",
          [S("梁宇航", "vivo", "内核专家"), S("孔维", "vivo", "工程师")], "邵明"),
    ]),
    ("安全与可信分论坛", ("崔丽", "山东大学 副研究员"), [
        T("13:30", "14:10", "IMA 度量与 TPM 远程证明在边缘节点的部署", [S("贺磊", "中国电信", None)], "崔丽"),
        T("14:10", "14:50", "内核 Lockdown 与 Secure Boot 启动链排障实录", [S("白杨", "统信软件", "安全专家")], "崔丽"),
    ]),
]
NAVY_C, CORAL_C, MUSTARD_C, INK_C, GREY_C = (34, 48, 92), (232, 96, 76), (236, 178, 52), (30, 34, 48), (118, 122, 134)
FOREST_C = (40, 120, 104)
COLORS_C = [CORAL_C, NAVY_C, FOREST_C, (150, 80, 150)]


def corner_tag(d, x1, y0, text, col):
    """The range in a small tag flush with a card's top-right corner."""
    f = font(22, True)
    w = tw(d, text, f) + 32
    d.rounded_rectangle([x1 - w, y0, x1, y0 + 40], radius=14, fill=col, corners=(False, True, False, True))
    d.text((x1 - w + 16, y0 + 5), text, font=f, fill=(255, 255, 255))
    return w


def card_c(d, x0, x1, s, col, paint_y=None):
    """A talk card's natural height; with paint_y, the card drawn there (the speakers at its foot)."""
    full = s.get("full", False)
    ft = font(46 if full else 40, True)
    fn, fa = font(28, True), font(22)
    pad_x = 30
    lines = wrap_nicely(d, s["title"], ft, x1 - x0 - 2 * pad_x)
    lh = int(ft.size * 1.34)
    sp_h = (44 if full else 74) * len(s["sp"])
    natural = 66 + (42 if s.get("tag") else 0) + lh * len(lines) + 30 + 20 + sp_h + 24
    if paint_y is None:
        return natural
    y0, h = paint_y
    filled = s.get("tag") is not None  # the keynote's card is filled with the forum's colour
    ink, grey = ((255, 255, 255), (246, 222, 214)) if filled else (INK_C, GREY_C)
    d.rounded_rectangle([x0 + 6, y0 + 8, x1 + 6, y0 + h + 8], radius=18, fill=(222, 214, 198))
    d.rounded_rectangle([x0, y0, x1, y0 + h], radius=18, fill=col if filled else (255, 255, 255))
    d.rectangle([x0 + 18, y0, x0 + 90, y0 + 6], fill=MUSTARD_C if filled else col)
    corner_tag(d, x1, y0, "%s-%s" % (s["start"], s["end"]), NAVY_C if filled else col)
    y = y0 + 66
    if s.get("tag"):
        d.text((x0 + pad_x, y - 8), s["tag"], font=font(24, True), fill=MUSTARD_C)
        y += 42
    for ln in lines:
        d.text((x0 + pad_x, y), ln, font=ft, fill=ink)
        y += lh
    y = y0 + h - 24 - sp_h
    d.line([(x0 + pad_x, y - 20), (x1 - pad_x, y - 20)], fill=grey if filled else (226, 226, 232), width=2)
    for sp in s["sp"]:
        d.text((x0 + pad_x, y), sp[0], font=fn, fill=ink)
        a = aff(sp)
        if full:
            ax = x0 + pad_x + tw(d, sp[0], fn) + 20
            d.text((ax, y + 5), a, font=fa, fill=grey)
            y += 44
        else:
            d.text((x0 + pad_x, y + 40), a, font=fa, fill=grey)
            assert tw(d, a, fa) <= x1 - x0 - 2 * pad_x, a
            y += 74
    return h


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    white = (255, 255, 255)
    d.text((X0, 90), "CLK", font=font(150, True), fill=NAVY_C)
    d.text((X0, 262), "2093", font=font(150, True), fill=CORAL_C)
    d.text((X0, 480), "第88届中国Linux内核开发者大会", font=font(46, True), fill=INK_C)
    d.text((X0, 556), "2093.10.24 SAT ｜ 青岛 · 中国海洋大学崂山校区", font=font(29), fill=GREY_C)
    lab = "全天议程  FULL PROGRAM"
    d.rounded_rectangle([X0, 632, X0 + tw(d, lab, font(28, True)) + 48, 692], radius=30, fill=NAVY_C)
    d.text((X0 + 24, 640), lab, font=font(28, True), fill=white)
    y = 780
    GAP = 24
    HW = (X1 - X0 - GAP) / 2
    for k, (name, host, slots) in enumerate(FORUMS_C):
        col = COLORS_C[k]
        if k == 1:
            ctext(d, W / 2, y, "— 下午　三个分论坛同时进行 —", font(32, True), NAVY_C)
            y += 90
        d.rounded_rectangle([X0, y, X1, y + 96], radius=16, fill=col)
        d.text((X0 + 32, y + 18), name, font=font(44, True), fill=white)
        y += 96 + 22
        tag = "主持人"
        d.rounded_rectangle([X0, y, X0 + tw(d, tag, font(22, True)) + 24, y + 38], radius=6, outline=col, width=2)
        d.text((X0 + 12, y + 4), tag, font=font(22, True), fill=col)
        d.text((X0 + tw(d, tag, font(22, True)) + 40, y + 1), "%s · %s" % host, font=font(27), fill=INK_C)
        y += 38 + 34
        i = 0
        while i < len(slots):
            s = slots[i]
            rng = "%s-%s" % (s["start"], s["end"])
            if s["kind"] == "break":
                for xx in range(int(X0), int(X1), 24):
                    d.line([(xx, y), (min(xx + 12, X1), y)], fill=col, width=2)
                    d.line([(xx, y + 72), (min(xx + 12, X1), y + 72)], fill=col, width=2)
                cup(d, X0 + 24, y + 20, col)
                d.text((X0 + 70, y + 14), s["title"], font=font(32, True), fill=col)
                f = font(22, True)
                w = tw(d, rng, f) + 32
                d.rounded_rectangle([X1 - w, y + 16, X1, y + 56], radius=14, fill=col)
                d.text((X1 - w + 16, y + 21), rng, font=f, fill=white)
                y += 72 + 36
                i += 1
                continue
            if s.get("full"):
                h = card_c(d, X0, X1, s, col)
                card_c(d, X0, X1, s, col, (y, h))
                y += h + 36
                i += 1
                continue
            pair = [s]
            if i + 1 < len(slots) and slots[i + 1]["kind"] == "talk" and not slots[i + 1].get("full"):
                pair.append(slots[i + 1])
            h = max(card_c(d, X0, X0 + HW, p, col) for p in pair)
            for j, p in enumerate(pair):
                cx = X0 + j * (HW + GAP)
                card_c(d, cx, cx + HW, p, col, (y, h))
            y += h + 36
            i += len(pair)
        y += 50
    ctext(d, W / 2, y, "合作伙伴", font(40, True), NAVY_C)
    y += 80
    names = ["华为", "阿里云", "百度", "荣耀", "vivo", "中国电信", "麒麟软件", "统信软件", "Linaro"]
    bw = (X1 - X0 - 40) / 3
    for j, n in enumerate(names):
        bx, by = X0 + (j % 3) * (bw + 20), y + (j // 3) * 96
        d.rounded_rectangle([bx, by, bx + bw, by + 76], radius=12, fill=white, outline=(222, 214, 198), width=2)
        ctext(d, bx + bw / 2, by + 17, n, font(30, True), NAVY_C)
    y += 3 * 96 + 40
    qrcode(d, X0, y, 220, 3703)
    d.text((X0 + 260, y + 30), "扫码报名 · 观看直播", font=font(40, True), fill=INK_C)
    d.text((X0 + 260, y + 100), "主办：中国 Linux 内核开发者大会组委会", font=font(26), fill=GREY_C)
    d.text((X0 + 260, y + 144), "承办：中国海洋大学信息科学与工程学部", font=font(26), fill=GREY_C)
    return y + 300


def bg_c(w, h):
    im = Image.new("RGB", (w, h), (247, 242, 232))
    d = ImageDraw.Draw(im)
    d.ellipse([640, -120, 1180, 420], fill=(246, 206, 120))
    d.ellipse([820, 260, 1160, 600], fill=(240, 150, 130))
    d.pieslice([720, 470, 1060, 810], 180, 360, fill=(196, 208, 232))
    d.ellipse([-160, h - 420, 200, h - 60], fill=(240, 226, 200))
    return im


def poster_c():
    im = two_pass(1080, paint_c, bg_c)
    return im, forums_truth(FORUMS_C)


# ===========================================================================
# 4. CLK 2094 (第89届), 杭州, 2094-11-06, an editorial poster in serif type on
#    cream paper (JPEG, 1242 px): 'CLK' over '2094', the conference, the date
#    in Chinese numerals ('二〇九四年十一月六日　星期六'), the place; per forum a
#    Roman numeral ('Ⅰ'..'Ⅳ'), the name, and '主持　name　unit'.  Per talk the
#    SPEAKERS come first, one bold line each ('name　company job'), the range
#    at the RIGHT of the first speaker's line, then the title in lighter type
#    inside 《》 (the opening's title without brackets).  Breaks: the label in
#    grey, the range at the right.
FORUMS_D = [
    ("主论坛", ("沈建", "浙江大学 教授"), [
        T("09:00", "09:10", "开幕致辞", [S("吕春梅", "浙江大学", "副校长")], "沈建", plain_title=True),
        T("09:10", "09:55", "Linux 内核 CVE 流程：内核社区成为 CNA 之后，补丁回合与漏洞披露的变化",
          [S("Ana Beatriz Souza", "Red Hat", "首席软件工程师")], "沈建"),
        T("09:55", "10:40", "龙蜥 OS 内核热补丁的规模化运维",
          [S("谢琳", "阿里云", "内核工程师"), S("戴文杰", "阿里云", "技术专家")], "沈建"),
        B("10:40", "11:00", "茶歇"),
        T("11:00", "11:45", "openEuler 内核的 Rust 驱动生态建设", [S("杜鹏", "openEuler 社区", "技术委员会委员")], "沈建"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("可观测性与调试分论坛", ("亢志远", "杭州电子科技大学 副教授"), [
        T("13:30", "14:10", "用 BPF 追踪内核锁竞争：从 lockstat 到 bpftrace", [S("潘宏", "蚂蚁集团", "性能工程师")], "亢志远"),
        B("14:10", "14:25", "茶歇"),
        T("14:25", "15:05", "kdump 与 drgn：线上内核崩溃的快速定界", [S("石晨", "快手", "内核工程师")], "亢志远"),
    ]),
    ("虚拟化与云原生分论坛", ("顾红", "网易数帆 虚拟化技术总监"), [
        T("13:30", "14:10", "机密容器中 virtio-fs 的性能优化", [S("苏航", "火山引擎", "虚拟化工程师")], "顾红"),
        T("14:10", "14:50", "KVM 脏页跟踪 dirty ring 的落地实践", [S("邱明", "腾讯云", "高级工程师")], "顾红"),
    ]),
    ("体系结构分论坛", ("姚丹", "中国科学院计算技术研究所 研究员"), [
        T("13:30", "14:10", "LoongArch 虚拟化扩展 LVZ 的 KVM 支持", [S("陶然", "龙芯中科", None)], "姚丹"),
        T("14:10", "14:50", "x86 FRED 中断架构在内核中的启用", [S("韦立新", "英特尔", "内核工程师")], "姚丹"),
    ]),
]
ROMAN_D = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"]
INK_D, RUST_D, SOFT_D, LINE_D = (30, 58, 46), (178, 82, 42), (112, 128, 118), (196, 186, 166)


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 80, W - 80
    CX = 210  # content column; the Roman numerals stand left of it
    d.text((X0, 70), "CLK", font=font(190, True, True), fill=INK_D)
    d.text((X0, 300), "2094", font=font(190, False, True), fill=RUST_D)
    rtext(d, X1, 120, "第八十九届", font(40, False, True), SOFT_D)
    y = 580
    d.text((X0, y), "第89届中国Linux内核开发者大会", font=font(54, True, True), fill=INK_D)
    y += 100
    d.text((X0, y), "二〇九四年十一月六日　星期六", font=font(36, False, True), fill=INK_D)
    y += 62
    d.text((X0, y), "杭州 · 浙江大学紫金港校区", font=font(34, False, True), fill=SOFT_D)
    y += 100
    d.line([(X0, y), (X1, y)], fill=INK_D, width=3)
    d.line([(X0, y + 10), (X1, y + 10)], fill=INK_D, width=1)
    y += 50
    d.text((X0, y), "日程", font=font(44, True, True), fill=INK_D)
    d.text((X0 + tw(d, "日程", font(44, True, True)) + 24, y + 14), "PROGRAMME", font=font(28, False, True),
           fill=RUST_D)
    y += 130
    fname, faff, ftime, ftitle = font(36, True, True), font(25, True, True), font(27, False, True), font(31, False, True)
    for k, (name, host, slots) in enumerate(FORUMS_D):
        if k == 1:
            ctext(d, W / 2, y, "下午　三个分论坛同时进行", font(34, True, True), RUST_D)
            d.line([(X0, y + 22), (W / 2 - tw(d, "下午　三个分论坛同时进行", font(34, True, True)) / 2 - 30, y + 22)],
                   fill=LINE_D, width=2)
            d.line([(W / 2 + tw(d, "下午　三个分论坛同时进行", font(34, True, True)) / 2 + 30, y + 22), (X1, y + 22)],
                   fill=LINE_D, width=2)
            y += 110
        d.text((X0, y - 16), ROMAN_D[k], font=font(76, False, True), fill=RUST_D)
        d.text((CX, y), name, font=font(48, True, True), fill=INK_D)
        y += 82
        d.text((CX, y), "主持　%s　%s" % host, font=font(28, False, True), fill=SOFT_D)
        y += 60
        d.line([(CX, y), (X1, y)], fill=INK_D, width=2)
        y += 40
        for s in slots:
            rng = "%s–%s" % (s["start"], s["end"])
            if s["kind"] == "break":
                d.text((CX, y), s["title"], font=font(31, False, True), fill=SOFT_D)
                rtext(d, X1, y + 2, rng, ftime, SOFT_D)
                y += 50
                for xx in range(CX, X1, 14):
                    d.ellipse([xx, y + 8, xx + 3, y + 11], fill=LINE_D)
                y += 46
                continue
            for j, sp in enumerate(s["sp"]):
                d.text((CX, y), sp[0], font=fname, fill=INK_D)
                a = aff(sp) or ""
                ax = CX + tw(d, sp[0], fname) + 26
                d.text((ax, y + 9), a, font=faff, fill=INK_D)
                if j == 0:
                    rtext(d, X1, y + 6, rng, ftime, RUST_D)
                    assert ax + tw(d, a, faff) + 40 <= X1 - tw(d, rng, ftime), sp
                y += 56
            title = s["title"] if s.get("plain_title") else "《%s》" % s["title"]
            for ln in wrap(d, title, ftitle, X1 - CX):
                d.text((CX - (14 if ln.startswith("《") else 0), y + 4), ln, font=ftitle, fill=SOFT_D)
                y += 48
            y += 22
            for xx in range(CX, X1, 14):
                d.ellipse([xx, y + 8, xx + 3, y + 11], fill=LINE_D)
            y += 46
        y += 70
    d.line([(X0, y), (X1, y)], fill=INK_D, width=1)
    y += 50
    qrcode(d, X1 - 220, y, 220, 3704)
    for lab, val in (("主办", "中国 Linux 内核开发者大会组委会"), ("承办", "浙江大学计算机科学与技术学院"),
                     ("支持", "openEuler · 龙蜥社区 · OpenCloudOS")):
        d.text((X0, y), lab, font=font(28, True, True), fill=INK_D)
        d.text((X0 + 100, y), val, font=font(28, False, True), fill=SOFT_D)
        y += 56
    d.text((X0, y + 20), "扫码报名，名额有限", font=font(28, False, True), fill=RUST_D)
    return y + 240


def bg_d(w, h):
    im = Image.new("RGB", (w, h), (244, 239, 228))
    d = ImageDraw.Draw(im)
    d.rectangle([w - 40, 0, w, h], fill=(178, 82, 42))
    return grain(im, 3714, 0.035)


def poster_d():
    im = two_pass(1242, paint_d, bg_d)
    im = finish(im, 3724, 0.01, 0.3, 92)
    return im, forums_truth(FORUMS_D)


NOTE = (
    "Same conventions as posters-blind-35 (and 4..34 before it): speakers are names as printed with spaces removed "
    "(the Latin names 'Lucas Moreau' -> 'LucasMoreau', 'Zoltán Fehér' -> 'ZoltánFehér' (the accents kept), 'Ian "
    "Fletcher' -> 'IanFletcher', 'Ana Beatriz Souza' -> 'AnaBeatrizSouza'); host is the chair printed for the forum "
    "covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; titles exclude tags and badges; "
    "where two speakers are printed each has his own affiliation, given per speaker; affiliations keep a printed job "
    "title, joined to the company by one space, and a speaker printed with a company and no job ('黄凯  京东云', "
    "'常宇 中国移动', '贺磊 / 中国电信', '陶然　龙芯中科') has the company alone; break titles are as printed; an "
    "opening printed with a speaker is a talk. Four editions, each on ONE picture only, so no talk is on two "
    "posters: CLK 2091 (第86届, 成都), CLK 2092 (第87届, 南昌), CLK 2093 (第88届, 青岛), CLK 2094 (第89届, 杭州). Each "
    "picture is its edition's one agenda image, made by a designer OUTSIDE the organisers' family (no logo lines, no "
    "timeline long image): 主论坛 in the morning and three forums in parallel in the afternoon (their ranges repeat); "
    "the forums are listed in printed order (主论坛 first, then the parallel forums left to right or top to bottom). "
    "Headers, banners, introductions, addresses, notes, live-stream lines, QR captions, partner boxes, organiser "
    "lines and bands such as '下午 · 三个分论坛同时进行' are never part of a name, a title or a slot. Added or stressed "
    "here: (1) CLK 2091 (PNG, 2560 x 1440, landscape). 主论坛 is a white panel at the LEFT headed '上午 · 主论坛' "
    "(the name is '主论坛', without '上午 ·') with '主持人 ｜ 王立平 · 电子科技大学 教授' (host 王立平); its rows print "
    "their own ranges, at the panel's left, and have nothing to do with the grid's rows beside them. The afternoon is "
    "a GRID at the right: a column '时间' whose four rows print the ranges 13:30-14:00, 14:00-14:30, 14:30-15:00 and "
    "15:00-15:30 on one axis, and three forum columns headed by the name, '主持人 ｜ name' and the host's unit on the "
    "next line. A cell prints no range: its slot takes the range of its ROW, in its column's forum. Breaks are "
    "STAGGERED: the 14:00-14:30 row holds a 茶歇 in 存储与文件系统分论坛 only (talks in the two other columns), the "
    "14:30-15:00 row a 茶歇 in 内存管理与 CXL 分论坛 and in RISC-V 与虚拟化分论坛 (a talk in the middle column); each "
    "茶歇 cell is a break of its own column's forum only, and no break spans the grid. Cells print the bold title and "
    "per speaker 'name  company job' (two speakers on two lines for io_uring). The line '各分论坛会场：主楼 A 区 · B 区 "
    "· C 区' and the QR caption '扫码看直播' are no part of anything. Uncommon surname 鄢. (2) CLK 2092 (JPEG, 1080 "
    "px, q82): a WeChat article of the conference's account, exported as one long image, text on white. The article's "
    "title, the account 'CLK内核大会' and its publish time '2092年10月9日 20:30' (the ARTICLE's date: the conference is "
    "on 2092-10-18, as '大会信息' and the banner's '10.18' say), the banner, the prose, '大会信息', '参会须知' (its "
    "'08:30' sign-in and its lunch note are no slots), the QR code, 'END', '阅读原文', the counts ('阅读 1.8万', '推荐 "
    "96', '赞 412') and the comments ('留言 2', nicknames, 'IP属地', likes, the author's reply) hold no slot, title or "
    "speaker. Each forum opens with a heading strip holding its name, then a grey line 'half day · room · "
    "主持人：name（unit job）' which gives the host (the room, e.g. '会场 A（信息工程学院 201）', is no part of the "
    "forum's name). Each talk: 'range | title' on one line, a long title running on at the LEFT margin under the "
    "range (one title: '…从 DAMON 监' / '测到 CXL …' is joined without a space, 'Lessons from' / 'Two Years of "
    "Review' with one); then '分享嘉宾：name company job' (the opening prints '致辞嘉宾：'; labels are no part of a "
    "name), a second speaker on the next line under the first name; then ONE line in smaller grey type: the talk's "
    "abstract, which is NOT part of the title and no slot. Breaks are 'range | 茶歇' or 'range | 午餐' alone. On a "
    "speaker line name, company and job are parted by single spaces: the name is the first word, except the Latin "
    "'Zoltán Fehér', followed by 'SUSE Senior Kernel Engineer'. 网络与 eBPF 分论坛 has no break. (3) CLK 2093 (PNG, "
    "1080 px): a mosaic of cards on warm paper. Each forum opens with a coloured strip holding its name, then an "
    "outlined tag '主持人' and 'name · unit', which gives the host. Each talk is a card: the range in a small tag at "
    "the card's TOP-RIGHT corner, then the title in big bold type, a rule, and at the card's FOOT per speaker the "
    "name in bold over 'company job' (on the full-width cards, name and 'company job' on one line). The opening and "
    "the keynote are full-width cards; the other talks stand two to a row, read left card then right card, row by "
    "row, so one line of the picture carries two cards' tags, and the left card's speakers stand level with the "
    "right card's. A tag belongs to its own card. The keynote card (filled coral) prints 'KEYNOTE' over its title: "
    "no part of the title. Breaks are dashed strips with a cup, the label and the range in a tag at the right (in "
    "主论坛 only: the afternoon forums print none). The "
    "EEVDF talk has two speakers (梁宇航, 孔维, both vivo). (4) CLK 2094 (JPEG, 1242 px, q85 after a q92 round trip "
    "with paper grain), editorial serif on cream. The date is printed in Chinese numerals only, '二〇九四年十一月六日　"
    "星期六': 2094-11-06 (with 'CLK 2094', '第89届' and '第八十九届'). Forum headings: a Roman numeral 'Ⅰ'..'Ⅳ' (no "
    "part of the name) and the name, then '主持　name　unit' (the label '主持', no '人', no colon), which gives the "
    "host. Each talk prints its SPEAKERS FIRST, one bold line per speaker, 'name　company job' (company and job in "
    "smaller bold type), the range with an en dash ('09:10–09:55') at the RIGHT of the first speaker's line, and "
    "only then the TITLE, in lighter (regular, grey-green) type inside 《》: the title is the text between the "
    "book-title marks, without them ('《龙蜥 OS 内核热补丁的规模化运维》' -> '龙蜥 OS 内核热补丁的规模化运维'); the "
    "09:10 title wraps over two lines inside one pair of marks; the opening's '开幕致辞' is printed without marks. "
    "Breaks: the label in grey at the left, the range at the right. Uncommon surname 亢 (the host of "
    "可观测性与调试分论坛). The title '开幕致辞' is on all four posters: the openings of four editions with different "
    "speakers, not one talk."
)

LAYOUTS = {
    "wide-grid-staggered-breaks.png": (
        "CLK 2091 (第86届), 成都, 2091-10-27 (PNG, 2560 x 1440, landscape), by an agency: a navy header band ('CLK "
        "2091', '第86届中国Linux内核开发者大会', date and place, '大会日程总览', 'AGENDA AT A GLANCE', a QR code); 主论坛 "
        "as a white panel at the LEFT ('上午 · 主论坛', '主持人 ｜ name · unit', rows 'range  title' over 'name  company "
        "job', break bands with a cup); at the right the afternoon as a GRID: a '时间' column whose rows print the "
        "ranges on one axis, three forum columns (name, '主持人 ｜ name', unit) whose cells print no range and line "
        "up with the rows; breaks STAGGERED (the 14:00 row a 茶歇 in the middle column only, the 14:30 row a 茶歇 in "
        "the outer two). Organiser line at the foot. Uncommon surname 鄢. 4 + 3 + 3 + 3 talks.",
        "2091-10-27", poster_a, None),
    "wechat-article-abstracts.jpg": (
        "CLK 2092 (第87届), 南昌, 2092-10-18 (JPEG q82, 1080 px): a WeChat article exported as one long image: the "
        "article's title, the account and its publish time '2092年10月9日 20:30', a banner, prose, heading strips "
        "('大会信息', the four forums, '参会须知'), per forum a grey line 'half day · room · 主持人：name（unit job）', per "
        "talk 'range | title' (a long title running on at the left margin), '分享嘉宾：name company job' (a second "
        "speaker under the first name) and ONE grey line of abstract; breaks 'range | 茶歇'; notes with '08:30', a QR "
        "code, 'END', '阅读原文', counts, and comments. 4 + 2 + 2 + 2 talks.",
        "2092-10-18", poster_b, 82),
    "card-mosaic-corner-times.png": (
        "CLK 2093 (第88届), 青岛, 2093-10-24 (PNG, 1080 px), a mosaic of cards on warm paper with round shapes: 'CLK' "
        "over '2093', the conference, '2093.10.24 SAT ｜ 青岛 · 中国海洋大学崂山校区', a pill '全天议程 FULL PROGRAM'; per "
        "forum a coloured strip with the name and a tag '主持人' with 'name · unit'; per talk a card: the range small in "
        "a tag at the TOP-RIGHT corner, the title big, the speakers at the card's foot (name bold over 'company job'); "
        "the opening and a filled 'KEYNOTE' card full width, the other cards two to a row; dashed break strips with "
        "the range in a tag; partner boxes and a QR code at the foot. 4 + 2 + 2 + 2 talks.",
        "2093-10-24", poster_c, None),
    "serif-speakers-first.jpg": (
        "CLK 2094 (第89届), 杭州, 2094-11-06 (JPEG q85 after a q92 round trip with paper grain, 1242 px), an "
        "editorial poster in serif type on cream: 'CLK' over '2094', '第八十九届', the conference, the date in Chinese "
        "numerals '二〇九四年十一月六日　星期六', the place, '日程 PROGRAMME'; per forum a Roman numeral, the name and "
        "'主持　name　unit'; per talk the SPEAKERS first in bold ('name　company job', one line each), the range at the "
        "right of the first speaker's line, then the title in lighter type inside 《》; breaks with the label in grey "
        "and the range at the right; organisers and a QR code at the foot. Uncommon surname 亢. 4 + 2 + 2 + 2 talks.",
        "2094-11-06", poster_d, 85),
}


def main():
    posters = []
    for fn, (layout, date, draw, quality) in LAYOUTS.items():
        im, forums = draw()
        if fn.endswith(".jpg"):
            im.save(os.path.join(HERE, fn), "JPEG", quality=quality)
        else:
            im.save(os.path.join(HERE, fn), optimize=True)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
