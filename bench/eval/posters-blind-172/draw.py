"""Draw the hundred-and-seventy-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK4172全部议程.jpg and truth.json next to this file.
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 4172 (第2167届, 温州, Saturday 4172-10-24), drawn as the ONE
whole-agenda image CLK2025's repository lists (CLK2025全部议程.jpg): JPEG q85, 1242 wide, in the
organisers' 2023 family (layout and measures of CLK2023全部议程.png, scaled by 1.15) with NEW
COLOURS (a GRAPHITE page, CHARTREUSE titles, bars, dots and numerals, LILAC 'company job', CORAL
'主持人：' / '嘉宾：' labels, dark olive break bands, chartreuse and violet glows): logo lines,
'CLK' with the year raised in nested outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an
outlined date box with a pin and the city, '地址：', a framed introduction, '大会议程' over a hollow
'AGENDA'; CLK2025's six forums one under another, each under its heading (a big fading numeral
behind the afternoon ones, a space before '分论坛' as 2023 prints it), the thick bar, then the HOST
on a line of his own at the left ('主持人：name　unit', host form 'under'); the 2023 TIMELINE (range
at the left, a dot on a vertical line, the title, 'padded name  company job' per speaker; two
speakers of a talk on two lines), tea and lunch bands, a closing bar; '支持单位' / '支持媒体' over
outlined boxes.  Every talk prints its own range.

Copied from /work/main/bench/eval/posters-blind-170/draw.py (which took them from set 159 and it
from sets 136, 133, 121, 115, 105, 103, 97, 90, 86, 78, 72, 68, 59, 43) unchanged: font, tw,
TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad, grain, glow, two_pass,
para, fits, WHITE, BANDS, rng, plain, saturday, REAL_NAMES, K, F, k, slanted, outline_text,
fading_numeral, pin, logo, clk_mark, inline, runs_width, background, S, T, R, B, truth_slot,
forum_truth, pad, split_spaces, speaker_line, panel_a, is_band, slot, printed_name, heading (its
host form 'under'), paint and draw.  Adapted: people, wrapped_titles, wrapped_affs, check and main
(this set's counts, ends, surnames and sizes).  New: all the data, INTRO, UNITS, MEDIA, PAL, ED,
LAYOUT, NOTE, WRAPPED, TOP5, TOP20 and RARE.
"""
import datetime
import glob
import json
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fc = {}


def font(size, bold=False):
    path = FD + "NotoSansCJK-%s.ttc" % ("Bold" if bold else "Regular")
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
    return wrap_widths(d, text, f, [maxw])


def wrap_nicely(d, text, f, maxw):
    """Wrap as a designer would: after a '：' or a ': ' when both halves fit, else into lines of even length."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2:
        return lines
    for colon in ("：", ": "):  # after a full-width colon, or after a Latin one (then the space goes)
        head, sep, tail = text.partition(colon)
        sep = sep.rstrip()
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
    rnd = random.Random(seed)
    w, h = im.size[0] // cell + 1, im.size[1] // cell + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def glow(im, cx, cy, r, col, strength):
    lay = Image.new("RGB", im.size, (0, 0, 0))
    ImageDraw.Draw(lay).ellipse([cx - r, cy - r, cx + r, cy + r], fill=tuple(int(c * strength) for c in col))
    small = lay.resize((max(1, im.size[0] // 8), max(1, im.size[1] // 8)), Image.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(r / 16))
    return ImageChops.screen(im, small.resize(im.size, Image.BILINEAR))


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def para(d, x, y, text, f, fill, maxw, lh):
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


WHITE = (255, 255, 255)
BANDS = ("茶歇", "午餐")  # breaks whose title starts so are printed as bands


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def plain(name):
    return name.replace(" ", "").replace("\u3000", "")


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5




REAL_NAMES = sorted(set([  # set 133's list (sets 120 to 123 and 125 to 128) plus 许琨嘉: names read on the real posters
    "许琨嘉",
    "KuzinArtem", "LianboJiang", "付才", "伍勃", "伍勍", "何鲁港", "余昇锦", "余松平", "侯文龙", "刘守业", "刘忻", "刘海龙", "卢烈",
    "司延腾", "吴江波", "周俶易", "周傲易", "周威", "唐辉", "孙南勇", "宋卓", "宋恺睿", "宋牧春", "尹欣", "左泽", "巫强", "廖肇燕", "廖远鸿", "张友加",
    "张哲华", "张子扬", "张细锐", "张翼", "张雅兰", "张鹏", "彭志光", "徐静波", "慕冬亮", "晏艳", "曾庆凯", "朱彦军", "朱维希", "李培锋", "李志",
    "李扬韬", "李治军", "李泽帆", "李珍", "杜冬冬", "杨彦凝", "杨欢", "杨铠衔", "杨阳", "殷锋卫", "江锋", "潘睿", "王刘朴", "王子成", "王建政",
    "王海粟", "甄鹏", "白铠豪", "皮振伟", "祝嘉", "程杰", "罗宏震", "聂诚", "胡俊鹏", "胡璞", "荣乾锋", "蒲乐辉", "袁晓峰", "许珉嘉", "谈鉴锋",
    "谢旻晟", "谢昱晟", "谢柳杰", "谢欢", "谢淼", "谢雨来", "谢颂杨", "贺中坤", "赵天瑞", "赵宇", "赵桥", "路旭", "邹德清", "邹贻鹏", "郑堂权", "郑琦",
    "郑翔", "郭任", "郭健", "郭寒军", "郭纯海", "郭迎港", "陆扬", "陈凯", "陈华才", "陈培鸿", "陈越琦", "韩传华", "高亮", "黄睿", "黄靖", "黎红波",
    "龚睿奇"]))

# ===========================================================================
# Painting helpers of the 2023 family (scaled by K).
K = 1.0  # the scale of the picture being painted (1080 -> 1.0, 1242 -> 1.15)


def F(size, bold=False):
    return font(round(size * K), bold)


def k(v):
    return round(v * K)


def slanted(im, x, y, text, f, fill, shadow, stroke=None, shear=0.2, off=6):
    """Heavy slanted lettering with an offset shadow (2023's '第18届中国' / '大会议程'), pasted as a sheared layer."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k(40) + int(f.size * shear * 1.3), int(f.size * 1.5)
    lay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    dl = ImageDraw.Draw(lay)
    o = k(off)
    dl.text((k(10) + o, o), text, font=f, fill=shadow + (255,))
    dl.text((k(10), 0), text, font=f, fill=fill + (255,), stroke_width=k(1) if stroke else 0,
            stroke_fill=(stroke or fill) + (255,))
    lay = lay.transform(lay.size, Image.AFFINE, (1, shear, -shear * h * 0.75, 0, 1, 0), Image.BICUBIC)
    im.paste(lay, (int(x - k(10)), int(y)), lay)
    return w


def outline_text(im, cx, y, text, f, col):
    """Hollow lettering: the stroke of the text without its fill (2023's 'AGENDA' / 'SUPPORT')."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k(20), int(f.size * 1.4)
    m_full = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m_full).text((k(10), 0), text, font=f, fill=255, stroke_width=k(2), stroke_fill=255)
    m_in = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m_in).text((k(10), 0), text, font=f, fill=255)
    mask = ImageChops.subtract(m_full, m_in)
    im.paste(Image.new("RGB", (w, h), col), (int(cx - w / 2), int(y)), mask)


def fading_numeral(im, x, y, text, f, col, bg):
    """The big numeral behind an afternoon forum's name, fading into the page towards its foot."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k(20), int(f.size * 1.3)
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).text((k(4), 0), text, font=f, fill=255)
    x0, y0, x1, y1 = mask.getbbox()
    low = tuple(int(bg[i] * 0.7 + col[i] * 0.3) for i in range(3))
    fill = Image.new("RGB", (w, h), low)
    fill.paste(vgrad(w, y1 - y0, col, low), (0, y0))
    im.paste(fill, (int(x), int(y)), mask)


def pin(d, x, y, col, bg, s):
    """A map pin before the city in the date box."""
    d.ellipse([x, y, x + s, y + s], fill=col)
    d.polygon([(x + s * 0.1, y + s * 0.62), (x + s * 0.9, y + s * 0.62), (x + s / 2, y + s * 1.35)], fill=col)
    d.ellipse([x + s * 0.32, y + s * 0.3, x + s * 0.68, y + s * 0.66], fill=bg)


def logo(d, x, y, pal):
    """The organisers' logo lines: a two-leaf mark, 'CHINA LINUX KERNEL' over the Chinese name."""
    d.ellipse([x, y + k(6), x + k(40), y + k(96)], fill=pal["line"])
    d.ellipse([x + k(18), y, x + k(62), y + k(96)], fill=pal["title"])
    d.ellipse([x + k(26), y + k(14), x + k(52), y + k(92)], fill=pal["bg"][0])
    d.text((x + k(84), y + k(22)), "CHINA LINUX KERNEL", font=F(21, True), fill=WHITE)
    d.text((x + k(84), y + k(54)), "中国内核开发者大会", font=F(23, True), fill=WHITE)


def clk_mark(d, W, year, pal):
    """'CLK' with the year raised beside it, inside nested rounded outlines (top right)."""
    cx, cy = W - k(270), k(130)
    for i in range(7):
        r = k(14) + i * k(9)
        d.rounded_rectangle([cx - k(190) - i * k(9), cy - k(70) - i * k(9), cx + k(190) + i * k(9),
                             cy + k(70) + i * k(9)], radius=r + k(30),
                            outline=tuple(int(c * (0.55 - i * 0.06)) for c in pal["title"]), width=k(2))
    cf, yf = F(96, True), F(34, True)
    x = cx - (tw(d, "CLK", cf) + tw(d, year, yf) + k(8)) / 2
    d.text((x, cy - k(70)), "CLK", font=cf, fill=pal["clk"], stroke_width=k(2), stroke_fill=pal["title"])
    d.text((x + tw(d, "CLK", cf) + k(8), cy - k(56)), year, font=yf, fill=WHITE)


def inline(d, x, base, runs):
    """Runs of (text, font, colour) on one baseline from x; returns the x after the last."""
    for text, f, col in runs:
        d.text((x, base), text, font=f, fill=col, anchor="ls")
        x += tw(d, text, f)
    return x


def runs_width(d, runs):
    return sum(tw(d, t, f) for t, f, _ in runs)


def background(ed):
    pal = ed["pal"]

    def bg(w, h):
        im = vgrad(w, h, *pal["bg"])
        im = glow(im, w - k(120), k(300), k(420), pal["glow1"], 0.55)
        im = glow(im, k(60), k(1100), k(300), pal["glow2"], 0.25)
        for j, yy in enumerate(range(k(2400), h - k(800), k(1900))):
            im = glow(im, w - k(40) if j % 2 else k(40), yy, k(380), pal["glow1"] if j % 2 else pal["glow2"], 0.22)
        d = ImageDraw.Draw(im)
        rnd = random.Random(ed["seed"])
        for i in range(14):  # swirling streaks around the sphere of the header
            r = k(220) + i * k(22)
            cx, cy = w - k(300), k(760)
            d.arc([cx - r * 1.6, cy - r * 0.6, cx + r * 1.6, cy + r * 0.6], 160 + i * 3, 350,
                  fill=tuple(int(c * (0.75 - i * 0.04)) for c in (pal["glow2"] if i % 3 else pal["glow1"])), width=k(2))
        cx, cy, r = w - k(300), k(740), k(160)
        for j in range(r, 0, -2):  # the sphere: a lit disc, brighter at the top left
            t = j / r
            col = tuple(int(pal["glow1"][c] * (1 - t) * 0.9 + pal["shadow"][c] * t * 0.55) for c in range(3))
            d.ellipse([cx - j - (r - j) * 0.35, cy - j - (r - j) * 0.45, cx + j - (r - j) * 0.35,
                       cy + j - (r - j) * 0.45], fill=col)
        for j in range(4):  # streaks low on the sides, as the 2023 image has them
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - k(260)), yy - k(300))], fill=pal["streak"], width=k(3))
        return grain(im, ed["seed"], ed["grain"], ed["cell"])
    return bg








# ===========================================================================
# Data.  S(name, 'company job' as printed); T a talk (shared and line are never set in this set: every
# talk prints its own range and each speaker his own line; nice=True: the title broken after its colon,
# else greedily as 2023 breaks most titles); R a round table (kind 'panel': moderator, then the guests in
# printed order); B a break.
def S(name, affiliation):
    return {"name": name, "aff": affiliation}


def T(start, end, title, speakers, shared=False, line=None, nice=False):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "shared": shared,
            "line": line, "nice": nice}


def R(start, end, title, moderator, guests, nice=False):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "shared": False, "line": None, "nice": nice}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "shared": False, "line": None,
            "nice": False}


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": plain(host) if s["kind"] != "break" else None}


def forum_truth(forums, date):
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f["host"]) for s in f["slots"]]}
            for f in forums]


# CLK2022's four forum names as its README prints them (the link texts)
# ===========================================================================
# Painting: the 2023 timeline; the edition's switches in `ed`.
def pad(name):
    """2023 pads a two-character Chinese name to the width of three ('郑　琦'); Latin names stay as they are."""
    if len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name):
        return name[0] + "\u3000" + name[1]
    return name


def split_spaces(d, text, f, maxw):
    """A long 'company job' broken only at its printed spaces, as a designer keeps words of a school whole."""
    lines, cur = [], ""
    for word in text.split(" "):
        if cur and tw(d, cur + " " + word, f) > maxw:
            lines.append(cur)
            cur = word
        else:
            cur = (cur + " " + word) if cur else word
    lines.append(cur)
    for ln in lines:
        fits(d, ln, f, maxw)
    return lines


def speaker_line(d, ed, x, y, sp, right, ax=None):
    """'padded name  company job' at the line whose top is y: the name 28 px white, the company 20 px in the
    company colour from a column after three characters (or after a longer name); a 'company job' too long for
    the column goes on under itself, from the same column.  Returns the next line's top."""
    pal = ed["pal"]
    nf, af = F(28), F(20)
    name = pad(sp["name"])
    if ax is None:
        ax = x + tw(d, "国国国", nf) + k(22)
    ax = max(ax, x + tw(d, name, nf) + k(22))
    d.text((x, y + k(31)), name, font=nf, fill=WHITE, anchor="ls")
    lines = split_spaces(d, sp["aff"], af, right - ax)
    sp["_al"] = lines
    for i, ln in enumerate(lines):
        d.text((ax, y + k(30) + i * k(28)), ln, font=af, fill=pal["aff"], anchor="ls")
    return y + k(40) + (len(lines) - 1) * k(28)


def panel_a(d, ed, CX, y, s, right):
    """2023's round table: '主持人：' and '嘉宾：' on lines of their own, one speaker line each under them."""
    pal = ed["pal"]
    mod, guests = s["sp"][0], s["sp"][1:]
    lf = F(28)
    d.text((CX, y), "主持人：", font=lf, fill=pal["label"])
    y = speaker_line(d, ed, CX, y + k(40), mod, right)
    d.text((CX, y), "嘉宾：", font=lf, fill=pal["label"])
    y += k(40)
    for g in guests:
        y = speaker_line(d, ed, CX, y, g, right)
    return y


def is_band(s):
    return s["kind"] == "break" and s["title"].startswith(BANDS)


def slot(im, d, ed, X0, X1, LX, CX, y, s):
    """One slot of the timeline, its title's top at y.  Returns the next slot's title top."""
    pal = ed["pal"]
    right = im.size[0] - k(50)
    if s["kind"] == "break" and not is_band(s):  # 开场 / 开幕 / 全体合影: a plain row, as 2023 prints 开场
        d.text((X0, y + k(3)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(4), y + k(19), LX + k(4), y + k(27)], fill=pal["dot"])
        d.text((CX, y), s["title"], font=F(30, True), fill=pal["title"])
        return y + k(80)
    if s["kind"] == "break":
        top = y - k(27)
        d.rectangle([X0, top, X1, top + k(82)], fill=pal["band"])
        d.text((X0, top + k(20)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(4), top + k(37), LX + k(4), top + k(45)], fill=pal["dot"])
        d.text((CX, top + k(17)), s["title"], font=F(30, True), fill=pal["title"])
        return top + k(82) + k(80)
    if not s["shared"]:
        d.text((X0, y + k(3)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(4), y + k(19), LX + k(4), y + k(27)], fill=pal["dot"])
    tf = F(30, True)
    tl = (wrap_nicely if s["nice"] else wrap)(d, s["title"], tf, right - CX)
    s["_tl"] = tl
    for ln in tl:
        d.text((CX, y), ln, font=tf, fill=pal["title"])
        y += k(40)
    if s["kind"] == "panel":
        y = panel_a(d, ed, CX, y, s, right)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, ed, CX, y, sp, right)
    return y + k(40)


def printed_name(ed, f):
    """The heading as printed: on CLK 3051 a space before '分论坛', as the 2023 image prints '内存管理 分论坛'."""
    n = f["name"]
    if ed["gap"] and n.endswith("分论坛") and not n.endswith(" 分论坛"):
        n = n[:-3] + " 分论坛"
    return n


def heading(im, d, ed, X0, X1, y, i, f):
    """A forum's heading: its name as printed (a big fading numeral behind the afternoon ones), the host, the
    2023 thick bar.  Host 'right': '主持人：padded name' right-aligned at the end of the heading's line, the
    unit right-aligned under it, both above the bar.  Host 'under': after the bar a line of its own at the
    left, where the ranges stand: '主持人：padded name　unit'.  Returns the first slot's title top."""
    pal = ed["pal"]
    name = printed_name(ed, f)
    if i == 0:
        nf = F(52, True)
        ny = y + k(40)
        d.text((X0, ny), name, font=nf, fill=WHITE)
    else:
        fading_numeral(im, X0 - k(4), y, "%02d" % i, F(112, True), pal["num"], pal["bg"][0])
        ny = y + k(58)
        nf = F(50, True)
        d.text((X0, ny), fits(d, name, nf, X1 - X0), font=nf, fill=WHITE, stroke_width=k(1),
               stroke_fill=pal["bg"][0])
    name_right = X0 + tw(d, name, nf)
    if ed["host"] == "below":  # '主持人：padded name　unit' on a line of its own under the name, above the bar
        base = ny + k(108)
        runs = [("主持人：", F(24), pal["label"]), (pad(f["host"]), F(26, True), WHITE), ("　", F(20), WHITE),
                (f["unit"], F(20), pal["aff"])]
        assert X0 + runs_width(d, runs) <= X1, ("host line too wide", f["name"])
        inline(d, X0, base, runs)
        y = base + k(30)
        d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
        return y + k(18) + k(92)
    y = ny + k(84)
    if ed["host"] == "right":
        runs = [("主持人：", F(24), pal["label"]), (pad(f["host"]), F(26, True), WHITE)]
        x = X1 - runs_width(d, runs)
        uf = F(20)
        ux = X1 - tw(d, f["unit"], uf)
        assert min(x, ux) > name_right + k(50), ("host too close to the heading", f["name"])
        inline(d, x, ny + k(26), runs)
        d.text((ux, ny + k(60)), f["unit"], font=uf, fill=pal["aff"], anchor="ls")
        d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
        return y + k(18) + k(92)
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    base = y + k(18) + k(50)
    runs = [("主持人：", F(26), pal["label"]), (pad(f["host"]), F(28, True), WHITE), ("　", F(20), WHITE),
            (f["unit"], F(20), pal["aff"])]
    assert X0 + runs_width(d, runs) <= X1, ("host line too wide", f["name"])
    inline(d, X0, base, runs)
    return base + k(20) + k(70)


def paint(im, d, ed):
    W = im.size[0]
    pal = ed["pal"]
    X0, X1 = k(90), W - k(92)
    logo(d, X0, k(40), pal)
    clk_mark(d, W, ed["year"], pal)
    slanted(im, X0, k(262), ed["nth"], F(80, True), WHITE, pal["shadow"])
    slanted(im, X0, k(352), "Linux 内核开发者大会", F(80, True), WHITE, pal["shadow"])
    # the date box: an outlined box with ticks, date, a pin and the city
    bf = F(34, True)
    bw = tw(d, ed["date_text"], bf) + k(30) + k(30) + tw(d, ed["city"], bf) + k(70)
    d.rectangle([X0, k(476), X0 + bw, k(538)], outline=WHITE, width=k(2))
    d.line([(X0 + k(30), k(470)), (X0 + k(90), k(470))], fill=WHITE, width=k(4))
    d.line([(X0 + bw - k(90), k(544)), (X0 + bw - k(30), k(544))], fill=WHITE, width=k(4))
    x = X0 + k(36)
    d.text((x, k(484)), ed["date_text"], font=bf, fill=WHITE)
    x += tw(d, ed["date_text"], bf) + k(30)
    pin(d, x, k(490), WHITE, pal["bg"][0], k(26))
    d.text((x + k(36), k(484)), ed["city"], font=bf, fill=WHITE)
    d.text((X0, k(584)), ed["addr"], font=F(34, True), fill=WHITE)
    # the intro box
    y = k(900)
    top = y
    y = para(d, X0 + k(32), y + k(36), ed["intro"], F(24), (224, 230, 240), X1 - X0 - k(64), k(48)) + k(24)
    d.rectangle([X0, top, X1, y], outline=tuple(int(c * 0.45) for c in pal["title"]), width=k(2))
    y += k(150)
    outline_text(im, W / 2, y + k(16), "AGENDA", F(110, True), tuple(int(c * 0.6) for c in pal["title"]))
    f66 = F(68, True)
    slanted(im, W / 2 - tw(d, "大会议程", f66) / 2, y, "大会议程", f66, WHITE, pal["shadow"])
    y += k(250)
    LX, CX = X0 + k(212), X0 + k(250)
    for i, f in enumerate(ed["forums"]):
        y = heading(im, d, ed, X0, X1, y, i, f)
        top = y
        for s in f["slots"]:
            y = slot(im, d, ed, X0, X1, LX, CX, y, s)
        bar = y - k(5) if not is_band(f["slots"][-1]) else y - k(62)
        d.line([(LX, top - k(60)), (LX, bar)], fill=pal["line"], width=k(2))
        d.rectangle([X0, bar, X1, bar + k(14)], fill=pal["bar"])
        y = bar + k(14) + k(130)
    for label, hol, units in (("支持单位", "SUPPORT", ed["units"]), ("支持媒体", "SUPPORT", ed["media"])):
        outline_text(im, W / 2, y + k(14), hol, F(96, True), tuple(int(c * 0.6) for c in pal["title"]))
        f60 = F(60, True)
        slanted(im, W / 2 - tw(d, label, f60) / 2, y, label, f60, WHITE, pal["shadow"])
        y += k(170)
        bw, gap, bh = (X1 - X0 - 2 * k(40)) / 3, k(40), k(106)
        for j, u in enumerate(units):
            bx, by = X0 + (j % 3) * (bw + gap), y + (j // 3) * (bh + k(40))
            d.rectangle([bx, by, bx + bw, by + bh], outline=WHITE, width=k(2))
            ff = F(34, True)
            ctext(d, bx + bw / 2, by + bh / 2 - k(25), fits(d, u, ff, bw - k(20)), ff, WHITE)
        y += ((len(units) + 2) // 3) * (bh + k(40)) + k(110)
    return y + k(60)


def draw(ed):
    global K
    K = ed["K"]
    return two_pass(ed["W"], lambda im, d: paint(im, d, ed), background(ed))








# ===========================================================================
# Data.  CLK2025's six forum folders, without their numbers, in folder order.
CLK2025_FORUMS = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
                  "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]

# CLK 4172 (第2167届), 温州, Saturday 4172-10-24.  Every talk prints its own range; nice=True: the title
# broken after its colon, else greedily as 2023 breaks most titles.
DATE = "4172-10-24"
FORUMS = [
    {"name": "主论坛", "host": "郑承泽", "unit": "温州大学 计算机与人工智能学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("林宏斌", "温州大学副校长")]),
        T("09:20", "09:50", "主线内核这一年：国内开发者的贡献与新一代维护者的成长",
          [S("王靖远", "华为 openEuler 内核首席专家")]),
        T("09:50", "10:20", "The arm64 Kernel Roadmap: What Lands Next and Why It Matters for Servers",
          [S("Martin Kowalczyk", "Arm Principal Software Engineer")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "一个 LTS 分支的十年：发行版厂商视角下的内核长期维护",
          [S("徐文博", "统信软件 内核研发经理"), S("钱昊", "统信软件 内核工程师")], nice=True),
        T("11:05", "11:35", "汽车电子中的 Linux：功能安全认证对内核提出了哪些要求",
          [S("高逸飞", "比亚迪 智能座舱系统软件专家")]),
        R("11:35", "12:20", "圆桌论坛：当内核开发者开始用 AI 写补丁，社区的信任从何而来",
          S("周沛然", "温州大学 计算机与人工智能学院副教授"),
          [S("马琰", "浙江大学 计算机科学与技术学院教授"), S("罗际华", "OPPO内核团队负责人，Linux内核社区Maintainer"),
           S("逄慧敏", "中国科学院软件研究所 副研究员"), S("邓建平", "vivo 操作系统技术总监")]),
        B("12:20", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "host": "刘瀚之", "unit": "字节跳动 内核团队技术专家", "slots": [
        T("13:30", "14:00", "rstat 刷新风暴：百万 cgroup 主机上 memory.stat 读取变慢的根因", [S("何知行", "美团 内核工程师")]),
        T("14:00", "14:30", "冷页换出到 zswap 还是 SSD：数据库主机上的分级回收实验", [S("杨子墨", "京东云 系统工程师")]),
        T("14:30", "15:00", "长时运行容器中的 slab 碎片：诊断方法与合并策略", [S("陈锐锋", "网易数帆 内核工程师")]),
        T("15:00", "15:30", "what we learned from turning off NUMA balancing on database hosts",
          [S("王泓宇", "英特尔 云软件工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "安卓后台保活与内存水位：从 watermark_scale_factor 到厂商自研回收线程",
          [S("朱一鸣", "OPPO系统性能工程师"), S("黎晓琳", "OPPO内存优化工程师")], nice=True),
        T("16:30", "17:00", "ARM64 上 vmalloc 映射的开销与大页映射支持", [S("陈家豪", "华为 内核工程师")]),
        T("17:00", "17:30", "虚拟机内存气球与 virtio-mem 的选择：一次弹性扩容项目的复盘",
          [S("李嘉岷", "天翼云 虚拟化工程师")]),
        T("17:30", "18:00", "热迁移后拷贝阶段的缺页风暴：userfaultfd 批量处理的改进", [S("苏文轩", "深信服 虚拟化内核工程师")]),
    ]},
    {"name": "文件系统与存储分论坛", "host": "张海鸥", "unit": "阿里云 存储内核负责人", "slots": [
        T("13:30", "14:00", "XFS 日志争用：小文件密集写入下的 CIL 推送延迟", [S("李俊熙", "字节跳动 文件系统工程师")]),
        T("14:00", "14:30", "btrfs 快照用作 CI 构建缓存：空间回收的那些坑", [S("王思成", "小红书 基础架构工程师")]),
        T("14:30", "15:00", "Lessons Learned from Moving a Build Farm from ext4 to XFS",
          [S("杜睿", "SUSE 存储工程师")]),
        T("15:00", "15:30", "io_uring 命令透传在 NVMe 直通场景下的延迟实测",
          [S("潘逸群", "腾讯云 存储内核工程师"), S("邹佳怡", "腾讯云 存储性能工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "车机 OTA 升级中的 A/B 分区与只读根文件系统", [S("蔡晓峰", "蔚来 系统软件工程师")]),
        T("16:30", "17:00", "页缓存回写抖动：dirty_ratio 之外还能调什么", [S("孙博涵", "快手 内核工程师")]),
        T("17:00", "17:30", "分布式块存储客户端内核模块的热升级方案", [S("许俊豪", "中国电信 存储研发工程师")]),
        T("17:30", "18:00", "exFAT 驱动在大容量存储卡上的目录查找优化", [S("覃子琪", "三星半导体 存储软件工程师")]),
    ]},
    {"name": "调度、性能与调试分论坛", "host": "吴国庆", "unit": "腾讯云 操作系统资深专家", "slots": [
        T("13:30", "14:00", "直播推流服务的 CPU 配额抖动：CFS 带宽控制的周期怎么选", [S("田宇辰", "哔哩哔哩 系统工程师")]),
        T("14:00", "14:30", "云主机里的 perf 为什么不准：PMU 虚拟化的限制与对策", [S("刘立新", "华为云 性能工程师")]),
        T("14:30", "15:00", "Hunting Soft Lockups in Production: A Field Guide for Kernel Engineers",
          [S("张觉民", "字节跳动 稳定性工程师")]),
        T("15:00", "15:30", "RCU 宽限期延迟引发的内存积压：定位与缓解",
          [S("郭嘉伟", "阿里云 内核工程师"), S("卢珂", "阿里云 高级开发工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "从一份 vmcore 到根因：基于 drgn 的自动化分析脚本实践", [S("胡天翊", "浪潮信息 系统软件工程师")], nice=True),
        T("16:30", "17:00", "ftrace 环形缓冲区丢事件问题的排查与规避", [S("蒋志超", "美团 内核工程师")]),
        T("17:00", "17:30", "高频交易主机上的中断线程化与 softirq 延迟治理", [S("傅博文", "中控技术 嵌入式系统专家")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "host": "孙守成", "unit": "海光信息 系统软件总监", "slots": [
        T("13:30", "14:00", "多路服务器上跨 Die 访存延迟的测量与调度感知", [S("陈润之", "龙芯中科 内核工程师")]),
        T("14:00", "14:30", "RISC-V 平台的 ACPI 启动支持：从固件表到驱动探测",
          [S("赵恺", "中国科学院软件研究所 助理研究员"), S("夏语桐", "中国科学院大学 博士研究生")]),
        T("14:30", "15:00", "Porting Linux to a 128-Core Arm Server: Firmware, Interrupts and Timers",
          [S("彭浩宇", "安谋科技 系统软件工程师")]),
        T("15:00", "15:30", "国产 GPU 驱动进入主线之前：DRM 子系统的接口约束与代码评审", [S("刘明远", "摩尔线程 驱动工程师")], nice=True),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "国产 DPU 卸载网络与存储路径时的内核接口设计", [S("叶俊峰", "中科驭数 软件架构师")]),
        T("16:30", "17:00", "AMX 状态在上下文切换中的保存开销与惰性恢复", [S("梁志鹏", "英特尔 软件工程师")]),
        T("17:00", "17:30", "车规 MCU 与应用核之间的共享内存通信：一个 virtio 传输层的实现", [S("沈宁", "瑞芯微 BSP 工程师")]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "host": "黄澄远", "unit": "蚂蚁集团 基础设施技术专家", "slots": [
        T("13:30", "14:00", "推理节点 GPU 直通下的 IOMMU 页表开销与 DMA 映射复用", [S("宋立昂", "商汤科技 基础设施工程师")]),
        T("14:00", "14:30", "用 eBPF 观测推理服务尾延迟：从系统调用到 futex 争用", [S("张鉴川", "百度智能云 系统工程师")]),
        T("14:30", "15:00", "Tracing Collective Communication Stalls with eBPF and uprobes",
          [S("欧阳舒", "小米 eBPF 工程师")]),
        T("15:00", "15:30", "用 BPF token 为容器开放受限的 eBPF 能力",
          [S("刘思齐", "京东 安全工程师"), S("任屹", "京东 内核工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "训练任务被抢占之后：CRIU 检查点与 GPU 状态恢复的探索", [S("钟雨萌", "智谱 系统工程师")]),
        T("16:30", "17:00", "TC eBPF 实现训练集群的流量染色与拥塞定位", [S("王文康", "七牛云 网络工程师")]),
        T("17:00", "17:30", "基于 eBPF 的大页使用画像：推理进程的内存到底花在哪", [S("李宛儒", "腾讯 TencentOS 内核工程师")], nice=True),
        T("17:30", "18:00", "模型权重加载慢在哪：页缓存、预读与 O_DIRECT 的取舍", [S("金涵", "麒麟软件 内核工程师")]),
    ]},
]
INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 2167 届，由高校、操作系统厂商、"
         "芯片与终端企业和云服务商共同发起，以\u201c自由，协作，创新\u201d为理念，以开源技术的推广和普及为使命，"
         "旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由温州大学承办，每届线下参会人数近 500 人，"
         "现诚邀广大 Linux 开发者和爱好者参加本次大会。")
UNITS = ["温州大学", "华为", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "龙芯中科", "统信软件",
         "麒麟软件", "海光信息", "英特尔", "蚂蚁集团", "浙江大学", "Arm"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "LWN 中文", "思否", "OSCHINA", "阅码场", "开源江湖"]
# NEW COLOURS: a GRAPHITE page, CHARTREUSE titles, bars, dots and numerals, LILAC 'company job', CORAL labels,
# dark olive break bands, chartreuse and violet glows (2023: navy page, teal, blue, violet, navy bands).
PAL = {"bg": ((28, 30, 34), (10, 11, 13)), "title": (200, 236, 70), "aff": (190, 172, 255), "label": (255, 132, 112),
       "line": (104, 118, 70), "dot": (200, 236, 70), "band": (46, 56, 30), "bar": (184, 222, 52),
       "num": (178, 216, 52), "glow1": (150, 196, 40), "glow2": (118, 72, 196), "shadow": (104, 66, 178),
       "streak": (56, 58, 70), "clk": (244, 252, 226)}
ED = {"forums": FORUMS, "pal": PAL, "year": "4172", "nth": "第2167届中国", "date_text": "10月24日",
      "city": "温州", "addr": "地址：温州大学茶山校区 育英图书馆报告厅", "intro": INTRO, "units": UNITS,
      "media": MEDIA, "seed": 14172, "host": "under", "gap": True, "K": 1.15, "W": 1242,
      "grain": 0.002, "cell": 3}
FILE = "CLK4172全部议程.jpg"
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
RARE = ["欧阳舒", "逄慧敏"]

LAYOUT = (
    "CLK 4172 (第2167届), 温州, 4172-10-24 (JPEG q85, %d x %d): the ONE whole-agenda image of an invented edition, "
    "named as CLK2025's repository names its own (CLK + year + 全部议程.jpg), 1242 px wide, in the organisers' 2023 "
    "family (layout and measures of CLK2023全部议程.png, scaled by 1.15) with NEW COLOURS: a GRAPHITE page with "
    "chartreuse and violet glows, CHARTREUSE titles, bars, dots and numerals, LILAC 'company job', CORAL '主持人：' / "
    "'嘉宾：' labels, dark olive break bands, 'CLK' in pale green-white. Logo lines 'CHINA LINUX KERNEL' / "
    "'中国内核开发者大会', 'CLK' with '4172' raised in nested outlines, a slanted '第2167届中国' / 'Linux 内核开发者大会' "
    "with a violet shadow, an outlined box '10月24日' + pin + '温州' (no year, as 2023), '地址：温州大学茶山校区 "
    "育英图书馆报告厅', a violet sphere in swirling lines, a framed introduction (naming no forum), '大会议程' over a "
    "hollow 'AGENDA'. CLK2025's six forums ONE UNDER ANOTHER in folder order: '主论坛', then over fading chartreuse "
    "numerals '01'..'05' the afternoon headings printed WITH A SPACE BEFORE '分论坛' as 2023 prints its own "
    "('内存管理与优化 分论坛', 'AI 基础设施与 eBPF 应用 分论坛'); the thick bar; UNDER THE BAR, at the left where the "
    "ranges stand, the HOST on a line of his own: '主持人：' (coral), the name (bold white), the unit (small lilac). "
    "The 2023 timeline: range 35 px bold white, a dot on a thin vertical line, the title 35 px bold chartreuse "
    "(broken greedily, also inside Chinese words, as 2023 breaks them; five after their colon), per speaker 'padded "
    "name  company job' (name 32 px white, 'company job' 23 px lilac), two speakers of a talk on two lines. EVERY "
    "talk prints its own range. 主论坛 (host 郑承泽, 温州大学 计算机与人工智能学院院长): '09:00-09:05 开场' a plain row; "
    "'嘉宾致辞' by 林宏斌 (温州大学副校长); '主线内核这一年：…新一代维护者' / '的成长' (王靖远, 华为); the ONE Latin "
    "speaker Martin Kowalczyk (Arm Principal Software Engineer) with 'The arm64 Kernel Roadmap: What Lands Next' / "
    "'and Why It Matters for Servers'; a 茶歇 band 10:20-10:35; '一个 LTS 分支的十年：' / '发行版厂商视角下的内核长期维护' "
    "by 徐文博 over 钱　昊 (统信软件); '汽车电子中的 Linux：…对内核提出了哪' / '些要求' (高逸飞, 比亚迪); the ROUND "
    "TABLE '圆桌论坛：当内核开发者开始用 AI 写补丁，社区的' / '信任从何而来' (11:35-12:20) with 2023's '主持人：' and "
    "'嘉宾：' on lines of their own (周沛然; 马　琰, 罗际华, 逄慧敏, 邓建平, each on a line); a 午餐 band 12:20-13:30. "
    "Afternoon from 13:30, a 茶歇 band 15:30-15:50 in every forum, the first talk after it 40 minutes (15:50-16:30) "
    "in every forum. 01 内存管理与优化 (host 刘瀚之, 字节跳动): 'rstat 刷新风暴：…memory.stat' / '读取变慢的根因'; "
    "the lower-case English 'what we learned from turning off NUMA' / 'balancing on database hosts' (王泓宇); "
    "'安卓后台保活与内存水位：' / '从 watermark_scale_factor 到厂商自研回收线程' by 朱一鸣 over 黎晓琳 (OPPO, "
    "run together: 'OPPO系统性能工程师'); '…一次弹性扩' / '容项目的复盘'; '…userfaultfd 批量处' / '理的改进'; ends "
    "18:00. 02 文件系统与存储 (host 张海鸥, 阿里云): 'Lessons Learned from Moving a Build Farm' / 'from ext4 to XFS' "
    "(杜　睿, SUSE); 'io_uring 命令透传在 NVMe 直通场景下的延迟实测' by 潘逸群 over 邹佳怡 (腾讯云); ends 18:00. "
    "03 调度、性能与调试 (host 吴国庆, 腾讯云): '…CFS 带宽控制的周' / '期怎么选'; 'Hunting Soft Lockups in Production: "
    "A Field' / 'Guide for Kernel Engineers' (张觉民); 'RCU 宽限期延迟引发的内存积压：定位与缓解' by 郭嘉伟 over "
    "卢　珂 (阿里云); '从一份 vmcore 到根因：' / '基于 drgn 的自动化分析脚本实践'; ends 17:30. 04 硬件架构与异构计算 "
    "(host 孙守成, 海光信息): 'RISC-V 平台的 ACPI 启动支持：从固件表到驱动探测' by 赵　恺 over 夏语桐 (中国科学院软件"
    "研究所, 中国科学院大学); 'Porting Linux to a 128-Core Arm Server:' / 'Firmware, Interrupts and Timers' (彭浩宇, "
    "安谋科技); '国产 GPU 驱动进入主线之前：' / 'DRM 子系统的接口约束与代码评审'; ends 17:30. 05 AI 基础设施与 eBPF "
    "应用 (host 黄澄远, 蚂蚁集团): 'Tracing Collective Communication Stalls with' / 'eBPF and uprobes' (欧阳舒, 小米); "
    "'用 BPF token 为容器开放受限的 eBPF 能力' by 刘思齐 over 任　屹 (京东); '…页缓存、预读与 O_DIRECT' / '的取舍' "
    "(金　涵); ends 18:00. Fifteen '支持单位' and nine '支持媒体' boxes over a hollow 'SUPPORT'. "
    "6 + 8 + 8 + 7 + 7 + 8 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 136, 159, 170): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('钱　昊' -> '钱昊', '马　琰' -> '马琰', 'Martin Kowalczyk' "
    "-> 'MartinKowalczyk'); host is the chair printed after '主持人：' for the forum (the unit printed after him is no "
    "part of it and no affiliation of any slot), null for breaks; start/end HH:MM on a 24-hour clock; where two "
    "speakers are printed each has his own affiliation, in printed order; affiliations are the printed 'company "
    "job' exactly, spaced or run together as printed ('华为 openEuler 内核首席专家', '温州大学副校长', 'OPPO系统性能"
    "工程师', 'OPPO内核团队负责人，Linux内核社区Maintainer', 'Arm Principal Software Engineer'); an opening speech "
    "printed with a speaker ('嘉宾致辞') is a talk, a slot printed without one ('开场') a break; '午餐' closes 主论坛 as "
    "its break; a forum that prints no break after its last slot ends with it; every forum carries the edition's "
    "date. ONE invented edition, CLK 4172 (第2167届, 温州, Saturday 4172-10-24), drawn as the ONE whole-agenda image "
    "CLK2025's repository lists (CLK2025全部议程.jpg), 1242 wide, JPEG q85, in the organisers' 2023 family with new "
    "colours (graphite page, chartreuse titles, lilac 'company job', coral labels); one entry holding CLK2025's six "
    "forums in printed (= folder) order. The date box prints '10月24日' without a year, as 2023 did; the year is the "
    "one of the 'CLK 4172' mark. Headers, logo lines, the introduction, the address, the date box, the hollow "
    "'AGENDA' and 'SUPPORT', support units and media are never part of a name, a title or a slot; the numerals "
    "'01'..'05' are no part of a forum's name. Judgement calls: (1) FORUM NAMES are CLK2025's folder names without "
    "their number ('6 AI 基础设施与 eBPF 应用分论坛' -> 'AI 基础设施与 eBPF 应用分论坛'); the headings print a space "
    "before '分论坛' as the 2023 image prints its own ('调度、性能与调试 分论坛'): the forum is still the folder name, "
    "without that space. (2) HOSTS: 2023 printed none; here the host is the name after '主持人：' on the line of its "
    "own UNDER the forum's thick bar, at the left, above the first range (主论坛 郑承泽, then 刘瀚之, 张海鸥, 吴国庆, "
    "孙守成, 黄澄远); the unit after him ('温州大学 计算机与人工智能学院院长', '字节跳动 内核团队技术专家', …) is no "
    "affiliation, and the host line is no slot. (3) Every talk prints its own range; no range is shared by two "
    "talks, and slots of a forum follow one another without gaps. (4) The ROUND TABLE is ONE slot of kind 'panel': "
    "its speakers are the moderator 周沛然 first, then the four guests in printed order (马琰, 罗际华, 逄慧敏, "
    "邓建平), one affiliation each; the title keeps '圆桌论坛：' and is joined over its two lines ('…社区的' / "
    "'信任从何而来' -> '…社区的信任从何而来'); '主持人：' and '嘉宾：' there are labels, and the moderator is not the "
    "forum's host (郑承泽). (5) TWO SPEAKERS OF ONE TALK stand on two lines, each with the 'company job' of his own "
    "line (徐文博 / 钱昊, 朱一鸣 / 黎晓琳, 潘逸群 / 邹佳怡, 郭嘉伟 / 卢珂, 赵恺 / 夏语桐, 刘思齐 / 任屹), one such talk "
    "in every forum. (6) Titles wrapped over two lines are one title: Latin words joined with a space ('The arm64 "
    "Kernel Roadmap: What Lands Next and Why It Matters for Servers', 'what we learned from turning off NUMA "
    "balancing on database hosts', 'Lessons Learned from Moving a Build Farm from ext4 to XFS', 'Hunting Soft "
    "Lockups in Production: A Field Guide for Kernel Engineers', 'Porting Linux to a 128-Core Arm Server: Firmware, "
    "Interrupts and Timers', 'Tracing Collective Communication Stalls with eBPF and uprobes'; also a Chinese title "
    "broken at the space before or after a Latin word keeps that space: '…memory.stat' / '读取变慢的根因', '…futex' / "
    "'争用', '…O_DIRECT' / '的取舍', '…一个' / 'virtio 传输层的实现'), Chinese broken inside a word joined without "
    "anything ('…维护者' / '的成长', '…提出了哪' / '些要求', '…社区的' / '信任从何而来', '…分级' / '回收实验', '…弹性扩' "
    "/ '容项目的复盘', '…批量处' / '理的改进', '…带宽控制的周' / '期怎么选', '…限制与' / '对策', '…DMA 映' / '射复用', "
    "'…GPU 状态恢复' / '的探索'), nothing added after a full-width '：' ('一个 LTS 分支的十年：' / '发行版厂商视角下的"
    "内核长期维护', '安卓后台保活与内存水位：' / '从 watermark_scale_factor 到厂商自研回收线程', '从一份 vmcore 到根因：' "
    "/ '基于 drgn 的自动化分析脚本实践', '国产 GPU 驱动进入主线之前：' / 'DRM 子系统的接口约束与代码评审', '基于 eBPF "
    "的大页使用画像：' / '推理进程的内存到底花在哪'). (7) The only Latin-lettered speaker is Martin Kowalczyk (主论坛), "
    "his 'company job' in English; 王泓宇, 杜睿, 张觉民, 彭浩宇 and 欧阳舒 speak under English-only titles but are "
    "printed in Chinese. 欧阳舒 has the compound surname 欧阳 (his name is the three characters as printed). "
    "(8) 调度、性能与调试 and 硬件架构与异构计算 have seven talks and end at 17:30; the three others have eight and end "
    "at 18:00; the first talk after tea runs 40 minutes (15:50-16:30) in every afternoon forum. Surnames: of the 59 "
    "Chinese people 17 bear 王, 李, 张, 刘 or 陈 and 33 one of the twenty common ones (王 李 张 刘 陈 杨 黄 赵 吴 周 徐 "
    "孙 马 胡 朱 郭 何 罗 高 林); 24 other common surnames, one rare (逄慧敏) and one compound (欧阳舒).")
WRAPPED = [
    ["主线内核这一年：国内开发者的贡献与新一代维护者", "的成长"],
    ["The arm64 Kernel Roadmap: What Lands Next", "and Why It Matters for Servers"],
    ["一个 LTS 分支的十年：", "发行版厂商视角下的内核长期维护"],
    ["汽车电子中的 Linux：功能安全认证对内核提出了哪", "些要求"],
    ["圆桌论坛：当内核开发者开始用 AI 写补丁，社区的", "信任从何而来"],
    ["rstat 刷新风暴：百万 cgroup 主机上 memory.stat", "读取变慢的根因"],
    ["冷页换出到 zswap 还是 SSD：数据库主机上的分级", "回收实验"],
    ["what we learned from turning off NUMA", "balancing on database hosts"],
    ["安卓后台保活与内存水位：", "从 watermark_scale_factor 到厂商自研回收线程"],
    ["虚拟机内存气球与 virtio-mem 的选择：一次弹性扩", "容项目的复盘"],
    ["热迁移后拷贝阶段的缺页风暴：userfaultfd 批量处", "理的改进"],
    ["Lessons Learned from Moving a Build Farm", "from ext4 to XFS"],
    ["直播推流服务的 CPU 配额抖动：CFS 带宽控制的周", "期怎么选"],
    ["云主机里的 perf 为什么不准：PMU 虚拟化的限制与", "对策"],
    ["Hunting Soft Lockups in Production: A Field", "Guide for Kernel Engineers"],
    ["从一份 vmcore 到根因：", "基于 drgn 的自动化分析脚本实践"],
    ["Porting Linux to a 128-Core Arm Server:", "Firmware, Interrupts and Timers"],
    ["国产 GPU 驱动进入主线之前：", "DRM 子系统的接口约束与代码评审"],
    ["车规 MCU 与应用核之间的共享内存通信：一个", "virtio 传输层的实现"],
    ["推理节点 GPU 直通下的 IOMMU 页表开销与 DMA 映", "射复用"],
    ["用 eBPF 观测推理服务尾延迟：从系统调用到 futex", "争用"],
    ["Tracing Collective Communication Stalls with", "eBPF and uprobes"],
    ["训练任务被抢占之后：CRIU 检查点与 GPU 状态恢复", "的探索"],
    ["基于 eBPF 的大页使用画像：", "推理进程的内存到底花在哪"],
    ["模型权重加载慢在哪：页缓存、预读与 O_DIRECT", "的取舍"],
]


def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(poster):
    assert [f["name"] for f in FORUMS] == CLK2025_FORUMS
    assert [f["forum"] for f in poster["forums"]] == CLK2025_FORUMS
    everybody = people(FORUMS)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
    assert saturday(poster["date"]), poster["date"]
    titles = []
    for f in poster["forums"]:
        assert f["date"] == poster["date"]
        titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
        prev = None
        for s in f["slots"]:
            assert s["start"] < s["end"], s
            if prev is not None:  # slots follow one another without gaps; no range is shared
                assert s["start"] == prev["end"], s
            prev = s
            assert (s["host"] is None) == (s["kind"] == "break"), s
            assert len(s["speakers"]) == len(s["affiliations"]), s
            if s["kind"] == "talk":
                assert 1 <= len(s["speakers"]) <= 2, s
            if s["kind"] == "panel":
                assert s["speakers"][0] != s["host"] and len(s["speakers"]) == 5, s
                assert s["title"].startswith("圆桌论坛："), s
        assert f["slots"][0]["start"] == ("09:00" if f["forum"] == "主论坛" else "13:30"), f["forum"]
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv") + glob.glob("/work/shared/corpus/years/CLK2022/README.md")
    if listings:
        text = "".join(open(p, encoding="utf-8").read() for p in listings)
        for n in everybody:
            assert plain(n) not in text and n not in text, n
        for t in titles:
            assert t not in text or t == "嘉宾致辞", t
    slots = [s for f in FORUMS for s in f["slots"]]
    assert not any(s["shared"] or s["line"] for s in slots)
    assert [(f["name"], s["kind"]) for f in FORUMS for s in f["slots"] if s["kind"] == "panel"] == [("主论坛", "panel")]
    assert FORUMS[0]["slots"][-1]["title"] == "午餐" and all(f["slots"][-1]["title"] != "午餐" for f in FORUMS[1:])
    assert all(sum(s["title"] == "茶歇" for s in f["slots"]) == 1 for f in FORUMS)
    two = [s for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
    assert len(two) == 6, two
    assert sorted(f["name"] for f in FORUMS for s in f["slots"] if s in two) == sorted(CLK2025_FORUMS)  # one a forum
    assert [n for n in everybody if re.search(r"[A-Za-z]", n)] == ["Martin Kowalczyk"]
    english = [s["title"] for s in slots if s["kind"] == "talk" and re.fullmatch(r"[A-Za-z0-9 :,.'_\-]+", s["title"])]
    assert len(english) == 6, english
    for f in FORUMS:  # nobody hosts and speaks
        assert f["host"] not in [sp["name"] for s in f["slots"] for sp in s["sp"]]
    ends = [f["slots"][-1]["end"] for f in FORUMS[1:]]
    assert ends == ["18:00", "18:00", "17:30", "17:30", "18:00"], ends
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    for s in slots:  # no wrapped title leaves fewer than two characters on its second line
        assert len(s.get("_tl", [])) < 2 or len(s["_tl"][1]) >= 2, s["_tl"]
    chinese = [n for n in everybody if not re.search(r"[A-Za-z]", n)]
    assert len(chinese) == 59, len(chinese)
    assert all(len(n) in (2, 3) for n in chinese)
    assert sum(n[0] in TOP5 for n in chinese) == 17
    assert sum(n[0] in TOP20 for n in chinese) == 33
    assert sorted(n for n in chinese if n[0] in "逄欧") == sorted(RARE)
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]


def main():
    im = draw(ED)
    assert im.size[0] == 1242 and 14000 <= im.size[1] <= 17500, im.size
    path = os.path.join(HERE, FILE)
    im.save(path, "JPEG", quality=85)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert 1_500_000 <= size <= 3_500_000, size
    poster = {"file": FILE, "layout": LAYOUT % im.size, "date": DATE, "forums": forum_truth(FORUMS, DATE)}
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in poster["forums"])
    assert poster["layout"].endswith(counts + " talks."), counts
    n = check(poster)
    print("scored talks", n)
    assert 42 <= n <= 55, n
    assert wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [], wrapped_affs()
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
