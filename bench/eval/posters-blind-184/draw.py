"""Draw the hundred-and-eighty-fourth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK4468全部议程.jpg and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 4468 (第2463届, 湖州, 湖州师范学院, Saturday 4468-10-20), with
CLK2025's six forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛,
硬件架构与异构计算分论坛, AI 基础设施与 eBPF 应用分论坛), as CLK2025's repository holds an
edition: ONE whole-agenda image, 'CLK4468全部议程.jpg', JPEG q85, 1080 px wide, the six forums
one under another, drawn after the organisers' CLK2024 大会全议程.webp (head, introduction
box, '大会议程' plate, forum headings, timeline rows, tea bars, the foot with sponsors, QR
code and a skyline) in NEW COLOURS: a light PORCELAIN page with deep navy ink, azure titles
and vermilion labels, where 2024 prints white and cyan on royal blue.

Built from posters-blind-182/draw.py: its helpers (everything from the imports to hgrad,
itself from sets 173, 153, 143, 130, 118, 106, 104, 79, 66, 65, 62 and 59) copied unchanged,
its whole-agenda painters recoloured for a light page and changed as README.md lists; the
data are new.
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
    return x + m.size[0]


def hgrad(d, x0, y0, x1, y1, c0, c1):
    for i in range(int(x1 - x0)):
        t = i / max(1, x1 - x0 - 1)
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c0, c1)))













# ===========================================================================
# CLK 4468 (第2463届), 湖州, 湖州师范学院, Saturday 4468-10-20.  主论坛 in the morning (09:00-12:00, then lunch until
# 14:00), the five other forums in parallel in the afternoon from 14:00, each with a tea 15:40-16:00 (as 2024's).
EDITION = "CLK 4468"
YEAR = "4468"
NTH = "第2463届中国"
DATE = "4468-10-20"
DATE_PRINTED = "4468年10月20日"
CITY = "湖州"
SCHOOL = "湖州师范学院"
SCHOOL_UNIT = "信息工程学院"
SCHOOL_EN = "School of Information Engineering, Huzhou University"
SCHOOL_MARK = "HUZHOU UNIVERSITY"
HALL = "湖州师范学院东校区 学术交流中心报告厅"  # printed over two lines, broken at the space
FILE = "CLK%s全部议程.jpg" % YEAR  # named as CLK2025's repository names its image


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return {"name": name, "line": line}


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


# every speaker stands on a line of his own, as the 2024 whole agenda prints them (two speakers one under the
# other); two-character names are held padded, as they are printed
H0, H1, H2, H3, H4, H5 = "张建华", "王\u3000磊", "刘文涛", "陈晓东", "杨\u3000帆", "吴志强"
FORUMS = [
    ("主论坛", (H0, "湖州师范学院信息工程学院院长、教授"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:15", "嘉宾致辞", [P("钮建平", "湖州师范学院副校长")], H0),
        T("09:15", "09:45", "开源处理器与 Linux 内核：从上游支持到整机产品", [P("李永强", "中国科学院计算技术研究所研究员")], H0),
        T("09:45", "10:15", "十万台服务器不停机换内核：kexec 快速重启的工程化", [P("王海涛", "阿里云操作系统内核负责人")], H0),
        T("10:15", "10:45", "What Our Nightly Kernel CI Learned from Flaky Tests", [P("陈\u3000磊", "腾讯云内核测试平台负责人")], H0),
        T("10:45", "11:15", "终端设备内核的内存与功耗：多任务 AI 应用带来的新挑战",
          [P("刘\u3000洋", "vivo内核技术总监"), P("黄婷婷", "vivo高级内核工程师")], H0),
        PANEL("11:15", "12:00", "高校如何参与内核上游：课程、实习与社区贡献",
              [P("孙宏伟", "统信软件内核研发总监"),
               P("马\u3000军", "龙芯中科内核团队负责人"),
               P("胡\u3000静", "华为操作系统内核专家"),
               P("郭俊鹏", "字节跳动STE团队技术专家"),
               P("周国平", "浙江大学计算机科学与技术学院教授")], H0),
        B("12:00", "14:00", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "浙江大学计算机科学与技术学院副教授"), [
        T("14:00", "14:20", "cgroup 内存保护 memory.low 在共享节点上的失效场景", [P("赵文斌", "字节跳动内核工程师")], H1),
        T("14:20", "14:40", "THP 碎片整理对在线业务尾延迟的影响与调优", [P("徐丽娟", "美团基础架构内核工程师")], H1),
        T("14:40", "15:10", "Per-Node Watermarks for Memory Expanders in Mixed DRAM Systems",
          [P("张\u3000伟", "英特尔 软件工程师")], H1),
        T("15:10", "15:40", "page_owner 与 slab 调用栈：一次线上内存泄漏的复盘",
          [P("梁志刚", "京东内核工程师"), P("何\u3000敏", "京东 SRE工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "ARM64 服务器上 1G 大页的预留与按需分配", [P("李建军", "华为内核工程师")], H1),
        T("16:20", "16:40", "virtio-mem 驱动的块粒度选择与客户机碎片", [P("宋晓明", "天翼云虚拟化工程师")], H1),
        T("16:40", "17:10", "mlock 与 compaction 的冲突：实时音频服务的卡顿排查", [P("郑\u3000超", "腾讯音乐系统工程师")], H1),
        T("17:10", "17:30", "应用冷启动时 readahead 与 LRU 的交互", [P("林晓燕", "荣耀内存管理工程师")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "湖州师范学院信息工程学院教授"), [
        T("14:00", "14:30", "ext4 目录索引在千万小文件下的退化", [P("王\u3000强", "七牛云存储工程师")], H2),
        T("14:30", "15:00", "SAS 与 NVMe 混插服务器的盘符稳定性与 udev 规则", [P("谢文杰", "浪潮信息存储软件工程师")], H2),
        T("15:00", "15:20", "镜像层过多时 overlayfs 的 lookup 开销", [P("罗志勇", "商汤科技系统工程师")], H2),
        T("15:20", "15:40", "XFS 在线扩容与配额的一致性问题", [P("韩\u3000冰", "金山云存储工程师")], H2),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "Bringing Atomic Writes to Buffered IO on ext4", [P("陈静怡", "阿里云文件系统工程师")], H2),
        T("16:30", "17:00", "数据库与日志混部时 iocost 权重怎么配",
          [P("唐浩然", "OceanBase 存储内核工程师"), P("冯雪梅", "OceanBase 测试工程师")], H2),
        T("17:00", "17:30", "弱网环境下 NFS 客户端的挂起与超时调优", [P("于海洋", "中国电信研究院工程师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "中国科学院软件研究所副研究员"), [
        T("14:00", "14:20", "游戏场景下大小核的任务放置：uclamp 的实际效果", [P("李鹏飞", "OPPO内核调度工程师")], H3),
        T("14:20", "14:40", "EAS 能量模型在平板电脑上的标定方法", [P("高\u3000峰", "联想平板系统工程师")], H3),
        T("14:40", "15:10", "虚拟机里的 perf：PMU 透传后的采样偏差", [P("董\u3000辉", "海光信息性能工程师")], H3),
        T("15:10", "15:40", "Finding Hot Spinlocks in Production without Rebooting",
          [P("Tobias Wagner", "SUSE 内核工程师")], H3),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "vmcore 自动分诊：从 backtrace 聚类到补丁推荐", [P("曹\u3000斌", "蚂蚁集团内核稳定性工程师")], H3),
        T("16:20", "16:40", "PREEMPT_RT 主线化后，嵌入式厂商的补丁清理经验",
          [P("程明亮", "中兴通讯操作系统工程师"), P("吕丽娜", "中兴通讯测试工程师")], H3),
        T("16:40", "17:10", "watchdog 误报还是真死锁：hardlockup 检测的边界", [P("袁\u3000帅", "网易数帆内核工程师")], H3),
        T("17:10", "17:30", "irqsoff tracer 在 5G 基站软件中的使用", [P("邓小军", "大唐移动软件工程师")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "浙江工业大学计算机科学与技术学院教授"), [
        T("14:00", "14:20", "LoongArch 笔记本上的 S3 睡眠与唤醒支持", [P("王\u3000刚", "龙芯中科系统软件工程师")], H4),
        T("14:20", "14:40", "在 RISC-V 开发板上跑通主线内核：设备树与时钟驱动的补齐", [P("许晨阳", "中国科学院软件研究所工程师")], H4),
        T("14:40", "15:10", "SMMUv3 页表缓存失效对网卡吞吐的影响", [P("任海波", "华为鲲鹏内核工程师")], H4),
        T("15:10", "15:40", "CXL Type 3 设备在 Linux 中的热插拔流程",
          [P("潘\u3000杰", "阿里云服务器内核工程师"), P("彭丽萍", "澜起科技软件工程师")], H4),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "Toward Upstream Support for Chiplet-Aware CPU Topology", [P("吴\u3000昊", "AMD 高级软件工程师")], H4),
        T("16:30", "16:50", "DRM 调度器在国产 GPU 上的超时与恢复", [P("朱明辉", "摩尔线程驱动工程师")], H4),
        T("16:50", "17:10", "ECC 纠错计数与页面下线策略的取舍", [P("曾宇航", "新华三服务器固件工程师")], H4),
        T("17:10", "17:30", "飞腾平台 ACPI 电源管理的适配与验证", [P("闵\u3000涛", "飞腾信息技术系统软件工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "湖州师范学院信息工程学院副院长"), [
        T("14:00", "14:20", "GPU 服务器的 PCIe 链路错误监控与自动隔离", [P("李\u3000静", "快手GPU平台工程师")], H5),
        T("14:20", "14:40", "训练集群出口流量的 EDT 限速实践", [P("张鑫宇", "青云科技网络工程师")], H5),
        T("14:40", "15:10", "多租户下 GPUDirect RDMA 的内存注册开销", [P("刘卫民", "百度智能云网络工程师")], H5),
        T("15:10", "15:40", "Keeping BPF Programs Alive Across Agent Restarts", [P("杨俊杰", "字节跳动系统工程师")], H5),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "CO-RE 之外：BPF 程序在老内核上的降级加载", [P("沈文龙", "深信服安全研发工程师")], H5),
        T("16:20", "16:40", "推理网关的 SO_REUSEPORT BPF 负载均衡",
          [P("魏国亮", "月之暗面推理系统工程师"), P("王春芳", "月之暗面系统工程师")], H5),
        T("16:40", "17:10", "LSM BPF 在模型文件防篡改中的应用", [P("蒋晓峰", "奇安信安全研究员")], H5),
        T("17:10", "17:30", "训练作业卡死时的内核侧证据采集", [P("陈云飞", "中国移动云能力中心工程师")], H5),
    ]),
]
SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]

SPONSORS = ["湖州师范学院", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "蚂蚁集团", "龙芯中科",
            "统信软件", "SUSE"]
SUPPORT = ["清华大学", "openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "openKylin", "浙江省计算机学会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "阅码场"]

# names of real speakers and hosts read on the real posters: set 173's list (itself set 170's), copied; every name
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
# NEW COLOURS: a light PORCELAIN page (near white at the head to a pale blue-grey at the foot) where 2024 prints
# royal blue; deep NAVY ink (ranges, names, heading type, head) where it prints white; AZURE titles, dots and rules
# where it prints cyan; VERMILION labels ('主持人:', '嘉　宾:') and number boxes where it prints violet ones and cyan
# boxes; slate-grey company-job lines where it prints periwinkle ones; PEACH tea and lunch bars where it prints cyan
NAVY = (16, 38, 96)
TITLE = (12, 84, 196)  # azure titles
PALE = (98, 110, 134)  # the company-job lines and the hosts' units (slate grey)
SKY = (222, 80, 42)  # '主持人:' and '嘉　宾:' (vermilion; the name SKY is kept from set 153)
LINE = (172, 192, 224)  # the time line
HOLE = (255, 255, 255)  # the hole of a pin
BG0, BG_MID, BG1 = (250, 251, 254), (243, 246, 251), (233, 238, 247)
RULE = (12, 84, 196)  # the forum rules' strong end
RULE_END = (168, 200, 242)
PEACH0, PEACH1 = (255, 210, 178), (255, 236, 222)  # the tea and lunch bars
PANEL_FILL = (255, 255, 255)
W = 1080


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between (the data holds them padded)."""
    return name


def latin(name):
    return name.isascii()


def shade(im, cx, cy, r, col, strength):
    """A soft tinted blob on a light page (multiplied in): the light-page counterpart of glow()."""
    tint = tuple(int(255 - (255 - c) * strength) for c in col)
    lay = Image.new("RGB", (max(1, im.size[0] // 8), max(1, im.size[1] // 8)), (255, 255, 255))
    ImageDraw.Draw(lay).ellipse([(cx - r) / 8, (cy - r) / 8, (cx + r) / 8, (cy + r) / 8], fill=tint)
    lay = lay.filter(ImageFilter.GaussianBlur(r / 16))
    return ImageChops.multiply(im, lay.resize(im.size, Image.BILINEAR))


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, arcs, an azure ball and small satellites (as 2024's, in light
    blues on the light page)."""
    for r, col, wd in [(220, (196, 214, 244), 3), (176, (120, 170, 236), 10), (132, (206, 224, 250), 4)]:
        d.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], outline=col, width=wd)
    d.arc([cx - 250, cy - 160, cx + 250, cy + 160], 195, 345, fill=(60, 140, 230), width=10)
    d.arc([cx - 200, cy - 110, cx + 200, cy + 110], 20, 160, fill=(240, 150, 110), width=12)
    d.ellipse([cx - 82, cy - 82, cx + 82, cy + 82], fill=(22, 100, 214), outline=(170, 205, 248), width=5)
    d.ellipse([cx - 60, cy - 70, cx - 10, cy - 40], fill=(90, 150, 236))
    ctext(d, cx, cy - 52, YEAR, font(22, True), (225, 238, 255))
    ctext(d, cx, cy - 28, "CLK", font(56, True), WHITE)
    for ang in (25, 155, 245, 320):
        sx, sy = cx + 240 * math.cos(math.radians(ang)), cy + 150 * math.sin(math.radians(ang))
        d.ellipse([sx - 22, sy - 22, sx + 22, sy + 22], fill=(236, 243, 253), outline=(110, 160, 232), width=3)
        d.ellipse([sx - 8, sy - 8, sx + 8, sy + 8], outline=(22, 100, 214), width=2)


def seal(d, x, y, r, fill):
    """The school's seal: two rings and, inside, an open book over a ripple of the lake."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.line([(x - r / 2, y - r / 3.4), (x, y - r / 6), (x + r / 2, y - r / 3.4)], fill=fill, width=2)
    d.line([(x - r / 2, y + r / 12), (x, y + r / 5), (x + r / 2, y + r / 12)], fill=fill, width=2)
    d.line([(x, y - r / 6), (x, y + r / 5)], fill=fill, width=2)
    yy = y + r / 2.4
    d.arc([x - r / 2, yy - 4, x, yy + 4], 180, 360, fill=fill, width=2)
    d.arc([x, yy - 4, x + r / 2, yy + 4], 0, 180, fill=fill, width=2)


def ripples(d, y0, y1, col, seed):
    """The lake's ripples: short horizontal dashes, denser and longer towards the bottom."""
    rnd = random.Random(seed)
    for _ in range(int((y1 - y0) * 0.9)):
        yy = rnd.uniform(y0, y1)
        t = (yy - y0) / max(1, y1 - y0)
        ln = 10 + 50 * t
        xx = rnd.uniform(-20, W)
        d.line([(xx, yy), (xx + ln, yy)], fill=col, width=2)


def faint_city(d, y, col):
    """Faint towers behind the address, as the 2024 head has a faint city there."""
    for x, w, h in [(96, 44, 80), (146, 60, 124), (212, 34, 70), (252, 56, 150), (316, 40, 100), (362, 66, 64),
                    (436, 40, 118), (482, 52, 90)]:
        d.rectangle([x, y - h, x + w, y], outline=col, width=2)
        for wy in range(int(y - h + 12), int(y - 8), 18):
            d.line([(x + 8, wy), (x + w - 8, wy)], fill=col, width=1)


def header(im, d):
    """The head: logo lines, the school's seal and name with its college, the slanted edition title, the ring, the
    date pill, the address ('地址:' inline, the hall over two lines, as the 2024 whole agenda prints it)."""
    logo_lines(d, 60, 56, NAVY, TITLE, 1.15)
    seal(d, 610, 92, 34, NAVY)
    d.text((658, 48), SCHOOL, font=font(36, True, serif=True), fill=NAVY)
    d.text((658, 96), SCHOOL_UNIT, font=font(26, True), fill=NAVY)
    d.text((658, 134), fits(d, SCHOOL_EN, font(11), 380), font=font(11), fill=PALE)
    ring_graphic(d, 790, 700)
    slant_text(im, 70, 262, NTH, font(92, True), NAVY, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), TITLE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=(120, 170, 236), width=4)
    d.line([(560, 530), (640, 510)], fill=SKY, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 630, 80 + pw, 698
    d.rounded_rectangle([x0, y0, x1, y1], radius=12, fill=WHITE, outline=(60, 130, 228), width=3)
    d.line([(x0 + pw / 2 - 40, y0), (x0 + pw / 2 + 40, y0)], fill=(60, 130, 228), width=8)
    d.line([(x0 + pw / 2 - 40, y1), (x0 + pw / 2 + 40, y1)], fill=(60, 130, 228), width=8)
    d.line([(x0 - 10, y0 + 16), (x0 - 10, y1 - 16)], fill=(60, 130, 228), width=5)
    d.line([(x1 + 10, y0 + 16), (x1 + 10, y1 - 16)], fill=(60, 130, 228), width=5)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=NAVY)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, SKY, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=NAVY)
    af = font(36, True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= 600 for ln in lines), lines
    y = 770
    for ln in lines:
        d.text((84, y), ln, font=af, fill=NAVY)
        y += 56
    faint_city(d, 1040, (214, 224, 242))
    return 1110


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)举办至今已是第2463届，由清华大学、Intel、华为、阿里云、"
         "富士通南京、腾讯云、OPPO、字节跳动、vivo、蚂蚁集团、龙芯中科等单位发起，以“自由 协作 创新”为理念，以开源技术的"
         "推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。每届线下参会人数近500人，是中国 Linux 内核"
         "领域颇有影响力的峰会之一，现诚邀广大 Linux 开发者和爱好者参加本次大会。",
         "本次大会由湖州师范学院信息工程学院承办，清华大学、华为、阿里云、腾讯云、字节跳动、OPPO、vivo、荣耀、统信软件、"
         "SUSE、openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、openKylin、CSDN 等单位共同支持。"]
# the whole agenda's measures, taken from the real 2024 one (set 106's, through 118, 130, 143, 153, 173 and 182):
# the range's left edge, the time line, the title column and its right end; the company-job line starts NAME_COL
# after a name
TX, LX, TT, XR = 106, 336, 382, 982
NAME_COL = 105
AFF_R = XR + 40  # the right end of a company-job line (it may run a little past the titles, as in 2024)


def intro_box(d, y):
    """A white box with vermilion corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = 60, W - 60
    f = font(25)
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - 150, bx1 - bx0 - 100]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * 48 + 100
    d.rectangle([bx0, y, bx1, y + h], fill=PANEL_FILL, outline=(212, 224, 242), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=SKY, width=10)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=SKY, width=10)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (100 if i == 0 else 50), yy), ln, font=f, fill=(44, 54, 80))
            yy += 48
    return y + h


def foot_plate(im, d, y, text):
    """A plate: an azure bar with a cut corner and the word in leaning white type (as 2024's '大会议程')."""
    w, h = 460, 90
    x0 = W / 2 - w / 2
    hgrad(d, x0 - 70, y + 80, x0 + 120, y + 92, BG_MID, (250, 160, 120))
    hgrad(d, x0, y, x0 + w, y + h, (14, 74, 186), (40, 150, 232))
    d.polygon([(x0, y), (x0 + 18, y), (x0, y + 18)], fill=BG_MID)
    d.line([(x0 + w - 80, y - 12), (x0 + w + 50, y - 12)], fill=SKY, width=10)
    slant_text(im, 0, y + 8, text, font(54, True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


HEADING_SIZES = []


def ink_text(im, x, y, text, f, shear=0.16):
    """Heading type leaning right, filled with a navy-to-azure gradient (top to bottom): set 182's mint_text in the
    light page's colours."""
    tmp = Image.new("RGB", (1, 1))
    m_w = tw(ImageDraw.Draw(tmp), text, f) + 8
    h = int(f.size * 1.45)
    m = Image.new("L", (m_w + int(shear * h) + 8, h), 0)
    ImageDraw.Draw(m).text((int(shear * h) + 4, 0), text, font=f, fill=255)
    m = m.transform(m.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    fill = vgrad(m.size[0], m.size[1], (14, 40, 112), (16, 104, 210))
    im.paste(fill, (int(x), int(y)), m)
    return x + m.size[0]


def agenda_heading(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box '01'..'05', the topic and '分论坛' in leaning type (smaller only if it would not
    fit); the host at the right with the unit under it, or, where the heading leaves no room, on a line of its own
    under it between two short rules, as the organisers' 2024 whole agenda does (set 182's, recoloured)."""
    x = 70
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=(40, 130, 230))
        x += 84
        x = ink_text(im, x, y - 4, name, font(62, True))
    else:
        box = vgrad(106, 76, (246, 120, 70), (214, 66, 34))
        mask = Image.new("L", (106, 76), 0)
        ImageDraw.Draw(mask).polygon([(14, 0), (106, 0), (92, 76), (0, 76)], fill=255)
        im.paste(box, (x, y + 6), mask)
        d.line([(x + 2, y - 8), (x + 40, y - 8)], fill=NAVY, width=6)
        d.line([(x + 2, y - 8), (x - 6, y + 30)], fill=NAVY, width=6)
        slant_text(im, x + 16, y + 6, "%02d" % idx, font(48, True), WHITE, 0.2)
        x += 132
        size = 56
        while tw(d, topic_of(name) + "分论坛", font(size, True)) + 60 > XR + 20 - x and size > 44:
            size -= 2
        f = font(size, True)
        HEADING_SIZES.append(size)
        dy = (56 - size) // 2
        x = ink_text(im, x, y + 4 + dy, topic_of(name), f)
        x = ink_text(im, x + 22, y + 4 + dy, "分论坛", f)
    hf, nf, uf = font(30, True), font(30), font(17)
    label, who = "主持人:", pad(host[0])
    hw = tw(d, label, hf) + 8 + tw(d, who, nf)
    bw = max(hw, tw(d, host[1], uf))
    if x + 24 + bw <= XR + 30:
        hx = XR + 30 - bw
        d.text((hx, y + 4), label, font=hf, fill=SKY)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=NAVY)
        d.text((hx, y + 52), host[1], font=uf, fill=PALE)
        under, y = False, y + 104
    else:
        y += 100
        lw = hw + 20 + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - 130, y + 22), (lx - 20, y + 22)], fill=LINE, width=2)
        d.line([(lx + lw + 20, y + 22), (lx + lw + 130, y + 22)], fill=LINE, width=2)
        d.text((lx, y), label, font=hf, fill=SKY)
        d.text((lx + tw(d, label, hf) + 8, y), who, font=nf, fill=NAVY)
        d.text((lx + hw + 20, y + 10), host[1], font=uf, fill=PALE)
        under, y = True, y + 54
    hgrad(d, 70, y, XR + 30, y + 12, RULE, RULE_END)
    return y + 12 + 56, under


def person_line(d, y, sp):
    """One speaker: the (padded) name and the company-job line after it on the same line, as the 2024 whole agenda
    prints them; a Latin name too (as 2024 prints 'Lianbo Jiang'), its line starting after the name."""
    nf, af = font(29), font(18)
    name = pad(sp["name"])
    col = max(NAME_COL, tw(d, name, nf) + 18)
    d.text((TT, y), name, font=nf, fill=NAVY)
    d.text((TT + col, y + 10), fits(d, sp["line"], af, AFF_R - TT - col), font=af, fill=PALE)
    return y + 43


def agenda_row(d, y, s, log):
    """A talk: the range at the left, a dot on the time line, the azure title (greedy wrap), one line per speaker.
    A round table adds the vermilion labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are peach bars
    (the range and the label); '开场' a row without a speaker."""
    rf = font(31, True)
    if s["kind"] == "break" and s["title"] != "开场":
        hgrad(d, TX - 6, y - 4, XR - 120, y + 50, PEACH0, PEACH1)
        hgrad(d, XR - 120, y - 4, XR, y + 50, PEACH1, BG1)
        d.text((TX, y), rng(s), font=rf, fill=NAVY)
        DOTS.append((y + 23, SKY))
        BARS.append((y - 4, y + 50))
        d.text((TT, y + 1), s["title"], font=font(29, True), fill=NAVY)
        return y + 50 + 52
    d.text((TX, y), rng(s), font=rf, fill=NAVY)
    y0 = y
    tf = font(29, True)
    tl = wrap(d, s["title"], tf, XR - TT)  # greedy, as the organisers' whole agenda breaks its titles
    for ln in tl:
        d.text((TT, y + 1), ln, font=tf, fill=TITLE)
        WRAPS.setdefault(s["title"], []).append(ln)
        y += 42
    log.append((s["title"], len(tl)))
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
    return y + 34


WRAPS = {}  # each title's printed lines (the first pass and the real one print the same)
DOTS, BARS = [], []  # the dots and bars of the forum being painted (the time line is drawn between the bars)


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white box with a pale outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], fill=WHITE, outline=(196, 210, 234), width=2)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 44, y + h / 2, 24, NAVY)
        f = font(32, True, serif=True)
        d.text((x + 80, y + 12), fits(d, SCHOOL, f, w - 90), font=f, fill=NAVY)
        d.text((x + 82, y + 60), fits(d, SCHOOL_MARK, font(12, True), w - 90), font=font(12, True), fill=NAVY)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
    ink = (30, 48, 100) if rnd.random() < 0.6 else (200, 60, 36)
    if len(parts) == 2:
        ctext(d, x + w / 2, y + 8, parts[0], font(32, True), ink)
        ctext(d, x + w / 2, y + 54, "  ".join(parts[1]), font(17, True), ink)
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
        d.ellipse([tx, y + h / 2 - 18, tx + 36, y + h / 2 + 18], outline=ink, width=4)
        d.ellipse([tx + 12, y + h / 2 - 6, tx + 24, y + h / 2 + 6], fill=ink)
        tx += 52
    d.text((tx, y + h / 2 - size * 0.7), fits(d, name, f, w - 30), font=f, fill=ink)


def units(d, y, names):
    bw, bh, gx, gy = 336, 104, 46, 40
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def pagoda(d, x, base, col, line):
    """Feiying pagoda (飞英塔): seven storeys narrowing upwards, each with flared eaves, and a spire."""
    w, h = 64, 28
    y = base
    for k in range(7):
        ww = w - k * 6
        d.rectangle([x - ww / 2, y - h, x + ww / 2, y], fill=col, outline=line, width=2)
        d.polygon([(x - ww / 2 - 14, y - h + 4), (x + ww / 2 + 14, y - h + 4), (x + ww / 2 + 4, y - h - 7),
                   (x - ww / 2 - 4, y - h - 7)], fill=col, outline=line)
        d.rectangle([x - 4, y - h + 10, x + 4, y - 5], outline=line, width=1)
        y -= h + 7
    d.line([(x, y), (x, y - 40)], fill=line, width=3)
    for k in range(3):
        d.ellipse([x - 6 + k, y - 12 - k * 10, x + 6 - k, y - 4 - k * 10], outline=line, width=2)


def moon_hotel(d, cx, base, col, line):
    """The horseshoe-shaped hotel on the lake shore (湖州's 'moon'): a tall ring standing on the water, with
    floor lines, and its reflection in short dashes."""
    rx, ry = 120, 170
    top = base - 2 * ry
    d.ellipse([cx - rx, top, cx + rx, base + ry * 0.2], outline=line, width=3, fill=col)
    d.ellipse([cx - rx + 44, top + 40, cx + rx - 44, base + ry * 0.2 - 10], fill=BG1, outline=line, width=2)
    for k in range(1, 24):
        yy = top + k * 15
        if yy > base:
            break
        half = rx * math.sqrt(max(0.0, 1 - ((yy - (top + base + ry * 0.2) / 2) / ((base + ry * 0.2 - top) / 2)) ** 2))
        inner = (rx - 44) * math.sqrt(max(0.0, 1 - ((yy - (top + 40 + base + ry * 0.2 - 10) / 2) /
                                                   ((base + ry * 0.2 - 10 - top - 40) / 2)) ** 2)) if yy > top + 40 else 0
        if inner:
            d.line([(cx - half + 4, yy), (cx - inner - 4, yy)], fill=line, width=1)
            d.line([(cx + inner + 4, yy), (cx + half - 4, yy)], fill=line, width=1)
        else:
            d.line([(cx - half + 4, yy), (cx + half - 4, yy)], fill=line, width=1)


def skyline(im, h):
    """The foot, Huzhou in the 2024 manner (pale blue outlines and fills a little darker than the page): the low
    hills behind Taihu lake, the horseshoe hotel standing in the water, Feiying pagoda, the school's low buildings
    and the school's name."""
    d = ImageDraw.Draw(im)
    base = h - 60
    fillc, line = (222, 231, 246), (150, 178, 224)
    lake = base - 120
    d.polygon([(0, lake - 60), (120, lake - 120), (240, lake - 90), (380, lake - 150), (520, lake - 100),
               (640, lake - 130), (760, lake - 80), (900, lake - 140), (W, lake - 90), (W, lake), (0, lake)],
              fill=(230, 237, 249), outline=(190, 208, 236))  # the hills
    for bx, bw, bh in [(40, 90, 120), (136, 70, 90), (212, 80, 150)]:  # the school's low buildings
        d.rectangle([bx, lake - bh, bx + bw, lake], fill=fillc, outline=line, width=2)
        for wy in range(int(lake - bh + 14), int(lake - 10), 20):
            for wx in range(bx + 10, bx + bw - 10, 18):
                d.rectangle([wx, wy, wx + 8, wy + 8], outline=line, width=1)
    pagoda(d, 380, lake, fillc, line)
    moon_hotel(d, 790, lake + 30, fillc, line)  # its foot stands in the lake: the water is painted over it
    d.rectangle([0, lake, W, base], fill=(218, 229, 246))
    ripples(d, lake + 6, base - 4, (190, 208, 236), 4468)
    d.rectangle([0, base, W, h], fill=(206, 219, 242))
    seal(d, W / 2 - 110, h - 30, 16, NAVY)
    ctext(d, W / 2 + 14, h - 46, SCHOOL, font(24, True, serif=True), NAVY)


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 70
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 70
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 180, y, W / 2 + 180, y + 360], outline=NAVY, width=3)
    d.rectangle([W / 2 - 162, y + 18, W / 2 + 162, y + 342], fill=WHITE)
    qrcode(d, W / 2 - 144, y + 36, 288, 4468)
    y += 410
    slant_text(im, 0, y, "扫码报名", font(62, True), NAVY, 0.18, cx=W / 2)
    y += 116
    ctext(d, W / 2, y, "300份现场礼品，先到先得", font(29), NAVY)
    ctext(d, W / 2, y + 50, "活动解释权归主办方所有", font(29), NAVY)
    y += 150
    slant_text(im, 0, y, "相约太湖之滨 · 一同探索 Linux 内核之美", font(46, True), TITLE, 0.18, cx=W / 2)
    return int(y + 700)


def background(w, h):
    """The light page: near white at the head, a pale blue-grey lower down; soft azure and peach tints, light
    streaks and particles over the head, the skyline at the foot."""
    top = vgrad(w, 1400, BG0, BG_MID)
    rest = vgrad(w, h - 1400, BG_MID, BG1)
    im = Image.new("RGB", (w, h))
    im.paste(top, (0, 0))
    im.paste(rest, (0, 1400))
    im = shade(im, 790, 700, 420, (150, 190, 245), 0.45)
    im = shade(im, 60, 160, 320, (255, 200, 170), 0.35)
    for k, yy in enumerate(range(2600, h - 1200, 2300)):
        im = shade(im, 1060 if k % 2 else 20, yy, 360, (170, 200, 245), 0.25)
    d = ImageDraw.Draw(im)
    rnd = random.Random(4468)
    for i in range(9):  # light streaks sweeping over the head
        d.arc([300 + i * 40, -400 - i * 30, 1500 + i * 40, 260 + i * 24], 100, 175, fill=(214, 226, 246), width=2)
    for _ in range(110):  # particles over the head
        px, py = rnd.randrange(480, 1080), rnd.randrange(150, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(120, 166, 232))
    skyline(im, h)
    return im


FULL_LOG = {}


def paint_full(im, d):
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
        hgrad(d, 70, y + 20, XR + 30, y + 28, RULE_END, RULE)
        y += 28 + 120
    FULL_LOG["titles"], FULL_LOG["unders"] = log, unders
    return footer(im, d, y)


# ===========================================================================
def truth_slot2(s):
    """A slot as truth.json gives it: titles as printed; names without spaces and padding; each speaker's
    company-job line exactly as printed; host null for breaks."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": [sp["line"] for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}
NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -173, -182): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('王\u3000磊' -> '王磊', '曹\u3000斌' -> '曹斌'; the Latin "
    "name 'Tobias Wagner' -> 'TobiasWagner'); host is the chair printed for the forum covering the slot, null for "
    "breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed. ONE invented edition, CLK 4468 "
    "(第2463届, 湖州, host school 湖州师范学院 with its 信息工程学院 and English line at the top right, Saturday "
    "4468-10-20), with CLK2025's six forum names in CLK2025's folder order (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, "
    "调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its spaces), printed as CLK2025's "
    "repository holds an edition: ONE whole-agenda image named as CLK2025 names its own (" + FILE + ", JPEG q85, "
    "1080 px wide), the six forums one under another, in the organisers' 2024 whole-agenda layout but NEW COLOURS: a "
    "LIGHT porcelain page with deep navy ink, azure titles, vermilion labels and number boxes, slate-grey company-job "
    "lines and peach tea and lunch bars. So this file has ONE entry holding six forums in printed order, and every "
    "talk is listed once. 主论坛 runs in the morning, the five others in parallel from 14:00; every forum's date is "
    "the edition's. The head (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school, its college and its "
    "English name, '第2463届中国' / 'Linux内核开发者大会', the ring '4468' / 'CLK', the date pill '4468年10月20日' + pin + "
    "'湖州', '地址:湖州师范学院东校区' / '学术交流中心报告厅'), the framed introduction (two paragraphs naming companies and "
    "communities, no forum), '大会议程' on a plate, and the foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the QR "
    "code, '扫码报名', the captions '300份现场礼品，先到先得' and '活动解释权归主办方所有', the slogan '相约太湖之滨 · 一同探索 "
    "Linux 内核之美', the school's name under the skyline) are never part of a name, a title or a slot. HEADINGS: '▶▶ "
    "主论坛', or a slanted vermilion number box '01'..'05' followed by the forum's TOPIC and '分论坛' set APART with a gap, "
    "as the 2024 whole agenda sets them ('内存管理与优化  分论坛', 'AI 基础设施与 eBPF 应用  分论坛', the last a little smaller "
    "to fit): the forum is CLK2025's name, the gap and the numbers no part of it. The host is the name after the "
    "vermilion '主持人:' (ASCII colon, as 2024 types it): at the RIGHT of 主论坛's heading with the unit under it (张建华, "
    "'湖州师范学院信息工程学院院长、教授'); for the five afternoon forums, whose long names leave no room, on a line of its "
    "own UNDER the heading between two short rules with the unit beside it: 王磊 (printed '王\u3000磊'), 刘文涛, 陈晓东, "
    "杨帆 (printed '杨\u3000帆'), 吴志强; the unit is no affiliation. ROWS: the range at the left ('14:00-14:20'), a dot "
    "on a vertical time line, the AZURE title, then the speakers, ONE LINE EACH, two speakers one under the other, as "
    "2024 prints them: the (padded) name and the company-job line beside it; each affiliation is that line EXACTLY as "
    "printed, mostly run together as the designer typed it ('阿里云操作系统内核负责人', 'vivo内核技术总监', "
    "'字节跳动STE团队技术专家', '快手GPU平台工程师'), with a space where typed ('英特尔 软件工程师', '京东 SRE工程师', "
    "'OceanBase 存储内核工程师', 'OceanBase 测试工程师', 'SUSE 内核工程师', 'AMD 高级软件工程师'). The one LATIN name, "
    "'Tobias Wagner', stands like the others with his line 'SUSE 内核工程师' BESIDE it on the same line (as 2024 prints "
    "'Lianbo Jiang'), under the English title 'Finding Hot Spinlocks in Production' / 'without Rebooting' "
    "(调度、性能与调试分论坛 15:10-15:40). TWO SPEAKERS (six talks, one per forum) are given top then bottom, each with the "
    "line beside his own name: 刘洋 and 黄婷婷 (vivo), 梁志刚 and 何敏 (京东), 唐浩然 and 冯雪梅 (OceanBase), 程明亮 and "
    "吕丽娜 (中兴通讯), 潘杰 (阿里云) and 彭丽萍 (澜起科技), 魏国亮 and 王春芳 (月之暗面). TITLES wrap greedily in the "
    "title column, as the 2024 whole agenda breaks them; a title over two lines is ONE title, given as the designer "
    "typed it: a space between Latin words (also where the line breaks between them: 'Bringing Atomic Writes to "
    "Buffered IO on' / 'ext4', a lone word on the second line as 2024 leaves ' swap'; also where a Chinese title "
    "breaks at a space before a Latin word: 'SAS 与 NVMe 混插服务器的盘符稳定性与' / 'udev 规则' is '…稳定性与 udev 规则'), "
    "none inside Chinese text, also where the break falls inside a word ('…uclamp 的实' / '际效果', '…hardlockup 检' / "
    "'测的边界', '…设备树与时' / '钟驱动的补齐', '…AI 应用带' / '来的新挑战'); nineteen titles take two lines, none more. "
    "The ROUND TABLE (主论坛, 11:15-12:00, kind 'panel') is one row '圆桌论坛:高校如何参与内核上游：课程、实习与社区贡献' over "
    "two lines (the label '圆桌论坛:' kept in the title with its ASCII colon, as the 2024 whole agenda prints its round "
    "table; the full-width colon and commas after it as printed), a vermilion '主持人:' line over the moderator's line "
    "and a vermilion '嘉\u3000宾:' line over four guests' lines; its speakers are the moderator and then the guests in "
    "printed order (孙宏伟; 马军, 胡静, 郭俊鹏, 周国平), its affiliations their printed lines; the labels are no part of a "
    "name, and the moderator is a SPEAKER, not the forum's host (张建华), although his label reads '主持人:' like the "
    "host's. '开场' (09:00-09:05, printed in the title column without a speaker) is a break; '嘉宾致辞' (09:05-09:15, "
    "钮建平, 湖州师范学院副校长) is a talk. '茶歇' and '午餐' are peach bars holding the range, a dot and the label only, "
    "breaks of the forum they stand in: 主论坛 has no tea (as 2024's) and ends with '午餐' 12:00-14:00; each afternoon "
    "forum has ONE 茶歇 15:40-16:00 (as every 2024 forum) and ends with its last talk at 17:30. ENGLISH-ONLY titles "
    "(six, one per forum, all over two lines): 'What Our Nightly Kernel CI Learned from Flaky Tests' (主论坛, by 陈磊, a "
    "Chinese speaker), 'Per-Node Watermarks for Memory Expanders in Mixed DRAM Systems', 'Bringing Atomic Writes to "
    "Buffered IO on ext4', 'Finding Hot Spinlocks in Production without Rebooting' (the Latin speaker's), 'Toward "
    "Upstream Support for Chiplet-Aware CPU Topology', 'Keeping BPF Programs Alive Across Agent Restarts'; other "
    "titles mix Chinese with Latin words. NAMES as a real programme prints them: 60 Chinese names with surnames in "
    "roughly the population's proportions (王 5, 李 4, 陈 4, 张 3, 刘 3: 19 of 60; 杨 2, 吴 2 and one each of the "
    "thirteen other names the brief lists: 36 of 60; then one each of 22 other common surnames) and two uncommon ones, "
    "both old Huzhou names: 钮 (钮建平, who gives the welcome speech) and 闵 (闵涛, a speaker); given names of everyday "
    "characters only (建华, 磊, 海涛, 婷婷, 俊鹏, 丽娟, 明亮, 春芳 …); twenty two-character names, padded; no compound "
    "surname. No person is printed twice."
)


def layout(size):
    return ("%s (第2463届), 湖州, %s (JPEG q85, %d x %d): THE WHOLE AGENDA after the organisers' CLK2024 "
            "大会全议程.webp in NEW COLOURS, a light porcelain page with navy ink, azure titles and vermilion labels: "
            "the head, a framed introduction, '大会议程' on a plate, then the six forums one under another, each under "
            "a heading ('▶▶ 主论坛' with the host at the right, or a vermilion number box '01'..'05' with the topic and "
            "'分论坛' set apart and the host on a line under the heading); each talk a row: range, dot on a time line, "
            "azure title (greedy wrap), then one line per speaker 'padded name  company-job' (two speakers one under "
            "the other; the Latin name with his line beside it); '开场' and '嘉宾致辞' first; the round table with "
            "vermilion '主持人:' and '嘉　宾:' lines; 茶歇 and 午餐 as peach bars; the foot with sponsors, supporters, "
            "media, a QR code and Huzhou's skyline (hills, Feiying pagoda, Taihu lake and the horseshoe hotel, the "
            "school). 6 + 8 + 7 + 8 + 8 + 8 = 45 scored talks (the round table and the welcome speech among them)."
            % ((EDITION, DATE) + size))


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


COMMON = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")  # the 100
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = ["钮", "闵"]  # both old Huzhou surnames, rare in the country as a whole
SURNAME_COUNTS = {"王": 5, "李": 4, "张": 3, "刘": 3, "陈": 4, "杨": 2, "吴": 2}  # every other surname once
# the given names, as a real programme prints them: everyday characters only (checked below)
EVERYDAY = set("建华磊文涛晓东帆志强平永海洋婷宏伟军静俊鹏国斌丽娟敏明超燕冰怡浩然雪梅飞峰辉亮娜帅小刚晨阳波杰萍昊"
               "宇航鑫卫民春芳龙云勇")


def people():
    out = []
    for _, host, slots in FORUMS:
        out.append(plain(host[0]))
        out += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    return out


def check(poster):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; surnames mostly common ones in roughly their proportions; given names of
    everyday characters."""
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
    assert len(chinese) == 60 and {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    top5 = sum(1 for p in chinese if p[0] in TOP5)
    top20 = sum(1 for p in chinese if p[0] in TOP20)
    assert (top5, top20) == (19, 36), (top5, top20)
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    assert all(2 <= len(p) <= 3 for p in chinese)
    assert set("".join(p[1:] for p in chinese)) <= EVERYDAY, set("".join(p[1:] for p in chinese)) - EVERYDAY
    printed = [host[0] for _, host, _ in FORUMS] + [sp["name"] for f in FORUMS for s in f[2] for sp in s["sp"]]
    for n in printed:  # two-character names padded, no other
        assert n.isascii() or (len(plain(n)) == 2) == ("\u3000" in n), n
    assert sum(1 for n in printed if "\u3000" in n) == 20
    real = listing_words()
    titles = [s["title"] for f in FORUMS for s in f[2] if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in ppl + [t for t in titles if t != "嘉宾致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [f["forum"] for f in poster["forums"]] == SIX
    for f in poster["forums"]:
        assert f["date"] == DATE
        ends = [(s["start"], s["end"]) for s in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        for s in f["slots"]:
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
    assert not [s for s in FORUMS[0][2] if s["title"] == "茶歇"]
    assert all(f[2][0]["start"] == "14:00" for f in FORUMS[1:])
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ["17:30"] * 5
    assert [[(s["start"], s["end"]) for s in f[2] if s["title"] == "茶歇"] for f in FORUMS[1:]] == [[("15:40", "16:00")]] * 5
    assert [sum(1 for s in f[2] if s["kind"] != "break") for f in FORUMS] == COUNTS
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    return len(titles)


COUNTS = [6, 8, 7, 8, 8, 8]

DRAFT = os.environ.get("DRAFT")


def main():
    im = two_pass(W, paint_full, background)
    assert im.size[0] == W
    path = os.path.join(HERE, FILE)
    im.save(path, "JPEG", quality=85)  # the organisers' CLK4468全部议程.jpg
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    assert 12000 <= im.size[1] <= 17000, im.size
    assert 700_000 <= size <= 3_500_000, size
    poster = {"file": FILE, "layout": layout(im.size), "date": DATE,
              "forums": [{"forum": name, "date": DATE, "slots": [truth_slot2(s) for s in slots]}
                         for name, _, slots in FORUMS]}
    n = check(poster)
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
        assert all(len(WRAPS[t][1].replace(" ", "")) >= 2 for t in WRAPPED), "a lone tail"
    truth = {"written": "2026-12-12", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


UNDERS = [False, True, True, True, True, True]
WRAPPED = ["开源处理器与 Linux 内核：从上游支持到整机产品",
           "十万台服务器不停机换内核：kexec 快速重启的工程化",
           "What Our Nightly Kernel CI Learned from Flaky Tests",
           "终端设备内核的内存与功耗：多任务 AI 应用带来的新挑战",
           "圆桌论坛:高校如何参与内核上游：课程、实习与社区贡献",
           "cgroup 内存保护 memory.low 在共享节点上的失效场景",
           "Per-Node Watermarks for Memory Expanders in Mixed DRAM Systems",
           "page_owner 与 slab 调用栈：一次线上内存泄漏的复盘",
           "mlock 与 compaction 的冲突：实时音频服务的卡顿排查",
           "SAS 与 NVMe 混插服务器的盘符稳定性与 udev 规则",
           "Bringing Atomic Writes to Buffered IO on ext4",
           "游戏场景下大小核的任务放置：uclamp 的实际效果",
           "Finding Hot Spinlocks in Production without Rebooting",
           "vmcore 自动分诊：从 backtrace 聚类到补丁推荐",
           "PREEMPT_RT 主线化后，嵌入式厂商的补丁清理经验",
           "watchdog 误报还是真死锁：hardlockup 检测的边界",
           "在 RISC-V 开发板上跑通主线内核：设备树与时钟驱动的补齐",
           "Toward Upstream Support for Chiplet-Aware CPU Topology",
           "Keeping BPF Programs Alive Across Agent Restarts"]  # the titles printed over two lines

if __name__ == "__main__":
    main()
