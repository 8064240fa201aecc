"""Draw the hundred-and-sixty-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four screenshot parts and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 3631 (第1626届, 铜陵, 铜陵学院, Saturday 3631-10-25), with
CLK2025's six forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛,
硬件架构与异构计算分论坛, AI 基础设施与 eBPF 应用分论坛).  The organisers' image,
'CLK3631全部议程.jpg' (JPEG q85, 1080 px wide), follows their CLK2024 大会全议程.webp closely,
in its own colours (royal blue page, cyan titles, violet labels), the six forums one under
another across the page.  It is NOT delivered: what is delivered is what a reader passed on,
the image shown full-screen on a phone 1080 px wide (1:1) and taken as FOUR scrolling
screenshots, each with the phone's status bar on top, each starting a little above where
the previous one ended (a small overlap), saved as JPEG q80.

Started as a copy of posters-blind-139/draw.py (which has its helpers from set 112, and it
from sets 106, 104, 79, 66, 65, 62 and 59); the status bar is set 140's.  See README.md.
"""
import io
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
# ===========================================================================
# CLK 3631 (第1626届), 铜陵, 铜陵学院, Saturday 3631-10-25.  主论坛 in the morning (09:00-14:00, lunch included),
# the five other forums in parallel in the afternoon from 14:00, as in 2024.
EDITION = "CLK 3631"
YEAR = "3631"
NTH = "第1626届中国"  # 2024 was the 19th: 3631 - 2005
DATE = "3631-10-25"
DATE_PRINTED = "3631年10月25日"
CITY = "铜陵"
SCHOOL = "铜陵学院"
SCHOOL_UNIT = "数学与计算机学院"
SCHOOL_EN = "School of Mathematics and Computer Science, Tongling University"
SCHOOL_MARK = "TONGLING UNIVERSITY"
HALL = "铜陵学院翠湖校区 图书馆一楼学术报告厅"  # printed over two lines, broken at the space
POSTER_FN = "CLK3631全部议程.jpg"  # the organisers' file: drawn in memory only (KEEP=1 keeps it in tmp/)


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return S(name, None, None, None, line=line)


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


H0, H1, H2, H3, H4, H5 = "汪晓东", "周雪梅", "赵海帆", "胡建军", "杨宏伟", "吴文睿"
FORUMS = [
    ("主论坛", (H0, "铜陵学院数学与计算机学院院长、教授"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [P("刘建伟", "铜陵学院副校长")], H0),
        T("09:20", "09:50", "国产算力底座上的 Linux 内核：十年演进与下一个十年",
          [P("李海涛", "华为openEuler首席架构师")], H0),
        T("09:50", "10:20", "Rust in the Linux Kernel: From Experiments to Shipping Drivers",
          [P("Johan Ekberg", "Collabora 首席软件工程师")], H0),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "手机内核长期稳定性治理：从线上 Crash 到根因闭环",
          [P("张文杰", "OPPO内核稳定性专家"), P("陈俊昊", "OPPO高级内核工程师")], H0),
        T("11:05", "11:35", "龙架构四路服务器上的中断与 NUMA 绑定", [P("梁文航", "龙芯中科内核研发部副经理")], H0),
        PANEL("11:35", "12:15", "从课堂到邮件列表：内核新人成长路径上的断点与接力",
              [P("杨建敏", "阿里云 OpenAnolis 龙蜥社区理事"),
               P("王丽萍", "麒麟软件内核研发部总监"),
               P("黄　晨", "统信软件内核研发经理"),
               P("郑子豪", "中国科学院软件研究所副研究员"),
               P("瞿文斌", "铜陵学院数学与计算机学院副教授")], H0),
        B("12:15", "14:00", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "铜陵学院数学与计算机学院副教授"), [
        T("14:00", "14:20", "大页碎片化对数据库延迟的影响与调优", [P("吴　俊", "字节跳动内核工程师")], H1),
        T("14:20", "14:40", "memcg 级别的内存压力感知与主动回收", [P("李思雨", "阿里云内核工程师")], H1),
        T("14:40", "15:00", "Tracking Page Cache Misses with folio Tracepoints", [P("孙文哲", "腾讯云高级工程师")], H1),
        T("15:00", "15:20", "CXL 内存扩展在 Redis 集群中的分层部署",
          [P("马　斌", "美团基础研发平台内核工程师"), P("高雅婷", "美团存储系统工程师")], H1),
        T("15:20", "15:40", "线上 slab 泄漏的现场保全与分钟级定位", [P("韩志帆", "百度智能云内核工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "NUMA Balancing on ARM64 Servers", [P("谢　冬", "华为鲲鹏内核工程师")], H1),
        T("16:30", "17:00", "高密度虚机场景下 KSM 的收益与开销平衡",
          [P("许嘉婷", "中国移动云能力中心虚拟化工程师")], H1),
        T("17:00", "17:30", "低内存手机上 LMKD 与内核回收的协同", [P("曾　磊", "vivo内存管理专家")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "铜陵学院数学与计算机学院教授"), [
        T("14:00", "14:20", "XFS online repair 上线前我们做了哪些破坏性测试", [P("何　明", "网易数帆存储内核工程师")], H2),
        T("14:20", "14:40", "对象存储网关改用 io_uring 后的尾延迟", [P("王宇航", "快手存储系统工程师")], H2),
        T("14:40", "15:00", "家用 NAS 上 Btrfs 掉电一致性的长期测试", [P("冯晓晨", "绿联科技NAS系统工程师")], H2),
        T("15:00", "15:20", "NVMe 热插拔与 PCIe 错误恢复的内核处理流程分析",
          [P("罗　伟", "浪潮信息存储驱动工程师"), P("张　婷", "浪潮信息固件开发工程师")], H2),
        T("15:20", "15:40", "Reducing fsync Latency on Ext4", [P("邓　杰", "小米存储内核工程师")], H2),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "FUSE passthrough 降低镜像懒加载读放大", [P("彭　敏", "蚂蚁集团容器存储工程师")], H2),
        T("16:30", "17:00", "BFQ 与 mq-deadline 在手机上的对比测试", [P("刘　磊", "荣耀终端存储性能工程师")], H2),
        T("17:00", "17:30", "dm-verity 启动耗时优化：从哈希树预读到并行校验", [P("袁文航", "中兴通讯操作系统安全工程师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "铜陵学院电气工程学院副院长"), [
        T("14:00", "14:20", "把 sched_ext 调度器推上生产的三个月", [P("李泽楷", "腾讯TencentOS调度工程师")], H3),
        T("14:20", "14:40", "Where Do the Cycles Go? Spinlock Hold Times on 192-Core Hosts",
          [P("陈浩然", "英特尔开源技术中心软件工程师")], H3),
        T("14:40", "15:10", "ftrace 在实时性问题排查中的实战案例",
          [P("郭　斌", "蔚来汽车操作系统工程师"), P("董佳怡", "蔚来汽车系统软件工程师")], H3),
        T("15:10", "15:40", "大小核手机上 uclamp 与负载追踪的协同", [P("张　超", "vivo调度与功耗专家")], H3),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "工业网关上 PREEMPT_RT 的长时抖动画像", [P("宋　静", "中国科学技术大学博士研究生")], H3),
        T("16:30", "17:00", "用 fprobe 构建低开销的线上诊断工具", [P("林志刚", "京东零售基础架构工程师")], H3),
        T("17:00", "17:30", "混部场景下的 CPU 隔离与 SMT 干扰分析", [P("蒯俊晨", "携程高级运维开发工程师")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "安徽大学计算机科学与技术学院副教授"), [
        T("14:00", "14:20", "MPAM 缓存与带宽分区的隔离效果实测", [P("唐　勇", "华为云虚拟化工程师")], H4),
        T("14:20", "14:40", "RISC-V 上 IMSIC 中断文件的 KVM 直通支持", [P("王志伟", "中国科学院计算技术研究所助理研究员")], H4),
        T("14:40", "15:00", "Booting Realms: Getting Arm CCA Guests Ready for Production",
          [P("徐　瑞", "Arm高级软件工程师")], H4),
        T("15:00", "15:20", "CSV3 机密虚机热迁移：海光平台上的内核改动与代价",
          [P("潘　杰", "海光信息系统软件工程师"), P("蒋雨晴", "海光信息安全架构师")], H4),
        T("15:20", "15:40", "PCIe SR-IOV 网卡在 DPU 场景的驱动适配", [P("肖　涛", "云豹智能驱动开发工程师")], H4),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "端侧 NPU 驱动走向 accel 框架：缓冲区共享与电源管理", [P("黄思航", "寒武纪驱动软件工程师")], H4),
        T("16:30", "17:00", "CXL Type 3 设备的毒化内存上报与隔离路径", [P("曹建平", "澜起科技系统软件工程师")], H4),
        T("17:00", "17:30", "APX 扩展寄存器带来的 XSAVE 上下文开销", [P("李浩鹏", "英特尔x86内核工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "铜陵学院数学与计算机学院副院长"), [
        T("14:00", "14:20", "大模型推理服务的内核网络栈延迟剖析", [P("张一凡", "百度智能云AI基础设施工程师")], H5),
        T("14:20", "14:40", "万级 Pod 集群中 eBPF 网络策略的 map 规模与更新时延", [P("陈　鹏", "DaoCloud网络工程师")], H5),
        T("14:40", "15:00", "Observing RDMA Traffic in Training Clusters with eBPF", [P("赵　辉", "字节跳动AI基础设施工程师")], H5),
        T("15:00", "15:20", "训练作业按 PCIe 拓扑绑核的收益分析",
          [P("刘雨佳", "阿里云PAI平台工程师"), P("周　建", "阿里云异构计算工程师")], H5),
        T("15:20", "15:40", "谁能加载这个程序？BPF 签名与加载审计的落地", [P("沈　剑", "奇安信内核安全研究员")], H5),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "XDP 在 DDoS 防护网关中的应用与调优", [P("王俊峰", "腾讯云网络安全工程师")], H5),
        T("16:30", "17:00", "在 BPF arena 里放一个无锁队列：内核与用户态零拷贝共享", [P("钟　雨", "小红书基础架构工程师")], H5),
        T("17:00", "17:30", "GPU 服务器 PCIe P2P 与 RDMA 的内核配置", [P("朱子琳", "商汤科技大装置系统工程师")], H5),
    ]),
]
SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]

SPONSORS = ["铜陵学院", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "vivo", "OPPO", "龙芯中科", "海光信息", "麒麟软件",
            "统信软件", "蚂蚁集团"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "安徽省计算机学会", "铜陵市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"]
# names of real speakers and hosts read on the real posters: the union of the lists of sets 120 to 123 and 125 to
# 128, as set 133's draw.py holds it (copied through set 139); my own crops of CLK2024/大会全议程.webp showed no name
# outside it.  The listings' names and deck titles are checked in check().
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
# the colours: the organisers' own 2024 ROYAL BLUE page, CYAN titles, VIOLET labels, pale blue company-job lines
CYAN = (72, 226, 255)
PALE = (186, 204, 248)  # the company-job lines and small print
VIOLET = (206, 98, 255)  # '主持人:' and '嘉　宾:'
LINE = (96, 168, 250)  # the time line
HOLE = (6, 52, 214)  # the hole of a pin
BG0, BG1 = (3, 46, 222), (1, 33, 192)
BOX = (24, 82, 232)  # the introduction's box
NUMBOX = (70, 200, 255)  # the number boxes
W = 1080  # the 2024 whole agenda's own width
K = 1.0  # its measures as they are (set 139 painted them x 1.15 at 1242 px)


def s(v):
    return round(v * K)


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, a broad arc and small satellites round a disc holding the year
    over 'CLK' (set 112's, recoloured in the organisers' cyan and white)."""
    for r, col, wd in [(s(200), (40, 120, 240), 3), (s(160), (80, 200, 255), 6), (s(118), (170, 236, 255), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - s(240), cy - s(150), cx + s(240), cy + s(150)], 200, 340, fill=(80, 200, 255), width=9)
    d.ellipse([cx - s(78), cy - s(78), cx + s(78), cy + s(78)], fill=(30, 110, 240), outline=(170, 236, 255), width=4)
    ctext(d, cx, cy - s(52), YEAR, font(s(22), True), (210, 244, 255))
    ctext(d, cx, cy - s(30), "CLK", font(s(56), True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + s(230) * math.cos(math.radians(ang)), cy + s(140) * math.sin(math.radians(ang))
        d.ellipse([sx - s(20), sy - s(20), sx + s(20), sy + s(20)], fill=(20, 80, 230), outline=(170, 236, 255),
                  width=3)


def seal(d, x, y, r, fill):
    """The school's round seal (an open book under a star)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.line([(x - r / 2.2, y + r / 4), (x, y + r / 2.6), (x + r / 2.2, y + r / 4)], fill=fill, width=2)
    d.line([(x - r / 2.2, y - r / 10), (x, y + r / 20), (x + r / 2.2, y - r / 10)], fill=fill, width=2)
    d.line([(x, y + r / 20), (x, y + r / 2.6)], fill=fill, width=2)
    d.ellipse([x - 3, y - r / 2.2 - 3, x + 3, y - r / 2.2 + 3], fill=fill)


def ridge(d, base, pts, fill):
    """A hill ridge (Tongling's Tongguan Shan behind the town) as a filled polygon down to base."""
    d.polygon([(pts[0][0], base)] + pts + [(pts[-1][0], base)], fill=fill)


def header(im, d):
    """The head: logo lines, the school with its college and English name, the slanted edition title, a dashed
    rule, the ring, the date pill with a pin, the address ('地址:' inline, the hall over two lines, as the 2024
    whole agenda prints it), faint hills and towers behind."""
    rnd = random.Random(36311)
    for i in range(9):  # faint towers behind the head, as the 2024 head shows its city
        hx = s(40 + i * 50)
        top = s(960 - (i * 53) % 130)
        d.rectangle([hx, top, hx + s(36), s(1080)], outline=(36, 92, 236), width=2)
        for wy in range(top + 14, s(1070), 26):
            d.line([(hx + 8, wy), (hx + s(36) - 8, wy)], fill=(30, 84, 232), width=2)
    ridge(d, s(1090), [(0, s(1010)), (s(120), s(950)), (s(230), s(990)), (s(360), s(930)), (s(470), s(1000)),
                       (s(560), s(1090))], (14, 62, 226))
    logo_lines(d, s(60), s(56), WHITE, CYAN, 1.15 * K)
    seal(d, s(652), s(84), s(32), WHITE)
    d.text((s(700), s(44)), SCHOOL, font=font(s(34), True, serif=True), fill=WHITE)
    d.text((s(700), s(90)), SCHOOL_UNIT, font=font(s(22), True), fill=WHITE)
    ef = font(s(10))
    d.text((s(700), s(122)), fits(d, SCHOOL_EN, ef, W - s(700) - 30), font=ef, fill=PALE)
    for _ in range(70):  # particles over the head
        px, py = rnd.randrange(s(560), W - 20), rnd.randrange(s(160), s(520))
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(200, 236, 255))
    ring_graphic(d, s(820), s(700))
    slant_text(im, s(70), s(262), NTH, font(s(92), True), WHITE, 0.16)
    slant_text(im, s(70), s(384), "Linux内核开发者大会", font(s(88), True), (214, 246, 255), 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(s(90 + i * 18), s(530)), (s(100 + i * 18), s(530))], fill=CYAN, width=5)
    d.line([(s(560), s(530)), (s(640), s(510))], fill=CYAN, width=3)
    pf = font(s(34), True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + s(100)
    x0, y0, x1, y1 = s(80), s(630), s(80) + pw, s(698)
    c = s(14)
    d.polygon([(x0 + c, y0), (x1, y0), (x1, y1 - c), (x1 - c, y1), (x0, y1), (x0, y0 + c)], fill=(10, 58, 226),
              outline=CYAN, width=3)
    d.line([(x0 + s(120), y0 - 5), (x1 - s(120), y0 - 5)], fill=CYAN, width=5)
    d.line([(x0 + s(120), y1 + 5), (x1 - s(120), y1 + 5)], fill=CYAN, width=5)
    d.text((x0 + s(26), y0 + s(10)), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + s(26) + tw(d, DATE_PRINTED, pf) + s(10)
    pin(d, px, y0 + s(18), CYAN, 1.1 * K)
    d.text((px + s(30), y0 + s(10)), CITY, font=pf, fill=WHITE)
    af = font(s(36), True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= s(600) for ln in lines), lines
    y = s(780)
    for ln in lines:
        d.text((s(84), y), ln, font=af, fill=WHITE)
        y += s(56)
    return s(1120)


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)举办至今已第1626届，由清华大学、华为、阿里云、腾讯云、"
         "字节跳动、vivo、OPPO、龙芯中科、海光信息、麒麟软件、统信软件、蚂蚁集团等单位发起，以“自由 协作 创新”为理念，"
         "以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。每届线下参会人数逾500人，是国内 "
         "Linux 内核领域颇有影响力的峰会之一，诚邀广大 Linux 开发者和爱好者参加本次大会。",
         "本次大会由铜陵学院承办，openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、安徽省计算机学会、铜陵市科学技术协会、"
         "CSDN 等单位共同支持。"]


def intro_box(d, y):
    """A lighter box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = s(60), W - s(60)
    f = font(s(25))
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - s(150), bx1 - bx0 - s(100)]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * s(48) + s(100)
    d.rectangle([bx0, y, bx1, y + h], fill=BOX, outline=(90, 170, 250), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + s(60) * sx, cy - 6 * sy)], fill=CYAN, width=9)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + s(60) * sy)], fill=CYAN, width=9)
    yy = y + s(50)
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (s(100) if i == 0 else s(50)), yy), ln, font=f, fill=WHITE)
            yy += s(48)
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a cyan-to-blue bar with a cut corner, a streak under it and the word in leaning white type."""
    w, h = s(560), s(90)
    x0 = W / 2 - w / 2
    hgrad(d, x0 - s(110), y + s(54), x0 + s(200), y + s(64), (20, 70, 230), (90, 220, 255))
    hgrad(d, x0, y, x0 + w, y + h, (70, 210, 255), (10, 90, 236))
    d.polygon([(x0 + w - s(30), y), (x0 + w, y), (x0 + w, y + s(30))], fill=BG1)
    d.line([(x0 + w - s(100), y - s(14)), (x0 + w + s(90), y - s(14))], fill=(150, 232, 255), width=7)
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


FULL = G(106, 336, 382, 982, 31, 30, 42, 29, 19, 105, 43, 25, 44, 52, 35)  # taken on the real picture


HEAD_LOG = []  # (forum, heading size, host under?) of every heading painted


def number_box(im, d, x, y, idx, k):
    """The slanted number box '01'..'05' (cyan, the numeral in the page's blue) with its white corner stroke."""
    d.polygon([(x + 14 * k, y + 6 * k), (x + 104 * k, y + 6 * k), (x + 90 * k, y + 80 * k), (x, y + 80 * k)],
              fill=NUMBOX, outline=(190, 244, 255), width=2)
    d.line([(x + 2 * k, y - 8 * k), (x + 40 * k, y - 8 * k)], fill=WHITE, width=max(3, round(6 * k)))
    d.line([(x + 2 * k, y - 8 * k), (x - 6 * k, y + 30 * k)], fill=WHITE, width=max(3, round(6 * k)))
    slant_text(im, x + 16 * k, y + 6 * k, "%02d" % idx, font(round(48 * k), True), (8, 56, 206), 0.2)
    return x + 132 * k


HEAD_INK = (176, 244, 255)  # the leaning heading type (2024 fades it from cyan to white)


def heading_full(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box and the topic and '分论坛' in leaning type; the host at the right with the unit
    under it, or, where the heading leaves no room, on a line of its own under it between two rules (as 2024)."""
    g = FULL
    x = s(70)
    if idx == 0:
        for j in range(2):
            d.polygon([(x + s(j * 30), y + s(22)), (x + s(j * 30 + 26), y + s(44)), (x + s(j * 30), y + s(66))],
                      fill=CYAN)
        x += s(64)
        x = slant_text(im, x, y - 4, name, font(s(62), True), HEAD_INK, 0.16)
        tb = d.textbbox((0, 0), name, font=font(s(62), True))
        LINES.append({"top": y - 4 + tb[1], "bottom": y - 4 + tb[3], "what": "heading", "key": CUR[0], "text": name})
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
        tb = d.textbbox((0, 0), topic_of(name) + "分论坛", font=f)
        LINES.append({"top": y + 2 + dy + tb[1], "bottom": y + 2 + dy + tb[3], "what": "heading", "key": CUR[0],
                      "text": topic_of(name) + "  分论坛"})
    hf, nf, uf = font(s(30), True), font(s(30)), font(s(17))
    label, who = "主持人:", pad(host[0])
    hw = tw(d, label, hf) + 8 + tw(d, who, nf)
    bw = max(hw, tw(d, host[1], uf))
    if x + s(30) + bw <= g.xr + s(20):
        hx = g.xr + s(20) - bw
        put(d, (hx, y + 4), label, hf, VIOLET, "host label")
        put(d, (hx + tw(d, label, hf) + 8, y + 4), who, nf, WHITE, "host")
        put(d, (hx, y + s(52)), host[1], uf, PALE, "host unit")
        under, y = False, y + s(104)
    else:
        y += s(100)
        lw = hw + s(20) + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - s(130), y + s(22)), (lx - s(20), y + s(22))], fill=PALE, width=2)
        d.line([(lx + lw + s(20), y + s(22)), (lx + lw + s(130), y + s(22))], fill=PALE, width=2)
        put(d, (lx, y), label, hf, VIOLET, "host label")
        put(d, (lx + tw(d, label, hf) + 8, y), who, nf, WHITE, "host")
        put(d, (lx + hw + s(20), y + s(10)), host[1], uf, PALE, "host unit")
        under, y = True, y + s(54)
    HEAD_LOG.append((name, size, under))
    hgrad(d, s(70), y, g.xr + s(30), y + s(12), (110, 222, 255), (20, 120, 238))
    return y + s(12) + s(56)


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
    too narrow; a Latin name on its own line with that line under it (as the organisers print a foreign speaker)."""
    nf, af = font(g.nf), font(g.af)
    off = round((g.nf - g.af) * 0.62)
    if latin(sp["name"]):
        put(d, (g.tt, y), sp["name"], nf, WHITE, "name")
        y += g.npitch - 6
        for ln in aff_lines(d, sp["line"], af, g.xr + g.over - g.tt):
            put(d, (g.tt, y), ln, af, PALE, "aff")
            y += g.apitch
        return y + 8
    name = pad(sp["name"])
    col = max(g.ncol, tw(d, name, nf) + 14)
    put(d, (g.tt, y), name, nf, WHITE, "name")
    lines = aff_lines(d, sp["line"], af, g.xr + g.over - g.tt - col)
    if len(lines) > 1:
        AFF_WRAPS[sp["name"]] = lines
    yy = y + off
    for ln in lines:
        put(d, (g.tt + col, yy), ln, af, PALE, "aff")
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
    """A talk: the range at the left, a dot on the time line, the cyan title (greedy wrap), one line per speaker.
    A round table adds the violet labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars (the range
    and the label); '开场' a row without a speaker."""
    rf = font(g.rf, True)
    if s_["kind"] == "break" and s_["title"] != "开场":
        hgrad(d, g.tx - 6, y - 6, g.xr, y + g.bar - 6, (52, 176, 252), (8, 60, 220))
        ty = y + (g.bar - 12 - g.rf) // 2 - 2
        assert tw(d, rng(s_), rf) <= g.lx - g.tx - 12, rng(s_)
        put(d, (g.tx, ty), rng(s_), rf, WHITE, "range")
        st["dots"].append((y + (g.bar - 12) // 2, WHITE))
        st["bars"].append((y - 6, y + g.bar - 6))
        put(d, (g.tt, ty - (g.tf - g.rf) // 2), s_["title"], font(g.tf, True), WHITE, "title")
        return y + g.bar + g.gap + 6
    assert tw(d, rng(s_), rf) <= g.lx - g.tx - 12, rng(s_)
    put(d, (g.tx, y + (g.tf - g.rf) // 2), rng(s_), rf, WHITE, "range")
    y0 = y
    tf = font(g.tf, True)
    tl = title_lines(d, s_["title"], tf, g.xr - g.tt)
    WRAPS[s_["title"]] = tl
    for ln in tl:
        put(d, (g.tt, y + 1), ln, tf, CYAN, "title")
        y += g.tp
    if s_["kind"] == "panel":
        lf = font(g.nf - 4, True)
        for k, group in enumerate((s_["sp"][:1], s_["sp"][1:])):
            y += 6
            put(d, (g.tt, y), "主持人:" if k == 0 else "嘉　宾:", lf, VIOLET, "label")
            y += g.npitch - 4
            for sp in group:
                y = person_line(d, y, sp, g)
    else:
        for sp in s_["sp"]:
            y = person_line(d, y, sp, g)
    st["dots"].append((y0 + g.tf * 0.72, CYAN))
    return y + g.gap


def forum_rows(d, y, slots, g, x_rule, fi):
    """A forum's rows, its time line (broken at the bars) with the dots over it, and the closing rule."""
    st = {"dots": [], "bars": []}
    top = y - 30
    for j, s_ in enumerate(slots):
        CUR[0] = (fi, j)
        y = agenda_row(d, y, s_, g, st)
    bars = st["bars"]
    last_is_bar = slots[-1]["kind"] == "break" and slots[-1]["title"] != "开场"
    for a, b in zip([top] + [e for _, e in bars], [t for t, _ in bars] + [y - 10]):
        if b > a and not (last_is_bar and a == bars[-1][1]):
            d.line([(g.lx, a), (g.lx, b)], fill=LINE, width=2)
    for cy, col in st["dots"]:
        d.ellipse([g.lx - 5, cy - 5, g.lx + 5, cy + 5], fill=col)
    hgrad(d, x_rule[0], y + 14, x_rule[1], y + 20, (20, 120, 238), (110, 222, 255))
    return y + 20


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with its seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(236, 244, 255), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + s(50), y + h / 2, s(24), WHITE)
        f = font(s(34), True, serif=True)
        d.text((x + s(86), y + s(10)), fits(d, SCHOOL, f, w - s(96)), font=f, fill=WHITE)
        sf = font(s(11), True)
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


def bridge(d, x0, x1, deck, col, k=1.0):
    """The Yangtze bridge at Tongling: a cable-stayed deck between two A-shaped pylons, fans of stays."""
    d.rectangle([x0, deck, x1, deck + 10 * k], fill=col)
    for px in (x0 + (x1 - x0) * 0.28, x0 + (x1 - x0) * 0.72):
        top = deck - 150 * k
        d.polygon([(px - 22 * k, deck + 40 * k), (px - 6 * k, top), (px + 6 * k, top), (px + 22 * k, deck + 40 * k),
                   (px + 12 * k, deck + 40 * k), (px, top + 40 * k), (px - 12 * k, deck + 40 * k)], fill=col)
        for j in range(1, 8):
            for sgn in (-1, 1):
                d.line([(px, top + 10 * k + j * 6 * k), (px + sgn * j * 26 * k, deck)], fill=col, width=2)


def skyline(im, h):
    """The foot: Tongling: Tongguan Shan, the river with the cable-stayed bridge, towers of the town, the school."""
    d = ImageDraw.Draw(im)
    base = h - 60
    ridge(d, base - 90, [(0, base - 250), (140, base - 330), (260, base - 270), (420, base - 360), (600, base - 260),
                         (760, base - 320), (900, base - 240), (W, base - 290)], (40, 118, 236))
    col, win = (70, 146, 242), (150, 200, 252)
    for bx, bw, bh in [(16, 84, 250), (108, 70, 320), (186, 86, 210), (820, 76, 300), (904, 90, 230),
                       (1000, 70, 280)]:
        d.rectangle([bx, base - 90 - bh, bx + bw, base - 90], fill=col)
        for wy in range(base - 90 - bh + 16, base - 110, 28):
            for wx in range(bx + 12, bx + bw - 14, 22):
                d.rectangle([wx, wy, wx + 9, wy + 13], fill=win)
    d.rectangle([0, base - 90, W, base - 40], fill=(56, 132, 240))  # the river
    for i in range(12):
        x = 30 + i * 90
        d.line([(x, base - 66), (x + 40, base - 66)], fill=(120, 190, 252), width=2)
    bridge(d, 250, 810, base - 110, (96, 166, 246))
    d.rectangle([0, base - 40, W, h], fill=(60, 136, 240))
    ctext(d, W / 2, h - 46, SCHOOL, font(22, True, serif=True), WHITE)


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + 80
    y = units(d, y, SPONSORS) + 80
    y = foot_plate(im, d, y, "支持单位") + 80
    y = units(d, y, SUPPORT) + 80
    y = foot_plate(im, d, y, "支持媒体") + 80
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 180, y, W / 2 + 180, y + 360], outline=WHITE, width=3)
    d.rectangle([W / 2 - 162, y + 18, W / 2 + 162, y + 342], fill=WHITE)
    qrcode(d, W / 2 - 144, y + 36, 288, 3631)
    y += 410
    slant_text(im, 0, y, "扫码报名", font(62, True), WHITE, 0.18, cx=W / 2)
    y += 116
    ctext(d, W / 2, y, "300份现场礼品，先到先得", font(29), WHITE)
    ctext(d, W / 2, y + 50, "活动解释权归主办方所有", font(29), WHITE)
    y += 140
    slant_text(im, 0, y, "铜都相聚 · 一同探索 Linux 内核之美", font(46, True), (150, 236, 255), 0.18, cx=W / 2)
    return int(y + 560)


def background(w, h):
    """The organisers' flat royal blue, a lighter head and foot, glows and faint streaks."""
    im = vgrad(w, h, BG0, BG1)
    foot = vgrad(w, 900, BG1, (24, 120, 216))
    im.paste(foot, (0, h - 900))
    im = glow(im, 820, 700, 420, (70, 200, 255), 0.30)
    im = glow(im, 100, 1300, 320, (60, 140, 255), 0.14)
    for k, yy in enumerate(range(3000, h - 1000, 2400)):
        im = glow(im, W - 40 if k % 2 else 40, yy, 380, (70, 190, 255), 0.10)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (W, 300 - i * 38)], fill=(40, 100, 240), width=2)
    rnd = random.Random(3631)
    for _ in range(14):  # thin light streaks down the page's edges
        sy = rnd.randrange(1800, h - 1800)
        sx = rnd.choice((rnd.randrange(0, 24), rnd.randrange(W - 64, W - 40)))
        d.line([(sx, sy), (sx + 36, sy - 90)], fill=(30, 86, 232), width=2)
    skyline(im, h)
    return grain(im, 3631, 0.010)


# Every printed line of the agenda is logged with the box of its glyphs on the poster, what it is and which slot it
# belongs to, so that the screenshots' edges can be placed and each slot given to the part that shows it.
LINES = []
CUR = [None]  # the (forum, slot) being painted


def put(d, xy, text, f, fill, what):
    d.text(xy, text, font=f, fill=fill)
    b = d.textbbox(xy, text, font=f)
    LINES.append({"top": b[1], "bottom": b[3], "what": what, "key": CUR[0], "text": text})


PAINT_LOG = {}
STATS = {}


def paint_full(im, d):
    del HEAD_LOG[:]
    del LINES[:]
    AFF_WRAPS.clear()
    WRAPS.clear()
    y = header(im, d)
    y = intro_box(d, y) + 100
    y = foot_plate(im, d, y, "大会议程") + 110
    for i, (name, host, slots) in enumerate(FORUMS):
        CUR[0] = (i, None)
        PAINT_LOG[("heading", i)] = y
        y = heading_full(im, d, y, i, name, host)
        y = forum_rows(d, y, slots, FULL, (70, FULL.xr + 30), i) + 110
    CUR[0] = None
    PAINT_LOG["foot"] = y
    return footer(im, d, y)


# ===========================================================================
def truth_slot2(s_):
    """A slot as truth.json gives it: titles as printed; names without spaces and padding; each speaker's
    company-job line exactly as typed; host null for breaks."""
    return {"kind": s_["kind"], "start": s_["start"], "end": s_["end"], "title": s_["title"],
            "speakers": [plain(sp["name"]) for sp in s_["sp"]],
            "affiliations": [sp["line"] for sp in s_["sp"]],
            "host": s_["host"] and plain(s_["host"])}


def draw_poster():
    """The organisers' image as its JPEG (q85) decodes: what the phone shows."""
    im = two_pass(W, paint_full, background)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    if os.environ.get("KEEP"):
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        with open(os.path.join(HERE, "tmp", POSTER_FN), "wb") as fh:
            fh.write(buf.getvalue())
    STATS["poster_bytes"] = len(buf.getvalue())
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


# ===========================================================================
# The phone: an Android phone 1080 px wide shows the picture full-screen at 1:1 under its black status bar.  The
# reader took FOUR scrolling screenshots, scrolling back a little before each new one, so each part starts a little
# above where the previous one ended (the overlap) and each has the status bar on top; saved as JPEG q80.
SB = 88  # the status bar's height
SHOTS = [("Screenshot_3631-10-21-21-14-05-338_com.tencent.mm.jpg", "21:14", "57"),
         ("Screenshot_3631-10-21-21-14-31-902_com.tencent.mm.jpg", "21:14", "57"),
         ("Screenshot_3631-10-21-21-15-03-117_com.tencent.mm.jpg", "21:15", "56"),
         ("Screenshot_3631-10-21-21-15-40-564_com.tencent.mm.jpg", "21:15", "56")]


def status_bar(d, W, clock, battery):
    """Android's status bar in white on the viewer's black: the clock and two notification icons at the left;
    two SIMs' signal bars, '5G', wifi, the battery level and a battery at the right (set 140's, the level
    moved out of the battery)."""
    ink = (245, 245, 245)
    d.rectangle([0, 0, W, SB], fill=(0, 0, 0))
    f = font(34, True)
    d.text((44, 60), clock, font=f, fill=ink, anchor="ls")
    x = 44 + tw(d, clock, f) + 22
    d.ellipse([x, 30, x + 26, 52], outline=ink, width=3)  # a chat app's two bubbles
    d.ellipse([x + 12, 38, x + 36, 58], fill=(0, 0, 0), outline=ink, width=3)
    x += 50
    d.rounded_rectangle([x, 30, x + 26, 56], radius=6, outline=ink, width=3)  # a gallery notification
    d.polygon([(x + 5, 51), (x + 12, 41), (x + 17, 47), (x + 21, 43), (x + 23, 51)], fill=ink)
    xr = W - 40
    bw, bh = 56, 28
    d.rounded_rectangle([xr - bw, 29, xr, 29 + bh], radius=8, outline=ink, width=3)
    d.rectangle([xr + 2, 37, xr + 5, 49], fill=ink)
    lvl = int((bw - 8) * int(battery) / 100)
    d.rounded_rectangle([xr - bw + 4, 33, xr - bw + 4 + lvl, 29 + bh - 4], radius=4, fill=ink)
    bf = font(26, True)  # the level beside the battery (inside it, set 140's, the dark digits vanish past the fill)
    x = xr - bw - 12
    d.text((x - tw(d, battery, bf), 53), battery, font=bf, fill=ink, anchor="ls")
    x -= tw(d, battery, bf) + 16
    cx, cy = x - 20, 56  # wifi: three arcs and a dot
    for r in (26, 18, 10):
        d.arc([cx - r, cy - r, cx + r, cy + r], 225, 315, fill=ink, width=5)
    d.ellipse([cx - 3, cy - 5, cx + 3, cy + 1], fill=ink)
    x -= 58
    for sim in range(2):  # two SIMs' signal bars
        for i in range(4):
            hgt = 7 + i * 6
            col = ink if i < (4 if sim == 0 else 3) else (110, 110, 110)
            d.rectangle([x - 34 + i * 9, 56 - hgt, x - 28 + i * 9, 56], fill=col)
        x -= 44
    gf = font(22, True)
    d.text((x - tw(d, "5G", gf) + 6, 52), "5G", font=gf, fill=ink, anchor="ls")


def line_of(fi, title, what, n=0):
    """The n-th logged line of kind `what` of the slot titled `title` in forum fi."""
    j = [s_["title"] for s_ in FORUMS[fi][2]].index(title)
    ls = [ln for ln in LINES if ln["key"] == (fi, j) and ln["what"] == what]
    return ls[n]


# Where each screenshot ends (a row of the poster) and how far back the next one starts.  Each end is given by a
# printed line and an offset from its glyphs' top (inside the glyphs: the edge slices that line).
ENDS = [  # (forum, title of the slot, what, which line of that kind, offset from the glyph top)
    (1, "大页碎片化对数据库延迟的影响与调优", "title", 0, 15),  # slices 01's first range and title line
    (3, "茶歇", "title", 0, 14),  # slices 03's tea bar (its range and label)
    (5, "在 BPF arena 里放一个无锁队列：内核与用户态零拷贝共享", "name", 0, 17),  # slices 钟雨's speaker line
]
OVERLAPS = [214, 220, 243]


def windows(H):
    ends = []
    for fi, title, what, n, off in ENDS:
        ln = line_of(fi, title, what, n)
        assert 2 <= off <= ln["bottom"] - ln["top"] - 2, (ln, off)
        ends.append(ln["top"] + off)
    tops = [0] + [e - o for e, o in zip(ends, OVERLAPS)]
    return list(zip(tops, ends + [H]))


def slot_lines(key):
    rng_ = [ln for ln in LINES if ln["key"] == key and ln["what"] == "range"]
    tit = [ln for ln in LINES if ln["key"] == key and ln["what"] == "title"]
    assert len(rng_) == 1 and tit
    return rng_[0], tit


def whole(ln, win):
    return win[0] <= ln["top"] and ln["bottom"] <= win[1]


def assign(wins):
    """Each slot goes to the FIRST part that shows its range and every line of its title whole.  Asserted: in no
    part is a range whole while a line of its title is cut off, so 'shows its time and title' is never in doubt."""
    where = {}
    for fi, (_, _, slots) in enumerate(FORUMS):
        for j, _s in enumerate(slots):
            r, tl = slot_lines((fi, j))
            for p, win in enumerate(wins):
                if whole(r, win):
                    assert all(whole(t, win) for t in tl), ("range whole, title cut", fi, j, p)
                if whole(r, win) and all(whole(t, win) for t in tl) and (fi, j) not in where:
                    where[(fi, j)] = p
            assert (fi, j) in where, (fi, j)
    order = [where[(fi, j)] for fi, f in enumerate(FORUMS) for j in range(len(f[2]))]
    assert order == sorted(order), order
    return where


def part_truth(where):
    parts = [[] for _ in SHOTS]
    for fi, (name, host, slots) in enumerate(FORUMS):
        for p in range(len(SHOTS)):
            got = [truth_slot2(s_) for j, s_ in enumerate(slots) if where[(fi, j)] == p]
            if got:
                parts[p].append({"forum": name, "date": DATE, "slots": got})
    return parts


def cut_lines(wins):
    """Every printed line that an edge of a part slices (for the README and the asserts)."""
    out = []
    for p, (a, b) in enumerate(wins):
        for ln in LINES:
            for edge, y in (("top", a), ("bottom", b)):
                if ln["top"] < y < ln["bottom"] and not (p == 0 and edge == "top"):
                    out.append((p + 1, edge, ln["what"], ln["text"]))
    return out


# ===========================================================================
def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104, 106 and 139)."""
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
    """CLK2025's forum folders without their numbers, in folder order (when the corpus is there)."""
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if not os.path.exists(p):
        return SIX
    with open(p, encoding="utf-8") as fh:
        paths = [ln.split("\t")[0] for ln in fh.read().splitlines()[1:]]
    folders = sorted({q.split("/")[0] for q in paths if "/" in q}, key=lambda x: int(x.split(" ")[0]))
    return [f.split(" ", 1)[1] for f in folders]


TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
RARE = "瞿蒯"


def people():
    out = []
    for _, host, slots in FORUMS:
        out.append(plain(host[0]))
        out += [plain(sp["name"]) for s_ in slots for sp in s_["sp"]]
    return out


def check(parts):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; surnames; every slot in exactly one part."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == SIX == listing_forums(), listing_forums()
    ps = people()
    assert len(ps) == len(set(ps)), sorted(p for p in ps if ps.count(p) > 1)
    assert not set(ps) & set(REAL_NAMES), set(ps) & set(REAL_NAMES)
    real = listing_words()
    titles = [s_["title"] for f in FORUMS for s_ in f[2] if s_["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in ps + [t for t in titles if t != "嘉宾致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    for (name, host, slots) in FORUMS:
        ends = [(s_["start"], s_["end"]) for s_ in slots]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        assert sum(1 for s_ in slots if s_["title"] == "茶歇") == 1
        for s_ in slots:
            assert (s_["host"] is None) == (s_["kind"] == "break")
            assert s_["start"] < s_["end"]
    slots = [s_ for f in FORUMS for s_ in f[2]]
    assert [s_["kind"] for s_ in slots].count("panel") == 1
    assert sum(1 for s_ in slots if s_["kind"] == "talk" and len(s_["sp"]) == 2) == 6
    assert all(len(s_["sp"]) in (1, 2) for s_ in slots if s_["kind"] == "talk")
    assert sum(1 for s_ in slots if s_["kind"] == "talk" and s_["title"].isascii()) == 7
    assert [p for p in ps if latin(p)] == ["JohanEkberg"]
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "14:00"
    assert FORUMS[0][2][0]["start"] == "09:00"
    assert all(f[2][0]["start"] == "14:00" and f[2][-1]["end"] == "17:30" for f in FORUMS[1:])
    chinese = [p for p in ps if not latin(p)]
    assert all(len(p) in (2, 3) for p in chinese)
    n5 = sum(p[0] in TOP5 for p in chinese)
    n20 = sum(p[0] in TOP20 for p in chinese)
    nr = [p for p in chinese if p[0] in RARE]
    STATS["surnames"] = (len(chinese), n5, n20, nr)
    assert (len(chinese), n5, n20, len(nr)) == (60, 18, 38, 2), STATS["surnames"]
    # every slot in exactly one part, in printed order
    flat = [(f["forum"], s_["start"], s_["title"]) for p in parts for f in p for s_ in f["slots"]]
    want = [(f[0], s_["start"], s_["title"]) for f in FORUMS for s_ in f[2]]
    assert sorted(flat) == sorted(want) and len(flat) == len(want)
    return len(titles)


def shoot(shown, wins):
    """The four scrolling screenshots: the status bar, then the picture's rows of that window, 1:1."""
    ims = []
    for (fn, clock, battery), (a, b) in zip(SHOTS, wins):
        im = Image.new("RGB", (shown.size[0], SB + b - a), (0, 0, 0))
        im.paste(shown.crop((0, a, shown.size[0], b)), (0, SB))
        status_bar(ImageDraw.Draw(im), shown.size[0], clock, battery)
        ims.append(im)
    return ims


def counts(forums):
    return " + ".join(str(sum(s_["kind"] != "break" for s_ in f["slots"])) for f in forums)


def main():
    shown = draw_poster()
    W_, H = shown.size
    assert W_ == 1080 and 14000 <= H <= 17000, shown.size
    wins = windows(H)
    if os.environ.get("DEBUG"):
        for ln in LINES:
            if ln["what"] in ("range", "title", "name", "aff", "host"):
                print(ln["top"], ln["bottom"], ln["what"], ln["key"], ln["text"])
        print("H", H, "windows", wins)
    assert [a for a, _ in wins[1:]] == [b - o for (_, b), o in zip(wins, OVERLAPS)]
    assert all(150 <= o <= 300 for o in OVERLAPS)
    where = assign(wins)
    parts = part_truth(where)
    n = check(parts)
    cuts = cut_lines(wins)
    for c in cuts:
        print("edge cuts:", c)
    ims = shoot(shown, wins)
    posters = []
    for (fn, _, _), im, forums, lay in zip(SHOTS, ims, parts, layouts(wins, H)):
        path = os.path.join(HERE, fn)
        im.save(path, "JPEG", quality=80)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size, counts(forums))
        assert im.size[0] == 1080 and 3800 <= im.size[1] <= 4300, im.size
        assert 250_000 <= size <= 1_500_000, size
        assert lay.endswith(counts(forums) + " talks."), (fn, counts(forums), lay[-40:])
        posters.append({"file": fn, "layout": lay, "date": DATE, "forums": forums})
    per = [sum(s_["kind"] != "break" for f in p for s_ in f["slots"]) for p in parts]
    print("scored talks", n, "per part", per, "surnames", STATS["surnames"])
    assert 40 <= n <= 55 and sum(per) == n, (n, per)
    for t, ls in WRAPS.items():
        if len(ls) > 1:
            print("  ", " / ".join(ls))
    assert sorted(t for t, ls in WRAPS.items() if len(ls) > 1) == sorted(WRAPPED), WRAPS
    assert all(len(ls) <= 2 for ls in WRAPS.values())
    assert not AFF_WRAPS and [u for _, _, u in HEAD_LOG] == [False, True, True, True, True, True], HEAD_LOG
    assert cuts == CUTS, cuts
    truth = {"written": "2026-12-09", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


WRAPPED = [  # the titles printed over two lines (greedy, as the 2024 whole agenda breaks them); none over three
    "国产算力底座上的 Linux 内核：十年演进与下一个十年",
    "Rust in the Linux Kernel: From Experiments to Shipping Drivers",
    "手机内核长期稳定性治理：从线上 Crash 到根因闭环",
    "圆桌论坛:从课堂到邮件列表：内核新人成长路径上的断点与接力",
    "Tracking Page Cache Misses with folio Tracepoints",
    "XFS online repair 上线前我们做了哪些破坏性测试",
    "NVMe 热插拔与 PCIe 错误恢复的内核处理流程分析",
    "dm-verity 启动耗时优化：从哈希树预读到并行校验",
    "Where Do the Cycles Go? Spinlock Hold Times on 192-Core Hosts",
    "Booting Realms: Getting Arm CCA Guests Ready for Production",
    "CSV3 机密虚机热迁移：海光平台上的内核改动与代价",
    "端侧 NPU 驱动走向 accel 框架：缓冲区共享与电源管理",
    "万级 Pod 集群中 eBPF 网络策略的 map 规模与更新时延",
    "Observing RDMA Traffic in Training Clusters with eBPF",
    "谁能加载这个程序？BPF 签名与加载审计的落地",
    "在 BPF arena 里放一个无锁队列：内核与用户态零拷贝共享",
]
CUTS = [  # every printed line an edge of a part slices: (part, edge, what, text)
    (1, "bottom", "range", "14:00-14:20"),
    (1, "bottom", "title", "大页碎片化对数据库延迟的影响与调优"),
    (2, "top", "heading", "内存管理与优化  分论坛"),
    (2, "bottom", "range", "15:40-16:00"),
    (2, "bottom", "title", "茶歇"),
    (3, "top", "name", "董佳怡"),
    (3, "top", "aff", "蔚来汽车系统软件工程师"),
    (3, "bottom", "name", "钟\u3000雨"),
    (3, "bottom", "aff", "小红书基础架构工程师"),
]

NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -106, -139, -140, -146): speakers are names as printed "
    "with spaces and the padding of two-character names removed ('吴　俊' -> '吴俊', '黄　晨' -> '黄晨'; the Latin name "
    "'Johan Ekberg' -> 'JohanEkberg'); host is the chair printed for the forum covering the slot, null for breaks; "
    "start/end HH:MM; break titles as printed; an opening speech printed with a speaker ('嘉宾致辞', 刘建伟) is a talk; "
    "'开场' (in the title column, no speaker), '茶歇' and '午餐' are breaks; '午餐' (12:15-14:00) closes 主论坛. ONE "
    "invented edition, CLK 3631 (第1626届, 铜陵, host school 铜陵学院 with its 数学与计算机学院 at the top right, Saturday "
    "3631-10-25), with CLK2025's six forum folder names without their numbers, in folder order. The organisers' image "
    "('CLK3631全部议程.jpg', JPEG q85, 1080 x 15356, after CLK2024/大会全议程.webp in its own colours: royal blue, cyan "
    "titles, violet labels) is NOT among the files: the files are what a reader passed on, the image shown full-screen "
    "at 1:1 on an Android phone 1080 px wide and taken as FOUR scrolling screenshots (JPEG q80), each with the phone's "
    "black status bar on top (88 px: clock, notification icons, signal, wifi, battery level; '21:14'/'21:15' and "
    "'57'/'56' are the phone's, not the meeting's), each starting a little above where the previous one ended "
    "(overlaps of 214, 220 and 243 px of the poster). So this file has FOUR entries, one per part, in order. "
    "COUNTING: every slot (talk, round table or break) is given ONCE, in the FIRST part that shows its range and every "
    "line of its title whole (uncut by the part's edges); in no part is a range whole while a line of its title is cut. "
    "A slot shown again in the overlap at the top of the next part is not given again there. A slot's speakers and "
    "affiliations are given in full where the slot is counted, even where that part's edge cuts or leaves out its speaker "
    "lines. A forum is in a part's entry, under its own name and host, if that part counts at least one of its slots, "
    "whether or not its heading is in that part (01 is in part 2 only, though part 1 shows its heading and host line; "
    "03 is in parts 2 and 3; 05 in parts 3 and 4). THE EDGES: part 1's bottom edge slices 01's first row (range "
    "'14:00-14:20' and the one-line title '大页碎片化对数据库延迟的影响与调优'): that talk is counted in part 2, whose top "
    "edge slices 01's heading (the lower half of '内存管理与优化  分论坛' shows) and which shows the host line and the "
    "row whole. Part 2's bottom edge slices 03's tea bar (15:40-16:00): the break is counted in part 3. Part 3's top "
    "edge slices 董佳怡's speaker line (the second speaker of 03's 14:40-15:10 talk, counted in part 2) and then repeats "
    "03's 15:10-15:40 talk whole (counted in part 2). Part 3's bottom edge slices 钟雨's speaker line under "
    "'在 BPF arena 里放一个无锁队列：内核与用户态零拷贝共享' (05, 16:30-17:00), whose range and both title lines are whole "
    "in part 3: counted in part 3 with 钟雨 and '小红书基础架构工程师'. Part 4 repeats 05's 16:00-16:30 and 16:30-17:00 "
    "talks (counted in part 3) and counts only 05's last talk; the rest of it is the foot. Head, introduction "
    "(names companies and communities, no forum), '大会议程' plate, the foot ('赞助单位', '支持单位', '支持媒体' and their "
    "boxes, QR code, '扫码报名', captions, the slogan '铜都相聚 · 一同探索 Linux 内核之美', the skyline and '铜陵学院') "
    "and the status bars are never part of a name, a title or a slot. The date is printed only in part 1's head "
    "('3631年10月25日'); every entry and forum carries it. The file names are the phone's screenshot names (save "
    "times 3631-10-21 21:14-21:15, four days before the meeting), not the meeting's date. HEADINGS: '▶▶ 主论坛' or a "
    "slanted number box '01'..'05' followed by the forum's TOPIC and '分论坛' set APART, as 2024 sets them ('内存管理与优化  "
    "分论坛'): the forum is CLK2025's name; the gap and the numbers are no part of it. The host is the name after the "
    "violet '主持人:' (ASCII colon, as 2024): at the RIGHT of 主论坛's heading with the unit under it; for the five "
    "afternoon forums (long names) on a line of its own under the heading between two short rules, the unit beside "
    "it; the unit is no affiliation (also '安徽大学计算机科学与技术学院副教授' for 杨宏伟, host of 04). ROWS: the range "
    "at the left, a dot on a vertical time line, the CYAN title, then one line per speaker: the padded name and after it "
    "the company-job line in small type, given EXACTLY as typed (mostly without a space between company and job: "
    "'华为openEuler首席架构师', '腾讯TencentOS调度工程师', '英特尔x86内核工程师'; with spaces where typed: 'Collabora "
    "首席软件工程师', '阿里云 OpenAnolis 龙蜥社区理事'). The LATIN name stands on its own line with its company-job line "
    "UNDER it ('Johan Ekberg' / 'Collabora 首席软件工程师', 主论坛, 09:50-10:20). TITLES wrap greedily (sixteen over two "
    "lines, none over three), also inside a word ('…内核处理流' / '程分析', '…内核与用' / '户态零拷贝共享', '…加载审计的' / "
    "'落地'); a title over two lines is ONE title as typed: a space between Latin words, none inside Chinese text. TWO "
    "SPEAKERS of one talk are two lines one under the other, given top then bottom (six talks: 张文杰 and 陈俊昊, OPPO, "
    "主论坛; 马斌 and 高雅婷, 美团, 01; 罗伟 and 张婷, 浪潮信息, 02; 郭斌 and 董佳怡, 蔚来汽车, 03; 潘杰 and 蒋雨晴, 海光信息, "
    "04; 刘雨佳 and 周建, 阿里云, 05). The ROUND TABLE (主论坛, 11:35-12:15, kind 'panel') is one row "
    "'圆桌论坛:从课堂到邮件列表：内核新人成长路径上的断点与接力' (two lines; the label '圆桌论坛:' kept with its ASCII "
    "colon, as 2024 prints its round table), a violet '主持人:' over the moderator and a violet '嘉　宾:' over four "
    "guests; its speakers are the moderator then the guests in printed order (杨建敏; 王丽萍, 黄晨, 郑子豪, 瞿文斌); the "
    "labels are no names, and the moderator is a speaker, not the forum's host (汪晓东). '茶歇' and '午餐' are bars "
    "(range, dot, label): 茶歇 10:20-10:35 in 主论坛 and 15:40-16:00 in every afternoon forum (as 2024). The afternoon "
    "forums all run 14:00-17:30 in parallel, 20-minute talks before tea (03: two of 20 and two of 30 minutes) and "
    "30-minute ones after. ENGLISH-ONLY titles (seven): 'Rust in the Linux Kernel: From Experiments to Shipping "
    "Drivers' (主论坛), 'Tracking Page Cache Misses with folio Tracepoints' and 'NUMA Balancing on ARM64 Servers' (01), "
    "'Reducing fsync Latency on Ext4' (02), 'Where Do the Cycles Go? Spinlock Hold Times on 192-Core Hosts' (03), "
    "'Booting Realms: Getting Arm CCA Guests Ready for Production' (04), 'Observing RDMA Traffic in Training Clusters "
    "with eBPF' (05). 45 scored slots (44 talks, the opening speech among them, and the round table): 6 in part 1, "
    "8 + 8 + 4 in part 2, 3 + 8 + 7 in part 3, 1 in part 4. Surnames of the 60 Chinese people: 王 李 张 刘 陈 18, "
    "the twenty commonest 38; rare 瞿 and 蒯. No person is printed twice."
)


def layouts(wins, H):
    (a1, b1), (a2, b2), (a3, b3), (a4, b4) = wins
    head = ("CLK 3631 (第1626届), 铜陵, 3631-10-25: part %d of the reader's FOUR scrolling screenshots of the organisers' "
            "whole-agenda image CLK3631全部议程.jpg (JPEG q85, 1080 x %d, the CLK2024 大会全议程 family in its own royal "
            "blue) shown full-screen at 1:1 on an Android phone (JPEG q80, 1080 x %d: the black status bar '%s' / "
            "battery %s, then the poster's rows %d-%d%s): ")
    return [
        head % (1, H, SB + b1 - a1, SHOTS[0][1], SHOTS[0][2], a1, b1, "") +
        "the head (logo lines, 铜陵学院 / 数学与计算机学院 and its English name, '第1626届中国' / 'Linux内核开发者大会', "
        "the ring '3631' / 'CLK', the date pill '3631年10月25日' + pin + '铜陵', '地址:' and the hall over two lines), "
        "the framed introduction, '大会议程' on a plate; 主论坛 whole ('▶▶ 主论坛', host at the right; 开场, 嘉宾致辞, a "
        "keynote, the Latin speaker's English keynote with his company-job line under his name, 茶歇 bar, a two-speaker "
        "talk, a talk, the round table with '主持人:' and '嘉　宾:', 午餐 bar); then 01's heading and host line; the "
        "bottom edge slices 01's first row (range and title; counted in part 2). 6 talks.",
        head % (2, H, SB + b2 - a2, SHOTS[1][1], SHOTS[1][2], a2, b2, ", %d px over part 1" % (b1 - a2)) +
        "the top edge slices the heading '01 内存管理与优化  分论坛' (its lower half), then the host line and all of 01; "
        "02 文件系统与存储 (heading, host under it between rules, 8 talks, a 茶歇 bar); 03 调度、性能与调试 (heading, "
        "host, four talks); the bottom edge slices 03's 茶歇 bar (counted in part 3). 8 + 8 + 4 talks.",
        head % (3, H, SB + b3 - a3, SHOTS[2][1], SHOTS[2][2], a3, b3, ", %d px over part 2" % (b2 - a3)) +
        "the top edge slices 董佳怡's speaker line (03, counted in part 2), then 03's 15:10-15:40 talk again (counted "
        "in part 2), its 茶歇 bar whole, the rest of 03 without its heading, the closing rule; 04 硬件架构与异构计算 "
        "(heading, host under it, 8 talks); 05 AI 基础设施与 eBPF 应用 (heading, host under it, seven talks); the bottom "
        "edge slices the speaker line of 05's 16:30-17:00 talk, whose range and two title lines are whole here. "
        "3 + 8 + 7 talks.",
        head % (4, H, SB + b4 - a4, SHOTS[3][1], SHOTS[3][2], a4, b4, ", %d px over part 3" % (b3 - a4)) +
        "05's 16:00-16:30 and 16:30-17:00 talks again (counted in part 3), its last talk 17:00-17:30 and the closing "
        "rule, without 05's heading; then the foot: '赞助单位' (twelve boxes), '支持单位' (five), '支持媒体' (six), a QR "
        "code, '扫码报名', two captions, the slogan, Tongling's skyline with the river bridge and '铜陵学院'. 1 talks.",
    ]


if __name__ == "__main__":
    main()
