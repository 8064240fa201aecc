"""Draw the hundred-and-seventy-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK4793全部议程.jpg and truth.json next to this file.
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 4793 (第2788届, 无锡, Saturday 4793-10-23), drawn as the ONE
whole-agenda image CLK2025's repository lists (CLK2025全部议程.jpg): JPEG q85, 1080 wide, in the
organisers' 2023 family (layout and measures of CLK2023全部议程.png) with NEW COLOURS (a COCOA
page, SAFFRON titles, bars, dots and numerals, SKY-BLUE 'company job', ROSE '主持人：' / '嘉宾：'
labels, dark umber break bands, saffron and teal glows): logo lines, 'CLK' with the year raised
in nested outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin
and the city, '地址：', a framed introduction, '大会议程' over a hollow 'AGENDA'; CLK2025's six
forums one under another, each under its heading (a big fading numeral behind the afternoon ones,
a space before '分论坛' as 2023 prints it) with the HOST at the right end of the heading's line and
the unit under him (host form 'right'; the last forum, whose heading is too long for that, takes
form 'below': a line of its own under the heading), the thick bar, the 2023 TIMELINE (range at the
left, a dot on a vertical line, the title, 'padded name  company job' per speaker; two speakers of
a talk on two lines), tea and lunch bands, a closing bar; '支持单位' / '支持媒体' over outlined
boxes.  Every talk prints its own range.

Copied from /work/main/bench/eval/posters-blind-172/draw.py (which took them from set 170 and it
from sets 159, 136, 133, 121, 115, 105, 103, 97, 90, 86, 78, 72, 68, 59, 43) unchanged: font, tw,
TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad, grain, glow, two_pass,
para, fits, WHITE, BANDS, rng, plain, saturday, REAL_NAMES, K, F, k, slanted, outline_text,
fading_numeral, pin, logo, clk_mark, inline, runs_width, background, S, T, R, B, truth_slot,
forum_truth, pad, split_spaces, speaker_line, panel_a, is_band, slot, printed_name, paint, draw,
people, wrapped_titles and wrapped_affs.  Changed: heading (a forum may carry its own host form),
check and main (this set's width, counts, ends, surnames, padded names and sizes).  New: all the
data, INTRO, UNITS, MEDIA, PAL, ED, LAYOUT, NOTE, WRAPPED, TOP5, TOP20, RARE and PADDED.
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

# CLK 4793 (第2788届), 无锡, Saturday 4793-10-23.  Every talk prints its own range; nice=True: the title
# broken after its colon, else greedily as 2023 breaks most titles.
DATE = "4793-10-23"
FORUMS = [
    {"name": "主论坛", "host": "过立群", "unit": "江南大学 人工智能与计算机学院院长", "slots": [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:20", "嘉宾致辞", [S("周衡之", "江南大学副校长")]),
        T("09:20", "09:50", "超大规模服务器集群的内核稳定性工程：从故障画像到自动化自愈",
          [S("刘国栋", "阿里云 操作系统首席架构师")]),
        T("09:50", "10:20", "Memory Tiering in the Upstream Kernel: Where We Are and What Is Still Missing",
          [S("Henrik Sandvik", "Intel Principal Engineer")]),
        T("10:20", "10:50", "端侧大模型落地之后：手机内核在内存、功耗与调度上的再平衡",
          [S("李承岳", "vivo 操作系统内核架构师"), S("眭婉清", "vivo 内核工程师")]),
        B("10:50", "11:05", "茶歇"),
        T("11:05", "11:35", "龙架构服务器内核上游化的三年：经验、教训与下一步", [S("孙望舒", "龙芯中科 内核团队负责人")],
          nice=True),
        R("11:35", "12:20", "圆桌论坛：第一个补丁之后，年轻开发者如何在内核社区走得更远",
          S("陈雅琳", "江南大学 人工智能与计算机学院副教授"),
          [S("张广霖", "华为 openEuler 社区技术委员会委员"), S("徐卫衡", "南京大学 计算机学院教授"),
           S("潘子墨", "字节跳动 STE 内核团队负责人"), S("郑瑶", "中国科学院软件研究所 研究员")]),
        B("12:20", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "host": "杨振邦", "unit": "字节跳动 内核专家", "slots": [
        T("13:30", "14:00", "万级容器节点上 memcg 回收的锁竞争与改进", [S("王浩岚", "字节跳动Linux内核工程师")]),
        T("14:00", "14:30", "Taming khugepaged in Online Services",
          [S("黄奕辰", "腾讯 TencentOS 内核工程师")]),
        T("14:30", "15:00", "低内存手机上的文件页保护策略",
          [S("韩芮", "荣耀 内存优化专家"), S("李宇珩", "荣耀 内核工程师")]),
        T("15:00", "15:30", "多路服务器上 slab 对象的 NUMA 亲和分配", [S("曾繁宇", "海光信息 系统软件工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "CXL 内存扩展卡热插拔：内存上下线流程梳理", [S("董骁", "浪潮信息 固件与内核工程师")]),
        T("16:30", "17:00", "页表页回收：长时运行进程中 PTE 页占用的治理", [S("赵予安", "美团 系统工程师")]),
        T("17:00", "17:30", "云主机超卖场景下 KSM 扫描的 CPU 开销分析", [S("谢庭钧", "天翼云 虚拟化工程师")]),
        T("17:30", "18:00", "cgroup-aware OOM handling in practice",
          [S("许梦琪", "快手 内核工程师")]),
    ]},
    {"name": "文件系统与存储分论坛", "host": "张砺", "unit": "华为 存储内核技术专家", "slots": [
        T("13:30", "13:55", "fsync 密集型负载下 ext4 日志提交路径的延迟剖析", [S("刘兆谦", "网易 存储工程师")]),
        T("13:55", "14:20", "训练数据集放在 NFS 上：客户端读缓存与 nconnect 的调优记录", [S("冯可心", "商汤科技 存储工程师")]),
        T("14:20", "14:45", "写时复制文件系统的一致性测试方法", [S("何卓然", "SUSE 文件系统工程师")]),
        T("14:45", "15:10", "Designing a Crash-Consistent Metadata Journal for a FUSE-Based File System",
          [S("王梓涵", "蚂蚁集团 存储研发工程师")]),
        T("15:10", "15:30", "NVMe SSD 上 none 与 mq-deadline 的延迟对比", [S("林俊宇", "联想 服务器存储工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "UFS 4.0 主机性能增强与文件系统的协同设计",
          [S("唐雨桐", "小米 存储系统工程师"), S("吴嘉明", "小米 文件系统工程师")]),
        T("16:20", "16:50", "overlayfs 在镜像层数激增时的查找开销优化", [S("邓鸿", "京东云 容器内核工程师")]),
        T("16:50", "17:20", "只读系统分区的完整性保护：dm-verity 哈希树的加载开销优化", [S("宋予琦", "统信软件 安全研发工程师")]),
    ]},
    {"name": "调度、性能与调试分论坛", "host": "胡建平", "unit": "腾讯 操作系统资深专家", "slots": [
        T("13:30", "14:00", "用 sched_ext 为在线服务写一个延迟优先的调度器：原型与线上数据", [S("周景澄", "百度智能云 内核工程师")]),
        T("14:00", "14:30", "uclamp 与能效感知调度：平板设备上的调参经验", [S("蒋欣然", "OPPO性能优化工程师")]),
        T("14:30", "15:00", "Diagnosing Paravirt Spinlock Stalls in Guests",
          [S("张弘毅", "华为云 虚拟化性能工程师")]),
        T("15:00", "15:30", "大内存机器的 kdump 转储时间优化",
          [S("李金鹏", "中兴通讯 内核工程师"), S("余湛", "中兴通讯 系统工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "用 perf c2c 定位存储引擎中的缓存行争用", [S("陈泽楷", "PingCAP 数据库性能工程师")]),
        T("16:30", "17:00", "PSI 压力指标在延迟敏感业务中的告警阈值设定", [S("曹晟", "携程 系统研发工程师")]),
        T("17:00", "17:30", "十万台服务器的热补丁运营：livepatch 的构建、灰度与回滚", [S("彭志远", "中国银联 基础软件工程师")]),
        T("17:30", "18:00", "六轴机械臂控制器上实时内核的周期抖动测量", [S("田立川", "汇川技术 嵌入式系统专家")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "host": "郭振川", "unit": "飞腾 系统软件总监", "slots": [
        T("13:30", "14:00", "多租户 ARM64 服务器上基于 MPAM 的缓存分区", [S("王建业", "阿里云 内核工程师")]),
        T("14:00", "14:30", "同一镜像启动多款国产 ARM 主板：设备树与 ACPI 的兼容层设计", [S("肖文博", "麒麟软件 内核工程师")]),
        T("14:30", "15:00", "Running Realms on Real Hardware: Early Notes on Arm CCA Host Support",
          [S("梁一凡", "安谋科技 软件工程师")]),
        T("15:00", "15:30", "NPU 多进程共享下的 SVA 与设备页故障处理",
          [S("马骁远", "寒武纪 驱动工程师"), S("杜思琪", "中国科学技术大学 博士研究生")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "AMX 与 AVX-512 降频对混部业务的影响与调度规避", [S("袁晓东", "英特尔软件工程师")]),
        T("16:30", "17:00", "龙芯 3C6000 上 LASX 寄存器状态的惰性保存", [S("叶舟", "龙芯中科 内核工程师")]),
        T("17:00", "17:30", "DPU 卸载 virtio-blk 之后的热迁移：脏页跟踪与设备状态保存", [S("程子渊", "中科驭数 软件工程师")]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "host": "刘承熙", "unit": "蚂蚁集团 基础设施技术专家",
     "host_form": "below", "slots": [
        T("13:30", "14:00", "基于 HMM 的推理服务显存超分实践", [S("王景行", "百度智能云 异构计算工程师")]),
        T("14:00", "14:30", "RoCE 网络的拥塞信号从哪里来：基于 eBPF 的 ECN 与 PFC 事件采集", [S("于骞", "阿里云 网络内核工程师")]),
        T("14:30", "15:00", "Per-Request Tracing of LLM Serving with BPF",
          [S("李思弈", "腾讯云 内核工程师")]),
        T("15:00", "15:30", "GPUDirect RDMA 的内核路径：peer memory 接口的演进与现状",
          [S("张晨曦", "摩尔线程 系统软件工程师"), S("蔡文漪", "摩尔线程 驱动工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "eBPF JIT 在国产架构上的支持现状：LoongArch 与 RISC-V", [S("杨樾", "中国科学院软件研究所 工程师")]),
        T("16:30", "17:00", "用 bpftrace 还原训练作业的数据读取路径", [S("陈嘉豪", "华为 昇腾计算工程师")]),
        T("17:00", "17:30", "用 BPF LSM 保护推理集群的模型权重文件", [S("王雨萱", "深信服 安全研发工程师")]),
        T("17:30", "18:00", "大模型检查点写入的存储栈优化：从页缓存到 io_uring", [S("李晗", "月之暗面 基础设施工程师")]),
    ]},
]
INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 2788 届，由高校、操作系统厂商、"
         "芯片与终端企业和云服务商共同发起，以\u201c自由，协作，创新\u201d为理念，以开源技术的推广和普及为使命，"
         "旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由江南大学承办，每届线下参会人数近 500 人，"
         "是中国 Linux 内核领域颇有影响力的峰会之一，现诚邀广大 Linux 开发者和爱好者参加本次大会。")
UNITS = ["江南大学", "华为", "阿里云", "腾讯", "字节跳动", "vivo", "OPPO", "龙芯中科", "飞腾",
         "统信软件", "蚂蚁集团", "Intel"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "阅码场", "思否", "开源江湖", "人人极客社区", "OSCHINA"]
# NEW COLOURS: a COCOA page (dark brown), SAFFRON titles, bars, dots and numerals, SKY-BLUE 'company job', ROSE
# labels, dark umber break bands, saffron and teal glows (2023: navy page, teal, blue, violet, navy bands).
PAL = {"bg": ((46, 32, 26), (15, 10, 8)), "title": (255, 186, 66), "aff": (132, 198, 255), "label": (255, 124, 158),
       "line": (128, 96, 62), "dot": (255, 186, 66), "band": (84, 52, 26), "bar": (248, 172, 48),
       "num": (240, 166, 46), "glow1": (232, 138, 36), "glow2": (36, 150, 168), "shadow": (176, 82, 30),
       "streak": (74, 54, 44), "clk": (255, 246, 226)}
ED = {"forums": FORUMS, "pal": PAL, "year": "4793", "nth": "第2788届中国", "date_text": "10月23日",
      "city": "无锡", "addr": "地址：江南大学 图书馆学术报告厅", "intro": INTRO, "units": UNITS,
      "media": MEDIA, "seed": 14793, "host": "right", "gap": True, "K": 1.0, "W": 1080,
      "grain": 0.002, "cell": 3}
FILE = "CLK4793全部议程.jpg"
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
RARE = ["过立群", "眭婉清"]
PADDED = ["郑瑶", "韩芮", "董骁", "张砺", "邓鸿", "余湛", "曹晟", "叶舟", "于骞", "杨樾", "李晗"]
LAYOUT = (
    "CLK 4793 (第2788届), 无锡, 4793-10-23 (JPEG q85, %d x %d): the ONE whole-agenda image of an invented edition, "
    "named as CLK2025's repository names its own (CLK + year + 全部议程.jpg), 1080 px wide, in the organisers' 2023 "
    "family (layout and measures of CLK2023全部议程.png) with NEW COLOURS: a COCOA page (dark brown, (46,32,26) to "
    "(15,10,8)) with saffron and teal glows, SAFFRON titles, bars, dots and numerals, SKY-BLUE 'company job', ROSE "
    "'主持人：' / '嘉宾：' labels, dark umber break bands, 'CLK' in warm white, a copper sphere, a rust shadow under the "
    "slanted lettering. Logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '4793' raised in nested "
    "outlines, a slanted '第2788届中国' / 'Linux 内核开发者大会', an outlined box '10月23日' + pin + '无锡' (no year, as "
    "2023), '地址：江南大学 图书馆学术报告厅', a framed introduction (naming no forum), '大会议程' over a hollow "
    "'AGENDA'. CLK2025's six forums ONE UNDER ANOTHER in folder order: '主论坛', then over fading saffron numerals "
    "'01'..'05' the afternoon headings printed WITH A SPACE BEFORE '分论坛' as 2023 prints its own ('内存管理与优化 "
    "分论坛', 'AI 基础设施与 eBPF 应用 分论坛'). HOSTS: for 主论坛 and 01..04 '主持人：name' at the RIGHT END of the "
    "heading's line with the unit right-aligned under it, above the thick bar; for 05, whose long heading leaves no "
    "room at the right, '主持人：name　unit' on a line of its own UNDER the heading, above the bar. The 2023 timeline: "
    "range 30 px bold white, a dot on a thin vertical line, the title 30 px bold saffron (broken greedily, also inside "
    "Chinese words, as 2023 breaks them; one after its colon), per speaker 'padded name  company job' (name 28 px "
    "white, 'company job' 20 px sky blue), two speakers of a talk on two lines. EVERY talk prints its own range. 主论坛 "
    "(host 过立群, 江南大学 人工智能与计算机学院院长): '09:00-09:10 开场' a plain row; '嘉宾致辞' by 周衡之 (江南大学副校长); "
    "'超大规模服务器集群的内核稳定性工程：从故障画像' / '到自动化自愈' (刘国栋, 阿里云); the ONE Latin speaker Henrik "
    "Sandvik (Intel Principal Engineer) with 'Memory Tiering in the Upstream Kernel: Where' / 'We Are and What Is "
    "Still Missing'; '端侧大模型落地之后：…功耗与调度' / '上的再平衡' by 李承岳 over 眭婉清 (vivo); a 茶歇 band "
    "10:50-11:05; '龙架构服务器内核上游化的三年：' / '经验、教训与下一步' (孙望舒, 龙芯中科); the ROUND TABLE '圆桌论坛："
    "第一个补丁之后，年轻开发者如何在内核' / '社区走得更远' (11:35-12:20) with '主持人：' and '嘉宾：' on lines of their own "
    "(陈雅琳; 张广霖, 徐卫衡, 潘子墨, 郑　瑶, each on a line); a 午餐 band 12:20-13:30. Afternoon from 13:30, a 茶歇 "
    "band 15:30-15:50 in every forum. 01 内存管理与优化 (host 杨振邦, 字节跳动): 30-minute talks, the first after tea "
    "40 minutes; 'Taming khugepaged in Online Services' (黄奕辰); '低内存手机上的文件页保护策略' by 韩　芮 over 李宇珩 "
    "(荣耀); the lower-case English 'cgroup-aware OOM handling in practice' (许梦琪); ends 18:00. 02 文件系统与存储 "
    "(host 张　砺, 华为): 25-minute talks before tea (the fifth 20), 30 after; '训练数据集放在 NFS 上：客户端读缓存与' / "
    "'nconnect 的调优记录'; 'Designing a Crash-Consistent Metadata' / 'Journal for a FUSE-Based File System' (王梓涵); "
    "'UFS 4.0 主机性能增强与文件系统的协同设计' by 唐雨桐 over 吴嘉明 (小米); '…dm-verity 哈希树的' / '加载开销优化'; "
    "ends 17:20. 03 调度、性能与调试 (host 胡建平, 腾讯): '用 sched_ext 为在线服务写一个延迟优先的调度器：' / "
    "'原型与线上数据'; 'Diagnosing Paravirt Spinlock Stalls in Guests' (张弘毅); '大内存机器的 kdump 转储时间优化' by "
    "李金鹏 over 余　湛 (中兴通讯); '…livepatch 的构建、灰' / '度与回滚'; ends 18:00. 04 硬件架构与异构计算 (host "
    "郭振川, 飞腾): '…设备树与 ACPI' / '的兼容层设计'; 'Running Realms on Real Hardware: Early' / 'Notes on Arm CCA "
    "Host Support' (梁一凡, 安谋科技); 'NPU 多进程共享下的 SVA 与设备页故障处理' by 马骁远 (寒武纪) over 杜思琪 "
    "(中国科学技术大学); '…脏页跟踪与设' / '备状态保存'; SEVEN talks, ends 17:30. 05 AI 基础设施与 eBPF 应用 (host "
    "刘承熙, 蚂蚁集团): '…基于 eBPF 的 ECN' / '与 PFC 事件采集'; 'Per-Request Tracing of LLM Serving with BPF' "
    "(李思弈); 'GPUDirect RDMA 的内核路径：peer memory 接' / '口的演进与现状' by 张晨曦 over 蔡文漪 (摩尔线程); '…"
    "LoongArch 与' / 'RISC-V'; '…从页缓存到' / 'io_uring'; ends 18:00. Twelve '支持单位' and nine '支持媒体' boxes "
    "over a hollow 'SUPPORT'. 6 + 8 + 8 + 8 + 7 + 8 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 136, 159, 170, 172): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('郑　瑶' -> '郑瑶', '韩　芮' -> '韩芮', 'Henrik Sandvik' -> "
    "'HenrikSandvik'); host is the chair printed after '主持人：' for the forum (the unit printed with him is no part "
    "of it and no affiliation of any slot), null for breaks; start/end HH:MM on a 24-hour clock; where two speakers "
    "are printed each has his own affiliation, in printed order; affiliations are the printed 'company job' exactly, "
    "spaced or run together as printed ('阿里云 操作系统首席架构师', '江南大学副校长', '字节跳动Linux内核工程师', "
    "'OPPO性能优化工程师', '英特尔软件工程师', 'Intel Principal Engineer'); an opening speech printed with a speaker "
    "('嘉宾致辞') is a talk, a slot printed without one ('开场') a break; '午餐' closes 主论坛 as its break; a forum that "
    "prints no break after its last slot ends with it; every forum carries the edition's date. ONE invented edition, "
    "CLK 4793 (第2788届, 无锡, Saturday 4793-10-23), drawn as the ONE whole-agenda image CLK2025's repository lists "
    "(CLK2025全部议程.jpg), 1080 wide, JPEG q85, in the organisers' 2023 family with new colours (cocoa page, saffron "
    "titles, sky-blue 'company job', rose labels); one entry holding CLK2025's six forums in printed (= folder) order. "
    "The date box prints '10月23日' without a year, as 2023 did; the year is the one of the 'CLK 4793' mark. Headers, "
    "logo lines, the introduction, the address, the date box, the hollow 'AGENDA' and 'SUPPORT', support units and "
    "media are never part of a name, a title or a slot; the numerals '01'..'05' are no part of a forum's name. "
    "Judgement calls: (1) FORUM NAMES are CLK2025's folder names without their number ('6 AI 基础设施与 eBPF "
    "应用分论坛' -> 'AI 基础设施与 eBPF 应用分论坛'); the headings print a space before '分论坛' as the 2023 image prints "
    "its own ('调度、性能与调试 分论坛'): the forum is still the folder name, without that space. (2) HOSTS: 2023 printed "
    "none; here the host is the name after '主持人：' at the RIGHT END of the heading's line for 主论坛 (过立群) and "
    "01..04 (杨振邦, 张砺, 胡建平, 郭振川), the unit right-aligned under it; for AI 基础设施与 eBPF 应用, whose long heading "
    "leaves no room at the right, on a line of its own under the heading ('主持人：刘承熙　蚂蚁集团 基础设施技术专家'), "
    "above the bar. Units are no affiliations and host lines no slots. (3) Every talk prints its own range; no range "
    "is shared by two talks, and slots of a forum follow one another without gaps. (4) The ROUND TABLE is ONE slot of "
    "kind 'panel': its speakers are the moderator 陈雅琳 first, then the four guests in printed order (张广霖, 徐卫衡, "
    "潘子墨, 郑瑶), one affiliation each; the title keeps '圆桌论坛：' and the full-width comma and is joined over its "
    "two lines ('…如何在内核' / '社区走得更远' -> '…如何在内核社区走得更远'); '主持人：' and '嘉宾：' there are labels, and "
    "the moderator is not the forum's host (过立群). (5) TWO SPEAKERS OF ONE TALK stand on two lines, each with the "
    "'company job' of his own line (李承岳 / 眭婉清, 韩芮 / 李宇珩, 唐雨桐 / 吴嘉明, 李金鹏 / 余湛, 马骁远 / 杜思琪 of two "
    "organisations, 张晨曦 / 蔡文漪), one such talk in every forum. (6) Titles wrapped over two lines are one title: "
    "Latin words joined with a space ('Memory Tiering in the Upstream Kernel: Where We Are and What Is Still Missing', "
    "'Designing a Crash-Consistent Metadata Journal for a FUSE-Based File System', 'Running Realms on Real Hardware: "
    "Early Notes on Arm CCA Host Support'; also a Chinese title broken at the space before or after a Latin word "
    "keeps that space: '…读缓存与' / 'nconnect 的调优记录', '…dm-verity 哈希树的' / '加载开销优化', '…设备树与 ACPI' / "
    "'的兼容层设计', '…eBPF 的 ECN' / '与 PFC 事件采集', '…LoongArch 与' / 'RISC-V', '…从页缓存到' / 'io_uring'), "
    "Chinese broken inside a word or between words joined without anything ('…从故障画像' / '到自动化自愈', '…功耗与调度' / "
    "'上的再平衡', '…构建、灰' / '度与回滚', '…脏页跟踪与设' / '备状态保存', '…peer memory 接' / '口的演进与现状'), "
    "nothing added after a full-width '：' ('龙架构服务器内核上游化的三年：' / '经验、教训与下一步', '用 sched_ext 为在线"
    "服务写一个延迟优先的调度器：' / '原型与线上数据'). (7) The only Latin-lettered speaker is Henrik Sandvik (主论坛), "
    "his 'company job' in English; 黄奕辰, 许梦琪, 王梓涵, 张弘毅, 梁一凡 and 李思弈 speak under English-only titles but "
    "are printed in Chinese. (8) 文件系统与存储 runs 25-minute talks before tea (the fifth 20 minutes) and ends at 17:20; "
    "硬件架构与异构计算 has seven talks and ends at 17:30; the three others have eight and end at 18:00. Surnames: of the "
    "60 Chinese people 20 bear 王, 李 (5 each), 张 (4), 刘 or 陈 (3 each) and 34 one of the twenty common ones (王 李 张 刘 "
    "陈 杨 黄 赵 吴 周 徐 孙 马 胡 朱 郭 何 罗 高 林); 24 other common surnames, and two rare ones of the 无锡 region "
    "(过立群, 眭婉清).")
WRAPPED = [
    ["超大规模服务器集群的内核稳定性工程：从故障画像", "到自动化自愈"],
    ["Memory Tiering in the Upstream Kernel: Where", "We Are and What Is Still Missing"],
    ["端侧大模型落地之后：手机内核在内存、功耗与调度", "上的再平衡"],
    ["龙架构服务器内核上游化的三年：", "经验、教训与下一步"],
    ["圆桌论坛：第一个补丁之后，年轻开发者如何在内核", "社区走得更远"],
    ["训练数据集放在 NFS 上：客户端读缓存与", "nconnect 的调优记录"],
    ["Designing a Crash-Consistent Metadata", "Journal for a FUSE-Based File System"],
    ["只读系统分区的完整性保护：dm-verity 哈希树的", "加载开销优化"],
    ["用 sched_ext 为在线服务写一个延迟优先的调度器：", "原型与线上数据"],
    ["十万台服务器的热补丁运营：livepatch 的构建、灰", "度与回滚"],
    ["同一镜像启动多款国产 ARM 主板：设备树与 ACPI", "的兼容层设计"],
    ["Running Realms on Real Hardware: Early", "Notes on Arm CCA Host Support"],
    ["DPU 卸载 virtio-blk 之后的热迁移：脏页跟踪与设", "备状态保存"],
    ["RoCE 网络的拥塞信号从哪里来：基于 eBPF 的 ECN", "与 PFC 事件采集"],
    ["GPUDirect RDMA 的内核路径：peer memory 接", "口的演进与现状"],
    ["eBPF JIT 在国产架构上的支持现状：LoongArch 与", "RISC-V"],
    ["大模型检查点写入的存储栈优化：从页缓存到", "io_uring"],
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
    assert all(s["start"] == "15:30" and s["end"] == "15:50" for f in FORUMS[1:] for s in f["slots"]
               if s["title"] == "茶歇")
    two = [s for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
    assert len(two) == 6, two
    assert sorted(f["name"] for f in FORUMS for s in f["slots"] if s in two) == sorted(CLK2025_FORUMS)  # one a forum
    assert [n for n in everybody if re.search(r"[A-Za-z]", n)] == ["Henrik Sandvik"]
    english = [s["title"] for s in slots if s["kind"] == "talk" and re.fullmatch(r"[A-Za-z0-9 :,.'_\-]+", s["title"])]
    assert len(english) == 7, english
    for f in FORUMS:  # nobody hosts and speaks
        assert f["host"] not in [sp["name"] for s in f["slots"] for sp in s["sp"]]
    ends = [f["slots"][-1]["end"] for f in FORUMS[1:]]
    assert ends == ["18:00", "17:20", "18:00", "17:30", "18:00"], ends
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    for s in slots:  # no wrapped title leaves fewer than two characters on its second line
        assert len(s.get("_tl", [])) < 2 or len(s["_tl"][1]) >= 2, s["_tl"]
    chinese = [n for n in everybody if not re.search(r"[A-Za-z]", n)]
    assert len(chinese) == 60, len(chinese)
    assert all(len(n) in (2, 3) for n in chinese)
    assert sorted(n for n in chinese if len(n) == 2) == sorted(PADDED)
    assert sum(n[0] in TOP5 for n in chinese) == 20
    assert sum(n[0] in TOP20 for n in chinese) == 34
    assert sorted(n for n in chinese if n[0] in "过眭") == sorted(RARE)
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
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
