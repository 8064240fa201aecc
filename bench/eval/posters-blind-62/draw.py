"""Draw the sixty-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the twelve pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances
(seeds are fixed numbers or zlib.crc32 of a name, never hash()).  The set is
about ONE POSTER PER FORUM, as CLK2024's repository holds them, for two invented
editions with CLK2025's six forum names (主论坛, 内存管理与优化分论坛,
文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛,
AI 基础设施与 eBPF 应用分论坛):
  CLK 2621 (第616届, 镇江, 2621-10-20): six WebP, 1080 px wide, the organisers'
    2024 forum-poster family recoloured in deep violet: a glowing forum box,
    '>>> 主持人：name <<<', each talk's range on a TAB ABOVE its cut-corner
    frame, the title, a biography at the left and at the right a ringed photo
    disc, the NAME ON A PLATE under it and 'company job' under the plate (one
    line, or company over job on two lines where it is too long).  Two
    speakers stand as two discs side by side.  Breaks and the opening are
    one band with the range LEFT of the label.
  CLK 2622 (第617届, 泉州, 2622-11-09): six JPEG, 750 px wide (a phone's save
    of the designer's 750 px page), a light page under a teal-blue header:
    each forum heading with its ENGLISH name under it, a host line (none on
    the two-talk forum), each talk a white card with the title first and the
    range UNDER the title after a clock, then 'name  company job' on ONE line
    per speaker, no photos.  Keynote tags on 主论坛; a group photo break.
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


# ---------------------------------------------------------------------------
# helpers copied from posters-blind-59/draw.py (font, tw, TOKEN, NO_LINE_START,
# wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, T,
# B, plain, S, aff, truth_slot, forum_truth, two_pass, cup, bowl, logo_lines,
# seed_of, para, fits, MEALS, WHITE, rng, meal_mark, saturday)
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


# ---------------------------------------------------------------------------
# new here
def pin(d, x, y, fill, k=1.0):
    """A location pin (the organisers' date pill and address carry one)."""
    d.ellipse([x, y, x + 20 * k, y + 20 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 13 * k), (x + 18 * k, y + 13 * k), (x + 10 * k, y + 28 * k)], fill=fill)
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=(40, 20, 110))


def clock(d, x, y, fill, k=1.0):
    """A small clock drawn in lines, before a range."""
    d.ellipse([x, y, x + 22 * k, y + 22 * k], outline=fill, width=max(2, round(2.5 * k)))
    d.line([(x + 11 * k, y + 5 * k), (x + 11 * k, y + 11 * k), (x + 16 * k, y + 14 * k)], fill=fill, width=2)


def disc_photo(im, x, y, s, name):
    """A round portrait: a studio backdrop, head and shoulders, colours seeded by the name."""
    rnd = random.Random(seed_of(name))
    back = [(210, 214, 226), (190, 204, 230), (226, 220, 210), (200, 222, 226)][rnd.randrange(4)]
    shirt = [(40, 44, 58), (230, 232, 238), (70, 98, 150), (110, 60, 70), (60, 110, 90)][rnd.randrange(5)]
    skin = [(232, 196, 170), (220, 182, 152), (240, 208, 186)][rnd.randrange(3)]
    hair = [(28, 24, 22), (40, 34, 30), (62, 52, 46)][rnd.randrange(3)]
    q = 2 * s
    tile = vgrad(q, q, tuple(min(255, c + 20) for c in back), back)
    td = ImageDraw.Draw(tile)
    td.pieslice([q * 0.1, q * 0.66, q * 0.9, q * 1.4], 180, 360, fill=shirt)
    td.rectangle([q * 0.43, q * 0.55, q * 0.57, q * 0.7], fill=skin)
    td.ellipse([q * 0.31, q * 0.2, q * 0.69, q * 0.6], fill=skin)
    td.chord([q * 0.29, q * 0.15, q * 0.71, q * 0.46], 180, 360, fill=hair)
    mask = Image.new("L", (q, q), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, q - 1, q - 1], fill=255)
    tile = tile.resize((s, s), Image.LANCZOS)
    im.paste(tile, (int(x), int(y)), mask.resize((s, s), Image.LANCZOS))


# ===========================================================================
# 1. CLK 2621 (第616届), 镇江, Saturday 2621-10-20: SIX WebP, one per forum, in the
#    organisers' 2024 forum-poster family, recoloured deep violet with cyan and
#    magenta light.  Header: logo lines, the host school, '第616届中国' over
#    'Linux内核开发者大会', a ring 'CLK 2621', the date pill with a pin, '地址：'
#    over the forum's hall.  The forum's name in a glowing box, '>>> 主持人：name
#    <<<' over the host's unit.  Each talk after chevrons: the range on a TAB
#    ABOVE a cut-corner frame; in the frame the title, then a biography at the
#    left and a ringed photo disc at the right with the name on a plate under it
#    and 'company job' under the plate (company over job where one line is too
#    long).  Two speakers: two discs side by side, no biographies.  Breaks and
#    the opening: one band, the range at its left, a cup or bowl, the label.
DATE_A = "2621-10-20"
SCHOOL_A = "江苏大学"
FORUMS_A = [
    ("主论坛", "zhenjiang-violet-1-main.webp", "江苏大学 大学生活动中心 演艺厅",
     ("笪立群", "江苏大学 计算机科学与通信工程学院 教授"), [
         B("09:00", "09:10", "开场"),
         T("09:10", "09:25", "嘉宾致辞",
           [S("孟庆华", "江苏大学", "副校长",
              "江苏大学教授、博士生导师，长期从事嵌入式系统与智能制造软件研究，主持国家重点研发计划课题三项，"
              "获江苏省科学技术奖二等奖两次，兼任中国计算机学会嵌入式系统专业委员会委员。")], "笪立群"),
         T("09:25", "10:05", "面向智算中心的操作系统内核：挑战与路线图",
           [S("韦东升", "华为", "操作系统首席架构师",
              "负责华为服务器操作系统内核的架构设计，带领团队完成了多代鲲鹏平台的内核使能，推动了 NUMA 亲和调度与"
              "大页内存的上游合入。此前在中兴通讯从事电信级嵌入式 Linux 开发八年。")], "笪立群"),
         T("10:05", "10:45", "百万容器规模下的内核热升级实践",
           [S("林嘉怡", "快手", "内核团队负责人",
              "快手基础架构部内核团队负责人，主导了公司数十万台服务器的内核版本统一与热补丁体系，关注容器隔离与"
              "故障自愈；2016 年毕业于东南大学，加入快手前在网易杭州研究院工作。")], "笪立群"),
         B("10:45", "11:00", "茶歇"),
         T("11:00", "11:40", "Rust for Linux：驱动开发的两年落地经验",
           [S("蔡文涛", "小米", "系统软件专家",
              "小米手机系统软件部专家，负责存储与外设驱动，带领团队用 Rust 重写了两个量产机型的驱动模块，"
              "是 Rust for Linux 邮件列表的活跃评审者之一。")], "笪立群"),
         T("11:40", "12:20", "Upstream First: What a Decade of Kernel Maintenance Taught Us",
           [S("Marek Novak", "Red Hat", "Principal Software Engineer",
              "Marek has maintained parts of the block layer and the SCSI midlayer for more than ten years and "
              "reviews several hundred patches per release. Before Red Hat he worked on storage firmware at a "
              "Czech start-up.")], "笪立群"),
         B("12:20", "13:30", "午餐"),
     ]),
    ("内存管理与优化分论坛", "zhenjiang-violet-2-mm.webp", "江苏大学 计算机科学与通信工程学院 报告厅 A",
     ("祁晓东", "江苏大学 计算机科学与通信工程学院 副教授"), [
         T("13:30", "14:00", "Large folio 在匿名页回收路径上的性能分析",
           [S("邬海燕", "OPPO", "内核工程师",
              "OPPO 内核团队成员，负责手机内存管理的性能分析，参与了大页在低内存机型上的默认开启，"
              "熟悉 LRU 与 swap 路径，曾在联发科从事 Android 平台内存调优三年。")], "祁晓东"),
         T("14:00", "14:30", "Per-VMA Locking Beyond Page Faults: Scaling mmap on 256-Core Servers",
           [S("严志鹏", "Ampere Computing", "Senior Software Engineer",
              "Works on Linux memory management for many-core Arm servers, with a focus on lock contention "
              "in the mmap and page fault paths. He previously worked on hypervisors at VMware.")], "祁晓东"),
         T("14:30", "15:00", "memcg 回收的公平性：在离线混部中的实践",
           [S("方　俊", "美团", "内核研发工程师"), S("尤佳琪", "美团", "高级工程师")], "祁晓东"),
         B("15:00", "15:20", "茶歇"),
         T("15:20", "15:50", "CXL 内存池的冷热页识别与迁移",
           [S("禚明远", "浪潮信息", "系统软件架构师",
              "浪潮信息服务器操作系统团队架构师，负责 CXL 内存扩展与内存池化方案的内核适配，"
              "主导了多款整机产品的内存分层验证，此前在 AMD 上海研发中心从事固件开发。")], "祁晓东"),
     ]),
    ("文件系统与存储分论坛", "zhenjiang-violet-3-fs.webp", "江苏大学 计算机科学与通信工程学院 报告厅 B",
     ("聂子健", "vivo 存储技术专家"), [
         T("13:30", "14:00", "XFS 在线修复（online fsck）的生产验证",
           [S("许嘉伦", "阿里云", "文件系统工程师",
              "阿里云操作系统团队成员，维护龙蜥内核中的 XFS 与 ext4，参与了在线修复特性在云盘场景下的大规模验证，"
              "向上游提交修复补丁数十个。")], "聂子健"),
         T("14:00", "14:30", "FUSE passthrough 模式在训练数据加载中的收益",
           [S("温晓峰", "字节跳动", "存储内核工程师",
              "字节跳动 STE 团队成员，关注 FUSE、overlayfs 与页缓存，负责训练集群数据加载链路的内核优化；"
              "加入字节跳动之前在华为存储产品线工作五年。")], "聂子健"),
         T("14:30", "15:00", "NVMe 多路径与 io_uring passthrough 的延迟优化",
           [S("谭静怡", "三星半导体", "高级工程师",
              "三星半导体存储软件团队高级工程师，负责企业级 NVMe SSD 的 Linux 驱动与性能调优，"
              "是 nvme-cli 项目的贡献者，熟悉 ZNS 与 FDP 等新特性。")], "聂子健"),
         B("15:00", "15:20", "茶歇"),
         T("15:20", "15:50", "Btrfs RAID stripe tree 的现状与坑",
           [S("沈一帆", "SUSE", "存储工程师",
              "SUSE 文件系统团队成员，维护企业版中的 Btrfs，长期关注 RAID5/6 的一致性问题与 zoned 设备支持，"
              "此前在浪潮从事分布式存储开发。")], "聂子健"),
     ]),
    ("调度、性能与调试分论坛", "zhenjiang-violet-4-sched.webp", "江苏大学 三江楼 第一报告厅",
     ("吕建新", "腾讯 TencentOS 内核专家"), [
         T("13:30", "14:00", "sched_ext 在视频转码集群中的调度策略",
           [S("龚海涛", "哔哩哔哩", "系统工程师",
              "哔哩哔哩基础架构部系统工程师，负责转码与直播集群的内核调优，用 sched_ext 编写了面向批处理任务的调度器，"
              "在十万核规模上线运行。")], "吕建新"),
         T("14:00", "14:30", "基于 PMU 采样的性能回归自动定位",
           [S("鲍　晨", "英特尔", "性能工程师"), S("石慧敏", "江苏大学", "硕士研究生")], "吕建新"),
         T("14:30", "15:00", "drgn 与 crash 结合的在线内核调试",
           [S("解　东", "统信软件", "内核工程师",
              "统信软件内核团队成员，负责桌面与服务器版本的宕机分析工具链，开发了基于 drgn 的自动诊断脚本集，"
              "每年处理客户现场的内核问题数百起。")], "吕建新"),
         B("15:00", "15:20", "茶歇"),
         T("15:20", "15:50", "PREEMPT_RT 合入主线之后：工业控制场景的延迟测评",
           [S("贾宇航", "中兴通讯", "操作系统工程师",
              "中兴通讯操作系统产品部工程师，负责嵌入式实时 Linux 的延迟测评与调优，"
              "熟悉 cyclictest 与 osnoise 等工具，曾在研华科技从事工控机 BSP 开发。")], "吕建新"),
     ]),
    ("硬件架构与异构计算分论坛", "zhenjiang-violet-5-arch.webp", "江苏大学 三江楼 第二报告厅",
     ("郜　凯", "龙芯中科 内核研发部经理"), [
         T("13:30", "14:10", "LoongArch 虚拟化：KVM 对 LSX/LASX 的支持",
           [S("孔令杰", "龙芯中科", "内核工程师",
              "龙芯中科内核研发部工程师，负责 LoongArch KVM 与 QEMU 的开发，向上游提交了向量扩展上下文切换相关补丁，"
              "2019 年硕士毕业于中国科学院大学。")], "郜　凯"),
         T("14:10", "14:50", "RISC-V 服务器平台的 ACPI 与 AIA 中断支持",
           [S("戴文博", "中国科学院软件研究所", "助理研究员",
              "中国科学院软件研究所助理研究员，从事 RISC-V 服务器固件与内核的标准化工作，参与了 ACPI 规范中 RISC-V "
              "相关表的起草，维护多个开源测试平台。")], "郜　凯"),
         T("14:50", "15:30", "GPU 与 NPU 共享虚拟内存：HMM 在国产加速卡上的适配",
           [S("田雨桐", "摩尔线程", "驱动架构师",
              "摩尔线程驱动架构师，负责 GPU 内核驱动的内存管理子系统，推动了 HMM 与 SVA 在自研加速卡上的落地，"
              "此前在英伟达上海从事驱动开发七年。")], "郜　凯"),
     ]),
    ("AI 基础设施与 eBPF 应用分论坛", "zhenjiang-violet-6-ai-two-talks.webp", "江苏大学 三江楼 第三报告厅",
     ("葛　婷", "蚂蚁集团 技术专家"), [
         T("13:30", "14:10", "用 eBPF 观测大模型训练中的通信抖动",
           [S("詹晓伟", "百度", "资深工程师",
              "百度智能云 AI 计算部资深工程师，负责万卡训练集群的可观测性，用 eBPF 打通了 RDMA 网卡与 NCCL 通信的"
              "延迟采集，将训练中断的定位时间从小时级缩短到分钟级。")], "葛　婷"),
         T("14:10", "14:50", "面向推理服务的 cgroup GPU 显存隔离",
           [S("俞思远", "商汤科技", "系统研发工程师",
              "商汤科技大装置团队系统研发工程师，关注推理服务的多租户隔离，设计了基于 cgroup 的显存记账方案；"
              "博士毕业于上海交通大学，研究方向为操作系统资源管理。")], "葛　婷"),
     ]),
]
SPONSORS_A = ["华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "龙芯中科", "蚂蚁集团"]
SUPPORT_A = ["江苏大学", "openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "统信软件", "麒麟软件"]
CY_A, MAG_A, PALE_A, DEEP_A = (120, 232, 255), (236, 120, 255), (214, 204, 255), (36, 14, 100)
FRAME_A = (150, 140, 255)


def chevrons_a(d, cx, y):
    for j in range(2):
        d.line([(cx - 34, y + j * 16), (cx, y + j * 16 + 20), (cx + 34, y + j * 16)], fill=CY_A, width=5)


def tab_a(d, x, y, text):
    """The range on a tab: a violet-to-magenta bar with a bright edge; returns its right end."""
    f = font(38, True)
    w = tw(d, text, f) + 60
    for i in range(int(w)):
        t = i / w
        col = tuple(int(a + (b - a) * t) for a, b in zip((96, 52, 230), (190, 70, 220)))
        d.line([(x + i, y), (x + i, y + 66)], fill=col)
    d.rectangle([x, y, x + w, y + 66], outline=CY_A, width=2)
    d.text((x + 30, y + 7), text, font=f, fill=WHITE)
    return x + w


def plate_a(d, cx, y, name, w=230):
    w = max(w, tw(d, name, font(33, True)) + 48)
    d.rounded_rectangle([cx - w / 2, y, cx + w / 2, y + 62], radius=8, fill=(70, 34, 176), outline=CY_A, width=2)
    d.line([(cx - w / 2 - 26, y + 62), (cx - w / 2 + 16, y + 62)], fill=CY_A, width=2)
    ctext(d, cx, y + 9, name, font(33, True), WHITE)
    return y + 62


def aff_lines_a(d, cx, y, sp, colw):
    """'company job' under the plate: one line if it fits, else the company over the job."""
    f = font(22, True)
    one = aff(sp)
    lines = [one] if tw(d, one, f) <= colw else [sp["company"], sp["job"]]
    for ln in lines:
        ctext(d, cx, y, fits(d, ln, f, colw), f, CY_A)
        y += 34
    return y, len(lines)


def speaker_a(im, d, X0, X1, y, sp):
    """One speaker: biography at the left; at the right a ringed disc, the name plate, 'company job'."""
    colw, s = 330, 210
    cx = X1 - 40 - colw / 2
    r = s / 2 + 10
    d.ellipse([cx - r, y + 12 + s / 2 - r, cx + r, y + 12 + s / 2 + r], outline=CY_A, width=3)
    d.ellipse([cx - r - 16, y + 12 + s / 2 - r - 16, cx + r + 16, y + 12 + s / 2 + r + 16], outline=(90, 80, 200),
              width=2)
    for ang in (150, 215, 330):
        dx, dy = cx + (r + 16) * math.cos(math.radians(ang)), y + 12 + s / 2 - (r + 16) * math.sin(math.radians(ang))
        d.ellipse([dx - 7, dy - 7, dx + 7, dy + 7], fill=CY_A)
    disc_photo(im, cx - s / 2, y + 12, s, sp["name"])
    yy = plate_a(d, cx, y + s + 56, sp["name"]) + 14
    yy, n = aff_lines_a(d, cx, yy, sp, colw)
    bx, bw = X0 + 44, X1 - 40 - colw - 40 - (X0 + 44)
    d.line([(bx - 18, y + 20), (bx - 18, y + 60)], fill=CY_A, width=3)
    yb = para(d, bx, y + 16, sp["bio"], font(23), PALE_A, bw, 40, (3, 6))
    return max(yy, yb) + 6, n


def speakers_row_a(im, d, X0, X1, y, sps):
    n = len(sps)
    colw = (X1 - X0 - 80) / n
    s = 180
    bottom, lines = y, []
    for i, sp in enumerate(sps):
        cx = X0 + 40 + colw * (i + 0.5)
        d.ellipse([cx - s / 2 - 10, y + 2, cx + s / 2 + 10, y + s + 22], outline=CY_A, width=3)
        disc_photo(im, cx - s / 2, y + 12, s, sp["name"])
        yy = plate_a(d, cx, y + s + 48, sp["name"], w=210) + 14
        yy, k = aff_lines_a(d, cx, yy, sp, colw - 30)
        lines.append(k)
        bottom = max(bottom, yy)
    return bottom + 6, lines


def band_a(d, X0, X1, y, s):
    """A break or the opening: chevrons, then one band with the range at its left and the label."""
    chevrons_a(d, (X0 + X1) / 2, y)
    y += 62
    d.rounded_rectangle([X0, y, X1, y + 84], radius=12, fill=(58, 28, 150), outline=FRAME_A, width=2)
    rx = tab_a(d, X0, y + 9, rng(s))
    meal_mark(d, rx + 60, y + 24, s, WHITE, 1.2)
    d.text((rx + (124 if s["title"] in MEALS else 60), y + 14), s["title"], font=font(40, True), fill=WHITE)
    return y + 84 + 40


def slot_a(im, d, X0, X1, y, s, log):
    if s["kind"] == "break":
        return band_a(d, X0, X1, y, s)
    chevrons_a(d, (X0 + X1) / 2, y)
    y += 62
    tabr = tab_a(d, X0, y, rng(s))
    top = y + 33
    y += 104
    TX = X0 + 44
    tf = font(36, True)
    d.rectangle([TX - 22, y + 10, TX - 15, y + 42], fill=CY_A)
    tl = wrap_nicely(d, s["title"], tf, X1 - X0 - 90)
    for ln in tl:
        d.text((TX, y), ln, font=tf, fill=WHITE)
        y += 54
    y += 34
    if len(s["sp"]) == 1:
        y, n = speaker_a(im, d, X0, X1, y, s["sp"][0])
        log.append((s["title"], len(tl), [n]))
    else:
        y, ns = speakers_row_a(im, d, X0, X1, y, s["sp"])
        log.append((s["title"], len(tl), ns))
    y += 30
    bot, cut = y, 40
    d.line([(X0, top), (X0, bot - cut), (X0 + cut, bot), (X1, bot), (X1, top + 62), (X1 - 20, top)],
           fill=FRAME_A, width=3)
    d.line([(X1 - 20, top), (tabr, top)], fill=FRAME_A, width=3)
    d.ellipse([X1 - 8, top + 54, X1 + 8, top + 70], fill=CY_A)
    for k in range(3):  # ticks on the frame's left edge, as the organisers' frames have them
        d.rectangle([X0 - 4, top + 120 + k * 60, X0 + 6, top + 130 + k * 60], fill=FRAME_A)
    return bot + 46


def units_a(d, X0, X1, y, units, cols):
    gap, bh = 24, 74
    bw = (X1 - X0 - (cols - 1) * gap) / cols
    for i, u in enumerate(units):
        bx, by = X0 + (i % cols) * (bw + gap), y + (i // cols) * (bh + gap)
        d.rectangle([bx, by, bx + bw, by + bh], outline=(230, 230, 255), width=2)
        f = font(30, True)
        ctext(d, bx + bw / 2, by + 16, fits(d, u, f, bw - 20), f, WHITE)
    return y + ((len(units) + cols - 1) // cols) * (bh + gap)


def heading_plate_a(d, W, y, text):
    f = font(40, True)
    w = tw(d, text, f) + 120
    d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 72], radius=10, fill=(54, 160, 230))
    ctext(d, W / 2, y + 10, text, f, WHITE)
    return y + 72


LOG_A = {}


def paint_a(forum):
    name, fn, room, host, slots = forum

    def paint(im, d):
        W = im.size[0]
        X0, X1 = 40, W - 40
        log = []
        logo_lines(d, 44, 44, WHITE, CY_A)
        rtext(d, X1, 44, SCHOOL_A, font(30, True), WHITE)
        rtext(d, X1, 86, "JIANGSU UNIVERSITY", font(15, True), PALE_A)
        d.text((44, 168), "第616届中国", font=font(84, True), fill=WHITE)
        d.text((44, 274), "Linux内核开发者大会", font=font(84, True), fill=WHITE)
        for i in range(26):  # the dashed line under the title
            d.rectangle([48 + i * 26, 396, 48 + i * 26 + 14, 402], fill=CY_A if i < 18 else MAG_A)
        d.ellipse([820, 420, 1010, 610], outline=CY_A, width=5)
        d.ellipse([840, 440, 990, 590], outline=(120, 100, 240), width=2)
        ctext(d, 915, 468, "2621", font(24, True), CY_A)
        ctext(d, 915, 500, "CLK", font(44, True), WHITE)
        pf = font(32, True)
        pill = "2621年10月20日"
        pw = tw(d, pill, pf) + tw(d, "镇江", pf) + 110
        d.rounded_rectangle([44, 440, 44 + pw, 500], radius=12, outline=CY_A, width=3, fill=(50, 24, 130))
        d.text((70, 447), pill, font=pf, fill=WHITE)
        px = 70 + tw(d, pill, pf) + 16
        pin(d, px, 456, CY_A)
        d.text((px + 30, 447), "镇江", font=pf, fill=WHITE)
        pin(d, 46, 548, CY_A)
        d.text((78, 540), "地址：", font=font(30, True), fill=WHITE)
        d.text((78, 584), room, font=font(30), fill=WHITE)
        y = 700
        f = font(50, True)
        nw = tw(d, name, f)
        x0, x1 = W / 2 - nw / 2 - 100, W / 2 + nw / 2 + 100
        for k in range(4, 0, -1):
            d.rounded_rectangle([x0 - 4 * k, y - 4 * k, x1 + 4 * k, y + 100 + 4 * k], radius=22,
                                outline=(110 + 25 * (4 - k), 100 + 20 * (4 - k), 255), width=2)
        d.rounded_rectangle([x0, y, x1, y + 100], radius=16, fill=(110, 60, 230), outline=CY_A, width=3)
        ctext(d, W / 2, y + 16, name, f, WHITE)
        y += 150
        d.rectangle([X0 + 50, y, X1 - 50, y + 64], fill=(64, 34, 170))
        ctext(d, W / 2, y + 10, ">>>　主持人：%s　<<<" % host[0], font(34, True), WHITE)
        y += 80
        ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE_A)
        y += 90
        for s in slots:
            y = slot_a(im, d, X0, X1, y, s, log)
        LOG_A[fn] = log
        y += 60
        y = heading_plate_a(d, W, y, "赞助单位") + 50
        y = units_a(d, X0 + 60, X1 - 60, y, SPONSORS_A, 2) + 40
        y = heading_plate_a(d, W, y, "支持单位") + 50
        y = units_a(d, X0 + 60, X1 - 60, y, SUPPORT_A, 2) + 50
        qrcode(d, W / 2 - 120, y, 240, 6201)
        ctext(d, W / 2, y + 266, "扫码报名", font(44, True), WHITE)
        ctext(d, W / 2, y + 336, "现场名额有限，先到先得", font(26), PALE_A)
        ctext(d, W / 2, y + 410, "相约镇江 · 共话 Linux 内核", font(40, True), CY_A)
        return y + 580

    return paint


def bg_a(w, h):
    im = vgrad(w, h, (46, 18, 124), (20, 8, 66))
    im = glow(im, 930, 470, 380, (120, 200, 255), 0.45)
    im = glow(im, 60, 900, 320, (230, 90, 255), 0.3)
    for k, yy in enumerate(range(2000, h - 400, 1400)):
        im = glow(im, 1010 if k % 2 else 70, yy, 380, (200, 80, 255) if k % 2 else (80, 160, 255), 0.26)
    d = ImageDraw.Draw(im)
    for i in range(6):
        d.line([(520 + i * 90, 0), (1080, 380 - i * 56)], fill=(96, 70, 210), width=2)
    for i in range(14):  # light streaks at the foot, as the organisers' posters end
        x = 40 + i * 75
        d.line([(x, h - 24), (x, h - 24 - 20 - (i * 37) % 50)], fill=(150, 110, 255), width=3)
    return grain(im, 6201, 0.018)


def posters_a():
    out = []
    for forum in FORUMS_A:
        im = two_pass(1080, paint_a(forum), bg_a)
        out.append((forum[1], im, [forum_truth(forum[0], DATE_A, forum[4])]))
    return out


# ===========================================================================
# 2. CLK 2622 (第617届), 泉州, Saturday 2622-11-09: SIX JPEG, one per forum, 750
#    px wide as a phone saves the designer's 750 px page.  A teal-to-blue
#    header (logo lines, '华侨大学', '第617届中国' over 'Linux内核开发者大会', a
#    ring 'CLK 2622', a white date pill, the address), then on a pale page the
#    forum's Chinese name with its ENGLISH name under it, the host line (no
#    host on the two-talk forum), and each talk a white card: the title FIRST,
#    the range UNDER it after a clock, a dashed rule, then one line per
#    speaker 'name  company job'.  主论坛's keynotes carry a 'KEYNOTE' tag
#    over the title.  Breaks are centred rows: the label, the range under it.
DATE_B = "2622-11-09"
FORUMS_B = [
    ("主论坛", "MAIN FORUM", "quanzhou-light-1-main.jpg", "华侨大学泉州校区 科学馆一楼报告厅",
     ("黄婉清", "华侨大学 计算机科学与技术学院 院长"), [
         T("09:00", "09:15", "开幕致辞", [S("庄国栋", "华侨大学", "副校长")], "黄婉清"),
         T("09:15", "10:00", "操作系统内核的下一个十年：异构、可靠与可演进",
           [S("钟立新", "阿里云", "操作系统研发负责人")], "黄婉清", tag="KEYNOTE"),
         T("10:00", "10:45", "openKylin 桌面内核的功耗与响应优化",
           [S("粘少杰", "麒麟软件", "内核架构师")], "黄婉清", tag="KEYNOTE"),
         B("10:45", "11:00", "茶歇"),
         T("11:00", "11:45", "Kernel Testing at Scale: KernelCI and Beyond",
           [S("Lukas Hartmann", "Collabora", "Principal Kernel Engineer")], "黄婉清", tag="KEYNOTE"),
         B("11:45", "12:00", "全体合影"),
         B("12:00", "13:30", "午餐"),
     ]),
    ("内存管理与优化分论坛", "MEMORY MANAGEMENT & OPTIMIZATION", "quanzhou-light-2-mm.jpg",
     "华侨大学泉州校区 计算机学院 201 报告厅", ("洪志明", "华侨大学 副教授"), [
         T("13:30", "14:05", "zswap 写回策略在容器场景的调优", [S("施雅婷", "荣耀", "内核工程师")], "洪志明"),
         T("14:05", "14:40", "关闭 slab 合并之后：内存开销的实测评估", [S("卓家豪", "网易", "资深系统工程师")],
           "洪志明"),
         T("14:40", "15:15", "DAMON 驱动的主动回收：一年的线上数据",
           [S("柯　宇", "京东", "内核工程师"), S("吴楚涵", "京东", None)], "洪志明"),
         B("15:15", "15:30", "茶歇"),
         T("15:30", "16:05", "Memory Tiering with CXL: NUMA Balancing Revisited",
           [S("曾若琳", "海光信息", "高级工程师")], "洪志明"),
     ]),
    ("文件系统与存储分论坛", "FILE SYSTEMS & STORAGE", "quanzhou-light-3-fs.jpg",
     "华侨大学泉州校区 计算机学院 203 报告厅", ("蔡明辉", "华为 存储内核专家"), [
         T("13:30", "14:10", "F2FS 在车机上的掉电一致性测试", [S("陈　颖", "比亚迪", "系统软件工程师")], "蔡明辉"),
         T("14:10", "14:50", "ext4 fast commit 在数据库负载下的收益", [S("何俊峰", "腾讯云", "数据库内核工程师")],
           "蔡明辉"),
         B("14:50", "15:10", "茶歇"),
         T("15:10", "15:50", "virtiofs 与 DAX 在安全容器中的性能取舍", [S("林诗琪", "蚂蚁集团", "安全容器工程师")],
           "蔡明辉"),
     ]),
    ("调度、性能与调试分论坛", "SCHEDULING, PERFORMANCE & DEBUGGING", "quanzhou-light-4-sched.jpg",
     "华侨大学泉州校区 信息楼 学术报告厅", ("傅文杰", "华侨大学 讲师"), [
         T("13:30", "14:05", "EEVDF 下延迟敏感任务的 slice 调参实测", [S("颜晓航", "vivo", "内核性能工程师")],
           "傅文杰"),
         T("14:05", "14:40", "ftrace 事件采样的开销与低成本替代", [S("欧阳文", "深信服", "内核开发工程师")], "傅文杰"),
         T("14:40", "15:15", "大内存 ARM64 服务器上 kdump 的加速",
           [S("许志强", "统信软件", "内核工程师"), S("刘欣然", "华侨大学", "博士研究生")], "傅文杰"),
         B("15:15", "15:30", "茶歇"),
         T("15:30", "16:05", "cpufreq 调频与调度器的协同设计", [S("王　蕾", "紫光展锐", "电源管理工程师")], "傅文杰"),
     ]),
    ("硬件架构与异构计算分论坛", "HARDWARE ARCHITECTURE & HETEROGENEOUS COMPUTING", "quanzhou-light-5-arch-two-talks.jpg",
     "华侨大学泉州校区 信息楼 302 会议室", None, [
         T("14:00", "14:45", "ARM64 MPAM 资源隔离的内核支持进展", [S("黄炳坤", "飞腾信息", "系统软件工程师")], None),
         T("14:45", "15:30", "DPU 卸载下 virtio-blk 的热插拔与故障恢复", [S("仉文博", "中科驭数", "驱动工程师")], None),
     ]),
    ("AI 基础设施与 eBPF 应用分论坛", "AI INFRASTRUCTURE & eBPF", "quanzhou-light-6-ai.jpg",
     "华侨大学泉州校区 信息楼 学术交流厅", ("骆　嘉", "字节跳动 eBPF 技术专家"), [
         T("13:30", "14:10", "bpf_arena 在用户态网络栈中的探索", [S("丁　雪", "字节跳动", "网络工程师")], "骆　嘉"),
         T("14:10", "14:50", "基于 eBPF 的训练作业卡顿诊断", [S("邱少华", "智谱", "AI 基础设施工程师")], "骆　嘉"),
         T("14:50", "15:30", "大模型辅助生成 BPF 程序的安全性验证",
           [S("王雨桐", "浙江大学", "博士研究生"), S("段志伟", "浙江大学", "副教授")], "骆　嘉"),
     ]),
]
UNITS_B = ["华侨大学", "华为", "阿里云", "腾讯云", "字节跳动", "麒麟软件", "统信软件", "海光信息", "openEuler"]
NAVY_B, TEAL_B, GREY_B, PAGE_B = (18, 42, 92), (0, 150, 160), (104, 114, 132), (238, 244, 249)


def header_b(d, W, room):
    logo_lines(d, 28, 26, WHITE, (150, 240, 240), 0.75)
    rtext(d, W - 28, 30, "华侨大学", font(24, True), WHITE)
    rtext(d, W - 28, 62, "HUAQIAO UNIVERSITY", font(11, True), (200, 236, 240))
    d.text((28, 120), "第617届中国", font=font(54, True), fill=WHITE)
    d.text((28, 190), "Linux内核开发者大会", font=font(54, True), fill=WHITE)
    d.ellipse([590, 112, 718, 240], outline=WHITE, width=4)
    ctext(d, 654, 140, "CLK", font(32, True), WHITE)
    ctext(d, 654, 182, "2622", font(22, True), (170, 246, 240))
    pf = font(23, True)
    pill = "2622年11月9日（周六）· 泉州"
    d.rounded_rectangle([28, 290, 28 + tw(d, pill, pf) + 44, 334], radius=22, fill=WHITE)
    d.text((50, 295), pill, font=pf, fill=NAVY_B)
    d.text((28, 356), "地址：" + room, font=font(20), fill=WHITE)
    return 440


def card_b(d, X0, X1, y, s, log):
    """A talk: the title first, the range UNDER it after a clock, a dashed rule, one line per speaker."""
    IX = X0 + 26
    iw = X1 - X0 - 52

    def body(y, draw):
        y += 22
        if s.get("tag"):
            tf_ = font(14, True)
            w = tw(d, s["tag"], tf_) + 20
            if draw:
                d.rounded_rectangle([IX, y, IX + w, y + 26], radius=4, fill=TEAL_B)
                d.text((IX + 10, y + 3), s["tag"], font=tf_, fill=WHITE)
            y += 38
        tf = font(27, True)
        tl = wrap_nicely(d, s["title"], tf, iw)
        for ln in tl:
            if draw:
                d.text((IX, y), ln, font=tf, fill=NAVY_B)
            y += 40
        y += 8
        if draw:
            clock(d, IX, y + 4, TEAL_B)
            d.text((IX + 32, y - 1), rng(s), font=font(22, True), fill=TEAL_B)
        y += 40
        if draw:
            for x in range(IX, X1 - 26, 12):
                d.line([(x, y), (x + 6, y)], fill=(200, 210, 222), width=1)
        y += 16
        for sp in s["sp"]:
            nf, af = font(22, True), font(18)
            if draw:
                d.text((IX, y), sp["name"], font=nf, fill=(30, 34, 44))
                a = aff(sp)
                fits(d, sp["name"] + "　" + a, nf, iw)
                d.text((IX + tw(d, sp["name"], nf) + 16, y + 4), a, font=af, fill=GREY_B)
            y += 36
        if not draw:
            log.append((s["title"], len(tl)))
        return y + 14

    h = body(0, False)
    d.rounded_rectangle([X0, y, X1, y + h], radius=12, fill=WHITE, outline=(214, 224, 234), width=1)
    d.rounded_rectangle([X0, y + 16, X0 + 6, y + h - 16], radius=3, fill=TEAL_B)
    body(y, True)
    return y + h + 22


def break_b(d, W, y, s):
    """A break: the label centred between short rules, the range centred under it."""
    f = font(24, True)
    icon = {"茶歇": 44, "午餐": 56}.get(s["title"], 0)
    lw = tw(d, s["title"], f) + icon
    x = W / 2 - lw / 2
    d.line([(x - 120, y + 18), (x - 24, y + 18)], fill=(180, 196, 212), width=2)
    d.line([(x + lw + 24, y + 18), (x + lw + 120, y + 18)], fill=(180, 196, 212), width=2)
    if s["title"] in MEALS:
        meal_mark(d, x, y + 2, s, GREY_B, 0.95)
        x += icon
    d.text((x, y), s["title"], font=f, fill=GREY_B)
    ctext(d, W / 2, y + 38, rng(s), font(19), GREY_B)
    return y + 90


LOG_B = {}


def paint_b(forum):
    name, en, fn, room, host, slots = forum

    def paint(im, d):
        W = im.size[0]
        X0, X1 = 26, W - 26
        log = []
        y = header_b(d, W, room) + 36
        f = font(38, True)
        ctext(d, W / 2, y, fits(d, name, f, X1 - X0), f, NAVY_B)
        y += 62
        ef = font(15, True)
        ctext(d, W / 2, y, fits(d, en, ef, X1 - X0 - 120), ef, TEAL_B)
        ew = tw(d, en, ef)
        d.line([(W / 2 - ew / 2 - 60, y + 11), (W / 2 - ew / 2 - 14, y + 11)], fill=TEAL_B, width=2)
        d.line([(W / 2 + ew / 2 + 14, y + 11), (W / 2 + ew / 2 + 60, y + 11)], fill=TEAL_B, width=2)
        y += 46
        if host:
            hf = font(21, True)
            line = "%s ｜ %s" % (host[0], host[1])
            lw = tw(d, "主持人", font(17, True)) + 20 + 14 + tw(d, line, hf)
            x = W / 2 - lw / 2
            d.rounded_rectangle([x, y, x + tw(d, "主持人", font(17, True)) + 20, y + 30], radius=15, fill=NAVY_B)
            d.text((x + 10, y + 4), "主持人", font=font(17, True), fill=WHITE)
            d.text((x + tw(d, "主持人", font(17, True)) + 34, y + 1), line, font=hf, fill=NAVY_B)
            y += 70
        else:
            y += 20
        for s in slots:
            if s["kind"] == "break":
                y = break_b(d, W, y + 6, s)
            else:
                y = card_b(d, X0, X1, y, s, log)
        LOG_B[fn] = log
        y += 40
        ctext(d, W / 2, y, "支持单位", font(28, True), NAVY_B)
        y += 60
        cols, gap, bh = 3, 12, 52
        bw = (X1 - X0 - (cols - 1) * gap) / cols
        for i, u in enumerate(UNITS_B):
            bx, by = X0 + (i % cols) * (bw + gap), y + (i // cols) * (bh + gap)
            d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=6, fill=WHITE, outline=(214, 224, 234))
            ctext(d, bx + bw / 2, by + 11, u, font(21, True), (60, 70, 90))
        y += 3 * (bh + gap) + 36
        qrcode(d, W / 2 - 80, y, 160, 6202)
        ctext(d, W / 2, y + 178, "长按识别二维码报名", font(21, True), NAVY_B)
        ctext(d, W / 2, y + 216, "主办：中国Linux内核开发者大会　承办：华侨大学计算机科学与技术学院", font(15), GREY_B)
        return y + 270

    return paint


def bg_b(w, h):
    im = Image.new("RGB", (w, h), PAGE_B)
    top = vgrad(w, 440, (0, 150, 166), (22, 70, 170))
    top = glow(top, 640, 80, 220, (120, 255, 230), 0.35)
    td = ImageDraw.Draw(top)
    for i in range(7):
        td.line([(380 + i * 60, 440), (750, 250 - i * 30)], fill=(60, 150, 200), width=2)
    im.paste(top, (0, 0))
    d = ImageDraw.Draw(im)
    d.polygon([(0, 440), (w, 440), (w, 470)], fill=(22, 70, 170))
    return grain(im, 6202, 0.012)


def posters_b():
    out = []
    for forum in FORUMS_B:
        im = two_pass(750, paint_b(forum), bg_b)
        out.append((forum[2], im, [forum_truth(forum[0], DATE_B, forum[5])]))
    return out


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 and -59: speakers are names as printed with spaces and the "
    "padding of two-character names removed ('方　俊' -> '方俊'; the Latin names 'Marek Novak' -> 'MarekNovak', "
    "'Lukas Hartmann' -> 'LukasHartmann'); host is the chair printed for the forum covering the slot, null for "
    "breaks and null for every slot of a forum that prints no host; start/end always HH:MM on a 24-hour clock; where "
    "two speakers are printed each has his own affiliation, given per speaker in printed order; affiliations keep a "
    "printed job title, joined to the company by one space ('华为 操作系统首席架构师'), the company alone where no job "
    "is printed ('京东' for 吴楚涵); break titles are as printed; an opening speech printed with a speaker ('嘉宾致辞', "
    "'开幕致辞') is a talk, a slot printed without a speaker ('开场', '全体合影') is a break; '午餐' closes 主论坛 as its "
    "break. Every forum carries its edition's date. Two editions, each printed ONE POSTER PER FORUM (as CLK2024's "
    "repository holds them) with CLK2025's six forum names, each poster one entry holding its ONE forum: CLK 2621 "
    "(第616届, 镇江, 2621-10-20, six WebP 1080 px wide) and CLK 2622 (第617届, 泉州, 2622-11-09, six JPEG 750 px "
    "wide). Both dates are Saturdays; no person is printed twice in the set and no talk is on two pictures. Headers, "
    "addresses and halls, date pills, sponsors and support units, QR captions, slogans and organiser lines are never "
    "part of a name, a title or a slot. (1) CLK 2621 (deep violet, after the organisers' 2024 forum posters): the "
    "forum's name in a glowing box; the host is the name in the bar '>>>　主持人：name　<<<', the unit under it is no "
    "affiliation of any slot. Each talk's range is on a TAB ABOVE its cut-corner frame (the range belongs to the "
    "frame under it); in the frame the title, then a biography at the left and, at the right, the photo disc with "
    "the speaker's NAME ON A PLATE under it and 'company job' under the plate: on one line where it fits, else the "
    "company on one line and the job on the next ('中国科学院软件研究所' / '助理研究员', 'Red Hat' / 'Principal Software "
    "Engineer', 'Ampere Computing' / 'Senior Software Engineer'): one affiliation, joined with a space. Biographies are "
    "nowhere in the truth, also where they name other employers (中兴通讯 for 韦东升 of 华为, 网易 for 林嘉怡 of 快手, "
    "联发科 for 邬海燕 of OPPO, VMware for 严志鹏, AMD for 禚明远 of 浪潮信息, 华为 for 温晓峰 of 字节跳动, 浪潮 for 沈一帆 "
    "of SUSE, 研华科技 for 贾宇航 of 中兴通讯, 英伟达 for 田雨桐 of 摩尔线程) or universities. Two speakers (方俊 and 尤佳琪 "
    "of 美团; 鲍晨 of 英特尔 and 石慧敏 of 江苏大学) stand as two discs side by side without biographies, given left then "
    "right. Breaks and the opening '开场' are one band with the range LEFT of the label. English-only titles: 'Upstream "
    "First: What a Decade of Kernel Maintenance Taught Us' and 'Per-VMA Locking Beyond Page Faults: Scaling mmap on "
    "256-Core Servers', each wrapped over two lines and given as one title joined with a space. AI 基础设施与 eBPF "
    "应用分论坛 has only two talks and no break. Uncommon surnames 笪 (the host of 主论坛), 禚 and 郜. (2) CLK 2622 (a "
    "light page under a teal-blue header, no photos): the forum's Chinese name with its ENGLISH name in capitals under "
    "it ('MEMORY MANAGEMENT & OPTIMIZATION', ...): the English line is no part of the forum's name. The host is the "
    "name after the tag '主持人' in 'name ｜ unit'; 硬件架构与异构计算分论坛 prints NO host (host null) and has only two "
    "talks, starting at 14:00. Each talk is a card: the TITLE FIRST, then the range UNDER it after a clock (the range "
    "belongs to the title above it, in the same card, not to the next card), a dashed rule, then ONE LINE per speaker, "
    "'name  company job' (name bold, 'company job' smaller and grey on the same line). 主论坛's three keynotes carry a "
    "tag 'KEYNOTE' over the title: a label, no part of the title. Breaks ('茶歇', '全体合影', '午餐') are centred rows, "
    "the label with its range centred UNDER it. English-only titles 'Kernel Testing at Scale: KernelCI and Beyond' "
    "and 'Memory Tiering with CXL: NUMA Balancing Revisited'. Two speakers on two lines: 柯宇 (京东 内核工程师) and "
    "吴楚涵 (京东, no job); 许志强 (统信软件 内核工程师) and 刘欣然 (华侨大学 博士研究生); 王雨桐 and 段志伟 (both 浙江大学). "
    "Uncommon surnames 粘 (a keynote speaker) and 仉; the compound surname 欧阳 (欧阳文)."
)

LAYOUTS_A = {
    "zhenjiang-violet-1-main.webp": "主论坛: '开场' band, '嘉宾致辞' with a speaker, four keynotes (the last an "
                                    "English-only title over two lines by Marek Novak, 'Red Hat' / 'Principal "
                                    "Software Engineer' on two lines), 茶歇 and 午餐 bands. 5 talks.",
    "zhenjiang-violet-2-mm.webp": "内存管理与优化分论坛: an English-only title over two lines, two speakers of 美团 "
                                  "side by side, 茶歇 band, uncommon surname 禚. 4 talks.",
    "zhenjiang-violet-3-fs.webp": "文件系统与存储分论坛: the host from industry (vivo), 茶歇 band. 4 talks.",
    "zhenjiang-violet-4-sched.webp": "调度、性能与调试分论坛: two speakers of two employers (英特尔, 江苏大学) side by "
                                     "side, 茶歇 band. 4 talks.",
    "zhenjiang-violet-5-arch.webp": "硬件架构与异构计算分论坛: host 郜凯 (padded '郜　凯'), 'company job' of "
                                    "中国科学院软件研究所 on two lines, no break. 3 talks.",
    "zhenjiang-violet-6-ai-two-talks.webp": "AI 基础设施与 eBPF 应用分论坛: only two talks, no break. 2 talks.",
}
LAYOUTS_B = {
    "quanzhou-light-1-main.jpg": "主论坛 / MAIN FORUM: '开幕致辞' with a speaker, three keynotes with a 'KEYNOTE' "
                                 "tag (one English-only title by Lukas Hartmann), 茶歇, 全体合影 and 午餐 rows. 4 talks.",
    "quanzhou-light-2-mm.jpg": "内存管理与优化分论坛: two speakers of 京东 on two lines (one prints no job), an "
                               "English-only title, 茶歇 row. 4 talks.",
    "quanzhou-light-3-fs.jpg": "文件系统与存储分论坛: 茶歇 row. 3 talks.",
    "quanzhou-light-4-sched.jpg": "调度、性能与调试分论坛: two speakers of two employers on two lines, compound "
                                  "surname 欧阳, 茶歇 row. 4 talks.",
    "quanzhou-light-5-arch-two-talks.jpg": "硬件架构与异构计算分论坛: NO host printed, only two talks, starting at "
                                           "14:00, uncommon surname 仉. 2 talks.",
    "quanzhou-light-6-ai.jpg": "AI 基础设施与 eBPF 应用分论坛: two speakers of 浙江大学 on two lines, no break. "
                               "3 talks.",
}


def layout(fn, size):
    if fn in LAYOUTS_A:
        return ("CLK 2621 (第616届), 镇江, 2621-10-20 (WebP q86, %d x %d): one poster per forum in the organisers' "
                "2024 forum-poster family, deep violet; range on a tab above a cut-corner frame, title, biography at "
                "the left, photo disc with the name on a plate and 'company job' under it at the right. " % size
                + LAYOUTS_A[fn])
    return ("CLK 2622 (第617届), 泉州, 2622-11-09 (JPEG q85, %d x %d): one poster per forum, a light page under a "
            "teal-blue header, the forum's English name under its Chinese one; each talk a white card with the "
            "title first, the range under it after a clock, then 'name  company job' on one line per speaker, no "
            "photos. " % size + LAYOUTS_B[fn])


def check(posters):
    """Every date a Saturday, no person printed twice in the set, no talk on two pictures."""
    people, titles = [], []
    for _, _, _, host, slots in FORUMS_A:
        people.append(plain(host[0]))
        people += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    for _, _, _, _, host, slots in FORUMS_B:
        if host:
            people.append(plain(host[0]))
        people += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] == "talk"]
    assert len(titles) == len(set(titles))
    names = [f["forums"][0]["forum"] for f in posters]
    six = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
           "AI 基础设施与 eBPF 应用分论坛"]
    assert names == six + six, names
    return len(titles)


def main():
    pics = posters_a() + posters_b()
    posters = []
    for fn, im, forums in pics:
        path = os.path.join(HERE, fn)
        if fn.endswith(".webp"):
            assert im.size[0] == 1080
            im.save(path, "WEBP", quality=86, method=4)
        else:
            assert im.size[0] == 750
            im.save(path, "JPEG", quality=85, optimize=True, subsampling=2)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert size < 2.0e6, (fn, size)
        posters.append({"file": fn, "layout": layout(fn, im.size), "date": forums[0]["date"], "forums": forums})
    n = check(posters)
    print("talks", n)
    assert 35 <= n <= 50, n
    # what the wrapping came to, so that the note's claims hold
    two_line_en = [t for fn in LOG_A for t, k, _ in LOG_A[fn] if k == 2 and re.match(r"^[ -~]+$", t)]
    assert sorted(two_line_en) == sorted(["Upstream First: What a Decade of Kernel Maintenance Taught Us",
                                          "Per-VMA Locking Beyond Page Faults: Scaling mmap on 256-Core Servers"]), \
        two_line_en
    split = {t: ns for fn in LOG_A for t, _, ns in LOG_A[fn] if 2 in ns}
    print("company over job:", split)
    assert sorted(split) == sorted(["Upstream First: What a Decade of Kernel Maintenance Taught Us",
                                    "Per-VMA Locking Beyond Page Faults: Scaling mmap on 256-Core Servers",
                                    "RISC-V 服务器平台的 ACPI 与 AIA 中断支持"]), split
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
