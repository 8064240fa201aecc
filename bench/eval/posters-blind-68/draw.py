"""Draw the sixty-eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances
(seeds are fixed numbers, never hash()).  The set is two more plausible
versions of CLK2022's ONE agenda image (imgs/2022clk.png, a 1.5 MB PNG that
this helper has not seen): each a whole-edition PNG of 1.0 to 1.6 MB, 1080 px
wide, in the organisers' family, with CLK2022's four forum names as its README
prints them (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛,
'IO 与 ebpf 分论坛'):
  CLK 2681 (第676届, 威海): BILINGUAL, in the organisers' royal blue (after
    their 2024 full agenda): every Chinese title with its English translation
    under it in smaller type, every speaker 'Chinese name Pinyin' then
    'company job', forum names in Chinese with the English name under them,
    the host in the same form; the four forums one under another as a
    timeline.
  CLK 2682 (第677届, 柳州): in the organisers' near black (after their 2023
    image): 主论坛 as the 2023 timeline, then the THREE afternoon forums SIDE
    BY SIDE as three narrow columns, titles wrapping over two or three lines,
    names and 'company job' on their own lines.
"""
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


def grain(im, seed, noise, cell=3):
    """Seeded grain blended in: the texture of a designer's paper and of a re-saved picture (cell: the grain's
    size in pixels; added here, set 59's grain was cell 3)."""
    rnd = random.Random(seed)
    w, h = im.size[0] // cell + 1, im.size[1] // cell + 1
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


def number_box(d, x, y, text, fill, ink, h=48):
    """A slanted box holding a forum's number ('01'), as the organisers' headings have it."""
    f = font(round(h * 0.62), True)
    w = tw(d, text, f) + h * 0.9
    sl = h * 0.28
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], fill=fill)
    ctext(d, x + sl / 2 + w / 2, y + h * 0.12, text, f, ink)
    return x + w + sl


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


def units_grid(d, X0, X1, y, units, per_row, box_fill, ink, bh=76, gap=20):
    bw = (X1 - X0 - (per_row - 1) * gap) / per_row
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=box_fill)
        ctext(d, bx + bw / 2, by + bh / 2 - 20, fits(d, u, font(28, True), bw - 16), font(28, True), ink)
    rows = (len(units) + per_row - 1) // per_row
    return y + rows * (bh + gap)




# ===========================================================================
# Data helpers (this set's own: a speaker may carry his pinyin, a talk its
# English title; the host is taken from the forum).
def T(start, end, title, speakers, en=None):
    return {"kind": "talk", "start": start, "end": end, "title": title, "en": en, "sp": speakers}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "en": None, "sp": []}


def S(name, company, job, py=None):
    """A speaker as printed: name (characters, or a Latin name), company, job (None where none is printed) and,
    on the bilingual poster, the pinyin printed after the characters."""
    return {"name": name, "company": company, "job": job, "py": py}


def H(name, unit, py=None):
    return {"name": name, "unit": unit, "py": py}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space, the company alone without a job."""
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s, host):
    """A slot as truth.json gives it; English translations and pinyin are nowhere in it."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": plain(host["name"]) if s["kind"] == "talk" else None}


def forums_truth(forums, date):
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f["host"]) for s in f["slots"]]}
            for f in forums]


def pad(name):
    """Two-character names padded with a full-width space, as the organisers' 2023 image prints them."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


BREAK_EN = {"茶歇": "Tea Break", "午餐": "Lunch", "签到": "Check-in"}
CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]


# ===========================================================================
# 1. CLK 2681 (第676届), 威海, Saturday 2681-10-22: ONE whole-edition PNG,
#    BILINGUAL, in the organisers' royal blue (glows, light streaks, a faint
#    grain).  Header in both languages (the English conference name, the date
#    pill with the English date under it, the address and 'Venue: …', the
#    introduction in Chinese then English).  Each forum: a corner mark, a
#    slanted number box before the afternoon forums, the Chinese name with
#    the English name under it, '主持人 Host：name Pinyin  unit', a cyan bar.
#    Each talk a timeline row: the range at the left, a dot on a vertical
#    line, the Chinese title (cyan, bold), its English translation under it
#    (smaller, pale), then per speaker 'name' 'Pinyin' 'company job' on one
#    line.  A Latin speaker's English title is printed once, without a
#    translation.  Breaks as bands with both labels ('茶歇 Tea Break').
DATE_A = "2681-10-22"
FORUMS_A = [
    {"name": "主论坛", "en": "Main Forum",
     "host": H("訾永刚", "山东大学（威海）计算机科学与技术学院 教授", "Zi Yonggang"),
     "slots": [
         B("08:30", "09:00", "签到"),
         T("09:00", "09:15", "开幕致辞", [S("孔繁强", "山东大学（威海）", "副校长", "Kong Fanqiang")],
           "Opening Remarks"),
         T("09:15", "09:55", "内核社区二十年：从补丁贡献者到子系统维护者",
           [S("宋立新", "华为", "Linux 内核首席专家", "Song Lixin")],
           "Twenty Years Upstream: From Patch Contributor to Subsystem Maintainer"),
         T("09:55", "10:35", "Kernel Stack Unwinding on arm64: Frame Pointers, SFrame and Beyond",
           [S("Oliver Hartley", "Arm", "Staff Software Engineer")]),
         B("10:35", "10:50", "茶歇"),
         T("10:50", "11:30", "大模型推理服务器上的内核调优：页表、中断与 NUMA 亲和性",
           [S("仉海波", "百度", "智能云内核专家", "Zhang Haibo"),
            S("毛婷", "中国科学技术大学", "博士研究生", "Mao Ting")],
           "Kernel Tuning for LLM Inference Servers: Page Tables, Interrupts and NUMA Affinity"),
         T("11:30", "12:10", "国产 CPU 上的内核安全特性：从指针认证到内存标签",
           [S("梁振宇", "飞腾信息技术", "系统软件专家", "Liang Zhenyu")],
           "Kernel Security Features on Domestic CPUs: From Pointer Authentication to Memory Tagging"),
         B("12:10", "13:30", "午餐"),
     ]},
    {"name": "处理器架构与调度分论坛", "en": "Processor Architecture & Scheduling Forum",
     "host": H("曲晓东", "山东大学（威海）机电与信息工程学院 副教授", "Qu Xiaodong"),
     "slots": [
         T("13:30", "14:10", "EEVDF 调度器下在线业务的尾延迟调优", [S("贺俊杰", "快手", "内核工程师", "He Junjie")],
           "Tuning Tail Latency of Online Services under the EEVDF Scheduler"),
         T("14:10", "14:50", "LoongArch 架构的内核热补丁支持", [S("齐明", "龙芯中科", "系统软件工程师", "Qi Ming")],
           "Kernel Live Patching on LoongArch"),
         B("14:50", "15:10", "茶歇"),
         T("15:10", "15:50", "多核 RISC-V 处理器上的 IPI 与 TLB 刷新优化",
           [S("郑凯", "中国科学院计算技术研究所", "副研究员", "Zheng Kai")],
           "Optimizing IPIs and TLB Shootdowns on Multi-Core RISC-V Processors"),
         T("15:50", "16:30", "混部集群中 cgroup CPU 带宽控制的抖动分析",
           [S("钱思远", "美团", "基础架构工程师", "Qian Siyuan")],
           "Analyzing the Jitter of cgroup CPU Bandwidth Control in Co-located Clusters"),
     ]},
    {"name": "内存管理与异构计算分论坛", "en": "Memory Management & Heterogeneous Computing Forum",
     "host": H("任丽华", "浪潮信息 内核技术专家", "Ren Lihua"),
     "slots": [
         T("13:30", "14:10", "多尺寸 THP 在数据库负载中的收益与代价",
           [S("许晨阳", "腾讯云", "数据库内核工程师", "Xu Chenyang")],
           "Gains and Costs of Multi-size THP for Database Workloads"),
         T("14:10", "14:50", "GPU 显存与主存的统一管理：HMM 迁移路径分析",
           [S("彭雨", "摩尔线程", "驱动工程师", "Peng Yu")],
           "Unified GPU and Host Memory: An Analysis of HMM Migration Paths"),
         B("14:50", "15:10", "茶歇"),
         T("15:10", "15:50", "CXL 内存池化在云主机上的落地", [S("严志伟", "字节跳动", "系统工程师", "Yan Zhiwei")],
           "Deploying CXL Memory Pooling for Cloud Instances"),
         T("15:50", "16:30", "内存控制组的回收公平性：问题与改进", [S("董倩", "荣耀", "内核专家", "Dong Qian")],
           "Reclaim Fairness in Memory Cgroups: Problems and Fixes"),
     ]},
    {"name": "IO 与 ebpf 分论坛", "en": "IO & eBPF Forum",
     "host": H("汤文", "山东大学（威海） 讲师", "Tang Wen"),
     "slots": [
         T("13:30", "14:15", "io_uring 网络零拷贝接收的实现与测试", [S("邹磊", "蚂蚁集团", "技术专家", "Zou Lei")],
           "Zero-Copy Network Receive in io_uring: Implementation and Testing"),
         T("14:15", "15:00", "基于 eBPF 的块设备延迟分布观测", [S("曹婧", "京东", "运维开发工程师", "Cao Jing")],
           "Observing Block Device Latency Distributions with eBPF"),
         T("15:00", "15:45", "NVMe 热插拔场景下的 PCIe 错误恢复",
           [S("冼国华", "中兴通讯", "存储驱动工程师", "Xian Guohua")],
           "PCIe Error Recovery in NVMe Hot-Plug Scenarios"),
     ]},
]
INTRO_A = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域的年度技术盛会。第676届大会由"
           "山东大学（威海）承办，上午为主论坛，下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时"
           "进行。大会免费参加，欢迎开发者与高校师生到场交流。")
INTRO_A_EN = ("The China Linux Kernel Developers Conference (CLK) is the annual meeting of Linux kernel developers "
              "in China. The 676th conference is hosted by Shandong University, Weihai: the Main Forum in the "
              "morning, three parallel forums in the afternoon. Admission is free.")
UNITS_A = ["华为", "阿里云", "腾讯云", "百度", "字节跳动", "Arm", "飞腾", "龙芯中科", "openEuler"]
CYAN_A, PALE_A, PINK_A, SOFT_A = (96, 226, 255), (178, 202, 255), (255, 130, 210), (150, 178, 236)
NAVY_A, BAND_A, LINE_A = (10, 30, 120), (34, 80, 214), (70, 150, 255)


def heading_a(d, X0, X1, y, k, f):
    """A forum's heading: a corner mark, a number box (afternoon forums), the Chinese name with the English
    name under it, '主持人 Host：' and the host's name, pinyin and unit, then a cyan bar."""
    d.line([(X0, y + 76), (X0, y), (X0 + 44, y)], fill=CYAN_A, width=5)
    x = X0 + 24
    if k:
        x = number_box(d, x, y + 14, "%02d" % k, CYAN_A, NAVY_A, 52) + 18
    d.text((x, y + 4), fits(d, f["name"], font(44, True), X1 - x), font=font(44, True), fill=WHITE)
    d.text((x, y + 68), f["en"], font=font(21, True), fill=CYAN_A)
    y += 122
    h = f["host"]
    x = X0 + 4
    lab = "主持人 Host："
    d.text((x, y + 2), lab, font=font(24, True), fill=PINK_A)
    x += tw(d, lab, font(24, True)) + 6
    d.text((x, y), h["name"], font=font(26, True), fill=WHITE)
    x += tw(d, h["name"], font(26, True)) + 10
    d.text((x, y + 5), h["py"], font=font(20), fill=PALE_A)
    x += tw(d, h["py"], font(20)) + 22
    d.text((x, y + 6), fits(d, h["unit"], font(19), X1 - x), font=font(19), fill=SOFT_A)
    y += 54
    for i in range(8):  # the bar, brighter at the left
        c = tuple(int(a + (b - a) * i / 7) for a, b in zip(CYAN_A, (40, 90, 220)))
        d.rectangle([X0 + (X1 - X0) * i / 8, y, X0 + (X1 - X0) * (i + 1) / 8, y + 7], fill=c)
    return y + 44


def slot_a(d, X0, X1, LX, CX, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 62], radius=6, fill=BAND_A)
        d.text((X0 + 12, y + 14), rng(s), font=font(26, True), fill=WHITE)
        d.ellipse([LX - 7, y + 25, LX + 7, y + 39], fill=CYAN_A)
        x = CX
        if s["title"] in MEALS:
            meal_mark(d, x, y + 15, s, WHITE, 0.9)
            x += 50
        d.text((x, y + 11), s["title"], font=font(27, True), fill=WHITE)
        x += tw(d, s["title"], font(27, True)) + 14
        d.text((x, y + 18), BREAK_EN[s["title"]], font=font(20), fill=PALE_A)
        return y + 96
    d.text((X0 + 10, y + 1), rng(s), font=font(26, True), fill=WHITE)
    d.ellipse([LX - 7, y + 14, LX + 7, y + 28], fill=CYAN_A)
    TW = X1 - CX
    tl = wrap_nicely(d, s["title"], font(28, True), TW)
    if s["sp"][0]["py"] is None and s["title"] != "开幕致辞":
        assert len(tl) == 2 and s["en"] is None, tl  # the Latin speaker's English title: two lines, no translation
    for ln in tl:
        d.text((CX, y), ln, font=font(28, True), fill=CYAN_A)
        y += 42
    if s["en"]:
        y += 2
        for ln in wrap(d, s["en"], font(20), TW):
            d.text((CX, y), ln, font=font(20), fill=PALE_A)
            y += 30
    y += 10
    for sp in s["sp"]:
        x = CX
        d.text((x, y), sp["name"], font=font(26, True), fill=WHITE)
        x += tw(d, sp["name"], font(26, True)) + 10
        if sp["py"]:
            d.text((x, y + 5), sp["py"], font=font(20), fill=PALE_A)
            x += tw(d, sp["py"], font(20)) + 22
        else:
            x += 12
        d.text((x, y + 6), fits(d, aff(sp), font(19), X1 - x), font=font(19), fill=SOFT_A)
        y += 42
    return y + 34


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, WHITE, CYAN_A)
    rtext(d, X1, 40, "山东大学（威海）", font(30, True), WHITE)
    rtext(d, X1, 84, "SHANDONG UNIVERSITY, WEIHAI", font(16, True), PALE_A)
    d.text((48, 158), "第676届中国", font=font(80, True), fill=WHITE)
    d.text((48, 256), "Linux内核开发者大会", font=font(80, True), fill=WHITE)
    d.text((52, 368), "The 676th China Linux Kernel Developers Conference", font=font(26, True), fill=PALE_A)
    d.ellipse([866, 140, 1024, 298], outline=CYAN_A, width=5)
    ctext(d, 945, 172, "CLK", font(40, True), WHITE)
    ctext(d, 945, 226, "2681", font(30, True), CYAN_A)
    pill = "2681年10月22日（周六）｜ 威海"
    d.rounded_rectangle([48, 432, 48 + tw(d, pill, font(30, True)) + 56, 488], radius=28, fill=WHITE)
    d.text((76, 438), pill, font=font(30, True), fill=NAVY_A)
    d.text((56, 500), "Saturday, October 22, 2681 · Weihai", font=font(22), fill=PALE_A)
    d.text((48, 556), "地址：山东大学（威海）学术交流中心 一楼报告厅", font=font(28), fill=WHITE)
    d.text((48, 600), "Venue: Academic Exchange Center, Shandong University, Weihai", font=font(20), fill=PALE_A)
    y = 676
    top = y
    y = para(d, X0 + 36, y + 32, INTRO_A, font(23), (210, 220, 245), X1 - X0 - 72, 40)
    y = para(d, X0 + 36, y + 14, INTRO_A_EN, font(20), PALE_A, X1 - X0 - 72, 32)
    d.rectangle([X0, top, X1, y + 24], outline=(120, 170, 255), width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y + 24), (X1, y + 24)):  # corner marks
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=CYAN_A)
    y += 150
    d.text((W / 2 - 250, y - 34), "AGENDA", font=font(120, True), fill=(16, 44, 150), stroke_width=2,
           stroke_fill=(90, 150, 255))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 200
    LX, CX = X0 + 222, X0 + 250
    for k, f in enumerate(FORUMS_A):
        if k == 1:
            pill = "下午　三个分论坛同时进行"
            pw = tw(d, pill, font(32, True)) + 90
            d.rounded_rectangle([W / 2 - pw / 2, y, W / 2 + pw / 2, y + 66], radius=33, fill=PINK_A)
            ctext(d, W / 2, y + 12, pill, font(32, True), WHITE)
            ctext(d, W / 2, y + 80, "Afternoon · Three Parallel Forums", font(22), PALE_A)
            y += 170
        y = heading_a(d, X0, X1, y, k, f)
        top = y
        for s in f["slots"]:
            y = slot_a(d, X0, X1, LX, CX, y, s)
        d.line([(LX, top + 10), (LX, y - 40)], fill=LINE_A, width=2)
        y += 70
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    ctext(d, W / 2, y + 62, "Supporters", font(22), PALE_A)
    y = units_grid(d, X0, X1, y + 120, UNITS_A, 3, WHITE, (20, 40, 130)) + 40
    qrcode(d, W / 2 - 110, y, 220, 6811)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 296, "Scan to Register", font(22), PALE_A)
    ctext(d, W / 2, y + 348, "主办：中国Linux内核开发者大会组委会　承办：山东大学（威海）计算机科学与技术学院", font(20),
          PALE_A)
    return y + 420


def bg_a(w, h):
    im = vgrad(w, h, (14, 50, 190), (10, 30, 130))
    im = glow(im, 900, 240, 380, (80, 200, 255), 0.5)
    im = glow(im, 100, 1500, 360, (120, 90, 255), 0.35)
    for k, yy in enumerate(range(2600, h - 600, 1500)):
        im = glow(im, 980 if k % 2 else 100, yy, 420, (60, 150, 255), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks of the header
        d.line([(540 + i * 70, 0), (1080, 380 - i * 46)], fill=(60, 110, 230), width=2)
    return grain(im, 6811, *GRAIN_A)


GRAIN_A = (0.003, 10)


def poster_a():
    im = two_pass(1080, paint_a, bg_a)
    return im, forums_truth(FORUMS_A, DATE_A)


# ===========================================================================
# 2. CLK 2682 (第677届), 柳州, Saturday 2682-10-28: ONE whole-edition PNG in
#    the organisers' near black (after their 2023 image: violet and teal
#    glows, neon streaks, a faint grain).  主论坛 as the 2023 timeline (the
#    range at the left, a dot on a vertical line, the teal title, 'padded
#    name  company job' on one line); 茶歇 and 午餐 bands.  Then a violet
#    rule and '下午　三个分论坛同时进行', and the three forums SIDE BY SIDE as
#    three columns of 314 px: a big teal number, the name (over two lines
#    where it is long, broken where the designer breaks it), '主持人：name'
#    over the unit, a teal rule; each talk the range (teal), the title over
#    two or three lines, the name on its own line, 'company job' under it
#    (the company over the job where both do not fit on one line); a 茶歇 row
#    in two of the columns, at different times.  Hairlines between columns.
DATE_B = "2682-10-28"
FORUMS_B = [
    {"name": "主论坛", "host": H("覃建军", "广西科技大学 计算机科学与技术学院 教授"),
     "slots": [
         T("09:00", "09:15", "开幕致辞", [S("蒙国强", "广西科技大学", "副校长")]),
         T("09:15", "10:00", "内核 Rust 驱动的工程化：从实验到量产", [S("黄思琪", "字节跳动", "内核工程师")]),
         T("10:00", "10:45", "国产服务器固件与内核的协同：ACPI、RAS 与错误上报", [S("石磊", "海光信息", "固件架构师")]),
         B("10:45", "11:00", "茶歇"),
         T("11:00", "11:45", "车载操作系统内核的可靠性：十万台终端的宕机数据", [S("傅晓燕", "比亚迪", "车载系统软件专家")]),
         T("11:45", "12:30", "统信 UOS 内核的硬件适配与长期维护", [S("唐浩", "统信软件", "内核研发部经理")]),
         B("12:30", "13:30", "午餐"),
     ]},
    {"name": "处理器架构与调度分论坛", "head": ["处理器架构与", "调度分论坛"],
     "host": H("韦志刚", "广西科技大学 副教授"),
     "slots": [
         T("13:30", "14:05", "ARM64 服务器上 SMT 调度的能效权衡", [S("罗晓峰", "华为", "鲲鹏内核工程师")]),
         T("14:05", "14:40", "CPU 隔离与 nohz_full 在低延迟交易系统中的实践", [S("毕文", "恒生电子", "系统工程师")]),
         T("14:40", "15:15", "Proxy Execution and Priority Inversion", [S("Daniel Hoffmann", "Google", "Software Engineer")]),
         B("15:15", "15:30", "茶歇"),
         T("15:30", "16:05", "Zen 架构处理器的 PMU 事件在 perf 中的支持", [S("曾凡", "海光信息", "内核工程师")]),
     ]},
    {"name": "内存管理与异构计算分论坛", "head": ["内存管理与", "异构计算分论坛"],
     "host": H("陆敏", "OPPO 内核架构师"),
     "slots": [
         T("13:30", "14:10", "手机内存压缩的多级策略：zram 与 zswap 之外", [S("蔡宇航", "vivo", "内核工程师")]),
         T("14:10", "14:50", "NPU 驱动的 DMA-BUF 共享与内存计费",
           [S("覃丽", "小米", "驱动工程师"), S("潘涛", "小米", "内核工程师")]),
         B("14:50", "15:10", "茶歇"),
         T("15:10", "15:50", "大页面下的 KSM：虚拟机密度与合并开销", [S("农海燕", "天翼云", "虚拟化工程师")]),
         T("15:50", "16:30", "内存热插拔与 ZONE_MOVABLE 在云主机中的应用", [S("方浩", "阿里云", "内核工程师")]),
     ]},
    {"name": "IO 与 ebpf 分论坛", "head": ["IO 与 ebpf 分论坛"],
     "host": H("姚婷", "腾讯云 高级工程师"),
     "slots": [
         T("13:30", "14:00", "blk-mq 多队列在 NVMe-oF 场景中的调优", [S("杨凯", "网易", "存储工程师")]),
         T("14:00", "14:30", "用 BPF 替换内核模块：可观测性工具的演进", [S("周宇", "滴滴", "系统工程师")]),
         T("14:30", "15:00", "XFS 在线修复的现状与生产实践",
           [S("孟晓", "中国科学院软件研究所", "智能软件研究中心 助理研究员")]),
         T("15:00", "15:30", "netkit 与 BPF 在容器网络中的性能对比", [S("梁文", "字节跳动", "网络工程师")]),
     ]},
]
INTRO_B = ("CLK（中国 Linux 内核开发者大会）由国内 Linux 内核领域的企业与高校共同发起，每年举办一届。第677届大会由广西"
           "科技大学承办，上午为主论坛，下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时进行，来自"
           "华为、海光、统信、字节跳动、Google、小米、OPPO、vivo 与阿里云等企业和高校的开发者将分享内核的最新进展。")
UNITS_B = ["华为", "海光信息", "统信软件", "字节跳动", "小米", "OPPO", "vivo", "阿里云", "腾讯云", "龙蜥社区",
           "OpenCloudOS", "CSDN"]
TEAL_B, BLUE_B, GREY_B, VIO_B = (0, 224, 200), (84, 150, 255), (150, 160, 186), (164, 130, 255)
BAND_B, HAIR_B = (18, 38, 104), (44, 56, 100)


def main_slot_b(d, X0, X1, LX, CX, y, s):
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 64], fill=BAND_B)
        d.text((X0 + 10, y + 14), rng(s), font=font(28, True), fill=WHITE)
        d.ellipse([LX - 7, y + 25, LX + 7, y + 39], fill=BLUE_B)
        meal_mark(d, CX, y + 15, s, WHITE)
        d.text((CX + 52, y + 11), s["title"], font=font(29, True), fill=WHITE)
        return y + 100
    d.text((X0 + 10, y + 1), rng(s), font=font(28, True), fill=WHITE)
    d.ellipse([LX - 7, y + 14, LX + 7, y + 28], fill=TEAL_B)
    for ln in wrap(d, s["title"], font(29, True), X1 - CX):
        d.text((CX, y), ln, font=font(29, True), fill=TEAL_B)
        y += 44
    y += 6
    for sp in s["sp"]:
        fn = font(25, True)
        d.text((CX, y), pad(sp["name"]), font=fn, fill=WHITE)
        x = CX + tw(d, pad(sp["name"]), fn) + 16
        d.text((x, y + 4), fits(d, aff(sp), font(20), X1 - x), font=font(20), fill=BLUE_B)
        y += 40
    return y + 36


def aff_lines(d, sp, f, w):
    """'company job' on one line where it fits, else the company over the job (each wrapped if it must)."""
    if tw(d, aff(sp), f) <= w:
        return [aff(sp)]
    out = wrap(d, sp["company"], f, w)
    return out + (wrap(d, sp["job"], f, w) if sp["job"] else [])


def col_slot_b(d, x, w, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([x, y, x + w, y + 54], radius=6, fill=BAND_B)
        cup(d, x + 14, y + 12, WHITE, 0.85)
        d.text((x + 56, y + 12), rng(s), font=font(22, True), fill=WHITE)
        d.text((x + 56 + tw(d, rng(s), font(22, True)) + 14, y + 11), s["title"], font=font(23, True), fill=WHITE)
        return y + 54 + 34
    d.ellipse([x, y + 11, x + 10, y + 21], fill=TEAL_B)
    d.text((x + 18, y), rng(s), font=font(22, True), fill=TEAL_B)
    y += 38
    tl = wrap_nicely(d, s["title"], font(24, True), w)
    assert 2 <= len(tl) <= 3, (s["title"], tl)
    for ln in tl:
        d.text((x, y), ln, font=font(24, True), fill=WHITE)
        y += 35
    y += 8
    for sp in s["sp"]:
        d.text((x, y), fits(d, sp["name"], font(22, True), w), font=font(22, True), fill=(214, 226, 255))
        y += 32
        for ln in aff_lines(d, sp, font(18), w):
            d.text((x, y), ln, font=font(18), fill=BLUE_B)
            y += 27
        y += 4
    y += 10
    d.line([(x, y + 6), (x + w, y + 6)], fill=HAIR_B, width=1)
    return y + 30


def columns_b(d, X0, X1, y, forums):
    """The afternoon: three forums side by side, each a column with its own head, host and talks."""
    gap = 29
    w = (X1 - X0 - 2 * gap) / 3
    hy = y
    heads = max(len(f["head"]) for f in forums)
    for i, f in enumerate(forums):
        x = X0 + i * (w + gap)
        assert "".join(f["head"]).replace(" ", "") == f["name"].replace(" ", "")
        d.text((x, hy - 10), "%02d" % (i + 1), font=font(64, True), fill=TEAL_B)
        yy = hy + 78
        for ln in f["head"]:
            d.text((x, yy), fits(d, ln, font(30, True), w), font=font(30, True), fill=WHITE)
            yy += 42
    y = hy + 78 + heads * 42 + 14
    ends = []
    for i, f in enumerate(forums):
        x = X0 + i * (w + gap)
        yy = y
        hf = font(22, True)
        d.text((x, yy), "主持人：", font=hf, fill=TEAL_B)
        d.text((x + tw(d, "主持人：", hf), yy), f["host"]["name"], font=hf, fill=WHITE)
        yy += 34
        for ln in wrap(d, f["host"]["unit"], font(18), w):
            d.text((x, yy), ln, font=font(18), fill=GREY_B)
            yy += 27
        ends.append(yy)
    y = max(ends) + 16
    for i in range(3):
        x = X0 + i * (w + gap)
        d.rectangle([x, y, x + w, y + 3], fill=TEAL_B)
    y += 34
    bottoms = []
    for i, f in enumerate(forums):
        x = X0 + i * (w + gap)
        yy = y
        for s in f["slots"]:
            yy = col_slot_b(d, x, w, yy, s)
        bottoms.append(yy)
    bot = max(bottoms)
    for i in (1, 2):  # hairlines between the columns
        gx = X0 + i * (w + gap) - gap / 2
        d.line([(gx, hy), (gx, bot - 20)], fill=HAIR_B, width=1)
    return bot


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 40, W - 40
    logo_lines(d, 48, 44, WHITE, TEAL_B)
    d.text((X1 - tw(d, "CLK", font(56, True)) - tw(d, "2682", font(30, True)) - 10, 32), "CLK", font=font(56, True),
           fill=WHITE)
    rtext(d, X1, 36, "2682", font(30, True), TEAL_B)
    d.text((48, 190), "第677届中国", font=font(84, True), fill=WHITE)
    d.text((48, 296), "Linux内核开发者大会", font=font(84, True), fill=WHITE, stroke_width=1, stroke_fill=TEAL_B)
    pill = "2682年10月28日 ｜ 柳州"
    d.rounded_rectangle([48, 438, 48 + tw(d, pill, font(30, True)) + 52, 492], radius=10, outline=TEAL_B, width=3)
    d.text((74, 444), pill, font=font(30, True), fill=WHITE)
    d.text((48, 526), "地址：广西科技大学东环校区 图书馆学术报告厅", font=font(27), fill=WHITE)
    y = 616
    top = y
    y = para(d, X0 + 30, y + 30, INTRO_B, font(23), (196, 204, 222), X1 - X0 - 60, 40) + 22
    d.rounded_rectangle([X0, top, X1, y], radius=6, outline=(60, 80, 130), width=2)
    y += 160
    d.text((W / 2 - 260, y - 36), "AGENDA", font=font(124, True), fill=(10, 14, 34), stroke_width=2,
           stroke_fill=(60, 90, 150))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 190
    f = FORUMS_B[0]
    d.rectangle([X0, y + 8, X0 + 12, y + 56], fill=TEAL_B)
    d.text((X0 + 30, y - 2), f["name"], font=font(48, True), fill=WHITE)
    y += 82
    hf = font(26, True)
    d.text((X0, y), "主持人：", font=hf, fill=TEAL_B)
    d.text((X0 + tw(d, "主持人：", hf), y), f["host"]["name"], font=hf, fill=WHITE)
    d.text((X0 + tw(d, "主持人：" + f["host"]["name"], hf) + 18, y + 5), f["host"]["unit"], font=font(21), fill=GREY_B)
    y += 52
    d.rectangle([X0, y, X1, y + 4], fill=TEAL_B)
    y += 44
    LX, CX = X0 + 222, X0 + 250
    top = y
    for s in f["slots"]:
        y = main_slot_b(d, X0, X1, LX, CX, y, s)
    d.line([(LX, top + 10), (LX, y - 40)], fill=(40, 90, 170), width=2)
    y += 40
    d.rectangle([X0, y, X1, y + 4], fill=VIO_B)
    ctext(d, W / 2, y + 24, "下午　三个分论坛同时进行", font(30, True), VIO_B)
    y += 150
    y = columns_b(d, X0, X1, y, FORUMS_B[1:]) + 70
    d.text((W / 2 - tw(d, "SUPPORT", font(80, True)) / 2, y - 24), "SUPPORT", font=font(80, True), fill=(10, 14, 34),
           stroke_width=1, stroke_fill=(50, 70, 120))
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y = units_grid(d, X0, X1, y + 100, UNITS_B, 3, WHITE, (16, 24, 60), bh=72, gap=18) + 50
    qrcode(d, W / 2 - 110, y, 220, 6821)
    ctext(d, W / 2, y + 244, "扫码报名 · 观看直播", font(34, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：广西科技大学计算机科学与技术学院", font(20), GREY_B)
    return y + 370


GRAIN_B = (0.005, 3)


def bg_b(w, h):
    im = vgrad(w, h, (10, 14, 36), (6, 8, 24))
    im = glow(im, 980, 200, 360, (150, 80, 255), 0.55)
    im = glow(im, 120, 700, 300, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(2000, h - 600, 1500)):
        im = glow(im, 1000 if k % 2 else 80, yy, 380, (120, 80, 255) if k % 2 else (0, 180, 170), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(8):  # neon streaks of the header
        d.line([(600 + i * 60, 0), (1080, 460 - i * 50)], fill=(60, 50, 140), width=2)
    return grain(im, 6821, *GRAIN_B)


def poster_b():
    im = two_pass(1080, paint_b, bg_b)
    return im, forums_truth(FORUMS_B, DATE_B)


# ===========================================================================
FILE_A = "clk2681-weihai-royalblue-bilingual-pinyin.png"
FILE_B = "clk2682-liuzhou-nearblack-three-columns.png"
LAYOUT_A = ("CLK 2681 (第676届), 威海, 2681-10-22 (PNG, %d x %d): BILINGUAL whole edition in the organisers' royal "
            "blue with CLK2022's four forum names, one forum under another as a timeline; every Chinese title with "
            "its English translation under it in smaller type, speakers 'Chinese name Pinyin  company job', forum "
            "names with English names under them, '主持人 Host：name Pinyin  unit'; a Latin speaker's English title "
            "printed once; 签到, 开幕致辞, 茶歇 and 午餐; a talk by two speakers of two companies. 5 + 4 + 4 + 3 talks.")
LAYOUT_B = ("CLK 2682 (第677届), 柳州, 2682-10-28 (PNG, %d x %d): whole edition in the organisers' near black with "
            "CLK2022's four forum names; 主论坛 as the 2023 timeline ('padded name  company job'), then the THREE "
            "afternoon forums SIDE BY SIDE as three columns of 314 px (heads over two lines where long, host over "
            "unit, titles over two or three lines, name and 'company job' on their own lines, the company over the "
            "job where both do not fit); 茶歇 rows in two columns at different times; a Latin speaker and a talk by "
            "two speakers of one company in the columns. 5 + 4 + 4 + 4 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 and -59: speakers are names as printed with spaces and the "
    "padding of two-character names removed (the Latin names 'Oliver Hartley' -> 'OliverHartley', 'Daniel Hoffmann' "
    "-> 'DanielHoffmann'; '石　磊' -> '石磊'); host is the chair printed for the forum covering the slot, null for "
    "breaks; start/end always HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, "
    "given per speaker in printed order; affiliations are the printed company and job joined by one space ('华为 Linux "
    "内核首席专家', 'Arm Staff Software Engineer', '山东大学（威海） 副校长'); break titles are as printed (the Chinese "
    "label alone where a break is labelled in two languages); an opening speech printed with a speaker ('开幕致辞') is a "
    "talk; '午餐' closes 主论坛 as its break; a forum that prints no break after its last talk ends with that talk. "
    "Every forum carries its edition's date. Two editions, each ONE whole-edition PNG of 1.0 to 1.6 MB (as CLK2022's "
    "repository holds its one 1.5 MB imgs/2022clk.png), each with CLK2022's four forum names as its README prints "
    "them (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and lower-case "
    "'ebpf'), each picture one entry holding its four forums in printed order (the afternoon columns left to right): "
    "CLK 2681 (第676届, 威海, 2681-10-22) and CLK 2682 (第677届, 柳州, 2682-10-28), both Saturdays; no talk and no "
    "person is on both. Headers, introductions (in both languages), addresses and 'Venue:' lines, date pills and the "
    "English date, support units ('支持单位' / 'Supporters'), QR captions, organiser lines and the bands or pills "
    "'下午　三个分论坛同时进行' (with 'Afternoon · Three Parallel Forums' under it on CLK 2681) are never part of a "
    "name, a title or a slot; number boxes and big numerals ('01'..'03') are no part of a forum's name. Judgement "
    "calls: (1) CLK 2681 is BILINGUAL: a Chinese title with its English translation under it in smaller type gives "
    "the Chinese title alone (the translation is nowhere in the truth: '开幕致辞' not 'Opening Remarks'); the foreign "
    "speaker's talk prints its ENGLISH title once, in the title's type and without a translation, and that English "
    "title is the title ('Kernel Stack Unwinding on arm64:' / 'Frame Pointers, SFrame and Beyond', one title joined "
    "with a space); a speaker printed 'Chinese name Pinyin  company job' is the Chinese name, the pinyin being its "
    "transcription and no part of the name or the affiliation ('仉海波 Zhang Haibo  百度 智能云内核专家' -> 仉海波, "
    "'百度 智能云内核专家'; 仉 is read Zhǎng); the host is the Chinese name after '主持人 Host：' (pinyin and unit "
    "aside); a forum is its Chinese name, the English name under it ('Main Forum', 'Processor Architecture & "
    "Scheduling Forum', 'Memory Management & Heterogeneous Computing Forum', 'IO & eBPF Forum') being no part of it; "
    "the bands '签到 Check-in' (08:30-09:00, a break of 主论坛 before the opening speech), '茶歇 Tea Break' and '午餐 "
    "Lunch' give '签到', '茶歇' and '午餐'. 仉海波 (百度) and 毛婷 (中国科学技术大学) are two speakers of two companies on "
    "two lines of one talk. The three afternoon forums stand one under another, each with its own host; "
    "处理器架构与调度分论坛 and 内存管理与异构计算分论坛 print a '茶歇' (14:50-15:10) between their second and third "
    "talks, a break of that forum; 'IO 与 ebpf 分论坛' prints none. (2) CLK 2682: 主论坛 is the 2023 timeline with "
    "'padded name  company job' on one line; then the THREE afternoon forums SIDE BY SIDE as narrow COLUMNS: a "
    "column's talks are its own forum's, whatever stands level with them in the next column; a column head over two "
    "lines is one name joined without a space ('处理器架构与' / '调度分论坛', '内存管理与' / '异构计算分论坛'); the host "
    "is the name after '主持人：' at the column's head, its unit under it being no part of it; titles wrapped over two "
    "or three lines in a column are one title each, joined with a space between Latin words and without one inside "
    "Chinese text, also where the wrap falls inside a word ('netkit 与 BPF 在容' / '器网络中的性能对比'); the speaker's "
    "name stands on its own line and his 'company job' under it; where company and job do not fit on one line the "
    "company stands over the job and the two are joined by one space ('中国科学院软件研究所' / '智能软件研究中心 "
    "助理研究员' -> '中国科学院软件研究所 智能软件研究中心 助理研究员'); 覃丽 and 潘涛 (both 小米) are two speakers of one "
    "talk, each name over his own 'company job'; the 茶歇 rows inside a column are breaks of that column's forum only, "
    "at different times (处理器架构与调度分论坛 15:15-15:30 before its fourth talk, 内存管理与异构计算分论坛 14:50-15:10 "
    "after its second), and 'IO 与 ebpf 分论坛' has no break; the English title 'Proxy Execution and' / 'Priority "
    "Inversion' (Daniel Hoffmann, 'Google Software Engineer') is one title. The title '开幕致辞' on both pictures is "
    "the opening of two editions (different speakers), not one talk. Uncommon surnames: 訾 (訾永刚, host of CLK "
    "2681's 主论坛), 仉 (仉海波), 冼 (冼国华); on CLK 2682 the Guangxi surnames 覃 (覃建军, 覃丽), 韦, 蒙 and 农 (农海燕)."
)


def saturday(date):
    import datetime
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def check(posters):
    """Every date a Saturday, CLK2022's forum names, no person printed twice in the set, no talk twice."""
    people, titles = [], []
    for forums in (FORUMS_A, FORUMS_B):
        assert [f["name"] for f in forums] == CLK2022_FORUMS
        for f in forums:
            people.append(f["host"]["name"])
            for s in f["slots"]:
                people += [sp["name"] for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [(p["date"], s["title"]) for s in f["slots"] if s["kind"] == "talk"]
    assert len(titles) == len(set(titles))
    return len(titles)


def main():
    pics = [(FILE_A, LAYOUT_A) + poster_a(), (FILE_B, LAYOUT_B) + poster_b()]
    posters = []
    for fn, layout, im, forums in pics:
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert im.size[0] == 1080
        assert 1.0e6 <= size <= 1.6e6, (fn, size)  # as CLK2022's one 1.5 MB image
        posters.append({"file": fn, "layout": layout % im.size, "date": forums[0]["date"], "forums": forums})
    n = check(posters)
    print("talks", n)
    assert 30 <= n <= 45, n
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
