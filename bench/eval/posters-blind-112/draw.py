"""Draw the hundred-and-twelfth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK3121全部议程.jpg and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 3121 (第1116届, 唐山, 华北理工大学, Saturday 3121-10-22), with
CLK2025's six forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛,
硬件架构与异构计算分论坛, AI 基础设施与 eBPF 应用分论坛), printed as CLK2025's repository
holds an edition: ONE whole-agenda image, here 'CLK3121全部议程.jpg' (JPEG q85, 1242 px
wide), in the family of the organisers' CLK2024 大会全议程.webp (head, introduction box,
'大会议程' plate, forum headings, timeline rows, tea bars, the foot with sponsors, QR code
and a skyline) in a NEW colour scheme: deep PETROL where 2024 prints royal blue, LIME
titles where it prints cyan, ORANGE labels where it prints violet ones.  主论坛 runs across
the page; the afternoon forums stand TWO SIDE BY SIDE in narrow columns (01 | 02, then
03 | 04), each column with its own heading, host, time line and closing rule; the last
forum (05) stands alone, across the page.

Helpers copied unchanged from posters-blind-106/draw.py (which has them from sets 104,
79, 66, 65, 62 and 59): font .. hgrad (see README.md for the list); the painters are
set 106's header, ring_graphic, seal, intro_box, foot_plate, agenda_heading, person_line,
agenda_row, unit_box, units, footer and background, rescaled to 1242 px, recoloured and
reworked for the columns.
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
# CLK 3121 (第1116届), 唐山, 华北理工大学, Saturday 3121-10-22.  主论坛 in the morning (09:00-14:00, lunch
# included), the five other forums in parallel in the afternoon from 14:00, as in 2024.
EDITION = "CLK 3121"
YEAR = "3121"
NTH = "第1116届中国"
DATE = "3121-10-22"
DATE_PRINTED = "3121年10月22日"
CITY = "唐山"
SCHOOL = "华北理工大学"
SCHOOL_UNIT = "人工智能学院"
SCHOOL_EN = "College of Artificial Intelligence, North China University of Science and Technology"
SCHOOL_MARK = "NORTH CHINA UNIVERSITY OF SCIENCE AND TECHNOLOGY"
HALL = "华北理工大学曹妃甸校区 图书馆一楼学术报告厅"  # printed over two lines, broken at the space
FULL_FN = "CLK3121全部议程.jpg"


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return S(name, None, None, None, line=line)


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


FORUMS = [
    ("主论坛", ("滑立军", "华北理工大学人工智能学院院长、教授"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [P("郄宏伟", "华北理工大学副校长")], "滑立军"),
        T("09:20", "09:50", "操作系统内核的下一个十年：异构算力与安全隔离",
          [P("冀文涛", "中国科学院软件研究所研究员")], "滑立军"),
        T("09:50", "10:20", "Upstream First: How a Distro Team Halved Its Out-of-Tree Patches",
          [P("关海鹏", "麒麟软件内核首席架构师")], "滑立军"),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "智能座舱 Linux 的启动时延与实时性优化实践",
          [P("贾志远", "长城汽车操作系统架构师"), P("亢晓雯", "长城汽车系统软件工程师")], "滑立军"),
        T("11:05", "11:35", "宿主机内核不停机升级：虚拟机状态保存与 kexec 快速重启",
          [P("巩一鸣", "京东云操作系统负责人")], "滑立军"),
        PANEL("11:35", "12:20", "AI 原生时代，操作系统内核还需要什么",
              [P("仉建华", "OpenAnolis 龙蜥社区技术委员会委员"),
               P("司徒嘉", "腾讯云 TencentOS 内核负责人"),
               P("笪　琳", "阿里云基础软件部高级技术专家"),
               P("边海洋", "华为 openEuler 内核 Maintainer"),
               P("郗子航", "北京大学计算机学院研究员")], "滑立军"),
        B("12:20", "14:00", "午餐"),
    ]),
    ("内存管理与优化分论坛", ("佘文斌", "中国科学院计算技术研究所副研究员"), [
        T("14:00", "14:30", "slab 对象跨 NUMA 节点释放的开销与优化", [P("禚明轩", "字节跳动 Linux 内核工程师")], "佘文斌"),
        T("14:30", "15:00", "Reclaiming Empty Page Table Pages at Scale",
          [P("Bartosz Zielinski", "英特尔开源技术中心高级软件工程师")], "佘文斌"),
        T("15:00", "15:30", "1G 大页在数据库实例中的预留、迁移与回收",
          [P("蒲佳音", "蚂蚁集团基础设施内核专家"), P("逄　晨", "蚂蚁集团数据库内核工程师")], "佘文斌"),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "多级 cgroup 下 memory.low 保护失效的分析与修复",
          [P("訾海龙", "腾讯云 TencentOS 内核工程师")], "佘文斌"),
        T("16:20", "16:50", "KSM 在虚拟机高密部署中的合并收益与安全权衡", [P("嵇　雪", "天翼云虚拟化研发工程师")],
          "佘文斌"),
        T("16:50", "17:10", "批量页面迁移：降低 NUMA balancing 的 TLB 刷新开销",
          [P("宁致远", "海光信息系统软件工程师")], "佘文斌"),
        T("17:10", "17:30", "Android 低内存管理：从 lmkd 到基于 PSI 的分级回收",
          [P("卓思源", "荣耀终端有限公司 OS 内核专家")], "佘文斌"),
        T("17:30", "17:50", "CMA 分配失败的成因分析与碎片治理实践",
          [P("桑晓彤", "OPPO 广东移动通信有限公司|内核开发工程师")], "佘文斌"),
    ]),
    ("文件系统与存储分论坛", ("甘立峰", "南开大学计算机学院教授"), [
        T("14:00", "14:30", "FUSE over io_uring：用户态文件系统的新 IO 通道", [P("鞠浩然", "字节跳动存储内核工程师")],
          "甘立峰"),
        T("14:30", "15:00", "Reducing fsync Latency on Mobile Flash Storage",
          [P("汤若溪", "vivo 存储系统工程师"), P("伏明哲", "vivo 文件系统工程师")], "甘立峰"),
        T("15:00", "15:30", "ext4 fast commit 在小文件同步写场景的收益评估", [P("简　宁", "华为文件系统技术专家")],
          "甘立峰"),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "NVMe FDP 数据放置在日志型存储中的应用", [P("储一航", "浪潮信息存储软件工程师")], "甘立峰"),
        T("16:20", "16:50", "composefs 与 overlayfs：容器镜像完整性校验的两条路径",
          [P("萧静怡", "红帽软件（北京）有限公司|高级软件工程师")], "甘立峰"),
        T("16:50", "17:20", "Btrfs RAID1 读负载均衡策略的改进与评测", [P("况　雨", "SUSE 软件工程师")], "甘立峰"),
        T("17:20", "17:50", "blk-mq 调度器在高并发 NVMe 上的选择与调优", [P("鲍志新", "美团基础研发平台系统工程师")],
          "甘立峰"),
    ]),
    ("调度、性能与调试分论坛", ("葛春燕", "阿里云操作系统团队技术专家"), [
        T("14:00", "14:30", "Chiplet 处理器上调度域拓扑的建模问题", [P("鄂振华", "AMD 上海研发中心软件工程师")], "葛春燕"),
        T("14:30", "15:00", "uclamp 在手机前台交互场景的效果与副作用",
          [P("米思琪", "OPPO 内核调度专家"), P("芮　航", "OPPO 性能优化工程师")], "葛春燕"),
        T("15:00", "15:20", "Tracing Lock Holder Preemption in Guest Kernels", [P("雍子健", "阿里云虚拟化内核工程师")],
          "葛春燕"),
        T("15:20", "15:40", "perf c2c 定位伪共享：三个线上案例", [P("虞晨曦", "快手系统性能工程师")], "葛春燕"),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "大内存机器上 kdump 转储的加速与裁剪", [P("龚丽娟", "中兴通讯操作系统工程师")], "葛春燕"),
        T("16:30", "17:00", "PREEMPT_RT 合入主线之后：工业控制场景下的实时性验证与延迟分析", [P("党建斌", "麒麟软件嵌入式系统工程师")],
          "葛春燕"),
        T("17:00", "17:20", "fprobe 替代多重 kprobe 挂载的开销对比", [P("Kaiwen Luo", "网易数帆内核工程师")], "葛春燕"),
        T("17:20", "17:40", "nohz_full 隔离核上残余中断的排查方法", [P("查文静", "京东零售基础架构工程师")], "葛春燕"),
    ]),
    ("硬件架构与异构计算分论坛", ("隗建国", "龙芯中科技术股份有限公司副总工程师"), [
        T("14:00", "14:30", "ARM64 MPAM：缓存与内存带宽隔离的内核接口", [P("迟小军", "华为鲲鹏计算软件工程师")],
          "隗建国"),
        T("14:30", "15:00", "RISC-V AIA 中断控制器的驱动支持进展", [P("钱梓萌", "平头哥半导体系统软件工程师")], "隗建国"),
        T("15:00", "15:30", "Confidential VMs on Hygon CSV: Guest Kernel Changes", [P("孟兆麟", "海光信息安全虚拟化工程师")],
          "隗建国"),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "CXL 内存设备的 RAS 事件上报与处理",
          [P("帅　可", "阿里云服务器研发工程师"), P("邓佳慧", "上海交通大学博士研究生")], "隗建国"),
        T("16:20", "16:50", "飞腾平台 PCIe 热插拔的稳定性问题分析", [P("冉书铭", "飞腾信息技术有限公司系统软件工程师")],
          "隗建国"),
        T("16:50", "17:20", "NPU 驱动接入 accel 子系统的实践与经验", [P("东方睿", "算能科技驱动开发工程师")], "隗建国"),
        T("17:20", "17:50", "LoongArch 平台 KASAN 与 KFENCE 的支持", [P("岳明杰", "龙芯中科内核开发工程师")], "隗建国"),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", ("苟　宁", "中国电信天翼云操作系统首席架构师"), [
        T("14:00", "14:30", "GPUDirect Storage 在大模型训练中的 IO 路径优化实践", [P("闻博远", "百度智能云 AI 基础设施工程师")],
          "苟宁"),
        T("14:30", "15:00", "用 eBPF 观测 RoCE 网络：从丢包定位到拥塞分析", [P("仲雅婷", "阿里云网络内核工程师")], "苟宁"),
        T("15:00", "15:30", "Offloading KV Cache to Host Memory: What the Kernel Can Do",
          [P("楚天宇", "月之暗面系统工程师")], "苟宁"),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "XDP 在推理网关负载均衡中的落地",
          [P("冷一凡", "小红书云原生网络工程师"), P("沃晓晨", "小红书网络研发工程师")], "苟宁"),
        T("16:20", "16:50", "bpf_arena：用户态与内核态共享数据结构的新方式", [P("于　浩", "字节跳动 STE 团队内核工程师")],
          "苟宁"),
        T("16:50", "17:20", "训练任务 checkpoint 写入风暴下的 cgroup IO 限流策略", [P("麦思远", "商汤科技系统软件工程师")], "苟宁"),
        T("17:20", "17:40", "万节点 Kubernetes 集群中 eBPF 网络策略的规模化挑战", [P("裴晓东", "携程云原生平台工程师")],
          "苟宁"),
        T("17:40", "18:00", "基于 sched_ext 的推理服务 CPU 调度定制", [P("瞿佳宁", "哔哩哔哩基础架构工程师")], "苟宁"),
    ]),
]
SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]
PAIRS = [(1, 2), (3, 4)]  # the afternoon forums set side by side (left, right); 5 stands alone across the page

SPONSORS = ["华北理工大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "蚂蚁集团", "龙芯中科",
            "麒麟软件", "海光信息"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "统信软件", "河北省计算机学会", "唐山市科学技术协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux 中国"]

# names of real speakers and hosts read on the real posters: set 106's list (set 104's and 79's, taken from the
# CLK2024 posters as pictures); my own crops of CLK2024/大会全议程.webp showed no name outside it.  The
# listings' names and deck titles are checked in check().
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "王建政", "郑翔", "李志", "伍勃", "李扬韬", "邹贻鹏",
              "廖肇燕", "LianboJiang", "慕冬亮", "甄鹏", "谢雨来"]

# ---------------------------------------------------------------------------
# the colours: deep PETROL (where the organisers print royal blue), LIME (where they print cyan), ORANGE labels
LIME = (204, 244, 82)
PALE = (176, 222, 224)  # the company-job lines and small print
ORANGE = (255, 158, 70)  # '主持人:' and '嘉　宾:'
LINE = (120, 214, 196)  # the time line
HOLE = (0, 70, 90)  # the hole of a pin
BG0, BG1 = (0, 88, 110), (0, 64, 84)
BOX = (8, 110, 130)  # the number boxes and the introduction's box
W = 1242
K = 1.15  # the 2024 whole agenda's measures (1080 px) scaled to this page's width


def s(v):
    return round(v * K)


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: rings, arcs and small satellites (set 106's, rescaled and recoloured)."""
    for r, col, wd in [(s(200), (40, 150, 160), 3), (s(160), (150, 230, 90), 6), (s(118), (210, 250, 150), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - s(240), cy - s(150), cx + s(240), cy + s(150)], 200, 340, fill=(150, 230, 90), width=9)
    d.ellipse([cx - s(78), cy - s(78), cx + s(78), cy + s(78)], fill=(0, 124, 140), outline=(210, 250, 150), width=4)
    ctext(d, cx, cy - s(52), YEAR, font(s(22), True), (226, 255, 190))
    ctext(d, cx, cy - s(30), "CLK", font(s(56), True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + s(230) * math.cos(math.radians(ang)), cy + s(140) * math.sin(math.radians(ang))
        d.ellipse([sx - s(20), sy - s(20), sx + s(20), sy + s(20)], outline=(210, 250, 150), width=3)


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def header(im, d):
    """The head: logo lines, the school with its college, the slanted edition title, ring, date pill, address
    ('地址:' inline, the hall over two lines, as the 2024 whole agenda prints it)."""
    logo_lines(d, s(60), s(56), WHITE, LIME, 1.15 * K)
    seal(d, s(640), s(84), s(30), WHITE)
    d.text((s(684), s(46)), SCHOOL, font=font(s(30), True, serif=True), fill=WHITE)
    d.text((s(684), s(88)), SCHOOL_UNIT, font=font(s(22), True), fill=WHITE)
    ef = font(s(10))
    for i, ln in enumerate(wrap(d, SCHOOL_EN, ef, W - s(684) - 40)):  # the English name over two lines
        d.text((s(684), s(120) + i * s(14)), ln, font=ef, fill=PALE)
    ring_graphic(d, s(810), s(700))
    slant_text(im, s(70), s(262), NTH, font(s(92), True), WHITE, 0.16)
    slant_text(im, s(70), s(384), "Linux内核开发者大会", font(s(88), True), WHITE, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(s(90 + i * 18), s(530)), (s(100 + i * 18), s(530))], fill=LIME, width=5)
    d.line([(s(560), s(530)), (s(640), s(510))], fill=LIME, width=3)
    pf = font(s(34), True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + s(100)
    x0, y0, x1, y1 = s(80), s(630), s(80) + pw, s(698)
    c = s(14)
    d.polygon([(x0 + c, y0), (x1, y0), (x1, y1 - c), (x1 - c, y1), (x0, y1), (x0, y0 + c)], outline=LIME, width=3)
    d.text((x0 + s(26), y0 + s(10)), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + s(26) + tw(d, DATE_PRINTED, pf) + s(10)
    pin(d, px, y0 + s(18), LIME, 1.1 * K)
    d.text((px + s(30), y0 + s(10)), CITY, font=pf, fill=WHITE)
    af = font(s(36), True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= s(600) for ln in lines), lines
    y = s(780)
    for ln in lines:
        d.text((s(84), y), ln, font=af, fill=WHITE)
        y += s(56)
    for i in range(8):  # faint chimneys and headframes behind the head, as the 2024 head shows its city
        hx = s(60 + i * 44)
        d.rectangle([hx, s(1010 - (i * 37) % 90), hx + s(30), s(1080)], outline=(30, 128, 146), width=2)
    return s(1120)


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)举办至今已第1116届，由国内高校与华为、阿里云、"
         "腾讯云、字节跳动、OPPO、vivo、荣耀、蚂蚁集团、龙芯中科、麒麟软件、海光信息等单位发起，以“自由 协作 创新”为"
         "理念，以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。每届线下参会人数逾500人，"
         "诚邀广大 Linux 开发者和爱好者参加本次大会。",
         "本次大会由华北理工大学承办，openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、统信软件、河北省计算机学会、"
         "唐山市科学技术协会、CSDN 等单位共同支持。"]


def intro_box(d, y):
    """A translucent box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = s(60), W - s(60)
    f = font(s(25))
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - s(150), bx1 - bx0 - s(100)]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * s(48) + s(100)
    d.rectangle([bx0, y, bx1, y + h], fill=BOX, outline=(120, 210, 210), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + s(60) * sx, cy - 6 * sy)], fill=LIME, width=9)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + s(60) * sy)], fill=LIME, width=9)
    yy = y + s(50)
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (s(100) if i == 0 else s(50)), yy), ln, font=f, fill=WHITE)
            yy += s(48)
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a lime-to-teal bar with a cut corner and the word in leaning white type."""
    w, h = s(560), s(90)
    x0 = W / 2 - w / 2
    hgrad(d, x0 - s(110), y + s(54), x0 + s(200), y + s(64), (20, 110, 130), (190, 240, 90))
    hgrad(d, x0, y, x0 + w, y + h, (120, 200, 60), (0, 140, 150))
    d.polygon([(x0 + w - s(30), y), (x0 + w, y), (x0 + w, y + s(30))], fill=BG1)
    d.line([(x0 + w - s(100), y - s(14)), (x0 + w + s(90), y - s(14))], fill=(210, 250, 150), width=7)
    slant_text(im, 0, y + s(8), text, font(s(50), True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


class G:
    """The measures of a run of rows: the range's left edge, the time line, the title column and its right end,
    and the type sizes; FULL is the 2024 whole agenda's x 1.15, a column's are narrowed for half the page."""

    def __init__(self, tx, lx, tt, xr, rf, tf, tp, nf, af, ncol, npitch, apitch, gap, bar, over):
        self.tx, self.lx, self.tt, self.xr = tx, lx, tt, xr
        self.rf, self.tf, self.tp, self.nf, self.af = rf, tf, tp, nf, af
        self.ncol, self.npitch, self.apitch, self.gap, self.bar, self.over = ncol, npitch, apitch, gap, bar, over


FULL = G(s(106), s(336), s(382), s(982), 35, 33, 48, 33, 21, s(105), 49, 28, 40, 60, 40)
COL_W = 552  # a column's width; two of them and a gap of 50 fill the page between margins of 44
COL_X = (44, 44 + COL_W + 50)


def col_g(x0):
    return G(x0 + 4, x0 + 150, x0 + 170, x0 + COL_W, 23, 26, 37, 25, 17, 86, 38, 24, 30, 46, 0)


HEAD_LOG = []  # (forum, heading size, host under?) of every heading painted


def number_box(im, d, x, y, idx, k):
    """The slanted number box '01'..'05' with its white corner stroke, k its scale."""
    d.polygon([(x + 14 * k, y + 6 * k), (x + 104 * k, y + 6 * k), (x + 90 * k, y + 80 * k), (x, y + 80 * k)],
              fill=BOX, outline=LIME, width=3)
    d.line([(x + 2 * k, y - 8 * k), (x + 40 * k, y - 8 * k)], fill=WHITE, width=max(3, round(6 * k)))
    d.line([(x + 2 * k, y - 8 * k), (x - 6 * k, y + 30 * k)], fill=WHITE, width=max(3, round(6 * k)))
    slant_text(im, x + 16 * k, y + 6 * k, "%02d" % idx, font(round(48 * k), True), LIME, 0.2)
    return x + 132 * k


def heading_full(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box and the topic and '分论坛' in leaning type; the host at the right with the unit
    under it, or, where the heading leaves no room, on a line of its own under it between two rules (as 2024)."""
    g = FULL
    x = s(70)
    if idx == 0:
        for j in range(2):
            d.polygon([(x + s(j * 30), y + s(22)), (x + s(j * 30 + 26), y + s(44)), (x + s(j * 30), y + s(66))],
                      fill=LIME)
        x += s(84)
        x = slant_text(im, x, y - 4, name, font(s(62), True), WHITE, 0.16)
        size = s(62)
    else:
        x = number_box(im, d, x, y, idx, K)
        size = s(58)
        while tw(d, topic_of(name) + "分论坛", font(size, True)) + s(60) > g.xr + s(20) - x and size > 46:
            size -= 2
        f = font(size, True)
        dy = (s(58) - size) // 2
        x = slant_text(im, x, y + 2 + dy, topic_of(name), f, WHITE, 0.16)
        x = slant_text(im, x + s(22), y + 2 + dy, "分论坛", f, WHITE, 0.16)
    hf, nf, uf = font(s(30), True), font(s(30)), font(s(17))
    label, who = "主持人:", pad(host[0])
    hw = tw(d, label, hf) + 8 + tw(d, who, nf)
    bw = max(hw, tw(d, host[1], uf))
    if x + s(30) + bw <= g.xr + s(20):
        hx = g.xr + s(20) - bw
        d.text((hx, y + 4), label, font=hf, fill=ORANGE)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=WHITE)
        d.text((hx, y + s(52)), host[1], font=uf, fill=PALE)
        under, y = False, y + s(104)
    else:
        y += s(100)
        lw = hw + s(20) + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - s(130), y + s(22)), (lx - s(20), y + s(22))], fill=PALE, width=2)
        d.line([(lx + lw + s(20), y + s(22)), (lx + lw + s(130), y + s(22))], fill=PALE, width=2)
        d.text((lx, y), label, font=hf, fill=ORANGE)
        d.text((lx + tw(d, label, hf) + 8, y), who, font=nf, fill=WHITE)
        d.text((lx + hw + s(20), y + s(10)), host[1], font=uf, fill=PALE)
        under, y = True, y + s(54)
    HEAD_LOG.append((name, size, under))
    hgrad(d, s(70), y, g.xr + s(30), y + s(12), (210, 250, 110), (0, 130, 150))
    return y + s(12) + s(56)


def heading_col(im, d, y, idx, name, host, x0):
    """A column's heading: a smaller number box, the topic and '分论坛' apart in leaning type (as large as the column
    allows, at most 40 px), then '主持人: name' on a line of its own and the unit under it, then the rule."""
    x = number_box(im, d, x0 + 8, y + 6, idx, 0.72)
    size = 40
    while tw(d, topic_of(name) + "分论坛", font(size, True)) + 16 + 0.16 * size * 2.9 > x0 + COL_W - x and size > 30:
        size -= 1
    f = font(size, True)
    dy = (40 - size) // 2
    x = slant_text(im, x, y + 8 + dy, topic_of(name), f, WHITE, 0.16)
    slant_text(im, x + 12, y + 8 + dy, "分论坛", f, WHITE, 0.16)
    y += 84
    hf, nf, uf = font(25, True), font(25), font(16)
    label, who = "主持人:", pad(host[0])
    d.text((x0 + 10, y), label, font=hf, fill=ORANGE)
    d.text((x0 + 10 + tw(d, label, hf) + 6, y), who, font=nf, fill=WHITE)
    d.text((x0 + 10, y + 38), fits(d, host[1], uf, COL_W - 10), font=uf, fill=PALE)
    y += 70
    HEAD_LOG.append((name, size, True))
    hgrad(d, x0, y, x0 + COL_W, y + 9, (210, 250, 110), (0, 130, 150))
    return y + 9 + 40


def aff_lines(d, line, f, maxw):
    """A company-job line on one line where it fits, else broken where the designer marked it with '|' (between
    the company and the job); the mark itself is never printed."""
    if tw(d, line.replace("|", ""), f) <= maxw:
        return [line.replace("|", "")]
    parts = line.split("|")
    assert len(parts) == 2 and all(tw(d, p, f) <= maxw for p in parts), (line, maxw)
    return [parts[0].rstrip(), parts[1].lstrip()]


AFF_WRAPS = {}  # each speaker whose company-job line runs on to a second line: its printed lines


def person_line(d, y, sp, g):
    """One speaker: the (padded) name and the company-job line after it, run on under itself where the column is
    too narrow; a Latin name on its own line with that line under it (as the organisers print a foreign speaker)."""
    nf, af = font(g.nf), font(g.af)
    off = round((g.nf - g.af) * 0.62)
    if latin(sp["name"]):
        d.text((g.tt, y), sp["name"], font=nf, fill=WHITE)
        y += g.npitch - 6
        for ln in aff_lines(d, sp["line"], af, g.xr + g.over - g.tt):
            d.text((g.tt, y), ln, font=af, fill=PALE)
            y += g.apitch
        return y + 8
    name = pad(sp["name"])
    col = max(g.ncol, tw(d, name, nf) + 14)
    d.text((g.tt, y), name, font=nf, fill=WHITE)
    lines = aff_lines(d, sp["line"], af, g.xr + g.over - g.tt - col)
    if len(lines) > 1:
        AFF_WRAPS[sp["name"]] = lines
    yy = y + off
    for ln in lines:
        d.text((g.tt + col, yy), ln, font=af, fill=PALE)
        yy += g.apitch
    return max(y + g.npitch, yy + 6)


WRAPS = {}  # each title's printed lines (the first pass and the real one print the same)


def title_lines(d, text, f, maxw):
    """Greedy, as the organisers' whole agenda breaks its titles, except that a designer does not leave one or two
    characters alone on the last line: then he breaks after a '：' or evens the lines out (wrap_nicely)."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2 or len(lines[-1].strip()) > 2:
        return lines
    return wrap_nicely(d, text, f, maxw)


def agenda_row(d, y, s_, g, st):
    """A talk: the range at the left, a dot on the time line, the lime title (greedy wrap), one line per speaker.
    A round table adds the orange labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars (the range
    and the label); '开场' a row without a speaker."""
    rf = font(g.rf, True)
    if s_["kind"] == "break" and s_["title"] != "开场":
        hgrad(d, g.tx - 6, y - 6, g.xr, y + g.bar - 6, (40, 176, 140), (0, 96, 118))
        d.line([(g.tx - 6, y - 6), (g.xr, y - 6)], fill=(210, 250, 150), width=2)
        ty = y + (g.bar - 12 - g.rf) // 2 - 2
        d.text((g.tx, ty), rng(s_), font=rf, fill=WHITE)
        st["dots"].append((y + (g.bar - 12) // 2, WHITE))
        st["bars"].append((y - 6, y + g.bar - 6))
        d.text((g.tt, ty - (g.tf - g.rf) // 2), s_["title"], font=font(g.tf, True), fill=WHITE)
        return y + g.bar + g.gap + 6
    d.text((g.tx, y + (g.tf - g.rf) // 2), rng(s_), font=rf, fill=WHITE)
    y0 = y
    tf = font(g.tf, True)
    tl = title_lines(d, s_["title"], tf, g.xr - g.tt)
    WRAPS[s_["title"]] = tl
    for ln in tl:
        d.text((g.tt, y + 1), ln, font=tf, fill=LIME)
        y += g.tp
    if s_["kind"] == "panel":
        lf = font(g.nf - 4, True)
        for k, group in enumerate((s_["sp"][:1], s_["sp"][1:])):
            y += 6
            d.text((g.tt, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=ORANGE)
            y += g.npitch - 4
            for sp in group:
                y = person_line(d, y, sp, g)
    else:
        for sp in s_["sp"]:
            y = person_line(d, y, sp, g)
    st["dots"].append((y0 + g.tf * 0.72, LIME))
    return y + g.gap


def forum_rows(d, y, slots, g, x_rule):
    """A forum's rows, its time line (broken at the bars) with the dots over it, and the closing rule."""
    st = {"dots": [], "bars": []}
    top = y - 30
    for s_ in slots:
        y = agenda_row(d, y, s_, g, st)
    bars = st["bars"]
    for a, b in zip([top] + [e for _, e in bars], [t for t, _ in bars] + [y - 10]):
        if b > a:
            d.line([(g.lx, a), (g.lx, b)], fill=LINE, width=2)
    for cy, col in st["dots"]:
        d.ellipse([g.lx - 6, cy - 6, g.lx + 6, cy + 6], fill=col)
    hgrad(d, x_rule[0], y + 14, x_rule[1], y + 20, (0, 130, 150), (210, 250, 110))
    return y + 20


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(236, 250, 250), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + s(50), y + h / 2, s(24), WHITE)
        f = font(s(30), True, serif=True)
        d.text((x + s(86), y + s(12)), fits(d, SCHOOL, f, w - s(96)), font=f, fill=WHITE)
        sf = font(8, True)
        d.text((x + s(88), y + s(58)), fits(d, SCHOOL_MARK, sf, w - s(96)), font=sf, fill=PALE)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
    if len(parts) == 2:
        ctext(d, x + w / 2, y + s(8), parts[0], font(s(32), True), WHITE)
        ctext(d, x + w / 2, y + s(54), "  ".join(parts[1]), font(s(17), True), WHITE)
        return
    size = s(36) if name.isascii() else s(34)
    f = font(size, True, serif=(rnd.random() < 0.25 and not name.isascii()))
    while tw(d, name, f) > w - s(40):
        size -= 2
        f = font(size, True)
    mark = rnd.random() < 0.5 and tw(d, name, f) + s(52) <= w - s(30)
    tw_ = tw(d, name, f) + (s(52) if mark else 0)
    tx = x + (w - tw_) / 2
    if mark:
        d.ellipse([tx, y + h / 2 - s(18), tx + s(36), y + h / 2 + s(18)], outline=WHITE, width=4)
        d.ellipse([tx + s(12), y + h / 2 - s(6), tx + s(24), y + h / 2 + s(6)], fill=WHITE)
        tx += s(52)
    d.text((tx, y + h / 2 - size * 0.7), fits(d, name, f, w - s(30)), font=f, fill=WHITE)


def units(d, y, names):
    bw, bh, gx, gy = s(300), s(92), s(40), s(34)
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def monument(d, cx, base, k, col):
    """Tangshan's earthquake memorial: four tapering pillars round a centre, on a stepped plinth."""
    d.rectangle([cx - 90 * k, base - 16 * k, cx + 90 * k, base], fill=col)
    d.rectangle([cx - 70 * k, base - 30 * k, cx + 70 * k, base - 16 * k], fill=col)
    for j, (dx, hh) in enumerate(((-48, 250), (-16, 300), (16, 300), (48, 250))):
        x = cx + dx * k
        d.polygon([(x - 11 * k, base - 30 * k), (x + 11 * k, base - 30 * k), (x + 5 * k, base - hh * k),
                   (x - 5 * k, base - hh * k)], fill=col)


def headframe(d, cx, base, k, col):
    """A mine's headframe (Kailuan): an A-frame of girders with the sheave wheel on top."""
    d.line([(cx - 60 * k, base), (cx, base - 220 * k)], fill=col, width=max(3, round(8 * k)))
    d.line([(cx + 60 * k, base), (cx, base - 220 * k)], fill=col, width=max(3, round(8 * k)))
    d.line([(cx - 30 * k, base), (cx - 30 * k, base - 180 * k), (cx + 30 * k, base - 180 * k), (cx + 30 * k, base)],
           fill=col, width=max(2, round(5 * k)))
    for yy in range(40, 180, 36):
        d.line([(cx - 30 * k, base - yy * k), (cx + 30 * k, base - (yy + 30) * k)], fill=col, width=2)
    d.ellipse([cx - 26 * k, base - 246 * k, cx + 26 * k, base - 194 * k], outline=col, width=max(2, round(5 * k)))


def skyline(im, h):
    """The foot: Tangshan: the earthquake memorial, a mine headframe, chimneys and towers, the lake's water."""
    d = ImageDraw.Draw(im)
    base = h - s(60)
    col, col2, win = (20, 118, 134), (12, 102, 120), (150, 220, 210)
    for bx, bw, bh in [(20, 110, 240), (136, 80, 320), (222, 96, 190), (1080, 140, 260)]:  # towers of the city
        d.rectangle([bx, base - bh, bx + bw, base], fill=col)
        for wy in range(base - bh + 16, base - 20, 28):
            for wx in range(bx + 12, bx + bw - 14, 22):
                d.rectangle([wx, wy, wx + 9, wy + 13], fill=win)
    for cx, hh in ((760, 260), (800, 200)):  # chimneys of the old steelworks
        d.polygon([(cx - 16, base), (cx + 16, base), (cx + 9, base - hh), (cx - 9, base - hh)], fill=col2)
    headframe(d, 940, base, 1.2, col)
    monument(d, 470, base, 1.25, col)
    for k in range(4):  # the water of Nanhu
        yy = base + 8 + k * 12
        for x in range(0, W, 60):
            d.arc([x, yy - 8, x + 60, yy + 8], 200, 340, fill=(110, 200, 200), width=2)
    ctext(d, W / 2, h - s(30), SCHOOL, font(s(20), True, serif=True), (236, 255, 250))


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + s(80)
    y = units(d, y, SPONSORS) + s(80)
    y = foot_plate(im, d, y, "支持单位") + s(80)
    y = units(d, y, SUPPORT) + s(80)
    y = foot_plate(im, d, y, "支持媒体") + s(80)
    y = units(d, y, MEDIA) + s(110)
    d.rectangle([W / 2 - s(180), y, W / 2 + s(180), y + s(360)], outline=WHITE, width=3)
    d.rectangle([W / 2 - s(162), y + s(18), W / 2 + s(162), y + s(342)], fill=WHITE)
    qrcode(d, W / 2 - s(144), y + s(36), s(288), 3121)
    y += s(410)
    slant_text(im, 0, y, "扫码报名", font(s(62), True), WHITE, 0.18, cx=W / 2)
    y += s(116)
    ctext(d, W / 2, y, "现场参会可领取大会纪念品，数量有限，先到先得", font(s(29)), WHITE)
    ctext(d, W / 2, y + s(50), "活动解释权归主办方所有", font(s(29)), WHITE)
    y += s(140)
    slant_text(im, 0, y, "相聚凤凰城 · 共探 Linux 内核之美", font(s(48), True), LIME, 0.18, cx=W / 2)
    return int(y + s(560))


def background(w, h):
    """A flat deep petrol (as the 2024 one is a flat royal blue), a lighter head, glows and streaks."""
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, s(810), s(700), s(420), (150, 240, 120), 0.26)
    im = glow(im, s(100), s(1300), s(320), (60, 220, 220), 0.14)
    for k, yy in enumerate(range(3000, h - 1000, 2200)):
        im = glow(im, W - 40 if k % 2 else 40, yy, s(380), (150, 240, 120) if k % 2 else (60, 220, 220), 0.10)
    im = glow(im, W // 2, h - s(300), s(500), (150, 240, 120), 0.18)
    d = ImageDraw.Draw(im)
    rnd = random.Random(3121)
    for i in range(7):  # light streaks behind the ring
        d.line([(s(520 + i * 80), 0), (W, s(300 - i * 38))], fill=(40, 140, 150), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(s(500), W), rnd.randrange(s(120), s(560))
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(226, 255, 210))
    for _ in range(16):  # thin light streaks down the page's edges
        sy = rnd.randrange(1800, h - 1600)
        sx = rnd.choice((rnd.randrange(0, 30), rnd.randrange(W - 70, W - 40)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(20, 120, 136), width=2)
    skyline(im, h)
    return grain(im, 3121, 0.012)


PAINT_LOG = {}


def paint_full(im, d):
    del HEAD_LOG[:]
    AFF_WRAPS.clear()
    WRAPS.clear()
    ends = {}
    y = header(im, d)
    y = intro_box(d, y) + s(100)
    y = foot_plate(im, d, y, "大会议程") + s(110)
    name, host, slots = FORUMS[0]
    y = heading_full(im, d, y, 0, name, host)
    y = forum_rows(d, y, slots, FULL, (s(70), FULL.xr + s(30))) + 130
    for a, b in PAIRS:
        tops = []
        for idx, x0 in zip((a, b), COL_X):
            name, host, slots = FORUMS[idx]
            tops.append(heading_col(im, d, y, idx, name, host, x0))
        assert tops[0] == tops[1]
        for idx, x0 in zip((a, b), COL_X):
            ends[idx] = forum_rows(d, tops[0], FORUMS[idx][2], col_g(x0), (x0, x0 + COL_W))
        y = max(ends[a], ends[b]) + 120
    name, host, slots = FORUMS[5]
    y = heading_full(im, d, y, 5, name, host)
    y = forum_rows(d, y, slots, FULL, (s(70), FULL.xr + s(30))) + 140
    PAINT_LOG["ends"] = ends
    return footer(im, d, y)


# ===========================================================================
def truth_slot2(s_):
    """A slot as truth.json gives it: titles as printed; names without spaces and padding; each speaker's
    company-job line exactly as typed (a line run on under itself is the one unbroken line); host null for
    breaks."""
    return {"kind": s_["kind"], "start": s_["start"], "end": s_["end"], "title": s_["title"],
            "speakers": [plain(sp["name"]) for sp in s_["sp"]],
            "affiliations": [sp["line"].replace("|", "") for sp in s_["sp"]],
            "host": s_["host"] and plain(s_["host"])}


NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -106, -109): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('笪　琳' -> '笪琳', '逄　晨' -> '逄晨', '苟　宁' -> '苟宁'; "
    "the Latin names 'Bartosz Zielinski' -> 'BartoszZielinski' and 'Kaiwen Luo' -> 'KaiwenLuo', the second a Chinese "
    "engineer printed in Latin letters, given name first, as the 2024 whole agenda printed one); the compound "
    "surnames 司徒 and 东方 give three-character names (司徒嘉, 东方睿), not padded; host is the chair printed for "
    "the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; break titles are as "
    "printed; an opening speech printed with a speaker ('嘉宾致辞', 郄宏伟) is a talk; '开场' (printed in the title "
    "column without a speaker), '茶歇' and '午餐' are breaks; '午餐' (12:20-14:00) closes 主论坛. ONE invented "
    "edition, CLK 3121 (第1116届, 唐山, host school 华北理工大学 with its 人工智能学院 at the top right, Saturday "
    "3121-10-22), with CLK2025's six forum folder names without their numbers, in folder order (主论坛, "
    "内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF "
    "应用分论坛' with its spaces), printed as CLK2025's repository holds an edition: ONE whole-agenda image, "
    "'CLK3121全部议程.jpg' (JPEG q85, 1242 px wide), so this file has ONE entry holding the six forums in printed "
    "order and every talk is listed once. 主论坛 runs in the morning, the five others in parallel from 14:00; every "
    "forum's date is the edition's. The head (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the school "
    "and its college with its English name, '第1116届中国' / 'Linux内核开发者大会', the ring '3121' / 'CLK', the date "
    "pill '3121年10月22日' + pin + '唐山', '地址:' and the hall over two lines), the framed introduction (two "
    "paragraphs naming companies and communities, no forum), '大会议程' on a plate and the foot ('赞助单位', "
    "'支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', two caption lines, the slogan '相聚凤凰城 · "
    "共探 Linux 内核之美', the school's name in the skyline) are never part of a name, a title or a slot. LAYOUT: "
    "主论坛 ACROSS THE PAGE; then the afternoon forums TWO SIDE BY SIDE in columns of 552 px (01 内存管理与优化 "
    "left | 02 文件系统与存储 right, then 03 调度、性能与调试 left | 04 硬件架构与异构计算 right), each column ONE "
    "forum from its heading to its own closing rule, with its own time line: nothing in one column belongs to the "
    "forum of the other, whatever stands level with it (the two columns of a pair run in different slot lengths "
    "and end at different heights); the last forum, 05 AI 基础设施与 eBPF 应用, ALONE ACROSS THE PAGE. HEADINGS: "
    "'▶▶ 主论坛' or a slanted number box '01'..'05' followed by the forum's TOPIC and '分论坛' set APART with a gap, as "
    "the organisers' 2024 whole agenda sets them ('内存管理与优化  分论坛'): the forum is CLK2025's name, the gap and "
    "the numbers no part of it. The host is the name after the orange '主持人:' (ASCII colon, as 2024 types it): at "
    "the RIGHT of 主论坛's heading with the unit under it; for 05, on a line of its own under the heading between two "
    "short rules with the unit beside it; in a column, on a line of its own under the column's heading with the unit "
    "on the line under it. The unit is no affiliation, also where it is a company ('阿里云操作系统团队技术专家', "
    "'龙芯中科技术股份有限公司副总工程师', '中国电信天翼云操作系统首席架构师'). ROWS (across the page and in the columns "
    "alike, the columns in smaller type): the range at the left ('14:00-14:30'), a dot on a vertical time line, the "
    "LIME title, then one line per speaker: the padded name and, after it, the company-job line in small type, given "
    "EXACTLY as printed, typed as the designer typed it (mostly without a space between company and job: "
    "'阿里云虚拟化内核工程师'; with spaces around Latin words: '字节跳动 Linux 内核工程师', '华为 openEuler 内核 "
    "Maintainer'). A LATIN name stands on its own line with its company-job line UNDER it ('Bartosz Zielinski' / "
    "'英特尔开源技术中心高级软件工程师' in 01; 'Kaiwen Luo' / '网易数帆内核工程师' in 03). Two company-job lines too long "
    "for their column RUN ON to a second line under themselves, broken between company and job: 'OPPO "
    "广东移动通信有限公司' / '内核开发工程师' (桑晓彤) and '红帽软件（北京）有限公司' / '高级软件工程师' (萧静怡); each is ONE "
    "affiliation, joined without a space ('OPPO 广东移动通信有限公司内核开发工程师', '红帽软件（北京）有限公司高级软件工程师'). "
    "TITLES wrap greedily in their measure, as the organisers' whole agenda breaks them (in the columns nearly all "
    "of them, many inside a word: '…用户态文' / '件系统的新 IO 通道', '…稳定性问' / '题分析'; one over THREE lines: "
    "'PREEMPT_RT 合入主线之后：' / '工业控制场景下的实时性验证与' / '延迟分析'); only where greedy breaking would leave "
    "one or two characters alone does the designer break after a '：' or even the lines out ('操作系统内核的下一个十年：' "
    "/ '异构算力与安全隔离', 'CXL 内存设备的' / 'RAS 事件上报与处理'). A title over several lines is ONE title, given as "
    "the designer typed it: a space between Latin words and around Latin words where typed (also where a line breaks "
    "there: '…虚拟机状态保存与' / 'kexec 快速重启' is '…保存与 kexec 快速重启'), none inside Chinese text. Two "
    "speakers of one talk are two lines one under the other, given top then bottom: 贾志远 and 亢晓雯 (长城汽车), 蒲佳音 "
    "and 逄晨 (蚂蚁集团), 汤若溪 and 伏明哲 (vivo), 米思琪 and 芮航 (OPPO), 帅可 (阿里云) and 邓佳慧 (上海交通大学), 冷一凡 "
    "and 沃晓晨 (小红书). The ROUND TABLE (主论坛, 11:35-12:20, kind 'panel') is one row '圆桌论坛:AI 原生时代，"
    "操作系统内核还需要什么' (over two lines, broken after '，'; the label '圆桌论坛:' kept in the title with its ASCII "
    "colon, as the real 2024 whole agenda prints its round table), an orange '主持人:' line over the moderator's line "
    "and an orange '嘉　宾:' line over four guests' lines; its speakers are the moderator and then the guests in "
    "printed order (仉建华; 司徒嘉, 笪琳, 边海洋, 郗子航), its affiliations their printed lines; the labels are no part "
    "of a name, and the moderator is a SPEAKER, not the forum's host (滑立军), although his label reads '主持人:' like "
    "the host's. '茶歇' and '午餐' are bars holding the range, a dot and the label only (in a column the bar is the "
    "column's width): 茶歇 10:20-10:35 in 主论坛, 15:30-15:50 in 01, 02, 04 and 05, 15:40-16:00 in 03. ENGLISH-ONLY "
    "titles: 'Upstream First: How a Distro Team Halved Its Out-of-Tree Patches' (主论坛), 'Reclaiming Empty Page "
    "Table Pages at Scale' (01, Bartosz Zielinski), 'Reducing fsync Latency on Mobile Flash Storage' (02, two "
    "speakers), 'Tracing Lock Holder Preemption in Guest Kernels' (03), 'Confidential VMs on Hygon CSV: Guest Kernel "
    "Changes' (04), 'Offloading KV Cache to Host Memory: What the Kernel Can Do' (05); all over two lines. Ranges of "
    "20 and 30 minutes mixed in the afternoon, as in 2024; forums end at 17:40, 17:50 or 18:00. Uncommon surnames: "
    "滑, 郄, 冀, 亢, 仉, 笪, 郗, 佘, 禚, 逄, 訾, 嵇, 况, 鄂, 雍, 隗, 帅, 苟, 沃, 瞿; compound 司徒 and 东方. No person "
    "is printed twice."
)


def layout(size):
    return ("%s (第1116届), 唐山, %s (JPEG q85, %d x %d): THE WHOLE AGENDA in the family of the organisers' CLK2024 "
            "大会全议程.webp, recoloured deep PETROL with LIME titles and ORANGE labels: the head, a framed "
            "introduction, '大会议程' on a plate, then 主论坛 ACROSS the page ('▶▶ 主论坛', host at the right), the "
            "afternoon forums 01 | 02 and 03 | 04 TWO SIDE BY SIDE in columns (a small number box, the topic and "
            "'分论坛' apart, the host on a line under it and the unit under that, a rule; rows in smaller type with "
            "their own time line; each column closed by its own rule), and 05 alone ACROSS the page (host under the "
            "heading between rules); each talk a row: range, dot on a time line, lime title (greedy wrap; nearly every "
            "column title over two lines, one over three), one line per speaker 'padded name  company-job' (Latin "
            "names on their own line with the company-job line under them; two long company-job lines run on under "
            "themselves); the round table with orange '主持人:' and '嘉　宾:' lines; 茶歇 and 午餐 as bars; the foot "
            "with sponsors, supporters, media, a QR code and Tangshan's skyline. "
            "6 + 8 + 7 + 8 + 7 + 8 = 44 talks (the round table and the opening speech among them)."
            % ((EDITION, DATE) + size))


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104 and 106)."""
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


def check(poster):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients."""
    assert saturday(DATE)
    assert [f[0] for f in FORUMS] == SIX
    people = []
    for _, host, slots in FORUMS:
        people.append(plain(host[0]))
        people += [plain(sp["name"]) for s_ in slots for sp in s_["sp"]]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(people) & set(REAL_NAMES), set(people) & set(REAL_NAMES)
    real = listing_words()
    titles = [s_["title"] for f in FORUMS for s_ in f[2] if s_["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in people + [t for t in titles if t != "嘉宾致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [f["forum"] for f in poster["forums"]] == SIX
    for f, (_, host, slots) in zip(poster["forums"], FORUMS):
        assert f["date"] == DATE
        ends = [(s_["start"], s_["end"]) for s_ in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        for s_ in f["slots"]:
            assert (s_["host"] is None) == (s_["kind"] == "break")
            assert s_["host"] is None or s_["host"] == plain(host[0])
            assert re.match(r"^\d\d:\d\d$", s_["start"]) and re.match(r"^\d\d:\d\d$", s_["end"])
            assert s_["start"] < s_["end"]
            assert len(s_["affiliations"]) == len(s_["speakers"])
    slots = [s_ for f in FORUMS for s_ in f[2]]
    assert [s_["kind"] for s_ in slots].count("panel") == 1
    assert sum(1 for s_ in slots if s_["kind"] == "talk" and len(s_["sp"]) == 2) == 6
    assert sum(1 for s_ in slots if s_["kind"] == "talk" and s_["title"].isascii()) == 6
    assert sum(1 for s_ in slots for sp in s_["sp"] if latin(sp["name"])) == 2
    assert all(sum(1 for s_ in f[2] if s_["title"] == "茶歇") == 1 for f in FORUMS)
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "14:00"
    assert all(f[2][0]["start"] == "14:00" for f in FORUMS[1:])
    return len(titles)


def main():
    im = two_pass(W, paint_full, background)
    path = os.path.join(HERE, FULL_FN)
    assert im.size[0] == W
    im.save(path, "JPEG", quality=85)
    size = os.path.getsize(path)
    print(FULL_FN, "%d x %d" % im.size, size)
    poster = {"file": FULL_FN, "layout": layout(im.size), "date": DATE,
              "forums": [{"forum": name, "date": DATE, "slots": [truth_slot2(s_) for s_ in slots]}
                         for name, _, slots in FORUMS]}
    n = check(poster)
    print("scored talks", n)
    assert 40 <= n <= 55, n
    print("headings:", HEAD_LOG)
    print("column ends:", PAINT_LOG["ends"])
    for t, ls in WRAPS.items():
        if len(ls) > 1:
            print("  ", " / ".join(ls))
    print("company lines run on:", AFF_WRAPS)
    nlines = sorted(len(ls) for ls in WRAPS.values())
    assert nlines.count(3) == 1 and max(nlines) == 3, nlines  # one column title over three lines
    assert sum(1 for ls in WRAPS.values() if len(ls) == 2) == 39, nlines
    assert sorted(AFF_WRAPS) == ["桑晓彤", "萧静怡"], AFF_WRAPS
    assert 12000 <= im.size[1] <= 16000 and 1_500_000 <= size <= 3_000_000, (im.size, size)
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
