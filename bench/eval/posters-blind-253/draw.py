"""Draw the two-hundred-and-fifty-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes 微信图片_92531021203417.jpg and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 9253 (第7248届, 珠海, 中山大学软件工程学院, Saturday 9253-10-25), with CLK2025's six
forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛,
AI 基础设施与 eBPF 应用分论坛), drawn as CLK2025's repository holds an edition: ONE whole-agenda image (it would be
'CLK9253全部议程.jpg', 1080 px wide), following the organisers' CLK2024 大会全议程.webp closely, at its own width
and measures, in NEW colours (a deep cypress page, apricot titles, lilac labels, pale mist-green small print).
The six forums ONE UNDER ANOTHER, each across the page, as the 2024 whole agenda sets its five.

The reader gets ONLY what reached him through a chat app: that image (a JPEG q92 export, made in memory only),
scaled down to 800 px wide and saved again as JPEG at quality 60, under WeChat for PC's name for a saved picture.

Started as a copy of posters-blind-243/draw.py (which started as a copy of set 231's, it of set 226's, and so on
back to sets 201, 189, 178, 139, 112, 106, 104, 79, 66, 65, 62 and 59); see README.md for what was kept, changed
and new.
"""
import datetime
import io
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
# CLK 9253 (第7248届), 珠海, 中山大学 (软件工程学院, 珠海校区), Saturday 9253-10-25.  主论坛 in the morning (09:00-12:30,
# then lunch to 14:00), the five other forums in parallel in the afternoon from 14:00, as the 2024 whole agenda.
EDITION = "CLK 9253"
YEAR = "9253"
NTH = "第7248届中国"
DATE = "9253-10-25"
DATE_PRINTED = "9253年10月25日"
CITY = "珠海"
SCHOOL = "中山大学"
SCHOOL_UNIT = "软件工程学院"
SCHOOL_EN = "School of Software Engineering, SYSU"  # one line under the unit, as 2024's 'School of Cyber Science…'
SCHOOL_MARK = "SUN YAT-SEN UNIVERSITY"
HALL = "中山大学珠海校区 海琴楼学术报告厅"  # printed over two lines, broken at the space
ORGANISERS_FN = "CLK9253全部议程.jpg"  # the organisers' file (never written: only what the chat delivered is)
CHAT_FN = "微信图片_92531021203417.jpg"  # WeChat for PC names a saved picture '微信图片_' + yyyyMMddHHmmss
CHAT_W = 800  # the chat app scales the picture down to 800 px wide
CHAT_Q = 60  # and saves it again as JPEG at quality 60
ORGANISERS_Q = 92  # the organisers' export (decoded again before the chat's re-save)


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return S(name, None, None, None, line=line)


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


H0, H1, H2, H3, H4, H5 = "梁国栋", "何振宇", "苏建平", "吕　辉", "黄　敏", "周　磊"
FORUMS = [
    ("主论坛", (H0, "中山大学软件工程学院院长、教授"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [P("高建华", "中山大学副校长")], H0),
        T("09:20", "09:50", "邮件列表里的内核维护者新老交替", [P("王海涛", "华为操作系统内核首席架构师")], H0),
        T("09:50", "10:20", "手机内存管理的十年演进", [P("李　伟", "vivo 内存与存储技术总监")], H0),
        T("10:20", "10:50", "Fewer Forks, Faster Kernels: Our Road Back to Mainline",
          [P("张　敏", "字节跳动内核团队负责人"), P("刘建军", "字节跳动系统内核专家")], H0),
        T("10:50", "11:20", "社区发行版的内核选型与长期维护账本", [P("孙立新", "腾讯OpenCloudOS社区技术负责人")], H0),
        T("11:20", "11:45", "本科操作系统课：从xv6到上游补丁", [P("陈佳琪", "中山大学软件工程学院副教授")], H0),
        PANEL("11:45", "12:30", "国产算力时代，操作系统内核如何补齐短板",
              [P("杨　帆", "阿里云资深技术专家"),
               P("周立新", "腾讯云TencentOS内核负责人"),
               P("赵　珺", "统信软件内核研发总监"),
               P("马志刚", "龙芯中科内核组负责人"),
               P("罗文斌", "英特尔中国首席工程师")], H0),
        B("12:30", "14:00", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "中山大学软件工程学院副教授"), [
        T("14:00", "14:20", "数据库大页池为何越用越少", [P("王俊杰", "京东云操作系统工程师")], H1),
        T("14:20", "14:40", "四 GB 手机上的 zswap：压缩池满了之后", [P("邝家豪", "荣耀内存优化工程师")], H1),
        T("14:40", "15:00", "加载百亿参数模型时的页缓存预读放大", [P("林　峰", "商汤科技系统工程师")], H1),
        T("15:00", "15:20", "一万个容器的memcg：统计刷新为何拖慢读取",
          [P("孙晓东", "腾讯TencentOS内核工程师"), P("张　丽", "腾讯性能优化工程师")], H1),
        T("15:20", "15:40", "When Page Tables Outgrow the Data: Sparse Heaps at Scale", [P("徐　昊", "字节跳动内核工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "mTHP 与文件页混跑时的回收顺序问题", [P("郭子豪", "OPPO高级内核工程师")], H1),
        T("16:30", "17:00", "CXL 扩展内存的 NUMA 距离怎么报：固件、ACPI 与内核的三方约定",
          [P("曾　涛", "浪潮信息服务器固件工程师"), P("李建新", "浪潮信息内核工程师")], H1),
        T("17:00", "17:30", "读懂七天长稳测试里的 kmemleak", [P("沈佳怡", "麒麟软件测试工程师")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "暨南大学信息科学技术学院教授"), [
        T("14:00", "14:30", "对象存储底座为何仍选 XFS", [P("韩志强", "阿里云存储内核专家")], H2),
        T("14:30", "15:00", "普通用户能发NVMe管理命令吗：io_uring直通的权限设计", [P("刘　斌", "字节跳动存储内核工程师")], H2),
        T("15:00", "15:20", "e4defrag 值得跑吗：SSD 磨损实测", [P("黄晓明", "中兴通讯存储工程师")], H2),
        T("15:20", "15:40", "Taming Writeback Stalls on Btrfs with Thousands of Subvolumes",
          [P("Lukas Brandt", "SUSE 存储内核工程师")], H2),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "前台应用卡在后台写入后面：手机存储的优先级反转",
          [P("麦嘉欣", "OPPO存储软件工程师"), P("刘　畅", "OPPO内核工程师")], H2),
        T("16:20", "16:40", "高延迟专线上的 NFS 槽位调优", [P("吴建峰", "天翼云存储工程师")], H2),
        T("16:40", "17:00", "FUSE 页缓存一致性的取舍", [P("王子轩", "华为云存储研发工程师")], H2),
        T("17:00", "17:30", "混部集群里 blk-cgroup 限不住的写", [P("朱海燕", "美团系统工程师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "中山大学软件工程学院副研究员"), [
        T("14:00", "14:20", "sched_ext 调度器热升级：不丢任务地替换 BPF 程序", [P("张伟东", "字节跳动调度研发工程师")], H3),
        T("14:20", "14:40", "换上 EEVDF 后变慢的业务", [P("李明哲", "腾讯云内核工程师")], H3),
        T("14:40", "15:00", "perf c2c in practice: hunting false sharing in a JVM", [P("谢　磊", "阿里云性能工程师")], H3),
        T("15:00", "15:20", "大小核之间的任务迁移代价测量",
          [P("彭　程", "荣耀内核工程师"), P("陈晓燕", "荣耀功耗工程师")], H3),
        T("15:20", "15:40", "机密虚拟机里的kdump：可行性与限制", [P("董立军", "海光信息系统软件工程师")], H3),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "RCU stall 告警的自动化分诊", [P("王　旻", "中国移动云能力中心内核工程师")], H3),
        T("16:20", "16:40", "trace 事件为什么会丢：ring buffer 大小与唤醒频率", [P("蒋文杰", "统信软件内核工程师")], H3),
        T("16:40", "17:00", "PLC 控制器换上实时内核：一年现场数据", [P("袁志刚", "汇川技术嵌入式软件工程师")], H3),
        T("17:00", "17:20", "Rust 内核模块的性能剖析方法", [P("程　晨", "中国科学院软件研究所助理研究员")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "中山大学软件工程学院副教授"), [
        T("14:00", "14:30", "双路 RISC-V 服务器的中断路由调试", [P("邓海波", "算能科技系统软件工程师")], H4),
        T("14:30", "15:00", "在龙芯上跑 x86 程序：翻译器需要内核帮哪些忙", [P("胡　军", "龙芯中科内核工程师")], H4),
        T("15:00", "15:30", "SME Support for Arm64 KVM Guests", [P("方　晟", "安谋科技软件工程师")], H4),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "国产 GPU 驱动适配 drm_sched：从固件调度到内核调度",
          [P("叶鹏飞", "摩尔线程驱动工程师"), P("白　静", "摩尔线程内核工程师")], H4),
        T("16:20", "16:50", "带显存的加速器挂上 CXL 之后", [P("许文涛", "英特尔中国软件工程师")], H4),
        T("16:50", "17:10", "智能网卡上的virtio-net硬件卸载", [P("潘　玥", "中科驭数软件工程师")], H4),
        T("17:10", "17:30", "把网卡交给机密虚拟机：设备认证与 TDISP 流程", [P("田国庆", "阿里云虚拟化工程师")], H4),
        T("17:30", "17:50", "昇腾 NPU 驱动的 SVA 移植记", [P("唐晓峰", "华为昇腾驱动工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "中山大学软件工程学院助理教授"), [
        T("14:00", "14:30", "GPU 在等 CPU：推理节点的绑核与中断布局", [P("陈国平", "百度智能云AI基础设施工程师")], H5),
        T("14:30", "15:00", "千卡训练偶发卡顿的 eBPF 排查：从网卡中断查起", [P("李　娜", "蚂蚁集团AI基础设施工程师")], H5),
        T("15:00", "15:20", "Tracing CUDA Memory Copies with uprobes and BPF", [P("杨光辉", "快手内核工程师")], H5),
        T("15:20", "15:40", "iptables 到 eBPF 数据面的迁移记录",
          [P("钟　伟", "美团网络工程师"), P("邹宇航", "美团系统工程师")], H5),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "显存 OOM 之前：用 BPF 追踪 UVM 缺页", [P("王文静", "小红书基础架构工程师")], H5),
        T("16:30", "17:00", "网关限流计时器从用户态搬进 BPF", [P("金　鑫", "网易数帆网络工程师")], H5),
        T("17:00", "17:20", "模型权重加载：页缓存还是直读(Page Cache or Direct I/O?)",
          [P("邱志鹏", "月之暗面基础设施工程师")], H5),
        T("17:20", "17:40", "谁加载了这个 BPF 程序", [P("赵静怡", "奇安信安全研究员")], H5),
    ]),
]

SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]

SPONSORS = ["中山大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "蚂蚁集团", "龙芯中科",
            "统信软件", "英特尔"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "清华大学", "广东省计算机学会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux中国", "开源江湖"]

# names of real speakers and hosts read on the real posters: set 231's list (set 226's, 201's, 166's, 157's, 139's,
# 133's, the union of the lists of sets 120 to 123 and 125 to 128), copied unchanged; my own strips of
# CLK2024/大会全议程.webp showed no name outside it.  The listings' names and deck titles are checked in check().
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
# the colours: NEW, where the organisers' 2024 whole agenda prints royal blue, cyan and violet: a deep CYPRESS page (a
# sea green-grey at the head to a near-black green at the foot, a lighter foot), APRICOT titles, dots, rules and number
# boxes, LILAC labels, pale MIST-green company-job lines, apricot-to-cypress tea and lunch bars
APRICOT = (255, 188, 124)
MIST = (200, 230, 220)  # the company-job lines and small print
LILAC = (200, 182, 255)  # '主持人:' and '嘉　宾:'
LINE = (98, 152, 142)  # the time line
HOLE = (22, 62, 58)  # the hole of a pin
BG0, BG1 = (30, 86, 80), (8, 28, 28)
BOX = (40, 104, 96)  # the introduction's box
BOX_EDGE = (112, 172, 162)
NUMBOX = (255, 180, 112)  # the number boxes
NUMBOX_EDGE = (255, 228, 200)
DEEP = (14, 48, 44)  # the numerals in the number boxes
RULE_HI, RULE_LO = (255, 216, 172), (36, 96, 88)  # the two ends of the heading and closing rules
BAR_HI, BAR_LO = (244, 150, 86), (34, 98, 90)  # the two ends of a tea or lunch bar
PLATE_HI, PLATE_LO = (244, 160, 92), (40, 112, 102)  # the plates ('大会议程', '赞助单位' ...)
PLATE_STREAK = ((30, 86, 80), (255, 222, 184))
PLATE_LINE = (255, 212, 164)
HEAD_INK = (236, 255, 248)  # the leaning heading type (2024 prints it in a pale cyan; here a cool white)
W = 1080
K = 1.0  # the 2024 whole agenda's own measures (1080 px wide)


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, a broad arc and small satellites round a disc holding the year
    over 'CLK' (set 243's, recoloured in apricot, sea green, lilac and white)."""
    for r, col, wd in [(s(200), (84, 150, 140), 3), (s(160), APRICOT, 6), (s(118), (236, 255, 248), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - s(240), cy - s(150), cx + s(240), cy + s(150)], 200, 340, fill=LILAC, width=9)
    d.ellipse([cx - s(78), cy - s(78), cx + s(78), cy + s(78)], fill=(44, 116, 106), outline=(236, 255, 248), width=4)
    ctext(d, cx, cy - s(52), YEAR, font(s(22), True), (255, 226, 190))
    ctext(d, cx, cy - s(30), "CLK", font(s(56), True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + s(230) * math.cos(math.radians(ang)), cy + s(140) * math.sin(math.radians(ang))
        d.ellipse([sx - s(20), sy - s(20), sx + s(20), sy + s(20)], fill=(18, 60, 56), outline=(236, 255, 248),
                  width=3)


def seal(d, x, y, r, fill):
    """The school's round seal: two rings, a ring of dots, a stylised bell tower (a gable over a tall block) in the
    middle and 'SYSU' under it."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    for k in range(24):
        a = math.radians(k * 15)
        px, py = x + (r - 4) * math.cos(a), y + (r - 4) * math.sin(a)
        d.ellipse([px - 1, py - 1, px + 1, py + 1], fill=fill)
    g = r * 0.22
    d.rectangle([x - g, y - r * 0.42, x + g, y + r * 0.02], fill=fill)
    d.polygon([(x - g * 1.5, y - r * 0.42), (x + g * 1.5, y - r * 0.42), (x, y - r * 0.62)], fill=fill)
    ctext(d, x, y + r * 0.1, "SYSU", font(max(8, round(r * 0.3)), True), fill)


def waves(d, y, amp, col, seed, width=3):
    """A line of the sea: a long soft wave across the page."""
    rnd = random.Random(seed)
    ph, per = rnd.uniform(0, 6.28), rnd.uniform(150, 240)
    pts = [(x, y + amp * math.sin(ph + x * 6.2832 / per)) for x in range(0, W + 8, 8)]
    d.line(pts, fill=col, width=width)


def shells(d, cx, base, k, col, edge):
    """The opera house on the island off Zhuhai (日月贝): two upright shells, a tall one and a lower one, with ribs."""
    for dx, h, wd in ((-40, 150, 120), (70, 110, 100)):
        x0 = cx + dx * k
        pts = [(x0 - wd * k / 2, base), (x0 - wd * k * 0.38, base - h * k * 0.7), (x0 - wd * k * 0.1, base - h * k),
               (x0 + wd * k * 0.2, base - h * k * 0.9), (x0 + wd * k / 2, base)]
        d.polygon(pts, fill=col)
        for i in range(1, 5):
            t = i / 5
            d.line([(x0 - wd * k / 2 + wd * k * t, base), (x0 - wd * k * 0.1, base - h * k * 0.96)], fill=edge,
                   width=max(1, round(k)))


def fisher_girl(d, cx, base, k, col):
    """The Fisher Girl (珠海渔女) on her rock: a slim standing figure raising a pearl over her head."""
    d.chord([cx - 46 * k, base - 40 * k, cx + 46 * k, base + 40 * k], 180, 360, fill=col)  # the rock
    d.polygon([(cx - 9 * k, base - 36 * k), (cx + 9 * k, base - 36 * k), (cx + 7 * k, base - 110 * k),
               (cx - 7 * k, base - 110 * k)], fill=col)  # the body and the net's folds
    d.polygon([(cx - 9 * k, base - 36 * k), (cx - 22 * k, base - 40 * k), (cx - 8 * k, base - 90 * k)], fill=col)
    d.ellipse([cx - 7 * k, base - 128 * k, cx + 7 * k, base - 110 * k], fill=col)  # the head
    d.line([(cx + 4 * k, base - 104 * k), (cx + 16 * k, base - 140 * k)], fill=col, width=max(2, round(4 * k)))
    d.ellipse([cx + 11 * k, base - 152 * k, cx + 23 * k, base - 140 * k], fill=col)  # the pearl


def header(im, d):
    """The head: logo lines, the school's seal, name, school and English line at the top right, the slanted edition
    title, a dashed rule, the ring, the date pill with a pin, the address ('地址:' inline, the hall over two lines, as
    the 2024 whole agenda prints it), and faint behind them the sea with the opera shells and the Fisher Girl."""
    rnd = random.Random(92531)
    shells(d, s(470), s(1000), 1.4, (40, 104, 96), (54, 122, 112))
    fisher_girl(d, s(980), s(1000), 1.6, (42, 108, 100))
    for i, yy in enumerate(range(s(990), s(1120), 22)):
        waves(d, yy, 6 + i, (44, 112, 104) if i % 2 else (52, 122, 112), 9253 + i)
    logo_lines(d, s(60), s(56), WHITE, APRICOT, 1.15 * K)
    seal(d, s(640), s(84), s(34), WHITE)
    d.text((s(690), s(40)), SCHOOL, font=font(s(38), True, serif=True), fill=WHITE)
    d.text((s(690), s(92)), SCHOOL_UNIT, font=font(s(24), True), fill=WHITE)
    ef = font(s(13))
    d.text((s(690), s(126)), fits(d, SCHOOL_EN, ef, W - s(690) - 30), font=ef, fill=MIST)
    for _ in range(70):  # particles over the head
        px, py = rnd.randrange(s(560), W - 20), rnd.randrange(s(160), s(520))
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(226, 255, 246))
    ring_graphic(d, s(820), s(700))
    slant_text(im, s(70), s(262), NTH, font(s(92), True), WHITE, 0.16)
    slant_text(im, s(70), s(384), "Linux内核开发者大会", font(s(88), True), (236, 255, 248), 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(s(90 + i * 18), s(530)), (s(100 + i * 18), s(530))], fill=APRICOT, width=5)
    d.line([(s(560), s(530)), (s(640), s(510))], fill=APRICOT, width=3)
    pf = font(s(34), True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + s(100)
    x0, y0, x1, y1 = s(80), s(630), s(80) + pw, s(698)
    d.rounded_rectangle([x0, y0, x1, y1], radius=s(20), fill=(40, 112, 102), outline=APRICOT, width=3)
    d.line([(x0 - s(14), y0 + s(14)), (x0 - s(14), y1 - s(14))], fill=APRICOT, width=5)  # the brackets of 2024's pill
    d.line([(x1 + s(14), y0 + s(14)), (x1 + s(14), y1 - s(14))], fill=APRICOT, width=5)
    d.text((x0 + s(26), y0 + s(10)), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + s(26) + tw(d, DATE_PRINTED, pf) + s(10)
    pin(d, px, y0 + s(18), APRICOT, 1.1 * K)
    d.text((px + s(30), y0 + s(10)), CITY, font=pf, fill=WHITE)
    af = font(s(36), True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= s(600) for ln in lines), lines
    y = s(780)
    for ln in lines:
        d.text((s(84), y), ln, font=af, fill=WHITE)
        y += s(56)
    return s(1140)


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)举办至今已第7248届，由清华大学、英特尔、华为、阿里云、"
         "腾讯、字节跳动、OPPO、vivo、荣耀、蚂蚁集团、龙芯中科、统信软件等单位发起，以“自由 协作 创新”为理念，以开源技术"
         "的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。每届线下参会人数近500人，是中国 Linux "
         "内核领域颇有影响力的峰会之一，现诚邀广大 Linux 开发者和爱好者参加本次大会。",
         "本次大会由中山大学软件工程学院承办，清华大学、openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、广东省计算机学会、"
         "CSDN 等单位共同支持。"]
def s(v):
    return round(v * K)


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()




def intro_box(d, y):
    """A lighter box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = s(60), W - s(60)
    f = font(s(25))
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - s(150), bx1 - bx0 - s(100)]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * s(48) + s(100)
    d.rectangle([bx0, y, bx1, y + h], fill=BOX, outline=BOX_EDGE, width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + s(60) * sx, cy - 6 * sy)], fill=APRICOT, width=9)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + s(60) * sy)], fill=APRICOT, width=9)
    yy = y + s(50)
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (s(100) if i == 0 else s(50)), yy), ln, font=f, fill=WHITE)
            yy += s(48)
    return y + h


def foot_plate(im, d, y, text):
    """A plate: an apricot-to-cypress bar with a cut corner (the page shows through), a streak under it and the word in
    leaning white type."""
    w, h = s(560), s(90)
    x0 = W / 2 - w / 2
    page = im.getpixel((int(x0 + w - 4), int(y + 2))) if y + 2 < im.size[1] else BG1
    hgrad(d, x0 - s(110), y + s(54), x0 + s(200), y + s(64), PLATE_STREAK[0], PLATE_STREAK[1])
    hgrad(d, x0, y, x0 + w, y + h, PLATE_HI, PLATE_LO)
    d.polygon([(x0 + w - s(30), y), (x0 + w, y), (x0 + w, y + s(30))], fill=page)
    d.line([(x0 + w - s(100), y - s(14)), (x0 + w + s(90), y - s(14))], fill=PLATE_LINE, width=7)
    slant_text(im, 0, y + s(8), text, font(s(50), True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


class G:
    """The measures of a run of rows: the range's left edge, the time line, the title column and its right end,
    and the type sizes (the 2024 whole agenda's x 1.15)."""

    def __init__(self, tx, lx, tt, xr, rf, tf, tp, nf, af, ncol, npitch, apitch, gap, bar, over):
        self.tx, self.lx, self.tt, self.xr = tx, lx, tt, xr
        self.rf, self.tf, self.tp, self.nf, self.af = rf, tf, tp, nf, af
        self.ncol, self.npitch, self.apitch, self.gap, self.bar, self.over = ncol, npitch, apitch, gap, bar, over


FULL = G(s(106), s(336), s(382), s(982), 35, 33, 48, 33, 21, s(105), 49, 28, 40, 60, 40)
HEAD_LOG = []  # (forum, heading size, host under?) of every heading painted


def number_box(im, d, x, y, idx, k):
    """The slanted number box '01'..'05' (butter yellow, the numeral in deep brick) with its white corner stroke."""
    d.polygon([(x + 14 * k, y + 6 * k), (x + 104 * k, y + 6 * k), (x + 90 * k, y + 80 * k), (x, y + 80 * k)],
              fill=NUMBOX, outline=NUMBOX_EDGE, width=2)
    d.line([(x + 2 * k, y - 8 * k), (x + 40 * k, y - 8 * k)], fill=WHITE, width=max(3, round(6 * k)))
    d.line([(x + 2 * k, y - 8 * k), (x - 6 * k, y + 30 * k)], fill=WHITE, width=max(3, round(6 * k)))
    slant_text(im, x + 16 * k, y + 6 * k, "%02d" % idx, font(round(48 * k), True), DEEP, 0.2)
    return x + 132 * k


def heading_full(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box and the topic and '分论坛' in leaning type; the host at the right with the unit
    under it, or, where the heading leaves no room, on a line of its own under it between two rules (as 2024)."""
    g = FULL
    x = s(70)
    if idx == 0:
        for j in range(2):
            d.polygon([(x + s(j * 30), y + s(22)), (x + s(j * 30 + 26), y + s(44)), (x + s(j * 30), y + s(66))],
                      fill=APRICOT)
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
        d.text((hx, y + 4), label, font=hf, fill=LILAC)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=WHITE)
        d.text((hx, y + s(52)), host[1], font=uf, fill=MIST)
        under, y = False, y + s(104)
    else:
        y += s(100)
        lw = hw + s(20) + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - s(130), y + s(22)), (lx - s(20), y + s(22))], fill=MIST, width=2)
        d.line([(lx + lw + s(20), y + s(22)), (lx + lw + s(130), y + s(22))], fill=MIST, width=2)
        d.text((lx, y), label, font=hf, fill=LILAC)
        d.text((lx + tw(d, label, hf) + 8, y), who, font=nf, fill=WHITE)
        d.text((lx + hw + s(20), y + s(10)), host[1], font=uf, fill=MIST)
        under, y = True, y + s(54)
    HEAD_LOG.append((name, size, under))
    hgrad(d, s(70), y, g.xr + s(30), y + s(12), RULE_HI, RULE_LO)
    return y + s(12) + s(56)


def person_line(d, y, sp, g):
    """One speaker: the (padded) name and the company-job line after it on the same line.  A Latin name is not
    padded and its line follows it after a gap (as the 2024 whole agenda prints 'Lianbo Jiang' in its 05)."""
    nf, af = font(g.nf), font(g.af)
    off = round((g.nf - g.af) * 0.62)
    name = sp["name"] if latin(sp["name"]) else pad(sp["name"])
    col = max(g.ncol, tw(d, name, nf) + 14)
    d.text((g.tt, y), name, font=nf, fill=WHITE)
    d.text((g.tt + col, y + off), fits(d, sp["line"], af, g.xr + g.over - g.tt - col), font=af, fill=MIST)
    return y + g.npitch


WRAPS = {}  # each title's printed lines (the first pass and the real one print the same)


def title_lines(d, text, f, maxw):
    """Greedy, as the organisers' whole agenda breaks its titles (also inside a word, also leaving a short last
    line: the 2024 picture leaves ' swap' alone); only where one Chinese character would stand alone does the
    designer pull the break one character forward (a narrower box), so that two stand on the last line.  A Chinese
    title followed by its English name in brackets starts the bracket on a new line, as 2024 prints one."""
    head, sep, tail = text.partition("(")
    if sep and not head.isascii() and tail.isascii():
        return title_lines(d, head, f, maxw) + wrap(d, sep + tail, f, maxw)
    lines = wrap(d, text, f, maxw)
    m = maxw
    while len(lines) > 1 and len(lines[-1].strip()) < 2:
        m -= 2
        lines = wrap(d, text, f, m)
    return lines


def agenda_row(d, y, s_, g, st):
    """A talk: the range at the left, a dot on the time line, the butter-yellow title (greedy wrap), one line per
    speaker.  A round table adds the turquoise labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars (the
    range and the label); '开场' a row without a speaker."""
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
        d.text((g.tt, y + 1), ln, font=tf, fill=APRICOT)
        y += g.tp
    if s_["kind"] == "panel":
        lf = font(g.nf - 4, True)
        for k, group in enumerate((s_["sp"][:1], s_["sp"][1:])):
            y += 6
            d.text((g.tt, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=LILAC)
            y += g.npitch - 4
            for sp in group:
                y = person_line(d, y, sp, g)
    else:
        for sp in s_["sp"]:
            y = person_line(d, y, sp, g)
    st["dots"].append((y0 + g.tf * 0.72, APRICOT))
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
    d.rectangle([x, y, x + w, y + h], outline=WHITE, width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + s(50), y + h / 2, s(24), WHITE)
        f = font(s(30), True, serif=True)  # a four-character name
        d.text((x + s(86), y + s(16)), fits(d, SCHOOL, f, w - s(96)), font=f, fill=WHITE)
        sf = font(s(10), True)
        d.text((x + s(88), y + s(58)), fits(d, SCHOOL_MARK, sf, w - s(96)), font=sf, fill=MIST)
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
    """Boxes two to a row; an odd last box stands alone at the left, as 2024's last media box does."""
    bw, bh, gx, gy = s(300), s(92), s(40), s(34)
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)




def bridge(d, base, col, cable):
    """The sea bridge off Zhuhai (港珠澳大桥) seen from the shore: a long low deck on piers and three cable-stayed
    pylons, the middle one a knot-like frame, cables fanning down to the deck."""
    deck = base - 150
    d.rectangle([0, deck, W, deck + 8], fill=col)
    for x in range(20, W, 64):
        d.rectangle([x, deck + 8, x + 6, base - 110], fill=col)
    for px, h, knot in ((300, 190, False), (540, 240, True), (780, 190, False)):
        if knot:
            d.rectangle([px - 26, deck - h, px - 18, deck], fill=col)
            d.rectangle([px + 18, deck - h, px + 26, deck], fill=col)
            d.rectangle([px - 26, deck - h, px + 26, deck - h + 8], fill=col)
            d.rectangle([px - 26, deck - h * 0.55, px + 26, deck - h * 0.55 + 6], fill=col)
            top = deck - h + 20
        else:
            d.polygon([(px - 6, deck), (px + 6, deck), (px + 3, deck - h), (px - 3, deck - h)], fill=col)
            top = deck - h + 14
        for i in range(1, 7):
            for sgn in (-1, 1):
                d.line([(px, top + i * 10), (px + sgn * i * 30, deck)], fill=cable, width=1)


def skyline(im, h):
    """The foot: Zhuhai by the sea: towers along the shore, the sea bridge with its three pylons, the opera shells on
    their island, the Fisher Girl on her rock lit, waves, and the school's name."""
    d = ImageDraw.Draw(im)
    base = h - s(60)
    col, win = (22, 70, 64), (255, 214, 168)
    for bx, bw, bh in [(20, 80, 240), (108, 64, 330), (180, 96, 210), (860, 70, 300), (938, 86, 220)]:
        d.rectangle([bx, base - 110 - bh, bx + bw, base - 110], fill=col)
        for wy in range(base - 110 - bh + 16, base - 130, 28):
            for wx in range(bx + 12, bx + bw - 14, 22):
                d.rectangle([wx, wy, wx + 9, wy + 13], fill=win)
    bridge(d, base, (34, 96, 88), (70, 140, 130))
    d.rectangle([0, base - 110, W, h], fill=(10, 40, 38))  # the sea
    for i, yy in enumerate(range(base - 100, h, 18)):
        waves(d, yy, 4, (30, 84, 78) if i % 2 else (24, 70, 66), 92533 + i, 2)
    shells(d, 640, base - 70, 1.0, (255, 222, 184), (220, 170, 130))  # the opera house, lit
    fisher_girl(d, 120, base - 60, 1.3, (255, 222, 184))
    ctext(d, W / 2, h - s(46), SCHOOL + " · " + SCHOOL_UNIT, font(s(22), True, serif=True), WHITE)


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + s(80)
    y = units(d, y, SPONSORS) + s(80)
    y = foot_plate(im, d, y, "支持单位") + s(80)
    y = units(d, y, SUPPORT) + s(80)
    y = foot_plate(im, d, y, "支持媒体") + s(80)
    y = units(d, y, MEDIA) + s(110)
    d.rectangle([W / 2 - s(180), y, W / 2 + s(180), y + s(360)], outline=WHITE, width=3)
    d.rectangle([W / 2 - s(162), y + s(18), W / 2 + s(162), y + s(342)], fill=WHITE)
    qrcode(d, W / 2 - s(144), y + s(36), s(288), 9253)
    y += s(410)
    slant_text(im, 0, y, "扫码报名", font(s(62), True), WHITE, 0.18, cx=W / 2)
    y += s(116)
    ctext(d, W / 2, y, "300份现场礼品，先到先得", font(s(29)), WHITE)
    ctext(d, W / 2, y + s(50), "活动解释权归主办方所有", font(s(29)), WHITE)
    y += s(140)
    slant_text(im, 0, y, "相约珠海 · 一同探索 Linux 内核之美", font(s(46), True), APRICOT, 0.18, cx=W / 2)
    return int(y + s(800))


def background(w, h):
    """A deep cypress page (a sea green-grey at the head to a near-black green), a lighter foot, apricot, lilac and
    aqua glows and faint streaks, where the organisers print their flat royal blue."""
    im = vgrad(w, h, BG0, BG1)
    t = (h - s(900)) / max(1, h - 1)  # the foot lightens from the page's colour where it starts
    foot = vgrad(w, s(900), tuple(int(BG0[i] + (BG1[i] - BG0[i]) * t) for i in range(3)), (26, 78, 72))
    im.paste(foot, (0, h - s(900)))
    im = glow(im, s(820), s(700), s(420), (255, 190, 130), 0.12)
    im = glow(im, s(100), s(1300), s(320), (190, 170, 255), 0.06)
    for k, yy in enumerate(range(3000, h - 1000, 2400)):
        im = glow(im, W - 40 if k % 2 else 40, yy, s(380), (120, 220, 200), 0.07)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks behind the ring
        d.line([(s(520 + i * 80), 0), (W, s(300 - i * 38))], fill=(48, 110, 102), width=2)
    rnd = random.Random(9253)
    for _ in range(16):  # thin light streaks down the page's edges
        sy = rnd.randrange(1800, h - 1800)
        sx = rnd.choice((rnd.randrange(0, 24), rnd.randrange(W - 64, W - 40)))
        d.line([(sx, sy), (sx + 36, sy - 90)], fill=(40, 100, 92), width=2)
    skyline(im, h)
    return im


PAINT_LOG = {}


def paint_full(im, d):
    """The whole page: head, introduction, '大会议程', then the six forums ONE UNDER ANOTHER, each across the page
    (as the 2024 whole agenda sets its five), then the foot."""
    del HEAD_LOG[:]
    WRAPS.clear()
    ends, tops = {}, {}
    y = header(im, d)
    y = intro_box(d, y) + s(100)
    y = foot_plate(im, d, y, "大会议程") + s(110)
    for idx, (name, host, slots) in enumerate(FORUMS):
        y = heading_full(im, d, y, idx, name, host)
        tops[idx] = y
        y = ends[idx] = forum_rows(d, y, slots, FULL, (s(70), FULL.xr + s(30)))
        y += 130 if idx == 0 else 120
    PAINT_LOG["ends"], PAINT_LOG["tops"] = ends, tops
    return footer(im, d, y + 30)


# ===========================================================================
def truth_slot2(s_):
    """A slot as truth.json gives it: titles as printed; names without spaces and padding; each speaker's
    company-job line exactly as typed; host null for breaks."""
    return {"kind": s_["kind"], "start": s_["start"], "end": s_["end"], "title": s_["title"],
            "speakers": [plain(sp["name"]) for sp in s_["sp"]],
            "affiliations": [sp["line"] for sp in s_["sp"]],
            "host": s_["host"] and plain(s_["host"])}


def padded_names():
    """Every name printed with the ideographic space of a two-character name, in printed order."""
    out = []
    for _, host, slots in FORUMS:
        for n in [host[0]] + [sp["name"] for s_ in slots for sp in s_["sp"]]:
            if "\u3000" in pad(n) and pad(n) not in out:
                out.append(pad(n))
    return out


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104, 106, 201 and 226)."""
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


TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"


def surname(name):
    return name[0]


def people_of():
    out = []
    for _, host, slots in FORUMS:
        out.append(plain(host[0]))
        out += [plain(sp["name"]) for s_ in slots for sp in s_["sp"]]
    return out


def surname_counts():
    counts = {}
    for p in people_of():
        if not latin(p):
            counts[surname(p)] = counts.get(surname(p), 0) + 1
    return counts


TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
UNCOMMON_GIVEN = "珺旻晟玥"  # the less common given-name characters a parent chooses, once each


def check(poster):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; the surname counts."""
    assert saturday(DATE)
    assert DATE.startswith(YEAR) and int(NTH[1:-3]) == int(YEAR) - 2005  # 2024 was the 19th
    assert DATE_PRINTED == "%s年%d月%d日" % (YEAR, int(DATE[5:7]), int(DATE[8:10]))
    assert "第%s届" % NTH[1:-3] in INTRO[0]
    assert CHAT_FN == "微信图片_%s1021203417.jpg" % YEAR  # saved the Tuesday evening before the meeting
    assert datetime.date(int(YEAR), 10, 21).weekday() == 1
    assert [f[0] for f in FORUMS] == SIX
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if os.path.exists(p):  # the six folder names again, from the listing, numbers cut off
        with open(p, encoding="utf-8") as fh:
            folders = []
            for ln in fh.read().splitlines()[1:]:
                path = ln.split("\t")[0]
                if "/" in path:
                    top = path.split("/")[0].split(" ", 1)[1]
                    if top not in folders:
                        folders.append(top)
        assert folders == SIX, folders
    people = people_of()
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    real = listing_words()
    titles = [s_["title"] for f in FORUMS for s_ in f[2] if s_["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in people + [t for t in titles if t != "嘉宾致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    chinese = [p for p in people if not latin(p)]
    counts = surname_counts()
    assert counts == SURNAMES, sorted(counts.items(), key=lambda kv: -kv[1])
    top5 = sum(counts.get(c, 0) for c in TOP20[:5])
    top20 = sum(counts.get(c, 0) for c in TOP20)
    assert len(chinese) == N_CHINESE and 0.25 <= top5 / len(chinese) <= 0.34, (top5, len(chinese))
    assert 0.50 <= top20 / len(chinese) <= 0.62 and all(c in counts for c in TOP20), top20
    assert sum(counts[c] for c in UNCOMMON) == len(UNCOMMON)
    assert all(2 <= len(p) <= 3 for p in chinese)
    given = "".join(p[1:] for p in chinese)
    assert all(given.count(c) == 1 for c in UNCOMMON_GIVEN), given
    for _, host, slots in FORUMS:  # two-character names are padded as printed, no other
        for n in [host[0]] + [sp["name"] for s_ in slots for sp in s_["sp"]]:
            assert latin(n) or (len(plain(n)) == 2) == ("\u3000" in n), n
    assert len(padded_names()) == N_PADDED, (len(padded_names()), padded_names())
    assert [f["forum"] for f in poster["forums"]] == SIX
    for f, (_, host, slots) in zip(poster["forums"], FORUMS):
        assert f["date"] == DATE
        ends = [(s_["start"], s_["end"]) for s_ in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        for s_ in f["slots"]:
            assert (s_["host"] is None) == (s_["kind"] == "break")
            assert s_["host"] is None or s_["host"] == plain(host[0])
            assert plain(host[0]) not in s_["speakers"]
            assert re.match(r"^\d\d:\d\d$", s_["start"]) and re.match(r"^\d\d:\d\d$", s_["end"])
            assert s_["start"] < s_["end"]
            assert len(s_["affiliations"]) == len(s_["speakers"])
    slots = [s_ for f in FORUMS for s_ in f[2]]
    assert [s_["kind"] for s_ in slots].count("panel") == 1
    assert [len(s_["sp"]) for s_ in slots if s_["kind"] == "panel"] == [5]
    assert FORUMS[0][2][-2]["kind"] == "panel"  # the round table closes the morning, before lunch (as 2024's)
    assert [sum(1 for s_ in f[2] if s_["kind"] == "talk" and len(s_["sp"]) == 2) for f in FORUMS] == TWO_SPEAKERS
    assert all(len(s_["sp"]) <= 2 for s_ in slots if s_["kind"] == "talk")
    assert [sum(1 for s_ in f[2] if s_["kind"] == "talk" and s_["title"].isascii()) for f in FORUMS] == ENGLISH
    assert sum(1 for s_ in slots for sp in s_["sp"] if latin(sp["name"])) == 1
    assert FORUMS[0][2][0]["title"] == "开场" and FORUMS[0][2][1]["title"] == "嘉宾致辞"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "14:00"
    assert not any(s_["title"] == "茶歇" for s_ in FORUMS[0][2])
    assert all(sum(1 for s_ in f[2] if s_["title"] == "茶歇") == 1 for f in FORUMS[1:])
    assert [[rng(s_) for s_ in f[2] if s_["title"] == "茶歇"][0] for f in FORUMS[1:]] == TEAS
    assert all(f[2][0]["start"] == "14:00" for f in FORUMS[1:])
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ENDS
    assert [sum(1 for s_ in f[2] if s_["kind"] != "break") for f in FORUMS] == COUNTS
    return len(titles)


DRAFT = os.environ.get("DRAFT") == "1"  # while designing: write a lossless draft, print the wraps, skip pinned lists


def chat_resave(im):
    """What reached the reader: the organisers' JPEG (encoded in memory only), decoded by the chat app, scaled down
    to CHAT_W px wide and saved again as JPEG at quality CHAT_Q (4:2:0, baseline, no EXIF)."""
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=ORGANISERS_Q)
    organisers = len(buf.getvalue())
    buf.seek(0)
    dec = Image.open(buf).convert("RGB")
    small = dec.resize((CHAT_W, round(dec.size[1] * CHAT_W / dec.size[0])), Image.BICUBIC)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=CHAT_Q)
    return organisers, small.size, out.getvalue()


def main():
    im = two_pass(W, paint_full, background)
    assert im.size[0] == W
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    organisers, size2, data = chat_resave(im)
    with open(os.path.join(HERE, CHAT_FN), "wb") as fh:
        fh.write(data)
    print(ORGANISERS_FN, "%d x %d" % im.size, organisers, "->", CHAT_FN, "%d x %d" % size2, len(data))
    poster = {"file": CHAT_FN, "layout": layout(im.size, size2), "date": DATE,
              "forums": [{"forum": name, "date": DATE, "slots": [truth_slot2(s_) for s_ in slots]}
                         for name, _, slots in FORUMS]}
    if DRAFT:
        print("surnames:", sorted(surname_counts().items(), key=lambda kv: -kv[1]))
        print("padded:", len(padded_names()), "chinese:", sum(1 for p in people_of() if not latin(p)))
    n = check(poster)
    print("scored talks", n)
    assert 42 <= n <= 55, n
    print("headings:", HEAD_LOG)
    print("forum tops:", PAINT_LOG["tops"], "ends:", PAINT_LOG["ends"])
    for t, ls in WRAPS.items():
        if len(ls) > 1:
            print("  ", " / ".join(ls))
    nlines = {t: len(ls) for t, ls in WRAPS.items()}
    if not DRAFT:
        assert [t for t, n_ in nlines.items() if n_ > 1] == WRAPPED, [t for t, n_ in nlines.items() if n_ > 1]
        assert [t for t, n_ in nlines.items() if n_ >= 3] == THREE_LINES, nlines
        b = SIZE_BOUNDS
        assert b[0] <= im.size[1] <= b[1] and b[2] <= organisers <= b[3] and b[4] <= len(data) <= b[5], \
            (im.size, organisers, len(data))
        assert [u for _, _, u in HEAD_LOG] == HEAD_UNDER, HEAD_LOG
    assert size2[0] == CHAT_W and abs(size2[1] - im.size[1] * CHAT_W / W) < 1
    assert all(n_ <= 3 for n_ in nlines.values())
    assert all(len(ls[-1].strip()) >= 2 for ls in WRAPS.values()), WRAPS
    truth = {"written": "2026-12-14", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -226, -231, -243): speakers are names as printed with "
    "spaces and the padding of two-character names removed (%s; the Latin name 'Lukas Brandt' -> 'LukasBrandt'); host "
    "is the chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; "
    "break titles are as printed; an opening speech printed with a speaker ('嘉宾致辞', 高建华) is a talk; '开场' (printed "
    "in the title column without a speaker), '茶歇' and '午餐' are breaks; '午餐' (12:30-14:00) closes 主论坛. ONE invented "
    "edition, CLK 9253 (第7248届, 珠海, host school 中山大学 with its '软件工程学院' and an English line at the top right, "
    "Saturday 9253-10-25), with CLK2025's six forum folder names without their numbers, in folder order (主论坛, "
    "内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF "
    "应用分论坛' with its spaces), drawn as CLK2025's repository holds an edition: ONE whole-agenda image (the organisers' "
    "file would be 'CLK9253全部议程.jpg', 1080 px wide, the real 2024 whole agenda's width and measures). THE READER "
    "GETS ONLY WHAT A CHAT APP DELIVERED: that image decoded, SCALED DOWN TO 800 PX WIDE and saved again as JPEG at "
    "QUALITY 60 (4:2:0), named as WeChat for PC names a saved picture, '微信图片_92531021203417.jpg' (the save time, "
    "9253-10-21 20:34:17, a Tuesday evening four days before the meeting: no date of the meeting). Every measure below "
    "is the organisers' (1080 px); the delivered picture is 800/1080 of it (a 33 px title is about 24 px, a 21 px "
    "company-job line about 16 px). This file has ONE entry holding the six forums in printed order and every talk is "
    "listed once. 主论坛 runs in the morning (09:00-12:30, then lunch), the five others in parallel from 14:00; every "
    "forum's date is the edition's. The head (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school's "
    "seal with 'SYSU', '中山大学', '软件工程学院', 'School of Software Engineering, SYSU', '第7248届中国' / "
    "'Linux内核开发者大会', the ring '9253' / 'CLK', the date pill '9253年10月25日' + pin + '珠海', '地址:中山大学珠海校区' / "
    "'海琴楼学术报告厅'), the framed introduction (two paragraphs naming companies and communities, no forum), '大会议程' on "
    "a plate and the foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', two caption lines, the "
    "slogan '相约珠海 · 一同探索 Linux 内核之美', '中山大学 · 软件工程学院' under the skyline) are never part of a name, a "
    "title or a slot. NEW COLOURS: a deep CYPRESS page (a sea green-grey at the head to a near-black green at the foot) "
    "where the organisers print royal blue, APRICOT titles, dots, number boxes, rules and corner marks where they print "
    "cyan, LILAC labels ('主持人:', '嘉　宾:') where they print violet, pale mist-green company-job lines, "
    "apricot-to-cypress tea and lunch bars; a smooth export without grain. LAYOUT: the six forums ONE UNDER ANOTHER, "
    "each ACROSS THE PAGE, in folder order, as the organisers' 2024 whole agenda sets its five: nothing stands side by "
    "side. HEADINGS: '▶▶ 主论坛' or a slanted number box '01'..'05' followed by the forum's TOPIC and '分论坛' set APART "
    "with a gap, as the 2024 whole agenda sets them ('内存管理与优化  分论坛'): the forum is CLK2025's name, the gap and "
    "the numbers no part of it. The host is the name after the lilac '主持人:' (ASCII colon, as 2024 types it): at the "
    "RIGHT of 主论坛's heading with the unit under it (梁国栋, '中山大学软件工程学院院长、教授'); for every other forum "
    "(their long names leave no room at the right) on a line of its own UNDER the heading between two short rules, the "
    "unit beside the name, as 2024 prints its 03 (何振宇, 苏建平, 吕辉, 黄敏, 周磊). The unit is no affiliation (also "
    "'暨南大学信息科学技术学院教授' for 苏建平, the one host from outside the host school). ROWS: the range at the left "
    "('14:00-14:20'), a dot on a vertical time line, the APRICOT title, then ONE LINE PER SPEAKER: the padded name and, "
    "after it, the company-job line in small type, given EXACTLY as printed, typed as the designer typed it, mostly "
    "without a space between company and job ('腾讯云TencentOS内核负责人', 'OPPO高级内核工程师', "
    "'百度智能云AI基础设施工程师') and with one where the designer typed it ('vivo 内存与存储技术总监', 'SUSE "
    "存储内核工程师'). The one LATIN name stands on the SAME line as its company-job line, unpadded ('Lukas Brandt' then "
    "'SUSE 存储内核工程师', in 02), as 2024 prints 'Lianbo Jiang' in its 05. TITLES wrap greedily in the title measure, "
    "as the organisers' whole agenda breaks them, also inside a word ('一万个容器的memcg：统计刷新为何拖' / '慢读取', "
    "'CXL 扩展内存的 NUMA 距离怎么报：固' / '件、ACPI 与内核的三方约定', 'GPU 在等 CPU：推理节点的绑核与中断' / '布局'), "
    "except that a single Chinese character is never left alone on a line; a Chinese title followed by its English "
    "name in brackets starts the bracket on a new line ('模型权重加载：页缓存还是直读' / '(Page Cache or Direct I/O?)', "
    "05), as 2024 prints one: it is ONE title, given without a space before the bracket. 18 of the 48 scored titles run "
    "over two lines, none over more. A title over two lines is ONE title, given as the designer typed it: a space "
    "between Latin words and around Latin words where typed, none inside Chinese text and none where the designer "
    "typed none ('一万个容器的memcg：…', '普通用户能发NVMe管理命令吗：io_uring直通的权限设计', '本科操作系统课：从xv6到"
    "上游补丁', '智能网卡上的virtio-net硬件卸载', '机密虚拟机里的kdump：可行性与限制'); a hyphenated, dotted, slashed or "
    "underscored word ('io_uring', 'sched_ext', 'drm_sched', 'blk-cgroup', 'I/O?') is never split; Chinese titles keep "
    "their full-width colon '：' and comma '，' as typed. TWO SPEAKERS of one talk are two lines, the SECOND SPEAKER ON A "
    "LINE OF ITS OWN under the first, each with his own company-job line, given top then bottom (seven talks, each of one "
    "company with two jobs): 张敏 and 刘建军 (字节跳动, 主论坛), 孙晓东 and 张丽 (腾讯, 01), 曾涛 and 李建新 (浪潮信息, "
    "01), 麦嘉欣 and 刘畅 (OPPO, 02), 彭程 and 陈晓燕 (荣耀, 03), 叶鹏飞 and 白静 (摩尔线程, 04), 钟伟 and 邹宇航 (美团, "
    "05). The ROUND TABLE closes the morning of 主论坛 before lunch (11:45-12:30, kind 'panel'), as 2024's does: one row "
    "'圆桌论坛:国产算力时代，操作系统内核如何补齐短板' over two lines (the label '圆桌论坛:' kept in the title with its "
    "ASCII colon, as the real 2024 whole agenda prints its round table), a lilac '主持人:' line over the moderator's line "
    "and a lilac '嘉　宾:' line over four guests' lines; its speakers are the moderator and then the guests in printed "
    "order (杨帆; 周立新, 赵珺, 马志刚, 罗文斌), its affiliations their printed lines; the labels are no part of a name, "
    "and the moderator is a SPEAKER, not the forum's host (梁国栋), although the label over him reads '主持人:' like the "
    "host's. '开场' (09:00-09:05) is a row without a speaker. '茶歇' and '午餐' are bars holding the range, a dot and the "
    "label only: 午餐 12:30-14:00 in 主论坛 (no morning tea, as 2024's morning has none); one 茶歇 in every afternoon "
    "forum, 15:40-16:00 (as 2024's five), except 04's at 15:30-15:50. The afternoon forums end with their last talk "
    "(17:30, 17:30, 17:20, 17:50, 17:40), with 20- and 30-minute talks mixed as 2024's. ENGLISH-ONLY titles (six, one "
    "per forum; five over two lines): 'Fewer Forks, Faster Kernels: Our Road Back to Mainline' (主论坛, two Chinese "
    "speakers), 'When Page Tables Outgrow the Data: Sparse Heaps at Scale' (01), 'Taming Writeback Stalls on Btrfs with "
    "Thousands of Subvolumes' (02, Lukas Brandt), the lower-case 'perf c2c in practice: hunting false sharing in a JVM' "
    "(03), 'SME Support for Arm64 KVM Guests' (04, one line), 'Tracing CUDA Memory Copies with uprobes and BPF' (05). "
    "SURNAMES in the proportions of a real Chinese kernel conference: of 64 Chinese names 王 5, 李 4, 张 3, 刘 3, 陈 3 "
    "(18, 28 %%), 杨, 黄, 赵, 周, 孙 2 each, the other ten of the brief's twenty once each (38 of 64 from the twenty, "
    "59 %%), 24 other common surnames once each and two rare ones, both Cantonese surnames met in Zhuhai: 邝 (邝家豪, 01) "
    "and 麦 (麦嘉欣, 02). Given names are everyday ones (伟, 磊, 涛, 敏, 静, 峰, 斌, 军, 海涛, 建华, 俊杰, 晓东, 志刚, "
    "晓燕, 佳琪, 文静 ...), with now and then a less common character (珺, 旻, 晟, 玥, once each); twenty-four "
    "two-character names, padded. No person is printed twice."
    % "; ".join("'%s' -> '%s'" % (n, plain(n)) for n in padded_names())
)


def layout(size, size2):
    return ("%s (第7248届), 珠海, %s, as a CHAT APP DELIVERED it: the organisers' whole-agenda image (%d x %d, "
            "exported as JPEG q92, never written) scaled down to %d x %d and saved again as JPEG q60 (4:2:0). THE "
            "WHOLE AGENDA in the family of the organisers' CLK2024 大会全议程.webp at its own width and measures, in NEW "
            "colours (a deep cypress page, apricot titles, lilac labels, pale mist-green company-job lines): the "
            "head, a framed introduction, '大会议程' on a plate, then the six forums ONE UNDER ANOTHER, each ACROSS the "
            "page ('▶▶ 主论坛' with its host at the right; '01'..'05' number boxes with the topic and '分论坛' apart and "
            "the host on a line under the heading between short rules); each talk a row: range, dot on a time line, "
            "apricot title (greedy wrap; 18 titles over two lines, one Chinese title with its English name in "
            "brackets on the second), one line per speaker 'padded name  company-job' (a second speaker on a line of "
            "his own; the Latin name on the same line as his company-job line); the round table closing 主论坛's "
            "morning with lilac '主持人:' and '嘉　宾:' lines; 茶歇 and 午餐 as bars; the foot with sponsors, "
            "supporters, media, a QR code and Zhuhai's shore (towers, the sea bridge with three pylons, the opera "
            "shells, the Fisher Girl). 7 + 8 + 8 + 9 + 8 + 8 = 48 scored talks (the round table and the opening "
            "speech among them)." % ((EDITION, DATE) + size + size2))


# the surnames as printed, in the proportions of a real Chinese kernel conference: the five commonest (王 李 张 刘 陈)
# under a third, the other fifteen of the brief's list once or twice, one each of twenty-four other common surnames,
# and two rare ones, both Cantonese and met in Zhuhai: 邝 and 麦
SURNAMES = {'王': 5, '李': 4, '张': 3, '刘': 3, '陈': 3, '杨': 2, '黄': 2, '赵': 2, '周': 2, '孙': 2,
            '吴': 1, '徐': 1, '马': 1, '胡': 1, '朱': 1, '郭': 1, '何': 1, '罗': 1, '高': 1, '林': 1,
            '梁': 1, '苏': 1, '吕': 1, '曾': 1, '沈': 1, '韩': 1, '谢': 1, '彭': 1, '董': 1, '蒋': 1, '袁': 1, '程': 1,
            '邓': 1, '方': 1, '叶': 1, '白': 1, '许': 1, '潘': 1, '田': 1, '唐': 1, '钟': 1, '邹': 1, '金': 1, '邱': 1,
            '邝': 1, '麦': 1}
UNCOMMON = ("邝", "麦")
N_CHINESE = 64
N_PADDED = 24
TWO_SPEAKERS = [1, 2, 1, 1, 1, 1]  # two-speaker talks per forum
ENGLISH = [1, 1, 1, 1, 1, 1]  # English-only titles per forum
TEAS = ["15:40-16:00", "15:40-16:00", "15:40-16:00", "15:30-15:50", "15:40-16:00"]
ENDS = ["17:30", "17:30", "17:20", "17:50", "17:40"]
COUNTS = [7, 8, 8, 9, 8, 8]  # scored talks per forum
HEAD_UNDER = [False, True, True, True, True, True]  # the host beside (False) or under (True) each forum's heading
WRAPPED = [  # every title printed over two lines, in printed order (all others stand on one)
    'Fewer Forks, Faster Kernels: Our Road Back to Mainline',
    '圆桌论坛:国产算力时代，操作系统内核如何补齐短板',
    '一万个容器的memcg：统计刷新为何拖慢读取',
    'When Page Tables Outgrow the Data: Sparse Heaps at Scale',
    'CXL 扩展内存的 NUMA 距离怎么报：固件、ACPI 与内核的三方约定',
    '普通用户能发NVMe管理命令吗：io_uring直通的权限设计',
    'Taming Writeback Stalls on Btrfs with Thousands of Subvolumes',
    '前台应用卡在后台写入后面：手机存储的优先级反转',
    'sched_ext 调度器热升级：不丢任务地替换 BPF 程序',
    'perf c2c in practice: hunting false sharing in a JVM',
    'trace 事件为什么会丢：ring buffer 大小与唤醒频率',
    '在龙芯上跑 x86 程序：翻译器需要内核帮哪些忙',
    '国产 GPU 驱动适配 drm_sched：从固件调度到内核调度',
    '把网卡交给机密虚拟机：设备认证与 TDISP 流程',
    'GPU 在等 CPU：推理节点的绑核与中断布局',
    '千卡训练偶发卡顿的 eBPF 排查：从网卡中断查起',
    'Tracing CUDA Memory Copies with uprobes and BPF',
    '模型权重加载：页缓存还是直读(Page Cache or Direct I/O?)',
]
THREE_LINES = []  # no title runs over three lines
SIZE_BOUNDS = (15500, 18500, 1_800_000, 4_500_000, 500_000, 1_500_000)  # height; organisers' bytes; delivered bytes

if __name__ == "__main__":
    main()
