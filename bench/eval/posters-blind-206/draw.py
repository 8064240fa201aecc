"""Draw the two-hundred-and-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK6206全部议程.jpg and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 6206 (第4201届, 柳州, 广西科技大学, Saturday 6206-10-25), with
CLK2025's six forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛,
硬件架构与异构计算分论坛, AI 基础设施与 eBPF 应用分论坛), as CLK2025's repository holds an
edition: ONE whole-agenda image, 'CLK6206全部议程.jpg', JPEG q85, 1080 px wide, the six forums
one under another, drawn after the organisers' CLK2024 大会全议程.webp (head, introduction
box, '大会议程' plate, forum headings, timeline rows, tea bars, the foot with sponsors, QR
code and a skyline) in the organisers' OWN palette family: a royal-blue page (a shade deeper
towards the foot) with white ranges and names, cyan titles, violet '主持人' labels, periwinkle
company-job lines and cyan number boxes and bars.

Built from posters-blind-195/draw.py: its helpers (everything from the imports to hgrad,
itself from sets 184, 182, 173, 153, 143, 130, 118, 106, 104, 79, 66, 65, 62 and 59) copied
unchanged; its whole-agenda painters recoloured back to the organisers' blue and changed as
README.md lists; the data are new.
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
# CLK 6206 (第4201届), 柳州, 广西科技大学, Saturday 6206-10-25.  主论坛 in the morning (09:00-12:30, then lunch until
# 14:00), the five other forums in parallel in the afternoon from 14:00, each with a tea 15:40-16:00 (as 2024's).
EDITION = "CLK 6206"
YEAR = "6206"
NTH = "第4201届中国"
DATE = "6206-10-25"
DATE_PRINTED = "6206年10月25日"
CITY = "柳州"
SCHOOL = "广西科技大学"
SCHOOL_UNIT = "计算机科学与技术学院"
SCHOOL_EN = "School of Computer Science and Technology, Guangxi University of Science and Technology"
SCHOOL_MARK = "GUANGXI UNIVERSITY OF SCIENCE AND TECHNOLOGY"
HALL = "广西科技大学东环校区 图书馆一楼学术报告厅"  # printed over two lines, broken at the space
FILE = "CLK%s全部议程.jpg" % YEAR  # named as CLK2025's repository names its image


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return {"name": name, "line": line}


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


# every speaker stands on a line of his own, as the 2024 whole agenda prints them (two speakers one under the
# other); two-character names are held padded, as they are printed
H0, H1, H2, H3, H4, H5 = "韦国强", "刘建华", "徐志勇", "罗文华", "胡建国", "孙丽萍"
FORUMS = [
    ("主论坛", (H0, "广西科技大学计算机科学与技术学院院长"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [P("覃建平", "广西科技大学副校长")], H0),
        T("09:20", "09:50", "操作系统内核在端云协同中的新角色",
          [P("王志刚", "华为操作系统内核首席专家")], H0),
        T("09:50", "10:20", "What a Decade of Kernel Rebases Taught a Cloud Vendor",
          [P("李\u3000明", "阿里云操作系统内核负责人")], H0),
        T("10:20", "10:50", "智能座舱与辅助驾驶共用一颗芯片时的内核隔离实践",
          [P("黄俊杰", "上汽通用五菱软件中心首席工程师"), P("蒙丽芳", "上汽通用五菱系统软件工程师")], H0),
        T("10:50", "11:20", "冷内存下沉到CXL设备：一年线上运行回顾", [P("张晓明", "腾讯云虚拟化技术总监")], H0),
        T("11:20", "11:50", "从 QEMU 到流片：RISC-V 新特性的内核开发流程",
          [P("陈志强", "中国科学院软件研究所研究员")], H0),
        PANEL("11:50", "12:30", "国产芯片时代，内核开发者需要哪些新能力",
              [P("赵国平", "统信软件内核研发总监"),
               P("王\u3000磊", "龙芯中科内核团队负责人"),
               P("李文杰", "广西大学计算机与电子信息学院教授"),
               P("吴晓峰", "vivo内核技术专家"),
               P("林志明", "OPPO底层软件总监")], H0),
        B("12:30", "14:00", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "阿里云内核技术专家"), [
        T("14:00", "14:20", "DAMON监控精度与开销的权衡：在线数据库实测", [P("周海波", "字节跳动内核工程师")], H1),
        T("14:20", "14:40", "swap readahead on Android: when prefetching hurts cold start",
          [P("吴\u3000超", "OPPO高级内存管理工程师")], H1),
        T("14:40", "15:10", "memcg回收路径上的锁竞争：从lru_lock到按memcg拆分的LRU",
          [P("杨文斌", "阿里云内核工程师"), P("韩\u3000雪", "阿里云内核工程师")], H1),
        T("15:10", "15:40", "从 /proc/slabinfo 到 BPF：slab 泄漏的线上排查", [P("田\u3000宇", "美团系统工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "按大小分级的 mTHP 策略：数据库调参记录", [P("马\u3000飞", "京东云内核工程师")], H1),
        T("16:20", "16:40", "内存热插拔与 movable zone 在虚拟机弹性伸缩中的取舍", [P("唐\u3000亮", "天翼云虚拟化工程师")], H1),
        T("16:40", "17:10", "KVM客户机二维页表遍历的开销分析",
          [P("冯建波", "海光信息内核工程师"), P("曾丽华", "海光信息软件工程师")], H1),
        T("17:10", "17:30", "虚拟机热迁移后半程的缺页风暴与预取优化", [P("郑\u3000凯", "蚂蚁集团系统工程师")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "华为存储内核专家"), [
        T("14:00", "14:20", "ext4 延迟分配在小文件密集写入下的副作用", [P("李俊峰", "华为文件系统工程师")], H2),
        T("14:20", "14:40", "F2FS 垃圾回收对手机长期流畅度的影响与优化", [P("梁海峰", "荣耀存储系统工程师")], H2),
        T("14:40", "15:10", "块设备直通模式下 io_uring 轮询的 CPU 代价", [P("张永强", "快手存储研发工程师")], H2),
        T("15:10", "15:40", "Bringing Atomic Writes to XFS on NVMe for Database Workloads",
          [P("刘\u3000洋", "阿里云文件系统工程师")], H2),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "SSD 缓存盘故障时 dm-cache 的降级行为", [P("邓\u3000勇", "中国移动云能力中心存储工程师")], H2),
        T("16:20", "16:50", "车规级存储上的磨损均衡与车载文件系统选型",
          [P("高\u3000峰", "东风柳汽智能网联工程师"), P("叶\u3000青", "东风柳汽测试工程师")], H2),
        T("16:50", "17:10", "OverlayFS copy-up 放大问题与规避", [P("潘\u3000超", "腾讯云容器工程师")], H2),
        T("17:10", "17:30", "NVMe-oF 断链重连期间的 IO 挂起分析", [P("蔡明亮", "浪潮信息存储工程师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "广西科技大学教授"), [
        T("14:00", "14:20", "EEVDF 的 lag 补偿对交互任务的影响", [P("谢\u3000军", "字节跳动调度工程师")], H3),
        T("14:20", "14:40", "sched_ext实现用户态调度策略的实践与性能评估", [P("朱\u3000涛", "腾讯内核工程师")], H3),
        T("14:40", "15:10", "A Practical Workflow for Chasing Tail Latency in the Scheduler",
          [P("Jakub Novotny", "SUSE 内核性能工程师")], H3),
        T("15:10", "15:40", "mmap_lock 争用的线上画像与缓解",
          [P("赵\u3000敏", "中兴通讯性能工程师"), P("宋晓光", "中兴通讯内核工程师")], H3),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "车机黑匣子：基于 ftrace 环形缓冲的故障回溯", [P("何\u3000斌", "小米系统工程师")], H3),
        T("16:30", "16:50", "kdump 转储失败的常见原因与自动化诊断", [P("袁\u3000浩", "统信软件内核工程师")], H3),
        T("16:50", "17:10", "内核死锁检测 - 从lockdep告警到线上问题的自动归因", [P("王建军", "百度智能云内核工程师")], H3),
        T("17:10", "17:30", "CPU 调频对延迟敏感服务的影响：schedutil 参数调优", [P("郭晓燕", "美团性能工程师")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "中国科学院软件研究所研究员"), [
        T("14:00", "14:20", "LoongArch 平台 perf 硬件事件的补全工作", [P("王晓东", "龙芯中科内核工程师")], H4),
        T("14:20", "14:40", "飞腾平台 L3 缓存分区对混部业务的收益", [P("曹文龙", "飞腾软件工程师")], H4),
        T("14:40", "15:10", "加速卡缺页处理：国产GPU的ATS/PRI支持", [P("彭\u3000辉", "摩尔线程驱动架构师")], H4),
        T("15:10", "15:40", "Porting Linux to an In-House DPU: What We Got Wrong",
          [P("周\u3000杰", "平头哥系统软件工程师")], H4),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "机密虚拟机中设备直通的安全边界与开销",
          [P("李国华", "海光信息安全架构师"), P("魏海军", "海光信息虚拟化工程师")], H4),
        T("16:20", "16:40", "设备直通下 IOMMU 页表开销的测量", [P("蒋志华", "英特尔 云计算软件工程师")], H4),
        T("16:40", "17:10", "NPU 驱动内存管理：从 DMA-BUF 到统一寻址", [P("黄\u3000鹏", "寒武纪驱动工程师")], H4),
        T("17:10", "17:30", "x86与ARM64服务器中断亲和性的差异", [P("农永刚", "桂林电子科技大学副教授")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "字节跳动基础架构技术专家"), [
        T("14:00", "14:20", "GPU 训练集群的集合通信抖动：从内核网络栈看根因", [P("张\u3000伟", "百度智能云AI平台工程师")], H5),
        T("14:20", "14:40", "推理服务的 CPU 抢占：用调度事件量化干扰", [P("陈宏伟", "网易系统工程师")], H5),
        T("14:40", "15:10", "bpftrace in production: scripting safely at scale", [P("王海燕", "蚂蚁集团可观测性工程师")], H5),
        T("15:10", "15:40", "千亿参数模型保存时的脏页回写风暴",
          [P("刘海涛", "快手AI平台内核工程师"), P("李\u3000静", "快手存储工程师")], H5),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "Cilium 之外：自研 eBPF 网络策略的三次迭代", [P("杨\u3000帆", "京东 SRE工程师")], H5),
        T("16:30", "17:00", "GPU 服务器上 PCIe 拓扑对 RDMA 带宽的影响", [P("陈\u3000婷", "阿里云智能网络工程师")], H5),
        T("17:00", "17:20", "面向智算集群的 eBPF 可观测平台建设", [P("张丽娟", "天翼云智算平台工程师")], H5),
        T("17:20", "17:40", "训练任务失败归因：用 BPF 采集 GPU 驱动的内核事件", [P("肖建平", "深信服AI平台研发工程师")], H5),
    ]),
]
SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]
COUNTS = [7, 8, 8, 8, 8, 8]
ENDS = ["17:30", "17:30", "17:30", "17:30", "17:40"]  # the afternoon forums' last talks end here

SPONSORS = ["广西科技大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "蚂蚁集团", "龙芯中科", "统信软件"]
SUPPORT = ["清华大学", "openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "广西计算机学会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux中国", "开源江湖"]
# names of real speakers and hosts read on the real posters: set 184's list (itself 182's and 173's), copied; every
# name I could read in my strips of CLK2024/大会全议程.webp is in it.  The listings' names and deck titles are checked
# in check().
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
# THE ORGANISERS' OWN PALETTE (their 2024 whole agenda, colours sampled from it and kept in its family): a royal-blue
# page ((10,56,222) at the head, (1,40,208) by the agenda, a shade deeper, (0,24,150), at the foot); white ranges,
# names and head type; CYAN titles, dots and rules; VIOLET '主持人:' and '嘉　宾:' labels; PERIWINKLE company-job
# lines (a little lighter than 2024's, which are faint); CYAN number boxes with blue digits; cyan tea and lunch bars
# fading into the blue; cyan plates for '大会议程' and the foot's words.
INK = WHITE
TITLE = (62, 222, 250)  # cyan titles
PALE = (140, 158, 252)  # the company-job lines and the hosts' units (periwinkle)
GOLD = (186, 104, 252)  # '主持人:' and '嘉　宾:' (violet; the name GOLD is kept from set 195's code)
VIOLET = GOLD
PLUM_INK = (8, 44, 190)  # the digits in the cyan number boxes (blue; name kept from set 195's code)
LINE = (110, 150, 240)  # the time line
HOLE = (10, 50, 200)  # the hole of a pin
BG0, BG_MID, BG1 = (10, 56, 222), (1, 40, 208), (0, 24, 150)
RULE = (70, 214, 250)  # the forum rules' strong end
RULE_END = (20, 90, 226)
BAR0, BAR1 = (40, 176, 240), (6, 48, 206)  # the tea and lunch bars, cyan fading into the blue
PANEL_FILL = (30, 76, 226)
W = 1080


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between (the data holds them padded)."""
    return name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, arcs, a cyan ball and small satellites with icons, as 2024's."""
    for r, col, wd in [(220, (70, 120, 240), 3), (176, (60, 190, 250), 10), (132, (120, 170, 250), 4)]:
        d.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], outline=col, width=wd)
    d.arc([cx - 250, cy - 160, cx + 250, cy + 160], 195, 345, fill=(90, 226, 252), width=10)
    d.arc([cx - 200, cy - 110, cx + 200, cy + 110], 20, 160, fill=(150, 200, 255), width=12)
    d.ellipse([cx - 82, cy - 82, cx + 82, cy + 82], fill=(28, 120, 236), outline=(170, 226, 255), width=5)
    d.ellipse([cx - 60, cy - 70, cx - 10, cy - 40], fill=(90, 170, 246))
    ctext(d, cx, cy - 52, YEAR, font(22, True), (220, 240, 255))
    ctext(d, cx, cy - 28, "CLK", font(56, True), WHITE)
    for k, ang in enumerate((25, 155, 245, 320)):
        sx, sy = cx + 240 * math.cos(math.radians(ang)), cy + 150 * math.sin(math.radians(ang))
        d.ellipse([sx - 22, sy - 22, sx + 22, sy + 22], fill=(16, 70, 220), outline=(110, 220, 252), width=3)
        if k % 2:
            d.ellipse([sx - 9, sy - 9, sx + 9, sy + 9], outline=WHITE, width=2)
            d.line([(sx - 9, sy), (sx + 9, sy)], fill=WHITE, width=1)
        else:
            d.rectangle([sx - 8, sy - 7, sx + 8, sy + 7], outline=WHITE, width=2)


def seal(d, x, y, r, fill):
    """The school's seal: two rings and, inside, a gear around an open book (an engineering school of an
    industrial city)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    g = r * 0.5
    d.ellipse([x - g, y - g, x + g, y + g], outline=fill, width=2)
    for k in range(10):
        a = math.radians(k * 36)
        d.line([(x + g * math.cos(a), y + g * math.sin(a)), (x + (g + r / 7) * math.cos(a), y + (g + r / 7) * math.sin(a))],
               fill=fill, width=3)
    d.line([(x - g / 1.6, y - g / 5), (x, y + g / 6), (x + g / 1.6, y - g / 5)], fill=fill, width=2)
    d.line([(x, y + g / 6), (x, y - g / 2)], fill=fill, width=1)


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
    for x, w, h in [(90, 50, 96), (146, 40, 140), (192, 62, 70), (260, 44, 160), (310, 58, 110), (374, 36, 84),
                    (416, 56, 128), (478, 44, 76)]:
        d.rectangle([x, y - h, x + w, y], outline=col, width=2)
        for wy in range(int(y - h + 12), int(y - 8), 18):
            d.line([(x + 8, wy), (x + w - 8, wy)], fill=col, width=1)


def grad_text(im, x, y, text, f, c0, c1, shear=0.16):
    """Heading type leaning right, filled with a top-to-bottom gradient (set 184's ink_text, colours as arguments)."""
    tmp = Image.new("RGB", (1, 1))
    m_w = tw(ImageDraw.Draw(tmp), text, f) + 8
    h = int(f.size * 1.45)
    m = Image.new("L", (m_w + int(shear * h) + 8, h), 0)
    ImageDraw.Draw(m).text((int(shear * h) + 4, 0), text, font=f, fill=255)
    m = m.transform(m.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    fill = vgrad(m.size[0], m.size[1], c0, c1)
    im.paste(fill, (int(x), int(y)), m)
    return x + m.size[0]


def header(im, d):
    """The head: logo lines, the school's seal and name with its college, the slanted edition title, the ring, the
    date pill, the address ('地址:' inline, the hall over two lines, as the 2024 whole agenda prints it)."""
    logo_lines(d, 60, 56, WHITE, TITLE, 1.15)
    seal(d, 596, 92, 34, WHITE)
    d.text((644, 48), SCHOOL, font=font(36, True, serif=True), fill=WHITE)
    d.text((644, 96), SCHOOL_UNIT, font=font(26, True), fill=WHITE)
    d.text((644, 134), fits(d, SCHOOL_EN, font(9), 420), font=font(9), fill=(190, 206, 255))
    ring_graphic(d, 790, 700)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    grad_text(im, 70, 384, "Linux内核开发者大会", font(88, True), (255, 255, 255), (110, 230, 252))
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=(110, 210, 252), width=4)
    d.line([(560, 530), (640, 510)], fill=(110, 210, 252), width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 630, 80 + pw, 698
    d.rounded_rectangle([x0, y0, x1, y1], radius=12, fill=(8, 44, 196), outline=(90, 220, 252), width=3)
    d.line([(x0 + pw / 2 - 40, y0), (x0 + pw / 2 + 40, y0)], fill=(90, 220, 252), width=8)
    d.line([(x0 + pw / 2 - 40, y1), (x0 + pw / 2 + 40, y1)], fill=(90, 220, 252), width=8)
    d.line([(x0 - 10, y0 + 16), (x0 - 10, y1 - 16)], fill=(90, 220, 252), width=5)
    d.line([(x1 + 10, y0 + 16), (x1 + 10, y1 - 16)], fill=(90, 220, 252), width=5)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, (90, 220, 252), 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    af = font(36, True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= 600 for ln in lines), lines
    y = 770
    for ln in lines:
        d.text((84, y), ln, font=af, fill=WHITE)
        y += 56
    faint_city(d, 1040, (40, 90, 230))
    return 1110


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)是由国内高校与企业共同发起的 Linux 内核技术交流活动，"
         "迄今已连续举办4201届。大会坚持开放、中立、非商业的办会原则，聚焦内核前沿技术与工程实践，邀请一线开发者分享"
         "内存管理、文件系统、调度、体系结构、虚拟化与 eBPF 等方向的最新进展，每届吸引数百名开发者、高校师生到场交流，"
         "欢迎大家报名参加。",
         "本次大会由广西科技大学计算机科学与技术学院承办，华为、阿里云、腾讯云、字节跳动、OPPO、vivo、蚂蚁集团、"
         "龙芯中科、统信软件、清华大学、openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、CSDN 等单位共同支持。"]
# the whole agenda's measures, taken from the real 2024 one (set 106's, through 118, 130, 143, 153, 173, 182 and 184):
# the range's left edge, the time line, the title column and its right end; the company-job line starts NAME_COL
# after a name
TX, LX, TT, XR = 106, 336, 382, 982
NAME_COL = 105
AFF_R = XR + 40  # the right end of a company-job line (it may run a little past the titles, as in 2024)


def intro_box(d, y):
    """A lighter blue box with cyan corner marks holding the organisers' introduction (two paragraphs), as 2024's."""
    bx0, bx1 = 60, W - 60
    f = font(25)
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - 150, bx1 - bx0 - 100]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * 48 + 100
    d.rectangle([bx0, y, bx1, y + h], fill=PANEL_FILL, outline=(80, 130, 240), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=(70, 216, 250), width=10)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=(70, 216, 250), width=10)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (100 if i == 0 else 50), yy), ln, font=f, fill=WHITE)
            yy += 48
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a blue-to-cyan bar with a cut corner and the word in leaning white type (as 2024's '大会议程'),
    a cyan streak over its right end and one under its left end."""
    w, h = 460, 90
    x0 = W / 2 - w / 2
    hgrad(d, x0 - 70, y + 80, x0 + 120, y + 92, BG_MID, (70, 210, 250))
    hgrad(d, x0, y, x0 + w, y + h, (20, 90, 226), (60, 214, 236))
    d.polygon([(x0, y), (x0 + 18, y), (x0, y + 18)], fill=BG_MID)
    hgrad(d, x0 + w - 80, y - 16, x0 + w + 50, y - 6, (70, 210, 250), BG_MID)
    slant_text(im, 0, y + 8, text, font(54, True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


HEADING_SIZES = []
HEAD_C0, HEAD_C1 = (255, 255, 255), (110, 232, 252)  # the heading type: white at the top to cyan


def agenda_heading(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box '01'..'05', the topic and '分论坛' in leaning type (one size for the five
    afternoon headings); the host block ('主持人:' and the name, the unit under it) at the RIGHT of the heading, as the
    organisers' 2024 whole agenda prints it, or, where the long CLK2025 name leaves no room, at the right on the
    lines UNDER the heading, still right-aligned (set 195's heading, recoloured, the host block moved)."""
    x = 70
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=TITLE)
        x += 84
        x = grad_text(im, x, y - 4, name, font(62, True), HEAD_C0, HEAD_C1)
    else:
        box = vgrad(106, 76, (120, 236, 252), (30, 170, 236))
        mask = Image.new("L", (106, 76), 0)
        ImageDraw.Draw(mask).polygon([(14, 0), (106, 0), (92, 76), (0, 76)], fill=255)
        im.paste(box, (x, y + 6), mask)
        d.line([(x + 2, y - 8), (x + 40, y - 8)], fill=WHITE, width=6)
        d.line([(x + 2, y - 8), (x - 6, y + 30)], fill=WHITE, width=6)
        slant_text(im, x + 16, y + 6, "%02d" % idx, font(48, True), PLUM_INK, 0.2)
        x += 132
        size = HEAD_SIZE
        f = font(size, True)
        HEADING_SIZES.append(size)
        assert tw(d, topic_of(name) + "分论坛", f) + 60 <= XR + 20 - x, name
        dy = (56 - size) // 2
        x = grad_text(im, x, y + 4 + dy, topic_of(name), f, HEAD_C0, HEAD_C1)
        x = grad_text(im, x + 22, y + 4 + dy, "分论坛", f, HEAD_C0, HEAD_C1)
    hf, nf, uf = font(30, True), font(30), font(17)
    label, who = "主持人:", pad(host[0])
    hw = tw(d, label, hf) + 8 + tw(d, who, nf)
    bw = max(hw, tw(d, host[1], uf))
    hx = XR + 30 - bw
    under = x + 24 + bw > XR + 30
    if under:
        y += 92
    d.text((hx, y + 4), label, font=hf, fill=GOLD)
    d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=WHITE)
    d.text((hx, y + 52), host[1], font=uf, fill=PALE)
    y += 94 if under else 104
    hgrad(d, 70, y, XR + 30, y + 12, RULE, RULE_END)
    return y + 12 + 56, under


HEAD_SIZE = 52


def person_line(d, y, sp):
    """One speaker: the (padded) name and the company-job line after it on the same line, as the 2024 whole agenda
    prints them; a Latin name with its line UNDER it (as 2024 prints 'Kuzin Artem')."""
    nf, af = font(29), font(18)
    name = pad(sp["name"])
    d.text((TT, y), name, font=nf, fill=WHITE)
    if latin(sp["name"]):
        d.text((TT, y + 42), fits(d, sp["line"], af, AFF_R - TT), font=af, fill=PALE)
        return y + 43 + 28
    col = max(NAME_COL, tw(d, name, nf) + 18)
    d.text((TT + col, y + 10), fits(d, sp["line"], af, AFF_R - TT - col), font=af, fill=PALE)
    return y + 43


def agenda_row(d, y, s, log):
    """A talk: the range at the left, a dot on the time line, the cyan title (greedy wrap), one line per speaker.
    A round table adds the violet labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are cyan bars fading
    into the page (the range and the label); '开场' a row without a speaker."""
    rf = font(31, True)
    if s["kind"] == "break" and s["title"] != "开场":
        hgrad(d, TX - 6, y - 4, XR - 120, y + 50, BAR0, (20, 110, 230))
        hgrad(d, XR - 120, y - 4, XR, y + 50, (20, 110, 230), BAR1)
        d.text((TX, y), rng(s), font=rf, fill=WHITE)
        DOTS.append((y + 23, WHITE))
        BARS.append((y - 4, y + 50))
        d.text((TT, y + 1), s["title"], font=font(29, True), fill=WHITE)
        return y + 50 + 52
    d.text((TX, y), rng(s), font=rf, fill=WHITE)
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
            d.text((TT, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=GOLD)
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
    """A sponsor's box: a white outline on the blue and the name set as a white word mark (the school with a seal),
    as 2024 prints white logos in white-outlined boxes."""
    d.rectangle([x, y, x + w, y + h], outline=(236, 242, 255), width=2)
    rnd = random.Random(seed_of(name))
    ink = WHITE
    if name == SCHOOL:
        seal(d, x + 44, y + h / 2, 24, ink)
        f = font(32, True, serif=True)
        d.text((x + 80, y + 12), fits(d, SCHOOL, f, w - 90), font=f, fill=ink)
        d.text((x + 82, y + 62), fits(d, SCHOOL_MARK, font(9, True), w - 90), font=font(9, True), fill=ink)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
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


def karst(d, river, col, line):
    """Liuzhou's karst peaks behind the river: steep rounded hills standing apart (鱼峰山, 马鞍山 and their like)."""
    for cx, w, h in [(70, 150, 250), (230, 120, 330), (360, 170, 220), (610, 130, 300), (760, 190, 380),
                     (930, 140, 260), (1060, 160, 310)]:
        pts = []
        for k in range(41):
            t = k / 40
            xx = cx - w / 2 + w * t
            yy = river - h * (math.sin(math.pi * t) ** 0.6)
            pts.append((xx, yy))
        d.polygon(pts + [(cx + w / 2, river), (cx - w / 2, river)], fill=col, outline=line)


def gate_tower(d, x, base, col, line):
    """The east gate tower (东门城楼): a brick wall with an arched gate and, on it, a two-storey hall with
    upturned eaves."""
    d.rectangle([x - 120, base - 100, x + 120, base], fill=col, outline=line, width=2)
    for k in range(0, 100, 14):
        d.line([(x - 120, base - k), (x + 120, base - k)], fill=line, width=1)
    d.chord([x - 32, base - 80, x + 32, base - 16], 180, 360, fill=(8, 30, 150), outline=line)
    d.rectangle([x - 32, base - 48, x + 32, base], fill=(8, 30, 150), outline=line)
    y = base - 100
    for ww, hh in [(170, 44), (120, 38)]:
        d.rectangle([x - ww / 2, y - hh, x + ww / 2, y], fill=col, outline=line, width=2)
        for cx in range(int(x - ww / 2 + 14), int(x + ww / 2 - 8), 18):
            d.line([(cx, y - hh + 6), (cx, y - 4)], fill=line, width=1)
        y -= hh
        d.polygon([(x - ww / 2 - 40, y + 4), (x - ww / 2 - 28, y + 10), (x + ww / 2 + 28, y + 10),
                   (x + ww / 2 + 40, y + 4), (x + ww / 2 - 4, y - 22), (x - ww / 2 + 4, y - 22)], fill=col, outline=line)
        y -= 22
    d.line([(x, y), (x, y - 14)], fill=line, width=3)


def arch_bridge(d, x0, x1, y, line):
    """A bridge over the 柳江 on three arches, its deck a straight line."""
    d.line([(x0, y - 40), (x1, y - 40)], fill=line, width=4)
    span = (x1 - x0) / 3
    for k in range(3):
        a = x0 + k * span
        d.arc([a + 6, y - 70, a + span - 6, y + 30], 180, 360, fill=line, width=3)
        for j in range(1, 6):
            xx = a + span * j / 6
            d.line([(xx, y - 40), (xx, y - 40 + 28 * (1 - math.sin(math.pi * j / 6)) + 2)], fill=line, width=1)


def skyline(im, h):
    """The foot, Liuzhou in the 2024 manner (outlines and fills a little lighter than the page): karst peaks, the
    east gate tower, a bridge over the 柳江, the school's buildings and the school's name."""
    d = ImageDraw.Draw(im)
    base = h - 60
    fillc, line = (14, 54, 190), (90, 150, 250)
    river = base - 120
    karst(d, river, (8, 40, 170), (60, 110, 236))
    for bx, bw, bh in [(30, 80, 150), (116, 96, 110), (218, 70, 180)]:  # the school's buildings
        d.rectangle([bx, river - bh, bx + bw, river], fill=fillc, outline=line, width=2)
        for wy in range(int(river - bh + 14), int(river - 10), 20):
            for wx in range(bx + 10, bx + bw - 10, 18):
                d.rectangle([wx, wy, wx + 8, wy + 8], outline=line, width=1)
    gate_tower(d, 480, river, fillc, line)
    d.rectangle([0, river, W, base], fill=(4, 30, 160))
    arch_bridge(d, 640, 1060, river + 60, line)
    ripples(d, river + 30, base - 4, (50, 100, 220), 6206)
    d.rectangle([0, base, W, h], fill=(0, 22, 130))
    seal(d, W / 2 - 120, h - 30, 16, WHITE)
    ctext(d, W / 2 + 10, h - 46, SCHOOL, font(24, True, serif=True), WHITE)


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 70
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 70
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 180, y, W / 2 + 180, y + 360], outline=TITLE, width=3)
    d.rectangle([W / 2 - 162, y + 18, W / 2 + 162, y + 342], fill=WHITE)
    qrcode(d, W / 2 - 144, y + 36, 288, 6206)
    y += 410
    slant_text(im, 0, y, "扫码报名", font(62, True), WHITE, 0.18, cx=W / 2)
    y += 116
    ctext(d, W / 2, y, "200份现场礼品，先到先得", font(29), WHITE)
    ctext(d, W / 2, y + 50, "活动最终解释权归主办方所有", font(29), WHITE)
    y += 150
    slant_text(im, 0, y, "相约龙城柳州 · 共话 Linux 内核", font(46, True), TITLE, 0.18, cx=W / 2)
    return int(y + 700)


def background(w, h):
    """The organisers' royal-blue page, a shade deeper lower down; cyan and light-blue glows, light streaks and
    particles over the head, faint waves behind the agenda, the skyline at the foot."""
    top = vgrad(w, 1400, BG0, BG_MID)
    rest = vgrad(w, h - 1400, BG_MID, BG1)
    im = Image.new("RGB", (w, h))
    im.paste(top, (0, 0))
    im.paste(rest, (0, 1400))
    im = glow(im, 790, 700, 420, (40, 200, 250), 0.35)
    im = glow(im, 60, 160, 320, (120, 160, 255), 0.30)
    for k, yy in enumerate(range(2600, h - 1200, 2300)):
        im = glow(im, 1060 if k % 2 else 20, yy, 360, (40, 140, 250), 0.22)
    d = ImageDraw.Draw(im)
    rnd = random.Random(6206)
    for i in range(9):  # light streaks sweeping over the head
        d.arc([300 + i * 40, -400 - i * 30, 1500 + i * 40, 260 + i * 24], 100, 175, fill=(70, 130, 246), width=2)
    for _ in range(110):  # particles over the head
        px, py = rnd.randrange(480, 1080), rnd.randrange(150, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(170, 230, 255))
    for yy in range(4200, h - 2400, 3100):  # faint waves behind the agenda, as 2024 has behind its tea bars
        for j in range(6):
            pts = [(x, yy + j * 14 + 40 * math.sin(x / 170 + j * 0.4)) for x in range(0, w + 10, 10)]
            d.line(pts, fill=(20, 70, 222), width=2)
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


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104, 106, 118, 130, 143, 153, 173, 182 and 184)."""
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
UNCOMMON = ["农", "蒙"]  # Zhuang surnames, met in Guangxi, rare in the country (覃 and 韦, common there, are in the 100)
SURNAME_COUNTS = {"王": 5, "李": 5, "张": 4, "刘": 3, "陈": 3, "杨": 2, "黄": 2, "赵": 2, "吴": 2, "周": 2}  # others once
# the given names, as a real programme prints them: everyday characters only (checked below)
EVERYDAY = set("建华磊文涛晓东帆志强平永海洋婷宏伟军静俊鹏国斌丽娟敏明超燕冰怡浩然雪梅飞峰辉亮娜帅小刚晨阳波杰萍昊"
               "宇航鑫卫民春芳龙云勇凯庆红霞光青")


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
    assert len(chinese) == 63 and {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    top5 = sum(1 for p in chinese if p[0] in TOP5)
    top20 = sum(1 for p in chinese if p[0] in TOP20)
    assert (top5, top20) == (20, 40), (top5, top20)
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    assert all(2 <= len(p) <= 3 for p in chinese)
    assert set("".join(p[1:] for p in chinese)) <= EVERYDAY, set("".join(p[1:] for p in chinese)) - EVERYDAY
    printed = [host[0] for _, host, _ in FORUMS] + [sp["name"] for f in FORUMS for s in f[2] for sp in s["sp"]]
    for n in printed:  # two-character names padded, no other
        assert n.isascii() or (len(plain(n)) == 2) == ("\u3000" in n), n
    assert sum(1 for n in printed if "\u3000" in n) == PADDED, sum(1 for n in printed if "\u3000" in n)
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
    assert [sum(1 for s in f[2] if s["kind"] == "talk" and len(s["sp"]) == 2) for f in FORUMS] == [1, 2, 1, 1, 1, 1]
    assert [sum(1 for s in f[2] if s["kind"] == "talk" and s["title"].isascii()) for f in FORUMS] == [1] * 6
    assert sum(1 for s in slots for sp in s["sp"] if latin(sp["name"])) == 1
    assert [s["title"] for s in FORUMS[0][2][:2]] == ["开场", "嘉宾致辞"] and FORUMS[0][2][0]["start"] == "09:00"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "14:00"
    assert FORUMS[0][2][-2]["kind"] == "panel" and len(FORUMS[0][2][-2]["sp"]) == 5
    assert not [s for s in FORUMS[0][2] if s["title"] == "茶歇"]
    assert all(f[2][0]["start"] == "14:00" for f in FORUMS[1:])
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ENDS
    assert [[(s["start"], s["end"]) for s in f[2] if s["title"] == "茶歇"] for f in FORUMS[1:]] == [[("15:40", "16:00")]] * 5
    assert [sum(1 for s in f[2] if s["kind"] != "break") for f in FORUMS] == COUNTS
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    return len(titles)


PADDED = 25
DRAFT = os.environ.get("DRAFT")


def main():
    im = two_pass(W, paint_full, background)
    assert im.size[0] == W
    path = os.path.join(HERE, FILE)
    im.save(path, "JPEG", quality=85)  # CLK6206全部议程.jpg, as CLK2025 names its image
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
        assert [sum(1 for s in f[2] if s["title"] in WRAPPED) for f in FORUMS] == [4, 5, 1, 4, 1, 3]
    truth = {"written": "2026-12-15", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")





UNDERS = [False, True, True, True, True, True]
WRAPPED = ["What a Decade of Kernel Rebases Taught a Cloud Vendor",
           "智能座舱与辅助驾驶共用一颗芯片时的内核隔离实践",
           "从 QEMU 到流片：RISC-V 新特性的内核开发流程",
           "圆桌论坛:国产芯片时代，内核开发者需要哪些新能力",
           "DAMON监控精度与开销的权衡：在线数据库实测",
           "swap readahead on Android: when prefetching hurts cold start",
           "memcg回收路径上的锁竞争：从lru_lock到按memcg拆分的LRU",
           "从 /proc/slabinfo 到 BPF：slab 泄漏的线上排查",
           "内存热插拔与 movable zone 在虚拟机弹性伸缩中的取舍",
           "Bringing Atomic Writes to XFS on NVMe for Database Workloads",
           "sched_ext实现用户态调度策略的实践与性能评估",
           "A Practical Workflow for Chasing Tail Latency in the Scheduler",
           "内核死锁检测 - 从lockdep告警到线上问题的自动归因",
           "CPU 调频对延迟敏感服务的影响：schedutil 参数调优",
           "Porting Linux to an In-House DPU: What We Got Wrong",
           "GPU 训练集群的集合通信抖动：从内核网络栈看根因",
           "bpftrace in production: scripting safely at scale",
           "训练任务失败归因：用 BPF 采集 GPU 驱动的内核事件"]  # the titles printed over two lines
NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -173, -182, -184, -195): speakers are names as printed "
    "with spaces and the padding of two-character names removed ('李\u3000明' -> '李明', '王\u3000磊' -> '王磊'; the Latin "
    "name 'Jakub Novotny' -> 'JakubNovotny'); host is the chair printed for the forum covering the slot, null for "
    "breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed. ONE invented edition, CLK 6206 "
    "(第4201届, 柳州, host school 广西科技大学 with its 计算机科学与技术学院 and English line at the top right, Saturday "
    "6206-10-25), with CLK2025's six forum names in CLK2025's folder order (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, "
    "调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its spaces), printed as CLK2025's "
    "repository holds an edition: ONE whole-agenda image named as CLK2025 names its own (" + FILE + ", JPEG q85, "
    "1080 px wide), the six forums one under another, in the organisers' 2024 whole-agenda layout AND their own "
    "palette family: a royal-blue page (a shade deeper towards the foot), white ranges and names, CYAN titles, "
    "VIOLET '主持人:' and '嘉\u3000宾:' labels, periwinkle company-job lines, cyan number boxes and cyan tea and lunch "
    "bars. So this file has ONE entry holding six forums in printed order, and every talk is listed once. 主论坛 runs "
    "in the morning, the five others in parallel from 14:00; every forum's date is the edition's. The head (logo "
    "lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school, its college and its English name, '第4201届中国' / "
    "'Linux内核开发者大会', the ring '6206' / 'CLK', the date pill '6206年10月25日' + pin + '柳州', "
    "'地址:广西科技大学东环校区' / '图书馆一楼学术报告厅'), the framed introduction (two paragraphs naming companies, "
    "communities and topics such as 内存管理, 文件系统, 调度, eBPF, but no forum), '大会议程' on a plate, and the foot "
    "('赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', the captions '200份现场礼品，先到先得' and "
    "'活动最终解释权归主办方所有', the slogan '相约龙城柳州 · 共话 Linux 内核', the school's name under the skyline) are "
    "never part of a name, a title or a slot. HEADINGS: '▶▶ 主论坛', or a slanted CYAN number box '01'..'05' (blue "
    "digits) followed by the forum's TOPIC and '分论坛' set APART with a gap, as the 2024 whole agenda sets '内存  分论坛' "
    "('内存管理与优化  分论坛', 'AI 基础设施与 eBPF 应用  分论坛'): the forum is CLK2025's name, the gap and the numbers no "
    "part of it. The host is the name after the violet '主持人:' (ASCII colon, as 2024 types it), with the unit on a "
    "small line under it, both at the RIGHT: beside 主论坛's heading (韦国强, '广西科技大学计算机科学与技术学院院长'), and, "
    "for the five afternoon forums, whose long names leave no room beside the heading, right-aligned on the two lines "
    "UNDER the heading, above the forum's rule: 刘建华 (阿里云内核技术专家), 徐志勇 (华为存储内核专家), 罗文华 "
    "(广西科技大学教授), 胡建国 (中国科学院软件研究所研究员), 孙丽萍 (字节跳动基础架构技术专家); the unit is no affiliation "
    "and the host line no slot. ROWS: the range at the left ('14:00-14:20'), a dot on a vertical time line, the CYAN "
    "title, then the speakers, ONE LINE EACH, two speakers one under the other, as 2024 prints them: the (padded) name "
    "and the company-job line beside it in small periwinkle type; each affiliation is that line EXACTLY as printed, "
    "mostly run together as the designer typed it ('华为操作系统内核首席专家', 'OPPO高级内存管理工程师', "
    "'百度智能云AI平台工程师', 'vivo内核技术专家'), with a space where typed ('英特尔 云计算软件工程师', '京东 SRE工程师', "
    "'SUSE 内核性能工程师'). The one LATIN name, 'Jakub Novotny', has his line 'SUSE 内核性能工程师' UNDER his name at "
    "the same left edge (as 2024 prints 'Kuzin Artem' over his line), under the English title 'A Practical Workflow "
    "for Chasing Tail' / 'Latency in the Scheduler' (调度、性能与调试分论坛 14:40-15:10): that line is his affiliation, "
    "not a title line and not a second speaker. TWO SPEAKERS (seven talks: one in each forum and two in "
    "内存管理与优化分论坛) are given top then bottom, each with the line beside his own name: 黄俊杰 and 蒙丽芳 (上汽通用五菱), "
    "杨文斌 and 韩雪 (阿里云, the same line twice), 冯建波 and 曾丽华 (海光信息), 高峰 and 叶青 (东风柳汽), 赵敏 and 宋晓光 "
    "(中兴通讯), 李国华 and 魏海军 (海光信息), 刘海涛 and 李静 (快手). TITLES wrap greedily in the title column, as the "
    "2024 whole agenda breaks them; a title over two lines is ONE title, given as the designer typed it: a space "
    "between Latin words (also where the line breaks between them: 'Bringing Atomic Writes to XFS on NVMe for' / "
    "'Database Workloads'; 'bpftrace in production: scripting safely at' / 'scale', a lone last word as 2024's "
    "'…with mTHP' / 'swap'), the typed space kept where a line breaks between a Latin word and Chinese text "
    "('…的影响：schedutil' / '参数调优' is '…：schedutil 参数调优'), and none where Chinese text breaks, whether inside a "
    "word ('…的内核隔' / '离实践', '…弹性伸' / '缩中的取舍', '…与性能' / '评估') or between words ('…在线数据库' / '实测'), "
    "nor where Latin text typed without a space meets Chinese ('…从lru_lock到按' / 'memcg拆分的LRU'); eighteen titles "
    "take two lines, none more. Titles keep their typed spacing and punctuation: Latin words run into Chinese where "
    "the designer typed no space ('DAMON监控精度…', 'sched_ext实现…', 'x86与ARM64服务器…', '…国产GPU的ATS/PRI支持'), a "
    "spaced hyphen '内核死锁检测 - 从lockdep告警…' as 2024 prints one, full-width '：' and '，' as typed. The ROUND TABLE "
    "(主论坛, 11:50-12:30, kind 'panel') is one row '圆桌论坛:国产芯片时代，内核开发者需要哪些新能力' over two lines (the "
    "label '圆桌论坛:' kept in the title with its ASCII colon, as the 2024 whole agenda prints its round table), a "
    "violet '主持人:' line over the moderator's line and a violet '嘉\u3000宾:' line over four guests' lines; its speakers "
    "are the moderator and then the guests in printed order (赵国平; 王磊, 李文杰, 吴晓峰, 林志明), its affiliations their "
    "printed lines; the labels are no part of a name, and the moderator is a SPEAKER, not the forum's host (韦国强), "
    "although his label reads '主持人:' like the host's. '开场' (09:00-09:05, printed in the title column without a "
    "speaker) is a break; '嘉宾致辞' (09:05-09:20, 覃建平, 广西科技大学副校长) is a talk. '茶歇' and '午餐' are cyan bars "
    "holding the range, a dot and the label only, breaks of the forum they stand in: 主论坛 has no tea (as 2024's) and "
    "ends with '午餐' 12:30-14:00; each afternoon forum has ONE 茶歇 15:40-16:00 (as every 2024 forum) and ends with its "
    "last talk, at 17:30, except 'AI 基础设施与 eBPF 应用分论坛', whose last talk ends at 17:40. ENGLISH-ONLY titles (six, "
    "one per forum): 'What a Decade of Kernel Rebases Taught a Cloud Vendor' (主论坛, by 李明, a Chinese speaker), "
    "'swap readahead on Android: when prefetching hurts cold start' (lower case, as 2024 types some), 'Bringing Atomic "
    "Writes to XFS on NVMe for Database Workloads', 'A Practical Workflow for Chasing Tail Latency in the Scheduler' "
    "(the Latin speaker's), 'Porting Linux to an In-House DPU: What We Got Wrong', 'bpftrace in production: scripting "
    "safely at scale'; the other titles mix Chinese with Latin words or are Chinese only. NAMES as a real programme "
    "prints them: 63 Chinese names with surnames in roughly the population's proportions (王 5, 李 5, 张 4, 刘 3, 陈 3: "
    "20 of 63; 杨, 黄, 赵, 吴, 周 2 each and one each of the ten other names the brief lists: 40 of 63; then one each of "
    "21 other common surnames, among them 韦 and 覃, common in Guangxi) and two uncommon ones, Zhuang surnames met in "
    "Guangxi: 蒙 (蒙丽芳, 上汽通用五菱) and 农 (农永刚, 桂林电子科技大学); given names of everyday characters only (志刚, 明, "
    "俊杰, 晓明, 志强, 磊, 文杰, 晓峰, 海波, 超, 丽萍, 伟, 静 …); twenty-five two-character names, all padded; no compound "
    "surname. No person is printed twice."
)


def layout(size):
    return ("%s (第4201届), 柳州, %s (JPEG q85, %d x %d): THE WHOLE AGENDA after the organisers' CLK2024 "
            "大会全议程.webp in their own palette family, a royal-blue page with white ranges, cyan titles, violet labels "
            "and periwinkle company-job lines: the head, a framed introduction, '大会议程' on a plate, then the six forums "
            "one under another, each under a heading ('▶▶ 主论坛' with the host at the right, or a cyan number box "
            "'01'..'05' with the topic and '分论坛' set apart and the host right-aligned on the lines under the heading); "
            "each talk a row: range, dot on a time line, cyan title (greedy wrap), then one line per speaker 'padded name  "
            "company-job' (two speakers one under the other; the Latin name with his line under it); '开场' and '嘉宾致辞' "
            "first; the round table with violet '主持人:' and '嘉　宾:' lines; 茶歇 and 午餐 as cyan bars; the foot with "
            "sponsors, supporters, media, a QR code and Liuzhou's skyline (karst peaks, the east gate tower, a bridge over "
            "the 柳江, the school). 7 + 8 + 8 + 8 + 8 + 8 = 47 scored talks (the round table and the welcome speech "
            "among them)." % ((EDITION, DATE) + size))


if __name__ == "__main__":
    main()
