"""Draw the sixty-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the six forum posters and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds
are fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 2661 (第656届, 威海, 哈尔滨工业大学（威海）, Saturday
2661-10-26), printed as CLK2024's repository holds its forum posters: ONE WebP PER
FORUM, named by CLK2025's six forum folders (主论坛, 内存管理与优化分论坛,
文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛,
AI 基础设施与 eBPF 应用分论坛), at the real posters' length (13,000-15,000 px at
1080 wide, the two-talk forum shorter) and in their family (the organisers' 2024
royal blue): the head, the forum on a slanted plate, '>>> 主持人：name <<<' over the
unit; each talk after chevrons a TAB with the range in a segmented 'digital' face,
a frame with the title, per speaker a LONG biography (no separate company line:
the company is only inside the biography, as the real posters print it), a ringed
photo and the NAME PLATE (at the right or at the left, talk by talk); a tea break
is a tab and a small frame with a plate '茶歇'; the opening a full-width band; a
round table with '圆桌论坛', '主持人' and '嘉　宾' bars; the long foot with sponsor,
supporter and media walls, a QR code, captions, a slogan and a skyline.
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
# helpers copied unchanged from posters-blind-65/draw.py (which took them from
# posters-blind-62 and -59): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
# wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, T, B, plain, S, aff,
# truth_slot, forum_truth, two_pass, cup, bowl, logo_lines, seed_of, para, fits,
# MEALS, WHITE, rng, meal_mark, saturday, pin (not clock, disc_photo)
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
# CLK 2661 (第656届), 威海, 哈尔滨工业大学（威海）, Saturday 2661-10-26.  ONE edition
# printed as CLK2024's repository holds its posters: one WebP per forum, named by
# the forum.  主论坛 in the morning, the five others in parallel in the afternoon.
EDITION = "CLK 2661"
NTH = "第656届中国"
DATE = "2661-10-26"
DATE_PRINTED = "2661年10月26日"
CITY = "威海"
SCHOOL = "哈尔滨工业大学（威海）"
SCHOOL_UNIT = "计算机科学与技术学院"
SCHOOL_EN = "School of Computer Science and Technology, HIT Weihai"


def P(name, employer, bio):
    """A talk's speaker: the poster prints his name on a plate and his biography, no company line.
    employer is what the biography opens with, kept for the note only (never printed apart)."""
    return S(name, None, None, bio, employer=employer)


def G(name, line):
    """A round-table person: the name and ONE small printed line (company and job as typed)."""
    return S(name, line, None)


# (forum, hall, (host, host's unit), slots); a talk's 'side' is where its name plates stand
FORUMS = [
    ("主论坛", "哈尔滨工业大学（威海）主楼一楼学术报告厅",
     ("亓振东", "哈尔滨工业大学（威海）计算机科学与技术学院院长、教授"), [
         B("09:00", "09:05", "开场"),
         T("09:05", "09:20", "嘉宾致辞",
           [P("孙立群", "哈尔滨工业大学（威海）",
              "哈尔滨工业大学（威海）副校长，教授、博士生导师，国家级教学名师。长期从事计算机系统结构、嵌入式操作系统与"
              "海洋信息感知网络研究，主持国家重点研发计划项目、国家自然科学基金重点项目等二十余项，在 IEEE TC、TPDS 以及 "
              "ISCA、ASPLOS 等期刊和会议发表论文一百五十余篇，授权发明专利四十余项。曾获国家科技进步二等奖一项、山东省科技"
              "进步一等奖两项，兼任中国计算机学会理事、CCF 体系结构专业委员会常务委员，2009 年入选教育部新世纪优秀人才"
              "支持计划。")], "亓振东", side="R"),
         T("09:20", "09:50", "Linux 内核的下一个十年：异构算力与智能体负载下的演进",
           [P("沈建国", "华为",
              "华为操作系统内核首席专家，openEuler 技术委员会委员，负责服务器与终端操作系统内核的技术规划，带领团队在"
              "内存管理、调度与虚拟化方向向上游社区贡献补丁三千余个。加入华为之前，曾在中兴通讯从事电信级嵌入式 Linux "
              "开发八年，主导了多代基站操作系统的实时化改造。2004 年硕士毕业于浙江大学计算机学院，是 Linux 基金会多个"
              "技术会议的程序委员会成员。"
              "近年来重点推动异构算力统一调度与面向智能体负载的内核资源模型，相关工作多次在 LPC 与 OSS 上分享。")], "亓振东", side="R"),
         T("09:50", "10:20", "超大规模云上的内核热升级：从 kpatch 到整机热替换",
           [P("邬海燕", "腾讯云",
              "腾讯云内核技术负责人，TencentOS Server 内核团队负责人，长期负责云主机与容器场景的内核稳定性、热补丁与"
              "热升级体系，所主导的整机热替换方案已覆盖数百万台服务器。此前在百度系统部从事存储内核与 SSD 驱动开发，参与了"
              "百度自研存储机型的软硬件协同设计。毕业于北京邮电大学，获计算机科学与技术专业硕士学位，是 OpenCloudOS 社区"
              "技术委员会成员。"
              "曾带领团队完成 TencentOS 从 4.14 到 6.6 的大版本切换。")], "亓振东", side="L"),
         T("10:20", "10:50", "机密虚拟机在国产平台上的落地：CSV3 与内核支持",
           [P("谭家豪", "海光信息",
              "海光信息系统软件部技术专家，负责海光 CSV 机密计算技术在 Linux 内核与 KVM 中的实现与上游化工作，向 Linux "
              "社区提交了 CSV2、CSV3 相关补丁，参与制定了多项国产机密计算行业标准。在加入海光之前，曾在 AMD 上海研发中心"
              "从事 SEV 虚拟化与固件开发五年。本科与硕士均毕业于天津大学。"
              "目前担任海光内核团队技术负责人，负责机密计算软件栈的整体架构。"),
            P("卜文静", "海光信息",
              "海光信息虚拟化团队高级工程师，主要从事机密虚拟机的内存加密、热迁移与远程证明，负责 QEMU 与 OVMF 中 CSV "
              "相关功能的开发与维护，曾在 KVM Forum 上分享机密虚拟机热迁移的实践。2018 年硕士毕业于西安交通大学，研究生"
              "期间从事可信执行环境方向的研究。"
              "此前在海光实习期间完成了 CSV 虚拟机快照功能的原型，入职后负责其产品化。")], "亓振东", side="R"),
         T("10:50", "11:20", "Upstream First: How Enterprise Distributions Consume the Stable Kernel",
           [P("Lukas Hoffmann", "SUSE",
              "Lukas Hoffmann is a kernel engineer at SUSE in Nuremberg, where he maintains the kernel of SUSE Linux "
              "Enterprise and works on backporting and testing stable updates. Before joining SUSE in 2016 he worked "
              "at Siemens on real-time Linux for industrial controllers. He studied computer science at the Technical "
              "University of Munich.")], "亓振东", side="L"),
         dict(T("11:20", "12:00", "大模型时代，内核开发者的角色与机遇",
                [G("崔明哲", "字节跳动STE内核团队负责人"),
                 G("仉立伟", "阿里云龙蜥社区技术委员会委员"),
                 G("易欣然", "vivo 内核团队负责人"),
                 G("郗国峰", "麒麟软件首席架构师"),
                 G("梁思远", "浙江大学计算机科学与技术学院教授")], "亓振东"), kind="panel", label="圆桌论坛"),
     ]),
    ("内存管理与优化分论坛", "哈尔滨工业大学（威海）研究院楼 A 区二楼报告厅",
     ("陶永健", "哈尔滨工业大学（威海）计算机科学与技术学院副教授"), [
         T("14:00", "14:30", "匿名大页碎片的在线整理：手机场景下的 mTHP 实践",
           [P("龚思涵", "荣耀",
              "荣耀终端操作系统内核专家，负责 MagicOS 手机与平板产品的内存管理子系统，主导了匿名大页、内存压缩与后台保活"
              "策略的设计，使旗舰机型的应用常驻数量提升三成以上。此前在华为终端 BG 从事 Android 内核性能优化工作六年，"
              "参与了 EMUI 多个大版本的内存方案。2013 年毕业于西安电子科技大学，获硕士学位。"
              "目前还负责荣耀与上游社区的合作，推动 mTHP 相关补丁的评审与回合。")], "陶永健", side="R"),
         T("14:30", "15:00", "Memory Tiering with DAMON: Lessons from a CXL Fleet",
           [P("钱浩宇", "阿里云",
              "阿里云操作系统团队高级技术专家，龙蜥社区内存 SIG 维护者，从事内存分层、冷热页识别与 CXL 内存池化的研发，"
              "所负责的内存分层方案已在阿里云弹性计算大规模部署。加入阿里云之前在英特尔开源技术中心从事持久内存与 NUMA "
              "优化工作，是 DAMON 与 memory tiering 相关补丁的贡献者。毕业于上海交通大学软件学院。"
              "曾在 LSF/MM/BPF 峰会上介绍阿里云的内存分层实践。")], "陶永健", side="R"),
         T("15:00", "15:30", "slab 元数据开销的量化分析与优化",
           [P("蒋晓梅", "字节跳动",
              "字节跳动 STE 团队内核工程师，专注于 slab/slub 分配器、页表回收与内存可观测性，近年向上游提交并合入了三十"
              "余个内存管理补丁。曾在华为 2012 实验室操作系统内核实验室工作三年，参与了 openEuler 内核内存可靠性特性的"
              "开发。2017 年获中国科学技术大学计算机系统结构专业硕士学位，研究生期间参与过龙芯平台的操作系统移植。")],
           "陶永健", side="L"),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:20", "万级容器宿主机上的 memcg 回收延迟治理",
           [P("马骏", "快手",
              "快手容器平台内核负责人，负责数十万台容器宿主机的内核选型、调优与故障处理，在 memcg、PSI 与内存回收延迟"
              "方面有丰富的实践经验，推动了多项内核改进在线上落地。此前在新浪微博从事后台基础架构与性能优化，2012 年"
              "毕业于北京航空航天大学。"
              "目前同时负责快手内核版本的长期维护与上游回合。"),
            P("宋雨桐", "北京航空航天大学",
              "北京航空航天大学计算机学院博士研究生，研究方向为内存资源隔离与干扰感知的调度，相关成果发表于 EuroSys、"
              "USENIX ATC 等会议。2023 年起在快手容器平台实习，参与了 memcg 回收延迟分析工具的设计与实现。本科毕业于"
              "山东大学计算机科学与技术学院。"
              "曾获国家奖学金与 CCF 优秀大学生奖。")], "陶永健", side="R"),
         T("16:20", "16:40", "HVO 在虚拟化宿主机上的内存收益与代价",
           [P("韦东升", "京东云",
              "京东云虚拟化团队资深工程师，负责京东云宿主机内核与 KVM 的性能优化，主导了大页、HVO 与内存超分在京东云的"
              "落地，使单机可售内存提升约 8%。此前在浪潮信息从事服务器 BIOS 与内核适配工作四年，熟悉 x86 与 ARM64 "
              "服务器平台。毕业于电子科技大学，获计算机应用技术硕士学位。"
              "个人业余时间维护着一个内存管理源码解读的技术博客。")], "陶永健", side="L"),
         T("16:40", "17:00", "userfaultfd 在虚拟机热迁移中的应用与优化",
           [P("郝婷", "中国移动云能力中心",
              "中国移动云能力中心操作系统研发工程师，BC-Linux 内核团队核心成员，主要从事虚拟机热迁移、userfaultfd 与"
              "内存虚拟化相关的开发，参与的热迁移优化项目将大规格虚拟机的迁移停机时间降低到百毫秒以内。此前在中兴通讯"
              "从事 CGSL 操作系统开发。硕士毕业于哈尔滨工业大学。"
              "2020 年获中国移动集团优秀青年技术人才称号，参与编写了移动云操作系统白皮书。")], "陶永健", side="R"),
         T("17:00", "17:30", "基于 eBPF 的内存泄漏在线检测与定位",
           [P("冼家乐", "OPPO",
              "OPPO 高级内核工程师，负责手机内核内存稳定性与问题定位工具链，开发了基于 eBPF 的内存泄漏在线检测工具，已在"
              "多款机型的灰度版本中使用，累计发现并修复了数十个驱动与内核的内存泄漏问题。加入 OPPO 之前，在魅族从事 "
              "Flyme 系统的底层性能优化，2015 年本科毕业于华南理工大学。"
              "相关工具的用户态部分已在 GitHub 开源。")], "陶永健", side="R"),
     ]),
    ("文件系统与存储分论坛", "哈尔滨工业大学（威海）研究院楼 A 区三楼报告厅",
     ("戚文博", "哈尔滨工业大学（威海）计算机科学与技术学院教授"), [
         T("14:00", "14:30", "ext4 fast commit 在数据库场景下的延迟收益",
           [P("秦振宇", "腾讯",
              "腾讯 TEG 数据库内核团队高级工程师，负责 TDSQL 存储引擎与 Linux 文件系统、块层的协同优化，深入研究过 ext4 "
              "日志、fast commit 与 fsync 路径的实现，向上游提交过多个 ext4 性能修复。此前在网易杭州研究院从事分布式存储"
              "开发，参与了网易云存储平台的建设。2014 年硕士毕业于武汉大学计算机学院。"
              "业余时间参与 ext4 与 jbd2 相关补丁的评审与测试。")], "戚文博", side="R"),
         T("14:30", "15:00", "手机存储寿命优化：F2FS 垃圾回收策略的重新设计",
           [P("汤佳怡", "vivo",
              "vivo 存储系统专家，负责手机 UFS 存储性能与寿命优化，在 F2FS 垃圾回收、写放大控制与碎片整理方面有多年实践，"
              "相关方案已在 vivo 多个系列机型上量产。此前在三星半导体（中国）研究开发有限公司从事闪存固件与主机侧驱动的"
              "联调，熟悉 UFS 与 eMMC 协议。毕业于南京大学电子科学与工程学院。"
              "拥有存储与文件系统相关发明专利十余项。")], "戚文博", side="L"),
         T("15:00", "15:30", "NVMe over Fabrics 多路径在分布式块存储中的落地",
           [P("程子健", "字节跳动",
              "字节跳动基础架构存储团队技术专家，负责自研分布式块存储的数据面与内核驱动，主导了 NVMe over Fabrics 多路径、"
              "RDMA 传输与故障切换机制的设计。此前在华为存储产品线从事 OceanStor 主机多路径软件的开发五年。硕士毕业于"
              "清华大学计算机系，研究方向为存储系统。"
              "目前还负责字节跳动与上游 NVMe 社区的合作。"),
            P("蔡雨萱", "字节跳动",
              "字节跳动基础架构存储团队工程师，主要从事 nvme-tcp 与 nvme-rdma 驱动的性能分析与稳定性修复，向上游 Linux "
              "社区提交的多个 NVMe 多路径修复已被合入主线。2021 年硕士毕业于华中科技大学武汉光电国家研究中心，研究生期间"
              "从事 SSD 闪存转换层的研究。"
              "入职以来参与了字节跳动 RDMA 存储网络从 RoCEv2 到自研传输协议的演进。")], "戚文博", side="R"),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:20", "Btrfs RAID Stripe Tree: Status and Roadmap",
           [P("鲁志斌", "西部数据",
              "西部数据存储软件团队高级工程师，长期参与 Btrfs 与分区存储（zoned storage）的上游开发，主要负责 RAID "
              "stripe tree 与 zoned 模式下的空间回收，向 Btrfs 提交补丁一百余个。此前在 SUSE 北京研发中心从事文件系统"
              "维护与客户问题支持。毕业于北京理工大学，获计算机科学与技术学士学位。"
              "业余时间翻译过多篇 LWN 文件系统文章。")], "戚文博", side="L"),
         T("16:20", "16:50", "io_uring 在对象存储网关中的零拷贝实践",
           [P("欧阳婧", "美团",
              "美团基础研发平台存储技术专家，负责对象存储网关与缓存系统的性能优化，主导了 io_uring、注册缓冲区与零拷贝发送"
              "在网关中的落地，使单机吞吐提升约 40%。此前在百度智能云从事分布式文件系统的开发。2016 年毕业于哈尔滨工业"
              "大学计算机科学与技术学院，获硕士学位。"
              "曾获美团年度技术突破奖。")], "戚文博", side="R"),
         T("16:50", "17:10", "XFS 在线修复的现状与生产环境评估",
           [P("全志远", "华为",
              "华为操作系统内核实验室文件系统工程师，XFS 与 iomap 的上游贡献者，近两年专注于 XFS 在线检查与修复（online "
              "fsck）在企业级场景的验证与补强，发现并修复了多个元数据一致性问题。本科和硕士毕业于华中科技大学计算机"
              "学院。"
              "此前在华为存储产品线从事 OceanStor 文件服务的开发三年，熟悉 NFS 与 SMB 协议栈。")], "戚文博", side="L"),
         T("17:10", "17:30", "基于 dm-verity 的车载系统完整性保护",
           [P("厉佳琪", "理想汽车",
              "理想汽车操作系统团队安全专家，负责车载操作系统的安全启动、完整性保护与 OTA 升级安全，主导了 dm-verity、"
              "fs-verity 与 IMA 在车机和智能驾驶域控上的落地。加入理想汽车之前，曾在博世（中国）投资有限公司从事车载信息"
              "娱乐系统的 Linux BSP 开发，后在东软集团负责车载系统安全方案。毕业于东北大学软件学院。")], "戚文博", side="R"),
     ]),
    ("调度、性能与调试分论坛", "哈尔滨工业大学（威海）研究院楼 C 区一楼 105 会议室",
     ("温海涛", "哈尔滨工业大学（威海）网络空间安全学院副教授"), [
         T("14:00", "14:30", "256 核服务器上调度器负载均衡的可扩展性分析",
           [P("施宇航", "中兴通讯",
              "中兴通讯操作系统产品部内核专家，负责新支点服务器操作系统的调度器与多核可扩展性优化，在 256 核以上服务器上"
              "分析并解决了多处负载均衡与唤醒路径的热点，相关补丁已合入上游。此前在大唐移动从事基站软件平台开发。2010 年"
              "毕业于西安交通大学，获计算机软件与理论专业硕士学位。"
              "拥有调度与多核性能方面的发明专利十余项。")], "温海涛", side="L"),
         T("14:30", "15:00", "sched_ext in Production: Policies for Latency-Critical Services",
           [P("闫凯", "Meta",
              "Meta 内核团队软件工程师，参与 sched_ext 框架及多个 BPF 调度器的开发与线上部署，负责把面向延迟敏感服务的"
              "调度策略推广到数据中心的多个业务。加入 Meta 之前，在 Google 从事 Borg 节点侧资源隔离相关工作。本科毕业于"
              "复旦大学，后在卡内基梅隆大学获得计算机科学硕士学位。"
              "是 sched_ext 示例调度器与相关 selftests 的贡献者，在 Linux Plumbers Conference 上分享过线上部署经验。")], "温海涛", side="L"),
         T("15:00", "15:20", "perf 与 BPF 结合的低开销 CPU 在线采样",
           [P("尚文杰", "小米",
              "小米手机系统性能团队资深工程师，负责 HyperOS 的 CPU 性能分析平台，开发了 perf 与 BPF 结合的低开销在线采样"
              "方案，覆盖线上数百万台设备的卡顿与功耗问题分析。此前在联发科技从事 SoC 平台的调度与功耗调优。毕业于华中"
              "科技大学，获软件工程硕士学位。"
              "曾获小米年度技术大奖。")], "温海涛", side="L"),
         T("15:20", "15:40", "ARM64 服务器宕机分析：kdump 与 crash 的实战经验",
           [P("黄志明", "麒麟软件",
              "麒麟软件内核部高级工程师，负责银河麒麟服务器操作系统在飞腾、鲲鹏等 ARM64 平台上的稳定性与故障分析，维护了"
              "公司内部的 kdump、crash 与 vmcore 自动分析平台，处理过上千例线上宕机问题。此前在中标软件从事内核维护。"
              "毕业于国防科技大学计算机学院。"
              "编写的内部 crash 分析手册已成为麒麟软件新员工的必读材料。"),
            P("鲍丽娟", "国防科技大学",
              "国防科技大学计算机学院博士研究生，研究方向为操作系统可靠性与故障诊断，参与了面向 ARM64 服务器的内核崩溃"
              "自动归因工具的研发，相关论文发表于 DSN 与 ISSRE。在麒麟软件实习期间参与了 crash 工具对新内核版本的适配"
              "工作。本科毕业于中南大学。"
              "曾获全国大学生操作系统比赛内核实现赛道一等奖。")], "温海涛", side="L"),
         B("15:40", "16:00", "茶歇"),
         T("16:00", "16:30", "PREEMPT_RT 合入主线后的工业控制实践",
           [P("耿立新", "东软集团",
              "东软集团操作系统事业部技术专家，负责工业控制与医疗设备中实时 Linux 的选型、移植与时延调优，主导了 "
              "PREEMPT_RT 在多款工业控制器上的验证，将最坏情况调度时延控制在 50 微秒以内。此前在研华科技从事工业计算机 "
              "BSP 开发。毕业于大连理工大学，获控制理论与控制工程硕士学位。"
              "参与编写了《实时 Linux 工业应用指南》。")], "温海涛", side="R"),
         T("16:30", "17:00", "锁竞争可视化：基于 lockstat 与 eBPF 的分析方法",
           [P("甄雅文", "蚂蚁集团",
              "蚂蚁集团操作系统团队内核工程师，专注于锁竞争、RCU 与调度延迟的分析与优化，开发了基于 lockstat 与 eBPF 的"
              "锁竞争可视化工具，在支付核心链路的性能治理中定位了多处内核锁热点。此前在阿里巴巴系统软件事业部从事内核"
              "维护。2016 年硕士毕业于浙江大学计算机科学与技术学院。"
              "是龙蜥社区跟踪诊断 SIG 的核心成员。")], "温海涛", side="L"),
         T("17:00", "17:30", "车机内核启动时间优化：从 4 秒到 800 毫秒",
           [P("成浩然", "比亚迪",
              "比亚迪汽车工程研究院操作系统工程师，负责智能座舱车机系统的内核裁剪与启动优化，通过内核配置精简、异步探测与 "
              "initramfs 重构，将车机冷启动时间从 4 秒缩短到 800 毫秒。此前在中科创达从事 Android 车机与手机平台的 BSP "
              "开发五年。本科毕业于重庆大学。"
              "拥有车载操作系统相关发明专利八项。")], "温海涛", side="R"),
     ]),
    ("硬件架构与异构计算分论坛", "哈尔滨工业大学（威海）研究院楼 C 区一楼 108 会议室",
     ("褚宏伟", "哈尔滨工业大学（威海）信息科学与工程学院教授"), [
         T("14:00", "14:40", "Arm64 服务器上的 MPAM 资源隔离：内核支持与实测",
           [P("Rafael Duarte", "Arm",
              "Arm 基础设施事业部高级软件工程师，常驻 Arm 上海办公室，负责 Neoverse 平台上 MPAM 内存带宽与缓存分区在 "
              "Linux 内核中的支持，参与了 resctrl 文件系统架构无关化的工作。此前在葡萄牙的 Critical Software 从事嵌入式"
              "实时系统开发。毕业于波尔图大学电子与计算机工程专业。"
              "他在中国工作已有六年，能用流利的中文交流。"),
            P("邵佳慧", "阿里云",
              "阿里云基础软件团队技术专家，负责倚天服务器的内核适配与性能隔离，推动 MPAM 在阿里云混部集群上的验证与落地，"
              "解决了多租户场景下的缓存与带宽干扰问题。此前在平头哥半导体从事 SoC 软件栈开发。毕业于浙江大学信息与电子"
              "工程学院，获硕士学位。"
              "曾在龙蜥社区大会上分享倚天平台的性能隔离实践。")], "褚宏伟", side="L"),
         T("14:40", "15:20", "CXL 设备的内核驱动框架与热插拔实践",
           [P("柏建新", "浪潮信息",
              "浪潮信息服务器系统软件部首席工程师，负责 CXL 内存扩展与内存池化服务器的系统软件设计，开发了 CXL 设备的"
              "热插拔与错误处理方案，参与了 CXL 内核驱动多个补丁的评审与测试。此前在联想数据中心业务集团从事服务器固件与 "
              "RAS 特性开发八年。2008 年硕士毕业于山东大学计算机科学与技术学院，是开放计算标准工作委员会的成员。")],
           "褚宏伟", side="R"),
     ]),
    ("AI 基础设施与 eBPF 应用分论坛", "哈尔滨工业大学（威海）研究院楼 B 区一楼报告厅",
     ("宫晓峰", "哈尔滨工业大学（威海）计算机科学与技术学院副研究员"), [
         T("14:00", "14:30", "大模型训练集群中 RDMA 网络故障的内核侧定位",
           [P("殷子豪", "百度",
              "百度智能云 AI 基础设施部高级工程师，负责万卡规模大模型训练集群的网络与主机可靠性，开发了基于内核事件与 RDMA "
              "计数器的故障定位系统，将训练任务因网络故障中断后的定位时间从小时级缩短到分钟级。此前在华为数据通信产品线"
              "从事交换机操作系统开发。毕业于北京大学信息科学技术学院。"
              "相关系统已在百度内部多个训练集群中长期运行。")], "宫晓峰", side="R"),
         T("14:30", "15:00", "GPU 显存的 cgroup 管控：dmem 控制器实践",
           [P("喻晓雯", "联想",
              "联想研究院基础设施软件实验室研究员，主要从事 GPU 与加速卡的资源管理、cgroup dmem 控制器与 DRM 子系统的"
              "开发，负责联想智算平台的显存隔离方案。此前在 AMD 上海研发中心参与 ROCm 驱动栈与 amdgpu 内核驱动的开发。"
              "2015 年硕士毕业于华中科技大学计算机学院。"
              "曾参与 DRM cgroup 相关补丁的评审。")], "宫晓峰", side="L"),
         T("15:00", "15:30", "Scheduling Inference Workloads with BPF struct_ops",
           [P("任嘉诚", "商汤科技",
              "商汤科技大装置团队系统工程师，负责推理集群的 CPU 调度与隔离，基于 BPF struct_ops 与 sched_ext 实现了面向"
              "推理负载的调度策略，在线上将推理尾延迟降低约 30%。此前在上海交通大学并行与分布式系统研究所攻读硕士，研究"
              "方向为操作系统调度。"
              "目前还负责商汤推理平台的内核版本维护，主导了集群从 5.10 到 6.6 的升级。")], "宫晓峰", side="R"),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:20", "基于 eBPF 的容器网络可观测性平台建设",
           [P("申海龙", "中国移动",
              "中国移动云能力中心网络产品部技术专家，负责移动云容器网络与 eBPF 数据面的设计，主导了基于 Cilium 的容器网络"
              "改造与网络可观测性平台的建设，平台已覆盖移动云数十个资源池。此前在烽火通信从事网络设备软件开发。毕业于北京"
              "邮电大学信息与通信工程学院。"
              "是 CCF 开源发展委员会委员。"),
            P("侯静怡", "北京邮电大学",
              "北京邮电大学计算机学院硕士研究生，研究方向为云原生网络可观测性，参与了基于 eBPF 的容器网络丢包定位工具的"
              "开发，相关成果已在中国移动云能力中心试点应用。本科毕业于北京邮电大学网络空间安全学院。"
              "曾在中国移动云能力中心实习一年，参与了网络可观测性平台的前端数据采集模块开发，并在 eBPF 技术峰会上做过学生专场报告。")], "宫晓峰", side="R"),
         T("16:20", "16:50", "用大模型辅助内核补丁审查：准确率与误报分析",
           [P("滕宇飞", "华为",
              "华为 2012 实验室操作系统内核实验室高级工程师，负责大模型辅助内核开发工具的研发，构建了覆盖补丁审查、回合"
              "冲突与缺陷定位的内核领域数据集，相关工具已在 openEuler 社区试用。此前在海思从事 SoC 驱动开发。本科毕业于"
              "哈尔滨工业大学（威海），后在南京大学获得计算机软件与理论博士学位。"
              "在 ICSE、FSE 等软件工程会议上发表论文多篇。")], "宫晓峰", side="L"),
         T("16:50", "17:10", "XDP 在智算中心四层负载均衡中的应用",
           [P("包文轩", "网易数帆",
              "网易数帆轻舟云原生团队网络专家，负责智算中心四层负载均衡与网关的数据面，主导了从 DPDK 到 XDP 方案的迁移，"
              "在保持吞吐的同时显著降低了运维复杂度。此前在新华三从事数据中心交换机软件开发。毕业于杭州电子科技大学。"
              "拥有数据中心网络相关发明专利六项，曾在 eBPF 峰会上分享 XDP 负载均衡的线上经验，是 Cilium 社区的活跃贡献者。")],
           "宫晓峰", side="R"),
         T("17:10", "17:30", "eBPF 验证器复杂度与大程序拆分技巧",
           [P("桂思琪", "统信软件",
              "统信软件内核研发中心工程师，负责 eBPF 子系统在统信 UOS 上的适配与工具链维护，在验证器复杂度、BTF 与大规模 "
              "BPF 程序拆分方面有丰富经验，开发的系统诊断工具集已随 UOS 发布。此前在深度科技从事桌面系统底层开发。毕业于"
              "南京航空航天大学计算机科学与技术学院。"
              "业余时间参与 libbpf 与 bpftool 的补丁评审，翻译过多篇 eBPF 技术文章。")], "宫晓峰", side="L"),
     ]),
]

SPONSORS = ["哈尔滨工业大学（威海）", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "海光信息",
            "龙芯中科", "蚂蚁集团", "麒麟软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "统信软件", "山东省计算机学会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国", "电子发烧友"]

# names of real speakers and hosts read on the real posters looked at (CLK2024/*.webp, as pictures), none of
# which may be used; the listings' names are checked by a separate one-off search (see README)
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳"]


# ---------------------------------------------------------------------------
# painters, new here: the organisers' 2024 royal-blue forum poster at its real length
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
    ctext(d, cx, cy - 52, "2661", font(22, True), (200, 240, 255))
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
    for ln in wrap(d, hall, font(34, True), 600):
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


def bar(d, y, label):
    """'>>>　label　<<<' on a bar, inside a round table's frame."""
    x0, x1 = 220, 940
    hgrad(d, x0, y, x1, y + 70, (36, 104, 236), (54, 150, 250))
    arrows(d, x0 + 40, y + 35, True, WHITE)
    arrows(d, x1 - 40, y + 35, False, WHITE)
    ctext(d, W / 2, y + 8, label, font(40, True), WHITE)
    return y + 70


def panel_card(im, d, y, s, log, chev_x):
    """The round table: '圆桌论坛' bar, the title in cyan, a '主持人' bar over the moderator, a '嘉　宾' bar over the guests."""
    chevrons(d, chev_x, y)
    y += 100
    tabr = tab(d, X0, y, rng(s))
    top = y + 37
    y += 74 + 60
    for j, yy in enumerate((y + 35,)):
        d.rectangle([X0 - 6, yy - 3, X0 + 14, yy + 3], fill=CY)
    y = bar(d, y, s["label"]) + 44
    tf = font(40, True)
    tl = wrap_nicely(d, s["title"], tf, 720)
    d.rectangle([X0 - 6, y + 22, X0 + 14, y + 28], fill=CY)
    for ln in tl:
        ctext(d, W / 2, y, ln, tf, CY)
        y += 60
    log.append(("title", s["title"], len(tl)))
    y += 70
    nf, lf = font(46, True), font(21)
    for k, group in enumerate((s["sp"][:1], s["sp"][1:])):
        d.rectangle([X0 - 6, y + 32, X0 + 14, y + 38], fill=CY)
        y = bar(d, y, "主持人" if k == 0 else "嘉　宾") + 36
        for sp in group:
            ctext(d, W / 2, y, pad(sp["name"]), nf, CY)
            ctext(d, W / 2, y + 64, sp["company"], lf, PALE)
            y += 124
        y += 20
    bot = y + 20
    frame(d, top, bot, tabr)
    return bot + 40


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
        d.text((x + 92, y + 18), fits(d, "哈尔滨工业大学", f, w - 104), font=f, fill=WHITE)
        d.text((x + 94, y + 62), "HARBIN INSTITUTE OF TECHNOLOGY · WEIHAI", font=font(9, True), fill=PALE)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
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
    qrcode(d, W / 2 - 160, y + 40, 320, 2661)
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    ctext(d, W / 2, y, "现场签到即送纪念品，数量有限，先到先得", font(30), PALE)
    ctext(d, W / 2, y + 52, "本次活动最终解释权归主办方所有", font(30), PALE)
    y += 150
    slant_text(im, 0, y, "相约威海 · 共赴内核之约", font(54, True), CY, 0.18, cx=W / 2)
    return int(y + 620)


def skyline(im, h):
    """The foot: Weihai's arch gate, towers and a wave, in a lighter blue, with the school's name."""
    d = ImageDraw.Draw(im)
    base = h - 30
    col, col2 = (58, 110, 246), (46, 92, 236)
    for i, (bx, bw, bh) in enumerate([(40, 90, 160), (140, 70, 230), (220, 110, 130), (800, 80, 210),
                                      (890, 120, 150), (1010, 60, 260)]):
        d.rectangle([bx, base - bh, bx + bw, base], fill=col2)
        for wy in range(base - bh + 16, base - 10, 26):
            for wx in range(bx + 10, bx + bw - 10, 20):
                d.rectangle([wx, wy, wx + 8, wy + 12], fill=(70, 130, 250))
    gx0, gx1, gt = 380, 700, base - 420  # the gate
    d.rectangle([gx0, gt, gx1, gt + 90], fill=col)
    d.rectangle([gx0, gt, gx0 + 90, base], fill=col)
    d.rectangle([gx1 - 90, gt, gx1, base], fill=col)
    d.rectangle([gx0 + 120, gt + 24, gx1 - 120, gt + 66], fill=col2)
    for k in range(3):
        yy = base - 40 + k * 12
        d.line([(0, yy), (W, yy - 20)], fill=(80, 160, 255), width=3)
    ctext(d, W / 2, h - 26, SCHOOL, font(20, True, serif=True), (200, 220, 255))


def background(w, h):
    im = vgrad(w, h, (28, 92, 240), (18, 52, 214))
    im = glow(im, 810, 660, 420, (80, 220, 255), 0.45)
    im = glow(im, 100, 1200, 300, (130, 90, 255), 0.22)
    for k, yy in enumerate(range(2400, h - 800, 1700)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (60, 200, 255) if k % 2 else (90, 110, 255), 0.2)
    im = glow(im, 540, h - 300, 500, (80, 180, 255), 0.3)
    d = ImageDraw.Draw(im)
    rnd = random.Random(2661)
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
    return grain(im, 2661, 0.012)


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
            elif s["kind"] == "panel":
                y = panel_card(im, d, y, s, log, chev_x)
            else:
                y = talk_card(im, d, y, s, log, chev_x)
        LOG[name] = log
        return footer(im, d, y + 160)

    return paint


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -62, -65): speakers are names as printed with spaces "
    "and the padding of two-character names removed ('马　骏' -> '马骏', '郝　婷' -> '郝婷', '闫　凯' -> '闫凯'; the Latin "
    "names 'Lukas Hoffmann' -> 'LukasHoffmann', 'Rafael Duarte' -> 'RafaelDuarte'); host is the chair printed for the "
    "forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed; "
    "an opening speech printed with a speaker ('嘉宾致辞') is a talk, a slot printed without a speaker ('开场') is a "
    "break. ONE invented edition, CLK 2661 (第656届, 威海, host school 哈尔滨工业大学（威海）, Saturday 2661-10-26), "
    "printed as CLK2024's repository holds its FORUM posters: SIX WebP posters, one per forum, with CLK2025's six "
    "forum names (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, "
    "'AI 基础设施与 eBPF 应用分论坛' with its spaces), each file named by its forum; no whole-agenda picture, so every "
    "talk is on exactly ONE picture. 主论坛 runs in the morning (09:00-12:00), the five others in parallel in the "
    "afternoon; every forum's date is the edition's. Each poster is one entry holding its ONE forum. All six are 1080 px "
    "wide and, like the real CLK2024 forum posters, 13,000-15,000 px tall (the two-talk forum about 8,300 px). "
    "AFFILIATIONS: as on the real CLK2024 forum posters, a talk's speaker has NO company line: only his name on a "
    "plate and a long BIOGRAPHY (about 140 to 330 characters, most 150-230) that opens with his company and job and goes on to name former "
    "employers, projects and schools. The biography is no affiliation, so every talk's 'affiliations' is EMPTY ([]), "
    "as set 56 gives a poster that prints names alone. Only the round table prints one small line under each person "
    "('字节跳动STE内核团队负责人', 'vivo 内核团队负责人'): those lines are its affiliations, exactly as printed (with or "
    "without a space between company and job, as the designer typed them). Biographies are nowhere in the truth; "
    "names of companies, schools and people inside them are no speakers or affiliations. Headers, the school and its "
    "college ('计算机科学与技术学院'), '第656届中国' / 'Linux内核开发者大会', the ring '2661 CLK', the date pill, '地址：' "
    "and the hall, '赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', the two caption lines, "
    "the slogan '相约威海 · 共赴内核之约' and the school's name in the skyline are never part of a name, a title or a "
    "slot. The forum's name stands on a slanted plate under the head (the only forum on its poster); the host is the "
    "name in the bar '>>>　主持人：name　<<<', and the line '·　unit　·' under it is no affiliation. Each talk after a "
    "pair of V marks: the RANGE on a TAB at the top left of a frame, set in a SEGMENTED 'DIGITAL' face (seven-segment "
    "digits, as the organisers' posters print their ranges; '14:00 - 14:30' with a short bar between), then the bold "
    "white title, then per speaker the biography at the left, a ringed photo at the right and the NAME PLATE under "
    "them, at the RIGHT (the biography then runs wide again under the photo) or at the LEFT (the biography stays "
    "narrow), talk by talk, as on the real posters. The range on a tab belongs to the frame under it. Two speakers of "
    "one talk are two such blocks ONE UNDER THE OTHER in one frame, given top then bottom. A tea break is a tab with "
    "its range over a small frame holding a plate '茶歇' (a break); the opening is ONE full-width band, the range at "
    "the left, '>>>' and '开场' at the right (a break). The ROUND TABLE (主论坛, 11:20-12:00) is kind 'panel': in its "
    "frame a bar '>>> 圆桌论坛 <<<' (a label, no part of the title), the title in cyan, a bar '>>> 主持人 <<<' over "
    "the moderator, a bar '>>> 嘉　宾 <<<' over four guests, each a name over one small line; its speakers are the "
    "moderator and then the guests in printed order (five speakers, five affiliations), its title is the cyan line "
    "alone ('大模型时代，内核开发者的角色与机遇'), and its host is the forum's host (亓振东): the moderator named under "
    "the bar '主持人' inside the frame (崔明哲) is a SPEAKER, not the forum's host, although the bar reads '主持人' as "
    "the forum's host bar does. Titles wrapped over two lines are one title (joined with a space between Latin words, "
    "without one inside Chinese text; a title broken after '：' keeps it). English-only titles: 'Upstream First: How "
    "Enterprise Distributions Consume the Stable Kernel' (主论坛, Lukas Hoffmann of SUSE, an English biography), "
    "'Memory Tiering with DAMON: Lessons from a CXL Fleet' (内存管理与优化分论坛), 'Btrfs RAID Stripe Tree: Status and "
    "Roadmap' (文件系统与存储分论坛), 'Scheduling Inference Workloads with BPF struct_ops' (AI 基础设施与 eBPF "
    "应用分论坛); half English: 'sched_ext in Production: Policies for Latency-Critical Services' (调度、性能与调试分论坛). "
    "硬件架构与异构计算分论坛 has ONLY TWO talks (14:00-14:40, 14:40-15:20) and no break; the other afternoon forums run "
    "14:00-17:30 with one 茶歇 (15:30-15:50, or 15:40-16:00 in 调度、性能与调试分论坛). Two speakers of one talk: 谭家豪 "
    "and 卜文静 (both 海光信息), 马骏 (快手) and 宋雨桐 (北京航空航天大学), 程子健 and 蔡雨萱 (both 字节跳动), 黄志明 "
    "(麒麟软件) and 鲍丽娟 (国防科技大学), Rafael Duarte (Arm, a Chinese biography) and 邵佳慧 (阿里云), 申海龙 "
    "(中国移动) and 侯静怡 (北京邮电大学). Uncommon surnames 亓 (the host of 主论坛), 仉 and 郗 (round-table guests), "
    "冼, 厉, 全 (speakers); the compound surname 欧阳 (欧阳婧). No person is printed twice in the set."
)
LAYOUTS = {
    "主论坛": "主论坛 (host 亓振东; 哈尔滨工业大学（威海）主楼一楼学术报告厅, wrapped over two lines): '09:00-09:05 开场' "
             "band; '嘉宾致辞' by 孙立群 (the school's vice-president, a long biography); keynotes by 沈建国 (biography "
             "names 华为, 中兴通讯, 浙江大学), 邬海燕 (腾讯云; 百度, 北京邮电大学), 谭家豪 over 卜文静 (both 海光信息; AMD, "
             "天津大学, 西安交通大学) and Lukas Hoffmann (SUSE; an English biography naming Siemens and TU Munich) with the "
             "English-only title over two lines; the round table 11:20-12:00 (moderator 崔明哲, guests 仉立伟, 易欣然, "
             "郗国峰, 梁思远). Plates right, right, left, right, left. 5 talks and 1 panel.",
    "内存管理与优化分论坛": "内存管理与优化分论坛 (host 陶永健): 7 talks 14:00-17:30 with a 茶歇 15:30-15:50 after the third; "
                          "an English-only title ('Memory Tiering with DAMON: …'); 马骏 (快手) over 宋雨桐 (北京航空航天"
                          "大学 博士研究生); biographies naming 华为终端, 英特尔, 华为 2012 实验室, 新浪微博, 浪潮信息, "
                          "中兴通讯, 魅族 and their schools. Plates mostly at the right.",
    "文件系统与存储分论坛": "文件系统与存储分论坛 (host 戚文博): 7 talks with a 茶歇 15:30-15:50; 程子健 over 蔡雨萱 (both 字节"
                          "跳动); the English-only 'Btrfs RAID Stripe Tree: Status and Roadmap'; the compound surname 欧阳 "
                          "(欧阳婧, 美团); biographies naming 网易, 三星半导体, 华为存储, SUSE, 百度, 博世, 东软. Plates "
                          "alternate right and left.",
    "调度、性能与调试分论坛": "调度、性能与调试分论坛 (host 温海涛): 7 talks with a 茶歇 15:40-16:00 after the fourth; 'sched_ext "
                            "in Production: …' by 闫凯 (Meta; biography names Google, 复旦大学, 卡内基梅隆大学); 黄志明 "
                            "(麒麟软件) over 鲍丽娟 (国防科技大学 博士研究生); plates mostly at the LEFT, biographies narrow "
                            "(as the real 调度与锁分论坛 poster sets them).",
    "硬件架构与异构计算分论坛": "硬件架构与异构计算分论坛 (host 褚宏伟): ONLY TWO talks and no break: 14:00-14:40 by Rafael "
                              "Duarte (Arm, Latin name on a left plate, a Chinese biography naming Critical Software "
                              "and the University of Porto) over 邵佳慧 (阿里云), and 14:40-15:20 by 柏建新 (浪潮信息; "
                              "biography names 联想, 山东大学). Shorter than the others (about 8,300 px), as two talks make it.",
    "AI 基础设施与 eBPF 应用分论坛": "AI 基础设施与 eBPF 应用分论坛 (host 宫晓峰; the long name on a wider plate): 7 talks with a "
                                  "茶歇 15:30-15:50; the English-only 'Scheduling Inference Workloads with BPF "
                                  "struct_ops' (任嘉诚, 商汤科技); 申海龙 (中国移动) over 侯静怡 (北京邮电大学 硕士研究生); "
                                  "biographies naming 华为, AMD, 海思, 新华三, 深度科技 and their schools.",
}


def fn_of(name):
    return name + ".webp"


def layout(name, size):
    return ("CLK 2661 (第656届), 威海, 2661-10-26 (WebP q85, %d x %d): one forum poster in the organisers' 2024 royal "
            "blue at the real posters' length. " % size + LAYOUTS.get(name, ""))


def check(posters):
    """A Saturday; nobody printed twice; six forums named as CLK2025's folders; one forum of two talks."""
    people = []
    for _, _, host, slots in FORUMS:
        people.append(plain(host[0]))
        people += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    assert saturday(DATE)
    six = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
           "AI 基础设施与 eBPF 应用分论坛"]
    assert [p["forums"][0]["forum"] for p in posters] == six
    assert [p["file"] for p in posters] == [x + ".webp" for x in six]
    talks = [s for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break"]
    titles = [s["title"] for s in talks]
    assert len(titles) == len(set(titles))
    assert sum(1 for s in FORUMS[4][3] if s["kind"] != "break") == 2
    for p in posters:
        for f in p["forums"]:
            assert f["date"] == DATE
            for s in f["slots"]:
                assert (s["host"] is None) == (s["kind"] == "break")
                assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
                assert s["start"] < s["end"]
            ends = [(s["start"], s["end"]) for s in f["slots"]]
            assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends  # no gaps, no overlaps
    bios = [len(sp["bio"]) for _, _, _, slots in FORUMS for s in slots for sp in s["sp"] if sp["bio"]]
    assert sum(1 for n in bios if 150 <= n <= 300) >= len(bios) // 2, bios
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
        if forum[0] != "硬件架构与异构计算分论坛":
            assert 13000 <= im.size[1] <= 15000, (fn, im.size)
        else:
            assert 7000 <= im.size[1] <= 9500, (fn, im.size)
        assert size < 1.5e6, (fn, size)
        posters.append({"file": fn, "layout": layout(forum[0], im.size), "date": DATE,
                        "forums": [forum_truth(forum[0], DATE, forum[3])]})
    n = check(posters)
    print("scored talks", n)
    assert 30 <= n <= 45, n
    two = {t[1] for log in LOG.values() for t in log if t[0] == "title" and t[2] == 2}
    assert "Upstream First: How Enterprise Distributions Consume the Stable Kernel" in two
    for name, log in LOG.items():
        print(name, [(t[1][:16], t[2]) for t in log if t[0] == "title" and t[2] > 1])
    truth = {"written": "2026-12-08", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
