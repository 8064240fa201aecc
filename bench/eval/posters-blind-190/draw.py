"""Draw the hundred-and-ninetieth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes mmexport80464455798627.jpg and truth.json next to this file
(with DRAFT=1 in the environment also tmp/draft.png, the lossless page, only to look at it).
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 4519 (第2514届, 镇江, 江苏大学, Saturday 4519-10-28), as ONE whole-agenda
image 1080 wide (as CLK2022's repository holds one agenda image, imgs/2022clk.png, 1.5 MB), in the
organisers' 2023 family (CLK2023全部议程.png) with new colours (deep petrol page, mustard titles,
bars and numerals, ice-blue company lines, salmon labels), then as a reader passed it on: the PNG
(only measured, never written) sent in a WeChat group and saved by a phone, a JPEG of quality 75
(4:2:0), still 1080 wide, named 'mmexport' + the save time in milliseconds.  Logo lines, 'CLK' with
the year raised in nested outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date
box with a pin and the city, '地址：', the 2023 key visual (a lit sphere in arcs), a framed
introduction, '大会议程' over a hollow 'AGENDA'; the morning 主论坛 and CLK2022's three afternoon
forums one under another (2023's space before '分论坛', fading numerals behind the afternoon ones);
UNDER each forum's name, above the thick bar, its HOST ('主持人：' + name + unit; 2023 prints none);
the 2023 TIMELINE (range, dot on a vertical line, title, 'padded name  company job' per speaker), a
range standing over two talks twice; 开场, a morning 茶歇, 午餐 and an afternoon 茶歇 per forum, a
closing bar; '支持单位' / '支持媒体' boxes.
Copied from posters-blind-177/draw.py (177 took them from set 165, it from 150, 141, 129, 117,
105, 103, 97, 90, 86, 78, 72, 68, 59, 43), unchanged: font, tw, TOKEN, NO_LINE_START, wrap_widths,
wrap, wrap_nicely, ctext, rtext, vgrad, grain (called with noise 0), glow, two_pass, para, fits,
WHITE, BANDS, rng, plain, saturday, REAL_NAMES, K, F, k, slanted, outline_text, fading_numeral, pin,
logo, clk_mark, inline, runs_width, background, S, T, R, B, truth_slot, forum_truth,
CLK2022_FORUMS, pad, split_spaces, speaker_line, panel_a, is_band, slot, printed_name, dim_box,
paint, draw, people, readme_forums, wrapped_titles, wrapped_affs, COMMON5, COMMON20.  From
posters-blind-175/draw.py: SAVED_MS, FILE and saved_ms_ok (new values) and main's PNG-measured,
JPEG-written ending.  Changed: heading (the host on a line of its own under the forum's name,
left-aligned, 165-like, instead of 177's right end), surname_counts (also counts two-character
names), check (this set's counts, ends, two shared ranges, a round table of four guests, everyday
given names, one two-speaker talk per forum), main (the DRAFT switch).  New: the palette, UNCOMMON,
EVERYDAY and all the data, INTRO, UNITS, MEDIA, ED, LAYOUT, NOTE, COUNTS, WRAPPED.
"""
import datetime
import glob
import io
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






REAL_NAMES = sorted(set([  # the union of sets 165's and 171's lists: names read on the real posters by earlier helpers
    "KuzinArtem", "LianboJiang", "付才", "伍勃", "伍勍", "何鲁港", "余昇锦", "余松平", "侯文龙", "刘守业", "刘忻", "刘海龙", "卢烈", "司延腾",
    "吴江波", "周俶易", "周傲易", "周威", "唐辉", "孙南勇", "宋卓", "宋恺睿", "宋牧春", "尹欣", "左泽", "巫强", "廖肇燕", "廖远鸿", "张友加", "张哲华",
    "张子扬", "张细锐", "张翼", "张雅兰", "张鹏", "彭志光", "徐静波", "慕冬亮", "晏艳", "曾庆凯", "朱彦军", "朱维希", "李培锋", "李志", "李扬韬", "李治军",
    "李泽帆", "李珍", "杜冬冬", "杨彦凝", "杨欢", "杨铠衔", "杨阳", "殷锋卫", "江锋", "潘睿", "王刘朴", "王子成", "王建政", "王海粟", "甄鹏", "白铠豪",
    "皮振伟", "祝嘉", "程杰", "罗宏震", "聂诚", "胡俊鹏", "胡璞", "荣乾锋", "蒲乐辉", "袁晓峰", "许珉嘉", "谈鉴锋", "谢旻晟", "谢昱晟", "谢柳杰", "谢欢",
    "谢淼", "谢雨来", "谢颂杨", "贺中坤", "赵天瑞", "赵宇", "赵桥", "路旭", "邹德清", "邹贻鹏", "郑堂权", "郑琦", "郑翔", "郭任", "郭健", "郭寒军",
    "郭纯海", "郭迎港", "陆扬", "陈凯", "陈华才", "陈培鸿", "陈越琦", "韩传华", "高亮", "黄睿", "黄靖", "黎红波", "龚睿奇"]))

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
# CLK 4519 (第2514届), 镇江, Saturday 4519-10-28.  As 2023 prints them, a range may stand over two talks
# (shared=True: printed under the range of the talk before it, without range or dot of its own; both talks of
# the group get the group's range in the truth).  Unlike 2023, every forum prints its HOST on a line of its own
# UNDER the forum's name and ABOVE the thick bar: '主持人：' + the padded name + the unit, left-aligned.
DATE = "4519-10-28"
FORUMS = [
    {"name": "主论坛", "host": "赵海涛", "unit": "江苏大学计算机科学与通信工程学院副院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [S("陈建华", "江苏大学副校长")]),
        T("09:20", "09:50", "内核社区贡献排名背后：华为 Linux 内核团队的上游实践", [S("王志刚", "华为 Linux 内核首席专家")],
          nice=True),
        T("09:50", "10:20", "Memory Tagging on Arm64: From MTE Hardware to Production Kernels",
          [S("Nicolas Girard", "Arm Principal Software Engineer")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "大规模服务器集群的内核热补丁：制作、验证与灰度发布",
          [S("张磊", "腾讯云 内核技术专家"), S("李婷", "腾讯云 内核工程师")], nice=True),
        T("11:05", "11:35", "RISC-V 进入 Linux 主线之后：国产芯片的上游之路", [S("谢建勇", "中国科学院软件研究所 副研究员")]),
        T("11:35", "12:05", "从补丁数据看中国开发者对 Linux 内核的贡献", [S("唐文斌", "清华大学计算机系副教授")]),
        R("12:05", "12:50", "圆桌论坛：企业需要什么样的内核开发者——校招、实习与长期培养",
          S("孙丽", "江苏大学计算机科学与通信工程学院教授"),
          [S("杨帆", "字节跳动 STE 内核团队负责人"), S("董志强", "统信软件内核研发总监"),
           S("周文杰", "蚂蚁集团 操作系统技术专家"), S("邓海鹏", "龙芯中科 内核开发工程师")]),
        B("12:50", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "徐明辉", "unit": "飞腾信息技术 操作系统部总监", "slots": [
        T("13:30", "14:00", "LoongArch 内核的 SMP 启动与 CPU 热插拔实现", [S("吴志军", "龙芯中科 内核工程师")]),
        T("14:00", "14:30", "Boosting Foreground Tasks with uclamp: A Phone Maker's Notes",
          [S("梁文涛", "OPPO 内核工程师")]),
        T("14:30", "15:00", "鲲鹏 920 上的 cluster 调度：共享 L3 Tag 的调度域", [S("曾斌", "华为 内核工程师")]),
        T("15:00", "15:30", "继电保护装置上的 PREEMPT_RT：中断线程化与时延测试",
          [S("高云峰", "南瑞集团 嵌入式软件工程师"), S("邝敏", "南瑞集团 测试工程师")], nice=True),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "大小核混合架构下的调度：Thread Director 反馈如何进入调度器", [S("彭超", "英特尔 软件工程师")], nice=True),
        T("16:20", "16:50", "Cache Allocation with resctrl: Lessons from a Mixed-Workload Cluster",
          [S("郭亮", "美团 系统工程师")]),
        T("16:50", "17:20", "行情系统尾延迟：定时器软中断引起的抖动排查", [S("陈浩然", "华泰证券 系统架构师")]),
        T("16:50", "17:20", "hrtimer 到期抖动的测量与分析", [S("王丽华", "统信软件 内核工程师")], shared=True),
        T("17:20", "17:50", "虚拟机 vCPU 抢占与 paravirt spinlock 调优", [S("于洋", "京东云 虚拟化工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "刘海波", "unit": "百度 系统内核技术负责人", "slots": [
        T("13:30", "13:55", "folio 改造之后：文件页回收路径发生了哪些变化", [S("李明杰", "阿里云 内核工程师")]),
        T("13:55", "14:20", "Tiered Memory with CXL: Early Results of Page Promotion on Real Hardware",
          [S("黄磊", "浪潮信息 内核工程师")]),
        T("14:20", "14:45", "加速器上的共享虚拟地址：IOMMU SVA 的落地",
          [S("朱军", "海光信息 驱动工程师"), S("王芳", "海光信息 软件工程师")]),
        T("14:45", "15:10", "内存 UCE 错误处理：从 MCE 上报到进程隔离", [S("田宏伟", "字节跳动 系统工程师")]),
        T("15:10", "15:35", "空页表回收：被忽视的页表内存", [S("任俊杰", "蚂蚁集团 内核工程师")]),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "Reducing Memory Fragmentation on Long-Running Database Servers",
          [S("蒋立华", "PingCAP 系统工程师")]),
        T("16:15", "16:40", "NPU 与视频编解码器之间的 dma-buf 零拷贝", [S("刘超", "寒武纪 驱动工程师")]),
        T("16:40", "17:05", "用 KFENCE 在百万台手机上抓内存踩踏", [S("许云飞", "小米 内核工程师")]),
        T("17:05", "17:30", "percpu 内存分配器的扩展性问题与改进", [S("张静怡", "华为 内核工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "陈伟", "unit": "阿里云 存储与文件系统技术专家", "slots": [
        T("13:30", "14:00", "分布式存储从 libaio 迁移到 io_uring 的收益与问题", [S("沈杰", "腾讯云 存储工程师")]),
        T("14:00", "14:30", "Per-cgroup I/O Latency Accounting with BPF", [S("何磊", "字节跳动 SRE 工程师")]),
        T("14:30", "15:00", "用 sockmap 加速 Sidecar 流量：Service Mesh 的内核旁路",
          [S("刘斌", "快手 网络工程师"), S("吴倩", "快手 内核工程师")], nice=True),
        T("15:00", "15:30", "NVMe over TCP 存储网络的断链重连与多路径切换", [S("阚志勇", "新华三 存储工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "ext4 日志提交的延迟：MySQL 写入抖动的排查", [S("叶涛", "华为 文件系统工程师")]),
        T("16:15", "16:45", "基于 BPF LSM 的文件访问控制：策略下发与性能", [S("郑国强", "深信服 安全研究员")]),
        T("16:15", "16:45", "用 eBPF 审计容器内的提权行为", [S("曹雪", "奇安信 安全工程师")], shared=True),
        T("16:45", "17:15", "Incremental Backups with Btrfs Send/Receive: Pitfalls We Hit", [S("马俊", "网易 存储工程师")]),
        T("17:15", "17:45", "SSD 缓存加速 HDD：bcache 的回写策略调优", [S("钟鹏", "浪潮信息 存储工程师")]),
    ]},
]

INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK），由国内从事 Linux 内核研发的企业、高校和开源社区"
         "共同发起，至今已举办 2513 届。本届大会由江苏大学承办，以\u201c自由、协作、创新\u201d为理念，以开源技术的推广和"
         "普及为使命，邀请内核维护者、一线开发者与高校师生，分享上游社区的最新进展和生产环境中的工程实践。大会上午为"
         "主论坛，下午三个分论坛同时进行，欢迎广大 Linux 开发者和爱好者报名参加。")
UNITS = ["江苏大学", "华为", "阿里云", "腾讯云", "字节跳动", "英特尔", "龙芯中科", "统信软件", "海光信息",
         "OPPO", "蚂蚁集团", "百度"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "阅码场", "Linux 内核之旅", "内核工匠"]
# NEW COLOURS: a deep PETROL page (teal-green and amber glows), MUSTARD titles, bars and numerals, ICE-BLUE company
# lines and dots, SALMON labels ('主持人：', '嘉宾：'), petrol break bands, a teal-lit sphere with a warm core.
PAL = {"bg": ((8, 42, 46), (3, 14, 17)), "title": (244, 200, 76), "aff": (150, 206, 232), "label": (250, 146, 118),
       "line": (64, 116, 118), "dot": (150, 206, 232), "band": (18, 72, 76),
       "bar": (244, 200, 76), "num": (230, 186, 70), "glow1": (24, 168, 150), "glow2": (214, 122, 40),
       "shadow": (18, 124, 112), "streak": (30, 88, 90), "sphere": (30, 156, 144), "core": (255, 230, 150),
       "clk": (255, 250, 232), "intro": (2, 18, 20)}
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
    white) and the unit (company colour, smaller), left-aligned; then the thick bar.  Returns the first slot's
    title top."""
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
    nb = d.textbbox((X0, ny), name, font=nf)
    base = nb[3] + k(50)  # the host's baseline, under the forum's name
    runs = [("主持人：", F(24), pal["label"]), (pad(f["host"]), F(28, True), WHITE), ("\u3000", F(24), WHITE),
            (f["unit"], F(20), pal["aff"])]
    assert runs_width(d, runs) <= X1 - X0, (f["name"], runs_width(d, runs))
    inline(d, X0, base, runs)
    y = base + k(30)
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




ED = {"forums": FORUMS, "pal": PAL, "year": "4519", "nth": "第2514届中国", "date_text": "10月28日", "city": "镇江",
      "addr": "地址：江苏大学 图书馆报告厅", "intro": INTRO, "units": UNITS, "media": MEDIA,
      "seed": 19043, "gap": True, "K": 1.0, "W": 1080, "grain": 0.0, "cell": 5,
      "foot": "主办：中国 Linux 内核开发者大会组委会　　承办：江苏大学计算机科学与通信工程学院"}
# The organisers' PNG (it would be named like the real one, '4519clk.png') is only measured; what the set holds is
# the copy a reader passed on: sent in a WeChat group, re-encoded by the chat app as JPEG q75 at its own width, and
# saved by a phone as 'mmexport' + the save time in milliseconds (4519-10-26 21:43:18.627 +08:00, a Thursday two
# days before the meeting).
SAVED_MS = 80464455798627
FILE = "mmexport%d.jpg" % SAVED_MS


def saved_ms_ok():
    t = datetime.datetime(4519, 10, 26, 21, 43, 18, 627000, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    return int(t.timestamp() * 1000) == SAVED_MS


LAYOUT = (
    "CLK 4519 (第2514届), 镇江, Saturday 4519-10-28, as a reader passed it on: the organisers' whole-agenda PNG (%d x "
    "%d, %.2f MB, not in the set) sent in a WeChat group, re-encoded by the chat app as JPEG q75 (4:2:0, baseline, "
    "JFIF without EXIF) at the same size, %.2f MB, and saved by a phone as 'mmexport' + the save time in milliseconds "
    "(4519-10-26 21:43:18.627 +08:00, a Thursday two days BEFORE the meeting: no date of the meeting). ONE whole-agenda "
    "image in the organisers' 2023 family, at its measures and type, in NEW COLOURS: a deep PETROL page fading to "
    "near-black (teal-green and amber glows), MUSTARD titles, bars and heading numerals, ICE-BLUE 'company job' lines "
    "and dots, SALMON labels ('主持人：', '嘉宾：'), petrol break bands, teal shadows under the slanted lettering, a "
    "teal sphere with a warm core. Header: logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '4519' "
    "raised in nested rounded outlines, a slanted '第2514届中国' / 'Linux 内核开发者大会', an outlined box '10月28日' + "
    "pin + '镇江' (no year, as 2023), '地址：江苏大学 图书馆报告厅', the sphere in arcs, a framed introduction (the "
    "morning is the main forum, three forums in parallel in the afternoon, naming none), '大会议程' over a hollow "
    "'AGENDA'. Then 主论坛 and CLK2022's three afternoon forums ONE UNDER ANOTHER, the afternoon ones over fading "
    "mustard numerals '01'..'03' and printed with 2023's SPACE BEFORE '分论坛' ('处理器架构与调度 分论坛', "
    "'内存管理与异构计算 分论坛'; 'IO 与 ebpf 分论坛' as it is). UNDER each forum's name, on a line of its own ABOVE the "
    "thick bar, its HOST: '主持人：' (salmon), the padded name (bold white), a full-width space and the unit (ice blue, "
    "smaller): 赵海涛 '江苏大学计算机科学与通信工程学院副院长', 徐明辉 '飞腾信息技术 操作系统部总监', 刘海波 '百度 "
    "系统内核技术负责人', 陈　伟 '阿里云 存储与文件系统技术专家'. The 2023 timeline: range 30 px bold white at the left, a "
    "dot on a thin vertical line, the title 30 px bold mustard, per speaker 'padded name  company job' (name 28 px "
    "white, 'company job' 20 px ice blue, some run together: '江苏大学副校长', '清华大学计算机系副教授', '统信软件内核研发总监'); "
    "two speakers on two lines; a range printed once over TWO talks twice, the second without range or dot. 主论坛: "
    "'09:00-09:05 开场' (no speaker), '09:05-09:20 开幕致辞' by 陈建华 (江苏大学副校长), '内核社区贡献排名背后：' / '华为 "
    "Linux 内核团队的上游实践' (王志刚), the LATIN speaker Nicolas Girard ('Arm Principal Software Engineer') under 'Memory "
    "Tagging on Arm64: From MTE' / 'Hardware to Production Kernels', a MORNING 茶歇 band 10:20-10:35, '大规模服务器集群的"
    "内核热补丁：' / '制作、验证与灰度发布' by 张　磊 over 李　婷 (both 腾讯云), 谢建勇 (RISC-V), 唐文斌 (patch data), the "
    "ROUND TABLE '圆桌论坛：企业需要什么样的内核开发者——校招、' / '实习与长期培养' (12:05-12:50) with '主持人：' and '嘉宾：' on "
    "lines of their own: 孙　丽, then FOUR guests 杨　帆, 董志强, 周文杰, 邓海鹏; a 午餐 band 12:50-13:30. 处理器架构与调度"
    "分论坛 13:30-17:50 (30-minute talks, 茶歇 15:30-15:50): 'Boosting Foreground Tasks with uclamp: A' / \"Phone "
    "Maker's Notes\" (梁文涛, OPPO); '继电保护装置上的 PREEMPT_RT：' / '中断线程化与时延测试' by 高云峰 over 邝　敏 (both "
    "南瑞集团); '大小核混合架构下的调度：' / 'Thread Director 反馈如何进入调度器' (彭　超, 英特尔); 'Cache Allocation with "
    "resctrl: Lessons from a' / 'Mixed-Workload Cluster' (郭　亮, 美团); '16:50-17:20' over 陈浩然 (华泰证券) and 王丽华 "
    "(统信软件); 于　洋 (京东云) last. 内存管理与异构计算分论坛 13:30-17:30 (25-minute talks, 茶歇 15:35-15:50): 'Tiered Memory "
    "with CXL: Early Results of Page' / 'Promotion on Real Hardware' (黄　磊); 朱　军 over 王　芳 (both 海光信息); 'Reducing "
    "Memory Fragmentation on' / 'Long-Running Database Servers' (蒋立华, PingCAP); 张静怡 (华为) last. IO 与 ebpf 分论坛 "
    "13:30-17:45 (30-minute talks, 茶歇 15:30-15:45): 'Per-cgroup I/O Latency Accounting with BPF' (何　磊, one line); "
    "'用 sockmap 加速 Sidecar 流量：' / 'Service Mesh 的内核旁路' by 刘　斌 over 吴　倩 (both 快手); the rare 阚志勇 "
    "(新华三); '16:15-16:45' over 郑国强 (深信服) and 曹　雪 (奇安信); 'Incremental Backups with Btrfs Send/Receive:' / "
    "'Pitfalls We Hit' (马　俊, 网易); 钟　鹏 (浪潮信息) last, 17:15-17:45. Twelve '支持单位' boxes over a hollow 'SUPPORT', "
    "six '支持媒体' boxes over a hollow 'MEDIA', the foot line '主办：中国 Linux 内核开发者大会组委会　　承办：江苏大学计算机"
    "科学与通信工程学院'. %s talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 165, 175, 177): speakers are names as printed with spaces "
    "and the padding of two-character names removed ('张　磊' -> '张磊', '邝　敏' -> '邝敏', 'Nicolas Girard' -> "
    "'NicolasGirard'); host is the chair printed for the forum covering the slot, null for breaks; start/end HH:MM on a "
    "24-hour clock; where two speakers are printed each has his own affiliation, in printed order; affiliations are the "
    "printed 'company job' exactly, run-together ones kept as printed ('江苏大学副校长', '清华大学计算机系副教授', "
    "'统信软件内核研发总监', '江苏大学计算机科学与通信工程学院教授'), spaced ones with their space ('腾讯云 内核技术专家', "
    "'中国科学院软件研究所 副研究员', 'Arm Principal Software Engineer'); an opening speech printed with a speaker "
    "('开幕致辞') is a talk, '开场' without a speaker a break; 茶歇 and 午餐 are breaks; '午餐' closes 主论坛 as its break; a "
    "forum that prints no break after its last slot ends with it; every forum carries the edition's date. ONE invented "
    "edition, CLK 4519 (第2514届, 镇江, Saturday 4519-10-28; the date box prints '10月28日' without a year, as 2023's does; "
    "the year is the '4519' of the CLK mark), as ONE whole-agenda image 1080 wide in the organisers' 2023 family with new "
    "colours (as CLK2022's repository holds ONE agenda image, imgs/2022clk.png), with CLK2022's four README forum names "
    "in README order, one under another; one entry holding its four forums in printed order. The entry's file is the "
    "copy a reader passed on: the organisers' PNG sent in a WeChat group, re-encoded as JPEG q75 at the same size and "
    "saved by a phone as 'mmexport' + the save time in milliseconds (4519-10-26, two days BEFORE the meeting: the file "
    "name's time is no date of the meeting); the PNG is not in the set. Headers, logo lines, the introduction, the "
    "address, the date box, the hollow 'AGENDA', 'SUPPORT' and 'MEDIA', support units, media and the foot line '主办：… "
    "承办：江苏大学计算机科学与通信工程学院' are never part of a name, a title or a slot; the numerals '01'..'03' are no part "
    "of a forum's name. Judgement calls: (1) FORUM NAMES are CLK2022's README link texts exactly ('IO 与 ebpf 分论坛' "
    "with its spaces and lower-case 'ebpf'); the headings print a space before '分论坛' as the 2023 image prints its own "
    "('处理器架构与调度 分论坛', '内存管理与异构计算 分论坛'): the forum is still the README name, without that space. (2) "
    "HOSTS: each forum prints its host on a line of its own UNDER the forum's name and ABOVE the thick bar, '主持人：' + "
    "the padded name + the unit (赵海涛, 徐明辉, 刘海波, 陈伟); every talk and the round table of that forum carry that "
    "host, breaks none; the unit after the host's name is no affiliation of anybody, no part of the forum's name, and no "
    "slot; the host line is no speaker line of the forum's first slot. The round table's own '主持人：' (孙丽), printed "
    "inside the timeline under the round table's title, is its moderator, a speaker of that slot, not the forum's host "
    "(赵海涛). (3) SHARED RANGES, as 2023 prints them: a range printed once over two talks (the second with no range and "
    "no dot) gives BOTH talks that range, and each is its own talk with its own speaker, never a second speaker or a "
    "continuation of the talk above it: 处理器架构与调度分论坛 16:50-17:20 陈浩然, then 王丽华; IO 与 ebpf 分论坛 "
    "16:15-16:45 郑国强, then 曹雪. So starts repeat inside a forum. (4) The round table is ONE slot of kind 'panel': its "
    "speakers are the moderator first (孙丽), then the FOUR guests in printed order (杨帆, 董志强, 周文杰, 邓海鹏), one "
    "affiliation each; the title keeps '圆桌论坛：' and its '——'; '主持人：' and '嘉宾：' are labels. (5) Two speakers of one "
    "talk stand on two lines, each with the 'company job' of his own line (张磊/李婷, 高云峰/邝敏, 朱军/王芳, 刘斌/吴倩), one "
    "such talk per forum. (6) Titles wrapped over two lines are one title: Latin words joined with a space ('Memory "
    "Tagging on Arm64: From MTE Hardware to Production Kernels', \"Boosting Foreground Tasks with uclamp: A Phone Maker's "
    "Notes\", 'Incremental Backups with Btrfs Send/Receive: Pitfalls We Hit'), nothing added after a full-width '：' or "
    "'、' ('大小核混合架构下的调度：' / 'Thread Director 反馈如何进入调度器' -> '大小核混合架构下的调度：Thread Director 反馈"
    "如何进入调度器'; '…——校招、' / '实习与长期培养' -> '…——校招、实习与长期培养'). (7) The 2023 image prints no lunch and no "
    "morning tea; the 午餐 band and the morning 茶歇 band are this designer's additions (the brief asks for tea and "
    "lunch). (8) The afternoon forums end at different times (17:50, 17:30, 17:45); each ends with its last talk. "
    "Surnames in a real programme's proportions: of the 45 Chinese people (hosts, moderator and guests included) 13 bear "
    "one of the five commonest (王, 李, 张, 刘, 陈), 26 one of the twenty the brief names, two a rare one (邝敏, a speaker "
    "of 处理器架构与调度分论坛; 阚志勇, a speaker of IO 与 ebpf 分论坛); given names are everyday ones (伟, 磊, 婷, 强, 军, "
    "涛, 斌, 超, 鹏, 敏 and the like), 22 of the 45 names have two characters and are printed padded. One Latin-lettered "
    "speaker (Nicolas Girard); seven English-only titles.")
COUNTS = "7 + 9 + 9 + 9"
WRAPPED = [
    ["内核社区贡献排名背后：", "华为 Linux 内核团队的上游实践"],
    ["Memory Tagging on Arm64: From MTE", "Hardware to Production Kernels"],
    ["大规模服务器集群的内核热补丁：", "制作、验证与灰度发布"],
    ["圆桌论坛：企业需要什么样的内核开发者——校招、", "实习与长期培养"],
    ["Boosting Foreground Tasks with uclamp: A", "Phone Maker's Notes"],
    ["继电保护装置上的 PREEMPT_RT：", "中断线程化与时延测试"],
    ["大小核混合架构下的调度：", "Thread Director 反馈如何进入调度器"],
    ["Cache Allocation with resctrl: Lessons from a", "Mixed-Workload Cluster"],
    ["Tiered Memory with CXL: Early Results of Page", "Promotion on Real Hardware"],
    ["Reducing Memory Fragmentation on", "Long-Running Database Servers"],
    ["用 sockmap 加速 Sidecar 流量：", "Service Mesh 的内核旁路"],
    ["Incremental Backups with Btrfs Send/Receive:", "Pitfalls We Hit"],
]


COMMON5 = "王李张刘陈"  # the five commonest surnames: about three Chinese in ten
COMMON20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = "邝阚"  # the set's rare surnames, one now and then
# Given names as a real programme prints them: everyday characters only (checked below).
EVERYDAY = set("伟明磊涛军华勇强杰婷静丽鹏飞斌超建志刚文海波辉峰云宏立俊浩然洋帆敏芳倩雪亮怡国")


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
            sorted(p for p in chinese if p[0] in UNCOMMON), sum(len(p) == 2 for p in chinese))


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
    chinese = [p for p in everybody if not re.match(r"[A-Za-z]", p)]
    for p in chinese:
        assert 2 <= len(p) <= 3 and all(c in EVERYDAY for c in p[1:]), p
    n_cn, n5, n20, rare, n2 = surname_counts()
    assert 0.24 <= n5 / n_cn <= 0.34 and 0.52 <= n20 / n_cn <= 0.62, (n5, n20, n_cn)
    assert sorted(p[0] for p in rare) == sorted(UNCOMMON), rare
    assert 0.35 <= n2 / n_cn <= 0.55, (n2, n_cn)
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
            assert s["host"] not in s["speakers"], s
            assert len(s["speakers"]) == len(s["affiliations"]), s
            assert (len(s["speakers"]) == 0) == (s["kind"] == "break"), s
            if s["kind"] == "talk":
                assert 1 <= len(s["speakers"]) <= 2, s
            if s["kind"] == "panel":
                assert len(s["speakers"]) == 5, s
        starts = [s["start"] for s in f["slots"]]
        assert f["forum"] == "主论坛" and starts[0] == "09:00" or f["forum"] != "主论坛" and starts[0] == "13:30"
        assert sum(s["title"] == "茶歇" for s in f["slots"]) == 1, f["forum"]
        assert f["forum"] == "主论坛" or f["slots"][-1]["kind"] == "talk"
    assert [f["slots"][-1]["end"] for f in poster["forums"]] == ["13:30", "17:50", "17:30", "17:45"]
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
    assert [sum(len(s["sp"]) == 2 for s in f["slots"] if s["kind"] == "talk") for f in FORUMS] == [1, 1, 1, 1]
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
    if os.environ.get("DRAFT"):  # the lossless page, only to look at it while designing
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    buf = io.BytesIO()  # the organisers' PNG, only measured (the real imgs/2022clk.png weighs 1,502,613 bytes)
    im.save(buf, "PNG", optimize=True)
    png_size = len(buf.getvalue())
    path = os.path.join(HERE, FILE)
    im.save(path, "JPEG", quality=75, subsampling=2, optimize=False, progressive=False)
    jpg_size = os.path.getsize(path)
    print("organisers' PNG (not written) %d x %d %d bytes; %s %d bytes" % (im.size + (png_size, FILE, jpg_size)))
    assert 1_000_000 <= png_size <= 1_800_000, png_size
    assert saved_ms_ok()
    with Image.open(path) as back:
        assert back.size == im.size and back.format == "JPEG" and not back.info.get("exif"), back.info
    assert 400_000 <= jpg_size <= 3_000_000, jpg_size
    forums = forum_truth(FORUMS, DATE)
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in forums)
    poster = {"file": FILE, "layout": LAYOUT % (im.size + (png_size / 1e6, jpg_size / 1e6, counts)), "date": DATE,
              "forums": forums}
    n = check(poster)
    print("scored talks", n, counts, "surnames (chinese, top5, top20, rare, two-character)", surname_counts())
    for tl in wrapped_titles():
        print("wrapped", tl)
    assert 32 <= n <= 44, n
    assert counts == COUNTS, counts
    assert wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [], wrapped_affs()
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
