"""Draw the hundred-and-thirty-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK3361全部议程.jpg and truth.json next to this file.
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 3361 (第1356届, 荆州, Saturday 3361-10-24), drawn as the ONE
whole-agenda image CLK2025's repository lists (CLK2025全部议程.jpg): JPEG q85, 1080 wide, in the
organisers' 2023 family (layout and measures of CLK2023全部议程.png) with NEW COLOURS (a deep wine
page, gold titles, bars and numerals, rose 'company job', orange labels, claret break bands,
crimson and orange glows): logo lines, 'CLK' with the year raised in nested outlines, a slanted
'第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin and the city, '地址：', a
framed introduction, '大会议程' over a hollow 'AGENDA'; CLK2025's six forums one under another,
each under its heading (a big fading numeral behind the afternoon ones, a space before '分论坛'
as 2023 prints it), the thick bar, then the host on a line of his own at the left; the 2023
TIMELINE (range at the left, a dot on a vertical line, the title, 'padded name  company job' per
speaker; two speakers of a talk on two lines), tea and lunch bands, a closing bar; '支持单位' /
'支持媒体' over outlined boxes.  Every talk prints its own range.

Copied from posters-blind-133/draw.py (133 took them from set 121, it from set 115, and it from
sets 105, 103, 97, 90, 86, 78, 72, 68, 59, 43) unchanged: font, tw, TOKEN, NO_LINE_START,
wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad, grain, glow, two_pass, para, fits, WHITE,
BANDS, rng, plain, saturday, K, F, k, slanted, outline_text, fading_numeral, pin, logo, inline,
runs_width, background, S, T, R, B, truth_slot, forum_truth, pad, split_spaces, speaker_line,
panel_a, is_band, printed_name, heading (its host form 'under': after the bar, at the left),
paint, draw, people, wrapped_titles and wrapped_affs.  Changed: clk_mark (the colour of 'CLK'
from the palette), slot (only panel_a for round tables; panel_b, pair_line and joint_line
dropped), REAL_NAMES (133's list plus one name read on the 2023 image), check and main (this
set's counts, width and sizes).  New: all the data, INTRO, UNITS, MEDIA, PAL, ED, LAYOUT, NOTE
and WRAPPED.
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

# CLK 3361 (第1356届), 荆州, Saturday 3361-10-24.
DATE = "3361-10-24"
FORUMS = [
    {"name": "主论坛", "host": "刘承泽", "unit": "长江大学 计算机科学学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:15", "嘉宾致辞", [S("覃振邦", "长江大学副校长")]),
        T("09:15", "09:45", "企业内核的长期维护：从上游 LTS 到发行版的补丁回合与取舍",
          [S("王瀚森", "麒麟软件 内核首席架构师")], nice=True),
        T("09:45", "10:15", "Upstream First: Ten Years of Enabling Arm Servers in Mainline Linux",
          [S("Florian Weidner", "Arm Principal Software Engineer")]),
        B("10:15", "10:30", "茶歇"),
        T("10:30", "11:00", "智能汽车座舱与智驾域的 Linux 实时性改造及功能安全实践",
          [S("陈予安", "理想汽车 操作系统负责人"), S("吴启帆", "理想汽车 内核专家")]),
        T("11:00", "11:30", "十万台服务器内核热升级的工程实践", [S("杨嘉禾", "京东 基础架构部内核技术专家")]),
        R("11:30", "12:15", "圆桌论坛：多种国产 CPU 架构并存，内核社区如何协同开发与测试",
          S("孙蕙宁", "中国电子技术标准化研究院 高级工程师"),
          [S("李沐阳", "龙芯中科 内核研发部经理"), S("黄立川", "飞腾信息技术 系统软件专家"),
           S("郭婉清", "海光信息 操作系统架构师"), S("谢知远", "平头哥 RISC-V 软件生态负责人")]),
        B("12:15", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "host": "赵砚秋", "unit": "阿里云 内核内存团队负责人", "slots": [
        T("13:30", "14:00", "mTHP 匿名大页在安卓手机上的落地与碎片化对策", [S("何景澄", "vivo 内存优化专家")]),
        T("14:00", "14:30", "Fair Reclaim Across Sibling Memory Cgroups", [S("马千里", "腾讯 内核工程师")]),
        T("14:30", "15:00", "cgroup v2 迁移中 memory.high 引发的延迟抖动问题分析", [S("林以恒", "美团 系统工程师")]),
        T("15:00", "15:30", "基于 DAMON 的冷页识别与 zswap 写回策略调优",
          [S("梁书瑶", "OPPO内核工程师"), S("徐楷文", "OPPO高级内存优化工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "HugeTLB vmemmap 优化在云宿主机上的收益", [S("宋闻笛", "天翼云 虚拟化内核工程师")]),
        T("16:20", "16:50", "CXL 扩展内存下的页面分层迁移：从 NUMA balancing 到用户态策略",
          [S("罗敬之", "中兴通讯 操作系统专家")]),
        T("16:50", "17:20", "slab 内存泄漏的线上定位：kmemleak 之外的方法", [S("邓筱雯", "字节跳动 内核工程师")]),
        T("17:20", "17:50", "页表回收对长期运行容器的内存节省效果", [S("冯益民", "快手内核研发工程师")]),
    ]},
    {"name": "文件系统与存储分论坛", "host": "唐季平", "unit": "华为 文件系统技术专家", "slots": [
        T("13:30", "14:00", "ext4 fast commit 在数据库负载下的表现与调优", [S("许铭远", "网易 存储内核工程师")]),
        T("14:00", "14:30", "Btrfs RAID1 在边缘计算设备上的可靠性评估", [S("韩若溪", "联想 嵌入式系统工程师")]),
        T("14:30", "15:00", "Folio Conversion in XFS: What Changed for Buffered Writes", [S("沈北辰", "阿里云 文件系统工程师")]),
        T("15:00", "15:30", "NVMe over TCP 在存算分离架构中的时延优化实践",
          [S("董逸凡", "中国移动云能力中心 存储工程师"), S("朱芷若", "中国移动云能力中心 高级工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "virtiofs DAX 在安全容器中的性能与内存开销权衡", [S("叶怀瑾", "蚂蚁集团 安全容器研发工程师")]),
        T("16:20", "16:50", "e2fsck 并行化改造：TB 级文件系统的检查时间从小时到分钟", [S("张磊", "浪潮信息 存储软件工程师")]),
        T("16:50", "17:20", "从 eMMC 到 UFS 4.0：手机存储 IO 调度器的选择与调优", [S("苏叙白", "荣耀 存储性能工程师")]),
    ]},
    {"name": "调度、性能与调试分论坛", "host": "黄建勋", "unit": "腾讯 TencentOS 调度团队负责人", "slots": [
        T("13:30", "14:00", "sched_ext 实战：为在线服务编写 BPF 调度器", [S("张亦舟", "字节跳动 调度工程师")]),
        T("14:00", "14:30", "大小核手机上的任务放置：EAS 能效模型校准", [S("李娜", "小米 系统性能工程师")]),
        T("14:30", "15:00", "Finding Lock Contention with perf and BPF", [S("彭向东", "英特尔 性能工程师")]),
        T("15:00", "15:30", "kdump 在 ARM64 大内存服务器上的失败案例分析",
          [S("程立群", "统信软件 内核工程师"), S("姚佳音", "统信软件 测试工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "PREEMPT_RT 进入主线之后：实时 Linux 在工业控制中的落地", [S("崔致远", "中国科学院软件研究所 副研究员")]),
        T("16:15", "16:45", "RCU stall 与 soft lockup 告警的误报分析", [S("范晨曦", "百度智能云 内核工程师")]),
        T("16:45", "17:15", "基于 LLVM 的内核函数级插桩与低开销性能剖析", [S("陆一帆", "华中科技大学 博士研究生")]),
        T("17:15", "17:45", "KCSAN 在持续集成中发现的并发缺陷", [S("陈维康", "SUSE 内核工程师")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "host": "李文韬", "unit": "龙芯中科 系统软件部总监", "slots": [
        T("13:30", "14:00", "LoongArch 上 Rust for Linux 的移植进展", [S("石崇光", "龙芯中科 内核工程师")]),
        T("14:00", "14:30", "RISC-V 服务器平台的 ACPI 与 UEFI 启动支持现状", [S("田启明", "中国科学院计算技术研究所 工程师")]),
        T("14:30", "15:00", "Bringing up Linux on a Heterogeneous Arm SoC: Lessons from the Field",
          [S("王子骞", "紫光展锐 系统软件专家")]),
        T("15:00", "15:30", "GPU 驱动中的共享虚拟内存（SVM）与 IOMMU 页表协同",
          [S("任晓峥", "摩尔线程 驱动架构师"), S("欧阳霖", "摩尔线程 软件工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "鲲鹏服务器上 SMMU 性能瓶颈的分析与优化", [S("邵凌云", "华为 内核工程师")]),
        T("16:20", "16:50", "NPU 驱动上游化：基于 DRM accel 子系统的实践", [S("孔德川", "寒武纪 驱动工程师")]),
        T("16:50", "17:20", "ARM64 MTE 内存标记在安卓系统中的启用与开销", [S("刘玥", "vivo 安全内核工程师")]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "host": "杜雪晴", "unit": "火山引擎 AI 基础设施技术负责人", "slots": [
        T("13:30", "14:00", "千卡训练集群中 RDMA 网卡中断与 CPU 亲和性调优", [S("汪璟", "百度 AI 基础设施工程师")]),
        T("14:00", "14:30", "用 eBPF 实现 Kubernetes 网络策略：从 iptables 迁移的经验", [S("段嘉树", "京东云 云原生网络工程师")]),
        T("14:30", "15:00", "Tuning TCP Congestion Control for Training Traffic with BPF struct_ops",
          [S("雷启航", "阿里云 网络内核工程师")]),
        T("15:00", "15:30", "大模型推理服务的容器内存超卖与 OOM 防护",
          [S("毛思辰", "商汤科技 系统工程师"), S("邱绮雯", "上海交通大学 博士研究生")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "基于 eBPF 的文件访问审计在银行核心系统中的实践", [S("王波", "招商银行 系统架构师")]),
        T("16:20", "16:50", "CRIU 在 AI 训练任务迁移与断点续训中的应用", [S("贺廷宇", "华为云 容器内核工程师")]),
        T("16:50", "17:20", "BPF 程序签名与加载权限控制的上游进展", [S("阙书恒", "蚂蚁集团 安全研究员")]),
        T("17:20", "17:50", "智能网卡卸载 XDP 程序的可行性与限制", [S("张俊熙", "中国科学技术大学副教授，博士生导师")]),
    ]},
]
INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 1356 届，由国内高校、芯片与整机厂商、"
         "云服务商和开源社区联合发起，以\u201c自由，协作，创新\u201d为理念，以开源技术的推广和普及为使命，旨在促进 Linux "
         "内核开发爱好者相互交流、共同进步。本届大会由长江大学承办，上午为主论坛，下午五个分论坛同时进行，"
         "现诚邀广大 Linux 开发者和爱好者参加本次大会。")
UNITS = ["长江大学", "华为", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "小米", "龙芯中科",
         "麒麟软件", "统信软件", "海光信息", "飞腾", "蚂蚁集团", "英特尔"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "SegmentFault", "OSCHINA"]
# NEW COLOURS: a deep wine page, gold titles, bars, dots and numerals, rose 'company job', orange labels,
# claret break bands, crimson and orange glows (2023: navy page, teal, blue, violet, navy bands).
PAL = {"bg": ((36, 7, 20), (20, 4, 13)), "title": (255, 207, 92), "aff": (255, 150, 160), "label": (255, 136, 56),
       "line": (168, 62, 86), "dot": (255, 128, 96), "band": (92, 20, 40), "bar": (255, 207, 92),
       "num": (240, 176, 60), "glow1": (220, 36, 84), "glow2": (236, 118, 32), "shadow": (214, 38, 72),
       "streak": (112, 30, 52), "clk": (255, 240, 214)}
ED = {"forums": FORUMS, "pal": PAL, "year": "3361", "nth": "第1356届中国", "date_text": "10月24日",
      "city": "荆州", "addr": "地址：长江大学 东校区图书馆报告厅", "intro": INTRO, "units": UNITS,
      "media": MEDIA, "seed": 13361, "host": "under", "gap": True, "K": 1.0, "W": 1080,
      "grain": 0.002, "cell": 3}
FILE = "CLK3361全部议程.jpg"
LAYOUT = (
    "CLK 3361 (第1356届), 荆州, 3361-10-24 (JPEG q85, %d x %d): the ONE whole-agenda image of an invented edition, "
    "named as CLK2025's repository names its own (CLK + year + 全部议程.jpg), 1080 px wide, in the organisers' 2023 "
    "family (layout and measures of CLK2023全部议程.png) with NEW COLOURS: a deep WINE page with crimson and orange "
    "glows, GOLD titles, bars, dots and numerals, ROSE 'company job', ORANGE labels, claret break bands, 'CLK' in "
    "warm white. Logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '3361' raised in nested outlines, "
    "a slanted '第1356届中国' / 'Linux 内核开发者大会' with an offset shadow, an outlined box '10月24日' + pin + '荆州' "
    "(no year, as 2023), '地址：长江大学 东校区图书馆报告厅', a sphere with swirling lines, a framed introduction, "
    "'大会议程' over a hollow 'AGENDA'. CLK2025's six forums ONE UNDER ANOTHER in folder order: '主论坛', then over "
    "fading gold numerals '01'..'05' the afternoon headings printed WITH A SPACE BEFORE '分论坛' as 2023 prints its "
    "own ('内存管理与优化 分论坛', 'AI 基础设施与 eBPF 应用 分论坛'); under each heading the thick gold bar, then the "
    "HOST on a line of his own at the left, where the ranges stand: '主持人：' (orange), the name (bold white), the "
    "unit (small rose). The 2023 timeline: range 30 px bold white, a dot on a thin vertical line, the title 30 px "
    "bold gold (broken greedily, also inside Chinese words, one after its colon), per speaker 'padded name  company "
    "job' (name 28 px white, 'company job' 20 px rose), two speakers of a talk on two lines; every talk prints its "
    "own range. 主论坛 (host 刘承泽, 长江大学 计算机科学学院院长): '09:00-09:05 开场' a plain row; '嘉宾致辞' by 覃振邦 "
    "(长江大学副校长); '企业内核的长期维护：' / '从上游 LTS 到发行版的补丁回合与取舍' (王瀚森); the ONE Latin speaker "
    "Florian Weidner (Arm Principal Software Engineer) with 'Upstream First: Ten Years of Enabling Arm' / 'Servers in "
    "Mainline Linux'; a 茶歇 band 10:15-10:30; '…改造及功能' / '安全实践' by 陈予安 over 吴启帆 (理想汽车); 杨嘉禾 (京东); "
    "the ROUND TABLE '圆桌论坛：多种国产 CPU 架构并存，内核社区如何' / '协同开发与测试' (11:30-12:15) with 2023's '主持人：' "
    "and '嘉宾：' on lines of their own (孙蕙宁; 李沐阳, 黄立川, 郭婉清, 谢知远, each on a line); a 午餐 band 12:15-13:30. "
    "Every afternoon forum from 13:30 in 30-minute talks with a 茶歇 band after its fourth talk. 01 内存管理与优化 (host "
    "赵砚秋): 'Fair Reclaim Across Sibling Memory Cgroups' (one line); '…延迟抖动' / '问题分析'; 梁书瑶 over 徐楷文 (OPPO, "
    "run together); '…分层迁移：从 NUMA' / 'balancing 到用户态策略'; tea 15:30-15:50; ends 17:50. 02 文件系统与存储 (host "
    "唐季平): 'Folio Conversion in XFS: What Changed for' / 'Buffered Writes'; 董逸凡 over 朱芷若 (中国移动云能力中心); "
    "'…检查时间从小' / '时到分钟' (张　磊); '…的选择与' / '调优'; tea 15:30-15:50; ends 17:20. 03 调度、性能与调试 (host "
    "黄建勋): 李　娜; 'Finding Lock Contention with perf and BPF' (one line); 程立群 over 姚佳音 (统信软件); a SHORTER tea "
    "band 15:30-15:45; '…在工业控' / '制中的落地'; ends 17:45. 04 硬件架构与异构计算 (host 李文韬): 'Bringing up Linux on "
    "a Heterogeneous Arm' / 'SoC: Lessons from the Field'; '…与 IOMMU 页' / '表协同' by 任晓峥 over 欧阳霖 (摩尔线程); "
    "刘　玥; tea 15:30-15:50; ends 17:20. 05 AI 基础设施与 eBPF 应用 (host 杜雪晴): 汪　璟; '…从 iptables' / '迁移的经验'; "
    "'Tuning TCP Congestion Control for Training' / 'Traffic with BPF struct_ops'; 毛思辰 (商汤科技) over 邱绮雯 (上海交通"
    "大学); 王　波; 阙书恒; 张俊熙 with ONE affiliation holding a full-width comma, '中国科学技术大学副教授，博士生导师'; "
    "tea 15:30-15:50; ends 17:50. Fifteen '支持单位' and six '支持媒体' boxes over a hollow 'SUPPORT'. "
    "6 + 8 + 7 + 8 + 7 + 8 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 115, 121, 124, 133): speakers are names as printed "
    "with spaces and the padding of two-character names removed ('张　磊' -> '张磊', '刘　玥' -> '刘玥', 'Florian "
    "Weidner' -> 'FlorianWeidner'); host is the chair printed after '主持人：' for the forum (the unit printed after "
    "him is no part of it and no affiliation of any slot), null for breaks; start/end HH:MM on a 24-hour clock; "
    "where two speakers are printed each has his own affiliation, in printed order; affiliations are the printed "
    "'company job' exactly, spaced or run together as printed ('OPPO内核工程师', 'OPPO高级内存优化工程师', "
    "'快手内核研发工程师', '长江大学副校长', '中国科学技术大学副教授，博士生导师'); an opening speech printed with a "
    "speaker ('嘉宾致辞') is a talk, a slot printed without one ('开场') a break; '午餐' closes 主论坛 as its break; a "
    "forum that prints no break after its last slot ends with it; every forum carries the edition's date. ONE "
    "invented edition, CLK 3361 (第1356届, 荆州, Saturday 3361-10-24), drawn as the ONE whole-agenda image CLK2025's "
    "repository lists (CLK2025全部议程.jpg), 1080 wide, JPEG q85, in the organisers' 2023 family with new colours "
    "(wine page, gold titles); one entry holding CLK2025's six forums in printed (= folder) order. The date box "
    "prints '10月24日' without a year, as 2023 did; the year is the one of the 'CLK 3361' mark. Headers, logo lines, "
    "the introduction, the address, the date box, the hollow 'AGENDA' and 'SUPPORT', support units and media are "
    "never part of a name, a title or a slot; the numerals '01'..'05' are no part of a forum's name. Judgement "
    "calls: (1) FORUM NAMES are CLK2025's folder names without their number ('6 AI 基础设施与 eBPF 应用分论坛' -> "
    "'AI 基础设施与 eBPF 应用分论坛'); the headings print a space before '分论坛' as the 2023 image prints its own "
    "('调度、性能与调试 分论坛'): the forum is still the folder name, without that space. (2) HOSTS: 2023 printed "
    "none; here the host is the name after '主持人：' on the line of its own UNDER the forum's bar, at the left where "
    "the ranges stand, before the first talk (主论坛 刘承泽, then 赵砚秋, 唐季平, 黄建勋, 李文韬, 杜雪晴); the unit "
    "after him ('长江大学 计算机科学学院院长', '阿里云 内核内存团队负责人', …) is no affiliation, and the host line is "
    "no slot. (3) The ROUND TABLE is ONE slot of kind 'panel': its speakers are the moderator 孙蕙宁 first, then "
    "the four guests in printed order (李沐阳, 黄立川, 郭婉清, 谢知远), one affiliation each; the title keeps "
    "'圆桌论坛：' and is joined over its two lines ('…内核社区如何' / '协同开发与测试' -> '…内核社区如何协同开发与测试'); "
    "'主持人：' and '嘉宾：' there are labels, and the moderator is not the forum's host (刘承泽). (4) TWO SPEAKERS OF "
    "ONE TALK stand on two lines, each with the 'company job' of his own line (陈予安 / 吴启帆, 梁书瑶 / 徐楷文, 董逸凡 "
    "/ 朱芷若, 程立群 / 姚佳音, 任晓峥 / 欧阳霖, 毛思辰 / 邱绮雯), one such talk in every forum; 欧阳霖 has the "
    "two-character surname 欧阳 and a one-character given name, printed unpadded (three characters). (5) Titles "
    "wrapped over two lines are one title: Latin words joined with a space ('Upstream First: Ten Years of Enabling "
    "Arm Servers in Mainline Linux', 'Folio Conversion in XFS: What Changed for Buffered Writes', 'Bringing up Linux "
    "on a Heterogeneous Arm SoC: Lessons from the Field', 'Tuning TCP Congestion Control for Training Traffic with "
    "BPF struct_ops'; also '…从 NUMA' / 'balancing…' and '…从 iptables' / '迁移…'), Chinese broken inside a word "
    "joined without anything ('…改造及功能' / '安全实践', '…从小' / '时到分钟', '…工业控' / '制中的落地', '…IOMMU 页' / "
    "'表协同'), nothing added after a full-width '：' ('企业内核的长期维护：' / '从上游 LTS 到发行版的补丁回合与取舍'). "
    "(6) The only Latin-lettered speaker is Florian Weidner (主论坛), his 'company job' in English ('Arm Principal "
    "Software Engineer'); 马千里, 沈北辰, 彭向东, 王子骞 and 雷启航 speak under English-only titles but are printed in "
    "Chinese. (7) One affiliation holds a full-width comma, as 2023 printed such lines: '中国科学技术大学副教授，"
    "博士生导师' (张俊熙) is ONE affiliation of ONE speaker. (8) Tea bands differ in length: 调度、性能与调试 has "
    "15:30-15:45 and its later talks start at :45 and :15; the other afternoon forums 15:30-15:50. Surnames are "
    "mostly the common ones (王, 李, 张 three each; 刘, 陈, 黄 two each); uncommon: 覃 (the opening speech), 欧阳 "
    "(a second speaker), 阙 (阙书恒).")
WRAPPED = [
    ["企业内核的长期维护：", "从上游 LTS 到发行版的补丁回合与取舍"],
    ["Upstream First: Ten Years of Enabling Arm", "Servers in Mainline Linux"],
    ["智能汽车座舱与智驾域的 Linux 实时性改造及功能", "安全实践"],
    ["圆桌论坛：多种国产 CPU 架构并存，内核社区如何", "协同开发与测试"],
    ["cgroup v2 迁移中 memory.high 引发的延迟抖动", "问题分析"],
    ["CXL 扩展内存下的页面分层迁移：从 NUMA", "balancing 到用户态策略"],
    ["Folio Conversion in XFS: What Changed for", "Buffered Writes"],
    ["e2fsck 并行化改造：TB 级文件系统的检查时间从小", "时到分钟"],
    ["从 eMMC 到 UFS 4.0：手机存储 IO 调度器的选择与", "调优"],
    ["PREEMPT_RT 进入主线之后：实时 Linux 在工业控", "制中的落地"],
    ["Bringing up Linux on a Heterogeneous Arm", "SoC: Lessons from the Field"],
    ["GPU 驱动中的共享虚拟内存（SVM）与 IOMMU 页", "表协同"],
    ["用 eBPF 实现 Kubernetes 网络策略：从 iptables", "迁移的经验"],
    ["Tuning TCP Congestion Control for Training", "Traffic with BPF struct_ops"],
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
        for s in f["slots"]:  # slots follow one another without gaps
            assert s["start"] < s["end"], s
            if prev is not None:
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
            assert t not in text, t
    slots = [s for f in FORUMS for s in f["slots"]]
    assert [(f["name"], s["kind"]) for f in FORUMS for s in f["slots"] if s["kind"] == "panel"] == [("主论坛", "panel")]
    assert FORUMS[0]["slots"][-1]["title"] == "午餐" and all(f["slots"][-1]["title"] != "午餐" for f in FORUMS[1:])
    assert all(any(s["title"] == "茶歇" for s in f["slots"]) for f in FORUMS)
    assert not any(s["shared"] for s in slots)  # every talk prints its own range
    two = [s for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
    assert len(two) == 6 and all(s["line"] is None for s in slots), two
    assert sorted(f["name"] for f in FORUMS for s in f["slots"] if s in two) == sorted(CLK2025_FORUMS)  # one a forum
    assert [n for n in everybody if re.search(r"[A-Za-z]", n)] == ["Florian Weidner"]
    assert sum(bool(re.fullmatch(r"[A-Za-z0-9 :,'_\-]+", s["title"])) for s in slots if s["kind"] == "talk") == 6
    for f in FORUMS:  # nobody hosts and speaks
        assert f["host"] not in [sp["name"] for s in f["slots"] for sp in s["sp"]]
    ends = [f["slots"][-1]["end"] for f in FORUMS[1:]]
    assert ends == ["17:50", "17:20", "17:45", "17:20", "17:50"], ends
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    uncommon = [n for n in everybody if n[:2] == "欧阳" or n[0] in "覃阙"]
    assert len(uncommon) == 3 and len(everybody) == 60, (uncommon, len(everybody))
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]


def main():
    im = draw(ED)
    assert im.size[0] == 1080 and 11000 <= im.size[1] <= 14500, im.size
    path = os.path.join(HERE, FILE)
    im.save(path, "JPEG", quality=85)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert 1_200_000 <= size <= 3_000_000, size
    poster = {"file": FILE, "layout": LAYOUT % im.size, "date": DATE, "forums": forum_truth(FORUMS, DATE)}
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in poster["forums"])
    assert poster["layout"].endswith(counts + " talks."), counts
    n = check(poster)
    print("scored talks", n)
    assert 40 <= n <= 55, n
    assert wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [], wrapped_affs()
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
