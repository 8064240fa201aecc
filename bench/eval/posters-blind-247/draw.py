"""Draw the two-hundred-and-forty-seventh blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the Android screenshots Screenshot_72471114-2208SS_WeChat.png ... and truth.json
next to this file.  Every string printed on the pictures comes from the data below, so truth.json and the pictures
cannot drift apart.  Randomness only from seeded Random instances (seeds are fixed numbers or zlib.crc32 of a name,
never hash()).

ONE invented edition, CLK 7247 (第5242届, 延吉, 延边大学, Saturday 7247-11-16), with CLK2022's four forums (主论坛,
处理器架构与调度分论坛, 内存管理与异构计算分论坛, IO 与 ebpf 分论坛, its README's link texts), as CLK2022's repository
holds an edition: ONE agenda image (the organisers' would be '7247clk.png', a PNG 1080 px wide, as imgs/2022clk.png),
the four forums one under another, drawn after the organisers' CLK2024 大会全议程.webp in NEW colours (a deep violet
page, amber titles, coral labels, lavender company-job lines, magenta tea bars).  That image is made in memory only.
Then as a reader passed it on: it was sent into a WeChat group chat (WeChat re-encoded it as a JPEG of the same
size), opened there in WeChat's black image viewer on a 1080 x 2400 Android phone with gesture navigation, shown at
the screen's width (1:1) under the status bar, and scrolled down by hand: five screenshots (PNG) with a few lines of
overlap, until the last forum had ended.  Only the screenshots are written.

Built from posters-blind-222/draw.py (itself from 212's and 188's): its helpers, whole-agenda painters, plan and checks
copied; changed here: the data, the palette, the school's seal (a mountain over a book) and the foot's skyline
(Yanji: the river, a bridge, a pavilion with curved eaves, Mao'er mountain), the introduction, the screen (WeChat's
viewer: an opaque status bar, the image, a black gesture strip with its handle; no three-button bar), the chat's
JPEG step, five screenshots, the checks' counts.
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
# CLK 7247 (第5242届), 延吉, 延边大学, Saturday 7247-11-16.  主论坛 in the morning (09:00-12:20 with a short tea, then
# lunch until 13:30), CLK2022's three other forums in parallel in the afternoon from 13:30, one under another.
EDITION = "CLK 7247"
YEAR = "7247"
NTH = "第5242届中国"
DATE = "7247-11-16"
DATE_PRINTED = "7247年11月16日"
CITY = "延吉"
SCHOOL = "延边大学"
SCHOOL_UNIT = "工学院"
SCHOOL_EN = "College of Engineering, Yanbian University"
SCHOOL_MARK = "YANBIAN UNIVERSITY"
HALL = "延边大学本部校区 科学技术馆一楼报告厅"  # printed over two lines, broken at the space
# The reader's copy: the organisers' PNG ('7247clk.png', as CLK2022's imgs/2022clk.png) was posted in a WeChat group;
# WeChat passed it on re-encoded as a JPEG of the same size (q72, 4:2:0, the chat's own compression); the reader opened
# it in the chat, in WeChat's black full-screen viewer, which shows a long picture at the screen's width (1080 px, so
# 1:1) from its top, and scrolled down by hand; passed on as the phone's own screenshots, PNG 1080 x 2400, named as
# the phone names them ('Screenshot_' + date + '-' + time + '_' + app); taken on Thursday 7247-11-14 from 22:08, two
# days before the meeting.
CHAT_Q = 72
SHOT_DAY = "72471114"
SHOT_TIMES = ["220814", "220822", "220829", "220837", "220846", "220853", "220901"]
SHOT_BATTERY = [41, 41, 41, 40, 40, 40, 40]
SHOT_W, SHOT_H = 1080, 2400  # the screen
BAR_H = 84  # the status bar (it holds a camera cut-out, so a little taller than 24 dp)
NAV_H = 63  # the gesture-navigation strip at the foot (24 dp at 2.625x), black in WeChat's viewer, with its handle
VIEW = SHOT_H - BAR_H - NAV_H  # poster rows shown between the two (2253)


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return {"name": name, "line": line}


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


# every speaker stands on a line of his own, as the 2024 whole agenda prints them (two speakers one under the
# other); two-character names are held padded, as they are printed
H0, H1, H2, H3 = "崔永哲", "马　骞", "金春花", "张　强"
FORUMS = [
    ("主论坛", (H0, "延边大学工学院院长"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [P("朴永浩", "延边大学副校长")], H0),
        T("09:20", "09:50", "补丁审阅为什么越来越慢：维护者负担与 b4、lore 工具链", [P("王建平", "华为 Linux内核首席专家")], H0),
        T("09:50", "10:20", "LoongArch 合入 5.19 之后：用户态生态与上游的剩余工作", [P("陈晓东", "龙芯中科内核研发部总监")], H0),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "Kpatch Versus Kernel Upgrades: Choosing When to Reboot a Fleet",
          [P("李明辉", "腾讯云 操作系统内核工程师"), P("赵　静", "腾讯云 操作系统内核工程师")], H0),
        T("11:05", "11:35", "内核工程师从哪里来：高校操作系统课程与开源社区的衔接", [P("张丽君", "北京航空航天大学计算机学院副教授")], H0),
        PANEL("11:35", "12:20", "芯片厂商、发行版与云厂商如何分担 Linux 内核上游工作",
              [P("周　涛", "统信软件内核架构师"),
               P("刘海波", "阿里云操作系统团队负责人"),
               P("吴　昊", "海光信息 系统软件部总监"),
               P("黄伟东", "麒麟软件内核技术专家"),
               P("钱丽萍", "中国科学院软件研究所研究员")], H0),
        B("12:20", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (H1, "中国科学院计算技术研究所副研究员"), [
        T("13:30", "13:55", "AMX 状态的动态分配与信号帧大小", [P("徐文斌", "英特尔 开源技术中心 软件工程师")], H1),
        T("13:55", "14:20", "cluster 调度域在鲲鹏 920 上的收益与副作用", [P("孙鹏飞", "华为 鲲鹏计算内核工程师")], H1),
        T("14:20", "14:45", "Scheduling for Arm Neoverse Servers: Wake Affinity Revisited",
          [P("Lukas Brenner", "SUSE Labs 内核工程师")], H1),
        T("14:45", "15:10", "RISC-V Sstc 扩展与内核计时器的适配", [P("蒋　晟", "平头哥 系统软件工程师")], H1),
        T("15:10", "15:35", "CFS burst 在容器场景下的实践",
          [P("胡　婷", "阿里云 弹性计算内核工程师"), P("蔡　超", "阿里云 内核工程师")], H1),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "按内存带宽隔离在离线任务：Intel RDT 的 MBA 在生产中的效果", [P("叶志斌", "快手 系统工程师")], H1),
        T("16:15", "16:40", "申威平台 Linux 内核的中断与时钟子系统适配", [P("邵　翔", "无锡先进技术研究院 工程师")], H1),
        T("16:40", "17:05", "cyclictest 数字背后的硬件因素", [P("林晓峰", "中控技术 嵌入式软件工程师")], H1),
        T("17:05", "17:30", "折叠屏手机上的前台任务识别与调度加速", [P("刘晓燕", "荣耀终端 系统性能工程师")], H1),
        T("17:30", "17:55", "虚拟机中的锁持有者抢占：PV spinlock 与 vCPU 调度的配合", [P("谢　宁", "天翼云 虚拟化工程师")], H1),
    ]),
    ("内存管理与异构计算分论坛", (H2, "延边大学工学院计算机科学与技术系主任"), [
        T("13:30", "14:00", "用 DAMON 识别数据库实例的冷内存", [P("赵海涛", "字节跳动 系统技术工程师")], H2),
        T("14:00", "14:25", "memfd_secret：把敏感数据移出直接映射", [P("许　亮", "蚂蚁集团 安全内核工程师")], H2),
        T("14:25", "14:50", "Memory Tiering Without CXL Hardware: Emulating Slow Nodes with QEMU",
          [P("杨建勇", "浪潮信息 服务器内核工程师")], H2),
        T("14:50", "15:10", "GPU 直通下 IOTLB 失效的开销测量", [P("彭　俊", "摩尔线程 驱动开发工程师")], H2),
        T("15:10", "15:30", "Java 应用的透明大页延迟毛刺：khugepaged 合并与分裂的代价",
          [P("刘振华", "京东零售 JVM 工程师"), P("宋　玥", "京东云 内核工程师")], H2),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:15", "手机 zram 的 lzo-rle 与 zstd：压缩率、耗时与耗电", [P("陈　思", "OPPO 内存优化工程师")], H2),
        T("16:15", "16:40", "云主机内存热插拔扩容的实践与限制", [P("朱明亮", "中国移动云能力中心 虚拟化工程师")], H2),
        T("16:40", "17:05", "slabinfo 里看不到的泄漏：per-cpu 分配与 vmalloc 的排查方法", [P("王　珺", "美团基础研发平台 内核工程师")], H2),
        T("17:05", "17:25", "FPGA 网卡的用户态内存注册：pin_user_pages 与长期锁页", [P("韩云飞", "新华三 驱动工程师")], H2),
        T("17:25", "17:50", "NUMA balancing 对 MySQL 尾延迟的影响", [P("冯宇航", "腾讯云 数据库内核工程师")], H2),
    ]),
    ("IO 与 ebpf 分论坛", (H3, "京东云 存储内核负责人"), [
        T("13:30", "13:55", "io_uring 多线程共享环的锁竞争问题", [P("潘　磊", "字节跳动 存储内核工程师")], H3),
        T("13:55", "14:20", "When a Struct Field Moves: Keeping CO-RE Programs Portable", [P("邓　凯", "滴滴 可观测性平台工程师")], H3),
        T("14:20", "14:45", "blk-iocost 的模型参数怎么测", [P("李　娜", "阿里云 存储内核工程师")], H3),
        T("14:45", "15:10", "NVMe/TCP 的 CPU 开销从哪里来：零拷贝接收与 DDP 卸载",
          [P("曾文杰", "NVIDIA 网络软件工程师"), P("张　颖", "浪潮信息 存储工程师")], H3),
        T("15:10", "15:35", "车机 eMMC 上的 F2FS 掉电一致性测试", [P("唐　鑫", "东软睿驰 系统软件工程师")], H3),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "XDP 丢包统计：各网卡驱动的实现差异", [P("王明远", "网易 网络工程师")], H3),
        T("16:15", "16:40", "bpftrace 单行脚本里的 IO 栈：从 bio 到 request 的时延分解", [P("苏俊杰", "小红书 SRE 工程师")], H3),
        T("16:40", "17:05", "dm-verity 校验与安卓启动时间优化", [P("栾丽华", "vivo 存储系统工程师")], H3),
        T("17:05", "17:30", "QLC SSD 上 ext4 与 XFS 的写放大对比", [P("何　斌", "忆联 存储驱动工程师")], H3),
        T("17:30", "17:55", "BPF LSM 与 SELinux 共存时的钩子顺序", [P("陈志刚", "奇安信 安全研究员")], H3),
    ]),
]
FOUR = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's README links

SPONSORS = ["延边大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "蚂蚁集团", "龙芯中科", "统信软件",
            "麒麟软件", "FUJITSU"]
SUPPORT = ["清华大学", "openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "吉林省计算机学会", "延吉市科协"]
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
# the colours: NEW, as the brief asks, in place of the organisers' 2024 royal blue: a deep VIOLET page (darker at
# the head), AMBER titles, CORAL labels ('主持人:', '嘉　宾:'), LAVENDER company-job lines, warm white headings,
# MAGENTA-to-violet tea and lunch bars, amber-to-magenta rules
TITLE = (255, 198, 76)
PALE = (196, 182, 255)  # the company-job lines and the hosts' units
SKY = (255, 122, 150)  # '主持人:' and '嘉　宾:' (coral; the name SKY is kept from set 153)
LINE = (160, 122, 246)  # the time line
HEAD = (255, 240, 214)  # the forum headings (warm white)
BG0, BG_MID, BG1 = (30, 12, 80), (58, 22, 140), (44, 16, 114)
HOLE = BG_MID  # the hole of a pin
DEEP = (40, 14, 100)  # dark ink for shapes on the page
RULE = (255, 160, 64)  # the forum rules' bright end
RULE2 = (214, 64, 170)  # and their other end
BAR0, BAR1 = (232, 74, 156), (150, 54, 196)  # a tea or lunch bar, left to right (then fading into the page)
W = 1080


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between (the data holds them padded)."""
    return name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, an arc, a glassy ball and small satellites (as 2024's), in this
    edition's violet, amber and magenta."""
    for r, col, wd in [(220, (120, 70, 220), 3), (176, (236, 96, 180), 10), (132, (255, 210, 140), 4)]:
        d.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], outline=col, width=wd)
    d.arc([cx - 250, cy - 160, cx + 250, cy + 160], 195, 345, fill=(255, 190, 90), width=10)
    d.arc([cx - 200, cy - 110, cx + 200, cy + 110], 20, 160, fill=(170, 80, 230), width=14)
    d.ellipse([cx - 82, cy - 82, cx + 82, cy + 82], fill=(120, 44, 200), outline=(255, 222, 170), width=4)
    d.ellipse([cx - 60, cy - 70, cx - 10, cy - 40], fill=(196, 140, 255))
    ctext(d, cx, cy - 52, YEAR, font(22, True), (255, 236, 210))
    ctext(d, cx, cy - 28, "CLK", font(56, True), WHITE)
    for ang in (25, 155, 245, 320):
        sx, sy = cx + 240 * math.cos(math.radians(ang)), cy + 150 * math.sin(math.radians(ang))
        d.ellipse([sx - 22, sy - 22, sx + 22, sy + 22], fill=(96, 34, 176), outline=(255, 196, 120), width=3)
        d.ellipse([sx - 8, sy - 8, sx + 8, sy + 8], outline=(255, 226, 190), width=2)


def seal(d, x, y, r, fill):
    """The school's seal: two rings and, inside, a mountain with a snowy peak over an open book (drawn simply)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    a = r / 2.2
    d.line([(x - a, y + a * 0.15), (x - a * 0.2, y - a * 0.9), (x + a * 0.15, y - a * 0.4), (x + a * 0.45, y - a * 0.75),
            (x + a, y + a * 0.15)], fill=fill, width=2)  # the mountain
    d.line([(x - a * 0.45, y - a * 0.5), (x - a * 0.2, y - a * 0.35), (x + a * 0.05, y - a * 0.55)], fill=fill, width=1)
    d.line([(x - a, y + a * 0.4), (x, y + a * 0.65), (x + a, y + a * 0.4)], fill=fill, width=2)  # the book
    d.line([(x - a, y + a * 0.7), (x, y + a * 0.95), (x + a, y + a * 0.7)], fill=fill, width=2)
    d.line([(x, y + a * 0.65), (x, y + a * 0.95)], fill=fill, width=2)


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


PILL = (255, 186, 96)  # the date pill's outline and marks


def header(im, d):
    """The head: logo lines, the school's seal and name with its college, the slanted edition title, the ring, the
    date pill, the address ('地址:' inline, the hall over two lines, as the 2024 whole agenda prints it)."""
    logo_lines(d, 60, 56, WHITE, TITLE, 1.15)
    seal(d, 636, 92, 34, WHITE)
    d.text((684, 48), fits(d, SCHOOL, font(36, True, serif=True), 380), font=font(36, True, serif=True), fill=WHITE)
    d.text((684, 96), fits(d, SCHOOL_UNIT, font(26, True), 380), font=font(26, True), fill=WHITE)
    d.text((684, 132), fits(d, SCHOOL_EN, font(10), 360), font=font(10), fill=(224, 210, 255))
    ring_graphic(d, 790, 700)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), HEAD, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=(200, 90, 200), width=4)
    d.line([(560, 530), (640, 510)], fill=PILL, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 630, 80 + pw, 698
    d.rounded_rectangle([x0, y0, x1, y1], radius=12, outline=PILL, width=3)
    d.line([(x0 + pw / 2 - 40, y0), (x0 + pw / 2 + 40, y0)], fill=PILL, width=8)
    d.line([(x0 + pw / 2 - 40, y1), (x0 + pw / 2 + 40, y1)], fill=PILL, width=8)
    d.line([(x0 - 10, y0 + 16), (x0 - 10, y1 - 16)], fill=PILL, width=5)
    d.line([(x1 + 10, y0 + 16), (x1 + 10, y1 - 16)], fill=PILL, width=5)
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
    faint_city(d, 1040, (84, 40, 170))
    return 1110


INTRO = ["中国 Linux 内核开发者大会（CHINA LINUX KERNEL, CLK）是国内 Linux 内核开发者的年度技术交流活动，自创办以来"
         "已连续举办5241届。大会由清华大学、英特尔、华为、阿里云、腾讯云、字节跳动、OPPO、vivo、蚂蚁集团、龙芯中科、"
         "富士通南京等单位共同发起，坚持开放、中立、由开发者主导的原则，每届设一个主论坛和若干分论坛。本届大会上午为"
         "主论坛，下午三个分论坛同时进行，议题覆盖处理器架构、任务调度、内存管理、异构计算、块设备 IO 与 eBPF。",
         "本届大会由延边大学工学院承办，华为、阿里云、腾讯云、字节跳动、OPPO、vivo、蚂蚁集团、统信软件、麒麟软件、"
         "openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、CSDN 等单位共同支持。大会免费参加，欢迎内核开发者、高校师生和"
         "开源爱好者扫码报名。"]
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
    d.rectangle([bx0, y, bx1, y + h], fill=(80, 34, 168))
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=PILL, width=10)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=PILL, width=10)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (100 if i == 0 else 50), yy), ln, font=f, fill=WHITE)
            yy += 48
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a magenta-to-amber bar with a cut corner and the word in leaning white type (as 2024's '大会议程')."""
    w, h = 460, 90
    x0 = W / 2 - w / 2
    hgrad(d, x0 - 70, y + 80, x0 + 120, y + 92, BG_MID, (255, 170, 90))
    hgrad(d, x0, y, x0 + w, y + h, (200, 60, 170), (255, 160, 80))
    d.polygon([(x0, y), (x0 + 18, y), (x0, y + 18)], fill=BG_MID)
    d.line([(x0 + w - 80, y - 12), (x0 + w + 50, y - 12)], fill=(255, 196, 110), width=10)
    slant_text(im, 0, y + 8, text, font(54, True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


HEADING_SIZES = []


def mint_text(im, x, y, text, f, shear=0.16):
    """Heading type leaning right, filled with a warm white-to-amber gradient (top to bottom; 2024 uses mint)."""
    tmp = Image.new("RGB", (1, 1))
    m_w = tw(ImageDraw.Draw(tmp), text, f) + 8
    h = int(f.size * 1.45)
    m = Image.new("L", (m_w + int(shear * h) + 8, h), 0)
    ImageDraw.Draw(m).text((int(shear * h) + 4, 0), text, font=f, fill=255)
    m = m.transform(m.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    fill = vgrad(m.size[0], m.size[1], (255, 250, 236), (255, 206, 120))
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
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=(255, 170, 80))
        x += 84
        x = mint_text(im, x, y - 4, name, font(62, True))
    else:
        box = vgrad(106, 76, (255, 200, 96), (236, 110, 70))
        mask = Image.new("L", (106, 76), 0)
        ImageDraw.Draw(mask).polygon([(14, 0), (106, 0), (92, 76), (0, 76)], fill=255)
        im.paste(box, (x, y + 6), mask)
        d.line([(x + 2, y - 8), (x + 40, y - 8)], fill=WHITE, width=6)
        d.line([(x + 2, y - 8), (x - 6, y + 30)], fill=WHITE, width=6)
        slant_text(im, x + 16, y + 6, "%02d" % idx, font(48, True), DEEP, 0.2)
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
    hgrad(d, 70, y, XR + 30, y + 12, RULE, RULE2)
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
        hgrad(d, TX - 6, y - 4, XR - 120, y + 50, BAR0, BAR1)
        hgrad(d, XR - 120, y - 4, XR, y + 50, BAR1, BG_MID)
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


def pavilion(d, x, base, col, line):
    """A pavilion with curved, upturned eaves on a plinth (as the Korean-style roofs of Yanji), two storeys."""
    d.rectangle([x - 70, base - 16, x + 70, base], fill=col, outline=line, width=2)
    y = base - 16
    for k, (ww, hh) in enumerate(((52, 56), (38, 44))):
        d.rectangle([x - ww, y - hh, x + ww, y], fill=col, outline=line, width=2)
        for px in range(int(x - ww + 12), int(x + ww - 4), 20):
            d.line([(px, y - hh + 8), (px, y)], fill=line, width=1)
        ey = y - hh
        d.polygon([(x - ww - 40, ey + 4), (x - ww - 26, ey - 8), (x - ww + 6, ey - 22), (x + ww - 6, ey - 22),
                   (x + ww + 26, ey - 8), (x + ww + 40, ey + 4), (x + ww + 10, ey - 2), (x - ww - 10, ey - 2)],
                  fill=col, outline=line)
        y = ey - 22
    d.line([(x, y), (x, y - 26)], fill=line, width=3)


def skyline(im, h):
    """The foot, Yanji in the 2024 manner (pale violet outlines and fills a little lighter than the page): Mao'er
    mountain at the back, the Burhatong river at the foot with an arched bridge, a pavilion with curved eaves at the
    left, towers and the school's buildings at the right, and the school's name."""
    d = ImageDraw.Draw(im)
    base = h - 60
    fillc, line = (72, 30, 150), (140, 96, 230)
    river = base - 120
    d.polygon([(0, river - 200), (180, river - 330), (300, river - 300), (420, river - 420), (560, river - 310),
               (700, river - 360), (860, river - 260), (1080, river - 300), (1080, river), (0, river)],
              fill=(62, 24, 134), outline=line)  # the mountains behind
    d.rectangle([0, river, W, base], fill=(50, 18, 120))
    ripples(d, river + 6, base - 4, (88, 44, 176), 7247)
    pavilion(d, 190, river - 10, fillc, line)
    deck = river - 40  # an arched bridge over the river
    d.rectangle([330, deck, 760, deck + 10], fill=fillc, outline=line, width=2)
    for ax in (380, 490, 600, 710):
        d.arc([ax - 50, deck + 10, ax + 50, deck + 90], 180, 360, fill=line, width=3)
    for tx, tw_, th in ((800, 60, 260), (870, 44, 200), (924, 70, 320), (1004, 50, 230)):  # towers at the right
        d.rectangle([tx, river - th, tx + tw_, river], fill=fillc, outline=line, width=2)
        for wy in range(river - th + 16, river - 10, 22):
            d.line([(tx + 8, wy), (tx + tw_ - 8, wy)], fill=line, width=1)
    d.rectangle([0, base, W, h], fill=(36, 12, 96))
    seal(d, W / 2 - 80, h - 30, 16, (230, 214, 255))
    ctext(d, W / 2 + 14, h - 44, SCHOOL, font(24, True, serif=True), (240, 230, 255))


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 70
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 70
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 180, y, W / 2 + 180, y + 360], outline=WHITE, width=3)
    d.rectangle([W / 2 - 162, y + 18, W / 2 + 162, y + 342], fill=WHITE)
    qrcode(d, W / 2 - 144, y + 36, 288, 7247)
    y += 410
    slant_text(im, 0, y, "扫码报名", font(62, True), WHITE, 0.18, cx=W / 2)
    y += 116
    ctext(d, W / 2, y, "现场名额有限，请提前扫码报名", font(29), WHITE)
    ctext(d, W / 2, y + 50, "活动解释权归主办方所有", font(29), WHITE)
    y += 150
    slant_text(im, 0, y, "相约延吉 · 共探 Linux 内核之美", font(46, True), TITLE, 0.18, cx=W / 2)
    return int(y + 700)


def background(w, h):
    """The page: a darker violet head, a brighter band under it, then an even violet; warm glows and light streaks
    (the 2024 layout of light, in this edition's colours)."""
    top = vgrad(w, 1400, BG0, BG_MID)
    rest = vgrad(w, h - 1400, BG_MID, BG1)
    im = Image.new("RGB", (w, h))
    im.paste(top, (0, 0))
    im.paste(rest, (0, 1400))
    im = glow(im, 790, 700, 420, (236, 90, 190), 0.22)
    im = glow(im, 980, 120, 300, (255, 170, 90), 0.14)
    for k, yy in enumerate(range(2600, h - 1200, 2300)):
        im = glow(im, 1060 if k % 2 else 20, yy, 360, (170, 70, 230), 0.08)
    im = glow(im, 540, h - 300, 520, (200, 80, 220), 0.12)
    d = ImageDraw.Draw(im)
    rnd = random.Random(7247)
    for i in range(9):  # light streaks sweeping over the head
        d.arc([300 + i * 40, -400 - i * 30, 1500 + i * 40, 260 + i * 24], 100, 175, fill=(110, 50, 200), width=2)
    for _ in range(110):  # particles over the head
        px, py = rnd.randrange(480, 1080), rnd.randrange(150, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 232, 214))
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
        hgrad(d, 70, y + 20, XR + 30, y + 28, RULE2, RULE)
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
# the phone: a 1080 x 2400 Android phone; WeChat's viewer shows the chat's copy of the poster at the screen's width
# (1080 px, so exactly 1:1) between an opaque black status bar and the black gesture strip; the reader scrolls by
# hand and takes a screenshot, a few printed lines of overlap each time, until the last forum has ended.
K = SHOT_W / W  # 1
OV_MIN, OV_MAX = 120, 280  # overlap between consecutive screenshots, in poster rows (three to seven printed lines)
SLICE = (0.2, 0.8)  # an edge through a line cuts it between 20 % and 80 % of its height ...
CLEAR = 3  # ... or stands at least 3 px off it
PLAN_SEED = 7247


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
        assert k < 7, "more than seven screenshots"
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
    """An Android status bar, white on black as WeChat's black viewer leaves it: the clock, then two notification
    icons (WeChat's two speech bubbles, a download arrow) at the left; at the right a '5G' mark with four signal
    bars, the wifi fan and a horizontal battery with its level printed inside it."""
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, SHOT_W, BAR_H - 1], fill=(0, 0, 0))
    f = font(33, True)
    cy = BAR_H // 2 + 2
    d.text((52, cy), clock, font=f, fill=WHITE, anchor="lm")
    x = 52 + tw(d, clock, f) + 26
    d.ellipse([x, cy - 14, x + 24, cy + 6], outline=WHITE, width=3)  # two bubbles, the small one in front
    d.ellipse([x + 12, cy - 6, x + 32, cy + 12], fill=(0, 0, 0), outline=WHITE, width=3)
    x += 50
    d.line([(x + 12, cy - 14), (x + 12, cy + 6)], fill=WHITE, width=3)  # a download arrow over a bar
    d.polygon([(x + 3, cy - 2), (x + 21, cy - 2), (x + 12, cy + 9)], fill=WHITE)
    d.line([(x + 2, cy + 14), (x + 22, cy + 14)], fill=WHITE, width=3)
    x0 = 742  # '5G' and four signal bars
    d.text((x0, cy), "5G", font=font(22, True), fill=WHITE, anchor="lm")
    for j in range(4):
        bh = 8 + j * 6
        d.rectangle([x0 + 36 + j * 9, cy + 12 - bh, x0 + 41 + j * 9, cy + 12], fill=WHITE if j < 3 else (120, 120, 120))
    cx, fy = 856, cy + 12  # wifi: a fan of three arcs and a dot
    for r in (24, 16):
        d.arc([cx - r, fy - r, cx + r, fy + r], 225, 315, fill=WHITE, width=4)
    d.ellipse([cx - 4, fy - 8, cx + 4, fy], fill=WHITE)
    bx, by = 906, cy - 15  # a horizontal battery with its level inside
    d.rounded_rectangle([bx, by, bx + 64, by + 30], radius=8, outline=WHITE, width=2)
    d.rounded_rectangle([bx + 66, by + 9, bx + 71, by + 21], radius=2, fill=WHITE)
    lv = round(58 * battery / 100)
    d.rounded_rectangle([bx + 3, by + 3, bx + 3 + lv, by + 27], radius=6, fill=(150, 150, 150))
    d.text((bx + 32, by + 15), "%d" % battery, font=font(21, True), fill=WHITE, anchor="mm")


def nav_bar(im):
    """Gesture navigation: a black strip at the foot (WeChat's viewer is black) with the light grey handle."""
    d = ImageDraw.Draw(im)
    top = SHOT_H - NAV_H
    d.rectangle([0, top, SHOT_W, SHOT_H], fill=(0, 0, 0))
    cy = top + NAV_H // 2 + 4
    d.rounded_rectangle([540 - 110, cy - 6, 540 + 110, cy + 6], radius=6, fill=(200, 200, 200))


def screenshot(poster, a, clock, battery):
    im = Image.new("RGB", (SHOT_W, SHOT_H), (0, 0, 0))
    im.paste(poster.crop((0, a, SHOT_W, a + VIEW)), (0, BAR_H))
    status_bar(im, clock, battery)
    nav_bar(im)
    return im


def shot_name(k):
    return "Screenshot_%s-%s_WeChat.png" % (SHOT_DAY, SHOT_TIMES[k])


def shot_clock(k):
    return SHOT_TIMES[k][:2] + ":" + SHOT_TIMES[k][2:4]


def chat_copy(im):
    """What the chat passed on: the organisers' PNG re-encoded by WeChat as a baseline JPEG of the same size (quality
    CHAT_Q, 4:2:0), decoded again for the viewer."""
    import io
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=CHAT_Q, subsampling=2, optimize=False, progressive=False)
    CHAT_BYTES.append(len(buf.getvalue()))
    buf.seek(0)
    return Image.open(buf).convert("RGB")


CHAT_BYTES = []
COMMON = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")  # the 100
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = ["朴", "栾"]  # 朴: a Korean-Chinese surname, common in Yanbian and rare in the country; 栾: rare, north China
SURNAME_COUNTS = {"王": 3, "李": 2, "张": 3, "刘": 3, "陈": 3, "赵": 2}  # every other surname once
# the characters a given name may use: everyday ones, as the brief asks (伟 明 磊 涛 军 华 勇 强 杰 婷 静 丽 鹏 飞 斌 超 ...)
EVERYDAY = set("伟明磊涛军华勇强杰婷静丽鹏飞斌超建国立敏平海燕新峰志远晓辉庆红永文波娟俊昊阳洋浩亮冰刚颖鑫卫东凯龙"
               "宁帅光云一帆宇梅雷振栋程萍雪哲春花思翔君航娜")
UNCOMMON_GIVEN = set("骞晟玥珺")  # the less common characters a parent chooses, each once


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
    assert len(chinese) == 47 and {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert (top5, top20) == (14, 27), (top5, top20)
    assert all(2 <= len(p) <= 3 for p in chinese)
    printed = [host[0] for _, host, _ in FORUMS] + [sp["name"] for f in FORUMS for s in f[2] for sp in s["sp"]]
    for n in printed:  # two-character names padded, no other
        assert n.isascii() or (len(plain(n)) == 2) == ("\u3000" in n), n
    assert sum(1 for n in printed if "\u3000" in n) == 21
    given = [plain(n)[1:] for n in printed if not n.isascii()]
    chars = "".join(given)
    assert set(chars) <= EVERYDAY | UNCOMMON_GIVEN, set(chars) - EVERYDAY - UNCOMMON_GIVEN
    assert all(chars.count(c) == 1 for c in UNCOMMON_GIVEN) and not EVERYDAY & UNCOMMON_GIVEN
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


ENDS = ["17:55", "17:50", "17:55"]
TEAS = [[("15:35", "15:50")], [("15:30", "15:50")], [("15:35", "15:50")]]
COUNTS = [6, 10, 10, 10]

DRAFT = os.environ.get("DRAFT")


def main():
    import io
    im = two_pass(W, paint_full, background)
    assert im.size[0] == W
    buf = io.BytesIO()
    im.save(buf, "PNG")  # the organisers' 7247clk.png (made in memory, never written)
    organisers = len(buf.getvalue())
    phone = chat_copy(im)  # the chat's JPEG of it, shown at the screen's width: 1080 -> 1080
    print("poster %d x %d, organisers' PNG %d bytes, chat's JPEG %d bytes" % (im.size + (organisers, CHAT_BYTES[-1])))
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
    assert 5 <= len(starts) <= 7 and starts[0] == 0
    assert DRAFT or len(starts) == len(LAYOUTS)
    assert all(OV_MIN <= a + VIEW - b <= OV_MAX for a, b in zip(starts, starts[1:]))
    assert starts[-1] + VIEW > FULL_LOG["agenda_end"] * K + 60  # the last screenshot shows the last forum's end
    assert 9000 <= im.size[1] <= 14000, im.size
    assert DRAFT or 1_000_000 <= organisers <= 2_200_000, organisers
    assert phone.size == im.size and 600_000 <= CHAT_BYTES[-1] <= 3_000_000, CHAT_BYTES
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
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": shots}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


UNDERS = [False, True, True, False]  # the host under the heading (long names) or at its right
WRAPPED = ["补丁审阅为什么越来越慢：维护者负担与 b4、lore 工具链",
           "LoongArch 合入 5.19 之后：用户态生态与上游的剩余工作",
           "Kpatch Versus Kernel Upgrades: Choosing When to Reboot a Fleet",
           "内核工程师从哪里来：高校操作系统课程与开源社区的衔接",
           "圆桌论坛:芯片厂商、发行版与云厂商如何分担 Linux 内核上游工作",
           "Scheduling for Arm Neoverse Servers: Wake Affinity Revisited",
           "按内存带宽隔离在离线任务：Intel RDT 的 MBA 在生产中的效果",
           "虚拟机中的锁持有者抢占：PV spinlock 与 vCPU 调度的配合",
           "Memory Tiering Without CXL Hardware: Emulating Slow Nodes with QEMU",
           "Java 应用的透明大页延迟毛刺：khugepaged 合并与分裂的代价",
           "手机 zram 的 lzo-rle 与 zstd：压缩率、耗时与耗电",
           "slabinfo 里看不到的泄漏：per-cpu 分配与 vmalloc 的排查方法",
           "FPGA 网卡的用户态内存注册：pin_user_pages 与长期锁页",
           "When a Struct Field Moves: Keeping CO-RE Programs Portable",
           "NVMe/TCP 的 CPU 开销从哪里来：零拷贝接收与 DDP 卸载",
           "bpftrace 单行脚本里的 IO 栈：从 bio 到 request 的时延分解"]  # the titles printed over two lines
# what each screenshot's edges slice (top edge, foot edge; the first screenshot starts at the poster's top)
EXPECTED_CUTS = [(None, []),
                 ([], ["13:55-14:20", "cluster 调度域在鲲鹏 920 上的收益与副作用"]),
                 ([], []),
                 ([], []),
                 ([], [])]
# the slots each screenshot counts, forum by forum, and its scored talks
SHOT_SLOTS = [[("主论坛", 1)], [("主论坛", 8), ("处理器架构与调度分论坛", 1)],
              [("处理器架构与调度分论坛", 10), ("内存管理与异构计算分论坛", 3)],
              [("内存管理与异构计算分论坛", 8), ("IO 与 ebpf 分论坛", 4)],
              [("IO 与 ebpf 分论坛", 7)]]
SHOT_SCORED = [0, 7, 12, 11, 6]
PHONE = ("the organisers' ONE agenda image (a PNG 1080 x 13332, about 1.66 MB, in the CLK2024 大会全议程 layout in new "
         "violet and amber colours, named '7247clk.png' as CLK2022's imgs/2022clk.png; never delivered) was posted in a "
         "WeChat group, which passed it on as a JPEG of the same size (q72, about 1.27 MB); a reader opened it in the "
         "chat on a 1080 x 2400 Android phone with gesture navigation: WeChat's black viewer shows the long picture at "
         "the screen's width (1:1) between an opaque black status bar (84 px: '22:08', a WeChat and a download "
         "notification icon at the left; '5G' with signal bars, wifi and a horizontal battery reading 41 or 40 at the "
         "right) and a black gesture strip with its grey handle (63 px), so each screenshot shows 2253 poster rows; "
         "the reader scrolled down by hand and took FIVE screenshots (PNG, 1080 x 2400), each starting a few printed "
         "lines above where the last one ended")
LAYOUTS = [
    "CLK 7247 (第5242届), 延吉, 7247-11-16, screenshot 1 of 5, poster rows 0-2253: " + PHONE + ". The poster's head: "
    "logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', a seal (a mountain over a book), '延边大学' / '工学院' and "
    "an English line at the top right, leaning '第5242届中国' / 'Linux内核开发者大会', the ring '7247' / 'CLK', the date "
    "pill '7247年11月16日' + pin + '延吉', '地址:延边大学本部校区' / '科学技术馆一楼报告厅', faint towers; the framed "
    "introduction (two paragraphs: the morning is the main forum, three forums in parallel in the afternoon, naming "
    "topics but no forum by its name); '大会议程' on a plate; '▶▶ 主论坛' with '主持人: 崔永哲' and his unit "
    "'延边大学工学院院长' at the right; the rule; '09:00-09:05 开场' whole just above the gesture strip. 0 scored.",
    "CLK 7247, screenshot 2 of 5, rows 1987-4240 (266 rows shared with screenshot 1): 主论坛's heading and host again "
    "at the top, 开场 again (counted in 1); '09:05-09:20 开幕致辞' (the rare 朴永浩, 延边大学副校长); '补丁审阅为什么越来越慢："
    "维护者负担与 b4、' / 'lore 工具链' (王建平); 'LoongArch 合入 5.19 之后：用户态生态与上' / '游的剩余工作' (陈晓东); a "
    "茶歇 bar 10:20-10:35; 'Kpatch Versus Kernel Upgrades: Choosing' / 'When to Reboot a Fleet' by 李明辉 over 赵　静 "
    "(both '腾讯云 操作系统内核工程师'); '内核工程师从哪里来：高校操作系统课程与开' / '源社区的衔接' (张丽君); the round table "
    "'圆桌论坛:芯片厂商、发行版与云厂商如何分担' / 'Linux 内核上游工作' (11:35-12:20) with a coral '主持人:' over 周　涛 and "
    "'嘉　宾:' over 刘海波, 吴　昊, 黄伟东, 钱丽萍; a 午餐 bar 12:20-13:30; the closing rule; '01' '处理器架构与调度  分论坛' "
    "with '主持人: 马　骞' and his unit on a line UNDER the heading between two short rules; 'AMX 状态的动态分配与信号帧大小' "
    "(徐文斌) whole; at the FOOT the range '13:55-14:20' and the one-line title 'cluster 调度域在鲲鹏 920 上的收益与副作用' "
    "SLICED just above the gesture strip (that talk counts in 3). 6 + 1 = 7 scored.",
    "CLK 7247, screenshot 3 of 5, rows 4095-6348 (145 rows shared): at the top the AMX talk again whole (counted in 2); "
    "the cluster talk (孙鹏飞) whole; 'Scheduling for Arm Neoverse Servers:' / 'Wake Affinity Revisited' by the ONE "
    "LATIN SPEAKER 'Lukas Brenner' with his line 'SUSE Labs 内核工程师' UNDER his name; Sstc (蒋　晟); 'CFS burst 在容器"
    "场景下的实践' by 胡　婷 over 蔡　超 (阿里云, two jobs); a 茶歇 bar 15:35-15:50; '按内存带宽隔离在离线任务：Intel RDT 的' / "
    "'MBA 在生产中的效果' (叶志斌); 申威 (邵　翔); cyclictest (林晓峰); 折叠屏 (刘晓燕); '虚拟机中的锁持有者抢占：PV spinlock 与' "
    "/ 'vCPU 调度的配合' (谢　宁) to 17:55; the closing rule; '02' '内存管理与异构计算  分论坛' with '主持人: 金春花' and her "
    "unit UNDER it; DAMON (赵海涛), 'memfd_secret：把敏感数据移出直接映射' (许　亮), and 'Memory Tiering Without CXL "
    "Hardware:' / 'Emulating Slow Nodes with QEMU' (杨建勇) whole just above the gesture strip. 9 + 3 = 12 scored.",
    "CLK 7247, screenshot 4 of 5, rows 6185-8438 (163 rows shared): at the top the Memory Tiering talk again whole "
    "(counted in 3), no heading; 'GPU 直通下 IOTLB 失效的开销测量' (彭　俊); 'Java 应用的透明大页延迟毛刺：khugepaged' / "
    "'合并与分裂的代价' by 刘振华 (京东零售 JVM 工程师) over 宋　玥 (京东云 内核工程师); a 茶歇 bar 15:30-15:50; '手机 zram 的 "
    "lzo-rle 与 zstd：压缩率、耗时' / '与耗电' (陈　思); 内存热插拔 (朱明亮); 'slabinfo 里看不到的泄漏：per-cpu 分配与' / "
    "'vmalloc 的排查方法' (王　珺); 'FPGA 网卡的用户态内存注册：' / 'pin_user_pages 与长期锁页' (韩云飞); 'NUMA balancing 对 "
    "MySQL 尾延迟的影响' (冯宇航) to 17:50; the closing rule; '03' 'IO 与 ebpf  分论坛' with '主持人: 张　强' and his unit "
    "at the RIGHT of the heading; io_uring (潘　磊), 'When a Struct Field Moves: Keeping CO-RE' / 'Programs Portable' "
    "(邓　凯), 'blk-iocost 的模型参数怎么测' (李　娜), and 'NVMe/TCP 的 CPU 开销从哪里来：零拷贝接' / '收与 DDP 卸载' by "
    "曾文杰 (NVIDIA) over 张　颖 (浪潮信息) whole just above the gesture strip. 7 + 4 = 11 scored.",
    "CLK 7247, screenshot 5 of 5, rows 8218-10471 (220 rows shared): at the top the NVMe/TCP talk again whole (counted "
    "in 4), no heading; 'F2FS 掉电一致性' (唐　鑫); a 茶歇 bar 15:35-15:50; XDP (王明远); 'bpftrace 单行脚本里的 IO 栈："
    "从 bio 到' / 'request 的时延分解' (苏俊杰); dm-verity (the rare 栾丽华); QLC (何　斌); 'BPF LSM 与 SELinux 共存时的"
    "钩子顺序' (陈志刚) to 17:55; the closing rule; then the foot begins: '赞助单位' on a plate and twelve sponsor boxes "
    "(延边大学, HUAWEI, 阿里云, 腾讯云, 字节跳动, OPPO, vivo, 蚂蚁集团, 龙芯中科, 统信软件, 麒麟软件, FUJITSU) just above the "
    "gesture strip; the reader stopped there (supporters, media, QR code, slogan and skyline are in no screenshot). "
    "6 scored.",
]

NOTE = (
    'Same schema and conventions as posters-blind-43 (and -59, -188, -205, -212, -222): speakers are names as printed '
    "with spaces and the padding of two-character names removed ('张\u3000强' -> '张强', '马\u3000骞' -> '马骞'; the "
    "Latin name 'Lukas Brenner' -> 'LukasBrenner'); host is the chair printed for the forum covering the slot, null "
    'for breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed. ONE invented edition, CLK '
    "7247 (第5242届, 延吉, host school 延边大学 with its 工学院, Saturday 7247-11-16), with CLK2022's four forums, the "
    "link texts of its README in README order (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf "
    "分论坛' with its spaces and lower-case 'ebpf'). The organisers' image would be ONE whole-agenda PNG, '7247clk.png' "
    "(1080 x 13332, about 1.66 MB, as CLK2022's imgs/2022clk.png is one 1.5 MB PNG), in the 2024 whole-agenda layout "
    'with NEW colours (deep violet page, amber titles, coral labels, lavender company-job lines, magenta tea bars), '
    'the four forums one under another; it is NOT delivered. What is delivered is what a reader passed on: the image '
    'as WeChat carried it (re-encoded by the chat as a JPEG of the same size, q72), opened in the chat in WeChat\'s '
    "black viewer on a 1080 x 2400 Android phone at the screen's width (1:1), and captured as FIVE screenshots (PNG, "
    '1080 x 2400, named Screenshot_72471114-2208SS_WeChat.png as the phone names them) while scrolling down by hand, '
    "between an opaque black status bar (84 px: clock '22:08', two notification icons, '5G', signal, wifi, a battery "
    "reading '41'/'40') and a black gesture strip with its handle (63 px), so each shows 2253 poster rows; each starts "
    'a few printed lines (145 to 266 rows) above where the previous one ended; the first starts at the top of the '
    'image, the last shows the end of the last forum and the sponsors, where the reader stopped. The clock, battery '
    "and file names are the phone's: no slot, no date of the meeting (they were taken on Thursday 7247-11-14). Each "
    "SCREENSHOT is one entry of 'posters' holding the forums whose slots it COUNTS, in printed order, every forum "
    'dated 7247-11-16 (the date is printed only in the head, on screenshot 1). (1) A slot counts ONCE, in the FIRST '
    'screenshot where its range line and every line of its title are WHOLE (under the status bar, above the gesture '
    'strip); the stops were chosen so that a slot counted there also shows all its speaker and company-job lines '
    'whole. An edge either slices a line between 20 % and 80 % of its height or stands at least 3 px off every line. '
    "Sliced: at the foot of 2 the range '13:55-14:20' and the one-line title 'cluster 调度域在鲲鹏 920 上的收益与副作用' "
    '(counted in 3, where it is whole). The other edges stand in gaps. A slot repeated whole in the next screenshot\'s '
    'overlap is NOT listed again there. (2) A forum spread over several screenshots is in each entry that counts some '
    "of its slots, under its own name and host, although the later screenshots do not print its heading: 主论坛's "
    "heading and host (崔永哲) are on 1 and again at the top of 2; 1 counts only '开场', 2 the rest of 主论坛; "
    "处理器架构与调度分论坛's heading and first talk are on 2, the rest on 3; 内存管理与异构计算分论坛's heading and first "
    "three talks on 3, the rest on 4; 'IO 与 ebpf 分论坛''s heading and first four talks on 4, the rest on 5. Counted: 1: "
    "主论坛 '开场' only (0 scored); 2: 主论坛 from 开幕致辞 to 午餐 and the first talk of 处理器架构与调度 (7); 3: the rest "
    'of 处理器架构与调度 and the first three of 内存管理与异构计算 (12); 4: the rest of 内存管理与异构计算 and the first '
    'four of IO 与 ebpf (11); 5: the rest of IO 与 ebpf (6); 36 scored in all (35 talks, the opening address among '
    "them, and the round table), 7 breaks. HEADINGS: '▶▶ 主论坛', or a slanted number box '01'..'03' followed by the "
    "forum's TOPIC and '分论坛' set APART with a gap, as the 2024 whole agenda sets them ('内存管理与异构计算  分论坛', "
    "'IO 与 ebpf  分论坛'): the forum is CLK2022's name, the gap and the numbers no part of it. The host is the name "
    "after the coral '主持人:' (ASCII colon, as 2024 types it): at the RIGHT of the heading with the unit under it for "
    "主论坛 (崔永哲, '延边大学工学院院长') and 'IO 与 ebpf 分论坛' (张强, printed '张\u3000强', '京东云 存储内核负责人'); for "
    "the two long names on a line of its own UNDER the heading between two short rules with the unit beside it: 马骞 "
    "(printed '马\u3000骞', '中国科学院计算技术研究所副研究员'), 金春花 ('延边大学工学院计算机科学与技术系主任'); the unit is "
    'no affiliation. ROWS: the range at the left, a dot on a vertical time line, the AMBER title, then the speakers, '
    'ONE LINE EACH, two speakers one under the other: the (padded) name and the company-job line beside it; each '
    "affiliation is that line EXACTLY as printed, typed as the designer typed it (run together, '延边大学副校长', "
    "'龙芯中科内核研发部总监', '统信软件内核架构师'; with a space where typed, '华为 Linux内核首席专家', '小红书 SRE 工程师'). "
    "The one LATIN name stands on a line of its own with his company-job line UNDER it, as the 2024 whole agenda "
    "prints 'Kuzin Artem': 'Lukas Brenner' / 'SUSE Labs 内核工程师' (处理器架构与调度分论坛 14:20-14:45, under "
    "'Scheduling for Arm Neoverse Servers:' / 'Wake Affinity Revisited'); that line is his affiliation, not a title "
    'line or a second speaker. TWO SPEAKERS (four talks, one per forum) are given top then bottom, each with the line '
    "beside his own name: 李明辉 and 赵静 (the SAME line '腾讯云 操作系统内核工程师' twice), 胡婷 ('阿里云 弹性计算内核工程师') "
    "and 蔡超 ('阿里云 内核工程师'), 刘振华 ('京东零售 JVM 工程师') and 宋玥 ('京东云 内核工程师'), 曾文杰 ('NVIDIA 网络软件工程师') "
    "and 张颖 ('浪潮信息 存储工程师', another company). TITLES wrap greedily in the title column, as the organisers "
    'break them; a title over two lines is ONE title, given as the designer typed it: the typed space kept at a break '
    "between Latin words ('Kpatch Versus Kernel Upgrades: Choosing' / 'When to Reboot a Fleet') and between a Latin "
    "word and Chinese typed with a space ('…RDT 的' / 'MBA 在生产中的效果', '…PV spinlock 与' / 'vCPU 调度的配合', "
    "'…从 bio 到' / 'request 的时延分解', '…分担' / 'Linux 内核上游工作', '…khugepaged' / '合并与分裂的代价'); none "
    "where the break follows a full-width colon or '、' ('…内存注册：' / 'pin_user_pages 与长期锁页', '…与 b4、' / 'lore "
    "工具链') or falls inside Chinese text, also inside a word ('…与上' / '游的剩余工作', '…与开' / '源社区的衔接', '…零拷贝接' "
    "/ '收与 DDP 卸载'); sixteen titles take two lines, none more. The ROUND TABLE (主论坛, 11:35-12:20, kind 'panel') "
    "is one row '圆桌论坛:芯片厂商、发行版与云厂商如何分担 Linux 内核上游工作' over two lines (the label '圆桌论坛:' kept in "
    "the title with its ASCII colon, as the 2024 whole agenda prints its round table), a coral '主持人:' line over the "
    "moderator's line and a coral '嘉\u3000宾:' line over four guests' lines; its speakers are the moderator and then "
    'the guests in printed order (周涛; 刘海波, 吴昊, 黄伟东, 钱丽萍), its affiliations their printed lines; the labels are '
    "no part of a name, and the moderator is a SPEAKER, not the forum's host (崔永哲), although his label reads "
    "'主持人:' like the host's. '开场' (09:00-09:05, no speaker) is a break; '开幕致辞' (09:05-09:20, 朴永浩, 延边大学副校长) "
    "is a talk. '茶歇' and '午餐' are magenta bars holding the range and the label only, breaks of the forum they stand "
    "in: 主论坛 has a morning 茶歇 10:20-10:35 and ends with '午餐' 12:20-13:30; each afternoon forum starts at 13:30, "
    'has ONE 茶歇 (15:35-15:50, 15:30-15:50, 15:35-15:50) and ends with its last talk (17:55, 17:50, 17:55). '
    "ENGLISH-ONLY titles: four, one per forum, all over two lines ('Kpatch Versus Kernel Upgrades: Choosing When to "
    "Reboot a Fleet' by two Chinese speakers; 'Scheduling for Arm Neoverse Servers: Wake Affinity Revisited', the "
    "Latin speaker's; 'Memory Tiering Without CXL Hardware: Emulating Slow Nodes with QEMU'; 'When a Struct Field "
    "Moves: Keeping CO-RE Programs Portable'). SURNAMES of the 47 Chinese names in roughly a real kernel conference's "
    'proportions: 王 3, 张 3, 刘 3, 陈 3, 李 2 (14, 30 %), 赵 2 and one each of 杨 黄 吴 周 徐 孙 马 胡 朱 何 林 (27 of 47, '
    '57 %, bear one of the twenty the brief lists; 郭 罗 高 absent), one each of eighteen other common ones (崔 金 钱 '
    '蒋 蔡 叶 邵 谢 许 彭 宋 韩 冯 潘 邓 曾 唐 苏; 崔 and 金 frequent among the Korean-Chinese of Yanbian), and two '
    "uncommon ones: 朴 (朴永浩, the host school's vice-president who gives the opening address, a Korean-Chinese "
    'surname) and 栾 (栾丽华, a speaker); given names of everyday characters, four less common ones once each (骞 晟 '
    '玥 珺), no given name twice; twenty-one two-character names, padded. No person is printed twice.'
)


if __name__ == "__main__":
    main()
