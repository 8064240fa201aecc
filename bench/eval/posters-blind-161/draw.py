"""Draw the hundred-and-sixty-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes 3697clk.png and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 3697 (第1692届, 大庆, 东北石油大学, Saturday 3697-10-26), with
CLK2022's four forums as its README names them (主论坛, 处理器架构与调度分论坛,
内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛'), printed as CLK2022's repository holds an
edition: ONE agenda image, here '3697clk.png' (PNG, 1242 px wide, named like imgs/2022clk.png),
in the family of the organisers' CLK2024 大会全议程.webp but in NEW colours (a deep oxblood
page, ivory-yellow titles, sky-blue labels, tangerine tea and lunch bars): head, introduction
box, '大会议程' plate, forum headings, timeline rows, bars, the foot with sponsors, a QR code and
an oil-field skyline.  主论坛 and the first afternoon forum (01) run across the page; the two
other afternoon forums stand SIDE BY SIDE in columns (02 | 03), each with its own heading,
host, time line and closing rule.

Started as a copy of posters-blind-142/draw.py (which took its helpers from set 139, and it
from sets 112, 106, 104, 79, 66, 65, 62 and 59); see README.md for what was kept, changed and new.
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
# CLK 3697 (第1692届), 大庆, 东北石油大学, Saturday 3697-10-26.  主论坛 in the morning (09:00-14:00, lunch included),
# the three other forums in parallel in the afternoon from 14:00 (as the organisers' 2024 afternoon starts).
EDITION = "CLK 3697"
YEAR = "3697"
NTH = "第1692届中国"
DATE = "3697-10-26"
DATE_PRINTED = "3697年10月26日"
CITY = "大庆"
SCHOOL = "东北石油大学"
SCHOOL_UNIT = "计算机与信息技术学院"
SCHOOL_EN = "School of Computer and Information Technology, Northeast Petroleum University"
SCHOOL_MARK = "NORTHEAST PETROLEUM UNIVERSITY"
HALL = "东北石油大学 学术交流中心二楼报告厅"  # printed over two lines, broken at the space
FULL_FN = "3697clk.png"


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return S(name, None, None, None, line=line)


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


LATIN = "Pieter Vandenberghe"
H0, H1, H2, H3 = "周立群", "谢立新", "高启睿", "刘肃宁"
FORUMS = [
    ("主论坛", (H0, "东北石油大学计算机与信息技术学院院长、教授"), [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:20", "开幕致辞", [P("于德明", "东北石油大学副校长")], H0),
        T("09:20", "09:50", "内核可观测性的下一步：让每一次调度延迟都有据可查",
          [P("张宏宇", "阿里云操作系统首席架构师")], H0),
        T("09:50", "10:20", "Maintaining a Subsystem: What Reviewers Look for in Your Patches",
          [P(LATIN, "Red Hat Principal Software Engineer")], H0),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "整机内核热替换：百万台云服务器的无感升级之路",
          [P("李卓然", "腾讯云内核研发专家"), P("黄锦涛", "腾讯云 高级工程师")], H0),
        T("11:05", "11:35", "千万级手机上的内核卡顿治理：从 trace 采集到根因聚类",
          [P("陈鹤年", "荣耀终端系统软件部技术专家")], H0),
        T("11:35", "12:05", "桌面发行版的内核长期支持：驱动回合与固件兼容的取舍",
          [P("马峻岭", "统信软件内核架构师")], H0),
        PANEL("12:05", "12:45", "从提交补丁到成为维护者，下一个十年谁来写内核",
              [P("罗海燕", "中国科学院软件研究所研究员"),
               P("王　拓", "华为操作系统内核实验室主任"),
               P("覃文龙", "麒麟软件内核团队负责人"),
               P("李泊舟", "字节跳动STE团队技术专家"),
               P("林玉婷", "哈尔滨工业大学副教授")], H0),
        B("12:45", "14:00", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (H1, "东北石油大学计算机与信息技术学院教授"), [
        T("14:00", "14:25", "在 LoongArch 笔记本上跑通 suspend/resume：ACPI 与固件的那些坑", [P("胡岱松", "龙芯中科内核工程师")], H1),
        T("14:25", "14:50", "RISC-V 上的 kexec 与 crash dump：从不能用到可用", [P("孙　蔓", "平头哥半导体系统软件工程师")], H1),
        T("14:50", "15:15", "Taming Scheduler Latency for Interactive Workloads on Hybrid CPUs",
          [P("徐嘉诚", "vivo内核调度专家")], H1),
        T("15:15", "15:40", "容器突发流量下 CFS burst 参数的自动调节",
          [P("杨志远", "字节跳动系统技术工程师"), P("梁　钺", "字节跳动 Linux 内核工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "鲲鹏 920 上跨 die 唤醒的代价与调度规避", [P("赵鸿钧", "华为鲲鹏计算系统软件工程师")], H1),
        T("16:20", "16:40", "UINTR 用户态中断：一次在消息队列上的试验", [P("吴乘风", "英特尔亚太研发中心软件工程师")], H1),
        T("16:40", "17:00", "PREEMPT_RT 下 softirq 线程化带来的延迟回退", [P("彭　泠", "中兴通讯操作系统工程师")], H1),
        T("17:00", "17:20", "100G 网卡中断聚合参数与 RPS 的联合调优", [P("王子墨", "京东云内核工程师")], H1),
        T("17:20", "17:40", "调度器 tracepoint 数据的离线回放与仿真", [P("宋知夏", "中国科学院计算技术研究所博士研究生")], H1),
    ]),
    ("内存管理与异构计算分论坛", (H2, "哈尔滨工业大学计算学部副教授"), [
        T("14:00", "14:30", "MGLRU 在 4GB 内存手机上的抖动问题", [P("李欣然", "OPPO内存管理专家")], H2),
        T("14:30", "15:00", "DAMOS 策略在 MySQL 主机上的冷热分离收益", [P("刘望舒", "美团内核研发工程师")], H2),
        T("15:00", "15:20", "What We Learned Putting CXL Memory into Production",
          [P("郑　弋", "浪潮信息系统软件工程师")], H2),
        T("15:20", "15:40", "JVM 堆与透明大页：khugepaged 扫描开销的测量", [P("何蕴之", "网易杭州研究院工程师")], H2),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "让 GPU 驱动复用 mm 的缺页路径：HMM 在国产显卡上的移植",
          [P("曹　珩", "摩尔线程内核驱动工程师"), P("冯　箐", "摩尔线程 软件工程师")], H2),
        T("16:30", "16:50", "KFENCE 采样间隔对线上性能的影响评估", [P("邱思琪", "蚂蚁集团稳定性工程师")], H2),
        T("16:50", "17:10", "虚拟机热迁移中 userfaultfd 缺页处理的批量化", [P("韩昭宇", "阿里云虚拟化工程师")], H2),
        T("17:10", "17:30", "昇腾 NPU 上 SVA 与 IOPF 的联调经验", [P("朱晓峰", "华为昇腾计算驱动工程师")], H2),
        T("17:30", "17:50", "memcg 异步回收线程的引入与压测数据", [P("张佳琪", "快手内核工程师")], H2),
    ]),
    ("IO 与 ebpf 分论坛", (H3, "东北林业大学信息与计算机工程学院副教授"), [
        T("14:00", "14:20", "io_uring 轮询模式在云盘客户端中的延迟收益", [P("陈楚樵", "小红书存储工程师")], H3),
        T("14:20", "14:40", "一份 BPF 程序跑遍 4.19 到 6.6：CO-RE 落地记", [P("王一舟", "滴滴出行内核工程师")], H3),
        T("14:40", "15:00", "Extending BPF Iterators for Kernel State Inspection", [P("郭屹川", "阿里云操作系统工程师")], H3),
        T("15:00", "15:20", "NVMe/TCP 在 25G 网络下的 CPU 开销分析", [P("叶晓光", "中科曙光存储研发工程师")], H3),
        T("15:20", "15:40", "用 BPF LSM 为 Kubernetes 节点加一道 exec 白名单", [P("佘志勇", "深信服安全研究员")], H3),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "iocost 模型参数如何测：混部集群的 IO 权重实践", [P("周　澜", "百度智能云存储工程师")], H3),
        T("16:20", "16:40", "XFS 大目录下的 inode 分配瓶颈与修正", [P("陈伟杰", "华为文件系统工程师")], H3),
        T("16:40", "17:00", "Block Layer Latency Tracing in Production",
          [P("黄思彤", "网易数帆性能工程师")], H3),
        T("17:00", "17:20", "eBPF 采样火焰图在内核函数延迟分析中的误差", [P("许国强", "携程系统研发工程师")], H3),
        T("17:20", "17:40", "车机 F2FS 分区的写放大与 GC 策略调整",
          [P("杨　绮", "理想汽车系统软件工程师"), P("钟　骞", "理想汽车 存储工程师")], H3),
    ]),
]
CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]
ACROSS = (0, 1)  # forums printed across the page, in this order
PAIR = (2, 3)  # the afternoon forums set side by side after them (left, right)

SPONSORS = [SCHOOL, "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "荣耀", "龙芯中科"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "黑龙江省计算机学会", "大庆市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"]

# surnames by how common they are in China (the people of this set are checked against these groups)
COMMON5 = "王李张刘陈"
COMMON20 = "杨黄赵吴周徐孙马胡朱郭何高林罗"
UNCOMMON = "覃佘"  # rank roughly 150 to 300 among Chinese surnames
# names of real speakers and hosts read on the real posters: set 142's copy of set 139's REAL_NAMES (the union of
# the lists of sets 120 to 123 and 125 to 128, as set 133's draw.py holds it); my own strips of CLK2024/大会全议程.webp
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
# the colours: NEW for this edition: a deep OXBLOOD page, IVORY-YELLOW titles and dots, SKY-BLUE labels, pale rose
# company-job lines, TANGERINE tea and lunch bars and number boxes (the organisers' 2024 page is royal blue with
# cyan titles and violet labels)
TITLE = (255, 226, 150)  # titles, dots
PALE = (236, 198, 192)  # the company-job lines and small print
SKY = (132, 206, 246)  # '主持人:' and '嘉　宾:'
LINE = (204, 128, 124)  # the time line
HOLE = (84, 20, 28)  # the hole of a pin
BG0, BG1 = (86, 18, 30), (50, 9, 17)
BOX = (112, 34, 46)  # the introduction's box
NUMBOX = (250, 140, 56)  # the number boxes
NUM_INK = (70, 12, 22)  # the numeral in a number box
HEAD_INK = (255, 244, 228)  # the leaning heading type
RULE0, RULE1 = (252, 150, 64), (120, 30, 42)  # the rules under headings and closing a forum
BAR0, BAR1 = (244, 124, 46), (100, 22, 34)  # the tea and lunch bars
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
    over 'CLK' (set 142's, recoloured in tangerine, ivory and oxblood)."""
    for r, col, wd in [(s(200), (150, 48, 58), 3), (s(160), (250, 150, 70), 6), (s(118), (255, 230, 180), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - s(240), cy - s(150), cx + s(240), cy + s(150)], 200, 340, fill=(250, 150, 70), width=9)
    d.ellipse([cx - s(78), cy - s(78), cx + s(78), cy + s(78)], fill=(128, 32, 44), outline=(255, 230, 180), width=4)
    ctext(d, cx, cy - s(52), YEAR, font(s(22), True), (255, 232, 200))
    ctext(d, cx, cy - s(30), "CLK", font(s(56), True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + s(230) * math.cos(math.radians(ang)), cy + s(140) * math.sin(math.radians(ang))
        d.ellipse([sx - s(20), sy - s(20), sx + s(20), sy + s(20)], fill=(100, 24, 36), outline=(255, 230, 180),
                  width=3)


def seal(d, x, y, r, fill):
    """The school's round seal (a drop of oil over an open book; after set 142's)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.line([(x - r / 2.2, y + r / 4), (x, y + r / 2.6), (x + r / 2.2, y + r / 4)], fill=fill, width=2)
    d.line([(x - r / 2.2, y + r / 20), (x, y + r / 5), (x + r / 2.2, y + r / 20)], fill=fill, width=2)
    d.line([(x, y + r / 5), (x, y + r / 2.6)], fill=fill, width=2)
    d.polygon([(x, y - r / 1.8), (x - r / 6, y - r / 4), (x + r / 6, y - r / 4)], fill=fill)
    d.ellipse([x - r / 6, y - r / 3.2, x + r / 6, y], fill=fill)


def pumpjack(d, x, base, k, col, flip=False):
    """An oil pumpjack (磕头机) in silhouette: a frame of two legs, the walking beam, the horse head at one end, the
    crank and counterweight at the other, the well rod; Daqing's oil field is full of them."""
    sgn = -1 if flip else 1

    def X(v):
        return x + sgn * v * k

    w = max(2, round(6 * k))
    d.polygon([(X(-12), base), (X(0), base - 92 * k), (X(12), base)], outline=col, width=w)
    d.line([(X(-18), base), (X(52), base)], fill=col, width=w)
    d.line([(X(-70), base - 96 * k), (X(60), base - 86 * k)], fill=col, width=max(3, round(9 * k)))
    d.polygon([(X(-70), base - 112 * k), (X(-90), base - 100 * k), (X(-92), base - 78 * k), (X(-70), base - 84 * k)],
              fill=col)
    d.line([(X(-86), base - 82 * k), (X(-86), base)], fill=col, width=max(2, round(3 * k)))
    d.line([(X(56), base - 86 * k), (X(56), base - 34 * k)], fill=col, width=w)
    d.ellipse([X(56) - 18 * k, base - 52 * k, X(56) + 18 * k, base - 16 * k], fill=col)
    d.rectangle([X(40) if not flip else X(72), base - 16 * k, X(72) if not flip else X(40), base], fill=col)


def derrick(d, x, base, k, col):
    """A drilling derrick: a tall lattice tower with a crown block."""
    hw, h = 34 * k, 260 * k
    d.line([(x - hw, base), (x - 6 * k, base - h)], fill=col, width=max(2, round(4 * k)))
    d.line([(x + hw, base), (x + 6 * k, base - h)], fill=col, width=max(2, round(4 * k)))
    n = 8
    for i in range(n):
        y0, y1 = base - h * i / n, base - h * (i + 1) / n
        w0, w1 = hw - (hw - 6 * k) * i / n, hw - (hw - 6 * k) * (i + 1) / n
        d.line([(x - w0, y0), (x + w1, y1)], fill=col, width=2)
        d.line([(x + w0, y0), (x - w1, y1)], fill=col, width=2)
        d.line([(x - w1, y1), (x + w1, y1)], fill=col, width=2)
    d.rectangle([x - 12 * k, base - h - 18 * k, x + 12 * k, base - h], fill=col)


def header(im, d):
    """The head: logo lines, the school with its college and English name, the slanted edition title, a dashed
    rule, the ring, the date pill with a pin, the address ('地址:' inline, the hall over two lines, as the 2024
    whole agenda prints it), faint towers, a derrick and pumpjacks behind."""
    rnd = random.Random(36971)
    for i in range(8):  # faint towers behind the head
        hx = s(40 + i * 54)
        top = s(950 - (i * 53) % 130)
        d.rectangle([hx, top, hx + s(38), s(1080)], outline=(112, 34, 46), width=2)
        for wy in range(top + 14, s(1070), 26):
            d.line([(hx + 8, wy), (hx + s(38) - 8, wy)], fill=(102, 28, 40), width=2)
    derrick(d, s(520), s(1090), 1.0, (122, 38, 50))
    for px, fl in ((s(120), False), (s(330), True)):
        pumpjack(d, px, s(1090), 1.05, (118, 36, 48), fl)
    logo_lines(d, s(60), s(56), WHITE, NUMBOX, 1.15 * K)
    seal(d, s(646), s(84), s(32), WHITE)
    d.text((s(694), s(44)), SCHOOL, font=font(s(34), True, serif=True), fill=WHITE)
    d.text((s(694), s(90)), SCHOOL_UNIT, font=font(s(22), True), fill=WHITE)
    ef = font(s(9))
    d.text((s(694), s(122)), fits(d, SCHOOL_EN, ef, W - s(694) - 20), font=ef, fill=PALE)
    for _ in range(60):  # particles over the head
        px, py = rnd.randrange(s(560), W - 20), rnd.randrange(s(160), s(520))
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 226, 200))
    ring_graphic(d, s(820), s(700))
    slant_text(im, s(70), s(262), NTH, font(s(92), True), WHITE, 0.16)
    slant_text(im, s(70), s(384), "Linux内核开发者大会", font(s(88), True), (255, 226, 150), 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(s(90 + i * 18), s(530)), (s(100 + i * 18), s(530))], fill=NUMBOX, width=5)
    d.line([(s(560), s(530)), (s(640), s(510))], fill=NUMBOX, width=3)
    pf = font(s(34), True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + s(100)
    x0, y0, x1, y1 = s(80), s(630), s(80) + pw, s(698)
    c = s(14)
    d.polygon([(x0 + c, y0), (x1, y0), (x1, y1 - c), (x1 - c, y1), (x0, y1), (x0, y0 + c)], fill=(108, 26, 38),
              outline=NUMBOX, width=3)
    d.line([(x0 + s(120), y0 - 5), (x1 - s(120), y0 - 5)], fill=NUMBOX, width=5)
    d.line([(x0 + s(120), y1 + 5), (x1 - s(120), y1 + 5)], fill=NUMBOX, width=5)
    d.text((x0 + s(26), y0 + s(10)), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + s(26) + tw(d, DATE_PRINTED, pf) + s(10)
    pin(d, px, y0 + s(18), NUMBOX, 1.1 * K)
    d.text((px + s(30), y0 + s(10)), CITY, font=pf, fill=WHITE)
    af = font(s(36), True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= s(600) for ln in lines), lines
    y = s(780)
    for ln in lines:
        d.text((s(84), y), ln, font=af, fill=WHITE)
        y += s(56)
    return s(1120)


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK) 是由国内 Linux 内核开发者共同发起的年度技术盛会，"
         "本届为第1692届。大会秉承“开放、协作、分享”的理念，围绕内核各子系统的前沿进展与工程实践展开交流，"
         "每届线下参会人数近500人。",
         "本届大会由东北石油大学计算机与信息技术学院承办，华为、阿里云、腾讯云、字节跳动、OPPO、荣耀、"
         "龙芯中科、openEuler、OpenAnolis 龙蜥社区、OpenCloudOS 等单位共同支持。上午为主论坛，下午"
         "三个分论坛同时进行，诚邀广大 Linux 内核开发者和爱好者参加。"]


def intro_box(d, y):
    """A lighter box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = s(60), W - s(60)
    f = font(s(25))
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - s(150), bx1 - bx0 - s(100)]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * s(48) + s(100)
    d.rectangle([bx0, y, bx1, y + h], fill=BOX, outline=(176, 92, 100), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + s(60) * sx, cy - 6 * sy)], fill=NUMBOX, width=9)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + s(60) * sy)], fill=NUMBOX, width=9)
    yy = y + s(50)
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (s(100) if i == 0 else s(50)), yy), ln, font=f, fill=WHITE)
            yy += s(48)
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a tangerine-to-oxblood bar with a cut corner, a streak under it and the word in leaning white type."""
    w, h = s(560), s(90)
    x0 = W / 2 - w / 2
    hgrad(d, x0 - s(110), y + s(54), x0 + s(200), y + s(64), (110, 26, 38), (250, 150, 70))
    hgrad(d, x0, y, x0 + w, y + h, (244, 128, 50), (132, 34, 48))
    d.polygon([(x0 + w - s(30), y), (x0 + w, y), (x0 + w, y + s(30))], fill=BG1)
    d.line([(x0 + w - s(100), y - s(14)), (x0 + w + s(90), y - s(14))], fill=(255, 210, 160), width=7)
    slant_text(im, 0, y + s(8), text, font(s(50), True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


class G:
    """The measures of a run of rows: the range's left edge, the time line, the title column and its right end,
    and the type sizes; FULL is the 2024 whole agenda's x 1.15, a column's are narrowed for half the page."""

    def __init__(self, tx, lx, tt, xr, rf, tf, tp, nf, af, ncol, npitch, gap, bar):
        self.tx, self.lx, self.tt, self.xr = tx, lx, tt, xr
        self.rf, self.tf, self.tp, self.nf, self.af = rf, tf, tp, nf, af
        self.ncol, self.npitch, self.gap, self.bar = ncol, npitch, gap, bar


FULL = G(s(106), s(336), s(382), s(982), 35, 33, 48, 33, 21, s(105), 49, 40, 60)
COL_W = 564  # a column's width; two of them and a gap of 38 fill the page between margins of 38
COL_X = (38, 38 + COL_W + 38)


def col_g(x0):
    return G(x0 + 4, x0 + 158, x0 + 176, x0 + COL_W, 24, 27, 38, 26, 18, 90, 39, 32, 48)


HEAD_LOG = []  # (forum, heading size, host under?) of every heading painted


def number_box(im, d, x, y, idx, k):
    """The slanted number box '01'..'03' (tangerine, the numeral in oxblood) with its white corner stroke."""
    d.polygon([(x + 14 * k, y + 6 * k), (x + 104 * k, y + 6 * k), (x + 90 * k, y + 80 * k), (x, y + 80 * k)],
              fill=NUMBOX, outline=(255, 220, 190), width=2)
    d.line([(x + 2 * k, y - 8 * k), (x + 40 * k, y - 8 * k)], fill=WHITE, width=max(3, round(6 * k)))
    d.line([(x + 2 * k, y - 8 * k), (x - 6 * k, y + 30 * k)], fill=WHITE, width=max(3, round(6 * k)))
    slant_text(im, x + 16 * k, y + 6 * k, "%02d" % idx, font(round(48 * k), True), NUM_INK, 0.2)
    return x + 132 * k


def heading_full(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box and the topic and '分论坛' in leaning type; the host at the right with the unit
    under it, or, where the heading leaves no room, on a line of its own under it between two rules (as 2024)."""
    g = FULL
    x = s(70)
    if idx == 0:
        for j in range(2):
            d.polygon([(x + s(j * 30), y + s(22)), (x + s(j * 30 + 26), y + s(44)), (x + s(j * 30), y + s(66))],
                      fill=NUMBOX)
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
        d.text((hx, y + 4), label, font=hf, fill=SKY)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=WHITE)
        d.text((hx, y + s(52)), host[1], font=uf, fill=PALE)
        under, y = False, y + s(104)
    else:
        y += s(100)
        lw = hw + s(20) + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - s(130), y + s(22)), (lx - s(20), y + s(22))], fill=PALE, width=2)
        d.line([(lx + lw + s(20), y + s(22)), (lx + lw + s(130), y + s(22))], fill=PALE, width=2)
        d.text((lx, y), label, font=hf, fill=SKY)
        d.text((lx + tw(d, label, hf) + 8, y), who, font=nf, fill=WHITE)
        d.text((lx + hw + s(20), y + s(10)), host[1], font=uf, fill=PALE)
        under, y = True, y + s(54)
    HEAD_LOG.append((name, size, under))
    hgrad(d, s(70), y, g.xr + s(30), y + s(12), RULE0, RULE1)
    return y + s(12) + s(56)


def heading_col(im, d, y, idx, name, host, x0):
    """A column's heading: a smaller number box, the topic and '分论坛' apart in leaning type (as large as the column
    allows, at most 40 px), then '主持人: name' on a line of its own and the unit on the line under it, then the
    rule."""
    x = number_box(im, d, x0 + 8, y + 6, idx, 0.72)
    size = 40
    while tw(d, topic_of(name) + "分论坛", font(size, True)) + 16 + 0.16 * size * 2.9 > x0 + COL_W - x and size > 30:
        size -= 1
    f = font(size, True)
    dy = (40 - size) // 2
    x = slant_text(im, x, y + 8 + dy, topic_of(name), f, HEAD_INK, 0.16)
    slant_text(im, x + 12, y + 8 + dy, "分论坛", f, HEAD_INK, 0.16)
    y += 84
    hf, nf, uf = font(25, True), font(25), font(17)
    label, who = "主持人:", pad(host[0])
    d.text((x0 + 10, y), label, font=hf, fill=SKY)
    nx = x0 + 10 + tw(d, label, hf) + 6
    d.text((nx, y), who, font=nf, fill=WHITE)
    y += 38
    assert x0 + 10 + tw(d, host[1], uf) <= x0 + COL_W, host
    d.text((x0 + 10, y), host[1], font=uf, fill=PALE)
    y += 36
    HEAD_LOG.append((name, size, True))
    hgrad(d, x0, y, x0 + COL_W, y + 9, RULE0, RULE1)
    return y + 9 + 40


LINE_LOG = {}  # each speaker: (name x, line x, line's right end, the measure's right end)


def person_line(d, y, sp, g):
    """One speaker: the (padded) name, then the company-job line in small pale type on the same line; a LATIN name
    stands alone on its line with his company-job line on the line under it (as the 2024 whole agenda prints
    'Kuzin Artem'); the line must fit."""
    nf, af = font(g.nf), font(g.af)
    off = round((g.nf - g.af) * 0.62)
    if latin(sp["name"]):
        d.text((g.tt, y), sp["name"], font=nf, fill=WHITE)
        y += g.npitch - 4
        end = g.tt + tw(d, sp["line"], af)
        assert end <= g.xr, (sp["name"], end, g.xr)
        d.text((g.tt, y + 2), sp["line"], font=af, fill=PALE)
        LINE_LOG[sp["name"]] = (g.tt, g.tt, end, g.xr)
        return y + g.npitch - 8
    name = pad(sp["name"])
    col = max(g.ncol, tw(d, name, nf) + 14)
    d.text((g.tt, y), name, font=nf, fill=WHITE)
    end = g.tt + col + tw(d, sp["line"], af)
    assert end <= g.xr, (sp["name"], end, g.xr)
    d.text((g.tt + col, y + off), sp["line"], font=af, fill=PALE)
    LINE_LOG[sp["name"]] = (g.tt, g.tt + col, end, g.xr)
    return y + g.npitch


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
    """A talk: the range at the left, a dot on the time line, the title (greedy wrap), one line per speaker.  A
    round table adds the sky-blue labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars (the range and
    the label); '开场' a row without a speaker."""
    rf = font(g.rf, True)
    if s_["kind"] == "break" and s_["title"] != "开场":
        hgrad(d, g.tx - 6, y - 6, g.xr, y + g.bar - 6, BAR0, BAR1)
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
        d.text((g.tt, y + 1), ln, font=tf, fill=TITLE)
        y += g.tp
    if s_["kind"] == "panel":
        lf = font(g.nf - 4, True)
        for k, group in enumerate((s_["sp"][:1], s_["sp"][1:])):
            y += 6
            d.text((g.tt, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=SKY)
            y += g.npitch - 4
            for sp in group:
                y = person_line(d, y, sp, g)
    else:
        for sp in s_["sp"]:
            y = person_line(d, y, sp, g)
    st["dots"].append((y0 + g.tf * 0.72, TITLE))
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
    hgrad(d, x_rule[0], y + 14, x_rule[1], y + 20, RULE1, RULE0)
    return y + 20


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with its seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(252, 236, 232), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + s(44), y + h / 2, s(24), WHITE)
        f = font(s(30), True, serif=True)
        d.text((x + s(78), y + s(10)), fits(d, SCHOOL, f, w - s(86)), font=f, fill=WHITE)
        sf = font(s(8), True)
        d.text((x + s(80), y + s(58)), fits(d, SCHOOL_MARK, sf, w - s(86)), font=sf, fill=PALE)
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


def skyline(im, h):
    """The foot: Daqing: towers of the new town, a derrick and pumpjacks of the oil field, reeds by a lake, and the
    school's name."""
    d = ImageDraw.Draw(im)
    base = h - s(60)
    col, win = (122, 36, 50), (214, 140, 130)
    for bx, bw, bh in [(20, 90, 250), (118, 84, 330), (210, 96, 200), (940, 80, 290), (1028, 96, 220),
                       (1132, 104, 310)]:
        d.rectangle([bx, base - bh, bx + bw, base], fill=col)
        for wy in range(base - bh + 16, base - 20, 28):
            for wx in range(bx + 12, bx + bw - 14, 22):
                d.rectangle([wx, wy, wx + 9, wy + 13], fill=win)
    derrick(d, 820, base, 1.05, (150, 52, 62))
    for px, fl, k in ((400, False, 1.3), (620, True, 1.1), (900, False, 0.9)):
        pumpjack(d, px, base, k, (158, 56, 66), fl)
    rnd = random.Random(36972)
    for i in range(60):  # reeds by the lake
        rx = 320 + i * 9 + rnd.randrange(6)
        rh = rnd.randrange(26, 70)
        d.line([(rx, base), (rx + rnd.randrange(-6, 7), base - rh)], fill=(170, 70, 78), width=2)
    d.rectangle([0, base, W, h], fill=(136, 44, 56))
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
    qrcode(d, W / 2 - s(144), y + s(36), s(288), 3697)
    y += s(410)
    slant_text(im, 0, y, "扫码报名", font(s(62), True), WHITE, 0.18, cx=W / 2)
    y += s(116)
    ctext(d, W / 2, y, "现场座位有限，请提前报名", font(s(29)), WHITE)
    ctext(d, W / 2, y + s(50), "本次活动最终解释权归主办方所有", font(s(29)), WHITE)
    y += s(140)
    slant_text(im, 0, y, "相约大庆 · 共探 Linux 内核", font(s(48), True), (255, 214, 160), 0.18, cx=W / 2)
    return int(y + s(560))


def background(w, h):
    """A deep oxblood page, a warmer foot, tangerine glows behind the ring and down the page, faint streaks."""
    im = vgrad(w, h, BG0, BG1)
    foot = vgrad(w, s(900), BG1, (104, 28, 40))
    im.paste(foot, (0, h - s(900)))
    im = glow(im, s(820), s(700), s(420), (255, 140, 60), 0.24)
    im = glow(im, s(100), s(1300), s(320), (220, 90, 110), 0.12)
    im = glow(im, W - 60, h - s(1400), s(420), (230, 100, 90), 0.10)  # one warm glow over the foot
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks behind the ring
        d.line([(s(520 + i * 80), 0), (W, s(300 - i * 38))], fill=(110, 30, 42), width=2)
    rnd = random.Random(3697)
    for _ in range(16):  # thin light streaks down the page's edges
        sy = rnd.randrange(1800, h - 1800)
        sx = rnd.choice((rnd.randrange(0, 24), rnd.randrange(W - 64, W - 40)))
        d.line([(sx, sy), (sx + 36, sy - 90)], fill=(106, 30, 42), width=2)
    skyline(im, h)
    return im


PAINT_LOG = {}


def paint_full(im, d):
    del HEAD_LOG[:]
    WRAPS.clear()
    LINE_LOG.clear()
    ends = {}
    y = header(im, d)
    y = intro_box(d, y) + s(100)
    y = foot_plate(im, d, y, "大会议程") + s(110)
    for idx in ACROSS:
        name, host, slots = FORUMS[idx]
        y = heading_full(im, d, y, idx, name, host)
        y = forum_rows(d, y, slots, FULL, (s(70), FULL.xr + s(30))) + 130
    a, b = PAIR
    tops = []
    for idx, x0 in zip((a, b), COL_X):
        name, host, slots = FORUMS[idx]
        tops.append(heading_col(im, d, y, idx, name, host, x0))
    top = max(tops)
    for idx, x0 in zip((a, b), COL_X):
        ends[idx] = forum_rows(d, top, FORUMS[idx][2], col_g(x0), (x0, x0 + COL_W))
    y = max(ends[a], ends[b]) + 150
    PAINT_LOG["ends"] = ends
    return footer(im, d, y)


# ===========================================================================
def truth_slot2(s_):
    """A slot as truth.json gives it: titles as printed; names without spaces and padding; each speaker's
    company-job line exactly as typed; host null for breaks."""
    return {"kind": s_["kind"], "start": s_["start"], "end": s_["end"], "title": s_["title"],
            "speakers": [plain(sp["name"]) for sp in s_["sp"]],
            "affiliations": [sp["line"] for sp in s_["sp"]],
            "host": s_["host"] and plain(s_["host"])}


NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -135, -139, -142): speakers are names as printed "
    "with spaces and the padding of two-character names removed ('王　拓' -> '王拓', '孙　蔓' -> '孙蔓', '梁　钺' -> "
    "'梁钺', '彭　泠' -> '彭泠', '郑　弋' -> '郑弋', '曹　珩' -> '曹珩', '冯　箐' -> '冯箐', '周　澜' -> '周澜', "
    "'杨　绮' -> '杨绮', '钟　骞' -> '钟骞'; the Latin name 'Pieter Vandenberghe' -> 'PieterVandenberghe'); host is "
    "the chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; "
    "break titles are as printed; the opening address printed with a speaker ('开幕致辞', 于德明, 09:10-09:20) is a "
    "talk; '开场' (09:00-09:10, printed in the title column without a speaker), '茶歇' and '午餐' are breaks; '午餐' "
    "(12:45-14:00) closes 主论坛. ONE invented edition, CLK 3697 (第1692届, 大庆, host school 东北石油大学 with its "
    "计算机与信息技术学院 at the top right, Saturday 3697-10-26), with CLK2022's four forums exactly as its README's "
    "recording links name them, in README order (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, "
    "'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), printed as CLK2022's repository holds an edition: ONE "
    "agenda image, '3697clk.png' (PNG, 1242 px wide, named like imgs/2022clk.png), so this file has ONE entry holding "
    "the four forums in printed order and every talk is listed once. 主论坛 runs in the morning, the three others in "
    "parallel from 14:00 (as the organisers' 2024 afternoon); every forum's date is the edition's. The head (logo "
    "lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school and its college with its English name, "
    "'第1692届中国' / 'Linux内核开发者大会', the ring '3697' / 'CLK', the date pill '3697年10月26日' + pin + '大庆', "
    "'地址:' and the hall over two lines), the framed introduction (two paragraphs naming companies and communities "
    "and saying '上午为主论坛，下午三个分论坛同时进行', no forum by name), '大会议程' on a plate and the foot "
    "('赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', two caption lines, the slogan "
    "'相约大庆 · 共探 Linux 内核', the school's name under an oil-field skyline) are never part of a name, a title or "
    "a slot. COLOURS are new (the brief asks for them): a deep oxblood page, ivory-yellow titles and dots, sky-blue "
    "'主持人:' and '嘉　宾:' labels, pale rose company-job lines, tangerine number boxes and tangerine-to-oxblood tea "
    "and lunch bars; the layout is the organisers' 2024 whole agenda's. LAYOUT: 主论坛 ACROSS THE PAGE, then 01 "
    "处理器架构与调度 ACROSS THE PAGE (its heading leaves no room at the right, so its host stands on a line of his "
    "own UNDER the heading between two thin rules, '主持人: 谢立新' with his unit after him on that line, as the 2024 "
    "picture prints its forum 03); then the two other afternoon forums SIDE BY SIDE in columns of 564 px with a gap "
    "of 38 (02 内存管理与异构计算 left | 03 IO 与 ebpf right), each column ONE forum from its heading to its own "
    "closing rule, with its own time line: nothing in one column belongs to the forum of the other, whatever stands "
    "level with it (02: nine talks of 20 and 30 minutes, ends 17:50; 03: ten talks of 20 minutes, ends 17:40; both "
    "have tea 15:40-16:00, but the two tea bars stand at different heights, and the two closing rules too). HEADINGS: "
    "'▶▶ 主论坛' or a slanted number box '01'..'03' followed by the forum's TOPIC and '分论坛' set APART with a gap, as "
    "the organisers' 2024 whole agenda sets them ('处理器架构与调度  分论坛', 'IO 与 ebpf  分论坛'): the forum is "
    "CLK2022's name; the gap and the numbers are no part of it. The HOST is the name after the sky-blue '主持人:' "
    "(ASCII colon, as 2024 types it): at the RIGHT of the heading with the unit under it for 主论坛 (周立群); under "
    "the heading between rules for 01 (谢立新); in a column on a line of its own under the column's heading with the "
    "unit on the line UNDER the name (02 高启睿, 03 刘肃宁). The unit is no affiliation and those lines are no slots. "
    "ROWS (across the page and in the columns alike, the columns in smaller type): the range at the left "
    "('14:00-14:25'), a dot on a vertical time line, the ivory-yellow title, then ONE LINE PER SPEAKER: the padded "
    "name and, after it on the same line, the company-job line in small type, given EXACTLY as printed, typed as the "
    "designer typed it (mostly without a space between company and job: '阿里云操作系统首席架构师', "
    "'字节跳动STE团队技术专家', 'vivo内核调度专家', 'OPPO内存管理专家'; with a space in some: '腾讯云 高级工程师', "
    "'字节跳动 Linux 内核工程师', '摩尔线程 软件工程师', '理想汽车 存储工程师'); no company-job line wraps. The LATIN "
    "speaker (主论坛, 09:50-10:20) is printed as the 2024 picture prints 'Kuzin Artem': 'Pieter Vandenberghe' ALONE "
    "on his line and his company-job line 'Red Hat Principal Software Engineer' on the line UNDER it (that line is "
    "his affiliation, not a title line and not a second speaker). TITLES wrap greedily in their measure, as the "
    "organisers' whole agenda breaks them, also inside a word ('整机内核热替换：百万台云服务器的无感升级' / '之路', "
    "'MGLRU 在 4GB 内存手机上的抖' / '动问题', '让 GPU 驱动复用 mm 的缺页路' / '径：HMM 在国产显卡上的移植', "
    "'昇腾 NPU 上 SVA 与 IOPF 的联' / '调经验'), except that a designer pulls the break one character forward where "
    "a single character would stand alone; in the columns EVERY title runs over two lines, across the page some do. "
    "A title over two lines is ONE title, given as the designer typed it: a space between Latin words and around "
    "Latin words where typed, also where a line breaks there ('在 LoongArch 笔记本上跑通' / 'suspend/resume：ACPI "
    "与固件的那些坑' is '在 LoongArch 笔记本上跑通 suspend/resume：ACPI 与固件的那些坑'; 'NVMe/TCP 在 25G 网络下的' / "
    "'CPU 开销分析' is 'NVMe/TCP 在 25G 网络下的 CPU 开销分析'), none inside Chinese text and none after a full-width "
    "colon ('一份 BPF 程序跑遍 4.19 到 6.6：' / 'CO-RE 落地记' is '一份 BPF 程序跑遍 4.19 到 6.6：CO-RE 落地记', "
    "'JVM 堆与透明大页：' / 'khugepaged 扫描开销的测量' is 'JVM 堆与透明大页：khugepaged 扫描开销的测量'). Two speakers "
    "of one talk are two lines one under the other, given top then bottom, each with his own line: 李卓然 and 黄锦涛 "
    "(腾讯云, 主论坛), 杨志远 and 梁钺 (字节跳动, 01), 曹珩 and 冯箐 (摩尔线程, 02), 杨绮 and 钟骞 (理想汽车, 03). The "
    "ROUND TABLE (主论坛, 12:05-12:45, kind 'panel') is one row '圆桌论坛:从提交补丁到成为维护者，下一个十年谁来写内核' "
    "(over two lines, broken inside '十年'; the label '圆桌论坛:' kept in the title with its ASCII colon, as the real "
    "2024 whole agenda prints its round table), a sky-blue '主持人:' line over the moderator's line and a sky-blue "
    "'嘉　宾:' line over four guests' lines; its speakers are the moderator and then the guests in printed order "
    "(罗海燕; 王拓, 覃文龙, 李泊舟, 林玉婷), its affiliations their printed lines; the labels are no part of a name, "
    "and the moderator is a SPEAKER, not the forum's host (周立群), although his label reads '主持人:' like the "
    "host's. '茶歇' and '午餐' are bars holding the range, a dot and the label only (in a column the bar is the "
    "column's width): 茶歇 10:20-10:35 in 主论坛, 15:40-16:00 in 01, 02 and 03. ENGLISH-ONLY titles (five, each "
    "over two lines): 'Maintaining a Subsystem: What Reviewers Look for in Your Patches' (主论坛, Pieter "
    "Vandenberghe), 'Taming Scheduler Latency for Interactive Workloads on Hybrid CPUs' (01), 'What We Learned "
    "Putting CXL Memory into Production' (02), 'Extending BPF Iterators for Kernel State Inspection' and 'Block "
    "Layer Latency Tracing in Production' (03). Afternoon ranges of 20, 25 and 30 minutes, as in 2024; forums end "
    "at 17:40, 17:50 and 17:40; each afternoon forum ends with a talk (no break printed after it). Surnames: of the "
    "46 Chinese people (hosts, speakers, moderator, guests) 13 bear 王, 李, 张, 刘 or 陈, 31 (those 13 among them) "
    "one of the twenty commonest, two an uncommon one (覃文龙, a guest of the round table; 佘志勇, in 03). No person "
    "is printed twice."
)


def layout(size):
    return ("%s (第1692届), 大庆, %s (PNG, %d x %d): THE WHOLE AGENDA in the family of the organisers' CLK2024 "
            "大会全议程.webp, in NEW colours (oxblood page, ivory-yellow titles, sky-blue labels, tangerine bars and "
            "number boxes): the head (with a derrick and pumpjacks), a framed introduction, '大会议程' on a plate, "
            "then 主论坛 ACROSS the page ('▶▶ 主论坛', host at the right), 01 ACROSS the page (its host on a line "
            "under the heading between rules), and the afternoon forums 02 | 03 SIDE BY SIDE in columns (a small "
            "number box, the topic and '分论坛' apart, '主持人: name' with the unit on the line under it, a rule; rows "
            "in smaller type with their own time line; each column closed by its own rule); each talk a row: range, "
            "dot on a time line, title (greedy wrap; every column title over two lines), one line per speaker "
            "'padded name  company-job' (the Latin speaker's company-job line on the line under his name); the round "
            "table with sky-blue '主持人:' and '嘉　宾:' lines; 茶歇 and 午餐 as bars; the foot with sponsors, "
            "supporters, media, a QR code and Daqing's oil-field skyline. 7 + 9 + 9 + 10 = 35 scored talks (the round "
            "table and the opening address among them)." % ((EDITION, DATE) + size))


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104, 106, 112 and 139)."""
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
    """CLK2022's README link texts (the recordings, one per forum), when the corpus is there."""
    p = "/work/shared/corpus/years/CLK2022/README.md"
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as fh:
        return re.findall(r"^\[([^\]]+)\]\(", fh.read(), re.M)


def people():
    out = []
    for _, host, slots in FORUMS:
        out.append(plain(host[0]))
        out += [plain(sp["name"]) for s_ in slots for sp in s_["sp"]]
    return out


def check(poster):
    """A Saturday; CLK2022's four forums in README order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; surnames in the proportions asked for."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == CLK2022_FORUMS
    rf = readme_forums()
    assert rf is None or rf == CLK2022_FORUMS, rf
    ps = people()
    assert len(ps) == len(set(ps)), sorted(p for p in ps if ps.count(p) > 1)
    assert not set(ps) & set(REAL_NAMES), set(ps) & set(REAL_NAMES)
    real = listing_words()
    titles = [s_["title"] for f in FORUMS for s_ in f[2] if s_["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in ps + [t for t in titles if t != "开幕致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [f["forum"] for f in poster["forums"]] == CLK2022_FORUMS
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
            assert s_["kind"] != "talk" or 1 <= len(s_["speakers"]) <= 2
    slots = [s_ for f in FORUMS for s_ in f[2]]
    assert [s_["kind"] for s_ in slots].count("panel") == 1
    panel = [s_ for s_ in slots if s_["kind"] == "panel"][0]
    assert len(panel["sp"]) == 5 and panel["title"].startswith("圆桌论坛:")
    assert sum(1 for s_ in slots if s_["kind"] == "talk" and len(s_["sp"]) == 2) == 4
    assert sum(1 for s_ in slots if s_["kind"] == "talk" and s_["title"].isascii()) == 5
    assert sum(1 for s_ in slots for sp in s_["sp"] if latin(sp["name"])) == 1
    assert all(sum(1 for s_ in f[2] if s_["title"] == "茶歇") == 1 for f in FORUMS)
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "14:00"
    assert FORUMS[0][2][0]["title"] == "开场" and FORUMS[0][2][1]["title"] == "开幕致辞"
    assert all(f[2][0]["start"] == "14:00" and f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    chinese = [p for p in ps if not latin(p)]
    n5 = sum(1 for p in chinese if p[0] in COMMON5)
    n20 = sum(1 for p in chinese if p[0] in COMMON5 + COMMON20)
    rare = sorted(p for p in chinese if p[0] in UNCOMMON)
    STATS.update(people=len(chinese), top5=n5, top20=n20, rare=rare)
    assert 0.24 <= n5 / len(chinese) <= 0.34 and 0.5 <= n20 / len(chinese) <= 0.7 and len(rare) == 2, STATS
    return len(titles)


STATS = {}


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
    print("scored talks", n, STATS)
    print("headings:", HEAD_LOG)
    print("column ends:", PAINT_LOG["ends"])
    for t, ls in WRAPS.items():
        if len(ls) > 1:
            print("  ", " / ".join(ls))
    tight = sorted((v[3] - v[2], k) for k, v in LINE_LOG.items())[:6]
    print("tightest company lines (px left):", tight)
    assert 32 <= n <= 44 and n == 35, n
    assert 11000 <= im.size[1] <= 14000 and 1_000_000 <= size <= 1_600_000, (im.size, size)
    assert [(f, u) for f, _, u in HEAD_LOG] == [("主论坛", False), ("处理器架构与调度分论坛", True),
                                              ("内存管理与异构计算分论坛", True), ("IO 与 ebpf 分论坛", True)], HEAD_LOG
    nlines = {t_: len(ls) for t_, ls in WRAPS.items()}
    assert max(nlines.values()) == 2, nlines
    assert all(nlines[s_["title"]] == 2 for i in PAIR for s_ in FORUMS[i][2] if s_["kind"] != "break")
    assert all(nlines[t_] == 2 for t_ in nlines if t_.isascii()), nlines
    assert all(len(ls[-1].strip()) >= 2 for ls in WRAPS.values()), WRAPS
    assert WRAPS["一份 BPF 程序跑遍 4.19 到 6.6：CO-RE 落地记"] == ["一份 BPF 程序跑遍 4.19 到 6.6：", "CO-RE 落地记"]
    assert WRAPS["在 LoongArch 笔记本上跑通 suspend/resume：ACPI 与固件的那些坑"][1].startswith("suspend/resume")
    padded = sorted(plain(sp["name"]) for f in FORUMS for s_ in f[2] for sp in s_["sp"] if "\u3000" in sp["name"])
    assert padded == sorted(["王拓", "孙蔓", "梁钺", "彭泠", "郑弋", "曹珩", "冯箐", "周澜", "杨绮", "钟骞"]), padded
    assert all(len(plain(sp["name"])) != 2 or "\u3000" in sp["name"] for f in FORUMS for s_ in f[2] for sp in s_["sp"])
    assert all(len(h[0]) == 3 for _, h, _ in FORUMS)
    assert PAINT_LOG["ends"][2] != PAINT_LOG["ends"][3]
    assert [s_["kind"] for s_ in FORUMS[0][2]].count("talk") == 6 and sum(len(f[2]) for f in FORUMS) == 35 + 6
    truth = {"written": "2026-12-08", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
