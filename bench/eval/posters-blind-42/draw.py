"""Draw the forty-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
every picture is a PNG saved by Pillow with optimize.  The set is about the ONE
agenda image of a whole one-day edition in the organisers' own family (logo
lines, '第N届中国' over 'Linux内核开发者大会', a date pill, an introduction,
'大会议程', support units and a QR code at the foot): 主论坛 in the morning and
three forums in parallel in the afternoon, each image a 1080 px wide PNG of
1 to 1.6 MB.  Four editions, no talk on two posters:
  CLK 2121 (bright blue): after 主论坛, ONE '下午' band over THREE LONG NARROW
    COLUMNS side by side (324 px each), titles wrapping to two or three lines,
    the name, the company and the job each on a line of its own.
  CLK 2122 (near black, neon): every talk with the speaker's PHOTO at the LEFT
    and its range at the RIGHT end of the row, the title and 'name  company
    job' between them; two speakers give two photos one under the other.
  CLK 2123 (blue to violet): under every talk's speaker line a small grey
    abstract '议题简介：…' (one or two lines), between the speaker and the next
    talk's range.
  CLK 2124 (deep teal and gold): speakers printed 'name / company' with the job
    on the line under it; the first afternoon forum numbers its five talks
    '01'..'05' in LARGE OUTLINE digits, the range in small type over each title.
"""
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


def fits(d, text, f, maxw):
    """A line the layout does not wrap must fit its measure: checked, never silently clipped."""
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


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
    """Seeded grain blended in (one random value per cell x cell pixels): the texture of a designer's
    gradient, and what makes such PNGs weigh 1 to 1.6 MB."""
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


def T(start, end, title, speakers, host, abstract=None):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host,
            "abstract": abstract}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job):
    """A speaker as printed: the name, the company, the job title (None where the poster prints none)."""
    return (name, company, job)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    _, company, job = sp
    return company if job is None else company + " " + job


def pad(name):
    """A two-character name padded to three with a full-width space, as the organisers print it."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]], "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums, date):
    """Forums in printed order (主论坛, then the afternoon forums left to right or top to bottom)."""
    return [{"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]} for name, _, slots in forums]


def check_chain(forums):
    """Each forum's slots follow each other without gap or overlap: the programme is consistent."""
    for name, _, slots in forums:
        for a, b in zip(slots, slots[1:]):
            assert a["end"] == b["start"], (name, a["title"], b["title"])
        for s in slots:
            assert s["start"] < s["end"], (name, s["title"])


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


def outline_text(im, x, y, text, f, colour, width):
    """Hollow type: only the outline of the glyphs is inked, the background shows through inside."""
    box = ImageDraw.Draw(im).textbbox((0, 0), text, font=f, stroke_width=width)
    size = (box[2] + 2 * width + 4, box[3] + 2 * width + 4)
    outer, inner = Image.new("L", size, 0), Image.new("L", size, 0)
    ImageDraw.Draw(outer).text((width + 2, width + 2), text, font=f, fill=255, stroke_width=width, stroke_fill=255)
    ImageDraw.Draw(inner).text((width + 2, width + 2), text, font=f, fill=255)
    ring = ImageChops.subtract(outer, inner)
    im.paste(Image.new("RGB", size, colour), (round(x) - width - 2, round(y) - width - 2), ring)


SKIN = [(236, 200, 170), (224, 184, 150), (242, 210, 182), (214, 172, 140)]
HAIR = [(28, 24, 22), (40, 34, 30), (58, 46, 40), (20, 20, 24)]
SHIRT = [(54, 72, 110), (240, 240, 244), (36, 40, 48), (120, 136, 160), (92, 60, 70), (60, 96, 84)]


def photo(im, x, y, size, seed, backdrop, ring, fair=False):
    """A round speaker photo as a placeholder portrait (seeded backdrop, head, hair and shirt; no text)."""
    rnd = random.Random(seed)
    s = size * 3
    tile = Image.new("RGB", (s, s), tuple(max(0, min(255, c + rnd.randint(-18, 18))) for c in backdrop))
    dd = ImageDraw.Draw(tile)
    dd.ellipse([s * 0.1, s * 0.66, s * 0.9, s * 1.4], fill=rnd.choice(SHIRT))
    dd.rectangle([s * 0.43, s * 0.52, s * 0.57, s * 0.7], fill=rnd.choice(SKIN))
    hw = rnd.uniform(0.17, 0.2)
    dd.ellipse([s * (0.5 - hw), s * 0.22, s * (0.5 + hw), s * 0.64], fill=rnd.choice(SKIN))
    hair = (150, 110, 70) if fair else rnd.choice(HAIR)
    dd.chord([s * (0.5 - hw - 0.02), s * 0.17, s * (0.5 + hw + 0.02), s * 0.5], 180, 360, fill=hair)
    if rnd.random() < 0.4:  # longer hair at the sides
        dd.rectangle([s * (0.5 - hw - 0.02), s * 0.33, s * (0.5 - hw + 0.04), s * 0.6], fill=hair)
        dd.rectangle([s * (0.5 + hw - 0.04), s * 0.33, s * (0.5 + hw + 0.02), s * 0.6], fill=hair)
    tile = tile.resize((size, size), Image.LANCZOS)
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, s - 1, s - 1], fill=255)
    im.paste(tile, (x, y), mask.resize((size, size), Image.LANCZOS))
    ImageDraw.Draw(im).ellipse([x - 3, y - 3, x + size + 3, y + size + 3], outline=ring, width=3)


MEALS = ("茶歇", "午餐")  # the breaks that get a cup; a group photo gets none


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def intro_box(d, x0, x1, y, text, f, ink, frame, fill=None, lead=36):
    """The organisers' introduction: prose in a frame (corner marks), which names companies and no slot."""
    lines = wrap(d, text, f, x1 - x0 - 64)
    h = len(lines) * lead + 56
    if fill:
        d.rectangle([x0, y, x1, y + h], fill=fill)
    for cx, cy, sx, sy in ((x0, y, 1, 1), (x1, y, -1, 1), (x0, y + h, 1, -1), (x1, y + h, -1, -1)):
        d.line([(cx, cy), (cx + 46 * sx, cy)], fill=frame, width=5)
        d.line([(cx, cy), (cx, cy + 46 * sy)], fill=frame, width=5)
    yy = y + 28
    for ln in lines:
        d.text((x0 + 32, yy), ln, font=f, fill=ink)
        yy += lead
    return y + h


def units_foot(d, W, y, units, box_ink, ink, sub, qr_seed, caption, organiser):
    """Support-unit boxes three to a row, a QR code with its caption and the organiser line."""
    X0, X1 = 56, W - 56
    ctext(d, W / 2, y, "支持单位", font(40, True), ink)
    y += 82
    bw, bh = (X1 - X0 - 2 * 24) / 3, 74
    for i, u in enumerate(units):
        bx, by = X0 + (i % 3) * (bw + 24), y + (i // 3) * (bh + 20)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=(255, 255, 255))
        ctext(d, bx + bw / 2, by + 17, fits(d, u, font(30, True), bw - 20), font(30, True), box_ink)
    y += ((len(units) + 2) // 3) * (bh + 20) + 40
    qrcode(d, W / 2 - 100, y, 200, qr_seed)
    ctext(d, W / 2, y + 222, caption, font(28, True), ink)
    ctext(d, W / 2, y + 278, fits(d, organiser, font(20), X1 - X0), font(20), sub)
    return y + 350


# ===========================================================================
# 1. CLK 2121 (第116届), 合肥, 2121-10-25, bright blue.  主论坛 in the morning as
#    the organisers' timeline (range, dot on a line, cyan title, padded name
#    and 'company job').  Then ONE band '下午' and THREE LONG NARROW COLUMNS side
#    by side, one per forum: a coloured head (number chip, the name broken over
#    lines where it does not fit, '主持人：name', the unit), then each talk
#    stacked: the range, the title over two or three lines, the name, the
#    company and the job each on a line of their own.  The forums keep their
#    own clocks, so what stands level across the columns does not agree in time.
DATE_A = "2121-10-25"
FORUMS_A = [
    ("主论坛", ("程晓东", "中国科学技术大学 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("汪建国", "中国科学技术大学", "副校长")], "程晓东"),
        T("09:15", "10:00", "openEuler 内核的多样性算力支持与演进", [S("胡志强", "华为", "openEuler 内核首席架构师")],
          "程晓东"),
        T("10:00", "10:45", "页缓存 folio 化之后：性能回归的定位与修复", [S("陈雪", "阿里云", "内核技术专家")], "程晓东"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "sched_ext：用 eBPF 编写可插拔的调度器",
          [S("刘子健", "字节跳动", "资深内核工程师"), S("付婷", "字节跳动", "内核工程师")], "程晓东"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("孙振华", "安徽大学 副教授"), [
        T("13:30", "14:10", "RISC-V 平台上 EAS 能效调度的移植与调优", [S("吴强", "平头哥半导体", "高级工程师")], "孙振华"),
        T("14:10", "14:50", "混合架构处理器（P-core / E-core）的调度拓扑感知", [S("李娜", "英特尔", "软件工程师")], "孙振华"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "EEVDF 替换 CFS 之后：交互式负载的延迟表现", [S("郑宇航", "腾讯", "内核工程师")], "孙振华"),
    ]),
    ("内存管理与异构计算分论坛", ("钟敏", "中国科学院计算技术研究所 研究员"), [
        T("13:30", "14:15", "CXL 内存扩展下的 NUMA 分层与页面迁移", [S("赵凯", "阿里云", "高级技术专家")], "钟敏"),
        T("14:15", "15:00", "HMM 与 GPU 统一虚拟内存：设备私有页的回收", [S("阚欣", "中国科学技术大学", "博士研究生")], "钟敏"),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "16:05", "多尺寸透明大页（mTHP）在手机上的落地",
          [S("邱文斌", "vivo", "内核专家"), S("胡佳", "vivo", "工程师")], "钟敏"),
    ]),
    ("IO与eBPF分论坛", ("杨帆", "蚂蚁集团 技术专家"), [
        T("13:30", "14:05", "io_uring 零拷贝接收（zero-copy rx）的设计与现状", [S("徐浩", "腾讯云", "存储工程师")], "杨帆"),
        T("14:05", "14:40", "用 BPF struct_ops 编写 TCP 拥塞控制算法", [S("高翔", "华为", "网络内核工程师")], "杨帆"),
        B("14:40", "14:55", "茶歇"),
        T("14:55", "15:30", "blk-crypto 与 inline encryption 在 UFS 存储上的实践", [S("方丽", "OPPO", "存储工程师")],
          "杨帆"),
    ]),
]
HEADS_A = {  # the column heads' lines as the designer broke them
    "处理器架构与调度分论坛": ["处理器架构与", "调度分论坛"],
    "内存管理与异构计算分论坛": ["内存管理与", "异构计算分论坛"],
    "IO与eBPF分论坛": ["IO与eBPF分论坛"],
}
INTRO_A = ("CLK 即“中国 Linux 内核开发者大会”，由清华大学、英特尔、华为、阿里云、字节跳动、腾讯、OPPO、vivo、蚂蚁集团等"
           "单位发起，以“自由、协作、创新”为理念，至今已举办第116届。本届大会在中国科学技术大学举行，上午为主论坛，"
           "下午设处理器架构与调度、内存管理与异构计算、IO与eBPF三个分论坛，诚邀广大 Linux 内核开发者和爱好者参加。")
UNITS_A = ["华为", "阿里云", "字节跳动", "腾讯", "英特尔", "蚂蚁集团", "vivo", "OPPO", "龙蜥社区", "openEuler",
           "平头哥", "中国科学技术大学"]
WHITE, CYAN_A, PALE_A = (255, 255, 255), (82, 236, 255), (180, 208, 255)
COLS_A = [(0, 160, 200), (112, 82, 230), (226, 96, 150)]


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 56, W - 56
    logo_lines(d, X0, 48, WHITE, CYAN_A)
    rtext(d, X1, 46, "中国科学技术大学", font(32, True), WHITE)
    rtext(d, X1, 88, "UNIVERSITY OF SCIENCE AND TECHNOLOGY OF CHINA", font(13, True), PALE_A)
    d.text((X0, 176), "第116届中国", font=font(78, True), fill=WHITE)
    d.text((X0, 274), "Linux内核开发者大会", font=font(78, True), fill=WHITE)
    pill = "2121年10月25日 ｜ 合肥"
    d.rounded_rectangle([X0, 404, X0 + tw(d, pill, font(30, True)) + 60, 458], radius=10, outline=WHITE, width=3)
    d.text((X0 + 30, 410), pill, font=font(30, True), fill=WHITE)
    d.text((X0, 490), "地址：中国科学技术大学高新园区", font=font(30, True), fill=WHITE)
    d.text((X0, 536), "　　　国际学术交流中心报告厅", font=font(30, True), fill=WHITE)
    y = intro_box(d, X0 + 20, X1 - 20, 640, INTRO_A, font(22), WHITE, CYAN_A, (30, 74, 200))
    y += 100
    d.text((W / 2 - 230, y - 34), "AGENDA", font=font(110, True), fill=(34, 80, 214), stroke_width=2,
           stroke_fill=(96, 150, 255))
    ctext(d, W / 2, y, "大会议程", font(62, True), WHITE)
    y += 150
    # 主论坛: the organisers' timeline
    name, host, slots = FORUMS_A[0]
    d.text((X0, y + 4), "▶▶", font=font(36, True), fill=CYAN_A)
    d.text((X0 + 84, y - 2), name, font=font(44, True), fill=WHITE)
    rtext(d, X1, y - 6, "主持人：" + pad(host[0]), font(28, True), WHITE)
    rtext(d, X1, y + 34, host[1], font(20), PALE_A)
    y += 86
    d.rectangle([X0, y, X1, y + 5], fill=CYAN_A)
    y += 40
    RX, DX, TX = X0, X0 + 222, X0 + 250
    ft, fn, fa, fr = font(28, True), font(25), font(20), font(25, True)
    top = y
    for s in slots:
        if s["kind"] == "break":
            d.rectangle([X0 - 12, y - 10, X1, y + 50], fill=(28, 62, 176))
            d.text((RX, y + 2), rng(s), font=fr, fill=WHITE)
            d.ellipse([DX - 7, y + 14, DX + 7, y + 28], fill=CYAN_A)
            d.text((TX, y), s["title"], font=font(27, True), fill=CYAN_A)
            y += 94
            continue
        d.text((RX, y + 2), rng(s), font=fr, fill=WHITE)
        d.ellipse([DX - 7, y + 14, DX + 7, y + 28], fill=CYAN_A)
        for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
            d.text((TX, y), ln, font=ft, fill=CYAN_A)
            y += 42
        y += 2
        for sp in s["sp"]:
            nm = pad(sp[0])
            d.text((TX, y), nm, font=fn, fill=WHITE)
            d.text((TX + tw(d, "王　王", fn) + 20, y + 4), fits(d, aff(sp), fa, X1 - TX - 110), font=fa, fill=PALE_A)
            y += 40
        y += 44
    d.line([(DX, top), (DX, y - 60)], fill=(90, 140, 255), width=2)
    y += 10
    # ONE band for the afternoon, then three long columns side by side
    d.rounded_rectangle([X0 - 16, y, X1 + 16, y + 96], radius=16, fill=(12, 40, 150), outline=CYAN_A, width=2)
    d.text((X0 + 18, y + 14), "下午", font=font(52, True), fill=WHITE)
    d.text((X0 + 160, y + 20), "AFTERNOON", font=font(22, True), fill=CYAN_A)
    d.text((X0 + 160, y + 50), "三个分论坛同时进行", font=font(22), fill=PALE_A)
    y += 130
    C0, C1, gap = 40, W - 40, 14
    cw = (C1 - C0 - 2 * gap) / 3
    tops, bottoms = [], []
    for k, (name, host, slots) in enumerate(FORUMS_A[1:]):
        cx0 = C0 + k * (cw + gap)
        col = COLS_A[k]
        head = HEADS_A[name]
        assert "".join(head) == name
        hh = max(86 + 40 * len(HEADS_A[f[0]]) + 34 + 26 * len(wrap(d, f[1][1], font(18), cw - 36))
                 for f in FORUMS_A[1:])  # the three heads as tall as the tallest
        d.rounded_rectangle([cx0, y, cx0 + cw, y + hh], radius=14, fill=col)
        d.rectangle([cx0, y + hh - 20, cx0 + cw, y + hh], fill=col)
        d.rounded_rectangle([cx0 + 18, y + 18, cx0 + 86, y + 60], radius=8, fill=WHITE)
        ctext(d, cx0 + 52, y + 20, "%02d" % (k + 1), font(28, True), col)
        cy = y + 76
        for ln in head:
            d.text((cx0 + 18, cy), fits(d, ln, font(32, True), cw - 36), font=font(32, True), fill=WHITE)
            cy += 40
        cy += 8
        d.text((cx0 + 18, cy), fits(d, "主持人：" + host[0], font(21, True), cw - 36), font=font(21, True), fill=WHITE)
        cy += 32
        for ln in wrap(d, host[1], font(18), cw - 36):
            d.text((cx0 + 18, cy), ln, font=font(18), fill=(236, 242, 255))
            cy += 26
        tops.append((cx0, y + hh))
    y0 = max(t for _, t in tops)
    for k, (name, host, slots) in enumerate(FORUMS_A[1:]):
        cx0 = C0 + k * (cw + gap)
        col = COLS_A[k]
        cy = y0 + 30
        IX, IW = cx0 + 18, cw - 36
        for s in slots:
            if s["kind"] == "break":
                d.rectangle([cx0 + 10, cy - 6, cx0 + cw - 10, cy + 42], fill=(24, 58, 170))
                cup(d, IX, cy + 2, CYAN_A, 0.8)
                d.text((IX + 34, cy + 2), rng(s) + "　" + s["title"], font=font(21, True), fill=CYAN_A)
                cy += 76
                continue
            d.ellipse([IX, cy + 10, IX + 12, cy + 22], fill=CYAN_A)
            d.text((IX + 20, cy), rng(s), font=font(22, True), fill=CYAN_A)
            cy += 38
            tl = wrap_nicely(d, s["title"], font(24, True), IW)
            assert 2 <= len(tl) <= 3, (s["title"], tl)
            for ln in tl:
                d.text((IX, cy), ln, font=font(24, True), fill=WHITE)
                cy += 34
            cy += 8
            for sp in s["sp"]:
                d.text((IX, cy), fits(d, sp[0], font(22, True), IW), font=font(22, True), fill=(255, 226, 120))
                cy += 32
                d.text((IX, cy), fits(d, sp[1], font(19), IW), font=font(19), fill=PALE_A)
                cy += 28
                if sp[2]:
                    d.text((IX, cy), fits(d, sp[2], font(19), IW), font=font(19), fill=(150, 180, 240))
                    cy += 28
                cy += 6
            cy += 34
        bottoms.append(cy)
    yb = max(bottoms)
    for k in range(3):  # each column's frame from its head down to the longest column's foot
        cx0 = C0 + k * (cw + gap)
        d.rounded_rectangle([cx0, y, cx0 + cw, yb], radius=14, outline=COLS_A[k], width=3)
    y = yb + 80
    return units_foot(d, W, y, UNITS_A, (20, 50, 160), WHITE, PALE_A, 4211, "扫码报名 · 全天同步直播",
                      "主办：中国Linux内核开发者大会组委会　承办：中国科学技术大学计算机科学与技术学院")


def bg_a(w, h):
    im = vgrad(w, h, (22, 70, 220), (10, 34, 150))
    im = glow(im, 900, 360, 420, (120, 220, 255), 0.5)
    im = glow(im, 120, 1800, 360, (90, 60, 255), 0.3)
    im = glow(im, 980, h // 2, 420, (60, 200, 255), 0.2)
    im = glow(im, 100, h - 1200, 380, (140, 90, 255), 0.25)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks of the header
        d.line([(620 + i * 60, 0), (1080, 360 - i * 46)], fill=(70, 130, 250), width=2)
    return grain(im, 4212, 0.003)


def poster_a():
    check_chain(FORUMS_A)
    return two_pass(1080, paint_a, bg_a), forums_truth(FORUMS_A, DATE_A)


# ===========================================================================
# 2. CLK 2122 (第117届), 天津, 2122-11-14, near black with neon teal and violet.
#    Every talk is a row with the speaker's round PHOTO at the LEFT, the title
#    and 'name  company job' in the middle, and the range at the RIGHT END of
#    the row, level with the title's first line; a talk with two speakers has
#    two photos, one under the other.  Breaks are bands: a cup where the photo
#    stands, the label, the range at the right.
DATE_B = "2122-11-14"
FORUMS_B = [
    ("主论坛", ("马建华", "南开大学 教授"), [
        T("09:00", "09:10", "开幕致辞", [S("王立新", "南开大学", "副校长")], "马建华"),
        T("09:10", "09:55", "龙蜥操作系统内核面向 AI 负载的演进", [S("张振宇", "阿里云", "龙蜥社区技术委员会委员")],
          "马建华"),
        T("09:55", "10:40", "Kernel Live Patching at Scale: What Breaks and Why",
          [S("Lukas Schneider", "SUSE", "Senior Kernel Engineer")], "马建华"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:40", "Rust for Linux：驱动抽象层与 unsafe 边界", [S("何俊", "华为", "高级工程师")], "马建华"),
        B("11:40", "12:00", "全体合影"),
        B("12:00", "13:30", "午餐"),
    ]),
    ("存储与文件系统分论坛", ("周明", "天津大学 副教授"), [
        T("13:30", "14:15", "bcachefs 的稳定性现状与修复工具", [S("许志远", "统信软件", "文件系统工程师")], "周明"),
        T("14:15", "15:00", "NVMe 多路径与 ANA 在分布式存储中的实践",
          [S("冯晓", "京东云", "存储架构师"), S("杜明", "京东云", "高级工程师")], "周明"),
        B("15:00", "15:15", "茶歇"),
    ]),
    ("虚拟化与安全分论坛", ("唐丽", "麒麟软件 副总工程师"), [
        T("13:30", "14:15", "TDX 机密虚拟机在 KVM 上的启动与热迁移", [S("韩磊", "英特尔", "虚拟化工程师")], "唐丽"),
        T("14:15", "15:00", "IMA 与 EVM：云主机上的系统完整性度量", [S("罗婷", "蚂蚁集团", "安全专家")], "唐丽"),
        B("15:00", "15:15", "茶歇"),
    ]),
    ("网络与可观测性分论坛", ("潘伟", "字节跳动 技术专家"), [
        T("13:30", "14:15", "tcx 与 netkit：容器网络的 eBPF 新挂载点", [S("梁晨", "腾讯", "网络工程师")], "潘伟"),
        T("14:15", "15:00", "基于 perf 与 BPF 的全链路火焰图平台", [S("曹阳", "美团", None)], "潘伟"),
        B("15:00", "15:15", "茶歇"),
    ]),
]
INTRO_B = ("中国 Linux 内核开发者大会（CLK）由清华大学、英特尔、华为、阿里云、富士通南大、腾讯云、OPPO、字节跳动、"
           "vivo、蚂蚁集团、龙芯中科等单位发起，至今已举办 117 届，每届线下参会人数近 500 人。本届大会由南开大学"
           "承办，上午为主论坛，下午三个分论坛同时进行，全天线上同步直播。")
UNITS_B = ["华为", "阿里云", "腾讯云", "字节跳动", "英特尔", "蚂蚁集团", "麒麟软件", "统信软件", "京东云"]
TEAL_B, BLUE_B, VIOLET_B, GREY_B = (40, 236, 214), (92, 150, 255), (150, 100, 255), (150, 160, 190)


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 56, W - 56
    logo_lines(d, X0, 48, WHITE, TEAL_B)
    d.rounded_rectangle([X1 - 250, 40, X1, 130], radius=30, outline=(120, 130, 170), width=3)
    d.text((X1 - 226, 44), "CLK", font=font(64, True), fill=WHITE)
    d.text((X1 - 84, 48), "2122", font=font(22, True), fill=WHITE)
    d.text((X0, 200), "第117届中国", font=font(80, True), fill=(150, 210, 255), stroke_width=1, stroke_fill=VIOLET_B)
    d.text((X0, 300), "Linux内核开发者大会", font=font(80, True), fill=WHITE, stroke_width=1, stroke_fill=VIOLET_B)
    box = "2122年11月14日 ｜ 天津"
    d.rectangle([X0, 432, X0 + tw(d, box, font(30, True)) + 48, 484], outline=WHITE, width=3)
    d.text((X0 + 24, 437), box, font=font(30, True), fill=WHITE)
    d.text((X0, 516), "地址：南开大学津南校区 学术交流中心", font=font(30, True), fill=WHITE)
    y = intro_box(d, X0 + 10, X1 - 10, 660, INTRO_B, font(22), (220, 226, 240), (120, 90, 220), (22, 22, 46))
    y += 120
    d.text((W / 2 - 236, y - 36), "AGENDA", font=font(112, True), fill=(20, 22, 44), stroke_width=2,
           stroke_fill=(70, 80, 140))
    ctext(d, W / 2, y, "大会议程", font(62, True), WHITE)
    y += 160
    PS, TX, RR = 96, X0 + 124, X1
    RW = tw(d, "00:00-00:00", font(25, True))
    TW_ = RR - RW - 36 - TX  # the text column ends well before the ranges
    ft, fn, fa = font(27, True), font(24), font(19)
    seed = 4220
    for k, (name, host, slots) in enumerate(FORUMS_B):
        if k == 1:
            ctext(d, W / 2, y, "— 下午　三个分论坛同时进行 —", font(30, True), TEAL_B)
            y += 86
        d.rectangle([X0, y + 2, X0 + 10, y + 50], fill=TEAL_B)
        nx = X0 + 30
        if k:
            nx = number_box(d, nx, y + 2, "%02d" % k, VIOLET_B, WHITE, 48) + 16
        d.text((nx, y - 2), name, font=font(40, True), fill=WHITE)
        rtext(d, X1, y - 6, "主持人：" + host[0], font(27, True), WHITE)
        rtext(d, X1, y + 32, host[1], font(19), GREY_B)
        y += 80
        d.rectangle([X0, y, X1, y + 3], fill=(70, 60, 170))
        y += 34
        for s in slots:
            if s["kind"] == "break":
                d.rectangle([X0, y, X1, y + 58], fill=(24, 26, 70))
                if s["title"] in MEALS:
                    cup(d, X0 + PS / 2 - 14, y + 12, TEAL_B)
                d.text((TX, y + 10), s["title"], font=font(27, True), fill=TEAL_B)
                rtext(d, RR - 14, y + 12, rng(s), font(25, True), WHITE)
                y += 94
                continue
            py = y
            for sp in s["sp"]:
                seed += 1
                photo(im, X0, py, PS, seed, (64, 70, 120), TEAL_B, fair=sp[0].isascii())
                py += PS + 18
            rtext(d, RR, y + 2, rng(s), font(25, True), WHITE)
            ty = y
            for ln in wrap_nicely(d, s["title"], ft, TW_):
                d.text((TX, ty), ln, font=ft, fill=TEAL_B)
                ty += 40
            ty += 6
            for sp in s["sp"]:
                d.text((TX, ty), sp[0], font=fn, fill=WHITE)
                d.text((TX + tw(d, sp[0], fn) + 16, ty + 4), fits(d, aff(sp), fa, TW_ - tw(d, sp[0], fn) - 16),
                       font=fa, fill=BLUE_B)
                ty += 38
            y = max(ty, py - 18) + 30
            d.line([(TX, y), (X1, y)], fill=(44, 46, 90), width=1)
            y += 30
        y += 40
    y += 20
    return units_foot(d, W, y, UNITS_B, (40, 30, 90), WHITE, GREY_B, 4229, "扫码观看直播",
                      "主办：中国Linux内核开发者大会组委会　承办：南开大学计算机学院")


def bg_b(w, h):
    im = vgrad(w, h, (10, 10, 30), (6, 8, 22))
    im = glow(im, 820, 700, 380, (120, 60, 255), 0.55)
    im = glow(im, 980, 520, 200, (40, 240, 220), 0.35)
    im = glow(im, 80, 2200, 360, (60, 90, 255), 0.25)
    im = glow(im, 1000, h // 2 + 600, 400, (150, 60, 255), 0.2)
    im = glow(im, 160, h - 900, 360, (30, 200, 200), 0.18)
    d = ImageDraw.Draw(im)
    for i in range(9):  # the ring of light behind the header
        d.arc([300 - i * 14, 420 - i * 10, 1300 + i * 14, 900 + i * 10], 190, 330, fill=(90 + i * 8, 70, 220), width=2)
    return grain(im, 4221, 0.005)


def poster_b():
    check_chain(FORUMS_B)
    return two_pass(1080, paint_b, bg_b), forums_truth(FORUMS_B, DATE_B)


# ===========================================================================
# 3. CLK 2123 (第118届), 厦门, 2123-10-30, blue to violet.  The organisers'
#    timeline (range, dot on a line, title, padded name and 'company job'), and
#    under every talk's speakers a small grey ABSTRACT, '议题简介：' and one or
#    two lines of prose (versions, numbers and product names in it), before the
#    next talk's range.
DATE_C = "2123-10-30"
FORUMS_C = [
    ("主论坛", ("林志明", "厦门大学 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("郭建平", "厦门大学", "副校长")], "林志明"),
        T("09:15", "10:00", "内核补丁审查自动化：从 checkpatch 到大模型辅助", [S("郑海", "华为", "内核专家")], "林志明",
          "介绍社区补丁审查中的常见问题，以及静态检查、CI 与大模型辅助审查在 openEuler 内核上的实践和效果。"),
        T("10:00", "10:45", "百万容器下 memory cgroup 的统计开销与可扩展性", [S("苏航", "阿里云", "内核技术专家")],
          "林志明", "分析 memcg 统计在高密度容器场景下的开销来源，分享 rstat 批量刷新与每 CPU 缓存的优化思路。"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "从 5.10 到 6.6：大规模内核升级的兼容性治理", [S("袁飞", "腾讯", "内核负责人")], "林志明",
          "覆盖 30 万台服务器的内核大版本升级中，如何发现并治理驱动、内核接口与性能回退三类兼容性问题。"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("处理器与调度分论坛", ("黄志坚", "华侨大学 教授"), [
        T("13:30", "14:15", "qspinlock 在 ARM64 众核平台上的公平性问题", [S("范磊", "飞腾", "系统软件工程师")], "黄志坚",
          "在 128 核平台上复现锁饥饿现象，对比 CNA 锁与队列锁的改进方案及其对数据库负载的影响。"),
        T("14:15", "15:00", "PREEMPT_RT 进入主线之后的实时性验证", [S("邵敏", "中兴通讯", "实时系统专家")], "黄志坚",
          "使用 cyclictest 与 rtla 在通信设备上评估最坏延迟，总结配置要点与仍需关注的长关抢占路径。"),
        B("15:00", "15:15", "茶歇"),
    ]),
    ("内存与存储分论坛", ("陆雯", "字节跳动 高级工程师"), [
        T("13:30", "14:15", "zswap 还是 zram：手机内存压缩方案实测", [S("谭晓", "小米", "内核工程师")], "陆雯",
          "基于真实应用切换场景，比较两种压缩方案的冷启动时延、写回量与功耗，并给出选型建议。"),
        T("14:15", "15:00", "f2fs 压缩文件的碎片治理", [S("曾琦", "荣耀", "存储专家"), S("康宁", "荣耀", "工程师")],
          "陆雯", "介绍压缩簇带来的碎片问题，以及后台整理与 GC 策略调整在量产机型上的收益。"),
        B("15:00", "15:15", "茶歇"),
    ]),
    ("eBPF与网络分论坛", ("金涛", "腾讯云 技术专家"), [
        T("13:30", "14:15", "BPF arena：在 eBPF 程序之间共享大块内存", [S("孔维", "Meta", "软件工程师")], "金涛",
          "arena 让 BPF 程序与用户态共享可寻址内存，分享其实现原理以及在调度器与数据结构中的用法。"),
        T("14:15", "15:00", "eBPF 追踪 TCP 重传：根因分析实践", [S("姚晨", "网易", "网络工程师")], "金涛",
          "通过 tracepoint 与 kprobe 关联重传事件与队列状态，在线定位丢包、乱序与拥塞窗口异常。"),
        B("15:00", "15:15", "茶歇"),
    ]),
]
INTRO_C = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL, CLK）举办至今已第118届，由清华大学、英特尔、华为、"
           "阿里云、富士通南大、迪捷软件、腾讯云、OPPO、字节跳动、vivo、蚂蚁集团、龙芯中科等单位发起，以“自由 协作 "
           "创新”为理念，以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。")
UNITS_C = ["华为", "阿里云", "腾讯云", "字节跳动", "小米", "荣耀", "飞腾", "中兴通讯", "网易"]
CYAN_C, PALE_C, ABS_C, MAG_C = (96, 236, 255), (190, 206, 255), (150, 162, 214), (236, 120, 255)


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 56, W - 56
    logo_lines(d, X0, 48, WHITE, CYAN_C)
    d.ellipse([X1 - 300, 40, X1 - 236, 104], outline=WHITE, width=3)
    d.text((X1 - 286, 54), "厦", font=font(30, True), fill=WHITE)
    d.text((X1 - 222, 42), "厦门大学", font=font(30, True), fill=WHITE)
    d.text((X1 - 222, 82), "XIAMEN UNIVERSITY", font=font(16, True), fill=PALE_C)
    d.text((X0, 190), "第118届中国", font=font(80, True), fill=WHITE)
    d.text((X0, 292), "Linux内核开发者大会", font=font(80, True), fill=WHITE)
    pill = "2123年10月30日 ｜ 厦门"
    d.rounded_rectangle([X0, 430, X0 + tw(d, pill, font(30, True)) + 56, 486], radius=28, outline=CYAN_C, width=3,
                        fill=(40, 60, 190))
    d.text((X0 + 28, 436), pill, font=font(30, True), fill=WHITE)
    d.text((X0, 516), "地址：厦门大学思明校区", font=font(32, True), fill=WHITE)
    d.text((X0, 562), "　　　科学艺术中心音乐厅", font=font(32, True), fill=WHITE)
    y = intro_box(d, X0 + 20, X1 - 20, 880, INTRO_C, font(22), WHITE, CYAN_C, (62, 72, 206))
    y += 90
    d.polygon([(X0 + 200, y), (X1 - 200, y), (X1 - 220, y + 80), (X0 + 220, y + 80)], fill=(70, 40, 200))
    ctext(d, W / 2, y + 6, "大会议程", font(52, True), WHITE)
    y += 150
    RX, DX, TX = X0, X0 + 214, X0 + 242
    ft, fn, fa, fr = font(27, True), font(25), font(20), font(25, True)
    fl, fb = font(18, True), font(18)
    for k, (name, host, slots) in enumerate(FORUMS_C):
        if k == 1:
            d.rounded_rectangle([X0 + 150, y, X1 - 150, y + 64], radius=32, fill=(236, 90, 190))
            ctext(d, W / 2, y + 12, "下午　三个分论坛同时进行", font(30, True), WHITE)
            y += 116
        nx = X0
        if k:
            nx = number_box(d, X0, y + 4, "%02d" % k, CYAN_C, (30, 40, 150), 54) + 18
        else:
            d.text((X0, y + 2), "▶▶", font=font(36, True), fill=CYAN_C)
            nx = X0 + 84
        d.text((nx, y - 2), fits(d, name, font(42, True), 560 - nx + X0), font=font(42, True), fill=WHITE)
        hn = "主持人："
        hx = X1 - tw(d, hn + host[0], font(27, True))
        d.text((hx, y - 4), hn, font=font(27, True), fill=MAG_C)
        d.text((hx + tw(d, hn, font(27, True)), y - 4), host[0], font=font(27, True), fill=WHITE)
        rtext(d, X1, y + 34, host[1], font(19), PALE_C)
        y += 84
        d.rectangle([X0, y, X1, y + 6], fill=(90, 170, 255))
        y += 40
        top = y
        for s in slots:
            if s["kind"] == "break":
                d.rectangle([X0 - 12, y - 10, X1, y + 50], fill=(50, 50, 170))
                d.text((RX, y + 2), rng(s), font=fr, fill=WHITE)
                d.ellipse([DX - 7, y + 14, DX + 7, y + 28], fill=CYAN_C)
                d.text((TX, y), s["title"], font=font(27, True), fill=CYAN_C)
                y += 96
                continue
            d.text((RX, y + 2), rng(s), font=fr, fill=WHITE)
            d.ellipse([DX - 7, y + 14, DX + 7, y + 28], fill=CYAN_C)
            for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
                d.text((TX, y), ln, font=ft, fill=CYAN_C)
                y += 41
            y += 2
            for sp in s["sp"]:
                d.text((TX, y), pad(sp[0]), font=fn, fill=WHITE)
                d.text((TX + tw(d, "王　王", fn) + 20, y + 4), fits(d, aff(sp), fa, X1 - TX - 110), font=fa,
                       fill=PALE_C)
                y += 40
            if s["abstract"]:
                y += 4
                lab = "议题简介："
                lw = tw(d, lab, fl)
                lines = wrap_widths(d, s["abstract"], fb, [X1 - TX - lw, X1 - TX])
                assert len(lines) <= 2, lines
                d.text((TX, y), lab, font=fl, fill=(176, 186, 232))
                for i, ln in enumerate(lines):
                    d.text((TX + (lw if i == 0 else 0), y), ln, font=fb, fill=ABS_C)
                    y += 29
            y += 44
        d.line([(DX, top), (DX, y - 60)], fill=(100, 130, 255), width=2)
        y += 40
    y += 10
    return units_foot(d, W, y, UNITS_C, (60, 40, 170), WHITE, PALE_C, 4231, "扫码报名 · 观看直播",
                      "主办：中国Linux内核开发者大会组委会　承办：厦门大学信息学院")


def bg_c(w, h):
    im = vgrad(w, h, (28, 58, 214), (60, 30, 150))
    im = glow(im, 860, 420, 440, (90, 230, 255), 0.45)
    im = glow(im, 100, 1500, 360, (200, 80, 255), 0.3)
    im = glow(im, 960, h // 2, 420, (80, 160, 255), 0.25)
    im = glow(im, 120, h - 1500, 400, (230, 90, 220), 0.2)
    d = ImageDraw.Draw(im)
    for i in range(6):  # a designer's orbit lines round the header
        d.ellipse([560 - i * 30, 300 - i * 24, 1240 + i * 30, 760 + i * 24], outline=(80, 130, 255), width=2)
    return grain(im, 4232, 0.0015, 4)


def poster_c():
    check_chain(FORUMS_C)
    return two_pass(1080, paint_c, bg_c), forums_truth(FORUMS_C, DATE_C)


# ===========================================================================
# 4. CLK 2124 (第119届), 青岛, 2124-11-18, deep teal and gold.  Rows: the range
#    at the left, a dot, the white title, then per speaker 'name / company' on
#    one line and the job on the line UNDER it.  The first afternoon forum
#    numbers its five talks '01'..'05' in LARGE OUTLINE digits at the left,
#    the range small over each title, its 茶歇 unnumbered; the forums'
#    own numbers '01'..'03' stand in slanted boxes in their headings.
DATE_D = "2124-11-18"
FORUMS_D = [
    ("主论坛", ("丁伟", "中国海洋大学 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("刘海燕", "中国海洋大学", "副校长")], "丁伟"),
        T("09:15", "10:00", "国产服务器平台的内核生态：现状与路线图", [S("蒋国栋", "麒麟软件", "首席技术官")], "丁伟"),
        B("10:00", "10:20", "茶歇"),
        T("10:20", "11:10", "Upstreaming a New SoC: Lessons from Device Tree Reviews",
          [S("Aditya Rao", "Linaro", "Senior Engineer")], "丁伟"),
        B("11:10", "11:30", "全体合影"),
        B("11:30", "13:30", "午餐"),
    ]),
    ("内核调试与测试分论坛", ("曲明", "中国海洋大学 副教授"), [
        T("13:30", "14:05", "KUnit 与 kselftest：内核单元测试的分层实践", [S("宁浩", "统信软件", "测试工程师")], "曲明"),
        T("14:05", "14:40", "syzbot 报告的分诊：从复现到修复", [S("任杰", "谷歌", None)], "曲明"),
        T("14:40", "15:15", "drgn 与 crash：线上内核故障的现场分析", [S("朱琳", "阿里云", "内核工程师")], "曲明"),
        B("15:15", "15:30", "茶歇"),
        T("15:30", "16:05", "KCSAN 数据竞争检测在驱动开发中的应用", [S("邹强", "中国科学院软件研究所", "助理研究员")], "曲明"),
        T("16:05", "16:40", "基于 QEMU 的内核回归测试自动化",
          [S("叶兰", "华为", "高级测试工程师"), S("石磊", "华为", "工程师")], "曲明"),
    ]),
    ("体系结构与 RISC-V 分论坛", ("贺军", "中国科学院计算技术研究所 研究员"), [
        T("13:30", "14:15", "RISC-V AIA 中断架构的内核支持", [S("吕鹏", "赛昉科技", "内核工程师")], "贺军"),
        T("14:15", "15:00", "ARM64 TLBI range 指令与大页映射的 TLB 优化", [S("毛俊", "华为", "内核专家")], "贺军"),
        B("15:00", "15:20", "茶歇"),
    ]),
    ("网络与 I/O 分论坛", ("彭丽", "青岛大学 副教授"), [
        T("13:30", "14:15", "MPTCP 在移动网络切换中的应用", [S("沈浩", "OPPO", "网络工程师")], "彭丽"),
        T("14:15", "15:00", "SMC-R：基于 RDMA 的透明 TCP 加速", [S("魏晨", "阿里云", "网络技术专家")], "彭丽"),
        B("15:00", "15:20", "茶歇"),
    ]),
]
NUMBERED_D = "内核调试与测试分论坛"
INTRO_D = ("中国 Linux 内核开发者大会（CLK）由高校、企业与开源社区共同发起，是国内 Linux 内核领域颇有影响力的技术"
           "峰会。第119届大会在中国海洋大学举行：上午为主论坛，下午内核调试与测试、体系结构与 RISC-V、网络与 I/O "
           "三个分论坛同时进行，欢迎各位开发者和爱好者到场交流。")
UNITS_D = ["华为", "阿里云", "麒麟软件", "统信软件", "中科院软件所", "OPPO", "赛昉科技", "Linaro", "openEuler"]
GOLD_D, PALE_D, JOB_D, TEAL_D = (246, 196, 84), (170, 222, 222), (128, 178, 184), (0, 170, 170)


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 56, W - 56
    logo_lines(d, X0, 48, WHITE, GOLD_D)
    rtext(d, X1, 44, "中国海洋大学", font(32, True), WHITE)
    rtext(d, X1, 86, "OCEAN UNIVERSITY OF CHINA", font(15, True), PALE_D)
    d.text((X0, 190), "第119届中国", font=font(80, True), fill=GOLD_D)
    d.text((X0, 292), "Linux内核开发者大会", font=font(80, True), fill=WHITE)
    pill = "2124年11月18日（周六）｜ 青岛"
    d.rounded_rectangle([X0, 428, X0 + tw(d, pill, font(30, True)) + 56, 484], radius=28, fill=GOLD_D)
    d.text((X0 + 28, 434), pill, font=font(30, True), fill=(10, 50, 60))
    d.text((X0, 516), "地址：中国海洋大学崂山校区 学术交流中心", font=font(30, True), fill=WHITE)
    y = intro_box(d, X0 + 20, X1 - 20, 620, INTRO_D, font(22), (226, 244, 244), GOLD_D, (8, 70, 86))
    y += 110
    ctext(d, W / 2, y, "大会议程 · AGENDA", font(56, True), WHITE)
    d.rectangle([W / 2 - 60, y + 90, W / 2 + 60, y + 96], fill=GOLD_D)
    y += 160
    RX, DX, TX = X0, X0 + 214, X0 + 242
    ft, fn, fc, fj, fr = font(27, True), font(25, True), font(21), font(19), font(25, True)

    def speakers(x, y, sps, maxw):
        for sp in sps:
            d.text((x, y), sp[0], font=fn, fill=WHITE)
            cx = x + tw(d, sp[0], fn) + 10
            d.text((cx, y + 3), fits(d, "/ " + sp[1], fc, maxw - (cx - x)), font=fc, fill=PALE_D)
            y += 38
            if sp[2]:
                d.text((x, y), sp[2], font=fj, fill=JOB_D)
                y += 32
            y += 4
        return y

    for k, (name, host, slots) in enumerate(FORUMS_D):
        if k == 1:
            d.line([(X0, y + 22), (X0 + 190, y + 22)], fill=GOLD_D, width=2)
            d.line([(X1 - 190, y + 22), (X1, y + 22)], fill=GOLD_D, width=2)
            ctext(d, W / 2, y, "下午　三个分论坛同时进行", font(30, True), GOLD_D)
            y += 90
        if k:
            nx = number_box(d, X0, y + 4, "%02d" % k, GOLD_D, (10, 50, 60), 54) + 18
        else:
            d.text((X0, y + 2), "▶▶", font=font(36, True), fill=GOLD_D)
            nx = X0 + 84
        d.text((nx, y - 2), fits(d, name, font(40, True), 600 - nx + X0), font=font(40, True), fill=WHITE)
        rtext(d, X1, y - 6, "主持人：" + host[0], font(27, True), WHITE)
        rtext(d, X1, y + 32, host[1], font(19), PALE_D)
        y += 84
        d.rectangle([X0, y, X1, y + 5], fill=TEAL_D)
        y += 40
        numbered = name == NUMBERED_D
        top, n = y, 0
        for s in slots:
            if s["kind"] == "break":
                d.rectangle([X0 - 12, y - 10, X1, y + 50], fill=(10, 84, 98))
                d.text((RX, y + 2), rng(s), font=fr, fill=GOLD_D)
                if not numbered:
                    d.ellipse([DX - 7, y + 14, DX + 7, y + 28], fill=GOLD_D)
                lx = TX
                if s["title"] in MEALS:
                    cup(d, TX, y + 4, GOLD_D, 0.9)
                    lx += 40
                d.text((lx, y), s["title"], font=font(27, True), fill=GOLD_D)
                y += 96
                continue
            if numbered:
                n += 1
                outline_text(im, X0, y - 14, "%02d" % n, font(96, True), GOLD_D, 2)
                d.text((TX - 60, y), rng(s), font=font(22, True), fill=GOLD_D)
                y += 36
                for ln in wrap_nicely(d, s["title"], ft, X1 - TX + 60):
                    d.text((TX - 60, y), ln, font=ft, fill=WHITE)
                    y += 41
                y = speakers(TX - 60, y + 4, s["sp"], X1 - TX + 60)
                d.line([(TX - 60, y + 18), (X1, y + 18)], fill=(30, 110, 120), width=1)
                y += 56
                continue
            d.text((RX, y + 2), rng(s), font=fr, fill=GOLD_D)
            d.ellipse([DX - 7, y + 14, DX + 7, y + 28], fill=GOLD_D)
            for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
                d.text((TX, y), ln, font=ft, fill=WHITE)
                y += 41
            y = speakers(TX, y + 4, s["sp"], X1 - TX) + 40
        if not numbered:
            d.line([(DX, top), (DX, y - 60)], fill=(40, 150, 150), width=2)
        y += 40
    y += 10
    return units_foot(d, W, y, UNITS_D, (8, 80, 96), WHITE, PALE_D, 4241, "扫码报名 · 全程直播",
                      "主办：中国Linux内核开发者大会组委会　承办：中国海洋大学信息科学与工程学部")


def bg_d(w, h):
    im = vgrad(w, h, (6, 72, 92), (4, 34, 56))
    im = glow(im, 900, 380, 420, (40, 220, 210), 0.4)
    im = glow(im, 120, 1700, 380, (240, 190, 80), 0.16)
    im = glow(im, 960, h // 2, 420, (30, 180, 200), 0.22)
    im = glow(im, 100, h - 1300, 380, (40, 140, 220), 0.22)
    d = ImageDraw.Draw(im)
    for i in range(8):  # waves across the header
        d.arc([-200 + i * 30, 560 + i * 16, 1300 + i * 30, 900 + i * 16], 190, 350, fill=(30, 130, 140), width=2)
    return grain(im, 4242, 0.0015)


def poster_d():
    check_chain(FORUMS_D)
    return two_pass(1080, paint_d, bg_d), forums_truth(FORUMS_D, DATE_D)


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-41 (and 4..40 before it): speakers are names as printed with spaces removed "
    "(the padding of two-character names too: '郑　海' -> '郑海'; the Latin names 'Lukas Schneider' -> 'LukasSchneider', "
    "'Aditya Rao' -> 'AdityaRao'); host is the chair printed for the forum covering the slot, null for breaks; start/end "
    "always HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, given per speaker; "
    "affiliations keep a printed job title, joined to the company by one space, however the poster spreads them over "
    "lines, and a speaker printed with a company and no job has the company alone ('曹阳  美团', '任杰 / 谷歌'); break "
    "titles are as printed; an opening printed with a speaker ('开幕致辞') is a talk; a slot printed without a speaker "
    "('全体合影', on two posters) is a break; '午餐' is a break of 主论坛 and each forum's '茶歇' a break of that "
    "forum. As in set 41 "
    "every forum carries a 'date'; all four pictures are ONE day each, so it is the poster's date, read from its date "
    "pill or box. Four editions, each on ONE picture only, so no talk is on two posters: CLK 2121 (第116届, 合肥), CLK "
    "2122 (第117届, 天津), CLK 2123 (第118届, 厦门), CLK 2124 (第119届, 青岛). Each picture is the one agenda image of "
    "a whole edition in the organisers' own family, a 1080 px wide PNG of 1.1 to 1.5 MB: logo lines, the host school "
    "at the top right, '第N届中国' over 'Linux内核开发者大会', a date pill or box, the address, a framed introduction "
    "(prose naming companies and forums, no slot), '大会议程', 主论坛 in the morning, a band or line saying that three "
    "forums run in the afternoon, the three forums, support units, a QR code and the organiser line. The forums are "
    "listed in printed order: 主论坛, then the afternoon forums left to right (CLK 2121) or top to bottom. Headers, "
    "introductions, addresses, the date pills, QR captions, support-unit boxes, organiser lines and the afternoon bands "
    "('下午 AFTERNOON 三个分论坛同时进行', '— 下午　三个分论坛同时进行 —', '下午　三个分论坛同时进行') are never part of a "
    "name, a title or a slot; '▶▶' and the numbers of the forums ('01'..'03', in chips or slanted boxes) are no part of "
    "a forum's name; a forum name keeps a space printed next to a Latin word ('体系结构与 RISC-V 分论坛', '网络与 I/O "
    "分论坛') and has none where none is printed ('IO与eBPF分论坛', 'eBPF与网络分论坛'). A title wrapped over lines is "
    "one title: joined with a space where the break falls between Latin words or where the title has a space ('zero-copy' "
    "/ 'rx' -> 'zero-copy rx'; 'Kernel Live Patching at' / 'Scale: …'), without one inside a Chinese word ('…EAS 能' / "
    "'效调度…' -> '能效调度'). Added or stressed here: (1) CLK 2121 (bright blue): after 主论坛 (the organisers' "
    "timeline: range, dot on a line, cyan title, padded name and 'company job'), ONE band '下午' ('AFTERNOON' and "
    "'三个分论坛同时进行' beside it) over THREE LONG NARROW COLUMNS side by side, 324 px each, one per forum: a coloured "
    "head with a number chip, the name broken over two lines where it does not fit ('处理器架构与' / '调度分论坛', "
    "'内存管理与' / '异构计算分论坛'; joined without a space), '主持人：name' and the unit under it; then each talk "
    "stacked: a dot and the range, the title over two or three lines, the name (gold), the company and the job each on "
    "a line of its own ('阚欣' / '中国科学技术大学' / '博士研究生' gives '中国科学技术大学 博士研究生'). Each column keeps its "
    "own clock (talks of 40, 45 and 35 minutes), so the 茶歇 bars and the rows beside each other do not agree in time "
    "(the bars of the first two columns stand level though they print 14:50-15:10 and 15:00-15:20; "
    "the third's, 14:40-14:55, stands lower), and a column's talks belong to its head only. Uncommon "
    "surname 阚. (2) CLK 2122 (near black with neon teal and violet): every talk is a row with the speaker's round PHOTO "
    "(a placeholder portrait, no text) at the LEFT, the teal title and 'name  company job' in the middle and the range "
    "at the RIGHT END of the row, level with the title's first line: the range belongs to that row; a talk with two "
    "speakers has two photos one under the other and two speaker lines. Breaks are bands with a cup where the photos "
    "stand, the label and the range at the right; '全体合影' (11:40-12:00, no speaker) is a break of 主论坛. Foreign "
    "speaker 'Lukas Schneider  SUSE Senior Kernel Engineer' with an English title over two lines. (3) CLK 2123 (blue to "
    "violet): the organisers' timeline, and under the speaker line(s) of every talk but the opening a small grey "
    "ABSTRACT, the label '议题简介：' and one or two lines of prose, before the next talk's range; the abstracts hold "
    "versions, counts and names of tools ('5.10', '30 万台服务器', '128 核', 'rstat', 'cyclictest'), and are neither "
    "title nor affiliation nor slot; on the two-speaker talk (曾琦, 康宁) the abstract follows the second speaker. "
    "Padded names ('郑　海'). (4) CLK 2124 (deep teal and gold): every speaker is printed 'name / company' on one line "
    "and the job on the line UNDER it in smaller grey-teal type ('宁浩 / 统信软件' over '测试工程师' gives '统信软件 "
    "测试工程师'; 'Aditya Rao / Linaro' over 'Senior Engineer' gives 'Linaro Senior Engineer'); the slash is no part "
    "of name or company. The first afternoon forum, 01 内核调试与测试分论坛, numbers its five talks '01'..'05' in LARGE "
    "OUTLINE digits at the left, with the range in small gold type over each title and no range column; its 茶歇 band "
    "between '03' and '04' is unnumbered; these talk numbers are no part of a title, a range or a forum's name, and are "
    "not the forums' own numbers ('01'..'03' in slanted boxes). 主论坛 ends with '11:10-11:30 全体合影' (no speaker, "
    "a break) before '午餐'. The title '开幕致辞' is on all four posters: the "
    "openings of four editions with different speakers, not one talk."
)

LAYOUTS = {
    "blue-afternoon-three-long-columns.png": (
        "CLK 2121 (第116届), 合肥, 2121-10-25 (PNG, 1080 x 4212): bright blue organisers' image; 主论坛 as a timeline "
        "(range, dot, cyan title, padded name and 'company job'); ONE band '下午' over THREE long narrow columns side "
        "by side, one per forum (number chip, name broken over two lines, host and unit), each talk stacked: range, "
        "title over two or three lines, name, company and job each on its own line; breaks as bars inside the "
        "columns, not level in time. Uncommon surname 阚. 4 + 3 + 3 + 3 talks.",
        DATE_A, poster_a),
    "dark-photo-left-range-right.png": (
        "CLK 2122 (第117届), 天津, 2122-11-14 (PNG, 1080 x 4882): near black with neon; every talk a row with the "
        "speaker's round photo at the LEFT (two photos for two speakers), the title and 'name  company job' in the "
        "middle, the range at the RIGHT end level with the title; break bands with the range at the right; a "
        "speakerless '全体合影'. Foreign speaker Lukas Schneider. 4 + 2 + 2 + 2 talks.",
        DATE_B, poster_b),
    "violet-abstract-under-speaker.png": (
        "CLK 2123 (第118届), 厦门, 2123-10-30 (PNG, 1080 x 5175): blue to violet organisers' timeline (range, dot, "
        "title, padded name and 'company job') with a small grey '议题简介：' abstract of one or two lines UNDER the "
        "speaker line of every talk but the opening. 4 + 2 + 2 + 2 talks.",
        DATE_C, poster_c),
    "teal-outline-numbers-name-slash.png": (
        "CLK 2124 (第119届), 青岛, 2124-11-18 (PNG, 1080 x 5427): deep teal and gold; speakers printed 'name / "
        "company' with the job on the line under it; 01 内核调试与测试分论坛 numbers its five talks '01'..'05' in "
        "large outline digits at the left, the range small over each title; a speakerless '全体合影'. Foreign speaker "
        "Aditya Rao. 3 + 5 + 2 + 2 talks.",
        DATE_D, poster_d),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        assert "%d x %d" % im.size in layout, (fn, im.size)
        im.save(os.path.join(HERE, fn), optimize=True)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
