"""Draw the forty-fourth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances.
The set is about the ONE agenda image of a whole edition in the organisers'
family (主论坛 in the morning, three forums in parallel in the afternoon), one
PNG of 1-1.6 MB each, as an edition's repository holds it.  Four editions, no
talk on two posters:
  CLK 2131 (near black): every talk ONE ROW, the range at the left, the title
    in a middle column, the speaker RIGHT-ALIGNED at the row's end as the name
    over 'company job'; one speaker gives two talks (主论坛 and a forum).
  CLK 2132 (royal blue): each forum a block whose NAME STANDS VERTICALLY in a
    coloured strip left of its rows (Chinese upright, Latin turned); under
    each title 'name  company job' in ONE run, flush right.  An English-only
    title by a Chinese speaker.
  CLK 2133 (violet): 主论坛's talks as big KEYNOTE CARDS with a photo, the
    afternoon forums as compact rows; the speaker of a keynote gives a forum
    talk too; an English-only title by a Chinese speaker.
  CLK 2134 (teal and gold): rows like a table of contents, DOTTED LEADERS
    running from the title's end to 'name  company job' at the right margin;
    one forum prints two hosts in its heading, each with the span he chairs.
"""
import json
import math
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


def grain(im, seed, noise):
    """Seeded grain blended in: the texture of a designer's paper and of a re-saved picture."""
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
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


def T(start, end, title, speakers, host, **extra):
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job=None):
    """A speaker as printed: the name, the company, the job title (None where none is printed)."""
    return (name, company, job)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; None where no company is printed."""
    company, job = sp[1], sp[2]
    if company is None:
        return None
    return company if job is None else company + " " + job


def truth_slot(s):
    """A slot as truth.json gives it."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums, date):
    """Forums in printed order; as in set 41 each carries its date (here the edition's one day)."""
    return [{"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]} for name, _, slots in forums]


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


def photo(d, x, y, s, bg, fg, square=False):
    """A portrait placeholder: a grey silhouette in a circle (or a rounded square); no initials."""
    if square:
        d.rounded_rectangle([x, y, x + s, y + s], radius=s // 8, fill=bg)
    else:
        d.ellipse([x, y, x + s, y + s], fill=bg)
    d.ellipse([x + s * 0.35, y + s * 0.2, x + s * 0.65, y + s * 0.52], fill=fg)
    d.pieslice([x + s * 0.2, y + s * 0.58, x + s * 0.8, y + s * 1.18], 180, 360, fill=fg)


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")  # the breaks that get a cup; an opening or a group photo gets none


def rng(s):
    return "%s-%s" % (s["start"], s["end"])



WHITE = (255, 255, 255)


def header(d, W, c):
    """The organisers' head of an edition image: logo lines, host school, '第N届中国' over
    'Linux内核开发者大会', a ring 'CLK' / year, a date pill, the address, a framed introduction,
    '大会议程' over a hollow 'AGENDA'.  c holds the edition's words and colours."""
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, c["accent"])
    rtext(d, X1, 46, c["school"], font(30, True), WHITE)
    rtext(d, X1, 88, c["school_en"], font(16, True), c["pale"])
    d.text((48, 170), c["edition"], font=font(80, True), fill=WHITE)
    d.text((48, 270), "Linux内核开发者大会", font=font(80, True), fill=WHITE)
    d.ellipse([880, 160, 1030, 310], outline=c["accent"], width=5)
    ctext(d, 955, 192, "CLK", font(38, True), WHITE)
    ctext(d, 955, 242, c["year"], font(28, True), c["accent"])
    pf = font(30, True)
    d.rounded_rectangle([48, 408, 48 + tw(d, c["pill"], pf) + 56, 464], radius=28, fill=c["pill_fill"])
    d.text((76, 414), c["pill"], font=pf, fill=c["pill_ink"])
    d.text((48, 494), c["address"], font=font(27), fill=WHITE)
    top = 570
    y = top + 30
    for ln in wrap(d, c["intro"], font(23), X1 - X0 - 72):
        d.text((X0 + 36, y), ln, font=font(23), fill=c["pale"])
        y += 40
    d.rectangle([X0, top, X1, y + 20], outline=c["frame"], width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y + 20), (X1, y + 20)):
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=c["accent"])
    y += 140
    d.text((W / 2 - 250, y - 34), "AGENDA", font=font(120, True), fill=c["hollow"], stroke_width=2,
           stroke_fill=c["frame"])
    ctext(d, W / 2, y, "大会议程", font(64, True), WHITE)
    return y + 160


def footer(d, W, y, units, seed, c):
    """Support-unit boxes, a QR code and the organiser line."""
    X0, X1 = 48, W - 48
    ctext(d, W / 2, y, "支持单位", font(42, True), WHITE)
    y += 86
    bw, bh = (X1 - X0 - 2 * 24) / 3, 74
    for i, u in enumerate(units):
        bx, by = X0 + (i % 3) * (bw + 24), y + (i // 3) * (bh + 20)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=WHITE)
        ctext(d, bx + bw / 2, by + 17, u, font(29, True), c["unit_ink"])
    y += math.ceil(len(units) / 3) * (bh + 20) + 46
    qrcode(d, W / 2 - 105, y, 210, seed)
    ctext(d, W / 2, y + 232, "扫码报名", font(34, True), WHITE)
    ctext(d, W / 2, y + 286, c["organiser"], font(20), c["pale"])
    return y + 350


def afternoon_line(d, W, y, fill):
    ctext(d, W / 2, y, "— 下午　三个分论坛同时进行 —", font(32, True), fill)
    return y + 86


def bg(w, h, c1, c2, glows, seed, noise):
    im = vgrad(w, h, c1, c2)
    for cx, cy, r, col, st in glows:
        im = glow(im, cx, cy if cy >= 0 else h + cy, r, col, st)
    for k, yy in enumerate(range(2200, h - 600, 1500)):
        im = glow(im, 980 if k % 2 else 100, yy, 380, glows[0][3], 0.22)
    return grain(im, seed, noise)


# ===========================================================================
# 1. CLK 2131 (第126届), 杭州, Saturday 2131-10-27: the organisers' near-black
#    image.  Forum headings: a big teal numeral '01'..'03' (none for 主论坛), the
#    name, '主持人：name' at the right over the unit, a rule.  Every talk ONE
#    ROW: the range at the left, the bold title in a middle column (wrapping),
#    and the speaker RIGHT-ALIGNED at the row's end: the name over 'company
#    job' in small type, both flush right; two speakers are two such stacks.
#    郭涛 speaks in 主论坛 and again in the memory forum.
DATE_A = "2131-10-27"
FORUMS_A = [
    ("主论坛", ("陈晓峰", "浙江大学 计算机科学与技术学院 教授"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:50", "Linux 内核社区的十年：从补丁作者到 Maintainer",
          [S("周海", "阿里云", "龙蜥社区技术委员会主席")], "陈晓峰"),
        T("09:50", "10:30", "Memory Tiering in Practice: CXL on Production Hosts",
          [S("Daniel Whitfield", "Meta", "Software Engineer")], "陈晓峰"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:25", "字节跳动内核的演进：从 5.4 到 6.6 的升级实践",
          [S("郭涛", "字节跳动", "STE 内核负责人")], "陈晓峰"),
        T("11:25", "12:00", "高校操作系统课程与上游社区的衔接",
          [S("吴建平", "浙江大学", "副院长")], "陈晓峰"),
        B("12:00", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("何俊", "浙江大学 副教授"), [
        T("13:30", "14:10", "EEVDF 下的延迟敏感任务：latency-nice 的再设计",
          [S("杨帆", "华为", "内核工程师")], "何俊"),
        T("14:10", "14:50", "鲲鹏平台上 cluster 调度的拓扑感知优化",
          [S("王磊", "华为", "高级工程师"), S("刘婷", "华为", "工程师")], "何俊"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "RISC-V 向量扩展的上下文切换开销与惰性保存",
          [S("覃健", "中国科学院软件研究所", "助理研究员")], "何俊"),
    ]),
    ("内存管理与异构计算分论坛", ("黄敏", "阿里云 技术专家"), [
        T("13:30", "14:10", "CXL 内存的 NUMA 分层与页面迁移策略",
          [S("郭涛", "字节跳动", "STE 内核负责人")], "黄敏"),
        T("14:10", "14:50", "GPU 显存与系统内存的统一寻址：HMM 实践",
          [S("张伟", "摩尔线程", "驱动架构师")], "黄敏"),
    ]),
    ("IO与eBPF分论坛", ("刘洋", "腾讯 TencentOS 内核负责人"), [
        T("13:30", "14:10", "io_uring 在数据库存储引擎中的落地",
          [S("马超", "蚂蚁集团", "存储内核专家")], "刘洋"),
        T("14:10", "14:50", "基于 eBPF 的块设备延迟追踪与根因定位",
          [S("赵敏", "OPPO", "内核工程师")], "刘洋"),
    ]),
]
HEAD_A = {
    "school": "浙江大学", "school_en": "ZHEJIANG UNIVERSITY", "edition": "第126届中国", "year": "2131",
    "pill": "2131年10月27日（周六）｜ 杭州", "address": "地址：浙江大学紫金港校区 国际会议中心",
    "intro": "中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）由国内主要操作系统厂商、互联网企业、芯片厂商与高校"
             "共同发起，是国内 Linux 内核领域规模最大的技术会议。第126届大会由浙江大学承办，上午为主论坛，下午处理器架构"
             "与调度、内存管理与异构计算、IO 与 eBPF 三个分论坛同时进行，邀请来自阿里云、字节跳动、华为、腾讯、Meta、"
             "蚂蚁集团、OPPO 与摩尔线程的开发者分享一线实践。",
    "accent": (40, 220, 210), "pale": (170, 180, 215), "frame": (110, 90, 220), "hollow": (20, 16, 44),
    "pill_fill": (40, 220, 210), "pill_ink": (14, 12, 36), "unit_ink": (30, 24, 80),
    "organiser": "主办：中国Linux内核开发者大会组委会　承办：浙江大学计算机科学与技术学院",
}
UNITS_A = ["华为", "阿里云", "字节跳动", "腾讯", "蚂蚁集团", "OPPO", "openEuler", "龙蜥社区", "OpenCloudOS"]
TEAL_A, GREY_A, RULE_A = (40, 220, 210), (150, 160, 196), (52, 48, 96)


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    y = header(d, W, HEAD_A)
    for k, (name, host, slots) in enumerate(FORUMS_A):
        if k == 1:
            y = afternoon_line(d, W, y, TEAL_A)
        if k:
            d.text((X0, y - 10), "%02d" % k, font=font(72, True), fill=TEAL_A)
            y += 80
        d.text((X0, y), name, font=font(40, True), fill=WHITE)
        rtext(d, X1, y - 2, "主持人：" + host[0], font(26, True), WHITE)
        rtext(d, X1, y + 36, host[1], font(19), GREY_A)
        y += 76
        d.rectangle([X0, y, X1, y + 4], fill=TEAL_A)
        y += 30
        for s in slots:
            y = row_a(d, X0, X1, y, s)
        y += 70
    return footer(d, W, y + 10, UNITS_A, 2131, HEAD_A)


def row_a(d, X0, X1, y, s):
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 56], fill=(34, 30, 78))
        d.text((X0 + 12, y + 12), rng(s), font=font(24, True), fill=TEAL_A)
        if s["title"] in ("茶歇", "午餐"):
            cup(d, X0 + 240, y + 12, WHITE, 0.9)
        d.text((X0 + 290, y + 9), s["title"], font=font(27, True), fill=WHITE)
        return y + 76
    d.text((X0, y + 3), rng(s), font=font(24, True), fill=TEAL_A)
    TX, TW = X0 + 200, 450
    ty = y
    for ln in wrap_nicely(d, s["title"], font(28, True), TW):
        d.text((TX, ty), ln, font=font(28, True), fill=WHITE)
        ty += 42
    sy = y
    for sp in s["sp"]:
        rtext(d, X1, sy, sp[0], font(25, True), WHITE)
        sy += 38
        rtext(d, X1, sy, fits(d, aff(sp), font(19), X1 - TX - TW - 24), font(19), GREY_A)
        sy += 38
    y = max(ty, sy) + 16
    d.line([(X0, y), (X1, y)], fill=RULE_A, width=1)
    return y + 24


def bg_a(w, h):
    return bg(w, h, (16, 12, 34), (8, 6, 20),
              [(120, 240, 420, (90, 60, 230), 0.5), (960, 1300, 380, (30, 200, 200), 0.3),
               (540, -300, 420, (90, 60, 230), 0.3)], 2131, 0.005)


def poster_a():
    return two_pass(1080, paint_a, bg_a), forums_truth(FORUMS_A, DATE_A)


# ===========================================================================
# 2. CLK 2132 (第127届), 武汉, Saturday 2132-10-25: the organisers' royal blue.
#    Each forum is a block whose NAME STANDS VERTICALLY in a coloured strip at
#    the left (Chinese characters upright one under another, a Latin run such
#    as 'eBPF' turned to read downwards), the block's rows right of the strip;
#    no horizontal forum heading.  The block's first line: '主持人：name' and the
#    unit.  Rows: the range, a dot, the cyan title, and under the title
#    'name  company job' in ONE run FLUSH RIGHT (two speakers, two lines).
DATE_B = "2132-10-25"
FORUMS_B = [
    ("主论坛", ("彭志", "武汉大学 计算机学院 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("李红", "武汉大学", "副校长")], "彭志"),
        T("09:15", "09:55", "国产服务器操作系统的内核选型与长期维护",
          [S("谢文", "麒麟软件", "内核研发部总监")], "彭志"),
        T("09:55", "10:35", "Rust 驱动进入主线之后：NVMe 与 GPU 驱动的实践",
          [S("邓凯", "华为", "openEuler 内核 Maintainer")], "彭志"),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "Large folio 在页缓存中的全面落地",
          [S("韩雪", "阿里云", "内核专家")], "彭志"),
        B("11:30", "13:30", "午餐"),
    ]),
    ("调度与锁分论坛", ("曾涛", "武汉大学 副教授"), [
        T("13:30", "14:10", "qspinlock 在多 NUMA 节点上的公平性问题",
          [S("宋健", "海光信息", "软件架构师")], "曾涛"),
        T("14:10", "14:50", "Proxy Execution: Solving Priority Inversion in Mainline",
          [S("蒋丽", "字节跳动", "高级工程师")], "曾涛"),
    ]),
    ("内存与存储分论坛", ("亓文", "华中科技大学 教授"), [
        T("13:30", "14:10", "zswap 与 zram 的取舍：手机与服务器两种场景",
          [S("黄斌", "vivo", "内存方向负责人")], "亓文"),
        T("14:10", "14:50", "F2FS 多设备支持与冷热数据分离",
          [S("周静", "小米", "存储专家")], "亓文"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "NVMe over TCP 的零拷贝接收路径",
          [S("陈刚", "浪潮信息", "存储架构师"), S("林芳", "武汉大学", "博士研究生")], "亓文"),
    ]),
    ("虚拟化与eBPF分论坛", ("沈伟", "腾讯云 虚拟化技术专家"), [
        T("13:30", "14:10", "KVM 脏页跟踪的 ring 模式与热迁移",
          [S("吕强", "京东云", "虚拟化架构师")], "沈伟"),
        T("14:10", "14:50", "bpftrace 之外：用 BPF 做生产环境的锁争用画像",
          [S("田甜", "美团", "系统工程师")], "沈伟"),
    ]),
]
HEAD_B = {
    "school": "武汉大学", "school_en": "WUHAN UNIVERSITY", "edition": "第127届中国", "year": "2132",
    "pill": "2132年10月25日（周六）｜ 武汉", "address": "地址：武汉大学信息学部 计算机学院报告厅",
    "intro": "“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）由华为、阿里云、腾讯、字节跳动、英特尔等企业与"
             "高校共同发起，倡导“自由、协作、创新”的开源精神。第127届大会由武汉大学承办，上午为主论坛，下午调度与锁、"
             "内存与存储、虚拟化与 eBPF 三个分论坛同时进行，欢迎内核开发者与高校师生现场交流。",
    "accent": (96, 226, 255), "pale": (190, 210, 255), "frame": (120, 170, 255), "hollow": (20, 60, 180),
    "pill_fill": WHITE, "pill_ink": (14, 40, 140), "unit_ink": (20, 40, 130),
    "organiser": "主办：中国Linux内核开发者大会组委会　承办：武汉大学计算机学院",
}
UNITS_B = ["华为", "阿里云", "腾讯", "字节跳动", "英特尔", "vivo", "麒麟软件", "海光信息", "龙蜥社区"]
STRIPS_B = [(255, 196, 60), (255, 120, 170), (96, 226, 255), (150, 236, 130)]
CYAN_B, PALE_B, RULE_B, NAVY_B = (96, 226, 255), (190, 210, 255), (70, 110, 220), (12, 30, 110)
LATIN = re.compile(r"[A-Za-z0-9\-]+|.")


def vtext(im, d, cx, y, text, f, fill):
    """Vertical setting: Chinese characters upright one under another, a Latin run turned 90 degrees
    clockwise so that it reads downwards, as Chinese vertical type sets it.  Returns the y under it."""
    for run in LATIN.findall(text):
        if len(run) == 1 and not run.isascii():
            ctext(d, cx, y, run, f, fill)
            y += f.size * 1.12
            continue
        b = d.textbbox((0, 0), run, font=f)
        mask = Image.new("L", (b[2] - b[0] + 4, f.size + 12), 0)
        ImageDraw.Draw(mask).text((2 - b[0], 0), run, font=f, fill=255)
        mask = mask.rotate(-90, expand=True)
        im.paste(fill, (round(cx - mask.size[0] / 2 + 4), round(y + 4)), mask)
        y += mask.size[1] + 4
    return y


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    y = header(d, W, HEAD_B)
    for k, (name, host, slots) in enumerate(FORUMS_B):
        if k == 1:
            y = afternoon_line(d, W, y, CYAN_B) + 10
        top = y
        CX = X0 + 100
        f = font(26, True)
        d.text((CX, y), "主持人：" + host[0], font=f, fill=WHITE)
        d.text((CX + tw(d, "主持人：" + host[0], f) + 20, y + 5), host[1], font=font(20), fill=PALE_B)
        y += 56
        d.line([(CX, y), (X1, y)], fill=RULE_B, width=2)
        y += 24
        for s in slots:
            y = row_b(d, CX, X1, y, s)
        strip = STRIPS_B[k]
        vf = font(38, True)
        probe = vtext(Image.new("RGB", (8, 8)), ImageDraw.Draw(Image.new("RGB", (8, 8))), 0, 0, name, vf, strip)
        bot = max(y, round(top + probe + 60))
        d.rounded_rectangle([X0, top, X0 + 76, bot], radius=10, fill=strip)
        vtext(im, d, X0 + 38, top + (bot - top - probe) / 2, name, vf, NAVY_B)
        y = bot + 70
    return footer(d, W, y + 10, UNITS_B, 2132, HEAD_B)


def row_b(d, CX, X1, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([CX, y, X1, y + 56], radius=8, fill=(30, 70, 200))
        d.text((CX + 14, y + 12), rng(s), font=font(24, True), fill=CYAN_B)
        cup(d, CX + 240, y + 12, WHITE, 0.9)
        d.text((CX + 290, y + 9), s["title"], font=font(27, True), fill=WHITE)
        return y + 80
    d.ellipse([CX, y + 12, CX + 12, y + 24], fill=CYAN_B)
    d.text((CX + 22, y + 2), rng(s), font=font(24, True), fill=CYAN_B)
    TX = CX + 210
    for ln in wrap_nicely(d, s["title"], font(28, True), X1 - TX):
        d.text((TX, y), ln, font=font(28, True), fill=CYAN_B)
        y += 42
    y += 4
    for sp in s["sp"]:
        fn, fa = font(24, True), font(20)
        a = aff(sp)
        aw = tw(d, a, fa)
        rtext(d, X1, y + 4, a, fa, PALE_B)
        rtext(d, X1 - aw - 16, y, sp[0], fn, WHITE)
        y += 38
    y += 10
    d.line([(TX, y), (X1, y)], fill=(40, 84, 200), width=1)
    return y + 22


def bg_b(w, h):
    return bg(w, h, (20, 60, 205), (12, 36, 150),
              [(900, 250, 380, (80, 200, 255), 0.5), (100, 1400, 360, (120, 90, 255), 0.3)], 2132, 0.004)


def poster_b():
    return two_pass(1080, paint_b, bg_b), forums_truth(FORUMS_B, DATE_B)


# ===========================================================================
# 3. CLK 2133 (第128届), 北京, Saturday 2133-10-24: violet to indigo.  Forum
#    headings: a coloured bar, the name, '主持人：name' at the right over the
#    unit.  主论坛's talks are BIG KEYNOTE CARDS: a square photo at the left
#    (two photos, one under the other, for two speakers), at the right the range
#    in an outlined chip, the big title, then per speaker the name in gold over
#    'company job'.  The afternoon forums are COMPACT ROWS: range and title on
#    one line, 'name  company job' small under the title.  胡军 gives a keynote
#    and a forum talk; 许可 an English-only title.
DATE_C = "2133-10-24"
FORUMS_C = [
    ("主论坛", ("任晓东", "北京航空航天大学 计算机学院 院长"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:50", "Linux 内核的下一个十年：异构、可验证与可持续",
          [S("张宏", "中国科学院软件研究所", "研究员")], "任晓东"),
        T("09:50", "10:30", "Sustaining the Kernel Maintainer Pipeline",
          [S("Martin Keller", "Linux Foundation", "Fellow")], "任晓东"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:25", "openEuler 内核的多架构统一基线",
          [S("胡军", "华为", "openEuler 技术委员会委员")], "任晓东"),
        T("11:25", "12:05", "AI 训练集群中的内核可观测性",
          [S("罗杰", "字节跳动", "系统技术负责人"), S("魏佳", "字节跳动", "高级工程师")], "任晓东"),
        B("12:05", "13:30", "午餐"),
    ]),
    ("文件系统与存储分论坛", ("冯雷", "北京航空航天大学 副教授"), [
        T("13:30", "14:05", "Btrfs RAID56 写洞问题的修复进展",
          [S("唐亮", "SUSE 中国", "内核工程师")], "冯雷"),
        T("14:05", "14:40", "Bcachefs vs. XFS: Metadata Scalability on NVMe",
          [S("许可", "清华大学", "博士研究生")], "冯雷"),
        T("14:40", "15:15", "ext4 fast commit 在容器日志盘上的应用",
          [S("胡军", "华为", "openEuler 技术委员会委员")], "冯雷"),
    ]),
    ("网络与云原生分论坛", ("杜鹏", "百度 主任架构师"), [
        T("13:30", "14:05", "netkit 与 Cilium：容器网络的 BPF 原生设备",
          [S("秦峰", "腾讯", "高级工程师")], "杜鹏"),
        T("14:05", "14:40", "TCP 零拷贝接收在推理服务中的收益",
          [S("白洁", "快手", "网络专家")], "杜鹏"),
    ]),
    ("RISC-V与体系结构分论坛", ("钱伟", "中国科学院计算技术研究所 研究员"), [
        T("13:30", "14:05", "RISC-V IOMMU 驱动的上游之路",
          [S("余浩", "平头哥半导体", "高级工程师")], "钱伟"),
        T("14:05", "14:40", "Arm64 上 PAC 与 BTI 的内核支持与性能开销",
          [S("潘婷", "Arm", "资深软件工程师")], "钱伟"),
    ]),
]
HEAD_C = {
    "school": "北京航空航天大学", "school_en": "BEIHANG UNIVERSITY", "edition": "第128届中国", "year": "2133",
    "pill": "2133年10月24日（周六）｜ 北京", "address": "地址：北京航空航天大学学院路校区 新主楼报告厅",
    "intro": "中国 Linux 内核开发者大会（CLK）自发起以来每年举办，已成为国内内核开发者交流技术、结识同行的重要平台。"
             "第128届大会由北京航空航天大学承办：上午主论坛邀请四位讲者带来主题报告，下午文件系统与存储、网络与云原生、"
             "RISC-V 与体系结构三个分论坛同时进行。感谢华为、字节跳动、腾讯、百度、快手、Arm 等单位的支持。",
    "accent": (255, 196, 80), "pale": (205, 195, 245), "frame": (160, 120, 255), "hollow": (50, 24, 120),
    "pill_fill": (255, 196, 80), "pill_ink": (40, 16, 90), "unit_ink": (60, 30, 130),
    "organiser": "主办：中国Linux内核开发者大会组委会　承办：北京航空航天大学计算机学院",
}
UNITS_C = ["华为", "字节跳动", "腾讯", "百度", "快手", "Arm", "openEuler", "龙蜥社区", "平头哥"]
GOLD_C, PALE_C, CARD_C, EDGE_C = (255, 196, 80), (205, 195, 245), (58, 34, 140), (150, 110, 255)
BARS_C = [(255, 196, 80), (255, 120, 170), (96, 226, 255), (150, 236, 130)]


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    y = header(d, W, HEAD_C)
    for k, (name, host, slots) in enumerate(FORUMS_C):
        if k == 1:
            y = afternoon_line(d, W, y, GOLD_C)
        d.rectangle([X0, y + 4, X0 + 12, y + 50], fill=BARS_C[k])
        d.text((X0 + 28, y), name, font=font(40, True), fill=WHITE)
        rtext(d, X1, y - 2, "主持人：" + host[0], font(26, True), WHITE)
        rtext(d, X1, y + 36, host[1], font(19), PALE_C)
        y += 100
        for s in slots:
            y = (card_c if k == 0 else row_c)(d, X0, X1, y, s)
        y += 60
    return footer(d, W, y + 10, UNITS_C, 2133, HEAD_C)


def break_c(d, X0, X1, y, s):
    d.rectangle([X0, y, X1, y + 54], fill=(70, 44, 160))
    d.text((X0 + 16, y + 11), rng(s), font=font(24, True), fill=GOLD_C)
    if s["title"] in ("茶歇", "午餐"):
        cup(d, X0 + 240, y + 11, WHITE, 0.9)
    d.text((X0 + 290, y + 8), s["title"], font=font(27, True), fill=WHITE)
    return y + 76


def card_c(d, X0, X1, y, s):
    if s["kind"] == "break":
        return break_c(d, X0, X1, y, s)
    top = y
    PX, PS = X0 + 28, 200
    py = y + 28
    for _ in s["sp"]:
        photo(d, PX, py, PS, (96, 70, 190), (170, 150, 235), square=True)
        py += PS + 20
    TX = PX + PS + 34
    TW = X1 - 28 - TX
    y += 28
    rf = font(24, True)
    d.rounded_rectangle([TX, y, TX + tw(d, rng(s), rf) + 32, y + 42], radius=21, outline=GOLD_C, width=2)
    d.text((TX + 16, y + 5), rng(s), font=rf, fill=GOLD_C)
    y += 62
    for ln in wrap_nicely(d, s["title"], font(36, True), TW):
        d.text((TX, y), ln, font=font(36, True), fill=WHITE)
        y += 52
    y += 14
    for sp in s["sp"]:
        d.text((TX, y), sp[0], font=font(32, True), fill=GOLD_C)
        y += 48
        d.text((TX, y), fits(d, aff(sp), font(23), TW), font=font(23), fill=PALE_C)
        y += 46
    bot = max(y, py) + 14
    d.rounded_rectangle([X0, top, X1, bot], radius=18, outline=EDGE_C, width=2)
    return bot + 30


def row_c(d, X0, X1, y, s):
    if s["kind"] == "break":
        return break_c(d, X0, X1, y, s)
    d.text((X0 + 4, y + 2), rng(s), font=font(23, True), fill=GOLD_C)
    TX = X0 + 190
    for ln in wrap(d, s["title"], font(26, True), X1 - TX):
        d.text((TX, y), ln, font=font(26, True), fill=WHITE)
        y += 38
    for sp in s["sp"]:
        fn = font(21, True)
        d.text((TX, y + 2), sp[0], font=fn, fill=GOLD_C)
        d.text((TX + tw(d, sp[0], fn) + 16, y + 3), aff(sp), font=font(20), fill=PALE_C)
        y += 34
    y += 12
    d.line([(X0, y), (X1, y)], fill=(80, 56, 170), width=1)
    return y + 20


def bg_c(w, h):
    return bg(w, h, (60, 30, 150), (24, 20, 90),
              [(880, 260, 400, (200, 110, 255), 0.45), (120, 1500, 380, (90, 120, 255), 0.3)], 2133, 0.0035)


def poster_c():
    return two_pass(1080, paint_c, bg_c), forums_truth(FORUMS_C, DATE_C)


# ===========================================================================
# 4. CLK 2134 (第129届), 长沙, Saturday 2134-10-30: deep teal with gold.  Forum
#    headings: a gold square and the name, the host line(s) UNDER the name.
#    存储与I/O分论坛 prints TWO hosts, each with the span he chairs in brackets
#    ('主持人：贺军　湖南大学 副教授（13:30-15:00）', the second under it).  Rows like
#    a table of contents: the range, the title, and DOTTED LEADERS from the
#    title's end to 'name  company job' set flush right on the title's last line
#    (on the next line, after leaders, when it does not fit there).
DATE_D = "2134-10-30"
FORUMS_D = [
    ("主论坛", [("邹明", "湖南大学 信息科学与工程学院 教授", None)], [
        T("09:00", "09:15", "开幕致辞", [S("刘建国", "湖南大学", "副校长")], "邹明"),
        T("09:15", "09:55", "从 stable 分支到 LTS：内核长期维护的工程实践",
          [S("叶青", "龙蜥社区", "技术委员会委员")], "邹明"),
        T("09:55", "10:35", "海光 CSV 机密虚拟机的内核支持",
          [S("蔡宁", "海光信息", "首席架构师")], "邹明"),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "Kernel Live Patching at Fleet Scale",
          [S("Erik Lindqvist", "Red Hat", "Principal Software Engineer")], "邹明"),
        B("11:30", "13:30", "午餐"),
    ]),
    ("存储与I/O分论坛", [("贺军", "湖南大学 副教授", ("13:30", "15:00")),
                      ("钟丽", "华为 存储专家", ("15:15", "16:35"))], [
        T("13:30", "14:15", "blk-mq 多队列调度在 ZNS SSD 上的适配",
          [S("毛杰", "三星中国研究院", "高级工程师")], "贺军"),
        T("14:15", "15:00", "FUSE passthrough 与 AI 训练数据加载",
          [S("孟凡", "字节跳动", "存储内核工程师")], "贺军"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:55", "SMR 硬盘上 zonefs 的部署经验",
          [S("谭敏", "阿里云", "存储专家"), S("程浩", "湖南大学", "博士研究生")], "钟丽"),
        T("15:55", "16:35", "dm-crypt 内联加密的硬件加速",
          [S("龚伟", "OPPO", "内核工程师")], "钟丽"),
    ]),
    ("内核调试与测试分论坛", [("傅强", "麒麟软件 测试部经理", None)], [
        T("13:30", "14:10", "KCSAN 检出的数据竞争：一年的修复统计",
          [S("高峰", "华为", "内核工程师")], "傅强"),
        T("14:10", "14:50", "syzkaller 在 openEuler 上的持续模糊测试",
          [S("孔丽", "天翼云", "内核工程师")], "傅强"),
    ]),
    ("Rust与内核安全分论坛", [("易航", "湖南大学 助理教授", None)], [
        T("13:30", "14:10", "Landlock 沙箱在桌面发行版中的落地",
          [S("梁勇", "统信软件", "安全架构师")], "易航"),
        T("14:10", "14:50", "Rust Binder 驱动的移植与性能",
          [S("钱程", "vivo", "操作系统工程师")], "易航"),
    ]),
]
HEAD_D = {
    "school": "湖南大学", "school_en": "HUNAN UNIVERSITY", "edition": "第129届中国", "year": "2134",
    "pill": "2134年10月30日（周六）｜ 长沙", "address": "地址：湖南大学 信息科学与工程学院 报告厅",
    "intro": "中国 Linux 内核开发者大会（CLK）是由国内内核开发者自发组织的技术会议，聚焦内存、存储、调度、虚拟化、"
             "安全与测试等方向。第129届大会由湖南大学承办，上午主论坛，下午存储与 I/O、内核调试与测试、Rust 与内核安全"
             "三个分论坛同时进行，讲者来自龙蜥社区、海光信息、Red Hat、三星、字节跳动、阿里云、OPPO、vivo 等单位。",
    "accent": (240, 196, 90), "pale": (180, 215, 210), "frame": (90, 180, 170), "hollow": (8, 60, 66),
    "pill_fill": (240, 196, 90), "pill_ink": (8, 48, 52), "unit_ink": (8, 70, 76),
    "organiser": "主办：中国Linux内核开发者大会组委会　承办：湖南大学信息科学与工程学院",
}
UNITS_D = ["华为", "阿里云", "字节跳动", "海光信息", "麒麟软件", "统信软件", "OPPO", "vivo", "龙蜥社区"]
GOLD_D, PALE_D, DOT_D = (240, 196, 90), (180, 215, 210), (110, 170, 166)


def leaders(d, x0, x1, y):
    for x in range(round(x0), round(x1) - 4, 12):
        d.ellipse([x, y, x + 4, y + 4], fill=DOT_D)


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    y = header(d, W, HEAD_D)
    for k, (name, hosts, slots) in enumerate(FORUMS_D):
        if k == 1:
            y = afternoon_line(d, W, y, GOLD_D)
        d.rectangle([X0, y + 10, X0 + 36, y + 46], fill=GOLD_D)
        d.text((X0 + 54, y), name, font=font(40, True), fill=WHITE)
        y += 66
        lab = "主持人："
        for i, (hn, hu, span) in enumerate(hosts):
            f = font(25, True)
            x = X0 + 54
            if i == 0:
                d.text((x, y), lab, font=f, fill=GOLD_D)
            x += tw(d, lab, f)
            d.text((x, y), hn, font=f, fill=WHITE)
            x += tw(d, hn, f) + 16
            text = hu + ("（%s-%s）" % span if span else "")
            d.text((x, y + 4), text, font=font(21), fill=PALE_D)
            y += 40
        y += 10
        d.line([(X0, y), (X1, y)], fill=GOLD_D, width=2)
        y += 26
        for s in slots:
            y = row_d(d, X0, X1, y, s)
        y += 60
    return footer(d, W, y + 10, UNITS_D, 2134, HEAD_D)


def row_d(d, X0, X1, y, s):
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 54], fill=(16, 90, 96))
        d.text((X0 + 14, y + 11), rng(s), font=font(24, True), fill=GOLD_D)
        cup(d, X0 + 240, y + 11, WHITE, 0.9)
        d.text((X0 + 290, y + 8), s["title"], font=font(27, True), fill=WHITE)
        return y + 76
    d.text((X0, y + 3), rng(s), font=font(24, True), fill=GOLD_D)
    TX = X0 + 200
    tf = font(28, True)
    lines = wrap(d, s["title"], tf, X1 - TX)
    for ln in lines:
        d.text((TX, y), ln, font=tf, fill=WHITE)
        y += 44
    lx = TX + tw(d, lines[-1], tf) + 14  # leaders start after the title's last line
    y -= 44
    for sp in s["sp"]:
        fn, fa = font(24, True), font(20)
        a = aff(sp)
        sw = tw(d, sp[0], fn) + 14 + tw(d, a, fa)
        if X1 - sw - 16 - lx < 40:  # no room on this line: the speaker goes to the next one
            y += 40
            lx = TX
        leaders(d, lx, X1 - sw - 14, y + 22)
        rtext(d, X1, y + 6, a, fa, PALE_D)
        d.text((X1 - sw, y + 2), sp[0], font=fn, fill=GOLD_D)
        lx = TX + 1e9  # a second speaker always takes a line of his own
    y += 56
    d.line([(X0, y), (X1, y)], fill=(30, 96, 100), width=1)
    return y + 22


def bg_d(w, h):
    return bg(w, h, (10, 74, 80), (6, 40, 48),
              [(900, 260, 380, (60, 200, 180), 0.4), (120, 1500, 360, (200, 170, 80), 0.2)], 2134, 0.004)


def poster_d():
    return two_pass(1080, paint_d, bg_d), forums_truth(FORUMS_D, DATE_D)


NOTE = (
    "Same conventions as posters-blind-43 (and 4..42 before it): speakers are names as printed with spaces "
    "removed (the Latin names 'Daniel Whitfield' -> 'DanielWhitfield', 'Martin Keller' -> 'MartinKeller', "
    "'Erik Lindqvist' -> 'ErikLindqvist'); host is the chair printed for the forum covering the slot, null for "
    "breaks; start/end always HH:MM on a 24-hour clock; where two speakers are printed each has his own "
    "affiliation, given per speaker; affiliations keep a printed job title, joined to the company by one space "
    "('阿里云 龙蜥社区技术委员会主席', 'Linux Foundation Fellow', 'Red Hat Principal Software Engineer'); break "
    "titles are as printed; an opening speech printed with a speaker ('开幕致辞') is a talk, a slot printed "
    "without a speaker ('开幕') is a break; '午餐' closes 主论坛 as its break. As in sets 41-43 every forum "
    "carries a 'date'; each edition is ONE day (主论坛 in the morning, three forums in parallel in the "
    "afternoon), so every forum's date is the poster's. Four editions, each on ONE picture only, so no talk is "
    "on two posters: CLK 2131 (第126届, 杭州, 2131-10-27), CLK 2132 (第127届, 武汉, 2132-10-25), CLK 2133 "
    "(第128届, 北京, 2133-10-24), CLK 2134 (第129届, 长沙, 2134-10-30), all Saturdays. Each picture is the "
    "one agenda image of a whole edition in the organisers' family (logo lines, the host school, '第N届中国' "
    "over 'Linux内核开发者大会', a ring 'CLK' / year, a date pill, the address, a framed introduction, "
    "'大会议程' over a hollow 'AGENDA', support units, a QR code), one PNG of 1.0-1.6 MB, 1080 px wide. "
    "Headers, introductions, addresses, date pills, support units, QR captions, organiser lines and the line "
    "'— 下午　三个分论坛同时进行 —' are never part of a name, a title or a slot; the big numerals '01'..'03' "
    "are no part of a forum's name. A title wrapped over two lines is one title (whitespace at the break as "
    "the title is written: 'Memory Tiering in Practice:' / 'CXL on Production Hosts' with a space, "
    "'Linux 内核社区的十年：' / '从补丁作者到 Maintainer' without one after '：'). Added or stressed here: "
    "(1) CLK 2131 (near black): every talk is ONE ROW: the range at the left, the title in a middle column "
    "(most titles on two lines), and the speaker RIGHT-ALIGNED at the row's end, the name over 'company job' "
    "in small grey type, both flush right and level with the title's first line; 王磊 and 刘婷 (both 华为) are "
    "two such stacks, two speakers of one talk. The heading's '主持人：name' over the unit also stands at the "
    "right: it belongs to the heading, not to a row. 郭涛 (字节跳动 STE 内核负责人) gives TWO talks, one in "
    "主论坛 (10:45-11:25) and one in 内存管理与异构计算分论坛 (13:30-14:10): both are in the truth with him as "
    "speaker. Uncommon surname 覃 (a speaker). (2) CLK 2132 (royal blue): no forum has a horizontal heading; "
    "each forum's NAME STANDS VERTICALLY in a coloured strip left of its rows, Chinese characters upright one "
    "under another and the Latin run 'eBPF' turned to read downwards: the forum is read top to bottom as one "
    "name ('调度与锁分论坛', '虚拟化与eBPF分论坛'). A strip can be taller than its rows (the block then ends "
    "with empty space). The block's first line '主持人：name　unit' gives the host. Under each title "
    "'name  company job' in ONE run, set FLUSH RIGHT: it belongs to the title ABOVE it, never to the next "
    "row's range; 陈刚 (浪潮信息) and 林芳 (武汉大学 博士研究生) are two lines, two speakers of one talk. "
    "'Proxy Execution: Solving Priority Inversion in Mainline' is an English-only title by a Chinese speaker "
    "(蒋丽, 字节跳动). Uncommon surname 亓 (a host). (3) CLK 2133 (violet): 主论坛's talks are big KEYNOTE "
    "CARDS (a square photo placeholder at the left, no text in it; the range in an outlined chip, the title "
    "in 36 px, the name in gold over 'company job'); 罗杰 and 魏佳 (both 字节跳动) have two photos and two "
    "name lines in one card. The afternoon forums are COMPACT ROWS (range and title on one line, 'name  "
    "company job' small under the title). 胡军 (华为 openEuler 技术委员会委员) gives the keynote 10:45-11:25 "
    "AND the forum talk 14:40-15:15: two talks. 'Bcachefs vs. XFS: Metadata Scalability on NVMe' is an "
    "English-only title by a Chinese speaker (许可, 清华大学 博士研究生). (4) CLK 2134 (teal and gold): rows "
    "like a table of contents: the range, the title, and DOTTED LEADERS from the title's end to 'name  "
    "company job' flush right on the title's line (on the next line, after leaders from the title's column, "
    "when there is no room): the leaders are no part of a title or a speaker, and the speaker belongs to the "
    "title his leaders come from. 谭敏 (阿里云) and 程浩 (湖南大学 博士研究生) are two speakers of one talk, "
    "the second on a line of his own. 存储与I/O分论坛 prints TWO hosts under its name, each with the span he "
    "chairs in brackets: '主持人：贺军　湖南大学 副教授（13:30-15:00）' and under it '钟丽　华为 存储专家"
    "（15:15-16:35）': the talks from 13:30 to 15:00 have the host 贺军, those from 15:15 the host 钟丽; the "
    "bracketed spans are no slots. Forums of two talks end with their second talk (no break printed after it)."
)
LAYOUTS = {
    "dark-rows-speaker-flush-right.png": (
        "CLK 2131 (第126届), 杭州, 2131-10-27 (PNG, 1080 x 4632): the organisers' near-black image; every talk "
        "one row: range at the left, title in a middle column, the speaker right-aligned at the row's end as "
        "name over 'company job'; big teal numerals before the afternoon forums, '主持人：name' at the right "
        "over the unit; 郭涛 gives two talks; foreign speaker Daniel Whitfield. Uncommon surname 覃. "
        "4 + 3 + 2 + 2 talks.", DATE_A, poster_a),
    "blue-vertical-forum-strips.png": (
        "CLK 2132 (第127届), 武汉, 2132-10-25 (PNG, 1080 x 4280): the organisers' royal blue; each forum a block "
        "whose name stands vertically in a coloured strip at its left (Chinese upright, 'eBPF' turned), the host "
        "line first; rows: range, a dot, the cyan title, and under it 'name  company job' in one run flush "
        "right; an English-only title by a Chinese speaker. Uncommon surname 亓. 4 + 2 + 3 + 2 talks.",
        DATE_B, poster_b),
    "violet-keynote-cards-compact-rows.png": (
        "CLK 2133 (第128届), 北京, 2133-10-24 (PNG, 1080 x 5014): violet to indigo; 主论坛's talks as big keynote "
        "cards with square photos (two for a two-speaker card), the afternoon forums as compact rows; 胡军 "
        "gives a keynote and a forum talk; foreign speaker Martin Keller; an English-only title by a Chinese "
        "speaker. 4 + 3 + 2 + 2 talks.", DATE_C, poster_c),
    "teal-dotted-leaders-host-spans.png": (
        "CLK 2134 (第129届), 长沙, 2134-10-30 (PNG, 1080 x 4252): deep teal and gold; table-of-contents rows "
        "with dotted leaders from the title to 'name  company job' flush right; 存储与I/O分论坛 prints two hosts "
        "with the spans they chair; foreign speaker Erik Lindqvist. 4 + 4 + 2 + 2 talks.", DATE_D, poster_d),
}

def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        assert "%d x %d" % im.size in layout, (fn, im.size)
        assert 1.0e6 <= os.path.getsize(path) <= 1.6e6, (fn, os.path.getsize(path))
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
