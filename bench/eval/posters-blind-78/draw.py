"""Draw the seventy-eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances.

Three invented editions, each ONE whole-agenda image in the organisers' 2023 family
(CLK2023全部议程.png: a near-black page; logo lines, 'CLK' with the year raised in
nested outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date box
with a pin, '地址：', a framed introduction, '大会议程' over a hollow 'AGENDA'; then
each forum: its name (a big fading numeral behind the afternoon ones), a thick bar,
the TIMELINE -- the range at the left, a dot on a vertical line, the title, then
'padded name  company job' per speaker --, dark break bands, a closing bar; at the
foot '支持单位' / '支持媒体' over outlined boxes):
  CLK 2781 (第776届, 襄阳): PNG 1080 wide, the 2023 colours, CLK2023's own forum
    names as its image prints them (a space before '分论坛'), no hosts (as 2023),
    ranges shared by two talks (as 2023), a morning 圆桌 with the labels on lines
    of their own, 开场 without a speaker, a 茶歇 band, no lunch printed (as 2023).
  CLK 2782 (第777届, 绍兴): JPEG q85 1242 wide (every size x 1.15), violet and
    amber, CLK2025's six folder names, '主持人：name  unit' under each heading,
    two speakers of two companies on ONE line, an afternoon 圆桌 with inline labels,
    开幕 / 茶歇 / 午餐.
  CLK 2783 (第778届, 保定): drawn 1080 wide in emerald and re-saved as a phone
    saves it (828 wide, JPEG q70), CLK2022's four README forum names, the host at
    the right of each heading (name over unit), two names joined by '、' sharing one
    'company job', 开幕式 / 茶歇 / 午餐.
Helpers font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, ctext, rtext, vgrad,
grain, glow, two_pass, para, fits, rng, plain, pad, truth_slot, forum_truth and
saturday are copied from posters-blind-72/draw.py (itself from sets 68, 59, 43).
"""
import datetime
import glob
import json
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fc = {}


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


def pad(name):
    """Two-character Chinese names padded with a full-width space, as the organisers' 2023 image prints them."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and ord(name[0]) > 0x2e80 else name


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# ===========================================================================
# Data.  A speaker is (name, 'company job' exactly as printed).
def T(start, end, title, speakers, shared=False, line=None):
    """shared=True: printed under the range of the talk before it (no time, no dot of its own).
    line: None (one line per speaker), 'pair' (two speakers, each with his own 'company job', on ONE line),
    'joined' (two names joined by '、' sharing one printed 'company job')."""
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "shared": shared,
            "line": line}


def R(start, end, title, moderator, guests):
    """A round table: one talk whose speakers are the moderator, then the guests in printed order."""
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "panel": True, "shared": False, "line": None}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "shared": False, "line": None}


def S(name, affiliation):
    return {"name": name, "aff": affiliation}


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": (plain(host) if host else None) if s["kind"] == "talk" else None}


def forum_truth(forums, date):
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f.get("host")) for s in f["slots"]]}
            for f in forums]


CLK2023_FORUMS = ["主论坛", "内存管理分论坛", "云和服务器分论坛", "Arch&虚拟化&I/O分论坛", "调试/eBPF/调度分论坛"]
CLK2025_FORUMS = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
                  "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]
CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]

# ---------------------------------------------------------------------------
# 1. CLK 2781 (第776届), 襄阳, Saturday 2781-10-24: PNG 1080, the 2023 colours, CLK2023's forum names.
DATE_A = "2781-10-24"
FORUMS_A = [
    {"name": "主论坛", "head": "主论坛", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("姚建国", "湖北文理学院副校长，二级教授")]),
        T("09:20", "09:50", "十年 LTS 之后：企业内核的维护模式还能怎么变", [S("柏永强", "麒麟软件内核首席架构师")]),
        T("09:50", "10:20", "手机内核的能效调度：从 EAS 到用户感知", [S("纪晓峰", "荣耀终端操作系统首席专家")]),
        T("10:20", "10:50", "Upstream First: Lessons from Ten Years of Arm64 Kernel Maintenance",
          [S("Julien Moreau", "Arm Principal Software Engineer")]),
        T("10:50", "11:20", "Rust 驱动在 SoC 厂商侧的量产之路",
          [S("邢志远", "紫光展锐 底层软件总监"), S("蹇晨", "紫光展锐 驱动专家")]),
        R("11:20", "12:00", "圆桌论坛：开源内核社区如何吸引下一代贡献者", S("关宏伟", "开放原子开源基金会 TOC 委员"),
          [S("解文涛", "华为 openEuler 内核 Maintainer"), S("樊丽娟", "阿里云龙蜥社区技术委员"),
           S("宁浩", "腾讯 OpenCloudOS 内核负责人"), S("顾一鸣", "中国科学院软件研究所 副研究员")]),
    ]},
    {"name": "内存管理分论坛", "head": "内存管理 分论坛", "slots": [
        T("13:30", "14:00", "folio 化之后的页缓存回写路径", [S("康立", "字节跳动Linux内核工程师")]),
        T("14:00", "15:00", "zswap 与 zram 的取舍：手机与服务器的不同答案", [S("洪雨桐", "vivo内存子系统专家")]),
        T("14:00", "15:00", "Per-memcg Swap Limits for Multi-tenant Containers", [S("盛嘉伟", "腾讯云Linux内核研发工程师")],
          shared=True),
        T("15:00", "15:30", "基于硬件访问位的冷页扫描加速", [S("谭凯", "海光信息 内核工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "大容量内存机器上的 kswapd 多线程化", [S("应子涵", "蚂蚁集团技术专家")]),
    ]},
    {"name": "云和服务器分论坛", "head": "云和服务器 分论坛", "slots": [
        T("13:30", "14:10", "虚拟机内存气球的按需回收：free page reporting 实践", [S("符嘉", "京东云虚拟化专家")]),
        T("14:10", "14:50", "vhost-user 网络在智算集群中的延迟优化",
          [S("吕成", "中国移动云能力中心 高级工程师"), S("任佳琪", "中国移动云能力中心 工程师")]),
        T("14:50", "15:30", "云主机 CPU 超分下的调度干扰治理", [S("卜文斌", "百度智能云操作系统技术经理")]),
    ]},
    {"name": "Arch&虚拟化&I/O分论坛", "head": "Arch&虚拟化&I/O 分论坛", "slots": [
        T("13:30", "14:00", "LoongArch 二进制翻译层的内核支持", [S("庞晓辉", "龙芯中科 系统软件工程师")]),
        T("14:00", "14:30", "RISC-V 向量扩展上下文的惰性保存与恢复",
          [S("饶子健", "北京航空航天大学 计算机学院 软件开发环境国家重点实验室 博士研究生")]),
        T("14:30", "15:30", "virtio-blk 多队列在 DPU 卸载场景下的性能分析", [S("甄立群", "云豹智能 软件架构师")]),
        T("14:30", "15:30", "NVMe over TCP 的零拷贝接收路径", [S("麦家豪", "浪潮信息 存储内核工程师")], shared=True),
    ]},
    {"name": "调试/eBPF/调度分论坛", "head": "调试/eBPF/调度 分论坛", "slots": [
        T("13:30", "14:10", "Tracing Scheduler Latency with BPF Iterators", [S("戚明轩", "SUSE Senior Kernel Engineer")]),
        T("14:10", "14:50", "基于 eBPF 的内核内存泄漏在线定位", [S("贝佳宁", "统信软件 内核研发工程师")]),
        T("14:50", "15:30", "EEVDF 调度器在桌面交互场景的调优", [S("窦子昂", "小米系统性能专家")]),
    ]},
]
INTRO_A = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 776 届，由高校与华为、阿里云、腾讯、"
           "字节跳动、OPPO、vivo、龙芯中科、麒麟软件等企业共同发起，以\u201c自由，协作，创新\u201d为理念，以开源技术的"
           "推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由湖北文理学院承办，现诚邀"
           "广大 Linux 开发者和爱好者参加。")
UNITS_A = ["湖北文理学院", "Intel", "openEuler", "阿里云", "腾讯云", "OPPO", "vivo", "龙芯中科", "蚂蚁集团", "字节跳动",
           "麒麟软件", "荣耀"]
MEDIA_A = ["CSDN", "InfoQ", "OSCHINA", "Linux 内核之旅", "内核工匠", "开源江湖"]
PAL_A = {"bg": ((5, 12, 30), (3, 9, 23)), "title": (0, 243, 228), "aff": (0, 116, 255), "label": (206, 52, 232),
         "line": (20, 126, 255), "dot": (20, 126, 255), "band": (12, 42, 104), "bar": (0, 243, 228),
         "num": (0, 214, 200), "grey": (150, 160, 186), "glow1": (140, 60, 255), "glow2": (0, 160, 170),
         "shadow": (110, 40, 255), "streak": (58, 44, 140)}

# ---------------------------------------------------------------------------
# 2. CLK 2782 (第777届), 绍兴, Saturday 2782-10-23: JPEG q85 1242 wide, violet and amber, CLK2025's folders.
DATE_B = "2782-10-23"
FORUMS_B = [
    {"name": "主论坛", "head": "主论坛", "host": "陶立明", "unit": "绍兴文理学院计算机科学与工程学院 院长", "slots": [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:25", "开幕致辞", [S("沈国平", "绍兴文理学院 校长")]),
        T("09:25", "10:05", "操作系统内核的下一个十年：异构、分层与可验证", [S("乔峻", "华为 操作系统内核实验室主任")]),
        T("10:05", "10:45", "Kernel Live Patching at Fleet Scale", [S("Henrik Solberg", "Canonical Kernel Engineer")]),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:40", "云原生数据库的内核加速：从 io_uring 到 CXL 内存池",
          [S("程雅", "阿里云 数据库专家"), S("米立峰", "平头哥 驱动工程师")], line="pair"),
        B("11:40", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "head": "内存管理与优化分论坛", "host": "郝静", "unit": "OPPO 内存子系统负责人", "slots": [
        T("13:30", "14:10", "mTHP 在 Android 上的分配成功率优化", [S("简思远", "传音控股 内核工程师")]),
        T("14:10", "14:50", "Slab Allocator Hardening without the Performance Cliff", [S("萧雨涵", "华为 内存管理专家")]),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "基于 DAMOS 的远端内存主动迁移",
          [S("冯欣然", "中国科学院计算技术研究所 处理器芯片全国重点实验室 博士研究生")]),
    ]},
    {"name": "文件系统与存储分论坛", "head": "文件系统与存储分论坛", "host": "宗立平", "unit": "西部数据 存储软件总监", "slots": [
        T("13:30", "14:10", "ext4 大块分配器在 QLC 盘上的碎片控制", [S("翁子轩", "忆恒创源 固件与驱动工程师")]),
        T("14:10", "14:50", "EROFS 的细粒度去重与按需解压", [S("钱宇航", "vivo 文件系统工程师")]),
        T("14:50", "15:30", "Fast Commit Revisited: Journaling for Small Sync Writes", [S("闫佳琦", "字节跳动 存储内核工程师")]),
    ]},
    {"name": "调度、性能与调试分论坛", "head": "调度、性能与调试分论坛", "host": "黄志坚", "unit": "蚂蚁集团 操作系统团队负责人",
     "slots": [
         T("13:30", "14:10", "sched_ext 之上的游戏帧率调度策略", [S("柳俊杰", "网易 系统工程师")]),
         T("14:10", "14:50", "Finding Lock Contention with perf lock and BPF", [S("Marta Nowak", "Intel Software Engineer")]),
         T("14:50", "15:30", "国产服务器平台上的 RAS 与 MCE 处理", [S("竺海峰", "飞腾信息技术 系统软件总监")]),
     ]},
    {"name": "硬件架构与异构计算分论坛", "head": "硬件架构与异构计算分论坛", "host": "裘建新", "unit": "中国科学院计算技术研究所 研究员",
     "slots": [
         T("13:30", "14:20", "CXL 内存扩展卡的热插拔与 NUMA 节点管理", [S("蔺浩", "澜起科技 系统软件架构师")]),
         T("14:20", "15:10", "国产 GPU 驱动接入 DRM 调度器的实践",
           [S("姬明", "摩尔线程 驱动工程师"), S("计雨萌", "摩尔线程 高级工程师")]),
     ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "head": "AI 基础设施与 eBPF 应用分论坛", "host": "桑雅婷",
     "unit": "字节跳动 基础架构研发经理", "slots": [
         T("13:30", "14:10", "用 eBPF 观测 NCCL 集合通信的内核开销", [S("巫晓东", "商汤科技 系统工程师")]),
         T("14:10", "14:50", "推理服务的 cgroup 内存 QoS 与 OOM 策略", [S("戈子墨", "小红书 基础架构工程师")]),
         R("14:50", "15:40", "圆桌对话：大模型训练集群需要什么样的操作系统内核", S("嵇文", "InfoQ 极客传媒 主编"),
           [S("宓佳", "华为 昇腾基础软件专家"), S("敖志强", "百度 内核技术负责人"), S("沙丽", "中国电信 天翼云操作系统专家")]),
     ]},
]
INTRO_B = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，简称 CLK）由国内 Linux 内核领域的企业与高校共同发起，已连续举办"
           "777 届。本届大会由绍兴文理学院承办，上午为主论坛，下午内存管理与优化、文件系统与存储、调度性能与调试、硬件"
           "架构与异构计算、AI 基础设施与 eBPF 应用五个分论坛同时进行，来自华为、阿里云、字节跳动、蚂蚁集团、飞腾、"
           "摩尔线程、Intel、Canonical 等企业和高校的开发者将分享内核的最新进展。")
UNITS_B = ["绍兴文理学院", "华为", "阿里云", "字节跳动", "蚂蚁集团", "飞腾", "OPPO", "vivo", "摩尔线程", "Intel",
           "Canonical", "龙蜥社区"]
MEDIA_B = ["CSDN", "InfoQ", "SegmentFault", "开源中国", "Linux 中国"]
PAL_B = {"bg": ((16, 9, 36), (8, 5, 22)), "title": (255, 192, 72), "aff": (168, 146, 255), "label": (0, 222, 204),
         "line": (132, 96, 255), "dot": (255, 192, 72), "band": (52, 30, 104), "bar": (255, 192, 72),
         "num": (226, 150, 40), "grey": (170, 160, 196), "glow1": (200, 60, 220), "glow2": (255, 150, 40),
         "shadow": (200, 60, 160), "streak": (90, 44, 130)}

# ---------------------------------------------------------------------------
# 3. CLK 2783 (第778届), 保定, Saturday 2783-11-05: drawn 1080, saved as a phone saves it (828, JPEG q70).
DATE_C = "2783-11-05"
FORUMS_C = [
    {"name": "主论坛", "head": "主论坛", "host": "付振华", "unit": "河北大学 网络空间安全与计算机学院 院长", "slots": [
        B("09:00", "09:10", "开幕式"),
        T("09:10", "09:20", "嘉宾致辞", [S("戴立群", "河北大学 副校长")]),
        T("09:20", "10:00", "从单机到万卡：内核在算力基础设施中的角色变化", [S("熊伟", "浪潮信息 服务器操作系统首席专家")]),
        T("10:00", "10:40", "The State of Memory Safety in the Linux Kernel",
          [S("Elias Berg", "Google Senior Staff Engineer")]),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:35", "面向车载系统的 Linux 实时性与功能安全", [S("麴志勇", "理想汽车 操作系统负责人")]),
        B("11:35", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "head": "处理器架构与调度分论坛", "host": "何国栋", "unit": "龙芯中科 内核团队负责人", "slots": [
        T("13:30", "14:10", "LoongArch 上的 CPU 拓扑感知调度", [S("申浩", "麒麟软件 内核工程师")]),
        T("14:10", "14:50", "大小核服务器上的 EAS 能效调度", [S("景思琪", "海光信息 高级软件工程师")]),
        T("14:50", "15:30", "x86 APX 扩展寄存器的内核上下文管理", [S("梁承志", "英特尔 操作系统工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "head": "内存管理与异构计算分论坛", "host": "邸红梅", "unit": "清华大学 计算机系 副教授",
     "slots": [
         T("13:30", "14:10", "异构内存下的页表复制与 NUMA 迁移",
           [S("伏子豪", "中国科学院软件研究所 智能软件研究中心 助理研究员")]),
         T("14:10", "14:50", "GPU 共享虚拟内存的缺页处理路径", [S("乐天", "壁仞科技 驱动工程师")]),
         B("14:50", "15:10", "茶歇"),
         T("15:10", "15:50", "Memory Tiering Policies for CXL-Attached DRAM", [S("郁明哲", "三星中国半导体 高级工程师")]),
     ]},
    {"name": "IO 与 ebpf 分论坛", "head": "IO 与 ebpf 分论坛", "host": "鞠海洋", "unit": "网易数帆 内核技术专家", "slots": [
        T("13:30", "14:10", "io_uring 在分布式存储客户端的批量提交优化",
          [S("佟磊", "快手 存储内核工程师"), S("齐佳音", "快手 存储内核工程师")], line="joined"),
        T("14:10", "14:50", "XDP 在四层负载均衡中的实践与踩坑", [S("喻志成", "美团 网络内核工程师")]),
        T("14:50", "15:30", "BPF LSM 实现细粒度文件访问审计", [S("阳文静", "奇安信 安全研究员")]),
    ]},
]
INTRO_C = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK），举办至今已第 778 届。本届大会由河北大学承办，"
           "浪潮信息、龙芯中科、海光信息、麒麟软件、英特尔、美团、快手、网易数帆等企业共同支持，以\u201c自由，协作，"
           "创新\u201d为理念，促进 Linux 内核开发爱好者相互交流、共同进步，诚邀广大 Linux 开发者和爱好者参加。")
UNITS_C = ["河北大学", "浪潮信息", "龙芯中科", "海光信息", "麒麟软件", "英特尔", "美团", "快手", "网易数帆"]
MEDIA_C = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅"]
PAL_C = {"bg": ((3, 22, 24), (2, 12, 16)), "title": (70, 236, 168), "aff": (104, 184, 255), "label": (255, 118, 160),
         "line": (40, 170, 140), "dot": (70, 236, 168), "band": (10, 64, 62), "bar": (70, 236, 168),
         "num": (40, 200, 150), "grey": (150, 176, 172), "glow1": (0, 150, 130), "glow2": (40, 90, 200),
         "shadow": (0, 120, 160), "streak": (20, 90, 90)}

REAL_NAMES = [  # names read on the real CLK2023 image (the crops looked at) and names earlier helpers list as real
    "李治军", "许珉嘉", "宋卓", "郑琦", "宋牧春", "杨铠衔", "谢旻晟", "郭健", "郭寒军", "彭志光", "司延腾", "殷锋卫",
    "谈鉴锋", "李培锋", "黄靖", "宋恺睿", "朱彦军", "韩传华", "路旭", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "郭任", "左泽", "王海粟", "江锋", "黄睿",
    "李扬韬", "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "付才", "郑堂权", "袁晓峰", "刘海龙", "张哲华", "周俶易", "贺中坤", "白铠豪", "陈凯", "高亮",
    "李泽帆", "邹德清", "王刘朴", "谢雨来", "程杰", "李珍", "张细锐", "孙南勇", "张翼", "晏艳", "余松平", "荣乾锋",
    "巫强", "聂诚", "余昇锦", "唐辉", "祝嘉", "张子扬"]

# ===========================================================================
# Painting: one 2023 timeline for the three editions; the edition's switches in `ed`.
K = 1.0  # the scale of the picture being painted (1080 -> 1.0, 1242 -> 1.15)


def F(size, bold=False):
    return font(round(size * K), bold)


def k(v):
    return round(v * K)


NAME_SLOT = "宋牧春"  # padded names fill the width of three characters, as 2023 prints them


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


def logo(d, x, y, pal):
    """The organisers' logo lines: a two-leaf mark, 'CHINA LINUX KERNEL' over the Chinese name."""
    d.ellipse([x, y + k(6), x + k(40), y + k(96)], fill=pal["line"])
    d.ellipse([x + k(18), y, x + k(62), y + k(96)], fill=pal["title"])
    d.ellipse([x + k(26), y + k(14), x + k(52), y + k(92)], fill=pal["bg"][0])
    d.text((x + k(84), y + k(22)), "CHINA LINUX KERNEL", font=F(21, True), fill=WHITE)
    d.text((x + k(84), y + k(54)), "中国内核开发者大会", font=F(23, True), fill=WHITE)


def clk_mark(d, W, year, pal):
    """'CLK' with the year raised beside it, inside nested rounded outlines (top right)."""
    cx, cy = W - k(270), k(130)
    for i in range(7):
        r = k(14) + i * k(9)
        d.rounded_rectangle([cx - k(190) - i * k(9), cy - k(70) - i * k(9), cx + k(190) + i * k(9),
                             cy + k(70) + i * k(9)], radius=r + k(30),
                            outline=tuple(int(c * (0.55 - i * 0.06)) for c in pal["title"]), width=k(2))
    cf, yf = F(96, True), F(34, True)
    x = cx - (tw(d, "CLK", cf) + tw(d, year, yf) + k(8)) / 2
    d.text((x, cy - k(70)), "CLK", font=cf, fill=(214, 246, 250), stroke_width=k(2), stroke_fill=pal["title"])
    d.text((x + tw(d, "CLK", cf) + k(8), cy - k(56)), year, font=yf, fill=WHITE)


def speaker_line(d, ed, x, y, sp, right):
    """'padded name  company job' on one line; a 'company job' too long for the line continues under
    itself (broken only at a printed space).  Returns the y of the next line."""
    pal = ed["pal"]
    fn, fa = F(28), F(20)
    name = pad(sp["name"])
    d.text((x, y), name, font=fn, fill=WHITE)
    ax = x + max(tw(d, name, fn), tw(d, NAME_SLOT, fn)) + k(22)
    parts, lines = sp["aff"].split(" "), []
    for p in parts:
        if lines and tw(d, lines[-1] + " " + p, fa) <= right - ax:
            lines[-1] += " " + p
        else:
            lines.append(p)
    sp["_afflines"] = len(lines)
    for i, ln in enumerate(lines):
        d.text((ax, y + k(8) + i * k(30)), fits(d, ln, fa, right - ax), font=fa, fill=pal["aff"])
    return y + k(40) + k(30) * (len(lines) - 1)


def slot(im, d, ed, X0, X1, LX, CX, y, s):
    """One slot of the timeline, its title's top at y.  Returns the next slot's title top."""
    pal = ed["pal"]
    right = im.size[0] - k(48)
    if s["kind"] == "break" and s["title"] not in MEALS:  # 开场 / 开幕 / 开幕式: a plain row, as 2023 prints 开场
        d.text((X0, y + k(3)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(4), y + k(19), LX + k(4), y + k(27)], fill=pal["dot"])
        d.text((CX, y), s["title"], font=F(30, True), fill=pal["title"])
        return y + k(80)
    if s["kind"] == "break":
        top = y - k(27)
        d.rectangle([X0, top, X1, top + k(82)], fill=pal["band"])
        d.text((X0, top + k(20)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(4), top + k(37), LX + k(4), top + k(45)], fill=pal["dot"])
        d.text((CX, top + k(17)), s["title"], font=F(30, True), fill=pal["title"])
        return top + k(82) + k(80)
    if not s["shared"]:
        d.text((X0, y + k(3)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(4), y + k(19), LX + k(4), y + k(27)], fill=pal["dot"])
    tl = wrap_nicely(d, s["title"], F(30, True), right - CX)
    s["_lines"] = len(tl)
    for ln in tl:
        d.text((CX, y), ln, font=F(30, True), fill=pal["title"])
        y += k(40)
    if s.get("panel"):
        mod, guests = s["sp"][0], s["sp"][1:]
        lf = F(28)
        if ed["panel_inline"]:
            d.text((CX, y), "主持人：", font=lf, fill=pal["label"])
            lw = tw(d, "主持人：", lf)
            y = speaker_line(d, ed, CX + lw, y, mod, right)
            d.text((CX, y), "嘉　宾：", font=lf, fill=pal["label"])
            for g in guests:
                y = speaker_line(d, ed, CX + lw, y, g, right)
        else:
            d.text((CX, y), "主持人：", font=lf, fill=pal["label"])
            y = speaker_line(d, ed, CX, y + k(40), mod, right)
            d.text((CX, y), "嘉宾：", font=lf, fill=pal["label"])
            y += k(40)
            for g in guests:
                y = speaker_line(d, ed, CX, y, g, right)
    elif s["line"] == "pair":
        fn, fa = F(28), F(20)
        x = CX
        for i, sp in enumerate(s["sp"]):
            d.text((x, y), pad(sp["name"]), font=fn, fill=WHITE)
            x += max(tw(d, pad(sp["name"]), fn), tw(d, NAME_SLOT, fn)) + k(18)
            d.text((x, y + k(8)), sp["aff"], font=fa, fill=pal["aff"])
            x += tw(d, sp["aff"], fa) + k(44)
        assert x - k(44) <= right, ("pair too wide", s["title"])
        y += k(40)
    elif s["line"] == "joined":
        fn, fa = F(28), F(20)
        a, b = s["sp"]
        assert a["aff"] == b["aff"]
        names = a["name"] + "、" + b["name"]
        d.text((CX, y), names, font=fn, fill=WHITE)
        x = CX + tw(d, names, fn) + k(22)
        d.text((x, y + k(8)), fits(d, a["aff"], fa, right - x), font=fa, fill=pal["aff"])
        y += k(40)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, ed, CX, y, sp, right)
    return y + k(40)


def heading(im, d, ed, X0, X1, y, i, f):
    """A forum's heading: its name (with a big fading numeral behind the afternoon ones), the host where the
    edition prints one, the thick bar.  Returns the first slot's title top."""
    pal = ed["pal"]
    if i == 0:
        d.text((X0, y + k(40)), f["head"], font=F(52, True), fill=WHITE)
        ny = y + k(40)
    else:
        fading_numeral(im, X0 - k(4), y, "%02d" % i, F(112, True), pal["num"], pal["bg"][0])
        ny = y + k(58)
        d.text((X0, ny), f["head"], font=F(50, True), fill=WHITE, stroke_width=k(1), stroke_fill=pal["bg"][0])
    nw = tw(d, f["head"], F(52 if i == 0 else 50, True))
    y = ny + k(80)
    if ed["host"] == "under":
        lf = F(26)
        d.text((X0, y), "主持人：", font=lf, fill=pal["label"])
        x = X0 + tw(d, "主持人：", lf)
        d.text((x, y), pad(f["host"]), font=F(27), fill=WHITE)
        x += tw(d, pad(f["host"]), F(27)) + k(20)
        d.text((x, y + k(7)), fits(d, f["unit"], F(20), X1 - x), font=F(20), fill=pal["aff"])
        y += k(62)
    elif ed["host"] == "right":
        lf = F(26)
        line = "主持人：" + f["host"]
        hx = X1 - max(tw(d, line, lf), tw(d, f["unit"], F(19)))
        assert hx > X0 + nw + k(30), ("host block runs into the forum name", f["head"])
        rtext(d, X1, ny + k(2), f["host"], lf, WHITE)
        rtext(d, X1 - tw(d, f["host"], lf), ny + k(2), "主持人：", lf, pal["label"])
        rtext(d, X1, ny + k(40), f["unit"], F(19), pal["grey"])
    else:
        assert "host" not in f
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    return y + k(18) + k(60)


def paint(im, d, ed):
    W = im.size[0]
    pal = ed["pal"]
    X0, X1 = k(90), W - k(105)
    logo(d, X0, k(40), pal)
    clk_mark(d, W, ed["year"], pal)
    slanted(im, X0, k(262), ed["nth"], F(80, True), WHITE, pal["shadow"])
    slanted(im, X0, k(352), "Linux 内核开发者大会", F(80, True), WHITE, pal["shadow"])
    # the date box: an outlined box with ticks, date, a pin and the city
    bf = F(34, True)
    bw = tw(d, ed["date_text"], bf) + k(30) + k(30) + tw(d, ed["city"], bf) + k(70)
    d.rectangle([X0, k(476), X0 + bw, k(538)], outline=WHITE, width=k(2))
    d.line([(X0 + k(30), k(470)), (X0 + k(90), k(470))], fill=WHITE, width=k(4))
    d.line([(X0 + bw - k(90), k(544)), (X0 + bw - k(30), k(544))], fill=WHITE, width=k(4))
    x = X0 + k(36)
    d.text((x, k(484)), ed["date_text"], font=bf, fill=WHITE)
    x += tw(d, ed["date_text"], bf) + k(30)
    pin(d, x, k(490), WHITE, pal["bg"][0], k(26))
    d.text((x + k(36), k(484)), ed["city"], font=bf, fill=WHITE)
    d.text((X0, k(584)), ed["addr"], font=F(34, True), fill=WHITE)
    # the intro box
    y = k(880)
    top = y
    y = para(d, X0 + k(30), y + k(34), ed["intro"], F(24), (224, 230, 240), X1 - X0 - k(60), k(48)) + k(24)
    d.rectangle([X0, top, X1, y], outline=tuple(int(c * 0.45) for c in pal["title"]), width=k(2))
    y += k(150)
    outline_text(im, W / 2, y + k(16), "AGENDA", F(110, True), tuple(int(c * 0.6) for c in pal["title"]))
    f66 = F(68, True)
    slanted(im, W / 2 - tw(d, "大会议程", f66) / 2, y, "大会议程", f66, WHITE, pal["shadow"])
    y += k(250)
    LX, CX = X0 + k(208), X0 + k(246)
    for i, f in enumerate(ed["forums"]):
        y = heading(im, d, ed, X0, X1, y, i, f)
        top = y
        for s in f["slots"]:
            y = slot(im, d, ed, X0, X1, LX, CX, y, s)
        bar = y - k(30) if f["slots"][-1]["title"] not in MEALS else y - k(62)
        d.line([(LX, top - k(60)), (LX, bar)], fill=pal["line"], width=k(2))
        d.rectangle([X0, bar, X1, bar + k(14)], fill=pal["bar"])
        y = bar + k(14) + k(120)
    for label, hol, units in (("支持单位", "SUPPORT", ed["units"]), ("支持媒体", "SUPPORT", ed["media"])):
        outline_text(im, W / 2, y + k(14), hol, F(96, True), tuple(int(c * 0.6) for c in pal["title"]))
        f60 = F(60, True)
        slanted(im, W / 2 - tw(d, label, f60) / 2, y, label, f60, WHITE, pal["shadow"])
        y += k(170)
        bw, gap, bh = (X1 - X0 - 2 * k(40)) / 3, k(40), k(106)
        for j, u in enumerate(units):
            bx, by = X0 + (j % 3) * (bw + gap), y + (j // 3) * (bh + k(40))
            d.rectangle([bx, by, bx + bw, by + bh], outline=WHITE, width=k(2))
            ff = F(34, True)
            ctext(d, bx + bw / 2, by + bh / 2 - k(25), fits(d, u, ff, bw - k(20)), ff, WHITE)
        y += ((len(units) + 2) // 3) * (bh + k(40)) + k(110)
    ctext(d, W / 2, y, ed["foot"], F(22), pal["grey"])
    return y + k(100)


def background(ed):
    pal = ed["pal"]

    def bg(w, h):
        im = vgrad(w, h, *pal["bg"])
        im = glow(im, w - k(120), k(300), k(420), pal["glow1"], 0.55)
        im = glow(im, k(60), k(1100), k(300), pal["glow2"], 0.25)
        for j, yy in enumerate(range(k(2400), h - k(800), k(1900))):
            im = glow(im, w - k(40) if j % 2 else k(40), yy, k(380), pal["glow1"] if j % 2 else pal["glow2"], 0.22)
        d = ImageDraw.Draw(im)
        rnd = random.Random(ed["seed"])
        for i in range(14):  # swirling streaks around the sphere of the header
            r = k(220) + i * k(22)
            cx, cy = w - k(300), k(760)
            d.arc([cx - r * 1.6, cy - r * 0.6, cx + r * 1.6, cy + r * 0.6], 160 + i * 3, 350,
                  fill=tuple(int(c * (0.75 - i * 0.04)) for c in (pal["glow2"] if i % 3 else pal["glow1"])), width=k(2))
        cx, cy, r = w - k(300), k(740), k(160)
        for j in range(r, 0, -2):  # the sphere: a lit disc, brighter at the top left
            t = j / r
            col = tuple(int(pal["glow1"][c] * (1 - t) * 0.9 + pal["shadow"][c] * t * 0.55) for c in range(3))
            d.ellipse([cx - j - (r - j) * 0.35, cy - j - (r - j) * 0.45, cx + j - (r - j) * 0.35,
                       cy + j - (r - j) * 0.45], fill=col)
        for j in range(4):  # streaks low on the sides, as the 2023 image has them
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - k(260)), yy - k(300))], fill=pal["streak"], width=k(3))
        return grain(im, ed["seed"], 0.006, 3)
    return bg


def draw(ed):
    global K
    K = ed["K"]
    return two_pass(ed["W"], lambda im, d: paint(im, d, ed), background(ed))


ED_A = {"forums": FORUMS_A, "pal": PAL_A, "year": "2781", "nth": "第776届中国", "date_text": "10月24日",
        "city": "襄阳", "addr": "地址：襄阳汉江国际会议中心", "intro": INTRO_A, "units": UNITS_A, "media": MEDIA_A,
        "foot": "主办：中国 Linux 内核开发者大会组委会　承办：湖北文理学院", "seed": 7811, "panel_inline": False,
        "host": None, "K": 1.0, "W": 1080}
ED_B = {"forums": FORUMS_B, "pal": PAL_B, "year": "2782", "nth": "第777届中国", "date_text": "2782年10月23日",
        "city": "绍兴", "addr": "地址：绍兴国际会展中心 2号馆 B厅", "intro": INTRO_B, "units": UNITS_B,
        "media": MEDIA_B, "foot": "主办：中国 Linux 内核开发者大会组委会　承办：绍兴文理学院", "seed": 7822,
        "panel_inline": True, "host": "under", "K": 1.15, "W": 1242}
ED_C = {"forums": FORUMS_C, "pal": PAL_C, "year": "2783", "nth": "第778届中国", "date_text": "2783.11.05（周六）",
        "city": "保定", "addr": "地址：河北大学五四路校区 学术交流中心", "intro": INTRO_C, "units": UNITS_C,
        "media": MEDIA_C, "foot": "主办：中国 Linux 内核开发者大会组委会　承办：河北大学", "seed": 7833,
        "panel_inline": False, "host": "right", "K": 1.0, "W": 1080}

# ===========================================================================
FILE_A = "clk2781-xiangyang-2023-names-teal-no-hosts-1080.png"
FILE_B = "clk2782-shaoxing-2025-names-violet-amber-1242-q85.jpg"
FILE_C = "clk2783-baoding-2022-names-emerald-phone-828-q70.jpg"
LAYOUT_A = (
    "CLK 2781 (第776届), 襄阳, 2781-10-24 (PNG, %d x %d): ONE whole-agenda image in the organisers' 2023 family and "
    "its colours (near-black page, teal titles and bars, blue 'company job', magenta labels, dark-blue break "
    "bands): logo lines, 'CLK' with '2781' raised in nested outlines, a slanted '第776届中国' / 'Linux 内核开发者大会', an "
    "outlined box '10月24日' + pin + '襄阳' WITHOUT a year (as 2023), '地址：襄阳汉江国际会议中心', a framed "
    "introduction, '大会议程' over a hollow 'AGENDA'. CLK2023's forum names as its image prints them: '主论坛', "
    "then under big fading numerals '01'..'04' '内存管理 分论坛', '云和服务器 分论坛', 'Arch&虚拟化&I/O 分论坛', "
    "'调试/eBPF/调度 分论坛' (a space before '分论坛'); NO host printed (as 2023). The 2023 timeline: range 30 px bold "
    "white at the left, a dot on a vertical line, the teal title 30 px bold, then 'padded name (28 px white)  company "
    "job (20 px blue)' one line per speaker. '09:00-09:05 开场' a plain row without a speaker (as 2023), '嘉宾致辞' by 姚建国; Julien Moreau "
    "(Arm) with an English title over two lines; 邢志远 over 蹇晨 (紫光展锐); the morning '圆桌论坛：…' with '主持人：' "
    "and '嘉宾：' on lines of their own and four guests; no lunch printed. Two ranges each shared by TWO talks "
    "(14:00-15:00 in 内存管理, 14:30-15:30 in Arch&虚拟化&I/O; the second talk without time or dot); 吕成 over 任佳琪 "
    "(中国移动云能力中心); 饶子健's long 'company job' (北京航空航天大学 … 博士研究生) continued on a second line under "
    "itself; a 茶歇 band in 内存管理 only. Support units and media in outlined boxes. 6 + 5 + 3 + 4 + 3 talks.")
LAYOUT_B = (
    "CLK 2782 (第777届), 绍兴, 2782-10-23 (JPEG q85, %d x %d): ONE whole-agenda image in the same 2023 family drawn "
    "at 1242 px (every size x 1.15) in VIOLET and AMBER (amber titles and bars, lavender 'company job', teal labels, "
    "violet bands): 'CLK 2782', '第777届中国', a box '2782年10月23日' + pin + '绍兴', '地址：绍兴国际会展中心 2号馆 B厅'. "
    "CLK2025's six folder names exactly (no space before '分论坛'), the afternoon ones over fading numerals "
    "'01'..'05'; under every heading, above the bar, '主持人：padded name' and the unit beside it. '09:00-09:10 开幕' "
    "a plain row without a speaker, '开幕致辞' by 沈国平, Henrik Solberg (Canonical) and Marta Nowak (Intel) with English titles; "
    "TWO speakers of two companies on ONE line, each with his own 'company job' ('程　雅 阿里云 数据库专家　米立峰 平头哥 "
    "驱动工程师'); 姬明 over 计雨萌 (摩尔线程); 冯欣然's long 'company job' (中国科学院计算技术研究所 处理器芯片全国重点实验室 博士研究生) on "
    "ONE line reaching the right margin; 茶歇 and 午餐 bands in 主论坛, a 茶歇 band in 内存管理与优化分论坛; the afternoon "
    "'圆桌对话：…' closing the AI forum with inline labels ('主持人：' before the moderator, '嘉　宾：' before the first "
    "guest, the other guests indented). 4 + 3 + 3 + 3 + 2 + 3 talks.")
LAYOUT_C = (
    "CLK 2783 (第778届), 保定, 2783-11-05 (JPEG q70, %d x %d): ONE whole-agenda image drawn at 1080 px in the same "
    "2023 family in EMERALD (green titles and bars, light-blue 'company job', pink labels, dark-teal bands), then "
    "re-saved as a phone saves it: scaled to 828 px (LANCZOS) and JPEG q70 (4:2:0); at 828 px titles and ranges "
    "are about 23 px, names 21 px, 'company job' 15 px. 'CLK 2783', '第778届中国', a box '2783.11.05（周六）' + pin + "
    "'保定', '地址：河北大学五四路校区 学术交流中心'. CLK2022's four README forum names exactly (主论坛, "
    "处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛'), over fading numerals '01'..'03'; the host "
    "at the RIGHT end of each heading ('主持人：name' over the unit, right-aligned). '09:00-09:10 开幕式' a plain row "
    "without a speaker, '嘉宾致辞' by 戴立群, Elias Berg (Google) with an English title, uncommon surname 麴 (麴志勇), 茶歇 and "
    "午餐 bands in 主论坛, a 茶歇 band in 内存管理与异构计算分论坛; '佟磊、齐佳音  快手 存储内核工程师': two names "
    "joined by '、' sharing one 'company job'; 伏子豪's long 'company job' (中国科学院软件研究所 智能软件研究中心 助理研究员) "
    "on one line. 4 + 3 + 3 + 3 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43, -59 and -72: speakers are names as printed with spaces and "
    "the padding of two-character names removed ('康　立' -> '康立'; the Latin names 'Julien Moreau' -> "
    "'JulienMoreau', 'Henrik Solberg' -> 'HenrikSolberg', 'Marta Nowak' -> 'MartaNowak', 'Elias Berg' -> "
    "'EliasBerg'); host is the chair printed for the forum covering the slot (the name after '主持人：' at the "
    "forum's heading, its unit no part of it), null for breaks, and null for every slot of CLK 2781, which prints "
    "no host (as the organisers' 2023 image prints none); start/end always HH:MM on a 24-hour clock; where two "
    "speakers are printed each has his own affiliation, in printed order; affiliations are the printed 'company "
    "job' exactly, with one space where one is printed and none where the poster runs them together as the "
    "organisers' 2023 image does ('字节跳动Linux内核工程师', 'vivo内存子系统专家', '小米系统性能专家', "
    "'湖北文理学院副校长，二级教授'); break titles as printed; an opening speech printed with a speaker ('嘉宾致辞', "
    "'开幕致辞') is a talk, a slot printed without a speaker ('开场', '开幕', '开幕式') is a break; '午餐' closes 主论坛 as "
    "its break where it is printed (CLK 2781 prints no lunch: its 主论坛 ends with the round table, as 2023's does); "
    "a forum that prints no break after its last talk ends with that talk. Every forum carries its edition's date. "
    "Three invented editions, each ONE whole-agenda image (as the organisers publish CLK2023全部议程.png), each "
    "picture one entry holding its forums in printed order: CLK 2781 (第776届, 襄阳, 2781-10-24, PNG 1080 wide) with "
    "CLK2023's forum names, CLK 2782 (第777届, 绍兴, 2782-10-23, JPEG q85 1242 wide) with CLK2025's six folder names, "
    "CLK 2783 (第778届, 保定, 2783-11-05, drawn 1080 wide and re-saved as a phone saves it, 828 wide JPEG q70) with "
    "CLK2022's four README forum names; all Saturdays; no talk and no person is on two pictures. Headers, logo "
    "lines, introductions, addresses, date boxes, the hollow 'AGENDA' and 'SUPPORT', support units and media, "
    "organiser lines are never part of a name, a title or a slot; the numerals '01'..'05' are no part of a forum's "
    "name. Judgement calls: (1) CLK 2781 prints CLK2023's forum names as the 2023 image prints them, WITH A SPACE "
    "before '分论坛' ('内存管理 分论坛', '云和服务器 分论坛', 'Arch&虚拟化&I/O 分论坛', '调试/eBPF/调度 分论坛'); the "
    "forum is that name without the space before '分论坛' ('内存管理分论坛', '云和服务器分论坛', "
    "'Arch&虚拟化&I/O分论坛', '调试/eBPF/调度分论坛'), as set 72 treated 2023's spaced headings; the '&' and '/' "
    "are part of the names. (2) CLK 2781's date box prints '10月24日' WITHOUT a year, as the 2023 image prints "
    "'10月28日'; the year is the 'CLK 2781' at the top right, so the date is 2781-10-24. CLK 2783's box prints "
    "'2783.11.05（周六）'. (3) ONE printed range shared by TWO talks, the second printed without a time or a dot "
    "of its own (as the 2023 image prints such groups): both talks get that range (set 26's and set 72's "
    "convention): CLK 2781's 内存管理 14:00-15:00 (洪雨桐, then 盛嘉伟 'Per-memcg Swap Limits for Multi-tenant "
    "Containers') and Arch&虚拟化&I/O 14:30-15:30 (甄立群, then 麦家豪 'NVMe over TCP 的零拷贝接收路径'). (4) A round "
    "table is ONE talk (kind 'talk'): its speakers are the moderator first, then the guests in printed order, one "
    "affiliation each; the title keeps '圆桌论坛：' / '圆桌对话：'; the labels '主持人：', '嘉宾：' and '嘉　宾：' are "
    "labels; on CLK 2781 (no hosts) the host stays null, on CLK 2782 the moderator 嵇文 is not the AI forum's host "
    "(桑雅婷). CLK 2781's labels stand on lines of their own; CLK 2782's stand before the moderator's line and the "
    "first guest's line, the other guests indented under it. (5) CLK 2782's '云原生数据库的内核加速：从 io_uring 到 "
    "CXL 内存池' prints TWO speakers of two companies on ONE line, each name followed by his own 'company job' "
    "('程　雅 阿里云 数据库专家　米立峰 平头哥 驱动工程师'): 程雅 (阿里云 数据库专家) and 米立峰 (平头哥 驱动工程师). "
    "(6) CLK 2783's 'io_uring 在分布式存储客户端的批量提交优化' prints two names joined by '、' with ONE 'company job' "
    "after them ('佟磊、齐佳音  快手 存储内核工程师'): two speakers, each given that affiliation. (7) A 'company job' too "
    "long for its line continues on the line under itself (broken at a printed space): it is one affiliation, "
    "the break a space: on CLK 2781 饶子健's '北京航空航天大学 计算机学院 软件开发环境国家重点实验室' / "
    "'博士研究生' is '北京航空航天大学 计算机学院 软件开发环境国家重点实验室 博士研究生'; the continuation line is no "
    "speaker. The other long ones stand on one line (冯欣然 '中国科学院计算技术研究所 处理器芯片全国重点实验室 "
    "博士研究生', 伏子豪 '中国科学院软件研究所 智能软件研究中心 助理研究员'). (8) Titles wrapped over two lines are one title, joined with a space "
    "between Latin words and without one inside Chinese text. (9) Hosts: CLK 2782's stand under the heading above "
    "the bar ('主持人：padded name  unit'), CLK 2783's at the right end of the heading line with the unit under the "
    "name; the unit is no part of the host. (10) CLK 2783 was re-saved as a phone saves it (828 px, JPEG q70): the "
    "re-saving adds nothing to the agenda. (11) Two-speaker talks on two lines: 邢志远 and 蹇晨 (紫光展锐), 吕成 and "
    "任佳琪 (中国移动云能力中心), 姬明 and 计雨萌 (摩尔线程). Uncommon surnames: 蹇 (蹇晨), 竺 (竺海峰), 麴 (麴志勇), "
    "解 (解文涛, read Xiè), 宓 (宓佳), 嵇 (嵇文), 邸 (邸红梅, a host), 卜 (卜文斌).")


def people(forums):
    out = []
    for f in forums:
        if f.get("host"):
            out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(posters):
    assert [f["name"] for f in FORUMS_A] == CLK2023_FORUMS
    assert [f["name"] for f in FORUMS_B] == CLK2025_FORUMS
    assert [f["name"] for f in FORUMS_C] == CLK2022_FORUMS
    for fs in (FORUMS_A, FORUMS_B, FORUMS_C):
        for f in fs:
            assert f["head"].replace(" ", "") == f["name"].replace(" ", ""), f["head"]
    for f in FORUMS_B + FORUMS_C:
        assert f["head"] == f["name"]
    everybody = people(FORUMS_A) + people(FORUMS_B) + people(FORUMS_C)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
    titles = []
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] == "talk" and s["title"] not in ("嘉宾致辞", "开幕致辞")]
            prev = None
            for s in f["slots"]:  # slots follow one another; a shared range repeats the one before it
                if prev is not None:
                    assert s["start"] == prev["end"] or (s["start"], s["end"]) == (prev["start"], prev["end"]), s
                prev = s
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv")
    if listings:
        text = "".join(open(p, encoding="utf-8").read() for p in listings)
        for n in everybody:
            assert plain(n) not in text, n
        for t in titles:
            assert t not in text, t
    shared = [s["title"] for f in FORUMS_A for s in f["slots"] if s["shared"]]
    assert len(shared) == 2
    long_affs = [sp["name"] for fs in (FORUMS_A, FORUMS_B, FORUMS_C) for f in fs for s in f["slots"]
                 for sp in s["sp"] if sp.get("_afflines", 1) > 1]
    assert long_affs == ["饶子健"], long_affs
    wrapped = [s["title"] for fs in (FORUMS_A, FORUMS_B, FORUMS_C) for f in fs for s in f["slots"]
               if s.get("_lines", 1) > 1]
    print("wrapped titles:", wrapped)
    return sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] == "talk")


def main():
    pics = [(FILE_A, LAYOUT_A, ED_A, DATE_A), (FILE_B, LAYOUT_B, ED_B, DATE_B), (FILE_C, LAYOUT_C, ED_C, DATE_C)]
    posters = []
    for fn, layout, ed, date in pics:
        im = draw(ed)
        assert im.size[0] == ed["W"]
        path = os.path.join(HERE, fn)
        if fn == FILE_A:
            im.save(path, optimize=True)
        elif fn == FILE_B:
            im.save(path, quality=85, optimize=True)
        else:  # as a phone re-saves it: scaled to 828 px, JPEG q70
            im = im.resize((828, round(im.size[1] * 828 / im.size[0])), Image.LANCZOS)
            im.save(path, quality=70)
        print(fn, "%d x %d" % im.size, os.path.getsize(path))
        assert im.size[0] == {FILE_A: 1080, FILE_B: 1242, FILE_C: 828}[fn]
        posters.append({"file": fn, "layout": layout % im.size, "date": date,
                        "forums": forum_truth(ed["forums"], date)})
    for p in posters:  # the talk counts each layout string gives
        counts = " + ".join(str(sum(s["kind"] == "talk" for s in f["slots"])) for f in p["forums"])
        assert p["layout"].endswith(counts + " talks."), (p["file"], counts)
    n = check(posters)
    print("talks", n)
    assert 40 <= n <= 55, n
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
