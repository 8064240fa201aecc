"""Draw the hundred-and-fifty-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK3703全部议程.jpg and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 3703 (第1698届, 丹东, 辽东学院, Saturday 3703-10-27), with
CLK2025's six forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛,
硬件架构与异构计算分论坛, AI 基础设施与 eBPF 应用分论坛), printed as CLK2025's repository
holds an edition: ONE whole-agenda image, here 'CLK3703全部议程.jpg' (JPEG q80, 1080 px
wide), the six forums one under another, drawn after the organisers' CLK2024
大会全议程.webp (head, introduction box, '大会议程' plate, forum headings, timeline rows,
tea bars, the foot with sponsors, QR code and a skyline) in a NEW colour scheme: a deep
PINE-GREEN page (forest green at the head to near-black green at the foot) where they
print royal blue, APRICOT titles where they print cyan, SKY-BLUE labels where they print
violet ones.

Built from posters-blind-143/draw.py: its helpers (everything from the imports to hgrad,
itself from sets 130, 118, 106, 104, 79, 66, 65, 62 and 59) copied unchanged, its
whole-agenda painters recoloured and changed as README.md lists; the data are new.
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
# CLK 3703 (第1698届), 丹东, 辽东学院, Saturday 3703-10-27.  主论坛 in the morning (09:00-12:20 with a short tea, then
# lunch until 13:30), the five other forums in parallel in the afternoon from 13:30.
EDITION = "CLK 3703"
YEAR = "3703"
NTH = "第1698届中国"
DATE = "3703-10-27"
DATE_PRINTED = "3703年10月27日"
CITY = "丹东"
SCHOOL = "辽东学院"
SCHOOL_UNIT = "信息工程学院"
SCHOOL_EN = "School of Information Engineering, Eastern Liaoning University"
SCHOOL_MARK = "EASTERN LIAONING UNIVERSITY"
HALL = "辽东学院临江校区 图书馆一楼学术报告厅"  # printed over two lines, broken at the space
FULL_FN = "CLK3703全部议程.jpg"


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return {"name": name, "line": line}


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


# every speaker stands on a line of his own, as the 2024 whole agenda prints them (two speakers one under the
# other); two-character names are held padded, as they are printed
H0, H1, H2, H3, H4, H5 = "郑旭东", "李　翔", "陈卫民", "黄　骞", "马晓宁", "王　鹏"
FORUMS = [
    ("主论坛", (H0, "辽东学院信息工程学院院长"), [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:25", "开幕致辞", [P("张振国", "辽东学院副校长")], H0),
        T("09:25", "09:55", "运营商云网设备上的实时 Linux：时延预算从哪里来", [P("刘振邦", "中国移动研究院首席专家")], H0),
        T("09:55", "10:25", "Kernel Regressions at Fleet Scale: Bisecting Without a Reproducer",
          [P("吴定坤", "阿里云操作系统内核负责人")], H0),
        B("10:25", "10:40", "茶歇"),
        T("10:40", "11:10", "飞腾服务器平台的内核电源管理：从 CPPC 到整机待机",
          [P("周立群", "飞腾信息技术系统软件部部长"), P("徐　欣", "飞腾信息技术内核工程师")], H0),
        T("11:10", "11:40", "车载 Linux 内核的功能安全认证：ISO 26262 下的工程实践", [P("杨晓帆", "吉利汽车操作系统内核专家")], H0),
        PANEL("11:40", "12:20", "国产芯片与上游社区，补丁如何进得去、留得住",
              [P("何景川", "中国科学院软件研究所研究员"),
               P("林启东", "统信软件内核研发总监"),
               P("赵　婷", "OPPO 内核技术专家"),
               P("高文斌", "东北大学计算机科学与工程学院教授"),
               P("阚云飞", "龙芯中科内核组负责人")], H0),
        B("12:20", "13:30", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "大连理工大学软件学院副教授"), [
        T("13:30", "13:55", "遗留驱动向 folio 接口迁移的经验与陷阱", [P("王立坤", "阿里云内核研发工程师")], H1),
        T("13:55", "14:20", "vmalloc 大量小分配的碎片与 TLB 开销分析", [P("唐　鑫", "字节跳动Linux内核工程师")], H1),
        T("14:20", "14:45", "Pinned Pages and Long-Term GUP: Pain Points for Page Migration",
          [P("罗致远", "英特尔资深软件工程师")], H1),
        T("14:45", "15:10", "memory.high 触发的限流抖动分析与缓解",
          [P("许振华", "美团基础架构内核工程师"), P("张晓雯", "美团基础架构内核工程师")], H1),
        B("15:10", "15:30", "茶歇"),
        T("15:30", "15:55", "1GB 大页在 DPDK 与虚拟机混部中的预留策略", [P("孙伟东", "中国移动云能力中心内核工程师")], H1),
        T("15:55", "16:20", "direct map 碎片化对内核性能的影响与对策", [P("何雨菲", "腾讯云虚拟化研发工程师")], H1),
        T("16:20", "16:45", "Android 图形内存 dmabuf 记账与泄漏排查", [P("邓文博", "vivo内核稳定性工程师")], H1),
        T("16:45", "17:10", "NUMA 内存带宽不均的检测与页迁移限速", [P("蔡诗琪", "腾讯TencentOS内核工程师")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "东北大学计算机科学与工程学院教授"), [
        T("13:30", "14:00", "ext4 orphan 链表在批量删除时的瓶颈", [P("刘宇航", "华为文件系统工程师")], H2),
        T("14:00", "14:30", "Btrfs 在 NAS 设备上的 scrub 与 RAID5 数据修复经验", [P("梁永健", "SUSE 存储工程师")], H2),
        T("14:30", "15:00", "Atomic Writes: From Filesystem to NVMe",
          [P("Mikhail Orlov", "华为莫斯科研究所存储内核专家")], H2),
        T("15:00", "15:30", "容器镜像层去重：reflink 在 XFS 与 Btrfs 上的对比",
          [P("叶一舟", "快手存储研发工程师"), P("冯静怡", "中国科学技术大学博士研究生")], H2),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "NFS 客户端 delegation 在办公云盘中的实践", [P("吴国华", "京东云存储内核工程师")], H2),
        T("16:15", "16:45", "SCSI 错误处理线程阻塞整机 IO 的案例复盘", [P("黄泽宇", "蚂蚁集团存储技术专家")], H2),
        T("16:45", "17:15", "手机存储 discard 下发时机与界面卡顿的关系", [P("朱若溪", "小米存储驱动工程师")], H2),
        T("17:15", "17:45", "dm-crypt 多队列加密路径的性能优化", [P("栾海东", "中兴通讯操作系统工程师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "辽东学院信息工程学院副院长"), [
        T("13:30", "13:50", "大小核手机上的 uclamp 配置与游戏帧率", [P("徐浩然", "OPPO 操作系统内核专家")], H3),
        T("13:50", "14:10", "车载系统中 SCHED_DEADLINE 任务的准入与监控", [P("郭子健", "理想汽车操作系统工程师")], H3),
        T("14:10", "14:30", "When cpusets Meet CPU Hotplug: Bugs We Found in Production", [P("李昊天", "Red Hat 内核工程师")], H3),
        T("14:30", "14:50", "持久化 ftrace 环形缓冲区：崩溃前最后一秒发生了什么",
          [P("陈伯钧", "百度系统工程师"), P("钟　琳", "百度系统工程师")], H3),
        T("14:50", "15:10", "内核启动时间优化：从固件到 init 的每一毫秒", [P("韩立铭", "蔚来智能操作系统工程师")], H3),
        B("15:10", "15:30", "茶歇"),
        T("15:30", "15:55", "LBR 与 BRBE 分支记录在 ARM64 上的应用", [P("周启越", "英特尔性能优化工程师")], H3),
        T("15:55", "16:20", "软锁死与硬锁死检测机制的改进与误报分析", [P("曾昭阳", "麒麟软件内核研发工程师")], H3),
        T("16:20", "16:45", "中断负载不均导致的网络尾延迟分析", [P("谢文韬", "网易数帆内核工程师")], H3),
        T("16:45", "17:10", "RSEQ 在低延迟交易系统中的应用", [P("王思涵", "华泰证券系统工程师")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "大连理工大学计算机科学与技术学院副教授"), [
        T("13:30", "14:00", "LoongArch 平台上硬件断点与 kgdb 的实现", [P("彭启帆", "龙芯中科 内核工程师")], H4),
        T("14:00", "14:30", "RISC-V 平台 Linux 休眠唤醒支持的补齐", [P("宋亦可", "中国科学院软件研究所助理研究员")], H4),
        T("14:30", "15:00", "Arm MPAM 缓存与带宽分区在 Linux 中的落地",
          [P("魏嘉豪", "Arm 高级软件工程师"), P("李　想", "Arm 软件工程师")], H4),
        T("15:00", "15:30", "Heterogeneous Memory Management for NPUs: Lessons Learned",
          [P("赵文涛", "华为昇腾驱动架构师")], H4),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "国产服务器 BMC 与内核 RAS 错误上报的联动", [P("王学军", "浪潮信息固件工程师")], H4),
        T("16:15", "16:45", "国产 GPU 驱动中的 KMS 原子提交问题", [P("杨晓光", "摩尔线程驱动开发工程师")], H4),
        T("16:45", "17:15", "SmartNIC 固件升级期间的驱动热重载机制", [P("胡予安", "云豹智能软件工程师")], H4),
        T("17:15", "17:45", "鲲鹏 920 上 SMMU 页表开销的测量与优化", [P("林子航", "华为鲲鹏计算软件工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "沈阳航空航天大学计算机学院教授"), [
        T("13:30", "13:55", "CUDA UVM 缺页处理在训练中的开销剖析", [P("张晨阳", "百度智能云异构计算工程师")], H5),
        T("13:55", "14:20", "自研 eBPF 服务网格数据面的取舍", [P("谭　峥", "小红书基础架构工程师")], H5),
        T("14:20", "14:45", "eBPF Tail Calls and Struct Ops: Building Pluggable Policies",
          [P("高明远", "字节跳动系统技术工程师")], H5),
        T("14:45", "15:10", "KV Cache 卸载到 NVMe 的内核 IO 路径优化",
          [P("李文杰", "阶跃星辰推理平台工程师"), P("方　源", "北京大学博士研究生")], H5),
        B("15:10", "15:30", "茶歇"),
        T("15:30", "15:55", "推理网关的 eBPF 限流器：令牌桶放进 TC 之后", [P("王启明", "深信服安全研究员")], H5),
        T("15:55", "16:20", "GPUDirect Storage 在国产加速卡上的适配", [P("陈嘉伟", "商汤科技系统工程师")], H5),
        T("16:20", "16:45", "推理节点上 CPU 绑核与 GPU 亲和的编排", [P("刘子轩", "月之暗面基础设施工程师")], H5),
        T("16:45", "17:10", "BPF 程序的签名与完整性校验方案", [P("张婷婷", "中国电信天翼云安全工程师")], H5),
    ]),
]
SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]

SPONSORS = ["辽东学院", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "小米", "龙芯中科",
            "海光信息", "统信软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "openKylin", "辽宁省计算机学会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux中国"]

# names of real speakers and hosts read on the real posters: set 139's list (set 133's, the union of the lists of
# sets 120 to 123 and 125 to 128), copied; my own crops of CLK2024/大会全议程.webp showed no name outside it.  The
# listings' names and deck titles are checked in check().
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
# the colours: a deep PINE-GREEN page (forest green at the head, near-black green at the foot) where the organisers
# print royal blue, APRICOT titles where they print cyan, SKY-BLUE labels where they print violet ones, pale sage
# company-job lines
TITLE = (255, 184, 122)
PALE = (198, 226, 206)  # the company-job lines and small print
SKY = (132, 206, 255)  # '主持人:' and '嘉　宾:'
LINE = (98, 172, 132)  # the time line
HEAD = (242, 251, 238)  # the forum headings
HOLE = (12, 64, 46)  # the hole of a pin
BG0, BG1 = (14, 88, 62), (4, 30, 22)
DEEP = (6, 46, 34)  # dark ink for shapes on the page
W = 1080


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between (the data holds them padded)."""
    return name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, an arc and small satellites (set 130's, recoloured)."""
    for r, col, wd in [(200, (46, 140, 104), 3), (160, (255, 176, 112), 6), (118, (255, 230, 204), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(255, 176, 112), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(20, 108, 78), outline=(255, 230, 204), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (255, 236, 214))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(200, 232, 255), width=3)


def seal(d, x, y, r, fill):
    """The school's seal: two rings and, inside, an open book over two waves (a school by a river)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.line([(x - r / 2, y - r / 3.4), (x, y - r / 6), (x + r / 2, y - r / 3.4)], fill=fill, width=2)
    d.line([(x - r / 2, y + r / 12), (x, y + r / 5), (x + r / 2, y + r / 12)], fill=fill, width=2)
    d.line([(x, y - r / 6), (x, y + r / 5)], fill=fill, width=2)
    for k in range(2):
        yy = y + r / 2.6 + k * 6
        d.arc([x - r / 2, yy - 4, x, yy + 4], 180, 360, fill=fill, width=2)
        d.arc([x, yy - 4, x + r / 2, yy + 4], 0, 180, fill=fill, width=2)


def ripples(d, y0, y1, col, seed):
    """The Yalu river's ripples: short horizontal dashes, denser towards the bottom."""
    rnd = random.Random(seed)
    for _ in range(int((y1 - y0) * 0.9)):
        yy = rnd.uniform(y0, y1)
        t = (yy - y0) / max(1, y1 - y0)
        ln = 10 + 50 * t
        xx = rnd.uniform(-20, W)
        d.line([(xx, yy), (xx + ln, yy)], fill=col, width=2)


def truss_bridge(d, x0, x1, deck, col, broken=False):
    """A steel truss bridge on piers (the Yalu river bridges): bowed top chords over each span; the old bridge
    BROKEN, its last spans missing."""
    spans = 6
    sw = (x1 - x0) / spans
    for k in range(spans):
        if broken and k >= spans - 2:
            d.rectangle([x0 + k * sw + sw / 2 - 9, deck, x0 + k * sw + sw / 2 + 9, deck + 70], fill=col)  # piers only
            continue
        a, b = x0 + k * sw, x0 + (k + 1) * sw
        d.line([(a, deck), (b, deck)], fill=col, width=5)
        top = [(a + (b - a) * i / 8, deck - 16 - 34 * math.sin(math.pi * i / 8)) for i in range(9)]
        d.line(top, fill=col, width=4)
        for i in range(9):
            d.line([top[i], (top[i][0], deck)], fill=col, width=2)
            if i < 8:
                d.line([top[i], (top[i + 1][0], deck)], fill=col, width=1)
        d.rectangle([b - 9, deck, b + 9, deck + 70], fill=col)
    d.rectangle([x0 - 9, deck, x0 + 9, deck + 70], fill=col)


def header(im, d):
    """The head: logo lines, the school with its college, the slanted edition title, ring, date pill, address
    ('地址:' inline, the hall over two lines, as the 2024 whole agenda prints it)."""
    logo_lines(d, 60, 56, WHITE, TITLE, 1.15)
    seal(d, 640, 84, 30, WHITE)
    d.text((684, 46), SCHOOL, font=font(36, True, serif=True), fill=WHITE)
    d.text((684, 94), SCHOOL_UNIT, font=font(22, True), fill=WHITE)
    d.text((684, 126), fits(d, SCHOOL_EN, font(10), 380), font=font(10), fill=PALE)
    ring_graphic(d, 810, 700)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=TITLE, width=4)
    d.line([(560, 530), (640, 510)], fill=TITLE, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 630, 80 + pw, 698
    d.polygon([(x0 + 14, y0), (x1, y0), (x1, y1 - 14), (x1 - 14, y1), (x0, y1), (x0, y0 + 14)], outline=TITLE,
              width=3)
    d.line([(x0 - 10, y0 + 16), (x0 - 10, y1 - 16)], fill=TITLE, width=5)
    d.line([(x1 + 10, y0 + 16), (x1 + 10, y1 - 16)], fill=TITLE, width=5)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, TITLE, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    af = font(36, True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= 600 for ln in lines), lines
    y = 780
    for ln in lines:
        d.text((84, y), ln, font=af, fill=WHITE)
        y += 56
    ripples(d, 1040, 1110, (22, 104, 76), 3703)  # faint river ripples behind the head
    return 1120


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)举办至今已是第1698届，由清华大学、华为、阿里云、"
         "腾讯云、字节跳动、OPPO、vivo、荣耀、小米、龙芯中科、海光信息、统信软件等单位轮流承办，以“自由、协作、"
         "创新”为理念，推动开源技术在国内的普及与落地。每届参会人数近600人，是国内 Linux 内核领域极具影响力的技术"
         "盛会，欢迎广大内核开发者和开源爱好者参加。",
         "本次大会由辽东学院信息工程学院承办，openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、openKylin、辽宁省"
         "计算机学会、CSDN 等单位提供支持。"]
# the whole agenda's measures, taken from the real 2024 one (set 106's, through 118 and 130): the range's left edge,
# the time line, the title column and its right end; the company-job line starts NAME_COL after a padded name
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
    d.rectangle([bx0, y, bx1, y + h], fill=(18, 100, 72), outline=(122, 202, 162), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=TITLE, width=8)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=TITLE, width=8)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (100 if i == 0 else 50), yy), ln, font=f, fill=WHITE)
            yy += 48
    return y + h


def foot_plate(im, d, y, text):
    """A plate: an apricot-to-amber bar with a cut corner and the word in leaning white type."""
    w, h = 560, 90
    x0 = W / 2 - w / 2
    hgrad(d, x0 - 110, y + 54, x0 + 200, y + 64, (12, 76, 54), (255, 200, 150))
    hgrad(d, x0, y, x0 + w, y + h, (255, 170, 96), (232, 120, 70))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=DEEP)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=(255, 232, 204), width=6)
    slant_text(im, 0, y + 8, text, font(50, True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


HEADING_SIZES = []


def agenda_heading(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box '01'..'05', the topic and '分论坛' in leaning type (smaller only if it would not
    fit); the host at the right with the unit under it, or, where the heading leaves no room, on a line of its own
    under it between two short rules, as the organisers' 2024 whole agenda does (set 130's, recoloured)."""
    x = 70
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=TITLE)
        x += 84
        x = slant_text(im, x, y - 4, name, font(62, True), HEAD, 0.16)
    else:
        d.polygon([(x + 14, y + 6), (x + 104, y + 6), (x + 90, y + 80), (x, y + 80)], fill=(20, 106, 76),
                  outline=TITLE, width=3)
        d.line([(x + 2, y - 8), (x + 40, y - 8)], fill=WHITE, width=6)
        d.line([(x + 2, y - 8), (x - 6, y + 30)], fill=WHITE, width=6)
        slant_text(im, x + 16, y + 6, "%02d" % idx, font(48, True), TITLE, 0.2)
        x += 132
        size = 56
        while tw(d, topic_of(name) + "分论坛", font(size, True)) + 60 > XR + 20 - x and size > 44:
            size -= 2
        f = font(size, True)
        HEADING_SIZES.append(size)
        dy = (56 - size) // 2
        x = slant_text(im, x, y + 4 + dy, topic_of(name), f, HEAD, 0.16)
        x = slant_text(im, x + 22, y + 4 + dy, "分论坛", f, HEAD, 0.16)
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
    hgrad(d, 70, y, XR + 30, y + 12, TITLE, (20, 96, 70))
    return y + 12 + 56, under


def person_line(d, y, sp):
    """One speaker: the (padded) name and the company-job line after it; a Latin name on its own line with that
    line under it (as the organisers' whole agenda prints a foreign speaker)."""
    nf, af = font(29), font(18)
    if latin(sp["name"]):
        d.text((TT, y), sp["name"], font=nf, fill=WHITE)
        y += 40
        d.text((TT, y), fits(d, sp["line"], af, XR - TT), font=af, fill=PALE)
        return y + 34
    name = pad(sp["name"])
    col = max(NAME_COL, tw(d, name, nf) + 18)
    d.text((TT, y), name, font=nf, fill=WHITE)
    d.text((TT + col, y + 10), fits(d, sp["line"], af, AFF_R - TT - col), font=af, fill=PALE)
    return y + 43


def agenda_row(d, y, s, log):
    """A talk: the range at the left, a dot on the time line, the apricot title (greedy wrap), one line per speaker.
    A round table adds the sky-blue labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars (the range
    and the label); '开场' a row without a speaker."""
    rf = font(31, True)
    if s["kind"] == "break" and s["title"] != "开场":
        hgrad(d, TX - 6, y - 4, XR, y + 50, (238, 156, 84), (18, 92, 66))
        d.line([(TX - 6, y - 4), (XR, y - 4)], fill=(255, 226, 190), width=2)
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
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(230, 246, 234), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 46, y + h / 2, 24, WHITE)
        f = font(34, True, serif=True)
        d.text((x + 84, y + 10), fits(d, SCHOOL, f, w - 94), font=f, fill=WHITE)
        d.text((x + 86, y + 58), fits(d, SCHOOL_MARK, font(12, True), w - 94), font=font(12, True), fill=PALE)
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
    bw, bh, gx, gy = 300, 92, 40, 34
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def skyline(im, h):
    """The foot: Dandong: the wooded Jinjiang hill with its pagoda, the Yalu river with its two truss bridges side by
    side (the whole one and the broken old one ending in bare piers), low buildings of the school on the bank."""
    d = ImageDraw.Draw(im)
    base = h - 60
    far = (12, 56, 42)
    d.polygon([(0, base - 190), (90, base - 250), (170, base - 300), (250, base - 320), (330, base - 290),
               (420, base - 230), (520, base - 200), (1080, base - 190), (1080, base), (0, base)], fill=far)  # hill
    px, py = 250, base - 320  # the pagoda on its top
    for k in range(5):
        wd = 34 - k * 5
        d.rectangle([px - wd / 2, py - 22 * (k + 1), px + wd / 2, py - 22 * k - 6], fill=far)
        d.polygon([(px - wd / 2 - 10, py - 22 * k - 6), (px + wd / 2 + 10, py - 22 * k - 6), (px, py - 22 * k - 14)],
                  fill=far)
    d.line([(px, py - 110), (px, py - 130)], fill=far, width=3)
    river = base - 120
    d.rectangle([0, river, W, base], fill=(6, 38, 30))
    ripples(d, river + 6, base - 4, (26, 84, 64), 3704)
    truss_bridge(d, 420, 1060, river - 70, (4, 26, 20))
    truss_bridge(d, 380, 1020, river - 10, (8, 44, 34), broken=True)
    for bx, bw, bh in [(0, 110, 150), (120, 80, 110), (210, 120, 90)]:
        d.rectangle([bx, river - bh, bx + bw, river], fill=(4, 28, 22))
        for wy in range(int(river - bh + 14), int(river - 10), 22):
            for wx in range(bx + 12, bx + bw - 12, 24):
                d.rectangle([wx, wy, wx + 10, wy + 8], fill=(90, 150, 110))
    d.rectangle([0, base, W, h], fill=(3, 24, 18))
    ctext(d, W / 2, h - 30, SCHOOL, font(20, True, serif=True), (230, 246, 234))


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + 80
    y = units(d, y, SPONSORS) + 80
    y = foot_plate(im, d, y, "支持单位") + 80
    y = units(d, y, SUPPORT) + 80
    y = foot_plate(im, d, y, "支持媒体") + 80
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 180, y, W / 2 + 180, y + 360], outline=WHITE, width=3)
    d.rectangle([W / 2 - 162, y + 18, W / 2 + 162, y + 342], fill=WHITE)
    qrcode(d, W / 2 - 144, y + 36, 288, 3703)
    y += 410
    slant_text(im, 0, y, "扫码报名", font(62, True), WHITE, 0.18, cx=W / 2)
    y += 116
    ctext(d, W / 2, y, "现场前300名签到可领取纪念品", font(29), WHITE)
    ctext(d, W / 2, y + 50, "活动最终解释权归主办方所有", font(29), WHITE)
    y += 140
    slant_text(im, 0, y, "相聚鸭绿江畔 · 一同探索 Linux 内核之美", font(48, True), TITLE, 0.18, cx=W / 2)
    return int(y + 560)


def background(w, h):
    """A teal gradient (as the 2024 one is a flat royal blue), a lighter head, glows and streaks."""
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 700, 420, (255, 170, 100), 0.22)
    im = glow(im, 100, 1300, 320, (90, 190, 255), 0.14)
    for k, yy in enumerate(range(2600, h - 900, 1900)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (255, 170, 100) if k % 2 else (90, 190, 255), 0.08)
    im = glow(im, 540, h - 300, 500, (255, 170, 100), 0.14)
    d = ImageDraw.Draw(im)
    rnd = random.Random(3703)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(44, 128, 96), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 236, 214))
    for _ in range(16):  # thin light streaks down the page's edges
        sy = rnd.randrange(1600, h - 1400)
        sx = rnd.choice((rnd.randrange(0, 40), rnd.randrange(1000, 1060)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(34, 108, 80), width=2)
    skyline(im, h)
    return grain(im, 3703, 0.012)


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
        hgrad(d, 70, y + 20, XR + 30, y + 26, (20, 96, 70), TITLE)
        y += 26 + 120
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
    "Same schema and conventions as posters-blind-43 (and -59, -106, -118, -130, -143): speakers are names as "
    "printed with spaces and the padding of two-character names removed ('李　翔' -> '李翔', '徐　欣' -> '徐欣'; the "
    "Latin name 'Mikhail Orlov' -> 'MikhailOrlov'); host is the chair printed for the forum covering the slot, null "
    "for breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed; an opening speech printed "
    "with a speaker ('开幕致辞', 09:10-09:25, 张振国 of the host school) is a talk; '开场' (09:00-09:10, printed in the "
    "title column without a speaker), '茶歇' and '午餐' are breaks; '午餐' (12:20-13:30) closes 主论坛. ONE invented "
    "edition, CLK 3703 (第1698届, 丹东, host school 辽东学院 with its 信息工程学院 and English line at the top right, "
    "Saturday 3703-10-27), with CLK2025's six forum names in CLK2025's folder order (主论坛, 内存管理与优化分论坛, "
    "文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its "
    "spaces), printed as CLK2025's repository holds an edition: ONE whole-agenda image, 'CLK3703全部议程.jpg' (JPEG "
    "q80, 1080 px wide), the six forums one under another, so this file has ONE entry holding six forums in printed "
    "order and every talk is listed once. 主论坛 runs in the morning, the five others in parallel from 13:30; every "
    "forum's date is the edition's. The head (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school "
    "and its college with its English name, '第1698届中国' / 'Linux内核开发者大会', the ring '3703' / 'CLK', the date "
    "pill '3703年10月27日' + pin + '丹东', '地址:' and the hall over two lines), the framed introduction (two paragraphs "
    "naming companies and communities, no forum), '大会议程' on a plate, and the foot ('赞助单位', '支持单位', "
    "'支持媒体' and their boxes, the QR code, '扫码报名', two caption lines, the slogan '相聚鸭绿江畔 · 一同探索 Linux "
    "内核之美', the school's name under the skyline) are never part of a name, a title or a slot. HEADINGS: '▶▶ 主论坛', "
    "or a slanted number box '01'..'05' followed by the forum's TOPIC and '分论坛' set APART with a gap, as the "
    "organisers' 2024 whole agenda sets them ('内存管理与优化  分论坛', 'AI 基础设施与 eBPF 应用  分论坛', the last in "
    "smaller type to fit): the forum is CLK2025's name, the gap and the numbers no part of it. The host is the name "
    "after the sky-blue '主持人:' (ASCII colon, as 2024 types it): at the RIGHT of 主论坛's heading with the unit under "
    "it (郑旭东); for the five afternoon forums, whose long names leave no room, on a line of its own UNDER the "
    "heading between two short rules with the unit beside it (as the 2024 whole agenda does for its one long "
    "heading), padded where the name has two characters ('李　翔', '黄　骞', '王　鹏'): 李翔, 陈卫民, 黄骞, 马晓宁, 王鹏; "
    "the unit is no affiliation. ROWS: the range at the left ('13:30-13:55'), a dot on a vertical time line, the "
    "APRICOT title, then the speakers in small type, ONE LINE EACH, two speakers one under the other as 2024 prints "
    "them: the (padded) name and the company-job line beside it; each affiliation is that line EXACTLY as printed, "
    "typed as the designer typed it (mostly without a space between company and job, '阿里云内核研发工程师', "
    "'vivo内核稳定性工程师', '腾讯TencentOS内核工程师'; with a space where typed, 'SUSE 存储工程师', 'OPPO 内核技术专家', "
    "'OPPO 操作系统内核专家', '龙芯中科 内核工程师', 'Red Hat 内核工程师', 'Arm 高级软件工程师', 'Arm 软件工程师'). The one "
    "LATIN name stands on its own line with its company-job line UNDER it ('Mikhail Orlov' / '华为莫斯科研究所存储内核专家', "
    "文件系统与存储分论坛 14:30-15:00, under the one-line English title 'Atomic Writes: From Filesystem to NVMe'). TWO "
    "SPEAKERS (six talks, one per forum) are given top then bottom, each with the line beside his own name: 周立群 and "
    "徐欣 (飞腾信息技术, two jobs), 许振华 and 张晓雯 (美团, the SAME line twice, as 2024 repeats a line), 叶一舟 (快手) and "
    "冯静怡 (中国科学技术大学), 陈伯钧 and 钟琳 (百度, the same line twice), 魏嘉豪 and 李想 (Arm, two jobs), 李文杰 (阶跃星辰) "
    "and 方源 (北京大学). No talk has more than two speakers. TITLES wrap greedily in the title column, as the organisers' "
    "whole agenda breaks them; a title over two lines is ONE title, given as the designer typed it: a space between "
    "Latin words (also where the line breaks between them), none inside Chinese text, also where the break falls "
    "inside a word ('…RAID5 数据修' / '复经验', '…崩溃前最后一秒发' / '生了什么', '…补丁如何进得' / '去、留得住'); thirteen "
    "titles take two lines, none more. The ROUND TABLE (主论坛, 11:40-12:20, kind 'panel') is one row "
    "'圆桌论坛:国产芯片与上游社区，补丁如何进得去、留得住' over two lines (the label '圆桌论坛:' kept in the title, with its "
    "ASCII colon, as the real 2024 whole agenda prints its round table; the full-width comma and '、' as printed), a "
    "sky-blue '主持人:' line over the moderator's line and a sky-blue '嘉　宾:' line over four guests' lines; its speakers "
    "are the moderator and then the guests in printed order (何景川; 林启东, 赵婷, 高文斌, 阚云飞), its affiliations their "
    "printed lines; the labels are no part of a name, and the moderator is a SPEAKER, not the forum's host (郑旭东), "
    "although his label reads '主持人:' like the host's. '茶歇' and '午餐' are apricot-to-green bars holding the range, a "
    "dot and the label only: 主论坛 has a morning 茶歇 10:25-10:40 and ends with '午餐' 12:20-13:30; every afternoon forum "
    "has one 茶歇: 15:10-15:30 in the three forums on a 20/25-minute grid (内存管理与优化 and 'AI 基础设施与 eBPF 应用', "
    "eight talks each, and 调度、性能与调试, nine talks, five of 20 minutes before the tea), all three ending at 17:10; "
    "15:30-15:45 in the two forums of 30-minute talks (文件系统与存储, 硬件架构与异构计算, eight talks each), ending at "
    "17:45. ENGLISH-ONLY titles (six): 'Kernel Regressions at Fleet Scale: Bisecting Without a Reproducer' (主论坛, by "
    "吴定坤, a Chinese speaker), 'Pinned Pages and Long-Term GUP: Pain Points for Page Migration', 'Atomic Writes: From "
    "Filesystem to NVMe' (on ONE line, the Latin speaker's), 'When cpusets Meet CPU Hotplug: Bugs We Found in "
    "Production', 'Heterogeneous Memory Management for NPUs: Lessons Learned', 'eBPF Tail Calls and Struct Ops: "
    "Building Pluggable Policies' (all but the third over two lines); other titles mix Chinese with Latin words. "
    "SURNAMES in roughly the proportions of the population (62 Chinese names: 王 5, 李 4, 张 4, 刘 3, 陈 3, then 杨, 黄, "
    "赵, 吴, 周, 徐, 何, 林, 高 2 each, then one each of common ones), two uncommon: 栾 (栾海东) and 阚 (阚云飞); no "
    "compound surname. No person is printed twice."
)


def layout(size):
    return ("%s (第1698届), 丹东, %s (JPEG q80, %d x %d): THE WHOLE AGENDA after the organisers' CLK2024 "
            "大会全议程.webp, recoloured a deep PINE-GREEN page with APRICOT titles and SKY-BLUE labels: the head, a "
            "framed introduction, '大会议程' on a plate, then the six forums one under another, each under a heading "
            "('▶▶ 主论坛' with the host at the right, or a number box '01'..'05' with the topic and '分论坛' set apart "
            "and the host on a line under the heading); each talk a row: range, dot on a time line, apricot title "
            "(greedy wrap), then one line per speaker 'padded name  company-job' (the Latin name on its own line with "
            "the company-job line under it; two speakers one under the other); '开场' and '开幕致辞' first; the round "
            "table with sky-blue '主持人:' and '嘉　宾:' lines; 茶歇 and 午餐 as bars (a morning tea in 主论坛); the foot "
            "with sponsors, supporters, media, a QR code and Dandong's skyline (Jinjiang hill and its pagoda, the Yalu "
            "river, the whole and the broken truss bridges). "
            "6 + 8 + 8 + 9 + 8 + 8 = 47 scored talks (the round table and the opening speech among them)."
            % ((EDITION, DATE) + size))


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104, 106, 118 and 130)."""
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


COMMON = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")  # the 100
UNCOMMON = ["栾", "阚"]


def check(poster):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; surnames mostly of the hundred most common."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == SIX
    people = []
    for _, host, slots in FORUMS:
        people.append(plain(host[0]))
        people += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    chinese = [p for p in people if not p.isascii()]
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    assert len(chinese) == 62 and {k: v for k, v in counts.items() if v > 1} == {
        "王": 5, "李": 4, "张": 4, "刘": 3, "陈": 3, "杨": 2, "黄": 2, "赵": 2, "吴": 2, "周": 2, "徐": 2, "何": 2,
        "林": 2, "高": 2}, counts
    top5 = sum(1 for p in chinese if p[0] in "王李张刘陈")
    assert 0.25 <= top5 / len(chinese) <= 0.36, (top5, len(chinese))
    printed = [host[0] for _, host, _ in FORUMS] + [sp["name"] for f in FORUMS for s in f[2] for sp in s["sp"]]
    for n in printed:  # two-character names padded, no other
        assert n.isascii() or (len(plain(n)) == 2) == ("\u3000" in n), n
    real = listing_words()
    titles = [s["title"] for f in FORUMS for s in f[2] if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in people + [t for t in titles if t != "嘉宾致辞"]:
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
    slots = [s for f in FORUMS for s in f[2]]
    assert [s["kind"] for s in slots].count("panel") == 1
    assert sum(1 for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2) == 6
    assert all(len(s["sp"]) <= 2 for s in slots if s["kind"] == "talk")
    assert sum(1 for s in slots if s["kind"] == "talk" and s["title"].isascii()) == 6
    assert sum(1 for s in slots for sp in s["sp"] if latin(sp["name"])) == 1
    assert [s["title"] for s in FORUMS[0][2][:2]] == ["开场", "开幕致辞"] and FORUMS[0][2][0]["start"] == "09:00"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "13:30"
    assert [s["start"] for s in FORUMS[0][2] if s["title"] == "茶歇"] == ["10:25"]
    assert all(f[2][0]["start"] == "13:30" for f in FORUMS[1:])
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ["17:10", "17:45", "17:10", "17:45", "17:10"]
    assert all(sum(1 for s in f[2] if s["title"] == "茶歇") == 1 for f in FORUMS[1:])
    assert [[s["start"] for s in f[2] if s["title"] == "茶歇"][0] for f in FORUMS[1:]] == [
        "15:10", "15:30", "15:10", "15:30", "15:10"]
    assert [sum(1 for s in f[2] if s["kind"] != "break") for f in FORUMS] == [6, 8, 8, 9, 8, 8]
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    return len(titles)


def main():
    im = two_pass(W, paint_full, background)
    path = os.path.join(HERE, FULL_FN)
    assert im.size[0] == W
    im.save(path, "JPEG", quality=80)
    size = os.path.getsize(path)
    print(FULL_FN, "%d x %d" % im.size, size)
    assert 12000 <= im.size[1] <= 20000, im.size
    assert 1_200_000 <= size <= 3_000_000, size
    poster = {"file": FULL_FN, "layout": layout(im.size), "date": DATE,
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
    assert FULL_LOG["unders"] == UNDERS, FULL_LOG["unders"]
    assert max(lines.values()) == 2
    assert sorted(wrapped) == sorted(WRAPPED), sorted(wrapped)
    truth = {"written": "2026-12-08", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


UNDERS = [False, True, True, True, True, True]
WRAPPED = ["运营商云网设备上的实时 Linux：时延预算从哪里来",
           "Kernel Regressions at Fleet Scale: Bisecting Without a Reproducer",
           "飞腾服务器平台的内核电源管理：从 CPPC 到整机待机",
           "车载 Linux 内核的功能安全认证：ISO 26262 下的工程实践",
           "圆桌论坛:国产芯片与上游社区，补丁如何进得去、留得住",
           "Pinned Pages and Long-Term GUP: Pain Points for Page Migration",
           "Btrfs 在 NAS 设备上的 scrub 与 RAID5 数据修复经验",
           "容器镜像层去重：reflink 在 XFS 与 Btrfs 上的对比",
           "车载系统中 SCHED_DEADLINE 任务的准入与监控",
           "When cpusets Meet CPU Hotplug: Bugs We Found in Production",
           "持久化 ftrace 环形缓冲区：崩溃前最后一秒发生了什么",
           "Heterogeneous Memory Management for NPUs: Lessons Learned",
           "eBPF Tail Calls and Struct Ops: Building Pluggable Policies"]  # the titles printed over two lines

if __name__ == "__main__":
    main()
