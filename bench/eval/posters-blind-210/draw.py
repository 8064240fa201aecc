"""Draw the two-hundred-and-tenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes mmexport133827167767482.jpg and truth.json next to this file
      (DRAFT=1 also writes tmp/draft.png, the organisers' 1242-wide page, only to look at it).
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 6210 (第4205届, 自贡, host school 四川轻化工大学, Saturday 6210-10-27), drawn
as the ONE agenda image CLK2022's repository holds (imgs/2022clk.png, a 1.5 MB PNG, not seen): the
organisers' PNG, 1242 wide (only measured, never written), in their 2023 whole-agenda family (layout
and measures of CLK2023全部议程.png, scaled by 1.15, for the parts across the page) with NEW COLOURS (a
deep WINE page, MINT titles, bars, dots and numerals, PALE GOLD 'company job', LILAC '主持人：' /
'嘉宾：' labels, wine break bands, rose and mint glows).  CLK2022's four forums (its README's link
texts): 主论坛 and 01 处理器架构与调度 across the page; then 02 内存管理与异构计算 | 03 'IO 与 ebpf' TWO SIDE
BY SIDE as columns, each with its own heading, host line, narrow timeline, tea band and closing bar.
As 2023 does, three ranges are printed once over two talks (the second talk without range or dot).
What the set holds is only the copy a reader passed on: sent in a WeChat group, scaled to 1080 wide,
re-encoded as JPEG q75 (4:2:0) and saved by a phone as 'mmexport' + the save time in milliseconds.

This file is a copy of /work/main/bench/eval/posters-blind-202/draw.py (set 202 had this brief with the
PNG itself delivered and 01 | 02 as the pair; its helpers come from sets 197, 185, 172, 170, 159, 136,
133, 121, 115, 105, 103, 97, 90, 86, 78, 72, 68, 59 and 43).  Kept unchanged: everything from font to
forum_truth and from pad to draw but two lines (font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
wrap_nicely, ctext, rtext, vgrad, grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain,
saturday, REAL_NAMES, K, F, k, slanted, outline_text, fading_numeral, pin, logo, clk_mark, inline,
runs_width, background, S, T, R, B, truth_slot, forum_truth, pad, split_spaces, geom_wide,
speaker_line, panel_a, is_band, range_and_dot, slot, host_line, heading_wide, heading_col,
forum_block, paint, draw), people, wrapped_titles and wrapped_affs.  Changed: geom_col ('company job'
18 px, was 17, as the page is scaled down to 1080 on the way), printed_name (no second space where the
link text already has one before '分论坛'), check (this set's forums, ranges, tea, ends, counts and
surnames) and main (the PNG only measured; the WeChat copy scaled to 1080 and written as JPEG q75,
the way set 190's main writes its WeChat copy).  New: all the data, INTRO, UNITS, MEDIA, PAL, ED,
SAVED_MS, saved_ms_ok, surname_counts, SHARED, LAYOUT, NOTE, WRAPPED, TOP5, TOP20, RARE.
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
    """A column of a pair: range 22 px bold, title 26 px bold, name 24 px, 'company job' 18 px."""
    return {"X0": X0, "X1": X1, "LX": X0 + 150, "CX": X0 + 168, "right": X1,
            "rf": font(22, True), "tf": font(26, True), "tlh": 35, "tb": 28, "nf": font(24), "af": font(18),
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
        n = n[:-3].rstrip() + " 分论坛"  # the link text may already hold the space
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
# Data.  CLK2022's four forums, as its README's link texts name them, in README order.
CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]

# CLK 6210 (第4205届), 自贡, Saturday 6210-10-27.  Three ranges are printed once over two talks
# (shared=True: the second talk prints no range and no dot and carries the range of the talk above it).
DATE = "6210-10-27"
FORUMS = [
    {"name": "主论坛", "host": "罗志刚", "unit": "四川轻化工大学 计算机科学与工程学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:15", "开幕致辞", [S("冉建华", "四川轻化工大学副校长")]),
        T("09:15", "09:45", "RISC-V 走进数据中心：内核社区还缺哪几块拼图",
          [S("王立军", "中国科学院软件研究所 研究员")]),
        T("09:45", "10:15", "Why We Still Ran Three Kernel Branches, and How We Merged Them",
          [S("李国庆", "字节跳动 STE 内核负责人")]),
        B("10:15", "10:30", "茶歇"),
        T("10:30", "11:00", "智能座舱里的 Linux：PREEMPT_RT 进入主线之后的实时化改造",
          [S("张海峰", "长安汽车 操作系统架构师"), S("周婷", "长安汽车 内核工程师")]),
        T("11:00", "11:30", "手机厂商做上游：从回合补丁到主动维护一个子系统",
          [S("刘晓东", "vivo 内核团队负责人")]),
        T("11:30", "12:00", "从 vmcore 到根因：万台集群内核宕机的自动分析", [S("孙鹏", "京东云 操作系统负责人")]),
        R("12:00", "12:40", "圆桌论坛：内核维护者从哪里来——企业、高校与社区各自能做什么",
          S("陈静", "四川轻化工大学计算机科学与工程学院教授"),
          [S("杨勇", "华为 openEuler 内核技术委员会委员"), S("黄志明", "阿里云 龙蜥社区内核 SIG 负责人"),
           S("赵丽娟", "腾讯 TencentOS 内核负责人"), S("敬涛", "电子科技大学 副教授")]),
        B("12:40", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "吴建国", "unit": "海光信息 系统软件部总监", "slots": [
        T("13:30", "13:55", "latency-nice 值怎么设：外卖订单服务上的调度实验", [S("徐磊", "美团 内核工程师")]),
        T("13:55", "14:20", "TLB shootdown 风暴：ARM64 大核数机器上的跨核中断排查", [S("马文涛", "飞腾 内核工程师")]),
        T("14:20", "14:45", "What Core Scheduling Costs When Every Tenant Is a Stranger",
          [S("梁志华", "阿里云 虚拟化工程师")]),
        T("14:45", "15:10", "LoongArch 多路服务器上 NUMA 距离表识别错误的排查与修复",
          [S("宋建波", "龙芯中科 内核工程师"), S("何晓燕", "龙芯中科 测试工程师")]),
        T("15:10", "15:35", "RISC-V V 扩展寄存器很大：按需保存能省下多少切换开销", [S("朱超", "中国科学院软件研究所 工程师")]),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "混部集群里 cpu.weight 不生效？三个真实案例", [S("郭海波", "快手内核工程师")]),
        T("16:15", "16:40", "x86 混合架构处理器上 ITMT 与 EAS 的对比测试", [S("曹阳", "英特尔 软件工程师")]),
        T("16:40", "17:30", "用户态调度框架 sched_ext 在数据库集群中的试点", [S("韩冰", "腾讯 内核工程师")]),
        T("16:40", "17:30", "RT throttling 引起的音视频卡顿分析", [S("彭丽萍", "小米 系统工程师")], shared=True),
        T("17:30", "17:55", "per-cpu kthreads and the hidden cost of cpu hotplug on large machines",
          [S("高翔", "华为 内核工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "李红梅", "unit": "小米 内存子系统负责人", "slots": [
        T("13:30", "14:00", "大模型推理服务中显存与主存的统一管理", [S("张建平", "百度智能云 异构计算工程师")]),
        T("14:00", "14:30", "把 GPU 显存接入内核页迁移：国产显卡驱动的 HMM 实践",
          [S("林志勇", "摩尔线程 驱动工程师"), S("王敏", "摩尔线程 驱动工程师")]),
        T("14:30", "15:00", "Tiering Memory over CXL: What Page Migration Still Gets Wrong",
          [S("谢俊杰", "阿里云 内核工程师")]),
        T("15:00", "15:30", "云主机内存在线扩容：virtio-mem 与 ACPI 热插拔的取舍", [S("王刚", "天翼云 虚拟化工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:15", "THP 缺页路径上时延毛刺的定位方法", [S("杜文静", "字节跳动内核工程师")]),
        T("16:15", "16:40", "NPU 与 CPU 共用页表：SVA 落地中踩过的坑", [S("刘建军", "海思 驱动工程师")]),
        T("16:40", "17:30", "云桌面里同镜像虚机的页面合并：KSM 扫描参数怎么调", [S("刘伟", "中国移动云能力中心 工程师")]),
        T("16:40", "17:30", "folio conversion in a vendor tree: a progress report", [S("唐丽", "OPPO 内核工程师")],
          shared=True),
        T("17:30", "17:55", "空页表页回收对容器内存占用的影响", [S("王晓峰", "vivo 内核工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "张勇", "unit": "京东云 存储技术负责人", "slots": [
        T("13:30", "14:00", "一台机器 24 块 NVMe：中断绑核与 poll 队列的配比", [S("胡晓东", "浪潮信息 存储工程师")]),
        T("14:00", "14:30", "Writeback Throttling on Hosts with Mixed HDDs and SSDs",
          [S("Erik Lindholm", "SUSE 存储工程师")]),
        T("14:30", "15:00", "把 WAL 写入搬到 io_uring：一个 KV 引擎的改造记录", [S("袁文龙", "蚂蚁集团 存储工程师")]),
        T("15:00", "15:30", "p99 写延迟里多出的 2 毫秒：一次 eBPF 排查", [S("潘鹏", "网易 SRE 工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "谁能加载 BPF 程序：token 机制与签名校验的落地",
          [S("沈志强", "奇安信 安全研究员"), S("李磊", "奇安信 内核工程师")]),
        T("16:15", "16:45", "Offloading Checksum Verification to XDP: A Case Study", [S("叶亮", "中兴通讯 网络工程师")]),
        T("16:45", "17:15", "车载 eMMC 的写放大从哪来：F2FS 参数调整记录", [S("曾军", "四川长虹 嵌入式系统工程师")]),
        T("17:15", "17:55", "dm-crypt 在 ARM 服务器上的加速实践", [S("蒋宏伟", "华为 存储工程师")]),
        T("17:15", "17:55", "blk-cgroup IO 隔离效果的延迟测量", [S("陈志远", "统信软件 内核工程师")], shared=True),
    ]},
]
INTRO = ("中国 Linux 内核开发者大会（CLK）由国内高校与芯片、整机、操作系统、互联网和云计算企业的内核开发者共同发起，"
         "以“自由、协作、创新”为理念，至今已举办 4205 届，每届线下参会者数百人，是国内 Linux 内核领域交流技术、"
         "分享实践的重要会议。本届大会由四川轻化工大学承办，上午为主论坛，下午三个分论坛同时进行，内容涵盖处理器架构、"
         "调度、内存管理、异构计算、存储 IO 与 eBPF。大会免费向所有开发者开放，诚邀内核开发者、高校师生和技术爱好者"
         "来到自贡参会交流。")
UNITS = ["四川轻化工大学", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "英特尔", "海光信息",
         "龙芯中科", "中科院软件所", "统信软件"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "51CTO", "Linux 中国", "思否", "龙蜥社区", "openEuler", "内核工匠"]
# NEW COLOURS: a deep WINE page, MINT titles, bars, dots and numerals, PALE GOLD 'company job', LILAC labels,
# wine break bands, rose and mint glows (2023: navy page, teal, blue, violet, navy bands).
PAL = {"bg": ((54, 16, 32), (15, 5, 10)), "title": (112, 232, 192), "aff": (234, 204, 132), "label": (204, 166, 255),
       "line": (128, 84, 104), "dot": (112, 232, 192), "band": (86, 30, 52), "bar": (100, 222, 182),
       "num": (100, 222, 182), "glow1": (220, 70, 120), "glow2": (52, 176, 140), "shadow": (150, 40, 86),
       "streak": (96, 40, 62), "clk": (244, 255, 250)}
ED = {"forums": FORUMS, "pal": PAL, "year": "6210", "nth": "第4205届中国", "date_text": "10月27日",
      "city": "自贡", "addr": "地址：四川轻化工大学汇东校区 学术报告厅", "intro": INTRO, "units": UNITS,
      "media": MEDIA, "seed": 16210, "K": 1.15, "W": 1242, "grain": 0.0, "cell": 3, "mid_glow": 0.10,
      "cols": (64, 1178, 40), "rows": [[0], [1], [2, 3]]}
# The organisers' PNG (1242 wide; it would be named like the real one, '6210clk.png') is only measured; what the
# set holds is the copy a reader passed on: sent in a WeChat group, which scaled it to 1080 wide and re-encoded it
# as JPEG q75 (4:2:0), and saved by a phone as 'mmexport' + the save time in milliseconds
# (6210-10-25 21:16:07.482 +08:00, a Thursday two days before the meeting).
SAVED_MS = 133827167767482
FILE = "mmexport%d.jpg" % SAVED_MS
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
RARE = ["冉建华", "敬涛"]
SHARED = ["RT throttling 引起的音视频卡顿分析", "folio conversion in a vendor tree: a progress report",
          "blk-cgroup IO 隔离效果的延迟测量"]
WRAPPED = [
    ["Why We Still Ran Three Kernel Branches, and", "How We Merged Them"],
    ["智能座舱里的 Linux：PREEMPT_RT 进入主线之后", "的实时化改造"],
    ["圆桌论坛：内核维护者从哪里来——企业、高校与社", "区各自能做什么"],
    ["TLB shootdown 风暴：ARM64 大核数机器上的跨", "核中断排查"],
    ["What Core Scheduling Costs When Every Tenant", "Is a Stranger"],
    ["LoongArch 多路服务器上 NUMA 距离表识别错误的", "排查与修复"],
    ["RISC-V V 扩展寄存器很大：按需保存能省下多少切换", "开销"],
    ["per-cpu kthreads and the hidden cost of cpu", "hotplug on large machines"],
    ["大模型推理服务中显存与主存的", "统一管理"],
    ["把 GPU 显存接入内核页迁移：", "国产显卡驱动的 HMM 实践"],
    ["Tiering Memory over CXL:", "What Page Migration Still", "Gets Wrong"],
    ["云主机内存在线扩容：", "virtio-mem 与 ACPI 热插拔的", "取舍"],
    ["THP 缺页路径上时延毛刺的定", "位方法"],
    ["NPU 与 CPU 共用页表：SVA 落", "地中踩过的坑"],
    ["云桌面里同镜像虚机的页面合并：", "KSM 扫描参数怎么调"],
    ["folio conversion in a vendor", "tree: a progress report"],
    ["空页表页回收对容器内存占用的", "影响"],
    ["一台机器 24 块 NVMe：中断绑", "核与 poll 队列的配比"],
    ["Writeback Throttling on", "Hosts with Mixed HDDs and", "SSDs"],
    ["把 WAL 写入搬到 io_uring：一", "个 KV 引擎的改造记录"],
    ["p99 写延迟里多出的 2 毫秒：一", "次 eBPF 排查"],
    ["谁能加载 BPF 程序：token 机", "制与签名校验的落地"],
    ["Offloading Checksum", "Verification to XDP: A Case", "Study"],
    ["车载 eMMC 的写放大从哪来：", "F2FS 参数调整记录"],
    ["dm-crypt 在 ARM 服务器上的", "加速实践"],
    ["blk-cgroup IO 隔离效果的延迟", "测量"],
]
LAYOUT = (
    "CLK 6210 (第4205届), 自贡, 6210-10-27, as a reader passed it on: the organisers' PNG (%d x %d, %.2f MB, not "
    "given; it would be named '6210clk.png' like the real 'imgs/2022clk.png') sent in a WeChat group, which scaled it "
    "to %d x %d and re-encoded it as JPEG q75 (4:2:0, baseline, JFIF without EXIF, %.2f MB), saved by a phone as "
    "'mmexport' + the save time in milliseconds. ONE whole-agenda image of an invented edition in the organisers' 2023 "
    "family (layout and measures of CLK2023全部议程.png, scaled by 1.15 on the 1242 px page, for the parts across the "
    "page) with NEW COLOURS: a deep WINE page with rose and mint glows, MINT titles, bars, dots and numerals, PALE GOLD "
    "'company job', LILAC '主持人：' / '嘉宾：' labels, wine break bands, a rose-lit sphere. Logo lines 'CHINA LINUX "
    "KERNEL' / '中国内核开发者大会', 'CLK' with '6210' raised in nested outlines, a slanted '第4205届中国' / 'Linux "
    "内核开发者大会', an outlined box '10月27日' + pin + '自贡' (no year, as 2023), '地址：四川轻化工大学汇东校区 "
    "学术报告厅', a framed introduction (naming no forum), '大会议程' over a hollow 'AGENDA'. 主论坛 ACROSS THE PAGE: "
    "heading, thick bar, '主持人：罗志刚　四川轻化工大学 计算机科学与工程学院院长' on a line under the bar; the 2023 "
    "timeline (range at the left, a dot on a vertical line, the title, 'padded name  company job' per speaker, two "
    "speakers on two lines): '09:00-09:05 开场', '开幕致辞' (冉建华), an English title over two lines, a 茶歇 band, "
    "the round table with '主持人：' and '嘉宾：' on lines of their own and four guests, a 午餐 band, a closing bar. "
    "Then 01 处理器架构与调度 ALSO ACROSS THE PAGE (fading numeral, host line under its bar, its own 茶歇 band, a range "
    "printed once over two talks, a lower-case English title). Last 02 内存管理与异构计算 | 03 'IO 与 ebpf' TWO SIDE BY "
    "SIDE in columns of 537 px (of the 1242 px page) with a 40 px gap: each a fading numeral, the name with a space "
    "before '分论坛', a bar, '主持人：name　unit' under it, its own narrow timeline (range 22 px at the left, title 26 "
    "px wrapping over two or three lines, names 24 px, 'company job' 18 px), its own 茶歇 band (02 15:30-15:50, 03 "
    "15:30-15:45) and closing bar; each prints one range once over two talks (02 16:40-17:30, 03 17:15-17:55). The one "
    "Latin speaker (Erik Lindholm, 'SUSE 存储工程师') stands in the 03 column. Twelve '支持单位' and nine '支持媒体' "
    "boxes over a hollow 'SUPPORT'. %s talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 185, 190, 197, 202): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('周　婷' -> '周婷', '张　勇' -> '张勇', 'Erik Lindholm' -> "
    "'ErikLindholm'); host is the chair printed after '主持人：' for the forum (the unit printed after him is no part of "
    "it and no affiliation of any slot), null for breaks; start/end HH:MM on a 24-hour clock; where two speakers are "
    "printed each has his own affiliation, in printed order; affiliations are the printed 'company job' exactly, with "
    "or without a space ('中国科学院软件研究所 研究员', '快手内核工程师', '字节跳动内核工程师', '四川轻化工大学副校长', "
    "'SUSE 存储工程师'); an opening speech printed with a speaker ('开幕致辞') is a talk, a slot printed without one "
    "('开场') a break; '午餐' closes 主论坛 as its break; a forum that prints no break after its last slot ends with "
    "it; every forum carries the edition's date. ONE invented edition, CLK 6210 (第4205届, 自贡, host school "
    "四川轻化工大学, Saturday 6210-10-27), drawn as the ONE agenda image CLK2022's repository holds (imgs/2022clk.png): "
    "the organisers' PNG, 1242 wide, in their 2023 family with new colours (wine page, mint titles, pale gold 'company "
    "job', lilac labels), is NOT in the set; the set holds only the copy a reader passed on through WeChat, scaled to "
    "1080 wide and re-encoded as JPEG q75, named 'mmexport' + the save time in milliseconds (6210-10-25 21:16:07.482 "
    "+08:00, a Thursday two days before the meeting). The truth is the programme as printed; the re-save changes "
    "nothing in it. One entry holding CLK2022's four forums in printed (= README) order: 主论坛 (across the page), 01 "
    "(across the page), 02 (left column), 03 (right column). The date box prints '10月27日' without a year, as 2023 "
    "did; the year is the one of the 'CLK 6210' mark. Headers, logo lines, the introduction, the address, the date "
    "box, the hollow 'AGENDA' and 'SUPPORT', support units and media are never part of a name, a title or a slot; the "
    "numerals '01'..'03' are no part of a forum's name. Judgement calls: (1) FORUM NAMES are CLK2022's README link "
    "texts exactly ('处理器架构与调度分论坛', '内存管理与异构计算分论坛', 'IO 与 ebpf 分论坛' with its spaces and "
    "lower-case 'ebpf'); the afternoon headings print a space before '分论坛' as the 2023 image prints its own "
    "('处理器架构与调度 分论坛'), which 'IO 与 ebpf 分论坛' already has (printed with one space, not two): the forum is "
    "still the link text. (2) TWO FORUMS SIDE BY SIDE: 02 and 03 stand as two columns; each column is one forum from "
    "its heading to its own closing bar, and nothing in one column belongs to the other, whatever stands level with "
    "it. Both start at 13:30 with 30-minute talks, so their first four ranges are EQUAL and stand at nearly the same heights "
    "(13:30-14:00 … 15:00-15:30); then 02 prints 茶歇 15:30-15:50 and 25-minute talks, 03 茶歇 15:30-15:45 and "
    "30-minute talks, and both end at 17:55. 01 (across the page) stands between 主论坛 and the pair. (3) HOSTS: 2023 "
    "printed none; here the host is the name after '主持人：' on the line UNDER each forum's bar (主论坛 罗志刚, 01 "
    "吴建国, 02 李红梅, 03 张勇 printed '张　勇'); the unit after him is no affiliation, and the host line is no slot. "
    "(4) SHARED RANGES: as the 2023 image does, three ranges are printed ONCE over two talks, the second talk printing "
    "no range and no dot: 01 '16:40-17:30' over '用户态调度框架 sched_ext 在数据库集群中的试点' (韩冰) and 'RT throttling "
    "引起的音视频卡顿分析' (彭丽萍); 02 '16:40-17:30' over '云桌面里同镜像虚机的页面合并：KSM 扫描参数怎么调' (刘伟) and "
    "'folio conversion in a vendor tree: a progress report' (唐丽); 03 '17:15-17:55' over 'dm-crypt 在 ARM 服务器上的"
    "加速实践' (蒋宏伟) and 'blk-cgroup IO 隔离效果的延迟测量' (陈志远). Each of these talks is its own slot with its own "
    "speaker (not a second speaker of the talk above, not a continuation of its title) and carries the printed range "
    "whole; every other slot prints its own range and follows the one before it without a gap. (5) The ROUND TABLE is "
    "ONE slot of kind 'panel': its speakers are the moderator 陈静 first, then the four guests in printed order (杨勇, "
    "黄志明, 赵丽娟, 敬涛), one affiliation each; the title keeps '圆桌论坛：' and is joined over its two lines "
    "('…企业、高校与社' / '区各自能做什么' -> '…企业、高校与社区各自能做什么', with its '——' kept); '主持人：' and '嘉宾：' "
    "there are labels, and the moderator is not the forum's host (罗志刚). (6) TWO SPEAKERS OF ONE TALK stand on two "
    "lines, each with the 'company job' of his own line (张海峰 / 周婷, 宋建波 / 何晓燕, 林志勇 / 王敏 who print the same "
    "line, given twice, 沈志强 / 李磊), each pair of one company. (7) Titles wrapped over two or three lines are one "
    "title: Latin words joined with a space ('Tiering Memory over CXL:' / 'What Page Migration Still' / 'Gets Wrong'; "
    "'Offloading Checksum' / 'Verification to XDP: A Case' / 'Study'; 'Writeback Throttling on' / 'Hosts with Mixed "
    "HDDs and' / 'SSDs'); Chinese broken inside a word or between words joined without anything ('…上的跨' / "
    "'核中断排查', '…的定' / '位方法', '…SVA 落' / '地中踩过的坑', '…中断绑' / '核与 poll 队列的配比', '…io_uring：一' / "
    "'个 KV 引擎的改造记录', '…2 毫秒：一' / '次 eBPF 排查', '…token 机' / '制与签名校验的落地', '…切换' / '开销' and so "
    "on), also where the next line starts with Latin after a full-width colon ('云主机内存在线扩容：' / 'virtio-mem 与 ACPI "
    "热插拔的' / '取舍' -> '云主机内存在线扩容：virtio-mem 与 ACPI 热插拔的取舍'; '…页面合并：' / 'KSM 扫描参数怎么调'; "
    "'车载 eMMC 的写放大从哪来：' / 'F2FS 参数调整记录'); no title breaks at a space between Chinese and Latin text. In "
    "the columns every title wraps. Two English titles are in lower case as printed ('per-cpu kthreads and the hidden "
    "cost of cpu hotplug on large machines', 'folio conversion in a vendor tree: a progress report'). (8) The only "
    "Latin-lettered speaker is Erik Lindholm (03, 'SUSE 存储工程师', company-job line after his name as after any "
    "other); 李国庆, 梁志华, 高翔, 谢俊杰, 唐丽 and 叶亮 speak under English-only titles but are printed in Chinese. (9) "
    "Every afternoon forum starts at 13:30 and ends with a talk at 17:55. Surnames: of the 46 Chinese people (hosts, "
    "speakers, moderator, guests) 15 bear 王, 李, 张, 刘 or 陈 and 30 one of the twenty common ones (all twenty "
    "present); 14 bear 14 other common surnames (梁, 宋, 曹, 韩, 彭, 谢, 杜, 唐, 曾, 蒋, 袁, 叶, 潘, 沈), and two are "
    "rare nationally though met in Sichuan: 冉 (冉建华, the opening address) and 敬 (敬涛, a round-table guest); 19 names "
    "have two characters and are printed padded.")


def saved_ms_ok():
    t = datetime.datetime(6210, 10, 25, 21, 16, 7, 482000, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    return int(t.timestamp() * 1000) == SAVED_MS and t.weekday() == 3


def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def surname_counts():
    chinese = [n for n in people(FORUMS) if not re.search(r"[A-Za-z]", n)]
    return (len(chinese), sum(n[0] in TOP5 for n in chinese), sum(n[0] in TOP20 for n in chinese),
            sorted(n for n in chinese if n[0] in "冉敬"), sum(len(n) == 2 for n in chinese))


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
    assert "%d 届" % (int(ED["year"]) - 2005) in INTRO
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
        ["10:15-10:30", "15:35-15:50", "15:30-15:50", "15:30-15:45"]
    assert [f["slots"][-1]["end"] for f in FORUMS[1:]] == ["17:55", "17:55", "17:55"]
    two = [s for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
    assert [sum(s in two for s in f["slots"]) for f in FORUMS] == [1, 1, 1, 1]
    assert [n for n in everybody if re.search(r"[A-Za-z]", n)] == ["Erik Lindholm"]
    english = [s["title"] for s in slots if s["kind"] == "talk" and re.fullmatch(r"[A-Za-z0-9 :,.'_\-]+", s["title"])]
    assert len(english) == 7, english
    for f in FORUMS:  # nobody hosts and speaks
        assert f["host"] not in [sp["name"] for s in f["slots"] for sp in s["sp"]]
    assert ED["rows"] == [[0], [1], [2, 3]]
    assert FORUMS[2]["_top"] == FORUMS[3]["_top"]  # the two columns start level
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
    assert all(len(n) in (2, 3) for n in chinese)
    assert len(set(n[0] for n in chinese if n[0] in TOP20)) == 20  # all twenty present
    assert surname_counts() == (46, 15, 30, sorted(RARE), 19), surname_counts()
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]


def main():
    im = draw(ED)
    assert im.size[0] == 1242 and 8500 <= im.size[1] <= 13500, im.size
    if os.environ.get("DRAFT"):  # the lossless page, only to look at it while designing
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    buf = io.BytesIO()  # the organisers' PNG, only measured (the real imgs/2022clk.png weighs 1,502,613 bytes)
    im.save(buf, "PNG", optimize=True)
    png_size = len(buf.getvalue())
    w, h = 1080, round(im.size[1] * 1080 / im.size[0])  # WeChat scales a 1242-wide picture to 1080 wide
    small = im.resize((w, h), Image.BICUBIC)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=75, subsampling=2, optimize=False, progressive=False)
    data = out.getvalue()
    print("organisers' PNG (not written) %d x %d %d bytes; %s %d x %d %d bytes" % (im.size + (png_size, FILE, w, h, len(data))))
    assert 1_000_000 <= png_size <= 1_800_000, png_size
    assert saved_ms_ok()
    with open(os.path.join(HERE, FILE), "wb") as fh:
        fh.write(data)
    with Image.open(os.path.join(HERE, FILE)) as back:
        assert back.size == (1080, h) and back.format == "JPEG" and not back.info.get("exif"), back.info
    assert 400_000 <= len(data) <= 3_000_000, len(data)
    forums = forum_truth(FORUMS, DATE)
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in forums)
    poster = {"file": FILE, "layout": LAYOUT % (im.size + (png_size / 1e6, w, h, len(data) / 1e6, counts)),
              "date": DATE, "forums": forums}
    n = check(poster)
    print("scored talks", n, counts, "surnames (chinese, top5, top20, rare, two-character)", surname_counts())
    assert 32 <= n <= 44, n
    if WRAPPED is None or os.environ.get("DRAFT"):
        for tl in wrapped_titles():
            print("   ", tl)
        print("affs", wrapped_affs())
    assert wrapped_titles() == WRAPPED, "WRAPPED differs"
    assert wrapped_affs() == [], wrapped_affs()
    truth = {"written": "2026-12-10", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
