"""Draw the ninety-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances.

Two invented editions of the ONE whole-agenda image an edition publishes (CLK2025's
listing names CLK2025全部议程.jpg, not in the corpus), both JPEG q85, with CLK2025's six
forum names, laid out as a designer fits six forums on one page: 主论坛 in the morning
ACROSS THE TOP as the organisers' timeline rows, then the five afternoon forums in a
GRID of framed boxes (each box: its number, its heading, its host, its talks as range /
title / 'name company'), the boxes of one row as tall as the tallest of them:
  CLK 2921 (第916届, 岳阳): 1242 wide, the organisers' 2024 ROYAL BLUE; grid 3 + 2
    (01 02 03 in a row of narrow boxes, 04 05 under them in two wider ones).
  CLK 2922 (第917届, 张家口): 1440 wide, the organisers' 2023 NEAR BLACK; grid 2 + 3
    (01 02 in two wide boxes, 03 04 05 under them in three narrow ones).
Helpers copied unchanged from posters-blind-75/draw.py: font, tw, TOKEN, NO_LINE_START,
wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad, grain (75's form), glow, qrcode,
plain, two_pass, cup, bowl, logo_lines, fits, MEALS, WHITE, rng, meal_mark, saturday,
pin (75's, as pin75), hgrad, tint, pad, listing_texts, display, header, intro_box,
heading_plate, units, footer and background_for (the last five given the palette and
edition as arguments); from posters-blind-86/draw.py: slanted, outline_text,
fading_numeral, pin (86's, as pin86), logo, clk_mark, inline and its 2023 background.
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


# ---------------------------------------------------------------------------
# helpers copied from posters-blind-75/draw.py (and 86) unchanged unless said
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


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


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


def pin75(d, x, y, fill, k=1.0, hole=(40, 20, 110)):
    """A location pin (the organisers' date pill and address carry one)."""
    d.ellipse([x, y, x + 20 * k, y + 20 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 13 * k), (x + 18 * k, y + 13 * k), (x + 10 * k, y + 28 * k)], fill=fill)
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=hole)


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


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def listing_texts():
    out = []
    for fn in sorted(os.listdir("/work/shared/corpus/listings")):
        with open(os.path.join("/work/shared/corpus/listings", fn), encoding="utf-8") as fh:
            out += [ln.split("\t")[0] for ln in fh.read().splitlines()[1:]]
    return "\n".join(out)


def display(im, x, y, text, size, c1, c2, shear=0.2):
    """A bold heading in the slanted display manner of the organisers' headings: sheared to the right,
    filled with a horizontal gradient c1 -> c2. Returns its width."""
    f = font(size, True)
    d0 = ImageDraw.Draw(im)
    b = d0.textbbox((0, 0), text, font=f)
    h = b[3] + 6
    w = b[2] + int(shear * h) + 6
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).text((0, 0), text, font=f, fill=255)
    mask = mask.transform((w, h), Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    g = Image.new("RGB", (w, h))
    hgrad(ImageDraw.Draw(g), 0, 0, w, h, c1, c2)
    im.paste(g, (int(x), int(y)), mask)
    return b[2] + int(shear * h * 0.5)


# ===========================================================================
# Data.  A speaker is S(name, affiliation exactly as printed after the name).
def S(name, aff):
    return {"name": name, "aff": aff}


def T(start, end, title, speakers):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers}


def P(start, end, title, moderator, guests):
    """A round table: ONE slot of kind 'panel'; its speakers the moderator, then the guests in printed order."""
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": []}


def Fo(name, host, unit, slots):
    return {"name": name, "host": host, "unit": unit, "slots": slots}


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": plain(host) if s["kind"] != "break" else None}


def forum_truth(forums, date):
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f["host"]) for s in f["slots"]]}
            for f in forums]


SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]

# ---------------------------------------------------------------------------
# 1. CLK 2921 (第916届), 岳阳, 湖南理工学院, Saturday 2921-10-25: 2024 royal blue, 1242 wide, grid 3 + 2.
#    主论坛 prints 'company job'; the grid boxes print 'name company' (the company alone).
FORUMS_A = [
    Fo("主论坛", "易建明", "湖南理工学院信息科学与工程学院院长", [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("龚振华", "湖南理工学院副校长")]),
        T("09:20", "09:55", "从单机到万卡集群：Linux 内核的下一个十年", [S("欧阳立伟", "华为 操作系统首席架构师")]),
        T("09:55", "10:30", "Folios Everywhere: Finishing the Page Cache Conversion",
          [S("Henrik Aalto", "Oracle Principal Kernel Engineer")]),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:20", "龙蜥内核在混合部署场景下的资源隔离演进",
          [S("邵明哲", "阿里云 内核技术专家"), S("亓佳怡", "阿里云 内核研发工程师")]),
        P("11:20", "12:10", "圆桌论坛：开源内核人才如何从高校走向社区",
          S("晁立新", "InfoQ 极客传媒总编辑"),
          [S("俞海波", "腾讯 TencentOS 内核负责人"), S("詹雪梅", "湖南大学 教授"), S("任嘉乐", "统信软件 内核架构师")]),
        B("12:10", "13:30", "午餐"),
    ]),
    Fo("内存管理与优化分论坛", "彭思远", "字节跳动 内存子系统负责人", [
        T("13:30", "14:05", "mTHP 在低内存手机上的分配失败分析与回退", [S("崔晓燕", "荣耀")]),
        T("14:05", "14:40", "基于 MGLRU 的工作集估计与主动回收", [S("杭一鸣", "vivo")]),
        T("14:40", "15:15", "slab 内存 cgroup 计费的锁竞争优化", [S("侯佳琪", "腾讯云")]),
        B("15:15", "15:30", "茶歇"),
        T("15:30", "16:05", "HugeTLB Vmemmap Optimization on ARM64 Servers", [S("聂子航", "飞腾信息")]),
    ]),
    Fo("文件系统与存储分论坛", "柴文军", "华为 文件系统技术专家", [
        T("13:30", "14:10", "ext4 大块分配器在 QLC SSD 上的碎片控制", [S("庄少峰", "浪潮信息")]),
        T("14:10", "14:50", "io_uring 与 NVMe passthrough 的零拷贝路径", [S("梁浩然", "美团")]),
        T("14:50", "15:30", "XFS 在线修复在大容量盘上的实践", [S("卞雨桐", "京东云")]),
        T("15:30", "16:10", "btrfs 与 bcachefs 的校验和路径对比", [S("舒宇航", "SUSE")]),
    ]),
    Fo("调度、性能与调试分论坛", "芮国强", "英特尔开源技术中心 经理", [
        T("13:30", "14:05", "EEVDF 下延迟敏感任务的时间片调优", [S("夏志远", "OPPO")]),
        T("14:05", "14:40", "Tracing Scheduler Latency with BPF and rtla", [S("Lucas Ferreira", "Red Hat")]),
        T("14:40", "15:15", "kdump 在 CXL 内存机器上的转储加速", [S("吕东升", "麒麟软件")]),
        B("15:15", "15:30", "茶歇"),
        T("15:30", "16:05", "perf 采样在 ARM SPE 上的精度评估", [S("霍晓晨", "中国科学院软件研究所")]),
    ]),
    Fo("硬件架构与异构计算分论坛", "闫红梅", "龙芯中科 系统软件部经理", [
        T("13:30", "14:10", "LoongArch 上的 KVM 虚拟中断控制器实现", [S("滕俊", "龙芯中科"), S("佘志鹏", "龙芯中科")]),
        T("14:10", "14:50", "RISC-V 服务器的 ACPI 与 NUMA 启动适配", [S("甘雨萌", "算能科技")]),
        T("14:50", "15:30", "CXL Type 2 加速器的一致性内存管理", [S("靳博文", "海光信息")]),
        T("15:30", "16:10", "PCIe 设备直通下的中断重映射性能分析", [S("翁嘉禾", "中科驭数")]),
    ]),
    Fo("AI 基础设施与 eBPF 应用分论坛", "阚立峰", "蚂蚁集团 操作系统技术专家", [
        T("13:30", "14:10", "大模型推理服务的 NUMA 亲和与 CPU 隔离", [S("钟婉清", "百度智能云")]),
        T("14:10", "14:50", "eBPF-based GPU Kernel Launch Tracing for LLM Training", [S("车文博", "快手")]),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "用 sched_ext 为 KV Cache 预取线程定制调度", [S("毕雅婷", "小红书")]),
        T("15:50", "16:30", "XDP 在 RDMA 管理网上的流量采样", [S("严俊豪", "中国移动云能力中心")]),
    ]),
]

# ---------------------------------------------------------------------------
# 2. CLK 2922 (第917届), 张家口, 河北北方学院, Saturday 2922-10-24: 2023 near black, 1440 wide, grid 2 + 3.
#    主论坛 and the two wide boxes print 'company job'; the three narrow boxes print 'name company'.
FORUMS_B = [
    Fo("主论坛", "郗文涛", "河北北方学院信息科学与工程学院 院长", [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:20", "嘉宾致辞", [S("武振国", "河北北方学院 副校长")]),
        T("09:20", "10:00", "国产操作系统内核的长期支持与安全更新机制", [S("关志强", "麒麟软件 内核首席专家")]),
        T("10:00", "10:40", "Memory Tiering in Practice: From CXL Pools to Page Promotion",
          [S("Sebastian Vogt", "Intel Principal Engineer")]),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:35", "端云协同下的 Linux 内核功耗治理", [S("蒋雨霏", "小米 系统软件部总监")]),
        T("11:35", "12:10", "openEuler 内核的多架构 CI 与回归测试体系", [S("郜鹏飞", "华为 openEuler 内核测试专家")]),
        B("12:10", "13:30", "午餐"),
    ]),
    Fo("内存管理与优化分论坛", "季婉婷", "OPPO 内存性能团队负责人", [
        T("13:30", "14:10", "zsmalloc 对象迁移的延迟优化", [S("何嘉伟", "OPPO 内核工程师")]),
        T("14:10", "14:50", "Per-VMA Lock 在 Android 应用启动中的收益", [S("练思琪", "小米 内存优化工程师")]),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "Userfaultfd-Based Live Migration for Memory-Heavy VMs", [S("汤晨阳", "深信服 虚拟化工程师")]),
        T("15:50", "16:30", "页面迁移与 NUMA Balancing 的开销分析", [S("马骁", "字节跳动 STE 工程师")]),
    ]),
    Fo("文件系统与存储分论坛", "包晓宇", "阿里云 存储内核负责人", [
        T("13:30", "14:10", "FUSE over io_uring 的请求分发设计", [S("符健", "阿里云 内核工程师")]),
        T("14:10", "14:50", "NVMe 多路径在双控存储上的故障切换",
          [S("邝文静", "华为 存储内核工程师"), S("巩凯", "华为 存储工程师")]),
        T("14:50", "15:30", "f2fs 压缩文件的原子写与掉电一致性", [S("姚思远", "vivo 存储系统工程师")]),
        T("15:30", "16:10", "dm-verity 校验在车机冷启动中的延迟削减", [S("穆天宇", "理想汽车 系统工程师")]),
    ]),
    Fo("调度、性能与调试分论坛", "吉永强", "统信软件 内核研发总监", [
        T("13:30", "14:10", "调度域拓扑在多 Die 处理器上的负载均衡", [S("卫子墨", "海光信息")]),
        T("14:10", "14:50", "Lockdep Reports at Scale: Triage Without Tears", [S("Pablo Serrano", "Google")]),
        T("14:50", "15:30", "crash 与 drgn 联合分析内核卡死现场", [S("丁浩宇", "腾讯")]),
        T("15:30", "16:10", "基于 PMU 的在线性能退化检测", [S("黄子涵", "中国科学技术大学")]),
    ]),
    Fo("硬件架构与异构计算分论坛", "胥建平", "飞腾信息技术 系统软件部部长", [
        T("13:30", "14:10", "ARM64 服务器上 SME 上下文切换的开销", [S("缪晓峰", "阿里云")]),
        T("14:10", "14:50", "国产 GPU 驱动的 DRM 调度器适配", [S("冷雪", "摩尔线程")]),
        T("14:50", "15:30", "Running Linux on a 256-Core RISC-V SoC", [S("凌浩", "中国科学院计算技术研究所")]),
    ]),
    Fo("AI 基础设施与 eBPF 应用分论坛", "艾琳", "字节跳动 基础架构技术专家", [
        T("13:30", "14:10", "训练集群的 RDMA 拥塞在内核侧的观测", [S("边志伟", "阿里云")]),
        T("14:10", "14:50", "eBPF 实现推理服务的尾延迟归因", [S("石婧", "美团")]),
        T("14:50", "15:30", "GPU 显存与主机内存统一管理的 HMM 实践", [S("苗佳", "壁仞科技")]),
        P("15:30", "16:20", "圆桌讨论：AI 基础设施需要怎样的内核", S("景一帆", "CSDN"),
          [S("秦海龙", "华为"), S("方思远", "蚂蚁集团"), S("沈可欣", "浙江大学")]),
    ]),
]

# names of real speakers and hosts seen on the real posters (sets 75 and 86's REAL_NAMES lists); none may be used,
# and the listings' paths are checked too
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "徐静波", "祝嘉",
              "张子扬", "郭健", "彭志光", "司延腾", "殷锋卫", "谈鉴锋", "李治军", "许珉嘉", "郑琦", "宋牧春", "谢旻晟",
              "谢雨来", "罗宏震", "郭纯海", "黎红波", "廖远鸿", "伍勃", "杨欢", "卢烈", "王建政", "杨阳", "LianboJiang",
              "慕冬亮", "甄鹏", "朱彦军", "韩传华", "路旭", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻", "朱维希", "陆扬",
              "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "左泽", "王海粟", "江锋", "黄睿", "李扬韬", "尹欣", "谢欢",
              "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇", "胡璞", "谢柳杰", "李培锋"]

A = {
    "key": "A", "edition": "CLK 2921", "year": "2921", "nth": "第916届中国", "date": "2921-10-25",
    "date_printed": "2921年10月25日", "city": "岳阳", "school": "湖南理工学院",
    "school_en": "HUNAN INSTITUTE OF SCIENCE AND TECHNOLOGY", "hall": ["湖南理工学院南院", "图文信息中心学术报告厅"],
    "file": "clk2921-yueyang-royalblue-1242-grid-3-2.jpg", "width": 1242, "k": 1.15,
    "intro": ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）举办至今已第916届，由高校与英特尔、华为、阿里云、"
              "腾讯云、字节跳动、vivo、OPPO、蚂蚁集团、龙芯中科等单位发起，以“自由 协作 创新”为理念，以开源技术的推广"
              "和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步，现诚邀广大 Linux 开发者和爱好者参加本次大会。"),
    "intro2": ("本次大会由湖南理工学院承办，上午为主论坛，下午内存管理与优化、文件系统与存储、调度性能与调试、硬件架构与"
               "异构计算、AI 基础设施与 eBPF 应用五个分论坛同时进行。"),
    "sponsors": ["湖南理工学院", "华为", "阿里云", "腾讯云", "字节跳动", "vivo", "OPPO", "荣耀"],
    "support": ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "统信软件", "麒麟软件", "龙芯中科"],
    "media": ["CSDN", "InfoQ", "思否", "开源中国"],
    "slogan": "一同探索 Linux 内核之美",
    "seed": 2921, "forums": FORUMS_A,
}
Bd = {
    "key": "B", "edition": "CLK 2922", "year": "2922", "nth": "第917届中国", "date": "2922-10-24",
    "date_text": "2922年10月24日", "city": "张家口", "addr": "地址：河北北方学院 图书馆报告厅",
    "file": "clk2922-zhangjiakou-nearblack-1440-grid-2-3.jpg", "width": 1440, "k": 1.333,
    "intro": ("CLK 即“中国 Linux 内核开发者大会”（以下简称 CLK）举办至今已第 917 届，由高校与华为、阿里云、腾讯、字节跳动、"
              "OPPO、vivo、小米、麒麟软件、海光信息等企业共同发起，以“自由，协作，创新”为理念，以开源技术的推广和普及为"
              "使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由河北北方学院承办，上午为主论坛，下午五个"
              "分论坛同时进行，现诚邀广大 Linux 开发者和爱好者参加。"),
    "units": ["河北北方学院", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "小米", "麒麟软件", "海光信息",
              "飞腾", "统信软件"],
    "media": ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "SegmentFault"],
    "foot": "主办：中国 Linux 内核开发者大会组委会　承办：河北北方学院",
    "seed": 2922, "forums": FORUMS_B,
}
EDITIONS = [A, Bd]

# ===========================================================================
# CLK 2921: the organisers' 2024 royal blue (palette after set 75's 'A')
PAL_A = {"bg": ((24, 74, 236), (2, 34, 196)), "title": (62, 222, 255), "aff": (172, 184, 255), "label": (200, 120, 255),
         "name": (236, 248, 255), "time": (246, 255, 255), "line": (110, 170, 255), "dot": (90, 220, 255),
         "band": ((0, 160, 236), (0, 70, 210)), "bar": ((60, 220, 255), (30, 110, 240)),
         "head": ((150, 245, 255), (255, 255, 255)), "box": (70, 220, 255), "plate": ((52, 214, 240), (40, 120, 240)),
         "glow": [(90, 220, 255), (120, 90, 255), (60, 200, 255)], "hole": (16, 50, 200), "pale": (204, 222, 255),
         "frame": (130, 200, 255), "panel": (90, 150, 255), "sky": (40, 100, 240), "tab": (8, 40, 170)}


def header(im, d, W, ed, pal, k):
    """Logo lines, the school, '第N届中国' over 'Linux内核开发者大会', the ring, the date pill, the address."""
    X1 = W - 44 * k
    logo_lines(d, 44 * k, 44 * k, WHITE, pal["box"], k)
    sf = font(round(30 * k), True)
    sx = X1 - max(tw(d, ed["school"], sf), tw(d, ed["school_en"], font(round(12 * k), True)))
    d.ellipse([sx - 68 * k, 40 * k, sx - 12 * k, 96 * k], outline=WHITE, width=3)  # the school's seal
    d.ellipse([sx - 56 * k, 52 * k, sx - 24 * k, 84 * k], outline=WHITE, width=2)
    d.text((sx, 40 * k), ed["school"], font=sf, fill=WHITE)
    d.text((sx, 80 * k), ed["school_en"], font=font(round(12 * k), True), fill=pal["pale"])
    display(im, 60 * k, 176 * k, ed["nth"], round(84 * k), WHITE, WHITE, 0.12)
    display(im, 60 * k, 282 * k, "Linux内核开发者大会", round(84 * k), pal["head"][0], WHITE, 0.12)
    for j in range(26):  # the dashes under the title
        x = 64 * k + j * 20 * k
        d.polygon([(x + 6 * k, 396 * k), (x + 14 * k, 396 * k), (x + 8 * k, 408 * k), (x, 408 * k)], fill=pal["line"])
    cx, cy = W - 200 * k, 560 * k
    for j in range(3):  # the ring with the year and CLK
        r = (92 + j * 22) * k
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=tuple(max(0, c - j * 30) for c in pal["line"]),
                  width=max(1, 4 - j))
    ctext(d, cx, cy - 52 * k, ed["year"], font(round(24 * k), True), pal["title"])
    ctext(d, cx, cy - 22 * k, "CLK", font(round(54 * k), True), WHITE)
    pf = font(round(32 * k), True)
    pw = tw(d, ed["date_printed"], pf) + tw(d, ed["city"], pf) + 100 * k
    y0 = 440 * k
    d.rounded_rectangle([60 * k, y0, 60 * k + pw, y0 + 62 * k], radius=12 * k, outline=pal["box"], width=3)
    d.rectangle([52 * k, y0 + 14 * k, 60 * k, y0 + 48 * k], fill=pal["box"])
    d.rectangle([60 * k + pw, y0 + 14 * k, 68 * k + pw, y0 + 48 * k], fill=pal["box"])
    d.text((86 * k, y0 + 7 * k), ed["date_printed"], font=pf, fill=WHITE)
    px = 86 * k + tw(d, ed["date_printed"], pf) + 16 * k
    pin75(d, px, y0 + 15 * k, pal["box"], k, pal["hole"])
    d.text((px + 32 * k, y0 + 7 * k), ed["city"], font=pf, fill=WHITE)
    af = font(round(36 * k), True)
    d.text((60 * k, 570 * k), "地址：" + ed["hall"][0], font=af, fill=WHITE)
    d.text((60 * k + tw(d, "地址：", af), 622 * k), ed["hall"][1], font=af, fill=WHITE)
    return 730 * k


def intro_box(im, d, W, y, ed, pal, k):
    X0, X1 = 70 * k, W - 70 * k
    f = font(round(23 * k))
    lines = wrap(d, "　　" + ed["intro"], f, X1 - X0 - 90 * k) + wrap(d, "　　" + ed["intro2"], f, X1 - X0 - 90 * k)
    lh = 44 * k
    h = len(lines) * lh + 80 * k
    tint(im, (X0, y, X1, y + h), pal["panel"], 0.22)
    for cx, cy, sx, sy in ((X0, y, 1, 1), (X1, y, -1, 1), (X0, y + h, 1, -1), (X1, y + h, -1, -1)):
        d.line([(cx - 8 * sx, cy - 8 * sy), (cx + 60 * k * sx, cy - 8 * sy)], fill=pal["box"], width=round(8 * k))
        d.line([(cx - 8 * sx, cy - 8 * sy), (cx - 8 * sx, cy + 60 * k * sy)], fill=pal["box"], width=round(8 * k))
    yy = y + 40 * k
    for ln in lines:
        d.text((X0 + 45 * k, yy), ln, font=f, fill=WHITE)
        yy += lh
    return y + h


def heading_plate(im, d, W, y, text, pal, size):
    """A label on a plate with a slanted end ('大会议程', '赞助单位')."""
    f = font(size, True)
    w = tw(d, text, f) + 150 * size / 46
    x0, x1 = W / 2 - w / 2, W / 2 + w / 2
    h = size + 40
    d.rounded_rectangle([x0, y, x1, y + h], radius=14, fill=pal["plate"][1])
    hgrad(d, x0 + 8, y, x1 - 8, y + h, pal["plate"][1], pal["plate"][0])
    d.line([(x0 - 60, y + h + 10), (x0 + w * 0.4, y + h + 10)], fill=pal["box"], width=6)
    d.line([(x1 - w * 0.3, y - 10), (x1 + 50, y - 10)], fill=pal["box"], width=6)
    tw_ = tw(d, text, f)
    display(im, W / 2 - tw_ / 2, y + 12, text, size, WHITE, WHITE, 0.2)
    return y + h


def units(d, X0, X1, y, names, cols, k):
    gap, bh = 26 * k, 76 * k
    bw = (X1 - X0 - (cols - 1) * gap) / cols
    for i, u in enumerate(names):
        bx, by = X0 + (i % cols) * (bw + gap), y + (i // cols) * (bh + gap)
        d.rectangle([bx, by, bx + bw, by + bh], outline=(236, 240, 255), width=2)
        f = font(round(30 * k), True)
        ctext(d, bx + bw / 2, by + 17 * k, fits(d, u, f, bw - 20), f, WHITE)
    return y + ((len(names) + cols - 1) // cols) * (bh + gap)


def footer(im, d, W, y, ed, pal, k):
    X0, X1 = 180 * k, W - 180 * k
    ps = round(40 * k)
    y = heading_plate(im, d, W, y, "赞助单位", pal, ps) + 70 * k
    y = units(d, X0, X1, y, ed["sponsors"], 2, k) + 70 * k
    y = heading_plate(im, d, W, y, "支持单位", pal, ps) + 70 * k
    y = units(d, X0, X1, y, ed["support"], 2, k) + 70 * k
    y = heading_plate(im, d, W, y, "支持媒体", pal, ps) + 70 * k
    y = units(d, X0, X1, y, ed["media"], 2, k) + 90 * k
    q = 288 * k
    d.rectangle([W / 2 - q / 2 - 16 * k, y - 16 * k, W / 2 + q / 2 + 16 * k, y + q + 16 * k], outline=WHITE, width=3)
    qrcode(d, W / 2 - q / 2, y, q, ed["seed"])
    y += q + 50 * k
    tf = font(round(56 * k), True)
    display(im, W / 2 - tw(d, "扫码报名", tf) / 2, y, "扫码报名", round(56 * k), WHITE, WHITE, 0.2)
    ctext(d, W / 2, y + 100 * k, "300份现场礼品，先到先得", font(round(27 * k)), pal["pale"])
    ctext(d, W / 2, y + 146 * k, "活动解释权归主办方所有", font(round(27 * k)), pal["pale"])
    sf = font(round(44 * k), True)
    display(im, W / 2 - tw(d, ed["slogan"], sf) / 2, y + 230 * k, ed["slogan"], round(44 * k), pal["head"][0],
            pal["title"], 0.2)
    return int(round(y + 560 * k))


def background_a(ed):
    pal = PAL_A
    k = ed["k"]

    def background(w, h):
        im = vgrad(w, h, *pal["bg"])
        im = glow(im, int(w - 200 * k), int(560 * k), int(380 * k), pal["glow"][0], 0.5)
        im = glow(im, int(60 * k), int(1200 * k), int(320 * k), pal["glow"][1], 0.25)
        for j, yy in enumerate(range(int(2400 * k), h - 900, int(1500 * k))):
            im = glow(im, w - 60 if j % 2 else 60, yy, int(360 * k), pal["glow"][2 if j % 2 else 1], 0.2)
        d = ImageDraw.Draw(im)
        for i in range(8):  # light streaks behind the ring
            d.line([(w * 0.48 + i * 70 * k, 0), (w, 360 * k - i * 40 * k)], fill=pal["sky"], width=2)
        rnd = random.Random(ed["seed"])
        for _ in range(60):  # specks of light in the head
            x, yy = rnd.randrange(int(w * 0.52), w - 20), rnd.randrange(int(120 * k), int(420 * k))
            r = rnd.choice((1, 1, 2, 3))
            d.ellipse([x - r, yy - r, x + r, yy + r], fill=(200, 220, 255))
        for i in range(10):  # a skyline of bars at the foot
            x = 60 * k + i * 112 * k
            hh = (60 + (i * 53) % 140) * k
            d.rectangle([x, h - hh, x + 70 * k, h], fill=pal["sky"])
            for r in range(int(hh // (22 * k))):
                d.rectangle([x + 14 * k, h - hh + (8 + r * 22) * k, x + 56 * k, h - hh + (14 + r * 22) * k],
                            fill=tuple(min(255, c + 30) for c in pal["sky"]))
        return grain(im, ed["seed"], 0.03)
    return background


# ---- CLK 2921's 主论坛: the 2024 rows across the width (after set 75's row / band / heading_wide)
def a_speaker(d, x, y, sp, pal, k, rx, paint):
    nf, af = font(round(28 * k)), font(round(18 * k))
    name = pad(sp["name"])
    nw = max(tw(d, name, nf), tw(d, "王\u3000王", nf))
    ax = x + nw + 18 * k
    if ax + tw(d, sp["aff"], af) <= rx:
        if paint:
            d.text((x, y), name, font=nf, fill=pal["name"])
            d.text((ax, y + 11 * k), sp["aff"], font=af, fill=pal["aff"])
        return y + 42 * k
    assert False, ("speaker line too wide", sp)


def a_main(im, d, ed, X0, X1, y, log, paint):
    pal, k = PAL_A, ed["k"]
    f = ed["forums"][0]
    x = X0 + 4 * k
    if paint:  # '▶▶ 主论坛', the host at the right with the unit under it, a gradient bar
        for j in range(2):
            d.polygon([(x + j * 28 * k, y + 10 * k), (x + j * 28 * k + 24 * k, y + 34 * k),
                       (x + j * 28 * k, y + 58 * k)], fill=pal["box"])
        display(im, x + 78 * k, y - 6 * k, f["name"], round(62 * k), *pal["head"])
        hf, uf = font(round(28 * k), True), font(round(17 * k))
        name = pad(f["host"])
        w = max(tw(d, "主持人：", hf) + tw(d, name, font(round(28 * k))), tw(d, f["unit"], uf))
        hx = X1 - w
        d.text((hx, y + 2 * k), "主持人：", font=hf, fill=pal["label"])
        d.text((hx + tw(d, "主持人：", hf), y + 2 * k), name, font=font(round(28 * k)), fill=pal["name"])
        d.text((hx, y + 46 * k), f["unit"], font=uf, fill=pal["aff"])
    y += 96 * k
    if paint:
        hgrad(d, X0 - 4 * k, y, X1 + 4 * k, y + 14 * k, *pal["bar"])
    y += 14 * k + 60 * k
    TX, LX, CX, RX = 100 * k, 336 * k, 380 * k, X1
    top = y - 30 * k
    tf, rf = font(round(29 * k), True), font(round(28 * k), True)
    for s in f["slots"]:
        if s["kind"] == "break" and s["title"] not in MEALS:  # 开场: a plain row, as the 2024 agenda prints it
            if paint:
                d.text((TX, y), rng(s), font=rf, fill=pal["time"])
                d.ellipse([LX - 6 * k, y + 12 * k, LX + 6 * k, y + 24 * k], fill=pal["dot"])
                d.text((CX, y), s["title"], font=tf, fill=pal["title"])
            y += 42 * k + 44 * k
            continue
        if s["kind"] == "break":
            h = 50 * k
            if paint:
                hgrad(d, TX - 12 * k, y - 4 * k, X1 - 40 * k, y + h - 4 * k, *pal["band"])
                d.text((TX, y + 2 * k), rng(s), font=rf, fill=pal["time"])
                d.ellipse([LX - 6 * k, y + 14 * k, LX + 6 * k, y + 26 * k], fill=WHITE)
            x = CX
            if s["title"] in MEALS:
                if paint:
                    meal_mark(d, x, y + 4 * k, s, WHITE, 0.9 * k)
                x += 46 * k
            if paint:
                d.text((x, y + 1 * k), s["title"], font=tf, fill=WHITE)
            y += h + 44 * k
            continue
        if paint:
            d.text((TX, y), rng(s), font=rf, fill=pal["time"])
            d.ellipse([LX - 6 * k, y + 12 * k, LX + 6 * k, y + 24 * k], fill=pal["dot"])
        lines = wrap_nicely(d, s["title"], tf, RX - CX)
        log[s["title"]] = lines
        for ln in lines:
            if paint:
                d.text((CX, y), ln, font=tf, fill=pal["title"])
            y += 42 * k
        y += 4 * k
        if s["kind"] == "panel":  # '主持人:' and '嘉　宾:' on lines of their own, as the 2024 agenda prints them
            lf = font(round(26 * k), True)
            if paint:
                d.text((CX, y + 4 * k), "主持人:", font=lf, fill=pal["label"])
            y += 46 * k
            y = a_speaker(d, CX, y, s["sp"][0], pal, k, RX, paint) + 10 * k
            if paint:
                d.text((CX, y + 4 * k), "嘉\u3000宾:", font=lf, fill=pal["label"])
            y += 52 * k
            for sp in s["sp"][1:]:
                y = a_speaker(d, CX, y, sp, pal, k, RX, paint)
        else:
            for sp in s["sp"]:
                y = a_speaker(d, CX, y, sp, pal, k, RX, paint)
        y += 40 * k
    if paint:
        d.line([(LX, top), (LX, y - 20 * k)], fill=pal["line"], width=2)
        hgrad(d, X0, y, X1, y + 6, pal["bar"][1], pal["bar"][0])
    return y + 6


# ---- CLK 2921's afternoon grid: framed boxes, a number tab over each, range tabs over the titles
def number_tab(im, d, cx, y, num, pal):
    """A slanted number tab '01'..'05' centred on a box's top edge."""
    h, w, sl = 44, 92, 9
    x = cx - w / 2
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], fill=pal["tab"])
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], outline=pal["box"], width=3)
    f = font(32, True)
    display(im, cx - tw(d, num, f) / 2, y + 1, num, 32, WHITE, pal["head"][0], 0.2)


def a_box(im, d, x0, x1, y, f, idx, log, paint):
    """One forum's box content between x0 and x1 (inner edges) from y; returns the bottom of its content."""
    pal = PAL_A
    W = x1 - x0
    cx = (x0 + x1) / 2
    y += 38
    nf = 30 if W < 400 else 34
    name_f = font(nf, True)
    fits(d, f["name"], name_f, W)
    if paint:
        display(im, cx - tw(d, f["name"], name_f) / 2 - 4, y, f["name"], nf, *pal["head"])
    y += nf + 24
    hf, nmf, uf = font(22, True), font(23), font(17)
    hw = tw(d, "主持人：", hf) + tw(d, pad(f["host"]), nmf)
    if paint:
        d.text((cx - hw / 2, y), "主持人：", font=hf, fill=pal["label"])
        d.text((cx - hw / 2 + tw(d, "主持人：", hf), y - 1), pad(f["host"]), font=nmf, fill=pal["name"])
        ctext(d, cx, y + 34, fits(d, f["unit"], uf, W), uf, pal["aff"])
    y += 70
    if paint:
        hgrad(d, x0, y, x1, y + 6, *pal["bar"])
    y += 6 + 28
    tf, rf = font(25, True), font(21, True)
    for s in f["slots"]:
        if s["kind"] == "break":
            if paint:
                hgrad(d, x0, y, x1, y + 46, *pal["band"])
                cup(d, x0 + 14, y + 8, WHITE, 0.85)
                d.text((x0 + 52, y + 8), rng(s) + "　" + s["title"], font=font(23, True), fill=WHITE)
            y += 46 + 28
            continue
        rw = tw(d, rng(s), rf) + 30
        if paint:  # the range in a tab with a cyan edge
            d.rectangle([x0, y, x0 + rw, y + 34], fill=pal["tab"])
            d.rectangle([x0, y, x0 + 5, y + 34], fill=pal["box"])
            d.text((x0 + 17, y + 3), rng(s), font=rf, fill=pal["time"])
        y += 34 + 12
        lines = wrap_nicely(d, s["title"], tf, W)
        log[s["title"]] = lines
        for ln in lines:
            if paint:
                d.text((x0, y), ln, font=tf, fill=pal["title"])
            y += 36
        y += 6
        for sp in s["sp"]:
            nm, af = font(23), font(18)
            name = pad(sp["name"])
            ax = x0 + tw(d, name, nm) + 16
            assert ax + tw(d, sp["aff"], af) <= x1, ("grid speaker too wide", sp)
            if paint:
                d.text((x0, y), name, font=nm, fill=pal["name"])
                d.text((ax, y + 5), sp["aff"], font=af, fill=pal["aff"])
            y += 36
        y += 26
    return y


def a_grid(im, d, X0, X1, y, forums, rows, log, paint):
    """The afternoon grid: rows of boxes (rows = how many boxes each row holds), left to right, row by row."""
    gap, padx, pady = 22, 18, 14
    i = 0
    for n in rows:
        bw = (X1 - X0 - (n - 1) * gap) / n
        heights = []
        for j in range(n):
            bx = X0 + j * (bw + gap)
            heights.append(a_box(im, d, bx + padx, bx + bw - padx, y + pady, forums[i + j], i + j + 1, {}, False))
        bottom = max(heights) + pady
        for j in range(n):
            bx = X0 + j * (bw + gap)
            if paint:
                tint(im, (bx, y, bx + bw, bottom), PAL_A["panel"], 0.2)
                d.rounded_rectangle([bx, y, bx + bw, bottom], radius=10, outline=PAL_A["frame"], width=2)
                for cxx, cyy, sx, sy in ((bx, y, 1, 1), (bx + bw, y, -1, 1), (bx, bottom, 1, -1),
                                         (bx + bw, bottom, -1, -1)):
                    d.line([(cxx, cyy), (cxx + 34 * sx, cyy)], fill=PAL_A["box"], width=5)
                    d.line([(cxx, cyy), (cxx, cyy + 34 * sy)], fill=PAL_A["box"], width=5)
                number_tab(im, d, bx + bw / 2, y - 22, "%02d" % (i + j + 1), PAL_A)
            a_box(im, d, bx + padx, bx + bw - padx, y + pady, forums[i + j], i + j + 1, log, paint)
        i += n
        y = bottom + 64
    return y


def paint_a(ed, log):
    pal, k = PAL_A, ed["k"]

    def paint(im, d):
        W = im.size[0]
        real = im.size[1] > 8
        X0, X1 = round(70 * k), W - round(70 * k)
        y = header(im, d, W, ed, pal, k) + 40
        y = intro_box(im, d, W, y, ed, pal, k) + 110
        y = heading_plate(im, d, W, y, "大会议程", pal, round(50 * k)) + 110
        y = a_main(im, d, ed, X0, X1, y, log, real) + 90
        # the afternoon band
        bf = font(34, True)
        text = "下午　五个分论坛同时进行"
        if real:
            hgrad(d, W / 2 - 330, y, W / 2 + 330, y + 60, pal["band"][1], pal["band"][0])
            ctext(d, W / 2, y + 8, text, bf, WHITE)
        y += 60 + 70
        y = a_grid(im, d, 50, W - 50, y, ed["forums"][1:], (3, 2), log, real)
        return footer(im, d, W, y + 40, ed, pal, k)
    return paint


# ===========================================================================
# CLK 2922: the organisers' 2023 near black (palette after set 86's 'A')
PAL_B = {"bg": ((5, 12, 30), (3, 9, 23)), "title": (0, 243, 228), "aff": (40, 140, 255), "label": (206, 52, 232),
         "line": (20, 126, 255), "dot": (20, 126, 255), "band": (12, 42, 104), "bar": (0, 243, 228),
         "num": (0, 214, 200), "grey": (150, 160, 186), "glow1": (140, 60, 255), "glow2": (0, 160, 170),
         "shadow": (110, 40, 255), "streak": (58, 44, 140), "card": (10, 24, 52), "edge": (0, 150, 160)}
K = 1.0


def F(size, bold=False):
    return font(round(size * K), bold)


def k_(v):
    return round(v * K)


def slanted(im, x, y, text, f, fill, shadow, stroke=None, shear=0.2, off=6):
    """Heavy slanted lettering with an offset shadow (2023's '第18届中国' / '大会议程'), pasted as a sheared layer."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k_(40) + int(f.size * shear * 1.3), int(f.size * 1.5)
    lay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    dl = ImageDraw.Draw(lay)
    o = k_(off)
    dl.text((k_(10) + o, o), text, font=f, fill=shadow + (255,))
    dl.text((k_(10), 0), text, font=f, fill=fill + (255,), stroke_width=k_(1) if stroke else 0,
            stroke_fill=(stroke or fill) + (255,))
    lay = lay.transform(lay.size, Image.AFFINE, (1, shear, -shear * h * 0.75, 0, 1, 0), Image.BICUBIC)
    im.paste(lay, (int(x - k_(10)), int(y)), lay)
    return w


def outline_text(im, cx, y, text, f, col):
    """Hollow lettering: the stroke of the text without its fill (2023's 'AGENDA' / 'SUPPORT')."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k_(20), int(f.size * 1.4)
    m_full = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m_full).text((k_(10), 0), text, font=f, fill=255, stroke_width=k_(2), stroke_fill=255)
    m_in = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m_in).text((k_(10), 0), text, font=f, fill=255)
    mask = ImageChops.subtract(m_full, m_in)
    im.paste(Image.new("RGB", (w, h), col), (int(cx - w / 2), int(y)), mask)


def fading_numeral(im, x, y, text, f, col, bg):
    """The big numeral behind an afternoon forum's name, fading into the page towards its foot."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k_(20), int(f.size * 1.3)
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).text((k_(4), 0), text, font=f, fill=255)
    x0, y0, x1, y1 = mask.getbbox()
    low = tuple(int(bg[i] * 0.7 + col[i] * 0.3) for i in range(3))
    fill = Image.new("RGB", (w, h), low)
    fill.paste(vgrad(w, y1 - y0, col, low), (0, y0))
    im.paste(fill, (int(x), int(y)), mask)


def pin86(d, x, y, col, bg, s):
    """A map pin before the city in the date box."""
    d.ellipse([x, y, x + s, y + s], fill=col)
    d.polygon([(x + s * 0.1, y + s * 0.62), (x + s * 0.9, y + s * 0.62), (x + s / 2, y + s * 1.35)], fill=col)
    d.ellipse([x + s * 0.32, y + s * 0.3, x + s * 0.68, y + s * 0.66], fill=bg)


def logo(d, x, y, pal):
    """The organisers' logo lines: a two-leaf mark, 'CHINA LINUX KERNEL' over the Chinese name."""
    d.ellipse([x, y + k_(6), x + k_(40), y + k_(96)], fill=pal["line"])
    d.ellipse([x + k_(18), y, x + k_(62), y + k_(96)], fill=pal["title"])
    d.ellipse([x + k_(26), y + k_(14), x + k_(52), y + k_(92)], fill=pal["bg"][0])
    d.text((x + k_(84), y + k_(22)), "CHINA LINUX KERNEL", font=F(21, True), fill=WHITE)
    d.text((x + k_(84), y + k_(54)), "中国内核开发者大会", font=F(23, True), fill=WHITE)


def clk_mark(d, W, year, pal):
    """'CLK' with the year raised beside it, inside nested rounded outlines (top right)."""
    cx, cy = W - k_(270), k_(130)
    for i in range(7):
        r = k_(14) + i * k_(9)
        d.rounded_rectangle([cx - k_(190) - i * k_(9), cy - k_(70) - i * k_(9), cx + k_(190) + i * k_(9),
                             cy + k_(70) + i * k_(9)], radius=r + k_(30),
                            outline=tuple(int(c * (0.55 - i * 0.06)) for c in pal["title"]), width=k_(2))
    cf, yf = F(96, True), F(34, True)
    x = cx - (tw(d, "CLK", cf) + tw(d, year, yf) + k_(8)) / 2
    d.text((x, cy - k_(70)), "CLK", font=cf, fill=(214, 246, 250), stroke_width=k_(2), stroke_fill=pal["title"])
    d.text((x + tw(d, "CLK", cf) + k_(8), cy - k_(56)), year, font=yf, fill=WHITE)


def inline(d, x, base, runs):
    """Runs of (text, font, colour) on one baseline from x; returns the x after the last."""
    for text, f, col in runs:
        d.text((x, base), text, font=f, fill=col, anchor="ls")
        x += tw(d, text, f)
    return x


def background_b(ed):
    pal = PAL_B

    def bg(w, h):
        im = vgrad(w, h, *pal["bg"])
        im = glow(im, w - k_(120), k_(300), k_(420), pal["glow1"], 0.55)
        im = glow(im, k_(60), k_(1100), k_(300), pal["glow2"], 0.25)
        for j, yy in enumerate(range(k_(2400), h - k_(800), k_(1900))):
            im = glow(im, w - k_(40) if j % 2 else k_(40), yy, k_(380), pal["glow1"] if j % 2 else pal["glow2"], 0.22)
        d = ImageDraw.Draw(im)
        rnd = random.Random(ed["seed"])
        for i in range(14):  # swirling streaks around the sphere of the header
            r = k_(220) + i * k_(22)
            cx, cy = w - k_(300), k_(760)
            d.arc([cx - r * 1.6, cy - r * 0.6, cx + r * 1.6, cy + r * 0.6], 160 + i * 3, 350,
                  fill=tuple(int(c * (0.75 - i * 0.04)) for c in (pal["glow2"] if i % 3 else pal["glow1"])),
                  width=k_(2))
        cx, cy, r = w - k_(300), k_(740), k_(160)
        for j in range(r, 0, -2):  # the sphere: a lit disc, brighter at the top left
            t = j / r
            col = tuple(int(pal["glow1"][c] * (1 - t) * 0.9 + pal["shadow"][c] * t * 0.55) for c in range(3))
            d.ellipse([cx - j - (r - j) * 0.35, cy - j - (r - j) * 0.45, cx + j - (r - j) * 0.35,
                       cy + j - (r - j) * 0.45], fill=col)
        for j in range(4):  # streaks low on the sides, as the 2023 image has them
            yy = rnd.randrange(k_(2500), max(k_(2600), h - k_(1500)))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - k_(260)), yy - k_(300))], fill=pal["streak"], width=k_(3))
        return grain(im, ed["seed"], 0.012)
    return bg


# ---- CLK 2922's 主论坛: the 2023 timeline across the width (after set 86's heading / slot)
def b_speaker(d, x, y, sp, pal, right, paint, nsize=28, asize=22):
    runs = [(pad(sp["name"]), F(nsize), WHITE), ("　", F(asize), WHITE), (sp["aff"], F(asize), pal["aff"])]
    w = sum(tw(d, t, f) for t, f, _ in runs)
    assert x + w <= right, ("speaker line too wide", sp)
    if paint:
        inline(d, x, y + k_(30), runs)
    return y + k_(40)


def b_main(im, d, ed, X0, X1, y, log, paint):
    pal = PAL_B
    f = ed["forums"][0]
    if paint:
        d.text((X0, y + k_(40)), f["name"], font=F(52, True), fill=WHITE)
    y += k_(40) + k_(80)
    runs = [("主持人：", F(26), pal["label"]), (pad(f["host"]), F(27), WHITE), ("　", F(20), WHITE),
            (f["unit"], F(20), pal["aff"])]
    if paint:
        inline(d, X0, y + k_(28), runs)
    y += k_(62)
    if paint:
        d.rectangle([X0, y, X1, y + k_(18)], fill=pal["bar"])
    y += k_(18) + k_(60)
    LX, CX = X0 + k_(208), X0 + k_(246)
    right = X1
    top = y
    for s in f["slots"]:
        if s["kind"] == "break" and s["title"] not in MEALS:  # 开幕: a plain row, as 2023 prints 开场
            if paint:
                d.text((X0, y + k_(3)), rng(s), font=F(30, True), fill=WHITE)
                d.ellipse([LX - k_(4), y + k_(19), LX + k_(4), y + k_(27)], fill=pal["dot"])
                d.text((CX, y), s["title"], font=F(30, True), fill=pal["title"])
            y += k_(80)
            continue
        if s["kind"] == "break":
            t = y - k_(27)
            if paint:
                d.rectangle([X0, t, X1, t + k_(82)], fill=pal["band"])
                d.text((X0, t + k_(20)), rng(s), font=F(30, True), fill=WHITE)
                d.ellipse([LX - k_(4), t + k_(37), LX + k_(4), t + k_(45)], fill=pal["dot"])
                d.text((CX, t + k_(17)), s["title"], font=F(30, True), fill=pal["title"])
            y = t + k_(82) + k_(80)
            continue
        if paint:
            d.text((X0, y + k_(3)), rng(s), font=F(30, True), fill=WHITE)
            d.ellipse([LX - k_(4), y + k_(19), LX + k_(4), y + k_(27)], fill=pal["dot"])
        tl = wrap_nicely(d, s["title"], F(30, True), right - CX)
        log[s["title"]] = tl
        for ln in tl:
            if paint:
                d.text((CX, y), ln, font=F(30, True), fill=pal["title"])
            y += k_(40)
        for sp in s["sp"]:
            y = b_speaker(d, CX, y, sp, pal, right, paint)
        y += k_(40)
    bar = y - k_(62)
    if paint:
        d.line([(LX, top - k_(60)), (LX, bar)], fill=pal["line"], width=k_(2))
        d.rectangle([X0, bar, X1, bar + k_(14)], fill=pal["bar"])
    return bar + k_(14)


# ---- CLK 2922's afternoon grid: dark cards with a teal edge, a fading numeral behind each heading
def b_name_lines(d, name, f, W):
    """A forum's name on one line, or over two where the narrow box cannot hold it: broken at the space that
    gives the most even lines (as a designer breaks 'AI 基础设施与' / 'eBPF 应用分论坛')."""
    if tw(d, name, f) <= W:
        return [name]
    cuts = [m.start() for m in re.finditer(" ", name)]
    best = min(cuts, key=lambda c: max(tw(d, name[:c], f), tw(d, name[c + 1:], f)))
    lines = [name[:best], name[best + 1:]]
    assert all(tw(d, ln, f) <= W for ln in lines), lines
    return lines


def b_box(im, d, x0, x1, y, f, idx, log, paint):
    pal = PAL_B
    W = x1 - x0
    wide = W > 500
    top = y
    if paint:
        fading_numeral(im, x0 - 6, y - 8, "%02d" % idx, font(96, True), pal["num"], pal["card"])
    nf = font(36 if wide else 30, True)
    lines = b_name_lines(d, f["name"], nf, W)
    log["_name_" + f["name"]] = lines
    y += 74
    for ln in lines:
        if paint:
            d.text((x0, y), ln, font=nf, fill=WHITE, stroke_width=1, stroke_fill=pal["card"])
        y += nf.size + 12
    y += 8
    lf, hn, uf = font(23), font(25), font(19)
    if wide:  # 主持人：name　unit on one line
        runs = [("主持人：", lf, pal["label"]), (pad(f["host"]), hn, WHITE), ("　", uf, WHITE), (f["unit"], uf, pal["aff"])]
        assert sum(tw(d, t, ff) for t, ff, _ in runs) <= W
        if paint:
            inline(d, x0, y + 26, runs)
        y += 40
    else:  # 主持人：name, the unit under it
        if paint:
            inline(d, x0, y + 26, [("主持人：", lf, pal["label"]), (pad(f["host"]), hn, WHITE)])
            d.text((x0, y + 38), fits(d, f["unit"], uf, W), font=uf, fill=pal["aff"])
        y += 70
    y += 12
    if paint:
        d.rectangle([x0, y, x1, y + 9], fill=pal["bar"])
    y += 9 + 30
    tf, rf = font(27 if wide else 26, True), font(25, True)
    for s in f["slots"]:
        if s["kind"] == "break":
            if paint:
                d.rectangle([x0, y - 4, x1, y + 48], fill=pal["band"])
                d.text((x0 + 14, y + 6), rng(s), font=rf, fill=WHITE)
                d.text((x0 + 14 + tw(d, rng(s), rf) + 26, y + 5), s["title"], font=font(26, True), fill=pal["title"])
            y += 52 + 30
            continue
        if paint:
            d.ellipse([x0, y + 12, x0 + 10, y + 22], fill=pal["dot"])
            d.text((x0 + 20, y), rng(s), font=rf, fill=WHITE)
        y += 40
        tl = wrap_nicely(d, s["title"], tf, W)
        log[s["title"]] = tl
        for ln in tl:
            if paint:
                d.text((x0, y), ln, font=tf, fill=pal["title"])
            y += 37
        y += 4
        nsz, asz = 25, 19
        if s["kind"] == "panel":  # 主持：name company, then 嘉宾： and one guest a line under it
            lab = font(23, True)
            ind = tw(d, "嘉宾：", lab)
            if paint:
                d.text((x0, y + 6), "主持：", font=lab, fill=pal["label"])
            y = b_speaker_px(d, x0 + ind, y, s["sp"][0], pal, x1, paint, nsz, asz)
            if paint:
                d.text((x0, y + 6), "嘉宾：", font=lab, fill=pal["label"])
            for sp in s["sp"][1:]:
                y = b_speaker_px(d, x0 + ind, y, sp, pal, x1, paint, nsz, asz)
        else:
            for sp in s["sp"]:
                y = b_speaker_px(d, x0, y, sp, pal, x1, paint, nsz, asz)
        y += 28
    return y


def b_speaker_px(d, x, y, sp, pal, right, paint, nsize, asize):
    runs = [(pad(sp["name"]), font(nsize), WHITE), ("　", font(asize), WHITE), (sp["aff"], font(asize), pal["aff"])]
    w = sum(tw(d, t, f) for t, f, _ in runs)
    assert x + w <= right, ("grid speaker too wide", sp, x + w, right)
    if paint:
        inline(d, x, y + 28, runs)
    return y + 38


def b_grid(im, d, X0, X1, y, forums, rows, log, paint):
    pal = PAL_B
    gap, padx, pady = 28, 24, 22
    i = 0
    for n in rows:
        bw = (X1 - X0 - (n - 1) * gap) / n
        heights = []
        for j in range(n):
            bx = X0 + j * (bw + gap)
            heights.append(b_box(im, d, bx + padx, bx + bw - padx, y + pady, forums[i + j], i + j + 1, {}, False))
        bottom = max(heights) + pady
        for j in range(n):
            bx = X0 + j * (bw + gap)
            if paint:
                d.rounded_rectangle([bx, y, bx + bw, bottom], radius=12, fill=pal["card"], outline=pal["edge"], width=2)
                d.rectangle([bx + 24, y - 3, bx + 120, y + 3], fill=pal["bar"])
            b_box(im, d, bx + padx, bx + bw - padx, y + pady, forums[i + j], i + j + 1, log, paint)
        i += n
        y = bottom + 56
    return y


def paint_b(ed, log):
    pal = PAL_B

    def paint(im, d):
        W = im.size[0]
        real = im.size[1] > 8
        X0, X1 = k_(90), W - k_(105)
        logo(d, X0, k_(40), pal)
        clk_mark(d, W, ed["year"], pal)
        slanted(im, X0, k_(262), ed["nth"], F(80, True), WHITE, pal["shadow"])
        slanted(im, X0, k_(352), "Linux 内核开发者大会", F(80, True), WHITE, pal["shadow"])
        bf = F(34, True)
        bw = tw(d, ed["date_text"], bf) + k_(30) + k_(30) + tw(d, ed["city"], bf) + k_(70)
        d.rectangle([X0, k_(476), X0 + bw, k_(538)], outline=WHITE, width=k_(2))
        d.line([(X0 + k_(30), k_(470)), (X0 + k_(90), k_(470))], fill=WHITE, width=k_(4))
        d.line([(X0 + bw - k_(90), k_(544)), (X0 + bw - k_(30), k_(544))], fill=WHITE, width=k_(4))
        x = X0 + k_(36)
        d.text((x, k_(484)), ed["date_text"], font=bf, fill=WHITE)
        x += tw(d, ed["date_text"], bf) + k_(30)
        pin86(d, x, k_(490), WHITE, pal["bg"][0], k_(26))
        d.text((x + k_(36), k_(484)), ed["city"], font=bf, fill=WHITE)
        d.text((X0, k_(584)), ed["addr"], font=F(34, True), fill=WHITE)
        y = k_(880)
        top = y
        y = para(d, X0 + k_(30), y + k_(34), ed["intro"], F(24), (224, 230, 240), X1 - X0 - k_(60), k_(48)) + k_(24)
        d.rectangle([X0, top, X1, y], outline=tuple(int(c * 0.45) for c in pal["title"]), width=k_(2))
        y += k_(150)
        outline_text(im, W / 2, y + k_(16), "AGENDA", F(110, True), tuple(int(c * 0.6) for c in pal["title"]))
        f66 = F(68, True)
        slanted(im, W / 2 - tw(d, "大会议程", f66) / 2, y, "大会议程", f66, WHITE, pal["shadow"])
        y += k_(250)
        y = b_main(im, d, ed, X0, X1, y, log, real) + k_(110)
        # the afternoon: a heading over the grid
        f44 = F(46, True)
        t = "分论坛议程"
        if real:
            slanted(im, W / 2 - tw(d, t, f44) / 2, y, t, f44, WHITE, pal["shadow"])
            ctext(d, W / 2, y + k_(80), "下午 13:30 起　五个分论坛同时进行", F(24), pal["grey"])
        y += k_(160)
        y = b_grid(im, d, 70, W - 70, y, ed["forums"][1:], (2, 3), log, real) + k_(60)
        for label, hol, us in (("支持单位", "SUPPORT", ed["units"]), ("支持媒体", "SUPPORT", ed["media"])):
            outline_text(im, W / 2, y + k_(14), hol, F(96, True), tuple(int(c * 0.6) for c in pal["title"]))
            f60 = F(60, True)
            slanted(im, W / 2 - tw(d, label, f60) / 2, y, label, f60, WHITE, pal["shadow"])
            y += k_(170)
            bw, gap, bh = (X1 - X0 - 2 * k_(40)) / 3, k_(40), k_(106)
            for j, u in enumerate(us):
                bx, by = X0 + (j % 3) * (bw + gap), y + (j // 3) * (bh + k_(40))
                d.rectangle([bx, by, bx + bw, by + bh], outline=WHITE, width=k_(2))
                ff = F(34, True)
                ctext(d, bx + bw / 2, by + bh / 2 - k_(25), fits(d, u, ff, bw - k_(20)), ff, WHITE)
            y += ((len(us) + 2) // 3) * (bh + k_(40)) + k_(110)
        ctext(d, W / 2, y, ed["foot"], F(22), pal["grey"])
        return y + k_(100)
    return paint


def para(d, x, y, text, f, fill, maxw, lh):
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


# ===========================================================================
def draw(ed, log):
    global K
    if ed["key"] == "A":
        return two_pass(ed["width"], paint_a(ed, log), background_a(ed))
    K = ed["k"]
    return two_pass(ed["width"], paint_b(ed, log), background_b(ed))


LAYOUT_A = (
    "CLK 2921 (第916届), 岳阳, 湖南理工学院, 2921-10-25 (JPEG q85, %d x %d): ONE whole-agenda image in the organisers' "
    "2024 ROYAL BLUE (cyan titles, lavender company lines, violet labels, cyan-to-blue bands): logo lines, the school "
    "and 'HUNAN INSTITUTE OF SCIENCE AND TECHNOLOGY' at the top right, '第916届中国' over 'Linux内核开发者大会' in slanted "
    "type, a date pill '2921年10月25日' + pin + '岳阳', a ring '2921' / 'CLK', '地址：湖南理工学院南院' / "
    "'图文信息中心学术报告厅', a framed introduction with corner marks, '大会议程' on a plate. 主论坛 ACROSS THE TOP in "
    "the 2024 rows ('▶▶ 主论坛', '主持人：易建明' at the right with the unit under it, a gradient bar; the range at the "
    "left, a dot on a vertical line, the cyan title, the padded name and 'company job' after it): '09:00-09:05 开场' (a "
    "plain row, no speaker), '嘉宾致辞' by 龚振华 (湖南理工学院副校长), 欧阳立伟, the Latin speaker Henrik Aalto (Oracle "
    "Principal Kernel Engineer) with 'Folios Everywhere: Finishing' / 'the Page Cache Conversion', a 茶歇 band, 邵明哲 "
    "over 亓佳怡 (two speakers, both 阿里云), the round table '圆桌论坛：开源内核人才如何从高校走向社区' with '主持人:' and "
    "'嘉　宾:' on lines of their own (moderator 晁立新, guests 俞海波, 詹雪梅, 任嘉乐), '12:10-13:30 午餐' (a band with a "
    "bowl). Then a band '下午　五个分论坛同时进行' and the afternoon GRID of framed boxes, THREE in the first row (01 "
    "内存管理与优化分论坛, 02 文件系统与存储分论坛, 03 调度、性能与调试分论坛, each 366 px wide) and TWO under them (04 "
    "硬件架构与异构计算分论坛, 05 AI 基础设施与 eBPF 应用分论坛, 560 px), boxes of a row as tall as the tallest: a slanted "
    "number tab on the box's top edge, the forum's name centred (slanted gradient, 30/34 px), '主持人：name' centred "
    "with the unit under it, a bar; per talk the range in a dark TAB with a cyan edge, the title (25 px, wrapping over "
    "two or three lines in the narrow boxes, also inside words: '基于 MGLRU 的工' / '作集估计与主动回收'), then 'padded "
    "name  company' (the company ALONE, 18 px, no job). 茶歇 bands in 01, 03 and 05; 滕　俊 over 佘志鹏 (two speakers, "
    "both 龙芯中科) in 04; the Latin speaker Lucas Ferreira (Red Hat) with 'Tracing Scheduler' / 'Latency with BPF and "
    "rtla' in 03; English titles 'HugeTLB Vmemmap' / 'Optimization on' / 'ARM64 Servers' (three lines) and "
    "'eBPF-based GPU Kernel Launch' / 'Tracing for LLM Training'. Sponsors, support units and media in boxes, a QR code, "
    "'扫码报名', a slogan, a skyline. Uncommon surnames 亓 (亓佳怡), 晁 (晁立新, the moderator), 芮 (芮国强, host of 03), "
    "卞, 佘, 阚 (阚立峰, host of 05). 5 + 4 + 4 + 4 + 4 + 4 talks.")
LAYOUT_B = (
    "CLK 2922 (第917届), 张家口, 河北北方学院, 2922-10-24 (JPEG q85, %d x %d): ONE whole-agenda image in the organisers' "
    "2023 NEAR BLACK (teal titles and bars, blue company lines, magenta labels, dark-blue bands, violet glows and a "
    "sphere), drawn at 1440 px (head and 主论坛 sizes x 1.333): logo lines, 'CLK' with '2922' raised in nested "
    "outlines, a slanted '第917届中国' / 'Linux 内核开发者大会', an outlined box '2922年10月24日' + pin + '张家口', "
    "'地址：河北北方学院 图书馆报告厅', a framed introduction, '大会议程' over a hollow 'AGENDA'. 主论坛 ACROSS THE TOP in "
    "the 2023 timeline (name, '主持人：郗文涛　unit', a thick bar; the range at the left, a dot on a line, the teal "
    "title, 'padded name　company job'): '09:00-09:10 开幕' (a plain row, no speaker), '嘉宾致辞' by 武振国 (河北北方学院 "
    "副校长), 关志强, the Latin speaker Sebastian Vogt (Intel Principal Engineer) with 'Memory Tiering in Practice: From' "
    "/ 'CXL Pools to Page Promotion', a 茶歇 band, 蒋雨霏, 郜鹏飞, '12:10-13:30 午餐'. Then a slanted '分论坛议程' over "
    "'下午 13:30 起　五个分论坛同时进行' and the afternoon GRID of dark cards with a teal edge, TWO in the first row (01 "
    "内存管理与优化分论坛, 02 文件系统与存储分论坛, 587 px wide) and THREE under them (03 调度、性能与调试分论坛, 04 "
    "硬件架构与异构计算分论坛, 05 AI 基础设施与 eBPF 应用分论坛, 366 px), cards of a row as tall as the tallest: a big "
    "fading numeral '01'..'05' with the forum's name laid over its foot (36/30 px white; 05's name broken over TWO lines, "
    "'AI 基础设施与' / 'eBPF 应用分论坛'), '主持人：name' (in the wide cards with the unit beside it, in the narrow ones "
    "the unit under it), a thick bar; per talk a dot and the range (25 px white) on a line of its own, the teal title "
    "(27/26 px, wrapping in the narrow cards, also inside a word: 'eBPF 实现推理服' / '务的尾延迟归因'), 'padded name　"
    "company job' in the wide cards and 'padded name　company' (no job) in the narrow ones. A 茶歇 band in 01; 邝文静 "
    "over 巩　凯 (two speakers, both 华为) in 02; the Latin speaker Pablo Serrano (Google) with 'Lockdep Reports at "
    "Scale:' / 'Triage Without Tears' in 03; English titles 'Userfaultfd-Based Live Migration' / 'for Memory-Heavy VMs' "
    "(01) and 'Running Linux on a' / '256-Core RISC-V SoC' (04); the round table '圆桌讨论：' / 'AI 基础设施需要怎样的内核' "
    "closing 05, '主持：' before 景一帆 (CSDN) and '嘉宾：' before 秦海龙 (华为), 方思远 (蚂蚁集团) and 沈可欣 (浙江大学) "
    "indented under him. '支持单位' and '支持媒体' over outlined boxes, the organiser line. Uncommon surnames 郗 (郗文涛, "
    "host of 主论坛), 郜 (郜鹏飞), 练 (练思琪), 邝 (邝文静), 胥 (胥建平, host of 04), 缪 (缪晓峰). 5 + 4 + 4 + 4 + 3 + 4 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 75, 86): speakers are names as printed with spaces and "
    "the ideographic padding of two-character names removed ('滕　俊' -> '滕俊'; the Latin names 'Henrik Aalto' -> "
    "'HenrikAalto', 'Lucas Ferreira' -> 'LucasFerreira', 'Sebastian Vogt' -> 'SebastianVogt', 'Pablo Serrano' -> "
    "'PabloSerrano'); host is the chair printed after '主持人：' for the forum covering the slot (the unit beside or "
    "under it no part of it and no affiliation), null for breaks; start/end HH:MM on a 24-hour clock; where two speakers "
    "are printed each has his own affiliation, in printed order; an opening speech printed with a speaker ('嘉宾致辞') is "
    "a talk, a slot printed without one ('开场', '开幕') is a break; '午餐' closes 主论坛 as its break; a forum that "
    "prints no break after its last talk ends with that talk; every forum carries its edition's date. Two invented "
    "editions, each ONE whole-agenda image (as CLK2025's listing names CLK2025全部议程.jpg), each picture one entry "
    "holding its six forums in printed order (CLK2025's folder names, printed exactly): CLK 2921 (第916届, 岳阳, "
    "2921-10-25, JPEG q85, 1242 wide) and CLK 2922 (第917届, 张家口, 2922-10-24, JPEG q85, 1440 wide), both Saturdays; "
    "no talk and no person is on both. Headers, logo lines, introductions, addresses, date pills and boxes, '大会议程', "
    "the hollow 'AGENDA' and 'SUPPORT', the bands '下午　五个分论坛同时进行' and '分论坛议程' / '下午 13:30 起　五个分论坛"
    "同时进行', sponsors, support units, media, QR captions, slogans and organiser lines are never part of a name, a "
    "title or a slot. Judgement calls: (1) THE AFTERNOON GRID: the five afternoon forums stand in framed boxes, 3 + 2 "
    "on CLK 2921 and 2 + 3 on CLK 2922; they are read box by box, LEFT TO RIGHT and ROW BY ROW (01..05, which is "
    "CLK2025's folder order), and a box's talks belong to that box's forum and host ONLY, whatever stands level with "
    "them in the neighbouring boxes (the boxes' talks are not level with each other; each box's rows follow its own "
    "titles' heights); the numbers '01'..'05' (tabs on CLK 2921, fading numerals on CLK 2922) are no part of a forum's "
    "name. (2) CLK 2922 prints the name of forum 05 over TWO lines in its narrow card ('AI 基础设施与' / 'eBPF 应用分论坛'): "
    "it is ONE forum, 'AI 基础设施与 eBPF 应用分论坛', the two lines joined by a space; its numeral '05' stands behind the "
    "first line. (3) In the grid boxes the speaker line is 'padded name  company': the affiliation is the COMPANY "
    "ALONE as printed ('崔晓燕  荣耀' -> '荣耀', 'Lucas Ferreira  Red Hat' -> 'Red Hat'); in 主论坛 and in CLK 2922's two "
    "wide cards it is 'company job' as printed, with its space ('华为 操作系统首席架构师') or without one where the "
    "poster runs them together ('湖南理工学院副校长'). (4) A round table is ONE slot of kind 'panel' (as sets 66, 79 "
    "and 86): its speakers are the moderator first, then the guests in printed order, one affiliation each; the title "
    "keeps '圆桌论坛：' / '圆桌讨论：'; '主持人:', '嘉　宾:', '主持：' and '嘉宾：' are labels; the moderator is not the "
    "forum's host (晁立新 vs 易建明 in CLK 2921's 主论坛; 景一帆 vs 艾琳 in CLK 2922's forum 05, where the round table "
    "closes the box with the guests indented under the moderator). (5) Two speakers of one talk on two lines (邵明哲 and "
    "亓佳怡, 滕俊 and 佘志鹏, 邝文静 and 巩凯) are two speakers, each with his own printed company. (6) Titles wrapped "
    "over two or three lines are ONE title, joined with a space between Latin words and without one inside Chinese text, "
    "also where the break falls inside a Chinese word ('基于 MGLRU 的工' / '作集估计与主动回收' -> '基于 MGLRU 的工作集估计与"
    "主动回收'). (7) '嘉宾致辞' is printed on both pictures: two talks of two editions (different speakers). (8) The "
    "range of a grid talk is the one in the tab (CLK 2921) or after the dot (CLK 2922) directly above its title; a break "
    "band inside a box ('15:15-15:30　茶歇') is that box's forum's break.")


def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(posters, logs):
    for ed in EDITIONS:
        assert [f["name"] for f in ed["forums"]] == SIX
    everybody = people(FORUMS_A) + people(FORUMS_B)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
    listing = listing_texts()
    titles = []
    for p, ed in zip(posters, EDITIONS):
        assert saturday(p["date"]), p["date"]
        slots = [s for f in ed["forums"] for s in f["slots"]]
        assert any(s["kind"] == "panel" for s in slots)
        assert any(len(s["sp"]) == 2 and s["kind"] == "talk" for s in slots)
        assert any(re.match(r"[A-Za-z]", sp["name"]) for s in slots for sp in s["sp"])
        assert any(re.fullmatch(r"[A-Za-z0-9 :'_\-]+", s["title"]) for s in slots)
        assert {s["title"] for s in slots if s["kind"] == "break"} >= {"茶歇", "午餐"}
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break" and s["title"] != "嘉宾致辞"]
            prev = None
            for s in f["slots"]:  # slots follow one another without gaps or overlaps
                assert s["start"] < s["end"], s
                if prev is not None:
                    assert s["start"] == prev["end"], s
                prev = s
                assert (s["host"] is None) == (s["kind"] == "break"), s
                assert len(s["speakers"]) == len(s["affiliations"]), s
    assert len(titles) == len(set(titles))
    for n in everybody:
        assert plain(n) not in listing and n not in listing, n
    for t in titles:
        assert t not in listing, t
    for p, log in zip(posters, logs):
        assert all(len(v) <= 3 for v in log.values()), p["file"]
    names_wrapped = [(k, v) for log in logs for k, v in log.items() if k.startswith("_name_") and len(v) > 1]
    assert names_wrapped == [("_name_AI 基础设施与 eBPF 应用分论坛", ["AI 基础设施与", "eBPF 应用分论坛"])], names_wrapped
    assert logs[0]["HugeTLB Vmemmap Optimization on ARM64 Servers"] == ["HugeTLB Vmemmap", "Optimization on",
                                                                       "ARM64 Servers"]
    assert logs[0]["基于 MGLRU 的工作集估计与主动回收"] == ["基于 MGLRU 的工", "作集估计与主动回收"]
    assert logs[1]["eBPF 实现推理服务的尾延迟归因"] == ["eBPF 实现推理服", "务的尾延迟归因"]
    return sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break")


def main():
    posters, logs = [], []
    for ed, layout in zip(EDITIONS, (LAYOUT_A, LAYOUT_B)):
        log = {}
        im = draw(ed, log)
        assert im.size[0] == ed["width"] and 6000 <= im.size[1] <= 16000, im.size
        path = os.path.join(HERE, ed["file"])
        im.save(path, quality=85, optimize=True)
        print(ed["file"], "%d x %d" % im.size, os.path.getsize(path))
        posters.append({"file": ed["file"], "layout": layout % im.size, "date": ed["date"],
                        "forums": forum_truth(ed["forums"], ed["date"])})
        logs.append(log)
    for p in posters:  # the talk counts each layout string gives
        counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in p["forums"])
        assert p["layout"].endswith(counts + " talks."), (p["file"], counts)
    n = check(posters, logs)
    print("scored talks", n)
    assert 40 <= n <= 55, n
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
