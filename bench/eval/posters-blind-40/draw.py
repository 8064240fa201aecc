"""Draw the fortieth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities and subsampling.  The
set is ONE edition, CLK 2112 (第107届, 南宁, 广西大学, 2112-10-22), as its
repository would hold it: one poster PER FORUM in the organisers' family (logo
lines, the host school, '第107届中国' / 'Linux内核开发者大会', a ring 'CLK 2112',
a date pill, the address, the forum in a glowing box, sponsors at the foot),
with what forum posters add over a full agenda: a photo placeholder (a circle
or a square with a silhouette, no initials) and a biography under every
speaker, an abstract under some titles, the forum's 出品人 and 主持人 with
their own biographies.  The four posters vary the talk's card:
  主论坛 (JPEG): the range in a column LEFT of the card, level with its top;
    in the card the title, an abstract, then per speaker a round photo with
    the name, 'company job' and the biography beside it.  出品人 and 主持人 as
    two strips with biographies at the top.
  处理器架构与调度分论坛 (PNG): the range in a tab box OVER the card, as the
    organisers' 2024 forum posters have it; the title, a '议题简介' tag with an
    abstract, the name on a plate beside 'company job', the biography under
    it, a square photo at the right.  '主持人：name' under the forum box; the
    出品人's and 主持人's biographies only at the END, after the talks.
  内存管理与异构计算分论坛 (PNG, light): the SPEAKER'S CARD BEFORE THE TITLE:
    photo, name, 'company job', biography, then a dashed rule, the range in
    a chip and the title, then the abstract.  '出品人：name ｜ 主持人：name' on
    one line at the top, their biographies at the end.
  IO与eBPF分论坛 (JPEG): TWO SPEAKERS IN ONE CARD: the range and title in the
    card's head, the abstract, then the two speakers in two columns side by
    side (photo, name, 'company job', a biography in each column, so the two
    biographies stand level with each other); the 出品人 and 主持人 likewise in
    one card at the top.
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


def bio_lines(d, text, f, maxw):
    """A biography wrapped greedily: two to four lines under every speaker, no orphan on the last one."""
    lines = wrap(d, text, f, maxw)
    assert 2 <= len(lines) <= 4, (text, len(lines))
    assert len(lines[-1]) >= 5, ("an orphan on the last line", text)
    return lines


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
    """Seeded grain blended in: the texture of a designer's paper and of a re-saved picture."""
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
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


def cup(d, x, y, fill, k=1.0):
    """A small coffee cup drawn in lines (the fonts have no cup glyph); k scales it."""
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=max(2, round(3 * k)))
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=max(2, round(3 * k)))
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


def photo(im, x, y, size, shape, bg, fg, ring=None):
    """A photo placeholder: a circle or a rounded square holding a grey silhouette (head and shoulders).

    Drawn four times larger and scaled down, so the edges are smooth as in a designer's export."""
    k = 4
    s = size * k
    tile = Image.new("RGB", (s, s), bg)
    td = ImageDraw.Draw(tile)
    hr = s * 0.19
    td.ellipse([s / 2 - hr, s * 0.2, s / 2 + hr, s * 0.2 + 2 * hr], fill=fg)
    td.ellipse([s / 2 - s * 0.36, s * 0.64, s / 2 + s * 0.36, s * 1.36], fill=fg)
    mask = Image.new("L", (s, s), 0)
    md = ImageDraw.Draw(mask)
    if shape == "circle":
        md.ellipse([0, 0, s - 1, s - 1], fill=255)
    else:
        md.rounded_rectangle([0, 0, s - 1, s - 1], radius=s // 12, fill=255)
    tile = tile.resize((size, size), Image.LANCZOS)
    mask = mask.resize((size, size), Image.LANCZOS)
    im.paste(tile, (int(x), int(y)), mask)
    if ring:
        d = ImageDraw.Draw(im)
        if shape == "circle":
            d.ellipse([x - 5, y - 5, x + size + 5, y + size + 5], outline=ring, width=3)
        else:
            d.rounded_rectangle([x - 5, y - 5, x + size + 5, y + size + 5], radius=size // 10, outline=ring, width=3)


def T(start, end, title, speakers, host, abstract=None):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host,
            "abstract": abstract}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None, "abstract": None}


def S(name, company, job, bio):
    """A speaker (or a host, or a 出品人) as printed: name, company, job title (None where none is printed), biography."""
    return (name, company, job, bio)


def plain(name):
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; the company alone if no job is printed."""
    _, company, job, _ = sp
    return company if job is None else company + " " + job


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def forum_truth(forum):
    return [{"forum": forum["name"], "slots": [truth_slot(s) for s in forum["slots"]]}]


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def check_chain(slots):
    """A forum's slots follow each other without gaps or overlaps."""
    for a, b in zip(slots, slots[1:]):
        assert a["end"] == b["start"], (a["title"], b["title"])


# ===========================================================================
# The edition: CLK 2112 (第107届), 南宁, 广西大学, Saturday 2112-10-22.
# 主论坛 in the morning, three forums in parallel in the afternoon.
DATE = "2112-10-22"
PILL = "2112年10月22日（周六）｜ 南宁"
ADDRESS = "地址：广西大学西校园 大礼堂及学术交流中心"
SPONSORS = ["HUAWEI 华为", "阿里云", "字节跳动", "腾讯云", "intel 英特尔", "蚂蚁集团", "OPPO", "vivo", "龙芯中科",
            "海光信息"]
SUPPORTERS = ["openEuler", "龙蜥社区", "OpenCloudOS", "广西大学"]

MAIN = {
    "name": "主论坛",
    "producer": S("陈建国", "华为", "首席架构师",
                  "长期从事操作系统内核与虚拟化研究，曾主导多款服务器操作系统的内核设计，现负责 openEuler 内核技术路线"
                  "规划，也是中国 Linux 内核开发者大会最早的一批组织者和讲者。"),
    "host": S("覃丽华", "广西大学计算机与电子信息学院", "教授",
              "博士生导师，主要研究方向为操作系统、存储系统与计算机体系结构，主持国家自然科学基金项目多项，在 FAST、"
              "ATC、EuroSys 等会议发表论文三十余篇。"),
    "slots": [
        T("09:00", "09:10", "开幕致辞", [S("黄建华", "广西大学", "副校长",
                                       "教授，博士生导师，长期从事计算机网络与信息安全方向的教学与科研工作，曾获广西"
                                       "科技进步奖一等奖。")], "覃丽华"),
        T("09:10", "09:20", "嘉宾致辞", [S("刘志刚", "中国计算机学会系统软件专业委员会", "主任",
                                       "北京大学教授，研究方向为系统软件与软件工程，长期推动国内开源操作系统社区与高校"
                                       "课程建设。")], "覃丽华"),
        T("09:20", "09:50", "Maintaining Linux at Scale: What Ten Years of Patch Review Taught Us",
          [S("Nikolai Andersen", "Red Hat", "Distinguished Engineer",
             "Nikolai has maintained parts of the memory management and block layers for over a decade. Before "
             "Red Hat he worked on storage firmware at Seagate.")], "覃丽华",
          "回顾十年代码审查中最常见的问题，讨论维护者的负担，以及自动化测试与 CI 如何改变补丁合入的节奏。"),
        T("09:50", "10:15", "openEuler 内核面向多样性算力的统一架构演进",
          [S("王磊", "华为", "openEuler 内核 SIG Maintainer",
             "十余年 Linux 内核开发经验，先后参与 ARM64 服务器支持、内存可靠性与热补丁等特性的开发。")], "覃丽华"),
        T("10:15", "10:40", "龙蜥内核 ANCK 的长期支持与 CVE 快速响应实践",
          [S("张敏", "阿里云", "高级技术专家",
             "龙蜥社区内核 SIG 负责人之一，负责龙蜥内核的版本规划与稳定性治理，此前在英特尔开源技术中心从事内核性能优化"
             "工作。")], "覃丽华",
          "介绍从补丁回合、回归测试到热补丁发布的全流程，以及如何在两周内完成高危漏洞的修复交付。"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:20", "CXL 时代的内存分层：硬件与内核的协同设计",
          [S("徐涛", "英特尔", "首席工程师",
             "英特尔数据中心与人工智能事业部首席工程师，长期从事内存子系统与持久内存的软件使能工作，是内核 NUMA 内存分层"
             "特性的主要贡献者之一。")], "覃丽华"),
        T("11:20", "11:45", "Rust for Linux：驱动开发的新范式与落地挑战",
          [S("李文涛", "字节跳动", "系统技术专家",
             "字节跳动 STE 团队成员，专注于内核安全与编程语言在系统软件中的应用，Rust for Linux 社区的活跃贡献者。")],
          "覃丽华",
          "结合 NVMe 与 GPU 驱动的原型，分析 Rust 抽象层的设计取舍、与 C 代码的互操作以及工程化落地中遇到的问题。"),
        T("11:45", "12:10", "大模型推理场景下的内核 I/O 路径优化",
          [S("周晓峰", "腾讯", "内核研发负责人",
             "负责 TencentOS 内核的研发与演进，带领团队在调度、内存与存储方向持续向上游贡献，曾在 LSF/MM 峰会作报告。"),
           S("杨雪", "清华大学", "副教授",
             "清华大学计算机系副教授，研究方向为存储系统与操作系统，在 OSDI、SOSP、FAST 等会议发表论文二十余篇。")],
          "覃丽华"),
        T("12:10", "12:30", "RISC-V 服务器内核生态：从启动固件到上游合入",
          [S("郑凯", "中国科学院软件研究所", "研究员",
             "PLCT 实验室负责人之一，长期从事 RISC-V 编译器与操作系统生态建设，推动多款国产 RISC-V 芯片的 Linux 支持进入"
             "上游。")], "覃丽华"),
        B("12:30", "13:30", "午餐"),
    ],
}

ARCH = {
    "name": "处理器架构与调度分论坛",
    "producer": S("吴海涛", "龙芯中科", "副总工程师",
                  "长期从事处理器与操作系统研发，主持 LoongArch 架构 Linux 内核的移植与上游合入工作，曾任中国科学院计算技术"
                  "研究所副研究员。"),
    "host": S("孙立新", "中国科学院计算技术研究所", "研究员",
              "博士生导师，主要研究处理器体系结构与操作系统的协同设计，参与多款国产处理器的系统软件研制，获国家科技进步"
              "奖二等奖。"),
    "slots": [
        T("13:30", "13:50", "EEVDF 调度器上线一年：延迟敏感负载的回归分析",
          [S("马俊", "字节跳动", "内核工程师",
             "字节跳动系统技术与工程团队成员，负责数据中心服务器的调度与 CPU 隔离优化，向上游调度子系统贡献了多个修复"
             "补丁。")], "孙立新",
          "汇总数万台服务器从 CFS 切换到 EEVDF 后的延迟变化，分析回归的原因与 slice 参数的调优方法。"),
        T("13:50", "14:10", "sched_ext 在手机前台交互场景中的应用",
          [S("罗超", "vivo", "内核技术专家",
             "vivo 操作系统内核团队技术专家，专注于移动设备的调度、功耗与性能优化，曾就职于展讯通信。")], "孙立新"),
        T("14:10", "14:35", "Proxy Execution：优先级继承之后的下一步",
          [S("邱明", "华为", "内核工程师",
             "华为操作系统内核实验室工程师，研究实时调度与锁机制，参与 Proxy Execution 补丁集的评审与测试。")], "孙立新",
          "介绍 proxy execution 如何把被阻塞任务的调度上下文借给锁的持有者，以及它对 mutex 优先级反转的改善。"),
        T("14:35", "15:00", "Arm64 大小核系统的能效感知调度（EAS）调优",
          [S("陆佳琪", "OPPO", "资深工程师",
             "OPPO 系统内核团队资深工程师，负责大小核调度、温控与 cpufreq 策略，在移动端能效优化方面有多年经验。")],
          "孙立新"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:40", "LoongArch 上的 KVM 与 SMT 调度优化",
          [S("钟伟", "龙芯中科", "内核工程师",
             "龙芯中科基础软件部内核工程师，负责 LoongArch KVM 虚拟化与 SMT 相关特性的开发与上游维护。")], "孙立新"),
        T("15:40", "16:05", "RISC-V 向量扩展（RVV）的上下文切换开销与优化",
          [S("谭浩", "平头哥", "高级工程师",
             "平头哥玄铁处理器软件团队成员，负责 RISC-V 内核基础特性与向量扩展的软件支持。"),
           S("程雪", "中国科学院软件研究所", "助理研究员",
             "主要研究 RISC-V 体系结构与操作系统接口，参与 RVV 相关内核补丁的测试与性能评估工作。")], "孙立新",
          "量化 RVV 寄存器保存与恢复在不同负载下的开销，介绍惰性保存与内核态向量使用的优化方案。"),
        T("16:05", "16:30", "Cache-Aware Load Balancing on Chiplet CPUs",
          [S("汪洋", "AMD", "高级软件工程师",
             "AMD 上海研发中心高级软件工程师，专注于 x86 服务器的调度拓扑与性能分析，参与 EPYC 处理器的内核使能。")],
          "孙立新"),
        T("16:30", "16:55", "qspinlock 与 NUMA 感知锁在 256 核服务器上的表现",
          [S("田振宇", "海光信息", "首席工程师",
             "海光信息操作系统团队首席工程师，负责多路服务器的内核性能调优，研究方向包括锁、中断与内存一致性。")],
          "孙立新",
          "对比 qspinlock、CNA 锁与 shuffle 锁在高核数机器上的吞吐和公平性，给出数据库负载下的实测数据。"),
        T("16:55", "17:15", "PREEMPT_RT 合入主线后的调度延迟测量方法",
          [S("邓丽", "统信软件", None,
             "统信软件内核研发中心工程师，长期从事实时 Linux 在工业控制领域的适配与测试工作。")], "孙立新"),
        T("17:15", "17:35", "schedutil 与 intel_pstate：CPU 调频策略的取舍",
          [S("彭磊", "英特尔", "软件工程师",
             "英特尔中国软件团队工程师，负责 x86 平台电源管理与 cpufreq 驱动的开发和维护。")], "孙立新"),
    ],
}

MEM = {
    "name": "内存管理与异构计算分论坛",
    "producer": S("江涛", "阿里云", "内核团队负责人",
                  "龙蜥社区技术委员会成员，长期关注内存管理、cgroup 与在离线混部技术，推动多项内存与调度特性进入上游社区。"),
    "host": S("林慧", "华中科技大学", "教授",
              "华中科技大学计算机学院教授，研究方向为内存系统、非易失存储与异构计算，主持国家重点研发计划课题一项。"),
    "slots": [
        T("13:30", "13:55", "folio 全面化之后：页缓存与 mTHP 的协同",
          [S("袁立", "阿里云", "内核专家",
             "阿里云内核团队专家，主要从事页缓存与大页相关的开发，是内核 mTHP 系列补丁的作者之一。")], "林慧",
          "梳理 folio 转换后页缓存的新接口，分享 mTHP 在文件页上的测试数据与尚未解决的问题。"),
        T("13:55", "14:20", "多尺寸 THP 在安卓设备上的内存碎片治理",
          [S("蒙小川", "荣耀", "内核工程师",
             "荣耀终端操作系统内核工程师，关注移动设备的内存回收、碎片整理与应用启动性能，曾在 Linux Plumbers 大会分享"
             "相关工作。")], "林慧"),
        T("14:20", "14:45", "CXL 内存扩展的冷热页识别：DAMON 实践",
          [S("何静", "字节跳动", "系统工程师",
             "字节跳动系统技术与工程团队成员，负责 CXL 内存扩展方案在数据中心的落地，此前在浪潮信息从事服务器固件"
             "开发。")], "林慧",
          "介绍基于 DAMON 的访问采样与冷页下沉策略，以及在线服务中内存成本与尾延迟之间的取舍。"),
        T("14:45", "15:10", "memcg 分层回收与 MGLRU 在数据库场景的调优",
          [S("曾浩", "美团", "资深工程师",
             "美团基础研发平台内核组资深工程师，负责数据库与缓存集群的内核稳定性、内存调优与故障分析。")], "林慧"),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "HMM 与 GPU 统一虚拟内存：异构计算中的页表共享",
          [S("韩冰", "NVIDIA", "系统软件工程师",
             "参与开源 GPU 内核驱动中统一内存与 HMM 相关功能的开发与维护，此前在 AMD 从事图形驱动工作。"),
           S("卢凯", "北京大学", "博士研究生",
             "北京大学计算机学院博士研究生，研究方向为异构内存管理与加速器虚拟化，相关论文发表于 ASPLOS。")], "林慧",
          "分析 HMM 镜像 CPU 页表的机制与开销，讨论 GPU 缺页处理与页迁移在大模型训练中的表现。"),
        T("15:50", "16:15", "NPU 驱动中的 DMA-BUF 与零拷贝内存共享",
          [S("谢飞", "华为", "系统软件工程师",
             "华为昇腾计算产品线系统软件工程师，负责 NPU 驱动的内存管理、DMA-BUF 共享与 IOMMU 适配。")], "林慧"),
        T("16:15", "16:35", "zswap 写回与压缩算法的选择",
          [S("姜宁", "小米", "内核工程师",
             "小米手机系统内核工程师，负责内存压缩、swap 与低内存查杀策略，在多款机型上完成 zswap 的量产落地。")], "林慧"),
        T("16:35", "16:55", "slab sheaves：per-CPU 缓存的新设计",
          [S("秦峰", "SUSE", "内核工程师",
             "SUSE 实验室内核工程师，关注 slab 分配器与内存调试工具，之前在 Oracle 从事 UEK 内核的维护工作。")], "林慧",
          "介绍 sheaves 以数组缓存替代 per-CPU 链表的设计，以及它对 kfree_rcu 与 NUMA 远端释放的影响。"),
        T("16:55", "17:15", "KSM 去重与虚拟化密度：收益与代价",
          [S("余洋", "中国移动云能力中心", "高级工程师",
             "负责移动云云主机内核的内存超分与虚拟化性能优化，参与 KSM 与 balloon 驱动的社区改进。")], "林慧"),
        T("17:15", "17:35", "面向 AI 训练的 hugetlb 预留与 1GB 大页优化",
          [S("熊伟", "百度", "资深研发工程师",
             "百度智能云基础架构部资深研发工程师，负责 GPU 集群主机内核的大页、内存可靠性与故障隔离方案。")], "林慧"),
    ],
}

IOBPF = {
    "name": "IO与eBPF分论坛",
    "producer": S("贺军", "蚂蚁集团", "基础设施技术总监",
                  "蚂蚁集团操作系统团队负责人，长期从事存储与内核研发，推动 io_uring 与 eBPF 在金融级基础设施中的规模化"
                  "应用。"),
    "host": S("孔令辉", "浙江大学", "副教授",
              "浙江大学计算机科学与技术学院副教授，研究方向为存储系统、操作系统与可编程内核，指导学生多次获得开源竞赛"
              "奖项。"),
    "slots": [
        T("13:30", "13:55", "io_uring 在存储引擎中的落地：从 epoll 迁移的经验",
          [S("董明", "蚂蚁集团", "高级技术专家",
             "负责蚂蚁集团数据库存储引擎的 I/O 栈优化，推动 io_uring 在 OceanBase 存储节点上落地。"),
           S("潘婷", "蚂蚁集团", "技术专家",
             "蚂蚁集团操作系统团队成员，专注于 io_uring 与块层性能分析，向上游提交了多项 io_uring 修复。")], "孔令辉"),
        T("13:55", "14:20", "NVMe 直通（passthrough）与 io_uring_cmd 的性能评测",
          [S("叶晨", "京东", "存储工程师",
             "京东零售基础架构部存储工程师，负责分布式块存储的数据面开发与性能调优。"),
           S("郝静", "华中科技大学", "博士研究生",
             "华中科技大学武汉光电国家研究中心博士研究生，研究方向为 NVMe 存储软件栈。")], "孔令辉",
          "对比块设备路径、SPDK 与 io_uring_cmd 直通在 4K 随机读写下的延迟与 CPU 开销。"),
        T("14:20", "14:45", "composefs 与只读镜像的完整性校验",
          [S("金鑫", "龙蜥社区", "文件系统 SIG 负责人",
             "长期从事文件系统与容器镜像相关开发，是 EROFS 与 overlayfs 的活跃贡献者，曾就职于红帽。")], "孔令辉",
          "介绍 composefs 如何结合 EROFS 元数据镜像与 fs-verity，让容器根文件系统在运行时可被校验。"),
        T("14:45", "15:10", "BPF Tokens: Delegating BPF Safely to Unprivileged Containers",
          [S("James Okafor", "Meta", "Software Engineer",
             "James works on the BPF subsystem at Meta, focusing on the verifier and BPF security. He previously "
             "worked on container runtimes.")], "孔令辉"),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "基于 eBPF 的全链路 I/O 延迟追踪",
          [S("吕鹏", "腾讯云", "高级工程师",
             "腾讯云存储内核团队高级工程师，负责云硬盘与本地盘的内核 I/O 路径优化。"),
           S("朱琳", "腾讯云", "工程师",
             "腾讯云可观测性平台工程师，专注于基于 eBPF 的内核事件采集与延迟分析工具的开发。")], "孔令辉",
          "用 eBPF 把一次读请求在系统调用、页缓存、块层与 NVMe 驱动的各段耗时串成一条链路，在线上定位慢盘与抖动。"),
        T("15:50", "16:15", "XDP 与 AF_XDP 在 5G 用户面网关中的实践",
          [S("范文", "中国电信研究院", "网络专家",
             "中国电信研究院云网操作系统团队网络专家，负责 5G 用户面功能的软件加速方案，此前在中兴通讯从事核心网数据面开发。")], "孔令辉"),
        T("16:15", "16:40", "bpftrace 与 perf 在生产环境的低开销采样",
          [S("白雪", "快手", "内核工程师",
             "快手基础架构部内核工程师，负责性能分析平台的内核侧采集与符号解析。"),
           S("梁志", "快手", "SRE 专家",
             "快手基础架构部 SRE 专家，长期负责大规模容器集群的故障诊断与性能治理。")], "孔令辉"),
        T("16:40", "17:05", "netkit 与 tcx：云原生网络数据面的 BPF 新接口",
          [S("汤杰", "字节跳动", "网络研发工程师",
             "字节跳动云原生网络团队研发工程师，参与 Cilium 在公司内部的适配与性能优化，向上游 BPF 网络子系统提交过多个补丁。")], "孔令辉",
          "介绍 netkit 设备与 tcx 多程序挂载如何替代 veth 与传统 tc，给出容器网络吞吐与延迟的对比。"),
        T("17:05", "17:25", "FUSE passthrough 与 BPF 加速用户态文件系统",
          [S("石磊", "vivo", "文件系统工程师",
             "vivo 操作系统内核团队文件系统工程师，负责存储与 FUSE 相关优化，参与 Android 存储性能改进。")], "孔令辉"),
    ],
}
for _f in (MAIN, ARCH, MEM, IOBPF):
    check_chain(_f["slots"])
    for _s in _f["slots"]:
        assert _s["host"] in (None, _f["host"][0])


# ===========================================================================
# The family: what every poster of the edition shares (header and foot).
WHITE = (255, 255, 255)


def family_header(im, d, pal, forum_name, sub=None):
    """Logo lines, the school, '第107届中国' / 'Linux内核开发者大会', a ring 'CLK 2112', the date pill, the
    address, then the forum's name in a glowing box; returns the y under it.  pal: ink, soft, accent, deep."""
    W = im.size[0]
    ink, soft, acc, deep = pal
    logo_lines(d, 52, 44, ink, acc)
    rtext(d, W - 52, 40, "广西大学", font(34, True), ink)
    rtext(d, W - 52, 84, "GUANGXI UNIVERSITY", font(15, True), soft)
    rtext(d, W - 52, 106, "计算机与电子信息学院", font(17), soft)
    d.ellipse([W - 300, 168, W - 90, 378], outline=acc, width=5)
    d.ellipse([W - 284, 184, W - 106, 362], outline=soft, width=1)
    ctext(d, W - 195, 214, "CLK", font(58, True), ink)
    ctext(d, W - 195, 290, "2112", font(38, True), acc)
    d.text((52, 176), "第107届中国", font=font(80, True), fill=ink)
    d.text((52, 286), "Linux内核", font=font(80, True), fill=ink)
    d.text((52, 396), "开发者大会", font=font(80, True), fill=ink)
    f = font(30, True)
    d.rounded_rectangle([52, 526, 52 + tw(d, PILL, f) + 56, 580], radius=27, fill=acc)
    d.text((80, 532), PILL, font=f, fill=deep)
    d.text((52, 606), ADDRESS, font=font(25), fill=ink)
    y = 700
    fb = font(50, True)
    bw = tw(d, forum_name, fb) + 120
    d.rounded_rectangle([W / 2 - bw / 2 - 6, y - 6, W / 2 + bw / 2 + 6, y + 100], radius=20, outline=soft, width=2)
    d.rounded_rectangle([W / 2 - bw / 2, y, W / 2 + bw / 2, y + 94], radius=16, fill=acc)
    ctext(d, W / 2, y + 14, forum_name, fb, deep)
    y += 130
    if sub:
        ctext(d, W / 2, y, sub, font(24), soft)
        y += 50
    return y


def section_title(d, W, y, text, ink, acc):
    """A section heading between two short rules ('论坛议程', '赞助单位' ...)."""
    f = font(40, True)
    w = tw(d, text, f)
    ctext(d, W / 2, y, text, f, ink)
    d.line([(W / 2 - w / 2 - 150, y + 30), (W / 2 - w / 2 - 30, y + 30)], fill=acc, width=3)
    d.line([(W / 2 + w / 2 + 30, y + 30), (W / 2 + w / 2 + 150, y + 30)], fill=acc, width=3)
    return y + 90


def foot(d, W, y, ink, soft, box_ink, box_fill, box_line, seed):
    """Sponsors, supporters, the QR code and a slogan; returns the bottom."""
    for title, names in (("赞助单位", SPONSORS), ("支持单位", SUPPORTERS)):
        y = section_title(d, W, y, title, ink, soft)
        bw, bh, gap = 400, 92, 36
        x0 = (W - 2 * bw - gap) / 2
        for i, u in enumerate(names):
            bx, by = x0 + (i % 2) * (bw + gap), y + (i // 2) * (bh + 26)
            if box_fill:
                d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=box_fill)
            d.rectangle([bx, by, bx + bw, by + bh], outline=box_line, width=2)
            ctext(d, bx + bw / 2, by + 22, u, font(34, True), box_ink)
        y += ((len(names) + 1) // 2) * (bh + 26) + 70
    qrcode(d, W / 2 - 120, y, 240, seed)
    ctext(d, W / 2, y + 262, "扫码报名", font(40, True), ink)
    ctext(d, W / 2, y + 322, "现场名额有限，报名以审核通过为准", font(22), soft)
    ctext(d, W / 2, y + 380, "相聚南宁 · 共话内核", font(44, True), ink)
    return y + 480


# ===========================================================================
# 1. 主论坛 (JPEG): the range in a column LEFT of the card.
PAL_A = ((255, 255, 255), (176, 204, 255), (96, 222, 255), (12, 34, 120))


def strip_a(im, d, y, label, p, X0, X1):
    """A strip for the 出品人 or the 主持人: a label pill, a round photo, name, 'company job', biography."""
    ink, soft, acc, deep = PAL_A
    fl = font(22, True)
    lw = tw(d, label, fl) + 36
    top = y
    d.rounded_rectangle([X0 + 28, y + 24, X0 + 28 + lw, y + 62], radius=19, fill=acc)
    ctext(d, X0 + 28 + lw / 2, y + 28, label, fl, deep)
    photo(im, X0 + 34, y + 86, 128, "circle", (150, 176, 230), (228, 236, 252), ring=acc)
    tx = X0 + 200
    d.text((tx, y + 22), p[0], font=font(36, True), fill=ink)
    d.text((tx, y + 76), aff(p), font=font(23), fill=acc)
    yy = y + 118
    for ln in bio_lines(d, p[3], font(22), X1 - 30 - tx):
        d.text((tx, yy), ln, font=font(22), fill=soft)
        yy += 33
    bottom = max(yy, y + 226) + 18
    d.rounded_rectangle([X0, top, X1, bottom], radius=14, outline=(90, 140, 240), width=2)
    return bottom


def paint_a(im, d):
    W = im.size[0]
    ink, soft, acc, deep = PAL_A
    y = family_header(im, d, PAL_A, MAIN["name"], "2112年10月22日 上午 · 大礼堂")
    y = strip_a(im, d, y, "出品人", MAIN["producer"], 40, W - 40) + 24
    y = strip_a(im, d, y, "主持人", MAIN["host"], 40, W - 40) + 70
    y = section_title(d, W, y, "论坛议程", ink, acc)
    CX0, CX1 = 236, W - 36  # the card
    TX = CX0 + 28
    ft, fab, fn, fa, fb = font(32, True), font(22), font(30, True), font(22), font(22)
    for s in MAIN["slots"]:
        rng = "%s-%s" % (s["start"], s["end"])
        top = y
        if s["kind"] == "break":
            d.text((36, y + 16), rng, font=font(26, True), fill=acc)
            d.rounded_rectangle([CX0, y, CX1, y + 70], radius=12, fill=(40, 84, 200))
            cup(d, TX, y + 18, ink)
            d.text((TX + 46, y + 12), s["title"], font=font(30, True), fill=ink)
            y += 110
            continue
        y += 26
        for ln in wrap_nicely(d, s["title"], ft, CX1 - 28 - TX):
            d.text((TX, y), ln, font=ft, fill=ink)
            y += 46
        if s["abstract"]:
            y += 4
            for ln in wrap(d, s["abstract"], fab, CX1 - 28 - TX):
                d.text((TX, y), ln, font=fab, fill=(150, 184, 236))
                y += 33
        y += 14
        for sp in s["sp"]:
            d.line([(TX, y), (CX1 - 28, y)], fill=(70, 116, 220), width=1)
            y += 20
            photo(im, TX, y + 4, 112, "circle", (150, 176, 230), (228, 236, 252))
            sx = TX + 136
            d.text((sx, y), sp[0], font=fn, fill=ink)
            d.text((sx + tw(d, sp[0], fn) + 18, y + 8), aff(sp), font=fa, fill=acc)
            yy = y + 48
            for ln in bio_lines(d, sp[3], fb, CX1 - 28 - sx):
                d.text((sx, yy), ln, font=fb, fill=soft)
                yy += 33
            y = max(yy, y + 124) + 12
        y += 10
        d.rounded_rectangle([CX0, top, CX1, y], radius=16, outline=(110, 170, 255), width=2)
        # the range in the column at the left, level with the card's top
        d.text((36, top + 26), rng, font=font(26, True), fill=acc)
        d.line([(44, top + 74), (44, y - 10)], fill=(70, 116, 220), width=2)
        d.ellipse([38, y - 16, 50, y - 4], fill=acc)
        y += 40
    y += 60
    return foot(d, W, y, ink, soft, ink, None, (150, 190, 255), 40011)


def bg_a(w, h):
    im = vgrad(w, h, (26, 66, 214), (12, 30, 130))
    im = glow(im, 900, 300, 380, (80, 200, 255), 0.5)
    im = glow(im, 120, 1400, 340, (120, 90, 255), 0.35)
    im = glow(im, 960, h // 2, 420, (60, 160, 255), 0.3)
    im = glow(im, 200, h - 1600, 380, (90, 200, 255), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(7):  # light streaks of the header
        d.line([(600 + i * 60, 0), (1080, 380 - i * 50)], fill=(70, 120, 240), width=2)
    return grain(im, 40012, 0.02)


def poster_a():
    return two_pass(1080, paint_a, bg_a), forum_truth(MAIN)


# ===========================================================================
# 2. 处理器架构与调度分论坛 (PNG): the range in a tab box OVER the card.
PAL_B = ((255, 255, 255), (200, 186, 255), (255, 204, 92), (40, 18, 96))
CYAN_B = (110, 230, 255)


def chevron(d, cx, y, col):
    for k in range(2):
        d.line([(cx - 34, y + k * 16), (cx, y + 24 + k * 16), (cx + 34, y + k * 16)], fill=col, width=6)


def paint_b(im, d):
    W = im.size[0]
    ink, soft, acc, deep = PAL_B
    y = family_header(im, d, PAL_B, ARCH["name"])
    host = ARCH["host"]
    f = font(36, True)
    hw = tw(d, "主持人：" + host[0], f) + 160
    d.rounded_rectangle([W / 2 - hw / 2, y, W / 2 + hw / 2, y + 64], radius=10, fill=(86, 52, 180))
    ctext(d, W / 2, y + 8, "主持人：" + host[0], f, ink)
    ctext(d, W / 2, y + 84, host[1] + " " + host[2], font(24), soft)
    ctext(d, W / 2, y + 128, "会场：学术交流中心 第一报告厅　｜　10月22日 下午", font(22), soft)
    y += 220
    y = section_title(d, W, y, "论坛议程", ink, acc)
    X0, X1 = 60, W - 60
    IX = X0 + 32
    ft, fab, fn, fa, fb = font(34, True), font(22), font(32, True), font(23), font(22)
    for s in ARCH["slots"]:
        chevron(d, W / 2, y, CYAN_B)
        y += 70
        rng = "%s-%s" % (s["start"], s["end"])
        fr = font(40, True)
        rw = tw(d, rng, fr) + 60
        d.rectangle([X0, y, X0 + rw, y + 70], fill=(60, 200, 240))
        d.text((X0 + 30, y + 8), rng, font=fr, fill=deep)
        d.line([(X0 + rw, y + 68), (X1 - 40, y + 68), (X1, y + 100)], fill=CYAN_B, width=3)
        y += 70
        top = y
        if s["kind"] == "break":
            y += 40
            pw = 260
            d.rounded_rectangle([IX, y, IX + pw, y + 70], radius=10, outline=CYAN_B, width=3)
            ctext(d, IX + pw / 2, y + 10, s["title"], font(38, True), ink)
            y += 110
            d.line([(X0, top + 32), (X0, y - 20), (X0 + 40, y)], fill=CYAN_B, width=3)
            y += 30
            continue
        y += 40
        for ln in wrap_nicely(d, s["title"], ft, X1 - 40 - IX):
            d.text((IX, y), ln, font=ft, fill=ink)
            y += 50
        if s["abstract"]:
            y += 10
            tag = "议题简介"
            d.rounded_rectangle([IX, y + 2, IX + tw(d, tag, font(20, True)) + 20, y + 34], radius=6, fill=(96, 64, 190))
            d.text((IX + 10, y + 3), tag, font=font(20, True), fill=acc)
            for i, ln in enumerate(wrap_widths(d, s["abstract"], fab, [X1 - 40 - IX - 120, X1 - 40 - IX])):
                d.text((IX + (120 if i == 0 else 0), y), ln, font=fab, fill=(196, 200, 240))
                y += 34
        y += 24
        for sp in s["sp"]:
            PS = 176
            px = X1 - 32 - PS
            photo(im, px, y + 6, PS, "square", (122, 100, 200), (214, 206, 246), ring=CYAN_B)
            nw = tw(d, sp[0], fn) + 56
            d.rounded_rectangle([IX, y, IX + nw, y + 58], radius=8, outline=CYAN_B, width=2, fill=(70, 40, 150))
            d.text((IX + 28, y + 6), sp[0], font=fn, fill=ink)
            d.text((IX + nw + 20, y + 16), aff(sp), font=fa, fill=acc)
            yy = y + 82
            for ln in bio_lines(d, sp[3], fb, px - 36 - IX):
                d.text((IX, yy), ln, font=fb, fill=soft)
                yy += 35
            y = max(yy, y + PS + 12) + 26
        y += 10
        d.line([(X0, top), (X0, y - 20), (X0 + 40, y)], fill=CYAN_B, width=3)
        d.line([(X0 + 40, y), (X1, y)], fill=CYAN_B, width=3)
        d.line([(X1, top + 30), (X1, y)], fill=CYAN_B, width=3)
        y += 40
    y += 40
    y = section_title(d, W, y, "出品人与主持人", ink, acc)
    for label, p in (("论坛出品人", ARCH["producer"]), ("论坛主持人", ARCH["host"])):
        top = y
        photo(im, X0 + 30, y + 30, 160, "square", (122, 100, 200), (214, 206, 246), ring=CYAN_B)
        tx = X0 + 230
        d.text((tx, y + 24), label, font=font(22, True), fill=CYAN_B)
        d.text((tx, y + 58), p[0], font=font(36, True), fill=ink)
        d.text((tx + tw(d, p[0], font(36, True)) + 20, y + 70), aff(p), font=font(23), fill=acc)
        yy = y + 118
        for ln in bio_lines(d, p[3], font(22), X1 - 30 - tx):
            d.text((tx, yy), ln, font=font(22), fill=soft)
            yy += 34
        y = max(yy, y + 210) + 20
        d.rounded_rectangle([X0, top, X1, y], radius=12, outline=(130, 100, 230), width=2)
        y += 30
    y += 60
    return foot(d, W, y, ink, soft, ink, None, (170, 150, 255), 40021)


def bg_b(w, h):
    im = vgrad(w, h, (62, 30, 160), (22, 12, 76))
    im = glow(im, 880, 320, 380, (210, 100, 255), 0.45)
    im = glow(im, 140, 1500, 320, (70, 130, 255), 0.35)
    im = glow(im, 940, h // 2, 420, (140, 90, 255), 0.3)
    return im


def poster_b():
    return two_pass(1080, paint_b, bg_b), forum_truth(ARCH)


# ===========================================================================
# 3. 内存管理与异构计算分论坛 (PNG, light): the speaker's card BEFORE the title.
PAL_C = ((255, 255, 255), (190, 236, 232), (255, 214, 102), (0, 62, 74))
TEAL_C, INK_C, GREY_C, PAGE_C = (0, 128, 138), (28, 38, 48), (100, 110, 122), (238, 245, 246)


def paint_c(im, d):
    W = im.size[0]
    ink, soft, acc, deep = PAL_C
    for i in range(9):
        d.line([(560 + i * 58, 0), (1080, 420 - i * 46)], fill=(20, 128, 140), width=2)
    y = family_header(im, d, PAL_C, MEM["name"])
    line = "出品人：%s　｜　主持人：%s" % (MEM["producer"][0], MEM["host"][0])
    ctext(d, W / 2, y - 6, line, font(32, True), ink)
    ctext(d, W / 2, y + 44, "10月22日 下午 · 学术交流中心 第二报告厅", font(22), soft)
    y = 1000
    d.rectangle([0, y, W, y + 10], fill=acc)
    y += 70
    y = section_title(d, W, y, "论坛议程", INK_C, TEAL_C)
    X0, X1 = 40, W - 40
    IX = X0 + 28
    fn, fa, fb, ft, fab = font(32, True), font(22), font(21), font(30, True), font(21)
    for s in MEM["slots"]:
        rng = "%s-%s" % (s["start"], s["end"])
        fr = font(24, True)
        rw = tw(d, rng, fr) + 28
        if s["kind"] == "break":
            d.rounded_rectangle([X0, y, X1, y + 72], radius=12, fill=(214, 232, 234))
            d.rounded_rectangle([IX, y + 16, IX + rw, y + 56], radius=20, fill=GREY_C)
            d.text((IX + 14, y + 20), rng, font=fr, fill=WHITE)
            cup(d, IX + rw + 26, y + 20, TEAL_C)
            d.text((IX + rw + 70, y + 14), s["title"], font=font(30, True), fill=TEAL_C)
            y += 104
            continue
        top = y
        y += 26
        for sp in s["sp"]:
            PS = 150
            photo(im, IX, y, PS, "square", (190, 210, 214), (240, 246, 247))
            tx = IX + PS + 28
            d.text((tx, y - 6), sp[0], font=fn, fill=INK_C)
            d.text((tx, y + 44), aff(sp), font=fa, fill=TEAL_C)
            yy = y + 84
            for ln in bio_lines(d, sp[3], fb, X1 - 28 - tx):
                d.text((tx, yy), ln, font=fb, fill=GREY_C)
                yy += 31
            y = max(yy, y + PS) + 22
        for x in range(IX, X1 - 28, 16):  # a dashed rule between the speaker and the talk
            d.line([(x, y), (x + 8, y)], fill=(170, 196, 200), width=2)
        y += 22
        d.rounded_rectangle([IX, y + 2, IX + rw, y + 42], radius=20, fill=TEAL_C)
        d.text((IX + 14, y + 6), rng, font=fr, fill=WHITE)
        tx = IX + rw + 20
        for ln in wrap_nicely(d, s["title"], ft, X1 - 28 - tx):
            d.text((tx, y), ln, font=ft, fill=INK_C)
            y += 44
        if s["abstract"]:
            y += 4
            for ln in wrap(d, s["abstract"], fab, X1 - 28 - tx):
                d.text((tx, y), ln, font=fab, fill=GREY_C)
                y += 31
        y += 24
        bottom = y
        d.rounded_rectangle([X0, top, X1, bottom], radius=14, outline=(186, 214, 218), width=2)
        d.rectangle([X0, top + 14, X0 + 6, bottom - 14], fill=TEAL_C)
        y = bottom + 32
    y += 50
    y = section_title(d, W, y, "出品人与主持人", INK_C, TEAL_C)
    cw = (X1 - X0 - 32) / 2
    top, bottoms = y, []
    for i, (label, p) in enumerate((("出品人", MEM["producer"]), ("主持人", MEM["host"]))):
        cx = X0 + i * (cw + 32)
        yy = top + 26
        photo(im, cx + cw / 2 - 70, yy, 140, "square", (190, 210, 214), (240, 246, 247))
        yy += 160
        ctext(d, cx + cw / 2, yy, label, font(22, True), TEAL_C)
        ctext(d, cx + cw / 2, yy + 34, p[0], font(34, True), INK_C)
        ctext(d, cx + cw / 2, yy + 86, aff(p), font(22), TEAL_C)
        yy += 130
        for ln in bio_lines(d, p[3], font(21), cw - 48):
            d.text((cx + 24, yy), ln, font=font(21), fill=GREY_C)
            yy += 31
        bottoms.append(yy + 24)
    bottom = max(bottoms)
    for i in range(2):
        cx = X0 + i * (cw + 32)
        d.rounded_rectangle([cx, top, cx + cw, bottom], radius=14, outline=(186, 214, 218), width=2)
    y = bottom + 80
    d.rectangle([0, y, W, y + 2600], fill=(0, 84, 98))
    y += 70
    return foot(d, W, y, ink, soft, (0, 80, 92), WHITE, WHITE, 40031)


def bg_c(w, h):
    im = Image.new("RGB", (w, h), PAGE_C)
    top = vgrad(w, 1000, (0, 112, 128), (0, 74, 92))
    top = glow(top, 860, 300, 360, (90, 230, 220), 0.45)
    im.paste(top, (0, 0))
    return im


def poster_c():
    return two_pass(1080, paint_c, bg_c), forum_truth(MEM)


# ===========================================================================
# 4. IO与eBPF分论坛 (JPEG): two speakers in ONE card, side by side.
PAL_D = ((255, 255, 255), (176, 190, 224), (255, 150, 62), (20, 22, 50))


def people_d(im, d, y, people, X0, X1, tags=None):
    """One or two people in a card: a single one as a row (photo, name and 'company job' beside it, the
    biography under), a pair as two columns side by side, each with its own biography."""
    ink, soft, acc, deep = PAL_D
    fn, fa, fb = font(30, True), font(22), font(21)
    if len(people) == 1 and not tags:
        p = people[0]
        photo(im, X0, y, 118, "circle", (70, 84, 130), (176, 186, 214), ring=acc)
        tx = X0 + 146
        d.text((tx, y + 6), p[0], font=fn, fill=ink)
        d.text((tx, y + 54), aff(p), font=fa, fill=acc)
        yy = y + 96
        for ln in bio_lines(d, p[3], fb, X1 - tx):
            d.text((tx, yy), ln, font=fb, fill=soft)
            yy += 31
        return max(yy, y + 130)
    cw = (X1 - X0 - 40) / 2
    ends = []
    for i, p in enumerate(people):
        cx = X0 + i * (cw + 40)
        yy = y
        if tags:
            d.rounded_rectangle([cx, yy, cx + tw(d, tags[i], font(20, True)) + 28, yy + 34], radius=17, fill=acc)
            d.text((cx + 14, yy + 2), tags[i], font=font(20, True), fill=deep)
            yy += 50
        photo(im, cx, yy, 104, "circle", (70, 84, 130), (176, 186, 214), ring=acc)
        tx = cx + 126
        d.text((tx, yy + 4), p[0], font=fn, fill=ink)
        assert tw(d, aff(p), fa) <= cx + cw - tx, p  # 'company job' stays on one line in its column
        d.text((tx, yy + 52), aff(p), font=fa, fill=acc)
        yy += 128
        for ln in bio_lines(d, p[3], fb, cw):
            d.text((cx, yy), ln, font=fb, fill=soft)
            yy += 31
        ends.append(yy)
    if len(people) == 2:
        d.line([(X0 + cw + 20, y + 10), (X0 + cw + 20, max(ends) - 10)], fill=(70, 80, 120), width=1)
    return max(ends)


def paint_d(im, d):
    W = im.size[0]
    ink, soft, acc, deep = PAL_D
    y = family_header(im, d, PAL_D, IOBPF["name"], "10月22日 下午 · 学术交流中心 第三报告厅")
    X0, X1 = 40, W - 40
    IX = X0 + 30
    top = y
    y = people_d(im, d, y + 30, [IOBPF["producer"], IOBPF["host"]], IX, X1 - 30, tags=("出品人", "主持人")) + 30
    d.rounded_rectangle([X0, top, X1, y], radius=16, outline=acc, width=2)
    y += 80
    y = section_title(d, W, y, "论坛议程", ink, acc)
    ft, fab = font(30, True), font(21)
    TX = IX + 190
    for s in IOBPF["slots"]:
        rng = "%s-%s" % (s["start"], s["end"])
        fr = font(27, True)
        if s["kind"] == "break":
            d.rounded_rectangle([X0, y, X1, y + 74], radius=12, fill=(40, 44, 86))
            d.text((IX, y + 18), rng, font=fr, fill=acc)
            cup(d, TX, y + 20, ink)
            d.text((TX + 46, y + 14), s["title"], font=font(30, True), fill=ink)
            y += 106
            continue
        top = y
        y += 24
        ty = y
        for ln in wrap_nicely(d, s["title"], ft, X1 - 30 - TX):
            d.text((TX, y), ln, font=ft, fill=ink)
            y += 44
        d.text((IX, ty + 3), rng, font=fr, fill=acc)
        if s["abstract"]:
            y += 4
            for ln in wrap(d, s["abstract"], fab, X1 - 30 - TX):
                d.text((TX, y), ln, font=fab, fill=(150, 164, 204))
                y += 31
        y += 18
        d.line([(IX, y), (X1 - 30, y)], fill=(60, 70, 116), width=1)
        y += 26
        y = people_d(im, d, y, s["sp"], IX, X1 - 30) + 28
        d.rounded_rectangle([X0, top, X1, y], radius=16, fill=None, outline=(84, 96, 150), width=2)
        d.rectangle([X0 + 16, top, X0 + 180, top + 6], fill=acc)
        y += 34
    y += 60
    return foot(d, W, y, ink, soft, ink, (30, 36, 74), (90, 100, 150), 40041)


def bg_d(w, h):
    im = vgrad(w, h, (18, 30, 78), (8, 12, 36))
    im = glow(im, 880, 300, 380, (255, 120, 60), 0.3)
    im = glow(im, 140, 1300, 320, (60, 110, 255), 0.35)
    im = glow(im, 940, h // 2, 420, (90, 80, 220), 0.25)
    im = glow(im, 160, h - 1500, 380, (255, 140, 60), 0.18)
    return grain(im, 40042, 0.02)


def poster_d():
    return two_pass(1080, paint_d, bg_d), forum_truth(IOBPF)


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-39 (and 4..38 before it): speakers are names as printed with spaces removed "
    "(the Latin names 'Nikolai Andersen' -> 'NikolaiAndersen', 'James Okafor' -> 'JamesOkafor'); host is the chair "
    "printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; where two "
    "speakers are printed each has his own affiliation, given per speaker; affiliations keep a printed job title, "
    "joined to the company by one space ('华为 openEuler 内核 SIG Maintainer', '龙蜥社区 文件系统 SIG 负责人'), and a "
    "speaker printed with a company and no job ('邓丽' with '统信软件') has the company alone; break titles are as "
    "printed; an opening printed with a speaker is a talk ('开幕致辞' and '嘉宾致辞' on the 主论坛 poster). ONE "
    "edition, CLK 2112 (第107届, 南宁, 广西大学, Saturday 2112-10-22), published as the organisers published CLK 2024: "
    "one poster PER FORUM, four pictures, each holding exactly one forum, so no talk is on two posters: 主论坛 in the "
    "morning and 处理器架构与调度分论坛, 内存管理与异构计算分论坛 and IO与eBPF分论坛 in parallel in the afternoon (their "
    "ranges overlap from poster to poster). Every poster prints the family's header (logo lines, '广西大学' / 'GUANGXI "
    "UNIVERSITY' / '计算机与电子信息学院', '第107届中国' / 'Linux内核' / '开发者大会', a ring 'CLK' over '2112', the pill "
    "'2112年10月22日（周六）｜ 南宁', the address), the forum's name in a glowing box, and at the foot '赞助单位' and "
    "'支持单位' boxes (company and community names), a QR code '扫码报名', a note and the slogan '相聚南宁 · 共话内核': none "
    "of it is a name, a title or a slot, and the lines with the half day and the room ('2112年10月22日 上午 · 大礼堂', "
    "'会场：学术交流中心 第一报告厅　｜　10月22日 下午', '10月22日 下午 · …') are no part of a forum's name and no slot. "
    "What forum posters add over a full agenda, and how the truth treats it: (a) a PHOTO placeholder per person (a circle "
    "or a rounded square holding a grey silhouette, no initials): nothing to read; (b) a BIOGRAPHY of two to four lines "
    "under or beside every speaker, host and 出品人: never a title and never an affiliation, even where it names another "
    "employer ('此前在英特尔开源技术中心…', '曾任中国科学院计算技术研究所副研究员', 'Before Red Hat he worked on storage "
    "firmware at Seagate.', '此前在 AMD 从事图形驱动工作'); the affiliation is the 'company job' line printed by the "
    "name; 邓丽's line prints '统信软件' alone, so her affiliation is '统信软件' although her biography calls her an "
    "engineer; (c) an ABSTRACT under 15 of the 38 titles (smaller, lighter type; on the 处理器架构与调度分论坛 poster "
    "after a tag '议题简介'): no part of the title, and the tag is nothing; (d) each forum's 出品人 (producer) and 主持人 "
    "(host), each with a photo, 'company job' and a biography: the host is the 主持人 (as set 27: a 出品人 printed "
    "beside a 主持人 is not the host) and the 出品人 is nowhere in the truth; their strips, cards and sections are no "
    "talks. Added or stressed here: (1) 主论坛 (main-forum-time-left.jpg): the range stands in a column at the LEFT, "
    "level with the top of a framed card that holds the title, the abstract if any, and per speaker a round photo, the "
    "name with 'company job' beside it and the biography under that; a thin line runs down from the range along the "
    "card; the range belongs to the card beside it. The 出品人 (陈建国) and the 主持人 (覃丽华) are two strips with a "
    "label pill at the top. 'Maintaining Linux at Scale: What' / 'Ten Years of Patch Review Taught Us' is one title "
    "joined with a space. 周晓峰 and 杨雪 speak in one talk (two speaker rows in one card). '午餐' (12:30-13:30) closes "
    "the forum and is its break. Uncommon surname 覃. (2) 处理器架构与调度分论坛 (arch-sched-tab-over-title.png): as the "
    "organisers' 2024 forum posters, a chevron, the range in a filled TAB box OVER a frame, then the title, the tag "
    "'议题简介' with the abstract, and per speaker the name on an outlined plate with 'company job' right of it, the "
    "biography under it and a square photo at the right. '主持人：孙立新' is printed in a bar under the forum box (the unit "
    "and the room under it), and the biographies of the 出品人 (吴海涛, '论坛出品人') and of the host (孙立新 again, "
    "'论坛主持人') only at the END, in a section '出品人与主持人' after the last talk: one host, no talks. 谭浩 and 程雪 "
    "speak in one talk (two plates one under the other). The 茶歇 is a tab box over a plate. (3) 内存管理与异构计算分论坛 "
    "(memory-speaker-first-light.png, a light page under a teal header): each talk's card gives the SPEAKER FIRST (a "
    "square photo, the name, 'company job', the biography), then a dashed rule, then the range in a filled chip with "
    "the title right of it, then the abstract: the range and title under the rule belong to the speaker(s) ABOVE them "
    "in the same framed card (teal edge at its left), not to the next card's speaker. 韩冰 and 卢凯 speak in one talk "
    "(two speaker rows before one range and title). The heading line '出品人：江涛　｜　主持人：林慧' gives the host 林慧; "
    "their biographies are two cards side by side after the talks. Uncommon surname 蒙 (蒙小川). (4) IO与eBPF分论坛 "
    "(io-ebpf-paired-speakers.jpg): the card's head holds the range at the left and the title right of it (the abstract "
    "under the title); under a rule, a single speaker is a row (round photo, name over 'company job', biography) and "
    "TWO SPEAKERS share ONE card side by side in two columns parted by a hairline, each column a photo, the name, "
    "'company job' and a biography, so the two names, the two 'company job' lines and the two biographies stand level "
    "with each other: the speakers are given left then right, each with the 'company job' of his own column, and each "
    "biography belongs to the speaker above it. Four talks have two speakers (董明, 潘婷 of one company; 叶晨, 郝静; "
    "吕鹏, 朱琳; 白雪, 梁志). The 出品人 (贺军) and the 主持人 (孔令辉) share one card at the top in the same two-column "
    "form, each under a tag ('出品人', '主持人'). 'NVMe 直通（passthrough）' / '与 io_uring_cmd 的性能评测' is one title "
    "joined without a space; 'BPF Tokens: Delegating BPF' / 'Safely to Unprivileged Containers' with one."
)


def layout(im_size, text):
    return text % ("%d x %d" % im_size)


LAYOUTS = {
    "main-forum-time-left.jpg": (
        "CLK 2112 (第107届), 南宁, 2112-10-22, 主论坛 (JPEG q86, %s): the organisers' royal-blue forum poster (logo "
        "lines, '广西大学', '第107届中国 / Linux内核 / 开发者大会', a ring 'CLK 2112', the date pill, the address, the "
        "forum in a glowing box, '2112年10月22日 上午 · 大礼堂'); two strips '出品人' 陈建国 and '主持人' 覃丽华 with round "
        "photos, 'company job' and biographies; '论坛议程'; per talk the range in a column LEFT of a framed card (title, "
        "an abstract under three titles, per speaker a round photo, name and 'company job', a biography); breaks as "
        "bands with a cup ('茶歇', '午餐'); '开幕致辞' and '嘉宾致辞' with speakers; foreign keynote Nikolai Andersen "
        "(Red Hat) with an English title and biography; sponsors, supporters and a QR code at the foot. 9 talks.",
        poster_a, (86, 2)),
    "arch-sched-tab-over-title.png": (
        "CLK 2112 (第107届), 南宁, 2112-10-22, 处理器架构与调度分论坛 (PNG, %s): the violet forum poster of the same "
        "family; '主持人：孙立新' in a bar under the forum box with the unit and the room under it; per talk a chevron, "
        "the range in a tab box OVER a frame, the title, for four talks the tag '议题简介' and an abstract, per speaker "
        "the name on a plate with 'company job' beside it, a biography under it and a square photo at the right; a "
        "茶歇 tab over a plate; the 出品人 (吴海涛) and host biographies only at the END ('出品人与主持人'); '邓丽' with "
        "'统信软件' and no job; sponsors and a QR code at the foot. 10 talks.",
        poster_b, None),
    "memory-speaker-first-light.png": (
        "CLK 2112 (第107届), 南宁, 2112-10-22, 内存管理与异构计算分论坛 (PNG, %s): a light page under the family's "
        "teal header; '出品人：江涛　｜　主持人：林慧' under the forum box; each talk a framed card whose SPEAKER comes "
        "FIRST (square photo, name, 'company job', biography), then a dashed rule, the range in a chip with the title "
        "beside it, and for four talks an abstract; a 茶歇 strip; the 出品人's and host's biographies in two cards after "
        "the talks; sponsors and a QR code on a teal foot. Uncommon surname 蒙. 10 talks.",
        poster_c, None),
    "io-ebpf-paired-speakers.jpg": (
        "CLK 2112 (第107届), 南宁, 2112-10-22, IO与eBPF分论坛 (JPEG q84, %s): the navy-and-orange forum poster of the "
        "family; the 出品人 贺军 and the 主持人 孔令辉 side by side in one card under tags; per talk a card with the range "
        "and the title in its head, for four talks an abstract, then one speaker as a row or TWO SPEAKERS in two "
        "columns side by side (photo, name, 'company job', a biography each; four such talks); a 茶歇 band; foreign "
        "speaker James Okafor (Meta) with an English title and biography; sponsors and a QR code at the foot. 9 talks.",
        poster_d, (84, 2)),
}


def main():
    posters = []
    talks = 0
    for fn, (text, draw, jpeg) in LAYOUTS.items():
        im, forums = draw()
        talks += sum(s["kind"] == "talk" for f in forums for s in f["slots"])
        path = os.path.join(HERE, fn)
        if fn.endswith(".jpg"):
            im.save(path, "JPEG", quality=jpeg[0], subsampling=jpeg[1])
        else:
            im.save(path, optimize=True)
        posters.append({"file": fn, "layout": layout(im.size, text), "date": DATE, "forums": forums})
    abstracts = sum(s["abstract"] is not None for f in (MAIN, ARCH, MEM, IOBPF) for s in f["slots"])
    assert (talks, abstracts) == (38, 15), (talks, abstracts)
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
