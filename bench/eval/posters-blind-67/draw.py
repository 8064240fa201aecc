"""Draw the sixty-seventh blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (fixed
numbers, never hash()).  The set draws the organisers' one whole-agenda image for
an edition held over TWO DAYS, in the family of CLK2023全部议程.png and CLK2024's
大会全议程.webp, with CLK2025's six forum names: day one a morning 主论坛 and two
afternoon forums in parallel, day two three forums (two in parallel in the
morning, one in the afternoon), each day under its own date header.  Two invented
editions, no talk on both pictures, nobody printed twice:
  CLK 2671 (威海), JPEG q85, 1080 px wide: the organisers' royal blue (2024); the
    forums ONE UNDER ANOTHER; the range in a column LEFT of a dot on a vertical
    line; 'padded name  company job' on ONE line under the title; 主论坛's host
    at the right over his unit, the other forums' hosts on a centred line
    '主持人：name　unit' under the heading; a round table in 主论坛; tea and lunch
    as bands; date headers 'DAY 1' / 'DAY 2' as wide bars.
  CLK 2672 (常州), PNG, 1242 px wide: the organisers' near black (2023); the
    parallel forums TWO SIDE BY SIDE as cards (01|02 on day one, 03|04 on the
    morning of day two), 主论坛 and 05 full width; the range in an outlined CHIP
    ABOVE the title; the name on one line and 'company job' on the LINE UNDER
    it; a lunch band ACROSS both morning cards of day two; a round table in 05
    with its guests side by side.
Helpers font .. streaks are copied from bench/eval/posters-blind-60/draw.py
(which took most of them from sets 59 and 43).
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


def wrap_designer(d, text, f, maxw):
    """Greedy text-box wrap, as a layout tool flows it, but broken after a '：' where that costs no line, and a
    last line of one or two characters (an orphan a designer would not leave) makes the lines even instead."""
    lines = wrap(d, text, f, maxw)
    head, sep, tail = text.partition("：")
    if len(lines) > 1 and sep and tw(d, head + sep, f) <= maxw and len(wrap(d, tail, f, maxw)) == len(lines) - 1:
        return [head + sep] + wrap(d, tail, f, maxw)
    if len(lines) > 1 and len(lines[-1].strip()) <= 2:
        return wrap_nicely(d, text, f, maxw)
    return lines


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
    """Seeded grain blended in (cell 1: per pixel)."""
    rnd = random.Random(seed)
    w, h = im.size[0] // cell + 1, im.size[1] // cell + 1
    n = Image.frombytes("L", (w, h), rnd.randbytes(w * h))
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
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job, **extra):
    """A speaker as printed: name, company, job title (None where none is printed)."""
    return dict({"name": name, "company": company, "job": job}, **extra)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    if sp["company"] is None:
        return None
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
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


def pad(name):
    """Two-character names padded with a full-width space, as the organisers' 2023 and 2024 images print them."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


def latin(name):
    return all(ord(c) < 128 for c in name)


def units_grid(d, X0, X1, y, units, per_row, box_fill, ink, fs, bh, gap):
    """Support units as boxes holding the name (the real posters show logos; these print names)."""
    bw = (X1 - X0 - (per_row - 1) * gap) / per_row
    f = font(fs, True)
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=6, fill=box_fill)
        ctext(d, bx + bw / 2, by + (bh - fs * 1.45) / 2, fits(d, u, f, bw - 12), f, ink)
    rows = (len(units) + per_row - 1) // per_row
    return y + rows * (bh + gap)


def hband(w, h, c1, c2):
    """A horizontal gradient strip (the organisers' break bands fade from left to right)."""
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for x in range(w):
        t = x / max(1, w - 1)
        d.line([(x, 0), (x, h)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))
    return im


def streaks(im, seed, col, n, x0, y0, x1, y1):
    """Thin light streaks, as the organisers' headers have them."""
    rnd = random.Random(seed)
    d = ImageDraw.Draw(im)
    for i in range(n):
        dx = rnd.randrange(-120, 120)
        d.line([(x0 + dx + i * 34, y0), (x1 + dx + i * 34, y1)], fill=col, width=rnd.choice((1, 2, 2, 3)))


def chevrons(d, x, y, h, col):
    for i in range(2):
        X = x + i * h * 0.62
        d.polygon([(X, y), (X + h * 0.5, y + h / 2), (X, y + h)], fill=col)
    return x + 2 * h * 0.62 + 8


# --- new here -----------------------------------------------------------------------------------------------
class Dry:
    """A drawing surface that measures text but paints nothing (to learn a card's height before painting it)."""

    def __init__(self, d):
        self._d = d

    def textbbox(self, *a, **k):
        return self._d.textbbox(*a, **k)

    def __getattr__(self, name):
        return lambda *a, **k: None


def paste(im, band, xy):
    if im is not None:
        im.paste(band, (int(xy[0]), int(xy[1])))


def forum(name, date, host, unit, slots):
    return {"name": name, "date": date, "host": host, "unit": unit, "slots": slots}


# ===========================================================================
# 1. CLK 2671 (第666届), 威海, Saturday 2671-10-28 and Sunday 2671-10-29: ONE
#    whole-edition JPEG (q85), 1080 px wide, in the organisers' royal blue after
#    their 2024 full agenda.  The forums ONE UNDER ANOTHER, each day under a
#    wide date bar ('DAY 1', '10月28日（周六）', '第一天').  The 2024 timeline:
#    the range at the left, a dot on a vertical line, the cyan title, then
#    'padded name  company job' on ONE line (a Latin name too).
D1A, D2A = "2671-10-28", "2671-10-29"
H_MAIN_A = "萨其峰"
FORUMS_A = [
    forum("主论坛", D1A, H_MAIN_A, "哈尔滨工业大学（威海）计算机科学与技术学院 院长", [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:25", "开幕致辞", [S("孙立群", "哈尔滨工业大学（威海）", "副校长")], H_MAIN_A),
        T("09:25", "10:05", "面向智算集群的内核演进：从资源隔离到故障自愈",
          [S("程浩然", "华为", "操作系统内核首席架构师")], H_MAIN_A),
        T("10:05", "10:45", "十万台服务器的内核热升级：我们踩过的坑", [S("闵嘉禾", "腾讯云", "内核研发中心总监")],
          H_MAIN_A),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:25", "Maintaining a Distribution Kernel in the Age of Rust",
          [S("Lukas Brenner", "SUSE", "Kernel Engineer")], H_MAIN_A),
        T("11:25", "12:10", "圆桌论坛：国产算力时代，内核开发者如何走进上游社区",
          [S("卓文斌", "统信软件", "内核团队负责人", role="主持人"),
           S("滕雅琪", "山东大学", "副教授", role="嘉宾"),
           S("冉志勇", "飞腾信息", "操作系统首席专家", role="嘉宾"),
           S("庞心怡", "OPPO", "内核技术专家", role="嘉宾")], H_MAIN_A),
        B("12:10", "13:30", "午餐"),
    ]),
    forum("内存管理与优化分论坛", D1A, "甘立新", "阿里云 内核技术专家", [
        T("13:30", "14:10", "大页分配的碎片预测与主动规整", [S("龚志远", "字节跳动", "STE 内核工程师")], "甘立新"),
        T("14:10", "14:50", "memcg 回收公平性：多租户场景下的内存 QoS",
          [S("钱若琳", "美团", "基础架构工程师"), S("吴韬", "美团", "内核工程师")], "甘立新"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "Tiered Memory Promotion with Hardware Access Hints",
          [S("杜承泽", "英特尔", "软件架构师")], "甘立新"),
        T("15:50", "16:30", "移动端匿名页压缩的冷热分级策略", [S("丁晓萌", "vivo", "内存子系统工程师")], "甘立新"),
    ]),
    forum("文件系统与存储分论坛", D1A, "殷慧芳", "哈尔滨工业大学（威海） 副教授", [
        T("13:30", "14:10", "XFS 在线修复的工程化落地", [S("卢宇航", "蚂蚁集团", "存储内核专家")], "殷慧芳"),
        T("14:10", "14:50", "io_uring 直通 NVMe 命令的延迟剖析", [S("蔡明轩", "三星半导体", "软件工程师")], "殷慧芳"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "Btrfs 大规模快照回收的停顿治理", [S("金伟", "新华三", "存储系统工程师")], "殷慧芳"),
        T("15:50", "16:30", "面向车载系统的 UFS 写放大分析与寿命优化", [S("禤佳怡", "理想汽车", "系统软件工程师")],
          "殷慧芳"),
    ]),
    forum("调度、性能与调试分论坛", D2A, "欧阳振宇", "京东云 系统架构师", [
        T("09:00", "09:40", "CFS 带宽控制在容器突发负载下的抖动修复", [S("邱建国", "快手", "内核工程师")], "欧阳振宇"),
        T("09:40", "10:20", "基于 BPF 的调度延迟实时画像", [S("姚静雯", "小米", "性能工程师")], "欧阳振宇"),
        B("10:20", "10:40", "茶歇"),
        T("10:40", "11:20", "ftrace 与 kprobe 在生产环境的低开销采集", [S("郝斌", "网易", "系统工程师")], "欧阳振宇"),
        T("11:20", "12:00", "Lockdep Beyond Debug Builds: Catching Deadlocks in Production",
          [S("Anja Kowalski", "Red Hat", "Principal Software Engineer")], "欧阳振宇"),
    ]),
    forum("硬件架构与异构计算分论坛", D2A, "时晓峰", "海光信息 首席系统架构师", [
        T("09:00", "09:45", "LoongArch 虚拟机的中断直通与性能评估", [S("廖振华", "龙芯中科", "虚拟化工程师")], "时晓峰"),
        T("09:45", "10:30", "CXL 内存扩展卡的热插拔与 RAS 支持", [S("周若曦", "澜起科技", "系统软件工程师")], "时晓峰"),
        T("10:30", "11:15", "ARM64 服务器上 MPAM 资源分配的内核支持", [S("韦志诚", "华为", "鲲鹏内核工程师")], "时晓峰"),
    ]),
    forum("AI 基础设施与 eBPF 应用分论坛", D2A, "米振东", "百度智能云 资深研发工程师", [
        T("13:30", "14:10", "GPU 训练节点的 NUMA 亲和与 PCIe 拓扑感知", [S("江一帆", "字节跳动", "AI 平台工程师")],
          "米振东"),
        T("14:10", "14:50", "用 eBPF 加速容器网络：XDP 在云上的落地", [S("田甜", "中国移动云能力中心", "研发工程师")],
          "米振东"),
        T("14:50", "15:30", "大模型推理服务的 page cache 预热与 DAMON 调优", [S("包海燕", "商汤科技", "系统工程师")],
          "米振东"),
        T("15:30", "16:10", "eBPF 程序签名与加载权限的安全加固",
          [S("石峻", "奇安信", "安全研究员"), S("沈蓓", "中国科学院信息工程研究所", "博士研究生")], "米振东"),
    ]),
]
INTRO_A = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）由国内从事 Linux 内核开发的企业、高校与社区共同"
           "发起，以“自由、协作、创新”为理念，以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、"
           "共同进步。本次大会由哈尔滨工业大学（威海）承办，华为、阿里云、腾讯云、字节跳动、vivo、OPPO、英特尔、"
           "龙芯中科、统信软件、openEuler、龙蜥社区等单位共同支持，为期两天，诚邀广大 Linux 开发者和爱好者参加。")
UNITS_A = ["华为", "阿里云", "腾讯云", "字节跳动", "vivo", "OPPO", "英特尔", "龙芯中科", "海光信息", "统信软件",
           "飞腾信息", "openEuler", "龙蜥社区", "OpenCloudOS", "CSDN"]
CYAN_A, PINK_A, SOFT_A = (90, 236, 255), (255, 132, 226), (198, 214, 255)
DEEP_A = (16, 36, 170)
# how the poster runs: date bars, afternoon/morning pills, then the forums by index into FORUMS_A
SEQ_A = [("day", "DAY 1", "10月28日（周六）", "第一天"), ("forum", 0), ("pill", "下午　两个分论坛同时进行"),
         ("forum", 1), ("forum", 2),
         ("day", "DAY 2", "10月29日（周日）", "第二天"), ("pill", "上午　两个分论坛同时进行"),
         ("forum", 3), ("forum", 4), ("pill", "下　午"), ("forum", 5)]


def host_right_a(d, X1, y, host, unit):
    """主论坛's host as the 2024 image prints it: '主持人：padded name' at the right, the unit under it."""
    f1, f2, f3 = font(24, True), font(27, True), font(19)
    w = max(tw(d, "主持人：", f1) + tw(d, pad(host), f2), tw(d, unit, f3))
    x = X1 - w
    d.text((x, y + 3), "主持人：", font=f1, fill=PINK_A)
    d.text((x + tw(d, "主持人：", f1), y), pad(host), font=f2, fill=WHITE)
    d.text((x, y + 42), unit, font=f3, fill=SOFT_A)
    return x


def host_centred_a(d, X0, X1, y, host, unit):
    """An afternoon forum's host as the 2024 image prints it: a centred line between two rules."""
    f1, f2, f3 = font(24, True), font(26, True), font(19)
    parts = [("主持人：", f1, PINK_A, 2), (pad(host), f2, WHITE, 0), ("　" + unit, f3, SOFT_A, 6)]
    w = sum(tw(d, t, f) for t, f, _, _ in parts)
    x = (X0 + X1) / 2 - w / 2
    d.line([(X0 + 40, y + 18), (x - 24, y + 18)], fill=(150, 190, 255), width=2)
    d.line([(x + w + 24, y + 18), (X1 - 40, y + 18)], fill=(150, 190, 255), width=2)
    for t, f, col, dy in parts:
        d.text((x, y + dy), t, font=f, fill=col)
        x += tw(d, t, f)


def speaker_line_a(d, x, y, X1, sp):
    fn, fa = font(27, True), font(20)
    d.text((x, y), pad(sp["name"]), font=fn, fill=WHITE)
    ax = x + tw(d, pad(sp["name"]), fn) + 18
    d.text((ax, y + 7), fits(d, aff(sp), fa, X1 - ax), font=fa, fill=SOFT_A)
    return y + 44


def slot_a(im, d, X0, X1, LX, CX, y, s):
    fr = font(27, True)
    if s["kind"] == "break" and s["title"] not in MEALS:  # '开场': a plain row, no band, no speaker
        d.text((X0 + 8, y), rng(s), font=fr, fill=WHITE)
        d.ellipse([LX - 6, y + 13, LX + 6, y + 25], fill=CYAN_A)
        d.text((CX, y - 2), s["title"], font=font(30, True), fill=CYAN_A)
        return y + 84
    if s["kind"] == "break":
        paste(im, hband(X1 - X0, 56, (70, 190, 255), (30, 80, 226)), (X0, y - 10))
        d.text((X0 + 8, y), rng(s), font=fr, fill=WHITE)
        d.ellipse([LX - 6, y + 13, LX + 6, y + 25], fill=WHITE)
        d.text((CX, y - 1), s["title"], font=font(29, True), fill=WHITE)
        return y + 92
    d.text((X0 + 8, y), rng(s), font=fr, fill=WHITE)
    d.ellipse([LX - 6, y + 13, LX + 6, y + 25], fill=CYAN_A)
    ft = font(30, True)
    for ln in wrap_nicely(d, s["title"], ft, X1 - CX):
        d.text((CX, y - 3), ln, font=ft, fill=CYAN_A)
        y += 46
    y += 2
    role = None
    for sp in s["sp"]:
        if sp.get("role") and sp["role"] != role:
            role = sp["role"]
            d.text((CX, y), "主持人：" if role == "主持人" else "嘉　宾：", font=font(25, True), fill=PINK_A)
            y += 42
        y = speaker_line_a(d, CX, y, X1, sp)
    return y + 40


def day_bar_a(im, d, X0, X1, y, tag, date, word):
    """A date header: a wide glowing bar, a slanted 'DAY n' block, the date, the day's word at the right."""
    paste(im, hband(X1 - X0, 96, (20, 60, 210), (60, 200, 255)), (X0, y))
    d.rectangle([X0, y, X1, y + 96], outline=(140, 220, 255), width=2)
    x = number_box(d, X0 + 18, y + 18, tag, WHITE, DEEP_A, h=60) + 24
    d.text((x, y + 16), date, font=font(42, True), fill=WHITE)
    rtext(d, X1 - 26, y + 26, word, font(32, True), DEEP_A)
    return y + 96 + 70


def pill_a(d, W, y, text):
    f = font(30, True)
    w = tw(d, text, f) + 80
    d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 58], radius=29, fill=PINK_A)
    ctext(d, W / 2, y + 7, text, f, WHITE)
    return y + 58 + 56


def heading_a(im, d, X0, X1, y, k, fo):
    if k == 0:
        x = chevrons(d, X0, y + 10, 40, CYAN_A)
        d.text((x, y - 4), fo["name"], font=font(50, True), fill=WHITE)
        host_right_a(d, X1, y - 4, fo["host"], fo["unit"])
        y += 82
    else:
        x = number_box(d, X0, y + 2, "%02d" % k, CYAN_A, DEEP_A, h=56) + 16
        f = font(40, True)
        d.text((x, y - 2), fits(d, fo["name"], f, X1 - x), font=f, fill=WHITE)
        y += 80
        host_centred_a(d, X0, X1, y, fo["host"], fo["unit"])
        y += 54
    paste(im, hband(X1 - X0, 8, (90, 240, 255), (40, 110, 255)), (X0, y))
    return y + 44


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 50, W - 50
    logo_lines(d, X0, 40, WHITE, CYAN_A)
    rtext(d, X1, 40, "哈尔滨工业大学（威海）", font(30, True), WHITE)
    rtext(d, X1, 84, "HARBIN INSTITUTE OF TECHNOLOGY, WEIHAI", font(14), SOFT_A)
    d.text((X0, 190), "第666届中国", font=font(88, True), fill=WHITE)
    d.text((X0, 312), "Linux内核开发者大会", font=font(88, True), fill=WHITE)
    cx, cy = 880, 520
    d.ellipse([cx - 92, cy - 92, cx + 92, cy + 92], outline=CYAN_A, width=5)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], outline=(150, 200, 255), width=2)
    ctext(d, cx, cy - 56, "2671", font(28, True), CYAN_A)
    ctext(d, cx, cy - 22, "CLK", font(52, True), WHITE)
    pill = "2671年10月28日—29日 ｜ 威海"
    fp = font(32, True)
    d.rounded_rectangle([X0, 470, X0 + tw(d, pill, fp) + 56, 530], radius=14, outline=(150, 210, 255), width=3,
                        fill=(30, 70, 220))
    d.text((X0 + 28, 476), pill, font=fp, fill=WHITE)
    d.text((X0, 570), "地址：哈尔滨工业大学（威海）", font=font(34, True), fill=WHITE)
    d.text((X0, 618), "　　　主楼学术报告厅", font=font(34, True), fill=WHITE)
    y = 740
    top = y
    y = para(d, X0 + 50, y + 44, INTRO_A, font(24), (230, 236, 255), X1 - X0 - 100, 44) + 30
    d.rectangle([X0 + 10, top, X1 - 10, y], fill=(34, 72, 226), outline=(120, 170, 255), width=2)
    para(d, X0 + 50, top + 44, INTRO_A, font(24), (230, 236, 255), X1 - X0 - 100, 44)
    for ex, ey in ((X0, top), (X1, top), (X0, y), (X1, y)):
        d.rectangle([ex - 7, ey - 7, ex + 7, ey + 7], fill=CYAN_A)
    y += 130
    fa = font(150, True)
    d.text((W / 2 - tw(d, "AGENDA", fa) / 2, y - 60), "AGENDA", font=fa, fill=(30, 64, 214), stroke_width=2,
           stroke_fill=(110, 170, 255))
    bw = 420
    paste(im, hband(bw, 86, (90, 240, 255), (40, 120, 255)), (W / 2 - bw / 2, y))
    ctext(d, W / 2, y + 6, "大会议程", font(54, True), WHITE)
    y += 220
    LX = X0 + 226
    CX = LX + 28
    for item in SEQ_A:
        if item[0] == "day":
            y = day_bar_a(im, d, X0, X1, y, *item[1:])
        elif item[0] == "pill":
            y = pill_a(d, W, y, item[1])
        else:
            k = item[1]
            fo = FORUMS_A[k]
            y = heading_a(im, d, X0, X1, y, k, fo)
            top = last = y
            for s in fo["slots"]:
                last = y
                y = slot_a(im, d, X0, X1, LX, CX, y, s)
            d.line([(LX, top - 20), (LX, last + 36)], fill=(140, 196, 255), width=2)
            y += 60
    y += 80
    fs = font(130, True)
    d.text((W / 2 - tw(d, "SUPPORT", fs) / 2, y - 52), "SUPPORT", font=fs, fill=(30, 64, 214), stroke_width=2,
           stroke_fill=(110, 170, 255))
    paste(im, hband(bw, 80, (90, 240, 255), (40, 120, 255)), (W / 2 - bw / 2, y))
    ctext(d, W / 2, y + 6, "支持单位", font(50, True), WHITE)
    y = units_grid(d, X0 + 30, X1 - 30, y + 150, UNITS_A, 3, WHITE, DEEP_A, 28, 74, 20) + 60
    qrcode(d, W / 2 - 130, y, 260, 6711)
    ctext(d, W / 2, y + 290, "扫码报名", font(44, True), WHITE)
    ctext(d, W / 2, y + 356, "现场名额有限，先到先得，活动解释权归主办方所有", font(22), SOFT_A)
    ctext(d, W / 2, y + 430, "— 相约威海 · 共话内核 —", font(36, True), CYAN_A)
    return y + 540


def bg_a(w, h):
    im = vgrad(w, h, (28, 70, 236), (14, 36, 196))
    im = glow(im, w - 120, 520, 360, (60, 220, 255), 0.55)
    im = glow(im, 80, 180, 260, (150, 90, 255), 0.45)
    for k, yy in enumerate(range(2200, h - 500, 1300)):
        im = glow(im, w - 40 if k % 2 else 40, yy, 320, (60, 200, 255) if k % 2 else (140, 90, 255), 0.3)
    streaks(im, 6712, (70, 130, 255), 10, 500, 0, 1000, 420)
    d = ImageDraw.Draw(im)
    for i in range(7):  # the arcs round the CLK ring, as the 2024 header swirls
        r = 120 + i * 26
        d.arc([880 - r, 520 - r * 0.5, 880 + r, 520 + r * 0.5], 190, 350, fill=(60 + i * 10, 150, 255), width=3)
    return grain(im, 6713, 0.035)


def poster_a():
    im = two_pass(1080, paint_a, bg_a)
    return im, [forum_truth(fo["name"], fo["date"], fo["slots"]) for fo in FORUMS_A]


# ===========================================================================
# 2. CLK 2672 (第667届), 常州, Saturday 2672-11-16 and Sunday 2672-11-17: ONE
#    whole-edition PNG, 1242 px wide, in the organisers' near black after their
#    2023 full agenda (violet and teal glows, arcs).  Each day opens with a big
#    'DAY' '01' and the date.  主论坛 and the afternoon forum of day two are
#    full-width cards; the parallel forums stand TWO SIDE BY SIDE as cards.  In
#    every card the range stands in an outlined CHIP ABOVE the title, the name on
#    its own line and 'company job' on the line under it.  Day two's lunch is a
#    band across both morning cards.
D1B, D2B = "2672-11-16", "2672-11-17"
H_MAIN_B = "阚立平"
H5_B = "单文博"
FORUMS_B = [
    forum("主论坛", D1B, H_MAIN_B, "常州大学计算机与人工智能学院 院长", [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:25", "开幕致辞", [S("邵国庆", "常州大学", "副校长")], H_MAIN_B),
        T("09:25", "10:00", "操作系统内核的下一个十年：异构、可信与可观测", [S("宁浩", "麒麟软件", "首席技术官")],
          H_MAIN_B),
        T("10:00", "10:35", "从 5.10 到 6.x：千万级终端的内核升级之路", [S("易安琪", "OPPO", "内核团队负责人")],
          H_MAIN_B),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:25", "Memory Safety in the Kernel: Where Rust Stands Today",
          [S("Daniel Okafor", "Google", "Staff Software Engineer")], H_MAIN_B),
        T("11:25", "12:00", "云主机内核热补丁的全生命周期治理", [S("卫思远", "京东云", "内核专家")], H_MAIN_B),
        B("12:00", "12:10", "全体合影"),
        B("12:10", "13:30", "午餐"),
    ]),
    forum("内存管理与优化分论坛", D1B, "宓晓丹", "中兴通讯 内核技术专家", [
        T("13:30", "14:10", "folio 化后 page cache 回写路径的锁争用优化", [S("霍思成", "华为", "内核工程师")],
          "宓晓丹"),
        T("14:10", "14:50", "KSM 在虚拟化高密度场景的扫描开销控制",
          [S("汤逸凡", "火山引擎", "虚拟化工程师"), S("秦雪", "浙江大学", "博士研究生")], "宓晓丹"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "Per-VMA Locks: Lessons from Large Multi-threaded Workloads",
          [S("樊启航", "字节跳动", "内核工程师")], "宓晓丹"),
        T("15:50", "16:30", "低内存设备上 LMKD 与 PSI 的协同调优", [S("程楠", "传音控股", "系统软件工程师")], "宓晓丹"),
    ]),
    forum("文件系统与存储分论坛", D1B, "景宏伟", "常州大学 副教授", [
        T("13:30", "14:15", "ext4 fast commit 的崩溃一致性验证", [S("贝丽君", "阿里云", "文件系统工程师")], "景宏伟"),
        T("14:15", "15:00", "NVMe-oF 多路径在云盘场景的故障切换", [S("邢天宇", "腾讯云", "存储研发工程师")], "景宏伟"),
        T("15:00", "15:45", "overlayfs 元数据上拷的性能优化", [S("苗子涵", "网易数帆", "容器工程师")], "景宏伟"),
    ]),
    forum("调度、性能与调试分论坛", D2B, "温振华", "蚂蚁集团 性能专家", [
        T("09:00", "09:40", "PREEMPT_RT 在工业控制场景的时延实测", [S("黎嘉诚", "中国科学院软件研究所", "助理研究员")],
          "温振华"),
        T("09:40", "10:20", "调度性能回归的自动二分与定位", [S("鲍立新", "英特尔", "性能工程师")], "温振华"),
        B("10:20", "10:40", "茶歇"),
        T("10:40", "11:20", "Tracing Softirq Storms with BPF and Hardware PMU", [S("谷一鸣", "Arm", "高级软件工程师")],
          "温振华"),
        T("11:20", "12:00", "内核崩溃转储的自动分析与归类平台", [S("阮立峰", "vivo", "稳定性工程师")], "温振华"),
        B("12:00", "13:30", "午餐"),
    ]),
    forum("硬件架构与异构计算分论坛", D2B, "柴永刚", "算能科技 系统软件总监", [
        T("09:30", "10:15", "RISC-V 服务器平台的 ACPI CPPC 调频支持", [S("陶静怡", "中国科学院计算技术研究所", "副研究员")],
          "柴永刚"),
        T("10:15", "11:00", "兆芯 x86 平台的内核电源管理适配", [S("薛铭", "兆芯", "系统软件工程师")], "柴永刚"),
        T("11:00", "11:45", "DPU 卸载场景下 virtio 设备的热迁移", [S("陆雅琴", "中科驭数", "软件架构师")], "柴永刚"),
        B("12:00", "13:30", "午餐"),
    ]),
    forum("AI 基础设施与 eBPF 应用分论坛", D2B, H5_B, "华为云 AI 基础设施架构师", [
        T("13:30", "14:10", "RDMA 与 GPUDirect 场景下的内核内存注册优化", [S("孔令杰", "阿里云", "高级技术专家")], H5_B),
        T("14:10", "14:50", "eBPF 驱动的推理服务尾延迟诊断", [S("邬晓峰", "携程", "SRE 工程师")], H5_B),
        T("14:50", "15:30", "基于 BPF LSM 的模型文件访问审计", [S("闻静", "深信服", "安全研发工程师")], H5_B),
        T("15:30", "16:15", "圆桌对话：AI 原生时代，操作系统内核还缺什么？",
          [S("宗海龙", "腾讯", "OpenCloudOS 社区技术负责人", role="主持"),
           S("岳婷婷", "中国移动研究院", "操作系统专家", role="嘉宾"),
           S("尹凯文", "壁仞科技", "软件总监", role="嘉宾"),
           S("曹敏慧", "常州大学", "讲师", role="嘉宾")], H5_B),
    ]),
]
INTRO_B = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）举办至今已第667届，由清华大学、华为、阿里云、"
           "腾讯、字节跳动、OPPO、vivo、麒麟软件、中兴通讯等单位发起，以“自由 协作 创新”为理念，以开源技术的推广"
           "和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步，是中国 Linux 内核领域颇有影响力的峰会之一。"
           "本次大会由常州大学承办，会期两天，诚邀广大 Linux 开发者和爱好者参加。")
UNITS_B = ["华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "麒麟软件", "中兴通讯", "蚂蚁集团", "英特尔",
           "Arm", "算能科技", "openEuler", "OpenAnolis", "OpenCloudOS", "CSDN", "InfoQ", "开源江湖"]
TEAL_B, VIO_B, BLUE_B = (0, 232, 214), (190, 120, 255), (96, 160, 255)
GREY_B, CARD_B, EDGE_B = (150, 160, 186), (16, 20, 46), (54, 64, 120)
SEQ_B = [("day", "01", "11月16日　星期六", "第一天"), ("full", 0), ("rule", "下午　两个分论坛同时进行"),
         ("pair", 1, 2),
         ("day", "02", "11月17日　星期日", "第二天"), ("rule", "上午　两个分论坛同时进行"), ("pair", 3, 4),
         ("band", B("12:00", "13:30", "午餐")), ("rule", "下　午"), ("full", 5)]


def chip_b(d, x, y, text, f, col):
    w = tw(d, text, f) + 28
    d.rounded_rectangle([x, y, x + w, y + f.size + 16], radius=(f.size + 16) // 2, outline=col, width=2)
    d.text((x + 14, y + 4), text, font=f, fill=col)
    return y + f.size + 16


def talk_b(d, x0, x1, y, s, wide):
    """A talk in a card: the range chip, the title under it, then per speaker the name over 'company job'."""
    fr = font(25 if wide else 23, True)
    ft = font(32 if wide else 28, True)
    fn, fa = font(27 if wide else 25, True), font(21 if wide else 19)
    if s["kind"] == "break":
        if s["title"] not in MEALS:  # '开场', '全体合影': a plain teal row
            d.ellipse([x0, y + 12, x0 + 12, y + 24], fill=TEAL_B)
            d.text((x0 + 28, y), rng(s), font=fr, fill=WHITE)
            d.text((x0 + 28 + tw(d, rng(s), fr) + 26, y - 2), s["title"], font=font(ft.size - 2, True), fill=TEAL_B)
            return y + 76
        d.line([(x0, y), (x1, y)], fill=EDGE_B, width=1)
        meal_mark(d, x0 + 2, y + 18, s, GREY_B, 0.85)
        d.text((x0 + 48, y + 16), rng(s), font=fr, fill=GREY_B)
        d.text((x0 + 48 + tw(d, rng(s), fr) + 22, y + 14), s["title"], font=font(ft.size - 2, True), fill=GREY_B)
        d.line([(x0, y + 66), (x1, y + 66)], fill=EDGE_B, width=1)
        return y + 100
    y = chip_b(d, x0, y, rng(s), fr, TEAL_B) + 14
    for ln in wrap_designer(d, s["title"], ft, x1 - x0):
        d.text((x0, y), ln, font=ft, fill=TEAL_B)
        y += ft.size + 14
    y += 6
    guests = [sp for sp in s["sp"] if sp.get("role") == "嘉宾"]
    for sp in s["sp"]:
        if sp in guests:
            continue
        if sp.get("role"):
            chip_b(d, x0, y + 2, "主持", font(19, True), VIO_B)
            xx = x0 + 86
        else:
            xx = x0
        d.text((xx, y), pad(sp["name"]), font=fn, fill=WHITE)
        y += fn.size + 12
        d.text((xx, y), fits(d, aff(sp), fa, x1 - xx), font=fa, fill=BLUE_B)
        y += fa.size + 18
    if guests:  # the guests side by side, each name over 'company job', after a '嘉宾' tag
        chip_b(d, x0, y + 2, "嘉宾", font(19, True), VIO_B)
        gx0 = x0 + 86
        cw = (x1 - gx0) / len(guests)
        for i, sp in enumerate(guests):
            gx = gx0 + i * cw
            d.text((gx, y), pad(sp["name"]), font=fn, fill=WHITE)
            d.text((gx, y + fn.size + 12), fits(d, aff(sp), fa, cw - 16), font=fa, fill=BLUE_B)
        y += fn.size + fa.size + 30
    return y + 34


def card_b(im, d, x0, x1, y, k, fo, paint=True):
    """A forum as a card: (numeral and) name, host, a rule, its talks.  Returns the card's height."""
    dd = d if paint else Dry(d)
    top = y
    wide = x1 - x0 > 800
    ix0, ix1 = x0 + 34, x1 - 34
    y += 34
    if k == 0 or wide:  # a full-width card: the name at the left, the host at the right over the unit
        fname = font(48 if k == 0 else 40, True)
        nx = ix0
        if k:
            fnum = font(60, True)
            dd.text((ix0, y - 16), "%02d" % k, font=fnum, fill=TEAL_B)
            nx = ix0 + tw(d, "%02d" % k, fnum) + 18
        dd.text((nx, y), fo["name"], font=fname, fill=WHITE)
        hf = font(26, True)
        hw = max(tw(d, "主持人：" + pad(fo["host"]), hf), tw(d, fo["unit"], font(20)))
        assert nx + tw(d, fo["name"], fname) + 30 < ix1 - hw, fo["name"]
        dd.text((ix1 - hw, y - 4), "主持人：", font=hf, fill=VIO_B)
        dd.text((ix1 - hw + tw(d, "主持人：", hf), y - 4), pad(fo["host"]), font=hf, fill=WHITE)
        dd.text((ix1 - hw, y + 36), fo["unit"], font=font(20), fill=GREY_B)
        y += 90
    else:  # a column card: numeral, the name (over two lines if need be), the host with the unit under it
        fnum, fname = font(58, True), font(32, True)
        dd.text((ix0, y - 16), "%02d" % k, font=fnum, fill=TEAL_B)
        nx = ix0 + tw(d, "%02d" % k, fnum) + 16
        lines = [fo["name"]] if tw(d, fo["name"], fname) <= ix1 - nx else [fo["name"][:-3], "分论坛"]
        for i, ln in enumerate(lines):
            dd.text((nx, y + i * 44), fits(d, ln, fname, ix1 - nx), font=fname, fill=WHITE)
        y += max(70, 44 * len(lines) + 22)
        hf = font(24, True)
        dd.text((ix0, y), "主持人：", font=hf, fill=VIO_B)
        dd.text((ix0 + tw(d, "主持人：", hf), y), pad(fo["host"]), font=hf, fill=WHITE)
        dd.text((ix0, y + 38), fits(d, fo["unit"], font(19), ix1 - ix0), font=font(19), fill=GREY_B)
        y += 76
    dd.rectangle([ix0, y, ix1, y + 3], fill=TEAL_B)
    y += 36
    slots = fo["slots"]
    if not wide and slots and slots[-1]["title"] == "午餐":
        slots = slots[:-1]  # day two's lunch stands as a band across both morning cards, under them
    for s in slots:
        y = talk_b(dd, ix0, ix1, y, s, wide)
    return y + 6 - top


def frame_b(im, d, x0, x1, y, h):
    d.rectangle([x0, y, x1, y + h], fill=CARD_B, outline=EDGE_B, width=2)
    d.rectangle([x0, y, x1, y + 6], fill=TEAL_B)


def day_b(d, X0, X1, y, num, date, word):
    """A date header in the 2023 manner: an outlined 'DAY' with a teal numeral, the date, a teal rule."""
    fD, fN = font(72, True), font(96, True)
    d.text((X0, y), "DAY", font=fD, fill=(8, 12, 30), stroke_width=2, stroke_fill=TEAL_B)
    nx = X0 + tw(d, "DAY", fD) + 18
    d.text((nx, y - 22), num, font=fN, fill=TEAL_B)
    dx = nx + tw(d, num, fN) + 40
    d.text((dx, y + 2), date, font=font(44, True), fill=WHITE)
    rtext(d, X1, y + 14, word, font(32, True), VIO_B)
    d.rectangle([X0, y + 118, X1, y + 132], fill=TEAL_B)
    return y + 132 + 60


def rule_b(d, W, X0, X1, y, text):
    f = font(34, True)
    w = tw(d, text, f)
    d.line([(X0, y + 24), (W / 2 - w / 2 - 30, y + 24)], fill=VIO_B, width=3)
    d.line([(W / 2 + w / 2 + 30, y + 24), (X1, y + 24)], fill=VIO_B, width=3)
    ctext(d, W / 2, y, text, f, VIO_B)
    return y + 50 + 40


def band_b(im, d, X0, X1, y, s):
    paste(im, hband(int(X1 - X0), 72, (60, 40, 150), (16, 90, 120)), (X0, y))
    f = font(30, True)
    text = rng(s) + "　" + s["title"]
    w = tw(d, text, f) + 56
    x = (X0 + X1) / 2 - w / 2
    meal_mark(d, x, y + 16, s, WHITE, 1.0)
    d.text((x + 56, y + 14), text, font=f, fill=WHITE)
    return y + 72 + 50


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 54, W - 54
    logo_lines(d, X0, 50, WHITE, TEAL_B)
    fc, fy = font(96, True), font(38, True)
    cx = X1 - tw(d, "CLK", fc) - tw(d, "2672", fy) - 10
    d.text((cx, 34), "CLK", font=fc, fill=(220, 240, 255), stroke_width=2, stroke_fill=TEAL_B)
    rtext(d, X1, 34, "2672", fy, WHITE)
    d.text((X0, 270), "第667届中国", font=font(100, True), fill=WHITE, stroke_width=3, stroke_fill=VIO_B)
    d.text((X0, 396), "Linux 内核开发者大会", font=font(100, True), fill=WHITE, stroke_width=3, stroke_fill=VIO_B)
    pill = "11月16日—17日　常州"
    fp = font(38, True)
    d.rectangle([X0, 560, X0 + tw(d, pill, fp) + 64, 626], outline=WHITE, width=3)
    d.text((X0 + 32, 566), pill, font=fp, fill=WHITE)
    d.text((X0, 670), "地址：常州大学武进校区 图书馆报告厅", font=font(34, True), fill=WHITE)
    y = 1040
    top = y
    fi = font(26)
    y = para(d, X0 + 44, y + 44, INTRO_B, fi, (214, 220, 236), X1 - X0 - 88, 48) + 30
    d.rectangle([X0, top, X1, y], fill=(12, 16, 40), outline=(70, 60, 150), width=2)
    para(d, X0 + 44, top + 44, INTRO_B, fi, (214, 220, 236), X1 - X0 - 88, 48)
    y += 190
    fa = font(150, True)
    d.text((W / 2 - tw(d, "AGENDA", fa) / 2, y - 56), "AGENDA", font=fa, fill=(8, 12, 30), stroke_width=2,
           stroke_fill=(40, 150, 170))
    ctext(d, W / 2, y, "大会议程", font(80, True), WHITE)
    y += 240
    GAP = 30
    mid = W / 2
    cols = [(X0, mid - GAP / 2), (mid + GAP / 2, X1)]
    for item in SEQ_B:
        if item[0] == "day":
            y = day_b(d, X0, X1, y, *item[1:])
        elif item[0] == "rule":
            y = rule_b(d, W, X0, X1, y, item[1])
        elif item[0] == "band":
            y = band_b(im, d, X0, X1, y, item[1])
        elif item[0] == "full":
            k = item[1]
            h = card_b(im, d, X0, X1, y, k, FORUMS_B[k], paint=False)
            frame_b(im, d, X0, X1, y, h)
            card_b(im, d, X0, X1, y, k, FORUMS_B[k])
            y += h + 70
        else:
            ks = item[1:]
            h = max(card_b(im, d, cols[j][0], cols[j][1], y, k, FORUMS_B[k], paint=False) for j, k in enumerate(ks))
            for j, k in enumerate(ks):
                frame_b(im, d, cols[j][0], cols[j][1], y, h)
                card_b(im, d, cols[j][0], cols[j][1], y, k, FORUMS_B[k])
            y += h + 60
    y += 130
    fs = font(130, True)
    d.text((W / 2 - tw(d, "SUPPORT", fs) / 2, y - 46), "SUPPORT", font=fs, fill=(8, 12, 30), stroke_width=2,
           stroke_fill=(40, 150, 170))
    ctext(d, W / 2, y, "支持单位", font(64, True), WHITE)
    y = units_grid(d, X0 + 40, X1 - 40, y + 160, UNITS_B, 3, WHITE, (12, 16, 44), 30, 84, 24) + 70
    qrcode(d, W / 2 - 140, y, 280, 6721)
    ctext(d, W / 2, y + 310, "扫码报名 · 观看直播", font(40, True), WHITE)
    ctext(d, W / 2, y + 376, "主办：中国Linux内核开发者大会组委会　承办：常州大学", font(24), GREY_B)
    return y + 470


def bg_b(w, h):
    im = vgrad(w, h, (10, 12, 34), (6, 8, 22))
    im = glow(im, 900, 820, 460, (110, 60, 255), 0.7)
    im = glow(im, 380, 960, 280, (0, 210, 190), 0.45)
    for k, yy in enumerate(range(2600, h - 600, 1500)):
        im = glow(im, w - 60 if k % 2 else 60, yy, 380, (130, 70, 255) if k % 2 else (0, 170, 170), 0.32)
    d = ImageDraw.Draw(im)
    for i in range(16):  # the swirl of the 2023 header, as arcs
        r = 320 + i * 24
        d.arc([900 - r, 860 - r * 0.5, 900 + r, 860 + r * 0.5], 160, 360, fill=(40 + i * 4, 60, 150 + i * 4), width=2)
    d.ellipse([790, 750, 1010, 970], fill=(70, 40, 170))
    d.ellipse([820, 770, 990, 940], fill=(100, 70, 220))
    return im


def poster_b():
    im = two_pass(1242, paint_b, bg_b)
    return im, [forum_truth(fo["name"], fo["date"], fo["slots"]) for fo in FORUMS_B]


# ===========================================================================
FORUM_NAMES = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
               "AI 基础设施与 eBPF 应用分论坛"]  # CLK2025's six folders, without their numbers
# names read on the real posters looked at for style (CLK2024 大会全议程.webp, CLK2023全部议程.png): never used
SEEN_REAL = ["陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王剑", "李治军", "许珉嘉", "郑琦",
             "宋牧春", "谢昊晟", "郭健", "廖远鸿", "伍勃", "张细锐", "杨欢", "卢烈", "王建政", "杨阳", "周威", "路旭",
             "郑翔", "Kuzin Artem", "Lianbo Jiang"]

NOTE = (
    "Same schema and conventions as posters-blind-43, -59 and -60: speakers are names as printed with spaces and the "
    "padding of two-character names removed ('吴　韬' -> '吴韬'; the Latin names 'Lukas Brenner' -> 'LukasBrenner', "
    "'Anja Kowalski' -> 'AnjaKowalski', 'Daniel Okafor' -> 'DanielOkafor'); host is the chair printed for the forum "
    "covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; where two or more speakers are "
    "printed each has his own affiliation, given per speaker in printed order; affiliations keep the printed job "
    "title, joined to the company by one space ('SUSE Kernel Engineer', '中国科学院软件研究所 助理研究员'), also where "
    "the two stand on two lines; break titles are as printed ('开场', '茶歇', '全体合影', '午餐'); an opening speech "
    "printed with a speaker ('开幕致辞') is a talk, a slot printed without a speaker ('开场', '全体合影') is a break; "
    "'午餐' closes 主论坛 as its break. Each picture is the ONE whole-agenda image of an invented edition held over "
    "TWO DAYS (a Saturday and the Sunday after it), with CLK2025's six forum names in printed order: day one a "
    "morning 主论坛 and two afternoon forums in parallel (内存管理与优化分论坛, 文件系统与存储分论坛), day two "
    "调度、性能与调试分论坛 and 硬件架构与异构计算分论坛 in parallel in the morning and 'AI 基础设施与 eBPF 应用分论坛' "
    "(with its spaces) in the afternoon. Each forum's date is the date of the day it stands under (truth), the "
    "picture's date is day one. CLK 2671 (第666届, 威海, 2671-10-28 and -29) and CLK 2672 (第667届, 常州, 2672-11-16 and "
    "-17); no talk is on both pictures, nobody is printed twice in the set. Headers, introductions, addresses, date "
    "pills, the big 'AGENDA' / 'SUPPORT' words, support units, QR captions, slogans and organiser lines are never part "
    "of a name, a title or a slot; the DATE HEADERS ('DAY 1' '10月28日（周六）' '第一天'; 'DAY' '01' '11月16日　星期六' "
    "'第一天') are no slots and no part of a forum's name, they give the date of the forums under them up to the next "
    "header; the pills and rules '下午　两个分论坛同时进行', '上午　两个分论坛同时进行' and '下　午' are no slots and no "
    "part of a name; number boxes and numerals ('01'..'05', numbered across both days) are no part of a forum's "
    "name; a forum name wrapped before '分论坛' is one name joined without a space; a title wrapped over lines is one "
    "title, joined with a space between Latin words and without one between Chinese characters. (1) CLK 2671 "
    "(royal blue after the organisers' 2024 full agenda, JPEG q85, 1080 px): the forums ONE UNDER ANOTHER; the 2024 "
    "timeline: the range in a column LEFT of a dot on a vertical line, the cyan title, then 'padded name  company "
    "job' on ONE line per speaker under it, the Latin names too ('Lukas Brenner  SUSE Kernel Engineer', 'Anja "
    "Kowalski  Red Hat Principal Software Engineer'); 主论坛 prints '主持人：padded name' at the right of its heading "
    "with the unit under it, the five other forums print '主持人：padded name　unit' centred between two rules under "
    "the heading (the unit is no part of the host). The round table '圆桌论坛：国产算力时代，内核开发者如何走进上游社区' "
    "(11:25-12:10, 主论坛, wrapped after '圆桌论坛：') prints a label '主持人：' over its moderator and '嘉　宾：' over three guests: ONE talk whose "
    "speakers are the moderator then the guests in printed order (four speakers, four affiliations), the labels are "
    "no names and the moderator (卓文斌) is not the forum's host (萨其峰); its title keeps '圆桌论坛：'. 茶歇 and 午餐 "
    "are gradient bands, '开场' a plain row. Day two prints no lunch: 调度、性能与调试分论坛 ends with its 11:20-12:00 "
    "talk and 硬件架构与异构计算分论坛 with its 10:30-11:15 talk. Two speakers of one talk stand on two lines (钱若琳 "
    "and 吴韬 of 美团; 石峻 of 奇安信 and 沈蓓 of 中国科学院信息工程研究所). English titles: 'Maintaining a Distribution "
    "Kernel in the Age of Rust', 'Tiered Memory Promotion with Hardware Access Hints' (by 杜承泽 of 英特尔), 'Lockdep "
    "Beyond Debug Builds: Catching Deadlocks in Production'. Uncommon surnames 萨 (host of 主论坛) and 禤; compound "
    "surname 欧阳 (a host). (2) CLK 2672 (near black after the organisers' 2023 full agenda, PNG, 1242 px): its dates print no year "
    "('11月16日—17日　常州', '11月16日　星期六'; the year is the '2672' raised beside 'CLK'); each day opens with an outlined 'DAY', a big teal numeral and the date; 主论坛 and 'AI 基础设施与 eBPF 应用分论坛' are "
    "full-width cards (the name at the left, '主持人：padded name' at the right over the unit), the parallel forums "
    "stand TWO SIDE BY SIDE as cards (01 内存管理与优化分论坛 left of 02 文件系统与存储分论坛; 03 "
    "调度、性能与调试分论坛 left of 04 硬件架构与异构计算分论坛, every name on one line), each with "
    "'主持人：padded name' over the unit: a card's talks are its own forum's, whatever stands level with them in the "
    "card beside it. In every card each talk prints its range in an outlined CHIP ABOVE the title, then per speaker "
    "the NAME on one line and 'company job' on the LINE UNDER it; in the narrow cards titles wrap as a text box "
    "flows them, once inside a word ('folio 化后 page cache 回写路径的锁' / '争用优化' is one title). Breaks in cards are dim rows between hairlines (a "
    "cup or a bowl, the range, the label); '开场' and '全体合影' plain rows. Day two's LUNCH is ONE band "
    "'12:00-13:30　午餐' printed ACROSS BOTH morning cards, under them: it is a break of EACH of the two morning "
    "forums (two slots, host null), as a break row across a grid was in set 60, and no slot of the afternoon forum; "
    "硬件架构与异构计算分论坛 starts at 09:30 (09:30-10:15) while 03 starts at 09:00, and its last talk ends 11:45, "
    "before the lunch at 12:00. The round table '圆桌对话：AI 原生时代，操作系统内核还缺什么？' (15:30-16:15, the last "
    "slot of 'AI 基础设施与 eBPF 应用分论坛') prints an outlined tag '主持' before its moderator 宗海龙 (name over "
    "'腾讯 OpenCloudOS 社区技术负责人') and a tag '嘉宾' before three guests SIDE BY SIDE, each name over 'company "
    "job', read left to right: ONE talk, speakers the moderator then 岳婷婷, 尹凯文, 曹敏慧; the tags are labels; the "
    "moderator is not the forum's host (单文博). Two speakers of two companies in one talk: 汤逸凡 (火山引擎) and 秦雪 "
    "(浙江大学), one under the other. English titles: 'Memory Safety in the Kernel: Where Rust Stands Today' (Daniel "
    "Okafor, Google), 'Per-VMA Locks: Lessons from Large Multi-threaded Workloads' (樊启航), 'Tracing Softirq Storms "
    "with BPF and Hardware PMU' (谷一鸣 of Arm). Uncommon surnames 阚 (host of 主论坛), 宓 (a host), 单 (a host), 贝 and "
    "邬. Forums that print no break after their last talk end with it."
)


def layout(key, size, nbytes, enc):
    w, h = size
    desc = "%s, %d x %d, %.2f MB" % (enc, w, h, nbytes / 1e6)
    return {
        "a": ("CLK 2671 (第666届), 威海, 2671-10-28 (Sat) and 2671-10-29 (Sun) (%s): the organisers' royal-blue 2024 "
              "timeline over TWO DAYS, each under a wide date bar ('DAY 1' / 'DAY 2'); the forums ONE UNDER ANOTHER "
              "(主论坛, then 01 and 02 in the afternoon of day one; 03 and 04 in the morning, 05 in the afternoon of "
              "day two); range at the left of the line, 'padded name  company job' on one line under the title; "
              "主论坛's host at the right over the unit, the others' on a centred line under the heading; a round "
              "table with moderator and guests; tea and lunch bands; three English titles. Uncommon surnames 萨 and "
              "禤. 5 + 4 + 4 + 4 + 3 + 4 talks." % desc),
        "b": ("CLK 2672 (第667届), 常州, 2672-11-16 (Sat) and 2672-11-17 (Sun) (%s): the organisers' near-black 2023 "
              "family over TWO DAYS, each under an outlined 'DAY' and a teal numeral with the date; 主论坛 and 05 "
              "full-width cards, the parallel forums TWO SIDE BY SIDE (01|02 on day one, 03|04 on the morning of day "
              "two); the range in a chip ABOVE the title, the name over 'company job' on two lines; a lunch band "
              "across both morning cards of day two (a break of each); a round table with the guests side by side "
              "closing 05; three English titles. Uncommon surnames 阚, 宓, 单. 5 + 4 + 3 + 4 + 3 + 4 talks." % desc),
    }[key]


PICTURES = [  # (key, file, width, format)
    ("a", "clk2671-weihai-royalblue-two-days-stacked-1080.jpg", 1080, "JPEG"),
    ("b", "clk2672-changzhou-nearblack-two-days-side-by-side-1242.png", 1242, "PNG"),
]


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def people_of(forums):
    out = []
    for fo in forums:
        out.append(fo["host"])
        for s in fo["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(posters):
    """CLK2025's six forums in every edition, day one a Saturday and day two the Sunday after it, the forums of
    each day as the brief asks, nobody twice, no talk on both pictures, no name or title of the real repositories."""
    for forums in (FORUMS_A, FORUMS_B):
        assert [fo["name"] for fo in forums] == FORUM_NAMES
        d1, d2 = forums[0]["date"], forums[-1]["date"]
        assert saturday(d1)
        assert datetime.date(*map(int, d2.split("-"))) - datetime.date(*map(int, d1.split("-"))) == \
            datetime.timedelta(days=1)
        assert [fo["date"] for fo in forums] == [d1, d1, d1, d2, d2, d2]
        assert forums[0]["slots"][0]["start"] < "12:00" and all(fo["slots"][0]["start"] >= "13:30" for fo in
                                                                 forums[1:3])
        assert all(fo["slots"][0]["start"] < "12:00" for fo in forums[3:5]) and forums[5]["slots"][0]["start"] >= "13:30"
        for fo in forums:
            for s in fo["slots"]:
                assert s["start"] < s["end"]
                assert (s["host"] is None) == (s["kind"] == "break")
                assert s["host"] in (None, fo["host"])
    allp = people_of(FORUMS_A) + people_of(FORUMS_B)
    assert len(allp) == len(set(allp)), sorted(p for p in allp if allp.count(p) > 1)
    for name in allp:
        assert name not in SEEN_REAL, name
    titles = []
    for p in posters:
        assert saturday(p["date"])
        counts = " + ".join(str(sum(s["kind"] == "talk" for s in f["slots"])) for f in p["forums"]) + " talks"
        assert counts in p["layout"], (p["file"], counts)
        titles += [s["title"] for f in p["forums"] for s in f["slots"] if s["kind"] == "talk"]
    assert len(titles) - titles.count("开幕致辞") == len(set(titles) - {"开幕致辞"}), titles
    lst = "/work/shared/corpus/listings/"
    if os.path.isdir(lst):
        real = ""
        for fn in sorted(os.listdir(lst)):
            with open(os.path.join(lst, fn), encoding="utf-8") as fh:
                real += fh.read().lower()
        for name in allp:
            assert name.lower() not in real and name.replace(" ", "").lower() not in real, name
        for t in titles:
            if t != "开幕致辞":
                assert t.lower() not in real, t
    return len(titles)


def main():
    posters = []
    for key, fn, width, fmt in PICTURES:
        im, forums = globals()["poster_" + key]()
        assert im.size[0] == width
        path = os.path.join(HERE, fn)
        if fmt == "JPEG":
            im.save(path, "JPEG", quality=85, optimize=True)
            enc = "JPEG q85 4:2:0"
        else:
            im.save(path, "PNG", optimize=True)
            enc = "PNG"
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        posters.append({"file": fn, "layout": layout(key, im.size, size, enc), "date": forums[0]["date"],
                        "forums": forums})
    n = check(posters)
    print("talks", n)
    assert 35 <= n <= 50, n
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
