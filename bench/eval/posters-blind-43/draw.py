"""Draw the forty-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set is about the
ONE agenda image of a whole edition (主论坛 in the morning, three forums in
parallel in the afternoon) that prints, for EVERY talk, the speaker's biography
(two or three lines) and the talk's abstract: a long 'everything on one page'
image, 1080 px wide and 8000-12000 px tall.  Four editions, no talk on two
posters:
  CLK 2121 (JPEG, the organisers' royal blue): the range in a TAB over each
    card; title, then the abstract UNLABELLED, then per speaker a photo, the
    name, 'company job' and the biography.  A round table whose moderator and
    four guests each have a one-line biography.
  CLK 2122 (PNG, a designer's light page): the range in a column LEFT of the
    card, level with the card's top; the speaker(s) FIRST (photo, name,
    'company job', biography), then the title, then the abstract after '简介：'.
    Each forum's head holds its host with a biography.
  CLK 2123 (JPEG, the organisers' near-black family): the range in a tag at
    the card's TOP RIGHT beside the title; then 'name  company job', the
    biography, and last the abstract after '简介：'.  Hosts with biographies.
  CLK 2124 (PNG, a designer's cream page): a centred range pill over each card
    on a spine; the speaker(s) FIRST with the biography, then the title and an
    UNLABELLED abstract.  A round table with a moderator and four guests in a
    grid, each with a one-line biography.
"""
import io
import json
import math
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


def jpeg_round_trip(im, quality, subsampling=2):
    """Save and reload as JPEG (subsampling 2 is 4:2:0, what phones and chat apps write)."""
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality, subsampling=subsampling)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


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


def T(start, end, title, speakers, host, abstract, **extra):
    """A talk: every talk of this set prints an abstract, every speaker a biography."""
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host,
                 "abstract": abstract}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job, bio):
    """A speaker as printed: the name, the company, the job title (None where none is printed), the biography."""
    return (name, company, job, bio)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; None where no company is printed."""
    company, job = sp[1], sp[2]
    if company is None:
        return None
    return company if job is None else company + " " + job


def truth_slot(s):
    """A slot as truth.json gives it; biographies and abstracts are nowhere in it."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums, date):
    """Forums in printed order; as in set 41 each carries its date (here the edition's one day)."""
    return [{"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]} for name, _, slots in forums]


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


def photo(d, x, y, s, bg, fg, square=False):
    """A portrait placeholder: a grey silhouette in a circle (or a rounded square); no initials."""
    if square:
        d.rounded_rectangle([x, y, x + s, y + s], radius=s // 8, fill=bg)
    else:
        d.ellipse([x, y, x + s, y + s], fill=bg)
    d.ellipse([x + s * 0.35, y + s * 0.2, x + s * 0.65, y + s * 0.52], fill=fg)
    d.pieslice([x + s * 0.2, y + s * 0.58, x + s * 0.8, y + s * 1.18], 180, 360, fill=fg)


def para(d, x, y, text, f, fill, maxw, lh, lines=None):
    """A paragraph wrapped to maxw; lines=(lo, hi) asserts how many lines it takes.  Returns the y under it."""
    ls = wrap(d, text, f, maxw)
    assert lines is None or lines[0] <= len(ls) <= lines[1], (text, len(ls))
    for ln in ls:
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def labelled(d, x, y, label, lf, lfill, text, f, fill, maxw, lh):
    """A paragraph run on after a bold label ('简介：') on its first line."""
    lw = tw(d, label, lf)
    ls = wrap_widths(d, text, f, [maxw - lw, maxw])
    d.text((x, y), label, font=lf, fill=lfill)
    for i, ln in enumerate(ls):
        d.text((x + (lw if i == 0 else 0), y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")  # the breaks that get a cup; an opening or a group photo gets none


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


# ===========================================================================
# 1. CLK 2121 (第116届), 西安, Saturday 2121-10-25: the organisers' royal-blue
#    long image.  The header (logo lines, the host school, '第116届中国' over
#    'Linux内核开发者大会', a ring 'CLK 2121', a date pill, the address, a framed
#    introduction, '大会议程' over a hollow 'AGENDA'); each forum in a glowing
#    box with '>>> 主持人：name <<<' and the unit under it (no biography).  Each
#    talk: chevrons, the range in a filled TAB over a cut-corner frame; in the
#    frame the bold title, the abstract UNLABELLED in pale type, a dashed rule,
#    and per speaker a round photo, the name, 'company job' and a biography of
#    two or three lines.  The round table: title and abstract, then tags '主持'
#    and '嘉宾' over one row each (name and 'company job', a one-line biography).
DATE_A = "2121-10-25"
FORUMS_A = [
    ("主论坛", ("阙海涛", "西安电子科技大学 计算机科学与技术学院 教授"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:50", "openEuler 内核的多样性算力支持：从鲲鹏到 RISC-V",
          [S("陈志刚", "华为", "openEuler 内核技术专家",
             "2010 年起从事 Linux 内核开发，先后负责 ARM64 架构支持与内核热补丁，现为 openEuler Kernel SIG "
             "Maintainer，向上游社区提交补丁 300 余个。")], "阙海涛",
          "介绍 openEuler 内核如何在同一代码基线上维护多种处理器架构：补丁回合策略、架构相关特性的分层管理，"
          "以及 RISC-V 服务器平台上启动、NUMA 与虚拟化支持的现状和下一步计划。"),
        T("09:50", "10:30", "Rethinking Memory Reclaim for Terabyte-Scale Servers",
          [S("Thomas Becker", "SUSE", "Senior Kernel Engineer",
             "Thomas works on memory management at SUSE Labs and reviews patches for the page allocator and "
             "MGLRU. Before SUSE he spent eight years on HPC systems at a research centre in Jülich.")], "阙海涛",
          "Multi-gen LRU, proactive reclaim through memory.reclaim and tiered memory change how the kernel "
          "picks its victims. This talk shares what we learned running them on 4 TB database servers."),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:25", "龙蜥内核在在离线混部场景下的资源隔离",
          [S("刘洋", "阿里云", "龙蜥社区内核 SIG 负责人",
             "负责阿里云操作系统内核的资源隔离与 cgroup 方向，主导了 Group Identity 与 CPU burst 等特性的设计；"
             "此前曾在英特尔开源技术中心从事电源管理开发。")], "阙海涛",
          "在离线混部要求在线业务的延迟不受离线任务干扰。本报告介绍龙蜥内核在 CPU、内存带宽与 I/O 三个维度上的"
          "隔离手段，以及在十万台规模集群中取得的收益数据。"),
        T("11:25", "12:10", "圆桌论坛：大模型时代的操作系统内核",
          [S("周立明", "西安电子科技大学", "教授", "长期从事操作系统与体系结构研究，CCF 系统软件专委会委员。"),
           S("孙伟", "字节跳动", "STE 团队负责人", "负责字节跳动服务器内核与虚拟化团队，关注 AI 训练集群的稳定性。"),
           S("黄晓红", "英特尔", "首席工程师", "Linux 电源管理与调度方向的长期贡献者，参与 intel_pstate 的维护。"),
           S("马超", "腾讯", "TencentOS 内核负责人", "带领团队完成 TencentOS Server 内核的多个大版本发布。"),
           S("郭静", "中国科学院软件研究所", "研究员", "从事 RISC-V 软件生态研究，推动多个发行版向 RISC-V 移植。")],
          "阙海涛", "围绕 AI 训练与推理负载对调度、内存与 I/O 提出的新需求，讨论内核社区与产业界的应对之道。",
          panel=True),
        B("12:10", "13:30", "午餐"),
    ]),
    ("内存管理分论坛", ("徐峰", "字节跳动 内核专家"), [
        T("13:30", "14:15", "mTHP 在手机上的落地：从 swap-in 到 zsmalloc",
          [S("李明", "OPPO", "内核专家",
             "OPPO 内核团队内存方向负责人，长期优化 Android 设备的内存回收与 zram，是 mTHP swap-in "
             "系列补丁的作者之一。")], "徐峰",
          "多尺寸透明大页（mTHP）能降低 TLB 压力，却给换出、换入和压缩带来新的碎片问题。报告分享在亿级 Android "
          "设备上逐步开启 mTHP 的过程、踩过的坑与性能数据。"),
        T("14:15", "15:00", "memcg 统计的 per-CPU 化与单机容器密度",
          [S("何婷", "字节跳动", "高级工程师",
             "字节跳动 STE 团队成员，专注 memcg 与内存回收；2021 年以前在百度负责搜索业务的内存调优。"),
           S("吴迪", "字节跳动", "工程师",
             "2022 年毕业于浙江大学，参与内核 cgroup 与 rstat 相关开发，向上游贡献了多个统计路径的优化。")], "徐峰",
          "单机运行上千个容器时，memcg 统计的刷新开销会成为瓶颈。本报告介绍 rstat 刷新路径的改造、per-CPU "
          "计数的精度权衡，以及在生产环境中节省的 CPU。"),
    ]),
    ("存储与文件系统分论坛", ("彭涛", "西安交通大学 副教授"), [
        T("13:30", "14:15", "EROFS 大文件压缩与按需加载的新进展",
          [S("邓强", "阿里云", "技术专家",
             "EROFS 的主要开发者之一，负责容器镜像加速方案 Nydus 与内核 fscache 的对接，2019 年起参与上游社区。")],
          "彭涛",
          "介绍 EROFS 近两年的新特性：大块压缩、多线程解压与 fscache 按需加载，并给出在容器启动与 AI "
          "模型分发场景中的实测数据。"),
        T("14:15", "15:00", "ext4 支持 large folio：回写路径的改造与收益",
          [S("罗静", "华为", "文件系统工程师",
             "华为操作系统内核实验室成员，从事 ext4 与 iomap 开发，曾任中兴通讯存储产品线软件工程师。")], "彭涛",
          "ext4 是最后几个尚未支持 large folio 的主流文件系统之一。报告讲解 buffered I/O 与回写路径的改造要点，"
          "以及在顺序写与数据库负载下的性能变化。"),
    ]),
    ("调度与 eBPF 分论坛", ("苏凯", "腾讯 技术专家"), [
        T("13:30", "14:15", "sched_ext：用 eBPF 编写调度器的生产实践",
          [S("赵鹏", "快手", "系统工程师",
             "快手基础架构部内核组成员，负责调度与 CPU 隔离，此前在网易游戏从事服务器性能优化。")], "苏凯",
          "sched_ext 允许用 BPF 程序实现完整的调度策略。报告介绍我们为视频转码集群编写的调度器、与 CFS/EEVDF "
          "的对比，以及上线时遇到的稳定性问题。"),
        T("14:15", "15:00", "BPF arena：内核与用户态共享的数据结构",
          [S("冯雪", "蚂蚁集团", "技术专家",
             "蚂蚁集团操作系统团队成员，主要方向为 eBPF 运行时与安全容器，是 libbpf 与 bpftool 的贡献者。")], "苏凯",
          "BPF arena 让 BPF 程序和用户态进程共享一块可以用指针访问的内存。本报告解析其实现原理，演示用它构建"
          "哈希表和队列，并讨论 verifier 带来的限制。"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "16:00", "EEVDF 调度器的延迟调优与回归分析",
          [S("钟宇", "英特尔", "软件工程师",
             "英特尔亚太研发中心 Linux 性能团队成员，负责 0-Day CI 的调度器性能回归分析，累计报告回归问题 200 多个。")],
          "苏凯",
          "EEVDF 取代 CFS 之后，部分负载的尾延迟出现了回归。报告介绍 0-Day CI 发现这些回归的方法、slice 与 lag "
          "参数的调优经验，以及仍在社区讨论中的补丁。"),
    ]),
]
INTRO_A = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域的年度技术盛会，由国内主要"
           "操作系统厂商、互联网企业、芯片厂商与高校共同发起。第116届大会由西安电子科技大学承办，设主论坛与内存管理、"
           "存储与文件系统、调度与 eBPF 三个分论坛，邀请来自华为、阿里云、字节跳动、腾讯、英特尔、SUSE、OPPO、"
           "快手、蚂蚁集团与中国科学院软件研究所的开发者分享最新进展。本届议程为每个议题附上演讲者介绍与议题摘要，"
           "欢迎开发者与高校师生到场交流。")
UNITS_A = ["华为", "阿里云", "字节跳动", "腾讯", "英特尔", "蚂蚁集团", "openEuler", "龙蜥社区", "OpenCloudOS"]
CYAN_A, PALE_A, WHITE = (96, 226, 255), (186, 208, 255), (255, 255, 255)
NAVY_A, FRAME_A, BAND_A, GREY_A = (10, 30, 120), (90, 200, 255), (30, 72, 196), (210, 220, 245)


def forum_box_a(d, W, y, name, num):
    """The forum's name in a glowing box (a number box before the forum's name for 01..03)."""
    f = font(44, True)
    nw = tw(d, name, f) + (96 if num else 0)
    x0, x1 = W / 2 - nw / 2 - 60, W / 2 + nw / 2 + 60
    for k in range(4, 0, -1):
        d.rounded_rectangle([x0 - 4 * k, y - 4 * k, x1 + 4 * k, y + 90 + 4 * k], radius=20,
                            outline=(60 + 20 * (4 - k), 140 + 20 * (4 - k), 255), width=2)
    d.rounded_rectangle([x0, y, x1, y + 90], radius=16, fill=(24, 64, 200), outline=CYAN_A, width=3)
    x = W / 2 - nw / 2
    if num:
        x = number_box(d, x, y + 21, num, CYAN_A, NAVY_A, 48) + 20
    d.text((x, y + 14), name, font=f, fill=WHITE)
    return y + 90


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, 48, 44, WHITE, CYAN_A)
    rtext(d, X1, 46, "西安电子科技大学", font(30, True), WHITE)
    rtext(d, X1, 88, "XIDIAN UNIVERSITY", font(16, True), PALE_A)
    d.text((48, 168), "第116届中国", font=font(82, True), fill=WHITE)
    d.text((48, 270), "Linux内核开发者大会", font=font(82, True), fill=WHITE)
    d.ellipse([860, 150, 1020, 310], outline=CYAN_A, width=5)
    ctext(d, 940, 186, "CLK", font(40, True), WHITE)
    ctext(d, 940, 240, "2121", font(30, True), CYAN_A)
    pill = "2121年10月25日（周六）｜ 西安"
    d.rounded_rectangle([48, 408, 48 + tw(d, pill, font(30, True)) + 56, 464], radius=28, fill=WHITE)
    d.text((76, 414), pill, font=font(30, True), fill=NAVY_A)
    d.text((48, 496), "地址：西安电子科技大学南校区 图书馆报告厅", font=font(28), fill=WHITE)
    y = 580
    top = y
    y = para(d, X0 + 36, y + 32, INTRO_A, font(23), GREY_A, X1 - X0 - 72, 40)
    d.rectangle([X0, top, X1, y + 24], outline=(120, 170, 255), width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y + 24), (X1, y + 24)):  # corner marks
        d.rectangle([cx - 6, cy - 6, cx + 6, cy + 6], fill=CYAN_A)
    y += 150
    d.text((W / 2 - 250, y - 34), "AGENDA", font=font(120, True), fill=(16, 44, 150), stroke_width=2,
           stroke_fill=(90, 150, 255))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 170
    for k, (name, host, slots) in enumerate(FORUMS_A):
        if k == 1:
            ctext(d, W / 2, y, "— 下午　三个分论坛同时进行 —", font(32, True), CYAN_A)
            y += 90
        y = forum_box_a(d, W, y, name, "%02d" % k if k else None) + 44
        bar = ">>>　主持人：%s　<<<" % host[0]
        d.rectangle([X0 + 60, y, X1 - 60, y + 58], fill=(22, 58, 180))
        ctext(d, W / 2, y + 9, bar, font(30, True), WHITE)
        y += 70
        ctext(d, W / 2, y, fits(d, host[1], font(22), X1 - X0), font(22), PALE_A)
        y += 74
        for s in slots:
            y = slot_a(d, X0, X1, y, s)
        y += 50
    y += 20
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y += 90
    bw, bh = (X1 - X0 - 2 * 24) / 3, 78
    for i, u in enumerate(UNITS_A):
        bx, by = X0 + (i % 3) * (bw + 24), y + (i // 3) * (bh + 20)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=WHITE)
        ctext(d, bx + bw / 2, by + 18, u, font(30, True), (20, 40, 130))
    y += 3 * (bh + 20) + 50
    qrcode(d, W / 2 - 110, y, 220, 4211)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "现场名额 500 人，报满即止", font(24), PALE_A)
    ctext(d, W / 2, y + 352, "主办：中国Linux内核开发者大会组委会　承办：西安电子科技大学计算机科学与技术学院",
          font(20), PALE_A)
    return y + 420


def slot_a(d, X0, X1, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 64], radius=12, fill=BAND_A)
        d.text((X0 + 26, y + 13), rng(s), font=font(30, True), fill=CYAN_A)
        if s["title"] in MEALS:
            cup(d, X0 + 300, y + 15, WHITE, 1.0)
        d.text((X0 + 350, y + 11), s["title"], font=font(32, True), fill=WHITE)
        return y + 104
    for j in range(2):  # the chevrons over a talk
        cx, cy = (X0 + X1) / 2, y + j * 16
        d.line([(cx - 34, cy), (cx, cy + 20), (cx + 34, cy)], fill=CYAN_A, width=5)
    y += 56
    rf = font(36, True)
    d.rounded_rectangle([X0, y, X0 + tw(d, rng(s), rf) + 56, y + 62], radius=6, fill=CYAN_A)
    d.text((X0 + 28, y + 6), rng(s), font=rf, fill=NAVY_A)
    top = y + 31
    y += 92
    TX, TW = X0 + 34, X1 - X0 - 68
    for ln in wrap_nicely(d, s["title"], font(34, True), TW):
        d.text((TX, y), ln, font=font(34, True), fill=WHITE)
        y += 50
    y += 8
    y = para(d, TX, y, s["abstract"], font(22), PALE_A, TW, 36, (1, 4))
    y += 18
    for x in range(TX, X1 - 34, 18):  # dashed rule
        d.line([(x, y), (x + 9, y)], fill=(110, 150, 240), width=2)
    y += 26
    if s.get("panel"):
        for tag, people in (("主持", s["sp"][:1]), ("嘉宾", s["sp"][1:])):
            d.rounded_rectangle([TX, y, TX + 92, y + 40], radius=20, fill=CYAN_A)
            ctext(d, TX + 46, y + 4, tag, font(24, True), NAVY_A)
            y += 56
            for sp in people:
                fn = font(28, True)
                d.text((TX, y), sp[0], font=fn, fill=WHITE)
                d.text((TX + tw(d, sp[0], fn) + 18, y + 5), fits(d, aff(sp), font(22), TW - 150), font=font(22),
                       fill=CYAN_A)
                y += 42
                y = para(d, TX, y, sp[3], font(20), GREY_A, TW, 32, (1, 1)) + 16
            y += 4
    else:
        for sp in s["sp"]:
            photo(d, TX, y + 4, 112, (70, 110, 210), (150, 180, 240))
            BX = TX + 140
            d.text((BX, y), sp[0], font=font(30, True), fill=WHITE)
            y += 46
            d.text((BX, y), fits(d, aff(sp), font(22), X1 - 34 - BX), font=font(22), fill=CYAN_A)
            y += 40
            y = max(para(d, BX, y, sp[3], font(20), GREY_A, X1 - 34 - BX, 32, (2, 3)), y + 40) + 24
    y += 14
    bot = y
    cut = 40  # the frame's cut corner at the bottom left
    d.line([(X0, top), (X0, bot - cut), (X0 + cut, bot), (X1, bot), (X1, top + 62), (X1 - 20, top)],
           fill=FRAME_A, width=3)
    d.line([(X1 - 20, top), (X0 + tw(d, rng(s), rf) + 56, top)], fill=FRAME_A, width=3)
    d.ellipse([X1 - 8, top + 54, X1 + 8, top + 70], fill=FRAME_A)
    return bot + 44


def bg_a(w, h):
    im = vgrad(w, h, (14, 50, 190), (10, 30, 130))
    im = glow(im, 900, 260, 380, (80, 200, 255), 0.5)
    im = glow(im, 100, 1400, 360, (120, 90, 255), 0.35)
    for k, yy in enumerate(range(2600, h - 800, 2400)):
        im = glow(im, 980 if k % 2 else 100, yy, 420, (60, 150, 255), 0.28)
    return grain(im, 4211, 0.006)


def poster_a():
    return jpeg_round_trip(two_pass(1080, paint_a, bg_a), 92), forums_truth(FORUMS_A, DATE_A)


# ===========================================================================
# 2. CLK 2122 (第117届), 南京, Saturday 2122-10-24: a designer's LIGHT long
#    image (an indigo header with rings, white cards on a pale page).  Each
#    forum: an English tag over its name, then a HOST CARD (tag '主持人', a
#    square photo, the name, the unit, a two-line biography).  Each talk: the
#    range in a column LEFT of the card, level with the card's top (so beside
#    the speaker's name, not the title); in the card the speaker(s) FIRST
#    (square photo, name, 'company job', biography), a hairline, the bold title,
#    then the abstract run on after a teal '简介：'.
DATE_B = "2122-10-24"
FORUMS_B = [
    ("主论坛", ("沈丽", "南京大学 计算机学院 教授",
               "主要研究方向为操作系统与软件可靠性，主持国家重点研发计划项目两项，是南京大学操作系统课程负责人。"), [
        T("09:00", "09:15", "开幕致辞",
          [S("杨建华", "南京大学", "副校长",
             "南京大学计算机科学与技术系教授、博士生导师，长期从事分布式系统与软件工程研究，国家杰出青年科学基金获得者。")],
          "沈丽", "介绍本届大会的筹备情况与议题征集结果，欢迎来自产业界与高校的内核开发者。"),
        T("09:15", "10:00", "Rust for Linux 三年：驱动、工具链与社区协作",
          [S("方振", "华为", "内核工程师",
             "华为 2012 实验室操作系统内核工程师，Rust for Linux 社区的活跃贡献者，维护两款用 Rust 编写的 PHY 驱动。")],
          "沈丽",
          "回顾 Rust 进入主线内核三年来的进展：已经合入的驱动、bindgen 与编译器的版本要求、unsafe 边界的审查实践，"
          "以及国内团队参与上游开发的经验。"),
        T("10:00", "10:45", "机密计算虚拟化：TDX 与 CCA 的统一抽象",
          [S("林涛", "英特尔", "首席工程师",
             "英特尔开源技术中心虚拟化团队负责人，KVM TDX 补丁系列的主要作者之一，此前在 VMware 从事 hypervisor 开发。")],
          "沈丽",
          "Intel TDX 与 Arm CCA 的机密虚拟机在内存加密、页面接受与中断注入上差异很大。报告介绍 KVM 为两者抽象出的"
          "公共接口，以及 guest_memfd 的最新进展。"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "持续剖析：在百万核集群上常开 perf",
          [S("吕红", "美团", "基础架构部内核负责人",
             "负责美团服务器操作系统与内核可观测性建设，主导了覆盖全量机器的持续性能剖析平台。")], "沈丽",
          "在全量服务器上长期开启采样剖析，需要控制开销并保证数据可信。本报告介绍基于 perf 与 BPF 的采集方案、"
          "符号化与存储设计，以及它定位到的几类典型内核问题。"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("虚拟化与云原生分论坛", ("曹阳", "南京大学 副教授",
                           "研究方向为虚拟化与云计算系统，在 ASPLOS、EuroSys 等会议发表论文二十余篇，指导学生多次参与上游开发。"), [
        T("13:30", "14:10", "virtio-mem 与内存热插拔在 Serverless 中的应用",
          [S("彭飞", "腾讯云", "高级工程师",
             "腾讯云虚拟化团队成员，负责轻量虚拟机与内存弹性方向，是 QEMU 与 cloud-hypervisor 的贡献者。"),
           S("汪敏", "腾讯云", "工程师",
             "2021 年加入腾讯云，从事 virtio 设备与热插拔开发，此前在华中科技大学获得硕士学位。")], "曹阳",
          "Serverless 实例需要秒级扩缩内存。报告比较 balloon、virtio-mem 与 ACPI 热插拔三种方案的延迟和碎片表现，"
          "并介绍我们对 memory_hotplug 的改进。"),
        T("14:10", "14:50", "VDUSE：用户态 vDPA 设备的数据面",
          [S("宋佳", "字节跳动", "虚拟化工程师",
             "字节跳动虚拟化团队成员，VDUSE 的开发者之一，关注容器与虚拟机共享的高性能存储数据面。")], "曹阳",
          "VDUSE 让用户态程序实现 vDPA 设备，并同时服务容器与虚拟机。报告介绍其内核实现、与 SPDK 的结合方式，"
          "以及在云盘场景中的延迟数据。"),
    ]),
    ("网络分论坛", ("陶伟", "东南大学 副教授",
                  "从事数据中心网络与协议栈研究，参与多项运营商网络的联合课题，江苏省网络技术重点实验室成员。"), [
        T("13:30", "14:10", "TCP 拥塞控制的 BPF 化：在数据中心的实践",
          [S("胡晨", "百度", "网络专家",
             "百度智能云网络团队成员，负责内核协议栈与 RDMA 网络优化，曾在华为从事交换机软件开发。")], "陶伟",
          "借助 struct_ops，拥塞控制算法可以用 BPF 实现并热更新。报告分享把 DCTCP 改造为 BPF 版本的过程、与内核"
          "原生实现的性能对比和线上灰度经验。"),
        T("14:10", "14:50", "AF_XDP 在 5G 核心网网关上的性能调优",
          [S("万鹏", "中兴通讯", "系统架构师",
             "中兴通讯无线产品线系统架构师，从事 5G 用户面转发优化十余年，熟悉 DPDK 与 XDP。")], "陶伟",
          "5G 用户面网关对转发延迟和吞吐都很敏感。报告介绍从 DPDK 迁移到 AF_XDP 的动机、零拷贝模式下的多队列与"
          "中断绑定调优，以及与 DPDK 的性能差距。"),
    ]),
    ("RISC-V 与体系结构分论坛", ("严华", "南京大学 助理教授",
                              "研究方向为处理器体系结构与编译器，参与开源 RISC-V 处理器项目的验证工作，讲授本科计算机组成原理课程。"), [
        T("13:30", "14:10", "RISC-V 内核的 KASLR 与页表隔离",
          [S("袁琳", "中国科学院软件研究所", "助理研究员",
             "中科院软件所 PLCT 实验室成员，负责 RISC-V 内核安全特性的移植，openEuler RISC-V SIG 维护者之一。")],
          "严华",
          "RISC-V 平台的内核地址随机化与页表隔离支持仍不完整。报告介绍 KASLR 在 RISC-V 上的实现难点、Sv48/Sv57 "
          "页表带来的影响，以及性能开销评估。"),
        T("14:10", "14:50", "LoongArch 上的 KVM 与 perf 支持",
          [S("郑凯", "龙芯中科", "内核工程师",
             "龙芯中科基础软件部内核工程师，LoongArch KVM 与 perf 支持补丁的作者，此前在北京大学从事编译器研究。")],
          "严华",
          "介绍 LoongArch 架构的虚拟化扩展 LVZ 在 KVM 中的实现、PMU 事件在 perf 中的映射方式，以及这两部分进入"
          "上游主线的过程。"),
    ]),
]
INTRO_B = ("第117届中国 Linux 内核开发者大会由南京大学承办，上午为主论坛，下午虚拟化与云原生、网络、RISC-V "
           "与体系结构三个分论坛同时进行。本议程为每个议题附上讲者介绍与议题简介，方便大家提前选择感兴趣的会场。")
TAGS_B = ["MAIN FORUM", "FORUM 01", "FORUM 02", "FORUM 03"]
PAGE_B, INK_B, GREY_B, RULE_B = (246, 247, 251), (28, 30, 48), (98, 104, 122), (222, 224, 236)
INDIGO_B, TEAL_B, TINT_B = (70, 52, 190), (0, 140, 150), (236, 234, 252)


def speaker_b(d, x, y, w, sp):
    """A speaker block: square photo, name with 'company job' beside it, the biography under them."""
    photo(d, x, y + 4, 100, (214, 216, 230), (168, 172, 192), square=True)
    tx = x + 124
    fn = font(30, True)
    d.text((tx, y), sp[0], font=fn, fill=INK_B)
    d.text((tx + tw(d, sp[0], fn) + 16, y + 6), fits(d, aff(sp), font(22), w - 124 - tw(d, sp[0], fn) - 16),
           font=font(22), fill=INDIGO_B)
    return max(para(d, tx, y + 52, sp[3], font(21), GREY_B, w - 124, 35, (2, 3)), y + 112) + 16


def host_b(d, X0, X1, y, host):
    """A forum's host card: tag, square photo, the name with the unit beside it, the biography under them."""
    hx = X0 + 272

    def body(y):
        d.rounded_rectangle([X0 + 28, y, X0 + 128, y + 38], radius=19, fill=INDIGO_B)
        ctext(d, X0 + 78, y + 4, "主持人", font(22, True), WHITE)
        photo(d, X0 + 152, y - 2, 96, (214, 216, 230), (168, 172, 192), square=True)
        d.text((hx, y - 4), host[0], font=font(30, True), fill=INK_B)
        d.text((hx + tw(d, host[0], font(30, True)) + 16, y + 4),
               fits(d, host[1], font(21), X1 - hx - tw(d, host[0], font(30, True)) - 40), font=font(21), fill=INDIGO_B)
        return para(d, hx, y + 52, host[2], font(21), GREY_B, X1 - 28 - hx, 35, (2, 3)) + 28

    h = body(-10000) + 10000  # measured first on a line nobody sees, then card and text
    d.rounded_rectangle([X0, y, X1, y + h + 26], radius=14, fill=TINT_B)
    body(y + 26)
    return y + h + 26


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 40, W - 40
    logo_lines(d, 56, 48, WHITE, (150, 230, 240))
    rtext(d, X1 - 16, 52, "南京大学", font(30, True), WHITE)
    rtext(d, X1 - 16, 92, "NANJING UNIVERSITY", font(15, True), (210, 204, 250))
    d.text((56, 170), "CLK 2122", font=font(130, True), fill=(98, 76, 220), stroke_width=3, stroke_fill=WHITE)
    d.text((60, 350), "第117届中国Linux内核开发者大会", font=font(54, True), fill=WHITE)
    d.text((60, 430), "The 117th China Linux Kernel Developers Conference", font=font(24), fill=(214, 208, 252))
    d.text((60, 500), "2122.10.24　周六", font=font(40, True), fill=(150, 236, 240))
    d.text((60, 566), "南京大学仙林校区 · 计算机科学与技术楼 报告厅", font=font(26), fill=WHITE)
    y = 800
    d.text((X0 + 8, y), "全天议程", font=font(50, True), fill=INK_B)
    d.text((X0 + 230, y + 18), "AGENDA", font=font(30, True), fill=INDIGO_B)
    y += 80
    y = para(d, X0 + 8, y, INTRO_B, font(23), GREY_B, X1 - X0 - 16, 40) + 70
    RC, CX0 = X0 + 8, X0 + 186  # the range column, the cards' left edge
    CW = X1 - CX0
    for k, (name, host, slots) in enumerate(FORUMS_B):
        if k == 1:
            d.rounded_rectangle([X0, y, X1, y + 60], radius=30, fill=INDIGO_B)
            ctext(d, W / 2, y + 11, "下午　三个分论坛同时进行", font(28, True), WHITE)
            y += 100
        d.text((X0 + 8, y), TAGS_B[k], font=font(22, True), fill=TEAL_B)
        y += 36
        d.text((X0 + 8, y), name, font=font(48, True), fill=INK_B)
        y += 80
        d.rectangle([X0 + 8, y, X0 + 88, y + 6], fill=TEAL_B)
        y += 30
        y = host_b(d, X0, X1, y, host) + 56
        for s in slots:
            y = slot_b(d, RC, CX0, CW, y, s)
        y += 100
    y += 20
    d.line([(X0, y), (X1, y)], fill=RULE_B, width=2)
    y += 40
    for label, text in (("主办单位", "中国Linux内核开发者大会组委会"), ("承办单位", "南京大学计算机学院 · 软件学院"),
                        ("支持单位", "华为　阿里云　字节跳动　腾讯　英特尔　美团　百度　中兴通讯"),
                        ("支持社区", "openEuler　龙蜥社区　OpenCloudOS　RISC-V 国际基金会")):
        d.text((X0 + 8, y), label, font=font(22, True), fill=INDIGO_B)
        d.text((X0 + 140, y), text, font=font(22), fill=INK_B)
        y += 44
    y += 30
    qrcode(d, X0 + 8, y, 170, 4221)
    d.text((X0 + 210, y + 30), "扫码报名 · 获取讲稿与直播回放", font=font(28, True), fill=INK_B)
    d.text((X0 + 210, y + 82), "* 议程如有变动，以大会现场公布为准", font=font(21), fill=GREY_B)
    return y + 240


def slot_b(d, RC, CX0, CW, y, s):
    if s["kind"] == "break":
        d.ellipse([RC, y + 18, RC + 12, y + 30], fill=GREY_B)
        d.text((RC + 22, y + 10), rng(s), font=font(24, True), fill=GREY_B)
        for x in range(int(CX0), int(CX0 + CW), 16):
            d.line([(x, y + 4), (x + 8, y + 4)], fill=(190, 194, 212), width=2)
            d.line([(x, y + 54), (x + 8, y + 54)], fill=(190, 194, 212), width=2)
        if s["title"] in MEALS:
            cup(d, CX0 + 24, y + 13, GREY_B, 0.9)
        d.text((CX0 + 68, y + 10), s["title"], font=font(26, True), fill=GREY_B)
        return y + 110
    d.ellipse([RC, y + 22, RC + 14, y + 36], fill=INDIGO_B)
    d.text((RC + 22, y + 12), rng(s), font=font(24, True), fill=INDIGO_B)
    x, w = CX0 + 28, CW - 56

    def body(y):
        y += 28
        for i, sp in enumerate(s["sp"]):
            if i:
                d.line([(x + 116, y - 8), (x + w, y - 8)], fill=RULE_B, width=1)
                y += 10
            y = speaker_b(d, x, y, w, sp)
        y += 6
        d.line([(x, y), (x + w, y)], fill=RULE_B, width=2)
        y += 20
        for ln in wrap_nicely(d, s["title"], font(33, True), w):
            d.text((x, y), ln, font=font(33, True), fill=INK_B)
            y += 50
        y += 10
        return labelled(d, x, y, "简介：", font(22, True), TEAL_B, s["abstract"], font(22), INK_B, w, 37) + 26

    h = body(-10000) + 10000  # measured first on a line nobody sees, then card and text
    d.rounded_rectangle([CX0, y, CX0 + CW, y + h], radius=14, fill=WHITE, outline=RULE_B, width=2)
    d.rectangle([CX0, y + 14, CX0 + 5, y + h - 14], fill=INDIGO_B)
    body(y)
    return y + h + 56


def bg_b(w, h):
    im = Image.new("RGB", (w, h), PAGE_B)
    im.paste(vgrad(w, 720, (60, 40, 170), (120, 70, 210)), (0, 0))
    d = ImageDraw.Draw(im)
    for i in range(7):  # a designer's rings in the header
        r = 120 + i * 46
        d.ellipse([930 - r, 250 - r, 930 + r, 250 + r], outline=(130, 100, 230), width=2)
    d.polygon([(0, 720), (w, 640), (w, 720)], fill=PAGE_B)
    return im


def poster_b():
    return two_pass(1080, paint_b, bg_b), forums_truth(FORUMS_B, DATE_B)


# ===========================================================================
# 3. CLK 2123 (第118届), 合肥, Saturday 2123-10-30: the organisers' near-black
#    family (teal and violet glows, as their 2023 image): logo lines, 'CLK 2123'
#    at the top right, '第118届中国' over 'Linux内核开发者大会', a date pill, the
#    address, a framed introduction, '大会议程' over a hollow 'AGENDA'.  Each
#    forum: a big teal number (none for 主论坛) and its name, then a host card
#    (tag '主持人', the name, the unit, a two-line biography).  Each talk a dark
#    card with a teal edge: the bold title at the left and the range in an
#    outlined TAG at the card's TOP RIGHT; then per speaker 'name  company job'
#    and the biography in grey; last the abstract after a teal '简介：'.
DATE_C = "2123-10-30"
FORUMS_C = [
    ("主论坛", ("蒋文", "中国科学技术大学 教授",
               "中国科学技术大学计算机科学与技术学院教授，研究方向为操作系统与存储系统，主讲本科操作系统原理课程。"), [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:55", "内核控制流保护：CFI、shadow stack 与 IBT",
          [S("程亮", "英特尔", "安全架构师",
             "英特尔平台安全部门架构师，参与 CET 在 Linux 内核与 glibc 中的启用工作，此前在 360 从事漏洞研究。")], "蒋文",
          "控制流劫持仍是内核漏洞利用的主要手段。报告介绍 kCFI、IBT 与用户态 shadow stack 在主线中的实现状态、性能"
          "开销，以及发行版默认开启时遇到的兼容问题。"),
        T("09:55", "10:40", "内核热升级：从 livepatch 到整机热替换",
          [S("潘磊", "腾讯", "TencentOS 内核专家",
             "负责 TencentOS Server 内核的热补丁与热升级方向，支撑了百万台服务器的免重启修复，KPATCH 社区贡献者。")],
          "蒋文",
          "livepatch 只能修补函数，无法升级整个内核。报告介绍基于 kexec 与内存保留的整机热替换方案，以及如何在数秒"
          "内恢复虚拟机与容器业务。"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:40", "国产服务器 CPU 上的内核性能分析与调优",
          [S("孔祥", "海光信息", "高级工程师",
             "海光信息操作系统适配团队成员，负责 Linux 内核在海光平台上的性能分析与调优，曾就职于 AMD 上海研发中心。"),
           S("逯晓燕", "中国科学技术大学", "博士研究生",
             "研究方向为处理器微架构与系统性能建模，参与多项国产 CPU 性能评测课题，导师为蒋文教授。")], "蒋文",
          "从 NUMA 拓扑、缓存一致性与预取策略出发，分析 Linux 内核在国产多路服务器上的性能瓶颈，给出调度域划分与"
          "内存分配策略的调优建议。"),
        B("11:40", "11:50", "全体合影"),
        B("11:50", "13:30", "午餐"),
    ]),
    ("内存与 CXL 分论坛", ("郑华", "阿里云 内核专家",
                        "龙蜥社区内核 SIG 成员，长期从事内存管理与 NUMA 优化，曾在 IBM 中国研究院从事 Power 平台的内核开发。"), [
        T("13:30", "14:10", "CXL 内存分层：NUMA 平衡与页面迁移的代价",
          [S("曾敏", "阿里云", "内核工程师",
             "阿里云操作系统团队成员，负责 CXL 与持久内存的内核支持，是 memory tiering 相关补丁的作者之一。")], "郑华",
          "CXL 扩展内存的延迟高于本地 DRAM。报告分析 NUMA balancing 在分层内存下的提升与降级策略，测量页面迁移的开销，"
          "并介绍基于访问频率的改进。"),
        T("14:10", "14:50", "slab 分配器的 sheaves 与 per-CPU 缓存",
          [S("邱峰", "华为", "内核工程师",
             "华为操作系统内核实验室成员，从事内存分配器与 KFENCE 相关开发，是 SLUB 多个补丁的作者。")], "郑华",
          "sheaves 为 SLUB 引入了按 CPU 缓存的对象数组。报告介绍它的设计动机、与 kfree_rcu 的结合方式，以及在网络与"
          "文件系统负载下的性能表现。"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "大页的在线去碎片：khugepaged 与 compaction 调优",
          [S("谢婷", "vivo", "内核工程师",
             "vivo 内核团队内存方向工程师，关注移动设备上的大页分配与内存碎片，此前在展讯从事 Android BSP 开发。")],
          "郑华",
          "长时间运行后物理内存碎片使大页分配的失败率升高。报告介绍手机场景下 khugepaged 与主动 compaction 的调优、"
          "触发阈值的选择以及对功耗的影响。"),
    ]),
    ("I/O 与存储分论坛", ("钱磊", "中国科学技术大学 副教授",
                       "研究方向为存储系统与非易失内存，在 FAST、USENIX ATC 等会议发表多篇论文，安徽省存储系统工程实验室成员。"), [
        T("13:30", "14:10", "io_uring 零拷贝接收的设计与实现",
          [S("任杰", "网易", "存储专家",
             "网易杭州研究院存储团队成员，负责分布式存储的网络与 I/O 路径优化，io_uring 社区贡献者。")], "钱磊",
          "io_uring zero-copy receive 让网络数据直接落入用户态缓冲区。报告讲解它与 page_pool、网卡 header split "
          "的配合，以及在分布式存储中的吞吐提升。"),
        T("14:10", "14:50", "ublk：用户态块设备在分布式存储中的应用",
          [S("熊伟", "京东云", "存储架构师",
             "京东云块存储架构师，负责云盘数据面的设计，曾在 EMC 中国研发中心从事存储阵列开发。")], "钱磊",
          "ublk 把块设备的 I/O 处理交给用户态。报告介绍用 ublk 替换 iSCSI 与 NBD 的经验、零拷贝与批量提交的优化，"
          "以及故障恢复的处理。"),
    ]),
    ("可观测性与追踪分论坛", ("戴明", "字节跳动 技术专家",
                           "字节跳动 STE 团队可观测性方向负责人，主导了内核问题自动诊断平台的建设，此前在阿里巴巴负责 Tracing 工具。"), [
        T("13:30", "14:10", "ftrace 与 BPF 结合的全链路延迟诊断",
          [S("廖杰", "小米", "系统工程师",
             "小米系统软件部性能团队成员，负责手机与 IoT 设备的卡顿诊断工具，熟悉 ftrace、perfetto 与 BPF。")], "戴明",
          "一次卡顿往往跨越调度、I/O 与锁等多个子系统。报告介绍把 ftrace 事件与 BPF 采集合成全链路时间线的方法，以及"
          "在手机上定位卡顿的案例。"),
        T("14:10", "14:50", "perf 在异构 CPU 上的事件统一与采样偏差",
          [S("崔健", "Arm", "高级软件工程师",
             "Arm 中国开源软件团队成员，维护 Arm PMU 驱动的部分代码，此前在高通从事 Android 性能工具开发。")], "戴明",
          "大小核处理器上两类核心的 PMU 事件并不相同。报告介绍 perf 对异构 PMU 的支持方式、事件名的统一，以及采样"
          "结果在两类核心之间的偏差分析。"),
    ]),
]
INTRO_C = ("CLK（中国 Linux 内核开发者大会）自 2006 年起每年举办，由国内 Linux 内核领域的企业与高校发起，已成为国内"
           "内核开发者交流的重要平台。第118届大会由中国科学技术大学承办，设主论坛与内存与 CXL、I/O 与存储、可观测性与"
           "追踪三个分论坛。本届议程在每个议题下附有讲者介绍与议题简介，欢迎现场交流。")
UNITS_C = ["华为", "阿里云", "腾讯", "字节跳动", "英特尔", "Arm", "海光信息", "网易", "京东云", "小米", "vivo", "龙蜥社区"]
TEAL_C, VIO_C, INK_C, GREY_C = (0, 228, 200), (150, 110, 255), (236, 240, 248), (150, 158, 178)
CARD_C, BAND_C = (20, 28, 56), (28, 40, 84)


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 48, 44, WHITE, TEAL_C)
    d.text((X1 - tw(d, "CLK", font(56, True)) - tw(d, "2123", font(30, True)) - 10, 32), "CLK", font=font(56, True),
           fill=WHITE)
    rtext(d, X1, 36, "2123", font(30, True), TEAL_C)
    d.text((48, 190), "第118届中国", font=font(84, True), fill=WHITE)
    d.text((48, 296), "Linux内核开发者大会", font=font(84, True), fill=WHITE, stroke_width=1, stroke_fill=TEAL_C)
    pill = "2123年10月30日 ｜ 合肥"
    d.rounded_rectangle([48, 438, 48 + tw(d, pill, font(30, True)) + 52, 492], radius=10, outline=TEAL_C, width=3)
    d.text((74, 444), pill, font=font(30, True), fill=WHITE)
    d.text((48, 526), "地址：中国科学技术大学高新校区 图书教育中心报告厅", font=font(27), fill=WHITE)
    y = 616
    top = y
    y = para(d, X0 + 30, y + 30, INTRO_C, font(23), (196, 204, 222), X1 - X0 - 60, 40) + 22
    d.rounded_rectangle([X0, top, X1, y], radius=6, fill=None, outline=(60, 80, 130), width=2)
    y += 160
    d.text((W / 2 - 260, y - 36), "AGENDA", font=font(124, True), fill=(10, 14, 34), stroke_width=2,
           stroke_fill=(60, 90, 150))
    ctext(d, W / 2, y, "大会议程", font(66, True), WHITE)
    y += 180
    for k, (name, host, slots) in enumerate(FORUMS_C):
        if k == 1:
            d.rectangle([X0, y, X1, y + 4], fill=VIO_C)
            ctext(d, W / 2, y + 24, "下午　三个分论坛同时进行", font(30, True), VIO_C)
            y += 110
        x = X0
        if k:
            d.text((X0, y - 20), "%02d" % k, font=font(90, True), fill=TEAL_C)
            x = X0 + 140
        d.text((x, y), name, font=font(50, True), fill=WHITE)
        y += 88
        d.rectangle([X0, y, X0 + 120, y + 6], fill=TEAL_C)
        d.rectangle([X0 + 120, y + 2, X1, y + 4], fill=(50, 70, 120))
        y += 36
        y = host_c(d, X0, X1, y, host) + 44
        for s in slots:
            y = slot_c(d, X0, X1, y, s)
        y += 70
    d.text((W / 2 - tw(d, "SUPPORT", font(80, True)) / 2, y - 24), "SUPPORT", font=font(80, True), fill=(10, 14, 34),
           stroke_width=1, stroke_fill=(50, 70, 120))
    ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
    y += 100
    bw, bh = (X1 - X0 - 2 * 22) / 3, 74
    for i, u in enumerate(UNITS_C):
        bx, by = X0 + (i % 3) * (bw + 22), y + (i // 3) * (bh + 18)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=6, fill=WHITE)
        ctext(d, bx + bw / 2, by + 16, u, font(30, True), (16, 24, 60))
    y += 4 * (bh + 18) + 60
    qrcode(d, W / 2 - 110, y, 220, 4231)
    ctext(d, W / 2, y + 244, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 300, "主办：中国Linux内核开发者大会组委会　承办：中国科学技术大学计算机科学与技术学院",
          font(20), GREY_C)
    return y + 370


def host_c(d, X0, X1, y, host):
    """A forum's host card: an outlined tag, the name and unit on one line, the biography under them."""

    def body(y):
        d.rounded_rectangle([X0 + 28, y, X0 + 132, y + 40], radius=4, outline=TEAL_C, width=2)
        ctext(d, X0 + 80, y + 4, "主持人", font(23, True), TEAL_C)
        hx = X0 + 156
        d.text((hx, y - 4), host[0], font=font(32, True), fill=WHITE)
        d.text((hx + tw(d, host[0], font(32, True)) + 18, y + 6),
               fits(d, host[1], font(22), X1 - hx - tw(d, host[0], font(32, True)) - 46), font=font(22), fill=GREY_C)
        return para(d, X0 + 28, y + 60, host[2], font(21), GREY_C, X1 - X0 - 56, 35, (2, 3)) + 26

    h = body(-10000) + 10000  # measured first on a line nobody sees, then card and text
    d.rectangle([X0, y, X1, y + h + 26], fill=(14, 20, 44), outline=(44, 60, 110), width=2)
    body(y + 26)
    return y + h + 26


def slot_c(d, X0, X1, y, s):
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 62], fill=BAND_C)
        d.text((X0 + 28, y + 12), rng(s), font=font(28, True), fill=TEAL_C)
        d.text((X0 + 300, y + 11), s["title"], font=font(30, True), fill=WHITE)
        return y + 100
    rf = font(24, True)
    tagw = tw(d, rng(s), rf) + 32
    x, w = X0 + 36, X1 - X0 - 64

    def body(y):
        y += 30
        tx1 = X1 - 28 - tagw - 24
        d.rectangle([X1 - 28 - tagw, y + 2, X1 - 28, y + 44], outline=TEAL_C, width=2)
        d.text((X1 - 28 - tagw + 16, y + 7), rng(s), font=rf, fill=TEAL_C)
        for ln in wrap_nicely(d, s["title"], font(33, True), tx1 - x):
            d.text((x, y), ln, font=font(33, True), fill=WHITE)
            y += 50
        y += 14
        for sp in s["sp"]:
            fn = font(27, True)
            photo(d, x + w - 96, y + 2, 96, (44, 56, 96), (92, 108, 150))
            d.text((x, y), sp[0], font=fn, fill=TEAL_C)
            d.text((x + tw(d, sp[0], fn) + 18, y + 4), fits(d, aff(sp), font(22), w - tw(d, sp[0], fn) - 140),
                   font=font(22), fill=INK_C)
            y = max(para(d, x, y + 44, sp[3], font(21), GREY_C, w - 130, 35, (2, 3)), y + 104) + 16
        y += 6
        return labelled(d, x, y, "简介：", font(22, True), TEAL_C, s["abstract"], font(22), INK_C, w, 37) + 24

    h = body(-10000) + 10000  # measured first on a line nobody sees, then card and text
    d.rectangle([X0, y, X1, y + h], fill=CARD_C)
    d.rectangle([X0, y, X0 + 6, y + h], fill=TEAL_C)
    body(y)
    return y + h + 36


def bg_c(w, h):
    im = vgrad(w, h, (10, 14, 36), (6, 8, 24))
    im = glow(im, 980, 200, 360, (150, 80, 255), 0.55)
    im = glow(im, 120, 700, 300, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(2200, h - 600, 2000)):
        im = glow(im, 1000 if k % 2 else 80, yy, 380, (120, 80, 255) if k % 2 else (0, 180, 170), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(8):  # neon streaks of the header
        d.line([(600 + i * 60, 0), (1080, 460 - i * 50)], fill=(60, 50, 140), width=2)
    return grain(im, 4231, 0.01)


def poster_c():
    return jpeg_round_trip(two_pass(1080, paint_c, bg_c), 92), forums_truth(FORUMS_C, DATE_C)


# ===========================================================================
# 4. CLK 2124 (第119届), 哈尔滨, Saturday 2124-10-28: a designer's CREAM long
#    image (a red header with a snowflake, white cards on a warm page, a thin
#    spine down the middle between the cards).  Each forum: its name centred in
#    serif, '主持人：name　unit' centred under it (no biography).  Each talk: a
#    red range PILL centred on the spine over the card; in the card the
#    speaker(s) FIRST (round photo, name, 'company job', biography), a short red
#    rule, then the bold title and an UNLABELLED abstract in grey.  The round
#    table: tag '主持' over the moderator, tag '嘉宾' over four guests in a
#    2 x 2 grid, each with 'company job' and a one-line biography, then title
#    and abstract.  Breaks: grey pills on the spine.
DATE_D = "2124-10-28"
FORUMS_D = [
    ("主论坛", ("孙丽华", "哈尔滨工业大学 教授"), [
        T("09:00", "09:15", "开幕致辞",
          [S("王海", "哈尔滨工业大学", "副校长",
             "哈尔滨工业大学计算学部教授，长期从事计算机系统结构研究，国家级教学名师，曾主持多项国家重大科研项目。")],
          "孙丽华", "介绍哈尔滨工业大学与开源社区的合作，欢迎各位开发者来到冰城。"),
        T("09:15", "10:00", "GPU 内存与 HMM：面向 AI 集群的内核内存管理",
          [S("周凯", "英伟达", "系统软件工程师",
             "英伟达 GPU 驱动团队成员，从事 HMM 与 nouveau 相关开发，此前在阿里云负责异构计算实例的内核支持。")],
          "孙丽华",
          "AI 集群需要 CPU 与 GPU 共享同一个地址空间。报告介绍 HMM、device-private 页面与 mmu_notifier 的工作方式，"
          "以及开源驱动在其上的进展。"),
        T("10:00", "10:45", "Kernel Testing at Scale: KernelCI and Regzbot in Practice",
          [S("Matteo Conti", "Red Hat", "Principal Software Engineer",
             "Matteo maintains parts of the CKI test infrastructure at Red Hat and sits on the KernelCI technical "
             "steering committee. He previously worked at Linaro on Arm boot testing.")], "孙丽华",
          "Thousands of tests run on every upstream release candidate. This talk explains how KernelCI results "
          "reach maintainers, how regzbot tracks regressions, and how companies can join in."),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "12:00", "圆桌对话：开源内核人才的培养与成长",
          [S("高翔", "openEuler 社区", "技术委员会委员", "长期参与开源社区运营与高校合作。"),
           S("何敏", "龙蜥社区", "技术委员会委员", "推动龙蜥社区与三十余所高校共建课程。"),
           S("李志强", "清华大学", "副教授", "主讲操作系统课程，带学生向上游提交补丁。"),
           S("陈晓东", "华为", "主任工程师", "负责华为内核团队新员工的培养计划。"),
           S("杨帆", "字节跳动", "内核工程师", "在校期间即开始向主线内核提交补丁。")], "孙丽华",
          "高校教育、社区实践与企业培养如何衔接？四位嘉宾分享各自的经验，并讨论学生参与上游开发的路径。",
          panel=True),
        B("12:00", "13:30", "午餐"),
    ]),
    ("调度与锁分论坛", ("金涛", "哈尔滨工业大学 副教授"), [
        T("13:30", "14:10", "qspinlock 在多路 NUMA 服务器上的公平性",
          [S("秦浩", "华为", "内核工程师",
             "华为鲲鹏计算团队内核工程师，负责锁与原子操作在 ARM64 多路服务器上的优化，是 CNA 锁补丁的测试者。"),
           S("卢静", "华为", "工程师",
             "2022 年加入华为，从事内核锁性能评估与 lockdep 相关开发，硕士毕业于哈尔滨工业大学。")], "金涛",
          "在四路 ARM64 服务器上，qspinlock 的跨 NUMA 交接会造成严重的不公平和吞吐下降。报告分析问题的成因，并比较 "
          "CNA 与 shuffle 两种方案的效果。"),
        T("14:10", "14:50", "proxy execution：优先级反转的内核解法",
          [S("贺云", "vivo", "内核专家",
             "vivo 内核团队调度方向负责人，关注手机前台任务的响应延迟，是 proxy execution 补丁系列的长期测试者。")],
          "金涛",
          "互斥锁的持有者被低优先级调度时会拖慢高优先级任务。报告介绍 proxy execution 的设计、它与 rt_mutex 的区别，"
          "以及在手机上的卡顿改善数据。"),
    ]),
    ("文件系统分论坛", ("夏宇", "哈尔滨工程大学 副教授"), [
        T("13:30", "14:10", "bcachefs 与 Btrfs 的数据校验与修复对比",
          [S("魏东", "统信软件", "文件系统工程师",
             "统信软件内核团队成员，负责文件系统选型与稳定性测试，此前在浪潮从事存储软件开发。")], "夏宇",
          "bcachefs 与 Btrfs 都提供数据校验和自动修复。报告用故障注入比较两者在静默数据损坏下的检测与修复能力，"
          "以及对性能的影响。"),
        T("14:10", "14:50", "FUSE passthrough 与 virtiofs 的性能对比",
          [S("蒋楠", "蚂蚁集团", "技术专家",
             "蚂蚁集团安全容器团队成员，负责 Kata 容器的存储方案，是 virtiofs 与 FUSE 的贡献者。")], "夏宇",
          "FUSE passthrough 让读写请求绕过用户态守护进程。报告介绍其实现与安全约束，并在容器镜像与 AI 数据集读取"
          "场景中与 virtiofs 对比。"),
    ]),
    ("安全与 eBPF 分论坛", ("陆平", "中国科学院信息工程研究所 研究员"), [
        T("13:30", "14:10", "BPF LSM 在容器运行时防护中的实践",
          [S("石磊", "麒麟软件", "安全工程师",
             "麒麟软件操作系统安全团队成员，负责强制访问控制与容器安全加固，参与多项等保测评工作。")], "陆平",
          "BPF LSM 可以在不重新编译内核的情况下挂载安全策略。报告介绍我们在容器运行时中基于 BPF LSM 实现的文件与"
          "网络访问控制，以及性能与可维护性的权衡。"),
        T("14:10", "14:50", "Landlock 用户态沙箱的落地与权衡",
          [S("黎娜", "中兴通讯", "安全专家",
             "中兴通讯操作系统产品部安全专家，负责嵌入式 Linux 的安全加固，曾在奇安信从事漏洞分析。")], "陆平",
          "Landlock 让非特权进程为自己设置文件与网络访问限制。报告介绍它的规则模型和 ABI 演进，以及在网元设备管理"
          "进程中的落地经验。"),
    ]),
]
PAPER_D, INK_D, GREY_D, RED_D = (250, 246, 238), (36, 32, 30), (112, 102, 94), (176, 32, 44)
LINE_D, PALE_D = (226, 216, 200), (243, 236, 224)


def snowflake(d, cx, cy, r, fill):
    """A six-armed snowflake drawn in lines, the designer's mark for Harbin."""
    for k in range(6):
        a = math.pi / 3 * k
        ex, ey = cx + r * math.cos(a), cy + r * math.sin(a)
        d.line([(cx, cy), (ex, ey)], fill=fill, width=4)
        for t in (0.45, 0.7):
            bx, by = cx + r * t * math.cos(a), cy + r * t * math.sin(a)
            for s in (-1, 1):
                b = a + s * math.pi / 4
                d.line([(bx, by), (bx + r * 0.22 * math.cos(b), by + r * 0.22 * math.sin(b))], fill=fill, width=3)


def person_d(d, x, y, w, sp):
    """A speaker row: round photo, name with 'company job' beside it, the biography under them."""
    photo(d, x, y + 2, 100, (232, 224, 212), (196, 184, 168))
    tx = x + 124
    fn = font(30, True)
    d.text((tx, y), sp[0], font=fn, fill=INK_D)
    d.text((tx + tw(d, sp[0], fn) + 16, y + 6), fits(d, aff(sp), font(22), w - 124 - tw(d, sp[0], fn) - 16),
           font=font(22), fill=RED_D)
    return max(para(d, tx, y + 52, sp[3], font(21), GREY_D, w - 124, 35, (2, 3)), y + 108) + 18


def guest_d(d, x, y, w, sp):
    """A round table's guest: the name, 'company job' under it, a one-line biography."""
    d.text((x, y), sp[0], font=font(28, True), fill=INK_D)
    d.text((x, y + 44), fits(d, aff(sp), font(21), w), font=font(21), fill=RED_D)
    para(d, x, y + 80, sp[3], font(20), GREY_D, w, 32, (1, 1))
    return y + 124


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 52, 48, WHITE, (255, 214, 214))
    rtext(d, X1 - 8, 54, "哈尔滨工业大学", font(30, True), WHITE)
    rtext(d, X1 - 8, 96, "HARBIN INSTITUTE OF TECHNOLOGY", font(14, True), (255, 214, 214))
    d.text((52, 170), "CLK", font=font(150, True, True), fill=WHITE)
    d.text((392, 236), "2124", font=font(84, True, True), fill=(255, 214, 214))
    d.text((56, 384), "第119届中国Linux内核开发者大会", font=font(52, True), fill=WHITE)
    d.text((58, 462), "CHINA LINUX KERNEL DEVELOPERS CONFERENCE", font=font(22, True), fill=(255, 214, 214))
    d.text((56, 530), "10.28　SAT.", font=font(44, True, True), fill=WHITE)
    d.text((56, 604), "2124年10月28日（周六）· 哈尔滨工业大学 科学园 报告厅", font=font(26), fill=WHITE)
    y = 800
    ctext(d, W / 2, y, "议程一览", font(54, True, True), INK_D)
    y += 76
    ctext(d, W / 2, y, "P R O G R A M", font(22, True), RED_D)
    y += 64
    y = para(d, X0 + 40, y, INTRO_D, font(23), GREY_D, X1 - X0 - 80, 40) + 60
    CX = W / 2
    for k, (name, host, slots) in enumerate(FORUMS_D):
        if k == 1:
            d.rectangle([X0, y, X1, y + 70], fill=RED_D)
            ctext(d, CX, y + 14, "下午 · 三个分论坛同时进行", font(32, True), WHITE)
            y += 120
        d.line([(X0 + 60, y + 36), (X0 + 200, y + 36)], fill=RED_D, width=2)
        d.line([(X1 - 200, y + 36), (X1 - 60, y + 36)], fill=RED_D, width=2)
        ctext(d, CX, y, name, font(50, True, True), INK_D)
        y += 84
        ctext(d, CX, y, fits(d, "主持人：%s　%s" % host, font(25), X1 - X0), font(25), GREY_D)
        y += 70
        for s in slots:
            d.line([(CX, y), (CX, y + 30)], fill=LINE_D, width=3)
            y = slot_d(d, X0, X1, CX, y + 30, s)
        y += 70
    d.rectangle([X0, y, X1, y + 2], fill=LINE_D)
    y += 50
    ctext(d, CX, y, "主办　中国Linux内核开发者大会组委会", font(24), INK_D)
    ctext(d, CX, y + 44, "承办　哈尔滨工业大学计算学部", font(24), INK_D)
    ctext(d, CX, y + 88, "支持　华为 · 阿里云 · 字节跳动 · 蚂蚁集团 · Red Hat · 英伟达 · openEuler · 龙蜥社区",
          font(22), GREY_D)
    y += 160
    qrcode(d, CX - 100, y, 200, 4241)
    ctext(d, CX, y + 222, "扫码报名　冰城见", font(30, True), RED_D)
    return y + 300


def slot_d(d, X0, X1, CX, y, s):
    rf = font(28, True)
    if s["kind"] == "break":
        text = rng(s) + "　" + s["title"]
        pw = tw(d, text, rf) + 64
        d.rounded_rectangle([CX - pw / 2, y, CX + pw / 2, y + 56], radius=28, fill=PALE_D, outline=LINE_D, width=2)
        ctext(d, CX, y + 9, text, rf, GREY_D)
        return y + 56
    pw = tw(d, rng(s), rf) + 64
    d.rounded_rectangle([CX - pw / 2, y, CX + pw / 2, y + 56], radius=28, fill=RED_D)
    ctext(d, CX, y + 9, rng(s), rf, WHITE)
    y += 56
    d.line([(CX, y), (CX, y + 20)], fill=LINE_D, width=3)
    y += 20
    x, w = X0 + 36, X1 - X0 - 72

    def body(y):
        y += 34
        if s.get("panel"):
            for tag, people in (("主持", s["sp"][:1]), ("嘉宾", s["sp"][1:])):
                d.rounded_rectangle([x, y, x + 86, y + 38], radius=4, outline=RED_D, width=2)
                ctext(d, x + 43, y + 3, tag, font(23, True), RED_D)
                y += 58
                gw = (w - 40) / 2
                for i, sp in enumerate(people):
                    yy = guest_d(d, x + (i % 2) * (gw + 40), y, gw, sp)
                    if i % 2 == 1 or i == len(people) - 1:
                        y = yy + 10
        else:
            for sp in s["sp"]:
                y = person_d(d, x, y, w, sp)
        d.rectangle([x, y + 4, x + 64, y + 9], fill=RED_D)
        y += 32
        for ln in wrap_nicely(d, s["title"], font(34, True), w):
            d.text((x, y), ln, font=font(34, True), fill=INK_D)
            y += 50
        y += 10
        return para(d, x, y, s["abstract"], font(22), GREY_D, w, 37, (1, 4)) + 28

    h = body(-10000) + 10000  # measured first on a line nobody sees, then card and text
    d.rounded_rectangle([X0 + 4, y + 6, X1 + 4, y + h + 6], radius=16, fill=(236, 228, 214))  # a soft shadow
    d.rounded_rectangle([X0, y, X1, y + h], radius=16, fill=WHITE, outline=LINE_D, width=2)
    body(y)
    return y + h


INTRO_D = ("第119届中国 Linux 内核开发者大会在哈尔滨工业大学举行。上午主论坛邀请产业界与社区的讲者分享内核的最新方向，"
           "并设一场关于开源人才培养的圆桌对话；下午调度与锁、文件系统、安全与 eBPF 三个分论坛同时进行。")


def bg_d(w, h):
    im = Image.new("RGB", (w, h), PAPER_D)
    im.paste(vgrad(w, 700, (196, 36, 48), (150, 24, 36)), (0, 0))
    d = ImageDraw.Draw(im)
    snowflake(d, 880, 330, 170, (214, 80, 90))
    snowflake(d, 1010, 600, 60, (210, 70, 82))
    return im


def poster_d():
    return two_pass(1080, paint_d, bg_d), forums_truth(FORUMS_D, DATE_D)


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-41 (and 4..40 before it): speakers are names as printed with spaces removed "
    "(the Latin names 'Thomas Becker' -> 'ThomasBecker', 'Matteo Conti' -> 'MatteoConti'); host is the chair printed "
    "for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; where two speakers "
    "are printed each has his own affiliation, given per speaker; affiliations keep a printed job title, joined to the "
    "company by one space ('华为 openEuler 内核技术专家', '阿里云 龙蜥社区内核 SIG 负责人', 'SUSE Senior Kernel "
    "Engineer'); break titles are as printed; an opening speech printed with a speaker is a talk, a slot printed "
    "without a speaker ('开幕', '开场', '全体合影') is a break; '午餐' closes 主论坛 as its break. As in set 41 every forum "
    "carries a 'date'; here each edition is ONE day (主论坛 in the morning, three forums in parallel in the "
    "afternoon), so every forum's date is the poster's. Four editions, each on ONE picture only, so no talk is on two "
    "posters: CLK 2121 (第116届, 西安, 2121-10-25), CLK 2122 (第117届, 南京, 2122-10-24), CLK 2123 (第118届, 合肥, "
    "2123-10-30), CLK 2124 (第119届, 哈尔滨, 2124-10-28), all Saturdays. Each picture is the one agenda image of a "
    "whole edition, 1080 px wide and 8000 to 11000 px tall, that prints for EVERY talk the speaker's biography (two or "
    "three lines; for a round table one line per person) and the talk's abstract. Biographies, abstracts, the "
    "hosts' biographies and the label '简介：' are never titles, names, affiliations or slots: a speaker's affiliation "
    "is the 'company job' printed by his name even where his biography names another employer ('此前曾在英特尔开源技术"
    "中心…' for 刘洋 of 阿里云, '2021 年以前在百度…' for 何婷 of 字节跳动, '曾就职于 AMD 上海研发中心' for 孔祥 of 海光"
    "信息), and a name inside a biography ('导师为蒋文教授') is no speaker. Headers, introductions, addresses, date "
    "pills, support units, QR captions, organiser lines and bands such as '— 下午　三个分论坛同时进行 —', '下午　三个分"
    "论坛同时进行' or '下午 · 三个分论坛同时进行' are never part of a name, a title or a slot; the number boxes and big "
    "numerals ('01'..'03') and the English tags ('MAIN FORUM', 'FORUM 01') are no part of a forum's name. Added or "
    "stressed here: (1) CLK 2121 (JPEG, the organisers' royal blue): each forum in a glowing box with '>>>　主持人："
    "name　<<<' and the unit under it; each talk's range in a filled TAB over its cut-corner frame; in the frame the "
    "title, then the abstract UNLABELLED in smaller pale type (it is no part of the title), a dashed rule, and per "
    "speaker a photo, the name, 'company job' under it and the biography. 何婷 and 吴迪 (both 字节跳动) are two speakers "
    "of one talk, each with his own biography. The round table '圆桌论坛：大模型时代的操作系统内核' (11:25-12:10) prints "
    "a tag '主持' over 周立明 and a tag '嘉宾' over four guests, each 'name  company job' over a one-line biography: its "
    "speakers are the moderator and then the guests in printed order (five speakers, five affiliations), the title "
    "keeps '圆桌论坛：', the tags are labels, and the moderator is not the forum's host (阙海涛). Uncommon surname 阙 "
    "(the host of 主论坛). (2) CLK 2122 (PNG, a designer's light page): each forum's head is an English tag, the name "
    "and a HOST CARD (tag '主持人', a photo, the name, the unit beside it, a two-line biography): the host is the name "
    "on that card. Each talk's range stands in a column LEFT of its card, level with the card's top, so beside the "
    "speaker's name: the card gives the speaker(s) FIRST (photo, name, 'company job', biography), then a rule, the "
    "title and the abstract after '简介：'. A range belongs to the card beside it, and a title to the speaker(s) "
    "above it in the same card, never to the next card's speaker under it. 彭飞 and 汪敏 (both 腾讯云) are two "
    "speakers of one card. '开幕致辞' is a talk of 杨建华 (南京大学 副校长). (3) CLK 2123 (JPEG, the organisers' "
    "near-black family): forums under big teal numbers, each with a host card (an outlined tag '主持人', the name, "
    "the unit, a biography); each talk a dark card: the title at the left and the range in an outlined TAG at the "
    "card's TOP RIGHT, then per speaker 'name  company job' with the biography under it (a photo at the right), and "
    "last the abstract after '简介：'. 孔祥 (海光信息) and 逯晓燕 (中国科学技术大学 博士研究生) are two speakers of one "
    "card. '09:00-09:10 开场' and '11:40-11:50 全体合影' are breaks. '大页的在线去碎片：' / 'khugepaged 与 compaction "
    "调优' is one title. Uncommon surname 逯 (a speaker). (4) CLK 2124 (PNG, a designer's cream page): a spine down "
    "the middle with a red range PILL centred over each card (grey pills for breaks, '10:45-11:00　茶歇'); each forum's "
    "name centred with '主持人：name　unit' under it; in each card the speaker(s) FIRST (photo, name, 'company job', "
    "biography), a short red rule, then the title and an UNLABELLED abstract. A pill belongs to the card under it. "
    "秦浩 and 卢静 (both 华为) are two speakers of one card. The round table '圆桌对话：开源内核人才的培养与成长' "
    "(11:00-12:00) prints, before its title, a tag '主持' over 高翔 and a tag '嘉宾' over four guests in a 2 x 2 grid "
    "(name, 'company job', a one-line biography), read row by row: 何敏, 李志强, then 陈晓东, 杨帆; its speakers are the "
    "moderator and the four guests in that order, the title keeps '圆桌对话：'. 'Kernel Testing at Scale: KernelCI' / "
    "'and Regzbot in Practice' and (CLK 2121) 'Rethinking Memory Reclaim' / 'for Terabyte-Scale Servers' are one title "
    "each, joined with a space. Forums of two talks end with their second talk (no break printed after it); the "
    "forums of three talks print a '茶歇' between the second and the third, a break of that forum. The title '开幕致辞' "
    "on two posters is the opening of two editions (different speakers), not one talk."
)

LAYOUTS = {
    "organisers-blue-tab-over-card-bios.jpg": (
        "CLK 2121 (第116届), 西安, 2121-10-25 (JPEG q85 after a q92 round trip, 1080 x 10610): the organisers' royal-blue "
        "long image; 主论坛 and three afternoon forums in glowing boxes with '>>> 主持人：name <<<'; each talk's range "
        "in a tab over a cut-corner frame holding the title, an UNLABELLED abstract and per speaker a photo, name, "
        "'company job' and a biography; a round table with a moderator and four guests, one-line biographies. "
        "Uncommon surname 阙. 4 + 2 + 2 + 3 talks.",
        DATE_A, poster_a, 85),
    "light-speaker-first-time-left-host-bios.png": (
        "CLK 2122 (第117届), 南京, 2122-10-24 (PNG, 1080 x 8258): a designer's light long image; each forum with an "
        "English tag and a host card with a biography; each talk's range in a column LEFT of its card, the card "
        "giving the speaker(s) with biography FIRST, then the title and the abstract after '简介：'. 4 + 2 + 2 + 2 talks.",
        DATE_B, poster_b, None),
    "dark-tag-top-right-host-bios.jpg": (
        "CLK 2123 (第118届), 合肥, 2123-10-30 (JPEG q88 after a q92 round trip, 1080 x 8176): the organisers' "
        "near-black family; forums under big teal numbers with host cards and biographies; each talk a dark card "
        "with the title at the left, the range in a tag at the TOP RIGHT, 'name  company job' and the biography, "
        "then the abstract after '简介：'. Uncommon surname 逯. 3 + 3 + 2 + 2 talks.",
        DATE_C, poster_c, 88),
    "cream-spine-pill-speaker-first-panel-grid.png": (
        "CLK 2124 (第119届), 哈尔滨, 2124-10-28 (PNG, 1080 x 8161): a designer's cream long image with a red header; "
        "a centred range pill on a spine over each card; the speaker(s) with biography FIRST, then the title and an "
        "UNLABELLED abstract; a round table whose four guests stand in a 2 x 2 grid with one-line biographies. "
        "4 + 2 + 2 + 2 talks.",
        DATE_D, poster_d, None),
}


def main():
    posters = []
    for fn, (layout, date, draw, quality) in LAYOUTS.items():
        im, forums = draw()
        assert "%d x %d" % im.size in layout, (fn, im.size)
        path = os.path.join(HERE, fn)
        if fn.endswith(".jpg"):
            im.save(path, "JPEG", quality=quality, subsampling=2)
        else:
            im.save(path, optimize=True)
        assert os.path.getsize(path) < 1.6e6, (fn, os.path.getsize(path))
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
