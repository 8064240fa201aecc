"""Draw matching-blind-3's agenda poster (2022clk.png) and write truth.json from one table.

Run:  python draw.py   -> writes 2022clk.png and truth.json next to this file.

Every string printed on the poster comes from FORUMS below, and truth.json is written from the same
table (and from build.py's DECKS for the deck -> talk map), so the picture, the truth and the
repository cannot drift apart.  Pillow and the Noto CJK fonts only; the only randomness is seeded
(the QR code's modules), so two runs write the same bytes.  No grain: on a picture this tall it
would push the PNG far past the 1-1.6 MB that CLK2022's own agenda image (1,502,613 bytes) sets.

The poster is one long PNG in the organisers' family style (their CLK2023/CLK2024 agenda images,
copied as a look, with this edition's own colours: a deep violet page with cyan and magenta light):
logo lines, the host school, '第17届中国' over 'Linux内核开发者大会', a 'CLK 2022' ring, a date
pill, the address, a framed introduction, '大会议程'; then 主论坛 in the morning and three forums in
the afternoon, each with its host, each talk a row: the range at the left, a dot on a timeline, the
title, then one line per speaker (name, then 'company job' small beside it).
"""
import json
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from build import DECKS

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fc = {}


def font(size, bold=False):
    path = FD + "NotoSansCJK-%s.ttc" % ("Bold" if bold else "Regular")
    if (path, size) not in _fc:
        _fc[path, size] = ImageFont.truetype(path, size, index=SC)
    return _fc[path, size]


def tw(d, text, f):
    b = d.textbbox((0, 0), text, font=f)
    return b[2] - b[0]


TOKEN = re.compile(r"[（(《]?[A-Za-z0-9_\-./:+#'&]+[,)）》]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”》"


def wrap(d, text, f, maxw):
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        if not cur or tw(d, cur + tok.rstrip(), f) <= maxw or tok[0] in NO_LINE_START:
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def wrap_title(d, text, f, maxw):
    """A designer's break: after '：' when both halves fit, else lines of even length."""
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


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


# ---------------------------------------------------------------------------
# The programme.  S(name as printed, line beside it); T(id, start, end, title, speakers); B a break.
# Two-character Chinese names are printed with an ideographic space inside ('郭　任'), as the
# organisers print them; truth.json gives them without it.
def S(name, line):
    return (name, line)


def T(tid, start, end, title, speakers, panel=False):
    return {"kind": "talk", "id": tid, "start": start, "end": end, "title": title, "sp": speakers,
            "panel": panel}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title}


DATE = "2022-12-17"
FORUMS = [
    ("主论坛", S("冯立群", "上海交通大学软件学院教授"), [
        B("09:00", "09:10", "开幕"),
        T("main-01", "09:10", "09:20", "嘉宾致辞", [S("程立平", "上海交通大学副校长")]),
        T("main-02", "09:20", "09:50", "从内核的角度压榨内存", [S("李泽帆", "字节跳动")]),
        T("main-03", "09:50", "10:20", "RISC-V IOMMU 的 Scalable 提案 (GIPC) 及 Linux 技术路线",
          [S("郭　任", "阿里巴巴达摩院 高级技术专家")]),
        B("10:20", "10:30", "茶歇"),
        T("main-04", "10:30", "11:00", "YALT: Yet Another Lockless Tree",
          [S("余松平", "华为中央软件院OS内核实验室"), S("Kuzin Artem", "华为中央软件院OS内核实验室")]),
        T("main-05", "11:00", "11:25", "Optimizing the SWAP Allocator for mTHP",
          [S("宋恺睿", "腾讯"), S("Chris Li", "Google"), S("刘海龙", "OPPO")]),
        T("main-06", "11:25", "11:45", "Zero-Page Filling for Sparse Files", [S("白铠豪", "阿里云内核开发工程师")]),
        T("main-07", "11:45", "12:05", "Rust for Linux: Status and Next Steps", [S("Thomas Keller", "SUSE 内核工程师")]),
        T("main-08", "12:05", "12:35", "圆桌论坛：国产处理器与 Linux 上游社区",
          [S("韦　东", "中国科学院软件研究所研究员"), S("向海涛", "华为内核专家"), S("林　蔚", "阿里云资深技术专家"),
           S("司马晓彤", "龙芯中科内核工程师"), S("覃建勇", "兆芯系统软件架构师")], panel=True),
        B("12:35", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", S("侯　强", "华为内核技术专家"), [
        T("arch-01", "13:30", "14:00", "RISC-V架构下的PMU虚拟化直通方案", [S("路　旭", "字节跳动虚拟化工程师")]),
        T("arch-02", "14:00", "14:30", "AMD平台Core&&Uncore PMU虚拟化技术实践",
          [S("郑　翔", "阿里云"), S("陈培鸿", "阿里云")]),
        T("arch-03", "14:30", "15:00", "Intel TDX 机密虚拟机的内核支持", [S("孔令伟", "英特尔软件工程师")]),
        T("arch-04", "15:00", "15:25", "RISC-V eBPF 现状与未来", [S("蒲乐辉", "华为")]),
        B("15:25", "15:40", "茶歇"),
        T("arch-05", "15:40", "16:10", "NUMA-ICON：一种自适应NUMA调度框架", [S("唐　辉", "华为操作系统高级工程师")]),
        T("arch-06", "16:10", "16:40", "CPUFreq_ext：基于 BPF 的 cpufreq 调频器", [S("邹贻鹏", "华为")]),
        T("arch-07", "16:40", "17:05", "基于 EAS 的移动终端能效调度优化", [S("聂文涛", "OPPO内核工程师")]),
        T("arch-08", "17:05", "17:30", "kretprobe可扩展性性能提升：高性能无锁对象池objpool实现",
          [S("巫　强", "字节跳动终端安全")]),
    ]),
    ("内存管理与异构计算分论坛", S("吕佩霖", "阿里云内核团队负责人"), [
        T("mem-01", "13:30", "14:00", "内存压缩大页(ZHP)优化", [S("袁晓峰", "vivo性能优化专家")]),
        T("mem-02", "14:00", "14:30", "基于 DAMON 的冷内存识别与主动回收", [S("贾书恒", "蚂蚁集团技术专家")]),
        T("mem-03", "14:30", "15:00", "f2fs：large folio 特性的探索和实践",
          [S("张细锐", "vivo 存储系统工程师"), S("荣乾锋", "vivo 内存管理工程师")]),
        T("mem-04", "15:00", "15:30", "dma-buf 支持 DIO 的方案和收益", [S("杨　欢", "vivo存储系统工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("mem-05", "15:45", "16:15", "Virtio Crypto Akcipher 虚拟化加速和 Crypto Over Fabrics 资源池化方案",
          [S("皮振伟", "火山引擎")]),
        T("mem-06", "16:15", "16:45", "SLS单层存储：零拷贝共享内存设计与应用", [S("黎红波", "华为OS内核实验室")]),
        T("mem-07", "16:45", "17:15", "昇腾 NPU 上的 SVA 共享虚拟地址实践", [S("任一帆", "华为异构计算工程师")]),
    ]),
    ("IO 与 ebpf 分论坛", S("翟　航", "字节跳动存储内核负责人"), [
        T("io-01", "13:30", "14:00", "EROFS文件系统最小化内存占用及申请时延的优化方案", [S("郭纯海", "vivo文件系统工程师")]),
        T("io-02", "14:00", "14:25", "Inline Tail：大幅减少 F2FS 小文件空间占用", [S("伍　勃", "vivo 存储系统工程师")]),
        T("io-03", "14:25", "14:50", "F2FS 下一代压缩技术", [S("Yangtao Li", "vivo")]),
        T("io-04", "14:50", "15:20", "Device Mapper：减少 flush 和 verity 耗时的方案",
          [S("王建政", "vivo 存储系统工程师"), S("杨　阳", "vivo 存储系统工程师")]),
        B("15:20", "15:35", "茶歇"),
        T("io-05", "15:35", "16:00", "io_uring 在分布式存储引擎中的落地实践", [S("汤晓川", "蚂蚁集团存储内核工程师")]),
        T("io-06", "16:00", "16:30", "tcprt：面向网络监控的 eBPF 实践", [S("卢　烈", "阿里云内核网络")]),
        T("io-07", "16:30", "17:00", "基于 eBPF 的 TCP 重传与时延追踪", [S("欧阳明", "腾讯云网络内核工程师")]),
        T("io-08", "17:00", "17:30", "基于eBPF的内核态容器运行时安全实践", [S("甄　鹏", "浪潮信息操作系统安全专家")]),
    ]),
]

INTRO = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）举办至今已第17届，以“自由 协作 创新”为理念，"
         "以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本次大会由上海交通大学承办，"
         "上午为主论坛，下午三个分论坛同时进行，线上同步直播。")
UNITS = ["华为", "阿里云", "腾讯云", "字节跳动", "英特尔", "OPPO", "vivo", "龙芯中科"]

W = 1500
X0, X1 = 80, W - 80
TL = X0 + 300  # the timeline
TX = TL + 44  # titles and speakers start here
CYAN, PINK, WHITE = (70, 232, 240), (236, 96, 214), (255, 255, 255)
PALE, SOFT, BLUE = (196, 202, 240), (150, 160, 220), (110, 170, 255)


def plain(name):
    return name.replace("\u3000", "")


def logo(d, x, y):
    """The organisers' logo lines: a leaf-like mark, 'CHINA LINUX KERNEL' over the Chinese name."""
    d.ellipse([x + 8, y, x + 44, y + 78], outline=CYAN, width=5)
    d.ellipse([x + 20, y + 10, x + 56, y + 88], outline=(90, 120, 255), width=5)
    d.text((x + 78, y + 4), "CHINA LINUX KERNEL", font=font(28, True), fill=WHITE)
    d.text((x + 78, y + 46), "中国Linux内核开发者大会", font=font(27), fill=WHITE)


def pin(d, x, y, fill):
    d.ellipse([x, y, x + 26, y + 26], fill=fill)
    d.polygon([(x + 3, y + 18), (x + 23, y + 18), (x + 13, y + 38)], fill=fill)
    d.ellipse([x + 8, y + 8, x + 18, y + 18], fill=(30, 20, 90))


def corner_frame(d, x0, y0, x1, y1, col, L=48, w=8):
    for (cx, cy, sx, sy) in ((x0, y0, 1, 1), (x1, y0, -1, 1), (x0, y1, 1, -1), (x1, y1, -1, -1)):
        d.line([(cx, cy + sy * L), (cx, cy), (cx + sx * L, cy)], fill=col, width=w)


def qrcode(d, x, y, size, seed):
    """A QR-looking square (three finder patterns, seeded modules; it encodes nothing)."""
    rnd = random.Random(seed)
    n, m = 25, size / 25
    d.rectangle([x - 12, y - 12, x + size + 12, y + size + 12], fill=WHITE)
    for r in range(n):
        for c in range(n):
            finder = (r < 8 and c < 8) or (r < 8 and c >= n - 8) or (r >= n - 8 and c < 8)
            if not finder and rnd.random() < 0.5:
                d.rectangle([x + c * m, y + r * m, x + (c + 1) * m - 0.5, y + (r + 1) * m - 0.5], fill=(20, 20, 40))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        X, Y = x + fx * m, y + fy * m
        d.rectangle([X, Y, X + 7 * m, Y + 7 * m], fill=(20, 20, 40))
        d.rectangle([X + m, Y + m, X + 6 * m, Y + 6 * m], fill=WHITE)
        d.rectangle([X + 2 * m, Y + 2 * m, X + 5 * m, Y + 5 * m], fill=(20, 20, 40))


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def speaker_line(d, y, sp):
    fn, fa = font(38, True), font(26)
    d.text((TX, y), sp[0], font=fn, fill=WHITE)
    x = TX + tw(d, sp[0], fn) + 22
    d.text((x, y + 11), fits(d, sp[1], fa, X1 - x), font=fa, fill=BLUE)
    return y + 56


def slot(d, y, s):
    """One row of the programme; returns the y under it."""
    rf = font(38, True)
    if s["kind"] == "break":
        d.rounded_rectangle([X0 - 20, y - 14, X1 + 20, y + 70], radius=12, fill=(44, 36, 120))
        d.text((X0, y), rng(s), font=rf, fill=PALE)
        d.ellipse([TL - 9, y + 22, TL + 9, y + 40], fill=PALE)
        d.text((TX, y - 2), s["title"], font=font(44, True), fill=WHITE)
        return y + 120
    d.text((X0, y), rng(s), font=rf, fill=WHITE)
    d.ellipse([TL - 9, y + 22, TL + 9, y + 40], fill=CYAN)
    ft = font(44, True)
    for ln in wrap_title(d, s["title"], ft, X1 - TX):
        d.text((TX, y - 4), ln, font=ft, fill=CYAN)
        y += 60
    y += 4
    if s["panel"]:
        for label, people in (("主持人：", s["sp"][:1]), ("嘉　宾：", s["sp"][1:])):
            d.text((TX, y), label, font=font(38, True), fill=PINK)
            y += 58
            for sp in people:
                y = speaker_line(d, y, sp)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, y, sp)
    return y + 46


def forum_head(d, y, k, name, host):
    """A forum's heading: arrowheads (主论坛) or a big pale number (01-03) behind the name; the host at the right."""
    fh = font(72, True)
    if k == 0:
        for j in range(2):
            x = X0 + j * 40
            d.polygon([(x, y + 22), (x + 30, y + 48), (x, y + 74)], fill=CYAN)
        nx = X0 + 100
    else:
        d.text((X0 - 6, y - 92), "%02d" % k, font=font(130, True), fill=(64, 84, 190))
        nx = X0
    d.text((nx, y), name, font=fh, fill=WHITE, stroke_width=2, stroke_fill=(40, 120, 200))
    hx = X1 - 420
    d.text((hx, y + 2), "主持人：", font=font(38, True), fill=PINK)
    d.text((hx + tw(d, "主持人：", font(38, True)), y + 2), host[0], font=font(38, True), fill=WHITE)
    d.text((hx, y + 58), fits(d, host[1], font(25), X1 - hx), font=font(25), fill=SOFT)
    y += 118
    d.rectangle([X0 - 20, y, X1 + 20, y + 12], fill=CYAN)
    return y + 70


def paint(im, d):
    logo(d, X0 - 10, 60)
    rtext(d, X1, 56, "上海交通大学", font(46, True), WHITE)
    rtext(d, X1, 116, "SHANGHAI JIAO TONG UNIVERSITY", font(20, True), PALE)
    for dx, col in ((6, (60, 200, 230)), (0, WHITE)):  # the title with its cyan offset shadow
        d.text((X0 + dx, 250 + dx), "第17届中国", font=font(120, True), fill=col)
        d.text((X0 + dx, 400 + dx), "Linux内核开发者大会", font=font(120, True), fill=col)
    for i in range(5):  # the CLK ring at the right
        r = 150 - i * 22
        d.ellipse([1200 - r, 330 - r * 0.62, 1200 + r, 330 + r * 0.62], outline=(80 + i * 30, 140 + i * 20, 255), width=3)
    ctext(d, 1200, 296, "CLK", font(60, True), WHITE)
    ctext(d, 1200, 236, "2022", font(30, True), CYAN)
    y = 610
    pill = "2022年12月17日"
    f = font(44, True)
    x1 = X0 + 40 + tw(d, pill, f) + 30 + 40 + tw(d, "上海 · 线上同步直播", f) + 40
    d.rounded_rectangle([X0, y, x1, y + 84], radius=14, outline=CYAN, width=4)
    d.rectangle([X0 - 8, y + 24, X0 + 4, y + 60], fill=CYAN)
    d.rectangle([x1 - 4, y + 24, x1 + 8, y + 60], fill=CYAN)
    d.text((X0 + 40, y + 12), pill, font=f, fill=WHITE)
    px = X0 + 40 + tw(d, pill, f) + 30
    pin(d, px, y + 22, CYAN)
    d.text((px + 40, y + 12), "上海 · 线上同步直播", font=f, fill=WHITE)
    y += 130
    d.text((X0, y), "地址：上海交通大学闵行校区", font=font(44, True), fill=WHITE)
    d.text((X0, y + 64), "软件大楼一楼报告厅", font=font(44, True), fill=WHITE)
    y += 200
    top = y
    fi = font(32)
    lines = wrap(d, "　　" + INTRO, fi, X1 - X0 - 100)
    d.rectangle([X0, top, X1, top + 60 + 56 * len(lines)], fill=(40, 34, 118))
    for i, ln in enumerate(lines):
        d.text((X0 + 50, top + 30 + 56 * i), ln, font=fi, fill=PALE)
    y = top + 60 + 56 * len(lines)
    corner_frame(d, X0 - 14, top - 14, X1 + 14, y + 14, CYAN)
    y += 150
    d.text((W / 2 - tw(d, "AGENDA", font(150, True)) / 2, y - 50), "AGENDA", font=font(150, True),
           fill=(34, 28, 100), stroke_width=2, stroke_fill=(80, 80, 190))
    d.rounded_rectangle([W / 2 - 230, y, W / 2 + 230, y + 110], radius=22, fill=(50, 110, 220))
    ctext(d, W / 2, y + 12, "大会议程", font(72, True), WHITE)
    y += 240
    for k, (name, host, slots) in enumerate(FORUMS):
        if k == 1:
            ctext(d, W / 2, y, "—— 下午　三个分论坛同时进行 ——", font(40, True), PINK)
            y += 130
        y = forum_head(d, y, k, name, host)
        first = y
        for s in slots:
            y = slot(d, y, s)
        d.line([(TL, first - 10), (TL, y - 60)], fill=(90, 110, 210), width=3)
        y += 90
    ctext(d, W / 2, y, "支持单位", font(60, True), WHITE)
    y += 120
    bw, bh = (X1 - X0 - 3 * 30) / 4, 96
    for i, u in enumerate(UNITS):
        bx, by = X0 + (i % 4) * (bw + 30), y + (i // 4) * (bh + 26)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=10, fill=(236, 238, 252))
        ctext(d, bx + bw / 2, by + 22, u, font(38, True), (30, 30, 110))
    y += 2 * (bh + 26) + 80
    qrcode(d, W / 2 - 150, y, 300, 2212)
    ctext(d, W / 2, y + 340, "扫码观看直播", font(46, True), WHITE)
    ctext(d, W / 2, y + 420, "主办：中国Linux内核开发者大会组委会　承办：上海交通大学软件学院", font(30), PALE)
    return y + 520


def glow(im, cx, cy, r, col, strength):
    """A soft light blob (the organisers' pictures glow): a blurred disc screened onto the page."""
    lay = Image.new("RGB", (im.size[0] // 8, im.size[1] // 8), (0, 0, 0))
    ImageDraw.Draw(lay).ellipse([(cx - r) / 8, (cy - r) / 8, (cx + r) / 8, (cy + r) / 8],
                                fill=tuple(int(c * strength) for c in col))
    lay = lay.filter(ImageFilter.GaussianBlur(r / 14))
    return ImageChops.screen(im, lay.resize(im.size, Image.BILINEAR))


def background(w, h):
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / (h - 1)
        d.line([(0, y), (w, y)], fill=(int(30 - 16 * t), int(20 - 8 * t), int(96 - 50 * t)))
    im = glow(im, 1250, 320, 520, (150, 70, 255), 0.6)
    im = glow(im, 150, 900, 420, (0, 190, 220), 0.35)
    return im


def draw():
    strip = Image.new("RGB", (W, 8))
    h = paint(strip, ImageDraw.Draw(strip))  # lay out once to learn the height
    im = background(W, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def truth():
    talks = []
    for name, _, slots in FORUMS:
        for s in slots:
            if s["kind"] == "talk":
                talks.append({"id": s["id"], "title": s["title"], "forum": name, "start": s["start"], "end": s["end"],
                              "speakers": [plain(sp[0]) for sp in s["sp"]]})
    ids = [t["id"] for t in talks]
    assert len(ids) == len(set(ids))
    decks = {name: row[0] for name, row in DECKS.items()}
    assert set(decks.values()) <= set(ids)
    return {"date": DATE, "talks": talks, "decks": decks}


def main():
    im = draw()
    path = os.path.join(HERE, "2022clk.png")
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    assert 1400 <= im.size[0] <= 1800 and 1_000_000 <= size <= 1_600_000, (im.size, size)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth(), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%s: %d x %d, %d bytes" % (path, im.size[0], im.size[1], size))


if __name__ == "__main__":
    main()
