"""Draw the two-hundred-and-nineteenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK7219全部议程.jpg and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 7219 (第5214届, 芜湖, 安徽工程大学, Saturday 7219-10-19), with
CLK2025's six forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛,
硬件架构与异构计算分论坛, AI 基础设施与 eBPF 应用分论坛), as CLK2025's repository holds an
edition: ONE whole-agenda image, 'CLK7219全部议程.jpg', JPEG q85, 1080 px wide, the six forums
one under another, drawn after the organisers' CLK2024 大会全议程.webp (head, introduction
box, '大会议程' plate, forum headings, timeline rows, tea bars, the foot with sponsors, QR
code and a skyline) in NEW COLOURS: a deep espresso page (a shade deeper towards the foot)
with warm-white ranges and names, saffron titles, coral '主持人' labels, latte company-job
lines and saffron number boxes and bars.

Built from posters-blind-206/draw.py: its helpers (everything from the imports to hgrad,
itself from sets 195, 184, 182, 173, 153, 143, 130, 118, 106, 104, 79, 66, 65, 62 and 59)
copied unchanged; its whole-agenda painters recoloured and changed as README.md lists; the
data are new.
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
# CLK 7219 (第5214届), 芜湖, 安徽工程大学, Saturday 7219-10-19.  主论坛 in the morning (09:00-12:10, then lunch until
# 14:00), the five other forums in parallel in the afternoon from 14:00, each with a tea 15:40-16:00 (as 2024's).
EDITION = "CLK 7219"
YEAR = "7219"
NTH = "第5214届中国"
DATE = "7219-10-19"
DATE_PRINTED = "7219年10月19日"
CITY = "芜湖"
SCHOOL = "安徽工程大学"
SCHOOL_UNIT = "计算机与信息学院"
SCHOOL_EN = "School of Computer and Information, Anhui Polytechnic University"
SCHOOL_MARK = "ANHUI POLYTECHNIC UNIVERSITY"
HALL = "安徽工程大学学术交流中心 一楼报告厅"  # printed over two lines, broken at the space
FILE = "CLK%s全部议程.jpg" % YEAR  # named as CLK2025's repository names its image


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return {"name": name, "line": line}


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


# every speaker stands on a line of his own, as the 2024 whole agenda prints them (two speakers one under the
# other); two-character names are held padded, as they are printed
H0, H1, H2, H3, H4, H5 = "吴建平", "孙海峰", "郭文斌", "许\u3000明", "罗晓东", "黄\u3000丽"
FORUMS = [
    ("主论坛", (H0, "安徽工程大学计算机与信息学院院长"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [P("储国华", "安徽工程大学副校长")], H0),
        T("09:20", "09:50", "汽车电子电气架构集中化对 Linux 内核提出的新要求",
          [P("张海涛", "奇瑞汽车软件研究院首席架构师")], H0),
        T("09:50", "10:20", "What Twelve Kernel Rebases Taught Us About Carrying Out-of-Tree Code",
          [P("李\u3000伟", "阿里云操作系统首席工程师")], H0),
        T("10:20", "10:50", "国产 DRAM 颗粒与内核内存管理的协同验证",
          [P("陈晓东", "长鑫存储系统软件总监"), P("汪\u3000静", "长鑫存储内存测试工程师")], H0),
        T("10:50", "11:20", "从一次 P99 告警说起：推理集群里被忽视的内核开销",
          [P("杨\u3000鹏", "字节跳动内核团队负责人")], H0),
        PANEL("11:20", "12:10", "开源协作与企业研发，内核人才如何成长",
              [P("王建华", "统信软件内核研发总监"),
               P("赵永强", "中国科学技术大学计算机学院教授"),
               P("周\u3000婷", "华为openEuler社区技术专家"),
               P("马文杰", "科大讯飞操作系统技术专家"),
               P("林\u3000涛", "麒麟软件内核部经理")], H0),
        B("12:10", "14:00", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "华为内存管理技术专家"), [
        T("14:00", "14:20", "匿名大页在 Redis 集群中的收益与退化场景", [P("王\u3000磊", "美团基础架构内核工程师")], H1),
        T("14:20", "14:50", "Why Our Guests Stalled: Page Table Pages as a Hidden Memory Cost",
          [P("何晓明", "腾讯云虚拟化内核工程师")], H1),
        T("14:50", "15:20", "kswapd 与直接回收的 CPU 开销：手机长时间使用场景下的测量",
          [P("谢文涛", "vivo内存优化工程师"), P("邓丽娟", "vivo系统性能工程师")], H1),
        T("15:20", "15:40", "压缩内存后端的选择：zram、zswap 与外置交换盘的对比", [P("曾\u3000超", "荣耀操作系统工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "内存分层中页面晋升的误判与修正", [P("李国庆", "阿里云内核工程师")], H1),
        T("16:30", "16:50", "驱动加载失败背后的 vmalloc 地址空间耗尽", [P("查文斌", "科大讯飞嵌入式系统工程师")], H1),
        T("16:50", "17:10", "容器内存超卖的边界：以 PSI 为信号的回收节奏控制", [P("张\u3000敏", "京东云内核工程师")], H1),
        T("17:10", "17:30", "NUMA 自动平衡在多 die 处理器上的行为分析", [P("朱俊峰", "海光信息系统软件工程师")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "中国科学技术大学副教授"), [
        T("14:00", "14:30", "构建农场里的 Btrfs：成千上万个子卷之后", [P("宋\u3000飞", "网易数帆存储工程师")], H2),
        T("14:30", "14:50", "XFS 日志设备分离部署的收益测量", [P("刘建军", "浪潮信息存储内核工程师")], H2),
        T("14:50", "15:10", "Making fsync Cheaper on Consumer Flash Storage", [P("陈\u3000静", "OPPO存储系统工程师")], H2),
        T("15:10", "15:40", "块存储网关从 tcmu 迁移到 ublk 的得与失",
          [P("韩志勇", "天翼云存储研发工程师"), P("冯\u3000雪", "天翼云存储研发工程师")], H2),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "页缓存回写与 cgroup IO 限流的冲突", [P("王海燕", "字节跳动存储内核工程师")], H2),
        T("16:20", "16:50", "NFS 客户端在高并发元数据场景下的性能分析", [P("曹晨阳", "中国移动云能力中心存储工程师")], H2),
        T("16:50", "17:10", "车载 UFS 存储的掉电一致性测试方法", [P("高\u3000峰", "蔚来汽车系统软件工程师")], H2),
        T("17:10", "17:30", "对象存储节点上的 io_uring：从 epoll 迁移的一年", [P("彭晓燕", "百度智能云存储工程师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "腾讯云内核技术总监"), [
        T("14:00", "14:20", "EEVDF 切换后尾延迟抖动的排查记录", [P("张建国", "快手内核工程师")], H3),
        T("14:20", "14:50", "Debugging Livepatch Failures in the Field", [P("Simon Hartmann", "SUSE 内核热补丁工程师")], H3),
        T("14:50", "15:10", "RCU 宽限期过长导致的内存积压分析", [P("梁\u3000宇", "华为内核工程师")], H3),
        T("15:10", "15:40", "一台 4TB 内存机器的宕机现场：转储为何要两个小时",
          [P("杨志华", "联想服务器内核工程师"), P("唐\u3000凯", "联想服务器测试工程师")], H3),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "交易系统的 CPU 隔离：nohz_full 之外还要关掉什么", [P("李\u3000娜", "恒生电子基础架构工程师")], H3),
        T("16:20", "16:40", "软中断负载不均的定位与 RPS 调整", [P("徐\u3000斌", "小米云平台内核工程师")], H3),
        T("16:40", "17:10", "跨 CCD 任务迁移的代价与负载均衡改进", [P("刘\u3000洋", "海光信息调度内核工程师")], H3),
        T("17:10", "17:30", "KCSAN 在国产驱动代码中发现的数据竞争", [P("董晓峰", "麒麟软件内核测试工程师")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "龙芯中科系统软件总监"), [
        T("14:00", "14:30", "RISC-V 服务器的中断直通：IMSIC 在虚拟化中的用法", [P("赵\u3000磊", "中国科学院软件研究所助理研究员")], H4),
        T("14:30", "14:50", "龙架构虚拟机的中断注入路径与延迟分析", [P("黄永刚", "龙芯中科虚拟化工程师")], H4),
        T("14:50", "15:20", "内存扩展卡上线之后：内核对 CXL 设备故障的处理", [P("王\u3000凯", "英特尔 数据中心软件工程师")], H4),
        T("15:20", "15:40", "ARM64 可伸缩矩阵扩展对进程切换的影响", [P("田雪梅", "飞腾系统软件工程师")], H4),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "HMM 在国产加速卡上的适配：CPU 与 GPU 共享虚拟地址",
          [P("胡志强", "摩尔线程驱动工程师"), P("李\u3000静", "摩尔线程内核工程师")], H4),
        T("16:30", "17:00", "Porting Linux to a Chiplet RISC-V Server: The First Six Months",
          [P("吴海波", "算能科技系统软件工程师")], H4),
        T("17:00", "17:20", "机密计算场景下加速卡直通的信任建立过程", [P("潘\u3000军", "蚂蚁集团机密计算工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "字节跳动基础架构技术专家"), [
        T("14:00", "14:20", "拥塞控制之外：用 eBPF 看清训练流量的排队位置", [P("周\u3000杰", "百度智能云网络工程师")], H5),
        T("14:20", "14:40", "模型权重加载慢在哪里：从 safetensors 到 page cache", [P("郑晓帆", "商汤科技AI基础设施工程师")], H5),
        T("14:40", "15:10", "eBPF-based fault injection for distributed training jobs", [P("陈\u3000辉", "蚂蚁集团SRE工程师")], H5),
        T("15:10", "15:40", "GPU 显存不足时向主机内存卸载：内核侧需要做什么",
          [P("张丽萍", "阿里云异构计算工程师"), P("刘\u3000强", "阿里云内核工程师")], H5),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "推理网关的数据面：XDP 与用户态转发的取舍", [P("袁浩然", "中兴通讯网络软件工程师")], H5),
        T("16:20", "16:50", "BPF 验证器拒绝了我的程序：二十个真实案例", [P("王志刚", "腾讯 TencentOS内核工程师")], H5),
        T("16:50", "17:10", "用 eBPF 给机房节点做功耗归因", [P("肖建波", "京东零售基础设施工程师")], H5),
        T("17:10", "17:30", "千卡训练任务的集合通信与内核网络参数调优", [P("李明亮", "科大讯飞AI平台工程师")], H5),
    ]),
]
SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]
COUNTS = [6, 8, 8, 8, 7, 8]
ENDS = ["17:30", "17:30", "17:30", "17:20", "17:30"]  # the afternoon forums' last talks end here

SPONSORS = ["安徽工程大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "科大讯飞", "vivo", "长鑫存储", "统信软件", "麒麟软件"]
SUPPORT = ["清华大学", "中国科学技术大学", "openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "安徽省计算机学会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux中国"]
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
# NEW COLOURS (the brief: a dark page, bright titles), in the 2024 whole agenda's layout: a deep ESPRESSO page
# ((74,48,36) at the head, (50,32,25) by the agenda, a shade deeper, (20,13,10), at the foot) with amber and rose
# glows; WARM-WHITE ranges, names and head type; bright SAFFRON titles, dots and rules; CORAL '主持人:' and
# '嘉　宾:' labels; LATTE company-job lines; saffron number boxes with espresso digits; saffron tea and lunch bars
# fading into the brown; saffron plates for '大会议程' and the foot's words.
INK = WHITE
TITLE = (255, 198, 72)  # saffron titles
PALE = (222, 196, 166)  # the company-job lines and the hosts' units (latte)
GOLD = (255, 128, 112)  # '主持人:' and '嘉　宾:' (coral; the name GOLD is kept from set 195's code)
VIOLET = GOLD
PLUM_INK = (62, 36, 24)  # the digits in the saffron number boxes (espresso; name kept from set 195's code)
LINE = (156, 122, 96)  # the time line
HOLE = (50, 32, 25)  # the hole of a pin
BG0, BG_MID, BG1 = (74, 48, 36), (50, 32, 25), (20, 13, 10)
RULE = (255, 188, 64)  # the forum rules' strong end
RULE_END = (96, 60, 40)
BAR0, BAR1 = (226, 150, 48), (56, 36, 27)  # the tea and lunch bars, saffron fading into the brown
PANEL_FILL = (86, 58, 44)
W = 1080


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between (the data holds them padded)."""
    return name


def latin(name):
    return name.isascii()


AMBER = (255, 184, 76)  # the head's accents (ring, dashes, pill, corners)
ROSE = (236, 120, 110)


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, arcs, an amber ball and small satellites with icons, as 2024's
    (recoloured: copper and amber on the brown)."""
    for r, col, wd in [(220, (140, 92, 64), 3), (176, (232, 156, 64), 10), (132, (196, 140, 100), 4)]:
        d.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], outline=col, width=wd)
    d.arc([cx - 250, cy - 160, cx + 250, cy + 160], 195, 345, fill=(255, 200, 96), width=10)
    d.arc([cx - 200, cy - 110, cx + 200, cy + 110], 20, 160, fill=(250, 176, 150), width=12)
    d.ellipse([cx - 82, cy - 82, cx + 82, cy + 82], fill=(170, 92, 40), outline=(255, 214, 150), width=5)
    d.ellipse([cx - 60, cy - 70, cx - 10, cy - 40], fill=(214, 132, 66))
    ctext(d, cx, cy - 52, YEAR, font(22, True), (255, 236, 210))
    ctext(d, cx, cy - 28, "CLK", font(56, True), WHITE)
    for k, ang in enumerate((25, 155, 245, 320)):
        sx, sy = cx + 240 * math.cos(math.radians(ang)), cy + 150 * math.sin(math.radians(ang))
        d.ellipse([sx - 22, sy - 22, sx + 22, sy + 22], fill=(92, 56, 38), outline=(255, 196, 100), width=3)
        if k % 2:
            d.ellipse([sx - 9, sy - 9, sx + 9, sy + 9], outline=WHITE, width=2)
            d.line([(sx - 9, sy), (sx + 9, sy)], fill=WHITE, width=1)
        else:
            d.rectangle([sx - 8, sy - 7, sx + 8, sy + 7], outline=WHITE, width=2)


def seal(d, x, y, r, fill):
    """The school's seal: two rings and, inside, a cog over three wavy lines (an engineering school on the
    Yangtze)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    g = r * 0.34
    cy = y - r * 0.18
    d.ellipse([x - g, cy - g, x + g, cy + g], outline=fill, width=2)
    for k in range(8):
        a = math.radians(k * 45)
        d.line([(x + g * math.cos(a), cy + g * math.sin(a)),
                (x + (g + r / 7) * math.cos(a), cy + (g + r / 7) * math.sin(a))], fill=fill, width=3)
    for j in range(3):
        yy = y + r * (0.28 + j * 0.14)
        pts = [(x - r * 0.5 + t * r / 20, yy + r * 0.05 * math.sin(t * 0.9)) for t in range(21)]
        d.line(pts, fill=fill, width=1)


def hills(d, y, col):
    """Faint hills (赭山) and a pagoda behind the address, where the 2024 head has a faint city."""
    pts = [(60 + k * 6, y - 70 * math.sin(math.pi * k / 90) ** 0.7 - 22 * math.sin(k / 9)) for k in range(91)]
    d.line(pts, fill=col, width=2)
    pts = [(300 + k * 6, y - 40 * math.sin(math.pi * k / 50) ** 0.8) for k in range(51)]
    d.line(pts, fill=col, width=2)
    x, base = 470, y
    for k in range(6):  # a slim pagoda
        w = 34 - k * 4
        h = 26 - k
        d.rectangle([x - w / 2, base - h, x + w / 2, base], outline=col, width=2)
        d.line([(x - w / 2 - 10, base - h), (x + w / 2 + 10, base - h)], fill=col, width=2)
        base -= h
    d.line([(x, base), (x, base - 16)], fill=col, width=2)


def ripples(d, y0, y1, col, seed):
    """The river's ripples: short horizontal dashes, denser and longer towards the bottom."""
    rnd = random.Random(seed)
    for _ in range(int((y1 - y0) * 0.9)):
        yy = rnd.uniform(y0, y1)
        t = (yy - y0) / max(1, y1 - y0)
        ln = 10 + 50 * t
        xx = rnd.uniform(-20, W)
        d.line([(xx, yy), (xx + ln, yy)], fill=col, width=2)


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
    d.text((644, 134), fits(d, SCHOOL_EN, font(11), 420), font=font(11), fill=(236, 212, 186))
    ring_graphic(d, 790, 700)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    grad_text(im, 70, 384, "Linux内核开发者大会", font(88, True), (255, 255, 255), (255, 196, 84))
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=AMBER, width=4)
    d.line([(560, 530), (640, 510)], fill=AMBER, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 630, 80 + pw, 698
    d.rounded_rectangle([x0, y0, x1, y1], radius=12, fill=(110, 64, 38), outline=AMBER, width=3)
    d.line([(x0 + pw / 2 - 40, y0), (x0 + pw / 2 + 40, y0)], fill=AMBER, width=8)
    d.line([(x0 + pw / 2 - 40, y1), (x0 + pw / 2 + 40, y1)], fill=AMBER, width=8)
    d.line([(x0 - 10, y0 + 16), (x0 - 10, y1 - 16)], fill=AMBER, width=5)
    d.line([(x1 + 10, y0 + 16), (x1 + 10, y1 - 16)], fill=AMBER, width=5)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, AMBER, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    af = font(36, True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= 600 for ln in lines), lines
    y = 770
    for ln in lines:
        d.text((84, y), ln, font=af, fill=WHITE)
        y += 56
    hills(d, 1040, (110, 76, 58))
    return 1110


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)由国内高校、企业与开源社区共同发起，至今已举办"
         "5214届，是国内 Linux 内核领域规模较大、影响较广的技术会议之一。大会以“开放 协作 共享”为宗旨，围绕内存管理、"
         "文件系统、调度与性能、体系结构、异构计算以及 eBPF 等方向，邀请来自一线的开发者分享技术进展与工程经验，"
         "诚挚欢迎内核开发者、高校师生和技术爱好者报名参会。",
         "本届大会由安徽工程大学计算机与信息学院承办，华为、阿里云、腾讯云、字节跳动、科大讯飞、vivo、长鑫存储、"
         "统信软件、麒麟软件、清华大学、中国科学技术大学、openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、CSDN 等单位共同支持。"]
# the whole agenda's measures, taken from the real 2024 one (set 106's, through 118, 130, 143, 153, 173, 182 and 184):
# the range's left edge, the time line, the title column and its right end; the company-job line starts NAME_COL
# after a name
TX, LX, TT, XR = 106, 336, 382, 982
NAME_COL = 105
AFF_R = XR + 40  # the right end of a company-job line (it may run a little past the titles, as in 2024)


def intro_box(d, y):
    """A lighter brown box with amber corner marks holding the organisers' introduction (two paragraphs), as 2024's."""
    bx0, bx1 = 60, W - 60
    f = font(25)
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - 150, bx1 - bx0 - 100]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * 48 + 100
    d.rectangle([bx0, y, bx1, y + h], fill=PANEL_FILL, outline=(150, 108, 80), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=AMBER, width=10)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=AMBER, width=10)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (100 if i == 0 else 50), yy), ln, font=f, fill=WHITE)
            yy += 48
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a copper-to-saffron bar with a cut corner and the word in leaning white type (as 2024's '大会议程'),
    a saffron streak over its right end and one under its left end."""
    w, h = 460, 90
    x0 = W / 2 - w / 2
    hgrad(d, x0 - 70, y + 80, x0 + 120, y + 92, BG_MID, (255, 190, 80))
    hgrad(d, x0, y, x0 + w, y + h, (196, 92, 44), (244, 168, 56))
    d.polygon([(x0, y), (x0 + 18, y), (x0, y + 18)], fill=BG_MID)
    hgrad(d, x0 + w - 80, y - 16, x0 + w + 50, y - 6, (255, 190, 80), BG_MID)
    slant_text(im, 0, y + 8, text, font(54, True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


HEADING_SIZES = []
HEAD_C0, HEAD_C1 = (255, 255, 255), (255, 204, 92)  # the heading type: white at the top to saffron


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
        box = vgrad(106, 76, (255, 214, 110), (236, 150, 44))
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
    """A talk: the range at the left, a dot on the time line, the saffron title (greedy wrap), one line per speaker.
    A round table adds the coral labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are saffron bars fading
    into the page (the range and the label); '开场' a row without a speaker."""
    rf = font(31, True)
    if s["kind"] == "break" and s["title"] != "开场":
        hgrad(d, TX - 6, y - 4, XR - 120, y + 50, BAR0, (120, 72, 36))
        hgrad(d, XR - 120, y - 4, XR, y + 50, (120, 72, 36), BAR1)
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
    """A sponsor's box: a white outline on the brown and the name set as a white word mark (the school with a seal),
    as 2024 prints white logos in white-outlined boxes."""
    d.rectangle([x, y, x + w, y + h], outline=(240, 222, 200), width=2)
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


def zheshan(d, river, col, line):
    """赭山 and the low hills behind the river: broad rounded humps."""
    for cx, w, h in [(120, 360, 170), (420, 300, 120), (700, 420, 200), (1000, 320, 140)]:
        pts = [(cx - w / 2 + w * k / 40, river - h * (math.sin(math.pi * k / 40) ** 0.8)) for k in range(41)]
        d.polygon(pts + [(cx + w / 2, river), (cx - w / 2, river)], fill=col, outline=line)


def pagoda(d, x, base, col, line):
    """中江塔: a slim octagonal brick pagoda of five storeys on a low platform at the river mouth."""
    d.rectangle([x - 46, base - 18, x + 46, base], fill=col, outline=line, width=2)
    y = base - 18
    for k in range(5):
        w, h = 56 - k * 7, 46 - k * 3
        d.rectangle([x - w / 2, y - h, x + w / 2, y], fill=col, outline=line, width=2)
        d.rectangle([x - 5, y - h + 12, x + 5, y - 8], outline=line, width=1)
        d.polygon([(x - w / 2 - 16, y - h + 2), (x + w / 2 + 16, y - h + 2), (x + w / 2 + 4, y - h - 8),
                   (x - w / 2 - 4, y - h - 8)], fill=col, outline=line)
        y -= h + 8
    d.polygon([(x - 10, y), (x + 10, y), (x, y - 34)], fill=col, outline=line)


def cable_bridge(d, x0, x1, y, line):
    """The Yangtze bridge: a deck and two H-shaped pylons with fans of stay cables."""
    d.line([(x0, y), (x1, y)], fill=line, width=4)
    for px in (x0 + (x1 - x0) * 0.3, x0 + (x1 - x0) * 0.72):
        d.line([(px - 10, y + 30), (px - 6, y - 150)], fill=line, width=4)
        d.line([(px + 10, y + 30), (px + 6, y - 150)], fill=line, width=4)
        d.line([(px - 8, y - 110), (px + 8, y - 110)], fill=line, width=3)
        for k in range(1, 8):
            for sgn in (-1, 1):
                d.line([(px, y - 150 + k * 12), (px + sgn * k * 17, y)], fill=line, width=1)


def skyline(im, h):
    """The foot, Wuhu in the 2024 manner (outlines and fills a little lighter than the page): 赭山, the school's
    buildings, 中江塔 at the river mouth, the Yangtze bridge, the river and the school's name."""
    d = ImageDraw.Draw(im)
    base = h - 60
    fillc, line = (52, 34, 26), (150, 108, 80)
    river = base - 120
    zheshan(d, river, (40, 26, 20), (110, 76, 58))
    for bx, bw, bh in [(30, 80, 150), (116, 96, 110), (218, 70, 180)]:  # the school's buildings
        d.rectangle([bx, river - bh, bx + bw, river], fill=fillc, outline=line, width=2)
        for wy in range(int(river - bh + 14), int(river - 10), 20):
            for wx in range(bx + 10, bx + bw - 10, 18):
                d.rectangle([wx, wy, wx + 8, wy + 8], outline=line, width=1)
    pagoda(d, 420, river, fillc, line)
    d.rectangle([0, river, W, base], fill=(30, 20, 15))
    cable_bridge(d, 560, 1080, river + 40, line)
    ripples(d, river + 30, base - 4, (76, 52, 40), 7219)
    d.rectangle([0, base, W, h], fill=(14, 9, 7))
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
    qrcode(d, W / 2 - 144, y + 36, 288, 7219)
    y += 410
    slant_text(im, 0, y, "扫码报名", font(62, True), WHITE, 0.18, cx=W / 2)
    y += 116
    ctext(d, W / 2, y, "现场参会可领取纪念品，数量有限", font(29), WHITE)
    ctext(d, W / 2, y + 50, "活动解释权归主办方所有", font(29), WHITE)
    y += 150
    slant_text(im, 0, y, "相聚江城芜湖 · 共话 Linux 内核", font(46, True), TITLE, 0.18, cx=W / 2)
    return int(y + 700)


def background(w, h):
    """The espresso page, a shade deeper lower down; amber and rose glows, light streaks and particles over the
    head, faint waves behind the agenda, the skyline at the foot."""
    top = vgrad(w, 1400, BG0, BG_MID)
    rest = vgrad(w, h - 1400, BG_MID, BG1)
    im = Image.new("RGB", (w, h))
    im.paste(top, (0, 0))
    im.paste(rest, (0, 1400))
    im = glow(im, 790, 700, 420, (230, 140, 50), 0.30)
    im = glow(im, 60, 160, 320, (200, 90, 80), 0.26)
    for k, yy in enumerate(range(2600, h - 1200, 2300)):
        im = glow(im, 1060 if k % 2 else 20, yy, 360, (170, 96, 50), 0.18)
    d = ImageDraw.Draw(im)
    rnd = random.Random(7219)
    for i in range(9):  # light streaks sweeping over the head
        d.arc([300 + i * 40, -400 - i * 30, 1500 + i * 40, 260 + i * 24], 100, 175, fill=(140, 96, 66), width=2)
    for _ in range(110):  # particles over the head
        px, py = rnd.randrange(480, 1080), rnd.randrange(150, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 220, 170))
    for yy in range(4200, h - 2400, 3100):  # faint waves behind the agenda, as 2024 has behind its tea bars
        for j in range(6):
            pts = [(x, yy + j * 14 + 40 * math.sin(x / 170 + j * 0.4)) for x in range(0, w + 10, 10)]
            d.line(pts, fill=(66, 44, 34), width=2)
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
UNCOMMON = ["储", "查"]  # surnames met in Anhui (储 around Anqing and Xuancheng, 查 in the south), rare in the country
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
    assert len(chinese) == 60 and {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
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
    assert [sum(1 for s in f[2] if s["kind"] == "talk" and len(s["sp"]) == 2) for f in FORUMS] == [1, 1, 1, 1, 1, 1]
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


PADDED = 26
DRAFT = os.environ.get("DRAFT")


def main():
    im = two_pass(W, paint_full, background)
    assert im.size[0] == W
    path = os.path.join(HERE, FILE)
    im.save(path, "JPEG", quality=85)  # CLK7219全部议程.jpg, as CLK2025 names its image
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
        assert [sum(1 for s in f[2] if s["title"] in WRAPPED) for f in FORUMS] == [4, 4, 2, 2, 4, 4]
    truth = {"written": "2026-12-16", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")





UNDERS = [False, True, True, True, True, True]
WRAPPED = ["汽车电子电气架构集中化对 Linux 内核提出的新要求",
           "What Twelve Kernel Rebases Taught Us About Carrying Out-of-Tree Code",
           "从一次 P99 告警说起：推理集群里被忽视的内核开销",
           "圆桌论坛:开源协作与企业研发，内核人才如何成长",
           "Why Our Guests Stalled: Page Table Pages as a Hidden Memory Cost",
           "kswapd 与直接回收的 CPU 开销：手机长时间使用场景下的测量",
           "压缩内存后端的选择：zram、zswap 与外置交换盘的对比",
           "容器内存超卖的边界：以 PSI 为信号的回收节奏控制",
           "Making fsync Cheaper on Consumer Flash Storage",
           "对象存储节点上的 io_uring：从 epoll 迁移的一年",
           "一台 4TB 内存机器的宕机现场：转储为何要两个小时",
           "交易系统的 CPU 隔离：nohz_full 之外还要关掉什么",
           "RISC-V 服务器的中断直通：IMSIC 在虚拟化中的用法",
           "内存扩展卡上线之后：内核对 CXL 设备故障的处理",
           "HMM 在国产加速卡上的适配：CPU 与 GPU 共享虚拟地址",
           "Porting Linux to a Chiplet RISC-V Server: The First Six Months",
           "拥塞控制之外：用 eBPF 看清训练流量的排队位置",
           "模型权重加载慢在哪里：从 safetensors 到 page cache",
           "eBPF-based fault injection for distributed training jobs",
           "GPU 显存不足时向主机内存卸载：内核侧需要做什么"]  # the titles printed over two lines
NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -195, -206): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('李\u3000伟' -> '李伟', '王\u3000磊' -> '王磊'; the Latin "
    "name 'Simon Hartmann' -> 'SimonHartmann'); host is the chair printed for the forum covering the slot, null for "
    "breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed. ONE invented edition, CLK 7219 "
    "(第5214届, 芜湖, host school 安徽工程大学 with its 计算机与信息学院 and English line at the top right, Saturday "
    "7219-10-19), with CLK2025's six forum names in CLK2025's folder order (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, "
    "调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its spaces), printed as CLK2025's "
    "repository holds an edition: ONE whole-agenda image named as CLK2025 names its own (" + FILE + ", JPEG q85, "
    "1080 px wide), the six forums one under another, in the organisers' 2024 whole-agenda layout in NEW COLOURS: a "
    "deep ESPRESSO page (a shade deeper towards the foot), warm-white ranges and names, SAFFRON titles, CORAL "
    "'主持人:' and '嘉\u3000宾:' labels, latte company-job lines, saffron number boxes and saffron tea and lunch bars. So "
    "this file has ONE entry holding six forums in printed order, and every talk is listed once. 主论坛 runs in the "
    "morning, the five others in parallel from 14:00; every forum's date is the edition's. The head (logo lines "
    "'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school, its college and its English name, '第5214届中国' / "
    "'Linux内核开发者大会', the ring '7219' / 'CLK', the date pill '7219年10月19日' + pin + '芜湖', "
    "'地址:安徽工程大学学术交流中心' / '一楼报告厅'), the framed introduction (two paragraphs naming companies, schools, "
    "communities and topics such as 内存管理, 文件系统, 调度与性能, 异构计算, eBPF, but no forum), '大会议程' on a plate, "
    "and the foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', the captions "
    "'现场参会可领取纪念品，数量有限' and '活动解释权归主办方所有', the slogan '相聚江城芜湖 · 共话 Linux 内核', the school's "
    "name under the skyline) are never part of a name, a title or a slot. HEADINGS: '▶▶ 主论坛', or a slanted SAFFRON "
    "number box '01'..'05' (espresso digits) followed by the forum's TOPIC and '分论坛' set APART with a gap, as the "
    "2024 whole agenda sets '内存  分论坛' ('内存管理与优化  分论坛', 'AI 基础设施与 eBPF 应用  分论坛'): the forum is "
    "CLK2025's name, the gap and the numbers no part of it. The host is the name after the coral '主持人:' (ASCII "
    "colon, as 2024 types it), with the unit on a small line under it, both at the RIGHT: beside 主论坛's heading "
    "(吴建平, '安徽工程大学计算机与信息学院院长'), and, for the five afternoon forums, right-aligned on the two lines UNDER "
    "the heading, above the forum's rule: 孙海峰 (华为内存管理技术专家), 郭文斌 (中国科学技术大学副教授), 许明 (printed "
    "'许\u3000明', 腾讯云内核技术总监), 罗晓东 (龙芯中科系统软件总监), 黄丽 (printed '黄\u3000丽', "
    "字节跳动基础架构技术专家); the unit is no affiliation and the host line no slot. ROWS: the range at the left "
    "('14:00-14:20'), a dot on a vertical time line, the SAFFRON title, then the speakers, ONE LINE EACH, two speakers "
    "one under the other, as 2024 prints them: the (padded) name and the company-job line beside it in small latte "
    "type; each affiliation is that line EXACTLY as printed, mostly run together as the designer typed it "
    "('奇瑞汽车软件研究院首席架构师', 'vivo内存优化工程师', '华为openEuler社区技术专家', '商汤科技AI基础设施工程师'), with a "
    "space where typed ('英特尔 数据中心软件工程师', '腾讯 TencentOS内核工程师', 'SUSE 内核热补丁工程师'). The one LATIN "
    "name, 'Simon Hartmann', has his line 'SUSE 内核热补丁工程师' UNDER his name at the same left edge (as 2024 prints "
    "'Kuzin Artem' over his line), under the English title 'Debugging Livepatch Failures in the Field' "
    "(调度、性能与调试分论坛 14:20-14:50): that line is his affiliation, not a title line and not a second speaker. TWO "
    "SPEAKERS (six talks, one in each forum) are given top then bottom, each with the line beside his own name: 陈晓东 "
    "and 汪静 (长鑫存储), 谢文涛 and 邓丽娟 (vivo), 韩志勇 and 冯雪 (天翼云, the same line twice), 杨志华 and 唐凯 (联想), "
    "胡志强 and 李静 (摩尔线程), 张丽萍 and 刘强 (阿里云). TITLES wrap greedily in the title column, as the 2024 whole "
    "agenda breaks them; a title over two lines is ONE title, given as the designer typed it: a space between Latin "
    "words (also where the line breaks between them: 'Making fsync Cheaper on Consumer Flash' / 'Storage', a lone "
    "last word as 2024's '…with mTHP' / 'swap'; 'Porting Linux to a Chiplet RISC-V Server:' / 'The First Six "
    "Months'), the typed space kept where a line breaks between a Latin word and Chinese text or the reverse "
    "('…对 Linux 内核提出的' / '新要求' has no space there, as typed; '…从 safetensors 到' / 'page cache' is '…到 page "
    "cache'; '…CPU 与 GPU 共' / '享虚拟地址' breaks inside a word), and none where Chinese text breaks, whether inside "
    "a word ('…被忽视的内' / '核开销', '…回收节' / '奏控制', '…还要关' / '掉什么', '…要两' / '个小时') or between words "
    "('…迁移的' / '一年', '…如何' / '成长'); twenty titles take two lines, none more. Titles keep their typed spacing "
    "and punctuation: Latin words spaced from Chinese ('匿名大页在 Redis 集群中…'), full-width '：', '，' and '、' "
    "as typed, 'eBPF-based' and 'Out-of-Tree' never split. The ROUND TABLE (主论坛, 11:20-12:10, kind 'panel') is one "
    "row '圆桌论坛:开源协作与企业研发，内核人才如何成长' over two lines (the label '圆桌论坛:' kept in the title with its "
    "ASCII colon, as the 2024 whole agenda prints its round table), a coral '主持人:' line over the moderator's line "
    "and a coral '嘉\u3000宾:' line over four guests' lines; its speakers are the moderator and then the guests in "
    "printed order (王建华; 赵永强, 周婷, 马文杰, 林涛), its affiliations their printed lines; the labels are no part of "
    "a name, and the moderator is a SPEAKER, not the forum's host (吴建平), although his label reads '主持人:' like the "
    "host's. '开场' (09:00-09:05, printed in the title column without a speaker) is a break; '嘉宾致辞' (09:05-09:20, "
    "储国华, 安徽工程大学副校长) is a talk. '茶歇' and '午餐' are saffron bars holding the range, a dot and the label only, "
    "breaks of the forum they stand in: 主论坛 has no tea (as 2024's) and ends with '午餐' 12:10-14:00; each afternoon "
    "forum has ONE 茶歇 15:40-16:00 (as every 2024 forum) and ends with its last talk, at 17:30, except "
    "硬件架构与异构计算分论坛, whose seventh and last talk ends at 17:20. ENGLISH-ONLY titles (six, one per forum): 'What "
    "Twelve Kernel Rebases Taught Us About Carrying Out-of-Tree Code' (主论坛, by 李伟, a Chinese speaker), 'Why Our "
    "Guests Stalled: Page Table Pages as a Hidden Memory Cost', 'Making fsync Cheaper on Consumer Flash Storage', "
    "'Debugging Livepatch Failures in the Field' (the Latin speaker's, on one line), 'Porting Linux to a Chiplet "
    "RISC-V Server: The First Six Months', 'eBPF-based fault injection for distributed training jobs' (lower case, as "
    "2024 types some); the other titles mix Chinese with Latin words or are Chinese only. NAMES as a real programme "
    "prints them: 60 Chinese names with surnames in roughly the population's proportions (王 5, 李 5, 张 4, 刘 3, 陈 3: "
    "20 of 60; 杨, 黄, 赵, 吴, 周 2 each and one each of the ten other names the brief lists: 40 of 60; then one each of "
    "18 other common surnames, among them 汪, frequent in Anhui) and two uncommon ones met in Anhui: 储 (储国华, the "
    "welcome speech) and 查 (查文斌, 科大讯飞); given names of everyday characters only (建平, 海峰, 文斌, 明, 晓东, 丽, "
    "国华, 海涛, 伟, 静, 鹏, 建华, 永强, 婷, 文杰, 涛, 磊 …); twenty-six two-character names, all padded; no compound "
    "surname. No person is printed twice."
)


def layout(size):
    return ("%s (第5214届), 芜湖, %s (JPEG q85, %d x %d): THE WHOLE AGENDA after the organisers' CLK2024 "
            "大会全议程.webp in NEW COLOURS, a deep espresso page with warm-white ranges, saffron titles, coral labels "
            "and latte company-job lines: the head, a framed introduction, '大会议程' on a plate, then the six forums "
            "one under another, each under a heading ('▶▶ 主论坛' with the host at the right, or a saffron number box "
            "'01'..'05' with the topic and '分论坛' set apart and the host right-aligned on the lines under the heading); "
            "each talk a row: range, dot on a time line, saffron title (greedy wrap), then one line per speaker 'padded "
            "name  company-job' (two speakers one under the other; the Latin name with his line under it); '开场' and "
            "'嘉宾致辞' first; the round table with coral '主持人:' and '嘉　宾:' lines; 茶歇 and 午餐 as saffron bars; the "
            "foot with sponsors, supporters, media, a QR code and Wuhu's skyline (赭山, the school's buildings, 中江塔, a "
            "cable-stayed bridge over the Yangtze). 6 + 8 + 8 + 8 + 7 + 8 = 45 scored talks (the round table and the "
            "welcome speech among them)." % ((EDITION, DATE) + size))


if __name__ == "__main__":
    main()
