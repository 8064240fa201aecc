"""Draw the seventy-seventh blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four forum posters and truth.json next to this file.
Every string printed on a picture comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 2771 (第766届, 南通, 南通大学, Saturday 2771-10-23), printed
as CLK2024's repository holds its posters: ONE WebP PER FORUM, named by its forum, with
CLK2022's four forum names (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛,
'IO 与 ebpf 分论坛'), at the real forum posters' length (13,000-15,000 px at 1080 wide),
in their family recoloured: deep teal ('江海') with mint and a little gold instead of
royal blue and cyan.  The head, the forum on a slanted plate, a HOST CARD (photo,
'主持人' tag, name, unit, a short biography) instead of the host bar; each talk after V
marks a TAB with the range in a segmented 'digital' face, a frame with the title, per
speaker a biography of three to six lines, a ringed photo and the name plate.  What the
designer varies: the plate stands OVER the photo's lower edge (主论坛, 'IO 与 ebpf
分论坛', the photo at the right or the left, talk by talk) or BESIDE / under it as in
2024 (the two other forums, left or right, talk by talk); a company-and-job line under
the plate (主论坛, 内存管理与异构计算分论坛) or none (the two others); one or two
speakers per talk; 茶歇 a tab over a small frame; the opening a band; the long foot.
"""
import datetime
import json
import math
import os
import random
import re
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

# ---------------------------------------------------------------------------
# helpers copied unchanged from posters-blind-71/draw.py (which took them from sets
# 66, 65, 62 and 59): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely,
# ctext, rtext, vgrad, grain, glow, qrcode, T, B, plain, S, aff, truth_slot,
# forum_truth, two_pass, cup, bowl, logo_lines, seed_of, para, fits, MEALS, WHITE,
# rng, meal_mark, saturday; pin with its hole's colour made a parameter
# (truth_slot, forum_truth, para and bowl are unused here)
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


def pin(d, x, y, fill, k=1.0, hole=(6, 52, 78)):
    """A location pin (the organisers' date pill and address carry one)."""
    d.ellipse([x, y, x + 20 * k, y + 20 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 13 * k), (x + 18 * k, y + 13 * k), (x + 10 * k, y + 28 * k)], fill=fill)
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=hole)


# ===========================================================================
# CLK 2771 (第766届), 南通, 南通大学, Saturday 2771-10-23.  ONE edition printed as
# CLK2024's repository holds its forum posters: one WebP per forum, named by the forum.
EDITION = "CLK 2771"
YEAR = "2771"
NTH = "第766届中国"
DATE = "2771-10-23"
DATE_PRINTED = "2771年10月23日"
CITY = "南通"
SCHOOL = "南通大学"
SCHOOL_UNIT = "信息科学技术学院"
SCHOOL_EN = "School of Information Science and Technology, Nantong University"
CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]


def P(name, company, job, bio):
    """A talk's speaker: the name (on a plate), company and job (printed under the plate only where the
    forum prints a company line), and the biography (three to six lines on the poster)."""
    return S(name, company, job, bio)


def H(name, unit, bio):
    """A forum's host, as the host card prints him: photo, '主持人' tag, name, unit, a short biography."""
    return {"name": name, "unit": unit, "bio": bio}


# A forum: (name, hall, host, plate mode, company line printed?, slots).  Plate mode 'over': the plate is
# laid over the photo's lower edge (a talk's side 'OR' / 'OL': the photo at the right / left); 'beside':
# the 2024 way (side 'R': plate under the photo at the right; 'L': plate at the left, beside the photo).
FORUMS = [
    ("主论坛", "南通大学啬园校区\n学术交流中心一楼报告厅",
     H("蒯立新", "南通大学信息科学技术学院院长、教授",
       "南通大学信息科学技术学院院长，教授、博士生导师，主要研究方向为嵌入式操作系统与物联网安全。"
       "2005 年博士毕业于南京大学，曾在微软亚洲研究院系统组访问研究。"),
     "over", True, [
         B("09:00", "09:10", "开场"),
         T("09:10", "09:20", "嘉宾致辞",
           [P("顾建民", "南通大学", "副校长",
              "南通大学副校长，教授、博士生导师，江苏省“333 工程”中青年科学技术带头人。长期从事工业互联网与"
              "嵌入式系统研究，主持国家自然科学基金项目多项。2003 年博士毕业于东南大学，曾在新加坡南洋理工大学"
              "访问研究一年。")], "蒯立新", side="OR"),
         T("09:20", "09:50", "openEuler 内核的下一个十年：面向智能计算的统一基座",
           [P("龚海峰", "华为", "openEuler 内核技术总监",
              "华为操作系统内核实验室技术总监，openEuler 技术委员会委员，负责内核的技术路线与版本规划，带领团队"
              "向上游贡献补丁三千余个。加入华为前在中兴通讯从事电信级 Linux 开发八年，硕士毕业于南京航空航天大学。")],
           "蒯立新", side="OL"),
         T("09:50", "10:20", "Ten Years of Kernel Live Patching: Lessons from Enterprise Customers",
           [P("Nicolas Girard", "SUSE", "Distinguished Engineer",
              "Nicolas is a distinguished engineer at SUSE in Nuremberg and a long-time contributor to livepatch "
              "and ftrace. Before SUSE he worked at Mandriva and Bull on enterprise kernels. He studied computer "
              "science at the University of Rennes.")], "蒯立新", side="OR"),
         B("10:20", "10:35", "茶歇"),
         T("10:35", "11:05", "龙蜥操作系统在 AI 推理集群中的内核调优",
           [P("吴振宇", "阿里云", "资深技术专家",
              "阿里云基础软件部资深技术专家，龙蜥社区内核 SIG 核心成员，负责 Alibaba Cloud Linux 在推理集群中的"
              "性能与稳定性。此前在英特尔亚太研发中心从事至强平台内核优化七年，毕业于北京航空航天大学。"),
            P("上官静怡", "阿里云", "高级开发工程师",
              "阿里云基础软件部高级开发工程师，主要从事内存 QoS 与 PSI 相关的内核开发。2021 年硕士毕业于南京大学"
              "软件学院，研究生期间在网易杭州研究院实习。")], "蒯立新", side="OL"),
         T("11:05", "11:35", "RISC-V 服务器平台的内核与固件协同",
           [P("笪海燕", "中国科学院软件研究所", "副研究员",
              "中国科学院软件研究所智能软件研究中心副研究员，负责 RISC-V 服务器平台上内核、OpenSBI 与 UEFI 固件"
              "的协同适配，参与 openEuler RISC-V 版本的发布。此前在平头哥半导体从事玄铁处理器的 BSP 开发，2016 "
              "年博士毕业于中国科学技术大学。")], "蒯立新", side="OR"),
         T("11:35", "12:05", "开源处理器与内核协同：香山平台的软件生态建设",
           [P("谈宇宁", "中国科学院计算技术研究所", "副研究员",
              "中国科学院计算技术研究所副研究员，负责香山开源高性能 RISC-V 处理器的系统软件生态，主持了内核、"
              "虚拟化与性能分析工具在香山平台上的适配。2015 年博士毕业于北京大学，曾在 Arm 剑桥总部实习。"),
            P("金思彤", "北京开源芯片研究院", "软件工程师",
              "北京开源芯片研究院软件工程师，负责香山平台的 Linux 内核移植与上游提交，维护平台的持续集成与回归测试。"
              "此前在兆芯从事 BIOS 开发，硕士毕业于北京航空航天大学。")], "蒯立新", side="OL"),
         T("12:05", "12:30", "大模型辅助的内核补丁评审：实践与边界",
           [P("蔡铭远", "百度", "主任架构师",
              "百度智能云主任架构师，负责内核研发效能与质量平台，主导了基于大模型的补丁评审助手在内部内核分支的"
              "落地。此前在新浪从事基础架构开发，毕业于哈尔滨工业大学计算机科学与技术学院。")], "蒯立新", side="OR"),
     ]),
    ("处理器架构与调度分论坛", "南通大学啬园校区\n信息科学技术学院 3 楼报告厅",
     H("汤文斌", "南通大学信息科学技术学院副教授",
       "南通大学信息科学技术学院副教授，硕士生导师，研究方向为多核调度与实时系统。博士毕业于东南大学，"
       "曾在 IBM 中国研究院从事系统性能分析工作。"),
     "beside", False, [
         T("13:30", "13:55", "sched_ext 调度策略的灰度发布与回滚",
           [P("殷浩", "美团", "内核工程师",
              "美团基础研发平台内核工程师，负责在线服务集群的调度优化，主导了 sched_ext 策略的灰度发布与自动回滚"
              "框架。此前在百度从事搜索服务的性能调优，毕业于南京大学计算机科学与技术系。")], "汤文斌", side="R"),
         T("13:55", "14:20", "鲲鹏服务器上的 NUMA 感知负载均衡",
           [P("冯立伟", "华为", "内核专家",
              "华为计算产品线内核专家，长期从事鲲鹏平台的调度与 NUMA 性能优化，多项补丁已合入主线。加入华为前在"
              "曙光信息从事高性能计算系统软件开发，硕士毕业于中国科学技术大学。")], "汤文斌", side="L"),
         T("14:20", "14:45", "EEVDF in the Wild: Latency Tuning for Mixed Workloads",
           [P("邵子涵", "腾讯", "内核工程师",
              "腾讯 TencentOS 内核工程师，专注于 CFS 迁移到 EEVDF 之后的延迟分析与调优，参与维护 OpenCloudOS 内核"
              "的调度子系统。此前在网易游戏从事服务器性能优化，毕业于北京邮电大学。")], "汤文斌", side="R"),
         T("14:45", "15:10", "大小核手机平台的能效感知任务放置",
           [P("郑一鸣", "OPPO", "内核性能专家",
              "OPPO 内核性能专家，负责 ColorOS 调度与功耗的协同策略，设计了面向游戏和相机场景的任务放置方案。"
              "此前在联发科技从事平台调优五年，毕业于西安电子科技大学。"),
            P("包思琪", "东南大学", "博士研究生",
              "东南大学计算机科学与工程学院博士研究生，研究方向为移动设备能效调度，相关论文发表于 MobiSys。2024 年"
              "起在 OPPO 内核团队实习，本科毕业于南通大学。")], "汤文斌", side="L"),
         T("15:10", "15:35", "LoongArch 平台的中断亲和与调度协同",
           [P("禚建国", "龙芯中科", "系统软件工程师",
              "龙芯中科系统软件工程师，负责 LoongArch 内核中断子系统与调度相关特性的开发与上游化。此前在中国科学院"
              "计算技术研究所从事处理器验证工作，2016 年硕士毕业于哈尔滨工业大学。")], "汤文斌", side="R"),
         B("15:35", "15:50", "茶歇"),
         T("15:50", "16:15", "PREEMPT_RT 合入主线之后：工业控制场景的实测",
           [P("麦嘉欣", "中兴通讯", "实时内核负责人",
              "中兴通讯操作系统产品部实时内核负责人，带领团队完成了嵌入式产品向 PREEMPT_RT 的迁移。此前在风河系统"
              "（Wind River）从事 VxWorks 与 Linux 双系统开发，毕业于华南理工大学。")], "汤文斌", side="R"),
         T("16:15", "16:40", "cgroup v2 CPU 带宽控制的抖动分析与改进",
           [P("孔令杰", "快手", "容器内核工程师",
              "快手基础平台容器内核工程师，负责容器 CPU 隔离与限流问题的分析，提出了 CFS bandwidth 抖动的缓解方案"
              "并推动落地。此前在京东从事容器平台开发，毕业于山东大学计算机科学与技术学院。")], "汤文斌", side="L"),
         T("16:40", "17:05", "x86 混合架构上的任务放置：从 ITD 到调度器",
           [P("田雨霏", "英特尔", "软件工程师",
              "英特尔中国软件与先进技术事业部工程师，参与混合架构处理器 ITD/HFI 驱动与调度器支持的上游开发。此前在 "
              "AMD 上海研发中心从事电源管理固件开发，毕业于上海交通大学。")], "汤文斌", side="R"),
         T("17:05", "17:30", "512 核服务器上的调度器扩展性瓶颈",
           [P("仇立新", "海光信息", "高级工程师",
              "海光信息系统软件部高级工程师，负责高核数服务器的调度与锁扩展性优化，定位并修复了多处运行队列锁竞争"
              "问题。此前在浪潮信息从事服务器 BIOS 开发，毕业于天津大学。")], "汤文斌", side="L"),
     ]),
    ("内存管理与异构计算分论坛", "南通大学啬园校区\n信息科学技术学院 5 楼学术报告厅",
     H("钱晓梅", "南通大学信息科学技术学院教授",
       "南通大学信息科学技术学院教授，博士生导师，研究方向为存储系统与异构计算。博士毕业于华中科技大学，"
       "曾在美国弗吉尼亚理工大学做访问学者。"),
     "beside", True, [
         T("13:30", "14:00", "CXL 内存池化在云主机中的落地实践",
           [P("韦振东", "腾讯云", "内核研发工程师",
              "腾讯云虚拟化与内核团队工程师，负责 CXL 内存扩展与池化方案在云主机上的落地，参与了内存热插拔与分层"
              "回收的优化。此前在浪潮信息从事服务器内存 RAS 开发，毕业于华中科技大学。")], "钱晓梅", side="L"),
         T("14:00", "14:30", "安卓设备上 MGLRU 的调参与收益评估",
           [P("曲婉清", "vivo", "内核工程师",
              "vivo 操作系统内核工程师，负责 OriginOS 的内存回收与后台管理，主导了 MGLRU 在多个系列机型上的调参"
              "与量产。此前在展讯通信从事 Android BSP 开发，毕业于电子科技大学。")], "钱晓梅", side="R"),
         T("14:30", "15:00", "Unified Memory for GPUs and NPUs: HMM in Practice",
           [P("Adrian Kowalski", "AMD", "Principal Engineer",
              "AMD 上海研发中心首席工程师，负责 ROCm 平台内核驱动中 HMM 与 SVM 的实现，参与上游 amdgpu 驱动的内存"
              "管理开发。此前在英特尔波兰研发中心从事图形驱动开发，毕业于华沙理工大学。")], "钱晓梅", side="L"),
         T("15:00", "15:30", "基于 DAMON 的冷热页识别与内存分层",
           [P("戴文杰", "字节跳动", "内核工程师",
              "字节跳动 STE 团队内核工程师，负责内存分层与冷页回收方案在数据中心的落地，向上游提交了多个 DAMON "
              "相关补丁。此前在小米从事手机内存优化，毕业于浙江大学。"),
            P("任可欣", "上海交通大学", "博士研究生",
              "上海交通大学并行与分布式系统研究所博士研究生，研究方向为分层内存管理，成果发表于 ASPLOS。2024 年在"
              "字节跳动 STE 团队实习，本科毕业于同济大学。")], "钱晓梅", side="R"),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:20", "国产 GPU 驱动的显存管理：TTM 与 GEM 的取舍",
           [P("庞晓峰", "摩尔线程", "驱动架构师",
              "摩尔线程软件部驱动架构师，负责 GPU 内核驱动的显存管理与调度框架设计。此前在英伟达上海研发中心从事 "
              "Tegra 平台驱动开发六年，硕士毕业于复旦大学。")], "钱晓梅", side="L"),
         T("16:20", "16:50", "SVA 与 IOMMU：加速器共享虚拟地址的内核支持",
           [P("夏春雷", "寒武纪", "系统软件工程师",
              "寒武纪系统软件部工程师，负责 MLU 加速卡内核驱动中的 SVA 与 IOMMU 支持，参与了 PASID 相关补丁的测试"
              "与评审。此前在紫光展锐从事 SMMU 驱动开发，毕业于西安交通大学。")], "钱晓梅", side="R"),
         T("16:50", "17:20", "slab 分配器的内存碎片治理实践",
           [P("蒋文博", "统信软件", "内核开发工程师",
              "统信软件内核研发中心工程师，负责 UOS 服务器版的内存子系统维护，针对长时间运行场景下的 slab 碎片问题"
              "提出了回收改进方案。此前在深度科技从事桌面系统开发，毕业于武汉大学。")], "钱晓梅", side="L"),
         T("17:20", "17:50", "NPU 推理场景下的大页预留与内存隔离",
           [P("焦子豪", "华为", "昇腾计算系统工程师",
              "华为昇腾计算产品线系统工程师，负责 NPU 推理服务器的内存规划与隔离方案，基于 hugetlb 与 memcg 设计了"
              "推理实例的预留机制。此前在中兴通讯从事 DPDK 开发，毕业于北京理工大学。")], "钱晓梅", side="R"),
     ]),
    ("IO 与 ebpf 分论坛", "南通大学啬园校区\n图书馆二楼报告厅",
     H("管静", "南通大学信息科学技术学院副教授",
       "南通大学信息科学技术学院副教授，研究方向为存储系统与网络协议栈优化。博士毕业于南京航空航天大学，"
       "曾在华为南京研究所从事存储软件开发三年。"),
     "over", False, [
         T("13:30", "14:00", "io_uring 在分布式数据库存储引擎中的应用",
           [P("符家乐", "蚂蚁集团", "存储引擎工程师",
              "蚂蚁集团 OceanBase 存储引擎工程师，负责基于 io_uring 的异步 IO 框架设计，使日志写入延迟降低约三成。"
              "此前在华为云从事分布式块存储开发，毕业于浙江大学计算机科学与技术学院。")], "管静", side="OR"),
         T("14:00", "14:30", "Scaling eBPF Observability to a Million Containers",
           [P("Yuchen Tao", "Microsoft", "Senior Software Engineer",
              "Yuchen is a senior software engineer at Microsoft, working on eBPF-based monitoring for Azure "
              "Kubernetes Service. Before Microsoft he built tracing tools at Didi. He holds a master's degree "
              "from Tongji University.")], "管静", side="OL"),
         T("14:30", "15:00", "NVMe 多路径与故障切换的内核实现",
           [P("甄伟", "浪潮信息", "存储内核工程师",
              "浪潮信息存储产品线内核工程师，负责 NVMe over Fabrics 多路径与故障切换的设计，参与了 ANA 相关问题的"
              "上游修复。此前在曙光信息从事并行文件系统开发，毕业于山东大学。"),
            P("项思远", "浪潮信息", "测试开发工程师",
              "浪潮信息存储产品线测试开发工程师，负责多路径故障注入与自动化测试平台的建设。2022 年硕士毕业于苏州"
              "大学计算机科学与技术学院。")], "管静", side="OR"),
         T("15:00", "15:30", "XDP 在 5G 用户面网关中的加速实践",
           [P("占国强", "中国移动", "网络软件工程师",
              "中国移动研究院网络与 IT 技术研究所工程师，负责 5G 用户面功能的软件加速，基于 XDP 与 AF_XDP 实现了"
              "高性能转发原型。此前在烽火通信从事路由器软件开发，毕业于北京邮电大学。")], "管静", side="OL"),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:20", "blk-cgroup IO 限流在混合部署中的改进",
           [P("郝志鹏", "小米", "云平台内核工程师",
              "小米云平台内核工程师，负责存储节点的块层 IO 隔离，改进了 blk-throttle 与 iocost 在混部场景下的"
              "公平性。此前在新浪从事存储运维开发，毕业于大连理工大学。")], "管静", side="OR"),
         T("16:20", "16:50", "BPF 验证器的复杂度瓶颈与加载性能",
           [P("宁宇航", "天翼云", "操作系统工程师",
              "天翼云操作系统团队工程师，专注于 BPF 验证器与 JIT 的性能分析，向上游提交了多项验证器优化补丁。此前"
              "在奇安信从事终端安全产品开发，毕业于西安电子科技大学。")], "管静", side="OL"),
         T("16:50", "17:20", "Zero-Copy Receive with io_uring and Page Pools",
           [P("杭晓敏", "英伟达", "网络软件工程师",
              "英伟达网络软件部门工程师，负责 ConnectX 网卡驱动的零拷贝接收路径与 page pool 优化。此前在华为海思"
              "从事网卡驱动开发，硕士毕业于中国科学技术大学。")], "管静", side="OR"),
         T("17:20", "17:50", "用 eBPF 构建可编程的存储 QoS",
           [P("韩立峰", "华为", "存储内核专家",
              "华为存储产品线内核专家，负责块层与 eBPF 结合的可编程 IO 调度框架。此前在 EMC 上海研发中心从事存储"
              "阵列软件开发，毕业于华中科技大学。"),
            P("陶嘉怡", "南京大学", "博士研究生",
              "南京大学计算机科学与技术系博士研究生，研究方向为可编程存储栈，成果发表于 FAST。2024 年起在华为存储"
              "产品线实习。")], "管静", side="OL"),
     ]),
]

SPONSORS = ["南通大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "vivo", "OPPO", "荣耀", "海光信息", "龙芯中科",
            "统信软件", "中兴通讯"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "江苏省计算机学会", "南通市软件行业协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"]

# names of real speakers and hosts read on the real CLK2024 posters (set 71's list, from set 66, with
# CLK2022's three deck names) and those read here on 存储IO分论坛.webp and 综合分论坛.webp: none may be used
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "徐静波", "祝嘉", "张子扬",
              "罗宏震", "伍勃", "李扬韬", "邹贻鹏", "廖肇燕", "LianboJiang", "慕冬亮", "甄鹏", "李志"]

# ---------------------------------------------------------------------------
# painters.  From posters-blind-71/draw.py (set 66's painters after the organisers' 2024 forum posters):
# pad, latin, SEGS, seg_advance, seg_width, seg_text, slant_text, hgrad, seal, arrows, portrait unchanged;
# ring_graphic, header, forum_plate, chevrons, tab, ring_photo, plate, frame, title_lines, talk_card,
# break_card, band, unit_box, units, foot_plate, footer, skyline, background, paint_forum recoloured or
# changed; host_card, company_line, speaker_block (four plate modes) and the data are new.
BG0, BG1 = (10, 96, 128), (5, 44, 78)      # deep teal, top to bottom
CY = (96, 240, 206)                        # mint accent
GOLD = (255, 206, 100)
PALE = (212, 240, 234)
FRAME = (88, 214, 200)
DIM = (38, 150, 162)
PLATE_FILL = (8, 74, 104)
INK = (4, 46, 64)
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 54
PHOTO, OUTER = 250, 176  # photo diameter, the outer ring's radius
GRAIN = 0.008


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


# the ranges are set in a segmented 'digital' face, as on the organisers' posters
SEGS = {"0": "abcdef", "1": "bc", "2": "abged", "3": "abgcd", "4": "fgbc", "5": "afgcd", "6": "afgedc",
        "7": "abc", "8": "abcdefg", "9": "abcdfg"}


def seg_advance(ch, h):
    if ch in "0123456789":
        return h * (0.46 if ch == "1" else 0.7)
    if ch == ":":
        return h * 0.34
    if ch == "-":
        return h * 0.72
    return h * 0.3


def seg_width(text, h):
    return sum(seg_advance(c, h) for c in text)


def seg_text(d, x, y, text, h, fill):
    """Draw text of digits, ':' and '-' as seven-segment glyphs h pixels tall; returns the right end."""
    t = max(3.0, h * 0.12)  # stroke
    g = max(1.0, h * 0.03)  # gap between segments

    def hseg(x0, x1, yy):
        d.polygon([(x0 + g, yy), (x0 + g + t / 2, yy - t / 2), (x1 - g - t / 2, yy - t / 2), (x1 - g, yy),
                   (x1 - g - t / 2, yy + t / 2), (x0 + g + t / 2, yy + t / 2)], fill=fill)

    def vseg(xx, y0, y1):
        d.polygon([(xx, y0 + g), (xx + t / 2, y0 + g + t / 2), (xx + t / 2, y1 - g - t / 2), (xx, y1 - g),
                   (xx - t / 2, y1 - g - t / 2), (xx - t / 2, y0 + g + t / 2)], fill=fill)

    for ch in text:
        adv = seg_advance(ch, h)
        if ch in SEGS:
            w = h * 0.5
            L = x + adv - w - h * 0.1 if ch == "1" else x + h * 0.1
            R, top, mid, bot = L + w, y + t / 2, y + h / 2, y + h - t / 2
            segs = SEGS[ch]
            if "a" in segs:
                hseg(L, R, top)
            if "g" in segs:
                hseg(L, R, mid)
            if "d" in segs:
                hseg(L, R, bot)
            if "f" in segs:
                vseg(L, top, mid)
            if "e" in segs:
                vseg(L, mid, bot)
            if "b" in segs:
                vseg(R, top, mid)
            if "c" in segs:
                vseg(R, mid, bot)
        elif ch == ":":
            cx, s = x + adv / 2, t * 0.9
            for yy in (y + h * 0.3, y + h * 0.7):
                d.rectangle([cx - s / 2, yy - s / 2, cx + s / 2, yy + s / 2], fill=fill)
        elif ch == "-":
            hseg(x + h * 0.16, x + adv - h * 0.16, y + h / 2)
        x += adv
    return x


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


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites (teal, mint and a gold arc)."""
    for r, col, wd in [(200, (30, 150, 170), 3), (160, (70, 210, 200), 6), (118, (150, 245, 225), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=GOLD, width=7)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(14, 120, 150), outline=(170, 250, 230), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (200, 250, 238))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(170, 250, 230), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d, hall):
    """The head of every forum poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, CY, 1.15)
    seal(d, 668, 84, 30, WHITE)
    d.text((712, 50), SCHOOL, font=font(19, True), fill=WHITE)
    d.text((712, 74), SCHOOL_UNIT, font=font(30, True), fill=WHITE)
    d.text((712, 114), SCHOOL_EN, font=font(11), fill=PALE)
    ring_graphic(d, 810, 660)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=CY, width=4)
    d.line([(560, 530), (640, 510)], fill=GOLD, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.polygon([(x0 + 14, y0), (x1, y0), (x1, y1 - 14), (x1 - 14, y1), (x0, y1), (x0, y0 + 14)], outline=CY, width=3)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, CY, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, CY, 1.2)
    d.text((116, 790), "地址：", font=font(34, True), fill=WHITE)
    y = 846
    for ln in [x for part in hall.split("\n") for x in wrap(d, part, font(34, True), 600)]:
        d.text((84, y), ln, font=font(34, True), fill=WHITE)
        y += 50
    for i in range(8):  # light rods at the left, as behind the organisers' heads
        hx = 60 + i * 42
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=(60, 190, 190) if i % 2 else (120, 230, 210), width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on a mint-to-teal plate with cut corners, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(40, 170, 180))
    hgrad(d, x0, y, x1, y + h, (84, 226, 200), (22, 132, 166))
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=(8, 70, 100))
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=(8, 70, 100))
    d.line([(x1 - 200, y - 14), (x1 + 60, y - 14)], fill=GOLD, width=6)
    slant_text(im, 0, y + 8, text, f, WHITE, 0.18, cx=W / 2)
    return y + h


def arrows(d, x, y, right, fill, n=3, s=14):
    for j in range(n):
        ax = x + j * (s + 8) if right else x - j * (s + 8)
        k = 1 if right else -1
        d.line([(ax, y - s), (ax + k * s, y), (ax, y + s)], fill=fill, width=4)


def portrait(im, x, y, s, name):
    """A round studio portrait drawn in shapes: backdrop, jacket and collar, neck, hair, face, maybe glasses."""
    rnd = random.Random(seed_of(name))
    back = [(214, 218, 228), (188, 204, 232), (230, 224, 214), (204, 224, 230), (150, 160, 176)][rnd.randrange(5)]
    jacket = [(36, 40, 54), (58, 64, 80), (70, 98, 150), (120, 124, 132), (230, 232, 238)][rnd.randrange(5)]
    shirt = [(245, 246, 250), (200, 220, 240), (40, 40, 48)][rnd.randrange(3)]
    skin = [(236, 200, 174), (222, 184, 154), (242, 212, 190), (214, 176, 146)][rnd.randrange(4)]
    hair = [(24, 20, 20), (38, 32, 28), (60, 50, 44), (90, 84, 80)][rnd.randrange(4)]
    long_hair, glasses = rnd.random() < 0.35, rnd.random() < 0.4
    q = 2 * s
    tile = vgrad(q, q, tuple(min(255, c + 18) for c in back), back)
    td = ImageDraw.Draw(tile)
    if long_hair:
        td.rounded_rectangle([q * 0.28, q * 0.2, q * 0.72, q * 0.78], radius=q * 0.16, fill=hair)
    td.pieslice([q * 0.06, q * 0.68, q * 0.94, q * 1.5], 180, 360, fill=jacket)
    td.polygon([(q * 0.4, q * 0.69), (q * 0.6, q * 0.69), (q * 0.5, q * 0.88)], fill=shirt)
    td.rectangle([q * 0.44, q * 0.52, q * 0.56, q * 0.7], fill=tuple(c - 16 for c in skin))
    td.ellipse([q * 0.3, q * 0.15, q * 0.7, q * 0.42], fill=hair)
    td.ellipse([q * 0.32, q * 0.2, q * 0.68, q * 0.62], fill=skin)
    td.chord([q * 0.3, q * 0.14, q * 0.7, q * 0.44], 185, 355, fill=hair)
    for ex in (0.43, 0.57):
        td.ellipse([q * (ex - 0.012), q * 0.4, q * (ex + 0.012), q * 0.425], fill=(40, 34, 30))
        if glasses:
            td.ellipse([q * (ex - 0.045), q * 0.38, q * (ex + 0.045), q * 0.445], outline=(30, 30, 34),
                       width=max(2, q // 180))
    td.line([(q * 0.46, q * 0.53), (q * 0.54, q * 0.53)], fill=(170, 110, 100), width=max(2, q // 160))
    mask = Image.new("L", (q, q), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, q - 1, q - 1], fill=255)
    im.paste(tile.resize((s, s), Image.LANCZOS), (int(x), int(y)), mask.resize((s, s), Image.LANCZOS))


def ring_photo(im, d, cx, cy, name, photo=PHOTO, outer=OUTER):
    r = photo / 2 + 16
    d.ellipse([cx - outer, cy - outer, cx + outer, cy + outer], outline=(40, 160, 176), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=CY, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(40, 170, 180), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + outer * math.cos(math.radians(ang)), cy - outer * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=GOLD if ang == 95 else CY)
    portrait(im, cx - photo / 2, cy - photo / 2, photo, name)


PLATE_H = 72


def plate_width(d, name):
    return max(320, tw(d, pad(name), font(40, True)) + 110)


def plate(d, x0, y, name, tail=None):
    """The name plate: a filled box with a mint outline, the name bold (padded); a tail line under it
    ('L': running right from it, 'R': running left into it, None: no tail)."""
    f = font(40, True)
    text = pad(name)
    w = plate_width(d, name)
    d.rectangle([x0, y, x0 + w, y + PLATE_H], fill=PLATE_FILL, outline=CY, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=CY, width=3)
    if tail == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=CY, width=3)
    elif tail == "R":
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=CY, width=3)
    if latin(name):
        ctext(d, x0 + w / 2, y + 10, text, f, WHITE)
    else:
        ctext(d, x0 + w / 2, y + 9, text, f, WHITE)
    return y + PLATE_H


def line_width(d, sp):
    return tw(d, sp["company"], font(25, True)) + (tw(d, " " + sp["job"], font(24)) if sp["job"] else 0)


def company_line(d, cx, y, sp, maxw):
    """ONE line under the plate: the company in mint bold, a space, the job in pale type, centred on cx."""
    fc, fj = font(25, True), font(24)
    comp, job = sp["company"], sp["job"]
    wc = tw(d, comp, fc)
    wj = tw(d, " " + job, fj) if job else 0
    assert wc + wj <= maxw, (comp, job, wc + wj, maxw)
    x = cx - (wc + wj) / 2
    d.text((x, y), comp, font=fc, fill=CY)
    if job:
        d.text((x + wc, y + 1), " " + job, font=fj, fill=PALE)
    return y + 38


def speaker_block(im, d, y, sp, side, with_line, log):
    """One speaker: a biography of three to six lines, the ringed photo, the name plate and, where the forum
    prints one, the company line under the plate.  side: 'R' (photo right, plate under it at the right),
    'L' (photo right, plate at the left beside the photo's lower half), 'OR' / 'OL' (photo right / left,
    the plate laid OVER the photo's lower edge, centred on it)."""
    bf = font(BIO_F)
    pcx = 270 if side == "OL" else 810
    cy = y + 150
    if side == "OL":
        bx_n, bx_w = pcx + OUTER + 24, X0 + 46
    else:
        bx_n, bx_w = X0 + 46, X0 + 46
    narrow = (X1 - 50 - bx_n) if side == "OL" else (pcx - OUTER - 24 - bx_n)
    wide = X1 - 50 - bx_w
    col_bot = cy + OUTER + (50 if side in ("OR", "OL") and with_line else 0)
    beside = int((col_bot - y) // BIO_LH) + 1
    widths = [narrow] * beside + ([narrow] if side == "L" else [wide])
    lines = wrap_widths(d, sp["bio"], bf, widths)
    assert 3 <= len(lines) <= 6, (sp["name"], len(lines))
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=CY, width=4)
    for i, ln in enumerate(lines):
        d.text((bx_n if i < beside else bx_w, y + i * BIO_LH), ln, font=bf, fill=PALE)
    yb = y + len(lines) * BIO_LH
    ring_photo(im, d, pcx, cy, sp["name"])
    log.append((sp["name"], len(sp["bio"]), len(lines)))
    pw = plate_width(d, sp["name"])
    if side in ("OR", "OL"):
        py = cy + PHOTO / 2 - 44
        end = plate(d, pcx - pw / 2, py, sp["name"])
        if with_line:  # centred under the plate, kept inside the frame; clear of the biography beside it
            wline = line_width(d, sp)
            cx = min(max(pcx, X0 + 24 + wline / 2), X1 - 24 - wline / 2)
            for i, ln in enumerate(lines[:beside]):  # no biography line may touch the company line
                lx0 = bx_n - 10
                lx1 = bx_n + tw(d, ln, bf) + 10
                ly0, ly1 = y + i * BIO_LH, y + i * BIO_LH + 36
                apart = lx1 < cx - wline / 2 or lx0 > cx + wline / 2 or ly1 < end + 12 or ly0 > end + 50
                assert apart, (sp["name"], "company line runs into the biography", i)
            end = company_line(d, cx, end + 12, sp, X1 - X0 - 48)
        return max(yb, end, cy + OUTER) + 10
    wline = line_width(d, sp) if with_line else 0
    if side == "R":
        py = max(yb + 24, cy + OUTER + 16)
        end = plate(d, X1 - pw, py, sp["name"], None if with_line else "R")
        if with_line:  # right-aligned under the plate
            end = company_line(d, X1 - 14 - wline / 2, end + 12, sp, X1 - X0 - 60)
            d.line([(X1 - max(pw, wline) - 60, end + 8), (X1 - 40, end + 8)], fill=CY, width=3)
            end += 8
        else:
            end += 14
        return end + 10
    py = max(yb + 24, cy + 40)  # 'L': beside the photo's lower half
    x0 = X0 + 46
    end = plate(d, x0, py, sp["name"], None if with_line else "L")
    if with_line:  # left-aligned under the plate, clear of the photo's ring
        assert x0 + wline <= pcx - OUTER - 10, (sp["name"], wline)
        end = company_line(d, x0 + wline / 2, end + 12, sp, wline)
        d.line([(x0 + 40, end + 8), (x0 + max(pw, wline) + 60, end + 8)], fill=CY, width=3)
        end += 8
    else:
        end += 14
    return max(end, cy + OUTER) + 10


def frame(d, top, bot, tabr, right_post=True):
    """The talk frame: a line from the tab to a dot at the right, the left edge, a foot with a cut corner."""
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.line([(tabr, top + 12), (X1 - 120, top + 12)], fill=DIM, width=2)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=GOLD)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=CY, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(30, 150, 170), (110, 236, 214)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a mint-to-teal bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, (60, 206, 190), (16, 112, 150))
    d.rectangle([x, y, x + w, y + h], outline=(160, 246, 226), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def title_lines(d, title):
    return wrap_nicely(d, title, font(38, True), 780)


def talk_card(im, d, y, s, log, chev_x, with_line):
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 48
    tf = font(38, True)
    tl = title_lines(d, s["title"])
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=CY)
    for ln in tl:
        d.text((X0 + 46, y), ln, font=tf, fill=WHITE)
        y += 58
    log.append(("title", s["title"], len(tl)))
    y += 40
    for i, sp in enumerate(s["sp"]):
        if i:
            for k in range(0, X1 - X0 - 160, 22):  # a dotted rule between two speakers
                d.line([(X0 + 80 + k, y + 22), (X0 + 90 + k, y + 22)], fill=DIM, width=2)
            y += 60
        y = speaker_block(im, d, y, sp, s["side"], with_line, log)
    bot = y + 60
    frame(d, top, bot, tabr)
    return bot + 56


def break_card(im, d, y, s, chev_x):
    """A tea break: chevrons, the tab, a short frame holding a plate with a cup and the label."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 40
    f = font(42, True)
    x0, w = X0 + 46, 340
    d.rectangle([x0, y, x0 + w, y + 78], fill=PLATE_FILL, outline=CY, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=CY, width=3)
    meal_mark(d, x0 + 62, y + 20, s, GOLD, 1.2)
    ctext(d, x0 + w / 2 + 22, y + 10, s["title"], f, WHITE)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=CY, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=GOLD)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=GOLD)
    return bot + 40


def band(d, y, s):
    """The opening: ONE full-width band, the range at the left, arrows, the label at the right."""
    h = 84
    hgrad(d, X0, y, X1, y + h, (60, 206, 190), (16, 112, 150))
    d.rectangle([X0, y, X1, y + h], outline=(160, 246, 226), width=2)
    seg_text(d, X0 + 36, y + 20, rng(s), 44, WHITE)
    arrows(d, 600, y + 42, True, GOLD, 3, 16)
    rtext(d, X1 - 60, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


def host_card(im, d, y, host, log):
    """The HOST CARD: a rounded translucent card, a ringed photo at the left, a mint tag '主持人' with the
    name (padded) beside it, the unit under them, a rule and a short biography across the right part."""
    top = y
    x_text = X0 + 290
    ring_photo(im, d, X0 + 140, top + 170, host["name"], 190, 126)
    tag_f, name_f = font(32, True), font(50, True)
    tw_tag = tw(d, "主持人", tag_f) + 44
    d.rounded_rectangle([x_text, top + 52, x_text + tw_tag, top + 104], radius=26, fill=CY)
    ctext(d, x_text + tw_tag / 2, top + 56, "主持人", tag_f, INK)
    d.text((x_text + tw_tag + 24, top + 38), pad(host["name"]), font=name_f, fill=WHITE)
    d.text((x_text, top + 126), fits(d, host["unit"], font(25), X1 - 40 - x_text), font=font(25), fill=CY)
    d.line([(x_text, top + 176), (X1 - 40, top + 176)], fill=DIM, width=2)
    lines = wrap(d, host["bio"], font(23), X1 - 40 - x_text)
    assert 2 <= len(lines) <= 4, (host["name"], len(lines))
    yy = top + 196
    for ln in lines:
        d.text((x_text, yy), ln, font=font(23), fill=PALE)
        yy += 44
    log.append(("host", host["name"], len(lines)))
    bot = max(yy, top + 330) + 30
    d.rounded_rectangle([X0, top, X1, bot], radius=28, outline=FRAME, width=3)
    d.line([(X0 + 60, top), (X0 + 240, top)], fill=GOLD, width=6)
    d.ellipse([X1 - 30, bot - 30, X1 - 14, bot - 14], fill=GOLD)
    return bot + 50


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(230, 248, 244), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 52, y + h / 2, 26, WHITE)
        f = font(30, True, serif=True)
        d.text((x + 100, y + 16), fits(d, SCHOOL, f, w - 110), font=f, fill=WHITE)
        d.text((x + 102, y + 62), "NANTONG UNIVERSITY", font=font(13, True), fill=PALE)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
    if len(parts) == 2:
        f1, f2 = font(34, True), font(18, True)
        ctext(d, x + w / 2, y + 14, parts[0], f1, WHITE)
        ctext(d, x + w / 2, y + 62, "  ".join(parts[1]), f2, WHITE)
        return
    size = 38 if name.isascii() else 34
    while tw(d, name, font(size, True)) > w - 40:
        size -= 2
    f = font(size, True, serif=(rnd.random() < 0.25 and not name.isascii()))
    mark = rnd.random() < 0.5 and tw(d, name, f) + 52 <= w - 40
    tw_ = tw(d, name, f) + (52 if mark else 0)
    tx = x + (w - tw_) / 2
    if mark:
        d.ellipse([tx, y + h / 2 - 18, tx + 36, y + h / 2 + 18], outline=WHITE, width=4)
        d.ellipse([tx + 12, y + h / 2 - 6, tx + 24, y + h / 2 + 6], fill=WHITE)
        tx += 52
    d.text((tx, y + h / 2 - size * 0.72), fits(d, name, f, w - 30), font=f, fill=WHITE)


def units(d, y, names):
    bw, bh, gx, gy = 334, 104, 50, 40
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def foot_plate(im, d, y, text):
    w, h = 660, 96
    x0 = W / 2 - w / 2
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (14, 100, 130), (80, 220, 200))
    hgrad(d, x0, y, x0 + w, y + h, (84, 226, 200), (22, 132, 166))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=(8, 70, 100))
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=GOLD, width=6)
    slant_text(im, 0, y + 10, text, font(52, True), WHITE, 0.18, cx=W / 2)
    return y + h


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 90
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 90
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 200, y, W / 2 + 200, y + 400], outline=WHITE, width=3)
    d.rectangle([W / 2 - 180, y + 20, W / 2 + 180, y + 380], fill=WHITE)
    qrcode(d, W / 2 - 160, y + 40, 320, 2771)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "本次大会免费参加，请提前扫码完成报名", font(30), PALE)
    ctext(d, W / 2, y + 52, "会议安排如有调整，以大会官方发布为准", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "相约江海 · 共话内核", font(54, True), CY, 0.18, cx=W / 2)
    return int(y + 620)


def skyline(im, h):
    """The foot: Nantong's Langshan hill with the Zhiyun pagoda, low houses, the Hao river, the school's name."""
    d = ImageDraw.Draw(im)
    base = h - 30
    col, col2 = (16, 104, 132), (12, 86, 116)
    d.pieslice([480, base - 300, 1000, base + 220], 180, 360, fill=col2)  # the hill
    d.pieslice([300, base - 160, 640, base + 160], 180, 360, fill=col2)
    px, y = 740, base - 300  # the pagoda on the top of the hill
    for k in range(5):
        wd, th = 76 - k * 10, 34
        d.rectangle([px - wd / 2, y - th, px + wd / 2, y], fill=col)
        d.polygon([(px - wd / 2 - 16, y - th + 6), (px + wd / 2 + 16, y - th + 6), (px + wd / 2, y - th - 4),
                   (px - wd / 2, y - th - 4)], fill=(30, 140, 160))
        y -= th + 4
    d.polygon([(px - 10, y), (px + 10, y), (px, y - 50)], fill=col)
    for bx, bw, bh in [(20, 120, 150), (150, 90, 220), (250, 70, 120), (1000, 70, 170)]:  # town blocks
        d.rectangle([bx, base - bh, bx + bw, base], fill=col)
        for wy in range(base - bh + 20, base - 20, 28):
            for wx in range(bx + 14, bx + bw - 14, 24):
                d.rectangle([wx, wy, wx + 8, wy + 12], fill=(40, 150, 170))
    for k in range(4):  # the river
        yy = base - 36 + k * 12
        for x in range(0, W, 60):
            d.arc([x, yy - 8, x + 60, yy + 8], 0, 180, fill=(60, 190, 200), width=3)
    ctext(d, W / 2, h - 26, SCHOOL, font(20, True, serif=True), (200, 245, 235))


def background(w, h):
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 660, 420, (80, 230, 210), 0.42)
    im = glow(im, 100, 1200, 300, (255, 200, 110), 0.12)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (60, 220, 200) if k % 2 else (40, 150, 200), 0.2)
    im = glow(im, 540, h - 300, 500, (70, 200, 200), 0.3)
    d = ImageDraw.Draw(im)
    rnd = random.Random(2771)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(40, 150, 170), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(170, 250, 230))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(30, 140, 160), width=2)
    skyline(im, h)
    return grain(im, 2771, GRAIN)


LOG = {}


def paint_forum(forum):
    name, hall, host, mode, with_line, slots = forum

    def paint(im, d):
        log = []
        y = header(im, d, hall)
        y = forum_plate(im, d, y, name) + 90
        y = host_card(im, d, y, host, log)
        first = True
        for s in slots:
            chev_x = 860 if first else 200
            first = first and s["title"] == "开场"
            if s["kind"] == "break" and s["title"] == "开场":
                y = band(d, y, s)
            elif s["kind"] == "break":
                y = break_card(im, d, y, s, chev_x)
            else:
                y = talk_card(im, d, y, s, log, chev_x, with_line)
        LOG[name] = log
        return footer(im, d, y + 160)

    return paint


NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -66, -71, -74): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('殷　浩' -> '殷浩', '管　静' -> '管静', '甄　伟' -> '甄伟'; "
    "the Latin names 'Nicolas Girard' -> 'NicolasGirard', 'Adrian Kowalski' -> 'AdrianKowalski', and the pinyin "
    "name 'Yuchen Tao', printed given name first, -> 'YuchenTao' in printed order); host is the chair printed for "
    "the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; break titles are as "
    "printed; an opening speech printed with a speaker ('嘉宾致辞') is a talk, a slot printed without a speaker "
    "('开场') is a break. ONE invented edition, CLK 2771 (第766届, 南通, host school 南通大学 信息科学技术学院, Saturday "
    "2771-10-23), printed as CLK2024's repository holds its FORUM posters: FOUR WebP posters, one per forum, with "
    "CLK2022's four forum names as its README prints them (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛 and "
    "'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), each file named by its forum; no whole-agenda "
    "picture, so every talk is on exactly ONE picture; each poster is one entry holding its ONE forum, dated with "
    "the edition. 主论坛 runs in the morning (09:00-12:30), the three others in parallel in the afternoon (13:30 to "
    "17:30 or 17:50). The family is the organisers' 2024 forum poster recoloured DEEP TEAL with mint and a little "
    "gold: logo lines, the school at the top right, '第766届中国' / 'Linux内核开发者大会' in leaning type, the ring "
    "'2771 CLK', a cut-corner date pill '2771年10月23日' + pin + '南通', '地址：' over the forum's hall (two lines), "
    "the forum's name on a slanted plate, then a HOST CARD (a ringed photo, a mint tag '主持人' beside the host's "
    "name, the unit under it, a rule and a biography of two or three lines): the host is the name on that card; "
    "the tag is a label, the unit and the biography are nobody's affiliation and name no speaker. Each talk after "
    "two V marks: the RANGE on a tab in a seven-segment 'digital' face ('13:30 - 13:55' drawn as segments, a short "
    "bar between), a frame from the tab to a dot; in it a mark and the bold white title, then per speaker a "
    "BIOGRAPHY of three to six lines, a ringed round photo and the NAME PLATE. A range on a tab belongs to the "
    "frame under it. What the designer varies between the posters: (a) the PLATE stands OVER the photo's lower "
    "edge, centred on it (主论坛 and 'IO 与 ebpf 分论坛'; the photo at the right with the biography at its left, or "
    "at the left with the biography at its right, alternating talk by talk), or, as in 2024, BESIDE the photo at "
    "the left, level with its lower half, or UNDER it at the right (处理器架构与调度分论坛 and 内存管理与异构计算分论坛, "
    "talk by talk); (b) a COMPANY LINE under the plate, the company in mint bold and the job after a space ('华为 "
    "openEuler 内核技术总监', 'SUSE Distinguished Engineer', '上海交通大学 博士研究生'), printed on 主论坛 and "
    "内存管理与异构计算分论坛 only: there the affiliation is that line, company and job joined by one space; the two "
    "other posters print NO company line, so their talks give affiliations [] (as set 66 and set 71's forum "
    "posters), even though each biography opens with the speaker's company. Biographies are never affiliations "
    "and nowhere in the truth; companies, schools and people named inside them are no speakers ('此前在英特尔亚太"
    "研发中心…' for 吴振宇 of 阿里云, 'Before SUSE he worked at Mandriva and Bull…' for Nicolas Girard, '此前在英特尔"
    "波兰研发中心…' for Adrian Kowalski of AMD, 'Before Microsoft he built tracing tools at Didi…' for Yuchen Tao, "
    "'本科毕业于南通大学' for 包思琪 of 东南大学). Two speakers of one talk are two blocks ONE UNDER THE OTHER in one "
    "frame with a dotted rule between, given top then bottom, each with his own company line where one is printed: "
    "吴振宇 and 上官静怡 (both 阿里云; compound surname 上官, printed unpadded), 谈宇宁 (中国科学院计算技术研究所 副研究员) "
    "and 金思彤 (北京开源芯片研究院 软件工程师), 郑一鸣 and 包思琪 (OPPO; a 东南大学 doctoral student), 戴文杰 (字节跳动 "
    "内核工程师) and 任可欣 (上海交通大学 博士研究生), 甄伟 and 项思远 (both 浪潮信息), 韩立峰 and 陶嘉怡 (华为; a "
    "南京大学 doctoral student). A tea break is a tab over a small frame holding a plate with a cup and '茶歇' (a "
    "break); the opening of 主论坛 is ONE full-width band ('09:00 - 09:10', arrows, '开场'). No lunch is printed. "
    "Titles wrapped over two lines are one title (joined with a space between Latin words, without one inside "
    "Chinese text; a title broken after '：' keeps it). English-only titles: 'Ten Years of Kernel Live Patching: "
    "Lessons from Enterprise Customers' (Nicolas Girard, English biography), 'EEVDF in the Wild: Latency Tuning for "
    "Mixed Workloads' (邵子涵, Chinese biography), 'Unified Memory for GPUs and NPUs: HMM in Practice' (Adrian "
    "Kowalski, a Latin name with a CHINESE biography), 'Scaling eBPF Observability to a Million Containers' (Yuchen "
    "Tao, English biography), 'Zero-Copy Receive with io_uring and Page Pools' (杭晓敏). Headers, the school and its "
    "college, the ring, the date pill, '地址：' and the hall, '赞助单位', '支持单位', '支持媒体' and their boxes, the QR "
    "code, '扫码报名', the two caption lines, the slogan '相约江海 · 共话内核' and the school's name in the skyline are "
    "never part of a name, a title or a slot. Uncommon surnames 蒯 (host of 主论坛), 笪, 禚, 占; compound 上官. No "
    "person is printed twice in the set; none of the set's names or titles occurs in the four real repositories' "
    "listings or in CLK2022's README."
)
LAYOUTS = {
    "主论坛": "主论坛 (host card 蒯立新, 南通大学信息科学技术学院院长、教授): plate OVER the photo, company line under it; "
             "'09:00-09:10 开场' band; '嘉宾致辞' by 顾建民 (南通大学 副校长); 龚海峰 (华为); the English-only title of "
             "Nicolas Girard (SUSE); 茶歇 10:20-10:35; 吴振宇 over 上官静怡 (both 阿里云); 笪海燕 (中国科学院软件研究所); "
             "谈宇宁 over 金思彤 (two employers); 蔡铭远 (百度) 12:05-12:30. Photos right, left, right, left, right, "
             "left, right. 7 talks.",
    "处理器架构与调度分论坛": "处理器架构与调度分论坛 (host card 汤文斌): plate BESIDE (left) or UNDER (right) the photo as in "
                             "2024, NO company line (affiliations []); 9 talks of 25 minutes 13:30-17:30 with a 茶歇 "
                             "15:35-15:50 after the fifth; an English-only title (邵子涵); 郑一鸣 over 包思琪; uncommon "
                             "禚 (禚建国); 殷浩 padded '殷　浩'.",
    "内存管理与异构计算分论坛": "内存管理与异构计算分论坛 (host card 钱晓梅): plate BESIDE (left) or UNDER (right) the photo, a "
                               "company line under every plate; 8 talks of 30 minutes 13:30-17:50 with a 茶歇 "
                               "15:30-15:50 after the fourth; the English-only title of Adrian Kowalski (AMD Principal "
                               "Engineer, a Chinese biography); 戴文杰 (字节跳动) over 任可欣 (上海交通大学 博士研究生).",
    "IO 与 ebpf 分论坛": "'IO 与 ebpf 分论坛' (host card 管静, padded '管　静'; the file name keeps the spaces): plate OVER "
                       "the photo, NO company line (affiliations []); 8 talks of 30 minutes 13:30-17:50 with a 茶歇 "
                       "15:30-15:50 after the fourth; two English-only titles (the pinyin-named Yuchen Tao with an "
                       "English biography; 杭晓敏); 甄伟 over 项思远 (both 浪潮信息); 韩立峰 over 陶嘉怡; uncommon 占 "
                       "(占国强).",
}


# ===========================================================================
def truth_slot3(s, with_line):
    """A slot as truth.json gives it: the company line is the affiliation where the forum prints one
    (company and job joined by one space), else there is none ([]); biographies are nowhere."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]] if with_line else [],
            "host": s["host"] and plain(s["host"])}


def forum_truth3(forum):
    return {"forum": forum[0], "date": DATE, "slots": [truth_slot3(s, forum[4]) for s in forum[5]]}


def fn_of(name):
    return name + ".webp"


def layout(name, size):
    return ("CLK 2771 (第766届), 南通, 2771-10-23 (WebP q85, %d x %d): one forum poster in the organisers' 2024 "
            "forum-poster family recoloured deep teal with mint and gold; a host card; range tabs in segmented "
            "digits over frames; per speaker a biography of three to six lines, a ringed photo and a name plate. "
            % size + LAYOUTS[name])


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
    """A Saturday; CLK2022's four forum names in order, one poster each, named by its forum; nobody printed
    twice (speaker or host); no real name, no real title; slots contiguous; one or two speakers per talk."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == CLK2022_FORUMS
    assert [p["file"] for p in posters] == [fn_of(n) for n in CLK2022_FORUMS]
    assert [p["forums"][0]["forum"] for p in posters] == CLK2022_FORUMS
    people = []
    for forum in FORUMS:
        people.append(plain(forum[2]["name"]))
        people += [plain(sp["name"]) for s in forum[5] for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    titles = [s["title"] for f in FORUMS for s in f[5] if s["kind"] == "talk"]
    assert len(titles) == len(set(titles))
    real = listing_words()
    for x in people + [t for t in titles if t != "嘉宾致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    for p in posters:
        assert p["date"] == DATE and len(p["forums"]) == 1
        for f in p["forums"]:
            assert f["date"] == DATE
            ends = [(s["start"], s["end"]) for s in f["slots"]]
            assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
            for s in f["slots"]:
                assert (s["host"] is None) == (s["kind"] == "break")
                assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
                assert s["start"] < s["end"]
                assert s["kind"] == "break" or 1 <= len(s["speakers"]) <= 2
                assert len(s["affiliations"]) in (0, len(s["speakers"]))
    return len(titles)


def main():
    posters = []
    for forum in FORUMS:
        im = two_pass(W, paint_forum(forum), background)
        fn = fn_of(forum[0])
        path = os.path.join(HERE, fn)
        assert im.size[0] == W
        im.save(path, "WEBP", quality=85, method=4)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert 12800 <= im.size[1] <= 15500, (fn, im.size)
        assert size < 1.5e6, (fn, size)
        posters.append({"file": fn, "layout": layout(forum[0], im.size), "date": DATE,
                        "forums": [forum_truth3(forum)]})
    n = check(posters)
    print("scored talks", n)
    assert 30 <= n <= 45, n
    for name, log in LOG.items():
        print(name, [(t[1][:18], t[2]) for t in log if t[0] == "title" and t[2] > 1])
        print("   bio lines", [t[2] for t in log if t[0] not in ("title", "host")])
    truth = {"written": "2026-12-10", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
