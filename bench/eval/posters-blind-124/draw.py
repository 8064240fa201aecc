"""Draw the hundred-and-twenty-fourth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK3241全部议程.jpg and truth.json next to this file.
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 3241 (第1236届, 韶关, Saturday 3241-10-26), drawn as the ONE
whole-agenda image CLK2025's repository lists (CLK2025全部议程.jpg): JPEG q85, 1080 wide, in the
organisers' 2023 family (CLK2023全部议程.png) with new colours (a near-black graphite page,
amber titles, bars, dots and numerals, sky-blue 'company job', rose labels, bronze break bands):
logo lines, 'CLK' with the year raised in nested outlines, a slanted '第N届中国' / 'Linux 内核
开发者大会', an outlined date box with a pin and the city, '地址：', a framed introduction,
'大会议程' over a hollow 'AGENDA'; CLK2025's six forums one under another, each under its
heading (a big fading numeral behind the afternoon ones, a space before '分论坛' as 2023
prints it), the host on a line of his own under the name, a thick bar, the 2023 TIMELINE
(range at the left, a dot on a vertical line, the title, 'padded name  company job' per
speaker, two speakers of a talk on two lines), tea and lunch bands, a closing bar;
'支持单位' / '支持媒体' over outlined boxes.

Copied from posters-blind-115/draw.py unchanged (115 took them from set 105, and it from sets
103, 97, 90, 86, 78, 72, 68, 59, 43): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
wrap_nicely, ctext, rtext, vgrad, grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain,
saturday, REAL_NAMES, K, F, k, slanted, outline_text, fading_numeral, pin, logo, inline,
runs_width, background, S, T, R, B, truth_slot, forum_truth, pad, split_spaces, speaker_line,
panel_a, is_band, heading, paint and draw.  Changed a little: clk_mark (the colour of 'CLK'
from the palette), slot (only the round-table and one-speaker-per-line forms), printed_name's
docstring; left out: panel_b, pair_line, joint_line.  Adapted from set 115: people, check,
wrapped_titles, wrapped_affs, main.  New: all the data, the palette, LAYOUT, NOTE, ENGLISH.
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




REAL_NAMES = sorted(set([  # sets 97's and 98's lists: names read on the real posters and listed as real by earlier helpers
    "李治军", "许珉嘉", "宋卓", "郑琦", "宋牧春", "杨铠衔", "谢旻晟", "郭健", "郭寒军", "彭志光", "司延腾", "殷锋卫",
    "谈鉴锋", "李培锋", "黄靖", "宋恺睿", "朱彦军", "韩传华", "路旭", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "郭任", "左泽", "王海粟", "江锋", "黄睿",
    "李扬韬", "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "付才", "郑堂权", "袁晓峰", "刘海龙", "张哲华", "周俶易", "贺中坤", "白铠豪", "陈凯", "高亮",
    "李泽帆", "邹德清", "王刘朴", "谢雨来", "程杰", "李珍", "张细锐", "孙南勇", "张翼", "晏艳", "余松平", "荣乾锋",
    "巫强", "聂诚", "余昇锦", "唐辉", "祝嘉", "张子扬",
    "KuzinArtem", "周威", "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "郭纯海",
    "黎红波", "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "伍勃", "王建政", "LianboJiang", "慕冬亮", "甄鹏"]))

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
    d.text((x, cy - k(70)), "CLK", font=cf, fill=pal.get("clk", (214, 246, 250)), stroke_width=k(2), stroke_fill=pal["title"])
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
# Slot builders.  S(name, 'company job' as printed); T a talk (shared=True: printed under the range of the
# talk before it, without range or dot of its own, unused here; line: kept from set 115, unused here;
# nice=True: the title broken after its colon, else greedily as 2023 breaks most titles); R a round
# table (kind 'panel': moderator, then the guests in printed order); B a break.
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
    """The heading as printed: a space before '分论坛', as the 2023 image prints '内存管理 分论坛'."""
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
# Data.  S(name, 'company job' as printed); T a talk (nice=True: the title broken after its colon, else greedily
# as 2023 breaks most titles); R a round table (kind 'panel': moderator, then the guests in printed order); B a
# break.  Two speakers of one talk stand on two lines, as 2023 prints them.
# CLK2025's six forum folders, without their numbers, in folder order
CLK2025_FORUMS = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
                  "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]

# CLK 3241 (第1236届), 韶关, Saturday 3241-10-26: a near-black GRAPHITE page, AMBER titles, bars, dots and numerals,
# sky-blue 'company job', rose labels, bronze break bands; the host on a line of his own under the forum's name,
# above the bar.
DATE = "3241-10-26"
FORUMS = [
    {"name": "主论坛", "host": "邝明远", "unit": "韶关学院 信息工程学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("钟国梁", "韶关学院副校长")]),
        T("09:20", "09:50", "从发行版到上游：国内内核团队协作模式的演变", [S("温启航", "统信软件 副总经理")]),
        T("09:50", "10:20", "Writing Kernel Documentation That New Contributors Actually Read",
          [S("Bastien Morel", "Red Hat Principal Kernel Engineer")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "面向智能座舱的实时 Linux：确定性延迟与功耗之间的工程取舍",
          [S("闵浩天", "小鹏汽车 操作系统架构师"), S("苗思琪", "小鹏汽车内核工程师")]),
        T("11:05", "11:35", "云操作系统内核热升级：从 kexec 到业务无感", [S("蒯立群", "天翼云 内核研发总监")]),
        R("11:35", "12:15", "圆桌论坛：AI 辅助编程进入内核开发，代码评审的门槛会更低还是更高",
          S("简文昊", "开放原子开源基金会 技术监督委员会委员"),
          [S("葛欣然", "华为 操作系统内核实验室首席专家"), S("邓晓岑", "阿里云 操作系统内核研发总监"),
           S("甄雅琴", "中山大学 计算机学院副教授"), S("仇家骏", "vivo 底层软件技术专家")]),
        B("12:15", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "host": "莫子健", "unit": "腾讯云 内核技术专家", "slots": [
        T("13:30", "14:00", "memory.low 保护在多租户容器中的公平性问题", [S("蓝宇澄", "字节跳动 Linux 内核工程师")]),
        T("14:00", "14:30", "Making Memory Hot-Unplug Reliable on Large Arm64 Servers",
          [S("姬云飞", "Ampere Computing 系统软件工程师")]),
        T("14:30", "15:00", "匿名页冷热分离在手机上的落地：功耗与卡顿的权衡", [S("熊若曦", "OPPO高级内存优化工程师")]),
        T("15:00", "15:30", "slab 对象跨 NUMA 节点释放的开销分析与优化", [S("计文博", "海光信息 内核工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "让 KFENCE 常开：生产环境内存越界检测的采样率调优", [S("戈晓川", "蚂蚁集团 系统安全工程师")],
          nice=True),
        T("16:20", "16:50", "hugetlb 预留页在虚拟化宿主机上的动态伸缩",
          [S("桑明哲", "移动云 虚拟化工程师"), S("房佳怡", "移动云 内核工程师")]),
        T("16:50", "17:20", "内存带宽争抢的识别与 MBA 限流实践", [S("伏嘉欣", "英特尔 资深软件工程师")]),
        T("17:20", "17:50", "1GB 大页的在线拆分与合并：透明化的尝试", [S("步云鹏", "中国科学院计算技术研究所 博士研究生")]),
    ]},
    {"name": "文件系统与存储分论坛", "host": "苏望舒", "unit": "华为 文件系统首席工程师", "slots": [
        T("13:30", "14:00", "Btrfs RAID1 读负载均衡策略的改进与测试", [S("禹晨光", "SUSE 存储工程师")]),
        T("14:00", "14:30", "ext4 fast commit 在手机小文件同步写场景下的收益与问题", [S("洪一帆", "小米存储内核工程师")]),
        T("14:30", "15:00", "Scaling the Dentry Cache for Millions of Container Mounts",
          [S("荀浩", "字节跳动 基础架构工程师")]),
        T("15:00", "15:30", "NVMe 命名空间热插拔时块层队列冻结导致的 IO 悬挂分析",
          [S("邴立伟", "浪潮信息 存储系统专家"), S("莘雨桐", "浪潮信息 固件工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "io_uring 异步 fsync 与日志型数据库的结合", [S("仝嘉禾", "快手 数据库内核工程师")]),
        T("16:20", "16:50", "XFS reflink 在增量备份系统中的应用与性能评估", [S("柴文轩", "中国科学技术大学 博士研究生")]),
        T("16:50", "17:20", "virtiofs DAX 窗口在安全容器中的性能分析", [S("衡之远", "蚂蚁集团 安全容器工程师")]),
        T("17:20", "17:50", "CephFS 内核客户端元数据缓存一致性问题排查实录", [S("满晓东", "新华三 分布式存储专家")]),
    ]},
    {"name": "调度、性能与调试分论坛", "host": "盛嘉树", "unit": "阿里云 性能优化团队负责人", "slots": [
        T("13:30", "14:00", "Reducing Wakeup Latency on Hybrid CPUs with Cluster-Aware Scheduling",
          [S("顾念舟", "英特尔 Linux 内核工程师")]),
        T("14:00", "14:30", "perf c2c 定位伪共享：一次数据库性能抖动的排查全过程", [S("贡佳明", "腾讯 性能工程师")]),
        T("14:30", "15:00", "RCU 回调堆积引发的内存压力：从现象到根因",
          [S("颜书铭", "华为 内核工程师"), S("牛可欣", "华为 内核测试工程师")]),
        T("15:00", "15:30", "schedstat 与 PSI 在容器平台异常检测中的应用", [S("栗志宏", "京东 SRE 专家")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "KCSAN 数据竞争检测在驱动开发中的落地", [S("官浩宇", "紫光展锐 驱动工程师")]),
        T("16:20", "16:50", "100G 网卡中断亲和与 irqbalance 策略调优", [S("滕一诺", "网易 网络内核工程师")]),
        T("16:50", "17:20", "Rust 驱动的调试：从 panic 栈回溯到 GDB 脚本", [S("廉子墨", "清华大学 计算机系博士研究生")]),
        T("17:20", "17:50", "Live Patching at Scale: What Goes Wrong", [S("岑志平", "百度智能云 内核工程师")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "host": "靳方舟", "unit": "龙芯中科 系统软件部总监", "slots": [
        T("13:30", "14:00", "LoongArch 向量扩展加速内核 crypto 子系统", [S("陶文轩", "麒麟软件 内核工程师")]),
        T("14:00", "14:30", "Arm64 MPAM：缓存与内存带宽隔离的上游进展", [S("费思远", "Arm 高级软件工程师")]),
        T("14:30", "15:00", "CXL Memory Pooling: Hot-Add, Interleave and Failure Handling",
          [S("边晓宁", "三星半导体 软件工程师")]),
        T("15:00", "15:30", "RISC-V AIA 中断控制器在 KVM 中的直通实现",
          [S("嵇明达", "中国科学院软件研究所 助理研究员"), S("郦雨欣", "中国科学院大学 硕士研究生")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "NPU 驱动接入内核 accel 子系统的实践", [S("乐天宇", "寒武纪 驱动开发工程师")]),
        T("16:20", "16:50", "国产 GPU 的 DRM 驱动上游之路", [S("门晓辉", "摩尔线程 驱动架构师")]),
        T("16:50", "17:20", "TDX 机密虚拟机启动路径的性能优化", [S("黎思辰", "阿里云 虚拟化工程师")]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "host": "戴明哲", "unit": "字节跳动 AI 基础设施负责人", "slots": [
        T("13:30", "14:00", "大模型训练集群中集合通信的内核态瓶颈分析", [S("吉宇航", "阿里云 AI 基础设施工程师")]),
        T("14:00", "14:30", "Scheduling Inference Workloads with sched_ext and BPF",
          [S("季承泽", "NVIDIA 系统软件工程师")]),
        T("14:30", "15:00", "基于 eBPF 的 RDMA 网络丢包与拥塞可观测", [S("赖晓峰", "百度 网络工程师")]),
        T("15:00", "15:30", "BPF Token：在多租户平台安全地开放非特权 eBPF",
          [S("冷书瑶", "腾讯云 安全工程师"), S("麻文杰", "腾讯云 内核工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "用 XDP 构建分布式 KV 缓存的快速路径", [S("昌宁远", "美团 网络内核工程师")]),
        T("16:20", "16:50", "大模型推理服务的 cgroup v2 资源隔离实践", [S("裘思雨", "商汤科技 系统工程师")]),
        T("16:50", "17:20", "eBPF 验证器复杂度与程序加载失败的排查", [S("隆宇轩", "华为云 网络工程师")]),
        T("17:20", "17:50", "Kernel Bypass or Not: Storage Paths for AI Checkpointing", [S("易子涵", "智谱 系统工程师")]),
    ]},
]
INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 1236 届，由国内从事 Linux 内核开发的"
         "企业、高校与开源社区共同发起，本届由韶关学院承办。大会秉持\u201c自由，协作，创新\u201d的理念，上午为主论坛，下午"
         "五个分论坛同时进行，现场名额有限，诚邀广大 Linux 内核开发者和爱好者参加。")
UNITS = ["韶关学院", "华为", "阿里云", "腾讯", "字节跳动", "统信软件", "麒麟软件", "龙芯中科", "海光信息", "英特尔",
         "Arm", "OPPO", "vivo", "蚂蚁集团", "天翼云"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "51CTO", "内核工匠", "阅码场"]
PAL = {"bg": ((24, 21, 25), (9, 8, 11)), "title": (255, 184, 56), "aff": (104, 176, 255), "label": (255, 104, 132),
       "line": (150, 104, 36), "dot": (255, 184, 56), "band": (62, 44, 20), "bar": (255, 184, 56),
       "num": (238, 166, 46), "glow1": (214, 128, 24), "glow2": (170, 40, 116), "shadow": (176, 98, 18),
       "streak": (92, 62, 26), "clk": (255, 244, 222)}
ED = {"forums": FORUMS, "pal": PAL, "year": "3241", "nth": "第1236届中国", "date_text": "10月26日",
      "city": "韶关", "addr": "地址：韶关学院 浈江校区 图书馆学术报告厅", "intro": INTRO, "units": UNITS,
      "media": MEDIA, "seed": 12424, "host": "below", "gap": True, "K": 1.0, "W": 1080,
      "grain": 0.002, "cell": 3}
FILE = "CLK3241全部议程.jpg"


# ===========================================================================
LAYOUT = (
    "CLK 3241 (第1236届), 韶关, 3241-10-26 (JPEG q85, %d x %d): the ONE whole-agenda image of an invented edition, "
    "named as CLK2025's repository names its own (CLK + year + 全部议程.jpg), in the organisers' 2023 family at its "
    "measures with NEW COLOURS: a near-black GRAPHITE page with amber and magenta glows, AMBER titles, bars, dots and "
    "numerals, sky-blue 'company job', ROSE labels, bronze break bands. Logo lines 'CHINA LINUX KERNEL' / "
    "'中国内核开发者大会', 'CLK' with '3241' raised in nested outlines, a slanted '第1236届中国' / 'Linux 内核开发者"
    "大会' with an offset shadow, an outlined box '10月26日' + pin + '韶关' (no year, as 2023), '地址：韶关学院 浈江校区 "
    "图书馆学术报告厅', a sphere with swirling lines, a framed introduction, '大会议程' over a hollow 'AGENDA'. CLK2025's "
    "six forums ONE UNDER ANOTHER in folder order: '主论坛', then over fading numerals '01'..'05' the afternoon headings "
    "printed WITH A SPACE BEFORE '分论坛' as 2023 prints its own ('内存管理与优化 分论坛', 'AI 基础设施与 eBPF 应用 "
    "分论坛'); under each name the HOST on a line of his own ('主持人：' rose, the padded name bold white, the unit in "
    "small sky-blue type after it), then the thick bar. The 2023 timeline: range 30 px bold white, a dot on a thin "
    "vertical line, the title 30 px bold amber, per speaker 'padded name  company job' (name 28 px white, 'company "
    "job' 20 px), two speakers of a talk on two lines. 主论坛 (host 邝明远): '09:00-09:05 开场' a plain row; '嘉宾致辞' "
    "by 钟国梁 (韶关学院副校长); 温启航; the Latin speaker Bastien Morel (Red Hat Principal Kernel Engineer) with "
    "'Writing Kernel Documentation That New' / 'Contributors Actually Read'; a 茶歇 band 10:20-10:35; 闵浩天 over 苗思琪 "
    "(小鹏汽车); 蒯立群; the ROUND TABLE '圆桌论坛：AI 辅助编程进入内核开发，代码评审的' / '门槛会更低还是更高' "
    "(11:35-12:15) with 2023's '主持人：' and '嘉宾：' on lines of their own, 简文昊, then 葛欣然, 邓晓岑, 甄雅琴, 仇家骏 "
    "each on a line of his own; a 午餐 band 12:15-13:30. Afternoon from 13:30, 30-minute talks, a 茶歇 band "
    "15:30-15:50 in every forum after its fourth talk. 01 内存管理与优化 (host 莫子健): 'Making Memory Hot-Unplug "
    "Reliable on Large' / 'Arm64 Servers'; '让 KFENCE 常开：' / '生产环境内存越界检测的采样率调优' (broken after its "
    "colon); 桑明哲 over 房佳怡 (移动云); ends 17:50. 02 文件系统与存储 (host 苏望舒): '…同步写场景下的收' / '益与问题'; "
    "'Scaling the Dentry Cache for Millions of' / 'Container Mounts' by 荀　浩; '…导致的 IO 悬' / '挂分析' by 邴立伟 over "
    "莘雨桐 (浪潮信息); ends 17:50. 03 调度、性能与调试 (host 盛嘉树): 'Reducing Wakeup Latency on Hybrid CPUs' / 'with "
    "Cluster-Aware Scheduling'; '…的排查' / '全过程'; 颜书铭 over 牛可欣 (华为); 'Live Patching at Scale: What Goes "
    "Wrong' on one line; ends 17:50. 04 硬件架构与异构计算 (host 靳方舟, seven talks): 'CXL Memory Pooling: Hot-Add, "
    "Interleave and' / 'Failure Handling'; 嵇明达 over 郦雨欣 (中国科学院软件研究所 / 中国科学院大学); ends 17:20. 05 AI "
    "基础设施与 eBPF 应用 (host 戴明哲): 'Scheduling Inference Workloads with' / 'sched_ext and BPF'; 冷书瑶 over 麻文杰 "
    "(腾讯云); 'Kernel Bypass or Not: Storage Paths for AI' / 'Checkpointing'; ends 17:50. Fifteen '支持单位' and six "
    "'支持媒体' boxes over a hollow 'SUPPORT'. 6 + 8 + 8 + 8 + 7 + 8 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 105, 115, 121): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('荀　浩' -> '荀浩', 'Bastien Morel' -> 'BastienMorel'); "
    "host is the chair printed after '主持人：' for the forum (the unit printed after him is no part of it and no "
    "affiliation of any slot), null for breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed "
    "each has his own affiliation, in printed order; affiliations are the printed 'company job' exactly, spaced or "
    "run together as printed ('OPPO高级内存优化工程师', '小鹏汽车内核工程师', '小米存储内核工程师', '韶关学院副校长'); an "
    "opening speech printed with a speaker ('嘉宾致辞') is a talk, a slot printed without one ('开场') a break; '午餐' "
    "closes 主论坛 as its break; a forum that prints no break after its last slot ends with it; every forum carries the "
    "edition's date. ONE invented edition, CLK 3241 (第1236届, 韶关, Saturday 3241-10-26), drawn as the ONE "
    "whole-agenda image CLK2025's repository lists (CLK2025全部议程.jpg), 1080 wide, JPEG q85, in the organisers' 2023 "
    "family with new colours (graphite page, amber titles, sky-blue 'company job', rose labels); one entry holding "
    "CLK2025's six forums in printed (= folder) order. The date box prints '10月26日' without a year, as 2023 did; the "
    "year is the one of the 'CLK 3241' mark. Headers, logo lines, the introduction, the address, the date box, the "
    "hollow 'AGENDA' and 'SUPPORT', support units and media are never part of a name, a title or a slot; the "
    "numerals '01'..'05' are no part of a forum's name. Judgement calls: (1) FORUM NAMES are CLK2025's folder names "
    "without their number ('6 AI 基础设施与 eBPF 应用分论坛' -> 'AI 基础设施与 eBPF 应用分论坛'); the headings print a "
    "space before '分论坛' as the 2023 image prints its own ('内存管理与优化 分论坛', '调度、性能与调试 分论坛'): the "
    "forum is still the folder name, without that space. (2) HOSTS: 2023 printed none; here the host is the name "
    "after '主持人：' on the line under the forum's name, above its bar (主论坛 邝明远, then 莫子健, 苏望舒, 盛嘉树, "
    "靳方舟, 戴明哲); the unit after him ('韶关学院 信息工程学院院长', '腾讯云 内核技术专家', …) is no affiliation. (3) The "
    "ROUND TABLE is ONE slot of kind 'panel' (as recent sets): its speakers are the moderator 简文昊 first, then the "
    "four guests in printed order (葛欣然, 邓晓岑, 甄雅琴, 仇家骏), one affiliation each; the title keeps '圆桌论坛：'; "
    "'主持人：' and '嘉宾：' there are labels, and the moderator is not the forum's host (邝明远). (4) TWO SPEAKERS OF ONE "
    "TALK stand on two lines, each with the 'company job' of his own line (闵浩天 / 苗思琪, 桑明哲 / 房佳怡, 邴立伟 / "
    "莘雨桐, 颜书铭 / 牛可欣, 嵇明达 / 郦雨欣, 冷书瑶 / 麻文杰). (5) Titles wrapped over two lines are one title: Latin "
    "words joined with a space ('Writing Kernel Documentation That New Contributors Actually Read', 'Reducing Wakeup "
    "Latency on Hybrid CPUs with Cluster-Aware Scheduling', …), Chinese broken greedily inside a word joined without "
    "anything ('…同步写场景下的收' / '益与问题', '…导致的 IO 悬' / '挂分析', '…功耗之间' / '的工程取舍'), nothing added "
    "after a full-width '：' ('让 KFENCE 常开：' / '生产环境内存越界检测的采样率调优' -> '让 KFENCE 常开：生产环境内存越界"
    "检测的采样率调优'). (6) 乐天宇's surname is 乐 (a speaker of 寒武纪), 门晓辉's is 门; both are plain names. (7) "
    "硬件架构与异构计算分论坛 has seven talks and ends at 17:20, the other afternoon forums eight, ending at 17:50. "
    "Uncommon surnames: 邝 (a host), 蒯, 仇 (主论坛), 姬, 计, 戈, 伏, 步, 荀, 邴, 莘, 仝, 衡, 贡, 栗, 廉, 岑, 靳 (a host), "
    "嵇, 郦, 乐, 门, 麻, 昌, 裘, 隆.")
WRAPPED = [
    ["Writing Kernel Documentation That New", "Contributors Actually Read"],
    ["面向智能座舱的实时 Linux：确定性延迟与功耗之间", "的工程取舍"],
    ["圆桌论坛：AI 辅助编程进入内核开发，代码评审的", "门槛会更低还是更高"],
    ["Making Memory Hot-Unplug Reliable on Large", "Arm64 Servers"],
    ["让 KFENCE 常开：", "生产环境内存越界检测的采样率调优"],
    ["ext4 fast commit 在手机小文件同步写场景下的收", "益与问题"],
    ["Scaling the Dentry Cache for Millions of", "Container Mounts"],
    ["NVMe 命名空间热插拔时块层队列冻结导致的 IO 悬", "挂分析"],
    ["Reducing Wakeup Latency on Hybrid CPUs", "with Cluster-Aware Scheduling"],
    ["perf c2c 定位伪共享：一次数据库性能抖动的排查", "全过程"],
    ["CXL Memory Pooling: Hot-Add, Interleave and", "Failure Handling"],
    ["Scheduling Inference Workloads with", "sched_ext and BPF"],
    ["Kernel Bypass or Not: Storage Paths for AI", "Checkpointing"],
]
ENGLISH = ["Writing Kernel Documentation That New Contributors Actually Read",
           "Making Memory Hot-Unplug Reliable on Large Arm64 Servers",
           "Scaling the Dentry Cache for Millions of Container Mounts",
           "Reducing Wakeup Latency on Hybrid CPUs with Cluster-Aware Scheduling",
           "Live Patching at Scale: What Goes Wrong",
           "CXL Memory Pooling: Hot-Add, Interleave and Failure Handling",
           "Scheduling Inference Workloads with sched_ext and BPF",
           "Kernel Bypass or Not: Storage Paths for AI Checkpointing"]


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
        starts = [s["start"] for s in f["slots"]]
        assert starts[0] == ("09:00" if f["forum"] == "主论坛" else "13:30"), f["forum"]
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv")
    assert listings
    text = "".join(open(p, encoding="utf-8").read() for p in listings)
    for n in everybody:
        assert plain(n) not in text and n not in text, n
    for t in titles:
        assert t not in text, t
    slots = [s for f in FORUMS for s in f["slots"]]
    assert not any(s["shared"] or s["line"] for s in slots)
    assert [(f["name"], s["kind"]) for f in FORUMS for s in f["slots"] if s["kind"] == "panel"] == [("主论坛", "panel")]
    assert FORUMS[0]["slots"][-1]["title"] == "午餐" and all(f["slots"][-1]["title"] != "午餐" for f in FORUMS[1:])
    assert all(any(s["title"] == "茶歇" for s in f["slots"]) for f in FORUMS)
    for f in FORUMS[1:]:
        assert [(s["start"], s["end"]) for s in f["slots"] if s["kind"] == "break"] == [("15:30", "15:50")]
    two = [s for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
    assert len(two) == 6 and [sum(s in two for s in f["slots"]) for f in FORUMS] == [1] * 6
    names = [sp["name"] for s in slots for sp in s["sp"]]
    assert [n for n in names if re.match(r"[A-Za-z]", n)] == ["Bastien Morel"]
    english = [s["title"] for s in slots if s["kind"] == "talk" and re.fullmatch(r"[A-Za-z0-9 :,'_\-]+", s["title"])]
    assert english == ENGLISH, english
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]


def main():
    im = draw(ED)
    assert im.size[0] == 1080 and 11000 <= im.size[1] <= 15000, im.size
    path = os.path.join(HERE, FILE)
    im.save(path, "JPEG", quality=85)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert 1_000_000 <= size <= 3_000_000, size
    poster = {"file": FILE, "layout": LAYOUT % im.size, "date": DATE, "forums": forum_truth(FORUMS, DATE)}
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in poster["forums"])
    assert poster["layout"].endswith(counts + " talks."), counts
    n = check(poster)
    print("scored talks", n)
    assert 40 <= n <= 55, n
    assert wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [], wrapped_affs()
    truth = {"written": "2026-12-08", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
