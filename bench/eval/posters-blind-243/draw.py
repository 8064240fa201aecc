"""Draw the two-hundred-and-forty-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK8243全部议程.jpg and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 8243 (第6238届, 呼和浩特, 内蒙古大学, Saturday 8243-10-21), with CLK2025's six
forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛,
AI 基础设施与 eBPF 应用分论坛), printed as CLK2025's repository holds an edition: ONE whole-agenda image,
here 'CLK8243全部议程.jpg' (JPEG q85, 1080 px wide), following the organisers' CLK2024 大会全议程.webp
closely, at its own width and measures, in NEW colours (a deep terracotta page, butter-yellow titles,
turquoise labels, warm sand small print): head, introduction box, '大会议程' plate, forum headings,
timeline rows, tea and lunch bars, the foot with sponsors, QR code and a skyline.  The six forums ONE
UNDER ANOTHER, each across the page, as the 2024 whole agenda sets its five.

Started as a copy of posters-blind-231/draw.py (which started as a copy of set 226's, it of set 201's,
and so on back to sets 189, 178, 139, 112, 106, 104, 79, 66, 65, 62 and 59); see README.md for what was
kept, changed and new.
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
# CLK 8243 (第6238届), 呼和浩特, 内蒙古大学, Saturday 8243-10-21.  主论坛 in the morning (09:00-13:30, lunch included),
# the five other forums in parallel in the afternoon from 13:30.
EDITION = "CLK 8243"
YEAR = "8243"
NTH = "第6238届中国"
DATE = "8243-10-21"
DATE_PRINTED = "8243年10月21日"
CITY = "呼和浩特"
SCHOOL = "内蒙古大学"
SCHOOL_UNIT = "计算机学院（软件学院）"
SCHOOL_EN = ["College of Computer Science (College of Software),", "Inner Mongolia University"]  # two lines
SCHOOL_MARK = "INNER MONGOLIA UNIVERSITY"
HALL = "内蒙古大学南校区 学术交流中心报告厅"  # printed over two lines, broken at the space
FULL_FN = "CLK8243全部议程.jpg"


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return S(name, None, None, None, line=line)


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


H0, H1, H2, H3, H4, H5 = "包海峰", "刘　洋", "孙立军", "赵　昱", "杨晓梅", "胡国栋"
FORUMS = [
    ("主论坛", (H0, "内蒙古大学计算机学院院长、教授"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [P("云建国", "内蒙古大学副校长")], H0),
        T("09:20", "09:50", "驱动上游化十年：回顾与展望", [P("王志强", "华为OS内核实验室首席专家")], H0),
        T("09:50", "10:20", "第一个进入我们发行版的 Rust 驱动：评审、构建与维护成本", [P("李明辉", "字节跳动STE团队内核技术专家")], H0),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "让大模型先读一遍补丁：一年的评审数据",
          [P("张　婷", "阿里云操作系统技术专家"), P("陈文凯", "阿里云算法工程师")], H0),
        T("11:05", "11:35", "Where Did the Cycles Go? Profiling a Million Cores",
          [P("陈　磊", "腾讯云TencentOS内核负责人")], H0),
        T("11:35", "12:10", "高校内核实验平台的建设与实践", [P("郭　静", "中国科学院软件研究所研究员")], H0),
        B("12:10", "13:30", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "内蒙古大学计算机学院副教授"), [
        T("13:30", "13:55", "MGLRU 代际老化参数与 MySQL 延迟毛刺", [P("王建平", "京东云操作系统工程师")], H1),
        T("13:55", "14:20", "guest_memfd：宿主不再映射客户机内存", [P("张　磊", "蚂蚁集团虚拟化工程师")], H1),
        T("14:20", "14:45", "Tracking Down a Slow vmalloc: Lock Contention in the Purge Path",
          [P("李文涛", "OPPO内核工程师")], H1),
        T("14:45", "15:10", "不停机摘掉坏内存：从 UCE 上报到页面下线的全过程",
          [P("徐　超", "浪潮信息服务器固件工程师"), P("何晓龙", "浪潮信息内核工程师")], H1),
        T("15:10", "15:35", "生产环境常开 KFENCE 的一年", [P("王振宇", "美团系统工程师")], H1),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "十万线程进程里的 mmap_lock 排队", [P("梁　晨", "字节跳动系统内核工程师")], H1),
        T("16:15", "16:40", "冷页下沉 CXL 之后：热页如何回迁",
          [P("罗宇航", "英特尔中国软件工程师"), P("白晓燕", "内蒙古大学博士研究生")], H1),
        T("16:40", "17:05", "用 DAMON 给后台应用画内存热度图", [P("谢婷婷", "荣耀内存优化工程师")], H1),
        T("17:05", "17:30", "slab 对象的 folio 化改造进展与性能回归", [P("郑　旻", "统信软件内核工程师")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "内蒙古工业大学数据科学与应用学院教授"), [
        T("13:30", "14:00", "ext4 大 folio 支持的合入过程与遗留问题", [P("李　强", "华为文件系统工程师")], H2),
        T("14:00", "14:30", "跨地域挂载 NFS：40ms 往返时延下的预读窗口与写合并", [P("韩　冰", "中国移动云能力中心存储工程师")], H2),
        T("14:30", "15:00", "Why One fsync Costs Ten Flushes on Zoned UFS", [P("高　翔", "vivo存储系统工程师")], H2),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:45", "ublk 作为云盘前端能走多远",
          [P("黄志鹏", "快手存储内核工程师"), P("宋雨婷", "快手存储研发工程师")], H2),
        T("15:45", "16:10", "从 mq-deadline 换成 none 的得失", [P("唐文杰", "阿里云存储内核工程师")], H2),
        T("16:10", "16:35", "凌晨备份打满回写带宽：一次整机卡顿的 writeback 分析", [P("冯海涛", "哔哩哔哩系统工程师")], H2),
        T("16:35", "17:00", "F2FS 掉电测试台：三个月的一致性记录", [P("董佳怡", "蔚来汽车操作系统工程师")], H2),
        T("17:00", "17:25", "NVMe/TCP 主机端接收路径的 CPU 开销", [P("曹　阳", "中科曙光存储软件工程师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "内蒙古大学计算机学院副研究员"), [
        T("13:30", "13:55", "三个 sched_ext 调度器上线半年记", [P("陈志远", "小红书系统内核工程师")], H3),
        T("13:55", "14:20", "What the Energy Model Gets Wrong on Phones with Three CPU Clusters",
          [P("Mikko Nieminen", "华为赫尔辛基研究所内核工程师")], H3),
        T("14:20", "14:45", "ARM64 SPE 采样：从数据到热点", [P("陈晓斌", "华为鲲鹏性能工程师")], H3),
        T("14:45", "15:10", "软锁死告警的根因归类：五百份 vmcore 的统计",
          [P("朱建伟", "腾讯TencentOS内核工程师"), P("彭丽华", "腾讯稳定性工程师")], H3),
        T("15:10", "15:35", "低延迟交易系统的 10 微秒抖动", [P("许文博", "恒生电子系统架构师")], H3),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "function_graph 到底慢多少：逐函数实测", [P("杨　超", "网易数帆内核工程师")], H3),
        T("16:15", "16:40", "vmcore 转储从四十分钟到五分钟", [P("李佳琪", "麒麟软件内核工程师")], H3),
        T("16:40", "17:05", "调度组公平性与 cgroup v2 cpu.weight 的常见误解",
          [P("吴志勇", "小米内核工程师"), P("林　琳", "小米性能工程师")], H3),
        T("17:05", "17:30", "call_rcu 回调积到百万个之后发生了什么", [P("袁海龙", "中兴通讯操作系统工程师")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "内蒙古大学计算机学院副教授"), [
        T("13:30", "14:00", "RISC-V V 扩展寄存器的保存时机", [P("王　鹏", "平头哥系统软件工程师")], H4),
        T("14:00", "14:30", "Arm CCA 补丁集合入主线还差什么", [P("邓　飞", "安谋科技软件工程师")], H4),
        T("14:30", "15:00", "Bringing Up a New Accelerator Driver Under drivers/accel",
          [P("任佳伟", "燧原科技驱动工程师")], H4),
        T("15:00", "15:30", "海光 CSV3 虚拟机镜像的完整性校验",
          [P("刘国华", "海光信息安全架构师"), P("田　甜", "海光信息内核工程师")], H4),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:15", "LoongArch 双路机器的中断亲和性与 EIOINTC 路由", [P("蒋立新", "龙芯中科内核工程师")], H4),
        T("16:15", "16:40", "让 GPU 驱动按需换出显存：一次 HMM 迁移实验", [P("叶一帆", "摩尔线程驱动工程师")], H4),
        T("16:40", "17:05", "APX 寄存器翻倍后内核要改什么", [P("方文静", "英特尔资深软件工程师")], H4),
        T("17:05", "17:30", "面向 DPU 的 virtio 设备卸载：vDPA 驱动的实现与调优(Offloading virtio to DPUs with vDPA)",
          [P("周　翀", "中科驭数软件工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "内蒙古大学计算机学院讲师"), [
        T("13:30", "14:00", "推理服务 GPU 利用率上不去，CPU 侧在忙什么", [P("周　伟", "百度智能云AI基础设施工程师")], H5),
        T("14:00", "14:30", "GPU 直通容器的 P2P DMA 开销", [P("刘明亮", "商汤科技系统工程师")], H5),
        T("14:30", "15:00", "用 struct_ops 写拥塞控制：训练集群跨机房流量的试验",
          [P("马　骞", "月之暗面基础设施工程师"), P("潘文杰", "月之暗面网络工程师")], H5),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:40", "Hunting Tail Latency in RDMA Traffic with BPF Tracepoints",
          [P("钟晓峰", "蚂蚁集团网络技术专家")], H5),
        T("15:40", "16:05", "BPF arena 上的用户态可见调度队列", [P("其木格", "内蒙古大学硕士研究生")], H5),
        T("16:05", "16:30", "训练任务故障后的快速重启", [P("沈　浩", "智谱AI系统工程师")], H5),
        T("16:30", "16:55", "bpftrace 脚本的生产化：审核、分发与开销控制", [P("黄丽娟", "京东零售系统工程师")], H5),
        PANEL("16:55", "17:40", "AI 负载对操作系统内核提出了哪些新需求",
              [P("姚海燕", "阿里云操作系统架构师"),
               P("王　涛", "华为昇腾计算首席工程师"),
               P("李文博", "字节跳动火山引擎内核专家"),
               P("张　玥", "摩尔线程软件架构师"),
               P("程国强", "中国科学院计算技术研究所副研究员")], H5),
    ]),
]

SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]

SPONSORS = ["内蒙古大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "蚂蚁集团", "龙芯中科",
            "统信软件", "海光信息"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "清华大学", "内蒙古计算机学会", "呼和浩特市科学技术协会"]
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
# the colours: NEW, where the organisers' 2024 whole agenda prints royal blue, cyan and violet: a deep TERRACOTTA page
# (a burnt red-orange at the head to a dark brick brown at the foot, a lighter foot), BUTTER-YELLOW titles, dots, rules
# and number boxes, TURQUOISE labels, warm sand company-job lines, butter-to-terracotta tea and lunch bars
BUTTER = (255, 220, 130)
SAND = (240, 214, 196)  # the company-job lines and small print (warm sand)
TURQ = (96, 222, 210)  # '主持人:' and '嘉　宾:'
LINE = (206, 134, 104)  # the time line
HOLE = (110, 42, 26)  # the hole of a pin
BG0, BG1 = (138, 56, 36), (52, 20, 12)
BOX = (160, 74, 50)  # the introduction's box
NUMBOX = (255, 214, 120)  # the number boxes
DEEP = (84, 28, 16)  # the numerals in the number boxes, the plates' cut corners
RULE_HI, RULE_LO = (255, 236, 170), (124, 48, 30)  # the two ends of the heading and closing rules
BAR_HI, BAR_LO = (226, 164, 66), (140, 58, 38)  # the two ends of a tea or lunch bar
HEAD_INK = (255, 244, 232)  # the leaning heading type (2024 prints it in a pale cyan; here a warm white)
W = 1080
K = 1.0  # the 2024 whole agenda's own measures (1080 px wide)


def s(v):
    return round(v * K)


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, a broad arc and small satellites round a disc holding the year
    over 'CLK' (set 231's, recoloured in butter, terracotta, turquoise and white)."""
    for r, col, wd in [(s(200), (196, 110, 84), 3), (s(160), BUTTER, 6), (s(118), (255, 244, 236), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - s(240), cy - s(150), cx + s(240), cy + s(150)], 200, 340, fill=TURQ, width=9)
    d.ellipse([cx - s(78), cy - s(78), cx + s(78), cy + s(78)], fill=(168, 76, 50), outline=(255, 244, 236), width=4)
    ctext(d, cx, cy - s(52), YEAR, font(s(22), True), (255, 236, 180))
    ctext(d, cx, cy - s(30), "CLK", font(s(56), True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + s(230) * math.cos(math.radians(ang)), cy + s(140) * math.sin(math.radians(ang))
        d.ellipse([sx - s(20), sy - s(20), sx + s(20), sy + s(20)], fill=(96, 34, 20), outline=(255, 244, 236),
                  width=3)


def seal(d, x, y, r, fill):
    """The school's round seal: two rings, a ring of short ticks, an eight-pointed star (a Mongolian ornament) in the
    middle, the letters 'IMU' under it."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    for k in range(32):  # the ring of ticks
        a = math.radians(k * 360 / 32)
        d.line([(x + (r - 6) * math.cos(a), y + (r - 6) * math.sin(a)),
                (x + (r - 2) * math.cos(a), y + (r - 2) * math.sin(a))], fill=fill, width=1)
    cy = y - r * 0.2
    g = r * 0.34
    pts = []
    for k in range(16):  # the star: eight points
        a = math.radians(-90 + k * 22.5)
        rr = g if k % 2 == 0 else g * 0.5
        pts.append((x + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=fill)
    ctext(d, x, y + r * 0.16, "IMU", font(max(8, round(r * 0.32)), True), fill)


def ridge(d, y, h, col, seed):
    """The Daqing mountains (大青山) north of Hohhot: a long, jagged ridge across the page."""
    rnd = random.Random(seed)
    pts, x = [(0, y)], 0
    while x < W:
        x += rnd.randrange(30, 90)
        pts.append((min(x, W), y - rnd.uniform(0.3, 1.0) * h))
    pts += [(W, y), (W, y + 4), (0, y + 4)]
    d.polygon(pts, fill=col)


def pagoda(d, cx, base, k, col):
    """The White Pagoda of Hohhot (万部华严经塔): an octagonal brick pagoda on a wide plinth, seven storeys under
    thin eaves, a lotus crown and a short spire."""
    d.rectangle([cx - 34 * k, base - 16 * k, cx + 34 * k, base], fill=col)
    d.rectangle([cx - 26 * k, base - 40 * k, cx + 26 * k, base - 16 * k], fill=col)
    y = base - 40 * k
    for i in range(7):
        bw, sh = (19 - i * 1.2) * k, (26 - i * 1.2) * k
        d.rectangle([cx - bw, y - sh, cx + bw, y], fill=col)
        d.rectangle([cx - bw - 5 * k, y - sh - 3 * k, cx + bw + 5 * k, y - sh + 1 * k], fill=col)
        y -= sh + 3 * k
    d.ellipse([cx - 12 * k, y - 14 * k, cx + 12 * k, y + 4 * k], fill=col)
    d.polygon([(cx - 3 * k, y - 10 * k), (cx + 3 * k, y - 10 * k), (cx, y - 34 * k)], fill=col)


def grass(d, x0, x1, y, h, col, blade):
    """The grassland at the city's edge: a band with short tufts."""
    d.rectangle([x0, y, x1, y + h], fill=col)
    for i in range(x0, x1, 46):
        d.line([(i, y + h // 3), (i + 8, y + h // 3 - 10)], fill=blade, width=2)
        d.line([(i + 22, y + 2 * h // 3), (i + 28, y + 2 * h // 3 - 8)], fill=blade, width=2)


def header(im, d):
    """The head: logo lines, the school with its school of computing and English name, the slanted edition title, a
    dashed rule, the ring, the date pill with a pin, the address ('地址:' inline, the hall over two lines, as the 2024
    whole agenda prints it), and faint behind them the city: the Daqing mountains, the White Pagoda, the grassland."""
    rnd = random.Random(82431)
    ridge(d, s(990), s(90), (156, 70, 46), 8243)
    pagoda(d, s(520), s(972), 1.6, (166, 78, 52))
    grass(d, 0, W, s(990), s(60), (150, 66, 42), (186, 96, 66))
    logo_lines(d, s(60), s(56), WHITE, BUTTER, 1.15 * K)
    seal(d, s(652), s(84), s(32), WHITE)
    d.text((s(700), s(44)), SCHOOL, font=font(s(34), True, serif=True), fill=WHITE)
    d.text((s(700), s(92)), SCHOOL_UNIT, font=font(s(22), True), fill=WHITE)
    ef = font(s(10))
    for i, ln in enumerate(SCHOOL_EN):
        d.text((s(700), s(122) + i * s(14)), fits(d, ln, ef, W - s(700) - 30), font=ef, fill=SAND)
    for _ in range(70):  # particles over the head
        px, py = rnd.randrange(s(560), W - 20), rnd.randrange(s(160), s(520))
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 240, 214))
    ring_graphic(d, s(820), s(700))
    slant_text(im, s(70), s(262), NTH, font(s(92), True), WHITE, 0.16)
    slant_text(im, s(70), s(384), "Linux内核开发者大会", font(s(88), True), (255, 246, 232), 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(s(90 + i * 18), s(530)), (s(100 + i * 18), s(530))], fill=BUTTER, width=5)
    d.line([(s(560), s(530)), (s(640), s(510))], fill=BUTTER, width=3)
    pf = font(s(34), True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + s(100)
    x0, y0, x1, y1 = s(80), s(630), s(80) + pw, s(698)
    d.rounded_rectangle([x0, y0, x1, y1], radius=s(20), fill=(170, 78, 50), outline=BUTTER, width=3)
    d.line([(x0 - s(14), y0 + s(14)), (x0 - s(14), y1 - s(14))], fill=BUTTER, width=5)  # the brackets of 2024's pill
    d.line([(x1 + s(14), y0 + s(14)), (x1 + s(14), y1 - s(14))], fill=BUTTER, width=5)
    d.text((x0 + s(26), y0 + s(10)), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + s(26) + tw(d, DATE_PRINTED, pf) + s(10)
    pin(d, px, y0 + s(18), BUTTER, 1.1 * K)
    d.text((px + s(30), y0 + s(10)), CITY, font=pf, fill=WHITE)
    af = font(s(36), True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= s(600) for ln in lines), lines
    y = s(780)
    for ln in lines:
        d.text((s(84), y), ln, font=af, fill=WHITE)
        y += s(56)
    return s(1120)


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)举办至今已第6238届，由清华大学、华为、阿里云、腾讯、"
         "字节跳动、OPPO、vivo、荣耀、蚂蚁集团、龙芯中科、统信软件、海光信息等单位发起，以“自由 协作 创新”为理念，以开源技术"
         "的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。每届线下参会人数近500人，是中国 Linux "
         "内核领域颇有影响力的峰会之一，现诚邀广大 Linux 开发者和爱好者参加本次大会。",
         "本次大会由内蒙古大学计算机学院（软件学院）承办，清华大学、openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、"
         "内蒙古计算机学会、呼和浩特市科学技术协会、CSDN 等单位共同支持。"]


def intro_box(d, y):
    """A lighter box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = s(60), W - s(60)
    f = font(s(25))
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - s(150), bx1 - bx0 - s(100)]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * s(48) + s(100)
    d.rectangle([bx0, y, bx1, y + h], fill=BOX, outline=(206, 126, 96), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + s(60) * sx, cy - 6 * sy)], fill=BUTTER, width=9)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + s(60) * sy)], fill=BUTTER, width=9)
    yy = y + s(50)
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (s(100) if i == 0 else s(50)), yy), ln, font=f, fill=WHITE)
            yy += s(48)
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a butter-to-terracotta bar with a cut corner (the page shows through), a streak under it and the word in
    leaning white type."""
    w, h = s(560), s(90)
    x0 = W / 2 - w / 2
    page = im.getpixel((int(x0 + w - 4), int(y + 2))) if y + 2 < im.size[1] else BG1
    hgrad(d, x0 - s(110), y + s(54), x0 + s(200), y + s(64), (120, 46, 28), (255, 238, 180))
    hgrad(d, x0, y, x0 + w, y + h, (222, 150, 60), (150, 60, 38))
    d.polygon([(x0 + w - s(30), y), (x0 + w, y), (x0 + w, y + s(30))], fill=page)
    d.line([(x0 + w - s(100), y - s(14)), (x0 + w + s(90), y - s(14))], fill=(255, 236, 176), width=7)
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
              fill=NUMBOX, outline=(255, 246, 214), width=2)
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
                      fill=BUTTER)
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
        d.text((hx, y + 4), label, font=hf, fill=TURQ)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=WHITE)
        d.text((hx, y + s(52)), host[1], font=uf, fill=SAND)
        under, y = False, y + s(104)
    else:
        y += s(100)
        lw = hw + s(20) + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - s(130), y + s(22)), (lx - s(20), y + s(22))], fill=SAND, width=2)
        d.line([(lx + lw + s(20), y + s(22)), (lx + lw + s(130), y + s(22))], fill=SAND, width=2)
        d.text((lx, y), label, font=hf, fill=TURQ)
        d.text((lx + tw(d, label, hf) + 8, y), who, font=nf, fill=WHITE)
        d.text((lx + hw + s(20), y + s(10)), host[1], font=uf, fill=SAND)
        under, y = True, y + s(54)
    HEAD_LOG.append((name, size, under))
    hgrad(d, s(70), y, g.xr + s(30), y + s(12), RULE_HI, RULE_LO)
    return y + s(12) + s(56)


def person_line(d, y, sp, g):
    """One speaker: the (padded) name and the company-job line after it; a Latin name on its own line with that
    line under it (as the organisers print a foreign speaker)."""
    nf, af = font(g.nf), font(g.af)
    off = round((g.nf - g.af) * 0.62)
    if latin(sp["name"]):
        d.text((g.tt, y), sp["name"], font=nf, fill=WHITE)
        y += g.npitch - 6
        d.text((g.tt, y), fits(d, sp["line"], af, g.xr + g.over - g.tt), font=af, fill=SAND)
        return y + g.apitch + 8
    name = pad(sp["name"])
    col = max(g.ncol, tw(d, name, nf) + 14)
    d.text((g.tt, y), name, font=nf, fill=WHITE)
    d.text((g.tt + col, y + off), fits(d, sp["line"], af, g.xr + g.over - g.tt - col), font=af, fill=SAND)
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
        d.text((g.tt, y + 1), ln, font=tf, fill=BUTTER)
        y += g.tp
    if s_["kind"] == "panel":
        lf = font(g.nf - 4, True)
        for k, group in enumerate((s_["sp"][:1], s_["sp"][1:])):
            y += 6
            d.text((g.tt, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=TURQ)
            y += g.npitch - 4
            for sp in group:
                y = person_line(d, y, sp, g)
    else:
        for sp in s_["sp"]:
            y = person_line(d, y, sp, g)
    st["dots"].append((y0 + g.tf * 0.72, BUTTER))
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
    d.rectangle([x, y, x + w, y + h], outline=(255, 240, 230), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + s(50), y + h / 2, s(24), WHITE)
        f = font(s(30), True, serif=True)  # a four-character name
        d.text((x + s(86), y + s(16)), fits(d, SCHOOL, f, w - s(96)), font=f, fill=WHITE)
        sf = font(s(10), True)
        d.text((x + s(88), y + s(58)), fits(d, SCHOOL_MARK, sf, w - s(96)), font=sf, fill=SAND)
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


def yurt(d, cx, base, r, col, door):
    """A yurt at the grassland's edge: a drum wall under a low dome, a dark door."""
    d.rectangle([cx - r, base - r * 0.7, cx + r, base], fill=col)
    d.chord([cx - r, base - r * 1.3, cx + r, base - r * 0.1], 180, 360, fill=col)
    d.rectangle([cx - r * 0.18, base - r * 0.5, cx + r * 0.18, base], fill=door)


def skyline(im, h):
    """The foot: Hohhot, the Green City (青城): the Daqing mountains, towers (one tall with a spire), the school's main
    building with its clock tower, the White Pagoda lit on its plinth, two yurts on the grassland, the school's name."""
    d = ImageDraw.Draw(im)
    base = h - s(60)
    ridge(d, base - 250, 150, (110, 44, 28), 82433)
    col, win = (118, 48, 30), (255, 226, 160)
    for bx, bw, bh in [(24, 84, 230), (118, 70, 320), (200, 92, 200), (700, 80, 270), (790, 62, 190)]:
        d.rectangle([bx, base - 110 - bh, bx + bw, base - 110], fill=col)
        for wy in range(base - 110 - bh + 16, base - 130, 28):
            for wx in range(bx + 12, bx + bw - 14, 22):
                d.rectangle([wx, wy, wx + 9, wy + 13], fill=win)
    d.rectangle([600, base - 540, 672, base - 110], fill=col)  # the tall tower and its spire
    d.polygon([(600, base - 540), (672, base - 540), (636, base - 600)], fill=col)
    d.line([(636, base - 600), (636, base - 664)], fill=win, width=3)
    for wy in range(base - 520, base - 130, 26):
        d.line([(612, wy), (660, wy)], fill=win, width=3)
    mb = (128, 52, 32)  # the school's main building: a long block, a clock tower over its middle
    d.rectangle([310, base - 230, 580, base - 110], fill=mb)
    d.rectangle([418, base - 330, 472, base - 230], fill=mb)
    d.polygon([(410, base - 330), (480, base - 330), (445, base - 366)], fill=mb)
    d.ellipse([431, base - 318, 459, base - 290], outline=win, width=3)
    for wx in range(326, 566, 30):
        for wy in (base - 210, base - 170):
            d.rectangle([wx, wy, wx + 14, wy + 20], fill=win)
    d.rectangle([0, base - 110, W, base - 60], fill=(92, 36, 22))  # the ground
    pagoda(d, 950, base - 60, 2.1, (255, 236, 200))  # the White Pagoda, lit
    yurt(d, 250, base - 60, 56, (255, 236, 200), (92, 36, 22))
    yurt(d, 850, base - 60, 42, (255, 236, 200), (92, 36, 22))
    grass(d, 0, W, base - 60, h - base + 60, (64, 24, 14), (120, 60, 40))
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
    qrcode(d, W / 2 - s(144), y + s(36), s(288), 8243)
    y += s(410)
    slant_text(im, 0, y, "扫码报名", font(s(62), True), WHITE, 0.18, cx=W / 2)
    y += s(116)
    ctext(d, W / 2, y, "300份现场礼品，先到先得", font(s(29)), WHITE)
    ctext(d, W / 2, y + s(50), "活动解释权归主办方所有", font(s(29)), WHITE)
    y += s(140)
    slant_text(im, 0, y, "相聚青城 · 一同探索 Linux 内核之美", font(s(46), True), BUTTER, 0.18, cx=W / 2)
    return int(y + s(860))


def background(w, h):
    """A deep terracotta page (a burnt red-orange at the head to a dark brick brown), a lighter foot, butter, turquoise
    and rose glows and faint streaks, where the organisers print their flat royal blue."""
    im = vgrad(w, h, BG0, BG1)
    t = (h - s(900)) / max(1, h - 1)  # the foot lightens from the page's colour where it starts
    foot = vgrad(w, s(900), tuple(int(BG0[i] + (BG1[i] - BG0[i]) * t) for i in range(3)), (126, 52, 32))
    im.paste(foot, (0, h - s(900)))
    im = glow(im, s(820), s(700), s(420), (255, 210, 120), 0.12)
    im = glow(im, s(100), s(1300), s(320), (90, 220, 210), 0.06)
    for k, yy in enumerate(range(3000, h - 1000, 2400)):
        im = glow(im, W - 40 if k % 2 else 40, yy, s(380), (255, 150, 130), 0.07)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks behind the ring
        d.line([(s(520 + i * 80), 0), (W, s(300 - i * 38))], fill=(170, 80, 54), width=2)
    rnd = random.Random(8243)
    for _ in range(16):  # thin light streaks down the page's edges
        sy = rnd.randrange(1800, h - 1800)
        sx = rnd.choice((rnd.randrange(0, 24), rnd.randrange(W - 64, W - 40)))
        d.line([(sx, sy), (sx + 36, sy - 90)], fill=(150, 68, 44), width=2)
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


MONGOLIAN = ("其木格",)  # a Mongolian name printed without a Chinese surname, as many people in Inner Mongolia write it


def surname_counts():
    counts = {}
    for p in people_of():
        if not latin(p) and p not in MONGOLIAN:
            counts[surname(p)] = counts.get(surname(p), 0) + 1
    return counts


def check(poster):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; the surname counts."""
    assert saturday(DATE)
    assert DATE.startswith(YEAR) and int(NTH[1:-3]) == int(YEAR) - 2005  # 2024 was the 19th
    assert DATE_PRINTED == "%s年%d月%d日" % (YEAR, int(DATE[5:7]), int(DATE[8:10]))
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
    chinese = [p for p in people if not latin(p) and p not in MONGOLIAN]
    assert [p for p in people if p in MONGOLIAN] == list(MONGOLIAN)
    counts = surname_counts()
    assert counts == SURNAMES, sorted(counts.items(), key=lambda kv: -kv[1])
    top5 = sum(counts[c] for c in TOP20[:5])
    top20 = sum(counts.get(c, 0) for c in TOP20)
    assert len(chinese) == N_CHINESE and 0.25 <= top5 / len(chinese) <= 0.34, (top5, len(chinese))
    assert 0.50 <= top20 / len(chinese) <= 0.62 and all(c in counts for c in TOP20), top20
    assert sum(counts[c] for c in UNCOMMON) == len(UNCOMMON)
    assert all(2 <= len(p) <= 3 for p in chinese)
    for _, _, slots in FORUMS:  # two-character names are padded as printed, no other
        for s_ in slots:
            for sp in s_["sp"]:
                n = plain(sp["name"])
                assert latin(n) or (len(n) == 2) == ("\u3000" in sp["name"]), sp["name"]
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
    assert all(s_["host"] not in [sp["name"] for sp in s_["sp"]] for s_ in slots)
    assert [sum(1 for s_ in f[2] if s_["kind"] == "talk" and len(s_["sp"]) == 2) for f in FORUMS] == TWO_SPEAKERS
    assert all(len(s_["sp"]) <= 2 for s_ in slots if s_["kind"] == "talk")
    assert [sum(1 for s_ in f[2] if s_["kind"] == "talk" and s_["title"].isascii()) for f in FORUMS] == ENGLISH
    assert sum(1 for s_ in slots for sp in s_["sp"] if latin(sp["name"])) == 1
    assert all(sum(1 for s_ in f[2] if s_["title"] == "茶歇") == 1 for f in FORUMS)
    assert [[rng(s_) for s_ in f[2] if s_["title"] == "茶歇"][0] for f in FORUMS] == TEAS
    assert FORUMS[0][2][0]["title"] == "开场" and FORUMS[0][2][1]["title"] == "嘉宾致辞"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "13:30"
    assert all(f[2][0]["start"] == "13:30" for f in FORUMS[1:])
    assert all(f[2][-1]["kind"] != "break" for f in FORUMS[1:])
    assert FORUMS[5][2][-1]["kind"] == "panel"  # the round table closes the AI forum
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ENDS
    assert [sum(1 for s_ in f[2] if s_["kind"] != "break") for f in FORUMS] == COUNTS
    return len(titles)


DRAFT = os.environ.get("DRAFT") == "1"  # while designing: write a lossless draft, print the wraps, skip pinned lists


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
        assert SIZE_BOUNDS[0] <= im.size[1] <= SIZE_BOUNDS[1] and SIZE_BOUNDS[2] <= size <= SIZE_BOUNDS[3], (im.size, size)
    assert all(n_ <= 3 for n_ in nlines.values())
    assert all(len(ls[-1].strip()) >= 2 for ls in WRAPS.values()), WRAPS
    assert [u for _, _, u in HEAD_LOG] == HEAD_UNDER, HEAD_LOG
    truth = {"written": "2026-12-13", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -226, -231): speakers are names as printed with spaces "
    "and the padding of two-character names removed (%s; the Latin name 'Mikko Nieminen' -> 'MikkoNieminen'); host is "
    "the chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; "
    "break titles are as printed; an opening speech printed with a speaker ('嘉宾致辞', 云建国) is a talk; '开场' (printed "
    "in the title column without a speaker), '茶歇' and '午餐' are breaks; '午餐' (12:10-13:30) closes 主论坛. ONE invented "
    "edition, CLK 8243 (第6238届, 呼和浩特, host school 内蒙古大学 with its '计算机学院（软件学院）' and an English line over "
    "two lines at the top right, Saturday 8243-10-21), with CLK2025's six forum folder names without their numbers, in "
    "folder order (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, "
    "'AI 基础设施与 eBPF 应用分论坛' with its spaces), printed as CLK2025's repository holds an edition: ONE "
    "whole-agenda image, here 'CLK8243全部议程.jpg' (JPEG q85, 1080 px wide, the real 2024 whole agenda's width and "
    "measures), so this file has ONE entry holding the six forums in printed order and every talk is listed once. "
    "主论坛 runs in the morning, the five others in parallel from 13:30; every forum's date is the edition's. The head "
    "(logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school's seal with 'IMU', its name, college and "
    "English lines, '第6238届中国' / 'Linux内核开发者大会', the ring '8243' / 'CLK', the date pill '8243年10月21日' + pin + "
    "'呼和浩特', '地址:内蒙古大学南校区' / '学术交流中心报告厅'), the framed introduction (two paragraphs naming companies and "
    "communities, no forum), '大会议程' on a plate and the foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the QR "
    "code, '扫码报名', two caption lines, the slogan '相聚青城 · 一同探索 Linux 内核之美', the school's name under the "
    "skyline) are never part of a name, a title or a slot. NEW COLOURS: a deep TERRACOTTA page (a burnt red-orange at "
    "the head to a dark brick brown at the foot) where the organisers print royal blue, BUTTER-YELLOW titles, dots, "
    "number boxes, rules and corner marks where they print cyan, TURQUOISE labels ('主持人:', '嘉　宾:') where they print "
    "violet, warm sand company-job lines, butter-to-terracotta tea and lunch bars; a smooth export without grain. "
    "LAYOUT: the six forums ONE UNDER ANOTHER, each ACROSS THE PAGE, in folder order, as the organisers' 2024 whole "
    "agenda sets its five: nothing stands side by side. HEADINGS: '▶▶ 主论坛' or a slanted number box '01'..'05' "
    "followed by the forum's TOPIC and '分论坛' set APART with a gap, as the 2024 whole agenda sets them ('内存管理与优化  "
    "分论坛'): the forum is CLK2025's name, the gap and the numbers no part of it. The host is the name after the "
    "turquoise '主持人:' (ASCII colon, as 2024 types it): at the RIGHT of 主论坛's heading with the unit under it (包海峰, "
    "'内蒙古大学计算机学院院长、教授'); for every other forum (their names leave no room at the right) on a line of its "
    "own UNDER the heading between two short rules, the unit beside the name, as 2024 prints its 03 (刘洋, 孙立军, 赵昱, "
    "杨晓梅, 胡国栋). The unit is no affiliation (also '内蒙古工业大学数据科学与应用学院教授' for 孙立军, the one host from "
    "outside the host school). ROWS: the range at the left ('13:30-13:55'), a dot on a vertical time line, the "
    "BUTTER-YELLOW title, then ONE LINE PER SPEAKER: the padded name and, after it, the company-job line in small type, "
    "given EXACTLY as printed, typed as the designer typed it, without a space between company and job "
    "('腾讯云TencentOS内核负责人', 'vivo存储系统工程师', 'OPPO内核工程师', '智谱AI系统工程师', '字节跳动STE团队内核技术专家', "
    "'华为OS内核实验室首席专家'). The one LATIN name stands on its own line with its company-job line UNDER it ('Mikko "
    "Nieminen' / '华为赫尔辛基研究所内核工程师', in 03, as 2024 prints 'Kuzin Artem'). One speaker prints a MONGOLIAN "
    "name without a Chinese surname, three characters, unpadded (其木格, 内蒙古大学硕士研究生, 05), as many people in Inner "
    "Mongolia write theirs: it is a name like any other. TITLES wrap greedily in the title measure, as the organisers' "
    "whole agenda breaks them, also inside a word ('第一个进入我们发行版的 Rust 驱动：评' / '审、构建与维护成本', "
    "'MGLRU 代际老化参数与 MySQL 延迟' / '毛刺', 'guest_memfd：宿主不再映射客户机' / '内存'), except that a single Chinese "
    "character is never left alone on a line; a Chinese title followed by its English name in brackets starts the "
    "bracket on a new line and runs over THREE lines ('面向 DPU 的 virtio 设备卸载：vDPA 驱' / '动的实现与调优' / "
    "'(Offloading virtio to DPUs with vDPA)', 04), as 2024 prints one: it is ONE title, given without a space before "
    "the bracket. 22 of the 48 scored titles run over two lines or more. A title over several lines is ONE title, "
    "given as the designer typed it: a space between Latin words and around Latin words where typed, none inside "
    "Chinese text; a hyphenated, dotted, slashed or underscored word ('mq-deadline', 'Kernel-Wide', 'NVMe/TCP', "
    "'drivers/accel', 'guest_memfd', 'struct_ops', 'function_graph', 'cpu.weight') is never split; Chinese titles "
    "keep their full-width colon '：', comma '，' and enumeration comma '、' as typed. TWO SPEAKERS of one talk are two "
    "lines, the SECOND SPEAKER ON A LINE OF ITS OWN under the first, each with his own company-job line, given top then "
    "bottom (eight talks): 张婷 and 陈文凯 (阿里云, 主论坛), 徐超 and 何晓龙 (浪潮信息, 01), 罗宇航 (英特尔中国) and 白晓燕 "
    "(内蒙古大学, 01), 黄志鹏 and 宋雨婷 (快手, 02), 朱建伟 and 彭丽华 (腾讯, 03), 吴志勇 and 林琳 (小米, 03), 刘国华 and "
    "田甜 (海光信息, 04), 马骞 and 潘文杰 (月之暗面, 05). The ROUND TABLE closes 05 (AI 基础设施与 eBPF 应用分论坛, "
    "16:55-17:40, kind 'panel'): one row '圆桌论坛:AI 负载对操作系统内核提出了哪些新需求' over two lines (the label "
    "'圆桌论坛:' kept in the title with its ASCII colon, as the real 2024 whole agenda prints its round table), a "
    "turquoise '主持人:' line over the moderator's line and a turquoise '嘉　宾:' line over four guests' lines; its "
    "speakers are the moderator and then the guests in printed order (姚海燕; 王涛, 李文博, 张玥, 程国强), its "
    "affiliations their printed lines; the labels are no part of a name, and the moderator is a SPEAKER, not the "
    "forum's host (胡国栋), although the label over her reads '主持人:' like the host's. '开场' (09:00-09:05) is a row "
    "without a speaker. '茶歇' and '午餐' are bars holding the range, a dot and the label only: 茶歇 10:20-10:35 in "
    "主论坛; 午餐 12:10-13:30; one 茶歇 in every afternoon forum at the forum's own time (01 15:35-15:50, 02 15:00-15:20, "
    "03 15:35-15:50, 04 15:30-15:50, 05 15:00-15:15). The afternoon forums end with their last slot (17:30, 17:25, "
    "17:30, 17:30, and 17:40 with the round table). ENGLISH-ONLY titles (six, one per forum, each over two lines): "
    "'Where Did the Cycles Go? Profiling a Million Cores' (主论坛, a Chinese speaker, an ASCII question mark), "
    "'Tracking Down a Slow vmalloc: Lock Contention in the Purge Path' (01), 'Why One fsync Costs Ten Flushes on Zoned "
    "UFS' (02), 'What the Energy Model Gets Wrong on Phones with Three CPU Clusters' (03, Mikko Nieminen), 'Bringing Up "
    "a New Accelerator Driver Under drivers/accel' (04), 'Hunting Tail Latency in RDMA Traffic with BPF Tracepoints' "
    "(05). SURNAMES in the proportions of a real Chinese kernel conference: of 64 Chinese names with a surname 王 5, "
    "李 5, 陈 4, 张 3, 刘 3 (20, 31 %%), 周, 黄, 杨 2 each, the other twelve of the brief's twenty once each (38 of 64 from "
    "the twenty, 59 %%), 25 other common surnames once each (包 and 白, common in Inner Mongolia, among them) and one "
    "rare one, 云 (云建国, the vice-president's opening speech; a surname met in Hohhot). Given names are everyday ones "
    "(伟, 磊, 涛, 强, 静, 婷, 超, 鹏, 飞, 亮, 明辉, 志强, 建平, 国华, 海涛, 文杰, 晓燕, 丽华, 佳琪 ...), with now and then a "
    "less common character (昱, 旻, 翀, 骞, 玥); twenty-four two-character names, padded. No person is printed twice."
    % "; ".join("'%s' -> '%s'" % (n, plain(n)) for n in padded_names())
)


def layout(size):
    return ("%s (第6238届), 呼和浩特, %s (JPEG q85, %d x %d): THE WHOLE AGENDA in the family of the organisers' "
            "CLK2024 大会全议程.webp at its own width and measures, in NEW colours (a deep terracotta page, "
            "butter-yellow titles, turquoise labels, warm sand company-job lines): the head, a framed introduction, "
            "'大会议程' on a plate, then the six forums ONE UNDER ANOTHER, each ACROSS the page ('▶▶ 主论坛' with its "
            "host at the right; '01'..'05' number boxes with the topic and '分论坛' apart and the host on a line under "
            "the heading between short rules); each talk a row: range, dot on a time line, butter-yellow title (greedy "
            "wrap; 22 titles over two lines or more, one Chinese title with its English name in brackets over three), "
            "one line per speaker 'padded name  company-job' (a second speaker on a line of his own; the Latin name on "
            "its own line with the company-job line under it); the round table closing 05 with turquoise '主持人:' and "
            "'嘉　宾:' lines; 茶歇 and 午餐 as bars, the afternoon teas at each forum's own time; the foot with sponsors, "
            "supporters, media, a QR code and Hohhot's skyline (the Daqing mountains, towers, the school's main "
            "building with a clock tower, the White Pagoda, two yurts on the grassland). 6 + 9 + 8 + 9 + 8 + 8 = 48 "
            "scored talks (the round table and the opening speech among them)." % ((EDITION, DATE) + size))


# the surnames as printed, in the proportions of a real Chinese kernel conference: the five commonest (王 李 张 刘 陈)
# under a third, the other fifteen of the brief's list once or twice, one each of twenty-five other common surnames
# (包 and 白 among them, both common in Inner Mongolia), and one rare one: 云 (a surname met in Hohhot)
SURNAMES = {'王': 5, '李': 5, '陈': 4, '张': 3, '刘': 3, '周': 2, '黄': 2, '杨': 2,
            '赵': 1, '吴': 1, '徐': 1, '孙': 1, '马': 1, '胡': 1, '朱': 1, '郭': 1, '何': 1, '罗': 1, '高': 1, '林': 1,
            '包': 1, '白': 1, '梁': 1, '谢': 1, '郑': 1, '韩': 1, '宋': 1, '唐': 1, '冯': 1, '董': 1, '曹': 1, '彭': 1,
            '许': 1, '袁': 1, '邓': 1, '任': 1, '田': 1, '蒋': 1, '叶': 1, '方': 1, '潘': 1, '钟': 1, '沈': 1, '姚': 1,
            '程': 1, '云': 1}
UNCOMMON = ("云",)
N_CHINESE = 64
N_PADDED = 24
TWO_SPEAKERS = [1, 2, 1, 2, 1, 1]  # two-speaker talks per forum
ENGLISH = [1, 1, 1, 1, 1, 1]  # English-only titles per forum
TEAS = ["10:20-10:35", "15:35-15:50", "15:00-15:20", "15:35-15:50", "15:30-15:50", "15:00-15:15"]
ENDS = ["17:30", "17:25", "17:30", "17:30", "17:40"]
COUNTS = [6, 9, 8, 9, 8, 8]  # scored talks per forum
HEAD_UNDER = [False, True, True, True, True, True]  # the host beside (False) or under (True) each forum's heading
WRAPPED = [  # every title printed over more than one line, in printed order (all others stand on one)
    '第一个进入我们发行版的 Rust 驱动：评审、构建与维护成本',
    'Where Did the Cycles Go? Profiling a Million Cores',
    'MGLRU 代际老化参数与 MySQL 延迟毛刺',
    'guest_memfd：宿主不再映射客户机内存',
    'Tracking Down a Slow vmalloc: Lock Contention in the Purge Path',
    '不停机摘掉坏内存：从 UCE 上报到页面下线的全过程',
    '跨地域挂载 NFS：40ms 往返时延下的预读窗口与写合并',
    'Why One fsync Costs Ten Flushes on Zoned UFS',
    '凌晨备份打满回写带宽：一次整机卡顿的 writeback 分析',
    'What the Energy Model Gets Wrong on Phones with Three CPU Clusters',
    '软锁死告警的根因归类：五百份 vmcore 的统计',
    'function_graph 到底慢多少：逐函数实测',
    '调度组公平性与 cgroup v2 cpu.weight 的常见误解',
    'Bringing Up a New Accelerator Driver Under drivers/accel',
    'LoongArch 双路机器的中断亲和性与 EIOINTC 路由',
    '让 GPU 驱动按需换出显存：一次 HMM 迁移实验',
    '面向 DPU 的 virtio 设备卸载：vDPA 驱动的实现与调优(Offloading virtio to DPUs with vDPA)',
    '推理服务 GPU 利用率上不去，CPU 侧在忙什么',
    '用 struct_ops 写拥塞控制：训练集群跨机房流量的试验',
    'Hunting Tail Latency in RDMA Traffic with BPF Tracepoints',
    'bpftrace 脚本的生产化：审核、分发与开销控制',
    '圆桌论坛:AI 负载对操作系统内核提出了哪些新需求',
]
THREE_LINES = [  # the titles printed over three lines
    '面向 DPU 的 virtio 设备卸载：vDPA 驱动的实现与调优(Offloading virtio to DPUs with vDPA)',
]
SIZE_BOUNDS = (16000, 19000, 1_500_000, 2_600_000)  # height, then bytes

if __name__ == "__main__":
    main()
