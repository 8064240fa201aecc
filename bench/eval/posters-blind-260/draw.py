"""Draw the two-hundred-and-sixtieth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the Android screenshots Screenshot_8260-11-14-21-37-SS-MMM_com.tencent.mm.png ...
and truth.json next to this file.  Every string printed on the pictures comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances (seeds are fixed numbers or zlib.crc32
of a name, never hash()).

ONE invented edition, CLK 8260 (第6255届, 保定, 河北大学, Saturday 8260-11-17), with CLK2022's four forums (主论坛,
处理器架构与调度分论坛, 内存管理与异构计算分论坛, IO 与 ebpf 分论坛, its README's link texts), as CLK2022's repository
holds an edition: ONE agenda image (the organisers' would be '8260clk.png', a PNG 1080 px wide, as imgs/2022clk.png),
the four forums one under another, drawn after the organisers' CLK2024 大会全议程.webp in NEW colours (a TWILIGHT
page, dusk blue-violet at the head to deep night navy at the foot, PEACH titles, TURQUOISE labels, pale periwinkle
company-job lines, rose-to-peach tea and lunch bars).  That image is made in memory only.  Then as a reader passed it
on: it was sent into a WeChat group chat (WeChat re-encoded it as a JPEG of the same size), opened there in WeChat's
black image viewer on a 1080 x 2340 Android phone with three-button navigation, PINCHED A LITTLE LARGER than the
screen's width (x 1.1, so a strip of about 49 poster px is off screen at each side) and scrolled down by hand: six
screenshots (PNG) with a few lines of overlap, until the last forum had ended.  Only the screenshots are written.

Built from posters-blind-247/draw.py (itself from 222's, 212's and 188's): its helpers, whole-agenda painters, plan
and checks copied; changed here: the data, the palette, the school's seal (a gate tower over a ring of dots) and the
foot's skyline (Baoding: the Dacige pavilion tower, the Zhili governor's office gate, the lotus pond), the
introduction, the phone (a 1080 x 2340 screen, a MIUI-like status bar with the battery's percentage beside it, a
black three-button navigation bar), the viewer's zoom (x 1.1, centred), the file names, six screenshots, the
checks' counts.
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
    b = m.getbbox()
    LINES.append((int(x) + b[0], int(y) + b[1], int(x) + b[2], int(y) + b[3], text))
    return x + m.size[0]


def hgrad(d, x0, y0, x1, y1, c0, c1):
    for i in range(int(x1 - x0)):
        t = i / max(1, x1 - x0 - 1)
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c0, c1)))






# ===========================================================================
# CLK 8260 (第6255届), 保定, 河北大学, Saturday 8260-11-17.  主论坛 in the morning (09:00-12:30 with a short tea, then
# lunch until 13:30), CLK2022's three other forums in parallel in the afternoon from 13:30, one under another.
EDITION = "CLK 8260"
YEAR = "8260"
NTH = "第6255届中国"
DATE = "8260-11-17"
DATE_PRINTED = "8260年11月17日"
CITY = "保定"
SCHOOL = "河北大学"
SCHOOL_UNIT = "网络空间安全与计算机学院"
SCHOOL_EN = "School of Cyber Security and Computer, Hebei University"
SCHOOL_MARK = "HEBEI UNIVERSITY"
HALL = "河北大学七一路校区 图书馆学术报告厅"  # printed over two lines, broken at the space
# The reader's copy: the organisers' PNG ('8260clk.png', as CLK2022's imgs/2022clk.png) was posted in a WeChat group;
# WeChat passed it on re-encoded as a JPEG of the same size (q70, 4:2:0, the chat's own compression); the reader opened
# it in the chat, in WeChat's black full-screen viewer, which shows a long picture at the screen's width from its top;
# the reader spread two fingers once to make the small type larger (x 1.1, centred, so about 49 poster px at each
# side are off screen) and scrolled down by hand; passed on as the phone's own screenshots, PNG 1080 x 2340, named as
# a MIUI phone names them ('Screenshot_' + date and time to the millisecond + '_' + the app's package); taken on
# Wednesday 8260-11-14 from 21:37, three days before the meeting.
CHAT_Q = 70
SHOT_DAY = "8260-11-14"
SHOT_TIMES = ["21-37-05-214", "21-37-12-871", "21-37-19-406", "21-37-27-095", "21-37-33-652", "21-37-41-318",
              "21-37-48-760", "21-37-56-127", "21-38-03-544"]
SHOT_BATTERY = [63, 63, 63, 63, 62, 62, 62, 62, 62]
SHOT_W, SHOT_H = 1080, 2340  # the screen
BAR_H = 80  # the status bar
NAV_H = 132  # the three-button navigation bar at the foot (48 dp at 2.75x), black in WeChat's viewer
VIEW = SHOT_H - BAR_H - NAV_H  # screen rows of picture between the two (2128)
ZOOM = 1.1  # the reader's pinch: poster px -> screen px
VIEW_X0 = (1080 - SHOT_W / ZOOM) / 2  # the first poster column on screen (about 49)
VIEWP = VIEW / ZOOM  # poster rows on screen (about 1934.5)


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return {"name": name, "line": line}


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


# every speaker stands on a line of his own, as the 2024 whole agenda prints them (two speakers one under the
# other); two-character names are held padded, as they are printed
H0, H1, H2, H3 = "高立军", "徐　翀", "周丽娟", "程鹏飞"
FORUMS = [
    ("主论坛", (H0, "河北大学网络空间安全与计算机学院院长"), [
        T("09:00", "09:15", "开幕致辞", [P("邸建华", "河北大学副校长")], H0),
        T("09:15", "09:45", "Rust 驱动的第一年：NVMe 样例驱动里的抽象", [P("王　磊", "华为OS内核实验室技术专家")], H0),
        T("09:45", "10:15", "5.10 到 5.15：手机内核升级账本", [P("李海燕", "OPPO 内核团队负责人")], H0),
        B("10:15", "10:30", "茶歇"),
        T("10:30", "11:00", "Twelve Months of Upstream Review: Lessons from a Distro Kernel Team",
          [P("张志强", "统信软件内核研发部经理"), P("刘　洋", "统信软件内核研发工程师")], H0),
        T("11:00", "11:30", "国产服务器内核性能基线：测什么、怎么比", [P("陈　刚", "中国电子技术标准化研究院 高级工程师")], H0),
        T("11:30", "11:50", "学生补丁第一次进入主线：本科生内核实践课的组织与评分", [P("孙晓红", "河北大学网络空间安全与计算机学院副教授")], H0),
        PANEL("11:50", "12:30", "芯片、整机与操作系统厂商如何共同投入上游内核",
              [P("宋建平", "中国科学院软件研究所研究员"),
               P("黄　伟", "飞腾信息 系统软件部部长"),
               P("吴国栋", "联想服务器操作系统首席工程师"),
               P("马俊杰", "麒麟软件内核团队负责人"),
               P("郑　敏", "英特尔中国开源技术中心总监")], H0),
        B("12:30", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (H1, "中国科学院计算技术研究所副研究员"), [
        T("13:30", "14:00", "龙芯 3C5000 多路服务器上的 KVM 中断路由", [P("谢志勇", "龙芯中科 虚拟化组工程师")], H1),
        T("14:00", "14:30", "手机 SoC 的能效表从哪里来", [P("胡　斌", "vivo 系统性能高级工程师")], H1),
        T("14:30", "15:00", "Core Scheduling in Production: The Cost of Keeping SMT Siblings Apart",
          [P("Tobias Lindgren", "Canonical 内核工程师")], H1),
        T("15:00", "15:30", "RISC-V 上 sfence.vma 的批量化尝试",
          [P("唐　亮", "中国科学院软件研究所 助理研究员"), P("冯晓东", "平头哥 系统软件工程师")], H1),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "uclamp.min 与游戏帧率抖动", [P("王　昱", "小米 系统性能工程师")], H1),
        T("16:15", "16:45", "数据库线程的跨片迁移问题", [P("李建新", "华为鲲鹏计算性能优化专家")], H1),
        T("16:45", "17:10", "PREEMPT_RT 下 printk 为何成为延迟瓶颈", [P("蔺海波", "中控技术 嵌入式系统工程师")], H1),
        T("17:10", "17:35", "笔记本大小核：HFI 反馈如何影响任务放置",
          [P("赵凯文", "英特尔 客户端平台软件工程师"), P("董　杰", "英特尔 内核工程师")], H1),
        T("17:35", "18:00", "调度延迟直方图：十万台机器常驻采集的代价", [P("曹宇航", "美团基础研发平台 内核工程师")], H1),
    ]),
    ("内存管理与异构计算分论坛", (H2, "华北电力大学控制与计算机工程学院副教授"), [
        T("13:30", "13:55", "MGLRU 开启之后：后台应用保活率与冷启动时间的变化", [P("陈　静", "荣耀终端 内存优化工程师")], H2),
        T("13:55", "14:20", "一亿个 struct page 能省多少：HugeTLB 页结构体精简的收益与风险", [P("袁　超", "字节跳动系统技术与工程团队")], H2),
        T("14:20", "14:45", "Maple Tree in the VMA Path: Early Performance Observations", [P("何文涛", "腾讯TencentOS内核工程师")], H2),
        T("14:45", "15:10", "PSI 阈值怎么定：容器内存扩缩容", [P("张　婷", "快手容器平台内核工程师")], H2),
        T("15:10", "15:35", "CXL Type 3 设备枚举与 DAX 区域的创建流程",
          [P("邓明辉", "浪潮信息 服务器系统工程师"), P("林建峰", "英特尔 数据中心软件工程师")], H2),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "加速卡的设备私有内存：MEMORY_DEVICE_PRIVATE 使用经验", [P("许　飞", "摩尔线程 GPU 驱动工程师")], H2),
        T("16:15", "16:40", "线上 kfence 报告分类：越界、UAF 与误报", [P("王晓燕", "阿里云内核稳定性工程师")], H2),
        T("16:40", "17:05", "热迁移最后一轮停机多长：dirty ring 大小与收敛速度",
          [P("沈　旻", "天翼云 虚拟化研发工程师"), P("任志远", "天翼云 虚拟化架构师")], H2),
        T("17:05", "17:30", "8 GB 内存的 DPU：控制面裁剪清单", [P("曾　华", "中科驭数 系统软件工程师")], H2),
        T("17:30", "17:55", "OOM 之前的最后一秒：memcg 高水位的异步回收改造", [P("彭　勇", "京东基础架构部 内核工程师")], H2),
    ]),
    ("IO 与 ebpf 分论坛", (H3, "阿里云操作系统团队技术专家"), [
        T("13:30", "14:00", "切换 io_uring 收发后，CPU 省在了哪里", [P("刘国庆", "字节跳动 网络基础设施工程师")], H3),
        T("14:00", "14:30", "Shipping BPF Tools Across Kernel Versions: A Field Report", [P("郭晓峰", "滴滴 可观测性平台工程师")], H3),
        T("14:30", "15:00", "ZNS 盘上的 F2FS 多设备模式", [P("田雪梅", "三星半导体中国研究所 存储软件工程师")], H3),
        T("15:00", "15:30", "拥塞控制写进 struct_ops：灰度与回滚", [P("张文斌", "网易 网络协议栈工程师")], H3),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "离线任务把在线服务的磁盘打满之后：ioprio 与 blk-throttle 的组合",
          [P("王海涛", "腾讯云 存储内核工程师"), P("李　明", "腾讯云 容器平台工程师")], H3),
        T("16:20", "16:50", "XFS scrub 能查出什么：一次压测报告", [P("陈宇轩", "华为 文件系统工程师")], H3),
        T("16:50", "17:15", '验证器说 "program too large"：拆分大型 BPF 程序的五种办法', [P("杨　光", "蚂蚁集团安全内核工程师")], H3),
        T("17:15", "17:40", "CI 构建机上的 overlayfs：metacopy 与 redirect_dir", [P("梁　爽", "百度 容器平台工程师")], H3),
        T("17:40", "18:00", "同机容器通信绕过协议栈：sockmap 重定向的坑与收益", [P("姚　远", "哔哩哔哩 基础架构工程师")], H3),
    ]),
]
FOUR = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's README links

SPONSORS = ["河北大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "蚂蚁集团", "龙芯中科", "统信软件",
            "麒麟软件", "Intel"]
SUPPORT = ["清华大学", "华北电力大学", "openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "河北省计算机学会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux中国"]


# names of real speakers and hosts read on the real posters: set 188's list (itself 173's), copied; every name
# I could read in my strips of CLK2024/大会全议程.webp is in it.  The listings' names and deck titles are checked in
# check().
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
# the colours: NEW, as the brief asks, in place of the organisers' 2024 royal blue: a TWILIGHT page (a dusk
# blue-violet at the head darkening to a deep night navy at the foot), PEACH titles, TURQUOISE labels ('主持人:',
# '嘉　宾:'), pale PERIWINKLE company-job lines, white-to-peach headings, ROSE-to-peach tea and lunch bars,
# peach-to-turquoise rules
TITLE = (255, 190, 146)
PALE = (186, 196, 238)  # the company-job lines and the hosts' units
SKY = (72, 222, 206)  # '主持人:' and '嘉　宾:' (turquoise; the name SKY is kept from set 153)
LINE = (122, 134, 212)  # the time line
HEAD = (255, 246, 236)  # the forum headings (warm white)
BG0, BG_MID, BG1 = (72, 60, 130), (34, 40, 100), (12, 16, 46)
HOLE = BG_MID  # the hole of a pin
DEEP = (28, 30, 78)  # dark ink for shapes on the page
RULE = (255, 176, 136)  # the forum rules' peach end
RULE2 = (64, 204, 196)  # and their turquoise end
BAR0, BAR1 = (222, 84, 122), (232, 138, 112)  # a tea or lunch bar, left to right (then fading into the page)
W = 1080


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between (the data holds them padded)."""
    return name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, an arc, a glassy ball and small satellites (as 2024's), in this
    edition's dusk blue, peach and turquoise."""
    for r, col, wd in [(220, (96, 110, 200), 3), (176, (72, 206, 198), 10), (132, (255, 204, 170), 4)]:
        d.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], outline=col, width=wd)
    d.arc([cx - 250, cy - 160, cx + 250, cy + 160], 195, 345, fill=(255, 170, 130), width=10)
    d.arc([cx - 200, cy - 110, cx + 200, cy + 110], 20, 160, fill=(110, 120, 220), width=14)
    d.ellipse([cx - 82, cy - 82, cx + 82, cy + 82], fill=(58, 70, 150), outline=(255, 222, 200), width=4)
    d.ellipse([cx - 60, cy - 70, cx - 10, cy - 40], fill=(140, 200, 236))
    ctext(d, cx, cy - 52, YEAR, font(22, True), (255, 236, 220))
    ctext(d, cx, cy - 28, "CLK", font(56, True), WHITE)
    for ang in (25, 155, 245, 320):
        sx, sy = cx + 240 * math.cos(math.radians(ang)), cy + 150 * math.sin(math.radians(ang))
        d.ellipse([sx - 22, sy - 22, sx + 22, sy + 22], fill=(44, 56, 130), outline=(255, 190, 150), width=3)
        d.ellipse([sx - 8, sy - 8, sx + 8, sy + 8], outline=(200, 244, 236), width=2)


def seal(d, x, y, r, fill):
    """The school's seal: two rings with a ring of dots between them and, inside, a gate tower (a roof with upturned
    eaves over a wall with an arched door) on a base line (drawn simply, no real emblem)."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 8, y - r + 8, x + r - 8, y + r - 8], outline=fill, width=1)
    for k in range(24):
        ang = math.radians(k * 15)
        px, py = x + (r - 4) * math.cos(ang), y + (r - 4) * math.sin(ang)
        d.ellipse([px - 1, py - 1, px + 1, py + 1], fill=fill)
    a = r / 2.3
    d.rectangle([x - a * 0.8, y - a * 0.2, x + a * 0.8, y + a * 0.75], outline=fill, width=2)  # the wall
    d.arc([x - a * 0.3, y + a * 0.1, x + a * 0.3, y + a * 0.9], 180, 360, fill=fill, width=2)  # the door
    d.line([(x - a * 1.2, y - a * 0.15), (x - a * 0.9, y - a * 0.35), (x + a * 0.9, y - a * 0.35),
            (x + a * 1.2, y - a * 0.15)], fill=fill, width=2)  # the eaves
    d.line([(x - a * 0.55, y - a * 0.35), (x - a * 0.3, y - a * 0.85), (x + a * 0.3, y - a * 0.85),
            (x + a * 0.55, y - a * 0.35)], fill=fill, width=2)  # the roof
    d.line([(x - a * 1.2, y + a * 0.9), (x + a * 1.2, y + a * 0.9)], fill=fill, width=2)


def ripples(d, y0, y1, col, seed):
    """The river's ripples: short horizontal dashes, denser and longer towards the bottom."""
    rnd = random.Random(seed)
    for _ in range(int((y1 - y0) * 0.9)):
        yy = rnd.uniform(y0, y1)
        t = (yy - y0) / max(1, y1 - y0)
        ln = 10 + 50 * t
        xx = rnd.uniform(-20, W)
        d.line([(xx, yy), (xx + ln, yy)], fill=col, width=2)


def faint_city(d, y, col):
    """Faint towers behind the address, as the 2024 head has a faint city there."""
    for x, w, h in [(100, 40, 70), (146, 56, 110), (208, 30, 80), (244, 60, 140), (310, 44, 96), (360, 70, 60),
                    (436, 36, 120), (478, 50, 84)]:
        d.rectangle([x, y - h, x + w, y], outline=col, width=2)
        for wy in range(int(y - h + 12), int(y - 8), 18):
            d.line([(x + 8, wy), (x + w - 8, wy)], fill=col, width=1)


PILL = (255, 180, 140)  # the date pill's outline and marks (peach)


def header(im, d):
    """The head: logo lines, the school's seal and name with its college, the slanted edition title, the ring, the
    date pill, the address ('地址:' inline, the hall over two lines, as the 2024 whole agenda prints it)."""
    logo_lines(d, 60, 56, WHITE, TITLE, 1.15)
    seal(d, 636, 92, 34, WHITE)
    d.text((684, 48), fits(d, SCHOOL, font(36, True, serif=True), 380), font=font(36, True, serif=True), fill=WHITE)
    d.text((684, 96), fits(d, SCHOOL_UNIT, font(26, True), 380), font=font(26, True), fill=WHITE)
    d.text((684, 132), fits(d, SCHOOL_EN, font(10), 380), font=font(10), fill=(214, 220, 250))
    ring_graphic(d, 790, 700)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    slant_text(im, 70, 384, "Linux内核开发者大会", font(88, True), HEAD, 0.16)
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=(110, 200, 200), width=4)
    d.line([(560, 530), (640, 510)], fill=PILL, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 630, 80 + pw, 698
    d.rounded_rectangle([x0, y0, x1, y1], radius=12, outline=PILL, width=3)
    d.line([(x0 + pw / 2 - 40, y0), (x0 + pw / 2 + 40, y0)], fill=PILL, width=8)
    d.line([(x0 + pw / 2 - 40, y1), (x0 + pw / 2 + 40, y1)], fill=PILL, width=8)
    d.line([(x0 - 10, y0 + 16), (x0 - 10, y1 - 16)], fill=PILL, width=5)
    d.line([(x1 + 10, y0 + 16), (x1 + 10, y1 - 16)], fill=PILL, width=5)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, TITLE, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    af = font(36, True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= 600 for ln in lines), lines
    y = 770
    for ln in lines:
        d.text((84, y), ln, font=af, fill=WHITE)
        y += 56
    faint_city(d, 1040, (92, 88, 160))
    return 1110


INTRO = ["中国 Linux 内核开发者大会（CHINA LINUX KERNEL, CLK）创办于 2006 年，至今已举办6254届，是由国内 Linux 内核"
         "开发者自发组织、面向一线开发者的年度技术盛会。大会由清华大学、英特尔、华为、阿里云、腾讯云、字节跳动、OPPO、"
         "vivo、蚂蚁集团、龙芯中科等单位共同发起，始终坚持“开放、中立、技术为先”的原则。本届大会上午为主论坛，下午"
         "三个分论坛同时进行，议题涵盖处理器架构与调度、内存管理与异构计算、块设备 IO 与 eBPF。",
         "本届大会由河北大学网络空间安全与计算机学院承办，华北电力大学、openEuler、OpenAnolis 龙蜥社区、OpenCloudOS 等"
         "单位共同支持。各论坛将在 CSDN 同步直播，欢迎内核开发者、高校师生和开源爱好者扫码报名、现场参会。"]
# the whole agenda's measures, taken from the real 2024 one (set 106's, through 118, 130, 143, 153 and 173): the
# range's left edge, the time line, the title column and its right end; the company-job line starts NAME_COL after
# a name
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
    d.rectangle([bx0, y, bx1, y + h], fill=(64, 66, 140))
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=PILL, width=10)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=PILL, width=10)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (100 if i == 0 else 50), yy), ln, font=f, fill=WHITE)
            yy += 48
    return y + h


def foot_plate(im, d, y, text):
    """A plate: a rose-to-peach bar with a cut corner and the word in leaning white type (as 2024's '大会议程')."""
    w, h = 460, 90
    x0 = W / 2 - w / 2
    hgrad(d, x0 - 70, y + 80, x0 + 120, y + 92, (40, 48, 110), (90, 214, 204))
    plate = Image.new("RGB", (w, h))
    hgrad(ImageDraw.Draw(plate), 0, 0, w, h, (206, 76, 124), (246, 150, 112))
    mask = Image.new("L", (w, h), 255)
    ImageDraw.Draw(mask).polygon([(0, 0), (18, 0), (0, 18)], fill=0)  # the cut corner shows the page
    im.paste(plate, (int(x0), int(y)), mask)
    d.line([(x0 + w - 80, y - 12), (x0 + w + 50, y - 12)], fill=(110, 226, 214), width=10)
    slant_text(im, 0, y + 8, text, font(54, True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


HEADING_SIZES = []


def mint_text(im, x, y, text, f, shear=0.16):
    """Heading type leaning right, filled with a warm white-to-peach gradient (top to bottom; 2024 uses mint)."""
    tmp = Image.new("RGB", (1, 1))
    m_w = tw(ImageDraw.Draw(tmp), text, f) + 8
    h = int(f.size * 1.45)
    m = Image.new("L", (m_w + int(shear * h) + 8, h), 0)
    ImageDraw.Draw(m).text((int(shear * h) + 4, 0), text, font=f, fill=255)
    m = m.transform(m.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    fill = vgrad(m.size[0], m.size[1], (255, 250, 244), (255, 198, 162))
    im.paste(fill, (int(x), int(y)), m)
    b = m.getbbox()
    LINES.append((int(x) + b[0], int(y) + b[1], int(x) + b[2], int(y) + b[3], text))
    return x + m.size[0]


def agenda_heading(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box '01'..'05', the topic and '分论坛' in leaning type (smaller only if it would not
    fit); the host at the right with the unit under it, or, where the heading leaves no room, on a line of its own
    under it between two short rules, as the organisers' 2024 whole agenda does (set 153's and 173's)."""
    x = 70
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=(80, 220, 206))
        x += 84
        x = mint_text(im, x, y - 4, name, font(62, True))
    else:
        box = vgrad(106, 76, (255, 204, 166), (232, 108, 124))
        mask = Image.new("L", (106, 76), 0)
        ImageDraw.Draw(mask).polygon([(14, 0), (106, 0), (92, 76), (0, 76)], fill=255)
        im.paste(box, (x, y + 6), mask)
        d.line([(x + 2, y - 8), (x + 40, y - 8)], fill=WHITE, width=6)
        d.line([(x + 2, y - 8), (x - 6, y + 30)], fill=WHITE, width=6)
        slant_text(im, x + 16, y + 6, "%02d" % idx, font(48, True), DEEP, 0.2)
        x += 132
        size = 56
        while tw(d, topic_of(name) + "分论坛", font(size, True)) + 60 > XR + 20 - x and size > 44:
            size -= 2
        f = font(size, True)
        HEADING_SIZES.append(size)
        dy = (56 - size) // 2
        x = mint_text(im, x, y + 4 + dy, topic_of(name), f)
        x = mint_text(im, x + 22, y + 4 + dy, "分论坛", f)
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
    hgrad(d, 70, y, XR + 30, y + 12, RULE, RULE2)
    return y + 12 + 56, under


def person_line(d, y, sp):
    """One speaker: the (padded) name and the company-job line after it on the same line; a Latin name too, with
    his company-job line beside it on the SAME line, as the 2024 whole agenda prints 'Lianbo Jiang' (set 247 put it
    under the name, as 2024's 'Kuzin Artem')."""
    nf, af = font(29), font(18)
    name = pad(sp["name"])
    d.text((TT, y), name, font=nf, fill=WHITE)
    col = max(NAME_COL, tw(d, name, nf) + 18)
    d.text((TT + col, y + 10), fits(d, sp["line"], af, AFF_R - TT - col), font=af, fill=PALE)
    return y + 43


def slot_lines(s, a, head_end):
    """The glyph boxes of one slot: its range and title lines (head) and its speakers' and labels' lines (rest)."""
    SLOT_LINES[key(s)] = (LINES[a:head_end], LINES[head_end:])


def agenda_row(d, y, s, log):
    """A talk: the range at the left, a dot on the time line, the peach title (greedy wrap), one line per speaker.
    A round table adds the turquoise labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are bars (the
    range and the label); '开场' a row without a speaker."""
    rf = font(31, True)
    if s["kind"] == "break" and s["title"] != "开场":
        hgrad(d, TX - 6, y - 4, XR - 120, y + 50, BAR0, BAR1)
        hgrad(d, XR - 120, y - 4, XR, y + 50, BAR1, BG_MID)
        d.text((TX, y), rng(s), font=rf, fill=WHITE)
        DOTS.append((y + 23, WHITE))
        BARS.append((y - 4, y + 50))
        a = len(LINES) - 1
        d.text((TT, y + 1), s["title"], font=font(29, True), fill=WHITE)
        slot_lines(s, a, len(LINES))
        return y + 50 + 52
    a = len(LINES)
    d.text((TX, y), rng(s), font=rf, fill=WHITE)
    y0 = y
    tf = font(29, True)
    tl = wrap(d, s["title"], tf, XR - TT)  # greedy, as the organisers' whole agenda breaks its titles
    for ln in tl:
        d.text((TT, y + 1), ln, font=tf, fill=TITLE)
        WRAPS.setdefault(s["title"], []).append(ln)
        y += 42
    log.append((s["title"], len(tl)))
    head_end = len(LINES)
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
    slot_lines(s, a, head_end)
    return y + 34


WRAPS = {}  # each title's printed lines (the first pass and the real one print the same)
DOTS, BARS = [], []  # the dots and bars of the forum being painted (the time line is drawn between the bars)


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=(240, 246, 255), width=3)
    rnd = random.Random(seed_of(name))
    if name == SCHOOL:
        seal(d, x + 46, y + h / 2, 24, WHITE)
        f = font(34, True, serif=True)
        d.text((x + 84, y + 10), fits(d, SCHOOL, f, w - 94), font=f, fill=WHITE)
        d.text((x + 86, y + 58), fits(d, SCHOOL_MARK, font(12, True), w - 94), font=font(12, True), fill=WHITE)
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
    bw, bh, gx, gy = 336, 104, 46, 40
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def eaves(d, x, y, ww, col, line):
    """A roof with upturned eaves whose ridge stands at y, ww wide on each side of x."""
    d.polygon([(x - ww - 34, y + 30), (x - ww - 22, y + 20), (x - ww + 8, y + 6), (x - ww + 20, y),
               (x + ww - 20, y), (x + ww - 8, y + 6), (x + ww + 22, y + 20), (x + ww + 34, y + 30),
               (x + ww + 8, y + 24), (x - ww - 8, y + 24)], fill=col, outline=line)


def dacige(d, x, base, col, line):
    """A tall pavilion tower of three eaves on a high brick base (as Baoding's Dacige), drawn simply."""
    d.rectangle([x - 80, base - 44, x + 80, base], fill=col, outline=line, width=2)  # the base
    d.arc([x - 20, base - 40, x + 20, base], 180, 360, fill=line, width=2)
    d.line([(x - 20, base - 20), (x - 20, base)], fill=line, width=2)
    d.line([(x + 20, base - 20), (x + 20, base)], fill=line, width=2)
    y = base - 44
    for ww, hh in ((58, 58), (48, 50), (38, 44)):
        d.rectangle([x - ww, y - hh, x + ww, y], fill=col, outline=line, width=2)
        for px in range(int(x - ww + 12), int(x + ww - 4), 18):
            d.line([(px, y - hh + 10), (px, y)], fill=line, width=1)
        eaves(d, x, y - hh - 24, ww, col, line)
        y = y - hh - 24
    d.line([(x, y), (x, y - 24)], fill=line, width=3)
    d.ellipse([x - 5, y - 32, x + 5, y - 22], outline=line, width=2)


def gate_hall(d, x, base, col, line):
    """A low hall with a broad roof and three doors on a platform (as the governor's office gate), drawn simply."""
    d.rectangle([x - 130, base - 16, x + 130, base], fill=col, outline=line, width=2)
    d.rectangle([x - 104, base - 76, x + 104, base - 16], fill=col, outline=line, width=2)
    for dx in (-60, 0, 60):
        d.rectangle([x + dx - 16, base - 60, x + dx + 16, base - 16], outline=line, width=2)
    eaves(d, x, base - 104, 104, col, line)


def lotus_pond(d, y0, y1, col, seed):
    """The lotus pond at the foot: ripples and round leaves."""
    ripples(d, y0 + 4, y1 - 4, col, seed)
    rnd = random.Random(seed + 1)
    for _ in range(22):
        cx, cy, r = rnd.uniform(20, W - 20), rnd.uniform(y0 + 14, y1 - 10), rnd.uniform(8, 18)
        d.pieslice([cx - r, cy - r * 0.45, cx + r, cy + r * 0.45], 20, 340, outline=col, width=2)


def skyline(im, h):
    """The foot, Baoding in the 2024 manner (pale periwinkle outlines and fills a little lighter than the page): the
    Dacige pavilion tower at the left, the governor's office gate in the middle, towers at the right, the lotus pond
    at the foot, and the school's name."""
    d = ImageDraw.Draw(im)
    base = h - 60
    fillc, line = (30, 40, 96), (100, 116, 204)
    pond = base - 110
    d.rectangle([0, pond, W, base], fill=(22, 30, 74))
    lotus_pond(d, pond, base, (64, 80, 160), 8260)
    dacige(d, 200, pond - 6, fillc, line)
    gate_hall(d, 540, pond - 6, fillc, line)
    for tx, tw_, th in ((770, 58, 250), (840, 44, 190), (896, 72, 330), (980, 54, 220), (1040, 40, 170)):
        d.rectangle([tx, pond - 6 - th, tx + tw_, pond - 6], fill=fillc, outline=line, width=2)
        for wy in range(pond - 6 - th + 16, pond - 16, 22):
            d.line([(tx + 8, wy), (tx + tw_ - 8, wy)], fill=line, width=1)
    d.rectangle([0, base, W, h], fill=(10, 13, 38))
    seal(d, W / 2 - 84, h - 30, 16, (214, 222, 250))
    ctext(d, W / 2 + 14, h - 44, SCHOOL, font(24, True, serif=True), (230, 236, 255))


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 70
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 70
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 180, y, W / 2 + 180, y + 360], outline=WHITE, width=3)
    d.rectangle([W / 2 - 162, y + 18, W / 2 + 162, y + 342], fill=WHITE)
    qrcode(d, W / 2 - 144, y + 36, 288, 8260)
    y += 410
    slant_text(im, 0, y, "扫码报名", font(62, True), WHITE, 0.18, cx=W / 2)
    y += 116
    ctext(d, W / 2, y, "全程 CSDN 直播，现场名额有限", font(29), WHITE)
    ctext(d, W / 2, y + 50, "活动解释权归主办方所有", font(29), WHITE)
    y += 150
    slant_text(im, 0, y, "相聚保定 · 共话 Linux 内核", font(46, True), TITLE, 0.18, cx=W / 2)
    return int(y + 700)


def background(w, h):
    """The page: a dusk blue-violet head, a night-blue band under it, then darker to the foot; peach and turquoise
    glows and light streaks (the 2024 layout of light, in this edition's colours)."""
    top = vgrad(w, 1400, BG0, BG_MID)
    rest = vgrad(w, h - 1400, BG_MID, BG1)
    im = Image.new("RGB", (w, h))
    im.paste(top, (0, 0))
    im.paste(rest, (0, 1400))
    im = glow(im, 790, 700, 420, (240, 130, 150), 0.20)
    im = glow(im, 980, 120, 300, (255, 180, 140), 0.14)
    for k, yy in enumerate(range(2600, h - 1200, 2300)):
        im = glow(im, 1060 if k % 2 else 20, yy, 360, (60, 170, 190), 0.08)
    im = glow(im, 540, h - 300, 520, (90, 110, 220), 0.12)
    d = ImageDraw.Draw(im)
    rnd = random.Random(8260)
    for i in range(9):  # light streaks sweeping over the head
        d.arc([300 + i * 40, -400 - i * 30, 1500 + i * 40, 260 + i * 24], 100, 175, fill=(110, 110, 190), width=2)
    for _ in range(110):  # particles over the head
        px, py = rnd.randrange(480, 1080), rnd.randrange(150, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 236, 224))
    skyline(im, h)
    return im


FULL_LOG = {}


class LogDraw(ImageDraw.ImageDraw):
    """An ImageDraw that logs the glyph box of every line it prints (x0, y0, x1, y1, text) in LINES."""

    def text(self, xy, text, *args, **kw):
        b = self.textbbox(xy, text, font=kw.get("font"))
        LINES.append((b[0], b[1], b[2], b[3], text))
        return super().text(xy, text, *args, **kw)


LINES = []  # every printed line's glyph box, in painting order (the real pass's)
SLOT_LINES = {}  # each slot's boxes: (range and title lines, the other lines)


def paint_full(im, d):
    d = LogDraw(im)
    del LINES[:]
    SLOT_LINES.clear()
    log, unders = [], []
    del HEADING_SIZES[:]
    y = header(im, d)
    y = intro_box(d, y) + 100
    y = foot_plate(im, d, y, "大会议程") + 110
    FULL_LOG["agenda_lines"] = [len(LINES)]
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
        hgrad(d, 70, y + 20, XR + 30, y + 28, RULE2, RULE)
        y += 28 + 120
    FULL_LOG["agenda_lines"].append(len(LINES))
    FULL_LOG["titles"], FULL_LOG["unders"] = log, unders
    FULL_LOG["agenda_end"] = y
    return footer(im, d, y)


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104, 106, 118, 130, 143, 153 and 173)."""
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


def readme_forums():
    """CLK2022's four forums: the link texts of its README's recording links, in README order, read from the corpus
    when it is there (the names are the brief's, so the headings print them exactly)."""
    p = "/work/shared/corpus/years/CLK2022/README.md"
    if not os.path.exists(p):
        return FOUR
    with open(p, encoding="utf-8") as fh:
        return re.findall(r"^\[([^\]]+)\]\(http", fh.read(), re.M)


# ===========================================================================
def truth_slot2(s):
    """A slot as truth.json gives it: titles as printed; names without spaces and padding; each speaker's
    company-job line exactly as printed; host null for breaks."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": [sp["line"] for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def key(s):
    """A slot's key while drawing (the same dict is painted and written)."""
    return id(s)


# ---------------------------------------------------------------------------
# the phone: a 1080 x 2340 Android phone; WeChat's viewer shows the chat's copy of the poster at the screen's width
# between an opaque black status bar and the black three-button navigation bar; the reader pinched it once to x 1.1
# (centred: poster columns VIEW_X0 .. 1080 - VIEW_X0 on screen), scrolls by hand and takes a screenshot, a few printed
# lines of overlap each time, until the last forum has ended.  Planning is in poster rows; a screenshot shows poster
# rows a .. a + VIEWP.
K = 1  # boxes are planned in poster px
OV_MIN, OV_MAX = 120, 280  # overlap between consecutive screenshots, in poster rows (three to seven printed lines)
SLICE = (0.2, 0.8)  # an edge through a line cuts it between 20 % and 80 % of its height ...
CLEAR = 3  # ... or stands at least 3 px off it
PLAN_SEED = 8260
MAX_SHOTS = 9


def scaled(box):
    return (box[0] * K, box[1] * K, box[2] * K, box[3] * K, box[4])


def edge_cuts(e, boxes):
    """The lines an edge at poster row e slices, or None if it passes too near a line's top or foot."""
    cut = []
    for b in boxes:
        x0, y0, x1, y1, text = b
        if y1 <= e - CLEAR or y0 >= e + CLEAR:
            continue
        f = (e - y0) / max(1e-6, y1 - y0)
        if not SLICE[0] <= f <= SLICE[1]:
            return None
        cut.append(text)
    return cut


def whole(box, a):
    return box[1] >= a and box[3] <= a + VIEWP


def plan_shots(boxes, slots, end, height):
    """The screenshots' first rows (set 247's, after 212's and 205's): the first at the top of the poster, each next
    one OV_MIN..OV_MAX rows above where the last one ended, chosen (seeded) among the rows whose edges are clean and
    where no slot is counted with a speaker line cut; the last one also shows the last forum's closing rule with
    room to spare."""
    starts, counted = [], {}
    while len(counted) < len(slots):
        k = len(starts)
        assert k < MAX_SHOTS, "too many screenshots"
        cands = [0] if k == 0 else [int(starts[-1] + VIEWP) - ov for ov in range(OV_MIN, OV_MAX + 1)]
        ok = []
        for a in cands:
            if a + VIEWP > height:
                continue
            if (k and edge_cuts(a, boxes) is None) or edge_cuts(a + VIEWP, boxes) is None:
                continue
            new = [n for n in slots if n not in counted and all(whole(b, a) for b in slots[n][0])]
            if not all(all(whole(b, a) for b in slots[n][1]) for n in new):
                continue
            if len(counted) + len(new) == len(slots) and a + VIEWP < end + 60:
                continue
            ok.append((a, new))
        assert ok, ("no clean stop", k)
        a, new = ok[0] if k == 0 else random.Random(PLAN_SEED + k).choice(ok)
        starts.append(a)
        for n in new:
            counted[n] = k
    return starts, counted


def status_bar(im, clock, battery):
    """An Android status bar (MIUI-like), white on black as WeChat's black viewer leaves it: the clock, then two
    notification icons (WeChat's two speech bubbles, a QQ-mail envelope) at the left; at the right 'HD', two SIM
    signal stacks, the wifi fan, the battery's percentage and a small battery."""
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, SHOT_W, BAR_H - 1], fill=(0, 0, 0))
    f = font(31)
    cy = BAR_H // 2 + 2
    d.text((46, cy), clock, font=f, fill=WHITE, anchor="lm")
    x = 46 + tw(d, clock, f) + 22
    d.ellipse([x, cy - 13, x + 23, cy + 6], outline=WHITE, width=3)  # two bubbles, the small one in front
    d.ellipse([x + 11, cy - 5, x + 30, cy + 12], fill=(0, 0, 0), outline=WHITE, width=3)
    x += 46
    d.rectangle([x, cy - 10, x + 28, cy + 10], outline=WHITE, width=3)  # an envelope
    d.line([(x, cy - 10), (x + 14, cy + 2), (x + 28, cy - 10)], fill=WHITE, width=3)
    x0 = 722
    d.text((x0, cy), "HD", font=font(17, True), fill=WHITE, anchor="lm")
    for s in range(2):  # two SIM signal stacks
        sx = x0 + 32 + s * 50
        for j in range(4):
            bh = 6 + j * 5
            full = j < (4 if s == 0 else 2)
            d.rectangle([sx + j * 9, cy + 11 - bh, sx + j * 9 + 5, cy + 11], fill=WHITE if full else (110, 110, 110))
    cx, fy = 864, cy + 12  # wifi: a fan of three arcs and a dot
    for r in (24, 16):
        d.arc([cx - r, fy - r, cx + r, fy + r], 225, 315, fill=WHITE, width=4)
    d.ellipse([cx - 4, fy - 8, cx + 4, fy], fill=WHITE)
    d.text((900, cy), "%d" % battery, font=font(26), fill=WHITE, anchor="lm")
    bx, by = 944, cy - 11  # a small battery, filled to its level
    d.rounded_rectangle([bx, by, bx + 44, by + 22], radius=5, outline=WHITE, width=2)
    d.rectangle([bx + 46, by + 7, bx + 49, by + 15], fill=WHITE)
    d.rounded_rectangle([bx + 4, by + 4, bx + 4 + round(36 * battery / 100), by + 18], radius=2, fill=WHITE)


def nav_bar(im):
    """Three-button navigation on black (WeChat's viewer is black): a square (recents), a circle (home) and a
    triangle pointing left (back), grey, as MIUI orders them."""
    d = ImageDraw.Draw(im)
    top = SHOT_H - NAV_H
    d.rectangle([0, top, SHOT_W, SHOT_H], fill=(0, 0, 0))
    cy = top + NAV_H // 2
    g = (205, 205, 205)
    d.rounded_rectangle([250 - 17, cy - 17, 250 + 17, cy + 17], radius=4, outline=g, width=4)
    d.ellipse([540 - 21, cy - 21, 540 + 21, cy + 21], outline=g, width=4)
    d.line([(810 + 14, cy - 19), (810 - 16, cy), (810 + 14, cy + 19), (810 + 14, cy - 19)], fill=g, width=4,
           joint="curve")


def screenshot(poster, a, clock, battery):
    """The screen: the viewer shows poster columns VIEW_X0 .. W - VIEW_X0 and rows a .. a + VIEWP, scaled by ZOOM
    (bicubic) to the 1080 x VIEW px between the bars."""
    im = Image.new("RGB", (SHOT_W, SHOT_H), (0, 0, 0))
    part = poster.resize((SHOT_W, VIEW), Image.BICUBIC, box=(VIEW_X0, a, W - VIEW_X0, a + VIEWP))
    im.paste(part, (0, BAR_H))
    status_bar(im, clock, battery)
    nav_bar(im)
    return im


def shot_name(k):
    return "Screenshot_%s-%s_com.tencent.mm.png" % (SHOT_DAY, SHOT_TIMES[k])


def shot_clock(k):
    return SHOT_TIMES[k][:2] + ":" + SHOT_TIMES[k][3:5]


def chat_copy(im):
    """What the chat passed on: the organisers' PNG re-encoded by WeChat as a baseline JPEG of the same size (quality
    CHAT_Q, 4:2:0), decoded again for the viewer."""
    import io
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=CHAT_Q, subsampling=2, optimize=False, progressive=False)
    CHAT_BYTES.append(len(buf.getvalue()))
    buf.seek(0)
    return Image.open(buf).convert("RGB")


CHAT_BYTES = []
COMMON = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")  # the 100
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = ["邸", "蔺"]  # both rare in the country and met most often in Hebei and Shanxi
SURNAME_COUNTS = {"王": 4, "李": 3, "张": 3, "刘": 2, "陈": 3}  # every other surname once
# the characters a given name may use: everyday ones, as the brief asks (伟 明 磊 涛 军 华 勇 强 杰 婷 静 丽 鹏 飞 斌 超 ...)
EVERYDAY = set("伟明磊涛军华勇强杰婷静丽鹏飞斌超建国立敏平海燕新峰志远晓辉庆红永文波娟俊昊阳洋浩亮冰刚颖鑫卫东凯龙"
               "宁帅光云一帆宇梅雷振栋程萍雪哲春花思翔君航娜爽轩")
UNCOMMON_GIVEN = set("翀昱旻")  # the less common characters a parent chooses, each once


def people():
    out = []
    for _, host, slots in FORUMS:
        out.append(plain(host[0]))
        out += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    return out


def check(shots):
    """A Saturday; CLK2022's four forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; surnames mostly common ones in roughly their proportions."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2022 was the 17th
    assert DATE_PRINTED == "%s年%d月%d日" % (YEAR, int(DATE[5:7]), int(DATE[8:10]))
    assert [f[0] for f in FORUMS] == FOUR == readme_forums(), readme_forums()
    ppl = people()
    assert len(ppl) == len(set(ppl)), sorted(p for p in ppl if ppl.count(p) > 1)
    assert not set(ppl) & set(REAL_NAMES), set(ppl) & set(REAL_NAMES)
    chinese = [p for p in ppl if not p.isascii()]
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    top5 = sum(1 for p in chinese if p[0] in TOP5)
    top20 = sum(1 for p in chinese if p[0] in TOP20)
    print("surnames:", len(chinese), "top5", top5, "top20", top20, sorted(counts.items(), key=lambda kv: -kv[1]))
    assert len(chinese) == 48 and {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert (top5, top20) == (15, 28), (top5, top20)
    assert all(2 <= len(p) <= 3 for p in chinese)
    printed = [host[0] for _, host, _ in FORUMS] + [sp["name"] for f in FORUMS for s in f[2] for sp in s["sp"]]
    for n in printed:  # two-character names padded, no other
        assert n.isascii() or (len(plain(n)) == 2) == ("\u3000" in n), n
    assert sum(1 for n in printed if "\u3000" in n) == N_PADDED
    given = [plain(n)[1:] for n in printed if not n.isascii()]
    chars = "".join(given)
    assert set(chars) <= EVERYDAY | UNCOMMON_GIVEN, set(chars) - EVERYDAY - UNCOMMON_GIVEN
    assert all(chars.count(c) == 1 for c in UNCOMMON_GIVEN) and not EVERYDAY & UNCOMMON_GIVEN
    assert len(given) == len(set(given)), sorted(g for g in given if given.count(g) > 1)
    real = listing_words()
    titles = [s["title"] for f in FORUMS for s in f[2] if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in ppl + [t for t in titles if t != "开幕致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    whole_day = {}
    for shot in shots:
        assert shot["date"] == DATE
        for f in shot["forums"]:
            assert f["date"] == DATE and f["slots"]
            whole_day.setdefault(f["forum"], []).extend(f["slots"])
    assert list(whole_day) == FOUR
    for name, _, slots in FORUMS:  # every slot counted once, in page order
        assert whole_day[name] == [truth_slot2(s) for s in slots], name
    for f in whole_day.values():
        ends = [(s["start"], s["end"]) for s in f]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        for s in f:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
            assert s["start"] < s["end"]
            assert len(s["affiliations"]) == len(s["speakers"])
            assert s["kind"] == "break" or 1 <= len(s["speakers"]) <= (5 if s["kind"] == "panel" else 2)
            assert s["host"] is None or s["host"] not in s["speakers"]
    slots = [s for f in FORUMS for s in f[2]]
    assert [s["kind"] for s in slots].count("panel") == 1
    assert [sum(1 for s in f[2] if s["kind"] == "talk" and len(s["sp"]) == 2) for f in FORUMS] == TWO_SPEAKERS
    assert [sum(1 for s in f[2] if s["kind"] == "talk" and s["title"].isascii()) for f in FORUMS] == [1] * 4
    assert sum(1 for s in slots for sp in s["sp"] if latin(sp["name"])) == 1
    assert FORUMS[0][2][0]["title"] == "开幕致辞" and FORUMS[0][2][0]["start"] == "09:00"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "13:30"
    assert [s["start"] for s in FORUMS[0][2] if s["title"] == "茶歇"] == ["10:15"]
    assert FORUMS[0][2][-2]["kind"] == "panel"
    assert all(f[2][0]["start"] == "13:30" for f in FORUMS[1:])
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ENDS, [f[2][-1]["end"] for f in FORUMS[1:]]
    assert [[(s["start"], s["end"]) for s in f[2] if s["title"] == "茶歇"] for f in FORUMS[1:]] == TEAS
    assert [sum(1 for s in f[2] if s["kind"] != "break") for f in FORUMS] == COUNTS
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    return len(titles)


ENDS = ["18:00", "17:55", "18:00"]
TEAS = [[("15:30", "15:45")], [("15:35", "15:50")], [("15:30", "15:50")]]
COUNTS = [7, 9, 10, 9]
TWO_SPEAKERS = [1, 2, 2, 1]
N_PADDED = 21

DRAFT = os.environ.get("DRAFT")


def main():
    import io
    im = two_pass(W, paint_full, background)
    assert im.size[0] == W
    buf = io.BytesIO()
    im.save(buf, "PNG")  # the organisers' 8260clk.png (made in memory, never written)
    organisers = len(buf.getvalue())
    phone = chat_copy(im)  # the chat's JPEG of it, the size of the organisers' PNG
    print("poster %d x %d, organisers' PNG %d bytes, chat's JPEG %d bytes" % (im.size + (organisers, CHAT_BYTES[-1])))
    print("agenda ends at", FULL_LOG["agenda_end"])
    boxes = [scaled(b) for b in LINES]
    slots = {k: ([scaled(b) for b in h], [scaled(b) for b in r]) for k, (h, r) in SLOT_LINES.items()}
    assert len(slots) == sum(len(f[2]) for f in FORUMS)
    la, lb = FULL_LOG["agenda_lines"]
    side = [b for b in LINES[la:lb] if b[0] < VIEW_X0 + 4 or b[2] > W - VIEW_X0 - 4]
    assert not side, side  # the pinch leaves every agenda line whole across the screen
    starts, counted = plan_shots(boxes, slots, FULL_LOG["agenda_end"] * K, phone.size[1])
    print("starts", starts, "overlaps", [a + VIEWP - b for a, b in zip(starts, starts[1:])])
    for k, a in enumerate(starts):
        print(" shot", k + 1, "rows", a, a + VIEWP, "top cuts", edge_cuts(a, boxes) if k else "-",
              "foot cuts", edge_cuts(a + VIEWP, boxes))
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    shots = []
    for k, a in enumerate(starts):
        shot = screenshot(phone, a, shot_clock(k), SHOT_BATTERY[k])
        path = os.path.join(HERE, shot_name(k))
        shot.save(path, "PNG")
        forums = []
        for name, _, fslots in FORUMS:
            mine = [truth_slot2(s) for s in fslots if counted[key(s)] == k]
            if mine:
                forums.append({"forum": name, "date": DATE, "slots": mine})
        shots.append({"file": shot_name(k), "layout": LAYOUTS[k] if k < len(LAYOUTS) else "", "date": DATE,
                      "forums": forums})
        scored = sum(1 for f in forums for s in f["slots"] if s["kind"] != "break")
        print(shot_name(k), os.path.getsize(path), [(f["forum"], len(f["slots"])) for f in forums], "scored", scored)
        assert shot.size == (SHOT_W, SHOT_H)
        assert 200_000 <= os.path.getsize(path) <= 2_500_000, os.path.getsize(path)
        if not DRAFT:
            assert [(f["forum"], len(f["slots"])) for f in forums] == SHOT_SLOTS[k], k
            assert scored == SHOT_SCORED[k], k
            assert ((edge_cuts(a, boxes) if k else None), edge_cuts(a + VIEWP, boxes)) == EXPECTED_CUTS[k], k
            assert LAYOUTS[k].endswith("%d scored." % SHOT_SCORED[k]), k
    for k in range(len(starts), len(SHOT_TIMES)):  # no stale screenshot of an earlier run
        if os.path.exists(os.path.join(HERE, shot_name(k))):
            os.remove(os.path.join(HERE, shot_name(k)))
    assert 5 <= len(starts) <= MAX_SHOTS and starts[0] == 0
    assert DRAFT or len(starts) == len(LAYOUTS)
    assert all(OV_MIN <= a + VIEWP - b <= OV_MAX + 1 for a, b in zip(starts, starts[1:]))
    assert starts[-1] + VIEWP > FULL_LOG["agenda_end"] * K + 60  # the last screenshot shows the last forum's end
    assert 9000 <= im.size[1] <= 14000, im.size
    assert DRAFT or 1_000_000 <= organisers <= 2_200_000, organisers
    assert phone.size == im.size and 600_000 <= CHAT_BYTES[-1] <= 3_000_000, CHAT_BYTES
    n = check(shots)
    print("scored talks", n)
    assert 32 <= n <= 44, n
    lines = dict(FULL_LOG["titles"])
    wrapped = {t: k for t, k in lines.items() if k > 1}
    print("hosts under headings:", FULL_LOG["unders"])
    print("afternoon heading sizes:", HEADING_SIZES)
    print("titles over 2+ lines:", len(wrapped))
    for t, k in wrapped.items():
        print("  ", " / ".join(WRAPS[t][:k]))
    if not DRAFT:
        assert FULL_LOG["unders"] == UNDERS, FULL_LOG["unders"]
        assert max(lines.values()) == 2
        assert sorted(wrapped) == sorted(WRAPPED), sorted(wrapped)
        assert all(len(WRAPS[t][1].replace(" ", "")) >= 3 for t in WRAPPED), "a lone tail"
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": shots}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


UNDERS = [False, True, True, False]  # the host under the heading (long names) or at its right
WRAPPED = ["Twelve Months of Upstream Review: Lessons from a Distro Kernel Team",
           "学生补丁第一次进入主线：本科生内核实践课的组织与评分",
           "圆桌论坛:芯片、整机与操作系统厂商如何共同投入上游内核",
           "Core Scheduling in Production: The Cost of Keeping SMT Siblings Apart",
           "MGLRU 开启之后：后台应用保活率与冷启动时间的变化",
           "一亿个 struct page 能省多少：HugeTLB 页结构体精简的收益与风险",
           "Maple Tree in the VMA Path: Early Performance Observations",
           "加速卡的设备私有内存：MEMORY_DEVICE_PRIVATE 使用经验",
           "热迁移最后一轮停机多长：dirty ring 大小与收敛速度",
           "OOM 之前的最后一秒：memcg 高水位的异步回收改造",
           "Shipping BPF Tools Across Kernel Versions: A Field Report",
           "离线任务把在线服务的磁盘打满之后：ioprio 与 blk-throttle 的组合",
           '验证器说 "program too large"：拆分大型 BPF 程序的五种办法',
           "CI 构建机上的 overlayfs：metacopy 与 redirect_dir",
           "同机容器通信绕过协议栈：sockmap 重定向的坑与收益"]  # the titles printed over two lines
# what each screenshot's edges slice (top edge, foot edge; the first screenshot starts at the poster's top)
EXPECTED_CUTS = [(None, []),
                 ([], []),
                 ([], []),
                 ([], ["回收改造"]),
                 ([], ["坑与收益"]),
                 (["梁\u3000爽", "百度 容器平台工程师"], [])]
# the slots each screenshot counts, forum by forum, and its scored talks
SHOT_SLOTS = [[], [("主论坛", 9)], [("处理器架构与调度分论坛", 10)], [("内存管理与异构计算分论坛", 10)],
              [("内存管理与异构计算分论坛", 1), ("IO 与 ebpf 分论坛", 9)], [("IO 与 ebpf 分论坛", 1)]]
SHOT_SCORED = [0, 7, 9, 9, 9, 1]
PHONE = ("the organisers' ONE agenda image (a PNG 1080 x 13103, about 1.65 MB, in the CLK2024 大会全议程 layout in new "
         "twilight colours, named '8260clk.png' as CLK2022's imgs/2022clk.png; never delivered) was posted in a WeChat "
         "group, which passed it on as a JPEG of the same size (q70, about 1.2 MB); a reader opened it in the chat on a "
         "1080 x 2340 Android phone with three-button navigation: WeChat's black viewer shows the long picture at the "
         "screen's width, and the reader pinched it once to x 1.1 (centred: about 49 poster px at each side are off "
         "screen, no agenda text among them) between an opaque black status bar (80 px: '21:37', a WeChat and a mail "
         "notification icon at the left; 'HD', two SIM signal stacks, wifi, the battery's percentage '63' or '62' and a "
         "small battery at the right) and a black three-button navigation bar (132 px: square, circle, back triangle), "
         "so each screenshot shows about 1934 poster rows enlarged to 2128 screen rows (bicubic); the reader scrolled "
         "down by hand and took SIX screenshots (PNG, 1080 x 2340), each starting a few printed lines above where the "
         "last one ended")
LAYOUTS = [
    "CLK 8260 (第6255届), 保定, 8260-11-17, screenshot 1 of 6, poster rows 0-1935: " + PHONE + ". The poster's head: "
    "logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', a seal (a gate tower in a ring of dots), '河北大学' / "
    "'网络空间安全与计算机学院' and an English line at the top right, leaning '第6255届中国' / 'Linux内核开发者大会', the "
    "ring '8260' / 'CLK', the date pill '8260年11月17日' + pin + '保定', '地址:河北大学七一路校区' / '图书馆学术报告厅', "
    "faint towers; the framed introduction (two paragraphs: the morning is the main forum, three forums in parallel "
    "in the afternoon, naming topics but no forum by its name; live on CSDN); '大会议程' on its plate just above the "
    "navigation bar. No forum heading and no slot: 0 scored.",
    "CLK 8260, screenshot 2 of 6, poster rows 1716-3651 (about 219 rows shared with screenshot 1): '大会议程' again at "
    "the top; '▶▶ 主论坛' with '主持人: 高立军' and his unit '河北大学网络空间安全与计算机学院院长' at the right; the rule; "
    "'09:00-09:15 开幕致辞' (the rare 邸建华, 河北大学副校长); 'Rust 驱动的第一年：NVMe 样例驱动里的抽象' (王　磊); "
    "'5.10 到 5.15：手机内核升级账本' (李海燕); a 茶歇 bar 10:15-10:30; 'Twelve Months of Upstream Review:' / 'Lessons "
    "from a Distro Kernel Team' by 张志强 over 刘　洋 (统信软件, two jobs); '国产服务器内核性能基线：测什么、怎么比' (陈　刚); "
    "'学生补丁第一次进入主线：本科生内核实践课' / '的组织与评分' (孙晓红); the round table '圆桌论坛:芯片、整机与操作系统厂商如何共同' "
    "/ '投入上游内核' (11:50-12:30) with a turquoise '主持人:' over 宋建平 and '嘉　宾:' over 黄　伟, 吴国栋, 马俊杰, 郑　敏; "
    "a 午餐 bar 12:30-13:30 just above the navigation bar. 7 scored.",
    "CLK 8260, screenshot 3 of 6, poster rows 3522-5457 (about 129 rows shared): the 午餐 bar again at the top "
    "(counted in 2); 主论坛's closing rule; '01' '处理器架构与调度  分论坛' with '主持人: 徐　翀' and his unit on a line UNDER "
    "the heading between two short rules; 龙芯 3C5000 (谢志勇); '手机 SoC 的能效表从哪里来' (胡　斌); 'Core Scheduling in "
    "Production: The Cost' / 'of Keeping SMT Siblings Apart' by the ONE LATIN SPEAKER 'Tobias Lindgren' with 'Canonical "
    "内核工程师' on the SAME line after his name; 'RISC-V 上 sfence.vma 的批量化尝试' by 唐　亮 (中国科学院软件研究所) over "
    "冯晓东 (平头哥); a 茶歇 bar 15:30-15:45; uclamp.min (王　昱); 跨片迁移 (李建新); PREEMPT_RT printk (the rare 蔺海波); "
    "'笔记本大小核：HFI 反馈如何影响任务放置' by 赵凯文 over 董　杰 (英特尔, two jobs); '调度延迟直方图：十万台机器常驻采集的代价' "
    "(曹宇航) to 18:00; the forum's closing rule just above the navigation bar. 9 scored.",
    "CLK 8260, screenshot 4 of 6, poster rows 5285-7220 (about 172 rows shared): at the top 01's closing rule again; "
    "'02' '内存管理与异构计算  分论坛' with '主持人: 周丽娟' and her unit UNDER it; 'MGLRU 开启之后：后台应用保活率与冷启动' / "
    "'时间的变化' (陈　静); '一亿个 struct page 能省多少：HugeTLB 页结' / '构体精简的收益与风险' (袁　超); 'Maple Tree in the "
    "VMA Path: Early' / 'Performance Observations' (何文涛); PSI (张　婷); 'CXL Type 3 设备枚举与 DAX 区域的创建流程' by 邓明辉 "
    "(浪潮信息) over 林建峰 (英特尔); a 茶歇 bar 15:35-15:50; '加速卡的设备私有内存：' / 'MEMORY_DEVICE_PRIVATE 使用经验' "
    "(许　飞); kfence (王晓燕); '热迁移最后一轮停机多长：dirty ring 大小与' / '收敛速度' by 沈　旻 over 任志远 (天翼云, two "
    "jobs); '8 GB 内存的 DPU：控制面裁剪清单' (曾　华); at the FOOT '17:30-17:55' and 'OOM 之前的最后一秒：memcg 高水位的异步' "
    "whole, its second line '回收改造' SLICED by the navigation bar (that talk counts in 5). 9 scored.",
    "CLK 8260, screenshot 5 of 6, poster rows 7038-8973 (about 182 rows shared): at the top the DPU talk again (counted "
    "in 4); the OOM talk whole (彭　勇, 京东) to 17:55; 02's closing rule; '03' 'IO 与 ebpf  分论坛' with '主持人: 程鹏飞' and "
    "his unit '阿里云操作系统团队技术专家' at the RIGHT of the heading; '切换 io_uring 收发后，CPU 省在了哪里' (刘国庆); "
    "'Shipping BPF Tools Across Kernel' / 'Versions: A Field Report' (郭晓峰); ZNS (田雪梅); struct_ops (张文斌); a 茶歇 bar "
    "15:30-15:50; '离线任务把在线服务的磁盘打满之后：ioprio' / '与 blk-throttle 的组合' by 王海涛 over 李　明 (腾讯云, two "
    "jobs); XFS scrub (陈宇轩); '验证器说 \"program too large\"：拆分大型' / 'BPF 程序的五种办法' (杨　光); 'CI 构建机上的 "
    "overlayfs：metacopy 与' / 'redirect_dir' (梁　爽); at the FOOT '17:40-18:00' and '同机容器通信绕过协议栈：sockmap 重定向的' "
    "whole, its second line '坑与收益' SLICED (that talk counts in 6). 1 + 8 = 9 scored.",
    "CLK 8260, screenshot 6 of 6, poster rows 8852-10787 (about 121 rows shared): at the top 梁　爽's speaker line "
    "SLICED by the status bar (his talk counted in 5); the sockmap talk whole (姚　远, 哔哩哔哩) to 18:00; 03's closing "
    "rule; then the foot begins: '赞助单位' on a plate and twelve sponsor boxes (河北大学, HUAWEI, 阿里云, 腾讯云, 字节跳动, "
    "OPPO, vivo, 蚂蚁集团, 龙芯中科, 统信软件, 麒麟软件, Intel), '支持单位' and its first four boxes (清华大学, 华北电力大学, "
    "openEuler, OpenAnolis 龙蜥社区) just above the navigation bar; the reader stopped there (the rest of the "
    "supporters, media, QR code, slogan and skyline are in no screenshot). 1 scored.",
]

NOTE = (
    'Same schema and conventions as posters-blind-43 (and -59, -188, -205, -212, -222, -247): speakers are names as '
    "printed with spaces and the padding of two-character names removed ('徐\u3000翀' -> '徐翀', '王\u3000昱' -> '王昱'; "
    "the Latin name 'Tobias Lindgren' -> 'TobiasLindgren'); host is the chair printed for the forum covering the slot, "
    'null for breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed. ONE invented edition, CLK '
    "8260 (第6255届, 保定, host school 河北大学 with its 网络空间安全与计算机学院, Saturday 8260-11-17), with CLK2022's four "
    "forums, the link texts of its README in README order (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 "
    "ebpf 分论坛' with its spaces and lower-case 'ebpf'). The organisers' image would be ONE whole-agenda PNG, "
    "'8260clk.png' (1080 x 13103, about 1.65 MB, as CLK2022's imgs/2022clk.png is one 1.5 MB PNG), in the 2024 "
    'whole-agenda layout with NEW colours (a twilight page, dusk blue-violet at the head to night navy at the foot, '
    'peach titles, turquoise labels, periwinkle company-job lines, rose-to-peach tea and lunch bars), the four forums '
    'one under another; it is NOT delivered. What is delivered is what a reader passed on: the image as WeChat carried '
    "it (re-encoded by the chat as a JPEG of the same size, q70), opened in the chat in WeChat's black viewer on a 1080 "
    "x 2340 Android phone, pinched once to x 1.1 of the screen's width (centred; about 49 poster px at each side are off "
    'screen, but no agenda line: every range, title, name, company-job line and heading of the four forums is whole '
    'across the screen), and captured as SIX screenshots (PNG, 1080 x 2340, named '
    "Screenshot_8260-11-14-21-37-SS-MMM_com.tencent.mm.png as a MIUI phone names them) while scrolling down by hand, "
    "between an opaque black status bar (80 px: clock '21:37', two notification icons, 'HD', signal, wifi, the "
    "battery's '63'/'62') and a black three-button navigation bar (132 px), so each shows about 1934 poster rows "
    'enlarged to 2128 screen rows; each starts a few printed lines (about 121 to 219 poster rows) above where the '
    'previous one ended; the first starts at the top of the image, the last shows the end of the last forum, the '
    "sponsors and the first supporters, where the reader stopped. The clock, battery and file names are the phone's: "
    "no slot, no date of the meeting (they were taken on Wednesday 8260-11-14). Each SCREENSHOT is one entry of "
    "'posters' holding the forums whose slots it COUNTS, in printed order, every forum dated 8260-11-17 (the date is "
    'printed only in the head, on screenshot 1). Screenshot 1 (the head, the introduction and the plate \'大会议程\') '
    "counts NO slot and holds no forum: its 'forums' list is EMPTY. (1) A slot counts ONCE, in the FIRST screenshot "
    'where its range line and every line of its title are WHOLE (under the status bar, above the navigation bar); the '
    'stops were chosen so that a slot counted there also shows all its speaker and company-job lines whole. An edge '
    'either slices a line between 20 % and 80 % of its height or stands at least 3 px (poster) off every line. '
    "Sliced: at the foot of 4 the second title line '回收改造' of 'OOM 之前的最后一秒：memcg 高水位的异步回收改造' (counted in "
    "5); at the foot of 5 the second title line '坑与收益' of '同机容器通信绕过协议栈：sockmap 重定向的坑与收益' (counted in "
    "6); at the top of 6 梁爽's speaker line '梁\u3000爽  百度 容器平台工程师' (his talk counted in 5). The other edges stand "
    "in gaps. A slot repeated whole in the next screenshot's overlap is NOT listed again there. (2) A forum spread over "
    'two screenshots is in each entry that counts some of its slots, under its own name and host, although the later '
    "screenshot does not print its heading: 内存管理与异构计算分论坛's heading and first nine talks are on 4, its last talk "
    "counts in 5; 'IO 与 ebpf 分论坛''s heading and first eight talks are on 5, its last talk counts in 6. Counted: 1: "
    'nothing (0 scored); 2: 主论坛 whole, 开幕致辞 to 午餐 (7); 3: 处理器架构与调度分论坛 whole (9); 4: 内存管理与异构计算 '
    'but its last talk (9); 5: that last talk and IO 与 ebpf but its last talk (9); 6: the last talk of IO 与 ebpf (1); '
    "35 scored in all (34 talks, the opening address among them, and the round table), 5 breaks. HEADINGS: '▶▶ 主论坛', "
    "or a slanted number box '01'..'03' followed by the forum's TOPIC and '分论坛' set APART with a gap, as the 2024 whole "
    "agenda sets them ('内存管理与异构计算  分论坛', 'IO 与 ebpf  分论坛'): the forum is CLK2022's name, the gap and the "
    "numbers no part of it. The host is the name after the turquoise '主持人:' (ASCII colon, as 2024 types it): at the "
    "RIGHT of the heading with the unit under it for 主论坛 (高立军, '河北大学网络空间安全与计算机学院院长') and 'IO 与 ebpf "
    "分论坛' (程鹏飞, '阿里云操作系统团队技术专家'); for the two long names on a line of its own UNDER the heading between two "
    "short rules with the unit beside it: 徐翀 (printed '徐\u3000翀', '中国科学院计算技术研究所副研究员'), 周丽娟 "
    "('华北电力大学控制与计算机工程学院副教授'); the unit is no affiliation. ROWS: the range at the left, a dot on a vertical "
    'time line, the PEACH title, then the speakers, ONE LINE EACH, two speakers one under the other: the (padded) name '
    'and the company-job line beside it; each affiliation is that line EXACTLY as printed, typed as the designer typed '
    "it (run together, '河北大学副校长', '华为OS内核实验室技术专家', '腾讯TencentOS内核工程师'; with a space where typed, "
    "'OPPO 内核团队负责人', '小米 系统性能工程师'). The one LATIN name stands on the SAME line as his company-job line, as "
    "the 2024 whole agenda prints 'Lianbo Jiang': 'Tobias Lindgren  Canonical 内核工程师' (处理器架构与调度分论坛 "
    "14:30-15:00): speaker TobiasLindgren, affiliation 'Canonical 内核工程师' ('Canonical' is no part of his name). TWO "
    'SPEAKERS (six talks: one in 主论坛, two in each of the first two afternoon forums, one in IO 与 ebpf) are given top '
    "then bottom, each with the line beside his own name: 张志强 ('统信软件内核研发部经理') and 刘洋 ('统信软件内核研发工程师'); "
    "唐亮 ('中国科学院软件研究所 助理研究员') and 冯晓东 ('平头哥 系统软件工程师', another company); 赵凯文 ('英特尔 "
    "客户端平台软件工程师') and 董杰 ('英特尔 内核工程师'); 邓明辉 ('浪潮信息 服务器系统工程师') and 林建峰 ('英特尔 "
    "数据中心软件工程师'); 沈旻 ('天翼云 虚拟化研发工程师') and 任志远 ('天翼云 虚拟化架构师'); 王海涛 ('腾讯云 存储内核工程师') "
    "and 李明 ('腾讯云 容器平台工程师'). TITLES wrap greedily in the title column, as the organisers break them; a title "
    'over two lines is ONE title, given as the designer typed it: the typed space kept at a break between Latin words '
    "('Twelve Months of Upstream Review:' / 'Lessons from a Distro Kernel Team') and between a Latin word and Chinese "
    "typed with a space ('…磁盘打满之后：ioprio' / '与 blk-throttle 的组合', '…拆分大型' / 'BPF 程序的五种办法', "
    "'…metacopy 与' / 'redirect_dir'); none where the break follows a full-width colon ('加速卡的设备私有内存：' / "
    "'MEMORY_DEVICE_PRIVATE 使用经验') or falls inside Chinese text ('…dirty ring 大小与' / '收敛速度', '…memcg 高水位的异步' / "
    "'回收改造'), also inside a word ('…页结' / '构体精简的收益与风险', '…冷启动' / '时间的变化', '…实践课' / '的组织与评分'); "
    "the ASCII double quotes of '验证器说 \"program too large\"：…' are part of that title; fifteen titles take two lines, "
    "none more. The ROUND TABLE (主论坛, 11:50-12:30, kind 'panel') is one row '圆桌论坛:芯片、整机与操作系统厂商如何共同投入"
    "上游内核' over two lines (the label '圆桌论坛:' kept in the title with its ASCII colon, as the 2024 whole agenda prints "
    "its round table), a turquoise '主持人:' line over the moderator's line and a turquoise '嘉\u3000宾:' line over four "
    "guests' lines; its speakers are the moderator and then the guests in printed order (宋建平; 黄伟, 吴国栋, 马俊杰, 郑敏), "
    "its affiliations their printed lines; the labels are no part of a name, and the moderator is a SPEAKER, not the "
    "forum's host (高立军), although his label reads '主持人:' like the host's. There is no '开场' row: the day opens with "
    "'09:00-09:15 开幕致辞' by 邸建华 (河北大学副校长), a talk. '茶歇' and '午餐' are rose-to-peach bars holding the range and "
    "the label only, breaks of the forum they stand in: 主论坛 has a morning 茶歇 10:15-10:30 and ends with '午餐' "
    '12:30-13:30; each afternoon forum starts at 13:30, has ONE 茶歇 (15:30-15:45, 15:35-15:50, 15:30-15:50) and ends '
    "with its last talk (18:00, 17:55, 18:00). ENGLISH-ONLY titles: four, one per forum, all over two lines ('Twelve "
    "Months of Upstream Review: Lessons from a Distro Kernel Team' by two Chinese speakers; 'Core Scheduling in "
    "Production: The Cost of Keeping SMT Siblings Apart', the Latin speaker's; 'Maple Tree in the VMA Path: Early "
    "Performance Observations'; 'Shipping BPF Tools Across Kernel Versions: A Field Report'). SURNAMES of the 48 "
    'Chinese names in roughly a real kernel conference\'s proportions: 王 4, 李 3, 张 3, 陈 3, 刘 2 (15, 31 %), one each '
    'of 杨 黄 赵 吴 周 徐 孙 马 胡 郭 何 林 高 (28 of 48, 58 %, bear one of the twenty the brief lists; 朱 and 罗 absent), '
    'one each of eighteen other common ones (梁 宋 郑 谢 唐 冯 董 程 曹 袁 邓 许 沈 曾 彭 田 任 姚), and two uncommon ones, '
    "both met most often in Hebei: 邸 (邸建华, the host school's vice-president who gives the opening address) and 蔺 "
    '(蔺海波, a speaker); given names of everyday characters, three less common ones once each (翀 昱 旻), no given name '
    'twice; twenty-one two-character names, padded. No person is printed twice.'
)


if __name__ == "__main__":
    main()
