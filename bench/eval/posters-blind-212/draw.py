"""Draw the two-hundred-and-twelfth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the iPhone screenshots IMG_4518.PNG, IMG_4519.PNG, ... and truth.json next to
this file.  Every string printed on the pictures comes from the data below, so truth.json and the pictures
cannot drift apart.  Randomness only from seeded Random instances (seeds are fixed numbers or zlib.crc32 of a
name, never hash()).

ONE invented edition, CLK 8212 (第6207届, 保定, 河北大学, Saturday 8212-10-24), with CLK2025's six forums
(主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛,
AI 基础设施与 eBPF 应用分论坛), as CLK2025's repository holds an edition: ONE whole-agenda image (the
organisers' would be 'CLK8212全部议程.jpg', JPEG q85, 1080 px wide), the six forums one under another, drawn
after the organisers' CLK2024 大会全议程.webp in its royal blue.  That image is made in memory only.  Then as a
reader passed it on: opened full-screen on an iPhone (1170 x 2532, the image scaled to the width under the
status bar, the home indicator over it) and scrolled down by hand, five to seven screenshots (PNG) with a few
lines of overlap, until the last forum had ended.  Only the screenshots are written.

Built from posters-blind-188/draw.py (itself from 182's): its helpers, whole-agenda painters, phone and checks
copied; changed here: the data, the school's seal and the foot's skyline (Baoding), the introduction, a Latin
name printed INLINE with his company-job line beside it (as 2024 prints 'Lianbo Jiang'), up to seven
screenshots, the checks' counts.
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
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=HOLE)




def slant_text(im, x, y, text, f, fill, shear=0.2, cx=None):
    """Bold display type leaning right (the organisers' headline face); cx centres it."""
    w, h = tw(ImageDraw.Draw(im), text, f) + 8, int(f.size * 1.45)
    m = Image.new("L", (w + int(shear * h) + 8, h), 0)
    ImageDraw.Draw(m).text((int(shear * h) + 4, 0), text, font=f, fill=255)
    m = m.transform(m.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    if cx is not None:
        x = cx - m.size[0] / 2
    im.paste(Image.new("RGB", m.size, fill), (int(x), int(y)), m)
    b = m.getbbox()
    LINES.append((int(x) + b[0], int(y) + b[1], int(x) + b[2], int(y) + b[3], text))
    return x + m.size[0]


def hgrad(d, x0, y0, x1, y1, c0, c1):
    for i in range(int(x1 - x0)):
        t = i / max(1, x1 - x0 - 1)
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c0, c1)))






# ===========================================================================
# CLK 8212 (第6207届), 保定, 河北大学, Saturday 8212-10-24.  主论坛 in the morning (09:00-12:20 with a short tea, then
# lunch until 14:00), the five other forums in parallel in the afternoon from 14:00, each with the 2024 tea 15:40-16:00.
EDITION = "CLK 8212"
YEAR = "8212"
NTH = "第6207届中国"
DATE = "8212-10-24"
DATE_PRINTED = "8212年10月24日"
CITY = "保定"
SCHOOL = "河北大学"
SCHOOL_UNIT = "网络空间安全与计算机学院"
SCHOOL_EN = "School of Cyber Security and Computer, Hebei University"
SCHOOL_MARK = "HEBEI UNIVERSITY · 1921"
HALL = "河北大学七一路校区 图书馆学术报告厅"  # printed over two lines, broken at the space
# The reader's copy: the organisers' JPEG (q85) opened full-screen on an iPhone (1170 x 2532, the poster scaled to
# the screen's width under the status bar) and passed on as the phone's own screenshots, PNG, named as iOS names
# them (IMG_ and a running number); taken on Tuesday 8212-10-20 from 22:13, four days before the meeting.
SHOT_CLOCKS = ["22:13", "22:13", "22:13", "22:14", "22:14", "22:14", "22:15"]
SHOT_FIRST = 4518
SHOT_W, SHOT_H, BAR_H = 1170, 2532, 141  # the screen, and the status bar (47 pt at 3x)
VIEW = SHOT_H - BAR_H  # poster rows (at the screen's scale) shown under the status bar
PILL = (384, 2493, 786, 2508)  # the home indicator (134 x 5 pt at 3x, 8 pt above the foot)


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return {"name": name, "line": line}


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


# every speaker stands on a line of his own, as the 2024 whole agenda prints them (two speakers one under the
# other); two-character names are held padded, as they are printed
H0, H1, H2, H3, H4, H5 = "杨建国", "周立华", "徐　敏", "高建平", "林海燕", "胡国平"
FORUMS = [
    ("主论坛", (H0, "河北大学网络空间安全与计算机学院院长"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [P("苑立新", "河北大学副校长")], H0),
        T("09:20", "09:50", "上游社区里的中国开发者：贡献者与维护者结构的十年变化", [P("陈海峰", "华为操作系统内核首席专家")], H0),
        T("09:50", "10:20", "Keeping a Kernel Fleet Healthy: Regression Tracking at Scale",
          [P("刘志远", "字节跳动STE团队内核负责人")], H0),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "量产车型上的 Linux 内核：智能座舱的实时性与功能安全实践",
          [P("赵海军", "长城汽车智能化中心操作系统总监"), P("李晓燕", "长城汽车内核工程师")], H0),
        T("11:05", "11:35", "龙芯服务器平台的上游主线支持：当前进展与遗留问题", [P("张明辉", "龙芯中科内核研发部经理")], H0),
        PANEL("11:35", "12:20", "内核开发者从哪里来——高校课程与企业实习如何衔接",
              [P("孙　丽", "麒麟软件操作系统研发总监"),
               P("吴国庆", "统信软件内核研发总监"),
               P("马　超", "阿里云龙蜥社区技术委员会委员"),
               P("朱建军", "华北电力大学控制与计算机工程学院教授"),
               P("王　伟", "腾讯云操作系统负责人")], H0),
        B("12:20", "14:00", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "河北大学网络空间安全与计算机学院教授"), [
        T("14:00", "14:25", "透明大页在数据库场景下的内存膨胀与应对", [P("王　磊", "美团基础研发平台内核工程师")], H1),
        T("14:25", "14:50", "Proactive Reclaim in Practice: Tuning memory.reclaim for Mixed Workloads",
          [P("黄　涛", "快手 容器平台工程师")], H1),
        T("14:50", "15:15", "内核内存泄漏的线上排查：kmemleak 的开销与替代方案", [P("李永强", "京东 内核工程师")], H1),
        T("15:15", "15:40", "DAMON 冷热页识别在手机后台管理中的落地",
          [P("刘　婷", "OPPO内存优化工程师"), P("何文斌", "OPPO内核工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:25", "大内存虚拟机中 NUMA 自动平衡的代价与调优", [P("王　峰", "天翼云虚拟化工程师")], H1),
        T("16:25", "16:50", "云主机内存在线扩容：热插拔与 virtio-mem 的取舍", [P("郑海波", "腾讯云 虚拟化工程师")], H1),
        T("16:50", "17:15", "页表回收：降低稀疏映射进程的页表开销", [P("王云飞", "字节跳动 内核工程师")], H1),
        T("17:15", "17:40", "CMA 分配失败的根因分析与改进", [P("谢丽娟", "荣耀终端内核工程师")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "华为存储内核技术专家"), [
        T("14:00", "14:20", "ext4 在手机存储老化场景下的碎片治理", [P("陈俊杰", "vivo文件系统工程师")], H2),
        T("14:20", "14:40", "XFS 在线修复功能在生产中的首批试用", [P("张建华", "阿里云 文件系统工程师")], H2),
        T("14:40", "15:10", "Btrfs RAID1 on NVMe: Rebuild Time and Consistency in Practice",
          [P("叶　昊", "新华三 存储软件工程师")], H2),
        T("15:10", "15:40", "NVMe-oF 在分布式块存储中的多路径切换优化",
          [P("李文涛", "浪潮信息存储研发工程师"), P("曹　阳", "浪潮信息存储研发工程师")], H2),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "FUSE 在 AI 训练数据读取中的性能瓶颈与改进", [P("罗　斌", "百度智能云存储工程师")], H2),
        T("16:30", "17:00", "io_uring 网络收发在存储网关中的零拷贝改造", [P("宋　洋", "网易 存储内核工程师")], H2),
        T("17:00", "17:30", "dm-crypt 在车载存储上的性能与安全权衡", [P("田志勇", "长城汽车 系统软件工程师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "燕山大学信息科学与工程学院教授"), [
        T("14:00", "14:20", "sched_ext 调度器在直播转码集群中的试验", [P("梁　浩", "哔哩哔哩 系统工程师")], H3),
        T("14:20", "14:40", "大小核手机上任务放置策略的功耗评估", [P("彭　亮", "小米 性能优化工程师")], H3),
        T("14:40", "15:00", "Tracing Softirq Latency in Production with BPF", [P("张红军", "美团 SRE工程师")], H3),
        T("15:00", "15:20", "TB 级内存服务器上缩短 kdump 转储时间", [P("韩　冰", "中兴通讯操作系统工程师")], H3),
        T("15:20", "15:40", "ARM64 虚拟机里 perf 采样的精度问题", [P("冯　刚", "联想 服务器系统软件工程师")], H3),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "锁竞争可视化：用 lockstat 与火焰图定位热点",
          [P("张　颖", "小红书 内核工程师"), P("陈国栋", "小红书 SRE工程师")], H3),
        T("16:20", "16:40", "PLC 控制器上 PREEMPT_RT 的最坏延迟测量", [P("曾　鑫", "和利时实时系统工程师")], H3),
        T("16:40", "17:00", "宕机现场自动采集：panic 与 hung task 的一体化处理", [P("董卫东", "中国移动云能力中心 操作系统工程师")], H3),
        T("17:00", "17:20", "从 ftrace 到 BPF：函数延迟统计工具的演进", [P("邓文凯", "统信软件内核工程师")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "中国科学院软件研究所研究员"), [
        T("14:00", "14:20", "LoongArch 内核热补丁：从 livepatch 到 kpatch 工具链", [P("刘文龙", "龙芯中科 内核工程师")], H4),
        T("14:20", "14:40", "RISC-V 向量寄存器状态的惰性保存与恢复", [P("蔡明亮", "中国科学院软件研究所工程师")], H4),
        T("14:40", "15:10", "Memory Tagging Extension on Arm64 Servers: Status and Pitfalls",
          [P("Marco Ferrari", "Arm 首席软件工程师")], H4),
        T("15:10", "15:40", "CXL 扩展内存直通给虚拟机：热插拔与 NUMA 拓扑呈现",
          [P("袁志强", "海光信息 系统软件工程师"), P("李　静", "海光信息 固件工程师")], H4),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "昇腾 NPU 驱动的设备内存管理设计", [P("许振宁", "华为 昇腾驱动工程师")], H4),
        T("16:30", "17:00", "GPU 驱动中的 DMA 映射开销优化", [P("潘　帅", "摩尔线程驱动开发工程师")], H4),
        T("17:00", "17:30", "飞腾服务器上 PCIe AER 错误处理的改进", [P("魏振东", "飞腾 系统软件工程师")], H4),
        T("17:30", "18:00", "SmartNIC 上运行 Linux：嵌入式核与主机之间的协同设计", [P("程晓光", "云豹智能 系统软件工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "河北大学人工智能研究院副院长"), [
        T("14:00", "14:25", "大模型推理集群的内核参数调优实践", [P("王海涛", "阿里云 AI基础设施工程师")], H5),
        T("14:25", "14:50", "基于 eBPF 的 Service 流量拓扑自动发现", [P("赵　雷", "京东云 网络工程师")], H5),
        T("14:50", "15:15", "Scaling XDP Load Balancers to 400G: What Broke and Why", [P("周鹏飞", "腾讯 网络内核工程师")], H5),
        T("15:15", "15:40", "训练集群 RDMA 网络的故障定位：从网卡驱动到内核协议栈",
          [P("李红梅", "蚂蚁集团网络工程师"), P("杨志华", "蚂蚁集团SRE工程师")], H5),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:25", "BPF LSM 在多租户开发机上的文件访问控制", [P("刘一帆", "奇安信 安全研究员")], H5),
        T("16:25", "16:50", "KV Cache 卸载到 CXL 内存的可行性评估", [P("郭　宇", "昆仑芯 系统软件工程师")], H5),
        T("16:50", "17:15", "eBPF 程序在生产环境中的版本管理与灰度发布实践", [P("陈　勇", "字节跳动 内核工程师")], H5),
        T("17:15", "17:40", "用 eBPF 统计推理服务的尾延迟来源", [P("边晓东", "河北大学网络空间安全与计算机学院博士研究生")], H5),
    ]),
]
SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]

SPONSORS = ["河北大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "蚂蚁集团", "龙芯中科",
            "长城汽车", "FUJITSU"]
SUPPORT = ["清华大学", "openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "openKylin", "河北省计算机学会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "阅码场"]


# names of real speakers and hosts read on the real posters: set 188's list (itself 173's), copied; every name
# I could read in my strips of CLK2024/大会全议程.webp is in it.  The listings' names and deck titles are checked in
# check().
REAL_NAMES = sorted(set([
    "许琨嘉",
    "KuzinArtem", "LianboJiang", "付才", "伍勃", "伍勍", "何鲁港", "余昇锦", "余松平", "侯文龙", "刘守业", "刘忻", "刘海龙", "卢烈",
    "司延腾", "吴江波", "周俶易", "周傲易", "周威", "唐辉", "孙南勇", "宋卓", "宋恺睿", "宋牧春", "尹欣", "左泽", "巫强", "廖肇燕", "廖远鸿", "张友加",
    "张哲华", "张子扬", "张细锐", "张翼", "张雅兰", "张鹏", "彭志光", "徐静波", "慕冬亮", "晏艳", "曾庆凯", "朱彦军", "朱维希", "李培锋", "李志",
    "李扬韬", "李治军", "李泽帆", "李珍", "杜冬冬", "杨彦凝", "杨欢", "杨铠衔", "杨阳", "殷锋卫", "江锋", "潘睿", "王刘朴", "王子成", "王建政",
    "王海粟", "甄鹏", "白铠豪", "皮振伟", "祝嘉", "程杰", "罗宏震", "聂诚", "胡俊鹏", "胡璞", "荣乾锋", "蒲乐辉", "袁晓峰", "许珉嘉", "谈鉴锋",
    "谢旻晟", "谢昱晟", "谢柳杰", "谢欢", "谢淼", "谢雨来", "谢颂杨", "贺中坤", "赵天瑞", "赵宇", "赵桥", "路旭", "邹德清", "邹贻鹏", "郑堂权", "郑琦",
    "郑翔", "郭任", "郭健", "郭寒军", "郭纯海", "郭迎港", "陆扬", "陈凯", "陈华才", "陈培鸿", "陈越琦", "韩传华", "高亮", "黄睿", "黄靖", "黎红波",
    "龚睿奇"]))

# ---------------------------------------------------------------------------
# the colours: the organisers' own 2024 ROYAL BLUE, sampled on CLK2024/大会全议程.webp (page (11, 41, 170) at the
# very top, (1, 43, 217) under the head, (1, 32, 192) down the agenda), CYAN titles (59, 220, 255), VIOLET labels
# (168, 92, 255), periwinkle company-job lines (125, 140, 255), mint-white headings, cyan tea bars
TITLE = (59, 220, 255)
PALE = (128, 144, 255)  # the company-job lines and the hosts' units
SKY = (168, 92, 255)  # '主持人:' and '嘉　宾:' (violet; the name SKY is kept from set 153)
LINE = (108, 157, 255)  # the time line
HEAD = (196, 252, 248)  # the forum headings (mint white)
HOLE = (8, 44, 190)  # the hole of a pin
BG0, BG_MID, BG1 = (11, 41, 170), (1, 43, 217), (1, 32, 192)
DEEP = (4, 30, 150)  # dark ink for shapes on the page
RULE = (1, 155, 231)  # the forum rules and the tea bars' bright end
W = 1080


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between (the data holds them padded)."""
    return name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, an arc, a glassy ball and small satellites (as 2024's)."""
    for r, col, wd in [(220, (60, 110, 240), 3), (176, (40, 190, 250), 10), (132, (150, 220, 255), 4)]:
        d.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], outline=col, width=wd)
    d.arc([cx - 250, cy - 160, cx + 250, cy + 160], 195, 345, fill=(90, 230, 255), width=10)
    d.arc([cx - 200, cy - 110, cx + 200, cy + 110], 20, 160, fill=(30, 130, 245), width=14)
    d.ellipse([cx - 82, cy - 82, cx + 82, cy + 82], fill=(30, 110, 235), outline=(190, 235, 255), width=4)
    d.ellipse([cx - 60, cy - 70, cx - 10, cy - 40], fill=(120, 190, 255))
    ctext(d, cx, cy - 52, YEAR, font(22, True), (230, 245, 255))
    ctext(d, cx, cy - 28, "CLK", font(56, True), WHITE)
    for ang in (25, 155, 245, 320):
        sx, sy = cx + 240 * math.cos(math.radians(ang)), cy + 150 * math.sin(math.radians(ang))
        d.ellipse([sx - 22, sy - 22, sx + 22, sy + 22], fill=(30, 90, 220), outline=(150, 220, 255), width=3)
        d.ellipse([sx - 8, sy - 8, sx + 8, sy + 8], outline=(200, 240, 255), width=2)


def seal(d, x, y, r, fill):
    """The school's seal: two rings and, inside, an open book under a five-pointed star (drawn simply)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    a = r / 2.2
    d.line([(x - a, y + a / 2), (x, y + a / 1.2), (x + a, y + a / 2)], fill=fill, width=2)
    d.line([(x - a, y - a / 5), (x, y + a / 8), (x + a, y - a / 5)], fill=fill, width=2)
    d.line([(x - a, y - a / 5), (x - a, y + a / 2)], fill=fill, width=2)
    d.line([(x + a, y - a / 5), (x + a, y + a / 2)], fill=fill, width=2)
    d.line([(x, y + a / 8), (x, y + a / 1.2)], fill=fill, width=2)
    pts = []
    for i in range(10):
        rr = a / 1.6 if i % 2 == 0 else a / 4
        ang = math.radians(-90 + 36 * i)
        pts.append((x + rr * math.cos(ang), y - a / 1.2 + rr * math.sin(ang)))
    d.polygon(pts, outline=fill)


def ripples(d, y0, y1, col, seed):
    """The river's ripples: short horizontal dashes, denser and longer towards the bottom."""
    rnd = random.Random(seed)
    for _ in range(int((y1 - y0) * 0.9)):
        yy = rnd.uniform(y0, y1)
        t = (yy - y0) / max(1, y1 - y0)
        ln = 10 + 50 * t
        xx = rnd.uniform(-20, W)
        d.line([(xx, yy), (xx + ln, yy)], fill=col, width=2)


def faint_city(d, y, col):
    """Faint towers behind the address, as the 2024 head has a faint city there."""
    for x, w, h in [(100, 40, 70), (146, 56, 110), (208, 30, 80), (244, 60, 140), (310, 44, 96), (360, 70, 60),
                    (436, 36, 120), (478, 50, 84)]:
        d.rectangle([x, y - h, x + w, y], outline=col, width=2)
        for wy in range(int(y - h + 12), int(y - 8), 18):
            d.line([(x + 8, wy), (x + w - 8, wy)], fill=col, width=1)


def header(im, d):
    """The head: logo lines, the school's seal and name with its college, the slanted edition title, the ring, the
    date pill, the address ('地址:' inline, the hall over two lines, as the 2024 whole agenda prints it)."""
    logo_lines(d, 60, 56, WHITE, TITLE, 1.15)
    seal(d, 636, 92, 34, WHITE)
    d.text((684, 48), fits(d, SCHOOL, font(36, True, serif=True), 380), font=font(36, True, serif=True), fill=WHITE)
    d.text((684, 96), fits(d, SCHOOL_UNIT, font(26, True), 380), font=font(26, True), fill=WHITE)
    d.text((684, 132), fits(d, SCHOOL_EN, font(10), 360), font=font(10), fill=(200, 215, 255))
    ring_graphic(d, 790, 700)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), (214, 250, 255), 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=(60, 150, 245), width=4)
    d.line([(560, 530), (640, 510)], fill=(90, 230, 255), width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 630, 80 + pw, 698
    d.rounded_rectangle([x0, y0, x1, y1], radius=12, outline=(70, 210, 255), width=3)
    d.line([(x0 + pw / 2 - 40, y0), (x0 + pw / 2 + 40, y0)], fill=(70, 210, 255), width=8)
    d.line([(x0 + pw / 2 - 40, y1), (x0 + pw / 2 + 40, y1)], fill=(70, 210, 255), width=8)
    d.line([(x0 - 10, y0 + 16), (x0 - 10, y1 - 16)], fill=(70, 210, 255), width=5)
    d.line([(x1 + 10, y0 + 16), (x1 + 10, y1 - 16)], fill=(70, 210, 255), width=5)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, TITLE, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    af = font(36, True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= 600 for ln in lines), lines
    y = 770
    for ln in lines:
        d.text((84, y), ln, font=af, fill=WHITE)
        y += 56
    faint_city(d, 1040, (40, 80, 226))
    return 1110


INTRO = ["中国 Linux 内核开发者大会（CHINA LINUX KERNEL, CLK）本届已是第6207届。大会由清华大学、Intel、华为、阿里云、"
         "腾讯云、字节跳动、OPPO、vivo、蚂蚁集团、龙芯中科、富士通南京等单位共同发起，面向国内一线内核开发者，聚焦"
         "内存管理、文件系统与存储、调度与性能、硬件架构、AI 基础设施与 eBPF 等方向的最新进展与实践经验，每届吸引数百"
         "名开发者到场交流，欢迎各位 Linux 开发者和爱好者报名参加。",
         "本届大会由河北大学网络空间安全与计算机学院承办，华为、阿里云、腾讯云、字节跳动、OPPO、vivo、荣耀、长城汽车、"
         "openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、openKylin、CSDN 等单位共同支持。"]
# the whole agenda's measures, taken from the real 2024 one (set 106's, through 118, 130, 143, 153 and 173): the
# range's left edge, the time line, the title column and its right end; the company-job line starts NAME_COL after
# a name
TX, LX, TT, XR = 106, 336, 382, 982
NAME_COL = 105
AFF_R = XR + 40  # the right end of a company-job line (it may run a little past the titles, as in 2024)


def intro_box(d, y):
    """A translucent box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = 60, W - 60
    f = font(25)
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - 150, bx1 - bx0 - 100]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * 48 + 100
    d.rectangle([bx0, y, bx1, y + h], fill=(38, 78, 226))
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=(60, 230, 240), width=10)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=(60, 230, 240), width=10)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (100 if i == 0 else 50), yy), ln, font=f, fill=WHITE)
            yy += 48
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a blue-to-cyan bar with a cut corner and the word in leaning white type (as 2024's '大会议程')."""
    w, h = 460, 90
    x0 = W / 2 - w / 2
    hgrad(d, x0 - 70, y + 80, x0 + 120, y + 92, (1, 43, 217), (90, 200, 255))
    hgrad(d, x0, y, x0 + w, y + h, (30, 110, 235), (60, 215, 235))
    d.polygon([(x0, y), (x0 + 18, y), (x0, y + 18)], fill=BG_MID)
    d.line([(x0 + w - 80, y - 12), (x0 + w + 50, y - 12)], fill=(80, 220, 240), width=10)
    slant_text(im, 0, y + 8, text, font(54, True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


HEADING_SIZES = []


def mint_text(im, x, y, text, f, shear=0.16):
    """Heading type leaning right, filled with the 2024 mint-to-white gradient (top to bottom)."""
    tmp = Image.new("RGB", (1, 1))
    m_w = tw(ImageDraw.Draw(tmp), text, f) + 8
    h = int(f.size * 1.45)
    m = Image.new("L", (m_w + int(shear * h) + 8, h), 0)
    ImageDraw.Draw(m).text((int(shear * h) + 4, 0), text, font=f, fill=255)
    m = m.transform(m.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    fill = vgrad(m.size[0], m.size[1], (235, 255, 255), (110, 245, 232))
    im.paste(fill, (int(x), int(y)), m)
    b = m.getbbox()
    LINES.append((int(x) + b[0], int(y) + b[1], int(x) + b[2], int(y) + b[3], text))
    return x + m.size[0]


def agenda_heading(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box '01'..'05', the topic and '分论坛' in leaning type (smaller only if it would not
    fit); the host at the right with the unit under it, or, where the heading leaves no room, on a line of its own
    under it between two short rules, as the organisers' 2024 whole agenda does (set 153's and 173's)."""
    x = 70
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=(40, 200, 250))
        x += 84
        x = mint_text(im, x, y - 4, name, font(62, True))
    else:
        box = vgrad(106, 76, (60, 200, 240), (20, 150, 226))
        mask = Image.new("L", (106, 76), 0)
        ImageDraw.Draw(mask).polygon([(14, 0), (106, 0), (92, 76), (0, 76)], fill=255)
        im.paste(box, (x, y + 6), mask)
        d.line([(x + 2, y - 8), (x + 40, y - 8)], fill=WHITE, width=6)
        d.line([(x + 2, y - 8), (x - 6, y + 30)], fill=WHITE, width=6)
        slant_text(im, x + 16, y + 6, "%02d" % idx, font(48, True), (6, 50, 190), 0.2)
        x += 132
        size = 56
        while tw(d, topic_of(name) + "分论坛", font(size, True)) + 60 > XR + 20 - x and size > 44:
            size -= 2
        f = font(size, True)
        HEADING_SIZES.append(size)
        dy = (56 - size) // 2
        x = mint_text(im, x, y + 4 + dy, topic_of(name), f)
        x = mint_text(im, x + 22, y + 4 + dy, "分论坛", f)
    hf, nf, uf = font(30, True), font(30), font(17)
    label, who = "主持人:", pad(host[0])
    hw = tw(d, label, hf) + 8 + tw(d, who, nf)
    bw = max(hw, tw(d, host[1], uf))
    if x + 24 + bw <= XR + 30:
        hx = XR + 30 - bw
        d.text((hx, y + 4), label, font=hf, fill=SKY)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=WHITE)
        d.text((hx, y + 52), host[1], font=uf, fill=PALE)
        under, y = False, y + 104
    else:
        y += 100
        lw = hw + 20 + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - 130, y + 22), (lx - 20, y + 22)], fill=PALE, width=2)
        d.line([(lx + lw + 20, y + 22), (lx + lw + 130, y + 22)], fill=PALE, width=2)
        d.text((lx, y), label, font=hf, fill=SKY)
        d.text((lx + tw(d, label, hf) + 8, y), who, font=nf, fill=WHITE)
        d.text((lx + hw + 20, y + 10), host[1], font=uf, fill=PALE)
        under, y = True, y + 54
    hgrad(d, 70, y, XR + 30, y + 12, RULE, (20, 120, 235))
    return y + 12 + 56, under


def person_line(d, y, sp):
    """One speaker: the (padded) name and the company-job line after it on the same line; a Latin name too, its
    line beside it after a wider gap, as the 2024 whole agenda prints 'Lianbo Jiang' (set 188 put it under)."""
    nf, af = font(29), font(18)
    name = pad(sp["name"])
    col = max(NAME_COL, tw(d, name, nf) + (26 if latin(name) else 18))
    d.text((TT, y), name, font=nf, fill=WHITE)
    d.text((TT + col, y + 10), fits(d, sp["line"], af, AFF_R - TT - col), font=af, fill=PALE)
    return y + 43


def slot_lines(s, a, head_end):
    """The glyph boxes of one slot: its range and title lines (head) and its speakers' and labels' lines (rest)."""
    SLOT_LINES[key(s)] = (LINES[a:head_end], LINES[head_end:])


def agenda_row(d, y, s, log):
    """A talk: the range at the left, a dot on the time line, the cyan title (greedy wrap), one line per speaker.
    A round table adds the violet labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars (the
    range and the label); '开场' a row without a speaker."""
    rf = font(31, True)
    if s["kind"] == "break" and s["title"] != "开场":
        hgrad(d, TX - 6, y - 4, XR - 120, y + 50, (0, 160, 232), (0, 120, 226))
        hgrad(d, XR - 120, y - 4, XR, y + 50, (0, 120, 226), BG_MID)
        d.text((TX, y), rng(s), font=rf, fill=WHITE)
        DOTS.append((y + 23, WHITE))
        BARS.append((y - 4, y + 50))
        a = len(LINES) - 1
        d.text((TT, y + 1), s["title"], font=font(29, True), fill=WHITE)
        slot_lines(s, a, len(LINES))
        return y + 50 + 52
    a = len(LINES)
    d.text((TX, y), rng(s), font=rf, fill=WHITE)
    y0 = y
    tf = font(29, True)
    tl = wrap(d, s["title"], tf, XR - TT)  # greedy, as the organisers' whole agenda breaks its titles
    for ln in tl:
        d.text((TT, y + 1), ln, font=tf, fill=TITLE)
        WRAPS.setdefault(s["title"], []).append(ln)
        y += 42
    log.append((s["title"], len(tl)))
    head_end = len(LINES)
    if s["kind"] == "panel":
        lf = font(27, True)
        for k, group in enumerate((s["sp"][:1], s["sp"][1:])):
            y += 8
            d.text((TT, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=SKY)
            y += 44
            for sp in group:
                y = person_line(d, y, sp)
    else:
        for sp in s["sp"]:
            y = person_line(d, y, sp)
    DOTS.append((y0 + 23, TITLE))
    slot_lines(s, a, head_end)
    return y + 34


WRAPS = {}  # each title's printed lines (the first pass and the real one print the same)
DOTS, BARS = [], []  # the dots and bars of the forum being painted (the time line is drawn between the bars)


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(240, 246, 255), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 46, y + h / 2, 24, WHITE)
        f = font(34, True, serif=True)
        d.text((x + 84, y + 10), fits(d, SCHOOL, f, w - 94), font=f, fill=WHITE)
        d.text((x + 86, y + 58), fits(d, SCHOOL_MARK, font(12, True), w - 94), font=font(12, True), fill=WHITE)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
    if len(parts) == 2:
        ctext(d, x + w / 2, y + 8, parts[0], font(32, True), WHITE)
        ctext(d, x + w / 2, y + 54, "  ".join(parts[1]), font(17, True), WHITE)
        return
    size = 36 if name.isascii() else 34
    f = font(size, True, serif=(rnd.random() < 0.25 and not name.isascii()))
    while tw(d, name, f) > w - 40:
        size -= 2
        f = font(size, True)
    mark = rnd.random() < 0.5 and tw(d, name, f) + 52 <= w - 30
    tw_ = tw(d, name, f) + (52 if mark else 0)
    tx = x + (w - tw_) / 2
    if mark:
        d.ellipse([tx, y + h / 2 - 18, tx + 36, y + h / 2 + 18], outline=WHITE, width=4)
        d.ellipse([tx + 12, y + h / 2 - 6, tx + 24, y + h / 2 + 6], fill=WHITE)
        tx += 52
    d.text((tx, y + h / 2 - size * 0.7), fits(d, name, f, w - 30), font=f, fill=WHITE)


def units(d, y, names):
    bw, bh, gx, gy = 336, 104, 46, 40
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def pavilion(d, x, base, col, line, eaves=3):
    """A Chinese hall-tower (Baoding's 大慈阁): a high terrace, a body and several eaves with upturned corners."""
    d.rectangle([x - 90, base - 40, x + 90, base], fill=col, outline=line, width=2)
    d.rectangle([x - 24, base - 36, x + 24, base], outline=line, width=2)  # the terrace's gate
    y = base - 40
    for k in range(eaves):
        ww = 80 - k * 16
        d.rectangle([x - ww + 14, y - 46, x + ww - 14, y], fill=col, outline=line, width=2)
        for px in range(int(x - ww + 24), int(x + ww - 14), 18):
            d.line([(px, y - 40), (px, y - 4)], fill=line, width=1)
        d.polygon([(x - ww - 18, y - 42), (x - ww, y - 54), (x + ww, y - 54), (x + ww + 18, y - 42),
                   (x + ww - 10, y - 74), (x - ww + 10, y - 74)], fill=col, outline=line)
        y -= 74
    d.line([(x, y), (x, y - 24)], fill=line, width=3)


def skyline(im, h):
    """The foot, Baoding in the 2024 manner (pale blue outlines and fills a little lighter than the page): the
    lotus pond at the foot, the hall-tower 大慈阁 at the left, the old governor's gate, the city's towers, the
    school's buildings and the school's name."""
    d = ImageDraw.Draw(im)
    base = h - 60
    fillc, line = (22, 66, 214), (70, 120, 240)
    lake = base - 110
    d.rectangle([0, lake, W, base], fill=(6, 40, 200))
    ripples(d, lake + 6, base - 4, (40, 90, 230), 8212)
    for lx in range(40, W, 130):  # lotus leaves on the pond
        d.ellipse([lx, lake + 30, lx + 44, lake + 46], outline=line, width=2)
    pavilion(d, 210, lake, fillc, line)
    gx = 470  # the governor's gate: a wall, a door and a roof
    d.rectangle([gx - 70, lake - 90, gx + 70, lake], fill=fillc, outline=line, width=2)
    d.rectangle([gx - 20, lake - 60, gx + 20, lake], outline=line, width=2)
    d.polygon([(gx - 90, lake - 88), (gx + 90, lake - 88), (gx + 60, lake - 126), (gx - 60, lake - 126)],
              fill=fillc, outline=line)
    tx = 820  # a tall tower with a mast
    for ww, y0, y1 in ((96, lake - 320, lake), (70, lake - 430, lake - 320)):
        d.rectangle([tx - ww / 2, y0, tx + ww / 2, y1], fill=fillc, outline=line, width=2)
        for wy in range(int(y0 + 10), int(y1 - 6), 16):
            d.line([(tx - ww / 2 + 8, wy), (tx + ww / 2 - 8, wy)], fill=line, width=1)
    d.line([(tx, lake - 430), (tx, lake - 500)], fill=line, width=3)
    for bx, bw, bh in [(580, 110, 150), (700, 60, 100), (900, 110, 190), (1020, 60, 120)]:
        d.rectangle([bx, lake - bh, bx + bw, lake], fill=fillc, outline=line, width=2)
        for wy in range(int(lake - bh + 14), int(lake - 10), 20):
            for wx in range(bx + 10, bx + bw - 10, 18):
                d.rectangle([wx, wy, wx + 8, wy + 8], outline=line, width=1)
    d.rectangle([0, base, W, h], fill=(2, 30, 176))
    seal(d, W / 2 - 80, h - 30, 16, (200, 220, 255))
    ctext(d, W / 2 + 14, h - 44, SCHOOL, font(24, True, serif=True), (220, 232, 255))


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 70
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 70
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 180, y, W / 2 + 180, y + 360], outline=WHITE, width=3)
    d.rectangle([W / 2 - 162, y + 18, W / 2 + 162, y + 342], fill=WHITE)
    qrcode(d, W / 2 - 144, y + 36, 288, 8212)
    y += 410
    slant_text(im, 0, y, "扫码报名", font(62, True), WHITE, 0.18, cx=W / 2)
    y += 116
    ctext(d, W / 2, y, "前200名签到可领取纪念品", font(29), WHITE)
    ctext(d, W / 2, y + 50, "本活动最终解释权归主办方", font(29), WHITE)
    y += 150
    slant_text(im, 0, y, "相聚燕赵古城 · 共探 Linux 内核之美", font(46, True), (90, 230, 255), 0.18, cx=W / 2)
    return int(y + 700)


def background(w, h):
    """The 2024 royal blue: a darker head, a brighter band under it, then an even blue; glows and light streaks."""
    top = vgrad(w, 1400, BG0, BG_MID)
    rest = vgrad(w, h - 1400, BG_MID, BG1)
    im = Image.new("RGB", (w, h))
    im.paste(top, (0, 0))
    im.paste(rest, (0, 1400))
    im = glow(im, 790, 700, 420, (60, 200, 255), 0.22)
    im = glow(im, 980, 120, 300, (120, 160, 255), 0.16)
    for k, yy in enumerate(range(2600, h - 1200, 2300)):
        im = glow(im, 1060 if k % 2 else 20, yy, 360, (40, 140, 255), 0.08)
    im = glow(im, 540, h - 300, 520, (50, 150, 255), 0.12)
    d = ImageDraw.Draw(im)
    rnd = random.Random(8212)
    for i in range(9):  # light streaks sweeping over the head
        d.arc([300 + i * 40, -400 - i * 30, 1500 + i * 40, 260 + i * 24], 100, 175, fill=(40, 100, 236), width=2)
    for _ in range(110):  # particles over the head
        px, py = rnd.randrange(480, 1080), rnd.randrange(150, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(220, 240, 255))
    skyline(im, h)
    return im


FULL_LOG = {}


class LogDraw(ImageDraw.ImageDraw):
    """An ImageDraw that logs the glyph box of every line it prints (x0, y0, x1, y1, text) in LINES."""

    def text(self, xy, text, *args, **kw):
        b = self.textbbox(xy, text, font=kw.get("font"))
        LINES.append((b[0], b[1], b[2], b[3], text))
        return super().text(xy, text, *args, **kw)


LINES = []  # every printed line's glyph box, in painting order (the real pass's)
SLOT_LINES = {}  # each slot's boxes: (range and title lines, the other lines)


def paint_full(im, d):
    d = LogDraw(im)
    del LINES[:]
    SLOT_LINES.clear()
    log, unders = [], []
    del HEADING_SIZES[:]
    y = header(im, d)
    y = intro_box(d, y) + 100
    y = foot_plate(im, d, y, "大会议程") + 110
    for idx, (name, host, slots) in enumerate(FORUMS):
        y, under = agenda_heading(im, d, y, idx, name, host)
        unders.append(under)
        top = y - 40
        del DOTS[:], BARS[:]
        for s in slots:
            y = agenda_row(d, y, s, log)
        ends_with_bar = slots[-1]["kind"] == "break" and slots[-1]["title"] != "开场"
        for k, (a, b) in enumerate(zip([top] + [e for _, e in BARS], [t for t, _ in BARS] + [y - 10])):
            if b > a and not (ends_with_bar and k == len(BARS)):  # no tail under a closing bar
                d.line([(LX, a), (LX, b)], fill=LINE, width=2)  # the time line, broken at the bars
        for cy, col in DOTS:
            d.ellipse([LX - 6, cy - 6, LX + 6, cy + 6], fill=col)
        hgrad(d, 70, y + 20, XR + 30, y + 28, (20, 120, 235), RULE)
        y += 28 + 120
    FULL_LOG["titles"], FULL_LOG["unders"] = log, unders
    FULL_LOG["agenda_end"] = y
    return footer(im, d, y)


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104, 106, 118, 130, 143, 153 and 173)."""
    base = "/work/shared/corpus/"
    text = []
    for y in ("2022", "2023", "2024", "2025"):
        p = base + "listings/CLK%s.tsv" % y
        if os.path.exists(p):
            with open(p, encoding="utf-8") as fh:
                text += [ln.split("\t")[0] for ln in fh.read().splitlines()[1:]]
    p = base + "years/CLK2022/README.md"
    if os.path.exists(p):
        with open(p, encoding="utf-8") as fh:
            text.append(fh.read())
    return "\n".join(text)


def listing_forums():
    """CLK2025's six folder names without their numbers, in folder order, read from its listing when it is there."""
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if not os.path.exists(p):
        return SIX
    with open(p, encoding="utf-8") as fh:
        tops = [ln.split("\t")[0].split("/")[0] for ln in fh.read().splitlines()[1:] if "/" in ln.split("\t")[0]]
    seen = []
    for t in tops:
        if t not in seen:
            seen.append(t)
    seen.sort(key=lambda t: int(t.split(" ", 1)[0]))
    return [t.split(" ", 1)[1] for t in seen]


# ===========================================================================
def truth_slot2(s):
    """A slot as truth.json gives it: titles as printed; names without spaces and padding; each speaker's
    company-job line exactly as printed; host null for breaks."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": [sp["line"] for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def key(s):
    """A slot's key while drawing (the same dict is painted and written)."""
    return id(s)


# ---------------------------------------------------------------------------
# the phone: the poster scaled to the screen's width (1080 -> 1170, 13/12) and shown under an opaque black status
# bar; the reader scrolls by hand and takes a screenshot, a little overlap each time, until the last forum has
# ended; the home indicator is drawn over the poster at the screen's foot.
K = SHOT_W / W  # 13/12
OV_MIN, OV_MAX = 130, 280  # overlap between consecutive screenshots, in screen rows (three to six printed lines)
SLICE = (0.2, 0.8)  # an edge through a line cuts it between 20 % and 80 % of its height ...
CLEAR = 3  # ... or stands at least 3 screen px off it


def scaled(box):
    return (box[0] * K, box[1] * K, box[2] * K, box[3] * K, box[4])


def edge_cuts(e, boxes):
    """The lines an edge at screen-scaled poster row e slices, or None if it passes too near a line's top or foot."""
    cut = []
    for b in boxes:
        x0, y0, x1, y1, text = b
        if y1 <= e - CLEAR or y0 >= e + CLEAR:
            continue
        f = (e - y0) / max(1e-6, y1 - y0)
        if not SLICE[0] <= f <= SLICE[1]:
            return None
        cut.append(text)
    return cut


def pill_clear(a, boxes):
    """No printed line under the home indicator (4 px margin) when the shot starts at scaled row a."""
    py0, py1 = a + PILL[1] - BAR_H - 4, a + PILL[3] - BAR_H + 4
    return not any(b[1] < py1 and b[3] > py0 and b[0] < PILL[2] + 4 and b[2] > PILL[0] - 4 for b in boxes)


def whole(box, a):
    return box[1] >= a and box[3] <= a + VIEW


def plan_shots(boxes, slots):
    """The screenshots' first rows: the first at the top of the poster (or a few rows down), each next one
    OV_MIN..OV_MAX rows above where the last one ended, chosen (seeded) among the rows whose edges and home
    indicator are clean and where no slot is counted with a speaker line cut; until every slot is counted."""
    starts, counted = [], {}
    while len(counted) < len(slots):
        k = len(starts)
        assert k < 7, "more than seven screenshots"
        cands = range(0, 41) if k == 0 else [starts[-1] + VIEW - ov for ov in range(OV_MIN, OV_MAX + 1)]
        ok = []
        for a in cands:
            if (k and edge_cuts(a, boxes) is None) or edge_cuts(a + VIEW, boxes) is None or not pill_clear(a, boxes):
                continue
            new = [n for n in slots if n not in counted and all(whole(b, a) for b in slots[n][0])]
            if all(all(whole(b, a) for b in slots[n][1]) for n in new):
                ok.append((a, new))
        assert ok, ("no clean stop", k)
        a, new = ok[0] if k == 0 else random.Random(PLAN_SEED + k).choice(ok)
        starts.append(a)
        for n in new:
            counted[n] = k
    return starts, counted


def status_bar(im, clock):
    """The iPhone's status bar, white on black: the clock at the left, signal bars, wifi and battery at the right."""
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, SHOT_W, BAR_H - 1], fill=(0, 0, 0))
    ctext(d, 186, 40, clock, font(47, True), WHITE)
    for i, h in enumerate((12, 18, 24, 31)):
        d.rounded_rectangle([872 + i * 15, 98 - h, 882 + i * 15, 98], radius=2, fill=WHITE)
    cx, cy = 972, 98
    d.pieslice([cx - 8, cy - 14, cx + 8, cy + 2], 225, 315, fill=WHITE)
    for r in (20, 32):
        d.arc([cx - r, cy - r - 6, cx + r, cy + r - 6], 225, 315, fill=WHITE, width=6)
    d.rounded_rectangle([1028, 66, 1102, 101], radius=10, outline=(150, 150, 150), width=3)
    d.rounded_rectangle([1034, 72, 1034 + 46, 95], radius=6, fill=WHITE)
    d.rounded_rectangle([1106, 77, 1112, 90], radius=2, fill=(150, 150, 150))


def screenshot(poster, a, clock):
    im = Image.new("RGB", (SHOT_W, SHOT_H), (0, 0, 0))
    im.paste(poster.crop((0, a, SHOT_W, a + VIEW)), (0, BAR_H))
    status_bar(im, clock)
    lay = Image.new("L", im.size, 0)
    ImageDraw.Draw(lay).rounded_rectangle(PILL, radius=8, fill=235)
    im.paste(Image.new("RGB", im.size, (250, 250, 250)), (0, 0), lay)
    return im


def shot_name(k):
    return "IMG_%d.PNG" % (SHOT_FIRST + k)


COMMON = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")  # the 100
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = ["苑", "边"]  # both met most in Hebei (苑 around Baoding), rare in the country as a whole
SURNAME_COUNTS = {"王": 5, "李": 5, "张": 4, "刘": 4, "陈": 4, "杨": 2, "赵": 2, "周": 2}  # every other surname once
# the characters a given name may use: everyday ones, as the brief asks (伟 明 磊 涛 军 华 勇 强 杰 婷 静 丽 鹏 飞 斌 超 ...)
EVERYDAY = set("伟明磊涛军华勇强杰婷静丽鹏飞斌超建国立敏平海燕新峰志远晓辉庆红永文波娟俊昊阳洋浩亮冰刚颖鑫卫东凯龙"
               "宁帅光云一帆宇梅雷振栋")
PLAN_SEED = 8212


def people():
    out = []
    for _, host, slots in FORUMS:
        out.append(plain(host[0]))
        out += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    return out


def check(shots):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; surnames mostly common ones in roughly their proportions."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2024 was the 19th
    assert [f[0] for f in FORUMS] == SIX == listing_forums(), listing_forums()
    ppl = people()
    assert len(ppl) == len(set(ppl)), sorted(p for p in ppl if ppl.count(p) > 1)
    assert not set(ppl) & set(REAL_NAMES), set(ppl) & set(REAL_NAMES)
    chinese = [p for p in ppl if not p.isascii()]
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    top5 = sum(1 for p in chinese if p[0] in TOP5)
    top20 = sum(1 for p in chinese if p[0] in TOP20)
    print("surnames:", len(chinese), "top5", top5, "top20", top20, sorted(counts.items(), key=lambda kv: -kv[1]))
    assert len(chinese) == 61 and {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert (top5, top20) == (22, 40), (top5, top20)
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    assert all(2 <= len(p) <= 3 for p in chinese)
    printed = [host[0] for _, host, _ in FORUMS] + [sp["name"] for f in FORUMS for s in f[2] for sp in s["sp"]]
    for n in printed:  # two-character names padded, no other
        assert n.isascii() or (len(plain(n)) == 2) == ("\u3000" in n), n
    assert sum(1 for n in printed if "\u3000" in n) == 23
    given = [plain(n)[1:] for n in printed if not n.isascii()]
    assert set("".join(given)) <= EVERYDAY, set("".join(given)) - EVERYDAY
    assert len(given) == len(set(given)), sorted(g for g in given if given.count(g) > 1)
    real = listing_words()
    titles = [s["title"] for f in FORUMS for s in f[2] if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in ppl + [t for t in titles if t != "嘉宾致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    whole_day = {}
    for shot in shots:
        assert shot["date"] == DATE
        for f in shot["forums"]:
            assert f["date"] == DATE and f["slots"]
            whole_day.setdefault(f["forum"], []).extend(f["slots"])
    assert list(whole_day) == SIX
    for name, _, slots in FORUMS:  # every slot counted once, in page order
        assert whole_day[name] == [truth_slot2(s) for s in slots], name
    for f in whole_day.values():
        ends = [(s["start"], s["end"]) for s in f]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        for s in f:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
            assert s["start"] < s["end"]
            assert len(s["affiliations"]) == len(s["speakers"])
            assert s["kind"] == "break" or 1 <= len(s["speakers"]) <= (5 if s["kind"] == "panel" else 2)
            assert s["host"] is None or s["host"] not in s["speakers"]
    slots = [s for f in FORUMS for s in f[2]]
    assert [s["kind"] for s in slots].count("panel") == 1
    assert [sum(1 for s in f[2] if s["kind"] == "talk" and len(s["sp"]) == 2) for f in FORUMS] == [1] * 6
    assert [sum(1 for s in f[2] if s["kind"] == "talk" and s["title"].isascii()) for f in FORUMS] == [1] * 6
    assert sum(1 for s in slots for sp in s["sp"] if latin(sp["name"])) == 1
    assert [s["title"] for s in FORUMS[0][2][:2]] == ["开场", "嘉宾致辞"] and FORUMS[0][2][0]["start"] == "09:00"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "14:00"
    assert [s["start"] for s in FORUMS[0][2] if s["title"] == "茶歇"] == ["10:20"]
    assert all(f[2][0]["start"] == "14:00" for f in FORUMS[1:])
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ENDS, [f[2][-1]["end"] for f in FORUMS[1:]]
    assert [[(s["start"], s["end"]) for s in f[2] if s["title"] == "茶歇"] for f in FORUMS[1:]] == TEAS
    assert [sum(1 for s in f[2] if s["kind"] != "break") for f in FORUMS] == COUNTS
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    return len(titles)


ENDS = ["17:40", "17:30", "17:20", "18:00", "17:40"]
TEAS = [[("15:40", "16:00")]] * 5  # as every forum of 2024
COUNTS = [6, 8, 7, 9, 8, 8]

DRAFT = os.environ.get("DRAFT")


def main():
    import io
    im = two_pass(W, paint_full, background)
    assert im.size[0] == W
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)  # the organisers' CLK8212全部议程.jpg (made in memory, never written)
    organisers = len(buf.getvalue())
    sent = Image.open(io.BytesIO(buf.getvalue()))
    sent.load()
    phone = sent.resize((SHOT_W, round(im.size[1] * K)), Image.LANCZOS)
    print("poster %d x %d, organisers' q85 %d bytes, on the phone %d x %d" % (im.size + (organisers,) + phone.size))
    print("agenda ends at", FULL_LOG["agenda_end"], "scaled", round(FULL_LOG["agenda_end"] * K))
    boxes = [scaled(b) for b in LINES]
    slots = {k: ([scaled(b) for b in h], [scaled(b) for b in r]) for k, (h, r) in SLOT_LINES.items()}
    assert len(slots) == sum(len(f[2]) for f in FORUMS)
    starts, counted = plan_shots(boxes, slots)
    print("starts", starts, "overlaps", [a + VIEW - b for a, b in zip(starts, starts[1:])])
    for k, a in enumerate(starts):
        print(" shot", k + 1, "rows", a, a + VIEW, "top cuts", edge_cuts(a, boxes) if k else "-",
              "foot cuts", edge_cuts(a + VIEW, boxes))
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    shots = []
    for k, a in enumerate(starts):
        shot = screenshot(phone, a, SHOT_CLOCKS[k])
        path = os.path.join(HERE, shot_name(k))
        shot.save(path, "PNG")
        forums = []
        for name, _, fslots in FORUMS:
            mine = [truth_slot2(s) for s in fslots if counted[key(s)] == k]
            if mine:
                forums.append({"forum": name, "date": DATE, "slots": mine})
        shots.append({"file": shot_name(k), "layout": LAYOUTS[k] if k < len(LAYOUTS) else "", "date": DATE,
                      "forums": forums})
        print(shot_name(k), os.path.getsize(path), [(f["forum"], len(f["slots"])) for f in forums])
        assert shot.size == (SHOT_W, SHOT_H)
        assert 800_000 <= os.path.getsize(path) <= 2_500_000, os.path.getsize(path)
        print("   scored", sum(1 for f in forums for s in f["slots"] if s["kind"] != "break"))
        if not DRAFT:
            assert [(f["forum"], len(f["slots"])) for f in forums] == SHOT_SLOTS[k], k
            assert sum(1 for f in forums for s in f["slots"] if s["kind"] != "break") == SHOT_SCORED[k], k
            assert ((edge_cuts(a, boxes) if k else None), edge_cuts(a + VIEW, boxes)) == EXPECTED_CUTS[k], k
            assert LAYOUTS[k].endswith("%d scored." % SHOT_SCORED[k]), k
    for k in range(len(starts), 10):  # no stale screenshot of an earlier run
        if os.path.exists(os.path.join(HERE, shot_name(k))):
            os.remove(os.path.join(HERE, shot_name(k)))
    assert 5 <= len(starts) <= 7 and starts[0] <= 40
    assert DRAFT or len(starts) == len(LAYOUTS)
    assert all(OV_MIN <= a + VIEW - b <= OV_MAX for a, b in zip(starts, starts[1:]))
    assert starts[-1] + VIEW > FULL_LOG["agenda_end"] * K + 60  # the last screenshot shows the last forum's end
    assert 12000 <= im.size[1] <= 17000, im.size
    assert 1_200_000 <= organisers <= 3_500_000, organisers
    n = check(shots)
    print("scored talks", n)
    assert 42 <= n <= 55, n
    lines = dict(FULL_LOG["titles"])
    wrapped = {t: k for t, k in lines.items() if k > 1}
    print("hosts under headings:", FULL_LOG["unders"])
    print("afternoon heading sizes:", HEADING_SIZES)
    print("titles over 2+ lines:", len(wrapped))
    for t, k in wrapped.items():
        print("  ", " / ".join(WRAPS[t][:k]))
    if not DRAFT:
        assert FULL_LOG["unders"] == UNDERS, FULL_LOG["unders"]
        assert max(lines.values()) == 2
        assert sorted(wrapped) == sorted(WRAPPED), sorted(wrapped)
        assert all(len(WRAPS[t][1].replace(" ", "")) >= 3 for t in WRAPPED), "a lone tail"
    truth = {"written": "2026-12-20", "by": "a helper that had not read the code", "note": NOTE, "posters": shots}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


UNDERS = [False, True, True, True, True, True]
WRAPPED = ["上游社区里的中国开发者：贡献者与维护者结构的十年变化",
           "Keeping a Kernel Fleet Healthy: Regression Tracking at Scale",
           "量产车型上的 Linux 内核：智能座舱的实时性与功能安全实践",
           "龙芯服务器平台的上游主线支持：当前进展与遗留问题",
           "圆桌论坛:内核开发者从哪里来——高校课程与企业实习如何衔接",
           "Proactive Reclaim in Practice: Tuning memory.reclaim for Mixed Workloads",
           "内核内存泄漏的线上排查：kmemleak 的开销与替代方案",
           "云主机内存在线扩容：热插拔与 virtio-mem 的取舍",
           "Btrfs RAID1 on NVMe: Rebuild Time and Consistency in Practice",
           "Tracing Softirq Latency in Production with BPF",
           "宕机现场自动采集：panic 与 hung task 的一体化处理",
           "LoongArch 内核热补丁：从 livepatch 到 kpatch 工具链",
           "Memory Tagging Extension on Arm64 Servers: Status and Pitfalls",
           "CXL 扩展内存直通给虚拟机：热插拔与 NUMA 拓扑呈现",
           "SmartNIC 上运行 Linux：嵌入式核与主机之间的协同设计",
           "Scaling XDP Load Balancers to 400G: What Broke and Why",
           "训练集群 RDMA 网络的故障定位：从网卡驱动到内核协议栈",
           "eBPF 程序在生产环境中的版本管理与灰度发布实践"]  # the titles printed over two lines
# what each screenshot's edges slice (top edge, foot edge; the first screenshot has no top edge to speak of)
EXPECTED_CUTS = [(None, ["09:05-09:20", "嘉宾致辞"]), ([], []),
                 (["王\u3000磊", "美团基础研发平台内核工程师"], ["16:00-16:30", "FUSE 在 AI 训练数据读取中的性能瓶颈与改进"]),
                 ([], []),
                 (["董卫东", "中国移动云能力中心 操作系统工程师"], ["14:00-14:25", "大模型推理集群的内核参数调优实践"]),
                 (["05", "AI 基础设施与 eBPF 应用", "分论坛"], ["vivo", "荣耀"])]
# the slots each screenshot counts, forum by forum, and its scored talks
SHOT_SLOTS = [[("主论坛", 1)], [("主论坛", 8), ("内存管理与优化分论坛", 2)],
              [("内存管理与优化分论坛", 7), ("文件系统与存储分论坛", 5)],
              [("文件系统与存储分论坛", 3), ("调度、性能与调试分论坛", 10)],
              [("硬件架构与异构计算分论坛", 9)],
              [("AI 基础设施与 eBPF 应用分论坛", 9)]]
SHOT_SCORED = [0, 8, 10, 12, 8, 8]
PHONE = ("an iPhone (1170 x 2532) showed the edition's whole-agenda image (a JPEG 1080 x 15560 in the organisers' "
         "CLK2024 大会全议程 layout and royal blue, CLK8212全部议程.jpg, never delivered) full-screen in a picture "
         "viewer, scaled to the screen's width (x 13/12), under the phone's opaque black status bar (141 px: the clock "
         "at the left; signal bars, wifi and battery at the right) with the white home indicator over the poster at the "
         "foot; the reader scrolled down by hand and took SIX screenshots (PNG, 1170 x 2532), each starting a few "
         "printed lines above where the last one ended")
LAYOUTS = [
    "CLK 8212 (第6207届), 保定, 8212-10-24, screenshot 1 of 6, screen-scaled poster rows 1-2392: " + PHONE + ". "
    "Status bar '22:13'. The poster's head: logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the seal, "
    "'河北大学' / '网络空间安全与计算机学院' and an English line at the top right, leaning '第6207届中国' / "
    "'Linux内核开发者大会', the ring '8212' / 'CLK', the date pill '8212年10月24日' + pin + '保定', "
    "'地址:河北大学七一路校区' / '图书馆学术报告厅', faint towers; the framed introduction (two paragraphs, naming the "
    "edition's topics but no forum by its name); '大会议程' on a plate; '▶▶ 主论坛' with '主持人: 杨建国' and his unit at "
    "the right; '09:00-09:05 开场' whole; at the FOOT the range '09:05-09:20' and '嘉宾致辞' SLICED just above the home "
    "indicator (the welcome speech counts in screenshot 2). 0 scored.",
    "CLK 8212, screenshot 2 of 6, rows 2260-4651 (132 rows shared with screenshot 1): status bar '22:13'; the top "
    "edge in the gap above '09:00-09:05 开场' (shown again whole, counted in 1); 嘉宾致辞 (苑立新, 河北大学副校长); "
    "'上游社区里的中国开发者：贡献者与维护者结' / '构的十年变化' (陈海峰); the English 'Keeping a Kernel Fleet Healthy:' / "
    "'Regression Tracking at Scale' by 刘志远, a Chinese speaker; a 茶歇 bar 10:20-10:35; 赵海军 over 李晓燕 (长城汽车) "
    "under '量产车型上的 Linux 内核：智能座舱的实时性' / '与功能安全实践'; '龙芯服务器平台的上游主线支持：当前进展与' / "
    "'遗留问题' (张明辉); the round table '圆桌论坛:内核开发者从哪里来——高校课程与' / '企业实习如何衔接' with a violet "
    "'主持人:' over 孙　丽 and '嘉　宾:' over 吴国庆, 马　超, 朱建军, 王　伟; a 午餐 bar 12:20-14:00; the closing rule; '01' "
    "and '内存管理与优化  分论坛' with '主持人: 周立华' and his unit on a line under it; '14:00-14:25' 透明大页 (王　磊) and "
    "'Proactive Reclaim in Practice: Tuning' / 'memory.reclaim for Mixed Workloads' (黄　涛) whole just above the home "
    "indicator; the foot edge in the gap under them. 6 + 2 = 8 scored.",
    "CLK 8212, screenshot 3 of 6, rows 4416-6807 (235 rows shared): status bar '22:13'; at the TOP 王　磊's line "
    "('美团基础研发平台内核工程师') SLICED under the status bar (his talk counts in 2), then the Proactive Reclaim talk "
    "again whole (counted in 2), no heading; '内核内存泄漏的线上排查：kmemleak 的开销' / '与替代方案' (李永强), DAMON "
    "(刘　婷 over 何文斌, OPPO), a 茶歇 bar 15:40-16:00, NUMA (王　峰), '云主机内存在线扩容：热插拔与 virtio-mem' / "
    "'的取舍' (郑海波), 页表回收 (王云飞), CMA (谢丽娟), the closing rule; '02' '文件系统与存储  分论坛', '主持人: 徐　敏'; "
    "ext4 (陈俊杰), XFS (张建华), 'Btrfs RAID1 on NVMe: Rebuild Time and' / 'Consistency in Practice' (叶　昊), NVMe-oF "
    "(李文涛 over 曹　阳, the same line '浪潮信息存储研发工程师' twice), a 茶歇 bar 15:40-16:00 whole; at the FOOT the range "
    "'16:00-16:30' and 'FUSE 在 AI 训练数据读取中的性能瓶颈与改进' SLICED (that talk counts in 4). 6 + 4 = 10 scored.",
    "CLK 8212, screenshot 4 of 6, rows 6661-9052 (146 rows shared): status bar '22:14'; the 茶歇 bar of 文件系统与存储 "
    "again whole just under the status bar (counted in 3), no heading; FUSE (罗　斌), 'io_uring 网络收发在存储网关中的"
    "零拷贝改造' (宋　洋), dm-crypt (田志勇), the closing rule; '03' '调度、性能与调试  分论坛', '主持人: 高建平'; sched_ext "
    "(梁　浩), 大小核 (彭　亮), 'Tracing Softirq Latency in Production' / 'with BPF' (张红军), kdump (韩　冰), ARM64 perf "
    "(冯　刚), a 茶歇 bar 15:40-16:00, lockstat (张　颖 over 陈国栋, 小红书), PREEMPT_RT (曾　鑫), '宕机现场自动采集：panic "
    "与 hung task 的一' / '体化处理' (董卫东), '17:00-17:20' '从 ftrace 到 BPF：函数延迟统计工具的演进' (邓文凯) whole at the "
    "foot. 3 + 9 = 12 scored.",
    "CLK 8212, screenshot 5 of 6, rows 8791-11182 (261 rows shared): status bar '22:14'; at the TOP 董卫东's line SLICED "
    "under the status bar (his talk counts in 4), then the ftrace talk again whole (counted in 4); the closing rule; "
    "'04' '硬件架构与异构计算  分论坛', '主持人: 林海燕'; 'LoongArch 内核热补丁：从 livepatch 到' / 'kpatch 工具链' "
    "(刘文龙), RISC-V (蔡明亮), 'Memory Tagging Extension on Arm64' / 'Servers: Status and Pitfalls' by the ONE LATIN "
    "SPEAKER, 'Marco Ferrari' with 'Arm 首席软件工程师' BESIDE his name on the same line, 'CXL 扩展内存直通给虚拟机：热插拔"
    "与 NUMA' / '拓扑呈现' (袁志强 over 李　静, 海光信息), a 茶歇 bar 15:40-16:00, 昇腾 NPU (许振宁), GPU DMA (潘　帅), 飞腾 "
    "PCIe AER (魏振东), 'SmartNIC 上运行 Linux：嵌入式核与主机之' / '间的协同设计' (程晓光), the closing rule; '05' 'AI 基础"
    "设施与 eBPF 应用  分论坛' (a little smaller) and '主持人: 胡国平' with his unit, whole; at the FOOT the range "
    "'14:00-14:25' and '大模型推理集群的内核参数调优实践' SLICED (that talk counts in 6). 8 scored.",
    "CLK 8212, screenshot 6 of 6, rows 10966-13357 (216 rows shared): status bar '22:14'; at the TOP the heading '05' "
    "'AI 基础设施与 eBPF 应用  分论坛' SLICED under the status bar (its lower half shows), then '主持人: 胡国平' and his "
    "unit whole; '14:00-14:25' 推理集群 (王海涛) whole, '基于 eBPF 的 Service 流量拓扑自动发现' (赵　雷), 'Scaling XDP Load "
    "Balancers to 400G: What' / 'Broke and Why' (周鹏飞), '训练集群 RDMA 网络的故障定位：从网卡驱动' / '到内核协议栈' (李红梅 "
    "over 杨志华, 蚂蚁集团), a 茶歇 bar 15:40-16:00, BPF LSM (刘一帆), KV Cache (郭　宇), 'eBPF 程序在生产环境中的版本管理与"
    "灰度发' / '布实践' (陈　勇), '17:15-17:40' 尾延迟 (边晓东, '河北大学网络空间安全与计算机学院博士研究生'), the closing "
    "rule; then the foot begins: '赞助单位' on a plate and six outlined sponsor boxes (河北大学, HUAWEI, 阿里云, 腾讯云, "
    "字节跳动, OPPO), the next two ('vivo', '荣耀') SLICED at the foot; the reader stopped there (the other sponsors, "
    "supporters, media, QR code and skyline are in no screenshot). 8 scored.",
]

NOTE = (
    'Same schema and conventions as posters-blind-43 (and -59, -154, -182, -188): speakers are names as printed with '
    "spaces and the padding of two-character names removed ('徐\u3000敏' -> '徐敏', '王\u3000磊' -> '王磊'; the Latin "
    "name 'Marco Ferrari' -> 'MarcoFerrari'); host is the chair printed for the forum covering the slot, null for "
    'breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed. ONE invented edition, CLK 8212 '
    "(第6207届, 保定, host school 河北大学 with its 网络空间安全与计算机学院, Saturday 8212-10-24), with CLK2025's six "
    "forum names in CLK2025's folder order (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, "
    "硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its spaces). The organisers' image would be ONE "
    "whole-agenda JPEG, 'CLK8212全部议程.jpg' (q85, 1080 x 15560), in the 2024 whole-agenda layout and royal blue, the "
    'six forums one under another; it is NOT delivered. What is delivered is what a reader passed on: SIX iPhone '
    'screenshots (PNG, 1170 x 2532, named IMG_4518.PNG .. IMG_4523.PNG as iOS names them), taken while scrolling '
    "down the image shown full-screen at the screen's width (scaled 13/12) under the phone's opaque black status bar "
    "(141 px; the clock '22:13' or '22:14', signal, wifi, battery) with the white home indicator over the poster at "
    'the foot; each screenshot starts a few printed lines (132 to 261 screen rows) above where the previous one '
    'ended; the first starts at the top of the image, the last shows the end of the last forum and the first '
    "sponsor boxes, where the reader stopped (the rest of the foot is in no screenshot). The clock and the file "
    "names are the phone's: no slot, no date of the meeting. Each SCREENSHOT is one entry of 'posters' holding the "
    'forums whose slots it COUNTS, in printed order, every forum dated 8212-10-24 (the date is printed only in the '
    'head, on screenshot 1). (1) A slot counts ONCE, in the FIRST screenshot where its range line and every line of '
    "its title are WHOLE (under the status bar, above the screen's foot); the screenshots were chosen so that a slot "
    'counted there also shows all its speaker and company-job lines whole, and no printed line lies under the home '
    'indicator. An edge either slices a line between 20 % and 80 % of its height or stands at least 3 px off every '
    "line. Sliced: at the foot of 1 the range '09:05-09:20' and '嘉宾致辞' (the welcome speech counts in 2); at the top "
    "of 3 王磊's speaker line (his talk, 14:00-14:25, counted in 2, where it is whole); at the foot of 3 '16:00-16:30' "
    "'FUSE 在 AI 训练数据读取中的性能瓶颈与改进' (counted in 4); at the top of 5 董卫东's speaker line (his talk counted "
    "in 4); at the foot of 5 '14:00-14:25' '大模型推理集群的内核参数调优实践' (counted in 6); at the top of 6 the heading "
    "'05 AI 基础设施与 eBPF 应用  分论坛' (whole on 5; its host line under it is whole on both); at the foot of 6 two "
    "sponsor boxes. The other edges stand in gaps. A slot repeated whole in the next screenshot's overlap is NOT "
    "listed again there. (2) A forum spread over several screenshots is in each entry that counts some of its slots, "
    "under its own name and host, although the later screenshots do not print its heading (内存管理与优化分论坛's "
    "heading and first two talks are on 2, the rest on 3; 文件系统与存储分论坛's heading is on 3, its last three talks "
    "counted on 4). AI 基础设施与 eBPF 应用分论坛's heading and host are whole on 5, which counts none of its slots; on "
    "6, which counts all nine, the heading is sliced at the top and the host line is whole. Counted: 1: 主论坛 '开场' "
    "only (0 scored); 2: 主论坛 from 嘉宾致辞 to 午餐 and the first two talks of 内存管理与优化 (8); 3: the rest of "
    "内存管理与优化 and 文件系统与存储 to its 茶歇 (10); 4: the rest of 文件系统与存储 and all of 调度、性能与调试 (12); 5: all "
    "of 硬件架构与异构计算 (8); 6: all of AI 基础设施与 eBPF 应用 (8); 46 "
    "scored in all (45 talks, the welcome speech among them, and the round table), 8 breaks. HEADINGS: '▶▶ 主论坛', "
    "or a slanted number box '01'..'05' followed by the forum's TOPIC and '分论坛' set APART with a gap, as the 2024 "
    "whole agenda sets them ('内存管理与优化  分论坛'): the forum is CLK2025's name, the gap and the numbers no part of "
    "it. The host is the name after the violet '主持人:' (ASCII colon, as 2024 types it): at the RIGHT of 主论坛's "
    "heading with the unit under it (杨建国, '河北大学网络空间安全与计算机学院院长'); for the five afternoon forums, whose "
    'long names leave no room, on a line of its own UNDER the heading between two short rules with the unit beside '
    "it: 周立华, 徐敏 (printed '徐\u3000敏'), 高建平, 林海燕, 胡国平; the unit is no affiliation. ROWS: the range at the "
    'left, a dot on a vertical time line, the CYAN title, then the speakers, ONE LINE EACH, two speakers one under '
    'the other: the (padded) name and the company-job line beside it; each affiliation is that line EXACTLY as '
    "printed, typed as the designer typed it (run together, '华为操作系统内核首席专家', '字节跳动STE团队内核负责人', "
    "'OPPO内存优化工程师', '蚂蚁集团SRE工程师'; with a space where typed, '快手 容器平台工程师', '阿里云 AI基础设施工程师', "
    "'小红书 SRE工程师', '华为 昇腾驱动工程师'). The one LATIN name stands on the line like the others, with his "
    "company-job line BESIDE it after a gap, as the 2024 whole agenda prints 'Lianbo Jiang': 'Marco Ferrari' / "
    "'Arm 首席软件工程师' (硬件架构与异构计算分论坛 14:40-15:10, under 'Memory Tagging Extension on Arm64' / 'Servers: "
    "Status and Pitfalls'). TWO SPEAKERS (six talks, one per forum) are given top then bottom, each with the line "
    'beside his own name: 赵海军 and 李晓燕 (长城汽车), 刘婷 and 何文斌 (OPPO), 李文涛 and 曹阳 (the SAME line '
    "'浪潮信息存储研发工程师' twice), 张颖 and 陈国栋 (小红书), 袁志强 and 李静 (海光信息), 李红梅 and 杨志华 (蚂蚁集团). "
    'TITLES wrap greedily in the title column, as the organisers break them; a title over two lines is ONE title, '
    "given as the designer typed it: the space typed at a break is kept, between Latin words ('Tracing Softirq "
    "Latency in Production' / 'with BPF') and between a Latin word and Chinese typed with a space ('…从 livepatch 到' / "
    "'kpatch 工具链', '…与 virtio-mem' / '的取舍'); no space inside Chinese text, also where the break falls "
    "inside a word ('…维护者结' / '构的十年变化', '…的一' / '体化处理', '…主机之' / '间的协同设计', '…灰度发' / '布实践'); "
    "eighteen titles take two lines, none more. The ROUND TABLE (主论坛, 11:35-12:20, kind 'panel') is one row "
    "'圆桌论坛:内核开发者从哪里来——高校课程与企业实习如何衔接' over two lines (the label '圆桌论坛:' kept in the title with its "
    "ASCII colon, as the 2024 whole agenda prints its round table), a violet '主持人:' line over the moderator's line "
    "and a violet '嘉\u3000宾:' line over four guests' lines; its speakers are the moderator and then the guests in "
    'printed order (孙丽; 吴国庆, 马超, 朱建军, 王伟), its affiliations their printed lines; the labels are no part of a '
    "name, and the moderator is a SPEAKER, not the forum's host (杨建国), although his label reads '主持人:' like the "
    "host's. '开场' (09:00-09:05, no speaker) is a break; '嘉宾致辞' (09:05-09:20, 苑立新, 河北大学副校长) is a talk. "
    "'茶歇' and '午餐' are cyan bars holding the range and the label only, breaks of the forum they stand in: 主论坛 "
    "has a morning 茶歇 10:20-10:35 and ends with '午餐' 12:20-14:00; each afternoon forum starts at 14:00, has ONE "
    "茶歇 15:40-16:00 (as every forum of 2024) and ends with its last talk (17:40, 17:30, 17:20, 18:00, 17:40). "
    "ENGLISH-ONLY titles: six, one per forum, all over two lines ('Keeping a Kernel Fleet Healthy: Regression "
    "Tracking at Scale' by 刘志远, a Chinese speaker; 'Proactive Reclaim in Practice: Tuning memory.reclaim for "
    "Mixed Workloads'; 'Btrfs RAID1 on NVMe: Rebuild Time and Consistency in Practice'; 'Tracing Softirq Latency in "
    "Production with BPF'; 'Memory Tagging Extension on Arm64 Servers: Status and Pitfalls', the Latin speaker's; "
    "'Scaling XDP Load Balancers to 400G: What Broke and Why'). SURNAMES of the 61 Chinese names in roughly a real "
    'kernel conference\'s proportions: 王 5, 李 5, 张 4, 刘 4, 陈 4 (22, 36 %), 杨, 赵, 周 two each, and one each of '
    'the other twelve the brief lists (40 of 61, 66 %, bear one of those twenty), then one each of nineteen other '
    'common ones (郑 谢 叶 曹 宋 田 梁 彭 韩 冯 曾 董 邓 蔡 袁 许 潘 魏 程), and two uncommon ones met most in Hebei: '
    "苑 (苑立新, who gives the welcome speech) and 边 (边晓东, a doctoral student of the host school); given names of "
    'everyday characters, no given name twice; twenty-three two-character names, padded. No person is printed twice.'
)


if __name__ == "__main__":
    main()
