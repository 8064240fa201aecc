"""Draw the hundred-and-sixteenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (fixed seeds).

The brief: the agenda image as attendees pass it around.  Two invented editions, each ONE
whole agenda in the organisers' family, with CLK2022's four forum names (主论坛,
处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛', as its README prints
them), drawn 1080 wide and then re-saved as a chat app re-saves a picture: scaled to 828
wide, JPEG quality 70 (4:2:0), under the file name the app gives it.
  CLK 3161 (第1156届, 自贡, Saturday 3161-10-21): the 2023 near black of CLK2023全部议程.png
           (fading numerals behind the afternoon headings, a host line under each name, one
           range printed over two talks), saved as '微信图片_31611016213547.jpg'.
  CLK 3162 (第1157届, 南阳, Saturday 3162-10-27): the 2024 royal blue of CLK2024/大会全议程.webp
           (number boxes, the host at the right of each heading, a space before '分论坛'),
           saved as 'mmexport37641285667392.jpg'.
Copied from posters-blind-94/draw.py (94 took them from sets 90, 92 and 91): font, tw,
TOKEN, NO_LINE_START, wrap_widths, wrap, ctext, rtext, vgrad, grain, glow, two_pass, para,
fits, WHITE, MEALS, rng, plain, saturday, K, F, k, slanted, outline_text, fading_numeral,
pin, inline, runs_width, pad, hgrad, tint, display, pin75, logo_lines, qrcode, REAL_NAMES,
listing_texts, readme_forums, S, T, R, B, Fo, truth_slot, forum_truth, PAL_BLUE / PAL_DARK
(its PAL_A / PAL_B), speaker_lines, band, slot (now with talks printed under the range of
the talk before them), header_a, plate, heading_a (now setting a long forum name smaller and
printing it with printed_name), footer_a, background_a, paint_a, logo_b, clk_mark_b,
heading_b, background_b, paint_b, draw, people and check (adapted).  New: printed_name,
resave, is_latin, all the data, main adapted.
"""
import datetime
import json
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fc = {}


# ===========================================================================
# helpers copied from posters-blind-90/draw.py (unchanged unless said)
def font(size, bold=False):
    path = FD + "NotoSansCJK-%s.ttc" % ("Bold" if bold else "Regular")
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


def grain(im, seed, noise, cell=3):
    rnd = random.Random(seed)
    w, h = im.size[0] // cell + 1, im.size[1] // cell + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def glow(im, cx, cy, r, col, strength):
    lay = Image.new("RGB", im.size, (0, 0, 0))
    ImageDraw.Draw(lay).ellipse([cx - r, cy - r, cx + r, cy + r], fill=tuple(int(c * strength) for c in col))
    small = lay.resize((max(1, im.size[0] // 8), max(1, im.size[1] // 8)), Image.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(r / 16))
    return ImageChops.screen(im, small.resize(im.size, Image.BILINEAR))


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def para(d, x, y, text, f, fill, maxw, lh):
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


WHITE = (255, 255, 255)
MEALS = ("茶歇", "午餐")  # the breaks printed as bands


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def plain(name):
    return name.replace(" ", "").replace("\u3000", "")


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


K = 1.0  # the scale of the picture being painted (1080 -> 1.0, 828 -> 0.78)


def F(size, bold=False):
    return font(round(size * K), bold)


def k(v):
    return round(v * K)


def slanted(im, x, y, text, f, fill, shadow, stroke=None, shear=0.2, off=6):
    """Heavy slanted lettering with an offset shadow (2023's '第18届中国' / '大会议程'), pasted as a sheared layer."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k(40) + int(f.size * shear * 1.3), int(f.size * 1.5)
    lay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    dl = ImageDraw.Draw(lay)
    o = k(off)
    dl.text((k(10) + o, o), text, font=f, fill=shadow + (255,))
    dl.text((k(10), 0), text, font=f, fill=fill + (255,), stroke_width=k(1) if stroke else 0,
            stroke_fill=(stroke or fill) + (255,))
    lay = lay.transform(lay.size, Image.AFFINE, (1, shear, -shear * h * 0.75, 0, 1, 0), Image.BICUBIC)
    im.paste(lay, (int(x - k(10)), int(y)), lay)
    return w


def outline_text(im, cx, y, text, f, col):
    """Hollow lettering: the stroke of the text without its fill (2023's 'AGENDA' / 'SUPPORT')."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k(20), int(f.size * 1.4)
    m_full = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m_full).text((k(10), 0), text, font=f, fill=255, stroke_width=k(2), stroke_fill=255)
    m_in = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m_in).text((k(10), 0), text, font=f, fill=255)
    mask = ImageChops.subtract(m_full, m_in)
    im.paste(Image.new("RGB", (w, h), col), (int(cx - w / 2), int(y)), mask)


def fading_numeral(im, x, y, text, f, col, bg):
    """The big numeral behind an afternoon forum's name, fading into the page towards its foot."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k(20), int(f.size * 1.3)
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).text((k(4), 0), text, font=f, fill=255)
    x0, y0, x1, y1 = mask.getbbox()
    low = tuple(int(bg[i] * 0.7 + col[i] * 0.3) for i in range(3))
    fill = Image.new("RGB", (w, h), low)
    fill.paste(vgrad(w, y1 - y0, col, low), (0, y0))
    im.paste(fill, (int(x), int(y)), mask)


def pin(d, x, y, col, bg, s):
    """A map pin before the city in the date box."""
    d.ellipse([x, y, x + s, y + s], fill=col)
    d.polygon([(x + s * 0.1, y + s * 0.62), (x + s * 0.9, y + s * 0.62), (x + s / 2, y + s * 1.35)], fill=col)
    d.ellipse([x + s * 0.32, y + s * 0.3, x + s * 0.68, y + s * 0.66], fill=bg)


def inline(d, x, base, runs):
    """Runs of (text, font, colour) on one baseline from x; returns the x after the last."""
    for text, f, col in runs:
        d.text((x, base), text, font=f, fill=col, anchor="ls")
        x += tw(d, text, f)
    return x


def runs_width(d, runs):
    return sum(tw(d, t, f) for t, f, _ in runs)


def pad(name):
    """The organisers pad a two-character Chinese name to the width of three ('郑　琦'); Latin names stay."""
    if len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name):
        return name[0] + "\u3000" + name[1]
    return name


# ---------------------------------------------------------------------------
# helpers copied from posters-blind-92/draw.py (display, hgrad, tint, pin75, logo_lines) and set 91 (qrcode,
# cup, bowl), unchanged
def hgrad(d, x0, y0, x1, y1, c1, c2):
    w = max(1, int(x1 - x0))
    for i in range(w):
        t = i / w
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c1, c2)))


def tint(im, box, col, alpha):
    """A translucent panel: blend the region under box with col."""
    box = tuple(int(round(v)) for v in box)
    reg = im.crop(box)
    im.paste(Image.blend(reg, Image.new("RGB", reg.size, col), alpha), box[:2])


def display(im, x, y, text, size, c1, c2, shear=0.2):
    """A bold heading in the slanted display manner of the organisers' headings: sheared to the right,
    filled with a horizontal gradient c1 -> c2. Returns its width."""
    f = font(size, True)
    d0 = ImageDraw.Draw(im)
    b = d0.textbbox((0, 0), text, font=f)
    h = b[3] + 6
    w = b[2] + int(shear * h) + 6
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).text((0, 0), text, font=f, fill=255)
    mask = mask.transform((w, h), Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    g = Image.new("RGB", (w, h))
    hgrad(ImageDraw.Draw(g), 0, 0, w, h, c1, c2)
    im.paste(g, (int(x), int(y)), mask)
    return b[2] + int(shear * h * 0.5)


def pin75(d, x, y, fill, k=1.0, hole=(40, 20, 110)):
    """A location pin (the organisers' date pill and address carry one)."""
    d.ellipse([x, y, x + 20 * k, y + 20 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 13 * k), (x + 18 * k, y + 13 * k), (x + 10 * k, y + 28 * k)], fill=fill)
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=hole)


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


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


# names of real speakers and hosts (sets 90, 91 and 92's lists, plus names seen in this set's crops of the real
# CLK2023 and CLK2024 full agendas); none may be used, and the listings' paths are checked too
REAL_NAMES = sorted(set([
    "李治军", "许珉嘉", "宋卓", "郑琦", "宋牧春", "杨铠衔", "谢旻晟", "郭健", "郭寒军", "彭志光", "司延腾", "殷锋卫",
    "谈鉴锋", "李培锋", "黄靖", "宋恺睿", "朱彦军", "韩传华", "路旭", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "郭任", "左泽", "王海粟", "江锋", "黄睿",
    "李扬韬", "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "付才", "郑堂权", "袁晓峰", "刘海龙", "张哲华", "周俶易", "贺中坤", "白铠豪", "陈凯", "高亮",
    "李泽帆", "邹德清", "王刘朴", "谢雨来", "程杰", "李珍", "张细锐", "孙南勇", "张翼", "晏艳", "余松平", "荣乾锋",
    "巫强", "聂诚", "余昇锦", "唐辉", "祝嘉", "张子扬", "KuzinArtem", "周威", "陈培鸿", "郑翔", "陈华才", "侯文龙",
    "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "郭纯海", "黎红波", "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "谢昱晟",
    "罗宏震", "伍勃", "王建政", "LianboJiang", "慕冬亮", "甄鹏", "谢淼", "周傲易"]))


def listing_texts():
    out = []
    for fn in sorted(os.listdir("/work/shared/corpus/listings")):
        with open(os.path.join("/work/shared/corpus/listings", fn), encoding="utf-8") as fh:
            out += [ln.split("\t")[0] for ln in fh.read().splitlines()[1:]]
    return "\n".join(out)


def readme_forums():
    """CLK2022's four forum names, as its README's recording links name them."""
    with open("/work/shared/corpus/years/CLK2022/README.md", encoding="utf-8") as fh:
        return re.findall(r"^\[([^\]]+)\]\(http", fh.read(), re.M)


# ===========================================================================
# Data.  S(name, 'company job' exactly as printed after the name); own_line: a Latin name printed on a line of its
# own with the 'company job' on the line under it (as 2024 prints its Latin speaker).  T(..., shared=True): a talk
# printed under the range of the talk before it, without a range or a dot of its own (as the 2023 image prints
# several talks under one range); in the truth it has that range.
def S(name, aff, own_line=False):
    return {"name": name, "aff": aff, "own_line": own_line}


def T(start, end, title, speakers, shared=False):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "shared": shared}


def R(start, end, title, moderator, guests):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests, "shared": False}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "shared": False}


def Fo(name, host, unit, slots):
    return {"name": name, "host": host, "unit": unit, "slots": slots}


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": plain(host) if s["kind"] != "break" else None}


def forum_truth(forums, date):
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f["host"]) for s in f["slots"]]}
            for f in forums]


FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]

# ---------------------------------------------------------------------------
# CLK 3161 (第1156届), 自贡, 四川轻化工大学, Saturday 3161-10-21: the 2023 near black
FORUMS_1 = [
    Fo("主论坛", "宛立军", "四川轻化工大学计算机科学与工程学院院长", [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:25", "开幕致辞", [S("卿志远", "四川轻化工大学副校长")]),
        T("09:25", "10:00", "从单机到万卡集群：Linux 内核在智算基础设施中的角色变化",
          [S("官振宇", "华为 操作系统内核实验室主任")]),
        T("10:00", "10:35", "Page Cache Scalability on Many-Core Servers: Where the Locks Still Hurt",
          [S("Ondrej Havel", "Red Hat Principal Software Engineer")]),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:25", "RISC-V 服务器平台的内核适配：从启动固件到 ACPI",
          [S("钟予桐", "算能科技 系统软件总监"), S("粟明杰", "算能科技 内核工程师")]),
        R("11:25", "12:10", "圆桌论坛：高校与企业如何共同培养下一代 Linux 内核开发者",
          S("申雅琴", "开放原子开源基金会 技术运营总监"),
          [S("邝建明", "OPPO 内核团队负责人"), S("杜若衡", "四川大学计算机学院教授"),
           S("戚明远", "英特尔 开源技术中心首席工程师"), S("贾晓蕾", "统信软件 内核研发部经理")]),
        B("12:10", "13:30", "午餐"),
    ]),
    Fo("处理器架构与调度分论坛", "庞国栋", "海光信息 系统软件部总监", [
        T("13:30", "14:00", "sched_ext 在在线数据库负载下的调度策略探索", [S("闵浩川", "腾讯 TencentOS 内核工程师")]),
        T("14:00", "15:00", "ARM64 服务器上的 cluster 调度域与 L2 共享感知", [S("吕思远", "飞腾信息技术 系统软件工程师")]),
        T("14:00", "15:00", "Energy Model 在大小核笔记本平台上的校准实践", [S("甯可欣", "联想 固件与内核工程师")],
          shared=True),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "Latency-Sensitive Task Placement with EEVDF on Hybrid CPUs",
          [S("武靖雯", "英特尔 软件工程师")]),
        T("15:50", "16:20", "LoongArch 虚拟化扩展下的 vCPU 调度与中断投递优化", [S("邓子谦", "龙芯中科 虚拟化工程师")]),
        T("16:20", "16:50", "PREEMPT_RT 合入主线后工业控制场景的迁移与验证", [S("扈明辉", "中控技术 嵌入式系统专家")]),
    ]),
    Fo("内存管理与异构计算分论坛", "谭慧敏", "字节跳动 内存管理团队负责人", [
        T("13:30", "14:00", "mTHP 在移动设备上的内存碎片治理与回退策略", [S("夏亦鸣", "vivo 内存优化专家")]),
        T("14:00", "14:30", "CXL Memory Pooling: Hotplug, NUMA Nodes and the Page Allocator",
          [S("纪文博", "三星半导体 内存解决方案架构师")]),
        T("14:30", "15:00", "GPU 显存与系统内存统一管理：HMM 在国产 GPU 驱动中的落地",
          [S("骆晨阳", "摩尔线程 驱动架构师"), S("赖嘉怡", "摩尔线程 内核工程师")]),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "DAMON 冷页识别在混部集群中的落地与调参", [S("孟凡哲", "阿里云 内核工程师")]),
        T("15:50", "16:20", "NPU 驱动中 dma-buf 共享与 IOMMU 映射的性能优化", [S("薛婉清", "华为 昇腾驱动工程师")]),
    ]),
    Fo("IO 与 ebpf 分论坛", "笪立骞", "蚂蚁集团 基础架构专家", [
        T("13:30", "14:00", "io_uring 在分布式数据库存储引擎中的落地经验", [S("韦思澄", "PingCAP 存储引擎工程师")]),
        T("14:00", "14:30", "用 eBPF 观测 NVMe 尾延迟：从块层到驱动中断", [S("施嘉禾", "美团 SRE 专家")]),
        T("14:30", "15:00", "Scaling XDP Load Balancers Beyond 100 Gbps",
          [S("滕浩宇", "快手 网络内核工程师"), S("边晓彤", "快手 网络内核工程师")]),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "非特权 eBPF：BPF Token 的权限委托模型", [S("雷宇杭", "奇安信 安全研究员")]),
        T("15:50", "16:20", "车载 UFS 存储上 F2FS 的垃圾回收调优", [S("苗嘉琪", "比亚迪 汽车软件工程师")]),
    ]),
]
INTRO_1 = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK），举办至今已是第 1156 届，由国内从事 Linux 内核开发的"
           "企业、高校和开源社区共同发起，以\u201c自由，协作，创新\u201d为理念，以开源技术的推广和普及为使命，旨在促进 "
           "Linux 内核开发爱好者相互交流、共同进步。本届大会由四川轻化工大学承办，上午为主论坛，下午三个分论坛同时进行，"
           "诚邀广大 Linux 开发者和爱好者参加。")
UNITS_1 = ["四川轻化工大学", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "英特尔", "海光信息", "龙芯中科",
           "蚂蚁集团", "统信软件"]
MEDIA_1 = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "阅码场"]

# ---------------------------------------------------------------------------
# CLK 3162 (第1157届), 南阳, 南阳理工学院, Saturday 3162-10-27: the 2024 royal blue
FORUMS_2 = [
    Fo("主论坛", "冀振邦", "南阳理工学院计算机与软件学院院长", [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("郎庆丰", "南阳理工学院副校长")]),
        T("09:20", "09:50", "长期支持内核的可持续维护：一个发行版团队的十年回顾", [S("乔明轩", "麒麟软件 内核首席架构师")]),
        T("09:50", "10:20", "Upstreaming Confidential Computing Support for Arm64: Status and Gaps",
          [S("Stefan Kowalski", "Arm Staff Software Engineer", own_line=True)]),
        T("10:20", "10:50", "多路服务器的 NUMA 拓扑感知与内核调优", [S("房志鹏", "浪潮信息 服务器系统软件专家")]),
        T("10:50", "11:20", "Rust 驱动框架在内核中的进展与国内实践",
          [S("荆一帆", "小米 内核工程师"), S("范梦瑶", "小米 系统软件工程师")]),
        R("11:20", "12:00", "圆桌论坛：开源芯片与开源内核，如何形成发展合力",
          S("管宏伟", "中国科学院计算技术研究所研究员"),
          [S("金志超", "平头哥半导体 软件生态负责人"), S("易晓萌", "华为 openEuler 内核技术委员会委员"),
           S("邬家明", "字节跳动 系统技术专家"), S("商雨辰", "阿里云 龙蜥社区内核 SIG Maintainer")]),
        B("12:00", "14:00", "午餐"),
    ]),
    Fo("处理器架构与调度分论坛", "麻建新", "南阳理工学院计算机与软件学院副教授", [
        T("14:00", "14:30", "RISC-V Vector 状态的惰性保存与切换开销", [S("岑立航", "中国科学院软件研究所 助理研究员")]),
        T("14:30", "15:00", "384 核服务器上负载均衡的扩展性瓶颈", [S("连文斌", "阿里云 内核技术专家")]),
        T("15:00", "15:30", "Proxy Execution and Mutex Priority Inversion on Android",
          [S("俞子豪", "OPPO 底层软件工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "vCPU 抢占感知的自旋锁优化：从 PV qspinlock 谈起",
          [S("蔡鸣远", "腾讯云 虚拟化工程师"), S("卫晴", "腾讯云 虚拟化工程师")]),
        T("16:20", "16:50", "基于 PMU 事件的在线调度画像与异常检测", [S("褚文韬", "字节跳动 STE 工程师")]),
    ]),
    Fo("内存管理与异构计算分论坛", "车立华", "华为操作系统内存技术专家", [
        T("14:00", "14:30", "swap 分配器重构：cluster 化与 SSD 友好的换出路径", [S("蒙嘉伟", "腾讯 内核工程师")]),
        T("14:30", "15:00", "异构内存下的页面迁移开销分析与提升策略", [S("龙婉婷", "中兴通讯 内核工程师")]),
        T("15:00", "15:30", "Memory Cgroup Accounting Overhead at Container Scale", [S("苏晋", "京东 内核工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "AI 加速卡的 SVA 支持：PASID、IOPF 与内核接口的演进", [S("毕志强", "寒武纪 驱动架构师")]),
        T("16:20", "16:50", "hugetlb vmemmap 优化与大页预留在数据库中的收益",
          [S("单立新", "华为云 数据库内核工程师"), S("牛欣然", "华为云 工程师")]),
    ]),
    Fo("IO 与 ebpf 分论坛", "阚文杰", "vivo 存储技术专家", [
        T("14:00", "14:30", "文件系统如何用好 ZNS SSD 的 zone append", [S("童佳乐", "忆恒创源 固件工程师")]),
        T("14:30", "15:00", "用 eBPF 实现可编程的块设备 IO 调度", [S("翁子健", "字节跳动 存储内核工程师")]),
        T("15:00", "15:30", "Writeback Throttling Revisited: Lessons from Cloud Block Storage",
          [S("叶明昊", "百度智能云 存储专家")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "eBPF 拥塞控制从实验到生产：struct_ops 落地实践",
          [S("巩雪", "网易 网络工程师"), S("包一禾", "网易 网络工程师")]),
        T("16:20", "16:50", "virtio-blk 多队列在云盘场景下的性能优化", [S("汪晨曦", "天翼云 虚拟化工程师")]),
    ]),
]
INTRO_2 = ("\u201c中国 Linux 内核开发者大会\u201d（CHINA LINUX KERNEL，CLK）举办至今已是第1157届，由国内多家企业、高校和"
           "开源社区共同发起，以\u201c自由 协作 创新\u201d为理念，以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者"
           "相互交流、共同进步，是中国 Linux 内核领域颇有影响力的峰会之一。本次大会由南阳理工学院承办，设主论坛和"
           "处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛，诚邀广大 Linux 开发者和爱好者参加。")
UNITS_2 = ["南阳理工学院", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "小米", "麒麟软件", "浪潮信息",
           "平头哥", "蚂蚁集团"]
MEDIA_2 = ["CSDN", "InfoQ", "开源中国", "Linux中国", "51CTO", "开源江湖"]

# ===========================================================================
# palettes
PAL_BLUE = {"bg": ((24, 74, 236), (4, 38, 200)), "title": (62, 226, 255), "aff": (176, 190, 255),
         "label": (214, 120, 255), "time": (246, 252, 255), "line": (110, 170, 255), "dot": (90, 224, 255),
         "band": ((0, 170, 240), (10, 70, 214)), "bar": ((64, 220, 255), (30, 110, 240)), "box": (70, 220, 255),
         "plate": ((52, 214, 240), (40, 120, 240)), "pale": (204, 222, 255), "sky": (40, 100, 240),
         "hole": (16, 50, 200), "glow": [(90, 220, 255), (120, 90, 255), (60, 200, 255)], "num_bg": (10, 44, 180)}
PAL_DARK = {"bg": ((9, 12, 36), (12, 16, 44)), "title": (40, 230, 220), "aff": (64, 140, 255), "label": (196, 64, 240),
         "line": (40, 96, 220), "dot": (60, 140, 255), "band": (22, 52, 150), "bar": (40, 230, 220),
         "num": (40, 220, 210), "glow1": (120, 50, 230), "glow2": (20, 150, 220), "shadow": (80, 40, 200),
         "streak": (38, 30, 92)}


# ===========================================================================
# the timeline: one engine for both, switched by ed["style"] ('blue' = 2024, 'dark' = 2023)
def speaker_lines(d, ed, x, y, sp, right, log):
    """'padded name  company job': the name, the company in small type from a column three characters in (or
    after a longer name); a company too long for the line wraps under its own column.  A Latin speaker marked
    own_line prints his name alone and the company on the next line.  Returns the next line's top."""
    pal, g = ed["pal"], ed["g"]
    nf, af = F(g["fn"]), F(g["fa"])
    name = pad(sp["name"])
    d.text((x, y + k(g["nb"])), name, font=nf, fill=WHITE, anchor="ls")
    if sp["own_line"]:
        y += k(g["lh_n"])
        d.text((x, y + k(g["ab"]) - k(8)), fits(d, sp["aff"], af, right - x), font=af, fill=pal["aff"], anchor="ls")
        log.append(("aff", sp["name"], 1))
        return y + k(g["lh_a"]) + k(4)
    ax = max(x + tw(d, "国国国", nf) + k(20), x + tw(d, name, nf) + k(20))
    lines = wrap(d, sp["aff"], af, right - ax)
    log.append(("aff", sp["name"], len(lines)))
    for i, ln in enumerate(lines):
        d.text((ax, y + k(g["ab"]) + i * k(g["lh_a"])), ln, font=af, fill=pal["aff"], anchor="ls")
    return y + k(g["lh_n"]) + (len(lines) - 1) * k(g["lh_a"])


def band(im, d, ed, X0, X1, y, h):
    pal = ed["pal"]
    if im.size[1] <= 8:
        return
    if ed["style"] == "blue":  # 2024: a light band fading to the right
        hgrad(d, X0, y, X1, y + h, pal["band"][0], pal["band"][1])
    else:  # 2023: a flat blue band
        d.rectangle([X0, y, X1, y + h], fill=pal["band"])


def slot(im, d, ed, X0, X1, LX, CX, y, s, log):
    """One slot of the timeline, its first line's top at y.  Returns the next slot's top."""
    pal, g = ed["pal"], ed["g"]
    right = X1 + k(g["over"])
    rf, tf = F(g["fr"], True), F(g["ft"], True)
    dy = k(g["dot"])
    if s["kind"] == "break" and s["title"] in MEALS:
        top = y - k(g["band_pad"])
        h = k(g["lh_t"]) + 2 * k(g["band_pad"])
        band(im, d, ed, X0 - k(g["band_out"]), X1, top, h)
        d.text((X0, y + k(g["rdy"])), rng(s), font=rf, fill=WHITE)
        d.ellipse([LX - k(4), y + dy - k(4), LX + k(4), y + dy + k(4)], fill=WHITE)
        d.text((CX, y), s["title"], font=tf, fill=WHITE)
        return top + h + k(g["gap"])
    if not s["shared"]:  # a talk printed under the range of the talk before it has no range and no dot
        d.text((X0, y + k(g["rdy"])), rng(s), font=rf, fill=WHITE)
        d.ellipse([LX - k(4), y + dy - k(4), LX + k(4), y + dy + k(4)], fill=pal["dot"])
    tl = wrap(d, s["title"], tf, right - CX)  # greedy, also inside Chinese words, as both real images break
    s["_tl"] = tl
    if s["kind"] != "break":
        log.append(("title", s["title"], len(tl)))
    for ln in tl:
        d.text((CX, y), ln, font=tf, fill=pal["title"])
        y += k(g["lh_t"])
    if s["kind"] == "panel":
        lf = F(g["fn"])
        labels = ed["labels"]
        d.text((CX, y + k(g["nb"])), labels[0], font=lf, fill=pal["label"], anchor="ls")
        y = speaker_lines(d, ed, CX, y + k(g["lh_n"]), s["sp"][0], right, log)
        d.text((CX, y + k(g["nb"])), labels[1], font=lf, fill=pal["label"], anchor="ls")
        y += k(g["lh_n"])
        for sp in s["sp"][1:]:
            y = speaker_lines(d, ed, CX, y, sp, right, log)
    else:
        for sp in s["sp"]:
            y = speaker_lines(d, ed, CX, y, sp, right, log)
    return y + k(g["gap"])


# ---------------------------------------------------------------------------
# CLK 3162: 2024 royal blue
def header_a(im, d, ed):
    pal = ed["pal"]
    W = im.size[0]
    logo_lines(d, 64, 60, WHITE, pal["box"], 1.15)
    sf = font(30, True)
    sx = W - 60 - max(tw(d, ed["school"], sf), tw(d, ed["school_en"], font(12, True)))
    d.ellipse([sx - 76, 52, sx - 14, 114], outline=WHITE, width=3)  # the school's seal
    d.ellipse([sx - 63, 65, sx - 27, 101], outline=WHITE, width=2)
    d.text((sx, 54), ed["school"], font=sf, fill=WHITE)
    d.text((sx, 96), ed["school_en"], font=font(12, True), fill=pal["pale"])
    display(im, 80, 260, ed["nth"], 92, WHITE, (200, 246, 255), 0.12)
    display(im, 80, 380, "Linux内核开发者大会", 88, (150, 245, 255), WHITE, 0.12)
    for j in range(24):  # the dashes under the title
        x = 84 + j * 20
        d.polygon([(x + 6, 506), (x + 14, 506), (x + 8, 518), (x, 518)], fill=pal["line"])
    cx, cy = W - 210, 690
    for j in range(4):  # the ring with the year and CLK
        r = 88 + j * 24
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=tuple(max(0, c - j * 28) for c in pal["line"]),
                  width=max(1, 5 - j))
    ctext(d, cx, cy - 56, ed["year"], font(24, True), pal["title"])
    ctext(d, cx, cy - 26, "CLK", font(56, True), WHITE)
    pf = font(34, True)
    pw = tw(d, ed["date_printed"], pf) + tw(d, ed["city"], pf) + 108
    y0 = 580
    d.rounded_rectangle([80, y0, 80 + pw, y0 + 66], radius=12, outline=pal["box"], width=3)
    d.rectangle([72, y0 + 14, 80, y0 + 52], fill=pal["box"])
    d.rectangle([80 + pw, y0 + 14, 88 + pw, y0 + 52], fill=pal["box"])
    d.text((108, y0 + 8), ed["date_printed"], font=pf, fill=WHITE)
    px = 108 + tw(d, ed["date_printed"], pf) + 18
    pin75(d, px, y0 + 16, pal["box"], 1.1, pal["hole"])
    d.text((px + 36, y0 + 8), ed["city"], font=pf, fill=WHITE)
    af = font(36, True)
    d.text((80, 720), "地址：" + ed["hall"][0], font=af, fill=WHITE)
    d.text((80 + tw(d, "地址：", af), 772), ed["hall"][1], font=af, fill=WHITE)
    # the introduction in a frame with corner marks
    X0, X1 = 80, W - 80
    f = font(24)
    lines = wrap(d, "　　" + ed["intro"], f, X1 - X0 - 96)
    y = 930
    h = len(lines) * 46 + 84
    if im.size[1] > 8:
        tint(im, (X0, y, X1, y + h), (90, 150, 255), 0.22)
    for qx, qy, sx_, sy_ in ((X0, y, 1, 1), (X1, y, -1, 1), (X0, y + h, 1, -1), (X1, y + h, -1, -1)):
        d.line([(qx - 8 * sx_, qy - 8 * sy_), (qx + 60 * sx_, qy - 8 * sy_)], fill=pal["box"], width=8)
        d.line([(qx - 8 * sx_, qy - 8 * sy_), (qx - 8 * sx_, qy + 60 * sy_)], fill=pal["box"], width=8)
    yy = y + 42
    for ln in lines:
        d.text((X0 + 48, yy), ln, font=f, fill=WHITE)
        yy += 46
    y += h + 110
    return plate(im, d, W, y, "大会议程", pal, 46) + 110


def plate(im, d, W, y, text, pal, size):
    """A label on a plate with a slanted end ('大会议程', '支持单位'), after set 92's heading_plate."""
    f = font(size, True)
    w = tw(d, text, f) + 150 * size / 46
    x0, x1 = W / 2 - w / 2, W / 2 + w / 2
    h = size + 40
    d.rounded_rectangle([x0, y, x1, y + h], radius=14, fill=pal["plate"][1])
    hgrad(d, x0 + 8, y, x1 - 8, y + h, pal["plate"][1], pal["plate"][0])
    d.line([(x0 - 60, y + h + 10), (x0 + w * 0.4, y + h + 10)], fill=pal["box"], width=6)
    d.line([(x1 - w * 0.3, y - 10), (x1 + 50, y - 10)], fill=pal["box"], width=6)
    display(im, W / 2 - tw(d, text, f) / 2, y + 12, text, size, WHITE, WHITE, 0.2)
    return y + h


def printed_name(ed, f):
    """The heading as printed: on the 2024-style edition a space before '分论坛', as the 2024 image prints
    '内存 分论坛' ('IO 与 ebpf 分论坛' has it already)."""
    n = f["name"]
    if ed["gap"] and n.endswith("分论坛") and not n.endswith(" 分论坛"):
        n = n[:-3] + " 分论坛"
    return n


def heading_a(im, d, ed, X0, X1, y, i, f):
    """2024: a thin bar, then '▶▶ 主论坛' or a slanted number box '01' and the forum's name, '主持人：name' at the
    right with the unit under it, a thick bar.  Returns the first slot's top."""
    pal = ed["pal"]
    if im.size[1] > 8:
        hgrad(d, X0 - 30, y, X1 + 30, y + 6, pal["bar"][1], pal["bar"][0])
    y += 44
    hf = font(50, True)
    if i == 0:
        for j in range(2):  # two chevrons
            x = X0 - 20 + j * 26
            d.polygon([(x, y + 14), (x + 16, y + 14), (x + 34, y + 38), (x + 16, y + 62), (x, y + 62), (x + 18, y + 38)],
                      fill=pal["box"])
        nx = X0 + 52
    else:
        bx0, bx1 = X0 - 20, X0 + 96
        d.polygon([(bx0 + 14, y + 4), (bx1 + 14, y + 4), (bx1 - 6, y + 76), (bx0 - 6, y + 76)], fill=pal["num_bg"],
                  outline=pal["box"])
        d.line([(bx0 + 10, y - 6), (bx0 + 34, y - 6)], fill=pal["box"], width=5)
        d.line([(bx0 + 10, y - 6), (bx0 - 6, y + 30)], fill=pal["box"], width=5)
        display(im, bx0 + 18, y + 8, "%02d" % i, 46, pal["box"], (170, 250, 255), 0.18)
        nx = bx1 + 22
    # the host at the right: '主持人：name' over the unit
    lf, hf2, uf = font(26, True), font(28), font(18)
    hw = tw(d, "主持人：", lf) + tw(d, pad(f["host"]), hf2)
    uw = tw(d, f["unit"], uf)
    rx = X1 + 20
    hx = rx - max(hw, uw)
    name = printed_name(ed, f)
    nsize = 50 if i == 0 else 42
    while nx + tw(d, name, font(nsize, True)) + int(0.15 * nsize * 0.8) + 24 > hx:  # a long name is set smaller
        nsize -= 2
    f["_nsize"] = nsize
    nw = display(im, nx, y + 6 + (50 - nsize) // 2, name, nsize, WHITE, (200, 246, 255), 0.15)
    assert nx + nw + 24 <= hx, ("heading too wide", f["name"], nx + nw, hx)
    d.text((hx, y + 4), "主持人：", font=lf, fill=pal["label"])
    d.text((hx + tw(d, "主持人：", lf), y + 2), pad(f["host"]), font=hf2, fill=WHITE)
    d.text((hx, y + 48), f["unit"], font=uf, fill=pal["pale"])
    y += 100
    if im.size[1] > 8:
        hgrad(d, X0 - 30, y, X1 + 30, y + 14, pal["bar"][1], pal["bar"][0])
    return y + 14 + 60


def footer_a(im, d, ed, y):
    pal = ed["pal"]
    W = im.size[0]
    for label, names in (("支持单位", ed["units"]), ("支持媒体", ed["media"])):
        y = plate(im, d, W, y, label, pal, 40) + 70
        X0, X1, cols, gap, bh = 150, W - 150, 3, 24, 78
        bw = (X1 - X0 - (cols - 1) * gap) / cols
        for j, u in enumerate(names):
            bx, by = X0 + (j % cols) * (bw + gap), y + (j // cols) * (bh + gap)
            d.rectangle([bx, by, bx + bw, by + bh], outline=(236, 240, 255), width=2)
            ff = font(28, True)
            ctext(d, bx + bw / 2, by + 18, fits(d, u, ff, bw - 20), ff, WHITE)
        y += ((len(names) + cols - 1) // cols) * (bh + gap) + 80
    q = 260
    d.rectangle([W / 2 - q / 2 - 16, y - 16, W / 2 + q / 2 + 16, y + q + 16], outline=WHITE, width=3)
    qrcode(d, W / 2 - q / 2, y, q, ed["seed"])
    y += q + 50
    tf = font(52, True)
    display(im, W / 2 - tw(d, "扫码报名", tf) / 2, y, "扫码报名", 52, WHITE, WHITE, 0.2)
    ctext(d, W / 2, y + 96, "现场名额有限，报名审核通过后凭短信入场", font(26), pal["pale"])
    ctext(d, W / 2, y + 140, "*议程如有调整，以大会现场为准", font(24), pal["pale"])
    sf = font(42, True)
    display(im, W / 2 - tw(d, ed["slogan"], sf) / 2, y + 220, ed["slogan"], 42, (150, 245, 255), pal["title"], 0.2)
    return int(y + 600)


def background_a(ed):
    pal = ed["pal"]

    def bg(w, h):
        im = vgrad(w, h, *pal["bg"])
        im = glow(im, w - 210, 690, 400, pal["glow"][0], 0.5)
        im = glow(im, 60, 1300, 320, pal["glow"][1], 0.25)
        for j, yy in enumerate(range(2500, h - 900, 1500)):
            im = glow(im, w - 60 if j % 2 else 60, yy, 360, pal["glow"][2 if j % 2 else 1], 0.2)
        d = ImageDraw.Draw(im)
        for i in range(9):  # light streaks behind the ring
            d.line([(w * 0.45 + i * 70, 0), (w, 420 - i * 42)], fill=pal["sky"], width=2)
        for i in range(6):  # swept arcs round the ring
            r = 170 + i * 26
            d.arc([w - 210 - r * 1.5, 690 - r * 0.55, w - 210 + r * 1.5, 690 + r * 0.55], 150 + i * 4, 330,
                  fill=(70 + i * 12, 170 + i * 10, 255), width=3)
        rnd = random.Random(ed["seed"])
        for _ in range(70):  # specks of light in the head
            x, yy = rnd.randrange(int(w * 0.5), w - 20), rnd.randrange(140, 520)
            r = rnd.choice((1, 1, 2, 3))
            d.ellipse([x - r, yy - r, x + r, yy + r], fill=(200, 220, 255))
        for i in range(10):  # a skyline at the foot (pagoda hill, city blocks)
            x = 60 + i * 100
            hh = 60 + (i * 47) % 150
            d.rectangle([x, h - hh, x + 64, h], fill=pal["sky"])
            for r in range(int(hh // 22)):
                d.rectangle([x + 12, h - hh + 8 + r * 22, x + 52, h - hh + 14 + r * 22],
                            fill=tuple(min(255, c + 30) for c in pal["sky"]))
        d.polygon([(w / 2 - 30, h - 260), (w / 2 + 30, h - 260), (w / 2 + 44, h), (w / 2 - 44, h)], fill=pal["sky"])
        for r in range(8):  # the pagoda's eaves
            yy = h - 250 + r * 30
            d.line([(w / 2 - 40 - r * 2, yy), (w / 2 + 40 + r * 2, yy)], fill=(90, 150, 255), width=3)
        return grain(im, ed["seed"], ed["grain"], 3) if ed["grain"] else im
    return bg


def paint_a(im, d, ed, log):
    W = im.size[0]
    g = ed["g"]
    X0, X1 = g["x0"], W - g["x1m"]
    y = header_a(im, d, ed)
    LX, CX = X0 + g["lx"], X0 + g["cx"]
    for i, f in enumerate(ed["forums"]):
        y = heading_a(im, d, ed, X0, X1, y, i, f)
        top = y
        for s in f["slots"]:
            y = slot(im, d, ed, X0, X1, LX, CX, y, s, log)
        d.line([(LX, top - 40), (LX, y - 30)], fill=ed["pal"]["line"], width=2)
        y += 60
    return footer_a(im, d, ed, y + 40)


# ---------------------------------------------------------------------------
# CLK 3161: 2023 near black
def logo_b(d, x, y, pal):
    """The organisers' logo lines as 2023 prints them: a two-leaf mark, 'CHINA LINUX KERNEL' over the Chinese name."""
    d.ellipse([x, y + k(6), x + k(40), y + k(96)], fill=pal["line"])
    d.ellipse([x + k(18), y, x + k(62), y + k(96)], fill=pal["title"])
    d.ellipse([x + k(26), y + k(14), x + k(52), y + k(92)], fill=pal["bg"][0])
    d.text((x + k(84), y + k(22)), "CHINA LINUX KERNEL", font=F(21, True), fill=WHITE)
    d.text((x + k(84), y + k(54)), "中国Linux内核开发者大会", font=F(21, True), fill=WHITE)


def clk_mark_b(d, W, year, pal):
    """'CLK' with the year raised beside it, inside nested rounded outlines (top right)."""
    cx, cy = W - k(230), k(120)
    for i in range(6):
        r = k(14) + i * k(9)
        d.rounded_rectangle([cx - k(160) - i * k(9), cy - k(62) - i * k(9), cx + k(160) + i * k(9),
                             cy + k(62) + i * k(9)], radius=r + k(30),
                            outline=tuple(int(c * (0.55 - i * 0.07)) for c in pal["title"]), width=k(2))
    cf, yf = F(88, True), F(32, True)
    x = cx - (tw(d, "CLK", cf) + tw(d, year, yf) + k(8)) / 2
    d.text((x, cy - k(64)), "CLK", font=cf, fill=(214, 246, 250), stroke_width=k(2), stroke_fill=pal["title"])
    d.text((x + tw(d, "CLK", cf) + k(8), cy - k(52)), year, font=yf, fill=WHITE)


def heading_b(im, d, ed, X0, X1, y, i, f):
    """2023: the forum's name (a big fading numeral behind the afternoon ones), then '主持人：name　unit' under it,
    then the thick bar.  Returns the first slot's top."""
    pal = ed["pal"]
    nf = F(50, True)
    if i == 0:
        ny = y + k(40)
    else:
        fading_numeral(im, X0 - k(4), y, "%02d" % i, F(112, True), pal["num"], pal["bg"][0])
        ny = y + k(58)
    d.text((X0, ny), fits(d, f["name"], nf, X1 - X0), font=nf, fill=WHITE, stroke_width=k(1),
           stroke_fill=pal["bg"][0])
    y = ny + k(84)
    runs = [("主持人：", F(26), pal["label"]), (pad(f["host"]), F(27), WHITE), ("　", F(20), WHITE),
            (f["unit"], F(20), pal["aff"])]
    assert X0 + runs_width(d, runs) <= X1, ("host line too wide", f["name"])
    inline(d, X0, y + k(28), runs)
    y += k(56)
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    return y + k(18) + k(60)


def background_b(ed):
    pal = ed["pal"]

    def bg(w, h):
        im = vgrad(w, h, *pal["bg"])
        im = glow(im, w - k(120), k(300), k(420), pal["glow1"], 0.55)
        im = glow(im, k(60), k(1100), k(300), pal["glow2"], 0.25)
        for j, yy in enumerate(range(k(2400), h - k(800), k(1900))):
            im = glow(im, w - k(40) if j % 2 else k(40), yy, k(380), pal["glow1"] if j % 2 else pal["glow2"], 0.22)
        d = ImageDraw.Draw(im)
        rnd = random.Random(ed["seed"])
        cx, cy = w - k(280), k(760)
        for i in range(14):  # swirling streaks around the sphere of the header
            r = k(200) + i * k(22)
            d.arc([cx - r * 1.6, cy - r * 0.6, cx + r * 1.6, cy + r * 0.6], 160 + i * 3, 350,
                  fill=tuple(int(c * (0.75 - i * 0.04)) for c in (pal["glow2"] if i % 3 else pal["glow1"])), width=k(2))
        r = k(150)
        for j in range(r, 0, -2):  # the sphere: a lit disc, brighter at the top left
            t = j / r
            col = tuple(int(pal["glow1"][c] * (1 - t) * 0.9 + pal["shadow"][c] * t * 0.55) for c in range(3))
            d.ellipse([cx - j - (r - j) * 0.35, cy - j - (r - j) * 0.45, cx + j - (r - j) * 0.35,
                       cy + j - (r - j) * 0.45], fill=col)
        for j in range(4):  # streaks low on the sides
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - k(260)), yy - k(300))], fill=pal["streak"], width=k(3))
        return grain(im, ed["seed"], ed["grain"], 3) if ed["grain"] else im
    return bg


def paint_b(im, d, ed, log):
    W = im.size[0]
    pal, g = ed["pal"], ed["g"]
    X0, X1 = k(g["x0"]), W - k(g["x1m"])
    logo_b(d, X0, k(40), pal)
    clk_mark_b(d, W, ed["year"], pal)
    slanted(im, X0, k(262), ed["nth"], F(80, True), WHITE, pal["shadow"])
    slanted(im, X0, k(352), "Linux 内核开发者大会", F(80, True), WHITE, pal["shadow"])
    bf = F(34, True)
    bw = tw(d, ed["date_printed"], bf) + k(30) + k(30) + tw(d, ed["city"], bf) + k(70)
    d.rectangle([X0, k(476), X0 + bw, k(538)], outline=WHITE, width=k(2))
    d.line([(X0 + k(30), k(470)), (X0 + k(90), k(470))], fill=WHITE, width=k(4))
    d.line([(X0 + bw - k(90), k(544)), (X0 + bw - k(30), k(544))], fill=WHITE, width=k(4))
    x = X0 + k(36)
    d.text((x, k(484)), ed["date_printed"], font=bf, fill=WHITE)
    x += tw(d, ed["date_printed"], bf) + k(30)
    pin(d, x, k(490), WHITE, pal["bg"][0], k(26))
    d.text((x + k(36), k(484)), ed["city"], font=bf, fill=WHITE)
    d.text((X0, k(584)), ed["hall"][0], font=F(34, True), fill=WHITE)
    d.text((X0, k(634)), ed["hall"][1], font=F(34, True), fill=WHITE)
    y = k(960)
    top = y
    y = para(d, X0 + k(32), y + k(36), ed["intro"], F(24), (224, 230, 240), X1 - X0 - k(64), k(48)) + k(24)
    d.rectangle([X0, top, X1, y], outline=tuple(int(c * 0.45) for c in pal["title"]), width=k(2))
    y += k(150)
    outline_text(im, W / 2, y + k(16), "AGENDA", F(110, True), tuple(int(c * 0.6) for c in pal["title"]))
    f66 = F(68, True)
    slanted(im, W / 2 - tw(d, "大会议程", f66) / 2, y, "大会议程", f66, WHITE, pal["shadow"])
    y += k(250)
    LX, CX = X0 + k(g["lx"]), X0 + k(g["cx"])
    for i, f in enumerate(ed["forums"]):
        y = heading_b(im, d, ed, X0, X1, y, i, f)
        top = y
        for s in f["slots"]:
            y = slot(im, d, ed, X0, X1, LX, CX, y, s, log)
        bar = y - k(30)
        d.line([(LX, top - k(60)), (LX, bar)], fill=pal["line"], width=k(2))
        d.rectangle([X0, bar, X1, bar + k(14)], fill=pal["bar"])
        y = bar + k(14) + k(130)
    for label, units in (("支持单位", ed["units"]), ("支持媒体", ed["media"])):
        outline_text(im, W / 2, y + k(14), "SUPPORT", F(96, True), tuple(int(c * 0.6) for c in pal["title"]))
        f60 = F(60, True)
        slanted(im, W / 2 - tw(d, label, f60) / 2, y, label, f60, WHITE, pal["shadow"])
        y += k(170)
        bw, gap, bh = (X1 - X0 - 2 * k(40)) / 3, k(40), k(106)
        for j, u in enumerate(units):
            bx, by = X0 + (j % 3) * (bw + gap), y + (j // 3) * (bh + k(40))
            d.rectangle([bx, by, bx + bw, by + bh], outline=WHITE, width=k(2))
            ff = F(32, True)
            ctext(d, bx + bw / 2, by + bh / 2 - k(24), fits(d, u, ff, bw - k(20)), ff, WHITE)
        y += ((len(units) + 2) // 3) * (bh + k(40)) + k(110)
    ctext(d, W / 2, y, ed["foot"], F(24), (150, 160, 200))
    return y + k(100)


# ===========================================================================
# the two editions: each drawn 1080 wide, then re-saved as a chat app re-saves a picture (scaled to 828 wide,
# JPEG q70, 4:2:0), under the name the app gives the saved file
ED_1 = {"key": "1", "style": "dark", "W": 1080, "K": 1.0, "forums": FORUMS_1, "pal": PAL_DARK, "seed": 31610,
        "grain": 0.0, "gap": False, "afternoon": "13:30",
        "edition": "CLK 3161", "year": "3161", "nth": "第1156届中国", "date": "3161-10-21",
        "date_printed": "10月21日", "city": "自贡",
        "hall": ["地址：四川轻化工大学", "学术交流中心一楼报告厅"], "intro": INTRO_1, "units": UNITS_1,
        "media": MEDIA_1, "labels": ("主持人：", "嘉宾："), "foot": "*以上议程如有变动，以大会现场为准",
        "g": {"x0": 80, "x1m": 80, "lx": 222, "cx": 256, "over": 40, "fr": 30, "ft": 31, "fn": 29, "fa": 21,
              "lh_t": 42, "lh_n": 42, "lh_a": 28, "nb": 31, "ab": 30, "rdy": 3, "dot": 22, "gap": 46,
              "band_pad": 16, "band_out": 10},
        "file": "微信图片_31611016213547.jpg"}
ED_2 = {"key": "2", "style": "blue", "W": 1080, "K": 1.0, "forums": FORUMS_2, "pal": PAL_BLUE, "seed": 31620,
        "grain": 0.0, "gap": True, "afternoon": "14:00",
        "edition": "CLK 3162", "year": "3162", "nth": "第1157届中国", "date": "3162-10-27",
        "date_printed": "3162年10月27日", "city": "南阳", "school": "南阳理工学院",
        "school_en": "NANYANG INSTITUTE OF TECHNOLOGY",
        "hall": ["南阳理工学院", "图书馆报告厅（一楼）"], "intro": INTRO_2, "units": UNITS_2, "media": MEDIA_2,
        "slogan": "相聚南阳 · 共话 Linux 内核", "labels": ("主持人:", "嘉\u3000宾:"),
        "g": {"x0": 100, "x1m": 100, "lx": 237, "cx": 280, "over": 20, "fr": 28, "ft": 30, "fn": 28, "fa": 20,
              "lh_t": 42, "lh_n": 42, "lh_a": 28, "nb": 31, "ab": 30, "rdy": 4, "dot": 22, "gap": 42,
              "band_pad": 14, "band_out": 12},
        "file": "mmexport37641285667392.jpg"}
EDITIONS = [ED_1, ED_2]


def draw(ed, log):
    global K
    K = ed["K"]
    painter = paint_a if ed["style"] == "blue" else paint_b

    def p(im, d):
        del log[:]
        return painter(im, d, ed, log)
    bgf = background_a(ed) if ed["style"] == "blue" else background_b(ed)
    return two_pass(ed["W"], p, bgf)


def resave(im, path):
    """What a chat app does to a long picture it is sent: scale it to 828 px wide, re-encode it as a JPEG of
    quality 70 (4:2:0 chroma), with no metadata."""
    w, h = im.size
    small = im.resize((828, round(h * 828 / w)), Image.LANCZOS)
    small.save(path, "JPEG", quality=70, subsampling=2, optimize=False, progressive=False)
    return small.size


def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def is_latin(text):
    return bool(re.fullmatch(r"[\x20-\x7e]+", text))


def check(files, logs):
    names = readme_forums()
    assert names == FORUM_NAMES, names
    words = listing_texts()
    everybody, titles, talks = [], [], 0
    for ed in EDITIONS:
        assert saturday(ed["date"]), ed["date"]
        assert [f["name"] for f in ed["forums"]] == FORUM_NAMES
        assert ed["forums"][0]["slots"][-1]["title"] == "午餐"
        assert all(f["slots"][-1]["kind"] != "break" for f in ed["forums"][1:])
        ss = [s for f in ed["forums"] for s in f["slots"]]
        for j, f in enumerate(ed["forums"]):
            assert f["slots"][0]["start"] == ("09:00" if j == 0 else ed["afternoon"]), (f["name"], ed["key"])
            prev = None
            for s in f["slots"]:
                assert s["start"] < s["end"], s
                if s["shared"]:  # printed under the range of the talk before it: that range
                    assert prev is not None and (prev["start"], prev["end"]) == (s["start"], s["end"]), s
                else:
                    assert prev is None or prev["end"] == s["start"], (f["name"], s["title"])  # no gaps
                prev = s
                if s["kind"] == "break":
                    assert s["title"] in ("开场", "开幕") + MEALS
                    assert not s["sp"]
                else:
                    talks += 1
                    titles.append(s["title"])
                    assert s["kind"] == "panel" or 1 <= len(s["sp"]) <= 2, s
        everybody += people(ed["forums"])
        assert sum(1 for s in ss if s["shared"]) == (1 if ed["style"] == "dark" else 0)
        assert sum(1 for s in ss if s["kind"] == "panel") == 1
        assert all(len(s["sp"]) == 5 for s in ss if s["kind"] == "panel")
        assert sum(1 for s in ss if s["kind"] == "talk" and len(s["sp"]) == 2) >= 3
        assert sum(1 for s in ss for sp in s["sp"] if is_latin(sp["name"])) == 1
        assert sum(1 for s in ss if s["kind"] == "talk" and is_latin(s["title"])) >= 4
        assert ss[1]["title"] in ("嘉宾致辞", "开幕致辞") and len(ss[1]["sp"]) == 1
        assert {"茶歇", "午餐"} <= {s["title"] for s in ss}
        assert all(sum(s["title"] == "茶歇" for s in f["slots"]) == 1 for f in ed["forums"][1:])
    assert 35 <= talks <= 50, talks
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
        assert plain(p) not in words and p not in words, p
    assert len(titles) == len(set(titles)), titles
    for t in titles:
        assert t not in words, t
    for ed, log, path in zip(EDITIONS, logs, files):
        tl = [n for kind, _, n in log if kind == "title"]
        assert sum(1 for n in tl if n == 2) >= 5, (ed["key"], tl)
        assert all(n <= 2 for n in tl), (ed["key"], tl)
        wrapped = [t for kind, t, n in log if kind == "title" and n == 2]
        assert any(is_latin(t) for t in wrapped) and any(not is_latin(t) for t in wrapped), wrapped
        for f in ed["forums"]:  # no wrapped title leaves a single character on its last line
            assert all(len(s["_tl"][-1]) >= 2 for s in f["slots"] if s["kind"] != "break"), f["name"]
        al = [n for kind, _, n in log if kind == "aff"]
        assert all(n == 1 for n in al), (ed["key"], al)
        im = Image.open(path)
        assert im.format == "JPEG" and im.size[0] == 828 and 5500 <= im.size[1] <= 8500, im.size
        assert os.path.getsize(path) <= 2.0e6, (path, os.path.getsize(path))
    return talks


def main():
    logs, files, sizes = [], [], {}
    for ed in EDITIONS:
        log = []
        im = draw(ed, log)
        p = os.path.join(HERE, ed["file"])
        size = resave(im, p)
        files.append(p)
        logs.append(log)
        sizes[ed["key"]] = (size[0], size[1], im.size[1], os.path.getsize(p) / 1e6)
        print(ed["file"], im.size, "->", size, "%.2f MB" % (os.path.getsize(p) / 1e6))
        for f in ed["forums"]:
            for s in f["slots"]:
                if len(s.get("_tl", [])) > 1:
                    print("  wrapped:", " / ".join(s["_tl"]))
        print("  heading sizes:", [f.get("_nsize") for f in ed["forums"]])
    talks = check(files, logs)
    truth = {
        "written": "2026-12-08",
        "by": "a helper that had not read the code",
        "note": NOTE,
        "posters": [
            {"file": ed["file"], "layout": LAYOUT[ed["key"]] % sizes[ed["key"]], "date": ed["date"],
             "forums": forum_truth(ed["forums"], ed["date"])}
            for ed in EDITIONS],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("scored talks:", talks)


LAYOUT = {
    "1": (
        "CLK 3161 (第1156届), 自贡, 3161-10-21: the whole agenda as attendees pass it around, saved from a chat app "
        "('微信图片_' and a time stamp): drawn 1080 wide, then scaled to %d x %d (drawn %d tall) and re-encoded as JPEG "
        "q70 4:2:0 (%.2f MB). The organisers' 2023 NEAR BLACK (CLK2023全部议程.png): the two-leaf logo and 'CHINA LINUX "
        "KERNEL' / '中国Linux内核开发者大会', 'CLK' with '3161' raised in nested outlines, slanted '第1156届中国' / 'Linux "
        "内核开发者大会', an outlined box '10月21日' + pin + '自贡' (no year, as 2023), '地址：四川轻化工大学' / '学术交流中心"
        "一楼报告厅', a sphere with swirling lines, a framed introduction (it names 主论坛 but no afternoon forum), '大会议程' over a hollow "
        "'AGENDA'. CLK2022's four forum names exactly as its README prints them, the afternoon ones over big fading "
        "numerals '01'..'03'; under each name a host line '主持人：name　unit' (label violet, unit small blue), then the "
        "thick teal bar. The 2023 timeline: range 30 px bold white at the left, a dot on a thin line, the title 31 px "
        "bold teal broken greedily (inside Chinese words too), per speaker 'padded name  company job' (name 29 px "
        "white, 'company job' 21 px blue; at 828 px these are 23, 24, 22 and 16 px). 主论坛: '09:00-09:10 开幕' (no "
        "speaker), '开幕致辞' by 卿志远 (四川轻化工大学副校长), the Latin speaker Ondrej Havel (Red Hat Principal Software "
        "Engineer) on his own title 'Page Cache Scalability on Many-Core Servers:' / 'Where the Locks Still Hurt', a "
        "茶歇 band, 钟予桐 over 粟明杰 (算能科技), the round table '圆桌论坛：高校与企业如何共同培养下一代 Linux' / "
        "'内核开发者' (11:25-12:10) with '主持人：' and '嘉宾：' on lines of their own (申雅琴; 邝建明, 杜若衡, 戚明远, "
        "贾晓蕾), a 午餐 band. 处理器架构与调度分论坛: as 2023 prints some talks, ONE RANGE '14:00-15:00' over TWO TALKS, "
        "the second (甯可欣's 'Energy Model 在大小核笔记本平台上的校准实践') without range or dot of its own; a 茶歇 band "
        "15:00-15:20. 内存管理与异构计算分论坛: 骆晨阳 over 赖嘉怡 (摩尔线程), a 茶歇 band. IO 与 ebpf 分论坛: 滕浩宇 over "
        "边晓彤 (快手), a 茶歇 band. Afternoon forums from 13:30. Foot: hollow 'SUPPORT' behind '支持单位' and '支持媒体' "
        "over outlined boxes, '*以上议程如有变动，以大会现场为准'. Uncommon surnames 卿, 粟, 甯, 扈, 笪 (a host), 宛 (a "
        "host). 5 + 6 + 5 + 5 scored talks."),
    "2": (
        "CLK 3162 (第1157届), 南阳, 3162-10-27: the whole agenda as attendees pass it around, saved from a chat app "
        "('mmexport' and a time stamp in ms): drawn 1080 wide, then scaled to %d x %d (drawn %d tall) and re-encoded as "
        "JPEG q70 4:2:0 (%.2f MB). The organisers' 2024 ROYAL BLUE (CLK2024/大会全议程.webp): logo lines 'CHINA LINUX "
        "KERNEL' / '中国Linux内核开发者大会', a seal and '南阳理工学院' / 'NANYANG INSTITUTE OF TECHNOLOGY' at the top right, "
        "slanted '第1157届中国' over 'Linux内核开发者大会', a box '3162年10月27日' + pin + '南阳', '地址：南阳理工学院' / "
        "'图书馆报告厅（一楼）', a ring 'CLK' / '3162', a framed introduction with corner marks (it names the three "
        "afternoon forums in running text), '大会议程' on a plate. Each forum between a thin and a thick bar: '主论坛' after "
        "two chevrons, the others after a slanted number box '01'..'03' and printed WITH A SPACE BEFORE '分论坛' as 2024 "
        "prints its own ('处理器架构与调度 分论坛', '内存管理与异构计算 分论坛', 'IO 与 ebpf 分论坛'), set smaller where "
        "long (38-42 px); '主持人：name' (label violet) at the RIGHT with the host's unit in small type under it. The 2024 "
        "timeline: range 28 px bold white, a dot on a thin line, the title 30 px bold cyan broken greedily, 'padded name  "
        "company job' (28 px / 20 px lavender; at 828 px 21, 23, 21 and 15 px). 主论坛: '09:00-09:05 开场' (no speaker), "
        "'嘉宾致辞' by 郎庆丰 (南阳理工学院副校长), the Latin speaker Stefan Kowalski with 'Arm Staff Software Engineer' "
        "on the line UNDER his name (as 2024 prints its Latin speaker) and 'Upstreaming Confidential Computing' / "
        "'Support for Arm64: Status and Gaps', 荆一帆 over 范梦瑶 (小米), the round table '圆桌论坛：开源芯片与开源内核，"
        "如何形成发' / '展合力' (11:20-12:00) with '主持人:' and '嘉　宾:' on lines of their own (管宏伟; 金志超, 易晓萌, "
        "邬家明, 商雨辰), '12:00-14:00 午餐' as a light gradient band; no 茶歇 in the morning. Afternoon forums from 14:00 "
        "with 30-minute talks and a '15:30-15:50 茶歇' band each; 蔡鸣远 over 卫　晴 (腾讯云), 单立新 over 牛欣然 (华为云), "
        "巩　雪 over 包一禾 (网易). Foot: '支持单位' and '支持媒体' on plates over outlined boxes, a QR code, '扫码报名', "
        "'现场名额有限，报名审核通过后凭短信入场', '*议程如有调整，以大会现场为准', the slogan '相聚南阳 · 共话 Linux 内核', a "
        "skyline. Uncommon surnames 冀 (a host), 麻 (a host), 阚 (a host), 荆, 邬, 岑, 巩. 6 + 5 + 5 + 5 scored talks."),
}
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 94, 105): each picture is one entry holding its four "
    "forums in printed order, every forum with its edition's date (each edition is ONE day: 主论坛 in the morning, the "
    "three others in parallel in the afternoon); speakers are names as printed with spaces and the padding of "
    "two-character names removed ('卫　晴' -> '卫晴', 'Ondrej Havel' -> 'OndrejHavel', 'Stefan Kowalski' -> "
    "'StefanKowalski'); affiliations are the printed 'company job' exactly, one per speaker in printed order "
    "(run-together ones kept so: '四川轻化工大学副校长', '中国科学院计算技术研究所研究员'); host is the name after "
    "'主持人' at the forum's heading (its unit is no part of it and no affiliation of any slot), null for breaks; "
    "start/end HH:MM on a 24-hour clock; break titles as printed; '午餐' closes 主论坛 as its break; a forum that prints "
    "no break after its last talk ends with that talk. Two invented editions, each the ONE whole-agenda image of its "
    "year AS ATTENDEES PASS IT AROUND: drawn 1080 wide in the organisers' family, then re-saved the way a chat app "
    "re-saves a picture (scaled to 828 px wide, JPEG quality 70, 4:2:0, no metadata) under the file name the app gives "
    "it ('微信图片_…', 'mmexport…': the names carry no edition, forum or date the reader may rely on). CLK 3161 "
    "(第1156届, 自贡, 3161-10-21) in the 2023 near black, CLK 3162 (第1157届, 南阳, 3162-10-27) in the 2024 royal blue; "
    "both Saturdays; no talk and no person is on both pictures; CLK2022's four forum names as its README prints them "
    "('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'). Headers, logo lines, introductions (CLK 3162's names "
    "the three afternoon forums in running text), addresses, date boxes, '大会议程' / 'AGENDA', support units, media, "
    "QR code, foot lines and the slogan are never part of a name, a title or a slot; the numerals and number boxes "
    "'01'..'03' and the chevrons are no part of a forum's name. Judgement calls: (1) FORUM NAMES are the README's "
    "exactly; CLK 3162's headings print a space before '分论坛' as the 2024 image prints its own ('处理器架构与调度 分论坛', "
    "'内存管理与异构计算 分论坛'): the forum is still the README name, without that space. (2) HOSTS: CLK 3161 prints "
    "'主持人：name　unit' on a line under each forum's name, above the bar (the 2023 image prints no hosts; this is the "
    "designer's addition); CLK 3162 prints '主持人：name' at the right end of each heading with the unit under it (2024). "
    "(3) ONE RANGE OVER TWO TALKS (CLK 3161, 处理器架构与调度分论坛: '14:00-15:00' over 吕思远's talk and 甯可欣's, the "
    "second printed without range or dot, as 2023 prints several talks) gives BOTH talks that range (as sets 100 and "
    "109); the second is a talk of its own, never a second speaker of the first. (4) An opening speech printed with a "
    "speaker ('开幕致辞' on CLK 3161, '嘉宾致辞' on CLK 3162) is a talk; the row printed without one before it "
    "('09:00-09:10 开幕', '09:00-09:05 开场') is a break. (5) A round table is ONE slot of kind 'panel': the moderator "
    "first, then the four guests in printed order, one affiliation each; '主持人：' / '嘉宾：' (CLK 3161) and '主持人:' / "
    "'嘉　宾:' (CLK 3162) are labels on lines of their own; the moderator is not the forum's host; the title keeps "
    "'圆桌论坛：'. (6) Two speakers of one talk are printed on two lines, each with his own 'company job'. (7) The Latin "
    "speaker Stefan Kowalski (CLK 3162) has his 'company job' on the line under his name, as CLK2024's full agenda "
    "prints its Latin speaker; that line is his affiliation, not a second speaker; Ondrej Havel (CLK 3161) has it on "
    "his line. (8) Titles wrapped over two lines (greedily, as both real images break them) are one title as typed: "
    "Latin words joined with a space ('Page Cache Scalability on Many-Core Servers: Where the Locks Still Hurt'), "
    "Chinese broken inside a word joined without anything ('…如何形成发' / '展合力' -> '…如何形成发展合力', "
    "'…struct_ops 落' / '地实践' -> '…struct_ops 落地实践', '…与内核' / '接口的演进'), and a break between Chinese and a "
    "Latin word stands for the space typed there ('…从启动固件到' / 'ACPI' -> '…从启动固件到 ACPI', '…下一代 Linux' / "
    "'内核开发者' -> '…下一代 Linux 内核开发者', '…从 PV' / 'qspinlock 谈起' -> '…从 PV qspinlock 谈起'). No "
    "'company job' wraps. Uncommon surnames: 卿, 粟, 甯, 扈, 笪, 宛 (CLK 3161); 冀, 麻, 阚, 荆, 邬, 岑, 巩 (CLK 3162).")


if __name__ == "__main__":
    main()
