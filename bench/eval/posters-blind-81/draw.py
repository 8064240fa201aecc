"""Draw the eighty-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a picture comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a text, never hash()).

Two invented editions of ONE image, the whole agenda that CLK2025's repository lists as
CLK2025全部议程.jpg (not in the corpus), with CLK2025's six forum folder names (主论坛,
内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛,
'AI 基础设施与 eBPF 应用分论坛'), drawn as the organisers' designer might have drawn it in
TABLE form, in the organisers' colours:
- CLK 2811 (第806届, 潍坊, Saturday 2811-10-22), JPEG q85, 1080 wide, the near-black 2023
  family: every forum a FOUR-COLUMN table 时间 | 议题 | 嘉宾 | 单位 (one line per speaker in
  嘉宾 and his unit level with it in 单位), the host over the table.
- CLK 2812 (第807届, 嘉兴, Saturday 2812-10-27), JPEG q85, 1242 wide, a light page under
  the royal-blue 2024 banner: every forum a THREE-COLUMN table 时间 | 议题 | 演讲嘉宾 with the
  'company job' line under each speaker's name, the host at the right of the forum heading.
"""
import datetime
import json
import os
import random
import re
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

# ---------------------------------------------------------------------------
# helpers copied unchanged from posters-blind-80/draw.py (which took them from set 71, and it from
# sets 66, 65, 62 and 59): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext,
# rtext, vgrad, grain, glow, qrcode, T, B, plain, S, aff, truth_slot, forum_truth, cup, bowl,
# logo_lines, seed_of, fits, MEALS, WHITE, saturday, pin, REAL_NAMES (extended by one name), rng_text,
# tint, hgrad_box, spaced, spaced_width, two_pass and listing_words.
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


def S(name, line):
    """A speaker as printed: the name and the 'company job' line exactly as the designer typed it."""
    return {"name": name, "line": line}


def aff(sp):
    return sp["line"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def forum_truth(name, date, slots):
    return {"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]}


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


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")
WHITE = (255, 255, 255)


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def pin(d, x, y, fill, k=1.0, hole=(40, 20, 110)):
    """A location pin (hole colour made a parameter here)."""
    d.ellipse([x, y, x + 20 * k, y + 20 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 13 * k), (x + 18 * k, y + 13 * k), (x + 10 * k, y + 28 * k)], fill=fill)
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=hole)


# names of real speakers and hosts read on the real posters (set 80's list, plus one name seen in this
# set's crops of CLK2023全部议程.png), none of which may be used
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "徐静波", "祝嘉", "张子扬",
              "郑琦", "宋牧春", "谢昱晟", "郭健", "彭志光", "司延腾", "殷锋卫", "谈鉴锋", "罗宏震", "伍勃", "李培锋"]

def rng_text(s, sep="-"):
    return s["start"] if s["end"] is None else s["start"] + sep + s["end"]


# ---------------------------------------------------------------------------
# shared painting helpers (set 80's, unchanged)
def tint(im, box, rgba, radius=0):
    """A translucent box on an RGB picture (skipped in the layout pass on the 8 px strip)."""
    x0, y0, x1, y1 = [int(round(v)) for v in box]
    if y0 >= im.size[1] or im.size[1] <= 8:
        return
    y1 = min(y1, im.size[1])
    region = im.crop((x0, y0, x1, y1)).convert("RGBA")
    lay = Image.new("RGBA", region.size, (0, 0, 0, 0))
    ImageDraw.Draw(lay).rounded_rectangle([0, 0, region.size[0] - 1, region.size[1] - 1], radius=radius, fill=rgba)
    im.paste(Image.alpha_composite(region, lay).convert("RGB"), (x0, y0))


def hgrad_box(im, box, c0, c1, radius=0):
    """A horizontal gradient inside a rounded box."""
    x0, y0, x1, y1 = [int(round(v)) for v in box]
    if im.size[1] <= 8:
        return
    w, h = x1 - x0, y1 - y0
    g = Image.new("RGB", (w, h))
    gd = ImageDraw.Draw(g)
    for x in range(w):
        t = x / max(1, w - 1)
        gd.line([(x, 0), (x, h)], fill=tuple(int(c0[i] + (c1[i] - c0[i]) * t) for i in range(3)))
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, w - 1, h - 1], radius=radius, fill=255)
    im.paste(g, (x0, y0), mask)


def spaced(d, x, y, text, f, fill, gap):
    """Letter-spaced text (English tags)."""
    for ch in text:
        d.text((x, y), ch, font=f, fill=fill)
        x += tw(d, ch, f) + gap if ch != " " else f.size * 0.35 + gap
    return x


def spaced_width(d, text, f, gap):
    return sum((tw(d, ch, f) if ch != " " else f.size * 0.35) + gap for ch in text) - gap


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def listing_words():
    """Everything in the four real repositories' path listings and CLK2022's README, if the corpus is here."""
    root = "/work/shared/corpus"
    text = ""
    for n in ("2022", "2023", "2024", "2025"):
        p = os.path.join(root, "listings", "CLK%s.tsv" % n)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as fh:
                text += "\n".join(ln.split("\t")[0] for ln in fh)
    p = os.path.join(root, "years", "CLK2022", "README.md")
    if os.path.exists(p):
        with open(p, encoding="utf-8") as fh:
            text += fh.read()
    return text



# ---------------------------------------------------------------------------
# the data: every string printed in an agenda (new here)
FORUM_NAMES = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
               "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]


def P(start, end, title, moderator, guests, host):
    """A round table: its speakers are the moderator, then the guests in printed order."""
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "mod": moderator, "guests": guests, "host": host}


# CLK 2811: the 单位 column holds the unit only, as the designer typed it
A = {
    "edition": "CLK 2811", "year": "2811", "nth": "第806届", "date": "2811-10-22",
    "date_printed": "10月22日", "city": "潍坊", "school": "潍坊学院", "college": "计算机工程学院",
    "hall": "潍坊学院 图书馆学术报告厅",
    "file": "clk2811-weifang-dark-four-column-tables-1080-q85.jpg",
    "forums": [
        ("主论坛", "郦建平", "潍坊学院计算机工程学院 院长", [
            T("09:00", "09:10", "开幕致辞", [S("王立新", "潍坊学院")], "郦建平"),
            T("09:10", "09:50", "openEuler 内核十年：多架构统一内核的工程实践", [S("卞海涛", "华为")], "郦建平"),
            T("09:50", "10:30", "Toward a Sustainable Maintainer Model for the Linux Kernel",
              [S("Tobias Lindgren", "SUSE")], "郦建平"),
            B("10:30", "10:45", "茶歇"),
            T("10:45", "11:25", "面向 CXL 内存池的内核支持：从原型到量产",
              [S("卓文杰", "浪潮信息"), S("宓思远", "中国科学院计算技术研究所处理器芯片全国重点实验室")], "郦建平"),
            P("11:25", "12:10", "圆桌论坛：国产基础软件的内核人才从哪里来", S("笪立群", "潍坊学院"),
              [S("何建伟", "字节跳动"), S("赵佳宁", "腾讯云"), S("吕国栋", "统信软件"), S("叶文静", "OPPO")], "郦建平"),
            B("12:10", "13:30", "午餐"),
        ]),
        ("内存管理与优化分论坛", "戚振华", "字节跳动", [
            T("13:30", "14:00", "基于 DAMON 的冷页识别与主动回收调优", [S("蒋宇航", "腾讯")], "戚振华"),
            T("14:00", "14:30", "Memory Tiering with CXL: Promotion Policies That Actually Work",
              [S("龚雪", "英特尔")], "戚振华"),
            T("14:30", "15:00", "大页映射下 page_table_check 的开销分析与优化", [S("陶明", "OPPO")], "戚振华"),
            B("15:00", "15:20", "茶歇"),
            T("15:20", "15:50", "slab 分配器在高并发网络场景下的锁争用优化", [S("方立恒", "美团")], "戚振华"),
        ]),
        ("文件系统与存储分论坛", "訾国强", "华中科技大学", [
            T("13:30", "14:10", "XFS 在线修复（online fsck）的落地与验证", [S("邱俊", "阿里云")], "訾国强"),
            T("14:10", "14:50", "NVMe-oF over RDMA 多路径故障切换的优化实践", [S("范晓光", "京东云")], "訾国强"),
            B("14:50", "15:10", "茶歇"),
            T("15:10", "15:50", "Btrfs RAID1 读负载均衡策略的改进", [S("简一鸣", "西部数据")], "訾国强"),
        ]),
        ("调度、性能与调试分论坛", "侯建军", "麒麟软件", [
            T("13:30", "14:00", "sched_ext 在数据库负载上的调度策略探索", [S("廖思远", "蚂蚁集团")], "侯建军"),
            T("14:00", "14:30", "Tracing Lock Contention at Scale with perf and BPF", [S("夏宁", "字节跳动")], "侯建军"),
            T("14:30", "15:00", "kdump 在 TB 级内存机器上的转储加速", [S("邓婉清", "浪潮信息")], "侯建军"),
            B("15:00", "15:20", "茶歇"),
            T("15:20", "15:50", "PREEMPT_RT 主线化后的工业控制实时性评测", [S("付嘉豪", "中国科学院软件研究所")], "侯建军"),
        ]),
        ("硬件架构与异构计算分论坛", "曹立峰", "龙芯中科", [
            T("13:30", "14:10", "LoongArch 平台的 ACPI 与电源管理适配", [S("尹志刚", "龙芯中科")], "曹立峰"),
            T("14:10", "14:50", "Arm CCA Realm 虚拟机的 Linux 支持现状", [S("冯凯", "安谋科技")], "曹立峰"),
            B("14:50", "15:10", "茶歇"),
            T("15:10", "15:50", "RISC-V AIA 中断控制器驱动的实现与调优", [S("熊婧", "平头哥半导体")], "曹立峰"),
            T("15:50", "16:30", "NPU 驱动的统一内存管理：基于 HMM 的实践", [S("郑浩然", "寒武纪")], "曹立峰"),
        ]),
        ("AI 基础设施与 eBPF 应用分论坛", "万晓峰", "腾讯云", [
            T("13:30", "14:10", "大模型训练集群中 RDMA 网络的内核态可观测性", [S("沈嘉伟", "百度")], "万晓峰"),
            T("14:10", "14:50", "Using eBPF to Tame GPU Memory Oversubscription in Inference Servers",
              [S("施晓彤", "快手")], "万晓峰"),
            B("14:50", "15:10", "茶歇"),
            T("15:10", "15:50", "基于 eBPF 的容器网络策略加速", [S("罗文斌", "小红书")], "万晓峰"),
            T("15:50", "16:30", "推理服务冷启动：page cache 预热与 io_uring 的结合", [S("傅雨桐", "商汤科技")], "万晓峰"),
        ]),
    ],
}

# CLK 2812: the 'company job' line under each name, as the designer typed it
B2 = {
    "edition": "CLK 2812", "year": "2812", "nth": "第807届", "date": "2812-10-27",
    "date_printed": "2812年10月27日", "city": "嘉兴", "school": "嘉兴学院", "college": "信息科学与工程学院",
    "hall": ["嘉兴学院梁林校区", "学术交流中心报告厅"],
    "file": "clk2812-jiaxing-light-royal-speaker-cell-1242-q85.jpg",
    "forums": [
        ("主论坛", "沈丽娟", "嘉兴学院信息科学与工程学院 副院长", [
            T("09:00", "09:10", "开幕致辞", [S("陆国华", "嘉兴学院 副校长")], "沈丽娟"),
            T("09:10", "09:50", "从 LTS 到 CIP：超长期支持内核的维护之道", [S("唐振宇", "麒麟软件 首席架构师")], "沈丽娟"),
            T("09:50", "10:30", "Rust in the Linux Kernel: Where the Drivers Are Heading",
              [S("Mateus Oliveira", "Canonical Kernel Engineer")], "沈丽娟"),
            B("10:30", "10:45", "茶歇"),
            T("10:45", "11:25", "DPU 卸载下的内核网络栈重构",
              [S("常海波", "移动云 内核研发工程师"), S("卢晓雯", "移动云 网络架构师")], "沈丽娟"),
            T("11:25", "12:05", "面向 RISC-V 的内核自动化测试平台建设",
              [S("章明华", "中国科学院软件研究所智能软件研究中心 副研究员")], "沈丽娟"),
            B("12:05", "13:30", "午餐"),
        ]),
        ("内存管理与优化分论坛", "郝志明", "vivo 内存技术专家", [
            T("13:30", "14:10", "内存 cgroup v2 在手机前后台切换中的保活策略", [S("钟思琪", "荣耀 内核工程师")], "郝志明"),
            T("14:10", "14:50", "Page Cache Limits for Multi-Tenant Containers: Design and Trade-offs",
              [S("岳子涵", "华为云 高级工程师")], "郝志明"),
            B("14:50", "15:10", "茶歇"),
            T("15:10", "15:50", "KSM 在虚拟机高密部署中的去重收益评估", [S("任佳琪", "天翼云 内核开发工程师")], "郝志明"),
            T("15:50", "16:30", "vmalloc 路径的可扩展性优化", [S("桂鹏飞", "阿里云 内核技术专家")], "郝志明"),
        ]),
        ("文件系统与存储分论坛", "孔令杰", "三星半导体 存储技术总监", [
            T("13:30", "14:10", "NFS 客户端在 AI 训练读取场景下的性能调优", [S("潘俊杰", "快手 存储工程师")], "孔令杰"),
            T("14:10", "14:50", "ext4 fast commit 的一致性验证", [S("殷晓燕", "腾讯 TencentOS 文件系统工程师")], "孔令杰"),
            B("14:50", "15:10", "茶歇"),
            T("15:10", "15:50", "Copy Offload for NVMe: Bringing Simple Copy to the Block Layer",
              [S("易博", "Solidigm 软件工程师")], "孔令杰"),
            T("15:50", "16:30", "bcachefs 的现状与生产可用性评估", [S("车文亮", "统信软件 文件系统工程师")], "孔令杰"),
        ]),
        ("调度、性能与调试分论坛", "黎永康", "阿里云 资深技术专家", [
            T("13:30", "14:00", "cgroup CPU 带宽控制下的尾延迟问题分析", [S("谷雨萌", "美团 基础架构工程师")], "黎永康"),
            T("14:00", "14:30", "ftrace 环形缓冲区持久化：重启后保留追踪数据", [S("房俊", "华为 内核调试专家")], "黎永康"),
            T("14:30", "15:00", "Perf Sampling on Hybrid CPUs: Pitfalls and Fixes", [S("尚宏", "AMD 高级软件工程师")], "黎永康"),
            B("15:00", "15:20", "茶歇"),
            T("15:20", "15:50", "soft lockup 根因的自动化定位", [S("阎佳慧", "字节跳动 稳定性工程师")], "黎永康"),
        ]),
        ("硬件架构与异构计算分论坛", "闵杰", "海光信息 系统软件部总监", [
            T("13:30", "14:10", "海光 CSV 机密虚拟机的内核支持", [S("黄思哲", "海光信息 系统软件工程师")], "闵杰"),
            T("14:10", "14:50", "ARM64 SME 扩展与内核上下文切换开销", [S("吉晓峰", "飞腾信息 内核工程师")], "闵杰"),
            B("14:50", "15:10", "茶歇"),
            T("15:10", "15:50", "Heterogeneous Memory for Accelerators: DMA-BUF Heaps Revisited",
              [S("汤嘉文", "摩尔线程 驱动架构师")], "闵杰"),
        ]),
        ("AI 基础设施与 eBPF 应用分论坛", "贝文彬", "蚂蚁集团 基础设施专家", [
            T("13:30", "14:10", "基于 eBPF 的推理服务请求级延迟追踪", [S("柯晓东", "小米 系统工程师")], "贝文彬"),
            T("14:10", "14:50", "GPU 直通设备在训练集群中的热迁移探索", [S("宗丽", "字节跳动 虚拟化工程师")], "贝文彬"),
            B("14:50", "15:10", "茶歇"),
            T("15:10", "15:50", "BPF Token 与非特权 eBPF 的安全边界", [S("严子墨", "奇安信 安全研究员")], "贝文彬"),
            P("15:50", "16:40", "圆桌对话：AI 基础设施需要怎样的操作系统内核", S("邵冬梅", "浙江大学 副教授"),
              [S("牛宏伟", "百度 系统部架构师"), S("魏思彤", "阿里云 PAI 平台内核专家"),
               S("钱一凡", "上海人工智能实验室 研究员"), S("蔡文博", "华为 昇腾计算内核专家")], "贝文彬"),
        ]),
    ],
}

INTRO = ("CLK 即“中国 Linux 内核开发者大会”，自 2006 年起每年举办一届，由国内高校、科研院所与众多企业共同发起，"
         "以“自由、协作、创新”为理念，以推广开源技术、促进 Linux 内核开发者相互交流为使命，"
         "每届线下参会者逾五百人。本届大会由%s承办，诚邀广大 Linux 内核开发者和爱好者参会。")


# ---------------------------------------------------------------------------
# CLK 2811: the near-black 2023 family, 1080 wide, four-column tables (new here)
W_A = 1080
NIGHT = (3, 10, 25)
TEAL = (0, 236, 222)
BLUE_A = (64, 148, 255)
VIOLET = (150, 70, 255)
GRID_A = (34, 66, 128)
BAND_A = (12, 42, 104)
COLS_A = [168, 402, 160, 270]  # 时间 | 议题 | 嘉宾 | 单位
XS_A = [40]
for _w in COLS_A:
    XS_A.append(XS_A[-1] + _w)
PADX_A, PADY_A = 14, 20
TIME_A, TITLE_A, TLH_A = 22, 24, 35
NAME_A, UNIT_A, SLH_A, LAB_A = 22, 19, 31, 27


def a_background(w, h):
    im = Image.new("RGB", (w, h), NIGHT)
    # neon streaks of the 2023 image: a few glowing elliptic arcs across the head
    lay = Image.new("RGB", (w, 1500), (0, 0, 0))
    ld = ImageDraw.Draw(lay)
    rnd = random.Random(2811)
    for k in range(9):
        col = VIOLET if k % 3 else TEAL
        cx, cy = 760 + rnd.randrange(-60, 60), 760 + rnd.randrange(-40, 40)
        rx, ry = 520 + 30 * k, 130 + 12 * k
        ld.arc([cx - rx, cy - ry, cx + rx, cy + ry], 190 + 4 * k, 350 - 3 * k,
               fill=tuple(int(c * (0.55 + 0.05 * (k % 4))) for c in col), width=3)
    soft = lay.filter(ImageFilter.GaussianBlur(6))
    head = ImageChops.screen(ImageChops.screen(im.crop((0, 0, w, 1500)), soft), lay)
    im.paste(head, (0, 0))
    # a dark sphere with a rim light, as in the 2023 header
    d = ImageDraw.Draw(im)
    for r in range(150, 0, -3):
        t = r / 150
        d.ellipse([860 - r, 700 - r, 860 + r, 700 + r],
                  fill=(int(20 + 60 * (1 - t) * 0.3), int(12 + 30 * (1 - t)), int(60 + 120 * (1 - t))))
    d.arc([710, 550, 1010, 850], 200, 340, fill=(150, 120, 255), width=4)
    im = glow(im, 860, 700, 260, VIOLET, 0.35)
    im = glow(im, 120, 300, 220, (0, 120, 160), 0.25)
    im = glow(im, 980, h - 900, 300, (60, 30, 160), 0.30)
    return grain(im, 28111, 0.006)


def a_header(im, d):
    logo_lines(d, 40, 42, WHITE, TEAL)
    # 'CLK' with the year raised beside it, in nested outlines
    for k in range(4):
        d.rounded_rectangle([642 - 12 * k, 36 - 8 * k, 1036 + 4 * k, 150 + 8 * k], radius=26 + 6 * k,
                            outline=(40 + 14 * k, 60 + 10 * k, 110 + 12 * k), width=2)
    d.text((676, 40), "CLK", font=font(88, True), fill=(230, 236, 255))
    d.text((876, 46), A["year"], font=font(32, True), fill=WHITE)
    y = 230
    for line, size in (("第806届中国", 78), ("Linux内核开发者大会", 74)):
        fb = font(size, True)
        d.text((44 + 4, y + 4), line, font=fb, fill=VIOLET)
        d.text((44, y), line, font=fb, fill=WHITE)
        y += size + 26
    assert A["nth"] + "中国" == "第806届中国"
    y += 24
    f = font(30, True)
    x = 48
    wd = tw(d, A["date_printed"], f) + 70 + tw(d, A["city"], f) + 60
    d.rectangle([x, y, x + wd, y + 56], outline=WHITE, width=2)
    d.text((x + 22, y + 8), A["date_printed"], font=f, fill=WHITE)
    px = x + 22 + tw(d, A["date_printed"], f) + 26
    pin(d, px, y + 13, WHITE, 1.0, hole=NIGHT)
    d.text((px + 30, y + 8), A["city"], font=f, fill=WHITE)
    y += 56 + 40
    d.text((48, y), "地址：" + A["hall"], font=font(32, True), fill=WHITE)
    y += 130
    # the introduction in a dark frame
    fi = font(21)
    lines = wrap(d, INTRO % A["school"], fi, 880)
    hh = 48 + len(lines) * 38 + 30
    tint(im, (60, y, 1020, y + hh), (0, 8, 30, 200))
    d.rectangle([60, y, 1020, y + hh], outline=(60, 90, 160), width=1)
    yy = y + 48
    for ln in lines:
        d.text((100, yy), ln, font=fi, fill=(220, 228, 245))
        yy += 38
    y += hh + 120
    # 大会议程 over a hollow AGENDA
    fa = font(92, True)
    ctext(d, W_A / 2, y + 18, "AGENDA", fa, NIGHT)
    d.text((W_A / 2 - tw(d, "AGENDA", fa) / 2, y + 18), "AGENDA", font=fa, fill=NIGHT, stroke_width=2,
           stroke_fill=(0, 150, 150))
    ctext(d, W_A / 2 + 3, y + 3, "大会议程", font(60, True), VIOLET)
    ctext(d, W_A / 2, y, "大会议程", font(60, True), WHITE)
    return y + 200


def a_forum_head(im, d, y, num, name, host, unit):
    if num:
        fnum = font(108, True)
        d.text((40, y - 20), num, font=fnum, fill=(0, 92, 104))
        y += 52
    d.text((44, y), name, font=font(44, True), fill=WHITE)
    y += 78
    d.rectangle([40, y, 1040, y + 14], fill=TEAL)
    y += 14 + 26
    fl, fh, fu = font(24, True), font(24, True), font(20)
    d.text((44, y), "主持人：", font=fl, fill=TEAL)
    x = 44 + tw(d, "主持人：", fl)
    d.text((x, y), host, font=fh, fill=WHITE)
    x += tw(d, host, fh) + 22
    d.text((x, y + 4), fits(d, unit, fu, 1040 - x), font=fu, fill=BLUE_A)
    return y + 58


def a_table_head(im, d, y):
    h = 52
    if im.size[1] > 8:
        d.rectangle([XS_A[0], y, XS_A[-1], y + h], fill=(0, 196, 186))
    f = font(23, True)
    for i, lab in enumerate(("时间", "议题", "嘉宾", "单位")):
        ctext(d, (XS_A[i] + XS_A[i + 1]) / 2, y + 9, lab, f, NIGHT)
    return y + h


def a_entries(d, s):
    """The 嘉宾 / 单位 block: a list of (kind, name lines, unit lines, height)."""
    fn, fu = font(NAME_A, True), font(UNIT_A)
    wn, wu = COLS_A[2] - 2 * PADX_A, COLS_A[3] - 2 * PADX_A
    out = []

    def entry(sp):
        nl, ul = wrap(d, sp["name"], fn, wn), wrap(d, sp["line"], fu, wu)
        out.append(("sp", nl, ul, max(len(nl), len(ul)) * SLH_A))

    if s["kind"] == "panel":
        out.append(("label", ["主持"], [], LAB_A))
        entry(s["mod"])
        out.append(("label", ["嘉宾"], [], LAB_A))
        for sp in s["guests"]:
            entry(sp)
    else:
        for sp in s["sp"]:
            entry(sp)
    return out


def a_row(im, d, y, s, i, log):
    fr = font(TIME_A, True)
    if s["kind"] == "break":
        h = 62
        tint(im, (XS_A[0], y, XS_A[-1], y + h), BAND_A + (255,))
        ctext(d, (XS_A[0] + XS_A[1]) / 2, y + h / 2 - 16, rng_text(s), fr, WHITE)
        f = font(26, True)
        cx = (XS_A[1] + XS_A[-1]) / 2
        total = 44 + tw(d, s["title"], f)
        x = cx - total / 2
        (cup if s["title"] == "茶歇" else bowl)(d, x, y + h / 2 - 17, TEAL, 1.0)
        d.text((x + 44, y + h / 2 - 19), s["title"], font=f, fill=TEAL)
        d.line([(XS_A[1], y), (XS_A[1], y + h)], fill=GRID_A, width=1)
        d.line([(XS_A[0], y + h), (XS_A[-1], y + h)], fill=GRID_A, width=1)
        return y + h
    ft = font(TITLE_A, True)
    lines = wrap(d, s["title"], ft, COLS_A[1] - 2 * PADX_A)
    log["titles"].append((s["title"], len(lines)))
    ents = a_entries(d, s)
    for kind, nl, ul, _ in ents:
        if kind == "sp":
            log["names"].append((nl, ul))
    gap = 6
    sh = sum(e[3] for e in ents) + gap * (len(ents) - 1)
    th = len(lines) * TLH_A
    h = max(th, sh, 30) + 2 * PADY_A
    if i % 2:
        tint(im, (XS_A[0], y, XS_A[-1], y + h), (255, 255, 255, 12))
    ctext(d, (XS_A[0] + XS_A[1]) / 2, y + h / 2 - 16, rng_text(s), fr, WHITE)
    yy = y + (h - th) / 2
    for ln in lines:
        d.text((XS_A[1] + PADX_A, yy), ln, font=ft, fill=TEAL)
        yy += TLH_A
    fn, fu, fl = font(NAME_A, True), font(UNIT_A), font(18, True)
    yy = y + (h - sh) / 2
    for kind, nl, ul, eh in ents:
        if kind == "label":
            d.text((XS_A[2] + PADX_A, yy + 2), nl[0], font=fl, fill=TEAL)
        else:
            ny = yy + (eh - len(nl) * SLH_A) / 2
            for ln in nl:
                d.text((XS_A[2] + PADX_A, ny), ln, font=fn, fill=WHITE)
                ny += SLH_A
            uy = yy + (eh - len(ul) * SLH_A) / 2
            for ln in ul:
                d.text((XS_A[3] + PADX_A, uy + 3), ln, font=fu, fill=BLUE_A)
                uy += SLH_A
        yy += eh + gap
    for x in XS_A[1:-1]:
        d.line([(x, y), (x, y + h)], fill=GRID_A, width=1)
    d.line([(XS_A[0], y + h), (XS_A[-1], y + h)], fill=GRID_A, width=1)
    return y + h


def a_foot(im, d, y):
    fa = font(70, True)
    d.text((W_A / 2 - tw(d, "SUPPORT", fa) / 2, y), "SUPPORT", font=fa, fill=NIGHT, stroke_width=2,
           stroke_fill=(70, 50, 140))
    ctext(d, W_A / 2, y + 16, "支持单位", font(48, True), WHITE)
    y += 130
    units = ["华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "龙芯中科", "统信软件", "麒麟软件",
             "蚂蚁集团", "openEuler", "OpenAnolis"]
    bw, bh, gap = 300, 76, 24
    for k, u in enumerate(units):
        r, c = divmod(k, 3)
        x = W_A / 2 - (3 * bw + 2 * gap) / 2 + c * (bw + gap)
        yy = y + r * (bh + gap)
        d.rectangle([x, yy, x + bw, yy + bh], fill=(250, 250, 252))
        ctext(d, x + bw / 2, yy + 16, u, font(30, True), (20, 24, 40))
    y += 4 * (bh + gap) + 80
    d.text((W_A / 2 - tw(d, "MEDIA", fa) / 2, y), "MEDIA", font=fa, fill=NIGHT, stroke_width=2,
           stroke_fill=(70, 50, 140))
    ctext(d, W_A / 2, y + 16, "支持媒体", font(48, True), WHITE)
    y += 130
    media = ["CSDN", "开源中国", "InfoQ", "51CTO", "Linux 中国", "开源江湖"]
    for k, u in enumerate(media):
        r, c = divmod(k, 3)
        x = W_A / 2 - (3 * bw + 2 * gap) / 2 + c * (bw + gap)
        yy = y + r * (bh + gap)
        d.rectangle([x, yy, x + bw, yy + bh], outline=(200, 205, 220), width=2)
        ctext(d, x + bw / 2, yy + 16, u, font(30, True), WHITE)
    y += 2 * (bh + gap) + 70
    qrcode(d, W_A / 2 - 130, y, 260, seed_of(A["edition"]))
    y += 290
    ctext(d, W_A / 2, y, "扫码报名", font(40, True), WHITE)
    ctext(d, W_A / 2, y + 64, "现场名额有限，先到先得", font(24), (190, 200, 225))
    ctext(d, W_A / 2, y + 104, "*议程以大会当天为准", font(22), (150, 160, 190))
    return y + 200


def a_paint(im, d, log):
    y = a_header(im, d)
    for k, (name, host, unit, slots) in enumerate(A["forums"]):
        y = a_forum_head(im, d, y, "%02d" % k if k else "", name, host, unit)
        top = y
        y = a_table_head(im, d, y)
        for i, s in enumerate(slots):
            y = a_row(im, d, y, s, i, log)
        d.rectangle([XS_A[0], top, XS_A[-1], y], outline=(60, 110, 200), width=2)
        y += 120
    return a_foot(im, d, y)


# ---------------------------------------------------------------------------
# CLK 2812: a light page under the royal-blue 2024 banner, 1242 wide, three-column tables (new here)
W_B = 1242
ROYAL = (22, 72, 230)
ROYAL2 = (40, 120, 255)
CYAN = (90, 230, 255)
INK = (18, 32, 86)
GREY = (96, 110, 140)
PINK = (214, 60, 200)
BODY = (240, 245, 255)
GRID_B = (196, 212, 244)
BANNER_H = 980
COLS_B = [200, 566, 380]  # 时间 | 议题 | 演讲嘉宾
XS_B = [48]
for _w in COLS_B:
    XS_B.append(XS_B[-1] + _w)
PADX_B, PADY_B = 18, 22
TIME_B, TITLE_B, TLH_B = 25, 27, 40
NAME_B, JOB_B, NLH_B, JLH_B, LAB_B = 26, 21, 36, 30, 32


def b_background(w, h):
    im = Image.new("RGB", (w, h), BODY)
    top = vgrad(w, BANNER_H, (10, 40, 190), (30, 100, 250))
    im.paste(top, (0, 0))
    d = ImageDraw.Draw(im)
    rnd = random.Random(2812)
    for _ in range(40):  # light streaks and sparks of the 2024 banner
        x, y = rnd.randrange(0, w), rnd.randrange(0, BANNER_H - 200)
        ln = rnd.randrange(30, 160)
        d.line([(x, y), (x + ln, y - ln // 3)], fill=(70, 140, 255), width=2)
    for _ in range(60):
        x, y = rnd.randrange(600, w), rnd.randrange(80, 700)
        d.rectangle([x, y, x + 3, y + 3], fill=(150, 200, 255))
    # the ring graphic at the right
    cx, cy = 1000, 560
    for k in range(6):
        rx, ry = 120 + 34 * k, 60 + 17 * k
        d.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], outline=(90 + 15 * k, 170, 255), width=3 if k % 2 else 2)
    im = glow(im, cx, cy, 260, (60, 200, 255), 0.45)
    im = glow(im, 200, 220, 220, (90, 60, 255), 0.25)
    d = ImageDraw.Draw(im)
    # the banner's lower edge, a shallow curve into the light body
    pts = [(x, BANNER_H - 60 + 40 * ((x - w / 2) / (w / 2)) ** 2) for x in range(0, w + 1, 6)]
    d.polygon(pts + [(w, BANNER_H + 10), (0, BANNER_H + 10)], fill=BODY)
    d.rectangle([0, h - 110, w, h], fill=ROYAL)
    return grain(im, 28121, 0.004)


def b_header(im, d):
    logo_lines(d, 48, 48, WHITE, CYAN, 1.15)
    rtext(d, 1194, 48, B2["school"], font(38, True), WHITE)
    rtext(d, 1194, 100, B2["college"], font(22), (200, 220, 255))
    # the ring's text
    ctext(d, 1000, 470, B2["year"], font(30, True), WHITE)
    ctext(d, 1000, 506, "CLK", font(74, True), WHITE)
    y = 250
    for line, size, col in (("第807届中国", 92, WHITE), ("Linux内核开发者大会", 84, (205, 240, 255))):
        d.text((56, y), line, font=font(size, True), fill=col)
        y += size + 34
    assert B2["nth"] + "中国" == "第807届中国"
    y += 40
    f = font(32, True)
    wd = tw(d, B2["date_printed"], f) + 64 + tw(d, B2["city"], f) + 70
    d.rounded_rectangle([56, y, 56 + wd, y + 66], radius=10, fill=WHITE, outline=CYAN, width=3)
    d.text((84, y + 11), B2["date_printed"], font=f, fill=ROYAL)
    px = 84 + tw(d, B2["date_printed"], f) + 24
    pin(d, px, y + 18, ROYAL, 1.05, hole=WHITE)
    d.text((px + 32, y + 11), B2["city"], font=f, fill=ROYAL)
    y += 66 + 48
    fa = font(36, True)
    d.text((56, y), "地址：" + B2["hall"][0], font=fa, fill=WHITE)
    d.text((56 + tw(d, "地址：", fa), y + 54), B2["hall"][1], font=fa, fill=WHITE)
    y = BANNER_H + 30
    # the introduction in a white frame with corner marks
    fi = font(23)
    lines = wrap(d, INTRO % B2["school"], fi, 1020)
    hh = 50 + len(lines) * 42 + 34
    if im.size[1] > 8:
        d.rectangle([60, y, 1182, y + hh], fill=WHITE)
        for (x0, y0, sx, sy) in ((60, y, 1, 1), (1182, y, -1, 1), (60, y + hh, 1, -1), (1182, y + hh, -1, -1)):
            d.line([(x0, y0), (x0 + 46 * sx, y0)], fill=ROYAL2, width=6)
            d.line([(x0, y0), (x0, y0 + 46 * sy)], fill=ROYAL2, width=6)
    yy = y + 50
    for ln in lines:
        d.text((110, yy), ln, font=fi, fill=INK)
        yy += 42
    y += hh + 90
    # 大会议程 on a slanted royal plate
    f = font(54, True)
    wd = tw(d, "大会议程", f) + 150
    x0 = W_B / 2 - wd / 2
    d.polygon([(x0 + 26, y), (x0 + wd, y), (x0 + wd - 26, y + 92), (x0, y + 92)], fill=ROYAL)
    ctext(d, W_B / 2, y + 12, "大会议程", f, WHITE)
    return y + 92 + 80


def b_forum_head(im, d, y, num, name, host, unit):
    x = 48
    if num:
        fnum = font(40, True)
        wd = tw(d, num, fnum) + 44
        d.polygon([(x + 14, y + 4), (x + wd + 14, y + 4), (x + wd, y + 72), (x, y + 72)], fill=ROYAL)
        d.text((x + 20, y + 10), num, font=fnum, fill=WHITE)
        x += wd + 26
    fn = font(44, True)
    d.text((x, y + 6), name, font=fn, fill=ROYAL)
    xr = x + tw(d, name, fn) + 30
    fl, fh, fu = font(26, True), font(26, True), font(20)
    hw = tw(d, "主持人：", fl) + tw(d, host, fh)
    assert 1194 - max(hw, tw(d, unit, fu)) >= xr, (name, host)
    d.text((1194 - hw, y + 2), "主持人：", font=fl, fill=PINK)
    rtext(d, 1194, y + 2, host, fh, INK)
    rtext(d, 1194, y + 44, unit, fu, GREY)
    y += 84
    if im.size[1] > 8:
        hgrad_box(im, (48, y, 1194, y + 8), ROYAL, CYAN)
    return y + 8 + 20


def b_table_head(im, d, y):
    h = 58
    if im.size[1] > 8:
        d.rectangle([XS_B[0], y, XS_B[-1], y + h], fill=ROYAL)
    f = font(25, True)
    for i, lab in enumerate(("时间", "议题", "演讲嘉宾")):
        ctext(d, (XS_B[i] + XS_B[i + 1]) / 2, y + 11, lab, f, WHITE)
    for x in XS_B[1:-1]:
        d.line([(x, y), (x, y + h)], fill=(120, 160, 255), width=1)
    return y + h


def b_entries(d, s):
    """The 演讲嘉宾 cell: a list of (kind, name lines, job lines, height)."""
    fn, fj = font(NAME_B, True), font(JOB_B)
    wc = COLS_B[2] - 2 * PADX_B
    out = []

    def entry(sp):
        nl, jl = wrap(d, sp["name"], fn, wc), wrap(d, sp["line"], fj, wc)
        out.append(("sp", nl, jl, len(nl) * NLH_B + len(jl) * JLH_B))

    if s["kind"] == "panel":
        out.append(("label", ["主持人"], [], LAB_B))
        entry(s["mod"])
        out.append(("label", ["嘉　宾"], [], LAB_B))
        for sp in s["guests"]:
            entry(sp)
    else:
        for sp in s["sp"]:
            entry(sp)
    return out


def b_row(im, d, y, s, i, log):
    if s["kind"] == "break":
        h = 66
        if im.size[1] > 8:
            d.rectangle([XS_B[0], y, XS_B[-1], y + h], fill=(220, 236, 255))
        f = font(26, True)
        t = rng_text(s) + "　" + s["title"]
        total = 46 + tw(d, t, f)
        x = W_B / 2 - total / 2
        (cup if s["title"] == "茶歇" else bowl)(d, x, y + h / 2 - 17, ROYAL, 1.0)
        d.text((x + 46, y + h / 2 - 19), t, font=f, fill=ROYAL)
        d.line([(XS_B[0], y + h), (XS_B[-1], y + h)], fill=GRID_B, width=1)
        return y + h
    ft = font(TITLE_B, True)
    lines = wrap(d, s["title"], ft, COLS_B[1] - 2 * PADX_B)
    log["titles"].append((s["title"], len(lines)))
    ents = b_entries(d, s)
    for kind, nl, jl, _ in ents:
        if kind == "sp":
            log["names"].append((nl, jl))
    gap = 12
    sh = sum(e[3] for e in ents) + gap * (len(ents) - 1)
    th = len(lines) * TLH_B
    h = max(th, sh, 36) + 2 * PADY_B
    if im.size[1] > 8:
        d.rectangle([XS_B[0], y, XS_B[-1], y + h], fill=WHITE if i % 2 == 0 else (246, 249, 255))
    ctext(d, (XS_B[0] + XS_B[1]) / 2, y + h / 2 - 18, rng_text(s), font(TIME_B, True), ROYAL)
    yy = y + (h - th) / 2
    for ln in lines:
        d.text((XS_B[1] + PADX_B, yy), ln, font=ft, fill=INK)
        yy += TLH_B
    fn, fj, fl = font(NAME_B, True), font(JOB_B), font(21, True)
    yy = y + (h - sh) / 2
    for kind, nl, jl, eh in ents:
        if kind == "label":
            d.text((XS_B[2] + PADX_B, yy + 2), nl[0], font=fl, fill=PINK)
        else:
            ny = yy
            for ln in nl:
                d.text((XS_B[2] + PADX_B, ny), ln, font=fn, fill=INK)
                ny += NLH_B
            for ln in jl:
                d.text((XS_B[2] + PADX_B, ny + 1), ln, font=fj, fill=GREY)
                ny += JLH_B
        yy += eh + gap
    for x in XS_B[1:-1]:
        d.line([(x, y), (x, y + h)], fill=GRID_B, width=1)
    d.line([(XS_B[0], y + h), (XS_B[-1], y + h)], fill=GRID_B, width=1)
    return y + h


def b_foot(im, d, y):
    ctext(d, W_B / 2, y, "支持单位", font(50, True), ROYAL)
    y += 100
    units = ["华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "海光信息", "飞腾信息", "统信软件",
             "麒麟软件", "openEuler", "OpenCloudOS"]
    bw, bh, gap = 330, 84, 26
    for k, u in enumerate(units):
        r, c = divmod(k, 3)
        x = W_B / 2 - (3 * bw + 2 * gap) / 2 + c * (bw + gap)
        yy = y + r * (bh + gap)
        d.rounded_rectangle([x, yy, x + bw, yy + bh], radius=10, fill=WHITE, outline=(170, 195, 245), width=2)
        ctext(d, x + bw / 2, yy + 18, u, font(32, True), INK)
    y += 4 * (bh + gap) + 70
    ctext(d, W_B / 2, y, "支持媒体", font(50, True), ROYAL)
    y += 100
    media = ["CSDN", "开源中国", "InfoQ", "51CTO", "思否", "云巅论剑"]
    for k, u in enumerate(media):
        r, c = divmod(k, 3)
        x = W_B / 2 - (3 * bw + 2 * gap) / 2 + c * (bw + gap)
        yy = y + r * (bh + gap)
        d.rounded_rectangle([x, yy, x + bw, yy + bh], radius=10, fill=WHITE, outline=(170, 195, 245), width=2)
        ctext(d, x + bw / 2, yy + 18, u, font(32, True), INK)
    y += 2 * (bh + gap) + 70
    qrcode(d, W_B / 2 - 140, y, 280, seed_of(B2["edition"]))
    y += 310
    ctext(d, W_B / 2, y, "扫码报名", font(44, True), INK)
    ctext(d, W_B / 2, y + 66, "300 份现场礼品，先到先得", font(26), GREY)
    y += 150
    ctext(d, W_B / 2, y, "相约嘉兴 · 共话内核", font(46, True), ROYAL)
    y += 120
    # the royal foot band drawn by the background is 110 px tall
    ctext(d, W_B / 2, y + 32, "CLK " + B2["year"] + " · " + B2["city"], font(30, True), WHITE)
    return y + 110


def b_paint(im, d, log):
    y = b_header(im, d)
    for k, (name, host, unit, slots) in enumerate(B2["forums"]):
        y = b_forum_head(im, d, y, "%02d" % k if k else "", name, host, unit)
        top = y
        y = b_table_head(im, d, y)
        for i, s in enumerate(slots):
            y = b_row(im, d, y, s, i, log)
        d.rectangle([XS_B[0], top, XS_B[-1], y], outline=(120, 150, 235), width=2)
        y += 110
    return b_foot(im, d, y)


# ---------------------------------------------------------------------------
def slots_of(ed):
    return [s for (_, _, _, slots) in ed["forums"] for s in slots]


def is_english(t):
    return re.fullmatch(r"[\x20-\x7e]+", t) is not None


def check(logs):
    people = []
    talks = 0
    titles = []
    for ed, log in zip((A, B2), logs):
        assert saturday(ed["date"]), ed["date"]
        assert [f[0] for f in ed["forums"]] == FORUM_NAMES
        kinds = {"panel": 0, "two": 0}
        for (name, host, unit, slots) in ed["forums"]:
            people.append(host)
            prev = None
            for s in slots:
                assert s["start"] < s["end"], s
                assert prev is None or prev == s["start"], (name, s["title"])  # no gaps
                prev = s["end"]
                if s["kind"] in ("talk", "panel"):
                    talks += 1
                    assert s["host"] == host
                    people += [sp["name"] for sp in s["sp"]]
                    if s["title"] != "开幕致辞":
                        titles.append(s["title"])
                    kinds["panel"] += s["kind"] == "panel"
                    kinds["two"] += s["kind"] == "talk" and len(s["sp"]) == 2
                else:
                    assert s["title"] in MEALS
        assert kinds == {"panel": 1, "two": 1}, kinds
        ss = slots_of(ed)
        assert sum(1 for s in ss if s["title"] == "开幕致辞" and s["sp"]) == 1
        assert sum(1 for s in ss for sp in s["sp"] if sp["name"].isascii()) == 1
        assert {"茶歇", "午餐"} <= {s["title"] for s in ss}
        assert ed["forums"][0][3][-1]["title"] == "午餐"
        p = [s for s in ss if s["kind"] == "panel"][0]
        assert len(p["guests"]) == 4
        # every English-only title wraps in its cell; the wrapped ones are over at most three lines
        eng = [(t, n) for t, n in log["titles"] if is_english(t)]
        assert len(eng) >= 2 and all(n >= 2 for _, n in eng), eng
        assert all(n <= 3 for _, n in log["titles"]), log["titles"]
        # exactly one unit / company-job line wraps: the long institute's
        wrapped = [ul for nl, ul in log["names"] if len(ul) > 1]
        assert len(wrapped) == 1 and "研究" in "".join(wrapped[0]), wrapped
    # on CLK 2811 the Latin name wraps in the narrow 嘉宾 column, every other name is on one line
    assert [nl for nl, _ in logs[0]["names"] if len(nl) > 1] == [["Tobias", "Lindgren"]], logs[0]["names"]
    assert all(len(nl) == 1 for nl, _ in logs[1]["names"])
    assert 40 <= talks <= 55, talks
    assert len(people) == len(set(people)), [p for p in people if people.count(p) > 1]
    assert len(titles) == len(set(titles))
    words = listing_words()
    for p in people:
        assert plain(p) not in REAL_NAMES, p
        assert plain(p) not in words, p
    for t in titles:
        assert t not in words, t
    return talks


def main():
    logs = []
    ims = []
    for w, painter, bg in ((W_A, a_paint, a_background), (W_B, b_paint, b_background)):
        log = {"titles": [], "names": []}

        def paint(im, d, painter=painter, log=log):
            log["titles"].clear()
            log["names"].clear()
            return painter(im, d, log)

        ims.append(two_pass(w, paint, bg))
        logs.append(log)
    talks = check(logs)
    assert ims[0].size[0] == 1080 and ims[1].size[0] == 1242
    for ed, im in zip((A, B2), ims):
        path = os.path.join(HERE, ed["file"])
        im.save(path, "JPEG", quality=85, optimize=False, progressive=False)
        print(ed["file"], im.size, "%.2f MB" % (os.path.getsize(path) / 1e6))
    truth = {
        "written": "2026-12-06",
        "by": "a helper that had not read the code",
        "note": NOTE,
        "posters": [
            {"file": ed["file"], "layout": lay, "date": ed["date"],
             "forums": [forum_truth(n, ed["date"], sl) for (n, _, _, sl) in ed["forums"]]}
            for ed, lay in ((A, LAYOUT_A), (B2, LAYOUT_B))
        ],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("scored talks:", talks)


LAYOUT_A = (
    "CLK 2811 (第806届), 潍坊, 2811-10-22 (JPEG q85, 1080 wide, faint grain): the whole agenda as the organisers' "
    "designer might print it in TABLE form, in their near-black 2023 family (violet and teal neon arcs, a dark "
    "sphere). Head: logo lines, 'CLK' with '2811' raised in nested outlines, '第806届中国' over 'Linux内核开发者大会', "
    "an outlined box '10月22日' + pin + '潍坊', '地址：潍坊学院 图书馆学术报告厅', a framed introduction, '大会议程' "
    "over a hollow 'AGENDA'. Each forum: its name (white, 44 px; a dim teal numeral '01'..'05' behind the afternoon "
    "forums), a thick teal bar, '主持人：name' with the host's unit beside it, then a FOUR-COLUMN table with a teal "
    "head row '时间' | '议题' | '嘉宾' | '单位': the range (white), the title (teal, bold, wrapped in its 402 px "
    "cell: every title but two over two or three lines), one name per line in 嘉宾 and the unit level with it in "
    "单位 (the unit only, no job). 茶歇 and 午餐 rows: the range in the 时间 cell, the other three cells merged "
    "into one band with a cup or a bowl and the word. Latin speaker 'Tobias Lindgren' (SUSE) WRAPPED over two "
    "lines in the narrow 嘉宾 cell ('Tobias' / 'Lindgren'); 卓文杰 (浪潮信息) and 宓思远 with the long unit "
    "'中国科学院计算技术研究所' / '处理器芯片全国重点实验室' (two lines) are two speakers of one talk; the round table "
    "'圆桌论坛：国产基础软件的内核人' / '才从哪里来' prints in its 嘉宾 cell a teal label '主持' over 笪立群 and a "
    "label '嘉宾' over four guests, each unit level with its name. Foot: '支持单位' (twelve boxes), '支持媒体' (six), "
    "a QR code, '扫码报名'. 5 + 4 + 3 + 4 + 4 + 4 talks (the round table and '开幕致辞' included).")

LAYOUT_B = (
    "CLK 2812 (第807届), 嘉兴, 2812-10-27 (JPEG q85, 1242 wide): the whole agenda in TABLE form on a light page "
    "under the organisers' royal-blue 2024 banner (light streaks, a ring graphic with '2812' / 'CLK'). Head: logo "
    "lines, '嘉兴学院' / '信息科学与工程学院' at the top right, '第807届中国' over 'Linux内核开发者大会', a white pill "
    "'2812年10月27日' + pin + '嘉兴', '地址：嘉兴学院梁林校区' / '学术交流中心报告厅', a white introduction frame "
    "with corner marks, '大会议程' on a slanted royal plate. Each forum: a slanted royal box '01'..'05' (none for "
    "主论坛), the name in royal blue (44 px), at the right '主持人：' (pink) and the host's name with his unit under "
    "it, a royal-to-cyan rule, then a THREE-COLUMN table with a royal head row '时间' | '议题' | '演讲嘉宾': the "
    "range (royal, bold), the title (navy, bold; every English title over two lines), and per speaker the NAME "
    "(bold) over the 'company job' line (grey). 茶歇 and 午餐 rows span the WHOLE table: a cup or a bowl, "
    "'10:30-10:45　茶歇' centred. Latin speaker 'Mateus Oliveira' (Canonical Kernel Engineer); 常海波 and 卢晓雯 "
    "(both 移动云) one under the other in one cell; 章明华's line '中国科学院软件研究所智能软件研究' / '中心 副研究员' "
    "wraps inside a word; the round table '圆桌对话：AI 基础设施需要怎样的操作系统' / '内核' at the END of 'AI 基础设施与 "
    "eBPF 应用分论坛' prints a pink label '主持人' over 邵冬梅 and '嘉　宾' over four guests, each name over its line. "
    "Foot: '支持单位' (twelve boxes), '支持媒体' (six), a QR code, '扫码报名', '相约嘉兴 · 共话内核', a royal band "
    "'CLK 2812 · 嘉兴'. 5 + 4 + 4 + 4 + 3 + 4 talks (the round table and '开幕致辞' included).")

NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 66, 79, 80): speakers are names as printed with "
    "spaces removed (the Latin names 'Tobias Lindgren' -> 'TobiasLindgren', 'Mateus Oliveira' -> 'MateusOliveira'); "
    "host is the chair printed for the forum covering the slot ('主持人：name' over the table), null for breaks; "
    "start/end are HH:MM on a 24-hour clock; break titles are as printed ('茶歇', '午餐'); '开幕致辞' printed with a "
    "speaker is a talk (one per edition, different speakers); '午餐' closes 主论坛 as its break; the host's unit is "
    "no affiliation of any slot. Every forum carries a 'date'; each edition is ONE day (主论坛 in the morning, the "
    "five other forums in parallel in the afternoon from 13:30), so every forum's date is the picture's. Two "
    "invented editions of ONE image, the whole agenda CLK2025's repository lists as CLK2025全部议程.jpg, each a "
    "JPEG q85 holding all six forums with CLK2025's folder names in folder order ('AI 基础设施与 eBPF 应用分论坛' "
    "with its spaces); no talk, person or title is on both pictures. Counted as scored: 48 = 46 talks ('开幕致辞' "
    "included) and 2 round tables (kind 'panel'); 14 breaks. Judgement calls: (1) CLK 2811, four columns "
    "时间 | 议题 | 嘉宾 | 单位: a speaker's affiliation is the text of the 单位 cell level with his name, which is the "
    "unit only ('SUSE', '浪潮信息', '潍坊学院'), as printed; a unit wrapped in its cell is one affiliation, its lines "
    "joined without a space ('中国科学院计算技术研究所' / '处理器芯片全国重点实验室' -> "
    "'中国科学院计算技术研究所处理器芯片全国重点实验室'); a Latin name wrapped in the narrow 嘉宾 cell is one name "
    "('Tobias' / 'Lindgren' -> TobiasLindgren). The two speakers 卓文杰 and 宓思远 are given top then bottom, each with "
    "the unit level with him (宓思远's two-line unit is centred on his line). (2) CLK 2812, three columns "
    "时间 | 议题 | 演讲嘉宾: the speaker is the bold name and his affiliation the grey 'company job' line under it, "
    "exactly as typed (joined by the one space the designer typed; a line wrapped inside a word is joined without "
    "a space: '中国科学院软件研究所智能软件研究' / '中心 副研究员' -> '中国科学院软件研究所智能软件研究中心 副研究员'); "
    "常海波 and 卢晓雯 (both 移动云) are given top then bottom. (3) Round tables (kind 'panel'): the speakers are "
    "the moderator (under the label '主持' on CLK 2811, '主持人' on CLK 2812) and then the four guests (under "
    "'嘉宾' / '嘉　宾') in printed order, each with his own affiliation; the labels are no part of a name; the "
    "moderator is a speaker, not the forum's host (the forum's host is the name over the table), although the "
    "label on CLK 2812 reads '主持人' like the host's; the title keeps '圆桌论坛：' / '圆桌对话：'. CLK 2811's is the "
    "last slot of 主论坛 before 午餐; CLK 2812's is the last slot of 'AI 基础设施与 eBPF 应用分论坛' (15:50-16:40, "
    "no break after it). (4) Titles are as typed, one per row, whatever their wrapping in the cell: lines are "
    "joined without a space inside Chinese words ('…内核人' / '才从哪里来', '…的改' / '进') and with the space the "
    "designer typed where a line ends at one ('Arm CCA Realm 虚拟机的 Linux' / '支持现状' -> 'Arm CCA Realm "
    "虚拟机的 Linux 支持现状'; '…：基于' / 'HMM 的实践' -> '…：基于 HMM 的实践'; 'Toward a Sustainable' / "
    "'Maintainer Model for the Linux' / 'Kernel'). (5) Break rows: on CLK 2811 the range stands in the 时间 cell "
    "and the word in a band over the three other cells; on CLK 2812 the range and the word stand together in one "
    "band across the whole table ('10:30-10:45　茶歇'); both are ordinary breaks of their forum. (6) The table head "
    "rows ('时间' | '议题' | '嘉宾' | '单位', '时间' | '议题' | '演讲嘉宾'), the numerals '01'..'05' (dim behind the "
    "names on CLK 2811, in slanted boxes on CLK 2812), the headers, introductions, '大会议程' / 'AGENDA', addresses, "
    "date boxes, support and media boxes, QR captions and slogans are no slots and no part of a forum's name, a "
    "name or a title. Uncommon surnames: 郦 (host), 笪 (moderator), 宓, 訾 (host) on CLK 2811; 贝 (host), 宗 on "
    "CLK 2812.")


if __name__ == "__main__":
    main()
