"""Draw the fifty-seventh blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the seven pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG and WebP only through Pillow's own encoders at fixed settings.  The set is
about agenda pictures as a conference repository really ends up holding them,
in the family of the organisers' own designs, four editions, no talk on two
pictures:
  CLK 2271 (JPEG): a long PHONE SCREENSHOT of the conference account's WeChat
    article announcing the agenda: status bar, the app's top bar, a headline,
    the account line, a banner, paragraphs, then the programme as a styled
    TABLE per forum (时间 | 议题 | 分享嘉宾), then a QR code box.
  CLK 2272 (PNG, near-black): a BILINGUAL whole edition: every Chinese title is
    followed by its English title on a smaller line, every Chinese name by its
    pinyin ('郭睿 Guo Rui'), forum names, hosts and breaks in both languages.
  CLK 2273 (four WebP, royal blue): ONE POSTER PER FORUM with CLK2022's forum
    names, whose host line and date stand at the FOOT, after the talks.
  CLK 2274 (PNG, blue-violet): a whole edition whose three afternoon forums
    stand one under the other, each heading carrying its own ROOM ('报告厅A').
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


def grain(im, seed, noise):
    """Seeded grain blended in: the texture of a designer's export."""
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


def T(start, end, title, speakers, en=None):
    """A talk; en is the English title printed under the Chinese one (bilingual poster only)."""
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "en": en}


def B(start, end, title, en=None):
    """A break; en is the English label printed after the Chinese one (bilingual poster only)."""
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "en": en}


def S(name, company, job, latin=None, bio=None):
    """A speaker as printed: name, company, job (None where none is printed), pinyin, biography."""
    return (name, company, job, latin, bio)


def H(name, unit, latin=None):
    """A forum's host: name, the unit printed with it, the pinyin (bilingual poster only)."""
    return (name, unit, latin)


def Fo(name, host, slots, **extra):
    """A forum: its name, its host, its slots, and what one design prints besides (room, English name)."""
    return dict({"name": name, "host": host, "slots": slots}, **extra)


def plain(name):
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    return sp[1] if sp[2] is None else sp[1] + " " + sp[2]


def truth_slot(s, host):
    """A slot as truth.json gives it; pinyin, English titles and biographies are nowhere in it."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": plain(host[0]) if s["kind"] == "talk" else None}


def forums_truth(forums, date):
    """Forums in printed order, each with its date (each edition here is one day)."""
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f["host"]) for s in f["slots"]]}
            for f in forums]


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


def para(d, x, y, text, f, fill, maxw, lh, lines=None):
    """A paragraph wrapped to maxw; lines=(lo, hi) asserts how many lines it takes.  Returns the y under it."""
    ls = wrap(d, text, f, maxw)
    assert lines is None or lines[0] <= len(ls) <= lines[1], (text, len(ls))
    for ln in ls:
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")  # the breaks that get a cup; an opening gets none
WHITE = (255, 255, 255)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


# ===========================================================================
# 1. CLK 2271 (第266届), 烟台, Saturday 2271-10-21: a long PHONE SCREENSHOT
#    (1080 px, Android, stitched by the phone's scrolling screenshot) of the
#    conference account's WeChat article: the phone's status bar, the app's top
#    bar ('<' and '···'), the headline, the account line with the publish time
#    (not the conference's date), a drawn banner, two paragraphs (one says
#    '08:30 开始签到'), a badge '大会议程', then per forum a heading with a blue
#    bar, the room and the host in grey lines, and a styled TABLE with a blue
#    head row (时间 | 议题 | 分享嘉宾), zebra rows, breaks as rows whose label
#    spans the title and speaker columns; speakers as the name in bold over the
#    'company job' wrapped in the narrow cell.  Then '报名方式', a paragraph, a QR
#    code box, '— END —'.  Saved by the phone as a JPEG.
DATE_W = "2271-10-21"
FORUMS_W = [
    Fo("主论坛", H("孟庆华", "烟台大学 计算机与控制工程学院 教授"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:50", "openEuler 内核五年：从 LTS 维护到上游协作",
          [S("熊伟", "华为", "openEuler 内核 SIG Maintainer")]),
        T("09:50", "10:30", "ANCK 内核在云原生场景下的演进",
          [S("程磊", "阿里云", "龙蜥社区技术委员会委员")]),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:25", "Rust for Linux：驱动开发的现状与下一步",
          [S("于航", "字节跳动", "STE 内核工程师")]),
        T("11:25", "12:05", "面向 CXL 的内存分层与热页迁移",
          [S("孔德鑫", "英特尔", "软件架构师"), S("杜娟", "英特尔", None)]),
        B("12:05", "13:30", "午餐"),
    ], place="知新楼报告厅"),
    Fo("内存与存储分论坛", H("曹雪", "烟台大学 副教授"), [
        T("13:30", "14:10", "folio 化之后 page cache 的性能回归与修复",
          [S("任杰", "腾讯", "TencentOS 内核工程师")]),
        T("14:10", "14:50", "io_uring 在分布式存储引擎中的落地",
          [S("邹洋", "蚂蚁集团", "存储技术专家")]),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "zram 与 zswap 的取舍：移动端内存压缩实践",
          [S("韦佳", "vivo", "内核工程师")]),
    ], place="知新楼 B201"),
    Fo("虚拟化与云原生分论坛", H("林涛", "浪潮信息 首席架构师"), [
        T("13:30", "14:10", "KVM 热迁移的脏页追踪优化",
          [S("黎志强", "阿里云", "虚拟化技术专家")]),
        T("14:10", "14:50", "基于 virtio-mem 的弹性内存容器",
          [S("龚晓", "京东云", "高级工程师")]),
    ], place="知新楼 B202"),
    Fo("网络与 eBPF 分论坛", H("范志刚", "中国科学院计算技术研究所 副研究员"), [
        T("13:30", "14:10", "AF_XDP 在 5G 用户面网元中的实践",
          [S("秦海", "中国移动研究院", "网络技术专家")]),
        T("14:10", "14:50", "用 eBPF 诊断内核网络丢包",
          [S("汪磊", "网易", "系统工程师"), S("石静", "网易", "系统工程师")]),
    ], place="知新楼 B203"),
]
HEADLINE_W = "重磅｜CLK 2271 大会议程公布，10 月 21 日烟台见！"
PARAS_W = [
    "由中国 Linux 内核开发者大会组委会主办、烟台大学承办的第266届中国 Linux 内核开发者大会（CLK 2271）"
    "将于 2271 年 10 月 21 日（周六）在烟台大学举行。本届大会设主论坛和内存与存储、虚拟化与云原生、"
    "网络与 eBPF 三个分论坛，来自华为、阿里云、字节跳动、腾讯、英特尔、蚂蚁集团等企业和高校的开发者"
    "将带来十余场技术分享。",
    "大会当天 08:30 开始签到，上午主论坛在知新楼报告厅举行，下午三个分论坛同时进行。完整议程如下：",
]
SIGNUP_W = "扫描下方二维码即可报名，现场名额 400 人，报满即止。报名成功后请留意短信通知，凭短信入场。"
INK_W, GREY_W, LINK_W = (51, 51, 51), (136, 136, 136), (87, 107, 149)
BLUE_W, TIME_W, RULE_W = (30, 84, 210), (26, 64, 160), (204, 214, 234)
ZEBRA_W, BREAK_BG_W, BREAK_INK_W = ((255, 255, 255), (241, 245, 255)), (252, 247, 234), (168, 120, 40)
COLS_W = (262, 410, 312)  # 时间 | 议题 | 分享嘉宾: the article's 984 px measure


def status_bar(d, W, clock, battery):
    """An Android status bar: the clock at the left, signal, wifi and battery at the right."""
    d.rectangle([0, 0, W, 96], fill=WHITE)
    d.text((62, 20), clock, font=font(36, True), fill=(0, 0, 0))
    x = W - 268
    for i in range(4):
        d.rectangle([x + i * 12, 62 - 11 - i * 7, x + i * 12 + 7, 62], fill=(0, 0, 0))
    cx, cy = W - 186, 66
    for r in (12, 24, 36):
        d.arc([cx - r, cy - r, cx + r, cy + r], 225, 315, fill=(0, 0, 0), width=6)
    bx = W - 132
    d.rounded_rectangle([bx, 32, bx + 58, 62], radius=7, outline=(0, 0, 0), width=3)
    d.rectangle([bx + 58, 41, bx + 63, 53], fill=(0, 0, 0))
    d.rectangle([bx + 6, 38, bx + 6 + round(46 * battery / 100), 56], fill=(0, 0, 0))
    d.text((bx + 72, 24), str(battery), font=font(28, True), fill=(0, 0, 0))


def banner_w(w, h):
    """The article's head image: the organisers' blue, drawn as an image pasted into the article."""
    im = vgrad(w, h, (20, 60, 200), (12, 34, 140))
    im = glow(im, w - 120, 90, 260, (90, 200, 255), 0.55)
    d = ImageDraw.Draw(im)
    logo_lines(d, 36, 30, WHITE, (96, 226, 255), 0.9)
    d.text((36, 120), "CLK 2271", font=font(104, True), fill=(24, 70, 210), stroke_width=3, stroke_fill=WHITE)
    d.text((40, 270), "第266届中国Linux内核开发者大会", font=font(46, True), fill=WHITE)
    pill = "10.21　烟台 · 烟台大学"
    d.rounded_rectangle([40, 358, 40 + tw(d, pill, font(32, True)) + 48, 414], radius=28, fill=(96, 226, 255))
    d.text((64, 362), pill, font=font(32, True), fill=(12, 34, 140))
    return im


def heading_w(d, x, y, text):
    """A section heading as the article's editor styles it: a blue bar and the text in blue."""
    d.rectangle([x, y + 8, x + 12, y + 62], fill=BLUE_W)
    d.text((x + 30, y), text, font=font(46, True), fill=BLUE_W)
    return y + 86


def table_w(d, x0, y, slots):
    """One forum's programme as the article's table; a break's label spans the title and speaker columns."""
    xs = [x0, x0 + COLS_W[0], x0 + COLS_W[0] + COLS_W[1], x0 + sum(COLS_W)]
    x1 = xs[3]
    top = y
    d.rectangle([x0, y, x1, y + 76], fill=BLUE_W)
    for i, head in enumerate(("时间", "议题", "分享嘉宾")):
        ctext(d, (xs[i] + xs[i + 1]) / 2, y + 14, head, font(34, True), WHITE)
    y += 76
    rows = 0
    for s in slots:
        if s["kind"] == "break":
            h = 90
            d.rectangle([x0, y, x1, y + h], fill=BREAK_BG_W)
            ctext(d, (xs[0] + xs[1]) / 2, y + 24, rng(s), font(32, True), TIME_W)
            ctext(d, (xs[1] + x1) / 2, y + 20, s["title"], font(36, True), BREAK_INK_W)
            d.line([(xs[1], y), (xs[1], y + h)], fill=RULE_W, width=2)
        else:
            tl = wrap(d, s["title"], font(36), COLS_W[1] - 44)
            cell = []  # the speaker cell: (text, font, fill, line height)
            for k, sp in enumerate(s["sp"]):
                if k:
                    cell.append(("", None, None, 16))
                cell.append((sp[0], font(36, True), INK_W, 54))
                for ln in wrap(d, aff(sp), font(30), COLS_W[2] - 40):
                    cell.append((ln, font(30), GREY_W, 44))
            th, sh = len(tl) * 54, sum(c[3] for c in cell)
            h = max(th, sh) + 56
            d.rectangle([x0, y, x1, y + h], fill=ZEBRA_W[rows % 2])
            rows += 1
            ctext(d, (xs[0] + xs[1]) / 2, y + (h - 46) / 2, rng(s), font(32, True), TIME_W)
            ty = y + (h - th) / 2
            for ln in tl:
                d.text((xs[1] + 22, ty), ln, font=font(36), fill=INK_W)
                ty += 54
            sy = y + (h - sh) / 2
            for text, f, fill, lh in cell:
                if f is not None:
                    d.text((xs[2] + 20, sy), text, font=f, fill=fill)
                sy += lh
            for x in xs[1:3]:
                d.line([(x, y), (x, y + h)], fill=RULE_W, width=2)
        d.line([(x0, y + h), (x1, y + h)], fill=RULE_W, width=2)
        y += h
    d.rectangle([x0, top, x1, y], outline=RULE_W, width=2)
    return y


def paint_w(im, d):
    W = im.size[0]
    X0, MW = 48, 984
    status_bar(d, W, "19:42", 86)
    d.rectangle([0, 96, W, 232], fill=(247, 247, 247))
    d.line([(72, 138), (48, 164), (72, 190)], fill=(25, 25, 25), width=5)
    for k in range(3):
        d.ellipse([W - 118 + k * 26, 158, W - 106 + k * 26, 170], fill=(25, 25, 25))
    y = 290
    for ln in wrap(d, HEADLINE_W, font(58, True), MW):
        d.text((X0, y), ln, font=font(58, True), fill=(20, 20, 20))
        y += 88
    y += 22
    d.rounded_rectangle([X0, y + 4, X0 + 76, y + 44], radius=4, fill=(242, 242, 242))
    ctext(d, X0 + 38, y + 6, "原创", font(26), GREY_W)
    x = X0 + 96
    d.text((x, y), "CLK内核大会", font=font(34), fill=LINK_W)
    x += tw(d, "CLK内核大会", font(34)) + 24
    d.text((x, y), fits(d, "2271年10月10日 19:30　山东", font(34), X0 + MW - x), font=font(34), fill=GREY_W)
    y += 96
    im.paste(banner_w(MW, 460), (X0, y))
    y += 460 + 70
    for p in PARAS_W:
        y = para(d, X0, y, p, font(44), INK_W, MW, 78) + 40
    y += 40
    badge = "大会议程"
    bw = tw(d, badge, font(46, True)) + 120
    d.rounded_rectangle([W / 2 - bw / 2, y, W / 2 + bw / 2, y + 84], radius=42, fill=BLUE_W)
    ctext(d, W / 2, y + 10, badge, font(46, True), WHITE)
    ctext(d, W / 2, y + 100, "A  G  E  N  D  A", font(26, True), (150, 170, 220))
    y += 200
    for k, fo in enumerate(FORUMS_W):
        y = heading_w(d, X0, y, fo["name"])
        d.text((X0, y), "地点：" + fo["place"], font=font(34), fill=GREY_W)
        y += 58
        host = "主持人：%s（%s）" % (fo["host"][0], fo["host"][1])
        for ln in wrap(d, host, font(34), MW):
            d.text((X0, y), ln, font=font(34), fill=GREY_W)
            y += 58
        y += 20
        y = table_w(d, X0, y, fo["slots"]) + 90
    y = heading_w(d, X0, y, "报名方式")
    y = para(d, X0, y, SIGNUP_W, font(44), INK_W, MW, 78) + 50
    top = y
    d.rounded_rectangle([X0 + 70, y, X0 + MW - 70, y + 640], radius=24, fill=(244, 248, 255), outline=BLUE_W,
                        width=3)
    qrcode(d, W / 2 - 170, y + 60, 340, 5711)
    ctext(d, W / 2, y + 440, "长按识别二维码　立即报名", font(40, True), BLUE_W)
    ctext(d, W / 2, y + 510, "CLK 2271 · 10 月 21 日 · 烟台大学", font(32), GREY_W)
    y = top + 640 + 90
    ctext(d, W / 2, y, "— END —", font(34), (178, 178, 178))
    y += 110
    d.text((X0, y), "阅读原文", font=font(34), fill=LINK_W)
    return y + 140


def bg_w(w, h):
    return Image.new("RGB", (w, h), WHITE)


def poster_w():
    return two_pass(1080, paint_w, bg_w), forums_truth(FORUMS_W, DATE_W)


# ===========================================================================
# 2. CLK 2272 (第267届), 呼和浩特, Saturday 2272-10-26: a BILINGUAL whole edition in
#    the organisers' near-black family (teal and violet glows, as their 2023
#    image): logo lines, 'CLK 2272' at the top right, '第267届中国' over
#    'Linux内核开发者大会' and its English name, a date pill with the English
#    date under it, the address in both languages, a framed introduction in
#    Chinese then English, '大会议程' over a hollow 'AGENDA'.  Each forum: its
#    Chinese name with the English name under it (a big teal number before the
#    afternoon forums), then '主持人 Host：' and the host's name in both scripts
#    with his unit.  Each talk a timeline row: the range at the left; at the
#    right the Chinese title in bold, UNDER IT the English title on a smaller
#    line, then per speaker 'Chinese name Pinyin' and 'company job'.  Breaks as
#    bands, '茶歇 Tea Break', '午餐 Lunch'.
DATE_BI = "2272-10-26"
FORUMS_BI = [
    Fo("主论坛", H("沈立", "内蒙古大学 教授", "Shen Li"), [
        T("09:00", "09:15", "开幕致辞", [S("赵国庆", "内蒙古大学", "副校长", "Zhao Guoqing")], "Opening Remarks"),
        T("09:15", "10:00", "Linux 内核中的 Rust：从实验到生产",
          [S("郭睿", "华为", "操作系统内核实验室 主任工程师", "Guo Rui")],
          "Rust in the Linux Kernel: From Experiment to Production"),
        T("10:00", "10:45", "面向 CXL 内存的分层回收",
          [S("Marta Kowalski", "Red Hat", "Principal Software Engineer")], "Tiered Reclaim for CXL-Attached Memory"),
        B("10:45", "11:00", "茶歇", "Tea Break"),
        T("11:00", "11:45", "大规模集群的内核热补丁治理：构建、评审、灰度发布与回滚",
          [S("吕婷", "腾讯", "TencentOS 内核组长", "Lyu Ting")],
          "Governing Kernel Livepatches Across Large Fleets: Build, Review, Staged Rollout and Rollback"),
        B("11:45", "13:30", "午餐", "Lunch"),
    ], en="Main Forum"),
    Fo("调度与实时分论坛", H("周静", "东软集团 首席架构师", "Zhou Jing"), [
        T("13:30", "14:15", "PREEMPT_RT 进入主线之后：工业控制场景实测",
          [S("王斌", "中国科学院沈阳计算技术研究所", "副研究员", "Wang Bin")],
          "After PREEMPT_RT Went Mainline: Measurements in Industrial Control"),
        T("14:15", "15:00", "混合架构 CPU 上的能效感知调度",
          [S("张亮", "英特尔", "高级软件工程师", "Zhang Liang"), S("何雪", "英特尔", "软件工程师", "He Xue")],
          "Energy-Aware Scheduling on Hybrid CPUs"),
    ], en="Scheduling & Real-Time Forum"),
    Fo("文件系统分论坛", H("徐冬", "华为 文件系统专家", "Xu Dong"), [
        T("13:30", "14:15", "Btrfs RAID 条带树的设计与落地",
          [S("邵峰", "字节跳动", "存储内核工程师", "Shao Feng")], "Designing and Landing the Btrfs RAID Stripe Tree"),
        T("14:15", "15:00", "XFS 在线修复与 bcachefs 的对比",
          [S("佘晓东", "统信软件", "内核研发工程师", "She Xiaodong")], "Online Repair in XFS Compared with bcachefs"),
    ], en="File Systems Forum"),
    Fo("RISC-V 与体系结构分论坛", H("孙海涛", "中国科学院软件研究所 研究员", "Sun Haitao"), [
        T("13:30", "14:15", "RISC-V 向量扩展的上下文切换开销",
          [S("陈宇", "平头哥半导体", "高级工程师", "Chen Yu")], "Context-Switch Cost of the RISC-V Vector Extension"),
        T("14:15", "15:00", "LoongArch 与 ARM64 的 KVM 公共代码重构",
          [S("胡斌", "龙芯中科", None, "Hu Bin")], "Refactoring Common KVM Code for LoongArch and ARM64"),
    ], en="RISC-V & Architecture Forum"),
]
INTRO_BI = ("中国 Linux 内核开发者大会（CLK）是国内 Linux 内核领域的年度技术盛会。第267届大会由内蒙古大学承办，"
            "上午为主论坛，下午调度与实时、文件系统、RISC-V 与体系结构三个分论坛同时进行。")
INTRO_BI_EN = ("The China Linux Kernel Developers Conference (CLK) is the annual meeting of the Linux kernel "
               "community in China. This year it is hosted by Inner Mongolia University.")
UNITS_BI = ["华为", "阿里云", "腾讯", "字节跳动", "英特尔", "Red Hat", "统信软件", "龙芯中科", "平头哥"]
TEAL_BI, VIO_BI, GREY_BI, PALE_BI = (0, 214, 200), (160, 110, 255), (150, 160, 184), (150, 178, 206)
BAND_BI = (22, 44, 80)


def speaker_bi(d, x, y, w, sp):
    """'Chinese name Pinyin' (the Latin name alone for a foreign speaker), then 'company job' on the line."""
    fn, fp, fa = font(25, True), font(22), font(19)
    d.text((x, y), sp[0], font=fn, fill=WHITE)
    nx = x + tw(d, sp[0], fn) + 10
    if sp[3]:
        d.text((nx, y + 3), sp[3], font=fp, fill=(196, 206, 222))
        nx += tw(d, sp[3], fp)
    d.text((nx + 22, y + 5), fits(d, aff(sp), fa, x + w - nx - 22), font=fa, fill=GREY_BI)
    return y + 40


def paint_bi(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, WHITE, TEAL_BI)
    d.text((X1 - tw(d, "CLK", font(56, True)) - tw(d, "2272", font(30, True)) - 10, 32), "CLK", font=font(56, True),
           fill=WHITE)
    rtext(d, X1, 36, "2272", font(30, True), TEAL_BI)
    d.text((48, 180), "第267届中国", font=font(84, True), fill=WHITE)
    d.text((48, 286), "Linux内核开发者大会", font=font(84, True), fill=WHITE, stroke_width=1, stroke_fill=TEAL_BI)
    d.text((50, 408), "The 267th China Linux Kernel Developers Conference", font=font(27), fill=PALE_BI)
    pill = "2272年10月26日（周六）｜ 呼和浩特"
    d.rounded_rectangle([48, 474, 48 + tw(d, pill, font(30, True)) + 52, 528], radius=10, outline=TEAL_BI, width=3)
    d.text((74, 480), pill, font=font(30, True), fill=WHITE)
    d.text((50, 544), "Saturday, October 26, 2272 · Hohhot", font=font(23), fill=PALE_BI)
    d.text((48, 600), "地址：内蒙古大学 南校区 图书馆报告厅", font=font(27), fill=WHITE)
    d.text((50, 644), "Venue: Library Auditorium, South Campus, Inner Mongolia University", font=font(21),
           fill=PALE_BI)
    y = 720
    top = y
    y = para(d, X0 + 30, y + 30, INTRO_BI, font(23), (196, 204, 222), X1 - X0 - 60, 40) + 8
    y = para(d, X0 + 30, y, INTRO_BI_EN, font(20), PALE_BI, X1 - X0 - 60, 33) + 22
    d.rounded_rectangle([X0, top, X1, y], radius=6, fill=None, outline=(60, 80, 130), width=2)
    y += 160
    d.text((W / 2 - 260, y - 36), "AGENDA", font=font(124, True), fill=(10, 14, 34), stroke_width=2,
           stroke_fill=(60, 90, 150))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 170
    RX, TX = X0 + 6, X0 + 250  # the range column, the text column
    TW = X1 - TX
    for k, fo in enumerate(FORUMS_BI):
        if k == 1:
            d.rectangle([X0, y, X1, y + 4], fill=VIO_BI)
            ctext(d, W / 2, y + 24, "下午　三个分论坛同时进行", font(30, True), VIO_BI)
            ctext(d, W / 2, y + 70, "Afternoon · Three Parallel Forums", font(22), PALE_BI)
            y += 150
        x = X0
        if k:
            d.text((X0, y - 16), "%02d" % k, font=font(90, True), fill=TEAL_BI)
            x = X0 + 140
        d.text((x, y), fo["name"], font=font(48, True), fill=WHITE)
        d.text((x + 2, y + 70), fo["en"], font=font(24), fill=TEAL_BI)
        y += 124
        d.rectangle([X0, y, X0 + 120, y + 6], fill=TEAL_BI)
        d.rectangle([X0 + 120, y + 2, X1, y + 4], fill=(50, 70, 120))
        y += 30
        host = fo["host"]
        lab = "主持人 Host："
        d.text((X0, y), lab, font=font(25, True), fill=TEAL_BI)
        hx = X0 + tw(d, lab, font(25, True)) + 6
        d.text((hx, y), host[0], font=font(25, True), fill=WHITE)
        hx += tw(d, host[0], font(25, True)) + 10
        d.text((hx, y + 3), host[2], font=font(22), fill=(196, 206, 222))
        hx += tw(d, host[2], font(22)) + 22
        d.text((hx, y + 5), fits(d, host[1], font(19), X1 - hx), font=font(19), fill=GREY_BI)
        y += 76
        for s in fo["slots"]:
            if s["kind"] == "break":
                d.rectangle([X0, y, X1, y + 58], fill=BAND_BI)
                d.text((RX + 14, y + 12), rng(s), font=font(27, True), fill=TEAL_BI)
                if s["title"] in MEALS:
                    cup(d, TX, y + 13, WHITE, 0.9)
                d.text((TX + 44, y + 10), s["title"], font=font(27, True), fill=WHITE)
                d.text((TX + 44 + tw(d, s["title"], font(27, True)) + 14, y + 14), s["en"], font=font(22),
                       fill=PALE_BI)
                y += 94
                continue
            d.text((RX, y + 1), rng(s), font=font(27, True), fill=TEAL_BI)
            for ln in wrap_nicely(d, s["title"], font(29, True), TW):
                d.text((TX, y), ln, font=font(29, True), fill=WHITE)
                y += 44
            y += 2
            for ln in wrap_nicely(d, s["en"], font(21), TW):
                d.text((TX, y), ln, font=font(21), fill=PALE_BI)
                y += 32
            y += 12
            for sp in s["sp"]:
                y = speaker_bi(d, TX, y, TW, sp)
            y += 36
        y += 70
    d.text((W / 2 - tw(d, "SUPPORT", font(80, True)) / 2, y - 24), "SUPPORT", font=font(80, True), fill=(10, 14, 34),
           stroke_width=1, stroke_fill=(50, 70, 120))
    ctext(d, W / 2, y, "支持单位 Supporters", font(44, True), WHITE)
    y += 100
    bw, bh = (X1 - X0 - 2 * 22) / 3, 74
    for i, u in enumerate(UNITS_BI):
        bx, by = X0 + (i % 3) * (bw + 22), y + (i // 3) * (bh + 18)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=6, fill=WHITE)
        ctext(d, bx + bw / 2, by + 16, u, font(30, True), (16, 24, 60))
    y += 3 * (bh + 18) + 60
    qrcode(d, W / 2 - 110, y, 220, 5721)
    ctext(d, W / 2, y + 244, "扫码报名 Register", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：内蒙古大学计算机学院", font(20), GREY_BI)
    return y + 370


def bg_bi(w, h):
    im = vgrad(w, h, (10, 14, 36), (6, 8, 24))
    im = glow(im, 980, 200, 360, (150, 80, 255), 0.55)
    im = glow(im, 120, 760, 300, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(2200, h - 600, 1800)):
        im = glow(im, 1000 if k % 2 else 80, yy, 380, (120, 80, 255) if k % 2 else (0, 180, 170), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(8):  # neon streaks of the header
        d.line([(600 + i * 60, 0), (1080, 460 - i * 50)], fill=(60, 50, 140), width=2)
    return im


def poster_bi():
    return two_pass(1080, paint_bi, bg_bi), forums_truth(FORUMS_BI, DATE_BI)


# ===========================================================================
# 3. CLK 2273 (第268届), 洛阳, Saturday 2273-10-25: ONE POSTER PER FORUM, in the
#    organisers' royal blue after their 2024 forum posters, with CLK2022's
#    forum names (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛,
#    'IO 与 ebpf 分论坛').  The header has the logo lines, the host school, '第268届
#    中国' over 'Linux内核开发者大会', a ring 'CLK 2273' and a slogan pill where the
#    organisers print the date; then the forum's name in a glowing pill.  Each
#    talk: chevrons, the range in a filled tab, the bold title, then per speaker
#    a row: 'company job' in cyan and a biography at the left, a round photo with
#    the name on a plate under it at the right.  Breaks: a tab and a box.  The
#    host bar ('>>>　主持人：name　<<<', the unit under it), the DATE pill and the
#    address come only at the FOOT, after the talks, before the support units
#    and the QR code.
DATE_F = "2273-10-25"
FORUMS_F = [
    Fo("主论坛", H("王建国", "河南科技大学 信息工程学院 教授"), [
        T("09:00", "09:15", "开幕致辞",
          [S("李红", "河南科技大学", "副校长", bio="河南科技大学副校长、教授、博士生导师，长期从事分布式系统与网络安全研究。")]),
        T("09:15", "10:00", "龙蜥 ANCK 内核的稳定性工程",
          [S("宋涛", "阿里云", "内核技术专家",
             bio="阿里云操作系统团队成员，负责 ANCK 内核的稳定性与故障诊断，此前在百度从事服务器内核维护工作。")]),
        T("10:00", "10:45", "openEuler 内核对新型算力的支持",
          [S("梁晨", "华为", "openEuler 内核首席架构师",
             bio="负责 openEuler 内核的整体架构与版本规划，推动鲲鹏、RISC-V 等多种处理器架构在 openEuler 上的支持。")]),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "上游贡献十年：一个内核团队的成长",
          [S("高建", "英特尔", "开源技术中心 内核工程经理",
             bio="带领英特尔上海的内核开发团队，团队成员累计向 Linux 主线贡献补丁五千余个，涉及电源管理、调度与内存。")]),
        B("11:45", "13:30", "午餐"),
    ], half="上午", room="图书馆一楼 学术报告厅", file="forum-poster-foot-host-date-1-main.webp"),
    Fo("处理器架构与调度分论坛", H("谢宁", "河南科技大学 信息工程学院 副教授"), [
        T("13:30", "14:10", "EEVDF 在数据库负载下的延迟调优",
          [S("田宇", "腾讯云", "内核研发工程师",
             bio="腾讯云 TencentOS 团队成员，主要方向为 CPU 调度与数据库负载的性能优化，参与 EEVDF 的回归测试。")]),
        T("14:10", "14:50", "ARM64 pseudo-NMI 的原理与落地",
          [S("潘磊", "飞腾信息", "系统软件部 技术专家",
             bio="从事 ARM64 平台的内核与固件开发十余年，参与多款国产服务器 CPU 的内核适配与上游提交。")]),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "sched_ext 与 ghOSt：用户态调度框架对比",
          [S("韩梅", "字节跳动", "内核工程师", bio="字节跳动 STE 团队成员，关注 sched_ext 与在离线混部场景下的调度策略。"),
           S("蒋浩", "北京大学", "博士研究生", bio="北京大学计算机学院博士研究生，研究方向为用户态调度与操作系统内核。")]),
    ], half="下午", room="图书馆三楼 第一报告厅", file="forum-poster-foot-host-date-2-cpu-sched.webp"),
    Fo("内存管理与异构计算分论坛", H("袁野", "摩尔线程 软件架构师"), [
        T("13:30", "14:10", "HMM 实践：GPU 显存与系统内存的统一管理",
          [S("钱坤", "摩尔线程", "驱动开发工程师",
             bio="负责 GPU 内核驱动的内存管理模块，曾在 AMD 上海研发中心参与 amdgpu 驱动开发。")]),
        T("14:10", "14:50", "memory tiering 下的 NUMA balancing 改进",
          [S("孟飞", "阿里云", "技术专家", bio="龙蜥社区内存方向的维护者之一，主要工作包括内存分层、NUMA 性能优化与大页。")]),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "DAMON 在手机内存回收中的应用",
          [S("唐文", "OPPO", "内核专家", bio="OPPO 操作系统内核团队成员，长期优化 Android 设备的内存回收、启动速度与流畅度。")]),
    ], half="下午", room="图书馆三楼 第二报告厅", file="forum-poster-foot-host-date-3-mm-hetero.webp"),
    Fo("IO 与 ebpf 分论坛", H("丁洁", "中国科学技术大学 副教授"), [
        T("13:30", "14:10", "NVMe 多路径在云盘中的故障切换",
          [S("蔡明", "阿里云", "存储内核工程师", bio="负责阿里云块存储的内核驱动与 NVMe 多路径，关注云盘的可用性与尾延迟。")]),
        T("14:10", "14:50", "bpftrace 在生产环境中的开销评估",
          [S("贺凯", "美团", "系统工程师", bio="美团基础研发平台内核组成员，负责基于 eBPF 的可观测性工具在全公司的落地。")]),
        T("14:50", "15:30", "ZNS SSD 上的 blk-mq 调度器适配",
          [S("范琳", "三星中国半导体", "高级工程师",
             bio="从事 ZNS 与 FDP 等新型 SSD 接口在 Linux 中的支持，是 fio 与 blktests 的贡献者。")]),
    ], half="下午", room="图书馆三楼 第三报告厅", file="forum-poster-foot-host-date-4-io-ebpf.webp"),
]
UNITS_F = ["河南科技大学", "华为", "阿里云", "腾讯云", "英特尔", "字节跳动", "OPPO", "openEuler", "龙蜥社区"]
CYAN_F, PALE_F, NAVY_F, FRAME_F = (96, 226, 255), (186, 208, 255), (10, 30, 120), (90, 200, 255)


def header_f(d, W):
    """The edition's header as the organisers print it, with a slogan where their date pill stands."""
    X1 = W - 48
    logo_lines(d, 48, 44, WHITE, CYAN_F)
    rtext(d, X1, 46, "河南科技大学", font(30, True), WHITE)
    rtext(d, X1, 88, "HENAN UNIVERSITY OF SCIENCE AND TECHNOLOGY", font(16, True), PALE_F)
    d.text((48, 168), "第268届中国", font=font(82, True), fill=WHITE)
    d.text((48, 270), "Linux内核开发者大会", font=font(82, True), fill=WHITE)
    d.ellipse([860, 150, 1020, 310], outline=CYAN_F, width=5)
    ctext(d, 940, 186, "CLK", font(40, True), WHITE)
    ctext(d, 940, 240, "2273", font(30, True), CYAN_F)
    pill = "开源 · 协作 · 共建内核生态"
    d.rounded_rectangle([48, 408, 48 + tw(d, pill, font(30, True)) + 56, 464], radius=28, outline=WHITE, width=3)
    d.text((76, 414), pill, font=font(30, True), fill=WHITE)
    return 560


def forum_pill_f(d, W, y, name):
    f = font(52, True)
    nw = tw(d, name, f)
    x0, x1 = W / 2 - nw / 2 - 70, W / 2 + nw / 2 + 70
    for k in range(4, 0, -1):
        d.rounded_rectangle([x0 - 4 * k, y - 4 * k, x1 + 4 * k, y + 104 + 4 * k], radius=52 + 4 * k,
                            outline=(60 + 20 * (4 - k), 140 + 20 * (4 - k), 255), width=2)
    d.rounded_rectangle([x0, y, x1, y + 104], radius=52, fill=(40, 120, 240), outline=CYAN_F, width=3)
    ctext(d, W / 2, y + 16, name, f, WHITE)
    return y + 104


def tab_f(d, x, y, text):
    rf = font(38, True)
    w = tw(d, text, rf) + 56
    d.rounded_rectangle([x, y, x + w, y + 64], radius=6, fill=CYAN_F)
    d.text((x + 28, y + 5), text, font=rf, fill=NAVY_F)
    return x + w


def slot_f(d, X0, X1, y, s):
    if s["kind"] == "break":
        x = tab_f(d, X0, y, rng(s)) + 24
        d.rounded_rectangle([x, y, X1, y + 64], radius=6, outline=FRAME_F, width=2, fill=(24, 70, 200))
        if s["title"] in MEALS:
            cup(d, x + 30, y + 16, WHITE, 1.0)
        d.text((x + 80, y + 6), s["title"], font=font(36, True), fill=WHITE)
        return y + 130
    for j in range(2):  # the chevrons over a talk
        cx, cy = (X0 + X1) / 2, y + j * 16
        d.line([(cx - 34, cy), (cx, cy + 20), (cx + 34, cy)], fill=CYAN_F, width=5)
    y += 60
    tab_f(d, X0, y, rng(s))
    y += 94
    for ln in wrap_nicely(d, s["title"], font(36, True), X1 - X0):
        d.text((X0, y), ln, font=font(36, True), fill=WHITE)
        y += 54
    y += 22
    LW = X1 - X0 - 290  # the left block; the photo and plate at the right
    for sp in s["sp"]:
        top = y
        ly = y + 4
        for ln in wrap(d, aff(sp), font(26, True), LW):
            d.text((X0, ly), ln, font=font(26, True), fill=CYAN_F)
            ly += 40
        ly += 8
        bio = wrap_nicely(d, sp[4], font(22), LW)  # a designer evens the lines out: no orphan at the end
        assert 1 <= len(bio) <= 3, sp
        for ln in bio:
            d.text((X0, ly), ln, font=font(22), fill=PALE_F)
            ly += 37
        px = X1 - 210
        photo(d, px + 20, top, 160, (70, 110, 210), (150, 180, 240))
        d.ellipse([px + 20, top, px + 180, top + 160], outline=CYAN_F, width=3)
        d.rounded_rectangle([px - 10, top + 176, X1, top + 232], radius=8, fill=(20, 56, 180), outline=CYAN_F,
                            width=2)
        ctext(d, px + 100, top + 184, sp[0], font(30, True), WHITE)
        y = max(ly, top + 232) + 34
    return y + 40


def paint_f(im, d, fo):
    W = im.size[0]
    X0, X1 = 48, W - 48
    y = header_f(d, W)
    y = forum_pill_f(d, W, y + 20, fo["name"]) + 90
    for s in fo["slots"]:
        y = slot_f(d, X0, X1, y, s)
    y += 30
    bar = ">>>　主持人：%s　<<<" % fo["host"][0]
    d.rectangle([X0 + 60, y, X1 - 60, y + 62], fill=(22, 58, 180), outline=FRAME_F, width=2)
    ctext(d, W / 2, y + 10, bar, font(32, True), WHITE)
    y += 80
    ctext(d, W / 2, y, fits(d, fo["host"][1], font(24), X1 - X0), font(24), PALE_F)
    y += 80
    pill = "2273年10月25日（周六）%s ｜ 洛阳" % fo["half"]
    pw = tw(d, pill, font(32, True)) + 60
    d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 62], radius=31, fill=WHITE)
    ctext(d, W / 2, y + 7, pill, font(32, True), NAVY_F)
    y += 90
    ctext(d, W / 2, y, "地址：河南科技大学开元校区 " + fo["room"], font(28), WHITE)
    y += 130
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y += 90
    bw, bh = (X1 - X0 - 2 * 24) / 3, 78
    for i, u in enumerate(UNITS_F):
        bx, by = X0 + (i % 3) * (bw + 24), y + (i // 3) * (bh + 20)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=WHITE)
        ctext(d, bx + bw / 2, by + 18, u, font(30, True), (20, 40, 130))
    y += 3 * (bh + 20) + 50
    qrcode(d, W / 2 - 110, y, 220, 5731)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "现场名额 300 人，先到先得", font(24), PALE_F)
    ctext(d, W / 2, y + 352, "主办：中国Linux内核开发者大会组委会　承办：河南科技大学信息工程学院", font(20), PALE_F)
    return y + 420


def bg_f(w, h):
    im = vgrad(w, h, (16, 56, 204), (10, 32, 140))
    im = glow(im, 900, 260, 380, (80, 200, 255), 0.5)
    im = glow(im, 100, 1300, 340, (120, 90, 255), 0.35)
    for k, yy in enumerate(range(2400, h - 600, 2000)):
        im = glow(im, 980 if k % 2 else 100, yy, 400, (60, 150, 255), 0.28)
    return grain(im, 5731, 0.006)


def poster_f(fo):
    def paint(im, d):
        return paint_f(im, d, fo)

    return two_pass(1080, paint, bg_f), forums_truth([fo], DATE_F)


# ===========================================================================
# 4. CLK 2274 (第269届), 桂林, Saturday 2274-10-24: a whole edition in a
#    blue-violet variant of the organisers' 2024 full-agenda image, with
#    CLK2022's forum names.  Header: logo lines, the host school, '第269届中国'
#    over 'Linux内核开发者大会', a ring 'CLK 2274', a date pill, the address, a
#    framed introduction, '大会议程' over a hollow 'AGENDA'.  Each forum opens
#    with a full-width bar holding (for the afternoon) a number box '01'..'03',
#    the name, and at the bar's RIGHT END a white pill with a pin and the ROOM
#    ('大礼堂', '报告厅A', '报告厅B', '报告厅C'); '主持人：name' and the unit under
#    the bar.  The three afternoon forums stand ONE UNDER THE OTHER after a line
#    '下午　三个分论坛同时进行'.  Each talk a timeline row: the range at the left,
#    a dot on a thin line, the bold title in cyan, then per speaker 'name
#    company job'.  Breaks as bands across the page.
DATE_R = "2274-10-24"
FORUMS_R = [
    Fo("主论坛", H("覃建华", "桂林电子科技大学 计算机与信息安全学院 教授"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("黄志远", "桂林电子科技大学", "副校长")]),
        T("09:20", "10:05", "Growing the Next Generation of Kernel Maintainers",
          [S("Henrik Lund", "Canonical", "Kernel Team Manager")]),
        T("10:05", "10:50", "国产 CPU 平台上的内核适配经验", [S("朱伟", "麒麟软件", "内核研发部 部长")]),
        B("10:50", "11:05", "茶歇"),
        T("11:05", "11:50", "大模型推理场景下的内核内存优化",
          [S("林晓峰", "华为", "内核技术专家"), S("郑丽", "华为", "高级工程师")]),
        B("11:50", "13:30", "午餐"),
    ], room="大礼堂"),
    Fo("处理器架构与调度分论坛", H("马骏", "桂林电子科技大学 副教授"), [
        T("13:30", "14:15", "Core scheduling 在云主机侧信道防护中的代价", [S("杨柳", "腾讯云", "高级工程师")]),
        T("14:15", "15:00", "RISC-V 内核的 IPI 与 TLB shootdown 优化",
          [S("贾斌", "中国科学院计算技术研究所", "助理研究员")]),
    ], room="报告厅A"),
    Fo("内存管理与异构计算分论坛", H("刘畅", "华为 内核专家"), [
        T("13:30", "14:15", "面向 NPU 的 SVA 共享虚拟地址支持", [S("温健", "华为", "海思 内核工程师")]),
        T("14:15", "15:00", "slab 分配器的 per-CPU sheaves 机制", [S("方宁", "字节跳动", "STE 工程师")]),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "16:00", "KFENCE 与 kmemleak 在生产环境中的取舍", [S("史洋", "小米", "内核工程师")]),
    ], room="报告厅B"),
    Fo("IO 与 ebpf 分论坛", H("黄颖", "桂林电子科技大学 讲师"), [
        T("13:30", "14:15", "基于 eBPF 的容器网络可观测性", [S("曾涛", "快手", "系统工程师")]),
        T("14:15", "15:00", "FUSE passthrough 与 virtiofs 的性能对比", [S("卢琪", "阿里云", "存储技术专家")]),
    ], room="报告厅C"),
]
INTRO_R = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）由国内操作系统厂商、互联网企业、芯片厂商与高校共同发起，"
           "是国内 Linux 内核领域的年度技术盛会。第269届大会由桂林电子科技大学承办，上午为主论坛，下午处理器架构与调度、"
           "内存管理与异构计算、IO 与 ebpf 三个分论坛在学术交流中心的三个报告厅同时进行，欢迎开发者与高校师生到场交流。")
UNITS_R = ["华为", "阿里云", "腾讯云", "字节跳动", "麒麟软件", "Canonical", "小米", "快手", "openEuler"]
CYAN_R, PALE_R, NAVY_R = (110, 230, 255), (196, 206, 255), (22, 26, 110)
BAR_R, BAND_R = (64, 70, 220), (58, 92, 230)


def pin(d, x, y, fill):
    """A map pin drawn in shapes (the fonts have no pin glyph)."""
    d.ellipse([x, y, x + 18, y + 18], fill=fill)
    d.polygon([(x + 2, y + 13), (x + 16, y + 13), (x + 9, y + 28)], fill=fill)
    d.ellipse([x + 6, y + 5, x + 12, y + 11], fill=WHITE)


def heading_r(d, X0, X1, y, k, fo):
    """The forum's bar: number box, name, and the room in a white pill at the bar's right end."""
    d.rounded_rectangle([X0, y, X1, y + 84], radius=10, fill=BAR_R)
    d.rectangle([X0, y, X0 + 10, y + 84], fill=CYAN_R)
    x = X0 + 34
    if k:
        x = number_box(d, x, y + 18, "%02d" % k, CYAN_R, NAVY_R, 48) + 20
    d.text((x, y + 12), fo["name"], font=font(42, True), fill=WHITE)
    rf = font(28, True)
    rw = tw(d, fo["room"], rf) + 78
    assert x + tw(d, fo["name"], font(42, True)) + 30 < X1 - 20 - rw, fo["name"]
    d.rounded_rectangle([X1 - 20 - rw, y + 18, X1 - 20, y + 66], radius=24, fill=WHITE)
    pin(d, X1 - 20 - rw + 22, y + 28, BAR_R)
    d.text((X1 - 20 - rw + 54, y + 22), fo["room"], font=rf, fill=NAVY_R)
    y += 112
    d.text((X0 + 12, y), "主持人：" + fo["host"][0], font=font(30, True), fill=WHITE)
    d.text((X0 + 12 + tw(d, "主持人：" + fo["host"][0], font(30, True)) + 24, y + 8), fo["host"][1], font=font(22),
           fill=PALE_R)
    return y + 84


def slot_r(d, X0, X1, LX, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 64], radius=8, fill=BAND_R)
        d.text((X0 + 12, y + 12), rng(s), font=font(30, True), fill=WHITE)
        if s["title"] in MEALS:
            cup(d, LX + 32, y + 16, CYAN_R, 1.0)
        d.text((LX + 76, y + 11), s["title"], font=font(31, True), fill=CYAN_R)
        return y + 100
    d.text((X0 + 12, y + 1), rng(s), font=font(30, True), fill=WHITE)
    d.ellipse([LX - 7, y + 17, LX + 7, y + 31], fill=CYAN_R)
    TX = LX + 32
    for ln in wrap_nicely(d, s["title"], font(31, True), X1 - TX):
        d.text((TX, y), ln, font=font(31, True), fill=CYAN_R)
        y += 46
    y += 4
    for sp in s["sp"]:
        fn = font(28, True)
        d.text((TX, y), sp[0], font=fn, fill=WHITE)
        d.text((TX + tw(d, sp[0], fn) + 18, y + 6), fits(d, aff(sp), font(21), X1 - TX - tw(d, sp[0], fn) - 18),
               font=font(21), fill=PALE_R)
        y += 46
    return y + 40


def paint_r(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, CYAN_R)
    rtext(d, X1, 46, "桂林电子科技大学", font(30, True), WHITE)
    rtext(d, X1, 88, "GUILIN UNIVERSITY OF ELECTRONIC TECHNOLOGY", font(16, True), PALE_R)
    d.text((48, 168), "第269届中国", font=font(82, True), fill=WHITE)
    d.text((48, 270), "Linux内核开发者大会", font=font(82, True), fill=WHITE)
    d.ellipse([860, 150, 1020, 310], outline=CYAN_R, width=5)
    ctext(d, 940, 186, "CLK", font(40, True), WHITE)
    ctext(d, 940, 240, "2274", font(30, True), CYAN_R)
    pill = "2274年10月24日（周六）｜ 桂林"
    d.rounded_rectangle([48, 408, 48 + tw(d, pill, font(30, True)) + 56, 464], radius=28, fill=WHITE)
    d.text((76, 414), pill, font=font(30, True), fill=NAVY_R)
    d.text((48, 496), "地址：桂林电子科技大学花江校区 学术交流中心", font=font(28), fill=WHITE)
    y = 580
    top = y
    y = para(d, X0 + 36, y + 32, INTRO_R, font(23), PALE_R, X1 - X0 - 72, 40)
    d.rectangle([X0, top, X1, y + 24], outline=(140, 150, 255), width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y + 24), (X1, y + 24)):  # corner marks
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=CYAN_R)
    y += 150
    d.text((W / 2 - 250, y - 34), "AGENDA", font=font(120, True), fill=(40, 40, 160), stroke_width=2,
           stroke_fill=(120, 130, 255))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 180
    LX = X0 + 268  # the timeline's line
    for k, fo in enumerate(FORUMS_R):
        if k == 1:
            d.line([(X0, y + 22), (W / 2 - 250, y + 22)], fill=CYAN_R, width=2)
            d.line([(W / 2 + 250, y + 22), (X1, y + 22)], fill=CYAN_R, width=2)
            ctext(d, W / 2, y, "下午　三个分论坛同时进行", font(34, True), CYAN_R)
            y += 100
        y = heading_r(d, X0, X1, y, k, fo) + 10
        top = y
        for s in fo["slots"]:
            y = slot_r(d, X0, X1, LX, y, s)
        d.line([(LX, top), (LX, y - 40)], fill=(120, 140, 255), width=2)
        y += 60
    y += 20
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y += 90
    bw, bh = (X1 - X0 - 2 * 24) / 3, 78
    for i, u in enumerate(UNITS_R):
        bx, by = X0 + (i % 3) * (bw + 24), y + (i // 3) * (bh + 20)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=WHITE)
        ctext(d, bx + bw / 2, by + 18, u, font(30, True), NAVY_R)
    y += 3 * (bh + 20) + 50
    qrcode(d, W / 2 - 110, y, 220, 5741)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：桂林电子科技大学计算机与信息安全学院", font(20), PALE_R)
    return y + 370


def bg_r(w, h):
    im = vgrad(w, h, (44, 40, 190), (22, 24, 120))
    im = glow(im, 900, 260, 380, (110, 170, 255), 0.5)
    im = glow(im, 100, 1400, 360, (170, 90, 255), 0.35)
    for k, yy in enumerate(range(2600, h - 800, 2200)):
        im = glow(im, 980 if k % 2 else 100, yy, 420, (120, 110, 255), 0.28)
    return grain(im, 5741, 0.005)


def poster_r():
    return two_pass(1080, paint_r, bg_r), forums_truth(FORUMS_R, DATE_R)


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-43 (and 4..42 before it): speakers are names as printed with spaces removed "
    "(the Latin names 'Marta Kowalski' -> 'MartaKowalski', 'Henrik Lund' -> 'HenrikLund'); host is the chair "
    "printed for the forum covering the slot, null for breaks, his unit nowhere in the truth; start/end always "
    "HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, given per speaker; "
    "affiliations keep a printed job title, joined to the company by one space ('华为 openEuler 内核 SIG "
    "Maintainer', 'Red Hat Principal Software Engineer'), the company alone where no job is printed ('英特尔' for "
    "杜娟, '龙芯中科' for 胡斌); an opening or guest speech printed with a speaker is a talk ('开幕致辞', '嘉宾致辞'), a "
    "slot printed without a speaker ('开幕', '开场') is a break; '午餐' closes 主论坛 as its break. Every forum "
    "carries a 'date'; each edition is ONE day (主论坛 in the morning, three forums in parallel in the afternoon), "
    "so every forum's date is the edition's. Four editions, no talk on two pictures: CLK 2271 (第266届, 烟台, "
    "2271-10-21), CLK 2272 (第267届, 呼和浩特, 2272-10-26), CLK 2273 (第268届, 洛阳, 2273-10-25, four forum posters), "
    "CLK 2274 (第269届, 桂林, 2274-10-24), all Saturdays. CLK 2273 and CLK 2274 use CLK2022's forum names as its "
    "README writes them: 主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' (spaces and a "
    "lower-case 'ebpf' kept). Headers, introductions, addresses, date pills, slogans, support units, QR captions, "
    "organiser lines and afternoon bands ('下午　三个分论坛同时进行') are never part of a name, a title or a slot. "
    "(1) CLK 2271, a phone's long SCREENSHOT of a WeChat article (JPEG): the status bar ('19:42', battery '86') "
    "and the app's top bar are no slots; the headline, the account line with its PUBLISH time ('2271年10月10日 "
    "19:30', not the conference's date), the banner, the paragraphs ('08:30 开始签到' is no slot), the badge "
    "'大会议程' / 'A G E N D A', '报名方式' and its paragraph, the QR box, '— END —' and '阅读原文' belong to no "
    "forum. The date is 2271-10-21 (headline '10 月 21 日', paragraph '2271 年 10 月 21 日（周六）'). A forum is the "
    "heading after a blue bar; the grey line '地点：…' under it is no part of its name; the host is the name after "
    "'主持人：' before the bracket ('孟庆华（烟台大学 计算机与控制工程学院 教授）' gives 孟庆华). Each forum's "
    "programme is a TABLE with the head row '时间 | 议题 | 分享嘉宾' (labels, repeated per table): a talk's title is "
    "its 议题 cell, wrapped over two or three lines of the narrow column and joined (no space inside Chinese, the "
    "printed spaces around Latin words kept: 'folio 化之后 page cache 的性能回归与修复'); its speakers are the bold "
    "names of its 分享嘉宾 cell, each with the 'company job' under it, wrapped in the cell ('华为 openEuler 内' / '核 "
    "SIG Maintainer' is '华为 openEuler 内核 SIG Maintainer'); 孔德鑫 (英特尔 软件架构师) and 杜娟 (英特尔) share one "
    "cell, as do 汪磊 and 石静 (both 网易 系统工程师). A break row's label spans the title and speaker columns and is "
    "a break of that table's forum. (2) CLK 2272 (PNG, near-black), BILINGUAL: a talk's title is its CHINESE "
    "title in bold; the smaller line(s) under it are its English title, a translation and no part of the title, "
    "also for the foreign speaker's talk ('面向 CXL 内存的分层回收', not 'Tiered Reclaim for CXL-Attached Memory'); "
    "'大规模集群的内核热补丁治理：' / '构建、评审、灰度发布与回滚' is one title, its English translation wrapping over two "
    "lines under it. A speaker is printed 'Chinese name Pinyin' ('郭睿 Guo Rui'): the speaker is the Chinese name "
    "alone ('郭睿'; the pinyin is a transcription, not a second speaker and no part of the name); the foreign "
    "speaker is printed in Latin letters only ('MartaKowalski'); the affiliation is the 'company job' after the "
    "pinyin. A forum's name is its Chinese name; the English line under it ('Main Forum', 'Scheduling & "
    "Real-Time Forum') is a translation and the numbers '01'..'03' are no part of it. '主持人 Host：' is a label; "
    "the host is the Chinese name after it ('沈立', not 'Shen Li'). Break titles are the Chinese labels ('茶歇', "
    "'午餐'), the English after them ('Tea Break', 'Lunch') being their translation; '开幕致辞' / 'Opening "
    "Remarks' with 赵国庆 is a talk titled '开幕致辞'. 张亮 and 何雪 (both 英特尔) are two speakers of one talk. "
    "(3) CLK 2273, ONE FORUM PER PICTURE (WebP): the header prints no date (a slogan pill '开源 · 协作 · "
    "共建内核生态' stands where the organisers put one); the date is the pill at the FOOT, after the talks "
    "('2273年10月25日（周六）上午 ｜ 洛阳', '…下午…'), and the host is the bar at the FOOT ('>>>　主持人：name　<<<', "
    "the unit under it): the host chairs every talk of the poster above it. In each talk the speaker is the name "
    "on the plate under the photo at the right, and his affiliation the cyan 'company job' at the left of the "
    "same row; the biography under it is nowhere in the truth, even where it names another employer ('此前在百度…' "
    "for 宋涛 of 阿里云, '曾在 AMD 上海研发中心…' for 钱坤 of 摩尔线程). 韩梅 (字节跳动 内核工程师) and 蒋浩 (北京大学 "
    "博士研究生) are two speakers of one talk, a row each. '开幕致辞' is a talk of 李红 (河南科技大学 副校长). The "
    "address line ('地址：河南科技大学开元校区 …报告厅') is no part of the forum's name. (4) CLK 2274 (PNG): the "
    "three afternoon forums stand one under the other; each forum's bar ends in a white pill with a pin and the "
    "ROOM ('大礼堂', '报告厅A', '报告厅B', '报告厅C'), which is no part of the forum's name, nor is the number box; "
    "'主持人：name' under the bar gives the host. '09:00-09:05 开场' is a break, '嘉宾致辞' with 黄志远 a talk. "
    "'Growing the Next Generation' / 'of Kernel Maintainers' is one title, joined with a space. Only "
    "内存管理与异构计算分论坛 prints a '茶歇' (15:00-15:15), a break of that forum only. Forums of two talks end "
    "with their second talk (no break printed after it). The title '开幕致辞' on two editions is two talks "
    "(different speakers), and the same four forum names on CLK 2273 and CLK 2274 are different forums of "
    "different days. Uncommon surnames: 佘 (佘晓东, a speaker of CLK 2272) and 覃 (覃建华, the host of CLK 2274's "
    "主论坛)."
)

LAYOUTS = {
    "wechat-screenshot-article-tables.jpg": (
        "CLK 2271 (第266届), 烟台, 2271-10-21 (a phone's long screenshot of the conference account's WeChat "
        "article, JPEG q85 4:2:0, %s): status bar, the app's top bar, headline, account line with the publish "
        "time 2271-10-10 19:30, banner, two paragraphs, then per forum a heading, '地点：' and '主持人：name（unit）' "
        "lines and a styled TABLE (时间 | 议题 | 分享嘉宾; zebra rows; breaks spanning two columns; the name bold "
        "over 'company job' wrapped in the cell); a QR code box. 4 + 3 + 2 + 2 talks.",
        DATE_W, poster_w, "jpg"),
    "nearblack-bilingual-english-titles-pinyin.png": (
        "CLK 2272 (第267届), 呼和浩特, 2272-10-26 (PNG, %s): a bilingual whole edition in the organisers' near-black "
        "family: every Chinese title followed by its English title on a smaller line, every Chinese name by its "
        "pinyin ('郭睿 Guo Rui') before 'company job', forum names, host lines and breaks in both languages. "
        "Uncommon surname 佘. 4 + 2 + 2 + 2 talks.",
        DATE_BI, poster_bi, "png"),
}
for _fo in FORUMS_F:
    LAYOUTS[_fo["file"]] = (
        "CLK 2273 (第268届), 洛阳, 2273-10-25 (WebP q82, %%s): the forum poster of %s in the organisers' royal "
        "blue; no date in the header (a slogan pill); range tabs, titles, per speaker 'company job' and a "
        "biography at the left, photo and name plate at the right; the host bar, the date pill and the address at "
        "the FOOT. %d talks." % (_fo["name"], sum(s["kind"] == "talk" for s in _fo["slots"])),
        DATE_F, (lambda fo: lambda: poster_f(fo))(_fo), "webp")
LAYOUTS["blue-stacked-forums-room-pills.png"] = (
    "CLK 2274 (第269届), 桂林, 2274-10-24 (PNG, %s): a whole edition in a blue-violet variant of the organisers' "
    "2024 full agenda; the three afternoon forums one under the other, each bar ending in a pill with its ROOM "
    "('报告厅A', '报告厅B', '报告厅C'; 主论坛 '大礼堂'); timeline rows 'range | title / name company job'. Uncommon "
    "surname 覃 (a host). 4 + 2 + 3 + 2 talks.",
    DATE_R, poster_r, "png")


def main():
    posters = []
    for fn, (layout, date, draw, fmt) in LAYOUTS.items():
        im, forums = draw()
        path = os.path.join(HERE, fn)
        if fmt == "jpg":
            im.save(path, "JPEG", quality=85, subsampling=2)
        elif fmt == "webp":
            im.save(path, "WEBP", quality=82, method=4)
        else:
            im.save(path, optimize=True)
        assert os.path.getsize(path) < 1.6e6, (fn, os.path.getsize(path))
        posters.append({"file": fn, "layout": layout % ("%d x %d" % im.size), "date": date, "forums": forums})
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
