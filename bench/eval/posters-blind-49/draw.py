"""Draw the forty-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set is about the
ONE agenda image of a whole edition (主论坛 in the morning, three forums in
parallel in the afternoon) in the family of the organisers' own designs, one
PNG or JPEG of 0.8-1.6 MB as an edition's repository holds it.  Four editions,
no talk on two posters, each a variation of its own:
  CLK 2191 (JPEG, royal blue): HALF-DAY HEADINGS with the half day's span
    ('上午　09:00-11:45', '下午　13:30-16:10'); the afternoon as THREE COLUMNS OF
    CARDS, each card with its range in a tag at its TOP RIGHT corner and a
    title of up to THREE lines in the narrow column.
  CLK 2192 (PNG, near black): every speaker printed 'name | company | job'
    with vertical bars; one forum split into two HALF-SESSIONS ('上半场',
    '下半场', each with a span) by a 茶歇 that only that forum has.
  CLK 2193 (PNG, violet): 主论坛's three keynotes each by TWO speakers of two
    companies, side by side with a '×' between them; two forums side by side,
    the third full width under them; a speaker printed 'Pavel Novak et al.'.
  CLK 2194 (PNG, 1440 px, deep teal): the afternoon as a TRANSPOSED grid, the
    forums as ROWS and the time slots as COLUMNS (ranges only in the head
    row, a 茶歇 column merged down all rows, an empty cell); in 主论坛 a talk
    printed '陈静、刘洋 等' before one company.
"""
import io
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
    """Seeded grain blended in: the texture of a designer's gradient and of a re-saved picture."""
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def jpeg_round_trip(im, quality, subsampling=2):
    """Save and reload as JPEG (subsampling 2 is 4:2:0, what phones and chat apps write)."""
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality, subsampling=subsampling)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


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


def L(text, span):
    """A half-session label ('上半场' and its span): printed among the rows, no slot of the truth."""
    return {"kind": "label", "text": text, "span": span}


def plain(name):
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job=None, suffix=None):
    """A speaker as printed: name, company, job title (None where none is printed), and a suffix printed
    after the name that is no name ('et al.')."""
    return (name, company, job, suffix)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; None where no company is printed."""
    company, job = sp[1], sp[2]
    if company is None:
        return None
    return company if job is None else company + " " + job


def shown(sp):
    """The name as printed, with its suffix ('Pavel Novak et al.')."""
    return sp[0] if sp[3] is None else sp[0] + " " + sp[3]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums, date):
    """Forums in printed order, each with the edition's one date; labels and empty cells are no slots."""
    return [{"forum": name, "date": date,
             "slots": [truth_slot(s) for s in slots if s is not None and s["kind"] in ("talk", "break")]}
            for name, _, slots in forums]


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


def photo(d, x, y, s, bg, fg):
    """A portrait placeholder: a grey silhouette in a circle; no initials."""
    d.ellipse([x, y, x + s, y + s], fill=bg)
    d.ellipse([x + s * 0.35, y + s * 0.2, x + s * 0.65, y + s * 0.52], fill=fg)
    d.pieslice([x + s * 0.2, y + s * 0.58, x + s * 0.8, y + s * 1.18], 180, 360, fill=fg)


def para(d, x, y, text, f, fill, maxw, lh):
    """A paragraph wrapped to maxw.  Returns the y under it."""
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


def aff_lines(d, sp, f, maxw):
    """'company job' on one line where it fits, else the company over the job, as a designer breaks it."""
    if tw(d, aff(sp), f) <= maxw or sp[2] is None:
        return wrap(d, aff(sp), f, maxw)
    return [fits(d, sp[1], f, maxw), fits(d, sp[2], f, maxw)]


def units_grid(d, X0, X1, y, units, per_row, ink, fill=(255, 255, 255), bh=74, gap=22):
    """Support-unit boxes (company and community names in white boxes), per_row to a row."""
    bw = (X1 - X0 - (per_row - 1) * gap) / per_row
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + 18)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=fill)
        ctext(d, bx + bw / 2, by + bh / 2 - 20, u, font(30, True), ink)
    return y + ((len(units) + per_row - 1) // per_row) * (bh + 18)


def agenda_title(d, cx, y, ink, hollow_fill, hollow_line):
    """'大会议程' over a hollow 'AGENDA', as every image of the family prints it."""
    f = font(120, True)
    d.text((cx - tw(d, "AGENDA", f) / 2, y - 34), "AGENDA", font=f, fill=hollow_fill, stroke_width=2,
           stroke_fill=hollow_line)
    ctext(d, cx, y, "大会议程", font(66, True), ink)


MEALS = ("茶歇", "午餐")  # the breaks that get a cup; an opening gets none


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


# ===========================================================================
# 1. CLK 2191 (第186届), 南京, Saturday 2191-10-22: the organisers' royal-blue
#    long image (after their 2024 image).  Header: logo lines, the host school,
#    '第186届中国' over 'Linux内核开发者大会', a ring 'CLK 2191', a date pill, the
#    address, a framed introduction, '大会议程' over a hollow 'AGENDA'.  Each
#    half day opens with a HEADING that prints its span ('上午　09:00-11:45',
#    '下午　13:30-16:10　三个分论坛同时进行'): spans, no slots.  主论坛 as the
#    timeline (range, dot, cyan title, 'name  company job').  The afternoon as
#    THREE COLUMNS OF CARDS (317 px), a coloured head per column (number chip,
#    the name broken over two lines, '主持人：name', the unit); each card prints
#    its range in a filled tag at its TOP RIGHT corner, then the title (two or
#    three lines), a short rule, the name in gold and 'company job' under it
#    (wrapping where it is long).  Columns on their own clocks.
DATE_A = "2191-10-22"
FORUMS_A = [
    ("主论坛", ("周建华", "东南大学计算机科学与工程学院 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("王立群", "东南大学", "副校长")], "周建华"),
        T("09:15", "10:00", "openEuler 内核 LTS 的维护实践：补丁回合与稳定性保障",
          [S("陈浩", "华为", "openEuler 内核 SIG Maintainer")], "周建华"),
        T("10:00", "10:45", "面向 CXL 内存池的内核支持：从设备枚举到页面分层",
          [S("刘静", "英特尔", "首席工程师")], "周建华"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "龙蜥内核在 AI 推理集群中的资源隔离与调度优化",
          [S("张磊", "阿里云", "龙蜥社区技术委员会委员")], "周建华"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("处理器架构与虚拟化分论坛", ("赵志刚", "南京大学 副教授"), [
        T("13:30", "14:15", "RISC-V H 扩展虚拟化：KVM 中的实现、两级地址翻译与性能评估",
          [S("孙宇", "中国科学院软件研究所", "助理研究员")], "赵志刚"),
        T("14:15", "15:00", "ARM64 pKVM 的隔离模型与 Android 虚拟化框架的落地实践",
          [S("黄磊", "vivo", "虚拟化专家")], "赵志刚"),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "16:10", "鲲鹏平台虚拟机热迁移中的脏页跟踪与带宽自适应优化",
          [S("王芳", "华为", "虚拟化工程师")], "赵志刚"),
    ]),
    ("内存与异构计算分论坛", ("吴晓东", "字节跳动 内核专家"), [
        T("13:30", "14:20", "large folio 在 page cache 与匿名内存中的全面落地：收益与回归",
          [S("李强", "字节跳动", "STE 内核工程师")], "吴晓东"),
        T("14:20", "15:10", "GPU 显存与 HMM：异构内存统一寻址的工程实践",
          [S("杨雪", "摩尔线程", "驱动开发工程师")], "吴晓东"),
    ]),
    ("IO与网络分论坛", ("郭峰", "东南大学 副教授"), [
        T("13:30", "14:15", "io_uring 零拷贝在分布式存储客户端中的实践与踩坑",
          [S("马超", "蚂蚁集团", "存储技术专家")], "郭峰"),
        T("14:15", "15:00", "基于 eBPF 的内核网络丢包实时诊断：从 kfree_skb 到根因定位",
          [S("朱婷", "腾讯云", "高级工程师")], "郭峰"),
    ]),
]
HEADS_A = [None, ("处理器架构与", "虚拟化分论坛"), ("内存与异构", "计算分论坛"), ("IO与网络", "分论坛")]
HALF_DAYS_A = (("上午", "09:00-11:45", None), ("下午", "13:30-16:10", "三个分论坛同时进行"))
INTRO_A = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）由国内主要操作系统厂商、互联网企业、芯片厂商与高校"
           "共同发起，是国内 Linux 内核领域的年度技术盛会。第186届大会由东南大学承办，上午为主论坛，下午处理器架构与"
           "虚拟化、内存与异构计算、IO 与网络三个分论坛同时进行，邀请来自华为、阿里云、字节跳动、腾讯、英特尔、vivo、"
           "蚂蚁集团与摩尔线程的开发者分享内核的最新进展，欢迎开发者与高校师生到场交流。")
UNITS_A = ["华为", "阿里云", "字节跳动", "腾讯", "英特尔", "vivo", "蚂蚁集团", "openEuler", "龙蜥社区"]
CYAN_A, PALE_A, WHITE, GOLD_A = (96, 226, 255), (186, 208, 255), (255, 255, 255), (255, 214, 120)
NAVY_A, BAND_A, GREY_A = (10, 30, 120), (30, 72, 196), (210, 220, 245)
COL_A = [(0, 168, 214), (120, 96, 240), (0, 176, 150)]


def half_day_a(d, X0, X1, y, label, span, note):
    """A half day's heading: '上午' in a cyan block, its span beside it, a note at the right."""
    d.rectangle([X0, y, X1, y + 78], fill=(22, 54, 170))
    d.rectangle([X0, y, X0 + 150, y + 78], fill=CYAN_A)
    ctext(d, X0 + 75, y + 10, label, font(42, True), NAVY_A)
    d.text((X0 + 182, y + 14), span, font=font(36, True), fill=WHITE)
    if note:
        rtext(d, X1 - 26, y + 22, note, font(28, True), CYAN_A)
    return y + 78


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, CYAN_A)
    rtext(d, X1, 46, "东南大学", font(30, True), WHITE)
    rtext(d, X1, 88, "SOUTHEAST UNIVERSITY", font(16, True), PALE_A)
    d.text((48, 168), "第186届中国", font=font(82, True), fill=WHITE)
    d.text((48, 270), "Linux内核开发者大会", font=font(82, True), fill=WHITE)
    d.ellipse([866, 150, 1026, 310], outline=CYAN_A, width=5)
    ctext(d, 946, 186, "CLK", font(40, True), WHITE)
    ctext(d, 946, 240, "2191", font(30, True), CYAN_A)
    pill = "2191年10月22日（周六）｜ 南京"
    d.rounded_rectangle([48, 408, 48 + tw(d, pill, font(30, True)) + 56, 464], radius=28, fill=WHITE)
    d.text((76, 414), pill, font=font(30, True), fill=NAVY_A)
    d.text((48, 496), "地址：东南大学九龙湖校区 逸夫建筑馆报告厅", font=font(28), fill=WHITE)
    y = 580
    top = y
    y = para(d, X0 + 36, y + 32, INTRO_A, font(23), GREY_A, X1 - X0 - 72, 40)
    d.rectangle([X0, top, X1, y + 24], outline=(120, 170, 255), width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y + 24), (X1, y + 24)):  # corner marks
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=CYAN_A)
    y += 150
    agenda_title(d, W / 2, y, WHITE, (16, 44, 150), (90, 150, 255))
    y += 170
    # the morning: half-day heading, then 主论坛 as the organisers' timeline
    y = half_day_a(d, X0, X1, y, *HALF_DAYS_A[0]) + 50
    name, host, slots = FORUMS_A[0]
    for k in range(2):
        d.polygon([(X0 + k * 22, y + 12), (X0 + k * 22 + 20, y + 28), (X0 + k * 22, y + 44)], fill=CYAN_A)
    d.text((X0 + 60, y), name, font=font(50, True), fill=WHITE)
    rtext(d, X1, y - 4, "主持人：" + host[0], font(28, True), WHITE)
    rtext(d, X1, y + 40, host[1], font(19), PALE_A)
    y += 84
    d.rectangle([X0, y, X1, y + 8], fill=CYAN_A)
    y += 40
    LX = X0 + 250
    for s in slots:
        y = row_a(d, X0, X1, LX, y, s)
    y += 40
    # the afternoon: half-day heading with its span, then three columns of cards
    y = half_day_a(d, X0, X1, y, *HALF_DAYS_A[1]) + 40
    gap = 16
    CW = (X1 - X0 - 2 * gap) // 3
    heads = [measure_head_a(d, k) for k in range(1, 4)]
    hh = max(heads)
    bottoms = []
    for k in range(1, 4):
        x = X0 + (k - 1) * (CW + gap)
        head_a(d, x, CW, y, hh, k)
        yy = y + hh + 18
        for s in FORUMS_A[k][2]:
            yy = card_a(d, x, CW, yy, s, COL_A[k - 1]) + 16
        bottoms.append(yy)
    y = max(bottoms) + 70
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y += 90
    y = units_grid(d, X0, X1, y, UNITS_A, 3, (20, 40, 130)) + 50
    qrcode(d, W / 2 - 110, y, 220, 4911)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：东南大学计算机科学与工程学院", font(21), PALE_A)
    return y + 370


def row_a(d, X0, X1, LX, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 62], radius=10, fill=BAND_A)
        d.text((X0 + 22, y + 13), rng(s), font=font(28, True), fill=CYAN_A)
        cup(d, LX - 6, y + 15, WHITE, 1.0)
        d.text((LX + 44, y + 11), s["title"], font=font(30, True), fill=WHITE)
        return y + 102
    y0 = y
    d.text((X0 + 20, y), rng(s), font=font(28, True), fill=WHITE)
    TX = LX + 32
    for ln in wrap_nicely(d, s["title"], font(30, True), X1 - TX):
        d.text((TX, y), ln, font=font(30, True), fill=CYAN_A)
        y += 44
    y += 6
    for sp in s["sp"]:
        fn = font(26, True)
        d.text((TX, y), sp[0], font=fn, fill=WHITE)
        d.text((TX + tw(d, sp[0], fn) + 18, y + 5), fits(d, aff(sp), font(21), X1 - TX - tw(d, sp[0], fn) - 18),
               font=font(21), fill=PALE_A)
        y += 42
    d.line([(LX, y0), (LX, y + 40)], fill=(90, 150, 255), width=2)
    d.ellipse([LX - 7, y0 + 14, LX + 7, y0 + 28], fill=CYAN_A)
    return y + 40


def body_head_a(d, x, w, y, k):
    name, host, _ = FORUMS_A[k]
    lines = HEADS_A[k]
    assert "".join(lines) == name
    d.rounded_rectangle([x + 18, y + 18, x + 78, y + 52], radius=8, fill=WHITE)
    ctext(d, x + 48, y + 20, "%02d" % k, font(24, True), COL_A[k - 1])
    yy = y + 66
    for ln in lines:
        d.text((x + 18, yy), fits(d, ln, font(31, True), w - 36), font=font(31, True), fill=WHITE)
        yy += 44
    yy += 8
    d.text((x + 18, yy), "主持人：" + host[0], font=font(23, True), fill=WHITE)
    yy += 36
    for ln in wrap(d, host[1], font(18), w - 36):
        d.text((x + 18, yy), ln, font=font(18), fill=(230, 240, 255))
        yy += 26
    return yy + 14


def measure_head_a(d, k):
    return body_head_a(d, 0, 317, -10000, k) + 10000


def head_a(d, x, w, y, h, k):
    d.rounded_rectangle([x, y, x + w, y + h], radius=12, fill=COL_A[k - 1])
    body_head_a(d, x, w, y, k)


def card_a(d, x, w, y, s, col):
    """A card: the range in a tag at the TOP RIGHT corner, the title under it, then the speaker."""
    rf = font(20, True)
    tagw = tw(d, rng(s), rf) + 24
    if s["kind"] == "break":
        h = 64
        d.rounded_rectangle([x, y, x + w, y + h], radius=10, fill=(16, 40, 128), outline=(60, 100, 200), width=2)
        cup(d, x + 16, y + 16, GREY_A, 0.9)
        d.text((x + 54, y + 14), s["title"], font=font(26, True), fill=GREY_A)
        d.rounded_rectangle([x + w - tagw, y, x + w, y + 34], radius=8, fill=(44, 80, 180))
        d.text((x + w - tagw + 12, y + 4), rng(s), font=rf, fill=GREY_A)
        return y + h
    IX, IW = x + 16, w - 32

    def body(y):
        d.rounded_rectangle([x + w - tagw, y, x + w, y + 34], radius=8, fill=col)
        d.text((x + w - tagw + 12, y + 4), rng(s), font=rf, fill=WHITE)
        yy = y + 48
        lines = wrap_nicely(d, s["title"], font(24, True), IW)
        assert 2 <= len(lines) <= 3, (s["title"], lines)
        for ln in lines:
            d.text((IX, yy), ln, font=font(24, True), fill=WHITE)
            yy += 35
        yy += 10
        d.rectangle([IX, yy, IX + 36, yy + 3], fill=col)
        yy += 14
        for sp in s["sp"]:
            d.text((IX, yy), sp[0], font=font(23, True), fill=GOLD_A)
            yy += 36
            for ln in aff_lines(d, sp, font(18), IW):
                d.text((IX, yy), ln, font=font(18), fill=PALE_A)
                yy += 26
        return yy + 14

    h = body(-10000) + 10000
    d.rounded_rectangle([x, y, x + w, y + h], radius=10, fill=(22, 56, 172), outline=col, width=2)
    body(y)
    return y + h


def bg_a(w, h):
    im = vgrad(w, h, (14, 50, 190), (10, 30, 130))
    im = glow(im, 900, 260, 380, (80, 200, 255), 0.5)
    im = glow(im, 100, 1400, 360, (120, 90, 255), 0.35)
    for k, yy in enumerate(range(2600, h - 800, 1600)):
        im = glow(im, 980 if k % 2 else 100, yy, 420, (60, 150, 255), 0.28)
    return grain(im, 4911, 0.012)


def poster_a():
    return jpeg_round_trip(two_pass(1080, paint_a, bg_a), 95), forums_truth(FORUMS_A, DATE_A)



# ===========================================================================
# 2. CLK 2192 (第187届), 天津, Saturday 2192-10-27: the organisers' near-black
#    family (after their 2023 image: violet and teal glows, neon streaks).
#    Header: logo lines, 'CLK' with '2192' raised beside it at the top right,
#    '第187届中国' over 'Linux内核开发者大会', an outlined pill, the address, a
#    framed introduction, '大会议程' over a hollow 'AGENDA'.  Headings: a big teal
#    numeral '01'..'03' (none for 主论坛) and the name, '主持人：name' at the
#    right over the unit, a teal rule.  Rows: the range, a dot on a line, the
#    teal title, and per speaker ONE line 'name | company | job' (the name white
#    and larger, bars grey, company and job blue; 'name | company' where no job
#    is printed).  内存管理与CXL分论坛 is split into two HALF-SESSIONS: a tag
#    '上半场' with its span '13:30-14:50' before its first talk, a 茶歇 band
#    (the only afternoon break of the edition), a tag '下半场' with '15:10-16:30'.
DATE_B = "2192-10-27"
FORUMS_B = [
    ("主论坛", ("刘建国", "天津大学智能与计算学部 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("张海", "天津大学", "副校长")], "刘建国"),
        T("09:15", "10:05", "From CFS to EEVDF and sched_ext: Where the Scheduler Goes Next",
          [S("Oliver Schmidt", "Intel", "Principal Engineer")], "刘建国"),
        B("10:05", "10:20", "茶歇"),
        T("10:20", "11:05", "Rust for Linux 在 openEuler 驱动开发中的实践",
          [S("周凯", "华为", "内核工程师"), S("蔺晓峰", "华为", "高级工程师")], "刘建国"),
        T("11:05", "11:50", "百万台服务器的内核热补丁体系建设", [S("罗斌", "美团", "基础架构内核负责人")], "刘建国"),
        B("11:50", "13:30", "午餐"),
    ]),
    ("内存管理与CXL分论坛", ("何静", "阿里云 内核专家"), [
        L("上半场", "13:30-14:50"),
        T("13:30", "14:10", "slab 分配器的 per-CPU sheaves 设计与评估", [S("邱伟", "华为", "内核工程师")], "何静"),
        T("14:10", "14:50", "CXL 内存扩展下的 NUMA balancing 调优", [S("宋佳", "阿里云", "技术专家")], "何静"),
        B("14:50", "15:10", "茶歇"),
        L("下半场", "15:10-16:30"),
        T("15:10", "15:50", "mTHP 与 zswap：移动设备上的大页内存回收", [S("韩冰", "OPPO", "内核专家")], "何静"),
        T("15:50", "16:30", "DAMON 在云主机内存超卖中的应用", [S("冯磊", "字节跳动")], "何静"),
    ]),
    ("存储与文件系统分论坛", ("孙丽", "天津大学 副教授"), [
        T("13:30", "14:15", "EROFS 在容器镜像按需加载中的新进展", [S("高翔", "阿里云", "文件系统工程师")], "孙丽"),
        T("14:15", "15:00", "ext4 与 iomap：buffered I/O 路径的重构", [S("林峰", "华为")], "孙丽"),
    ]),
    ("eBPF与网络分论坛", ("杨帆", "腾讯 技术专家"), [
        T("13:30", "14:15", "BPF verifier 状态剪枝的优化与可验证性", [S("许亮", "字节跳动", "内核工程师")], "杨帆"),
        T("14:15", "15:00", "XDP 在运营商 5G 用户面网关上的部署经验",
          [S("曹敏", "中国移动", "网络专家"), S("任杰", "中兴通讯", "系统架构师")], "杨帆"),
    ]),
]
INTRO_B = ("CLK（中国 Linux 内核开发者大会）自 2006 年起每年举办，由国内 Linux 内核领域的企业与高校发起，已成为国内"
           "内核开发者交流的重要平台。第187届大会由天津大学承办，上午为主论坛，下午内存管理与 CXL、存储与文件系统、"
           "eBPF 与网络三个分论坛同时进行，讲者来自华为、阿里云、字节跳动、美团、英特尔、OPPO、中国移动与中兴通讯。")
UNITS_B = ["华为", "阿里云", "字节跳动", "腾讯", "英特尔", "美团", "OPPO", "中国移动", "中兴通讯", "openEuler",
           "龙蜥社区", "OpenCloudOS"]
TEAL_B, VIO_B, INK_B, GREY_B = (0, 228, 200), (150, 110, 255), (236, 240, 248), (150, 158, 178)
BLUE_B, BAR_B, BAND_B = (110, 170, 255), (110, 118, 146), (28, 40, 84)


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, WHITE, TEAL_B)
    d.text((X1 - tw(d, "CLK", font(56, True)) - tw(d, "2192", font(30, True)) - 10, 32), "CLK", font=font(56, True),
           fill=WHITE)
    rtext(d, X1, 36, "2192", font(30, True), TEAL_B)
    d.text((48, 190), "第187届中国", font=font(84, True), fill=WHITE)
    d.text((48, 296), "Linux内核开发者大会", font=font(84, True), fill=WHITE, stroke_width=1, stroke_fill=TEAL_B)
    pill = "2192年10月27日 ｜ 天津"
    d.rounded_rectangle([48, 438, 48 + tw(d, pill, font(30, True)) + 52, 492], radius=10, outline=TEAL_B, width=3)
    d.text((74, 444), pill, font=font(30, True), fill=WHITE)
    d.text((48, 526), "地址：天津大学北洋园校区 图书馆报告厅", font=font(27), fill=WHITE)
    y = 616
    top = y
    y = para(d, X0 + 30, y + 30, INTRO_B, font(23), (196, 204, 222), X1 - X0 - 60, 40) + 22
    d.rounded_rectangle([X0, top, X1, y], radius=6, fill=None, outline=(60, 80, 130), width=2)
    y += 160
    agenda_title(d, W / 2, y, WHITE, (10, 14, 34), (60, 90, 150))
    y += 180
    LX = X0 + 262
    for k, (name, host, slots) in enumerate(FORUMS_B):
        if k == 1:
            d.rectangle([X0, y, X1, y + 4], fill=VIO_B)
            ctext(d, W / 2, y + 24, "下午　三个分论坛同时进行", font(30, True), VIO_B)
            y += 120
        x = X0
        if k:
            d.text((X0, y - 24), "%02d" % k, font=font(92, True), fill=TEAL_B)
            x = X0 + 136
        d.text((x, y), name, font=font(46, True), fill=WHITE)
        rtext(d, X1, y - 2, "主持人：" + host[0], font(26, True), WHITE)
        rtext(d, X1, y + 40, host[1], font(19), GREY_B)
        y += 86
        d.rectangle([X0, y, X0 + 120, y + 6], fill=TEAL_B)
        d.rectangle([X0 + 120, y + 2, X1, y + 4], fill=(50, 70, 120))
        y += 44
        for s in slots:
            y = row_b(d, X0, X1, LX, y, s)
        y += 60
    y += 20
    d.text((W / 2 - tw(d, "SUPPORT", font(80, True)) / 2, y - 24), "SUPPORT", font=font(80, True), fill=(10, 14, 34),
           stroke_width=1, stroke_fill=(50, 70, 120))
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y += 100
    y = units_grid(d, X0, X1, y, UNITS_B, 3, (16, 24, 60)) + 60
    qrcode(d, W / 2 - 110, y, 220, 4921)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：天津大学智能与计算学部", font(21), GREY_B)
    return y + 370


def speaker_line_b(d, x, y, sp, maxw):
    """'name | company | job' on one line: the name larger and white, the bars grey, the rest blue."""
    fn, fs = font(25, True), font(21)
    d.text((x, y), sp[0], font=fn, fill=INK_B)
    xx = x + tw(d, sp[0], fn)
    for part in (sp[1], sp[2]):
        if part is None:
            continue
        xx += 14
        d.text((xx, y + 4), "|", font=fs, fill=BAR_B)
        xx += tw(d, "|", fs) + 14
        d.text((xx, y + 4), part, font=fs, fill=BLUE_B)
        xx += tw(d, part, fs)
    assert xx - x <= maxw, (sp, xx - x, maxw)


def row_b(d, X0, X1, LX, y, s):
    TX = LX + 34
    if s["kind"] == "label":
        f = font(22, True)
        d.line([(LX, y), (LX, y + 72)], fill=(60, 80, 150), width=2)
        d.polygon([(LX, y + 8), (LX + 9, y + 17), (LX, y + 26), (LX - 9, y + 17)], outline=VIO_B, fill=(10, 14, 36))
        d.rounded_rectangle([TX, y, TX + tw(d, s["text"], f) + 28, y + 36], radius=4, outline=VIO_B, width=2)
        d.text((TX + 14, y + 3), s["text"], font=f, fill=VIO_B)
        d.text((TX + tw(d, s["text"], f) + 46, y + 4), s["span"], font=font(22), fill=GREY_B)
        return y + 72
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 60], fill=BAND_B)
        d.text((X0 + 20, y + 13), rng(s), font=font(27, True), fill=TEAL_B)
        cup(d, LX - 12, y + 14, INK_B, 1.0)
        d.text((TX, y + 10), s["title"], font=font(29, True), fill=WHITE)
        return y + 104
    y0 = y
    d.text((X0 + 16, y), rng(s), font=font(27, True), fill=WHITE)
    for ln in wrap_nicely(d, s["title"], font(29, True), X1 - TX):
        d.text((TX, y), ln, font=font(29, True), fill=TEAL_B)
        y += 43
    y += 6
    for sp in s["sp"]:
        speaker_line_b(d, TX, y, sp, X1 - TX)
        y += 40
    d.line([(LX, y0), (LX, y + 40)], fill=(60, 80, 150), width=2)
    d.ellipse([LX - 7, y0 + 13, LX + 7, y0 + 27], fill=TEAL_B)
    return y + 40


def bg_b(w, h):
    im = vgrad(w, h, (10, 14, 36), (6, 8, 24))
    im = glow(im, 980, 200, 360, (150, 80, 255), 0.55)
    im = glow(im, 120, 700, 300, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(1900, h - 600, 1500)):
        im = glow(im, 1000 if k % 2 else 80, yy, 380, (120, 80, 255) if k % 2 else (0, 180, 170), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(8):  # neon streaks of the header
        d.line([(600 + i * 60, 0), (1080, 460 - i * 50)], fill=(60, 50, 140), width=2)
    return grain(im, 4921, 0.005)


def poster_b():
    return two_pass(1080, paint_b, bg_b), forums_truth(FORUMS_B, DATE_B)



# ===========================================================================
# 3. CLK 2193 (第188届), 重庆, Saturday 2193-11-16: the organisers' violet (after
#    their 2024 forum posters: violet, cyan, gold).  Header: logo lines, the
#    host school, '第188届中国' over 'Linux内核开发者大会', a ring, a pink date
#    pill, the address, a framed introduction, '大会议程' over a hollow 'AGENDA'.
#    主论坛: '▶▶ 主论坛', '主持人：name' at the right over the unit; a speakerless
#    '开幕'; THREE KEYNOTES, each a glowing card: the range, a gold tag
#    '主旨演讲 KEYNOTE', the title, then TWO speakers of two companies SIDE BY
#    SIDE (round photo, the name in gold, the company, the job on a third line)
#    with a gold '×' between them.  Afternoon: a pink pill, forums 01 and 02 as
#    two PANELS SIDE BY SIDE (coloured head: number box, name, '主持人：name',
#    unit; rows: range chip, title, name, 'company job'), forum 03 FULL WIDTH
#    under them as the timeline, where one speaker is printed 'Pavel Novak
#    et al.'.
DATE_C = "2193-11-16"
FORUMS_C = [
    ("主论坛", ("陈立", "重庆大学计算机学院 教授"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:55", "Linux 内核与大模型基础设施：软硬件协同设计的机遇",
          [S("王建华", "华为", "首席科学家"), S("李晓明", "清华大学", "教授")], "陈立", keynote=True),
        T("09:55", "10:40", "开源芯片与 RISC-V 内核生态的下一个十年",
          [S("赵勇", "平头哥半导体", "首席架构师"), S("刘畅", "中国科学院计算技术研究所", "研究员")], "陈立",
          keynote=True),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:40", "机密计算：从硬件信任根到内核隔离",
          [S("张敏", "蚂蚁集团", "技术总监"), S("陈峰", "海光信息", "首席工程师")], "陈立", keynote=True),
        B("11:40", "13:30", "午餐"),
    ]),
    ("调度与实时性分论坛", ("黄伟", "重庆大学 副教授"), [
        T("13:30", "14:20", "PREEMPT_RT 进入主线之后：实时性测试与调优", [S("梁浩", "统信软件", "内核工程师")], "黄伟"),
        T("14:20", "15:10", "proxy execution：优先级反转的调度器解法", [S("周婷", "vivo", "内核专家")], "黄伟"),
    ]),
    ("虚拟化与云原生分论坛", ("邓军", "腾讯云 虚拟化专家"), [
        T("13:30", "14:20", "virtio-fs 与 DAX：安全容器的共享文件系统", [S("彭程", "蚂蚁集团", "技术专家")], "邓军"),
        T("14:20", "15:10", "guest_memfd 与机密虚拟机的内存管理", [S("吴昊", "英特尔", "软件工程师")], "邓军"),
    ]),
    ("存储与IO分论坛", ("罗丹", "重庆大学 教授"), [
        T("13:30", "14:15", "Writeback Throttling Revisited for NVMe Arrays",
          [S("Pavel Novak", "SUSE", "Senior Kernel Engineer", suffix="et al.")], "罗丹"),
        T("14:15", "15:00", "ublk 零拷贝：用户态块设备的数据面优化", [S("蒋涛", "字节跳动", "存储工程师")], "罗丹"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "16:00", "F2FS 在手机上的碎片整理与寿命优化",
          [S("何丽", "小米", "文件系统专家"), S("谢军", "小米", "工程师")], "罗丹"),
    ]),
]
INTRO_C = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域的年度技术盛会。第188届大会由"
           "重庆大学承办，上午主论坛设三场联合主旨演讲，由企业与高校、研究机构的讲者共同分享；下午调度与实时性、虚拟化"
           "与云原生、存储与 IO 三个分论坛同时进行。讲者来自华为、蚂蚁集团、海光信息、平头哥、英特尔、SUSE、字节跳动、"
           "小米、vivo 与统信软件，以及清华大学和中国科学院计算技术研究所。")
UNITS_C = ["华为", "蚂蚁集团", "海光信息", "平头哥", "英特尔", "字节跳动", "小米", "统信软件", "openEuler"]
VIO_C, CYAN_C, GOLD_C, PINK_C = (52, 22, 140), (90, 230, 255), (255, 206, 100), (255, 96, 170)
PALE_C, INK_C, CARD_C = (206, 196, 255), (248, 246, 255), (44, 24, 120)
COL_C = [(0, 150, 210), (220, 70, 150), (0, 168, 150)]


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, CYAN_C)
    rtext(d, X1, 46, "重庆大学", font(30, True), WHITE)
    rtext(d, X1, 88, "CHONGQING UNIVERSITY", font(16, True), PALE_C)
    d.text((48, 168), "第188届中国", font=font(82, True), fill=WHITE)
    d.text((48, 270), "Linux内核开发者大会", font=font(82, True), fill=WHITE)
    d.ellipse([866, 150, 1026, 310], outline=GOLD_C, width=5)
    ctext(d, 946, 186, "CLK", font(40, True), WHITE)
    ctext(d, 946, 240, "2193", font(30, True), GOLD_C)
    pill = "2193年11月16日（周六）｜ 重庆"
    d.rounded_rectangle([48, 408, 48 + tw(d, pill, font(30, True)) + 56, 464], radius=28, fill=PINK_C)
    d.text((76, 414), pill, font=font(30, True), fill=WHITE)
    d.text((48, 496), "地址：重庆大学虎溪校区 图书馆学术报告厅", font=font(28), fill=WHITE)
    y = 580
    top = y
    y = para(d, X0 + 36, y + 32, INTRO_C, font(23), PALE_C, X1 - X0 - 72, 40)
    d.rectangle([X0, top, X1, y + 24], outline=(140, 120, 255), width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y + 24), (X1, y + 24)):
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=GOLD_C)
    y += 150
    agenda_title(d, W / 2, y, WHITE, (40, 16, 110), (120, 90, 240))
    y += 180
    # 主论坛
    name, host, slots = FORUMS_C[0]
    for k in range(2):
        d.polygon([(X0 + k * 22, y + 12), (X0 + k * 22 + 20, y + 28), (X0 + k * 22, y + 44)], fill=CYAN_C)
    d.text((X0 + 60, y), name, font=font(50, True), fill=WHITE)
    rtext(d, X1, y - 4, "主持人：" + host[0], font(28, True), WHITE)
    rtext(d, X1, y + 40, host[1], font(19), PALE_C)
    y += 84
    d.rectangle([X0, y, X1, y + 8], fill=CYAN_C)
    y += 44
    for s in slots:
        y = keynote_c(d, X0, X1, y, s) + 30
    y += 30
    d.rounded_rectangle([X0 + 150, y, X1 - 150, y + 64], radius=32, fill=PINK_C)
    ctext(d, W / 2, y + 12, "下午　三个分论坛同时进行", font(30, True), WHITE)
    y += 110
    # forums 01 and 02 side by side
    gap = 20
    PW = (X1 - X0 - gap) // 2
    hh = max(panel_head_c(d, 0, PW, -10000, k) + 10000 for k in (1, 2))
    bottoms = []
    for k in (1, 2):
        x = X0 + (k - 1) * (PW + gap)
        bottoms.append(panel_rows_c(d, x, PW, y + hh, FORUMS_C[k][2], paint=False))
    bot = max(bottoms) + 20
    for k in (1, 2):
        x = X0 + (k - 1) * (PW + gap)
        d.rounded_rectangle([x, y, x + PW, bot], radius=14, fill=CARD_C, outline=COL_C[k - 1], width=2)
        d.rounded_rectangle([x, y, x + PW, y + hh], radius=14, fill=COL_C[k - 1])
        d.rectangle([x, y + hh - 14, x + PW, y + hh], fill=COL_C[k - 1])
        panel_head_c(d, x, PW, y, k)
        panel_rows_c(d, x, PW, y + hh, FORUMS_C[k][2])
    y = bot + 70
    # forum 03 full width
    name, host, slots = FORUMS_C[3]
    x = number_box(d, X0, y + 4, "03", GOLD_C, VIO_C, 48) + 20
    d.text((x, y - 4), name, font=font(46, True), fill=WHITE)
    rtext(d, X1, y - 4, "主持人：" + host[0], font(28, True), WHITE)
    rtext(d, X1, y + 40, host[1], font(19), PALE_C)
    y += 84
    d.rectangle([X0, y, X1, y + 8], fill=COL_C[2])
    y += 44
    LX = X0 + 250
    for s in slots:
        y = row_c(d, X0, X1, LX, y, s)
    y += 60
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y += 90
    y = units_grid(d, X0, X1, y, UNITS_C, 3, VIO_C) + 50
    qrcode(d, W / 2 - 110, y, 220, 4931)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：重庆大学计算机学院", font(21), PALE_C)
    return y + 370


def band_c(d, X0, X1, y, s):
    d.rounded_rectangle([X0, y, X1, y + 62], radius=10, fill=(80, 40, 170))
    d.text((X0 + 22, y + 13), rng(s), font=font(28, True), fill=CYAN_C)
    if s["title"] in MEALS:
        cup(d, X0 + 244, y + 15, WHITE, 1.0)
    d.text((X0 + 296, y + 11), s["title"], font=font(30, True), fill=WHITE)
    return y + 62


def keynote_c(d, X0, X1, y, s):
    """A keynote card: range and tag, the title, two speakers of two companies side by side with '×'."""
    if s["kind"] == "break":
        return band_c(d, X0, X1, y, s)
    IX, IW = X0 + 30, X1 - X0 - 60

    def body(y):
        y += 26
        d.text((IX, y), rng(s), font=font(30, True), fill=CYAN_C)
        tx = IX + tw(d, rng(s), font(30, True)) + 24
        tag = "主旨演讲 KEYNOTE"
        d.rounded_rectangle([tx, y + 2, tx + tw(d, tag, font(20, True)) + 26, y + 38], radius=6, outline=GOLD_C,
                            width=2)
        d.text((tx + 13, y + 6), tag, font=font(20, True), fill=GOLD_C)
        y += 60
        for ln in wrap_nicely(d, s["title"], font(33, True), IW):
            d.text((IX, y), ln, font=font(33, True), fill=WHITE)
            y += 48
        y += 18
        bw = (IW - 60) // 2
        for i, sp in enumerate(s["sp"]):
            bx = IX + i * (bw + 60)
            photo(d, bx, y, 96, (90, 60, 190), (160, 140, 230))
            nx = bx + 116
            d.text((nx, y + 2), sp[0], font=font(28, True), fill=GOLD_C)
            d.text((nx, y + 44), fits(d, sp[1], font(21), bw - 116), font=font(21), fill=INK_C)
            d.text((nx, y + 76), fits(d, sp[2], font(21), bw - 116), font=font(21), fill=PALE_C)
        cx = IX + bw + 30
        d.ellipse([cx - 20, y + 28, cx + 20, y + 68], outline=GOLD_C, width=2)
        ctext(d, cx, y + 29, "×", font(28, True), GOLD_C)
        return y + 96 + 30

    assert len(s["sp"]) == 2 and s["sp"][0][1] != s["sp"][1][1]
    h = body(-10000) + 10000
    for k in range(3, 0, -1):
        d.rounded_rectangle([X0 - 3 * k, y - 3 * k, X1 + 3 * k, y + h + 3 * k], radius=18,
                            outline=(70 + 25 * (3 - k), 120 + 30 * (3 - k), 255), width=2)
    d.rounded_rectangle([X0, y, X1, y + h], radius=16, fill=CARD_C, outline=CYAN_C, width=2)
    body(y)
    return y + h


def panel_head_c(d, x, w, y, k):
    name, host, _ = FORUMS_C[k]
    bx = number_box(d, x + 20, y + 22, "%02d" % k, WHITE, COL_C[k - 1], 40) + 14
    d.text((bx, y + 16), fits(d, name, font(30, True), x + w - 20 - bx), font=font(30, True), fill=WHITE)
    d.text((x + 22, y + 76), "主持人：" + host[0], font=font(23, True), fill=WHITE)
    d.text((x + 22, y + 112), fits(d, host[1], font(18), w - 44), font=font(18), fill=(240, 236, 255))
    return y + 152


def panel_rows_c(d, x, w, y, slots, paint=True):
    """A panel's talks: the range in a chip, the title, the name, 'company job' on the line under it;
    paint=False only measures (the two panels are as tall as the longer one)."""
    IX, IW = x + 22, w - 44
    y += 26
    for s in slots:
        rf = font(22, True)
        if paint:
            d.rounded_rectangle([IX, y, IX + tw(d, rng(s), rf) + 24, y + 34], radius=17, outline=CYAN_C, width=2)
            d.text((IX + 12, y + 3), rng(s), font=rf, fill=CYAN_C)
        y += 48
        for ln in wrap_nicely(d, s["title"], font(27, True), IW):
            if paint:
                d.text((IX, y), ln, font=font(27, True), fill=WHITE)
            y += 40
        y += 8
        for sp in s["sp"]:
            if paint:
                d.text((IX, y), sp[0], font=font(24, True), fill=GOLD_C)
                d.text((IX, y + 38), fits(d, aff(sp), font(19), IW), font=font(19), fill=PALE_C)
            y += 70
        y += 30
    return y


def row_c(d, X0, X1, LX, y, s):
    if s["kind"] == "break":
        return band_c(d, X0, X1, y, s) + 40
    y0 = y
    d.text((X0 + 20, y), rng(s), font=font(28, True), fill=WHITE)
    TX = LX + 32
    for ln in wrap_nicely(d, s["title"], font(30, True), X1 - TX):
        d.text((TX, y), ln, font=font(30, True), fill=CYAN_C)
        y += 44
    y += 6
    for sp in s["sp"]:
        fn = font(26, True)
        d.text((TX, y), shown(sp), font=fn, fill=WHITE)
        d.text((TX + tw(d, shown(sp), fn) + 18, y + 5),
               fits(d, aff(sp), font(21), X1 - TX - tw(d, shown(sp), fn) - 18), font=font(21), fill=PALE_C)
        y += 42
    d.line([(LX, y0), (LX, y + 40)], fill=(140, 120, 255), width=2)
    d.ellipse([LX - 7, y0 + 14, LX + 7, y0 + 28], fill=CYAN_C)
    return y + 40


def bg_c(w, h):
    im = vgrad(w, h, (70, 30, 170), (30, 12, 90))
    im = glow(im, 920, 250, 380, (255, 90, 200), 0.45)
    im = glow(im, 120, 1300, 360, (60, 200, 255), 0.35)
    for k, yy in enumerate(range(2500, h - 700, 1500)):
        im = glow(im, 990 if k % 2 else 90, yy, 400, (200, 90, 255) if k % 2 else (70, 160, 255), 0.3)
    return grain(im, 4931, 0.005)


def poster_c():
    return two_pass(1080, paint_c, bg_c), forums_truth(FORUMS_C, DATE_C)



# ===========================================================================
# 4. CLK 2194 (第189届), 济南, Saturday 2194-10-25: the organisers' deep teal
#    and gold, 1440 px wide.  Header: logo lines, the host school, the
#    conference on one line, a ring, a gold pill, the address, a framed
#    introduction, '大会议程 · AGENDA'.  主论坛 as the timeline (gold range, dot,
#    white title, 'name  company job'); one talk printed '陈静、刘洋 等　华为'
#    (two names, '等', one company).  The afternoon as a TRANSPOSED GRID: the
#    forums are ROWS (a coloured head cell: number chip, name, '主持人：name',
#    the unit) and the time slots are COLUMNS, whose ranges are printed ONLY in
#    the head row (a corner cell with a diagonal, '时间' above it and '分论坛'
#    below it); cells print the title, the name and 'company job'; the 茶歇
#    column is ONE cell merged down the three forum rows; the first cell of
#    forum 03 is empty (its first talk is at 14:15).
DATE_D = "2194-10-25"
BREAK_D = B("15:00", "15:20", "茶歇")
FORUMS_D = [
    ("主论坛", ("牟宏", "山东大学计算机科学与技术学院 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("孙国强", "山东大学", "副校长")], "牟宏"),
        T("09:15", "10:05", "内核补丁评审：维护者视角下的质量与效率",
          [S("陈静", "华为"), S("刘洋", "华为")], "牟宏", etal="等"),
        B("10:05", "10:20", "茶歇"),
        T("10:20", "11:10", "Memory Safety in the Kernel: Rust, KASAN and Beyond",
          [S("Sarah Mitchell", "Google", "Staff Software Engineer")], "牟宏"),
        T("11:10", "11:55", "服务器内核的 RAS 特性与内存故障预测实践", [S("王涛", "浪潮信息", "首席架构师")], "牟宏"),
        B("11:55", "13:30", "午餐"),
    ]),
    ("网络与eBPF分论坛", ("宋涛", "山东大学 副教授"), [
        T("13:30", "14:15", "TCP 拥塞控制的 BPF struct_ops 实践", [S("胡晨", "百度", "网络专家")], "宋涛"),
        T("14:15", "15:00", "netkit 与 BPF：容器网络的零开销数据面", [S("邵磊", "字节跳动", "内核工程师")], "宋涛"),
        BREAK_D,
        T("15:20", "16:05", "eBPF 在内核安全审计中的落地与性能权衡", [S("方敏", "奇安信", "安全专家")], "宋涛"),
    ]),
    ("文件系统与IO分论坛", ("唐丽", "浪潮信息 存储架构师"), [
        T("13:30", "14:15", "XFS 在线修复（online fsck）的实现与测试", [S("袁飞", "华为", "文件系统工程师")], "唐丽"),
        T("14:15", "15:00", "bcachefs 的数据校验与快照设计解析", [S("潘宇", "麒麟软件", "内核工程师")], "唐丽"),
        BREAK_D,
        T("15:20", "16:05", "NVMe 多路径与 io_uring passthrough 的性能对比",
          [S("邹杰", "三星中国研究院", "高级工程师")], "唐丽"),
    ]),
    ("内核测试与调试分论坛", ("金鹏", "山东大学 教授"), [
        None,
        T("14:15", "15:00", "syzkaller 在国产 CPU 平台上的适配与漏洞挖掘",
          [S("钟华", "中国科学院软件研究所", "助理研究员")], "金鹏"),
        BREAK_D,
        T("15:20", "16:05", "KUnit 与 kselftest：发行版内核的持续回归测试", [S("谢芳", "统信软件", "测试工程师")], "金鹏"),
    ]),
]
HEADS_D = [None, ("网络与eBPF", "分论坛"), ("文件系统与IO", "分论坛"), ("内核测试与调试", "分论坛")]
COLS_D = ["13:30-14:15", "14:15-15:00", "15:00-15:20", "15:20-16:05"]
INTRO_D = ("第189届中国 Linux 内核开发者大会由山东大学承办。上午主论坛邀请产业界与社区的讲者分享内核开发的最新方向；"
           "下午网络与 eBPF、文件系统与 IO、内核测试与调试三个分论坛同时进行，下表按时间列出各分论坛的议题。讲者来自"
           "华为、Google、浪潮信息、百度、字节跳动、奇安信、麒麟软件、三星中国研究院、统信软件与中国科学院软件研究所。")
UNITS_D = ["华为", "浪潮信息", "字节跳动", "百度", "Google", "麒麟软件", "统信软件", "奇安信", "三星", "openEuler",
           "龙蜥社区", "OpenAtom"]
GOLD_D, TEAL_D, INK_D, PALE_D = (240, 196, 96), (0, 200, 190), (250, 250, 246), (170, 214, 210)
CELL_D, CELL2_D, LINE_D = (6, 66, 76), (4, 54, 64), (150, 130, 80)
COL_D = [(0, 150, 170), (196, 120, 40), (70, 120, 200)]


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 56, W - 56
    logo_lines(d, 56, 48, WHITE, GOLD_D, 1.15)
    rtext(d, X1, 50, "山东大学", font(34, True), WHITE)
    rtext(d, X1, 96, "SHANDONG UNIVERSITY", font(18, True), PALE_D)
    d.text((56, 190), "第189届中国Linux内核开发者大会", font=font(76, True), fill=WHITE)
    d.ellipse([X1 - 170, 300, X1, 470], outline=GOLD_D, width=5)
    ctext(d, X1 - 85, 338, "CLK", font(42, True), WHITE)
    ctext(d, X1 - 85, 394, "2194", font(32, True), GOLD_D)
    pill = "2194年10月25日（周六）｜ 济南"
    d.rounded_rectangle([56, 320, 56 + tw(d, pill, font(32, True)) + 60, 380], radius=30, fill=GOLD_D)
    d.text((86, 327), pill, font=font(32, True), fill=(10, 50, 56))
    d.text((56, 412), "地址：山东大学中心校区 知新楼报告厅", font=font(30), fill=WHITE)
    y = 520
    top = y
    y = para(d, X0 + 40, y + 34, INTRO_D, font(25), PALE_D, X1 - X0 - 80, 44)
    d.rectangle([X0, top, X1, y + 26], outline=(90, 170, 160), width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y + 26), (X1, y + 26)):
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=GOLD_D)
    y += 130
    ctext(d, W / 2, y, "大会议程 · AGENDA", font(64, True), WHITE)
    y += 140
    # 主论坛 as the timeline
    name, host, slots = FORUMS_D[0]
    for k in range(2):
        d.polygon([(X0 + k * 24, y + 12), (X0 + k * 24 + 22, y + 30), (X0 + k * 24, y + 48)], fill=GOLD_D)
    d.text((X0 + 64, y), name, font=font(52, True), fill=WHITE)
    rtext(d, X1, y - 2, "主持人：" + host[0], font(30, True), WHITE)
    rtext(d, X1, y + 44, host[1], font(21), PALE_D)
    y += 90
    d.rectangle([X0, y, X1, y + 8], fill=GOLD_D)
    y += 46
    LX = X0 + 280
    for s in slots:
        y = row_d(d, X0, X1, LX, y, s)
    y += 40
    # the afternoon as a transposed grid
    d.line([(X0, y), (X1, y)], fill=GOLD_D, width=2)
    ctext(d, W / 2, y + 22, "下午　三个分论坛同时进行", font(34, True), GOLD_D)
    d.line([(X0, y + 88), (X1, y + 88)], fill=GOLD_D, width=2)
    y += 130
    y = grid_d(d, X0, X1, y) + 90
    ctext(d, W / 2, y, "支持单位", font(46, True), WHITE)
    y += 96
    y = units_grid(d, X0, X1, y, UNITS_D, 6, (8, 60, 70), bh=78) + 60
    qrcode(d, W / 2 - 120, y, 240, 4941)
    ctext(d, W / 2, y + 266, "扫码报名", font(38, True), WHITE)
    ctext(d, W / 2, y + 326, "主办：中国Linux内核开发者大会组委会　承办：山东大学计算机科学与技术学院", font(23), PALE_D)
    return y + 400


def row_d(d, X0, X1, LX, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 64], radius=10, fill=(10, 84, 92))
        d.text((X0 + 24, y + 13), rng(s), font=font(29, True), fill=GOLD_D)
        cup(d, LX - 12, y + 15, WHITE, 1.0)
        d.text((LX + 34, y + 11), s["title"], font=font(31, True), fill=WHITE)
        return y + 104
    y0 = y
    d.text((X0 + 24, y), rng(s), font=font(29, True), fill=GOLD_D)
    TX = LX + 34
    for ln in wrap_nicely(d, s["title"], font(31, True), X1 - TX):
        d.text((TX, y), ln, font=font(31, True), fill=WHITE)
        y += 46
    y += 6
    fn, fa = font(27, True), font(22)
    if s.get("etal"):  # 'name、name 等' before ONE company
        names = "、".join(sp[0] for sp in s["sp"]) + " " + s["etal"]
        assert len({aff(sp) for sp in s["sp"]}) == 1
        d.text((TX, y), names, font=fn, fill=GOLD_D)
        d.text((TX + tw(d, names, fn) + 20, y + 5), aff(s["sp"][0]), font=fa, fill=PALE_D)
        y += 44
    else:
        for sp in s["sp"]:
            d.text((TX, y), sp[0], font=fn, fill=GOLD_D)
            d.text((TX + tw(d, sp[0], fn) + 20, y + 5), fits(d, aff(sp), fa, X1 - TX - tw(d, sp[0], fn) - 20),
                   font=fa, fill=PALE_D)
            y += 44
    d.line([(LX, y0), (LX, y + 40)], fill=(60, 150, 150), width=2)
    d.ellipse([LX - 7, y0 + 15, LX + 7, y0 + 29], fill=GOLD_D)
    return y + 40


def cell_d(d, x, w, y, s, paint=True):
    """A talk's cell: the title, the name in gold, 'company job' under it; no range (the column gives it)."""
    IX, IW = x + 16, w - 32
    y += 18
    for ln in wrap_nicely(d, s["title"], font(25, True), IW):
        if paint:
            d.text((IX, y), ln, font=font(25, True), fill=INK_D)
        y += 37
    y += 10
    for sp in s["sp"]:
        if paint:
            d.text((IX, y), sp[0], font=font(23, True), fill=GOLD_D)
        y += 36
        for ln in aff_lines(d, sp, font(19), IW):
            if paint:
                d.text((IX, y), ln, font=font(19), fill=PALE_D)
            y += 28
    return y + 16


def head_cell_d(d, x, w, y, k, paint=True):
    name, host, _ = FORUMS_D[k]
    IX, IW = x + 18, w - 36
    if paint:
        d.rounded_rectangle([IX, y + 18, IX + 56, y + 50], radius=6, fill=WHITE)
        ctext(d, IX + 28, y + 19, "%02d" % k, font(23, True), COL_D[k - 1])
    y += 64
    assert "".join(HEADS_D[k]) == name
    for ln in HEADS_D[k]:
        if paint:
            d.text((IX, y), fits(d, ln, font(28, True), IW), font=font(28, True), fill=WHITE)
        y += 40
    y += 8
    if paint:
        d.text((IX, y), "主持人：" + host[0], font=font(22, True), fill=WHITE)
    y += 34
    for ln in wrap(d, host[1], font(18), IW):
        if paint:
            d.text((IX, y), ln, font=font(18), fill=(236, 246, 244))
        y += 26
    return y + 16


def grid_d(d, X0, X1, y):
    HW, BW = 250, 150
    CW = (X1 - X0 - HW - BW) // 3
    xs = [X0 + HW, X0 + HW + CW, X0 + HW + 2 * CW, X0 + HW + 2 * CW + BW]
    ws = [CW, CW, BW, CW]
    assert xs[3] + CW <= X1
    GX1 = xs[3] + CW
    top = y
    # the head row: a corner cell with a diagonal, then the ranges
    HH = 74
    d.rectangle([X0, y, GX1, y + HH], fill=(10, 90, 98))
    d.line([(X0, y), (X0 + HW, y + HH)], fill=LINE_D, width=2)
    rtext(d, X0 + HW - 16, y + 6, "时间", font(22, True), GOLD_D)
    d.text((X0 + 16, y + 40), "分论坛", font=font(22, True), fill=GOLD_D)
    for i, (cx, cw) in enumerate(zip(xs, ws)):
        f = font(27, True) if i != 2 else font(21, True)
        ctext(d, cx + cw / 2, y + (20 if i != 2 else 24), fits(d, COLS_D[i], f, cw - 10), f, GOLD_D)
    y += HH
    rows = []
    for k in (1, 2, 3):
        cells = FORUMS_D[k][2]
        assert len(cells) == 4 and cells[2] is BREAK_D
        for c, col in zip(cells, COLS_D):
            assert c is None or rng(c) == col, (c, col)
        h = max([head_cell_d(d, X0, HW, 0, k, paint=False)]
                + [cell_d(d, xs[i], ws[i], 0, c, paint=False) for i, c in enumerate(cells) if c and c["kind"] == "talk"])
        rows.append((k, y, h))
        d.rectangle([X0, y, X0 + HW, y + h], fill=COL_D[k - 1])
        head_cell_d(d, X0, HW, y, k)
        for i, c in enumerate(cells):
            if i == 2:
                continue
            d.rectangle([xs[i], y, xs[i] + ws[i], y + h], fill=CELL_D if k % 2 else CELL2_D)
            if c is not None:
                cell_d(d, xs[i], ws[i], y, c)
        y += h
    # the 茶歇 column: one cell merged down the three forum rows
    d.rectangle([xs[2], top + HH, xs[2] + BW, y], fill=(18, 100, 106))
    mid = (top + HH + y) / 2
    cup(d, xs[2] + BW / 2 - 16, mid - 110, WHITE, 1.1)
    for j, ch in enumerate(BREAK_D["title"]):
        ctext(d, xs[2] + BW / 2, mid - 50 + j * 48, ch, font(34, True), WHITE)
    # rules
    d.rectangle([X0, top, GX1, y], outline=LINE_D, width=2)
    for cx in xs:
        d.line([(cx, top), (cx, y)], fill=LINE_D, width=2)
    d.line([(X0, top + HH), (GX1, top + HH)], fill=LINE_D, width=2)
    for _, ry, rh in rows[:-1]:
        d.line([(X0, ry + rh), (xs[2], ry + rh)], fill=LINE_D, width=1)
        d.line([(xs[3], ry + rh), (GX1, ry + rh)], fill=LINE_D, width=1)
    return y


def bg_d(w, h):
    im = vgrad(w, h, (0, 78, 86), (0, 40, 52))
    im = glow(im, 1250, 300, 420, (240, 190, 90), 0.3)
    im = glow(im, 150, 1200, 420, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(2300, h - 600, 1400)):
        im = glow(im, 1330 if k % 2 else 110, yy, 460, (0, 190, 180) if k % 2 else (220, 170, 80), 0.25)
    return grain(im, 4941, 0.004)


def poster_d():
    return two_pass(1440, paint_d, bg_d), forums_truth(FORUMS_D, DATE_D)



# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-43 (and 4..42 before it): speakers are names as printed with spaces removed "
    "(the Latin names 'Oliver Schmidt' -> 'OliverSchmidt', 'Pavel Novak' -> 'PavelNovak', 'Sarah Mitchell' -> "
    "'SarahMitchell'); host is the chair printed for the forum covering the slot, null for breaks; start/end always "
    "HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, given per speaker; "
    "affiliations keep a printed job title, joined to the company by one space ('华为 openEuler 内核 SIG Maintainer', "
    "'Intel Principal Engineer'), and are the company alone where no job is printed; break titles are as printed; an "
    "opening speech printed with a speaker ('开幕致辞') is a talk, a slot printed without a speaker ('开幕') is a break; "
    "'午餐' closes 主论坛 as its break; forums are listed in printed order. As in set 43 every forum carries a 'date'; "
    "each edition is ONE day (主论坛 in the morning, three forums in parallel in the afternoon), so every forum's date "
    "is the poster's, read from its date pill. Four editions, each on ONE picture only, so no talk is on two posters: "
    "CLK 2191 (第186届, 南京, 2191-10-22), CLK 2192 (第187届, 天津, 2192-10-27), CLK 2193 (第188届, 重庆, "
    "2193-11-16), CLK 2194 (第189届, 济南, 2194-10-25), all Saturdays. Headers, introductions, addresses, date pills, "
    "rings, support units, QR captions, organiser lines and the afternoon bands or pills ('下午　三个分论坛同时进行') "
    "are never part of a name, a title or a slot; number chips, slanted number boxes and big numerals ('01'..'03') and "
    "'▶▶' are no part of a forum's name. A title wrapped over two or three lines is one title (the truth writes it as "
    "composed, with a space between Latin words and none inside Chinese text or after '：'; whitespace does not count "
    "in matching). Added or stressed here: (1) CLK 2191 (JPEG, the organisers' royal blue): each half day opens with "
    "a HEADING that prints its span, '上午　09:00-11:45' over 主论坛 and '下午　13:30-16:10　三个分论坛同时进行' over the "
    "forums: these spans are no slots and give no talk its time (16:10 is the end of the last talk of the first "
    "column only). The afternoon is THREE COLUMNS OF CARDS, each column one forum under a coloured head whose name is "
    "broken over two lines and joined without a space ('处理器架构与' / '虚拟化分论坛' -> '处理器架构与虚拟化分论坛', "
    "'内存与异构' / '计算分论坛' -> '内存与异构计算分论坛', 'IO与网络' / '分论坛' -> 'IO与网络分论坛'), with "
    "'主持人：name' and the unit under it. Each card prints its range in a tag at its own TOP RIGHT corner, then the "
    "title (two or three lines), the name and 'company job': the tag belongs to the card it sits on, never to the "
    "card above it (whose speaker stands just over it in the picture), and a card belongs to its column's forum, "
    "whatever stands level with it in the next column; the columns run on their own clocks (13:30-14:15 and 14:15-15:00 "
    "in the first and third columns beside 13:30-14:20 and 14:20-15:10 in the second), and the first column's '茶歇' card (15:00-15:20, range in its top-right tag) is a break of that forum "
    "only. Forums of two talks end with their second talk. (2) CLK 2192 (PNG, the organisers' near black): EVERY "
    "speaker is printed on one line as 'name | company | job' with vertical bars, or 'name | company' where no job is "
    "printed ('冯磊 | 字节跳动', '林峰 | 华为'): the bars are separators, neither name nor affiliation, and the "
    "affiliation is 'company job' ('Oliver Schmidt | Intel | Principal Engineer' -> OliverSchmidt, 'Intel Principal "
    "Engineer'). 内存管理与CXL分论坛 is split into two HALF-SESSIONS: a tag '上半场' with '13:30-14:50' before its "
    "first talk and a tag '下半场' with '15:10-16:30' after its 茶歇. These tags and their spans are no slots, no "
    "titles and no hosts (the forum's host 何静 chairs all four talks); the 茶歇 14:50-15:10 is a break of that "
    "forum only, the only break of the afternoon: the other two forums print none and end with their second talk. "
    "周凯 and 蔺晓峰 (both 华为) are two speakers of one talk, each on his own line; 曹敏 (中国移动) and 任杰 (中兴通讯) "
    "likewise. Uncommon surname 蔺 (a speaker). (3) CLK 2193 (PNG, the organisers' violet): '09:00-09:10 开幕' (no "
    "speaker) is a break. 主论坛's three KEYNOTES each print a gold tag '主旨演讲 KEYNOTE' after the range (no part of "
    "the title or the range) and TWO speakers of two companies SIDE BY SIDE, each a photo, the name, the company and "
    "the job on a line of its own ('王建华' over '华为' over '首席科学家' -> '华为 首席科学家'), with a gold '×' between the "
    "two blocks that is no name and no part of an affiliation: the speakers are given left, then right, and a line "
    "that stands level across the two blocks belongs to its own block. The afternoon: forums 01 (调度与实时性分论坛) "
    "and 02 (虚拟化与云原生分论坛) as two PANELS SIDE BY SIDE, each with its own head (number box, name, '主持人：name', "
    "unit) and its talks (range chip, title, name, 'company job'), read left panel then right panel; forum 03 "
    "(存储与IO分论坛) FULL WIDTH under them as the timeline. 'guest_memfd 与机' / '密虚拟机的内存管理' is one title "
    "broken inside a word. 'Pavel Novak et al.' is the one speaker PavelNovak ('et al.' is no name and no further "
    "speaker is invented), affiliation 'SUSE Senior Kernel Engineer'. 何丽 and 谢军 (both 小米) are two speakers of "
    "one talk. (4) CLK 2194 (PNG, 1440 px, the organisers' deep teal and gold): the afternoon is a TRANSPOSED GRID, "
    "the forums are ROWS (a coloured head cell: number chip, the name broken before '分论坛' and joined without a "
    "space, '主持人：name', the unit) and the time slots are COLUMNS whose ranges are printed ONLY in the head row: a "
    "cell's slot has the range of its column's head and the forum and host of its row, and the corner cell's '时间' "
    "and '分论坛' are labels. The 茶歇 column (15:00-15:20), one cell merged down the three forum rows, is a break of "
    "each of the three forums (each has a talk before and after it). The first cell of 内核测试与调试分论坛 "
    "(13:30-14:15) is EMPTY and no slot: that forum's first talk is at 14:15. In 主论坛 '陈静、刘洋 等　华为' gives two "
    "speakers, 陈静 and 刘洋, each with the affiliation '华为'; '等' is no name and no further speaker is invented. "
    "Uncommon surname 牟 (the host of 主论坛). The title '开幕致辞' on three posters is the opening of three editions "
    "(different speakers), not one talk."
)

LAYOUTS = {
    "blue-half-day-spans-card-columns-corner-times.jpg": (
        "CLK 2191 (第186届), 南京, 2191-10-22 (JPEG q93 after a q95 round trip, 1080 x %d): the organisers' "
        "royal-blue long image; half-day headings with spans ('上午　09:00-11:45', '下午　13:30-16:10'); 主论坛 as the "
        "timeline; the afternoon as three columns of cards, each card with its range in a tag at its top-right corner "
        "and a title of two or three lines. 4 + 3 + 2 + 2 talks.",
        DATE_A, poster_a, 93),
    "nearblack-bar-speakers-half-sessions.png": (
        "CLK 2192 (第187届), 天津, 2192-10-27 (PNG, 1080 x %d): the organisers' near-black long image; every speaker "
        "as 'name | company | job'; 内存管理与CXL分论坛 split into '上半场' and '下半场' (each with a span) by a 茶歇 only "
        "that forum has. Uncommon surname 蔺. 4 + 4 + 2 + 2 talks.",
        DATE_B, poster_b, None),
    "violet-joint-keynotes-panels-two-plus-one.png": (
        "CLK 2193 (第188届), 重庆, 2193-11-16 (PNG, 1080 x %d): the organisers' violet long image; three keynotes "
        "each by two speakers of two companies side by side with a '×'; forums 01 and 02 as two panels side by side, "
        "forum 03 full width under them; a speaker 'Pavel Novak et al.'. 3 + 2 + 2 + 3 talks.",
        DATE_C, poster_c, None),
    "teal-1440-transposed-afternoon-grid.png": (
        "CLK 2194 (第189届), 济南, 2194-10-25 (PNG, 1440 x %d): the organisers' deep teal and gold; 主论坛 as the "
        "timeline with '陈静、刘洋 等　华为'; the afternoon as a transposed grid, forums as rows and time slots as "
        "columns (ranges only in the head row), a 茶歇 column merged down the rows, an empty cell. Uncommon surname "
        "牟. 4 + 3 + 3 + 2 talks.",
        DATE_D, poster_d, None),
}


def main():
    posters = []
    for fn, (layout, date, draw, quality) in LAYOUTS.items():
        im, forums = draw()
        layout = layout % im.size[1]
        path = os.path.join(HERE, fn)
        if fn.endswith(".jpg"):
            im.save(path, "JPEG", quality=quality, subsampling=2)
        else:
            im.save(path, optimize=True)
        size = os.path.getsize(path)
        assert 0.8e6 <= size <= 1.6e6, (fn, size)
        talks = [len([s for s in f["slots"] if s["kind"] == "talk"]) for f in forums]
        assert " + ".join(map(str, talks)) + " talks" in layout, (fn, talks)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
