"""Draw the two-hundred-and-twenty-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the Android screenshots Screenshot_92221019-213604.png ... and truth.json next to
this file.  Every string printed on the pictures comes from the data below, so truth.json and the pictures cannot
drift apart.  Randomness only from seeded Random instances (seeds are fixed numbers or zlib.crc32 of a name, never
hash()).

ONE invented edition, CLK 9222 (第7217届, 舟山, 浙江海洋大学, Saturday 9222-10-22), with CLK2022's four forums (主论坛,
处理器架构与调度分论坛, 内存管理与异构计算分论坛, IO 与 ebpf 分论坛, its README's link texts), as CLK2022's repository
holds an edition: ONE agenda image (the organisers' would be '9222clk.png', a PNG 1080 px wide, as imgs/2022clk.png),
the four forums one under another, drawn after the organisers' CLK2024 大会全议程.webp in its royal blue.  That image
is made in memory only.  Then as a reader passed it on: opened in a 1080 x 2400 Android phone's photo app, zoomed to
the screen's width (1:1) between the status bar and the three-button navigation bar, and scrolled down by hand, five
screenshots (PNG) with a few lines of overlap, until the last forum had ended.  Only the screenshots are written.

Built from posters-blind-212/draw.py (itself from 188's): its helpers, whole-agenda painters, plan and checks copied;
the Android screen (two bars, no home indicator) after posters-blind-205/draw.py's; changed here: the data (four
forums, 13:30 afternoons), the school's seal (an anchor) and the foot's skyline (Zhoushan: sea, bridge, pagoda,
boats), the introduction, a Latin name with his company-job line UNDER it (as 2024 prints 'Kuzin Artem'), the
organisers' image as a PNG, five screenshots, the checks' counts.
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
# CLK 9222 (第7217届), 舟山, 浙江海洋大学, Saturday 9222-10-22.  主论坛 in the morning (09:00-12:20 with a short tea,
# then lunch until 13:30), CLK2022's three other forums in parallel in the afternoon from 13:30, one under another.
EDITION = "CLK 9222"
YEAR = "9222"
NTH = "第7217届中国"
DATE = "9222-10-22"
DATE_PRINTED = "9222年10月22日"
CITY = "舟山"
SCHOOL = "浙江海洋大学"
SCHOOL_UNIT = "信息工程学院"
SCHOOL_EN = "School of Information Engineering, Zhejiang Ocean University"
SCHOOL_MARK = "ZHEJIANG OCEAN UNIVERSITY"
HALL = "浙江海洋大学长峙校区 学术交流中心报告厅"  # printed over two lines, broken at the space
# The reader's copy: the organisers' PNG ('9222clk.png', as CLK2022's imgs/2022clk.png) opened in a phone's photo
# app, zoomed to the screen's width (1080 px, so 1:1) and scrolled by hand; passed on as the phone's own
# screenshots, PNG 1080 x 2400, named as stock Android names them ('Screenshot_' + date + '-' + time); taken on
# Wednesday 9222-10-19 from 21:36, three days before the meeting.
SHOT_DAY = "92221019"
SHOT_TIMES = ["213604", "213611", "213619", "213626", "213634", "213641", "213649"]
SHOT_BATTERY = [64, 64, 64, 63, 63, 63, 63]
SHOT_W, SHOT_H = 1080, 2400  # the screen
BAR_H = 84  # the status bar (24 dp at 2.625x, rounded up as a 1080 x 2400 phone draws it)
NAV_H = 126  # the three-button navigation bar at the foot (48 dp at 2.625x)
VIEW = SHOT_H - BAR_H - NAV_H  # poster rows shown between the two bars (2190)


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return {"name": name, "line": line}


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


# every speaker stands on a line of his own, as the 2024 whole agenda prints them (two speakers one under the
# other); two-character names are held padded, as they are printed
H0, H1, H2, H3 = "周建明", "马文涛", "胡志勇", "彭　程"
FORUMS = [
    ("主论坛", (H0, "浙江海洋大学信息工程学院院长"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [P("虞建华", "浙江海洋大学副校长")], H0),
        T("09:20", "09:50", "从 5.15 到 6.1：一年来的主线变化回顾", [P("王建军", "华为 Linux内核首席专家")], H0),
        T("09:50", "10:20", "Rust 进入内核：第一批驱动与绑定层的现状", [P("李志刚", "中国科学院软件研究所副研究员")], H0),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "Replacing the VMA Red-Black Tree: What the Maple Tree Means for mmap_lock",
          [P("张晓东", "字节跳动 内核工程师"), P("刘　洋", "字节跳动 内核工程师")], H0),
        T("11:05", "11:35", "长期支持内核的维护实践：补丁回合、测试与发布节奏", [P("陈志强", "麒麟软件内核研发部总监")], H0),
        PANEL("11:35", "12:20", "开源操作系统生态下内核开发者的成长与社区协作",
              [P("杨　帆", "统信软件内核架构师"),
               P("赵国强", "腾讯云操作系统技术负责人"),
               P("吴晓明", "OPPO 内核团队负责人"),
               P("徐　红", "浙江大学计算机科学与技术学院副教授"),
               P("郑　勇", "龙芯中科系统软件部总监")], H0),
        B("12:20", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (H1, "浙江海洋大学信息工程学院副院长"), [
        T("13:30", "13:55", "CPU 热插拔路径的延迟优化：从秒级到毫秒级", [P("孙鹏飞", "阿里云 弹性计算内核工程师")], H1),
        T("13:55", "14:20", "LoongArch 内核移植回顾：异常处理与页表格式的适配", [P("谢　明", "龙芯中科内核组工程师")], H1),
        T("14:20", "14:45", "RISC-V SBI 与内核启动流程：从 OpenSBI 到第一个用户进程", [P("宋立新", "平头哥 系统软件工程师")], H1),
        T("14:45", "15:10", "Load Balancing on Hybrid CPUs: Lessons from Alder Lake Laptops", [P("黄文斌", "联想 笔记本系统软件工程师")], H1),
        T("15:10", "15:35", "四路服务器上跨片任务迁移的代价",
          [P("刘晓峰", "华为 鲲鹏计算内核工程师"), P("韩雪梅", "华为 鲲鹏计算内核工程师")], H1),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "cgroup v2 迁移后 CPU 限流毛刺问题排查", [P("唐明亮", "美团基础研发平台 系统工程师")], H1),
        T("16:15", "16:40", "飞腾新平台上 SVE2 的内核支持与测试", [P("许永强", "飞腾信息技术 系统软件工程师")], H1),
        T("16:40", "17:05", "证券行情系统中的中断隔离与时钟抖动", [P("冯志华", "恒生电子 系统架构师")], H1),
        T("17:05", "17:30", "游戏帧率抖动的调度侧分析与 PELT 调参", [P("邓国辉", "vivo 内核工程师")], H1),
        T("17:30", "17:55", "船载边缘计算设备上的实时调度实验：PREEMPT_RT 的时延测量",
          [P("竺晓燕", "浙江海洋大学信息工程学院讲师")], H1),
    ]),
    ("内存管理与异构计算分论坛", (H2, "华为操作系统内核实验室 技术专家"), [
        T("13:30", "14:00", "Multi-Gen LRU 在安卓设备上的实测：冷启动与回收效率", [P("王　磊", "荣耀终端 内存优化工程师")], H2),
        T("14:00", "14:25", "HugeTLB 的 vmemmap 页能省多少", [P("李　婷", "字节跳动 系统技术工程师")], H2),
        T("14:25", "14:50", "Folios in the Page Cache: Converting a Filesystem Step by Step",
          [P("Pierre Lambert", "英特尔 开源技术中心 Linux 内核工程师")], H2),
        T("14:50", "15:10", "CXL 内存扩展的早期验证：延迟与带宽", [P("张海燕", "浪潮信息 服务器内核工程师")], H2),
        T("15:10", "15:30", "显存不足时的内核侧兜底：GPU 驱动里的页面换出设计", [P("高　飞", "摩尔线程 驱动开发工程师")], H2),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:15", "KFENCE 上线一年：线上抓到的内存越界问题", [P("林　涛", "腾讯云 内核工程师")], H2),
        T("16:15", "16:40", "memcg 直接回收延迟的根因分析与缓解",
          [P("郭　超", "快手 系统工程师"), P("曾　敏", "快手 内核工程师")], H2),
        T("16:40", "17:00", "DPU 上的 Linux：有限内存下的 OOM 与 swap 策略", [P("董丽萍", "芯启源 系统软件工程师")], H2),
        T("17:00", "17:20", "云桌面密度提升：同页合并的开销与顾虑", [P("何　军", "中国移动云能力中心 虚拟化工程师")], H2),
        T("17:20", "17:50", "NPU 驱动中的 SVA 共享虚拟地址：IOMMU 与进程页表的协同", [P("袁　鑫", "寒武纪 驱动工程师")], H2),
    ]),
    ("IO 与 ebpf 分论坛", (H3, "网易杭州研究院 内核技术专家"), [
        T("13:30", "14:00", "io_uring SQPOLL 模式的开销与适用场景", [P("张　伟", "蚂蚁集团数据库内核工程师")], H3),
        T("14:00", "14:30", "How Much Does a BPF Program Cost? Measuring Per-Hook Overhead", [P("陈　杰", "百度智能云 网络内核工程师")], H3),
        T("14:30", "15:00", "NVMe 多队列与中断合并在全闪存储中的调优", [P("王丽娟", "海康威视 存储研发工程师")], H3),
        T("15:00", "15:30", "用 eBPF 观测 cgroup 级别的 IO 时延", [P("李国华", "京东云 SRE 工程师")], H3),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:10", "小文件频繁 fsync：ext4 日志模式怎么选", [P("刘建平", "统信软件 文件系统工程师")], H3),
        T("16:10", "16:35", "F2FS 压缩在手机上的空间收益与闪存寿命影响",
          [P("潘立峰", "小米 存储系统工程师"), P("蒋　波", "小米 存储系统工程师")], H3),
        T("16:35", "17:00", "边缘网关的包过滤：XDP 还是 TC BPF", [P("程　刚", "网易 网络工程师")], H3),
        T("17:00", "17:25", "绕过内核值不值：用户态 NVMe 驱动的代价", [P("杨振宇", "天翼云 存储工程师")], H3),
        T("17:25", "17:50", "eBPF 进程行为审计的低开销实现", [P("曹建国", "奇安信 安全研究员")], H3),
    ]),
]
FOUR = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's README links

SPONSORS = ["浙江海洋大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "蚂蚁集团", "龙芯中科", "网易",
            "麒麟软件", "FUJITSU"]
SUPPORT = ["清华大学", "openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "浙江省计算机学会", "舟山市科协"]
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
    """The school's seal: two rings and, inside, an anchor over two waves (drawn simply)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    a = r / 2.2
    d.ellipse([x - a / 4, y - a * 1.05, x + a / 4, y - a * 0.55], outline=fill, width=2)  # the ring
    d.line([(x, y - a * 0.55), (x, y + a * 0.55)], fill=fill, width=2)  # the shank
    d.line([(x - a / 2, y - a * 0.3), (x + a / 2, y - a * 0.3)], fill=fill, width=2)  # the stock
    d.arc([x - a * 0.8, y - a * 0.3, x + a * 0.8, y + a * 0.6], 20, 160, fill=fill, width=2)  # the arms
    for k in range(2):  # two waves under it
        yy = y + a * (0.75 + 0.3 * k)
        for j in range(3):
            d.arc([x - a + j * a * 0.67, yy - a / 5, x - a + (j + 1) * a * 0.67, yy + a / 5], 200, 340, fill=fill,
                  width=1)


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


INTRO = ["中国 Linux 内核开发者大会（CHINA LINUX KERNEL, CLK）是国内 Linux 内核领域的技术盛会，至今已举办7216届。"
         "大会由清华大学、英特尔、华为、阿里云、腾讯云、字节跳动、OPPO、vivo、蚂蚁集团、龙芯中科、富士通南京等单位"
         "共同发起，秉承“自由、协作、创新”的理念，为内核开发者提供面对面交流的平台。本届大会上午为主论坛，下午三个"
         "分论坛同时进行，围绕处理器架构、调度、内存管理、异构计算、存储 IO 与 eBPF 等方向展开。",
         "本届大会由浙江海洋大学信息工程学院承办，华为、阿里云、腾讯云、字节跳动、OPPO、vivo、蚂蚁集团、网易、"
         "openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、CSDN 等单位共同支持，欢迎各位开发者和爱好者报名参加。"]
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
    """One speaker: the (padded) name and the company-job line after it on the same line; a Latin name on a line
    of its own with his company-job line UNDER it, as the 2024 whole agenda prints 'Kuzin Artem' (212 set it
    beside, as 2024's 'Lianbo Jiang')."""
    nf, af = font(29), font(18)
    name = pad(sp["name"])
    d.text((TT, y), name, font=nf, fill=WHITE)
    if latin(name):
        d.text((TT, y + 42), fits(d, sp["line"], af, AFF_R - TT), font=af, fill=PALE)
        return y + 43 + 30
    col = max(NAME_COL, tw(d, name, nf) + 18)
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


def pagoda(d, x, base, col, line, storeys=7):
    """A slim seven-storey pagoda on a hill (as the islands' temples have them): a plinth, storeys narrowing
    upwards, each with short upturned eaves, and a spire."""
    d.rectangle([x - 40, base - 20, x + 40, base], fill=col, outline=line, width=2)
    y = base - 20
    for k in range(storeys):
        ww = 30 - k * 3
        d.rectangle([x - ww, y - 34, x + ww, y], fill=col, outline=line, width=2)
        d.polygon([(x - ww - 16, y - 30), (x - ww - 4, y - 40), (x + ww + 4, y - 40), (x + ww + 16, y - 30),
                   (x + ww, y - 34), (x - ww, y - 34)], fill=col, outline=line)
        d.rectangle([x - 5, y - 26, x + 5, y - 8], outline=line, width=1)
        y -= 40
    d.line([(x, y), (x, y - 36)], fill=line, width=3)


def skyline(im, h):
    """The foot, Zhoushan in the 2024 manner (pale blue outlines and fills a little lighter than the page): the sea
    at the foot with fishing boats, an island hill with a pagoda at the left, the cable-stayed sea bridge across the
    middle, the port's cranes and the school's buildings at the right, and the school's name."""
    d = ImageDraw.Draw(im)
    base = h - 60
    fillc, line = (22, 66, 214), (70, 120, 240)
    sea = base - 130
    d.rectangle([0, sea, W, base], fill=(6, 40, 200))
    ripples(d, sea + 6, base - 4, (40, 90, 230), 9222)
    d.chord([-120, sea - 230, 420, sea + 230], 180, 360, fill=fillc, outline=line, width=2)  # the island hill
    pagoda(d, 170, sea - 200, fillc, line)
    deck = sea - 70  # the sea bridge: a deck on piers, two towers with fans of stays
    d.rectangle([330, deck, W, deck + 12], fill=fillc, outline=line, width=2)
    for px in range(360, W, 90):
        d.rectangle([px, deck + 12, px + 10, sea], fill=fillc, outline=line, width=1)
    for tx in (520, 840):
        d.polygon([(tx - 22, deck), (tx - 6, deck - 250), (tx + 6, deck - 250), (tx + 22, deck)], fill=fillc,
                  outline=line)
        for j in range(1, 8):
            d.line([(tx, deck - 240 + j * 12), (tx - 24 * j - 20, deck)], fill=line, width=1)
            d.line([(tx, deck - 240 + j * 12), (tx + 24 * j + 20, deck)], fill=line, width=1)
    for cx in (960, 1030):  # the port's cranes
        d.line([(cx, deck), (cx, deck - 150)], fill=line, width=4)
        d.line([(cx - 70, deck - 150), (cx + 30, deck - 150)], fill=line, width=4)
        d.line([(cx, deck - 190), (cx - 70, deck - 150)], fill=line, width=2)
        d.line([(cx, deck - 190), (cx, deck - 150)], fill=line, width=3)
    rnd = random.Random(9222)
    for bx in (300, 640, 900):  # fishing boats with a mast and a flag
        by = sea + 40 + rnd.randrange(0, 40)
        d.polygon([(bx - 50, by), (bx + 50, by), (bx + 36, by + 22), (bx - 36, by + 22)], fill=fillc, outline=line)
        d.line([(bx - 6, by), (bx - 6, by - 70)], fill=line, width=3)
        d.polygon([(bx - 6, by - 70), (bx + 28, by - 60), (bx - 6, by - 50)], outline=line)
    d.rectangle([0, base, W, h], fill=(2, 30, 176))
    seal(d, W / 2 - 110, h - 30, 16, (200, 220, 255))
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
    qrcode(d, W / 2 - 144, y + 36, 288, 9222)
    y += 410
    slant_text(im, 0, y, "扫码报名", font(62, True), WHITE, 0.18, cx=W / 2)
    y += 116
    ctext(d, W / 2, y, "现场名额有限，请提前扫码报名", font(29), WHITE)
    ctext(d, W / 2, y + 50, "活动解释权归主办方所有", font(29), WHITE)
    y += 150
    slant_text(im, 0, y, "相聚海上花园城 · 共探 Linux 内核之美", font(46, True), (90, 230, 255), 0.18, cx=W / 2)
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
    rnd = random.Random(9222)
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


def readme_forums():
    """CLK2022's four forums: the link texts of its README's recording links, in README order, read from the corpus
    when it is there (the names are the brief's, so the headings print them exactly)."""
    p = "/work/shared/corpus/years/CLK2022/README.md"
    if not os.path.exists(p):
        return FOUR
    with open(p, encoding="utf-8") as fh:
        return re.findall(r"^\[([^\]]+)\]\(http", fh.read(), re.M)


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
# the phone: a 1080 x 2400 Android phone; the photo app shows the poster zoomed to the screen's width (1080 px, so
# exactly 1:1) between an opaque black status bar and the black three-button navigation bar; the reader scrolls by
# hand and takes a screenshot, a few printed lines of overlap each time, until the last forum has ended.
K = SHOT_W / W  # 1
OV_MIN, OV_MAX = 120, 280  # overlap between consecutive screenshots, in poster rows (three to seven printed lines)
SLICE = (0.2, 0.8)  # an edge through a line cuts it between 20 % and 80 % of its height ...
CLEAR = 3  # ... or stands at least 3 px off it
PLAN_SEED = 9222


def scaled(box):
    return (box[0] * K, box[1] * K, box[2] * K, box[3] * K, box[4])


def edge_cuts(e, boxes):
    """The lines an edge at poster row e slices, or None if it passes too near a line's top or foot."""
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


def whole(box, a):
    return box[1] >= a and box[3] <= a + VIEW


def plan_shots(boxes, slots, end, height):
    """The screenshots' first rows (set 212's and 205's): the first at the top of the poster, each next one
    OV_MIN..OV_MAX rows above where the last one ended, chosen (seeded) among the rows whose edges are clean and
    where no slot is counted with a speaker line cut; the last one also shows the last forum's closing rule with
    room to spare."""
    starts, counted = [], {}
    while len(counted) < len(slots):
        k = len(starts)
        assert k < 6, "more than six screenshots"
        cands = [0] if k == 0 else [starts[-1] + VIEW - ov for ov in range(OV_MIN, OV_MAX + 1)]
        ok = []
        for a in cands:
            if a + VIEW > height:
                continue
            if (k and edge_cuts(a, boxes) is None) or edge_cuts(a + VIEW, boxes) is None:
                continue
            new = [n for n in slots if n not in counted and all(whole(b, a) for b in slots[n][0])]
            if not all(all(whole(b, a) for b in slots[n][1]) for n in new):
                continue
            if len(counted) + len(new) == len(slots) and a + VIEW < end + 60:
                continue
            ok.append((a, new))
        assert ok, ("no clean stop", k)
        a, new = ok[0] if k == 0 else random.Random(PLAN_SEED + k).choice(ok)
        starts.append(a)
        for n in new:
            counted[n] = k
    return starts, counted


def status_bar(im, clock, battery):
    """A stock Android status bar, white on black: the clock and two notification icons (a chat bubble, a mail
    envelope) at the left; wifi, the mobile signal's triangle, the battery's level and an upright battery at the
    right."""
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, SHOT_W, BAR_H - 1], fill=(0, 0, 0))
    f = font(34)
    d.text((48, BAR_H // 2), clock, font=f, fill=WHITE, anchor="lm")
    x = 48 + tw(d, clock, f) + 24
    d.rounded_rectangle([x, 30, x + 30, 52], radius=8, outline=WHITE, width=3)  # a chat bubble
    d.polygon([(x + 6, 50), (x + 4, 60), (x + 15, 51)], fill=WHITE)
    x += 48
    d.rectangle([x, 32, x + 32, 54], outline=WHITE, width=3)  # a mail envelope
    d.line([(x, 32), (x + 16, 45), (x + 32, 32)], fill=WHITE, width=3)
    cx, cy = 806, 58  # wifi: a filled fan
    d.pieslice([cx - 26, cy - 26, cx + 26, cy + 26], 225, 315, fill=WHITE)
    d.pieslice([cx - 19, cy - 19, cx + 19, cy + 19], 225, 315, fill=(0, 0, 0))
    d.pieslice([cx - 13, cy - 13, cx + 13, cy + 13], 225, 315, fill=WHITE)
    x0, y0 = 846, 60  # the mobile signal: a right triangle, the top part dim
    d.polygon([(x0, y0), (x0 + 30, y0), (x0 + 30, y0 - 30)], fill=(110, 110, 110))
    d.polygon([(x0, y0), (x0 + 22, y0), (x0 + 22, y0 - 22)], fill=WHITE)
    d.text((970, BAR_H // 2), "%d%%" % battery, font=font(28), fill=WHITE, anchor="rm")
    bx, by = 984, 26  # an upright battery, filled to its level from the foot
    d.rounded_rectangle([bx, by + 4, bx + 18, by + 34], radius=3, outline=WHITE, width=2)
    d.rectangle([bx + 5, by, bx + 13, by + 4], fill=WHITE)
    lv = round(26 * battery / 100)
    d.rectangle([bx + 3, by + 32 - lv, bx + 15, by + 32], fill=WHITE)


def nav_bar(im):
    """Android's three-button navigation bar, light grey on black: back (a triangle), home (a ring), recents (a
    rounded square)."""
    d = ImageDraw.Draw(im)
    top = SHOT_H - NAV_H
    d.rectangle([0, top, SHOT_W, SHOT_H], fill=(0, 0, 0))
    g, cy = (214, 214, 214), top + NAV_H // 2
    d.polygon([(246, cy), (276, cy - 17), (276, cy + 17)], outline=g, width=4)
    d.ellipse([540 - 18, cy - 18, 540 + 18, cy + 18], outline=g, width=4)
    d.rounded_rectangle([818, cy - 16, 850, cy + 16], radius=4, outline=g, width=4)


def screenshot(poster, a, clock, battery):
    im = Image.new("RGB", (SHOT_W, SHOT_H), (0, 0, 0))
    im.paste(poster.crop((0, a, SHOT_W, a + VIEW)), (0, BAR_H))
    status_bar(im, clock, battery)
    nav_bar(im)
    return im


def shot_name(k):
    return "Screenshot_%s-%s.png" % (SHOT_DAY, SHOT_TIMES[k])


def shot_clock(k):
    return SHOT_TIMES[k][:2] + ":" + SHOT_TIMES[k][2:4]


COMMON = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")  # the 100
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = ["竺", "虞"]  # both met most in Zhejiang (竺 around Ningbo and Zhoushan), rare in the country as a whole
SURNAME_COUNTS = {"王": 3, "李": 3, "张": 3, "刘": 3, "陈": 2, "杨": 2}  # every other surname once
# the characters a given name may use: everyday ones, as the brief asks (伟 明 磊 涛 军 华 勇 强 杰 婷 静 丽 鹏 飞 斌 超 ...)
EVERYDAY = set("伟明磊涛军华勇强杰婷静丽鹏飞斌超建国立敏平海燕新峰志远晓辉庆红永文波娟俊昊阳洋浩亮冰刚颖鑫卫东凯龙"
               "宁帅光云一帆宇梅雷振栋程萍雪")


def people():
    out = []
    for _, host, slots in FORUMS:
        out.append(plain(host[0]))
        out += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    return out


def check(shots):
    """A Saturday; CLK2022's four forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; surnames mostly common ones in roughly their proportions."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2022 was the 17th
    assert DATE_PRINTED == "%s年%d月%d日" % (YEAR, int(DATE[5:7]), int(DATE[8:10]))
    assert [f[0] for f in FORUMS] == FOUR == readme_forums(), readme_forums()
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
    assert len(chinese) == 46 and {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert (top5, top20) == (14, 28), (top5, top20)
    assert all(2 <= len(p) <= 3 for p in chinese)
    printed = [host[0] for _, host, _ in FORUMS] + [sp["name"] for f in FORUMS for s in f[2] for sp in s["sp"]]
    for n in printed:  # two-character names padded, no other
        assert n.isascii() or (len(plain(n)) == 2) == ("\u3000" in n), n
    assert sum(1 for n in printed if "\u3000" in n) == 18
    given = [plain(n)[1:] for n in printed if not n.isascii()]
    assert set("".join(given)) <= EVERYDAY, set("".join(given)) - EVERYDAY
    assert len(given) == len(set(given)), sorted(g for g in given if given.count(g) > 1)
    real = listing_words()
    titles = [s["title"] for f in FORUMS for s in f[2] if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in ppl + [t for t in titles if t != "开幕致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    whole_day = {}
    for shot in shots:
        assert shot["date"] == DATE
        for f in shot["forums"]:
            assert f["date"] == DATE and f["slots"]
            whole_day.setdefault(f["forum"], []).extend(f["slots"])
    assert list(whole_day) == FOUR
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
    assert [sum(1 for s in f[2] if s["kind"] == "talk" and len(s["sp"]) == 2) for f in FORUMS] == [1] * 4
    assert [sum(1 for s in f[2] if s["kind"] == "talk" and s["title"].isascii()) for f in FORUMS] == [1] * 4
    assert sum(1 for s in slots for sp in s["sp"] if latin(sp["name"])) == 1
    assert [s["title"] for s in FORUMS[0][2][:2]] == ["开场", "开幕致辞"] and FORUMS[0][2][0]["start"] == "09:00"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "13:30"
    assert [s["start"] for s in FORUMS[0][2] if s["title"] == "茶歇"] == ["10:20"]
    assert all(f[2][0]["start"] == "13:30" for f in FORUMS[1:])
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ENDS, [f[2][-1]["end"] for f in FORUMS[1:]]
    assert [[(s["start"], s["end"]) for s in f[2] if s["title"] == "茶歇"] for f in FORUMS[1:]] == TEAS
    assert [sum(1 for s in f[2] if s["kind"] != "break") for f in FORUMS] == COUNTS
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    return len(titles)


ENDS = ["17:55", "17:50", "17:50"]
TEAS = [[("15:35", "15:50")], [("15:30", "15:50")], [("15:30", "15:45")]]
COUNTS = [6, 10, 10, 9]

DRAFT = os.environ.get("DRAFT")


def main():
    import io
    im = two_pass(W, paint_full, background)
    assert im.size[0] == W
    buf = io.BytesIO()
    im.save(buf, "PNG")  # the organisers' 9222clk.png (made in memory, never written)
    organisers = len(buf.getvalue())
    phone = im  # zoomed to the screen's width: 1080 -> 1080
    print("poster %d x %d, organisers' PNG %d bytes" % (im.size + (organisers,)))
    print("agenda ends at", FULL_LOG["agenda_end"])
    boxes = [scaled(b) for b in LINES]
    slots = {k: ([scaled(b) for b in h], [scaled(b) for b in r]) for k, (h, r) in SLOT_LINES.items()}
    assert len(slots) == sum(len(f[2]) for f in FORUMS)
    starts, counted = plan_shots(boxes, slots, FULL_LOG["agenda_end"] * K, phone.size[1])
    print("starts", starts, "overlaps", [a + VIEW - b for a, b in zip(starts, starts[1:])])
    for k, a in enumerate(starts):
        print(" shot", k + 1, "rows", a, a + VIEW, "top cuts", edge_cuts(a, boxes) if k else "-",
              "foot cuts", edge_cuts(a + VIEW, boxes))
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    shots = []
    for k, a in enumerate(starts):
        shot = screenshot(phone, a, shot_clock(k), SHOT_BATTERY[k])
        path = os.path.join(HERE, shot_name(k))
        shot.save(path, "PNG")
        forums = []
        for name, _, fslots in FORUMS:
            mine = [truth_slot2(s) for s in fslots if counted[key(s)] == k]
            if mine:
                forums.append({"forum": name, "date": DATE, "slots": mine})
        shots.append({"file": shot_name(k), "layout": LAYOUTS[k] if k < len(LAYOUTS) else "", "date": DATE,
                      "forums": forums})
        scored = sum(1 for f in forums for s in f["slots"] if s["kind"] != "break")
        print(shot_name(k), os.path.getsize(path), [(f["forum"], len(f["slots"])) for f in forums], "scored", scored)
        assert shot.size == (SHOT_W, SHOT_H)
        assert 200_000 <= os.path.getsize(path) <= 2_500_000, os.path.getsize(path)
        if not DRAFT:
            assert [(f["forum"], len(f["slots"])) for f in forums] == SHOT_SLOTS[k], k
            assert scored == SHOT_SCORED[k], k
            assert ((edge_cuts(a, boxes) if k else None), edge_cuts(a + VIEW, boxes)) == EXPECTED_CUTS[k], k
            assert LAYOUTS[k].endswith("%d scored." % SHOT_SCORED[k]), k
    for k in range(len(starts), len(SHOT_TIMES)):  # no stale screenshot of an earlier run
        if os.path.exists(os.path.join(HERE, shot_name(k))):
            os.remove(os.path.join(HERE, shot_name(k)))
    assert 4 <= len(starts) <= 6 and starts[0] == 0
    assert DRAFT or len(starts) == len(LAYOUTS)
    assert all(OV_MIN <= a + VIEW - b <= OV_MAX for a, b in zip(starts, starts[1:]))
    assert starts[-1] + VIEW > FULL_LOG["agenda_end"] * K + 60  # the last screenshot shows the last forum's end
    assert 9000 <= im.size[1] <= 14000, im.size
    assert DRAFT or 1_000_000 <= organisers <= 2_200_000, organisers
    n = check(shots)
    print("scored talks", n)
    assert 32 <= n <= 44, n
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
    truth = {"written": "2026-12-21", "by": "a helper that had not read the code", "note": NOTE, "posters": shots}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


UNDERS = [False, True, True, False]  # the host under the heading (long names) or at its right
WRAPPED = ["Replacing the VMA Red-Black Tree: What the Maple Tree Means for mmap_lock",
           "长期支持内核的维护实践：补丁回合、测试与发布节奏",
           "圆桌论坛:开源操作系统生态下内核开发者的成长与社区协作",
           "LoongArch 内核移植回顾：异常处理与页表格式的适配",
           "RISC-V SBI 与内核启动流程：从 OpenSBI 到第一个用户进程",
           "Load Balancing on Hybrid CPUs: Lessons from Alder Lake Laptops",
           "船载边缘计算设备上的实时调度实验：PREEMPT_RT 的时延测量",
           "Multi-Gen LRU 在安卓设备上的实测：冷启动与回收效率",
           "Folios in the Page Cache: Converting a Filesystem Step by Step",
           "显存不足时的内核侧兜底：GPU 驱动里的页面换出设计",
           "DPU 上的 Linux：有限内存下的 OOM 与 swap 策略",
           "NPU 驱动中的 SVA 共享虚拟地址：IOMMU 与进程页表的协同",
           "How Much Does a BPF Program Cost? Measuring Per-Hook Overhead"]  # the titles printed over two lines
# what each screenshot's edges slice (top edge, foot edge; the first screenshot starts at the poster's top)
EXPECTED_CUTS = [(None, []),
                 ([], ["14:20-14:45", "RISC-V SBI 与内核启动流程：从 OpenSBI 到"]),
                 (["13:55-14:20", "LoongArch 内核移植回顾：异常处理与页表格"], []),
                 ([], []),
                 (["15:00-15:30", "用 eBPF 观测 cgroup 级别的 IO 时延"], [])]
# the slots each screenshot counts, forum by forum, and its scored talks
SHOT_SLOTS = [[("主论坛", 1)], [("主论坛", 8), ("处理器架构与调度分论坛", 2)],
              [("处理器架构与调度分论坛", 9), ("内存管理与异构计算分论坛", 3)],
              [("内存管理与异构计算分论坛", 8), ("IO 与 ebpf 分论坛", 5)],
              [("IO 与 ebpf 分论坛", 5)]]
SHOT_SCORED = [0, 8, 11, 11, 5]
PHONE = ("a 1080 x 2400 Android phone showed the edition's ONE agenda image (a PNG 1080 x 12991, 1.56 MB, in the "
         "organisers' CLK2024 大会全议程 layout and royal blue, named '9222clk.png' as CLK2022's imgs/2022clk.png; never "
         "delivered) in its photo app, zoomed to the screen's width (1:1), between an opaque black status bar (84 px: "
         "'21:36', a chat bubble and a mail icon at the left; wifi, a signal triangle, '64%' or '63%' and an upright "
         "battery at the right) and the black three-button navigation bar (126 px: back triangle, home ring, recents "
         "square), so each screenshot shows 2190 poster rows; the reader scrolled down by hand and took FIVE "
         "screenshots (PNG, 1080 x 2400), each starting a few printed lines above where the last one ended")
LAYOUTS = [
    "CLK 9222 (第7217届), 舟山, 9222-10-22, screenshot 1 of 5, poster rows 0-2190: " + PHONE + ". The poster's head: "
    "logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', an anchor seal, '浙江海洋大学' / '信息工程学院' and an "
    "English line at the top right, leaning '第7217届中国' / 'Linux内核开发者大会', the ring '9222' / 'CLK', the date "
    "pill '9222年10月22日' + pin + '舟山', '地址:浙江海洋大学长峙校区' / '学术交流中心报告厅', faint towers; the framed "
    "introduction (two paragraphs: the morning is the main forum, three forums in parallel in the afternoon, naming "
    "topics but no forum by its name); '大会议程' on a plate; '▶▶ 主论坛' with '主持人: 周建明' and his unit "
    "'浙江海洋大学信息工程学院院长' at the right; the rule; '09:00-09:05 开场' whole; the foot edge in the gap under it "
    "(the opening address is below). 0 scored.",
    "CLK 9222, screenshot 2 of 5, rows 2036-4226 (154 rows shared with screenshot 1): the top edge in the gap above "
    "the forum rule of 主论坛 (its heading and host are on screenshot 1 only); 开场 again whole (counted in 1); "
    "'09:05-09:20 开幕致辞' (虞建华, 浙江海洋大学副校长); '从 5.15 到 6.1：一年来的主线变化回顾' (王建军); 'Rust 进入内核：第一批"
    "驱动与绑定层的现状' (李志刚); a 茶歇 bar 10:20-10:35; 'Replacing the VMA Red-Black Tree: What' / 'the Maple Tree "
    "Means for mmap_lock' by 张晓东 over 刘　洋 (both '字节跳动 内核工程师'); '长期支持内核的维护实践：补丁回合、测试与' / "
    "'发布节奏' (陈志强); the round table '圆桌论坛:开源操作系统生态下内核开发者的成' / '长与社区协作' (11:35-12:20) with a "
    "violet '主持人:' over 杨　帆 and '嘉　宾:' over 赵国强, 吴晓明, 徐　红, 郑　勇; a 午餐 bar 12:20-13:30; the closing "
    "rule; '01' '处理器架构与调度  分论坛' with '主持人: 马文涛' and his unit on a line UNDER the heading between two short "
    "rules; 'CPU 热插拔路径的延迟优化：从秒级到毫秒级' (孙鹏飞) and 'LoongArch 内核移植回顾：异常处理与页表格' / '式的适配' "
    "(谢　明) whole; at the FOOT the range '14:20-14:45' and the first title line 'RISC-V SBI 与内核启动流程：从 OpenSBI "
    "到' SLICED just above the navigation bar (that talk counts in 3). 6 + 2 = 8 scored.",
    "CLK 9222, screenshot 3 of 5, rows 4068-6258 (158 rows shared): at the TOP '13:55-14:20' and 'LoongArch 内核移植回顾："
    "异常处理与页表格' SLICED under the status bar (counted in 2), '式的适配' and 谢　明's line whole; 'RISC-V SBI 与内核启动"
    "流程：从 OpenSBI 到' / '第一个用户进程' (宋立新); 'Load Balancing on Hybrid CPUs: Lessons' / 'from Alder Lake Laptops' "
    "(黄文斌, a Chinese speaker); '四路服务器上跨片任务迁移的代价' by 刘晓峰 over 韩雪梅 (both '华为 鲲鹏计算内核工程师'); a 茶歇 "
    "bar 15:35-15:50; cgroup v2 (唐明亮), SVE2 (许永强), 证券行情 (冯志华), PELT (邓国辉), '船载边缘计算设备上的实时调度实验：' / "
    "'PREEMPT_RT 的时延测量' (the rare 竺晓燕, '浙江海洋大学信息工程学院讲师') to 17:55; the closing rule; '02' "
    "'内存管理与异构计算  分论坛' with '主持人: 胡志勇' and his unit UNDER it; 'Multi-Gen LRU 在安卓设备上的实测：冷启动' / "
    "'与回收效率' (王　磊), 'HugeTLB 的 vmemmap 页能省多少' (李　婷), and 'Folios in the Page Cache: Converting a' / "
    "'Filesystem Step by Step' by the ONE LATIN SPEAKER 'Pierre Lambert' with his line '英特尔 开源技术中心 Linux 内核"
    "工程师' UNDER his name; the foot edge in the gap under it. 9 + 2 = 11 scored.",
    "CLK 9222, screenshot 4 of 5, rows 6077-8267 (181 rows shared): the top edge in the gap above '14:25-14:50' (the "
    "Folios talk again whole, counted in 3), no heading; CXL (张海燕), '显存不足时的内核侧兜底：GPU 驱动里的页面' / '换出设计' "
    "(高　飞), a 茶歇 bar 15:30-15:50, KFENCE (林　涛), memcg by 郭　超 over 曾　敏 (快手, two different jobs), 'DPU 上的 "
    "Linux：有限内存下的 OOM 与' / 'swap 策略' (董丽萍), 同页合并 (何　军), 'NPU 驱动中的 SVA 共享虚拟地址：IOMMU 与' / "
    "'进程页表的协同' (袁　鑫) to 17:50; the closing rule; '03' 'IO 与 ebpf  分论坛' with '主持人: 彭　程' and his unit at "
    "the RIGHT of the heading (the short name leaves room, as in 2024); io_uring SQPOLL (张　伟), 'How Much Does a BPF "
    "Program Cost?' / 'Measuring Per-Hook Overhead' (陈　杰), NVMe (王丽娟), '用 eBPF 观测 cgroup 级别的 IO 时延' (李国华) "
    "and a 茶歇 bar 15:30-15:45 whole just above the navigation bar; the foot edge in the gap under it. 7 + 4 = 11 "
    "scored.",
    "CLK 9222, screenshot 5 of 5, rows 8111-10301 (156 rows shared): at the TOP '15:00-15:30' and '用 eBPF 观测 cgroup "
    "级别的 IO 时延' SLICED under the status bar (counted in 4), 李国华's line and the 茶歇 bar again whole (counted in 4), "
    "no heading; ext4 (刘建平), F2FS by 潘立峰 over 蒋　波 (both '小米 存储系统工程师'), XDP (程　刚), 用户态 NVMe (杨振宇), "
    "eBPF 审计 (曹建国) to 17:50; the closing rule; then the foot begins: '赞助单位' on a plate and all twelve sponsor "
    "boxes (浙江海洋大学, HUAWEI, 阿里云, 腾讯云, 字节跳动, OPPO, vivo, 蚂蚁集团, 龙芯中科, 网易, 麒麟软件, FUJITSU) and the "
    "'支持单位' plate just above the navigation bar; the reader stopped there (supporters, media, QR code, slogan and "
    "skyline are in no screenshot). 5 scored.",
]

NOTE = (
    'Same schema and conventions as posters-blind-43 (and -59, -188, -205, -212): speakers are names as printed with '
    "spaces and the padding of two-character names removed ('彭\u3000程' -> '彭程', '王\u3000磊' -> '王磊'; the Latin "
    "name 'Pierre Lambert' -> 'PierreLambert'); host is the chair printed for the forum covering the slot, null for "
    'breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed. ONE invented edition, CLK 9222 '
    "(第7217届, 舟山, host school 浙江海洋大学 with its 信息工程学院, Saturday 9222-10-22), with CLK2022's four forums, "
    "the link texts of its README in README order (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf "
    "分论坛' with its spaces and lower-case 'ebpf'). The organisers' image would be ONE whole-agenda PNG, '9222clk.png' "
    "(1080 x 12991, 1.56 MB, as CLK2022's imgs/2022clk.png is one 1.5 MB PNG), in the 2024 whole-agenda layout and "
    'royal blue, the four forums one under another; it is NOT delivered. What is delivered is what a reader passed '
    'on: FIVE Android screenshots (PNG, 1080 x 2400, named Screenshot_92221019-2136SS.png as stock Android names '
    "them), taken while scrolling down the image zoomed to the screen's width (1:1) in a photo app, between an "
    "opaque black status bar (84 px: clock '21:36', two notification icons, wifi, signal, '64%'/'63%', battery) and "
    'the black three-button navigation bar (126 px), so each shows 2190 poster rows; each starts a few printed lines '
    '(154 to 181 rows) above where the previous one ended; the first starts at the top of the image, the last shows '
    "the end of the last forum and the sponsors, where the reader stopped. The clock, battery and file names are the "
    "phone's: no slot, no date of the meeting. Each SCREENSHOT is one entry of 'posters' holding the forums whose "
    'slots it COUNTS, in printed order, every forum dated 9222-10-22 (the date is printed only in the head, on '
    'screenshot 1). (1) A slot counts ONCE, in the FIRST screenshot where its range line and every line of its title '
    "are WHOLE (under the status bar, above the navigation bar); the stops were chosen so that a slot counted there "
    'also shows all its speaker and company-job lines whole. An edge either slices a line between 20 % and 80 % of '
    "its height or stands at least 3 px off every line. Sliced: at the foot of 2 '14:20-14:45' and the first title "
    "line of 'RISC-V SBI 与内核启动流程：…' (counted in 3); at the top of 3 '13:55-14:20' and the first title line of "
    "'LoongArch 内核移植回顾：…' (counted in 2, where it is whole); at the top of 5 '15:00-15:30' '用 eBPF 观测 cgroup "
    "级别的 IO 时延' (counted in 4). The other edges stand in gaps. A slot repeated whole in the next screenshot's "
    'overlap is NOT listed again there. (2) A forum spread over several screenshots is in each entry that counts some '
    "of its slots, under its own name and host, although the later screenshots do not print its heading: 主论坛's "
    "heading and host (周建明) are on 1, which counts only '开场', and its other slots count on 2; 处理器架构与调度分论坛's "
    'heading and first two talks are on 2, the rest on 3; 内存管理与异构计算分论坛\'s heading and first three talks on 3, '
    "the rest on 4; 'IO 与 ebpf 分论坛''s heading, first four talks and tea on 4, the rest on 5. Counted: 1: 主论坛 "
    "'开场' only (0 scored); 2: 主论坛 from 开幕致辞 to 午餐 and the first two talks of 处理器架构与调度 (8); 3: the rest "
    'of 处理器架构与调度 and the first three of 内存管理与异构计算 (11); 4: the rest of 内存管理与异构计算 and IO 与 ebpf to '
    'its 茶歇 (11); 5: the rest of IO 与 ebpf (5); 35 scored in all (34 talks, the opening address among them, and '
    "the round table), 6 breaks. HEADINGS: '▶▶ 主论坛', or a slanted number box '01'..'03' followed by the forum's "
    "TOPIC and '分论坛' set APART with a gap, as the 2024 whole agenda sets them ('内存管理与异构计算  分论坛', 'IO 与 "
    "ebpf  分论坛'): the forum is CLK2022's name, the gap and the numbers no part of it. The host is the name after "
    "the violet '主持人:' (ASCII colon, as 2024 types it): at the RIGHT of the heading with the unit under it for "
    "主论坛 (周建明, '浙江海洋大学信息工程学院院长') and 'IO 与 ebpf 分论坛' (彭程, printed '彭\u3000程', '网易杭州研究院 "
    "内核技术专家'); for the two long names on a line of its own UNDER the heading between two short rules with the "
    "unit beside it: 马文涛 ('浙江海洋大学信息工程学院副院长'), 胡志勇 ('华为操作系统内核实验室 技术专家'); the unit is no "
    'affiliation. ROWS: the range at the left, a dot on a vertical time line, the CYAN title, then the speakers, ONE '
    'LINE EACH, two speakers one under the other: the (padded) name and the company-job line beside it; each '
    "affiliation is that line EXACTLY as printed, typed as the designer typed it (run together, '浙江海洋大学副校长', "
    "'麒麟软件内核研发部总监', '龙芯中科内核组工程师'; with a space where typed, '华为 Linux内核首席专家', '京东云 SRE 工程师'). "
    "The one LATIN name stands on a line of its own with his company-job line UNDER it, as the 2024 whole agenda "
    "prints 'Kuzin Artem': 'Pierre Lambert' / '英特尔 开源技术中心 Linux 内核工程师' (内存管理与异构计算分论坛 14:25-14:50, "
    "under 'Folios in the Page Cache: Converting a' / 'Filesystem Step by Step'); that line is his affiliation, not a "
    'title line or a second speaker. TWO SPEAKERS (four talks, one per forum) are given top then bottom, each with '
    "the line beside his own name: 张晓东 and 刘洋 (the SAME line '字节跳动 内核工程师' twice), 刘晓峰 and 韩雪梅 (the "
    "same '华为 鲲鹏计算内核工程师' twice), 郭超 ('快手 系统工程师') and 曾敏 ('快手 内核工程师'), 潘立峰 and 蒋波 (the same "
    "'小米 存储系统工程师' twice). TITLES wrap greedily in the title column, as the organisers break them; a title over "
    "two lines is ONE title, given as the designer typed it: the typed space kept at a break between Latin words "
    "('Replacing the VMA Red-Black Tree: What' / 'the Maple Tree Means for mmap_lock') and between a Latin word and "
    "Chinese typed with a space ('…从 OpenSBI 到' / '第一个用户进程', '…OOM 与' / 'swap 策略', '…IOMMU 与' / "
    "'进程页表的协同'); none where the break follows a full-width colon ('…实时调度实验：' / 'PREEMPT_RT 的时延测量') or "
    "falls inside Chinese text, also inside a word ('…页表格' / '式的适配', '…开发者的成' / '长与社区协作'); thirteen titles "
    "take two lines, none more. The ROUND TABLE (主论坛, 11:35-12:20, kind 'panel') is one row "
    "'圆桌论坛:开源操作系统生态下内核开发者的成长与社区协作' over two lines (the label '圆桌论坛:' kept in the title with its "
    "ASCII colon, as the 2024 whole agenda prints its round table), a violet '主持人:' line over the moderator's line "
    "and a violet '嘉\u3000宾:' line over four guests' lines; its speakers are the moderator and then the guests in "
    'printed order (杨帆; 赵国强, 吴晓明, 徐红, 郑勇), its affiliations their printed lines; the labels are no part of a '
    "name, and the moderator is a SPEAKER, not the forum's host (周建明), although his label reads '主持人:' like the "
    "host's. '开场' (09:00-09:05, no speaker) is a break; '开幕致辞' (09:05-09:20, 虞建华, 浙江海洋大学副校长) is a talk. "
    "'茶歇' and '午餐' are cyan bars holding the range and the label only, breaks of the forum they stand in: 主论坛 has "
    "a morning 茶歇 10:20-10:35 and ends with '午餐' 12:20-13:30; each afternoon forum starts at 13:30, has ONE 茶歇 "
    '(15:35-15:50, 15:30-15:50, 15:30-15:45) and ends with its last talk (17:55, 17:50, 17:50). ENGLISH-ONLY titles: '
    "four, one per forum, all over two lines ('Replacing the VMA Red-Black Tree: What the Maple Tree Means for "
    "mmap_lock'; 'Load Balancing on Hybrid CPUs: Lessons from Alder Lake Laptops' by 黄文斌, a Chinese speaker; "
    "'Folios in the Page Cache: Converting a Filesystem Step by Step', the Latin speaker's; 'How Much Does a BPF "
    "Program Cost? Measuring Per-Hook Overhead'). SURNAMES of the 46 Chinese names in roughly a real kernel "
    "conference's proportions: 王 3, 李 3, 张 3, 刘 3, 陈 2 (14, 30 %), 杨 2 and one each of 黄 赵 吴 周 徐 孙 马 胡 郭 "
    '何 高 林 (28 of 46, 61 %, bear one of the twenty the brief lists; 朱 and 罗 absent), one each of sixteen other '
    'common ones (郑 谢 宋 韩 唐 许 冯 邓 曾 董 袁 彭 潘 蒋 程 曹), and two uncommon ones met most in Zhejiang: 虞 '
    "(虞建华, who gives the opening address) and 竺 (竺晓燕, a lecturer of the host school); given names of everyday "
    'characters, no given name twice; eighteen two-character names, padded. No person is printed twice.'
)


if __name__ == "__main__":
    main()
