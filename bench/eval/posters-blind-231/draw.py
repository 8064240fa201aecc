"""Draw the two-hundred-and-thirty-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK9231全部议程.jpg and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 9231 (第7226届, 南宁, 广西大学, Saturday 9231-10-25), with CLK2025's six
forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛,
AI 基础设施与 eBPF 应用分论坛), printed as CLK2025's repository holds an edition: ONE whole-agenda image,
here 'CLK9231全部议程.jpg' (JPEG q80, 1242 px wide), following the organisers' CLK2024 大会全议程.webp
closely in NEW colours (a deep amethyst page, aquamarine titles, peach labels, lavender-grey small
print): head, introduction box, '大会议程' plate, forum headings, timeline rows, tea and lunch bars, the
foot with sponsors, QR code and a skyline.  The six forums ONE UNDER ANOTHER, each across the page, as
the 2024 whole agenda sets its five.

Started as a copy of posters-blind-226/draw.py (which started as a copy of set 201's, it of set 189's,
and so on back to sets 178, 139, 112, 106, 104, 79, 66, 65, 62 and 59); see README.md for what was kept,
changed and new.
"""
import datetime
import io
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
# CLK 9231 (第7226届), 南宁, 广西大学, Saturday 9231-10-25.  主论坛 in the morning (09:00-14:00, lunch included),
# the five other forums in parallel in the afternoon from 14:00, as the 2024 edition ran them.
EDITION = "CLK 9231"
YEAR = "9231"
NTH = "第7226届中国"
DATE = "9231-10-25"
DATE_PRINTED = "9231年10月25日"
CITY = "南宁"
SCHOOL = "广西大学"
SCHOOL_UNIT = "计算机与电子信息学院"
SCHOOL_EN = ["School of Computer, Electronics and Information,", "Guangxi University"]  # two lines
SCHOOL_MARK = "GUANGXI UNIVERSITY"
HALL = "广西大学西校园 学术交流中心报告厅"  # printed over two lines, broken at the space
FULL_FN = "CLK9231全部议程.jpg"


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return S(name, None, None, None, line=line)


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


H0, H1, H2, H3, H4, H5 = "黄海涛", "李　珺", "周立新", "覃文斌", "王晓静", "陈　旻"
FORUMS = [
    ("主论坛", (H0, "广西大学计算机与电子信息学院院长、教授"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [P("韦国强", "广西大学副校长")], H0),
        T("09:20", "09:50", "操作系统内核的可信构建：从源码仓库到发行镜像", [P("张建军", "统信软件首席架构师")], H0),
        T("09:50", "10:20", "How Far Behind Mainline Can a Distro Kernel Afford to Be?", [P("刘　毅", "麒麟软件内核研发部总监")], H0),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "千万级终端内核崩溃的自动归类与根因聚合",
          [P("杨志鹏", "荣耀操作系统内核专家"), P("何丽萍", "荣耀稳定性工程师")], H0),
        T("11:05", "11:35", "RISC-V 服务器 UEFI/ACPI 启动路径的上游状态", [P("马俊杰", "中国科学院软件研究所高级工程师")], H0),
        T("11:35", "12:00", "从 CPU 中心到加速器中心：内核资源管理的再思考", [P("林　涛", "阿里云操作系统技术专家")], H0),
        PANEL("12:00", "12:40", "国产芯片的内核支持由谁来维护",
              [P("吴晓峰", "腾讯云TencentOS内核负责人"),
               P("赵　婷", "华为OS内核实验室技术专家"),
               P("徐明辉", "字节跳动STE团队内核工程师"),
               P("郭　飞", "龙芯中科内核组负责人"),
               P("蒙永胜", "广西大学计算机与电子信息学院教授")], H0),
        B("12:40", "14:00", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "广西大学计算机与电子信息学院副教授"), [
        T("14:00", "14:20", "大规格虚拟机缺页延迟的拆解与优化", [P("王海军", "腾讯云虚拟化内核工程师")], H1),
        T("14:20", "14:40", "4GB 内存手机上的后台保活与回收策略", [P("孙　静", "vivo内存优化工程师")], H1),
        T("14:40", "15:00", "Per-CPU Stock Is Not Enough: memcg Charging at 256 Cores",
          [P("胡晓东", "字节跳动系统内核工程师")], H1),
        T("15:00", "15:20", "virtio-mem 热拔内存为何总失败：不可迁移页的那些坑",
          [P("张　伟", "移动云内核工程师"), P("梁晓燕", "移动云虚拟化工程师")], H1),
        T("15:20", "15:40", "一次 dentry 缓存膨胀引发的整机 OOM 复盘", [P("朱文斌", "美团系统软件工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "借助硬件访问位识别冷热页：一次无侵入的尝试", [P("陈思远", "英特尔中国软件工程师")], H1),
        T("16:30", "17:00", "1GB 大页预留与 CMA 的冲突及解决",
          [P("罗　杰", "华为内核开发工程师"), P("佘文超", "广西大学硕士研究生(二年级)")], H1),
        T("17:00", "17:30", "在离线混部的内存 QoS：回收优先级怎么排", [P("高建平", "快手容器平台内核工程师")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "桂林电子科技大学计算机与信息安全学院教授"), [
        T("14:00", "14:20", "XFS 元数据校验失败时的现场保留与分析", [P("李　鹏", "阿里云存储内核工程师")], H2),
        T("14:20", "14:40", "Btrfs 作为桌面默认文件系统：快照回滚两年记", [P("郑文博", "深度科技系统工程师")], H2),
        T("14:40", "15:10", "io_uring 固定文件表在高并发小 I/O 下的锁竞争",
          [P("谢　勇", "小红书存储研发工程师"), P("宋佳慧", "小红书存储研发工程师")], H2),
        T("15:10", "15:40", "Lessons from Turning on ext4 Fast Commit Across Our Phone Fleet",
          [P("唐　磊", "OPPO高级存储工程师")], H2),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "NVMe over RDMA 链路闪断时的 I/O 超时处理", [P("许晓明", "浪潮信息存储软件工程师")], H2),
        T("16:30", "17:00", "FUSE 直通模式：让用户态文件系统逼近内核性能", [P("韩　超", "蚂蚁集团存储技术专家")], H2),
        T("17:00", "17:30", "叠瓦盘上的 zoned 块设备：从驱动到文件系统", [P("冯　翀", "桂林电子科技大学硕士研究生")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "广西大学计算机与电子信息学院副教授"), [
        T("14:00", "14:20", "EEVDF 的 lag 与 slice：对交互式负载意味着什么", [P("曾志刚", "京东云操作系统工程师")], H3),
        T("14:20", "14:40", "CPU 限流为什么让 Java 服务超时：burst 配额的实践", [P("王　磊", "哔哩哔哩系统工程师")], H3),
        T("14:40", "15:00", "Measuring Worst-Case Latency of PREEMPT_RT on Industrial Controllers",
          [P("Pavel Smirnov", "华为操作系统内核工程师")], H3),
        T("15:00", "15:20", "游戏场景下 CPU 提频与温控的平衡",
          [P("刘晓辉", "小米内核工程师"), P("邓　婷", "小米性能优化工程师")], H3),
        T("15:20", "15:40", "用 drgn 在线调试生产内核的实践", [P("肖　飞", "网易数帆内核工程师")], H3),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "lockdep 的误报与漏报：一年问题单复盘", [P("田国庆", "博士，高级工程师")], H3),
        T("16:20", "16:40", "核间中断风暴的定位：从 IPI 计数到调用栈", [P("赵建伟", "中兴通讯操作系统工程师")], H3),
        T("16:40", "17:00", "虚拟机内硬件性能计数器的开销与精度", [P("袁　博", "现就职于百度智能云虚拟化团队")], H3),
        T("17:00", "17:30", "全链路调度延迟观测：从唤醒到上 CPU 的每一微秒",
          [P("杨一帆", "携程系统研发工程师")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "广西大学计算机与电子信息学院副研究员"), [
        T("14:00", "14:20", "龙架构 LVZ 下的虚拟中断注入优化", [P("张　勇", "龙芯中科虚拟化工程师")], H4),
        T("14:20", "14:40", "RISC-V IMSIC 与 MSI 中断直通的内核实现", [P("李海峰", "平头哥系统软件工程师")], H4),
        T("14:40", "15:10", "从 BIOS 到内核：CXL 内存区域的发现与上线流程",
          [P("陈　涛", "阿里云服务器研发工程师"), P("潘　玥", "上海交通大学博士研究生")], H4),
        T("15:10", "15:40", "面向 NPU 的统一虚拟寻址与缺页处理(Unified Virtual Addressing and Page Fault Handling for NPUs)",
          [P("黄志强", "华为昇腾计算驱动工程师")], H4),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "海光平台上 SLIT 表错误导致的调度失衡", [P("李晓丽", "海光信息内核工程师")], H4),
        T("16:30", "17:00", "多 GPU 之间 DMA-BUF 共享时的同步问题", [P("蒋春华", "摩尔线程驱动工程师")], H4),
        T("17:00", "17:30", "Fixing Boot-Time Regressions in Confidential Guests",
          [P("蔡文华", "安谋科技软件工程师")], H4),
        T("17:30", "18:00", "智能网卡上的 SR-IOV VF 数量扩展到 1000 之后", [P("叶志军", "中科驭数软件工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "广西大学计算机与电子信息学院讲师"), [
        T("14:00", "14:20", "分布式训练中通信线程的 CPU 隔离与中断绑定", [P("王建华", "百度智能云AI基础设施工程师")], H5),
        T("14:20", "14:40", "把设备私有内存交给 HMM 管理之后", [P("刘　佳", "商汤科技系统工程师")], H5),
        T("14:40", "15:00", "XDP 多缓冲区支持与巨帧处理",
          [P("周　鹏", "美团网络工程师"), P("吕晓军", "美团网络工程师")], H5),
        T("15:00", "15:20", "One Agent, Forty Thousand Hosts: Running BPF Tracing in Production",
          [P("苏晓红", "快手云原生技术专家")], H5),
        T("15:20", "15:40", "推理节点上的透明大页：收益、抖动与开关策略", [P("程　昊", "月之暗面系统工程师")], H5),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "百万条指令的限制：拆分大型 BPF 程序的经验", [P("李文杰", "腾讯TencentOS内核工程师")], H5),
        T("16:30", "17:00", "在 LSM 钩子上拦截异常 mount：一次 eBPF 安全加固",
          [P("钟　晟", "奇安信安全研究员"), P("黄一鸣", "广西大学博士研究生")], H5),
        T("17:00", "17:30", "让大模型帮忙审内核补丁：一次实验报告", [P("王晓宇", "智谱AI系统工程师")], H5),
    ]),
]

SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]

SPONSORS = ["广西大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "蚂蚁集团", "龙芯中科",
            "小米", "统信软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "清华大学", "广西计算机学会", "南宁市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux中国", "开源江湖"]

# names of real speakers and hosts read on the real posters: set 226's list (set 201's, set 166's, set 157's, set
# 139's, itself set 133's, the union of the lists of sets 120 to 123 and 125 to 128), copied; my own strips of
# CLK2024/大会全议程.webp showed no name outside it.  The listings' names and deck titles are checked in check().
REAL_NAMES = sorted(set([
    "KuzinArtem", "LianboJiang", "付才", "伍勃", "伍勍", "何鲁港", "余昇锦", "余松平", "侯文龙", "刘守业", "刘忻", "刘海龙", "卢烈",
    "司延腾", "吴江波", "周俶易", "周傲易", "周威", "唐辉", "孙南勇", "宋卓", "宋恺睿", "宋牧春", "尹欣", "左泽", "巫强", "廖肇燕", "廖远鸿", "张友加",
    "张哲华", "张子扬", "张细锐", "张翼", "张雅兰", "张鹏", "彭志光", "徐静波", "慕冬亮", "晏艳", "曾庆凯", "朱彦军", "朱维希", "李培锋", "李志",
    "李扬韬", "李治军", "李泽帆", "李珍", "杜冬冬", "杨彦凝", "杨欢", "杨铠衔", "杨阳", "殷锋卫", "江锋", "潘睿", "王刘朴", "王子成", "王建政",
    "王海粟", "甄鹏", "白铠豪", "皮振伟", "祝嘉", "程杰", "罗宏震", "聂诚", "胡俊鹏", "胡璞", "荣乾锋", "蒲乐辉", "袁晓峰", "许珉嘉", "谈鉴锋",
    "谢旻晟", "谢昱晟", "谢柳杰", "谢欢", "谢淼", "谢雨来", "谢颂杨", "贺中坤", "赵天瑞", "赵宇", "赵桥", "路旭", "邹德清", "邹贻鹏", "郑堂权", "郑琦",
    "郑翔", "郭任", "郭健", "郭寒军", "郭纯海", "郭迎港", "陆扬", "陈凯", "陈华才", "陈培鸿", "陈越琦", "韩传华", "高亮", "黄睿", "黄靖", "黎红波",
    "龚睿奇"]))




# ---------------------------------------------------------------------------
# the colours: NEW, where the organisers' 2024 whole agenda prints royal blue, cyan and violet: a deep AMETHYST page
# (a violet-purple at the head to a near-black purple at the foot, a lighter foot), AQUAMARINE titles, dots, rules and
# number boxes, PEACH labels, lavender-grey company-job lines, aquamarine-to-amethyst tea and lunch bars
AQUA = (112, 236, 214)
PALE = (216, 206, 238)  # the company-job lines and small print (lavender-grey)
PEACH = (255, 178, 132)  # '主持人:' and '嘉　宾:'
LINE = (136, 108, 198)  # the time line
HOLE = (54, 28, 96)  # the hole of a pin
BG0, BG1 = (76, 40, 130), (22, 10, 44)
BOX = (96, 60, 156)  # the introduction's box
NUMBOX = (106, 228, 206)  # the number boxes
DEEP = (34, 16, 66)  # the numerals in the number boxes, the plates' cut corners
RULE_HI, RULE_LO = (176, 255, 238), (74, 42, 124)  # the two ends of the heading and closing rules
BAR_HI, BAR_LO = (58, 186, 166), (80, 44, 134)  # the two ends of a tea or lunch bar
HEAD_INK = (244, 238, 255)  # the leaning heading type (2024 prints it in a pale cyan; here a lavender white)
W = 1242
K = 1.15  # the 2024 whole agenda's measures (1080 px) scaled to this page's width


def s(v):
    return round(v * K)


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, a broad arc and small satellites round a disc holding the year
    over 'CLK' (set 226's, recoloured in aquamarine, amethyst, peach and white)."""
    for r, col, wd in [(s(200), (126, 96, 188), 3), (s(160), (112, 236, 214), 6), (s(118), (246, 240, 255), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - s(240), cy - s(150), cx + s(240), cy + s(150)], 200, 340, fill=PEACH, width=9)
    d.ellipse([cx - s(78), cy - s(78), cx + s(78), cy + s(78)], fill=(96, 58, 160), outline=(246, 240, 255), width=4)
    ctext(d, cx, cy - s(52), YEAR, font(s(22), True), (190, 255, 240))
    ctext(d, cx, cy - s(30), "CLK", font(s(56), True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + s(230) * math.cos(math.radians(ang)), cy + s(140) * math.sin(math.radians(ang))
        d.ellipse([sx - s(20), sy - s(20), sx + s(20), sy + s(20)], fill=(48, 24, 90), outline=(246, 240, 255),
                  width=3)


def seal(d, x, y, r, fill):
    """The school's round seal, drawn as the face of a Guangxi bronze drum: two rings, a ring of short ticks, a
    twelve-rayed sun in the middle, the letters 'GXU' under it."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    for k in range(32):  # the ring of ticks
        a = math.radians(k * 360 / 32)
        d.line([(x + (r - 6) * math.cos(a), y + (r - 6) * math.sin(a)),
                (x + (r - 2) * math.cos(a), y + (r - 2) * math.sin(a))], fill=fill, width=1)
    cy = y - r * 0.2
    g = r * 0.34
    pts = []
    for k in range(24):  # the sun: twelve rays
        a = math.radians(-90 + k * 15)
        rr = g if k % 2 == 0 else g * 0.45
        pts.append((x + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=fill)
    ctext(d, x, y + r * 0.16, "GXU", font(max(8, round(r * 0.32)), True), fill)


def hills(d, y, h, col, seed):
    """The Qingxiu hills (青秀山) of Nanning: a soft, rolling ridge across the page."""
    rnd = random.Random(seed)
    pts, x = [(0, y)], 0
    while x < W:
        x += rnd.randrange(60, 140)
        pts.append((min(x, W), y - rnd.uniform(0.35, 1.0) * h))
    pts += [(W, y), (W, y + 4), (0, y + 4)]
    d.polygon(pts, fill=col)


def tower(d, cx, base, k, col):
    """The Longxiang pagoda (龙象塔) on the Qingxiu hills: a plinth and nine storeys narrowing upwards, each with a
    wide, up-turned eave, and a finial."""
    d.rectangle([cx - 24 * k, base - 12 * k, cx + 24 * k, base], fill=col)
    y = base - 12 * k
    for i in range(9):
        bw, sh = (17 - i * 1.3) * k, (22 - i * 0.9) * k
        d.rectangle([cx - bw, y - sh, cx + bw, y], fill=col)
        d.polygon([(cx - bw - 9 * k, y - sh + 4 * k), (cx + bw + 9 * k, y - sh + 4 * k), (cx + bw + 2 * k, y - sh - 3 * k),
                   (cx - bw - 2 * k, y - sh - 3 * k)], fill=col)
        y -= sh + 3 * k
    d.polygon([(cx - 4 * k, y), (cx + 4 * k, y), (cx, y - 30 * k)], fill=col)


def river(d, x0, x1, y, h, col, ripple):
    """The Yong river (邕江) through the city: a band with ripples."""
    d.rectangle([x0, y, x1, y + h], fill=col)
    for i in range(x0, x1, 60):
        d.line([(i, y + h // 3), (i + 30, y + h // 3)], fill=ripple, width=2)
        d.line([(i + 24, y + 2 * h // 3), (i + 50, y + 2 * h // 3)], fill=ripple, width=2)


def header(im, d):
    """The head: logo lines, the school with its school of computing and English name, the slanted edition title, a
    dashed rule, the ring, the date pill with a pin, the address ('地址:' inline, the hall over two lines, as the 2024
    whole agenda prints it), and faint behind them the city: the Qingxiu hills, the Longxiang pagoda, the Yong river."""
    rnd = random.Random(92311)
    hills(d, s(990), s(80), (90, 54, 146), 9231)
    tower(d, s(470), s(930), 1.5, (98, 62, 156))
    river(d, 0, W, s(992), s(60), (86, 52, 142), (120, 90, 180))
    logo_lines(d, s(60), s(56), WHITE, AQUA, 1.15 * K)
    seal(d, s(652), s(84), s(32), WHITE)
    d.text((s(700), s(44)), SCHOOL, font=font(s(34), True, serif=True), fill=WHITE)
    d.text((s(700), s(92)), SCHOOL_UNIT, font=font(s(22), True), fill=WHITE)
    ef = font(s(10))
    for i, ln in enumerate(SCHOOL_EN):
        d.text((s(700), s(122) + i * s(14)), fits(d, ln, ef, W - s(700) - 30), font=ef, fill=PALE)
    for _ in range(70):  # particles over the head
        px, py = rnd.randrange(s(560), W - 20), rnd.randrange(s(160), s(520))
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(236, 255, 250))
    ring_graphic(d, s(820), s(700))
    slant_text(im, s(70), s(262), NTH, font(s(92), True), WHITE, 0.16)
    slant_text(im, s(70), s(384), "Linux内核开发者大会", font(s(88), True), (240, 250, 255), 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(s(90 + i * 18), s(530)), (s(100 + i * 18), s(530))], fill=AQUA, width=5)
    d.line([(s(560), s(530)), (s(640), s(510))], fill=AQUA, width=3)
    pf = font(s(34), True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + s(100)
    x0, y0, x1, y1 = s(80), s(630), s(80) + pw, s(698)
    d.rounded_rectangle([x0, y0, x1, y1], radius=s(20), fill=(98, 60, 160), outline=AQUA, width=3)
    d.line([(x0 - s(14), y0 + s(14)), (x0 - s(14), y1 - s(14))], fill=AQUA, width=5)  # the brackets of 2024's pill
    d.line([(x1 + s(14), y0 + s(14)), (x1 + s(14), y1 - s(14))], fill=AQUA, width=5)
    d.text((x0 + s(26), y0 + s(10)), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + s(26) + tw(d, DATE_PRINTED, pf) + s(10)
    pin(d, px, y0 + s(18), AQUA, 1.1 * K)
    d.text((px + s(30), y0 + s(10)), CITY, font=pf, fill=WHITE)
    af = font(s(36), True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= s(600) for ln in lines), lines
    y = s(780)
    for ln in lines:
        d.text((s(84), y), ln, font=af, fill=WHITE)
        y += s(56)
    return s(1120)


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)举办至今已第7226届，由清华大学、华为、阿里云、腾讯、"
         "字节跳动、OPPO、vivo、荣耀、蚂蚁集团、龙芯中科、小米、统信软件等单位发起，以“自由 协作 创新”为理念，以开源技术"
         "的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。每届线下参会人数近500人，是中国 Linux "
         "内核领域颇有影响力的峰会之一，现诚邀广大 Linux 开发者和爱好者参加本次大会。",
         "本次大会由广西大学计算机与电子信息学院承办，清华大学、openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、"
         "广西计算机学会、南宁市科学技术协会、CSDN 等单位共同支持。"]


def intro_box(d, y):
    """A lighter box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = s(60), W - s(60)
    f = font(s(25))
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - s(150), bx1 - bx0 - s(100)]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * s(48) + s(100)
    d.rectangle([bx0, y, bx1, y + h], fill=BOX, outline=(150, 120, 210), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + s(60) * sx, cy - 6 * sy)], fill=AQUA, width=9)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + s(60) * sy)], fill=AQUA, width=9)
    yy = y + s(50)
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (s(100) if i == 0 else s(50)), yy), ln, font=f, fill=WHITE)
            yy += s(48)
    return y + h


def foot_plate(im, d, y, text):
    """A plate: an aquamarine-to-amethyst bar with a cut corner, a streak under it and the word in leaning white type."""
    w, h = s(560), s(90)
    x0 = W / 2 - w / 2
    hgrad(d, x0 - s(110), y + s(54), x0 + s(200), y + s(64), (60, 30, 110), (200, 255, 244))
    hgrad(d, x0, y, x0 + w, y + h, (56, 178, 162), (92, 52, 150))
    d.polygon([(x0 + w - s(30), y), (x0 + w, y), (x0 + w, y + s(30))], fill=BG1)
    d.line([(x0 + w - s(100), y - s(14)), (x0 + w + s(90), y - s(14))], fill=(206, 255, 246), width=7)
    slant_text(im, 0, y + s(8), text, font(s(50), True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


class G:
    """The measures of a run of rows: the range's left edge, the time line, the title column and its right end,
    and the type sizes (the 2024 whole agenda's x 1.15)."""

    def __init__(self, tx, lx, tt, xr, rf, tf, tp, nf, af, ncol, npitch, apitch, gap, bar, over):
        self.tx, self.lx, self.tt, self.xr = tx, lx, tt, xr
        self.rf, self.tf, self.tp, self.nf, self.af = rf, tf, tp, nf, af
        self.ncol, self.npitch, self.apitch, self.gap, self.bar, self.over = ncol, npitch, apitch, gap, bar, over


FULL = G(s(106), s(336), s(382), s(982), 35, 33, 48, 33, 21, s(105), 49, 28, 40, 60, 40)
HEAD_LOG = []  # (forum, heading size, host under?) of every heading painted


def number_box(im, d, x, y, idx, k):
    """The slanted number box '01'..'05' (aquamarine, the numeral in deep amethyst) with its white corner stroke."""
    d.polygon([(x + 14 * k, y + 6 * k), (x + 104 * k, y + 6 * k), (x + 90 * k, y + 80 * k), (x, y + 80 * k)],
              fill=NUMBOX, outline=(220, 255, 248), width=2)
    d.line([(x + 2 * k, y - 8 * k), (x + 40 * k, y - 8 * k)], fill=WHITE, width=max(3, round(6 * k)))
    d.line([(x + 2 * k, y - 8 * k), (x - 6 * k, y + 30 * k)], fill=WHITE, width=max(3, round(6 * k)))
    slant_text(im, x + 16 * k, y + 6 * k, "%02d" % idx, font(round(48 * k), True), DEEP, 0.2)
    return x + 132 * k


def heading_full(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box and the topic and '分论坛' in leaning type; the host at the right with the unit
    under it, or, where the heading leaves no room, on a line of its own under it between two rules (as 2024)."""
    g = FULL
    x = s(70)
    if idx == 0:
        for j in range(2):
            d.polygon([(x + s(j * 30), y + s(22)), (x + s(j * 30 + 26), y + s(44)), (x + s(j * 30), y + s(66))],
                      fill=AQUA)
        x += s(64)
        x = slant_text(im, x, y - 4, name, font(s(62), True), HEAD_INK, 0.16)
        size = s(62)
    else:
        x = number_box(im, d, x, y, idx, K)
        size = s(58)
        while tw(d, topic_of(name) + "分论坛", font(size, True)) + s(60) > g.xr + s(20) - x and size > 46:
            size -= 2
        f = font(size, True)
        dy = (s(58) - size) // 2
        x = slant_text(im, x, y + 2 + dy, topic_of(name), f, HEAD_INK, 0.16)
        x = slant_text(im, x + s(22), y + 2 + dy, "分论坛", f, HEAD_INK, 0.16)
    hf, nf, uf = font(s(30), True), font(s(30)), font(s(17))
    label, who = "主持人:", pad(host[0])
    hw = tw(d, label, hf) + 8 + tw(d, who, nf)
    bw = max(hw, tw(d, host[1], uf))
    if x + s(30) + bw <= g.xr + s(20):
        hx = g.xr + s(20) - bw
        d.text((hx, y + 4), label, font=hf, fill=PEACH)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=WHITE)
        d.text((hx, y + s(52)), host[1], font=uf, fill=PALE)
        under, y = False, y + s(104)
    else:
        y += s(100)
        lw = hw + s(20) + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - s(130), y + s(22)), (lx - s(20), y + s(22))], fill=PALE, width=2)
        d.line([(lx + lw + s(20), y + s(22)), (lx + lw + s(130), y + s(22))], fill=PALE, width=2)
        d.text((lx, y), label, font=hf, fill=PEACH)
        d.text((lx + tw(d, label, hf) + 8, y), who, font=nf, fill=WHITE)
        d.text((lx + hw + s(20), y + s(10)), host[1], font=uf, fill=PALE)
        under, y = True, y + s(54)
    HEAD_LOG.append((name, size, under))
    hgrad(d, s(70), y, g.xr + s(30), y + s(12), RULE_HI, RULE_LO)
    return y + s(12) + s(56)


def person_line(d, y, sp, g):
    """One speaker: the (padded) name and the company-job line after it; a Latin name on its own line with that
    line under it (as the organisers print a foreign speaker)."""
    nf, af = font(g.nf), font(g.af)
    off = round((g.nf - g.af) * 0.62)
    if latin(sp["name"]):
        d.text((g.tt, y), sp["name"], font=nf, fill=WHITE)
        y += g.npitch - 6
        d.text((g.tt, y), fits(d, sp["line"], af, g.xr + g.over - g.tt), font=af, fill=PALE)
        return y + g.apitch + 8
    name = pad(sp["name"])
    col = max(g.ncol, tw(d, name, nf) + 14)
    d.text((g.tt, y), name, font=nf, fill=WHITE)
    d.text((g.tt + col, y + off), fits(d, sp["line"], af, g.xr + g.over - g.tt - col), font=af, fill=PALE)
    return y + g.npitch


WRAPS = {}  # each title's printed lines (the first pass and the real one print the same)


def title_lines(d, text, f, maxw):
    """Greedy, as the organisers' whole agenda breaks its titles (also inside a word, also leaving a short last
    line: the 2024 picture leaves ' swap' alone); only where one Chinese character would stand alone does the
    designer pull the break one character forward (a narrower box), so that two stand on the last line.  A Chinese
    title followed by its English name in brackets starts the bracket on a new line, as 2024 prints one."""
    head, sep, tail = text.partition("(")
    if sep and not head.isascii() and tail.isascii():
        return title_lines(d, head, f, maxw) + wrap(d, sep + tail, f, maxw)
    lines = wrap(d, text, f, maxw)
    m = maxw
    while len(lines) > 1 and len(lines[-1].strip()) < 2:
        m -= 2
        lines = wrap(d, text, f, m)
    return lines


def agenda_row(d, y, s_, g, st):
    """A talk: the range at the left, a dot on the time line, the aquamarine title (greedy wrap), one line per
    speaker.  A round table adds the peach labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars (the
    range and the label); '开场' a row without a speaker."""
    rf = font(g.rf, True)
    if s_["kind"] == "break" and s_["title"] != "开场":
        hgrad(d, g.tx - 6, y - 6, g.xr, y + g.bar - 6, BAR_HI, BAR_LO)
        ty = y + (g.bar - 12 - g.rf) // 2 - 2
        assert tw(d, rng(s_), rf) <= g.lx - g.tx - 12, rng(s_)
        d.text((g.tx, ty), rng(s_), font=rf, fill=WHITE)
        st["dots"].append((y + (g.bar - 12) // 2, WHITE))
        st["bars"].append((y - 6, y + g.bar - 6))
        d.text((g.tt, ty - (g.tf - g.rf) // 2), s_["title"], font=font(g.tf, True), fill=WHITE)
        return y + g.bar + g.gap + 6
    assert tw(d, rng(s_), rf) <= g.lx - g.tx - 12, rng(s_)
    d.text((g.tx, y + (g.tf - g.rf) // 2), rng(s_), font=rf, fill=WHITE)
    y0 = y
    tf = font(g.tf, True)
    tl = title_lines(d, s_["title"], tf, g.xr - g.tt)
    WRAPS[s_["title"]] = tl
    for ln in tl:
        d.text((g.tt, y + 1), ln, font=tf, fill=AQUA)
        y += g.tp
    if s_["kind"] == "panel":
        lf = font(g.nf - 4, True)
        for k, group in enumerate((s_["sp"][:1], s_["sp"][1:])):
            y += 6
            d.text((g.tt, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=PEACH)
            y += g.npitch - 4
            for sp in group:
                y = person_line(d, y, sp, g)
    else:
        for sp in s_["sp"]:
            y = person_line(d, y, sp, g)
    st["dots"].append((y0 + g.tf * 0.72, AQUA))
    return y + g.gap


def forum_rows(d, y, slots, g, x_rule):
    """A forum's rows, its time line (broken at the bars) with the dots over it, and the closing rule."""
    st = {"dots": [], "bars": []}
    top = y - 30
    for s_ in slots:
        y = agenda_row(d, y, s_, g, st)
    bars = st["bars"]
    last_is_bar = slots[-1]["kind"] == "break" and slots[-1]["title"] != "开场"
    for a, b in zip([top] + [e for _, e in bars], [t for t, _ in bars] + [y - 10]):
        if b > a and not (last_is_bar and a == bars[-1][1]):
            d.line([(g.lx, a), (g.lx, b)], fill=LINE, width=2)
    for cy, col in st["dots"]:
        d.ellipse([g.lx - 5, cy - 5, g.lx + 5, cy + 5], fill=col)
    hgrad(d, x_rule[0], y + 14, x_rule[1], y + 20, RULE_LO, RULE_HI)
    return y + 20


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with its seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(240, 234, 252), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + s(50), y + h / 2, s(24), WHITE)
        f = font(s(30), True, serif=True)  # a four-character name
        d.text((x + s(86), y + s(16)), fits(d, SCHOOL, f, w - s(96)), font=f, fill=WHITE)
        sf = font(s(10), True)
        d.text((x + s(88), y + s(58)), fits(d, SCHOOL_MARK, sf, w - s(96)), font=sf, fill=PALE)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
    if len(parts) == 2:
        ctext(d, x + w / 2, y + s(8), parts[0], font(s(32), True), WHITE)
        ctext(d, x + w / 2, y + s(54), "  ".join(parts[1]), font(s(17), True), WHITE)
        return
    size = s(36) if name.isascii() else s(34)
    f = font(size, True, serif=(rnd.random() < 0.25 and not name.isascii()))
    while tw(d, name, f) > w - s(40):
        size -= 2
        f = font(size, True)
    mark = rnd.random() < 0.5 and tw(d, name, f) + s(52) <= w - s(30)
    tw_ = tw(d, name, f) + (s(52) if mark else 0)
    tx = x + (w - tw_) / 2
    if mark:
        d.ellipse([tx, y + h / 2 - s(18), tx + s(36), y + h / 2 + s(18)], outline=WHITE, width=4)
        d.ellipse([tx + s(12), y + h / 2 - s(6), tx + s(24), y + h / 2 + s(6)], fill=WHITE)
        tx += s(52)
    d.text((tx, y + h / 2 - size * 0.7), fits(d, name, f, w - s(30)), font=f, fill=WHITE)


def units(d, y, names):
    """Boxes two to a row; an odd last box stands alone at the left, as 2024's last media box does."""
    bw, bh, gx, gy = s(300), s(92), s(40), s(34)
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def skyline(im, h):
    """The foot: Nanning, the Green City: the Qingxiu hills with the Longxiang pagoda, towers (one tall with a
    spire), the school's gate, palms, the arch of a bridge over the Yong river, the school's name."""
    d = ImageDraw.Draw(im)
    base = h - s(60)
    hills(d, base - 240, 140, (52, 26, 96), 92313)
    d.ellipse([900, base - 330, 1180, base - 40], fill=(52, 26, 96))  # the hill under the pagoda
    tower(d, 1040, base - 318, 1.2, (220, 255, 246))  # the pagoda on its hill, lit
    col, win = (58, 30, 104), (206, 255, 240)
    for bx, bw, bh in [(30, 96, 240), (140, 80, 330), (236, 104, 210), (780, 92, 280), (884, 70, 200),
                       (1140, 80, 180)]:
        d.rectangle([bx, base - 110 - bh, bx + bw, base - 110], fill=col)
        for wy in range(base - 110 - bh + 16, base - 130, 28):
            for wx in range(bx + 12, bx + bw - 14, 22):
                d.rectangle([wx, wy, wx + 9, wy + 13], fill=win)
    d.rectangle([660, base - 560, 740, base - 110], fill=col)  # the tall tower and its spire
    d.polygon([(660, base - 560), (740, base - 560), (700, base - 620)], fill=col)
    d.line([(700, base - 620), (700, base - 690)], fill=(206, 255, 240), width=3)
    for wy in range(base - 540, base - 130, 26):
        d.line([(672, wy), (728, wy)], fill=win, width=3)
    d.rectangle([380, base - 220, 640, base - 110], fill=(66, 36, 116))  # the school's gate: two piers and a lintel
    d.rectangle([400, base - 300, 440, base - 110], fill=(70, 38, 122))
    d.rectangle([580, base - 300, 620, base - 110], fill=(70, 38, 122))
    d.rectangle([386, base - 320, 634, base - 290], fill=(70, 38, 122))
    for px in (350, 660, 1100):  # palms
        d.line([(px, base - 110), (px + 8, base - 250)], fill=(60, 32, 108), width=8)
        for a in (200, 230, 260, 290, 320, 350):
            r = math.radians(a)
            d.line([(px + 8, base - 250), (px + 8 + 60 * math.cos(r), base - 250 + 40 * math.sin(r) + 30)],
                   fill=(60, 32, 108), width=6)
    d.rectangle([0, base - 110, W, base - 60], fill=(50, 26, 92))  # the embankment
    d.arc([80, base - 150, 520, base + 10], 200, 340, fill=(236, 230, 252), width=5)  # a bridge's arch
    d.line([(40, base - 66), (560, base - 66)], fill=(236, 230, 252), width=4)
    river(d, 0, W, base - 60, h - base + 60, (30, 14, 60), (110, 90, 170))
    ctext(d, W / 2, h - s(46), SCHOOL, font(s(22), True, serif=True), WHITE)


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + s(80)
    y = units(d, y, SPONSORS) + s(80)
    y = foot_plate(im, d, y, "支持单位") + s(80)
    y = units(d, y, SUPPORT) + s(80)
    y = foot_plate(im, d, y, "支持媒体") + s(80)
    y = units(d, y, MEDIA) + s(110)
    d.rectangle([W / 2 - s(180), y, W / 2 + s(180), y + s(360)], outline=WHITE, width=3)
    d.rectangle([W / 2 - s(162), y + s(18), W / 2 + s(162), y + s(342)], fill=WHITE)
    qrcode(d, W / 2 - s(144), y + s(36), s(288), 9231)
    y += s(410)
    slant_text(im, 0, y, "扫码报名", font(s(62), True), WHITE, 0.18, cx=W / 2)
    y += s(116)
    ctext(d, W / 2, y, "300份现场礼品，先到先得", font(s(29)), WHITE)
    ctext(d, W / 2, y + s(50), "活动解释权归主办方所有", font(s(29)), WHITE)
    y += s(140)
    slant_text(im, 0, y, "相聚绿城 · 一同探索 Linux 内核之美", font(s(48), True), (150, 246, 226), 0.18, cx=W / 2)
    return int(y + s(780))


def background(w, h):
    """A deep amethyst page (a violet-purple at the head to a near-black purple), a lighter foot, aquamarine, peach
    and lavender glows and faint streaks, where the organisers print their flat royal blue."""
    im = vgrad(w, h, BG0, BG1)
    t = (h - s(900)) / max(1, h - 1)  # the foot lightens from the page's colour where it starts
    foot = vgrad(w, s(900), tuple(int(BG0[i] + (BG1[i] - BG0[i]) * t) for i in range(3)), (70, 40, 122))
    im.paste(foot, (0, h - s(900)))
    im = glow(im, s(820), s(700), s(420), (110, 240, 214), 0.12)
    im = glow(im, s(100), s(1300), s(320), (255, 170, 130), 0.07)
    for k, yy in enumerate(range(3000, h - 1000, 2400)):
        im = glow(im, W - 40 if k % 2 else 40, yy, s(380), (190, 160, 255), 0.07)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks behind the ring
        d.line([(s(520 + i * 80), 0), (W, s(300 - i * 38))], fill=(100, 66, 160), width=2)
    rnd = random.Random(9231)
    for _ in range(16):  # thin light streaks down the page's edges
        sy = rnd.randrange(1800, h - 1800)
        sx = rnd.choice((rnd.randrange(0, 24), rnd.randrange(W - 64, W - 40)))
        d.line([(sx, sy), (sx + 36, sy - 90)], fill=(96, 62, 154), width=2)
    skyline(im, h)
    return im


PAINT_LOG = {}


def paint_full(im, d):
    """The whole page: head, introduction, '大会议程', then the six forums ONE UNDER ANOTHER, each across the page
    (as the 2024 whole agenda sets its five), then the foot."""
    del HEAD_LOG[:]
    WRAPS.clear()
    ends, tops = {}, {}
    y = header(im, d)
    y = intro_box(d, y) + s(100)
    y = foot_plate(im, d, y, "大会议程") + s(110)
    for idx, (name, host, slots) in enumerate(FORUMS):
        y = heading_full(im, d, y, idx, name, host)
        tops[idx] = y
        y = ends[idx] = forum_rows(d, y, slots, FULL, (s(70), FULL.xr + s(30)))
        y += 130 if idx == 0 else 120
    PAINT_LOG["ends"], PAINT_LOG["tops"] = ends, tops
    return footer(im, d, y + 30)


# ===========================================================================
def truth_slot2(s_):
    """A slot as truth.json gives it: titles as printed; names without spaces and padding; each speaker's
    company-job line exactly as typed; host null for breaks."""
    return {"kind": s_["kind"], "start": s_["start"], "end": s_["end"], "title": s_["title"],
            "speakers": [plain(sp["name"]) for sp in s_["sp"]],
            "affiliations": [sp["line"] for sp in s_["sp"]],
            "host": s_["host"] and plain(s_["host"])}


def padded_names():
    """Every name printed with the ideographic space of a two-character name, in printed order."""
    out = []
    for _, host, slots in FORUMS:
        for n in [host[0]] + [sp["name"] for s_ in slots for sp in s_["sp"]]:
            if "\u3000" in pad(n) and pad(n) not in out:
                out.append(pad(n))
    return out


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104, 106, 201 and 226)."""
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


TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"


def surname(name):
    return name[0]


def people_of():
    out = []
    for _, host, slots in FORUMS:
        out.append(plain(host[0]))
        out += [plain(sp["name"]) for s_ in slots for sp in s_["sp"]]
    return out


def surname_counts():
    counts = {}
    for p in people_of():
        if not latin(p):
            counts[surname(p)] = counts.get(surname(p), 0) + 1
    return counts


def check(poster):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; the surname counts."""
    assert saturday(DATE)
    assert DATE.startswith(YEAR) and int(NTH[1:-3]) == int(YEAR) - 2005  # 2024 was the 19th
    assert DATE_PRINTED == "%s年%d月%d日" % (YEAR, int(DATE[5:7]), int(DATE[8:10]))
    assert [f[0] for f in FORUMS] == SIX
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if os.path.exists(p):  # the six folder names again, from the listing, numbers cut off
        with open(p, encoding="utf-8") as fh:
            folders = []
            for ln in fh.read().splitlines()[1:]:
                path = ln.split("\t")[0]
                if "/" in path:
                    top = path.split("/")[0].split(" ", 1)[1]
                    if top not in folders:
                        folders.append(top)
        assert folders == SIX, folders
    people = people_of()
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    real = listing_words()
    titles = [s_["title"] for f in FORUMS for s_ in f[2] if s_["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in people + [t for t in titles if t != "嘉宾致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    chinese = [p for p in people if not latin(p)]
    counts = surname_counts()
    assert counts == SURNAMES, sorted(counts.items(), key=lambda kv: -kv[1])
    top5 = sum(counts[c] for c in TOP20[:5])
    top20 = sum(counts.get(c, 0) for c in TOP20)
    assert len(chinese) == N_CHINESE and 0.25 <= top5 / len(chinese) <= 0.34, (top5, len(chinese))
    assert 0.50 <= top20 / len(chinese) <= 0.62 and all(c in counts for c in TOP20), top20
    assert sum(counts[c] for c in UNCOMMON) == len(UNCOMMON)
    assert all(2 <= len(p) <= 3 for p in chinese)
    for _, _, slots in FORUMS:  # two-character names are padded as printed, no other
        for s_ in slots:
            for sp in s_["sp"]:
                n = plain(sp["name"])
                assert latin(n) or (len(n) == 2) == ("\u3000" in sp["name"]), sp["name"]
    assert len(padded_names()) == N_PADDED, (len(padded_names()), padded_names())
    assert [f["forum"] for f in poster["forums"]] == SIX
    for f, (_, host, slots) in zip(poster["forums"], FORUMS):
        assert f["date"] == DATE
        ends = [(s_["start"], s_["end"]) for s_ in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        for s_ in f["slots"]:
            assert (s_["host"] is None) == (s_["kind"] == "break")
            assert s_["host"] is None or s_["host"] == plain(host[0])
            assert plain(host[0]) not in s_["speakers"]
            assert re.match(r"^\d\d:\d\d$", s_["start"]) and re.match(r"^\d\d:\d\d$", s_["end"])
            assert s_["start"] < s_["end"]
            assert len(s_["affiliations"]) == len(s_["speakers"])
    slots = [s_ for f in FORUMS for s_ in f[2]]
    assert [s_["kind"] for s_ in slots].count("panel") == 1
    assert [len(s_["sp"]) for s_ in slots if s_["kind"] == "panel"] == [5]
    assert [sum(1 for s_ in f[2] if s_["kind"] == "talk" and len(s_["sp"]) == 2) for f in FORUMS] == TWO_SPEAKERS
    assert all(len(s_["sp"]) <= 2 for s_ in slots if s_["kind"] == "talk")
    assert [sum(1 for s_ in f[2] if s_["kind"] == "talk" and s_["title"].isascii()) for f in FORUMS] == ENGLISH
    assert sum(1 for s_ in slots for sp in s_["sp"] if latin(sp["name"])) == 1
    assert all(sum(1 for s_ in f[2] if s_["title"] == "茶歇") == 1 for f in FORUMS)
    assert [[rng(s_) for s_ in f[2] if s_["title"] == "茶歇"][0] for f in FORUMS] == TEAS
    assert FORUMS[0][2][0]["title"] == "开场" and FORUMS[0][2][1]["title"] == "嘉宾致辞"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "14:00"
    assert all(f[2][0]["start"] == "14:00" for f in FORUMS[1:])
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ENDS
    assert [sum(1 for s_ in f[2] if s_["kind"] != "break") for f in FORUMS] == COUNTS
    return len(titles)


DRAFT = os.environ.get("DRAFT") == "1"  # while designing: write a lossless draft, print the wraps, skip pinned lists


def main():
    im = two_pass(W, paint_full, background)
    assert im.size[0] == W
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=80)
    data = buf.getvalue()
    with open(os.path.join(HERE, FULL_FN), "wb") as fh:
        fh.write(data)
    size = len(data)
    print(FULL_FN, "%d x %d" % im.size, size)
    poster = {"file": FULL_FN, "layout": layout(im.size), "date": DATE,
              "forums": [{"forum": name, "date": DATE, "slots": [truth_slot2(s_) for s_ in slots]}
                         for name, _, slots in FORUMS]}
    if DRAFT:
        print("surnames:", sorted(surname_counts().items(), key=lambda kv: -kv[1]))
        print("padded:", len(padded_names()), "chinese:", sum(1 for p in people_of() if not latin(p)))
    n = check(poster)
    print("scored talks", n)
    assert 42 <= n <= 55, n
    print("headings:", HEAD_LOG)
    print("forum tops:", PAINT_LOG["tops"], "ends:", PAINT_LOG["ends"])
    for t, ls in WRAPS.items():
        if len(ls) > 1:
            print("  ", " / ".join(ls))
    nlines = {t: len(ls) for t, ls in WRAPS.items()}
    if not DRAFT:
        assert [t for t, n_ in nlines.items() if n_ > 1] == WRAPPED, [t for t, n_ in nlines.items() if n_ > 1]
        assert [t for t, n_ in nlines.items() if n_ >= 3] == THREE_LINES, nlines
        assert SIZE_BOUNDS[0] <= im.size[1] <= SIZE_BOUNDS[1] and SIZE_BOUNDS[2] <= size <= SIZE_BOUNDS[3], (im.size, size)
    assert all(n_ <= 3 for n_ in nlines.values())
    assert all(len(ls[-1].strip()) >= 2 for ls in WRAPS.values()), WRAPS
    assert [u for _, _, u in HEAD_LOG] == HEAD_UNDER, HEAD_LOG
    truth = {"written": "2026-12-12", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -201, -226): speakers are names as printed with spaces "
    "and the padding of two-character names removed (%s; the Latin name 'Pavel Smirnov' -> 'PavelSmirnov'); host is "
    "the chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; "
    "break titles are as printed; an opening speech printed with a speaker ('嘉宾致辞', 韦国强) is a talk; '开场' (printed "
    "in the title column without a speaker), '茶歇' and '午餐' are breaks; '午餐' (12:40-14:00) closes 主论坛. ONE invented "
    "edition, CLK 9231 (第7226届, 南宁, host school 广西大学 with its 计算机与电子信息学院 and an English line over two "
    "lines at the top right, Saturday 9231-10-25), with CLK2025's six forum folder names without their numbers, in "
    "folder order (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, "
    "'AI 基础设施与 eBPF 应用分论坛' with its spaces), printed as CLK2025's repository holds an edition: ONE "
    "whole-agenda image, here 'CLK9231全部议程.jpg' (JPEG q80, 1242 px wide), so this file has ONE entry holding the "
    "six forums in printed order and every talk is listed once. 主论坛 runs in the morning, the five others in parallel "
    "from 14:00 (as the 2024 edition's afternoon); every forum's date is the edition's. The head (logo lines 'CHINA "
    "LINUX KERNEL' / '中国Linux内核开发者大会', the school's seal with 'GXU', its name, school and English lines, "
    "'第7226届中国' / 'Linux内核开发者大会', the ring '9231' / 'CLK', the date pill '9231年10月25日' + pin + '南宁', "
    "'地址:广西大学西校园' / '学术交流中心报告厅'), the framed introduction (two paragraphs naming companies and "
    "communities, no forum), '大会议程' on a plate and the foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the QR "
    "code, '扫码报名', two caption lines, the slogan '相聚绿城 · 一同探索 Linux 内核之美', the school's name under the "
    "skyline) are never part of a name, a title or a slot. NEW COLOURS: a deep AMETHYST page (a violet-purple at the "
    "head to a near-black purple at the foot) where the organisers print royal blue, AQUAMARINE titles, dots, number "
    "boxes, rules and corner marks where they print cyan, PEACH labels ('主持人:', '嘉　宾:') where they print violet, "
    "lavender-grey company-job lines, aquamarine-to-amethyst tea and lunch bars; a smooth export without grain. "
    "LAYOUT: the six forums ONE UNDER ANOTHER, each ACROSS THE PAGE, in folder order, as the organisers' 2024 whole "
    "agenda sets its five: nothing stands side by side. HEADINGS: '▶▶ 主论坛' or a slanted number box '01'..'05' "
    "followed by the forum's TOPIC and '分论坛' set APART with a gap, as the 2024 whole agenda sets them ('内存管理与优化  "
    "分论坛'): the forum is CLK2025's name, the gap and the numbers no part of it. The host is the name after the peach "
    "'主持人:' (ASCII colon, as 2024 types it): at the RIGHT of 主论坛's heading with the unit under it (黄海涛, "
    "'广西大学计算机与电子信息学院院长、教授'); for every other forum (their names are too long to leave room at the "
    "right) on a line of its own UNDER the heading between two short rules, the unit beside the name, as 2024 prints "
    "its 03 (李珺, 周立新, 覃文斌, 王晓静, 陈旻). The unit is no affiliation (also '桂林电子科技大学计算机与信息安全学院教授' "
    "for 周立新, the one host from outside the host school). ROWS: the range at the left ('14:00-14:20'), a dot on a "
    "vertical time line, the AQUAMARINE title, then ONE LINE PER SPEAKER: the padded name and, after it, the "
    "company-job line in small type, given EXACTLY as printed, typed as the designer typed it (mostly without a space "
    "between company and job: '腾讯云TencentOS内核负责人', 'vivo内存优化工程师', 'OPPO高级存储工程师', '智谱AI系统工程师', "
    "'字节跳动STE团队内核工程师', '广西大学硕士研究生(二年级)' with ASCII brackets); two lines print NO company, as 2024 "
    "prints some: '博士，高级工程师' (田国庆) and '现就职于百度智能云虚拟化团队' (袁博), and they are the affiliations as "
    "printed. The one LATIN name stands on its own line with its company-job line UNDER it ('Pavel Smirnov' / "
    "'华为操作系统内核工程师', in 03, as 2024 prints 'Kuzin Artem'). TITLES wrap greedily in the title measure, as the "
    "organisers' whole agenda breaks them, also inside a word and leaving two characters alone on the last line "
    "('操作系统内核的可信构建：从源码仓库到发行' / '镜像', 'EEVDF 的 lag 与 slice：对交互式负载意味着' / '什么', "
    "'io_uring 固定文件表在高并发小 I/O 下的锁' / '竞争', '智能网卡上的 SR-IOV VF 数量扩展到 1000' / '之后'), except "
    "that a single Chinese character is never left alone on a line; a Chinese title followed by its English name in "
    "brackets starts the bracket on a new line and runs over THREE lines ('面向 NPU 的统一虚拟寻址与缺页处理' / '(Unified "
    "Virtual Addressing and Page Fault' / 'Handling for NPUs)', 04), as 2024 prints one: it is ONE title, given without "
    "a space before the bracket. 20 of the 47 scored titles run over two lines or more. A title over several lines is "
    "ONE title, given as the designer typed it: a space between Latin words and around Latin words where typed, none "
    "inside Chinese text; a hyphenated, dotted or slashed word ('Per-CPU', 'Worst-Case', 'Boot-Time', 'virtio-mem', "
    "'SR-IOV', 'I/O', 'io_uring', 'PREEMPT_RT') is never split; Chinese titles keep their full-width colon '：' and "
    "enumeration comma '、' as typed. TWO SPEAKERS of one talk are two lines, the SECOND SPEAKER ON A LINE OF ITS OWN "
    "under the first, each with his own company-job line, given top then bottom (eight talks): 杨志鹏 and 何丽萍 (荣耀, "
    "主论坛), 张伟 and 梁晓燕 (移动云, 01), 罗杰 (华为) and 佘文超 (广西大学, 01), 谢勇 and 宋佳慧 (小红书, 02, the same "
    "line twice), 刘晓辉 and 邓婷 (小米, 03), 陈涛 (阿里云) and 潘玥 (上海交通大学, 04), 周鹏 and 吕晓军 (美团, 05, the same "
    "line twice), 钟晟 (奇安信) and 黄一鸣 (广西大学, 05). The ROUND TABLE (主论坛, 12:00-12:40, kind 'panel') is one row "
    "'圆桌论坛:国产芯片的内核支持由谁来维护' (the label '圆桌论坛:' kept in the title with its ASCII colon, as the real "
    "2024 whole agenda prints its round table), a peach '主持人:' line over the moderator's line and a peach '嘉　宾:' "
    "line over four guests' lines; its speakers are the moderator and then the guests in printed order (吴晓峰; 赵婷, "
    "徐明辉, 郭飞, 蒙永胜), its affiliations their printed lines; the labels are no part of a name, and the moderator is "
    "a SPEAKER, not the forum's host (黄海涛), although the label over the moderator reads '主持人:' like the host's. "
    "'开场' (09:00-09:05) is a row without a speaker. '茶歇' and '午餐' are bars holding the range, a dot and the label "
    "only: 茶歇 10:20-10:35 in 主论坛; 午餐 12:40-14:00; one 茶歇 15:40-16:00 in every afternoon forum (as 2024), so the "
    "five afternoon forums print the same tea bar at five heights. Every afternoon forum ends with a talk (17:30; 04 "
    "at 18:00). ENGLISH-ONLY titles (six, one per forum): 'How Far Behind Mainline Can a Distro Kernel Afford to Be?' "
    "(主论坛, a Chinese speaker, two lines, an ASCII question mark), 'Per-CPU Stock Is Not Enough: memcg Charging at 256 "
    "Cores' (01), 'Lessons from Turning on ext4 Fast Commit Across Our Phone Fleet' (02), 'Measuring Worst-Case "
    "Latency of PREEMPT_RT on Industrial Controllers' (03, Pavel Smirnov), 'Fixing Boot-Time Regressions in "
    "Confidential Guests' (04), 'One Agent, Forty Thousand Hosts: Running BPF Tracing in Production' (05), each over "
    "two lines. SURNAMES in the proportions of a real Chinese kernel conference: of 64 Chinese names 王 5, 李 5, 张 3, "
    "刘 3, 陈 3 (19, 30 %%), 黄 3, 杨, 赵, 周 2 each, the other eleven of the brief's twenty once each (39 of 64 from the "
    "twenty, 61 %%), 23 other common surnames once each (覃 and 韦, common in Guangxi, among them), and two rare ones: "
    "蒙 (蒙永胜, a guest of the round table; met in Guangxi) and 佘 (佘文超, the second speaker of a talk in 01). Given "
    "names are everyday ones (伟, 磊, 涛, 勇, 杰, 婷, 飞, 鹏, 超, 毅, 博, 志强, 建华, 晓东, 晓明, 海军, 文杰, 国庆...), "
    "with now and then a less common character (珺, 旻, 翀, 玥, 晟); twenty-five two-character names, padded. No person "
    "is printed twice." % "; ".join("'%s' -> '%s'" % (n, plain(n)) for n in padded_names())
)


def layout(size):
    return ("%s (第7226届), 南宁, %s (JPEG q80, %d x %d): THE WHOLE AGENDA in the family of the organisers' CLK2024 "
            "大会全议程.webp in NEW colours (a deep amethyst page, aquamarine titles, peach labels, lavender-grey "
            "company-job lines): the head, a framed introduction, '大会议程' on a plate, then the six forums ONE UNDER "
            "ANOTHER, each ACROSS the page ('▶▶ 主论坛' with its host at the right; '01'..'05' number boxes with the "
            "topic and '分论坛' apart and the host on a line under the heading between short rules); each talk a row: "
            "range, dot on a time line, aquamarine title (greedy wrap; 20 titles over two lines or more, one Chinese "
            "title with its English name in brackets over three), one line per speaker 'padded name  company-job' (a "
            "second speaker on a line of his own; the Latin name on its own line with the company-job line under it); "
            "the round table with peach '主持人:' and '嘉　宾:' lines; 茶歇 and 午餐 as bars; the foot with sponsors, "
            "supporters, media, a QR code and Nanning's skyline (the Qingxiu hills and the Longxiang pagoda, towers, "
            "the school's gate, palms, a bridge over the Yong river). 7 + 8 + 7 + 9 + 8 + 8 = 47 scored talks (the "
            "round table and the opening speech among them)." % ((EDITION, DATE) + size))


# the surnames as printed, in the proportions of a real Chinese kernel conference: the five commonest (王 李 张 刘 陈)
# under a third, then the other fifteen of the brief's list (most once, a few twice; 黄 three times, as common in
# Guangxi as anywhere), one each of twenty-three other common surnames (覃 and 韦 among them, common in Guangxi), and
# two rare ones: 蒙 (met in Guangxi) and 佘
SURNAMES = {"王": 5, "李": 5, "张": 3, "刘": 3, "陈": 3, "黄": 3, "杨": 2, "赵": 2, "周": 2,
            "吴": 1, "徐": 1, "孙": 1, "马": 1, "胡": 1, "朱": 1, "郭": 1, "何": 1, "罗": 1, "高": 1, "林": 1,
            "韦": 1, "覃": 1, "梁": 1, "郑": 1, "谢": 1, "宋": 1, "唐": 1, "许": 1, "韩": 1, "冯": 1, "曾": 1,
            "邓": 1, "肖": 1, "田": 1, "袁": 1, "潘": 1, "蒋": 1, "蔡": 1, "叶": 1, "吕": 1, "苏": 1, "程": 1,
            "钟": 1, "蒙": 1, "佘": 1}
UNCOMMON = ("蒙", "佘")
N_CHINESE = 64
N_PADDED = 25
TWO_SPEAKERS = [1, 2, 1, 1, 1, 2]  # two-speaker talks per forum
ENGLISH = [1, 1, 1, 1, 1, 1]  # English-only titles per forum
TEAS = ["10:20-10:35", "15:40-16:00", "15:40-16:00", "15:40-16:00", "15:40-16:00", "15:40-16:00"]
ENDS = ["17:30", "17:30", "17:30", "18:00", "17:30"]
COUNTS = [7, 8, 7, 9, 8, 8]  # scored talks per forum
HEAD_UNDER = [False, True, True, True, True, True]  # the host beside (False) or under (True) each forum's heading
WRAPPED = [  # every title printed over more than one line, in printed order (all others stand on one)
    '操作系统内核的可信构建：从源码仓库到发行镜像',
    'How Far Behind Mainline Can a Distro Kernel Afford to Be?',
    '从 CPU 中心到加速器中心：内核资源管理的再思考',
    'Per-CPU Stock Is Not Enough: memcg Charging at 256 Cores',
    'virtio-mem 热拔内存为何总失败：不可迁移页的那些坑',
    '借助硬件访问位识别冷热页：一次无侵入的尝试',
    'io_uring 固定文件表在高并发小 I/O 下的锁竞争',
    'Lessons from Turning on ext4 Fast Commit Across Our Phone Fleet',
    'FUSE 直通模式：让用户态文件系统逼近内核性能',
    'EEVDF 的 lag 与 slice：对交互式负载意味着什么',
    'CPU 限流为什么让 Java 服务超时：burst 配额的实践',
    'Measuring Worst-Case Latency of PREEMPT_RT on Industrial Controllers',
    '全链路调度延迟观测：从唤醒到上 CPU 的每一微秒',
    '从 BIOS 到内核：CXL 内存区域的发现与上线流程',
    '面向 NPU 的统一虚拟寻址与缺页处理(Unified Virtual Addressing and Page Fault Handling for NPUs)',
    'Fixing Boot-Time Regressions in Confidential Guests',
    '智能网卡上的 SR-IOV VF 数量扩展到 1000 之后',
    'One Agent, Forty Thousand Hosts: Running BPF Tracing in Production',
    '推理节点上的透明大页：收益、抖动与开关策略',
    '在 LSM 钩子上拦截异常 mount：一次 eBPF 安全加固',
]
THREE_LINES = [  # the titles printed over three lines
    '面向 NPU 的统一虚拟寻址与缺页处理(Unified Virtual Addressing and Page Fault Handling for NPUs)',
]
SIZE_BOUNDS = (16000, 20000, 1_500_000, 3_000_000)  # height, then bytes

if __name__ == "__main__":
    main()
