"""Draw the seventy-fourth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the six forum posters and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 2749 (第744届, 兰州, 兰州大学, Saturday 2749-10-22), printed
as CLK2024's repository holds its forum posters: ONE WebP PER FORUM, named by
CLK2025's six forum folders, at the real posters' length, in the family of the
organisers' 2024 forum posters as their designer might redraw it a year later: deep
violet and amber; the range in leaning bold type after a clock on an amber tab; per
speaker a PHOTO COLUMN (photo, name plate under it, ONE company line under the plate)
at the left or the right, talk by talk, the biography beside it; a host bar with an
amber '主持人' tag; tea breaks as small frames; the long foot.

Started from posters-blind-66/draw.py (see the README for what is copied).
"""
import datetime
import json
import math
import os
import random
import re
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

# ---------------------------------------------------------------------------
# helpers copied unchanged from posters-blind-66/draw.py (which took them from
# posters-blind-65, -62 and -59): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
# wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, T, B, plain, S, aff,
# truth_slot, forum_truth, two_pass, cup, bowl, logo_lines, seed_of, para, fits,
# MEALS, WHITE, rng, meal_mark, saturday, pin
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
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=(40, 20, 110))




# ===========================================================================
# CLK 2749 (第744届), 兰州, 兰州大学, Saturday 2749-10-22.  ONE edition printed as
# CLK2024's repository holds its posters: one WebP per forum, named by the forum.
# 主论坛 in the morning, the five others in parallel in the afternoon.
EDITION = "CLK 2749"
YEAR = "2749"
NTH = "第744届中国"
DATE = "2749-10-22"
DATE_PRINTED = "2749年10月22日"
CITY = "兰州"
SCHOOL = "兰州大学"
SCHOOL_UNIT = "信息科学与工程学院"
SCHOOL_EN = "School of Information Science and Engineering, Lanzhou University"


def P(name, company, job, bio):
    """A talk's speaker: a photo, the name on a plate, ONE company line 'company job' under it, a biography."""
    return S(name, company, job, bio)


# (forum, hall, (host, host's unit), slots); a talk's 'side' is where its photo column stands
FORUMS = [
    ("主论坛", "兰州大学城关校区 逸夫科学馆一楼报告厅",
     ("鞠振华", "兰州大学信息科学与工程学院院长、教授"), [
         B("09:00", "09:10", "开场"),
         T("09:10", "09:25", "嘉宾致辞",
           [P("孔德明", "兰州大学", "副校长",
              "兰州大学副校长，教授、博士生导师。长期从事分布式系统与大数据处理研究，主持国家自然科学基金重点项目、"
              "国家重点研发计划课题十余项，在 TPDS、TC 及 SOSP、EuroSys 等期刊和会议发表论文百余篇。曾任兰州大学"
              "信息科学与工程学院院长，兼任中国计算机学会理事、甘肃省计算机学会理事长。2006 年博士毕业于西安交通大学，"
              "曾在香港科技大学从事博士后研究。")], "鞠振华", side="L"),
         T("09:25", "10:00", "面向智算时代的操作系统内核：openEuler 的技术路线",
           [P("樊志强", "华为", "openEuler 内核首席架构师",
              "华为操作系统内核首席架构师，openEuler 技术委员会委员，负责 openEuler 内核的技术规划与版本演进，带领团队"
              "在异构内存、调度隔离与 RAS 方向向上游贡献补丁两千余个。加入华为前曾在摩托罗拉南京研发中心从事嵌入式 "
              "Linux 开发六年。2005 年硕士毕业于东南大学计算机科学与工程学院，多次担任 Linux Plumbers Conference "
              "微会议的组织者。")], "鞠振华", side="R"),
         T("10:00", "10:35", "Kernel Maintainership at Scale: Review Load, Tooling and Burnout",
           [P("Sophie Marchand", "Red Hat", "Principal Kernel Engineer",
              "Sophie Marchand is a principal kernel engineer at Red Hat in Brno, where she co-maintains parts of the "
              "networking stack and leads the team that backports fixes to RHEL kernels. Before Red Hat she worked "
              "at Thales on avionics Linux platforms. She holds a master's degree from INSA Lyon and has served on "
              "the program committee of the Linux Plumbers Conference.")], "鞠振华", side="L"),
         B("10:35", "10:50", "茶歇"),
         T("10:50", "11:25", "龙蜥内核在 AI 集群中的资源隔离与稳定性保障",
           [P("钟立行", "阿里云", "资深技术专家",
              "阿里云基础软件部资深技术专家，龙蜥社区技术委员会委员，负责 Alibaba Cloud Linux 内核在大规模 AI 训练与"
              "推理集群中的稳定性体系，主导了在离线混部、内存 QoS 与故障自愈方案的设计。此前在英特尔亚太研发中心从事 "
              "Xeon 平台的内核性能优化七年。毕业于北京航空航天大学计算机学院，获硕士学位。"),
            P("覃雨婷", "阿里云", "高级工程师",
              "阿里云基础软件部高级工程师，主要从事 cgroup v2、PSI 与内核可观测性方向的开发，负责 AI 集群节点健康度"
              "评估系统的内核侧数据采集。2020 年硕士毕业于电子科技大学计算机科学与工程学院，研究生期间在腾讯 TEG 实习，"
              "参与过容器资源隔离项目。")], "鞠振华", side="R"),
         T("11:25", "12:00", "国产 CPU 平台上的内核生态：从适配到上游",
           [P("雷建宏", "龙芯中科", "系统软件总监",
              "龙芯中科系统软件部总监，负责 LoongArch 架构在 Linux 内核、GCC、glibc 等基础软件中的上游化工作，带领团队"
              "完成了 LoongArch 在主线内核中的多项关键特性支持。此前在中国科学院计算技术研究所从事处理器验证与系统软件"
              "研究，2009 年获中国科学院大学计算机系统结构博士学位。")], "鞠振华", side="L"),
     ]),
    ("内存管理与优化分论坛", "兰州大学城关校区 齐云楼二楼 201 会议室",
     ("冯晓光", "兰州大学信息科学与工程学院副教授"), [
         T("14:00", "14:30", "folio 转换之后：页缓存路径的性能回归分析",
           [P("汪志鹏", "字节跳动", "内核工程师",
              "字节跳动 STE 团队内核工程师，专注于页缓存、folio 与文件映射路径的性能分析，近两年在上游提交并合入了二十余个"
              "内存管理补丁，定位过多起内核升级后的性能回归。此前在网易杭州研究院从事数据库存储引擎开发。2017 年硕士毕业"
              "于浙江大学计算机科学与技术学院。")], "冯晓光", side="R"),
         T("14:30", "15:00", "Proactive Reclaim with PSI and memory.reclaim in Kubernetes",
           [P("庞书婷", "小红书", "基础架构工程师",
              "小红书基础架构部工程师，负责容器平台的内存超卖与主动回收方案，基于 PSI 与 memory.reclaim 接口实现了按压力"
              "驱动的回收控制器，使集群内存利用率提升约 15%。此前在京东零售基础架构部从事 Kubernetes 调度开发。毕业于"
              "大连理工大学软件学院。")], "冯晓光", side="L"),
         T("15:00", "15:30", "手机低内存场景下 zram 多级压缩的设计",
           [P("易明轩", "vivo", "内核专家",
              "vivo 操作系统内核专家，负责 OriginOS 的内存管理与后台保活策略，主导了 zram 多级压缩与冷页换出方案在多个"
              "系列机型上的量产。加入 vivo 前在高通（中国）从事 Android 平台的内存与功耗调优五年。2011 年毕业于华南理工"
              "大学，获计算机应用技术硕士学位。"),
            P("滕思雨", "西北工业大学", "博士研究生",
              "西北工业大学计算机学院博士研究生，研究方向为移动设备内存压缩与数据访问预测，相关论文发表于 MobiSys 与 "
              "USENIX ATC。2023 年起在 vivo 操作系统团队实习，参与了压缩算法选择策略的设计与评估。本科毕业于兰州大学"
              "信息科学与工程学院。")], "冯晓光", side="R"),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:20", "KSM 在高密度虚拟化场景中的收益评估",
           [P("丁家俊", "天翼云", "虚拟化工程师",
              "天翼云科技有限公司虚拟化研发工程师，负责天翼云宿主机内核与 KVM 的内存优化，评估并落地了 KSM、内存气球"
              "与大页混合使用的方案，使单机虚拟机密度提升约两成。此前在中标软件从事服务器操作系统维护。毕业于西安电子"
              "科技大学计算机学院，获硕士学位。")], "冯晓光", side="L"),
         T("16:20", "16:50", "大页内存的 NUMA 均衡：自动迁移策略改进",
           [P("苟永胜", "中兴通讯", "操作系统专家",
              "中兴通讯操作系统产品部专家，负责新支点操作系统在多路服务器上的 NUMA 优化，针对大页场景改进了自动 NUMA "
              "均衡的迁移策略，相关补丁已提交上游讨论。此前在华为成都研究所从事电信平台软件开发。2008 年毕业于四川大学"
              "计算机学院。")], "冯晓光", side="R"),
         T("16:50", "17:20", "memcg 感知的 OOM 策略：在线服务的保活实践",
           [P("邝雅琳", "美团", "高级工程师",
              "美团基础研发平台高级工程师，负责在线服务容器的内存稳定性治理，设计了基于 memcg 优先级与 BPF 的 OOM 决策"
              "机制，显著降低了核心服务被误杀的比例。此前在携程从事系统运维开发。2016 年毕业于中山大学数据科学与计算机"
              "学院，获硕士学位。")], "冯晓光", side="L"),
     ]),
    ("文件系统与存储分论坛", "兰州大学城关校区 齐云楼三楼 305 会议室",
     ("卫红梅", "兰州大学信息科学与工程学院教授"), [
         T("14:00", "14:30", "容器镜像按需加载：基于 overlayfs 与 FUSE 的优化",
           [P("童浩然", "蚂蚁集团", "存储工程师",
              "蚂蚁集团基础设施部存储工程师，负责容器镜像加速与按需加载方案，针对 overlayfs 与 FUSE 的元数据路径做了"
              "多项优化，使大镜像冷启动时间缩短约六成。此前在七牛云从事对象存储开发。毕业于南京大学计算机科学与技术系，"
              "获硕士学位，是 Dragonfly 社区的活跃贡献者。")], "卫红梅", side="L"),
         T("14:30", "15:00", "Large Folios in ext4: Progress and Pitfalls",
           [P("夏宇辰", "华为", "文件系统工程师",
              "华为操作系统内核实验室文件系统工程师，ext4 与 iomap 的上游贡献者，近两年参与 ext4 对大 folio 的支持与回归"
              "测试，修复了多处缓冲写与截断路径上的问题。此前在 EMC 上海研发中心从事存储阵列软件开发三年。本科与硕士"
              "均毕业于华中科技大学计算机学院。")], "卫红梅", side="R"),
         T("15:00", "15:30", "ZNS SSD 上的日志结构存储引擎适配",
           [P("司马文轩", "忆联", "固件架构师",
              "深圳忆联信息系统有限公司固件架构师，负责企业级 SSD 的 ZNS 与 FDP 特性设计，参与了主机侧 zoned 块设备"
              "与 F2FS 的联调。此前在长江存储从事闪存颗粒特性分析与固件算法开发。2012 年硕士毕业于清华大学微电子学研究"
              "所。"),
            P("万晓琳", "华中科技大学", "博士研究生",
              "华中科技大学武汉光电国家研究中心博士研究生，研究方向为分区存储与键值存储引擎，相关成果发表于 FAST 与 "
              "DAC。在忆联实习期间参与了 RocksDB 在 ZNS SSD 上的适配与性能评估。本科毕业于武汉大学计算机学院。")],
           "卫红梅", side="L"),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:20", "blk-mq 多队列调度在混合负载下的公平性",
           [P("柴东来", "浪潮信息", "存储内核工程师",
              "浪潮信息存储产品线内核工程师，负责存储服务器的块层与 NVMe 驱动优化，分析并改进了 blk-mq 在读写混合与多"
              "租户负载下的公平性问题，参与 BFQ 与 mq-deadline 调度器的评测。此前在曙光信息从事并行文件系统开发。毕业"
              "于山东大学软件学院。")], "卫红梅", side="R"),
         T("16:20", "16:50", "NFS 客户端在 AI 训练数据读取中的瓶颈分析",
           [P("Marco Bellini", "NetApp", "Senior Software Engineer",
              "Marco Bellini is a senior software engineer at NetApp, working on the Linux NFS client and on data "
              "paths for AI training clusters. Before NetApp he spent six years at CERN on storage for physics data. "
              "He studied computer engineering at Politecnico di Milano and contributes to NFS client fixes upstream.")],
           "卫红梅", side="L"),
         T("16:50", "17:20", "文件系统模糊测试：syzkaller 之外的思路",
           [P("甘雨辰", "奇安信", "安全研究员",
              "奇安信技术研究院安全研究员，专注于内核文件系统与驱动的漏洞挖掘，发现并报告了数十个 ext4、Btrfs 与 NTFS3 "
              "的缺陷，获得多个 CVE 编号。此前在绿盟科技从事漏洞分析工作。2019 年硕士毕业于北京邮电大学网络空间安全"
              "学院。")], "卫红梅", side="R"),
     ]),
    ("调度、性能与调试分论坛", "兰州大学城关校区 齐云楼四楼 402 会议室",
     ("骆文涛", "兰州大学信息科学与工程学院副教授"), [
         T("14:00", "14:30", "EEVDF 调度器在交互式负载下的延迟表现",
           [P("闵浩", "OPPO", "内核工程师",
              "OPPO 内核工程师，负责 ColorOS 调度子系统的性能优化，分析了 EEVDF 在手机交互式负载下的延迟特征，并提出了"
              "基于场景识别的参数调整方案。此前在展锐从事 SoC 平台的调度与功耗优化。2018 年毕业于西安交通大学，获计算机"
              "科学与技术硕士学位。")], "骆文涛", side="L"),
         T("14:30", "15:00", "Tracing Without Overhead: Ftrace Ring Buffer Improvements",
           [P("应嘉伟", "英特尔", "高级软件工程师",
              "英特尔中国软件与先进技术事业部高级软件工程师，长期参与 ftrace、perf 与 tracing 基础设施的上游开发，近年"
              "专注于环形缓冲区的无锁化与持久化跟踪。加入英特尔前曾在 Wind River 从事实时操作系统的调试工具开发。毕业于"
              "上海交通大学电子信息与电气工程学院。")], "骆文涛", side="R"),
         T("15:00", "15:20", "CPU 频率与调度协同：schedutil 调优实践",
           [P("乔丽萍", "荣耀", "性能专家",
              "荣耀终端性能专家，负责 MagicOS 的 CPU 调频与调度协同策略，基于 schedutil 与能效模型设计了面向游戏与视频"
              "场景的调优方案。此前在联发科技从事平台功耗优化四年。毕业于北京理工大学计算机学院，获硕士学位。")],
           "骆文涛", side="L"),
         T("15:20", "15:40", "内核死锁的在线检测：lockdep 在生产环境的轻量化",
           [P("蓝志诚", "统信软件", "内核工程师",
              "统信软件内核研发中心工程师，负责统信 UOS 服务器版的内核稳定性与调试工具，设计了面向生产环境的轻量化死锁"
              "检测方案，覆盖了数十家行业客户的线上系统。此前在深度科技从事桌面系统开发。毕业于武汉理工大学。"),
            P("阎晓东", "兰州大学", "硕士研究生",
              "兰州大学信息科学与工程学院硕士研究生，研究方向为操作系统并发缺陷检测，参与了基于锁依赖图采样的死锁检测"
              "工具的设计与实现。2024 年在统信软件内核研发中心实习。本科毕业于西北师范大学计算机科学与工程学院。")],
           "骆文涛", side="R"),
         B("15:40", "16:00", "茶歇"),
         T("16:00", "16:30", "核心转储之外：基于 BPF 的线上故障快照",
           [P("邓宏亮", "快手", "稳定性工程师",
              "快手基础平台稳定性工程师，负责数十万台服务器的内核故障分析与自动归因，开发了基于 BPF 的故障现场快照工具，"
              "在不触发 kdump 的情况下保留关键内核状态。此前在新浪从事后台系统运维开发。2013 年毕业于北京邮电大学计算机"
              "学院。")], "骆文涛", side="L"),
         T("16:30", "17:00", "Lessons from Bisecting Performance Regressions Across 200 Releases",
           [P("Tomasz Nowak", "Canonical", "Kernel Engineer",
              "Tomasz Nowak is a kernel engineer at Canonical, where he runs the performance regression testing of "
              "Ubuntu kernels across x86, Arm and RISC-V machines. Before Canonical he worked at Samsung R&D Poland "
              "on Tizen kernels. He holds a degree in computer science from the Warsaw University of Technology.")],
           "骆文涛", side="R"),
         T("17:00", "17:30", "RISC-V 平台的性能分析工具链建设",
           [P("倪思远", "中国科学院软件研究所", "助理研究员",
              "中国科学院软件研究所智能软件研究中心助理研究员，负责 RISC-V 平台上 perf、PMU 驱动与性能分析工具链的"
              "开发与适配，参与了 openEuler RISC-V 版本的性能调优。此前在阿里平头哥实习，从事玄铁处理器软件栈开发。"
              "2021 年博士毕业于中国科学院大学。")], "骆文涛", side="L"),
     ]),
    ("硬件架构与异构计算分论坛", "兰州大学城关校区 齐云楼一楼 108 会议室",
     ("蒙建军", "兰州大学信息科学与工程学院教授"), [
         T("14:00", "14:40", "Confidential Computing on Arm CCA: Kernel Support Status",
           [P("Henrik Larsen", "Arm", "Staff Software Engineer",
              "Arm 基础设施事业部主任软件工程师，常驻 Arm 剑桥总部，负责 Arm CCA（机密计算架构）在 Linux 内核与 KVM "
              "中的支持，参与 Realm 管理接口的上游评审。此前在诺基亚贝尔实验室从事虚拟化研究。毕业于丹麦技术大学，获"
              "计算机工程硕士学位。"),
            P("阮佳宁", "平头哥半导体", "软件工程师",
              "平头哥半导体系统软件团队工程师，负责倚天服务器芯片上机密计算与虚拟化特性的软件栈适配，参与了 CCA 相关补丁"
              "在自研平台上的验证。此前在紫光展锐从事 BSP 开发。2019 年硕士毕业于浙江大学信息与电子工程学院。")],
           "蒙建军", side="L"),
         T("14:40", "15:20", "飞腾平台上的 IOMMU 性能优化",
           [P("尤建平", "飞腾信息", "系统软件专家",
              "飞腾信息技术有限公司系统软件专家，负责飞腾服务器 CPU 在 Linux 内核中的 SMMU、PCIe 与中断控制器支持，"
              "主导了 IOMMU 映射路径的性能优化，使高速网卡场景下的吞吐显著提升。此前在国防科技大学计算机学院从事高性能"
              "计算系统软件研究，2010 年获该校博士学位。")], "蒙建军", side="R"),
     ]),
    ("AI 基础设施与 eBPF 应用分论坛", "兰州大学城关校区 齐云楼五楼 501 报告厅",
     ("钮海燕", "兰州大学信息科学与工程学院副研究员"), [
         T("14:00", "14:30", "大模型推理服务的 CPU 侧瓶颈：内核视角",
           [P("牛晨阳", "月之暗面", "基础设施工程师",
              "月之暗面基础设施团队工程师，负责大模型推理集群的主机性能与稳定性，分析了推理服务中 CPU 调度、中断与内存"
              "分配带来的尾延迟问题并推动优化落地。此前在商汤科技从事训练集群的系统软件开发。毕业于清华大学计算机科学与"
              "技术系，获硕士学位。")], "钮海燕", side="R"),
         T("14:30", "15:00", "GPU 故障的内核侧感知与自动隔离",
           [P("储文博", "百度智能云", "高级工程师",
              "百度智能云 AI 计算部高级工程师，负责万卡集群的 GPU 故障检测与自愈系统，基于内核事件与驱动日志实现了故障"
              "卡的自动隔离与任务迁移。此前在华为海思从事 PCIe 驱动开发。2014 年硕士毕业于哈尔滨工业大学计算机学院。"),
            P("廖芳", "百度智能云", "工程师",
              "百度智能云 AI 计算部工程师，主要负责 GPU 驱动与 PCIe AER 错误处理相关的内核开发，参与了 XID 错误分类与"
              "自动处置策略的设计。2022 年硕士毕业于西安电子科技大学，研究生期间从事异构计算资源调度研究。")],
           "钮海燕", side="L"),
         T("15:00", "15:30", "eBPF-based Network Policy for Multi-Tenant Training Clusters",
           [P("伏宇航", "字节跳动", "网络工程师",
              "字节跳动火山引擎网络团队工程师，负责训练集群的容器网络与多租户隔离，基于 eBPF 与 TC 实现了高性能的网络"
              "策略引擎，支撑了多个万卡训练集群。此前在阿里巴巴从事 DPDK 网关开发。毕业于电子科技大学信息与通信工程学院。")],
           "钮海燕", side="R"),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:20", "用 BPF LSM 构建容器运行时安全防护",
           [P("祁雪梅", "深信服", "安全专家",
              "深信服云计算安全专家，负责容器运行时安全产品的内核侧设计，基于 BPF LSM 实现了进程、文件与网络行为的细粒度"
              "管控，产品已在金融与政务客户中部署。此前在启明星辰从事入侵检测系统开发。毕业于四川大学网络空间安全学院。")],
           "钮海燕", side="L"),
         T("16:20", "16:50", "RDMA 与 GPUDirect 在内核中的内存注册优化",
           [P("武靖宇", "壁仞科技", "驱动工程师",
              "壁仞科技软件部驱动工程师，负责 GPU 内核驱动与 RDMA、GPUDirect 的互操作，优化了大规模内存注册与 P2P DMA "
              "路径，使多机训练通信带宽明显提升。此前在 Mellanox（现英伟达）北京研发中心从事 RDMA 驱动开发。毕业于北京"
              "航空航天大学。")], "钮海燕", side="R"),
         T("16:50", "17:20", "bpftrace 在智算集群故障排查中的实践",
           [P("裴子墨", "天翼云", "运维开发专家",
              "天翼云智算运维团队专家，负责智算集群的主机故障排查与工具平台建设，将 bpftrace 与 BCC 工具封装为一键诊断"
              "能力，覆盖 GPU 节点、存储与网络的常见问题。此前在中国联通软件研究院从事运维平台开发。毕业于兰州大学信息"
              "科学与工程学院。")], "钮海燕", side="L"),
     ]),
]

SPONSORS = ["兰州大学", "HUAWEI", "阿里云", "字节跳动", "腾讯云", "龙芯中科", "飞腾信息", "OPPO", "vivo", "荣耀",
            "统信软件", "天翼云"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "甘肃省计算机学会", "中国计算机学会兰州分部"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"]

# names of real speakers and hosts read on the real CLK2024 posters by set 66's helper (copied from
# posters-blind-66/draw.py), none of which may be used
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳"]

# ---------------------------------------------------------------------------
# painters: set 66's forum-poster painters (after the organisers' 2024 posters) redrawn
# as their designer might a year later: deep violet with amber instead of royal blue and
# cyan, the range in LEANING bold type on an amber tab with a clock (no segmented face),
# the photo in a COLUMN at the left or the right with the name plate right UNDER the
# photo and a COMPANY LINE under the plate, the biography in the other column.
CY = (255, 190, 72)      # amber accent
PALE = (230, 222, 255)
FRAME = (250, 176, 110)
DIM = (140, 96, 236)
INK = (44, 16, 104)      # dark violet, on amber
PLATE = (76, 34, 168)
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 26, 62
PHOTO, COLW = 256, 384  # photo diameter, width of the photo column


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


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


def slant_width(d, text, f, shear):
    return tw(d, text, f) + 8 + int(shear * int(f.size * 1.45)) + 8


def hgrad(d, x0, y0, x1, y1, c0, c1):
    for i in range(int(x1 - x0)):
        t = i / max(1, x1 - x0 - 1)
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c0, c1)))


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites (violet and amber now)."""
    for r, col, wd in [(200, (120, 70, 230), 3), (160, (190, 120, 255), 6), (118, (255, 200, 120), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(255, 180, 90), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(110, 50, 210), outline=(255, 214, 140), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (255, 226, 170))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(255, 214, 140), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def clock(d, x, y, r, fill, width=3):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=width)
    d.line([(x, y), (x, y - r * 0.6)], fill=fill, width=width)
    d.line([(x, y), (x + r * 0.45, y + r * 0.2)], fill=fill, width=width)


def header(im, d, hall):
    """The head of every forum poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, CY, 1.15)
    seal(d, 668, 84, 30, WHITE)
    d.text((712, 50), SCHOOL, font=font(19, True), fill=WHITE)
    d.text((712, 74), SCHOOL_UNIT, font=font(30, True), fill=WHITE)
    d.text((712, 114), SCHOOL_EN, font=font(10), fill=PALE)
    ring_graphic(d, 810, 660)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=CY, width=4)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.rounded_rectangle([x0, y0, x1, y1], radius=34, fill=CY)
    d.text((x0 + 28, y0 + 10), DATE_PRINTED, font=pf, fill=INK)
    px = x0 + 28 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, INK, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=INK)
    pin(d, 84, 800, CY, 1.2)
    d.text((116, 790), "地址：", font=font(34, True), fill=WHITE)
    y = 846
    for ln in wrap_nicely(d, hall, font(34, True), 600):
        d.text((84, y), ln, font=font(34, True), fill=WHITE)
        y += 50
    for i in range(8):  # light rods at the left
        hx = 60 + i * 42
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=(255, 170, 90) if i % 2 else (170, 120, 255), width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on an amber plate with cut corners, in slanted bold type (dark violet)."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    hgrad(d, x0, y, x1, y + h, (255, 214, 110), (255, 150, 70))
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=(60, 22, 140))
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=(60, 22, 140))
    d.line([(x0 - 60, y + h + 14), (x0 + 200, y + h + 14)], fill=(255, 170, 90), width=6)
    slant_text(im, 0, y + 8, text, f, INK, 0.18, cx=W / 2)
    return y + h


def host_bar(d, y, host):
    """'主持人' on an amber tag at the left of a violet bar, the host's name beside it; the unit under the bar."""
    d.rounded_rectangle([X0, y, X1, y + 84], radius=42, fill=(84, 40, 178), outline=(200, 150, 255), width=2)
    d.rounded_rectangle([X0 + 8, y + 8, X0 + 220, y + 76], radius=34, fill=CY)
    ctext(d, X0 + 114, y + 14, "主持人", font(36, True), INK)
    ctext(d, (X0 + 220 + X1) / 2, y + 12, pad(host[0]), font(44, True), WHITE)
    y += 108
    ctext(d, W / 2, y, host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Three small amber diamonds between the talks (a V pair before)."""
    for j in range(3):
        xx = cx + (j - 1) * 44
        d.polygon([(xx, y + 10), (xx + 14, y + 24), (xx, y + 38), (xx - 14, y + 24)],
                  fill=CY if j == 1 else (170, 120, 255))


RANGE_F, SHEAR = 40, 0.14


def range_text(s):
    return "%s - %s" % (s["start"], s["end"])


def tab(im, d, x, y, text):
    """The range on an amber tab: a clock and the range in leaning bold type; returns the tab's right end."""
    h = 74
    f = font(RANGE_F, True)
    w = 70 + slant_width(d, text, f, SHEAR) + 24
    hgrad(d, x, y, x + w, y + h, (255, 210, 100), (255, 150, 70))
    d.polygon([(x + w - 22, y), (x + w, y), (x + w, y + 22)], fill=(60, 22, 140))
    clock(d, x + 36, y + h / 2, 16, INK, 4)
    slant_text(im, x + 62, y + 8, text, f, INK, SHEAR)
    return x + w


def portrait(im, x, y, s, name):
    """A round studio portrait drawn in shapes: backdrop, jacket and collar, neck, hair, face, maybe glasses."""
    rnd = random.Random(seed_of(name))
    back = [(214, 218, 228), (188, 204, 232), (230, 224, 214), (204, 224, 230), (150, 160, 176)][rnd.randrange(5)]
    jacket = [(36, 40, 54), (58, 64, 80), (70, 98, 150), (120, 124, 132), (230, 232, 238)][rnd.randrange(5)]
    shirt = [(245, 246, 250), (200, 220, 240), (40, 40, 48)][rnd.randrange(3)]
    skin = [(236, 200, 174), (222, 184, 154), (242, 212, 190), (214, 176, 146)][rnd.randrange(4)]
    hair = [(24, 20, 20), (38, 32, 28), (60, 50, 44), (90, 84, 80)][rnd.randrange(4)]
    long_hair, glasses = rnd.random() < 0.35, rnd.random() < 0.4
    q = 2 * s
    tile = vgrad(q, q, tuple(min(255, c + 18) for c in back), back)
    td = ImageDraw.Draw(tile)
    if long_hair:
        td.rounded_rectangle([q * 0.28, q * 0.2, q * 0.72, q * 0.78], radius=q * 0.16, fill=hair)
    td.pieslice([q * 0.06, q * 0.68, q * 0.94, q * 1.5], 180, 360, fill=jacket)
    td.polygon([(q * 0.4, q * 0.69), (q * 0.6, q * 0.69), (q * 0.5, q * 0.88)], fill=shirt)
    td.rectangle([q * 0.44, q * 0.52, q * 0.56, q * 0.7], fill=tuple(c - 16 for c in skin))
    td.ellipse([q * 0.3, q * 0.15, q * 0.7, q * 0.42], fill=hair)
    td.ellipse([q * 0.32, q * 0.2, q * 0.68, q * 0.62], fill=skin)
    td.chord([q * 0.3, q * 0.14, q * 0.7, q * 0.44], 185, 355, fill=hair)
    for ex in (0.43, 0.57):
        td.ellipse([q * (ex - 0.012), q * 0.4, q * (ex + 0.012), q * 0.425], fill=(40, 34, 30))
        if glasses:
            td.ellipse([q * (ex - 0.045), q * 0.38, q * (ex + 0.045), q * 0.445], outline=(30, 30, 34),
                       width=max(2, q // 180))
    td.line([(q * 0.46, q * 0.53), (q * 0.54, q * 0.53)], fill=(170, 110, 100), width=max(2, q // 160))
    mask = Image.new("L", (q, q), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, q - 1, q - 1], fill=255)
    im.paste(tile.resize((s, s), Image.LANCZOS), (int(x), int(y)), mask.resize((s, s), Image.LANCZOS))


def ring_photo(im, d, cx, cy, name):
    r = PHOTO / 2 + 12
    d.arc([cx - r - 14, cy - r - 14, cx + r + 14, cy + r + 14], 120, 330, fill=CY, width=5)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(200, 150, 255), width=3)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, cx, y, name):
    """The name plate centred under the photo: a violet box with an amber edge, the name bold (padded)."""
    f = font(38, True)
    text = pad(name)
    w = max(260, tw(d, text, f) + 80)
    d.rectangle([cx - w / 2, y, cx + w / 2, y + 66], fill=PLATE, outline=CY, width=3)
    d.rectangle([cx - w / 2, y, cx - w / 2 + 10, y + 66], fill=CY)
    ctext(d, cx, y + 6, text, f, WHITE)
    return y + 66


def company_line(d, cx, y, sp):
    """ONE line under the plate: the company in amber bold, a space, the job in pale type."""
    fc, fj = font(23, True), font(22)
    comp, job = sp["company"], sp["job"]
    wc = tw(d, comp, fc)
    wj = tw(d, " " + job, fj) if job else 0
    assert wc + wj <= COLW, (comp, job, wc + wj)
    x = cx - (wc + wj) / 2
    d.text((x, y), comp, font=fc, fill=CY)
    if job:
        d.text((x + wc, y + 1), " " + job, font=fj, fill=PALE)
    return y + 34


def speaker_block(im, d, y, sp, side, log):
    """The photo column (photo, plate right under it, the company line under the plate) at the left or the
    right; the biography beside it, running the frame's full width once it is past the column."""
    bf = font(BIO_F)
    if side == "L":
        cx0 = X0 + 24
        bx_n, bx_w = cx0 + COLW + 26, X0 + 46
    else:
        cx0 = X1 - 30 - COLW
        bx_n, bx_w = X0 + 46, X0 + 46
    ccx = cx0 + COLW / 2
    ring_photo(im, d, ccx, y + 12 + PHOTO / 2, sp["name"])
    py = y + PHOTO + 46
    yc = company_line(d, ccx, plate(d, ccx, py, sp["name"]) + 14, sp)
    col_bot = yc + 10
    narrow = (X1 - 40 - bx_n) if side == "L" else (cx0 - 26 - bx_n)
    wide = X1 - 40 - bx_w
    beside = int((col_bot - y) // BIO_LH) + 1
    lines = wrap_widths(d, sp["bio"], bf, [narrow] * beside + [wide])
    for i, ln in enumerate(lines):
        x = bx_n if i < beside else bx_w
        d.text((x, y + i * BIO_LH), ln, font=bf, fill=PALE)
    d.line([(bx_n - 12, y + 8), (bx_n - 12, y + 8 + min(len(lines), beside) * BIO_LH - 20)], fill=DIM, width=3)
    log.append((sp["name"], len(sp["bio"]), len(lines)))
    return max(y + len(lines) * BIO_LH, col_bot) + 10


def frame(d, top, bot, tabr):
    """The talk frame: a line from the tab to a dot at the right, the right edge, a foot with a cut corner."""
    d.line([(tabr, top), (X1 - 40, top)], fill=FRAME, width=3)
    d.ellipse([X1 - 40, top - 10, X1 - 20, top + 10], fill=CY)
    cut = 40
    d.line([(X1, top + 30), (X1, bot - cut), (X1 - cut, bot), (X0, bot), (X0, bot - 120)], fill=FRAME, width=3)
    d.line([(X1 - 260, bot + 10), (X1 - cut - 6, bot + 10)], fill=CY, width=5)


def title_lines(d, title):
    tf = font(38, True)
    return wrap_nicely(d, title, tf, 820)


def talk_card(im, d, y, s, log, chev_x):
    chevrons(d, chev_x, y + 20)
    y += 130
    tabr = tab(im, d, X0, y, range_text(s))
    top = y + 37
    y += 74 + 56
    tf = font(38, True)
    tl = title_lines(d, s["title"])
    d.rectangle([X0 + 12, y + 10, X0 + 20, y + 10 + 58 * len(tl) - 20], fill=CY)
    for ln in tl:
        d.text((X0 + 46, y), ln, font=tf, fill=WHITE)
        y += 58
    log.append(("title", s["title"], len(tl)))
    y += 56
    for i, sp in enumerate(s["sp"]):
        if i:
            for k in range(0, X1 - X0 - 120, 22):  # a dotted rule between two speakers
                d.line([(X0 + 60 + k, y + 20), (X0 + 70 + k, y + 20)], fill=DIM, width=2)
            y += 50
        y = speaker_block(im, d, y, sp, s["side"], log)
    bot = y + 70
    frame(d, top, bot, tabr)
    return bot + 60


def break_card(im, d, y, s, chev_x):
    """A tea break: the diamonds, the tab, a short frame holding a cup and the label."""
    chevrons(d, chev_x, y + 20)
    y += 130
    tabr = tab(im, d, X0, y, range_text(s))
    top = y + 37
    y += 74 + 44
    f = font(42, True)
    x0, w = X0 + 46, 300
    d.rounded_rectangle([x0, y, x0 + w, y + 78], radius=39, fill=PLATE, outline=CY, width=3)
    meal_mark(d, x0 + 40, y + 20, s, CY, 1.2)
    ctext(d, x0 + w / 2 + 24, y + 10, s["title"], f, WHITE)
    d.line([(x0 + w + 20, y + 39), (X1 - 60, y + 39)], fill=DIM, width=3)
    bot = y + 130
    frame(d, top, bot, tabr)
    return bot + 40


def band(im, d, y, s):
    """The opening: ONE full-width amber band, the clock and range at the left, the label at the right."""
    h = 84
    hgrad(d, X0, y, X1, y + h, (255, 214, 110), (255, 150, 70))
    clock(d, X0 + 40, y + h / 2, 18, INK, 4)
    slant_text(im, X0 + 70, y + 12, range_text(s), font(42, True), INK, SHEAR)
    rtext(d, X1 - 50, y + 12, s["title"], font(46, True), INK)
    return y + h + 50


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a rounded outline and the name set as a word mark (the school with a seal)."""
    d.rounded_rectangle([x, y, x + w, y + h], radius=18, outline=(236, 226, 255), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 56, y + h / 2, 26, WHITE)
        f = font(34, True, serif=True)
        d.text((x + 100, y + 14), fits(d, SCHOOL, f, w - 110), font=f, fill=WHITE)
        d.text((x + 102, y + 64), "LANZHOU UNIVERSITY", font=font(14, True), fill=PALE)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
    if len(parts) == 2:
        f1, f2 = font(34, True), font(18, True)
        ctext(d, x + w / 2, y + 14, parts[0], f1, WHITE)
        ctext(d, x + w / 2, y + 62, "  ".join(parts[1]), f2, WHITE)
        return
    size = 38 if name.isascii() else 36
    while tw(d, name, font(size, True)) > w - 40:
        size -= 2
    f = font(size, True, serif=(rnd.random() < 0.25 and not name.isascii()))
    mark = rnd.random() < 0.5 and tw(d, name, f) + 52 <= w - 40
    tw_ = tw(d, name, f) + (52 if mark else 0)
    tx = x + (w - tw_) / 2
    if mark:
        d.ellipse([tx, y + h / 2 - 18, tx + 36, y + h / 2 + 18], outline=WHITE, width=4)
        d.ellipse([tx + 12, y + h / 2 - 6, tx + 24, y + h / 2 + 6], fill=WHITE)
        tx += 52
    d.text((tx, y + h / 2 - size * 0.72), fits(d, name, f, w - 30), font=f, fill=WHITE)


def units(d, y, names):
    bw, bh, gx, gy = 334, 104, 50, 40
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def foot_plate(im, d, y, text):
    w, h = 560, 90
    x0 = W / 2 - w / 2
    hgrad(d, x0, y, x0 + w, y + h, (255, 214, 110), (255, 150, 70))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=(60, 22, 140))
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=(60, 22, 140))
    slant_text(im, 0, y + 8, text, font(50, True), INK, 0.18, cx=W / 2)
    return y + h


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 90
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 90
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rounded_rectangle([W / 2 - 200, y, W / 2 + 200, y + 400], radius=24, outline=CY, width=4)
    d.rectangle([W / 2 - 180, y + 20, W / 2 + 180, y + 380], fill=WHITE)
    qrcode(d, W / 2 - 160, y + 40, 320, 2749)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "现场参会请携带身份证件，报名成功后凭二维码签到", font(30), PALE)
    ctext(d, W / 2, y + 52, "本次活动最终解释权归主办方所有", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "相约金城 · 共话内核", font(54, True), CY, 0.18, cx=W / 2)
    return int(y + 620)


def skyline(im, h):
    """The foot: Lanzhou's iron bridge over the Yellow River and the White Pagoda on its hill."""
    d = ImageDraw.Draw(im)
    base = h - 30
    col, col2 = (96, 50, 190), (78, 38, 160)
    d.pieslice([600, base - 330, 1120, base + 200], 180, 360, fill=col2)  # the hill
    px = 870  # the pagoda
    for k in range(7):
        ww = 60 - k * 6
        d.rectangle([px - ww / 2, base - 330 - k * 34, px + ww / 2, base - 306 - k * 34], fill=col)
        d.line([(px - ww / 2 - 8, base - 306 - k * 34), (px + ww / 2 + 8, base - 306 - k * 34)], fill=col, width=4)
    d.polygon([(px - 6, base - 568), (px + 6, base - 568), (px, base - 610)], fill=col)
    for k in range(5):  # the bridge's arches
        ax = 40 + k * 110
        d.arc([ax, base - 150, ax + 110, base - 30], 180, 360, fill=col, width=8)
        d.line([(ax, base - 90), (ax, base - 20)], fill=col, width=8)
    d.line([(40, base - 30), (590, base - 30)], fill=col, width=10)
    for k in range(3):
        yy = base - 10 + k * 10
        d.line([(0, yy), (W, yy - 16)], fill=(150, 100, 240), width=3)
    ctext(d, W / 2, h - 26, SCHOOL, font(20, True, serif=True), (236, 220, 255))


def background(w, h):
    im = vgrad(w, h, (70, 28, 170), (34, 14, 98))
    im = glow(im, 810, 660, 420, (255, 150, 80), 0.35)
    im = glow(im, 100, 1200, 300, (200, 80, 255), 0.22)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (255, 140, 90) if k % 2 else (170, 90, 255), 0.18)
    im = glow(im, 540, h - 300, 500, (200, 120, 255), 0.3)
    d = ImageDraw.Draw(im)
    rnd = random.Random(2749)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(120, 70, 220), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 214, 160))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(120, 70, 220), width=2)
    skyline(im, h)
    return grain(im, 2749, 0.012)


LOG = {}


def paint_forum(forum):
    name, hall, host, slots = forum

    def paint(im, d):
        log = []
        y = header(im, d, hall)
        y = forum_plate(im, d, y, name) + 110
        y = host_bar(d, y, host)
        for i, s in enumerate(slots):
            chev_x = W / 2
            if s["kind"] == "break" and s["title"] == "开场":
                y = band(im, d, y, s)
            elif s["kind"] == "break":
                y = break_card(im, d, y, s, chev_x)
            else:
                y = talk_card(im, d, y, s, log, chev_x)
        LOG[name] = log
        return footer(im, d, y + 160)

    return paint

# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -62, -65, -66): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('闵　浩' -> '闵浩', '廖　芳' -> '廖芳'; the Latin names "
    "'Sophie Marchand' -> 'SophieMarchand', 'Marco Bellini' -> 'MarcoBellini', 'Tomasz Nowak' -> 'TomaszNowak', "
    "'Henrik Larsen' -> 'HenrikLarsen'); host is the chair printed for the forum covering the slot, null for breaks; "
    "start/end always HH:MM on a 24-hour clock; break titles are as printed; an opening speech printed with a speaker "
    "('嘉宾致辞') is a talk, a slot printed without a speaker ('开场') is a break. ONE invented edition, CLK 2749 "
    "(第744届, 兰州, host school 兰州大学 信息科学与工程学院, Saturday 2749-10-22), printed as CLK2024's repository "
    "holds its FORUM posters: SIX WebP posters, one per forum, with CLK2025's six forum names (主论坛, "
    "内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF "
    "应用分论坛' with its spaces), each file named by its forum; no whole-agenda picture, so every talk is on exactly "
    "ONE picture. 主论坛 runs in the morning (09:00-12:00), the five others in parallel in the afternoon; every "
    "forum's date is the edition's; each poster is one entry holding its ONE forum. The family is the organisers' "
    "2024 forum poster redrawn a year later: DEEP VIOLET with AMBER instead of royal blue and cyan. AFFILIATIONS: "
    "unlike the real CLK2024 forum posters (and set 66), every speaker prints ONE COMPANY LINE under his name plate, "
    "the company in bold amber and the job in pale type after a space ('阿里云 资深技术专家', 'Red Hat Principal "
    "Kernel Engineer', '兰州大学 硕士研究生'): that line is the affiliation, company and job joined by one space. The "
    "speaker's long BIOGRAPHY (about 140 to 230 characters, naming former employers, projects and schools) is no "
    "affiliation and nowhere in the truth; names of companies, schools and people inside biographies are no speakers "
    "or affiliations (e.g. 'Before Red Hat she worked at Thales…' for Sophie Marchand of Red Hat, '此前在英特尔亚太研发"
    "中心…' for 钟立行 of 阿里云, '此前在 Mellanox（现英伟达）…' for 武靖宇 of 壁仞科技). Headers, the school and its "
    "college, '第744届中国' / 'Linux内核开发者大会', the ring '2749 CLK', the amber date pill '2749年10月22日 兰州', "
    "'地址：' and the hall, '赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', the two caption "
    "lines, the slogan '相约金城 · 共话内核' and the school's name in the skyline are never part of a name, a title or "
    "a slot. The forum's name stands on an amber plate under the head (the only forum on its poster); the host is the "
    "name on the violet HOST BAR beside an amber tag '主持人' (the tag is a label), and the line under the bar (e.g. "
    "'兰州大学信息科学与工程学院院长、教授') is the host's unit, no affiliation of any slot. Each talk after three small "
    "diamonds: the RANGE on an amber TAB at the top left of a frame, a CLOCK icon then the range in LEANING BOLD type "
    "('14:00 - 14:30', spaces around the hyphen; no segmented face), then an amber bar and the bold white title, then "
    "per speaker a PHOTO COLUMN (a round photo, the NAME PLATE right under the photo, the company line under the "
    "plate) at the LEFT or at the RIGHT, talk by talk, and the biography in the other column, running the full width "
    "of the frame once past the column. The range on a tab belongs to the frame under it. Two speakers of one talk "
    "are two such blocks ONE UNDER THE OTHER in one frame, separated by a dotted rule, given top then bottom, each "
    "with his own company line. A tea break is a tab with its range over a small frame holding a pill with a cup and "
    "'茶歇' (a break); the opening is ONE full-width amber band, the clock and range at the left, '开场' at the right "
    "(a break). Titles wrapped over two lines are one title (joined with a space between Latin words, without one "
    "inside Chinese text; a title broken after '：' keeps it). English-only titles: 'Kernel Maintainership at Scale: "
    "Review Load, Tooling and Burnout' (主论坛), 'Proactive Reclaim with PSI and memory.reclaim in Kubernetes', "
    "'Large Folios in ext4: Progress and Pitfalls', 'Tracing Without Overhead: Ftrace Ring Buffer Improvements', "
    "'Lessons from Bisecting Performance Regressions Across 200 Releases', 'Confidential Computing on Arm CCA: Kernel "
    "Support Status', 'eBPF-based Network Policy for Multi-Tenant Training Clusters'. Latin speakers: Sophie Marchand "
    "(Red Hat, English biography), Marco Bellini (NetApp, English biography, a CHINESE title), Tomasz Nowak "
    "(Canonical, English biography), Henrik Larsen (Arm, a CHINESE biography). 硬件架构与异构计算分论坛 has ONLY TWO "
    "talks (14:00-14:40, 14:40-15:20) and no break. 主论坛 prints a 茶歇 10:35-10:50 and no lunch; the afternoon "
    "forums print one 茶歇 (15:30-15:50, or 15:40-16:00 in 调度、性能与调试分论坛) and end at 17:20 or 17:30 with their "
    "last talk. Two speakers of one talk: 钟立行 and 覃雨婷 (both 阿里云), 易明轩 (vivo) and 滕思雨 (西北工业大学 博士研究生), "
    "司马文轩 (忆联) and 万晓琳 (华中科技大学 博士研究生), 蓝志诚 (统信软件) and 阎晓东 (兰州大学 硕士研究生), Henrik "
    "Larsen (Arm) and 阮佳宁 (平头哥半导体), 储文博 and 廖芳 (both 百度智能云). Uncommon surnames 鞠 (host of 主论坛), "
    "苟, 邝, 覃, 钮 (host), 伏; the compound surname 司马 (司马文轩, printed unpadded, four characters). No person is "
    "printed twice in the set."
)
LAYOUTS = {
    "主论坛": "主论坛 (host 鞠振华): '09:00-09:10 开场' band; '嘉宾致辞' by 孔德明 (兰州大学 副校长); 樊志强 (华为); the "
             "English-only title of Sophie Marchand (Red Hat); 茶歇 10:35-10:50; 钟立行 over 覃雨婷 (both 阿里云); 雷建宏 "
             "(龙芯中科). Photo columns left, right, left, right, left. 5 talks.",
    "内存管理与优化分论坛": "内存管理与优化分论坛 (host 冯晓光): 6 talks 14:00-17:20 with a 茶歇 15:30-15:50 after the third; "
                          "an English-only title; 易明轩 (vivo) over 滕思雨 (西北工业大学 博士研究生); uncommon 苟, 邝.",
    "文件系统与存储分论坛": "文件系统与存储分论坛 (host 卫红梅): 6 talks with a 茶歇 15:30-15:50; 司马文轩 (忆联) over 万晓琳 "
                          "(华中科技大学 博士研究生); 'Large Folios in ext4: …'; Marco Bellini (NetApp) with a Chinese title "
                          "and an English biography.",
    "调度、性能与调试分论坛": "调度、性能与调试分论坛 (host 骆文涛): 7 talks with a 茶歇 15:40-16:00 after the fourth; two "
                            "English-only titles (应嘉伟 of 英特尔; Tomasz Nowak of Canonical); 蓝志诚 (统信软件) over "
                            "阎晓东 (兰州大学 硕士研究生).",
    "硬件架构与异构计算分论坛": "硬件架构与异构计算分论坛 (host 蒙建军): ONLY TWO talks and no break: 14:00-14:40 by Henrik "
                              "Larsen (Arm, a Chinese biography) over 阮佳宁 (平头哥半导体), and 14:40-15:20 by 尤建平 "
                              "(飞腾信息). Shorter than the others, as two talks make it.",
    "AI 基础设施与 eBPF 应用分论坛": "AI 基础设施与 eBPF 应用分论坛 (host 钮海燕; the long name on a wider plate): 6 talks with "
                                  "a 茶歇 15:30-15:50; an English-only title (伏宇航, 字节跳动); 储文博 over 廖芳 (both "
                                  "百度智能云).",
}

SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]


def fn_of(name):
    return name + ".webp"


def layout(name, size):
    return ("CLK 2749 (第744届), 兰州, 2749-10-22 (WebP q85, %d x %d): one forum poster in deep violet and amber "
            "(the organisers' 2024 forum poster redrawn a year later), a company line under every name plate. "
            % size + LAYOUTS[name])


def check(posters):
    """A Saturday; nobody printed twice; six forums named as CLK2025's folders; one forum of two talks."""
    people = []
    for _, _, host, slots in FORUMS:
        people.append(plain(host[0]))
        people += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    assert saturday(DATE)
    assert [p["forums"][0]["forum"] for p in posters] == SIX
    assert [p["file"] for p in posters] == [x + ".webp" for x in SIX]
    talks = [s for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break"]
    titles = [s["title"] for s in talks]
    assert len(titles) == len(set(titles))
    assert sum(1 for s in FORUMS[4][3] if s["kind"] != "break") == 2
    for p in posters:
        for f in p["forums"]:
            assert f["date"] == DATE
            for s in f["slots"]:
                assert (s["host"] is None) == (s["kind"] == "break")
                assert s["kind"] == "break" or len(s["affiliations"]) == len(s["speakers"])
                assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
                assert s["start"] < s["end"]
            ends = [(s["start"], s["end"]) for s in f["slots"]]
            assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends  # no gaps, no overlaps
    return len(talks)


def main():
    posters = []
    for forum in FORUMS:
        im = two_pass(W, paint_forum(forum), background)
        fn = fn_of(forum[0])
        path = os.path.join(HERE, fn)
        assert im.size[0] == W
        im.save(path, "WEBP", quality=85, method=4)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        if forum[0] != "硬件架构与异构计算分论坛":
            assert 12000 <= im.size[1] <= 14000, (fn, im.size)
        else:
            assert 7000 <= im.size[1] <= 9000, (fn, im.size)
        assert size < 1.5e6, (fn, size)
        posters.append({"file": fn, "layout": layout(forum[0], im.size), "date": DATE,
                        "forums": [forum_truth(forum[0], DATE, forum[3])]})
    n = check(posters)
    print("scored talks", n)
    assert 30 <= n <= 45, n
    for name, log in LOG.items():
        print(name, [(t[1][:16], t[2]) for t in log if t[0] == "title" and t[2] > 1])
    truth = {"written": "2026-12-09", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
