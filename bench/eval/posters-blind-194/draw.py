"""Draw the hundred-and-ninety-fourth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes six screenshots '屏幕截图(57).png' .. '屏幕截图(62).png' and truth.json next to
this file.  Every string printed on the poster comes from the data below, so truth.json and the pictures
cannot drift apart.  Randomness only from seeded Random instances (seeds are fixed numbers or zlib.crc32
of a name, never hash()).

ONE invented edition, CLK 3941 (第1936届, 成都, 电子科技大学, Saturday 3941-10-18), with CLK2025's six forum
folders (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛,
AI 基础设施与 eBPF 应用分论坛), drawn as the ONE whole-agenda image of its year (CLK3941全部议程.jpg, JPEG q85,
1080 px wide, the six forums one under another) after the organisers' CLK2024 大会全议程.webp: royal blue,
logo lines, the school, the slanted '第N届中国' / 'Linux内核开发者大会', the CLK ring, the date pill, the address,
a framed introduction, '大会议程' on a plate, headings with a number box and the host, the timeline rows,
cyan tea and lunch bars, the round table with violet labels, the foot with sponsors and a QR code.  That
image is made in memory and NOT written (KEEP=1 keeps a copy in tmp/).  What is written is what a reader
passed on: the image opened in a desktop image viewer maximised on a 1920 x 1080 Windows 10 laptop at
75 %, and six full-screen PNG screenshots taken down the page from '大会议程' with overlaps.

Built from posters-blind-173/draw.py (its helpers, everything from the imports to hgrad, itself from sets
153, 143, 130, 118, 106, 104, 79, 66, 65, 62 and 59, copied unchanged; its whole-agenda painters taken
back to 2024's colours, tightened and made to log every printed line) and posters-blind-168/draw.py (the
idea of logging each line's glyph box, doc_box, the edge rule, whole, part_of, parts_truth, describe,
six_from_listing; rewritten here for an image viewer); the viewer, the planner and the data are new.
"""
import io
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


# ===========================================================================
# CLK 3941 (第1936届), 成都, 电子科技大学, Saturday 3941-10-18.  主论坛 in the morning (09:00-12:00, then lunch until
# 14:00), the five other forums in parallel in the afternoon from 14:00, as the 2024 whole agenda.
EDITION = "CLK 3941"
YEAR = "3941"
NTH = "第1936届中国"
DATE = "3941-10-18"
DATE_PRINTED = "3941年10月18日"
CITY = "成都"
SCHOOL = "电子科技大学"
SCHOOL_UNIT = "计算机科学与工程学院"
SCHOOL_EN = "School of Computer Science and Engineering, UESTC"
SCHOOL_MARK = "UESTC"
HALL = "电子科技大学清水河校区 主楼中心报告厅"  # printed over two lines, broken at the space
IMAGE = "CLK3941全部议程.jpg"  # the organisers' image (drawn in memory, never written)


def P(name, line):
    """A speaker: the name as printed (two-character names padded) and the company-job line as the designer
    typed it (with or without spaces)."""
    return {"name": name, "line": line}


def T(start, end, title, speakers, host):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


H0, H1, H2, H3, H4, H5 = "罗文华", "朱海峰", "李建新", "孙建伟", "蒋明辉", "杨建国"
FORUMS = [
    ("主论坛", (H0, "电子科技大学计算机科学与工程学院副院长"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:15", "嘉宾致辞", [P("周建华", "电子科技大学副校长")], H0),
        T("09:15", "09:45", "Linux 内核十年演进：从云计算到智能终端", [P("王志强", "华为操作系统内核首席专家")], H0),
        T("09:45", "10:15", "Kernel Maintenance at Scale: What a Decade of Stable Backports Taught Us",
          [P("刘海涛", "阿里云操作系统团队技术总监")], H0),
        T("10:15", "10:45", "国产 CPU 平台上的内核生态建设与实践",
          [P("张建军", "麒麟软件内核研发部总监"), P("杨　帆", "飞腾信息技术系统软件部经理")], H0),
        T("10:45", "11:15", "面向手机场景的内核内存与功耗协同优化", [P("黄志勇", "vivo操作系统内核负责人")], H0),
        PANEL("11:15", "12:00", "内核开发者从哪里来？高校、企业与社区的角色",
              [P("赵　磊", "电子科技大学计算机科学与工程学院教授"),
               P("吴晓东", "腾讯云内核团队负责人"),
               P("徐　敏", "字节跳动STE团队内核专家"),
               P("钟立强", "中国科学院软件研究所研究员"),
               P("马俊杰", "统信软件内核架构师")], H0),
        B("12:00", "14:00", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "电子科技大学副教授"), [
        T("14:00", "14:25", "THP 在数据库场景下的延迟抖动分析与调优", [P("高建波", "美团基础架构内核工程师")], H1),
        T("14:25", "14:50", "memcg 回收路径中的锁竞争优化", [P("陈　亮", "字节跳动Linux内核工程师")], H1),
        T("14:50", "15:15", "Reducing Page Table Overhead with Shared PTEs for Large Processes",
          [P("李晓峰", "阿里云内核研发工程师")], H1),
        T("15:15", "15:40", "手机后台应用内存压缩策略的改进",
          [P("郑　涛", "OPPO 内核内存专家"), P("何丽娟", "OPPO 内核工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:25", "kmemleak 在大规模测试中的误报治理", [P("林　斌", "华为内核工程师")], H1),
        T("16:25", "16:50", "slab 内存碎片的观测与主动整理实践", [P("潘　静", "腾讯TencentOS内核工程师")], H1),
        T("16:50", "17:15", "CXL 扩展内存的分层管理与热页迁移实测", [P("魏文博", "浪潮信息服务器系统软件工程师")], H1),
        T("17:15", "17:40", "hugetlb 预留内存与虚拟机热迁移的冲突", [P("梁晓明", "移动云虚拟化内核工程师")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "四川大学计算机学院副教授"), [
        T("14:00", "14:20", "ext4 fast commit 在移动设备上的收益评估", [P("王　鹏", "荣耀终端 文件系统工程师")], H2),
        T("14:20", "14:40", "XFS 在线修复功能的现状与落地经验", [P("谢文杰", "统信软件文件系统工程师")], H2),
        T("14:40", "15:10", "Btrfs 透明压缩对写放大的影响实测",
          [P("宋海燕", "SUSE 存储工程师"), P("许志刚", "电子科技大学博士研究生")], H2),
        T("15:10", "15:40", "Taming Writeback Stalls on Large-Memory Servers", [P("唐国强", "百度系统内核工程师")], H2),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "分布式块存储中 NVMe 多路径的故障切换", [P("冯晓东", "京东云存储内核工程师")], H2),
        T("16:30", "17:00", "io_uring 在对象存储网关中的零拷贝实践", [P("邓　超", "快手存储系统工程师")], H2),
        T("17:00", "17:30", "UFS WriteBooster 在手机上的内核支持", [P("曹丽华", "小米存储驱动工程师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "电子科技大学信息与软件工程学院副教授"), [
        T("14:00", "14:25", "混部场景下 CPU 带宽控制的抖动分析", [P("韩志军", "腾讯云内核工程师")], H3),
        T("14:25", "14:50", "Understanding Lock Holder Preemption in Overcommitted VMs",
          [P("Lukas Hoffmann", "SUSE 内核工程师")], H3),
        T("14:50", "15:15", "perf 采样在容器环境中的符号解析问题", [P("胡晓明", "蚂蚁集团系统性能工程师")], H3),
        T("15:15", "15:40", "基于 ftrace 的中断延迟分析工具开发",
          [P("余海洋", "中兴通讯操作系统工程师"), P("袁丽萍", "中兴通讯操作系统工程师")], H3),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:25", "kdump 在 ARM64 大内存机器上的捕获失败问题排查", [P("石海军", "华为鲲鹏内核工程师")], H3),
        T("16:25", "16:50", "RCU 回调堆积导致 OOM 的案例分析", [P("董海波", "京东零售内核工程师")], H3),
        T("16:50", "17:15", "实时内核在工业控制器中的延迟测试方法", [P("靳永强", "中控技术嵌入式软件专家")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "电子科技大学计算机科学与工程学院教授"), [
        T("14:00", "14:20", "LoongArch 虚拟化扩展在 KVM 中的支持进展", [P("张　勇", "龙芯中科内核工程师")], H4),
        T("14:20", "14:40", "海光平台 SEV 机密虚拟机的启动性能优化", [P("王建平", "海光信息虚拟化工程师")], H4),
        T("14:40", "15:10", "RISC-V 服务器平台的 ACPI 与 UEFI 启动支持",
          [P("彭　俊", "中国科学院软件研究所工程师"), P("陈　丽", "算能科技 系统软件工程师")], H4),
        T("15:10", "15:40", "Supporting Shared Virtual Addressing for PCIe Accelerators",
          [P("叶志鹏", "英特尔 软件工程师")], H4),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "国产 GPU 驱动的上游化：从私有分支到主线", [P("刘　洋", "摩尔线程驱动开发工程师")], H4),
        T("16:30", "17:00", "ARM64 服务器上 MPAM 资源隔离的内核支持", [P("王振华", "安谋科技 软件工程师")], H4),
        T("17:00", "17:30", "DPU 上运行 Linux 的启动与热升级实践", [P("张国华", "中科驭数系统软件工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "四川大学网络空间安全学院教授"), [
        T("14:00", "14:30", "训练集群 RDMA 网络的内核侧可观测性", [P("李　伟", "百度智能云高性能网络工程师")], H5),
        T("14:30", "15:00", "BPF Tokens and Delegation: Running eBPF in Unprivileged Containers",
          [P("陈晓华", "字节跳动系统技术工程师")], H5),
        T("15:00", "15:30", "用 eBPF 观测在线推理服务的调度延迟", [P("邬海涛", "小红书基础架构工程师")], H5),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "GPU 显存与主机内存统一管理的内核接口探讨",
          [P("程　俊", "壁仞科技软件架构师"), P("王　丹", "壁仞科技驱动工程师")], H5),
        T("16:20", "16:50", "XDP 加速的模型服务负载均衡实践", [P("郭鹏飞", "美团网络内核工程师")], H5),
        T("16:50", "17:20", "eBPF 程序在生产环境中的安全审计与签名", [P("刘志远", "深信服 安全研发工程师")], H5),
        T("17:20", "17:50", "使用 eBPF 追踪 NCCL 集合通信瓶颈", [P("李　雪", "阿里云AI基础设施工程师")], H5),
    ]),
]
SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]

SPONSORS = ["电子科技大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "小米", "蚂蚁集团",
            "龙芯中科", "统信软件"]
SUPPORT = ["openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "openKylin", "四川省计算机学会", "成都市软件行业协会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "阅码场"]

# ---------------------------------------------------------------------------
# the colours of the organisers' 2024 whole agenda, sampled from CLK2024/大会全议程.webp: a royal-blue page, cyan
# titles, dots and bars, violet-pink labels ('主持人:', '嘉　宾:'), periwinkle company-job lines, pale cyan headings
TITLE = (62, 222, 255)
PALE = (150, 166, 255)  # the company-job lines and small print
LABEL = (182, 98, 255)  # '主持人:' and '嘉　宾:'
LINE = (112, 160, 255)  # the time line
HEAD = (204, 252, 248)  # the forum headings
BAR0, BAR1 = (0, 160, 233), (0, 70, 210)  # the cyan bars (tea, lunch, the rule under a heading)
HOLE = (0, 48, 200)  # the hole of a pin
BG0, BG1 = (0, 62, 210), (1, 32, 192)
BOX = (24, 78, 224)  # the introduction's box
W = 1080

# the whole agenda's measures, taken from the real 2024 one (set 173's, through sets 153, 143, 130, 118 and 106):
# the range's left edge, the time line, the title column and its right end; the company-job line starts NAME_COL
# after a name.  The rows are set tighter than 2024's (a one-speaker talk 98 rows where 2024 gives about 115):
# six forums where 2024 had five, in a picture no taller.
TX, LX, TT, XR = 106, 336, 382, 982
NAME_COL = 105
AFF_R = XR + 40
TL, PL, GAP = 38, 38, 22  # a title line, a speaker line, the gap after a talk

# Every printed line is logged (its glyphs' top and bottom on the poster, what it is and which slot it belongs to),
# so that the screenshots' edges can be placed and checked against the text (set 168's bookkeeping).
LINES = []


def put(d, xy, text, f, fill, what, key):
    d.text(xy, text, font=f, fill=fill)
    b = d.textbbox(xy, text, font=f)
    LINES.append({"top": b[1], "bottom": b[3], "what": what, "key": key, "text": text})


def slant(im, x, y, text, f, fill, shear, what, key, cx=None):
    """slant_text, logging the leaning glyphs' box."""
    w, h = tw(ImageDraw.Draw(im), text, f) + 8, int(f.size * 1.45)
    m = Image.new("L", (w + int(shear * h) + 8, h), 0)
    ImageDraw.Draw(m).text((int(shear * h) + 4, 0), text, font=f, fill=255)
    m = m.transform(m.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    if cx is not None:
        x = cx - m.size[0] / 2
    im.paste(Image.new("RGB", m.size, fill), (int(x), int(y)), m)
    bb = m.getbbox()
    LINES.append({"top": int(y) + bb[1], "bottom": int(y) + bb[3], "what": what, "key": key, "text": text})
    return x + m.size[0]


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between (the data holds them padded)."""
    return name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, an arc and small satellites (set 173's, in 2024's blues)."""
    for r, col, wd in [(200, (70, 130, 255), 3), (160, (90, 220, 255), 6), (118, (220, 245, 255), 4)]:
        d.ellipse([cx - r, cy - r * 0.62, cx + r, cy + r * 0.62], outline=col, width=wd)
    d.arc([cx - 240, cy - 150, cx + 240, cy + 150], 200, 340, fill=(90, 220, 255), width=8)
    d.ellipse([cx - 78, cy - 78, cx + 78, cy + 78], fill=(20, 90, 230), outline=(220, 245, 255), width=4)
    ctext(d, cx, cy - 52, YEAR, font(22, True), (220, 245, 255))
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (30, 150, 250):
        sx, sy = cx + 230 * math.cos(math.radians(ang)), cy + 140 * math.sin(math.radians(ang))
        d.ellipse([sx - 20, sy - 20, sx + 20, sy + 20], outline=(150, 235, 255), width=3)


def seal(d, x, y, r, fill):
    """The school's seal: two rings and, inside, a chip's outline with pins (a school of electronics)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    q = r / 3
    d.rectangle([x - q, y - q, x + q, y + q], outline=fill, width=2)
    for k in (-1, 0, 1):
        d.line([(x + k * q / 1.6, y - q - 5), (x + k * q / 1.6, y - q)], fill=fill, width=2)
        d.line([(x + k * q / 1.6, y + q), (x + k * q / 1.6, y + q + 5)], fill=fill, width=2)
        d.line([(x - q - 5, y + k * q / 1.6), (x - q, y + k * q / 1.6)], fill=fill, width=2)
        d.line([(x + q, y + k * q / 1.6), (x + q + 5, y + k * q / 1.6)], fill=fill, width=2)


def header(im, d):
    """The head: logo lines, the school with its college, the slanted edition title, ring, date pill, address
    ('地址:' inline, the hall over two lines, as the 2024 whole agenda prints it)."""
    key = ("head",)
    logo_lines(d, 60, 56, WHITE, TITLE, 1.15)
    seal(d, 610, 84, 30, WHITE)
    put(d, (654, 46), SCHOOL, font(36, True, serif=True), WHITE, "school", key)
    put(d, (654, 94), SCHOOL_UNIT, font(22, True), WHITE, "school", key)
    put(d, (654, 126), fits(d, SCHOOL_EN, font(12), 400), font(12), PALE, "school", key)
    ring_graphic(d, 810, 700)
    slant(im, 70, 262, NTH, font(92, True), WHITE, 0.16, "title", key)
    slant(im, 70, 384, "Linux内核开发者大会", font(88, True), WHITE, 0.16, "title", key)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=TITLE, width=4)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 630, 80 + pw, 698
    d.rounded_rectangle([x0, y0, x1, y1], radius=10, fill=(16, 70, 226), outline=(150, 230, 255), width=3)
    put(d, (x0 + 26, y0 + 10), DATE_PRINTED, pf, WHITE, "date", key)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, TITLE, 1.1)
    put(d, (px + 30, y0 + 10), CITY, pf, WHITE, "date", key)
    af = font(36, True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= 600 for ln in lines), lines
    y = 780
    for ln in lines:
        put(d, (84, y), ln, af, WHITE, "address", key)
        y += 56
    return 1000


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)举办至今已是第1936届，由清华大学、华为、阿里云、"
         "腾讯云、字节跳动、OPPO、vivo、荣耀、小米、蚂蚁集团、龙芯中科、统信软件等单位发起，以“自由、协作、"
         "创新”为理念，以开源技术的推广和普及为使命，促进 Linux 内核开发爱好者相互交流、共同进步。每届线下参会人数"
         "超过500人，是国内 Linux 内核领域颇具影响力的技术盛会，诚邀广大 Linux 开发者和爱好者参加本次大会。",
         "本次大会由电子科技大学计算机科学与工程学院承办，openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、openKylin、"
         "四川省计算机学会、CSDN、开源中国等单位共同支持。"]


def intro_box(d, y):
    """A translucent box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = 60, W - 60
    f = font(25)
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - 150, bx1 - bx0 - 100]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * 48 + 100
    d.rectangle([bx0, y, bx1, y + h], fill=BOX, outline=(120, 170, 255), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=TITLE, width=8)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=TITLE, width=8)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            put(d, (bx0 + (100 if i == 0 else 50), yy), ln, f, WHITE, "intro", ("intro",))
            yy += 48
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a cyan bar with a cut corner and the word in leaning white type (2024's '大会议程')."""
    w, h = 500, 86
    x0 = W / 2 - w / 2
    hgrad(d, x0 - 110, y + 52, x0 + 200, y + 62, (10, 50, 200), (140, 240, 255))
    hgrad(d, x0, y, x0 + w, y + h, (40, 210, 250), (20, 110, 235))
    d.polygon([(x0 + w - 30, y), (x0 + w, y), (x0 + w, y + 30)], fill=BG1)
    d.line([(x0 + w - 100, y - 14), (x0 + w + 90, y - 14)], fill=(190, 245, 255), width=6)
    slant(im, 0, y + 6, text, font(50, True), WHITE, 0.18, "plate", ("plate", text), cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


HEADING_SIZES = []


def agenda_heading(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box '01'..'05', the topic and '分论坛' in leaning type (smaller only if it would not
    fit); the host at the right with the unit under it, or, where the heading leaves no room, on a line of its own
    under it between two short rules, as the organisers' 2024 whole agenda does (set 173's, in 2024's colours)."""
    key = ("heading", idx)
    x = 70
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=TITLE)
        x += 84
        x = slant(im, x, y - 4, name, font(62, True), HEAD, 0.16, "heading", key)
    else:
        d.polygon([(x + 14, y + 6), (x + 104, y + 6), (x + 90, y + 80), (x, y + 80)], fill=(20, 96, 232),
                  outline=TITLE, width=3)
        d.line([(x + 2, y - 8), (x + 40, y - 8)], fill=WHITE, width=6)
        d.line([(x + 2, y - 8), (x - 6, y + 30)], fill=WHITE, width=6)
        slant(im, x + 16, y + 6, "%02d" % idx, font(48, True), TITLE, 0.2, "number", key)
        x += 132
        size = 56
        while tw(d, topic_of(name) + "分论坛", font(size, True)) + 60 > XR + 20 - x and size > 44:
            size -= 2
        f = font(size, True)
        HEADING_SIZES.append(size)
        dy = (56 - size) // 2
        x = slant(im, x, y + 4 + dy, topic_of(name), f, HEAD, 0.16, "heading", key)
        x = slant(im, x + 22, y + 4 + dy, "分论坛", f, HEAD, 0.16, "heading", key)
    hf, nf, uf = font(30, True), font(30), font(17)
    label, who = "主持人:", pad(host[0])
    hw = tw(d, label, hf) + 8 + tw(d, who, nf)
    bw = max(hw, tw(d, host[1], uf))
    if x + 24 + bw <= XR + 30:
        hx = XR + 30 - bw
        put(d, (hx, y + 4), label, hf, LABEL, "host", key)
        put(d, (hx + tw(d, label, hf) + 8, y + 4), who, nf, WHITE, "host", key)
        put(d, (hx, y + 50), host[1], uf, PALE, "unit", key)
        under, y = False, y + 96
    else:
        y += 96
        lw = hw + 20 + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - 130, y + 22), (lx - 20, y + 22)], fill=PALE, width=2)
        d.line([(lx + lw + 20, y + 22), (lx + lw + 130, y + 22)], fill=PALE, width=2)
        put(d, (lx, y), label, hf, LABEL, "host", key)
        put(d, (lx + tw(d, label, hf) + 8, y), who, nf, WHITE, "host", key)
        put(d, (lx + hw + 20, y + 10), host[1], uf, PALE, "unit", key)
        under, y = True, y + 50
    hgrad(d, 70, y, XR + 30, y + 12, BAR0, (40, 120, 240))
    return y + 12 + 46, under


def person_line(d, y, sp, key):
    """One speaker: the (padded) name and the company-job line after it on the same line; a Latin name too, its
    line after it (as the organisers' 2024 whole agenda prints 'Lianbo Jiang' and his line)."""
    nf, af = font(28), font(18)
    name = pad(sp["name"])
    col = max(NAME_COL, tw(d, name, nf) + 18)
    put(d, (TT, y), name, nf, WHITE, "name", key)
    put(d, (TT + col, y + 9), fits(d, sp["line"], af, AFF_R - TT - col), af, PALE, "aff", key)
    return y + PL


WRAPS = {}  # each title's printed lines (the first pass and the real one print the same)
DOTS, BARS = [], []  # the dots and bars of the forum being painted (the time line is drawn between the bars)


def agenda_row(d, y, s, key):
    """A talk: the range at the left, a dot on the time line, the cyan title (greedy wrap), one line per speaker.
    A round table adds the violet labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars (the
    range and the label); '开场' a row without a speaker."""
    rf = font(30, True)
    if s["kind"] == "break" and s["title"] != "开场":
        hgrad(d, TX - 6, y - 6, XR, y + 46, BAR0, BAR1)
        put(d, (TX, y), rng(s), rf, WHITE, "range", key)
        DOTS.append((y + 21, WHITE))
        BARS.append((y - 6, y + 46))
        put(d, (TT, y + 1), s["title"], font(29, True), WHITE, "title", key)
        return y + 46 + 44
    put(d, (TX, y), rng(s), rf, WHITE, "range", key)
    y0 = y
    tf = font(29, True)
    tl = wrap(d, s["title"], tf, XR - TT)  # greedy, as the organisers' whole agenda breaks its titles
    WRAPS[s["title"]] = tl
    for ln in tl:
        put(d, (TT, y + 1), ln, tf, TITLE, "title", key)
        y += TL
    if s["kind"] == "panel":
        lf = font(27, True)
        for k, group in enumerate((s["sp"][:1], s["sp"][1:])):
            y += 6
            put(d, (TT, y), "主持人:" if k == 0 else "嘉　宾:", lf, LABEL, "label", key)
            y += 40
            for sp in group:
                y = person_line(d, y, sp, key)
    else:
        for sp in s["sp"]:
            y = person_line(d, y, sp, key)
    DOTS.append((y0 + 21, TITLE))
    return y + GAP


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with its seal)."""
    key = ("unit", name)
    d.rectangle([x, y, x + w, y + h], outline=(230, 240, 255), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 46, y + h / 2, 24, WHITE)
        f = font(34, True, serif=True)
        put(d, (x + 84, y + 10), fits(d, SCHOOL, f, w - 94), f, WHITE, "unit", key)
        put(d, (x + 86, y + 58), fits(d, SCHOOL_MARK, font(12, True), w - 94), font(12, True), PALE, "unit", key)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
    if len(parts) == 2:
        ctext(d, x + w / 2, y + 8, parts[0], font(32, True), WHITE)
        ctext(d, x + w / 2, y + 54, "  ".join(parts[1]), font(17, True), WHITE)
        LINES.append({"top": y + 8, "bottom": y + 80, "what": "unit", "key": key, "text": name})
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
    put(d, (tx, y + h / 2 - size * 0.7), fits(d, name, f, w - 30), f, WHITE, "unit", key)


def units(d, y, names):
    bw, bh, gx, gy = 300, 92, 40, 34
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def skyline(im, h):
    """The foot: Chengdu: the TV tower with its disc, towers of the high-tech zone, the school's main building with
    its clock, the Jin river and bamboo at both ends."""
    d = ImageDraw.Draw(im)
    base = h - 60
    far, near = (14, 60, 200), (8, 40, 170)
    river = base - 70
    d.rectangle([0, river, W, base], fill=(4, 30, 150))
    for k in range(60):  # the river's ripples
        rx, ry = (k * 173) % W, river + 8 + (k * 37) % 56
        d.line([(rx, ry), (rx + 30, ry)], fill=(40, 90, 220), width=2)
    tx = 250  # the TV tower: a mast, a disc and a pod
    d.polygon([(tx - 16, river), (tx + 16, river), (tx + 6, river - 420), (tx - 6, river - 420)], fill=far)
    d.ellipse([tx - 56, river - 330, tx + 56, river - 300], fill=far)
    d.ellipse([tx - 30, river - 380, tx + 30, river - 350], fill=far)
    d.line([(tx, river - 420), (tx, river - 500)], fill=far, width=4)
    for bx, bw, bh in [(360, 70, 260), (440, 50, 200), (700, 80, 300), (790, 56, 230), (856, 90, 200),
                       (60, 80, 180), (150, 60, 240)]:
        d.rectangle([bx, river - bh, bx + bw, river], fill=far)
        for wy in range(int(river - bh + 16), int(river - 12), 26):
            for wx in range(bx + 10, bx + bw - 10, 18):
                d.rectangle([wx, wy, wx + 7, wy + 9], fill=(90, 150, 255))
    mx = 520  # the school's main building with its clock tower
    d.rectangle([mx, river - 150, mx + 170, river], fill=near)
    d.rectangle([mx + 62, river - 230, mx + 108, river - 150], fill=near)
    d.ellipse([mx + 70, river - 220, mx + 100, river - 190], outline=(170, 220, 255), width=3)
    for wy in range(int(river - 130), int(river - 10), 24):
        for wx in range(mx + 14, mx + 160, 24):
            d.rectangle([wx, wy, wx + 10, wy + 8], fill=(120, 180, 255))
    for bx in (20, 990):  # bamboo
        for j in range(5):
            x = bx + j * 14
            d.line([(x, river), (x + 6, river - 200 - j * 12)], fill=(30, 120, 200), width=4)
            for yy in range(int(river - 180), int(river - 20), 40):
                d.line([(x + 3, yy), (x + 24, yy - 14)], fill=(30, 120, 200), width=3)
    d.rectangle([0, base, W, h], fill=(2, 22, 130))
    ctext(d, W / 2, h - 30, SCHOOL, font(20, True, serif=True), (220, 235, 255))


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + 80
    y = units(d, y, SPONSORS) + 80
    y = foot_plate(im, d, y, "支持单位") + 80
    y = units(d, y, SUPPORT) + 80
    y = foot_plate(im, d, y, "支持媒体") + 80
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 180, y, W / 2 + 180, y + 360], outline=WHITE, width=3)
    d.rectangle([W / 2 - 162, y + 18, W / 2 + 162, y + 342], fill=WHITE)
    qrcode(d, W / 2 - 144, y + 36, 288, 3941)
    y += 410
    slant(im, 0, y, "扫码报名", font(62, True), WHITE, 0.18, "foot", ("foot",), cx=W / 2)
    y += 116
    ctext(d, W / 2, y, "现场前300名签到可领取纪念品，先到先得", font(29), WHITE)
    ctext(d, W / 2, y + 50, "活动最终解释权归主办方所有", font(29), WHITE)
    y += 140
    slant(im, 0, y, "相聚天府之国 · 一同探索 Linux 内核之美", font(48, True), TITLE, 0.18, "foot", ("foot",), cx=W / 2)
    return int(y + 700)


def background(w, h):
    """2024's royal blue (a little lighter at the head), glows and streaks, Chengdu's skyline at the foot."""
    im = vgrad(w, h, BG0, BG1)
    im = glow(im, 810, 700, 420, (90, 200, 255), 0.22)
    im = glow(im, 100, 1300, 320, (120, 110, 255), 0.12)
    for k, yy in enumerate(range(2600, h - 900, 1900)):
        im = glow(im, 1040 if k % 2 else 40, yy, 380, (60, 200, 255) if k % 2 else (130, 110, 255), 0.07)
    im = glow(im, 540, h - 300, 500, (60, 200, 255), 0.14)
    d = ImageDraw.Draw(im)
    rnd = random.Random(3941)
    for i in range(7):  # light streaks behind the ring
        d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=(40, 110, 240), width=2)
    for _ in range(90):  # particles over the head
        px, py = rnd.randrange(500, 1080), rnd.randrange(120, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(200, 240, 255))
    for _ in range(16):  # thin light streaks down the page's edges
        sy = rnd.randrange(1600, h - 1400)
        sx = rnd.choice((rnd.randrange(0, 40), rnd.randrange(1000, 1060)))
        d.line([(sx, sy), (sx + 40, sy - 90)], fill=(40, 100, 235), width=2)
    skyline(im, h)
    return grain(im, 3941, 0.010)


LOG = {}


def paint(im, d):
    del LINES[:], HEADING_SIZES[:]
    unders = []
    y = header(im, d)
    y = intro_box(d, y) + 100
    y = foot_plate(im, d, y, "大会议程") + 70
    LOG["agenda_top"] = y
    for idx, (name, host, slots) in enumerate(FORUMS):
        y, under = agenda_heading(im, d, y, idx, name, host)
        unders.append(under)
        top = y - 36
        del DOTS[:], BARS[:]
        for j, s in enumerate(slots):
            y = agenda_row(d, y, s, (idx, j))
        ends_with_bar = slots[-1]["kind"] == "break" and slots[-1]["title"] != "开场"
        for k, (a, b) in enumerate(zip([top] + [e for _, e in BARS], [t for t, _ in BARS] + [y - 10])):
            if b > a and not (ends_with_bar and k == len(BARS)):  # no tail under a closing bar
                d.line([(LX, a), (LX, b)], fill=LINE, width=2)  # the time line, broken at the bars
        for cy, col in DOTS:
            d.ellipse([LX - 6, cy - 6, LX + 6, cy + 6], fill=col)
        hgrad(d, 70, y + 10, XR + 30, y + 16, (40, 120, 240), BAR0)
        y += 16 + 60
    LOG["agenda_end"], LOG["unders"] = y, unders
    return footer(im, d, y)


# ===========================================================================
# The laptop: the reader opened the organisers' JPEG in a desktop image viewer, maximised on a 1920 x 1080 Windows 10
# laptop at 100 % display scaling, set the zoom to 75 % and scrolled down from '大会议程' with the mouse wheel, taking a
# full-screen screenshot (Win + PrtScn, saved as '屏幕截图(N).png') whenever the window had moved on by a screenful,
# until the last forum's last talk had been on screen whole.  The page (810 px wide) stands centred on the viewer's
# dark grey under its title bar and toolbar, with a scroll bar at the right and the taskbar at the foot.
SCREEN = (1920, 1080)
TBAR, TOOLS, TASK, SBW = 30, 40, 40, 17  # title bar, toolbar, taskbar, the scroll bar's width
VT = TBAR + TOOLS  # the viewport's top on the screen
VB = SCREEN[1] - TASK  # its foot
VH = VB - VT  # 970 screen rows of the picture at a time
ZOOM = 0.75
PW = round(W * ZOOM)  # the page's width on the screen (810)
PX = (SCREEN[0] - SBW - PW) // 2  # centred in the viewer's area left of the scroll bar
GREY = (43, 43, 43)  # the viewer's background
VIEWER = "图片查看器"
DAY = "3941/10/15"  # the laptop's date (the Wednesday before the meeting)
# per screenshot: the file name Windows gives a Win + PrtScn screenshot, and the taskbar's clock
SHOTS = [("屏幕截图(%d).png" % n, c) for n, c in (
    (57, "21:46"), (58, "21:46"), (59, "21:47"), (60, "21:47"), (61, "21:47"), (62, "21:48"))]


def ui(size, bold=False):
    return font(size, bold)


def title_bar(d, Wd):
    d.rectangle([0, 0, Wd, TBAR - 1], fill=WHITE)
    d.rounded_rectangle([9, 7, 25, 23], radius=3, fill=(0, 120, 212))  # the viewer's icon: a picture
    d.polygon([(11, 21), (16, 13), (20, 18), (22, 16), (24, 21)], fill=WHITE)
    d.ellipse([18, 9, 22, 13], fill=(255, 214, 90))
    d.text((34, TBAR // 2 + 5), IMAGE + " - " + VIEWER, font=ui(12), fill=(0, 0, 0), anchor="ls")
    ink = (0, 0, 0)
    cy = TBAR // 2
    x = Wd - 138  # minimise, restore (the window is maximised), close: 46 px each
    d.line([(x + 18, cy), (x + 28, cy)], fill=ink, width=1)
    x += 46
    d.rectangle([x + 18, cy - 3, x + 26, cy + 5], outline=ink, width=1)
    d.line([(x + 20, cy - 5), (x + 28, cy - 5)], fill=ink, width=1)
    d.line([(x + 28, cy - 5), (x + 28, cy + 3)], fill=ink, width=1)
    x += 46
    d.line([(x + 18, cy - 5), (x + 28, cy + 5)], fill=ink, width=1)
    d.line([(x + 18, cy + 5), (x + 28, cy - 5)], fill=ink, width=1)


def toolbar(d, Wd):
    top = TBAR
    d.rectangle([0, top, Wd, VT - 1], fill=(243, 243, 243))
    d.line([(0, VT - 1), (Wd, VT - 1)], fill=(214, 214, 214))
    ink, f = (40, 40, 40), ui(13)
    cy = top + TOOLS // 2
    x = 14
    for label in ("打开", "另存为", "打印"):  # text buttons, each after a small glyph: a folder, a disk, a printer
        if label == "打开":
            d.polygon([(x, cy - 6), (x + 5, cy - 6), (x + 7, cy - 4), (x + 14, cy - 4), (x + 14, cy + 6), (x, cy + 6)],
                      fill=(232, 184, 60))
        elif label == "另存为":
            d.rectangle([x, cy - 7, x + 13, cy + 6], fill=(70, 110, 190))
            d.rectangle([x + 3, cy - 7, x + 10, cy - 2], fill=WHITE)
            d.rectangle([x + 3, cy + 1, x + 10, cy + 6], fill=(220, 226, 240))
        else:
            d.rectangle([x + 3, cy - 8, x + 11, cy - 3], outline=ink, width=1)
            d.rectangle([x, cy - 3, x + 14, cy + 3], fill=(110, 110, 110))
            d.rectangle([x + 3, cy + 1, x + 11, cy + 7], fill=WHITE, outline=ink, width=1)
        d.text((x + 20, cy + 5), label, font=f, fill=ink, anchor="ls")
        x += 32 + tw(d, label, f) + 14
    d.line([(x, cy - 11), (x, cy + 11)], fill=(200, 200, 200))
    x += 16
    d.polygon([(x + 10, cy - 7), (x + 10, cy + 7), (x, cy)], fill=ink)  # previous, next
    x += 30
    d.polygon([(x, cy - 7), (x, cy + 7), (x + 10, cy)], fill=ink)
    x += 26
    d.line([(x, cy - 11), (x, cy + 11)], fill=(200, 200, 200))
    x += 16
    d.ellipse([x, cy - 8, x + 14, cy + 6], outline=ink, width=2)  # zoom out
    d.line([(x + 4, cy - 1), (x + 10, cy - 1)], fill=ink, width=2)
    d.line([(x + 12, cy + 4), (x + 17, cy + 9)], fill=ink, width=2)
    x += 30
    d.rectangle([x, cy - 12, x + 62, cy + 12], fill=WHITE, outline=(190, 190, 190))
    d.text((x + 31, cy + 5), "75%", font=f, fill=ink, anchor="ms")
    d.polygon([(x + 50, cy - 2), (x + 58, cy - 2), (x + 54, cy + 3)], fill=ink)
    x += 76
    d.ellipse([x, cy - 8, x + 14, cy + 6], outline=ink, width=2)  # zoom in
    d.line([(x + 4, cy - 1), (x + 10, cy - 1)], fill=ink, width=2)
    d.line([(x + 7, cy - 4), (x + 7, cy + 2)], fill=ink, width=2)
    d.line([(x + 12, cy + 4), (x + 17, cy + 9)], fill=ink, width=2)
    x += 34
    d.text((x, cy + 5), "1:1", font=f, fill=ink, anchor="ls")
    x += 40
    d.rectangle([x, cy - 7, x + 16, cy + 7], outline=ink, width=1)  # fit to window
    d.text((x + 22, cy + 5), "适应窗口", font=f, fill=ink, anchor="ls")
    x += 100
    d.line([(x, cy - 11), (x, cy + 11)], fill=(200, 200, 200))
    x += 16
    for k in (0, 1):  # rotate left, right
        d.arc([x + k * 30, cy - 8, x + k * 30 + 16, cy + 8], 200 if k == 0 else 20, 160 if k == 0 else 340,
              fill=ink, width=2)
    x += 70
    d.text((x, cy + 5), "删除", font=f, fill=ink, anchor="ls")
    rtext(d, Wd - 20, cy - 8, "5 / 23", f, (90, 90, 90))


def scrollbar(d, Wd, top, doc_h):
    """A classic Windows scroll bar at the right of the picture: two arrows and a thumb."""
    x0 = Wd - SBW
    d.rectangle([x0, VT, Wd, VB - 1], fill=(240, 240, 240))
    for y, up in ((VT, True), (VB - SBW, False)):
        cx, cy = x0 + SBW // 2, y + SBW // 2
        pts = [(cx - 4, cy + 2), (cx + 4, cy + 2), (cx, cy - 2)] if up else [(cx - 4, cy - 2), (cx + 4, cy - 2), (cx, cy + 2)]
        d.polygon(pts, fill=(96, 96, 96))
    track = VH - 2 * SBW
    th = max(24, round(track * VH / doc_h))
    ty = VT + SBW + round((track - th) * top / (doc_h - VH))
    d.rectangle([x0 + 2, ty, Wd - 2, ty + th], fill=(192, 192, 192))


def taskbar(d, Wd, clock):
    """Windows 10's dark taskbar: start, the search box, task view, pinned apps (the viewer's running), the tray
    with the input method, network, sound and battery, then the clock over the date, and the notification icon."""
    top = VB
    d.rectangle([0, top, Wd, SCREEN[1]], fill=(28, 30, 36))
    cy = top + TASK // 2
    x = 16
    for dx, dy in ((0, 0), (9, 0), (0, 9), (9, 9)):  # start
        d.rectangle([x + dx, cy - 8 + dy, x + dx + 7, cy - 1 + dy], fill=WHITE)
    x = 48
    d.rectangle([x, top, x + 344, SCREEN[1]], fill=(243, 243, 243))  # search
    d.ellipse([x + 14, cy - 8, x + 26, cy + 4], outline=(60, 60, 60), width=2)
    d.line([(x + 24, cy + 2), (x + 29, cy + 7)], fill=(60, 60, 60), width=2)
    d.text((x + 44, cy + 5), "在这里输入你要搜索的内容", font=ui(13), fill=(110, 110, 110), anchor="ls")
    x = 410
    d.rectangle([x, cy - 7, x + 10, cy + 5], outline=WHITE, width=1)  # task view
    d.rectangle([x + 8, cy - 5, x + 18, cy + 7], outline=WHITE, width=1)
    x = 460
    apps = [("edge", (0, 120, 212)), ("files", (248, 196, 64)), ("chat", (7, 193, 96)), ("viewer", (0, 120, 212))]
    for name, col in apps:
        if name == "viewer":  # the running viewer: a lighter cell and a line under it
            d.rectangle([x - 12, top, x + 36, SCREEN[1]], fill=(60, 63, 70))
            d.rectangle([x - 12, SCREEN[1] - 2, x + 36, SCREEN[1]], fill=(118, 185, 237))
        if name == "edge":
            d.ellipse([x, cy - 12, x + 24, cy + 12], fill=col)
            d.ellipse([x + 6, cy - 4, x + 18, cy + 8], fill=(30, 190, 120))
        elif name == "files":
            d.rectangle([x, cy - 8, x + 24, cy + 10], fill=col)
            d.rectangle([x, cy - 11, x + 10, cy - 7], fill=(230, 170, 40))
        elif name == "chat":
            d.rounded_rectangle([x, cy - 12, x + 24, cy + 12], radius=5, fill=col)
            d.ellipse([x + 4, cy - 6, x + 14, cy + 2], fill=WHITE)
            d.ellipse([x + 10, cy - 2, x + 20, cy + 6], fill=WHITE)
        else:
            d.rounded_rectangle([x, cy - 11, x + 24, cy + 11], radius=3, fill=col)
            d.polygon([(x + 3, cy + 8), (x + 10, cy - 2), (x + 15, cy + 4), (x + 18, cy + 1), (x + 22, cy + 8)],
                      fill=WHITE)
        x += 48
    ink = WHITE
    x = Wd - 260  # the tray
    d.line([(x, cy + 3), (x + 5, cy - 2)], fill=ink, width=1)
    d.line([(x + 5, cy - 2), (x + 10, cy + 3)], fill=ink, width=1)
    x += 30
    d.rectangle([x, cy - 5, x + 20, cy + 5], outline=ink, width=1)  # battery
    d.rectangle([x + 2, cy - 3, x + 14, cy + 3], fill=ink)
    d.rectangle([x + 21, cy - 2, x + 22, cy + 2], fill=ink)
    x += 34
    for r in (12, 8, 4):  # network
        d.arc([x + 10 - r, cy + 4 - r, x + 10 + r, cy + 4 + r], 225, 315, fill=ink, width=2)
    x += 30
    d.polygon([(x, cy - 3), (x + 5, cy - 3), (x + 10, cy - 8), (x + 10, cy + 8), (x + 5, cy + 3), (x, cy + 3)],
              fill=ink)  # sound
    d.arc([x + 8, cy - 6, x + 18, cy + 6], 300, 60, fill=ink, width=1)
    x += 34
    d.text((x + 8, cy + 6), "中", font=ui(14), fill=ink, anchor="ms")  # the input method
    f = ui(12)
    cx = Wd - 70
    d.text((cx, cy - 3), clock, font=f, fill=ink, anchor="ms")
    d.text((cx, cy + 14), DAY, font=f, fill=ink, anchor="ms")
    x = Wd - 30  # the notification icon
    d.rectangle([x, cy - 7, x + 14, cy + 5], outline=ink, width=1)
    d.line([(x + 3, cy - 3), (x + 11, cy - 3)], fill=ink, width=1)
    d.line([(x + 3, cy + 1), (x + 11, cy + 1)], fill=ink, width=1)
    d.line([(Wd - 5, top), (Wd - 5, SCREEN[1])], fill=(70, 72, 78))  # 'show desktop'


def screenshots(page, tops, files):
    """Each stop as the screen shows it: the grey, the page's part in the viewport, the scroll bar, the title bar
    and toolbar above, the taskbar below."""
    Wd = SCREEN[0]
    doc_h = page.size[1]
    out = []
    for top, (fn, clock) in zip(tops, files):
        im = Image.new("RGB", SCREEN, GREY)
        d = ImageDraw.Draw(im)
        im.paste(page.crop((0, top, PW, top + VH)), (PX, VT))
        scrollbar(d, Wd, top, doc_h)
        title_bar(d, Wd)
        toolbar(d, Wd)
        taskbar(d, Wd, clock)
        out.append(im)
    return out


# ---------------------------------------------------------------------------
# where the screen's edges fall, and which screenshot counts which slot
def doc_box(ln):
    """A printed line's top and foot in document rows (screen pixels from the picture's top at 75 %)."""
    return ln["top"] * ZOOM, ln["bottom"] * ZOOM


def edge_cuts(e):
    """The lines an edge (a document row) slices, or None where it grazes one: a sliced line must be cut clearly
    (between 20 % and 80 % of its height), and a line not sliced must stand at least 2 screen px off the edge, so
    that 'whole' and 'cut' never hang on a pixel."""
    cut = []
    for ln in LINES:
        t, b = doc_box(ln)
        if t < e < b:
            if not 0.2 <= (e - t) / (b - t) <= 0.8:
                return None
            cut.append(ln)
        elif min(abs(e - t), abs(e - b)) < 2:
            return None
    return cut


def slot_lines(i, j):
    return [ln for ln in LINES if ln["key"] == (i, j)]


def block_top(i, j):
    """Where a slot's block starts: its first line, or for a forum's first slot the forum's heading."""
    keys = [(i, j)] + ([("heading", i)] if j == 0 else [])
    return min(ln["top"] for ln in LINES if ln["key"] in keys)


def whole(lines, top):
    return all(doc_box(ln)[0] >= top and doc_box(ln)[1] <= top + VH for ln in lines)


def part_of(tops):
    """Each slot counts ONCE, in the first screenshot that shows ALL its printed lines whole (range, title lines,
    every speaker line, a round table's labels)."""
    where = {}
    for i, (_, _, slots) in enumerate(FORUMS):
        for j in range(len(slots)):
            where[(i, j)] = next((n for n, t in enumerate(tops) if whole(slot_lines(i, j), t)), None)
    return where


def plan(first, wish):
    """How the tops were chosen (run with PLAN=1; the result is frozen in TOPS): the first as given, then each next
    one so that it shares wish[n] screen rows with the one before (the reader's hand on the wheel), or more where
    a slot block the last edge cut would not come whole, moved up a few rows until neither edge grazes a line."""
    tops = [first]
    while True:
        where = part_of(tops)
        todo = sorted((block_top(i, j), (i, j)) for (i, j), n in where.items() if n is None)
        if not todo:
            return tops
        assert len(tops) <= len(wish), "more screenshots than wished"
        t0 = min(todo[0][0] * ZOOM - 4, tops[-1] + VH - wish[len(tops) - 1])
        for m in range(0, 60):
            t = int(t0 - m)
            if edge_cuts(t) is not None and edge_cuts(t + VH) is not None:
                break
        else:
            raise AssertionError("no clean edge near %d" % t0)
        assert t > tops[-1], (t, tops)
        tops.append(t)


# the frozen stops (document rows at the viewport's top), found by plan(FIRST, WISH) (run with PLAN=1)
FIRST = 1232
WISH = [105, 75, 60, 60, 60]
TOPS = [1232, 2084, 2979, 3888, 4798, 5707]


# ===========================================================================
def truth_slot2(s, host):
    """A slot as truth.json gives it: titles as printed; names without spaces and padding; each speaker's
    company-job line exactly as printed; the forum's host for talks and the round table, null for breaks."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": [sp["line"] for sp in s["sp"]],
            "host": None if s["kind"] == "break" else plain(host)}


def parts_truth(where, n_shots):
    parts = [[] for _ in range(n_shots)]
    for i, (name, host, slots) in enumerate(FORUMS):
        for n in range(n_shots):
            got = [truth_slot2(s, host[0]) for j, s in enumerate(slots) if where[(i, j)] == n]
            if got:
                parts[n].append({"forum": name, "date": DATE, "slots": got})
    return parts


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 173's check)."""
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


def six_from_listing():
    """CLK2025's forum folders in the listing, numbers taken off ('3 文件系统与存储分论坛/…' -> '文件系统与存储分论坛')."""
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as fh:
        paths = [ln.split("\t")[0] for ln in fh.read().splitlines()[1:]]
    folders = sorted({q.split("/")[0] for q in paths if "/" in q}, key=lambda x: int(x.split(" ")[0]))
    return [x.split(" ", 1)[1] for x in folders]


TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
COMMON = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")  # the 100
RARE = sorted(["靳永强", "邬海涛"])
SURNAMES = {"王": 5, "李": 4, "张": 3, "刘": 3, "陈": 3, "杨": 2}  # every other surname once
WRAPPED = ["Kernel Maintenance at Scale: What a Decade of Stable Backports Taught Us",
           "圆桌论坛:内核开发者从哪里来？高校、企业与社区的角色",
           "Reducing Page Table Overhead with Shared PTEs for Large Processes",
           "Taming Writeback Stalls on Large-Memory Servers",
           "Understanding Lock Holder Preemption in Overcommitted VMs",
           "kdump 在 ARM64 大内存机器上的捕获失败问题排查",
           "Supporting Shared Virtual Addressing for PCIe Accelerators",
           "BPF Tokens and Delegation: Running eBPF in Unprivileged Containers"]


def people():
    out = []
    for _, host, slots in FORUMS:
        out.append(host[0])
        out += [sp["name"] for s in slots for sp in s["sp"]]
    return out


def check(parts, where):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; every slot counted once; 42 to 55 scored talks."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2024 was the 19th
    assert [f[0] for f in FORUMS] == SIX
    six = six_from_listing()
    assert six is None or six == SIX, six
    printed = people()
    everybody = [plain(p) for p in printed]
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    assert not set(everybody) & set(REAL_NAMES), set(everybody) & set(REAL_NAMES)
    for n in printed:  # two-character names padded, no other
        assert latin(n) or (len(plain(n)) == 2) == ("\u3000" in n), n
    assert sum("\u3000" in n for n in printed) == 17
    chinese = [p for p in everybody if not latin(p)]
    assert sorted(p for p in chinese if p[0] not in COMMON) == RARE
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    assert {k: v for k, v in counts.items() if v > 1} == SURNAMES, counts
    top5, top20 = sum(p[0] in TOP5 for p in chinese), sum(p[0] in TOP20 for p in chinese)
    assert 0.25 <= top5 / len(chinese) <= 0.35 and 0.5 <= top20 / len(chinese) <= 0.65, (top5, top20)
    slots = [s for f in FORUMS for s in f[2]]
    titles = [s["title"] for s in slots if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    real = listing_words()
    for x in everybody + [t for t in titles if t != "嘉宾致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    for i, (name, host, fs) in enumerate(FORUMS):
        ends = [(s["start"], s["end"]) for s in fs]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        assert all(s["start"] < s["end"] for s in fs)
        assert [s["title"] for s in fs].count("茶歇") == (0 if i == 0 else 1)
        assert all(s["host"] == host[0] for s in fs if s["kind"] != "break")
        assert plain(host[0]) not in [plain(sp["name"]) for s in fs for sp in s["sp"]]
        if i == 0:
            assert [s["title"] for s in fs[:2]] == ["开场", "嘉宾致辞"] and fs[0]["start"] == "09:00"
            assert fs[-1]["title"] == "午餐" and fs[-1]["end"] == "14:00"
        else:
            assert fs[0]["start"] == "14:00" and fs[-1]["kind"] == "talk"
    panels = [s for s in slots if s["kind"] == "panel"]
    assert len(panels) == 1 and len(panels[0]["sp"]) == 5
    assert all(1 <= len(s["sp"]) <= 2 for s in slots if s["kind"] == "talk")
    assert [sum(len(s["sp"]) == 2 for s in f[2] if s["kind"] == "talk") for f in FORUMS] == [1] * 6
    assert [sp["name"] for s in slots for sp in s["sp"] if latin(sp["name"])] == ["Lukas Hoffmann"]
    english = [s["title"] for s in slots if s["kind"] == "talk" and s["title"].isascii()]
    assert len(english) == 6 and [sum(s["title"] in english for s in f[2]) for f in FORUMS] == [1] * 6, english
    assert sorted(t for t, ls in WRAPS.items() if len(ls) > 1) == sorted(WRAPPED)
    assert max(len(ls) for ls in WRAPS.values()) == 2
    assert LOG["unders"] == [False, True, True, True, True, True], LOG["unders"]
    # the screenshots: every slot once, in page order within its forum; every screenshot counts some
    assert all(n is not None for n in where.values()), [k for k, n in where.items() if n is None]
    for i, f in enumerate(FORUMS):
        ns = [where[(i, j)] for j in range(len(f[2]))]
        assert ns == sorted(ns), (f[0], ns)
    assert all(parts), [len(p) for p in parts]
    flat = [s for p in parts for f in p for s in f["slots"]]
    assert len(flat) == len(slots)
    n = sum(1 for s in flat if s["kind"] != "break")
    assert 42 <= n <= 55, n
    return n


def edges(tops):
    """Every screen edge (the top and the foot of each screenshot) with the lines it slices; None never."""
    out = []
    for n, t in enumerate(tops):
        for kind, e in (("top", t), ("foot", t + VH)):
            cut = edge_cuts(e)
            assert cut is not None, ("an edge grazes a line", n + 1, kind, e)
            out.append((n, kind, e, cut))
    return out


def describe(n, tops, where, cuts):
    """What screenshot n shows, from the data: its rows, the headings in view, the slots it counts, the lines its
    edges slice."""
    top = tops[n]
    out = ["screenshot %d of %d, document rows %d-%d at 75 %% (poster rows about %d-%d)"
           % (n + 1, len(tops), top, top + VH, round(top / ZOOM), round((top + VH) / ZOOM))]
    heads = []
    for i, f in enumerate(FORUMS):
        hl = [ln for ln in LINES if ln["key"] == ("heading", i) and ln["what"] in ("heading", "host")]
        if whole(hl, top):
            heads.append("'%s' (host %s)" % (f[0], plain(f[1][0])))
    out.append(("headings in view: " + ", ".join(heads)) if heads else "no forum heading in view")
    if n == 0:
        out.append("'大会议程' on its plate at the top")
    for i, f in enumerate(FORUMS):
        got = [s for j, s in enumerate(f[2]) if where[(i, j)] == n]
        if got:
            out.append("counts of %s: %s" % (f[0], "; ".join(
                "%s '%s'%s" % (rng(s), s["title"], (" (" + ", ".join(plain(sp["name"]) for sp in s["sp"]) + ")")
                               if s["sp"] else "") for s in got)))
    for m, kind, e, cut in cuts:
        if m == n and cut:
            out.append("its %s SLICES %s" % (kind, " / ".join("'%s'" % ln["text"] for ln in cut)))
    return ". ".join(out) + "."


SEEN = ("CLK 3941 (第1936届, 成都, 电子科技大学, Saturday 3941-10-18): its whole agenda, drawn after the organisers' "
        "CLK2024 大会全议程.webp (royal blue, 1080 x %d, JPEG q85, the six forums one under another; not delivered), as a "
        "reader passed it on: opened in a desktop image viewer maximised on a 1920 x 1080 Windows 10 laptop, zoom 75 %% "
        "(the page 810 px wide, centred on dark grey; titles about 22 px, names 21 px, company-job lines 13 px on the "
        "screen), scrolled down with the wheel from '大会议程' and screenshotted six times (Win + PrtScn, full screen, "
        "PNG): the title bar '%s - %s', a toolbar with '75%%' and '5 / 23', a scroll bar at the right whose thumb moves "
        "down, and the dark taskbar with '中' and a clock over '%s' at the foot. Consecutive screenshots share %s "
        "screen rows.")

NOTE = (
    'Same schema and conventions as posters-blind-43 (and -59, -168, -173): speakers are names as printed with '
    "spaces and the padding of two-character names removed ('杨\u3000帆' -> '杨帆'; the Latin name 'Lukas Hoffmann' -> "
    "'LukasHoffmann'); host is the chair printed for the forum covering the slot, null for breaks; start/end "
    "always HH:MM on a 24-hour clock; break titles are as printed; the welcome speech printed with a speaker "
    "('嘉宾致辞', 09:05-09:15, 周建华 of the host school, as the 2024 whole agenda prints its '嘉宾致辞') is a talk; '开场' "
    "(09:00-09:05, printed in the title column without a speaker), '茶歇' and '午餐' are breaks; '午餐' (12:00-14:00) "
    "closes 主论坛. ONE invented edition, CLK 3941 (第1936届, 成都, host school 电子科技大学 with its 计算机科学与工程学院, "
    "Saturday 3941-10-18), with CLK2025's six forum names in CLK2025's folder order (numbers off), drawn as ONE "
    "whole-agenda image after the organisers' CLK2024 大会全议程.webp (1080 wide, the six forums one under another) "
    "and NOT delivered: what is delivered is SIX laptop screenshots of it (PNG 1920 x 1080) in a desktop image "
    "viewer at 75 %, taken down the page with overlaps; each screenshot is one entry of 'posters' holding the "
    "forums whose slots it COUNTS, in printed order. A SLOT COUNTS ONCE, in the FIRST screenshot that shows ALL its "
    "printed lines whole (range, every title line, every speaker line; for the round table also its labels and "
    "all five people); a slot whose lines are cut by a screen edge in one screenshot counts in the next, where "
    "it comes whole (the layout of each entry names the lines its edges slice); a slot repeated whole in the "
    "next screenshot's overlap is not listed again there. Every forum's date is 3941-10-18, also in screenshots "
    "that do not show the date: NO screenshot shows the poster's head (the date pill '3941年10月18日' and the city "
    "are above the first one, which starts at '大会议程'); the laptop's clock '21:46'..'21:48' and date '3941/10/15', "
    "the viewer's '75%' and '5 / 23', the file names '屏幕截图(57).png'..'(62).png' are the laptop's, never the meeting's. "
    "A forum spread over two screenshots is in both entries under its own name and host, though the later one "
    "prints neither (its heading is only in the earlier one). HEADINGS: '▶▶ 主论坛', or a slanted number box "
    "'01'..'05' followed by the forum's TOPIC and '分论坛' set APART ('内存管理与优化  分论坛', 'AI 基础设施与 eBPF 应用  分论坛' "
    "in slightly smaller type): the forum is CLK2025's folder name, the gap and the numbers no part of it. The host "
    "is the name after the violet '主持人:' (ASCII colon, as 2024 types it): at the RIGHT of 主论坛's heading with the "
    "unit under it (罗文华); for the five afternoon forums, whose long names leave no room, on a line of its own "
    "UNDER the heading between two short rules with the unit beside it (朱海峰, 李建新, 孙建伟, 蒋明辉, 杨建国); the unit is "
    "no affiliation. ROWS: the range at the left, a dot on a vertical time line, the cyan title (greedy wrap, as "
    "2024 breaks its titles), then ONE LINE PER SPEAKER, a second speaker under the first: the (padded) name and "
    "the company-job line beside it, each affiliation that line EXACTLY as printed, typed as the designer typed "
    "it (mostly run together, 'vivo操作系统内核负责人', '字节跳动STE团队内核专家', '腾讯TencentOS内核工程师', '阿里云AI基础设施工程师'; "
    "with a space where typed, 'OPPO 内核内存专家', 'SUSE 存储工程师', '荣耀终端 文件系统工程师', '英特尔 软件工程师', '安谋科技 软件工程师', "
    "'算能科技 系统软件工程师', '深信服 安全研发工程师'). The one LATIN name stands like the others with its line beside it "
    "('Lukas Hoffmann  SUSE 内核工程师', 调度、性能与调试分论坛 14:25-14:50, under the English title 'Understanding Lock "
    "Holder Preemption in Overcommitted VMs'). TWO SPEAKERS in six talks, one per forum, given top then bottom: "
    "张建军 and 杨帆 (麒麟软件, 飞腾), 郑涛 and 何丽娟 (both OPPO), 宋海燕 (SUSE) and 许志刚 (电子科技大学), 余海洋 and 袁丽萍 "
    "(the SAME line '中兴通讯操作系统工程师' twice, as 2024 repeats a line), 彭俊 (中国科学院软件研究所) and 陈丽 (算能科技), "
    "程俊 and 王丹 (both 壁仞科技). TITLES over two lines are ONE title as typed: a space between Latin words, none "
    "inside Chinese text, also where the break falls inside a word ('kdump 在 ARM64 大内存机器上的捕获失败问' / '题排查'); "
    "eight titles take two lines, none more. The ROUND TABLE (主论坛, 11:15-12:00, kind 'panel') is one row "
    "'圆桌论坛:内核开发者从哪里来？高校、企业与社区的角色' over two lines (the label '圆桌论坛:' kept, with its ASCII colon, as the "
    "real 2024 whole agenda prints its round table; the full-width '？' and '、' as printed), a violet '主持人:' line over "
    "the moderator's line and a violet '嘉\u3000宾:' line over four guests' lines; its speakers are the moderator and "
    "then the guests in printed order (赵磊; 吴晓东, 徐敏, 钟立强, 马俊杰), its affiliations their printed lines; the "
    "labels are no part of a name, and the moderator is a SPEAKER, not the forum's host (罗文华). '茶歇' and '午餐' are "
    "cyan bars holding the range and the label only: 主论坛 has no tea (as 2024's) and ends with '午餐'; every afternoon "
    "forum starts at 14:00 and has one 茶歇 (15:40-16:00, but 15:30-15:50 in 'AI 基础设施与 eBPF 应用分论坛'). "
    "ENGLISH-ONLY titles: six, one per forum, all over two lines (the keynote by a Chinese speaker, 刘海涛). "
    "SURNAMES in roughly the proportions of the population: of 57 Chinese names 王 5, 李 4, 张 3, 刘 3, 陈 3 (18, 32 %), "
    "杨 2, every other one once (34 of 57 bear one of the twenty commonest); two uncommon ones, 靳 (靳永强) and 邬 "
    "(邬海涛); seventeen two-character names, padded. No person is printed twice. The image behind the screenshots "
    "is set a little tighter than 2024's (a one-speaker talk 98 poster rows, 2024 about 115): six forums in a "
    "picture shorter than 2024's five.")


def main():
    im = two_pass(W, paint, background)
    H = im.size[1]
    assert 11000 <= H <= 14500, im.size
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)  # the organisers' JPEG, made in memory and never written
    jpeg_size = buf.tell()
    buf.seek(0)
    jpeg = Image.open(buf).convert("RGB")
    page = jpeg.resize((PW, round(H * ZOOM)), Image.BICUBIC)  # the viewer draws the picture at 75 %
    if os.environ.get("PLAN"):
        print("plan", plan(FIRST, WISH))
    tops = TOPS
    assert plan(FIRST, WISH) == tops
    assert 4 <= len(tops) <= 6 and len(tops) == len(SHOTS)
    overlaps = [VH - (b - a) for a, b in zip(tops, tops[1:])]
    assert all(60 <= o <= 130 for o in overlaps), overlaps
    plate = [ln for ln in LINES if ln["what"] == "plate" and ln["text"] == "大会议程"]
    assert len(plate) == 1 and whole(plate, tops[0]) and tops[0] > doc_box(plate[0])[0] - 20
    assert all(not whole([ln], t) for ln in LINES if ln["what"] == "date" for t in tops)  # no date is shown
    cuts = edges(tops)
    where = part_of(tops)
    parts = parts_truth(where, len(tops))
    n = check(parts, where)
    shots = screenshots(page, tops, SHOTS)
    posters = []
    seen = SEEN % (H, IMAGE, VIEWER, DAY, ", ".join(str(o) for o in overlaps[:-1]) + " and " + str(overlaps[-1]))
    for k, (shot, (fn, _), forums) in enumerate(zip(shots, SHOTS, parts)):
        path = os.path.join(HERE, fn)
        shot.save(path, "PNG", compress_level=9)
        assert shot.size == SCREEN
        size = os.path.getsize(path)
        assert 150_000 <= size <= 2_500_000, size
        counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in forums)
        print(fn, size, "doc rows %d-%d" % (tops[k], tops[k] + VH), counts)
        posters.append({"file": fn, "layout": seen + " " + describe(k, tops, where, cuts), "date": DATE,
                        "forums": forums})
    for m, kind, e, cut in cuts:
        print("  edge", m + 1, kind, e, [ln["text"] for ln in cut])
    assert [[ln["text"] for ln in cut] for _, _, _, cut in cuts] == EXPECTED_CUTS
    print("poster", W, H, "jpeg", jpeg_size, "overlaps", overlaps, "scored talks", n, "per screenshot",
          [sum(s["kind"] != "break" for f in p for s in f["slots"]) for p in parts])
    truth = {"written": "2026-12-11", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    if os.environ.get("KEEP"):
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        jpeg.save(os.path.join(HERE, "tmp", "poster.png"))


# what each screen edge slices, in order (top of 1, foot of 1, top of 2, ...), as the layouts describe it
EXPECTED_CUTS = [[], [], [], [], [], ["邓\u3000超", "快手存储系统工程师"], [], [], ["16:25-16:50", "RCU 回调堆积导致 OOM 的案例分析"],
                 [], [], []]

if __name__ == "__main__":
    main()
