"""Draw the hundred-and-sixty-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK3766全部议程.jpg and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 3766 (第1761届, 焦作, 河南理工大学, Saturday 3766-10-25), with
CLK2025's six forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛,
硬件架构与异构计算分论坛, AI 基础设施与 eBPF 应用分论坛), printed as CLK2025's repository
holds an edition: ONE whole-agenda image, here 'CLK3766全部议程.jpg' (JPEG q88, 1242 px
wide), following the organisers' CLK2024 大会全议程.webp closely in NEW colours (a deep
midnight-indigo page, honey titles, rose labels, periwinkle small print): head, introduction
box, '大会议程' plate, forum headings, timeline rows, tea and lunch bars, the foot with
sponsors, QR code and a skyline.  主论坛 runs across the page; the afternoon forums stand TWO
SIDE BY SIDE in columns (01 | 02, then 03 | 04), each column with its own heading, host, time
line and closing rule; the last forum (05) stands alone, across the page.

Started as a copy of posters-blind-157/draw.py (which started as a copy of set 147's, which has
its helpers from set 139, it from set 112, and it from sets 106, 104, 79, 66, 65, 62 and 59);
see README.md for what was kept, changed and new.
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
# CLK 3766 (第1761届), 焦作, 河南理工大学, Saturday 3766-10-25.  主论坛 in the morning (09:00-13:30, lunch included),
# the five other forums in parallel in the afternoon from 13:30.
EDITION = "CLK 3766"
YEAR = "3766"
NTH = "第1761届中国"
DATE = "3766-10-25"
DATE_PRINTED = "3766年10月25日"
CITY = "焦作"
SCHOOL = "河南理工大学"
SCHOOL_UNIT = "计算机科学与技术学院"
SCHOOL_EN = ["School of Computer Science and Technology,", "Henan Polytechnic University"]  # two lines
SCHOOL_MARK = "HENAN POLYTECHNIC UNIVERSITY"
HALL = "河南理工大学 学术交流中心一号报告厅"  # printed over two lines, broken at the space
FULL_FN = "CLK3766全部议程.jpg"


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces); a '|' marks
    where a line too long for its column runs on (never printed)."""
    return S(name, None, None, None, line=line)


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


H0, H1, H2, H3, H4, H5 = "孙立勋", "王钧逸", "马立新", "陈国梁", "胡昌晟", "李蔓菁"
FORUMS = [
    ("主论坛", (H0, "河南理工大学计算机科学与技术学院院长、教授"), [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:20", "嘉宾致辞", [P("张广庆", "河南理工大学副校长")], H0),
        T("09:20", "09:50", "从邮件列表到 b4：内核社区协作方式的演进", [P("王泓毅", "华为操作系统内核首席专家")], H0),
        T("09:50", "10:20", "Keeping Stable Kernels Stable: Regression Tracking Across Vendor Trees",
          [P("陈奕帆", "阿里云基础软件部资深技术专家")], H0),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "运营商云的内核长期维护：补丁回合与回归测试体系",
          [P("杨明哲", "天翼云操作系统内核负责人"), P("何语桐", "天翼云内核测试工程师")], H0),
        T("11:05", "11:35", "用 Rust 重写一个以太网 PHY 驱动的得与失", [P("林清扬", "中兴通讯操作系统架构师")], H0),
        PANEL("11:35", "12:20", "国产芯片百花齐放，内核上游化怎么走",
              [P("周景行", "浙江大学计算机科学与技术学院副教授"),
               P("李卓远", "龙芯中科系统软件总监"),
               P("黄　蓓", "统信软件内核研发部经理"),
               P("亓海涛", "河南理工大学软件学院副教授"),
               P("吴泽川", "腾讯TencentOS内核负责人")], H0),
        B("12:20", "13:30", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "河南理工大学计算机科学与技术学院副院长"), [
        T("13:30", "13:55", "cgroup v2 内存保护参数 memory.min 的误用与排查", [P("郑宇澄", "快手内核研发工程师")], H1),
        T("13:55", "14:20", "Shrinking the Page Cache Footprint of Short-Lived Containers",
          [P("徐安然", "字节跳动内核工程师")], H1),
        T("14:20", "14:45", "内存气球驱动在超售宿主机上的回收效率",
          [P("曹文杰", "京东云内核工程师"), P("梁　韵", "京东云系统工程师")], H1),
        T("14:45", "15:10", "1GB 大页预留对启动时间的影响与按需分配", [P("宋峻熙", "华为云虚拟化内核工程师")], H1),
        T("15:10", "15:35", "KFENCE 在生产环境中的采样策略与内存错误定位", [P("张　澍", "美团基础研发平台内核工程师")], H1),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "内存分层场景下页迁移开销的测量方法", [P("田书瑶", "浪潮信息系统软件工程师")], H1),
        T("16:15", "16:40", "kswapd 与直接回收的交互：手机卡顿归因实践", [P("罗嘉懿", "荣耀终端性能优化工程师")], H1),
        T("16:40", "17:05", "percpu 分配器的碎片问题与优化思路", [P("李修远", "中国科学院软件研究所|基础软件中心助理研究员")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "郑州大学计算机与人工智能学院教授"), [
        T("13:30", "14:00", "XFS 在线缩容功能的现状与限制", [P("彭嘉述", "长江存储系统软件工程师")], H2),
        T("14:00", "14:30", "Btrfs 在边缘网关设备上的快照与回滚实践", [P("董思齐", "新华三操作系统工程师")], H2),
        T("14:30", "15:00", "NFS nconnect 多连接在渲染农场中的调优",
          [P("潘志鹏", "曙光信息存储研发工程师"), P("王晓曼", "曙光信息高性能计算工程师")], H2),
        T("15:00", "15:30", "Scaling io_uring Passthrough for NVMe Flexible Data Placement",
          [P("赵岩松", "三星半导体软件工程师")], H2),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "FUSE 在 Android 媒体存储中的页缓存一致性问题", [P("蒋若溪", "OPPO存储内核工程师")], H2),
        T("16:20", "16:50", "ext4 日志提交线程在高并发 fsync 下的瓶颈", [P("许博涵", "PingCAP 数据库内核工程师")], H2),
        T("16:50", "17:20", "iocost 模型参数的自动标定工具",
          [P("刘晨阳", "蚂蚁集团存储内核工程师"), P("冯　蕾", "蚂蚁集团SRE工程师")], H2),
        T("17:20", "17:50", "dm-crypt 借助 ARM64 硬件加速的性能优化", [P("叶崇川", "飞腾信息技术系统软件工程师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "中国科学院计算技术研究所副研究员"), [
        T("13:30", "13:50", "基于 sched_ext 的 NUMA 亲和调度实验", [P("杨　骞", "vivo内核调度工程师")], H3),
        T("13:50", "14:10", "SMT 开还是关：云主机上的安全与性能账本", [P("韩绍琦", "腾讯云虚拟化工程师")], H3),
        T("14:10", "14:30", "Making Boot-Time Tracing Useful on Embedded Boards",
          [P("Florian Brandl", "Linaro 内核工程师")], H3),
        T("14:30", "14:50", "KMSAN 未初始化内存检测的实战记录", [P("余　珩", "紫光展锐驱动工程师")], H3),
        T("14:50", "15:20", "rt-mutex 优先级继承在音频实时线程中的实测",
          [P("黄世衡", "小米音频系统工程师"), P("李可欣", "小米内核工程师")], H3),
        B("15:20", "15:35", "茶歇"),
        T("15:35", "15:55", "用 BPF 迭代器低开销地采集调度统计", [P("蔡俊杰", "哔哩哔哩系统工程师")], H3),
        T("15:55", "16:15", "CPU 隔离在低延迟行情系统中的踩坑记录", [P("高文韬", "华泰证券系统架构师")], H3),
        T("16:15", "16:35", "uclamp 在移动终端上的功耗与性能权衡", [P("吴梓涵", "OPPO功耗优化工程师")], H3),
        T("16:35", "17:00", "内核 Oops 日志的自动归类与去重平台", [P("訾国伟", "统信软件内核测试工程师")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "河南理工大学计算机科学与技术学院副教授"), [
        T("13:30", "14:00", "Arm64 Permission Overlay Extension 的内核支持", [P("张澄远", "安谋科技内核工程师")], H4),
        T("14:00", "14:30", "RISC-V Svnapot 扩展与 Linux 大页映射", [P("朱逸飞", "平头哥半导体系统软件工程师")], H4),
        T("14:30", "14:50", "龙架构多核系统上的 qspinlock 性能调优", [P("曾凡宇", "龙芯中科内核工程师")], H4),
        T("14:50", "15:20", "Chiplet-Aware Topology and Cache Partitioning on Server SoCs",
          [P("王　栩", "海光信息系统软件专家")], H4),
        B("15:20", "15:40", "茶歇"),
        T("15:40", "16:10", "NPU 设备共享虚拟地址 (SVA) 的内核支持", [P("苏明轩", "华为昇腾驱动工程师")], H4),
        T("16:10", "16:40", "TDX 客户机内核的 unaccepted memory 处理", [P("袁嘉树", "英特尔软件工程师")], H4),
        T("16:40", "17:10", "海光 DCU 驱动的 HMM 统一寻址实践",
          [P("郭子谦", "海光信息DCU驱动工程师"), P("王素筠", "海光信息异构计算工程师")], H4),
        T("17:10", "17:30", "FPGA 加速卡 VFIO 直通与热复位问题", [P("肖天宇", "锐捷网络驱动工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "河南理工大学人工智能学院副教授"), [
        T("13:30", "14:00", "推理服务中透明大页对首 token 延迟的影响", [P("张楚涵", "百度智能云AI平台工程师")], H5),
        T("14:00", "14:30", "Using BPF to Shape Collective Communication Traffic",
          [P("邓浩宇", "阿里云网络研发工程师"), P("杜　蘅", "阿里云智能计算工程师")], H5),
        T("14:30", "15:00", "eBPF 观测 socket 缓冲区压力的轻量方案", [P("陈明轩", "网易数帆云原生工程师")], H5),
        T("15:00", "15:30", "bpf_timer 在网络限速中的应用", [P("魏知远", "字节跳动网络内核工程师")], H5),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "训练任务 checkpoint 写入对页缓存的冲击与缓解", [P("李铭洋", "月之暗面基础设施工程师")], H5),
        T("16:15", "16:45", "BPF 程序 CO-RE 兼容性的回归测试体系",
          [P("程子越", "奇安信内核安全工程师"), P("刘　璐", "奇安信安全研究员")], H5),
        T("16:45", "17:15", "用 eBPF 观测 DNS 解析延迟", [P("唐亦衡", "携程云原生工程师")], H5),
        T("17:15", "17:45", "RDMA 网卡驱动的 NUMA 感知内存注册优化", [P("刘　岩", "中国移动云能力中心网络工程师")], H5),
    ]),
]

SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]
PAIRS = [(1, 2), (3, 4)]  # the afternoon forums set side by side (left, right); 5 stands alone across the page

SPONSORS = ["河南理工大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "海光信息", "OPPO", "vivo", "小米", "龙芯中科",
            "麒麟软件", "统信软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "河南省计算机学会", "焦作市科学技术协会", "openKylin"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "Linux中国", "阅码场"]

# names of real speakers and hosts read on the real posters: set 157's list (set 139's, itself set 133's, the union of
# the lists of sets 120 to 123 and 125 to 128), copied; my own strips and crops of CLK2024/大会全议程.webp showed no name
# outside it.  The listings' names and deck titles are checked in check().
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
# the colours: NEW, where the organisers' 2024 whole agenda prints royal blue, cyan and violet: a deep MIDNIGHT-INDIGO
# page (indigo at the head to near-black blue at the foot), HONEY titles, dots, rules and number boxes, ROSE labels,
# periwinkle company-job lines, honey-to-indigo tea and lunch bars
HONEY = (255, 200, 92)
PALE = (196, 200, 244)  # the company-job lines and small print (periwinkle)
ROSE = (255, 130, 178)  # '主持人:' and '嘉　宾:'
LINE = (112, 116, 206)  # the time line
HOLE = (26, 26, 84)  # the hole of a pin
BG0, BG1 = (40, 38, 128), (11, 12, 46)
BOX = (52, 52, 148)  # the introduction's box
NUMBOX = (255, 190, 76)  # the number boxes
DEEP = (22, 20, 76)  # the numerals in the number boxes, the plates' cut corners
RULE_HI, RULE_LO = (255, 220, 140), (44, 44, 140)  # the two ends of the heading and closing rules
BAR_HI, BAR_LO = (232, 152, 56), (52, 50, 150)  # the two ends of a tea or lunch bar
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
    over 'CLK' (set 157's, recoloured in honey, indigo, rose and white)."""
    for r, col, wd in [(s(200), (86, 84, 190), 3), (s(160), (244, 186, 80), 6), (s(118), (255, 226, 170), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - s(240), cy - s(150), cx + s(240), cy + s(150)], 200, 340, fill=(255, 140, 184), width=9)
    d.ellipse([cx - s(78), cy - s(78), cx + s(78), cy + s(78)], fill=(62, 58, 168), outline=(255, 226, 170), width=4)
    ctext(d, cx, cy - s(52), YEAR, font(s(22), True), (255, 236, 196))
    ctext(d, cx, cy - s(30), "CLK", font(s(56), True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + s(230) * math.cos(math.radians(ang)), cy + s(140) * math.sin(math.radians(ang))
        d.ellipse([sx - s(20), sy - s(20), sx + s(20), sy + s(20)], fill=(46, 44, 140), outline=(255, 226, 170),
                  width=3)


def seal(d, x, y, r, fill):
    """The school's round seal (a miner's lamp over an open book inside a ring of dots: a school of mining)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    for k in range(24):  # the ring of dots
        a = math.radians(k * 15)
        px, py = x + (r - 4) * math.cos(a), y + (r - 4) * math.sin(a)
        d.ellipse([px - 1, py - 1, px + 1, py + 1], fill=fill)
    b = r * 0.46  # the open book
    d.polygon([(x - b, y + b * 0.1), (x, y + b * 0.35), (x, y + b * 0.85), (x - b, y + b * 0.6)], outline=fill)
    d.polygon([(x + b, y + b * 0.1), (x, y + b * 0.35), (x, y + b * 0.85), (x + b, y + b * 0.6)], outline=fill)
    lw = r * 0.22  # the miner's lamp with its flame
    d.rounded_rectangle([x - lw, y - b * 0.9, x + lw, y - b * 0.05], radius=3, outline=fill, width=2)
    d.polygon([(x, y - b * 1.45), (x + lw * 0.6, y - b * 1.0), (x - lw * 0.6, y - b * 1.0)], fill=fill)


def ridge(d, base, pts, fill):
    """A mountain ridge (the Taihang cliffs of Yuntai Shan north of Jiaozuo) as a filled polygon down to base."""
    d.polygon([(pts[0][0], base)] + pts + [(pts[-1][0], base)], fill=fill)


def header(im, d):
    """The head: logo lines, the school with its college and English name, the slanted edition title, a dashed
    rule, the ring, the date pill with a pin, the address ('地址:' inline, the hall over two lines, as the 2024
    whole agenda prints it), faint cliffs with a waterfall and towers behind."""
    rnd = random.Random(37661)
    pts = [(0, s(900)), (s(60), s(880)), (s(70), s(940)), (s(170), s(930)), (s(185), s(860)), (s(300), s(850)),
           (s(310), s(930)), (s(420), s(915)), (s(430), s(880)), (s(530), s(875)), (s(545), s(985)), (s(620), s(1090))]
    ridge(d, s(1090), pts, (44, 42, 130))
    d.line([(s(186), s(862)), (s(186), s(1090))], fill=(92, 96, 196), width=3)  # the waterfall down the cliff
    for i in range(8):  # faint towers in front of the cliffs, as the 2024 head shows its city
        hx = s(40 + i * 58)
        top = s(995 - (i * 47) % 110)
        d.rectangle([hx, top, hx + s(36), s(1080)], outline=(74, 76, 172), width=2)
        for wy in range(top + 14, s(1070), 26):
            d.line([(hx + 8, wy), (hx + s(36) - 8, wy)], fill=(62, 62, 156), width=2)
    logo_lines(d, s(60), s(56), WHITE, HONEY, 1.15 * K)
    seal(d, s(652), s(84), s(32), WHITE)
    d.text((s(700), s(44)), SCHOOL, font=font(s(32), True, serif=True), fill=WHITE)
    d.text((s(700), s(90)), SCHOOL_UNIT, font=font(s(22), True), fill=WHITE)
    ef = font(s(10))
    for i, ln in enumerate(SCHOOL_EN):
        d.text((s(700), s(120) + i * s(14)), fits(d, ln, ef, W - s(700) - 30), font=ef, fill=PALE)
    for _ in range(70):  # particles over the head
        px, py = rnd.randrange(s(560), W - 20), rnd.randrange(s(160), s(520))
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(226, 226, 255))
    ring_graphic(d, s(820), s(700))
    slant_text(im, s(70), s(262), NTH, font(s(92), True), WHITE, 0.16)
    slant_text(im, s(70), s(384), "Linux内核开发者大会", font(s(88), True), (255, 238, 200), 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(s(90 + i * 18), s(530)), (s(100 + i * 18), s(530))], fill=HONEY, width=5)
    d.line([(s(560), s(530)), (s(640), s(510))], fill=HONEY, width=3)
    pf = font(s(34), True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + s(100)
    x0, y0, x1, y1 = s(80), s(630), s(80) + pw, s(698)
    c = s(14)
    d.polygon([(x0 + c, y0), (x1, y0), (x1, y1 - c), (x1 - c, y1), (x0, y1), (x0, y0 + c)], fill=(60, 58, 166),
              outline=HONEY, width=3)
    d.line([(x0 + s(120), y0 - 5), (x1 - s(120), y0 - 5)], fill=HONEY, width=5)
    d.line([(x0 + s(120), y1 + 5), (x1 - s(120), y1 + 5)], fill=HONEY, width=5)
    d.text((x0 + s(26), y0 + s(10)), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + s(26) + tw(d, DATE_PRINTED, pf) + s(10)
    pin(d, px, y0 + s(18), HONEY, 1.1 * K)
    d.text((px + s(30), y0 + s(10)), CITY, font=pf, fill=WHITE)
    af = font(s(36), True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= s(600) for ln in lines), lines
    y = s(780)
    for ln in lines:
        d.text((s(84), y), ln, font=af, fill=WHITE)
        y += s(56)
    return s(1120)


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)举办至今已第1761届，由清华大学、华为、阿里云、腾讯云、"
         "字节跳动、OPPO、vivo、小米、龙芯中科、海光信息、麒麟软件、统信软件等单位发起，以“自由 协作 创新”为理念，以"
         "开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。每届线下参会人数逾500人，是国内 "
         "Linux 内核领域颇有影响力的峰会之一，诚邀广大 Linux 开发者和爱好者参加本次大会。",
         "本次大会由河南理工大学计算机科学与技术学院承办，openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、openKylin、"
         "河南省计算机学会、焦作市科学技术协会、CSDN 等单位共同支持。"]


def intro_box(d, y):
    """A lighter box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = s(60), W - s(60)
    f = font(s(25))
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - s(150), bx1 - bx0 - s(100)]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * s(48) + s(100)
    d.rectangle([bx0, y, bx1, y + h], fill=BOX, outline=(130, 132, 226), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + s(60) * sx, cy - 6 * sy)], fill=HONEY, width=9)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + s(60) * sy)], fill=HONEY, width=9)
    yy = y + s(50)
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (s(100) if i == 0 else s(50)), yy), ln, font=f, fill=WHITE)
            yy += s(48)
    return y + h


def foot_plate(im, d, y, text):
    """A plate: an amber-to-indigo bar with a cut corner, a streak under it and the word in leaning white type."""
    w, h = s(560), s(90)
    x0 = W / 2 - w / 2
    hgrad(d, x0 - s(110), y + s(54), x0 + s(200), y + s(64), (40, 40, 130), (255, 206, 120))
    hgrad(d, x0, y, x0 + w, y + h, (228, 146, 48), (66, 62, 180))
    d.polygon([(x0 + w - s(30), y), (x0 + w, y), (x0 + w, y + s(30))], fill=BG1)
    d.line([(x0 + w - s(100), y - s(14)), (x0 + w + s(90), y - s(14))], fill=(255, 226, 160), width=7)
    slant_text(im, 0, y + s(8), text, font(s(50), True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


class G:
    """The measures of a run of rows: the range's left edge, the time line, the title column and its right end,
    and the type sizes; FULL is the 2024 whole agenda's x 1.15, a column's are narrowed for half the page."""

    def __init__(self, tx, lx, tt, xr, rf, tf, tp, nf, af, ncol, npitch, apitch, gap, bar, over):
        self.tx, self.lx, self.tt, self.xr = tx, lx, tt, xr
        self.rf, self.tf, self.tp, self.nf, self.af = rf, tf, tp, nf, af
        self.ncol, self.npitch, self.apitch, self.gap, self.bar, self.over = ncol, npitch, apitch, gap, bar, over


FULL = G(s(106), s(336), s(382), s(982), 35, 33, 48, 33, 21, s(105), 49, 28, 40, 60, 40)
COL_W = 560  # a column's width; two of them and a gap of 42 fill the page between margins of 40
COL_X = (40, 40 + COL_W + 42)


def col_g(x0):
    return G(x0 + 6, x0 + 160, x0 + 178, x0 + COL_W, 24, 27, 38, 26, 18, 90, 39, 25, 32, 48, 0)


HEAD_LOG = []  # (forum, heading size, host under?) of every heading painted


def number_box(im, d, x, y, idx, k):
    """The slanted number box '01'..'05' (honey, the numeral in deep indigo) with its white corner stroke."""
    d.polygon([(x + 14 * k, y + 6 * k), (x + 104 * k, y + 6 * k), (x + 90 * k, y + 80 * k), (x, y + 80 * k)],
              fill=NUMBOX, outline=(255, 236, 190), width=2)
    d.line([(x + 2 * k, y - 8 * k), (x + 40 * k, y - 8 * k)], fill=WHITE, width=max(3, round(6 * k)))
    d.line([(x + 2 * k, y - 8 * k), (x - 6 * k, y + 30 * k)], fill=WHITE, width=max(3, round(6 * k)))
    slant_text(im, x + 16 * k, y + 6 * k, "%02d" % idx, font(round(48 * k), True), DEEP, 0.2)
    return x + 132 * k


HEAD_INK = (255, 238, 200)  # the leaning heading type (2024 prints it in a pale cyan; here a pale honey)


def heading_full(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box and the topic and '分论坛' in leaning type; the host at the right with the unit
    under it, or, where the heading leaves no room, on a line of its own under it between two rules (as 2024)."""
    g = FULL
    x = s(70)
    if idx == 0:
        for j in range(2):
            d.polygon([(x + s(j * 30), y + s(22)), (x + s(j * 30 + 26), y + s(44)), (x + s(j * 30), y + s(66))],
                      fill=HONEY)
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
        d.text((hx, y + 4), label, font=hf, fill=ROSE)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=WHITE)
        d.text((hx, y + s(52)), host[1], font=uf, fill=PALE)
        under, y = False, y + s(104)
    else:
        y += s(100)
        lw = hw + s(20) + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - s(130), y + s(22)), (lx - s(20), y + s(22))], fill=PALE, width=2)
        d.line([(lx + lw + s(20), y + s(22)), (lx + lw + s(130), y + s(22))], fill=PALE, width=2)
        d.text((lx, y), label, font=hf, fill=ROSE)
        d.text((lx + tw(d, label, hf) + 8, y), who, font=nf, fill=WHITE)
        d.text((lx + hw + s(20), y + s(10)), host[1], font=uf, fill=PALE)
        under, y = True, y + s(54)
    HEAD_LOG.append((name, size, under))
    hgrad(d, s(70), y, g.xr + s(30), y + s(12), RULE_HI, RULE_LO)
    return y + s(12) + s(56)


def heading_col(im, d, y, idx, name, host, x0):
    """A column's heading: a smaller number box, the topic and '分论坛' apart in leaning type (as large as the column
    allows, at most 40 px), then '主持人: name' and the unit after it on a line of its own, then the rule."""
    x = number_box(im, d, x0 + 8, y + 6, idx, 0.72)
    size = 40
    while tw(d, topic_of(name) + "分论坛", font(size, True)) + 16 + 0.16 * size * 2.9 > x0 + COL_W - x and size > 30:
        size -= 1
    f = font(size, True)
    dy = (40 - size) // 2
    x = slant_text(im, x, y + 8 + dy, topic_of(name), f, HEAD_INK, 0.16)
    slant_text(im, x + 12, y + 8 + dy, "分论坛", f, HEAD_INK, 0.16)
    y += 84
    hf, nf, uf = font(25, True), font(25), font(16)
    label, who = "主持人:", pad(host[0])
    d.text((x0 + 10, y), label, font=hf, fill=ROSE)
    nx = x0 + 10 + tw(d, label, hf) + 6
    d.text((nx, y), who, font=nf, fill=WHITE)
    ux = nx + tw(d, who, nf) + 14
    if ux + tw(d, host[1], uf) <= x0 + COL_W:  # the unit beside the name where it fits, else under it
        d.text((ux, y + 7), host[1], font=uf, fill=PALE)
        y += 46
    else:
        d.text((x0 + 10, y + 38), fits(d, host[1], uf, COL_W - 10), font=uf, fill=PALE)
        y += 70
    HEAD_LOG.append((name, size, True))
    hgrad(d, x0, y, x0 + COL_W, y + 9, RULE_HI, RULE_LO)
    return y + 9 + 40


def aff_lines(d, line, f, maxw):
    """A company-job line on one line where it fits, else broken where the designer marked it with '|' (between
    the company and the job); the mark itself is never printed."""
    if tw(d, line.replace("|", ""), f) <= maxw:
        return [line.replace("|", "")]
    parts = line.split("|")
    assert len(parts) == 2 and all(tw(d, p, f) <= maxw for p in parts), (line, maxw)
    return [parts[0].rstrip(), parts[1].lstrip()]


AFF_WRAPS = {}  # each speaker whose company-job line runs on to a second line: its printed lines


def person_line(d, y, sp, g):
    """One speaker: the (padded) name and the company-job line after it, run on under itself where the column is
    too narrow; a Latin name on its own line with that line under it (as the organisers print a foreign speaker)."""
    nf, af = font(g.nf), font(g.af)
    off = round((g.nf - g.af) * 0.62)
    if latin(sp["name"]):
        d.text((g.tt, y), sp["name"], font=nf, fill=WHITE)
        y += g.npitch - 6
        for ln in aff_lines(d, sp["line"], af, g.xr + g.over - g.tt):
            d.text((g.tt, y), ln, font=af, fill=PALE)
            y += g.apitch
        return y + 8
    name = pad(sp["name"])
    col = max(g.ncol, tw(d, name, nf) + 14)
    d.text((g.tt, y), name, font=nf, fill=WHITE)
    lines = aff_lines(d, sp["line"], af, g.xr + g.over - g.tt - col)
    if len(lines) > 1:
        AFF_WRAPS[sp["name"]] = lines
    yy = y + off
    for ln in lines:
        d.text((g.tt + col, yy), ln, font=af, fill=PALE)
        yy += g.apitch
    return max(y + g.npitch, yy + 6)


WRAPS = {}  # each title's printed lines (the first pass and the real one print the same)


def title_lines(d, text, f, maxw):
    """Greedy, as the organisers' whole agenda breaks its titles (also inside a word, also leaving a short last
    line: the 2024 picture leaves ' swap' alone); only where one Chinese character would stand alone does the
    designer pull the break one character forward (a narrower box), so that two stand on the last line."""
    lines = wrap(d, text, f, maxw)
    m = maxw
    while len(lines) > 1 and len(lines[-1].strip()) < 2:
        m -= 2
        lines = wrap(d, text, f, m)
    return lines


def agenda_row(d, y, s_, g, st):
    """A talk: the range at the left, a dot on the time line, the salmon title (greedy wrap), one line per speaker.
    A round table adds the gold labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars (the range
    and the label); '开场' a row without a speaker."""
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
        d.text((g.tt, y + 1), ln, font=tf, fill=HONEY)
        y += g.tp
    if s_["kind"] == "panel":
        lf = font(g.nf - 4, True)
        for k, group in enumerate((s_["sp"][:1], s_["sp"][1:])):
            y += 6
            d.text((g.tt, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=ROSE)
            y += g.npitch - 4
            for sp in group:
                y = person_line(d, y, sp, g)
    else:
        for sp in s_["sp"]:
            y = person_line(d, y, sp, g)
    st["dots"].append((y0 + g.tf * 0.72, HONEY))
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
    d.rectangle([x, y, x + w, y + h], outline=(232, 232, 255), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + s(50), y + h / 2, s(24), WHITE)
        f = font(s(25), True, serif=True)  # an eight-character name: smaller than a four-character one
        d.text((x + s(86), y + s(16)), fits(d, SCHOOL, f, w - s(96)), font=f, fill=WHITE)
        sf = font(s(8), True)
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
    bw, bh, gx, gy = s(300), s(92), s(40), s(34)
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def headframe(d, cx, base, k, col):
    """A colliery's steel headframe (the school began as a school of mining): two legs, cross braces, a back stay,
    the sheave wheels on top and the winding house at its foot."""
    hw, hh = 34 * k, 230 * k
    d.line([(cx - hw, base), (cx - hw * 0.35, base - hh)], fill=col, width=6)
    d.line([(cx + hw, base), (cx + hw * 0.35, base - hh)], fill=col, width=6)
    for j in range(1, 6):  # the cross braces
        yy = base - hh * j / 6
        f = 1 - 0.65 * j / 6
        d.line([(cx - hw * f, yy), (cx + hw * f, yy)], fill=col, width=3)
        if j < 5:
            f2 = 1 - 0.65 * (j + 1) / 6
            d.line([(cx - hw * f, yy), (cx + hw * f2, base - hh * (j + 1) / 6)], fill=col, width=2)
    d.line([(cx + hw * 0.35, base - hh), (cx + 120 * k, base)], fill=col, width=5)  # the back stay
    for sx in (-12, 12):  # the sheave wheels
        d.ellipse([cx + (sx - 16) * k, base - hh - 30 * k, cx + (sx + 16) * k, base - hh + 2 * k], outline=col, width=4)
    d.rectangle([cx - hw * 0.45, base - hh - 6 * k, cx + hw * 0.45, base - hh + 6 * k], fill=col)
    d.rectangle([cx + 70 * k, base - 60 * k, cx + 170 * k, base], fill=col)  # the winding house
    d.polygon([(cx + 64 * k, base - 60 * k), (cx + 120 * k, base - 86 * k), (cx + 176 * k, base - 60 * k)], fill=col)


def skyline(im, h):
    """The foot: Jiaozuo: the Taihang cliffs of Yuntai Shan with the long waterfall, a colliery headframe (the city's
    and the school's mining past), towers of the new town, the river, the school's name."""
    d = ImageDraw.Draw(im)
    base = h - s(60)
    ridge(d, base, [(0, base - 200), (110, base - 250), (130, base - 330), (300, base - 345), (318, base - 262),
                    (470, base - 250), (490, base - 390), (690, base - 400), (700, base - 300), (860, base - 280),
                    (880, base - 340), (1060, base - 330), (1080, base - 240), (W, base - 260)], (58, 56, 156))
    d.polygon([(580, base - 398), (598, base - 398), (606, base - 40), (572, base - 40)], fill=(104, 108, 214))
    for wx in (584, 590, 596):  # the waterfall off the high cliff: a pale band and brighter strands
        d.line([(wx, base - 396), (wx + (wx - 590) // 2, base - 44)], fill=(190, 196, 252), width=2)
    d.ellipse([548, base - 56, 630, base - 26], fill=(128, 132, 226))  # its spray
    headframe(d, 820, base, 1.0, (86, 86, 188))
    col, win = (36, 36, 116), (150, 156, 236)
    for bx, bw, bh in [(18, 86, 240), (112, 90, 310), (210, 78, 190), (1000, 84, 280), (1092, 130, 215)]:
        d.rectangle([bx, base - bh, bx + bw, base], fill=col)
        for wy in range(base - bh + 16, base - 20, 28):
            for wx in range(bx + 12, bx + bw - 14, 22):
                d.rectangle([wx, wy, wx + 9, wy + 13], fill=win)
    d.rectangle([0, base, W, h], fill=(46, 44, 140))
    for i in range(0, W, 60):  # the river's ripples
        d.line([(i, base + 14), (i + 30, base + 14)], fill=(96, 98, 200), width=2)
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
    qrcode(d, W / 2 - s(144), y + s(36), s(288), 3766)
    y += s(410)
    slant_text(im, 0, y, "扫码报名", font(s(62), True), WHITE, 0.18, cx=W / 2)
    y += s(116)
    ctext(d, W / 2, y, "300份现场礼品，先到先得", font(s(29)), WHITE)
    ctext(d, W / 2, y + s(50), "活动解释权归主办方所有", font(s(29)), WHITE)
    y += s(140)
    slant_text(im, 0, y, "相聚太行焦作 · 同探 Linux 内核之美", font(s(48), True), (255, 226, 150), 0.18, cx=W / 2)
    return int(y + s(560))


def background(w, h):
    """A deep midnight-indigo page (indigo at the head to near-black blue), a lighter foot, honey, rose and violet
    glows and faint streaks, where the organisers print their flat royal blue."""
    im = vgrad(w, h, BG0, BG1)
    foot = vgrad(w, s(900), BG1, (40, 40, 128))
    im.paste(foot, (0, h - s(900)))
    im = glow(im, s(820), s(700), s(420), (255, 176, 80), 0.20)
    im = glow(im, s(100), s(1300), s(320), (200, 90, 200), 0.14)
    for k, yy in enumerate(range(3000, h - 1000, 2400)):
        im = glow(im, W - 40 if k % 2 else 40, yy, s(380), (110, 100, 230), 0.10)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks behind the ring
        d.line([(s(520 + i * 80), 0), (W, s(300 - i * 38))], fill=(66, 64, 168), width=2)
    rnd = random.Random(3766)
    for _ in range(14):  # thin light streaks down the page's edges
        sy = rnd.randrange(1800, h - 1800)
        sx = rnd.choice((rnd.randrange(0, 24), rnd.randrange(W - 64, W - 40)))
        d.line([(sx, sy), (sx + 36, sy - 90)], fill=(50, 50, 150), width=2)
    skyline(im, h)
    return grain(im, 3766, 0.010)


PAINT_LOG = {}
STATS = {}


def paint_full(im, d):
    del HEAD_LOG[:]
    AFF_WRAPS.clear()
    WRAPS.clear()
    ends = {}
    y = header(im, d)
    y = intro_box(d, y) + s(100)
    y = foot_plate(im, d, y, "大会议程") + s(110)
    name, host, slots = FORUMS[0]
    y = heading_full(im, d, y, 0, name, host)
    y = forum_rows(d, y, slots, FULL, (s(70), FULL.xr + s(30))) + 130
    for a, b in PAIRS:
        tops = []
        for idx, x0 in zip((a, b), COL_X):
            name, host, slots = FORUMS[idx]
            tops.append(heading_col(im, d, y, idx, name, host, x0))
        top = max(tops)
        for idx, x0 in zip((a, b), COL_X):
            ends[idx] = forum_rows(d, top, FORUMS[idx][2], col_g(x0), (x0, x0 + COL_W))
        y = max(ends[a], ends[b]) + 120
    name, host, slots = FORUMS[5]
    y = heading_full(im, d, y, 5, name, host)
    y = forum_rows(d, y, slots, FULL, (s(70), FULL.xr + s(30))) + 140
    PAINT_LOG["ends"] = ends
    return footer(im, d, y)


# ===========================================================================
def truth_slot2(s_):
    """A slot as truth.json gives it: titles as printed; names without spaces and padding; each speaker's
    company-job line exactly as typed (a line run on under itself is the one unbroken line); host null for
    breaks."""
    return {"kind": s_["kind"], "start": s_["start"], "end": s_["end"], "title": s_["title"],
            "speakers": [plain(sp["name"]) for sp in s_["sp"]],
            "affiliations": [sp["line"].replace("|", "") for sp in s_["sp"]],
            "host": s_["host"] and plain(s_["host"])}


def padded_names():
    """Every name printed with the ideographic space of a two-character name, in printed order."""
    out = []
    for _, host, slots in FORUMS:
        for n in [host[0]] + [sp["name"] for s_ in slots for sp in s_["sp"]]:
            if "\u3000" in pad(n) and pad(n) not in out:
                out.append(pad(n))
    return out


NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -147, -157): speakers are names as printed with spaces "
    "and the padding of two-character names removed (%s; the Latin name 'Florian Brandl' -> 'FlorianBrandl'); host is "
    "the chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; "
    "break titles are as printed; an opening speech printed with a speaker ('嘉宾致辞', 张广庆) is a talk; '开场' (printed "
    "in the title column without a speaker), '茶歇' and '午餐' are breaks; '午餐' (12:20-13:30) closes 主论坛. ONE invented "
    "edition, CLK 3766 (第1761届, 焦作, host school 河南理工大学 with its 计算机科学与技术学院 and an English line over two "
    "lines at the top right, Saturday 3766-10-25), with CLK2025's six forum folder names without their numbers, in folder "
    "order (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 "
    "eBPF 应用分论坛' with its spaces), printed as CLK2025's repository holds an edition: ONE whole-agenda image, here "
    "'CLK3766全部议程.jpg' (JPEG q88, 1242 px wide), so this file has ONE entry holding the six forums in printed order and "
    "every talk is listed once. 主论坛 runs in the morning, the five others in parallel from 13:30; every forum's date is "
    "the edition's. The head (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school's seal, name, college "
    "and English lines, '第1761届中国' / 'Linux内核开发者大会', the ring '3766' / 'CLK', the date pill '3766年10月25日' + pin "
    "+ '焦作', '地址:' and the hall over two lines), the framed introduction (two paragraphs naming companies and "
    "communities, no forum), '大会议程' on a plate and the foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the QR "
    "code, '扫码报名', two caption lines, the slogan '相聚太行焦作 · 同探 Linux 内核之美', the school's name under the "
    "skyline) are never part of a name, a title or a slot. NEW COLOURS: a deep MIDNIGHT-INDIGO page (indigo at the head to "
    "near-black blue at the foot) where the organisers print royal blue, HONEY titles, dots, number boxes and marks where "
    "they print cyan, ROSE labels ('主持人:', '嘉　宾:') where they print violet, periwinkle company-job lines, "
    "amber-to-indigo tea and lunch bars. LAYOUT: 主论坛 ACROSS THE PAGE; then the afternoon forums TWO SIDE BY SIDE in "
    "columns of 560 px with a gap of 42 (01 内存管理与优化 left | 02 文件系统与存储 right, then 03 调度、性能与调试 left | 04 "
    "硬件架构与异构计算 right), each column ONE forum from its heading to its own closing rule, with its own time line: "
    "nothing in one column belongs to the forum of the other, whatever stands level with it (01 runs 25-minute talks, 02 "
    "30-minute talks, 03 20-minute talks with one of 30 and a last one of 25, 04 mixes 30 and 20 minutes; the tea breaks "
    "are 15:35-15:50 in 01, 15:30-15:50 in 02, 15:20-15:35 in 03 and 15:20-15:40 in 04, so each pair's rows and bars stand "
    "at different heights; the columns end at 17:05 | 17:50 and 17:00 | 17:30); the fifth forum, 05 AI 基础设施与 eBPF "
    "应用, ALONE ACROSS THE PAGE (the odd one out of five; tea 15:30-15:45, end 17:45). HEADINGS: '▶▶ 主论坛' or a slanted "
    "number box '01'..'05' followed by the forum's TOPIC and '分论坛' set APART with a gap, as the organisers' 2024 whole "
    "agenda sets them ('内存管理与优化  分论坛'): the forum is CLK2025's name, the gap and the numbers no part of it. The "
    "host is the name after the rose '主持人:' (ASCII colon, as 2024 types it): at the RIGHT of 主论坛's heading with the "
    "unit under it; for 05, on a line of its own under the heading between two short rules with the unit beside it; in a "
    "column, on a line of its own under the column's heading with the unit beside the name. The unit is no affiliation "
    "(also '郑州大学计算机与人工智能学院教授' for 马立新 and '中国科学院计算技术研究所副研究员' for 陈国梁, the two hosts from "
    "outside the host school). ROWS (across the page and in the columns alike, the columns in smaller type): the range at "
    "the left ('13:30-13:55'), a dot on a vertical time line, the HONEY title, then ONE LINE PER SPEAKER: the padded name "
    "and, after it, the company-job line in small type, given EXACTLY as printed, typed as the designer typed it (mostly "
    "without a space between company and job: '华为操作系统内核首席专家', '腾讯TencentOS内核负责人', "
    "'百度智能云AI平台工程师', '海光信息DCU驱动工程师', 'vivo内核调度工程师', 'OPPO功耗优化工程师'; with a space after some "
    "Latin words: 'PingCAP 数据库内核工程师', 'Linaro 内核工程师'). The one LATIN name stands on its own line with its "
    "company-job line UNDER it ('Florian Brandl' / 'Linaro 内核工程师', in 03). One company-job line too long for its "
    "column RUNS ON to a second line under itself, broken between the institute and the centre: '中国科学院软件研究所' / "
    "'基础软件中心助理研究员' (李修远, 01); it is ONE affiliation, joined without a space "
    "('中国科学院软件研究所基础软件中心助理研究员'). TITLES wrap greedily in their measure, as the organisers' whole agenda "
    "breaks them, also inside a word ('1GB 大页预留对启动时间的影' / '响与按需分配', '海光 DCU 驱动的 HMM 统一寻' / '址实践', "
    "'运营商云的内核长期维护：补丁回合与回归测' / '试体系'), except that a single Chinese character is never left alone on a "
    "line; in the columns nearly every title runs over two lines, three English ones over THREE ('Shrinking the Page "
    "Cache' / 'Footprint of Short-Lived' / 'Containers', 'Scaling io_uring' / 'Passthrough for NVMe' / 'Flexible Data "
    "Placement', 'Chiplet-Aware Topology and' / 'Cache Partitioning on Server' / 'SoCs'); six of 05's eight titles and "
    "three of 主论坛's six stand on one line. A title over several lines is ONE title, given as the designer typed it: a "
    "space between Latin words and around Latin words where typed, none inside Chinese text; a hyphenated word "
    "('Short-Lived', 'Boot-Time', 'Chiplet-Aware', 'rt-mutex', 'dm-crypt') is never split. TWO SPEAKERS of one talk are "
    "two lines, the SECOND SPEAKER ON A LINE OF ITS OWN under the first, each with his own company-job line, given top then "
    "bottom: 杨明哲 and 何语桐 (天翼云, 主论坛), 曹文杰 and 梁韵 (京东云, 01), 潘志鹏 and 王晓曼 (曙光信息, 02), 刘晨阳 and 冯蕾 "
    "(蚂蚁集团, 02), 黄世衡 and 李可欣 (小米, 03), 郭子谦 and 王素筠 (海光信息, 04), 邓浩宇 and 杜蘅 (阿里云, 05), 程子越 and "
    "刘璐 (奇安信, 05). The ROUND TABLE (主论坛, 11:35-12:20, kind 'panel') is one row '圆桌论坛:国产芯片百花齐放，内核上游化"
    "怎么走' (over two lines, '…怎' / '么走'; the label '圆桌论坛:' kept in the title with its ASCII colon, as the real 2024 "
    "whole agenda prints its round table, and the full-width comma as typed), a rose '主持人:' line over the moderator's "
    "line and a rose '嘉　宾:' line over four guests' lines; its speakers are the moderator and then the guests in printed "
    "order (周景行; 李卓远, 黄蓓, 亓海涛, 吴泽川), its affiliations their printed lines; the labels are no part of a name, and "
    "the moderator is a SPEAKER, not the forum's host (孙立勋), although the label over the moderator reads '主持人:' like "
    "the host's. '开场' (09:00-09:10) is a row without a speaker. '茶歇' and '午餐' are bars holding the range, a dot and the "
    "label only (in a column the bar is the column's width): 茶歇 10:20-10:35 in 主论坛; 午餐 12:20-13:30. Every afternoon "
    "forum ends with a talk. ENGLISH-ONLY titles (six, one per forum): 'Keeping Stable Kernels Stable: Regression "
    "Tracking Across Vendor Trees' (主论坛, a Chinese speaker, two lines), 'Shrinking the Page Cache Footprint of "
    "Short-Lived Containers' (01, three lines), 'Scaling io_uring Passthrough for NVMe Flexible Data Placement' (02, three "
    "lines), 'Making Boot-Time Tracing Useful on Embedded Boards' (03, Florian Brandl, two lines), 'Chiplet-Aware Topology "
    "and Cache Partitioning on Server SoCs' (04, three lines), 'Using BPF to Shape Collective Communication Traffic' (05, "
    "two speakers, two lines). SURNAMES in the proportions of a real Chinese kernel conference: of 64 Chinese names 王 5, "
    "李 5, 张 4, 刘 3, 陈 3 (20, about 31 %%), 杨, 黄, 吴 2 each, the other fifteen of the brief's list once each, 24 other "
    "common surnames once each, and two rare ones: 亓 (亓海涛, a guest of the round table) and 訾 (訾国伟, 03). No person "
    "is printed twice." % "; ".join("'%s' -> '%s'" % (n, plain(n)) for n in padded_names())
)


def layout(size):
    return ("%s (第1761届), 焦作, %s (JPEG q88, %d x %d): THE WHOLE AGENDA in the family of the organisers' CLK2024 "
            "大会全议程.webp in NEW colours (a deep midnight-indigo page, honey titles, rose labels, periwinkle "
            "company-job lines): the head, a framed introduction, '大会议程' on a plate, then 主论坛 ACROSS the page "
            "('▶▶ 主论坛', host at the right), the afternoon forums 01 | 02 and 03 | 04 TWO SIDE BY SIDE in columns (a "
            "small number box, the topic and '分论坛' apart, the host and his unit on a line under it, a rule; rows in "
            "smaller type with their own time line; each column closed by its own rule), and 05 alone ACROSS the page "
            "(host under the heading between rules); each talk a row: range, dot on a time line, honey title (greedy "
            "wrap; most column titles over two lines, three over three), one line per speaker 'padded name  "
            "company-job' (a second speaker on a line of his own; the Latin name on its own line with the company-job "
            "line under it; one long company-job line runs on under itself); the round table with rose '主持人:' and "
            "'嘉　宾:' lines; 茶歇 and 午餐 as bars; the foot with sponsors, supporters, media, a QR code and Jiaozuo's "
            "skyline (the Yuntai Shan cliffs with a waterfall, a colliery headframe, towers by the river). 6 + 8 + 8 + 9 "
            "+ 8 + 8 = 47 scored talks (the round table and the opening speech among them)." % ((EDITION, DATE) + size))


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104 and 106)."""
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


# the surnames as printed, in the proportions of a real Chinese kernel conference: the five commonest (王 李 张 刘 陈)
# about a third, then the other fifteen of the brief's list, one each of twenty-four other common surnames, and two rare
# ones (亓 and 訾, both met in Henan and Shandong)
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
SURNAMES = {"王": 5, "李": 5, "张": 4, "刘": 3, "陈": 3, "杨": 2, "黄": 2, "吴": 2,
            "赵": 1, "周": 1, "徐": 1, "孙": 1, "马": 1, "胡": 1, "朱": 1, "郭": 1, "何": 1, "罗": 1, "高": 1, "林": 1,
            "郑": 1, "曹": 1, "梁": 1, "宋": 1, "田": 1, "彭": 1, "董": 1, "潘": 1, "蒋": 1, "许": 1, "冯": 1, "叶": 1,
            "韩": 1, "余": 1, "蔡": 1, "曾": 1, "苏": 1, "袁": 1, "肖": 1, "邓": 1, "杜": 1, "魏": 1, "程": 1, "唐": 1,
            "亓": 1, "訾": 1}
UNCOMMON = ("亓", "訾")
COMPOUND = ()


def surname(name):
    return name[:2] if name[:2] in COMPOUND else name[0]


def people_of():
    out = []
    for _, host, slots in FORUMS:
        out.append(plain(host[0]))
        out += [plain(sp["name"]) for s_ in slots for sp in s_["sp"]]
    return out


def check(poster):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; the surname counts."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == SIX
    people = people_of()
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    real = listing_words()
    titles = [s_["title"] for f in FORUMS for s_ in f[2] if s_["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in people + [t for t in titles if t != "嘉宾致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    chinese = [p for p in people if not latin(p)]
    counts = {}
    for p in chinese:
        counts[surname(p)] = counts.get(surname(p), 0) + 1
    assert counts == SURNAMES, sorted(counts.items(), key=lambda kv: -kv[1])
    top5 = sum(counts[c] for c in TOP20[:5])
    top20 = sum(counts.get(c, 0) for c in TOP20)
    assert 0.28 <= top5 / len(chinese) <= 0.36 and len(chinese) == 64, (top5, len(chinese))
    assert 0.55 <= top20 / len(chinese) <= 0.70 and all(c in counts for c in TOP20), top20
    assert sum(counts[c] for c in UNCOMMON) == 2
    for _, _, slots in FORUMS:  # two-character names are padded as printed, no other
        for s_ in slots:
            for sp in s_["sp"]:
                n = plain(sp["name"])
                assert latin(n) or (len(n) == 2) == ("\u3000" in sp["name"]), sp["name"]
    assert [f["forum"] for f in poster["forums"]] == SIX
    for f, (_, host, slots) in zip(poster["forums"], FORUMS):
        assert f["date"] == DATE
        ends = [(s_["start"], s_["end"]) for s_ in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        for s_ in f["slots"]:
            assert (s_["host"] is None) == (s_["kind"] == "break")
            assert s_["host"] is None or s_["host"] == plain(host[0])
            assert re.match(r"^\d\d:\d\d$", s_["start"]) and re.match(r"^\d\d:\d\d$", s_["end"])
            assert s_["start"] < s_["end"]
            assert len(s_["affiliations"]) == len(s_["speakers"])
    slots = [s_ for f in FORUMS for s_ in f[2]]
    assert [s_["kind"] for s_ in slots].count("panel") == 1
    assert [len(s_["sp"]) for s_ in slots if s_["kind"] == "panel"] == [5]
    assert sum(1 for s_ in slots if s_["kind"] == "talk" and len(s_["sp"]) == 2) == 8
    assert all(len(s_["sp"]) <= 2 for s_ in slots if s_["kind"] == "talk")
    assert sum(1 for s_ in slots if s_["kind"] == "talk" and s_["title"].isascii()) == 6
    assert all(sum(1 for s_ in f[2] if s_["kind"] == "talk" and s_["title"].isascii()) == 1 for f in FORUMS)
    assert sum(1 for s_ in slots for sp in s_["sp"] if latin(sp["name"])) == 1
    assert all(sum(1 for s_ in f[2] if s_["title"] == "茶歇") == 1 for f in FORUMS)
    assert FORUMS[0][2][0]["title"] == "开场" and FORUMS[0][2][1]["title"] == "嘉宾致辞"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "13:30"
    assert all(f[2][0]["start"] == "13:30" for f in FORUMS[1:])
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    return len(titles)


def main():
    im = two_pass(W, paint_full, background)
    path = os.path.join(HERE, FULL_FN)
    assert im.size[0] == W
    im.save(path, "JPEG", quality=88)
    size = os.path.getsize(path)
    print(FULL_FN, "%d x %d" % im.size, size)
    poster = {"file": FULL_FN, "layout": layout(im.size), "date": DATE,
              "forums": [{"forum": name, "date": DATE, "slots": [truth_slot2(s_) for s_ in slots]}
                         for name, _, slots in FORUMS]}
    n = check(poster)
    print("scored talks", n)
    assert 42 <= n <= 55, n
    print("headings:", HEAD_LOG)
    print("column ends:", PAINT_LOG["ends"])
    for t, ls in WRAPS.items():
        if len(ls) > 1:
            print("  ", " / ".join(ls))
    print("company lines run on:", AFF_WRAPS)
    nlines = {t: len(ls) for t, ls in WRAPS.items()}
    assert [t for t, n_ in nlines.items() if n_ > 1] == WRAPPED, [t for t, n_ in nlines.items() if n_ > 1]
    assert [t for t, n_ in nlines.items() if n_ >= 3] == THREE_LINES, nlines
    assert all(n_ <= 3 for n_ in nlines.values())
    assert all(len(ls[-1].strip()) >= 2 for ls in WRAPS.values()), WRAPS
    assert AFF_WRAPS == {"李修远": ["中国科学院软件研究所", "基础软件中心助理研究员"]}, AFF_WRAPS
    assert [u for _, _, u in HEAD_LOG] == [False, True, True, True, True, True], HEAD_LOG
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ["17:05", "17:50", "17:00", "17:30", "17:45"]
    assert [[rng(s_) for s_ in f[2] if s_["title"] == "茶歇"][0] for f in FORUMS] == ["10:20-10:35", "15:35-15:50", "15:30-15:50", "15:20-15:35", "15:20-15:40",
                                 "15:30-15:45"]
    assert 12000 <= im.size[1] <= 16000 and 1_500_000 <= size <= 3_500_000, (im.size, size)
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


WRAPPED = [  # every title printed over more than one line, in printed order (all others stand on one)
    "Keeping Stable Kernels Stable: Regression Tracking Across Vendor Trees",
    "运营商云的内核长期维护：补丁回合与回归测试体系",
    "圆桌论坛:国产芯片百花齐放，内核上游化怎么走",
    "cgroup v2 内存保护参数 memory.min 的误用与排查",
    "Shrinking the Page Cache Footprint of Short-Lived Containers",
    "内存气球驱动在超售宿主机上的回收效率",
    "1GB 大页预留对启动时间的影响与按需分配",
    "KFENCE 在生产环境中的采样策略与内存错误定位",
    "内存分层场景下页迁移开销的测量方法",
    "kswapd 与直接回收的交互：手机卡顿归因实践",
    "percpu 分配器的碎片问题与优化思路",
    "Btrfs 在边缘网关设备上的快照与回滚实践",
    "NFS nconnect 多连接在渲染农场中的调优",
    "Scaling io_uring Passthrough for NVMe Flexible Data Placement",
    "FUSE 在 Android 媒体存储中的页缓存一致性问题",
    "ext4 日志提交线程在高并发 fsync 下的瓶颈",
    "iocost 模型参数的自动标定工具",
    "dm-crypt 借助 ARM64 硬件加速的性能优化",
    "基于 sched_ext 的 NUMA 亲和调度实验",
    "SMT 开还是关：云主机上的安全与性能账本",
    "Making Boot-Time Tracing Useful on Embedded Boards",
    "KMSAN 未初始化内存检测的实战记录",
    "rt-mutex 优先级继承在音频实时线程中的实测",
    "用 BPF 迭代器低开销地采集调度统计",
    "CPU 隔离在低延迟行情系统中的踩坑记录",
    "uclamp 在移动终端上的功耗与性能权衡",
    "内核 Oops 日志的自动归类与去重平台",
    "Arm64 Permission Overlay Extension 的内核支持",
    "RISC-V Svnapot 扩展与 Linux 大页映射",
    "龙架构多核系统上的 qspinlock 性能调优",
    "Chiplet-Aware Topology and Cache Partitioning on Server SoCs",
    "NPU 设备共享虚拟地址 (SVA) 的内核支持",
    "TDX 客户机内核的 unaccepted memory 处理",
    "海光 DCU 驱动的 HMM 统一寻址实践",
    "FPGA 加速卡 VFIO 直通与热复位问题",
    "Using BPF to Shape Collective Communication Traffic",
    "训练任务 checkpoint 写入对页缓存的冲击与缓解",
]
THREE_LINES = ["Shrinking the Page Cache Footprint of Short-Lived Containers",
               "Scaling io_uring Passthrough for NVMe Flexible Data Placement",
               "Chiplet-Aware Topology and Cache Partitioning on Server SoCs"]

if __name__ == "__main__":
    main()
