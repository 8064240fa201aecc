"""Draw the forty-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set is about the
ONE agenda image of a whole edition that spans TWO DAYS, each day a section
opened by its date printed as a header ('DAY 1 · 11月14日 周六'): 主论坛 on day
one, parallel forums on day two, hosts per forum and per day, breaks, lunch, an
opening and a closing.  Four editions, no talk on two posters; every forum of
the truth carries the date of the section it is printed under.
  CLK 2111 (PNG, a 2560 x 1440 landscape in the organisers' navy): day one's
    主论坛 as a panel at the left, day two's THREE forums as three columns under
    ONE date header at the right; a closing band across the three columns.
  CLK 2112 (JPEG, the organisers' violet long image, 1080 px wide): two date
    banners; the SAME forums run on both days (内存管理, 虚拟化与机密计算, and
    主论坛, which opens day one and closes day two), with other hosts each day.
  CLK 2113 (PNG, a light long image, 1242 px wide): an edition of an AFTERNOON
    (day one, 主论坛, its host printed in the date bar) and the next MORNING
    (two forums in two columns side by side, a closing band across both).
  CLK 2114 (JPEG, a 1920 x 1358 landscape timetable): one ruled table for both
    days, a band per day; day one's rows span the table (主论坛, host in the
    band), day two's rows hold three forums in three columns beside one shared
    time column, with forum heads and hosts in a head row.
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
    """Seeded grain blended in: the texture of a designer's paper and of a re-saved picture."""
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


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
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


def pad(name):
    """A two-character name padded to three with a full-width space, as the organisers print it."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


def truth_slot(s):
    """A slot as truth.json gives it; a speaker printed without a company adds no affiliation."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums):
    """Forums in printed order, each with the date of the day section it is printed under."""
    return [{"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]}
            for name, _, date, slots in forums]


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


MEALS = ("茶歇", "午餐")  # the breaks that get a cup; a group photo, a closing or a hackathon get none


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


# ===========================================================================
# 1. CLK 2111 (第106届), 长沙, 2111-11-14 and 2111-11-15: a 2560 x 1440 landscape
#    in the organisers' navy.  A header across the top (logo lines, the
#    conference, '中南大学', a pill with both dates).  At the left a panel for
#    day one: a yellow date header 'DAY 1 · 11月14日 周六', '▶▶ 主论坛' with
#    '主持人：name' at the right over the unit, rows with the range LEFT of the
#    title and 'name  company job' under it.  At the right day two: ONE date
#    header 'DAY 2 · 11月15日 周日' over THREE columns, one per forum (a number
#    box and the name, '主持人：name  unit' under it), each talk the range on
#    its own line over the title; a pink closing band across the three columns;
#    support units and a QR code under it.
D1_A, D2_A = "2111-11-14", "2111-11-15"
FORUMS_A = [
    ("主论坛", ("冼志伟", "中南大学 教授"), D1_A, [
        T("09:00", "09:15", "开幕致辞", [S("刘建军", "中南大学", "副校长")], "冼志伟"),
        T("09:15", "10:00", "主线内核开发流程的新变化：b4、lore 与 CI 协同", [S("王志刚", "华为", "内核首席专家")], "冼志伟"),
        T("10:00", "10:45", "龙蜥内核在多架构云服务器上的统一演进", [S("张晓明", "阿里云", "高级技术专家")], "冼志伟"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "Memory Tiering in Production: Lessons from CXL Deployments",
          [S("Marco Bianchi", "SUSE", "Kernel Architect")], "冼志伟"),
        B("11:45", "13:30", "午餐"),
        T("13:30", "14:15", "RISC-V 向量扩展（RVV）的内核上下文切换开销",
          [S("周浩", "中国科学院软件研究所", "副研究员"), S("吴婷", "中国科学院软件研究所", "工程师")], "冼志伟"),
        T("14:15", "15:00", "大规模集群的内核热升级：从 kpatch 到整机热替换", [S("孙鹏", "字节跳动", "资深工程师")], "冼志伟"),
        B("15:00", "15:30", "全体合影"),
    ]),
    ("内存与存储分论坛", ("彭磊", "湖南大学 副教授"), D2_A, [
        T("09:00", "09:40", "ext4 fast commit 在数据库场景下的收益与代价", [S("胡凯", "腾讯", "存储工程师")], "彭磊"),
        T("09:40", "10:20", "DAMON 驱动的冷页回收与在线服务内存超卖", [S("何丽", "字节跳动", None)], "彭磊"),
        B("10:20", "10:40", "茶歇"),
        B("10:40", "11:10", "闭幕式"),
    ]),
    ("调度与实时分论坛", ("罗勇", "国防科技大学 研究员"), D2_A, [
        T("09:00", "09:40", "schedutil 在手机大小核上的调频改进", [S("梁伟", "OPPO", "系统工程师")], "罗勇"),
        T("09:40", "10:20", "perf lock contention：线上锁争用的定位方法", [S("宋志强", "英特尔", "软件工程师")], "罗勇"),
        B("10:20", "10:40", "茶歇"),
        B("10:40", "11:10", "闭幕式"),
    ]),
    ("网络与 eBPF 分论坛", ("唐敏", "腾讯 网络专家"), D2_A, [
        T("09:00", "09:40", "AF_XDP 在 5G 用户面（UPF）上的性能调优", [S("许杰", "中国移动研究院", "网络架构师")], "唐敏"),
        T("09:40", "10:20", "BPF token：非特权 eBPF 的安全委派", [S("蔡文", "蚂蚁集团", "安全工程师")], "唐敏"),
        B("10:20", "10:40", "茶歇"),
        B("10:40", "11:10", "闭幕式"),
    ]),
]
UNITS_A = ["华为", "阿里云", "字节跳动", "腾讯", "英特尔", "龙蜥社区", "openEuler", "OpenCloudOS"]
YEL_A, CYAN_A, PALE_A, WHITE = (255, 198, 66), (98, 214, 255), (172, 196, 246), (255, 255, 255)
NAVY_A, CARD_A, BAND_A = (14, 30, 96), (20, 42, 124), (36, 68, 168)


def bg_a(w, h):
    im = vgrad(w, h, (14, 32, 104), (6, 14, 54))
    im = glow(im, 2250, 160, 420, (80, 170, 255), 0.5)
    im = glow(im, 260, 1300, 380, (130, 80, 255), 0.35)
    im = glow(im, 1500, 900, 500, (40, 110, 255), 0.22)
    return grain(im, 4111, 0.012)


def rows_a(d, x, y, width, slots, range_left):
    """A forum's rows; range_left puts the range left of the title (day one), else on its own line over it."""
    ft, fn, fa, fr = font(26, True), font(22, True), font(19), font(23, True)
    TX = x + 178 if range_left else x + 26
    for s in slots:
        if s["kind"] == "break":
            d.rounded_rectangle([x, y, x + width, y + 46], radius=8, fill=BAND_A)
            d.text((x + 16, y + 8), rng(s), font=fr, fill=CYAN_A)
            cx = TX if range_left else x + 16 + tw(d, rng(s), fr) + 24
            if s["title"] in MEALS:
                cup(d, cx, y + 7, CYAN_A, 0.85)
            d.text((cx + 38, y + 6), s["title"], font=font(23, True), fill=WHITE)
            y += 62
            continue
        if range_left:
            d.text((x + 4, y + 2), rng(s), font=fr, fill=CYAN_A)
        else:
            d.ellipse([x + 2, y + 11, x + 14, y + 23], fill=CYAN_A)
            d.text((TX, y), rng(s), font=fr, fill=CYAN_A)
            y += 36
        for ln in wrap_nicely(d, s["title"], ft, x + width - TX):
            d.text((TX, y), ln, font=ft, fill=WHITE)
            y += 38
        y += 4
        for sp in s["sp"]:
            d.text((TX, y), sp[0], font=fn, fill=WHITE)
            d.text((TX + tw(d, sp[0], fn) + 16, y + 2), aff(sp), font=fa, fill=PALE_A)
            y += 33
        y += 26
    return y


def poster_a():
    W, H = 2560, 1440
    im = bg_a(W, H)
    d = ImageDraw.Draw(im)
    logo_lines(d, 60, 40, WHITE, CYAN_A, 1.1)
    d.text((60, 128), "地址：中南大学新校区 科教南楼报告厅", font=font(21), fill=PALE_A)
    ctext(d, W / 2, 30, "第106届中国Linux内核开发者大会", font(58, True), WHITE)
    ctext(d, W / 2, 112, "大会全议程　AGENDA", font(28, True), CYAN_A)
    rtext(d, W - 60, 34, "中南大学", font(38, True), WHITE)
    rtext(d, W - 60, 84, "CENTRAL SOUTH UNIVERSITY", font(16, True), PALE_A)
    pill = "2111年11月14日—15日 ｜ 长沙"
    pw = tw(d, pill, font(24, True)) + 48
    d.rounded_rectangle([W - 60 - pw, 118, W - 60, 162], radius=22, fill=YEL_A)
    d.text((W - 60 - pw + 24, 122), pill, font=font(24, True), fill=NAVY_A)
    d.line([(40, 188), (W - 40, 188)], fill=(70, 120, 230), width=2)
    # day one: 主论坛 in a panel at the left
    name, host, _, slots = FORUMS_A[0]
    X0, X1, Y0 = 40, 730, 208
    d.rounded_rectangle([X0, Y0, X1, 1400], radius=14, fill=CARD_A, outline=(60, 104, 214), width=2)
    d.rounded_rectangle([X0, Y0, X1, Y0 + 58], radius=14, fill=YEL_A)
    d.rectangle([X0, Y0 + 30, X1, Y0 + 58], fill=YEL_A)
    d.text((X0 + 24, Y0 + 9), "DAY 1 · 11月14日 周六", font=font(30, True), fill=NAVY_A)
    y = Y0 + 82
    d.text((X0 + 24, y + 4), "▶▶", font=font(28, True), fill=CYAN_A)
    d.text((X0 + 88, y), name, font=font(34, True), fill=WHITE)
    rtext(d, X1 - 24, y - 2, "主持人：" + host[0], font(23, True), WHITE)
    rtext(d, X1 - 24, y + 30, host[1], font(18), PALE_A)
    y += 68
    d.rectangle([X0 + 24, y, X1 - 24, y + 4], fill=CYAN_A)
    y = rows_a(d, X0 + 24, y + 24, X1 - X0 - 48, slots, True)
    assert y <= 1400, y
    # day two: one date header over three columns
    RX0, RX1 = 770, W - 40
    d.rounded_rectangle([RX0, Y0, RX1, Y0 + 58], radius=14, fill=YEL_A)
    d.text((RX0 + 24, Y0 + 9), "DAY 2 · 11月15日 周日", font=font(30, True), fill=NAVY_A)
    rtext(d, RX1 - 24, Y0 + 14, "上午　三个分论坛同时进行", font(24, True), NAVY_A)
    gap = 28
    cw = (RX1 - RX0 - 2 * gap) / 3
    bottoms = []
    for k, (name, host, _, slots) in enumerate(FORUMS_A[1:]):
        cx0 = RX0 + k * (cw + gap)
        y = Y0 + 80
        top = y
        nx = number_box(d, cx0 + 24, y + 22, "%02d" % (k + 1), CYAN_A, NAVY_A, 44) + 14
        d.text((nx, y + 18), name, font=font(30, True), fill=WHITE)
        y += 82
        hn = "主持人：" + host[0]
        d.text((cx0 + 24, y), hn, font=font(22, True), fill=WHITE)
        d.text((cx0 + 24 + tw(d, hn, font(22, True)) + 14, y + 3), host[1], font=font(18), fill=PALE_A)
        y += 42
        d.rectangle([cx0 + 24, y, cx0 + cw - 24, y + 3], fill=CYAN_A)
        y = rows_a(d, cx0 + 24, y + 22, cw - 48, [s for s in slots if s["title"] != "闭幕式"], False)
        bottoms.append((cx0, top, y))
    yb = max(b for *_, b in bottoms)
    for cx0, top, _ in bottoms:  # each column's frame, as tall as the longest
        d.rounded_rectangle([cx0, top, cx0 + cw, yb], radius=14, outline=(60, 104, 214), width=2)
    y = yb + 20
    close = [s for s in FORUMS_A[1][3] if s["title"] == "闭幕式"][0]
    d.rounded_rectangle([RX0, y, RX1, y + 60], radius=12, fill=(226, 84, 152))
    ctext(d, (RX0 + RX1) / 2, y + 10, rng(close) + "　" + close["title"], font(28, True), WHITE)
    y += 110
    ctext(d, (RX0 + RX1) / 2 - 90, y, "支持单位", font(30, True), WHITE)
    y += 60
    bw, bh = (RX1 - RX0 - 260 - 3 * 20) / 4, 64
    for i, u in enumerate(UNITS_A):
        bx, by = RX0 + (i % 4) * (bw + 20), y + (i // 4) * (bh + 18)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=WHITE)
        ctext(d, bx + bw / 2, by + 14, u, font(28, True), (24, 40, 110))
    qrcode(d, RX1 - 190, y - 40, 170, 4112)
    ctext(d, RX1 - 105, y + 140, "扫码观看直播", font(20, True), WHITE)
    y = H - 62
    d.text((RX0, y), "主办：中国Linux内核开发者大会组委会　　承办：中南大学计算机学院　　* 议程如有调整，以现场公告为准",
           font=font(19), fill=PALE_A)
    assert y + 30 <= H, y
    return im, forums_truth(FORUMS_A)


# ===========================================================================
# 2. CLK 2112 (第107届), 杭州, 2112-11-19 and 2112-11-20: the organisers' violet
#    long image, 1080 px wide.  A date BANNER opens each day (a white block
#    'DAY' over '01', then '11月19日 周六').  The SAME forums run on both days:
#    内存管理分论坛 and 虚拟化与机密计算分论坛 on the afternoon of day one and the
#    morning of day two, each day with ANOTHER host, and 主论坛, which opens day
#    one and closes day two (with yet another host; its closing speech is given
#    by day one's host).  Rows: the range at the left, a dot on a line, the bold
#    title, per speaker the padded name and 'company job'.  Breaks: bands.
D1_B, D2_B = "2112-11-19", "2112-11-20"
FORUMS_B = [
    ("主论坛", ("钱伟", "浙江大学 教授"), D1_B, [
        T("09:00", "09:15", "开幕致辞", [S("陈刚", "浙江大学", "副校长")], "钱伟"),
        T("09:15", "10:05", "openEuler 内核在 AI 服务器上的特性路线", [S("杨志华", "华为", "openEuler 内核 SIG Maintainer")],
          "钱伟"),
        B("10:05", "10:20", "茶歇"),
        T("10:20", "11:10", "Rust for Linux 驱动落地：从 NVMe 到 GPU", [S("黄俊", "阿里云", "内核专家")], "钱伟"),
        B("11:10", "11:40", "全体合影"),
        B("11:40", "13:30", "午餐"),
    ]),
    ("内存管理分论坛", ("林静", "阿里云 内核专家"), D1_B, [
        T("13:30", "14:10", "memdesc 与 struct page 瘦身的最新进展", [S("吕强", "字节跳动", "内核工程师")], "林静"),
        T("14:10", "14:50", "hugetlb 与 THP 的统一：碎片与分配延迟",
          [S("刘敏", "腾讯", "高级工程师"), S("高峰", "腾讯", "工程师")], "林静"),
        B("14:50", "15:05", "茶歇"),
    ]),
    ("虚拟化与机密计算分论坛", ("韩涛", "蚂蚁集团 技术专家"), D1_B, [
        T("13:30", "14:10", "KVM dirty ring 在热迁移中的收益与代价", [S("郭宇", "腾讯云", "虚拟化工程师")], "韩涛"),
        T("14:10", "14:50", "Arm CCA Realm 的 Linux 支持现状", [S("罗晨", "华为", None)], "韩涛"),
        B("14:50", "15:05", "茶歇"),
    ]),
    ("内存管理分论坛", ("马丽", "字节跳动 高级工程师"), D2_B, [
        T("09:00", "09:40", "swap table 重构与 zswap 写回策略", [S("邓超", "OPPO", "内核工程师")], "马丽"),
        T("09:40", "10:20", "CXL 共享内存的一致性与故障隔离", [S("袁志", "浪潮信息", "系统架构师")], "马丽"),
        B("10:20", "10:40", "茶歇"),
    ]),
    ("虚拟化与机密计算分论坛", ("周洁", "浙江大学 副教授"), D2_B, [
        T("09:00", "09:40", "VDUSE：用户态块设备的虚拟化数据通路", [S("朱磊", "字节跳动", "高级工程师")], "周洁"),
        T("09:40", "10:20", "机密虚拟机中的 swiotlb 与 I/O 性能", [S("徐静", "海光信息", "工程师")], "周洁"),
        B("10:20", "10:40", "茶歇"),
    ]),
    ("主论坛", ("孔德华", "浙江大学 教授"), D2_B, [
        T("10:40", "11:00", "闭幕致辞", [S("钱伟", "浙江大学", "教授")], "孔德华"),
        B("11:00", "12:30", "午餐"),
    ]),
]
INTRO_B = ("第107届中国 Linux 内核开发者大会（CLK 2112）于 2112 年 11 月 19 日至 20 日在浙江大学举行，为期两天。"
           "首日上午为主论坛；首日下午与次日上午，内存管理、虚拟化与机密计算两个分论坛连续进行，次日上午回到主会场闭幕。")
UNITS_B = ["华为", "阿里云", "字节跳动", "腾讯", "蚂蚁集团", "海光信息", "浪潮信息", "openEuler", "龙蜥社区"]
CYAN_B, LAV_B, PINK_B = (104, 228, 255), (206, 196, 246), (255, 136, 200)
# where each day starts, and the bands printed before a forum (by its index)
DAYS_B = {0: ("01", "11月19日 周六", "第一天"), 3: ("02", "11月20日 周日", "第二天")}
BANDS_B = {1: "— 下午　两个分论坛同时进行 —", 3: "— 上午　两个分论坛同时进行 —", 5: "— 回到主会场 —"}


def paint_b(im, d):
    W = im.size[0]
    logo_lines(d, 56, 48, WHITE, (210, 150, 255))
    rtext(d, W - 56, 46, "浙江大学", font(34, True), WHITE)
    rtext(d, W - 56, 90, "ZHEJIANG UNIVERSITY", font(16, True), LAV_B)
    d.text((56, 170), "第107届中国", font=font(76, True), fill=WHITE)
    d.text((56, 266), "Linux内核开发者大会", font=font(76, True), fill=WHITE)
    pill = "2112年11月19日—20日 ｜ 杭州"
    d.rounded_rectangle([56, 392, 56 + tw(d, pill, font(30, True)) + 56, 446], radius=27, fill=WHITE)
    d.text((84, 398), pill, font=font(30, True), fill=(92, 40, 170))
    d.text((56, 474), "地址：浙江大学紫金港校区 国际会议中心", font=font(26), fill=WHITE)
    y = 548
    for ln in wrap(d, INTRO_B, font(22), W - 112):
        d.text((56, y), ln, font=font(22), fill=LAV_B)
        y += 36
    y += 90
    d.text((W / 2 - 240, y - 30), "AGENDA", font=font(112, True), fill=(54, 28, 116), stroke_width=2,
           stroke_fill=(130, 90, 220))
    ctext(d, W / 2, y, "大会议程", font(62, True), WHITE)
    y += 140
    X0, X1 = 56, W - 56
    RX, DX, TX = X0, X0 + 208, X0 + 236
    ft, fn, fa, fr = font(26, True), font(24), font(20), font(23, True)
    for k, (name, host, _, slots) in enumerate(FORUMS_B):
        if k in DAYS_B:
            num, date, label = DAYS_B[k]
            if k:
                y += 30
            d.rounded_rectangle([X0 - 16, y, X1 + 16, y + 120], radius=18, fill=(150, 60, 210))
            d.rounded_rectangle([X0 + 4, y + 14, X0 + 104, y + 106], radius=10, fill=WHITE)
            ctext(d, X0 + 54, y + 18, "DAY", font(22, True), (110, 50, 190))
            ctext(d, X0 + 54, y + 42, num, font(44, True), (110, 50, 190))
            d.text((X0 + 134, y + 24), date, font=font(50, True), fill=WHITE)
            rtext(d, X1 - 8, y + 40, label, font(30, True), LAV_B)
            y += 170
        if k in BANDS_B:
            ctext(d, W / 2, y, BANDS_B[k], font(30, True), PINK_B)
            y += 80
        if name == "主论坛":
            d.text((X0, y + 2), "▶▶", font=font(36, True), fill=PINK_B)
            nx = X0 + 84
        else:
            nx = number_box(d, X0, y + 4, "01" if "内存" in name else "02", PINK_B, WHITE, 54) + 18
        d.text((nx, y - 2), name, font=font(42, True), fill=WHITE)
        rtext(d, X1, y - 6, "主持人：" + pad(host[0]), font(28, True), WHITE)
        rtext(d, X1, y + 34, host[1], font(20), LAV_B)
        y += 84
        d.rectangle([X0, y, X1, y + 5], fill=CYAN_B)
        y += 36
        top = y
        for s in slots:
            if s["kind"] == "break":
                d.rounded_rectangle([X0, y, X1, y + 52], radius=10, fill=(74, 36, 140))
                d.text((RX + 14, y + 11), rng(s), font=fr, fill=PINK_B)
                if s["title"] in MEALS:
                    cup(d, TX, y + 10, PINK_B)
                d.text((TX + 44, y + 9), s["title"], font=font(25, True), fill=PINK_B)
                y += 82
                continue
            d.text((RX, y + 2), rng(s), font=fr, fill=CYAN_B)
            d.ellipse([DX - 7, y + 12, DX + 7, y + 26], fill=CYAN_B)
            for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
                d.text((TX, y), ln, font=ft, fill=WHITE)
                y += 39
            y += 4
            for sp in s["sp"]:
                nm = pad(sp[0])
                d.text((TX, y), nm, font=fn, fill=WHITE)
                d.text((TX + max(tw(d, "王　王", fn), tw(d, nm, fn)) + 20, y + 3), aff(sp), font=fa, fill=LAV_B)
                y += 36
            y += 36
        d.line([(DX, top), (DX, y - 40)], fill=(120, 90, 200), width=2)
        y += 40
    y += 30
    ctext(d, W / 2, y, "支持单位", font(40, True), WHITE)
    y += 80
    bw, bh = (X1 - X0 - 2 * 24) / 3, 76
    for i, u in enumerate(UNITS_B):
        bx, by = X0 + (i % 3) * (bw + 24), y + (i // 3) * (bh + 20)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=WHITE)
        ctext(d, bx + bw / 2, by + 18, u, font(30, True), (70, 30, 120))
    y += 3 * (bh + 20) + 40
    qrcode(d, W / 2 - 100, y, 200, 4121)
    ctext(d, W / 2, y + 220, "扫码报名 · 两天议程同步直播", font(28, True), WHITE)
    ctext(d, W / 2, y + 276, "主办：中国Linux内核开发者大会组委会　承办：浙江大学计算机科学与技术学院", font(20), LAV_B)
    return y + 340


def bg_b(w, h):
    im = vgrad(w, h, (58, 22, 118), (18, 10, 56))
    im = glow(im, 880, 320, 380, (210, 90, 255), 0.45)
    im = glow(im, 140, 1500, 320, (70, 120, 255), 0.3)
    im = glow(im, 940, h // 2, 420, (255, 90, 190), 0.22)
    im = glow(im, 200, h - 1400, 380, (90, 140, 255), 0.25)
    d = ImageDraw.Draw(im)
    for i in range(6):  # neon streaks of the header
        d.line([(560 + i * 70, 0), (1080, 420 - i * 60)], fill=(124, 72, 220), width=2)
    return grain(im, 4122, 0.016)


def poster_b():
    im = two_pass(1080, paint_b, bg_b)
    return jpeg_round_trip(im, 92), forums_truth(FORUMS_B)


# ===========================================================================
# 3. CLK 2113 (第108届), 郑州, the AFTERNOON of 2113-11-04 and the MORNING of
#    2113-11-05: a light long image, 1242 px wide (a teal header, white cards
#    on an off-white page).  Each half day opens with a dark date bar
#    ('11月4日 周六 · 下午'); day one's bar names the forum and its host
#    ('主论坛 ｜ 主持人：name（unit）'), its rows: a range chip LEFT of the
#    title, 'name  company job' under it.  Day two's bar says that two forums
#    run at once; they stand in TWO columns side by side, each card with a
#    coloured head (number, name, '主持人：name（unit）'), the range on its own
#    line, the title, the name over 'company job'.  A closing band spans both.
D1_C, D2_C = "2113-11-04", "2113-11-05"
FORUMS_C = [
    ("主论坛", ("訾红", "郑州大学 教授"), D1_C, [
        B("13:00", "13:30", "签到"),
        T("13:30", "13:45", "开幕致辞", [S("李国强", "郑州大学", "副校长")], "訾红"),
        T("13:45", "14:30", "国产 CPU 平台上的内核适配：从固件到驱动", [S("张伟", "飞腾", "内核技术专家")], "訾红"),
        T("14:30", "15:15", "KASAN 与 KFENCE：线上内存错误检测的取舍", [S("史磊", "百度", "资深工程师")], "訾红"),
        B("15:15", "15:30", "茶歇"),
        T("15:30", "16:15", "io_uring 在存储引擎中的应用与陷阱",
          [S("贾斌", "蚂蚁集团", "技术专家"), S("田芳", "蚂蚁集团", "高级工程师")], "訾红"),
        B("16:15", "16:30", "合影留念"),
    ]),
    ("文件系统与存储分论坛", ("孟凡", "郑州大学 副教授"), D2_C, [
        T("09:00", "09:45", "XFS 大块（large block size）支持的实现与测试", [S("侯杰", "华为", "文件系统工程师")], "孟凡"),
        T("09:45", "10:30", "NVMe FDP 与 f2fs 的写放大优化", [S("秦雪", "vivo", "存储工程师")], "孟凡"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:30", "dm-verity 与 fs-verity 在车载系统中的应用", [S("谢军", "蔚来汽车", "系统工程师")], "孟凡"),
        B("11:40", "12:00", "闭幕式"),
    ]),
    ("可观测性与 eBPF 分论坛", ("易斌", "字节跳动 技术专家"), D2_C, [
        T("09:00", "09:45", "bpftrace 与 BTF：生产环境的内核追踪实践", [S("龚伟", "腾讯", "高级工程师")], "易斌"),
        T("09:45", "10:30", "fprobe 与 ftrace 返回值追踪的新机制", [S("谭宇", "麒麟软件", None)], "易斌"),
        B("10:30", "10:45", "茶歇"),
        B("11:40", "12:00", "闭幕式"),
    ]),
]
PAGE_C, INK_C, GREY_C = (245, 247, 250), (28, 34, 46), (104, 112, 126)
TEAL_C, DEEP_C, ORANGE_C = (0, 138, 150), (16, 84, 100), (232, 118, 34)


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    # header
    logo_lines(d, 60, 44, WHITE, (255, 214, 120))
    rtext(d, X1 - 12, 50, "CLK 2113", font(34, True), WHITE)
    d.text((60, 160), "第108届中国Linux内核开发者大会", font=font(60, True), fill=WHITE)
    d.text((60, 244), "The 108th China Linux Kernel Developers Conference", font=font(24), fill=(200, 236, 240))
    d.text((60, 304), "2113年11月4日（周六）下午 — 11月5日（周日）上午", font=font(32, True), fill=WHITE)
    d.text((60, 356), "郑州大学主校区 · 图书馆报告厅", font=font(26), fill=(200, 236, 240))
    y = 500
    d.text((X0, y), "议程", font=font(46, True), fill=DEEP_C)
    d.text((X0 + 110, y + 16), "AGENDA", font=font(28, True), fill=TEAL_C)
    y += 90
    ft, fn, fa, fr = font(28, True), font(24, True), font(21), font(24, True)
    # day one: the afternoon, 主论坛, host in the date bar
    name, host, _, slots = FORUMS_C[0]
    d.rounded_rectangle([X0, y, X1, y + 84], radius=14, fill=DEEP_C)
    d.text((X0 + 28, y + 16), "11月4日 周六 · 下午", font=font(36, True), fill=WHITE)
    rtext(d, X1 - 28, y + 24, "%s ｜ 主持人：%s（%s）" % (name, host[0], host[1]), font(25, True), WHITE)
    y += 104
    top = y
    y += 30
    TX = X0 + 250
    for s in slots:
        if s["kind"] == "break":
            d.rectangle([X0 + 20, y, X1 - 20, y + 50], fill=(255, 240, 224))
            d.text((X0 + 40, y + 10), rng(s), font=fr, fill=ORANGE_C)
            d.text((TX, y + 8), s["title"], font=font(26, True), fill=ORANGE_C)
            y += 74
            continue
        d.rounded_rectangle([X0 + 20, y, X0 + 220, y + 44], radius=22, fill=(220, 242, 244))
        ctext(d, X0 + 120, y + 7, rng(s), fr, DEEP_C)
        for ln in wrap_nicely(d, s["title"], ft, X1 - 40 - TX):
            d.text((TX, y + 2), ln, font=ft, fill=INK_C)
            y += 42
        y += 4
        for sp in s["sp"]:
            d.text((TX, y), sp[0], font=fn, fill=INK_C)
            d.text((TX + tw(d, sp[0], fn) + 18, y + 3), aff(sp), font=fa, fill=GREY_C)
            y += 36
        y += 34
    d.rounded_rectangle([X0, top, X1, y], radius=14, outline=(214, 222, 230), width=2)
    y += 50
    # day two: the morning, two forums side by side
    d.rounded_rectangle([X0, y, X1, y + 84], radius=14, fill=DEEP_C)
    d.text((X0 + 28, y + 16), "11月5日 周日 · 上午", font=font(36, True), fill=WHITE)
    rtext(d, X1 - 28, y + 24, "两个分论坛同时进行", font(25, True), WHITE)
    y += 104
    gap = 28
    cw = (X1 - X0 - gap) / 2
    bottoms = []
    for k, (name, host, _, slots) in enumerate(FORUMS_C[1:]):
        cx0 = X0 + k * (cw + gap)
        head = TEAL_C if k == 0 else ORANGE_C
        cy = y
        d.rounded_rectangle([cx0, cy, cx0 + cw, cy + 116], radius=14, fill=head)
        d.rectangle([cx0, cy + 60, cx0 + cw, cy + 116], fill=head)
        d.text((cx0 + 24, cy + 14), "%02d" % (k + 1), font=font(32, True), fill=(255, 236, 200) if k == 0 else (255, 250, 220))
        d.text((cx0 + 80, cy + 14), name, font=font(30, True), fill=WHITE)
        d.text((cx0 + 24, cy + 68), "主持人：%s（%s）" % (host[0], host[1]), font=font(21), fill=WHITE)
        cy += 146
        for s in slots:
            if s["title"] == "闭幕式":
                continue
            if s["kind"] == "break":
                d.rectangle([cx0 + 16, cy, cx0 + cw - 16, cy + 46], fill=(255, 240, 224))
                d.text((cx0 + 32, cy + 8), rng(s) + "　" + s["title"], font=fr, fill=ORANGE_C)
                cy += 70
                continue
            d.text((cx0 + 28, cy), rng(s), font=fr, fill=head)
            cy += 40
            for ln in wrap_nicely(d, s["title"], font(26, True), cw - 56):
                d.text((cx0 + 28, cy), ln, font=font(26, True), fill=INK_C)
                cy += 38
            cy += 4
            for sp in s["sp"]:
                d.text((cx0 + 28, cy), sp[0], font=font(23, True), fill=INK_C)
                cy += 34
                d.text((cx0 + 28, cy), aff(sp), font=font(20), fill=GREY_C)
                cy += 32
            cy += 30
        bottoms.append((cx0, cy))
    yb = max(b for _, b in bottoms)
    for cx0, _ in bottoms:
        d.rounded_rectangle([cx0, y, cx0 + cw, yb], radius=14, outline=(214, 222, 230), width=2)
    y = yb + 30
    close = FORUMS_C[1][3][-1]
    d.rounded_rectangle([X0, y, X1, y + 64], radius=14, fill=ORANGE_C)
    ctext(d, W / 2, y + 12, rng(close) + "　" + close["title"], font(30, True), WHITE)
    y += 120
    qrcode(d, X0, y, 150, 4131)
    d.text((X0 + 180, y + 6), "扫码加入大会交流群", font=font(26, True), fill=INK_C)
    d.text((X0 + 180, y + 52), "主办：中国Linux内核开发者大会组委会", font=font(21), fill=GREY_C)
    d.text((X0 + 180, y + 86), "承办：郑州大学计算机与人工智能学院　　* 议程以现场为准", font=font(21), fill=GREY_C)
    return y + 210


def bg_c(w, h):
    im = Image.new("RGB", (w, h), PAGE_C)
    im.paste(vgrad(w, 440, (0, 150, 160), (22, 86, 168)), (0, 0))
    im = glow(im, 1060, 120, 260, (120, 255, 230), 0.35)
    d = ImageDraw.Draw(im)
    for i in range(5):  # a designer's thin arcs in the header
        d.arc([700 + i * 40, -300 + i * 20, 1500 + i * 40, 500 + i * 20], 100, 200, fill=(90, 200, 210), width=2)
    return im


def poster_c():
    return two_pass(1242, paint_c, bg_c), forums_truth(FORUMS_C)


# ===========================================================================
# 4. CLK 2114 (第109届), 南昌, 2114-10-27 and 2114-10-28: a 1920 x 1358 printed
#    timetable (light paper, navy ink), ONE ruled table for both days with a
#    time column at the left.  A navy band opens each day ('DAY 1　10月27日
#    周六', the forum and its host in the band).  Day one's rows span the table:
#    the title at the left of the cell, the speaker(s) 'name  company job'
#    right-aligned on the same line.  Day two: a head row with three forums
#    ('01 name' over '主持人：name（unit）'), rows of three talks beside ONE
#    shared range, the name and 'company job' under each title; a 茶歇 row and
#    a closing row spanning the three columns.
D1_D, D2_D = "2114-10-27", "2114-10-28"
FORUMS_D = [
    ("主论坛", ("邓文", "南昌大学 教授"), D1_D, [
        T("09:00", "09:15", "开幕致辞", [S("曾强", "南昌大学", "副校长")], "邓文"),
        T("09:15", "10:00", "Landlock 与 LSM 栈式加载：内核沙箱的新进展", [S("黄磊", "阿里云", "安全专家")], "邓文"),
        T("10:00", "10:45", "Scaling the Page Allocator on 512-Core Arm Servers",
          [S("Jonas Lindqvist", "Arm", "Staff Engineer")], "邓文"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "syzkaller 在文件系统模糊测试中的新发现",
          [S("江峰", "华为", "测试专家"), S("熊丽", "华为", "工程师")], "邓文"),
        B("11:45", "13:30", "午餐"),
        T("13:30", "14:15", "面向 AI 推理的 CPU 带宽控制：cpu.max 与 burst", [S("范文", "小米", "内核专家")], "邓文"),
        B("14:30", "17:30", "Hackathon 动手实践"),
    ]),
    ("内存管理分论坛", ("朱红", "南昌大学 副教授"), D2_D, [
        T("09:00", "09:45", "页表回收（page table reclaim）在大内存机器上的收益", [S("冯磊", "vivo", "内核工程师")], "朱红"),
        T("09:45", "10:30", "memcg v1 退场：迁移到 cgroup v2 的坑", [S("任静", "美团", "系统工程师")], "朱红"),
        B("10:30", "10:45", "茶歇"),
        B("10:45", "11:15", "闭幕式"),
    ]),
    ("存储与 I/O 分论坛", ("杜强", "中国科学技术大学 副教授"), D2_D, [
        T("09:00", "09:45", "blk-mq 在 NVMe-oF 中的 CPU 亲和与中断绑定", [S("叶明", "京东云", "存储专家")], "杜强"),
        T("09:45", "10:30", "Btrfs RAID 5/6 写洞问题的修复进展", [S("丁宁", "SUSE", "工程师")], "杜强"),
        B("10:30", "10:45", "茶歇"),
        B("10:45", "11:15", "闭幕式"),
    ]),
    ("体系结构与虚拟化分论坛", ("汪洋", "江西师范大学 教授"), D2_D, [
        T("09:00", "09:45", "LoongArch 虚拟化扩展 LVZ 的 KVM 实现", [S("雷鸣", "龙芯中科", "工程师")], "汪洋"),
        T("09:45", "10:30", "ARM64 SME 在 KVM 中的状态保存与恢复", [S("姜涛", "统信软件", None)], "汪洋"),
        B("10:30", "10:45", "茶歇"),
        B("10:45", "11:15", "闭幕式"),
    ]),
]
NAVY_D, INK_D, GREY_D, RULE_D = (24, 48, 110), (26, 30, 40), (96, 104, 120), (176, 188, 210)
GOLD_D, TINT_D, HEAD_D = (255, 206, 84), (236, 241, 249), (222, 231, 247)


def poster_d():
    W, H = 1920, 1358
    im = grain(Image.new("RGB", (W, H), (250, 249, 244)), 4141, 0.03)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 168], fill=NAVY_D)
    logo_lines(d, 44, 44, WHITE, GOLD_D)
    ctext(d, W / 2, 30, "第109届中国Linux内核开发者大会 · 大会日程", font(46, True), WHITE)
    ctext(d, W / 2, 104, "2114年10月27日—28日　南昌大学前湖校区 学术交流中心", font(24), (196, 210, 240))
    rtext(d, W - 44, 40, "南昌大学", font(34, True), WHITE)
    rtext(d, W - 44, 88, "NANCHANG UNIVERSITY", font(15, True), (196, 210, 240))
    X0, TC, X1 = 40, 232, W - 40
    cw = (X1 - TC) / 3
    y = 196

    def band(y, left, mid, right):
        d.rectangle([X0, y, X1, y + 54], fill=NAVY_D)
        d.text((X0 + 18, y + 10), left, font=font(28, True), fill=WHITE)
        if mid:
            d.text((TC + 300, y + 10), mid, font=font(28, True), fill=GOLD_D)
        rtext(d, X1 - 18, y + 14, right, font(23), WHITE)
        return y + 54

    def row_lines(y, h, cols):
        d.line([(X0, y + h), (X1, y + h)], fill=RULE_D, width=1)
        for cx in cols:
            d.line([(cx, y), (cx, y + h)], fill=RULE_D, width=1)

    def span_break(y, s, fill, ink):
        h = 46
        d.rectangle([X0, y, X1, y + h], fill=fill)
        ctext(d, (X0 + TC) / 2, y + 9, rng(s), font(22, True), ink)
        if s["title"] in MEALS:
            cup(d, TC + 24, y + 8, ink, 0.8)
        d.text((TC + 62, y + 7), s["title"], font=font(23, True), fill=ink)
        row_lines(y, h, (X0, TC, X1))
        return y + h

    # day one: 主论坛, rows across the table
    name, host, _, slots = FORUMS_D[0]
    y = band(y, "DAY 1　10月27日 周六", name, "主持人：%s（%s）" % host)
    ft, fn, fa = font(24, True), font(21, True), font(18)
    for s in slots:
        if s["kind"] == "break":
            y = span_break(y, s, TINT_D, NAVY_D)
            continue
        h = 26 + 34 * len(s["sp"])
        ctext(d, (X0 + TC) / 2, y + 16, rng(s), font(22, True), NAVY_D)
        d.text((TC + 24, y + 14), s["title"], font=ft, fill=INK_D)
        sy = y + 16
        for sp in s["sp"]:
            a = aff(sp)
            rtext(d, X1 - 24, sy + 2, a, fa, GREY_D)
            rtext(d, X1 - 24 - tw(d, a, fa) - 14, sy, sp[0], fn, INK_D)
            sy += 34
        row_lines(y, h, (X0, TC, X1))
        y += h
    # day two: three forums beside one time column
    y = band(y, "DAY 2　10月28日 周日　上午", None, "三个分论坛同时进行")
    cols = [X0, TC] + [TC + cw * k for k in (1, 2)] + [X1]
    d.rectangle([X0, y, X1, y + 86], fill=HEAD_D)
    ctext(d, (X0 + TC) / 2, y + 26, "时间", font(24, True), NAVY_D)
    for k, (name, host, _, _) in enumerate(FORUMS_D[1:]):
        cx = TC + cw * k
        d.text((cx + 20, y + 10), "%02d  %s" % (k + 1, name), font=font(25, True), fill=NAVY_D)
        d.text((cx + 20, y + 50), "主持人：%s（%s）" % host, font=font(19), fill=GREY_D)
    row_lines(y, 86, cols)
    y += 86
    day2 = [f[3] for f in FORUMS_D[1:]]
    for i in range(len(day2[0])):
        ss = [slots[i] for slots in day2]
        assert len({(s["start"], s["end"], s["kind"]) for s in ss}) == 1
        s0 = ss[0]
        if s0["kind"] == "break":
            closing = s0["title"] == "闭幕式"
            y = span_break(y, s0, (255, 244, 214) if closing else TINT_D, (150, 96, 0) if closing else NAVY_D)
            continue
        cells = []
        for s in ss:
            tl = wrap(d, s["title"], font(23, True), cw - 44)
            cells.append((tl, s["sp"]))
        h = max(len(tl) * 33 + 34 * len(sp) for tl, sp in cells) + 38
        ctext(d, (X0 + TC) / 2, y + h / 2 - 15, rng(s0), font(22, True), NAVY_D)
        for k, (tl, sps) in enumerate(cells):
            cx, cy = TC + cw * k + 22, y + 18
            for ln in tl:
                d.text((cx, cy), ln, font=font(23, True), fill=INK_D)
                cy += 33
            cy += 4
            for sp in sps:
                d.text((cx, cy), sp[0], font=font(20, True), fill=INK_D)
                d.text((cx + tw(d, sp[0], font(20, True)) + 12, cy + 2), aff(sp), font=font(18), fill=GREY_D)
                cy += 34
        row_lines(y, h, cols)
        y += h
    d.rectangle([X0, 196, X1, y], outline=NAVY_D, width=2)
    assert y + 30 <= H - 96, y
    y = H - 96
    d.text((X0, y), "主办：中国Linux内核开发者大会组委会　　承办：南昌大学数学与计算机学院　　支持：openEuler · 龙蜥社区 · OpenCloudOS",
           font=font(19), fill=GREY_D)
    d.text((X0, y + 34), "* 议程如有调整，以大会现场公告为准；Hackathon 名额有限，请于会前报名。", font=font(19), fill=GREY_D)
    qrcode(d, X1 - 84, y - 12, 84, 4142)
    return im, forums_truth(FORUMS_D)


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-39 (and 4..38 before it): speakers are names as printed with spaces removed "
    "(the padding of two-character names too: '陈　刚' -> '陈刚'; the Latin names 'Marco Bianchi' -> 'MarcoBianchi', "
    "'Jonas Lindqvist' -> 'JonasLindqvist'); host is the chair printed for the forum covering the slot, on the day it "
    "runs, null for breaks; start/end always HH:MM on a 24-hour clock; where two speakers are printed each has his own "
    "affiliation, given per speaker; affiliations keep a printed job title, joined to the company by one space, and a "
    "speaker printed with a company and no job has the company alone ('何丽  字节跳动', '罗晨  华为', '谭宇' over "
    "'麒麟软件', '姜涛  统信软件'); break titles are as printed; an opening or a closing speech printed with a speaker is "
    "a talk; a slot printed without a speaker ('签到', '全体合影', '合影留念', '闭幕式', 'Hackathon 动手实践') is a break. "
    "As on set 30's two-day poster, every forum carries a 'date': the date of the day section it is printed under; the "
    "poster's own 'date' is its first day. Four editions, each on ONE picture only, so no talk is on two posters: CLK "
    "2111 (第106届, 长沙), CLK 2112 (第107届, 杭州), CLK 2113 (第108届, 郑州), CLK 2114 (第109届, 南昌). Each picture is "
    "the one agenda image of a whole edition that spans TWO days; each day (or half day) is a section opened by a header "
    "that prints its date ('DAY 1 · 11月14日 周六'; '11月19日 周六' beside a block 'DAY' over '01'; '11月4日 周六 · 下午'; "
    "'DAY 1　10月27日 周六'), and the weekdays agree with the calendar. The forums are listed in printed order: down the "
    "picture, and left to right where forums stand side by side in columns. Headers, introductions, addresses, the pills "
    "and lines with both dates ('2111年11月14日—15日 ｜ 长沙'), notes, QR captions, support-unit boxes, organiser lines and "
    "bands such as '上午　三个分论坛同时进行', '— 下午　两个分论坛同时进行 —', '— 回到主会场 —' or '两个分论坛同时进行' are "
    "never part of a name, a title or a slot; the numbers ('01'..'03'), '▶▶', 'DAY 1'/'DAY 2' and the labels "
    "'第一天'/'第二天' are no part of a forum's name. A break printed ACROSS the columns of parallel forums (a closing "
    "band, a row of a table spanning the forum columns) is a break of each of those forums, as in sets 21 and 30. Added "
    "or stressed here: (1) CLK 2111 (PNG, a 2560 x 1440 landscape in the organisers' navy): day one at the LEFT in a "
    "panel: a yellow header 'DAY 1 · 11月14日 周六', '▶▶ 主论坛' with '主持人：冼志伟' over '中南大学 教授' at the right, "
    "rows with the range LEFT of the title and 'name  company job' under it. Day two at the RIGHT: ONE yellow header "
    "'DAY 2 · 11月15日 周日' (with '上午　三个分论坛同时进行' at its right end) over THREE columns side by side, 01 "
    "内存与存储分论坛, 02 调度与实时分论坛, 03 网络与 eBPF 分论坛, each with '主持人：name  unit' on one line under its "
    "name and each talk's range on a line of its own over the title; a pink band '10:40-11:10　闭幕式' across the three "
    "columns is a break of each of the three forums. The left panel's lines stand level with the columns' lines (day "
    "one's 09:15-10:00 beside day two's 09:00-09:40): a line's neighbour across the picture belongs to the other day. "
    "'Marco Bianchi  SUSE Kernel Architect' gives 'SUSE Kernel Architect'. Uncommon surname 冼 (the host of day one). "
    "(2) CLK 2112 (JPEG q88 after a q92 round trip, 1080 px wide): the organisers' violet long image with a date BANNER "
    "per day. The SAME forums run on both days: 内存管理分论坛 and 虚拟化与机密计算分论坛 on the afternoon of day one "
    "(hosts 林静 and 韩涛) and the morning of day two (hosts 马丽 and 周洁), under the same names and numbers ('01', "
    "'02'); 主论坛 opens day one (host 钱伟) and, after the band '— 回到主会场 —', closes day two (host 孔德华) with "
    "'闭幕致辞' given by 钱伟 as its SPEAKER. So the truth has six forums, three names each twice, told apart by date "
    "and host. Names and hosts are padded ('陈　刚', '主持人：钱　伟'). '杨志华  华为 openEuler 内核 SIG Maintainer' gives "
    "'华为 openEuler 内核 SIG Maintainer'. The introduction tells which forums run when (prose, no slot). (3) CLK 2113 "
    "(PNG, a light long image, 1242 px wide): an edition of an AFTERNOON and the next MORNING, two sections with dark "
    "date bars '11月4日 周六 · 下午' and '11月5日 周日 · 上午' (the header: '2113年11月4日（周六）下午 — 11月5日（周日）"
    "上午'). Day one's bar holds the forum and its host at its right end ('主论坛 ｜ 主持人：訾红（郑州大学 教授）'), the "
    "only place 主论坛 is named; its rows: a range chip LEFT of the title, 'name  company job' under it; the day starts "
    "with '13:00-13:30 签到'. Day two: TWO forums in columns side by side, each card's coloured head '01 文件系统与存储"
    "分论坛' over '主持人：孟凡（郑州大学 副教授）', per talk the range on its own line, the title, the name over "
    "'company job'; the columns are of unequal length (the second forum ends with its 茶歇); an orange band "
    "'11:40-12:00　闭幕式' across both columns is a break of each forum. 'XFS 大块（large block' / 'size）支持的实现与测试' "
    "is one title, joined with a space ('large block size'). Uncommon surname 訾 (the host of day one). (4) CLK 2114 "
    "(JPEG q90, a 1920 x 1358 landscape timetable): ONE ruled table for both days, a navy band per day. 'DAY 1　10月27日 "
    "周六' with '主论坛' in gold in the band and '主持人：邓文（南昌大学 教授）' at its right end; day one's rows span the "
    "table: the range in the time column, the title at the left of the wide cell and the speaker(s) 'name  company job' "
    "right-aligned at the right end of the same row (江峰 and 熊丽 on two lines). 'DAY 2　10月28日 周日　上午' with "
    "'三个分论坛同时进行' at its right end; a head row '时间 | 01 内存管理分论坛 / 主持人：朱红（南昌大学 副教授） | 02 … "
    "| 03 …'; rows of three talks beside ONE shared range (each of the three talks gets that range); a '茶歇' row and "
    "a '闭幕式' row spanning the three columns are breaks of each forum. '14:30-17:30 Hackathon 动手实践' is a "
    "speakerless slot of 主论坛, a break; nothing is printed between 14:15 and 14:30. The note under the table "
    "('Hackathon 名额有限，请于会前报名') holds no slot. The title '开幕致辞' is on all four posters: the openings of four "
    "editions with different speakers, not one talk."
)

LAYOUTS = {
    "landscape-2560-day2-three-columns.png": (
        "CLK 2111 (第106届), 长沙, 2111-11-14 and 2111-11-15 (PNG, 2560 x 1440): a landscape in the organisers' navy: "
        "a header (logo lines, the conference, '中南大学', a pill with both dates); at the left a panel 'DAY 1 · "
        "11月14日 周六' with 主论坛 (host at the right, range left of the title, 'name  company job' under it); at the "
        "right ONE header 'DAY 2 · 11月15日 周日' over THREE forum columns side by side (host under each name, the "
        "range on its own line over the title), a closing band across them, support units and a QR code. Uncommon "
        "surname 冼. 6 + 2 + 2 + 2 talks.",
        D1_A, poster_a, None),
    "long-two-days-same-forums.jpg": (
        "CLK 2112 (第107届), 杭州, 2112-11-19 and 2112-11-20 (JPEG q88, 1080 x 5306): the organisers' violet long "
        "image, a date banner per day ('DAY' over '01', '11月19日 周六', '第一天'); 主论坛 on the morning of day one, "
        "内存管理分论坛 and 虚拟化与机密计算分论坛 on its afternoon and AGAIN on the morning of day two with other hosts, "
        "then 主论坛 again with the closing speech; rows with the range left of a dot, the title, padded names with "
        "'company job'; break bands. 3 + 2 + 2 + 2 + 2 + 1 talks.",
        D1_B, poster_b, 88),
    "light-afternoon-then-morning-columns.png": (
        "CLK 2113 (第108届), 郑州, the afternoon of 2113-11-04 and the morning of 2113-11-05 (PNG, 1242 x 2786): a "
        "light long image; a date bar per half day ('11月4日 周六 · 下午' with '主论坛 ｜ 主持人：…' in it; '11月5日 周日 "
        "· 上午'); day one's rows with a range chip left of the title; day two's two forums as columns side by side "
        "with coloured heads and hosts, a closing band across both. Uncommon surname 訾. 4 + 3 + 2 talks.",
        D1_C, poster_c, None),
    "timetable-1920-two-day-bands.jpg": (
        "CLK 2114 (第109届), 南昌, 2114-10-27 and 2114-10-28 (JPEG q90, 1920 x 1358): a printed timetable, one ruled "
        "table for both days with a navy band per day; day one's 主论坛 rows span the table (title left, speaker "
        "right), day two's three forums stand in three columns beside one shared time column under a head row with "
        "their hosts; 茶歇 and 闭幕式 rows span the columns. 5 + 2 + 2 + 2 talks.",
        D1_D, poster_d, 90),
}


def main():
    posters = []
    for fn, (layout, date, draw, quality) in LAYOUTS.items():
        im, forums = draw()
        assert "%d x %d" % im.size in layout, (fn, im.size)
        if fn.endswith(".jpg"):
            im.save(os.path.join(HERE, fn), "JPEG", quality=quality, subsampling=2)
        else:
            im.save(os.path.join(HERE, fn), optimize=True)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
