"""Draw the two-hundred-and-seventh blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK6207全部议程.png and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 6207 (第4202届, 自贡, 四川轻化工大学, Saturday 6207-10-24), with CLK2025's six
forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛,
AI 基础设施与 eBPF 应用分论坛), printed as CLK2025's repository holds an edition: ONE whole-agenda image,
here 'CLK6207全部议程.png' (PNG, 1242 px wide), following the organisers' CLK2024 大会全议程.webp closely
(head, introduction box, '大会议程' plate, forum headings, timeline rows, tea and lunch bars, the foot with
sponsors, QR code and a skyline) on a LIGHT page: pale blue-white paper, dark navy titles, and the time
ranges in COLOURED CHIPS, one colour per forum.  主论坛 and 01 (内存管理与优化, nine talks) run across the
page; then the four other afternoon forums stand TWO SIDE BY SIDE in columns (02 | 03, then 04 | 05), each
column with its own heading, host, time line and closing rule.

Started as a copy of posters-blind-201/draw.py (itself from 189, 178, 176, 166, 157, 147, 139, 112, 106, 104,
79, 66, 65, 62 and 59); see README.md for what was kept, changed and new.
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
# ===========================================================================
# CLK 6207 (第4202届), 自贡, 四川轻化工大学, Saturday 6207-10-24.  主论坛 in the morning (09:00-14:00, lunch included),
# the five other forums in parallel in the afternoon from 14:00, as the 2024 whole agenda starts them.
EDITION = "CLK 6207"
YEAR = "6207"
NTH = "第4202届中国"
DATE = "6207-10-24"
DATE_PRINTED = "6207年10月24日"
CITY = "自贡"
SCHOOL = "四川轻化工大学"
SCHOOL_UNIT = "计算机科学与工程学院"
SCHOOL_EN = ["School of Computer Science and Engineering,", "Sichuan University of Science & Engineering"]
SCHOOL_MARK = "SICHUAN UNIVERSITY OF SCIENCE & ENGINEERING"
HALL = "四川轻化工大学学术交流中心 一楼报告厅"  # printed over two lines, broken at the space
FULL_FN = "CLK6207全部议程.png"


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces); a '|' marks
    where a line too long for its column runs on (never printed)."""
    return S(name, None, None, None, line=line)


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


H0, H1, H2, H3, H4, H5 = "曾志明", "刘　涛", "宋晓燕", "王志勇", "蔡文斌", "马丽娟"
FORUMS = [
    ("主论坛", (H0, "四川轻化工大学计算机科学与工程学院院长"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [P("敬永刚", "四川轻化工大学副校长")], H0),
        T("09:20", "09:50", "从服务器到车机：一个内核版本的十年维护之路", [P("王建军", "华为openEuler内核首席架构师")], H0),
        T("09:50", "10:20", "大模型推理负载对 Linux 内存子系统提出的新要求", [P("李国庆", "阿里云操作系统资深技术专家")], H0),
        T("10:20", "10:50", "国产 CPU 上游支持的现状：补丁合入背后的协作",
          [P("张海波", "海光信息操作系统部总监"), P("陈　静", "海光信息内核工程师")], H0),
        T("10:50", "11:20", "What Changed When We Moved a Million Servers to EEVDF",
          [P("刘明辉", "字节跳动STE团队内核负责人")], H0),
        PANEL("11:20", "12:10", "企业内核团队与上游社区如何双向奔赴",
              [P("黄　伟", "统信软件内核研发总监"),
               P("徐志强", "腾讯云TencentOS内核负责人"),
               P("杨丽萍", "中国科学院软件研究所研究员"),
               P("赵　勇", "OPPO内核团队负责人"),
               P("何建华", "龙芯中科系统软件部总监")], H0),
        B("12:10", "14:00", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "电子科技大学计算机科学与工程学院副教授"), [
        T("14:00", "14:20", "zram 写回策略在低内存手机上的取舍", [P("朱晓东", "vivo内存优化专家")], H1),
        T("14:20", "14:40", "一次 page cache 回归的二分定位：从 v6.1 到 v6.6", [P("郑　凯", "华为操作系统内核工程师")], H1),
        T("14:40", "15:00", "Taming Memory Cgroup Reclaim Latency under Container Churn",
          [P("孙　鹏", "腾讯云内核工程师")], H1),
        T("15:00", "15:20", "大页内存池化在数据库实例中的收益评估",
          [P("梁文杰", "平安科技系统架构师"), P("王晓丽", "平安科技数据库工程师")], H1),
        T("15:20", "15:40", "桌面云场景下 KSM 扫描速率的自适应调节", [P("谢　斌", "天翼云虚拟化工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "云主机在线扩内存时 memmap 初始化耗时的拆解", [P("张建国", "京东云内核工程师")], H1),
        T("16:20", "16:40", "kmemleak 误报的来源与在生产环境中的使用", [P("杨　帆", "美团基础架构工程师")], H1),
        T("16:40", "17:10", "MGLRU 在安卓设备上的冷启动表现分析", [P("田海燕", "荣耀终端内核专家")], H1),
        T("17:10", "17:40", "冷热页识别结果如何指导 CXL 扩展内存的放置", [P("税明亮", "电子科技大学博士研究生")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "四川大学计算机学院副教授"), [
        T("14:00", "14:30", "手机上 F2FS 的 checkpoint 频率与掉电安全", [P("周文涛", "小米存储软件工程师")], H2),
        T("14:30", "15:00", "casefold 目录下 ext4 查找变慢的根因", [P("李　强", "阿里云文件系统工程师")], H2),
        T("15:00", "15:20", "Making Btrfs RAID Recovery Predictable", [P("Stefan Keller", "SUSE 存储工程师")], H2),
        T("15:20", "15:40", "分布式训练读盘慢？NFS 客户端预读窗口的实测", [P("韩　冰", "快手存储工程师")], H2),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "国产 NVMe 盘上 io scheduler 选择的经验值", [P("彭国华", "忆联固件工程师")], H2),
        T("16:30", "17:00", "overlayfs 在容器镜像多层叠加下的 copy-up 开销",
          [P("许建波", "蚂蚁集团容器存储工程师"), P("罗　娜", "蚂蚁集团存储工程师")], H2),
        T("17:00", "17:20", "车载仪表盘启动链中 dm-verity 校验的时间账", [P("董小刚", "吉利汽车操作系统工程师")], H2),
        T("17:20", "17:40", "持久内存退场之后：PMEM 业务向 NVMe 的迁移", [P("高建平", "浪潮信息存储架构师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "四川轻化工大学计算机科学与工程学院教授"), [
        T("14:00", "14:25", "EEVDF 下 nice 值语义变化对业务的影响", [P("陈　勇", "百度智能云内核工程师")], H3),
        T("14:25", "14:50", "伪共享的另一种面目：一次数据库抖动复盘", [P("冯丽华", "英特尔性能优化工程师")], H3),
        T("14:50", "15:15", "Why Our Soft Lockups Were Not Kernel Bugs", [P("吴俊杰", "网易数帆内核工程师")], H3),
        T("15:15", "15:40", "调度器负载均衡在大核小核平台上的调优",
          [P("肖　雪", "OPPO性能工程师"), P("王海涛", "OPPO内核工程师")], H3),
        B("15:40", "15:55", "茶歇"),
        T("15:55", "16:20", "宕机现场不用人看：vmcore 初筛脚本的沉淀", [P("邓　辉", "中国移动云能力中心工程师")], H3),
        T("16:20", "16:45", "产线 PLC 网关上 PREEMPT_RT 的抖动来源分析", [P("李文华", "东方电气中央研究院|软件工程师")], H3),
        T("16:45", "17:10", "ftrace 与 BPF 结合的函数耗时采样",
          [P("林晓峰", "字节跳动系统工程师"), P("袁　静", "字节跳动SRE工程师")], H3),
        T("17:10", "17:35", "CPU 隔离参数 nohz_full 的误用与正确配置", [P("张志华", "深信服内核工程师")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "西南交通大学计算机与人工智能学院副教授"), [
        T("14:00", "14:30", "国产平台机密虚拟机的 vTPM 与远程证明支持", [P("张　敏", "海光信息安全虚拟化工程师")], H4),
        T("14:30", "15:00", "ARM64 服务器上 SMMU 性能问题的定位", [P("刘建国", "飞腾信息技术内核工程师")], H4),
        T("15:00", "15:30", "Bringing RISC-V Vector Extension Support to Real Workloads",
          [P("胡志刚", "算能科技系统软件工程师")], H4),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "GPU 驱动中系统内存与显存迁移的缺页处理",
          [P("郭　超", "摩尔线程驱动架构师"), P("赵晓明", "摩尔线程驱动工程师")], H4),
        T("16:20", "16:50", "智算服务器 PCIe 链路降速与 AER 错误的排查", [P("唐　伟", "中科曙光系统软件工程师")], H4),
        T("16:50", "17:20", "国产 AI 加速卡 PCIe 驱动的 DMA 映射优化", [P("曹永强", "寒武纪驱动工程师")], H4),
        T("17:20", "17:50", "龙架构笔记本的待机唤醒问题", [P("李伟东", "龙芯中科系统工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "四川轻化工大学人工智能学院副院长"), [
        T("14:00", "14:20", "千卡训练任务里被忽视的 CPU 侧开销：eBPF 视角", [P("黄海峰", "阿里云AI基础设施工程师")], H5),
        T("14:20", "14:40", "eBPF 实现的容器网络策略在万节点集群的表现", [P("王　磊", "字节跳动云原生网络工程师")], H5),
        T("14:40", "15:10", "Scaling eBPF-based observability without hurting tail latency",
          [P("李俊峰", "腾讯云可观测性工程师")], H5),
        T("15:10", "15:40", "推理服务的 NUMA 绑核与网卡中断亲和一起调",
          [P("刘红霞", "华为云AI计算工程师"), P("叶　明", "华为云内核工程师")], H5),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "多租户平台上用 BPF LSM 拦截危险系统调用", [P("蒋志刚", "蚂蚁集团安全工程师")], H5),
        T("16:20", "16:40", "checkpoint 写入风暴下的 dirty 页限速参数", [P("陈宏伟", "商汤科技存储工程师")], H5),
        T("16:40", "17:10", "eBPF 程序的 CO-RE 兼容性在多内核版本中的维护",
          [P("雷　亮", "中国移动（成都）产业研究院|工程师")], H5),
        T("17:10", "17:30", "AI 编译器与内核调度的协同", [P("周　丽", "四川轻化工大学硕士研究生")], H5),
    ]),
]

SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]
WIDE = [0, 1]  # 主论坛 and 01 (nine talks) run across the page
PAIRS = [(2, 3), (4, 5)]  # the four others side by side (left, right)

SPONSORS = ["四川轻化工大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "蚂蚁集团", "龙芯中科", "海光信息",
            "统信软件", "中科曙光"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "清华大学", "电子科技大学", "四川省计算机学会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "阅码场"]
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
# the colours: a LIGHT page (the brief: pale background, dark titles, coloured time chips) where the organisers'
# 2024 whole agenda prints royal blue: pale blue-white paper (a little bluer at the head and at the foot), NAVY
# head type and headings, DARK NAVY titles, dark names, slate-grey company-job lines, and per forum ONE ACCENT for
# its time chips, dots, number box, labels and rules (主论坛 royal blue, as the organisers' own colour).
PAGE0, PAGE1, PAGE2 = (220, 233, 255), (246, 248, 253), (226, 236, 253)  # head, body, foot
NAVY = (20, 38, 96)
TITLE = (22, 30, 62)
NAME = (36, 42, 58)
GREY = (106, 114, 132)
LINE = (198, 207, 226)
BLUE = (30, 86, 224)
HOLE = BLUE  # the hole of the pin on the blue date pill
ACCENTS = [(30, 86, 224), (0, 138, 146), (120, 74, 208), (222, 108, 18), (28, 142, 78), (208, 52, 112)]
W = 1242
K = 1.15  # the 2024 whole agenda's measures (1080 px) scaled to this page's width


def s(v):
    return round(v * K)


def mix(c, t, base=WHITE):
    """The colour c laid over base at opacity t."""
    return tuple(round(b + (a - b) * t) for a, b in zip(c, base))


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, a broad arc and small satellites round a disc holding the year
    over 'CLK' (set 201's, in pale and royal blue for a light page)."""
    for r, col, wd in [(s(200), (196, 214, 250), 3), (s(160), (132, 172, 246), 6), (s(118), (86, 134, 236), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - s(240), cy - s(150), cx + s(240), cy + s(150)], 200, 340, fill=(120, 190, 250), width=9)
    d.ellipse([cx - s(78), cy - s(78), cx + s(78), cy + s(78)], fill=BLUE, outline=(170, 200, 252), width=4)
    ctext(d, cx, cy - s(52), YEAR, font(s(22), True), (214, 228, 255))
    ctext(d, cx, cy - s(30), "CLK", font(s(56), True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + s(230) * math.cos(math.radians(ang)), cy + s(140) * math.sin(math.radians(ang))
        d.ellipse([sx - s(20), sy - s(20), sx + s(20), sy + s(20)], fill=WHITE, outline=(120, 160, 240), width=3)


def derrick(d, cx, base, h, col, wd=2):
    """A salt well's derrick (天车), Zigong's landmark: two tall timber legs leaning together, cross braces, a
    pulley at the top."""
    a, b = h * 0.16, h * 0.025
    d.line([(cx - a, base), (cx - b, base - h)], fill=col, width=wd)
    d.line([(cx + a, base), (cx + b, base - h)], fill=col, width=wd)
    for i in range(1, 8):
        t = i / 8
        y, hw = base - h * t, a + (b - a) * t
        d.line([(cx - hw, y), (cx + hw, y)], fill=col, width=max(1, wd - 1))
        if i < 7:
            y2, hw2 = base - h * (t + 1 / 8), a + (b - a) * (t + 1 / 8)
            d.line([(cx - hw, y), (cx + hw2, y2)], fill=col, width=1)
    d.ellipse([cx - b - 4, base - h - 10, cx + b + 4, base - h + 2], outline=col, width=max(1, wd - 1))


def lantern(d, cx, cy, r, col, edge):
    """A festival lantern (自贡灯会): a round body with ribs, a cap, a base and a tassel."""
    d.ellipse([cx - r, cy - r * 0.8, cx + r, cy + r * 0.8], fill=col, outline=edge, width=1)
    d.arc([cx - r * 0.5, cy - r * 0.8, cx + r * 0.5, cy + r * 0.8], 90, 270, fill=edge, width=1)
    d.arc([cx - r * 0.5, cy - r * 0.8, cx + r * 0.5, cy + r * 0.8], 270, 90, fill=edge, width=1)
    d.rectangle([cx - r * 0.4, cy - r * 0.95, cx + r * 0.4, cy - r * 0.75], fill=edge)
    d.rectangle([cx - r * 0.4, cy + r * 0.75, cx + r * 0.4, cy + r * 0.95], fill=edge)
    d.line([(cx, cy + r * 0.95), (cx, cy + r * 1.5)], fill=edge, width=2)


def seal(d, x, y, r, fill):
    """The school's round seal: a ring of dots round a small derrick over waves."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    for k in range(24):
        a = math.radians(k * 15)
        px, py = x + (r - 4) * math.cos(a), y + (r - 4) * math.sin(a)
        d.ellipse([px - 1, py - 1, px + 1, py + 1], fill=fill)
    derrick(d, x, y + r * 0.45, r * 1.0, fill, 2)
    g = r * 0.5
    d.arc([x - g, y + g * 0.75, x, y + g * 1.1], 200, 340, fill=fill, width=1)
    d.arc([x, y + g * 0.75, x + g, y + g * 1.1], 200, 340, fill=fill, width=1)


def hills(d, y, h, col, seed):
    """The low hills round Zigong: a soft ridge across the page."""
    rnd = random.Random(seed)
    pts, x = [(0, y)], 0
    while x < W:
        x += rnd.randrange(70, 160)
        pts.append((min(x, W), y - rnd.uniform(0.35, 1.0) * h))
    pts += [(W, y), (W, y + 4), (0, y + 4)]
    d.polygon(pts, fill=col)


def header(im, d):
    """The head: logo lines, the school with its school and English name, the slanted edition title, a dashed rule,
    the ring, the date pill with a pin, the address ('地址:' inline, the hall over two lines, as the 2024 whole
    agenda prints it), and faint behind them the city: hills, two salt derricks, a string of lanterns."""
    rnd = random.Random(62071)
    hills(d, s(1000), s(80), (222, 232, 252), 6207)
    derrick(d, s(600), s(1000), s(260), (196, 212, 246), 3)
    derrick(d, s(660), s(1000), s(180), (204, 218, 248), 2)
    for i in range(9):  # lanterns on a string over the address
        lx = s(700) + i * s(42)
        lantern(d, lx, s(930) + (i % 2) * s(8), s(12), (252, 216, 206), (236, 170, 160))
    d.line([(s(690), s(916)), (W, s(916))], fill=(236, 180, 170), width=1)
    logo_lines(d, s(60), s(56), NAVY, BLUE, 1.15 * K)
    seal(d, s(652), s(84), s(32), NAVY)
    d.text((s(700), s(44)), SCHOOL, font=font(s(30), True, serif=True), fill=NAVY)
    d.text((s(700), s(88)), SCHOOL_UNIT, font=font(s(22), True), fill=NAVY)
    ef = font(s(10))
    for i, ln in enumerate(SCHOOL_EN):
        d.text((s(700), s(120) + i * s(14)), fits(d, ln, ef, W - s(700) - 30), font=ef, fill=GREY)
    for _ in range(70):  # particles over the head
        px, py = rnd.randrange(s(560), W - 20), rnd.randrange(s(160), s(520))
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(150, 186, 250))
    ring_graphic(d, s(820), s(700))
    slant_text(im, s(70), s(262), NTH, font(s(92), True), BLUE, 0.16)
    slant_text(im, s(70), s(384), "Linux内核开发者大会", font(s(88), True), NAVY, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(s(90 + i * 18), s(530)), (s(100 + i * 18), s(530))], fill=BLUE, width=5)
    d.line([(s(560), s(530)), (s(640), s(510))], fill=BLUE, width=3)
    pf = font(s(34), True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + s(100)
    x0, y0, x1, y1 = s(80), s(630), s(80) + pw, s(698)
    d.rounded_rectangle([x0, y0, x1, y1], radius=s(20), fill=BLUE)
    d.line([(x0 - s(14), y0 + s(14)), (x0 - s(14), y1 - s(14))], fill=BLUE, width=5)  # the brackets of 2024's pill
    d.line([(x1 + s(14), y0 + s(14)), (x1 + s(14), y1 - s(14))], fill=BLUE, width=5)
    d.text((x0 + s(26), y0 + s(10)), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + s(26) + tw(d, DATE_PRINTED, pf) + s(10)
    pin(d, px, y0 + s(18), WHITE, 1.1 * K)
    d.text((px + s(30), y0 + s(10)), CITY, font=pf, fill=WHITE)
    af = font(s(36), True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= s(600) for ln in lines), lines
    y = s(780)
    for ln in lines:
        d.text((s(84), y), ln, font=af, fill=NAVY)
        y += s(56)
    return s(1120)


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)举办至今已第4202届，由清华大学、华为、阿里云、腾讯、"
         "字节跳动、OPPO、vivo、蚂蚁集团、龙芯中科、海光信息、统信软件、中科曙光等单位发起，以“自由 协作 创新”为理念，以"
         "开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。每届线下参会人数近500人，是中国 "
         "Linux 内核领域颇有影响力的峰会之一，现诚邀广大 Linux 开发者和爱好者参加本次大会。",
         "本次大会由四川轻化工大学计算机科学与工程学院承办，清华大学、电子科技大学、openEuler、OpenAnolis 龙蜥社区、"
         "OpenCloudOS、四川省计算机学会、CSDN 等单位共同支持。"]


def intro_box(d, y):
    """A white box with blue corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = s(60), W - s(60)
    f = font(s(25))
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - s(150), bx1 - bx0 - s(100)]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * s(48) + s(100)
    d.rectangle([bx0, y, bx1, y + h], fill=WHITE, outline=(188, 204, 238), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + s(60) * sx, cy - 6 * sy)], fill=BLUE, width=9)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + s(60) * sy)], fill=BLUE, width=9)
    yy = y + s(50)
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (s(100) if i == 0 else s(50)), yy), ln, font=f, fill=(50, 58, 82))
            yy += s(48)
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a blue bar fading to sky blue with a cut corner, a streak under it, the word in leaning white."""
    w, h = s(560), s(90)
    x0 = W / 2 - w / 2
    hgrad(d, x0 - s(110), y + s(54), x0 + s(200), y + s(64), PAGE1, (120, 176, 255))
    hgrad(d, x0, y, x0 + w, y + h, BLUE, (110, 172, 255))
    d.polygon([(x0 + w - s(30), y), (x0 + w, y), (x0 + w, y + s(30))], fill=PAGE1)
    d.line([(x0 + w - s(100), y - s(14)), (x0 + w + s(90), y - s(14))], fill=(120, 176, 255), width=7)
    slant_text(im, 0, y + s(8), text, font(s(50), True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


class G:
    """The measures of a run of rows: the chip's text edge, the time line, the title column and its right end,
    the type sizes, and the forum's accent; FULL is the 2024 whole agenda's x 1.15, a column's are narrowed."""

    def __init__(self, tx, lx, tt, xr, rf, tf, tp, nf, af, ncol, npitch, apitch, gap, bar, over, acc=BLUE):
        self.tx, self.lx, self.tt, self.xr = tx, lx, tt, xr
        self.rf, self.tf, self.tp, self.nf, self.af = rf, tf, tp, nf, af
        self.ncol, self.npitch, self.apitch, self.gap, self.bar, self.over = ncol, npitch, apitch, gap, bar, over
        self.acc = acc


def full_g(acc):
    return G(s(92), s(336), s(382), s(1000), 31, 33, 48, 33, 21, s(105), 49, 28, 42, 62, 40, acc)


COL_W = 560  # a column's width; two of them and a gap of 42 fill the page between margins of 40
COL_X = (40, 40 + COL_W + 42)


def col_g(x0, acc):
    return G(x0 + 12, x0 + 168, x0 + 184, x0 + COL_W, 21, 27, 38, 26, 18, 90, 39, 25, 34, 50, 0, acc)


HEAD_LOG = []  # (forum, heading size, host under?) of every heading painted


def number_box(im, d, x, y, idx, k, acc):
    """The slanted number box '01'..'05' in the forum's accent, the numeral in white, a navy corner stroke."""
    d.polygon([(x + 14 * k, y + 6 * k), (x + 104 * k, y + 6 * k), (x + 90 * k, y + 80 * k), (x, y + 80 * k)],
              fill=acc)
    d.line([(x + 2 * k, y - 8 * k), (x + 40 * k, y - 8 * k)], fill=NAVY, width=max(3, round(6 * k)))
    d.line([(x + 2 * k, y - 8 * k), (x - 6 * k, y + 30 * k)], fill=NAVY, width=max(3, round(6 * k)))
    slant_text(im, x + 16 * k, y + 6 * k, "%02d" % idx, font(round(48 * k), True), WHITE, 0.2)
    return x + 132 * k


def heading_full(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box and the topic and '分论坛' in leaning navy type; the host at the right with the
    unit under it, or, where the heading leaves no room, on a line of its own under it between two rules."""
    acc = ACCENTS[idx]
    g = full_g(acc)
    x = s(70)
    if idx == 0:
        for j in range(2):
            d.polygon([(x + s(j * 30), y + s(22)), (x + s(j * 30 + 26), y + s(44)), (x + s(j * 30), y + s(66))],
                      fill=acc)
        x += s(64)
        x = slant_text(im, x, y - 4, name, font(s(62), True), NAVY, 0.16)
        size = s(62)
    else:
        x = number_box(im, d, x, y, idx, K, acc)
        size = s(58)
        while tw(d, topic_of(name) + "分论坛", font(size, True)) + s(60) > g.xr + s(20) - x and size > 46:
            size -= 2
        f = font(size, True)
        dy = (s(58) - size) // 2
        x = slant_text(im, x, y + 2 + dy, topic_of(name), f, NAVY, 0.16)
        x = slant_text(im, x + s(22), y + 2 + dy, "分论坛", f, NAVY, 0.16)
    hf, nf, uf = font(s(30), True), font(s(30)), font(s(17))
    label, who = "主持人:", pad(host[0])
    hw = tw(d, label, hf) + 8 + tw(d, who, nf)
    bw = max(hw, tw(d, host[1], uf))
    if x + s(30) + bw <= g.xr + s(20):
        hx = g.xr + s(20) - bw
        d.text((hx, y + 4), label, font=hf, fill=acc)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=NAME)
        d.text((hx, y + s(52)), host[1], font=uf, fill=GREY)
        under, y = False, y + s(104)
    else:
        y += s(100)
        lw = hw + s(20) + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - s(130), y + s(22)), (lx - s(20), y + s(22))], fill=mix(acc, 0.5), width=2)
        d.line([(lx + lw + s(20), y + s(22)), (lx + lw + s(130), y + s(22))], fill=mix(acc, 0.5), width=2)
        d.text((lx, y), label, font=hf, fill=acc)
        d.text((lx + tw(d, label, hf) + 8, y), who, font=nf, fill=NAME)
        d.text((lx + hw + s(20), y + s(10)), host[1], font=uf, fill=GREY)
        under, y = True, y + s(54)
    HEAD_LOG.append((name, size, under))
    hgrad(d, s(70), y, g.xr + s(30), y + s(10), acc, mix(acc, 0.12))
    return y + s(10) + s(56)


def heading_col(im, d, y, idx, name, host, x0):
    """A column's heading: a smaller number box, the topic and '分论坛' apart in leaning navy type (as large as the
    column allows, at most 40 px), then '主持人: name' and the unit after it on a line of its own, then the rule."""
    acc = ACCENTS[idx]
    x = number_box(im, d, x0 + 8, y + 6, idx, 0.72, acc)
    size = 40
    while tw(d, topic_of(name) + "分论坛", font(size, True)) + 16 + 0.16 * size * 2.9 > x0 + COL_W - x and size > 30:
        size -= 1
    f = font(size, True)
    dy = (40 - size) // 2
    x = slant_text(im, x, y + 8 + dy, topic_of(name), f, NAVY, 0.16)
    slant_text(im, x + 12, y + 8 + dy, "分论坛", f, NAVY, 0.16)
    y += 84
    hf, nf, uf = font(25, True), font(25), font(16)
    label, who = "主持人:", pad(host[0])
    d.text((x0 + 10, y), label, font=hf, fill=acc)
    nx = x0 + 10 + tw(d, label, hf) + 6
    d.text((nx, y), who, font=nf, fill=NAME)
    ux = nx + tw(d, who, nf) + 14
    if ux + tw(d, host[1], uf) <= x0 + COL_W:  # the unit beside the name where it fits, else under it
        d.text((ux, y + 7), host[1], font=uf, fill=GREY)
        y += 46
    else:
        d.text((x0 + 10, y + 38), fits(d, host[1], uf, COL_W - 10), font=uf, fill=GREY)
        y += 70
    HEAD_LOG.append((name, size, True))
    hgrad(d, x0, y, x0 + COL_W, y + 8, acc, mix(acc, 0.12))
    return y + 8 + 40


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
        d.text((g.tt, y), sp["name"], font=font(g.nf, True), fill=NAME)
        y += g.npitch - 6
        for ln in aff_lines(d, sp["line"], af, g.xr + g.over - g.tt):
            d.text((g.tt, y), ln, font=af, fill=GREY)
            y += g.apitch
        return y + 8
    name = pad(sp["name"])
    col = max(g.ncol, tw(d, name, nf) + 14)
    d.text((g.tt, y), name, font=nf, fill=NAME)
    lines = aff_lines(d, sp["line"], af, g.xr + g.over - g.tt - col)
    if len(lines) > 1:
        AFF_WRAPS[sp["name"]] = lines
    yy = y + off
    for ln in lines:
        d.text((g.tt + col, yy), ln, font=af, fill=GREY)
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


CHIP_PAD = 12


def chip(d, x, yc, text, f, fill, ink=WHITE):
    """A time chip: the range in white bold on a rounded pill of the forum's accent, centred on yc; returns its
    right edge."""
    b = d.textbbox((0, 0), text, font=f)
    h = f.size + 14
    x1 = x + (b[2] - b[0]) + 2 * CHIP_PAD
    d.rounded_rectangle([x, yc - h / 2, x1, yc + h / 2], radius=h / 2, fill=fill)
    d.text((x + CHIP_PAD - b[0], yc - (b[1] + b[3]) / 2), text, font=f, fill=ink)
    return x1


CHIP_RIGHT = []  # (forum accent, the chip's right edge minus the time line's x) of every chip


def agenda_row(d, y, s_, g, st):
    """A talk: the range in a coloured chip at the left, a dot on the time line, the dark title (greedy wrap), one
    line per speaker.  A round table adds the accent labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch
    are pale bars of the accent (the chip, the label and a cup or a bowl); '开场' a row without a speaker."""
    rf = font(g.rf, True)
    acc = g.acc
    if s_["kind"] == "break" and s_["title"] != "开场":
        d.rounded_rectangle([g.tx - CHIP_PAD - 8, y - 6, g.xr, y + g.bar - 6], radius=10, fill=mix(acc, 0.13))
        yc = y - 6 + g.bar / 2
        x1 = chip(d, g.tx - CHIP_PAD, yc, rng(s_), rf, acc)
        CHIP_RIGHT.append((acc, x1 - g.lx))
        assert x1 <= g.lx - 10, rng(s_)
        st["dots"].append((yc, acc))
        st["bars"].append((y - 6, y + g.bar - 6))
        tf = font(g.tf, True)
        b = d.textbbox((0, 0), s_["title"], font=tf)
        d.text((g.tt, yc - (b[1] + b[3]) / 2), s_["title"], font=tf, fill=TITLE)
        meal_mark(d, g.tt + b[2] + 16, yc - 17 * g.tf / 33, s_, acc, g.tf / 33)
        return y + g.bar + g.gap + 6
    tf = font(g.tf, True)
    b = d.textbbox((0, 0), "中", font=tf)
    yc = y + 1 + (b[1] + b[3]) / 2
    x1 = chip(d, g.tx - CHIP_PAD, yc, rng(s_), rf, acc)
    CHIP_RIGHT.append((acc, x1 - g.lx))
    assert x1 <= g.lx - 10, rng(s_)
    tl = title_lines(d, s_["title"], tf, g.xr - g.tt)
    WRAPS[s_["title"]] = tl
    for ln in tl:
        d.text((g.tt, y + 1), ln, font=tf, fill=TITLE)
        y += g.tp
    y += 4
    if s_["kind"] == "panel":
        lf = font(g.nf - 4, True)
        for k, group in enumerate((s_["sp"][:1], s_["sp"][1:])):
            y += 6
            d.text((g.tt, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=acc)
            y += g.npitch - 4
            for sp in group:
                y = person_line(d, y, sp, g)
    else:
        for sp in s_["sp"]:
            y = person_line(d, y, sp, g)
    st["dots"].append((yc, acc))
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
        d.ellipse([g.lx - 6, cy - 6, g.lx + 6, cy + 6], fill=WHITE, outline=col, width=3)
    hgrad(d, x_rule[0], y + 14, x_rule[1], y + 18, mix(g.acc, 0.12), g.acc)
    return y + 18


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: white, a pale blue outline and the name set as a navy word mark (the school with its seal)."""
    d.rectangle([x, y, x + w, y + h], fill=WHITE, outline=(186, 202, 234), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + s(46), y + h / 2, s(24), NAVY)
        f = font(s(27), True, serif=True)  # a seven-character name
        d.text((x + s(80), y + s(16)), fits(d, SCHOOL, f, w - s(88)), font=f, fill=NAVY)
        sf = font(s(7), True)
        d.text((x + s(82), y + s(58)), fits(d, SCHOOL_MARK, sf, w - s(88)), font=sf, fill=GREY)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
    if len(parts) == 2:
        ctext(d, x + w / 2, y + s(8), parts[0], font(s(32), True), NAVY)
        ctext(d, x + w / 2, y + s(54), "  ".join(parts[1]), font(s(17), True), NAVY)
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
        d.ellipse([tx, y + h / 2 - s(18), tx + s(36), y + h / 2 + s(18)], outline=BLUE, width=4)
        d.ellipse([tx + s(12), y + h / 2 - s(6), tx + s(24), y + h / 2 + s(6)], fill=BLUE)
        tx += s(52)
    d.text((tx, y + h / 2 - size * 0.7), fits(d, name, f, w - s(30)), font=f, fill=NAVY)


def units(d, y, names):
    bw, bh, gx, gy = s(300), s(92), s(40), s(34)
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def skyline(im, h):
    """The foot: Zigong, the salt capital: low hills, towers of the school, salt derricks, a string of festival
    lanterns, the 釜溪河 with its ripples, the school's name."""
    d = ImageDraw.Draw(im)
    base = h - s(60)
    hills(d, base - 230, 130, (214, 226, 250), 62073)
    col, win = (196, 212, 246), (232, 239, 253)
    for bx, bw, bh in [(30, 110, 210), (150, 90, 300), (252, 96, 180), (900, 104, 260), (1016, 120, 230),
                       (1148, 70, 160)]:
        d.rectangle([bx, base - 110 - bh, bx + bw, base - 110], fill=col)
        for wy in range(base - 110 - bh + 16, base - 130, 28):
            for wx in range(bx + 12, bx + bw - 14, 22):
                d.rectangle([wx, wy, wx + 9, wy + 13], fill=win)
    d.rectangle([380, base - 300, 720, base - 110], fill=(186, 204, 244))  # the school's library
    d.polygon([(370, base - 300), (730, base - 300), (550, base - 350)], fill=(186, 204, 244))
    for px in range(400, 710, 34):
        for wy in range(base - 270, base - 130, 40):
            d.rectangle([px, wy, px + 16, wy + 22], fill=win)
    derrick(d, 800, base - 110, 430, (150, 180, 236), 4)  # the Shenhai well's derrick
    derrick(d, 860, base - 110, 300, (170, 194, 240), 3)
    d.line([(0, base - 500), (W, base - 470)], fill=(236, 180, 170), width=2)
    for i in range(15):  # festival lanterns on a string
        lx = 40 + i * 82
        lantern(d, lx, base - 488 + i * 2 + 30, 18, (252, 206, 194), (228, 150, 136))
    d.rectangle([0, base - 110, W, base - 60], fill=(204, 218, 248))  # the embankment
    d.rectangle([0, base - 60, W, h], fill=(214, 226, 252))  # the river
    for i in range(0, W, 60):
        d.line([(i, base - 30), (i + 30, base - 30)], fill=(174, 196, 240), width=2)
        d.line([(i + 24, base - 6), (i + 50, base - 6)], fill=(174, 196, 240), width=2)
    ctext(d, W / 2, h - s(46), SCHOOL, font(s(22), True, serif=True), NAVY)


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + s(80)
    y = units(d, y, SPONSORS) + s(80)
    y = foot_plate(im, d, y, "支持单位") + s(80)
    y = units(d, y, SUPPORT) + s(80)
    y = foot_plate(im, d, y, "支持媒体") + s(80)
    y = units(d, y, MEDIA) + s(110)
    d.rectangle([W / 2 - s(180), y, W / 2 + s(180), y + s(360)], outline=NAVY, width=3)
    d.rectangle([W / 2 - s(162), y + s(18), W / 2 + s(162), y + s(342)], fill=WHITE, outline=(200, 212, 236))
    qrcode(d, W / 2 - s(144), y + s(36), s(288), 6207)
    y += s(410)
    slant_text(im, 0, y, "扫码报名", font(s(62), True), BLUE, 0.18, cx=W / 2)
    y += s(116)
    ctext(d, W / 2, y, "300份现场礼品，先到先得", font(s(29)), (56, 64, 88))
    ctext(d, W / 2, y + s(50), "活动解释权归主办方所有", font(s(29)), (56, 64, 88))
    y += s(140)
    slant_text(im, 0, y, "相约盐都自贡 · 共话 Linux 内核", font(s(48), True), BLUE, 0.18, cx=W / 2)
    return int(y + s(640))


def tint(im, cx, cy, r, col, strength):
    """A soft round tint of col over the page (the light page's answer to the organisers' glows)."""
    w, h = im.size[0] // 8 + 1, im.size[1] // 8 + 1
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).ellipse([(cx - r) / 8, (cy - r) / 8, (cx + r) / 8, (cy + r) / 8], fill=int(255 * strength))
    m = m.filter(ImageFilter.GaussianBlur(r / 16)).resize(im.size, Image.BILINEAR)
    return Image.composite(Image.new("RGB", im.size, col), im, m)


def background(w, h):
    """A pale blue-white page: bluer at the head, fading to near white by the agenda, a little bluer again at the
    foot; soft sky and lilac tints and faint diagonal lines at the head."""
    im = Image.new("RGB", (w, h), PAGE1)
    im.paste(vgrad(w, s(1300), PAGE0, PAGE1), (0, 0))
    im.paste(vgrad(w, s(900), PAGE1, PAGE2), (0, h - s(900)))
    im = tint(im, s(820), s(700), s(420), (186, 212, 255), 0.55)
    im = tint(im, s(80), s(1250), s(300), (224, 214, 252), 0.5)
    for k, yy in enumerate(range(3000, h - 1200, 2600)):
        im = tint(im, W - 30 if k % 2 else 30, yy, s(300), (214, 228, 252), 0.45)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light lines behind the ring
        d.line([(s(520 + i * 80), 0), (W, s(300 - i * 38))], fill=(206, 222, 252), width=2)
    skyline(im, h)
    return im


PAINT_LOG = {}


def paint_full(im, d):
    del HEAD_LOG[:]
    del CHIP_RIGHT[:]
    AFF_WRAPS.clear()
    WRAPS.clear()
    ends = {}
    y = header(im, d)
    y = intro_box(d, y) + s(100)
    y = foot_plate(im, d, y, "大会议程") + s(110)
    for idx in WIDE:  # 主论坛 and 01 across the page
        name, host, slots = FORUMS[idx]
        y = heading_full(im, d, y, idx, name, host)
        g = full_g(ACCENTS[idx])
        y = ends[idx] = forum_rows(d, y, slots, g, (s(70), g.xr + s(30)))
        y += 130
    for a, b in PAIRS:  # two afternoon forums side by side, twice
        tops = []
        for idx, x0 in zip((a, b), COL_X):
            name, host, slots = FORUMS[idx]
            tops.append(heading_col(im, d, y, idx, name, host, x0))
        top = max(tops)
        for idx, x0 in zip((a, b), COL_X):
            ends[idx] = forum_rows(d, top, FORUMS[idx][2], col_g(x0, ACCENTS[idx]), (x0, x0 + COL_W))
        y = max(ends[a], ends[b]) + 120
    PAINT_LOG["ends"] = ends
    return footer(im, d, y + 30)


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


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104, 106 and 201)."""
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


# the surnames as printed, in the proportions of a real Chinese kernel conference: the five commonest (王 李 张 刘 陈)
# about a third, the other fifteen of the brief's twenty (four of them twice), then one each of twenty other common
# surnames (曾, 雷 and 罗 are frequent in Sichuan), and two rare ones met in Sichuan: 税 and 敬
COMMON = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")  # the 100
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
SURNAMES = {"王": 5, "李": 5, "张": 4, "刘": 4, "陈": 3, "杨": 2, "黄": 2, "赵": 2, "周": 2,
            "吴": 1, "徐": 1, "孙": 1, "马": 1, "胡": 1, "朱": 1, "郭": 1, "何": 1, "罗": 1, "高": 1, "林": 1,
            "曾": 1, "宋": 1, "蔡": 1, "郑": 1, "梁": 1, "谢": 1, "田": 1, "韩": 1, "彭": 1, "许": 1, "董": 1,
            "冯": 1, "肖": 1, "邓": 1, "袁": 1, "唐": 1, "曹": 1, "叶": 1, "蒋": 1, "雷": 1,
            "税": 1, "敬": 1}
UNCOMMON = ("税", "敬")
# the given names, as a real programme prints them: everyday characters only (set 206's list)
EVERYDAY = set("建华磊文涛晓东帆志强平永海洋婷宏伟军静俊鹏国斌丽娟敏明超燕冰怡浩然雪梅飞峰辉亮娜帅小刚晨阳波杰萍昊"
               "宇航鑫卫民春芳龙云勇凯庆红霞光青")
N_CHINESE = 62
N_PADDED = 22


def people_of():
    out = []
    for _, host, slots in FORUMS:
        out.append(plain(host[0]))
        out += [plain(sp["name"]) for s_ in slots for sp in s_["sp"]]
    return out


ENGLISH = {  # the English-only titles per forum (one in each)
    "主论坛": 1, "内存管理与优化分论坛": 1, "文件系统与存储分论坛": 1, "调度、性能与调试分论坛": 1,
    "硬件架构与异构计算分论坛": 1, "AI 基础设施与 eBPF 应用分论坛": 1}
TEAS = [None, "15:40-16:00", "15:40-16:00", "15:40-15:55", "15:30-15:50", "15:40-16:00"]
ENDS = ["17:40", "17:40", "17:35", "17:50", "17:30"]
COUNTS = [6, 9, 8, 8, 7, 8]  # scored talks per forum
DUOS = [1, 1, 1, 2, 1, 1]  # two-speaker talks per forum


def check(poster):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; the surname counts and everyday given names."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:5])  # 2024 was the 19th
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
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    assert counts == SURNAMES, sorted(counts.items(), key=lambda kv: -kv[1])
    top5 = sum(counts[c] for c in TOP20[:5])
    top20 = sum(counts.get(c, 0) for c in TOP20)
    assert len(chinese) == N_CHINESE and 0.28 <= top5 / len(chinese) <= 0.36, (top5, len(chinese))
    assert 0.55 <= top20 / len(chinese) <= 0.70 and all(c in counts for c in TOP20), top20
    assert all(c in COMMON for c in counts if c not in UNCOMMON) and all(c not in COMMON for c in UNCOMMON)
    assert sum(counts[c] for c in UNCOMMON) == 2
    assert all(2 <= len(p) <= 3 for p in chinese)
    assert set("".join(p[1:] for p in chinese)) <= EVERYDAY, set("".join(p[1:] for p in chinese)) - EVERYDAY
    for _, _, slots in FORUMS:  # two-character names are padded as printed, no other
        for s_ in slots:
            for sp in s_["sp"]:
                n = plain(sp["name"])
                assert latin(n) or (len(n) == 2) == ("\u3000" in sp["name"]), sp["name"]
    assert all(len(plain(h[0])) == 2 or "\u3000" not in h[0] for _, h, _ in FORUMS)
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
    assert [sum(1 for s_ in f[2] if s_["kind"] == "talk" and len(s_["sp"]) == 2) for f in FORUMS] == DUOS
    assert all(len(s_["sp"]) <= 2 for s_ in slots if s_["kind"] == "talk")
    assert {f[0]: sum(1 for s_ in f[2] if s_["kind"] == "talk" and s_["title"].isascii()) for f in FORUMS} == ENGLISH
    assert sum(1 for s_ in slots for sp in s_["sp"] if latin(sp["name"])) == 1
    assert [([rng(s_) for s_ in f[2] if s_["title"] == "茶歇"] or [None]) for f in FORUMS] == [[t] for t in TEAS]
    assert FORUMS[0][2][0]["title"] == "开场" and FORUMS[0][2][1]["title"] == "嘉宾致辞"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "14:00"
    assert FORUMS[0][2][-2]["kind"] == "panel"
    assert all(f[2][0]["start"] == "14:00" for f in FORUMS[1:])
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ENDS
    assert [sum(1 for s_ in f[2] if s_["kind"] != "break") for f in FORUMS] == COUNTS
    return len(titles)


DRAFT = os.environ.get("DRAFT") == "1"  # while designing: write tmp/draft.png, skip the pinned lists


def main():
    im = two_pass(W, paint_full, background)
    assert im.size[0] == W
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    buf = io.BytesIO()
    im.save(buf, "PNG", compress_level=9)
    data = buf.getvalue()
    with open(os.path.join(HERE, FULL_FN), "wb") as fh:
        fh.write(data)
    size = len(data)
    print(FULL_FN, "%d x %d" % im.size, size)
    poster = {"file": FULL_FN, "layout": layout(im.size), "date": DATE,
              "forums": [{"forum": name, "date": DATE, "slots": [truth_slot2(s_) for s_ in slots]}
                         for name, _, slots in FORUMS]}
    n = check(poster)
    print("scored talks", n)
    assert 42 <= n <= 55, n
    print("headings:", HEAD_LOG)
    print("column ends:", PAINT_LOG["ends"])
    print("chip room (right edge - time line):", min(r for _, r in CHIP_RIGHT), max(r for _, r in CHIP_RIGHT))
    for t, ls in WRAPS.items():
        if len(ls) > 1:
            print("  ", " / ".join(ls))
    print("company lines run on:", AFF_WRAPS)
    nlines = {t: len(ls) for t, ls in WRAPS.items()}
    if not DRAFT:
        assert [t for t, n_ in nlines.items() if n_ > 1] == WRAPPED, [t for t, n_ in nlines.items() if n_ > 1]
        assert [t for t, n_ in nlines.items() if n_ >= 3] == THREE_LINES, nlines
        assert AFF_WRAPS == RUN_ON, AFF_WRAPS
        assert HEAD_LOG == HEADINGS, HEAD_LOG
        assert SIZE_BOUNDS[0] <= im.size[1] <= SIZE_BOUNDS[1] and SIZE_BOUNDS[2] <= size <= SIZE_BOUNDS[3], (im.size, size)
    assert all(n_ <= 3 for n_ in nlines.values())
    assert all(len(ls[-1].strip()) >= 2 for ls in WRAPS.values()), WRAPS
    truth = {"written": "2026-12-11", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -201, -206): speakers are names as printed with spaces "
    "and the padding of two-character names removed (%s; the Latin name 'Stefan Keller' -> 'StefanKeller'); host is "
    "the chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; "
    "break titles are as printed; an opening speech printed with a speaker ('嘉宾致辞', 敬永刚) is a talk; '开场' (printed "
    "in the title column without a speaker), '茶歇' and '午餐' are breaks; '午餐' (12:10-14:00) closes 主论坛. ONE invented "
    "edition, CLK 6207 (第4202届, 自贡, host school 四川轻化工大学 with its 计算机科学与工程学院 and two English lines at the "
    "top right, Saturday 6207-10-24), with CLK2025's six forum folder names without their numbers, in folder order "
    "(主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, "
    "'AI 基础设施与 eBPF 应用分论坛' with its spaces), printed as CLK2025's repository holds an edition: ONE "
    "whole-agenda image, here 'CLK6207全部议程.png' (PNG, 1242 px wide), so this file has ONE entry holding the six "
    "forums in printed order and every talk is listed once. 主论坛 runs in the morning, the five others in parallel from "
    "14:00 (as the 2024 whole agenda starts its afternoon); every forum's date is the edition's. The head (logo lines "
    "'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school's seal, name, school and English lines, '第4202届中国' / "
    "'Linux内核开发者大会', the ring '6207' / 'CLK', the date pill '6207年10月24日' + pin + '自贡', '地址:' and the hall "
    "over two lines), the framed introduction (two paragraphs naming companies and communities, no forum), '大会议程' "
    "on a plate and the foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', two caption lines, "
    "the slogan '相约盐都自贡 · 共话 Linux 内核', the school's name under the skyline) are never part of a name, a title "
    "or a slot. A LIGHT PAGE (the brief): pale blue-white paper, navy head type and headings, DARK NAVY titles, dark "
    "names, slate-grey company-job lines, and each forum's time ranges in COLOURED CHIPS (white bold digits on a "
    "rounded pill) in ONE ACCENT PER FORUM, also used for its number box, dots, '主持人:' label and rules: 主论坛 royal "
    "blue, 01 teal, 02 violet, 03 orange, 04 green, 05 rose; a range is the text in its chip, the chip's colour is "
    "nothing. LAYOUT: 主论坛 ACROSS THE PAGE; then 01 内存管理与优化 (nine talks) ACROSS THE PAGE too; then the four "
    "other afternoon forums TWO SIDE BY SIDE in columns of 560 px with a gap of 42 (02 文件系统与存储 left | 03 调度、"
    "性能与调试 right, then 04 硬件架构与异构计算 left | 05 AI 基础设施与 eBPF 应用 right), each column ONE forum from its "
    "heading to its own closing rule, with its own time line: nothing in one column belongs to the forum of the other, "
    "whatever stands level with it (both columns of a pair start at 14:00 on the same height; 02 runs 30- and "
    "20-minute talks, tea 15:40-16:00, end 17:40; 03 25-minute talks, tea 15:40-15:55, end 17:35; 04 30-minute talks, "
    "tea 15:30-15:50, end 17:50; 05 20- and 30-minute talks, tea 15:40-16:00, end 17:30, so the tea bars of a pair "
    "print different ranges). 01 runs 20- and 30-minute talks, tea 15:40-16:00, end "
    "17:40. HEADINGS: '▶▶ 主论坛' or a slanted number box '01'..'05' followed by the forum's TOPIC and '分论坛' set APART "
    "with a gap, as the organisers' 2024 whole agenda sets them ('内存管理与优化  分论坛'): the forum is CLK2025's name, "
    "the gap and the numbers no part of it (the column headings shrink to fit: 40, 38, 35 and 30 px). The host is the "
    "name after the coloured '主持人:' (ASCII colon, as 2024 types it): at the RIGHT of 主论坛's heading with the unit "
    "under it (曾志明, '四川轻化工大学计算机科学与工程学院院长'); for 01, on a line of its own under the heading between two "
    "short rules with the unit beside it (刘涛, '电子科技大学计算机科学与工程学院副教授'); in a column, on a line of its "
    "own under the column's heading with the unit beside the name (宋晓燕, 王志勇, 蔡文斌, 马丽娟). The unit is no "
    "affiliation. ROWS (across the page and in the columns alike, the columns in smaller type): the range in its chip "
    "at the left ('14:00-14:20'), a ring dot on a vertical time line, the DARK title, then ONE LINE PER SPEAKER: the "
    "padded name and, after it, the company-job line in small grey type, given EXACTLY as printed, typed as the "
    "designer typed it (mostly without a space between company and job: '华为openEuler内核首席架构师', "
    "'腾讯云TencentOS内核负责人', 'vivo内存优化专家', 'OPPO性能工程师', '字节跳动STE团队内核负责人', "
    "'阿里云AI基础设施工程师'; with a space after a Latin company: 'SUSE 存储工程师'). One company-job line too long for "
    "its column runs on under itself and is ONE affiliation: 雷亮 '中国移动（成都）产业研究院' / '工程师' -> "
    "'中国移动（成都）产业研究院工程师'. The one LATIN name stands on its own line (bold) with its company-job line UNDER "
    "it ('Stefan Keller' / 'SUSE 存储工程师', in 02, as 2024 prints 'Kuzin Artem'): that line is his affiliation, not a "
    "title line and not a second speaker. TITLES wrap greedily in their measure, as the organisers' whole agenda "
    "breaks them, also inside a word ('手机上 F2FS 的 checkpoint 频' / '率与掉电安全', '持久内存退场之后：PMEM 业' / "
    "'务向 NVMe 的迁移'), also leaving two characters or one short Latin word alone on the last line ('大模型推理负载对 "
    "Linux 内存子系统提出的新' / '要求', '一次 page cache 回归的二分定位：从 v6.1 到' / 'v6.6'), also at the space between "
    "a Chinese and a Latin word ('车载仪表盘启动链中' / 'dm-verity 校验的时间账', '产线 PLC 网关上' / 'PREEMPT_RT 的抖动来源分析'), "
    "except that a single Chinese character is never left alone on a line; nearly every column title runs over two "
    "lines, two English ones over THREE ('Bringing RISC-V Vector' / 'Extension Support to Real' / 'Workloads', "
    "'Scaling eBPF-based' / 'observability without' / 'hurting tail latency'). A title over several lines is ONE "
    "title, given as the designer typed it: a space between Latin words and around Latin words where typed, none "
    "inside Chinese text; a hyphenated, dotted or underscored word ('RISC-V', 'eBPF-based', 'CO-RE', 'copy-up', "
    "'dm-verity', 'nohz_full', 'v6.1') is never split; Chinese titles keep their full-width '：' and '？' as typed. "
    "TWO SPEAKERS of one talk are two lines, the SECOND SPEAKER ON A LINE OF ITS OWN under the first, each with his "
    "own company-job line, given top then bottom: 张海波 and 陈静 (海光信息, 主论坛), 梁文杰 and 王晓丽 (平安科技, 01), 许建波 "
    "and 罗娜 (蚂蚁集团, 02), 肖雪 and 王海涛 (OPPO, 03) and 林晓峰 and 袁静 (字节跳动, 03), 郭超 and 赵晓明 (摩尔线程, 04), "
    "刘红霞 and 叶明 (华为云, 05). The ROUND TABLE (主论坛, 11:20-12:10, kind 'panel') is one row "
    "'圆桌论坛:企业内核团队与上游社区如何双向奔赴' (on one line; the label '圆桌论坛:' kept in the title with its ASCII "
    "colon, as the real 2024 whole agenda prints its round table), a blue '主持人:' line over the moderator's line and a "
    "blue '嘉　宾:' line over four guests' lines; its speakers are the moderator and then the guests in printed order "
    "(黄伟; 徐志强, 杨丽萍, 赵勇, 何建华), its affiliations their printed lines; the labels are no part of a name, and the "
    "moderator is a SPEAKER, not the forum's host (曾志明), although the label over him reads '主持人:' like the host's. "
    "'开场' (09:00-09:05) is a row without a speaker. '茶歇' and '午餐' are pale bars of the forum's accent holding the "
    "chip, a dot, the label and a small cup or bowl drawing (no text; in a column the bar is the column's width): 主论坛 "
    "has NO tea (as 2024), its 午餐 12:10-14:00; every afternoon forum has one 茶歇 and ends with a talk. ENGLISH-ONLY "
    "titles (six, one per forum): 'What Changed When We Moved a Million Servers to EEVDF' (主论坛, a Chinese speaker, "
    "two lines), 'Taming Memory Cgroup Reclaim Latency under Container Churn' (01, two lines), 'Making Btrfs RAID "
    "Recovery Predictable' (02, Stefan Keller, two lines), 'Why Our Soft Lockups Were Not Kernel Bugs' (03, two lines), "
    "'Bringing RISC-V Vector Extension Support to Real Workloads' (04, three lines), 'Scaling eBPF-based observability "
    "without hurting tail latency' (05, lower case as typed, three lines). SURNAMES in the proportions of a real "
    "Chinese kernel conference: of 62 Chinese names 王 5, 李 5, 张 4, 刘 4, 陈 3 (21, a third), 杨, 黄, 赵, 周 2 each, the "
    "other eleven of the brief's twenty once each (40 of 62 from the brief's twenty, 65 %%), 20 other common surnames "
    "once each (曾 and 雷 among them, frequent in Sichuan), and two rare ones met in Sichuan: 敬 (敬永刚, the school's "
    "vice-president giving '嘉宾致辞') and 税 (税明亮, a doctoral student, 01's last talk). Given names are everyday ones "
    "(伟, 磊, 涛, 勇, 鹏, 静, 丽, 超, 明, 强, 志强, 建华, 晓东, 海燕, 丽娟...); twenty-two two-character names, padded. "
    "No person is printed twice." %
    "; ".join("'%s' -> '%s'" % (n, plain(n)) for n in padded_names())
)


def layout(size):
    return ("%s (第4202届), 自贡, %s (PNG, %d x %d): THE WHOLE AGENDA in the family of the organisers' CLK2024 "
            "大会全议程.webp on a LIGHT page (pale blue-white paper, navy head type, dark navy titles, grey company-job "
            "lines, the ranges in coloured chips, one accent per forum: royal blue, teal, violet, orange, green, rose): "
            "the head, a framed white introduction, '大会议程' on a blue plate, then 主论坛 ACROSS the page ('▶▶ 主论坛', "
            "host at the right), then 01 内存管理与优化 ACROSS the page (host under the heading between rules), then the "
            "afternoon forums 02 | 03 and 04 | 05 TWO SIDE BY SIDE in columns (a small number box, the topic and '分论坛' "
            "apart, the host and his unit on a line under it, a rule; rows in smaller type with their own time line; "
            "each column closed by its own rule); each talk a row: range chip, ring dot on a time line, dark title "
            "(greedy wrap; nearly every column title over two lines, two English ones over three), one line per "
            "speaker 'padded name  company-job' (a second speaker on a line of his own; the Latin name on its own line "
            "with the company-job line under it; one company-job line run on under itself); the round table with "
            "blue '主持人:' and '嘉　宾:' lines; 茶歇 and 午餐 as pale bars of the accent; the foot with sponsors, "
            "supporters, media, a QR code and Zigong's skyline (hills, buildings, the school's library, two salt "
            "derricks, a string of lanterns, the river). 6 + 9 + 8 + 8 + 7 + 8 = 46 scored talks (the round table and "
            "the opening speech among them)." % ((EDITION, DATE) + size))


WRAPPED = [  # every title printed over more than one line, in printed order (all others stand on one)
    '大模型推理负载对 Linux 内存子系统提出的新要求',
    'What Changed When We Moved a Million Servers to EEVDF',
    '一次 page cache 回归的二分定位：从 v6.1 到 v6.6',
    'Taming Memory Cgroup Reclaim Latency under Container Churn',
    '云主机在线扩内存时 memmap 初始化耗时的拆解',
    '手机上 F2FS 的 checkpoint 频率与掉电安全',
    'casefold 目录下 ext4 查找变慢的根因',
    'Making Btrfs RAID Recovery Predictable',
    '分布式训练读盘慢？NFS 客户端预读窗口的实测',
    '国产 NVMe 盘上 io scheduler 选择的经验值',
    'overlayfs 在容器镜像多层叠加下的 copy-up 开销',
    '车载仪表盘启动链中 dm-verity 校验的时间账',
    '持久内存退场之后：PMEM 业务向 NVMe 的迁移',
    'EEVDF 下 nice 值语义变化对业务的影响',
    '伪共享的另一种面目：一次数据库抖动复盘',
    'Why Our Soft Lockups Were Not Kernel Bugs',
    '调度器负载均衡在大核小核平台上的调优',
    '宕机现场不用人看：vmcore 初筛脚本的沉淀',
    '产线 PLC 网关上 PREEMPT_RT 的抖动来源分析',
    'ftrace 与 BPF 结合的函数耗时采样',
    'CPU 隔离参数 nohz_full 的误用与正确配置',
    '国产平台机密虚拟机的 vTPM 与远程证明支持',
    'ARM64 服务器上 SMMU 性能问题的定位',
    'Bringing RISC-V Vector Extension Support to Real Workloads',
    'GPU 驱动中系统内存与显存迁移的缺页处理',
    '智算服务器 PCIe 链路降速与 AER 错误的排查',
    '国产 AI 加速卡 PCIe 驱动的 DMA 映射优化',
    '千卡训练任务里被忽视的 CPU 侧开销：eBPF 视角',
    'eBPF 实现的容器网络策略在万节点集群的表现',
    'Scaling eBPF-based observability without hurting tail latency',
    '推理服务的 NUMA 绑核与网卡中断亲和一起调',
    '多租户平台上用 BPF LSM 拦截危险系统调用',
    'checkpoint 写入风暴下的 dirty 页限速参数',
    'eBPF 程序的 CO-RE 兼容性在多内核版本中的维护',
]
THREE_LINES = [  # the titles printed over three lines
    'Bringing RISC-V Vector Extension Support to Real Workloads',
    'Scaling eBPF-based observability without hurting tail latency',
]
RUN_ON = {'雷\u3000亮': ['中国移动（成都）产业研究院', '工程师']}  # the one company-job line run on under itself
HEADINGS = [  # (forum, heading size in px, host on a line under the heading?)
    ('主论坛', 71, False),
    ('内存管理与优化分论坛', 67, True),
    ('文件系统与存储分论坛', 40, True),
    ('调度、性能与调试分论坛', 38, True),
    ('硬件架构与异构计算分论坛', 35, True),
    ('AI 基础设施与 eBPF 应用分论坛', 30, True),
]
SIZE_BOUNDS = (13000, 14500, 1_500_000, 2_400_000)  # height, then bytes (a PNG without grain)

if __name__ == "__main__":
    main()
