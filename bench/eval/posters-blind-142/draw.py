"""Draw the hundred-and-forty-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes 3421clk.png and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 3421 (第1416届, 商丘, 商丘师范学院, Saturday 3421-10-27), with
CLK2022's four forums as its README names them (主论坛, 处理器架构与调度分论坛,
内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛'), printed as CLK2022's repository holds an
edition: ONE agenda image, here '3421clk.png' (PNG, 1242 px wide, named like imgs/2022clk.png),
in the family of the organisers' CLK2024 大会全议程.webp but in NEW colours (a deep pine-green
page, saffron titles, coral labels, amber tea and lunch bars): head, introduction box, '大会议程'
plate, forum headings, timeline rows, bars, the foot with sponsors, a QR code and a skyline.
主论坛 runs across the page; the first two afternoon forums stand SIDE BY SIDE in columns
(01 | 02), each with its own heading, host, time line and closing rule; the third (03), whose
titles would not fit half the page, stands alone across the page.

Started as a copy of posters-blind-139/draw.py (which took its helpers from set 112, and it
from sets 106, 104, 79, 66, 65, 62 and 59); see README.md for what was kept, changed and new.
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
# CLK 3421 (第1416届), 商丘, 商丘师范学院, Saturday 3421-10-27.  主论坛 in the morning (09:00-13:30, lunch included),
# the three other forums in parallel in the afternoon from 13:30.
EDITION = "CLK 3421"
YEAR = "3421"
NTH = "第1416届中国"
DATE = "3421-10-27"
DATE_PRINTED = "3421年10月27日"
CITY = "商丘"
SCHOOL = "商丘师范学院"
SCHOOL_UNIT = "计算机与信息技术学院"
SCHOOL_EN = "School of Computer and Information Technology, Shangqiu Normal University"
SCHOOL_MARK = "SHANGQIU NORMAL UNIVERSITY"
HALL = "商丘师范学院 图书馆一楼学术报告厅"  # printed over two lines, broken at the space
FULL_FN = "3421clk.png"


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces), printed on
    ONE line after the name."""
    return S(name, None, None, None, line=line)


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


H0, H1, H2, H3 = "张卫东", "周红梅", "李卫国", "冯德胜"
FORUMS = [
    ("主论坛", (H0, "商丘师范学院计算机与信息技术学院院长、教授"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [P("宋保华", "商丘师范学院副校长")], H0),
        T("09:20", "09:45", "从服务器到端侧：Linux 内核十年演进的观察与思考",
          [P("王耀辉", "华为操作系统内核首席专家")], H0),
        T("09:45", "10:10", "Upstream First: Why Out-of-Tree Drivers Are a Losing Game",
          [P("Anders Holmqvist", "Linaro高级内核工程师")], H0),
        T("10:10", "10:35", "国产服务器内核的可靠性工程：RAS 特性在飞腾平台上的落地",
          [P("陈国庆", "飞腾信息技术系统软件部总监"), P("杜　萌", "飞腾信息技术内核工程师")], H0),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:15", "手机内存回收从 LRU 到 MGLRU：亿级设备上的迁移实践",
          [P("刘晓明", "OPPO内核技术专家"), P("何嘉欣", "OPPO 内存管理工程师")], H0),
        T("11:15", "11:40", "Rust 驱动进入主线之后：我们在块设备驱动上的尝试",
          [P("林书恒", "字节跳动 Linux 内核工程师")], H0),
        PANEL("11:40", "12:20", "从使用者到贡献者，中国开发者如何走进内核社区",
              [P("赵建平", "麒麟软件内核研发中心主任"),
               P("李文静", "阿里云龙蜥社区技术委员会委员"),
               P("孙　博", "腾讯TencentOS内核架构师"),
               P("阚志刚", "中国科学院软件研究所副研究员"),
               P("吴承泽", "统信软件内核研发经理")], H0),
        B("12:20", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (H1, "商丘师范学院副教授"), [
        T("13:30", "13:55", "ARM64 上 TLB 批量刷新的优化与实测", [P("朱启明", "华为鲲鹏计算内核工程师")], H1),
        T("13:55", "14:20", "Scheduling Latency on Many-Core ARM Servers", [P("郭　彦", "安谋科技系统软件工程师")], H1),
        T("14:20", "14:45", "LoongArch 平台 KVM 中断虚拟化的实现", [P("罗建华", "龙芯中科虚拟化工程师")], H1),
        T("14:45", "15:10", "cgroup v2 CPU 带宽控制的突发配额实践",
          [P("王　璐", "美团基础架构内核工程师"), P("马超群", "美团系统工程师")], H1),
        T("15:10", "15:35", "RISC-V 向量扩展的上下文保存开销分析", [P("徐文杰", "中科院计算所博士研究生")], H1),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "混合部署下的 SMT 干扰感知调度", [P("高　屹", "快手内核调度工程师")], H1),
        T("16:15", "16:40", "混合架构处理器上任务放置与 ITD 反馈的协同", [P("胡　钧", "英特尔云软件工程师")], H1),
        T("16:40", "17:05", "实时场景下的 CPU 隔离：nohz_full 的残余干扰", [P("杨明轩", "中兴通讯操作系统工程师")], H1),
        T("17:05", "17:30", "基于 PMU 采样的调度决策在线反馈", [P("梁正阳", "海光信息系统软件工程师")], H1),
    ]),
    ("内存管理与异构计算分论坛", (H2, "郑州大学副教授"), [
        T("13:30", "14:00", "CXL 内存池化的内核管理模型探讨", [P("许铭泽", "阿里云内核研发工程师")], H2),
        T("14:00", "14:30", "folio 转换两年：页缓存的收益与踩过的坑", [P("黄俊辉", "vivo内存优化专家")], H2),
        T("14:30", "15:00", "分层内存下的 NUMA 平衡：热页识别的代价",
          [P("张雨萱", "浙江大学博士研究生"), P("郑博文", "浙江大学副教授")], H2),
        T("15:00", "15:30", "GPU Memory Sharing with dma-buf Heaps", [P("谢一帆", "摩尔线程驱动开发工程师")], H2),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "共享虚拟地址（SVA）在加速器上的落地", [P("韩　骁", "华为海思内核工程师")], H2),
        T("16:15", "16:45", "大模型推理服务中的大页碎片问题与对策", [P("曹雪峰", "百度智能云内核工程师")], H2),
        T("16:45", "17:15", "KSM 在高密度虚拟化场景下的取舍", [P("彭树林", "京东云虚拟化工程师")], H2),
        T("17:15", "17:45", "NPU 驱动的 IOMMU 映射性能优化", [P("蒙　佳", "寒武纪驱动软件工程师")], H2),
    ]),
    ("IO 与 ebpf 分论坛", (H3, "商丘师范学院网络中心主任"), [
        T("13:30", "13:50", "io_uring 在存储引擎中的落地：收益与陷阱", [P("刘泽宇", "腾讯云存储内核工程师")], H3),
        T("13:50", "14:10", "NVMe 多队列中断亲和性的再思考", [P("唐国栋", "浪潮信息存储软件工程师")], H3),
        T("14:10", "14:30", "XDP 在四层负载均衡网关中的落地与调优", [P("王致远", "网易数帆网络工程师")], H3),
        T("14:30", "15:00", "Beyond Maps: Using BPF Arena for Shared Data Structures",
          [P("李嘉琪", "蚂蚁集团操作系统工程师"), P("叶子川", "蚂蚁集团内核工程师")], H3),
        T("15:00", "15:30", "blk-mq IO 调度器怎么选：mq-deadline、BFQ 与 kyber 在混合负载下的实测对比",
          [P("周志勇", "小米存储内核工程师")], H3),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "Writeback Throttling Revisited for Mixed SSD Workloads", [P("陈家明", "字节跳动存储系统工程师")],
          H3),
        T("16:15", "16:35", "sched_ext 一年：用 BPF 编写调度策略的经验", [P("邓　昀", "哔哩哔哩基础架构工程师")], H3),
        T("16:35", "16:55", "FUSE passthrough 模式的性能评估", [P("袁晓丽", "华为终端文件系统工程师")], H3),
        T("16:55", "17:15", "BPF 程序的签名校验与加载权限管控", [P("张子健", "奇安信安全研究员")], H3),
        T("17:15", "17:35", "基于 eBPF 的文件系统延迟直方图与告警体系", [P("潘文斌", "携程系统运维专家")], H3),
    ]),
]
CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]
PAIR = (1, 2)  # the afternoon forums set side by side (left, right); 3 stands alone across the page

SPONSORS = [SCHOOL, "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "龙芯中科", "麒麟软件", "飞腾"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "河南省计算机学会", "商丘市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"]

# surnames by how common they are in China (the people of this set are checked against these groups)
COMMON5 = "王李张刘陈"
COMMON20 = "杨黄赵吴周徐孙马胡朱郭何高林罗"
UNCOMMON = "阚蒙"  # rank roughly 200 to 300 among Chinese surnames

# names of real speakers and hosts read on the real posters: set 139's REAL_NAMES (the union of the lists of sets
# 120 to 123 and 125 to 128, as set 133's draw.py holds it), copied; my own crops of CLK2024/大会全议程.webp showed no
# name outside it.  The listings' names and deck titles are checked in check().
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
# the colours: NEW for this edition: a deep PINE-GREEN page, SAFFRON titles, CORAL labels, pale sage company-job
# lines, AMBER tea and lunch bars (the organisers' 2024 page is royal blue with cyan titles and violet labels)
TITLE = (255, 204, 82)  # titles, dots, number boxes
PALE = (190, 222, 206)  # the company-job lines and small print
CORAL = (255, 136, 108)  # '主持人:' and '嘉　宾:'
LINE = (112, 186, 156)  # the time line
HOLE = (6, 82, 66)  # the hole of a pin
BG0, BG1 = (6, 90, 72), (3, 62, 51)
BOX = (16, 108, 88)  # the introduction's box
NUMBOX = (255, 198, 72)  # the number boxes
NUM_INK = (6, 70, 56)  # the numeral in a number box
HEAD_INK = (255, 240, 196)  # the leaning heading type
RULE0, RULE1 = (255, 206, 90), (24, 128, 100)  # the rules under headings and closing a forum
BAR0, BAR1 = (232, 146, 44), (10, 96, 76)  # the tea and lunch bars
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
    over 'CLK' (set 139's, recoloured in saffron and green)."""
    for r, col, wd in [(s(200), (30, 130, 100), 3), (s(160), (255, 196, 80), 6), (s(118), (255, 232, 170), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - s(240), cy - s(150), cx + s(240), cy + s(150)], 200, 340, fill=(255, 196, 80), width=9)
    d.ellipse([cx - s(78), cy - s(78), cx + s(78), cy + s(78)], fill=(14, 116, 90), outline=(255, 232, 170), width=4)
    ctext(d, cx, cy - s(52), YEAR, font(s(22), True), (255, 236, 190))
    ctext(d, cx, cy - s(30), "CLK", font(s(56), True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + s(230) * math.cos(math.radians(ang)), cy + s(140) * math.sin(math.radians(ang))
        d.ellipse([sx - s(20), sy - s(20), sx + s(20), sy + s(20)], fill=(10, 96, 76), outline=(255, 232, 170),
                  width=3)


def seal(d, x, y, r, fill):
    """The school's round seal (an open book under a star; set 139's)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.line([(x - r / 2.2, y + r / 4), (x, y + r / 2.6), (x + r / 2.2, y + r / 4)], fill=fill, width=2)
    d.line([(x - r / 2.2, y - r / 10), (x, y + r / 20), (x + r / 2.2, y - r / 10)], fill=fill, width=2)
    d.line([(x, y + r / 20), (x, y + r / 2.6)], fill=fill, width=2)
    d.ellipse([x - 3, y - r / 2.2 - 3, x + 3, y - r / 2.2 + 3], fill=fill)


def city_wall(d, x0, x1, base, k, col, hole):
    """A stretch of Shangqiu's old city wall with crenellations and an arched gate under a two-storey gate tower."""
    top = base - 110 * k
    d.rectangle([x0, top, x1, base], fill=col)
    for cx in range(int(x0), int(x1) - int(14 * k), int(28 * k)):  # crenellations
        d.rectangle([cx, top - 16 * k, cx + 14 * k, top], fill=col)
    gx = (x0 + x1) / 2
    d.chord([gx - 34 * k, base - 96 * k, gx + 34 * k, base - 28 * k], 180, 360, fill=hole)
    d.rectangle([gx - 34 * k, base - 62 * k, gx + 34 * k, base], fill=hole)
    yb = top - 16 * k
    for hw, hh in ((120, 52), (88, 44)):  # two storeys, each with its roof
        d.rectangle([gx - hw * k * 0.8, yb - hh * k, gx + hw * k * 0.8, yb], fill=col)
        for c in range(-3, 4):
            d.rectangle([gx + (c * 24 - 5) * k, yb - hh * k + 12 * k, gx + (c * 24 + 5) * k, yb - 8 * k], fill=hole)
        yr = yb - hh * k
        d.polygon([(gx - (hw + 40) * k, yr + 8 * k), (gx - hw * k, yr - 8 * k), (gx - hw * 0.5 * k, yr - 32 * k),
                   (gx + hw * 0.5 * k, yr - 32 * k), (gx + hw * k, yr - 8 * k), (gx + (hw + 40) * k, yr + 8 * k),
                   (gx + hw * k, yr + 2 * k), (gx - hw * k, yr + 2 * k)], fill=col)
        yb = yr - 32 * k
    d.line([(gx, yb), (gx, yb - 22 * k)], fill=col, width=max(2, round(5 * k)))


def header(im, d):
    """The head: logo lines, the school with its college and English name, the slanted edition title, a dashed
    rule, the ring, the date pill with a pin, the address ('地址:' inline, the hall over two lines, as the 2024
    whole agenda prints it), faint towers and the old city wall behind."""
    rnd = random.Random(34211)
    for i in range(9):  # faint towers behind the head
        hx = s(40 + i * 50)
        top = s(960 - (i * 47) % 120)
        d.rectangle([hx, top, hx + s(36), s(1080)], outline=(22, 112, 90), width=2)
        for wy in range(top + 14, s(1070), 26):
            d.line([(hx + 8, wy), (hx + s(36) - 8, wy)], fill=(18, 104, 84), width=2)
    city_wall(d, 0, s(560), s(1090), 0.9, (12, 98, 78), (6, 80, 64))
    logo_lines(d, s(60), s(56), WHITE, TITLE, 1.15 * K)
    seal(d, s(636), s(84), s(32), WHITE)
    d.text((s(684), s(44)), SCHOOL, font=font(s(34), True, serif=True), fill=WHITE)
    d.text((s(684), s(90)), SCHOOL_UNIT, font=font(s(22), True), fill=WHITE)
    ef = font(s(9))
    d.text((s(684), s(122)), fits(d, SCHOOL_EN, ef, W - s(684) - 24), font=ef, fill=PALE)
    for _ in range(70):  # particles over the head
        px, py = rnd.randrange(s(560), W - 20), rnd.randrange(s(160), s(520))
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 236, 190))
    ring_graphic(d, s(820), s(700))
    slant_text(im, s(70), s(262), NTH, font(s(92), True), WHITE, 0.16)
    slant_text(im, s(70), s(384), "Linux内核开发者大会", font(s(88), True), (255, 232, 168), 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(s(90 + i * 18), s(530)), (s(100 + i * 18), s(530))], fill=TITLE, width=5)
    d.line([(s(560), s(530)), (s(640), s(510))], fill=TITLE, width=3)
    pf = font(s(34), True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + s(100)
    x0, y0, x1, y1 = s(80), s(630), s(80) + pw, s(698)
    c = s(14)
    d.polygon([(x0 + c, y0), (x1, y0), (x1, y1 - c), (x1 - c, y1), (x0, y1), (x0, y0 + c)], fill=(10, 84, 66),
              outline=TITLE, width=3)
    d.line([(x0 + s(120), y0 - 5), (x1 - s(120), y0 - 5)], fill=TITLE, width=5)
    d.line([(x0 + s(120), y1 + 5), (x1 - s(120), y1 + 5)], fill=TITLE, width=5)
    d.text((x0 + s(26), y0 + s(10)), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + s(26) + tw(d, DATE_PRINTED, pf) + s(10)
    pin(d, px, y0 + s(18), TITLE, 1.1 * K)
    d.text((px + s(30), y0 + s(10)), CITY, font=pf, fill=WHITE)
    af = font(s(36), True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= s(600) for ln in lines), lines
    y = s(780)
    for ln in lines:
        d.text((s(84), y), ln, font=af, fill=WHITE)
        y += s(56)
    return s(1120)


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK) 是国内 Linux 内核开发者自发组织的年度技术会议，"
         "本届为第1416届。大会由高校、企业与开源社区联合发起，聚焦内核各子系统的最新进展与一线工程实践，为开发者、"
         "研究人员和在校学生提供面对面交流的机会，历届线下参会者逾400人。",
         "本届大会由商丘师范学院计算机与信息技术学院承办，华为、阿里云、腾讯云、字节跳动、OPPO、vivo、龙芯中科、"
         "麒麟软件、飞腾、openEuler、OpenAnolis 龙蜥社区、OpenCloudOS 等单位共同支持。上午为主论坛，下午三个分论坛"
         "同时进行，欢迎广大 Linux 内核爱好者报名参加。"]


def intro_box(d, y):
    """A lighter box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = s(60), W - s(60)
    f = font(s(25))
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - s(150), bx1 - bx0 - s(100)]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * s(48) + s(100)
    d.rectangle([bx0, y, bx1, y + h], fill=BOX, outline=(96, 176, 146), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + s(60) * sx, cy - 6 * sy)], fill=TITLE, width=9)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + s(60) * sy)], fill=TITLE, width=9)
    yy = y + s(50)
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (s(100) if i == 0 else s(50)), yy), ln, font=f, fill=WHITE)
            yy += s(48)
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a saffron-to-green bar with a cut corner, a streak under it and the word in leaning white type."""
    w, h = s(560), s(90)
    x0 = W / 2 - w / 2
    hgrad(d, x0 - s(110), y + s(54), x0 + s(200), y + s(64), (12, 100, 80), (255, 200, 86))
    hgrad(d, x0, y, x0 + w, y + h, (246, 172, 60), (16, 118, 92))
    d.polygon([(x0 + w - s(30), y), (x0 + w, y), (x0 + w, y + s(30))], fill=BG1)
    d.line([(x0 + w - s(100), y - s(14)), (x0 + w + s(90), y - s(14))], fill=(255, 226, 150), width=7)
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
COL_W = 560  # a column's width; two of them and a gap of 42 fill the page between margins of 40
COL_X = (40, 40 + COL_W + 42)


def col_g(x0):
    return G(x0 + 6, x0 + 160, x0 + 178, x0 + COL_W, 24, 27, 38, 26, 18, 90, 39, 32, 48)


HEAD_LOG = []  # (forum, heading size, host under?) of every heading painted


def number_box(im, d, x, y, idx, k):
    """The slanted number box '01'..'03' (saffron, the numeral in the page's green) with its white corner stroke."""
    d.polygon([(x + 14 * k, y + 6 * k), (x + 104 * k, y + 6 * k), (x + 90 * k, y + 80 * k), (x, y + 80 * k)],
              fill=NUMBOX, outline=(255, 236, 186), width=2)
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
                      fill=TITLE)
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
        d.text((hx, y + 4), label, font=hf, fill=CORAL)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=WHITE)
        d.text((hx, y + s(52)), host[1], font=uf, fill=PALE)
        under, y = False, y + s(104)
    else:
        y += s(100)
        lw = hw + s(20) + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - s(130), y + s(22)), (lx - s(20), y + s(22))], fill=PALE, width=2)
        d.line([(lx + lw + s(20), y + s(22)), (lx + lw + s(130), y + s(22))], fill=PALE, width=2)
        d.text((lx, y), label, font=hf, fill=CORAL)
        d.text((lx + tw(d, label, hf) + 8, y), who, font=nf, fill=WHITE)
        d.text((lx + hw + s(20), y + s(10)), host[1], font=uf, fill=PALE)
        under, y = True, y + s(54)
    HEAD_LOG.append((name, size, under))
    hgrad(d, s(70), y, g.xr + s(30), y + s(12), RULE0, RULE1)
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
    d.text((x0 + 10, y), label, font=hf, fill=CORAL)
    nx = x0 + 10 + tw(d, label, hf) + 6
    d.text((nx, y), who, font=nf, fill=WHITE)
    ux = nx + tw(d, who, nf) + 14
    assert ux + tw(d, host[1], uf) <= x0 + COL_W, host  # the unit beside the name
    d.text((ux, y + 7), host[1], font=uf, fill=PALE)
    y += 46
    HEAD_LOG.append((name, size, True))
    hgrad(d, x0, y, x0 + COL_W, y + 9, RULE0, RULE1)
    return y + 9 + 40


LINE_LOG = {}  # each speaker: (name x, line x, line's right end, the measure's right end)


def person_line(d, y, sp, g):
    """One speaker on ONE line: the (padded) name, then the company-job line in small pale type (a Latin name too,
    its line after it, as the 2024 whole agenda prints 'Lianbo Jiang' and his line); the line must fit."""
    nf, af = font(g.nf), font(g.af)
    off = round((g.nf - g.af) * 0.62)
    name = sp["name"] if latin(sp["name"]) else pad(sp["name"])
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
    """A talk: the range at the left, a dot on the time line, the saffron title (greedy wrap), one line per
    speaker.  A round table adds the coral labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars
    (the range and the label); '开场' a row without a speaker."""
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
            d.text((g.tt, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=CORAL)
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
    d.rectangle([x, y, x + w, y + h], outline=(236, 250, 242), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + s(44), y + h / 2, s(24), WHITE)
        f = font(s(30), True, serif=True)
        d.text((x + s(78), y + s(10)), fits(d, SCHOOL, f, w - s(86)), font=f, fill=WHITE)
        sf = font(s(10), True)
        d.text((x + s(80), y + s(56)), fits(d, SCHOOL_MARK, sf, w - s(86)), font=sf, fill=PALE)
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


def mound_hall(d, cx, base, k, col, hole):
    """The Yanbo terrace (阏伯台): a grassy mound with steps up the middle and a small hall on top."""
    d.chord([cx - 190 * k, base - 150 * k, cx + 190 * k, base + 150 * k], 180, 360, fill=col)
    for i in range(9):
        yy = base - i * 15 * k
        d.line([(cx - 16 * k, yy), (cx + 16 * k, yy)], fill=hole, width=2)
    top = base - 150 * k
    d.rectangle([cx - 46 * k, top - 40 * k, cx + 46 * k, top + 4 * k], fill=col)
    d.rectangle([cx - 12 * k, top - 30 * k, cx + 12 * k, top + 4 * k], fill=hole)
    d.polygon([(cx - 72 * k, top - 34 * k), (cx - 40 * k, top - 62 * k), (cx + 40 * k, top - 62 * k),
               (cx + 72 * k, top - 34 * k)], fill=col)


def skyline(im, h):
    """The foot: Shangqiu: towers of the new town, the old city wall with its gate tower, the Yanbo terrace, and
    the school's name."""
    d = ImageDraw.Draw(im)
    base = h - s(60)
    col, win = (26, 122, 98), (120, 190, 160)
    for bx, bw, bh in [(20, 96, 260), (124, 80, 340), (212, 88, 210), (930, 84, 300), (1022, 100, 230),
                       (1130, 112, 320)]:
        d.rectangle([bx, base - bh, bx + bw, base], fill=col)
        for wy in range(base - bh + 16, base - 20, 28):
            for wx in range(bx + 12, bx + bw - 14, 22):
                d.rectangle([wx, wy, wx + 9, wy + 13], fill=win)
    mound_hall(d, 840, base, 0.9, (34, 136, 106), (20, 108, 86))
    city_wall(d, 300, 760, base, 1.3, (44, 148, 116), (20, 108, 86))
    d.rectangle([0, base, W, h], fill=(36, 136, 108))
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
    qrcode(d, W / 2 - s(144), y + s(36), s(288), 3421)
    y += s(410)
    slant_text(im, 0, y, "扫码报名", font(s(62), True), WHITE, 0.18, cx=W / 2)
    y += s(116)
    ctext(d, W / 2, y, "现场名额有限，报名从速", font(s(29)), WHITE)
    ctext(d, W / 2, y + s(50), "本次活动最终解释权归主办方所有", font(s(29)), WHITE)
    y += s(140)
    slant_text(im, 0, y, "相聚商丘 · 共话 Linux 内核", font(s(48), True), (255, 220, 130), 0.18, cx=W / 2)
    return int(y + s(560))


def background(w, h):
    """A flat deep pine green, a lighter foot, warm glows behind the ring and faint streaks."""
    im = vgrad(w, h, BG0, BG1)
    foot = vgrad(w, s(900), BG1, (22, 118, 94))
    im.paste(foot, (0, h - s(900)))
    im = glow(im, s(820), s(700), s(420), (255, 186, 70), 0.22)
    im = glow(im, s(100), s(1300), s(320), (60, 200, 150), 0.12)
    for k, yy in enumerate(range(3000, h - 1000, 2400)):
        im = glow(im, W - 40 if k % 2 else 40, yy, s(380), (70, 200, 150), 0.09)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks behind the ring
        d.line([(s(520 + i * 80), 0), (W, s(300 - i * 38))], fill=(24, 112, 88), width=2)
    rnd = random.Random(3421)
    for _ in range(14):  # thin light streaks down the page's edges
        sy = rnd.randrange(1800, h - 1800)
        sx = rnd.choice((rnd.randrange(0, 24), rnd.randrange(W - 64, W - 40)))
        d.line([(sx, sy), (sx + 36, sy - 90)], fill=(20, 104, 82), width=2)
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
    name, host, slots = FORUMS[0]
    y = heading_full(im, d, y, 0, name, host)
    y = forum_rows(d, y, slots, FULL, (s(70), FULL.xr + s(30))) + 130
    a, b = PAIR
    tops = []
    for idx, x0 in zip((a, b), COL_X):
        name, host, slots = FORUMS[idx]
        tops.append(heading_col(im, d, y, idx, name, host, x0))
    top = max(tops)
    for idx, x0 in zip((a, b), COL_X):
        ends[idx] = forum_rows(d, top, FORUMS[idx][2], col_g(x0), (x0, x0 + COL_W))
    y = max(ends[a], ends[b]) + 120
    name, host, slots = FORUMS[3]
    y = heading_full(im, d, y, 3, name, host)
    y = forum_rows(d, y, slots, FULL, (s(70), FULL.xr + s(30))) + 140
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
    "Same schema and conventions as posters-blind-43 (and -59, -135, -139): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('杜　萌' -> '杜萌', '孙　博' -> '孙博', '郭　彦' -> '郭彦', "
    "'王　璐' -> '王璐', '高　屹' -> '高屹', '胡　钧' -> '胡钧', '韩　骁' -> '韩骁', '蒙　佳' -> '蒙佳', '邓　昀' -> '邓昀'; "
    "the Latin name 'Anders Holmqvist' -> 'AndersHolmqvist'); host is the chair printed for the forum covering the "
    "slot, null for breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed; an opening "
    "speech printed with a speaker ('嘉宾致辞', 宋保华) is a talk; '开场' (printed in the title column without a "
    "speaker), '茶歇' and '午餐' are breaks; '午餐' (12:20-13:30) closes 主论坛. ONE invented edition, CLK 3421 "
    "(第1416届, 商丘, host school 商丘师范学院 with its 计算机与信息技术学院 at the top right, Saturday 3421-10-27), "
    "with CLK2022's four forums exactly as its README's recording links name them, in README order (主论坛, "
    "处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), "
    "printed as CLK2022's repository holds an edition: ONE agenda image, '3421clk.png' (PNG, 1242 px wide, named "
    "like imgs/2022clk.png), so this file has ONE entry holding the four forums in printed order and every talk is "
    "listed once. 主论坛 runs in the morning, the three others in parallel from 13:30; every forum's date is the "
    "edition's. The head (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school and its college "
    "with its English name, '第1416届中国' / 'Linux内核开发者大会', the ring '3421' / 'CLK', the date pill "
    "'3421年10月27日' + pin + '商丘', '地址:' and the hall over two lines), the framed introduction (two paragraphs "
    "naming companies and communities and saying '上午为主论坛，下午三个分论坛同时进行', no forum by name), '大会议程' "
    "on a plate and the foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', two caption "
    "lines, the slogan '相聚商丘 · 共话 Linux 内核', the school's name under the skyline) are never part of a name, a "
    "title or a slot. COLOURS are new (the brief asks for them): a deep pine-green page, saffron titles, dots and "
    "number boxes, coral '主持人:' and '嘉　宾:' labels, pale sage company-job lines, amber-to-green tea and lunch "
    "bars; the layout is the organisers' 2024 whole agenda's. LAYOUT: 主论坛 ACROSS THE PAGE; then the first two "
    "afternoon forums SIDE BY SIDE in columns of 560 px with a gap of 42 (01 处理器架构与调度 left | 02 "
    "内存管理与异构计算 right), each column ONE forum from its heading to its own closing rule, with its own time "
    "line: nothing in one column belongs to the forum of the other, whatever stands level with it (01 runs 25-minute "
    "talks with tea 15:35-15:50 and ends 17:30 with nine talks; 02 runs 30-minute talks with tea 15:30-15:45 and "
    "ends 17:45 with eight, so the rows, the two tea bars and the two closing rules stand at different heights); the "
    "third forum, 03 IO 与 ebpf, ALONE ACROSS THE PAGE after both columns. HEADINGS: '▶▶ 主论坛' or a slanted "
    "number box '01'..'03' followed by the forum's TOPIC and '分论坛' set APART with a gap, as the organisers' 2024 "
    "whole agenda sets them ('处理器架构与调度  分论坛', 'IO 与 ebpf  分论坛'): the forum is CLK2022's name, the gap "
    "and the numbers are no part of it. The host is the name after the coral '主持人:' (ASCII colon, as 2024 types "
    "it): at the RIGHT of the heading with the unit under it for 主论坛 and 03; in a column, on a line of its own "
    "under the column's heading with the unit beside the name. The unit is no affiliation and that line is no slot. "
    "ROWS (across the page and in the columns alike, the columns in smaller type): the range at the left "
    "('13:30-13:55'), a dot on a vertical time line, the saffron title, then ONE LINE PER SPEAKER: the padded name and, "
    "after it on the same line, the company-job line in small type, given EXACTLY as printed, typed as the designer "
    "typed it (mostly without a space between company and job: '华为操作系统内核首席专家', '腾讯TencentOS内核架构师', "
    "'Linaro高级内核工程师'; with spaces around some Latin words: '字节跳动 Linux 内核工程师', 'OPPO 内存管理工程师'); "
    "no company-job line wraps. The LATIN name is printed like the others, its company-job line after it on the same "
    "line ('Anders Holmqvist  Linaro高级内核工程师', 主论坛). TITLES wrap greedily in their measure, as the organisers' "
    "whole agenda breaks them, also inside a word ('国产服务器内核的可靠性工程：RAS 特性在飞' / '腾平台上的落地', "
    "'LoongArch 平台 KVM 中断虚拟' / '化的实现', 'cgroup v2 CPU 带宽控制的突' / '发配额实践', '大模型推理服务中的大页碎片问' "
    "/ '题与对策', '分层内存下的 NUMA 平衡：热' / '页识别的代价'), except that a designer pulls the break one character "
    "forward where a single character would stand alone; in the columns every title runs over two lines. A title over "
    "two lines is ONE title, given as the designer typed it: a space between Latin words and around Latin words where "
    "typed (also where a line breaks there: '实时场景下的 CPU 隔离：' / 'nohz_full 的残余干扰' is '实时场景下的 CPU "
    "隔离：nohz_full 的残余干扰', no space after the full-width colon), none inside Chinese text. Two speakers of one "
    "talk are two lines one under the other, given top then bottom, each with his own line: 陈国庆 and 杜萌 "
    "(飞腾信息技术, 主论坛), 刘晓明 and 何嘉欣 (OPPO, 主论坛), 王璐 and 马超群 (美团, 01), 张雨萱 and 郑博文 (浙江大学, "
    "02), 李嘉琪 and 叶子川 (蚂蚁集团, 03). The ROUND TABLE (主论坛, 11:40-12:20, kind 'panel') is one row "
    "'圆桌论坛:从使用者到贡献者，中国开发者如何走进内核社区' (over two lines; the label '圆桌论坛:' kept in the title "
    "with its ASCII colon, as the real 2024 whole agenda prints its round table), a coral '主持人:' line over the "
    "moderator's line and a coral '嘉　宾:' line over four guests' lines; its speakers are the moderator and then the "
    "guests in printed order (赵建平; 李文静, 孙博, 阚志刚, 吴承泽), its affiliations their printed lines; the labels "
    "are no part of a name, and the moderator is a SPEAKER, not the forum's host (张卫东), although his label reads "
    "'主持人:' like the host's. '茶歇' and '午餐' are bars holding the range, a dot and the label only (in a column "
    "the bar is the column's width): 茶歇 10:35-10:50 in 主论坛, 15:35-15:50 in 01, 15:30-15:45 in 02 and 03. "
    "ENGLISH-ONLY titles (five, each over two lines): 'Upstream First: Why Out-of-Tree Drivers Are a Losing Game' "
    "(主论坛, Anders Holmqvist), 'Scheduling Latency on Many-Core ARM Servers' (01), 'GPU Memory Sharing with dma-buf "
    "Heaps' (02), 'Beyond Maps: Using BPF Arena for Shared Data Structures' and 'Writeback Throttling Revisited for "
    "Mixed SSD Workloads' (03). Afternoon ranges of 20, 25 and 30 minutes, as in 2024; forums end at 17:30, 17:45 "
    "and 17:35; each afternoon forum ends with a talk (no break printed after it). Surnames: of the 46 Chinese "
    "people (hosts, speakers, moderator, guests) 13 bear 王, 李, 张, 刘 or 陈, 29 (those 13 among them) one of the twenty commonest, two an "
    "uncommon one (阚志刚, 蒙佳). No person is printed twice."
)


def layout(size):
    return ("%s (第1416届), 商丘, %s (PNG, %d x %d): THE WHOLE AGENDA in the family of the organisers' CLK2024 "
            "大会全议程.webp, in NEW colours (pine-green page, saffron titles, coral labels, amber bars): the head, a "
            "framed introduction, '大会议程' on a plate, then 主论坛 ACROSS the page ('▶▶ 主论坛', host at the right), "
            "the afternoon forums 01 | 02 SIDE BY SIDE in columns (a small number box, the topic and '分论坛' apart, "
            "the host and his unit on a line under it, a rule; rows in smaller type with their own time line; each "
            "column closed by its own rule), and 03 alone ACROSS the page (host at the right); each talk a row: range, "
            "dot on a time line, saffron title (greedy wrap; every column title over two lines), one line per speaker "
            "'padded name  company-job' (the Latin name too); the round table with coral '主持人:' and '嘉　宾:' lines; "
            "茶歇 and 午餐 as bars; the foot with sponsors, supporters, media, a QR code and Shangqiu's skyline (towers, "
            "the old city wall and gate tower, the Yanbo terrace). 7 + 9 + 8 + 10 = 34 scored talks (the round table "
            "and the opening speech among them)." % ((EDITION, DATE) + size))


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
    for x in ps + [t for t in titles if t != "嘉宾致辞"]:
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
    assert sum(1 for s_ in slots if s_["kind"] == "talk" and len(s_["sp"]) == 2) == 5
    assert sum(1 for s_ in slots if s_["kind"] == "talk" and s_["title"].isascii()) == 5
    assert sum(1 for s_ in slots for sp in s_["sp"] if latin(sp["name"])) == 1
    assert all(sum(1 for s_ in f[2] if s_["title"] == "茶歇") == 1 for f in FORUMS)
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "13:30"
    assert all(f[2][0]["start"] == "13:30" and f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
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
    assert 32 <= n <= 44 and n == 34, n
    assert 11000 <= im.size[1] <= 14000 and 1_000_000 <= size <= 2_000_000, (im.size, size)
    assert [(f, u) for f, _, u in HEAD_LOG] == [("主论坛", False), ("处理器架构与调度分论坛", True),
                                              ("内存管理与异构计算分论坛", True), ("IO 与 ebpf 分论坛", False)], HEAD_LOG
    nlines = {t_: len(ls) for t_, ls in WRAPS.items()}
    assert max(nlines.values()) == 2, nlines
    assert all(nlines[s_["title"]] == 2 for i in PAIR for s_ in FORUMS[i][2] if s_["kind"] != "break")
    assert all(nlines[t_] == 2 for t_ in nlines if t_.isascii()), nlines
    assert all(len(ls[-1].strip()) >= 2 for ls in WRAPS.values()), WRAPS
    assert WRAPS["实时场景下的 CPU 隔离：nohz_full 的残余干扰"] == ["实时场景下的 CPU 隔离：", "nohz_full 的残余干扰"]
    padded = sorted(sp["name"] for f in FORUMS for s_ in f[2] for sp in s_["sp"] if len(plain(sp["name"])) == 2)
    assert padded == sorted(["杜萌", "孙博", "郭彦", "王璐", "高屹", "胡钧", "韩骁", "蒙佳", "邓昀"]) or padded == sorted(
        pad(x) for x in ["杜萌", "孙博", "郭彦", "王璐", "高屹", "胡钧", "韩骁", "蒙佳", "邓昀"]), padded
    assert all(pad(plain(h[0])) == h[0] or len(h[0]) == 3 for _, h, _ in FORUMS)
    assert PAINT_LOG["ends"][1] != PAINT_LOG["ends"][2]
    truth = {"written": "2026-12-07", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
