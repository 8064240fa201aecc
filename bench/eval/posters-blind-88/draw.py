"""Draw the eighty-eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (fixed
seeds, never hash()).  The set is about what CLK2022's ONE agenda image
(imgs/2022clk.png, a 1.5 MB PNG, not seen) plausibly looks like: three invented
editions, each ONE whole-edition PNG of 1.0 to 1.6 MB, with CLK2022's four forum
names as its README prints them (主论坛, 处理器架构与调度分论坛,
内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛') one under another, and EVERY TALK ONE
ROW: the time range at the left, the title in the middle (wrapping onto a second
line when long), the speaker(s) at the right:
  CLK 2881 (金华), 1080 wide, LIGHT: blue heading bars, the host on a line under the
    bar, a grey head row '时间 | 议题 | 演讲嘉宾', hairlines between rows, titles
    wrapped into balanced lines, the speaker's name over the 'company job' line.
  CLK 2882 (湖州), 1242 wide, DARK navy and gold: a TABLE with cell borders and a gold
    head row, range, title and speakers centred in their row's height, titles wrapped
    greedily, the speaker on ONE line 'name  company job' where it fits in the cell
    and name over company where it does not.
  CLK 2883 (台州), 1080 wide, the organisers' 2023 COLOURS (near black, teal titles,
    white names, blue companies, dark-blue break bands, a dot on a blue line), big teal
    numerals, the host at the right of each heading, the speaker's name over the
    company RIGHT-ALIGNED at the right edge, titles wrapped greedily.
Helpers copied from bench/eval/posters-blind-85/draw.py (which took most of them
from sets 76, 73, 61 and 59): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, plain, pad, two_pass, cup,
bowl, logo_lines, number_box, fits, para, MEALS, WHITE, rng, meal_mark, units_grid,
saturday, listing_text, mix, REAL_NAMES, and the shape of header,
footer, host_right, truth_forum, check and main.  New: T, P, B, S (simplified), blob,
person_lines, speaker_lines, draw_lines, title_lines, talk_row, break_row, afternoon,
heading_a/b/c, paint_a/b/c, bg_a/b/c and all the data.
"""
import datetime
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


def grain(im, seed, noise, cell=3):
    """Seeded grain blended in: the texture of a designer's export and of a re-saved picture; cell is the
    grain's size in pixels (coarser grain weighs less)."""
    rnd = random.Random(seed)
    w, h = im.size[0] // cell + 1, im.size[1] // cell + 1
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


# --------------------------------------------------------------------------- data helpers
def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def pad(name):
    """Two-character names padded with a full-width space, as the organisers' images print them."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name




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


def bowl(d, x, y, fill, k=1.0):
    """A rice bowl with chopsticks drawn in lines, for the lunch."""
    d.chord([x, y + 4 * k, x + 34 * k, y + 34 * k], 0, 180, outline=fill, width=max(2, round(3 * k)))
    d.line([(x - 2 * k, y + 19 * k), (x + 36 * k, y + 19 * k)], fill=fill, width=max(2, round(3 * k)))
    d.line([(x + 20 * k, y + 14 * k), (x + 38 * k, y - 2 * k)], fill=fill, width=2)
    d.line([(x + 25 * k, y + 15 * k), (x + 42 * k, y + 2 * k)], fill=fill, width=2)


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


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


def para(d, x, y, text, f, fill, maxw, lh):
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


MEALS = ("茶歇", "午餐", "午休")  # the breaks that get a cup or a bowl; an opening gets none
WHITE = (255, 255, 255)

def rng(s, dash="-"):
    return "%s%s%s" % (s["start"], dash, s["end"])


def meal_mark(d, x, y, s, fill, k=1.0):
    if s["title"] in ("午餐", "午休"):
        bowl(d, x, y + 2 * k, fill, k)
    elif s["title"] in ("茶歇", "休息"):
        cup(d, x, y, fill, k)


def units_grid(d, X0, X1, y, units, per_row, box_fill, ink, bh=76, gap=20, fs=28):
    bw = (X1 - X0 - (per_row - 1) * gap) / per_row
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=box_fill)
        ctext(d, bx + bw / 2, by + bh / 2 - fs * 0.72, fits(d, u, font(fs, True), bw - 16), font(fs, True), ink)
    rows = (len(units) + per_row - 1) // per_row
    return y + rows * (bh + gap)



# --------------------------------------------------------------------------- data helpers
def T(start, end, title, speakers):
    """A talk: its speakers in printed order (each an S)."""
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers}


def P(start, end, title, moderator, guests):
    """A round table: the moderator (printed after '主持人：') and the guests (after '嘉　宾：')."""
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": []}


def S(name, aff):
    """A speaker: the name and the 'company job' text printed with it."""
    return {"name": name, "aff": aff}


def truth_forum(forum, date):
    host = forum["host"][0]
    slots = []
    for s in forum["slots"]:
        slots.append({"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
                      "speakers": [plain(sp["name"]) for sp in s["sp"]],
                      "affiliations": [sp["aff"] for sp in s["sp"]],
                      "host": None if s["kind"] == "break" else host})
    return {"forum": forum["name"], "date": date, "slots": slots}


def mix(a, b, t):
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


def blob(im, cx, cy, r, col, strength):
    """A soft coloured blob laid over the picture (on a light page a screen would not show)."""
    m = Image.new("L", (max(1, im.size[0] // 8), max(1, im.size[1] // 8)), 0)
    ImageDraw.Draw(m).ellipse([(cx - r) / 8, (cy - r) / 8, (cx + r) / 8, (cy + r) / 8], fill=round(255 * strength))
    m = m.filter(ImageFilter.GaussianBlur(r / 20)).resize(im.size, Image.BILINEAR)
    return Image.composite(Image.new("RGB", im.size, col), im, m)


# ===========================================================================
# the header and the foot, in the organisers' family, with the inks of each edition
def header(d, W, ed, c):
    """Logo lines, the host school at the top right, '第N届中国' over 'Linux内核开发者大会', CLK and the year,
    a date pill, the address, a framed introduction, '大会议程' over a dim 'AGENDA'.  Returns the y under it."""
    k = W / 1080
    X0, X1 = round(44 * k), W - round(44 * k)
    ink = c["ink"]
    logo_lines(d, X0, round(44 * k), ink, c["accent"], k)
    rtext(d, X1, round(44 * k), ed["school"][0], font(round(30 * k), True), ink)
    rtext(d, X1, round(86 * k), ed["school"][1], font(round(16 * k), True), c["pale"])
    d.text((X0, round(170 * k)), ed["nth"] + "中国", font=font(round(80 * k), True), fill=c["big"])
    d.text((X0, round(270 * k)), "Linux内核开发者大会", font=font(round(80 * k), True), fill=c["big"])
    if c["ring"]:
        cx, cy, r = W - round(150 * k), round(236 * k), round(78 * k)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=c["accent"], width=max(3, round(5 * k)))
        ctext(d, cx, cy - round(46 * k), "CLK", font(round(40 * k), True), ink)
        ctext(d, cx, cy + round(8 * k), ed["year"], font(round(30 * k), True), c["accent"])
    else:
        f1, f2 = font(round(56 * k), True), font(round(28 * k), True)
        x = X1 - tw(d, "CLK", f1) - tw(d, ed["year"], f2) - round(8 * k)
        d.text((x, round(176 * k)), "CLK", font=f1, fill=ink)
        rtext(d, X1, round(174 * k), ed["year"], f2, c["accent"])
    pf = font(round(30 * k), True)
    py = round(408 * k)
    pw = tw(d, ed["pill"], pf) + round(56 * k)
    if c["pill_filled"]:
        d.rounded_rectangle([X0, py, X0 + pw, py + round(56 * k)], radius=round(28 * k), fill=c["pill_fill"])
        d.text((X0 + round(28 * k), py + round(6 * k)), ed["pill"], font=pf, fill=c["pill_ink"])
    else:
        d.rounded_rectangle([X0, py, X0 + pw, py + round(56 * k)], radius=round(8 * k), outline=ink,
                            width=max(2, round(3 * k)))
        d.text((X0 + round(28 * k), py + round(6 * k)), ed["pill"], font=pf, fill=ink)
    d.text((X0, round(496 * k)), ed["place"], font=font(round(28 * k), True), fill=ink)
    top = round(580 * k)
    f, lh = font(round(23 * k)), round(40 * k)
    lines = wrap(d, ed["intro"], f, X1 - X0 - round(68 * k))
    y = top + round(30 * k) + len(lines) * lh + round(22 * k)
    if c.get("intro_fill"):
        d.rounded_rectangle([X0, top, X1, y], radius=round(8 * k), fill=c["intro_fill"])
    d.rounded_rectangle([X0, top, X1, y], radius=round(8 * k), outline=c["frame"], width=2)
    for i, ln in enumerate(lines):
        d.text((X0 + round(34 * k), top + round(30 * k) + i * lh), ln, font=f, fill=c["intro_ink"])
    y += round(150 * k)
    af = font(round(120 * k), True)
    ctext(d, W / 2, y - round(34 * k), "AGENDA", af, c["hollow"])
    ctext(d, W / 2, y, "大会议程", font(round(66 * k), True), c["big"])
    return y + round(170 * k)


def footer(d, W, y, ed, c, seed):
    k = W / 1080
    X0, X1 = round(44 * k), W - round(44 * k)
    ctext(d, W / 2, y, "支持单位", font(round(44 * k), True), c["big"])
    y = units_grid(d, X0, X1, y + round(90 * k), ed["units"], 3, c["unit_box"], c["unit_ink"], bh=round(76 * k),
                   gap=round(20 * k), fs=round(28 * k)) + round(40 * k)
    q = round(220 * k)
    if c.get("qr_frame"):
        d.rectangle([W / 2 - q / 2 - 10, y - 10, W / 2 + q / 2 + 10, y + q + 10], outline=c["qr_frame"], width=2)
    qrcode(d, W / 2 - q / 2, y, q, seed)
    ctext(d, W / 2, y + q + round(28 * k), ed["qr"], font(round(36 * k), True), c["big"])
    ctext(d, W / 2, y + q + round(84 * k), ed["small"], font(round(22 * k)), c["pale"])
    ctext(d, W / 2, y + q + round(132 * k), ed["org"], font(round(20 * k)), c["pale"])
    return y + q + round(210 * k)


# ===========================================================================
# the rows: time range | title (one or two lines) | speaker(s)
LINES = {}  # title -> number of printed lines
ONELINE = {}  # (edition, name) -> True if printed 'name  company' on one line, False if name over company


def person_lines(d, sp, g, c, key):
    """A speaker in the speaker column: one line 'name  company job' where the edition prints it so and it
    fits, else the name over the company (the company always on ONE line)."""
    nf, af = g["nf"], g["af"]
    name = pad(sp["name"]) if g["pad"] else sp["name"]
    one = g["oneline"] and tw(d, name, nf) + g["gap"] + tw(d, sp["aff"], af) <= g["SW"]
    ONELINE[(key, sp["name"])] = one
    if one:
        return [([(name, nf, c["name"], 0), (sp["aff"], af, c["aff"], g["aff_dy"])], g["nlh"])]
    fits(d, sp["aff"], af, g["SW"])
    return [([(name, nf, c["name"], 0)], g["nlh"] - 4), ([(sp["aff"], af, c["aff"], 0)], g["alh"])]


def speaker_lines(d, s, g, c, key):
    out = []
    lf = g["lf"]
    if s["kind"] == "panel":
        out.append(([("主持人：", lf, c["label"], 0)], g["llh"]))
        out += person_lines(d, s["sp"][0], g, c, key)
        out.append(([("嘉　宾：", lf, c["label"], 0)], g["llh"] + 4))
        for sp in s["sp"][1:]:
            out += person_lines(d, sp, g, c, key)
    else:
        for i, sp in enumerate(s["sp"]):
            if i:
                out.append(([], g["between"]))
            out += person_lines(d, sp, g, c, key)
    return out


def draw_lines(d, y, lines, g):
    for segs, lh in lines:
        w = sum(tw(d, t, f) for t, f, _, _ in segs) + g["gap"] * max(0, len(segs) - 1)
        x = g["SX"] if g["salign"] == "left" else g["SX"] + g["SW"] - w
        for t, f, ink, dy in segs:
            d.text((x, y + dy), t, font=f, fill=ink)
            x += tw(d, t, f) + g["gap"]
        y += lh
    return y


def title_lines(d, s, g):
    lines = (wrap_nicely if g["wrap"] == "nicely" else wrap)(d, s["title"], g["tf"], g["TW"])
    assert len(lines) <= 2, lines
    LINES[s["title"]] = len(lines)
    return lines


def talk_row(d, y, s, g, c, key):
    """One row: the range at the left, the title in the middle, the speaker(s) at the right.  Returns the row's
    top, its height and the heights of its three blocks (for the edition's own frame)."""
    tl = title_lines(d, s, g)
    sl = speaker_lines(d, s, g, c, key)
    th = len(tl) * g["tlh"]
    sh = sum(lh for _, lh in sl)
    h = max(th, sh, g["tlh"]) + 2 * g["vpad"]
    def top(block):
        return y + g["vpad"] + (0 if g["valign"] == "top" else (h - 2 * g["vpad"] - block) / 2)
    ty = top(g["tlh"])
    d.text((g["RX"], ty + g["r_dy"]), rng(s, g["dash"]), font=g["rf"], fill=c["range"])
    if g.get("dot"):
        d.ellipse([g["dot"] - 6, ty + g["r_dy"] + 12, g["dot"] + 6, ty + g["r_dy"] + 24], fill=c["dot"])
    yy = top(th)
    for ln in tl:
        d.text((g["TX"], yy), ln, font=g["tf"], fill=c["title"])
        yy += g["tlh"]
    draw_lines(d, top(sh), sl, g)
    return y + h


def break_row(d, y, s, g, c):
    h = g["bh"]
    d.rectangle([g["band_x0"], y, g["band_x1"], y + h], fill=c["band"])
    ty = y + (h - g["tlh"]) / 2
    d.text((g["RX"], ty + g["r_dy"]), rng(s, g["dash"]), font=g["rf"], fill=c["band_range"])
    if g.get("dot"):
        d.ellipse([g["dot"] - 6, ty + g["r_dy"] + 12, g["dot"] + 6, ty + g["r_dy"] + 24], fill=c["dot"])
    x = g["TX"]
    if g["meal_icons"] and s["title"] in MEALS:
        meal_mark(d, x, ty + 4, s, c["band_ink"], g["k"])
        x += round(52 * g["k"])
    d.text((x, ty), s["title"], font=g["bf"], fill=c["band_ink"])
    return y + h


def afternoon(d, y, W, text, g, c):
    """'下午　三个分论坛同时进行' between two rules, or in a pill."""
    af = font(round(30 * g["k"]), True)
    w = tw(d, text, af)
    if c.get("aft_pill"):
        pw = w + round(90 * g["k"])
        d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + round(62 * g["k"])], radius=round(31 * g["k"]),
                            fill=c["aft_pill"])
        ctext(d, W / 2, y + round(9 * g["k"]), text, af, c["aft_ink"])
        return y + round(130 * g["k"])
    d.line([(g["X0"], y + round(22 * g["k"])), (W / 2 - w / 2 - 30, y + round(22 * g["k"]))], fill=c["aft_rule"], width=2)
    d.line([(W / 2 + w / 2 + 30, y + round(22 * g["k"])), (g["X1"], y + round(22 * g["k"]))], fill=c["aft_rule"], width=2)
    ctext(d, W / 2, y + 2, text, af, c["aft_ink"])
    return y + round(110 * g["k"])


def host_right(d, y, host, unit, g, c, nx):
    """'主持人：name' over the unit, right-aligned at the heading's right end (the 2024 posters' place)."""
    hf, uf = font(round(24 * g["k"]), True), font(round(17 * g["k"]))
    hw = max(tw(d, "主持人：" + pad(host), hf), tw(d, unit, uf))
    hx = g["X1"] - hw
    assert nx + 30 < hx, (host, nx, hx)
    d.text((hx, y), "主持人：", font=hf, fill=c["host_label"])
    d.text((hx + tw(d, "主持人：", hf), y), pad(host), font=hf, fill=c["host_name"])
    d.text((hx, y + round(38 * g["k"])), unit, font=uf, fill=c["host_unit"])


# ---- CLK 2881 (金华): LIGHT page, blue heading bars, host line under the bar, a grey head row, hairlines
GA = {"k": 1.0, "X0": 40, "X1": 1040, "RX": 44, "TX": 224, "TW": 490, "SX": 744, "wrap": "nicely", "SW": 296, "salign": "left",
      "valign": "top", "dash": "-", "rf": font(25, True), "r_dy": 1, "tf": font(27, True), "tlh": 40,
      "nf": font(25, True), "af": font(19), "lf": font(20, True), "nlh": 38, "alh": 30, "llh": 32, "gap": 12,
      "aff_dy": 5, "between": 10, "oneline": False, "pad": False, "vpad": 24, "bh": 66, "band_x0": 40,
      "band_x1": 1040, "meal_icons": True, "bf": font(27, True)}


def heading_a(d, y, i, f, g, c):
    d.rounded_rectangle([g["X0"], y, g["X1"], y + 72], radius=10, fill=c["bar"])
    d.rectangle([g["X0"], y + 62, g["X1"], y + 72], fill=c["bar_edge"])
    x = g["X0"] + 24
    if i:
        x = number_box(d, x, y + 12, "%02d" % i, WHITE, c["bar"], 42) + 16
    d.text((x, y + 8), f["name"], font=font(36, True), fill=WHITE)
    y += 92
    hf, uf = font(22, True), font(20)
    d.text((g["X0"] + 4, y), "主持人：", font=hf, fill=c["host_label"])
    x = g["X0"] + 4 + tw(d, "主持人：", hf)
    d.text((x, y), f["host"][0], font=hf, fill=c["host_name"])
    x += tw(d, f["host"][0], hf) + 16
    d.text((x, y + 2), fits(d, f["host"][1], uf, g["X1"] - x), font=uf, fill=c["host_unit"])
    y += 50
    hf = font(19, True)
    d.rectangle([g["X0"], y, g["X1"], y + 38], fill=c["head_row"])
    for label, x in (("时间", g["RX"] + 6), ("议题", g["TX"]), ("演讲嘉宾", g["SX"])):
        d.text((x, y + 6), label, font=hf, fill=c["head_ink"])
    return y + 38


def paint_a(im, d, ed, forums, c, seed, key):
    g = GA
    W = 1080
    y = header(d, W, ed, c)
    for i, f in enumerate(forums):
        if i == 1:
            y = afternoon(d, y + 10, W, AFTERNOON, g, c)
        y = heading_a(d, y, i, f, g, c)
        for j, s in enumerate(f["slots"]):
            if s["kind"] == "break":
                y = break_row(d, y, s, g, c)
            else:
                y = talk_row(d, y, s, g, c, key)
            d.line([(g["X0"], y), (g["X1"], y)], fill=c["hair"], width=1)
        y += 80
    return footer(d, W, y + 30, ed, c, seed)


# ---- CLK 2882 (湖州): DARK navy and gold, 1242 wide, a TABLE with cell borders, contents centred in their row
K = 1242 / 1080
GB = {"k": K, "X0": 46, "X1": 1196, "RX": 64, "TX": 266, "TW": 492, "wrap": "greedy", "SX": 790, "SW": 388, "salign": "left",
      "valign": "middle", "dash": "-", "rf": font(28, True), "r_dy": 2, "tf": font(30, True), "tlh": 45,
      "nf": font(28, True), "af": font(21), "lf": font(23, True), "nlh": 43, "alh": 34, "llh": 36, "gap": 14,
      "aff_dy": 6, "between": 8, "oneline": True, "pad": True, "vpad": 26, "bh": 74, "band_x0": 246,
      "band_x1": 1196, "meal_icons": False, "bf": font(30, True)}
COLS_B = (46, 246, 772, 1196)  # the table's column borders


def heading_b(d, y, i, f, g, c):
    x = g["X0"]
    if i:
        nf = font(60, True)
        d.text((x, y - 10), "%02d" % i, font=nf, fill=c["accent"])
        x += tw(d, "%02d" % i, nf) + 20
    else:
        d.rectangle([x, y + 8, x + 10, y + 54], fill=c["accent"])
        x += 28
    name_f = font(42, True)
    d.text((x, y), f["name"], font=name_f, fill=WHITE)
    host_right(d, y + 4, f["host"][0], f["host"][1], g, c, x + tw(d, f["name"], name_f))
    y += 96
    hf = font(22, True)
    d.rectangle([COLS_B[0], y, COLS_B[3], y + 44], fill=c["accent"])
    for label, (a, b) in zip(("时间", "议题", "嘉宾"), zip(COLS_B, COLS_B[1:])):
        ctext(d, (a + b) / 2, y + 7, label, hf, c["head_ink"])
    return y + 44


def paint_b(im, d, ed, forums, c, seed, key):
    g = GB
    W = 1242
    y = header(d, W, ed, c)
    for i, f in enumerate(forums):
        if i == 1:
            y = afternoon(d, y + 10, W, AFTERNOON, g, c)
        y = heading_b(d, y, i, f, g, c)
        d.line([(COLS_B[0], y), (COLS_B[3], y)], fill=c["cell"], width=2)
        for s in f["slots"]:
            y0 = y
            if s["kind"] == "break":
                y = break_row(d, y, s, g, c)
            else:
                y = talk_row(d, y, s, g, c, key)
            d.line([(COLS_B[0], y), (COLS_B[3], y)], fill=c["cell"], width=2)
            for x in COLS_B if s["kind"] != "break" else COLS_B[:2] + COLS_B[3:]:  # a break spans title and speaker
                d.line([(x, y0), (x, y)], fill=c["cell"], width=2)
        y += 90
    return footer(d, W, y + 30, ed, c, seed)


# ---- CLK 2883 (台州): the organisers' 2023 colours: near black, teal titles, white names over blue companies at
# the right, dark-blue break bands, a dot on a line between range and title, big teal numerals, the host at the right
GC = {"k": 1.0, "X0": 40, "X1": 1040, "RX": 40, "TX": 236, "TW": 490, "SX": 756, "wrap": "greedy", "SW": 284, "salign": "right",
      "valign": "top", "dash": "-", "rf": font(25, True), "r_dy": 2, "tf": font(27, True), "tlh": 40,
      "nf": font(26), "af": font(18), "lf": font(22, True), "nlh": 38, "alh": 30, "llh": 32, "gap": 12,
      "aff_dy": 5, "between": 10, "oneline": False, "pad": True, "vpad": 22, "bh": 64, "band_x0": 32,
      "band_x1": 1040, "meal_icons": False, "bf": font(27, True), "dot": 212}


def heading_c(d, y, i, f, g, c):
    nf = font(44, True)
    if i:
        y += 40
        d.text((g["X0"] - 4, y - 84), "%02d" % i, font=font(96, True), fill=c["accent"])
        d.text((g["X0"], y + 4), f["name"], font=nf, fill=WHITE)
        host_right(d, y + 8, f["host"][0], f["host"][1], g, c, g["X0"] + tw(d, f["name"], nf))
        y += 88
    else:
        d.text((g["X0"], y), f["name"], font=nf, fill=WHITE)
        host_right(d, y + 4, f["host"][0], f["host"][1], g, c, g["X0"] + tw(d, f["name"], nf))
        y += 84
    d.rectangle([g["X0"], y, g["X1"], y + 14], fill=c["accent"])
    return y + 44


def paint_c(im, d, ed, forums, c, seed, key):
    g = GC
    W = 1080
    y = header(d, W, ed, c)
    for i, f in enumerate(forums):
        if i == 1:
            y = afternoon(d, y + 10, W, AFTERNOON, g, c)
        y = heading_c(d, y, i, f, g, c)
        top = y
        for s in f["slots"]:
            if s["kind"] == "break":
                y = break_row(d, y + 8, s, g, c) + 8
            else:
                y = talk_row(d, y, s, g, c, key)
        d.line([(g["dot"], top), (g["dot"], y)], fill=c["line"], width=2)
        y += 70
    return footer(d, W, y + 30, ed, c, seed)


# ---- backgrounds
def bg_a(w, h):
    im = vgrad(w, h, (238, 244, 253), (246, 249, 254))
    im = blob(im, w - 120, 180, 420, (190, 214, 250), 0.85)
    im = blob(im, 120, 760, 360, (206, 226, 252), 0.7)
    for j, yy in enumerate(range(2200, h - 600, 1500)):
        im = blob(im, w - 60 if j % 2 else 60, yy, 360, (214, 228, 250), 0.6)
    d = ImageDraw.Draw(im)
    for i in range(8):  # thin light curves of the header
        d.arc([w - 700 + i * 26, -520 + i * 14, w + 500, 420 + i * 22], 100, 200, fill=(170, 198, 246), width=2)
    return im


def bg_b(w, h):
    im = vgrad(w, h, (10, 20, 46), (6, 12, 30))
    im = glow(im, w - 80, 240, 360, (200, 150, 60), 0.32)
    im = glow(im, 100, 1200, 320, (40, 90, 200), 0.35)
    for j, yy in enumerate(range(2300, h - 600, 1500)):
        im = glow(im, w - 90 if j % 2 else 90, yy, 360, ((200, 150, 60), (40, 90, 200))[j % 2], 0.22)
    d = ImageDraw.Draw(im)
    for i in range(6):
        d.line([(620 + i * 70, 0), (w, 380 - i * 50)], fill=(90, 74, 40), width=2)
    return im


def bg_c(w, h):
    im = vgrad(w, h, (3, 10, 25), (3, 10, 25))
    im = glow(im, w - 200, 760, 380, (140, 60, 255), 0.55)
    im = glow(im, w - 420, 860, 300, (0, 200, 220), 0.4)
    im = glow(im, 60, 600, 260, (90, 40, 220), 0.35)
    for j, yy in enumerate(range(2400, h - 700, 1600)):
        im = glow(im, w - 60 if j % 2 else 60, yy, 340, ((120, 60, 255), (0, 170, 190))[j % 2], 0.25)
    d = ImageDraw.Draw(im)
    for i in range(9):  # neon arcs round the header's sphere
        d.arc([-300 + i * 18, 520 - i * 10, w + 200 - i * 18, 1100 + i * 12], 190, 350,
              fill=mix((0, 220, 230), (150, 70, 255), i / 8), width=2)
    for i in range(40):  # the header's shaded sphere
        t = i / 39
        r = 100 * (1 - t) + 14 * t
        cx, cy = w - 150 - 40 * t, 480 - 44 * t
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=mix((40, 20, 120), (170, 190, 255), t ** 1.5))
    return im


# ===========================================================================
# data of the three editions
AFTERNOON = "下午　三个分论坛同时进行"
FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]

ED_A = {
    "year": "2881", "nth": "第876届", "date": "2881-10-18",
    "school": ("浙江师范大学", "ZHEJIANG NORMAL UNIVERSITY"),
    "pill": "2881年10月18日（周六）｜ 金华",
    "place": "地址：浙江师范大学 学术交流中心报告厅",
    "intro": ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）由国内从事 Linux 内核开发的企业与高校共同"
              "发起，以“自由、协作、创新”为理念，以开源技术的推广和普及为使命，促进 Linux 内核开发爱好者相互交流、"
              "共同进步。第876届大会由浙江师范大学承办，上午为主论坛，下午处理器架构与调度、内存管理与异构计算、"
              "IO 与 ebpf 三个分论坛同时进行，诚邀广大内核开发者参加。"),
    "units": ["浙江师范大学", "华为", "阿里云", "腾讯", "字节跳动", "龙芯中科", "OPPO", "vivo", "统信软件"],
    "qr": "扫码报名", "small": "现场名额 400 人，先到先得",
    "org": "主办：中国Linux内核开发者大会组委会　承办：浙江师范大学计算机科学与技术学院",
}
FORUMS_A = [
    {"name": "主论坛", "host": ("曹文静", "浙江师范大学计算机科学与技术学院 教授"), "slots": [
        T("09:00", "09:10", "开幕致辞", [S("郑国平", "浙江师范大学 副校长")]),
        T("09:10", "09:45", "openEuler 内核长期维护版本的演进与补丁回合策略", [S("罗建军", "华为 openEuler 内核架构师")]),
        T("09:45", "10:20", "Keeping Stable Kernels Stable: Backporting at Scale",
          [S("Gabriel Lemaire", "Red Hat Principal Engineer")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:10", "云服务器内核热升级：状态迁移与业务无感切换",
          [S("孙浩", "阿里云 内核工程师"), S("邱雅婷", "浙江大学 博士研究生")]),
        P("11:10", "12:00", "圆桌论坛：高校如何参与 Linux 内核上游开发", S("潘立新", "浙江师范大学 副教授"),
          [S("何志远", "字节跳动 STE 技术专家"), S("蒋丽华", "龙芯中科 内核组 经理"), S("袁斌", "统信软件 内核架构师")]),
        B("12:00", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": ("谯宏伟", "vivo 系统软件部 总监"), "slots": [
        T("13:30", "14:10", "sched_ext 在手机前台任务调度中的应用", [S("叶晨", "OPPO 内核调度专家")]),
        T("14:10", "14:50", "ARM64 大小核平台上任务迁移代价的建模与评估", [S("韩志鹏", "荣耀 性能架构师")]),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "Proxy Execution: Fixing Priority Inversion for Real", [S("杜明轩", "谷歌 软件工程师")]),
        T("15:50", "16:30", "RISC-V 多核启动与 SBI HSM 扩展的内核实现", [S("戴琳", "平头哥半导体 软件工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": ("徐建华", "腾讯云 内核团队 负责人"), "slots": [
        T("13:30", "14:10", "大页内存在数据库场景下的碎片治理", [S("周宇", "蚂蚁集团 系统工程师")]),
        T("14:10", "14:50", "CXL Type 3 内存设备的热插拔与 NUMA 节点管理", [S("钱涛", "英特尔 内核工程师")]),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "GPU 显存与系统内存的统一管理：HMM 实践", [S("陆佳琪", "摩尔线程 驱动工程师")]),
        T("15:50", "16:30", "memcg 内存回收在在离线混部中的隔离效果", [S("刘凯", "快手 容器平台 工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": ("黄丽萍", "字节跳动 STE 存储负责人"), "slots": [
        T("13:30", "14:10", "io_uring 在分布式存储网关中的落地", [S("王磊", "网易杭州研究院 工程师")]),
        T("14:10", "14:50", "Tracing Block Layer Latency with BPF Iterators", [S("林思远", "美团 基础架构 工程师")]),
        T("14:50", "15:30", "NVMe over TCP 多队列的性能调优", [S("宋佳", "浪潮信息 存储工程师")]),
    ]},
]
C_A = {"ink": (20, 40, 90), "big": (16, 52, 160), "accent": (30, 90, 230), "pale": (90, 110, 150), "ring": True,
       "pill_filled": True, "pill_fill": (30, 90, 230), "pill_ink": WHITE, "intro_ink": (60, 75, 110),
       "intro_fill": WHITE, "frame": (170, 195, 240), "hollow": (214, 226, 248),
       "bar": (28, 84, 214), "bar_edge": (20, 60, 170), "host_label": (28, 84, 214), "host_name": (20, 30, 60),
       "host_unit": (100, 112, 140), "head_row": (226, 234, 248), "head_ink": (100, 115, 150),
       "range": (28, 84, 214), "title": (20, 30, 60), "name": (20, 30, 60), "aff": (105, 115, 140),
       "label": (232, 96, 40), "band": (226, 236, 252), "band_range": (28, 84, 214), "band_ink": (28, 84, 214),
       "hair": (210, 219, 235), "aft_rule": (150, 180, 235), "aft_ink": (28, 84, 214), "unit_box": WHITE,
       "unit_ink": (28, 60, 150), "qr_frame": (170, 195, 240)}

ED_B = {
    "year": "2882", "nth": "第877届", "date": "2882-10-24",
    "school": ("湖州师范学院", "HUZHOU UNIVERSITY"),
    "pill": "2882年10月24日 ｜ 湖州",
    "place": "地址：湖州师范学院 东校区图书馆报告厅",
    "intro": ("CLK 即“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，以下简称 CLK），由国内从事 Linux 内核"
              "开发的企业与高校共同发起，是国内 Linux 内核领域颇有影响力的年度技术峰会。第877届大会由湖州师范学院"
              "承办，每届线下参会人数近 500 人，现诚邀广大 Linux 开发者和爱好者参加本次大会。"),
    "units": ["湖州师范学院", "华为", "阿里云", "腾讯", "海光信息", "龙芯中科", "小米", "麒麟软件", "Canonical"],
    "qr": "扫码报名 · 观看直播", "small": "大会全程直播，会后提供讲稿下载",
    "org": "主办：中国Linux内核开发者大会组委会　承办：湖州师范学院信息工程学院",
}
FORUMS_B = [
    {"name": "主论坛", "host": ("陈海燕", "湖州师范学院信息工程学院 院长"), "slots": [
        T("09:00", "09:10", "开幕致辞", [S("吴振东", "湖州师范学院 副校长")]),
        T("09:10", "09:45", "Rust 进入内核主线之后：驱动开发的新范式", [S("马俊", "华为 内核实验室 专家")]),
        T("09:45", "10:20", "Kernel Hardening in the Real World: A Decade in Review",
          [S("Mikkel Thorsen", "Canonical Kernel Engineer")]),
        B("10:20", "10:40", "茶歇"),
        T("10:40", "11:15", "国产服务器平台上的内核 RAS 能力建设与故障隔离", [S("糜晓峰", "海光信息 系统软件部 总监")]),
        P("11:15", "12:00", "圆桌论坛：开源内核人才的成长路径", S("汪立群", "阿里云 操作系统技术专家"),
          [S("赵雪", "腾讯 TencentOS 内核负责人"), S("侯建波", "中国科学院软件研究所 研究员"),
           S("范丽", "小米 系统软件 总监")]),
        B("12:00", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": ("冯志强", "飞腾信息技术 系统软件部 部长"), "slots": [
        T("13:30", "14:10", "飞腾平台上的中断亲和性与 NUMA 调度优化", [S("唐亮", "麒麟软件 内核工程师")]),
        T("14:10", "14:50", "LoongArch 向量扩展在内核中的上下文保存与恢复",
          [S("曾雨", "龙芯中科 内核工程师"), S("程思琪", "中国科学院计算技术研究所 博士研究生")]),
        T("14:50", "15:30", "PREEMPT_RT on Industrial Controllers: Lessons Learned", [S("潘文博", "研华科技 嵌入式软件经理")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:25", "CPU 隔离与 nohz_full 在低延迟交易系统中的应用", [S("邓伟", "华泰证券 系统架构师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": ("许雅琴", "华为 内存子系统 技术专家"), "slots": [
        T("13:30", "14:10", "Memory Tiering on CXL-Attached DRAM: Early Results", [S("贾文涛", "SK 海力士 解决方案工程师")]),
        T("14:10", "14:50", "zram 多级压缩在低内存设备上的取舍", [S("任晓东", "传音控股 内核工程师")]),
        T("14:50", "15:30", "NPU 驱动中的 IOMMU SVA 共享虚拟地址实践", [S("彭越", "寒武纪 驱动架构师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": ("邹家明", "滴滴 操作系统团队 负责人"), "slots": [
        T("13:30", "14:10", "基于 eBPF 的容器网络可观测性平台建设", [S("谢婷", "携程 SRE 工程师")]),
        T("14:10", "14:50", "XFS 在大容量 QLC SSD 上的写放大分析", [S("梁宇航", "忆联 固件工程师")]),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "BPF LSM 在主机入侵防护中的实践", [S("白雪峰", "奇安信 安全研究员")]),
        T("15:45", "16:25", "多队列块设备调度器 BFQ 与 mq-deadline 的对比评测", [S("苏志华", "杉岩数据 存储工程师")]),
    ]},
]
C_B = {"ink": WHITE, "big": WHITE, "accent": (232, 184, 90), "pale": (170, 180, 205), "ring": False,
       "pill_filled": False, "intro_ink": (190, 198, 220), "frame": (120, 100, 60), "hollow": (26, 36, 70),
       "host_label": (232, 184, 90), "host_name": WHITE, "host_unit": (170, 180, 205), "head_ink": (20, 24, 40),
       "range": (240, 204, 128), "title": WHITE, "name": (240, 204, 128), "aff": (172, 186, 216),
       "label": (232, 184, 90), "band": (28, 42, 82), "band_range": (240, 204, 128), "band_ink": (240, 204, 128),
       "cell": (64, 80, 120), "aft_pill": (232, 184, 90), "aft_ink": (20, 24, 40), "unit_box": WHITE,
       "unit_ink": (14, 24, 56)}

ED_C = {
    "year": "2883", "nth": "第878届", "date": "2883-10-30",
    "school": ("台州学院", "TAIZHOU UNIVERSITY"),
    "pill": "10月30日 ｜ 台州",
    "place": "地址：台州学院 椒江校区学术报告厅",
    "intro": ("CLK 即“中国 Linux 内核开发者大会”（以下简称 CLK）举办至今已第 878 届，由高校与华为、阿里云、"
              "腾讯、字节跳动、vivo、OPPO、龙芯中科等企业发起，以“自由，协作，创新”为理念，以开源技术的推广和"
              "普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。现诚邀广大 Linux 开发者和爱好者参加"
              "本次大会。"),
    "units": ["台州学院", "华为", "阿里云", "腾讯", "字节跳动", "vivo", "OPPO", "龙芯中科", "NVIDIA"],
    "qr": "扫码报名", "small": "现场参会请携带身份证件",
    "org": "主办：中国Linux内核开发者大会组委会　承办：台州学院电子与信息工程学院",
}
FORUMS_C = [
    {"name": "主论坛", "host": ("方明", "台州学院电子与信息工程学院 教授"), "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:15", "开幕致辞", [S("金立军", "台州学院 副校长")]),
        T("09:15", "09:50", "内核社区协作方式的变化：从邮件列表到持续集成", [S("杨帆", "统信软件 内核研发部 经理")]),
        T("09:50", "10:25", "Scaling Linux Networking to 800G NICs", [S("Sander Verbeek", "NVIDIA Senior Kernel Engineer")]),
        B("10:25", "10:40", "茶歇"),
        T("10:40", "11:15", "面向 AI 训练集群的内核稳定性保障", [S("高伟", "阿里云 内核技术专家")]),
        P("11:15", "12:00", "圆桌论坛：大模型时代操作系统内核的机遇与挑战", S("琚红", "台州学院 副教授"),
          [S("朱文", "华为 内核专家"), S("田静怡", "vivo 系统软件专家"), S("郭强", "OPPO 内核技术总监")]),
        B("12:00", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": ("姜涛", "英特尔亚太研发中心 首席工程师"), "slots": [
        T("13:30", "14:10", "鲲鹏服务器上的 SMT 感知调度", [S("何立伟", "华为 鲲鹏系统工程师")]),
        T("14:10", "14:50", "Energy-Aware Scheduling on Mobile SoCs Revisited", [S("罗晓雯", "联发科 软件工程师")]),
        T("14:50", "15:30", "虚拟机 vCPU 抢占与半虚拟化调度提示",
          [S("付嘉", "字节跳动 虚拟化工程师"), S("熊磊", "字节跳动 内核工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": ("段红梅", "荣耀 内存团队 负责人"), "slots": [
        T("13:30", "14:10", "mTHP 在移动设备上的内存收益评估", [S("严静", "小米 内核工程师")]),
        T("14:10", "14:50", "页表共享在大规模容器场景下的内存节省", [S("石磊", "京东云 内核工程师")]),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "DMA-BUF 堆与异构设备之间的零拷贝", [S("崔晨", "紫光展锐 多媒体驱动工程师")]),
        T("15:45", "16:25", "Slab Allocator Debugging in Production Kernels", [S("夏青", "百度 系统部 工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": ("廖文斌", "腾讯 TencentOS 存储负责人"), "slots": [
        T("13:30", "14:10", "eBPF 实现的 TCP 拥塞控制在 CDN 中的效果", [S("钟浩", "网宿科技 网络工程师")]),
        T("14:10", "14:50", "F2FS 压缩文件在手机存储上的寿命优化", [S("黎晓雨", "vivo 存储工程师")]),
        T("14:50", "15:30", "用 BPF 观测 NVMe 命令级延迟", [S("邵俊", "中兴通讯 存储架构师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:25", "Understanding Page Cache Writeback Stalls", [S("蔡斌", "SmartX 存储内核工程师")]),
    ]},
]
C_C = {"ink": WHITE, "big": WHITE, "accent": (0, 243, 228), "pale": (164, 165, 168), "ring": False,
       "pill_filled": False, "intro_ink": (212, 213, 214), "intro_fill": (6, 14, 34), "frame": (30, 60, 120),
       "hollow": (2, 64, 72), "host_label": (200, 90, 240), "host_name": WHITE, "host_unit": (164, 165, 168),
       "range": WHITE, "title": (0, 243, 228), "name": WHITE, "aff": (0, 116, 255), "label": (200, 70, 230),
       "band": (12, 42, 104), "band_range": WHITE, "band_ink": (0, 243, 228), "dot": (15, 92, 187),
       "line": (15, 92, 187), "aft_rule": (120, 60, 230), "aft_ink": (180, 140, 255), "unit_box": WHITE,
       "unit_ink": (10, 20, 50)}


# ===========================================================================
EDITIONS = [("A", ED_A, FORUMS_A, C_A, paint_a, bg_a, 1080), ("B", ED_B, FORUMS_B, C_B, paint_b, bg_b, 1242),
            ("C", ED_C, FORUMS_C, C_C, paint_c, bg_c, 1080)]
FILES = {"A": "clk2881-jinhua-light-rows-name-over-company-1080.png",
         "B": "clk2882-huzhou-dark-gold-table-rows-1242.png",
         "C": "clk2883-taizhou-2023-colours-rows-right-speakers-1080.png"}
GRAIN = {"A": (8801, 0.005, 6), "B": (8802, 0.0045, 6), "C": (8803, 0.005, 6)}  # (seed, strength, cell)
LATIN = {"A": "Gabriel Lemaire", "B": "Mikkel Thorsen", "C": "Sander Verbeek"}
UNCOMMON = {"A": "谯", "B": "糜", "C": "琚"}

# names seen on the real posters looked at (for style) by this and earlier helpers (set 85's list), and the real
# speakers of CLK2022's deck file names: none of them may be used
REAL_NAMES = ["徐静波", "祝嘉", "张子扬", "宋卓", "郭健", "郭寒军", "彭志光", "司延腾", "殷锋卫", "谈鉴锋", "李治军",
              "许珉嘉", "郑琦", "宋牧春", "杨铠衔", "谢旻晟", "李泽帆", "郭任", "邹德清", "王刘朴", "宋恺睿", "程杰",
              "付才", "郑堂权", "周俶易", "贺中坤", "白铠豪", "谢雨来", "罗宏震", "郭纯海", "黎红波", "廖远鸿", "伍勃",
              "黄靖", "李培锋", "朱彦军", "韩传华", "路旭", "陈凯", "高亮", "周威", "谢淼"]
LISTINGS = "/work/shared/corpus/listings/"


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def listing_text():
    """The first column (paths) of the four real listings, if they are there (only to keep real names out)."""
    out = []
    if os.path.isdir(LISTINGS):
        for fn in sorted(os.listdir(LISTINGS)):
            with open(os.path.join(LISTINGS, fn), encoding="utf-8") as fh:
                out += [ln.split("\t")[0] for ln in fh]
    return "\n".join(out)


def check(posters):
    """Dates, forum names, people, titles, the brief's features; returns the number of scored talks."""
    people, titles = [], []
    listing = listing_text()
    for key, ed, forums, _, _, _, _ in EDITIONS:
        assert saturday(ed["date"]), ed["date"]
        assert [f["name"] for f in forums] == FORUM_NAMES
        names, kinds = [], []
        for f in forums:
            names.append(f["host"][0])
            prev = None
            for s in f["slots"]:
                assert prev is None or prev == s["start"], (f["name"], s)  # no gaps, no overlaps
                assert s["start"] < s["end"], s
                prev = s["end"]
                names += [sp["name"] for sp in s["sp"]]
                kinds.append((s["kind"], s["title"], len(s["sp"])))
        # the brief's features, on every edition
        assert ("talk", "开幕致辞", 1) in kinds, key
        assert sum(1 for k, t, n in kinds if k == "panel") == 1, key
        assert sum(1 for k, t, n in kinds if k == "talk" and n == 2) == 1, key
        assert {"茶歇", "午餐"} <= {t for k, t, n in kinds if k == "break"}, key
        assert LATIN[key] in names and any(n.startswith(UNCOMMON[key]) for n in names), key
        english = [t for k, t, n in kinds if k == "talk" and t.isascii()]
        assert len(english) >= 2, (key, english)
        people += names
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES)
    for p in people:
        assert plain(p) not in listing and p not in listing, p
    for p in posters:
        assert [f["forum"] for f in p["forums"]] == FORUM_NAMES
        for f in p["forums"]:
            for s in f["slots"]:
                assert len(s["affiliations"]) == len(s["speakers"]), s
                if s["kind"] != "break":
                    titles.append(s["title"])
                    assert s["speakers"] and s["host"], s
                    assert s["title"] not in listing, s["title"]
    assert len(titles) - 2 == len(set(titles)) and titles.count("开幕致辞") == 3, titles  # three openings
    wrapped = [t for t in titles if LINES[t] == 2]
    assert len(wrapped) >= 9 and max(LINES.values()) <= 2, wrapped
    # CLK 2882 prints 'name  company job' on one line where it fits and name over company where it does not
    assert {v for (k, _), v in ONELINE.items() if k == "B"} == {True, False}
    assert not any(v for (k, _), v in ONELINE.items() if k != "B")
    return len(titles)


def main():
    posters = []
    for key, ed, forums, c, paint, bg, W in EDITIONS:
        seed, noise, cell = GRAIN[key]
        im = two_pass(W, lambda im, d: paint(im, d, ed, forums, c, seed, key), bg)
        im = grain(im, seed, noise, cell)  # the export's texture, over everything
        fn = FILES[key]
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert im.size[0] == W
        assert 1.0e6 <= size <= 1.6e6, (fn, size)
        posters.append({"file": fn, "layout": LAYOUTS[key] % ("%d x %d, %.2f MB" % (im.size + (size / 1e6,))),
                        "date": ed["date"], "forums": [truth_forum(f, ed["date"]) for f in forums]})
    n = check(posters)
    print("talks", n, "wrapped", sum(1 for k in LINES.values() if k > 1),
          "B name over company", sorted(nm for (k, nm), v in ONELINE.items() if k == "B" and not v))
    assert 35 <= n <= 50, n
    truth = {"written": "2026-12-10", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


LAYOUTS = {
    "A": ("CLK 2881 (第876届), 金华, 2881-10-18 (PNG, %s): a LIGHT page (pale blue, soft blue blobs, thin arcs): logo "
          "lines, '浙江师范大学' / 'ZHEJIANG NORMAL UNIVERSITY', '第876届中国' over 'Linux内核开发者大会' in blue, a ring "
          "'CLK' / '2881', a blue pill '2881年10月18日（周六）｜ 金华', '地址：…', a white framed introduction, '大会议程' "
          "over a dim 'AGENDA'. Each forum: a blue BAR with the name (a white slanted number box '01'..'03' before the "
          "afternoon names), under it ONE LINE '主持人：name  unit', then a grey head row '时间 | 议题 | 演讲嘉宾'. EVERY "
          "TALK ONE ROW between hairlines: the blue range at the left (top-aligned), the bold title in the middle "
          "(balanced over two lines when long, after a '：' when both halves fit), the speaker at the right: the NAME "
          "(bold) OVER the 'company job' line (grey); two speakers one pair under the other; the round table an orange "
          "'主持人：' over the moderator's pair and '嘉　宾：' over the guests' pairs. Pale-blue 茶歇 / 午餐 rows with a cup or "
          "a bowl. '下午　三个分论坛同时进行' between two rules. 5 + 4 + 4 + 3 scored talks."),
    "B": ("CLK 2882 (第877届), 湖州, 2882-10-24 (PNG, %s): DARK navy with gold (gold and blue glows, gold streaks): "
          "logo lines, '湖州师范学院' / 'HUZHOU UNIVERSITY', 'CLK' with '2882' raised, an outlined pill '2882年10月24日 ｜ "
          "湖州', '地址：…', a framed introduction, '大会议程'. Each forum: a gold bar (主论坛) or a gold numeral '01'..'03' "
          "and the name, the HOST AT THE RIGHT ('主持人：' gold + padded name, the unit under it), then a TABLE: a gold "
          "head row '时间 | 议题 | 嘉宾' and one row per slot with cell borders; range, title and speakers each CENTRED in "
          "the row's height; titles wrapped greedily; the speaker on ONE line 'padded name  company job' (gold name, "
          "grey company) where it fits in the cell, the name over the company where it does not (Mikkel Thorsen, "
          "程思琪); the round table prints '主持人：' and '嘉　宾：' label lines over one-line people. 茶歇 / 午餐 rows: "
          "the range in its cell, the label in a dark-blue cell spanning title and speaker columns. A gold pill "
          "'下午　三个分论坛同时进行'. 5 + 4 + 3 + 4 scored talks."),
    "C": ("CLK 2883 (第878届), 台州, 2883-10-30 (PNG, %s): the organisers' 2023 COLOURS (near black (3,10,25), violet "
          "and teal glows, neon arcs, a shaded sphere): logo lines, '台州学院' / 'TAIZHOU UNIVERSITY', 'CLK' with '2883' "
          "raised, an outlined pill '10月30日 ｜ 台州' (no year, as the 2023 image), '地址：…', a dark framed "
          "introduction, '大会议程' over a dim 'AGENDA'. Headings: 主论坛 in white, the afternoon forums under a BIG TEAL "
          "NUMERAL '01'..'03' that the name partly covers, the HOST AT THE RIGHT ('主持人：' violet + padded name, the "
          "unit under it), a thick teal rule. EVERY TALK ONE ROW: the white range at the left, a blue dot on a blue "
          "line, the teal title in the middle (greedy wrap, so a second line may hold one word: 'NICs', '效果'), and the "
          "speaker RIGHT-ALIGNED at the right edge: the padded NAME (white) OVER the company (blue); the round table "
          "prints violet '主持人：' and '嘉　宾：' labels over name/company pairs. Dark-blue bands (12,42,104) for 开场, "
          "茶歇 and 午餐 with teal labels. A violet line '下午　三个分论坛同时进行'. 5 + 3 + 4 + 4 scored talks."),
}
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 76, 85): speakers are names as printed with spaces and "
    "the padding of two-character names removed ('马　俊' -> '马俊', '方　明' -> '方明'; the Latin names 'Gabriel "
    "Lemaire' -> 'GabrielLemaire', 'Mikkel Thorsen' -> 'MikkelThorsen', 'Sander Verbeek' -> 'SanderVerbeek'); "
    "start/end always HH:MM on a 24-hour clock; an affiliation is the 'company job' text printed with the name, "
    "exactly as printed with its spaces ('华为 openEuler 内核架构师', 'Red Hat Principal Engineer'), whether printed "
    "after the name on the same line or on the line under it; where several speakers are printed each has his own "
    "affiliation, in printed order (top to bottom). Three invented editions, each ONE whole-edition PNG (1080, 1242 "
    "and 1080 px wide) holding CLK2022's four forums in its README's order and spelling (主论坛, 处理器架构与调度分论坛, "
    "内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), one under another: 主论坛 in "
    "the morning, the three others in parallel in the afternoon; each picture one entry holding its four forums in "
    "printed order, every forum with its edition's date; all dates Saturdays. CLK 2883 prints its date without the "
    "year ('10月30日 ｜ 台州', as the 2023 image does); the year is the one raised beside 'CLK' (2883). EVERY TALK IS "
    "ONE ROW: the range at the left belongs to the title in the middle and the speaker(s) at the right of the SAME "
    "row; on CLK 2882 the three are centred in the row's height, so a two-line title or a tall speaker cell starts "
    "above or below the range's line. A title over two lines is one title (whitespace aside; the truth gives the "
    "title as written, e.g. '飞腾平台上的中断亲和性与 NUMA' / '调度优化' -> '飞腾平台上的中断亲和性与 NUMA 调度优化', "
    "'zram 多级压缩在低内存设备上的取' / '舍' -> 'zram 多级压缩在低内存设备上的取舍', 'sched_ext 在手机前' / "
    "'台任务调度中的应用' -> 'sched_ext 在手机前台任务调度中的应用'). HOSTS: one per forum, printed on a line under the "
    "forum's bar (CLK 2881: '主持人：name  unit') or at the right of the heading over its unit (CLK 2882, CLK 2883); "
    "the label '主持人：' and the unit are no part of the name; every talk of the forum has that host, breaks have "
    "null. SPEAKER FORMS: CLK 2881 and CLK 2883 print each speaker's name OVER his 'company job' line (a pair per "
    "speaker); CLK 2882 prints 'name  company job' on ONE line where it fits in the cell and the name over the "
    "company where it does not (MikkelThorsen 'Canonical Kernel Engineer', 程思琪 '中国科学院计算技术研究所 博士研究生'): "
    "the same facts either way. Each edition has ONE talk by TWO speakers (孙浩 阿里云 and 邱雅婷 浙江大学; 曾雨 龙芯中科 "
    "and 程思琪 中国科学院计算技术研究所; 付嘉 and 熊磊 both 字节跳动), given in printed order with one affiliation each. "
    "ROUND TABLES (kind 'panel', scored as talks, as sets 66, 79 and 85): the title as printed, keeping '圆桌论坛：'; "
    "speakers the moderator (under the label '主持人：') then the guests (under '嘉　宾：') in printed order, each with "
    "his own affiliation; the labels are no names; the moderator is a speaker of the round table, never the forum's "
    "host. '开幕致辞' with a speaker is a talk (three editions, three talks with different speakers, so the same title "
    "three times in the set); '开场' (CLK 2883, no speaker), '茶歇' and '午餐' are breaks; '午餐' closes 主论坛; an "
    "afternoon '茶歇' is a break of its own forum only; forums that print no break after their last talk end with it. "
    "Headers, introductions (CLK 2881's names the three afternoon forums in a sentence: no heading), addresses, date "
    "pills, the table head rows ('时间 | 议题 | 演讲嘉宾', '时间 | 议题 | 嘉宾'), the afternoon pill or line "
    "('下午　三个分论坛同时进行'), support units, QR captions and organiser lines are never part of a name, a title or "
    "a slot; number boxes and numerals ('01'..'03') are no part of a forum's name. English titles: 'Keeping Stable "
    "Kernels Stable: Backporting at Scale' (GabrielLemaire), 'Kernel Hardening in the Real World: A Decade in Review' "
    "(MikkelThorsen), 'Scaling Linux Networking to 800G NICs' (SanderVerbeek) and seven more by Chinese speakers. "
    "Uncommon surnames: 谯 (host 谯宏伟), 糜 (糜晓峰), 琚 (moderator 琚红). Names are invented; companies are real kinds "
    "of employers, their teams and jobs invented."
)


if __name__ == "__main__":
    main()
