"""Draw the agenda poster of matching-blind-6 and write its truth (deterministic, Pillow only).

Run:  python draw.py   -> writes 2022clk.png and truth.json next to this file.

Every string the poster prints comes from FORUMS below, and the deck map of
truth.json from build.py's DECKS, so poster, truth and repository cannot drift
apart.  Randomness only from seeded Random instances (the QR code, the dust).
The structure and the small helpers (font, tw, TOKEN, wrap, wrap_nicely,
ctext, rtext, vgrad, glow, qrcode, cup, pin, logo_lines) are copied from
matching-blind-5's draw.py; the programme, the layout of the heads and rows
and the colours are this set's.  The poster is one long image in the
organisers' family style (a dark page with glows, logo lines, the big two-line
name of the conference, a date pill, a framed introduction, '大会议程' over a
hollow 'AGENDA', a timeline of rows per forum), in this edition's colours: a
deep wine page that darkens to a plum-black at the foot, champagne-gold
titles, coral times, rose-grey affiliations.  主论坛 in the morning, the three
forums of CLK2022's README in the afternoon, one after another.
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
    key = (path, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, size, index=SC)
    return _fc[key]


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


def wrap_nicely(d, text, f, maxw):
    """Wrap as a designer would: after a '：'/': ' or before a '——' when both halves fit (and the first
    is not a stub under a third of the measure), else into even lines."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2:
        return lines
    for sep, keep_left in (("：", True), (": ", True), ("——", False)):
        head, s, tail = text.partition(sep)
        if not s:
            continue
        left, right = (head + s.rstrip(), tail) if keep_left else (head, s + tail)
        if maxw // 3 <= tw(d, left, f) <= maxw and len(wrap(d, right, f, maxw)) == len(lines) - 1:
            return [left, *wrap(d, right, f, maxw)]
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
                box = [x + c * m, y + r * m, x + (c + 1) * m - 0.5, y + (r + 1) * m - 0.5]
                d.rectangle(box, fill=(30, 12, 24))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        X, Y = x + fx * m, y + fy * m
        d.rectangle([X, Y, X + 7 * m, Y + 7 * m], fill=(30, 12, 24))
        d.rectangle([X + m, Y + m, X + 6 * m, Y + 6 * m], fill=(255, 255, 255))
        d.rectangle([X + 2 * m, Y + 2 * m, X + 5 * m, Y + 5 * m], fill=(30, 12, 24))


def cup(d, x, y, fill, k=1.0):
    """A small coffee cup drawn in lines (the fonts have no cup glyph)."""
    lw = max(2, round(3 * k))
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=lw)
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=lw)
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def bowl(d, x, y, fill, k=1.0):
    """A rice bowl with chopsticks for the lunch band (a cup would say tea)."""
    lw = max(2, round(3 * k))
    d.chord([x, y + 4 * k, x + 32 * k, y + 34 * k], 0, 180, outline=fill, width=lw)
    d.line([(x - 2 * k, y + 19 * k), (x + 34 * k, y + 19 * k)], fill=fill, width=lw)
    d.line([(x + 14 * k, y + 16 * k), (x + 30 * k, y - 4 * k)], fill=fill, width=lw)
    d.line([(x + 20 * k, y + 16 * k), (x + 36 * k, y - 2 * k)], fill=fill, width=lw)


def pin(d, x, y, fill, hole, k=1.0):
    """A map pin before the city, as the organisers' date pills have it."""
    d.ellipse([x, y, x + 22 * k, y + 22 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 15 * k), (x + 20 * k, y + 15 * k), (x + 11 * k, y + 34 * k)], fill=fill)
    d.ellipse([x + 7 * k, y + 6 * k, x + 15 * k, y + 14 * k], fill=hole)


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


# ---------------------------------------------------------------------------
# The programme.  A talk: T(id, start, end, title, speakers); a speaker: (name as
# printed, 'company job' as printed or None).  Two-character Chinese names are
# printed with an ideographic space in the middle, as the organisers print them;
# truth.json gives them without it.
def T(tid, start, end, title, speakers, panel=False):
    return {"kind": "talk", "id": tid, "start": start, "end": end, "title": title, "sp": speakers,
            "panel": panel}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title}


DATE = "2022-11-12"
FORUMS = [
    ("主论坛", ("蒋　毅", "西安电子科技大学计算机科学与技术学院 教授"), [
        T("main-01", "09:00", "09:15", "开幕致辞", [("韩立群", "西安电子科技大学 副校长")]),
        T("main-02", "09:15", "09:50",
          "Scalable PASID for the RISC-V IOMMU: the GIPC Proposal and the Linux Roadmap",
          [("郭　任", "阿里巴巴达摩院 高级技术专家")]),
        T("main-03", "09:50", "10:25", "BPF 用户态回溯库与持续 Profiling 系统",
          [("章雨宸", "字节跳动")]),
        B("10:25", "10:40", "茶歇"),
        T("main-04", "10:40", "11:10", "Random kmalloc Caches: A Defence against Heap Spraying",
          [("龚睿奇", "华为 操作系统高级工程师")]),
        T("main-05", "11:10", "11:40", "CXL 内存池化：Linux 内核的支持现状与挑战",
          [("聂　远", "浪潮信息 内核架构师")]),
        T("main-06", "11:40", "12:10", "Faster Container Migration: Offloading Page Copy to Intel DSA",
          [("吴江波", "英特尔系统软件部 软件工程师")]),
        T("main-07", "12:10", "12:50", "圆桌论坛：高校学生如何走进 Linux 内核社区",
          [("任佳琪", "西安电子科技大学 副教授"), ("覃　越", "华为 openEuler 内核技术专家"),
           ("邵雅婷", "阿里云 龙蜥社区内核 SIG"), ("欧阳晨", "字节跳动 STE 内核专家"),
           ("魏明哲", "中国科学院软件研究所 助理研究员")], panel=True),
        B("12:50", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("骆　川", "龙芯中科 系统软件总监"), [
        T("arch-01", "13:30", "14:00", "LoongArch KVM 虚拟化的内核支持", [("赵天瑞", "龙芯中科")]),
        T("arch-02", "14:00", "14:30", "AMD 平台 Core & Uncore PMU 虚拟化技术实践",
          [("郑　翔", "阿里云 虚拟化工程师"), ("陈培鸿", "阿里云 虚拟化工程师")]),
        T("arch-03", "14:30", "15:00", "ARM64 KVM 的 PMU 直通与事件过滤", [("付　强", "华为 鲲鹏虚拟化工程师")]),
        T("arch-04", "15:00", "15:30", "RISC-V 上的 eBPF：现状与未来", [("Pu Lehui", "华为")]),
        B("15:30", "15:45", "茶歇"),
        T("arch-05", "15:45", "16:15", "Virtio Crypto Akcipher 虚拟化加速与 Crypto Over Fabrics 资源池化",
          [("皮振伟", "字节跳动 火山引擎")]),
        T("arch-06", "16:15", "16:45", "kretprobe 可扩展性提升：高性能无锁对象池 objpool",
          [("巫　强", "字节跳动 终端安全")]),
        T("arch-07", "16:45", "17:15", "sched_ext 在移动终端上的调度策略实践", [("温子豪", "OPPO 调度工程师")]),
    ]),
    ("内存管理与异构计算分论坛", ("喻文涛", "vivo 内核团队负责人"), [
        T("mem-01", "13:30", "14:00", "shrink_slabd：用异步 slab shrinker 减少内存回收延迟",
          [("李培锋", "OPPO 高级底层软件工程师")]),
        T("mem-02", "14:00", "14:30", "针对 page 映射频度与 lock contention 的 LRU 回收优化",
          [("李培锋", "OPPO 高级底层软件工程师")]),
        T("mem-03", "14:30", "15:00", "PMR：并行内存回收的设计与实践", [("李文通", "OPPO 高级底层软件工程师")]),
        T("mem-04", "15:00", "15:30", "稀疏文件的零页填充", [("白铠豪", "阿里云 内核开发工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("mem-05", "15:45", "16:15", "ZRAM 多压缩算法的效率实践与评估", [("汪劼文", "vivo 性能优化")]),
        T("mem-06", "16:15", "16:45", "Heterogeneous ZRAM Compression: GPU-Accelerated Memory Reclaim",
          [("林芝驰", "vivo 性能优化工程师")]),
        T("mem-07", "16:45", "17:15", "ZRAM writeback 与冷热页分离的协同优化", [("苗　青", "荣耀 内存优化工程师")]),
        T("mem-08", "17:15", "17:45", "SLS 单层存储：零拷贝共享内存的设计与应用",
          [("黎红波", "华为 OS 内核实验室")]),
    ]),
    ("IO 与 ebpf 分论坛", ("吕　帆", "阿里云 存储内核专家"), [
        T("io-01", "13:30", "13:55", "EROFS 最小化内存占用及申请时延的优化方案", [("郭纯海", "vivo 文件系统工程师")]),
        T("io-02", "13:55", "14:20", "EROFS 压缩文件 Direct I/O 的探索与支持",
          [("郭纯海", "vivo 文件系统工程师"), ("杨晨志", "vivo 文件系统工程师")]),
        T("io-03", "14:20", "14:45", "Device Mapper：减少 flush 与 verity 耗时",
          [("王建政", "vivo 存储系统工程师"), ("杨　阳", "vivo 存储系统工程师")]),
        T("io-04", "14:45", "15:10", "高能效 I/O：在 Block 层约束设备频率的探索与支持",
          [("王建政", "vivo 存储系统工程师")]),
        B("15:10", "15:25", "茶歇"),
        T("io-05", "15:25", "15:50", "Uncached Buffer I/O 的探索及其在 f2fs 上的支持",
          [("韩　棋", "vivo 存储系统工程师")]),
        T("io-06", "15:50", "16:15", "F2FS Large Folios 新进展——压缩文件与私有状态的原创设计",
          [("赵南哲", "南京工业大学")]),
        T("io-07", "16:15", "16:40", "TrIO: Using I/O Traces to Speed up Container Cold Start",
          [("黎红波", "华为 OS 内核实验室")]),
        T("io-08", "16:40", "17:05", "cpuidle_ext：基于 eBPF 自定义低功耗策略的框架",
          [("林义凯", "vivo")]),
        T("io-09", "17:05", "17:30", "基于 eBPF 的块设备 I/O 时延诊断实践", [("柯俊辉", "腾讯 TencentOS 内核工程师")]),
    ]),
]
INTRO = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域"
         "规模最大、影响力最广的年度技术盛会，由国内主要操作系统厂商、互联网企业、芯片厂商与高校"
         "共同发起，秉承“自由、协作、创新”的理念。第17届大会由西安电子科技大学承办，设主论坛与"
         "处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛，来自华为、阿里云、字节跳动、"
         "vivo、OPPO、英特尔、龙芯中科与高校的开发者将分享内核领域的最新进展，"
         "欢迎开发者与高校师生到场与线上交流。")
UNITS = ["西安电子科技大学", "华为", "阿里云", "字节跳动", "vivo", "OPPO", "英特尔", "龙芯中科",
         "腾讯", "浪潮信息", "openEuler", "龙蜥社区"]

WINE, PLUM = (62, 10, 34), (22, 6, 20)
GOLD, CORAL, WHITE = (255, 214, 128), (255, 132, 112), (255, 255, 255)
ROSE, BAND, RULE = (232, 186, 198), (96, 22, 52), (170, 70, 100)
TAB = (255, 196, 92)

W = 1680
X0, X1 = 70, W - 70
TIME_X, LINE_X, TEXT_X = 90, 410, 460  # the range, the timeline's dot, the title and speakers


def rng(s):
    return "{}-{}".format(s["start"], s["end"])


def speaker_line(d, x, y, sp, maxw):
    """The name in white, 'company job' small beside it; one line per speaker."""
    fn, fa = font(38, True), font(28)
    d.text((x, y), sp[0], font=fn, fill=WHITE)
    if sp[1]:
        ax = x + tw(d, sp[0], fn) + 24
        assert ax + tw(d, sp[1], fa) <= x + maxw, sp
        d.text((ax, y + 9), sp[1], font=fa, fill=ROSE)
    return y + 56


def slot(d, y, s):
    TW = X1 - TEXT_X
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 76], radius=14, fill=BAND)
        d.text((TIME_X, y + 15), rng(s), font=font(40, True), fill=CORAL)
        (cup if s["title"] == "茶歇" else bowl)(d, TEXT_X, y + 20, GOLD, 1.2)
        d.text((TEXT_X + 64, y + 12), s["title"], font=font(42, True), fill=WHITE)
        return y + 112
    d.text((TIME_X, y + 2), rng(s), font=font(40, True), fill=CORAL)
    top = y
    ft = font(46, True)
    for ln in wrap_nicely(d, s["title"], ft, TW):
        d.text((TEXT_X, y), ln, font=ft, fill=GOLD)
        y += 64
    y += 8
    if s["panel"]:
        for tag, people in (("主持人：", s["sp"][:1]), ("嘉　宾：", s["sp"][1:])):
            d.text((TEXT_X, y + 6), tag, font=font(30, True), fill=CORAL)
            y += 52
            for sp in people:
                y = speaker_line(d, TEXT_X, y, sp, TW)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, TEXT_X, y, sp, TW)
    d.line([(LINE_X, top + 27), (LINE_X, y + 44)], fill=RULE, width=3)  # the timeline, down to the next row
    d.regular_polygon((LINE_X, top + 27, 13), 4, rotation=45, fill=GOLD)  # a diamond on the line
    return y + 44


def forum_head(d, y, k, name, host):
    """A gold tab holding the forum's name ('FORUM 0k' small above it), the host at the right."""
    d.text((X0, y - 6), "MAIN FORUM" if k == 0 else f"FORUM 0{k}", font=font(26, True), fill=CORAL)
    y += 34
    fh = font(56, True)
    tw_ = tw(d, name, fh)
    d.rounded_rectangle([X0, y, X0 + tw_ + 60, y + 84], radius=42, fill=TAB)
    d.text((X0 + 30, y + 4), name, font=fh, fill=WINE)
    lab, fl = "主持人：", font(32, True)
    hx = X1 - tw(d, lab + host[0], fl)
    d.text((hx, y + 2), lab, font=fl, fill=CORAL)
    d.text((hx + tw(d, lab, fl), y + 2), host[0], font=fl, fill=WHITE)
    rtext(d, X1, y + 50, host[1], font(24), ROSE)
    y += 112
    d.rectangle([X0, y, X1, y + 4], fill=GOLD)
    d.rectangle([X0, y + 10, X0 + 260, y + 14], fill=CORAL)
    return y + 50


def paint(im, d):
    logo_lines(d, X0, 54, WHITE, GOLD, 1.5)
    rtext(d, X1, 58, "西安电子科技大学", font(44, True), WHITE)
    rtext(d, X1, 116, "XIDIAN UNIVERSITY", font(22, True), ROSE)
    for dx, col in ((6, (140, 30, 70)), (0, WHITE)):
        d.text((X0 + dx, 250 + dx), "第17届中国", font=font(124, True), fill=col)
        d.text((X0 + dx, 405 + dx), "Linux内核开发者大会", font=font(124, True), fill=col)
    # the edition's badge: a gold hexagon with CLK over 2022
    d.regular_polygon((X1 - 135, 345, 120), 6, fill=None, outline=GOLD, width=6)
    d.regular_polygon((X1 - 135, 345, 98), 6, fill=None, outline=(200, 90, 120), width=2)
    ctext(d, X1 - 135, 282, "CLK", font(60, True), WHITE)
    ctext(d, X1 - 135, 360, "2022", font(44, True), CORAL)
    fp = font(40, True)
    pill = "2022年11月12日（周六）"
    city = "西安 · 线上同步直播"
    pw = tw(d, pill, fp) + tw(d, city, fp) + 140
    d.rounded_rectangle([X0, 620, X0 + pw, 696], radius=38, fill=GOLD)
    d.text((X0 + 36, 630), pill, font=fp, fill=WINE)
    px = X0 + 36 + tw(d, pill, fp) + 26
    pin(d, px, 640, WINE, GOLD, 1.1)
    d.text((px + 40, 630), city, font=fp, fill=WINE)
    d.text((X0, 730), "地址：西安电子科技大学南校区 图书馆报告厅", font=font(36), fill=WHITE)
    y = 840
    top = y
    fi = font(30)
    y += 44
    for ln in wrap(d, INTRO, fi, X1 - X0 - 100):
        d.text((X0 + 50, y), ln, font=fi, fill=ROSE)
        y += 52
    y += 28
    d.rounded_rectangle([X0, top, X1, y], radius=24, outline=(210, 110, 140), width=2)
    d.rectangle([X0 + 40, top - 3, X0 + 240, top + 3], fill=GOLD)  # a gold stroke on the frame
    d.rectangle([X1 - 240, y - 3, X1 - 40, y + 3], fill=GOLD)
    y += 170
    hollow = "AGENDA"
    fa = font(170, True)
    d.text((W / 2 - tw(d, hollow, fa) / 2, y - 70), hollow, font=fa, fill=WINE, stroke_width=2,
           stroke_fill=(190, 80, 110))
    ctext(d, W / 2, y, "大会议程", font(90, True), WHITE)
    y += 200
    for k, (name, host, slots) in enumerate(FORUMS):
        if k == 1:
            ctext(d, W / 2, y, "下午 · 三个分论坛同时进行", font(40, True), GOLD)
            y += 110
        y = forum_head(d, y, k, name, host)
        for s in slots:
            y = slot(d, y, s)
        y += 70
    ctext(d, W / 2, y, "支持单位", font(60, True), WHITE)
    y += 120
    cols, gap, bh = 3, 28, 96
    bw = (X1 - X0 - (cols - 1) * gap) / cols
    for i, u in enumerate(UNITS):
        bx, by = X0 + (i % cols) * (bw + gap), y + (i // cols) * (bh + 24)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=48, fill=(252, 240, 230))
        ctext(d, bx + bw / 2, by + 22, u, font(38, True), WINE)
    y += ((len(UNITS) + cols - 1) // cols) * (bh + 24) + 70
    qrcode(d, W / 2 - 150, y, 300, 20221112)
    ctext(d, W / 2, y + 330, "扫码观看直播", font(48, True), WHITE)
    foot = "主办：中国Linux内核开发者大会组委会　承办：西安电子科技大学计算机科学与技术学院"
    ctext(d, W / 2, y + 408, foot, font(28), ROSE)
    return y + 500


def background(w, h):
    im = vgrad(w, h, WINE, PLUM)
    im = glow(im, w - 180, 300, 540, (255, 110, 90), 0.45)
    im = glow(im, 140, 1350, 480, (230, 60, 140), 0.35)
    for k, yy in enumerate(range(2900, h - 600, 2500)):
        im = glow(im, w - 140 if k % 2 else 140, yy, 520, (240, 90, 120), 0.22)
    # dust: small seeded specks of light, as the organisers' backgrounds have
    rnd = random.Random(1112)
    d = ImageDraw.Draw(im)
    for _ in range(900):
        x, y, r = rnd.randrange(w), rnd.randrange(h), rnd.choice((1, 1, 2, 2, 3))
        c = rnd.choice(((255, 200, 150), (255, 150, 170), (250, 230, 200)))
        a = rnd.uniform(0.25, 0.7)
        base = im.getpixel((x, y))
        d.ellipse([x - r, y - r, x + r, y + r], fill=tuple(int(base[i] + (c[i] - base[i]) * a) for i in range(3)))
    return im


def draw():
    """Lay out once on a strip to learn the height, paint on a background that tall, then export as a
    designer's web export does: 256 colours by median cut, no dither, back to RGB."""
    strip = Image.new("RGB", (W, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(W, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).convert("RGB")


def plain(name):
    return name.replace("\u3000", "")


def truth():
    talks = []
    for name, _, slots in FORUMS:
        for s in slots:
            if s["kind"] == "talk":
                talks.append({"id": s["id"], "title": s["title"], "forum": name, "start": s["start"],
                              "end": s["end"], "speakers": [plain(sp[0]) for sp in s["sp"]]})
    ids = {t["id"] for t in talks}
    assert len(ids) == len(talks)
    decks = {name: tid for _, _, name, tid, _ in DECKS}
    assert set(decks.values()) <= ids
    return {"date": DATE, "talks": talks, "decks": decks}


def main():
    im = draw()
    out = os.path.join(HERE, "2022clk.png")
    im.save(out, "PNG", optimize=True)
    size = os.path.getsize(out)
    assert 1400 <= im.size[0] <= 1800, im.size
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"2022clk.png {im.size[0]}x{im.size[1]}, {size} bytes")
    assert 1_000_000 <= size <= 1_600_000, size


if __name__ == "__main__":
    main()
