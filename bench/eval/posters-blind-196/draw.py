"""Draw the hundred-and-ninety-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes 6196clk.png and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 6196 (第4191届, 马鞍山, 安徽工业大学, Saturday 6196-10-22), with
CLK2022's four forums as its README names them (主论坛, 处理器架构与调度分论坛,
内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛'), printed as CLK2022's repository holds an
edition: ONE agenda image, here '6196clk.png' after the real 'imgs/2022clk.png' (PNG, 1242 px
wide, 1.0 to 1.6 MB), in the family of the organisers' CLK2024 大会全议程.webp in NEW colours
(a deep damson page, verdigris titles, topaz labels, frost small print): head, introduction
box, '大会议程' plate, forum headings, timeline rows, tea and lunch bars, the foot with
sponsors, QR code and a skyline.  主论坛 and 01 run across the page; the afternoon forums 02
and 03 stand SIDE BY SIDE in columns (02 | 03), each column with its own heading, host, time
line and closing rule.

Started as a copy of posters-blind-180/draw.py (which started as a copy of set 176's, it of
set 166's, 157's, 147's, which has its helpers from set 139, it from set 112, and it from
sets 106, 104, 79, 66, 65, 62 and 59); see README.md for what was kept, changed and new.
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
# CLK 6196 (第4191届), 马鞍山, 安徽工业大学, Saturday 6196-10-22.  主论坛 in the morning (09:00-14:00, lunch included),
# CLK2022's three other forums in parallel in the afternoon from 14:00 (as the organisers' 2024 afternoon).
EDITION = "CLK 6196"
YEAR = "6196"
NTH = "第4191届中国"
DATE = "6196-10-22"
DATE_PRINTED = "6196年10月22日"
CITY = "马鞍山"
SCHOOL = "安徽工业大学"
SCHOOL_UNIT = "计算机科学与技术学院"
SCHOOL_EN = ["School of Computer Science and Technology,", "Anhui University of Technology"]  # two lines
SCHOOL_MARK = "ANHUI UNIVERSITY OF TECHNOLOGY"
HALL = "安徽工业大学秀山校区 图书馆学术报告厅"  # printed over two lines, broken at the space
FULL_FN = "6196clk.png"


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces); a '|' marks
    where a line too long for its column runs on (never printed)."""
    return S(name, None, None, None, line=line)


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


H0, H1, H2, H3 = "陈立新", "张华", "李明辉", "王静"
FORUMS = [
    ("主论坛", (H0, "安徽工业大学计算机科学与技术学院院长、教授"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:15", "开幕致辞", [P("杨建国", "安徽工业大学副校长")], H0),
        T("09:15", "09:45", "企业发行版内核换代：5.10 之后我们回合了哪些补丁", [P("刘海涛", "麒麟软件内核研发部总监")], H0),
        T("09:45", "10:15", "Rust for Linux: Where It Stands and What Comes Next", [P("王磊", "华为 操作系统内核专家")], H0),
        T("10:15", "10:45", "云原生场景下的内核资源隔离：CPU、内存与 IO 的统一 QoS",
          [P("赵鹏飞", "腾讯云内核技术专家"), P("孙超", "腾讯云 内核工程师")], H0),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:30", "手机内核的性能与功耗：一年调优回顾", [P("黄志强", "vivo内核技术专家")], H0),
        T("11:30", "12:00", "上游社区的新人之路：从 checkpatch 到第一个合入补丁", [P("周健", "阿里云 资深技术专家")], H0),
        PANEL("12:00", "12:45", "开源内核社区与国产操作系统的协同发展",
              [P("何建平", "中国科学院软件研究所研究员"),
               P("郭勇", "统信软件 内核架构师"),
               P("林晓峰", "字节跳动系统技术负责人"),
               P("徐文涛", "OPPO内核团队负责人"),
               P("马晓燕", "中兴通讯 操作系统首席专家")], H0),
        B("12:45", "14:00", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (H1, "安徽工业大学计算机科学与技术学院副教授"), [
        T("14:00", "14:20", "LoongArch 架构下的内核异常处理与栈回溯", [P("陈晨", "龙芯中科 内核工程师")], H1),
        T("14:20", "14:40", "RISC-V 平台上的 CPU 热插拔与 cpuidle 支持", [P("王晓东", "平头哥半导体 系统软件工程师")], H1),
        T("14:40", "15:00", "Understanding Scheduler Latency with perf sched and BPF", [P("李军", "字节跳动内核工程师")], H1),
        T("15:00", "15:20", "鲲鹏服务器上的 NUMA 亲和调度优化",
          [P("吴海峰", "华为 鲲鹏内核工程师"), P("张伟", "华为 性能优化工程师")], H1),
        T("15:20", "15:40", "x86 混合架构下 P 核与 E 核的任务放置策略", [P("胡文斌", "英特尔 软件工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "PREEMPT_RT 补丁集在 PLC 控制器上的抖动测量", [P("朱建军", "南瑞集团嵌入式系统工程师")], H1),
        T("16:20", "16:40", "CFS 组调度在容器混部中的公平性问题", [P("刘洋", "美团 内核工程师")], H1),
        T("16:40", "17:00", "高并发下的 per-CPU 计数器与 RCU 锁优化实践", [P("高飞", "快手 内核工程师")], H1),
        T("17:00", "17:20", "Finding Idle CPUs Faster: Tuning select_idle_sibling on Large Servers",
          [P("罗志勇", "阿里云 内核工程师"), P("董婷", "阿里云内核工程师")], H1),
        T("17:20", "17:40", "海光平台机密虚拟机的内存加密与远程证明", [P("阚文杰", "海光信息 内核工程师")], H1),
    ]),
    ("内存管理与异构计算分论坛", (H2, "中国科学技术大学计算机科学与技术学院副教授"), [
        T("14:00", "14:30", "zram 与 zswap 在低内存设备上的取舍", [P("杨帆", "荣耀终端 内核工程师")], H2),
        T("14:30", "15:00", "页缓存转向 folio 后的读写性能回归分析", [P("许文亮", "字节跳动 内核工程师")], H2),
        T("15:00", "15:20", "CXL 内存扩展在数据库场景的初步评估",
          [P("梁永强", "浪潮信息 内核工程师"), P("王芳", "浪潮信息 性能工程师")], H2),
        T("15:20", "15:40", "DAMON-based Proactive Reclaim for Cloud Workloads", [P("曹明亮", "阿里云内核工程师")], H2),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "HMM 在国产 GPU 驱动中的应用与踩坑",
          [P("沈涛", "景嘉微 驱动工程师"), P("李文静", "景嘉微 软件工程师")], H2),
        T("16:30", "16:50", "khugepaged 的 CPU 开销分析与参数建议", [P("田雪梅", "统信软件 内核工程师")], H2),
        T("16:50", "17:10", "Memory Tiering with Persistent Memory: Lessons Learned", [P("唐海燕", "英特尔 软件工程师")], H2),
        T("17:10", "17:30", "memory.high 与 PSI 联动：在线业务的内存限流", [P("彭志成", "百度 系统工程师")], H2),
        T("17:30", "17:50", "国产 GPU 驱动中显存超分配的实现", [P("刘建伟", "摩尔线程 驱动工程师")], H2),
    ]),
    ("IO 与 ebpf 分论坛", (H3, "安徽工业大学计算机科学与技术学院讲师"), [
        T("14:00", "14:20", "io_uring 替换 libaio：分布式块存储的改造记录", [P("钱晓明", "京东云 存储工程师")], H3),
        T("14:20", "14:40", "用 BPF LSM 拦截容器内的异常 mount 与 ptrace", [P("张磊", "网易数帆 内核工程师")], H3),
        T("14:40", "15:00", "NVMe 多路径在国产存储阵列上的适配", [P("笪建华", "华为 存储驱动工程师")], H3),
        T("15:00", "15:20", "Taming Writeback for Latency-Sensitive Containers",
          [P("Orlov Maxim", "华为操作系统内核工程师")], H3),
        T("15:20", "15:40", "fsync 密集型数据库上 ext4 fast commit 的实测",
          [P("蒋鹏", "蚂蚁集团 存储工程师"), P("韩丽娜", "蚂蚁集团 数据库工程师")], H3),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "四层负载均衡网关从 IPVS 迁移到 XDP 的过程", [P("郑晓龙", "奇安信 网络安全工程师")], H3),
        T("16:20", "16:40", "用 bpftrace 快速定位块设备 IO 延迟", [P("冯刚", "SmartX 内核工程师")], H3),
        T("16:40", "17:00", "CO-RE 之前：eBPF 程序在老内核上的兼容之道", [P("谢志刚", "滴滴 系统工程师")], H3),
        T("17:00", "17:20", "blk-mq 调度器怎么选：none、mq-deadline 还是 kyber", [P("袁超", "小米 存储工程师")], H3),
        T("17:20", "17:40", "BPF Map 在高并发下的锁竞争与优化", [P("邓永辉", "移动云 内核工程师")], H3),
    ]),
]

FOUR = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's README, in order
ACROSS = (0, 1)  # 主论坛 and 01 run across the page, one under the other
PAIRS = [(2, 3)]  # then 02 | 03 side by side (left, right)

SPONSORS = ["安徽工业大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "龙芯中科"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "openKylin", "安徽省计算机学会", "统信软件"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "Linux中国"]

# names of real speakers and hosts read on the real posters: set 176's list (set 166's, 157's, 139's, itself set 133's,
# the union of the lists of sets 120 to 123 and 125 to 128), copied; my own strips and crops of CLK2024/大会全议程.webp
# showed no name outside it.  The listings' names and deck titles are checked in check().
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
# the colours: NEW, where the organisers' 2024 whole agenda prints royal blue, cyan and violet: a deep DAMSON page
# (a dark red-purple at the head to near-black at the foot), VERDIGRIS titles, dots, rules and number boxes, TOPAZ
# labels, FROST company-job lines, verdigris-to-damson tea and lunch bars
VERD = (118, 208, 182)  # verdigris: titles, dots, number boxes, corner marks
PALE = (212, 224, 236)  # the company-job lines and small print (frost)
TOPAZ = (246, 186, 90)  # '主持人:' and '嘉　宾:'
LINE = (150, 100, 136)  # the time line
HOLE = (52, 16, 40)  # the hole of a pin
BG0, BG1 = (84, 28, 64), (30, 8, 24)
BOX = (104, 42, 84)  # the introduction's box
NUMBOX = (112, 200, 176)  # the number boxes
DEEP = (44, 10, 34)  # the numerals in the number boxes, the plates' cut corners
RULE_HI, RULE_LO = (170, 236, 216), (100, 38, 80)  # the two ends of the heading and closing rules
BAR_HI, BAR_LO = (70, 160, 140), (104, 38, 82)  # the two ends of a tea or lunch bar
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
    over 'CLK' (set 180's, recoloured in verdigris, damson, topaz and frost)."""
    for r, col, wd in [(s(200), (140, 70, 120), 3), (s(160), (118, 208, 182), 6), (s(118), (232, 240, 244), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - s(240), cy - s(150), cx + s(240), cy + s(150)], 200, 340, fill=(246, 186, 90), width=9)
    d.ellipse([cx - s(78), cy - s(78), cx + s(78), cy + s(78)], fill=(110, 40, 88), outline=(232, 240, 244), width=4)
    ctext(d, cx, cy - s(52), YEAR, font(s(22), True), (226, 246, 238))
    ctext(d, cx, cy - s(30), "CLK", font(s(56), True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + s(230) * math.cos(math.radians(ang)), cy + s(140) * math.sin(math.radians(ang))
        d.ellipse([sx - s(20), sy - s(20), sx + s(20), sy + s(20)], fill=(70, 22, 56), outline=(232, 240, 244),
                  width=3)


def seal(d, x, y, r, fill):
    """The school's round seal (a gear's teeth round the ring, a flame over an open book: a school that grew out of
    the steel works)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    for k in range(20):  # the gear's teeth
        a = math.radians(k * 18)
        px, py = x + (r + 3) * math.cos(a), y + (r + 3) * math.sin(a)
        d.rectangle([px - 2, py - 2, px + 2, py + 2], fill=fill)
    b = r * 0.5
    d.polygon([(x, y - b * 1.15), (x + b * 0.42, y - b * 0.35), (x + b * 0.2, y + b * 0.05), (x, y - b * 0.25),
               (x - b * 0.2, y + b * 0.05), (x - b * 0.42, y - b * 0.35)], outline=fill)  # the flame
    d.polygon([(x - b, y + b * 0.2), (x, y + b * 0.45), (x, y + b), (x - b, y + b * 0.75)], outline=fill)  # the book
    d.polygon([(x + b, y + b * 0.2), (x, y + b * 0.45), (x, y + b), (x + b, y + b * 0.75)], outline=fill)


def pine(d, x, base, hgt, col, seed):
    """A pine of Cuiluo hill: a thin trunk and four or five flat, leaning tiers of needles."""
    rnd = random.Random(seed)
    lean = rnd.uniform(-0.08, 0.08) * hgt
    d.line([(x, base), (x + lean, base - hgt)], fill=col, width=max(2, round(hgt / 40)))
    tiers = rnd.choice((4, 5))
    for j in range(tiers):
        ty = base - hgt * (0.35 + 0.65 * j / tiers)
        tx = x + lean * (0.35 + 0.65 * j / tiers)
        half = hgt * (0.34 - 0.05 * j) * rnd.uniform(0.85, 1.1)
        d.ellipse([tx - half, ty - hgt * 0.06, tx + half * 0.9, ty + hgt * 0.05], fill=col)


def pavilion(d, x, base, k, col):
    """The three-eaved pavilion on top of Cuiluo hill over the Caishi cliff: a plinth, three storeys with upturned
    eaves, a finial."""
    d.rectangle([x - 34 * k, base - 10 * k, x + 34 * k, base], fill=col)
    y = base - 10 * k
    for j, (hw, hh) in enumerate(((26, 26), (20, 22), (14, 18))):
        d.rectangle([x - hw * k, y - hh * k, x + hw * k, y], fill=col)
        ew = (hw + 14) * k
        d.polygon([(x - ew, y - hh * k + 2 * k), (x - ew + 6 * k, y - hh * k - 6 * k), (x + ew - 6 * k, y - hh * k - 6 * k),
                   (x + ew, y - hh * k + 2 * k), (x, y - hh * k - 2 * k)], fill=col)
        y -= hh * k + 6 * k
    d.line([(x, y), (x, y - 16 * k)], fill=col, width=max(2, round(3 * k)))


def header(im, d):
    """The head: logo lines, the school with its college and English name, the slanted edition title, a dashed
    rule, the ring, the date pill with a pin, the address ('地址:' inline, the hall over two lines, as the 2024
    whole agenda prints it), faint: Cuiluo hill with its pavilion and pines over the Caishi cliff, the Yangtze."""
    rnd = random.Random(61961)
    d.polygon([(0, s(930)), (s(120), s(880)), (s(230), s(850)), (s(300), s(872)), (s(420), s(905)), (s(610), s(935)),
               (s(760), s(955)), (W, s(945)), (W, s(1090)), (0, s(1090))], fill=(96, 36, 76))  # the far hills
    d.polygon([(0, s(990)), (s(60), s(960)), (s(140), s(955)), (s(200), s(972)), (s(236), s(1004)),
               (0, s(1004))], fill=(108, 44, 86))  # the cliff over the river
    pavilion(d, s(212), s(852), 0.9 * K, (112, 48, 90))
    for i in range(7):  # pines on the slope, faint, as the 2024 head shows its city
        pine(d, s(30 + i * 56), s(960 - (i % 3) * 10), s(70 + (i * 23) % 36), (112, 50, 92), 6196 + i)
    d.rectangle([0, s(1004), W, s(1090)], fill=(80, 28, 62))  # the river
    for i in range(0, W, s(44)):
        d.line([(i, s(1034)), (i + s(20), s(1034))], fill=(146, 86, 126), width=2)
    logo_lines(d, s(60), s(56), WHITE, VERD, 1.15 * K)
    seal(d, s(652), s(84), s(32), WHITE)
    d.text((s(700), s(44)), SCHOOL, font=font(s(32), True, serif=True), fill=WHITE)
    d.text((s(700), s(90)), SCHOOL_UNIT, font=font(s(22), True), fill=WHITE)
    ef = font(s(10))
    for i, ln in enumerate(SCHOOL_EN):
        d.text((s(700), s(120) + i * s(14)), fits(d, ln, ef, W - s(700) - 30), font=ef, fill=PALE)
    for _ in range(70):  # particles over the head
        px, py = rnd.randrange(s(560), W - 20), rnd.randrange(s(160), s(520))
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(236, 246, 242))
    ring_graphic(d, s(820), s(700))
    slant_text(im, s(70), s(262), NTH, font(s(92), True), WHITE, 0.16)
    slant_text(im, s(70), s(384), "Linux内核开发者大会", font(s(88), True), (214, 244, 232), 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(s(90 + i * 18), s(530)), (s(100 + i * 18), s(530))], fill=VERD, width=5)
    d.line([(s(560), s(530)), (s(640), s(510))], fill=VERD, width=3)
    pf = font(s(34), True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + s(100)
    x0, y0, x1, y1 = s(80), s(630), s(80) + pw, s(698)
    c = s(14)
    d.polygon([(x0 + c, y0), (x1, y0), (x1, y1 - c), (x1 - c, y1), (x0, y1), (x0, y0 + c)], fill=(112, 40, 90),
              outline=VERD, width=3)
    d.line([(x0 + s(120), y0 - 5), (x1 - s(120), y0 - 5)], fill=VERD, width=5)
    d.line([(x0 + s(120), y1 + 5), (x1 - s(120), y1 + 5)], fill=VERD, width=5)
    d.text((x0 + s(26), y0 + s(10)), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + s(26) + tw(d, DATE_PRINTED, pf) + s(10)
    pin(d, px, y0 + s(18), VERD, 1.1 * K)
    d.text((px + s(30), y0 + s(10)), CITY, font=pf, fill=WHITE)
    af = font(s(36), True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= s(600) for ln in lines), lines
    y = s(780)
    for ln in lines:
        d.text((s(84), y), ln, font=af, fill=WHITE)
        y += s(56)
    return s(1120)


INTRO = ["中国 Linux 内核开发者大会(CHINA LINUX KERNEL, CLK)是国内内核开发者一年一度的技术盛会，本届为第4191届。"
         "大会由高校、芯片厂商、云服务商和终端厂商的内核团队共同发起，坚持开放、务实、面向一线的办会风格，邀请来自"
         "社区和企业的开发者分享上游进展与落地经验，欢迎各位 Linux 开发者和爱好者报名参会。",
         "本届大会由安徽工业大学计算机科学与技术学院承办，华为、阿里云、腾讯云、字节跳动、OPPO、vivo、龙芯中科赞助，"
         "openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、openKylin、统信软件、安徽省计算机学会等单位共同支持。"]


def intro_box(d, y):
    """A lighter box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = s(60), W - s(60)
    f = font(s(25))
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - s(150), bx1 - bx0 - s(100)]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * s(48) + s(100)
    d.rectangle([bx0, y, bx1, y + h], fill=BOX, outline=(168, 110, 150), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + s(60) * sx, cy - 6 * sy)], fill=VERD, width=9)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + s(60) * sy)], fill=VERD, width=9)
    yy = y + s(50)
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (s(100) if i == 0 else s(50)), yy), ln, font=f, fill=WHITE)
            yy += s(48)
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a verdigris-to-damson bar with a cut corner, a streak under it and the word in leaning white type."""
    w, h = s(560), s(90)
    x0 = W / 2 - w / 2
    hgrad(d, x0 - s(110), y + s(54), x0 + s(200), y + s(64), (84, 28, 64), (196, 240, 226))
    hgrad(d, x0, y, x0 + w, y + h, (60, 150, 132), (120, 44, 96))
    d.polygon([(x0 + w - s(30), y), (x0 + w, y), (x0 + w, y + s(30))], fill=BG1)
    d.line([(x0 + w - s(100), y - s(14)), (x0 + w + s(90), y - s(14))], fill=(200, 240, 226), width=7)
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
    """The slanted number box '01'..'05' (verdigris, the numeral in deep damson) with its white corner stroke."""
    d.polygon([(x + 14 * k, y + 6 * k), (x + 104 * k, y + 6 * k), (x + 90 * k, y + 80 * k), (x, y + 80 * k)],
              fill=NUMBOX, outline=(226, 246, 238), width=2)
    d.line([(x + 2 * k, y - 8 * k), (x + 40 * k, y - 8 * k)], fill=WHITE, width=max(3, round(6 * k)))
    d.line([(x + 2 * k, y - 8 * k), (x - 6 * k, y + 30 * k)], fill=WHITE, width=max(3, round(6 * k)))
    slant_text(im, x + 16 * k, y + 6 * k, "%02d" % idx, font(round(48 * k), True), DEEP, 0.2)
    return x + 132 * k


HEAD_INK = (226, 246, 238)  # the leaning heading type (2024 prints it in a pale cyan; here a pale frost-green)


def heading_full(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box and the topic and '分论坛' in leaning type; the host at the right with the unit
    under it, or, where the heading leaves no room, on a line of its own under it between two rules (as 2024)."""
    g = FULL
    x = s(70)
    if idx == 0:
        for j in range(2):
            d.polygon([(x + s(j * 30), y + s(22)), (x + s(j * 30 + 26), y + s(44)), (x + s(j * 30), y + s(66))],
                      fill=VERD)
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
        d.text((hx, y + 4), label, font=hf, fill=TOPAZ)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=WHITE)
        d.text((hx, y + s(52)), host[1], font=uf, fill=PALE)
        under, y = False, y + s(104)
    else:
        y += s(100)
        lw = hw + s(20) + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - s(130), y + s(22)), (lx - s(20), y + s(22))], fill=PALE, width=2)
        d.line([(lx + lw + s(20), y + s(22)), (lx + lw + s(130), y + s(22))], fill=PALE, width=2)
        d.text((lx, y), label, font=hf, fill=TOPAZ)
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
    d.text((x0 + 10, y), label, font=hf, fill=TOPAZ)
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
    too narrow; a Latin name stands alone on its line with its company-job line UNDER it (as the 2024 whole agenda
    prints its first foreign speaker, in forum 01)."""
    nf, af = font(g.nf), font(g.af)
    off = round((g.nf - g.af) * 0.62)
    name = pad(sp["name"])
    if latin(sp["name"]):
        d.text((g.tt, y), name, font=nf, fill=WHITE)
        yy = y + g.npitch - 4
        d.text((g.tt, yy), fits(d, sp["line"], af, g.xr - g.tt), font=af, fill=PALE)
        return yy + g.apitch + 6
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
    """A talk: the range at the left, a dot on the time line, the persimmon title (greedy wrap), one line per speaker.
    A round table adds the citrine labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars (the range
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
        d.text((g.tt, y + 1), ln, font=tf, fill=VERD)
        y += g.tp
    if s_["kind"] == "panel":
        lf = font(g.nf - 4, True)
        for k, group in enumerate((s_["sp"][:1], s_["sp"][1:])):
            y += 6
            d.text((g.tt, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=TOPAZ)
            y += g.npitch - 4
            for sp in group:
                y = person_line(d, y, sp, g)
    else:
        for sp in s_["sp"]:
            y = person_line(d, y, sp, g)
    st["dots"].append((y0 + g.tf * 0.72, VERD))
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
    d.rectangle([x, y, x + w, y + h], outline=(236, 226, 236), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + s(50), y + h / 2, s(24), WHITE)
        f = font(s(25), True, serif=True)  # a six-character name: smaller than a four-character one
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


def bridge(d, x0, x1, deck, k, col, cable):
    """The Ma'anshan Yangtze bridge: a suspension bridge of THREE towers, two main spans whose cables sag between
    them and side cables falling to the banks, hangers, the deck."""
    towers = [x0 + (x1 - x0) * f for f in (0.16, 0.5, 0.84)]
    top = deck - 170 * k
    for tx in towers:  # the towers, a gate-shaped frame each
        d.rectangle([tx - 8 * k, top, tx - 3 * k, deck + 36 * k], fill=col)
        d.rectangle([tx + 3 * k, top, tx + 8 * k, deck + 36 * k], fill=col)
        for yy in (top + 10 * k, deck - 26 * k):
            d.rectangle([tx - 8 * k, yy, tx + 8 * k, yy + 5 * k], fill=col)
    for ta, tb in zip(towers, towers[1:]):
        pts = []
        for i in range(31):  # a main span's cable: a parabola from tower top to tower top
            x = ta + (tb - ta) * i / 30
            u = (x - (ta + tb) / 2) / ((tb - ta) / 2)
            pts.append((x, top + 6 * k + (deck - 12 * k - top - 6 * k) * (1 - u * u)))
        d.line(pts, fill=cable, width=max(2, round(3 * k)))
        for x, y in pts[2:-2:3]:  # the hangers
            d.line([(x, y), (x, deck)], fill=cable, width=1)
    d.line([(x0, deck - 6 * k), (towers[0], top + 6 * k)], fill=cable, width=max(2, round(3 * k)))
    d.line([(towers[-1], top + 6 * k), (x1, deck - 6 * k)], fill=cable, width=max(2, round(3 * k)))
    d.rectangle([x0, deck, x1, deck + 7 * k], fill=col)


def skyline(im, h):
    """The foot: Ma'anshan: Cuiluo hill with its pavilion and pines over the Caishi cliff, the school's library, the
    steel works' stacks and blast furnace, towers of the city, the three-tower bridge over the Yangtze, the water,
    the school's name."""
    d = ImageDraw.Draw(im)
    base = h - s(60)
    hill = [(0, base - 150), (70, base - 240), (150, base - 300), (230, base - 262), (320, base - 200),
            (420, base - 170), (560, base - 190), (700, base - 160), (860, base - 180), (1000, base - 150), (W, base - 170)]
    d.polygon([(0, base)] + hill + [(W, base)], fill=(92, 34, 74))
    pavilion(d, 150, base - 300, 1.3, (70, 22, 56))
    for i in range(6):  # pines on Cuiluo hill
        pine(d, 40 + i * 42, base - 200 + abs(i - 2.5) * 22, 80 + (i * 17) % 30, (66, 20, 52), 61960 + i)
    col, win = (56, 16, 44), (200, 176, 206)
    d.rectangle([330, base - 190, 560, base], fill=col)  # the library: a long block with a raised centre
    d.rectangle([400, base - 246, 490, base - 190], fill=col)
    for wy in range(base - 172, base - 30, 30):
        for wx in range(346, 548, 24):
            d.rectangle([wx, wy, wx + 10, wy + 14], fill=win)
    for sx, sh in ((600, 300), (640, 270), (680, 320)):  # the steel works' stacks
        d.rectangle([sx, base - sh, sx + 16, base], fill=col)
        d.rectangle([sx - 2, base - sh, sx + 18, base - sh + 8], fill=col)
        for j in range(4):  # a thin plume drifting off each
            d.ellipse([sx + 10 + j * 18, base - sh - 20 - j * 8, sx + 30 + j * 22, base - sh - 6 - j * 8],
                      fill=(98, 48, 84))
    d.polygon([(720, base), (732, base - 150), (764, base - 150), (776, base)], fill=col)  # the blast furnace
    d.rectangle([738, base - 190, 758, base - 150], fill=col)
    for bx, bw, bh in [(790, 60, 200), (856, 80, 260)]:
        d.rectangle([bx, base - bh, bx + bw, base], fill=col)
        for wy in range(base - bh + 16, base - 20, 28):
            for wx in range(bx + 12, bx + bw - 14, 22):
                d.rectangle([wx, wy, wx + 9, wy + 13], fill=win)
    bridge(d, 950, W, base - 50, 0.9, (120, 52, 100), (150, 214, 192))
    d.rectangle([0, base, W, h], fill=(70, 22, 56))
    for i in range(0, W, 60):  # the river's ripples
        d.line([(i, base + 14), (i + 30, base + 14)], fill=(146, 86, 126), width=2)
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
    qrcode(d, W / 2 - s(144), y + s(36), s(288), 6196)
    y += s(410)
    slant_text(im, 0, y, "扫码报名", font(s(62), True), WHITE, 0.18, cx=W / 2)
    y += s(116)
    ctext(d, W / 2, y, "报名成功后凭二维码入场", font(s(29)), WHITE)
    ctext(d, W / 2, y + s(50), "活动最终解释权归主办方所有", font(s(29)), WHITE)
    y += s(140)
    slant_text(im, 0, y, "相聚马鞍山 · 共话 Linux 内核", font(s(48), True), (200, 240, 226), 0.18, cx=W / 2)
    return int(y + s(560))


def background(w, h):
    """A deep damson page (a dark red-purple at the head to near-black at the foot), a lighter foot, verdigris and
    topaz glows at the head and faint streaks, where the organisers print their flat royal blue."""
    im = vgrad(w, h, BG0, BG1)
    foot = vgrad(w, s(900), BG1, (84, 28, 64))
    im.paste(foot, (0, h - s(900)))
    im = glow(im, s(820), s(700), s(420), (110, 200, 176), 0.16)
    im = glow(im, s(100), s(1300), s(320), (246, 186, 90), 0.09)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks behind the ring
        d.line([(s(520 + i * 80), 0), (W, s(300 - i * 38))], fill=(110, 44, 90), width=2)
    skyline(im, h)
    return im


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
    for idx in ACROSS:
        name, host, slots = FORUMS[idx]
        y = heading_full(im, d, y, idx, name, host)
        y = forum_rows(d, y, slots, FULL, (s(70), FULL.xr + s(30))) + 130
    for a, b in PAIRS:
        tops = []
        for idx, x0 in zip((a, b), COL_X):
            name, host, slots = FORUMS[idx]
            tops.append(heading_col(im, d, y, idx, name, host, x0))
        top = max(tops)
        for idx, x0 in zip((a, b), COL_X):
            ends[idx] = forum_rows(d, top, FORUMS[idx][2], col_g(x0), (x0, x0 + COL_W))
        y = max(ends[a], ends[b]) + 140
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
    "Same schema and conventions as posters-blind-43 (and -59, -161, -171, -180): speakers are names as printed with "
    "spaces and the padding of two-character names removed (%s; the Latin name 'Orlov Maxim', printed surname first, "
    "-> 'OrlovMaxim'); host is the chair printed for the forum covering the slot, null for breaks; start/end always "
    "HH:MM on a 24-hour clock; break titles are as printed; the opening address printed with a speaker ('开幕致辞', "
    "杨建国) is a talk; '开场' (printed in the title column without a speaker), '茶歇' and '午餐' are breaks; '午餐' "
    "(12:45-14:00) closes 主论坛. ONE invented edition, CLK 6196 (第4191届, 马鞍山, host school 安徽工业大学 with its "
    "计算机科学与技术学院 and an English line over two lines at the top right, Saturday 6196-10-22), with CLK2022's four "
    "forums named EXACTLY as the link texts of CLK2022's README, in README order (主论坛, 处理器架构与调度分论坛, "
    "内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), printed as CLK2022's repository "
    "holds an edition: ONE agenda image, here '6196clk.png' after the real 'imgs/2022clk.png' (PNG, 1242 px wide), so "
    "this file has ONE entry holding the four forums in printed order and every talk is listed once. 主论坛 runs in the "
    "morning, the three others in parallel from 14:00 (as the organisers' 2024 afternoon); every forum's date is the "
    "edition's. The head (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school's seal, name, college "
    "and English lines, '第4191届中国' / 'Linux内核开发者大会', the ring '6196' / 'CLK', the date pill '6196年10月22日' + "
    "pin + '马鞍山', '地址:' and the hall over two lines), the framed introduction (two paragraphs naming companies and "
    "communities, no forum), '大会议程' on a plate and the foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the "
    "QR code, '扫码报名', two caption lines, the slogan '相聚马鞍山 · 共话 Linux 内核', the school's name under the "
    "skyline) are never part of a name, a title or a slot. NEW COLOURS: a deep DAMSON page (a dark red-purple at the "
    "head to near-black at the foot) where the organisers print royal blue, VERDIGRIS titles, dots, number boxes, "
    "rules and corner marks where they print cyan, TOPAZ labels ('主持人:', '嘉　宾:') where they print violet, FROST "
    "company-job lines, verdigris-to-damson tea and lunch bars, pale frost-green headings. LAYOUT: 主论坛 and then 01 "
    "处理器架构与调度分论坛 run ACROSS the page, one under the other; then 02 内存管理与异构计算分论坛 and 03 'IO 与 ebpf "
    "分论坛' stand SIDE BY SIDE in two columns (02 left, 03 right), each with its own heading (a small number box, "
    "the topic and '分论坛' apart in leaning type), its own host line, its own rule, time line and closing rule; "
    "their first rows (14:00 | 14:00) stand level, their tea bars (15:40-16:00 | 15:40-16:00) at different heights; "
    "02 ends at 17:50, 03 at 17:40. Each column is ONE forum from its heading to its closing rule; nothing in one "
    "column belongs to the other, whatever stands level with it. The number boxes '01'..'03' and the chevrons "
    "before '主论坛' are no part of a forum's name; a heading that prints the topic and '分论坛' apart names the forum "
    "'topic' + '分论坛' as the README does ('IO 与 ebpf' + '分论坛' -> 'IO 与 ebpf 分论坛'). The host is the name "
    "after the topaz '主持人:' (ASCII colon, as 2024 types it): at the RIGHT of 主论坛's heading with the unit under "
    "it (陈立新, '安徽工业大学计算机科学与技术学院院长、教授'); on a line of its OWN under 01's heading, between two short "
    "rules, with the unit beside it (张华, printed '张　华', as the 2024 poster prints the host of its 03 under the "
    "heading); on the line under each column's heading with the unit beside it (李明辉, '中国科学技术大学计算机科学与"
    "技术学院副教授'; 王静, printed '王　静'); the units are no affiliation, and these lines are no slots. Each talk is a "
    "row: the range at the left, a dot on a vertical time line, the VERDIGRIS title, then ONE LINE PER SPEAKER: the "
    "padded name and, after it, the company-job line in small type, given EXACTLY as printed, typed as the designer "
    "typed it (without a space: '麒麟软件内核研发部总监', 'vivo内核技术专家', '字节跳动内核工程师', '南瑞集团嵌入式系统"
    "工程师', '阿里云内核工程师'; with one: '华为 操作系统内核专家', '龙芯中科 内核工程师', 'SmartX 内核工程师'). The one "
    "LATIN name ('Orlov Maxim', 03, surname first as the 2024 poster prints 'Kuzin Artem') stands ALONE on its line, "
    "its company-job line '华为操作系统内核工程师' on the line UNDER it, as the 2024 whole agenda prints its first foreign "
    "speaker. No company-job line runs on. TITLES wrap greedily in their measure, as the organisers' whole agenda "
    "breaks them, also inside a word ('企业发行版内核换代：5.10 之后我们回合了哪' / '些补丁', 'CXL 内存扩展在数据库场景的初' "
    "/ '步评估', 'memory.high 与 PSI 联动：在' / '线业务的内存限流'), also leaving a short last line ('…RCU 锁优化' / "
    "'实践', '…的抖动' / '测量', '…存储阵列上' / '的适配'), except that a single Chinese character is never left alone on "
    "a line; in the columns EVERY title runs over two lines, the three English ones over THREE ('DAMON-based "
    "Proactive' / 'Reclaim for Cloud' / 'Workloads', 'Memory Tiering with' / 'Persistent Memory: Lessons' / 'Learned', "
    "'Taming Writeback for' / 'Latency-Sensitive' / 'Containers'); across the page five of 主论坛's seven titled rows "
    "and four of 01's ten titles run over two lines ('Finding Idle CPUs Faster: Tuning' / 'select_idle_sibling on "
    "Large Servers'). A title over several lines is ONE title, given as the designer typed it: a space between Latin "
    "words and around Latin words where typed (also where a line breaks there: '用 BPF LSM 拦截容器内的异常' / 'mount 与 "
    "ptrace' is '用 BPF LSM 拦截容器内的异常 mount 与 ptrace'), none inside Chinese text; a hyphenated or underscored "
    "word ('DAMON-based', 'Latency-Sensitive', 'per-CPU', 'select_idle_sibling', 'mq-deadline') is never split; "
    "Chinese titles keep their full-width '：' and '、' as typed. TWO SPEAKERS of one talk are two lines, the SECOND "
    "SPEAKER ON A LINE OF ITS OWN under the first, each with his own company-job line, given top then bottom (six "
    "talks): 赵鹏飞 and 孙超 (腾讯云, 主论坛), 吴海峰 and 张伟 (华为, 01), 罗志勇 and 董婷 (阿里云, 01), 梁永强 and 王芳 "
    "(浪潮信息, 02), 沈涛 and 李文静 (景嘉微, 02), 蒋鹏 and 韩丽娜 (蚂蚁集团, 03). The ROUND TABLE (主论坛, 12:00-12:45, "
    "kind 'panel') is one row '圆桌论坛:开源内核社区与国产操作系统的协同发展' (over two lines, '…的协同' / '发展'; the "
    "label '圆桌论坛:' kept in the title with its ASCII colon, as the real 2024 whole agenda prints its round table), a "
    "topaz '主持人:' line over the moderator's line and a topaz '嘉　宾:' line over four guests' lines; its speakers are "
    "the moderator and then the guests in printed order (何建平; 郭勇, 林晓峰, 徐文涛, 马晓燕), its affiliations their "
    "printed lines; the labels are no part of a name, and the moderator is a SPEAKER, not the forum's host (陈立新), "
    "although the label over the moderator reads '主持人:' like the host's. '开场' (09:00-09:05) is a row without a "
    "speaker. '茶歇' and '午餐' are bars holding the range, a dot and the label only (in a column the bar is the "
    "column's width): 茶歇 10:45-11:00 in 主论坛 and 15:40-16:00 in 01, 02 and 03; 午餐 12:45-14:00. Every afternoon "
    "forum ends with a talk. ENGLISH-ONLY titles (six): 'Rust for Linux: Where It Stands and What Comes Next' (主论坛, a "
    "Chinese speaker), 'Understanding Scheduler Latency with perf sched and BPF' and 'Finding Idle CPUs Faster: Tuning "
    "select_idle_sibling on Large Servers' (01), 'DAMON-based Proactive Reclaim for Cloud Workloads' and 'Memory "
    "Tiering with Persistent Memory: Lessons Learned' (02), 'Taming Writeback for Latency-Sensitive Containers' (03, "
    "Orlov Maxim). SURNAMES in the proportions of a real Chinese kernel conference: of 49 Chinese names 王 4, 李, 张, "
    "刘 3 each, 陈 2 (15, about 31 %%), 杨 2 and the other fourteen of the brief's list once each (31 of 49 from the "
    "brief's twenty, 63 %%), sixteen other common surnames once each, and two uncommon ones met in Anhui and Jiangsu: "
    "阚 (阚文杰, 01) and 笪 (笪建华, 03). GIVEN NAMES are everyday ones (伟 明 磊 涛 军 华 勇 强 杰 婷 静 鹏 飞 斌 超 "
    "and the like: 王磊, 张伟, 李军, 刘洋, 陈晨, 王芳, 杨帆, 郭勇, 高飞, 董婷, 赵鹏飞, 刘海涛, 王晓东, 李文静, 韩丽娜); "
    "nineteen two-character names, printed padded. No person is printed twice." % "; ".join(
        "'%s' -> '%s'" % (n, plain(n)) for n in padded_names())
)


def layout(size):
    return ("%s (第4191届), 马鞍山, %s (PNG, %d x %d): THE WHOLE AGENDA in the family of the organisers' CLK2024 "
            "大会全议程.webp in NEW colours (a deep damson page, verdigris titles, topaz labels, frost company-job "
            "lines): the head, a framed introduction, '大会议程' on a plate, then 主论坛 ACROSS the page ('▶▶ 主论坛', "
            "host at the right) and 01 处理器架构与调度 ACROSS the page (host on a line of its own under the heading), "
            "then the afternoon forums 02 | 03 SIDE BY SIDE in columns (a small number box, the topic and '分论坛' "
            "apart, the host and his unit on a line under it, a rule; rows in smaller type with their own time line; "
            "each column closed by its own rule); each talk a row: range, dot on a time line, verdigris title (greedy "
            "wrap; every column title over two lines, three over three), one line per speaker 'padded name  "
            "company-job' (a second speaker on a line of his own; the Latin name alone on its line with its "
            "company-job line under it); the round table with topaz '主持人:' and '嘉　宾:' lines; 茶歇 and 午餐 as "
            "bars; the foot with sponsors, supporters, media, a QR code and Ma'anshan's skyline (Cuiluo hill with its "
            "pavilion and pines, the school's library, the steel works' stacks, towers, the three-tower Yangtze bridge). "
            "7 + 10 + 9 + 10 = 36 scored talks (the round table and the opening address among them)."
            % ((EDITION, DATE) + size))


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104, 106 and 176)."""
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
    """CLK2022's forum names: the link texts of its README, in order (None when the corpus is not there)."""
    p = "/work/shared/corpus/years/CLK2022/README.md"
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as fh:
        return re.findall(r"^\[([^\]]+)\]\(", fh.read(), re.M)


# the surnames as printed, in the proportions of a real Chinese kernel conference: the five commonest (王 李 张 刘 陈)
# about a third, then the other fifteen of the brief's list (31 of 49 from the twenty), one each of sixteen other
# common surnames, and two uncommon ones, both met in Anhui and Jiangsu: 阚 and 笪
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
SURNAMES = {"王": 4, "李": 3, "张": 3, "刘": 3, "陈": 2, "杨": 2, "黄": 1, "赵": 1, "吴": 1, "周": 1,
            "徐": 1, "孙": 1, "马": 1, "胡": 1, "朱": 1, "郭": 1, "何": 1, "罗": 1, "高": 1, "林": 1,
            "董": 1, "许": 1, "梁": 1, "曹": 1, "沈": 1, "田": 1, "唐": 1, "彭": 1, "钱": 1, "蒋": 1, "韩": 1,
            "郑": 1, "冯": 1, "谢": 1, "袁": 1, "邓": 1,
            "阚": 1, "笪": 1}
UNCOMMON = ("阚", "笪")
NPADDED = 19  # two-character names, printed padded
COMPOUND = ()
# given names as a real programme prints them: everyday characters only (the brief's examples and their like);
# every character of every Chinese given name must be in this string
EVERYDAY = ("伟明磊涛军华勇强杰婷静丽鹏飞斌超立新建国海志晓东文峰洋帆亮永芳平健晨燕程成雪梅刚辉龙"
            "娜宏")


def surname(name):
    return name[:2] if name[:2] in COMPOUND else name[0]


def people_of():
    out = []
    for _, host, slots in FORUMS:
        out.append(plain(host[0]))
        out += [plain(sp["name"]) for s_ in slots for sp in s_["sp"]]
    return out


ENGLISH = {"主论坛": 1, "处理器架构与调度分论坛": 2, "内存管理与异构计算分论坛": 2, "IO 与 ebpf 分论坛": 1}


def check(poster):
    """A Saturday; CLK2022's four forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; the surname counts."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == FOUR
    rf = readme_forums()
    assert rf is None or rf == FOUR, rf
    people = people_of()
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    real = listing_words()
    titles = [s_["title"] for f in FORUMS for s_ in f[2] if s_["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in people + [t for t in titles if t != "开幕致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    chinese = [p for p in people if not latin(p)]
    counts = {}
    for p in chinese:
        counts[surname(p)] = counts.get(surname(p), 0) + 1
    assert counts == SURNAMES, sorted(counts.items(), key=lambda kv: -kv[1])
    top5 = sum(counts[c] for c in TOP20[:5])
    top20 = sum(counts.get(c, 0) for c in TOP20)
    assert 0.28 <= top5 / len(chinese) <= 0.34 and len(chinese) == 49, (top5, len(chinese))
    assert 0.55 <= top20 / len(chinese) <= 0.66 and all(c in counts for c in TOP20), top20
    assert sum(1 for p_ in chinese if len(p_) == 2) == NPADDED
    assert sum(counts[c] for c in UNCOMMON) == 2
    for p_ in chinese:  # everyday given names, two- or three-character names only
        assert 2 <= len(p_) <= 3 and all(ch in EVERYDAY for ch in p_[1:]), p_
    assert len(padded_names()) == NPADDED, padded_names()
    assert [f["forum"] for f in poster["forums"]] == FOUR
    for f, (_, host, slots) in zip(poster["forums"], FORUMS):
        assert f["date"] == DATE
        ends = [(s_["start"], s_["end"]) for s_ in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        for s_ in f["slots"]:
            assert (s_["host"] is None) == (s_["kind"] == "break")
            assert s_["host"] is None or s_["host"] == plain(host[0])
            assert s_["host"] not in s_["speakers"]
            assert re.match(r"^\d\d:\d\d$", s_["start"]) and re.match(r"^\d\d:\d\d$", s_["end"])
            assert s_["start"] < s_["end"]
            assert len(s_["affiliations"]) == len(s_["speakers"])
    slots = [s_ for f in FORUMS for s_ in f[2]]
    assert [s_["kind"] for s_ in slots].count("panel") == 1
    assert [len(s_["sp"]) for s_ in slots if s_["kind"] == "panel"] == [5]
    assert sum(1 for s_ in slots if s_["kind"] == "talk" and len(s_["sp"]) == 2) == 6
    assert all(1 <= len(s_["sp"]) <= 2 for s_ in slots if s_["kind"] == "talk")
    assert {f[0]: sum(1 for s_ in f[2] if s_["kind"] == "talk" and s_["title"].isascii()) for f in FORUMS} == ENGLISH
    assert sum(1 for s_ in slots for sp in s_["sp"] if latin(sp["name"])) == 1
    assert all(s_["title"] == "茶歇" or s_["title"] == "午餐" or s_["title"] == "开场" for s_ in slots
               if s_["kind"] == "break")
    assert all(sum(1 for s_ in f[2] if s_["title"] == "茶歇") == 1 for f in FORUMS)
    assert FORUMS[0][2][0]["title"] == "开场" and FORUMS[0][2][1]["title"] == "开幕致辞"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "14:00"
    assert all(f[2][0]["start"] == "14:00" for f in FORUMS[1:])
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    return len(titles)


DRAFT = os.environ.get("DRAFT") == "1"  # while designing: print the wraps, skip the pinned lists


def main():
    im = two_pass(W, paint_full, background)
    path = os.path.join(HERE, FULL_FN)
    assert im.size[0] == W
    im.save(path, "PNG", optimize=True)
    size = os.path.getsize(path)
    print(FULL_FN, "%d x %d" % im.size, size)
    poster = {"file": FULL_FN, "layout": layout(im.size), "date": DATE,
              "forums": [{"forum": name, "date": DATE, "slots": [truth_slot2(s_) for s_ in slots]}
                         for name, _, slots in FORUMS]}
    n = check(poster)
    print("scored talks", n)
    assert 32 <= n <= 44, n
    print("headings:", HEAD_LOG)
    print("column ends:", PAINT_LOG["ends"])
    for t, ls in WRAPS.items():
        if len(ls) > 1:
            print("  ", " / ".join(ls))
    print("company lines run on:", AFF_WRAPS)
    nlines = {t: len(ls) for t, ls in WRAPS.items()}
    if not DRAFT:
        assert [t for t, n_ in nlines.items() if n_ > 1] == WRAPPED, [t for t, n_ in nlines.items() if n_ > 1]
        assert [t for t, n_ in nlines.items() if n_ >= 3] == THREE_LINES, nlines
        assert AFF_WRAPS == RUN_ON, AFF_WRAPS
        assert 10000 <= im.size[1] <= 14000 and 1_000_000 <= size <= 1_600_000, (im.size, size)
    assert all(n_ <= 3 for n_ in nlines.values())
    assert all(len(ls[-1].strip()) >= 2 for ls in WRAPS.values()), WRAPS
    assert [u for _, _, u in HEAD_LOG] == [False, True, True, True], HEAD_LOG
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ["17:40", "17:50", "17:40"]
    assert [[rng(s_) for s_ in f[2] if s_["title"] == "茶歇"][0] for f in FORUMS] == [
        "10:45-11:00", "15:40-16:00", "15:40-16:00", "15:40-16:00"]
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


WRAPPED = [  # every title printed over more than one line, in printed order (all others stand on one)
    "企业发行版内核换代：5.10 之后我们回合了哪些补丁",
    "Rust for Linux: Where It Stands and What Comes Next",
    "云原生场景下的内核资源隔离：CPU、内存与 IO 的统一 QoS",
    "上游社区的新人之路：从 checkpatch 到第一个合入补丁",
    "圆桌论坛:开源内核社区与国产操作系统的协同发展",
    "Understanding Scheduler Latency with perf sched and BPF",
    "PREEMPT_RT 补丁集在 PLC 控制器上的抖动测量",
    "高并发下的 per-CPU 计数器与 RCU 锁优化实践",
    "Finding Idle CPUs Faster: Tuning select_idle_sibling on Large Servers",
    "zram 与 zswap 在低内存设备上的取舍",
    "页缓存转向 folio 后的读写性能回归分析",
    "CXL 内存扩展在数据库场景的初步评估",
    "DAMON-based Proactive Reclaim for Cloud Workloads",
    "HMM 在国产 GPU 驱动中的应用与踩坑",
    "khugepaged 的 CPU 开销分析与参数建议",
    "Memory Tiering with Persistent Memory: Lessons Learned",
    "memory.high 与 PSI 联动：在线业务的内存限流",
    "国产 GPU 驱动中显存超分配的实现",
    "io_uring 替换 libaio：分布式块存储的改造记录",
    "用 BPF LSM 拦截容器内的异常 mount 与 ptrace",
    "NVMe 多路径在国产存储阵列上的适配",
    "Taming Writeback for Latency-Sensitive Containers",
    "fsync 密集型数据库上 ext4 fast commit 的实测",
    "四层负载均衡网关从 IPVS 迁移到 XDP 的过程",
    "用 bpftrace 快速定位块设备 IO 延迟",
    "CO-RE 之前：eBPF 程序在老内核上的兼容之道",
    "blk-mq 调度器怎么选：none、mq-deadline 还是 kyber",
    "BPF Map 在高并发下的锁竞争与优化",
]
THREE_LINES = [
    "DAMON-based Proactive Reclaim for Cloud Workloads",
    "Memory Tiering with Persistent Memory: Lessons Learned",
    "Taming Writeback for Latency-Sensitive Containers",
]
RUN_ON = {}  # no company-job line runs on

if __name__ == "__main__":
    main()
