"""Draw the two-hundred-and-eleventh blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK7211全部议程.png and truth.json next to this file.
      DRAFT=1 python draw.py also prints the wrapped titles and skips the WRAPPED and size asserts.
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 7211 (第5206届, 南昌, host school 江西师范大学, Saturday 7211-10-22), drawn
as the ONE whole-agenda image CLK2025's repository lists (CLK2025全部议程.jpg): a PNG, 1080 wide, in
the organisers' 2023 family (layout and measures of CLK2023全部议程.png) with NEW COLOURS (a deep
CRANBERRY page, BUTTER-YELLOW titles, bars, dots and numerals, PALE-SKY 'company job', MINT
'主持人：' / '嘉宾：' labels, raspberry break bands, rose and amber glows, a steel-blue shadow under the
slanted lettering): logo lines, 'CLK' with the year raised in nested outlines, a slanted
'第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin and the city, '地址：', a framed
introduction, '大会议程' over a hollow 'AGENDA'; CLK2025's six forums one under another, each under
its heading (a big fading numeral behind the afternoon ones, a space before '分论坛' as 2023 prints
it), the HOST on a line of its own under the name and above the thick bar ('主持人：padded name　unit',
host form 'below'); the 2023 TIMELINE (range at the left, a dot on a vertical line, the title,
'padded name  company job' per speaker; two speakers of a talk on two lines; ranges printed ONCE
over two talks, and once over three, as 2023 prints them), tea and lunch bands, a closing bar;
'支持单位' / '支持媒体' over outlined boxes.

Copied from /work/main/bench/eval/posters-blind-193/draw.py (which took them from set 179, it from
set 172, that from set 170 and that from sets 159, 136, 133, 121, 115, 105, 103, 97, 90, 86, 78, 72,
68, 59, 43) unchanged: font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext,
vgrad, grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain, saturday, REAL_NAMES, K, F, k,
slanted, outline_text, fading_numeral, pin, logo, clk_mark, inline, runs_width, background, S, T, R,
B, truth_slot, forum_truth, pad, split_spaces, speaker_line, panel_a, is_band, slot, printed_name,
heading (used with its host form 'below'), paint, draw, people, wrapped_titles and wrapped_affs.
Changed: check (this set's counts, ends, shared ranges including one over three talks, surnames, the
folder names read again from listings/CLK2025.tsv) and main (PNG encoded in memory at compress
level 9, written once; DRAFT).  New: all the data, INTRO, UNITS, MEDIA, PAL, ED, SHARED, LAYOUT,
NOTE, WRAPPED, TOP5, TOP20 and RARE.
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

# ===========================================================================
# Data.  CLK2025's six forum folders, without their numbers, in folder order.
CLK2025_FORUMS = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
                  "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]

# CLK 7211 (第5206届), 南昌, Saturday 7211-10-22.  shared=True: the talk stands under the range of the talk
# above it, printed once for them (no range, no dot), as 2023 prints them; nice=True: the title broken after
# its colon, else greedily as 2023 breaks most titles.
DATE = "7211-10-22"
FORUMS = [
    {"name": "主论坛", "host": "熊建华", "unit": "江西师范大学 计算机信息工程学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("程国平", "江西师范大学副校长")]),
        T("09:20", "09:50", "从单机到万卡集群：操作系统内核面对的新问题", [S("王建国", "华为 操作系统内核首席专家")]),
        T("09:50", "10:20", "Bringing Up Arm Servers in Mainline: The Parts Nobody Plans For",
          [S("Tomasz Wierzbicki", "Arm Principal Software Engineer")], nice=True),
        T("10:20", "10:50", "手机操作系统内核的体验优化：从卡顿治理到能效度量的方法论",
          [S("李强", "vivo 内核技术专家"), S("陈静", "vivo 底层软件工程师")]),
        T("10:50", "11:20", "一个发行版内核的十年：回合补丁、CVE 修复与上游节奏", [S("张伟", "麒麟软件 内核研发部总监")], nice=True),
        T("11:20", "11:50", "当业务抖动找上内核：一套线上诊断体系的建设", [S("刘海波", "阿里云资深技术专家")]),
        R("11:50", "12:30", "圆桌论坛： 内核开发者的第一个补丁，应该从哪里开始",
          S("周敏", "中国科学院软件研究所 研究员"),
          [S("杨志勇", "腾讯云 TencentOS 内核负责人"), S("黄磊", "字节跳动 STE 团队技术专家"),
           S("郑晓燕", "南昌大学 信息工程学院教授"), S("吴文杰", "OPPO 内核团队负责人")]),
        B("12:30", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "host": "赵军", "unit": "腾讯 内核技术专家", "slots": [
        T("13:30", "14:00", "数据库场景下开启透明大页的收益与代价：一次完整的测评", [S("王晓东", "美团基础架构内核工程师")]),
        T("14:00", "14:30", "Android 设备上 zram 与 swap 策略的重新设计",
          [S("李志强", "OPPO高级底层软件工程师"), S("梁婷", "OPPO 内存优化工程师")]),
        T("14:30", "15:30", "memcg 内存水位异常的排查：从 page cache 到 slab 的逐层分析", [S("张涛", "阿里云 内核工程师")]),
        T("14:30", "15:30", "kswapd 唤醒时机对前台应用卡顿的影响", [S("谢文斌", "京东 Linux内核工程师")], shared=True),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "Redis 跑在 CXL 内存上：延迟、带宽与页面迁移", [S("徐海峰", "英特尔 软件工程师")]),
        T("15:50", "16:30", "page table reclaim: freeing empty page tables in long-running processes",
          [S("宋宇", "字节跳动 系统工程师")], shared=True),
        T("16:30", "17:00", "NUMA 自动均衡在大规格虚拟机中的调优实践", [S("何振华", "天翼云 虚拟化工程师")]),
        T("17:00", "17:30", "内存故障隔离：硬件不可纠正错误在内核中的处理与业务恢复", [S("危志明", "浪潮信息 服务器固件工程师")]),
    ]},
    {"name": "文件系统与存储分论坛", "host": "吴刚", "unit": "华为 存储内核技术专家", "slots": [
        T("13:30", "14:00", "ext4 mballoc 在千万级小文件场景下的退化与修复", [S("王磊", "统信软件 文件系统工程师")]),
        T("14:00", "14:30", "Making XFS Reflink Faster for Virtual Machine Images", [S("林晓峰", "蚂蚁集团 存储内核工程师")]),
        T("14:30", "15:00", "F2FS 在手机长期使用后的碎片问题与后台整理方案",
          [S("黄文华", "荣耀 文件系统工程师"), S("韩丽娟", "荣耀 存储工程师")]),
        T("15:00", "15:30", "io_uring 替换 libaio 之后：一个数据库存储引擎的迁移记录", [S("刘斌", "快手 存储研发工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "云盘 NVMe-oF 目标端的 CPU 开销拆解", [S("曹建军", "腾讯云 存储工程师")]),
        T("15:50", "16:30", "块层多队列在高并发小 IO 下的锁开销分析", [S("叶飞", "中国移动云能力中心 内核工程师")],
          shared=True),
        T("16:30", "17:00", "overlayfs 写时复制的开销与容器启动速度", [S("马永强", "字节跳动 容器内核工程师")]),
        T("17:00", "17:30", "座舱域控制器上的文件系统选型：掉电安全与寿命", [S("彭涛", "蔚来 系统软件工程师")]),
    ]},
    {"name": "调度、性能与调试分论坛", "host": "孙立新", "unit": "阿里云 操作系统技术专家", "slots": [
        T("13:30", "14:00", "EEVDF 调度器上线之后：一次延迟回归的定位过程", [S("李明辉", "腾讯 Linux内核工程师")]),
        T("14:00", "15:00", "基于 perf 与 eBPF 的线上 CPU 热点自动采集系统", [S("周杰", "百度智能云 内核工程师")]),
        T("14:00", "15:00", "TB 级内存机器上 vmcore 转储时间从小时到分钟", [S("邓海军", "中兴通讯 操作系统工程师")],
          shared=True),
        T("14:00", "15:00", "chasing a one-in-a-million soft lockup on a 384-core server",
          [S("曾勇", "华为Linux内核工程师")], shared=True),
        T("15:00", "15:30", "cgroup v2 CPU 限流与突发配额在混部集群中的调参经验",
          [S("张晓明", "美团 内核工程师"), S("袁丽", "美团 SRE工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "数控机床控制器的实时性改造：中断线程化与 CPU 隔离", [S("揭文华", "南昌大学 副教授")]),
        T("16:20", "16:50", "用 ftrace 函数图分析手机开机耗时", [S("罗飞", "小米 系统性能工程师")]),
        T("16:50", "17:20", "RCU stall 告警的常见根因与排查手册", [S("钟国强", "统信软件 内核研发工程师")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "host": "陈立华", "unit": "海光信息 系统软件部总监", "slots": [
        T("13:30", "14:00", "RISC-V 平台 IOMMU 驱动的现状与待解决问题", [S("朱华", "中国科学院软件研究所 工程师")]),
        T("14:00", "14:30", "龙架构服务器上虚拟机中断延迟的测量与优化", [S("王志刚", "龙芯中科 内核工程师")]),
        T("14:30", "15:00", "Arm64 CCA: Bringing Confidential VMs to Mobile SoCs", [S("高建平", "安谋科技 软件工程师")]),
        T("15:00", "15:30", "端侧 NPU 驱动的电源管理与运行时挂起",
          [S("杨帆", "寒武纪 驱动工程师"), S("余晓燕", "寒武纪 系统软件工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "子 NUMA 分区（SNC）打开之后：对内核调度与内存分配的影响", [S("郭亮", "英特尔 云计算软件工程师")]),
        T("16:30", "17:00", "在 DPU 上运行 Linux：网络与存储卸载背后的内核工作", [S("冯俊峰", "中科驭数 DPU 软件工程师")]),
        T("17:00", "17:30", "国产 RISC-V 服务器芯片的启动流程与电源管理适配", [S("唐勇", "平头哥 系统软件工程师")]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "host": "胡晓明", "unit": "蚂蚁集团 基础设施技术专家", "slots": [
        T("13:30", "14:00", "大模型推理服务的内存带宽瓶颈与内核侧优化", [S("李娜", "百度智能云 AI 平台工程师")]),
        T("14:00", "14:30", "用 eBPF 给 GPU 训练任务做全栈性能画像", [S("熊伟", "快手 性能工程师")]),
        T("14:30", "15:00", "sched_ext in practice: a BPF scheduler for AI training jobs",
          [S("刘建波", "字节跳动 内核工程师"), S("肖雪", "字节跳动 调度研发工程师")]),
        T("15:00", "15:30", "RDMA 网络在万卡训练中的拥塞问题与内核侧排查", [S("赵海涛", "阿里云 网络内核工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "基于 eBPF 的容器安全审计：从 LSM 钩子到告警", [S("王丽华", "深信服 安全研发工程师")]),
        T("15:50", "16:30", "BPF 程序热更新：bpf_link 替换与状态迁移", [S("陈宏伟", "网易 容器平台工程师")], shared=True),
        T("16:30", "17:00", "大模型 Checkpoint 落盘：脏页回写参数怎么调", [S("张文龙", "商汤科技 系统工程师")]),
        T("17:00", "17:30", "用 tc-bpf 实现推理集群的流量染色与灰度", [S("李俊", "美团 网络工程师")]),
    ]},
]

INTRO = ("CLK，全称\u201c中国 Linux 内核开发者大会\u201d，至今已连续举办 5206 届。大会由高校、芯片厂商、操作系统"
         "厂商、终端企业与云服务商共同发起，秉持\u201c自由、协作、创新\u201d的理念，致力于开源技术的推广与普及，"
         "为 Linux 内核开发者和爱好者搭建一个相互交流、共同成长的平台。本届大会由江西师范大学承办，预计线下参会"
         "人数超过 500 人，欢迎广大 Linux 开发者和爱好者报名参加。")
UNITS = ["江西师范大学", "南昌大学", "华为", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "龙芯中科",
         "海光信息", "蚂蚁集团", "英特尔"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "阅码场", "SegmentFault", "开源江湖", "人人极客社区",
         "Linux 中国"]
# NEW COLOURS: a deep CRANBERRY page, BUTTER-YELLOW titles, bars, dots and numerals, PALE-SKY 'company job',
# MINT labels, raspberry break bands, rose and amber glows, a steel-blue shadow under the slanted lettering
# (2023: navy page, teal, blue, violet, navy bands).
PAL = {"bg": ((80, 16, 40), (22, 4, 12)), "title": (255, 222, 120), "aff": (150, 204, 255), "label": (116, 232, 190),
       "line": (156, 76, 104), "dot": (255, 222, 120), "band": (116, 30, 62), "bar": (250, 210, 98),
       "num": (246, 204, 92), "glow1": (236, 84, 126), "glow2": (250, 166, 60), "shadow": (48, 104, 196),
       "streak": (104, 32, 60), "clk": (255, 244, 238)}
ED = {"forums": FORUMS, "pal": PAL, "year": "7211", "nth": "第5206届中国", "date_text": "10月22日",
      "city": "南昌", "addr": "地址：江西师范大学瑶湖校区 学术交流中心", "intro": INTRO, "units": UNITS,
      "media": MEDIA, "seed": 17211, "host": "below", "gap": True, "K": 1.0, "W": 1080,
      "grain": 0.002, "cell": 3}
FILE = "CLK7211全部议程.png"
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
RARE = ["危志明", "揭文华"]
# the ranges printed once over two or three talks: (forum, range, first speaker, speaker of the talk under it)
SHARED = [("内存管理与优化分论坛", "14:30-15:30", "张涛", "谢文斌"),
          ("内存管理与优化分论坛", "15:50-16:30", "徐海峰", "宋宇"),
          ("文件系统与存储分论坛", "15:50-16:30", "曹建军", "叶飞"),
          ("调度、性能与调试分论坛", "14:00-15:00", "周杰", "邓海军"),
          ("调度、性能与调试分论坛", "14:00-15:00", "邓海军", "曾勇"),
          ("AI 基础设施与 eBPF 应用分论坛", "15:50-16:30", "王丽华", "陈宏伟")]
LAYOUT = ("CLK 7211 (第5206届), 南昌, 7211-10-22 (PNG, %d x %d): the ONE whole-agenda image of an invented "
    "edition, named as CLK2025's repository names its own (CLK + year + 全部议程), 1080 px wide, in the organisers' "
    "2023 family (layout and measures of CLK2023全部议程.png) with NEW COLOURS: a deep CRANBERRY page ((80,16,40) to "
    "(22,4,12)) with rose and amber glows, BUTTER-YELLOW titles, bars, dots and numerals, PALE-SKY 'company job', MINT "
    "'主持人：' / '嘉宾：' labels, raspberry break bands, 'CLK' in warm white, a steel-blue sphere and steel-blue shadows "
    "under the slanted lettering. Logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '7211' raised in "
    "nested outlines, a slanted '第5206届中国' / 'Linux 内核开发者大会', an outlined box '10月22日' + pin + '南昌' (no "
    "year, as 2023), '地址：江西师范大学瑶湖校区 学术交流中心', a framed introduction (naming no forum), '大会议程' over a "
    "hollow 'AGENDA'. CLK2025's six forums ONE UNDER ANOTHER in folder order: '主论坛', then over fading yellow "
    "numerals '01'..'05' the afternoon headings printed WITH A SPACE BEFORE '分论坛' as 2023 prints its own "
    "('调度、性能与调试 分论坛', 'AI 基础设施与 eBPF 应用 分论坛'). HOSTS: every forum prints, under its name and ABOVE "
    "its thick bar, a line '主持人：' (mint 24 px) + the padded name (bold white 26 px) + the unit (pale sky 20 px). "
    "The 2023 timeline: range 30 px bold white, a dot on a thin vertical line, the title 30 px bold yellow (broken "
    "greedily, also inside Chinese words, two after their colon), per speaker 'padded name  company job' (28 px white, "
    "20 px pale sky), two speakers of a talk on two lines. RANGES PRINTED ONCE, as 2023 prints them (the talks under "
    "the first have no range and no dot): 内存管理与优化 14:30-15:30 (张　涛, then 谢文斌) and 15:50-16:30 (徐海峰, then "
    "宋　宇), 文件系统与存储 15:50-16:30 (曹建军, then 叶　飞), 调度、性能与调试 14:00-15:00 over THREE talks (周　杰, "
    "邓海军, 曾　勇), AI 基础设施与 eBPF 应用 15:50-16:30 (王丽华, then 陈宏伟). 主论坛 (host 熊建华, 江西师范大学 "
    "计算机信息工程学院院长): '09:00-09:05 开场' a plain row; '嘉宾致辞' by 程国平 (江西师范大学副校长); 王建国 (华为); "
    "the ONE Latin speaker Tomasz Wierzbicki (Arm Principal Software Engineer) under 'Bringing Up Arm Servers in "
    "Mainline:' / 'The Parts Nobody Plans For'; '手机操作系统内核的体验优化：…到能效度' / '量的方法论' by 李　强 over "
    "陈　静 (vivo); '一个发行版内核的十年：' / '回合补丁、CVE 修复与上游节奏' (张　伟, 麒麟软件); 刘海波 (阿里云资深技术专家, "
    "run together); the ROUND TABLE '圆桌论坛： 内核开发者的第一个补丁，应该从哪里' / '开始' (11:50-12:30) with '主持人：' "
    "and '嘉宾：' on lines of their own (周　敏; 杨志勇, 黄　磊, 郑晓燕, 吴文杰); a 午餐 band 12:30-13:30; no morning tea, as "
    "2023. Afternoon from 13:30, a 茶歇 band 15:30-15:50 in every forum. 01 内存管理与优化 (host 赵　军, 腾讯): 李志强 over "
    "梁　婷 (OPPO); the lower-case 'page table reclaim: freeing empty page tables' / 'in long-running processes' "
    "(宋　宇) as the second talk of a shared range; the rare 危志明 (浪潮信息); ends 17:30. 02 文件系统与存储 (host "
    "吴　刚, 华为): 'Making XFS Reflink Faster for Virtual Machine' / 'Images' (林晓峰); 黄文华 over 韩丽娟 (荣耀); ends "
    "17:30. 03 调度、性能与调试 (host 孙立新, 阿里云): the shared range over three talks ending with the lower-case "
    "'chasing a one-in-a-million soft lockup on a' / '384-core server' (曾　勇, '华为Linux内核工程师'); 张晓明 over 袁　丽 "
    "(美团); the rare 揭文华 (南昌大学 副教授); ends 17:20. 04 硬件架构与异构计算 (host 陈立华, 海光信息): SEVEN talks, "
    "'Arm64 CCA: Bringing Confidential VMs to' / 'Mobile SoCs' (高建平, 安谋科技); 杨　帆 over 余晓燕 (寒武纪); "
    "'子 NUMA 分区（SNC）打开之后：对内核调度与内' / '存分配的影响'; ends 17:30. 05 AI 基础设施与 eBPF 应用 (host 胡晓明, "
    "蚂蚁集团): the lower-case 'sched_ext in practice: a BPF scheduler for AI' / 'training jobs' by 刘建波 over 肖　雪 "
    "(字节跳动); ends 17:30. Twelve '支持单位' and nine '支持媒体' boxes over a hollow 'SUPPORT'. "
    "7 + 8 + 8 + 8 + 7 + 8 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 136, 159, 170, 172, 179, 193): speakers are names as "
    "printed with spaces and the padding of two-character names removed ('张　伟' -> '张伟', '宋　宇' -> '宋宇', "
    "'Tomasz Wierzbicki' -> 'TomaszWierzbicki'); host is the chair printed after '主持人：' for the forum (the unit "
    "printed with him is no part of it and no affiliation of any slot), null for breaks; start/end HH:MM on a 24-hour "
    "clock; where two speakers are printed each has his own affiliation, in printed order; affiliations are the "
    "printed 'company job' exactly, spaced or run together as printed ('华为 操作系统内核首席专家', '江西师范大学副校长', "
    "'阿里云资深技术专家', 'OPPO高级底层软件工程师', '美团基础架构内核工程师', '京东 Linux内核工程师', '华为Linux内核工程师', "
    "'美团 SRE工程师', 'Arm Principal Software Engineer'); an opening speech printed with a speaker ('嘉宾致辞') is a "
    "talk, a slot printed without one ('开场') a break; '午餐' closes 主论坛 as its break; a forum that prints no "
    "break after its last slot ends with it; every forum carries the edition's date. ONE invented edition, CLK 7211 "
    "(第5206届, 南昌, Saturday 7211-10-22), drawn as the ONE whole-agenda image CLK2025's repository lists "
    "(CLK2025全部议程.jpg), here a PNG 1080 wide, in the organisers' 2023 family with new colours (cranberry page, "
    "butter-yellow titles, pale-sky 'company job', mint labels); one entry holding CLK2025's six forums in printed "
    "(= folder) order. The date box prints '10月22日' without a year, as 2023 did; the year is the one of the "
    "'CLK 7211' mark. Headers, logo lines, the introduction, the address, the date box, the hollow 'AGENDA' and "
    "'SUPPORT', support units and media are never part of a name, a title or a slot; the numerals '01'..'05' are no "
    "part of a forum's name. Judgement calls: (1) FORUM NAMES are CLK2025's folder names without their number "
    "('6 AI 基础设施与 eBPF 应用分论坛' -> 'AI 基础设施与 eBPF 应用分论坛'); the headings print a space before '分论坛' as "
    "the 2023 image prints its own ('调度、性能与调试 分论坛'): the forum is still the folder name, without that space. "
    "(2) HOSTS: 2023 printed none; here every forum's host is the name after '主持人：' on the line printed under the "
    "forum's name and above its thick bar (主论坛 熊建华, then 赵军, 吴刚, 孙立新, 陈立华, 胡晓明), the unit after him on "
    "the same line; units are no affiliations and host lines no slots. (3) SHARED RANGES, as 2023 prints them: a "
    "range printed once over two or three talks (the talks under the first with no range and no dot) gives EVERY "
    "one of them that whole range, and each is its own talk with its own speaker, never a second speaker or a "
    "continuation of the talk above it: 内存管理与优化分论坛 14:30-15:30 张涛, then 谢文斌, and 15:50-16:30 徐海峰, then "
    "宋宇 (an English-only title); 文件系统与存储分论坛 15:50-16:30 曹建军, then 叶飞; 调度、性能与调试分论坛 14:00-15:00 "
    "over THREE talks, 周杰, then 邓海军, then 曾勇 (an English-only title); AI 基础设施与 eBPF 应用分论坛 15:50-16:30 "
    "王丽华, then 陈宏伟. Every other talk prints its own range and the slots of a forum follow one another without "
    "gaps. (4) The ROUND TABLE is ONE slot of kind 'panel': its speakers are the moderator 周敏 first, then the four "
    "guests in printed order (杨志勇, 黄磊, 郑晓燕, 吴文杰), one affiliation each; the title keeps '圆桌论坛：' and is "
    "given as typed, with the space after the colon and the full-width comma ('圆桌论坛： 内核开发者的第一个补丁，应该从"
    "哪里开始', as 2023 typed '圆桌论坛： 如何…'); '主持人：' and '嘉宾：' there are labels, and the moderator is not the "
    "forum's host (熊建华). (5) TWO SPEAKERS OF ONE TALK stand on two lines, each with the 'company job' of his own "
    "line (李强 / 陈静, 李志强 / 梁婷, 黄文华 / 韩丽娟, 张晓明 / 袁丽, 杨帆 / 余晓燕, 刘建波 / 肖雪), one such talk in every "
    "forum. (6) Titles wrapped over two lines are one title, given as typed: Latin words joined with a space ('Bringing "
    "Up Arm Servers in Mainline: The Parts Nobody Plans For', 'page table reclaim: freeing empty page tables in "
    "long-running processes', 'Making XFS Reflink Faster for Virtual Machine Images', 'chasing a one-in-a-million soft "
    "lockup on a 384-core server', 'Arm64 CCA: Bringing Confidential VMs to Mobile SoCs', 'sched_ext in practice: a "
    "BPF scheduler for AI training jobs'); Chinese broken inside a word or between words joined without anything "
    "('…到能效度' / '量的方法论', '…应该从哪里' / '开始', '…一次完整' / '的测评', '…的处理与' / '业务恢复', '…存储引擎的' / "
    "'迁移记录', '…集群中的调' / '参经验', '…调度与内' / '存分配的影响', '…背后的内核' / '工作'); two titles break after "
    "their colon ('…Mainline:' / 'The Parts…', '一个发行版内核的十年：' / '回合补丁…'); two break at a typed space between "
    "Chinese and Latin, which the title keeps ('…从 page cache 到' / 'slab 的逐层分析' -> '…到 slab 的逐层分析', "
    "'…中断线程化与 CPU' / '隔离' -> '…与 CPU 隔离'). English-only titles keep their printed case (three in lower case, "
    "as 2023 prints some). (7) The only Latin-lettered speaker is Tomasz Wierzbicki (主论坛), his 'company job' in "
    "English; 宋宇, 林晓峰, 曾勇, 高建平 and 刘建波 / 肖雪 speak under English-only titles but are printed in Chinese. "
    "(8) 内存管理与优化, 文件系统与存储 and AI 基础设施与 eBPF 应用 have eight talks and end at 17:30; 调度、性能与调试 eight, "
    "ends 17:20; 硬件架构与异构计算 seven, ends 17:30. Surnames: of the 61 Chinese people (hosts, speakers, moderator, "
    "guests) 20 bear 王 (5), 李 (5), 张 (4), 刘 or 陈 (3 each) and 40 one of the twenty common ones (王 李 张 刘 陈 杨 黄 "
    "赵 吴 周 徐 孙 马 胡 朱 郭 何 罗 高 林, all present); 19 another common surname (熊 twice, common in Jiangxi); two "
    "rare ones met in Jiangxi (危志明, 揭文华); 26 two-character names, printed padded.")
WRAPPED = [
    ["Bringing Up Arm Servers in Mainline:", "The Parts Nobody Plans For"],
    ["手机操作系统内核的体验优化：从卡顿治理到能效度", "量的方法论"],
    ["一个发行版内核的十年：", "回合补丁、CVE 修复与上游节奏"],
    ["圆桌论坛： 内核开发者的第一个补丁，应该从哪里", "开始"],
    ["数据库场景下开启透明大页的收益与代价：一次完整", "的测评"],
    ["memcg 内存水位异常的排查：从 page cache 到", "slab 的逐层分析"],
    ["page table reclaim: freeing empty page tables", "in long-running processes"],
    ["内存故障隔离：硬件不可纠正错误在内核中的处理与", "业务恢复"],
    ["Making XFS Reflink Faster for Virtual Machine", "Images"],
    ["io_uring 替换 libaio 之后：一个数据库存储引擎的", "迁移记录"],
    ["chasing a one-in-a-million soft lockup on a", "384-core server"],
    ["cgroup v2 CPU 限流与突发配额在混部集群中的调", "参经验"],
    ["数控机床控制器的实时性改造：中断线程化与 CPU", "隔离"],
    ["Arm64 CCA: Bringing Confidential VMs to", "Mobile SoCs"],
    ["子 NUMA 分区（SNC）打开之后：对内核调度与内", "存分配的影响"],
    ["在 DPU 上运行 Linux：网络与存储卸载背后的内核", "工作"],
    ["sched_ext in practice: a BPF scheduler for AI", "training jobs"],
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
    listing = "/work/shared/corpus/listings/CLK2025.tsv"
    if os.path.exists(listing):  # the folder names as the real repository has them, numbers cut off
        folders = []
        for row in open(listing, encoding="utf-8").read().splitlines()[1:]:
            top = row.split("\t")[0].split("/")[0]
            if "/" in row.split("\t")[0] and top not in folders:
                folders.append(top)
        assert [re.sub(r"^\d+ ", "", t) for t in folders] == CLK2025_FORUMS, folders
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
        prev = None
        for s, sd in zip(f["slots"], fd["slots"]):
            assert s["start"] < s["end"], s
            if sd["shared"]:  # under the range of the talk above it (printed once for them): same range, own talk
                assert prev["kind"] == "talk" and s["kind"] == "talk", s
                assert (s["start"], s["end"]) == (prev["start"], prev["end"]), s
                shared.append((f["forum"], rng(s), prev["speakers"][0], s["speakers"][0]))
            elif prev is not None:
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
    assert not any(s["title"] == "茶歇" for s in FORUMS[0]["slots"])  # no morning tea, as 2023
    assert all(sum(s["title"] == "茶歇" for s in f["slots"]) == 1 for f in FORUMS[1:])
    assert all(s["start"] == "15:30" and s["end"] == "15:50" for f in FORUMS[1:] for s in f["slots"]
               if s["title"] == "茶歇")
    two = [s for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
    assert len(two) == 6, two
    assert sorted(f["name"] for f in FORUMS for s in f["slots"] if s in two) == sorted(CLK2025_FORUMS)  # one a forum
    assert [n for n in everybody if re.search(r"[A-Za-z]", n)] == ["Tomasz Wierzbicki"]
    english = [s["title"] for s in slots if s["kind"] == "talk" and re.fullmatch(r"[A-Za-z0-9 :,.'_\-]+", s["title"])]
    assert len(english) == 6, english
    for f in FORUMS:  # nobody hosts and speaks
        assert f["host"] not in [sp["name"] for s in f["slots"] for sp in s["sp"]]
    ends = [f["slots"][-1]["end"] for f in FORUMS[1:]]
    assert ends == ["17:30", "17:30", "17:20", "17:30", "17:30"], ends
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    short = [s["_tl"] for s in slots if len(s.get("_tl", [])) > 1 and len(s["_tl"][1]) < 2]
    assert not short, short  # no wrapped title leaves fewer than two characters on its second line
    chinese = [n for n in everybody if not re.search(r"[A-Za-z]", n)]
    assert len(chinese) == 61, len(chinese)
    assert all(len(n) in (2, 3) for n in chinese)
    assert sum(n[0] in TOP5 for n in chinese) == 20
    assert sum(n[0] in TOP20 for n in chinese) == 40
    assert all(c in "".join(n[0] for n in chinese) for c in TOP20)
    assert sorted(n for n in chinese if n[0] in "危揭") == sorted(RARE)
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]


def main():
    im = draw(ED)
    assert im.size[0] == 1080 and 12000 <= im.size[1] <= 16000, im.size
    buf = io.BytesIO()
    im.save(buf, "PNG", compress_level=9)
    data = buf.getvalue()
    print(FILE, "%d x %d" % im.size, len(data))
    poster = {"file": FILE, "layout": LAYOUT % im.size, "date": DATE, "forums": forum_truth(FORUMS, DATE)}
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in poster["forums"])
    assert poster["layout"].endswith(counts + " talks."), counts
    n = check(poster)
    print("scored talks", n)
    assert 42 <= n <= 55, n
    if os.environ.get("DRAFT"):
        print(wrapped_titles())
    else:
        assert wrapped_titles() == WRAPPED, wrapped_titles()
        assert 2_000_000 <= len(data) <= 9_000_000, len(data)
    assert wrapped_affs() == [], wrapped_affs()
    with open(os.path.join(HERE, FILE), "wb") as fh:
        fh.write(data)
    truth = {"written": "2026-12-08", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
