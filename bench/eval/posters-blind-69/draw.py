"""Draw the sixty-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances
(seeds are fixed numbers or zlib.crc32 of a name, never hash()).

TWO invented editions, each printed as ONE whole-agenda JPEG (as the organisers
publish CLK2023全部议程.png and CLK2025全部议程.jpg), 1080 px wide, in the
organisers' 2024 royal blue, with CLK2025's six forums one under another
(主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛,
硬件架构与异构计算分论坛, AI 基础设施与 eBPF 应用分论坛):
  CLK 2691 (第686届, 湛江, 广东海洋大学, 2691-10-24): headings as the 2024 whole
    agenda sets them, each talk a compact card with its range on a tab, per
    speaker a small round photo, the name and 'company job' on one line.
  CLK 2692 (第687届, 开封, 河南大学, 2692-11-12): each forum's name on a plate
    with the forum posters' host bar, each talk a panel with start over end in a
    left column, speakers as photo + name over 'company job', two side by side.
"""
import datetime
import json
import math
import os
import random
import re
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fc = {}


# ---------------------------------------------------------------------------
# helpers copied unchanged from posters-blind-65/draw.py (which took them from posters-blind-62,
# and 62 most of them from posters-blind-59): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
# wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, T, B, plain, S, aff,
# truth_slot, forum_truth, two_pass, cup, bowl, logo_lines, seed_of, para, fits,
# MEALS, WHITE, rng, meal_mark, saturday, pin, clock, disc_photo
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
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def glow(im, cx, cy, r, col, strength):
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


def S(name, company, job, bio=None, **extra):
    """A speaker as printed: name, company, job title (None where none is printed), biography (CLK 2621 only)."""
    return dict({"name": name, "company": company, "job": job, "bio": bio}, **extra)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; the company alone where no job."""
    if sp["company"] is None:
        return None
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    """A slot as truth.json gives it; biographies, tags and English sub-lines are nowhere in it."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def forum_truth(name, date, slots):
    return {"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]}


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def cup(d, x, y, fill, k=1.0):
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=max(2, round(3 * k)))
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=max(2, round(3 * k)))
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def bowl(d, x, y, fill, k=1.0):
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


def seed_of(text):
    return zlib.crc32(text.encode("utf-8"))


def para(d, x, y, text, f, fill, maxw, lh, lines=None):
    ls = wrap(d, text, f, maxw)
    assert lines is None or lines[0] <= len(ls) <= lines[1], (text, len(ls))
    for ln in ls:
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")
WHITE = (255, 255, 255)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def meal_mark(d, x, y, s, fill, k=1.0):
    if s["title"] == "午餐":
        bowl(d, x, y + 2 * k, fill, k)
    elif s["title"] == "茶歇":
        cup(d, x, y, fill, k)


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def pin(d, x, y, fill, k=1.0):
    """A location pin (the organisers' date pill and address carry one)."""
    d.ellipse([x, y, x + 20 * k, y + 20 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 13 * k), (x + 18 * k, y + 13 * k), (x + 10 * k, y + 28 * k)], fill=fill)
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=(40, 20, 110))


def clock(d, x, y, fill, k=1.0):
    """A small clock drawn in lines, before a range."""
    d.ellipse([x, y, x + 22 * k, y + 22 * k], outline=fill, width=max(2, round(2.5 * k)))
    d.line([(x + 11 * k, y + 5 * k), (x + 11 * k, y + 11 * k), (x + 16 * k, y + 14 * k)], fill=fill, width=2)


def disc_photo(im, x, y, s, name):
    """A round portrait: a studio backdrop, head and shoulders, colours seeded by the name."""
    rnd = random.Random(seed_of(name))
    back = [(210, 214, 226), (190, 204, 230), (226, 220, 210), (200, 222, 226)][rnd.randrange(4)]
    shirt = [(40, 44, 58), (230, 232, 238), (70, 98, 150), (110, 60, 70), (60, 110, 90)][rnd.randrange(5)]
    skin = [(232, 196, 170), (220, 182, 152), (240, 208, 186)][rnd.randrange(3)]
    hair = [(28, 24, 22), (40, 34, 30), (62, 52, 46)][rnd.randrange(3)]
    q = 2 * s
    tile = vgrad(q, q, tuple(min(255, c + 20) for c in back), back)
    td = ImageDraw.Draw(tile)
    td.pieslice([q * 0.1, q * 0.66, q * 0.9, q * 1.4], 180, 360, fill=shirt)
    td.rectangle([q * 0.43, q * 0.55, q * 0.57, q * 0.7], fill=skin)
    td.ellipse([q * 0.31, q * 0.2, q * 0.69, q * 0.6], fill=skin)
    td.chord([q * 0.29, q * 0.15, q * 0.71, q * 0.46], 180, 360, fill=hair)
    mask = Image.new("L", (q, q), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, q - 1, q - 1], fill=255)
    tile = tile.resize((s, s), Image.LANCZOS)
    im.paste(tile, (int(x), int(y)), mask.resize((s, s), Image.LANCZOS))



# ===========================================================================
# The data: two invented editions, each printed as ONE whole-agenda JPEG.
def F(name, host, slots):
    """A forum: its name, (host, host's unit) or None where no host is printed, its slots (host filled in)."""
    for s in slots:
        if s["kind"] != "break":
            s["host"] = host and host[0]
    return {"name": name, "host": host, "slots": slots}


def P(start, end, title, moderator, guests):
    """A round table: the moderator first, then the guests in printed order (one 'talk' of set 43's schema)."""
    return T(start, end, title, [moderator] + guests, None, panel=True)


SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]

# CLK 2691 (第686届), 湛江, 广东海洋大学, Saturday 2691-10-24: the TAB CARDS design
A = {
    "key": "A", "edition": "CLK 2691", "year": "2691", "nth": "第686届中国", "date": "2691-10-24",
    "date_printed": "2691年10月24日", "city": "湛江", "school": "广东海洋大学",
    "school_en": "GUANGDONG OCEAN UNIVERSITY", "hall": ["广东海洋大学主校区", "图书馆一楼学术报告厅"],
    "file": "clk2691-zhanjiang-royalblue-tab-cards-whole-agenda.jpg",
    "intro": ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）举办至今已第686届，由华为、阿里云、腾讯、"
              "字节跳动、vivo、OPPO、荣耀、龙芯中科、麒麟软件、统信软件等单位发起，以“自由 协作 创新”为理念，以开源"
              "技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步，是国内 Linux 内核领域颇有影响力"
              "的峰会之一，现诚邀广大 Linux 开发者和爱好者参加本次大会。"),
    "intro2": ("本次大会由广东海洋大学承办，华为、阿里云、腾讯云、字节跳动、vivo、OPPO、荣耀、英特尔、Red Hat、"
               "openEuler、OpenAnolis、OpenCloudOS、CSDN 等单位共同支持。"),
    "sponsors": ["广东海洋大学", "华为", "阿里云", "腾讯云", "字节跳动", "vivo", "OPPO", "荣耀", "英特尔", "龙芯中科"],
    "support": ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "麒麟软件", "统信软件"],
    "media": ["CSDN", "InfoQ", "开源中国", "51CTO", "LWN 中文社区"],
    "slogan": "相聚南海之滨 · 共探 Linux 内核之美",
    "seed": 2691,
    "forums": [
        F("主论坛", ("冼国栋", "广东海洋大学数学与计算机学院院长、教授"), [
            B("09:00", "09:05", "开场"),
            T("09:05", "09:20", "嘉宾致辞", [S("梁文海", "广东海洋大学", "副校长")], None),
            T("09:20", "09:55", "云原生时代的内核演进：从资源隔离到确定性延迟",
              [S("陈立新", "阿里云", "操作系统研发总监")], None),
            T("09:55", "10:30", "手机内核的能效调度：从 EAS 到基于负载预测的调频",
              [S("麦嘉欣", "vivo", "内核技术专家")], None),
            B("10:30", "10:45", "茶歇"),
            T("10:45", "11:20", "openEuler 内核在海洋观测边缘设备上的裁剪与实时化",
              [S("庞海涛", "华为", "openEuler 内核架构师"), S("吴思远", "广东海洋大学", "副教授")], None),
            P("11:20", "12:05", "圆桌论坛：大模型浪潮下，内核开发者的机遇与挑战",
              S("谭建军", "腾讯", "TencentOS 内核负责人"),
              [S("郑晓琳", "字节跳动", "STE 内核专家"), S("何宇航", "龙芯中科", "内核团队负责人"),
               S("苏婉清", "中山大学", "副教授"), S("禤志诚", "OPPO", "底层软件架构师")]),
            B("12:05", "13:30", "午餐"),
        ]),
        F("内存管理与优化分论坛", ("钟秀梅", "广东海洋大学数学与计算机学院副教授"), [
            T("14:00", "14:40", "folio 化之后的 LRU：多代回收在手机上的调优",
              [S("刘子谦", "荣耀", "内存管理工程师")], None),
            T("14:40", "15:20", "HugeTLB Vmemmap Optimization at Cloud Scale: What We Saved and What It Cost",
              [S("孟庆辉", "字节跳动", "内核工程师")], None),
            B("15:20", "15:40", "茶歇"),
            T("15:40", "16:20", "CXL 内存分层下的页面迁移开销分析",
              [S("邝伟杰", "英特尔", "云软件工程师"), S("包雨桐", "华南理工大学", "博士研究生")], None),
            T("16:20", "17:00", "memcg 统计路径的无锁化改造",
              [S("付海洋", "腾讯云内核开发工程师", None)], None),
        ]),
        F("文件系统与存储分论坛", None, [
            T("14:00", "14:40", "ext4 fast commit 在数据库场景下的收益与风险",
              [S("邓佳琪", "京东云", "存储内核工程师")], None),
            T("14:40", "15:20", "Btrfs RAID Stripe Tree: Status and Pitfalls",
              [S("饶文博", "SUSE", "存储工程师")], None),
            B("15:20", "15:40", "茶歇"),
            T("15:40", "16:20", "io_uring 零拷贝接收在分布式存储中的落地",
              [S("曾立伟", "蚂蚁集团", "高级技术专家")], None),
            T("16:20", "17:00", "NVMe 多路径故障切换的时延优化",
              [S("韦春燕", "浪潮信息", "存储系统工程师")], None),
        ]),
        F("调度、性能与调试分论坛", ("段鹏飞", "统信软件内核研发总监"), [
            T("14:00", "14:40", "基于 sched_ext 的在离线混部调度策略探索",
              [S("罗俊宇", "美团", "基础研发平台内核工程师")], None),
            T("14:40", "15:20", "Tracing Lock Contention with BPF and perf: A Practical Guide",
              [S("Mateus Oliveira", "Red Hat", "Principal Software Engineer")], None),
            B("15:20", "15:40", "茶歇"),
            T("15:40", "16:20", "基于 PMU 的线上性能回退自动定位",
              [S("贾文静", "快手", "性能优化专家"), S("欧阳明", "快手", "内核工程师")], None),
            T("16:20", "17:00", "kdump 在 TB 级内存服务器上的提速实践",
              [S("温振华", "中兴通讯操作系统工程师", None)], None),
        ]),
        F("硬件架构与异构计算分论坛", None, [
            T("14:00", "14:45", "RISC-V AIA 中断虚拟化的实现与性能评估",
              [S("覃雪峰", "中国科学院软件研究所", "助理研究员")], None),
            T("14:45", "15:30", "鲲鹏服务器上 SMMU 性能瓶颈的分析与优化",
              [S("甘俊杰", "华为", "鲲鹏计算高级工程师")], None),
        ]),
        F("AI 基础设施与 eBPF 应用分论坛", ("游颖", "腾讯云架构平台部专家"), [
            T("14:00", "14:40", "GPU 显存超分：内核态统一内存管理的探索",
              [S("任浩然", "摩尔线程", "驱动架构师")], None),
            T("14:40", "15:20", "用 eBPF 观测大模型训练集群的网络抖动",
              [S("施雨萌", "阿里云", "网络内核工程师")], None),
            B("15:20", "15:40", "茶歇"),
            T("15:40", "16:20", "eBPF-based Scheduling Hints for LLM Inference Serving",
              [S("卜凡", "百度", "系统架构师")], None),
            T("16:20", "17:00", "NPU 驱动中的 DMA-BUF 共享与零拷贝推理",
              [S("蔡明轩", "寒武纪", "驱动开发工程师")], None),
        ]),
    ],
}

# CLK 2692 (第687届), 开封, 河南大学, Saturday 2692-11-12: the TIME COLUMN design
Bd = {
    "key": "B", "edition": "CLK 2692", "year": "2692", "nth": "第687届中国", "date": "2692-11-12",
    "date_printed": "2692年11月12日", "city": "开封", "school": "河南大学", "school_en": "HENAN UNIVERSITY",
    "hall": ["河南大学金明校区", "图书馆二楼报告厅"],
    "file": "clk2692-kaifeng-royalblue-time-column-whole-agenda.jpg",
    "intro": ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）举办至今已第687届，由国内多家企业、高校与开源"
              "社区的内核开发者共同发起，秉承“自由 协作 创新”的理念，致力于推动 Linux 内核技术在国内的普及与发展，"
              "为内核开发者提供交流与合作的平台。每届线下参会人数近五百人，诚邀广大 Linux 内核开发者与爱好者参会。"),
    "intro2": ("本次大会由河南大学承办，华为、阿里云、腾讯云、字节跳动、小米、OPPO、飞腾信息、龙芯中科、麒麟软件、"
               "SUSE、openEuler、OpenAnolis、OpenCloudOS 等单位共同支持。"),
    "sponsors": ["河南大学", "华为", "阿里云", "腾讯云", "字节跳动", "小米", "OPPO", "飞腾信息", "龙芯中科", "麒麟软件"],
    "support": ["郑州大学", "openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "统信软件", "河南省计算机学会"],
    "media": ["CSDN", "InfoQ", "思否", "51CTO"],
    "slogan": "汴梁论道 · 一同探索 Linux 内核之美",
    "seed": 2692,
    "forums": [
        F("主论坛", ("郜建伟", "河南大学计算机与信息工程学院院长"), [
            B("09:00", "09:10", "开幕"),
            T("09:10", "09:25", "嘉宾致辞", [S("李国强", "河南大学", "副校长")], None),
            T("09:25", "10:00", "从上游到发行版：企业级内核的补丁回合之道",
              [S("范志远", "麒麟软件", "内核首席专家")], None),
            T("10:00", "10:35", "Linux 内核中的内存安全：Rust 与 C 的边界在哪里",
              [S("钱思敏", "华为", "OS 内核实验室技术专家")], None),
            B("10:35", "10:50", "茶歇"),
            T("10:50", "11:25", "Kernel Live Patching at Scale: Ten Thousand Hosts a Day",
              [S("Daniel Moreau", "SUSE", "Engineering Manager")], None),
            T("11:25", "12:00", "国产 CPU 平台的内核性能调优实践",
              [S("胡凯", "飞腾信息", "系统软件部部长"), S("戚雨欣", "飞腾信息", "内核工程师")], None),
            B("12:00", "13:30", "午餐"),
        ]),
        F("内存管理与优化分论坛", ("翁志刚", "河南大学软件学院副教授"), [
            T("14:00", "14:35", "mTHP 在安卓设备上的碎片治理",
              [S("岑晓峰", "小米", "内核工程师")], None),
            T("14:35", "15:10", "页表回收在超大内存进程上的实践",
              [S("滕宇", "字节跳动", "内核研发工程师")], None),
            T("15:10", "15:45", "Memory Tiering with DAMON: From Prototype to Production",
              [S("闵佳慧", "阿里云", "内核专家")], None),
            B("15:45", "16:05", "茶歇"),
            T("16:05", "16:40", "zswap 还是 zram：手机与服务器的不同答案",
              [S("骆子航", "OPPO", "内存优化工程师"), S("谢佳琪", "OPPO", "高级软件工程师")], None),
            T("16:40", "17:15", "基于硬件访问位的冷热页识别",
              [S("詹宏伟", "海光信息", "系统软件工程师")], None),
        ]),
        F("文件系统与存储分论坛", ("楚文博", "河南大学计算机与信息工程学院副教授"), [
            T("14:00", "14:35", "F2FS 在车载存储上的寿命与性能平衡",
              [S("倪振宇", "理想汽车", "系统软件专家")], None),
            T("14:35", "15:10", "XFS 在线修复的进展与生产实践",
              [S("纪晓光", "腾讯云", "文件系统工程师")], None),
            T("15:10", "15:45", "块层多队列调度在 ZNS SSD 上的改进",
              [S("郝静怡", "长江存储", "固件工程师")], None),
            B("15:45", "16:05", "茶歇"),
            T("16:05", "16:40", "FUSE passthrough 与 virtiofs 的性能对比",
              [S("上官明", "蚂蚁集团", "存储专家")], None),
        ]),
        F("调度、性能与调试分论坛", None, [
            T("14:00", "14:35", "PREEMPT_RT 合入主线后的工业控制实践",
              [S("樊立军", "中国电科", "嵌入式软件工程师")], None),
            T("14:35", "15:10", "Scalable Lockdep: Making Lock Validation Cheap Enough for CI",
              [S("祁子健", "英特尔", "开源技术中心工程师")], None),
            T("15:10", "15:45", "火焰图之外：基于 LBR 的热点归因",
              [S("卢雅婷", "网易", "性能工程师")], None),
            B("15:45", "16:05", "茶歇"),
            T("16:05", "16:40", "内核 Oops 的自动归因与补丁推荐",
              [S("彭博文", "统信软件", "内核工程师"), S("杜晓慧", "郑州大学", "博士研究生")], None),
        ]),
        F("硬件架构与异构计算分论坛", ("蒯立华", "郑州大学计算机与人工智能学院教授"), [
            T("14:00", "14:40", "LoongArch 虚拟化扩展的 KVM 支持进展",
              [S("司徒俊", "龙芯中科", "虚拟化工程师")], None),
            T("14:40", "15:20", "ARM64 机密计算：CCA Realm 的启动流程剖析",
              [S("巩晓雯", "Arm", "高级软件工程师")], None),
        ]),
        F("AI 基础设施与 eBPF 应用分论坛", None, [
            T("14:00", "14:35", "大模型推理服务的 CPU 亲和与 NUMA 绑核优化",
              [S("喻思琪", "科大讯飞", "AI 平台工程师")], None),
            T("14:35", "15:10", "用 eBPF 实现 GPU 作业级的网络流量隔离",
              [S("邵峥", "中国移动", "云能力中心高级工程师")], None),
            T("15:10", "15:45", "BPF Token and Unprivileged eBPF in Multi-Tenant Clusters",
              [S("韩子墨", "字节跳动", "内核工程师")], None),
            B("15:45", "16:05", "茶歇"),
            P("16:05", "16:50", "圆桌对话：AI 基础设施需要怎样的操作系统内核？",
              S("柏文杰", "中国信通院", "云计算与大数据研究所主任"),
              [S("秦雅楠", "昆仑芯", "软件总监"), S("卫东来", "浪潮信息", "AI 系统架构师"),
               S("芦晓峰", "郑州大学", "副教授")]),
        ]),
    ],
}
EDITIONS = [A, Bd]

# names of real speakers and hosts seen on the real posters (copied from posters-blind-65/draw.py), none of
# which may be used; the listings' deck names are checked too (see check)
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉"]


# ---------------------------------------------------------------------------
# painters, new here (the royal blue after the organisers' 2024 whole agenda; header, heading_plate,
# units and background follow posters-blind-65's, re-parametrised per edition)
CY = (112, 230, 255)
PALE = (204, 222, 255)
FRAME = (120, 200, 255)
PINK = (238, 132, 255)
DEEP = (16, 44, 170)
XL, XR = 48, 1032  # the content's left and right edges


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def printed_aff(sp):
    return aff(sp)


def hgrad(d, x0, y0, x1, y1, c1, c2):
    w = max(1, int(x1 - x0))
    for i in range(w):
        t = i / w
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c1, c2)))


def tint(im, box, col, alpha):
    """A translucent panel: blend the region under box with col."""
    box = tuple(int(round(v)) for v in box)
    reg = im.crop(box)
    im.paste(Image.blend(reg, Image.new("RGB", reg.size, col), alpha), box[:2])


def header(im, d, W, ed):
    """Logo lines, the school, '第N届中国' over 'Linux内核开发者大会', the ring, the date pill, the address."""
    X1 = W - 44
    logo_lines(d, 44, 44, WHITE, CY)
    d.ellipse([X1 - 330, 40, X1 - 274, 96], outline=WHITE, width=3)  # the school's seal
    d.ellipse([X1 - 318, 52, X1 - 286, 84], outline=WHITE, width=2)
    d.text((X1 - 262, 40), ed["school"], font=font(30, True), fill=WHITE)
    d.text((X1 - 262, 80), ed["school_en"], font=font(12, True), fill=PALE)
    d.text((50, 176), ed["nth"], font=font(84, True), fill=WHITE)
    d.text((50, 282), "Linux内核开发者大会", font=font(84, True), fill=WHITE)
    for k in range(3):  # the ring with the year and CLK, and its glow rings
        r = 92 + k * 22
        d.ellipse([880 - r, 560 - r, 880 + r, 560 + r], outline=(110 - k * 20, 190 - k * 30, 255), width=4 - k)
    ctext(d, 880, 508, ed["year"], font(24, True), CY)
    ctext(d, 880, 538, "CLK", font(54, True), WHITE)
    pf = font(32, True)
    pw = tw(d, ed["date_printed"], pf) + tw(d, ed["city"], pf) + 100
    d.rounded_rectangle([50, 440, 50 + pw, 500], radius=30, outline=WHITE, width=3)
    d.text((76, 447), ed["date_printed"], font=pf, fill=WHITE)
    px = 76 + tw(d, ed["date_printed"], pf) + 14
    pin(d, px, 455, CY)
    d.text((px + 30, 447), ed["city"], font=pf, fill=WHITE)
    af = font(36, True)
    d.text((50, 560), "地址：" + ed["hall"][0], font=af, fill=WHITE)
    d.text((50 + tw(d, "地址：", af), 612), ed["hall"][1], font=af, fill=WHITE)
    return 720


def intro_box(im, d, W, y, ed):
    X0, X1 = 70, W - 70
    f = font(23)
    lines = wrap(d, "　　" + ed["intro"], f, X1 - X0 - 90) + wrap(d, "　　" + ed["intro2"], f, X1 - X0 - 90)
    h = len(lines) * 42 + 80
    tint(im, (X0, y, X1, y + h), (120, 170, 255), 0.22)
    d.rectangle([X0, y, X1, y + h], outline=(130, 190, 255), width=2)
    for cx, cy, sx, sy in ((X0, y, 1, 1), (X1, y, -1, 1), (X0, y + h, 1, -1), (X1, y + h, -1, -1)):
        d.line([(cx - 8 * sx, cy - 8 * sy), (cx + 60 * sx, cy - 8 * sy)], fill=CY, width=8)
        d.line([(cx - 8 * sx, cy - 8 * sy), (cx - 8 * sx, cy + 60 * sy)], fill=CY, width=8)
    yy = y + 40
    for ln in lines:
        d.text((X0 + 45, yy), ln, font=f, fill=WHITE)
        yy += 42
    return y + h


def heading_plate(d, W, y, text, size=40):
    """A label on a cyan plate with a slanted end ('大会议程', '赞助单位', a forum's name in CLK 2692)."""
    f = font(size, True)
    w = tw(d, text, f) + 150
    x0, x1 = W / 2 - w / 2, W / 2 + w / 2
    h = size + 36
    hgrad(d, x0, y, x1, y + h, (52, 214, 240), (40, 120, 240))
    d.polygon([(x1 - 26, y + h), (x1, y + h), (x1, y + h - 26)], fill=(24, 70, 220))
    d.line([(x0 - 60, y + h + 10), (x0 + w * 0.4, y + h + 10)], fill=CY, width=3)
    d.line([(x1 - w * 0.3, y - 10), (x1 + 40, y - 10)], fill=CY, width=3)
    ctext(d, W / 2, y + 14, text, f, WHITE)
    return y + h


def units(d, X0, X1, y, names, cols):
    gap, bh = 26, 76
    bw = (X1 - X0 - (cols - 1) * gap) / cols
    for i, u in enumerate(names):
        bx, by = X0 + (i % cols) * (bw + gap), y + (i // cols) * (bh + gap)
        d.rectangle([bx, by, bx + bw, by + bh], outline=(232, 238, 255), width=2)
        f = font(30, True)
        ctext(d, bx + bw / 2, by + 17, fits(d, u, f, bw - 20), f, WHITE)
    return y + ((len(names) + cols - 1) // cols) * (bh + gap)


def footer(d, W, y, ed):
    X0, X1 = 180, W - 180
    y = heading_plate(d, W, y, "赞助单位", 40) + 70
    y = units(d, X0, X1, y, ed["sponsors"], 2) + 70
    y = heading_plate(d, W, y, "支持单位", 40) + 70
    y = units(d, X0, X1, y, ed["support"], 2) + 70
    y = heading_plate(d, W, y, "支持媒体", 40) + 70
    y = units(d, X0, X1, y, ed["media"], 2) + 90
    d.rectangle([W / 2 - 160, y - 16, W / 2 + 160, y + 304], outline=WHITE, width=3)
    qrcode(d, W / 2 - 144, y, 288, ed["seed"])
    ctext(d, W / 2, y + 350, "扫码报名", font(52, True), WHITE)
    ctext(d, W / 2, y + 430, "300份现场礼品，先到先得", font(27), PALE)
    ctext(d, W / 2, y + 472, "活动解释权归主办方所有", font(27), PALE)
    ctext(d, W / 2, y + 556, ed["slogan"], font(42, True), CY)
    return int(round(y + 760))


def background_for(ed):
    def background(w, h):
        im = vgrad(w, h, (30, 84, 240), (14, 44, 204))
        im = glow(im, 880, 560, 380, (90, 220, 255), 0.5)
        im = glow(im, 60, 1200, 320, (120, 90, 255), 0.25)
        for k, yy in enumerate(range(2400, h - 700, 1300)):
            im = glow(im, 1020 if k % 2 else 60, yy, 380, (60, 200, 255) if k % 2 else (90, 110, 255), 0.22)
        d = ImageDraw.Draw(im)
        for i in range(8):  # light streaks behind the ring
            d.line([(520 + i * 70, 0), (1080, 360 - i * 40)], fill=(70, 130, 250), width=2)
        rnd = random.Random(ed["seed"])
        for _ in range(60):  # specks of light in the head, as the organisers' key visual has
            x, yy = rnd.randrange(560, 1060), rnd.randrange(120, 420)
            r = rnd.choice((1, 1, 2, 3))
            d.ellipse([x - r, yy - r, x + r, yy + r], fill=(170, 220, 255))
        for i in range(9):  # a skyline of bars at the foot
            x = 60 + i * 112
            hh = 60 + (i * 53) % 120
            d.rectangle([x, h - hh, x + 70, h], fill=(40, 100, 240))
        return grain(im, ed["seed"], GRAIN)
    return background


GRAIN = 0.05


def small_photo(im, d, cx, cy, s, name):
    """A small round photo in a thin cyan ring."""
    r = s / 2 + 4
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=CY, width=2)
    disc_photo(im, cx - s / 2, cy - s / 2, s, name)


def tag(d, x, y, text, fill=PINK):
    """A small filled tag ('主持', '嘉宾') before a round table's people."""
    f = font(20, True)
    w = tw(d, text, f) + 24
    d.rounded_rectangle([x, y, x + w, y + 32], radius=6, fill=fill)
    d.text((x + 12, y + 2), text, font=f, fill=WHITE)
    return x + w


# ---------------------------------------------------------------------------
# CLK 2691: forum headings after the 2024 whole agenda; each talk a compact card with its range on a tab
def forum_heading_a(d, y, idx, forum):
    """'▶▶ 主论坛', or a slanted number box '01'..'05' and the name with a space before '分论坛' (as the organisers
    set '内存 分论坛'); the host at the right, or centred under the heading between two rules."""
    name, host = forum["name"], forum["host"]
    shown = name if idx == 0 else name[:-3] + " 分论坛"
    x = XL + 2
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 26, y + 16), (x + j * 26 + 22, y + 36), (x + j * 26, y + 56)], fill=CY)
        x += 76
        nf = font(58, True)
        d.text((x, y - 4), shown, font=nf, fill=WHITE)
    else:
        nb = font(40, True)
        d.polygon([(x + 12, y + 2), (x + 96, y + 2), (x + 84, y + 66), (x, y + 66)], outline=CY, width=4)
        d.rectangle([x + 4, y + 6, x + 16, y + 62], fill=CY)
        d.text((x + 26, y + 6), "%02d" % idx, font=nb, fill=WHITE)
        x += 116
        nf = font(48, True)
        d.text((x, y + 2), shown, font=nf, fill=WHITE)
    nx = x + tw(d, shown, nf)
    under = None
    if host:
        hf, uf = font(30, True), font(18)
        label = "主持人："
        hw = tw(d, label, hf) + tw(d, pad(host[0]), hf)
        bw = max(hw, tw(d, host[1], uf))
        if nx + 40 + bw <= XR:
            hx, hy = XR - bw, y + 2
            d.text((hx, hy), label, font=hf, fill=PINK)
            d.text((hx + tw(d, label, hf), hy), pad(host[0]), font=hf, fill=WHITE)
            d.text((hx, hy + 44), host[1], font=uf, fill=PALE)
            under = False
        else:  # centred under the heading: '—— 主持人：name  unit ——'
            hy = y + 86
            tot = hw + 20 + tw(d, host[1], uf)
            hx = (XL + XR) / 2 - tot / 2
            d.line([(XL + 40, hy + 22), (hx - 24, hy + 22)], fill=FRAME, width=2)
            d.line([(hx + tot + 24, hy + 22), (XR - 40, hy + 22)], fill=FRAME, width=2)
            d.text((hx, hy), label, font=hf, fill=PINK)
            d.text((hx + tw(d, label, hf), hy), pad(host[0]), font=hf, fill=WHITE)
            d.text((hx + hw + 20, hy + 11), host[1], font=uf, fill=PALE)
            under = True
    y += 150 if under else 96
    hgrad(d, XL - 4, y, XR + 4, y + 12, CY, (40, 110, 240))
    return y + 12 + 46, under


def tab_a(d, x, y, text):
    f = font(28, True)
    w = tw(d, text, f) + 44
    hgrad(d, x, y, x + w, y + 48, (44, 206, 244), (30, 104, 236))
    d.text((x + 22, y + 5), text, font=f, fill=WHITE)
    return x + w


def speaker_line_a(im, d, x, y, sp, paint):
    """A small photo, the padded name and 'company job' after it on the same line; returns the next y."""
    s = 64
    if paint:
        small_photo(im, d, x + s / 2, y + s / 2 + 4, s, sp["name"])
        nf, af = font(28, True), font(21)
        nx = x + s + 22
        d.text((nx, y + 12), pad(sp["name"]), font=nf, fill=WHITE)
        ax = nx + max(tw(d, pad(sp["name"]), nf), 84) + 22
        d.text((ax, y + 19), fits(d, printed_aff(sp), af, XR - 36 - ax), font=af, fill=PALE)
    return y + s + 20


def person_cell_a(im, d, x, y, sp, paint, wcell):
    """A round-table guest: small photo, the name over 'company job'."""
    s = 56
    if paint:
        small_photo(im, d, x + s / 2, y + s / 2 + 4, s, sp["name"])
        d.text((x + s + 18, y - 2), pad(sp["name"]), font=font(26, True), fill=WHITE)
        af = font(19)
        d.text((x + s + 18, y + 36), fits(d, printed_aff(sp), af, wcell - s - 26), font=af, fill=PALE)
    return y + s + 24


def card_a(im, d, y, s, log, paint):
    X0, X1 = XL + 6, XR - 6
    top = y + 24
    if paint:
        tint(im, (X0, top, X1, top + s["_h"]), (90, 150, 255), 0.16)
        tabr = tab_a(d, X0, y, rng(s))
    yy = y + 48 + 22
    tf = font(31, True)
    TX = X0 + 40
    tl = wrap_nicely(d, s["title"], tf, X1 - 36 - TX)
    if paint:
        d.rectangle([X0 + 16, yy + 12, X0 + 26, yy + 30], fill=CY)
    for ln in tl:
        if paint:
            d.text((TX, yy), ln, font=tf, fill=WHITE)
        yy += 46
    log[s["title"]] = len(tl)
    yy += 12
    if s.get("panel"):
        if paint:
            tag(d, TX, yy + 18, "主持")
        yy = speaker_line_a(im, d, TX + 84, yy, s["sp"][0], paint) + 4
        if paint:
            tag(d, TX, yy + 14, "嘉宾", (64, 150, 250))
        wcell = (X1 - 30 - TX - 84) / 2
        guests = s["sp"][1:]
        for i in range(0, len(guests), 2):
            for j, g in enumerate(guests[i:i + 2]):
                person_cell_a(im, d, TX + 84 + j * wcell, yy, g, paint, wcell)
            yy += 56 + 26
    else:
        for sp in s["sp"]:
            yy = speaker_line_a(im, d, TX, yy, sp, paint)
    bot = yy + 10
    if paint:
        cut = 30
        d.line([(X0, top + 24), (X0, bot - cut), (X0 + cut, bot), (X1 - 160, bot), (X1 - 140, bot - 12),
                (X1, bot - 12), (X1, top + 60)], fill=FRAME, width=2)
        d.line([(tabr, top), (X1 - 24, top)], fill=FRAME, width=2)
        d.ellipse([X1 - 24 - 7, top - 7, X1 - 24 + 7, top + 7], fill=CY)
        d.rectangle([X0 - 4, top + 40, X0 + 3, top + 100], fill=FRAME)
    s["_h"] = bot - top
    return bot + 34


def band_a(d, y, s):
    """A break: a gradient bar, the range at the left and the label (with a cup or a bowl) after it."""
    h = 60
    hgrad(d, XL, y, XR, y + h, (46, 196, 244), (28, 80, 226))
    d.text((XL + 24, y + 10), rng(s), font=font(30, True), fill=WHITE)
    lx = XL + 300
    if s["title"] in MEALS:
        meal_mark(d, lx, y + 13, s, WHITE, 1.0)
        lx += 52
    d.text((lx, y + 8), s["title"], font=font(32, True), fill=WHITE)
    return y + h + 36


def paint_a(ed, log):
    def paint(im, d):
        W = im.size[0]
        y = header(im, d, W, ed) + 30
        y = intro_box(im, d, W, y, ed) + 90
        y = heading_plate(d, W, y, "大会议程", 46) + 90
        unders = []
        for idx, forum in enumerate(ed["forums"]):
            y, under = forum_heading_a(d, y, idx, forum)
            unders.append(under)
            for s in forum["slots"]:
                if s["kind"] == "break":
                    y = band_a(d, y, s)
                else:
                    card_a(im, d, y, s, log, False)
                    y = card_a(im, d, y, s, log, True)
            y += 70
        log["_unders"] = unders
        return footer(d, W, y + 30, ed)
    return paint


# ---------------------------------------------------------------------------
# CLK 2692: each forum's name on a plate with the forum posters' host bar; each talk a panel with the range in a
# column at its left, the title and the speakers (two side by side) at its right
TC = 250  # where the titles start


def forum_heading_b(d, W, y, idx, forum):
    name, host = forum["name"], forum["host"]
    if idx:
        nf = font(30, True)
        ctext(d, W / 2, y, "FORUM %02d" % idx, nf, CY)
        y += 54
    else:
        ctext(d, W / 2, y, "MAIN FORUM", font(30, True), CY)
        y += 54
    y = heading_plate(d, W, y, name, 46) + 40
    if host:
        hgrad(d, XL + 40, y, XR - 40, y + 62, (40, 110, 244), (34, 90, 236))
        for j in range(3):
            d.line([(XL + 70 + j * 18, y + 19), (XL + 82 + j * 18, y + 31), (XL + 70 + j * 18, y + 43)],
                   fill=WHITE, width=4)
            d.line([(XR - 70 - j * 18, y + 19), (XR - 82 - j * 18, y + 31), (XR - 70 - j * 18, y + 43)],
                   fill=WHITE, width=4)
        ctext(d, W / 2, y + 8, "主持人：" + pad(host[0]), font(36, True), WHITE)
        y += 78
        ctext(d, W / 2, y, "·　%s　·" % host[1], font(22), PALE)
        y += 52
    return y + 20


def person_b(im, d, x, y, sp, wcell, paint):
    """A small photo, the name over 'company job'."""
    s = 60
    if paint:
        small_photo(im, d, x + s / 2, y + s / 2 + 4, s, sp["name"])
        d.text((x + s + 18, y - 4), pad(sp["name"]), font=font(27, True), fill=WHITE)
        af = font(20)
        d.text((x + s + 18, y + 36), fits(d, printed_aff(sp), af, wcell - s - 24), font=af, fill=PALE)
    return y + s + 22


def card_b(im, d, y, s, log, paint):
    X0, X1 = XL, XR
    if paint:
        tint(im, (X0, y, X1, y + s["_h"]), (100, 160, 255), 0.18)
        d.rounded_rectangle([X0, y, X1, y + s["_h"]], radius=14, outline=(110, 180, 255), width=2)
        d.rounded_rectangle([X0, y + 20, X0 + 6, y + s["_h"] - 20], radius=3, fill=CY)
        clock(d, X0 + 30, y + 30, CY, 1.1)
        d.text((X0 + 64, y + 24), s["start"], font=font(30, True), fill=WHITE)
        d.text((X0 + 30, y + 66), "—", font=font(22), fill=PALE)
        d.text((X0 + 64, y + 62), s["end"], font=font(30, True), fill=PALE)
        d.line([(X0 + TC - 24, y + 24), (X0 + TC - 24, y + s["_h"] - 24)], fill=(110, 170, 255), width=1)
    yy = y + 22
    tf = font(30, True)
    TX, RX = X0 + TC, X1 - 28
    tl = wrap_nicely(d, s["title"], tf, RX - TX)
    for ln in tl:
        if paint:
            d.text((TX, yy), ln, font=tf, fill=CY)
        yy += 45
    log[s["title"]] = len(tl)
    yy += 14
    wcell = (RX - TX) / 2
    if s.get("panel"):
        if paint:
            tag(d, TX, yy + 16, "主持人")
        yy = person_b(im, d, TX + 100, yy, s["sp"][0], RX - TX - 100, paint)
        if paint:
            tag(d, TX, yy + 16, "嘉　宾", (64, 150, 250))
        guests = s["sp"][1:]
        for i, g in enumerate(guests):  # one guest a line, as the organisers list 嘉宾
            yy = person_b(im, d, TX + 100, yy, g, RX - TX - 100, paint)
    else:
        if len(s["sp"]) == 1:
            wcell = RX - TX
        for i in range(0, len(s["sp"]), 2):
            for j, sp in enumerate(s["sp"][i:i + 2]):
                person_b(im, d, TX + j * wcell, yy, sp, wcell, paint)
            yy += 60 + 22
    bot = max(yy + 6, y + 130)
    s["_h"] = bot - y
    return bot + 26


def break_b(d, y, s):
    """A break: a slim bar between hairlines, a cup or a bowl, the range and the label."""
    h = 58
    hgrad(d, XL, y, XR, y + h, (40, 150, 246), (36, 104, 236))
    x = XL + 30
    meal_mark(d, x, y + 12, s, WHITE, 1.0)
    rf = font(30, True)
    d.text((XL + 90, y + 9), rng(s), font=rf, fill=WHITE)
    d.text((max(XL + TC + 60, XL + 90 + tw(d, rng(s), rf) + 60), y + 8), s["title"], font=font(32, True), fill=WHITE)
    return y + h + 26


def paint_b(ed, log):
    def paint(im, d):
        W = im.size[0]
        y = header(im, d, W, ed) + 30
        y = intro_box(im, d, W, y, ed) + 90
        y = heading_plate(d, W, y, "大会议程", 46) + 100
        for idx, forum in enumerate(ed["forums"]):
            y = forum_heading_b(d, W, y, idx, forum)
            for s in forum["slots"]:
                if s["kind"] == "break":
                    y = break_b(d, y, s)
                else:
                    card_b(im, d, y, s, log, False)
                    y = card_b(im, d, y, s, log, True)
            y += 90
        return footer(d, W, y + 10, ed)
    return paint


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 65): speakers are names as printed with spaces and the "
    "padding of two-character names removed ('卜　凡' -> '卜凡', '胡　凯' -> '胡凯'; the Latin names 'Mateus Oliveira' -> "
    "'MateusOliveira', 'Daniel Moreau' -> 'DanielMoreau'); host is the chair printed for the forum covering the slot, "
    "null for breaks AND null for every talk of a forum that prints no host (CLK 2691: 文件系统与存储分论坛 and "
    "硬件架构与异构计算分论坛; CLK 2692: 调度、性能与调试分论坛 and AI 基础设施与 eBPF 应用分论坛); start/end always HH:MM "
    "on a 24-hour clock; where two speakers are printed each has his own affiliation, given per speaker in printed "
    "order; affiliations are the printed 'company job' line, joined by one space where the poster prints one "
    "('阿里云 操作系统研发总监', 'Red Hat Principal Software Engineer') and as printed where the poster runs company "
    "and job together as the organisers sometimes do ('腾讯云内核开发工程师' for 付海洋, '中兴通讯操作系统工程师' for "
    "温振华); break titles are as printed; an opening speech printed with a speaker ('嘉宾致辞') is a talk, a slot "
    "printed without a speaker ('开场', '开幕') is a break; '午餐' closes 主论坛 as its break. A round table is ONE "
    "talk (kind 'talk', as in set 43) whose speakers are the MODERATOR FIRST, then the guests in printed order, each "
    "with his own affiliation; the title keeps '圆桌论坛：' / '圆桌对话：'; the tags '主持', '主持人' and '嘉宾' / '嘉　宾' "
    "inside the card are labels, and the moderator is not the forum's host (the host stays the forum's chair, or "
    "null). TWO invented editions, each printed as ONE WHOLE-AGENDA JPEG (as the organisers publish "
    "CLK2023全部议程.png and CLK2025全部议程.jpg), 1080 px wide, each holding CLK2025's six forums ONE UNDER ANOTHER "
    "in this order: 主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, "
    "'AI 基础设施与 eBPF 应用分论坛' (with its spaces); each picture is one entry holding its six forums in printed "
    "order; every forum's date is the edition's (主论坛 in the morning, the five others in parallel in the afternoon). "
    "No person is printed twice in the set and no talk is on two pictures. Headers, the school, '第N届中国' / "
    "'Linux内核开发者大会', the ring with the year and 'CLK', the date pill, '地址：' and the hall, the framed "
    "introduction (which names companies), '大会议程', '赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, "
    "its captions and the slogan are never part of a name, a title or a slot; number boxes '01'..'05', '▶▶' and the "
    "English tags 'MAIN FORUM' / 'FORUM 01'..'FORUM 05' are no part of a forum's name. (1) CLK 2691 (第686届, 湛江, "
    "广东海洋大学, Saturday 2691-10-24), the organisers' 2024 royal blue: each forum heading as their 2024 whole agenda "
    "sets it, '▶▶ 主论坛' or a slanted number box and the name PRINTED WITH A SPACE BEFORE '分论坛' ('内存管理与优化 "
    "分论坛', 'AI 基础设施与 eBPF 应用 分论坛'): the forum is the folder name, without that space (and with the spaces "
    "inside 'AI 基础设施与 eBPF 应用分论坛'); the host after '主持人：' at the right of the heading with his unit under it, "
    "or, for the long names, centred UNDER the heading between two rules with the unit after it; the unit is no "
    "affiliation. Each talk a compact CARD after the forum posters: the range on a TAB at the card's top left (it "
    "belongs to the card under it), the bold title after a cyan mark, then per speaker a small round photo, the padded "
    "name and 'company job' after it on the same line; two speakers are two such lines one under the other, given top "
    "then bottom. The round table '圆桌论坛：大模型浪潮下，内核开发者的机遇与挑战' (主论坛, 11:20-12:05) prints a tag "
    "'主持' before 谭建军's line and a tag '嘉宾' before a 2 x 2 grid of guests (photo, name over 'company job'), read "
    "row by row: 郑晓琳, 何宇航, then 苏婉清, 禤志诚. Breaks are gradient bars with the range at the left and the "
    "label (after a cup or a bowl). (2) CLK 2692 (第687届, 开封, 河南大学, Saturday 2692-11-12), the same royal "
    "blue: each forum under an English tag ('MAIN FORUM', 'FORUM 01'..) with its name on a cyan PLATE, and where a "
    "host is printed the forum posters' bar '>>>　主持人：name　<<<' with '·　unit　·' under it. Each talk a translucent "
    "PANEL: in a LEFT COLUMN a clock, the START over a dash and the END (the range is start-end of that panel, "
    "never a time of its own), a rule, then at the right the title in cyan and the speakers as small round photos "
    "with the name over 'company job'; TWO SPEAKERS stand SIDE BY SIDE (given left, then right). The round table "
    "'圆桌对话：AI 基础设施需要怎样的操作系统内核？' (AI 基础设施与 eBPF 应用分论坛, 16:05-16:50) prints a tag '主持人' "
    "beside 柏文杰 and a tag '嘉　宾' beside the first of three guests, one a line: 秦雅楠, 卫东来, 芦晓峰. Breaks are "
    "bars with a cup or a bowl, the range and the label. Titles wrapped over two lines are one title (joined with a "
    "space between Latin words, without one inside Chinese text). Two-talk forum: 硬件架构与异构计算分论坛 in both "
    "editions (CLK 2691: 14:00-14:45, 14:45-15:30; CLK 2692: 14:00-14:40, 14:40-15:20, with a host), no break. "
    "Uncommon surnames: 冼 (host), 禤, 覃, 卜, 邝, 郜 (host), 蒯 (host); compound surnames 欧阳, 上官, 司徒."
)


def layout(ed, size):
    talks = [sum(1 for s in f["slots"] if s["kind"] != "break") for f in ed["forums"]]
    counts = " + ".join(str(n) for n in talks)
    if ed["key"] == "A":
        return ("CLK 2691 (第686届), 湛江, 2691-10-24 (JPEG q90, %d x %d): ONE whole-agenda image in the organisers' "
                "2024 royal blue: header, framed introduction, '大会议程', the six forums one under another, each "
                "heading '▶▶ 主论坛' or a number box and the name with a space before '分论坛', the host at its right "
                "or centred under it (four forums have a host, two none); each talk a compact card with the range on "
                "a tab, the title and per speaker a small round photo, the name and 'company job' on one line; a "
                "round table with a moderator and a 2 x 2 grid of guests; breaks as bars. %s talks." % (size + (counts,)))
    return ("CLK 2692 (第687届), 开封, 2692-11-12 (JPEG q90, %d x %d): ONE whole-agenda image in the organisers' 2024 "
            "royal blue: header, framed introduction, '大会议程', the six forums one under another, each under an "
            "English tag with its name on a plate and (four forums) the '>>> 主持人：name <<<' bar over the unit; each "
            "talk a panel with the start over the end in a left column, the cyan title and the speakers (small round "
            "photo, name over 'company job'; two speakers side by side); a round table with a moderator and three "
            "guests one a line; breaks as bars. %s talks." % (size + (counts,)))


def listing_texts():
    out = []
    for fn in sorted(os.listdir("/work/shared/corpus/listings")):
        with open(os.path.join("/work/shared/corpus/listings", fn), encoding="utf-8") as fh:
            out += [ln.split("\t")[0] for ln in fh.read().splitlines()[1:]]
    return "\n".join(out)


def check(posters):
    people = []
    for ed in EDITIONS:
        assert saturday(ed["date"]), ed["date"]
        assert [f["name"] for f in ed["forums"]] == SIX
        for f in ed["forums"]:
            if f["host"]:
                people.append(plain(f["host"][0]))
            people += [plain(sp["name"]) for s in f["slots"] for sp in s["sp"]]
        assert sum(1 for s in ed["forums"][4]["slots"] if s["kind"] != "break") == 2
        assert any(f["host"] is None for f in ed["forums"]) and any(f["host"] for f in ed["forums"])
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    listed = listing_texts()
    assert not [p for p in people if p in listed], [p for p in people if p in listed]
    titles = [s["title"] for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break"]
    assert not [t for t in titles if t != "嘉宾致辞" and t in listed]
    assert len(set(titles)) == len(titles) - 1  # '嘉宾致辞' twice: two editions, two speakers
    assert [f["forum"] for p in posters for f in p["forums"]] == SIX * 2
    return len(titles)


def main():
    posters = []
    for ed in EDITIONS:
        log = {}
        paint = paint_a(ed, log) if ed["key"] == "A" else paint_b(ed, log)
        im = two_pass(1080, paint, background_for(ed))
        path = os.path.join(HERE, ed["file"])
        im.save(path, "JPEG", quality=90)
        size = os.path.getsize(path)
        print(ed["file"], "%d x %d" % im.size, size)
        assert im.size[0] == 1080 and 8000 <= im.size[1] <= 14000, im.size
        assert 2e6 <= size <= 5e6, size
        two = [t for t, k in log.items() if not t.startswith("_") and k == 2]
        print("  two-line titles:", two)
        assert [t for t, k in log.items() if not t.startswith("_") and k > 2] == []
        assert any(re.match(r"^[ -~]+$", t) for t in two), "an English title wraps over two lines"
        if ed["key"] == "A":
            print("  host under heading:", log["_unders"])
            assert True in log["_unders"] and False in log["_unders"] and None in log["_unders"]
        posters.append({"file": ed["file"], "layout": layout(ed, im.size), "date": ed["date"],
                        "forums": [forum_truth(f["name"], ed["date"], f["slots"]) for f in ed["forums"]]})
    n = check(posters)
    print("scored talks", n)
    assert 40 <= n <= 55, n
    truth = {"written": "2026-12-08", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
