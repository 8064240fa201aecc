"""Draw the sixty-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances.  The
set is about what CLK2025's one whole-agenda image (CLK2025全部议程.jpg, not in the
corpus) looks like once a phone or a chat app has saved it again: three invented
editions, each ONE whole-edition image in the organisers' family with CLK2025's six
forum names, then re-saved:
  CLK 2631 (芜湖): royal blue (2024 timeline), drawn 1242 px, scaled to 828 px with
    a phone status-bar strip on top, JPEG q70; forums one under another, 'name
    company job' on one line; a round table; a Latin speaker.
  CLK 2632 (宜昌): near black (2023), 1080 px, a platform mark at the bottom right,
    JPEG q60; name over 'company job'; three speakers of one talk; the afternoon
    forums two side by side.
  CLK 2633 (赣州): royal blue after the 2024 forum posters, 1080 px, a JPEG q75
    round trip, a faint tiled viewer watermark, saved as PNG; name over 'company
    job'; forums one under another.
Helpers copied from posters-blind-60/draw.py (font .. streaks); see README.md.
"""
import datetime
import io
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


def wrap_designer(d, text, f, maxw):
    """Greedy text-box wrap, as a layout tool flows it, but broken after a '：' where that costs no line, and a
    last line of one or two characters (an orphan a designer would not leave) makes the lines even instead."""
    lines = wrap(d, text, f, maxw)
    head, sep, tail = text.partition("：")
    if len(lines) > 1 and sep and tw(d, head + sep, f) <= maxw and len(wrap(d, tail, f, maxw)) == len(lines) - 1:
        return [head + sep] + wrap(d, tail, f, maxw)  # a break after the colon, as designers set it
    if len(lines) > 1 and len(lines[-1].strip()) <= 2:
        return wrap_nicely(d, text, f, maxw)
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


def grain(im, seed, noise, cell=3):
    """Seeded grain blended in: the texture of a designer's paper and of a re-saved picture (cell 1: per pixel)."""
    rnd = random.Random(seed)
    w, h = im.size[0] // cell + 1, im.size[1] // cell + 1
    n = Image.frombytes("L", (w, h), rnd.randbytes(w * h))
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


def T(start, end, title, speakers, host, **extra):
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job, bio=None, **extra):
    """A speaker as printed: name, company, job title (None where none is printed), biography (CLK 2293 only)."""
    return dict({"name": name, "company": company, "job": job, "bio": bio}, **extra)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; None where no company is printed."""
    if sp["company"] is None:
        return None
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    """A slot as truth.json gives it; biographies, tags and topic chips are nowhere in it."""
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
    """A small coffee cup drawn in lines (the fonts have no cup glyph); k scales it."""
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=max(2, round(3 * k)))
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=max(2, round(3 * k)))
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def bowl(d, x, y, fill, k=1.0):
    """A rice bowl with chopsticks drawn in lines, for the lunch."""
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


def number_box(d, x, y, text, fill, ink, h=48):
    """A slanted box holding a forum's number ('01'), as the organisers' headings have it."""
    f = font(round(h * 0.62), True)
    w = tw(d, text, f) + h * 0.9
    sl = h * 0.28
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], fill=fill)
    ctext(d, x + sl / 2 + w / 2, y + h * 0.12, text, f, ink)
    return x + w + sl


def para(d, x, y, text, f, fill, maxw, lh, lines=None):
    """A paragraph wrapped to maxw; lines=(lo, hi) asserts how many lines it takes.  Returns the y under it."""
    ls = wrap(d, text, f, maxw)
    assert lines is None or lines[0] <= len(ls) <= lines[1], (text, len(ls))
    for ln in ls:
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y



def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")  # the breaks that get a cup or a bowl; an opening gets none
WHITE = (255, 255, 255)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def meal_mark(d, x, y, s, fill, k=1.0):
    if s["title"] == "午餐":
        bowl(d, x, y + 2 * k, fill, k)
    elif s["title"] == "茶歇":
        cup(d, x, y, fill, k)



def pad(name):
    """Two-character names padded with a full-width space, as the organisers' 2023 and 2024 images print them."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


def latin(name):
    return all(ord(c) < 128 for c in name)


def units_grid(d, X0, X1, y, units, per_row, box_fill, ink, fs, bh, gap):
    """Support units as boxes holding the name (the real posters show logos; these print names)."""
    bw = (X1 - X0 - (per_row - 1) * gap) / per_row
    f = font(fs, True)
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=6, fill=box_fill)
        ctext(d, bx + bw / 2, by + (bh - fs * 1.45) / 2, fits(d, u, f, bw - 12), f, ink)
    rows = (len(units) + per_row - 1) // per_row
    return y + rows * (bh + gap)


def hband(w, h, c1, c2):
    """A horizontal gradient strip (the organisers' break bands fade from left to right)."""
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for x in range(w):
        t = x / max(1, w - 1)
        d.line([(x, 0), (x, h)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))
    return im


def streaks(im, seed, col, n, x0, y0, x1, y1):
    """Thin light streaks, as the organisers' headers have them."""
    rnd = random.Random(seed)
    d = ImageDraw.Draw(im)
    for i in range(n):
        dx = rnd.randrange(-120, 120)
        d.line([(x0 + dx + i * 34, y0), (x1 + dx + i * 34, y1)], fill=col, width=rnd.choice((1, 2, 2, 3)))


def pin(d, x, y, col, k=1.0):
    """A map pin (the date pills of the organisers' posters carry one before the city)."""
    r = 9 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], fill=col)
    d.polygon([(x + 1.5 * k, y + r * 1.3), (x + 2 * r - 1.5 * k, y + r * 1.3), (x + r, y + 3.1 * r)], fill=col)
    d.ellipse([x + r * 0.55, y + r * 0.55, x + r * 1.45, y + r * 1.45], fill=(255, 255, 255) if col != (255, 255, 255)
              else (30, 60, 200))


REAL_NAMES = [  # names read on the real posters looked at (crops of 2023 and 2024), kept out of the set
    "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "宋恺睿", "付才", "郑堂权",
    "袁晓峰", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪", "谢雨来", "李治军", "许珉嘉", "郑琦",
    "宋牧春", "杨铠衔", "谢旻晟", "郭健", "彭志光", "司延腾", "殷锋卫", "谈鉴锋", "李培锋", "黄靖", "朱彦军"]

# ===========================================================================
# 1. CLK 2631 (第626届), 芜湖, Saturday 2631-10-22.  The organisers' ROYAL BLUE
#    (2024 full agenda), drawn 1242 px wide, then saved by a phone: scaled to
#    828 px, a status-bar strip stacked on top, JPEG q70.  Forums ONE UNDER
#    ANOTHER, 'padded name  company job' on ONE line under the title (the Latin
#    speaker's name alone with 'company job' under it, as 2024 printed its Latin
#    name), a round table with moderator and guests, 茶歇 and 午餐 bands.
DATE_A = "2631-10-22"
FORUMS_A = [
    ("主论坛", ("檀志宏", "安徽工程大学计算机与信息学院 院长"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("储晓峰", "安徽工程大学", "副校长")], "檀志宏"),
        T("09:20", "09:50", "大模型推理服务的 CPU 与内存协同调度", [S("黄建新", "华为", "操作系统内核首席专家")], "檀志宏"),
        T("09:50", "10:20", "百万台服务器内核热补丁的灰度发布体系",
          [S("沈立峰", "美团", "系统内核负责人"), S("高雅琴", "美团", "内核研发工程师")], "檀志宏"),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "Memory Tiering with CXL: Where the Kernel Stands Today",
          [S("Andrea Ricci", "Red Hat", "Principal Software Engineer")], "檀志宏"),
        T("11:05", "11:50", "圆桌论坛：国产基础软件生态下的内核人才培养",
          [S("方德明", "中国科学院软件研究所", "研究员", role="主持人"),
           S("眭海鹰", "龙芯中科", "内核团队负责人", role="嘉宾"),
           S("吴佳怡", "OPPO", "底层软件专家", role="嘉宾"),
           S("罗志勇", "统信软件", "内核架构师", role="嘉宾"),
           S("潘国栋", "中国科学技术大学", "副教授", role="嘉宾")], "檀志宏"),
        B("11:50", "13:30", "午餐"),
    ]),
    ("内存管理与优化分论坛", ("许晨阳", "腾讯云 内核技术专家"), [
        T("13:30", "14:00", "手机场景下 mTHP 的碎片治理与回退策略", [S("蒋文博", "荣耀", "内核工程师")], "许晨阳"),
        T("14:00", "14:30", "基于工作集估计的 memcg 主动回收", [S("曹丽", "快手", "系统工程师")], "许晨阳"),
        T("14:30", "15:00", "page_owner 与 slab 泄漏的在线诊断", [S("何俊", "中兴通讯", "操作系统工程师")], "许晨阳"),
    ]),
    ("文件系统与存储分论坛", ("陆海燕", "安徽工程大学 副教授"), [
        T("13:30", "14:00", "XFS 在线元数据修复的生产实践", [S("钱磊", "阿里云", "存储内核工程师")], "陆海燕"),
        T("14:00", "14:30", "NVMe 多路径下 io_uring 的尾延迟优化", [S("张梦琪", "三星中国研究院", "软件工程师")], "陆海燕"),
    ]),
    ("调度、性能与调试分论坛", ("马骏", "字节跳动 STE 内核专家"), [
        T("13:30", "14:00", "EEVDF 下延迟敏感任务的 slice 调优", [S("付明远", "小米", "性能工程师")], "马骏"),
        T("14:00", "14:30", "基于 ftrace 的中断延迟可视化分析", [S("尹琳", "地平线", "系统软件工程师")], "马骏"),
        B("14:30", "14:45", "茶歇"),
        T("14:45", "15:15", "vmcore 的按需转储与裁剪", [S("韦光辉", "麒麟软件", "内核工程师")], "马骏"),
    ]),
    ("硬件架构与异构计算分论坛", ("汤建波", "海光信息 系统软件总监"), [
        T("13:30", "14:00", "LoongArch 虚拟化中的中断直通实现", [S("孔令杰", "龙芯中科", "虚拟化工程师")], "汤建波"),
        T("14:00", "14:30", "RISC-V Sv57 分页在服务器平台上的验证", [S("胡雪", "奕斯伟计算", "内核工程师")], "汤建波"),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", ("邱天", "蚂蚁集团 技术专家"), [
        T("13:30", "14:00", "用 eBPF 观测 GPU 训练任务的通信瓶颈", [S("董浩", "百度智能云", "系统工程师")], "邱天"),
        T("14:00", "14:30", "推理集群中基于 sched_ext 的绑核策略", [S("廖思远", "网易", "高级工程师")], "邱天"),
    ]),
]
INTRO_A = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）举办至今已第626届，由国内从事 Linux 内核开发的企业、"
           "高校与社区共同发起，以“自由 协作 创新”为理念，以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者"
           "相互交流、共同进步，是中国 Linux 内核领域颇有影响力的峰会之一。本次大会由安徽工程大学承办，上午为主论坛，"
           "下午五个分论坛同时进行，诚邀广大 Linux 开发者和爱好者参加。")
UNITS_A = ["华为", "阿里云", "腾讯云", "字节跳动", "美团", "OPPO", "荣耀", "小米", "龙芯中科", "海光信息",
           "麒麟软件", "统信软件", "openEuler", "龙蜥社区", "OpenCloudOS"]

# ===========================================================================
# 2. CLK 2632 (第627届), 宜昌, Saturday 2632-10-27.  The organisers' NEAR BLACK
#    (2023 full agenda), drawn 1080 px wide, re-shared with a faint platform
#    watermark at the bottom right, JPEG q60.  The name on one line and
#    'company job' on the LINE UNDER IT; a talk by three speakers of three
#    companies; the afternoon forums TWO SIDE BY SIDE (01|02, 03|04, then 05
#    beside a live-stream box with a QR code).
DATE_B = "2632-10-27"
FORUMS_B = [
    ("主论坛", ("韩永胜", "三峡大学计算机与信息学院 院长"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:25", "领导致辞", [S("周卫东", "三峡大学", "副校长")], "韩永胜"),
        T("09:25", "10:00", "车载操作系统内核的长期维护：从 5.10 到 6.12", [S("程亮", "比亚迪", "汽车操作系统专家")],
          "韩永胜"),
        T("10:00", "10:35", "Rust for Linux: Shipping Our First In-Tree Driver", [S("石浩然", "小米", "内核架构师")],
          "韩永胜"),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "机密虚拟机的内核支持现状与落地实践",
          [S("谷雨", "阿里云", "虚拟化技术专家"), S("季明", "海光信息", "安全架构师"),
           S("阮秋菊", "蚂蚁集团", "机密计算工程师")], "韩永胜"),
        B("11:30", "13:30", "午餐"),
    ]),
    ("内存管理与优化分论坛", ("田晓阳", "vivo 内存团队负责人"), [
        T("13:30", "14:05", "UFS 4.0 上 swap 预读的失效分析", [S("温丽", "vivo", "内核工程师")], "田晓阳"),
        T("14:05", "14:40", "DAMON 驱动的冷页回收在云主机上的收益", [S("包志刚", "京东云", "内核工程师")], "田晓阳"),
        T("14:40", "15:15", "shmem 大页的按需分配与回退", [S("施晨", "华为", "内核工程师")], "田晓阳"),
    ]),
    ("文件系统与存储分论坛", ("熊敏", "三峡大学 教授"), [
        T("13:30", "14:05", "ext4 fast commit 的崩溃一致性验证", [S("邵颖", "华为", "存储内核工程师")], "熊敏"),
        T("14:05", "14:40", "Btrfs 条带树的设计取舍", [S("俞航", "SUSE", "软件工程师")], "熊敏"),
    ]),
    ("调度、性能与调试分论坛", ("蒲志成", "腾讯 性能优化专家"), [
        T("13:30", "14:05", "基于 BPF 的调度延迟直方图与告警", [S("谭静", "OPPO", "内核工程师")], "蒲志成"),
        T("14:05", "14:40", "perf c2c 定位伪共享的实战", [S("唐云飞", "英特尔", "软件工程师")], "蒲志成"),
    ]),
    ("硬件架构与异构计算分论坛", ("葛立伟", "飞腾 首席架构师"), [
        T("13:30", "14:05", "ARM64 MPAM 在混部场景的资源隔离", [S("陶冉", "飞腾", "内核工程师")], "葛立伟"),
        T("14:05", "14:40", "CXL 内存扩展卡的热插拔支持", [S("郝婧", "澜起科技", "系统软件工程师")], "葛立伟"),
        B("14:40", "14:55", "茶歇"),
        T("14:55", "15:30", "DPU 操作系统的轻量化裁剪", [S("闫凯", "中科驭数", "软件架构师")], "葛立伟"),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", ("蔡杰", "字节跳动 基础架构工程师"), [
        T("13:30", "14:05", "训练集群 RDMA 网络的 eBPF 可观测实践", [S("雷振宇", "商汤科技", "系统工程师")], "蔡杰"),
        T("14:05", "14:40", "GPU 显存的 cgroup 记账与限额", [S("孙萌", "摩尔线程", "驱动工程师")], "蔡杰"),
    ]),
]
INTRO_B = ("CLK 即“中国 Linux 内核开发者大会”（以下简称 CLK），举办至今已第 627 届，由国内 Linux 内核领域的企业、高校与"
           "社区共同发起，以“自由，协作，创新”为理念，以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、"
           "共同进步。每届线下参会人数近 500 人，是中国 Linux 内核领域颇有影响力的峰会之一，现诚邀广大 Linux 开发者和"
           "爱好者参加本次大会。")
UNITS_B = ["三峡大学", "华为", "英特尔", "阿里云", "腾讯", "字节跳动", "vivo", "OPPO", "小米", "飞腾", "蚂蚁集团",
           "京东云"]
MEDIA_B = ["CSDN", "InfoQ", "开源中国", "SegmentFault"]

# ===========================================================================
# 3. CLK 2633 (第628届), 赣州, Saturday 2633-11-09.  A royal-blue page in the
#    organisers' family (2024 forum posters: the forum's name in a glowing box,
#    the host centred under it), drawn 1080 px wide, passed through a JPEG q75
#    round trip, shown in an office app that lays a faint tiled watermark (the
#    viewer's name and a number) over it, and saved as PNG.  Forums ONE UNDER
#    ANOTHER; every speaker's NAME on its own line and 'company job' under it; a
#    talk by two speakers; 茶歇 rows in 主论坛 and in one afternoon forum.
DATE_C = "2633-11-09"
FORUMS_C = [
    ("主论坛", ("钟海涛", "江西理工大学信息工程学院 院长"), [
        B("09:00", "09:10", "开幕式"),
        T("09:10", "09:20", "开幕致辞", [S("刘建华", "江西理工大学", "副校长")], "钟海涛"),
        T("09:20", "09:55", "终端设备的功耗感知调度：从大小核到三丛集",
          [S("易俊", "荣耀", "OS 内核专家"), S("邓晓丽", "荣耀", "功耗优化工程师")], "钟海涛"),
        T("09:55", "10:30", "openEuler 内核的多架构 CI 与质量门禁", [S("付振", "华为", "内核测试专家")], "钟海涛"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:20", "工业控制场景下 PREEMPT_RT 的确定性调优", [S("曾志远", "南瑞集团", "系统软件工程师")],
          "钟海涛"),
        T("11:20", "11:55", "大模型辅助内核代码评审：收益与边界", [S("孙逸飞", "腾讯", "TencentOS 技术专家")], "钟海涛"),
        B("11:55", "13:30", "午餐"),
    ]),
    ("内存管理与优化分论坛", ("欧阳琳", "江西理工大学 副教授"), [
        T("13:30", "14:10", "khugepaged 的扫描开销与合并时机", [S("严斌", "蚂蚁集团", "内核工程师")], "欧阳琳"),
        T("14:10", "14:50", "分层内存下 NUMA balancing 的迁移限速", [S("吕佳", "字节跳动", "内核工程师")], "欧阳琳"),
    ]),
    ("文件系统与存储分论坛", ("廖建平", "浪潮信息 存储架构师"), [
        T("13:30", "14:10", "dm-verity 与 fs-verity 的启动性能权衡", [S("龚琪", "中兴通讯", "存储工程师")], "廖建平"),
        T("14:10", "14:50", "NFS 客户端在高并发小文件下的锁优化", [S("谢宇", "浪潮信息", "内核工程师")], "廖建平"),
    ]),
    ("调度、性能与调试分论坛", ("吴振华", "统信软件 性能团队负责人"), [
        T("13:30", "14:10", "PSI 压力信号在容器弹性伸缩中的应用", [S("章海波", "网易", "系统工程师")], "吴振华"),
        T("14:10", "14:50", "kprobe 与 fprobe 开销的量化对比", [S("黎晓", "阿里云", "内核工程师")], "吴振华"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "lockdep 在生产内核中的裁剪使用", [S("万佳", "快手", "内核工程师")], "吴振华"),
    ]),
    ("硬件架构与异构计算分论坛", ("邹立", "华为 鲲鹏处理器软件专家"), [
        T("13:30", "14:10", "鲲鹏平台 SMMU 的性能剖析与优化", [S("何雯", "华为", "系统软件工程师")], "邹立"),
        T("14:10", "14:50", "兆芯平台的 KVM 嵌套虚拟化支持", [S("卢伟", "兆芯", "虚拟化工程师")], "邹立"),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", ("涂明", "华为云 AI 基础设施专家"), [
        T("13:30", "14:10", "用 eBPF 追踪 PyTorch 数据加载的 I/O 瓶颈", [S("万鹏", "腾讯云", "工程师")], "涂明"),
        T("14:10", "14:50", "AI 集群节点内核参数的自动调优", [S("朱琳", "中国移动云能力中心", "系统工程师")], "涂明"),
    ]),
]
INTRO_C = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）举办至今已第628届，以“自由 协作 创新”为理念，"
           "以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本次大会由江西理工大学承办，"
           "华为、阿里云、腾讯、字节跳动、荣耀、蚂蚁集团、浪潮信息、统信软件、openEuler 等单位共同支持。")
UNITS_C = ["江西理工大学", "华为", "阿里云", "腾讯", "字节跳动", "荣耀", "蚂蚁集团", "浪潮信息", "统信软件",
           "中兴通讯", "网易", "openEuler"]
WATERMARK_C = "赵可欣 5821"  # the office app's tiled watermark: the viewer's name and the end of her number


# ------------------------------------------------------------------ CLK 2631
KA = 1242 / 1080  # drawn 1242 px wide: the organisers' 1080 px sizes scaled up


def ka(v):
    return round(v * KA)


CYAN_A, PINK_A, SOFT_A = (86, 236, 255), (255, 132, 228), (196, 214, 255)
DEEP_A = (16, 40, 176)


def chevrons(d, x, y, h, col):
    for i in range(2):
        X = x + i * h * 0.62
        d.polygon([(X, y), (X + h * 0.5, y + h / 2), (X, y + h)], fill=col)
    return x + 2 * h * 0.62 + 10


def host_right(d, X1, y, host, left_limit, fl, fn, fu, colours, gap):
    """'主持人：padded name' ending at X1, the unit under it; None if it would run into left_limit."""
    lab, ink, soft = colours
    w = max(tw(d, "主持人：", fl) + tw(d, pad(host[0]), fn), tw(d, host[1], fu))
    x = X1 - w
    if x < left_limit:
        return None
    d.text((x, y + (fn.size - fl.size) * 0.6), "主持人：", font=fl, fill=lab)
    d.text((x + tw(d, "主持人：", fl), y), pad(host[0]), font=fn, fill=ink)
    d.text((x, y + gap), host[1], font=fu, fill=soft)
    return y + gap + fu.size * 1.5


def heading_a(im, d, X0, X1, y, k, name, host):
    fl, fn, fu = font(ka(25), True), font(ka(28)), font(ka(17))
    if k == 0:
        x = chevrons(d, X0 + ka(4), y + ka(12), ka(40), CYAN_A)
        f = font(ka(56), True)
    else:
        x = number_box(d, X0, y + ka(6), "%02d" % k, CYAN_A, DEEP_A, h=ka(54)) + ka(14)
        f = font(ka(46), True)
    d.text((x, y), name, font=f, fill=WHITE)
    right = x + tw(d, name, f)
    under = host_right(d, X1, y + ka(2), host, right + ka(24), fl, fn, fu, (PINK_A, WHITE, SOFT_A), ka(42))
    y += ka(80)
    if under is None:  # a long name: the host block right-aligned on the lines under it
        y = host_right(d, X1, y - ka(6), host, X0, fl, fn, fu, (PINK_A, WHITE, SOFT_A), ka(42)) + ka(6)
    else:
        y = max(y, under + ka(8))
    im.paste(hband(X1 - X0, ka(7), (90, 240, 255), (40, 110, 255)), (X0, round(y)))
    return round(y) + ka(52)


def speaker_a(d, x, y, X1, sp):
    fn, fa = font(ka(27)), font(ka(18))
    if latin(sp["name"]):  # as 2024 printed its Latin name: alone, 'company job' on the line under it
        d.text((x, y), sp["name"], font=fn, fill=WHITE)
        d.text((x, y + ka(40)), fits(d, aff(sp), fa, X1 - x), font=fa, fill=SOFT_A)
        return y + ka(74)
    d.text((x, y), pad(sp["name"]), font=fn, fill=WHITE)
    ax = x + tw(d, pad(sp["name"]), fn) + ka(16)
    d.text((ax, y + ka(8)), fits(d, aff(sp), fa, X1 - ax), font=fa, fill=SOFT_A)
    return y + ka(44)


def slot_a(im, d, X0, X1, LX, CX, y, s):
    fr = font(ka(26), True)
    if s["kind"] == "break" and s["title"] in MEALS:
        im.paste(hband(X1 - X0, ka(56), (92, 204, 255), (34, 92, 236)), (X0, y - ka(10)))
        d.text((X0 + ka(22), y), rng(s), font=fr, fill=WHITE)
        d.ellipse([LX - ka(6), y + ka(13), LX + ka(6), y + ka(25)], fill=WHITE)
        d.text((CX, y - ka(2)), s["title"], font=font(ka(28), True), fill=WHITE)
        return y + ka(92)
    d.text((X0 + ka(22), y), rng(s), font=fr, fill=WHITE)
    d.ellipse([LX - ka(6), y + ka(13), LX + ka(6), y + ka(25)], fill=CYAN_A)
    ft = font(ka(29), True)
    for ln in wrap_nicely(d, s["title"], ft, X1 - CX):
        d.text((CX, y - ka(4)), ln, font=ft, fill=CYAN_A)
        y += ka(46)
    role = None
    for sp in s["sp"]:
        if sp.get("role") and sp["role"] != role:
            role = sp["role"]
            d.text((CX, y + ka(4)), "主持人：" if role == "主持人" else "嘉　宾：", font=font(ka(26), True), fill=PINK_A)
            y += ka(48)
        y = speaker_a(d, CX, y, X1, sp)
    return y + ka(36)


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = ka(52), W - ka(52)
    logo_lines(d, X0, ka(40), WHITE, CYAN_A, k=KA)
    fs = font(ka(30), True)
    rtext(d, X1, ka(36), "安徽工程大学", fs, WHITE)
    rtext(d, X1, ka(78), "ANHUI POLYTECHNIC UNIVERSITY", font(ka(12)), SOFT_A)
    sx = X1 - tw(d, "安徽工程大学", fs) - ka(84)
    d.ellipse([sx, ka(32), sx + ka(68), ka(100)], outline=WHITE, width=3)
    d.ellipse([sx + ka(10), ka(42), sx + ka(58), ka(90)], outline=WHITE, width=1)
    ctext(d, sx + ka(34), ka(52), "工", font(ka(24), True), WHITE)
    d.text((X0, ka(170)), "第626届中国", font=font(ka(80), True), fill=WHITE)
    d.text((X0, ka(280)), "Linux内核开发者大会", font=font(ka(80), True), fill=WHITE)
    cx, cy, r = ka(880), ka(560), ka(92)
    for i in range(3):
        d.ellipse([cx - r - i * ka(26), cy - r - i * ka(26), cx + r + i * ka(26), cy + r + i * ka(26)],
                  outline=(90 + i * 30, 200 - i * 30, 255), width=ka(5) - i * 2)
    ctext(d, cx, cy - ka(52), "2631", font(ka(22), True), SOFT_A)
    ctext(d, cx, cy - ka(26), "CLK", font(ka(46), True), WHITE)
    pill = "2631年10月22日"
    fp = font(ka(30), True)
    pw = tw(d, pill, fp)
    d.rounded_rectangle([X0, ka(446), X0 + pw + ka(170), ka(506)], radius=ka(12), outline=(130, 210, 255), width=3,
                        fill=(28, 74, 226))
    d.text((X0 + ka(22), ka(452)), pill, font=fp, fill=WHITE)
    pin(d, X0 + pw + ka(40), ka(460), WHITE, KA * 1.1)
    d.text((X0 + pw + ka(72), ka(452)), "芜湖", font=fp, fill=WHITE)
    d.text((X0, ka(560)), "地址：安徽工程大学", font=font(ka(34), True), fill=WHITE)
    d.text((X0, ka(612)), "国际交流中心一楼报告厅", font=font(ka(34), True), fill=WHITE)
    y = ka(760)
    top = y
    y = para(d, X0 + ka(56), y + ka(52), INTRO_A, font(ka(22)), (232, 238, 255), X1 - X0 - ka(112), ka(42)) + ka(40)
    box = Image.new("RGB", (X1 - X0 - ka(40), y - top), (58, 98, 240))
    im.paste(box, (X0 + ka(20), top))
    para(d, X0 + ka(56), top + ka(52), INTRO_A, font(ka(22)), (232, 238, 255), X1 - X0 - ka(112), ka(42))
    for (ax, ay, dx, dy) in ((X0, top, 1, 1), (X1, top, -1, 1), (X0, y, 1, -1), (X1, y, -1, -1)):
        d.line([(ax, ay), (ax + dx * ka(60), ay)], fill=CYAN_A, width=ka(7))
        d.line([(ax, ay), (ax, ay + dy * ka(60))], fill=CYAN_A, width=ka(7))
    y += ka(110)
    bw = ka(380)
    im.paste(hband(bw, ka(84), (90, 240, 255), (40, 120, 255)), (round(W / 2 - bw / 2), y))
    ctext(d, W / 2, y + ka(8), "大会议程", font(ka(52), True), WHITE)
    y += ka(200)
    LX = X0 + ka(205)
    CX = LX + ka(30)
    for k, (name, host, slots) in enumerate(FORUMS_A):
        y = heading_a(im, d, X0, X1, y, k, name, host)
        top = y
        for s in slots:
            last = y
            y = slot_a(im, d, X0, X1, LX, CX, y, s)
        d.line([(LX, top - ka(30)), (LX, last + ka(30))], fill=(140, 200, 255), width=2)
        y += ka(60)
    im.paste(hband(bw, ka(78), (90, 240, 255), (40, 120, 255)), (round(W / 2 - bw / 2), y))
    ctext(d, W / 2, y + ka(6), "支持单位", font(ka(46), True), WHITE)
    y = units_grid(d, X0 + ka(20), X1 - ka(20), y + ka(130), UNITS_A, 3, WHITE, DEEP_A, ka(26), ka(70), ka(18))
    y += ka(50)
    qrcode(d, W / 2 - ka(120), y, ka(240), 6311)
    ctext(d, W / 2, y + ka(262), "扫码报名", font(ka(42), True), WHITE)
    ctext(d, W / 2, y + ka(326), "300份现场礼品，先到先得", font(ka(22)), SOFT_A)
    ctext(d, W / 2, y + ka(392), "— 相约芜湖 · 共话内核 —", font(ka(34), True), CYAN_A)
    return y + ka(480)


def bg_a(w, h):
    im = vgrad(w, h, (24, 64, 234), (18, 44, 200))
    im = glow(im, w - 120, 600, 380, (60, 220, 255), 0.55)
    im = glow(im, 80, 200, 260, (150, 90, 255), 0.4)
    for k, yy in enumerate(range(2000, h - 500, 1300)):
        im = glow(im, w - 50 if k % 2 else 50, yy, 300, (60, 200, 255) if k % 2 else (140, 90, 255), 0.3)
    streaks(im, 6310, (70, 134, 255), 10, 500, 0, 1000, 420)
    return grain(im, 6312, 0.035)


def status_bar(w, clock):
    """A phone's status strip as a screenshot keeps it: the clock at the left, signal, 5G and battery right."""
    h = round(w * 88 / 828)
    im = Image.new("RGB", (w, h), (0, 0, 0))
    d = ImageDraw.Draw(im)
    f = font(round(h * 0.36), True)
    d.text((round(w * 0.075), round(h * 0.26)), clock, font=f, fill=WHITE)
    x = w - round(w * 0.26)
    for i in range(4):
        bh = round(h * (0.12 + 0.07 * i))
        d.rounded_rectangle([x + i * 9, round(h * 0.62) - bh, x + i * 9 + 6, round(h * 0.62)], radius=1, fill=WHITE)
    d.text((x + 46, round(h * 0.28)), "5G", font=font(round(h * 0.28), True), fill=WHITE)
    bx = w - round(w * 0.115)
    d.rounded_rectangle([bx, round(h * 0.34), bx + 50, round(h * 0.62)], radius=6, outline=(150, 150, 150), width=2)
    d.rounded_rectangle([bx + 4, round(h * 0.34) + 4, bx + 34, round(h * 0.62) - 4], radius=3, fill=WHITE)
    d.rectangle([bx + 52, round(h * 0.43), bx + 55, round(h * 0.53)], fill=(150, 150, 150))
    return im


def poster_a():
    drawn = two_pass(1242, paint_a, bg_a)
    w = 828
    small = drawn.resize((w, round(drawn.size[1] * w / drawn.size[0])), Image.LANCZOS)
    bar = status_bar(w, "10:27")
    im = Image.new("RGB", (w, bar.size[1] + small.size[1]))
    im.paste(bar, (0, 0))
    im.paste(small, (0, bar.size[1]))
    return im, drawn.size, [forum_truth(n, DATE_A, s) for n, _, s in FORUMS_A]


# ------------------------------------------------------------------ CLK 2632
TEAL_B, BLUE_B, GREY_B, VIO_B = (0, 228, 206), (92, 156, 255), (150, 162, 192), (196, 110, 255)
BAND_B, RULE_B = (18, 40, 104), (40, 62, 120)


def names_b(d, x, y, x1, sps, fn, fa, lh_n, lh_a):
    """Per speaker the padded name on one line and 'company job' on the LINE UNDER IT."""
    for sp in sps:
        d.text((x, y), pad(sp["name"]), font=fn, fill=WHITE)
        y += lh_n
        d.text((x, y), fits(d, aff(sp), fa, x1 - x), font=fa, fill=BLUE_B)
        y += lh_a
    return y


def slot_main_b(im, d, X0, X1, LX, CX, y, s):
    """The 2023 timeline: range, a dot on the line, the teal title, then name over 'company job'."""
    fr = font(26, True)
    if s["kind"] == "break" and s["title"] in MEALS:
        d.rectangle([X0, y - 14, X1, y + 46], fill=BAND_B)
        d.text((X0 + 8, y), rng(s), font=fr, fill=WHITE)
        d.ellipse([LX - 6, y + 12, LX + 6, y + 24], fill=TEAL_B)
        d.text((CX, y - 2), s["title"], font=font(28, True), fill=TEAL_B)
        return y + 94
    d.text((X0 + 8, y), rng(s), font=fr, fill=WHITE)
    d.ellipse([LX - 6, y + 12, LX + 6, y + 24], fill=TEAL_B)
    ft = font(28, True)
    for ln in wrap_nicely(d, s["title"], ft, X1 - CX):
        d.text((CX, y - 3), ln, font=ft, fill=TEAL_B)
        y += 42
    y = names_b(d, CX, y + 2, X1, s["sp"], font(26), font(19), 36, 34)
    return y + 40


def col_slot_b(d, x0, x1, y, s):
    """A talk in a forum column: the range (teal) on its own line, the title, name, 'company job'."""
    if s["kind"] == "break":
        d.rectangle([x0, y - 8, x1, y + 42], fill=BAND_B)
        cup(d, x0 + 12, y, TEAL_B, 0.85)
        d.text((x0 + 52, y), rng(s), font=font(22, True), fill=WHITE)
        d.text((x0 + 52 + tw(d, rng(s), font(22, True)) + 20, y - 2), s["title"], font=font(24, True), fill=TEAL_B)
        return y + 80
    d.ellipse([x0, y + 9, x0 + 10, y + 19], fill=TEAL_B)
    d.text((x0 + 20, y), rng(s), font=font(22, True), fill=TEAL_B)
    y += 38
    ft = font(25, True)
    for ln in wrap_designer(d, s["title"], ft, x1 - x0):
        d.text((x0, y), ln, font=ft, fill=WHITE)
        y += 37
    y = names_b(d, x0, y + 4, x1, s["sp"], font(23), font(17), 33, 30)
    return y + 34


def col_forum_b(d, x0, x1, y, k, name, host, slots):
    """A forum as a column: the big teal numeral with the name laid over its foot, the host, a bar, talks."""
    d.text((x0 - 4, y - 24), "%02d" % k, font=font(92, True), fill=(0, 150, 140))
    fname = font(34, True)
    lines = [name] if tw(d, name, fname) <= x1 - x0 else [name[:name.index("分论坛")], "分论坛"]
    for i, ln in enumerate(lines):
        d.text((x0, y + 56 + i * 46), fits(d, ln, fname, x1 - x0), font=fname, fill=WHITE)
    y += 56 + 46 * len(lines) + 18
    hf = font(22, True)
    d.text((x0, y), "主持人：", font=hf, fill=VIO_B)
    d.text((x0 + tw(d, "主持人：", hf), y), pad(host[0]), font=hf, fill=WHITE)
    d.text((x0, y + 34), fits(d, host[1], font(17), x1 - x0), font=font(17), fill=GREY_B)
    d.rectangle([x0, y + 72, x1, y + 80], fill=TEAL_B)
    y += 118
    for s in slots:
        y = col_slot_b(d, x0, x1, y, s)
    return y


def live_box_b(d, x0, x1, y, h):
    """What the designer put beside the fifth forum: a framed live-stream notice with a QR code."""
    d.rectangle([x0, y, x1, y + h], outline=RULE_B, width=2, fill=(12, 16, 42))
    cx = (x0 + x1) / 2
    ctext(d, cx, y + 40, "分论坛直播", font(32, True), WHITE)
    ctext(d, cx, y + 88, "五个会场全程线上直播", font(19), GREY_B)
    qrcode(d, cx - 100, y + 140, 200, 6321)
    ctext(d, cx, y + 362, "扫码进入直播间", font(24, True), TEAL_B)


def heading_main_b(d, X0, X1, y, name, host):
    d.text((X0 + 20, y), name, font=font(50, True), fill=WHITE)
    hf = font(27, True)
    hx = X1 - 20 - max(tw(d, "主持人：" + pad(host[0]), hf), tw(d, host[1], font(19)))
    d.text((hx, y - 2), "主持人：", font=hf, fill=VIO_B)
    d.text((hx + tw(d, "主持人：", hf), y - 2), pad(host[0]), font=hf, fill=WHITE)
    d.text((hx, y + 40), host[1], font=font(19), fill=GREY_B)
    y += 96
    d.rectangle([X0 + 20, y, X1 - 20, y + 16], fill=TEAL_B)
    return y + 70


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    logo_lines(d, 52, 48, WHITE, TEAL_B)
    fc, fy = font(84, True), font(34, True)
    cx = X1 - tw(d, "CLK", fc) - tw(d, "2632", fy) - 10
    d.text((cx, 44), "CLK", font=fc, fill=(224, 242, 255), stroke_width=2, stroke_fill=TEAL_B)
    rtext(d, X1, 40, "2632", fy, WHITE)
    for i in range(3):
        d.rounded_rectangle([cx - 34 - i * 14, 36 - i * 9, X1 + 10 + i * 9, 160 + i * 9], radius=44,
                            outline=(24 + i * 8, 96 - i * 16, 126 - i * 14), width=2)
    d.text((52, 236), "第627届中国", font=font(84, True), fill=WHITE, stroke_width=3, stroke_fill=VIO_B)
    d.text((52, 344), "Linux 内核开发者大会", font=font(84, True), fill=WHITE, stroke_width=3, stroke_fill=VIO_B)
    fp = font(34, True)
    d.rectangle([52, 482, 52 + tw(d, "10月27日", fp) + tw(d, "宜昌", fp) + 116, 544], outline=WHITE, width=3,
                fill=(8, 10, 28))
    d.text((78, 488), "10月27日", font=fp, fill=WHITE)
    px = 78 + tw(d, "10月27日", fp) + 18
    pin(d, px, 496, WHITE, 1.2)
    d.text((px + 32, 488), "宜昌", font=fp, fill=WHITE)
    d.text((52, 584), "地址：三峡大学 求索溪畔学术交流中心", font=font(32, True), fill=WHITE)
    y = 1040
    top = y
    y = para(d, X0 + 38, y + 40, INTRO_B, font(24), (216, 222, 238), X1 - X0 - 76, 44) + 30
    d.rectangle([X0, top, X1, y], fill=(10, 14, 36), outline=(56, 64, 140), width=2)
    para(d, X0 + 38, top + 40, INTRO_B, font(24), (216, 222, 238), X1 - X0 - 76, 44)
    y += 180
    d.text((W / 2 - tw(d, "AGENDA", font(136, True)) / 2, y - 40), "AGENDA", font=font(136, True),
           fill=(8, 10, 28), stroke_width=2, stroke_fill=(30, 150, 170))
    ctext(d, W / 2, y, "大会议程", font(72, True), WHITE)
    y += 200
    name, host, slots = FORUMS_B[0]
    y = heading_main_b(d, X0, X1, y, name, host)
    LX, CX = X0 + 254, X0 + 282
    top = y
    for s in slots:
        last = y
        y = slot_main_b(im, d, X0 + 20, X1 - 20, LX, CX, y, s)
    d.line([(LX, top - 40), (LX, last + 40)], fill=(40, 92, 210), width=2)
    y += 30
    d.rectangle([X0 + 20, y, X1 - 20, y + 3], fill=VIO_B)
    ctext(d, W / 2, y + 30, "下午　五个分论坛同时进行", font(32, True), VIO_B)
    y += 150
    GAP = 56
    mid = W / 2
    cols = [(X0 + 20, mid - GAP / 2), (mid + GAP / 2, X1 - 20)]
    forums = FORUMS_B[1:]
    for r in (0, 2, 4):
        ends = []
        for j in range(2):
            if r + j < len(forums):
                ends.append(col_forum_b(d, cols[j][0], cols[j][1], y, r + j + 1, *forums[r + j]))
        if len(ends) == 1:  # the fifth forum stands alone: the designer fills its neighbour with the live notice
            live_box_b(d, cols[1][0], cols[1][1], y + 60, 420)
            ends.append(y + 520)
        d.line([(mid, y + 20), (mid, max(ends) - 30)], fill=RULE_B, width=1)
        y = max(ends) + 60
    y += 120
    d.text((W / 2 - tw(d, "SUPPORT", font(120, True)) / 2, y - 36), "SUPPORT", font=font(120, True),
           fill=(8, 10, 28), stroke_width=2, stroke_fill=(30, 150, 170))
    ctext(d, W / 2, y, "支持单位", font(60, True), WHITE)
    y = units_grid(d, X0 + 40, X1 - 40, y + 130, UNITS_B, 3, WHITE, (14, 18, 48), 28, 76, 22) + 70
    ctext(d, W / 2, y, "支持媒体", font(52, True), WHITE)
    y = units_grid(d, X0 + 40, X1 - 40, y + 100, MEDIA_B, 4, WHITE, (14, 18, 48), 26, 70, 22) + 70
    qrcode(d, W / 2 - 120, y, 240, 6322)
    ctext(d, W / 2, y + 266, "扫码报名", font(38, True), WHITE)
    ctext(d, W / 2, y + 326, "主办：中国Linux内核开发者大会组委会　承办：三峡大学", font(21), GREY_B)
    return y + 420


def bg_b(w, h):
    im = vgrad(w, h, (10, 12, 34), (6, 8, 22))
    im = glow(im, 780, 780, 430, (120, 60, 255), 0.7)
    im = glow(im, 380, 880, 260, (0, 210, 190), 0.45)
    for k, yy in enumerate(range(2400, h - 500, 1400)):
        im = glow(im, w - 60 if k % 2 else 60, yy, 360, (130, 70, 255) if k % 2 else (0, 170, 170), 0.32)
    d = ImageDraw.Draw(im)
    for i in range(16):
        r = 300 + i * 24
        d.arc([780 - r, 780 - r * 0.5, 780 + r, 780 + r * 0.5], 160, 360, fill=(40 + i * 5, 60, 150 + i * 4), width=2)
    d.ellipse([660, 660, 910, 910], fill=(74, 44, 176))
    d.ellipse([700, 680, 890, 870], fill=(104, 76, 226))
    d.ellipse([740, 700, 820, 760], fill=(150, 130, 240))
    return grain(im, 6323, 0.03)


def watermark_b(im, text):
    """A platform's re-share mark at the bottom right: white, half transparent, with a soft shadow."""
    f = font(30, True)
    lay = Image.new("L", im.size, 0)
    ld = ImageDraw.Draw(lay)
    x = im.size[0] - tw(ld, text, f) - 30
    y = im.size[1] - 70
    sh = Image.new("L", im.size, 0)
    ImageDraw.Draw(sh).text((x + 2, y + 2), text, font=f, fill=120)
    im = Image.composite(Image.new("RGB", im.size, (0, 0, 0)), im, sh.filter(ImageFilter.GaussianBlur(2)))
    ld.text((x, y), text, font=f, fill=110)
    ld.ellipse([x - 52, y + 2, x - 14, y + 40], outline=110, width=4)
    ld.ellipse([x - 42, y + 14, x - 26, y + 30], fill=110)
    return Image.composite(Image.new("RGB", im.size, WHITE), im, lay)


def poster_b():
    drawn = two_pass(1080, paint_b, bg_b)
    im = watermark_b(drawn, "微博 @内核工坊")
    return im, drawn.size, [forum_truth(n, DATE_B, s) for n, _, s in FORUMS_B]


# ------------------------------------------------------------------ CLK 2633
CYAN_C, PINK_C, SOFT_C = (100, 232, 255), (255, 140, 222), (200, 214, 255)
DEEP_C = (20, 34, 150)


def heading_c(im, d, X0, X1, y, k, name, host):
    """The forum's name in a glowing box (a number tag before afternoon forums), the host centred under it."""
    W = im.size[0]
    f = font(44 if k == 0 else 38, True)
    tag = "" if k == 0 else "%02d" % k
    ftag = font(30, True)
    inner = tw(d, name, f) + (tw(d, tag, ftag) + 46 if tag else 0)
    bw = max(460, inner + 120)
    bx0, bx1 = W / 2 - bw / 2, W / 2 + bw / 2
    glowbox = Image.new("RGB", (round(bw), 92), (60, 110, 250))
    im.paste(glowbox, (round(bx0), y))
    d.rounded_rectangle([bx0, y, bx1, y + 92], radius=14, outline=CYAN_C, width=4)
    for cx in (bx0 + 24, bx1 - 24):  # the little lit studs on the box's rim
        d.ellipse([cx - 5, y - 5, cx + 5, y + 5], fill=WHITE)
        d.ellipse([cx - 5, y + 87, cx + 5, y + 97], fill=WHITE)
    x = W / 2 - inner / 2
    if tag:
        d.rounded_rectangle([x, y + 24, x + tw(d, tag, ftag) + 24, y + 68], radius=8, fill=CYAN_C)
        d.text((x + 12, y + 24), tag, font=ftag, fill=DEEP_C)
        x += tw(d, tag, ftag) + 46
    d.text((x, y + 16), name, font=f, fill=WHITE)
    y += 124
    fl, fn = font(26, True), font(28, True)
    line = tw(d, "主持人：", fl) + tw(d, pad(host[0]), fn)
    hx = W / 2 - line / 2
    d.text((hx, y + 2), "主持人：", font=fl, fill=PINK_C)
    d.text((hx + tw(d, "主持人：", fl), y), pad(host[0]), font=fn, fill=WHITE)
    ctext(d, W / 2, y + 44, host[1], font(19), SOFT_C)
    return y + 120


def slot_c(im, d, X0, X1, LX, CX, y, s):
    fr = font(26, True)
    if s["kind"] == "break":
        meal = s["title"] in MEALS
        if meal:
            im.paste(hband(X1 - X0, 58, (70, 170, 255), (40, 70, 220)), (X0, y - 12))
            meal_mark(d, CX + 70, y + 2, s, WHITE, 0.8)
        d.text((X0 + 16, y), rng(s), font=fr, fill=WHITE)
        d.ellipse([LX - 6, y + 12, LX + 6, y + 24], fill=WHITE if meal else CYAN_C)
        d.text((CX, y - 2), s["title"], font=font(28, True), fill=WHITE if meal else CYAN_C)
        return y + 96
    d.text((X0 + 16, y), rng(s), font=fr, fill=WHITE)
    d.ellipse([LX - 6, y + 12, LX + 6, y + 24], fill=CYAN_C)
    ft = font(29, True)
    for ln in wrap_nicely(d, s["title"], ft, X1 - CX):
        d.text((CX, y - 4), ln, font=ft, fill=CYAN_C)
        y += 44
    y += 4
    for sp in s["sp"]:  # every speaker: the NAME on its own line, 'company job' on the line under it
        d.text((CX, y), sp["name"], font=font(26, True), fill=WHITE)
        d.text((CX, y + 38), fits(d, aff(sp), font(19), X1 - CX), font=font(19), fill=SOFT_C)
        y += 74
    return y + 30


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 46, W - 46
    logo_lines(d, X0, 40, WHITE, CYAN_C)
    fs = font(28, True)
    rtext(d, X1, 34, "江西理工大学", fs, WHITE)
    rtext(d, X1, 72, "JIANGXI UNIVERSITY OF SCIENCE AND TECHNOLOGY", font(10), SOFT_C)
    d.text((X0, 170), "第628届中国", font=font(78, True), fill=WHITE)
    d.text((X0, 272), "Linux内核开发者大会", font=font(78, True), fill=WHITE)
    cx, cy = 860, 540
    for i in range(4):
        r = 70 + i * 22
        d.arc([cx - r, cy - r, cx + r, cy + r], 200 + i * 25, 520 - i * 30, fill=(110 + i * 30, 200, 255), width=5 - i)
    ctext(d, cx, cy - 44, "2633", font(20, True), SOFT_C)
    ctext(d, cx, cy - 20, "CLK", font(42, True), WHITE)
    pill = "2633年11月9日（周六）｜ 赣州"
    fp = font(28, True)
    d.rounded_rectangle([X0, 420, X0 + tw(d, pill, fp) + 48, 474], radius=27, fill=WHITE)
    d.text((X0 + 24, 426), pill, font=fp, fill=DEEP_C)
    d.text((X0, 510), "地址：江西理工大学黄金校区", font=font(30, True), fill=WHITE)
    d.text((X0, 556), "图书馆学术报告厅", font=font(30, True), fill=WHITE)
    y = 700
    top = y
    y = para(d, X0 + 48, y + 44, INTRO_C, font(22), (232, 238, 255), X1 - X0 - 96, 40) + 36
    im.paste(Image.new("RGB", (X1 - X0 - 30, y - top), (52, 84, 226)), (X0 + 15, top))
    para(d, X0 + 48, top + 44, INTRO_C, font(22), (232, 238, 255), X1 - X0 - 96, 40)
    for (ax, ay, dx, dy) in ((X0, top, 1, 1), (X1, top, -1, 1), (X0, y, 1, -1), (X1, y, -1, -1)):
        d.line([(ax, ay), (ax + dx * 50, ay)], fill=CYAN_C, width=6)
        d.line([(ax, ay), (ax, ay + dy * 50)], fill=CYAN_C, width=6)
    y += 100
    bw = 330
    im.paste(hband(bw, 72, (90, 240, 255), (40, 120, 255)), (round(W / 2 - bw / 2), y))
    ctext(d, W / 2, y + 6, "大会议程", font(44, True), WHITE)
    y += 170
    LX, CX = X0 + 214, X0 + 244
    for k, (name, host, slots) in enumerate(FORUMS_C):
        y = heading_c(im, d, X0, X1, y, k, name, host)
        top = y
        for s in slots:
            last = y
            y = slot_c(im, d, X0, X1, LX, CX, y, s)
        d.line([(LX, top - 26), (LX, last + 30)], fill=(140, 196, 255), width=2)
        y += 70
    im.paste(hband(bw, 68, (90, 240, 255), (40, 120, 255)), (round(W / 2 - bw / 2), y))
    ctext(d, W / 2, y + 6, "支持单位", font(40, True), WHITE)
    y = units_grid(d, X0 + 20, X1 - 20, y + 120, UNITS_C, 3, WHITE, DEEP_C, 24, 64, 16) + 50
    qrcode(d, W / 2 - 110, y, 220, 6331)
    ctext(d, W / 2, y + 240, "扫码报名", font(36, True), WHITE)
    ctext(d, W / 2, y + 296, "主办：中国Linux内核开发者大会组委会　承办：江西理工大学", font(20), SOFT_C)
    return y + 380


def bg_c(w, h):
    im = vgrad(w, h, (30, 62, 226), (34, 40, 186))
    im = glow(im, w - 140, 540, 340, (70, 220, 255), 0.55)
    im = glow(im, 60, 240, 240, (170, 90, 255), 0.4)
    for k, yy in enumerate(range(1800, h - 400, 1200)):
        im = glow(im, w - 40 if k % 2 else 40, yy, 280, (70, 200, 255) if k % 2 else (150, 90, 255), 0.28)
    streaks(im, 6330, (76, 136, 255), 9, 420, 0, 880, 380)
    return grain(im, 6332, 0.035)


def tiled_watermark(im, text, alpha):
    """An office app's viewer mark: the text tiled on a slant, faint."""
    f = font(30)
    tile = Image.new("L", (360, 240), 0)
    ImageDraw.Draw(tile).text((40, 100), text, font=f, fill=255)
    tile = tile.rotate(22, resample=Image.BICUBIC)
    mask = Image.new("L", im.size, 0)
    for yy in range(0, im.size[1], 240):
        for xx in range((yy // 240) % 2 * -180, im.size[0], 360):
            mask.paste(tile, (xx, yy), tile)
    mask = mask.point(lambda v: round(v * alpha))
    return Image.composite(Image.new("RGB", im.size, (210, 214, 226)), im, mask)


def poster_c():
    drawn = two_pass(1080, paint_c, bg_c)
    buf = io.BytesIO()
    drawn.save(buf, "JPEG", quality=75)
    im = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    im = tiled_watermark(im, WATERMARK_C, 0.07)
    return im, drawn.size, [forum_truth(n, DATE_C, s) for n, _, s in FORUMS_C]


# ------------------------------------------------------------------ truth, checks, main
FORUM_NAMES = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
               "AI 基础设施与 eBPF 应用分论坛"]  # CLK2025's six folders, without their numbers

NOTE = (
    "Same schema and conventions as posters-blind-43, -59 and -60: speakers are names as printed with spaces and the "
    "padding of two-character names removed ('曹　丽' -> '曹丽'; the Latin name 'Andrea Ricci' -> 'AndreaRicci'); host "
    "is the chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; "
    "where two or more speakers are printed each has his own affiliation, given per speaker in printed order; "
    "affiliations are company and job title joined by one space, as printed ('华为 操作系统内核首席专家', 'Red Hat "
    "Principal Software Engineer'), also where they stand on the line under the name; break titles are as printed "
    "('开场', '开幕', '开幕式', '茶歇', '午餐'); an opening speech printed with a speaker ('嘉宾致辞', '领导致辞', "
    "'开幕致辞') is a talk, a slot printed without a speaker is a break; '午餐' closes 主论坛 as its break; a round "
    "table is ONE talk (kind 'talk') whose speakers are the moderator then the guests in printed order, its title "
    "keeps '圆桌论坛：', the labels '主持人：' and '嘉　宾：' are no names, and its host is the forum's host, not its "
    "moderator. Every forum carries its edition's date. The set is what CLK2025's one agenda image "
    "(CLK2025全部议程.jpg, not in the corpus) plausibly looks like AFTER a phone or a chat app saved it again: three "
    "invented editions, each ONE whole-edition image with CLK2025's six forum names (主论坛, 内存管理与优化分论坛, "
    "文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its "
    "spaces), a morning 主论坛 and five afternoon forums in parallel (all starting 13:30), forums given in printed "
    "order: CLK 2631 (第626届, 芜湖, 2631-10-22), CLK 2632 (第627届, 宜昌, 2632-10-27), CLK 2633 (第628届, 赣州, "
    "2633-11-09); all Saturdays; no talk is on two pictures and no person is printed twice in the set. Headers, "
    "introductions, addresses, date pills, '大会议程' and the hollow 'AGENDA' / 'SUPPORT', support units, media, QR "
    "captions, slogans, organiser lines and the band '下午　五个分论坛同时进行' are never part of a name, a title or a "
    "slot; number boxes, tags and numerals ('01'..'05') are no part of a forum's name. What the re-saving added is "
    "no part of the agenda: (1) CLK 2631's STATUS-BAR strip on top (a phone clock '10:27', signal bars, '5G', a "
    "battery) is no time, no slot and no text of the poster; (2) CLK 2632's platform mark '微博 @内核工坊' at the "
    "bottom right (over the organiser line) is no name and no unit; (3) CLK 2633's faint TILED watermark '赵可欣 5821' "
    "(an office app's viewer mark, the viewer's name and a number, repeated on a slant over the whole picture, about "
    "7 % opaque) is no speaker, no host and no title. Added or stressed here: (1) CLK 2631 (the organisers' royal "
    "blue 2024 timeline, drawn 1242 px wide, saved at 828 px as JPEG q70): forums ONE UNDER ANOTHER, each heading "
    "(chevrons, or a number box '01'..'05') with '主持人：name' and the unit under it at the right (for 'AI 基础设施与 "
    "eBPF 应用分论坛' the host block stands right-aligned on the lines under the name); each talk the range, a dot, the "
    "cyan title and under it 'padded name  company job' on ONE line per speaker; the Latin speaker 'Andrea Ricci' "
    "alone on his line with 'Red Hat Principal Software Engineer' on the line under it; his English title wraps after "
    "its colon ('Memory Tiering with CXL:' / 'Where the Kernel Stands Today', one title joined with a space); two "
    "speakers of 美团 on two lines; the round table '圆桌论坛：国产基础软件生态下的内核人才培养' with moderator 方德明 "
    "and four guests; '开场' a plain row; 茶歇 (主论坛 and 调度、性能与调试分论坛) and 午餐 as bands. (2) CLK 2632 (the "
    "organisers' near-black 2023 family, 1080 px, JPEG q60): each speaker's NAME on one line and 'company job' on the "
    "LINE UNDER IT (主论坛 and afternoon alike); the talk '机密虚拟机的内核支持现状与落地实践' by THREE speakers of "
    "three companies (谷雨, 季明, 阮秋菊), each name over its own 'company job'; the English title 'Rust for Linux: "
    "Shipping Our First In-Tree Driver' by 石浩然 (a Chinese speaker). After '下午　五个分论坛同时进行' the afternoon "
    "forums stand TWO SIDE BY SIDE as columns: 01 left of 02, 03 left of 04, then 05 ('AI 基础设施与 eBPF 应用' / "
    "'分论坛' over two lines, one name joined without a space) left of a framed box '分论坛直播' / "
    "'五个会场全程线上直播' / a QR code / '扫码进入直播间', which is no forum and no slot. A column: a big teal numeral "
    "with the name laid over its foot, '主持人：name' with the unit under it, a teal bar, then per talk the range on "
    "its own line, the title (wrapped inside a word: 'DAMON 驱动的冷页回' / '收在云主机上的收益', joined without a "
    "space; '训练集群 RDMA 网络' / '的 eBPF 可观测实践' likewise without one), the name and "
    "'company job'. A column's talks are its own forum's, whatever stands level with them in the other column; "
    "the 茶歇 row in column 04 (14:40-14:55) is a break of 硬件架构与异构计算分论坛 only. (3) CLK "
    "2633 (a royal-blue page after the organisers' 2024 forum posters, 1080 px, a JPEG q75 round trip saved as PNG): "
    "each forum's name in a glowing box (a number tag before the afternoon ones), '主持人：name' centred under the "
    "box with the unit under it; forums ONE UNDER ANOTHER; each talk the range, a dot, the cyan title, then per "
    "speaker the NAME alone in bold on its line and 'company job' on the line under it; 易俊 and 邓晓丽 (both 荣耀) two "
    "speakers of one talk; '开幕式' a plain row; 茶歇 in 主论坛 and in 调度、性能与调试分论坛 (14:50-15:05), 午餐 "
    "closing 主论坛. Uncommon surnames: 檀 (host), 眭 (a round-table guest), 储 (CLK 2631); 阮 and 蒲 (CLK 2632); "
    "the compound surname 欧阳 (a host, CLK 2633).")


def layout(key, drawn, final, nbytes):
    size = "%d x %d" % final
    enc = {
        "a": "drawn %d x %d, scaled to %s with an 88 px phone status-bar strip on top, JPEG q70 4:2:0, %.2f MB"
             % (drawn + (size, nbytes / 1e6)),
        "b": "%s, JPEG q60 4:2:0 with a platform mark at the bottom right, %.2f MB" % (size, nbytes / 1e6),
        "c": "%s, JPEG q75 round trip, a faint tiled viewer watermark, saved as PNG, %.2f MB" % (size, nbytes / 1e6),
    }[key]
    return {
        "a": ("CLK 2631 (第626届), 芜湖, 2631-10-22 (%s): the organisers' royal-blue 2024 timeline; forums ONE UNDER "
              "ANOTHER; 'padded name  company job' on one line under the title; a Latin speaker with 'company job' "
              "on the line under his name and an English title; two speakers of one company; a round table with "
              "moderator and four guests; 茶歇 and 午餐 bands. Uncommon surnames 檀, 眭, 储. "
              "5 + 3 + 2 + 3 + 2 + 2 talks." % enc),
        "b": ("CLK 2632 (第627届), 宜昌, 2632-10-27 (%s): the organisers' near-black 2023 family; name on one line, "
              "'company job' on the line under it; three speakers of three companies; an English title; afternoon "
              "forums TWO SIDE BY SIDE (01|02, 03|04, 05 beside a live-stream QR box); a 茶歇 row in column 04. "
              "4 + 3 + 2 + 2 + 3 + 2 talks." % enc),
        "c": ("CLK 2633 (第628届), 赣州, 2633-11-09 (%s): royal blue after the organisers' 2024 forum posters; each "
              "forum's name in a glowing box with the host centred under it; forums ONE UNDER ANOTHER; the name in "
              "bold on its own line and 'company job' under it; two speakers of one company; 茶歇 in 主论坛 and in "
              "调度、性能与调试分论坛. Compound surname 欧阳. 5 + 2 + 2 + 3 + 2 + 2 talks." % enc),
    }[key]


PICTURES = [  # (key, file)
    ("a", "clk2631-wuhu-royalblue-stacked-1242-to-828-q70-statusbar.jpg"),
    ("b", "clk2632-yichang-nearblack-two-columns-1080-q60-watermark.jpg"),
    ("c", "clk2633-ganzhou-blue-stacked-two-line-names-q75-roundtrip.png"),
]


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def people_of(forums):
    out = []
    for _, host, slots in forums:
        out.append(host[0])
        for s in slots:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(posters):
    """CLK2025's six forums in every edition, dates Saturdays, nobody printed twice, no talk on two pictures, no
    name of a real speaker seen, no name or title found in the real repositories' listings (where at hand)."""
    for forums in (FORUMS_A, FORUMS_B, FORUMS_C):
        assert [f[0] for f in forums] == FORUM_NAMES, [f[0] for f in forums]
    allp = people_of(FORUMS_A) + people_of(FORUMS_B) + people_of(FORUMS_C) + [WATERMARK_C.split()[0]]
    assert len(allp) == len(set(allp)), sorted(p for p in allp if allp.count(p) > 1)
    for p in allp:
        assert plain(p) not in REAL_NAMES, p
    titles = []
    for p in posters:
        assert saturday(p["date"]), p["date"]
        counts = " + ".join(str(sum(s["kind"] == "talk" for s in f["slots"])) for f in p["forums"]) + " talks"
        assert counts in p["layout"], (p["file"], counts)
        for f in p["forums"]:
            assert f["date"] == p["date"]
            titles += [s["title"] for s in f["slots"] if s["kind"] == "talk"]
    assert len(titles) == len(set(titles)), titles
    lst = "/work/shared/corpus/listings/"
    if os.path.isdir(lst):
        real = ""
        for fn in sorted(os.listdir(lst)):
            with open(os.path.join(lst, fn), encoding="utf-8") as fh:
                real += fh.read().lower()
        for name in allp:
            assert name.lower() not in real and plain(name).lower() not in real, name
        for t in titles:
            if t not in ("嘉宾致辞", "领导致辞", "开幕致辞"):
                assert t.lower() not in real, t
    return len(titles)


def english_lines():
    """The English title of CLK 2631 wraps over exactly two lines, after its colon."""
    d = ImageDraw.Draw(Image.new("RGB", (8, 8)))
    t = FORUMS_A[0][2][5]["title"]
    W = 1242
    lines = wrap_nicely(d, t, font(ka(29), True), (W - ka(52)) - (ka(52) + ka(205) + ka(30)))
    assert lines == ["Memory Tiering with CXL:", "Where the Kernel Stands Today"], lines


def main():
    english_lines()
    posters = []
    for key, fn in PICTURES:
        im, drawn, forums = globals()["poster_" + key]()
        path = os.path.join(HERE, fn)
        if key == "a":
            assert drawn[0] == 1242 and im.size[0] == 828
            im.save(path, "JPEG", quality=70, subsampling=2)
        elif key == "b":
            assert im.size[0] == 1080
            im.save(path, "JPEG", quality=60, subsampling=2)
        else:
            assert im.size[0] == 1080
            im.save(path, "PNG", compress_level=9)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        posters.append({"file": fn, "layout": layout(key, drawn, im.size, size), "date": forums[0]["date"],
                        "forums": forums})
    n = check(posters)
    print("talks", n, "breaks", sum(s["kind"] == "break" for p in posters for f in p["forums"] for s in f["slots"]))
    assert 35 <= n <= 50, n
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
