"""Draw the two-hundred-and-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes 6202clk.png and truth.json next to this file
      (DRAFT=1 also writes tmp/draft.png, the same page, only to look at it).
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 6202 (第4197届, 柳州, host school 广西科技大学, Saturday 6202-10-23), drawn
as the ONE agenda image CLK2022's repository holds (imgs/2022clk.png, a 1.5 MB PNG, not seen):
PNG, 1242 wide, 1.0 to 1.6 MB, in the organisers' 2023 whole-agenda family (layout and measures of
CLK2023全部议程.png, scaled by 1.15, for the parts across the page) with NEW COLOURS (a deep MOSS
page, CORAL titles, bars, dots and numerals, WHEAT 'company job', SKY '主持人：' / '嘉宾：' labels, moss
break bands, amber and sea-green glows).  CLK2022's four forums (its README's link texts):
主论坛 across the page; then 01 处理器架构与调度 | 02 内存管理与异构计算 TWO SIDE BY SIDE as columns,
each with its own heading, host line, narrow timeline, tea band and closing bar; last 03 'IO 与 ebpf'
across the page again.  As 2023 does, two ranges are printed once over two talks (the second talk
without range or dot).

This file is a copy of /work/main/bench/eval/posters-blind-197/draw.py (set 197 had the same brief
for CLK2025's six forums as a JPEG; its helpers come from sets 185, 172, 170, 159, 136, 133, 121,
115, 105, 103, 97, 90, 86, 78, 72, 68, 59 and 43).  Kept unchanged: everything from font to
forum_truth and from pad to draw (font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely,
ctext, rtext, vgrad, grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain, saturday,
REAL_NAMES, K, F, k, slanted, outline_text, fading_numeral, pin, logo, clk_mark, inline,
runs_width, S, T, R, B, truth_slot, forum_truth, pad, split_spaces, geom_wide, geom_col,
speaker_line, panel_a, is_band, range_and_dot, slot, printed_name, host_line, heading_wide,
heading_col, forum_block, paint, draw), people, wrapped_titles and wrapped_affs.  Changed:
background (the strength of the mid-page glows from ed['mid_glow'], as set 199 does, to hold the
PNG's weight), check (this set's forums, ranges, tea, ends, counts and surnames) and main (PNG,
optimize=True, 1.0 to 1.6 MB).  New: all the data, INTRO, UNITS, MEDIA, PAL, ED, SHARED, LAYOUT,
NOTE, WRAPPED, TOP5, TOP20, RARE.
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
            im = glow(im, w - k(40) if j % 2 else k(40), yy, k(380), pal["glow1"] if j % 2 else pal["glow2"], ed.get("mid_glow", 0.22))
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
# ===========================================================================
# Data.  CLK2022's four forums, as its README's link texts name them, in README order.
CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]

# CLK 6202 (第4197届), 柳州, Saturday 6202-10-23.  Two ranges are printed once over two talks
# (shared=True: the second talk prints no range and no dot and carries the range of the talk above it).
DATE = "6202-10-23"
FORUMS = [
    {"name": "主论坛", "host": "梁振华", "unit": "广西科技大学 计算机科学与技术学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:15", "开幕致辞", [S("覃志勇", "广西科技大学副校长")]),
        T("09:15", "09:45", "国产操作系统内核的上游化之路：回合、维护与反哺",
          [S("王建军", "麒麟软件 内核研发总监")]),
        T("09:45", "10:15", "Keeping a Downstream Kernel Close to Mainline on Millions of Phones",
          [S("张志刚", "OPPO内核团队负责人")]),
        B("10:15", "10:30", "茶歇"),
        T("10:30", "11:00", "云上万台服务器内核热升级的工程实践：从热补丁到无感重启",
          [S("刘建华", "腾讯云 内核技术专家"), S("林婷", "腾讯云 高级工程师")]),
        T("11:00", "11:30", "从开发板到数据中心：RISC-V 服务器内核适配的几点体会", [S("周斌", "中国科学院软件研究所 副研究员")]),
        T("11:30", "12:00", "Kernel Testing at Scale: What Our CI Caught Before Users Did",
          [S("陈晓东", "华为 操作系统内核专家")]),
        R("12:00", "12:40", "圆桌论坛：从课堂到社区，学生如何迈出第一个内核补丁",
          S("朱丽萍", "广西科技大学计算机科学与技术学院教授"),
          [S("李文华", "统信软件 内核架构师"), S("高峰", "字节跳动 内核团队负责人"),
           S("何勇", "海光信息 系统软件总监"), S("宋建国", "龙芯中科 内核研发经理")]),
        B("12:40", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "赵明", "unit": "阿里云 调度团队负责人", "slots": [
        T("13:30", "13:55", "EEVDF 替换 CFS 之后，我们的在线服务发生了什么", [S("郑凯", "字节跳动 内核工程师")]),
        T("13:55", "14:20", "What SMT Costs Us: Measuring Sibling Interference in Cloud VMs", [S("吴涛", "腾讯内核研发工程师")]),
        T("14:20", "14:45", "海光 CPU 上 SEV 加密虚拟机的启动耗时分析", [S("谢文杰", "海光信息 虚拟化工程师")]),
        T("14:45", "15:10", "LoongArch 笔记本上 S3 休眠唤醒失败的排查",
          [S("孙鹏飞", "龙芯中科 内核工程师"), S("董静", "龙芯中科 虚拟化工程师")]),
        T("15:10", "15:35", "实时内核在工程机械控制器上的抖动治理", [S("岑丽华", "柳工 嵌入式软件工程师")]),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "手机大小核之间的任务迁移开销：一次 trace 分析", [S("许明辉", "英特尔 软件工程师")]),
        T("16:15", "16:40", "Making Load Balancing Aware of Multi-Die CPUs",
          [S("胡建军", "AMD Senior Software Engineer")]),
        T("16:40", "17:05", "cpu.max 限流引起的业务毛刺分析与调参",
          [S("马俊杰", "美团 系统工程师"), S("曹宇航", "美团 内核工程师")]),
        T("17:05", "17:30", "RISC-V 平台 SBI 调用开销对时钟中断的影响", [S("袁丽娟", "平头哥 内核工程师")]),
        T("17:30", "17:55", "服务器 cpuidle governor 选择对尾延迟的影响", [S("唐志明", "网易 系统工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "王海燕", "unit": "华为 内存管理技术专家", "slots": [
        T("13:30", "14:00", "多代 LRU 与手机后台保活：回收参数的实测与取舍", [S("刘静", "小米 内存性能工程师")]),
        T("14:00", "14:30", "mmap_lock Contention in Java Services: A Field Report", [S("徐超", "阿里云 内核工程师")]),
        T("14:30", "15:30", "CXL Type 3 设备的 DAX 模式与系统内存模式对比", [S("李强", "浪潮信息 固件工程师")]),
        T("14:30", "15:30", "透明大页与 Redis：fork 时延抖动的来源", [S("冯刚", "京东云 系统工程师")], shared=True),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:15", "国产 GPU 驱动中 TTM 显存管理的改进",
          [S("黄志强", "景嘉微 驱动工程师"), S("于海波", "景嘉微 高级工程师")]),
        T("16:15", "16:40", "低内存电视盒子上的 zram 压缩算法选择", [S("罗文斌", "荣耀 系统软件工程师")]),
        T("16:40", "17:05", "Sharing DMA Buffers Between NPU and Camera Pipelines",
          [S("王婷", "紫光展锐 驱动工程师")]),
        T("17:05", "17:30", "内存 RAS：硬件故障页的在线隔离与恢复",
          [S("邓超", "阿里云 稳定性工程师"), S("张晓丽", "阿里云 内核工程师")]),
        T("17:30", "17:55", "线上机器 slab 持续增长：dentry 缓存膨胀排查记", [S("程明亮", "字节跳动内核工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "刘洋", "unit": "腾讯云 内核技术总监", "slots": [
        T("13:30", "13:55", "io_uring 与 SPDK：分布式存储客户端的两种 IO 路径对比", [S("张伟", "蚂蚁集团 存储工程师")]),
        T("13:55", "14:20", "Lessons from Running NVMe over TCP in Production",
          [S("Stefan Brunner", "SUSE Senior Kernel Engineer")]),
        T("14:20", "14:45", "用 eBPF 画出一次慢盘的全貌：从 IO 提交到中断完成，每一段耗时都看得见",
          [S("郭飞", "快手 SRE 工程师")]),
        T("14:45", "15:10", "ext4 fast commit 对数据库 fsync 延迟的改善", [S("韩雪梅", "华为 文件系统工程师")]),
        T("15:10", "15:35", "容器逃逸检测：基于 BPF LSM 钩子的规则引擎",
          [S("沈涛", "奇安信 安全研究员"), S("曾志伟", "奇安信 内核工程师")]),
        B("15:35", "15:55", "茶歇"),
        T("15:55", "16:20", "io.cost 模型在 SATA SSD 上的校准经验", [S("陈杰", "百度 系统工程师")]),
        T("16:20", "16:45", "Finding the Page Cache Hogs with BPF Iterators", [S("王磊", "京东 内核工程师")]),
        T("16:45", "17:35", "virtio-fs DAX 窗口大小对容器启动的影响", [S("蒋文波", "火山引擎 虚拟化工程师")]),
        T("16:45", "17:35", "XFS 日志设备外置的实测收益", [S("李海涛", "统信软件 文件系统工程师")], shared=True),
        T("17:35", "18:00", "sockmap 加速同机微服务通信的实践", [S("杨帆", "中兴通讯 网络工程师")]),
    ]},
]
INTRO = ("中国 Linux 内核开发者大会（CLK）由国内高校、芯片与整机厂商、操作系统企业和云服务商的内核开发者共同发起，"
         "至今已举办 4197 届，是国内 Linux 内核开发者交流技术、分享实践的重要平台。本届大会由广西科技大学承办，"
         "上午为主论坛，下午三个分论坛同时进行，内容涵盖内核新特性、性能优化、可观测性与工程实践。大会面向所有开发者"
         "免费开放，欢迎内核开发者、高校师生和技术爱好者到场交流。")
UNITS = ["广西科技大学", "英特尔", "华为", "阿里云", "腾讯云", "OPPO", "字节跳动", "vivo", "蚂蚁集团",
         "龙芯中科", "统信软件", "麒麟软件"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "51CTO", "Linux 中国", "思否", "龙蜥社区", "openEuler", "电子工程世界"]
# NEW COLOURS: a deep MOSS page, CORAL titles, bars, dots and numerals, WHEAT 'company job', SKY labels,
# moss break bands, amber and sea-green glows (2023: navy page, teal, blue, violet, navy bands).
PAL = {"bg": ((30, 50, 32), (8, 14, 9)), "title": (255, 156, 124), "aff": (236, 214, 160), "label": (132, 198, 255),
       "line": (96, 118, 96), "dot": (255, 156, 124), "band": (44, 74, 46), "bar": (250, 142, 112),
       "num": (250, 142, 112), "glow1": (214, 142, 52), "glow2": (58, 164, 124), "shadow": (40, 128, 92),
       "streak": (60, 86, 60), "clk": (255, 244, 236)}
ED = {"forums": FORUMS, "pal": PAL, "year": "6202", "nth": "第4197届中国", "date_text": "10月23日",
      "city": "柳州", "addr": "地址：广西科技大学东环校区 图书馆报告厅", "intro": INTRO, "units": UNITS,
      "media": MEDIA, "seed": 16202, "K": 1.15, "W": 1242, "grain": 0.0, "cell": 3, "mid_glow": 0.08,
      "cols": (64, 1178, 40), "rows": [[0], [1, 2], [3]]}
FILE = "6202clk.png"
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
RARE = ["覃志勇", "岑丽华"]
SHARED = ["透明大页与 Redis：fork 时延抖动的来源", "XFS 日志设备外置的实测收益"]
WRAPPED = [
    ["Keeping a Downstream Kernel Close to", "Mainline on Millions of Phones"],
    ["云上万台服务器内核热升级的工程实践：从热补丁到", "无感重启"],
    ["从开发板到数据中心：RISC-V 服务器内核适配的几", "点体会"],
    ["Kernel Testing at Scale: What Our CI Caught", "Before Users Did"],
    ["圆桌论坛：从课堂到社区，学生如何迈出第一个内核", "补丁"],
    ["EEVDF 替换 CFS 之后，我们的", "在线服务发生了什么"],
    ["What SMT Costs Us:", "Measuring Sibling", "Interference in Cloud VMs"],
    ["海光 CPU 上 SEV 加密虚拟机的", "启动耗时分析"],
    ["LoongArch 笔记本上 S3 休眠唤", "醒失败的排查"],
    ["实时内核在工程机械控制器上的", "抖动治理"],
    ["手机大小核之间的任务迁移开销：", "一次 trace 分析"],
    ["Making Load Balancing", "Aware of Multi-Die CPUs"],
    ["cpu.max 限流引起的业务毛刺", "分析与调参"],
    ["RISC-V 平台 SBI 调用开销对时", "钟中断的影响"],
    ["服务器 cpuidle governor 选择", "对尾延迟的影响"],
    ["多代 LRU 与手机后台保活：回", "收参数的实测与取舍"],
    ["mmap_lock Contention in", "Java Services: A Field Report"],
    ["CXL Type 3 设备的 DAX 模式与", "系统内存模式对比"],
    ["透明大页与 Redis：fork 时延抖", "动的来源"],
    ["国产 GPU 驱动中 TTM 显存管理", "的改进"],
    ["低内存电视盒子上的 zram 压缩", "算法选择"],
    ["Sharing DMA Buffers", "Between NPU and Camera", "Pipelines"],
    ["内存 RAS：硬件故障页的在线隔", "离与恢复"],
    ["线上机器 slab 持续增长：", "dentry 缓存膨胀排查记"],
    ["io_uring 与 SPDK：分布式存储客户端的两种 IO 路", "径对比"],
    ["Lessons from Running NVMe over TCP in", "Production"],
    ["用 eBPF 画出一次慢盘的全貌：从 IO 提交到中断完", "成，每一段耗时都看得见"],
]
LAYOUT = (
    "CLK 6202 (第4197届), 柳州, 6202-10-23 (PNG, %d x %d, no grain), named like the real 'imgs/2022clk.png' with "
    "this edition's year: the ONE whole-agenda image of an invented edition, 1242 px wide, in the organisers' 2023 "
    "family (layout and measures of CLK2023全部议程.png, scaled by 1.15, for the parts across the page) with NEW "
    "COLOURS: a deep MOSS page with amber and sea-green glows, CORAL titles, bars, dots and numerals, WHEAT "
    "'company job', SKY '主持人：' / '嘉宾：' labels, moss break bands, an amber-lit sphere, sea-green shadows under "
    "the slanted lettering. Logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '6202' raised in nested "
    "outlines, a slanted '第4197届中国' / 'Linux 内核开发者大会', an outlined box '10月23日' + pin + '柳州' (no year, as "
    "2023), '地址：广西科技大学东环校区 图书馆报告厅', a framed introduction (naming no forum), '大会议程' over a "
    "hollow 'AGENDA'. 主论坛 ACROSS THE PAGE: heading, thick bar, '主持人：梁振华　广西科技大学 计算机科学与技术学院院长' "
    "on a line under the bar; the 2023 timeline (range at the left, a dot on a vertical line, the title, 'padded "
    "name  company job' per speaker, two speakers on two lines): '09:00-09:05 开场', '开幕致辞' (覃志勇), two "
    "English titles over two lines, a 茶歇 band, the round table with '主持人：' and '嘉宾：' on lines of their own "
    "and four guests, a 午餐 band, a closing bar. Then 01 处理器架构与调度 | 02 内存管理与异构计算 TWO SIDE BY SIDE "
    "in columns of 537 px with a 40 px gap (x 64-601 and 641-1178): each a fading numeral, the name with a space "
    "before '分论坛', a bar, '主持人：name　unit' under it, its own narrow timeline (range 22 px at the left, title 26 "
    "px wrapping over two or three lines, names 24 px, 'company job' 17 px), its own 茶歇 band (01 15:35-15:50, 02 "
    "15:30-15:50, at different heights) and closing bar. Last 03 'IO 与 ebpf' ACROSS THE PAGE, where the one Latin "
    "speaker (Stefan Brunner, SUSE) stands. Two ranges are printed ONCE over two talks (02 14:30-15:30, 03 "
    "16:45-17:35): the second talk has no range and no dot. Twelve '支持单位' and nine '支持媒体' boxes over a "
    "hollow 'SUPPORT'. 7 + 10 + 9 + 10 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 185, 193, 197, 199): speakers are names as printed "
    "with spaces and the padding of two-character names removed ('林　婷' -> '林婷', '赵　明' -> '赵明', 'Stefan "
    "Brunner' -> 'StefanBrunner'); host is the chair printed after '主持人：' for the forum (the unit printed after him "
    "is no part of it and no affiliation of any slot), null for breaks; start/end HH:MM on a 24-hour clock; where two "
    "speakers are printed each has his own affiliation, in printed order; affiliations are the printed 'company job' "
    "exactly, with or without a space ('麒麟软件 内核研发总监', 'OPPO内核团队负责人', '广西科技大学副校长', '字节跳动内核"
    "工程师', 'AMD Senior Software Engineer', 'SUSE Senior Kernel Engineer'); an opening speech printed with a speaker "
    "('开幕致辞') is a talk, a slot printed without one ('开场') a break; '午餐' closes 主论坛 as its break; a forum that "
    "prints no break after its last slot ends with it; every forum carries the edition's date. ONE invented edition, "
    "CLK 6202 (第4197届, 柳州, host school 广西科技大学, Saturday 6202-10-23), drawn as the ONE agenda image CLK2022's "
    "repository holds (imgs/2022clk.png), PNG, 1242 wide, in the organisers' 2023 family with new colours (moss page, "
    "coral titles, wheat 'company job', sky labels); one entry holding CLK2022's four forums in printed (= README) "
    "order: 主论坛, 01 (left column), 02 (right column), 03 (across the page). The date box prints '10月23日' without a "
    "year, as 2023 did; the year is the one of the 'CLK 6202' mark. Headers, logo lines, the introduction, the "
    "address, the date box, the hollow 'AGENDA' and 'SUPPORT', support units and media are never part of a name, a "
    "title or a slot; the numerals '01'..'03' are no part of a forum's name. Judgement calls: (1) FORUM NAMES are "
    "CLK2022's README link texts exactly ('处理器架构与调度分论坛', '内存管理与异构计算分论坛', 'IO 与 ebpf 分论坛' with "
    "its spaces and lower-case 'ebpf'); the afternoon headings print a space before '分论坛' as the 2023 image prints "
    "its own ('处理器架构与调度 分论坛'), which 'IO 与 ebpf 分论坛' already has: the forum is still the link text. (2) "
    "TWO FORUMS SIDE BY SIDE: 01 and 02 stand as two columns; each column is one forum from its heading to its own "
    "closing bar, and nothing in one column belongs to the other, whatever stands level with it. Both start at 13:30 "
    "and end at 17:55, but 01 runs 25-minute talks with 茶歇 15:35-15:50 and 02 30-minute talks, a range over two "
    "talks and 茶歇 15:30-15:50, then 25-minute talks, so their rows do not line up. 03 comes after both, across the "
    "page. (3) HOSTS: 2023 printed none; here the host is the name after '主持人：' on the line UNDER each forum's bar "
    "(主论坛 梁振华, 01 赵明 printed '赵　明', 02 王海燕, 03 刘洋 printed '刘　洋'); the unit after him is no "
    "affiliation, and the host line is no slot. (4) SHARED RANGES: as the 2023 image does, two ranges are printed "
    "ONCE over two talks, the second talk printing no range and no dot: 02 '14:30-15:30' over 'CXL Type 3 设备的 DAX "
    "模式与系统内存模式对比' (李强) and '透明大页与 Redis：fork 时延抖动的来源' (冯刚); 03 '16:45-17:35' over 'virtio-fs "
    "DAX 窗口大小对容器启动的影响' (蒋文波) and 'XFS 日志设备外置的实测收益' (李海涛). Each of these talks is its own "
    "slot with its own speaker (not a second speaker of the talk above, not a continuation of its title) and carries "
    "the printed range whole; every other slot prints its own range and follows the one before it without a gap. (5) "
    "The ROUND TABLE is ONE slot of kind 'panel': its speakers are the moderator 朱丽萍 first, then the four guests "
    "in printed order (李文华, 高峰, 何勇, 宋建国), one affiliation each; the title keeps '圆桌论坛：' and is joined over "
    "its two lines ('…迈出第一个内核' / '补丁' -> '…迈出第一个内核补丁'); '主持人：' and '嘉宾：' there are labels, and "
    "the moderator is not the forum's host (梁振华). (6) TWO SPEAKERS OF ONE TALK stand on two lines, each with the "
    "'company job' of his own line (刘建华 / 林婷, 孙鹏飞 / 董静, 马俊杰 / 曹宇航, 黄志强 / 于海波, 邓超 / 张晓丽, 沈涛 / "
    "曾志伟), each pair of one company. (7) Titles wrapped over two or three lines are one title: Latin words joined "
    "with a space ('What SMT Costs Us:' / 'Measuring Sibling' / 'Interference in Cloud VMs'; 'Lessons from Running "
    "NVMe over TCP in' / 'Production'); Chinese broken inside a word or between words joined without anything "
    "('…休眠唤' / '醒失败的排查', '…对时' / '钟中断的影响', '…回' / '收参数的实测与取舍', '…时延抖' / '动的来源', '…在线隔' / "
    "'离与恢复', '…IO 路' / '径对比', '…中断完' / '成，每一段耗时都看得见', '…适配的几' / '点体会' and so on), also where "
    "the next line starts with Latin after a full-width colon ('线上机器 slab 持续增长：' / 'dentry 缓存膨胀排查记' -> "
    "'线上机器 slab 持续增长：dentry 缓存膨胀排查记'; '手机大小核之间的任务迁移开销：' / '一次 trace 分析'); no title "
    "breaks at a space between Chinese and Latin text. In the columns every title wraps. (8) The only Latin-lettered "
    "speaker is Stefan Brunner (03, 'SUSE Senior Kernel Engineer'); 张志刚, 陈晓东, 吴涛, 胡建军, 徐超, 王婷 and 王磊 "
    "speak under English-only titles but are printed in Chinese. (9) Every afternoon forum starts at 13:30 and ends "
    "with a talk (17:55, 17:55, 18:00). Surnames: of the 49 Chinese people (hosts, speakers, moderator, guests) 15 "
    "bear 王, 李, 张, 刘 or 陈 and 30 one of the twenty common ones (all twenty present); 17 bear 17 other common "
    "surnames, and two are rare nationally though common in Guangxi: 覃 (覃志勇) and 岑 (岑丽华); 21 names have two "
    "characters and are printed padded.")

def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out



def check(poster):
    assert [f["name"] for f in FORUMS] == CLK2022_FORUMS
    assert [f["forum"] for f in poster["forums"]] == CLK2022_FORUMS
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
                assert prev["kind"] == "talk" and not prev["shared"], s
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
            assert t not in text, t
        readme = "/work/shared/corpus/years/CLK2022/README.md"
        if os.path.exists(readme):
            links = re.findall(r"^\[([^\]]+)\]\(", open(readme, encoding="utf-8").read(), re.M)
            assert links == CLK2022_FORUMS, links
    slots = [s for f in FORUMS for s in f["slots"]]
    assert [(f["name"], s["kind"]) for f in FORUMS for s in f["slots"] if s["kind"] == "panel"] == [("主论坛", "panel")]
    assert FORUMS[0]["slots"][0]["title"] == "开场" and FORUMS[0]["slots"][1]["title"] == "开幕致辞"
    assert FORUMS[0]["slots"][-1]["title"] == "午餐" and all(f["slots"][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert all(sum(s["title"] == "茶歇" for s in f["slots"]) == 1 for f in FORUMS)
    assert [[rng(s) for s in f["slots"] if s["title"] == "茶歇"][0] for f in FORUMS] == \
        ["10:15-10:30", "15:35-15:50", "15:30-15:50", "15:35-15:55"]
    assert [f["slots"][-1]["end"] for f in FORUMS[1:]] == ["17:55", "17:55", "18:00"]
    two = [s for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
    assert len(two) == 6, two
    assert [sum(s in two for s in f["slots"]) for f in FORUMS] == [1, 2, 2, 1]
    assert [n for n in everybody if re.search(r"[A-Za-z]", n)] == ["Stefan Brunner"]
    english = [s["title"] for s in slots if s["kind"] == "talk" and re.fullmatch(r"[A-Za-z0-9 :,.'_\-]+", s["title"])]
    assert len(english) == 8, english
    for f in FORUMS:  # nobody hosts and speaks
        assert f["host"] not in [sp["name"] for s in f["slots"] for sp in s["sp"]]
    assert ED["rows"] == [[0], [1, 2], [3]]
    assert FORUMS[1]["_top"] == FORUMS[2]["_top"]  # the two columns start level
    for s in slots:  # no title over three lines; no wrapped title leaves fewer than two characters on a line
        assert len(s.get("_tl", [])) <= 3, s["_tl"]
        assert len(s.get("_tl", [])) < 2 or min(len(ln) for ln in s["_tl"]) >= 2, s["_tl"]
    for s in slots:  # a wrapped title is its lines joined: a space only between two Latin lines' ends
        tl = s.get("_tl", [])
        if len(tl) > 1:
            joined = tl[0]
            for ln in tl[1:]:
                latin = joined[-1].isascii() and ln[0].isascii()
                joined += (" " if latin else "") + ln
            assert joined == s["title"], (joined, s["title"])
    chinese = [n for n in everybody if not re.search(r"[A-Za-z]", n)]
    assert len(chinese) == 49, len(chinese)
    assert all(len(n) in (2, 3) for n in chinese)
    assert sum(n[0] in TOP5 for n in chinese) == 15
    assert sum(n[0] in TOP20 for n in chinese) == 30
    assert len(set(n[0] for n in chinese if n[0] in TOP20)) == 20  # all twenty present
    assert sorted(n for n in chinese if n[0] in "覃岑") == sorted(RARE)
    assert sum(len(n) == 2 for n in chinese) == 21
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]



def main():
    im = draw(ED)
    assert im.size[0] == 1242 and 9000 <= im.size[1] <= 13500, im.size
    if os.environ.get("DRAFT"):
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=True)
    data = buf.getvalue()
    print(FILE, "%d x %d" % im.size, len(data))
    assert 1_000_000 <= len(data) <= 1_600_000, len(data)
    with open(os.path.join(HERE, FILE), "wb") as fh:
        fh.write(data)
    poster = {"file": FILE, "layout": LAYOUT % im.size, "date": DATE, "forums": forum_truth(FORUMS, DATE)}
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in poster["forums"])
    assert poster["layout"].endswith(counts + " talks."), counts
    n = check(poster)
    print("scored talks", n)
    assert 32 <= n <= 44, n
    assert wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [], wrapped_affs()
    truth = {"written": "2026-12-09", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
