"""Draw the hundred-and-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances
(seeds are fixed numbers, never hash()).  The set stands in for CLK2022's ONE
agenda image (imgs/2022clk.png, a 1.5 MB PNG): two invented editions, each ONE
whole-edition PNG with CLK2022's four forums, each forum printed as a TABLE:
  CLK 3021 (第1016届, 淮南, 3021-10-20): 1242 wide, LIGHT: the organisers' royal
    blue header over a pale page; per forum a heading (a number tab, the name,
    '主持人：name' over the unit at the right), then a four-column table
    时间 | 主题 | 讲者 | 单位, one line per person, the unit wrapped in its
    column; the round table's moderator marked '（主持）' after his name;
    breaks as pale bands across the table.
  CLK 3022 (第1017届, 鞍山, 3022-10-19): 1080 wide, DARK: the organisers' near
    black (after their 2023 image); per forum a big numeral behind the name, a
    bar and '主持人：name  unit', then a three-column table
    时间 | 议题 | 演讲嘉宾, each speaker on one line as 'name  company job' (the
    2023 timeline's speaker line), wrapped under the company where long;
    the round table under the labels '主持人：' and '嘉宾：'; breaks as bands.
Helpers from font to saturday (font, tw, TOKEN, NO_LINE_START, wrap_widths,
wrap, wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, T, P, B, plain, S,
aff, truth_slot, two_pass, cup, bowl, logo_lines, para, fits, MEALS, WHITE, rng,
meal_mark, units_grid, saturday) are copied unchanged from
bench/eval/posters-blind-95/draw.py (which took most of them from set 59); pad
is copied from set 95 too; everything after saturday is new.
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
# 1. CLK 3021 (第1016届), 淮南, Saturday 3021-10-20: ONE whole-edition PNG, 1242
#    wide, LIGHT: the organisers' royal-blue header (after their 2024 full
#    agenda) over a pale page; CLK2022's four forums one under the other, each
#    a heading (a slanted number tab or two triangles, the name, '主持人：name'
#    over the unit at the right, a blue-to-cyan bar) and a TABLE of four columns
#    时间 | 主题 | 讲者 | 单位: one line per person in 讲者 with the unit level
#    with it in 单位 (wrapped there where long); the round table's moderator
#    marked '（主持）' after his name.  Breaks are pale bands across the table.
DATE_A = "3021-10-20"
FORUMS_A = [
    ("主论坛", ("钱国栋", "安徽理工大学计算机科学与工程学院 院长"), [
        T("09:00", "09:15", "开幕致辞", [S("任志远", "安徽理工大学", "副校长")], "钱国栋"),
        T("09:15", "09:45", "openEuler 内核在智能制造边缘场景的裁剪与实时化",
          [S("邵建新", "华为", "openEuler 内核技术专家")], "钱国栋"),
        T("09:45", "10:15", "Taming Tail Latency in the Page Allocator",
          [S("Julien Moreau", "Red Hat", "Principal Software Engineer")], "钱国栋"),
        B("10:15", "10:30", "茶歇"),
        T("10:30", "11:00", "统一内核基线下的多架构持续集成：从 x86 到 LoongArch",
          [S("蒋晓峰", "统信软件", "内核研发总监")], "钱国栋"),
        T("11:00", "11:30", "车载 Linux 内核的模糊测试：覆盖率引导与故障注入",
          [S("牛一帆", "理想汽车", "系统软件工程师"), S("葛婷", "中国电子科技集团公司第三十二研究所", "高级工程师")],
          "钱国栋"),
        P("11:30", "12:15", "圆桌论坛：国产操作系统内核如何更好地参与上游协作",
          S("邢德胜", "安徽理工大学", "教授"),
          [S("柯文杰", "阿里云", "龙蜥社区内核 SIG Maintainer"), S("俞晓琳", "腾讯", "TencentOS 内核负责人"),
           S("蓝海", "字节跳动", "STE 内核专家"), S("万清源", "英特尔", "开源技术中心首席工程师")], "钱国栋"),
        B("12:15", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("陶立平", "龙芯中科 系统软件部总监"), [
        T("13:30", "14:00", "LoongArch 平台上的调度器参数调优与功耗评估", [S("殷子健", "龙芯中科", "内核工程师")], "陶立平"),
        T("14:00", "14:30", "大小核混合架构下的任务放置与负载均衡", [S("戈振宇", "英特尔", "软件工程师")], "陶立平"),
        T("14:30", "15:00", "RISC-V 向量扩展的上下文切换开销优化", [S("祝冰", "中国科学院软件研究所", "助理研究员")], "陶立平"),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "cgroup CPU 带宽控制在在线业务中的抖动分析", [S("鲁思远", "美团", "基础研发平台系统工程师")],
          "陶立平"),
        T("15:50", "16:20", "ARM64 服务器上的 IPI 虚拟化与调度延迟", [S("上官明", "飞腾信息技术", "软件架构师")], "陶立平"),
    ]),
    ("内存管理与异构计算分论坛", ("骆红", "vivo 内核团队负责人"), [
        T("13:30", "14:00", "透明大页在数据库场景下的收益与代价", [S("冷一鸣", "京东科技", "内核专家")], "骆红"),
        T("14:00", "14:30", "Memory Tiering for CXL-Attached DRAM: Policy and Practice",
          [S("糜雪", "浪潮信息", "内核架构师")], "骆红"),
        T("14:30", "15:00", "GPU 驱动的显存超分与 cgroup 计费", [S("沙晓光", "景嘉微电子", "驱动研发工程师")], "骆红"),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "手机场景下的匿名页回收与 swap 预读", [S("缪佳怡", "OPPO", "高级内核工程师")], "骆红"),
        T("15:50", "16:20", "kmemleak 之外：生产环境的内存泄漏定位", [S("阮志华", "网易", "系统开发工程师")], "骆红"),
    ]),
    ("IO 与 ebpf 分论坛", ("卓文涛", "字节跳动 存储内核负责人"), [
        T("13:30", "14:00", "io_uring 零拷贝接收在存储网关中的实践", [S("蔺晓东", "蚂蚁集团", "存储工程师")], "卓文涛"),
        T("14:00", "14:30", "BPF Arena: Sharing Memory Between Kernel and User Space",
          [S("苏婉", "小红书", "基础架构工程师")], "卓文涛"),
        T("14:30", "15:00", "NVMe 多队列与 blk-mq 调度器的选择", [S("钟磊", "忆恒创源", "固件工程师")], "卓文涛"),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "io_uring 与 epoll 在高并发代理中的对比", [S("韩梦琪", "携程", "网络运维专家")], "卓文涛"),
        T("15:50", "16:20", "ext4 与 XFS 在大容量 QLC 盘上的写放大对比", [S("尚文博", "长江存储", "存储系统工程师")], "卓文涛"),
    ]),
]
INTRO_A = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，简称 CLK）举办至今已是第1016届，由国内从事 Linux 内核开发"
           "的企业、高校与开源社区共同发起，以“自由、协作、创新”为理念，以开源技术的推广和普及为使命，旨在促进 Linux "
           "内核开发爱好者相互交流、共同进步。每届线下参会人数逾 500 人。本次大会由安徽理工大学承办，上午为主论坛，"
           "下午三个分论坛同时进行，诚邀广大 Linux 开发者和爱好者参加。")
UNITS_A = ["安徽理工大学", "华为", "阿里云", "腾讯", "字节跳动", "英特尔", "Red Hat", "龙芯中科", "vivo", "OPPO",
           "统信软件", "openEuler"]
ROYAL_A, DEEP_A, CYAN_A = (22, 78, 222), (12, 46, 168), (0, 176, 240)
NAVY_A, INK_A, GREY_A, PINK_A = (16, 34, 96), (30, 36, 58), (92, 106, 138), (222, 60, 156)
PAGE_A, ZEBRA_A, GRID_A, BAND_A = (245, 248, 254), (233, 240, 255), (196, 211, 242), (214, 240, 252)
HEAD_H_A = 1010  # where the blue header ends (its lower edge is a wave around this line)
COLS_A = (180, 440, 200)  # time, topic, speaker; the unit column takes the rest


def people_a(s, ws, wa):
    """The 讲者 and 单位 columns of a row: one entry per person, name and unit each wrapped in its column, the
    unit level with the name; the moderator of a round table gets '（主持）' after his name.  Returns ops, height."""
    ops, y = [], 0
    fn, fa, ft = font(24, True), font(20), font(18)
    for i, sp in enumerate(s["sp"]):
        nl = wrap(None, sp["name"], fn, ws)
        al = wrap(None, aff(sp), fa, wa)
        for j, ln in enumerate(nl):
            ops.append(("s", 0, y + j * 36, ln, fn, INK_A))
        nh = 36 * len(nl)
        if s["kind"] == "panel" and i == 0:
            x = tw(None, nl[-1], fn) + 4
            assert x + tw(None, "（主持）", ft) <= ws, "the moderator's mark must fit beside his name"
            ops.append(("s", x, y + 36 * (len(nl) - 1) + 5, "（主持）", ft, GREY_A))
        for j, ln in enumerate(al):
            ops.append(("a", 0, y + 3 + j * 30, ln, fa, GREY_A))
        y += max(nh, 30 * len(al) + 6) + 10
    return ops, y - 10


def xs_a(X0, X1):
    xs = [X0]
    for c in COLS_A:
        xs.append(xs[-1] + c)
    return xs + [X1]


def table_head_a(d, X0, X1, y):
    xs = xs_a(X0, X1)
    d.rectangle([X0, y, X1, y + 54], fill=ROYAL_A)
    for lab, a, b in zip(("时间", "主题", "讲者", "单位"), xs, xs[1:]):
        ctext(d, (a + b) / 2, y + 10, lab, font(25, True), WHITE)
    for cx in xs[1:-1]:
        d.line([(cx, y + 12), (cx, y + 42)], fill=(110, 150, 240), width=1)
    return y + 54


def row_a(d, X0, X1, y, s, k):
    xs = xs_a(X0, X1)
    rf = font(24, True)
    if s["kind"] == "break":
        h = 64
        d.rectangle([X0, y, X1, y + h], fill=BAND_A)
        d.text((X0 + 22, y + 17), rng(s), font=rf, fill=ROYAL_A)
        meal_mark(d, xs[1] + 24, y + 16, s, CYAN_A)
        d.text((xs[1] + (76 if s["title"] in MEALS else 24), y + 13), s["title"], font=font(27, True), fill=NAVY_A)
        d.line([(xs[1], y), (xs[1], y + h)], fill=GRID_A, width=1)
        d.line([(X0, y + h), (X1, y + h)], fill=GRID_A, width=1)
        return y + h
    tf = font(27, True)
    tl = wrap_nicely(d, s["title"], tf, COLS_A[1] - 44)
    ops, ph = people_a(s, COLS_A[2] - 40, X1 - xs[3] - 36)
    h = max(len(tl) * 40 - 4, ph, 34) + 44
    d.rectangle([X0, y, X1, y + h], fill=ZEBRA_A if k % 2 else WHITE)
    d.text((X0 + 22, y + 23), rng(s), font=rf, fill=ROYAL_A)
    for i, ln in enumerate(tl):
        d.text((xs[1] + 22, y + 20 + i * 40), ln, font=tf, fill=NAVY_A)
    for col, dx, dy, text, f, fill in ops:
        d.text((((xs[2] + 20) if col == "s" else (xs[3] + 18)) + dx, y + 22 + dy), text, font=f, fill=fill)
    for cx in xs[1:-1]:
        d.line([(cx, y), (cx, y + h)], fill=GRID_A, width=1)
    d.line([(X0, y + h), (X1, y + h)], fill=GRID_A, width=1)
    return y + h


def heading_a(d, X0, X1, y, k, name, host):
    if k:  # a slanted number tab, as the 2024 full agenda's '01'..'05'
        d.polygon([(X0 + 14, y + 4), (X0 + 96, y + 4), (X0 + 84, y + 64), (X0, y + 64)], fill=ROYAL_A)
        ctext(d, X0 + 48, y + 8, "%02d" % k, font(38, True), WHITE)
    else:  # two triangles before 主论坛
        for j in range(2):
            x = X0 + 6 + j * 32
            d.polygon([(x, y + 12), (x + 28, y + 34), (x, y + 56)], fill=ROYAL_A if j else CYAN_A)
    d.text((X0 + 112, y - 2), name, font=font(44, True), fill=ROYAL_A)
    hf = font(26, True)
    hx = X1 - max(tw(d, "主持人：" + host[0], hf), tw(d, host[1], font(19)))
    d.text((hx, y), "主持人：", font=hf, fill=PINK_A)
    d.text((hx + tw(d, "主持人：", hf), y), host[0], font=hf, fill=NAVY_A)
    d.text((hx, y + 40), host[1], font=font(19), fill=GREY_A)
    y += 80
    for i in range(X1 - X0):  # a royal-to-cyan bar
        t = i / (X1 - X0)
        d.line([(X0 + i, y), (X0 + i, y + 6)], fill=tuple(int(ROYAL_A[c] + (CYAN_A[c] - ROYAL_A[c]) * t) for c in range(3)))
    return y + 6


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 50, W - 50
    logo_lines(d, 56, 48, WHITE, (120, 220, 255), 1.1)
    rtext(d, X1, 46, "安徽理工大学", font(34, True), WHITE)
    rtext(d, X1, 94, "ANHUI UNIVERSITY OF SCIENCE AND TECHNOLOGY", font(15, True), (186, 210, 255))
    d.text((56, 196), "第1016届中国", font=font(90, True), fill=WHITE)
    d.text((56, 308), "Linux内核开发者大会", font=font(90, True), fill=WHITE, stroke_width=2, stroke_fill=CYAN_A)
    pill = "3021年10月20日（周六）｜ 淮南"
    pf = font(32, True)
    d.rounded_rectangle([56, 474, 56 + tw(d, pill, pf) + 56, 532], radius=29, fill=WHITE)
    d.text((84, 478), pill, font=pf, fill=ROYAL_A)
    d.text((56, 574), "地址：安徽理工大学山南校区 图书馆报告厅", font=font(32, True), fill=WHITE)
    cx, cy = 1050, 700
    d.ellipse([cx - 100, cy - 100, cx + 100, cy + 100], outline=(120, 220, 255), width=6)
    d.ellipse([cx - 82, cy - 82, cx + 82, cy + 82], outline=(70, 140, 255), width=2)
    ctext(d, cx, cy - 52, "CLK", font(48, True), WHITE)
    ctext(d, cx, cy + 10, "3021", font(32, True), (120, 220, 255))
    y = HEAD_H_A + 90
    f = font(23)
    lines = wrap(d, INTRO_A, f, X1 - X0 - 96)
    top, y = y, y + 44 + 40 * len(lines) + 20
    d.rounded_rectangle([X0, top, X1, y], radius=10, fill=WHITE, outline=GRID_A, width=2)
    d.rectangle([X0, top + 24, X0 + 8, y - 24], fill=ROYAL_A)
    para(d, X0 + 50, top + 40, INTRO_A, f, INK_A, X1 - X0 - 96, 40)
    y += 150
    af = font(120, True)
    d.text((W / 2 - tw(d, "AGENDA", af) / 2, y - 70), "AGENDA", font=af, fill=PAGE_A, stroke_width=2,
           stroke_fill=(186, 204, 244))
    bw = 330
    d.polygon([(W / 2 - bw / 2 + 22, y), (W / 2 + bw / 2 + 22, y), (W / 2 + bw / 2 - 22, y + 84),
               (W / 2 - bw / 2 - 22, y + 84)], fill=ROYAL_A)
    ctext(d, W / 2, y + 10, "大会议程", font(52, True), WHITE)
    y += 170
    for k, (name, host, slots) in enumerate(FORUMS_A):
        y = heading_a(d, X0, X1, y, k, name, host) + 26
        y = table_head_a(d, X0, X1, y)
        for i, s in enumerate(slots):
            y = row_a(d, X0, X1, y, s, i)
        d.rectangle([X0, y, X1, y + 3], fill=ROYAL_A)
        y += 120
    bw = 300
    d.polygon([(W / 2 - bw / 2 + 20, y), (W / 2 + bw / 2 + 20, y), (W / 2 + bw / 2 - 20, y + 76),
               (W / 2 - bw / 2 - 20, y + 76)], fill=ROYAL_A)
    ctext(d, W / 2, y + 8, "支持单位", font(46, True), WHITE)
    y = units_grid(d, X0 + 60, X1 - 60, y + 120, UNITS_A, 4, WHITE, NAVY_A, bh=80, gap=22, outline=ROYAL_A) + 50
    qrcode(d, W / 2 - 125, y, 250, 10211)
    d.rectangle([W / 2 - 133, y - 8, W / 2 + 133, y + 258], outline=ROYAL_A, width=3)
    ctext(d, W / 2, y + 284, "扫码报名", font(42, True), ROYAL_A)
    ctext(d, W / 2, y + 350, "现场名额 400 人，报名通过后凭短信入场", font(26), GREY_A)
    ctext(d, W / 2, y + 418, "相约淮南 · 共话内核", font(38, True), ROYAL_A)
    y += 520
    d.rectangle([0, y, W, y + 110], fill=ROYAL_A)
    ctext(d, W / 2, y + 38, "主办：中国Linux内核开发者大会组委会　承办：安徽理工大学计算机科学与工程学院", font(24),
          WHITE)
    return y + 110


def bg_a(w, h):
    import math
    im = vgrad(w, h, PAGE_A, (236, 242, 252))
    for k, yy in enumerate(range(2400, h - 600, 1700)):  # faint blue light on the page
        im = glow(im, w - 60 if k % 2 else 60, yy, 380, (20, 60, 160), 0.10)
    head = vgrad(w, HEAD_H_A + 60, (26, 92, 236), DEEP_A)
    head = glow(head, 1040, 260, 420, (80, 210, 255), 0.55)
    head = glow(head, 120, 820, 300, (130, 100, 255), 0.35)
    hd = ImageDraw.Draw(head)
    for i in range(10):  # light streaks
        hd.line([(520 + i * 66, 0), (w, 470 - i * 42)], fill=(60, 120, 240), width=2)
    for i in range(5):
        hd.arc([700 - i * 30, 420 - i * 20, 1500 + i * 20, 1100 + i * 10], 160, 300, fill=(70, 150, 250), width=2)
    mask = Image.new("L", head.size, 0)
    pts = [(0, 0), (w, 0)] + [(x, HEAD_H_A + 30 * math.sin(x / w * math.pi * 2 + 0.6)) for x in range(w, -1, -6)]
    ImageDraw.Draw(mask).polygon(pts, fill=255)
    im.paste(head, (0, 0), mask)
    return grain(im, 10211, GRAIN_A)


GRAIN_A = 0.003


# ===========================================================================
# 2. CLK 3022 (第1017届), 鞍山, Saturday 3022-10-19: ONE whole-edition PNG, 1080
#    wide, DARK: the organisers' near black (after their 2023 image); each
#    forum a big teal numeral behind its name (none for 主论坛), a teal bar,
#    '主持人：name' and the unit on one line; then a TABLE of three columns
#    时间 | 议题 | 演讲嘉宾 whose third column prints per speaker 'name  company
#    job' on one line (the name padded to three characters, the company in
#    small blue, wrapped under itself where long); the round table's
#    '主持人：' and '嘉宾：' labels on their own lines.  Breaks as bands.
DATE_B = "3022-10-19"
FORUMS_B = [
    ("主论坛", ("金成哲", "辽宁科技大学计算机与软件工程学院 院长"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("孙立德", "辽宁科技大学", "副校长")], "金成哲"),
        T("09:20", "09:50", "从 5.10 到 6.6：大规模服务器内核升级的经验与教训", [S("傅强", "百度智能云", "操作系统负责人")],
          "金成哲"),
        T("09:50", "10:20", "Rust in the Kernel: Drivers, Bindings and What Comes Next",
          [S("Stefan Hofmann", "Collabora", "Senior Software Engineer")], "金成哲"),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "机密容器的内核支撑：从 TDX 到 CCA",
          [S("谷雨涵", "蚂蚁集团", "安全技术专家"), S("占立新", "蚂蚁集团", "内核工程师")], "金成哲"),
        T("11:05", "11:35", "国产 CPU 生态下的内核补丁回合与维护", [S("饶俊", "海光信息", "软件研发部总监")], "金成哲"),
        T("11:35", "12:05", "万卡训练集群中的内核网络栈调优", [S("袁一帆", "商汤科技", "系统架构师")], "金成哲"),
        B("12:05", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("岳海", "中兴通讯 操作系统产品线总工程师"), [
        T("13:30", "14:00", "基于 sched_ext 的延迟敏感任务调度器原型", [S("隋宇", "快手", "内核工程师")], "岳海"),
        T("14:00", "14:30", "TDX 虚拟机的中断与定时器虚拟化", [S("沈一博", "英特尔", "虚拟化软件工程师")], "岳海"),
        T("14:30", "15:00", "Core Scheduling for SMT Side-Channel Isolation", [S("卢思琪", "小米", "系统性能工程师")], "岳海"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "国产 x86 平台的微码热加载与内核适配", [S("汤立群", "兆芯", "系统软件工程师")], "岳海"),
        T("15:45", "16:15", "qspinlock 在 256 核 ARM 服务器上的可扩展性", [S("时嘉豪", "阿里云", "内核专家")], "岳海"),
    ]),
    ("内存管理与异构计算分论坛", ("戚慧", "腾讯云 内核技术专家"), [
        T("13:30", "14:00", "安卓设备上按应用分级的内存回收策略", [S("尤晓彤", "荣耀", "系统软件专家")], "戚慧"),
        T("14:00", "14:30", "Shared Virtual Addressing for Domestic NPUs", [S("聂远", "寒武纪", "驱动架构师")], "戚慧"),
        T("14:30", "15:00", "内存热插拔与云主机弹性扩容", [S("房晓雷", "华为云", "虚拟化工程师")], "戚慧"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "page cache 的 NUMA 亲和与大模型推理加载",
          [S("揭文涛", "华中科技大学武汉光电国家研究中心", "博士研究生")], "戚慧"),
        P("15:45", "16:35", "圆桌讨论：CXL 时代的内存管理该由谁来做",
          S("严飞", "复旦大学计算机科学技术学院", "副教授"),
          [S("瞿海燕", "阿里云", "技术专家"), S("宁博", "长鑫存储", "软件经理"),
           S("欧晓敏", "三星半导体", "解决方案架构师"), S("韦哲", "浪潮信息", "服务器固件专家")], "戚慧"),
    ]),
    ("IO 与 ebpf 分论坛", ("郁志坚", "网易数帆 内核团队负责人"), [
        T("13:30", "14:00", "blk-iocost 在多租户存储节点上的调参经验", [S("麦嘉文", "Shopee", "基础架构工程师")], "郁志坚"),
        T("14:00", "14:30", "bpftrace 与 BTF：让内核观测更简单", [S("贝俊", "滴滴", "SRE 专家")], "郁志坚"),
        T("14:30", "15:00", "Scaling XDP Load Balancers to 400 Gbps", [S("仇立", "腾讯", "网络平台部高级工程师")], "郁志坚"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "FUSE over io_uring 的性能评估", [S("石晓雯", "华为", "文件系统工程师")], "郁志坚"),
        T("15:45", "16:15", "基于 eBPF LSM 的容器安全策略实践", [S("艾琳", "深信服", "安全研究员")], "郁志坚"),
    ]),
]
INTRO_B = ("CLK 即“中国 Linux 内核开发者大会”（以下简称 CLK），举办至今已是第1017届，由清华大学、华为、阿里云、腾讯、"
           "字节跳动、英特尔、龙芯中科等单位发起，以“自由、协作、创新”为理念，以开源技术的推广和普及为使命，旨在促进 "
           "Linux 内核开发爱好者相互交流、共同进步。本届大会由辽宁科技大学承办，现诚邀广大 Linux 开发者和爱好者参加。")
UNITS_B = ["辽宁科技大学", "百度智能云", "蚂蚁集团", "海光信息", "Collabora", "华为", "阿里云", "腾讯", "小米", "荣耀",
           "中兴通讯", "OpenAnolis"]
TEAL_B, BLUE_B, GREY_B, MAG_B = (0, 230, 212), (92, 150, 255), (150, 160, 188), (222, 96, 255)
LINE_B, HEAD_B, BAND_B = (38, 58, 110), (14, 30, 72), (22, 48, 124)
COLS_B = (176, 420)  # time, topic; the speaker column takes the rest


def people_b(s, w):
    """The 演讲嘉宾 column: per speaker 'name  company job' on one line, the name padded to three characters, the
    company wrapped under itself; a round table's labels on their own lines.  Returns ops (dx, dy, ...), height."""
    ops, y = [], 0
    fn, fa = font(23, True), font(18)
    for i, sp in enumerate(s["sp"]):
        if s["kind"] == "panel" and i in (0, 1):
            ops.append((0, y, "主持人：" if i == 0 else "嘉宾：", font(20, True), MAG_B))
            y += 32
        name = pad(sp["name"])
        nx = max(3 * 23, tw(None, name, fn)) + 14
        al = wrap(None, aff(sp), fa, w - nx)
        ops.append((0, y, name, fn, WHITE))
        for j, ln in enumerate(al):
            ops.append((nx, y + 4 + j * 27, ln, fa, BLUE_B))
        y += max(34, 27 * len(al) + 8) + 8
    return ops, y - 8


def heading_b(d, X0, X1, y, k, name, host):
    if k:
        d.text((X0 - 4, y - 40), "%02d" % k, font=font(104, True), fill=TEAL_B)
        d.text((X0 + 2, y + 40), name, font=font(46, True), fill=WHITE)
        y += 118
    else:
        d.text((X0, y), name, font=font(50, True), fill=WHITE)
        y += 86
    d.rectangle([X0, y, X1, y + 14], fill=TEAL_B)
    y += 30
    hf = font(26, True)
    d.text((X0, y), "主持人：", font=hf, fill=MAG_B)
    d.text((X0 + tw(d, "主持人：", hf), y), host[0], font=hf, fill=WHITE)
    d.text((X0 + tw(d, "主持人：" + host[0], hf) + 22, y + 6), host[1], font=font(20), fill=BLUE_B)
    return y + 56


def table_head_b(d, X0, X1, y):
    xs = [X0, X0 + COLS_B[0], X0 + COLS_B[0] + COLS_B[1], X1]
    d.rectangle([X0, y, X1, y + 52], fill=HEAD_B)
    d.rectangle([X0, y + 49, X1, y + 52], fill=TEAL_B)
    for lab, a, b in zip(("时间", "议题", "演讲嘉宾"), xs, xs[1:]):
        ctext(d, (a + b) / 2, y + 9, lab, font(24, True), TEAL_B)
    return y + 52


def row_b(d, X0, X1, y, s):
    xs = [X0, X0 + COLS_B[0], X0 + COLS_B[0] + COLS_B[1], X1]
    rf = font(23, True)
    if s["kind"] == "break":
        h = 62
        d.rectangle([X0, y, X1, y + h], fill=BAND_B)
        d.text((X0 + 16, y + 16), rng_b(s), font=rf, fill=WHITE)
        meal_mark(d, xs[1] + 20, y + 15, s, TEAL_B)
        d.text((xs[1] + (72 if s["title"] in MEALS else 20), y + 12), s["title"], font=font(26, True), fill=WHITE)
        d.line([(X0, y + h), (X1, y + h)], fill=LINE_B, width=1)
        return y + h
    tf = font(26, True)
    tl = wrap(d, s["title"], tf, COLS_B[1] - 40)
    ops, ph = people_b(s, X1 - xs[2] - 34)
    h = max(len(tl) * 38 - 4, ph, 32) + 40
    d.text((X0 + 16, y + 21), rng_b(s), font=rf, fill=WHITE)
    for i, ln in enumerate(tl):
        d.text((xs[1] + 20, y + 18 + i * 38), ln, font=tf, fill=TEAL_B)
    for dx, dy, text, f, fill in ops:
        d.text((xs[2] + 18 + dx, y + 20 + dy), text, font=f, fill=fill)
    for cx in xs[1:3]:
        d.line([(cx, y), (cx, y + h)], fill=LINE_B, width=1)
    d.line([(X0, y + h), (X1, y + h)], fill=LINE_B, width=1)
    return y + h


def rng_b(s):
    """CLK 3022 prints its ranges with a spaced hyphen: '13:30 - 14:00'."""
    return "%s - %s" % (s["start"], s["end"])


def pin(d, x, y, fill):
    """A location pin (the 2023 image puts one before the city)."""
    d.ellipse([x, y, x + 22, y + 22], fill=fill)
    d.polygon([(x + 2, y + 15), (x + 20, y + 15), (x + 11, y + 32)], fill=fill)
    d.ellipse([x + 7, y + 6, x + 15, y + 14], fill=(10, 12, 34))


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 46, WHITE, TEAL_B)
    cf, yf = font(74, True), font(28, True)
    cw = tw(d, "CLK", cf)
    d.text((X1 - cw - tw(d, "3022", yf) - 6, 36), "CLK", font=cf, fill=WHITE, stroke_width=1, stroke_fill=TEAL_B)
    rtext(d, X1, 38, "3022", yf, WHITE)
    vio = (170, 90, 255)
    d.text((48, 196), "第1017届中国", font=font(84, True), fill=WHITE, stroke_width=2, stroke_fill=vio)
    d.text((48, 304), "Linux 内核开发者大会", font=font(84, True), fill=WHITE, stroke_width=2, stroke_fill=vio)
    bf = font(32, True)
    date = "3022年10月19日"
    bx1 = 48 + 26 + tw(d, date, bf) + 24 + 32 + tw(d, "鞍山", bf) + 26
    d.rectangle([48, 456, bx1, 514], outline=WHITE, width=3)
    d.text((74, 460), date, font=bf, fill=WHITE)
    px = 74 + tw(d, date, bf) + 20
    pin(d, px, 469, WHITE)
    d.text((px + 34, 460), "鞍山", font=bf, fill=WHITE)
    d.text((48, 552), "地址：辽宁科技大学 逸夫楼一楼报告厅", font=font(32, True), fill=WHITE)
    y = 820
    f = font(23)
    lines = wrap(d, INTRO_B, f, X1 - X0 - 76)
    top, y = y, y + 40 + 42 * len(lines) + 26
    d.rounded_rectangle([X0, top, X1, y], radius=4, fill=(14, 20, 50), outline=(70, 90, 150), width=2)
    para(d, X0 + 38, top + 40, INTRO_B, f, (206, 212, 230), X1 - X0 - 76, 42)
    y += 170
    af = font(124, True)
    d.text((W / 2 - tw(d, "AGENDA", af) / 2, y - 44), "AGENDA", font=af, fill=(8, 12, 30), stroke_width=2,
           stroke_fill=(0, 150, 150))
    ctext(d, W / 2, y, "大会议程", font(68, True), WHITE)
    y += 190
    for k, (name, host, slots) in enumerate(FORUMS_B):
        y = heading_b(d, X0, X1, y, k, name, host) + 8
        y = table_head_b(d, X0, X1, y)
        for s in slots:
            y = row_b(d, X0, X1, y, s)
        y += 150
    sf = font(96, True)
    d.text((W / 2 - tw(d, "SUPPORT", sf) / 2, y - 30), "SUPPORT", font=sf, fill=(8, 12, 30), stroke_width=2,
           stroke_fill=(0, 150, 150))
    ctext(d, W / 2, y, "支持单位", font(50, True), WHITE)
    y = units_grid(d, X0 + 30, X1 - 30, y + 120, UNITS_B, 3, None, WHITE, bh=80, gap=22, outline=WHITE) + 60
    qrcode(d, W / 2 - 120, y, 240, 10221)
    ctext(d, W / 2, y + 270, "扫码报名 · 观看直播", font(38, True), WHITE)
    ctext(d, W / 2, y + 334, "主办：中国Linux内核开发者大会组委会　承办：辽宁科技大学", font(22), GREY_B)
    return y + 420


def bg_b(w, h):
    im = vgrad(w, h, (12, 14, 40), (6, 8, 24))
    im = glow(im, 960, 560, 420, (160, 70, 255), 0.6)
    im = glow(im, 820, 700, 240, (0, 200, 220), 0.35)
    for k, yy in enumerate(range(2000, h - 600, 1600)):
        im = glow(im, w + 40 if k % 2 else -40, yy, 440, (130, 70, 255) if k % 2 else (0, 170, 190), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(16):  # the neon swirl of the header
        d.arc([480 - i * 22, 330 - i * 12, 1400 + i * 10, 1000 + i * 16], 160, 340,
              fill=(90 + i * 8, 50 + i * 2, 210 - i * 4), width=2)
    d.ellipse([780, 520, 1000, 740], fill=(70, 50, 170))  # the sphere of the 2023 header
    for i in range(6):
        d.ellipse([800 + i * 6, 536 + i * 5, 960 - i * 10, 690 - i * 12], outline=(110 + i * 16, 90 + i * 12, 255),
                  width=2)
    return grain(im, 10221, GRAIN_B)


GRAIN_B = 0.004


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 88, 95): speakers are names as printed with spaces and "
    "the ideographic padding of two-character names removed ('傅　强' -> '傅强'; the Latin names 'Julien Moreau' -> "
    "'JulienMoreau', 'Stefan Hofmann' -> 'StefanHofmann'); host is the chair printed after '主持人：' in the heading of "
    "the forum covering the slot (the unit beside or under it no part of it and no affiliation), null for breaks; "
    "start/end HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, in printed "
    "order; affiliations are 'company job' joined by one space as printed ('华为 openEuler 内核技术专家', 'Red Hat "
    "Principal Software Engineer'); an opening speech printed with a speaker ('开幕致辞', '嘉宾致辞') is a talk, a slot "
    "printed without one ('开场') is a break; '午餐' closes 主论坛 as its break; every forum carries its edition's date. "
    "Two invented editions standing in for CLK2022's ONE agenda image (imgs/2022clk.png, a 1.5 MB PNG), each ONE "
    "whole-edition PNG holding CLK2022's four forums in printed order, named as its README names them (主论坛, "
    "处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), each "
    "forum printed as a TABLE: CLK 3021 (第1016届, 淮南, 3021-10-20, 1242 wide, light) and CLK 3022 (第1017届, 鞍山, "
    "3022-10-19, 1080 wide, dark), both Saturdays; no talk and no person is on both. Headers, logo lines, the school's "
    "names, introductions, addresses, date pills and boxes, the CLK rings and marks, '大会议程', the hollow 'AGENDA' and "
    "'SUPPORT', support units, QR captions, slogans and organiser lines are never part of a name, a title or a slot; "
    "the number tabs and numerals '01'..'03' are no part of a forum's name; a table's head row ('时间 | 主题 | 讲者 | "
    "单位', '时间 | 议题 | 演讲嘉宾') is no slot. Judgement calls: (1) CLK 3021 (light page under the organisers' "
    "royal-blue header): each forum's heading prints '主持人：name' at the right with the unit UNDER it; the table has "
    "four columns 时间 | 主题 | 讲者 | 单位, one line per person in 讲者 and his affiliation the 单位 text level with "
    "it, joined over its wrapped lines ('中国电子科技集团公司第三十二研究所 高级工程师' wraps in 单位 and is one "
    "affiliation). Rows are top-aligned; 牛一帆 (理想汽车) and 葛婷 (中国电子科技集团公司第三十二研究所) are two "
    "speakers of one row, one under the other, so the second name stands level with the second line of the first "
    "speaker's row, not with a title. The round table prints its moderator FIRST with a small grey '（主持）' after his "
    "name ('邢德胜（主持）'): the mark is no part of the name (speaker '邢德胜'), the guests follow unlabelled. Breaks "
    "('茶歇', '午餐') are pale bands across the whole table with the range in the time column. (2) CLK 3022 (near "
    "black): ranges print with a spaced hyphen ('13:30 - 14:00'); each table has three columns 时间 | 议题 | 演讲嘉宾 "
    "and prints per speaker ONE line 'name  company job' (the 2023 image's speaker line): the name bold white, padded "
    "to three characters ('傅　强'), the affiliation in small blue right after it, wrapped under itself where long "
    "('Collabora Senior Software Engineer' beside 'Stefan Hofmann', '华中科技大学武汉光电国家研究中心 博士研究生' "
    "beside '揭文涛'): the blue text beside a name, over all its lines, is that speaker's affiliation. 谷雨涵 and 占立新 "
    "(both 蚂蚁集团) are two speakers of one row. '开场' (no speaker) is a break; '嘉宾致辞' by 孙立德 is a talk. The "
    "round table closes 内存管理与异构计算分论坛 (15:45-16:35, no break after it): the forum ends with it. (3) A round "
    "table is ONE slot of kind 'panel' (as sets 66, 79, 81, 84-88, 90-95, 97 and 98): its speakers are the moderator first, then the four "
    "guests in printed order, one affiliation each; its title keeps '圆桌论坛：' / '圆桌讨论：'; the labels '主持人：' and "
    "'嘉宾：' (CLK 3022, on their own lines in the speaker column) and the mark '（主持）' (CLK 3021) are labels, no "
    "names; the moderator is not the forum's host (邢德胜 vs 钱国栋, 严飞 vs 戚慧). The titles '开幕致辞' and '嘉宾致辞' "
    "are the openings of two editions (different speakers). English-only titles wrapped in their column are one title "
    "each, joined with a space. Uncommon surnames: 糜 (糜雪), 蔺 (蔺晓东), 揭 (揭文涛), 占 (占立新), 隋 (隋宇), 贝 (贝俊), "
    "瞿 (瞿海燕), the compound 上官 (上官明)."
)

FILE_A = "clk3021-huainan-light-royal-table-4col-1242.png"
FILE_B = "clk3022-anshan-dark-table-3col-1080.png"
LAYOUTS = {
    FILE_A: (
        "CLK 3021 (第1016届), 淮南, 3021-10-20 (PNG, 1242 x %d): ONE whole-edition image, LIGHT: the organisers' "
        "royal-blue header over a pale page, CLK2022's four forums; each forum a heading (number tab, name, "
        "'主持人：name' over the unit at the right) and a table 时间 | 主题 | 讲者 | 单位, one line per person, the unit "
        "wrapped in its column; a round table whose moderator is marked '（主持）'; a two-speaker row of two companies; "
        "breaks as pale bands. 6 + 5 + 5 + 5 scored."),
    FILE_B: (
        "CLK 3022 (第1017届), 鞍山, 3022-10-19 (PNG, 1080 x %d): ONE whole-edition image, DARK: the organisers' near "
        "black with CLK2022's four forums; each forum a numeral behind its name, a bar and '主持人：name  unit', then "
        "a table 时间 | 议题 | 演讲嘉宾 with one line 'name  company job' per speaker; ranges '13:30 - 14:00'; a round "
        "table with '主持人：' / '嘉宾：' labels closing 内存管理与异构计算分论坛; a two-speaker row; breaks as bands. "
        "6 + 5 + 5 + 5 scored."),
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
        assert sum(len(s["sp"]) == 2 for s in slots) == 1
        assert {"茶歇", "午餐"} <= {s["title"] for s in slots}
        assert any(re.fullmatch(r"[A-Za-z ]+", sp["name"]) for s in slots for sp in s["sp"])
        assert sum(bool(re.fullmatch(r"[ -~]+", s["title"])) for s in slots) >= 3  # English-only titles
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    # the long units wrap in their columns; the Latin speaker's company wraps beside his name
    assert len(wrap(None, "中国电子科技集团公司第三十二研究所 高级工程师", font(20), 1142 - sum(COLS_A) - 36)) >= 2
    nx = tw(None, "Stefan Hofmann", font(23, True)) + 14
    assert len(wrap(None, "Collabora Senior Software Engineer", font(18), 992 - sum(COLS_B) - 34 - nx)) >= 2
    nx = 3 * 23 + 14
    assert len(wrap(None, "华中科技大学武汉光电国家研究中心 博士研究生", font(18), 992 - sum(COLS_B) - 34 - nx)) >= 2
    return len(titles)


def main():
    im_a = two_pass(1242, paint_a, bg_a)
    im_b = two_pass(1080, paint_b, bg_b)
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
    truth = {"written": "2026-12-07", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
