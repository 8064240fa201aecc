"""Draw the hundred-and-twenty-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the pictures
cannot drift apart.  Randomness only from seeded Random instances (fixed seeds or zlib.crc32
of a name, never hash()).

Two invented editions, each the ONE whole-agenda PNG of its year (as CLK2022's repository holds
one agenda image, imgs/2022clk.png, a PNG of 1.5 MB), 1080 wide, in the family of the
organisers' 2024 whole agenda (CLK2024/大会全议程.webp): logo lines, the host school at the top
right, a leaning '第N届中国' / 'Linux内核开发者大会', a date pill with a pin and the city, a
'CLK' ring, '地址：' over two lines, a framed introduction with corner marks, '大会议程' on a
plate; then CLK2022's four README forums one under another, each with its host; the 2024
TIMELINE rows (range at the left, a dot on a vertical line, the title in the accent colour,
'padded name  company-job' per speaker); tea and lunch as gradient bands; '赞助单位' /
'支持单位' / '支持媒体' over outlined boxes, a QR code, '扫码报名', captions, a slogan and a
skyline.
  CLK 3231 (第1226届, 宝鸡, 宝鸡文理学院): a deep TEAL page, lime-yellow titles, orange labels;
    headings as 2024 sets them (topic and '分论坛' apart), the host at the right of the
    heading or, where the heading leaves no room, on a centred line under it; the round
    table with '主持人：' / '嘉　宾：' on lines of their own (as 2024); one speaker's
    company-job line runs on to a second line UNDER ITSELF (hanging), broken after its comma.
  CLK 3232 (第1227届, 咸宁, 湖北科技学院): a deep PURPLE page, mint titles, gold labels;
    headings print the README name whole in a smaller size, the host stacked at the right
    (name over unit); the round table with the labels INLINE ('主持人：' before the moderator,
    '嘉　宾：' before the first guest, the others under him); a two-speaker talk whose FIRST
    speaker's company-job line runs on to a second line that starts at the LEFT, under his
    name (as a single text box wraps), before the second speaker's line; a title of three
    lines, Chinese with its English in brackets (as 2024 prints one).

Copied unchanged from posters-blind-111/draw.py (which took most of them from sets 104, 105,
79, 66, 65, 62, 59): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, ctext, rtext, vgrad,
glow, qrcode, two_pass, logo_lines, seed_of, fits, WHITE, BANDS, rng, saturday, pin,
slant_text, hgrad, seal, pad, latin, plain, split_spaces, P, T, PANEL, B, CLK2022_FORUMS,
REAL_NAMES (its list, unchanged: the names I read in my own crops were all in it),
ring_graphic, header, intro_box, foot_plate, unit_box, units, footer, number_box, topic_of,
heading_a, truth_slot, forum_truth, people, listing_words.  Adapted from set 111: background
(new seeds, glow spots), skyline (new cities), person_line (two ways of running a long line
on), agenda_row (inline round-table labels, three-line titles), paint_full, check, main.
New: heading_c, panel_inline, the palettes, the data, WRAPPED, the notes and layouts.
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


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


def seed_of(text):
    return zlib.crc32(text.encode("utf-8"))


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


WHITE = (255, 255, 255)
BANDS = ("茶歇", "午餐")


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def pin(d, x, y, fill, hole, k=1.0):
    """A location pin (the organisers' date pill and address carry one)."""
    d.ellipse([x, y, x + 20 * k, y + 20 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 13 * k), (x + 18 * k, y + 13 * k), (x + 10 * k, y + 28 * k)], fill=fill)
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=hole)


def slant_text(im, x, y, text, f, fill, shear=0.2, cx=None, fill2=None):
    """Bold display type leaning right (the organisers' headline face); cx centres it; with fill2 the
    letters run from fill at the top to fill2 at the foot."""
    w, h = tw(ImageDraw.Draw(im), text, f) + 8, int(f.size * 1.45)
    m = Image.new("L", (w + int(shear * h) + 8, h), 0)
    ImageDraw.Draw(m).text((int(shear * h) + 4, 0), text, font=f, fill=255)
    m = m.transform(m.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    if cx is not None:
        x = cx - m.size[0] / 2
    src = Image.new("RGB", m.size, fill) if fill2 is None else vgrad(m.size[0], m.size[1], fill, fill2)
    im.paste(src, (int(x), int(y)), m)
    return x + m.size[0]


def hgrad(d, x0, y0, x1, y1, c0, c1):
    for i in range(int(x1 - x0)):
        t = i / max(1, x1 - x0 - 1)
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c0, c1)))


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def plain(name):
    """A name as the truth gives it: spaces and the padding of two-character names removed."""
    return name.replace(" ", "").replace("\u3000", "")


def split_spaces(d, text, f, maxw):
    """A long company-job line broken only at its printed spaces (a designer keeps a unit's words whole)."""
    lines, cur = [], ""
    for word in text.split(" "):
        if cur and tw(d, cur + " " + word, f) > maxw:
            lines.append(cur)
            cur = word
        else:
            cur = (cur + " " + word) if cur else word
    lines.append(cur)
    for ln in lines:
        fits(d, ln, f, maxw)
    return lines


# ---------------------------------------------------------------------------
# data.  P(name, line): a speaker and the company-job line printed after his name, exactly as the designer
# typed it (with or without spaces).  T(..., how): how a two-speaker talk sets its people: 'lines' (one line
# each, as 2024), 'pairs' (two 'name line' pairs on ONE line), 'joint' ('name、name  line' on ONE line).

def P(name, line):
    return {"name": name, "line": line}


def T(start, end, title, speakers, host, how="lines"):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host, "how": how}


def PANEL(start, end, title, moderator, guests, host):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "host": host, "how": "panel"}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None, "how": None}


CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]


# ===========================================================================
# CLK 3231 (第1226届), 宝鸡, 宝鸡文理学院, Saturday 3231-10-25; afternoon from 13:30, 20- and 30-minute talks
H_A = [("房振邦", "宝鸡文理学院计算机学院院长"),
       ("雒建平", "西安交通大学计算机学院副教授"),
       ("钮晓芸", "中国科学院计算技术研究所副研究员"),
       ("樊卓", "字节跳动STE团队存储技术专家")]
FORUMS_A = [
    {"name": "主论坛", "host": H_A[0], "slots": [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:20", "开幕致辞", [P("党海军", "宝鸡文理学院副校长")], "房振邦"),
        T("09:20", "10:00", "从补丁作者到子系统维护者：国内开发者的上游之路",
          [P("耿志宏", "华为操作系统内核实验室主任")], "房振邦"),
        T("10:00", "10:40", "Large Folios All the Way Down: Converting Filesystems and the Page Cache",
          [P("Benedikt Hofstetter", "SUSE Linux内核开发工程师")], "房振邦"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:30", "面向智能座舱的 Linux 实时性优化实践",
          [P("卫家豪", "地平线操作系统架构师"), P("蔺博", "地平线内核工程师")], "房振邦"),
        PANEL("11:30", "12:10", "圆桌论坛：开源芯片与 Linux 内核的协同发展",
              P("訾远航", "中国科学院软件研究所研究员"),
              [P("郜思齐", "平头哥半导体操作系统负责人"), P("邸国庆", "龙芯中科系统软件部总监"),
               P("冉晓菲", "飞腾信息软件生态部经理"), P("贲立军", "中兴通讯操作系统首席架构师")], "房振邦"),
        B("12:10", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": H_A[1], "slots": [
        T("13:30", "13:50", "EEVDF 调度器在交易系统中的尾延迟表现", [P("伏立航", "vivo内核工程师")], "雒建平"),
        T("13:50", "14:10", "Scheduler Domains on Chiplet CPUs: Rethinking LLC Boundaries",
          [P("官子墨", "海光信息系统软件工程师")], "雒建平"),
        T("14:10", "14:40", "RISC-V 向量寄存器的惰性保存：在线业务中的上下文切换实测",
          [P("阳诗雨", "中国科学院软件研究所 工程师"), P("屈伟", "中国科学院软件研究所 博士研究生")], "雒建平"),
        T("14:40", "15:10", "LoongArch 平台 KVM 的中断虚拟化与直通设备支持", [P("缪旭东", "龙芯中科虚拟化研发工程师")], "雒建平"),
        B("15:10", "15:30", "茶歇"),
        T("15:30", "16:00", "混合关键系统中的 CPU 隔离：isolcpus 与 nohz_full 再审视",
          [P("桑若楠", "西北工业大学计算机学院嵌入式系统集成教育部工程研究中心，博士研究生")], "雒建平"),
        T("16:00", "16:30", "基于 PSI 的容器 CPU 压力感知与弹性扩缩", [P("雍子陵", "快手容器内核工程师")], "雒建平"),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": H_A[2], "slots": [
        T("13:30", "13:50", "透明大页在 JVM 应用中的收益与内存膨胀问题", [P("司徒嘉朗", "唯品会基础架构工程师")], "钮晓芸"),
        T("13:50", "14:10", "Hot Page Detection for CXL Tiered Memory Using Hardware Sampling",
          [P("苏立恒", "英特尔数据中心软件工程师")], "钮晓芸"),
        T("14:10", "14:40", "GPU 显存与系统内存的统一管理：HMM 在国产 GPU 驱动中的适配",
          [P("漆文斌", "摩尔线程驱动开发工程师"), P("滕雨欣", "摩尔线程驱动开发工程师")], "钮晓芸"),
        T("14:40", "15:10", "内存故障的在线隔离：HWPoison 与 memory failure 处理流程",
          [P("敖鹏飞", "阿里云内核稳定性专家")], "钮晓芸"),
        B("15:10", "15:30", "茶歇"),
        T("15:30", "16:00", "DPU 与主机之间的零拷贝内存共享方案", [P("邰雨泽", "中科驭数 软件工程师")], "钮晓芸"),
        T("16:00", "16:30", "slab 内存泄漏的在线定位工具与实践", [P("练佳", "网易数帆内核工程师")], "钮晓芸"),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": H_A[3], "slots": [
        T("13:30", "13:50", "io_uring 零拷贝接收的设计与评测", [P("盛启航", "小红书存储内核工程师")], "樊卓"),
        T("13:50", "14:10", "BPF Arena in Practice: A Shared Heap for Observability Agents",
          [P("霍思源", "字节跳动内核工程师")], "樊卓"),
        T("14:10", "14:40", "基于 eBPF 的 TCP 拥塞控制算法热替换",
          [P("臧泽宇", "腾讯网络内核工程师"), P("昌月", "腾讯网络内核工程师")], "樊卓"),
        T("14:40", "15:10", "blk-mq 调度器在 QLC SSD 上的适配与调优", [P("卞梓涵", "长江存储 解决方案工程师")], "樊卓"),
        B("15:10", "15:30", "茶歇"),
        T("15:30", "16:00", "Tracing Without Overhead: BPF Ring Buffer at Scale", [P("阮承志", "携程系统研发工程师")], "樊卓"),
        T("16:00", "16:30", "文件系统崩溃一致性测试：从 xfstests 到 fuzzing",
          [P("邴浩", "清华大学计算机系 博士研究生")], "樊卓"),
    ]},
]

# ===========================================================================
# CLK 3232 (第1227届), 咸宁, 湖北科技学院, Saturday 3232-11-20; afternoon from 14:00, 30-minute talks
H_B = [("喻建华", "湖北科技学院计算机科学与技术学院院长"),
       ("戚文韬", "武汉大学计算机学院教授"),
       ("滑晓梅", "华中科技大学计算机学院副教授"),
       ("鄢志宏", "腾讯TencentOS存储技术专家")]
FORUMS_B = [
    {"name": "主论坛", "host": H_B[0], "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "欢迎致辞", [P("范守仁", "湖北科技学院副校长")], "喻建华"),
        T("09:20", "10:00", "Linux 内核的 Rust 驱动：从实验到生产", [P("沙文轩", "华为OS内核实验室 Rust 技术专家")], "喻建华"),
        T("10:00", "10:40", "Twenty Years of the Linux Block Layer: What Changed and What Did Not",
          [P("Rafael Sandoval", "Red Hat Principal Software Engineer")], "喻建华"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:30", "大规模云主机的内核热升级：从热补丁到保留内存的 kexec",
          [P("褚一鸣", "阿里云弹性计算操作系统团队内核技术专家，Linux 内核内存管理子系统 Reviewer"),
           P("屠晓宇", "阿里云内核工程师")], "喻建华"),
        PANEL("11:30", "12:10", "圆桌对话：高校内核课程如何对接产业需求",
              P("薄海燕", "湖北大学计算机与信息工程学院教授"),
              [P("萧景行", "统信软件内核部门经理"), P("门立峰", "华为openEuler社区技术委员会委员"),
               P("成雅婷", "腾讯云高级内核研发工程师")], "喻建华"),
        B("12:10", "14:00", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": H_B[1], "slots": [
        T("14:00", "14:30", "ARM64 虚拟机中的 vCPU 抢占与锁持有者问题", [P("宫书恒", "华为云虚拟化内核工程师")], "戚文韬"),
        T("14:30", "15:00", "Per-CPU Kthreads and Real-Time Latency on Many-Core Servers",
          [P("鲍宁", "中兴通讯内核工程师")], "戚文韬"),
        T("15:00", "15:30", "国产多核处理器上的中断亲和与负载均衡调优",
          [P("兰思远", "飞腾信息内核工程师"), P("丰晨", "麒麟软件系统工程师")], "戚文韬"),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "用户态调度与内核协作：面向 RPC 服务的低延迟实践（User-space Scheduling "
                            "Cooperating with the Kernel for Low-latency RPC）",
          [P("梅子衿", "美团基础研发平台内核工程师")], "戚文韬"),
        T("16:15", "16:45", "机密虚拟机 TDX 对调度与中断投递的影响", [P("芮晨阳", "英特尔云软件工程师")], "戚文韬"),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": H_B[2], "slots": [
        T("14:00", "14:30", "多租户场景下 memcg 主动回收的公平性与调优", [P("晁一帆", "字节跳动内核工程师")], "滑晓梅"),
        T("14:30", "15:00", "Reclaiming Empty Page Table Pages in Sparse Workloads",
          [P("楚云帆", "阿里云内核工程师")], "滑晓梅"),
        T("15:00", "15:30", "AI 加速卡的设备内存纳入 cgroup 统计的探索", [P("庹宇", "燧原科技驱动工程师")], "滑晓梅"),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "KSM 在虚拟化密度场景下的收益与安全风险", [P("裴书言", "天翼云虚拟化工程师")], "滑晓梅"),
        T("16:15", "16:45", "Memory Tagging on Arm64: Catching Use-After-Free in Production",
          [P("车宏宇", "OPPO安全内核工程师"), P("辛语桐", "OPPO内核工程师")], "滑晓梅"),
        T("16:45", "17:15", "持久内存之后：CXL 内存池化的软件栈", [P("丛嘉树", "浪潮信息服务器系统软件工程师")], "滑晓梅"),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": H_B[3], "slots": [
        T("14:00", "14:30", "NVMe ZNS 设备上的日志结构文件系统适配", [P("农家豪", "华为存储软件工程师")], "鄢志宏"),
        T("14:30", "15:00", "eBPF 在服务网格中的透明加速", [P("衣晓", "蚂蚁集团网络内核工程师")], "鄢志宏"),
        T("15:00", "15:30", "Writeback Throttling Revisited: Fair IO for Containers",
          [P("栗子轩", "快手存储内核工程师")], "鄢志宏"),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "virtio-blk 多队列与 vhost-user-blk 的性能对比", [P("隆宇航", "京东云虚拟化存储工程师")], "鄢志宏"),
        T("16:15", "16:45", "BPF LSM 在主机入侵检测中的落地", [P("仲书涵", "深信服安全内核工程师")], "鄢志宏"),
    ]},
]

# names read on the real posters (set 105's list, itself sets 97's and 98's), plus the names read in my own
# crops of CLK2024/大会全议程.webp that were not in it; none of them may be used
REAL_NAMES = sorted(set([
    "李治军", "许珉嘉", "宋卓", "郑琦", "宋牧春", "杨铠衔", "谢旻晟", "郭健", "郭寒军", "彭志光", "司延腾", "殷锋卫",
    "谈鉴锋", "李培锋", "黄靖", "宋恺睿", "朱彦军", "韩传华", "路旭", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "郭任", "左泽", "王海粟", "江锋", "黄睿",
    "李扬韬", "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "付才", "郑堂权", "袁晓峰", "刘海龙", "张哲华", "周俶易", "贺中坤", "白铠豪", "陈凯", "高亮",
    "李泽帆", "邹德清", "王刘朴", "谢雨来", "程杰", "李珍", "张细锐", "孙南勇", "张翼", "晏艳", "余松平", "荣乾锋",
    "巫强", "聂诚", "余昇锦", "唐辉", "祝嘉", "张子扬",
    "KuzinArtem", "周威", "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "郭纯海",
    "黎红波", "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "伍勃", "王建政", "LianboJiang", "慕冬亮", "甄鹏",
    "李志", "邹贻鹏", "廖肇燕"]))




# ===========================================================================
# the two editions' looks
ED_A = {
    "key": "A", "forums": FORUMS_A, "edition": "CLK 3231", "year": "3231", "nth": "第1226届中国",
    "date": "3231-10-25", "date_text": "3231年10月25日", "city": "宝鸡",
    "school": "宝鸡文理学院", "unit": "计算机学院",
    "school_en": "Baoji University of Arts and Sciences",
    "hall": ["地址：宝鸡文理学院高新校区", "图文信息中心一楼报告厅"],
    "bg": ((0, 104, 128), (0, 50, 74)), "glow": (40, 232, 206),
    "title": (232, 255, 100), "accent": (64, 234, 212), "label": (255, 156, 74), "aff": (168, 216, 214),
    "band": (36, 208, 186), "line": (120, 212, 200), "box": (0, 86, 110), "hole": (0, 62, 84),
    "plate": ((0, 150, 164), (150, 236, 120)), "heading_form": "apart", "wrap_form": "hang",
    "intro": ["“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）由国内从事 Linux 内核研发的企业、高校和开源社区"
              "共同发起，已连续举办多届，以“开放、共享、协作”为宗旨，为国内内核开发者提供面对面交流的平台，"
              "分享内核各子系统的最新进展与工程实践，每届吸引数百名开发者到场。",
              "本届大会由宝鸡文理学院承办，华为、阿里云、腾讯、字节跳动、vivo、OPPO、龙芯中科、飞腾、中兴通讯、"
              "openEuler、OpenCloudOS、CSDN 等单位共同支持，诚邀各位开发者相聚炎帝故里、青铜器之乡宝鸡。"],
    "sponsors": ["宝鸡文理学院", "HUAWEI", "阿里云", "腾讯", "字节跳动", "vivo", "OPPO", "中兴通讯"],
    "support": ["清华大学", "西安交通大学", "openEuler", "OpenCloudOS", "龙芯中科", "飞腾信息"],
    "media": ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"],
    "captions": ["300 个现场名额，报名审核通过后入场", "活动最终解释权归主办方所有"],
    "slogan": "相聚宝鸡 · 共话 Linux 内核", "seed": 3231,
}
ED_B = {
    "key": "B", "forums": FORUMS_B, "edition": "CLK 3232", "year": "3232", "nth": "第1227届中国",
    "date": "3232-11-20", "date_text": "3232年11月20日", "city": "咸宁",
    "school": "湖北科技学院", "unit": "计算机科学与技术学院",
    "school_en": "Hubei University of Science and Technology",
    "hall": ["地址：湖北科技学院咸宁校区", "学术交流中心二楼报告厅"],
    "bg": ((100, 28, 152), (40, 8, 86)), "glow": (226, 96, 255),
    "title": (124, 246, 224), "accent": (112, 236, 228), "label": (255, 198, 84), "aff": (214, 192, 238),
    "band": (198, 92, 240), "line": (204, 166, 240), "box": (84, 24, 134), "hole": (62, 12, 104),
    "plate": ((170, 62, 232), (92, 220, 232)), "heading_form": "whole", "wrap_form": "flush",
    "intro": ["中国 Linux 内核开发者大会（CLK）是由国内 Linux 内核开发者自发组织的年度技术会议，由高校、企业与开源社区"
              "轮流承办，面向内核开发者、系统工程师和在校学生，分享内核与系统软件领域的新进展与新实践，"
              "推动更多国内开发者走进上游社区。",
              "本届大会由湖北科技学院承办，华为、阿里云、腾讯云、字节跳动、蚂蚁集团、英特尔、统信软件、"
              "美团、快手等单位共同支持，欢迎各位开发者来到桂花之乡咸宁。"],
    "sponsors": ["湖北科技学院", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "蚂蚁集团", "英特尔", "美团"],
    "support": ["武汉大学", "华中科技大学", "openEuler", "OpenAnolis 龙蜥社区", "统信软件", "湖北大学"],
    "media": ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "阅码场", "Linux 内核之旅"],
    "captions": ["现场参会可领取大会纪念品，数量有限", "本次活动解释权归主办方所有"],
    "slogan": "桂香咸宁 · 内核同行", "seed": 3232,
}

W = 1080
TX, LX, TT, XR = 100, 336, 378, 1010  # range x, time line x, title x, right edge (the real whole agenda's measures)
NAME_COL = 106  # where the company-job line starts after a padded (three-character) name
NF, AF, RF, TF = 28, 18, 28, 29  # name, company-job line, range, title sizes
LOG = {}
ROWS = {}
def ring_graphic(d, ed, cx, cy):
    """The 'CLK' ring of the head: elliptic rings, an arc, a glassy disc with the year over 'CLK'."""
    a = ed["accent"]
    dim = tuple(int(c * 0.55 + b * 0.45) for c, b in zip(a, ed["bg"][0]))
    for r, col, wd in [(210, dim, 3), (168, a, 6), (124, WHITE, 3)]:
        d.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], outline=col, width=wd)
    d.arc([cx - 250, cy - 150, cx + 250, cy + 150], 200, 340, fill=a, width=8)
    d.ellipse([cx - 80, cy - 80, cx + 80, cy + 80], fill=ed["box"], outline=WHITE, width=4)
    ctext(d, cx, cy - 54, ed["year"], font(22, True), WHITE)
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (20, 160, 260):
        sx, sy = cx + 240 * math.cos(math.radians(ang)), cy + 144 * math.sin(math.radians(ang))
        d.ellipse([sx - 18, sy - 18, sx + 18, sy + 18], outline=WHITE, width=3)


def header(im, d, ed):
    """Logo lines, the school at the top right, the leaning title, the date pill, the ring, the address."""
    logo_lines(d, 56, 56, WHITE, ed["accent"], 1.15)
    seal(d, 664, 84, 30, WHITE)
    d.text((708, 50), ed["school"], font=font(30, True, serif=True), fill=WHITE)
    d.text((708, 92), ed["unit"], font=font(20, True), fill=WHITE)
    d.text((708, 120), fits(d, ed["school_en"], font(12), 360), font=font(12), fill=ed["aff"])
    ring_graphic(d, ed, 820, 650)
    slant_text(im, 60, 250, ed["nth"], font(96, True), WHITE, 0.16, fill2=ed["accent"])
    slant_text(im, 60, 380, "Linux内核开发者大会", font(86, True), WHITE, 0.16, fill2=ed["accent"])
    pf = font(34, True)
    pw = tw(d, ed["date_text"], pf) + tw(d, ed["city"], pf) + 110
    x0, y0, x1, y1 = 70, 620, 70 + pw, 690
    d.rounded_rectangle([x0, y0, x1, y1], radius=14, outline=ed["accent"], width=3)
    d.line([(x0 + 16, y1 + 8), (x0 + 130, y1 + 8)], fill=ed["accent"], width=4)
    d.text((x0 + 26, y0 + 12), ed["date_text"], font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, ed["date_text"], pf) + 14
    pin(d, px, y0 + 20, ed["accent"], ed["hole"], 1.1)
    d.text((px + 34, y0 + 12), ed["city"], font=pf, fill=WHITE)
    y = 770
    hf = font(38, True)
    for ln in ed["hall"]:
        d.text((70, y), fits(d, ln, hf, 620), font=hf, fill=WHITE)
        y += 58
    for i in range(9):  # light rods at the left, as behind the organisers' head
        hx = 60 + i * 40
        d.line([(hx, 1010 - (i * 37) % 90), (hx, 1070)], fill=ed["accent"] if i % 2 else ed["line"], width=3)
    return max(y, 1070) + 50


def intro_box(d, ed, y):
    """A lighter box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = 60, W - 60
    f = font(25)
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - 150, bx1 - bx0 - 100]) for t in ed["intro"]]
    n = sum(len(p) for p in paras)
    h = n * 48 + 100
    d.rectangle([bx0, y, bx1, y + h], fill=ed["box"], outline=ed["line"], width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=ed["accent"], width=8)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=ed["accent"], width=8)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (100 if i == 0 else 50), yy), ln, font=f, fill=WHITE)
            yy += 48
    return y + h


def foot_plate(im, d, ed, y, text):
    """A plate with a slanted label ('大会议程', '赞助单位', ...): a gradient box and a light streak under it."""
    w, h = 560, 92
    x0 = W / 2 - w / 2
    c0, c1 = ed["plate"]
    hgrad(d, x0 - 110, y + 74, x0 + 160, y + 84, ed["bg"][0], c1)
    hgrad(d, x0 + w - 150, y - 16, x0 + w + 110, y - 8, c1, ed["bg"][0])
    hgrad(d, x0, y, x0 + w, y + h, c0, c1)
    slant_text(im, 0, y + 8, text, font(54, True), WHITE, 0.18, cx=W / 2)
    return y + h


def unit_box(d, ed, x, y, w, h, name):
    """A supporter's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=WHITE, width=3)
    rnd = random.Random(seed_of(name))
    if name == ed["school"]:
        seal(d, x + 50, y + h / 2, 26, WHITE)
        f = font(32, True, serif=True)
        d.text((x + 88, y + h / 2 - 24), fits(d, name, f, w - 100), font=f, fill=WHITE)
        return
    parts = name.split(" ", 1) if " " in name and not name.isascii() else [name]
    if len(parts) == 2:
        f1, f2 = font(32, True), font(18, True)
        ctext(d, x + w / 2, y + 12, parts[0], f1, WHITE)
        ctext(d, x + w / 2, y + 58, "  ".join(parts[1]), f2, WHITE)
        return
    size = 36
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


def units(d, ed, y, names):
    bw, bh, gx, gy = 334, 100, 50, 40
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, ed, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)




def skyline(im, ed, h):
    """The foot: a light silhouette of the host city (A: the Qinling ridges, a bronze ding and a tower;
    B: hills over a lake, osmanthus trees and a pavilion)."""
    d = ImageDraw.Draw(im)
    base = h - 60
    col = tuple(int(c * 0.55 + 255 * 0.18) for c in ed["bg"][1])
    col2 = tuple(int(c * 0.8 + 255 * 0.12) for c in ed["bg"][1])
    rnd = random.Random(ed["seed"])
    if ed["key"] == "A":
        pts = [(0, base)]
        for i in range(13):  # the ridges
            pts.append((i * 90, base - 120 - rnd.randrange(0, 130)))
        pts += [(1080, base - 140), (1080, base)]
        d.polygon(pts, fill=col2)
        dx = 250  # the ding: a bowl on three legs with two ears
        d.rectangle([dx - 8, base - 210, dx + 8, base - 150], fill=col)
        d.rectangle([dx + 152, base - 210, dx + 168, base - 150], fill=col)
        d.rectangle([dx - 10, base - 160, dx + 170, base - 140], fill=col)
        d.chord([dx - 10, base - 230, dx + 170, base - 50], 0, 180, fill=col)
        for lx in (dx + 10, dx + 80, dx + 150):
            d.rectangle([lx - 6, base - 70, lx + 6, base], fill=col)
        tx = 800  # a tower
        d.rectangle([tx - 14, base - 330, tx + 14, base], fill=col)
        d.ellipse([tx - 40, base - 300, tx + 40, base - 250], fill=col)
        d.line([(tx, base - 330), (tx, base - 390)], fill=col, width=4)
        for k in range(3):  # the Wei river
            yy = base + 10 + k * 12
            d.line([(0, yy), (W, yy - 6 + k * 3)], fill=ed["line"], width=2)
    else:
        d.polygon([(0, base - 60), (180, base - 170), (380, base - 90), (560, base - 200), (760, base - 110),
                   (940, base - 180), (1080, base - 120), (1080, base), (0, base)], fill=col2)
        for tx in (90, 180, 880, 980):  # osmanthus trees
            d.rectangle([tx - 5, base - 90, tx + 5, base], fill=col)
            for ox, oy, r in ((0, -120, 44), (-30, -95, 30), (30, -95, 30)):
                d.ellipse([tx + ox - r, base + oy - r, tx + ox + r, base + oy + r], fill=col)
        px = 540  # a pavilion
        d.polygon([(px - 110, base - 150), (px + 110, base - 150), (px + 60, base - 200), (px - 60, base - 200)],
                  fill=col)
        d.polygon([(px - 60, base - 200), (px + 60, base - 200), (px, base - 240)], fill=col)
        for cx_ in (px - 80, px - 27, px + 27, px + 80):
            d.rectangle([cx_ - 5, base - 150, cx_ + 5, base - 20], fill=col)
        d.rectangle([px - 100, base - 28, px + 100, base - 16], fill=col)
        for k in range(4):  # the lake
            yy = base + 8 + k * 10
            x0 = rnd.randrange(0, 200)
            d.line([(x0, yy), (W - rnd.randrange(0, 200), yy)], fill=ed["line"], width=2)
    ctext(d, W / 2, h - 34, ed["school"], font(20, True, serif=True), WHITE)
def footer(im, d, ed, y):
    y = foot_plate(im, d, ed, y, "赞助单位") + 90
    y = units(d, ed, y, ed["sponsors"]) + 90
    y = foot_plate(im, d, ed, y, "支持单位") + 90
    y = units(d, ed, y, ed["support"]) + 90
    y = foot_plate(im, d, ed, y, "支持媒体") + 90
    y = units(d, ed, y, ed["media"]) + 110
    d.rectangle([W / 2 - 200, y, W / 2 + 200, y + 400], outline=WHITE, width=3)
    d.rectangle([W / 2 - 180, y + 20, W / 2 + 180, y + 380], fill=WHITE)
    qrcode(d, W / 2 - 160, y + 40, 320, ed["seed"])
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    for c in ed["captions"]:
        ctext(d, W / 2, y, c, font(30), WHITE)
        y += 52
    y += 90
    slant_text(im, 0, y, ed["slogan"], font(52, True), ed["accent"], 0.18, cx=W / 2)
    return int(y + 700)


def background(ed):
    def make(w, h):
        im = vgrad(w, h, ed["bg"][0], ed["bg"][1])
        im = glow(im, 820, 650, 440, ed["glow"], 0.42)
        im = glow(im, 80, 1250, 300, ed["glow"], 0.16)
        for k, yy in enumerate(range(2600, h - 900, 1600)):
            im = glow(im, 1060 if k % 2 else 20, yy, 360, ed["glow"], 0.16)
        im = glow(im, 540, h - 300, 520, ed["glow"], 0.26)
        d = ImageDraw.Draw(im)
        rnd = random.Random(ed["seed"])
        light = tuple(int(c * 0.5 + 255 * 0.25) for c in ed["glow"])
        for i in range(7):  # light streaks behind the ring
            d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=light, width=2)
        for _ in range(90):  # particles over the head
            px, py = rnd.randrange(480, 1080), rnd.randrange(150, 560)
            r = rnd.choice((1, 1, 2, 3))
            d.ellipse([px - r, py - r, px + r, py + r], fill=WHITE)
        for _ in range(16):  # thin streaks at the page's edges
            sy = rnd.randrange(1500, h - 1200)
            sx = rnd.choice((rnd.randrange(0, 50), rnd.randrange(1020, 1080)))
            d.line([(sx, sy), (sx + 36, sy - 90)], fill=light, width=2)
        skyline(im, ed, h)
        return im  # no grain: the flat page alone weighs what the real 2022 image weighs (1.0 to 1.6 MB)
    return make


# ---------------------------------------------------------------------------
# the agenda

def number_box(im, d, ed, x, y, idx):
    d.polygon([(x + 16, y + 6), (x + 106, y + 6), (x + 92, y + 80), (x, y + 80)], fill=ed["box"])
    d.polygon([(x + 16, y + 6), (x + 106, y + 6), (x + 92, y + 80), (x, y + 80)], outline=ed["accent"], width=4)
    d.line([(x + 2, y - 8), (x + 40, y - 8)], fill=WHITE, width=6)
    d.line([(x + 2, y - 8), (x - 6, y + 30)], fill=WHITE, width=6)
    slant_text(im, x + 18, y + 6, "%02d" % idx, font(48, True), WHITE, 0.2)
    return x + 126


def topic_of(name):
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


def heading_a(im, d, ed, y, idx, f):
    """CLK 3111: '▶▶ 主论坛' or a number box, the TOPIC and '分论坛' set apart (as 2024 sets them); the host at
    the right with the unit under him where the heading leaves room, else on a line of its own under the
    heading between two short rules, the unit beside him."""
    x = 56
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=ed["accent"])
        x = slant_text(im, x + 84, y - 4, f["name"], font(64, True), WHITE, 0.16, fill2=ed["accent"])
        size = 64
    else:
        x = number_box(im, d, ed, x, y, idx)
        size = 56
        ft = font(size, True)
        x = slant_text(im, x, y + 4, topic_of(f["name"]), ft, WHITE, 0.16, fill2=ed["accent"])
        x = slant_text(im, x + 22, y + 4, "分论坛", ft, WHITE, 0.16, fill2=ed["accent"])
    host, unit = pad(f["host"][0]), f["host"][1]
    hf, uf = font(30, True), font(17)
    label = "主持人："
    hw = tw(d, label, hf) + tw(d, host, hf)
    bw = max(hw, tw(d, unit, uf))
    if x + 30 + bw <= XR:
        hx = XR - bw
        d.text((hx, y + 6), label, font=hf, fill=ed["label"])
        d.text((hx + tw(d, label, hf), y + 6), host, font=hf, fill=WHITE)
        d.text((hx, y + 54), unit, font=uf, fill=ed["aff"])
        under, y = False, y + 104
    else:
        y += 100
        lw = hw + 22 + tw(d, unit, uf)
        lx = W / 2 - lw / 2
        d.line([(lx - 150, y + 22), (lx - 24, y + 22)], fill=ed["aff"], width=2)
        d.line([(lx + lw + 24, y + 22), (lx + lw + 150, y + 22)], fill=ed["aff"], width=2)
        d.text((lx, y), label, font=hf, fill=ed["label"])
        d.text((lx + tw(d, label, hf), y), host, font=hf, fill=WHITE)
        d.text((lx + hw + 22, y + 10), unit, font=uf, fill=ed["aff"])
        under, y = True, y + 54
    hgrad(d, 50, y, XR + 6, y + 12, ed["accent"], ed["box"])
    return y + 12 + 50, under




def heading_c(im, d, ed, y, idx, f):
    """CLK 3232: '▶▶ 主论坛' or a number box and the README name WHOLE in a smaller size; the host stacked at
    the right ('主持人：name' over the unit), then the bar."""
    x = 56
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=ed["accent"])
        x = slant_text(im, x + 84, y - 2, f["name"], font(60, True), WHITE, 0.16, fill2=ed["accent"])
    else:
        x = number_box(im, d, ed, x, y, idx)
        x = slant_text(im, x, y + 10, f["name"], font(46, True), WHITE, 0.16, fill2=ed["accent"])
    host, unit = pad(f["host"][0]), f["host"][1]
    hf, uf = font(28, True), font(16)
    label = "主持人："
    hw = tw(d, label, hf) + tw(d, host, hf)
    bw = max(hw, tw(d, unit, uf))
    hx = XR - bw
    assert hx >= x + 20, ("host block overlaps the heading", f["name"], hx, x)
    d.text((hx, y + 8), label, font=hf, fill=ed["label"])
    d.text((hx + tw(d, label, hf), y + 8), host, font=hf, fill=WHITE)
    d.text((hx, y + 52), unit, font=uf, fill=ed["aff"])
    y += 100
    hgrad(d, 50, y, XR + 6, y + 12, ed["accent"], ed["box"])
    return y + 12 + 50, False


def break_after(d, text, f, maxw):
    """A designer's break of a long company-job line: after its last comma (or at its last space) that
    leaves the first part inside the column; the rest goes on under it."""
    cuts = [i + 1 for i, ch in enumerate(text) if ch == "，"] + [i for i, ch in enumerate(text) if ch == " "]
    cuts = [c for c in sorted(cuts) if tw(d, text[:c].rstrip(), f) <= maxw]
    assert cuts, text
    c = cuts[-1]
    first, rest = text[:c].rstrip(), text[c:].lstrip()
    return [first, fits(d, rest, f, maxw)]


def person_line(d, ed, y, sp, x=TT, col=NAME_COL, right=XR):
    """'padded name  company-job': the name 28 px white, the line 18 px pale from a column after three
    characters (or after a longer name, a Latin name).  A line too long for the column runs on to a second
    line: CLK 3231 breaks it after its comma and hangs the rest under itself; CLK 3232 lets it wrap as a
    text box does, the rest starting at the LEFT, under the name."""
    nf, af = font(NF), font(AF)
    name = pad(sp["name"])
    c = max(col, tw(d, name, nf) + 20)
    d.text((x, y), name, font=nf, fill=WHITE)
    avail = right - x - c
    if tw(d, sp["line"], af) <= avail:
        lines, xs = [sp["line"]], [x + c]
    elif ed["wrap_form"] == "hang":
        lines = break_after(d, sp["line"], af, avail)
        xs = [x + c] * len(lines)
    else:
        lines = wrap_widths(d, sp["line"], af, [avail, right - x])
        xs = [x + c] + [x] * (len(lines) - 1)
    sp["_al"] = lines
    for i, (ln, lx) in enumerate(zip(lines, xs)):
        d.text((lx, y + 9 + i * 28), ln, font=af, fill=ed["aff"])
    return y + 44 + (len(lines) - 1) * 28


def agenda_row(d, ed, y, s, bands):
    """A slot: the range at the left, a dot on the time line, the title, the people.  茶歇 and 午餐 are bands
    (the range and the label); 开场 / 开幕 a row without a speaker."""
    rf = font(RF, True)
    if s["kind"] == "break" and s["title"] in BANDS:
        top = y - 8
        hgrad(d, TX - 36, top, XR - 60, top + 50, ed["band"], ed["bg"][1])
        d.text((TX, top + 6), rng(s), font=rf, fill=WHITE)
        d.text((TT, top + 6), s["title"], font=font(TF, True), fill=WHITE)
        bands.append((top, top + 50))
        return top + 50 + 62
    d.text((TX, y), rng(s), font=rf, fill=WHITE)
    d.ellipse([LX - 5, y + 16, LX + 5, y + 26], fill=ed["accent"])
    tf = font(TF, True)
    tl = wrap(d, s["title"], tf, XR - TT)  # greedy, as the organisers' whole agenda breaks its titles
    s["_tl"] = tl
    for ln in tl:
        d.text((TT, y), ln, font=tf, fill=ed["title"])
        y += 44
    if s["kind"] == "break":
        return y + 40
    y += 2
    if s["kind"] == "panel" and ed["heading_form"] == "apart":  # CLK 3231: labels on lines of their own
        lf = font(27, True)
        for k_, group in enumerate((s["sp"][:1], s["sp"][1:])):
            y += 6
            d.text((TT, y), "主持人：" if k_ == 0 else "嘉\u3000宾：", font=lf, fill=ed["label"])
            y += 44
            for sp in group:
                y = person_line(d, ed, y, sp)
    elif s["kind"] == "panel":  # CLK 3232: labels inline, the other guests under the first
        lf = font(27, True)
        labels = ("主持人：", "嘉\u3000宾：")
        lw = max(tw(d, t, lf) for t in labels) + 8
        for k_, group in enumerate((s["sp"][:1], s["sp"][1:])):
            y += 6
            d.text((TT, y + 1), labels[k_], font=lf, fill=ed["label"])
            for sp in group:
                y = person_line(d, ed, y, sp, x=TT + lw)
    else:
        for sp in s["sp"]:
            y = person_line(d, ed, y, sp)
    return y + 32


def paint_full(ed):
    def paint(im, d):
        unders = []
        y = header(im, d, ed) + 10
        y = intro_box(d, ed, y) + 110
        y = foot_plate(im, d, ed, y, "大会议程") + 110
        for idx, f in enumerate(ed["forums"]):
            y, under = (heading_a if ed["heading_form"] == "apart" else heading_c)(im, d, ed, y, idx, f)
            unders.append(under)
            top, bands = y - 30, []
            for s in f["slots"]:
                ROWS.setdefault(ed["key"], {})[s["title"]] = y  # where each row starts (to look at crops)
                y = agenda_row(d, ed, y, s, bands)
            for a, b in zip([top] + [g[1] for g in bands], [g[0] for g in bands] + [y - 20]):
                if b > a:
                    d.line([(LX, a), (LX, b)], fill=ed["line"], width=2)  # the time line, broken at the bands
            hgrad(d, 50, y, XR + 6, y + 8, ed["box"], ed["accent"])
            y += 8 + 110
        LOG[ed["key"]] = unders
        return footer(im, d, ed, y + 30)
    return paint
# ===========================================================================
# truth

def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": [sp["line"] for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def forum_truth(ed):
    return [{"forum": f["name"], "date": ed["date"], "slots": [truth_slot(s) for s in f["slots"]]}
            for f in ed["forums"]]


def people(forums):
    out = []
    for f in forums:
        out.append(plain(f["host"][0]))
        for s in f["slots"]:
            out += [plain(sp["name"]) for sp in s["sp"]]
    return out


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there."""
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




FILE_A = "3231clk.png"
FILE_B = "3232clk.png"

LAYOUT_A = (
    "CLK 3231 (第1226届), 宝鸡, 宝鸡文理学院, 3231-10-25 (PNG, %d x %d; named as CLK2022's own imgs/2022clk.png): ONE "
    "whole-agenda image in the organisers' 2024 whole-agenda family recoloured DEEP TEAL with lime-yellow titles and "
    "orange labels; CLK2022's four forums one under another; headings '▶▶ 主论坛' and number boxes '01'..'03' with the "
    "topic and '分论坛' set apart; the host at the right of the heading with the unit under him (主论坛, 'IO 与 ebpf "
    "分论坛') or, for the two long names, on a centred line under the heading between two rules; the 2024 timeline rows "
    "(range, dot on a line, title, 'padded name  company-job' per speaker, two speakers on two lines); '开幕' a plain "
    "row, '开幕致辞' a talk, 茶歇 and 午餐 bands; the round table in 主论坛 with '主持人：' and '嘉　宾：' on lines of "
    "their own over the people; the Latin speaker Benedikt Hofstetter; 桑若楠's company-job line broken after its "
    "comma, '博士研究生' hanging under it. 5 + 6 + 6 + 6 talks.")
LAYOUT_B = (
    "CLK 3232 (第1227届), 咸宁, 湖北科技学院, 3232-11-20 (PNG, %d x %d; named as CLK2022's own imgs/2022clk.png): ONE "
    "whole-agenda image in the 2024 whole-agenda family recoloured DEEP PURPLE with mint titles and gold labels; "
    "CLK2022's four forums one under another, each heading the README name whole in a smaller size with the host "
    "stacked at its right ('主持人：name' over the unit), then the bar; the 2024 timeline rows; '开场' a plain row, "
    "'欢迎致辞' a talk, 茶歇 and 午餐 bands; the round table in 主论坛 with the labels INLINE ('主持人：' before the "
    "moderator, '嘉　宾：' before the first guest, two more guests under him); the Latin speaker Rafael Sandoval; "
    "褚一鸣's company-job line wrapped as a text box wraps, its second line starting at the left under his name, "
    "before 屠晓宇's line; one title of three lines with its English in brackets. 5 + 5 + 6 + 5 talks.")

NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 111): speakers are names as printed with spaces and the "
    "padding of two-character names removed ('蔺　博' -> 蔺博, '樊　卓' -> 樊卓; the Latin names 'Benedikt Hofstetter' -> "
    "BenediktHofstetter, 'Rafael Sandoval' -> RafaelSandoval; the compound surname 司徒嘉朗, four characters, is not "
    "padded); host is the name after '主持人：' printed for the forum covering the slot, null for breaks; start/end "
    "HH:MM on a 24-hour clock; each forum carries the edition's date (each edition is ONE day: 主论坛 in the morning, "
    "CLK2022's three other forums in parallel in the afternoon). Two invented editions, each ONE whole-agenda PNG (as "
    "CLK2022's repository holds ONE agenda image), each one entry holding its four forums in printed order; no talk and "
    "no person is on both pictures. Forum names are CLK2022's README link texts exactly ('IO 与 ebpf 分论坛' with its "
    "spaces and lower-case 'ebpf'). Judgement calls: (1) AFFILIATIONS are the company-job line printed after the "
    "speaker's name EXACTLY as printed, with or without a space ('vivo内核工程师', '中科驭数 软件工程师', 'SUSE "
    "Linux内核开发工程师', 'Red Hat Principal Software Engineer'), one per speaker; two speakers on two lines are given "
    "top then bottom, each with the line after his own name. (2) A company-job line that RUNS ON to a second line is "
    "ONE affiliation: on CLK 3231 桑若楠's '西北工业大学计算机学院嵌入式系统集成教育部工程研究中心，' / '博士研究生' (the "
    "second line hanging under the first) -> '西北工业大学计算机学院嵌入式系统集成教育部工程研究中心，博士研究生' (no "
    "space after the comma); on CLK 3232 褚一鸣's line wraps as a text box wraps, its second line starting at the LEFT "
    "under his name, and is joined as printed (without anything where the break falls inside a Chinese word, with a "
    "space where it falls at a printed space): '阿里云弹性计算操作系统团队内核技术专家，Linux 内核内存管理子系统 "
    "Reviewer'; that second line is no speaker and no part of 屠晓宇's line under it. (3) ROUND TABLES are one slot of "
    "kind 'panel': the title as printed with its label ('圆桌论坛：开源芯片与 Linux 内核的协同发展', '圆桌对话："
    "高校内核课程如何对接产业需求'); speakers the moderator (after or under '主持人：') and then the guests (after or under "
    "'嘉　宾：') in printed order, one affiliation each; the labels are no names, whether on lines of their own (CLK "
    "3231) or inline before the first person (CLK 3232); the moderator's '主持人：' does not make him the forum's host "
    "(房振邦 / 喻建华 host 主论坛). (4) '开幕' (CLK 3231) and '开场' (CLK 3232), printed without a speaker, are breaks; "
    "'开幕致辞' and '欢迎致辞' with a speaker are talks; '茶歇' bands are breaks; '午餐' closes 主论坛 as its break "
    "(12:10-13:30 on CLK 3231, whose afternoon starts at 13:30 with 20- and 30-minute talks; 12:10-14:00 on CLK 3232, "
    "afternoon from 14:00 with 30-minute talks). Forums that print no break after their last talk end with it. (5) "
    "TITLES over two or three lines are one title: Latin words joined with a space, a break between Chinese and a "
    "Latin word stands for the space printed there, Chinese broken inside a word joined without anything (the whole "
    "agenda breaks greedily, as the organisers' 2024 one does). The three-line title '用户态调度与内核协作：面向 RPC "
    "服务的低延迟实践（User-space Scheduling Cooperating with the Kernel for Low-latency RPC）' keeps its bracketed "
    "English: it is printed as part of the title, in the title's face and colour (as the organisers' 2024 agenda "
    "prints one). (6) HEADINGS: on CLK 3231 the number boxes '01'..'03' and the gap between topic and '分论坛' "
    "('处理器架构与调度  分论坛') are no part of the forum's name; on CLK 3232 the README name is printed whole. The host "
    "block at the right (or the centred host line under a long heading) is no slot; units printed with a host are no "
    "affiliations, also where they name a company ('字节跳动STE团队存储技术专家', '腾讯TencentOS存储技术专家'). (7) "
    "Heads, introductions, '大会议程', date pills, addresses, the ring 'CLK', supporter boxes, QR captions, slogans and "
    "the school's name in the skyline are never part of a name, a title or a slot. Uncommon surnames: 雒, 钮, 訾, 郜, "
    "邸, 贲, 蔺, 缪, 邰, 练, 邴, 昌, 臧 and the compound 司徒 (CLK 3231); 滑, 鄢, 薄, 门, 庹, 芮, 晁, 衣, 隆, 仲, 褚 "
    "(CLK 3232).")


def check(posters):
    for ed in (ED_A, ED_B):
        assert [f["name"] for f in ed["forums"]] == CLK2022_FORUMS
        assert saturday(ed["date"]), ed["date"]
        for f in ed["forums"]:
            assert all(s["host"] is None or s["host"] == plain(f["host"][0]) for s in f["slots"]), f["name"]
    everybody = people(FORUMS_A) + people(FORUMS_B)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    assert not set(everybody) & set(REAL_NAMES), set(everybody) & set(REAL_NAMES)
    titles = []
    for p in posters:
        for f in p["forums"]:
            assert f["date"] == p["date"]
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
            prev = None
            for s in f["slots"]:  # slots follow one another, each with its own range
                assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
                assert s["start"] < s["end"], s
                assert prev is None or s["start"] == prev["end"], s
                prev = s
                assert (s["host"] is None) == (s["kind"] == "break"), s
                assert len(s["speakers"]) == len(s["affiliations"]), s
                if s["kind"] == "talk":
                    assert 1 <= len(s["speakers"]) <= 2, s
                if s["kind"] == "panel":
                    assert s["speakers"][0] != s["host"] and len(s["speakers"]) >= 4, s
    assert len(titles) == len(set(titles)), [t for t in titles if titles.count(t) > 1]
    real = listing_words()
    for x in everybody + [t for t in titles if not t.endswith("致辞")]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    for ed in (ED_A, ED_B):
        fs = ed["forums"]
        slots = [s for f in fs for s in f["slots"]]
        assert fs[0]["slots"][-1]["title"] == "午餐" and all(f["slots"][-1]["title"] != "午餐" for f in fs[1:])
        assert all(any(s["title"] == "茶歇" for s in f["slots"]) for f in fs)
        assert any(s["title"].endswith("致辞") and s["kind"] == "talk" for s in fs[0]["slots"])
        assert sum(s["kind"] == "panel" for s in slots) == 1
        assert sum(latin(sp["name"]) for s in slots for sp in s["sp"]) == 1
        assert sum(s["kind"] == "talk" and s["title"].isascii() for s in slots) >= 3
        assert sum(s["kind"] == "talk" and len(s["sp"]) == 2 for s in slots) >= 3
        assert sum(len(s.get("_tl", [])) >= 2 for s in slots) >= 6
        starts = {f["slots"][0]["start"] for f in fs[1:]}
        assert len(starts) == 1 and fs[0]["slots"][0]["start"] == "09:00"
    return sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break")


WRAPPED = [  # the titles printed over two (one over three) lines, as printed
    ["从补丁作者到子系统维护者：国内开发者的上游", "之路"],
    ["Large Folios All the Way Down: Converting", "Filesystems and the Page Cache"],
    ["Scheduler Domains on Chiplet CPUs:", "Rethinking LLC Boundaries"],
    ["RISC-V 向量寄存器的惰性保存：在线业务中的上", "下文切换实测"],
    ["LoongArch 平台 KVM 的中断虚拟化与直通设备", "支持"],
    ["混合关键系统中的 CPU 隔离：isolcpus 与", "nohz_full 再审视"],
    ["Hot Page Detection for CXL Tiered Memory", "Using Hardware Sampling"],
    ["GPU 显存与系统内存的统一管理：HMM 在国产", "GPU 驱动中的适配"],
    ["内存故障的在线隔离：HWPoison 与 memory", "failure 处理流程"],
    ["BPF Arena in Practice: A Shared Heap for", "Observability Agents"],
    ["Tracing Without Overhead: BPF Ring Buffer", "at Scale"],
    ["文件系统崩溃一致性测试：从 xfstests 到", "fuzzing"],
    ["Twenty Years of the Linux Block Layer: What", "Changed and What Did Not"],
    ["大规模云主机的内核热升级：从热补丁到保留内", "存的 kexec"],
    ["Per-CPU Kthreads and Real-Time Latency on", "Many-Core Servers"],
    ["用户态调度与内核协作：面向 RPC 服务的低延迟", "实践（User-space Scheduling Cooperating", "with the Kernel for Low-latency RPC）"],
    ["Reclaiming Empty Page Table Pages in", "Sparse Workloads"],
    ["Memory Tagging on Arm64: Catching", "Use-After-Free in Production"],
    ["Writeback Throttling Revisited: Fair IO for", "Containers"],
]


def wrapped(eds):
    return [s["_tl"] for ed in eds for f in ed["forums"] for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs(eds):
    return [sp["_al"] for ed in eds for f in ed["forums"] for s in f["slots"] for sp in s["sp"]
            if len(sp.get("_al", [])) > 1]


def main():
    posters = []
    for ed, fn, layout in ((ED_A, FILE_A, LAYOUT_A), (ED_B, FILE_B, LAYOUT_B)):
        im = two_pass(W, paint_full(ed), background(ed))
        assert im.size[0] == W and 9000 <= im.size[1] <= 13000, im.size
        path = os.path.join(HERE, fn)
        im.save(path, "PNG", optimize=True)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert 1_000_000 <= size <= 1_600_000, size
        posters.append({"file": fn, "layout": layout % im.size, "date": ed["date"], "forums": forum_truth(ed)})
    for p in posters:  # the talk counts each layout string gives
        counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in p["forums"])
        assert p["layout"].endswith(counts + " talks."), (p["file"], counts)
    n = check(posters)
    print("scored talks", n)
    for tl in wrapped((ED_A, ED_B)):
        print("wrapped", tl)
    for al in wrapped_affs((ED_A, ED_B)):
        print("affiliation wrapped", al)
    print("hosts under headings", LOG)
    assert 35 <= n <= 50, n
    assert LOG["A"] == [False, True, True, False] and LOG["B"] == [False] * 4, LOG
    assert wrapped((ED_A, ED_B)) == WRAPPED, wrapped((ED_A, ED_B))
    assert [len(x) for x in WRAPPED if len(x) > 2] == [3]  # one title of three lines, the rest of two
    assert wrapped_affs((ED_A, ED_B)) == AFF_WRAPPED, wrapped_affs((ED_A, ED_B))
    truth = {"written": "2026-12-14", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


AFF_WRAPPED = [
    ["西北工业大学计算机学院嵌入式系统集成教育部工程研究中心，", "博士研究生"],
    ["阿里云弹性计算操作系统团队内核技术专家，Linux 内核内存管理", "子系统 Reviewer"],
]

if __name__ == "__main__":
    main()
