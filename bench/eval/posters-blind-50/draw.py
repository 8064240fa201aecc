"""Draw the fiftieth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
every picture is a PNG saved by Pillow with optimize.  The set is about the ONE
agenda image of a whole edition as an edition's repository holds it (CLK2022's
imgs/2022clk.png is such a PNG of 1.5 MB): 主论坛 in the morning, then
处理器架构与调度分论坛, 内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛' in parallel in
the afternoon (the forums CLK2022's README names), a 闭幕 after them.  Four
editions, each on one picture, no talk on two pictures:
  CLK 2201 (royal blue): forum headings as a TAB with '主持人：name company' at
    the right end of the tab's rule; timeline rows; affiliations with a SECOND
    ROLE after '，'; a round table whose guests stand in PILLS two to a row.
  CLK 2202 (near black): forum headings in a gradient BAR; every afternoon
    forum split into its two TOPICS by small sub-heads ('处理器架构' / '调度',
    '内存管理' / '异构计算', 'IO' / 'eBPF') that are neither forums nor slots;
    two speakers of two companies on ONE line, 'name company job、name company job'.
  CLK 2203 (navy): every talk a card of LABELLED FIELDS, '议题：' before the
    title, '时间：' before the range (under the title), '嘉宾：' before the
    speakers; a round table as '主持：' and '嘉宾：' fields; the host inside the
    forum's bar at its right end.
  CLK 2204 (violet): the speaker's NAME in the TIME COLUMN under the range,
    his 'company job' in the title column on the same line, under the title.
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
    """Wrap as a designer would: after a '：' (or an English ': ') when both halves fit, else into even lines."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2:
        return lines
    for sep in ("：", ": "):
        head, found, tail = text.partition(sep)
        if found and tw(d, head + found.rstrip(), f) <= maxw and len(wrap(d, tail, f, maxw)) == len(lines) - 1:
            return [head + found.rstrip()] + wrap(d, tail, f, maxw)
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


def hbar(d, x0, y0, x1, y1, c1, c2):
    """A horizontal colour ramp from c1 at x0 to c2 at x1 (the organisers' gradient bars)."""
    for x in range(int(x0), int(x1)):
        t = (x - x0) / max(1, x1 - x0 - 1)
        d.line([(x, y0), (x, y1)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))


def grain(im, seed, noise):
    """Seeded grain blended in: the texture of a designer's export and of a re-saved picture."""
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
    """A talk.  extra: panel=True (a round table: the first speaker moderates), line='shared' ('name、name
    company job': one affiliation printed for both) or line='pair' (two 'name company job' runs on one line)."""
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def SUB(title):
    """A topic sub-head inside a forum (CLK 2202): printed, but no forum and no slot."""
    return {"kind": "sub", "title": title}


def S(name, company, job):
    """A speaker as printed: the name, the company, the job title (None where none is printed)."""
    return (name, company, job)


def plain(name):
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    return sp[1] if sp[2] is None else sp[1] + " " + sp[2]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums, date, close):
    """Forums in printed order, each with the edition's one date.  The 闭幕 printed after the three afternoon
    forums closes each of them (a slot that all three parallel forums end in, as sets 21, 30 and 41 gave a band
    across parallel forums to each); sub-heads are dropped."""
    out = []
    for k, (name, _, slots) in enumerate(forums):
        ts = [truth_slot(s) for s in slots if s["kind"] != "sub"]
        if k:
            ts.append(truth_slot(close))
        out.append({"forum": name, "date": date, "slots": ts})
    return out


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


def para(d, x, y, text, f, fill, maxw, lh):
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


def runs(d, x, y, parts):
    """Text runs on one line: (text, font, fill, dy, gap after); returns the x after the last run."""
    for text, f, fill, dy, gap in parts:
        d.text((x, y + dy), text, font=f, fill=fill)
        x += tw(d, text, f) + gap
    return x


def units_grid(d, X0, X1, y, units, fill, ink, cols=3):
    bw, bh = (X1 - X0 - (cols - 1) * 22) / cols, 74
    for i, u in enumerate(units):
        bx, by = X0 + (i % cols) * (bw + 22), y + (i // cols) * (bh + 18)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=fill)
        ctext(d, bx + bw / 2, by + 16, u, font(30, True), ink)
    return y + ((len(units) + cols - 1) // cols) * (bh + 18)


MEALS = ("茶歇", "午餐")  # the breaks that get a cup; an opening or a closing gets none
WHITE = (255, 255, 255)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def speaker_line(d, x, y, s, nf, af, nfill, afill, maxw):
    """The speaker line(s) of a timeline row: 'name  company job' one a line, or 'name、name  company job'
    (line='shared'), or two 'name company job' runs parted by '、' on ONE line (line='pair').  Returns y under."""
    sp = s["sp"]
    if s.get("line") == "shared":
        assert len(sp) == 2 and aff(sp[0]) == aff(sp[1])
        names = "、".join(p[0] for p in sp)
        end = runs(d, x, y, [(names, nf, nfill, 0, 16), (aff(sp[0]), af, afill, 5, 0)])
        assert end - x <= maxw
        return y + 40
    if s.get("line") == "pair":
        assert len(sp) == 2 and sp[0][1] != sp[1][1]
        end = runs(d, x, y, [(sp[0][0], nf, nfill, 0, 12), (aff(sp[0]) + "、", af, afill, 5, 4),
                             (sp[1][0], nf, nfill, 0, 12), (aff(sp[1]), af, afill, 5, 0)])
        assert end - x <= maxw
        return y + 40
    for p in sp:
        end = runs(d, x, y, [(p[0], nf, nfill, 0, 16), (aff(p), af, afill, 5, 0)])
        assert end - x <= maxw, (p, end - x, maxw)
        y += 40
    return y


# ===========================================================================
# 1. CLK 2201 (第196届), 广州, Saturday 2201-10-24: the organisers' royal blue
#    (after their 2024 image).  Headings: a cyan TAB holding the number and the
#    name, standing on a cyan rule that runs to the right edge; '主持人：name
#    company' right-aligned on the tab's line.  Rows: range, a dot on a line,
#    the cyan title, 'name  company job' (several affiliations with a second
#    role after '，', as the organisers print them).  The round table: a chip
#    '主持' before the moderator's line, a chip '嘉宾' and the guests in outlined
#    PILLS two to a row ('name  company').
DATE_A = "2201-10-24"
FORUMS_A = [
    ("主论坛", ("梁志刚", "中山大学"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:20", "嘉宾致辞", [S("黄晓东", "广东省计算机学会", "理事长")], "梁志刚"),
        T("09:20", "10:00", "openEuler 内核在鲲鹏与 RISC-V 双架构上的统一维护",
          [S("张伟", "华为", "openEuler 内核技术专家，Kernel SIG Maintainer")], "梁志刚"),
        T("10:00", "10:40", "大规模 AI 训练集群中的内核稳定性治理：从故障定位到自动修复",
          [S("罗文杰", "阿里云", "资深技术专家，龙蜥社区内核 SIG 负责人")], "梁志刚"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:35", "PREEMPT_RT 合入主线之后：实时内核的调优与验证",
          [S("宋佳", "字节跳动", "STE 内核工程师")], "梁志刚"),
        T("11:35", "12:20", "圆桌论坛：国产 CPU 生态下内核开发者的协作与成长",
          [S("郑海涛", "中山大学", "计算机学院 教授"), S("王磊", "华为", None), S("刘婷", "阿里云", None),
           S("陈刚", "腾讯", None), S("杨帆", "龙芯中科", None)], "梁志刚", panel=True),
        B("12:20", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("邓志强", "华南理工大学"), [
        T("13:30", "14:15", "RISC-V 向量扩展的内核支持：上下文切换与信号帧",
          [S("周凯", "中国科学院软件研究所", "PLCT 实验室 工程师")], "邓志强"),
        T("14:15", "15:00", "sched_ext 在手机大小核调度中的实践",
          [S("林峰", "OPPO", "内核工程师"), S("黄敏", "OPPO", "内核工程师")], "邓志强", line="shared"),
    ]),
    ("内存管理与异构计算分论坛", ("许志远", "字节跳动"), [
        T("13:30", "14:15", "CXL 内存池化：热插拔、NUMA 节点与故障隔离",
          [S("马超", "英特尔", "首席工程师，Linux CXL 子系统 Reviewer")], "许志远"),
        T("14:15", "15:00", "GPU 显存与系统内存的统一管理：HMM 在国产 GPU 驱动中的落地",
          [S("孙亮", "摩尔线程", "系统软件架构师")], "许志远"),
    ]),
    ("IO 与 ebpf 分论坛", ("谢婷", "腾讯云"), [
        T("13:30", "14:15", "NVMe over TCP 的内核数据面优化", [S("韩冰", "腾讯云", "存储内核专家")], "谢婷"),
        T("14:15", "15:00", "eBPF LSM 在容器运行时安全中的应用", [S("曾伟", "网易", "安全工程师")], "谢婷"),
    ]),
]
CLOSE_A = B("15:15", "15:35", "闭幕")
INTRO_A = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域的年度技术盛会，由国内主要"
           "操作系统厂商、互联网企业、芯片厂商与高校共同发起。第196届大会由中山大学承办，上午为主论坛，下午处理器"
           "架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行，邀请来自华为、阿里云、字节跳动、腾讯云、"
           "英特尔、OPPO、摩尔线程、网易与中国科学院软件研究所的开发者分享最新进展，欢迎开发者与高校师生到场交流。")
UNITS_A = ["华为", "阿里云", "字节跳动", "腾讯云", "英特尔", "OPPO", "openEuler", "龙蜥社区", "OpenCloudOS"]
CYAN_A, PALE_A, NAVY_A = (96, 226, 255), (186, 208, 255), (10, 30, 120)
BAND_A, LINE_A, PINK_A = (30, 72, 196), (120, 170, 255), (255, 120, 200)
LX_A, TX_A = 262, 292  # the timeline's line, the titles' left edge


def tab_a(d, X0, X1, y, name, num, host):
    """A forum heading: a cyan tab (number and name) on a cyan rule; the host at the right on the tab's line."""
    f = font(38, True)
    label = (num + "  " if num else "") + name
    tabw = tw(d, label, f) + 70
    d.polygon([(X0, y + 66), (X0 + 18, y), (X0 + tabw - 18, y), (X0 + tabw, y + 66)], fill=CYAN_A)
    d.text((X0 + 35, y + 6), label, font=f, fill=NAVY_A)
    d.rectangle([X0, y + 66, X1, y + 71], fill=CYAN_A)
    lf, hf = font(24, True), font(24)
    hw = tw(d, "主持人：", lf) + tw(d, host[0], hf) + 14 + tw(d, host[1], hf)
    assert X0 + tabw + 30 + hw <= X1, (name, host)
    runs(d, X1 - hw, y + 28, [("主持人：", lf, CYAN_A, 0, 0), (host[0], hf, WHITE, 0, 14), (host[1], hf, WHITE, 0, 0)])
    return y + 71


def slot_a(d, X0, X1, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 62], radius=10, fill=BAND_A)
        d.text((X0 + 20, y + 12), rng(s), font=font(27, True), fill=CYAN_A)
        x = TX_A
        if s["title"] in MEALS:
            cup(d, x, y + 15, WHITE)
            x += 46
        d.text((x, y + 10), s["title"], font=font(30, True), fill=WHITE)
        return y + 62 + 36
    top = y
    d.text((X0, y + 2), rng(s), font=font(27, True), fill=WHITE)
    for ln in wrap_nicely(d, s["title"], font(30, True), X1 - TX_A):
        d.text((TX_A, y), ln, font=font(30, True), fill=CYAN_A)
        y += 46
    y += 2
    nf, af = font(26, True), font(20)
    if s.get("panel"):
        for tag, people in (("主持", s["sp"][:1]), ("嘉宾", s["sp"][1:])):
            d.rounded_rectangle([TX_A, y + 2, TX_A + 66, y + 36], radius=17, fill=PINK_A)
            ctext(d, TX_A + 33, y + 3, tag, font(21, True), WHITE)
            PX = TX_A + 84
            if tag == "主持":
                y = speaker_line(d, PX, y, {"sp": people}, nf, af, WHITE, PALE_A, X1 - PX) + 8
                continue
            pw = (X1 - PX - 16) / 2
            for i, p in enumerate(people):  # the guests' pills, two to a row, read row by row
                px, py = PX + (i % 2) * (pw + 16), y + (i // 2) * 56
                d.rounded_rectangle([px, py - 4, px + pw, py + 42], radius=23, outline=CYAN_A, width=2)
                assert 22 + tw(d, p[0], font(24, True)) + 14 + tw(d, aff(p), af) + 22 <= pw, p
                runs(d, px + 22, py + 2, [(p[0], font(24, True), WHITE, 0, 14), (aff(p), af, PALE_A, 4, 0)])
            y += ((len(people) + 1) // 2) * 56
    else:
        y = speaker_line(d, TX_A, y, s, nf, af, WHITE, PALE_A, X1 - TX_A)
    d.line([(LX_A, top - 18), (LX_A, y + 18)], fill=LINE_A, width=2)
    d.ellipse([LX_A - 7, top + 12, LX_A + 7, top + 26], fill=CYAN_A)
    return y + 36


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, CYAN_A)
    rtext(d, X1, 46, "中山大学", font(30, True), WHITE)
    rtext(d, X1, 88, "SUN YAT-SEN UNIVERSITY", font(16, True), PALE_A)
    d.text((48, 168), "第196届中国", font=font(82, True), fill=WHITE)
    d.text((48, 270), "Linux内核开发者大会", font=font(82, True), fill=WHITE)
    d.ellipse([870, 126, 1022, 278], outline=CYAN_A, width=5)
    ctext(d, 946, 156, "CLK", font(40, True), WHITE)
    ctext(d, 946, 208, "2201", font(30, True), CYAN_A)
    pill = "2201年10月24日（周六）｜ 广州"
    d.rounded_rectangle([48, 408, 48 + tw(d, pill, font(30, True)) + 56, 464], radius=28, fill=WHITE)
    d.text((76, 414), pill, font=font(30, True), fill=NAVY_A)
    d.text((48, 496), "地址：中山大学广州校区南校园 怀士堂", font=font(28), fill=WHITE)
    y = 580
    top = y
    y = para(d, X0 + 36, y + 32, INTRO_A, font(23), (210, 220, 245), X1 - X0 - 72, 40)
    d.rectangle([X0, top, X1, y + 24], outline=LINE_A, width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y + 24), (X1, y + 24)):  # corner marks
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=CYAN_A)
    y += 150
    d.text((W / 2 - 250, y - 34), "AGENDA", font=font(120, True), fill=(16, 44, 150), stroke_width=2,
           stroke_fill=(90, 150, 255))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 170
    for k, (name, host, slots) in enumerate(FORUMS_A):
        if k == 1:
            label = "下午　三个分论坛同时进行"
            pw = tw(d, label, font(30, True)) + 80
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 60], radius=30, fill=PINK_A)
            ctext(d, W / 2, y + 9, label, font(30, True), WHITE)
            y += 120
        y = tab_a(d, X0, X1, y, name, "%02d" % k if k else None, host) + 52
        for s in slots:
            y = slot_a(d, X0, X1, y, s)
        y += 60
    y = slot_a(d, X0, X1, y, CLOSE_A) - 20
    ctext(d, W / 2, y, "三个分论坛结束后，请全体回到怀士堂", font(22), PALE_A)
    y += 110
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 90, UNITS_A, WHITE, (20, 40, 130)) + 50
    qrcode(d, W / 2 - 110, y, 220, 5011)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：中山大学计算机学院", font(20), PALE_A)
    return y + 370


def bg_a(w, h):
    im = vgrad(w, h, (14, 50, 190), (10, 30, 130))
    im = glow(im, 900, 240, 380, (80, 200, 255), 0.5)
    im = glow(im, 100, 1300, 360, (120, 90, 255), 0.35)
    for k, yy in enumerate(range(2400, h - 600, 1800)):
        im = glow(im, 980 if k % 2 else 100, yy, 420, (60, 150, 255), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks of the header
        d.line([(560 + i * 70, 0), (1080, 380 - i * 46)], fill=(40, 96, 230), width=2)
    return grain(im, 5011, NOISE["a"])


def poster_a():
    return two_pass(1080, paint_a, bg_a), forums_truth(FORUMS_A, DATE_A, CLOSE_A)


# ===========================================================================
# 2. CLK 2202 (第197届), 上海, Saturday 2202-10-30: the organisers' near black
#    (after their 2023 image: violet and teal glows, neon streaks).  Headings: a
#    gradient BAR (teal to violet) with the number and the name in dark type;
#    '主持人：name  company' under it.  In every afternoon forum the talks stand
#    under two TOPIC sub-heads (a violet mark, the topic, a rule).  Rows: range,
#    a dot on a line, the teal title, 'name  company job'; the pair of two
#    companies on ONE line, parted by '、'.
DATE_B = "2202-10-30"
FORUMS_B = [
    ("主论坛", ("郗文斌", "上海交通大学"), [
        T("09:00", "09:15", "开幕致辞", [S("钱立新", "上海交通大学", "副校长")], "郗文斌"),
        T("09:15", "10:00", "Memory Tiering Beyond NUMA: Lessons from Running CXL in Production",
          [S("Michael Brandt", "Meta", "Software Engineer")], "郗文斌"),
        T("10:00", "10:45", "龙蜥内核的热升级与热补丁：十万台规模的运维实践",
          [S("蔡明", "阿里云", "龙蜥社区内核 SIG Maintainer")], "郗文斌"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "移动设备内核的能效调度：EAS 与 uclamp 的演进", [S("吕强", "vivo", "内核技术专家")], "郗文斌"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("唐军", "上海交通大学"), [
        SUB("处理器架构"),
        T("13:30", "14:10", "ARM64 MTE 内存标记：在手机内核中默认开启的代价", [S("姚磊", "荣耀", "内核工程师")], "唐军"),
        SUB("调度"),
        T("14:10", "14:50", "EEVDF 的 lag 补偿与延迟敏感任务的时间片选择",
          [S("林海", "华为", "内核工程师"), S("陈思", "上海交通大学", "博士研究生")], "唐军", line="pair"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "Proxy Execution 与优先级继承：实时锁的新方向", [S("朱峰", "字节跳动", "高级工程师")], "唐军"),
    ]),
    ("内存管理与异构计算分论坛", ("袁静", "阿里云"), [
        SUB("内存管理"),
        T("13:30", "14:10", "mTHP 的换入路径与 zswap 的协同", [S("叶青", "小米", "内核工程师")], "袁静"),
        T("14:10", "14:50", "struct page 瘦身计划：memdesc 的设计与进展", [S("程浩", "华为", "内核专家")], "袁静"),
        SUB("异构计算"),
        T("14:50", "15:30", "SVA 与 IOMMU 共享虚拟地址：让加速器直接访问进程内存",
          [S("贾琳", "海光信息", "系统架构师")], "袁静"),
    ]),
    ("IO 与 ebpf 分论坛", ("方涛", "蚂蚁集团"), [
        SUB("IO"),
        T("13:30", "14:10", "blk-mq 在 ZNS 固态盘上的调度改造", [S("潘勇", "浪潮信息", None)], "方涛"),
        SUB("eBPF"),
        T("14:10", "14:50", "BPF token 与非特权 eBPF 的安全边界", [S("白雪", "蚂蚁集团", "安全工程师")], "方涛"),
    ]),
]
CLOSE_B = B("16:00", "16:20", "闭幕式")
INTRO_B = ("CLK（中国 Linux 内核开发者大会）自 2006 年起每年举办，由国内 Linux 内核领域的企业与高校发起，已成为国内"
           "内核开发者交流的重要平台。第197届大会由上海交通大学承办，设主论坛与处理器架构与调度、内存管理与异构计算、"
           "IO 与 ebpf 三个分论坛，每个分论坛按两个专题组织议程。华为、阿里云、字节跳动、vivo、荣耀、小米、海光信息、"
           "浪潮信息与蚂蚁集团的开发者将到场分享。")
UNITS_B = ["华为", "阿里云", "字节跳动", "vivo", "荣耀", "小米", "海光信息", "浪潮信息", "蚂蚁集团", "Meta", "openEuler",
           "龙蜥社区"]
TEAL_B, VIO_B, INK_B, GREY_B = (0, 228, 200), (170, 120, 255), (236, 240, 248), (150, 158, 178)
BLUE_B, BAND_B, DARK_B = (100, 160, 255), (28, 40, 84), (8, 12, 30)
LX_B, TX_B = 258, 286


def bar_b(d, X0, X1, y, name, num):
    """A forum heading: a teal-to-violet bar holding the number and the name in dark type."""
    hbar(d, X0, y, X1, y + 78, TEAL_B, VIO_B)
    x = X0 + 26
    if num:
        d.text((x, y + 4), num, font=font(52, True), fill=DARK_B)
        x += tw(d, num, font(52, True)) + 24
    d.text((x, y + 13), name, font=font(40, True), fill=DARK_B)
    return y + 78


def sub_b(d, X0, X1, y, title):
    """A topic sub-head: a violet mark, the topic, a thin rule to the right edge."""
    f = font(28, True)
    d.rectangle([X0, y + 8, X0 + 8, y + 38], fill=VIO_B)
    d.text((X0 + 22, y), title, font=f, fill=VIO_B)
    x = X0 + 22 + tw(d, title, f) + 22
    d.line([(x, y + 24), (X1, y + 24)], fill=(80, 60, 140), width=2)
    return y + 72


def slot_b(d, X0, X1, y, s):
    if s["kind"] == "sub":
        return sub_b(d, X0, X1, y, s["title"])
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 60], fill=BAND_B)
        d.text((X0 + 22, y + 12), rng(s), font=font(26, True), fill=TEAL_B)
        x = TX_B
        if s["title"] in MEALS:
            cup(d, x, y + 14, INK_B)
            x += 46
        d.text((x, y + 10), s["title"], font=font(29, True), fill=WHITE)
        return y + 60 + 36
    top = y
    d.text((X0, y + 2), rng(s), font=font(26, True), fill=WHITE)
    for ln in wrap_nicely(d, s["title"], font(30, True), X1 - TX_B):
        d.text((TX_B, y), ln, font=font(30, True), fill=TEAL_B)
        y += 46
    y = speaker_line(d, TX_B, y + 2, s, font(26, True), font(20), WHITE, BLUE_B, X1 - TX_B)
    d.line([(LX_B, top - 18), (LX_B, y + 18)], fill=(60, 80, 130), width=2)
    d.ellipse([LX_B - 6, top + 13, LX_B + 6, top + 25], fill=TEAL_B)
    return y + 36


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, WHITE, TEAL_B)
    d.text((X1 - tw(d, "CLK", font(56, True)) - tw(d, "2202", font(30, True)) - 10, 32), "CLK", font=font(56, True),
           fill=WHITE)
    rtext(d, X1, 36, "2202", font(30, True), TEAL_B)
    d.text((48, 190), "第197届中国", font=font(84, True), fill=WHITE)
    d.text((48, 296), "Linux内核开发者大会", font=font(84, True), fill=WHITE, stroke_width=1, stroke_fill=TEAL_B)
    pill = "2202年10月30日 ｜ 上海"
    d.rounded_rectangle([48, 438, 48 + tw(d, pill, font(30, True)) + 52, 492], radius=10, outline=TEAL_B, width=3)
    d.text((74, 444), pill, font=font(30, True), fill=WHITE)
    d.text((48, 526), "地址：上海交通大学闵行校区 陈瑞球楼报告厅", font=font(27), fill=WHITE)
    y = 616
    top = y
    y = para(d, X0 + 30, y + 30, INTRO_B, font(23), (196, 204, 222), X1 - X0 - 60, 40) + 22
    d.rounded_rectangle([X0, top, X1, y], radius=6, outline=(60, 80, 130), width=2)
    y += 160
    d.text((W / 2 - 260, y - 36), "AGENDA", font=font(124, True), fill=(10, 14, 34), stroke_width=2,
           stroke_fill=(60, 90, 150))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 180
    for k, (name, host, slots) in enumerate(FORUMS_B):
        if k == 1:
            d.rectangle([X0, y, X1, y + 4], fill=VIO_B)
            ctext(d, W / 2, y + 24, "下午　三个分论坛同时进行", font(30, True), VIO_B)
            y += 110
        y = bar_b(d, X0, X1, y, name, "%02d" % k if k else None) + 20
        runs(d, X0, y, [("主持人：", font(26, True), TEAL_B, 0, 0), (host[0], font(26, True), WHITE, 0, 16),
                        (host[1], font(22), GREY_B, 3, 0)])
        y += 84
        for s in slots:
            y = slot_b(d, X0, X1, y, s)
        y += 60
    y = slot_b(d, X0, X1, y, CLOSE_B) - 20
    ctext(d, W / 2, y, "各分论坛结束后请移步陈瑞球楼报告厅", font(22), GREY_B)
    y += 120
    d.text((W / 2 - tw(d, "SUPPORT", font(80, True)) / 2, y - 24), "SUPPORT", font=font(80, True), fill=(10, 14, 34),
           stroke_width=1, stroke_fill=(50, 70, 120))
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 100, UNITS_B, WHITE, (16, 24, 60)) + 60
    qrcode(d, W / 2 - 110, y, 220, 5021)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：上海交通大学电子信息与电气工程学院",
          font(20), GREY_B)
    return y + 370


def bg_b(w, h):
    im = vgrad(w, h, (10, 14, 36), (6, 8, 24))
    im = glow(im, 980, 200, 360, (150, 80, 255), 0.55)
    im = glow(im, 120, 700, 300, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(2000, h - 500, 1700)):
        im = glow(im, 1000 if k % 2 else 80, yy, 380, (120, 80, 255) if k % 2 else (0, 180, 170), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(8):  # neon streaks of the header
        d.line([(600 + i * 60, 0), (1080, 460 - i * 50)], fill=(60, 50, 140), width=2)
    return grain(im, 5021, NOISE["b"])


def poster_b():
    return two_pass(1080, paint_b, bg_b), forums_truth(FORUMS_B, DATE_B, CLOSE_B)


# ===========================================================================
# 3. CLK 2203 (第198届), 长春, Saturday 2203-10-22: navy to blue, a big outlined
#    'CLK 2203', the edition's name on one line, a gold pill.  Headings: a gold
#    bar with the name at the left and '主持人：name company' INSIDE the bar at
#    its right end.  Every talk a card of LABELLED FIELDS: '议题：' and the
#    title (further lines under the title's first, not under the label), then
#    '时间：' and the range, then '嘉宾：' and 'name  company job' (one speaker a
#    line, or 'name、name  company job').  The round table: '主持：' and '嘉宾：'
#    fields, one guest a line.  Breaks as slim bars 'range　label'.
DATE_C = "2203-10-22"
FORUMS_C = [
    ("主论坛", ("王海燕", "吉林大学"), [
        T("09:00", "09:10", "开幕致辞", [S("孙立军", "吉林大学", "副校长")], "王海燕"),
        T("09:10", "09:20", "嘉宾致辞", [S("刘振东", "中国计算机学会", "开源发展委员会 副主任")], "王海燕"),
        T("09:20", "10:00", "Rust 驱动进入主线：从 Binder 到 NVMe 的移植经验",
          [S("胡军", "谷歌", "Android 内核团队 软件工程师")], "王海燕"),
        T("10:00", "10:40", "内核补丁的自动化测试与回归追踪：麒麟软件十年 CI 实践的回顾与展望", [S("曹丽", "麒麟软件", "测试架构师")], "王海燕"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:50", "圆桌对话：开源操作系统的人才培养与社区协作",
          [S("赵明", "吉林大学", "教授"), S("宋涛", "华为", "openEuler 社区理事"), S("周丽", "阿里云", "龙蜥社区技术委员会委员"),
           S("陈磊", "统信软件", "内核研发总监"), S("韩雪", "清华大学", "副教授")], "王海燕", panel=True),
        B("11:50", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("孟庆华", "吉林大学"), [
        T("13:30", "14:15", "LoongArch 虚拟化扩展与 KVM 的上游之路", [S("李强", "龙芯中科", "内核工程师")], "孟庆华"),
        T("14:15", "15:00", "调度域中的 cluster 感知：共享 L2 的任务放置",
          [S("赵磊", "海光信息", "内核工程师"), S("吴婷", "海光信息", "内核工程师")], "孟庆华", line="shared"),
    ]),
    ("内存管理与异构计算分论坛", ("郭敏", "中国科学院计算技术研究所"), [
        T("13:30", "14:15", "NPU 驱动的统一内存与 dma-buf 共享", [S("徐杰", "华为", "昇腾驱动架构师")], "郭敏"),
        T("14:15", "15:00", "DAMON 驱动的冷热页识别与主动回收", [S("胡晓燕", "字节跳动", "内核工程师")], "郭敏"),
    ]),
    ("IO 与 ebpf 分论坛", ("黎明", "京东"), [
        T("13:30", "14:15", "XFS 在线修复：scrub 与 repair 的生产部署", [S("高远", "京东云", "存储专家")], "黎明"),
        T("14:15", "15:00", "Keeping eBPF Observability Cheap on Busy Kubernetes Nodes",
          [S("Anna Kowalski", "Isovalent", "Software Engineer")], "黎明"),
    ]),
]
CLOSE_C = B("15:10", "15:30", "闭幕")
INTRO_C = ("第198届中国 Linux 内核开发者大会由吉林大学承办。上午主论坛设开幕致辞、嘉宾致辞、两场主题报告与一场圆桌"
           "对话；下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行。来自华为、阿里云、谷歌、"
           "麒麟软件、统信软件、龙芯中科、海光信息、字节跳动与京东云的开发者将到场分享，欢迎各位来到长春。")
UNITS_C = ["华为", "阿里云", "谷歌", "麒麟软件", "统信软件", "龙芯中科", "海光信息", "字节跳动", "京东云"]
GOLD_C, ORANGE_C, NAVY_C, PALE_C = (255, 204, 92), (255, 150, 70), (12, 24, 74), (190, 210, 245)
CARD_C, BAND_C = (26, 56, 140), (20, 40, 110)


def bar_c(d, X0, X1, y, name, host):
    """A forum heading: a gold-to-orange bar, the name at the left and the host at the right, inside it."""
    d.rounded_rectangle([X0, y, X0 + 40, y + 74], radius=14, fill=GOLD_C)
    d.rounded_rectangle([X1 - 40, y, X1, y + 74], radius=14, fill=ORANGE_C)
    hbar(d, X0 + 14, y, X1 - 14, y + 74, GOLD_C, ORANGE_C)
    nf, lf, hf = font(36, True), font(23, True), font(23)
    d.text((X0 + 26, y + 12), name, font=nf, fill=NAVY_C)
    hw = tw(d, "主持人：", lf) + tw(d, host[0], lf) + 12 + tw(d, host[1], hf)
    assert X0 + 26 + tw(d, name, nf) + 30 + hw <= X1 - 24, (name, host)
    runs(d, X1 - 24 - hw, y + 22, [("主持人：", lf, NAVY_C, 0, 0), (host[0], lf, NAVY_C, 0, 12), (host[1], hf, NAVY_C, 0, 0)])
    return y + 74


def slot_c(d, X0, X1, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([X0 + 60, y, X1 - 60, y + 54], radius=27, fill=BAND_C)
        text = "%s　%s" % (rng(s), s["title"])
        f = font(27, True)
        x = (X0 + X1) / 2 - tw(d, text, f) / 2
        if s["title"] in MEALS:
            cup(d, x - 46, y + 12, GOLD_C)
        d.text((x, y + 8), text, font=f, fill=WHITE)
        return y + 54 + 30
    lf = font(25, True)
    x = X0 + 32
    vx = x + tw(d, "议题：", lf)  # where every field's value starts
    nf, af = font(25, True), font(20)

    def body(y):
        y += 26
        d.text((x, y + 2), "议题：", font=lf, fill=GOLD_C)
        for ln in wrap_nicely(d, s["title"], font(29, True), X1 - 30 - vx):
            d.text((vx, y), ln, font=font(29, True), fill=WHITE)
            y += 44
        y += 4
        d.text((x, y), "时间：", font=lf, fill=GOLD_C)
        d.text((vx, y), rng(s), font=font(26, True), fill=WHITE)
        y += 46
        fields = (("主持：", s["sp"][:1]), ("嘉宾：", s["sp"][1:])) if s.get("panel") else (("嘉宾：", s["sp"]),)
        for label, people in fields:
            d.text((x, y), label, font=lf, fill=GOLD_C)
            y = speaker_line(d, vx, y, dict(s, sp=people), nf, af, WHITE, PALE_C, X1 - 30 - vx)
        return y + 16

    h = body(-10000) + 10000  # measured first on a line nobody sees, then card and text
    d.rounded_rectangle([X0, y, X1, y + h], radius=12, fill=CARD_C)
    d.rectangle([X0, y + 12, X0 + 6, y + h - 12], fill=GOLD_C)
    body(y)
    return y + h + 26


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, WHITE, GOLD_C)
    rtext(d, X1, 48, "吉林大学", font(30, True), WHITE)
    rtext(d, X1, 90, "JILIN UNIVERSITY", font(16, True), PALE_C)
    d.text((48, 160), "CLK 2203", font=font(140, True), fill=(40, 80, 190), stroke_width=3, stroke_fill=WHITE)
    d.text((52, 350), "第198届中国Linux内核开发者大会", font=font(52, True), fill=WHITE)
    pill = "2203年10月22日（周六）｜ 长春"
    d.rounded_rectangle([52, 440, 52 + tw(d, pill, font(30, True)) + 56, 496], radius=28, fill=GOLD_C)
    d.text((80, 446), pill, font=font(30, True), fill=NAVY_C)
    d.text((52, 528), "地址：吉林大学中心校区 鼎新楼报告厅", font=font(27), fill=WHITE)
    y = 620
    top = y
    y = para(d, X0 + 30, y + 28, INTRO_C, font(23), PALE_C, X1 - X0 - 60, 40) + 20
    d.rounded_rectangle([X0, top, X1, y], radius=12, outline=(90, 130, 220), width=2)
    y += 70
    d.text((X0, y), "大会议程", font=font(60, True), fill=WHITE)
    d.text((X0 + tw(d, "大会议程", font(60, True)) + 24, y + 24), "· AGENDA", font=font(32, True), fill=GOLD_C)
    y += 130
    for k, (name, host, slots) in enumerate(FORUMS_C):
        if k == 1:
            ctext(d, W / 2, y, "— 下午　三个分论坛同时进行 —", font(30, True), GOLD_C)
            y += 80
        y = bar_c(d, X0, X1, y, name, host) + 30
        for s in slots:
            y = slot_c(d, X0, X1, y, s)
        y += 50
    y = slot_c(d, X0, X1, y, CLOSE_C) - 10
    ctext(d, W / 2, y, "（三个分论坛同时结束，闭幕在鼎新楼报告厅举行）", font(22), PALE_C)
    y += 100
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 90, UNITS_C, WHITE, NAVY_C) + 50
    qrcode(d, W / 2 - 110, y, 220, 5031)
    ctext(d, W / 2, y + 244, "扫码报名 · 观看直播", font(34, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：吉林大学计算机科学与技术学院", font(20), PALE_C)
    return y + 370


def bg_c(w, h):
    im = vgrad(w, h, (8, 20, 74), (18, 64, 160))
    im = glow(im, 960, 260, 360, (90, 160, 255), 0.45)
    im = glow(im, 80, 1200, 320, (255, 190, 90), 0.16)
    for k, yy in enumerate(range(2300, h - 500, 1700)):
        im = glow(im, 1010 if k % 2 else 70, yy, 400, (80, 140, 255), 0.3)
    return grain(im, 5031, NOISE["c"])


def poster_c():
    return two_pass(1080, paint_c, bg_c), forums_truth(FORUMS_C, DATE_C, CLOSE_C)


# ===========================================================================
# 4. CLK 2204 (第199届), 西安, Saturday 2204-10-27: violet to deep blue, magenta
#    and cyan accents.  Headings: a magenta-to-violet bar with a slanted end, a
#    white number box and the name; '主持人：name  company' under it.  Rows in
#    TWO COLUMNS parted by a thin rule: at the LEFT the gold range and, under it,
#    level with the speaker lines, the speaker's NAME; at the RIGHT the title
#    and under it the speaker's 'company job' (two speakers: two names stacked
#    at the left, two affiliations stacked at the right, line by line).
DATE_D = "2204-10-27"
FORUMS_D = [
    ("主论坛", ("何建军", "西北工业大学"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:20", "嘉宾致辞", [S("田志强", "陕西省科学技术协会", "副主席")], "何建军"),
        T("09:20", "10:05", "Linux LTS 内核维护：6.x 时代的回合策略与安全修复",
          [S("王建", "中兴通讯", "操作系统总工程师")], "何建军"),
        T("10:05", "10:50", "面向大模型推理的内核内存管理：大页、NUMA 与 CXL",
          [S("江涛", "腾讯", "内核专家"), S("仇斌", "西北工业大学", "副教授")], "何建军"),
        B("10:50", "11:05", "茶歇"),
        T("11:05", "11:50", "Kernel Live Update: Preserving Devices Across kexec",
          [S("Jonas Weber", "AWS", "Principal Engineer")], "何建军"),
        B("11:50", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("谭峰", "西安交通大学"), [
        T("13:30", "14:15", "飞腾平台的内核启动优化：从 UEFI 固件交接到第一个用户态进程", [S("白洁", "飞腾信息", "系统软件工程师")], "谭峰"),
        T("14:15", "15:00", "vCPU 调度与宿主机 CFS 带宽控制的冲突与化解", [S("罗丹", "快手", "系统工程师")], "谭峰"),
    ]),
    ("内存管理与异构计算分论坛", ("钟华", "华为"), [
        T("13:30", "14:15", "slab 对象的类型隔离与 kmalloc 随机化", [S("邵磊", "vivo", "内核工程师")], "钟华"),
        T("14:15", "15:00", "AI 加速卡的 P2P DMA 与 PCIe 拓扑感知", [S("石林", "寒武纪", "驱动架构师")], "钟华"),
    ]),
    ("IO 与 ebpf 分论坛", ("贺磊", "天翼云"), [
        T("13:30", "14:15", "F2FS 在车载系统中的掉电可靠性改造", [S("董晨", "蔚来", None)], "贺磊"),
        T("14:15", "15:00", "bpftrace 与 perf 联动的线上延迟排查", [S("梁宇", "美团", "内核工程师")], "贺磊"),
    ]),
]
CLOSE_D = B("15:10", "15:30", "闭幕")
INTRO_D = ("中国 Linux 内核开发者大会（CLK）由国内 Linux 内核领域的企业、社区与高校共同发起，每年举办一届。第199届"
           "大会由西北工业大学承办，上午为主论坛，下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛"
           "同时进行，中兴通讯、腾讯、AWS、飞腾信息、快手、vivo、寒武纪、蔚来与美团的开发者将分享各自的内核实践。")
UNITS_D = ["华为", "腾讯", "中兴通讯", "飞腾信息", "寒武纪", "美团", "天翼云", "openEuler", "龙蜥社区"]
MAG_D, VIO_D, GOLD_D, CYAN_D = (236, 72, 170), (120, 70, 230), (255, 206, 90), (150, 220, 255)
INK_D, GREY_D, BAND_D = (240, 236, 255), (176, 168, 214), (54, 36, 120)
DIV_D, TX_D = 268, 292  # the rule between the columns, the right column's left edge


def bar_d(d, X0, X1, y, name, num):
    """A forum heading: a magenta-to-violet bar with a slanted right end, a white number box and the name."""
    for x in range(int(X0), int(X1)):
        t = (x - X0) / (X1 - X0 - 1)
        bot = y + 72 if x <= X1 - 40 else y + 72 * (X1 - x) / 40
        d.line([(x, y), (x, bot)], fill=tuple(int(MAG_D[i] + (VIO_D[i] - MAG_D[i]) * t) for i in range(3)))
    x = X0 + 24
    if num:
        x = number_box(d, x, y + 14, num, WHITE, MAG_D, 44) + 20
    d.text((x, y + 12), name, font=font(38, True), fill=WHITE)
    return y + 72


def slot_d(d, X0, X1, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 60], radius=8, fill=BAND_D)
        d.text((X0 + 18, y + 12), rng(s), font=font(26, True), fill=GOLD_D)
        x = TX_D
        if s["title"] in MEALS:
            cup(d, x, y + 14, INK_D)
            x += 46
        d.text((x, y + 10), s["title"], font=font(29, True), fill=WHITE)
        return y + 60 + 34
    top = y
    d.text((X0, y + 2), rng(s), font=font(26, True), fill=GOLD_D)
    for ln in wrap_nicely(d, s["title"], font(30, True), X1 - TX_D):
        d.text((TX_D, y), ln, font=font(30, True), fill=WHITE)
        y += 46
    y += 4
    y = max(y, top + 50)  # the name never climbs into the range's line
    for sp in s["sp"]:
        d.text((X0, y), fits(d, sp[0], font(25, True), DIV_D - X0 - 14), font=font(25, True), fill=CYAN_D)
        d.text((TX_D, y + 4), fits(d, aff(sp), font(21), X1 - TX_D), font=font(21), fill=GREY_D)
        y += 40
    d.line([(DIV_D, top + 4), (DIV_D, y - 4)], fill=(110, 90, 190), width=2)
    d.line([(X0, y + 18), (X1, y + 18)], fill=(70, 56, 140), width=1)
    return y + 38


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, MAG_D)
    rtext(d, X1, 46, "西北工业大学", font(30, True), WHITE)
    rtext(d, X1, 88, "NORTHWESTERN POLYTECHNICAL UNIVERSITY", font(15, True), GREY_D)
    d.text((48, 170), "第199届中国", font=font(82, True), fill=WHITE)
    d.text((48, 272), "Linux内核开发者大会", font=font(82, True), fill=WHITE)
    d.ellipse([874, 140, 1022, 288], outline=MAG_D, width=5)
    d.ellipse([886, 152, 1010, 276], outline=(150, 120, 255), width=2)
    ctext(d, 948, 168, "CLK", font(38, True), WHITE)
    ctext(d, 948, 218, "2204", font(28, True), GOLD_D)
    pill = "2204年10月27日（周六）｜ 西安"
    d.rounded_rectangle([48, 410, 48 + tw(d, pill, font(30, True)) + 56, 466], radius=28, fill=MAG_D)
    d.text((76, 416), pill, font=font(30, True), fill=WHITE)
    d.text((48, 498), "地址：西北工业大学长安校区 启真楼报告厅", font=font(28), fill=WHITE)
    y = 584
    top = y
    y = para(d, X0 + 34, y + 30, INTRO_D, font(23), (214, 208, 240), X1 - X0 - 68, 40) + 22
    d.rounded_rectangle([X0, top, X1, y], radius=18, outline=(150, 110, 240), width=2)
    y += 150
    d.text((W / 2 - 250, y - 34), "AGENDA", font=font(120, True), fill=(40, 24, 100), stroke_width=2,
           stroke_fill=(140, 100, 240))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 170
    for k, (name, host, slots) in enumerate(FORUMS_D):
        if k == 1:
            label = "下午　三个分论坛同时进行"
            pw = tw(d, label, font(30, True)) + 80
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 60], radius=30, outline=MAG_D, width=3)
            ctext(d, W / 2, y + 9, label, font(30, True), WHITE)
            y += 116
        y = bar_d(d, X0, X1, y, name, "%02d" % k if k else None) + 20
        runs(d, X0, y, [("主持人：", font(26, True), MAG_D, 0, 0), (host[0], font(26, True), WHITE, 0, 16),
                        (host[1], font(22), GREY_D, 3, 0)])
        y += 80
        for s in slots:
            y = slot_d(d, X0, X1, y, s)
        y += 56
    y = slot_d(d, X0, X1, y, CLOSE_D) - 16
    ctext(d, W / 2, y, "* 三个分论坛结束后，闭幕在启真楼报告厅举行", font(22), GREY_D)
    y += 110
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 90, UNITS_D, WHITE, (50, 30, 120)) + 50
    qrcode(d, W / 2 - 110, y, 220, 5041)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：西北工业大学计算机学院", font(20), GREY_D)
    return y + 370


def bg_d(w, h):
    im = vgrad(w, h, (52, 20, 120), (14, 22, 86))
    im = glow(im, 940, 220, 380, (236, 72, 170), 0.4)
    im = glow(im, 100, 1100, 340, (90, 140, 255), 0.35)
    for k, yy in enumerate(range(2200, h - 500, 1700)):
        im = glow(im, 1000 if k % 2 else 80, yy, 400, (200, 80, 220) if k % 2 else (80, 120, 255), 0.28)
    return grain(im, 5041, NOISE["d"])


def poster_d():
    return two_pass(1080, paint_d, bg_d), forums_truth(FORUMS_D, DATE_D, CLOSE_D)


# ===========================================================================
NOISE = {"a": 0.0045, "b": 0.005, "c": 0.006, "d": 0.0045}
NOTE = (
    "Same conventions as posters-blind-43 (and 4..42 before it): speakers are names as printed with spaces removed "
    "(the Latin names 'Michael Brandt' -> 'MichaelBrandt', 'Anna Kowalski' -> 'AnnaKowalski', 'Jonas Weber' -> "
    "'JonasWeber'); host is the chair printed for the forum covering the slot, null for breaks; start/end always "
    "HH:MM on a 24-hour clock; where two or more speakers are printed each has his own affiliation, given per "
    "speaker; affiliations keep a printed job title, joined to the company by one space ('中兴通讯 操作系统总工程师', "
    "'AWS Principal Engineer'), and a speaker printed with a company and no job has the company alone ('潘勇  浪潮信息', "
    "'董晨  蔚来', the round-table guests in pills on CLK 2201); break titles are as printed; an opening or a guest "
    "address printed with a speaker ('开幕致辞', '嘉宾致辞') is a talk, a slot printed without a speaker ('开幕', '闭幕', "
    "'闭幕式') is a break; '午餐' closes 主论坛 as its break. Every forum carries a 'date'; each edition is ONE day, so "
    "every forum's date is the poster's. Four editions, each on ONE picture only, so no talk is on two posters: CLK "
    "2201 (第196届, 广州, 2201-10-24), CLK 2202 (第197届, 上海, 2202-10-30), CLK 2203 (第198届, 长春, 2203-10-22), "
    "CLK 2204 (第199届, 西安, 2204-10-27), all Saturdays. Each picture is the one agenda image of a whole edition as "
    "an edition's repository holds it (a PNG of 1.0 to 1.6 MB, 1080 px wide): 主论坛 in the morning, then "
    "处理器架构与调度分论坛, 内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛' in parallel in the afternoon (the forums "
    "CLK2022's README names, printed so on all four, with the spaces and the lower-case 'ebpf'), then ONE 闭幕. The "
    "numbers '01'..'03' in the tabs, bars and boxes are no part of a forum's name. Headers, introductions (which "
    "name the forums and companies), addresses, date pills, support units, QR captions, organiser lines, the bands "
    "'下午　三个分论坛同时进行' / '— 下午　三个分论坛同时进行 —' and the small notes under the 闭幕 bands are never "
    "part of a name, a title or a slot. The 闭幕 (a judgement call): printed once, after the third forum, as a band "
    "followed by a note sending all three forums to the main hall; it is given as a break of EACH of the three "
    "afternoon forums (the slot all three end in, as sets 21, 30 and 41 gave a band across parallel forums to "
    "each), not of 主论坛. A title wrapped over two lines is one title, joined with a space between Latin words "
    "('Memory Tiering Beyond NUMA:' / 'Lessons from Running CXL in Production', 'Keeping eBPF Observability' / "
    "'Cheap on Busy Kubernetes Nodes', 'Kernel Live Update:' / 'Preserving Devices Across kexec') and without one "
    "after '：' ('大规模 AI 训练集群中的内核稳定性治理：' / '从故障定位到自动修复', 'GPU 显存与系统内存的统一管理：' / "
    "'HMM 在国产 GPU 驱动中的落地', 'SVA 与 IOMMU 共享虚拟地址：' / '让加速器直接访问进程内存', "
    "'内核补丁的自动化测试与回归追踪：' / '麒麟软件十年 CI 实践的回顾与展望', '飞腾平台的内核启动优化：' / "
    "'从 UEFI 固件交接到第一个用户态进程'). Added or stressed "
    "here: (1) CLK 2201 (the organisers' royal blue): each forum's heading is a cyan TAB holding the number and the "
    "name, standing on a rule, with '主持人：name  company' right-aligned on the tab's line: the host is the name, "
    "the company is no part of it. Several affiliations print a SECOND ROLE after '，', as the organisers' own "
    "images do; the affiliation is given whole, the '，' kept: '华为 openEuler 内核技术专家，Kernel SIG Maintainer', "
    "'阿里云 资深技术专家，龙蜥社区内核 SIG 负责人', '英特尔 首席工程师，Linux CXL 子系统 Reviewer' (one speaker, one "
    "affiliation each). '嘉宾致辞' is a talk of 黄晓东 (广东省计算机学会 理事长). The round table "
    "'圆桌论坛：国产 CPU 生态下内核开发者的协作与成长' prints a chip '主持' before 郑海涛's line (中山大学 计算机学院 教授) "
    "and a chip '嘉宾' before four outlined PILLS two to a row, each 'name  company': its speakers are the moderator "
    "and then the guests read row by row (王磊, 刘婷, then 陈刚, 杨帆), each guest with the company in his pill; the "
    "chips are labels, the title keeps '圆桌论坛：', and the moderator is not the forum's host (梁志刚). "
    "'林峰、黄敏  OPPO 内核工程师' is two speakers sharing the one affiliation printed after them: each is given it. "
    "(2) CLK 2202 (the organisers' near black): each forum's heading is a teal-to-violet BAR with the number and the "
    "name, '主持人：name  company' under it. Every afternoon forum is split into its two TOPICS by small violet "
    "SUB-HEADS ('处理器架构' / '调度', '内存管理' / '异构计算', 'IO' / 'eBPF'): they are no forums, no slots and no part "
    "of a title; the talks under them belong to the forum whose bar stands above, and the 14:50-15:05 茶歇 printed "
    "under '调度' is a break of 处理器架构与调度分论坛. '林海 华为 内核工程师、陈思 上海交通大学 博士研究生' on ONE line "
    "is two speakers, each with the 'company job' after his own name (the '、' parts them and belongs to neither). "
    "'开幕致辞' is a talk of 钱立新 (上海交通大学 副校长). Foreign speaker Michael Brandt (Meta Software Engineer). "
    "Uncommon surname 郗 (the host of 主论坛). The closing is printed '闭幕式'. (3) CLK 2203 (navy): each forum's "
    "heading is a gold BAR with the name at the left and '主持人：name  company' INSIDE it at the right; the host is "
    "the name. Every talk is a card of LABELLED FIELDS: '议题：' and the title, '时间：' and the range (printed UNDER "
    "the title: it is that card's range), '嘉宾：' and the speaker(s); the labels '议题：', '时间：', '嘉宾：' and "
    "'主持：' are no part of a title, a name or a range, and a title's second line stands under its first line, not "
    "under the label ('内核补丁的自动化测试与回归追踪：' / '麒麟软件十年 CI 实践的回顾与展望'). The round table "
    "'圆桌对话：开源操作系统的人才培养与社区协作' prints '主持：' before 赵明 (吉林大学 教授) and '嘉宾：' before four "
    "guests one a line: its speakers are the moderator and then the guests in printed order, and the moderator is not "
    "the forum's host (王海燕). '赵磊、吴婷  海光信息 内核工程师' is two speakers sharing one affiliation. '开幕致辞' "
    "(孙立军, 吉林大学 副校长) and '嘉宾致辞' (刘振东, 中国计算机学会 开源发展委员会 副主任) are two talks. Breaks are "
    "slim bars 'range　label'. Foreign speaker Anna Kowalski (Isovalent Software Engineer). (4) CLK 2204 (violet): "
    "each forum's heading is a magenta-to-violet bar with a white number box, '主持人：name  company' under it. "
    "Every row has TWO COLUMNS parted by a thin rule: at the LEFT the range and, UNDER it, the speaker's NAME; at the "
    "RIGHT the title and, under it, the speaker's 'company job', on the name's line. A name and the affiliation on "
    "its line are one speaker; the two names stacked under '10:05-10:50' (江涛, 仇斌) go with the two affiliations "
    "stacked at the right, line by line (江涛 腾讯 内核专家, 仇斌 西北工业大学 副教授). Where the title takes two lines "
    "(白洁's talk, Jonas Weber's) the name stands on the row's THIRD line, two lines below the range, level with its "
    "affiliation and above the rule that closes the row. '09:00-09:10 开幕' is a break and '嘉宾致辞' a talk "
    "of 田志强 (陕西省科学技术协会 副主席). Foreign speaker Jonas Weber (AWS Principal Engineer). Uncommon surname 仇 "
    "(a speaker). The titles '嘉宾致辞' on three posters and '开幕致辞' on two are the addresses of different editions "
    "(different speakers), not one talk."
)

LAYOUTS = {
    "blue-tab-headings-two-role-affiliations.png": (
        "CLK 2201 (第196届), 广州, 2201-10-24 (PNG, 1080 x 4868): the organisers' royal-blue whole-edition image; "
        "forum headings as a cyan TAB on a rule with '主持人：name company' at the right on the tab's line; timeline "
        "rows (range, dot, cyan title, 'name  company job'), three affiliations with a second role after '，'; "
        "'嘉宾致辞' with a speaker; a round table with a '主持' chip and four guests in pills two to a row; "
        "'name、name  company job'; one 闭幕 after the three forums. 5 + 2 + 2 + 2 talks.",
        DATE_A, poster_a),
    "nearblack-topic-subheads-pair-on-one-line.png": (
        "CLK 2202 (第197届), 上海, 2202-10-30 (PNG, 1080 x 5680): the organisers' near-black whole-edition image; "
        "forum headings as a teal-to-violet BAR, '主持人：name company' under it; every afternoon forum split into "
        "two TOPIC sub-heads; timeline rows; two speakers of two companies on ONE line, 'name company job、name "
        "company job'; foreign speaker with an English title over two lines; '闭幕式' after the three forums. "
        "Uncommon surname 郗. 4 + 3 + 3 + 2 talks.",
        DATE_B, poster_b),
    "navy-labelled-field-cards.png": (
        "CLK 2203 (第198届), 长春, 2203-10-22 (PNG, 1080 x 5322): a navy whole-edition image; forum headings as a "
        "gold BAR with the host INSIDE it at the right; every talk a card of LABELLED FIELDS '议题：' title, "
        "'时间：' range, '嘉宾：' speakers; a round table as '主持：' and '嘉宾：' fields; '开幕致辞' and '嘉宾致辞'; "
        "'name、name  company job'; one 闭幕. 5 + 2 + 2 + 2 talks.",
        DATE_C, poster_c),
    "violet-name-under-range-company-right.png": (
        "CLK 2204 (第199届), 西安, 2204-10-27 (PNG, 1080 x 4812): a violet whole-edition image; forum headings as a "
        "magenta bar with a number box, '主持人：name company' under it; every row in TWO COLUMNS: the range with "
        "the speaker's NAME UNDER IT at the left, the title with the speaker's 'company job' under it at the right, "
        "name and affiliation on one line across the rule; two speakers as two such lines; '嘉宾致辞'; one 闭幕. "
        "Uncommon surname 仇. 4 + 2 + 2 + 2 talks.",
        DATE_D, poster_d),
}


def check(forums_all):
    """Every date a Saturday, every speaker on one talk only, no host among the speakers."""
    names = []
    for date, forums in forums_all:
        assert datetime.date.fromisoformat(date).weekday() == 5, date
        for name, host, slots in forums:
            for s in slots:
                if s["kind"] == "talk":
                    names += [plain(p[0]) for p in s["sp"]]
            names.append(plain(host[0]))
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


def main():
    check([(DATE_A, FORUMS_A), (DATE_B, FORUMS_B), (DATE_C, FORUMS_C), (DATE_D, FORUMS_D)])
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        assert "%d x %d" % im.size in layout, (fn, im.size)
        assert 1.0e6 <= os.path.getsize(path) <= 1.6e6, (fn, os.path.getsize(path))
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
