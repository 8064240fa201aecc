"""Draw the agenda poster of matching-blind-5 and write its truth (deterministic, Pillow only).

Run:  python draw.py   -> writes 2022clk.png and truth.json next to this file.

Every string the poster prints comes from FORUMS below, and the deck map of
truth.json from build.py's DECKS, so poster, truth and repository cannot drift
apart.  Randomness only from seeded Random instances (the QR code).  The
poster is one long image in the organisers' family style (a dark page with
glows, logo lines, the big two-line name of the conference, a date pill, a
framed introduction, '大会议程' over a hollow 'AGENDA', a timeline of rows per
forum), in this edition's own colours: a midnight navy page that turns to
indigo at the foot, sky-blue titles, amber times and labels.  主论坛 in the
morning, the three forums of CLK2022's README in the afternoon, one after
another as the organisers' long image prints them.
"""
import json
import os
import random
import re

from build import DECKS
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
    """Wrap as a designer would: after a '：' or before a '——' when both halves fit, else into even lines."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2:
        return lines
    for sep, keep_left in (("：", True), ("——", False)):
        head, s, tail = text.partition(sep)
        if not s:
            continue
        left, right = (head + s, tail) if keep_left else (head, s + tail)
        if tw(d, left, f) <= maxw and len(wrap(d, right, f, maxw)) == len(lines) - 1:
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
                d.rectangle(box, fill=(20, 20, 20))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        X, Y = x + fx * m, y + fy * m
        d.rectangle([X, Y, X + 7 * m, Y + 7 * m], fill=(20, 20, 20))
        d.rectangle([X + m, Y + m, X + 6 * m, Y + 6 * m], fill=(255, 255, 255))
        d.rectangle([X + 2 * m, Y + 2 * m, X + 5 * m, Y + 5 * m], fill=(20, 20, 20))


def cup(d, x, y, fill, k=1.0):
    """A small coffee cup drawn in lines (the fonts have no cup glyph)."""
    lw = max(2, round(3 * k))
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=lw)
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=lw)
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def pin(d, x, y, fill, k=1.0):
    """A map pin before the city, as the organisers' date pills have it."""
    d.ellipse([x, y, x + 22 * k, y + 22 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 15 * k), (x + 20 * k, y + 15 * k), (x + 11 * k, y + 34 * k)], fill=fill)
    d.ellipse([x + 7 * k, y + 6 * k, x + 15 * k, y + 14 * k], fill=(18, 26, 84))


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


def number_box(d, x, y, text, fill, ink, h=56):
    """A slanted box holding a forum's number ('01'), as the organisers' headings have it."""
    f = font(round(h * 0.62), True)
    w = tw(d, text, f) + h * 0.9
    sl = h * 0.28
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], fill=fill)
    ctext(d, x + sl / 2 + w / 2, y + h * 0.12, text, f, ink)
    return x + w + sl


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


def LABEL(text):
    """A pill between rows (the English session's label): no time, no talk."""
    return {"kind": "label", "title": text}


DATE = "2022-12-03"
FORUMS = [
    ("主论坛", ("周立新", "南京大学计算机科学与技术系 教授"), [
        T("main-01", "09:00", "09:15", "嘉宾致辞", [("顾振华", "南京大学 副校长")]),
        T("main-02", "09:15", "09:50", "Linux 内核 scalability 面临的挑战",
          [("Muchun Song", "字节跳动 Linux 内核工程师"), ("Qi Zheng", "字节跳动 Linux 内核工程师")]),
        T("main-03", "09:50", "10:25", "字节大规模内核版本迁移实践——面向通算与智算集群的无感升级",
          [("贺中坤", "字节跳动")]),
        B("10:25", "10:40", "茶歇"),
        T("main-04", "10:40", "11:10", "国产 CPU 平台的 Linux 上游支持：现状与展望",
          [("谭志坚", "飞腾信息技术 首席架构师")]),
        T("main-05", "11:10", "11:40", "云环境中的内存超分（overcommit）",
          [("Yu Zhao", "Google 软件工程师")]),
        T("main-06", "11:40", "12:10", "PORTGPT：基于大语言模型的自动化后向移植研究",
          [("李朝阳", "OS3 Lab")]),
        T("main-07", "12:10", "12:50", "圆桌论坛：从补丁到 Maintainer——内核开发者的成长之路",
          [("许晓东", "南京大学 副教授"), ("庞　博", "阿里云 内核专家"),
           ("叶文静", "华为 内核开发部主任工程师"), ("严　峰", "腾讯 TencentOS 内核负责人"),
           ("程思远", "中国科学院软件研究所 副研究员")], panel=True),
        B("12:50", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("黄嘉诚", "阿里云 资深技术专家"), [
        T("arch-01", "13:30", "14:00", "RISC-V 设备共享工作队列：AIOE 扩展及其虚拟化",
          [("Guo Ren", "阿里巴巴达摩院 玄铁团队")]),
        T("arch-02", "14:00", "14:30", "RISC-V架构下的PMU虚拟化直通方案",
          [("路　旭", "字节跳动 虚拟化工程师")]),
        T("arch-03", "14:30", "15:00", "RISC-V IOMMU 驱动的上游进展与 PASID 支持",
          [("卓一凡", "中国科学院软件研究所 工程师")]),
        T("arch-04", "15:00", "15:30", "CPUFreq_ext：用 BPF 定制 cpufreq 调频策略", [("邹贻鹏", "华为")]),
        B("15:30", "15:45", "茶歇"),
        T("arch-05", "15:45", "16:15", "将 throttle 推迟到任务返回用户态时执行", [("路自谦", "字节跳动")]),
        T("arch-06", "16:15", "16:45", "对 EEVDF 的一点优化及思考", [("臧春鑫", "内核调度工程师")]),
        T("arch-07", "16:45", "17:15", "osnoise 与 timerlat：定位实时内核延迟尖峰的新 tracer",
          [("赵　桥", "Red Hat")]),
        T("arch-08", "17:15", "17:45", "YALT: Yet Another Lockless Tree",
          [("余松平", "华为中央软件院 OS内核实验室"), ("Kuzin Artem", "华为中央软件院 OS内核实验室")]),
    ]),
    ("内存管理与异构计算分论坛", ("单慧敏", "字节跳动 内核专家"), [
        T("mem-01", "13:30", "14:00", "缩减 shrinker 的加锁开销", [("郑　琦", "字节跳动 内核工程师")]),
        T("mem-02", "14:00", "14:30", "Algorithm for duplicating Maple Tree",
          [("张　鹏", "字节跳动 Linux内核工程师")]),
        T("mem-03", "14:30", "15:00", "内存压缩大页(ZHP)优化", [("袁晓峰", "vivo 性能优化专家")]),
        T("mem-04", "15:00", "15:30", "围绕 mTHP 展开的 SWAP 分配器优化",
          [("宋恺睿", "腾讯"), ("Chris Li", "Google"), ("刘海龙", "OPPO")]),
        B("15:30", "15:45", "茶歇"),
        T("mem-05", "15:45", "16:15", "匿名页 large folio 的 swap-in 策略探讨",
          [("钟启航", "小米 内核工程师")]),
        T("mem-06", "16:15", "16:45", "动态大页——基于 ARM64 Contiguous PTE 的大页技术",
          [("韩传华", "OPPO 高级底层软件工程师")]),
        T("mem-07", "16:45", "17:15", "在匿名内存映射中使用 large folio", [("殷锋卫", "英特尔")]),
        T("mem-08", "17:15", "17:45", "AI 加速卡设备内存的 ZONE_DEVICE 管理实践",
          [("邝宇轩", "摩尔线程 系统软件工程师")]),
    ]),
    ("IO 与 ebpf 分论坛", ("祁　峻", "华为 文件系统专家"), [
        T("io-01", "13:30", "14:00", "基于 eBPF 的 FUSE 优化实践", [("何鲁港", "统信软件 终端操作系统产线")]),
        T("io-02", "14:00", "14:30", "并行化文件系统的 writeback 路径",
          [("王誉霏", "vivo 存储系统工程师"), ("张细锐", "vivo 存储系统工程师")]),
        T("io-03", "14:30", "15:00", "F2FS：新一代压缩方案", [("Yangtao Li", "vivo")]),
        T("io-04", "15:00", "15:30", "tcprt：面向网络监控的 eBPF 实践", [("卢　烈", "阿里云 内核网络")]),
        B("15:30", "15:45", "茶歇"),
        LABEL("English Session　英文专场"),
        T("io-05", "15:45", "16:15", "Decoding Kernel Callstacks with MCP Tools", [("Gavin Guo", "Igalia")]),
        T("io-06", "16:15", "16:45", "Accelerating Networks with MPTCP",
          [("唐葛亮", "麒麟软件 研发技术专家")]),
        T("io-07", "16:45", "17:15", "Improving the Scalability of EXT4 Block Allocation",
          [("李保坤", "华为操作系统部")]),
        T("io-08", "17:15", "17:45", "FUSE Passthrough: Status and Next Steps",
          [("Lukas Brenner", "SUSE Labs")]),
    ]),
]
INTRO = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域"
         "规模最大、影响力最广的年度技术盛会，由国内主要操作系统厂商、互联网企业、芯片厂商与高校"
         "共同发起。第17届大会由南京大学承办，设主论坛与处理器架构与调度、内存管理与异构计算、"
         "IO 与 ebpf 三个分论坛，邀请来自字节跳动、阿里云、华为、腾讯、vivo、OPPO、英特尔、"
         "Google、Red Hat 与高校的开发者分享内核领域的最新进展，欢迎开发者与高校师生到场与线上交流。")
UNITS = ["南京大学", "华为", "阿里云", "字节跳动", "腾讯", "vivo", "OPPO", "英特尔", "统信软件", "麒麟软件",
         "openEuler", "龙蜥社区"]

NAVY, INDIGO = (10, 16, 58), (34, 18, 86)
SKY, AMBER, WHITE = (104, 206, 255), (255, 178, 64), (255, 255, 255)
PALE, GREY, BAND, RULE = (178, 196, 240), (150, 164, 210), (30, 44, 120), (70, 110, 220)

W = 1680
X0, X1 = 70, W - 70
TIME_X, LINE_X, TEXT_X = 90, 420, 470  # the range, the timeline's dot, the title and speakers


def rng(s):
    return "{}-{}".format(s["start"], s["end"])


def speaker_line(d, x, y, sp, maxw):
    """The name in white, 'company job' small beside it; one line per speaker."""
    fn, fa = font(38, True), font(28)
    d.text((x, y), sp[0], font=fn, fill=WHITE)
    if sp[1]:
        ax = x + tw(d, sp[0], fn) + 22
        assert ax + tw(d, sp[1], fa) <= x + maxw, sp
        d.text((ax, y + 9), sp[1], font=fa, fill=PALE)
    return y + 56


def slot(d, y, s):
    TW = X1 - TEXT_X
    if s["kind"] == "label":
        f = font(34, True)
        w = tw(d, s["title"], f) + 80
        d.rounded_rectangle([TEXT_X, y, TEXT_X + w, y + 64], radius=32, outline=AMBER, width=3)
        d.text((TEXT_X + 40, y + 10), s["title"], font=f, fill=AMBER)
        return y + 100
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 76], fill=BAND)
        d.text((TIME_X, y + 15), rng(s), font=font(40, True), fill=AMBER)
        cup(d, TEXT_X, y + 20, WHITE, 1.2)
        d.text((TEXT_X + 60, y + 12), s["title"], font=font(42, True), fill=WHITE)
        return y + 112
    d.text((TIME_X, y + 2), rng(s), font=font(40, True), fill=AMBER)
    top = y
    ft = font(46, True)
    for ln in wrap_nicely(d, s["title"], ft, TW):
        d.text((TEXT_X, y), ln, font=ft, fill=SKY)
        y += 64
    y += 8
    if s["panel"]:
        for tag, people in (("主持人：", s["sp"][:1]), ("嘉　宾：", s["sp"][1:])):
            d.text((TEXT_X, y + 6), tag, font=font(30, True), fill=AMBER)
            y += 52
            for sp in people:
                y = speaker_line(d, TEXT_X, y, sp, TW)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, TEXT_X, y, sp, TW)
    d.line([(LINE_X, top + 27), (LINE_X, y + 44)], fill=RULE, width=3)  # the timeline, down to the next row
    d.ellipse([LINE_X - 11, top + 16, LINE_X + 11, top + 38], fill=SKY)
    return y + 44


def forum_head(d, y, k, name, host):
    fh = font(60, True)
    x = X0
    if k:
        x = number_box(d, X0, y + 10, f"{k:02d}", AMBER, NAVY, 62) + 22
    else:
        for j in range(2):  # two arrowheads before 主论坛
            ax = X0 + j * 30
            d.polygon([(ax, y + 18), (ax + 24, y + 41), (ax, y + 64)], fill=AMBER)
        x = X0 + 86
    d.text((x, y), name, font=fh, fill=WHITE)
    lab, fl = "主持人：", font(32, True)
    hx = X1 - tw(d, lab + host[0], fl)
    d.text((hx, y + 4), lab, font=fl, fill=AMBER)
    d.text((hx + tw(d, lab, fl), y + 4), host[0], font=fl, fill=WHITE)
    rtext(d, X1, y + 52, host[1], font(24), PALE)
    y += 102
    d.rectangle([X0, y, X1, y + 6], fill=SKY)
    return y + 44


def paint(im, d):
    logo_lines(d, X0, 54, WHITE, SKY, 1.5)
    rtext(d, X1, 58, "南京大学", font(44, True), WHITE)
    rtext(d, X1, 116, "NANJING UNIVERSITY", font(22, True), PALE)
    for dx, col in ((6, (40, 90, 200)), (0, WHITE)):
        d.text((X0 + dx, 250 + dx), "第17届中国", font=font(128, True), fill=col)
        d.text((X0 + dx, 410 + dx), "Linux内核开发者大会", font=font(128, True), fill=col)
    d.ellipse([X1 - 250, 230, X1 - 20, 460], outline=SKY, width=6)
    d.ellipse([X1 - 226, 254, X1 - 44, 436], outline=(60, 100, 210), width=2)
    ctext(d, X1 - 135, 282, "CLK", font(60, True), WHITE)
    ctext(d, X1 - 135, 360, "2022", font(44, True), AMBER)
    fp = font(40, True)
    pill = "2022年12月3日（周六）"
    city = "南京 · 线上同步直播"
    pw = tw(d, pill, fp) + tw(d, city, fp) + 140
    d.rounded_rectangle([X0, 620, X0 + pw, 696], radius=38, fill=WHITE)
    d.text((X0 + 36, 630), pill, font=fp, fill=NAVY)
    px = X0 + 36 + tw(d, pill, fp) + 26
    pin(d, px, 640, AMBER, 1.1)
    d.text((px + 40, 630), city, font=fp, fill=NAVY)
    d.text((X0, 730), "地址：南京大学仙林校区 计算机科学技术楼 报告厅", font=font(36), fill=WHITE)
    y = 840
    top = y
    fi = font(30)
    y += 44
    for ln in wrap(d, INTRO, fi, X1 - X0 - 100):
        d.text((X0 + 50, y), ln, font=fi, fill=PALE)
        y += 52
    y += 28
    d.rectangle([X0, top, X1, y], outline=(90, 140, 240), width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y), (X1, y)):  # corner marks
        d.rectangle([cx - 8, cy - 8, cx + 8, cy + 8], fill=SKY)
    y += 170
    ctext_hollow = "AGENDA"
    fa = font(170, True)
    d.text((W / 2 - tw(d, ctext_hollow, fa) / 2, y - 70), ctext_hollow, font=fa, fill=NAVY, stroke_width=2,
           stroke_fill=(70, 120, 230))
    ctext(d, W / 2, y, "大会议程", font(90, True), WHITE)
    y += 200
    for k, (name, host, slots) in enumerate(FORUMS):
        if k == 1:
            ctext(d, W / 2, y, "—— 下午　三个分论坛同时进行 ——", font(40, True), SKY)
            y += 110
        y = forum_head(d, y, k, name, host)
        for s in slots:
            y = slot(d, y, s)
        y += 70
    ctext(d, W / 2, y, "支持单位", font(60, True), WHITE)
    y += 120
    cols, gap, bh = 4, 28, 96
    bw = (X1 - X0 - (cols - 1) * gap) / cols
    for i, u in enumerate(UNITS):
        bx, by = X0 + (i % cols) * (bw + gap), y + (i // cols) * (bh + 24)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=10, fill=WHITE)
        ctext(d, bx + bw / 2, by + 22, u, font(38, True), (22, 34, 110))
    y += ((len(UNITS) + cols - 1) // cols) * (bh + 24) + 70
    qrcode(d, W / 2 - 150, y, 300, 20221203)
    ctext(d, W / 2, y + 330, "扫码观看直播", font(48, True), WHITE)
    foot = "主办：中国Linux内核开发者大会组委会　承办：南京大学计算机科学与技术系"
    ctext(d, W / 2, y + 408, foot, font(30), PALE)
    return y + 500


def background(w, h):
    im = vgrad(w, h, NAVY, INDIGO)
    im = glow(im, w - 200, 320, 520, (90, 170, 255), 0.55)
    im = glow(im, 120, 1300, 460, (140, 90, 255), 0.35)
    for k, yy in enumerate(range(2800, h - 600, 2600)):
        im = glow(im, w - 150 if k % 2 else 150, yy, 520, (70, 130, 255), 0.25)
    return im


def draw():
    """Lay out once on a strip to learn the height, paint on a background that tall, then export as a
    designer's web export does: 256 colours by median cut, no dither, back to RGB (the full-colour
    drawing is about 1.7 MB, over what the organisers' own 1.5 MB image suggests)."""
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
    assert 1_000_000 <= size <= 1_600_000, size
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"2022clk.png {im.size[0]}x{im.size[1]}, {size} bytes")


if __name__ == "__main__":
    main()
