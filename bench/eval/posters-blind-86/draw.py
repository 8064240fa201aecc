"""Draw the eighty-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances.

Two invented editions, each ONE whole-agenda image (the organisers publish one per
year: CLK2023全部议程.png, and CLK2025's listing names CLK2025全部议程.jpg), in the
organisers' 2023 near-black family (logo lines, 'CLK' with the year raised in nested
outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin,
'地址：', a framed introduction, '大会议程' over a hollow 'AGENDA'; each forum: its name
(a big fading numeral behind the afternoon ones), the host, a thick bar, the TIMELINE
-- range at the left, a dot on a vertical line, the title, the speaker lines --, break
bands, a closing bar; '支持单位' / '支持媒体' over outlined boxes at the foot), with
CLK2025's six forum names, both JPEG q85:
  CLK 2861 (第856届, 潍坊): 1080 wide, the 2023 colours (teal, blue, magenta).
  CLK 2862 (第857届, 九江): 1242 wide (every size x 1.15), rose and gold.
What is varied is how a SPEAKER is printed when space is short: per forum the
designer picks 'name · company job', 'name | company' (' ｜ ' on CLK 2862),
'name（company）', or the name alone with 'company job' on the line under it in
smaller type; a few speakers are printed with NO company at all; one pair shares one
company in parentheses ('A、B（company）'); a long 'company job' drops under the name
in a forum that otherwise prints 'name · company job'.
Helpers font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext,
vgrad, grain, glow, two_pass, para, fits, WHITE, MEALS, rng, plain, saturday,
REAL_NAMES, K, F, k, slanted, outline_text, fading_numeral, pin, logo, clk_mark and
background are copied from posters-blind-78/draw.py (itself from sets 72, 68, 59, 43).
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


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5



# ===========================================================================
# Data.  A speaker is S(name, affiliation as printed or None, form):
#   'dot'    name · company job        (one line)
#   'pipe'   name | company            (one line; CLK 2862 prints ' ｜ ')
#   'paren'  name（company）            (one line)
#   'under'  name, then 'company job' on the line under it in smaller type
#   'none'   the name alone, no company printed anywhere (affiliation None)
def S(name, affiliation, form):
    assert (affiliation is None) == (form == "none"), name
    return {"name": name, "aff": affiliation, "form": form}


def T(start, end, title, speakers, joined=False):
    """joined=True: two names joined by '、' and ONE company in parentheses after them (both share it)."""
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "joined": joined}


def R(start, end, title, moderator, guests):
    """A round table: one slot (kind 'panel') whose speakers are the moderator, then the guests in printed order."""
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests, "joined": False}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "joined": False}


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"] if sp["aff"] is not None],
            "host": plain(host) if s["kind"] != "break" else None}


def forum_truth(forums, date):
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f["host"]) for s in f["slots"]]}
            for f in forums]


CLK2025_FORUMS = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
                  "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]

# ---------------------------------------------------------------------------
# 1. CLK 2861 (第856届), 潍坊, Saturday 2861-10-22: JPEG q85, 1080 wide, the 2023 colours.
DATE_A = "2861-10-22"
FORUMS_A = [
    {"name": "主论坛", "host": "栾志刚", "unit": "潍坊学院计算机工程学院 院长", "slots": [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:20", "嘉宾致辞", [S("曲建民", "潍坊学院 副校长", "dot")]),
        T("09:20", "10:00", "内核社区十年：从补丁贡献者到子系统维护者", [S("贺文龙", "华为 操作系统内核首席专家", "dot")]),
        T("10:00", "10:40", "Rethinking Page Cache Writeback for Large Folios",
          [S("Dominik Hartl", "SUSE Labs Senior Kernel Engineer", "dot")]),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:30", "端侧大模型常驻内存：手机内核的压缩与回收策略", [S("覃远舟", "荣耀终端 系统性能架构师", "dot")]),
        R("11:30", "12:10", "圆桌论坛：开源操作系统如何承接 AI 时代的算力需求",
          S("杜晓明", "开放原子开源基金会 技术监督委员会委员", "dot"),
          [S("甘立新", "阿里云 龙蜥社区理事", "dot"), S("毛婧", "中兴通讯 操作系统首席架构师", "dot"),
           S("邹嘉树", "中国科学院软件研究所 研究员", "dot")]),
        B("12:10", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "host": "钟慧敏", "unit": "vivo 内存子系统负责人", "slots": [
        T("13:30", "14:10", "mTHP 在 Android 上的碎片治理与分配成功率", [S("阎小川", "OPPO", "pipe")]),
        T("14:10", "14:50", "memcg 异步回收：把 direct reclaim 挪出关键路径",
          [S("宁远航", "字节跳动", "pipe"), S("叶芊", "字节跳动", "pipe")]),
        T("14:50", "15:30", "基于 DAMON 的冷页识别与分层迁移", [S("骆晨", None, "none")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "slab 对象的 per-CPU 缓存回收延迟分析", [S("褚伟", "腾讯云", "pipe")]),
    ]},
    {"name": "文件系统与存储分论坛", "host": "彭丽华", "unit": "西部数据 存储软件架构师", "slots": [
        T("13:30", "14:10", "ext4 快速提交在小文件同步写场景下的收益", [S("童浩然", "京东云", "paren")]),
        T("14:10", "14:50", "btrfs 在 NAS 产品中的 RAID 一致性修复",
          [S("苏雅琴", "绿联科技", "paren"), S("沈一鸣", "绿联科技", "paren")], joined=True),
        T("14:50", "15:30", "NVMe 多命名空间下的 blk-mq 队列映射", [S("邬家乐", "忆联信息", "paren")]),
    ]},
    {"name": "调度、性能与调试分论坛", "host": "黎晓峰", "unit": "蚂蚁集团 操作系统团队负责人", "slots": [
        T("13:30", "14:10", "sched_ext 上的延迟敏感任务调度器实践", [S("聂云帆", "网易 游戏引擎性能专家", "under")]),
        T("14:10", "14:50", "Continuous Profiling with perf and BPF in Production",
          [S("庞晓宇", "快手 系统性能工程师", "under")]),
        T("14:50", "15:30", "kdump 与 drgn 联合定位内核死锁", [S("鲍俊杰", "统信软件 内核调试工程师", "under")]),
        T("15:30", "16:10", "RCU 宽限期延迟的在线观测与调优",
          [S("蒲家豪", "中国科学技术大学 计算机科学与技术学院 博士研究生", "under")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "host": "乔振宇", "unit": "龙芯中科 系统软件部总监", "slots": [
        T("13:30", "14:10", "LoongArch 虚拟化中的中断直通与性能分析", [S("冉立群", "龙芯中科 虚拟化工程师", "dot")]),
        T("14:10", "14:50", "RISC-V 平台的 CPU 热插拔与电源管理", [S("戚文静", None, "none")]),
        T("14:50", "15:30", "CXL Type 3 设备的内核驱动与 NUMA 节点暴露",
          [S("柯雨辰", "中国科学院计算技术研究所 处理器芯片全国重点实验室 助理研究员", "under")]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "host": "霍建新", "unit": "字节跳动 基础架构研发经理", "slots": [
        T("13:30", "14:10", "用 eBPF 追踪 GPU 训练任务的内核态开销", [S("汤一鸣", "百度智能云", "pipe")]),
        T("14:10", "14:50", "Extending sched_ext with BPF Arenas for Inference Serving Workloads",
          [S("沙文博", "商汤科技", "pipe")]),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "大模型推理节点的 cgroup v2 内存 QoS 实践", [S("谈婷", "美团", "pipe")]),
        T("15:50", "16:30", "基于 BPF LSM 的容器逃逸检测", [S("闻佳琪", "奇安信", "pipe")]),
    ]},
]
INTRO_A = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 856 届，由高校与华为、阿里云、腾讯、"
           "字节跳动、OPPO、vivo、蚂蚁集团、龙芯中科等企业共同发起，以\u201c自由，协作，创新\u201d为理念，以开源技术的"
           "推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由潍坊学院承办，上午为主论坛，"
           "下午五个分论坛同时进行，现诚邀广大 Linux 开发者和爱好者参加。")
UNITS_A = ["潍坊学院", "华为", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "龙芯中科", "蚂蚁集团", "统信软件",
           "英特尔", "荣耀"]
MEDIA_A = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "SegmentFault"]
PAL_A = {"bg": ((5, 12, 30), (3, 9, 23)), "title": (0, 243, 228), "aff": (0, 116, 255), "label": (206, 52, 232),
         "line": (20, 126, 255), "dot": (20, 126, 255), "band": (12, 42, 104), "bar": (0, 243, 228),
         "num": (0, 214, 200), "grey": (150, 160, 186), "glow1": (140, 60, 255), "glow2": (0, 160, 170),
         "shadow": (110, 40, 255), "streak": (58, 44, 140)}

# ---------------------------------------------------------------------------
# 2. CLK 2862 (第857届), 九江, Saturday 2862-11-04: JPEG q85, 1242 wide, rose and gold.
DATE_B = "2862-11-04"
FORUMS_B = [
    {"name": "主论坛", "host": "喻国华", "unit": "九江学院计算机与大数据科学学院 院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("熊建平", "九江学院 校长", "under")]),
        T("09:20", "10:00", "Linux 内核在国产服务器平台上的规模化落地", [S("梅立峰", "麒麟软件 首席技术官", "under")]),
        T("10:00", "10:40", "What Ten Years of Stable Kernel Backports Taught Us",
          [S("Rafael Moreno", "Red Hat Principal Software Engineer", "under")]),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:30", "车载操作系统的内核实时性与功能安全认证",
          [S("鲁海涛", "蔚来 智能系统内核负责人", "under"), S("单静", "蔚来 内核工程师", "under")]),
        R("11:30", "12:10", "圆桌对话：国产 CPU 生态下的内核协同开发",
          S("倪可", "InfoQ 极客传媒 主编", "paren"),
          [S("祁海东", "华为", "paren"), S("殷若彤", "海光信息", "paren"), S("牟建军", "飞腾信息技术", "paren")]),
        B("12:10", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "host": "尹嘉禾", "unit": "阿里云 内核内存团队负责人", "slots": [
        T("13:30", "14:10", "zswap 写回策略在云主机上的调优", [S("任思齐", "阿里云 内核工程师", "dot")]),
        T("14:10", "14:50", "Swap-in Readahead for Mobile Workloads", [S("向晓婷", "小米 内存性能专家", "dot")]),
        T("14:50", "15:30", "页表回收：释放空闲 PTE 页的实现与收益", [S("汪明轩", "统信软件 内核研发工程师", "dot")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "KSM 在虚拟桌面场景下的去重收益评估", [S("阮之", "深信服 虚拟化工程师", "dot")]),
    ]},
    {"name": "文件系统与存储分论坛", "host": "蓝海波", "unit": "华为 文件系统首席专家", "slots": [
        T("13:30", "14:10", "f2fs 在 UFS 4.0 上的写放大控制", [S("裴雨", "传音控股", "pipe")]),
        T("14:10", "14:50", "XFS 在线修复的进展与实测", [S("甄子墨", "浪潮信息", "pipe")]),
        T("14:50", "15:30", "FUSE passthrough 在 AI 数据加载中的性能收益",
          [S("连晓光", "蚂蚁集团", "pipe"), S("伍佳", "蚂蚁集团", "pipe")]),
    ]},
    {"name": "调度、性能与调试分论坛", "host": "房志勇", "unit": "英特尔中国开源技术中心 经理", "slots": [
        T("13:30", "14:10", "EEVDF 下的时间片配置与交互延迟", [S("邓子健", "vivo", "paren")]),
        T("14:10", "14:50", "Tracing Lock Contention with BPF and perf lock", [S("Ingrid Solheim", "Arm", "paren")]),
        T("14:50", "15:30", "内核 livepatch 在大规模集群中的灰度发布", [S("尚文杰", "腾讯", "paren")]),
        T("15:30", "16:10", "ftrace 函数图追踪的低开销改造", [S("宫雪", "中国科学院软件研究所", "paren")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "host": "姜伟东", "unit": "海光信息 系统软件总监", "slots": [
        T("13:30", "14:10", "ARM64 服务器上 MPAM 资源隔离的落地", [S("雷永胜", "飞腾信息技术 系统软件工程师", "under")]),
        T("14:10", "14:50", "国产 NPU 的 IOMMU SVA 支持与共享虚拟内存", [S("施德明", None, "none")]),
        T("14:50", "15:30", "申威平台的大页与 TLB 优化实践", [S("温宏亮", "无锡江南计算技术研究所 高级工程师", "under")]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "host": "曹雅楠", "unit": "字节跳动 STE 团队技术专家", "slots": [
        T("13:30", "14:10", "RDMA 网络在大模型训练中的内核瓶颈分析", [S("孔令哲", "阿里云 智能计算内核专家", "dot")]),
        T("14:10", "14:50", "Building a Low-Overhead GPU Memory Profiler on eBPF", [S("韦思成", None, "none")]),
        T("14:50", "15:30", "基于 XDP 的推理网关四层负载均衡", [S("钮立", "小红书 基础架构工程师", "dot")]),
        T("15:30", "16:10", "eBPF 程序在多内核版本上的兼容性治理",
          [S("章若琳", "清华大学 计算机科学与技术系 博士研究生", "under")]),
    ]},
]
INTRO_B = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，简称 CLK）由国内 Linux 内核领域的企业与高校共同发起，已连续举办"
           "857 届。本届大会由九江学院承办，上午为主论坛，下午内存管理与优化、文件系统与存储、调度性能与调试、硬件"
           "架构与异构计算、AI 基础设施与 eBPF 应用五个分论坛同时进行，来自麒麟软件、华为、阿里云、海光、飞腾、小米、"
           "蔚来、Red Hat、Arm 等企业和高校的开发者将分享内核的最新进展。")
UNITS_B = ["九江学院", "麒麟软件", "华为", "阿里云", "海光信息", "飞腾", "小米", "蔚来", "Red Hat", "Arm", "字节跳动",
           "深信服"]
MEDIA_B = ["CSDN", "InfoQ", "开源中国", "腾源会"]
PAL_B = {"bg": ((10, 7, 24), (4, 3, 12)), "title": (255, 118, 178), "aff": (255, 204, 112), "label": (84, 220, 255),
         "line": (190, 70, 140), "dot": (255, 118, 178), "band": (70, 22, 62), "bar": (255, 118, 178),
         "num": (226, 90, 150), "grey": (176, 160, 184), "glow1": (220, 50, 140), "glow2": (60, 90, 220),
         "shadow": (200, 40, 120), "streak": (96, 30, 80)}

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




def inline(d, x, base, runs):
    """Runs of (text, font, colour) on one baseline from x; returns the x after the last."""
    for text, f, col in runs:
        d.text((x, base), text, font=f, fill=col, anchor="ls")
        x += tw(d, text, f)
    return x


def speaker_runs(ed, sp):
    """The printed runs of one speaker line (the 'under' form only its first line)."""
    pal = ed["pal"]
    name = (sp["name"], F(28), WHITE)
    if sp["form"] in ("none", "under"):
        return [name]
    if sp["form"] == "dot":
        return [name, ("  ·  ", F(22, True), pal["grey"]), (sp["aff"], F(22), pal["aff"])]
    if sp["form"] == "pipe":
        return [name, (ed["pipe"], F(24), pal["grey"]), (sp["aff"], F(24), pal["aff"])]
    assert sp["form"] == "paren"
    return [name, ("（" + sp["aff"] + "）", F(24), pal["aff"])]


def runs_width(d, runs):
    return sum(tw(d, t, f) for t, f, _ in runs)


def speaker_line(d, ed, x, y, sp, right):
    """One speaker at the line whose top is y; returns the next line's top."""
    pal = ed["pal"]
    runs = speaker_runs(ed, sp)
    assert x + runs_width(d, runs) <= right, ("speaker line too wide", sp["name"])
    inline(d, x, y + k(30), runs)
    y += k(40)
    if sp["form"] == "under":
        fa = F(20)
        d.text((x, y - k(2)), fits(d, sp["aff"], fa, right - x), font=fa, fill=pal["aff"])
        y += k(32)
    return y


def panel_a(d, ed, CX, y, s, right):
    """2023's round table: '主持人：' and '嘉宾：' on lines of their own, one speaker line each under them."""
    pal = ed["pal"]
    mod, guests = s["sp"][0], s["sp"][1:]
    lf = F(28)
    d.text((CX, y), "主持人：", font=lf, fill=pal["label"])
    y = speaker_line(d, ed, CX, y + k(40), mod, right)
    d.text((CX, y), "嘉宾：", font=lf, fill=pal["label"])
    y += k(40)
    for g in guests:
        y = speaker_line(d, ed, CX, y, g, right)
    return y


def panel_b(d, ed, CX, y, s, right):
    """A round table printed short: '主持：name（unit）', then '嘉宾：' and the guests 'name（company）' joined by '、',
    wrapped at a '、' when the line is full (the continuation indented under the first guest)."""
    pal = ed["pal"]
    mod, guests = s["sp"][0], s["sp"][1:]
    lf = F(28)
    inline(d, CX, y + k(30), [("主持：", lf, pal["label"])] + speaker_runs(ed, mod))
    y += k(40)
    gx = CX + tw(d, "嘉宾：", lf)
    inline(d, CX, y + k(30), [("嘉宾：", lf, pal["label"])])
    x = gx
    lines = 1
    for i, g in enumerate(guests):
        runs = speaker_runs(ed, g)
        if i < len(guests) - 1:
            runs = runs + [("、", F(24), pal["grey"])]
        if x > gx and x + runs_width(d, runs) > right:
            y += k(40)
            x = gx
            lines += 1
        x = inline(d, x, y + k(30), runs)
        assert x <= right
    s["_guest_lines"] = lines
    return y + k(40)


def slot(im, d, ed, X0, X1, LX, CX, y, s):
    """One slot of the timeline, its title's top at y.  Returns the next slot's title top."""
    pal = ed["pal"]
    right = im.size[0] - k(56)
    if s["kind"] == "break" and s["title"] not in MEALS:  # 开场 / 开幕: a plain row, as 2023 prints 开场
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
    d.text((X0, y + k(3)), rng(s), font=F(30, True), fill=WHITE)
    d.ellipse([LX - k(4), y + k(19), LX + k(4), y + k(27)], fill=pal["dot"])
    tl = wrap_nicely(d, s["title"], F(30, True), right - CX)
    s["_lines"] = len(tl)
    s["_tl"] = tl
    for ln in tl:
        d.text((CX, y), ln, font=F(30, True), fill=pal["title"])
        y += k(40)
    if s["kind"] == "panel":
        y = (panel_a if ed["panel"] == "a" else panel_b)(d, ed, CX, y, s, right)
    elif s["joined"]:
        a, b = s["sp"]
        assert a["aff"] == b["aff"] and a["form"] == b["form"] == "paren"
        runs = [(a["name"] + "、" + b["name"], F(28), WHITE), ("（" + a["aff"] + "）", F(24), pal["aff"])]
        assert CX + runs_width(d, runs) <= right
        inline(d, CX, y + k(30), runs)
        y += k(40)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, ed, CX, y, sp, right)
    return y + k(40)


def heading(im, d, ed, X0, X1, y, i, f):
    """A forum's heading: its name (a big fading numeral behind the afternoon ones), the host line under it,
    the thick bar.  Returns the first slot's title top."""
    pal = ed["pal"]
    if i == 0:
        d.text((X0, y + k(40)), f["name"], font=F(52, True), fill=WHITE)
        ny = y + k(40)
    else:
        fading_numeral(im, X0 - k(4), y, "%02d" % i, F(112, True), pal["num"], pal["bg"][0])
        ny = y + k(58)
        d.text((X0, ny), f["name"], font=F(50, True), fill=WHITE, stroke_width=k(1), stroke_fill=pal["bg"][0])
    y = ny + k(80)
    lf = F(26)
    if ed["host"] == "spaced":  # 主持人：name  unit
        runs = [("主持人：", lf, pal["label"]), (f["host"], F(27), WHITE), ("　", F(20), WHITE),
                (f["unit"], F(20), pal["aff"])]
    else:  # 主持人：name（unit）
        runs = [("主持人：", lf, pal["label"]), (f["host"], F(27), WHITE), ("（" + f["unit"] + "）", F(22), pal["aff"])]
    assert X0 + runs_width(d, runs) <= X1, ("host line too wide", f["name"])
    inline(d, X0, y + k(28), runs)
    y += k(62)
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


ED_A = {"forums": FORUMS_A, "pal": PAL_A, "year": "2861", "nth": "第856届中国", "date_text": "2861年10月22日",
        "city": "潍坊", "addr": "地址：潍坊富华大酒店 国际会议中心", "intro": INTRO_A, "units": UNITS_A,
        "media": MEDIA_A, "foot": "主办：中国 Linux 内核开发者大会组委会　承办：潍坊学院", "seed": 8611,
        "panel": "a", "host": "spaced", "pipe": "  |  ", "K": 1.0, "W": 1080}
ED_B = {"forums": FORUMS_B, "pal": PAL_B, "year": "2862", "nth": "第857届中国", "date_text": "2862年11月4日 周六",
        "city": "九江", "addr": "地址：九江学院 学术交流中心一楼报告厅", "intro": INTRO_B, "units": UNITS_B,
        "media": MEDIA_B, "foot": "主办：中国 Linux 内核开发者大会组委会　承办：九江学院", "seed": 8622,
        "panel": "b", "host": "paren", "pipe": " ｜ ", "K": 1.15, "W": 1242}

# ===========================================================================
FILE_A = "clk2861-weifang-2023-teal-1080-q85-speaker-forms.jpg"
FILE_B = "clk2862-jiujiang-2023-rose-gold-1242-q85-speaker-forms.jpg"
LAYOUT_A = (
    "CLK 2861 (第856届), 潍坊, 2861-10-22 (JPEG q85, %d x %d): ONE whole-agenda image in the organisers' 2023 "
    "near-black family and its colours (teal titles and bars, blue company lines, magenta labels, dark-blue break "
    "bands): logo lines, 'CLK' with '2861' raised in nested outlines, a slanted '第856届中国' / 'Linux 内核开发者大会', "
    "an outlined box '2861年10月22日' + pin + '潍坊', '地址：潍坊富华大酒店 国际会议中心', a framed introduction, "
    "'大会议程' over a hollow 'AGENDA'. CLK2025's six forum names exactly, the afternoon ones over big fading "
    "numerals '01'..'05'; under every heading, above the bar, '主持人：name　unit'. The 2023 timeline (range 30 px bold "
    "white at the left, a dot on a vertical line, title 30 px bold teal). SPEAKER FORMS, one per forum as a designer "
    "short of space picks them: 主论坛 'name · company job' (name 28 px white, '·' grey, 'company job' 22 px blue), "
    "内存管理与优化 and AI 基础设施 'name  |  company' (company 24 px, no job), 文件系统与存储 'name（company）', "
    "调度、性能与调试 the NAME ALONE with 'company job' on the line under it (20 px), 硬件架构 'name · company job' "
    "with one long 'company job' dropped under the name (柯雨辰). NO COMPANY printed for 骆晨 (内存) and 戚文静 "
    "(硬件). '苏雅琴、沈一鸣（绿联科技）': two names sharing one company. Two speakers on two lines: 宁远航 | 字节跳动 over "
    "叶芊 | 字节跳动. '09:00-09:10 开幕' a plain row, '嘉宾致辞' by 曲建民 (潍坊学院 副校长); Dominik Hartl (SUSE) with "
    "'Rethinking Page Cache' / 'Writeback for Large Folios'; 茶歇 and 午餐 bands in 主论坛; the round table "
    "'圆桌论坛：' / '开源操作系统如何承接 AI 时代的算力需求' with '主持人：' and '嘉宾：' on lines of their own "
    "(moderator 杜晓明, three guests, 'name · company job' each); 茶歇 bands in 内存管理与优化 and the AI forum; "
    "'memcg 异步回收：' / '把 direct reclaim 挪出关键路径', 'Continuous Profiling with' / 'perf and BPF in Production' "
    "and 'Extending sched_ext with BPF Arenas' / 'for Inference Serving Workloads' over two lines. Support units and "
    "media in outlined boxes. Uncommon surnames 栾 (a host), 覃, 褚, 邬. 5 + 4 + 3 + 4 + 3 + 4 talks.")
LAYOUT_B = (
    "CLK 2862 (第857届), 九江, 2862-11-04 (JPEG q85, %d x %d): ONE whole-agenda image in the same 2023 near-black "
    "family drawn at 1242 px (every size x 1.15) in ROSE and GOLD (rose titles, bars and dots, gold company lines, "
    "cyan labels, plum break bands): 'CLK 2862', '第857届中国', a box '2862年11月4日 周六' + pin + '九江', "
    "'地址：九江学院 学术交流中心一楼报告厅'. CLK2025's six forum names exactly, the afternoon ones over fading "
    "numerals '01'..'05'; under every heading '主持人：name（unit）'. SPEAKER FORMS: 主论坛 and 硬件架构 the NAME "
    "ALONE with 'company job' on the line under it in smaller type, 内存管理与优化 'name · company job', 文件系统与存储 "
    "'name ｜ company' (full-width bar, no job), 调度、性能与调试 'name（company）', the AI forum 'name · company job' "
    "with one long 'company job' dropped under the name (章若琳). NO COMPANY printed for 施德明 (硬件) and 韦思成 (AI). "
    "'09:00-09:05 开场' a plain row, '嘉宾致辞' by 熊建平 (name over '九江学院 校长'); Rafael Moreno over 'Red Hat "
    "Principal Software Engineer' with the English 'What Ten Years of Stable' / 'Kernel Backports Taught Us'; 韦思成 "
    "(no company) with 'Building a Low-Overhead' / 'GPU Memory Profiler on eBPF'; 鲁海涛 and "
    "单静 (蔚来) each a name over its own company line; 茶歇 and 午餐 bands in 主论坛; the round table '圆桌对话：国产 "
    "CPU 生态下的内核协同开发' printed short: '主持：倪可（InfoQ 极客传媒 主编）' and '嘉宾：祁海东（华为）、殷若彤（海光信息）、' "
    "/ '牟建军（飞腾信息技术）' (the guests joined by '、', wrapped at a '、', the second line indented under the first "
    "guest); Ingrid Solheim（Arm） with 'Tracing Lock Contention with BPF and perf lock'; 连晓光 ｜ 蚂蚁集团 over 伍佳 ｜ "
    "蚂蚁集团; a 茶歇 band in 内存管理与优化. Uncommon surnames 牟, 钮, 祁. 5 + 4 + 3 + 4 + 3 + 4 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 72, 75, 78): speakers are names as printed with spaces "
    "removed (the Latin names 'Dominik Hartl' -> 'DominikHartl', 'Rafael Moreno' -> 'RafaelMoreno', 'Ingrid Solheim' "
    "-> 'IngridSolheim'); host is the chair printed after '主持人：' under the forum's heading (the unit beside it or in "
    "parentheses after it no part of it and no affiliation of any slot), null for breaks; start/end HH:MM on a 24-hour "
    "clock; where two speakers are printed each has his own affiliation, in printed order; an opening speech printed "
    "with a speaker ('嘉宾致辞') is a talk, a slot printed without one ('开幕', '开场') is a break; '午餐' closes 主论坛 "
    "as its break; a forum that prints no break after its last talk ends with that talk; every forum carries its "
    "edition's date. Two invented editions, each ONE whole-agenda image (as the organisers publish CLK2023全部议程.png "
    "and CLK2025全部议程.jpg), each picture one entry holding its six forums in printed order (CLK2025's folder names, "
    "printed exactly): CLK 2861 (第856届, 潍坊, 2861-10-22, JPEG q85, 1080 wide) and CLK 2862 (第857届, 九江, "
    "2862-11-04, JPEG q85, 1242 wide); both Saturdays; no talk and no person is on two pictures. Headers, logo lines, "
    "introductions, addresses, date boxes, the hollow 'AGENDA' and 'SUPPORT', support units and media, organiser lines "
    "are never part of a name, a title or a slot; the numerals '01'..'05' are no part of a forum's name. Judgement "
    "calls: (1) THE AFFILIATION IS WHAT IS PRINTED FOR THE SPEAKER, whatever the form: 'name · company job' -> the "
    "'company job' after the dot ('贺文龙 · 华为 操作系统内核首席专家' -> '华为 操作系统内核首席专家'); 'name | company' "
    "and 'name ｜ company' -> the company ('阎小川  |  OPPO' -> 'OPPO'); 'name（company）' -> the text inside the "
    "parentheses ('童浩然（京东云）' -> '京东云', 'Ingrid Solheim（Arm）' -> 'Arm'); the name alone with a smaller line "
    "under it -> that line ('聂云帆' / '网易 游戏引擎性能专家' -> '网易 游戏引擎性能专家'). The separators '·', '|', '｜' "
    "and the parentheses are no part of the name or of the affiliation; the 'company job' keeps its printed space. "
    "(2) A speaker printed with NO company (骆晨, 戚文静, 施德明, 韦思成: the name alone, nothing under it, each the "
    "only speaker of his talk) has no affiliation: that talk's 'affiliations' is EMPTY ([]), as sets 27, 33 and 56 "
    "give it; the next line (a range or a title) is no affiliation. (3) '苏雅琴、沈一鸣（绿联科技）' is two speakers "
    "sharing ONE company: both get '绿联科技'. (4) A round table is ONE slot of kind 'panel' (as sets 66 and 79): its "
    "speakers are the moderator first, then the guests in printed order, one affiliation each; the title keeps "
    "'圆桌论坛：' / '圆桌对话：'; the labels '主持人：', '主持：' and '嘉宾：' are labels; the moderator is not the "
    "forum's host (杜晓明 vs 栾志刚, 倪可 vs 喻国华). On CLK 2862 the guests stand on the '嘉宾：' line as "
    "'name（company）' joined by '、' and wrapped after a '、' to a second line: each guest's company is the one in "
    "his own parentheses, the '、' is nothing. (5) Two speakers of one talk on two lines (宁远航 and 叶芊, 鲁海涛 and "
    "单静, 连晓光 and 伍佳) are two speakers, each with his own printed company. (6) Where a forum prints "
    "'name · company job' but one long 'company job' stands under the name instead (柯雨辰 on CLK 2861, 章若琳 on "
    "CLK 2862), that line is still the speaker's affiliation. (7) Titles wrapped over two lines are one title, joined "
    "with a space between Latin words and without one inside Chinese text. (8) '嘉宾致辞' is printed on both pictures: "
    "two talks of two editions (different speakers). Uncommon surnames: 栾 (栾志刚, a host), 覃 (覃远舟), 褚 (褚伟), "
    "邬 (邬家乐), 牟 (牟建军, read Mù), 钮 (钮立), 单 (单静, read Shàn).")


def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(posters):
    assert [f["name"] for f in FORUMS_A] == CLK2025_FORUMS
    assert [f["name"] for f in FORUMS_B] == CLK2025_FORUMS
    everybody = people(FORUMS_A) + people(FORUMS_B)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
    titles = []
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break" and s["title"] != "嘉宾致辞"]
            prev = None
            for s in f["slots"]:  # slots follow one another without gaps or overlaps
                assert s["start"] < s["end"], s
                if prev is not None:
                    assert s["start"] == prev["end"], s
                prev = s
            for s in f["slots"]:
                assert (s["host"] is None) == (s["kind"] == "break"), s
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv")
    if listings:
        text = "".join(open(p, encoding="utf-8").read() for p in listings)
        for n in everybody:
            assert plain(n) not in text, n
        for t in titles:
            assert t not in text, t
    forms = {}
    for fs in (FORUMS_A, FORUMS_B):
        for f in fs:
            for s in f["slots"]:
                for sp in s["sp"]:
                    forms.setdefault(sp["form"], []).append(sp["name"])
                if any(sp["form"] == "none" for sp in s["sp"]):
                    assert len(s["sp"]) == 1, s["title"]  # a speaker without company speaks alone
    assert set(forms) == {"dot", "pipe", "paren", "under", "none"}, forms
    assert 3 <= len(forms["none"]) <= 5
    latin = [n for n in everybody if re.match(r"[A-Za-z]", n)]
    assert len(latin) >= 3, latin
    english = [t for t in titles if re.fullmatch(r"[A-Za-z0-9 :'_\-]+", t)]
    assert len(english) >= 5, english
    panels = [s for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] == "panel"]
    assert len(panels) == 2
    assert FORUMS_B[0]["slots"][6]["_guest_lines"] == 2  # the guests of CLK 2862's round table wrap once
    assert [s["_tl"] for fs in (FORUMS_A, FORUMS_B) for f in fs for s in f["slots"] if s.get("_lines", 1) > 1] == [
        ["Rethinking Page Cache", "Writeback for Large Folios"], ["圆桌论坛：", "开源操作系统如何承接 AI 时代的算力需求"],
        ["memcg 异步回收：", "把 direct reclaim 挪出关键路径"], ["Continuous Profiling with", "perf and BPF in Production"],
        ["Extending sched_ext with BPF Arenas", "for Inference Serving Workloads"],
        ["What Ten Years of Stable", "Kernel Backports Taught Us"], ["Building a Low-Overhead", "GPU Memory Profiler on eBPF"]]
    for fs in (FORUMS_A, FORUMS_B):
        wrapped = [s["title"] for f in fs for s in f["slots"] if s.get("_lines", 1) > 1]
        assert wrapped and all(s.get("_lines", 1) <= 2 for f in fs for s in f["slots"]), wrapped
        print("wrapped titles:", [s["_tl"] for f in fs for s in f["slots"] if s.get("_lines", 1) > 1])
    return sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break")


def main():
    pics = [(FILE_A, LAYOUT_A, ED_A, DATE_A), (FILE_B, LAYOUT_B, ED_B, DATE_B)]
    posters = []
    for fn, layout, ed, date in pics:
        im = draw(ed)
        assert im.size[0] == ed["W"] and 8000 <= im.size[1] <= 16000, im.size
        path = os.path.join(HERE, fn)
        im.save(path, quality=85, optimize=True)
        print(fn, "%d x %d" % im.size, os.path.getsize(path))
        posters.append({"file": fn, "layout": layout % im.size, "date": date,
                        "forums": forum_truth(ed["forums"], date)})
    for p in posters:  # the talk counts each layout string gives
        counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in p["forums"])
        assert p["layout"].endswith(counts + " talks."), (p["file"], counts)
    n = check(posters)
    print("scored talks", n)
    assert 40 <= n <= 55, n
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
