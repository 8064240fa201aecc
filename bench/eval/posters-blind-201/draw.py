"""Draw the two-hundred-and-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK6201全部议程.jpg and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 6201 (第4196届, 运城, 运城学院, Saturday 6201-10-17), with CLK2025's six
forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛,
AI 基础设施与 eBPF 应用分论坛), printed as CLK2025's repository holds an edition: ONE whole-agenda image,
here 'CLK6201全部议程.jpg' (JPEG q85, 1242 px wide), following the organisers' CLK2024 大会全议程.webp
closely in NEW colours (a deep burgundy page, champagne titles, turquoise labels, rose-grey small print):
head, introduction box, '大会议程' plate, forum headings, timeline rows, tea and lunch bars, the
foot with sponsors, QR code and a skyline.  主论坛 runs across the page; then the afternoon forums
stand TWO SIDE BY SIDE in columns (01 | 02, then 03 | 04), each column with its own heading, host,
time line and closing rule; the last one (05, the longest name) runs across the page again.

Started as a copy of posters-blind-189/draw.py (which started as a copy of set 178's, it of set 176's,
it of set 166's, it of set 157's, it of set 147's, which has its helpers from set 139, it from set 112,
and it from sets 106, 104, 79, 66, 65, 62 and 59); see README.md for what was kept, changed and new.
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
# CLK 6201 (第4196届), 运城, 运城学院, Saturday 6201-10-17.  主论坛 in the morning (09:00-14:00, lunch included),
# the five other forums in parallel in the afternoon from 14:00, as the 2024 whole agenda starts them.
EDITION = "CLK 6201"
YEAR = "6201"
NTH = "第4196届中国"
DATE = "6201-10-17"
DATE_PRINTED = "6201年10月17日"
CITY = "运城"
SCHOOL = "运城学院"
SCHOOL_UNIT = "计算机科学与技术系"
SCHOOL_EN = ["Department of Computer Science and Technology,", "Yuncheng University"]  # two lines
SCHOOL_MARK = "YUNCHENG UNIVERSITY"
HALL = "运城学院学术交流中心 二楼报告厅"  # printed over two lines, broken at the space
FULL_FN = "CLK6201全部议程.jpg"


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces); a '|' marks
    where a line too long for its column runs on (never printed)."""
    return S(name, None, None, None, line=line)


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


H0, H1, H2, H3, H4, H5 = "薛志刚", "马　俊", "何丽娟", "林　峰", "周海燕", "罗　斌"
FORUMS = [
    ("主论坛", (H0, "运城学院计算机科学与技术系主任、教授"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [P("王建华", "运城学院副校长")], H0),
        T("09:20", "09:50", "Linux 内核在智能汽车座舱与域控制器中的落地与挑战", [P("李志强", "理想汽车操作系统首席架构师")], H0),
        T("09:50", "10:20", "Shipping Clang-Built Kernels with CFI and LTO Across a Fleet",
          [P("张　磊", "腾讯TencentOS内核技术专家")], H0),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "数据中心 CPU 利用率提升：内核能做的与不能做的", [P("刘晓东", "阿里云操作系统内核资深技术专家")], H0),
        T("11:05", "11:35", "国产操作系统内核的安全加固：从漏洞响应到默认配置",
          [P("陈　涛", "麒麟软件内核安全负责人"), P("梁晓燕", "麒麟软件安全工程师")], H0),
        PANEL("11:35", "12:20", "国产芯片与 Linux 上游社区的距离",
              [P("杨文斌", "统信软件内核研发总监"),
               P("黄志勇", "龙芯中科系统软件部总监"),
               P("赵　鹏", "飞腾信息技术操作系统专家"),
               P("宋丽华", "中国科学院软件研究所副研究员"),
               P("吴海军", "海光信息操作系统架构师")], H0),
        B("12:20", "14:00", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "运城学院计算机科学与技术系副教授"), [
        T("14:00", "14:20", "大规模 Redis 集群中透明大页引发的延迟毛刺分析", [P("王海峰", "美团基础架构内核工程师")], H1),
        T("14:20", "14:40", "memory.high 节流在离线任务上的实践与改进", [P("李　静", "快手操作系统工程师")], H1),
        T("14:40", "15:10", "Reducing Page Fault Latency for Short-Lived Serverless Functions",
          [P("张晓明", "字节跳动系统技术工程师")], H1),
        T("15:10", "15:40", "手机相机进程大块内存申请失败与 CMA 调优",
          [P("徐　鹏", "vivo内存优化工程师"), P("郑婷婷", "vivo内核工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "percpu 内存在千核机器上的占用膨胀与收敛", [P("曹永刚", "华为操作系统内核工程师")], H1),
        T("16:30", "17:00", "跨 NUMA 节点的热页迁移：收益与代价的量化评估", [P("孙丽萍", "天翼云操作系统工程师")], H1),
        T("17:00", "17:30", "内存超分宿主机上 zswap 与 swap 设备的取舍", [P("韩　超", "京东云虚拟化工程师")], H1),
        T("17:30", "17:50", "让每一次 OOM 都可追溯：现场信息采集工具", [P("袁志勇", "蚂蚁集团系统工程师")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "太原理工大学计算机科学与技术学院副教授"), [
        T("14:00", "14:30", "PostgreSQL 在 ext4 与 XFS 上 fsync 延迟的对比分析", [P("刘　洋", "平凯星辰数据库内核工程师")], H2),
        T("14:30", "15:00", "Btrfs 快照数量膨胀后的删除性能问题", [P("谢文杰", "SUSE 文件系统工程师")], H2),
        T("15:00", "15:30", "io_uring 注册缓冲区在视频转码存储链路中的使用", [P("董建军", "七牛云存储研发工程师")], H2),
        T("15:30", "16:00", "安全容器 virtiofs 共享目录的元数据性能瓶颈", [P("高晓峰", "华为云容器内核工程师")], H2),
        B("16:00", "16:15", "茶歇"),
        T("16:15", "16:45", "Lessons from Running XFS Reflink for VM Image Clones", [P("冯　伟", "UCloud优刻得存储工程师")], H2),
        T("16:45", "17:15", "NVMe over TCP 在混合云中的多路径配置经验",
          [P("杨国栋", "浪潮信息存储软件工程师"), P("许　静", "浪潮信息存储软件工程师")], H2),
        T("17:15", "17:45", "mq-deadline 与 BFQ 在国产 SSD 上的对比测试", [P("陈明亮", "忆恒创源固件工程师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "运城学院计算机科学与技术系副教授"), [
        T("14:00", "14:25", "CFS 带宽控制 burst 参数在突发流量下的调优", [P("王　勇", "百度智能云内核工程师")], H3),
        T("14:25", "14:50", "用 perf sched 定位调度延迟的三个实战案例", [P("李建国", "网易数帆内核工程师")], H3),
        T("14:50", "15:15", "Understanding Softirq Storms on 100G NICs", [P("Tomasz Nowak", "英特尔网络软件工程师")], H3),
        T("15:15", "15:40", "printk 风暴拖慢系统的案例与 nbcon 控制台", [P("朱晓丽", "小米系统性能工程师")], H3),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:25", "实时线程长期占用 CPU 导致普通任务饿死的分析与缓解", [P("程　亮", "中兴通讯操作系统工程师")], H3),
        T("16:25", "16:50", "makedumpfile 在 4TB 内存服务器上的耗时拆解",
          [P("赵文涛", "联想服务器操作系统工程师"), P("畅海燕", "联想服务器操作系统工程师")], H3),
        T("16:50", "17:15", "schedutil 调频参数对尾延迟的影响实测", [P("邓小军", "荣耀终端性能工程师")], H3),
        T("17:15", "17:40", "中断线程化对网卡收包延迟的影响实测", [P("沈　浩", "中国移动云能力中心内核工程师")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "西安电子科技大学计算机科学与技术学院副教授"), [
        T("14:00", "14:20", "LoongArch 平台硬件性能计数器在 perf 中的支持完善", [P("刘振华", "龙芯中科虚拟化工程师")], H4),
        T("14:20", "14:50", "鲲鹏服务器上 L3 缓存分区与内存带宽限制的业务收益", [P("王立新", "华为鲲鹏内核工程师")], H4),
        T("14:50", "15:20", "Bringing Up Mainline Linux on a New RISC-V SoC: A Checklist",
          [P("胡文博", "算能科技系统软件工程师")], H4),
        T("15:20", "15:40", "DPU 上运行 Linux 控制面：启动时间与内存占用的裁剪",
          [P("彭　飞", "中科驭数软件工程师"), P("贾　丽", "中科驭数软件工程师")], H4),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "CXL 内存设备 RAS 错误上报与处理的内核路径", [P("郭宏亮", "澜起科技系统软件工程师")], H4),
        T("16:30", "16:50", "统一虚拟寻址下 GPU 缺页中断的批处理优化", [P("李春雷", "摩尔线程驱动工程师")], H4),
        T("16:50", "17:20", "海光平台 PCIe 直通设备中断延迟的优化", [P("张　敏", "海光信息内核工程师")], H4),
        T("17:20", "17:40", "RAPL 功耗接口在机房能耗管理中的应用", [P("裴建军", "中国联通软件研究院工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "山西大学计算机与信息技术学院教授"), [
        T("14:00", "14:30", "推理集群中 NUMA 亲和与 GPU 拓扑的自动感知", [P("王晓光", "京东零售AI基础设施工程师")], H5),
        T("14:30", "15:00", "用 eBPF 追踪集合通信中的网络抖动", [P("黄　伟", "阿里云人工智能平台工程师")], H5),
        T("15:00", "15:20", "训练数据加载的页缓存命中率优化", [P("周志远", "商汤科技存储工程师")], H5),
        T("15:20", "15:40", "eBPF in Production: Verifier Limits We Keep Hitting", [P("唐建明", "腾讯云网络内核工程师")], H5),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "基于 eBPF 的容器 DNS 故障快速定位", [P("于洪涛", "携程系统工程师")], H5),
        T("16:20", "16:50", "GPU 服务器上 RDMA 内存注册开销的分析与优化",
          [P("张国强", "火山引擎AI基础设施工程师"), P("李　慧", "火山引擎网络工程师")], H5),
        T("16:50", "17:20", "bpftrace 在模型服务性能排查中的十个脚本", [P("陈志华", "科大讯飞系统工程师")], H5),
        T("17:20", "17:50", "推理服务冷启动时模型文件加载的 I/O 加速", [P("郝　佳", "西安交通大学博士研究生")], H5),
    ]),
]

SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]
PAIRS = [(1, 2), (3, 4)]  # the first four afternoon forums set side by side (left, right)
SOLO = 5  # the AI forum, whose name is the longest, stands alone across the page after them

SPONSORS = ["运城学院", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "蚂蚁集团", "龙芯中科", "海光信息",
            "麒麟软件", "统信软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "清华大学", "山西省计算机学会", "运城市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "阅码场"]

# names of real speakers and hosts read on the real posters: set 166's list (set 157's, set 139's, itself set 133's, the
# union of the lists of sets 120 to 123 and 125 to 128), copied; my own strips and crops of CLK2024/大会全议程.webp showed
# no name outside it.  The listings' names and deck titles are checked in check().
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
# the colours: NEW, where the organisers' 2024 whole agenda prints royal blue, cyan and violet: a deep BURGUNDY page
# (a dark wine red at the head to a near-black red at the foot, a lighter foot), CHAMPAGNE titles, dots, rules and
# number boxes, TURQUOISE labels, pale rose-grey company-job lines, champagne-to-burgundy tea and lunch bars
CHAMPAGNE = (246, 218, 150)
PALE = (228, 196, 204)  # the company-job lines and small print (rose-grey)
TURQUOISE = (86, 218, 206)  # '主持人:' and '嘉　宾:'
LINE = (160, 92, 112)  # the time line
HOLE = (70, 14, 32)  # the hole of a pin
BG0, BG1 = (100, 24, 48), (30, 6, 16)
BOX = (118, 34, 62)  # the introduction's box
NUMBOX = (240, 208, 136)  # the number boxes
DEEP = (58, 10, 26)  # the numerals in the number boxes, the plates' cut corners
RULE_HI, RULE_LO = (250, 226, 170), (104, 28, 52)  # the two ends of the heading and closing rules
BAR_HI, BAR_LO = (192, 146, 74), (104, 26, 50)  # the two ends of a tea or lunch bar
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
    over 'CLK' (set 189's, recoloured in champagne, burgundy, turquoise and white)."""
    for r, col, wd in [(s(200), (150, 70, 96), 3), (s(160), (240, 206, 134), 6), (s(118), (255, 240, 220), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - s(240), cy - s(150), cx + s(240), cy + s(150)], 200, 340, fill=TURQUOISE, width=9)
    d.ellipse([cx - s(78), cy - s(78), cx + s(78), cy + s(78)], fill=(128, 36, 66), outline=(255, 240, 220), width=4)
    ctext(d, cx, cy - s(52), YEAR, font(s(22), True), (255, 232, 196))
    ctext(d, cx, cy - s(30), "CLK", font(s(56), True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + s(230) * math.cos(math.radians(ang)), cy + s(140) * math.sin(math.radians(ang))
        d.ellipse([sx - s(20), sy - s(20), sx + s(20), sy + s(20)], fill=(82, 18, 40), outline=(255, 240, 220),
                  width=3)


def seal(d, x, y, r, fill):
    """The school's round seal: a ring of dots round a small three-eaved tower over waves."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    for k in range(24):  # the ring of dots
        a = math.radians(k * 15)
        px, py = x + (r - 4) * math.cos(a), y + (r - 4) * math.sin(a)
        d.ellipse([px - 1, py - 1, px + 1, py + 1], fill=fill)
    g = r * 0.5
    for i in range(3):  # three eaves, narrowing upwards
        w_, yy = g * (1.0 - i * 0.25), y + g * 0.3 - i * g * 0.42
        d.line([(x - w_, yy), (x + w_, yy)], fill=fill, width=2)
        d.line([(x - w_ * 0.6, yy), (x - w_ * 0.6, yy + g * 0.3)], fill=fill, width=1)
        d.line([(x + w_ * 0.6, yy), (x + w_ * 0.6, yy + g * 0.3)], fill=fill, width=1)
    d.line([(x, y - g * 0.75), (x, y - g * 1.0)], fill=fill, width=2)
    d.arc([x - g, y + g * 0.55, x, y + g * 0.95], 200, 340, fill=fill, width=1)  # the waves of the Yellow River
    d.arc([x, y + g * 0.55, x + g, y + g * 0.95], 200, 340, fill=fill, width=1)


def mountains(d, y, h, col, seed):
    """The Zhongtiao mountains (中条山) south of the city: a ragged ridge across the page."""
    rnd = random.Random(seed)
    pts, x = [(0, y)], 0
    while x < W:
        x += rnd.randrange(40, 110)
        pts.append((min(x, W), y - rnd.uniform(0.25, 1.0) * h))
    pts += [(W, y), (W, y + 4), (0, y + 4)]
    d.polygon(pts, fill=col)


def tower(d, cx, base, k, col):
    """The Stork Tower (鹳雀楼) on the Yellow River at Yongji: a high plinth, four storeys of upturned eaves, a spire."""
    d.polygon([(cx - 70 * k, base), (cx + 70 * k, base), (cx + 58 * k, base - 50 * k), (cx - 58 * k, base - 50 * k)],
              fill=col)  # the plinth
    y = base - 50 * k
    for i in range(4):
        bw, sh = (46 - i * 7) * k, (40 - i * 3) * k
        d.rectangle([cx - bw, y - sh, cx + bw, y], fill=col)  # a storey
        ew = bw + 22 * k
        d.polygon([(cx - ew - 8 * k, y - sh - 2 * k), (cx - ew, y - sh + 6 * k), (cx + ew, y - sh + 6 * k),
                   (cx + ew + 8 * k, y - sh - 2 * k), (cx + bw * 0.7, y - sh - 14 * k),
                   (cx - bw * 0.7, y - sh - 14 * k)], fill=col)  # its eaves, tips turned up
        y -= sh + 14 * k
    d.polygon([(cx - 6 * k, y), (cx + 6 * k, y), (cx, y - 36 * k)], fill=col)


def salt_lake(d, x0, x1, y, h, seed, cols):
    """The salt lake south of the city (运城盐湖): a patchwork of evaporation pools in several colours, dykes between."""
    rnd = random.Random(seed)
    x = x0
    while x < x1:
        w_ = rnd.randrange(50, 130)
        d.rectangle([x, y, min(x + w_, x1), y + h], fill=rnd.choice(cols))
        d.line([(x, y), (x, y + h)], fill=(255, 236, 228), width=1)
        x += w_ + 4
    d.line([(x0, y + h // 2), (x1, y + h // 2)], fill=(255, 236, 228), width=1)


def header(im, d):
    """The head: logo lines, the school with its department and English name, the slanted edition title, a dashed
    rule, the ring, the date pill with a pin, the address ('地址:' inline, the hall over two lines, as the 2024
    whole agenda prints it), and faint behind them the city: the Zhongtiao mountains, the Stork Tower, the salt
    lake's pools."""
    rnd = random.Random(62011)
    mountains(d, s(990), s(90), (110, 34, 60), 6201)
    tower(d, s(560), s(992), 0.95, (122, 40, 68))
    salt_lake(d, 0, W, s(992), s(70), 62012, [(116, 40, 66), (126, 50, 74), (110, 44, 72), (120, 58, 80)])
    logo_lines(d, s(60), s(56), WHITE, CHAMPAGNE, 1.15 * K)
    seal(d, s(652), s(84), s(32), WHITE)
    d.text((s(700), s(44)), SCHOOL, font=font(s(34), True, serif=True), fill=WHITE)
    d.text((s(700), s(92)), SCHOOL_UNIT, font=font(s(22), True), fill=WHITE)
    ef = font(s(10))
    for i, ln in enumerate(SCHOOL_EN):
        d.text((s(700), s(122) + i * s(14)), fits(d, ln, ef, W - s(700) - 30), font=ef, fill=PALE)
    for _ in range(70):  # particles over the head
        px, py = rnd.randrange(s(560), W - 20), rnd.randrange(s(160), s(520))
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 232, 210))
    ring_graphic(d, s(820), s(700))
    slant_text(im, s(70), s(262), NTH, font(s(92), True), WHITE, 0.16)
    slant_text(im, s(70), s(384), "Linux内核开发者大会", font(s(88), True), (255, 236, 214), 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(s(90 + i * 18), s(530)), (s(100 + i * 18), s(530))], fill=CHAMPAGNE, width=5)
    d.line([(s(560), s(530)), (s(640), s(510))], fill=CHAMPAGNE, width=3)
    pf = font(s(34), True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + s(100)
    x0, y0, x1, y1 = s(80), s(630), s(80) + pw, s(698)
    d.rounded_rectangle([x0, y0, x1, y1], radius=s(20), fill=(126, 36, 64), outline=CHAMPAGNE, width=3)
    d.line([(x0 - s(14), y0 + s(14)), (x0 - s(14), y1 - s(14))], fill=CHAMPAGNE, width=5)  # the brackets of 2024's pill
    d.line([(x1 + s(14), y0 + s(14)), (x1 + s(14), y1 - s(14))], fill=CHAMPAGNE, width=5)
    d.text((x0 + s(26), y0 + s(10)), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + s(26) + tw(d, DATE_PRINTED, pf) + s(10)
    pin(d, px, y0 + s(18), CHAMPAGNE, 1.1 * K)
    d.text((px + s(30), y0 + s(10)), CITY, font=pf, fill=WHITE)
    af = font(s(36), True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= s(600) for ln in lines), lines
    y = s(780)
    for ln in lines:
        d.text((s(84), y), ln, font=af, fill=WHITE)
        y += s(56)
    return s(1120)


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)举办至今已第4196届，由清华大学、华为、阿里云、腾讯、"
         "字节跳动、OPPO、vivo、蚂蚁集团、龙芯中科、海光信息、麒麟软件、统信软件等单位发起，以“自由 协作 创新”为理念，以"
         "开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。每届线下参会人数近500人，是中国 "
         "Linux 内核领域颇有影响力的峰会之一，现诚邀广大 Linux 开发者和爱好者参加本次大会。",
         "本次大会由运城学院计算机科学与技术系承办，清华大学、openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、"
         "山西省计算机学会、运城市科学技术协会、CSDN 等单位共同支持。"]


def intro_box(d, y):
    """A lighter box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = s(60), W - s(60)
    f = font(s(25))
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - s(150), bx1 - bx0 - s(100)]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * s(48) + s(100)
    d.rectangle([bx0, y, bx1, y + h], fill=BOX, outline=(190, 110, 136), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + s(60) * sx, cy - 6 * sy)], fill=CHAMPAGNE, width=9)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + s(60) * sy)], fill=CHAMPAGNE, width=9)
    yy = y + s(50)
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (s(100) if i == 0 else s(50)), yy), ln, font=f, fill=WHITE)
            yy += s(48)
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a champagne-to-burgundy bar with a cut corner, a streak under it and the word in leaning white type."""
    w, h = s(560), s(90)
    x0 = W / 2 - w / 2
    hgrad(d, x0 - s(110), y + s(54), x0 + s(200), y + s(64), (80, 18, 40), (255, 230, 178))
    hgrad(d, x0, y, x0 + w, y + h, (222, 176, 98), (122, 30, 60))
    d.polygon([(x0 + w - s(30), y), (x0 + w, y), (x0 + w, y + s(30))], fill=BG1)
    d.line([(x0 + w - s(100), y - s(14)), (x0 + w + s(90), y - s(14))], fill=(255, 236, 196), width=7)
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


FULL = G(s(106), s(336), s(382), s(982), 35, 33, 48, 33, 21, s(105), 49, 28, 40, 60, 40)
COL_W = 560  # a column's width; two of them and a gap of 42 fill the page between margins of 40
COL_X = (40, 40 + COL_W + 42)


def col_g(x0):
    return G(x0 + 6, x0 + 160, x0 + 178, x0 + COL_W, 24, 27, 38, 26, 18, 90, 39, 25, 32, 48, 0)


HEAD_LOG = []  # (forum, heading size, host under?) of every heading painted


def number_box(im, d, x, y, idx, k):
    """The slanted number box '01'..'05' (champagne, the numeral in deep burgundy) with its white corner stroke."""
    d.polygon([(x + 14 * k, y + 6 * k), (x + 104 * k, y + 6 * k), (x + 90 * k, y + 80 * k), (x, y + 80 * k)],
              fill=NUMBOX, outline=(255, 238, 190), width=2)
    d.line([(x + 2 * k, y - 8 * k), (x + 40 * k, y - 8 * k)], fill=WHITE, width=max(3, round(6 * k)))
    d.line([(x + 2 * k, y - 8 * k), (x - 6 * k, y + 30 * k)], fill=WHITE, width=max(3, round(6 * k)))
    slant_text(im, x + 16 * k, y + 6 * k, "%02d" % idx, font(round(48 * k), True), DEEP, 0.2)
    return x + 132 * k


HEAD_INK = (255, 246, 226)  # the leaning heading type (2024 prints it in a pale cyan; here a warm white)


def heading_full(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box and the topic and '分论坛' in leaning type; the host at the right with the unit
    under it, or, where the heading leaves no room, on a line of its own under it between two rules (as 2024)."""
    g = FULL
    x = s(70)
    if idx == 0:
        for j in range(2):
            d.polygon([(x + s(j * 30), y + s(22)), (x + s(j * 30 + 26), y + s(44)), (x + s(j * 30), y + s(66))],
                      fill=CHAMPAGNE)
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
        d.text((hx, y + 4), label, font=hf, fill=TURQUOISE)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=WHITE)
        d.text((hx, y + s(52)), host[1], font=uf, fill=PALE)
        under, y = False, y + s(104)
    else:
        y += s(100)
        lw = hw + s(20) + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - s(130), y + s(22)), (lx - s(20), y + s(22))], fill=PALE, width=2)
        d.line([(lx + lw + s(20), y + s(22)), (lx + lw + s(130), y + s(22))], fill=PALE, width=2)
        d.text((lx, y), label, font=hf, fill=TURQUOISE)
        d.text((lx + tw(d, label, hf) + 8, y), who, font=nf, fill=WHITE)
        d.text((lx + hw + s(20), y + s(10)), host[1], font=uf, fill=PALE)
        under, y = True, y + s(54)
    HEAD_LOG.append((name, size, under))
    hgrad(d, s(70), y, g.xr + s(30), y + s(12), RULE_HI, RULE_LO)
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
    d.text((x0 + 10, y), label, font=hf, fill=TURQUOISE)
    nx = x0 + 10 + tw(d, label, hf) + 6
    d.text((nx, y), who, font=nf, fill=WHITE)
    ux = nx + tw(d, who, nf) + 14
    if ux + tw(d, host[1], uf) <= x0 + COL_W:  # the unit beside the name where it fits, else under it
        d.text((ux, y + 7), host[1], font=uf, fill=PALE)
        y += 46
    else:
        d.text((x0 + 10, y + 38), fits(d, host[1], uf, COL_W - 10), font=uf, fill=PALE)
        y += 70
    HEAD_LOG.append((name, size, True))
    hgrad(d, x0, y, x0 + COL_W, y + 9, RULE_HI, RULE_LO)
    return y + 9 + 40


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
        d.text((g.tt, y), sp["name"], font=nf, fill=WHITE)
        y += g.npitch - 6
        for ln in aff_lines(d, sp["line"], af, g.xr + g.over - g.tt):
            d.text((g.tt, y), ln, font=af, fill=PALE)
            y += g.apitch
        return y + 8
    name = pad(sp["name"])
    col = max(g.ncol, tw(d, name, nf) + 14)
    d.text((g.tt, y), name, font=nf, fill=WHITE)
    lines = aff_lines(d, sp["line"], af, g.xr + g.over - g.tt - col)
    if len(lines) > 1:
        AFF_WRAPS[sp["name"]] = lines
    yy = y + off
    for ln in lines:
        d.text((g.tt + col, yy), ln, font=af, fill=PALE)
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
    """A talk: the range at the left, a dot on the time line, the champagne title (greedy wrap), one line per speaker.
    A round table adds the turquoise labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars (the range
    and the label); '开场' a row without a speaker."""
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
        d.text((g.tt, y + 1), ln, font=tf, fill=CHAMPAGNE)
        y += g.tp
    if s_["kind"] == "panel":
        lf = font(g.nf - 4, True)
        for k, group in enumerate((s_["sp"][:1], s_["sp"][1:])):
            y += 6
            d.text((g.tt, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=TURQUOISE)
            y += g.npitch - 4
            for sp in group:
                y = person_line(d, y, sp, g)
    else:
        for sp in s_["sp"]:
            y = person_line(d, y, sp, g)
    st["dots"].append((y0 + g.tf * 0.72, CHAMPAGNE))
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
    d.rectangle([x, y, x + w, y + h], outline=(244, 226, 230), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + s(50), y + h / 2, s(24), WHITE)
        f = font(s(30), True, serif=True)  # a four-character name
        d.text((x + s(86), y + s(16)), fits(d, SCHOOL, f, w - s(96)), font=f, fill=WHITE)
        sf = font(s(10), True)
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




def skyline(im, h):
    """The foot: Yuncheng, the old Hedong: the Zhongtiao mountains, towers, the school's main building with its
    clock, the Stork Tower on its plinth, the salt lake's pools, the Yellow River, the school's name."""
    d = ImageDraw.Draw(im)
    base = h - s(60)
    mountains(d, base - 250, 150, (78, 18, 38), 62013)
    col, win = (84, 20, 42), (226, 180, 150)
    for bx, bw, bh in [(40, 100, 230), (156, 96, 320), (270, 84, 200), (948, 96, 290), (1058, 118, 250),
                       (1190, 52, 170)]:
        d.rectangle([bx, base - 110 - bh, bx + bw, base - 110], fill=col)
        for wy in range(base - 110 - bh + 16, base - 130, 28):
            for wx in range(bx + 12, bx + bw - 14, 22):
                d.rectangle([wx, wy, wx + 9, wy + 13], fill=win)
    d.rectangle([380, base - 320, 740, base - 110], fill=(96, 26, 50))  # the school's main building
    d.rectangle([520, base - 410, 600, base - 320], fill=(96, 26, 50))  # its clock tower
    d.ellipse([536, base - 394, 584, base - 346], outline=(255, 226, 170), width=3)
    d.line([(560, base - 370), (560, base - 386)], fill=(255, 226, 170), width=2)
    d.line([(560, base - 370), (572, base - 366)], fill=(255, 226, 170), width=2)
    for px in range(400, 730, 34):
        for wy in range(base - 290, base - 130, 40):
            d.rectangle([px, wy, px + 16, wy + 22], fill=win)
    tower(d, 850, base - 110, 1.25, (240, 206, 140))  # the Stork Tower, lit
    d.rectangle([0, base - 110, W, base - 60], fill=(88, 22, 46))  # the embankment
    salt_lake(d, 0, W, base - 60, 40, 62014, [(150, 66, 92), (170, 90, 110), (120, 52, 84), (186, 120, 120)])
    d.rectangle([0, base - 20, W, h], fill=(70, 14, 34))  # the Yellow River
    for i in range(0, W, 60):  # its ripples
        d.line([(i, base), (i + 30, base)], fill=(150, 80, 100), width=2)
        d.line([(i + 24, base + 20), (i + 50, base + 20)], fill=(150, 80, 100), width=2)
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
    qrcode(d, W / 2 - s(144), y + s(36), s(288), 6201)
    y += s(410)
    slant_text(im, 0, y, "扫码报名", font(s(62), True), WHITE, 0.18, cx=W / 2)
    y += s(116)
    ctext(d, W / 2, y, "300份现场礼品，先到先得", font(s(29)), WHITE)
    ctext(d, W / 2, y + s(50), "活动解释权归主办方所有", font(s(29)), WHITE)
    y += s(140)
    slant_text(im, 0, y, "相约河东 · 一同探索 Linux 内核之美", font(s(48), True), (150, 232, 222), 0.18, cx=W / 2)
    return int(y + s(600))


def background(w, h):
    """A deep burgundy page (a dark wine red at the head to a near-black red), a lighter foot, champagne, rose and
    turquoise glows and faint streaks, where the organisers print their flat royal blue."""
    im = vgrad(w, h, BG0, BG1)
    t = (h - s(900)) / max(1, h - 1)  # the foot lightens from the page's colour where it starts
    foot = vgrad(w, s(900), tuple(int(BG0[i] + (BG1[i] - BG0[i]) * t) for i in range(3)), (100, 26, 50))
    im.paste(foot, (0, h - s(900)))
    im = glow(im, s(820), s(700), s(420), (240, 200, 130), 0.14)
    im = glow(im, s(100), s(1300), s(320), (255, 110, 150), 0.08)
    for k, yy in enumerate(range(3000, h - 1000, 2400)):
        im = glow(im, W - 40 if k % 2 else 40, yy, s(380), (70, 200, 190), 0.08)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks behind the ring
        d.line([(s(520 + i * 80), 0), (W, s(300 - i * 38))], fill=(124, 42, 70), width=2)
    rnd = random.Random(6201)
    for _ in range(14):  # thin light streaks down the page's edges
        sy = rnd.randrange(1800, h - 1800)
        sx = rnd.choice((rnd.randrange(0, 24), rnd.randrange(W - 64, W - 40)))
        d.line([(sx, sy), (sx + 36, sy - 90)], fill=(118, 40, 66), width=2)
    skyline(im, h)
    return im


PAINT_LOG = {}


def paint_full(im, d):
    del HEAD_LOG[:]
    AFF_WRAPS.clear()
    WRAPS.clear()
    ends = {}
    y = header(im, d)
    y = intro_box(d, y) + s(100)
    y = foot_plate(im, d, y, "大会议程") + s(110)
    name, host, slots = FORUMS[0]  # 主论坛 across the page
    y = heading_full(im, d, y, 0, name, host)
    y = forum_rows(d, y, slots, FULL, (s(70), FULL.xr + s(30))) + 130
    for a, b in PAIRS:  # two afternoon forums side by side, twice
        tops = []
        for idx, x0 in zip((a, b), COL_X):
            name, host, slots = FORUMS[idx]
            tops.append(heading_col(im, d, y, idx, name, host, x0))
        top = max(tops)
        for idx, x0 in zip((a, b), COL_X):
            ends[idx] = forum_rows(d, top, FORUMS[idx][2], col_g(x0), (x0, x0 + COL_W))
        y = max(ends[a], ends[b]) + 120
    name, host, slots = FORUMS[SOLO]  # the last one across the page
    y = heading_full(im, d, y, SOLO, name, host)
    y = ends[SOLO] = forum_rows(d, y, slots, FULL, (s(70), FULL.xr + s(30)))
    PAINT_LOG["ends"] = ends
    return footer(im, d, y + 150)


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




NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -178, -189): speakers are names as printed with spaces "
    "and the padding of two-character names removed (%s; the Latin name 'Tomasz Nowak' -> 'TomaszNowak'); host is "
    "the chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; "
    "break titles are as printed; an opening speech printed with a speaker ('嘉宾致辞', 王建华) is a talk; '开场' (printed "
    "in the title column without a speaker), '茶歇' and '午餐' are breaks; '午餐' (12:20-14:00) closes 主论坛. ONE invented "
    "edition, CLK 6201 (第4196届, 运城, host school 运城学院 with its 计算机科学与技术系 and an English line over two "
    "lines at the top right, Saturday 6201-10-17), with CLK2025's six forum folder names without their numbers, in "
    "folder order (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, "
    "'AI 基础设施与 eBPF 应用分论坛' with its spaces), printed as CLK2025's repository holds an edition: ONE "
    "whole-agenda image, here 'CLK6201全部议程.jpg' (JPEG q85, 1242 px wide), so this file has ONE entry holding the "
    "six forums in printed order and every talk is listed once. 主论坛 runs in the morning, the five others in parallel "
    "from 14:00 (as the 2024 whole agenda starts its afternoon); every forum's date is the edition's. The head (logo "
    "lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school's seal, name, department and English lines, "
    "'第4196届中国' / 'Linux内核开发者大会', the ring '6201' / 'CLK', the date pill '6201年10月17日' + pin + '运城', '地址:' "
    "and the hall over two lines), the framed introduction (two paragraphs naming companies and communities, no forum), "
    "'大会议程' on a plate and the foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', two "
    "caption lines, the slogan '相约河东 · 一同探索 Linux 内核之美', the school's name under the skyline) are never part of "
    "a name, a title or a slot. NEW COLOURS: a deep BURGUNDY page (a dark wine red at the head to a near-black red at "
    "the foot) where the organisers print royal blue, CHAMPAGNE titles, dots, number boxes, rules and corner marks "
    "where they print cyan, TURQUOISE labels ('主持人:', '嘉　宾:') where they print violet, rose-grey company-job lines, "
    "champagne-to-burgundy tea and lunch bars; a smooth export without grain. LAYOUT: 主论坛 ACROSS THE PAGE; then the "
    "afternoon forums TWO SIDE BY SIDE in columns of 560 px with a gap of 42 (01 内存管理与优化 left | 02 文件系统与存储 "
    "right, then 03 调度、性能与调试 left | 04 硬件架构与异构计算 right), each column ONE forum from its heading to its own "
    "closing rule, with its own time line: nothing in one column belongs to the forum of the other, whatever stands "
    "level with it (both columns of a pair start at 14:00 on the same height; 01 runs 20- and 30-minute talks, tea "
    "15:40-16:00, end 17:50; 02 30-minute talks, tea 16:00-16:15, end 17:45, so its tea bar stands lower than 01's; 03 "
    "25-minute talks, tea 15:40-16:00, end 17:40; 04 20- and 30-minute talks, tea 15:40-16:00 as in 03 but at another "
    "height, end 17:40); last, 05 AI 基础设施与 eBPF 应用 ACROSS THE PAGE again, alone (its name is the longest; 20- and "
    "30-minute talks, tea 15:40-16:00, end 17:50). HEADINGS: '▶▶ 主论坛' or a slanted number box '01'..'05' followed by "
    "the forum's TOPIC and '分论坛' set APART with a gap, as the organisers' 2024 whole agenda sets them "
    "('内存管理与优化  分论坛'): the forum is CLK2025's name, the gap and the numbers no part of it (the column headings "
    "shrink to fit: 40, 40, 38 and 35 px). The host is the name after the turquoise '主持人:' (ASCII colon, as 2024 "
    "types it): at the RIGHT of 主论坛's heading with the unit under it (薛志刚, '运城学院计算机科学与技术系主任、教授'); "
    "in a column, on a line of its own under the column's heading with the unit beside the name (马俊, 何丽娟, 林峰, "
    "周海燕); for 05, on a line of its own under the heading between two short rules with the unit beside it (罗斌). The "
    "unit is no affiliation (also '太原理工大学计算机科学与技术学院副教授' for 何丽娟, '西安电子科技大学计算机科学与技术学院副教授' "
    "for 周海燕 and '山西大学计算机与信息技术学院教授' for 罗斌, the hosts from outside the host school). ROWS (across the page "
    "and in the columns alike, the columns in smaller type): the range at the left ('14:00-14:20'), a dot on a vertical "
    "time line, the CHAMPAGNE title, then ONE LINE PER SPEAKER: the padded name and, after it, the company-job line in "
    "small type, given EXACTLY as printed, typed as the designer typed it (mostly without a space between company and "
    "job: '腾讯TencentOS内核技术专家', 'vivo内存优化工程师', '华为云容器内核工程师', 'UCloud优刻得存储工程师', "
    "'火山引擎AI基础设施工程师', '京东零售AI基础设施工程师'; with a space after a Latin company: 'SUSE 文件系统工程师'). "
    "The one LATIN name stands on its own line with its company-job line UNDER it ('Tomasz Nowak' / '英特尔网络软件工程师', "
    "in 03, as 2024 prints 'Kuzin Artem'). TITLES wrap greedily in their measure, as the organisers' whole agenda breaks "
    "them, also inside a word ('Linux 内核在智能汽车座舱与域控制器中的落' / '地与挑战', '大规模 Redis 集群中透明大页引' / "
    "'发的延迟毛刺分析', 'percpu 内存在千核机器上的占' / '用膨胀与收敛', 'makedumpfile 在 4TB 内存服' / '务器上的耗时拆解'), "
    "also leaving two characters alone on the last line ('数据中心 CPU 利用率提升：内核能做的与不能' / '做的', "
    "'推理集群中 NUMA 亲和与 GPU 拓扑的自动' / '感知', 'GPU 服务器上 RDMA 内存注册开销的分析与' / '优化'), also at the "
    "space between a Chinese and a Latin word ('内存超分宿主机上 zswap 与' / 'swap 设备的取舍', 'PostgreSQL 在 ext4 与 XFS "
    "上' / 'fsync 延迟的对比分析', 'printk 风暴拖慢系统的案例与' / 'nbcon 控制台'), except that a single Chinese character is "
    "never left alone on a line; nearly every column title runs over two lines, two English ones over THREE ('Reducing "
    "Page Fault Latency' / 'for Short-Lived Serverless' / 'Functions', 'Bringing Up Mainline Linux' / 'on a New RISC-V "
    "SoC: A' / 'Checklist'). A title over several lines is ONE title, given as the designer typed it: a space between "
    "Latin words and around Latin words where typed, none inside Chinese text; a hyphenated or dotted word ('RISC-V', "
    "'Clang-Built', 'Short-Lived', 'mq-deadline', 'memory.high') is never split; Chinese titles keep their full-width "
    "colon '：' as typed. TWO SPEAKERS of one talk are two lines, the SECOND SPEAKER ON A LINE OF ITS OWN under the "
    "first, each with his own company-job line, given top then bottom (one talk in every forum): 陈涛 and 梁晓燕 (麒麟软件, "
    "主论坛), 徐鹏 and 郑婷婷 (vivo, 01), 杨国栋 and 许静 (浪潮信息, the SAME line '浪潮信息存储软件工程师' for both, 02), "
    "赵文涛 and 畅海燕 (联想, the same line for both, 03), 彭飞 and 贾丽 (中科驭数, the same line for both, 04), 张国强 and "
    "李慧 (火山引擎, 05). The ROUND TABLE (主论坛, 11:35-12:20, kind 'panel') is one row "
    "'圆桌论坛:国产芯片与 Linux 上游社区的距离' (on one line; the label '圆桌论坛:' kept in the title with its ASCII colon, "
    "as the real 2024 whole agenda prints its round table), a turquoise '主持人:' line over the moderator's line and a "
    "turquoise '嘉　宾:' line over four guests' lines; its speakers are the moderator and then the guests in printed order "
    "(杨文斌; 黄志勇, 赵鹏, 宋丽华, 吴海军), its affiliations their printed lines; the labels are no part of a name, and the "
    "moderator is a SPEAKER, not the forum's host (薛志刚), although the label over the moderator reads '主持人:' like "
    "the host's. '开场' (09:00-09:05) is a row without a speaker. '茶歇' and '午餐' are bars holding the range, a dot and "
    "the label only (in a column the bar is the column's width): 茶歇 10:20-10:35 in 主论坛; 午餐 12:20-14:00. Every "
    "afternoon forum ends with a talk. ENGLISH-ONLY titles (six, one per forum): 'Shipping Clang-Built Kernels with CFI "
    "and LTO Across a Fleet' (主论坛, a Chinese speaker, two lines), 'Reducing Page Fault Latency for Short-Lived "
    "Serverless Functions' (01, three lines), 'Lessons from Running XFS Reflink for VM Image Clones' (02, two lines), "
    "'Understanding Softirq Storms on 100G NICs' (03, Tomasz Nowak, two lines), 'Bringing Up Mainline Linux on a New "
    "RISC-V SoC: A Checklist' (04, three lines), 'eBPF in Production: Verifier Limits We Keep Hitting' (05, two lines). "
    "SURNAMES in the proportions of a real Chinese kernel conference: of 60 Chinese names 王 5, 李 5, 张 4, 刘 3, 陈 3 "
    "(20, a third), 杨, 黄, 赵, 周 2 each, the other eleven of the brief's list once each (39 of 60 from the brief's "
    "twenty, 65 %%), 19 other common surnames once each (薛, 郝 and 贾 among them, common in southern Shanxi), and two "
    "rare ones met round Yuncheng: 畅 (畅海燕, the second speaker of a talk in 03) and 裴 (裴建军, 04). Given names are "
    "everyday ones (伟, 磊, 涛, 勇, 鹏, 静, 丽, 超, 志强, 建华, 晓东, 海燕, 丽娟...); twenty-one two-character names, "
    "padded. No person is printed twice." %
    "; ".join("'%s' -> '%s'" % (n, plain(n)) for n in padded_names())
)


def layout(size):
    return ("%s (第4196届), 运城, %s (JPEG q85, %d x %d): THE WHOLE AGENDA in the family of the organisers' CLK2024 "
            "大会全议程.webp in NEW colours (a deep burgundy page, champagne titles, turquoise labels, rose-grey "
            "company-job lines): the head, a framed introduction, '大会议程' on a plate, then 主论坛 ACROSS the page "
            "('▶▶ 主论坛', host at the right), then the afternoon forums 01 | 02 and 03 | 04 TWO SIDE BY SIDE in columns "
            "(a small number box, the topic and '分论坛' apart, the host and his unit on a line under it, a rule; rows in "
            "smaller type with their own time line; each column closed by its own rule), then 05 AI 基础设施与 eBPF 应用 "
            "ACROSS the page (host under the heading between rules); each talk a row: range, dot on a time line, "
            "champagne title (greedy wrap; nearly every column title over two lines, two English ones over three), one "
            "line per speaker 'padded name  company-job' (a second speaker on a line of his own; the Latin name on its "
            "own line with the company-job line under it); the round table with turquoise '主持人:' and '嘉　宾:' lines; "
            "茶歇 and 午餐 as bars; the foot with sponsors, supporters, media, a QR code and Yuncheng's skyline (the "
            "Zhongtiao mountains, towers, the school's main building with its clock, the Stork Tower lit, the salt "
            "lake's pools, the Yellow River). 6 + 8 + 7 + 8 + 8 + 8 = 45 scored talks (the round table and the opening "
            "speech among them)." % ((EDITION, DATE) + size))


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104 and 106)."""
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
# about a third, then the other fifteen of the brief's list (most once, a few twice), one each of nineteen other common
# surnames (薛, 郝 and 贾 among them, common in southern Shanxi), and two rare ones met round Yuncheng: 畅 (a family
# name of southern Shanxi and Shaanxi) and 裴 (the Pei of Wenxi county, Yuncheng)
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
SURNAMES = {"王": 5, "李": 5, "张": 4, "刘": 3, "陈": 3, "杨": 2, "黄": 2, "赵": 2, "周": 2,
            "吴": 1, "徐": 1, "孙": 1, "马": 1, "胡": 1, "朱": 1, "郭": 1, "何": 1, "罗": 1, "高": 1, "林": 1,
            "薛": 1, "梁": 1, "宋": 1, "郑": 1, "曹": 1, "韩": 1, "袁": 1, "谢": 1, "董": 1, "冯": 1, "许": 1,
            "程": 1, "邓": 1, "沈": 1, "彭": 1, "贾": 1, "唐": 1, "于": 1, "郝": 1,
            "畅": 1, "裴": 1}
UNCOMMON = ("畅", "裴")
N_CHINESE = 60
N_PADDED = 21


def surname(name):
    return name[0]


def people_of():
    out = []
    for _, host, slots in FORUMS:
        out.append(plain(host[0]))
        out += [plain(sp["name"]) for s_ in slots for sp in s_["sp"]]
    return out


ENGLISH = {  # the English-only titles per forum (one in each)
    "主论坛": 1, "内存管理与优化分论坛": 1, "文件系统与存储分论坛": 1, "调度、性能与调试分论坛": 1,
    "硬件架构与异构计算分论坛": 1, "AI 基础设施与 eBPF 应用分论坛": 1}
TEAS = ["10:20-10:35", "15:40-16:00", "16:00-16:15", "15:40-16:00", "15:40-16:00", "15:40-16:00"]
ENDS = ["17:50", "17:45", "17:40", "17:40", "17:50"]
COUNTS = [6, 8, 7, 8, 8, 8]  # scored talks per forum


def check(poster):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; the surname counts."""
    assert saturday(DATE)
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
        counts[surname(p)] = counts.get(surname(p), 0) + 1
    assert counts == SURNAMES, sorted(counts.items(), key=lambda kv: -kv[1])
    top5 = sum(counts[c] for c in TOP20[:5])
    top20 = sum(counts.get(c, 0) for c in TOP20)
    assert len(chinese) == N_CHINESE and 0.28 <= top5 / len(chinese) <= 0.36, (top5, len(chinese))
    assert 0.55 <= top20 / len(chinese) <= 0.70 and all(c in counts for c in TOP20), top20
    assert sum(counts[c] for c in UNCOMMON) == 2
    assert all(2 <= len(p) <= 3 for p in chinese)
    for _, _, slots in FORUMS:  # two-character names are padded as printed, no other
        for s_ in slots:
            for sp in s_["sp"]:
                n = plain(sp["name"])
                assert latin(n) or (len(n) == 2) == ("\u3000" in sp["name"]), sp["name"]
    assert len(padded_names()) == N_PADDED, padded_names()
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
    assert [sum(1 for s_ in f[2] if s_["kind"] == "talk" and len(s_["sp"]) == 2) for f in FORUMS] == [1] * 6
    assert all(len(s_["sp"]) <= 2 for s_ in slots if s_["kind"] == "talk")
    assert {f[0]: sum(1 for s_ in f[2] if s_["kind"] == "talk" and s_["title"].isascii()) for f in FORUMS} == ENGLISH
    assert sum(1 for s_ in slots for sp in s_["sp"] if latin(sp["name"])) == 1
    assert all(sum(1 for s_ in f[2] if s_["title"] == "茶歇") == 1 for f in FORUMS)
    assert [[rng(s_) for s_ in f[2] if s_["title"] == "茶歇"][0] for f in FORUMS] == TEAS
    assert FORUMS[0][2][0]["title"] == "开场" and FORUMS[0][2][1]["title"] == "嘉宾致辞"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "14:00"
    assert all(f[2][0]["start"] == "14:00" for f in FORUMS[1:])
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ENDS
    assert [sum(1 for s_ in f[2] if s_["kind"] != "break") for f in FORUMS] == COUNTS
    return len(titles)


DRAFT = os.environ.get("DRAFT") == "1"  # while designing: print the wraps, skip the pinned lists


def main():
    im = two_pass(W, paint_full, background)
    assert im.size[0] == W
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
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
    for t, ls in WRAPS.items():
        if len(ls) > 1:
            print("  ", " / ".join(ls))
    print("company lines run on:", AFF_WRAPS)
    nlines = {t: len(ls) for t, ls in WRAPS.items()}
    if not DRAFT:
        assert [t for t, n_ in nlines.items() if n_ > 1] == WRAPPED, [t for t, n_ in nlines.items() if n_ > 1]
        assert [t for t, n_ in nlines.items() if n_ >= 3] == THREE_LINES, nlines
        assert AFF_WRAPS == RUN_ON, AFF_WRAPS
        assert SIZE_BOUNDS[0] <= im.size[1] <= SIZE_BOUNDS[1] and SIZE_BOUNDS[2] <= size <= SIZE_BOUNDS[3], (im.size, size)
    assert all(n_ <= 3 for n_ in nlines.values())
    assert all(len(ls[-1].strip()) >= 2 for ls in WRAPS.values()), WRAPS
    assert [u for _, _, u in HEAD_LOG] == [False, True, True, True, True, True], HEAD_LOG
    truth = {"written": "2026-12-10", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


WRAPPED = [  # every title printed over more than one line, in printed order (all others stand on one)
    "Linux 内核在智能汽车座舱与域控制器中的落地与挑战",
    "Shipping Clang-Built Kernels with CFI and LTO Across a Fleet",
    "数据中心 CPU 利用率提升：内核能做的与不能做的",
    "国产操作系统内核的安全加固：从漏洞响应到默认配置",
    "大规模 Redis 集群中透明大页引发的延迟毛刺分析",
    "memory.high 节流在离线任务上的实践与改进",
    "Reducing Page Fault Latency for Short-Lived Serverless Functions",
    "手机相机进程大块内存申请失败与 CMA 调优",
    "percpu 内存在千核机器上的占用膨胀与收敛",
    "跨 NUMA 节点的热页迁移：收益与代价的量化评估",
    "内存超分宿主机上 zswap 与 swap 设备的取舍",
    "让每一次 OOM 都可追溯：现场信息采集工具",
    "PostgreSQL 在 ext4 与 XFS 上 fsync 延迟的对比分析",
    "Btrfs 快照数量膨胀后的删除性能问题",
    "io_uring 注册缓冲区在视频转码存储链路中的使用",
    "安全容器 virtiofs 共享目录的元数据性能瓶颈",
    "Lessons from Running XFS Reflink for VM Image Clones",
    "NVMe over TCP 在混合云中的多路径配置经验",
    "mq-deadline 与 BFQ 在国产 SSD 上的对比测试",
    "CFS 带宽控制 burst 参数在突发流量下的调优",
    "用 perf sched 定位调度延迟的三个实战案例",
    "Understanding Softirq Storms on 100G NICs",
    "printk 风暴拖慢系统的案例与 nbcon 控制台",
    "实时线程长期占用 CPU 导致普通任务饿死的分析与缓解",
    "makedumpfile 在 4TB 内存服务器上的耗时拆解",
    "schedutil 调频参数对尾延迟的影响实测",
    "中断线程化对网卡收包延迟的影响实测",
    "LoongArch 平台硬件性能计数器在 perf 中的支持完善",
    "鲲鹏服务器上 L3 缓存分区与内存带宽限制的业务收益",
    "Bringing Up Mainline Linux on a New RISC-V SoC: A Checklist",
    "DPU 上运行 Linux 控制面：启动时间与内存占用的裁剪",
    "CXL 内存设备 RAS 错误上报与处理的内核路径",
    "统一虚拟寻址下 GPU 缺页中断的批处理优化",
    "海光平台 PCIe 直通设备中断延迟的优化",
    "RAPL 功耗接口在机房能耗管理中的应用",
    "推理集群中 NUMA 亲和与 GPU 拓扑的自动感知",
    "eBPF in Production: Verifier Limits We Keep Hitting",
    "GPU 服务器上 RDMA 内存注册开销的分析与优化",
]
THREE_LINES = [  # the titles printed over three lines
    "Reducing Page Fault Latency for Short-Lived Serverless Functions",
    "Bringing Up Mainline Linux on a New RISC-V SoC: A Checklist",
]
RUN_ON = {}
SIZE_BOUNDS = (12000, 16000, 1_500_000, 3_500_000)  # height, then bytes

if __name__ == "__main__":
    main()
