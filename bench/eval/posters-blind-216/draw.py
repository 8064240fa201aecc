"""Draw the two-hundred-and-sixteenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK9216全部议程.jpg and truth.json next to this file
      (DRAFT=1 also writes tmp/draft.png, the lossless page, only to look at it).
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 9216 (第7211届, 淄博, Saturday 9216-10-22), drawn as the ONE
whole-agenda image CLK2025's repository lists (CLK2025全部议程.jpg): JPEG q85, 1242 wide, in the
organisers' 2023 family (layout and measures of CLK2023全部议程.png, scaled by 1.15, for the parts
across the page) with NEW COLOURS (a deep PEACOCK page, MARIGOLD titles, bars, dots and numerals,
PALE AQUA 'company job', CORAL '主持人：' / '嘉宾：' labels, lighter peacock break bands, marigold and
teal glows, a marigold sphere).  主论坛 across the page; then 01 (内存管理与优化, nine talks) across
the page too; then the four other afternoon forums TWO SIDE BY SIDE as columns (02 | 03, 04 | 05),
each with its own heading, host line, narrow timeline, tea band and closing bar.  As 2023 does,
three ranges are printed once over several talks: over THREE talks in 01 (as 2023's 14:00-15:00)
and over two in 03 and in 05 (the later talks without range or dot).

This file is a copy of /work/main/bench/eval/posters-blind-197/draw.py (set 197 had the same brief;
its helpers come from sets 185, 172, 170, 159, 136, 133, 121, 115, 105, 103, 97, 90, 86, 78, 72, 68,
59 and 43).  Kept unchanged: everything from font to forum_truth and from pad to draw (font, tw,
TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad, grain, glow, two_pass,
para, fits, WHITE, BANDS, rng, plain, saturday, REAL_NAMES, K, F, k, slanted, outline_text,
fading_numeral, pin, logo, clk_mark, inline, runs_width, background, S, T, R, B, truth_slot,
forum_truth, pad, split_spaces, geom_wide, geom_col, speaker_line, panel_a, is_band,
range_and_dot, slot, printed_name, host_line, heading_wide, heading_col, forum_block, paint, draw),
people, wrapped_titles, wrapped_affs and main (but for printing the wrapped titles while WRAPPED
was not yet filled in).  Changed: check (a shared range may cover three talks; this set's rows,
tea ranges, ends, Latin speaker, surname counts and rare surnames; the title checks collect every
failure before they fail).  New: all the data, INTRO, UNITS, MEDIA, PAL, ED, SHARED, LAYOUT, NOTE,
WRAPPED, TOP5, TOP20 and RARE.
"""
import datetime
import glob
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
        for j in range(6):  # faint streaks low on the sides, kept inside the page's outer margins
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - 52), yy - 150)], fill=pal["streak"], width=k(3))
        return grain(im, ed["seed"], ed["grain"], ed["cell"])
    return bg








# ===========================================================================
# Data.  S(name, 'company job' as printed); T a talk (shared=True: printed under the range of the talk
# above it, without range or dot, carrying that range; line and nice are never set here: each speaker
# his own line, titles broken greedily as 2023 breaks most); R a round table (kind 'panel': moderator,
# then the guests in printed order); B a break.
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




# ===========================================================================
# Painting: the 2023 timeline at two measures.  A geometry g holds a column's x positions and its type:
# the page-wide measure is 2023's scaled by 1.15 (主论坛 and the forum across the page), the column
# measure is this set's own (two afternoon forums side by side).
def pad(name):
    """2023 pads a two-character Chinese name to the width of three ('郑　琦'); Latin names stay as they are."""
    if len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name):
        return name[0] + "\u3000" + name[1]
    return name


def split_spaces(d, text, f, maxw):
    """A long 'company job' broken only at its printed spaces, as a designer keeps words whole."""
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


def geom_wide(W):
    X0, X1 = k(90), W - k(92)
    return {"X0": X0, "X1": X1, "LX": X0 + k(212), "CX": X0 + k(250), "right": W - k(50),
            "rf": F(30, True), "tf": F(30, True), "tlh": k(40), "tb": k(33), "nf": F(28), "af": F(20),
            "nb": k(31), "ab": k(30), "slh": k(40), "alh": k(28), "ngap": k(22), "after": k(40),
            "lf": F(28), "llh": k(40), "bh": k(82), "btop": k(27), "row": k(80), "dot": k(4)}


def geom_col(X0, X1):
    """A column of a pair: range 22 px bold, title 26 px bold, name 24 px, 'company job' 17 px."""
    return {"X0": X0, "X1": X1, "LX": X0 + 150, "CX": X0 + 168, "right": X1,
            "rf": font(22, True), "tf": font(26, True), "tlh": 35, "tb": 28, "nf": font(24), "af": font(17),
            "nb": 27, "ab": 26, "slh": 34, "alh": 23, "ngap": 16, "after": 34,
            "lf": font(24), "llh": 34, "bh": 66, "btop": 20, "row": 62, "dot": 4}


def speaker_line(d, pal, g, y, sp):
    """'padded name  company job' on the line whose top is y; the company from a column after three
    characters (or after a longer name); a 'company job' too long for the column goes on under itself."""
    nf, af, x = g["nf"], g["af"], g["CX"]
    name = pad(sp["name"])
    ax = max(x + tw(d, "国国国", nf), x + tw(d, name, nf)) + g["ngap"]
    d.text((x, y + g["nb"]), name, font=nf, fill=WHITE, anchor="ls")
    lines = split_spaces(d, sp["aff"], af, g["right"] - ax)
    sp["_al"] = lines
    for i, ln in enumerate(lines):
        d.text((ax, y + g["ab"] + i * g["alh"]), ln, font=af, fill=pal["aff"], anchor="ls")
    return y + g["slh"] + (len(lines) - 1) * g["alh"]


def panel_a(d, pal, g, y, s):
    """2023's round table: '主持人：' and '嘉宾：' on lines of their own, one speaker line each under them."""
    mod, guests = s["sp"][0], s["sp"][1:]
    d.text((g["CX"], y), "主持人：", font=g["lf"], fill=pal["label"])
    y = speaker_line(d, pal, g, y + g["llh"], mod)
    d.text((g["CX"], y), "嘉宾：", font=g["lf"], fill=pal["label"])
    y += g["llh"]
    for gu in guests:
        y = speaker_line(d, pal, g, y, gu)
    return y


def is_band(s):
    return s["kind"] == "break" and s["title"].startswith(BANDS)


def range_and_dot(d, pal, g, base, s):
    d.text((g["X0"], base), rng(s), font=g["rf"], fill=WHITE, anchor="ls")
    cy = base - round(g["tf"].size * 0.36)
    r = g["dot"]
    d.ellipse([g["LX"] - r, cy - r, g["LX"] + r, cy + r], fill=pal["dot"])


def slot(d, pal, g, y, s):
    """One slot of the timeline, its title's top at y.  Returns the next slot's title top."""
    if s["kind"] == "break" and not is_band(s):  # 开场: a plain row, as 2023 prints it
        range_and_dot(d, pal, g, y + g["tb"], s)
        d.text((g["CX"], y + g["tb"]), s["title"], font=g["tf"], fill=pal["title"], anchor="ls")
        return y + g["row"]
    if s["kind"] == "break":
        top = y - g["btop"]
        d.rectangle([g["X0"], top, g["X1"], top + g["bh"]], fill=pal["band"])
        base = top + g["bh"] // 2 + round(g["tf"].size * 0.36)
        range_and_dot(d, pal, g, base, s)
        d.text((g["CX"], base), s["title"], font=g["tf"], fill=pal["title"], anchor="ls")
        return top + g["bh"] + g["row"]
    if not s["shared"]:  # a talk printed under the range of the talk above it prints no range and no dot
        range_and_dot(d, pal, g, y + g["tb"], s)
    tl = wrap(d, s["title"], g["tf"], g["right"] - g["CX"])
    s["_tl"] = tl
    for ln in tl:
        d.text((g["CX"], y + g["tb"]), ln, font=g["tf"], fill=pal["title"], anchor="ls")
        y += g["tlh"]
    if s["kind"] == "panel":
        y = panel_a(d, pal, g, y, s)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, pal, g, y, sp)
    return y + g["after"]


def printed_name(f):
    """The heading as printed: a space before '分论坛', as the 2023 image prints '内存管理 分论坛'."""
    n = f["name"]
    if n.endswith("分论坛"):
        n = n[:-3] + " 分论坛"
    return n


def host_line(d, pal, x, x1, base, f, sizes):
    lf, nf, uf = sizes
    runs = [("主持人：", lf, pal["label"]), (pad(f["host"]), nf, WHITE), ("　", uf, WHITE), (f["unit"], uf, pal["aff"])]
    assert x + runs_width(d, runs) <= x1, ("host line too wide", f["name"])
    inline(d, x, base, runs)


def heading_wide(im, d, pal, g, y, i, f):
    """A forum's heading across the page: the name (a big fading numeral behind an afternoon one), 2023's thick
    bar, then the HOST on a line of its own at the left, where the ranges stand.  Returns the first title top."""
    X0, X1 = g["X0"], g["X1"]
    name = printed_name(f) if i else f["name"]
    if i == 0:
        ny = y + k(40)
        d.text((X0, ny), name, font=F(52, True), fill=WHITE)
    else:
        fading_numeral(im, X0 - k(4), y, "%02d" % i, F(112, True), pal["num"], pal["bg"][0])
        ny = y + k(58)
        nf = F(50, True)
        d.text((X0, ny), fits(d, name, nf, X1 - X0), font=nf, fill=WHITE, stroke_width=k(1), stroke_fill=pal["bg"][0])
    y = ny + k(84)
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    base = y + k(18) + k(50)
    host_line(d, pal, X0, X1, base, f, (F(26), F(28, True), F(20)))
    return base + k(20) + k(70)


def heading_col(im, d, pal, g, y, i, f):
    """A column's heading: numeral 84 px, the name 36 px, a bar 12 px, the host line under it."""
    X0, X1 = g["X0"], g["X1"]
    fading_numeral(im, X0 - 3, y, "%02d" % i, font(84, True), pal["num"], pal["bg"][0])
    ny = y + 44
    nf = font(36, True)
    d.text((X0, ny), fits(d, printed_name(f), nf, X1 - X0), font=nf, fill=WHITE, stroke_width=1,
           stroke_fill=pal["bg"][0])
    y = ny + 64
    d.rectangle([X0, y, X1, y + 12], fill=pal["bar"])
    base = y + 12 + 40
    host_line(d, pal, X0, X1, base, f, (font(22), font(24, True), font(17)))
    return base + 16 + 58


def forum_block(im, d, pal, g, y, i, f, wide):
    """Heading, timeline and closing bar of one forum; returns the y under its closing bar."""
    y = (heading_wide if wide else heading_col)(im, d, pal, g, y, i, f)
    top = y
    for s in f["slots"]:
        y = slot(d, pal, g, y, s)
    bar = y - 5 if not is_band(f["slots"][-1]) else y - g["row"] + 18
    d.line([(g["LX"], top - (k(60) if wide else 44)), (g["LX"], bar)], fill=pal["line"], width=2)
    d.rectangle([g["X0"], bar, g["X1"], bar + (k(14) if wide else 10)], fill=pal["bar"])
    f["_top"], f["_bottom"] = top, bar
    return bar + (k(14) if wide else 10)


def paint(im, d, ed):
    W = im.size[0]
    pal = ed["pal"]
    X0, X1 = k(90), W - k(92)
    logo(d, X0, k(40), pal)
    clk_mark(d, W, ed["year"], pal)
    slanted(im, X0, k(262), ed["nth"], F(80, True), WHITE, pal["shadow"])
    slanted(im, X0, k(352), "Linux 内核开发者大会", F(80, True), WHITE, pal["shadow"])
    bf = F(34, True)  # the date box: an outlined box with ticks, date, a pin and the city
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
    y = k(900)  # the intro box
    top = y
    y = para(d, X0 + k(32), y + k(36), ed["intro"], F(24), (226, 230, 238), X1 - X0 - k(64), k(48)) + k(24)
    d.rectangle([X0, top, X1, y], outline=tuple(int(c * 0.45) for c in pal["title"]), width=k(2))
    y += k(150)
    outline_text(im, W / 2, y + k(16), "AGENDA", F(110, True), tuple(int(c * 0.6) for c in pal["title"]))
    f66 = F(68, True)
    slanted(im, W / 2 - tw(d, "大会议程", f66) / 2, y, "大会议程", f66, WHITE, pal["shadow"])
    y += k(250)
    wide = geom_wide(W)
    CL0, CR1, GAP = ed["cols"]
    cw = (CR1 - CL0 - GAP) // 2
    left, right = geom_col(CL0, CL0 + cw), geom_col(CR1 - cw, CR1)
    forums = ed["forums"]
    for row in ed["rows"]:
        if len(row) == 1:
            i = row[0]
            y = forum_block(im, d, pal, wide, y, i, forums[i], True) + k(130)
        else:
            a, b = row
            ya = forum_block(im, d, pal, left, y, a, forums[a], False)
            yb = forum_block(im, d, pal, right, y, b, forums[b], False)
            y = max(ya, yb) + k(130)
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

# CLK 9216 (第7211届), 淄博, Saturday 9216-10-22.  Three ranges are printed once over two or three talks
# (shared=True: the talk prints no range and no dot and carries the range of the talk above it).
DATE = "9216-10-22"
FORUMS = [
    {"name": "主论坛", "host": "孙建国", "unit": "山东理工大学 计算机科学与技术学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("王建新", "山东理工大学副校长")]),
        T("09:20", "09:50", "从 C 到 Rust：一个块设备驱动的重写与上游之路",
          [S("张伟", "华为 操作系统内核专家")]),
        T("09:50", "10:20", "面向金融核心交易系统的内核稳定性保障体系", [S("刘海涛", "阿里云 资深技术专家")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "Why Kernel Upgrades Still Hurt: Lessons from Half a Million Servers",
          [S("周磊", "字节跳动 内核团队负责人"), S("何丽萍", "字节跳动 Linux 内核工程师")]),
        T("11:05", "11:35", "手机内核的功耗治理：唤醒源统计与调度协同", [S("黄文辉", "vivo 底层软件技术专家")]),
        R("11:35", "12:15", "圆桌论坛：开源内核社区里，中国开发者的下一个十年怎么走",
          S("逄志远", "山东理工大学 计算机科学与技术学院教授"),
          [S("陈刚", "麒麟软件 内核研发部总监"), S("林晓东", "龙芯中科 系统软件部经理"),
           S("马丽", "英特尔 开源技术中心工程经理"), S("朱建平", "统信软件 内核架构师")]),
        B("12:15", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "host": "吴海波", "unit": "腾讯云 内核技术专家", "slots": [
        T("13:30", "14:00", "mTHP 在数据库场景下的收益与副作用：一次完整的压测复盘", [S("赵鹏", "阿里云 内核工程师")]),
        T("14:00", "15:00", "What Broke When We Turned on Per-VMA Locking",
          [S("李云飞", "字节跳动 Linux 内核工程师")]),
        T("14:00", "15:00", "低内存手机上 zram 与 zswap 的取舍：实测对比", [S("罗静", "OPPO内存子系统工程师")], shared=True),
        T("14:00", "15:00", "DAMON 驱动的冷页下沉：在线服务上的半年实践", [S("林志伟", "蚂蚁集团 系统工程师")],
          shared=True),
        T("15:00", "15:30", "一次 slab 泄漏的追踪：从告警到定位只用了两小时", [S("许强", "网易 内核工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "memory.low 保护在混部集群中的实践与误区",
          [S("杨帆", "快手 内核工程师"), S("宋晓丽", "快手 资深系统工程师")]),
        T("16:20", "16:50", "内存池化原型机上的 NUMA 距离与页迁移成本", [S("胡文斌", "浪潮信息 服务器系统工程师")]),
        T("16:50", "17:20", "HugeTLB 页表共享在虚拟化场景中的内存节省", [S("王亮", "天翼云 虚拟化工程师")]),
        T("17:20", "17:50", "嵌入式设备上 CMA 分配失败的分析 -- 从内存碎片到迁移类型", [S("梁超", "荣耀 系统软件工程师")]),
    ]},
    {"name": "文件系统与存储分论坛", "host": "张国栋", "unit": "华为 存储内核专家", "slots": [
        T("13:30", "14:00", "ext4 日志模式对 MySQL 刷盘延迟的影响实测", [S("李建军", "美团 存储工程师")]),
        T("14:00", "14:30", "构建集群为何卡在 overlayfs：一次 copy-up 风暴的复盘", [S("王磊", "小米 系统工程师")]),
        T("14:30", "15:00", "Making NVMe Multipath Boring Again", [S("陈波", "深信服 存储研发工程师")]),
        T("15:00", "15:30", "把 FUSE 用在 AI 数据集读取上：passthrough 之后还差什么",
          [S("曹宇航", "百度智能云 存储工程师"), S("田静", "百度智能云 高级工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "dm-crypt 与硬件 inline 加密的性能对比", [S("周明辉", "中国电信 存储工程师")]),
        T("16:20", "16:50", "一百个 XFS 文件系统同时挂载时的内存占用", [S("郑宇", "京东 系统工程师")]),
        T("16:50", "17:20", "UFS 设备上的 discard 下发时机与写放大", [S("邓慧敏", "vivo存储软件工程师")]),
        T("17:20", "17:50", "blk-iocost 在数据库与备份混跑时的权重设置", [S("刘勇", "中兴通讯 操作系统工程师")]),
    ]},
    {"name": "调度、性能与调试分论坛", "host": "陈晓峰", "unit": "字节跳动 STE 资深工程师", "slots": [
        T("13:30", "14:00", "容器 CPU 限流下 JVM GC 停顿变长的原因分析", [S("刘洋", "阿里云 内核工程师")]),
        T("14:00", "14:30", "A Year of Nightly Scheduler Benchmarking: What We Caught",
          [S("Lukas Brandt", "SUSE Kernel Engineer")]),
        T("14:30", "15:00", "vmcore 太大怎么办：makedumpfile 的过滤规则", [S("徐晨", "中国移动 操作系统工程师")]),
        T("15:00", "15:30", "基于 perf 与 BOLT 的内核热路径布局优化",
          [S("黄志明", "腾讯 性能优化工程师"), S("孙佳琪", "腾讯 内核工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:50", "用 rtla 定位实时内核中的调度延迟抖动", [S("高俊", "中国科学院软件研究所 工程师")]),
        T("15:50", "16:50", "lockdep 报告读不懂？常见死锁告警的解读方法", [S("范立新", "统信软件 内核工程师")], shared=True),
        T("16:50", "17:20", "线上 RCU stall 告警的分类与处置流程", [S("张凯", "美团 SRE 工程师")]),
        T("17:20", "17:50", "Android 设备上 irq 线程化带来的输入延迟变化", [S("贾志鹏", "小米 系统软件工程师")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "host": "郭志勇", "unit": "海光信息 系统软件总监", "slots": [
        T("13:30", "14:00", "龙架构虚拟机热迁移中的中断状态保存", [S("李志华", "龙芯中科 虚拟化工程师")]),
        T("14:00", "14:30", "RISC-V 服务器启动：UEFI 与设备树之间的选择", [S("王振宇", "中国科学院软件研究所 助理研究员")]),
        T("14:30", "15:00", "Running Confidential Containers on Hygon CSV3",
          [S("韩海燕", "海光信息 安全虚拟化工程师")]),
        T("15:00", "15:30", "drm_sched 被多家 GPU 驱动共用后的经验与分歧",
          [S("赵磊", "沐曦 驱动开发工程师"), S("吴婷", "沐曦 系统软件工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "SmartNIC 上运行 Linux 的启动与升级设计", [S("蒋文涛", "中科驭数 系统软件工程师")]),
        T("16:20", "16:50", "在鲲鹏服务器上用 MPAM 隔离缓存与带宽", [S("袁飞", "华为 内核工程师")]),
        T("16:50", "17:20", "一块网卡引发的 PCIe AER 报错排查", [S("佘刚", "飞腾 BSP 工程师")]),
        T("17:20", "17:50", "NPU 与 CPU 共享页表：SVA 在端侧芯片上的落地", [S("雷鹏", "寒武纪 驱动工程师")]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "host": "黄丽娟", "unit": "蚂蚁集团 基础设施技术专家", "slots": [
        T("13:30", "14:00", "训练任务的 NUMA 亲和与拓扑感知调度", [S("彭晓飞", "火山引擎 系统工程师")]),
        T("14:00", "14:30", "tracing inference latency with eBPF and USDT", [S("曾敏", "阿里云 eBPF 工程师")]),
        T("14:30", "15:00", "用 eBPF 实现网络策略热更新", [S("谢建斌", "网易 网络工程师")]),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "大模型权重加载慢：页缓存预热与 readahead 调参",
          [S("董浩", "百度智能云 系统工程师"), S("韦丽华", "百度智能云 工程师")]),
        T("15:50", "16:20", "BPF 拥塞控制算法上线前的验证流程", [S("叶伟", "腾讯云 网络工程师")]),
        T("16:20", "17:20", "证券交易系统中基于 eBPF 的系统调用审计", [S("苏志强", "招商银行 系统工程师")]),
        T("16:20", "17:20", "eBPF 验证器拒绝原因的自动诊断工具", [S("张俊杰", "字节跳动 内核工程师")], shared=True),
        T("17:20", "17:50", "推理节点上的内存带宽争用监测", [S("吕国庆", "智谱 系统工程师")]),
    ]},
]
INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 7211 届，由高校、操作系统厂商、"
         "芯片与终端企业和云服务商共同发起，以\u201c自由，协作，创新\u201d为理念，以开源技术的推广和普及为使命，"
         "旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由山东理工大学承办，每届线下参会人数近 500 人，"
         "是中国 Linux 内核领域颇有影响力的峰会之一，现诚邀广大 Linux 开发者和爱好者参加本次大会。")
UNITS = ["山东理工大学", "英特尔", "华为", "阿里云", "腾讯云", "OPPO", "字节跳动", "vivo", "蚂蚁集团",
         "龙芯中科", "麒麟软件", "海光信息"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "51CTO", "Linux 中国", "思否", "掘金", "极客时间", "电子发烧友", "开源社"]
# NEW COLOURS: a deep PEACOCK page, MARIGOLD titles, bars, dots and numerals, PALE AQUA 'company job', CORAL
# labels, lighter peacock break bands, marigold and teal glows (2023: navy page, teal, blue, violet, navy bands).
PAL = {"bg": ((6, 58, 68), (2, 16, 22)), "title": (252, 186, 58), "aff": (150, 214, 210), "label": (255, 122, 104),
       "line": (70, 112, 118), "dot": (252, 186, 58), "band": (12, 86, 96), "bar": (246, 178, 50),
       "num": (246, 178, 50), "glow1": (232, 150, 40), "glow2": (30, 170, 170), "shadow": (200, 104, 28),
       "streak": (40, 92, 98), "clk": (255, 248, 232)}
ED = {"forums": FORUMS, "pal": PAL, "year": "9216", "nth": "第7211届中国", "date_text": "10月22日",
      "city": "淄博", "addr": "地址：山东理工大学 西校区图书馆报告厅", "intro": INTRO, "units": UNITS,
      "media": MEDIA, "seed": 19216, "K": 1.15, "W": 1242, "grain": 0.002, "cell": 3,
      "cols": (64, 1178, 40), "rows": [[0], [1], [2, 3], [4, 5]]}
FILE = "CLK9216全部议程.jpg"
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
RARE = ["佘刚", "逄志远"]
SHARED = ["低内存手机上 zram 与 zswap 的取舍：实测对比", "DAMON 驱动的冷页下沉：在线服务上的半年实践",
          "lockdep 报告读不懂？常见死锁告警的解读方法", "eBPF 验证器拒绝原因的自动诊断工具"]
WRAPPED = [
    ['Why Kernel Upgrades Still Hurt: Lessons from', 'Half a Million Servers'],
    ['圆桌论坛：开源内核社区里，中国开发者的下一个十', '年怎么走'],
    ['mTHP 在数据库场景下的收益与副作用：一次完整的', '压测复盘'],
    ['What Broke When We Turned on Per-VMA', 'Locking'],
    ['嵌入式设备上 CMA 分配失败的分析 -- 从内存碎片到', '迁移类型'],
    ['ext4 日志模式对 MySQL 刷盘延', '迟的影响实测'],
    ['构建集群为何卡在 overlayfs：', '一次 copy-up 风暴的复盘'],
    ['Making NVMe Multipath', 'Boring Again'],
    ['把 FUSE 用在 AI 数据集读取上：', 'passthrough 之后还差什么'],
    ['dm-crypt 与硬件 inline 加密的', '性能对比'],
    ['一百个 XFS 文件系统同时挂载', '时的内存占用'],
    ['UFS 设备上的 discard 下发时', '机与写放大'],
    ['blk-iocost 在数据库与备份混跑', '时的权重设置'],
    ['容器 CPU 限流下 JVM GC 停顿', '变长的原因分析'],
    ['A Year of Nightly Scheduler', 'Benchmarking: What We', 'Caught'],
    ['vmcore 太大怎么办：', 'makedumpfile 的过滤规则'],
    ['基于 perf 与 BOLT 的内核热路', '径布局优化'],
    ['用 rtla 定位实时内核中的调度', '延迟抖动'],
    ['lockdep 报告读不懂？常见死锁', '告警的解读方法'],
    ['线上 RCU stall 告警的分类与处', '置流程'],
    ['Android 设备上 irq 线程化带来', '的输入延迟变化'],
    ['龙架构虚拟机热迁移中的中断状', '态保存'],
    ['RISC-V 服务器启动：UEFI 与设', '备树之间的选择'],
    ['Running Confidential', 'Containers on Hygon CSV3'],
    ['drm_sched 被多家 GPU 驱动', '共用后的经验与分歧'],
    ['SmartNIC 上运行 Linux 的启动', '与升级设计'],
    ['在鲲鹏服务器上用 MPAM 隔离', '缓存与带宽'],
    ['一块网卡引发的 PCIe AER 报错', '排查'],
    ['NPU 与 CPU 共享页表：SVA 在', '端侧芯片上的落地'],
    ['训练任务的 NUMA 亲和与拓扑', '感知调度'],
    ['tracing inference latency', 'with eBPF and USDT'],
    ['大模型权重加载慢：页缓存预热', '与 readahead 调参'],
    ['BPF 拥塞控制算法上线前的验证', '流程'],
    ['证券交易系统中基于 eBPF 的系', '统调用审计'],
    ['eBPF 验证器拒绝原因的自动诊', '断工具'],
]
LAYOUT = (
    "CLK 9216 (第7211届), 淄博, 9216-10-22 (JPEG q85, %d x %d): the ONE whole-agenda image of an invented edition, "
    "named as CLK2025's repository names its own (CLK + year + 全部议程.jpg), 1242 px wide, in the organisers' 2023 "
    "family (layout and measures of CLK2023全部议程.png, scaled by 1.15, for the parts across the page) with NEW "
    "COLOURS: a deep PEACOCK page with marigold and teal glows, MARIGOLD titles, bars, dots and numerals, PALE AQUA "
    "'company job', CORAL '主持人：' / '嘉宾：' labels, lighter peacock break bands, a marigold sphere and shadows. Logo "
    "lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '9216' raised in nested outlines, a slanted "
    "'第7211届中国' / 'Linux 内核开发者大会', an outlined box '10月22日' + pin + '淄博' (no year, as 2023), '地址：山东理工大学 "
    "西校区图书馆报告厅', a framed introduction (naming no forum), '大会议程' over a hollow 'AGENDA'. 主论坛 ACROSS THE "
    "PAGE: heading, thick bar, '主持人：孙建国　山东理工大学 计算机科学与技术学院院长' on a line under the bar; the 2023 "
    "timeline (range at the left, a dot on a vertical line, the title, 'padded name  company job' per speaker, two "
    "speakers on two lines): '09:00-09:05 开场', '嘉宾致辞', a 茶歇 band, an English title over two lines by two "
    "speakers, the round table with '主持人：' and '嘉宾：' on lines of their own, a 午餐 band, a closing bar. Then 01 "
    "内存管理与优化 (nine talks) ACROSS THE PAGE with a fading numeral and a space before '分论坛', where '14:00-15:00' is "
    "printed ONCE over THREE talks, as 2023 prints its own 14:00-15:00. Then the four other afternoon forums TWO SIDE "
    "BY SIDE in columns of 537 px with a 40 px gap (x 64-601 and 641-1178): 02 文件系统与存储 | 03 调度、性能与调试, "
    "then 04 硬件架构与异构计算 | 05 AI 基础设施与 eBPF 应用; each column a fading numeral, the name with a space "
    "before '分论坛', a bar, '主持人：name　unit' under it, its own narrow timeline (range 22 px at the left, title 26 px "
    "over two or three lines, names 24 px, 'company job' 17 px), its own 茶歇 band and closing bar. 03 prints "
    "'15:50-16:50' once over two talks and 05 '16:20-17:20' once over two talks (no range and no dot for the second). "
    "The one Latin speaker, Lukas Brandt ('SUSE Kernel Engineer'), in 03's column. Twelve '支持单位' and ten '支持媒体' "
    "boxes over a hollow 'SUPPORT'. 6 + 9 + 8 + 8 + 8 + 8 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 109, 172, 185, 193, 197): speakers are names as printed "
    "with spaces and the padding of two-character names removed ('张　伟' -> '张伟', '佘　刚' -> '佘刚', 'Lukas Brandt' -> "
    "'LukasBrandt'); host is the chair printed after '主持人：' for the forum (the unit printed after him is no part of "
    "it and no affiliation of any slot), null for breaks; start/end HH:MM on a 24-hour clock; where two speakers are "
    "printed each has his own affiliation, in printed order; affiliations are the printed 'company job' exactly, run "
    "together where the poster runs them together as 2023 sometimes does ('山东理工大学副校长', 'OPPO内存子系统工程师', "
    "'vivo存储软件工程师') and with the printed space elsewhere ('华为 操作系统内核专家', 'SUSE Kernel Engineer'); an "
    "opening speech printed with a speaker ('嘉宾致辞') is a talk, a slot printed without one ('开场') a break; '午餐' "
    "closes 主论坛 as its break; a forum that prints no break after its last slot ends with it; every forum carries the "
    "edition's date. ONE invented edition, CLK 9216 (第7211届, 淄博, Saturday 9216-10-22), drawn as the ONE whole-agenda "
    "image CLK2025's repository lists (CLK2025全部议程.jpg), 1242 wide, JPEG q85, in the organisers' 2023 family with new "
    "colours (peacock page, marigold titles, pale aqua 'company job', coral labels); one entry holding CLK2025's six "
    "forums in printed (= folder) order: 主论坛, 01 (across the page), 02 (left column), 03 (right), 04 (left), 05 "
    "(right). The date box prints '10月22日' without a year, as 2023 did; the year is the one of the 'CLK 9216' mark. "
    "Headers, logo lines, the introduction, the address, the date box, the hollow 'AGENDA' and 'SUPPORT', support units "
    "and media are never part of a name, a title or a slot; the numerals '01'..'05' are no part of a forum's name. "
    "Judgement calls: (1) FORUM NAMES are CLK2025's folder names without their number ('6 AI 基础设施与 eBPF 应用分论坛' "
    "-> 'AI 基础设施与 eBPF 应用分论坛'); the afternoon headings print a space before '分论坛' as the 2023 image prints its "
    "own ('调度、性能与调试 分论坛'): the forum is still the folder name, without that space. (2) LAYOUT: 01 stands "
    "across the page (nine talks, the longest forum); 02 and 03, then 04 and 05, stand as two columns; each column is "
    "one forum from its heading to its own closing bar, and nothing in one column belongs to the other, whatever "
    "stands level with it. 02 and 03 both start at 13:30 with 30-minute talks and both print 茶歇 15:30-15:50, so their "
    "first four ranges stand nearly level (03's rows sit a little lower once its English title takes three lines); "
    "03 then prints one range over two talks. 04 (茶歇 15:30-15:50) and 05 (茶歇 15:00-15:20) do not share a grid "
    "after 15:00. Every afternoon forum ends at 17:50 with a talk. (3) HOSTS: 2023 printed none; here the host is the "
    "name after '主持人：' on the line UNDER each forum's bar (主论坛 孙建国, 01 吴海波, 02 张国栋, 03 陈晓峰, 04 郭志勇, 05 "
    "黄丽娟); the unit after him is no affiliation, and the host line is no slot. (4) SHARED RANGES: as the 2023 image "
    "does, three ranges are printed ONCE over several talks, the later talks printing no range and no dot: 01 "
    "'14:00-15:00' over THREE talks, 'What Broke When We Turned on Per-VMA Locking' (李云飞), '低内存手机上 zram 与 zswap "
    "的取舍：实测对比' (罗静) and 'DAMON 驱动的冷页下沉：在线服务上的半年实践' (林志伟); 03 '15:50-16:50' over '用 rtla "
    "定位实时内核中的调度延迟抖动' (高俊) and 'lockdep 报告读不懂？常见死锁告警的解读方法' (范立新); 05 '16:20-17:20' over "
    "'证券交易系统中基于 eBPF 的系统调用审计' (苏志强) and 'eBPF 验证器拒绝原因的自动诊断工具' (张俊杰). Each of these talks "
    "is its own slot with its own speaker (not a second speaker of the talk above, not a continuation of its title) "
    "and carries the printed range whole; every other slot prints its own range and follows the one before it without "
    "a gap. (5) The ROUND TABLE is ONE slot of kind 'panel': its speakers are the moderator 逄志远 first, then the four "
    "guests in printed order (陈刚, 林晓东, 马丽, 朱建平), one affiliation each; the title keeps '圆桌论坛：' and is joined "
    "over its two lines ('…中国开发者的下一个十' / '年怎么走' -> '…中国开发者的下一个十年怎么走'); '主持人：' and '嘉宾：' "
    "there are labels, and the moderator is not the forum's host (孙建国). (6) TWO SPEAKERS OF ONE TALK stand on two "
    "lines, each with the 'company job' of his own line (周磊 / 何丽萍, 杨帆 / 宋晓丽, 曹宇航 / 田静, 黄志明 / 孙佳琪, 赵磊 / "
    "吴婷, 董浩 / 韦丽华), one such talk in every forum, each pair of one company. (7) Titles wrapped over two or three "
    "lines are one title: Latin words joined with a space ('Why Kernel Upgrades Still Hurt: Lessons from' / 'Half a "
    "Million Servers'; 'A Year of Nightly Scheduler' / 'Benchmarking: What We' / 'Caught'; 'tracing inference "
    "latency' / 'with eBPF and USDT'); Chinese broken inside a word or between words joined without anything ('…下一个十' "
    "/ '年怎么走', '…刷盘延' / '迟的影响实测', '…内核热路' / '径布局优化', '…的自动诊' / '断工具' and so on), also where the "
    "next line starts with Latin after a full-width colon ('构建集群为何卡在 overlayfs：' / '一次 copy-up 风暴的复盘', '把 "
    "FUSE 用在 AI 数据集读取上：' / 'passthrough 之后还差什么', 'vmcore 太大怎么办：' / 'makedumpfile 的过滤规则'); no title breaks at a "
    "space between Chinese and Latin text; ' -- ' inside '…分配失败的分析 -- 从内存碎片到迁移类型' is part of the title, as "
    "2023 prints one; the lower-case English title 'tracing inference latency with eBPF and USDT' keeps its case. (8) "
    "The only Latin-lettered speaker is Lukas Brandt (03, 'SUSE Kernel Engineer'); 周磊 and 何丽萍, 李云飞, 陈波, 韩海燕 "
    "and 曾敏 speak under English-only titles but are printed in Chinese. Surnames: of the 62 Chinese people (hosts, "
    "speakers, moderator, guests) 17 bear 王, 李, 张, 刘 or 陈 and 39 one of the twenty common ones (王 李 张 刘 陈 杨 黄 赵 吴 "
    "周 徐 孙 马 胡 朱 郭 何 罗 高 林, all twenty present); 21 bear 21 other common surnames (许 宋 梁 曹 田 郑 邓 范 贾 韩 "
    "蒋 袁 雷 彭 曾 谢 董 韦 叶 苏 吕, once each), and two are rare ones: 逄 (逄志远, a name met in Shandong) and 佘 (佘刚); 27 names have "
    "two characters and are printed padded.")


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
    assert ED["date_text"] == "%d月%d日" % tuple(map(int, DATE.split("-")[1:]))
    assert int(ED["year"]) - 2005 == int(re.search(r"\d+", ED["nth"]).group()) and DATE.startswith(ED["year"])
    titles = []
    shared = []
    for f, tf in zip(FORUMS, poster["forums"]):
        assert tf["date"] == poster["date"]
        titles += [s["title"] for s in tf["slots"] if s["kind"] != "break"]
        prev = None
        for s, ts in zip(f["slots"], tf["slots"]):
            assert ts["start"] < ts["end"], ts
            if s["shared"]:  # printed under the range of the talk above it: that talk's range
                assert prev["kind"] == "talk", s
                assert (ts["start"], ts["end"]) == (prev["start"], prev["end"]), s
                shared.append(ts["title"])
            elif prev is not None:  # otherwise slots follow one another without gaps
                assert ts["start"] == prev["end"], ts
            prev = s
            assert (ts["host"] is None) == (ts["kind"] == "break"), ts
            assert len(ts["speakers"]) == len(ts["affiliations"]), ts
            if ts["kind"] == "talk":
                assert 1 <= len(ts["speakers"]) <= 2, ts
            if ts["kind"] == "panel":
                assert ts["speakers"][0] != ts["host"] and len(ts["speakers"]) == 5, ts
                assert ts["title"].startswith("圆桌论坛："), ts
        assert tf["slots"][0]["start"] == ("09:00" if tf["forum"] == "主论坛" else "13:30"), tf["forum"]
    assert shared == SHARED, shared
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv") + glob.glob("/work/shared/corpus/years/CLK2022/README.md")
    if listings:
        text = "".join(open(p, encoding="utf-8").read() for p in listings)
        for n in everybody:
            assert plain(n) not in text and n not in text, n
        for t in titles:
            assert t not in text or t == "嘉宾致辞", t
        folders = []
        for line in open("/work/shared/corpus/listings/CLK2025.tsv", encoding="utf-8"):
            m = re.match(r"\d+ ([^/]+)/", line)
            if m and m.group(1) not in folders:
                folders.append(m.group(1))
        assert folders == CLK2025_FORUMS, folders
    slots = [s for f in FORUMS for s in f["slots"]]
    assert [(f["name"], s["kind"]) for f in FORUMS for s in f["slots"] if s["kind"] == "panel"] == [("主论坛", "panel")]
    assert FORUMS[0]["slots"][-1]["title"] == "午餐" and all(f["slots"][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert all(sum(s["title"] == "茶歇" for s in f["slots"]) == 1 for f in FORUMS)
    assert [[rng(s) for s in f["slots"] if s["title"] == "茶歇"][0] for f in FORUMS] == \
        ["10:20-10:35", "15:30-15:50", "15:30-15:50", "15:30-15:50", "15:30-15:50", "15:00-15:20"]
    assert [f["slots"][-1]["end"] for f in FORUMS[1:]] == ["17:50"] * 5
    two = [s for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
    assert len(two) == 6, two
    assert sorted(f["name"] for f in FORUMS for s in f["slots"] if s in two) == sorted(CLK2025_FORUMS)  # one a forum
    assert [n for n in everybody if re.search(r"[A-Za-z]", n)] == ["Lukas Brandt"]
    english = [s["title"] for s in slots if s["kind"] == "talk" and re.fullmatch(r"[A-Za-z0-9 :,.'_\-]+", s["title"])]
    assert len(english) == 6, english
    for f in FORUMS:  # nobody hosts and speaks
        assert f["host"] not in [sp["name"] for s in f["slots"] for sp in s["sp"]]
    assert ED["rows"] == [[0], [1], [2, 3], [4, 5]]
    for a, b in ED["rows"][2:4]:  # the two columns of a pair start level
        assert FORUMS[a]["_top"] == FORUMS[b]["_top"]
    # no title over three lines; no wrapped title leaves fewer than two characters on a line
    bad = [s["_tl"] for s in slots if len(s.get("_tl", [])) > 3
           or (len(s.get("_tl", [])) > 1 and min(len(ln) for ln in s["_tl"]) < 2)]
    assert not bad, bad
    for s in slots:  # a wrapped title is its lines joined: a space only between two Latin lines' ends
        tl = s.get("_tl", [])
        if len(tl) > 1:
            joined = tl[0]
            for ln in tl[1:]:
                latin = joined[-1].isascii() and ln[0].isascii()
                joined += (" " if latin else "") + ln
            if joined != s["title"]:
                bad.append((tl, s["title"]))
    assert not bad, bad
    chinese = [n for n in everybody if not re.search(r"[A-Za-z]", n)]
    assert len(chinese) == 62, len(chinese)
    assert all(len(n) in (2, 3) for n in chinese)
    assert sum(n[0] in TOP5 for n in chinese) == 17
    assert sum(n[0] in TOP20 for n in chinese) == 39
    assert len(set(n[0] for n in chinese if n[0] in TOP20)) == 20  # all twenty present
    assert sorted(n for n in chinese if n[0] in "佘逄") == sorted(RARE)
    assert sum(len(n) == 2 for n in chinese) == 27
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]


def main():
    im = draw(ED)
    assert im.size[0] == 1242 and 10000 <= im.size[1] <= 13500, im.size
    if os.environ.get("DRAFT"):
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    data = buf.getvalue()
    assert 1_200_000 <= len(data) <= 3_500_000, len(data)
    with open(os.path.join(HERE, FILE), "wb") as fh:
        fh.write(data)
    print(FILE, "%d x %d" % im.size, len(data))
    poster = {"file": FILE, "layout": LAYOUT % im.size, "date": DATE, "forums": forum_truth(FORUMS, DATE)}
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in poster["forums"])
    assert poster["layout"].endswith(counts + " talks."), counts
    n = check(poster)
    print("scored talks", n)
    assert 42 <= n <= 55, n
    if WRAPPED is None:
        for t in wrapped_titles():
            print("    %r," % (t,))
    assert wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [], wrapped_affs()
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
