"""Draw the eighty-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four forum posters and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 2891 (第886届, 遵义, 遵义师范学院 信息工程学院, Saturday
2891-10-20), printed as CLK2024's repository holds its forum posters: ONE WebP PER
FORUM, for CLK2022's four forum names as its README prints them (主论坛,
处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛'), at the real
posters' length (13,000-15,100 px at 1080 wide), staying as close as possible to the
organisers' 2024 forum cards: the head, the forum on a slanted plate, '>>> 主持人：name
<<<' over the unit; each talk after chevrons a TAB with the range in a segmented
'digital' face, a frame with the title after a tick, per speaker a biography at the
left, a ringed photo at the right and the framed NAME PLATE (under the biography, or
under the photo when the biography runs wide), no company line.  Only the colours are
new: deep violet with orchid lines, violet-to-magenta tabs and amber plates.
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
# helpers copied unchanged from posters-blind-83/draw.py (which took them from
# posters-blind-66, -65, -62 and -59): font, tw, TOKEN, NO_LINE_START, wrap_widths,
# wrap, wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, T, B, plain, S,
# aff, truth_slot, forum_truth, two_pass, cup, bowl, logo_lines, seed_of, para,
# fits, MEALS, WHITE, rng, meal_mark, saturday, pin; further down pad, latin, SEGS,
# seg_advance, seg_width, seg_text, slant_text, hgrad, seal, arrows, portrait and
# REAL_NAMES (with the names this helper read on its own crops added)
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
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=(40, 20, 110))




# ===========================================================================
# CLK 2891 (第886届), 遵义, 遵义师范学院 信息工程学院, Saturday 2891-10-20.  ONE edition printed
# as CLK2024's repository holds its posters: one WebP per forum, named by the forum.  主论坛 in the
# morning, the three others in parallel in the afternoon.  CLK2022's four forum names, as its README
# prints them ('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf').
EDITION = "CLK 2891"
NTH = "第886届中国"
DATE = "2891-10-20"
DATE_PRINTED = "2891年10月20日"
CITY = "遵义"
SCHOOL = "遵义师范学院"
SCHOOL_UNIT = "信息工程学院"
SCHOOL_EN = "School of Information Engineering, Zunyi Normal University"
FOUR = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]


def P(name, bio):
    """A talk's speaker as the real cards print him: a biography, a photo, the framed name; no company line."""
    return S(name, None, None, bio)


# side: where the talk's name plates stand. 'L': under the biography at the left (the biography stays
# beside the photo); 'R': under the photo at the right (the biography runs wide again under the photo).
FORUMS = [
    ("主论坛", "遵义师范学院新蒲校区图书馆一楼学术报告厅",
     ("鄢立新", "遵义师范学院信息工程学院院长、教授"), [
         B("09:00", "09:05", "开场"),
         T("09:05", "09:20", "嘉宾致辞",
           [P("龙泽远",
              "遵义师范学院副校长，二级教授，硕士生导师，贵州省计算机学会副理事长，贵州省高层次创新型人才。长期从事分布式"
              "系统、嵌入式操作系统与教育信息化研究，主持国家自然科学基金地区项目三项、贵州省科技计划重点项目五项，在国内"
              "外期刊和会议发表学术论文九十余篇，出版教材与专著四部，获贵州省科学技术进步奖二等奖两项、贵州省高等教育教学"
              "成果奖一等奖一项。曾任遵义师范学院信息工程学院院长十年，推动学校与多家操作系统企业共建联合实验室与开源人才"
              "培养基地，牵头建设了贵州省高校开源软件工程研究中心。")], "鄢立新", side="R"),
         T("09:20", "09:45", "智算时代的 Linux 内核：从单机调优走向集群协同",
           [P("严俊峰",
              "华为计算产品线操作系统首席架构师，openEuler 技术委员会委员。从事 Linux 内核开发与架构工作十八年，先后负责"
              "过内存管理、调度与虚拟化特性的设计，带领团队向上游社区贡献补丁四千余个。近年主要关注面向智算集群的操作系统"
              "架构，推动了主机内核与集群调度、高速互联的协同优化。加入华为之前，曾在摩托罗拉南京研发中心从事嵌入式 Linux "
              "开发。硕士毕业于东南大学计算机科学与工程学院。")], "鄢立新", side="L"),
         T("09:45", "10:10", "Kernel Live Patching at Fleet Scale: Lessons from Ten Years",
           [P("Henrik Solberg",
              "Henrik Solberg is a Distinguished Engineer at SUSE and one of the maintainers of the kernel live "
              "patching tooling used in SUSE Linux Enterprise. Over the last ten years his team has shipped live "
              "patches to millions of production machines, and he has worked upstream on ftrace, the livepatch "
              "core and the consistency model. Before joining SUSE in 2014 he worked on real-time Linux at Ericsson "
              "in Stockholm. He holds a master's degree in computer science from the Norwegian University of "
              "Science and Technology in Trondheim.")], "鄢立新", side="R"),
         T("10:10", "10:35", "openKylin 与上游社区：发行版内核补丁回馈的实践",
           [P("蔺文博",
              "麒麟软件内核技术团队负责人，openKylin 社区 Kernel SIG 组长，负责银河麒麟与 openKylin 内核的版本规划与"
              "社区协作，推动建立了发行版补丁的上游回馈流程。此前在中标软件从事服务器操作系统研发八年。毕业于国防科技大学"
              "计算机学院。"),
            P("孙雅琴",
              "麒麟软件内核技术团队高级工程师，主要负责国产平台驱动的上游化与补丁回溯工作，向 Linux 主线提交的多个 ACPI "
              "与电源管理补丁已被合入。2019 年硕士毕业于天津大学智能与计算学部。")], "鄢立新", side="L"),
         B("10:35", "10:50", "茶歇"),
         T("10:50", "11:15", "亿级终端上的内核稳定性治理：从崩溃采集到自动修复",
           [P("秦海川",
              "荣耀终端操作系统部内核专家，负责手机、平板与 PC 产品的内核稳定性与性能，建设了覆盖亿级设备的内核崩溃采集、"
              "聚类与自动归因平台，推动多个驱动与内存子系统问题在上游修复。此前在华为终端从事 Linux 内核与驱动开发九年。"
              "毕业于西安电子科技大学。")], "鄢立新", side="L"),
         T("11:15", "11:40", "机密计算在国产服务器平台上的内核支持",
           [P("应晓东",
              "海光信息技术股份有限公司安全技术部技术专家，负责海光 CPU 安全虚拟化与机密计算特性在 Linux 内核、KVM 与 "
              "QEMU 中的支持，主导了相关特性在多个主流发行版中的适配与上游合入，拥有发明专利二十余项。此前在 AMD 上海研发"
              "中心从事服务器平台固件与虚拟化开发。毕业于复旦大学计算机科学技术学院，获硕士学位。")], "鄢立新", side="L"),
         T("11:40", "12:05", "从课堂到社区：面向本科生的操作系统内核实践教学",
           [P("冼嘉豪",
              "中山大学计算机学院副教授、博士生导师，中国计算机学会系统软件专委会执行委员。研究方向为操作系统、存储系统与"
              "系统安全，在 OSDI、SOSP、FAST、USENIX ATC、EuroSys 等会议和期刊发表论文三十余篇，主持国家自然科学基金"
              "青年项目与面上项目各一项。负责本科生“操作系统原理与实践”课程，将内核补丁提交与代码评审引入课程考核，累计指导"
              "六十余名本科生向 Linux 内核及相关开源社区提交补丁。2014 年博士毕业于清华大学计算机科学与技术系，曾在美国"
              "威斯康星大学麦迪逊分校从事博士后研究两年。")], "鄢立新", side="R"),
     ]),
    ("处理器架构与调度分论坛", "遵义师范学院新蒲校区信息工程学院 2 号楼 201 报告厅",
     ("罗慧敏", "遵义师范学院信息工程学院副教授"), [
         T("14:00", "14:25", "EEVDF 调度器在数据库负载下的时延抖动治理",
           [P("韦思成",
              "腾讯 TencentOS 内核团队专家工程师，负责调度子系统在云数据库与在线业务中的性能与稳定性，在 CFS 向 EEVDF "
              "迁移过程中定位并修复了多处时延回退问题，相关补丁已进入主线。此前在网易杭州研究院从事存储系统开发。毕业于"
              "浙江大学计算机科学与技术学院。")], "罗慧敏", side="L"),
         T("14:25", "14:50", "RISC-V 向量扩展的上下文切换开销与懒保存优化",
           [P("钟一鸣",
              "平头哥半导体操作系统团队高级工程师，负责玄铁处理器在 Linux 内核中的架构支持，参与了向量扩展、内核态向量"
              "使用与信号处理相关补丁的开发与评审。毕业于上海交通大学。"),
            P("眭晨阳",
              "浙江大学计算机科学与技术学院博士研究生，研究方向为处理器体系结构与操作系统协同设计，在平头哥实习期间参与"
              "了向量寄存器懒保存方案的实现与评测。")], "罗慧敏", side="L"),
         T("14:50", "15:15", "Cache-Aware Load Balancing on Chiplet-Based x86 Servers",
           [P("Marco Ferretti",
              "Marco Ferretti is a Principal Member of Technical Staff at AMD, where he works on Linux scheduler and "
              "topology support for EPYC server processors. His recent work covers cache-aware wake-up placement, "
              "sched domain construction for chiplet designs and the performance of the EEVDF scheduler on large "
              "machines. He has contributed to the Linux kernel since 2011, first at Intel on power management and "
              "then at AMD. He received his PhD in computer engineering from Politecnico di Torino.")],
           "罗慧敏", side="R"),
         T("15:15", "15:40", "鲲鹏服务器上 NUMA 负载均衡的迁移代价评估",
           [P("葛文韬",
              "华为鲲鹏计算操作系统团队技术专家，负责鲲鹏服务器上调度与 NUMA 性能优化，参与了多路服务器 NUMA 负载均衡"
              "与任务迁移策略的改进，在数据库、大数据与分布式存储场景中积累了丰富的调优经验。此前在中兴通讯从事 CGSL 内核"
              "开发。毕业于华中科技大学计算机科学与技术学院。")], "罗慧敏", side="L"),
         B("15:40", "16:00", "茶歇"),
         T("16:00", "16:25", "LoongArch 虚拟机的中断虚拟化与 IPI 加速",
           [P("亓宏亮",
              "龙芯中科基础软件部虚拟化团队负责人，负责龙架构 KVM 与 QEMU 的开发与上游维护，主导了龙架构虚拟化扩展在主线"
              "内核中的支持，实现了中断控制器的内核态模拟与虚拟 IPI 的加速。博士毕业于中国科学院计算技术研究所，"
              "研究方向为计算机系统结构。")], "罗慧敏", side="L"),
         T("16:25", "16:50", "基于 sched_ext 的视频转码集群调度策略",
           [P("覃思远",
              "快手基础架构部内核工程师，负责容器平台的 CPU 调度与隔离，基于 sched_ext 为视频转码集群设计了感知任务类型"
              "的调度策略。此前在金山云从事虚拟化平台开发。毕业于电子科技大学。"),
            P("骆佳怡",
              "快手基础架构部内核工程师，负责调度策略的评测框架与线上灰度，参与了 sched_ext 调度器在转码集群中的落地。"
              "2022 年硕士毕业于北京航空航天大学计算机学院。")], "罗慧敏", side="L"),
         T("16:50", "17:15", "混合架构处理器上的 IPC 感知任务放置",
           [P("邝志豪",
              "英特尔亚太研发有限公司系统软件工程师，长期从事 Linux 调度器与电源管理的开发，参与了混合架构处理器上 ITMT"
              "与任务分类相关特性的上游工作。在加入英特尔之前，曾在中国科学院软件研究所从事实时操作系统研究。毕业于北京"
              "理工大学，获计算机应用技术硕士学位。")], "罗慧敏", side="R"),
         T("17:15", "17:40", "PREEMPT_RT 合入主线之后：工业控制场景的实时性验证",
           [P("温振宇",
              "浙江中控技术股份有限公司操作系统平台部技术专家，负责工业控制器与边缘设备的实时 Linux 平台，建立了基于 "
              "cyclictest、rtla 与硬件打点的实时性验证体系，在主线 PREEMPT_RT 版本上完成了多款控制器产品的迁移。此前在"
              "研华科技从事嵌入式 BSP 开发。毕业于浙江工业大学。")], "罗慧敏", side="L"),
     ]),
    ("内存管理与异构计算分论坛", "遵义师范学院新蒲校区信息工程学院 2 号楼 305 报告厅",
     ("田晓燕", "遵义师范学院信息工程学院教授"), [
         T("14:00", "14:20", "CXL 内存池化场景下的 NUMA 节点动态上下线",
           [P("甄浩",
              "阿里云操作系统内核团队技术专家，龙蜥社区内存管理 SIG 维护者，负责 Alinux 内核的内存热插拔、内存分层与 "
              "CXL 内存扩展方案，参与设计了面向内存池化的节点动态上下线与页迁移机制，相关成果已在阿里云新一代内存型实例中"
              "落地。向 Linux 社区贡献内存管理补丁一百余个，曾在 LSF/MM/BPF 峰会上分享内存热插拔的优化工作。加入阿里云之前，"
              "曾在英特尔开源技术中心从事内存 RAS 与持久内存驱动开发五年。2012 年硕士毕业于北京大学信息科学技术学院，"
              "2016 年获得“阿里巴巴技术新人奖”。")], "田晓燕", side="R"),
         T("14:20", "14:40", "面向 GPU 统一内存的 HMM 页迁移路径优化",
           [P("卜文杰",
              "摩尔线程系统软件部内核驱动专家，负责 GPU 内核驱动的内存管理模块，主导了基于 HMM 的统一内存方案设计，在页"
              "迁移、缺页处理与多 GPU 一致性方面有深入研究。此前在英伟达上海从事 GPU 驱动开发七年。毕业于同济大学。"),
            P("戚梦瑶",
              "清华大学计算机科学与技术系博士研究生，研究方向为异构内存与加速器系统软件，相关成果发表于 ASPLOS 与 "
              "USENIX ATC，在摩尔线程实习期间参与了页迁移批处理方案的实现。")], "田晓燕", side="L"),
         T("14:40", "15:10", "Memory Tiering with DAMON: Results from a Production Fleet",
           [P("段承志",
              "字节跳动 STE 团队内核工程师，负责大内存机型上的内存分层与冷热页识别，基于 DAMON 构建了覆盖数十万台服务器的"
              "内存冷热统计与分层放置系统，在推荐与存储业务中显著降低了内存成本。曾向上游提交 DAMON 与 memory tiering "
              "相关补丁三十余个，并在开源社区会议上多次分享实践经验。加入字节跳动之前，曾在百度系统部从事内核与文件系统"
              "开发四年。2016 年硕士毕业于中国科学技术大学计算机科学与技术学院，本科毕业于山东大学。")],
           "田晓燕", side="R"),
         T("15:10", "15:40", "slab 内存碎片的在线整理与可观测性",
           [P("雷宇航",
              "华为 2012 实验室操作系统内核工程师，openEuler 社区 Kernel SIG maintainer，负责 slab 分配器与内核内存统计"
              "的优化，实现了长期运行场景下 slab 碎片的在线统计与整理工具。毕业于武汉大学计算机学院。")],
           "田晓燕", side="L"),
         B("15:40", "16:00", "茶歇"),
         T("16:00", "16:30", "NPU 共享虚拟内存与 IOMMU SVA 的适配实践",
           [P("尤嘉伟",
              "寒武纪软件技术部驱动架构师，负责 MLU 加速卡的主机驱动与内存管理，主导了共享虚拟内存与 IOMMU SVA 在云端"
              "推理场景中的适配，解决了多进程共享设备时的地址空间隔离问题。此前在海思从事 SMMU 驱动开发。毕业于南京大学。"),
            P("艾琳",
              "寒武纪软件技术部高级工程师，负责加速卡驱动的缺页处理与 PASID 管理，参与了 SVA 方案的测试与性能调优。"
              "毕业于西安交通大学。")], "田晓燕", side="L"),
         T("16:30", "17:00", "KSM 在大页映射下的合并效率优化",
           [P("苏明哲",
              "天翼云科技有限公司虚拟化团队高级工程师，负责宿主机内存超分与合并技术，针对大页映射下 KSM 合并率低的问题"
              "提出了按需拆分与合并后重组大页的方案，已在多个资源池上线。此前在中国电信研究院从事云平台研发。毕业于北京"
              "邮电大学。")], "田晓燕", side="L"),
         T("17:00", "17:30", "加速卡驱动中的 DMA 内存管理与零拷贝",
           [P("蒙俊",
              "浪潮信息异构计算团队技术专家，负责 FPGA 与 AI 加速卡的主机侧驱动，设计了基于 dma-buf 的设备间零拷贝通路，"
              "在视频分析与推理一体机中落地。此前在中科曙光从事高性能计算平台研发。毕业于山东大学。")],
           "田晓燕", side="L"),
     ]),
    ("IO 与 ebpf 分论坛", "遵义师范学院新蒲校区信息工程学院 3 号楼 108 报告厅",
     ("蓝志勇", "京东科技操作系统团队负责人"), [
         T("14:00", "14:30", "io_uring 在对象存储网关中的落地与调优",
           [P("宁浩然",
              "小红书基础架构部存储工程师，负责对象存储网关与本地缓存服务的性能优化，推动网关数据面从 epoll 加线程池迁移到 "
              "io_uring，在大小文件混合负载下将单机吞吐提升了四成。此前在七牛云从事分布式存储开发。毕业于南京航空航天大学。")],
           "蓝志勇", side="L"),
         T("14:30", "15:00", "NVMe 多路径故障切换的时延优化",
           [P("于佳明",
              "中国移动云能力中心存储团队技术专家，负责移动云块存储客户端与宿主机 IO 栈，针对 NVMe over TCP 多路径在链路"
              "故障时切换过慢的问题设计了主动探测与快速切换方案。此前在华为存储产品线工作六年。毕业于北京邮电大学。"),
            P("鲍雨桐",
              "北京邮电大学计算机学院硕士研究生，研究方向为存储网络与 IO 虚拟化，在移动云实习期间参与了多路径故障注入"
              "测试平台的开发。")], "蓝志勇", side="L"),
         T("15:00", "15:30", "Tracing Block IO Latency in Kubernetes with eBPF",
           [P("祁文轩",
              "小米云平台内核工程师，负责容器平台的主机内核与可观测性，基于 eBPF 实现了按容器、按设备的块设备 IO 时延追踪"
              "与慢 IO 归因，已覆盖公司全部在线业务集群。曾在 KubeCon 与多个开源技术大会上分享容器可观测性实践，是多个 "
              "eBPF 开源工具的贡献者。加入小米之前，曾在美团基础研发平台从事操作系统稳定性工作三年。2017 年毕业于"
              "哈尔滨工业大学计算机科学与技术学院，获工学硕士学位。")], "蓝志勇", side="R"),
         B("15:30", "15:45", "茶歇"),
         T("15:45", "16:10", "基于 eBPF 的文件热点识别与页缓存预取",
           [P("汤立群",
              "美团基础研发平台内核工程师，负责文件系统与页缓存相关的性能优化，基于 eBPF 实现了文件访问热点的在线识别与"
              "预取策略，在模型加载与日志检索场景中降低了冷启动时延。毕业于武汉大学。")], "蓝志勇", side="L"),
         T("16:10", "16:35", "BPF LSM 在容器逃逸防护中的应用",
           [P("卫子墨",
              "深信服云计算安全团队高级工程师，负责云主机与容器的运行时安全防护，基于 BPF LSM 设计了容器逃逸行为的检测"
              "与阻断方案。此前在绿盟科技从事主机入侵检测产品研发。毕业于中南大学。"),
            P("庄晓彤",
              "深信服云计算安全团队工程师，负责 BPF LSM 策略的编译与下发框架，参与了防护方案在客户环境中的性能评估。"
              "毕业于华南理工大学。")], "蓝志勇", side="L"),
         T("16:35", "17:00", "blk-throttle 与 iocost：混部场景下的块设备限流选型",
           [P("谭博文",
              "哔哩哔哩基础架构部系统工程师，负责在离线混部集群的 IO 隔离，对比评估了 blk-throttle、iocost 与 io.latency "
              "在云盘与本地盘上的限流效果，沉淀了按业务类型的选型指南。此前在爱奇艺从事存储平台运维开发。毕业于同济大学。")],
           "蓝志勇", side="L"),
         T("17:00", "17:25", "AF_XDP 在 5G 用户面转发中的性能实践",
           [P("翟宏宇",
              "新华三技术有限公司通信产品线软件架构师，负责 5G 核心网用户面网元的转发平面，主导了数据面从 DPDK 向 AF_XDP "
              "的迁移评估与性能优化，在保持吞吐的同时简化了部署与运维。此前在中兴通讯从事核心网产品开发十年。毕业于西安"
              "电子科技大学通信工程学院。")], "蓝志勇", side="L"),
         T("17:25", "17:50", "ARM64 平台 eBPF JIT 的指令选择优化",
           [P("柳清扬",
              "中国科学院软件研究所智能软件研究中心助理研究员，研究方向为编译器与操作系统，参与了 ARM64 与 RISC-V 平台 "
              "BPF JIT 的优化与测试，向上游提交的多个 JIT 补丁已被合入。2020 年博士毕业于中国科学院大学。")],
           "蓝志勇", side="R"),
     ]),
]

SPONSORS = ["遵义师范学院", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "荣耀", "vivo", "龙芯中科", "海光信息",
            "麒麟软件", "蚂蚁集团", "天翼云"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "openKylin", "贵州省计算机学会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国", "阅码场"]

# names of real speakers and hosts read on the real posters (set 83's list, copied: set 66's names plus two)
# and the names this helper saw in its own crops of CLK2024's 调度与锁分论坛, 体系结构与虚拟化分论坛 and 主论坛
# (already in it); none may be used.  draw.py's check also reads the first column of the four listings.
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳",
              "伍勃", "张缅锐"]

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


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)



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



# ---------------------------------------------------------------------------
# painters: set 83's drawing of the organisers' forum poster (itself set 66's), brought back to the real
# cards' places (photo always at the right, no company line, a plain '茶歇' plate, white digits on the tab)
# and recoloured: deep violet ground, orchid lines, violet-to-magenta tabs, amber plates for the forum
ORCHID = (206, 150, 255)
MAGENTA = (236, 84, 178)
VIOLET = (132, 64, 232)
PALE = (234, 222, 250)
FRAME = (184, 132, 252)
DIM = (98, 60, 160)
AMBER = (255, 202, 96)
CORAL = (255, 140, 112)
INK = (48, 12, 80)
PLATE = (74, 28, 128)
DEEP = (30, 8, 62)
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 50
PHOTO, OUTER = 240, 168  # photo diameter, the outer ring's radius
PCX = 806  # the photo's centre x: always at the right, as on the real cards
TITLE_F, TITLE_LH, TITLE_W = 38, 58, 820


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: flattened rings, an arc, satellites; the year over 'CLK'."""
    for r, col, wd in [(206, (92, 48, 160), 3), (164, (170, 110, 240), 6), (120, (236, 170, 255), 4)]:
        d.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], outline=col, width=wd)
    d.arc([cx - 244, cy - 150, cx + 244, cy + 150], 196, 344, fill=MAGENTA, width=8)
    d.ellipse([cx - 80, cy - 80, cx + 80, cy + 80], fill=(88, 36, 150), outline=(240, 190, 255), width=4)
    ctext(d, cx, cy - 54, "2891", font(22, True), (246, 220, 255))
    ctext(d, cx, cy - 32, "CLK", font(56, True), WHITE)
    for ang in (24, 156, 256):
        sx, sy = cx + 232 * math.cos(math.radians(ang)), cy + 142 * math.sin(math.radians(ang))
        d.rounded_rectangle([sx - 20, sy - 20, sx + 20, sy + 20], radius=8, outline=(240, 190, 255), width=3)


def header(im, d, hall):
    """The head of every forum poster: logo lines, the school, the slanted edition title, ring, pill, address."""
    logo_lines(d, 60, 56, WHITE, ORCHID, 1.15)
    seal(d, 700, 84, 30, WHITE)
    d.text((744, 50), SCHOOL, font=font(22, True, serif=True), fill=WHITE)
    d.text((744, 80), SCHOOL_UNIT, font=font(30, True), fill=WHITE)
    d.text((744, 120), SCHOOL_EN, font=font(10), fill=PALE)
    ring_graphic(d, 806, 664)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    hgrad(d, 90, 528, 560, 534, ORCHID, (60, 24, 120))
    d.line([(560, 531), (640, 511)], fill=ORCHID, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 648, 80 + pw, 716
    d.rounded_rectangle([x0, y0, x1, y1], radius=34, outline=ORCHID, width=3)
    d.text((x0 + 30, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 30 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, AMBER, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    pin(d, 84, 800, AMBER, 1.2)
    d.text((116, 790), "地址：", font=font(34, True), fill=WHITE)
    y = 846
    campus, sep, rest = hall.partition("校区")  # the designer breaks the hall after the campus
    hall_lines = [campus + sep, rest] if sep and rest else wrap_nicely(d, hall, font(34, True), 600)
    for ln in hall_lines:
        assert tw(d, ln, font(34, True)) <= 640, ln
        d.text((84, y), ln, font=font(34, True), fill=WHITE)
        y += 50
    for i in range(9):  # light rods at the left, as behind the organisers' heads
        hx = 60 + i * 40
        d.line([(hx, 1010 - (i * 41) % 96), (hx, 1070)], fill=(236, 120, 200) if i % 2 else (150, 100, 240), width=3)
    return max(y, 1070) + 40


def forum_plate(im, d, y, text):
    """The forum's name on an amber-to-coral plate with cut corners, in slanted bold deep-violet type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 60, y + h - 34), (x0 + 120, y + h - 34), (x0 + 120, y + h - 24), (x0 - 60, y + h - 24)],
              fill=MAGENTA)
    hgrad(d, x0, y, x1, y + h, AMBER, CORAL)
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=DEEP)
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=DEEP)
    d.line([(x1 - 200, y - 14), (x1 + 60, y - 14)], fill=ORCHID, width=6)
    slant_text(im, 0, y + 8, text, f, INK, 0.18, cx=W / 2)
    return y + h


def host_bar(d, y, host):
    hgrad(d, X0, y, X1, y + 78, (78, 30, 150), (120, 46, 176))
    d.rectangle([X0, y, X1, y + 78], outline=FRAME, width=2)
    arrows(d, X0 + 34, y + 39, True, AMBER)
    arrows(d, X1 - 34, y + 39, False, AMBER)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(120, 70, 196), ORCHID]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a violet-to-magenta bar, the digits in white; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, VIOLET, MAGENTA)
    d.polygon([(x + w - 22, y + h), (x + w, y + h), (x + w, y + h - 22)], fill=DEEP)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


def ring_photo(im, d, cx, cy, name):
    r = PHOTO / 2 + 14
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(112, 64, 180), width=2)
    d.arc([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], -60, 40, fill=ORCHID, width=5)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=MAGENTA, width=4)
    for ang in (120, 220):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 7, dy - 7, dx + 7, dy + 7], fill=ORCHID)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side):
    """The framed name: a dark violet box with an orchid outline, the name bold (padded); a tail line under
    it.  Returns the y under it."""
    f = font(40, True)
    text = pad(name)
    w = max(330, tw(d, text, f) + 100)
    x0 = X0 + 46 if side == "L" else X1 - 40 - w
    d.rectangle([x0, y, x0 + w, y + 72], fill=PLATE, outline=ORCHID, width=3)
    d.line([(x0, y + 24), (x0 + 24, y)], fill=ORCHID, width=3)
    if side == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 50, y + 86)], fill=ORCHID, width=3)
    else:
        d.line([(x0 - 50, y + 86), (x0 + w - 40, y + 86)], fill=ORCHID, width=3)
    if latin(name):
        d.text((x0 + 34, y + 10), text, font=f, fill=WHITE)
    else:
        ctext(d, x0 + w / 2, y + 9, text, f, WHITE)
    return y + 86


def speaker_block(im, d, y, sp, side, log):
    """One speaker: the biography at the left, the ringed photo at the right, the name plate under them.
    With the plate under the photo ('R') the biography runs wide again under the photo; with the plate under
    the biography ('L') it stays beside the photo."""
    bf = font(BIO_F)
    nx, nw = X0 + 46, PCX - OUTER - 24 - (X0 + 46)
    wide_w = X1 - 40 - nx
    cy = y + 160
    beside = int((cy + OUTER - y) // BIO_LH) + 1  # lines beside the photo
    runs_wide = side == "R"
    widths = [nw] * beside + [wide_w] if runs_wide else [nw]
    lines = wrap_widths(d, sp["bio"], bf, widths)
    d.line([(X0 - 8, y + 16), (X0 + 18, y + 16)], fill=ORCHID, width=4)
    for ln in lines:
        d.text((nx, y), ln, font=bf, fill=PALE)
        y += BIO_LH
    ring_photo(im, d, PCX, cy, sp["name"])
    log.append((sp["name"], len(sp["bio"]), len(lines)))
    py = max(y + 24, cy + OUTER + 16) if runs_wide else max(y + 24, cy + 40)
    y2 = plate(d, py, sp["name"], side)
    return max(y2, cy + OUTER + 10) + 10


def frame(d, top, bot, tabr):
    """The talk frame: a line from the tab to a dot at the right, the left edge, a foot with a cut corner."""
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.line([(tabr, top + 12), (X1 - 120, top + 12)], fill=DIM, width=2)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=ORCHID)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=ORCHID, width=5)
    d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


def title_lines(d, title):
    """As wrap_nicely; an English title that needs two lines breaks after its ': ' when both halves fit."""
    f = font(TITLE_F, True)
    head, sep, tail = title.partition(": ")
    if sep and len(wrap(d, title, f, TITLE_W)) == 2 and tw(d, head + ":", f) <= TITLE_W and tw(d, tail, f) <= TITLE_W:
        return [head + ":", tail]
    return wrap_nicely(d, title, f, TITLE_W)


def talk_card(im, d, y, s, log, chev_x):
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 48
    tf = font(TITLE_F, True)
    tl = title_lines(d, s["title"])
    d.rectangle([X0 - 8, y + 22, X0 + 22, y + 28], fill=ORCHID)
    for ln in tl:
        d.text((X0 + 46, y), ln, font=tf, fill=WHITE)
        y += TITLE_LH
    log.append(("title", s["title"], len(tl)))
    y += 40
    for i, sp in enumerate(s["sp"]):
        if i:
            y += 44
        y = speaker_block(im, d, y, sp, s["side"], log)
    bot = y + 56
    frame(d, top, bot, tabr)
    return bot + 56


def break_card(im, d, y, s, chev_x):
    """A tea break as the real cards print it: chevrons, the tab, a short frame holding a plate with the label."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 40
    f = font(42, True)
    x0, w = X0 + 46, 300
    d.rectangle([x0, y, x0 + w, y + 78], fill=PLATE, outline=ORCHID, width=3)
    d.line([(x0, y + 24), (x0 + 24, y)], fill=ORCHID, width=3)
    ctext(d, x0 + w / 2, y + 10, pad(s["title"]), f, WHITE)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=ORCHID, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=ORCHID)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=ORCHID)
    return bot + 40


def band(d, y, s):
    """The opening: ONE full-width band, the range at the left, arrows, the label at the right."""
    h = 84
    hgrad(d, X0, y, X1, y + h, VIOLET, MAGENTA)
    seg_text(d, X0 + 36, y + 20, rng(s), 44, WHITE)
    arrows(d, 600, y + 42, True, AMBER, 3, 16)
    rtext(d, X1 - 60, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a pale outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(236, 222, 252), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 52, y + h / 2, 26, WHITE)
        f = font(30, True, serif=True)
        d.text((x + 92, y + 18), fits(d, SCHOOL, f, w - 104), font=f, fill=WHITE)
        d.text((x + 94, y + 64), "ZUNYI NORMAL UNIVERSITY", font=font(11, True), fill=PALE)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
    if len(parts) == 2:
        f1, f2 = font(34, True), font(18, True)
        ctext(d, x + w / 2, y + 14, parts[0], f1, WHITE)
        ctext(d, x + w / 2, y + 62, "  ".join(parts[1]), f2, WHITE)
        return
    f = font(38 if name.isascii() else 34, True, serif=(rnd.random() < 0.25 and not name.isascii()))
    mark = rnd.random() < 0.5
    tw_ = tw(d, name, f) + (52 if mark else 0)
    tx = x + (w - tw_) / 2
    if mark:
        d.rounded_rectangle([tx, y + h / 2 - 18, tx + 36, y + h / 2 + 18], radius=9, outline=WHITE, width=4)
        d.ellipse([tx + 12, y + h / 2 - 6, tx + 24, y + h / 2 + 6], fill=WHITE)
        tx += 52
    d.text((tx, y + h / 2 - 26), fits(d, name, f, w - 30), font=f, fill=WHITE)


def units(d, y, names):
    bw, bh, gx, gy = 334, 104, 50, 40
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def foot_plate(im, d, y, text):
    w, h = 660, 96
    x0 = W / 2 - w / 2
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (70, 28, 130), MAGENTA)
    hgrad(d, x0, y, x0 + w, y + h, AMBER, CORAL)
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=DEEP)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=ORCHID, width=6)
    slant_text(im, 0, y + 10, text, font(52, True), INK, 0.18, cx=W / 2)
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
    qrcode(d, W / 2 - 160, y + 40, 320, 2891)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "现场参会赠送限量纪念徽章，先到先得", font(30), PALE)
    ctext(d, W / 2, y + 52, "活动最终解释权归主办方所有", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "相聚遵义 · 同探 Linux 内核之美", font(52, True), AMBER, 0.18, cx=W / 2)
    return int(y + 620)


def skyline(im, h):
    """The foot: green-violet hills, a two-storey hall with a hipped roof, a tower and blocks, with the school's
    name."""
    d = ImageDraw.Draw(im)
    base = h - 40
    col, col2 = (76, 36, 130), (60, 26, 108)
    d.polygon([(0, base - 150), (160, base - 300), (330, base - 190), (470, base - 330), (640, base - 200),
               (820, base - 320), (1080, base - 170), (1080, base), (0, base)], fill=(48, 20, 92))
    for bx, bw, bh in [(20, 80, 170), (110, 64, 240), (870, 90, 230), (966, 100, 160)]:
        d.rectangle([bx, base - bh, bx + bw, base], fill=col2)
        for wy in range(base - bh + 16, base - 10, 26):
            for wx in range(bx + 10, bx + bw - 10, 20):
                d.rectangle([wx, wy, wx + 8, wy + 12], fill=(104, 58, 170))
    hx0, hx1 = 330, 750  # the hall
    d.rectangle([hx0, base - 150, hx1, base], fill=col)
    d.polygon([(hx0 - 30, base - 150), (hx0 + 40, base - 210), (hx1 - 40, base - 210), (hx1 + 30, base - 150)],
              fill=col)
    d.rectangle([hx0 + 40, base - 270, hx1 - 40, base - 210], fill=col)
    d.polygon([(hx0 + 10, base - 270), (hx0 + 80, base - 320), (hx1 - 80, base - 320), (hx1 - 10, base - 270)],
              fill=col)
    for k in range(9):
        wx = hx0 + 30 + k * 42
        d.rectangle([wx, base - 120, wx + 22, base - 70], fill=(110, 62, 176))
    tx = 200  # the tower
    d.polygon([(tx - 26, base), (tx - 10, base - 380), (tx + 10, base - 380), (tx + 26, base)], fill=col)
    d.line([(tx, base - 380), (tx, base - 450)], fill=col, width=6)
    for k in range(3):
        yy = base - 20 + k * 10
        d.line([(0, yy), (W, yy - 16)], fill=(170, 110, 240), width=3)
    ctext(d, W / 2, h - 34, SCHOOL, font(22, True, serif=True), (240, 224, 255))


def background(w, h):
    im = vgrad(w, h, (48, 18, 102), (22, 8, 58))
    im = glow(im, 806, 664, 420, (220, 110, 255), 0.38)
    im = glow(im, 100, 1200, 300, (120, 80, 240), 0.22)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (230, 90, 200) if k % 2 else (120, 80, 240), 0.18)
    im = glow(im, 540, h - 300, 500, (200, 100, 240), 0.26)
    d = ImageDraw.Draw(im)
    rnd = random.Random(2891)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(104, 52, 164), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(244, 200, 255))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(104, 52, 164), width=2)
    skyline(im, h)
    return grain(im, 2891, 0.012)


LOG = {}


def paint_forum(forum):
    name, hall, host, slots = forum

    def paint(im, d):
        log = []
        y = header(im, d, hall)
        y = forum_plate(im, d, y, name) + 110
        y = host_bar(d, y, host)
        first = True
        for s in slots:
            chev_x = 860 if first else 200
            first = first and s["title"] == "开场"
            if s["kind"] == "break" and s["title"] == "开场":
                y = band(d, y, s)
            elif s["kind"] == "break":
                y = break_card(im, d, y, s, chev_x)
            else:
                y = talk_card(im, d, y, s, log, chev_x)
        LOG[name] = log
        return footer(im, d, y + 160)

    return paint



# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -66, -83): speakers are names as printed with spaces "
    "and the padding of two-character names removed ('甄　浩' -> '甄浩', '艾　琳' -> '艾琳'; the Latin names 'Henrik "
    "Solberg' -> 'HenrikSolberg', 'Marco Ferretti' -> 'MarcoFerretti'); host is the chair printed for the forum "
    "covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed, "
    "without their padding ('茶　歇' -> '茶歇'); an opening speech printed with a speaker ('嘉宾致辞') is a talk, a slot "
    "printed without a speaker ('开场', '茶歇') is a break. ONE invented edition, CLK 2891 (第886届, 遵义, host school "
    "遵义师范学院 信息工程学院, Saturday 2891-10-20), printed as CLK2024's repository holds its FORUM posters: FOUR WebP "
    "posters, one per forum, with CLK2022's four forum names exactly as its README prints them (主论坛, "
    "处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), each "
    "file named by its forum ('IO 与 ebpf 分论坛.webp' with its spaces). There is no whole-agenda picture, so every talk "
    "is on exactly ONE picture. 主论坛 runs in the morning (09:00-12:05), the three others in parallel in the afternoon "
    "(from 14:00); every forum's date is the edition's. Each poster is one entry holding its ONE forum. All four are "
    "1080 px wide and, like the real CLK2024 forum posters, 13,000-15,100 px tall. The family is the organisers' 2024 "
    "forum poster KEPT TO ITS PLACES and recoloured (deep violet ground, orchid lines, violet-to-magenta tabs, amber "
    "plates): the head (logo lines, school, leaning '第886届中国' / 'Linux内核开发者大会', a ring '2891' / 'CLK', a date "
    "pill '2891年10月20日' + pin + '遵义', '地址：' and the forum's hall), the forum's name on a slanted amber plate, the "
    "bar '>>>　主持人：name　<<<' with the host's unit under it between dots, and per talk after V marks the RANGE on a "
    "TAB at the top left of a frame in a SEGMENTED 'DIGITAL' face (white seven-segment digits, '14:00 - 14:25'), the "
    "bold title after a tick, then per speaker a BIOGRAPHY at the left, a ringed round PHOTO at the right and the "
    "framed NAME PLATE, either under the biography at the left (most talks) or under the photo at the right when the "
    "biography runs wide again under the photo (long biographies), as on the real cards. NO company line is printed "
    "(as on the real cards): the company is only inside the biography, so every talk's 'affiliations' is EMPTY ([]), "
    "as sets 56, 66 and 83 give posters that print names alone. The range on a tab belongs to the frame under it. Two "
    "speakers of one talk are two such blocks ONE UNDER THE OTHER in one frame; they are given top then bottom. "
    "Biographies (Chinese; ENGLISH for the two Latin speakers Henrik Solberg of SUSE and Marco Ferretti of AMD; several "
    "LONG ones of 9 to 11 lines) are nowhere in the truth; companies, schools and people named inside them are no "
    "speakers or affiliations (a biography naming a former employer, '此前在…', '加入…之前，曾在…', or a prize in "
    "quotes, never changes anything). Headers, the school and its college and English name, the ring, the date pill, "
    "'地址：' and the hall, '赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', the two caption "
    "lines, the slogan '相聚遵义 · 同探 Linux 内核之美' and the school's name in the skyline are never part of a name, a "
    "title or a slot; the unit under the host bar ('遵义师范学院信息工程学院副教授', '京东科技操作系统团队负责人') is "
    "nobody's affiliation. Titles wrapped over two lines are one title (joined with a space between Latin words, "
    "without one inside Chinese text; a title broken after '：' or ': ' keeps it). English-only titles: 'Kernel Live "
    "Patching at Fleet Scale: Lessons from Ten Years' (主论坛, Henrik Solberg), 'Cache-Aware Load Balancing on "
    "Chiplet-Based x86 Servers' (处理器架构与调度分论坛, Marco Ferretti), 'Memory Tiering with DAMON: Results from a "
    "Production Fleet' (内存管理与异构计算分论坛, 段承志, Chinese biography), 'Tracing Block IO Latency in Kubernetes "
    "with eBPF' (IO 与 ebpf 分论坛, 祁文轩, Chinese biography). A tea break is a tab with its range over a small frame "
    "holding a plate '茶　歇' (a break; 主论坛 10:35-10:50, 处理器架构与调度分论坛 and 内存管理与异构计算分论坛 "
    "15:40-16:00, IO 与 ebpf 分论坛 15:30-15:45); the opening of 主论坛 is ONE full-width band, the range at the left, "
    "'>>>' and '开场' at the right (a break). No lunch is printed; forums end with their last talk. Two speakers of one "
    "talk (seven talks): 蔺文博 over 孙雅琴 (both 麒麟软件), 钟一鸣 (平头哥) over 眭晨阳 (浙江大学), 覃思远 over 骆佳怡 "
    "(both 快手), 卜文杰 (摩尔线程) over 戚梦瑶 (清华大学), 尤嘉伟 over 艾琳 (both 寒武纪), 于佳明 (中国移动) over 鲍雨桐 "
    "(北京邮电大学), 卫子墨 over 庄晓彤 (both 深信服). Uncommon surnames 鄢 (the host of 主论坛), 蔺, 冼, 眭, 亓, 邝, "
    "覃, 甄, 卜, 戚, 祁, 翟. The host of 'IO 与 ebpf 分论坛' (蓝志勇) is from a company. No person is printed twice in the "
    "set; no name or title of the set occurs in the four real listings."
)
LAYOUTS = {
    "主论坛": "主论坛 (host 鄢立新 of 遵义师范学院): '09:00-09:05 开场' band; '嘉宾致辞' by 龙泽远 (a long biography, plate "
             "under the photo); 严俊峰; 'Kernel Live Patching at Fleet Scale: Lessons from Ten Years' by Henrik "
             "Solberg (ENGLISH biography, plate at the right); 蔺文博 over 孙雅琴; 茶歇 10:35-10:50; 秦海川; 应晓东; "
             "冼嘉豪 (long biography, plate at the right). 7 talks.",
    "处理器架构与调度分论坛": "处理器架构与调度分论坛 (host 罗慧敏): 8 talks of 25 minutes 14:00-17:40 with a 茶歇 "
                            "15:40-16:00; 钟一鸣 over 眭晨阳; 'Cache-Aware Load Balancing on Chiplet-Based x86 "
                            "Servers' by Marco Ferretti (ENGLISH biography, plate at the right); 覃思远 over 骆佳怡; "
                            "邝志豪 with his plate at the right.",
    "内存管理与异构计算分论坛": "内存管理与异构计算分论坛 (host 田晓燕): 7 talks 14:00-17:30 (20 and 30 minutes) with a 茶歇 "
                              "15:40-16:00; 甄浩 (long biography, plate at the right); 卜文杰 over 戚梦瑶; 'Memory "
                              "Tiering with DAMON: Results from a Production Fleet' by 段承志 (plate at the right); 尤嘉伟 "
                              "over 艾琳.",
    "IO 与 ebpf 分论坛": "IO 与 ebpf 分论坛 (host 蓝志勇 of 京东科技): 8 talks 14:00-17:50 with a 茶歇 15:30-15:45; 于佳明 "
                       "over 鲍雨桐; 'Tracing Block IO Latency in Kubernetes with eBPF' by 祁文轩 (plate at the right); "
                       "卫子墨 over 庄晓彤; 柳清扬 last, plate at the right.",
}

LISTINGS = "/work/shared/corpus/listings"


def fn_of(name):
    return name + ".webp"


def layout(name, size):
    return ("CLK 2891 (第886届), 遵义, 2891-10-20 (WebP q85, %d x %d): one forum poster of the organisers' 2024 "
            "forum-poster family, kept to the real cards' places and recoloured in deep violet, orchid, magenta "
            "and amber, at the real posters' length. " % size + LAYOUTS[name])


def check(posters):
    """A Saturday; nobody printed twice; CLK2022's four forums in order; no gaps; no real names or titles."""
    people = []
    for _, _, host, slots in FORUMS:
        people.append(plain(host[0]))
        people += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    assert saturday(DATE)
    assert [p["forums"][0]["forum"] for p in posters] == FOUR
    assert [p["file"] for p in posters] == [x + ".webp" for x in FOUR]
    talks = [s for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break"]
    titles = [s["title"] for s in talks]
    assert len(titles) == len(set(titles))
    for p in posters:
        for f in p["forums"]:
            assert f["date"] == DATE
            for s in f["slots"]:
                assert (s["host"] is None) == (s["kind"] == "break")
                assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
                assert s["start"] < s["end"]
                assert s["affiliations"] == [], s  # the real cards print no company line
                assert 1 <= len(s["speakers"]) <= 2 or s["kind"] == "break"
            ends = [(s["start"], s["end"]) for s in f["slots"]]
            assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends  # no gaps, no overlaps
    if os.path.isdir(LISTINGS):  # no real speaker or deck title of the four repositories
        paths = ""
        for fn in sorted(os.listdir(LISTINGS)):
            if fn.endswith(".tsv"):
                with open(os.path.join(LISTINGS, fn), encoding="utf-8") as fh:
                    paths += "\n".join(ln.split("\t")[0] for ln in fh) + "\n"
        flat = paths.replace(" ", "").lower()
        for p in people:
            assert p.lower() not in flat, p
        for t in titles:
            assert t.replace(" ", "").lower() not in flat, t
    return len(talks)


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
        assert 13000 <= im.size[1] <= 15100, (fn, im.size)
        assert size < 1.5e6, (fn, size)
        posters.append({"file": fn, "layout": layout(forum[0], im.size), "date": DATE,
                        "forums": [forum_truth(forum[0], DATE, forum[3])]})
    n = check(posters)
    print("scored talks", n)
    assert 28 <= n <= 40, n
    for name, log in LOG.items():
        print(name, [(t[1][:18], t[2]) for t in log if t[0] == "title" and t[2] > 1])
        print("   bio lines", [(t[0], t[2]) for t in log if t[0] != "title"])
    truth = {"written": "2026-12-12", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
