"""Draw the ninety-fifth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances
(seeds are fixed numbers, never hash()).  The set stands in for CLK2022's ONE
agenda image (imgs/2022clk.png, a 1.5 MB PNG): two invented editions, each ONE
whole-edition PNG with CLK2022's four forums, each forum printed as a TABLE:
  CLK 2951 (第946届, 衡阳, 2951-10-23): 1080 wide, the organisers' royal blue
    (after their 2024 full agenda); per forum a heading with '主持人：name' and
    the unit at its right, then a three-column table 时间 | 议题 | 演讲嘉宾, the
    third column holding per speaker the name over 'company job'; cells
    centred vertically; breaks and the opening as merged cells.
  CLK 2952 (第947届, 延吉, 2952-10-21): 1242 wide, the organisers' near black
    (after their 2023 image); per forum a big numeral, the name (with the
    organisers' space before '分论坛'), a bar and '主持人：name  unit', then a
    four-column table 时间 | 议题 | 讲者 | 单位, one line per person, the unit
    column wrapped; breaks as bands across the table.
Helpers font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext,
rtext, vgrad, grain, glow, qrcode, T, B, plain, S, aff, two_pass, cup, bowl,
logo_lines, para, fits, MEALS, WHITE, rng, meal_mark, units_grid, pad, saturday are
copied from bench/eval/posters-blind-59/draw.py (T and S slightly changed,
truth_slot gained the kind 'panel'); the rest is new.
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


_probe = ImageDraw.Draw(Image.new("RGB", (8, 8)))


def tw(d, text, f):
    b = (d or _probe).textbbox((0, 0), text, font=f)
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


def T(start, end, title, speakers, host, kind="talk"):
    """A scored slot: kind 'talk', or 'panel' for a round table (its first speaker the moderator)."""
    return {"kind": kind, "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def P(start, end, title, moderator, guests, host):
    return T(start, end, title, [moderator] + guests, host, kind="panel")


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job):
    """A speaker as printed: name, company, job title (None where none is printed)."""
    return {"name": name, "company": company, "job": job}


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


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


def para(d, x, y, text, f, fill, maxw, lh, lines=None):
    """A paragraph wrapped to maxw; lines=(lo, hi) asserts how many lines it takes.  Returns the y under it."""
    ls = wrap(d, text, f, maxw)
    assert lines is None or lines[0] <= len(ls) <= lines[1], (text, len(ls))
    for ln in ls:
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")  # the breaks that get a cup or a bowl; an opening gets none
WHITE = (255, 255, 255)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def meal_mark(d, x, y, s, fill, k=1.0):
    if s["title"] == "午餐":
        bowl(d, x, y + 2 * k, fill, k)
    elif s["title"] == "茶歇":
        cup(d, x, y, fill, k)


def units_grid(d, X0, X1, y, units, per_row, box_fill, ink, bh=76, gap=20, outline=None):
    bw = (X1 - X0 - (per_row - 1) * gap) / per_row
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=box_fill, outline=outline,
                            width=2 if outline else 0)
        ctext(d, bx + bw / 2, by + bh / 2 - 20, fits(d, u, font(28, True), bw - 16), font(28, True), ink)
    rows = (len(units) + per_row - 1) // per_row
    return y + rows * (bh + gap)


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# ===========================================================================
# 1. CLK 2951 (第946届), 衡阳, Saturday 2951-10-23: ONE whole-edition PNG, 1080
#    wide, in the organisers' royal blue, CLK2022's four forums one under the
#    other; each forum a heading ('▶▶ name' at the left, '主持人：name' over the
#    unit at the right, a bar under both) and a TABLE of three columns
#    时间 | 议题 | 演讲嘉宾: per speaker the name (bold) over 'company job' in the
#    third column; the round table's moderator and guests under small labels
#    '主持人' and '嘉宾' in that column.  Breaks and '开场' fill the two right
#    columns as one merged cell.
DATE_A = "2951-10-23"
HOST_A0 = ("曾志勇", "南华大学计算机学院院长")
FORUMS_A = [
    ("主论坛", HOST_A0, [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:20", "开幕致辞", [S("谭建国", "南华大学", "副校长")], "曾志勇"),
        T("09:20", "09:50", "面向万卡智算集群的 Linux 内核演进", [S("陈立新", "华为", "操作系统内核首席专家")], "曾志勇"),
        T("09:50", "10:20", "Upstreaming Confidential Computing Support: Status and Roadmap",
          [S("Andrea Ricci", "SUSE", "Senior Kernel Engineer")], "曾志勇"),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "龙蜥社区内核的多架构协同维护实践", [S("沈晓峰", "阿里云", "操作系统内核团队负责人")], "曾志勇"),
        T("11:05", "11:35", "基于 Rust 的块设备驱动：从原型到生产",
          [S("罗文韬", "字节跳动", "内核工程师"), S("韦佳琪", "字节跳动", "系统软件工程师")], "曾志勇"),
        P("11:35", "12:20", "圆桌论坛：开源内核社区的国际化协作与人才培养",
          S("戴明远", "清华大学计算机系", "副教授"),
          [S("覃海燕", "腾讯", "TencentOS 内核负责人"), S("柏松", "英特尔", "开源技术中心首席工程师"),
           S("黎俊", "vivo", "内核技术专家"), S("伍思远", "中国科学院软件研究所智能软件研究中心", "副研究员")],
          "曾志勇"),
        B("12:20", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("欧阳立", "南华大学计算机学院副教授"), [
        T("13:30", "14:00", "EEVDF 调度器在高负载数据库场景下的延迟分析", [S("付振宇", "美团", "基础架构系统工程师")], "欧阳立"),
        T("14:00", "14:30", "LoongArch 上的 KVM 嵌套虚拟化支持", [S("卜晓东", "龙芯中科", "内核研发工程师")], "欧阳立"),
        T("14:30", "15:00", "Per-CPU Runqueue Lock Contention on 512-Core Servers",
          [S("凌浩然", "海光信息", "系统软件工程师")], "欧阳立"),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "用户态调度框架 sched_ext 在手机大小核上的实践", [S("向雨萱", "荣耀", "终端内核专家")], "欧阳立"),
        T("15:50", "16:20", "RISC-V 平台 CPU 热插拔与电源管理的适配", [S("甘文杰", "平头哥半导体", "软件工程师")], "欧阳立"),
    ]),
    ("内存管理与异构计算分论坛", ("朱卫红", "OPPO 内核团队负责人"), [
        T("13:30", "14:00", "多代 LRU 在大内存数据库实例上的调优", [S("钟子涵", "京东云", "资深内核工程师")], "朱卫红"),
        T("14:00", "14:30", "CXL 内存池化：热页识别与跨节点迁移", [S("聂宏亮", "浪潮信息", "内核架构师")], "朱卫红"),
        T("14:30", "15:00", "Unified Memory for AI Accelerators with HMM and SVA",
          [S("邬嘉宁", "摩尔线程", "驱动开发工程师")], "朱卫红"),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "移动设备上 zram 多级压缩算法的选择与评估", [S("费思琪", "小米", "系统软件工程师")], "朱卫红"),
        T("15:50", "16:20", "slab 分配器的碎片治理：从 SLUB 到 sheaves", [S("冉立国", "统信软件", "内核研发经理")], "朱卫红"),
    ]),
    ("IO 与 ebpf 分论坛", ("简国平", "腾讯云存储内核负责人"), [
        T("13:30", "14:00", "io_uring 在分布式存储网关中的落地与调优", [S("车宇航", "蚂蚁集团", "存储技术专家")], "简国平"),
        T("14:00", "14:30", "基于 BPF 的 TCP 拥塞控制算法热替换", [S("管玉婷", "快手", "网络内核工程师")], "简国平"),
        T("14:30", "15:00", "Tracing Block Layer Latency with BPF Iterators", [S("龙浩", "网易", "系统工程师")], "简国平"),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "NVMe over Fabrics 多路径故障切换的内核实现", [S("綦宇", "中国移动云能力中心", "高级工程师")], "简国平"),
        T("15:50", "16:20", "eBPF 程序的签名验证与运行时安全", [S("庞雪梅", "奇安信", "安全研究员")], "简国平"),
    ]),
]
INTRO_A = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，简称 CLK）举办至今已是第946届，由国内从事 Linux 内核开发的"
           "企业、高校与社区共同发起，以“自由、协作、创新”为理念，以开源技术的推广和普及为使命，旨在促进 Linux 内核"
           "开发爱好者相互交流、共同进步。本次大会由南华大学承办，上午为主论坛，下午处理器架构与调度、内存管理与异构"
           "计算、IO 与 ebpf 三个分论坛同时进行，诚邀广大 Linux 开发者和爱好者参加。")
UNITS_A = ["南华大学", "华为", "阿里云", "腾讯", "字节跳动", "英特尔", "SUSE", "vivo", "OPPO", "龙芯中科", "openEuler",
           "龙蜥社区"]
CYAN_A, PALE_A, PINK_A = (96, 230, 255), (176, 204, 255), (255, 128, 210)
NAVY_A, LINE_A = (10, 30, 120), (84, 146, 250)
ROW_A = ((20, 54, 178), (26, 66, 196))
BAND_A = (34, 88, 220)
COLS_A = (186, 470)  # widths of the time and topic columns; the speaker column takes the rest


def speaker_cell_a(s, w):
    """The third column of a talk: per speaker the name over 'company job' wrapped; a round table's moderator
    and guests under the labels '主持人' and '嘉宾'.  Returns the drawing ops (dx, dy, text, font, fill) and height."""
    ops, y = [], 0
    fn, fa = font(25, True), font(19)
    for i, sp in enumerate(s["sp"]):
        if s["kind"] == "panel" and i in (0, 1):
            if i == 1:
                y += 6
            ops.append((0, y, "主持人" if i == 0 else "嘉宾", font(20, True), PINK_A))
            y += 32
        elif i:
            y += 10
        ops.append((0, y, fits(None, sp["name"], fn, w), fn, WHITE))
        y += 36
        for ln in wrap(None, aff(sp), fa, w):
            ops.append((0, y, ln, fa, PALE_A))
            y += 27
    return ops, y


def table_head_a(d, X0, X1, y):
    c1, c2 = X0 + COLS_A[0], X0 + COLS_A[0] + COLS_A[1]
    d.rectangle([X0, y, X1, y + 56], fill=CYAN_A)
    hf = font(26, True)
    ctext(d, (X0 + c1) / 2, y + 10, "时间", hf, NAVY_A)
    ctext(d, (c1 + c2) / 2, y + 10, "议题", hf, NAVY_A)
    ctext(d, (c2 + X1) / 2, y + 10, "演讲嘉宾", hf, NAVY_A)
    return y + 56


def row_a(d, X0, X1, y, s, k):
    """One row of a forum's table; returns the y under it."""
    c1, c2 = X0 + COLS_A[0], X0 + COLS_A[0] + COLS_A[1]
    rf, tf = font(25, True), font(26, True)
    if s["kind"] == "break":
        h = 70
        d.rectangle([X0, y, X1, y + h], fill=BAND_A)
        ctext(d, (X0 + c1) / 2, y + 18, rng(s), rf, WHITE)
        label = s["title"]
        lw = tw(d, label, font(28, True)) + (52 if label in MEALS else 0)
        lx = (c1 + X1) / 2 - lw / 2
        meal_mark(d, lx, y + 18, s, CYAN_A)
        d.text((lx + (52 if label in MEALS else 0), y + 14), label, font=font(28, True), fill=WHITE)
        d.line([(c1, y), (c1, y + h)], fill=LINE_A, width=1)
        d.line([(X0, y + h), (X1, y + h)], fill=LINE_A, width=1)
        return y + h
    tl = wrap_nicely(d, s["title"], tf, COLS_A[1] - 40)
    ops, sh = speaker_cell_a(s, X1 - c2 - 36)
    th = len(tl) * 40 - 6
    h = max(th, sh, 36) + 48
    d.rectangle([X0, y, X1, y + h], fill=ROW_A[k % 2])
    ctext(d, (X0 + c1) / 2, y + h / 2 - 17, rng(s), rf, WHITE)
    ty = y + (h - th) / 2 - 4
    for ln in tl:
        d.text((c1 + 20, ty), ln, font=tf, fill=CYAN_A)
        ty += 40
    sy = y + (h - sh) / 2 - 2
    for dx, dy, text, f, fill in ops:
        d.text((c2 + 18 + dx, sy + dy), text, font=f, fill=fill)
    for cx in (c1, c2):
        d.line([(cx, y), (cx, y + h)], fill=LINE_A, width=1)
    d.line([(X0, y + h), (X1, y + h)], fill=LINE_A, width=1)
    return y + h


def heading_a(d, X0, X1, y, name, host):
    for j in range(2):  # the two triangles before a forum's name, as in the 2024 full agenda
        x = X0 + 4 + j * 30
        d.polygon([(x, y + 14), (x + 26, y + 36), (x, y + 58)], fill=CYAN_A if j else (70, 170, 255))
    d.text((X0 + 78, y), name, font=font(48, True), fill=WHITE, stroke_width=1, stroke_fill=CYAN_A)
    hx = X1 - max(tw(d, "主持人：" + host[0], font(28, True)), tw(d, host[1], font(20)))
    d.text((hx, y + 4), "主持人：", font=font(28, True), fill=PINK_A)
    d.text((hx + tw(d, "主持人：", font(28, True)), y + 4), host[0], font=font(28), fill=WHITE)
    d.text((hx, y + 46), host[1], font=font(20), fill=PALE_A)
    y += 86
    d.rectangle([X0, y, X1, y + 10], fill=(90, 180, 255))
    return y + 10


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, WHITE, CYAN_A)
    rtext(d, X1, 42, "南华大学", font(32, True), WHITE)
    rtext(d, X1, 86, "UNIVERSITY OF SOUTH CHINA", font(15, True), PALE_A)
    d.text((48, 180), "第946届中国", font=font(84, True), fill=WHITE)
    d.text((48, 286), "Linux内核开发者大会", font=font(84, True), fill=WHITE, stroke_width=1, stroke_fill=CYAN_A)
    d.ellipse([846, 420, 1016, 590], outline=CYAN_A, width=5)
    d.ellipse([862, 436, 1000, 574], outline=(60, 140, 255), width=2)
    ctext(d, 931, 458, "CLK", font(42, True), WHITE)
    ctext(d, 931, 514, "2951", font(28, True), CYAN_A)
    pill = "2951年10月23日 ｜ 衡阳"
    d.rounded_rectangle([48, 440, 48 + tw(d, pill, font(32, True)) + 60, 500], radius=12, outline=WHITE, width=3)
    d.text((78, 446), pill, font=font(32, True), fill=WHITE)
    d.text((48, 534), "地址：南华大学红湘校区", font=font(32, True), fill=WHITE)
    d.text((48, 580), "　　　图书馆一楼学术报告厅", font=font(32, True), fill=WHITE)
    y = 690
    top = y
    y = top + 40 + 40 * len(wrap(d, INTRO_A, font(23), X1 - X0 - 80)) + 26
    d.rectangle([X0, top, X1, y], fill=(40, 92, 220))
    para(d, X0 + 40, top + 40, INTRO_A, font(23), (224, 234, 255), X1 - X0 - 80, 40)
    for cx, cy, sx, sy in ((X0, top, 1, 1), (X1, top, -1, 1), (X0, y, 1, -1), (X1, y, -1, -1)):  # corner brackets
        d.line([(cx, cy), (cx + 44 * sx, cy)], fill=CYAN_A, width=5)
        d.line([(cx, cy), (cx, cy + 44 * sy)], fill=CYAN_A, width=5)
    y += 90
    bw = 340
    d.polygon([(W / 2 - bw / 2 + 20, y), (W / 2 + bw / 2 + 20, y), (W / 2 + bw / 2 - 20, y + 84),
               (W / 2 - bw / 2 - 20, y + 84)], fill=(60, 150, 255))
    ctext(d, W / 2, y + 10, "大会议程", font(52, True), WHITE)
    y += 150
    for k, (name, host, slots) in enumerate(FORUMS_A):
        if k == 1:
            d.text((W / 2 - tw(d, "AFTERNOON", font(70, True)) / 2, y - 18), "AFTERNOON", font=font(70, True),
                   fill=(24, 62, 186), stroke_width=1, stroke_fill=(70, 130, 240))
            ctext(d, W / 2, y, "下午　三个分论坛同时进行", font(34, True), WHITE)
            y += 110
        y = heading_a(d, X0, X1, y, name, host) + 28
        y = table_head_a(d, X0, X1, y)
        for i, s in enumerate(slots):
            y = row_a(d, X0, X1, y, s, i)
        d.rectangle([X0, y, X1, y + 4], fill=(90, 180, 255))
        y += 110
    ctext(d, W / 2, y, "支持单位", font(46, True), WHITE)
    y = units_grid(d, X0 + 20, X1 - 20, y + 96, UNITS_A, 3, None, WHITE, outline=WHITE) + 50
    qrcode(d, W / 2 - 120, y, 240, 9511)
    ctext(d, W / 2, y + 268, "扫码报名", font(40, True), WHITE)
    ctext(d, W / 2, y + 330, "300 份现场礼品，先到先得", font(26), PALE_A)
    ctext(d, W / 2, y + 372, "活动解释权归主办方所有", font(26), PALE_A)
    ctext(d, W / 2, y + 440, "一同探索 Linux 内核之美", font(36, True), CYAN_A)
    return y + 540


def bg_a(w, h):
    im = vgrad(w, h, (16, 56, 200), (10, 34, 150))
    im = glow(im, 930, 300, 400, (80, 210, 255), 0.5)
    im = glow(im, 80, 1300, 360, (120, 100, 255), 0.35)
    for k, yy in enumerate(range(2600, h - 500, 1500)):
        im = glow(im, 1000 if k % 2 else 80, yy, 420, (60, 160, 255), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(9):  # light streaks of the header
        d.line([(480 + i * 64, 0), (1080, 420 - i * 40)], fill=(56, 110, 232), width=2)
    for i in range(6):  # and of the foot
        d.arc([-300 + i * 40, h - 700 + i * 30, 1380 - i * 40, h + 500], 200, 340, fill=(40, 90, 220), width=2)
    return grain(im, 9511, 0.0035)


# ===========================================================================
# 2. CLK 2952 (第947届), 延吉, Saturday 2952-10-21: ONE whole-edition PNG, 1242
#    wide, in the organisers' near black (after their 2023 image); each forum a
#    big teal numeral (none for 主论坛), its name with the organisers' space
#    before '分论坛' ('处理器架构与调度 分论坛'), a teal bar, '主持人：name' and
#    the unit; then a TABLE of four columns 时间 | 议题 | 讲者 | 单位: one line
#    (or more, where a name or a unit wraps) per person, the name padded when
#    it has two characters; the round table's labels '主持人：' and '嘉宾：' on
#    their own lines in the 讲者 column.  Breaks as bands across the table.
DATE_B = "2952-10-21"
FORUMS_B = [
    ("主论坛", "主论坛", ("朴永吉", "延边大学工学院 教授"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("崔光浩", "延边大学", "副校长")], "朴永吉"),
        T("09:20", "09:50", "openEuler 内核面向 AI 原生场景的调度与内存协同", [S("阎立明", "华为", "openEuler 内核架构师")],
          "朴永吉"),
        T("09:50", "10:20", "Kernel Live Patching at Fleet Scale: Tooling, Testing and Rollback",
          [S("Daniel Whitmore", "Microsoft", "Azure Linux Kernel Engineer")], "朴永吉"),
        T("10:20", "10:50", "国产 CPU 平台上的内核可信启动链", [S("郝建波", "麒麟软件", "安全技术总监")], "朴永吉"),
        B("10:50", "11:05", "茶歇"),
        T("11:05", "11:35", "大规模容器平台的 cgroup v2 迁移之路",
          [S("孟凡超", "腾讯", "TencentOS 内核工程师"), S("邱晨", "腾讯", "高级工程师")], "朴永吉"),
        P("11:35", "12:15", "圆桌论坛：从用户到贡献者——企业如何参与上游内核社区",
          S("祁文斌", "字节跳动", "STE 团队技术负责人"),
          [S("尹海波", "阿里云", "龙蜥社区技术委员会委员"), S("涂蕾", "OPPO", "内核专家"),
           S("霍志强", "英特尔", "软件工程经理"), S("滕宇", "北京航空航天大学计算机学院", "副教授")], "朴永吉"),
        B("12:15", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", "处理器架构与调度 分论坛", ("薛敬", "延边大学计算机科学与技术系 副教授"), [
        T("13:30", "14:00", "ARM64 平台 SME 扩展的上下文管理", [S("夏一鸣", "安谋科技", "高级软件工程师")], "薛敬"),
        T("14:00", "14:30", "deadline server 与实时任务的带宽保障", [S("符晓晨", "中兴通讯", "操作系统内核专家")], "薛敬"),
        T("14:30", "15:00", "Proxy Execution: Solving Priority Inversion in Mainline", [S("詹浩", "vivo", "内核工程师")],
          "薛敬"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "鲲鹏服务器上的 NUMA 感知任务放置", [S("易俊杰", "华为", "鲲鹏计算软件工程师")], "薛敬"),
        T("15:45", "16:15", "RISC-V 平台的 KASLR 与内核地址空间布局",
          [S("毋晓宇", "中国科学院计算技术研究所处理器芯片全国重点实验室", "博士研究生")], "薛敬"),
    ]),
    ("内存管理与异构计算分论坛", "内存管理与异构计算 分论坛", ("孔令辉", "字节跳动 内存子系统负责人"), [
        T("13:30", "14:00", "folio 化之后的页面回收：现状与遗留问题", [S("宫雪", "蚂蚁集团", "内核专家")], "孔令辉"),
        T("14:00", "14:30", "GPU 显存与系统内存的统一管理：基于 HMM 的实践", [S("景志鹏", "壁仞科技", "驱动架构师")], "孔令辉"),
        T("14:30", "15:00", "Memory Tiering with DAMON on CXL Servers",
          [S("苗雨晴", "阿里云", "技术专家"), S("包建新", "三星半导体", "内存解决方案工程师")], "孔令辉"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "安卓设备上的内存压缩与 LMK 策略协同", [S("池亦凡", "荣耀", "高级工程师")], "孔令辉"),
        T("15:45", "16:15", "swap 分配器的重构与 SSD 寿命", [S("桂磊", "美团", "系统工程师")], "孔令辉"),
    ]),
    ("IO 与 ebpf 分论坛", "IO 与 ebpf 分论坛", ("殷红梅", "网易数帆 内核团队负责人"), [
        T("13:30", "14:00", "FUSE passthrough 在 AI 训练数据加载中的应用", [S("单俊", "商汤科技", "存储工程师")], "殷红梅"),
        T("14:00", "14:30", "XDP 与 AF_XDP 在云网关中的性能实践", [S("温博", "京东", "网络内核工程师")], "殷红梅"),
        T("14:30", "15:00", "基于 eBPF 的内核热点函数实时画像", [S("邝思敏", "百度智能云", "系统工程师")], "殷红梅"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "Reworking Writeback for Large Folios in XFS", [S("顾婉清", "SUSE", "存储软件工程师")], "殷红梅"),
    ]),
]
INTRO_B = ("CLK 即“中国 Linux 内核开发者大会”（以下简称 CLK），举办至今已是第947届，由国内 Linux 内核领域的企业、高校和"
           "开源社区共同发起。大会以“自由、协作、创新”为理念，促进 Linux 内核开发爱好者相互交流、共同进步，每届线下"
           "参会人数逾 500 人。本届大会由延边大学承办，现诚邀广大 Linux 开发者和爱好者参加。")
UNITS_B = ["延边大学", "华为", "阿里云", "腾讯", "字节跳动", "英特尔", "Microsoft", "麒麟软件", "vivo", "OPPO", "蚂蚁集团",
           "openEuler"]
TEAL_B, BLUE_B, GREY_B, MAG_B = (0, 232, 214), (86, 150, 255), (150, 162, 190), (222, 96, 255)
LINE_B, HEAD_B, BAND_B = (40, 62, 118), (14, 30, 72), (20, 46, 120)
COLS_B = (190, 450, 170)  # time, topic, speaker; the unit column takes the rest


def pad(name):
    """Two-character names padded with a full-width space, as the organisers' 2023 image prints them."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


def people_b(s, ws, wa):
    """The 讲者 and 单位 columns of a talk: one entry per person, the name and the unit each wrapped in its
    column, the round table's labels on their own lines.  Returns ops for both columns and the height."""
    ops, y = [], 0
    fn, fa = font(24, True), font(20)
    for i, sp in enumerate(s["sp"]):
        if s["kind"] == "panel" and i in (0, 1):
            ops.append(("s", y, "主持人：" if i == 0 else "嘉宾：", font(22, True), MAG_B))
            y += 36
        nl = wrap(None, pad(sp["name"]), fn, ws)
        al = wrap(None, aff(sp), fa, wa)
        for j, ln in enumerate(nl):
            ops.append(("s", y + j * 36, ln, fn, WHITE))
        for j, ln in enumerate(al):
            ops.append(("a", y + 4 + j * 30, ln, fa, BLUE_B))
        y += max(36 * len(nl), 30 * len(al) + 6) + 10
    return ops, y - 10


def table_head_b(d, X0, X1, y):
    xs = [X0]
    for c in COLS_B:
        xs.append(xs[-1] + c)
    xs.append(X1)
    d.rectangle([X0, y, X1, y + 54], fill=HEAD_B)
    d.rectangle([X0, y + 51, X1, y + 54], fill=TEAL_B)
    for lab, a, b in zip(("时间", "议题", "讲者", "单位"), xs, xs[1:]):
        ctext(d, (a + b) / 2, y + 10, lab, font(24, True), TEAL_B)
    return y + 54


def row_b(d, X0, X1, y, s):
    xs = [X0]
    for c in COLS_B:
        xs.append(xs[-1] + c)
    rf = font(24, True)
    if s["kind"] == "break":
        h = 64
        d.rectangle([X0, y, X1, y + h], fill=BAND_B)
        d.text((X0 + 22, y + 16), rng(s), font=rf, fill=WHITE)
        d.text((xs[1] + 22, y + 14), s["title"], font=font(27, True), fill=WHITE)
        d.line([(X0, y + h), (X1, y + h)], fill=LINE_B, width=1)
        return y + h
    tf = font(27, True)
    tl = wrap(d, s["title"], tf, COLS_B[1] - 44)
    ops, ph = people_b(s, COLS_B[2] - 40, X1 - xs[3] - 36)
    h = max(len(tl) * 42 - 6, ph, 34) + 46
    d.text((X0 + 22, y + 24), rng(s), font=rf, fill=WHITE)
    ty = y + 22
    for ln in tl:
        d.text((xs[1] + 22, ty), ln, font=tf, fill=TEAL_B)
        ty += 42
    for col, dy, text, f, fill in ops:
        d.text(((xs[2] if col == "s" else xs[3]) + 20, y + 24 + dy), text, font=f, fill=fill)
    for cx in xs[1:]:
        d.line([(cx, y), (cx, y + h)], fill=LINE_B, width=1)
    d.line([(X0, y + h), (X1, y + h)], fill=LINE_B, width=1)
    return y + h


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 50, W - 50
    logo_lines(d, 56, 50, WHITE, TEAL_B, 1.1)
    cf, yf = font(78, True), font(30, True)
    cw = tw(d, "CLK", cf)
    d.text((X1 - cw - tw(d, "2952", yf) - 6, 40), "CLK", font=cf, fill=WHITE, stroke_width=1, stroke_fill=TEAL_B)
    rtext(d, X1, 42, "2952", yf, WHITE)
    d.text((56, 230), "第947届中国", font=font(92, True), fill=WHITE, stroke_width=2, stroke_fill=(170, 90, 255))
    d.text((56, 346), "Linux 内核开发者大会", font=font(92, True), fill=WHITE, stroke_width=2,
           stroke_fill=(170, 90, 255))
    box = "10月21日 ｜ 延吉"
    d.rectangle([56, 500, 56 + tw(d, box, font(34, True)) + 52, 560], outline=WHITE, width=3)
    d.text((82, 506), box, font=font(34, True), fill=WHITE)
    d.text((56, 600), "地址：延边大学本部 科学会堂二楼报告厅", font=font(34, True), fill=WHITE)
    d.ellipse([860, 520, 1150, 810], fill=(40, 30, 110), outline=(120, 90, 255), width=3)
    d.ellipse([900, 550, 1060, 700], fill=(90, 70, 200))
    y = 900
    top = y
    y = top + 40 + 44 * len(wrap(d, INTRO_B, font(24), X1 - X0 - 80)) + 30
    d.rounded_rectangle([X0, top, X1, y], radius=4, fill=(14, 20, 50), outline=(70, 90, 150), width=2)
    para(d, X0 + 40, top + 40, INTRO_B, font(24), (206, 212, 230), X1 - X0 - 80, 44)
    y += 170
    d.text((W / 2 - tw(d, "AGENDA", font(130, True)) / 2, y - 44), "AGENDA", font=font(130, True), fill=(8, 12, 30),
           stroke_width=2, stroke_fill=(0, 150, 150))
    ctext(d, W / 2, y, "大会议程", font(72, True), WHITE)
    y += 190
    for k, (_, printed, host, slots) in enumerate(FORUMS_B):
        if k:
            d.text((X0, y - 34), "%02d" % k, font=font(96, True), fill=TEAL_B)
            d.text((X0 + 4, y + 44), printed, font=font(48, True), fill=WHITE)
            y += 124
        else:
            d.text((X0, y), printed, font=font(54, True), fill=WHITE)
            y += 92
        d.rectangle([X0, y, X1, y + 16], fill=TEAL_B)
        y += 34
        hf = font(28, True)
        d.text((X0, y), "主持人：", font=hf, fill=MAG_B)
        d.text((X0 + tw(d, "主持人：", hf), y), pad(host[0]), font=hf, fill=WHITE)
        d.text((X0 + tw(d, "主持人：" + pad(host[0]), hf) + 24, y + 6), host[1], font=font(22), fill=BLUE_B)
        y += 62
        y = table_head_b(d, X0, X1, y)
        for s in slots:
            y = row_b(d, X0, X1, y, s)
        y += 140
    d.text((W / 2 - tw(d, "SUPPORT", font(96, True)) / 2, y - 30), "SUPPORT", font=font(96, True), fill=(8, 12, 30),
           stroke_width=2, stroke_fill=(0, 150, 150))
    ctext(d, W / 2, y, "支持单位", font(50, True), WHITE)
    y = units_grid(d, X0 + 40, X1 - 40, y + 120, UNITS_B, 3, None, WHITE, bh=82, gap=22, outline=WHITE) + 60
    qrcode(d, W / 2 - 120, y, 240, 9521)
    ctext(d, W / 2, y + 270, "扫码报名 · 观看直播", font(38, True), WHITE)
    ctext(d, W / 2, y + 332, "主办：中国Linux内核开发者大会组委会　承办：延边大学工学院", font(22), GREY_B)
    return y + 420


def bg_b(w, h):
    im = vgrad(w, h, (12, 14, 40), (6, 8, 24))
    im = glow(im, 1100, 420, 420, (160, 70, 255), 0.6)
    im = glow(im, 900, 640, 260, (0, 200, 220), 0.35)
    for k, yy in enumerate(range(2100, h - 600, 1700)):
        im = glow(im, 1160 if k % 2 else 60, yy, 420, (130, 70, 255) if k % 2 else (0, 170, 190), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(14):  # the neon swirl of the header
        d.arc([560 - i * 26, 260 - i * 14, 1500 + i * 10, 1000 + i * 18], 150, 330,
              fill=(80 + i * 8, 50, 200 - i * 4), width=2)
    return grain(im, 9521, 0.003)


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 86, 88, 92): speakers are names as printed with spaces "
    "and the ideographic padding of two-character names removed ('邱　晨' -> '邱晨'; the Latin names 'Andrea Ricci' -> "
    "'AndreaRicci', 'Daniel Whitmore' -> 'DanielWhitmore'); host is the chair printed after '主持人：' for the forum "
    "covering the slot (the unit beside or under it no part of it and no affiliation), null for breaks; start/end "
    "HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, in printed order; "
    "affiliations keep a printed job title, joined to the company by one space ('华为 操作系统内核首席专家', 'SUSE "
    "Senior Kernel Engineer'); an opening speech printed with a speaker ('开幕致辞', '嘉宾致辞') is a talk, a slot printed "
    "without one ('开场') is a break; '午餐' closes 主论坛 as its break; every forum carries its edition's date. Two "
    "invented editions standing in for CLK2022's ONE agenda image (imgs/2022clk.png, a 1.5 MB PNG), each ONE "
    "whole-edition PNG holding CLK2022's four forums in printed order (主论坛, 处理器架构与调度分论坛, "
    "内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), each forum printed as a "
    "TABLE: CLK 2951 (第946届, 衡阳, 2951-10-23, 1080 wide) and CLK 2952 (第947届, 延吉, 2952-10-21, 1242 wide), both "
    "Saturdays; no talk and no person is on both. Headers, logo lines, introductions, addresses, date pills and boxes, "
    "'大会议程', the hollow 'AGENDA', 'AFTERNOON' and 'SUPPORT', the line '下午　三个分论坛同时进行', support units, QR "
    "captions, slogans and organiser lines are never part of a name, a title or a slot; the numerals '01'..'03' are no "
    "part of a forum's name; a table's header row ('时间 | 议题 | 演讲嘉宾', '时间 | 议题 | 讲者 | 单位') is no slot. "
    "Judgement calls: (1) CLK 2951 (royal blue): each forum's table has three columns 时间 | 议题 | 演讲嘉宾; the third "
    "column holds per speaker the name (bold) over 'company job' (wrapped where long: '中国科学院软件研究所智能软件研究中心 "
    "副研究员' over two lines is one affiliation); time, title and speakers are centred vertically in their row, so a "
    "title is level with the middle of its speaker block, not with its first name. 罗文韬 and 韦佳琪 (both 字节跳动) are "
    "two speakers of one row, one block under the other. The host is the name after '主持人：' at the right of the "
    "forum's heading (the unit under it is no part of it). Breaks ('茶歇', '午餐') and '开场' fill the topic and speaker "
    "columns as ONE merged cell. English-only titles ('Upstreaming Confidential Computing Support: Status and Roadmap', "
    "wrapped in the topic column, is one title joined with spaces). (2) CLK 2952 (near black): the forums of the "
    "afternoon are printed with the organisers' space before '分论坛' ('处理器架构与调度 分论坛', '内存管理与异构计算 分论坛', "
    "as their 2023 image prints '内存管理 分论坛'): the forum is the README's name, '处理器架构与调度分论坛' and "
    "'内存管理与异构计算分论坛'; 'IO 与 ebpf 分论坛' is printed as in the README. Its date box prints '10月21日 ｜ 延吉' "
    "without the year, as the organisers' 2023 image does; the year is the edition's (CLK 2952, printed at the top "
    "right). Each table has four columns 时间 | 议题 | 讲者 | 单位: a speaker's affiliation is the unit printed level "
    "with his name in the 单位 column ('company job', wrapped there over two or three lines where long: "
    "'中国科学院计算技术研究所处理器芯片全国重点实验室 博士研究生' is one affiliation). 'Daniel Whitmore' wraps in the narrow "
    "讲者 column ('Daniel' / 'Whitmore'): one name, 'DanielWhitmore'. 孟凡超 and 邱晨 (both 腾讯) and 苗雨晴 (阿里云) and "
    "包建新 (三星半导体) are two speakers of one row each, one line each. Two-character names are padded ('邱　晨', host "
    "'薛　敬'). Breaks are bands across the table. 'IO 与 ebpf 分论坛' has four talks and ends with its fourth (no break "
    "printed after it). (3) A round table is ONE slot of kind 'panel' (as sets 66, 79, 86, 88, 92): its speakers are "
    "the moderator first, then the guests in printed order, one affiliation each; the title keeps '圆桌论坛：'; the "
    "labels '主持人' / '嘉宾' (CLK 2951, over the blocks in the speaker column) and '主持人：' / '嘉宾：' (CLK 2952, on "
    "their own lines in the 讲者 column) are labels, no names; the moderator is not the forum's host (戴明远 vs 曾志勇, "
    "祁文斌 vs 朴永吉). Uncommon surnames: 卜 (卜晓东), 綦 (綦宇), 毋 (毋晓宇), 单 (单俊), 邝 (邝思敏), the compound 欧阳 "
    "(host 欧阳立). The titles '开幕致辞' and '嘉宾致辞' are the openings of two editions (different speakers)."
)

LAYOUTS = {
    "clk2951-hengyang-blue-table-3col.png": (
        "CLK 2951 (第946届), 衡阳, 2951-10-23 (PNG, 1080 x %d): ONE whole-edition image in the organisers' royal "
        "blue with CLK2022's four forums; each forum a heading ('主持人：name' over the unit at its right) and a table "
        "时间 | 议题 | 演讲嘉宾, the speaker column holding name over 'company job'; a round table with a moderator and "
        "four guests under labels; a two-speaker row; breaks as merged cells. 6 + 5 + 5 + 5 talks."),
    "clk2952-yanji-dark-table-4col.png": (
        "CLK 2952 (第947届), 延吉, 2952-10-21 (PNG, 1242 x %d): ONE whole-edition image in the organisers' near "
        "black with CLK2022's four forums (printed '… 分论坛' with a space); each forum a numeral, name, bar and "
        "'主持人：name  unit', then a table 时间 | 议题 | 讲者 | 单位 with one line per person and the unit column "
        "wrapped; a round table with labelled moderator and guests; two two-speaker rows; breaks as bands. "
        "6 + 5 + 5 + 4 talks."),
}


def check(posters):
    """Every date a Saturday, no person printed twice in the set, no talk on two pictures."""
    people, titles = [], []
    for _, host, slots in FORUMS_A:
        people.append(host[0])
        people += [sp["name"] for s in slots for sp in s["sp"]]
    for _, _, host, slots in FORUMS_B:
        people.append(host[0])
        people += [sp["name"] for s in slots for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    # the Latin name of CLK 2952 wraps in its narrow column; the long institutes wrap
    assert len(wrap(None, "Daniel Whitmore", font(24, True), COLS_B[2] - 40)) == 2
    assert len(wrap(None, "中国科学院计算技术研究所处理器芯片全国重点实验室 博士研究生", font(20),
                    1142 - sum(COLS_B) - 36)) >= 2
    return len(titles)


def main():
    im_a = two_pass(1080, paint_a, bg_a)
    im_b = two_pass(1242, paint_b, bg_b)
    pics = [("clk2951-hengyang-blue-table-3col.png", im_a,
             [{"forum": n, "date": DATE_A, "slots": [truth_slot(s) for s in sl]} for n, _, sl in FORUMS_A]),
            ("clk2952-yanji-dark-table-4col.png", im_b,
             [{"forum": n, "date": DATE_B, "slots": [truth_slot(s) for s in sl]} for n, _, _, sl in FORUMS_B])]
    posters = []
    for fn, im, forums in pics:
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert im.size[0] in (1080, 1242)
        assert 1.0e6 <= size <= 1.6e6, (fn, size)
        posters.append({"file": fn, "layout": LAYOUTS[fn] % im.size[1], "date": forums[0]["date"],
                        "forums": forums})
    n = check(posters)
    print("scored talks", n)
    assert 35 <= n <= 50, n
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
