"""Draw the hundred-and-ninety-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK5217全部议程.jpg and truth.json next to this file.
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 5217 (第3212届, 宁波, Saturday 5217-10-28), drawn as the ONE
whole-agenda image CLK2025's repository lists (CLK2025全部议程.jpg): JPEG q85, 1080 wide, in the
organisers' 2023 family (layout and measures of CLK2023全部议程.png) with NEW COLOURS (a deep
HUNTER-GREEN page, PALE-GOLD titles, bars, dots and numerals, MINT 'company job', CORAL '主持人：' /
'嘉宾：' labels, dark green break bands, gold and jade glows): logo lines, 'CLK' with the year raised
in nested outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin
and the city, '地址：', a framed introduction, '大会议程' over a hollow 'AGENDA'; CLK2025's six
forums one under another, each under its heading (a big fading numeral behind the afternoon ones,
a space before '分论坛' as 2023 prints it), the thick bar, and under it the HOST on a line of its
own at the left ('主持人：padded name　unit', host form 'under'); the 2023 TIMELINE (range at the
left, a dot on a vertical line, the title, 'padded name  company job' per speaker; two speakers of
a talk on two lines; three ranges printed ONCE over two talks, as 2023 prints them), tea and lunch
bands, a closing bar; '支持单位' / '支持媒体' over outlined boxes.

Copied from /work/main/bench/eval/posters-blind-179/draw.py (which took them from set 172, it from
set 170 and that from sets 159, 136, 133, 121, 115, 105, 103, 97, 90, 86, 78, 72, 68, 59, 43)
unchanged: font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad,
grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain, saturday, REAL_NAMES, K, F, k, slanted,
outline_text, fading_numeral, pin, logo, clk_mark, inline, runs_width, S, T, R, B, truth_slot,
forum_truth, pad, split_spaces, speaker_line, panel_a, is_band, slot, printed_name, heading, paint,
draw, people, wrapped_titles and wrapped_affs.  Changed: background (its four low streaks kept in
the side margins, clear of all type), check and main (this set's counts, ends, shared ranges,
surnames, padded names and sizes).  New: all the data, INTRO, UNITS, MEDIA, PAL, ED, SHARED, LAYOUT,
NOTE, WRAPPED, TOP5, TOP20, RARE and PADDED.
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
        for j in range(4):  # streaks low on the sides, kept in the margins (left of x 70, right of x 1045)
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - k(70 if x0 == 0 else 35)), yy - k(320))], fill=pal["streak"], width=k(3))
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
    form = f.get("host_form", ed["host"])  # a forum whose heading leaves no room at the right takes 'below'
    if form == "below":  # '主持人：padded name　unit' on a line of its own under the name, above the bar
        base = ny + k(108)
        runs = [("主持人：", F(24), pal["label"]), (pad(f["host"]), F(26, True), WHITE), ("　", F(20), WHITE),
                (f["unit"], F(20), pal["aff"])]
        assert X0 + runs_width(d, runs) <= X1, ("host line too wide", f["name"])
        inline(d, X0, base, runs)
        y = base + k(30)
        d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
        return y + k(18) + k(92)
    y = ny + k(84)
    if form == "right":
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

# CLK 5217 (第3212届), 宁波, Saturday 5217-10-28.  shared=True: the talk stands under the range of the talk
# above it, printed once for both (no range, no dot), as 2023 prints them; nice=True: the title broken after
# its colon, else greedily as 2023 breaks most titles.
DATE = "5217-10-28"
FORUMS = [
    {"name": "主论坛", "host": "陈晓东", "unit": "宁波大学 信息科学与工程学院教授", "slots": [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:20", "嘉宾致辞", [S("姚伟民", "宁波大学副校长")]),
        T("09:20", "09:50", "面向云原生与智能计算的操作系统内核：十年演进与下一步",
          [S("张磊", "阿里云 基础软件部资深技术专家")]),
        T("09:50", "10:20", "The State of Rust in the Linux Kernel: Drivers, Bindings and What Comes Next",
          [S("Lukas Hoffmann", "SUSE Senior Kernel Engineer")]),
        T("10:20", "10:50", "手机操作系统内核的流畅性优化：从启动、内存到调度的全链路实践",
          [S("刘洋", "OPPO 内核技术专家"), S("黄雅婷", "OPPO高级底层软件工程师")]),
        B("10:50", "11:05", "茶歇"),
        T("11:05", "11:35", "国产 CPU 服务器平台上的内核适配与上游贡献", [S("赵志强", "麒麟软件 内核研发部总监")]),
        R("11:35", "12:20", "圆桌论坛：AI 时代，操作系统内核的机遇与挑战",
          S("李文静", "中国科学院软件研究所 研究员"),
          [S("王海涛", "华为 openEuler 内核技术专家"), S("吴斌", "字节跳动 STE 内核团队负责人"),
           S("董明辉", "腾讯云 TencentOS 内核负责人"), S("潘雨琳", "浪潮信息 操作系统架构师")]),
        B("12:20", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "host": "杨军", "unit": "字节跳动 内核专家", "slots": [
        T("13:30", "14:00", "容器密集部署下的主动内存回收：策略与效果评估", [S("王志鹏", "美团基础架构工程师")]),
        T("14:00", "14:30", "mTHP 在安卓设备上的落地：碎片化与回退路径的取舍",
          [S("李超", "vivo 内核工程师"), S("袁晓燕", "vivo 内存优化工程师")]),
        T("14:30", "15:00", "rethinking readahead for database workloads", [S("林子杰", "PingCAP 存储内核工程师")]),
        T("15:00", "15:30", "内存热插拔与 ZONE_MOVABLE：虚拟机弹性内存的实现与问题", [S("郭永强", "天翼云 虚拟化研发工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "slab 内存泄漏的线上定位：从 kmemleak 到按调用栈统计", [S("魏晓峰", "京东 Linux内核工程师")]),
        T("15:50", "16:30", "基于 DAMON 的冷页识别与分级存放", [S("张静", "华为操作系统工程师")], shared=True),
        T("16:30", "17:00", "Memory Tiering with CXL: Page Promotion Policies Revisited",
          [S("高文远", "英特尔 软件工程师")]),
        T("17:00", "17:30", "userfaultfd 在虚拟机热迁移中的性能瓶颈与优化", [S("曾文博", "腾讯云 虚拟化工程师")]),
    ]},
    {"name": "文件系统与存储分论坛", "host": "刘涛", "unit": "华为 存储内核技术专家", "slots": [
        T("13:30", "14:00", "百万文件大目录下 ext4 查找与创建的性能优化", [S("张家伟", "统信软件 文件系统研发工程师")]),
        T("14:00", "14:30", "XFS online repair: status and lessons from production", [S("陈昊", "蚂蚁集团 存储内核工程师")]),
        T("14:30", "15:00", "NVMe 多路径在存算分离架构中的故障切换优化", [S("李国斌", "浪潮信息 存储系统工程师")]),
        T("15:00", "15:30", "io_uring 在分布式存储后端的实践：零拷贝与轮询模式的收益与代价",
          [S("王浩宇", "快手 存储研发工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "FUSE passthrough 在容器镜像加速中的应用",
          [S("沈明亮", "字节跳动 文件系统工程师"), S("钱丽娟", "字节跳动 存储工程师")]),
        T("16:20", "16:50", "块设备 IO 调度器在混合读写负载下的公平性评估", [S("王明", "中国科学技术大学 博士研究生")]),
        T("16:50", "17:20", "dm-crypt 性能分析与基于内联加密硬件的优化", [S("梁振宇", "荣耀 存储安全工程师")]),
        T("17:20", "17:50", "Btrfs 快照在手机系统升级中的使用经验", [S("韩雪", "小米 文件系统工程师")]),
    ]},
    {"name": "调度、性能与调试分论坛", "host": "周鹏", "unit": "腾讯 操作系统资深专家", "slots": [
        T("13:30", "14:00", "基于 sched_ext 的在离线混部调度策略原型", [S("苏宇航", "百度智能云 内核工程师")]),
        T("14:00", "14:30", "大小核架构下的任务放置与能效权衡", [S("徐云飞", "荣耀 性能优化工程师")]),
        T("14:30", "15:00", "Understanding lock contention with perf lock and BPF", [S("宋佳怡", "阿里云 操作系统工程师")]),
        T("15:00", "15:30", "内核 panic 现场的自动分析：基于 vmcore 的故障归类系统",
          [S("谢建军", "中国移动云能力中心 内核工程师"), S("邬海波", "中国移动云能力中心 系统工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "ftrace 与 tracepoint 在车载实时系统中的开销评估", [S("唐俊峰", "理想汽车 系统软件工程师")]),
        T("16:30", "17:00", "PREEMPT_RT 合入主线之后：工业控制场景的验证与调优",
          [S("孙宏伟", "中国科学院沈阳自动化研究所 副研究员")]),
        T("16:30", "17:00", "cgroup v2 CPU 带宽控制在在线业务中的抖动问题", [S("曹磊", "快手 内核工程师")], shared=True),
        T("17:00", "17:30", "KASAN 与 KFENCE 在量产设备上的取舍", [S("冯晨阳", "华为终端 内核工程师")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "host": "黄志刚", "unit": "海光信息 系统软件部总监", "slots": [
        T("13:30", "14:00", "RISC-V 服务器平台上 ACPI 与 UEFI 支持的进展", [S("李晓明", "中国科学院软件研究所 工程师")]),
        T("14:00", "14:30", "LoongArch 虚拟化：KVM 中断控制器模拟的性能优化实践", [S("卢斌", "龙芯中科 内核工程师")]),
        T("14:30", "15:00", "Scalable Matrix Extension on arm64: Context Switch Costs and Lazy Save",
          [S("邓凯文", "安谋科技 软件工程师")]),
        T("15:00", "15:30", "GPU 驱动中的 HMM 与 SVM 统一虚拟内存支持",
          [S("何伟", "摩尔线程 驱动工程师"), S("许晓婷", "摩尔线程 系统软件工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "CXL Type 2 设备在内核中的枚举与设备内存管理", [S("彭飞", "澜起科技 系统软件工程师")]),
        T("16:30", "17:10", "机密虚拟机的内核支持：CSV 启动流程与内存加密开销", [S("田志勇", "海光信息 安全研发工程师")]),
        T("16:30", "17:10", "TDX 客户机启动时间优化", [S("蒋涛", "英特尔软件工程师")], shared=True),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "host": "马俊杰", "unit": "蚂蚁集团 基础设施技术专家", "slots": [
        T("13:30", "14:00", "大模型训练集群的 RDMA 网络故障快速定位", [S("王磊", "百度智能云 网络内核工程师")]),
        T("14:00", "14:30", "基于 eBPF 的推理服务网络延迟画像", [S("张颖", "阿里云 内核工程师")]),
        T("14:30", "15:00", "XDP 在四层负载均衡网关中的落地与踩坑", [S("陈亮", "美团 网络工程师")]),
        T("15:00", "15:30", "taming the BPF verifier: common rejections and how to avoid them",
          [S("杨静", "红帽软件 高级软件工程师"), S("竺文斌", "红帽软件 软件质量工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "大模型推理场景下的 CPU 绑核与 NUMA 亲和优化", [S("刘畅", "月之暗面 基础设施工程师")]),
        T("16:30", "17:00", "基于 eBPF 的容器网络策略加速", [S("朱文涛", "网易 容器平台工程师")]),
        T("17:00", "17:30", "用 eBPF 观测训练任务的存储 IO 瓶颈", [S("蔡凯", "商汤科技 系统工程师")]),
        T("17:30", "18:00", "AI 加速卡驱动的内核上游化：经验与建议", [S("丁鹏飞", "寒武纪 驱动工程师，DRM 社区贡献者")]),
    ]},
]
INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 3212 届，由高校、操作系统厂商、"
         "芯片与终端企业和云服务商共同发起，以\u201c自由，协作，创新\u201d为理念，以开源技术的推广和普及为使命，"
         "旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由宁波大学承办，每届线下参会人数近 500 人，"
         "是中国 Linux 内核领域颇有影响力的峰会之一，现诚邀广大 Linux 开发者和爱好者参加本次大会。")
UNITS = ["宁波大学", "华为", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "龙芯中科", "海光信息",
         "麒麟软件", "蚂蚁集团", "Intel"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "阅码场", "思否", "开源江湖", "人人极客社区", "51CTO"]
# NEW COLOURS: a deep HUNTER-GREEN page, PALE-GOLD titles, bars, dots and numerals, MINT 'company job', CORAL
# labels, dark green break bands, gold and jade glows (2023: navy page, teal, blue, violet, navy bands).
PAL = {"bg": ((22, 56, 42), (5, 17, 12)), "title": (244, 210, 108), "aff": (124, 222, 186), "label": (255, 138, 112),
       "line": (78, 128, 100), "dot": (244, 210, 108), "band": (30, 82, 60), "bar": (238, 198, 86),
       "num": (232, 192, 80), "glow1": (214, 168, 58), "glow2": (38, 168, 128), "shadow": (176, 72, 52),
       "streak": (44, 84, 64), "clk": (250, 246, 226)}
ED = {"forums": FORUMS, "pal": PAL, "year": "5217", "nth": "第3212届中国", "date_text": "10月28日",
      "city": "宁波", "addr": "地址：宁波大学 学术交流中心报告厅", "intro": INTRO, "units": UNITS,
      "media": MEDIA, "seed": 15217, "host": "under", "gap": True, "K": 1.0, "W": 1080,
      "grain": 0.002, "cell": 3}
FILE = "CLK5217全部议程.jpg"
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
RARE = ["邬海波", "竺文斌"]
PADDED = ["张磊", "刘洋", "吴斌", "杨军", "李超", "张静", "刘涛", "陈昊", "王明", "韩雪", "周鹏", "曹磊", "卢斌", "何伟",
          "彭飞", "蒋涛", "王磊", "张颖", "陈亮", "杨静", "刘畅", "蔡凯"]
SHARED = [("内存管理与优化分论坛", "15:50-16:30", "魏晓峰", "张静"), ("调度、性能与调试分论坛", "16:30-17:00", "孙宏伟", "曹磊"),
          ("硬件架构与异构计算分论坛", "16:30-17:10", "田志勇", "蒋涛")]
LAYOUT = (
    "CLK 5217 (第3212届), 宁波, 5217-10-28 (JPEG q85, %d x %d): the ONE whole-agenda image of an invented edition, "
    "named as CLK2025's repository names its own (CLK + year + 全部议程.jpg), 1080 px wide, in the organisers' 2023 "
    "family (layout and measures of CLK2023全部议程.png) with NEW COLOURS: a deep HUNTER-GREEN page ((22,56,42) to "
    "(5,17,12)) with gold and jade glows, PALE-GOLD titles, bars, dots and numerals, MINT 'company job', CORAL "
    "'主持人：' / '嘉宾：' labels, dark green break bands, 'CLK' in warm white, a bronze sphere, a brick-red shadow under "
    "the slanted lettering. Logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '5217' raised in nested "
    "outlines, a slanted '第3212届中国' / 'Linux 内核开发者大会', an outlined box '10月28日' + pin + '宁波' (no year, as "
    "2023), '地址：宁波大学 学术交流中心报告厅', a framed introduction (naming no forum), '大会议程' over a hollow "
    "'AGENDA'. CLK2025's six forums ONE UNDER ANOTHER in folder order: '主论坛', then over fading gold numerals "
    "'01'..'05' the afternoon headings printed WITH A SPACE BEFORE '分论坛' as 2023 prints its own ('内存管理与优化 "
    "分论坛', 'AI 基础设施与 eBPF 应用 分论坛'). HOSTS: for every forum, under the thick bar, a line of its own at the "
    "left: '主持人：' (coral 26 px) + the padded name (bold white 28 px) + the unit (mint 20 px). The 2023 timeline: "
    "range 30 px bold white, a dot on a thin vertical line, the title 30 px bold gold (broken greedily, also inside "
    "Chinese words, as 2023 breaks them), per speaker 'padded name  company job' (name 28 px white, 'company job' "
    "20 px mint, mostly spaced, five run together as 2023 prints many), two speakers of a talk on two lines. As 2023 "
    "prints them, THREE RANGES ARE PRINTED ONCE OVER TWO TALKS (the second talk has no range and no dot): 内存管理与优化 "
    "15:50-16:30 (魏晓峰, then 张　静), 调度、性能与调试 16:30-17:00 (孙宏伟, then 曹　磊), 硬件架构与异构计算 "
    "16:30-17:10 (田志勇, then 蒋　涛). 主论坛 (host 陈晓东, 宁波大学 信息科学与工程学院教授): '09:00-09:10 开场' a "
    "plain row; '嘉宾致辞' by 姚伟民 (宁波大学副校长); '面向云原生与智能计算的操作系统内核：十年演进与' / '下一步' (张　磊, "
    "阿里云); the ONE Latin speaker Lukas Hoffmann (SUSE Senior Kernel Engineer) with 'The State of Rust in the Linux "
    "Kernel: Drivers,' / 'Bindings and What Comes Next'; '手机操作系统内核的流畅性优化：…内存到调' / '度的全链路实践' by "
    "刘　洋 over 黄雅婷 (OPPO); a 茶歇 band 10:50-11:05; '国产 CPU 服务器平台上的内核适配与上游贡献' (赵志强, 麒麟软件); "
    "the ROUND TABLE '圆桌论坛：AI 时代，操作系统内核的机遇与挑战' (11:35-12:20) with '主持人：' and '嘉宾：' on lines of "
    "their own (李文静; 王海涛, 吴　斌, 董明辉, 潘雨琳, each on a line); a 午餐 band 12:20-13:30. Afternoon from 13:30, a "
    "茶歇 band 15:30-15:50 in every forum. 01 内存管理与优化 (host 杨　军, 字节跳动): 'mTHP 在安卓设备上的落地：…回退路径的' "
    "/ '取舍' by 李　超 over 袁晓燕 (vivo); the lower-case 'rethinking readahead for database workloads' (林子杰, "
    "PingCAP); 'Memory Tiering with CXL: Page Promotion' / 'Policies Revisited' (高文远); ends 17:30. 02 文件系统与存储 "
    "(host 刘　涛, 华为): 'XFS online repair: status and lessons from' / 'production' (陈　昊); 'io_uring 在分布式存储后端的"
    "实践：零拷贝与轮询' / '模式的收益与代价'; 'FUSE passthrough 在容器镜像加速中的应用' by 沈明亮 over 钱丽娟 (字节跳动); "
    "ends 17:50. 03 调度、性能与调试 (host 周　鹏, 腾讯): 'Understanding lock contention with perf lock' / 'and BPF' "
    "(宋佳怡); '内核 panic 现场的自动分析：基于 vmcore 的故障' / '归类系统' by 谢建军 over 邬海波 (中国移动云能力中心); ends "
    "17:30. 04 硬件架构与异构计算 (host 黄志刚, 海光信息): 'LoongArch 虚拟化：KVM 中断控制器模拟的性能优' / '化实践'; "
    "'Scalable Matrix Extension on arm64: Context' / 'Switch Costs and Lazy Save' (邓凯文, 安谋科技); 'GPU 驱动中的 HMM 与 "
    "SVM 统一虚拟内存支持' by 何　伟 over 许晓婷 (摩尔线程); SEVEN talks, ends 17:10 with the shared pair. 05 AI 基础设施与 "
    "eBPF 应用 (host 马俊杰, 蚂蚁集团): the lower-case 'taming the BPF verifier: common rejections' / 'and how to avoid "
    "them' by 杨　静 over 竺文斌 (红帽软件); '…驱动工程师，DRM 社区贡献者' (丁鹏飞, 寒武纪); ends 18:00. Twelve '支持单位' "
    "and nine '支持媒体' boxes over a hollow 'SUPPORT'. 6 + 8 + 8 + 8 + 7 + 8 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 136, 159, 170, 172, 179): speakers are names as printed "
    "with spaces and the padding of two-character names removed ('张　磊' -> '张磊', '刘　洋' -> '刘洋', 'Lukas Hoffmann' "
    "-> 'LukasHoffmann'); host is the chair printed after '主持人：' for the forum (the unit printed with him is no part "
    "of it and no affiliation of any slot), null for breaks; start/end HH:MM on a 24-hour clock; where two speakers "
    "are printed each has his own affiliation, in printed order; affiliations are the printed 'company job' exactly, "
    "spaced or run together as printed ('阿里云 基础软件部资深技术专家', '宁波大学副校长', 'OPPO高级底层软件工程师', "
    "'美团基础架构工程师', '京东 Linux内核工程师', '华为操作系统工程师', '英特尔软件工程师', 'SUSE Senior Kernel Engineer', "
    "'寒武纪 驱动工程师，DRM 社区贡献者' with its full-width comma); an opening speech printed with a speaker ('嘉宾致辞') is "
    "a talk, a slot printed without one ('开场') a break; '午餐' closes 主论坛 as its break; a forum that prints no break "
    "after its last slot ends with it; every forum carries the edition's date. ONE invented edition, CLK 5217 "
    "(第3212届, 宁波, Saturday 5217-10-28), drawn as the ONE whole-agenda image CLK2025's repository lists "
    "(CLK2025全部议程.jpg), 1080 wide, JPEG q85, in the organisers' 2023 family with new colours (hunter-green page, "
    "pale-gold titles, mint 'company job', coral labels); one entry holding CLK2025's six forums in printed (= folder) "
    "order. The date box prints '10月28日' without a year, as 2023 did; the year is the one of the 'CLK 5217' mark. "
    "Headers, logo lines, the introduction, the address, the date box, the hollow 'AGENDA' and 'SUPPORT', support "
    "units and media are never part of a name, a title or a slot; the numerals '01'..'05' are no part of a forum's "
    "name. Judgement calls: (1) FORUM NAMES are CLK2025's folder names without their number ('6 AI 基础设施与 eBPF "
    "应用分论坛' -> 'AI 基础设施与 eBPF 应用分论坛'); the headings print a space before '分论坛' as the 2023 image prints "
    "its own ('调度、性能与调试 分论坛'): the forum is still the folder name, without that space. (2) HOSTS: 2023 printed "
    "none; here every forum's host is the name after '主持人：' on the line under the forum's thick bar, at the left "
    "where the ranges stand (主论坛 陈晓东, then 杨军, 刘涛, 周鹏, 黄志刚, 马俊杰), the unit after him on the same line; "
    "units are no affiliations and host lines no slots. (3) SHARED RANGES, as 2023 prints them: a range printed once "
    "over two talks (the second with no range and no dot) gives BOTH talks that range, and each is its own talk with "
    "its own speaker, never a second speaker or a continuation of the talk above it: 内存管理与优化分论坛 15:50-16:30 "
    "魏晓峰, then 张静; 调度、性能与调试分论坛 16:30-17:00 孙宏伟, then 曹磊; 硬件架构与异构计算分论坛 16:30-17:10 田志勇, "
    "then 蒋涛 (the forum's last talk). Every other talk prints its own range and the slots of a forum follow one "
    "another without gaps. (4) The ROUND TABLE is ONE slot of kind 'panel': its speakers are the moderator 李文静 "
    "first, then the four guests in printed order (王海涛, 吴斌, 董明辉, 潘雨琳), one affiliation each; the title keeps "
    "'圆桌论坛：' and the full-width comma ('圆桌论坛：AI 时代，操作系统内核的机遇与挑战'); '主持人：' and '嘉宾：' there are "
    "labels, and the moderator is not the forum's host (陈晓东). (5) TWO SPEAKERS OF ONE TALK stand on two lines, each "
    "with the 'company job' of his own line (刘洋 / 黄雅婷, 李超 / 袁晓燕, 沈明亮 / 钱丽娟, 谢建军 / 邬海波, 何伟 / 许晓婷, "
    "杨静 / 竺文斌), one such talk in every forum. (6) Titles wrapped over two lines are one title: Latin words joined "
    "with a space ('The State of Rust in the Linux Kernel: Drivers, Bindings and What Comes Next', 'Memory Tiering "
    "with CXL: Page Promotion Policies Revisited', 'XFS online repair: status and lessons from production', "
    "'Understanding lock contention with perf lock and BPF', 'Scalable Matrix Extension on arm64: Context Switch "
    "Costs and Lazy Save', 'taming the BPF verifier: common rejections and how to avoid them'; no Chinese title "
    "here breaks at a space), Chinese broken inside a word or between words joined "
    "without anything ('…十年演进与' / '下一步', '…从启动、内存到调' / '度的全链路实践', '…回退路径的' / '取舍', '…到按调用' / "
    "'栈统计', '…虚拟机弹性内存' / '的实现与问题', '…场景的验证' / '与调优', '…零拷贝与轮询' / '模式的收益与代价', '…的故障' / '归类系统', '…性能优' / '化实践', '…内存加密' / '开销'). "
    "English-only titles keep their printed case ('rethinking readahead for database workloads', 'taming the BPF "
    "verifier: …' in lower case, as 2023 prints some). (7) The only Latin-lettered speaker is Lukas Hoffmann "
    "(主论坛), his 'company job' in English; 林子杰, 高文远, 陈昊, 宋佳怡, 邓凯文 and 杨静 / 竺文斌 speak under "
    "English-only titles but are printed in Chinese. (8) 内存管理与优化 and 调度、性能与调试 have eight talks and end at "
    "17:30; 文件系统与存储 eight, ends 17:50; 硬件架构与异构计算 seven, ends 17:10; AI 基础设施与 eBPF 应用 eight, ends 18:00. "
    "Surnames: of the 60 Chinese people 19 bear 王 (5), 张 (4), 李 (4), 刘 or 陈 (3 each) and 34 one of the twenty "
    "common ones (王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 胡 朱 郭 何 罗 高 林); 24 other common surnames, and two rare ones "
    "of the 宁波 region (邬海波, 竺文斌); 22 two-character names, printed padded.")
WRAPPED = [
    ["面向云原生与智能计算的操作系统内核：十年演进与", "下一步"],
    ["The State of Rust in the Linux Kernel: Drivers,", "Bindings and What Comes Next"],
    ["手机操作系统内核的流畅性优化：从启动、内存到调", "度的全链路实践"],
    ["mTHP 在安卓设备上的落地：碎片化与回退路径的", "取舍"],
    ["内存热插拔与 ZONE_MOVABLE：虚拟机弹性内存", "的实现与问题"],
    ["slab 内存泄漏的线上定位：从 kmemleak 到按调用", "栈统计"],
    ["Memory Tiering with CXL: Page Promotion", "Policies Revisited"],
    ["XFS online repair: status and lessons from", "production"],
    ["io_uring 在分布式存储后端的实践：零拷贝与轮询", "模式的收益与代价"],
    ["Understanding lock contention with perf lock", "and BPF"],
    ["内核 panic 现场的自动分析：基于 vmcore 的故障", "归类系统"],
    ["PREEMPT_RT 合入主线之后：工业控制场景的验证", "与调优"],
    ["LoongArch 虚拟化：KVM 中断控制器模拟的性能优", "化实践"],
    ["Scalable Matrix Extension on arm64: Context", "Switch Costs and Lazy Save"],
    ["机密虚拟机的内核支持：CSV 启动流程与内存加密", "开销"],
    ["taming the BPF verifier: common rejections", "and how to avoid them"],
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
    assert int(ED["year"]) - 2005 == int(ED["nth"][1:-3]), ED["nth"]  # 2023 was the 18th, 2024 the 19th
    assert poster["date"].startswith(ED["year"] + "-") and ED["date_text"] == "%d月%d日" % tuple(
        map(int, poster["date"].split("-")[1:]))
    titles = []
    shared = []
    for f, fd in zip(poster["forums"], FORUMS):
        assert f["date"] == poster["date"]
        titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
        prev, prev_shared = None, False
        for s, sd in zip(f["slots"], fd["slots"]):
            assert s["start"] < s["end"], s
            if sd["shared"]:  # under the range of the talk above it (printed once for the two): same range, own talk
                assert prev["kind"] == "talk" and s["kind"] == "talk" and not prev_shared, s
                assert (s["start"], s["end"]) == (prev["start"], prev["end"]), s
                shared.append((f["forum"], rng(s), prev["speakers"][0], s["speakers"][0]))
            elif prev is not None:
                assert s["start"] == prev["end"], s
            prev, prev_shared = s, sd["shared"]
            assert (s["host"] is None) == (s["kind"] == "break"), s
            assert len(s["speakers"]) == len(s["affiliations"]), s
            if s["kind"] == "talk":
                assert 1 <= len(s["speakers"]) <= 2, s
            if s["kind"] == "panel":
                assert s["speakers"][0] != s["host"] and len(s["speakers"]) == 5, s
                assert s["title"].startswith("圆桌论坛："), s
        assert f["slots"][0]["start"] == ("09:00" if f["forum"] == "主论坛" else "13:30"), f["forum"]
    assert shared == SHARED, shared
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv") + glob.glob("/work/shared/corpus/years/CLK2022/README.md")
    if listings:
        text = "".join(open(p, encoding="utf-8").read() for p in listings)
        for n in everybody:
            assert plain(n) not in text and n not in text, n
        for t in titles:
            assert t not in text or t == "嘉宾致辞", t
    slots = [s for f in FORUMS for s in f["slots"]]
    assert not any(s["line"] for s in slots)
    assert [(f["name"], s["kind"]) for f in FORUMS for s in f["slots"] if s["kind"] == "panel"] == [("主论坛", "panel")]
    assert FORUMS[0]["slots"][-1]["title"] == "午餐" and all(f["slots"][-1]["title"] != "午餐" for f in FORUMS[1:])
    assert all(sum(s["title"] == "茶歇" for s in f["slots"]) == 1 for f in FORUMS)
    assert all(s["start"] == "15:30" and s["end"] == "15:50" for f in FORUMS[1:] for s in f["slots"]
               if s["title"] == "茶歇")
    two = [s for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
    assert len(two) == 6, two
    assert sorted(f["name"] for f in FORUMS for s in f["slots"] if s in two) == sorted(CLK2025_FORUMS)  # one a forum
    assert [n for n in everybody if re.search(r"[A-Za-z]", n)] == ["Lukas Hoffmann"]
    english = [s["title"] for s in slots if s["kind"] == "talk" and re.fullmatch(r"[A-Za-z0-9 :,.'_\-]+", s["title"])]
    assert len(english) == 7, english
    for f in FORUMS:  # nobody hosts and speaks
        assert f["host"] not in [sp["name"] for s in f["slots"] for sp in s["sp"]]
    ends = [f["slots"][-1]["end"] for f in FORUMS[1:]]
    assert ends == ["17:30", "17:50", "17:30", "17:10", "18:00"], ends
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    for s in slots:  # no wrapped title leaves fewer than two characters on its second line
        assert len(s.get("_tl", [])) < 2 or len(s["_tl"][1]) >= 2, s["_tl"]
    chinese = [n for n in everybody if not re.search(r"[A-Za-z]", n)]
    assert len(chinese) == 60, len(chinese)
    assert all(len(n) in (2, 3) for n in chinese)
    assert sorted(n for n in chinese if len(n) == 2) == sorted(PADDED)
    assert sum(n[0] in TOP5 for n in chinese) == 19
    assert sum(n[0] in TOP20 for n in chinese) == 34
    assert sorted(n for n in chinese if n[0] in "邬竺") == sorted(RARE)
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]


def main():
    im = draw(ED)
    assert im.size[0] == 1080 and 12000 <= im.size[1] <= 16000, im.size
    path = os.path.join(HERE, FILE)
    im.save(path, "JPEG", quality=85)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert 1_200_000 <= size <= 3_500_000, size
    poster = {"file": FILE, "layout": LAYOUT % im.size, "date": DATE, "forums": forum_truth(FORUMS, DATE)}
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in poster["forums"])
    assert poster["layout"].endswith(counts + " talks."), counts
    n = check(poster)
    print("scored talks", n)
    assert 42 <= n <= 55, n
    assert wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [], wrapped_affs()
    truth = {"written": "2026-12-07", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
