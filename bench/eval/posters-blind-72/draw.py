"""Draw the seventy-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances.
Two invented editions, each ONE whole-agenda image in the organisers' 2023
near-black family (CLK2023全部议程.png: the timeline with the range at the left,
a dot on a vertical line, the teal title, 'padded name  company job'; big
numerals behind the forum names; thick teal bars; dark-blue break bands), each
with CLK2025's six forum folder names:
  CLK 2721 (第716届, 绵阳): PNG, 1080 wide, the 2023 colours; headings with a
    space before '分论坛' as 2023 prints them; a host under every heading; two
    talks under ONE shared range (as 2023); 开场 without a speaker; a morning
    圆桌 with '主持人：' / '嘉宾：' on lines of their own.
  CLK 2722 (第717届, 秦皇岛): JPEG q85, 1242 wide, sky-blue titles and violet
    company lines, amber labels; exact forum names after a violet numeral;
    the host centred under the heading bar; cup and bowl in the break bands;
    two speakers of one company on ONE line sharing one 'company job'; an
    afternoon 圆桌 with inline labels.
"""
import json
import os
import random
import re

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
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
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


def grain(im, seed, noise, cell=3):
    """Seeded grain blended in: the texture of a designer's paper and of a re-saved picture (cell: the grain's
    size in pixels; added here, set 59's grain was cell 3)."""
    rnd = random.Random(seed)
    w, h = im.size[0] // cell + 1, im.size[1] // cell + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def glow(im, cx, cy, r, col, strength):
    """A soft light blob (the organisers' posters glow): a blurred disc screened onto the picture."""
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


def cup(d, x, y, fill, k=1.0):
    """A small coffee cup drawn in lines (the fonts have no cup glyph); k scales it."""
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=max(2, round(3 * k)))
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=max(2, round(3 * k)))
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def bowl(d, x, y, fill, k=1.0):
    """A rice bowl with chopsticks drawn in lines, for the lunch."""
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


def number_box(d, x, y, text, fill, ink, h=48):
    """A slanted box holding a forum's number ('01'), as the organisers' headings have it."""
    f = font(round(h * 0.62), True)
    w = tw(d, text, f) + h * 0.9
    sl = h * 0.28
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], fill=fill)
    ctext(d, x + sl / 2 + w / 2, y + h * 0.12, text, f, ink)
    return x + w + sl


def para(d, x, y, text, f, fill, maxw, lh, lines=None):
    """A paragraph wrapped to maxw; lines=(lo, hi) asserts how many lines it takes.  Returns the y under it."""
    ls = wrap(d, text, f, maxw)
    assert lines is None or lines[0] <= len(ls) <= lines[1], (text, len(ls))
    for ln in ls:
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")  # the breaks that get a cup or a bowl; an opening gets none
WHITE = (255, 255, 255)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def meal_mark(d, x, y, s, fill, k=1.0):
    if s["title"] == "午餐":
        bowl(d, x, y + 2 * k, fill, k)
    elif s["title"] == "茶歇":
        cup(d, x, y, fill, k)


def units_grid(d, X0, X1, y, units, per_row, box_fill, ink, bh=76, gap=20):
    bw = (X1 - X0 - (per_row - 1) * gap) / per_row
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=box_fill)
        ctext(d, bx + bw / 2, by + bh / 2 - 20, fits(d, u, font(28, True), bw - 16), font(28, True), ink)
    rows = (len(units) + per_row - 1) // per_row
    return y + rows * (bh + gap)




# ===========================================================================
# Data helpers (this set's own: a speaker may carry his pinyin, a talk its
# English title; the host is taken from the forum).


# ===========================================================================
# Data (this set's own).  A speaker is (name, 'company job' exactly as printed:
# with a space, or run together as the 2023 image often prints it).
def T(start, end, title, speakers, shared=False):
    """shared=True: printed under the range of the talk before it (no time, no dot of its own)."""
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "shared": shared}


def R(start, end, title, moderator, guests):
    """A round table: one talk whose speakers are the moderator, then the guests in printed order."""
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "panel": True, "shared": False}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "shared": False}


def S(name, affiliation):
    return {"name": name, "aff": affiliation}


def plain(name):
    return name.replace(" ", "").replace("\u3000", "")


def pad(name):
    """Two-character names padded with a full-width space, as the organisers' 2023 image prints them."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": plain(host) if s["kind"] == "talk" else None}


def forum_truth(forums, date):
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f["host"]) for s in f["slots"]]}
            for f in forums]


CLK2025_FORUMS = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
                  "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]
K = 1.0  # the scale of the picture being painted (1080 -> 1.0, 1242 -> 1.15)


def F(size, bold=False):
    return font(round(size * K), bold)


def k(v):
    return round(v * K)


# ===========================================================================
# 1. CLK 2721 (第716届), 绵阳, Saturday 2721-10-15: PNG, 1080 wide, the 2023 colours.
DATE_A = "2721-10-15"
FORUMS_A = [
    {"name": "主论坛", "head": "主论坛", "host": "卢振宇", "unit": "西南科技大学计算机科学与技术学院 院长",
     "slots": [
         B("09:00", "09:05", "开场"),
         T("09:05", "09:20", "嘉宾致辞", [S("许光明", "西南科技大学 副校长")]),
         T("09:20", "09:50", "十年内核长期维护：从 LTS 分支到企业发行版", [S("钟伟", "华为 Linux 内核首席专家")]),
         T("09:50", "10:20", "Rethinking Memory Tiering for CXL-attached Servers",
           [S("Martin Kowalski", "Intel Principal Engineer")]),
         B("10:20", "10:35", "茶歇"),
         T("10:35", "11:05", "手机操作系统内核的功耗治理：从调度到驱动",
           [S("蒋思远", "vivo 内核架构师"), S("骆佳", "vivo 高级内核工程师")]),
         T("11:05", "11:35", "openEuler 内核在智算中心的规模化实践", [S("厉文涛", "麒麟软件内核研发部总监")]),
         R("11:35", "12:10", "圆桌论坛：开源内核社区的下一个十年，人才从哪里来？",
           S("符晓明", "CSDN 开源业务总监"),
           [S("钮海燕", "阿里云 操作系统技术专家"), S("甘志强", "统信软件内核团队负责人"),
            S("骞立新", "中国科学院软件研究所 研究员"), S("汤若琳", "Linaro 内核工程师")]),
         B("12:10", "13:30", "午餐"),
     ]},
    {"name": "内存管理与优化分论坛", "head": "内存管理与优化 分论坛", "host": "黎明辉", "unit": "OPPO 内核技术专家",
     "slots": [
         T("13:30", "14:00", "匿名页 mTHP 的分配回退与碎片治理", [S("顾晨阳", "OPPO高级内存子系统工程师")]),
         T("14:00", "15:00", "slab 对象的延迟释放：kfree_rcu 批处理优化", [S("韦凯", "字节跳动Linux内核工程师")]),
         T("14:00", "15:00", "Reducing Page Fault Latency with Per-VMA Locks in Practice",
           [S("伍思琪", "腾讯云内核研发工程师")], shared=True),
         T("15:00", "15:30", "内存 cgroup 的主动回收与 PSI 联动策略", [S("柴林峰", "蚂蚁集团技术专家")]),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:30", "大页透明合并：khugepaged 的扫描开销与调参", [S("邬家豪", "荣耀 内核工程师")]),
     ]},
    {"name": "文件系统与存储分论坛", "head": "文件系统与存储 分论坛", "host": "詹永健", "unit": "浪潮信息 存储架构师",
     "slots": [
         T("13:30", "14:10", "XFS 在线修复（online fsck）的工程落地", [S("邓一鸣", "阿里云 文件系统工程师")]),
         T("14:10", "14:50", "ext4 日志提交路径的锁竞争分析与改进",
           [S("聂婉婷", "华为 存储内核工程师"), S("阚雨", "华为 软件工程师")]),
         T("14:50", "15:30", "NVMe 多路径在存算分离架构中的故障切换", [S("庄浩然", "XSKY星辰天合 研发工程师")]),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:30", "Btrfs Send/Receive at Scale: Incremental Backup for Container Images",
           [S("曲彦斌", "SUSE 高级软件工程师")]),
     ]},
    {"name": "调度、性能与调试分论坛", "head": "调度、性能与调试 分论坛", "host": "侯建平",
     "unit": "中兴通讯 操作系统首席架构师",
     "slots": [
         T("13:30", "14:05", "sched_ext 调度器在数据库负载下的尾延迟优化", [S("汪宇", "美团 系统工程师")]),
         T("14:05", "14:40", "perf 与 BPF 结合的 off-CPU 火焰图", [S("司马晓东", "京东 内核工程师")]),
         T("14:40", "15:15", "kdump 在 TB 级内存机器上的转储加速", [S("鲍志刚", "新华三 内核开发工程师")]),
         B("15:15", "15:35", "茶歇"),
         T("15:35", "16:10", "Lockdep Reports in Production Kernels: Triage and Fixes", [S("沈佳怡", "小米 内核工程师")]),
         T("16:10", "16:45", "PREEMPT_RT 合入主线之后：工业控制器上的实时性实践",
           [S("滕飞", "东土科技嵌入式系统专家")]),
     ]},
    {"name": "硬件架构与异构计算分论坛", "head": "硬件架构与异构计算 分论坛", "host": "芮东升",
     "unit": "飞腾信息技术 系统软件部部长",
     "slots": [
         T("13:30", "14:20", "LoongArch 虚拟化扩展 LVZ 的 KVM 支持现状", [S("郏立军", "龙芯中科 虚拟化工程师")]),
         T("14:20", "15:10", "GPU 与 NPU 共享虚拟地址：SVA 与 IOMMU 的适配", [S("尹嘉诚", "摩尔线程 驱动架构师")]),
     ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "head": "AI 基础设施与 eBPF 应用 分论坛", "host": "牟晓丽",
     "unit": "字节跳动 基础架构研发经理",
     "slots": [
         T("13:30", "14:10", "大模型训练集群的 RDMA 网络可观测：基于 eBPF 的丢包与拥塞定位",
           [S("桂志远", "百度智能云资深工程师")]),
         T("14:10", "14:50", "eBPF struct_ops 定制拥塞控制的生产实践", [S("裴欣", "快手 网络内核工程师")]),
         T("14:50", "15:30", "GPU 显存检查点与恢复：CRIU 在推理服务中的探索",
           [S("邱子豪", "商汤科技 系统工程师"), S("霍文静", "上海交通大学 博士研究生")]),
         T("15:30", "16:10", "Securing BPF Programs with Signed Loading",
           [S("Elena Petrova", "Microsoft Senior Software Engineer")]),
     ]},
]
INTRO_A = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK），是国内 Linux 内核领域的年度技术盛会，至今已举办"
           "716 届。本届大会由西南科技大学承办，华为、阿里云、腾讯云、字节跳动、OPPO、vivo、麒麟软件、统信软件、龙芯中科"
           "等企业与高校共同参与。大会设主论坛与五个分论坛，围绕内存管理、文件系统与存储、调度与调试、硬件架构与异构计算、"
           "AI 基础设施与 eBPF 展开交流，欢迎内核爱好者报名参加。")
UNITS_A = ["西南科技大学", "华为", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "麒麟软件", "统信软件",
           "龙芯中科", "飞腾", "openEuler"]
MEDIA_A = ["CSDN", "LWN 中文", "InfoQ", "开源中国", "Linux 内核之旅", "OSCHINA"]
PAL_A = {"title": (0, 228, 214), "aff": (40, 122, 255), "label": (206, 64, 236), "line": (30, 96, 210),
         "dot": (40, 130, 255), "band": (14, 42, 112), "bar": (0, 228, 214), "num": (0, 150, 146),
         "grey": (150, 160, 186)}


# ===========================================================================
# 2. CLK 2722 (第717届), 秦皇岛, Saturday 2722-10-21: JPEG q85, 1242 wide.
DATE_B = "2722-10-21"
FORUMS_B = [
    {"name": "主论坛", "head": "主论坛", "host": "房立新", "unit": "燕山大学 信息科学与工程学院 教授",
     "slots": [
         B("09:00", "09:10", "开幕"),
         T("09:10", "09:25", "嘉宾致辞", [S("阎广涛", "燕山大学 副校长")]),
         T("09:25", "10:05", "从 6.x 到 7.x：上游内核开发流程的变化与国内贡献", [S("冉东", "腾讯 操作系统首席专家")]),
         T("10:05", "10:45", "Confidential Computing on Arm CCA: Kernel Support Status",
           [S("宁佳乐", "Arm 主任工程师")]),
         B("10:45", "11:00", "茶歇"),
         T("11:00", "11:40", "内核 Rust 驱动在存储控制器上的首次量产", [S("宫晓峰", "长江存储 固件与驱动负责人")]),
         T("11:40", "12:20", "十万台服务器的内核热升级：一次都不能失败",
           [S("戴海鹏", "美团 基础架构内核工程师"), S("官书宁", "美团 基础架构内核工程师")]),
         B("12:20", "13:30", "午餐"),
     ]},
    {"name": "内存管理与优化分论坛", "head": "内存管理与优化分论坛", "host": "梅雅琴", "unit": "荣耀 内存子系统专家",
     "slots": [
         T("13:30", "14:10", "memdesc 与 struct page 瘦身的最新进展", [S("单晓辉", "Red Hat 高级软件工程师")]),
         T("14:10", "14:50", "DAMON 驱动的冷热页识别在数据库中的应用", [S("苗嘉怡", "阿里云 内核工程师")]),
         T("14:50", "15:30", "Memory Allocation Profiling: Finding Leaks Without Rebuilding the Kernel",
           [S("Sofia Marchetti", "Google Software Engineer")]),
         B("15:30", "15:45", "茶歇"),
         T("15:45", "16:25", "hugetlb 预留与 1GB 大页在虚拟化平台上的取舍",
           [S("项志鹏", "天翼云 虚拟化专家"), S("祁蔓", "天翼云 研发工程师")]),
     ]},
    {"name": "文件系统与存储分论坛", "head": "文件系统与存储分论坛", "host": "柯建文", "unit": "西部数据 存储软件经理",
     "slots": [
         T("13:30", "14:30", "FUSE over io_uring：用户态文件系统的性能追赶", [S("冷锋", "字节跳动 存储内核工程师")]),
         T("14:30", "15:30", "NFS 客户端在 AI 训练读放大场景下的优化", [S("葛云飞", "联想 存储工程师")]),
     ]},
    {"name": "调度、性能与调试分论坛", "head": "调度、性能与调试分论坛", "host": "蓝天翔", "unit": "海光信息 内核团队负责人",
     "slots": [
         T("13:30", "14:10", "CPU 频率与调度协同：schedutil 在服务器上的再评估", [S("全志强", "中国电信 操作系统工程师")]),
         T("14:10", "14:50", "Debugging Kernel Deadlocks with drgn Scripts", [S("Lukas Brandt", "SUSE Kernel Engineer")]),
         T("14:50", "15:30", "用 ftrace 定位中断风暴：一次线上故障的复盘", [S("华晓婷", "蚂蚁集团 SRE 专家")]),
         B("15:30", "15:45", "茶歇"),
         T("15:45", "16:25", "cgroup v2 CPU 带宽控制下调度组的公平性问题", [S("边一帆", "网易数帆 内核工程师")]),
         T("16:25", "17:05", "syzkaller 持续模糊测试在发行版内核中的落地", [S("严可欣", "普华基础软件 测试架构师")]),
     ]},
    {"name": "硬件架构与异构计算分论坛", "head": "硬件架构与异构计算分论坛", "host": "隋立伟",
     "unit": "中国科学院计算技术研究所 副研究员",
     "slots": [
         T("13:30", "14:10", "RISC-V AIA 中断架构的内核适配", [S("温浩", "平头哥半导体 内核工程师")]),
         T("14:10", "14:50", "CXL Type 2 设备在内核中的枚举与内存管理", [S("丁思睿", "英特尔 高级软件工程师")]),
         T("14:50", "15:30", "Arm64 SME 上下文切换的开销与优化", [S("仲文", "华为 鲲鹏内核工程师")]),
         T("15:30", "16:10", "国产 GPU 的 DRM 驱动进入主线的路径", [S("车佳明", "景嘉微 驱动工程师")]),
     ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "head": "AI 基础设施与 eBPF 应用分论坛", "host": "鄢志红",
     "unit": "快手 系统架构师",
     "slots": [
         T("13:30", "14:10", "基于 eBPF 的推理服务 GPU 调用链追踪", [S("卓远航", "小红书 基础架构工程师")]),
         T("14:10", "14:50", "Kernel Bypass or Not: Networking for LLM Serving", [S("魏子轩", "阿里云 网络内核专家")]),
         T("14:50", "15:30", "用户态 eBPF 运行时与内核 eBPF 的协同", [S("祝晨", "浙江大学 博士研究生")]),
         B("15:30", "15:45", "茶歇"),
         R("15:45", "16:30", "圆桌对话：AI 时代，内核还需要人来写吗？", S("岑立", "开放原子开源基金会 技术运营总监"),
           [S("栾晓东", "华为 昇腾基础软件专家"), S("狄敏", "百度 内核技术负责人"), S("邰磊", "字节跳动 火山引擎系统专家")]),
     ]},
]
ONE_LINE_PAIRS = {"十万台服务器的内核热升级：一次都不能失败"}  # two speakers of one company on ONE line
INTRO_B = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，简称 CLK）由国内 Linux 内核领域的企业与高校共同发起。"
           "第717届大会由燕山大学承办，上午为主论坛，下午内存管理与优化、文件系统与存储、调度性能与调试、硬件架构与"
           "异构计算、AI 基础设施与 eBPF 应用五个分论坛同时进行，来自腾讯、Arm、美团、阿里云、Google、SUSE、海光、"
           "英特尔与快手等企业和高校的开发者将分享内核的最新进展。")
UNITS_B = ["燕山大学", "腾讯", "华为", "阿里云", "美团", "快手", "字节跳动", "海光信息", "Arm", "SUSE", "OpenCloudOS",
           "龙蜥社区"]
MEDIA_B = ["CSDN", "InfoQ", "SegmentFault", "开源中国", "Linux 中国"]
PAL_B = {"title": (110, 196, 255), "aff": (170, 140, 255), "label": (255, 176, 64), "line": (90, 70, 190),
         "dot": (170, 140, 255), "band": (42, 30, 96), "bar": (110, 196, 255), "num": (150, 110, 255),
         "grey": (156, 160, 190)}


# ===========================================================================
# Painting (one timeline for both; the edition's switches in `ed`).
def speaker_line(d, x, y, X1, sp, pal):
    fn = F(29)
    d.text((x, y), pad(sp["name"]), font=fn, fill=WHITE)
    ax = x + max(tw(d, pad(sp["name"]), fn), tw(d, "宋牧春", fn)) + k(18)
    d.text((ax, y + k(7)), fits(d, sp["aff"], F(20), X1 - ax), font=F(20), fill=pal["aff"])
    return y + k(44)


def slot(d, ed, X0, X1, LX, CX, y, s):
    pal = ed["pal"]
    TX1 = X1 + k(10)
    if s["kind"] == "break" and s["title"] in MEALS:
        h = k(80)
        d.rectangle([X0, y, X1, y + h], fill=pal["band"])
        d.text((X0 + k(2), y + k(20)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(5), y + h / 2 - k(5), LX + k(5), y + h / 2 + k(5)], fill=pal["dot"])
        x = CX
        if ed["icons"]:
            meal_mark(d, CX, y + k(22), s, pal["title"], K)
            x = CX + k(54)
        d.text((x, y + k(18)), s["title"], font=F(31, True), fill=pal["title"])
        return y + h + k(56)
    if not s["shared"]:
        d.text((X0 + k(2), y + k(2)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(5), y + k(19), LX + k(5), y + k(29)], fill=pal["dot"])
    tl = wrap(d, s["title"], F(31, True), TX1 - CX)
    s["_lines"] = len(tl)
    for ln in tl:
        d.text((CX, y), ln, font=F(31, True), fill=pal["title"])
        y += k(42)
    y += k(6)
    if s.get("panel"):
        mod, guests = s["sp"][0], s["sp"][1:]
        if ed["panel_inline"]:
            lf = F(26, True)
            d.text((CX, y + k(2)), "主持人：", font=lf, fill=pal["label"])
            lw = tw(d, "主持人：", lf)
            y = speaker_line(d, CX + lw, y, X1, mod, pal)
            d.text((CX, y + k(2)), "嘉　宾：", font=lf, fill=pal["label"])
            for g in guests:
                y = speaker_line(d, CX + lw, y, X1, g, pal)
        else:
            d.text((CX, y), "主持人：", font=F(28, True), fill=pal["label"])
            y = speaker_line(d, CX, y + k(42), X1, mod, pal)
            d.text((CX, y), "嘉宾：", font=F(28, True), fill=pal["label"])
            y += k(42)
            for g in guests:
                y = speaker_line(d, CX, y, X1, g, pal)
    elif s["title"] in ONE_LINE_PAIRS:
        fn = F(29)
        a, b = s["sp"]
        assert a["aff"] == b["aff"]
        d.text((CX, y), a["name"], font=fn, fill=WHITE)
        x = CX + tw(d, a["name"], fn) + k(22)
        d.text((x, y), b["name"], font=fn, fill=WHITE)
        x += tw(d, b["name"], fn) + k(18)
        d.text((x, y + k(7)), fits(d, a["aff"], F(20), X1 - x), font=F(20), fill=pal["aff"])
        y += k(44)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, CX, y, X1, sp, pal)
    return y + k(50)


def heading(d, ed, X0, X1, y, i, f):
    pal = ed["pal"]
    if i == 0:
        d.text((X0, y), f["head"], font=F(52, True), fill=WHITE)
        y += k(84)
    elif ed["numeral_behind"]:
        d.text((X0, y - k(14)), "%02d" % i, font=F(120, True), fill=pal["num"])
        d.text((X0, y + k(58)), fits(d, f["head"], F(50, True), X1 - X0), font=F(50, True), fill=WHITE)
        y += k(140)
    else:
        nf = F(64, True)
        d.text((X0, y - k(8)), "%02d" % i, font=nf, fill=pal["num"])
        x = X0 + tw(d, "%02d" % i, nf) + k(22)
        d.text((x, y + k(4)), fits(d, f["head"], F(48, True), X1 - x), font=F(48, True), fill=WHITE)
        y += k(96)
    if ed["host_above_bar"]:
        lf = F(26, True)
        d.text((X0, y), "主持人：", font=lf, fill=pal["label"])
        x = X0 + tw(d, "主持人：", lf)
        d.text((x, y), pad(f["host"]), font=F(27), fill=WHITE)
        x += tw(d, pad(f["host"]), F(27)) + k(18)
        d.text((x, y + k(6)), fits(d, f["unit"], F(20), X1 - x), font=F(20), fill=pal["aff"])
        y += k(58)
    d.rectangle([X0, y, X1, y + k(14)], fill=pal["bar"])
    y += k(14)
    if not ed["host_above_bar"]:
        line = "主持人：%s　%s" % (f["host"], f["unit"])
        lf, uf = F(26, True), F(21)
        wl = tw(d, "主持人：" + f["host"], lf) + k(20) + tw(d, f["unit"], uf)
        x = (X0 + X1) / 2 - wl / 2
        d.text((x, y + k(24)), "主持人：", font=lf, fill=pal["label"])
        x += tw(d, "主持人：", lf)
        d.text((x, y + k(24)), f["host"], font=lf, fill=WHITE)
        x += tw(d, f["host"], lf) + k(20)
        d.text((x, y + k(29)), f["unit"], font=uf, fill=pal["grey"])
        assert line
        y += k(76)
    return y + k(52)


def paint(im, d, ed):
    W = im.size[0]
    pal = ed["pal"]
    X0, X1 = k(90), W - k(90)
    logo_lines(d, k(36), k(34), WHITE, pal["title"], K)
    cf, yf = F(58, True), F(26, True)
    rtext(d, W - k(40) - tw(d, ed["year"], yf) - k(6), k(28), "CLK", cf, WHITE)
    rtext(d, W - k(40), k(30), ed["year"], yf, WHITE)
    d.text((k(36), k(180)), ed["nth"], font=F(88, True), fill=WHITE)
    d.text((k(36), k(290)), "Linux内核开发者大会", font=F(88, True), fill=WHITE, stroke_width=k(2),
           stroke_fill=pal["title"])
    pf = F(30, True)
    d.rounded_rectangle([k(36), k(430), k(36) + tw(d, ed["pill"], pf) + k(50), k(484)], radius=k(27),
                        fill=WHITE)
    d.text((k(61), k(436)), ed["pill"], font=pf, fill=(14, 20, 48))
    d.text((k(36), k(516)), ed["addr"], font=F(30, True), fill=WHITE)
    y = k(640)
    top = y
    y = para(d, k(66), y + k(34), ed["intro"], F(22), (206, 212, 228), W - k(132), k(40)) + k(26)
    d.rectangle([k(36), top, W - k(36), y], outline=(70, 90, 150), width=k(2))
    y += k(170)
    ctext(d, W / 2, y - k(40), "AGENDA", F(130, True), (8, 12, 30))
    d.text((W / 2 - tw(d, "AGENDA", F(130, True)) / 2, y - k(40)), "AGENDA", font=F(130, True), fill=(8, 12, 30),
           stroke_width=k(2), stroke_fill=(0, 120, 130))
    ctext(d, W / 2, y, "大会议程", F(66, True), WHITE)
    y += k(200)
    LX, CX = X0 + k(212), X0 + k(250)
    for i, f in enumerate(ed["forums"]):
        y = heading(d, ed, X0, X1, y, i, f)
        top = y
        for s in f["slots"]:
            y = slot(d, ed, X0, X1, LX, CX, y, s)
        d.line([(LX, top - k(52)), (LX, y)], fill=pal["line"], width=k(2))
        d.rectangle([X0, y, X1, y + k(14)], fill=pal["bar"])
        y += k(150)
    d.text((W / 2 - tw(d, "SUPPORT", F(96, True)) / 2, y - k(40)), "SUPPORT", font=F(96, True), fill=(8, 12, 30),
           stroke_width=k(2), stroke_fill=(0, 110, 120))
    ctext(d, W / 2, y, "支持单位", F(50, True), pal["title"])
    y = units_grid(d, X0, X1, y + k(110), ed["units"], 3, WHITE, (16, 24, 60), bh=k(72), gap=k(18)) + k(90)
    d.text((W / 2 - tw(d, "MEDIA", F(96, True)) / 2, y - k(40)), "MEDIA", font=F(96, True), fill=(8, 12, 30),
           stroke_width=k(2), stroke_fill=(0, 110, 120))
    ctext(d, W / 2, y, "支持媒体", F(50, True), pal["title"])
    y = units_grid(d, X0, X1, y + k(110), ed["media"], 3, WHITE, (16, 24, 60), bh=k(72), gap=k(18)) + k(60)
    ctext(d, W / 2, y, ed["foot"], F(21), pal["grey"])
    return y + k(110)


def background(ed):
    pal = ed["pal"]

    def bg(w, h):
        im = vgrad(w, h, (8, 12, 30), (4, 7, 20))
        im = glow(im, w - k(100), k(260), k(420), (140, 60, 255), 0.6)
        im = glow(im, k(80), k(700), k(320), pal["num"], 0.3)
        for j, yy in enumerate(range(k(2200), h - k(600), k(1800))):
            im = glow(im, w - k(60) if j % 2 else k(60), yy, k(360), (120, 60, 230) if j % 2 else (0, 140, 150), 0.28)
        d = ImageDraw.Draw(im)
        rnd = random.Random(ed["seed"])
        for i in range(10):  # neon streaks of the header
            d.line([(w * 0.45 + i * k(55), 0), (w, k(520) - i * k(48))], fill=(58, 44, 140), width=k(2))
        for j in range(3):  # streaks low on the sides, as the 2023 image has them
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            d.line([(0, yy), (k(220), yy - k(260))], fill=(70, 40, 150), width=k(3))
        return grain(im, ed["seed"], 0.004, 3)
    return bg


ED_A = {"forums": FORUMS_A, "pal": PAL_A, "year": "2721", "nth": "第716届中国", "pill": "10月15日 ｜ 绵阳",
        "addr": "地址：绵阳富乐国际会议中心 二楼锦江厅", "intro": INTRO_A, "units": UNITS_A, "media": MEDIA_A,
        "foot": "主办：中国Linux内核开发者大会组委会　承办：西南科技大学", "seed": 7211,
        "icons": False, "panel_inline": False, "numeral_behind": True, "host_above_bar": True, "K": 1.0, "W": 1080}
ED_B = {"forums": FORUMS_B, "pal": PAL_B, "year": "2722", "nth": "第717届中国", "pill": "2722年10月21日（周六）｜ 秦皇岛",
        "addr": "地址：燕山大学西校区 图书馆报告厅", "intro": INTRO_B, "units": UNITS_B, "media": MEDIA_B,
        "foot": "主办：中国Linux内核开发者大会组委会　承办：燕山大学信息科学与工程学院", "seed": 7222,
        "icons": True, "panel_inline": True, "numeral_behind": False, "host_above_bar": False, "K": 1.15, "W": 1242}


def draw(ed):
    global K
    K = ed["K"]
    im = two_pass(ed["W"], lambda im, d: paint(im, d, ed), background(ed))
    return im


# ===========================================================================
FILE_A = "clk2721-mianyang-nearblack-2023-family-1080.png"
FILE_B = "clk2722-qinhuangdao-nearblack-skyblue-1242-q85.jpg"
LAYOUT_A = ("CLK 2721 (第716届), 绵阳, 2721-10-15 (PNG, %d x %d): ONE whole-agenda image in the organisers' 2023 "
            "near-black family and colours: the 2023 timeline (range at the left 30 px bold white, a dot on a vertical "
            "line, the teal title 31 px bold, 'padded name  company job' with the name 29 px white and 'company job' "
            "20 px blue); 主论坛 then five forums one under another with CLK2025's folder names, printed with a space "
            "before '分论坛' under a big numeral '01'..'05'; '主持人：name  unit' under every heading above a thick "
            "teal bar; 开场 without a speaker, 茶歇 and 午餐 as dark-blue bands without icons; a morning 圆桌 with "
            "'主持人：' and '嘉宾：' on lines of their own; two talks under ONE range in 内存管理与优化分论坛; a forum "
            "with two talks. 6 + 5 + 4 + 5 + 2 + 4 talks.")
LAYOUT_B = ("CLK 2722 (第717届), 秦皇岛, 2722-10-21 (JPEG q85, %d x %d): ONE whole-agenda image in the same family at "
            "1242 px (every size x 1.15), sky-blue titles, violet 'company job', amber labels; forum names exactly "
            "as CLK2025's folders after a violet numeral '01'..'05' on the same line; the host centred under the "
            "heading bar ('主持人：name  unit'); 开幕 without a speaker; 茶歇 and 午餐 bands with a cup or a bowl; two "
            "speakers of one company on ONE line sharing one 'company job'; an afternoon 圆桌 with inline labels "
            "'主持人：' and '嘉　宾：'; a forum with two talks. 5 + 4 + 2 + 5 + 4 + 4 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43, -59 and -69: speakers are names as printed with spaces and "
    "the padding of two-character names removed ('钟　伟' -> '钟伟'; the Latin names 'Martin Kowalski' -> "
    "'MartinKowalski', 'Elena Petrova' -> 'ElenaPetrova', 'Sofia Marchetti' -> 'SofiaMarchetti', 'Lukas Brandt' -> "
    "'LukasBrandt'); host is the chair printed for the forum covering the slot (the name after '主持人：' at the "
    "forum's heading, its unit no part of it), null for breaks; start/end always HH:MM on a 24-hour clock; where "
    "two speakers are printed each has his own affiliation, in printed order; affiliations are the printed "
    "'company job' exactly, with one space where one is printed and none where the poster runs them together as "
    "the organisers' 2023 image does ('字节跳动Linux内核工程师', 'OPPO高级内存子系统工程师', '麒麟软件内核研发部总监', "
    "'百度智能云资深工程师', '东土科技嵌入式系统专家', 'XSKY星辰天合 研发工程师'); break titles as printed; an "
    "opening speech printed with a speaker ('嘉宾致辞') is a talk, a slot printed without a speaker ('开场', '开幕') "
    "is a break; '午餐' closes 主论坛 as its break; a forum that prints no break after its last talk ends with that "
    "talk. Every forum carries its edition's date. Two invented editions, each ONE whole-agenda image (as the "
    "organisers publish CLK2023全部议程.png and CLK2025全部议程.jpg), each picture one entry holding its six forums "
    "in printed order with CLK2025's folder names (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, "
    "调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛'): CLK 2721 (第716届, 绵阳, "
    "2721-10-15, PNG 1080 wide) and CLK 2722 (第717届, 秦皇岛, 2722-10-21, JPEG q85 1242 wide), both Saturdays; no "
    "talk and no person is on both. Headers, introductions, addresses, date pills, the hollow 'AGENDA', 'SUPPORT' "
    "and 'MEDIA', support units and media, organiser lines are never part of a name, a title or a slot; the "
    "numerals '01'..'05' are no part of a forum's name. Judgement calls: (1) CLK 2721 prints its forum headings "
    "as the 2023 image does, WITH A SPACE before '分论坛' ('内存管理与优化 分论坛', 'AI 基础设施与 eBPF 应用 分论坛', "
    "'调度、性能与调试 分论坛'); the forum is CLK2025's folder name, without that space. (2) CLK 2721's date pill "
    "prints '10月15日 ｜ 绵阳' WITHOUT a year, as the 2023 image prints '10月28日'; the year is the 'CLK 2721' at the "
    "top right, so the date is 2721-10-15. (3) In CLK 2721's 内存管理与优化分论坛 ONE range '14:00-15:00' is printed "
    "for TWO talks, the second (伍思琪, 'Reducing Page Fault Latency with Per-VMA Locks in Practice') without a time "
    "or a dot of its own, as the 2023 image prints such pairs: both talks get 14:00-15:00 (set 26's convention). (4) "
    "A round table is ONE talk (kind 'talk'): its speakers are the moderator first, then the guests in printed "
    "order, one affiliation each; the title keeps '圆桌论坛：' / '圆桌对话：'; the labels '主持人：', '嘉宾：' and "
    "'嘉　宾：' are labels; the moderator is not the forum's host (CLK 2721's morning round table is moderated by "
    "符晓明 while 主论坛's host is 卢振宇; CLK 2722's by 岑立 while the AI forum's host is 鄢志红). On CLK 2721 the labels "
    "stand on lines of their own; on CLK 2722 they stand before the moderator's line and the first guest's line, "
    "the other guests indented under it. (5) CLK 2722's '十万台服务器的内核热升级：一次都不能失败' prints TWO speakers "
    "of ONE company on ONE line, '戴海鹏  官书宁  美团 基础架构内核工程师': two speakers, each given that one printed "
    "'company job' as his affiliation. (6) Titles wrapped over two lines are one title, joined with a space between "
    "Latin words and without one inside Chinese text. (7) Two-speaker talks on two lines: 蒋思远 and 骆佳 (vivo), "
    "聂婉婷 and 阚雨 (华为), 邱子豪 (商汤科技) and 霍文静 (上海交通大学), 项志鹏 and 祁蔓 (天翼云). (8) CLK 2722's "
    "hosts stand centred UNDER the heading's bar ('主持人：name  unit'), CLK 2721's above it; both are the forum's "
    "host. (9) 文件系统与存储分论坛 on CLK 2722 and 硬件架构与异构计算分论坛 on CLK 2721 have two talks and no break; "
    "CLK 2721's AI forum has four talks and no break. Uncommon surnames: 骞 (骞立新), 郏 (郏立军), 司马 (司马晓东, "
    "a compound surname), 鄢 (鄢志红), 邰 (邰磊), 单 (单晓辉, read Shàn), 全 (全志强)."
)


def saturday(date):
    import datetime
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def check(posters):
    people, titles = [], []
    for forums in (FORUMS_A, FORUMS_B):
        assert [f["name"] for f in forums] == CLK2025_FORUMS
        for f in forums:
            assert f["head"].replace(" ", "") == f["name"].replace(" ", "")
            people.append(f["host"])
            for s in f["slots"]:
                people += [sp["name"] for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] == "talk" and s["title"] != "嘉宾致辞"]
    assert len(titles) == len(set(titles))
    n = sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] == "talk")
    wrapped = [s["title"] for fs in (FORUMS_A, FORUMS_B) for f in fs for s in f["slots"] if s.get("_lines", 1) > 1]
    assert len(wrapped) >= 3, wrapped
    print("wrapped titles:", wrapped)
    return n


def main():
    pics = [(FILE_A, LAYOUT_A, ED_A, DATE_A), (FILE_B, LAYOUT_B, ED_B, DATE_B)]
    posters = []
    for fn, layout, ed, date in pics:
        im = draw(ed)
        path = os.path.join(HERE, fn)
        if fn.endswith(".png"):
            im.save(path, optimize=True)
        else:
            im.save(path, quality=85, optimize=True)
        print(fn, "%d x %d" % im.size, os.path.getsize(path))
        assert im.size[0] == ed["W"]
        posters.append({"file": fn, "layout": layout % im.size, "date": date,
                        "forums": forum_truth(ed["forums"], date)})
    n = check(posters)
    print("talks", n)
    assert 40 <= n <= 55, n
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
