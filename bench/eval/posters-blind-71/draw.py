"""Draw the seventy-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four forum posters, the whole agenda and truth.json next to this file.
Every string printed on a picture comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 2711 (第706届, 开封, 河南大学, Saturday 2711-10-21), printed
as CLK2024's repository holds its posters: ONE PNG PER FORUM, named by its forum, with
CLK2022's four forum names (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛,
'IO 与 ebpf 分论坛'), at the real forum posters' length (13,000-15,000 px at 1080 wide)
and in their family (the organisers' 2024 royal blue), plus the WHOLE AGENDA
大会全议程.png listing the SAME talks compactly.  Forum posters: the head, the forum on a
slanted plate, '>>> 主持人：name <<<' over the unit; each talk after V marks a TAB with
the range in a segmented 'digital' face, a frame with the title, per speaker a
biography (no company line), a ringed photo and the name plate; 茶歇 a tab over a
small frame; the opening a band; the long foot.  Whole agenda: the head, a framed
introduction, '大会议程', each forum under a heading (topic and '分论坛' set apart) with
its host, rows of range / dot / cyan title / 'name  company job', 茶歇 bars, the foot.
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
# helpers copied unchanged from posters-blind-66/draw.py (which took them from sets
# 65, 62 and 59): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely,
# ctext, rtext, vgrad, grain, glow, qrcode, T, B, plain, S, aff, truth_slot,
# forum_truth, two_pass, cup, bowl, logo_lines, seed_of, para, fits, MEALS, WHITE,
# rng, meal_mark, saturday, pin (aff, truth_slot, forum_truth unused here)
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
# CLK 2711 (第706届), 开封, 河南大学, Saturday 2711-10-21.  ONE edition printed as
# CLK2024's repository holds its posters: one PNG per forum, named by the forum, and
# the whole agenda 大会全议程.png with the same talks.  CLK2022's four forums:
# 主论坛 in the morning, the three others in parallel in the afternoon.
EDITION = "CLK 2711"
YEAR = "2711"
NTH = "第706届中国"
DATE = "2711-10-21"
DATE_PRINTED = "2711年10月21日"
CITY = "开封"
SCHOOL = "河南大学"
SCHOOL_UNIT = "计算机与信息工程学院"
SCHOOL_EN = "School of Computer and Information Engineering, Henan University"
MAIN_HALL = "河南大学金明校区\n学术交流中心一楼报告厅"


def P(name, line, bio):
    """A talk's speaker.  The forum poster prints his name on a plate and his biography (no company
    line, as the real CLK2024 forum posters); the whole agenda prints his name and 'line', the
    company and job exactly as the designer typed them (with or without a space)."""
    return S(name, None, None, bio, line=line)


# (forum, hall, (host, host's unit), slots); a talk's 'side' is where its name plates stand on the forum poster
FORUMS = [
    ("主论坛", MAIN_HALL,
     ("亢明远", "河南大学计算机与信息工程学院院长、教授"), [
         B("09:00", "09:05", "开场"),
         T("09:05", "09:20", "嘉宾致辞",
           [P("秦卫东", "河南大学副校长",
              "河南大学副校长，教授、博士生导师，享受国务院政府特殊津贴专家。长期从事分布式计算、操作系统与数据智能方面的"
              "研究，主持国家重点研发计划课题、国家自然科学基金重点项目等十余项，在 IEEE TPDS、TC、ACM TOCS 以及 "
              "SOSP、EuroSys、USENIX ATC 等期刊和会议发表论文一百二十余篇，授权发明专利三十余项。曾获河南省科技进步一等奖"
              "两项、教育部科技进步二等奖一项。1998 年博士毕业于西安交通大学，曾在新加坡国立大学计算机学院从事博士后研究，"
              "2006 年回国任教，现兼任中国计算机学会理事、CCF 系统软件专业委员会副主任，河南省高性能计算重点实验室主任。")],
           "亢明远", side="R"),
         T("09:20", "09:50", "从数据中心到端侧：Linux 内核在多样性算力时代的演进",
           [P("严国梁", "华为 openEuler 内核首席架构师",
              "华为 openEuler 内核首席架构师，openEuler 技术委员会委员，负责服务器与嵌入式操作系统内核的技术路线规划，"
              "带领团队在内存管理、调度、虚拟化与 RAS 方向向上游社区贡献补丁四千余个。加入华为之前，曾在英特尔开源技术"
              "中心从事 x86 平台电源管理与 ACPI 驱动开发七年。2005 年硕士毕业于北京大学信息科学技术学院，是多个国际"
              "内核会议的程序委员会成员。")],
           "亢明远", side="R"),
         T("09:50", "10:20", "Rust in the Kernel: Lessons from Shipping Drivers at Scale",
           [P("Matthias Brenner", "Red Hat Principal Software Engineer",
              "Matthias Brenner is a principal software engineer at Red Hat, where he works on the kernel of Red Hat "
              "Enterprise Linux and on Rust support for device drivers. Before joining Red Hat in 2017 he spent six "
              "years at Canonical maintaining the Ubuntu kernel for cloud and IoT images. He holds a master's degree "
              "in computer science from TU Dresden and regularly speaks at Linux Plumbers Conference.")],
           "亢明远", side="L"),
         B("10:20", "10:35", "茶歇"),
         T("10:35", "11:05", "云原生时代操作系统内核的稳定性工程：百万台规模的实践",
           [P("逯国栋", "阿里云操作系统内核团队负责人",
              "阿里云操作系统内核团队负责人，龙蜥社区技术委员会委员，负责阿里云数百万台服务器的内核研发、热补丁与稳定性"
              "体系建设。此前在百度系统部从事内核与虚拟化开发五年，参与了百度第一代自研服务器的软硬件协同设计。毕业于"
              "西安电子科技大学计算机学院，获硕士学位。"),
            P("卢思敏", "阿里云高级技术专家",
              "阿里云操作系统团队高级技术专家，主要负责内核宕机与性能故障的根因分析平台，主导了线上 vmcore 自动诊断系统的"
              "建设，每年自动归因上万例内核问题。加入阿里云之前在中兴通讯从事 CGSL 电信级操作系统的维护。2012 年毕业于"
              "郑州大学信息工程学院。")],
           "亢明远", side="R"),
         T("11:05", "11:35", "国产 CPU 平台上内核长期维护分支的建设与回合策略",
           [P("戴文涛", "统信软件内核研发中心总监",
              "统信软件内核研发中心总监，负责统信 UOS 服务器与桌面版内核在鲲鹏、飞腾、龙芯、海光、兆芯等国产 CPU 平台上的"
              "适配与长期维护，主导建立了面向多架构的内核长期维护分支和自动化回合测试体系。此前在深度科技负责 deepin "
              "桌面系统的底层开发，更早在华为终端参与手机 BSP 开发。本科和硕士毕业于武汉大学计算机学院。")],
           "亢明远", side="L"),
         T("11:35", "12:00", "端侧大模型推理对内核内存与调度的新挑战",
           [P("鲁雅静", "vivo操作系统内核专家",
              "vivo 操作系统内核专家，负责 OriginOS 的内存管理与调度子系统，近两年聚焦端侧大模型推理带来的内存峰值、"
              "页缓存抖动与大小核调度问题，相关优化已在旗舰机型上量产。此前在联发科技从事 SoC 平台的内核与功耗优化工作。"
              "2014 年毕业于电子科技大学，获通信与信息系统硕士学位。")],
           "亢明远", side="R"),
     ]),
    ("处理器架构与调度分论坛", "河南大学金明校区\n计算机与信息工程学院 A 区 201 报告厅",
     ("卓群", "河南大学计算机与信息工程学院副教授"), [
         T("14:00", "14:20", "EEVDF 调度器在混部集群中的尾延迟分析",
           [P("房振宇", "字节跳动 STE 内核工程师",
              "字节跳动 STE 团队内核工程师，负责在离线混部场景下的 CPU 调度与资源隔离，跟踪并修复了 EEVDF 在大规模集群中"
              "暴露的多个延迟问题，相关补丁已合入上游。加入字节跳动之前在小米从事手机内核性能优化三年。2016 年硕士毕业于"
              "华中科技大学计算机学院。")],
           "卓群", side="R"),
         T("14:20", "14:40", "LoongArch 虚拟化：KVM 与 QEMU 的性能调优实践",
           [P("訾晓燕", "龙芯中科虚拟化组工程师",
              "龙芯中科基础软件部虚拟化组工程师，LoongArch KVM 的主要开发者之一，负责龙芯 3C 与 3D 系列服务器平台上的"
              "虚拟化性能调优，向 Linux 与 QEMU 社区提交了二十余个 LoongArch 虚拟化补丁。2019 年硕士毕业于中国科学院"
              "计算技术研究所，研究生期间参与过国产处理器的二进制翻译研究。")],
           "卓群", side="L"),
         T("14:40", "15:10", "面向大小核异构处理器的能效感知调度：基于 ARM64 手机平台的任务迁移策略设计与线上收益分析",
           [P("柯明哲", "OPPO 内核调度专家",
              "OPPO 内核调度专家，负责 ColorOS 的 CPU 调度、温控与功耗子系统，主导了大小核平台上能效感知调度与任务迁移"
              "策略的设计，使典型场景的整机功耗下降约 12%。此前在展讯通信从事 SoC 平台的调度与 DVFS 开发五年，熟悉 "
              "EAS 与 schedutil 的实现。毕业于华南理工大学计算机科学与工程学院。")],
           "卓群", side="R"),
         T("15:10", "15:40", "Core Scheduling for Confidential VMs: Closing the SMT Side Channel",
           [P("Sofia Marchetti", "SUSE Kernel Engineer",
              "SUSE 内核工程师，常驻 SUSE 北京研发中心，负责 SUSE Linux Enterprise 内核中调度与虚拟化安全相关特性的维护，"
              "是 core scheduling 与机密虚拟机相关补丁的贡献者。此前在 IBM 苏黎世研究院从事虚拟化安全研究。博士毕业于"
              "米兰理工大学，在中国工作已有五年，能用中文做技术交流。")],
           "卓群", side="L"),
         B("15:40", "16:00", "茶歇"),
         T("16:00", "16:30", "RISC-V 向量扩展下内核上下文切换开销的测量与优化",
           [P("詹嘉伟", "中国科学院软件研究所 副研究员",
              "中国科学院软件研究所智能软件研究中心副研究员，RISC-V 国际基金会多个工作组成员，长期从事 RISC-V 平台上"
              "的操作系统内核与编译工具链研究，负责 openEuler RISC-V 版本内核的维护。此前在平头哥半导体从事玄铁处理器"
              "的软件栈开发。博士毕业于北京航空航天大学。"),
            P("党雨萌", "中国科学院大学 博士研究生",
              "中国科学院大学博士研究生，就读于中国科学院软件研究所，研究方向为 RISC-V 向量扩展的操作系统支持与性能分析，"
              "参与了内核向量上下文惰性保存机制的设计与评估。本科毕业于西北工业大学计算机学院，曾在阿里巴巴达摩院实习。")],
           "卓群", side="R"),
         T("16:30", "16:50", "实时 Linux 在电力二次设备中的时延保障实践",
           [P("梁振华", "南瑞集团 嵌入式系统专家",
              "南瑞集团嵌入式系统专家，负责继电保护与测控装置中实时 Linux 平台的选型、移植与时延调优，主导了多款国产"
              "处理器平台上 PREEMPT_RT 的验证与工程化，装置最坏情况中断响应时延控制在 30 微秒以内。此前在研华科技从事"
              "工业计算机 BSP 开发。毕业于东南大学自动化学院。")],
           "卓群", side="L"),
         T("16:50", "17:10", "多核服务器上 mmap_lock 竞争的定位与缓解",
           [P("苗思远", "快手内核工程师",
              "快手基础平台内核工程师，负责在线服务器集群的内核性能分析，在大内存多线程服务中定位并缓解了多处 mmap_lock "
              "与页表锁的竞争热点，推动 per-VMA lock 在公司内的落地。此前在新浪微博从事后台基础架构工作。2015 年本科"
              "毕业于北京理工大学。")],
           "卓群", side="R"),
         T("17:10", "17:30", "基于 PMU 的 CPU 微架构瓶颈在线分析",
           [P("谷宁", "海光信息 性能分析工程师",
              "海光信息系统软件部性能分析工程师，负责海光服务器处理器的 PMU 驱动与 perf 工具支持，开发了基于 Top-down "
              "方法的微架构瓶颈在线分析工具，协助多家云厂商完成了应用性能调优。加入海光之前在 AMD 上海研发中心从事 Zen "
              "平台的性能建模。2013 年硕士毕业于天津大学。")],
           "卓群", side="L"),
     ]),
    ("内存管理与异构计算分论坛", "河南大学金明校区\n计算机与信息工程学院 A 区 305 报告厅",
     ("费雅琴", "河南大学软件学院教授"), [
         T("14:00", "14:30", "CXL 内存扩展在数据库场景下的分层放置与迁移",
           [P("章立伟", "浪潮信息系统软件架构师",
              "浪潮信息服务器系统软件部架构师，负责 CXL 内存扩展与内存池化服务器的系统软件设计，主导了 CXL 内存在数据库"
              "一体机中的分层放置方案。此前在联想数据中心业务集团从事服务器固件与 RAS 特性开发六年。2009 年硕士毕业于"
              "山东大学计算机科学与技术学院。"),
            P("闵雨桐", "浪潮信息内核工程师",
              "浪潮信息服务器系统软件部内核工程师，主要从事 NUMA 平衡、内存分层与页迁移的性能分析，为 CXL 内存开发了"
              "基于访存热度的迁移策略原型。2021 年硕士毕业于大连理工大学，研究生期间从事非易失内存文件系统的研究。")],
           "费雅琴", side="R"),
         T("14:30", "15:00", "Memory Cgroup Reclaim at Fleet Scale: What Broke and Why",
           [P("饶启航", "腾讯云内核技术专家",
              "腾讯云内核技术专家，TencentOS Server 内存子系统负责人，长期负责容器场景下的 memcg、内存回收与 OOM 治理，"
              "向上游提交并合入内存管理补丁六十余个。此前在 Oracle 北京研发中心从事 UEK 内核的维护与客户问题支持。2011 年"
              "硕士毕业于南京大学计算机科学与技术系。")],
           "费雅琴", side="L"),
         T("15:00", "15:20", "国产 GPU 上的 SVM 与 HMM：统一虚拟内存的内核适配",
           [P("阚文斌", "摩尔线程驱动架构师",
              "摩尔线程驱动架构师，负责 GPU 内核驱动的内存管理与统一虚拟内存（SVM）支持，主导了 HMM 与设备私有内存在自研 "
              "GPU 上的适配。此前在 AMD 上海研发中心参与 amdgpu 与 ROCm 驱动栈的开发，更早在英伟达从事移动 GPU 驱动开发。"
              "硕士毕业于上海交通大学电子信息与电气工程学院。")],
           "费雅琴", side="R"),
         T("15:20", "15:40", "手机场景下匿名页压缩与回写的多级策略",
           [P("曲佳宁", "荣耀内存子系统专家",
              "荣耀终端操作系统内存子系统专家，负责 MagicOS 的内存压缩、回写与后台保活策略，主导设计的多级匿名页压缩与"
              "回写方案使中端机型的应用常驻数量提升约四成。此前在华为终端 BG 从事 Android 内核性能优化工作。2015 年毕业于"
              "哈尔滨工程大学计算机科学与技术学院。")],
           "费雅琴", side="L"),
         B("15:40", "16:00", "茶歇"),
         T("16:00", "16:30", "NPU 设备内存的 dma-buf 共享与零拷贝实践",
           [P("包志成", "寒武纪驱动研发工程师",
              "寒武纪软件平台部驱动研发工程师，负责思元系列加速卡内核驱动的内存管理与设备间数据共享，实现了基于 dma-buf "
              "的跨设备零拷贝方案，在推理服务中降低了约三成的数据搬运开销。此前在海思从事 SoC 多媒体驱动开发。本科与硕士"
              "均毕业于中国科学技术大学。")],
           "费雅琴", side="R"),
         T("16:30", "16:50", "内存热插拔在云主机弹性扩缩中的应用",
           [P("欧阳晨", "华为云虚拟化专家",
              "华为云计算技术有限公司虚拟化专家，负责华为云弹性云服务器的内存虚拟化与热插拔特性，主导了 virtio-mem 在"
              "公有云上的落地。此前在 VMware 中国研发中心从事 ESXi 内存管理开发五年。2010 年硕士毕业于北京航空航天大学"
              "计算机学院。")],
           "费雅琴", side="L"),
         T("16:50", "17:10", "硬件辅助的冷热页识别：从 A-bit 扫描到 PEBS 采样",
           [P("邢嘉禾", "腾讯 高级工程师",
              "腾讯 TEG 服务器内核团队高级工程师，负责混部集群的内存冷热识别与超卖方案，开发了基于 PEBS 与 IBS 采样的冷热"
              "页识别模块，显著降低了扫描带来的 CPU 开销。此前在英特尔亚太研发中心从事内存性能分析。2014 年硕士毕业于"
              "复旦大学计算机科学技术学院。"),
            P("池薇", "清华大学 博士研究生",
              "清华大学计算机科学与技术系博士研究生，研究方向为异构内存系统与内存分层，相关成果发表于 ASPLOS 与 OSDI。"
              "2023 年起在腾讯服务器内核团队实习，参与了冷热页采样方案的评估与调优。本科毕业于南开大学计算机学院。")],
           "费雅琴", side="R"),
         T("17:10", "17:30", "KSM 在高密度容器场景下的收益评估与调优",
           [P("单丽华", "天翼云操作系统研发工程师",
              "中国电信天翼云操作系统研发工程师，CTyunOS 内核团队成员，负责高密度容器与轻量虚拟机场景的内存复用，主导了 "
              "KSM 智能合并策略的评估与调优。此前在中标软件从事中标麒麟操作系统的内核维护。2016 年硕士毕业于北京邮电大学"
              "计算机学院。")],
           "费雅琴", side="L"),
     ]),
    ("IO 与 ebpf 分论坛", "河南大学金明校区\n计算机与信息工程学院 B 区 102 报告厅",
     ("宓文杰", "河南大学网络空间安全学院副研究员"), [
         T("14:00", "14:30", "io_uring 与 SPDK 在全闪存储中的对比与取舍",
           [P("郏立新", "京东云存储内核负责人",
              "京东云存储内核负责人，负责京东云块存储与全闪存储系统的数据面，主导了 io_uring 与 SPDK 两条技术路线在"
              "生产环境中的对比评估与选型。此前在华为存储产品线从事 OceanStor 数据面开发六年。2008 年硕士毕业于华中科技"
              "大学武汉光电国家研究中心。"),
            P("吕晨曦", "京东云存储研发工程师",
              "京东云存储研发工程师，主要从事 NVMe 驱动、io_uring 轮询与中断合并的性能优化，负责全闪存储性能回归测试"
              "平台。2020 年硕士毕业于西安交通大学，研究生期间从事 SSD 闪存转换层的研究。")],
           "宓文杰", side="R"),
         T("14:30", "15:00", "eBPF 在 5G 核心网用户面的加速实践",
           [P("牛向东", "中国联通研究院网络技术专家",
              "中国联通研究院网络技术专家，负责 5G 核心网用户面（UPF）的软件加速与云化部署，主导了基于 eBPF/XDP 的 UPF "
              "数据面原型，在通用服务器上实现了接近 DPDK 方案的转发性能。此前在华为无线产品线从事基站软件开发。2012 年"
              "硕士毕业于北京邮电大学信息与通信工程学院。")],
           "宓文杰", side="L"),
         T("15:00", "15:20", "Tracing NVMe Tail Latency with BPF in Production",
           [P("岳子航", "百度智能云存储工程师",
              "百度智能云存储工程师，负责云磁盘与本地盘的 IO 路径可观测性，开发了基于 BPF 的 NVMe 长尾延迟追踪工具，已在"
              "数十万块盘上常态化运行。此前在西部数据上海研发中心从事 SSD 固件与主机侧驱动联调。毕业于华中科技大学计算机"
              "学院。")],
           "宓文杰", side="R"),
         T("15:20", "15:40", "virtio-blk 多队列在云盘场景下的瓶颈分析",
           [P("贾云飞", "移动云虚拟化工程师",
              "中国移动云能力中心虚拟化工程师，负责移动云块存储前端与 virtio-blk 驱动的性能优化，定位并解决了多队列"
              "场景下的中断亲和与锁竞争问题。此前在新华三从事服务器虚拟化软件开发。毕业于北京交通大学计算机与信息技术"
              "学院。")],
           "宓文杰", side="L"),
         B("15:40", "16:00", "茶歇"),
         T("16:00", "16:30", "基于 BPF LSM 的容器运行时安全防护",
           [P("符丹", "奇安信安全研究员",
              "奇安信安全研究员，负责云工作负载保护平台的内核侧检测与防护引擎，主导了基于 BPF LSM 的容器逃逸与提权行为"
              "实时阻断方案。此前在 360 从事终端安全产品的驱动开发。2013 年硕士毕业于四川大学网络空间安全学院。")],
           "宓文杰", side="R"),
         T("16:30", "16:50", "车载存储的寿命与掉电一致性：F2FS 实践",
           [P("俞凯文", "蔚来操作系统工程师",
              "蔚来汽车操作系统工程师，负责智能座舱与智驾域控的存储与文件系统，主导了 F2FS 在车载 UFS 上的寿命优化与"
              "掉电一致性验证。加入蔚来之前，曾在博世（中国）投资有限公司从事车载信息娱乐系统的 Linux BSP 开发。毕业于"
              "同济大学电子与信息工程学院。")],
           "宓文杰", side="L"),
         T("16:50", "17:10", "AF_XDP 在证券行情系统中的低时延收包",
           [P("隋立东", "华泰证券信息技术部 系统架构师",
              "华泰证券信息技术部系统架构师，负责行情与交易系统的低时延基础设施，主导了行情接收链路从内核旁路方案到 "
              "AF_XDP 的迁移，在保持微秒级时延的同时简化了运维。此前在上证所信息网络有限公司从事行情系统开发。硕士毕业于"
              "浙江大学计算机科学与技术学院。")],
           "宓文杰", side="R"),
         T("17:10", "17:30", "用 bpftrace 与 BTF 构建内核故障的自动诊断流水线",
           [P("葛佳琪", "网易数帆内核工程师",
              "网易数帆轻舟团队内核工程师，负责云原生平台的内核故障诊断工具链，基于 bpftrace 与 BTF 构建了覆盖 IO 卡顿、"
              "网络丢包与调度延迟的自动诊断流水线。此前在海康威视从事嵌入式 Linux 驱动开发。毕业于杭州电子科技大学。"),
            P("苏宇翔", "浙江大学 硕士研究生",
              "浙江大学计算机科学与技术学院硕士研究生，研究方向为操作系统可观测性与故障定位，在网易数帆实习期间参与了"
              "诊断规则库与报告生成模块的开发。本科毕业于浙江工业大学。")],
           "宓文杰", side="L"),
     ]),
]

SPONSORS = ["河南大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "海光信息", "龙芯中科",
            "统信软件", "浪潮信息"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "OpenAtom 开放原子开源基金会", "河南省计算机学会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"]

# names of real speakers and hosts read on the real posters looked at (CLK2024/*.webp, as pictures) or in
# CLK2022's deck file names, none of which may be used (set 66's list, with CLK2022's three names added)
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "徐静波", "祝嘉", "张子扬"]
# ---------------------------------------------------------------------------
# painters copied from posters-blind-66/draw.py (the organisers' 2024 royal-blue forum poster at its real
# length); changed here: ring_graphic (the year), unit_box (the school), footer (captions, slogan), skyline
# (Kaifeng), background (seed, lighter grain), paint_forum (no round table); panel_card and bar dropped
CY = (96, 228, 255)
PALE = (214, 228, 255)
FRAME = (92, 196, 255)
DIM = (64, 128, 246)
W = 1080
X0, X1 = 90, 990  # the talk frames' left and right edges
BIO_F, BIO_LH = 24, 54
PHOTO, PCX, OUTER = 250, 810, 176  # photo diameter, its centre x, the outer ring's radius


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
    """The 'CLK' ring of the header: rings, arcs and small satellites."""
    for k, (r, col, wd) in enumerate([(200, (60, 130, 250), 3), (160, (80, 190, 255), 6), (118, (150, 230, 255), 4)]):
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(120, 220, 255), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(40, 110, 240), outline=(170, 235, 255), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (200, 240, 255))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(170, 235, 255), width=3)


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
    d.line([(560, 530), (640, 510)], fill=CY, width=3)
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
        d.line([(hx, 1000 - (i * 37) % 90), (hx, 1060)], fill=(150, 120, 255) if i % 2 else (110, 170, 255), width=3)
    return max(y, 1060) + 40


def forum_plate(im, d, y, text):
    """The forum's name on a cyan plate with slanted ends, in slanted bold type."""
    size = 54
    f = font(size, True)
    while tw(d, text, f) > 760:
        size -= 2
        f = font(size, True)
    w = max(600, tw(d, text, f) + 200)
    x0, x1, h = W / 2 - w / 2, W / 2 + w / 2, 96
    d.polygon([(x0 - 50, y + h - 36), (x0 + 120, y + h - 36), (x0 + 120, y + h - 24), (x0 - 50, y + h - 24)],
              fill=(60, 150, 250))
    hgrad(d, x0, y, x1, y + h, (70, 230, 240), (50, 150, 250))
    d.polygon([(x1 - 30, y), (x1, y), (x1, y + 30)], fill=(24, 80, 220))
    d.polygon([(x0, y + h - 30), (x0, y + h), (x0 + 30, y + h)], fill=(24, 80, 220))
    d.line([(x1 - 200, y - 14), (x1 + 60, y - 14)], fill=(90, 200, 255), width=6)
    slant_text(im, 0, y + 8, text, f, WHITE, 0.18, cx=W / 2)
    return y + h


def arrows(d, x, y, right, fill, n=3, s=14):
    for j in range(n):
        ax = x + j * (s + 8) if right else x - j * (s + 8)
        k = 1 if right else -1
        d.line([(ax, y - s), (ax + k * s, y), (ax, y + s)], fill=fill, width=4)


def host_bar(d, y, host):
    hgrad(d, X0, y, X1, y + 78, (40, 120, 246), (44, 150, 250))
    d.rectangle([X0, y, X1, y + 78], outline=(90, 170, 255), width=2)
    arrows(d, X0 + 34, y + 39, True, WHITE)
    arrows(d, X1 - 34, y + 39, False, WHITE)
    ctext(d, W / 2, y + 10, "主持人：" + pad(host[0]), font(42, True), WHITE)
    y += 104
    ctext(d, W / 2, y, "·　%s　·" % host[1], font(24), PALE)
    return y + 60


def chevrons(d, cx, y):
    """Two stacked V marks between the talks."""
    for j, col in enumerate([(70, 150, 250), (110, 220, 255)]):
        yy = y + j * 30
        d.polygon([(cx - 56, yy), (cx - 36, yy), (cx, yy + 30), (cx + 36, yy), (cx + 56, yy), (cx, yy + 46)],
                  fill=col)


def tab(d, x, y, text):
    """The range on a tab: a cyan-to-blue bar with the digital face; returns the tab's right end."""
    h = 74
    w = seg_width(text, 42) + 64
    hgrad(d, x, y, x + w, y + h, (52, 214, 246), (36, 116, 240))
    d.rectangle([x, y, x + w, y + h], outline=(150, 236, 255), width=2)
    seg_text(d, x + 32, y + 16, text, 42, WHITE)
    return x + w


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


def ring_photo(im, d, cy, name):
    cx = PCX
    r = PHOTO / 2 + 16
    d.ellipse([cx - OUTER, cy - OUTER, cx + OUTER, cy + OUTER], outline=(60, 130, 250), width=2)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=CY, width=4)
    d.ellipse([cx - r - 7, cy - r - 7, cx + r + 7, cy + r + 7], outline=(60, 150, 250), width=2)
    for ang in (95, 200, 340):
        dx, dy = cx + OUTER * math.cos(math.radians(ang)), cy - OUTER * math.sin(math.radians(ang))
        d.ellipse([dx - 8, dy - 8, dx + 8, dy + 8], fill=CY)
    portrait(im, cx - PHOTO / 2, cy - PHOTO / 2, PHOTO, name)


def plate(d, y, name, side):
    """The name plate: an outlined box, darker inside, the name bold (padded); a tail line under it."""
    f = font(40, True)
    text = pad(name)
    w = max(340, tw(d, text, f) + 110)
    x0 = X0 + 46 if side == "L" else X1 - w
    d.rectangle([x0, y, x0 + w, y + 72], fill=(30, 74, 214), outline=CY, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=CY, width=3)
    if side == "L":
        d.line([(x0 + 40, y + 86), (x0 + w + 60, y + 86)], fill=CY, width=3)
    else:
        d.line([(x0 - 60, y + 86), (x0 + w - 40, y + 86)], fill=CY, width=3)
    if latin(name):
        d.text((x0 + 34, y + 10), text, font=f, fill=WHITE)
    else:
        ctext(d, x0 + w / 2, y + 9, text, f, WHITE)
    return y + 86


def speaker_block(im, d, y, sp, side, log):
    """A biography at the left, the ringed photo at the right, the name plate under them (left or right).
    With the plate at the right the biography runs wide again under the photo; at the left it stays narrow."""
    bf = font(BIO_F)
    bx = X0 + 46
    narrow = PCX - OUTER - 24 - bx
    wide = X1 - 50 - bx
    cy = y + 150
    below = int((cy + OUTER - y) // BIO_LH) + 1  # lines beside the photo
    widths = [narrow] * below + [wide] if side == "R" else [narrow]
    lines = wrap_widths(d, sp["bio"], bf, widths)
    d.line([(X0 - 8, y + 16), (X0 + 20, y + 16)], fill=CY, width=4)
    for i, ln in enumerate(lines):
        d.text((bx, y + i * BIO_LH), ln, font=bf, fill=PALE)
    yb = y + len(lines) * BIO_LH
    ring_photo(im, d, cy, sp["name"])
    log.append((sp["name"], len(sp["bio"]), len(lines)))
    py = max(yb + 24, cy + OUTER + 16)
    return plate(d, py, sp["name"], side) + 10


def frame(d, top, bot, tabr, right_post=True):
    """The talk frame: a line from the tab to a dot at the right, the left edge, a foot with a cut corner."""
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.line([(tabr, top + 12), (X1 - 120, top + 12)], fill=DIM, width=2)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=CY)
    cut = 40
    d.line([(X0, top + 37), (X0, bot - cut), (X0 + cut, bot), (X1, bot)], fill=FRAME, width=3)
    d.line([(X0 + cut + 6, bot + 10), (X0 + 220, bot + 10)], fill=CY, width=5)
    if right_post:
        d.line([(X1, bot), (X1, bot - 150)], fill=FRAME, width=3)


def title_lines(d, title):
    tf = font(38, True)
    return wrap_nicely(d, title, tf, 780)


def talk_card(im, d, y, s, log, chev_x):
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
            y += 50
        y = speaker_block(im, d, y, sp, s["side"], log)
    bot = y + 60
    frame(d, top, bot, tabr)
    return bot + 56


def break_card(im, d, y, s, chev_x):
    """A tea break: chevrons, the tab, a short frame holding a plate with the label."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 40
    f = font(42, True)
    x0, w = X0 + 46, 340
    d.rectangle([x0, y, x0 + w, y + 78], fill=(30, 74, 214), outline=CY, width=3)
    d.line([(x0 + w - 34, y), (x0 + w, y + 24)], fill=CY, width=3)
    d.line([(x0 + 40, y + 92), (X1 - 110, y + 92)], fill=CY, width=3)
    d.ellipse([X1 - 110, y + 82, X1 - 90, y + 102], fill=CY)
    ctext(d, x0 + w / 2, y + 10, s["title"], f, WHITE)
    bot = y + 150
    d.line([(X0, top + 37), (X0, bot - 30), (X0 + 30, bot), (X1, bot), (X1, bot - 60)], fill=FRAME, width=3)
    d.line([(tabr, top), (X1 - 50, top), (X1 - 20, top + 26)], fill=FRAME, width=3)
    d.ellipse([X1 - 30, top + 16, X1 - 10, top + 36], fill=CY)
    return bot + 40


def band(d, y, s):
    """The opening: ONE full-width band, the range at the left, arrows, the label at the right."""
    h = 84
    hgrad(d, X0, y, X1, y + h, (56, 214, 246), (34, 110, 238))
    d.rectangle([X0, y, X1, y + h], outline=(150, 236, 255), width=2)
    seg_text(d, X0 + 36, y + 20, rng(s), 44, WHITE)
    arrows(d, 600, y + 42, True, CY, 3, 16)
    rtext(d, X1 - 60, y + 12, s["title"], font(46, True), WHITE)
    return y + h + 50


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(236, 242, 255), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 52, y + h / 2, 26, WHITE)
        f = font(28, True, serif=True)
        d.text((x + 100, y + 18), fits(d, "河南大学", f, w - 110), font=f, fill=WHITE)
        d.text((x + 102, y + 62), "HENAN UNIVERSITY · 1912", font=font(12, True), fill=PALE)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区", "OpenAtom 开放原子开源基金会") else [name]
    if len(parts) == 2:
        f1, f2 = font(34, True), font(18, True)
        ctext(d, x + w / 2, y + 14, parts[0], f1, WHITE)
        ctext(d, x + w / 2, y + 62, "  ".join(parts[1]), f2, WHITE)
        return
    f = font(38 if name.isascii() else 36, True, serif=(rnd.random() < 0.25 and not name.isascii()))
    mark = rnd.random() < 0.5
    tw_ = tw(d, name, f) + (52 if mark else 0)
    tx = x + (w - tw_) / 2
    if mark:
        d.ellipse([tx, y + h / 2 - 18, tx + 36, y + h / 2 + 18], outline=WHITE, width=4)
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
    hgrad(d, x0 - 120, y + 56, x0 + 200, y + 68, (30, 70, 220), (80, 200, 255))
    hgrad(d, x0, y, x0 + w, y + h, (80, 232, 244), (44, 150, 250))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=(24, 80, 220))
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=(90, 200, 255), width=6)
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
    qrcode(d, W / 2 - 160, y + 40, 320, 2711)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "参会免费，报名审核通过后凭短信签到入场", font(30), PALE)
    ctext(d, W / 2, y + 52, "活动安排如有调整，以大会官方公众号发布为准", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "古都开封 · 共话内核", font(54, True), CY, 0.18, cx=W / 2)
    return int(y + 620)


def skyline(im, h):
    """The foot: Kaifeng's Iron Pagoda, low halls with curved roofs and a river, with the school's name."""
    d = ImageDraw.Draw(im)
    base = h - 30
    col, col2 = (58, 110, 246), (46, 92, 236)
    for bx, bw, bh in [(30, 150, 120), (190, 120, 90), (760, 130, 100), (900, 160, 130)]:  # halls
        d.rectangle([bx + 12, base - bh, bx + bw - 12, base], fill=col2)
        d.polygon([(bx - 10, base - bh + 4), (bx + bw / 2, base - bh - 46), (bx + bw + 10, base - bh + 4)], fill=col)
        for wx in range(bx + 26, bx + bw - 30, 30):
            d.rectangle([wx, base - bh + 30, wx + 12, base - 20], fill=(70, 130, 250))
    px, tiers = 540, 13  # the pagoda: thirteen tiers narrowing upwards, eaves on each
    y = base
    for k in range(tiers):
        wd = 150 - k * 7
        th = 32 - k
        d.rectangle([px - wd / 2, y - th, px + wd / 2, y], fill=col)
        d.polygon([(px - wd / 2 - 18, y - th + 6), (px + wd / 2 + 18, y - th + 6), (px + wd / 2, y - th - 4),
                   (px - wd / 2, y - th - 4)], fill=(80, 150, 252))
        d.rectangle([px - 6, y - th + 10, px + 6, y - 6], fill=col2)
        y -= th + 4
    d.polygon([(px - 16, y), (px + 16, y), (px, y - 60)], fill=col)
    for k in range(3):
        yy = base - 30 + k * 12
        d.line([(0, yy), (W, yy - 14)], fill=(80, 160, 255), width=3)
    ctext(d, W / 2, h - 26, SCHOOL, font(20, True, serif=True), (200, 220, 255))


def background(w, h):
    im = vgrad(w, h, (28, 92, 240), (18, 52, 214))
    im = glow(im, 810, 660, 420, (80, 220, 255), 0.45)
    im = glow(im, 100, 1200, 300, (130, 90, 255), 0.22)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (60, 200, 255) if k % 2 else (90, 110, 255), 0.2)
    im = glow(im, 540, h - 300, 500, (80, 180, 255), 0.3)
    d = ImageDraw.Draw(im)
    rnd = random.Random(2711)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(64, 130, 250), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(150, 210, 255))
    for _ in range(18):  # thin streaks down the page
        sy = rnd.randrange(1400, h - 1200)
        sx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(1010, 1080)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(60, 120, 248), width=2)
    skyline(im, h)
    return grain(im, 2711, GRAIN)


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



# ---------------------------------------------------------------------------
# the whole agenda (new here): the same talks, compactly, as the organisers' 大会全议程 lists them
PINK = (236, 132, 255)
GRAIN = 0.006
INTRO = ["“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）是国内 Linux 内核领域历史最悠久的技术会议之一，"
         "由国内高校与华为、阿里云、腾讯云、字节跳动、OPPO、vivo、龙芯中科、统信软件等企业的内核开发者共同发起，"
         "以“开放、协作、分享”为宗旨，推动内核技术在国内的交流与普及，至今已举办七百余届，每届线下参会者逾五百人。",
         "本届大会由河南大学承办，openEuler、龙蜥社区、OpenCloudOS、开放原子开源基金会、河南省计算机学会等单位共同支持，"
         "诚邀广大 Linux 内核开发者与爱好者相聚古都开封。"]
TX, LX, TT, XR = 64, 292, 326, 1024


def intro_box(d, y):
    """A translucent box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = 60, W - 60
    f = font(25)
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - 150, bx1 - bx0 - 100]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * 48 + 100
    d.rectangle([bx0, y, bx1, y + h], fill=(46, 104, 240), outline=(120, 180, 255), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=CY, width=8)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=CY, width=8)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (100 if i == 0 else 50), yy), ln, font=f, fill=WHITE)
            yy += 48
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


def agenda_heading(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box '01'..'03', the topic and '分论坛' in leaning type; the host at the right,
    or, where the heading leaves no room, on a line of its own under it between two rules."""
    x = 56
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=CY)
        x += 84
        x = slant_text(im, x, y - 4, name, font(64, True), WHITE, 0.16)
    else:
        d.polygon([(x + 14, y + 6), (x + 104, y + 6), (x + 90, y + 80), (x, y + 80)], outline=CY, width=4)
        d.line([(x + 2, y - 8), (x + 40, y - 8)], fill=CY, width=6)
        d.line([(x + 2, y - 8), (x - 6, y + 30)], fill=CY, width=6)
        slant_text(im, x + 16, y + 6, "%02d" % idx, font(48, True), CY, 0.2)
        x += 126
        f = font(56, True)
        x = slant_text(im, x, y + 2, topic_of(name), f, WHITE, 0.16)
        x = slant_text(im, x + 22, y + 2, "分论坛", f, WHITE, 0.16)
    hf, uf = font(32, True), font(17)
    label, who = "主持人：", pad(host[0])
    hw = tw(d, label, hf) + tw(d, who, hf)
    bw = max(hw, tw(d, host[1], uf))
    if x + 40 + bw <= XR:
        hx = XR - bw
        d.text((hx, y + 4), label, font=hf, fill=PINK)
        d.text((hx + tw(d, label, hf), y + 4), who, font=hf, fill=WHITE)
        d.text((hx, y + 54), host[1], font=uf, fill=PALE)
        under, y = False, y + 104
    else:
        y += 102
        lw = hw + 24 + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - 150, y + 22), (lx - 24, y + 22)], fill=PALE, width=2)
        d.line([(lx + lw + 24, y + 22), (lx + lw + 150, y + 22)], fill=PALE, width=2)
        d.text((lx, y), label, font=hf, fill=PINK)
        d.text((lx + tw(d, label, hf), y), who, font=hf, fill=WHITE)
        d.text((lx + hw + 24, y + 10), host[1], font=uf, fill=PALE)
        under, y = True, y + 56
    hgrad(d, 50, y, XR + 6, y + 12, CY, (40, 110, 240))
    return y + 12 + 46, under


def agenda_row(d, y, s, log):
    """A talk: the range at the left, a dot on the time line, the cyan title, one line per speaker ('name'
    and the printed company-job line; a Latin name on its own line with that line under it).  The tea break
    is a bar; the opening a row without a speaker."""
    rf = font(30, True)
    if s["kind"] == "break" and s["title"] != "开场":
        hgrad(d, TX - 16, y, XR - 40, y + 62, (64, 214, 246), (36, 92, 230))
        d.text((TX, y + 10), rng(s), font=rf, fill=WHITE)
        d.text((TT, y + 10), s["title"], font=font(30, True), fill=WHITE)
        return y + 62 + 44
    d.text((TX, y), rng(s), font=rf, fill=WHITE)
    y0 = y
    tf = font(32, True)
    tl = wrap(d, s["title"], tf, XR - TT)  # greedy, as the organisers' whole agenda breaks its titles
    for ln in tl:
        d.text((TT, y), ln, font=tf, fill=CY)
        y += 46
    log.append((s["title"], len(tl)))
    y += 4
    nf, af = font(30), font(20)
    for sp in s["sp"]:
        if latin(sp["name"]):
            d.text((TT, y), sp["name"], font=nf, fill=WHITE)
            y += 42
            d.text((TT, y), fits(d, sp["line"], af, XR - TT), font=af, fill=PALE)
            y += 38
        else:
            d.text((TT, y), pad(sp["name"]), font=nf, fill=WHITE)
            d.text((TT + 130, y + 8), fits(d, sp["line"], af, XR - TT - 130), font=af, fill=PALE)
            y += 46
    d.ellipse([LX - 6, y0 + 16, LX + 6, y0 + 28], fill=CY)
    return y + 44


FULL_FN = "大会全议程.png"
FULL_LOG = {}


def paint_full(im, d):
    log, unders = [], []
    y = header(im, d, MAIN_HALL) + 20
    y = intro_box(d, y) + 110
    y = foot_plate(im, d, y, "大会议程") + 110
    for idx, (name, hall, host, slots) in enumerate(FORUMS):
        y, under = agenda_heading(im, d, y, idx, name, host)
        unders.append(under)
        top, gaps = y - 30, []
        for s in slots:
            y1 = agenda_row(d, y, s, log)
            if s["kind"] == "break" and s["title"] != "开场":
                gaps.append((y, y + 62))
            y = y1
        for a, b in zip([top] + [g[1] for g in gaps], [g[0] for g in gaps] + [y - 20]):
            d.line([(LX, a), (LX, b)], fill=(110, 170, 255), width=2)  # the time line, broken at the bars
        hgrad(d, 50, y, XR + 6, y + 8, (40, 110, 240), CY)
        y += 8 + 110
    FULL_LOG["titles"], FULL_LOG["unders"] = log, unders
    return footer(im, d, y + 40)


# ===========================================================================
def truth_slot2(s, agenda):
    """A slot as truth.json gives it for one picture: the forum poster prints no company line (affiliations
    []), the whole agenda prints each speaker's company-job line (given exactly as printed)."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["line"] for sp in s["sp"]] if agenda else [],
            "host": s["host"] and plain(s["host"])}


def forum_truth2(forum, agenda):
    return {"forum": forum[0], "date": DATE, "slots": [truth_slot2(s, agenda) for s in forum[3]]}


CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]
THREE_LINES = "面向大小核异构处理器的能效感知调度：基于 ARM64 手机平台的任务迁移策略设计与线上收益分析"

NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -65, -66): speakers are names as printed with spaces "
    "and the padding of two-character names removed ('卓　群' -> '卓群', '谷　宁' -> '谷宁', '符　丹' -> '符丹', '池　薇' -> "
    "'池薇'; three-character names such as '欧阳晨' are printed unpadded; the Latin names 'Matthias Brenner' -> 'MatthiasBrenner', 'Sofia Marchetti' -> 'SofiaMarchetti'); host is the chair printed "
    "for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; break titles are as "
    "printed; an opening speech printed with a speaker ('嘉宾致辞') is a talk, a slot printed without a speaker ('开场') "
    "is a break. ONE invented edition, CLK 2711 (第706届, 开封, host school 河南大学, Saturday 2711-10-21), printed as "
    "CLK2024's repository holds its posters: ONE PNG PER FORUM, named by its forum, with CLK2022's four forum names "
    "(主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and lower-case "
    "'ebpf'), plus the WHOLE AGENDA 大会全议程.png. 主论坛 runs in the morning (09:00-12:00), the three others in "
    "parallel in the afternoon (14:00-17:30); every forum's date is the edition's. THE SAME TALKS ARE ON TWO PICTURES: "
    "each talk and break is on its forum's poster and on 大会全议程.png, and the truth lists it ONCE PER PICTURE it is "
    "on (30 distinct talks, 60 talk entries; 5 distinct breaks, 10 break entries), with the same kind, start, end, title, "
    "speakers and host on both. They differ in AFFILIATIONS only: the FORUM POSTERS, like the real CLK2024 forum "
    "posters, print NO company line (a name plate and a biography that opens with company and job and goes on to name "
    "former employers and schools), so every talk's 'affiliations' there is EMPTY ([]), as set 66 gives them; the "
    "WHOLE AGENDA prints after each name the company and job as the designer typed them, with or without a space "
    "('华为 openEuler 内核首席架构师', '阿里云操作系统内核团队负责人', '海光信息 性能分析工程师', 'SUSE Kernel "
    "Engineer'), and the truth gives them exactly as printed. Biographies are nowhere in the truth; companies, "
    "schools and people named inside them are no speakers or affiliations. Each poster is one entry holding its ONE "
    "forum; the whole agenda one entry holding the four forums in printed order. Headers (logo lines, the school and "
    "its college, '第706届中国' / 'Linux内核开发者大会', the ring '2711 CLK', the date pill, '地址：' and the hall), the "
    "whole agenda's framed introduction (two paragraphs naming companies, communities and the host school) and its "
    "plate '大会议程', the foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', two caption "
    "lines, the slogan '古都开封 · 共话内核', the school's name in the skyline) are never part of a name, a title or a "
    "slot. FORUM POSTERS: the forum's name on a slanted plate under the head; the host is the name in the bar "
    "'>>>　主持人：name　<<<' and the line '·　unit　·' under it is no affiliation. Each talk after a pair of V marks: "
    "the RANGE on a TAB at the top left of a frame, in a SEGMENTED 'DIGITAL' face ('14:00 - 14:20'); in the frame "
    "the bold title, then per speaker the biography at the left, a ringed photo at the right and the NAME PLATE under "
    "them, at the right or at the left, talk by talk. The range on a tab belongs to the frame under it; two speakers "
    "of one talk are two blocks one under the other, given top then bottom. A tea break is a tab over a small frame "
    "holding a plate '茶歇'; the opening is one full-width band ('09:00 - 09:05', '>>>', '开场'). WHOLE AGENDA: each "
    "forum's heading is '▶▶ 主论坛' or a number box '01'..'03' followed by the forum's TOPIC and '分论坛' set APART "
    "with a gap, as the organisers' whole agenda prints them ('处理器架构与调度  分论坛', '内存管理与异构计算  分论坛', "
    "'IO 与 ebpf  分论坛'): the forum is the README's name ('处理器架构与调度分论坛', 'IO 与 ebpf 分论坛'), the gap "
    "being no part of it and the numbers no part of it either. The host is the name after the pink '主持人：', at the "
    "right of the heading with the unit under it (主论坛, 'IO 与 ebpf 分论坛'), or, where the long heading leaves no "
    "room, on a line of its own UNDER the heading between two short rules, 'unit' beside it (处理器架构与调度分论坛, "
    "内存管理与异构计算分论坛); the unit is no affiliation. Each talk is a row: the range at the left (plain bold, "
    "'14:00-14:20'), a dot on a vertical line, the cyan title, then one line per speaker, the padded name and the "
    "company-job line after it; a LATIN name stands on its own line with its company-job line UNDER it (Matthias "
    "Brenner / 'Red Hat Principal Software Engineer', Sofia Marchetti / 'SUSE Kernel Engineer'). '开场' is a row "
    "without a speaker (a break), '茶歇' a gradient bar with its range (a break). Titles wrapped over two or three "
    "lines are one title (a space between Latin words, none inside Chinese text; a break after '：' keeps it). The "
    "title '" + THREE_LINES + "' (处理器架构与调度分论坛, 14:40-15:10, 柯明哲) WRAPS OVER THREE LINES on its forum "
    "poster and on the whole agenda. English-only titles: 'Rust in the Kernel: Lessons from Shipping Drivers at "
    "Scale' (主论坛, Matthias Brenner of Red Hat, an English biography), 'Core Scheduling for Confidential VMs: "
    "Closing the SMT Side Channel' (处理器架构与调度分论坛, Sofia Marchetti of SUSE, a Chinese biography), 'Memory "
    "Cgroup Reclaim at Fleet Scale: What Broke and Why' (内存管理与异构计算分论坛), 'Tracing NVMe Tail Latency with "
    "BPF in Production' (IO 与 ebpf 分论坛). Two speakers of one talk: 逯国栋 and 卢思敏 (both 阿里云), 詹嘉伟 "
    "(中国科学院软件研究所) and 党雨萌 (中国科学院大学 博士研究生), 章立伟 and 闵雨桐 (both 浪潮信息), 邢嘉禾 (腾讯) and "
    "池薇 (清华大学 博士研究生), 郏立新 and 吕晨曦 (both 京东云), 葛佳琪 (网易数帆) and 苏宇翔 (浙江大学 硕士研究生). "
    "A 茶歇 in every forum (主论坛 10:20-10:35, the afternoon forums 15:40-16:00); no lunch is printed. Uncommon "
    "surnames 亢 (host of 主论坛), 宓 (host of 'IO 与 ebpf 分论坛'), 訾, 逯, 郏, 阚 (speakers); the compound surname 欧阳 "
    "(欧阳晨). No person is printed in two talks or as two hosts."
)

LAYOUTS = {
    "主论坛": "主论坛 (host 亢明远; 河南大学金明校区学术交流中心一楼报告厅): '09:00-09:05 开场' band; '嘉宾致辞' by 秦卫东 "
             "(河南大学副校长, a long biography naming 西安交通大学 and 新加坡国立大学); 严国梁 (华为; biography names 英特尔, "
             "北京大学); Matthias Brenner (Red Hat; English title and English biography naming Canonical and TU Dresden); "
             "茶歇 10:20-10:35; 逯国栋 over 卢思敏 (both 阿里云; 百度, 中兴通讯); 戴文涛 (统信软件; 深度科技, 华为终端, "
             "武汉大学); 鲁雅静 (vivo; 联发科技). 6 talks.",
    "处理器架构与调度分论坛": "处理器架构与调度分论坛 (host 卓群): 8 talks 14:00-17:30 (20 and 30 minutes), 茶歇 15:40-16:00; "
                            "the title of 柯明哲 (OPPO) over THREE lines; 'Core Scheduling for Confidential VMs: …' by "
                            "Sofia Marchetti (SUSE; a Chinese biography naming IBM and 米兰理工大学); 詹嘉伟 over 党雨萌 "
                            "(中国科学院软件研究所, 中国科学院大学); biographies naming 小米, 展讯, 研华科技, 新浪微博, AMD.",
    "内存管理与异构计算分论坛": "内存管理与异构计算分论坛 (host 费雅琴): 8 talks, 茶歇 15:40-16:00; 章立伟 over 闵雨桐 (both "
                              "浪潮信息); the English-only 'Memory Cgroup Reclaim at Fleet Scale: …' (饶启航, 腾讯云; "
                              "Oracle); 邢嘉禾 (腾讯) over 池薇 (清华大学); 欧阳晨 (华为云; VMware); biographies naming "
                              "联想, AMD, 英伟达, 华为终端, 海思, 英特尔, 中标软件.",
    "IO 与 ebpf 分论坛": "IO 与 ebpf 分论坛 (host 宓文杰; the file name has its spaces): 8 talks, 茶歇 15:40-16:00; 郏立新 over "
                       "吕晨曦 (both 京东云); the English-only 'Tracing NVMe Tail Latency with BPF in Production' (岳子航, "
                       "百度智能云; 西部数据); 葛佳琪 (网易数帆) over 苏宇翔 (浙江大学); a bank-like employer "
                       "('华泰证券信息技术部 系统架构师'); biographies naming 华为, 新华三, 360, 博世, 海康威视.",
}


def fn_of(name):
    return name + ".png"


def layout(fn, size):
    head = "CLK 2711 (第706届), 开封, 2711-10-21 (PNG, %d x %d): " % size
    if fn == FULL_FN:
        return head + ("the WHOLE AGENDA in the organisers' 2024 royal blue: the head, a framed introduction, '大会议程' "
                       "on a plate, then the four forums one under another, each under a heading ('▶▶ 主论坛' or a "
                       "number box '01'..'03', the topic and '分论坛' set apart) with '主持人：name' and the unit at the "
                       "right (主论坛, 'IO 与 ebpf 分论坛') or on a line under the heading (the two longer names); each "
                       "talk a row: range, dot, cyan title, one line per speaker 'name  company job' (Latin names on "
                       "their own line, the company-job line under them); 茶歇 as bars. The same 30 talks as the four "
                       "forum posters. 6 + 8 + 8 + 8 talks.")
    name = fn[:-4]
    return head + ("one forum poster in the organisers' 2024 royal blue at the real posters' length: the forum on a "
                   "slanted plate, '>>> 主持人：name <<<' over the unit; each talk after V marks the range on a tab "
                   "(segmented digits) over a frame with the title, per speaker a biography, a ringed photo and the "
                   "name plate (no company line); 茶歇 as a tab over a small frame. " + LAYOUTS[name])


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
    """A Saturday; CLK2022's forum names; nobody printed twice; no real name or title; every talk and break on
    exactly its forum's poster and the whole agenda; slots contiguous; 25 to 40 distinct talks."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == CLK2022_FORUMS
    people = []
    for _, _, host, slots in FORUMS:
        people.append(plain(host[0]))
        people += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    real = listing_words()
    titles = [s["title"] for f in FORUMS for s in f[3] if s["kind"] == "talk"]
    assert len(titles) == len(set(titles))
    for x in people + [t for t in titles if t != "嘉宾致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [p["file"] for p in posters] == [fn_of(n) for n in CLK2022_FORUMS] + [FULL_FN]
    assert [f["forum"] for f in posters[-1]["forums"]] == CLK2022_FORUMS
    assert [p["forums"][0]["forum"] for p in posters[:-1]] == CLK2022_FORUMS
    seen = {}
    for p in posters:
        assert p["date"] == DATE
        for f in p["forums"]:
            assert f["date"] == DATE
            ends = [(s["start"], s["end"]) for s in f["slots"]]
            assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
            for s in f["slots"]:
                assert (s["host"] is None) == (s["kind"] == "break")
                assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
                assert len(s["affiliations"]) in (0, len(s["speakers"]))
                key = (f["forum"], s["start"], s["title"])
                seen.setdefault(key, []).append((p["file"], {k: v for k, v in s.items() if k != "affiliations"}))
    for (forum, _, _), entries in seen.items():
        assert sorted(e[0] for e in entries) == sorted([fn_of(forum), FULL_FN]), entries
        assert entries[0][1] == entries[1][1], entries
    return len(titles)


def main():
    pics = []
    for forum in FORUMS:
        im = two_pass(W, paint_forum(forum), background)
        pics.append((fn_of(forum[0]), im, [forum_truth2(forum, False)]))
    im = two_pass(W, paint_full, background)
    pics.append((FULL_FN, im, [forum_truth2(f, True) for f in FORUMS]))
    posters = []
    for fn, im, forums in pics:
        path = os.path.join(HERE, fn)
        assert im.size[0] == W
        im.save(path, "PNG", compress_level=6)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        if fn == FULL_FN:
            assert 10000 <= im.size[1] <= 15000, (fn, im.size)
        else:
            assert 12500 <= im.size[1] <= 15500, (fn, im.size)
        assert size < 8e6, (fn, size)
        posters.append({"file": fn, "layout": layout(fn, im.size), "date": DATE, "forums": forums})
    n = check(posters)
    print("distinct talks", n)
    assert 25 <= n <= 40, n
    poster_lines = {t[1]: t[2] for log in LOG.values() for t in log if t[0] == "title"}
    agenda_lines = dict(FULL_LOG["titles"])
    print("forum posters, titles over 2+ lines:", {t: k for t, k in poster_lines.items() if k > 1})
    print("whole agenda, titles over 2+ lines:", {t: k for t, k in agenda_lines.items() if k > 1})
    assert poster_lines[THREE_LINES] == 3 and agenda_lines[THREE_LINES] == 3
    assert [t for t, k in poster_lines.items() if k >= 3] == [THREE_LINES]
    assert FULL_LOG["unders"] == [False, True, True, False], FULL_LOG["unders"]
    truth = {"written": "2026-12-09", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
