"""Draw the fifty-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances.
The set is about the ONE agenda image of a whole edition, one PNG of 1-1.6 MB as
an edition's repository holds it (CLK2022's holds imgs/2022clk.png), with the
forums CLK2022's README names: 主论坛 in the morning, then 处理器架构与调度分论坛,
内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛' in the afternoon.  Each picture is
made as a designer of 2022 would make it: its TOP THIRD is a KEY VISUAL (a large
title, the date and place, the sponsors' logos as word marks), and only then
comes the programme.  Four editions, no talk on two posters:
  CLK 2261 (royal blue): the range LEFT of the title; every speaker by NAME ALONE;
    breaks as bands across; 'IO 与 ebpf 分论坛' numbers its six talks '01'-'06'
    beside their ranges.
  CLK 2262 (near black): the range on a line OVER the title; the speaker as the
    name over 'company job' (two lines); each forum prints its own break ROW.
  CLK 2263 (violet): the title first, then 'name | company' with the range at the
    RIGHT END of the (first) speaker line; NO break printed anywhere.
  CLK 2264 (teal and gold): a card per talk with the range in a PILL UNDER the
    speakers; most talks by TWO speakers of TWO companies; breaks as bands.
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
W = 1080
WHITE = (255, 255, 255)


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


def ctext(d, cx, y, text, f, fill, **kw):
    d.text((cx - tw(d, text, f) / 2, y), text, font=f, fill=fill, **kw)


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
    """Seeded grain blended in: the texture of a designer's background (and what makes the PNG weigh 1-1.6 MB)."""
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), rnd.randbytes(w * h))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def glow(im, cx, cy, r, col, strength):
    """A soft light blob (the organisers' posters glow): a blurred disc screened onto the picture."""
    lay = Image.new("RGB", im.size, (0, 0, 0))
    ImageDraw.Draw(lay).ellipse([cx - r, cy - r, cx + r, cy + r], fill=tuple(int(c * strength) for c in col))
    small = lay.resize((max(1, im.size[0] // 8), max(1, im.size[1] // 8)), Image.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(r / 16))
    return ImageChops.screen(im, small.resize(im.size, Image.BILINEAR))


def orb(im, cx, cy, r, c_in, c_out):
    """A shaded sphere (the key visual's centre piece): concentric discs from the rim to a highlight."""
    d = ImageDraw.Draw(im)
    for k in range(60, 0, -1):
        t = k / 60
        rr = r * t
        ox, oy = -r * 0.28 * (1 - t), -r * 0.3 * (1 - t)
        col = tuple(int(c_in[i] + (c_out[i] - c_in[i]) * t) for i in range(3))
        d.ellipse([cx + ox - rr, cy + oy - rr, cx + ox + rr, cy + oy + rr], fill=col)


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
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company=None, job=None):
    """A speaker as printed: the name, the company (None where none is printed), the job title (None where none)."""
    return (name, company, job)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; None where no company is printed."""
    company, job = sp[1], sp[2]
    if company is None:
        return None
    return company if job is None else company + " " + job


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums, date):
    """Forums in printed order; each carries its date (here the edition's one day)."""
    return [{"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]} for name, _, slots in forums]


def key_visual_poster(programme, key_visual, background, grain_seed, noise):
    """A poster whose TOP THIRD is the key visual: lay the programme out once to learn its height,
    make the key visual half as tall (so it is a third of the whole), then paint both for real."""
    strip = Image.new("RGB", (W, 8))
    rest = programme(ImageDraw.Draw(strip), 0)
    kvh = rest // 2
    im = background(W, kvh + rest, kvh)
    im = grain(im, grain_seed, noise)
    d = ImageDraw.Draw(im)
    key_visual(im, d, kvh)
    assert programme(d, kvh) == kvh + rest
    return im, kvh


def cup(d, x, y, fill, k=1.0):
    """A small coffee cup drawn in lines (the fonts have no cup glyph); k scales it."""
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=max(2, round(3 * k)))
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=max(2, round(3 * k)))
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def bowl(d, x, y, fill, k=1.0):
    """A rice bowl with chopsticks, for lunch."""
    d.chord([x, y + 4 * k, x + 32 * k, y + 34 * k], 0, 180, fill=fill)
    d.line([(x + 8 * k, y + 16 * k), (x + 30 * k, y)], fill=fill, width=2)
    d.line([(x + 14 * k, y + 16 * k), (x + 34 * k, y + 2 * k)], fill=fill, width=2)


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


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


# The sponsors' logos as a designer sets them: word marks in the brands' colours and faces, no pictures.
# Each mark is a list of lines (text, size, colour, bold).
MARKS = {
    "华为": [("HUAWEI", 30, (207, 10, 44), True)],
    "阿里云": [("(-) 阿里云", 28, (255, 106, 0), True)],
    "英特尔": [("intel", 36, (0, 113, 197), True)],
    "字节跳动": [("ByteDance", 27, (51, 94, 204), True), ("字节跳动", 15, (51, 94, 204), False)],
    "腾讯云": [("腾讯云", 30, (0, 82, 217), True)],
    "vivo": [("vivo", 36, (65, 95, 255), True)],
    "OPPO": [("OPPO", 32, (0, 150, 80), True)],
    "蚂蚁集团": [("蚂蚁集团", 25, (22, 119, 255), True), ("ANT GROUP", 13, (22, 119, 255), True)],
    "openEuler": [("openEuler", 28, (0, 47, 167), True)],
    "龙蜥社区": [("OpenAnolis", 24, (40, 40, 48), True), ("龙蜥社区", 14, (40, 40, 48), False)],
    "龙芯中科": [("龙芯中科", 26, (200, 20, 30), True), ("LOONGSON", 13, (200, 20, 30), True)],
    "荣耀": [("HONOR", 30, (20, 20, 24), True)],
    "Arm": [("arm", 38, (0, 145, 189), True)],
    "统信软件": [("统信软件", 26, (0, 96, 196), True), ("UnionTech", 13, (0, 96, 196), True)],
    "OpenCloudOS": [("OpenCloudOS", 23, (0, 110, 220), True)],
    "Red Hat": [("Red Hat", 28, (238, 0, 0), True)],
    "中兴通讯": [("ZTE中兴", 28, (0, 90, 170), True)],
    "快手": [("快手", 30, (255, 80, 0), True)],
    "美团": [("美团", 30, (230, 170, 0), True)],
    "CSDN": [("CSDN", 30, (200, 30, 30), True)],
    "麒麟软件": [("麒麟软件", 26, (190, 20, 40), True), ("KylinSoft", 13, (190, 20, 40), True)],
}


def wordmark(d, x, y, w, h, key, box=WHITE, radius=8, outline=None, ink=None):
    """One sponsor's word mark centred in a box (ink overrides the brand colour on a dark strip)."""
    if box is not None or outline is not None:
        d.rounded_rectangle([x, y, x + w, y + h], radius=radius, fill=box, outline=outline, width=2)
    lines = MARKS[key]
    total = sum(sz * 1.25 for _, sz, _, _ in lines)
    yy = y + (h - total) / 2 - 2
    for text, sz, col, bold in lines:
        ctext(d, x + w / 2, yy, text, font(sz, bold), ink or col)
        yy += sz * 1.25


def mark_grid(d, x0, x1, y, keys, per_row, bh, gap, **kw):
    """Word marks in rows of per_row boxes; returns the y under the grid."""
    bw = (x1 - x0 - (per_row - 1) * gap) / per_row
    for i, key in enumerate(keys):
        wordmark(d, x0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + gap), bw, bh, key, **kw)
    rows = (len(keys) + per_row - 1) // per_row
    return y + rows * bh + (rows - 1) * gap


# ===========================================================================
# 1. CLK 2261 (第256届), 北京, Saturday 2261-10-26: the organisers' royal blue.
#    Key visual: logo lines, the host school, '第256届中国' over 'Linux内核开发者
#    大会' in 92 px, an orb in rings with 'CLK' / '2261', a white date pill, the
#    address, and '赞助单位' over ten word marks in white boxes.  Programme: '▶▶
#    主论坛' or a slanted box '01'..'03' and the name, '主持人：name' at the right
#    over the unit; rows: the range LEFT of the title (a dot on a line between),
#    the cyan title, and the speaker by NAME ALONE (two joined by '、').  Breaks
#    are bands across the page.  'IO 与 ebpf 分论坛' numbers its six talks '01'-'06'
#    in outlined squares beside their ranges; its 茶歇 band has no number.
DATE_A = "2261-10-26"
FORUMS_A = [
    ("主论坛", ("高志远", "北京邮电大学 计算机学院 教授"), [
        T("09:00", "09:10", "开幕致辞", [S("刘建国")], "高志远"),
        T("09:10", "09:55", "openEuler 内核十年：从服务器到边缘的统一基线", [S("王立军")], "高志远"),
        T("09:55", "10:40", "面向千核服务器的内核可扩展性：锁、RCU 与内存分配", [S("张宏")], "高志远"),
        B("10:40", "11:00", "茶歇"),
        T("11:00", "11:45", "Rust for Linux 进入驱动子系统的工程实践", [S("李婷"), S("陈昊")], "高志远"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("孙卫东", "北京邮电大学 副教授"), [
        T("13:30", "14:10", "sched_ext 在大模型推理集群中的调度策略", [S("吴磊")], "孙卫东"),
        T("14:10", "14:50", "ARM64 大小核平台上的 EAS 能效调度调优", [S("周晓明")], "孙卫东"),
    ]),
    ("内存管理与异构计算分论坛", ("马俊", "中国科学院计算技术研究所 研究员"), [
        T("13:30", "14:10", "CXL 内存池化：热插拔、NUMA 节点与内存分层", [S("郑丽")], "马俊"),
        T("14:10", "14:50", "GPU 显存与系统内存的统一管理：HMM 与 SVM 实践", [S("黄凯"), S("许文静")], "马俊"),
    ]),
    ("IO 与 ebpf 分论坛", ("钟伟", "字节跳动 技术专家"), [
        T("13:30", "14:00", "io_uring 在数据库存储引擎中的落地", [S("罗成")], "钟伟", num="01"),
        T("14:00", "14:30", "NVMe 多队列与中断亲和性的调优经验", [S("唐敏")], "钟伟", num="02"),
        T("14:30", "15:00", "用 eBPF 观测块层延迟：从 biolatency 到自定义 tracepoint", [S("何俊")], "钟伟",
          num="03"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "BPF token：非特权容器中加载 BPF 程序的权限模型", [S("蔡宁")], "钟伟", num="04"),
        T("15:45", "16:15", "XDP 与 AF_XDP 在云网关中的零拷贝转发", [S("潘晓东")], "钟伟", num="05"),
        T("16:15", "16:45", "bpftrace 与 perf 联合定位文件系统锁竞争", [S("田甜")], "钟伟", num="06"),
    ]),
]
SPONSORS_A = ["华为", "阿里云", "英特尔", "字节跳动", "腾讯云", "vivo", "OPPO", "蚂蚁集团", "openEuler", "龙蜥社区"]
CYAN_A, PALE_A, NAVY_A = (96, 226, 255), (186, 208, 255), (10, 30, 120)
BAND_A, PINK_A = (34, 78, 210), (255, 92, 170)


def orb_centre_a(kvh):
    """The orb stands in the middle of what the title block and the sponsors leave free."""
    top, bottom = round(kvh * 0.15) + 560, kvh - 60 - 2 * 84 - 18 - 90
    return W / 2 + 120, (top + bottom) / 2


def kv_a(im, d, kvh):
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, CYAN_A)
    rtext(d, X1, 46, "北京邮电大学", font(30, True), WHITE)
    rtext(d, X1, 88, "BEIJING UNIVERSITY OF POSTS AND TELECOMMUNICATIONS", font(13, True), PALE_A)
    ty = round(kvh * 0.15)
    d.text((48, ty), "第256届中国", font=font(92, True), fill=WHITE)
    d.text((48, ty + 116), "Linux内核", font=font(92, True), fill=WHITE)
    d.text((48, ty + 232), "开发者大会", font=font(92, True), fill=WHITE, stroke_width=1, stroke_fill=CYAN_A)
    cx, cy = orb_centre_a(kvh)
    ctext(d, cx, cy - 62, "CLK", font(76, True), WHITE)
    ctext(d, cx, cy + 30, "2261", font(44, True), CYAN_A)
    py = ty + 390
    pill = "2261年10月26日（周六）｜ 北京"
    d.rounded_rectangle([48, py, 48 + tw(d, pill, font(30, True)) + 56, py + 58], radius=29, fill=WHITE)
    d.text((76, py + 7), pill, font=font(30, True), fill=NAVY_A)
    d.text((48, py + 90), "地址：北京邮电大学海淀校区", font=font(28), fill=WHITE)
    d.text((48, py + 132), "　　　科学会堂 第一报告厅", font=font(28), fill=WHITE)
    gy = kvh - 60 - 2 * 84 - 18
    ctext(d, W / 2, gy - 70, "赞助单位", font(32, True), WHITE)
    d.line([(W / 2 - 220, gy - 50), (W / 2 - 90, gy - 50)], fill=CYAN_A, width=2)
    d.line([(W / 2 + 90, gy - 50), (W / 2 + 220, gy - 50)], fill=CYAN_A, width=2)
    mark_grid(d, X0, X1, gy, SPONSORS_A, 5, 84, 18)


def heading_a(d, y, k, name, host):
    X0, X1 = 48, W - 48
    if k == 0:
        for j in range(2):
            x = X0 + j * 26
            d.polygon([(x, y + 10), (x + 22, y + 30), (x, y + 50)], fill=CYAN_A)
        d.text((X0 + 64, y), name, font=font(44, True), fill=WHITE)
    else:
        x = number_box(d, X0, y + 6, "%02d" % k, CYAN_A, NAVY_A, 48) + 18
        d.text((x, y), fits(d, name, font(40, True), 560), font=font(40, True), fill=WHITE)
    lab, hn = "主持人：", host[0]
    hx = X1 - tw(d, hn, font(26, True))
    d.text((hx, y + 8), hn, font=font(26, True), fill=WHITE)
    rtext(d, hx, y + 8, lab, font(26, True), PINK_A)
    rtext(d, X1, y + 46, host[1], font(19), PALE_A)
    y += 84
    for i in range(X1 - X0):  # a bar fading to the right
        t = i / (X1 - X0)
        d.line([(X0 + i, y), (X0 + i, y + 5)], fill=tuple(int(CYAN_A[c] * (1 - t) + BAND_A[c] * t) for c in range(3)))
    return y + 40


def slot_a(d, y, s, line_x):
    X0, X1 = 48, W - 48
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 60], radius=10, fill=BAND_A)
        d.text((X0 + 24, y + 12), rng(s), font=font(26, True), fill=CYAN_A)
        (cup if s["title"] == "茶歇" else bowl)(d, line_x + 20, y + 13, WHITE)
        d.text((line_x + 70, y + 10), s["title"], font=font(28, True), fill=WHITE)
        return y + 92
    rx = X0
    if "num" in s:
        d.rectangle([X0, y + 1, X0 + 48, y + 39], outline=CYAN_A, width=2)
        ctext(d, X0 + 24, y + 3, s["num"], font(24, True), CYAN_A)
        rx = X0 + 62
    d.text((rx, y + 2), rng(s), font=font(26, True), fill=WHITE)
    d.ellipse([line_x - 7, y + 14, line_x + 7, y + 28], fill=CYAN_A)
    tx, tf = line_x + 26, font(29, True)
    top = y
    for ln in wrap_nicely(d, s["title"], tf, X1 - tx):
        d.text((tx, y), ln, font=tf, fill=CYAN_A)
        y += 43
    y += 4
    d.text((tx, y), "、".join(sp[0] for sp in s["sp"]), font=font(25), fill=WHITE)
    y += 38 + 30
    d.line([(line_x, top + 34), (line_x, y - 6)], fill=(70, 120, 230), width=2)
    return y


def prog_a(d, y):
    X0, X1 = 48, W - 48
    y += 70
    d.text((W / 2 - 250, y - 30), "AGENDA", font=font(116, True), fill=(14, 40, 150), stroke_width=2,
           stroke_fill=(80, 140, 255))
    ctext(d, W / 2, y, "大会议程", font(64, True), WHITE)
    y += 170
    for k, (name, host, slots) in enumerate(FORUMS_A):
        if k == 1:
            pill = "下午　三个分论坛同时进行"
            pw = tw(d, pill, font(30, True)) + 80
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 60], radius=30, fill=PINK_A)
            ctext(d, W / 2, y + 10, pill, font(30, True), WHITE)
            y += 110
        y = heading_a(d, y, k, name, host)
        line_x = 318 if any("num" in s for s in slots) else 262
        for s in slots:
            y = slot_a(d, y, s, line_x)
        y += 40
    y += 30
    qrcode(d, W / 2 - 110, y, 220, 5611)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：北京邮电大学计算机学院", font(21), PALE_A)
    return y + 370


def bg_a(w, h, kvh):
    im = vgrad(w, h, (10, 34, 150), (8, 22, 100))
    im.paste(vgrad(w, kvh, (26, 92, 246), (14, 50, 190)), (0, 0))
    im = glow(im, round(orb_centre_a(kvh)[0]), round(orb_centre_a(kvh)[1]), 420, (80, 200, 255), 0.55)
    im = glow(im, 120, round(kvh * 0.25), 300, (130, 90, 255), 0.3)
    for k, yy in enumerate(range(kvh + 900, h - 400, 1500)):
        im = glow(im, 980 if k % 2 else 100, yy, 380, (60, 150, 255), 0.25)
    cx, cy = orb_centre_a(kvh)
    for i in range(7):  # rings round the orb
        r = 190 + i * 40
        ImageDraw.Draw(im).ellipse([cx - r, cy - r * 0.4, cx + r, cy + r * 0.4], outline=(90, 170, 255), width=2)
    orb(im, cx, cy, 165, (150, 230, 255), (30, 70, 210))
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks
        d.line([(0, kvh - 380 + i * 40), (W, kvh - 620 + i * 40)], fill=(40, 110, 245), width=2)
    d.rectangle([0, kvh - 6, w, kvh], fill=CYAN_A)
    return im


def poster_a():
    im, kvh = key_visual_poster(prog_a, kv_a, bg_a, 5611, 0.004)
    return im, kvh, forums_truth(FORUMS_A, DATE_A)


# ===========================================================================
# 2. CLK 2262 (第257届), 成都, Saturday 2262-10-25: the organisers' near black
#    (after their 2023 image: violet and teal glows, neon streaks).  Key visual:
#    logo lines, an outlined 'CLK' with '2262' raised beside it, '第257届中国' over
#    'Linux内核开发者大会', an outlined date box, the address, a neon sphere, and
#    '支持单位 · SUPPORTERS' over twelve word marks on dark outlined boxes.
#    Programme: a big teal numeral '01'..'03' (none for 主论坛), the name, a rule,
#    '主持人：name　unit' under it.  Each talk: the range on a line of its OWN,
#    OVER the title, then the name (bold) and 'company job' on the next line.
#    Breaks are dim ROWS inside each forum, each forum at its own time.
DATE_B = "2262-10-25"
FORUMS_B = [
    ("主论坛", ("袁志刚", "西南交通大学 计算机与人工智能学院 教授"), [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:55", "内核社区的 AI 辅助补丁审查：机遇与风险", [S("陈志强", "华为", "首席架构师")], "袁志刚"),
        T("09:55", "10:40", "Arm CCA in Mainline: Realms, KVM and Confidential VMs",
          [S("Pablo Ruiz", "Arm", "Staff Software Engineer")], "袁志刚"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:40", "龙蜥内核在 AI 训练集群中的稳定性保障",
          [S("杨静", "阿里云", "龙蜥社区内核 SIG 负责人")], "袁志刚"),
        T("11:40", "12:20", "面向国产 CPU 的 Linux 内核性能基准体系",
          [S("阮志成", "中国科学院软件研究所", "副研究员")], "袁志刚"),
        B("12:20", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("韩涛", "腾讯 TencentOS 内核专家"), [
        T("13:30", "14:15", "RISC-V 向量扩展在内核中的上下文切换开销", [S("谢宇", "平头哥半导体", "内核工程师")], "韩涛"),
        B("14:15", "14:30", "茶歇"),
        T("14:30", "15:15", "core scheduling 与超线程隔离在多租户云中的代价", [S("邓磊", "腾讯云", "高级工程师")],
          "韩涛"),
    ]),
    ("内存管理与异构计算分论坛", ("江红", "电子科技大学 副教授"), [
        T("13:30", "14:10", "mTHP 匿名页与 swap 的碎片治理", [S("曾敏", "OPPO", "内核工程师")], "江红"),
        B("14:10", "14:25", "茶歇"),
        T("14:25", "15:05", "异构内存下的 DAMON 主动回收实践", [S("冯雪", "字节跳动")], "江红"),
    ]),
    ("IO 与 ebpf 分论坛", ("廖军", "vivo 内核专家"), [
        T("13:30", "14:20", "blk-mq 的 I/O 优先级与 cgroup v2 io.cost 控制", [S("段飞", "美团", "存储内核负责人")], "廖军"),
        B("14:20", "14:40", "茶歇"),
        T("14:40", "15:30", "eBPF 程序的可观测性开销：kprobe、fentry 与 uprobe 对比",
          [S("孟琳", "蚂蚁集团", "技术专家")], "廖军"),
    ]),
]
SPONSORS_B = ["华为", "阿里云", "腾讯云", "字节跳动", "英特尔", "Arm", "OPPO", "vivo", "蚂蚁集团", "美团",
              "openEuler", "龙蜥社区"]
TEAL_B, VIO_B, INK_B, GREY_B = (0, 228, 200), (150, 110, 255), (236, 240, 248), (150, 158, 178)
COMP_B, ROW_B = (110, 160, 235), (24, 30, 58)


def kv_b(im, d, kvh):
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, TEAL_B)
    fx = X1 - tw(d, "CLK", font(64, True)) - tw(d, "2262", font(30, True)) - 12
    d.text((fx, 30), "CLK", font=font(64, True), fill=(10, 12, 30), stroke_width=2, stroke_fill=WHITE)
    rtext(d, X1, 34, "2262", font(30, True), TEAL_B)
    ty = round(kvh * 0.13)
    d.text((48, ty), "第257届中国", font=font(90, True), fill=WHITE)
    d.text((48, ty + 112), "Linux内核开发者大会", font=font(90, True), fill=WHITE, stroke_width=1, stroke_fill=VIO_B)
    box = "2262年10月25日 ｜ 成都"
    by = ty + 262
    d.rectangle([48, by, 48 + tw(d, box, font(32, True)) + 52, by + 58], outline=WHITE, width=3)
    d.text((74, by + 7), box, font=font(32, True), fill=WHITE)
    d.text((48, by + 92), "地址：西南交通大学犀浦校区 图书馆报告厅", font=font(28), fill=WHITE)
    gy = kvh - 70 - 3 * 78 - 2 * 16
    ctext(d, W / 2, gy - 78, "支持单位 · SUPPORTERS", font(30, True), TEAL_B)
    mark_grid(d, X0, X1, gy, SPONSORS_B, 4, 78, 16, box=(18, 22, 48), outline=(70, 90, 150), radius=4, ink=INK_B)


def slot_b(d, y, s):
    X0, X1 = 48, W - 48
    LX, TX = X0 + 14, X0 + 48
    if s["kind"] == "break":
        d.rectangle([TX - 10, y, X1, y + 54], fill=ROW_B)
        d.ellipse([LX - 8, y + 19, LX + 8, y + 35], outline=GREY_B, width=2)
        d.text((TX + 10, y + 10), rng(s), font=font(24, True), fill=GREY_B)
        if s["title"] in ("茶歇", "午餐"):
            (cup if s["title"] == "茶歇" else bowl)(d, TX + 196, y + 11, GREY_B, 0.9)
        d.text((TX + 244, y + 9), s["title"], font=font(26, True), fill=GREY_B)
        return y + 86
    d.ellipse([LX - 8, y + 10, LX + 8, y + 26], fill=TEAL_B)
    d.text((TX, y), rng(s), font=font(25, True), fill=TEAL_B)
    y += 42
    tf = font(30, True)
    for ln in wrap_nicely(d, s["title"], tf, X1 - TX):
        d.text((TX, y), ln, font=tf, fill=WHITE)
        y += 45
    y += 8
    for sp in s["sp"]:
        d.text((TX, y), sp[0], font=font(25, True), fill=INK_B)
        y += 38
        d.text((TX, y), fits(d, aff(sp), font(20), X1 - TX), font=font(20), fill=COMP_B)
        y += 34
    return y + 34


def prog_b(d, y):
    X0, X1 = 48, W - 48
    y += 80
    d.text((W / 2 - 262, y - 36), "AGENDA", font=font(124, True), fill=(10, 14, 34), stroke_width=2,
           stroke_fill=(60, 90, 150))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 180
    for k, (name, host, slots) in enumerate(FORUMS_B):
        if k == 1:
            d.rectangle([X0, y, X1, y + 3], fill=VIO_B)
            ctext(d, W / 2, y + 22, "下午　三个分论坛同时进行", font(30, True), VIO_B)
            y += 100
        x = X0
        if k:
            d.text((X0, y - 22), "%02d" % k, font=font(88, True), fill=(6, 8, 24), stroke_width=2, stroke_fill=TEAL_B)
            x = X0 + 128
        d.text((x, y), name, font=font(44, True), fill=WHITE)
        y += 76
        d.rectangle([X0, y, X0 + 120, y + 6], fill=TEAL_B)
        d.rectangle([X0 + 120, y + 2, X1, y + 4], fill=(50, 70, 120))
        y += 24
        d.text((X0, y), "主持人：" + host[0], font=font(25, True), fill=WHITE)
        d.text((X0 + tw(d, "主持人：" + host[0], font(25, True)) + 20, y + 4), host[1], font=font(21), fill=GREY_B)
        y += 70
        top = y
        for s in slots:
            y = slot_b(d, y, s)
        d.line([(X0 + 14, top + 26), (X0 + 14, y - 60)], fill=(50, 70, 120), width=2)
        y += 40
    y += 30
    qrcode(d, W / 2 - 110, y, 220, 5621)
    ctext(d, W / 2, y + 244, "扫码报名 · 观看直播", font(34, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：西南交通大学计算机与人工智能学院", font(20),
          GREY_B)
    return y + 370


def bg_b(w, h, kvh):
    im = vgrad(w, h, (10, 14, 36), (6, 8, 24))
    im = glow(im, 960, 160, 340, (150, 80, 255), 0.5)
    im = glow(im, 820, round(kvh * 0.62), 360, (0, 200, 190), 0.45)
    for k, yy in enumerate(range(kvh + 800, h - 400, 1400)):
        im = glow(im, 1000 if k % 2 else 80, yy, 360, (120, 80, 255) if k % 2 else (0, 180, 170), 0.28)
    d = ImageDraw.Draw(im)
    cy = round(kvh * 0.62)
    for i in range(10):  # neon streaks sweeping round the sphere
        d.arc([420 - i * 30, cy - 240 + i * 6, 1240 + i * 30, cy + 180 - i * 6], 180, 330,
              fill=(60 + i * 12, 60, 200 - i * 8), width=2)
    orb(im, 860, cy, 150, (200, 150, 255), (30, 20, 90))
    return im


def poster_b():
    im, kvh = key_visual_poster(prog_b, kv_b, bg_b, 5621, 0.005)
    return im, kvh, forums_truth(FORUMS_B, DATE_B)


# ===========================================================================
# 3. CLK 2263 (第258届), 杭州, Saturday 2263-10-24: violet with pink and gold.
#    Key visual, centred: logo lines, the host school, a huge outlined 'CLK' over
#    '2263', '第258届中国Linux内核开发者大会', a date line, the address, waves, and a
#    WHITE STRIP of twelve word marks parted by hairlines.  Programme: each
#    forum's name centred between two rules with '主持人：name（unit）' under it.
#    Each talk: the bold title first, then per speaker 'name | company', and the
#    range at the RIGHT END of the FIRST speaker line.  No break, no lunch and no
#    opening band is printed: the times simply leave gaps.
DATE_C = "2263-10-24"
FORUMS_C = [
    ("主论坛", ("郁文杰", "浙江工业大学 计算机科学与技术学院 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("沈建华", "浙江工业大学")], "郁文杰"),
        T("09:15", "10:00", "内核内存安全的下一步：从 KASAN 到 Rust 抽象", [S("林涛", "华为")], "郁文杰"),
        T("10:00", "10:45", "Stable Kernels and CVEs: Life after the Kernel Became a CNA",
          [S("Julien Moreau", "Red Hat")], "郁文杰"),
        T("11:00", "11:45", "大规模集群中的内核热补丁与灰度回滚", [S("程浩", "字节跳动"), S("王芳", "浙江大学")], "郁文杰"),
    ]),
    ("处理器架构与调度分论坛", ("姚斌", "阿里云 技术专家"), [
        T("13:30", "14:15", "LoongArch 上的 KVM 嵌套虚拟化", [S("胡斌", "龙芯中科")], "姚斌"),
        T("14:30", "15:15", "实时 Linux 的中断线程化与延迟测量", [S("钱立", "中兴通讯")], "姚斌"),
    ]),
    ("内存管理与异构计算分论坛", ("方晓", "浙江大学 副教授"), [
        T("13:30", "14:15", "folio 化改造之后的 page cache 回写路径", [S("朱明", "网易")], "方晓"),
        T("14:30", "15:15", "异构计算下的 dma-buf 共享与内存计费", [S("邹佳", "小米"), S("孙浩", "华为")], "方晓"),
    ]),
    ("IO 与 ebpf 分论坛", ("贺伟", "蚂蚁集团 技术专家"), [
        T("13:30", "14:15", "Btrfs 与 XFS 在 NVMe ZNS 上的写放大对比", [S("戴宁", "浪潮信息")], "贺伟"),
        T("14:15", "15:00", "netkit 与 tcx：容器网络的 BPF 数据面", [S("万强", "快手")], "贺伟"),
    ]),
]
SPONSORS_C = ["华为", "阿里云", "字节跳动", "英特尔", "Red Hat", "快手", "vivo", "中兴通讯", "龙芯中科",
              "统信软件", "openEuler", "龙蜥社区"]
GOLD_C, PINK_C, LAV_C, INK_C = (255, 204, 102), (255, 120, 190), (196, 184, 255), (240, 236, 255)
RULE_C = (110, 80, 200)


def kv_c(im, d, kvh):
    logo_lines(d, W / 2 - 170, 44, WHITE, PINK_C)
    ctext(d, W / 2, 128, "浙江工业大学 · ZHEJIANG UNIVERSITY OF TECHNOLOGY", font(20, True), LAV_C)
    ty = round(kvh * 0.16)
    ctext(d, W / 2, ty, "CLK", font(200, True), (40, 16, 96), stroke_width=3, stroke_fill=(200, 170, 255))
    ctext(d, W / 2, ty + 250, "2263", font(60, True), GOLD_C)
    ctext(d, W / 2, ty + 360, "第258届中国Linux内核开发者大会", font(62, True), WHITE)
    ctext(d, W / 2, ty + 456, "2263.10.24　周六　·　杭州", font(38, True), GOLD_C)
    ctext(d, W / 2, ty + 520, "浙江工业大学屏峰校区 学术交流中心报告厅", font(27), INK_C)
    sy = kvh - 80 - 2 * 74
    ctext(d, W / 2, sy - 60, "— 感谢以下单位的支持 —", font(26, True), INK_C)
    d.rectangle([0, sy - 14, W, sy + 2 * 74 + 14], fill=WHITE)
    bw = (W - 40) / 6
    for i, key in enumerate(SPONSORS_C):
        x, yy = 20 + (i % 6) * bw, sy + (i // 6) * 74
        wordmark(d, x, yy, bw, 74, key, box=None)
        if i % 6:
            d.line([(x, yy + 16), (x, yy + 58)], fill=(210, 204, 226), width=1)


def slot_c(d, y, s):
    X0, X1 = 60, W - 60
    assert s["kind"] == "talk", "this edition prints no breaks"
    tf = font(29, True)
    for ln in wrap_nicely(d, s["title"], tf, X1 - X0):
        d.text((X0, y), ln, font=tf, fill=WHITE)
        y += 44
    y += 8
    rf = font(25, True)
    for i, sp in enumerate(s["sp"]):
        nf, cf = font(25, True), font(21)
        x = X0
        d.text((x, y), sp[0], font=nf, fill=GOLD_C)
        x += tw(d, sp[0], nf) + 12
        d.text((x, y + 2), "|", font=font(22), fill=(150, 130, 200))
        x += 22
        d.text((x, y + 4), sp[1], font=cf, fill=LAV_C)
        x += tw(d, sp[1], cf)
        if i == 0:
            rw = tw(d, rng(s), rf)
            assert x + 40 < X1 - rw - 34, s["title"]
            ck = X1 - rw - 34  # a small clock before the range
            d.ellipse([ck, y + 7, ck + 22, y + 29], outline=PINK_C, width=2)
            d.line([(ck + 11, y + 11), (ck + 11, y + 18), (ck + 16, y + 18)], fill=PINK_C, width=2)
            rtext(d, X1, y, rng(s), rf, PINK_C)
        y += 40
    y += 22
    d.line([(X0, y), (X1, y)], fill=RULE_C, width=1)
    return y + 28


def prog_c(d, y):
    X0, X1 = 60, W - 60
    y += 90
    ctext(d, W / 2, y, "大会议程", font(62, True), WHITE)
    ctext(d, W / 2, y + 84, "P R O G R A M M E", font(22, True), PINK_C)
    y += 170
    for k, (name, host, slots) in enumerate(FORUMS_C):
        if k == 1:
            pill = "下午　三个分论坛同时进行"
            pw = tw(d, pill, font(28, True)) + 80
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 56], radius=28, outline=PINK_C, width=3)
            ctext(d, W / 2, y + 9, pill, font(28, True), PINK_C)
            y += 100
        nw = tw(d, name, font(42, True))
        d.line([(X0, y + 30), (W / 2 - nw / 2 - 30, y + 30)], fill=GOLD_C, width=2)
        d.line([(W / 2 + nw / 2 + 30, y + 30), (X1, y + 30)], fill=GOLD_C, width=2)
        ctext(d, W / 2, y, name, font(42, True), WHITE)
        y += 70
        ctext(d, W / 2, y, fits(d, "主持人：%s（%s）" % host, font(23), X1 - X0), font(23), LAV_C)
        y += 66
        for s in slots:
            y = slot_c(d, y, s)
        y += 50
    y += 20
    qrcode(d, W / 2 - 100, y, 200, 5631)
    ctext(d, W / 2, y + 222, "扫码报名", font(34, True), WHITE)
    ctext(d, W / 2, y + 276, "主办：中国Linux内核开发者大会组委会　承办：浙江工业大学计算机科学与技术学院", font(20),
          LAV_C)
    return y + 340


def bg_c(w, h, kvh):
    im = vgrad(w, h, (40, 20, 110), (18, 12, 60))
    im.paste(vgrad(w, kvh, (70, 30, 170), (40, 20, 112)), (0, 0))
    im = glow(im, 540, round(kvh * 0.4), 420, (255, 100, 200), 0.35)
    im = glow(im, 100, 200, 300, (90, 120, 255), 0.35)
    for k, yy in enumerate(range(kvh + 700, h - 300, 1300)):
        im = glow(im, 1000 if k % 2 else 80, yy, 340, (200, 90, 255) if k % 2 else (90, 110, 255), 0.25)
    d = ImageDraw.Draw(im)
    base = round(kvh * 0.16) + 600
    for i in range(9):  # waves under the title
        pts = [(x, base + i * 14 + 26 * math.sin(x / 130 + i * 0.5)) for x in range(0, w + 10, 10)]
        d.line(pts, fill=(130 + i * 10, 80, 220), width=2)
    return im


def poster_c():
    im, kvh = key_visual_poster(prog_c, kv_c, bg_c, 5631, 0.004)
    return im, kvh, forums_truth(FORUMS_C, DATE_C)


# ===========================================================================
# 4. CLK 2264 (第259届), 深圳, Saturday 2264-10-22: deep teal and gold.  Key
#    visual: logo lines, the host school, '第259届中国' in gold over 'Linux内核开发
#    者大会', a gold ring 'CLK' / '2264', a gold pill with the date and place, the
#    address, a drawn skyline, and the sponsors in three tiers ('钻石赞助',
#    '金牌赞助', '支持社区') as word marks in white boxes.  Programme: a gold-edged
#    band per forum (a gold '01'..'03' before the afternoon forums' names),
#    '主持人：name　unit' under the band.  Each talk a card: the bold title, per
#    speaker 'name  company job' (most talks by TWO speakers of TWO companies),
#    and UNDER the speakers the range in an outlined gold PILL.  Breaks are bands
#    across the page.
DATE_D = "2264-10-22"
FORUMS_D = [
    ("主论坛", ("杜海峰", "南方科技大学 计算机科学与工程系 教授"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "10:00", "Linux 内核的供应链安全：补丁来源与可复现构建",
          [S("黄志明", "华为", "首席安全架构师"), S("张静", "中国信息通信研究院", "高级工程师")], "杜海峰"),
        T("10:00", "10:45", "面向 AI 推理的内核网络栈优化",
          [S("许晨", "腾讯", "内核专家"), S("李阳", "深圳大学", "副教授")], "杜海峰"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "CXL 3.0 共享内存与多主机一致性", [S("白杨", "英特尔", "首席工程师")], "杜海峰"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("梁辉", "荣耀 内核技术专家"), [
        T("13:30", "14:15", "手机大小核上的 uclamp 与任务放置",
          [S("莫凡", "荣耀", "内核工程师"), S("陈璐", "南方科技大学", "博士研究生")], "梁辉"),
        T("14:15", "15:00", "RISC-V 服务器平台的 ACPI 与 NUMA 启动支持", [S("雷鸣", "统信软件", "系统软件专家")], "梁辉"),
    ]),
    ("内存管理与异构计算分论坛", ("罗丹", "华为 内核专家"), [
        T("13:30", "14:15", "大页内存的在线迁移与内存离线",
          [S("郭鹏", "华为", "内核工程师"), S("宋佳", "中山大学", "博士研究生")], "罗丹"),
        T("14:15", "15:00", "异构 SoC 上的 IOMMU 与 DMA 映射开销", [S("邵阳", "OPPO", "系统工程师")], "罗丹"),
    ]),
    ("IO 与 ebpf 分论坛", ("金涛", "中兴通讯 存储专家"), [
        T("13:30", "14:15", "io_uring 网络零拷贝发送的性能边界",
          [S("孙磊", "字节跳动", "高级工程师"), S("袁婷", "清华大学", "博士研究生")], "金涛"),
        T("14:15", "15:00", "eBPF 驱动的内核热点函数在线剖析", [S("蒋伟", "大疆", "嵌入式内核工程师")], "金涛"),
    ]),
]
TIERS_D = [("钻石赞助", ["华为", "腾讯云"], 2, 92), ("金牌赞助", ["英特尔", "荣耀", "OPPO", "字节跳动"], 4, 80),
           ("支持社区", ["openEuler", "龙蜥社区", "OpenCloudOS"], 3, 72)]
GOLD_D, TEAL_D, INK_D, GREY_D = (236, 196, 110), (0, 150, 150), (236, 244, 242), (150, 186, 184)
CARD_D, BAND_D = (10, 62, 72), (14, 80, 88)


def skyline_d(kvh):
    """The skyline's base line: a little above the sponsors' tiers, in what the title block leaves free."""
    return kvh - 60 - sum(bh + 64 for _, _, _, bh in TIERS_D) - 110


def kv_d(im, d, kvh):
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, GOLD_D)
    rtext(d, X1, 46, "南方科技大学", font(30, True), WHITE)
    rtext(d, X1, 88, "SOUTHERN UNIVERSITY OF SCIENCE AND TECHNOLOGY", font(13, True), GOLD_D)
    ty = round(kvh * 0.12)
    d.text((48, ty), "第259届中国", font=font(90, True), fill=GOLD_D)
    d.text((48, ty + 112), "Linux内核开发者大会", font=font(90, True), fill=WHITE)
    pill = "2264年10月22日（周六）｜ 深圳"
    py = ty + 262
    d.rounded_rectangle([48, py, 48 + tw(d, pill, font(30, True)) + 56, py + 58], radius=29, fill=GOLD_D)
    d.text((76, py + 7), pill, font=font(30, True), fill=(10, 50, 56))
    d.text((48, py + 90), "地址：南方科技大学 琳恩图书馆一楼报告厅", font=font(28), fill=WHITE)
    sky = skyline_d(kvh)
    cx, cy = 880, (py + 130 + sky - 240) / 2
    d.text((48, cy - 40), "共建开源内核生态", font=font(44, True), fill=GOLD_D)
    d.text((50, cy + 22), "OPEN SOURCE · COLLABORATION · INNOVATION", font=font(18, True), fill=GREY_D)
    d.ellipse([cx - 96, cy - 96, cx + 96, cy + 96], outline=GOLD_D, width=4)
    ctext(d, cx, cy - 56, "CLK", font(50, True), WHITE)
    ctext(d, cx, cy + 4, "2264", font(36, True), GOLD_D)
    y = kvh - 60 - sum(bh + 64 for _, _, _, bh in TIERS_D)
    for label, keys, per_row, bh in TIERS_D:
        ctext(d, W / 2, y, label, font(24, True), GOLD_D)
        d.line([(W / 2 - 170, y + 16), (W / 2 - 70, y + 16)], fill=GOLD_D, width=2)
        d.line([(W / 2 + 70, y + 16), (W / 2 + 170, y + 16)], fill=GOLD_D, width=2)
        pad = {2: 200, 3: 120, 4: 0}[per_row]
        y = mark_grid(d, X0 + pad, X1 - pad, y + 44, keys, per_row, bh, 18) + 20


def band_d(d, y, s):
    X0, X1 = 48, W - 48
    d.rectangle([X0, y, X1, y + 64], fill=BAND_D)
    d.rectangle([X0, y, X0 + 6, y + 64], fill=GOLD_D)
    if s["title"] == "茶歇":
        cup(d, X0 + 40, y + 16, GOLD_D)
    elif s["title"] == "午餐":
        bowl(d, X0 + 36, y + 16, GOLD_D)
    d.text((X0 + 96, y + 12), s["title"], font=font(28, True), fill=WHITE)
    rf = font(24, True)
    pw = tw(d, rng(s), rf) + 40
    d.rounded_rectangle([X1 - 24 - pw, y + 12, X1 - 24, y + 52], radius=20, outline=GOLD_D, width=2)
    d.text((X1 - 24 - pw + 20, y + 16), rng(s), font=rf, fill=GOLD_D)
    return y + 96


def slot_d(d, y, s):
    X0, X1 = 48, W - 48
    if s["kind"] == "break":
        return band_d(d, y, s)
    x, w = X0 + 34, X1 - X0 - 64

    def body(y):
        y += 26
        tf = font(29, True)
        for ln in wrap_nicely(d, s["title"], tf, w):
            d.text((x, y), ln, font=tf, fill=WHITE)
            y += 44
        y += 10
        for sp in s["sp"]:
            nf = font(25, True)
            d.text((x, y), sp[0], font=nf, fill=GOLD_D)
            d.text((x + tw(d, sp[0], nf) + 18, y + 4), fits(d, aff(sp), font(21), w - tw(d, sp[0], nf) - 18),
                   font=font(21), fill=INK_D)
            y += 40
        y += 8
        rf = font(24, True)
        pw = tw(d, rng(s), rf) + 44
        d.rounded_rectangle([x, y, x + pw, y + 42], radius=21, outline=GOLD_D, width=2)
        d.text((x + 22, y + 5), rng(s), font=rf, fill=GOLD_D)
        return y + 42 + 24

    h = body(-10000) + 10000  # measured first on a line nobody sees, then card and text
    d.rounded_rectangle([X0, y, X1, y + h], radius=10, fill=CARD_D)
    d.rectangle([X0, y + 12, X0 + 5, y + h - 12], fill=GOLD_D)
    body(y)
    return y + h + 26


def prog_d(d, y):
    X0, X1 = 48, W - 48
    y += 80
    ctext(d, W / 2, y, "大会议程 · AGENDA", font(60, True), WHITE)
    y += 130
    for k, (name, host, slots) in enumerate(FORUMS_D):
        if k == 1:
            d.line([(X0, y + 20), (W / 2 - 230, y + 20)], fill=GOLD_D, width=2)
            d.line([(W / 2 + 230, y + 20), (X1, y + 20)], fill=GOLD_D, width=2)
            ctext(d, W / 2, y, "下午　三个分论坛同时进行", font(30, True), GOLD_D)
            y += 84
        d.rectangle([X0, y, X1, y + 76], fill=(6, 40, 48), outline=GOLD_D, width=2)
        x = X0 + 28
        if k:
            d.text((x, y + 10), "%02d" % k, font=font(40, True), fill=GOLD_D)
            x += 76
        d.text((x, y + 10), name, font=font(40, True), fill=WHITE)
        y += 92
        d.text((X0, y), "主持人：%s　%s" % host, font=font(24), fill=GREY_D)
        y += 56
        for s in slots:
            y = slot_d(d, y, s)
        y += 40
    y += 20
    qrcode(d, W / 2 - 100, y, 200, 5641)
    ctext(d, W / 2, y + 222, "扫码报名", font(34, True), WHITE)
    ctext(d, W / 2, y + 276, "主办：中国Linux内核开发者大会组委会　承办：南方科技大学计算机科学与工程系", font(20),
          GREY_D)
    return y + 340


def bg_d(w, h, kvh):
    im = vgrad(w, h, (8, 52, 62), (6, 32, 40))
    im.paste(vgrad(w, kvh, (10, 78, 88), (8, 48, 58)), (0, 0))
    im = glow(im, 900, round(kvh * 0.3), 380, (236, 196, 110), 0.25)
    im = glow(im, 120, round(kvh * 0.1), 300, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(kvh + 700, h - 300, 1300)):
        im = glow(im, 1000 if k % 2 else 80, yy, 340, (0, 170, 160), 0.22)
    d = ImageDraw.Draw(im)
    rnd = random.Random(5642)
    sky = skyline_d(kvh)  # a skyline over the sponsors' tiers
    x = 0
    while x < w:
        bw, bh = rnd.randrange(40, 90), rnd.randrange(60, 230)
        d.rectangle([x, sky - bh, x + bw - 6, sky], fill=(14, 88, 98))
        x += bw
    d.polygon([(700, sky - 300), (724, sky - 330), (748, sky - 300), (748, sky), (700, sky)], fill=(16, 96, 106))
    d.rectangle([0, sky, w, sky + 3], fill=GOLD_D)
    return im


def poster_d():
    im, kvh = key_visual_poster(prog_d, kv_d, bg_d, 5641, 0.005)
    return im, kvh, forums_truth(FORUMS_D, DATE_D)


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-43 (and 4..55 before it): speakers are names as printed with spaces removed "
    "(the Latin names 'Pablo Ruiz' -> 'PabloRuiz', 'Julien Moreau' -> 'JulienMoreau'); host is the chair printed for "
    "the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; where two speakers are "
    "printed each has his own affiliation, given per speaker; affiliations keep a printed job title, joined to the "
    "company by one space ('阿里云 龙蜥社区内核 SIG 负责人', 'Arm Staff Software Engineer'); a speaker printed with "
    "no company has no affiliation (the list is shorter than the speakers, here empty); break titles are as printed; "
    "an opening speech printed with a speaker is a talk, a slot printed without a speaker ('开场', '开幕') is a "
    "break; '午餐' closes 主论坛 as its break. Every forum carries a 'date'; each edition is ONE day, so every "
    "forum's date is the poster's. Four editions, each on ONE picture only, so no talk is on two posters: CLK 2261 "
    "(第256届, 北京, 2261-10-26), CLK 2262 (第257届, 成都, 2262-10-25), CLK 2263 (第258届, 杭州, 2263-10-24), CLK 2264 "
    "(第259届, 深圳, 2264-10-22), all Saturdays. Every picture is the one agenda image of a whole edition, a 1080 px "
    "wide PNG of 1.0 to 1.6 MB, with CLK2022's four forums as its README names them: 主论坛 in the morning, then "
    "处理器架构与调度分论坛, 内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛' (spaces and a lower-case 'ebpf', as printed) "
    "in parallel in the afternoon, one under the other. The TOP THIRD of every picture is a KEY VISUAL: logo lines "
    "('CHINA LINUX KERNEL' over '中国Linux内核开发者大会'), the host school, the edition's name in 62-92 px, 'CLK' with "
    "the year, the date and the place, the address, a drawn orb, waves or skyline, and the SPONSORS' LOGOS as word "
    "marks ('HUAWEI', '(-) 阿里云', 'intel', 'ByteDance' over '字节跳动', 'OpenAnolis' over '龙蜥社区', 'arm', "
    "'ZTE中兴' …) under '赞助单位', '支持单位 · SUPPORTERS', '— 感谢以下单位的支持 —' or the tiers '钻石赞助', "
    "'金牌赞助', '支持社区'; nothing in the key visual (nor its slogan '共建开源内核生态' / 'OPEN SOURCE · "
    "COLLABORATION · INNOVATION') is a title, a name, an affiliation or a slot, and a sponsor is nobody's company. "
    "'大会议程', 'AGENDA', 'PROGRAMME', the afternoon pills and lines '下午　三个分论坛同时进行', the QR captions and "
    "the organiser lines are no part of any slot; the forum numbers ('01'..'03' in a slanted box, an outlined numeral "
    "or gold digits) are no part of a forum's name. Added or stressed here: (1) CLK 2261 (royal blue): the range LEFT "
    "of the title with a dot on a line between, the title in cyan and under it the speaker by NAME ALONE (no company, "
    "no job anywhere on this poster, so every talk's affiliations are empty); two speakers are two names joined by "
    "'、' on one line ('李婷、陈昊', '黄凯、许文静'). '开幕致辞' by 刘建国 is a talk. Breaks are bands across the page "
    "('10:40-11:00 茶歇', '11:45-13:30 午餐', '15:00-15:15 茶歇'). 'IO 与 ebpf 分论坛' NUMBERS its six talks '01'-'06' "
    "in outlined squares BESIDE their ranges ('01  13:30-14:00'): the numbers are no part of a title or a time, the "
    "forum's own number is '03' in its heading, and its 茶歇 band between '03' and '04' carries no number and is a "
    "break of that forum. '用 eBPF 观测块层延迟：' / '从 biolatency 到自定义 tracepoint' is one title, joined without "
    "a space after '：'. (2) CLK 2262 (near black): each talk prints its range on a line of its OWN OVER the title, "
    "then the name (bold) and on the NEXT line 'company job'; a range belongs to the title under it and the name and "
    "'company job' under that title to the same talk. 冯雪 prints '字节跳动' alone (no job). Each forum prints its "
    "breaks as dim ROWS among its own talks, at its own times: 主论坛 '09:00-09:10 开场', '10:40-10:55 茶歇', "
    "'12:20-13:30 午餐'; the afternoon forums one 茶歇 row each, 14:15-14:30, 14:10-14:25 and 14:20-14:40. Uncommon "
    "surname 阮 (a speaker, 阮志成). (3) CLK 2263 (violet): each talk prints its bold TITLE FIRST, then per speaker "
    "'name | company' (no job on this poster), and the range, after a drawn clock, at the RIGHT END of the FIRST "
    "speaker line: the range belongs to the title ABOVE it, never to the title that follows; on the two-speaker talks "
    "(程浩 | 字节跳动 and 王芳 | 浙江大学; 邹佳 | 小米 and 孙浩 | 华为) it stands on the first speaker's line only. NO "
    "break is printed anywhere (no 茶歇, no 午餐, no opening band): the gaps 10:45-11:00, 11:45-13:30 and "
    "14:15-14:30 are no slots, so this poster's truth holds no break at all. '开幕致辞' by 沈建华 | 浙江工业大学 is a "
    "talk. Uncommon surname 郁 (the host of 主论坛, 郁文杰). (4) CLK 2264 (teal and gold): each talk is a card: the "
    "bold title, per speaker 'name  company job', and UNDER the speakers the range in an outlined gold PILL, so a "
    "card's range comes after its speakers and right before the next card's title: it belongs to its own card. Five "
    "of the nine talks have TWO SPEAKERS OF TWO COMPANIES, one line each. Breaks are bands across the page with the "
    "label at the left and the range in a pill at the right ('09:00-09:10 开幕' without a speaker, '10:45-11:00 茶歇', "
    "'11:45-13:30 午餐'); the afternoon prints no break. Forums of two talks end with their second talk. The title "
    "'开幕致辞' on two posters (CLK 2261 and CLK 2263) is the opening of two editions (different speakers), not one "
    "talk."
)

LAYOUTS = {
    "blue-key-visual-names-alone-numbered-io.png": (
        "CLK 2261 (第256届), 北京, 2261-10-26 (PNG, 1080 x 5002): the organisers' royal blue; the top third a key "
        "visual (title, date pill, address, an orb 'CLK 2261', '赞助单位' over ten word marks); rows with the range LEFT "
        "of the title and the speaker by NAME ALONE; breaks as bands across; 'IO 与 ebpf 分论坛' numbers its six talks "
        "'01'-'06' beside their ranges. 4 + 2 + 2 + 6 talks.",
        DATE_A, poster_a),
    "nearblack-key-visual-range-over-title-forum-tea-rows.png": (
        "CLK 2262 (第257届), 成都, 2262-10-25 (PNG, 1080 x 6189): the organisers' near black; the top third a key "
        "visual (title, date box, address, a neon sphere, twelve supporters' word marks); the range on a line OVER "
        "the title, the name over 'company job'; a break ROW in each forum at its own time. Uncommon surname 阮. "
        "4 + 2 + 2 + 2 talks.",
        DATE_B, poster_b),
    "violet-key-visual-range-right-of-speaker-no-breaks.png": (
        "CLK 2263 (第258届), 杭州, 2263-10-24 (PNG, 1080 x 4446): violet; the top third a centred key visual (a huge "
        "outlined 'CLK', the edition, date and place, waves, a white strip of twelve word marks); the title first, "
        "then 'name | company' with the range at the RIGHT END of the first speaker line; NO break printed. Uncommon "
        "surname 郁. 4 + 2 + 2 + 2 talks.",
        DATE_C, poster_c),
    "teal-key-visual-pill-under-speakers-two-companies.png": (
        "CLK 2264 (第259届), 深圳, 2264-10-22 (PNG, 1080 x 5811): deep teal and gold; the top third a key visual "
        "(title, gold date pill, address, a slogan, a ring 'CLK 2264', a skyline, sponsors in three tiers); a card "
        "per talk with the range in a PILL UNDER the speakers, five talks by two speakers of two companies; breaks "
        "as bands across. 3 + 2 + 2 + 2 talks.",
        DATE_D, poster_d),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, kvh, forums = draw()
        assert "%d x %d" % im.size in layout, (fn, im.size)
        assert 0.32 <= kvh / im.size[1] <= 0.35, (fn, kvh, im.size)  # the key visual is the top third
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        assert 1.0e6 <= os.path.getsize(path) <= 1.6e6, (fn, os.path.getsize(path))
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
