"""Draw the hundred-and-eighty-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes 4519clk.png and truth.json next to this file.
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.  DRAFT=1 in the environment
skips the assert on the list of wrapped titles (used only while writing the data).

ONE invented edition, CLK 4519 (第2514届, 镇江, Saturday 4519-10-21), as ONE whole-agenda PNG
1080 wide (as CLK2022's repository holds one agenda image, imgs/2022clk.png, 1.5 MB), in the
organisers' 2023 family (CLK2023全部议程.png) with new colours (deep charcoal page, amber titles
and bars, ice-blue company lines, coral labels): logo lines, 'CLK' with the year raised in
nested outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin and
the city, '地址：', the 2023 key visual (a lit sphere in swirling arcs), a framed introduction,
'大会议程' over a hollow 'AGENDA'; the morning 主论坛 and CLK2022's three afternoon forums one under
another (2023's space before '分论坛', fading numerals behind the afternoon ones); under each
forum's name its HOST on a line of its own ('主持人：' + name + unit; 2023 prints none), a thick
bar, the 2023 TIMELINE (range, dot on a vertical line, title, 'padded name  company job' per
speaker), a range standing over two talks twice; 开场, a morning 茶歇, 午餐 and an afternoon
茶歇 per forum, a closing bar; '支持单位' / '支持媒体' boxes.
A copy of posters-blind-177/draw.py (177 took its helpers from set 165, it from 150, 141, and
sets 129, 117, 105, 103, 97, 90, 86, 78, 72, 68, 59, 43), unchanged: font, tw, TOKEN,
NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad, grain (called with noise 0),
glow, two_pass, para, fits, WHITE, BANDS, rng, plain, saturday, K, F, k, slanted, outline_text,
fading_numeral, pin, logo, clk_mark, inline, runs_width, background, S, T, R, B, truth_slot,
forum_truth, CLK2022_FORUMS, pad, split_spaces, speaker_line, panel_a, is_band, slot,
printed_name, dim_box, paint, draw, people, surname_counts, readme_forums, wrapped_titles,
wrapped_affs, COMMON5, COMMON20.  heading is set 165's (the host on a line of its own under the
name), REAL_NAMES is set 182's list.  Changed: check and main (this set's counts, ends, two
shared ranges, surname counts).  New: the palette, UNCOMMON and all the data, INTRO, UNITS, MEDIA,
ED, LAYOUT, NOTE, WRAPPED.
"""
import datetime
import glob
import json
import math
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fc = {}


def font(size, bold=False):
    path = FD + "NotoSansCJK-%s.ttc" % ("Bold" if bold else "Regular")
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
    """Wrap as a designer would: after a '：' or a ': ' when both halves fit, else into lines of even length."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2:
        return lines
    for colon in ("：", ": "):  # after a full-width colon, or after a Latin one (then the space goes)
        head, sep, tail = text.partition(colon)
        sep = sep.rstrip()
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


def grain(im, seed, noise, cell=3):
    rnd = random.Random(seed)
    w, h = im.size[0] // cell + 1, im.size[1] // cell + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def glow(im, cx, cy, r, col, strength):
    lay = Image.new("RGB", im.size, (0, 0, 0))
    ImageDraw.Draw(lay).ellipse([cx - r, cy - r, cx + r, cy + r], fill=tuple(int(c * strength) for c in col))
    small = lay.resize((max(1, im.size[0] // 8), max(1, im.size[1] // 8)), Image.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(r / 16))
    return ImageChops.screen(im, small.resize(im.size, Image.BILINEAR))


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def para(d, x, y, text, f, fill, maxw, lh):
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


WHITE = (255, 255, 255)
BANDS = ("茶歇", "午餐")  # breaks whose title starts so are printed as bands


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def plain(name):
    return name.replace(" ", "").replace("\u3000", "")


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5






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
# Painting helpers of the 2023 family (scaled by K).
K = 1.0  # the scale of the picture being painted (1080 -> 1.0, 1242 -> 1.15)


def F(size, bold=False):
    return font(round(size * K), bold)


def k(v):
    return round(v * K)


def slanted(im, x, y, text, f, fill, shadow, stroke=None, shear=0.2, off=6):
    """Heavy slanted lettering with an offset shadow (2023's '第18届中国' / '大会议程'), pasted as a sheared layer."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k(40) + int(f.size * shear * 1.3), int(f.size * 1.5)
    lay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    dl = ImageDraw.Draw(lay)
    o = k(off)
    dl.text((k(10) + o, o), text, font=f, fill=shadow + (255,))
    dl.text((k(10), 0), text, font=f, fill=fill + (255,), stroke_width=k(1) if stroke else 0,
            stroke_fill=(stroke or fill) + (255,))
    lay = lay.transform(lay.size, Image.AFFINE, (1, shear, -shear * h * 0.75, 0, 1, 0), Image.BICUBIC)
    im.paste(lay, (int(x - k(10)), int(y)), lay)
    return w


def outline_text(im, cx, y, text, f, col):
    """Hollow lettering: the stroke of the text without its fill (2023's 'AGENDA' / 'SUPPORT')."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k(20), int(f.size * 1.4)
    m_full = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m_full).text((k(10), 0), text, font=f, fill=255, stroke_width=k(2), stroke_fill=255)
    m_in = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m_in).text((k(10), 0), text, font=f, fill=255)
    mask = ImageChops.subtract(m_full, m_in)
    im.paste(Image.new("RGB", (w, h), col), (int(cx - w / 2), int(y)), mask)


def fading_numeral(im, x, y, text, f, col, bg):
    """The big numeral behind an afternoon forum's name, fading into the page towards its foot."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k(20), int(f.size * 1.3)
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).text((k(4), 0), text, font=f, fill=255)
    x0, y0, x1, y1 = mask.getbbox()
    low = tuple(int(bg[i] * 0.7 + col[i] * 0.3) for i in range(3))
    fill = Image.new("RGB", (w, h), low)
    fill.paste(vgrad(w, y1 - y0, col, low), (0, y0))
    im.paste(fill, (int(x), int(y)), mask)


def pin(d, x, y, col, bg, s):
    """A map pin before the city in the date box."""
    d.ellipse([x, y, x + s, y + s], fill=col)
    d.polygon([(x + s * 0.1, y + s * 0.62), (x + s * 0.9, y + s * 0.62), (x + s / 2, y + s * 1.35)], fill=col)
    d.ellipse([x + s * 0.32, y + s * 0.3, x + s * 0.68, y + s * 0.66], fill=bg)


def logo(d, x, y, pal):
    """The organisers' logo lines: a two-leaf mark, 'CHINA LINUX KERNEL' over the Chinese name."""
    d.ellipse([x, y + k(6), x + k(40), y + k(96)], fill=pal["line"])
    d.ellipse([x + k(18), y, x + k(62), y + k(96)], fill=pal["title"])
    d.ellipse([x + k(26), y + k(14), x + k(52), y + k(92)], fill=pal["bg"][0])
    d.text((x + k(84), y + k(22)), "CHINA LINUX KERNEL", font=F(21, True), fill=WHITE)
    d.text((x + k(84), y + k(54)), "中国内核开发者大会", font=F(23, True), fill=WHITE)


def clk_mark(d, W, year, pal):
    """'CLK' with the year raised beside it, inside nested rounded outlines (top right)."""
    cx, cy = W - k(270), k(130)
    for i in range(7):
        r = k(14) + i * k(9)
        d.rounded_rectangle([cx - k(190) - i * k(9), cy - k(70) - i * k(9), cx + k(190) + i * k(9),
                             cy + k(70) + i * k(9)], radius=r + k(30),
                            outline=tuple(int(c * (0.55 - i * 0.06)) for c in pal["title"]), width=k(2))
    cf, yf = F(96, True), F(34, True)
    x = cx - (tw(d, "CLK", cf) + tw(d, year, yf) + k(8)) / 2
    d.text((x, cy - k(70)), "CLK", font=cf, fill=pal["clk"], stroke_width=k(2), stroke_fill=pal["title"])
    d.text((x + tw(d, "CLK", cf) + k(8), cy - k(56)), year, font=yf, fill=WHITE)


def inline(d, x, base, runs):
    """Runs of (text, font, colour) on one baseline from x; returns the x after the last."""
    for text, f, col in runs:
        d.text((x, base), text, font=f, fill=col, anchor="ls")
        x += tw(d, text, f)
    return x


def runs_width(d, runs):
    return sum(tw(d, t, f) for t, f, _ in runs)


def background(ed):
    pal = ed["pal"]

    def bg(w, h):
        im = vgrad(w, h, *pal["bg"])
        im = glow(im, w - k(120), k(300), k(420), pal["glow1"], 0.55)
        im = glow(im, k(60), k(1100), k(300), pal["glow2"], 0.25)
        for j, yy in enumerate(range(k(2400), h - k(800), k(2600))):
            im = glow(im, w - k(40) if j % 2 else k(40), yy, k(380), pal["glow1"] if j % 2 else pal["glow2"], 0.15)
        d = ImageDraw.Draw(im)
        rnd = random.Random(ed["seed"])
        for i in range(14):  # swirling streaks around the sphere of the header
            r = k(220) + i * k(22)
            cx, cy = w - k(300), k(760)
            d.arc([cx - r * 1.6, cy - r * 0.6, cx + r * 1.6, cy + r * 0.6], 160 + i * 3, 350,
                  fill=tuple(int(c * (0.75 - i * 0.04)) for c in (pal["glow2"] if i % 3 else pal["glow1"])), width=k(2))
        cx, cy, r = w - k(300), k(740), k(160)
        for j in range(r, 0, -2):  # the sphere: a lit disc, brighter at the top left
            t = j / r
            col = tuple(int(pal["core"][c] * (1 - t) * 0.9 + pal["sphere"][c] * t * 0.55) for c in range(3))
            d.ellipse([cx - j - (r - j) * 0.35, cy - j - (r - j) * 0.45, cx + j - (r - j) * 0.35,
                       cy + j - (r - j) * 0.45], fill=col)
        for j in range(4):  # steep streaks low on the sides, as the 2023 image has them, inside the margins
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - k(45)), yy - k(300))], fill=pal["streak"], width=k(3))  # kept in the margins, clear of the text
        return grain(im, ed["seed"], ed["grain"], ed["cell"])
    return bg






# ===========================================================================
# Data.  S(name, 'company job' as printed); T a talk (shared=True: printed under the range of the talk
# before it, without range or dot of its own; two speakers stand on two lines, each with his own
# 'company job'; nice=True: the title broken after its colon, else greedily as 2023 breaks most titles); R a round
# table (kind 'panel': moderator, then the guests in printed order); B a break.
def S(name, affiliation):
    return {"name": name, "aff": affiliation}


def T(start, end, title, speakers, shared=False, nice=False):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "shared": shared,
            "nice": nice}


def R(start, end, title, moderator, guests, nice=False):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "shared": False, "nice": nice}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "shared": False,
            "nice": False}


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": plain(host) if s["kind"] != "break" else None}


def forum_truth(forums, date):
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f["host"]) for s in f["slots"]]}
            for f in forums]


# CLK2022's four forum names as its README prints them (the link texts)
CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]



# ---------------------------------------------------------------------------
# CLK 4519 (第2514届), 镇江, Saturday 4519-10-21.  As 2023 prints them, a range may stand over two talks
# (shared=True: printed under the range of the talk before it, without range or dot of its own; both talks of
# the group get the group's range in the truth).  Unlike 2023, every forum prints its HOST on a line of its own
# under its name: '主持人：' + the padded name + the unit, above the thick bar.
DATE = "4519-10-21"
FORUMS = [
    {"name": "主论坛", "host": "孙立军", "unit": "江苏大学计算机科学与通信工程学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [S("徐建华", "江苏大学副校长")]),
        T("09:20", "09:50", "openEuler 内核面向多样性算力的演进：鲲鹏、x86 与 RISC-V 的统一维护",
          [S("王建军", "华为 openEuler 内核首席架构师")], nice=True),
        T("09:50", "10:20", "Backporting at Scale: What Ten Years of Stable Kernels Taught Us",
          [S("Tobias Reinhardt", "Red Hat Principal Software Engineer")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "大规模容器集群中的内核热补丁实践",
          [S("李春明", "阿里云 内核技术专家"), S("张雨婷", "阿里云 高级开发工程师")]),
        T("11:05", "11:35", "用 Rust 为 Linux 编写 NVMe 驱动：进展与挑战", [S("陈文涛", "字节跳动 STE 内核工程师")]),
        T("11:35", "12:05", "手机系统中内存与调度的协同优化", [S("黄磊", "vivo内核架构师")]),
        R("12:05", "12:45", "圆桌论坛：国产操作系统内核的人才培养、社区参与与上游贡献",
          S("赵勇", "南京大学计算机学院教授"),
          [S("刘志伟", "麒麟软件 内核研发总监"), S("李静", "统信软件 内核部经理"),
           S("胡斌", "华为操作系统内核实验室技术专家，Linux 内核 Maintainer"),
           S("董晓峰", "腾讯云 TencentOS 内核负责人"), S("潘海鹏", "东南大学计算机科学与工程学院副教授")]),
        B("12:45", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "郭海涛", "unit": "海光信息 操作系统研发总监", "slots": [
        T("13:30", "13:55", "鲲鹏服务器上跨 NUMA 调度的开销分析与优化", [S("张国伟", "华为 内核工程师")]),
        T("13:55", "14:20", "EEVDF 调度器在数据库负载下的延迟表现", [S("王永鹏", "腾讯云 内核工程师")]),
        T("14:20", "14:45", "Taming Tail Latency with Core Scheduling on SMT Servers", [S("罗晓东", "英特尔 软件工程师")]),
        T("14:45", "15:10", "LoongArch 平台内核启动流程的优化",
          [S("吴强", "龙芯中科 内核开发工程师"), S("叶秀丽", "龙芯中科 系统软件工程师")]),
        T("15:10", "15:35", "RISC-V 服务器平台中断控制器 AIA 的内核支持进展", [S("李杰", "中国科学院软件研究所 工程师")]),
        B("15:35", "15:55", "茶歇"),
        T("15:55", "16:20", "PREEMPT_RT 在工业控制器上的延迟分析", [S("蒋春华", "东土科技 系统工程师")]),
        T("15:55", "16:20", "ARM64 大小核平台上的能效感知调度", [S("徐飞", "OPPO 内核工程师")], shared=True),
        T("16:20", "16:45", "A Spinlock Hotspot Hunt: Per-CPU Data and Cache-Line Bouncing",
          [S("彭立明", "美团 基础架构内核工程师")]),
        T("16:45", "17:10", "cgroup v2 CPU 带宽控制的突发配额在在线业务中的实践",
          [S("朱斌", "快手 内核工程师"), S("佘文杰", "快手 SRE 工程师")]),
        T("17:10", "17:35", "NOHZ_FULL 在低延迟交易系统中的应用：隔离核上还剩哪些中断",
          [S("刘子浩", "华泰证券 系统工程师")], nice=True),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "何军", "unit": "阿里云 内存子系统负责人", "slots": [
        T("13:30", "14:00", "手机上启用 MGLRU 之后：冷启动与后台查杀的变化", [S("高静", "荣耀 内核工程师")], nice=True),
        T("14:00", "14:30", "Memory Tiering with CXL: Page Promotion Policies in Practice",
          [S("王俊峰", "浪潮信息 服务器系统架构师")]),
        T("14:30", "15:00", "透明大页在数据库场景下的收益与代价", [S("唐家磊", "京东 内核工程师")]),
        T("15:00", "15:30", "GPU 共享虚拟内存与 HMM 的结合：国产显卡驱动的实践",
          [S("马晓明", "景嘉微 驱动工程师"), S("阚立新", "景嘉微 软件工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "Reducing Page Fault Overhead for Large AI Training Jobs", [S("张宏勇", "百度 系统工程师")]),
        T("16:15", "16:45", "基于 DAMON 的主动内存回收在云主机上的落地", [S("周晓敏", "火山引擎 内核工程师")]),
        T("16:45", "17:15", "slab 内存泄漏的在线检测工具", [S("杨帆", "统信软件 内核工程师")]),
        T("16:45", "17:15", "zswap 与 zram 的选择：来自嵌入式产品线的数据", [S("许亮", "小米 系统软件工程师")], shared=True),
        T("17:15", "17:45", "面向 DPU 的内存管理：页表共享与 IOMMU 映射", [S("冯浩然", "中科驭数 软件工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "林涛", "unit": "字节跳动 内核团队负责人", "slots": [
        T("13:30", "13:55", "io_uring 在分布式存储中的落地与性能分析", [S("陈宇浩", "蚂蚁集团 存储工程师")]),
        T("13:55", "14:20", "eBPF 替代 iptables 实现 Kubernetes 网络策略的得与失", [S("刘洋", "网易 系统工程师")]),
        T("14:20", "14:45", "NVMe over TCP 在云盘场景中的性能优化", [S("王立新", "天翼云 存储内核工程师")]),
        T("14:45", "15:10", "BPF Trampolines on ARM64: Status and Performance", [S("邓超", "华为 内核工程师")]),
        B("15:10", "15:30", "茶歇"),
        T("15:30", "15:55", "块层 IO 调度器怎么选：mq-deadline、BFQ 与 none 的实测对比",
          [S("田志勇", "中国移动云能力中心 内核工程师")], nice=True),
        T("15:55", "16:20", "用 XDP 做 DDoS 清洗：一个 IDC 的实践", [S("宋杰", "UCloud 网络工程师")]),
        T("16:20", "16:45", "eBPF 程序的签名与加载验证机制探讨",
          [S("郑丽华", "深信服 安全研究员"), S("韩雪", "深信服 内核工程师")]),
        T("16:45", "17:10", "ext4 fast commit 在数据库场景下的效果", [S("梁文斌", "PingCAP 存储工程师")]),
        T("17:10", "17:35", "Writing Safer BPF Programs with the Verifier's Help", [S("曹永明", "小红书 基础架构工程师")]),
        T("17:35", "18:00", "基于 eBPF 的文件系统延迟画像与慢 IO 定位", [S("袁鹏飞", "vivo 存储工程师")]),
    ]},
]

INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK），是由国内从事 Linux 内核研发的企业、高校和开源社区"
         "共同发起的技术会议，至今已举办 2513 届。本届大会由江苏大学承办，秉承\u201c自由、协作、创新\u201d的理念，"
         "汇聚内核维护者、一线开发者与高校研究者，交流上游社区的最新进展和生产环境中的工程实践。大会上午为主论坛，"
         "下午三个分论坛同时进行，欢迎广大 Linux 开发者和爱好者报名参加。")
UNITS = ["江苏大学", "华为", "阿里云", "腾讯云", "字节跳动", "英特尔", "龙芯中科", "统信软件", "麒麟软件", "海光信息",
         "vivo", "荣耀"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "阅码场", "Linux 内核之旅", "LWN 中文"]
# NEW COLOURS: a deep CHARCOAL page, AMBER titles, bars and numerals, ICE-BLUE company lines and dots, CORAL labels
# ('主持人：', '嘉宾：'), warm brown break bands, an orange-lit sphere.
PAL = {"bg": ((32, 35, 44), (10, 11, 16)), "title": (255, 180, 76), "aff": (150, 204, 236), "label": (255, 124, 140),
       "line": (118, 104, 88), "dot": (150, 204, 236), "band": (66, 52, 36), "bar": (255, 180, 76),
       "num": (240, 160, 62), "glow1": (226, 118, 36), "glow2": (56, 112, 196), "shadow": (196, 96, 28),
       "streak": (92, 74, 54), "sphere": (216, 108, 40), "core": (255, 232, 192), "clk": (255, 246, 228),
       "intro": (12, 13, 18)}


# Painting: the 2023 timeline; the edition's switches in `ed`.
def pad(name):
    """2023 pads a two-character Chinese name to the width of three ('郑　琦'); Latin names stay as they are."""
    if len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name):
        return name[0] + "\u3000" + name[1]
    return name


def split_spaces(d, text, f, maxw):
    """A long 'company job' broken only at its printed spaces, as a designer keeps words of a school whole."""
    lines, cur = [], ""
    for word in text.split(" "):
        if cur and tw(d, cur + " " + word, f) > maxw:
            lines.append(cur)
            cur = word
        else:
            cur = (cur + " " + word) if cur else word
    lines.append(cur)
    for ln in lines:
        fits(d, ln, f, maxw)
    return lines


def speaker_line(d, ed, x, y, sp, right, ax=None):
    """'padded name  company job' at the line whose top is y: the name 28 px white, the company 20 px in the
    company colour from a column after three characters (or after a longer name); a 'company job' too long for
    the column goes on under itself, from the same column.  Returns the next line's top."""
    pal = ed["pal"]
    nf, af = F(28), F(20)
    name = pad(sp["name"])
    if ax is None:
        ax = x + tw(d, "国国国", nf) + k(22)
    ax = max(ax, x + tw(d, name, nf) + k(22))
    d.text((x, y + k(31)), name, font=nf, fill=WHITE, anchor="ls")
    lines = split_spaces(d, sp["aff"], af, right - ax)
    sp["_al"] = lines
    for i, ln in enumerate(lines):
        d.text((ax, y + k(30) + i * k(28)), ln, font=af, fill=pal["aff"], anchor="ls")
    return y + k(40) + (len(lines) - 1) * k(28)


def panel_a(d, ed, CX, y, s, right):
    """2023's round table: '主持人：' and '嘉宾：' on lines of their own, one speaker line each under them."""
    pal = ed["pal"]
    mod, guests = s["sp"][0], s["sp"][1:]
    lf = F(28)
    d.text((CX, y), "主持人：", font=lf, fill=pal["label"])
    y = speaker_line(d, ed, CX, y + k(40), mod, right)
    d.text((CX, y), "嘉宾：", font=lf, fill=pal["label"])
    y += k(40)
    for g in guests:
        y = speaker_line(d, ed, CX, y, g, right)
    return y


def is_band(s):
    return s["kind"] == "break" and s["title"].startswith(BANDS)


def slot(im, d, ed, X0, X1, LX, CX, y, s):
    """One slot of the timeline, its title's top at y.  Returns the next slot's title top."""
    pal = ed["pal"]
    right = im.size[0] - k(50)
    if s["kind"] == "break" and not is_band(s):  # 开场 / 开幕 / 全体合影: a plain row, as 2023 prints 开场
        d.text((X0, y + k(3)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(4), y + k(19), LX + k(4), y + k(27)], fill=pal["dot"])
        d.text((CX, y), s["title"], font=F(30, True), fill=pal["title"])
        return y + k(80)
    if s["kind"] == "break":
        top = y - k(27)
        d.rectangle([X0, top, X1, top + k(82)], fill=pal["band"])
        d.text((X0, top + k(20)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(4), top + k(37), LX + k(4), top + k(45)], fill=pal["dot"])
        d.text((CX, top + k(17)), s["title"], font=F(30, True), fill=pal["title"])
        return top + k(82) + k(80)
    if not s["shared"]:
        d.text((X0, y + k(3)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(4), y + k(19), LX + k(4), y + k(27)], fill=pal["dot"])
    tf = F(30, True)
    tl = (wrap_nicely if s["nice"] else wrap)(d, s["title"], tf, right - CX)
    s["_tl"] = tl
    for ln in tl:
        d.text((CX, y), ln, font=tf, fill=pal["title"])
        y += k(40)
    if s["kind"] == "panel":
        y = panel_a(d, ed, CX, y, s, right)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, ed, CX, y, sp, right)
    return y + k(40)


def printed_name(ed, f):
    """The heading as printed: a space before '分论坛', as the 2023 image prints '内存管理 分论坛'."""
    n = f["name"]
    if ed["gap"] and n.endswith("分论坛") and not n.endswith(" 分论坛"):
        n = n[:-3] + " 分论坛"
    return n


def heading(im, d, ed, X0, X1, y, i, f):
    """A forum's heading in the 2023 form (the name; a big fading numeral behind the afternoon ones), then, new
    against 2023, the HOST on a line of its own under the name: '主持人：' (label colour), the padded name (bold
    white) and the unit after it (company colour); then the thick bar.  Returns the first slot's title top."""
    pal = ed["pal"]
    name = printed_name(ed, f)
    if i == 0:
        nf = F(52, True)
        ny = y + k(40)
        d.text((X0, ny), name, font=nf, fill=WHITE)
    else:
        fading_numeral(im, X0 - k(4), y, "%02d" % i, F(112, True), pal["num"], pal["bg"][0])
        ny = y + k(58)
        nf = F(50, True)
        d.text((X0, ny), fits(d, name, nf, X1 - X0), font=nf, fill=WHITE, stroke_width=k(1),
               stroke_fill=pal["bg"][0])
    base = ny + k(84) + k(34)
    runs = [("主持人：", F(26), pal["label"]), (pad(f["host"]), F(28, True), WHITE), ("\u3000", F(22), WHITE),
            (f["unit"], F(22), pal["aff"])]
    assert runs_width(d, runs) <= X1 - X0, f["unit"]
    inline(d, X0, base, runs)
    y = base + k(34)
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    return y + k(18) + k(92)


def dim_box(im, box, col, alpha):
    """A translucent dark panel (the introduction's ground): the page under it blended towards col."""
    box = tuple(int(v) for v in box)
    region = im.crop(box)
    im.paste(Image.blend(region, Image.new("RGB", region.size, col), alpha), box[:2])


def paint(im, d, ed):
    W = im.size[0]
    pal = ed["pal"]
    X0, X1 = k(90), W - k(92)
    logo(d, X0, k(40), pal)
    clk_mark(d, W, ed["year"], pal)
    slanted(im, X0, k(262), ed["nth"], F(80, True), WHITE, pal["shadow"])
    slanted(im, X0, k(352), "Linux 内核开发者大会", F(80, True), WHITE, pal["shadow"])
    # the date box: an outlined box with ticks, date, a pin and the city
    bf = F(34, True)
    bw = tw(d, ed["date_text"], bf) + k(30) + k(30) + tw(d, ed["city"], bf) + k(70)
    d.rectangle([X0, k(476), X0 + bw, k(538)], outline=WHITE, width=k(2))
    d.line([(X0 + k(30), k(470)), (X0 + k(90), k(470))], fill=WHITE, width=k(4))
    d.line([(X0 + bw - k(90), k(544)), (X0 + bw - k(30), k(544))], fill=WHITE, width=k(4))
    x = X0 + k(36)
    d.text((x, k(484)), ed["date_text"], font=bf, fill=WHITE)
    x += tw(d, ed["date_text"], bf) + k(30)
    pin(d, x, k(490), WHITE, pal["bg"][0], k(26))
    d.text((x + k(36), k(484)), ed["city"], font=bf, fill=WHITE)
    d.text((X0, k(584)), ed["addr"], font=F(34, True), fill=WHITE)
    # the intro box: a translucent dark panel over the key visual, framed
    y = k(960)
    f24 = F(24)
    lines = wrap(d, ed["intro"], f24, X1 - X0 - k(64))
    bottom = y + k(36) + len(lines) * k(48) + k(24)
    dim_box(im, (X0, y, X1, bottom), pal["intro"], 0.72)
    d = ImageDraw.Draw(im)
    d.rectangle([X0, y, X1, bottom], outline=tuple(int(c * 0.5) for c in pal["title"]), width=k(2))
    for j, ln in enumerate(lines):
        d.text((X0 + k(32), y + k(36) + j * k(48)), ln, font=f24, fill=(226, 234, 232))
    y = bottom + k(150)
    outline_text(im, W / 2, y + k(16), "AGENDA", F(110, True), tuple(int(c * 0.6) for c in pal["title"]))
    f66 = F(68, True)
    slanted(im, W / 2 - tw(d, "大会议程", f66) / 2, y, "大会议程", f66, WHITE, pal["shadow"])
    y += k(250)
    LX, CX = X0 + k(212), X0 + k(250)
    for i, f in enumerate(ed["forums"]):
        y = heading(im, d, ed, X0, X1, y, i, f)
        top = y
        for s in f["slots"]:
            y = slot(im, d, ed, X0, X1, LX, CX, y, s)
        bar = y - k(5) if not is_band(f["slots"][-1]) else y - k(62)
        d.line([(LX, top - k(60)), (LX, bar)], fill=pal["line"], width=k(2))
        d.rectangle([X0, bar, X1, bar + k(14)], fill=pal["bar"])
        y = bar + k(14) + k(130)
    for label, hol, units in (("支持单位", "SUPPORT", ed["units"]), ("支持媒体", "MEDIA", ed["media"])):
        outline_text(im, W / 2, y + k(14), hol, F(96, True), tuple(int(c * 0.6) for c in pal["title"]))
        f60 = F(60, True)
        slanted(im, W / 2 - tw(d, label, f60) / 2, y, label, f60, WHITE, pal["shadow"])
        y += k(170)
        bw, gap, bh = (X1 - X0 - 2 * k(40)) / 3, k(40), k(106)
        rows = (len(units) + 2) // 3
        for j, u in enumerate(units):
            r, c = divmod(j, 3)
            n_row = min(3, len(units) - r * 3)
            x0 = X0 + (X1 - X0 - (n_row * bw + (n_row - 1) * gap)) / 2  # a short last row is centred
            bx, by = x0 + c * (bw + gap), y + r * (bh + k(40))
            d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=k(10), outline=WHITE, width=k(2))
            ff = F(34, True)
            ctext(d, bx + bw / 2, by + bh / 2 - k(25), fits(d, u, ff, bw - k(20)), ff, WHITE)
        y += rows * (bh + k(40)) + k(110)
    ctext(d, W / 2, y - k(40), ed["foot"], F(24), (176, 196, 192))
    return y + k(60)


def draw(ed):
    global K
    K = ed["K"]
    return two_pass(ed["W"], lambda im, d: paint(im, d, ed), background(ed))



ED = {"forums": FORUMS, "pal": PAL, "year": "4519", "nth": "第2514届中国", "date_text": "10月21日", "city": "镇江",
      "addr": "地址：江苏大学 图书馆报告厅", "intro": INTRO, "units": UNITS, "media": MEDIA,
      "seed": 45191, "gap": True, "K": 1.0, "W": 1080, "grain": 0.0, "cell": 5,
      "foot": "主办：中国 Linux 内核开发者大会组委会　　承办：江苏大学计算机科学与通信工程学院"}
FILE = "4519clk.png"

LAYOUT = (
    "CLK 4519 (第2514届), 镇江, 4519-10-21 (PNG, %d x %d, no grain), named like the real '2022clk.png' with this "
    "edition's year: ONE whole-agenda image in the organisers' 2023 family, at its measures and type, in NEW COLOURS: a "
    "deep CHARCOAL page (orange and blue glows), AMBER titles, bars and heading numerals, ICE-BLUE 'company job' lines "
    "and dots, CORAL labels ('主持人：', '嘉宾：'), warm brown break bands, orange shadows under the slanted lettering, "
    "an orange-lit sphere. Header: logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '4519' raised in "
    "nested rounded outlines, a slanted '第2514届中国' / 'Linux 内核开发者大会', an outlined box '10月21日' + pin + '镇江' "
    "(no year, as 2023), '地址：江苏大学 图书馆报告厅', the 2023 key visual (a lit sphere in swirling arcs), a framed "
    "introduction on a dark translucent panel (the morning is the main forum, three forums in parallel in the "
    "afternoon, naming none), '大会议程' over a hollow 'AGENDA'. Then 主论坛 and CLK2022's three afternoon forums ONE "
    "UNDER ANOTHER, the afternoon ones over fading amber numerals '01'..'03' and printed with 2023's SPACE BEFORE "
    "'分论坛' ('处理器架构与调度 分论坛', '内存管理与异构计算 分论坛'; 'IO 与 ebpf 分论坛' has it already). Under each "
    "forum's name, on a LINE OF ITS OWN above the thick bar, the HOST: '主持人：' (coral), the padded name (bold white) "
    "and the unit after it (ice blue): 孙立军 '江苏大学计算机科学与通信工程学院院长', 郭海涛 '海光信息 操作系统研发总监', "
    "何　军 '阿里云 内存子系统负责人', 林　涛 '字节跳动 内核团队负责人'. The 2023 timeline: range 30 px bold white at "
    "the left, a dot on a thin vertical line, the title 30 px bold amber, per speaker 'padded name  company job' (name "
    "28 px white, two-character names padded '何　军', 'company job' 20 px ice blue, some run together as 2023 prints "
    "them: '江苏大学副校长', 'vivo内核架构师', one with two roles after a full-width comma: '华为操作系统内核实验室技术专家，"
    "Linux 内核 Maintainer'); two speakers on two lines; a range printed once over TWO talks twice, the second talk "
    "without range or dot. 主论坛: '09:00-09:05 开场' (no speaker), '09:05-09:20 开幕致辞' by 徐建华 (江苏大学副校长), "
    "'openEuler 内核面向多样性算力的演进：' / '鲲鹏、x86 与 RISC-V 的统一维护' (王建军, 华为), the LATIN speaker Tobias "
    "Reinhardt ('Red Hat Principal Software Engineer') under 'Backporting at Scale: What Ten Years of Stable' / "
    "'Kernels Taught Us', a MORNING 茶歇 band 10:20-10:35, 李春明 over 张雨婷 (both 阿里云), 陈文涛 (Rust NVMe driver, "
    "字节跳动), 黄　磊 (vivo), the ROUND TABLE '圆桌论坛：国产操作系统内核的人才培养、社区参与' / '与上游贡献' (12:05-12:45) "
    "with '主持人：' and '嘉宾：' on lines of their own: 赵　勇, then FIVE guests 刘志伟, 李　静, 胡　斌, 董晓峰, 潘海鹏; a 午餐 "
    "band 12:45-13:30. 处理器架构与调度分论坛 13:30-17:35 (25-minute talks, 茶歇 15:35-15:55): 'Taming Tail Latency with "
    "Core Scheduling on' / 'SMT Servers' (罗晓东, 英特尔); 吴　强 over 叶秀丽 (both 龙芯中科); '15:55-16:20' over 蒋春华 "
    "(PREEMPT_RT, 东土科技) and 徐　飞 (ARM64 big.LITTLE, OPPO); 'A Spinlock Hotspot Hunt: Per-CPU Data and' / "
    "'Cache-Line Bouncing' (彭立明, 美团); 'cgroup v2 CPU 带宽控制的突发配额在在线业务中' / '的实践' by 朱　斌 over 佘文杰 "
    "(both 快手); 'NOHZ_FULL 在低延迟交易系统中的应用：' / '隔离核上还剩哪些中断' (刘子浩, 华泰证券) last, 17:10-17:35. "
    "内存管理与异构计算分论坛 13:30-17:45 (30-minute talks, 茶歇 15:30-15:45): '手机上启用 MGLRU 之后：' / '冷启动与后台查杀"
    "的变化' (高　静, 荣耀); 'Memory Tiering with CXL: Page Promotion' / 'Policies in Practice' (王俊峰, 浪潮信息); "
    "'GPU 共享虚拟内存与 HMM 的结合：国产显卡驱动' / '的实践' by 马晓明 over 阚立新 (both 景嘉微); 'Reducing Page Fault "
    "Overhead for Large AI' / 'Training Jobs' (张宏勇, 百度); '16:45-17:15' over 杨　帆 (slab leaks, 统信软件) and 许　亮 "
    "(zswap/zram, 小米); 冯浩然 (中科驭数) last, 17:15-17:45. IO 与 ebpf 分论坛 13:30-18:00 (25-minute talks, 茶歇 "
    "15:10-15:30): 'eBPF 替代 iptables 实现 Kubernetes 网络策略的' / '得与失' (刘　洋, 网易); 'BPF Trampolines on ARM64: "
    "Status and' / 'Performance' (邓　超, 华为); '块层 IO 调度器怎么选：' / 'mq-deadline、BFQ 与 none 的实测对比' (田志勇, "
    "中国移动云能力中心); 郑丽华 over 韩　雪 (both 深信服); 'Writing Safer BPF Programs with the Verifier's' / 'Help' (曹永明, "
    "小红书); 袁鹏飞 (vivo) last, 17:35-18:00. Twelve '支持单位' boxes over a hollow 'SUPPORT', six '支持媒体' boxes over "
    "a hollow 'MEDIA', the foot line '主办：中国 Linux 内核开发者大会组委会　　承办：江苏大学计算机科学与通信工程学院'. "
    "%s talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 141, 150, 165, 177): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('何　军' -> '何军', '韩　雪' -> '韩雪', 'Tobias Reinhardt' "
    "-> 'TobiasReinhardt'); host is the chair printed for the forum covering the slot, null for breaks; start/end "
    "HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, in printed order; "
    "affiliations are the printed 'company job' exactly, run-together ones kept as printed ('江苏大学副校长', "
    "'vivo内核架构师', '南京大学计算机学院教授', '东南大学计算机科学与工程学院副教授'), and a line with two roles is ONE "
    "affiliation, full-width comma included ('华为操作系统内核实验室技术专家，Linux 内核 Maintainer'); an opening speech "
    "printed with a speaker ('开幕致辞') is a talk, '开场' without a speaker a break; 茶歇 and 午餐 are breaks; '午餐' "
    "closes 主论坛 as its break; a forum that prints no break after its last slot ends with it; every forum carries the "
    "edition's date. ONE invented edition, CLK 4519 (第2514届, 镇江, Saturday 4519-10-21; the date box prints '10月21日' "
    "without a year, as 2023's does; the year is the '4519' of the CLK mark), as ONE whole-agenda PNG 1080 wide in the "
    "organisers' 2023 family with new colours (as CLK2022's repository holds ONE agenda image, imgs/2022clk.png), with "
    "CLK2022's four README forum names in README order, one under another; one entry holding its four forums in "
    "printed order. Headers, logo lines, the introduction, the address, the date box, the hollow 'AGENDA', 'SUPPORT' "
    "and 'MEDIA', support units, media and the foot line '主办：… 承办：江苏大学计算机科学与通信工程学院' are never part of "
    "a name, a title or a slot; the numerals '01'..'03' are no part of a forum's name. Judgement calls: (1) FORUM "
    "NAMES are CLK2022's README link texts exactly ('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'); the "
    "headings print a space before '分论坛' as the 2023 image prints its own ('处理器架构与调度 分论坛', '内存管理与异构计算 "
    "分论坛'): the forum is still the README name, without that space. (2) HOSTS: each forum prints its host on a line "
    "of its own under its name, '主持人：' + padded name + unit (孙立军, 郭海涛, 何军, 林涛); every talk and the round "
    "table of that forum carry that host, breaks none; the unit after the host's name ('江苏大学计算机科学与通信工程学院"
    "院长', '海光信息 操作系统研发总监', '阿里云 内存子系统负责人', '字节跳动 内核团队负责人') is no affiliation of anybody, "
    "no part of the forum's name, and no slot. The round table's own '主持人：' (赵勇), printed inside the timeline "
    "under the round table's title, is its moderator, a speaker of that slot, not the forum's host. (3) SHARED RANGES, "
    "as 2023 prints them: a range printed once over two talks (the second with no range and no dot) gives BOTH talks "
    "that range, and each is its own talk with its own speaker, never a second speaker or a continuation of the talk "
    "above it: 处理器架构与调度分论坛 15:55-16:20 蒋春华, then 徐飞; 内存管理与异构计算分论坛 16:45-17:15 杨帆, then 许亮. "
    "So starts repeat inside a forum. (4) The round table is ONE slot of kind 'panel': its speakers are the moderator "
    "first (赵勇), then the FIVE guests in printed order (刘志伟, 李静, 胡斌, 董晓峰, 潘海鹏), one affiliation each; the "
    "title keeps '圆桌论坛：'; '主持人：' and '嘉宾：' are labels. (5) Two speakers of one talk stand on two lines, each "
    "with the 'company job' of his own line (李春明/张雨婷, 吴强/叶秀丽, 朱斌/佘文杰, 马晓明/阚立新, 郑丽华/韩雪). (6) Titles "
    "wrapped over two lines are one title: Latin words joined with a space ('Backporting at Scale: What Ten Years of "
    "Stable Kernels Taught Us', the lone last word 'Help' of 'Writing Safer BPF Programs with the Verifier's Help' "
    "included), nothing added after a full-width '：' ('openEuler 内核面向多样性算力的演进：' / '鲲鹏、x86 与 RISC-V 的"
    "统一维护', '块层 IO 调度器怎么选：' / 'mq-deadline、BFQ 与 none 的实测对比'), Chinese broken inside a phrase joined "
    "without anything ('…在在线业务中' / '的实践', '…国产显卡驱动' / '的实践', '…网络策略的' / '得与失', '…社区参与' / "
    "'与上游贡献'). (7) The 2023 image prints no lunch and no morning tea; the 午餐 band and the morning 茶歇 band are "
    "this designer's additions (the brief asks for tea and lunch). (8) The afternoon forums end at different times "
    "(17:35, 17:45, 18:00); each ends with its last talk. Surnames in a real programme's proportions: 15 of the 49 "
    "Chinese people (hosts, moderator and guests included) bear one of the five commonest (王, 李, 张, 刘, 陈), 31 one of "
    "the twenty the brief names (all twenty present), 16 one of ranks roughly 21 to 100 (许, 冯, 宋, 郑, 韩, 梁, 曹, 袁, "
    "田, 邓, 唐, 蒋, 彭, 董, 潘, 叶), two a rare one (佘文杰, the second speaker of the cgroup talk; 阚立新, the second "
    "speaker of the GPU/HMM talk); given names are everyday ones (伟, 军, 磊, 涛, 强, 婷, 静, 鹏, 飞, 斌 ...), 17 of the 49 names two characters long (printed padded), 32 three. One "
    "Latin-lettered speaker (Tobias Reinhardt); seven English-only titles.")
WRAPPED = [
    ["openEuler 内核面向多样性算力的演进：", "鲲鹏、x86 与 RISC-V 的统一维护"],
    ["Backporting at Scale: What Ten Years of Stable", "Kernels Taught Us"],
    ["圆桌论坛：国产操作系统内核的人才培养、社区参与", "与上游贡献"],
    ["Taming Tail Latency with Core Scheduling on", "SMT Servers"],
    ["A Spinlock Hotspot Hunt: Per-CPU Data and", "Cache-Line Bouncing"],
    ["cgroup v2 CPU 带宽控制的突发配额在在线业务中", "的实践"],
    ["NOHZ_FULL 在低延迟交易系统中的应用：", "隔离核上还剩哪些中断"],
    ["手机上启用 MGLRU 之后：", "冷启动与后台查杀的变化"],
    ["Memory Tiering with CXL: Page Promotion", "Policies in Practice"],
    ["GPU 共享虚拟内存与 HMM 的结合：国产显卡驱动", "的实践"],
    ["Reducing Page Fault Overhead for Large AI", "Training Jobs"],
    ["eBPF 替代 iptables 实现 Kubernetes 网络策略的", "得与失"],
    ["BPF Trampolines on ARM64: Status and", "Performance"],
    ["块层 IO 调度器怎么选：", "mq-deadline、BFQ 与 none 的实测对比"],
    ["Writing Safer BPF Programs with the Verifier's", "Help"],
]


COMMON5 = "王李张刘陈"  # the five commonest surnames: about three Chinese in ten
COMMON20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = "佘阚"  # the set's rare surnames, one now and then


def people(forums):
    out = []
    for f in forums:
        if f["host"]:
            out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def surname_counts():
    chinese = [p for p in people(FORUMS) if not re.match(r"[A-Za-z]", p)]
    return (len(chinese), sum(p[0] in COMMON5 for p in chinese), sum(p[0] in COMMON20 for p in chinese),
            sorted(p for p in chinese if p[0] in UNCOMMON))


def readme_forums():
    """The link texts of CLK2022's README, in order (None when the corpus is not there)."""
    p = "/work/shared/corpus/years/CLK2022/README.md"
    if not os.path.exists(p):
        return None
    return re.findall(r"^\[([^\]]+)\]\(http", open(p, encoding="utf-8").read(), re.M)


def check(poster):
    assert [f["name"] for f in FORUMS] == CLK2022_FORUMS
    rf = readme_forums()
    assert rf is None or rf == CLK2022_FORUMS, rf
    everybody = people(FORUMS)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
    n_cn, n5, n20, rare = surname_counts()
    assert 0.24 <= n5 / n_cn <= 0.34 and 0.55 <= n20 / n_cn <= 0.7, (n5, n20, n_cn)
    assert sorted(p[0] for p in rare) == sorted(UNCOMMON), rare
    assert (n_cn, n5, n20) == (49, 15, 31), (n_cn, n5, n20)
    assert sum(len(p) == 2 for p in everybody if not re.match(r"[A-Za-z]", p)) == 17  # the rest have three
    assert all(len(p) in (2, 3) for p in everybody if not re.match(r"[A-Za-z]", p))
    assert set(p[0] for p in everybody) >= set(COMMON20)  # all twenty the brief names are there
    assert saturday(poster["date"]), poster["date"]
    titles = []
    for f, src in zip(poster["forums"], FORUMS):
        assert f["date"] == poster["date"]
        titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
        prev = None
        for s, raw in zip(f["slots"], src["slots"]):
            assert s["start"] < s["end"], s
            if raw["shared"]:  # printed under the range of the talk before it: the same range
                assert prev["kind"] == "talk" and (s["start"], s["end"]) == (prev["start"], prev["end"]), s
            elif prev is not None:
                assert s["start"] == prev["end"], s
            prev = s
            assert s["host"] == (None if s["kind"] == "break" else plain(src["host"])), s
            assert len(s["speakers"]) == len(s["affiliations"]), s
            assert (len(s["speakers"]) == 0) == (s["kind"] == "break"), s
            if s["kind"] == "talk":
                assert 1 <= len(s["speakers"]) <= 2, s
            if s["kind"] == "panel":
                assert len(s["speakers"]) == 6, s
        starts = [s["start"] for s in f["slots"]]
        assert f["forum"] == "主论坛" and starts[0] == "09:00" or f["forum"] != "主论坛" and starts[0] == "13:30"
        assert sum(s["title"] == "茶歇" for s in f["slots"]) == 1, f["forum"]
        assert f["forum"] == "主论坛" or f["slots"][-1]["kind"] == "talk"
    assert [f["slots"][-1]["end"] for f in poster["forums"]] == ["13:30", "17:35", "17:45", "18:00"]
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv") + glob.glob("/work/shared/corpus/years/CLK2022/README.md")
    if listings:
        text = "".join(open(p, encoding="utf-8").read() for p in listings)
        for n in everybody:
            assert plain(n) not in text, n
        for t in titles:
            assert t not in text, t
    slots = [s for f in FORUMS for s in f["slots"]]
    assert [(f["name"], s["kind"]) for f in FORUMS for s in f["slots"] if s["kind"] == "panel"] == [("主论坛", "panel")]
    assert FORUMS[0]["slots"][-1]["title"] == "午餐" and all(f["slots"][-1]["title"] != "午餐" for f in FORUMS[1:])
    assert [(s["kind"], s["title"]) for s in FORUMS[0]["slots"][:2]] == [("break", "开场"), ("talk", "开幕致辞")]
    names = [sp["name"] for s in slots for sp in s["sp"]]
    assert sum(bool(re.match(r"[A-Za-z]", n)) for n in names) == 1
    assert sum(bool(re.fullmatch(r"[A-Za-z0-9 :,'_\-./?]+", s["title"])) for s in slots if s["kind"] == "talk") == 7
    assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") == 5
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    assert all(len(s["_tl"][-1].replace(" ", "")) >= 2 for s in slots if len(s.get("_tl", [])) > 1)
    assert sum(s["shared"] for s in slots) == 2
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]


def main():
    im = draw(ED)
    assert im.size[0] == 1080 and 9000 <= im.size[1] <= 13000, im.size
    path = os.path.join(HERE, FILE)
    im.save(path, "PNG", optimize=True)
    print(FILE, "%d x %d" % im.size, os.path.getsize(path))
    assert 1_000_000 <= os.path.getsize(path) <= 1_600_000, os.path.getsize(path)
    forums = forum_truth(FORUMS, DATE)
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in forums)
    poster = {"file": FILE, "layout": LAYOUT % (im.size + (counts,)), "date": DATE, "forums": forums}
    n = check(poster)
    print("scored talks", n, counts, "surnames (chinese, top5, top20, rare)", surname_counts())
    for tl in wrapped_titles():
        print("wrapped", tl)
    assert 32 <= n <= 44, n
    assert counts == "7 + 10 + 9 + 10", counts
    assert os.environ.get("DRAFT") or wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [], wrapped_affs()
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
