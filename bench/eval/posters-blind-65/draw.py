"""Draw the sixty-fifth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the seven pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances
(seeds are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 2651 (第646届, 宜昌, 三峡大学, Saturday 2651-10-18),
printed as CLK2024's repository holds its posters: ONE POSTER PER FORUM for
CLK2025's six forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛,
调度、性能与调试分论坛, 硬件架构与异构计算分论坛, AI 基础设施与 eBPF 应用分论坛),
each file named by its forum, plus the whole agenda 大会全议程.webp; all WebP,
1080 px wide, in the organisers' 2024 royal blue.  The SAME talks are on a
forum's poster and on the whole agenda, so truth.json lists each talk once per
picture it is on.
  forum posters: the forum's name on a plate, '>>> 主持人：name <<<' over the
    unit; each talk after chevrons: the range on a TAB at the top left of a
    frame, the title, per speaker a biography at the left and a ringed photo at
    the right, then the NAME PLATE with 'company job' beside it; two speakers
    one under the other; breaks are bands, range at the left, label at the right.
  whole agenda: header, introduction, '大会议程', per forum a heading with the
    host at its right (or under it, for long names), each talk a row: range at
    the left, a dot on a line, the title, one line per speaker 'name  company
    job' (a Latin name on its own line over 'company job'); breaks are bars.
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
# helpers copied unchanged from posters-blind-62/draw.py (which took most of them
# from posters-blind-59): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
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
# CLK 2651 (第646届), 宜昌, 三峡大学, Saturday 2651-10-18.  ONE edition printed
# as CLK2024's repository holds its posters: one WebP per forum (named by the
# forum, as upstream names them) and the whole agenda, 大会全议程.webp.  The
# same talks are on a forum's poster and on the whole agenda.
EDITION = "CLK 2651"
NTH = "第646届中国"
DATE = "2651-10-18"
DATE_PRINTED = "2651年10月18日"
CITY = "宜昌"
SCHOOL = "三峡大学"
SCHOOL_EN = "CHINA THREE GORGES UNIVERSITY"
MAIN_HALL = "三峡大学 求索楼一楼 学术报告厅"

# (forum, file, hall, (host, host's unit), slots)
FORUMS = [
    ("主论坛", "主论坛.webp", MAIN_HALL,
     ("宦志远", "三峡大学计算机与信息学院院长、教授"), [
         B("09:00", "09:05", "开场"),
         T("09:05", "09:20", "嘉宾致辞",
           [S("范德明", "三峡大学", "副校长",
              "三峡大学副校长，教授、博士生导师，长期从事水利水电工程信息化与嵌入式系统研究。主持国家重点研发计划"
              "课题、国家自然科学基金重点项目等十余项，发表学术论文一百余篇，获湖北省科技进步奖一等奖两次，"
              "入选湖北省高层次人才计划，兼任中国计算机学会嵌入式系统专业委员会委员。")], "宦志远"),
         T("09:20", "09:55", "面向智能体负载的 Linux 内核：资源隔离的新问题",
           [S("魏振宇", "阿里云", "操作系统首席架构师",
              "阿里云操作系统团队首席架构师，龙蜥社区技术委员会委员，负责云原生场景下的内核架构与资源隔离方案，"
              "主导了多代神龙服务器的内核适配。加入阿里云之前，在英特尔开源技术中心从事内存管理与虚拟化开发"
              "九年，是多个上游子系统的长期贡献者。")], "宦志远"),
         T("09:55", "10:30", "从 5.10 到 6.12：手机内核长期维护的得与失",
           [S("邱晓岚", "OPPO", "内核技术总监",
              "OPPO 内核技术总监，负责 ColorOS 各机型的内核基线、稳定性与性能，带领团队完成了三次大版本内核迁移，"
              "推动数十个补丁合入上游。此前在魅族从事 Android 底层开发，2012 年硕士毕业于华中科技大学。")],
           "宦志远"),
         B("10:30", "10:45", "茶歇"),
         T("10:45", "11:20", "Confidential Computing in Mainline: Where TDX and CCA Stand",
           [S("Elena Varga", "SUSE", "Distinguished Engineer",
              "Elena works on virtualization and confidential computing at SUSE and co-maintains parts of the "
              "KVM selftests. Before joining SUSE she spent six years at Intel on TDX enablement and, earlier, "
              "worked on Xen at Citrix. She speaks regularly at Linux Plumbers and KVM Forum.")], "宦志远"),
         T("11:20", "11:55", "国产 CPU 平台上的内核调优：从固件到调度器",
           [S("郁海波", "海光信息", "操作系统部经理",
              "海光信息操作系统部经理，负责海光处理器在主流发行版中的内核使能与性能调优，组织完成了多个国产"
              "操作系统的兼容认证。此前在 AMD 上海研发中心从事 BIOS 与电源管理开发十年。"),
            S("钟雅琪", "海光信息", "内核工程师",
              "海光信息内核工程师，关注 NUMA 调度、CPU 频率与 C-state 管理，维护公司内部的性能回归平台，"
              "2020 年硕士毕业于电子科技大学。")], "宦志远"),
         T("11:55", "12:25", "开源操作系统人才培养：课程、竞赛与社区",
           [S("酆晓琳", "武汉大学计算机学院", "副教授",
              "武汉大学计算机学院副教授，研究方向为操作系统与系统安全，开设本科操作系统实践课程十余年，"
              "指导学生在全国大学生计算机系统能力大赛中多次获奖，并组织学生向上游内核社区提交补丁。")],
           "宦志远"),
         B("12:25", "13:30", "午餐"),
     ]),
    ("内存管理与优化分论坛", "内存管理与优化分论坛.webp", "三峡大学 求索楼 201 报告厅",
     ("冀文斌", "华中科技大学计算机学院教授"), [
         T("14:00", "14:30", "mTHP 在低内存手机上的碎片治理",
           [S("项晨阳", "vivo", "内核工程师",
              "vivo 内核团队工程师，负责手机内存管理的性能与稳定性，参与了多档大页在中低端机型上的默认开启，"
              "熟悉 compaction 与回收路径。此前在展锐从事 Android 平台 BSP 开发三年。")], "冀文斌"),
         T("14:30", "15:00", "Slab Allocator Rework: Sheaves and Per-CPU Caches in Production",
           [S("裴宇航", "字节跳动", "STE 内核工程师",
              "字节跳动 STE 团队内核工程师，关注 slab 分配器与内存记账，在数十万台服务器上验证了 slab "
              "新特性的收益与回归，向上游提交补丁四十余个。")], "冀文斌"),
         T("15:00", "15:30", "基于 DAMON 的冷内存识别与主动回收",
           [S("孟凡超", "蚂蚁集团", "技术专家",
              "蚂蚁集团基础设施部技术专家，负责在离线混部集群的内存超卖与回收策略，主导了冷内存主动回收方案"
              "在生产环境的落地。"),
            S("柴静怡", "浙江大学", "博士研究生",
              "浙江大学计算机科学与技术学院博士研究生，研究方向为内存分层与页面冷热识别，相关成果发表于 "
              "EuroSys 与 ATC。")], "冀文斌"),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:20", "hugetlb 页表共享在数据库场景的实践",
           [S("顾明轩", "腾讯云", "高级工程师",
              "腾讯云 TencentOS 团队高级工程师，负责数据库与大数据场景的内核优化，熟悉 hugetlb、页表与 NUMA "
              "内存策略。曾在华为 2012 实验室从事服务器内核研发，也在 Oracle 数据库团队工作过两年。")],
           "冀文斌"),
         T("16:20", "16:50", "页缓存预读策略的自适应调整",
           [S("岳思远", "小米", "系统软件工程师",
              "小米手机部系统软件工程师，负责文件读写路径与页缓存相关的性能优化，开发了基于应用行为的"
              "预读参数调整框架，覆盖多款量产机型。")], "冀文斌"),
         T("16:50", "17:20", "swap 子系统重构后的性能回归分析",
           [S("单一鸣", "荣耀", "内核专家",
              "荣耀操作系统部内核专家，负责 swap、zram 与内存压缩，长期跟踪上游 swap 子系统的演进并在手机上"
              "做回归测试，此前在华为终端工作六年。")], "冀文斌"),
         T("17:20", "17:50", "KSM 在虚拟机超分场景下的收益评估",
           [S("甘　露", "中国移动云能力中心", "研发工程师",
              "中国移动云能力中心研发工程师，负责云主机内存超分与 KSM 调优，设计了按业务类型的合并策略，"
              "在公有云资源池中规模部署。")], "冀文斌"),
     ]),
    ("文件系统与存储分论坛", "文件系统与存储分论坛.webp", "三峡大学 求索楼 203 报告厅",
     ("金秀兰", "华中科技大学武汉光电国家研究中心研究员"), [
         T("14:00", "14:30", "ext4 大目录查找的哈希冲突优化",
           [S("秦　宇", "华为", "文件系统工程师",
              "华为操作系统内核实验室文件系统工程师，维护 openEuler 中的 ext4 与 jbd2，定位并修复了多个"
              "大目录场景下的性能与一致性问题，是上游 ext4 的活跃贡献者。")], "金秀兰"),
         T("14:30", "15:00", "F2FS 垃圾回收策略在 UFS 4.0 上的重新调优",
           [S("曲梦琪", "传音控股", "存储软件工程师",
              "传音控股存储软件工程师，负责海外机型的闪存寿命与读写性能，主导了 F2FS 后台 GC 策略的重新"
              "设计，在多款机型上降低了写放大。")], "金秀兰"),
         T("15:00", "15:30", "io_uring 与 NVMe passthrough 在分布式存储中的落地",
           [S("冉志强", "京东云", "存储研发工程师",
              "京东云存储研发工程师，负责分布式块存储的数据面，推动 io_uring 在存储节点上的全面使用，"
              "关注尾延迟与 CPU 开销。"),
            S("倪　佳", "京东云", "高级工程师",
              "京东云高级工程师，负责 NVMe 驱动与存储节点内核，此前在 Dell EMC 从事存储阵列软件开发五年。")],
           "金秀兰"),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:20", "overlayfs 元数据拷贝的延迟优化",
           [S("包文杰", "网易数帆", "存储内核工程师",
              "网易数帆存储内核工程师，负责容器镜像与 overlayfs 相关的内核优化，将大镜像容器的启动时间"
              "降低了一半以上。")], "金秀兰"),
         T("16:20", "16:50", "Large Atomic Writes: From the Block Layer to XFS",
           [S("邢浩然", "希捷科技", "高级软件工程师",
              "希捷科技高级软件工程师，参与企业级硬盘与 SSD 的主机侧软件生态建设，跟踪原子写在块层与 XFS "
              "中的上游实现，并为数据库厂商提供调优支持。")], "金秀兰"),
         T("16:50", "17:20", "dm-verity 在车机启动链路中的加速",
           [S("庞　博", "理想汽车", "操作系统工程师",
              "理想汽车操作系统工程师，负责智能座舱的启动速度与安全启动链路，设计了 dm-verity 的并行"
              "校验方案。此前在博世中国从事车载信息娱乐系统开发，也曾在东软工作。")], "金秀兰"),
         T("17:20", "17:50", "基于机器学习的 SSD 故障预测与内核告警",
           [S("阮　婧", "三峡大学", "硕士研究生",
              "三峡大学计算机与信息学院硕士研究生，研究方向为存储系统可靠性，参与了数据中心硬盘故障预测"
              "项目，相关工作获省级大学生创新项目资助。")], "金秀兰"),
     ]),
    ("调度、性能与调试分论坛", "调度、性能与调试分论坛.webp", "三峡大学 图书馆 第一报告厅",
     ("米海峰", "腾讯 TencentOS 内核负责人"), [
         T("14:00", "14:30", "sched_ext 调度器在游戏帧率稳定性上的尝试",
           [S("蒋逸飞", "网易", "系统开发工程师",
              "网易游戏技术中心系统开发工程师，负责游戏服务器与云游戏节点的内核调优，用 sched_ext 实现了"
              "面向渲染线程的调度策略，显著降低了帧时间抖动。")], "米海峰"),
         T("14:30", "15:00", "EEVDF 的 slice 参数在在线服务中的调优",
           [S("叶晨曦", "美团", "内核工程师",
              "美团基础架构部内核工程师，负责在线服务集群的调度延迟优化，完成了 EEVDF 调度器在公司内的"
              "升级评估与参数基线。")], "米海峰"),
         T("15:00", "15:30", "perf 与 BPF 结合的 off-CPU 分析工具链",
           [S("汪　楠", "字节跳动", "性能工程师",
              "字节跳动系统技术与工程团队性能工程师，开发了面向全量机器的 off-CPU 剖析工具，日均处理数十亿条"
              "调用栈数据，是 perf 工具的上游贡献者。")], "米海峰"),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:20", "内核 livepatch 在金融核心系统中的使用规范",
           [S("尚佳音", "中国工商银行软件开发中心", "工程师",
              "中国工商银行软件开发中心工程师，负责主机与开放平台操作系统的补丁治理，制定了热补丁制作、"
              "评审与回退的企业规范。")], "米海峰"),
         T("16:20", "16:50", "锁竞争的可视化：lockstat 之外",
           [S("黎　雪", "麒麟软件", "内核工程师",
              "麒麟软件内核工程师，负责服务器版本的锁与调度性能分析，开发了锁竞争热力图工具。"),
            S("杭　俊", "国防科技大学", "博士研究生",
              "国防科技大学计算机学院博士研究生，研究方向为多核同步原语与可扩展锁。")], "米海峰"),
         T("16:50", "17:20", "kdump 在大内存机器上的转储加速",
           [S("管敬之", "浪潮信息", "系统软件工程师",
              "浪潮信息服务器操作系统团队系统软件工程师，负责宕机转储与故障分析工具，将 4TB 内存机器的转储"
              "时间从小时级降到分钟级。此前在联想数据中心业务部工作，更早在中标软件从事发行版维护。")],
           "米海峰"),
         T("17:20", "17:50", "实时 Linux 在机器人控制器上的抖动分析",
           [S("邵一凡", "优必选科技", "嵌入式工程师",
              "优必选科技嵌入式工程师，负责人形机器人运动控制器的实时操作系统，熟悉 cyclictest、osnoise "
              "与 timerlat 等工具，关注中断线程化与 CPU 隔离。")], "米海峰"),
     ]),
    ("硬件架构与异构计算分论坛", "硬件架构与异构计算分论坛.webp", "三峡大学 图书馆 第二报告厅",
     ("骆光耀", "龙芯中科系统软件部总监"), [
         T("14:00", "14:45", "RISC-V 向量扩展在内核 crypto 子系统中的使用",
           [S("华雨辰", "中国科学院软件研究所", "工程师",
              "中国科学院软件研究所工程师，参与 RISC-V 软件生态建设，负责内核中向量扩展上下文管理与加密"
              "算法加速的开发与测试，维护多块开发板的持续集成。")], "骆光耀"),
         T("14:45", "15:30", "LoongArch 上的设备直通与中断虚拟化",
           [S("阎国庆", "龙芯中科", "虚拟化工程师",
              "龙芯中科虚拟化工程师，负责 LoongArch KVM 的设备直通、IOMMU 与中断虚拟化，向上游提交补丁"
              "数十个。加入龙芯之前在中兴通讯从事电信云平台开发。")], "骆光耀"),
     ]),
    ("AI 基础设施与 eBPF 应用分论坛", "AI 基础设施与 eBPF 应用分论坛.webp", "三峡大学 国际交流中心 多功能厅",
     ("苗佳宁", "百度智能云资深架构师"), [
         T("14:00", "14:30", "大模型训练集群的内核参数基线治理",
           [S("令狐嘉", "快手", "基础架构工程师",
              "快手基础架构部工程师，负责万卡训练集群的操作系统与内核参数治理，建立了覆盖网络、内存与调度"
              "的配置基线。")], "苗佳宁"),
         T("14:30", "15:00", "用 eBPF 追踪 RDMA 网络中的尾延迟",
           [S("施雨晴", "阿里云", "网络内核工程师",
              "阿里云网络内核工程师，负责高性能网络与 RDMA 的可观测性，开发了基于 eBPF 的端到端延迟追踪"
              "工具，用于训练集群的慢节点定位。")], "苗佳宁"),
         T("15:00", "15:30", "eBPF 程序的签名与加载审计",
           [S("蓝天宇", "深信服", "安全研究员",
              "深信服安全研究员，关注内核攻防与 eBPF 安全，参与了 BPF 程序签名方案的社区讨论，"
              "在国内外安全会议上发表议题多次。")], "苗佳宁"),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:20", "推理服务冷启动：页缓存预热与 mmap 优化",
           [S("雷振东", "商汤科技", "系统工程师",
              "商汤科技大装置团队系统工程师，负责推理平台的模型加载与存储链路，将大模型冷启动时间缩短到"
              "秒级。"),
            S("房晓萌", "上海交通大学", "博士研究生",
              "上海交通大学并行与分布式系统研究所博士研究生，研究方向为面向 AI 负载的操作系统内存管理。")],
           "苗佳宁"),
         T("16:20", "16:50", "基于 eBPF 的 NPU 驱动行为观测",
           [S("宁　浩", "华为", "昇腾驱动工程师",
              "华为昇腾计算产品线驱动工程师，负责 NPU 内核驱动的可维护性与故障定位，开发了基于 eBPF 的"
              "驱动行为观测工具。此前在海思从事手机 GPU 驱动开发。")], "苗佳宁"),
         T("16:50", "17:20", "BPF Arenas for AI Data Paths",
           [S("Marco Bellini", "Isovalent", "Staff Engineer",
              "Marco works on the BPF runtime and verifier at Isovalent, now part of Cisco. He previously "
              "built packet processing pipelines at a European telco and contributes to libbpf and bpftool.")],
           "苗佳宁"),
         T("17:20", "17:50", "用大模型做内核 Oops 日志的自动分诊",
           [S("覃若愚", "统信软件", "AI 研发工程师",
              "统信软件 AI 研发工程师，负责把大模型用于操作系统运维，开发了内核 Oops 与宕机日志的自动归类"
              "与定位工具，已在客户现场试用。")], "苗佳宁"),
     ]),
]

SPONSORS = ["三峡大学", "华为", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "海光信息", "龙芯中科"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "麒麟软件", "统信软件", "湖北省计算机学会"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "51CTO"]

# names of real speakers and hosts seen on the real posters looked at (CLK2024/*), none of which may be used
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉"]


# ---------------------------------------------------------------------------
# painters, new here: the organisers' 2024 royal blue (forum posters and the whole agenda)
CY = (112, 230, 255)
PALE = (204, 222, 255)
FRAME = (120, 200, 255)
PINK = (238, 132, 255)
DEEP = (16, 44, 170)


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def header(im, d, W, hall):
    """The shared head: logo lines, the school, '第646届中国' over 'Linux内核开发者大会', the ring, pill, address."""
    X1 = W - 44
    logo_lines(d, 44, 44, WHITE, CY)
    d.ellipse([X1 - 330, 40, X1 - 274, 96], outline=WHITE, width=3)  # the school's seal
    d.ellipse([X1 - 318, 52, X1 - 286, 84], outline=WHITE, width=2)
    d.text((X1 - 262, 40), SCHOOL, font=font(30, True), fill=WHITE)
    d.text((X1 - 262, 80), SCHOOL_EN, font=font(12, True), fill=PALE)
    d.text((44, 160), NTH, font=font(82, True), fill=WHITE)
    d.text((44, 262), "Linux内核开发者大会", font=font(82, True), fill=WHITE)
    for k in range(3):  # the ring with CLK and the year, and its glow rings
        r = 92 + k * 22
        d.ellipse([905 - r, 470 - r, 905 + r, 470 + r], outline=(110 - k * 20, 190 - k * 30, 255), width=4 - k)
    ctext(d, 905, 418, "2651", font(24, True), CY)
    ctext(d, 905, 448, "CLK", font(54, True), WHITE)
    pf = font(30, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 96
    d.rounded_rectangle([44, 400, 44 + pw, 456], radius=28, outline=WHITE, width=3)
    d.text((68, 406), DATE_PRINTED, font=pf, fill=WHITE)
    px = 68 + tw(d, DATE_PRINTED, pf) + 12
    pin(d, px, 414, CY)
    d.text((px + 30, 406), CITY, font=pf, fill=WHITE)
    pin(d, 46, 504, WHITE)
    d.text((76, 496), "地址：", font=font(30, True), fill=WHITE)
    d.text((76, 540), hall, font=font(30, True), fill=WHITE)
    return 640


def heading_plate(d, W, y, text, size=40):
    """A label on a cyan plate with a slanted end ('主论坛' on a forum poster, '大会议程', '赞助单位')."""
    f = font(size, True)
    w = tw(d, text, f) + 150
    x0, x1 = W / 2 - w / 2, W / 2 + w / 2
    h = size + 36
    for i in range(int(w)):
        t = i / w
        col = tuple(int(a + (b - a) * t) for a, b in zip((52, 214, 240), (40, 120, 240)))
        d.line([(x0 + i, y), (x0 + i, y + h)], fill=col)
    d.polygon([(x1 - 26, y + h), (x1, y + h), (x1, y + h - 26)], fill=(24, 70, 220))
    d.line([(x0 - 60, y + h + 10), (x0 + w * 0.4, y + h + 10)], fill=CY, width=3)
    ctext(d, W / 2, y + 14, text, f, WHITE)
    return y + h


def units(d, X0, X1, y, names, cols):
    gap, bh = 24, 70
    bw = (X1 - X0 - (cols - 1) * gap) / cols
    for i, u in enumerate(names):
        bx, by = X0 + (i % cols) * (bw + gap), y + (i // cols) * (bh + gap)
        d.rectangle([bx, by, bx + bw, by + bh], outline=(232, 238, 255), width=2)
        f = font(28, True)
        ctext(d, bx + bw / 2, by + 16, fits(d, u, f, bw - 20), f, WHITE)
    return y + ((len(names) + cols - 1) // cols) * (bh + gap)


def footer(d, W, y):
    X0, X1 = 140, W - 140
    y = heading_plate(d, W, y, "支持媒体", 36) + 50
    y = units(d, X0, X1, y, MEDIA, 2) + 40
    y = heading_plate(d, W, y, "赞助单位", 36) + 50
    y = units(d, X0, X1, y, SPONSORS, 2) + 40
    y = heading_plate(d, W, y, "支持单位", 36) + 50
    y = units(d, X0, X1, y, SUPPORT, 2) + 60
    d.rectangle([W / 2 - 134, y - 14, W / 2 + 134, y + 254], outline=WHITE, width=3)
    qrcode(d, W / 2 - 120, y, 240, 2651)
    ctext(d, W / 2, y + 290, "扫码报名", font(48, True), WHITE)
    ctext(d, W / 2, y + 362, "报名成功后凭二维码签到入场", font(26), PALE)
    ctext(d, W / 2, y + 400, "本次活动最终解释权归主办方所有", font(26), PALE)
    ctext(d, W / 2, y + 470, "峡江论道 · 共建 Linux 内核生态", font(40, True), CY)
    return int(round(y + 640))


def background(w, h):
    im = vgrad(w, h, (26, 78, 236), (14, 46, 200))
    im = glow(im, 905, 470, 360, (90, 220, 255), 0.5)
    im = glow(im, 80, 1100, 300, (120, 90, 255), 0.25)
    for k, yy in enumerate(range(2200, h - 600, 1500)):
        im = glow(im, 1020 if k % 2 else 60, yy, 360, (60, 200, 255) if k % 2 else (90, 110, 255), 0.22)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks behind the ring
        d.line([(560 + i * 70, 0), (1080, 330 - i * 40)], fill=(70, 130, 250), width=2)
    for i in range(9):  # a skyline of bars at the foot, as the organisers' posters end
        x = 60 + i * 112
        hh = 60 + (i * 53) % 120
        d.rectangle([x, h - hh, x + 70, h], fill=(40, 100, 240))
    return grain(im, 2651, 0.015)


# ---------------------------------------------------------------------------
# the forum posters
def chevrons(d, cx, y):
    for j in range(3):
        col = (80 + j * 40, 200 + j * 15, 255)
        d.line([(cx - 44, y + j * 16), (cx, y + j * 16 + 26), (cx + 44, y + j * 16)], fill=col, width=6)


def tab(d, x, y, text, size=40):
    """The range on a tab: a cyan-to-blue bar; returns its right end."""
    f = font(size, True)
    w = tw(d, text, f) + 56
    h = size + 28
    for i in range(int(w)):
        t = i / w
        col = tuple(int(a + (b - a) * t) for a, b in zip((44, 206, 244), (30, 104, 236)))
        d.line([(x + i, y), (x + i, y + h)], fill=col)
    d.text((x + 28, y + 8), text, font=f, fill=WHITE)
    return x + w


def ring_photo(im, d, cx, cy, s, name):
    r = s / 2 + 12
    d.ellipse([cx - r - 22, cy - r - 22, cx + r + 22, cy + r + 22], outline=(70, 140, 250), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=CY, width=4)
    for ang in (160, 200, 20):
        dx, dy = cx + (r + 22) * math.cos(math.radians(ang)), cy - (r + 22) * math.sin(math.radians(ang))
        d.ellipse([dx - 7, dy - 7, dx + 7, dy + 7], fill=CY)
    disc_photo(im, cx - s / 2, cy - s / 2, s, name)


def plate(d, x, y, name):
    """The name plate: an outlined box with a tail line, the name bold and padded."""
    f = font(36, True)
    w = max(240, tw(d, pad(name), f) + 100)
    d.rectangle([x, y, x + w, y + 66], fill=(26, 64, 210), outline=CY, width=2)
    d.line([(x + w, y + 66), (x + w + 60, y + 66)], fill=CY, width=2)
    d.line([(x + w - 30, y), (x + w, y + 22)], fill=CY, width=2)
    ctext(d, x + w / 2, y + 10, pad(name), f, WHITE)
    return x + w


def speaker_block(im, d, X0, X1, y, sp):
    """Biography at the left, a ringed photo at the right; then the name plate and 'company job' beside it."""
    s = 200
    cx = X1 - 60 - s / 2
    bx = X0 + 46
    bw = cx - s / 2 - 60 - bx
    d.line([(X0, y + 14), (X0 + 26, y + 14)], fill=FRAME, width=3)
    yb = para(d, bx, y, sp["bio"], font(23), PALE, bw, 41, (2, 9))
    cy = y + max(s / 2 + 20, (yb - y) / 2)
    ring_photo(im, d, cx, cy, s, sp["name"])
    y = max(yb, cy + s / 2 + 34) + 18
    right = plate(d, bx, y, sp["name"])
    af = font(26, True)
    d.text((right + 80, y + 15), fits(d, aff(sp), af, X1 - 40 - right - 80), font=af, fill=CY)
    return y + 66 + 30


def band(d, X0, X1, y, s):
    """A break or the opening: one band, the range at the left, chevrons, the label at the right."""
    h = 80
    for i in range(X1 - X0):
        t = i / (X1 - X0)
        col = tuple(int(a + (b - a) * t) for a, b in zip((46, 200, 244), (32, 96, 230)))
        d.line([(X0 + i, y), (X0 + i, y + h)], fill=col)
    d.text((X0 + 30, y + 14), rng(s), font=font(40, True), fill=WHITE)
    mx = X0 + 470
    for j in range(3):
        d.line([(mx + j * 22, y + 26), (mx + j * 22 + 14, y + 40), (mx + j * 22, y + 54)], fill=WHITE, width=4)
    lf = font(44, True)
    lx = X1 - 50 - tw(d, s["title"], lf)
    if s["title"] in MEALS:
        meal_mark(d, lx - 66, y + 22, s, WHITE, 1.2)
    d.text((lx, y + 10), s["title"], font=lf, fill=WHITE)
    return y + h + 60


def card(im, d, X0, X1, y, s, log):
    chevrons(d, X1 - 150, y)
    y += 74
    tabr = tab(d, X0, y, rng(s))
    top = y + 34
    y += 110
    tf = font(36, True)
    TX = X0 + 46
    d.rectangle([X0 - 3, y + 8, X0 + 22, y + 14], fill=CY)
    tl = wrap_nicely(d, s["title"], tf, X1 - 40 - TX)
    for ln in tl:
        d.text((TX, y), ln, font=tf, fill=WHITE)
        y += 54
    log.append((s["title"], len(tl)))
    y += 34
    for sp in s["sp"]:
        y = speaker_block(im, d, X0, X1, y, sp)
    bot, cut = y, 44
    d.line([(X0, top), (X0, bot - cut), (X0 + cut, bot), (X1 - 200, bot), (X1 - 170, bot - 18), (X1, bot - 18)],
           fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 30, top)], fill=FRAME, width=3)
    d.ellipse([X1 - 30 - 9, top - 9, X1 - 30 + 9, top + 9], fill=CY)
    d.rectangle([X0 - 6, top + 130, X0 + 4, top + 240], fill=FRAME)  # a notch on the left edge
    return bot + 50


LOG = {}


def paint_forum(forum):
    name, fn, hall, host, slots = forum

    def paint(im, d):
        W = im.size[0]
        X0, X1 = 44, W - 44
        log = []
        y = header(im, d, W, hall) + 20
        y = heading_plate(d, W, y, name, 46) + 60
        d.rectangle([X0 + 20, y, X1 - 20, y + 64], fill=(34, 96, 236))
        for j in range(3):
            d.line([(X0 + 50 + j * 18, y + 20), (X0 + 62 + j * 18, y + 32), (X0 + 50 + j * 18, y + 44)],
                   fill=WHITE, width=4)
            d.line([(X1 - 50 - j * 18, y + 20), (X1 - 62 - j * 18, y + 32), (X1 - 50 - j * 18, y + 44)],
                   fill=WHITE, width=4)
        ctext(d, W / 2, y + 8, "主持人：" + pad(host[0]), font(38, True), WHITE)
        y += 84
        ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
        y += 80
        for s in slots:
            if s["kind"] == "break":
                y = band(d, X0, X1, y, s)
            else:
                y = card(im, d, X0, X1, y, s, log)
        LOG[fn] = log
        return footer(d, W, y + 60)

    return paint


# ---------------------------------------------------------------------------
# the whole agenda: the same talks, a compact list per forum
INTRO = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域规模最大的技术盛会之一，"
         "由国内外知名企业与高校的内核开发者共同发起，坚持“自由、协作、创新”的理念，至今已举办六百余届。"
         "本届大会由三峡大学承办，华为、阿里云、腾讯云、字节跳动、OPPO、vivo、荣耀、海光信息、龙芯中科等单位协办，"
         "设主论坛与内存管理、文件系统与存储、调度性能与调试、硬件架构与异构计算、AI 基础设施与 eBPF 应用五个分论坛，"
         "欢迎广大内核爱好者报名参会。")
TX, LX, TT, XR = 60, 290, 322, 1030


def intro_box(d, W, y):
    X0, X1 = 56, W - 56
    f = font(23)
    lines = wrap(d, INTRO, f, X1 - X0 - 80)
    h = len(lines) * 42 + 70
    d.rectangle([X0, y, X1, y + h], fill=(40, 96, 236), outline=(130, 190, 255), width=2)
    for cx, cy, sx, sy in ((X0, y, 1, 1), (X1, y, -1, 1), (X0, y + h, 1, -1), (X1, y + h, -1, -1)):
        d.line([(cx, cy), (cx + 40 * sx, cy)], fill=CY, width=6)
        d.line([(cx, cy), (cx, cy + 40 * sy)], fill=CY, width=6)
    yy = y + 36
    for ln in lines:
        d.text((X0 + 40, yy), ln, font=f, fill=WHITE)
        yy += 42
    return y + h


def forum_heading(d, y, idx, name, host):
    """'▶▶ 主论坛' or a slanted number box '01'..'05' and the name; the host at the right, or under it."""
    x = 50
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 26, y + 14), (x + j * 26 + 22, y + 34), (x + j * 26, y + 54)], fill=CY)
        x += 76
        nf = font(56, True)
    else:
        nb = font(40, True)
        num = "%02d" % idx
        d.polygon([(x + 12, y + 2), (x + 96, y + 2), (x + 84, y + 66), (x, y + 66)], outline=CY, width=4)
        d.rectangle([x + 4, y + 6, x + 16, y + 62], fill=CY)
        d.text((x + 26, y + 6), num, font=nb, fill=WHITE)
        x += 116
        nf = font(46, True)
    d.text((x, y + (0 if idx == 0 else 6)), name, font=nf, fill=WHITE)
    nx = x + tw(d, name, nf)
    hf, uf = font(30, True), font(18)
    hw = tw(d, "主持人：", hf) + tw(d, pad(host[0]), hf)
    bw = max(hw, tw(d, host[1], uf))
    if nx + 40 + bw <= XR:
        hx, hy, under = XR - bw, y + 4, False
    else:
        hx, hy, under = XR - bw, y + 84, True
    d.text((hx, hy), "主持人：", font=hf, fill=PINK)
    d.text((hx + tw(d, "主持人：", hf), hy), pad(host[0]), font=hf, fill=WHITE)
    d.text((hx, hy + 44), host[1], font=uf, fill=PALE)
    y = hy + 80 if under else y + 96
    for i in range(XR + 20 - 44):  # the rule under the heading, bright at the left
        t = i / (XR - 24)
        d.line([(44 + i, y), (44 + i, y + 12)], fill=tuple(int(a + (b - a) * t) for a, b in zip(CY, (40, 110, 240))))
    return y + 12 + 44, under


def row(d, y, s):
    if s["kind"] == "break":
        for i in range(XR - TX + 20):
            t = i / (XR - TX + 20)
            d.line([(TX - 16 + i, y), (TX - 16 + i, y + 56)],
                   fill=tuple(int(a + (b - a) * t) for a, b in zip((46, 196, 244), (28, 80, 226))))
        d.text((TX, y + 10), rng(s), font=font(28, True), fill=WHITE)
        d.text((TT, y + 10), s["title"], font=font(28, True), fill=WHITE)
        return y + 56 + 40, 1
    d.text((TX, y), rng(s), font=font(28, True), fill=WHITE)
    y0 = y
    tf = font(30, True)
    tl = wrap_nicely(d, s["title"], tf, XR - TT)
    for ln in tl:
        d.text((TT, y), ln, font=tf, fill=CY)
        y += 44
    y += 4
    nf, af = font(27), font(19)
    for sp in s["sp"]:
        if latin(sp["name"]):  # a Latin name stands on its own line, 'company job' under it
            d.text((TT, y), sp["name"], font=nf, fill=WHITE)
            y += 38
            d.text((TT, y), aff(sp), font=af, fill=PALE)
            y += 34
        else:
            d.text((TT, y), pad(sp["name"]), font=nf, fill=WHITE)
            d.text((TT + 124, y + 7), fits(d, aff(sp), af, XR - TT - 124), font=af, fill=PALE)
            y += 42
    d.line([(LX, y0 - 30), (LX, y + 4)], fill=(110, 170, 255), width=2)  # the time line, broken at bars
    d.ellipse([LX - 6, y0 + 14, LX + 6, y0 + 26], fill=CY)
    return y + 34, len(tl)


FULL_FN = "大会全议程.webp"
FULL_LOG = {}


def paint_full(im, d):
    W = im.size[0]
    y = header(im, d, W, MAIN_HALL) + 10
    y = intro_box(d, W, y) + 70
    y = heading_plate(d, W, y, "大会议程", 44) + 70
    unders = []
    for idx, (name, fn, hall, host, slots) in enumerate(FORUMS):
        y, under = forum_heading(d, y, idx, name, host)
        unders.append(under)
        for s in slots:
            y, n = row(d, y, s)
            FULL_LOG[s["title"]] = n
        y += 40
    FULL_LOG["host under heading"] = unders
    return footer(d, W, y + 20)


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43, -59 and -62: speakers are names as printed with spaces and "
    "the padding of two-character names removed ('甘　露' -> '甘露', '庞　博' -> '庞博'; the Latin names 'Elena "
    "Varga' -> 'ElenaVarga', 'Marco Bellini' -> 'MarcoBellini'); host is the chair printed for the forum covering "
    "the slot, null for breaks; start/end always HH:MM on a 24-hour clock; where two speakers are printed each has "
    "his own affiliation, given per speaker in printed order; affiliations keep the printed job title, joined to the "
    "company by one space ('阿里云 操作系统首席架构师', 'SUSE Distinguished Engineer', '武汉大学计算机学院 副教授'); "
    "break titles are as printed; an opening speech printed with a speaker ('嘉宾致辞') is a talk, a slot printed "
    "without a speaker ('开场') is a break; '午餐' closes 主论坛 as its break. ONE invented edition, CLK 2651 "
    "(第646届, 宜昌, 三峡大学, Saturday 2651-10-18), printed as CLK2024's repository holds its posters: SIX FORUM "
    "POSTERS, one per forum, with CLK2025's six forum names (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, "
    "调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its spaces), each file named by "
    "its forum as upstream names them, plus the WHOLE AGENDA '大会全议程.webp'. All seven are WebP 1080 px wide. THE "
    "SAME TALKS are on a forum's poster and on the whole agenda (as in CLK2024), so the truth lists EACH TALK ONCE PER "
    "PICTURE IT IS ON: every talk and break is given twice, once in its forum poster's entry and once in the whole "
    "agenda's entry, with the same start, end, title, speakers, affiliations and host (36 distinct talks, 72 talk "
    "entries). Each forum poster is one entry holding its ONE forum; the whole agenda is one entry holding the six "
    "forums in printed order. Every forum's date is the edition's (主论坛 in the morning, the five others in parallel "
    "in the afternoon). No person is printed in two talks or hosts two forums. Headers, the school, '第646届中国' / "
    "'Linux内核开发者大会', the ring 'CLK 2651', the date pill, '地址：' and the hall, the introduction, '大会议程', "
    "'支持媒体', '赞助单位', '支持单位' and their boxes, the QR code and its captions and the slogan are never part of "
    "a name, a title or a slot. (1) Forum posters (the organisers' 2024 royal blue): the forum's name on a cyan plate "
    "(the only forum on the poster); the host is the name in the bar '>>>　主持人：name　<<<' and the line '·　unit　·' "
    "under it is no affiliation of any slot. Each talk after chevrons: the range on a TAB at the top left of its "
    "frame (the range belongs to the frame under it, never to the frame above), the bold title, then per speaker a "
    "biography at the left with a ringed photo at the right and UNDER them the NAME PLATE with 'company job' in cyan "
    "BESIDE the plate on the same line: that line is the speaker's affiliation. Biographies are nowhere in the truth, "
    "also where they name other employers (英特尔 for 魏振宇 of 阿里云, 魅族 for 邱晓岚 of OPPO, Intel and Citrix for Elena "
    "Varga of SUSE, AMD for 郁海波 of 海光信息, 展锐 for 项晨阳 of vivo, 华为 and Oracle for 顾明轩 of 腾讯云, 华为终端 for "
    "单一鸣 of 荣耀, Dell EMC for 倪佳 of 京东云, 博世中国 and 东软 for 庞博 of 理想汽车, 联想 and 中标软件 for 管敬之 of "
    "浪潮信息, 中兴通讯 for 阎国庆 of 龙芯中科, 海思 for 宁浩 of 华为, Cisco for Marco Bellini of Isovalent) or "
    "universities. Two speakers of one talk are two blocks ONE UNDER THE OTHER, each with its own biography, photo, "
    "plate and 'company job', given top then bottom. Breaks and the opening are ONE BAND: the range at the LEFT, "
    "chevrons, the label at the RIGHT (with a cup or a bowl for 茶歇 and 午餐). (2) The whole agenda: per forum a "
    "heading ('▶▶ 主论坛', or a slanted number box '01'..'05' and the forum's name: the numbers are no part of the "
    "name) with '主持人：name' and the unit under it at the RIGHT of the heading, or, where the forum's name is too "
    "long for both on one line (AI 基础设施与 eBPF 应用分论坛 only), on the line UNDER the heading, right-aligned: the "
    "host all the same. Each talk a row: the range at the LEFT, a dot on a vertical line, the title "
    "in cyan, then ONE LINE per speaker, the padded name and 'company job' smaller after it; a LATIN name stands on "
    "its own line with 'company job' on the line under it (Elena Varga, Marco Bellini). Breaks are bars, the range at "
    "the left and the label where titles stand. Titles wrapped over two lines are one title (joined with a space "
    "between Latin words, without one inside Chinese text). English-only titles: 'Confidential Computing in Mainline: "
    "Where TDX and CCA Stand' (主论坛), 'Slab Allocator Rework: Sheaves and Per-CPU Caches in Production' "
    "(内存管理与优化分论坛), 'Large Atomic Writes: From the Block Layer to XFS' (文件系统与存储分论坛), 'BPF Arenas for AI "
    "Data Paths' (AI 基础设施与 eBPF 应用分论坛). 硬件架构与异构计算分论坛 has ONLY TWO talks (14:00-14:45, 14:45-15:30) and "
    "no break; the other afternoon forums run 14:00-17:50 with a 茶歇 at 15:30-15:50. Two speakers of one talk: 郁海波 "
    "and 钟雅琪 (both 海光信息), 孟凡超 (蚂蚁集团) and 柴静怡 (浙江大学), 冉志强 and 倪佳 (both 京东云), 黎雪 (麒麟软件) "
    "and 杭俊 (国防科技大学), 雷振东 (商汤科技) and 房晓萌 (上海交通大学). Uncommon surnames 宦 (the host of 主论坛), 酆 "
    "(酆晓琳), 冀 and 米 (hosts); the compound surname 令狐 (令狐嘉)."
)

LAYOUTS = {
    "主论坛.webp": "主论坛 (host 宦志远): '09:00-09:05 开场' band, '嘉宾致辞' with a speaker (范德明, 三峡大学 副校长), "
                  "three keynotes (one English-only title by Elena Varga, SUSE Distinguished Engineer), a 茶歇 band, "
                  "a talk by two speakers of 海光信息 stacked, 酆晓琳 (uncommon surname), a 午餐 band. 6 talks.",
    "内存管理与优化分论坛.webp": "内存管理与优化分论坛 (host 冀文斌): an English-only title over two lines, two speakers "
                          "of two employers (蚂蚁集团, 浙江大学) stacked, a 茶歇 band. 7 talks.",
    "文件系统与存储分论坛.webp": "文件系统与存储分论坛 (host 金秀兰): two speakers of 京东云 stacked, a 茶歇 band, an "
                          "English-only title. 7 talks.",
    "调度、性能与调试分论坛.webp": "调度、性能与调试分论坛 (host 米海峰): two speakers of two employers (麒麟软件, "
                           "国防科技大学) stacked, a 茶歇 band. 7 talks.",
    "硬件架构与异构计算分论坛.webp": "硬件架构与异构计算分论坛 (host 骆光耀): ONLY TWO talks, 45 minutes each, no break. "
                            "2 talks.",
    "AI 基础设施与 eBPF 应用分论坛.webp": "AI 基础设施与 eBPF 应用分论坛 (host 苗佳宁): two speakers of two employers "
                                  "(商汤科技, 上海交通大学) stacked, a 茶歇 band, an English-only title by Marco "
                                  "Bellini, the compound surname 令狐. 7 talks.",
}


def layout(fn, size):
    if fn == FULL_FN:
        return ("CLK 2651 (第646届), 宜昌, 2651-10-18 (WebP q86, %d x %d): the WHOLE AGENDA in the organisers' 2024 "
                "royal blue: header, a framed introduction, '大会议程', then the six forums one under another, each "
                "under a heading ('▶▶ 主论坛' or a number box '01'..'05' and the name) with '主持人：name' and the unit at "
                "its right (under it, right-aligned, for 'AI 基础设施与 eBPF 应用分论坛'); each talk a row with the range at "
                "the left, a dot on a line, the cyan title and one line per speaker 'name  company job' (a Latin name "
                "on its own line over 'company job'); breaks are bars. The same 36 talks as the six forum posters. "
                "6 + 7 + 7 + 7 + 2 + 7 talks." % size)
    return ("CLK 2651 (第646届), 宜昌, 2651-10-18 (WebP q86, %d x %d): one poster per forum in the organisers' 2024 "
            "royal blue; the forum's name on a plate, '>>> 主持人：name <<<' over the unit; each talk after chevrons "
            "the range on a tab at the top left of a frame, the title, per speaker a biography at the left and a "
            "ringed photo at the right, under them the name plate with 'company job' beside it; breaks are bands "
            "with the range at the left and the label at the right. " % size + LAYOUTS[fn])


def check(posters):
    """A Saturday; nobody printed twice; 36 distinct talks, each on exactly its forum poster and the whole agenda."""
    people = []
    for _, _, _, host, slots in FORUMS:
        people.append(plain(host[0]))
        people += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    assert saturday(DATE)
    seen = {}
    for p in posters:
        assert p["date"] == DATE
        for f in p["forums"]:
            for s in f["slots"]:
                seen.setdefault((f["forum"], json.dumps(s, ensure_ascii=False, sort_keys=True)), []).append(p["file"])
    for (forum, s), files in seen.items():
        fn = [x[1] for x in FORUMS if x[0] == forum][0]
        assert sorted(files) == sorted([fn, FULL_FN]), (forum, s, files)
    titles = [json.loads(s)["title"] for (_, s) in seen if json.loads(s)["kind"] == "talk"]
    assert len(titles) == len(set(titles))
    six = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
           "AI 基础设施与 eBPF 应用分论坛"]
    assert [f["forum"] for f in posters[-1]["forums"]] == six
    assert [p["forums"][0]["forum"] for p in posters[:-1]] == six
    assert [p["file"] for p in posters[:-1]] == [x + ".webp" for x in six]
    assert sum(1 for s in FORUMS[4][4] if s["kind"] == "talk") == 2
    return len(titles)


def main():
    pics = []
    for forum in FORUMS:
        im = two_pass(1080, paint_forum(forum), background)
        pics.append((forum[1], im, [forum_truth(forum[0], DATE, forum[4])]))
    im = two_pass(1080, paint_full, background)
    pics.append((FULL_FN, im, [forum_truth(f[0], DATE, f[4]) for f in FORUMS]))
    posters = []
    for fn, im, forums in pics:
        path = os.path.join(HERE, fn)
        assert im.size[0] == 1080
        im.save(path, "WEBP", quality=86, method=4)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert size < 1.5e6, (fn, size)
        posters.append({"file": fn, "layout": layout(fn, im.size), "date": DATE, "forums": forums})
    n = check(posters)
    print("distinct talks", n)
    assert 30 <= n <= 45, n
    # what the wrapping came to, so that the note's claims hold
    en = [t for fn in LOG for t, k in LOG[fn] if re.match(r"^[ -~]+$", t)]
    print("English titles on forum posters (lines):", {t: k for fn in LOG for t, k in LOG[fn] if t in en})
    assert {t for fn in LOG for t, k in LOG[fn] if k == 2 and t in en} >= {
        "Slab Allocator Rework: Sheaves and Per-CPU Caches in Production"}
    assert FULL_LOG["host under heading"] == [False, False, False, False, False, True], FULL_LOG["host under heading"]
    print("two-line titles on the whole agenda:", [t for t, k in FULL_LOG.items() if k == 2])
    truth = {"written": "2026-12-07", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
