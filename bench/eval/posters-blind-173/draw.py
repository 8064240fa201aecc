"""Draw the hundred-and-seventy-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK3811全部议程.jpg and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 3811 (第1806届, 烟台, 鲁东大学, Saturday 3811-10-26), with
CLK2025's six forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛,
硬件架构与异构计算分论坛, AI 基础设施与 eBPF 应用分论坛), printed as CLK2025's repository
holds an edition: ONE whole-agenda image, here 'CLK3811全部议程.jpg' (JPEG q85, 1080 px
wide), the six forums one under another, drawn after the organisers' CLK2024
大会全议程.webp (head, introduction box, '大会议程' plate, forum headings, timeline rows,
tea bars, the foot with sponsors, QR code and a skyline) in a NEW colour scheme: a deep
ROSEWOOD page (a red-brown at the head to a near-black brown at the foot) where they
print royal blue, CHAMPAGNE-GOLD titles where they print cyan, AQUA labels where they
print violet ones.

Built from posters-blind-153/draw.py: its helpers (everything from the imports to hgrad,
itself from sets 143, 130, 118, 106, 104, 79, 66, 65, 62 and 59) copied unchanged, its
whole-agenda painters recoloured and changed as README.md lists; the data are new.
"""
import datetime
import json
import math
import os
import random
import re
import zlib

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
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=HOLE)




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







# ===========================================================================
# CLK 3811 (第1806届), 烟台, 鲁东大学, Saturday 3811-10-26.  主论坛 in the morning (09:00-12:10 with a short tea, then
# lunch until 14:00), the five other forums in parallel in the afternoon from 14:00, as the 2024 whole agenda.
EDITION = "CLK 3811"
YEAR = "3811"
NTH = "第1806届中国"
DATE = "3811-10-26"
DATE_PRINTED = "3811年10月26日"
CITY = "烟台"
SCHOOL = "鲁东大学"
SCHOOL_UNIT = "信息与电气工程学院"
SCHOOL_EN = "School of Information and Electrical Engineering, Ludong University"
SCHOOL_MARK = "LUDONG UNIVERSITY"
HALL = "鲁东大学南区 综合楼一楼学术报告厅"  # printed over two lines, broken at the space
FULL_FN = "CLK3811全部议程.jpg"


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return {"name": name, "line": line}


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


# every speaker stands on a line of his own, as the 2024 whole agenda prints them (two speakers one under the
# other); two-character names are held padded, as they are printed
H0, H1, H2, H3, H4, H5 = "初立新", "杨振东", "徐　辰", "郭海鸥", "王兆明", "刘振国"
FORUMS = [
    ("主论坛", (H0, "鲁东大学信息与电气工程学院院长"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:15", "嘉宾致辞", [P("孙庆涛", "鲁东大学副校长")], H0),
        T("09:15", "09:45", "软件定义汽车时代的 Linux 内核：实时、安全与量产", [P("张立群", "长安汽车操作系统首席架构师")], H0),
        T("09:45", "10:15", "Living Downstream, Thinking Upstream: Running a Vendor Kernel Team",
          [P("李晓岑", "腾讯TencentOS内核负责人")], H0),
        B("10:15", "10:30", "茶歇"),
        T("10:30", "11:00", "折叠屏手机的内核能效：大小核调度与温控策略的协同设计",
          [P("王　超", "荣耀终端操作系统内核专家"), P("刘雁南", "荣耀终端功耗优化工程师")], H0),
        T("11:00", "11:30", "开源 RISC-V 高性能核的内核适配：从 FPGA 原型到主线合入",
          [P("陈致远", "北京开源芯片研究院软件负责人")], H0),
        PANEL("11:30", "12:10", "Rust 进入内核之后，驱动开发者该如何准备",
              [P("何建明", "统信软件内核研发总监"),
               P("马骁骋", "华为openEuler技术委员会委员"),
               P("周婉宁", "中国科学院软件研究所副研究员"),
               P("宋振邦", "麒麟软件内核首席架构师"),
               P("于海澄", "鲁东大学信息与电气工程学院副教授")], H0),
        B("12:10", "14:00", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "鲁东大学信息与电气工程学院副教授"), [
        T("14:00", "14:20", "一次 slab 越界排查引出的对象合并问题", [P("黄文祺", "阿里云内核研发工程师")], H1),
        T("14:20", "14:40", "memcg 统计刷新开销的优化", [P("赵一航", "字节跳动Linux内核工程师")], H1),
        T("14:40", "15:10", "DAMON-Based Proactive Reclaim: Numbers from a Mobile Fleet",
          [P("吴思衡", "OPPO 内核内存管理专家")], H1),
        T("15:10", "15:40", "Android 应用冷热分离与进程级回收",
          [P("张雨萌", "小米内核工程师"), P("郑恺文", "小米内核工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "virtio-balloon 的回收时延实测", [P("梁国梁", "中国电信天翼云虚拟化工程师")], H1),
        T("16:30", "17:00", "驱动内存泄漏的 page_owner 定位实践", [P("蔡泽宇", "华为云内核工程师")], H1),
        T("17:00", "17:30", "内存 ECC 错误的在线隔离：从 soft offline 到整页下线", [P("谢志斌", "京东云内核工程师")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "鲁东大学信息与电气工程学院教授"), [
        T("14:00", "14:25", "XFS 在 PB 级对象存储节点上的日志调优", [P("曹　越", "SUSE 文件系统工程师")], H2),
        T("14:25", "14:50", "NVMe-oF RDMA 目标端的 CPU 占用优化",
          [P("唐俊熙", "蚂蚁集团存储内核专家"), P("彭　帆", "蚂蚁集团存储内核工程师")], H2),
        T("14:50", "15:15", "容器根文件系统的 idmapped mount 实践", [P("李佳琪", "网易数帆容器内核工程师")], H2),
        T("15:15", "15:40", "Block Layer IO Priorities: Do They Actually Help Tail Latency?",
          [P("韩立川", "快手存储内核工程师")], H2),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:25", "手机 UFS 主机控制器驱动的低功耗状态管理", [P("刘子涵", "vivo存储系统工程师")], H2),
        T("16:25", "16:50", "tmpfs 大页在构建集群中的使用体验", [P("曾志强", "OPPO 文件系统工程师")], H2),
        T("16:50", "17:15", "exFAT 驱动在车机 U 盘场景下的稳定性修复", [P("衣晓东", "长城汽车智能座舱软件工程师")], H2),
        T("17:15", "17:40", "SMB 内核客户端的断连恢复实践", [P("潘宇航", "统信软件文件系统工程师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "山东大学计算机科学与技术学院副教授"), [
        T("14:00", "14:20", "CPU 隔离场景下残留中断与定时器的清理", [P("冯　岚", "中国移动云能力中心内核工程师")], H3),
        T("14:20", "14:40", "基于 ARM64 SPE 的访存热点定位", [P("林嘉屹", "华为鲲鹏性能优化工程师")], H3),
        T("14:40", "15:00", "Measuring Real-Time Readiness with the osnoise Tracer",
          [P("Jakob Brandt", "Red Hat 实时内核工程师")], H3),
        T("15:00", "15:20", "一次由 RCU stall 引出的跨团队排障复盘", [P("邓浩宸", "百度系统内核工程师")], H3),
        T("15:20", "15:40", "PREEMPT_RT 进入主线后的第一年：PLC 控制器上的抖动实测", [P("蒋文昭", "中控技术嵌入式系统专家")], H3),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "tracepoint、kprobe 与 fentry 的开销账", [P("吕思彤", "美团基础架构内核工程师")], H3),
        T("16:30", "17:00", "系统级性能回退的自动二分：从基准测试到提交定位",
          [P("王海澜", "中兴通讯操作系统性能专家"), P("胡静姝", "中兴通讯操作系统工程师")], H3),
        T("17:00", "17:30", "SMT 兄弟核干扰的检测与调度规避", [P("董　毅", "腾讯云内核工程师")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "鲁东大学信息与电气工程学院副院长"), [
        T("14:00", "14:25", "龙芯 3C6000 服务器的 ACPI 适配", [P("田文龙", "龙芯中科内核工程师")], H4),
        T("14:25", "14:50", "海光 CSV3 机密容器的内存加密开销与优化", [P("袁志朋", "海光信息安全虚拟化工程师")], H4),
        T("14:50", "15:15", "ARM64 CPU 特性检测与 errata 规避机制解析", [P("李明翰", "飞腾信息技术内核工程师")], H4),
        T("15:15", "15:40", "Bringing Up Linux on a Custom Arm Server Board in Thirty Days",
          [P("周子谦", "平头哥半导体 内核工程师")], H4),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:25", "GPU 服务器上 PCIe 热插拔与 AER 错误恢复的稳定性问题",
          [P("陈佳豪", "联想服务器系统软件工程师"), P("朱晓琳", "联想服务器系统软件工程师")], H4),
        T("16:25", "16:50", "vDPA 框架下 DPU 存储卸载的驱动开发", [P("张鹏远", "中科驭数驱动开发工程师")], H4),
        T("16:50", "17:15", "x86 FRED 事件交付机制的内核支持解析", [P("石浩宇", "英特尔 软件工程师")], H4),
        T("17:15", "17:40", "申威处理器上 KVM 的移植进展", [P("姜　岩", "国家并行计算机工程技术研究中心工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "烟台大学计算机与控制工程学院教授"), [
        T("14:00", "14:20", "GPU 直连 RDMA 的 PCIe ACS 与 P2P 配置", [P("高鹏举", "百度智能云高性能网络工程师")], H5),
        T("14:20", "14:40", "CPU 推理任务的 sched_ext 对照实验", [P("谭　川", "阿里云调度系统工程师")], H5),
        T("14:40", "15:10", "BPF Arena and Kfuncs: Writing Stateful Programs Safely", [P("张博衍", "字节跳动系统技术工程师")], H5),
        T("15:10", "15:40", "checkpoint 集中写入时的脏页限流问题",
          [P("孔文涛", "智谱AI存储系统工程师"), P("孟晓彤", "清华大学博士研究生")], H5),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "AF_XDP 在推理服务 RPC 框架中的尝试", [P("王逸帆", "小红书基础架构网络工程师")], H5),
        T("16:30", "17:00", "GPU 共享容器的 cgroup 设备控制器扩展", [P("李梦溪", "商汤科技系统工程师")], H5),
        T("17:00", "17:30", "BPF LSM 规则热更新中的一致性问题", [P("陈雨禾", "深信服 安全研发工程师")], H5),
    ]),
]
SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]

SPONSORS = ["鲁东大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "小米", "蚂蚁集团",
            "龙芯中科", "统信软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "openKylin", "山东省计算机学会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "阅码场"]

# names of real speakers and hosts read on the real posters: set 170's list (set 133's plus 许琨嘉), copied; every
# name I could read in my strips of CLK2024/大会全议程.webp is in it.  The listings' names and deck titles are checked
# in check().
REAL_NAMES = sorted(set([
    "许琨嘉",
    "KuzinArtem", "LianboJiang", "付才", "伍勃", "伍勍", "何鲁港", "余昇锦", "余松平", "侯文龙", "刘守业", "刘忻", "刘海龙", "卢烈",
    "司延腾", "吴江波", "周俶易", "周傲易", "周威", "唐辉", "孙南勇", "宋卓", "宋恺睿", "宋牧春", "尹欣", "左泽", "巫强", "廖肇燕", "廖远鸿", "张友加",
    "张哲华", "张子扬", "张细锐", "张翼", "张雅兰", "张鹏", "彭志光", "徐静波", "慕冬亮", "晏艳", "曾庆凯", "朱彦军", "朱维希", "李培锋", "李志",
    "李扬韬", "李治军", "李泽帆", "李珍", "杜冬冬", "杨彦凝", "杨欢", "杨铠衔", "杨阳", "殷锋卫", "江锋", "潘睿", "王刘朴", "王子成", "王建政",
    "王海粟", "甄鹏", "白铠豪", "皮振伟", "祝嘉", "程杰", "罗宏震", "聂诚", "胡俊鹏", "胡璞", "荣乾锋", "蒲乐辉", "袁晓峰", "许珉嘉", "谈鉴锋",
    "谢旻晟", "谢昱晟", "谢柳杰", "谢欢", "谢淼", "谢雨来", "谢颂杨", "贺中坤", "赵天瑞", "赵宇", "赵桥", "路旭", "邹德清", "邹贻鹏", "郑堂权", "郑琦",
    "郑翔", "郭任", "郭健", "郭寒军", "郭纯海", "郭迎港", "陆扬", "陈凯", "陈华才", "陈培鸿", "陈越琦", "韩传华", "高亮", "黄睿", "黄靖", "黎红波",
    "龚睿奇"]))

# ---------------------------------------------------------------------------
# the colours: a deep ROSEWOOD page (a red-brown at the head, a near-black brown at the foot) where the organisers
# print royal blue, CHAMPAGNE-GOLD titles where they print cyan, AQUA labels where they print violet ones, pale
# blush company-job lines
TITLE = (246, 208, 132)
PALE = (236, 210, 204)  # the company-job lines and small print
SKY = (118, 222, 212)  # '主持人:' and '嘉　宾:' (aqua; the name SKY is kept from set 153)
LINE = (196, 128, 118)  # the time line
HEAD = (255, 246, 238)  # the forum headings
HOLE = (86, 30, 36)  # the hole of a pin
BG0, BG1 = (112, 42, 50), (34, 12, 16)
DEEP = (58, 20, 26)  # dark ink for shapes on the page
W = 1080


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between (the data holds them padded)."""
    return name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, an arc and small satellites (set 153's, recoloured)."""
    for r, col, wd in [(200, (164, 84, 90), 3), (160, (246, 200, 120), 6), (118, (255, 236, 214), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(246, 200, 120), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(136, 54, 62), outline=(255, 236, 214), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (255, 240, 220))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(170, 240, 232), width=3)


def seal(d, x, y, r, fill):
    """The school's seal: two rings and, inside, an open book over two waves (a school by the sea)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.line([(x - r / 2, y - r / 3.4), (x, y - r / 6), (x + r / 2, y - r / 3.4)], fill=fill, width=2)
    d.line([(x - r / 2, y + r / 12), (x, y + r / 5), (x + r / 2, y + r / 12)], fill=fill, width=2)
    d.line([(x, y - r / 6), (x, y + r / 5)], fill=fill, width=2)
    for k in range(2):
        yy = y + r / 2.6 + k * 6
        d.arc([x - r / 2, yy - 4, x, yy + 4], 180, 360, fill=fill, width=2)
        d.arc([x, yy - 4, x + r / 2, yy + 4], 0, 180, fill=fill, width=2)


def ripples(d, y0, y1, col, seed):
    """The sea's ripples: short horizontal dashes, denser and longer towards the bottom."""
    rnd = random.Random(seed)
    for _ in range(int((y1 - y0) * 0.9)):
        yy = rnd.uniform(y0, y1)
        t = (yy - y0) / max(1, y1 - y0)
        ln = 10 + 50 * t
        xx = rnd.uniform(-20, W)
        d.line([(xx, yy), (xx + ln, yy)], fill=col, width=2)


def lighthouse(d, x, base, col, lamp):
    """Yantai hill's lighthouse: a tapering tower with bands, a gallery, the lantern and its beams."""
    h, wb, wt = 150, 40, 26
    d.polygon([(x - wb / 2, base), (x + wb / 2, base), (x + wt / 2, base - h), (x - wt / 2, base - h)], fill=col)
    for k in range(1, 4):  # bands
        yy = base - h * k / 4
        half = (wb + (wt - wb) * k / 4) / 2
        d.line([(x - half, yy), (x + half, yy)], fill=lamp, width=2)
    d.rectangle([x - 24, base - h - 8, x + 24, base - h], fill=col)  # gallery
    d.rectangle([x - 14, base - h - 40, x + 14, base - h - 8], fill=lamp)  # lantern
    d.polygon([(x - 18, base - h - 40), (x + 18, base - h - 40), (x, base - h - 60)], fill=col)
    for dx in (-1, 1):  # two faint beams
        d.polygon([(x, base - h - 26), (x + dx * 200, base - h - 56), (x + dx * 200, base - h + 4)],
                  fill=(92, 46, 48))


def header(im, d):
    """The head: logo lines, the school with its college, the slanted edition title, ring, date pill, address
    ('地址:' inline, the hall over two lines, as the 2024 whole agenda prints it)."""
    logo_lines(d, 60, 56, WHITE, TITLE, 1.15)
    seal(d, 610, 84, 30, WHITE)
    d.text((654, 46), SCHOOL, font=font(36, True, serif=True), fill=WHITE)
    d.text((654, 94), SCHOOL_UNIT, font=font(22, True), fill=WHITE)
    d.text((654, 126), fits(d, SCHOOL_EN, font(10), 400), font=font(10), fill=PALE)
    ring_graphic(d, 810, 700)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=TITLE, width=4)
    d.line([(560, 530), (640, 510)], fill=TITLE, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 630, 80 + pw, 698
    d.polygon([(x0 + 14, y0), (x1, y0), (x1, y1 - 14), (x1 - 14, y1), (x0, y1), (x0, y0 + 14)], outline=TITLE,
              width=3)
    d.line([(x0 - 10, y0 + 16), (x0 - 10, y1 - 16)], fill=TITLE, width=5)
    d.line([(x1 + 10, y0 + 16), (x1 + 10, y1 - 16)], fill=TITLE, width=5)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, TITLE, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    af = font(36, True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= 600 for ln in lines), lines
    y = 780
    for ln in lines:
        d.text((84, y), ln, font=af, fill=WHITE)
        y += 56
    ripples(d, 1040, 1110, (128, 58, 64), 3811)  # faint sea ripples behind the head
    return 1120


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)举办至今已是第1806届，由清华大学、华为、阿里云、"
         "腾讯云、字节跳动、OPPO、vivo、荣耀、小米、蚂蚁集团、龙芯中科、统信软件等单位发起，以“自由、协作、"
         "创新”为理念，以开源技术的推广和普及为使命，促进 Linux 内核开发爱好者相互交流、共同进步。每届线下参会人数近"
         "600人，是国内 Linux 内核领域颇具影响力的技术盛会，诚邀广大 Linux 开发者和爱好者参加本次大会。",
         "本次大会由鲁东大学信息与电气工程学院承办，openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、openKylin、"
         "山东省计算机学会、CSDN、开源中国等单位共同支持。"]
# the whole agenda's measures, taken from the real 2024 one (set 106's, through 118, 130, 143 and 153): the range's
# left edge, the time line, the title column and its right end; the company-job line starts NAME_COL after a name
TX, LX, TT, XR = 106, 336, 382, 982
NAME_COL = 105
AFF_R = XR + 40  # the right end of a company-job line (it may run a little past the titles, as in 2024)


def intro_box(d, y):
    """A translucent box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = 60, W - 60
    f = font(25)
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - 150, bx1 - bx0 - 100]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * 48 + 100
    d.rectangle([bx0, y, bx1, y + h], fill=(124, 52, 60), outline=(214, 150, 146), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=TITLE, width=8)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=TITLE, width=8)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (100 if i == 0 else 50), yy), ln, font=f, fill=WHITE)
            yy += 48
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a gold-to-copper bar with a cut corner and the word in leaning white type."""
    w, h = 560, 90
    x0 = W / 2 - w / 2
    hgrad(d, x0 - 110, y + 54, x0 + 200, y + 64, (84, 30, 38), (250, 214, 150))
    hgrad(d, x0, y, x0 + w, y + h, (226, 170, 92), (196, 98, 76))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=DEEP)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=(255, 236, 206), width=6)
    slant_text(im, 0, y + 8, text, font(50, True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


HEADING_SIZES = []


def agenda_heading(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box '01'..'05', the topic and '分论坛' in leaning type (smaller only if it would not
    fit); the host at the right with the unit under it, or, where the heading leaves no room, on a line of its own
    under it between two short rules, as the organisers' 2024 whole agenda does (set 153's, recoloured)."""
    x = 70
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=TITLE)
        x += 84
        x = slant_text(im, x, y - 4, name, font(62, True), HEAD, 0.16)
    else:
        d.polygon([(x + 14, y + 6), (x + 104, y + 6), (x + 90, y + 80), (x, y + 80)], fill=(140, 58, 66),
                  outline=TITLE, width=3)
        d.line([(x + 2, y - 8), (x + 40, y - 8)], fill=WHITE, width=6)
        d.line([(x + 2, y - 8), (x - 6, y + 30)], fill=WHITE, width=6)
        slant_text(im, x + 16, y + 6, "%02d" % idx, font(48, True), TITLE, 0.2)
        x += 132
        size = 56
        while tw(d, topic_of(name) + "分论坛", font(size, True)) + 60 > XR + 20 - x and size > 44:
            size -= 2
        f = font(size, True)
        HEADING_SIZES.append(size)
        dy = (56 - size) // 2
        x = slant_text(im, x, y + 4 + dy, topic_of(name), f, HEAD, 0.16)
        x = slant_text(im, x + 22, y + 4 + dy, "分论坛", f, HEAD, 0.16)
    hf, nf, uf = font(30, True), font(30), font(17)
    label, who = "主持人:", pad(host[0])
    hw = tw(d, label, hf) + 8 + tw(d, who, nf)
    bw = max(hw, tw(d, host[1], uf))
    if x + 24 + bw <= XR + 30:
        hx = XR + 30 - bw
        d.text((hx, y + 4), label, font=hf, fill=SKY)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=WHITE)
        d.text((hx, y + 52), host[1], font=uf, fill=PALE)
        under, y = False, y + 104
    else:
        y += 100
        lw = hw + 20 + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - 130, y + 22), (lx - 20, y + 22)], fill=PALE, width=2)
        d.line([(lx + lw + 20, y + 22), (lx + lw + 130, y + 22)], fill=PALE, width=2)
        d.text((lx, y), label, font=hf, fill=SKY)
        d.text((lx + tw(d, label, hf) + 8, y), who, font=nf, fill=WHITE)
        d.text((lx + hw + 20, y + 10), host[1], font=uf, fill=PALE)
        under, y = True, y + 54
    hgrad(d, 70, y, XR + 30, y + 12, TITLE, (120, 48, 56))
    return y + 12 + 56, under


def person_line(d, y, sp):
    """One speaker: the (padded) name and the company-job line after it on the same line; a Latin name too, its
    line after it (as the organisers' 2024 whole agenda prints 'Lianbo Jiang' and his line)."""
    nf, af = font(29), font(18)
    name = pad(sp["name"])
    col = max(NAME_COL, tw(d, name, nf) + 18)
    d.text((TT, y), name, font=nf, fill=WHITE)
    d.text((TT + col, y + 10), fits(d, sp["line"], af, AFF_R - TT - col), font=af, fill=PALE)
    return y + 43


def agenda_row(d, y, s, log):
    """A talk: the range at the left, a dot on the time line, the gold title (greedy wrap), one line per speaker.
    A round table adds the aqua labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars (the range
    and the label); '开场' a row without a speaker."""
    rf = font(31, True)
    if s["kind"] == "break" and s["title"] != "开场":
        hgrad(d, TX - 6, y - 4, XR, y + 50, (214, 142, 92), (110, 42, 50))
        d.line([(TX - 6, y - 4), (XR, y - 4)], fill=(255, 226, 190), width=2)
        d.text((TX, y), rng(s), font=rf, fill=WHITE)
        DOTS.append((y + 23, WHITE))
        BARS.append((y - 4, y + 50))
        d.text((TT, y + 1), s["title"], font=font(29, True), fill=WHITE)
        return y + 50 + 52
    d.text((TX, y), rng(s), font=rf, fill=WHITE)
    y0 = y
    tf = font(29, True)
    tl = wrap(d, s["title"], tf, XR - TT)  # greedy, as the organisers' whole agenda breaks its titles
    for ln in tl:
        d.text((TT, y + 1), ln, font=tf, fill=TITLE)
        WRAPS.setdefault(s["title"], []).append(ln)
        y += 42
    log.append((s["title"], len(tl)))
    if s["kind"] == "panel":
        lf = font(27, True)
        for k, group in enumerate((s["sp"][:1], s["sp"][1:])):
            y += 8
            d.text((TT, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=SKY)
            y += 44
            for sp in group:
                y = person_line(d, y, sp)
    else:
        for sp in s["sp"]:
            y = person_line(d, y, sp)
    DOTS.append((y0 + 23, TITLE))
    return y + 34


WRAPS = {}  # each title's printed lines (the first pass and the real one print the same)
DOTS, BARS = [], []  # the dots and bars of the forum being painted (the time line is drawn between the bars)


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(248, 232, 228), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 46, y + h / 2, 24, WHITE)
        f = font(34, True, serif=True)
        d.text((x + 84, y + 10), fits(d, SCHOOL, f, w - 94), font=f, fill=WHITE)
        d.text((x + 86, y + 58), fits(d, SCHOOL_MARK, font(12, True), w - 94), font=font(12, True), fill=PALE)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
    if len(parts) == 2:
        ctext(d, x + w / 2, y + 8, parts[0], font(32, True), WHITE)
        ctext(d, x + w / 2, y + 54, "  ".join(parts[1]), font(17, True), WHITE)
        return
    size = 36 if name.isascii() else 34
    f = font(size, True, serif=(rnd.random() < 0.25 and not name.isascii()))
    while tw(d, name, f) > w - 40:
        size -= 2
        f = font(size, True)
    mark = rnd.random() < 0.5 and tw(d, name, f) + 52 <= w - 30
    tw_ = tw(d, name, f) + (52 if mark else 0)
    tx = x + (w - tw_) / 2
    if mark:
        d.ellipse([tx, y + h / 2 - 18, tx + 36, y + h / 2 + 18], outline=WHITE, width=4)
        d.ellipse([tx + 12, y + h / 2 - 6, tx + 24, y + h / 2 + 6], fill=WHITE)
        tx += 52
    d.text((tx, y + h / 2 - size * 0.7), fits(d, name, f, w - 30), font=f, fill=WHITE)


def units(d, y, names):
    bw, bh, gx, gy = 300, 92, 40, 34
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def gull(d, x, y, s, col):
    d.arc([x - s, y - s / 2, x, y + s / 2], 200, 340, fill=col, width=2)
    d.arc([x, y - s / 2, x + s, y + s / 2], 200, 340, fill=col, width=2)


def skyline(im, h):
    """The foot: Yantai: Yantai hill at the left with its lighthouse, the sea with a ferry and gulls, the low
    buildings of the school and a few towers of the new town on the right bank."""
    d = ImageDraw.Draw(im)
    base = h - 60
    far = (70, 26, 32)
    sea = base - 120
    d.rectangle([0, sea, W, base], fill=(44, 16, 22))
    ripples(d, sea + 6, base - 4, (96, 44, 50), 3812)
    d.polygon([(0, sea - 150), (60, sea - 190), (150, sea - 215), (240, sea - 205), (330, sea - 160),
               (420, sea - 80), (470, sea), (0, sea)], fill=far)  # the hill
    lighthouse(d, 200, sea - 205, (46, 16, 22), (250, 214, 150))
    for tx, tw_, th in [(700, 60, 260), (770, 44, 200), (824, 70, 300), (904, 52, 230), (966, 90, 180)]:
        d.rectangle([tx, sea - th, tx + tw_, sea], fill=(56, 20, 26))  # the new town's towers
        for wy in range(int(sea - th + 16), int(sea - 12), 26):
            for wx in range(tx + 10, tx + tw_ - 10, 18):
                d.rectangle([wx, wy, wx + 7, wy + 9], fill=(170, 110, 96))
    for bx, bw, bh in [(500, 90, 110), (596, 84, 86)]:  # the school's low buildings
        d.rectangle([bx, sea - bh, bx + bw, sea], fill=(40, 14, 20))
        for wy in range(int(sea - bh + 14), int(sea - 10), 22):
            for wx in range(bx + 12, bx + bw - 12, 24):
                d.rectangle([wx, wy, wx + 10, wy + 8], fill=(196, 140, 116))
    fx, fy = 420, sea + 46  # a ferry
    d.polygon([(fx, fy), (fx + 190, fy), (fx + 170, fy + 26), (fx + 14, fy + 26)], fill=(30, 10, 14))
    d.rectangle([fx + 40, fy - 24, fx + 140, fy], fill=(30, 10, 14))
    d.rectangle([fx + 60, fy - 40, fx + 110, fy - 24], fill=(30, 10, 14))
    for gx, gy, gs in [(560, sea - 260, 16), (610, sea - 300, 12), (640, sea - 240, 14), (330, sea - 320, 12)]:
        gull(d, gx, gy, gs, (214, 170, 160))
    d.rectangle([0, base, W, h], fill=(26, 8, 12))
    ctext(d, W / 2, h - 30, SCHOOL, font(20, True, serif=True), (248, 232, 228))


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + 80
    y = units(d, y, SPONSORS) + 80
    y = foot_plate(im, d, y, "支持单位") + 80
    y = units(d, y, SUPPORT) + 80
    y = foot_plate(im, d, y, "支持媒体") + 80
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 180, y, W / 2 + 180, y + 360], outline=WHITE, width=3)
    d.rectangle([W / 2 - 162, y + 18, W / 2 + 162, y + 342], fill=WHITE)
    qrcode(d, W / 2 - 144, y + 36, 288, 3811)
    y += 410
    slant_text(im, 0, y, "扫码报名", font(62, True), WHITE, 0.18, cx=W / 2)
    y += 116
    ctext(d, W / 2, y, "现场前300名签到可领取纪念品，先到先得", font(29), WHITE)
    ctext(d, W / 2, y + 50, "活动最终解释权归主办方所有", font(29), WHITE)
    y += 140
    slant_text(im, 0, y, "相聚黄海之滨 · 一同探索 Linux 内核之美", font(48, True), TITLE, 0.18, cx=W / 2)
    return int(y + 760)


def background(w, h):
    """A rosewood gradient (as the 2024 one is a flat royal blue), a lighter head, glows and streaks."""
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 700, 420, (255, 190, 110), 0.20)
    im = glow(im, 100, 1300, 320, (110, 220, 210), 0.10)
    for k, yy in enumerate(range(2600, h - 900, 1900)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (255, 190, 110) if k % 2 else (110, 220, 210), 0.07)
    im = glow(im, 540, h - 300, 500, (255, 190, 110), 0.12)
    d = ImageDraw.Draw(im)
    rnd = random.Random(3811)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(150, 70, 76), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 238, 214))
    for _ in range(16):  # thin light streaks down the page's edges
        sy = rnd.randrange(1600, h - 1400)
        sx = rnd.choice((rnd.randrange(0, 40), rnd.randrange(1000, 1060)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(120, 56, 62), width=2)
    skyline(im, h)
    return grain(im, 3811, 0.012)


FULL_LOG = {}


def paint_full(im, d):
    log, unders = [], []
    del HEADING_SIZES[:]
    y = header(im, d)
    y = intro_box(d, y) + 100
    y = foot_plate(im, d, y, "大会议程") + 110
    for idx, (name, host, slots) in enumerate(FORUMS):
        y, under = agenda_heading(im, d, y, idx, name, host)
        unders.append(under)
        top = y - 40
        del DOTS[:], BARS[:]
        for s in slots:
            y = agenda_row(d, y, s, log)
        ends_with_bar = slots[-1]["kind"] == "break" and slots[-1]["title"] != "开场"
        for k, (a, b) in enumerate(zip([top] + [e for _, e in BARS], [t for t, _ in BARS] + [y - 10])):
            if b > a and not (ends_with_bar and k == len(BARS)):  # no tail under a closing bar
                d.line([(LX, a), (LX, b)], fill=LINE, width=2)  # the time line, broken at the bars
        for cy, col in DOTS:
            d.ellipse([LX - 6, cy - 6, LX + 6, cy + 6], fill=col)
        hgrad(d, 70, y + 20, XR + 30, y + 26, (120, 48, 56), TITLE)
        y += 26 + 120
    FULL_LOG["titles"], FULL_LOG["unders"] = log, unders
    return footer(im, d, y)


# ===========================================================================
def truth_slot2(s):
    """A slot as truth.json gives it: titles as printed; names without spaces and padding; each speaker's
    company-job line exactly as printed; host null for breaks."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": [sp["line"] for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


NOTE = (
    'Same schema and conventions as posters-blind-43 (and -59, -106, -118, -130, -143, -153): speakers are '
    "names as printed with spaces and the padding of two-character names removed ('王\u3000超' -> '王超', '徐\u3000辰' -> "
    "'徐辰'; the Latin name 'Jakob Brandt' -> 'JakobBrandt'); host is the chair printed for the forum covering "
    'the slot, null for breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed; a '
    "welcome speech printed with a speaker ('嘉宾致辞', 09:05-09:15, 孙庆涛 of the host school, as the 2024 whole "
    "agenda prints its '嘉宾致辞') is a talk; '开场' (09:00-09:05, printed in the title column without a speaker), "
    "'茶歇' and '午餐' are breaks; '午餐' (12:10-14:00) closes 主论坛. ONE invented edition, CLK 3811 (第1806届, 烟台, "
    "host school 鲁东大学 with its 信息与电气工程学院 and English line at the top right, Saturday 3811-10-26), with CLK2025's "
    "six forum names in CLK2025's folder order (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI "
    "基础设施与 eBPF 应用分论坛' with its spaces), printed as CLK2025's repository holds an edition: ONE whole-agenda "
    "image, 'CLK3811全部议程.jpg' (JPEG q85, 1080 px wide), the six forums one under another, so this file has "
    'ONE entry holding six forums in printed order and every talk is listed once. 主论坛 runs in the morning, '
    "the five others in parallel from 14:00 (as in 2024); every forum's date is the edition's. The head (logo "
    "lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school and its college with its English name, '第1806届中国' "
    "/ 'Linux内核开发者大会', the ring '3811' / 'CLK', the date pill '3811年10月26日' + pin + '烟台', '地址:' and the hall "
    'over two lines), the framed introduction (two paragraphs naming companies and communities, no forum), '
    "'大会议程' on a plate, and the foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', two caption "
    "lines, the slogan '相聚黄海之滨 · 一同探索 Linux 内核之美', the school's name under the skyline) are never part of "
    "a name, a title or a slot. HEADINGS: '▶▶ 主论坛', or a slanted number box '01'..'05' followed by the forum's "
    "TOPIC and '分论坛' set APART with a gap, as the organisers' 2024 whole agenda sets them ('内存管理与优化  分论坛', "
    "'AI 基础设施与 eBPF 应用  分论坛', the last in slightly smaller type to fit): the forum is CLK2025's name, the "
    "gap and the numbers no part of it. The host is the name after the aqua '主持人:' (ASCII colon, as 2024 "
    "types it): at the RIGHT of 主论坛's heading with the unit under it (初立新); for the five afternoon forums, "
    'whose long names leave no room, on a line of its own UNDER the heading between two short rules with '
    'the unit beside it (as the 2024 whole agenda does for its one long heading), padded where the name has '
    "two characters ('徐\u3000辰'): 杨振东, 徐辰, 郭海鸥, 王兆明, 刘振国; the unit is no affiliation. ROWS: the range at the left "
    "('14:00-14:20'), a dot on a vertical time line, the CHAMPAGNE-GOLD title, then the speakers in small "
    'type, ONE LINE EACH, two speakers one under the other as 2024 prints them: the (padded) name and the '
    'company-job line beside it; each affiliation is that line EXACTLY as printed, typed as the designer '
    "typed it (mostly without a space between company and job, '阿里云内核研发工程师', 'vivo存储系统工程师', '腾讯TencentOS内核负责人', "
    "'华为openEuler技术委员会委员', '智谱AI存储系统工程师'; with a space where typed, 'OPPO 内核内存管理专家', 'SUSE 文件系统工程师', 'OPPO "
    "文件系统工程师', 'Red Hat 实时内核工程师', '平头哥半导体 内核工程师', '英特尔 软件工程师', '深信服 安全研发工程师'). The one LATIN name stands "
    "like the others, its company-job line BESIDE it on the same line, as the 2024 whole agenda prints 'Lianbo "
    "Jiang' ('Jakob Brandt  Red Hat 实时内核工程师', 调度、性能与调试分论坛 14:40-15:00, under the English title 'Measuring "
    "Real-Time Readiness with the osnoise Tracer', over two lines). TWO SPEAKERS (six talks, one per forum) "
    'are given top then bottom, each with the line beside his own name: 王超 and 刘雁南 (荣耀终端, two jobs), 张雨萌 '
    'and 郑恺文 (小米, the SAME line twice, as 2024 repeats a line), 唐俊熙 and 彭帆 (蚂蚁集团, two jobs), 王海澜 and 胡静姝 '
    '(中兴通讯, two jobs), 陈佳豪 and 朱晓琳 (联想, the same line twice), 孔文涛 (智谱AI) and 孟晓彤 (清华大学). No talk has more '
    "than two speakers. TITLES wrap greedily in the title column, as the organisers' whole agenda breaks "
    'them; a title over two lines is ONE title, given as the designer typed it: a space between Latin words '
    "(also where the line breaks between them: 'Living Downstream, Thinking Upstream:' / 'Running a Vendor "
    "Kernel Team'; also where a Chinese title breaks at the space after a Latin word: '…从 FPGA' / '原型到主线合入', "
    "joined with that space), none inside Chinese text, also where the break falls inside a word ('…温控策' "
    "/ '略的协同设计', '…PLC 控' / '制器上的抖动实测', '…从基准测试到提' / '交定位'; the others break between words, '…从 soft offline 到' / '整页下线', '…驱动开发者该' / '如何准备'); fourteen titles take two "
    "lines, none more. The ROUND TABLE (主论坛, 11:30-12:10, kind 'panel') is one row '圆桌论坛:Rust 进入内核之后，驱动开发者该如何准备' "
    "over two lines (the label '圆桌论坛:' kept in the title, with its ASCII colon, as the real 2024 whole agenda "
    "prints its round table; the full-width comma as printed), an aqua '主持人:' line over the moderator's line "
    "and an aqua '嘉\u3000宾:' line over four guests' lines; its speakers are the moderator and then the guests "
    'in printed order (何建明; 马骁骋, 周婉宁, 宋振邦, 于海澄), its affiliations their printed lines; the labels are no '
    "part of a name, and the moderator is a SPEAKER, not the forum's host (初立新), although his label reads "
    "'主持人:' like the host's. '茶歇' and '午餐' are copper-to-rosewood bars holding the range, a dot and the label "
    "only: 主论坛 has a morning 茶歇 10:15-10:30 and ends with '午餐' 12:10-14:00; every afternoon forum has one "
    "茶歇 15:40-16:00 (as all four 2024 forums): 内存管理与优化 and 'AI 基础设施与 eBPF 应用' on the 2024 grid (two talks "
    'of 20 minutes, two of 30, tea, three of 30; seven talks, to 17:30), 文件系统与存储 and 硬件架构与异构计算 on a 25-minute '
    'grid (four talks, tea, four talks; to 17:40), 调度、性能与调试 with five talks of 20 minutes before the tea '
    "and three of 30 after it (to 17:30). ENGLISH-ONLY titles (six, all over two lines): 'Living Downstream, "
    "Thinking Upstream: Running a Vendor Kernel Team' (主论坛, by 李晓岑, a Chinese speaker), 'DAMON-Based Proactive "
    "Reclaim: Numbers from a Mobile Fleet', 'Block Layer IO Priorities: Do They Actually Help Tail Latency?' "
    "(with its question mark), 'Measuring Real-Time Readiness with the osnoise Tracer' (the Latin speaker's), "
    "'Bringing Up Linux on a Custom Arm Server Board in Thirty Days', 'BPF Arena and Kfuncs: Writing Stateful "
    "Programs Safely'; other titles mix Chinese with Latin words ('tracepoint、kprobe 与 fentry 的开销账', 'SMB "
    "内核客户端的断连恢复实践'). SURNAMES in roughly the proportions of the population (59 Chinese names: 王 4, 李 4, 张 "
    '4, 刘 3, 陈 3 (18, 31 %), 周 2, one each of 杨, 黄, 赵, 吴, 徐, 孙, 马, 胡, 朱, 郭, 何, 高, 林 (33 of the twenty commonest, '
    '56 %), then one each of other common ones), two uncommon ones of the Jiaodong peninsula: 初 (初立新, the '
    'host of 主论坛) and 衣 (衣晓东, a speaker); no compound surname; eight two-character names, padded. No person '
    'is printed twice.'
)


def layout(size):
    return ("%s (第1806届), 烟台, %s (JPEG q85, %d x %d): THE WHOLE AGENDA after the organisers' CLK2024 "
            "大会全议程.webp, recoloured a deep ROSEWOOD page with CHAMPAGNE-GOLD titles and AQUA labels: the head, a "
            "framed introduction, '大会议程' on a plate, then the six forums one under another, each under a heading "
            "('▶▶ 主论坛' with the host at the right, or a number box '01'..'05' with the topic and '分论坛' set apart "
            "and the host on a line under the heading); each talk a row: range, dot on a time line, gold title "
            "(greedy wrap), then one line per speaker 'padded name  company-job' (the Latin name too, its line beside "
            "it; two speakers one under the other); '开场' and '嘉宾致辞' first; the round table with aqua '主持人:' and "
            "'嘉　宾:' lines; 茶歇 and 午餐 as bars (a morning tea in 主论坛, 15:40-16:00 in every afternoon forum); the "
            "foot with sponsors, supporters, media, a QR code and Yantai's skyline (Yantai hill and its lighthouse, "
            "the sea with a ferry and gulls, the school and the new town). "
            "6 + 7 + 8 + 8 + 8 + 7 = 44 scored talks (the round table and the opening speech among them)."
            % ((EDITION, DATE) + size))


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104, 106, 118, 130, 143 and 153)."""
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


COMMON = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")  # the 100
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = ["初", "衣"]  # both surnames of the Jiaodong peninsula, rare in the country as a whole


def check(poster):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; surnames mostly of the hundred most common."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2024 was the 19th
    assert [f[0] for f in FORUMS] == SIX
    people = []
    for _, host, slots in FORUMS:
        people.append(plain(host[0]))
        people += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    chinese = [p for p in people if not p.isascii()]
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    assert len(chinese) == 59 and {k: v for k, v in counts.items() if v > 1} == {
        "王": 4, "李": 4, "张": 4, "刘": 3, "陈": 3, "周": 2}, counts
    top5 = sum(1 for p in chinese if p[0] in TOP5)
    top20 = sum(1 for p in chinese if p[0] in TOP20)
    assert (top5, top20) == (18, 33), (top5, top20)
    assert all(2 <= len(p) <= 3 for p in chinese)
    printed = [host[0] for _, host, _ in FORUMS] + [sp["name"] for f in FORUMS for s in f[2] for sp in s["sp"]]
    for n in printed:  # two-character names padded, no other
        assert n.isascii() or (len(plain(n)) == 2) == ("\u3000" in n), n
    real = listing_words()
    titles = [s["title"] for f in FORUMS for s in f[2] if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in people + [t for t in titles if t != "嘉宾致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [f["forum"] for f in poster["forums"]] == SIX
    for f in poster["forums"]:
        assert f["date"] == DATE
        ends = [(s["start"], s["end"]) for s in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
            assert s["start"] < s["end"]
            assert len(s["affiliations"]) == len(s["speakers"])
            assert s["kind"] == "break" or 1 <= len(s["speakers"]) <= (5 if s["kind"] == "panel" else 2)
    slots = [s for f in FORUMS for s in f[2]]
    assert [s["kind"] for s in slots].count("panel") == 1
    assert sum(1 for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2) == 6
    assert all(len(s["sp"]) <= 2 for s in slots if s["kind"] == "talk")
    assert sum(1 for s in slots if s["kind"] == "talk" and s["title"].isascii()) == 6
    assert sum(1 for s in slots for sp in s["sp"] if latin(sp["name"])) == 1
    assert [s["title"] for s in FORUMS[0][2][:2]] == ["开场", "嘉宾致辞"] and FORUMS[0][2][0]["start"] == "09:00"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "14:00"
    assert [s["start"] for s in FORUMS[0][2] if s["title"] == "茶歇"] == ["10:15"]
    assert all(f[2][0]["start"] == "14:00" for f in FORUMS[1:])
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ["17:30", "17:40", "17:30", "17:40", "17:30"]
    assert all([(s["start"], s["end"]) for s in f[2] if s["title"] == "茶歇"] == [("15:40", "16:00")]
               for f in FORUMS[1:])
    assert [sum(1 for s in f[2] if s["kind"] != "break") for f in FORUMS] == [6, 7, 8, 8, 8, 7]
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    return len(titles)


def main():
    im = two_pass(W, paint_full, background)
    path = os.path.join(HERE, FULL_FN)
    assert im.size[0] == W
    im.save(path, "JPEG", quality=85)
    size = os.path.getsize(path)
    print(FULL_FN, "%d x %d" % im.size, size)
    assert 12000 <= im.size[1] <= 20000, im.size
    assert 1_200_000 <= size <= 3_500_000, size
    poster = {"file": FULL_FN, "layout": layout(im.size), "date": DATE,
              "forums": [{"forum": name, "date": DATE, "slots": [truth_slot2(s) for s in slots]}
                         for name, _, slots in FORUMS]}
    n = check(poster)
    print("scored talks", n)
    assert 42 <= n <= 55, n
    lines = dict(FULL_LOG["titles"])
    wrapped = {t: k for t, k in lines.items() if k > 1}
    print("hosts under headings:", FULL_LOG["unders"])
    print("afternoon heading sizes:", HEADING_SIZES)
    print("titles over 2+ lines:", len(wrapped))
    for t, k in wrapped.items():
        print("  ", " / ".join(WRAPS[t][:k]))
    assert FULL_LOG["unders"] == UNDERS, FULL_LOG["unders"]
    assert max(lines.values()) == 2
    assert sorted(wrapped) == sorted(WRAPPED), sorted(wrapped)
    truth = {"written": "2026-12-10", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


UNDERS = [False, True, True, True, True, True]
WRAPPED = ["软件定义汽车时代的 Linux 内核：实时、安全与量产",
           "Living Downstream, Thinking Upstream: Running a Vendor Kernel Team",
           "折叠屏手机的内核能效：大小核调度与温控策略的协同设计",
           "开源 RISC-V 高性能核的内核适配：从 FPGA 原型到主线合入",
           "圆桌论坛:Rust 进入内核之后，驱动开发者该如何准备",
           "DAMON-Based Proactive Reclaim: Numbers from a Mobile Fleet",
           "内存 ECC 错误的在线隔离：从 soft offline 到整页下线",
           "Block Layer IO Priorities: Do They Actually Help Tail Latency?",
           "Measuring Real-Time Readiness with the osnoise Tracer",
           "PREEMPT_RT 进入主线后的第一年：PLC 控制器上的抖动实测",
           "系统级性能回退的自动二分：从基准测试到提交定位",
           "Bringing Up Linux on a Custom Arm Server Board in Thirty Days",
           "GPU 服务器上 PCIe 热插拔与 AER 错误恢复的稳定性问题",
           "BPF Arena and Kfuncs: Writing Stateful Programs Safely"]  # the titles printed over two lines

if __name__ == "__main__":
    main()
