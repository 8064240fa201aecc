"""Draw the hundred-and-seventh blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances
(seeds are fixed numbers, never hash()).  The set stands in for CLK2022's ONE
agenda image (imgs/2022clk.png, a 1.5 MB PNG): two invented editions, each ONE
whole-edition PNG with CLK2022's four forums, each forum printed as a TABLE:
  CLK 3071 (第1066届, 锦州, 3071-10-21): 1080 wide, LIGHT (a pale page, royal
    blue and cyan ink, the organisers' 2024 colours on white); each forum is
    ONE boxed table whose first rows are a royal caption band (number box and
    name), a host row '主持人：name  unit' and the head row
    时间 | 主题 | 讲者 | 单位/职务; cells centred vertically; the round table's
    people carry small tags '主持' / '嘉宾' before their names in 讲者.
  CLK 3072 (第1067届, 石河子, 3072-10-26): 1242 wide, DARK (the organisers' near
    black after their 2023 image); each forum under a big teal numeral with its
    name printed with the 2023 space before '分论坛', a teal bar and
    '主持人：name' over the unit; then a three-column table
    时间 | 议题 | 演讲嘉宾, ranges with an en dash ('09:15–09:45'), per speaker
    the name (padded) over 'company｜job' (company and job on two lines where
    they do not fit on one); the round table under '主持人：' and '嘉宾：'.
Helpers from font to pad (font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, T, P, B, plain, S, aff,
truth_slot, two_pass, cup, bowl, logo_lines, para, fits, MEALS, WHITE, rng,
meal_mark, units_grid, saturday, pad) are copied unchanged from
bench/eval/posters-blind-102/draw.py (which took them from sets 95 and 59);
everything after pad is new.
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


def pad(name):
    """Two-character names padded with a full-width space, as the organisers' 2023 image prints them."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name



# ===========================================================================
# 1. CLK 3071 (第1066届), 锦州, Saturday 3071-10-21: ONE whole-edition PNG, 1080
#    wide, LIGHT: a pale page in the organisers' royal blue and cyan; each forum
#    ONE boxed table: a royal caption band (a white number box for the afternoon
#    forums), a host row, the head row 时间 | 主题 | 讲者 | 单位/职务, then the
#    rows, every cell centred vertically in its row; two speakers of a talk one
#    under the other in 讲者 with each unit level with its name in 单位/职务; the
#    round table's people tagged '主持' (filled) and '嘉宾' (outlined).
DATE_A = "3071-10-21"
FORUMS_A = [
    ("主论坛", ("亓明辉", "渤海大学信息科学与技术学院 院长"), [
        T("09:00", "09:15", "开幕致辞", [S("姜永庆", "渤海大学", "副校长")], "亓明辉"),
        T("09:15", "09:45", "面向智算中心的 Linux 内核演进：资源隔离与可观测性",
          [S("冯晓川", "华为", "操作系统内核首席专家")], "亓明辉"),
        T("09:45", "10:15", "Upstream First: Lessons from Ten Years of Arm64 Kernel Maintenance",
          [S("Mateo Ruiz", "Arm", "Principal Software Engineer")], "亓明辉"),
        B("10:15", "10:30", "茶歇"),
        T("10:30", "11:00", "安卓 GKI 时代的内核模块化与厂商定制",
          [S("骆俊杰", "vivo", "内核架构师"), S("房思雨", "vivo", "系统软件工程师")], "亓明辉"),
        T("11:00", "11:30", "龙蜥内核在混合部署场景下的 QoS 保障", [S("黎志诚", "阿里云", "资深技术专家")], "亓明辉"),
        P("11:30", "12:15", "圆桌论坛：开源内核人才的培养与高校课程改革",
          S("訾建华", "渤海大学", "教授"),
          [S("俞泽", "腾讯", "TencentOS 内核负责人"), S("程嘉怡", "麒麟软件", "操作系统研究院副院长"),
           S("邬东升", "字节跳动", "系统技术专家"), S("甘露", "英特尔", "开源技术中心首席工程师")], "亓明辉"),
        B("12:15", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("霍志远", "龙芯中科 内核团队负责人"), [
        T("13:30", "14:00", "LoongArch 虚拟化中的二进制翻译加速支持", [S("包文轩", "龙芯中科", "虚拟化工程师")], "霍志远"),
        T("14:00", "14:30", "EEVDF Deadline Tuning for Latency-Sensitive Services",
          [S("黄书恒", "小米", "系统性能工程师")], "霍志远"),
        T("14:30", "15:00", "超大规模 NUMA 系统上的 RCU 回调卸载与抖动治理",
          [S("岑浩", "浪潮信息", "内核工程师"), S("严子墨", "北京大学计算机学院系统软件研究所", "博士研究生")],
          "霍志远"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "RISC-V 平台上的 IPI 加速与调度域拓扑建模", [S("亢旭", "平头哥半导体", "软件专家")], "霍志远"),
        T("15:45", "16:15", "调度器中的能耗感知：大小核手机上的实践", [S("曲晓静", "荣耀", "高级内核工程师")], "霍志远"),
    ]),
    ("内存管理与异构计算分论坛", ("葛元昊", "腾讯云 内核技术专家"), [
        T("13:30", "14:00", "多尺寸 THP 在云主机上的部署与 TLB 收益评估", [S("刘俊哲", "京东云", "内核专家")], "葛元昊"),
        T("14:00", "14:30", "Managing Accelerator Memory with DMA-BUF Heaps and cgroups",
          [S("邱思远", "摩尔线程", "驱动架构师")], "葛元昊"),
        T("14:30", "15:00", "内存规整的主动触发与碎片度量",
          [S("卓一鸣", "字节跳动", "STE 内核工程师"), S("龚佳", "字节跳动", "高级工程师")], "葛元昊"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "国产 GPU 驱动中的显存虚拟化与热迁移", [S("庞立伟", "景嘉微", "GPU 软件部经理")], "葛元昊"),
        T("15:45", "16:15", "swap 子系统的冷页识别与分级压缩", [S("莫晓蕾", "OPPO", "内核专家")], "葛元昊"),
    ]),
    ("IO 与 ebpf 分论坛", ("阚立群", "网易 存储内核负责人"), [
        T("13:30", "14:00", "io_uring 在分布式块存储客户端中的落地", [S("程晖", "蚂蚁集团", "存储技术专家")], "阚立群"),
        T("14:00", "14:30", "NVMe over TCP 的内核卸载与尾延迟优化", [S("韦博文", "中兴通讯", "存储软件工程师")], "阚立群"),
        T("14:30", "15:00", "Scheduling Network Softirqs with BPF struct_ops", [S("项明", "快手", "基础架构工程师")],
          "阚立群"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "基于 eBPF 的容器文件访问审计与性能代价", [S("汪蕾", "深信服", "安全研究员")], "阚立群"),
        T("15:45", "16:15", "blk-throttle 与 iocost 在混部场景下的对比评测", [S("赖宗泽", "美团", "系统工程师")], "阚立群"),
    ]),
]
INTRO_A = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，简称 CLK）举办至今已是第1066届，由清华大学、华为、阿里云、"
           "腾讯、字节跳动、英特尔、龙芯中科、vivo、OPPO 等单位共同发起，以“自由、协作、创新”为理念，以开源技术的推广和"
           "普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本次大会由渤海大学承办，上午为主论坛，下午三个"
           "分论坛同时进行，诚邀广大 Linux 开发者和爱好者参加本次大会。")
UNITS_A = ["渤海大学", "华为", "阿里云", "腾讯", "字节跳动", "英特尔", "Arm", "龙芯中科", "vivo", "OPPO", "荣耀",
           "麒麟软件"]
ROYAL_A, DEEP_A, CYAN_A = (22, 78, 222), (12, 46, 168), (0, 170, 236)
NAVY_A, INK_A, GREY_A, PINK_A = (16, 34, 96), (28, 34, 56), (88, 102, 134), (222, 60, 156)
PAGE_A, ZEBRA_A, GRID_A, BAND_A = (244, 248, 255), (237, 244, 255), (178, 200, 240), (210, 240, 252)
HEADROW_A = (224, 236, 255)
COLS_A = (150, 396, 150)  # time, topic, speaker; 单位/职务 takes the rest
FT_A, FN_A, FU_A, FR_A = font(24, True), font(23, True), font(18), font(22, True)


def tag_a(d, x, y, label, filled):
    """The small tag before a round-table person's name: '主持' filled pink, '嘉宾' outlined royal."""
    f = font(15, True)
    w = tw(d, label, f) + 12
    if filled:
        d.rounded_rectangle([x, y, x + w, y + 24], radius=5, fill=PINK_A)
        d.text((x + 6, y + 1), label, font=f, fill=WHITE)
    else:
        d.rounded_rectangle([x, y, x + w, y + 24], radius=5, outline=ROYAL_A, width=2)
        d.text((x + 6, y + 1), label, font=f, fill=ROYAL_A)
    return w + 6


def people_a(s, ws, wa):
    """The 讲者 and 单位/职务 cells: one entry per person, each unit level with its name.  Returns ops, height."""
    ops, y = [], 0
    for i, sp in enumerate(s["sp"]):
        x = 0
        if s["kind"] == "panel":
            x = tw(None, "主持", font(15, True)) + 18
            ops.append(("tag", 0, y + 4, "主持" if i == 0 else "嘉宾", i == 0))
        nl = wrap(None, sp["name"], FN_A, ws - x)
        assert len(nl) == 1, sp["name"]
        al = wrap(None, aff(sp), FU_A, wa)
        for j, ln in enumerate(al):
            ops.append(("u", 0, y + 3 + j * 28, ln))
        ah = 28 * len(al) - 2
        ops.append(("n", x, y + max(0, (ah - 34) // 2) if len(al) > 1 else y, nl[0]))
        y += max(34, ah) + 12
    return ops, y - 12


def xs_a(X0, X1):
    xs = [X0]
    for c in COLS_A:
        xs.append(xs[-1] + c)
    return xs + [X1]


def caption_a(d, X0, X1, y, k, name, host):
    """The forum's first rows inside its box: a royal band with the name, then the host row, then the head row."""
    h = 78
    for i in range(X1 - X0):  # royal to cyan
        t = i / (X1 - X0)
        d.line([(X0 + i, y), (X0 + i, y + h)],
               fill=tuple(int(ROYAL_A[c] + (CYAN_A[c] - ROYAL_A[c]) * t * 0.8) for c in range(3)))
    x = X0 + 26
    if k:
        d.rounded_rectangle([x, y + 16, x + 64, y + 62], radius=6, fill=WHITE)
        ctext(d, x + 32, y + 17, "%02d" % k, font(32, True), ROYAL_A)
        x += 84
    else:
        for j in range(2):
            d.polygon([(x + j * 24, y + 24), (x + j * 24 + 20, y + 39), (x + j * 24, y + 54)],
                      fill=WHITE if j else (150, 220, 255))
        x += 64
    d.text((x, y + 12), name, font=font(38, True), fill=WHITE)
    y += h
    hh = 58
    d.rectangle([X0, y, X1, y + hh], fill=WHITE)
    hf = font(24, True)
    d.text((X0 + 26, y + 13), "主持人：", font=hf, fill=PINK_A)
    hx = X0 + 26 + tw(d, "主持人：", hf)
    d.text((hx, y + 13), host[0], font=hf, fill=NAVY_A)
    d.text((hx + tw(d, host[0], hf) + 22, y + 18), host[1], font=font(19), fill=GREY_A)
    d.line([(X0, y + hh), (X1, y + hh)], fill=GRID_A, width=1)
    y += hh
    xs = xs_a(X0, X1)
    d.rectangle([X0, y, X1, y + 50], fill=HEADROW_A)
    for lab, a, b in zip(("时间", "主题", "讲者", "单位/职务"), xs, xs[1:]):
        ctext(d, (a + b) / 2, y + 10, lab, font(22, True), ROYAL_A)
    for cx in xs[1:-1]:
        d.line([(cx, y), (cx, y + 50)], fill=GRID_A, width=1)
    d.line([(X0, y + 50), (X1, y + 50)], fill=GRID_A, width=1)
    return y + 50


def row_a(d, X0, X1, y, s, k):
    xs = xs_a(X0, X1)
    if s["kind"] == "break":
        h = 60
        d.rectangle([X0, y, X1, y + h], fill=BAND_A)
        ctext(d, (xs[0] + xs[1]) / 2, y + 16, rng(s), FR_A, ROYAL_A)
        lf = font(25, True)
        lw = tw(d, s["title"], lf) + (52 if s["title"] in MEALS else 0)
        lx = (xs[1] + X1) / 2 - lw / 2
        meal_mark(d, lx, y + 14, s, CYAN_A, 0.95)
        d.text((lx + (52 if s["title"] in MEALS else 0), y + 13), s["title"], font=lf, fill=NAVY_A)
        d.line([(xs[1], y), (xs[1], y + h)], fill=GRID_A, width=1)
        d.line([(X0, y + h), (X1, y + h)], fill=GRID_A, width=1)
        return y + h
    tl = wrap_nicely(d, s["title"], FT_A, COLS_A[1] - 36)
    ops, ph = people_a(s, COLS_A[2] - 24, X1 - xs[3] - 28)
    th = len(tl) * 36 - 4
    h = max(th, ph, 30) + 40
    d.rectangle([X0, y, X1, y + h], fill=ZEBRA_A if k % 2 else WHITE)
    ctext(d, (xs[0] + xs[1]) / 2, y + (h - 30) // 2, rng(s), FR_A, ROYAL_A)
    ty = y + (h - th) // 2 - 3
    for i, ln in enumerate(tl):
        d.text((xs[1] + 18, ty + i * 36), ln, font=FT_A, fill=NAVY_A)
    py = y + (h - ph) // 2 - 2
    for op in ops:
        if op[0] == "tag":
            tag_a(d, xs[2] + 12, py + op[2], op[3], op[4])
        elif op[0] == "n":
            d.text((xs[2] + 12 + op[1], py + op[2]), op[3], font=FN_A, fill=INK_A)
        else:
            d.text((xs[3] + 14, py + op[2]), op[3], font=FU_A, fill=GREY_A)
    for cx in xs[1:-1]:
        d.line([(cx, y), (cx, y + h)], fill=GRID_A, width=1)
    d.line([(X0, y + h), (X1, y + h)], fill=GRID_A, width=1)
    return y + h


def plate_a(d, W, y, text, size):
    f = font(size, True)
    bw = tw(d, text, f) + 90
    d.polygon([(W / 2 - bw / 2 + 20, y), (W / 2 + bw / 2 + 20, y), (W / 2 + bw / 2 - 20, y + size + 30),
               (W / 2 - bw / 2 - 20, y + size + 30)], fill=ROYAL_A)
    d.polygon([(W / 2 + bw / 2 + 30, y), (W / 2 + bw / 2 + 44, y), (W / 2 + bw / 2 + 4, y + size + 30),
               (W / 2 + bw / 2 - 10, y + size + 30)], fill=CYAN_A)
    ctext(d, W / 2, y + 9, text, f, WHITE)


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 36, W - 36
    logo_lines(d, 44, 44, NAVY_A, ROYAL_A, 1.05)
    rtext(d, X1, 42, "渤海大学", font(34, True), ROYAL_A)
    rtext(d, X1, 90, "BOHAI UNIVERSITY", font(16, True), GREY_A)
    d.text((44, 190), "第1066届中国", font=font(88, True), fill=ROYAL_A)
    d.text((44, 300), fits(d, "Linux内核开发者大会", font(86, True), X1 - 44), font=font(86, True), fill=NAVY_A,
           stroke_width=1, stroke_fill=NAVY_A)
    pill = "3071年10月21日（周六）｜ 锦州"
    pf = font(30, True)
    d.rounded_rectangle([44, 462, 44 + tw(d, pill, pf) + 56, 518], radius=28, fill=ROYAL_A)
    d.text((72, 467), pill, font=pf, fill=WHITE)
    d.text((44, 556), "地址：渤海大学滨海校区 图书馆一楼学术报告厅", font=font(29, True), fill=NAVY_A)
    cx, cy = 930, 520
    d.ellipse([cx - 92, cy - 92, cx + 92, cy + 92], outline=CYAN_A, width=6)
    d.ellipse([cx - 74, cy - 74, cx + 74, cy + 74], outline=ROYAL_A, width=2)
    ctext(d, cx, cy - 50, "CLK", font(46, True), ROYAL_A)
    ctext(d, cx, cy + 8, "3071", font(30, True), CYAN_A)
    y = 690
    f = font(22)
    lines = wrap(d, INTRO_A, f, X1 - X0 - 88)
    top, y = y, y + 40 + 38 * len(lines) + 18
    d.rounded_rectangle([X0, top, X1, y], radius=10, fill=WHITE, outline=GRID_A, width=2)
    for (ax, ay), (bx, by) in (((X0, top), (1, 1)), ((X1, top), (-1, 1)), ((X0, y), (1, -1)), ((X1, y), (-1, -1))):
        d.line([(ax, ay), (ax + 40 * bx, ay)], fill=ROYAL_A, width=5)
        d.line([(ax, ay), (ax, ay + 40 * by)], fill=ROYAL_A, width=5)
    para(d, X0 + 44, top + 38, INTRO_A, f, INK_A, X1 - X0 - 88, 38)
    y += 110
    af = font(112, True)
    d.text((W / 2 - tw(d, "AGENDA", af) / 2, y - 56), "AGENDA", font=af, fill=PAGE_A, stroke_width=2,
           stroke_fill=(188, 206, 246))
    plate_a(d, W, y, "大会议程", 50)
    y += 160
    for k, (name, host, slots) in enumerate(FORUMS_A):
        if k == 1:
            pf = font(28, True)
            pw = tw(d, "下午　三个分论坛同时进行", pf) + 70
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 56], radius=28, fill=PINK_A)
            ctext(d, W / 2, y + 9, "下午　三个分论坛同时进行", pf, WHITE)
            y += 100
        top = y
        y = caption_a(d, X0, X1, y, k, name, host)
        for i, s in enumerate(slots):
            y = row_a(d, X0, X1, y, s, i)
        d.rectangle([X0, top, X1, y], outline=ROYAL_A, width=2)
        y += 90
    plate_a(d, W, y, "支持单位", 44)
    y = units_grid(d, X0 + 50, X1 - 50, y + 120, UNITS_A, 4, WHITE, NAVY_A, bh=76, gap=20, outline=ROYAL_A) + 50
    qrcode(d, W / 2 - 120, y, 240, 10711)
    d.rectangle([W / 2 - 128, y - 8, W / 2 + 128, y + 248], outline=ROYAL_A, width=3)
    ctext(d, W / 2, y + 272, "扫码报名", font(40, True), ROYAL_A)
    ctext(d, W / 2, y + 334, "300 份现场礼品，先到先得", font(25), GREY_A)
    ctext(d, W / 2, y + 398, "相聚锦州 · 同探 Linux 内核之美", font(36, True), ROYAL_A)
    y += 500
    d.rectangle([0, y, W, y + 100], fill=ROYAL_A)
    ctext(d, W / 2, y + 34, "主办：中国Linux内核开发者大会组委会　承办：渤海大学信息科学与技术学院", font(22), WHITE)
    return y + 100


def bg_a(w, h):
    im = vgrad(w, h, PAGE_A, (236, 243, 255))
    top = vgrad(w, 660, (214, 230, 255), PAGE_A)
    im.paste(top, (0, 0))
    lay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ld = ImageDraw.Draw(lay)
    for i in range(9):  # light streaks across the header, as the 2024 image has them in blue
        ld.line([(420 + i * 70, 0), (w, 420 - i * 38)], fill=(60, 120, 240, 40), width=2)
    for i in range(6):
        ld.arc([560 - i * 26, 280 - i * 18, 1320 + i * 20, 900 + i * 12], 170, 320, fill=(0, 170, 236, 60), width=2)
    for k, yy in enumerate(range(2300, h - 500, 1500)):  # faint blue discs down the page
        cx = w - 40 if k % 2 else 40
        ld.ellipse([cx - 260, yy - 260, cx + 260, yy + 260], fill=(22, 78, 222, 10))
    im = Image.alpha_composite(im.convert("RGBA"), lay.filter(ImageFilter.GaussianBlur(1))).convert("RGB")
    return grain(im, 10711, GRAIN_A)


GRAIN_A = 0.005


# ===========================================================================
# 2. CLK 3072 (第1067届), 石河子, Saturday 3072-10-26: ONE whole-edition PNG,
#    1242 wide, DARK: the organisers' near black (after their 2023 image); each
#    forum a big teal numeral (none for 主论坛) with the name over its lower part,
#    printed with the 2023 space before '分论坛'; a teal bar; '主持人：name' over
#    the unit; then a table 时间 | 议题 | 演讲嘉宾, top-aligned, ranges with an
#    en dash, per speaker the padded name over 'company｜job' (company and job
#    on lines of their own where they do not fit on one); bands for breaks.
DATE_B = "3072-10-26"
FORUMS_B = [
    ("主论坛", ("司马骏", "石河子大学信息科学与技术学院 副院长"), [
        B("08:30", "09:00", "签到"),
        T("09:00", "09:15", "欢迎致辞", [S("郗振国", "石河子大学", "副校长")], "司马骏"),
        T("09:15", "09:45", "从可用到好用：国产操作系统内核的长期维护实践", [S("施云鹏", "统信软件", "内核研发部总监")],
          "司马骏"),
        T("09:45", "10:15", "Rethinking the Page Cache for Persistent and CXL Memory",
          [S("Elena Marchetti", "Canonical", "Kernel Team Lead")], "司马骏"),
        B("10:15", "10:30", "茶歇"),
        T("10:30", "11:00", "大模型训练集群的内核调优：网络、存储与调度",
          [S("柏永辉", "商汤科技", "系统架构师"), S("郝蕊", "商汤科技", "高级工程师")], "司马骏"),
        T("11:00", "11:30", "龙芯服务器平台的内核支持进展", [S("卞思成", "龙芯中科", "系统软件部经理")], "司马骏"),
        P("11:30", "12:15", "圆桌论坛：AI 时代 Linux 内核社区的机遇与挑战",
          S("笪文", "新疆大学", "教授"),
          [S("贺一鸣", "华为", "openEuler 技术委员会委员"), S("钱程", "阿里云", "操作系统团队负责人"),
           S("邵丽萍", "蚂蚁集团", "基础设施技术专家"), S("任天宇", "天津飞腾信息技术有限公司", "操作系统研发部高级工程师")],
          "司马骏"),
        B("12:15", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("芮成", "海光信息 软件研发总监"), [
        T("13:30", "14:00", "ARM64 服务器上的 SMT 调度与核隔离实践", [S("薛宁", "腾讯", "内核工程师")], "芮成"),
        T("14:00", "14:30", "Per-Task Latency Nice: From Proposal to Production", [S("朱晨曦", "OPPO", "内核专家")],
          "芮成"),
        T("14:30", "15:00", "基于 PMU 事件的 NUMA 负载均衡改进",
          [S("谭雅文", "华中科技大学", "博士研究生"), S("雷鸣远", "字节跳动", "内核工程师")], "芮成"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "PREEMPT_RT 在工业控制器上的延迟测评", [S("蒲嘉", "中国科学院沈阳自动化研究所", "副研究员")],
          "芮成"),
        T("15:45", "16:15", "自旋锁退避策略在多路服务器上的再评估", [S("戴俊豪", "浪潮信息", "性能优化工程师")], "芮成"),
    ]),
    ("内存管理与异构计算分论坛", ("邓秀梅", "中兴通讯 操作系统首席架构师"), [
        T("13:30", "14:00", "memcg 回收的公平性问题与改进", [S("温俊", "百度智能云", "内核工程师")], "邓秀梅"),
        T("14:00", "14:30", "Hugetlb Vmemmap Optimization in Practice", [S("鲍子涵", "华为云", "虚拟化内核工程师")], "邓秀梅"),
        T("14:30", "15:00", "NPU 驱动的统一内存寻址与缺页处理", [S("桂晨", "寒武纪", "驱动工程师")], "邓秀梅"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "手机场景下的 zram 写回与闪存寿命平衡", [S("褚凯", "荣耀", "存储系统专家")], "邓秀梅"),
        T("15:45", "16:15", "KSM 在虚拟机密集部署中的收益与安全权衡", [S("封雅琪", "中国移动云能力中心", "IaaS 产品部内核专家")],
          "邓秀梅"),
    ]),
    ("IO 与 ebpf 分论坛", ("伏海鹰", "滴滴 操作系统团队负责人"), [
        T("13:30", "14:00", "基于 BPF 的块层 IO 延迟分布采集", [S("裴雨", "小红书", "SRE 工程师")], "伏海鹰"),
        T("14:00", "14:30", "XFS Online Repair: Status and Deployment Notes", [S("景浩然", "SmartX", "存储内核工程师")],
          "伏海鹰"),
        T("14:30", "15:00", "eBPF 程序的签名校验与加载安全", [S("柯敏", "奇安信", "安全研究员")], "伏海鹰"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "FUSE passthrough 在 AI 数据集加载中的实践", [S("欧阳晴", "联想", "操作系统工程师")], "伏海鹰"),
    ]),
]
PRINTED_B = {"处理器架构与调度分论坛": "处理器架构与调度 分论坛", "内存管理与异构计算分论坛": "内存管理与异构计算 分论坛",
             "IO 与 ebpf 分论坛": "IO 与 ebpf 分论坛", "主论坛": "主论坛"}
INTRO_B = ("CLK 即“中国 Linux 内核开发者大会”（以下简称 CLK），举办至今已是第1067届，由清华大学、华为、阿里云、腾讯、"
           "字节跳动、英特尔、龙芯中科、OPPO、vivo 等单位发起，以“自由、协作、创新”为理念，以开源技术的推广和普及为"
           "使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。每届线下参会人数逾 500 人。本届大会由石河子大学承办，"
           "现诚邀广大 Linux 开发者和爱好者参加本次大会。")
UNITS_B = ["石河子大学", "新疆大学", "华为", "阿里云", "腾讯", "字节跳动", "英特尔", "Canonical", "龙芯中科", "海光信息",
           "中兴通讯", "OpenCloudOS"]
TEAL_B, BLUE_B, GREY_B, VIO_B = (0, 228, 210), (96, 156, 255), (150, 160, 190), (178, 98, 255)
LINE_B, HEAD_B, ZEB_B, BAND_B = (44, 64, 120), (0, 196, 182), (18, 24, 62), (26, 52, 132)
COLS_B = (214, 500)  # time, topic; 演讲嘉宾 takes the rest
FT_B, FN_B, FU_B, FR_B = font(28, True), font(27, True), font(21), font(25, True)


def rng_b(s):
    """CLK 3072 prints its ranges with an en dash: '09:15–09:45'."""
    return "%s\u2013%s" % (s["start"], s["end"])


def aff_lines_b(sp, w):
    """'company｜job' on one line where it fits, else the company and the job on lines of their own (each wrapped)."""
    one = sp["company"] + "｜" + sp["job"]
    if tw(None, one, FU_B) <= w:
        return [one]
    return wrap(None, sp["company"], FU_B, w) + wrap(None, sp["job"], FU_B, w)


def people_b(s, w):
    ops, y = [], 0
    for i, sp in enumerate(s["sp"]):
        if s["kind"] == "panel" and i in (0, 1):
            ops.append((0, y, "主持人：" if i == 0 else "嘉宾：", font(22, True), VIO_B))
            y += 36
        nm = sp["name"] if " " in sp["name"] else pad(sp["name"])
        ops.append((0, y, fits(None, nm, FN_B, w), FN_B, WHITE))
        y += 40
        for ln in aff_lines_b(sp, w):
            ops.append((0, y, ln, FU_B, BLUE_B))
            y += 30
        y += 14
    return ops, y - 14


def heading_b(d, X0, X1, y, k, name, host):
    pn = PRINTED_B[name]
    if k:
        # the numeral's foot is cut off where the name begins, as the 2023 image prints '01'..'04'
        nf = font(112, True)
        lay = Image.new("L", (300, 200), 0)
        ImageDraw.Draw(lay).text((0, 0), "%02d" % k, font=nf, fill=255)
        t, b = nf.getbbox("%02d" % k)[1::2]
        lay = lay.crop((0, t, 300, t + int((b - t) * 0.58)))
        d.bitmap((X0 - 4, y + 50 - lay.size[1]), lay, fill=TEAL_B)
        d.text((X0 + 4, y + 44), pn, font=font(48, True), fill=WHITE)
        y += 124
    else:
        d.text((X0, y), pn, font=font(52, True), fill=WHITE)
        y += 88
    d.rectangle([X0, y, X1, y + 14], fill=TEAL_B)
    y += 32
    hf = font(27, True)
    d.text((X0, y), "主持人：", font=hf, fill=VIO_B)
    d.text((X0 + tw(d, "主持人：", hf), y), host[0], font=hf, fill=WHITE)
    d.text((X0, y + 44), host[1], font=font(21), fill=BLUE_B)
    return y + 92


def table_head_b(d, X0, X1, y):
    xs = [X0, X0 + COLS_B[0], X0 + COLS_B[0] + COLS_B[1], X1]
    d.rectangle([X0, y, X1, y + 54], fill=HEAD_B)
    for lab, a, b in zip(("时间", "议题", "演讲嘉宾"), xs, xs[1:]):
        ctext(d, (a + b) / 2, y + 10, lab, font(26, True), (8, 14, 40))
    return y + 54


def row_b(d, X0, X1, y, s, k):
    xs = [X0, X0 + COLS_B[0], X0 + COLS_B[0] + COLS_B[1], X1]
    if s["kind"] == "break":
        h = 64
        d.rectangle([X0, y, X1, y + h], fill=BAND_B)
        d.text((X0 + 22, y + 16), rng_b(s), font=FR_B, fill=WHITE)
        meal_mark(d, xs[1] + 24, y + 15, s, TEAL_B)
        d.text((xs[1] + (78 if s["title"] in MEALS else 24), y + 12), s["title"], font=font(28, True), fill=TEAL_B)
        return y + h
    tl = wrap_nicely(d, s["title"], FT_B, COLS_B[1] - 44)
    ops, ph = people_b(s, X1 - xs[2] - 44)
    h = max(len(tl) * 42 - 6, ph, 34) + 48
    if k % 2:
        d.rectangle([X0, y, X1, y + h], fill=ZEB_B)
    d.text((X0 + 22, y + 26), rng_b(s), font=FR_B, fill=WHITE)
    for i, ln in enumerate(tl):
        d.text((xs[1] + 22, y + 22 + i * 42), ln, font=FT_B, fill=TEAL_B)
    for dx, dy, text, f, fill in ops:
        d.text((xs[2] + 22 + dx, y + 23 + dy), text, font=f, fill=fill)
    for cx in xs[1:3]:
        d.line([(cx, y + 14), (cx, y + h - 14)], fill=LINE_B, width=1)
    d.line([(X0, y + h), (X1, y + h)], fill=LINE_B, width=1)
    return y + h


def pin_b(d, x, y, fill, hole):
    d.ellipse([x, y, x + 24, y + 24], fill=fill)
    d.polygon([(x + 2, y + 16), (x + 22, y + 16), (x + 12, y + 34)], fill=fill)
    d.ellipse([x + 7, y + 7, x + 17, y + 17], fill=hole)


def hollow_word(d, W, y, word, size, fill, outline):
    f = font(size, True)
    d.text((W / 2 - tw(d, word, f) / 2, y), word, font=f, fill=fill, stroke_width=2, stroke_fill=outline)


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 56, W - 56
    logo_lines(d, 60, 52, WHITE, TEAL_B, 1.1)
    cf, yf = font(84, True), font(30, True)
    cw, yw = tw(d, "CLK", cf), tw(d, "3072", yf)
    d.text((X1 - cw - yw - 8, 36), "CLK", font=cf, fill=WHITE, stroke_width=2, stroke_fill=(60, 120, 255))
    d.text((X1 - yw, 44), "3072", font=yf, fill=WHITE)
    vio = (150, 80, 255)
    d.text((60, 220), "第1067届中国", font=font(96, True), fill=WHITE, stroke_width=3, stroke_fill=vio)
    d.text((60, 342), "Linux 内核开发者大会", font=font(96, True), fill=WHITE, stroke_width=3, stroke_fill=vio)
    bf = font(34, True)
    date = "3072年10月26日"
    px = 60 + 28 + tw(d, date, bf) + 22
    bx1 = px + 36 + tw(d, "石河子", bf) + 28
    d.rectangle([60, 510, bx1, 572], outline=WHITE, width=3)
    d.text((88, 515), date, font=bf, fill=WHITE)
    pin_b(d, px, 524, WHITE, (12, 14, 40))
    d.text((px + 36, 515), "石河子", font=bf, fill=WHITE)
    d.text((60, 616), "地址：石河子大学北区 图书馆学术报告厅", font=font(36, True), fill=WHITE)
    y = 900
    f = font(25)
    lines = wrap(d, INTRO_B, f, X1 - X0 - 90)
    top, y = y, y + 46 + 46 * len(lines) + 26
    d.rectangle([X0, top, X1, y], fill=(14, 20, 52), outline=(70, 90, 160), width=2)
    para(d, X0 + 45, top + 46, INTRO_B, f, (208, 214, 232), X1 - X0 - 90, 46)
    y += 190
    hollow_word(d, W, y - 50, "AGENDA", 136, (8, 12, 30), (0, 150, 150))
    ctext(d, W / 2, y, "大会议程", font(74, True), WHITE)
    y += 210
    for k, (name, host, slots) in enumerate(FORUMS_B):
        y = heading_b(d, X0, X1, y, k, name, host)
        y = table_head_b(d, X0, X1, y)
        for i, s in enumerate(slots):
            y = row_b(d, X0, X1, y, s, i)
        d.rectangle([X0, y, X1, y + 4], fill=TEAL_B)
        y += 170
    hollow_word(d, W, y - 36, "SUPPORT", 110, (8, 12, 30), (0, 150, 150))
    ctext(d, W / 2, y, "支持单位", font(58, True), WHITE)
    y = units_grid(d, X0 + 40, X1 - 40, y + 130, UNITS_B, 3, None, WHITE, bh=84, gap=24, outline=WHITE) + 70
    qrcode(d, W / 2 - 130, y, 260, 10721)
    ctext(d, W / 2, y + 292, "扫码报名 · 观看直播", font(40, True), WHITE)
    ctext(d, W / 2, y + 360, "主办：中国Linux内核开发者大会组委会　承办：石河子大学", font(24), GREY_B)
    return y + 450


def bg_b(w, h):
    im = vgrad(w, h, (12, 14, 42), (6, 8, 26))
    im = glow(im, 1080, 560, 460, (150, 70, 255), 0.6)
    im = glow(im, 900, 760, 260, (0, 190, 220), 0.35)
    for k, yy in enumerate(range(2300, h - 700, 1700)):
        im = glow(im, w + 60 if k % 2 else -60, yy, 480, (120, 70, 255) if k % 2 else (0, 160, 190), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(18):  # the neon swirl of the 2023 header
        d.arc([560 - i * 24, 300 - i * 12, 1560 + i * 10, 1060 + i * 16], 150, 330,
              fill=(80 + i * 8, 48 + i * 3, 214 - i * 4), width=2)
    d.ellipse([880, 560, 1120, 800], fill=(64, 46, 168))  # the sphere of the 2023 header
    for i in range(7):
        d.ellipse([900 + i * 6, 576 + i * 5, 1080 - i * 10, 748 - i * 12], outline=(104 + i * 16, 88 + i * 12, 255),
                  width=2)
    return grain(im, 10721, GRAIN_B)


GRAIN_B = 0.004


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 95, 102): speakers are names as printed with spaces and "
    "the ideographic padding of two-character names removed ('薛　宁' -> '薛宁'; the Latin names 'Mateo Ruiz' -> "
    "'MateoRuiz', 'Elena Marchetti' -> 'ElenaMarchetti'); host is the chair printed after '主持人：' for the forum "
    "covering the slot (the unit beside or under it no part of it and no affiliation), null for breaks; start/end "
    "HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, in printed order; "
    "affiliations are 'company job' joined by one space ('华为 操作系统内核首席专家', 'Arm Principal Software "
    "Engineer'); an opening speech printed with a speaker ('开幕致辞', '欢迎致辞') is a talk, a slot printed without one "
    "('签到') is a break; '午餐' closes 主论坛 as its break; every forum carries its edition's date. Two invented editions "
    "standing in for CLK2022's ONE agenda image (imgs/2022clk.png, a 1.5 MB PNG), each ONE whole-edition PNG holding "
    "CLK2022's four forums in printed order under the names its README gives them (主论坛, 处理器架构与调度分论坛, "
    "内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), each forum printed as a TABLE: "
    "CLK 3071 (第1066届, 锦州, 3071-10-21, 1080 wide, light) and CLK 3072 (第1067届, 石河子, 3072-10-26, 1242 wide, "
    "dark), both Saturdays; no talk and no person is on both. Headers, logo lines, the school's names, introductions, "
    "addresses, date pills and boxes, the CLK rings and marks, '大会议程', the hollow 'AGENDA' and 'SUPPORT', "
    "'支持单位', the pill '下午　三个分论坛同时进行', support units, QR captions, gift lines, slogans and organiser "
    "lines are never part of a name, a title or a slot; the number boxes and numerals '01'..'03' and the triangles "
    "are no part of a forum's name; a table's head row ('时间 | 主题 | 讲者 | 单位/职务', '时间 | 议题 | 演讲嘉宾') is "
    "no slot. Judgement calls: (1) CLK 3071 (light): each forum is ONE boxed table whose first rows are a royal "
    "caption band with the forum's name (a white number box '01'..'03' before the afternoon forums, two triangles "
    "before 主论坛), a host row '主持人：name  unit' (host = the name; the unit after it is no affiliation) and the head "
    "row; then one row per slot, every cell CENTRED VERTICALLY in its row, so a one-line range stands level with the "
    "middle of a two- or three-line title and of a block of several speakers. Per person one line in 讲者 and his "
    "affiliation the 单位/职务 text level with it, joined over its wrapped lines ('北京大学计算机学院系统软件研究所 "
    "博士研究生' wraps and is one affiliation); 骆俊杰 and 房思雨 (both vivo), 岑浩 (浪潮信息) and 严子墨 (北京大学…), "
    "卓一鸣 and 龚佳 (both 字节跳动) are two speakers of one row each, one under the other. The round table's people "
    "carry a small tag before the name in 讲者: a filled '主持' before the moderator and an outlined '嘉宾' before each "
    "guest: the tags are labels, no part of the names. Breaks ('茶歇', '午餐') are pale bands with the range in the "
    "time column and the label (after a cup or a bowl) centred across the other three. (2) CLK 3072 (dark): forum "
    "names are printed with the organisers' 2023 space before '分论坛' ('处理器架构与调度 分论坛', '内存管理与异构计算 "
    "分论坛'); the truth gives the README's names ('处理器架构与调度分论坛'). The host is the name after '主持人：' in "
    "the heading; the unit printed under it is no affiliation. Ranges print with an en dash ('09:15–09:45'); the "
    "table is top-aligned; per speaker the name (two-character names padded, '薛　宁') over 'company｜job' in blue: "
    "the full-width bar is a separator and the affiliation is company and job joined by one space ('统信软件｜"
    "内核研发部总监' -> '统信软件 内核研发部总监'); where 'company｜job' does not fit the column the company and the job "
    "stand on lines of their own without the bar ('天津飞腾信息技术有限公司' over '操作系统研发部高级工程师', "
    "'中国科学院沈阳自动化研究所' over '副研究员', '中国移动云能力中心' over 'IaaS 产品部内核专家'): all the blue lines "
    "under a name are that speaker's affiliation. 柏永辉 and 郝蕊 (both 商汤科技), 谭雅文 (华中科技大学) and 雷鸣远 "
    "(字节跳动) are two speakers of one row each. '08:30–09:00 签到' is a break (no speaker). 'IO 与 ebpf 分论坛' has "
    "four talks and ends with the one after its 茶歇. (3) A round table is ONE slot of kind 'panel': its speakers "
    "are the moderator first, then the four guests in printed order, one affiliation each; its title keeps "
    "'圆桌论坛：'; the labels '主持人：' and '嘉宾：' (CLK 3072, on their own lines in 演讲嘉宾) and the tags '主持' / "
    "'嘉宾' (CLK 3071) are no names; the moderator is not the forum's host (訾建华 vs 亓明辉, 笪文 vs 司马骏). "
    "Titles wrapped in their column are one title each, joined with a space between Latin words and without one "
    "inside Chinese text. Uncommon surnames: 亓 (亓明辉), 訾 (訾建华), 阚 (阚立群), 亢 (亢旭), 岑 (岑浩), 郗 (郗振国), "
    "笪 (笪文), 芮 (芮成), 伏 (伏海鹰), 褚 (褚凯); compound 司马 (司马骏) and 欧阳 (欧阳晴)."
)

FILE_A = "clk3071-jinzhou-light-boxed-table-4col-1080.png"
FILE_B = "clk3072-shihezi-dark-table-3col-1242.png"
LAYOUTS = {
    FILE_A: (
        "CLK 3071 (第1066届), 锦州, 3071-10-21 (PNG, 1080 x %d): ONE whole-edition image, LIGHT: a pale page in the "
        "organisers' royal blue and cyan, CLK2022's four forums; each forum ONE boxed table: a royal caption band "
        "(number box, name), a host row '主持人：name  unit', the head row 时间 | 主题 | 讲者 | 单位/职务, cells centred "
        "vertically, one line per person with the unit level with it; round-table people tagged '主持' / '嘉宾'; three "
        "two-speaker rows; breaks as pale bands. 6 + 5 + 5 + 5 scored."),
    FILE_B: (
        "CLK 3072 (第1067届), 石河子, 3072-10-26 (PNG, 1242 x %d): ONE whole-edition image, DARK: the organisers' near "
        "black with CLK2022's four forums printed with the 2023 space before '分论坛'; a numeral, the name, a bar, "
        "'主持人：name' over the unit; a table 时间 | 议题 | 演讲嘉宾, ranges '09:15–09:45', per speaker the padded name "
        "over 'company｜job' (company and job on two lines where long); a round table under '主持人：' / '嘉宾：'; "
        "'签到' before the opening; two two-speaker rows. 6 + 5 + 5 + 4 scored."),
}


def check(posters):
    """Every date a Saturday, no person printed twice in the set, no talk on two pictures, what the brief asks."""
    people, titles = [], []
    for forums in (FORUMS_A, FORUMS_B):
        for _, host, slots in forums:
            people.append(host[0])
            people += [sp["name"] for s in slots for sp in s["sp"]]
        slots = [s for _, _, sl in forums for s in sl]
        assert sum(s["kind"] == "panel" for s in slots) == 1
        assert sum(len(s["sp"]) == 2 for s in slots) >= 2
        assert {"茶歇", "午餐"} <= {s["title"] for s in slots}
        assert sum(bool(re.fullmatch(r"[A-Za-z ]+", sp["name"])) for s in slots for sp in s["sp"]) == 1
        assert sum(bool(re.fullmatch(r"[ -~]+", s["title"])) for s in slots) >= 3  # English-only titles
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    # the long units wrap in their cells
    wa = 1044 - 36 - sum(COLS_A) - 28
    assert len(wrap(None, "北京大学计算机学院系统软件研究所 博士研究生", FU_A, wa)) == 2
    assert len(wrap(None, "中国科学院信息工程研究所", FU_A, wa)) == 1
    wb = 1186 - 56 - sum(COLS_B) - 44
    for co in ("天津飞腾信息技术有限公司", "中国科学院沈阳自动化研究所", "中国移动云能力中心"):
        sp = [x for fo in FORUMS_B for s in fo[2] for x in s["sp"] if x["company"] == co][0]
        assert len(aff_lines_b(sp, wb)) >= 2, co
    assert len(wrap_nicely(None, FORUMS_A[0][2][2]["title"], FT_A, COLS_A[1] - 36)) >= 3
    return len(titles)


def main():
    im_a = two_pass(1080, paint_a, bg_a)
    im_b = two_pass(1242, paint_b, bg_b)
    pics = [(FILE_A, im_a, [{"forum": n, "date": DATE_A, "slots": [truth_slot(s) for s in sl]} for n, _, sl in FORUMS_A]),
            (FILE_B, im_b, [{"forum": n, "date": DATE_B, "slots": [truth_slot(s) for s in sl]} for n, _, sl in FORUMS_B])]
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
    truth = {"written": "2026-12-08", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
