"""Draw the thirty-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities and subsampling.  The
set is about the ONE agenda image of a whole edition in the organisers' family
(logo lines, forum headings with the host at the right, a row per talk),
DEGRADED the way pictures in real repositories are: 主论坛 and three parallel
forums on each picture, four editions, no talk on two posters.
  CLK 2101 (JPEG, a phone photo of the printed A4 handout): the sheet rotated
    about 1.5 degrees, in slight perspective (top narrower than the foot), on a
    desk, lit unevenly (bright top left, dark foot right, a glare patch over
    the introduction, the phone's shadow); range LEFT of the title, speakers
    under the title as 'name  company job'.
  CLK 2102 (PNG, a phone's long screenshot of the blue poster scaled to 720 px
    wide): status bar and a viewer's top bar; the range on its OWN line OVER
    the title, padded names; body text 13-15 px high.
  CLK 2103 (JPEG q48 with 4:2:0 chroma subsampling, after a q90 round trip):
    the violet poster whose forums are TABLE BLOCKS (时间 | 议题 | 分享嘉宾),
    coloured text on coloured cells, smeared by the compression.
  CLK 2104 (PNG, the agenda page of the conference site rendered in DARK MODE):
    light grey on near-black, the start over the end at the left, the title,
    per speaker the name and UNDER it 'company job' in grey, a few of those
    lines in a low-contrast grey.
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


def S(name, company, job, dim=False):
    """A speaker as printed: the name, the company, the job title (None where the poster prints none).

    dim marks an affiliation line the dark-mode page prints in a low-contrast grey (poster D only)."""
    return (name, company, job, dim)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; None where no company is printed."""
    _, company, job, _ = sp
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
    return [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, _, slots in forums]


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


def solve(a, b):
    """Gaussian elimination with partial pivoting (8 x 8, for the perspective coefficients)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [m[r][j] - f * m[c][j] for j in range(n + 1)]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): output point dst[i] samples input point src[i]."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -x * u, -y * u])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -x * v, -y * v])
        b.append(v)
    return solve(a, b)


def field(size, fn, step=32):
    """A smooth 'L' picture from fn(x, y) -> 0..255 sampled every step pixels and scaled up bilinearly."""
    w, h = size[0] // step + 2, size[1] // step + 2
    small = Image.new("L", (w, h))
    small.putdata([max(0, min(255, int(fn(i * step, j * step)))) for j in range(h) for i in range(w)])
    return small.resize((w * step, h * step), Image.BILINEAR).crop((0, 0) + size)


# ===========================================================================
# 1. CLK 2101 (第96届), 福州, 2101-10-22: the printed A4 handout (1240 x 1754 at
#    150 dpi) in the organisers' blue, photographed with a phone on a desk.
#    The sheet: a navy header (logo lines, '福州大学', the conference, a date
#    pill, the address), an introduction, '大会议程', then per forum a heading
#    ('▶▶ 主论坛' or a slanted number box and the name; '主持人：name' at the right
#    with the unit under it) and rows: the range LEFT of the bold title, a dot
#    on a thin line between them, 'name  company job' under the title; breaks
#    as tinted bands.  Four forums one under another.
FORUMS_A = [
    ("主论坛", ("陈国栋", "福州大学 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("黄志明", "福州大学", "副校长")], "陈国栋"),
        T("09:15", "10:00", "Linux 内核社区三十年：维护者的交接与传承", [S("王海峰", "华为", "首席内核专家")], "陈国栋"),
        T("10:00", "10:45", "openEuler 内核在多样性算力上的统一支持", [S("李文博", "openEuler 社区", "技术委员会委员")],
          "陈国栋"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "Folio 转换之后：页缓存的下一步",
          [S("张磊", "阿里云", "内核技术专家"), S("刘洋", "阿里云", "高级工程师")], "陈国栋"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("内存管理分论坛", ("林涛", "厦门大学 副教授"), [
        T("13:30", "14:10", "mTHP 在移动设备上的内存碎片治理", [S("郑凯", "OPPO", "内核工程师")], "林涛"),
        T("14:10", "14:50", "基于 memcg 的分层内存回收与 swap 限流", [S("周雪", "字节跳动", "系统工程师")], "林涛"),
        B("14:50", "15:05", "茶歇"),
    ]),
    ("存储与文件系统分论坛", ("吴建平", "中国科学院计算技术研究所 研究员"), [
        T("13:30", "14:10", "XFS 在线修复（online fsck）的进展与实践", [S("徐亮", "蚂蚁集团", "高级技术专家")], "吴建平"),
        T("14:10", "14:50", "NVMe 多路径在分布式存储中的故障切换", [S("谢芳", "腾讯云", None)], "吴建平"),
    ]),
    ("体系结构与虚拟化分论坛", ("郦振宇", "福州大学 教授"), [
        T("13:30", "14:10", "ARM64 pKVM 的隔离机制与机密计算", [S("孙伟", "vivo", "虚拟化工程师")], "郦振宇"),
        T("14:10", "14:50", "RISC-V AIA 中断虚拟化的实现与验证", [S("何宇", "中国科学院软件研究所", "工程师")], "郦振宇"),
        B("14:50", "15:05", "茶歇"),
    ]),
]
INTRO_A = ("中国 Linux 内核开发者大会（CLK）由国内从事 Linux 内核开发的企业、高校与社区共同发起，第96届大会于 10 月 22 日"
           "在福州大学举行。上午为主论坛，下午设内存管理、存储与文件系统、体系结构与虚拟化三个分论坛，来自华为、阿里云、"
           "字节跳动、腾讯、OPPO、vivo 等单位的开发者将分享一线实践。")
NAVY_A, BLUE_A, INK_A, GREY_A = (22, 52, 128), (38, 98, 206), (26, 30, 44), (96, 104, 120)
SHEET_A = (1240, 1754)


def sheet_a():
    """The handout as printed: white paper, ink slightly greyer than a screen's."""
    W, H = SHEET_A
    im = Image.new("RGB", (W, H), (252, 252, 250))
    d = ImageDraw.Draw(im)
    white = (255, 255, 255)
    d.rectangle([0, 0, W, 262], fill=NAVY_A)
    d.polygon([(820, 0), (W, 0), (W, 262), (980, 262)], fill=(30, 66, 150))
    d.polygon([(1010, 0), (1050, 0), (910, 262), (870, 262)], fill=(58, 130, 230))
    logo_lines(d, 70, 30, white, (120, 190, 255), 0.9)
    rtext(d, W - 70, 30, "福州大学", font(30, True), white)
    rtext(d, W - 70, 72, "FUZHOU UNIVERSITY", font(15, True), (190, 210, 240))
    d.text((70, 100), "第96届中国Linux内核开发者大会", font=font(54, True), fill=white)
    pill = "2101年10月22日（周六）· 福州"
    pw = tw(d, pill, font(24, True)) + 48
    d.rounded_rectangle([70, 184, 70 + pw, 230], radius=23, fill=(255, 196, 64))
    d.text((94, 189), pill, font=font(24, True), fill=NAVY_A)
    d.text((94 + pw, 192), "地址：福州大学旗山校区 学术交流中心", font=font(22), fill=(210, 222, 245))
    y = 284
    for ln in wrap(d, INTRO_A, font(18), W - 140):
        d.text((70, y), ln, font=font(18), fill=GREY_A)
        y += 27
    y += 8
    ctext(d, W / 2, y, "大会议程", font(38, True), NAVY_A)
    d.line([(70, y + 28), (W / 2 - 110, y + 28)], fill=BLUE_A, width=2)
    d.line([(W / 2 + 110, y + 28), (W - 70, y + 28)], fill=BLUE_A, width=2)
    y += 62
    X0, X1, TX, DX = 70, W - 70, 270, 240
    ft, fn, fa, fr = font(21, True), font(19, True), font(18), font(20, True)
    for k, (name, host, slots) in enumerate(FORUMS_A):
        if k == 1:
            ctext(d, W / 2, y, "— 下午　三个分论坛同时进行 —", font(22, True), BLUE_A)
            y += 38
        if k == 0:
            d.text((X0, y + 4), "▶▶", font=font(26, True), fill=BLUE_A)
            nx = X0 + 52
        else:
            nx = number_box(d, X0, y + 2, "%02d" % k, BLUE_A, white, 44) + 14
        d.text((nx, y), name, font=font(32, True), fill=NAVY_A)
        rtext(d, X1, y - 2, "主持人：" + host[0], font(22, True), NAVY_A)
        rtext(d, X1, y + 28, host[1], font(17), GREY_A)
        y += 52
        d.line([(X0, y), (X1, y)], fill=BLUE_A, width=3)
        y += 10
        top = y
        for s in slots:
            rng = "%s-%s" % (s["start"], s["end"])
            if s["kind"] == "break":
                d.rectangle([X0, y, X1, y + 36], fill=(228, 238, 252))
                d.text((X0 + 16, y + 5), rng, font=fr, fill=BLUE_A)
                cup(d, TX, y + 4, BLUE_A, 0.85)
                d.text((TX + 40, y + 3), s["title"], font=font(21, True), fill=NAVY_A)
                y += 44
                continue
            d.text((X0 + 16, y + 2), rng, font=fr, fill=BLUE_A)
            d.ellipse([DX - 6, y + 10, DX + 6, y + 22], fill=BLUE_A)
            for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
                d.text((TX, y), ln, font=ft, fill=INK_A)
                y += 31
            y += 1
            for sp in s["sp"]:
                d.text((TX, y), sp[0], font=fn, fill=INK_A)
                d.text((TX + tw(d, sp[0], fn) + 16, y + 1), aff(sp), font=fa, fill=GREY_A)
                y += 26
            y += 9
        d.line([(DX, top), (DX, y - 9)], fill=(170, 196, 236), width=2)
        y += 10
    y += 4
    d.line([(X0, y), (X1, y)], fill=(200, 206, 220), width=1)
    d.text((X0, y + 14), "主办：中国Linux内核开发者大会组委会　　承办：福州大学计算机与大数据学院", font=font(17), fill=GREY_A)
    d.text((X0, y + 40), "支持社区：openEuler · 龙蜥社区 · OpenCloudOS　　* 议程如有调整，以现场公告为准", font=font(17),
           fill=GREY_A)
    qrcode(d, X1 - 84, y + 10, 84, 3901)
    assert y + 100 <= H, y
    return im, y


PHOTO_A = (1536, 2048)
# where the sheet's corners land in the photo: rotated about 1.5 degrees clockwise,
# the top narrower than the foot (the phone tilted back), the foot right corner
# running out of the frame
QUAD_A = [(160, 110), (1390, 142), (1446, 2070), (104, 2034)]


def photo_a():
    sheet, _ = sheet_a()
    W, H = PHOTO_A
    sw, sh = SHEET_A
    rnd = random.Random(3911)
    desk = vgrad(W, H, (120, 92, 66), (86, 62, 44))
    dd = ImageDraw.Draw(desk)
    for _ in range(90):  # wood grain
        x = rnd.randrange(W)
        c = rnd.randrange(-14, 10)
        dd.line([(x, 0), (x + rnd.randrange(-60, 60), H)], fill=(104 + c, 78 + c, 56 + c), width=rnd.randrange(1, 4))
    desk = desk.filter(ImageFilter.GaussianBlur(2))
    coeffs = perspective_coeffs(QUAD_A, [(0, 0), (sw, 0), (sw, sh), (0, sh)])
    paper = sheet.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (sw, sh), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    shadow = mask.filter(ImageFilter.GaussianBlur(14))
    desk.paste((40, 30, 22), (10, 16), ImageChops.multiply(shadow, Image.new("L", (W, H), 150)))
    desk.paste(paper, (0, 0), mask)
    im = desk

    def light(x, y):  # bright top left, dark foot right, the phone's shadow low at the left
        v = 255 - 0.03 * x - 0.045 * y
        cx, cy = (x - 768) / 1100, (y - 900) / 1400
        v -= 60 * (cx * cx + cy * cy)  # the lens' vignette
        dx, dy = (x - 300) / 420, (y - 1880) / 260
        return v - 46 * max(0.0, 1 - dx * dx - dy * dy)

    lf = field((W, H), light).filter(ImageFilter.GaussianBlur(24))
    im = ImageChops.multiply(im, lf.convert("RGB"))
    warm = Image.new("RGB", (W, H), (255, 246, 226))
    im = ImageChops.multiply(im, warm)

    def glare(x, y):  # the ceiling lamp's reflection on the paper, over the introduction
        dx, dy = (x - 1000) / 250, (y - 418) / 74
        return 250 * max(0.0, 1 - dx * dx - dy * dy) ** 0.45

    gl = field((W, H), glare, 8).filter(ImageFilter.GaussianBlur(10))
    im = ImageChops.screen(im, Image.merge("RGB", (gl, gl, gl.point(lambda v: v * 0.94))))
    im = im.filter(ImageFilter.GaussianBlur(0.9)).filter(ImageFilter.UnsharpMask(2, 60, 2))
    im = grain(im, 3912, 0.035)
    return im


def poster_a():
    return photo_a(), forums_truth(FORUMS_A)


# ===========================================================================
# 2. CLK 2102 (第97届), 昆明, 2102-10-21: the organisers' blue long image as a
#    phone's long screenshot (1080 px: the status bar with the phone's clock,
#    a viewer's top bar), then scaled to 720 px wide as it was uploaded, so
#    the body text is 13-15 px high.  Headings '▶▶ 主论坛' / a slanted number
#    box and the name, '主持人：name' at the right with the unit under it.  Each
#    talk: the range on a line of its OWN, the title UNDER it, then per speaker
#    the padded name and 'company job'.  Breaks: bands 'range　label'.
FORUMS_B = [
    ("主论坛", ("杨帆", "云南大学 教授"), [
        T("09:00", "09:10", "开幕致辞", [S("段晓东", "云南大学", "副校长")], "杨帆"),
        T("09:10", "09:50", "从 CFS 到 EEVDF：调度器重写之后的两年", [S("王建国", "华为", "内核专家")], "杨帆"),
        T("09:50", "10:30", "Memory Safety in the Kernel: Where Rust Helps and Where It Doesn't",
          [S("Stefan Ionescu", "Linaro", "Senior Engineer")], "杨帆"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:25", "龙蜥内核的长期支持与 CVE 响应机制", [S("陈静", "龙蜥社区", "技术委员会委员")], "杨帆"),
        B("11:25", "13:30", "午餐"),
    ]),
    ("调度与性能分论坛", ("罗建", "字节跳动 内核技术专家"), [
        T("13:30", "14:10", "sched_ext 调度器在在线服务混部中的实践", [S("邓林", "字节跳动", "内核工程师")], "罗建"),
        T("14:10", "14:50", "qspinlock 在 NUMA 大机上的公平性问题",
          [S("赵磊", "海光信息", "软件工程师"), S("钱晓", "海光信息", "软件工程师")], "罗建"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "PSI 与 cgroup v2 驱动的 CPU 弹性配额", [S("黄敏", "腾讯", "高级工程师")], "罗建"),
    ]),
    ("网络与 eBPF 分论坛", ("苏红", "云南大学 副教授"), [
        T("13:30", "14:10", "XDP 在运营商边缘网关上的规模部署", [S("冯涛", "中国电信研究院", "网络专家")], "苏红"),
        T("14:10", "14:50", "BPF arena：共享内存与新的数据结构", [S("杜鹏", "百度", None)], "苏红"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "TCP 拥塞控制 BPF 化：struct_ops 的落地经验", [S("揭晓明", "快手", "网络工程师")], "苏红"),
    ]),
    ("文件系统与 I/O 分论坛", ("孟庆华", "中国科学院计算技术研究所 副研究员"), [
        T("13:30", "14:10", "btrfs 条带树（raid-stripe-tree）的设计与现状", [S("曹阳", "SUSE", "内核工程师")], "孟庆华"),
        T("14:10", "14:50", "io_uring 零拷贝接收（zero-copy rx）性能评测", [S("邱宁", "京东", "存储工程师")], "孟庆华"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "blk-cgroup 限速在云盘上的改进", [S("韦东", "天翼云", "高级工程师")], "孟庆华"),
    ]),
]
INTRO_B = ("中国 Linux 内核开发者大会（CLK）是国内 Linux 内核领域的技术盛会。第97届大会将于 2102 年 10 月 21 日在昆明"
           "云南大学举行，上午为主论坛，下午设调度与性能、网络与 eBPF、文件系统与 I/O 三个分论坛，邀请来自企业、高校与"
           "开源社区的开发者分享内核前沿技术与落地经验。")
UNITS_B = ["华为", "阿里云", "字节跳动", "腾讯", "英特尔", "海光信息", "龙蜥社区", "openEuler", "OpenCloudOS"]
CYAN_B, PALE_B, WHITE = (96, 220, 255), (170, 196, 250), (255, 255, 255)
SCALE_B = 720 / 1080


def paint_b(im, d):
    W = im.size[0]
    # the phone: status bar and the viewer's top bar
    d.rectangle([0, 0, W, 200], fill=(247, 247, 247))
    d.text((56, 16), "21:07", font=font(34, True), fill=(0, 0, 0))
    for i in range(4):
        d.rectangle([W - 262 + i * 14, 46 - i * 8, W - 252 + i * 14, 54], fill=(0, 0, 0))
    d.text((W - 196, 18), "5G", font=font(28, True), fill=(0, 0, 0))
    d.rounded_rectangle([W - 132, 24, W - 60, 54], radius=8, outline=(0, 0, 0), width=3)
    d.rectangle([W - 56, 33, W - 51, 45], fill=(0, 0, 0))
    d.rounded_rectangle([W - 127, 29, W - 84, 49], radius=4, fill=(0, 0, 0))
    d.text((W - 126, 60), "67", font=font(18), fill=(60, 60, 60))
    d.text((40, 104), "〈", font=font(44), fill=(20, 20, 20))
    ctext(d, W / 2, 110, "CLK2102全部议程.png", font(34, True), (20, 20, 20))
    d.text((W - 110, 100), "···", font=font(44, True), fill=(20, 20, 20))
    d.line([(0, 199), (W, 199)], fill=(220, 220, 220), width=2)
    # the poster
    y0 = 200
    logo_lines(d, 56, y0 + 46, WHITE, CYAN_B)
    rtext(d, W - 56, y0 + 44, "云南大学", font(34, True), WHITE)
    rtext(d, W - 56, y0 + 88, "YUNNAN UNIVERSITY", font(16, True), PALE_B)
    d.text((56, y0 + 160), "第97届中国", font=font(76, True), fill=WHITE)
    d.text((56, y0 + 256), "Linux内核开发者大会", font=font(76, True), fill=WHITE)
    pill = "2102年10月21日 ｜ 昆明"
    d.rounded_rectangle([56, y0 + 380, 56 + tw(d, pill, font(30, True)) + 56, y0 + 434], radius=27, fill=WHITE)
    d.text((84, y0 + 386), pill, font=font(30, True), fill=(20, 50, 150))
    d.text((56, y0 + 462), "地址：云南大学呈贡校区 学术交流中心报告厅", font=font(26), fill=WHITE)
    y = y0 + 540
    lines = wrap(d, INTRO_B, font(22), W - 172)
    d.rounded_rectangle([56, y, W - 56, y + 40 + 36 * len(lines)], radius=14, outline=(110, 150, 240), width=2)
    for ln in lines:
        d.text((86, y + 20), ln, font=font(22), fill=(220, 230, 255))
        y += 36
    y += 100
    d.text((W / 2 - 230, y - 26), "AGENDA", font=font(110, True), fill=(30, 60, 170), stroke_width=2,
           stroke_fill=(70, 110, 220))
    ctext(d, W / 2, y, "大会议程", font(62, True), WHITE)
    y += 130
    X0, X1 = 56, W - 56
    TX = X0 + 30
    ft, fn, fa, fr = font(22, True), font(21), font(20), font(21, True)
    for k, (name, host, slots) in enumerate(FORUMS_B):
        if k == 1:
            band = "下午　三个分论坛同时进行"
            bw = tw(d, band, font(30, True)) + 80
            d.rounded_rectangle([W / 2 - bw / 2, y, W / 2 + bw / 2, y + 56], radius=28, fill=(236, 92, 160))
            ctext(d, W / 2, y + 8, band, font(30, True), WHITE)
            y += 100
        if k == 0:
            d.text((X0, y + 4), "▶▶", font=font(36, True), fill=CYAN_B)
            nx = X0 + 84
        else:
            nx = number_box(d, X0, y + 2, "%02d" % k, CYAN_B, (16, 36, 128), 56) + 18
        d.text((nx, y - 2), name, font=font(44, True), fill=WHITE)
        rtext(d, X1, y - 4, "主持人：" + host[0], font(28, True), WHITE)
        rtext(d, X1, y + 36, host[1], font(20), PALE_B)
        y += 80
        d.rectangle([X0, y, X1, y + 5], fill=CYAN_B)
        y += 34
        for s in slots:
            rng = "%s-%s" % (s["start"], s["end"])
            if s["kind"] == "break":
                d.rounded_rectangle([X0, y, X1, y + 50], radius=10, fill=(40, 70, 170))
                d.text((TX, y + 11), rng + "　" + s["title"], font=fr, fill=CYAN_B)
                y += 80
                continue
            d.ellipse([X0, y + 9, X0 + 12, y + 21], fill=CYAN_B)
            d.text((TX, y), rng, font=fr, fill=CYAN_B)
            y += 36
            for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
                d.text((TX, y), ln, font=ft, fill=WHITE)
                y += 35
            y += 4
            for sp in s["sp"]:
                nm = pad(sp[0])
                d.text((TX, y), nm, font=fn, fill=WHITE)
                d.text((TX + max(tw(d, "王　王", fn), tw(d, nm, fn)) + 22, y + 1), aff(sp), font=fa, fill=PALE_B)
                y += 32
            y += 34
        y += 40
    ctext(d, W / 2, y, "支持单位", font(40, True), WHITE)
    y += 80
    bw, bh = (X1 - X0 - 2 * 24) / 3, 76
    for i, u in enumerate(UNITS_B):
        bx, by = X0 + (i % 3) * (bw + 24), y + (i // 3) * (bh + 20)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=WHITE)
        ctext(d, bx + bw / 2, by + 18, u, font(30, True), (24, 40, 90))
    y += 3 * (bh + 20) + 40
    qrcode(d, W / 2 - 100, y, 200, 3921)
    ctext(d, W / 2, y + 220, "扫码报名", font(30, True), WHITE)
    ctext(d, W / 2, y + 270, "主办：中国Linux内核开发者大会组委会　承办：云南大学信息学院", font(20), PALE_B)
    return y + 340


def bg_b(w, h):
    im = vgrad(w, h, (20, 46, 150), (10, 22, 84))
    im = glow(im, 900, 520, 360, (90, 160, 255), 0.55)
    im = glow(im, 140, 1500, 300, (120, 80, 255), 0.35)
    im = glow(im, 980, h - 900, 420, (60, 140, 255), 0.3)
    return grain(im, 3922, 0.012)


def poster_b():
    im = two_pass(1080, paint_b, bg_b)
    return im.resize((720, round(im.size[1] * SCALE_B)), Image.LANCZOS), forums_truth(FORUMS_B)


# ===========================================================================
# 3. CLK 2103 (第98届), 长春, 2103-10-20: the organisers' violet long image
#    (logo lines, '吉林大学', the conference, a date box, the address, an
#    introduction, '大会议程' over a hollow 'AGENDA'), each forum a heading (a
#    number box and the name, '主持人：name' at the right with the unit under
#    it) over a TABLE BLOCK: a head row 时间 | 议题 | 分享嘉宾, a row per slot
#    (the range in cyan, the title in white bold, the name in gold over
#    'company job' in lavender; a second speaker stacked under the first), a
#    break row whose label spans 议题 and 分享嘉宾.  Saved as a heavily
#    compressed JPEG (q48, 4:2:0) after a q90 and a q52 round trip (4:2:0):
#    a picture re-shared through chat apps.
FORUMS_C = [
    ("主论坛", ("刘志强", "吉林大学 教授"), [
        T("09:00", "09:10", "开幕致辞", [S("张立新", "吉林大学计算机科学与技术学院", "院长")], "刘志强"),
        T("09:10", "09:55", "内核安全加固十年：从 KSPP 到 CFI", [S("陈锋", "蚂蚁集团", "安全专家")], "刘志强"),
        T("09:55", "10:40", "RISC-V 服务器 Linux 生态的现状与挑战", [S("李晓峰", "中国科学院软件研究所", "研究员")],
          "刘志强"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:40", "大模型训练集群中的内核问题：GPU 直通与大页", [S("马超", "百度", "资深工程师")], "刘志强"),
        B("11:40", "13:30", "午餐"),
    ]),
    ("内存与 CXL 分论坛", ("孙丽", "吉林大学 副教授"), [
        T("13:30", "14:15", "CXL 内存池化与 DAMON 冷热识别", [S("任杰", "英特尔", "软件架构师")], "孙丽"),
        T("14:15", "15:00", "zswap 与 zram 的取舍：移动端实践", [S("尹浩", "小米", "内核工程师")], "孙丽"),
    ]),
    ("可观测性与调试分论坛", ("朱斌", "统信软件 内核总监"), [
        T("13:30", "14:15", "kdump 与 vmcore 的自动化分析", [S("邵峰", "麒麟软件", "工程师")], "朱斌"),
        T("14:15", "15:00", "Tracing Lockdep Splats at Scale with BPF", [S("Daniel Hoffmann", "SUSE", "Kernel Engineer")],
          "朱斌"),
    ]),
    ("国产处理器与虚拟化分论坛", ("方华", "龙芯中科 副总工程师"), [
        T("13:30", "14:15", "LoongArch KVM 的进展与上游合入", [S("高翔", "龙芯中科", "内核工程师")], "方华"),
        B("14:15", "14:25", "休息"),
        T("14:25", "15:10", "海光 CSV 机密虚拟机的内核支持",
          [S("程亮", "海光信息", "高级工程师"), S("蒋欣", "海光信息", "工程师")], "方华"),
    ]),
]
INTRO_C = ("第98届中国 Linux 内核开发者大会（CLK 2103）于 2103 年 10 月 20 日在吉林大学举行。大会聚焦内存管理、安全、"
           "可观测性与国产处理器等方向，上午为主论坛，下午三个分论坛同时进行，欢迎内核开发者与爱好者报名参加。")
UNITS_C = ["华为", "阿里云", "字节跳动", "英特尔", "龙芯中科", "海光信息", "统信软件", "麒麟软件", "吉林大学"]
CYAN_C, GOLD_C, LAV_C, PINK_C = (100, 226, 255), (255, 206, 96), (206, 196, 246), (255, 132, 196)


def paint_c(im, d):
    W = im.size[0]
    logo_lines(d, 56, 48, WHITE, (210, 150, 255))
    rtext(d, W - 56, 46, "吉林大学", font(34, True), WHITE)
    rtext(d, W - 56, 90, "JILIN UNIVERSITY", font(16, True), LAV_C)
    d.ellipse([W - 330, 170, W - 70, 430], outline=(200, 120, 255), width=6)
    ctext(d, W - 200, 238, "CLK", font(64, True), WHITE)
    ctext(d, W - 200, 320, "2103", font(40, True), CYAN_C)
    d.text((56, 170), "第98届中国", font=font(74, True), fill=WHITE)
    d.text((56, 264), "Linux内核开发者", font=font(74, True), fill=WHITE)
    d.text((56, 358), "大会", font=font(74, True), fill=WHITE)
    box = "2103.10.20 ｜ 长春"
    d.rectangle([56, 476, 56 + tw(d, box, font(32, True)) + 48, 530], outline=CYAN_C, width=3)
    d.text((80, 482), box, font=font(32, True), fill=CYAN_C)
    d.text((56, 556), "地址：吉林大学中心校区 鼎新楼报告厅", font=font(26), fill=WHITE)
    y = 630
    for ln in wrap(d, INTRO_C, font(22), W - 112):
        d.text((56, y), ln, font=font(22), fill=LAV_C)
        y += 36
    y += 90
    d.text((W / 2 - 240, y - 30), "AGENDA", font=font(112, True), fill=(50, 26, 110), stroke_width=2,
           stroke_fill=(130, 90, 220))
    ctext(d, W / 2, y, "大会议程", font(62, True), WHITE)
    y += 140
    X0, X1 = 40, W - 40
    C1, C2 = X0 + 190, X0 + 190 + 440  # column borders: 时间 | 议题 | 分享嘉宾
    ft, fn, fa, fr = font(24, True), font(23, True), font(18), font(23, True)
    line = (132, 104, 210)
    for k, (name, host, slots) in enumerate(FORUMS_C):
        if k == 1:
            band = "下午　三个分论坛同时进行"
            ctext(d, W / 2, y, band, font(32, True), PINK_C)
            d.line([(X0, y + 22), (W / 2 - 230, y + 22)], fill=PINK_C, width=2)
            d.line([(W / 2 + 230, y + 22), (X1, y + 22)], fill=PINK_C, width=2)
            y += 86
        if k == 0:
            d.text((X0, y + 2), "▶▶", font=font(36, True), fill=PINK_C)
            nx = X0 + 84
        else:
            nx = number_box(d, X0, y + 4, "%02d" % k, PINK_C, WHITE, 54) + 18
        d.text((nx, y - 2), name, font=font(42, True), fill=WHITE)
        rtext(d, X1, y - 6, "主持人：" + host[0], font(28, True), WHITE)
        rtext(d, X1, y + 34, host[1], font(20), LAV_C)
        y += 84
        top = y
        d.rectangle([X0, y, X1, y + 54], fill=(104, 64, 196))
        for cx0, cx1, lab in ((X0, C1, "时间"), (C1, C2, "议题"), (C2, X1, "分享嘉宾")):
            ctext(d, (cx0 + cx1) / 2, y + 10, lab, font(24, True), WHITE)
        y += 54
        for r, s in enumerate(slots):
            rng = "%s-%s" % (s["start"], s["end"])
            if s["kind"] == "break":
                h = 58
                d.rectangle([X0, y, X1, y + h], fill=(70, 34, 120))
                ctext(d, (X0 + C1) / 2, y + 14, rng, fr, PINK_C)
                cup(d, (C1 + X1) / 2 - 40, y + 12, PINK_C)
                d.text(((C1 + X1) / 2 + 4, y + 11), s["title"], font=font(25, True), fill=PINK_C)
            else:
                tl = wrap_nicely(d, s["title"], ft, C2 - C1 - 40)
                sl = []
                for sp in s["sp"]:
                    sl.append((sp[0], fn, GOLD_C, 34))
                    sl += [(ln, fa, LAV_C, 28) for ln in wrap(d, aff(sp), fa, X1 - C2 - 40)]
                h = max(38 * len(tl), sum(step for *_, step in sl)) + 40
                d.rectangle([X0, y, X1, y + h], fill=(44, 24, 96) if r % 2 == 0 else (56, 32, 114))
                ctext(d, (X0 + C1) / 2, y + h / 2 - 16, rng, fr, CYAN_C)
                ty = y + (h - 38 * len(tl)) / 2
                for ln in tl:
                    d.text((C1 + 20, ty), ln, font=ft, fill=WHITE)
                    ty += 38
                sy = y + (h - sum(step for *_, step in sl)) / 2
                for text, f, col, step in sl:
                    d.text((C2 + 20, sy), text, font=f, fill=col)
                    sy += step
            d.line([(X0, y + h), (X1, y + h)], fill=line, width=1)
            for cx in (C1,) if s["kind"] == "break" else (C1, C2):  # a break's label spans two columns
                d.line([(cx, y), (cx, y + h)], fill=line, width=1)
            y += h
        d.rectangle([X0, top, X1, y], outline=line, width=2)
        y += 80
    ctext(d, W / 2, y, "支持单位", font(40, True), WHITE)
    y += 80
    bw, bh = (X1 - X0 - 2 * 24) / 3, 76
    for i, u in enumerate(UNITS_C):
        bx, by = X0 + (i % 3) * (bw + 24), y + (i // 3) * (bh + 20)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=WHITE)
        ctext(d, bx + bw / 2, by + 18, u, font(30, True), (60, 30, 110))
    y += 3 * (bh + 20) + 40
    qrcode(d, W / 2 - 100, y, 200, 3931)
    ctext(d, W / 2, y + 220, "扫码关注大会动态", font(28, True), WHITE)
    ctext(d, W / 2, y + 290, "* 本议程为 10 月 18 日更新版本，如有变动以现场公告为准", font(15), (78, 56, 136))
    return y + 340


def bg_c(w, h):
    im = vgrad(w, h, (52, 20, 110), (16, 10, 52))
    im = glow(im, 860, 300, 380, (200, 80, 255), 0.45)
    im = glow(im, 120, 1200, 320, (60, 120, 255), 0.35)
    im = glow(im, 900, h - 1200, 400, (255, 80, 180), 0.25)
    d = ImageDraw.Draw(im)
    for i in range(6):  # neon streaks of the header
        d.line([(560 + i * 70, 0), (1080, 420 - i * 60)], fill=(120, 70, 220), width=2)
    return grain(im, 3932, 0.02)


def poster_c():
    im = two_pass(1080, paint_c, bg_c)
    return jpeg_round_trip(jpeg_round_trip(im, 90), 52), forums_truth(FORUMS_C)


# ===========================================================================
# 4. CLK 2104 (第99届), 贵阳, 2104-10-25: the agenda page of the conference's
#    site in DARK MODE, captured whole (1200 px wide): a nav bar, a hero with
#    the conference, date and place, '大会议程', then a dark card per forum (a
#    number and the name, '主持人：name ｜ unit' in grey).  Each row: the START
#    over the END at the left (end dimmer), the title in light grey bold, then
#    per speaker the name and UNDER it 'company job' in grey; four of those
#    affiliation lines (and the hosts' units) in a LOW-CONTRAST grey.  Breaks:
#    the times, a cup and the label in grey.
FORUMS_D = [
    ("主论坛", ("潘文", "贵州大学 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("罗丹", "贵州大学", "副校长")], "潘文"),
        T("09:15", "10:00", "Linux 内核中的 AI 辅助代码审查：现状与边界", [S("蒋涛", "华为", "2012 实验室首席专家")],
          "潘文"),
        T("10:00", "10:45", "eBPF 让内核可编程之后：安全边界在哪里", [S("胡静", "字节跳动", "安全专家", dim=True)], "潘文"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "nohz_full 与 CPU 隔离：低延迟交易系统的内核调优",
          [S("夏明", "蚂蚁集团", "技术专家"), S("韩冰", "浙江大学", "博士研究生", dim=True)], "潘文"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("内存管理分论坛", ("钟华", "华中科技大学 副教授"), [
        T("13:30", "14:10", "Slab Sheaves: Per-CPU Caching Without the Lock Contention",
          [S("Henrik Lund", "Red Hat", "Principal Software Engineer")], "钟华"),
        T("14:10", "14:50", "HVO 大页优化：vmemmap 节省与代价", [S("袁斌", "字节跳动", "内核工程师", dim=True)], "钟华"),
        B("14:50", "15:05", "茶歇"),
    ]),
    ("实时 Linux 与嵌入式分论坛", ("邹强", "中国科学院软件研究所 研究员"), [
        T("13:30", "14:10", "PREEMPT_RT 合入主线后的工业控制实践", [S("姚军", "中科院沈阳自动化研究所", "研究员")], "邹强"),
        T("14:10", "14:50", "车载 Linux 的启动时间优化：从 30 秒到 3 秒", [S("汤杰", "比亚迪", "高级工程师")], "邹强"),
    ]),
    ("云原生与虚拟化分论坛", ("贺平", "腾讯 虚拟化专家"), [
        T("13:30", "14:10", "virtio-fs 与 DAX：容器共享目录的性能", [S("白洁", "阿里云", None, dim=True)], "贺平"),
        T("14:10", "14:50", "TDX 机密容器中的 guest 内核裁剪", [S("戴伟", "英特尔", "云软件工程师")], "贺平"),
        B("14:50", "15:05", "茶歇"),
    ]),
]
BG_D, CARD_D, TEXT_D, MID_D, DIM_D = (18, 18, 18), (30, 30, 30), (222, 222, 222), (138, 138, 138), (84, 84, 84)
ACCENT_D = (92, 170, 160)


def card_d(k, name, host, slots):
    """One forum's card, painted on its own dark rounded panel (1000 px wide)."""

    def paint(im, d):
        W = im.size[0]
        TX = 40 + 190
        ft, fn, fa = font(25, True), font(22), font(19)
        y = 30
        d.text((40, y), "上午" if k == 0 else "下午", font=font(18, True), fill=ACCENT_D)
        y += 36
        if k == 0:
            d.text((40, y + 2), "▶▶", font=font(28, True), fill=ACCENT_D)
            nx = 40 + 66
        else:
            nx = number_box(d, 40, y + 4, "%02d" % k, (46, 88, 84), TEXT_D, 44) + 16
        d.text((nx, y - 2), name, font=font(34, True), fill=TEXT_D)
        rtext(d, W - 40, y - 4, "主持人：" + host[0], font(22), MID_D)
        rtext(d, W - 40, y + 28, host[1], font(18), DIM_D)
        y += 76
        d.line([(40, y), (W - 40, y)], fill=(52, 52, 52), width=1)
        y += 28
        for s in slots:
            d.text((40, y), s["start"], font=font(25, True), fill=TEXT_D)
            d.text((40, y + 34), s["end"], font=font(20), fill=MID_D)
            if s["kind"] == "break":
                cup(d, TX, y + 2, MID_D, 0.9)
                d.text((TX + 42, y), s["title"], font=font(24), fill=MID_D)
                y += 90
                continue
            for ln in wrap_nicely(d, s["title"], ft, W - 40 - TX):
                d.text((TX, y), ln, font=ft, fill=TEXT_D)
                y += 38
            y += 8
            for sp in s["sp"]:
                d.text((TX, y), sp[0], font=fn, fill=(200, 200, 200))
                y += 32
                d.text((TX, y), aff(sp), font=fa, fill=DIM_D if sp[3] else MID_D)
                y += 34
            y += 30
        return y + 10

    def panel(w, h):
        im = Image.new("RGB", (w, h), BG_D)
        ImageDraw.Draw(im).rounded_rectangle([0, 0, w - 1, h - 1], radius=16, fill=CARD_D)
        return im

    return two_pass(1000, paint, panel)


def paint_d(im, d, cards):
    W = im.size[0]
    d.rectangle([0, 0, W, 84], fill=(26, 26, 26))
    d.line([(0, 84), (W, 84)], fill=(44, 44, 44), width=2)
    d.ellipse([40, 24, 76, 60], outline=ACCENT_D, width=3)
    d.text((92, 22), "CLK 2104", font=font(30, True), fill=TEXT_D)
    x = 300
    for item in ("首页", "大会议程", "演讲嘉宾", "往届回顾", "关于我们"):
        d.text((x, 28), item, font=font(22), fill=TEXT_D if item == "大会议程" else MID_D)
        if item == "大会议程":
            d.line([(x, 76), (x + tw(d, item, font(22)), 76)], fill=ACCENT_D, width=3)
        x += tw(d, item, font(22)) + 44
    d.ellipse([W - 190, 28, W - 162, 56], fill=(200, 200, 200))
    d.ellipse([W - 182, 22, W - 154, 50], fill=(26, 26, 26))  # a crescent: dark mode is on
    d.text((W - 146, 28), "深色", font=font(22), fill=MID_D)
    d.text((W - 84, 28), "EN", font=font(22), fill=MID_D)
    X0, X1 = 100, W - 100
    d.text((X0, 140), "第99届中国Linux内核开发者大会", font=font(50, True), fill=TEXT_D)
    d.text((X0, 216), "CLK 2104 · 2104年10月25日（周六）· 贵阳 · 贵州大学花溪校区", font=font(24), fill=MID_D)
    d.text((X0, 258), "上午主论坛，下午三个分论坛同时进行；全程同步线上直播。", font=font(22), fill=MID_D)
    y = 340
    d.text((X0, y), "大会议程", font=font(38, True), fill=TEXT_D)
    rtext(d, X1, y + 14, "最后更新：2104-10-19", font(20), DIM_D)
    y += 80
    for card in cards:
        im.paste(card, (X0, y))
        y += card.size[1] + 40
    d.line([(0, y), (W, y)], fill=(44, 44, 44), width=1)
    ctext(d, W / 2, y + 30, "© 2104 中国Linux内核开发者大会组委会 · 联系我们 · 隐私政策", font(18), DIM_D)
    return y + 90


def poster_d():
    cards = [card_d(k, name, host, slots) for k, (name, host, slots) in enumerate(FORUMS_D)]
    im = two_pass(1200, lambda im, d: paint_d(im, d, cards), lambda w, h: Image.new("RGB", (w, h), BG_D))
    return im, forums_truth(FORUMS_D)


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-37 (and 4..36 before it): speakers are names as printed with spaces removed "
    "(the padding of two-character names too: '陈　静' -> '陈静'; the Latin names 'Stefan Ionescu' -> 'StefanIonescu', "
    "'Daniel Hoffmann' -> 'DanielHoffmann', 'Henrik Lund' -> 'HenrikLund'); host is the chair printed for the forum "
    "covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; where two speakers are printed "
    "each has his own affiliation, given per speaker; affiliations keep a printed job title, joined to the company by "
    "one space, and a speaker printed with a company and no job ('谢芳  腾讯云', '杜　鹏  百度', '白洁' over '阿里云') "
    "has the company alone; break titles are as printed; an opening printed with a speaker is a talk. Four editions, "
    "each on ONE picture only, so no talk is on two posters: CLK 2101 (第96届, 福州), CLK 2102 (第97届, 昆明), CLK 2103 "
    "(第98届, 长春), CLK 2104 (第99届, 贵阳). Each picture is its edition's one agenda image IN THE ORGANISERS' FAMILY "
    "(logo lines, '▶▶ 主论坛' and slanted number boxes '01'..'03' before the forum names, '主持人：name' at the right with "
    "the unit under it, a row per talk), 主论坛 in the morning and three forums in parallel in the afternoon (their "
    "ranges repeat), but each DEGRADED as pictures in real repositories are. The forums are listed in printed order. "
    "Headers, introductions, addresses, notes, QR captions, support-unit boxes, organiser lines, phone and browser "
    "furniture and bands such as '下午　三个分论坛同时进行' are never part of a name, a title or a slot; the numbers in boxes, "
    "'▶▶' and the tags '上午'/'下午' are no part of a forum's name. The truth gives what a careful human reads on the "
    "DEGRADED picture (each was checked in crops at 100 % and 200 %): every range, title, name and host is readable; "
    "what is not is said below, and none of it is a slot. Added or stressed here: (1) CLK 2101 (JPEG q85, 1536 x 2048): "
    "a PHONE PHOTO of the printed A4 handout lying on a wooden desk. The sheet is rotated about 1.5 degrees clockwise "
    "(a line of text drops about 30 px from its left end to its right end) and in slight perspective (the top of the "
    "sheet about 8 % narrower than its foot), lit unevenly (bright at the top left, a vignette, darker towards the foot "
    "right, the phone's soft shadow low at the left), slightly blurred and sharpened by the phone, with sensor grain. A "
    "ceiling lamp's GLARE lies over the introduction: in its first line the characters '发起，第96届大' (between '共同' "
    "and '会于 10 月 22 日', both faint) cannot be read by a careful human; they are prose, no slot, and the date comes "
    "from the pill '2101年10月22日（周六）· 福州'. Each talk: the range at the LEFT, a dot on a thin line, the bold title, "
    "and under it per speaker 'name  company job' (张磊 and 刘洋, both 阿里云, on two lines); breaks are tinted bands "
    "'range  cup  label'. 李文博's line is 'openEuler 社区 技术委员会委员' (the company has a space in it; the affiliation "
    "is the line as printed). 存储与文件系统分论坛 prints no break. Uncommon surname 郦 (the host of "
    "体系结构与虚拟化分论坛). (2) CLK 2102 (PNG, 720 x 3229): a phone's LONG SCREENSHOT of the blue poster, scaled from "
    "1080 to 720 px wide, so that titles are 14.7 px, names 14 px, 'company job' 13.3 px and ranges 14 px high. The "
    "phone's status bar ('21:07', the phone's clock, '5G', '67') and the viewer's bar with the file name "
    "'CLK2102全部议程.png' are no slot and no title. Each talk prints the range on a line of its OWN, the title UNDER "
    "it, then per speaker the padded name and 'company job' (赵磊 and 钱晓, both 海光信息, on two lines). In this sans "
    "face the capital I of 'Ionescu' looks like a lower-case l: the name is read 'Stefan Ionescu' (judgement call). "
    "The English title keeps its ASCII apostrophe ('Doesn't'). Breaks are bands 'range　label'. Uncommon surname 揭 "
    "(揭晓明). (3) CLK 2103 (JPEG, 1080 x 3972, saved at QUALITY 48 with 4:2:0 CHROMA SUBSAMPLING after q90 and q52 "
    "round trips, 4:2:0 too): the violet poster, ringing and blocks around every letter and the coloured text (cyan "
    "ranges, gold names, lavender 'company job', pink break labels) bleeding into the violet cells; all of it stays "
    "readable. Each forum is a TABLE BLOCK under its heading: a head row 时间 | 议题 | 分享嘉宾 (no slot), a row per "
    "talk (range, title, per speaker the name over 'company job', two speakers 程亮 and 蒋欣 stacked in one cell), a "
    "break row whose label spans 议题 and 分享嘉宾. Titles wrapped in their cell are one title ('RISC-V 服务器 Linux' / "
    "'生态的现状与挑战', 'Tracing Lockdep Splats' / 'at Scale with BPF', '…内核问题：' / 'GPU 直通与大页'; joined with a "
    "space where a Latin word meets the break). The faint fine print under the QR code ('* 本议程为 10 月 18 日更新版本，"
    "如有变动以现场公告为准', 15 px, dim violet) is readable only with care; its date is not the conference's (2103-10-20, "
    "from the date box '2103.10.20 ｜ 长春' and 'CLK 2103') and it holds no slot. Only 国产处理器与虚拟化分论坛 prints an "
    "afternoon break ('休息', 14:15-14:25). (4) CLK 2104 (PNG, 1200 x 3274): the agenda page of the conference's site "
    "rendered in DARK MODE: light grey text (#dedede) on near-black (#121212, cards #1e1e1e). The nav bar ('首页', "
    "'大会议程', …, '深色', 'EN'), the hero ('CLK 2104 · 2104年10月25日（周六）· 贵阳 · 贵州大学花溪校区') and "
    "'最后更新：2104-10-19' (the page's update, not the conference's date) hold no slot. Each forum is a card: a tag "
    "'上午'/'下午', '▶▶' or a number box and the name, '主持人：name' at the right with the unit under it in a "
    "LOW-CONTRAST grey (#545454 on #1e1e1e, a contrast of about 2.2 : 1). Each slot prints its START in bold over its END in grey at the "
    "left: the slot runs from the upper time to the lower. Then the title, and per speaker the name with 'company job' "
    "on the line UNDER it in grey (#8a8a8a); four of those lines (胡静, 韩冰, 袁斌, 白洁) are in the low-contrast grey "
    "and are still read by a careful human, so they are given. Breaks: start over end, a cup and the label. "
    "'Slab Sheaves: Per-CPU Caching' / 'Without the Lock Contention' is one title joined with a space. 实时 Linux 与嵌入式"
    "分论坛 prints no break. The title '开幕致辞' is on all four posters: the openings of four editions with different "
    "speakers, not one talk."
)

LAYOUTS = {
    "phone-photo-printed-handout.jpg": (
        "CLK 2101 (第96届), 福州, 2101-10-22 (JPEG q85, 1536 x 2048): a phone photo of the printed A4 handout on a "
        "desk, rotated about 1.5 degrees, in slight perspective, lit unevenly, a lamp's glare over the introduction "
        "(a few characters of prose unreadable), the phone's shadow low at the left. The sheet: a navy header (logo "
        "lines, '福州大学', the conference, a date pill, the address), the introduction, '大会议程', per forum '▶▶ 主论坛' "
        "or a number box and the name with '主持人：name' and the unit at the right; rows with the range LEFT of the "
        "title and 'name  company job' under it; tinted break bands. Uncommon surname 郦. 4 + 2 + 2 + 2 talks.",
        "2101-10-22", poster_a, (85, 2)),
    "screenshot-720-time-over-title.png": (
        "CLK 2102 (第97届), 昆明, 2102-10-21 (PNG, 720 x 3229): a phone's long screenshot of the organisers' blue "
        "poster scaled from 1080 to 720 px wide (body text 13-15 px high): the status bar ('21:07') and the viewer's "
        "bar with the file name, then logo lines, '云南大学', '第97届中国 / Linux内核开发者大会', a date pill, the "
        "address, a framed introduction, '大会议程' over a hollow 'AGENDA'; per talk the range on a line of its own "
        "OVER the title, then the padded name and 'company job'; break bands; support units and a QR code. Uncommon "
        "surname 揭. 4 + 3 + 3 + 3 talks.",
        "2102-10-21", poster_b, None),
    "jpeg-q48-table-blocks.jpg": (
        "CLK 2103 (第98届), 长春, 2103-10-20 (JPEG q48, 4:2:0, after q90 and q52 round trips, 1080 x 3972): the "
        "organisers' violet poster (logo lines, '吉林大学', a ring 'CLK 2103', the conference, a date box, the "
        "address, an introduction, '大会议程' over a hollow 'AGENDA'); each forum a heading over a TABLE BLOCK 时间 | "
        "议题 | 分享嘉宾 (cyan ranges, white titles, gold names over lavender 'company job', break rows spanning two "
        "columns); support units, a QR code and faint fine print at the foot. 4 + 2 + 2 + 2 talks.",
        "2103-10-20", poster_c, (48, 2)),
    "dark-mode-site-page.png": (
        "CLK 2104 (第99届), 贵阳, 2104-10-25 (PNG, 1200 x 3274): the conference site's agenda page in dark mode, "
        "light grey on near-black: a nav bar, the conference, date and place, '大会议程', '最后更新：2104-10-19', a "
        "card per forum ('上午'/'下午', '▶▶' or a number box, the name, '主持人：name' at the right over the unit in a "
        "low-contrast grey); per slot the start over the end at the left, the title, per speaker the name with "
        "'company job' under it in grey (four such lines in a low-contrast grey); breaks with a cup. 4 + 2 + 2 + 2 "
        "talks.",
        "2104-10-25", poster_d, None),
}


def main():
    posters = []
    for fn, (layout, date, draw, jpeg) in LAYOUTS.items():
        im, forums = draw()
        assert "%d x %d" % im.size in layout, (fn, im.size)
        if fn.endswith(".jpg"):
            im.save(os.path.join(HERE, fn), "JPEG", quality=jpeg[0], subsampling=jpeg[1])
        else:
            im.save(os.path.join(HERE, fn), optimize=True)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
