"""Draw the hundred-and-eleventh blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (fixed seeds or
zlib.crc32 of a name, never hash()).

Two invented editions, each the ONE whole-agenda PNG of its year (as CLK2022's repository
holds one agenda image, imgs/2022clk.png, a PNG of 1.5 MB), 1080 wide, in the family of the
organisers' 2024 whole agenda (CLK2024/大会全议程.webp): logo lines, the host school at the
top right, a leaning '第N届中国' / 'Linux内核开发者大会', a date pill with a pin and the city,
a 'CLK' ring, '地址：' over two lines, a framed introduction with corner marks, '大会议程' on a
plate; then CLK2022's four README forums one under another ('▶▶ 主论坛', then number boxes
'01'..'03'), each with its host; the 2024 TIMELINE rows (range at the left, a dot on a
vertical line, the title in the accent colour, 'padded name  company-job' per speaker);
tea and lunch as gradient bands; '赞助单位' / '支持单位' / '支持媒体' over outlined boxes, a QR
code, '扫码报名', captions, a slogan and a skyline.
  CLK 3111 (第1106届, 宜宾, 四川轻化工大学): the organisers' ROYAL BLUE and cyan, pink labels;
    headings as 2024 sets them (topic and '分论坛' apart), the host at the right of the
    heading with his unit under him where there is room, else on a line of its own under
    the heading between two short rules (as 2024 does for its one long heading); the round
    table in 主论坛 before lunch; two-speaker talks on two lines (as 2024) and once on ONE
    line as two 'name company-job' pairs.
  CLK 3112 (第1107届, 舟山, 浙江海洋大学): a deep INDIGO page, light-gold titles, coral labels;
    headings print the README name whole; the host on a line of its own under the bar, at
    the left; the round table closes 'IO 与 ebpf 分论坛'; two-speaker talks on two lines, as
    two pairs on one line, or as 'name、name  company-job' on one line.

Copied from posters-blind-104/draw.py (which took them from sets 79, 66, 65, 62, 59):
font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, ctext, rtext, vgrad, glow, qrcode,
two_pass, logo_lines, seed_of, fits, WHITE, rng, saturday, pin (hole colour a parameter),
slant_text (a gradient fill added), hgrad, seal, pad, latin, listing_words; split_spaces,
pair_line and joint_line after posters-blind-105/draw.py's; ring_graphic, header, intro_box, foot_plate, unit_box, units, footer,
agenda_heading, person_line, agenda_row, paint_full and background after set 104's,
recoloured and changed; REAL_NAMES is set 105's list plus names read in my own crops.
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
# CLK 3111 (第1106届), 宜宾, 四川轻化工大学, Saturday 3111-10-28
H_A = [("钟伟明", "四川轻化工大学计算机科学与工程学院院长"),
       ("阚明德", "中国科学院软件研究所研究员"),
       ("蒯晓东", "电子科技大学计算机科学与工程学院副教授"),
       ("柏杨", "字节跳动STE团队内核技术专家")]
FORUMS_A = [
    {"name": "主论坛", "host": H_A[0], "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [P("税建国", "四川轻化工大学副校长")], "钟伟明"),
        T("09:20", "09:50", "国内开发者在 Linux 内核社区的三十年",
          [P("廖振宇", "华为Linux内核首席专家")], "钟伟明"),
        T("09:50", "10:20", "从 page 到 folio：内存管理基础数据结构的演进与挑战",
          [P("窦永祥", "阿里云内核研发专家")], "钟伟明"),
        T("10:20", "10:50", "Bringing Intel AMX to Linux: Kernel Support and Lessons Learned",
          [P("Piotr Zielinski", "Intel Linux内核工程师")], "钟伟明"),
        B("10:50", "11:05", "茶歇"),
        T("11:05", "11:35", "面向手机场景的内核内存回收优化实践",
          [P("吕明轩", "OPPO高级内核工程师"), P("蒋悦", "OPPO内核工程师")], "钟伟明"),
        PANEL("11:35", "12:15", "圆桌论坛：国产 CPU 时代的 Linux 内核生态建设",
              P("俞锋", "麒麟软件内核首席架构师"),
              [P("蓝海涛", "飞腾信息操作系统部总监"), P("邬晓琳", "统信软件内核研发经理"),
               P("梁家铭", "海光信息系统软件专家"), P("仇立川", "中国科学院软件研究所副研究员")], "钟伟明"),
        B("12:15", "14:00", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": H_A[1], "slots": [
        T("14:00", "14:30", "LoongArch 进入 Linux 主线：移植过程与经验", [P("孙启航", "龙芯中科内核研发工程师")], "阚明德"),
        T("14:30", "15:00", "Core Scheduling on Shared Hosts: Isolation versus Throughput",
          [P("韦志强", "字节跳动系统工程师")], "阚明德"),
        T("15:00", "15:30", "鲲鹏多 NUMA 服务器上 CFS 负载均衡的问题分析与改进",
          [P("谭亮", "华为内核工程师"), P("游思远", "华为内核工程师")], "阚明德", how="pairs"),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "RISC-V Linux 的 SBI 扩展与中断控制器支持进展", [P("翟立峰", "平头哥半导体 高级工程师")], "阚明德"),
        T("16:15", "16:45", "工业机器人控制器上的实时内核调度延迟测量",
          [P("郗晨", "中国科学院沈阳自动化研究所 机器人学国家重点实验室 博士研究生")], "阚明德"),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": H_A[2], "slots": [
        T("14:00", "14:30", "DAMON 在云服务器内存超卖场景下的应用", [P("甘子豪", "腾讯云内核工程师")], "蒯晓东"),
        T("14:30", "15:00", "CXL 内存扩展设备在 Linux 中的枚举与管理",
          [P("庞雪", "英特尔亚太研发有限公司 软件工程师")], "蒯晓东"),
        T("15:00", "15:30", "Multi-Gen LRU on Android: Measuring Cold Start and Jank",
          [P("冯子昂", "vivo内存性能专家")], "蒯晓东"),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "加速卡驱动中的 SVA：共享虚拟地址与 IOMMU 缺页处理",
          [P("任捷", "寒武纪驱动架构师"), P("易晓楠", "寒武纪驱动工程师")], "蒯晓东"),
        T("16:15", "16:45", "内存压缩的硬件卸载：zswap 与 QAT 的结合", [P("骆承泽", "阿里云弹性计算内核专家")], "蒯晓东"),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": H_A[3], "slots": [
        T("14:00", "14:30", "io_uring 在数据库存储引擎中的应用与调优", [P("巩志鹏", "蚂蚁集团存储内核工程师")], "柏杨"),
        T("14:30", "15:00", "BPF CO-RE 在多内核版本环境下的落地经验", [P("祁磊", "美团基础架构部内核工程师")], "柏杨"),
        T("15:00", "15:30", "NVMe 多路径在存储集群中的故障切换优化", [P("丁佳宁", "京东云存储工程师")], "柏杨"),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "Living with the BPF Verifier",
          [P("魏思成", "Shopee基础架构工程师")], "柏杨"),
        T("16:15", "16:45", "用 eBPF 追踪块设备 IO 延迟：从 biolatency 到在线诊断", [P("黄家乐", "网易数帆内核工程师")],
          "柏杨"),
    ]},
]

# ===========================================================================
# CLK 3112 (第1107届), 舟山, 浙江海洋大学, Saturday 3112-11-23
H_B = [("邵华强", "浙江海洋大学信息工程学院教授"),
       ("隋宏伟", "浙江大学计算机科学与技术学院副教授"),
       ("牟建新", "中国科学院计算技术研究所副研究员"),
       ("谯文浩", "网易杭州研究院技术专家")]
FORUMS_B = [
    {"name": "主论坛", "host": H_B[0], "slots": [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:20", "开幕致辞", [P("胡家庆", "浙江海洋大学副校长")], "邵华强"),
        T("09:20", "10:00", "openEuler 内核的多架构支持与社区协作实践", [P("熊斌", "华为openEuler内核技术专家")], "邵华强"),
        T("10:00", "10:40", "Rust for Linux: Where the Kernel Stands on Memory Safety",
          [P("Stefan Brandt", "Google 高级软件工程师")], "邵华强"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:35", "混部场景下的 CPU 与内存 QoS 保障：TencentOS 内核实践",
          [P("蔡伯言", "腾讯云TencentOS内核工程师"), P("郝岚", "腾讯云TencentOS内核工程师")], "邵华强",
          how="joint"),
        T("11:35", "12:15", "内核热补丁在大规模集群中的工程化实践", [P("马俊驰", "快手系统内核负责人")], "邵华强"),
        B("12:15", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": H_B[1], "slots": [
        T("13:30", "14:00", "ARM64 服务器上的 CPU 拓扑识别与调度域构建", [P("邢文博", "飞腾信息系统软件工程师")], "隋宏伟"),
        T("14:00", "14:30", "Proxy Execution: Tackling Priority Inversion in the Scheduler",
          [P("岑涛", "OPPO内核工程师")], "隋宏伟"),
        T("14:30", "15:00", "x86 混合架构处理器（大小核）的调度支持与能效评估",
          [P("石景澄", "英特尔工程师"), P("闵慧", "清华大学 博士研究生")], "隋宏伟", how="pairs"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "SMT 场景下在离线混部的 CPU 算力隔离",
          [P("邝志远", "阿里云内核工程师"), P("景一凡", "阿里云内核工程师")], "隋宏伟"),
        T("15:45", "16:15", "Latency Nice 接口的提出与在线业务实践", [P("符海滨", "小米内核工程师")], "隋宏伟"),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": H_B[2], "slots": [
        T("13:30", "14:00", "内存热插拔在虚拟机弹性伸缩中的应用", [P("申雨桐", "华为云虚拟化工程师")], "牟建新"),
        T("14:00", "14:30", "KFENCE 在线上内存越界问题排查中的实践", [P("包若愚", "字节跳动内核工程师")], "牟建新"),
        T("14:30", "15:00", "Persistent Memory as System RAM: Tiering Policies in Practice",
          [P("卓立恒", "浪潮信息存储系统专家")], "牟建新"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "昇腾 NPU 驱动中的共享虚拟内存实现",
          [P("荆志伟", "华为昇腾计算驱动工程师"), P("柯雯", "华为昇腾计算驱动工程师")], "牟建新", how="joint"),
        T("15:45", "16:15", "面向异构 SoC 的内存带宽分配与 QoS 控制",
          [P("苗立群", "之江实验室智能计算基础设施研究中心助理研究员")], "牟建新"),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": H_B[3], "slots": [
        T("13:30", "14:00", "NVMe over TCP 在云盘场景下的性能瓶颈与调优", [P("阎博", "SmartX存储工程师")], "谯文浩"),
        T("14:00", "14:30", "BPF 程序的签名与安全加载机制探讨", [P("钱一鸣", "奇安信安全研究员")], "谯文浩"),
        T("14:30", "15:00", "XFS Online Repair: Where It Stands", [P("储一帆", "SUSE 文件系统工程师")], "谯文浩"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "bcache 与 dm-cache 混合存储方案的实测对比", [P("古家伟", "中国移动云能力中心存储工程师")],
          "谯文浩"),
        PANEL("15:45", "16:30", "圆桌讨论：eBPF 会改变内核的开发方式吗？",
              P("诸葛晓川", "字节跳动eBPF技术专家"),
              [P("卜晓光", "阿里云可观测团队技术专家"), P("温子瑜", "滴滴出行内核工程师"), P("孔德林", "华为OS内核实验室工程师")],
              "谯文浩"),
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
    "key": "A", "forums": FORUMS_A, "edition": "CLK 3111", "year": "3111", "nth": "第1106届中国",
    "date": "3111-10-28", "date_text": "3111年10月28日", "city": "宜宾",
    "school": "四川轻化工大学", "unit": "计算机科学与工程学院",
    "school_en": "Sichuan University of Science & Engineering",
    "hall": ["地址：四川轻化工大学宜宾校区", "学术交流中心一楼报告厅"],
    "bg": ((2, 58, 226), (1, 32, 192)), "glow": (40, 170, 255),
    "title": (43, 235, 255), "accent": (43, 220, 255), "label": (228, 96, 250), "aff": (176, 190, 236),
    "band": (40, 200, 255), "line": (120, 190, 255), "box": (28, 78, 222), "hole": (2, 40, 200),
    "plate": ((30, 120, 250), (50, 220, 255)), "heading_form": "apart",
    "intro": ["“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域持续时间最长的技术会议之一，"
              "由清华大学、华为、阿里云、腾讯云、字节跳动、OPPO、vivo、龙芯中科、统信软件等单位的内核开发者共同发起，"
              "以“开放、协作、创新”为理念，推动 Linux 内核技术在国内的交流与普及，每届线下参会人数约五百人。",
              "本届大会由四川轻化工大学承办，openEuler、龙蜥社区、OpenCloudOS、麒麟软件、CSDN 等单位共同支持，"
              "诚邀广大 Linux 内核开发者与爱好者相聚三江之城宜宾。"],
    "sponsors": ["四川轻化工大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "龙芯中科"],
    "support": ["清华大学", "openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "麒麟软件"],
    "media": ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"],
    "captions": ["200 份现场纪念品，先到先得", "活动最终解释权归主办方所有"],
    "slogan": "相聚三江 · 共探 Linux 内核之美", "seed": 3111,
}
ED_B = {
    "key": "B", "forums": FORUMS_B, "edition": "CLK 3112", "year": "3112", "nth": "第1107届中国",
    "date": "3112-11-23", "date_text": "3112年11月23日", "city": "舟山",
    "school": "浙江海洋大学", "unit": "信息工程学院",
    "school_en": "Zhejiang Ocean University",
    "hall": ["地址：浙江海洋大学长峙校区", "图书馆二楼学术报告厅"],
    "bg": ((44, 30, 150), (18, 14, 84)), "glow": (150, 100, 255),
    "title": (255, 222, 120), "accent": (255, 206, 96), "label": (255, 128, 120), "aff": (192, 186, 236),
    "band": (236, 170, 70), "line": (210, 180, 140), "box": (56, 42, 150), "hole": (30, 22, 110),
    "plate": ((150, 70, 230), (255, 170, 90)), "heading_form": "whole",
    "intro": ["中国 Linux 内核开发者大会（CLK）由国内从事 Linux 内核开发的企业、高校与开源社区共同发起，"
              "每年一届，在不同城市轮流举办，旨在搭建国内内核开发者面对面交流的平台，分享内核领域的最新进展与工程实践，"
              "推动国内开发者更深入地参与上游社区。",
              "本届大会由浙江海洋大学承办，华为、阿里云、腾讯云、字节跳动、蚂蚁集团、英特尔、网易等单位共同支持，"
              "设主论坛与处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛。"],
    "sponsors": ["浙江海洋大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "蚂蚁集团", "英特尔", "网易"],
    "support": ["浙江大学", "openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "统信软件", "舟山市科学技术协会"],
    "media": ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "阅码场", "Linux 内核之旅"],
    "captions": ["现场参会可领取大会纪念品，数量有限", "本次活动解释权归主办方所有"],
    "slogan": "海上舟山 · 内核同行", "seed": 3112,
}

W = 1080
TX, LX, TT, XR = 100, 336, 378, 1010  # range x, time line x, title x, right edge (the real whole agenda's measures)
NAME_COL = 106  # where the company-job line starts after a padded (three-character) name
NF, AF, RF, TF = 28, 18, 28, 29  # name, company-job line, range, title sizes
LOG = {}


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
    """The foot: a light silhouette of the host city (A: a pagoda over the meeting of rivers and towers;
    B: a sea-crossing bridge, islands and fishing boats)."""
    d = ImageDraw.Draw(im)
    base = h - 60
    col = tuple(int(c * 0.55 + 255 * 0.18) for c in ed["bg"][1])
    col2 = tuple(int(c * 0.8 + 255 * 0.12) for c in ed["bg"][1])
    if ed["key"] == "A":
        for bx, bw, bh in [(30, 90, 180), (120, 70, 260), (190, 110, 150), (800, 80, 230), (880, 120, 170)]:
            d.rectangle([bx, base - bh, bx + bw, base], fill=col2)
        px, tiers = 540, 7  # the pagoda
        for t in range(tiers):
            tw_ = 120 - t * 12
            ty = base - 40 - t * 48
            d.rectangle([px - tw_ / 2 + 14, ty - 40, px + tw_ / 2 - 14, ty], fill=col)
            d.polygon([(px - tw_ / 2 - 12, ty - 36), (px + tw_ / 2 + 12, ty - 36), (px + tw_ / 2 - 8, ty - 52),
                       (px - tw_ / 2 + 8, ty - 52)], fill=col)
        d.line([(px, base - 40 - tiers * 48), (px, base - 40 - tiers * 48 - 50)], fill=col, width=5)
        for k in range(4):  # the rivers
            yy = base + 8 + k * 12
            d.line([(0, yy), (W, yy - 10 + k * 4)], fill=ed["line"], width=2)
    else:
        d.polygon([(0, base), (160, base - 120), (300, base - 60), (420, base)], fill=col2)
        d.polygon([(700, base), (860, base - 150), (1080, base - 80), (1080, base)], fill=col2)
        for tx in (380, 700):  # the bridge's towers and cables
            d.rectangle([tx - 8, base - 260, tx + 8, base], fill=col)
            for j in range(6):
                d.line([(tx, base - 250 + j * 14), (tx - 150 + j * 22, base - 70)], fill=col, width=2)
                d.line([(tx, base - 250 + j * 14), (tx + 150 - j * 22, base - 70)], fill=col, width=2)
        d.rectangle([180, base - 74, 900, base - 64], fill=col)
        rnd = random.Random(ed["seed"])
        for _ in range(5):  # fishing boats
            bx = rnd.randrange(60, 1000)
            d.polygon([(bx, base + 10), (bx + 60, base + 10), (bx + 48, base + 24), (bx + 10, base + 24)], fill=col)
            d.line([(bx + 30, base + 10), (bx + 30, base - 30)], fill=col, width=2)
        for k in range(4):  # the sea
            yy = base + 26 + k * 10
            d.line([(0, yy), (W, yy)], fill=ed["line"], width=2)
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


def heading_b(im, d, ed, y, idx, f):
    """CLK 3112: '▶▶ 主论坛' or a number box and the README name whole; a bar; the host on a line of its own
    UNDER the bar at the left, '主持人：name' and the unit beside him."""
    x = 56
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=ed["accent"])
        slant_text(im, x + 84, y - 2, f["name"], font(60, True), WHITE, 0.16, fill2=ed["accent"])
    else:
        x = number_box(im, d, ed, x, y, idx)
        slant_text(im, x, y + 4, f["name"], font(54, True), WHITE, 0.16, fill2=ed["accent"])
    y += 100
    hgrad(d, 50, y, XR + 6, y + 12, ed["accent"], ed["box"])
    y += 34
    host, unit = pad(f["host"][0]), f["host"][1]
    hf, uf = font(30, True), font(18)
    label = "主持人："
    d.text((TX, y), label, font=hf, fill=ed["label"])
    x = TX + tw(d, label, hf)
    d.text((x, y), host, font=hf, fill=WHITE)
    d.text((x + tw(d, host, hf) + 24, y + 10), fits(d, unit, uf, XR - x - 200), font=uf, fill=ed["aff"])
    return y + 46 + 50, True


def person_line(d, ed, y, sp, x=TT, col=NAME_COL, right=XR):
    """'padded name  company-job': the name 28 px white, the line 18 px pale from a column after three
    characters (or after a longer name, a Latin name); a line too long goes on under itself at its spaces."""
    nf, af = font(NF), font(AF)
    name = pad(sp["name"])
    c = max(col, tw(d, name, nf) + 20)
    d.text((x, y), name, font=nf, fill=WHITE)
    lines = split_spaces(d, sp["line"], af, right - x - c)
    sp["_al"] = lines
    for i, ln in enumerate(lines):
        d.text((x + c, y + 9 + i * 28), ln, font=af, fill=ed["aff"])
    return y + 44 + (len(lines) - 1) * 28


def pair_line(d, ed, y, sps):
    """Two speakers on ONE line, each 'padded name  company-job', the second pair after a wide gap."""
    nf, af = font(NF), font(AF)
    x = TT
    for sp in sps:
        name = pad(sp["name"])
        d.text((x, y), name, font=nf, fill=WHITE)
        ax = x + max(NAME_COL, tw(d, name, nf) + 20)
        d.text((ax, y + 9), sp["line"], font=af, fill=ed["aff"])
        sp["_al"] = [sp["line"]]
        end = ax + tw(d, sp["line"], af)
        x = end + 56
    assert end <= XR, ("pair line too wide", sps)
    return y + 44


def joint_line(d, ed, y, sps):
    """Two speakers of one company on ONE line: 'name、name  company-job' (the names unpadded)."""
    assert len({sp["line"] for sp in sps}) == 1, sps
    nf, af = font(NF), font(AF)
    names = "、".join(sp["name"] for sp in sps)
    d.text((TT, y), names, font=nf, fill=WHITE)
    ax = TT + tw(d, names, nf) + 20
    d.text((ax, y + 9), fits(d, sps[0]["line"], af, XR - ax), font=af, fill=ed["aff"])
    for sp in sps:
        sp["_al"] = [sp["line"]]
    return y + 44


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
    if s["kind"] == "panel":
        lf = font(27, True)
        for k_, group in enumerate((s["sp"][:1], s["sp"][1:])):
            y += 6
            d.text((TT, y), "主持人：" if k_ == 0 else "嘉\u3000宾：", font=lf, fill=ed["label"])
            y += 44
            for sp in group:
                y = person_line(d, ed, y, sp)
    elif s["how"] == "pairs":
        y = pair_line(d, ed, y, s["sp"])
    elif s["how"] == "joint":
        y = joint_line(d, ed, y, s["sp"])
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
            y, under = (heading_a if ed["heading_form"] == "apart" else heading_b)(im, d, ed, y, idx, f)
            unders.append(under)
            top, bands = y - 30, []
            for s in f["slots"]:
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


FILE_A = "clk3111-yibin-2024-royal-blue-host-right-or-under.png"
FILE_B = "clk3112-zhoushan-2024-indigo-gold-host-under-bar.png"

LAYOUT_A = (
    "CLK 3111 (第1106届), 宜宾, 四川轻化工大学, 3111-10-28 (PNG, %d x %d): ONE whole-agenda image in the organisers' "
    "2024 whole-agenda family, ROYAL BLUE with cyan titles and pink labels; CLK2022's four forums one under another; "
    "headings '▶▶ 主论坛' and number boxes '01'..'03' with the topic and '分论坛' set apart; the host at the right of the "
    "heading with the unit under him (主论坛, 'IO 与 ebpf 分论坛') or on a line of its own under the heading between two "
    "rules (the two long names); the 2024 timeline rows (range, dot on a line, cyan title, 'padded name  company-job' "
    "per speaker); '开场' a plain row, '嘉宾致辞' a talk, 茶歇 and 午餐 bands; two-speaker talks on two lines and once as "
    "two pairs on ONE line; the round table in 主论坛 with '主持人：' and '嘉　宾：' labels over the people; the Latin "
    "speaker Piotr Zielinski; a long institute line wrapped under itself. 6 + 5 + 5 + 5 talks.")
LAYOUT_B = (
    "CLK 3112 (第1107届), 舟山, 浙江海洋大学, 3112-11-23 (PNG, %d x %d): ONE whole-agenda image in the 2024 "
    "whole-agenda family recoloured DEEP INDIGO with light-gold titles and coral labels; CLK2022's four forums one "
    "under another, each heading the README name whole ('▶▶ 主论坛', '01 处理器架构与调度分论坛', ...), a bar, and the "
    "host on a line of its own UNDER the bar at the left ('主持人：name  unit'); the 2024 timeline rows; '开幕' a plain "
    "row, '开幕致辞' a talk, 茶歇 and 午餐 bands; two-speaker talks on two lines, as two pairs on ONE line, and twice "
    "as 'name、name  company-job' on ONE line; the Latin speaker Stefan Brandt; a long lab line on one line; the round "
    "table closes 'IO 与 ebpf 分论坛' (moderator and three guests). 5 + 5 + 5 + 5 talks.")

NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 104, 105): speakers are names as printed with spaces and "
    "the padding of two-character names removed ('蒋　悦' -> 蒋悦, '柏　杨' -> 柏杨; the Latin names 'Piotr Zielinski' -> "
    "PiotrZielinski, 'Stefan Brandt' -> StefanBrandt); host is the name after '主持人：' printed for the forum covering "
    "the slot, null for breaks; start/end HH:MM on a 24-hour clock; each forum carries the edition's date (each edition "
    "is ONE day: 主论坛 in the morning, CLK2022's three other forums in parallel in the afternoon). Two invented "
    "editions, each ONE whole-agenda PNG (as CLK2022's repository holds ONE agenda image), each one entry holding its "
    "four forums in printed order; no talk and no person is on both pictures. Forum names are CLK2022's README link "
    "texts exactly ('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'). Judgement calls: (1) AFFILIATIONS are "
    "the company-job line printed after (or beside) the speaker's name EXACTLY as printed, with or without a space "
    "('OPPO高级内核工程师', '平头哥半导体 高级工程师', 'Intel Linux内核工程师', 'Google 高级软件工程师'), one per "
    "speaker. A line broken at a printed space and carried on under itself is one affiliation joined with that space: "
    "郗晨's '中国科学院沈阳自动化研究所 机器人学国家重点实验室' / '博士研究生' -> '中国科学院沈阳自动化研究所 "
    "机器人学国家重点实验室 博士研究生' (CLK 3111). (2) TWO SPEAKERS: on two lines (one 'name  line' each) they are "
    "given top then bottom; on ONE line as two pairs ('谭　亮  华为内核工程师      游思远  华为内核工程师'; '石景澄  "
    "英特尔工程师      闵　慧  清华大学 博士研究生') each gets the line after his own name; on ONE line as 'name、name  "
    "line' ('蔡伯言、郝岚  腾讯云TencentOS内核工程师', '荆志伟、柯雯  华为昇腾计算驱动工程师', names unpadded) both get "
    "that one line. (3) ROUND TABLES are one slot of kind 'panel': the title as printed with its label "
    "('圆桌论坛：国产 CPU 时代的 Linux 内核生态建设', '圆桌讨论：eBPF 会改变内核的开发方式吗？'); speakers the moderator "
    "(under the label '主持人：') and then the guests (under '嘉　宾：') in printed order, one affiliation each; the labels "
    "are no names; the moderator's '主持人：' does not make him the forum's host (钟伟明 / 谯文浩 host those forums). "
    "(4) '开场' (CLK 3111) and '开幕' (CLK 3112), printed without a speaker, are breaks; '嘉宾致辞' and '开幕致辞' with a "
    "speaker are talks; '茶歇' bands are breaks; '午餐' closes 主论坛 as its break (12:15-14:00 on CLK 3111, whose "
    "afternoon starts at 14:00; 12:15-13:30 on CLK 3112, afternoon from 13:30). Forums that print no break after their "
    "last talk end with it. (5) TITLES over two lines are one title: Latin words joined with a space, a break between "
    "Chinese and a Latin word stands for the space printed there, Chinese broken inside a word joined without "
    "anything (the whole agenda breaks greedily, as the organisers' 2024 one does). (6) HEADINGS: on CLK 3111 the "
    "number boxes '01'..'03' and the gap between topic and '分论坛' ('处理器架构与调度  分论坛') are no part of the "
    "forum's name; the host stands at the right of the heading with his unit under him, or, for the two long names, "
    "on a line of its own under the heading between two rules with the unit beside him; on CLK 3112 the heading is "
    "the README name whole and the host line '主持人：name  unit' stands under the bar at the left, just above the "
    "first slot; it is no slot and no speaker. Units printed with a host are no affiliations, also where they name a "
    "company ('字节跳动STE团队内核技术专家', '网易杭州研究院技术专家'). (7) Heads, introductions (CLK 3112's names the "
    "three afternoon forums in running text: no forums), '大会议程', date pills, addresses, the ring 'CLK', supporter "
    "boxes, QR captions, slogans and the school's name in the skyline are never part of a name, a title or a slot. "
    "Uncommon surnames: 税, 阚, 蒯, 柏, 郗, 邬, 仇 (CLK 3111); 隋, 牟, 谯, 岑, 邝, 阎, 卜, and the compound surname 诸葛 "
    "(诸葛晓川, four characters, not padded) (CLK 3112).")


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
        two = [s for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
        assert "lines" in {s["how"] for s in two} and {s["how"] for s in two} & {"pairs", "joint"}
        assert all(len(s.get("_tl", [])) <= 2 for s in slots)
        assert sum(len(s.get("_tl", [])) == 2 for s in slots) >= 4
        starts = {f["slots"][0]["start"] for f in fs[1:]}
        assert len(starts) == 1 and fs[0]["slots"][0]["start"] == "09:00"
    assert {s["how"] for f in FORUMS_B for s in f["slots"]} >= {"lines", "pairs", "joint"}
    return sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break")


WRAPPED = [  # the titles printed over two lines, as printed
    ["从 page 到 folio：内存管理基础数据结构的演进", "与挑战"],
    ["Bringing Intel AMX to Linux: Kernel Support", "and Lessons Learned"],
    ["Core Scheduling on Shared Hosts: Isolation", "versus Throughput"],
    ["鲲鹏多 NUMA 服务器上 CFS 负载均衡的问题分析", "与改进"],
    ["Multi-Gen LRU on Android: Measuring Cold", "Start and Jank"],
    ["加速卡驱动中的 SVA：共享虚拟地址与 IOMMU", "缺页处理"],
    ["用 eBPF 追踪块设备 IO 延迟：从 biolatency 到", "在线诊断"],
    ["Rust for Linux: Where the Kernel Stands on", "Memory Safety"],
    ["混部场景下的 CPU 与内存 QoS 保障：", "TencentOS 内核实践"],
    ["Proxy Execution: Tackling Priority Inversion", "in the Scheduler"],
    ["x86 混合架构处理器（大小核）的调度支持与能", "效评估"],
    ["Persistent Memory as System RAM: Tiering", "Policies in Practice"],
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
        assert im.size[0] == W and 10000 <= im.size[1] <= 12000, im.size
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
    assert LOG["A"] == [False, True, True, False], LOG
    assert wrapped((ED_A, ED_B)) == WRAPPED, wrapped((ED_A, ED_B))
    assert wrapped_affs((ED_A, ED_B)) == [["中国科学院沈阳自动化研究所 机器人学国家重点实验室", "博士研究生"]]
    truth = {"written": "2026-12-13", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
