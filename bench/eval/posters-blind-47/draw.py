"""Draw the forty-seventh blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set is about the
ONE agenda image of a whole edition in the organisers' own family (主论坛 in the
morning, three forums in parallel in the afternoon) as repositories hold it
after it has gone through chat apps and phones: four widths (750 to 1600 px),
PNG and JPEG, one tall phone-width image.  Four editions, no talk on two posters:
  CLK 2171 (JPEG, 750 px, a dark diagonal gradient): per speaker the name, the
    company and the job as THREE short lines under the title, two speakers as
    two such stacks SIDE BY SIDE; a talk whose speaker is '待定'; a chat-app
    watermark ('公众号 · 内核月刊') in the bottom-right corner.
  CLK 2172 (PNG, 1600 px, the organisers' royal blue): a SPEAKER COLUMN at the
    right of each row, a photo circle left of each name, 'company job' under
    it; a keynote by a foreign speaker, the English title with its Chinese
    translation under it; the QR code in the TOP-RIGHT corner of the header.
  CLK 2173 (JPEG, 1242 px, light text on a dark gradient): every forum under a
    full-width COLOURED TITLE BAR, stacked one under the other; ranges written
    without a leading zero ('9:20-10:00') and RIGHT-ALIGNED against the line.
  CLK 2174 (PNG with an alpha channel, 1080 px, the organisers' near-black):
    a duration tag ('40 分钟') under each range, five-minute gaps between
    talks, hosts printed with '教授' / '博士' after the name, a speaker
    printed 'name 等'.
"""
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
    """Wrap as a designer would: after a '：' (or ': ') when both halves fit, else into lines of even length."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2:
        return lines
    for sep in ("：", ": "):
        head, s, tail = text.partition(sep)
        if s and tw(d, head + s.strip(), f) <= maxw and len(wrap(d, tail, f, maxw)) == len(lines) - 1:
            return [head + s.strip()] + wrap(d, tail, f, maxw)
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


def dgrad(w, h, c1, c2, ax, ay, cell=8):
    """A linear gradient along the direction (ax, ay): c1 where the projection is least, c2 where it is most."""
    sw, sh = w // cell + 2, h // cell + 2
    lo = min(0, ax * w) + min(0, ay * h)
    hi = max(0, ax * w) + max(0, ay * h)
    vals = bytes(int(255 * ((ax * x * cell + ay * y * cell) - lo) / (hi - lo)) for y in range(sh) for x in range(sw))
    mask = Image.frombytes("L", (sw, sh), vals).resize((sw * cell, sh * cell), Image.BILINEAR).crop((0, 0, w, h))
    return Image.composite(Image.new("RGB", (w, h), c2), Image.new("RGB", (w, h), c1), mask)


def grain(im, seed, noise, cell=3):
    """Seeded grain blended in: the texture of a designer's paper and of a re-saved picture."""
    rnd = random.Random(seed)
    w, h = im.size[0] // cell + 1, im.size[1] // cell + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def jpeg_round_trip(im, quality, subsampling=2):
    """Save and reload as JPEG (subsampling 2 is 4:2:0, what phones and chat apps write)."""
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality, subsampling=subsampling)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


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
    """A talk; extra flags: tbd (the speaker printed as '待定'), etal ('等' after the name), zh (a translation)."""
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def pad(name):
    """Two-character names padded with a full-width space, as the organisers print them ('江　涛')."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def S(name, company, job):
    """A speaker as printed: the name, the company, the job title (None where none is printed)."""
    return (name, company, job)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    return sp[1] if sp[2] is None else sp[1] + " " + sp[2]


def truth_slot(s):
    """A slot as truth.json gives it: a '待定' speaker is no speaker, '等' no part of a name, a translation no title."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums, date):
    """Forums in printed order, each with its date (each edition is one day, so the poster's)."""
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


def number_box(d, x, y, text, fill, ink, h=48):
    """A slanted box holding a forum's number ('01'), as the organisers' headings have it."""
    f = font(round(h * 0.62), True)
    w = tw(d, text, f) + h * 0.9
    sl = h * 0.28
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], fill=fill)
    ctext(d, x + sl / 2 + w / 2, y + h * 0.12, text, f, ink)
    return x + w + sl


def photo(d, x, y, s, bg, fg, ring=None):
    """A portrait placeholder: a grey silhouette in a circle, optionally ringed; no initials."""
    if ring:
        d.ellipse([x - 4, y - 4, x + s + 4, y + s + 4], outline=ring, width=3)
    d.ellipse([x, y, x + s, y + s], fill=bg)
    d.ellipse([x + s * 0.35, y + s * 0.2, x + s * 0.65, y + s * 0.52], fill=fg)
    d.pieslice([x + s * 0.2, y + s * 0.58, x + s * 0.8, y + s * 1.18], 180, 360, fill=fg)


def para(d, x, y, text, f, fill, maxw, lh):
    """A paragraph wrapped to maxw.  Returns the y under it."""
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


def units_grid(d, X0, X1, y, units, cols, bh, f, fill, ink, gap=18):
    """Support-unit word marks in white boxes, cols to a row.  Returns the y under the grid."""
    bw = (X1 - X0 - (cols - 1) * gap) / cols
    for i, u in enumerate(units):
        bx, by = X0 + (i % cols) * (bw + gap), y + (i // cols) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=fill)
        ctext(d, bx + bw / 2, by + (bh - f.size) / 2 - f.size * 0.12, u, f, ink)
    return y + ((len(units) + cols - 1) // cols) * (bh + gap)


def hollow(d, cx, y, text, f, fill, stroke):
    """Big outlined letters behind a heading ('AGENDA'), centred on cx."""
    d.text((cx - tw(d, text, f) / 2, y), text, font=f, fill=fill, stroke_width=2, stroke_fill=stroke)


MEALS = ("茶歇", "午餐")  # the breaks that get a cup; an opening or a group photo gets none


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def nozero(s):
    """The range as the CLK 2173 poster prints it: no leading zero on the hour ('9:20-10:00')."""
    return "%s-%s" % (s["start"].lstrip("0"), s["end"].lstrip("0"))


def minutes(s):
    h1, m1 = map(int, s["start"].split(":"))
    h2, m2 = map(int, s["end"].split(":"))
    return (h2 * 60 + m2) - (h1 * 60 + m1)


def check_chain(forums):
    """Each forum's slots run forward in time, none overlapping the next."""
    for _, _, slots in forums:
        for a, b in zip(slots, slots[1:]):
            assert a["start"] < a["end"] <= b["start"] < b["end"], (a["title"], b["title"])


# ===========================================================================
# 1. CLK 2171 (第166届), 苏州, Saturday 2171-10-26: a TALL PHONE-WIDTH image,
#    750 px wide, designed at that width (titles 23 px, names 20 px, company
#    and job 16 px), on a dark diagonal gradient (deep teal to violet), as a
#    JPEG a chat app wrote (q80 after a q88 round trip, 4:2:0).  Logo lines,
#    '苏州大学' at the top right, '第166届中国' over 'Linux内核开发者大会', a
#    ring 'CLK 2171', a cyan date pill, the address, a framed introduction,
#    '大会议程' over a hollow 'AGENDA'.  Each talk: the range in a tinted chip
#    on its own line, the bold title under it, and under the title per speaker
#    THREE SHORT LINES (name, company, job) behind a thin accent bar; two
#    speakers as two stacks SIDE BY SIDE.  One talk prints '待定' where the
#    name stands, with no company and no job.  A watermark '公众号 · 内核月刊'
#    in the bottom-right corner, over the foot.
DATE_A = "2171-10-26"
FORUMS_A = [
    ("主论坛", ("朱建明", "苏州大学 计算机科学与技术学院 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("沈国华", "苏州大学", "副校长")], "朱建明"),
        T("09:15", "09:55", "龙蜥内核 6.6 LTS：版本演进与长期维护实践",
          [S("王志强", "阿里云", "龙蜥社区内核 SIG Maintainer")], "朱建明"),
        T("09:55", "10:35", "百万台服务器的内核稳定性治理：从 kdump 到在线诊断",
          [S("李娜", "字节跳动", "STE 内核工程师"), S("张浩", "字节跳动", "系统技术专家")], "朱建明"),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "Rust for Linux 在驱动开发中的落地：从 NVMe 驱动到 GPU 驱动的实践",
          [S("陈思远", "华为", "操作系统内核专家")], "朱建明"),
        T("11:30", "12:00", "面向 AI 训练集群的内核可观测性", [], "朱建明", tbd=True),
        B("12:00", "13:30", "午餐"),
    ]),
    ("调度与实时分论坛", ("周斌", "英特尔 首席工程师"), [
        T("13:30", "14:10", "EEVDF 调度器下的 latency-nice 与交互式负载",
          [S("刘洋", "腾讯", "TencentOS 内核工程师")], "周斌"),
        T("14:10", "14:50", "PREEMPT_RT 合入主线之后：工业控制场景的实测",
          [S("杨帆", "中国科学院软件研究所", "副研究员")], "周斌"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "sched_ext 在游戏服务器上的实践", [S("马骏", "网易", "系统开发工程师")], "周斌"),
    ]),
    ("内存与存储分论坛", ("徐静", "南京大学 副教授"), [
        T("13:30", "14:10", "large folio 在 ext4 与 XFS 上的性能对比", [S("何磊", "华为", "文件系统工程师")], "徐静"),
        T("14:10", "14:50", "移动端内存压缩：zram 与 zswap 的取舍",
          [S("罗敏", "vivo", "内核架构师"), S("邓超", "vivo", "内存优化专家")], "徐静"),
    ]),
    ("网络与eBPF分论坛", ("郑伟", "蚂蚁集团 技术专家"), [
        T("13:30", "14:10", "XDP 在云网关上的零拷贝转发", [S("孙涛", "京东云", "网络技术专家")], "郑伟"),
        T("14:10", "14:50", "BPF token 与非特权 eBPF 的安全边界", [S("胡静", "蚂蚁集团", "安全工程师")], "郑伟"),
    ]),
]
INTRO_A = ("中国 Linux 内核开发者大会（CLK）是国内 Linux 内核领域的年度技术盛会，由国内操作系统厂商、互联网企业、"
           "芯片厂商与高校共同发起。第166届大会在苏州大学举办，上午为主论坛，下午设调度与实时、内存与存储、网络与 "
           "eBPF 三个分论坛，邀请来自阿里云、字节跳动、华为、腾讯、英特尔、vivo、网易、京东云与蚂蚁集团的开发者"
           "分享实践经验。")
UNITS_A = ["阿里云", "华为", "字节跳动", "腾讯", "英特尔", "vivo", "蚂蚁集团", "龙蜥社区", "openEuler"]
CYAN_A, PALE_A, GOLD_A, WHITE = (110, 232, 240), (178, 206, 226), (255, 214, 120), (255, 255, 255)
CHIP_A, BAND_A, PINK_A = (18, 84, 104), (34, 62, 104), (246, 132, 220)


def head_a(d, X0, X1, y, name, host, num):
    x = X0
    if num:
        x = number_box(d, X0, y + 4, num, CYAN_A, (8, 40, 60), 40) + 14
    else:
        d.polygon([(X0, y + 10), (X0 + 18, y + 24), (X0, y + 38)], fill=CYAN_A)
        d.polygon([(X0 + 16, y + 10), (X0 + 34, y + 24), (X0 + 16, y + 38)], fill=CYAN_A)
        x = X0 + 48
    d.text((x, y), name, font=font(30, True), fill=WHITE)
    y += 58
    lab = "主持人："
    d.text((X0, y), lab, font=font(19, True), fill=PINK_A)
    d.text((X0 + tw(d, lab, font(19, True)), y), host[0], font=font(19, True), fill=WHITE)
    y += 30
    d.text((X0, y), fits(d, host[1], font(15), X1 - X0), font=font(15), fill=PALE_A)
    y += 32
    d.rectangle([X0, y, X1, y + 3], fill=(60, 170, 200))
    return y + 30


def slot_a(d, X0, X1, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 50], radius=10, fill=BAND_A)
        d.text((X0 + 18, y + 10), rng(s), font=font(19, True), fill=CYAN_A)
        if s["title"] in MEALS:
            cup(d, X0 + 206, y + 12, WHITE, 0.8)
        d.text((X0 + 244, y + 9), s["title"], font=font(20, True), fill=WHITE)
        return y + 76
    rf = font(19, True)
    d.rounded_rectangle([X0, y, X0 + tw(d, rng(s), rf) + 28, y + 34], radius=17, fill=CHIP_A, outline=CYAN_A,
                        width=2)
    d.text((X0 + 14, y + 3), rng(s), font=rf, fill=CYAN_A)
    y += 48
    for ln in wrap_nicely(d, s["title"], font(23, True), X1 - X0):
        d.text((X0, y), ln, font=font(23, True), fill=WHITE)
        y += 34
    y += 10
    if s.get("tbd"):
        d.rectangle([X0 + 2, y + 4, X0 + 5, y + 28], fill=(120, 140, 160))
        d.text((X0 + 16, y), "待定", font=font(20, True), fill=(170, 184, 200))
        y += 38
    else:
        col = (X1 - X0) // 2
        for i, sp in enumerate(s["sp"]):
            x = X0 + (i % 2) * col
            d.rectangle([x + 2, y + 4, x + 5, y + 76], fill=GOLD_A)
            d.text((x + 16, y), sp[0], font=font(20, True), fill=GOLD_A)
            d.text((x + 16, y + 30), fits(d, sp[1], font(16), col - 30), font=font(16), fill=PALE_A)
            d.text((x + 16, y + 54), fits(d, sp[2], font(16), col - 30), font=font(16), fill=PALE_A)
        y += 86
    y += 10
    for x in range(X0, X1, 10):  # dotted rule between talks
        d.ellipse([x, y, x + 3, y + 3], fill=(70, 110, 140))
    return y + 30


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 32, W - 32
    logo_lines(d, 32, 30, WHITE, CYAN_A, 0.72)
    rtext(d, X1, 30, "苏州大学", font(24, True), WHITE)
    rtext(d, X1, 64, "SOOCHOW UNIVERSITY", font(12, True), PALE_A)
    d.text((32, 128), "第166届中国", font=font(56, True), fill=WHITE)
    d.text((32, 204), "Linux内核开发者大会", font=font(56, True), fill=WHITE)
    d.ellipse([580, 110, 700, 230], outline=CYAN_A, width=4)
    ctext(d, 640, 134, "CLK", font(30, True), WHITE)
    ctext(d, 640, 176, "2171", font(22, True), CYAN_A)
    pill = "2171年10月26日（周六）｜ 苏州"
    d.rounded_rectangle([32, 300, 32 + tw(d, pill, font(22, True)) + 40, 344], radius=22, fill=CYAN_A)
    d.text((52, 305), pill, font=font(22, True), fill=(8, 40, 60))
    d.text((32, 362), "地址：苏州大学独墅湖校区 二期学术报告厅", font=font(19), fill=WHITE)
    y = 420
    top = y
    y = para(d, X0 + 22, y + 22, INTRO_A, font(16), PALE_A, X1 - X0 - 44, 28)
    d.rectangle([X0, top, X1, y + 16], outline=(90, 170, 210), width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y + 16), (X1, y + 16)):
        d.rectangle([cx - 4, cy - 4, cx + 4, cy + 4], fill=CYAN_A)
    y += 100
    hollow(d, W / 2, y - 22, "AGENDA", font(78, True), (20, 52, 84), (70, 130, 180))
    ctext(d, W / 2, y, "大会议程", font(44, True), WHITE)
    y += 120
    for k, (name, host, slots) in enumerate(FORUMS_A):
        if k == 1:
            ctext(d, W / 2, y, "— 下午　三个分论坛同时进行 —", font(22, True), CYAN_A)
            y += 64
        y = head_a(d, X0, X1, y, name, host, "%02d" % k if k else None)
        for s in slots:
            y = slot_a(d, X0, X1, y, s)
        y += 36
    ctext(d, W / 2, y, "支持单位", font(30, True), WHITE)
    y += 62
    y = units_grid(d, X0, X1, y, UNITS_A, 3, 52, font(20, True), WHITE, (20, 50, 80), 14) + 30
    qrcode(d, W / 2 - 80, y, 160, 4711)
    ctext(d, W / 2, y + 176, "扫码报名", font(24, True), WHITE)
    ctext(d, W / 2, y + 216, "主办：中国Linux内核开发者大会组委会", font(15), PALE_A)
    ctext(d, W / 2, y + 242, "承办：苏州大学计算机科学与技术学院", font(15), PALE_A)
    return y + 330


def bg_a(w, h):
    im = dgrad(w, h, (6, 52, 72), (40, 14, 74), 0.9, 0.12)
    im = glow(im, 640, 180, 260, (60, 220, 230), 0.45)
    im = glow(im, 60, 900, 240, (150, 80, 255), 0.3)
    for k, yy in enumerate(range(1800, h - 400, 1500)):
        im = glow(im, 700 if k % 2 else 40, yy, 280, (40, 170, 220) if k % 2 else (140, 70, 240), 0.25)
    return grain(im, 4711, 0.015, 2)


def watermark(im, text, size, margin):
    """A chat app's watermark: a small mark and text in translucent white in the bottom-right corner."""
    lay = Image.new("RGBA", im.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    f = font(size, True)
    x1, y1 = im.size[0] - margin, im.size[1] - margin
    x0 = x1 - tw(d, text, f)
    r = size * 0.62
    d.ellipse([x0 - 2 * r - 10, y1 - size * 1.05, x0 - 10, y1 - size * 1.05 + 2 * r], outline=(255, 255, 255, 150),
              width=3)
    d.ellipse([x0 - 1.45 * r - 10, y1 - size * 1.05 + 0.55 * r, x0 - 0.55 * r - 10, y1 - size * 1.05 + 1.45 * r],
              fill=(255, 255, 255, 150))
    d.text((x0, y1 - size * 1.25), text, font=f, fill=(255, 255, 255, 150), stroke_width=1,
           stroke_fill=(0, 0, 0, 60))
    return Image.alpha_composite(im.convert("RGBA"), lay).convert("RGB")


def poster_a():
    check_chain(FORUMS_A)
    im = two_pass(750, paint_a, bg_a)
    im = watermark(im, "公众号 · 内核月刊", 20, 18)
    return jpeg_round_trip(im, 88), forums_truth(FORUMS_A, DATE_A)


# ===========================================================================
# 2. CLK 2172 (第167届), 宁波, Saturday 2172-10-24: the organisers' ROYAL
#    BLUE long image drawn at 1600 px (titles 36 px, names 32 px, 'company
#    job' 24 px).  Logo lines at the top left, the QR code with '扫码报名' in
#    the TOP-RIGHT CORNER, '承办：宁波大学', '第167届中国' over
#    'Linux内核开发者大会', a date pill, the address, a framed introduction,
#    '大会议程' over a hollow 'AGENDA'.  Headings: '▶▶ 主论坛' or a slanted
#    number box, the name, '主持人：name' at the right over the unit.  Each
#    talk a row of three columns: the range at the left, a dot on a line, the
#    cyan title in the middle, and a SPEAKER COLUMN at the right where each
#    speaker has a PHOTO CIRCLE LEFT OF THE NAME and 'company job' under the
#    name; two speakers stack in the column.  The keynote by a foreign speaker
#    prints its English title and, under it in smaller pale type, the Chinese
#    translation.
DATE_B = "2172-10-24"
FORUMS_B = [
    ("主论坛", ("钱伟", "宁波大学 信息科学与工程学院 教授"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:50", "Memory Tiering in Mainline: What Landed and What Is Next",
          [S("Andrea Ferrari", "Red Hat", "Principal Engineer")], "钱伟", zh="主线内核中的内存分层：已合入与下一步"),
        T("09:50", "10:30", "鲲鹏与飞腾平台上的内核性能调优",
          [S("胡斌", "华为", "性能专家"), S("袁丽", "麒麟软件", "内核研发工程师")], "钱伟"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:25", "TencentOS 内核热补丁体系的设计与实践", [S("孙磊", "腾讯", "TencentOS 内核负责人")], "钱伟"),
        T("11:25", "12:05", "开源之夏：高校学生如何走进内核社区", [S("刘佳", "中国科学院软件研究所", "工程师")], "钱伟"),
        B("12:05", "13:30", "午餐"),
    ]),
    ("处理器架构与虚拟化分论坛", ("林峰", "飞腾信息 技术总监"), [
        T("13:30", "14:10", "ARM64 上 KVM 嵌套虚拟化的进展", [S("黄涛", "华为", "虚拟化技术专家")], "林峰"),
        T("14:10", "14:50", "机密虚拟机：TDX 与 CCA 的内核支持现状", [S("赵雪", "英特尔", "软件工程师")], "林峰"),
    ]),
    ("内存管理与CXL分论坛", ("高明", "阿里云 资深技术专家"), [
        T("13:30", "14:10", "CXL 内存池化在数据库场景中的实测", [S("吴昊", "阿里云", "内核开发工程师")], "高明"),
        T("14:10", "14:50", "memcg 回收的公平性问题与 MGLRU 改进",
          [S("郭婷", "字节跳动", "内核工程师"), S("宋扬", "浙江大学", "博士研究生")], "高明"),
    ]),
    ("文件系统与IO分论坛", ("方华", "浪潮信息 存储架构师"), [
        T("13:30", "14:10", "io_uring 在分布式存储中的落地", [S("彭宇", "快手", "存储工程师")], "方华"),
        T("14:10", "14:50", "F2FS 压缩文件的碎片整理优化", [S("曹敏", "OPPO", "内核工程师")], "方华"),
    ]),
]
INTRO_B = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）由国内主要操作系统厂商、互联网企业、芯片厂商与高校"
           "共同发起，每年举办一届。第167届大会由宁波大学承办，上午主论坛邀请社区与产业界的讲者分享内核的最新方向，"
           "下午处理器架构与虚拟化、内存管理与 CXL、文件系统与 IO 三个分论坛同时进行，讲者来自 Red Hat、华为、麒麟软件、"
           "腾讯、英特尔、阿里云、字节跳动、快手、OPPO 与多所高校。")
UNITS_B = ["华为", "阿里云", "腾讯", "字节跳动", "英特尔", "Red Hat", "飞腾信息", "麒麟软件", "浪潮信息", "快手",
           "OPPO", "openEuler"]
CYAN_B, PALE_B, NAVY_B, MAG_B = (96, 230, 255), (190, 212, 255), (10, 30, 120), (250, 140, 230)
LINE_B = (90, 150, 255)


def head_b(d, X0, X1, y, name, host, num):
    if num:
        x = number_box(d, X0, y + 6, num, CYAN_B, NAVY_B, 64) + 24
    else:
        for j in range(2):
            d.polygon([(X0 + j * 28, y + 14), (X0 + j * 28 + 28, y + 38), (X0 + j * 28, y + 62)], fill=CYAN_B)
        x = X0 + 84
    d.text((x, y - 2), name, font=font(58, True), fill=WHITE)
    lab, f = "主持人：", font(34, True)
    rtext(d, X1, y - 2, host[0], f, WHITE)
    rtext(d, X1 - tw(d, host[0], f), y - 2, lab, f, MAG_B)
    rtext(d, X1, y + 50, host[1], font(24), PALE_B)
    y += 104
    for i in range(6):  # a gradient rule
        d.rectangle([X0 + i * (X1 - X0) / 6, y, X0 + (i + 1) * (X1 - X0) / 6, y + 8],
                    fill=(60 + i * 6, 150 + i * 14, 255))
    return y + 50


def speakers_b(d, x, y, w, sps):
    """The speaker column: per speaker a photo circle, the name right of it and 'company job' under the name."""
    for sp in sps:
        photo(d, x, y + 4, 72, (60, 100, 210), (150, 184, 245), ring=CYAN_B)
        d.text((x + 96, y), sp[0], font=font(32, True), fill=WHITE)
        d.text((x + 96, y + 46), fits(d, aff(sp), font(24), w - 96), font=font(24), fill=PALE_B)
        y += 108
    return y - 20


def slot_b(d, X0, X1, y, s, TX, SX):
    LX = TX - 34  # the timeline
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 66], fill=(28, 70, 196))
        d.text((X0 + 20, y + 12), rng(s), font=font(34, True), fill=CYAN_B)
        if s["title"] in MEALS:
            cup(d, TX, y + 16, WHITE, 1.1)
        d.text((TX + 50, y + 10), s["title"], font=font(34, True), fill=WHITE)
        return y + 96
    d.text((X0 + 20, y), rng(s), font=font(36, True), fill=WHITE)
    d.ellipse([LX - 9, y + 16, LX + 9, y + 34], fill=CYAN_B)
    ty = y
    for ln in wrap_nicely(d, s["title"], font(36, True), SX - TX - 40):
        d.text((TX, ty), ln, font=font(36, True), fill=CYAN_B)
        ty += 54
    if s.get("zh"):
        ty += 4
        for ln in wrap(d, s["zh"], font(28), SX - TX - 40):
            d.text((TX, ty), ln, font=font(28), fill=PALE_B)
            ty += 44
    sy = speakers_b(d, SX, y - 4, X1 - SX, s["sp"])
    y = max(ty, sy) + 34
    d.line([(TX, y), (X1, y)], fill=(46, 92, 210), width=2)
    return y + 34


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 70, W - 70
    logo_lines(d, 70, 56, WHITE, CYAN_B, 1.3)
    qrcode(d, X1 - 190, 50, 190, 4721)
    ctext(d, X1 - 95, 252, "扫码报名", font(28, True), WHITE)
    ctext(d, X1 - 95, 294, "获取直播与讲稿", font(20), PALE_B)
    d.text((70, 160), "承办：宁波大学", font=font(28, True), fill=PALE_B)
    d.text((70, 240), "第167届中国", font=font(108, True), fill=WHITE)
    d.text((70, 372), "Linux内核开发者大会", font=font(108, True), fill=WHITE)
    pill = "2172年10月24日（周六）｜ 宁波"
    d.rounded_rectangle([70, 540, 70 + tw(d, pill, font(40, True)) + 70, 612], radius=36, fill=WHITE)
    d.text((105, 548), pill, font=font(40, True), fill=NAVY_B)
    d.text((70, 640), "地址：宁波大学本部 包玉刚图书馆 学术报告厅", font=font(34), fill=WHITE)
    y = 740
    top = y
    y = para(d, X0 + 46, y + 40, INTRO_B, font(30), PALE_B, X1 - X0 - 92, 52)
    d.rectangle([X0, top, X1, y + 30], outline=(120, 170, 255), width=3)
    for cx, cy in ((X0, top), (X1, top), (X0, y + 30), (X1, y + 30)):
        d.rectangle([cx - 8, cy - 8, cx + 8, cy + 8], fill=CYAN_B)
    y += 190
    hollow(d, W / 2, y - 50, "AGENDA", font(170, True), (16, 44, 150), (90, 150, 255))
    ctext(d, W / 2, y, "大会议程", font(90, True), WHITE)
    y += 220
    TX, SX = 440, 1080
    for k, (name, host, slots) in enumerate(FORUMS_B):
        if k == 1:
            pill = "下午　三个分论坛同时进行"
            pw = tw(d, pill, font(40, True)) + 100
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 76], radius=38, fill=(230, 90, 200))
            ctext(d, W / 2, y + 12, pill, font(40, True), WHITE)
            y += 150
        y = head_b(d, X0, X1, y, name, host, "%02d" % k if k else None)
        top = y
        for s in slots:
            y = slot_b(d, X0, X1, y, s, TX, SX)
        d.line([(TX - 34, top), (TX - 34, y - 60)], fill=LINE_B, width=3)
        y += 90
    ctext(d, W / 2, y, "支持单位", font(60, True), WHITE)
    y += 120
    y = units_grid(d, X0, X1, y, UNITS_B, 4, 96, font(36, True), WHITE, (20, 40, 130), 28) + 50
    ctext(d, W / 2, y, "主办：中国Linux内核开发者大会组委会　承办：宁波大学信息科学与工程学院", font(28), PALE_B)
    return y + 140


def bg_b(w, h):
    im = vgrad(w, h, (16, 56, 200), (10, 34, 140))
    im = glow(im, 1350, 300, 520, (80, 200, 255), 0.45)
    im = glow(im, 140, 1500, 480, (120, 90, 255), 0.3)
    for k, yy in enumerate(range(2900, h - 600, 2300)):
        im = glow(im, 1480 if k % 2 else 120, yy, 520, (60, 150, 255), 0.25)
    return im  # clean: the organisers export this family without grain


def poster_b():
    check_chain(FORUMS_B)
    return two_pass(1600, paint_b, bg_b), forums_truth(FORUMS_B, DATE_B)


# ===========================================================================
# 3. CLK 2173 (第168届), 兰州, Saturday 2173-10-23: LIGHT TEXT ON A DARK
#    GRADIENT (navy to plum) at 1242 px, a JPEG re-saved by a chat app (q76
#    after a q90 round trip, 4:2:0).  Logo lines, '兰州大学' at the top right, a
#    big outlined 'CLK 2173', '第168届中国Linux内核开发者大会' on one line, a date
#    pill, the address, an introduction, '大会议程'.  Every forum, 主论坛 too,
#    opens with a full-width COLOURED TITLE BAR (teal, amber, rose, green) with
#    the forum's name (and '01'..'03' in a white box) in dark type, then
#    '主持人：name　unit' under the bar; the three afternoon forums are stacked
#    one under the other.  Each talk: the range RIGHT-ALIGNED against a line
#    in the forum's colour, written WITHOUT a leading zero ('9:20-10:00'), a
#    dot, the bold white title, per speaker 'name  company job' (name gold).
DATE_C = "2173-10-23"
FORUMS_C = [
    ("主论坛", ("任志刚", "兰州大学 信息科学与工程学院 院长"), [
        T("09:00", "09:20", "开幕致辞", [S("马建国", "兰州大学", "副校长")], "任志刚"),
        T("09:20", "10:00", "openEuler 在多样性算力上的内核统一基线",
          [S("陈刚", "华为", "openEuler 技术委员会委员")], "任志刚"),
        T("10:00", "10:40", "国产 CPU 平台上 Linux 主线支持的现状", [S("许明", "龙芯中科", "内核团队负责人")], "任志刚"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:35", "大模型推理服务的内核瓶颈分析",
          [S("韩冰", "百度", "系统架构师"), S("邱峰", "百度", "高级工程师")], "任志刚"),
        B("11:35", "13:30", "午餐"),
    ]),
    ("RISC-V与体系结构分论坛", ("谢军", "中国科学院计算技术研究所 研究员"), [
        T("13:30", "14:10", "RISC-V 向量扩展在内核中的上下文切换开销",
          [S("董浩", "中国科学院软件研究所", "工程师")], "谢军"),
        T("14:10", "14:50", "LoongArch 二进制翻译与内核支持", [S("梁晨", "龙芯中科", "软件工程师")], "谢军"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "RISC-V 平台的 kexec 与 kdump 支持", [S("田甜", "中兴通讯", "内核工程师")], "谢军"),
    ]),
    ("虚拟化与云原生分论坛", ("蒋涛", "腾讯云 虚拟化技术专家"), [
        T("13:30", "14:10", "轻量级虚拟机的启动加速：从 Firecracker 到 Cloud Hypervisor",
          [S("潘磊", "腾讯云", "高级工程师")], "蒋涛"),
        T("14:10", "14:50", "cgroup v2 迁移中的兼容性问题", [S("彭静", "美团", "基础架构工程师")], "蒋涛"),
    ]),
    ("安全与可观测性分论坛", ("冯丽", "中国科学院信息工程研究所 副研究员"), [
        T("13:30", "14:10", "Landlock 与 LSM 栈在终端上的落地", [S("余洋", "深信服", "安全工程师")], "冯丽"),
        T("14:10", "14:50", "perf 与 BPF 结合的 off-CPU 分析", [S("叶青", "字节跳动", "性能工程师")], "冯丽"),
    ]),
]
INTRO_C = ("第168届中国 Linux 内核开发者大会在兰州大学举行。大会上午为主论坛，下午 RISC-V 与体系结构、虚拟化与云原生、"
           "安全与可观测性三个分论坛同时进行，讲者来自华为、龙芯中科、百度、中兴通讯、腾讯云、美团、深信服、字节跳动"
           "与中国科学院的研究所。欢迎内核开发者与高校师生到场交流。")
UNITS_C = ["华为", "龙芯中科", "百度", "中兴通讯", "腾讯云", "美团", "字节跳动", "深信服", "openEuler"]
BARS_C = [(40, 196, 190), (246, 180, 60), (238, 106, 150), (100, 200, 120)]
GOLD_C, PALE_C, INK_C = (255, 206, 110), (196, 200, 230), (24, 20, 44)


def head_c(d, X0, X1, y, name, host, k):
    col = BARS_C[k]
    d.rectangle([X0, y, X1, y + 84], fill=col)
    x = X0 + 28
    if k:
        f = font(36, True)
        d.rectangle([x, y + 16, x + tw(d, "%02d" % k, f) + 28, y + 68], fill=WHITE)
        d.text((x + 14, y + 17), "%02d" % k, font=f, fill=col)
        x += tw(d, "%02d" % k, f) + 52
    d.text((x, y + 14), name, font=font(42, True), fill=INK_C)
    y += 106
    lab = "主持人："
    d.text((X0 + 28, y), lab, font=font(27, True), fill=col)
    x = X0 + 28 + tw(d, lab, font(27, True))
    d.text((x, y), host[0], font=font(27, True), fill=WHITE)
    d.text((x + tw(d, host[0], font(27, True)) + 24, y + 3), host[1], font=font(24), fill=PALE_C)
    return y + 78


def slot_c(d, X0, X1, y, s, RX, col):
    LX, TX = RX + 28, RX + 60
    if s["kind"] == "break":
        d.rectangle([LX + 20, y - 6, X1, y + 50], fill=(44, 34, 80))
        rtext(d, RX, y, nozero(s), font(28, True), (170, 170, 200))
        d.ellipse([LX - 9, y + 12, LX + 9, y + 30], fill=(30, 24, 60), outline=(170, 170, 200), width=3)
        if s["title"] in MEALS:
            cup(d, TX, y + 6, PALE_C, 0.95)
        d.text((TX + 46, y - 1), s["title"], font=font(30, True), fill=WHITE)
        return y + 92
    rtext(d, RX, y + 2, nozero(s), font(30, True), col)
    d.ellipse([LX - 9, y + 14, LX + 9, y + 32], fill=col)
    for ln in wrap_nicely(d, s["title"], font(32, True), X1 - TX):
        d.text((TX, y), ln, font=font(32, True), fill=WHITE)
        y += 48
    y += 6
    for sp in s["sp"]:
        fn = font(27, True)
        d.text((TX, y), sp[0], font=fn, fill=GOLD_C)
        d.text((TX + tw(d, sp[0], fn) + 22, y + 4), fits(d, aff(sp), font(23), X1 - TX - 200), font=font(23),
               fill=PALE_C)
        y += 42
    return y + 44


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 56, W - 56
    logo_lines(d, 56, 44, WHITE, GOLD_C, 1.1)
    rtext(d, X1, 46, "兰州大学", font(34, True), WHITE)
    rtext(d, X1, 92, "LANZHOU UNIVERSITY", font(17, True), PALE_C)
    d.text((56, 170), "CLK 2173", font=font(150, True), fill=(60, 36, 110), stroke_width=3, stroke_fill=(240, 200, 255))
    d.text((56, 390), "第168届中国Linux内核开发者大会", font=font(62, True), fill=WHITE)
    pill = "2173年10月23日（周六）｜ 兰州"
    d.rounded_rectangle([56, 500, 56 + tw(d, pill, font(34, True)) + 60, 562], radius=31, fill=GOLD_C)
    d.text((86, 507), pill, font=font(34, True), fill=INK_C)
    d.text((56, 590), "地址：兰州大学城关校区 积石堂报告厅", font=font(30), fill=WHITE)
    y = para(d, X0, 680, INTRO_C, font(26), PALE_C, X1 - X0, 46) + 90
    ctext(d, W / 2, y, "大会议程", font(72, True), WHITE)
    d.rectangle([W / 2 - 60, y + 104, W / 2 + 60, y + 110], fill=GOLD_C)
    y += 190
    RX = X0 + 250
    for k, (name, host, slots) in enumerate(FORUMS_C):
        if k == 1:
            ctext(d, W / 2, y, "下午　三个分论坛同时进行", font(36, True), GOLD_C)
            y += 100
        y = head_c(d, X0, X1, y, name, host, k)
        top = y
        for s in slots:
            y = slot_c(d, X0, X1, y, s, RX, BARS_C[k])
        d.line([(RX + 28, top + 10), (RX + 28, y - 60)], fill=BARS_C[k], width=3)
        y += 60
    ctext(d, W / 2, y, "支持单位", font(46, True), WHITE)
    y += 96
    y = units_grid(d, X0, X1, y, UNITS_C, 3, 80, font(32, True), (246, 244, 252), INK_C, 24) + 40
    qrcode(d, W / 2 - 120, y, 240, 4731)
    ctext(d, W / 2, y + 262, "扫码报名　获取直播链接", font(32, True), WHITE)
    ctext(d, W / 2, y + 320, "主办：中国Linux内核开发者大会组委会　承办：兰州大学信息科学与工程学院", font(22), PALE_C)
    return y + 400


def bg_c(w, h):
    im = dgrad(w, h, (10, 18, 60), (58, 14, 62), 1.0, 0.18)
    im = glow(im, 1000, 260, 420, (200, 90, 255), 0.4)
    im = glow(im, 80, 1200, 380, (40, 160, 220), 0.25)
    for k, yy in enumerate(range(2400, h - 500, 2000)):
        im = glow(im, 1150 if k % 2 else 80, yy, 420, (150, 70, 230) if k % 2 else (40, 140, 200), 0.22)
    return grain(im, 4731, 0.01, 3)


def poster_c():
    check_chain(FORUMS_C)
    return jpeg_round_trip(two_pass(1242, paint_c, bg_c), 90), forums_truth(FORUMS_C, DATE_C)


# ===========================================================================
# 4. CLK 2174 (第169届), 珠海, Saturday 2174-11-12: the organisers' NEAR-BLACK
#    image (violet and teal glows, neon streaks) at 1080 px, a PNG with an
#    alpha channel (all opaque), as their own 2023 image is.  Logo lines, an
#    outlined 'CLK' with '2174' raised beside it, '第169届中国' over
#    'Linux内核开发者大会', an outlined pill with the date, the address, a
#    framed introduction, '大会议程' over a hollow 'AGENDA'.  Headings: a big
#    dim teal numeral ('01'..'03', none for 主论坛) behind the name, then
#    '主持人：name 教授' (or '博士') with the unit under it, a teal bar.  Rows:
#    the range, a DURATION TAG ('40 分钟') under it, a dot on a line, the teal
#    title, 'padded name  company job'; talks five minutes apart; one speaker
#    printed '黄志强 等'.  Navy break bands.
DATE_D = "2174-11-12"
FORUMS_D = [
    ("主论坛", ("陈立", "中山大学 计算机学院", "教授"), [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:50", "从 5.10 到 6.12：安卓通用内核 GKI 的升级之路", [S("黄志强", "荣耀", "内核技术专家")], "陈立",
          etal=True),
        T("09:55", "10:35", "Scalable Swap for Multi-Terabyte Hosts", [S("Lucas Martin", "Meta", "Software Engineer")],
          "陈立"),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "内核中的 Rust 抽象层：从块设备驱动到网络驱动", [S("江涛", "华为", "内核工程师")], "陈立"),
        B("11:30", "13:30", "午餐"),
    ]),
    ("调度与性能分论坛", ("黄海峰", "华为 操作系统内核实验室", "博士"), [
        T("13:30", "14:10", "NUMA balancing 在大内存虚拟机中的性能退化", [S("林涛", "阿里云", "内核专家")], "黄海峰"),
        T("14:15", "14:55", "混合架构 CPU 上的 EAS 能效调度", [S("唐敏", "小米", "内核工程师")], "黄海峰"),
    ]),
    ("存储与IO分论坛", ("许文", "中山大学 软件工程学院", "教授"), [
        T("13:30", "14:10", "NVMe 多队列与 blk-mq 在高并发下的调优", [S("冯凯", "浪潮信息", "存储研发工程师")], "许文"),
        T("14:15", "14:55", "ZNS SSD 与 F2FS 的协同设计", [S("曾丽", "三星中国研究院", "高级工程师")], "许文"),
        B("14:55", "15:10", "茶歇"),
        T("15:10", "15:50", "Btrfs 快照在容器场景中的空间回收", [S("邱晓东", "SUSE 中国", "工程师")], "许文"),
    ]),
    ("网络与安全分论坛", ("吕刚", "暨南大学 网络空间安全学院", "教授"), [
        T("13:30", "14:10", "BBRv3 拥塞控制在跨境链路上的实测", [S("王欣", "腾讯", "网络工程师")], "吕刚"),
        T("14:15", "14:55", "eBPF LSM 在容器运行时安全中的应用", [S("瞿阳", "中兴通讯", "安全专家")], "吕刚"),
    ]),
]
INTRO_D = ("CLK（中国 Linux 内核开发者大会）自 2006 年起每年举办，由国内 Linux 内核领域的企业与高校共同发起。第169届"
           "大会由中山大学承办，上午为主论坛，下午调度与性能、存储与 IO、网络与安全三个分论坛同时进行，讲者来自荣耀、"
           "Meta、华为、阿里云、小米、浪潮信息、三星、SUSE、腾讯与中兴通讯。")
UNITS_D = ["华为", "阿里云", "腾讯", "荣耀", "小米", "中兴通讯", "浪潮信息", "SUSE", "龙蜥社区"]
TEAL_D, BLUE_D, DIM_D = (40, 230, 210), (110, 160, 255), (30, 90, 96)


def head_d(d, X0, X1, y, name, host, num):
    if num:
        d.text((X0 - 4, y - 40), num, font=font(110, True), fill=(12, 40, 50), stroke_width=3, stroke_fill=DIM_D)
        y += 30
    d.text((X0, y), name, font=font(48, True), fill=WHITE)
    y += 84
    lab, f = "主持人：", font(26, True)
    d.text((X0, y), lab, font=f, fill=(230, 110, 230))
    x = X0 + tw(d, lab, f)
    d.text((x, y), host[0] + " " + host[2], font=f, fill=WHITE)
    y += 42
    d.text((X0, y), host[1], font=font(20), fill=BLUE_D)
    y += 46
    d.rectangle([X0, y, X1, y + 10], fill=TEAL_D)
    return y + 52


def slot_d(d, X0, X1, y, s):
    LX, TX = X0 + 232, X0 + 262
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 58], fill=(26, 40, 110))
        d.text((X0 + 14, y + 11), rng(s), font=font(27, True), fill=WHITE)
        d.text((TX, y + 10), s["title"], font=font(28, True), fill=WHITE)
        return y + 92
    d.text((X0, y), rng(s), font=font(27, True), fill=WHITE)
    tag = "%d 分钟" % minutes(s)
    f = font(17)
    d.rounded_rectangle([X0, y + 46, X0 + tw(d, tag, f) + 24, y + 76], radius=15, outline=TEAL_D, width=2)
    d.text((X0 + 12, y + 49), tag, font=f, fill=TEAL_D)
    d.ellipse([LX - 7, y + 14, LX + 7, y + 28], fill=TEAL_D)
    ty = y
    for ln in wrap_nicely(d, s["title"], font(28, True), X1 - TX):
        d.text((TX, ty), ln, font=font(28, True), fill=TEAL_D)
        ty += 42
    ty += 4
    for sp in s["sp"]:
        name = pad(sp[0]) + (" 等" if s.get("etal") else "")
        fn = font(25, True)
        d.text((TX, ty), name, font=fn, fill=WHITE)
        d.text((TX + tw(d, name, fn) + 20, ty + 5), fits(d, aff(sp), font(19), X1 - TX - 180), font=font(19),
               fill=BLUE_D)
        ty += 40
    return max(ty, y + 80) + 42


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 60, W - 60
    logo_lines(d, 60, 48, WHITE, TEAL_D)
    d.text((720, 40), "CLK", font=font(96, True), fill=(10, 14, 36), stroke_width=3, stroke_fill=WHITE)
    d.text((930, 48), "2174", font=font(28, True), fill=TEAL_D)
    d.text((60, 200), "第169届中国", font=font(84, True), fill=WHITE)
    d.text((60, 306), "Linux内核开发者大会", font=font(84, True), fill=WHITE)
    pill = "2174年11月12日（周六）｜ 珠海"
    d.rounded_rectangle([60, 448, 60 + tw(d, pill, font(30, True)) + 56, 504], radius=28, outline=TEAL_D, width=3)
    d.text((88, 454), pill, font=font(30, True), fill=WHITE)
    d.text((60, 530), "地址：中山大学珠海校区 海琴楼学术报告厅", font=font(28), fill=WHITE)
    y = 620
    top = y
    y = para(d, X0 + 34, y + 30, INTRO_D, font(22), (200, 204, 226), X1 - X0 - 68, 38)
    d.rectangle([X0, top, X1, y + 22], outline=(90, 80, 180), width=2)
    y += 150
    hollow(d, W / 2, y - 34, "AGENDA", font(120, True), (10, 14, 36), (60, 70, 150))
    ctext(d, W / 2, y, "大会议程", font(64, True), WHITE)
    y += 170
    for k, (name, host, slots) in enumerate(FORUMS_D):
        if k == 1:
            d.rounded_rectangle([X0 + 180, y, X1 - 180, y + 58], radius=29, fill=(120, 60, 200))
            ctext(d, W / 2, y + 10, "下午　三个分论坛同时进行", font(28, True), WHITE)
            y += 110
        y = head_d(d, X0, X1, y, name, host, "%02d" % k if k else None)
        top = y
        for s in slots:
            y = slot_d(d, X0, X1, y, s)
        d.line([(X0 + 232, top + 20), (X0 + 232, y - 60)], fill=(60, 70, 120), width=2)
        y += 50
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y += 90
    y = units_grid(d, X0, X1, y, UNITS_D, 3, 74, font(30, True), WHITE, (20, 20, 50), 22) + 40
    qrcode(d, W / 2 - 110, y, 220, 4741)
    ctext(d, W / 2, y + 240, "扫码报名", font(34, True), WHITE)
    ctext(d, W / 2, y + 296, "主办：中国Linux内核开发者大会组委会　承办：中山大学计算机学院", font(20), (170, 176, 210))
    return y + 370


def bg_d(w, h):
    im = vgrad(w, h, (12, 14, 38), (6, 8, 24))
    im = glow(im, 960, 200, 380, (150, 80, 255), 0.55)
    im = glow(im, 100, 760, 300, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(2200, h - 600, 1900)):
        im = glow(im, 1000 if k % 2 else 80, yy, 380, (120, 80, 255) if k % 2 else (0, 180, 170), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(8):  # neon streaks of the header
        d.line([(560 + i * 64, 0), (1080, 480 - i * 52)], fill=(54, 46, 130), width=2)
    return grain(im, 4741, 0.004, 3)


def poster_d():
    check_chain(FORUMS_D)
    return two_pass(1080, paint_d, bg_d).convert("RGBA"), forums_truth(FORUMS_D, DATE_D)


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-43 (and 4..42 before it): speakers are names as printed with spaces removed "
    "(the Latin names 'Andrea Ferrari' -> 'AndreaFerrari', 'Lucas Martin' -> 'LucasMartin'; the padding of "
    "two-character names on CLK 2174 left out, '江　涛' -> '江涛'); host is the chair printed for the forum covering "
    "the slot, null for breaks; start/end always HH:MM on a 24-hour clock; where two speakers are printed each has "
    "his own affiliation, given per speaker; affiliations are 'company job', joined by one space ('阿里云 龙蜥社区内核 "
    "SIG Maintainer', 'Red Hat Principal Engineer'); break titles are as printed; an opening printed with a speaker "
    "('开幕致辞') is a talk, a slot printed without one ('开幕', '开场') is a break; '午餐' closes 主论坛 as its break; "
    "every forum carries a 'date', and each edition is ONE day (主论坛 in the morning, three forums in parallel in the "
    "afternoon), so every forum's date is the poster's, read from its date pill. Four editions, each on ONE picture "
    "only, so no talk is on two posters: CLK 2171 (第166届, 苏州, 2171-10-26), CLK 2172 (第167届, 宁波, 2172-10-24), "
    "CLK 2173 (第168届, 兰州, 2173-10-23), CLK 2174 (第169届, 珠海, 2174-11-12), all Saturdays. Headers, logo lines, "
    "introductions, addresses, date pills, '承办：宁波大学', support units, QR codes and their captions ('扫码报名', "
    "'获取直播与讲稿', '扫码报名　获取直播链接'), organiser lines, the chat-app watermark '公众号 · 内核月刊' and the bands "
    "'— 下午　三个分论坛同时进行 —' / '下午　三个分论坛同时进行' are never part of a name, a title or a slot; the number "
    "boxes and numerals ('01'..'03') and the arrows before '主论坛' are no part of a forum's name; forum names are "
    "given as printed, without spaces where none is printed ('网络与eBPF分论坛', 'RISC-V与体系结构分论坛', "
    "'存储与IO分论坛'). Added or stressed here: (1) CLK 2171 (JPEG, 750 px wide, a tall phone-width image): under each "
    "title every speaker is THREE short lines, the name, the company, the job, so the affiliation is the second and "
    "third lines joined by one space ('沈国华' / '苏州大学' / '副校长' gives '苏州大学 副校长'); two speakers of one talk "
    "stand as two such stacks SIDE BY SIDE and are given left, then right (李娜 then 张浩, 罗敏 then 邓超). The talk "
    "'面向 AI 训练集群的内核可观测性' (11:30-12:00) prints '待定' (to be decided) where the name stands and no company or "
    "job: it is a talk of 主论坛 with its host, and it has NO speaker (speakers [] and affiliations []); '待定' is no "
    "name. The watermark in the bottom-right corner is nothing. 'Rust for Linux 在驱动开发中的落地：' / '从 NVMe 驱动到 "
    "GPU 驱动的实践' is one title, joined without a space after '：'. (2) CLK 2172 (PNG, 1600 px, the organisers' royal "
    "blue): each row is range | title | SPEAKER COLUMN; in the column each speaker has a photo circle LEFT of his name "
    "and 'company job' under the name; two speakers stack in the column (胡斌 华为, 袁丽 麒麟软件; 郭婷 字节跳动, 宋扬 "
    "浙江大学). The circles hold no text. The keynote of Andrea Ferrari (Red Hat Principal Engineer, 09:10-09:50) "
    "prints the English title over two lines, 'Memory Tiering in Mainline:' / 'What Landed and What Is Next', and "
    "under it, smaller and paler, its Chinese translation '主线内核中的内存分层：已合入与下一步': the title is the English "
    "title alone, joined with a space ('Memory Tiering in Mainline: What Landed and What Is Next'), and the translation "
    "is no part of it (the mirror of set 30, where a Chinese title over its English translation gave the Chinese title "
    "alone); this is a judgement call, a reader that gives both lines still gives the English words first. Titles "
    "wrapped in the narrow title column are joined without a space inside Chinese text ('TencentOS 内核热补' / "
    "'丁体系的设计与实践' -> 'TencentOS 内核热补丁体系的设计与实践', 'memcg 回收的公平性' / '问题与 MGLRU 改进') and after "
    "'：' ('开源之夏：' / '高校学生如何走进内核社区', '机密虚拟机：' / 'TDX 与 CCA 的内核支持现状'). The QR code stands in "
    "the header's TOP-RIGHT corner and is nothing. (3) CLK 2173 (JPEG, 1242 px, light text on a dark gradient): every "
    "forum, 主论坛 too, opens with a full-width COLOURED TITLE BAR holding its name (and '01'..'03' in a white box, no "
    "part of the name), '主持人：name　unit' under the bar; the three afternoon forums are stacked one under the other. "
    "Every range is printed WITHOUT a leading zero on the hour and RIGHT-ALIGNED against the forum's line ('9:00-9:20', "
    "'9:20-10:00', '10:00-10:40'); the truth gives them as HH:MM ('09:00'-'09:20'). '轻量级虚拟机的启动加速：' / '从 "
    "Firecracker 到 Cloud Hypervisor' is one title, joined without a space after '：'. 韩冰 and 邱峰 (both 百度) are two "
    "speakers of one talk on two lines. (4) CLK 2174 (PNG with an alpha channel, all opaque, 1080 px, the organisers' "
    "near-black): under each talk's range a small outlined DURATION TAG ('40 分钟') that is no slot, no title and no "
    "time; talks stand five minutes apart (09:10-09:50, then 09:55-10:35; 13:30-14:10, then 14:15-14:55), and the "
    "gaps are no slots. Hosts are printed with a title after the name, '主持人：陈立 教授', '黄海峰 博士', '许文 教授', "
    "'吕刚 教授', with the unit on the next line: the host is the name alone ('陈立', '黄海峰', '许文', '吕刚'). The "
    "speaker of '从 5.10 到 6.12：安卓通用内核 GKI 的升级之路' is printed '黄志强 等' ('and others') with '荣耀 内核技术专家': "
    "the speaker is 黄志强 alone, '等' is no name and no further speaker is invented. '09:00-09:10 开场' (no speaker) "
    "is a break. Forums of two talks end with their second talk (no break printed after it); the forums of three talks "
    "print a '茶歇' between the second and the third, a break of that forum. The title '开幕致辞' on two posters (CLK "
    "2171, CLK 2173) is the opening of two editions (different speakers), not one talk."
)

LAYOUTS = {
    "phone-750-three-line-speakers-tbd.jpg": (
        "CLK 2171 (第166届), 苏州, 2171-10-26 (JPEG q80 after a q88 round trip, 750 x 5032, a tall phone-width image "
        "drawn at that width): a dark diagonal gradient, teal to violet; each talk's range in a chip on its own line, "
        "the title under it, then per speaker THREE short lines (name, company, job), two speakers as two stacks side "
        "by side; one talk whose speaker is printed '待定'; a watermark '公众号 · 内核月刊' in the bottom-right corner. "
        "5 + 3 + 2 + 2 talks.",
        DATE_A, poster_a, 80),
    "blue-1600-speaker-column-photo-circles.png": (
        "CLK 2172 (第167届), 宁波, 2172-10-24 (PNG, 1600 x 5426): the organisers' royal blue; the QR code in the "
        "header's top-right corner; rows range | title | speaker column, each speaker with a photo circle left of his "
        "name and 'company job' under it; a keynote by a foreign speaker with an English title over two lines and its "
        "Chinese translation under it. 4 + 2 + 2 + 2 talks.",
        DATE_B, poster_b, None),
    "dark-1242-colour-bars-times-right.jpg": (
        "CLK 2173 (第168届), 兰州, 2173-10-23 (JPEG q76 after a q90 round trip, 1242 x 4974): light text on a dark "
        "navy-to-plum gradient; every forum under a full-width coloured title bar, the afternoon forums stacked; "
        "ranges without a leading zero, right-aligned against the forum's line; 'name  company job' under the title. "
        "4 + 3 + 2 + 2 talks.",
        DATE_C, poster_c, 76),
    "nearblack-1080-duration-tags-rgba.png": (
        "CLK 2174 (第169届), 珠海, 2174-11-12 (PNG RGBA, all opaque, 1080 x 4854): the organisers' near-black; a "
        "duration tag ('40 分钟') under each range, talks five minutes apart; hosts printed 'name 教授' / 'name 博士'; "
        "a speaker printed '黄志强 等'; padded two-character names. Uncommon surname 瞿. 3 + 2 + 3 + 2 talks.",
        DATE_D, poster_d, None),
}


def main():
    posters = []
    for fn, (layout, date, draw, quality) in LAYOUTS.items():
        im, forums = draw()
        assert "%d x %d" % im.size in layout, (fn, im.size)
        path = os.path.join(HERE, fn)
        if fn.endswith(".jpg"):
            im.save(path, "JPEG", quality=quality, subsampling=2)
        else:
            im.save(path, optimize=True)
        assert 0.4e6 <= os.path.getsize(path) <= 1.6e6, (fn, os.path.getsize(path))
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
