"""Draw the hundred-and-fifth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances.

Two invented editions, each the ONE whole-agenda PNG of its year (as CLK2022's repository
holds one agenda image, imgs/2022clk.png), 1080 wide, in the organisers' 2023 family
(CLK2023全部议程.png): logo lines, 'CLK' with the year raised in nested outlines, a slanted
'第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin and the city, '地址：',
a framed introduction, '大会议程' over a hollow 'AGENDA'; per forum its heading (a big
fading numeral behind the afternoon ones), its host, a thick bar, the 2023 TIMELINE
(range at the left, a dot on a vertical line, the title, 'padded name  company job' per
speaker), break bands, a closing bar; '支持单位' / '支持媒体' over outlined boxes.
CLK2022's four README forum names on both.
  CLK 3051 (第1046届, 洛阳): the 2023 navy and teal; headings printed with a space before
    '分论坛' as 2023 prints them; the host right-aligned at the end of the heading's line,
    his unit under him; the round table in 主论坛 with 2023's labels on lines of their own.
  CLK 3052 (第1047届, 湛江): a deep violet page, GOLD titles, sky-blue companies; the host on
    a line of its own under the bar at the left; the round table closes 'IO 与 ebpf 分论坛'
    with inline labels.
Two-speaker talks on two lines (2023), on ONE line as two 'name company' pairs, or on ONE
line as 'name、name  company job'.
Helpers font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad,
grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain, saturday, REAL_NAMES, K, F, k,
slanted, outline_text, fading_numeral, pin, logo, clk_mark, inline, runs_width, background,
S, T, R, B, truth_slot, forum_truth, pad, split_spaces, speaker_line, panel_a, panel_b,
is_band, pair_line, joint_line, slot, paint and draw are copied from
posters-blind-103/draw.py (itself from sets 97, 90, 86, 78, 72, 68, 59, 43); background takes
the grain's strength and cell from the edition; heading is rewritten (two new host forms)
and printed_name is new; people, check, wrapped_titles and main are adapted from set 103;
wrapped_affs and all the data are new.
"""
import datetime
import glob
import json
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




REAL_NAMES = sorted(set([  # sets 97's and 98's lists: names read on the real posters and listed as real by earlier helpers
    "李治军", "许珉嘉", "宋卓", "郑琦", "宋牧春", "杨铠衔", "谢旻晟", "郭健", "郭寒军", "彭志光", "司延腾", "殷锋卫",
    "谈鉴锋", "李培锋", "黄靖", "宋恺睿", "朱彦军", "韩传华", "路旭", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "郭任", "左泽", "王海粟", "江锋", "黄睿",
    "李扬韬", "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "付才", "郑堂权", "袁晓峰", "刘海龙", "张哲华", "周俶易", "贺中坤", "白铠豪", "陈凯", "高亮",
    "李泽帆", "邹德清", "王刘朴", "谢雨来", "程杰", "李珍", "张细锐", "孙南勇", "张翼", "晏艳", "余松平", "荣乾锋",
    "巫强", "聂诚", "余昇锦", "唐辉", "祝嘉", "张子扬",
    "KuzinArtem", "周威", "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "郭纯海",
    "黎红波", "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "伍勃", "王建政", "LianboJiang", "慕冬亮", "甄鹏"]))

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
    d.text((x, cy - k(70)), "CLK", font=cf, fill=(214, 246, 250), stroke_width=k(2), stroke_fill=pal["title"])
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
        for j, yy in enumerate(range(k(2400), h - k(800), k(1900))):
            im = glow(im, w - k(40) if j % 2 else k(40), yy, k(380), pal["glow1"] if j % 2 else pal["glow2"], 0.22)
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
            col = tuple(int(pal["glow1"][c] * (1 - t) * 0.9 + pal["shadow"][c] * t * 0.55) for c in range(3))
            d.ellipse([cx - j - (r - j) * 0.35, cy - j - (r - j) * 0.45, cx + j - (r - j) * 0.35,
                       cy + j - (r - j) * 0.45], fill=col)
        for j in range(4):  # streaks low on the sides, as the 2023 image has them
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - k(260)), yy - k(300))], fill=pal["streak"], width=k(3))
        return grain(im, ed["seed"], ed["grain"], ed["cell"])
    return bg








# ===========================================================================
# Data.  S(name, 'company job' as printed); T a talk (shared=True: printed under the range of the talk
# before it, without range or dot of its own; line='pairs': its two speakers on ONE line as two
# 'name company' pairs; line='joint': 'name、name  company job' on one line, both of that company;
# nice=True: the title broken after its colon, else greedily as 2023 breaks most titles); R a round
# table (kind 'panel': moderator, then the guests in printed order); B a break.
def S(name, affiliation):
    return {"name": name, "aff": affiliation}


def T(start, end, title, speakers, shared=False, line=None, nice=False):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "shared": shared,
            "line": line, "nice": nice}


def R(start, end, title, moderator, guests, nice=False):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "shared": False, "line": None, "nice": nice}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "shared": False, "line": None,
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
# 1. CLK 3051 (第1046届), 洛阳, Saturday 3051-10-25: the 2023 navy, teal titles, blue companies; the host at the
#    right end of the forum's heading line with his unit under him.
DATE_A = "3051-10-25"
FORUMS_A = [
    {"name": "主论坛", "host": "樊立群", "unit": "河南科技大学 信息工程学院院长", "slots": [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:25", "开幕致辞", [S("段春明", "河南科技大学副校长")]),
        T("09:25", "10:00", "从服务器到手机：一个内核团队维护多条产品线分支的工程实践与代价",
          [S("王鹤鸣", "华为 操作系统内核首席专家")]),
        T("10:00", "10:30", "Lessons from a Decade of Maintaining Stable Kernel Backports",
          [S("Tomasz Wierzbicki", "Canonical Kernel Team Lead")]),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:20", "终端设备上的内核内存压缩：zram 多级回写实践",
          [S("蔺雪松", "荣耀 终端内核专家"), S("柴源", "荣耀内核工程师")]),
        R("11:20", "12:00", "圆桌论坛：国产芯片生态下的内核开源协作",
          S("贺文杰", "开源中国 社区运营总监"),
          [S("孙一鸿", "飞腾信息技术 系统软件部总监"), S("高若溪", "中国科学院软件研究所 研究员"),
           S("林嘉祥", "阿里云 龙蜥社区技术委员会委员"), S("宁凯", "统信软件 内核研发经理")]),
        B("12:00", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "常建业", "unit": "龙芯中科 内核总监", "slots": [
        T("13:30", "14:00", "EEVDF 调度器替换 CFS 后的延迟回归与调优", [S("邵宇航", "字节跳动 STE 内核工程师")]),
        T("14:00", "14:30", "LoongArch 平台内核启动时间的分析与压缩", [S("关子健", "龙芯中科 系统软件工程师")]),
        T("14:30", "15:00", "大小核处理器上的任务放置与能效模型校准",
          [S("蒋骁", "vivo 内核工程师"), S("齐悦", "vivo 功耗工程师")], line="pairs"),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "Core Scheduling and Side-Channel Isolation on Hybrid CPUs",
          [S("潘立恒", "英特尔 软件架构师")]),
        T("15:50", "16:20", "实时内核在工业控制器上的落地：中断线程化、优先级继承与 cyclictest 长稳测试",
          [S("马承泽", "中控技术 实时系统架构师")]),
        T("16:20", "16:50", "基于硬件性能计数器的调度热点在线画像",
          [S("谷晨曦", "北京航空航天大学 计算机学院 软件开发环境国家重点实验室 博士研究生")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "龚丽华", "unit": "阿里云 内存技术专家", "slots": [
        T("13:30", "14:00", "folio 化改造后页面回收路径的性能回归分析", [S("冉玥", "腾讯云 内核工程师")]),
        T("14:00", "14:30", "Tiered Memory Placement on CXL Devices",
          [S("贝宁", "三星半导体 内存解决方案工程师")]),
        T("14:30", "15:00", "HMM 与共享虚拟内存在国产 GPU 驱动中的适配",
          [S("詹文彬", "摩尔线程 驱动架构师"), S("莫琳", "摩尔线程 内核工程师")]),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "内存热插拔在云主机弹性扩容中的稳定性问题", [S("程一鸣", "京东云 虚拟化工程师")]),
        T("15:50", "16:20", "NPU 内存的 IOMMU SVA 共享：驱动侧的实现要点", [S("邢佳音", "华为 昇腾驱动工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "严敬之", "unit": "蚂蚁集团 基础设施专家", "slots": [
        T("13:30", "14:00", "io_uring 零拷贝接收在对象存储网关中的落地", [S("邹明轩", "携程 存储研发工程师")]),
        T("14:00", "14:30", "eBPF 程序跨内核版本的可移植性：CO-RE 实战",
          [S("凌峰", "美团 内核工程师"), S("石佳慧", "美团 SRE")], line="pairs"),
        T("14:30", "15:00", "blk-mq 多队列调度在 NVMe SSD 上的尾延迟分析", [S("解楠", "忆联 固件工程师")]),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "Safer Kernel Extensions with BPF struct_ops", [S("钟立伟", "字节跳动 内核工程师")]),
        T("15:50", "16:20", "基于 eBPF 的文件系统访问审计与勒索软件检测", [S("伍晨", "奇安信 安全研究员")]),
    ]},
]
INTRO_A = ("中国 Linux 内核开发者大会（CLK）是由国内从事 Linux 内核开发的企业、高校与社区共同发起的年度技术会议，"
           "本届为第 1046 届，由河南科技大学承办。大会坚持\u201c自由，协作，创新\u201d，围绕处理器架构与调度、内存管理与"
           "异构计算、IO 与 eBPF 等方向，邀请一线内核开发者分享实践与思考。上午为主论坛，下午三个分论坛同时进行，"
           "欢迎广大 Linux 内核开发者和爱好者报名参会。")
UNITS_A = ["河南科技大学", "清华大学", "华为", "阿里云", "腾讯云", "字节跳动", "龙芯中科", "vivo", "荣耀",
           "蚂蚁集团", "英特尔", "统信软件"]
MEDIA_A = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "阅码场"]
PAL_A = {"bg": ((5, 14, 34), (2, 7, 18)), "title": (0, 236, 222), "aff": (24, 124, 255), "label": (202, 40, 250),
         "line": (18, 92, 186), "dot": (30, 128, 255), "band": (12, 42, 104), "bar": (0, 236, 222),
         "bar_ink": (3, 10, 25), "num": (0, 200, 190), "glow1": (70, 60, 230), "glow2": (0, 170, 200),
         "shadow": (130, 40, 220), "streak": (60, 30, 120)}

# ---------------------------------------------------------------------------
# 2. CLK 3052 (第1047届), 湛江, Saturday 3052-11-06: deep violet page, GOLD titles, sky-blue companies; the host on
#    a line of its own under the bar, at the left where the ranges stand.
DATE_B = "3052-11-06"
FORUMS_B = [
    {"name": "主论坛", "host": "黎伟光", "unit": "广东海洋大学 数学与计算机学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "欢迎致辞", [S("陈肃川", "广东海洋大学 副校长")]),
        T("09:20", "09:55", "面向智算中心的操作系统内核：可靠性、可观测性与升级效率",
          [S("吴振邦", "腾讯 TencentOS 内核负责人")], nice=True),
        T("09:55", "10:30", "Rust in the Kernel: Where Drivers Stand Today",
          [S("Ines Carvalho", "Arm Principal Software Engineer")]),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:20", "RISC-V 服务器平台的 Linux 内核支持进展与缺口",
          [S("陶致和", "算能科技 内核工程师"), S("沙琪", "中国科学院软件研究所 助理研究员")]),
        T("11:20", "12:00", "手机厂商如何参与上游：补丁回馈的流程与收益", [S("游书恒", "小米 内核技术专家")]),
        B("12:00", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "郜立新", "unit": "海光信息 系统软件部部长", "slots": [
        T("13:30", "14:10", "ARM64 平台上 idle 状态选择对网络延迟的影响", [S("覃浩", "阿里云 内核工程师")]),
        T("14:10", "14:50", "Utilization Clamping on Android Phones",
          [S("姜一凡", "OPPO高级底层软件工程师")]),
        T("14:50", "15:30", "海光处理器 CCD 拓扑感知的调度域构建",
          [S("祖强", "海光信息 内核工程师"), S("温岚", "海光信息 性能工程师")], line="pairs"),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "cgroup v2 CPU 权重在在离线混部场景下的隔离效果评估", [S("杭文轩", "快手 内核工程师")]),
        T("16:30", "17:10", "面向确定性时延的 CPU 隔离：nohz_full 与 isolcpus 的取舍",
          [S("薄翔", "中兴通讯 嵌入式内核工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "宫雪梅", "unit": "字节跳动 内存团队负责人", "slots": [
        T("13:30", "14:10", "KSM 与 zswap 联动的内存超分方案", [S("鄢明哲", "网易 虚拟化工程师")]),
        T("14:10", "14:50", "Memory Tiering for AI Training Hosts: Policies That Actually Work",
          [S("冼嘉俊", "壁仞科技 系统软件工程师")]),
        T("14:50", "15:30", "异构计算平台上 dma-buf 堆与 CMA 的碎片治理",
          [S("尚文静", "紫光展锐 内核工程师"), S("甘立平", "紫光展锐 多媒体驱动工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "大模型推理场景下的 GPU 显存超分与设备页表管理",
          [S("任砚秋", "清华大学 计算机科学与技术系 高性能计算研究所 博士后")]),
        T("16:30", "17:10", "swap 预读算法在移动端的重新审视", [S("霍知行", "vivo 内存优化工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "佟海涛", "unit": "百度智能云 存储内核专家", "slots": [
        T("13:30", "14:10", "块设备 cgroup 回写节流的可预测性改进", [S("季明宇", "新华三 存储内核工程师")]),
        T("14:10", "14:50", "bpf_iter 与 BTF 在内核数据结构巡检中的应用",
          [S("汤文博", "蚂蚁集团 内核工程师"), S("罗家宁", "蚂蚁集团 内核工程师")], line="joint"),
        T("14:50", "15:30", "NVMe over TCP 在分布式块存储中的性能剖析", [S("鲍晓光", "天翼云 存储专家")]),
        B("15:30", "15:50", "茶歇"),
        R("15:50", "16:40", "圆桌讨论：eBPF 会成为内核的第二套编程接口吗？",
          S("于海宁", "Linux 中国 社区主编"),
          [S("舒晴", "华为 eBPF 技术专家"), S("彭宇飞", "字节跳动 可观测性团队负责人"),
           S("沈知远", "浙江大学 计算机科学与技术学院 副教授")]),
    ]},
]
INTRO_B = ("CLK（China Linux Kernel Developer Conference，中国 Linux 内核开发者大会）由国内 Linux 内核领域的企业、"
           "高校和开源社区联合发起，每年举办一届，本届为第 1047 届，由广东海洋大学承办。大会以\u201c自由，协作，创新\u201d"
           "为理念，面向一线开发者，聚焦内核技术的最新进展和落地经验，上午为主论坛，下午设处理器架构与调度、"
           "内存管理与异构计算、IO 与 ebpf 三个分论坛，诚邀各位开发者和爱好者参加。")
UNITS_B = ["广东海洋大学", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "小米", "海光信息", "紫光展锐",
           "蚂蚁集团", "百度智能云", "麒麟软件", "中兴通讯", "Arm"]
MEDIA_B = ["CSDN", "InfoQ", "开源中国", "Linux 中国", "SegmentFault", "内核工匠"]
PAL_B = {"bg": ((22, 12, 48), (6, 4, 18)), "title": (255, 206, 84), "aff": (112, 182, 255), "label": (255, 110, 190),
         "line": (140, 96, 230), "dot": (255, 206, 84), "band": (52, 30, 104), "bar": (255, 206, 84),
         "bar_ink": (22, 12, 48), "num": (236, 172, 60), "glow1": (150, 60, 240), "glow2": (255, 120, 70),
         "shadow": (170, 60, 200), "streak": (80, 40, 130)}

# ===========================================================================
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


def panel_b(d, ed, CX, y, s, right):
    """The labels inline: '主持人：' before the moderator's line, '嘉　宾：' before the first guest's, the other
    guests indented under the first."""
    pal = ed["pal"]
    mod, guests = s["sp"][0], s["sp"][1:]
    lf = F(28)
    gx = CX + tw(d, "主持人：", lf)
    ax = gx + tw(d, "国国国", F(28)) + k(22)
    d.text((CX, y + k(31)), "主持人：", font=lf, fill=pal["label"], anchor="ls")
    y = speaker_line(d, ed, gx, y, mod, right, ax)
    d.text((CX, y + k(31)), "嘉\u3000宾：", font=lf, fill=pal["label"], anchor="ls")
    for g in guests:
        y = speaker_line(d, ed, gx, y, g, right, ax)
    return y



def is_band(s):
    return s["kind"] == "break" and s["title"].startswith(BANDS)


def pair_line(d, ed, x, y, sps, right):
    """Two speakers on ONE line, each 'padded name  company job', the second pair after a wide gap."""
    nf, af = F(28), F(20)
    xx = x
    for i, sp in enumerate(sps):
        name = pad(sp["name"])
        d.text((xx, y + k(31)), name, font=nf, fill=WHITE, anchor="ls")
        ax = max(xx + tw(d, "国国国", nf), xx + tw(d, name, nf)) + k(22)
        d.text((ax, y + k(30)), sp["aff"], font=af, fill=ed["pal"]["aff"], anchor="ls")
        sp["_al"] = [sp["aff"]]
        end = ax + tw(d, sp["aff"], af)
        xx = end + k(60)
    assert end <= right, ("pair line too wide", sps)
    return y + k(40)


def joint_line(d, ed, x, y, sps, right):
    """Two speakers of one company on ONE line: 'name、name  company job' (the names unpadded)."""
    assert len({sp["aff"] for sp in sps}) == 1, sps
    nf, af = F(28), F(20)
    names = "、".join(sp["name"] for sp in sps)
    d.text((x, y + k(31)), names, font=nf, fill=WHITE, anchor="ls")
    ax = x + tw(d, names, nf) + k(22)
    d.text((ax, y + k(30)), sps[0]["aff"], font=af, fill=ed["pal"]["aff"], anchor="ls")
    assert ax + tw(d, sps[0]["aff"], af) <= right, ("joint line too wide", sps)
    for sp in sps:
        sp["_al"] = [sp["aff"]]
    return y + k(40)


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
        y = (panel_a if ed["panel"] == "a" else panel_b)(d, ed, CX, y, s, right)
    elif s["line"] == "pairs":
        y = pair_line(d, ed, CX, y, s["sp"], right)
    elif s["line"] == "joint":
        y = joint_line(d, ed, CX, y, s["sp"], right)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, ed, CX, y, sp, right)
    return y + k(40)


def printed_name(ed, f):
    """The heading as printed: on CLK 3051 a space before '分论坛', as the 2023 image prints '内存管理 分论坛'."""
    n = f["name"]
    if ed["gap"] and n.endswith("分论坛") and not n.endswith(" 分论坛"):
        n = n[:-3] + " 分论坛"
    return n


def heading(im, d, ed, X0, X1, y, i, f):
    """A forum's heading: its name as printed (a big fading numeral behind the afternoon ones), the host, the
    2023 thick bar.  Host 'right': '主持人：padded name' right-aligned at the end of the heading's line, the
    unit right-aligned under it, both above the bar.  Host 'under': after the bar a line of its own at the
    left, where the ranges stand: '主持人：padded name　unit'.  Returns the first slot's title top."""
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
    name_right = X0 + tw(d, name, nf)
    y = ny + k(84)
    if ed["host"] == "right":
        runs = [("主持人：", F(24), pal["label"]), (pad(f["host"]), F(26, True), WHITE)]
        x = X1 - runs_width(d, runs)
        uf = F(20)
        ux = X1 - tw(d, f["unit"], uf)
        assert min(x, ux) > name_right + k(50), ("host too close to the heading", f["name"])
        inline(d, x, ny + k(26), runs)
        d.text((ux, ny + k(60)), f["unit"], font=uf, fill=pal["aff"], anchor="ls")
        d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
        return y + k(18) + k(92)
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    base = y + k(18) + k(50)
    runs = [("主持人：", F(26), pal["label"]), (pad(f["host"]), F(28, True), WHITE), ("　", F(20), WHITE),
            (f["unit"], F(20), pal["aff"])]
    assert X0 + runs_width(d, runs) <= X1, ("host line too wide", f["name"])
    inline(d, X0, base, runs)
    return base + k(20) + k(70)


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
    # the intro box
    y = k(900)
    top = y
    y = para(d, X0 + k(32), y + k(36), ed["intro"], F(24), (224, 230, 240), X1 - X0 - k(64), k(48)) + k(24)
    d.rectangle([X0, top, X1, y], outline=tuple(int(c * 0.45) for c in pal["title"]), width=k(2))
    y += k(150)
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
    for label, hol, units in (("支持单位", "SUPPORT", ed["units"]), ("支持媒体", "SUPPORT", ed["media"])):
        outline_text(im, W / 2, y + k(14), hol, F(96, True), tuple(int(c * 0.6) for c in pal["title"]))
        f60 = F(60, True)
        slanted(im, W / 2 - tw(d, label, f60) / 2, y, label, f60, WHITE, pal["shadow"])
        y += k(170)
        bw, gap, bh = (X1 - X0 - 2 * k(40)) / 3, k(40), k(106)
        for j, u in enumerate(units):
            bx, by = X0 + (j % 3) * (bw + gap), y + (j // 3) * (bh + k(40))
            d.rectangle([bx, by, bx + bw, by + bh], outline=WHITE, width=k(2))
            ff = F(34, True)
            ctext(d, bx + bw / 2, by + bh / 2 - k(25), fits(d, u, ff, bw - k(20)), ff, WHITE)
        y += ((len(units) + 2) // 3) * (bh + k(40)) + k(110)
    return y + k(60)


def draw(ed):
    global K
    K = ed["K"]
    return two_pass(ed["W"], lambda im, d: paint(im, d, ed), background(ed))



ED_A = {"forums": FORUMS_A, "pal": PAL_A, "year": "3051", "nth": "第1046届中国", "date_text": "10月25日",
        "city": "洛阳", "addr": "地址：河南科技大学开元校区 图书馆学术报告厅", "intro": INTRO_A, "units": UNITS_A,
        "media": MEDIA_A, "seed": 10551, "panel": "a", "host": "right", "gap": True, "K": 1.0, "W": 1080,
        "grain": 0.002, "cell": 3}
ED_B = {"forums": FORUMS_B, "pal": PAL_B, "year": "3052", "nth": "第1047届中国", "date_text": "3052年11月6日",
        "city": "湛江", "addr": "地址：湛江市海滨宾馆 国际会议中心二楼", "intro": INTRO_B, "units": UNITS_B,
        "media": MEDIA_B, "seed": 10552, "panel": "b", "host": "under", "gap": False, "K": 1.0, "W": 1080,
        "grain": 0.002, "cell": 5}


# ===========================================================================
FILE_A = "clk3051-luoyang-2023-navy-teal-host-right.png"
FILE_B = "clk3052-zhanjiang-violet-gold-host-under-bar.png"
LAYOUT_A = (
    "CLK 3051 (第1046届), 洛阳, 3051-10-25 (PNG, %d x %d, a faint grain): ONE whole-agenda image in the organisers' "
    "2023 family at its own measures and in its own colours (navy page, teal titles, bars and heading numerals, blue "
    "'company job', violet labels, blue break bands). Logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' "
    "with '3051' raised in nested outlines, a slanted '第1046届中国' / 'Linux 内核开发者大会', an outlined box "
    "'10月25日' + pin + '洛阳' (no year, as 2023), '地址：河南科技大学开元校区 图书馆学术报告厅', a sphere with swirling "
    "lines, a framed introduction, '大会议程' over a hollow 'AGENDA'. CLK2022's four forums in README order, the three "
    "afternoon ones over fading numerals '01'..'03' and printed WITH A SPACE BEFORE '分论坛' as 2023 prints its "
    "headings ('处理器架构与调度 分论坛', '内存管理与异构计算 分论坛'; 'IO 与 ebpf 分论坛' has it already). HOST AT THE "
    "RIGHT END OF THE HEADING LINE: '主持人：name' (label violet, name bold white) right-aligned level with the forum "
    "name, the unit right-aligned in small blue type under it, both above the thick bar (主论坛: 樊立群 '河南科技大学 "
    "信息工程学院院长'). The 2023 timeline: range 30 px bold white at the left, a dot on a thin vertical line, the "
    "title 30 px bold teal, per speaker 'padded name  company job' (name 28 px white, '柴　源', 'company job' 20 px "
    "blue). 主论坛: '09:00-09:10 开幕' a plain row, '开幕致辞' by 段春明 (河南科技大学副校长), '从服务器到手机：一个内核"
    "团队维护多条产品线分支' / '的工程实践与代价' (王鹤鸣), the Latin speaker Tomasz Wierzbicki (Canonical Kernel Team "
    "Lead) with 'Lessons from a Decade of Maintaining Stable' / 'Kernel Backports', a 茶歇 band 10:30-10:45, TWO "
    "SPEAKERS ON TWO LINES 蔺雪松 (荣耀 终端内核专家) over 柴　源 (荣耀内核工程师, run together), the ROUND TABLE "
    "'圆桌论坛：国产芯片生态下的内核开源协作' (11:20-12:00) with 2023's '主持人：' and '嘉宾：' on lines of their own, "
    "贺文杰, then 孙一鸿, 高若溪, 林嘉祥, 宁　凯 each on a line, a 午餐 band 12:00-13:30. 处理器架构与调度分论坛 (30-minute "
    "talks): TWO SPEAKERS ON ONE LINE '蒋　骁  vivo 内核工程师      齐　悦  vivo 功耗工程师', a 茶歇 band 15:00-15:20, "
    "'Core Scheduling and Side-Channel Isolation on' / 'Hybrid CPUs' (潘立恒), '实时内核在工业控制器上的落地：中断线程化、"
    "优先' / '级继承与 cyclictest 长稳测试' (broken greedily inside a word), and last 谷晨曦 whose LONG UNIVERSITY "
    "LINE wraps under itself: '北京航空航天大学 计算机学院 软件开发环境国家重点实验室' / '博士研究生'. "
    "内存管理与异构计算分论坛: 'Tiered Memory Placement on CXL Devices' on one line, 詹文彬 over 莫　琳 (both 摩尔线程) on "
    "two lines, a 茶歇 band. IO 与 ebpf 分论坛: TWO SPEAKERS ON ONE LINE '凌　峰  美团 内核工程师      石佳慧  美团 SRE', "
    "解　楠 (uncommon surname 解), a 茶歇 band, 'Safer Kernel Extensions with BPF struct_ops' on one line. Twelve "
    "'支持单位' and six '支持媒体' boxes. 5 + 6 + 5 + 5 talks.")
LAYOUT_B = (
    "CLK 3052 (第1047届), 湛江, 3052-11-06 (PNG, %d x %d, a faint coarse grain): ONE whole-agenda image in the "
    "organisers' 2023 family with new colours: a DEEP VIOLET page, GOLD titles, bars, dots and numerals, sky-blue "
    "'company job', pink labels, violet break bands. 'CLK' with '3052', '第1047届中国' / 'Linux 内核开发者大会', a box "
    "'3052年11月6日' + pin + '湛江', '地址：湛江市海滨宾馆 国际会议中心二楼', a framed introduction (which itself names "
    "the three afternoon forums in running text), '大会议程' / 'AGENDA'. CLK2022's four forum names printed exactly as "
    "the README gives them (no added space), the afternoon ones over '01'..'03'. The 2023 thick bar, then the HOST ON "
    "A LINE OF ITS OWN UNDER THE BAR AT THE LEFT, where the ranges stand: '主持人：name　unit' (label pink 26 px, name "
    "bold white 28 px, unit 20 px sky blue; 主论坛: 黎伟光 '广东海洋大学 数学与计算机学院院长'). Timeline as 2023 "
    "(range, dot, title 30 px gold, 'padded name  company job'). 主论坛: '09:00-09:05 开场' a plain row, '欢迎致辞' by "
    "陈肃川 (广东海洋大学 副校长), '面向智算中心的操作系统内核：' / '可靠性、可观测性与升级效率' (broken after the colon, "
    "吴振邦), the Latin speaker Ines Carvalho (Arm Principal Software Engineer) with the one-line 'Rust in the Kernel: "
    "Where Drivers Stand Today', a 茶歇 band, TWO SPEAKERS ON TWO LINES 陶致和 (算能科技) over 沙　琪 (中国科学院软件研究所 "
    "助理研究员), 游书恒, a 午餐 band 12:00-13:30; NO round table in 主论坛. 处理器架构与调度分论坛 (40-minute talks): "
    "覃　浩, 'Utilization Clamping on Android Phones' (姜一凡, 'OPPO高级底层软件工程师' run together), TWO SPEAKERS ON "
    "ONE LINE '祖　强  海光信息 内核工程师      温　岚  海光信息 性能工程师', a 茶歇 band 15:30-15:50, 'cgroup v2 CPU "
    "权重在在离线混部场景下的隔离效' / '果评估', '面向确定性时延的 CPU 隔离：nohz_full 与' / "
    "'isolcpus 的取舍' (薄　翔, uncommon surname 薄). "
    "内存管理与异构计算分论坛: 鄢明哲 (uncommon surname 鄢), 'Memory Tiering for AI Training Hosts: Policies' / 'That "
    "Actually Work' (冼嘉俊, uncommon surname 冼), 尚文静 over 甘立平 (both 紫光展锐) on two lines, a 茶歇 band, 任砚秋 "
    "with a LONG UNIVERSITY LINE on one line '清华大学 计算机科学与技术系 高性能计算研究所 博士后', 霍知行. IO 与 ebpf "
    "分论坛: TWO SPEAKERS OF ONE COMPANY ON ONE LINE '汤文博、罗家宁  蚂蚁集团 内核工程师', a 茶歇 band 15:30-15:50, "
    "then it CLOSES WITH THE ROUND TABLE '圆桌讨论：eBPF 会成为内核的第二套编程接口吗？' (15:50-16:40) with the labels "
    "INLINE: '主持人：' before 于海宁's line, '嘉　宾：' before 舒　晴's, 彭宇飞 and 沈知远 (浙江大学 计算机科学与技术学院 "
    "副教授) each on a line of his own under him. Fifteen '支持单位' and six '支持媒体' boxes. 5 + 5 + 5 + 4 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 97, 103): speakers are names as printed with spaces and "
    "the padding of two-character names removed ('柴　源' -> '柴源', 'Tomasz Wierzbicki' -> 'TomaszWierzbicki', 'Ines "
    "Carvalho' -> 'InesCarvalho'); host is the chair printed after '主持人：' for the forum (the unit printed with him "
    "is no part of it and no affiliation of any slot), null for breaks; start/end HH:MM on a 24-hour clock; where two "
    "speakers are printed each has his own affiliation, in printed order; affiliations are the printed 'company job' "
    "exactly (run-together ones kept so: '荣耀内核工程师', 'OPPO高级底层软件工程师', '河南科技大学副校长'); an opening "
    "speech printed with a speaker ('开幕致辞', '欢迎致辞') is a talk, a slot printed without one ('开幕', '开场') a "
    "break; '午餐' closes 主论坛 as its break; a forum that prints no break after its last slot ends with it; every forum "
    "carries its edition's date. Two invented editions, each ONE whole-agenda PNG 1080 wide in the organisers' 2023 "
    "family (as CLK2022's repository holds ONE agenda image, imgs/2022clk.png), with CLK2022's four README forum names "
    "in README order: CLK 3051 (第1046届, 洛阳, 3051-10-25) and CLK 3052 (第1047届, 湛江, 3052-11-06), both Saturdays; "
    "each picture is one entry holding its four forums in printed order; no talk and no person is on both pictures. "
    "Headers, logo lines, introductions (CLK 3052's names the three afternoon forums in running text), addresses, "
    "date boxes, the hollow 'AGENDA' and 'SUPPORT', support units and media are never part of a name, a title or a "
    "slot; the numerals '01'..'03' are no part of a forum's name. Judgement calls: (1) FORUM NAMES are CLK2022's "
    "README link texts exactly ('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'). On CLK 3051 the headings "
    "print a space before '分论坛' as the 2023 image prints its own ('处理器架构与调度 分论坛', '内存管理与异构计算 "
    "分论坛'): the forum is still the README name, without that space. (2) HOSTS: on CLK 3051 the host is the name after "
    "'主持人：' right-aligned on the heading's line, the small line under it his unit; on CLK 3052 the name after "
    "'主持人：' on the line of its own under the bar, at the left where the ranges stand; it is no speaker of the first "
    "talk and the unit after it is no affiliation. (3) Every talk prints its own range (no range is shared). (4) A "
    "round table is ONE slot of kind 'panel' (as sets 66, 79, 86, 90, 97 and 103): its speakers are the moderator "
    "first, then the guests in printed order, one affiliation each; the title keeps '圆桌论坛：' / '圆桌讨论：' (and "
    "CLK 3052's its final '？'); '主持人：', '嘉宾：' and '嘉　宾：' are labels; the moderator is not the forum's host "
    "(贺文杰 vs 樊立群; 于海宁 vs 佟海涛). CLK 3051's is in 主论坛 before lunch, labels on lines of their own, four "
    "guests; CLK 3052's closes 'IO 与 ebpf 分论坛', labels inline, three guests. (5) TWO SPEAKERS OF ONE TALK: on two "
    "lines each has the 'company job' of his own line; on ONE LINE AS TWO PAIRS ('蒋　骁  vivo 内核工程师      齐　悦  "
    "vivo 功耗工程师', '凌　峰  美团 内核工程师      石佳慧  美团 SRE', '祖　强  海光信息 内核工程师      温　岚  海光信息 "
    "性能工程师') the first pair is the first speaker with his affiliation, the second pair the second with his; on ONE "
    "LINE AS 'name、name  company job' ('汤文博、罗家宁  蚂蚁集团 内核工程师') both are speakers and BOTH get that one "
    "affiliation. (6) Titles wrapped over two lines are one title: Latin words joined with a space ('Lessons from a "
    "Decade of Maintaining Stable Kernel Backports', 'Core Scheduling and Side-Channel Isolation on Hybrid CPUs', "
    "'Memory Tiering for AI Training Hosts: Policies That Actually Work'), Chinese broken greedily inside a word joined "
    "without anything ('…中断线程化、优先' / '级继承与 cyclictest 长稳测试' -> '…中断线程化、优先级继承与 cyclictest "
    "长稳测试', '…隔离效' / '果评估' -> '…隔离效果评估', '…产品线分支' / '的工程实践与代价'), a break between a Chinese "
    "character and a Latin word stands for the printed space ('…nohz_full 与' / 'isolcpus 的取舍' -> '…nohz_full 与 "
    "isolcpus 的取舍'), and nothing is added after a full-width '：' ('面向智算中心的操作系统内核：可靠性、可观测性与"
    "升级效率'). (7) An affiliation wrapped under itself is one affiliation joined with a space at the break "
    "('北京航空航天大学 计算机学院 软件开发环境国家重点实验室' / '博士研究生' -> '北京航空航天大学 计算机学院 "
    "软件开发环境国家重点实验室 博士研究生', 谷晨曦, CLK 3051); 任砚秋's '清华大学 计算机科学与技术系 高性能计算研究所 "
    "博士后' stands on one line. (8) '开幕致辞' (CLK 3051) and '欢迎致辞' (CLK 3052) are talks of their speakers; the "
    "2023 image prints no hosts, so the hosts are the designer's addition; every talk and round table has one. "
    "Uncommon surnames: 蔺, 贝, 解 (CLK 3051), 郜 (a host), 薄, 鄢, 冼 (CLK 3052).")
WRAPPED = [
    ["从服务器到手机：一个内核团队维护多条产品线分支", "的工程实践与代价"],
    ["Lessons from a Decade of Maintaining Stable", "Kernel Backports"],
    ["Core Scheduling and Side-Channel Isolation on", "Hybrid CPUs"],
    ["实时内核在工业控制器上的落地：中断线程化、优先", "级继承与 cyclictest 长稳测试"],
    ["面向智算中心的操作系统内核：", "可靠性、可观测性与升级效率"],
    ["cgroup v2 CPU 权重在在离线混部场景下的隔离效", "果评估"],
    ["面向确定性时延的 CPU 隔离：nohz_full 与", "isolcpus 的取舍"],
    ["Memory Tiering for AI Training Hosts: Policies", "That Actually Work"],
]
WRAPPED_AFF = [["北京航空航天大学 计算机学院 软件开发环境国家重点实验室", "博士研究生"]]


def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(posters):
    assert [f["name"] for f in FORUMS_A] == CLK2022_FORUMS
    assert [f["name"] for f in FORUMS_B] == CLK2022_FORUMS
    everybody = people(FORUMS_A) + people(FORUMS_B)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
    titles = []
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            assert f["date"] == p["date"]
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
            prev = None
            for s in f["slots"]:  # slots follow one another, each with its own range
                assert s["start"] < s["end"], s
                if prev is not None:
                    assert s["start"] == prev["end"], s
                prev = s
                assert (s["host"] is None) == (s["kind"] == "break"), s
                assert len(s["speakers"]) == len(s["affiliations"]), s
                if s["kind"] == "talk":
                    assert 1 <= len(s["speakers"]) <= 2, s
                if s["kind"] == "panel":
                    assert s["speakers"][0] != s["host"] and len(s["speakers"]) >= 4, s
            starts = [s["start"] for s in f["slots"]]
            assert f["forum"] == "主论坛" and starts[0] == "09:00" or f["forum"] != "主论坛" and starts[0] == "13:30"
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv")
    if listings:
        text = "".join(open(p, encoding="utf-8").read() for p in listings)
        for n in everybody:
            assert plain(n) not in text, n
        for t in titles:
            assert t not in text, t
    panels = []
    for fs in (FORUMS_A, FORUMS_B):
        slots = [s for f in fs for s in f["slots"]]
        panels += [(f["name"], len(s["sp"])) for f in fs for s in f["slots"] if s["kind"] == "panel"]
        assert fs[0]["slots"][-1]["title"] == "午餐" and all(f["slots"][-1]["title"] != "午餐" for f in fs[1:])
        assert any(s["title"] == "茶歇" for s in slots)
        assert any(s["title"].endswith("致辞") and s["kind"] == "talk" for s in fs[0]["slots"])
        two = [s for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
        assert None in {s["line"] for s in two} and {s["line"] for s in two} & {"pairs", "joint"}
        names = [sp["name"] for s in slots for sp in s["sp"]]
        assert sum(bool(re.match(r"[A-Za-z]", n)) for n in names) == 1
        assert sum(bool(re.fullmatch(r"[A-Za-z0-9 :'_\-]+", s["title"])) for s in slots if s["kind"] == "talk") >= 2
        assert all(len(s.get("_tl", [])) <= 2 for s in slots)
        assert sum(len(s.get("_tl", [])) == 2 for s in slots) >= 3
    assert panels == [("主论坛", 5), ("IO 与 ebpf 分论坛", 4)], panels
    return sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for fs in (FORUMS_A, FORUMS_B) for f in fs for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for fs in (FORUMS_A, FORUMS_B) for f in fs for s in f["slots"] for sp in s["sp"]
            if len(sp.get("_al", [])) > 1]


def main():
    posters = []
    for ed, fn, layout, date, forums in ((ED_A, FILE_A, LAYOUT_A, DATE_A, FORUMS_A),
                                         (ED_B, FILE_B, LAYOUT_B, DATE_B, FORUMS_B)):
        im = draw(ed)
        assert im.size[0] == 1080 and 7000 <= im.size[1] <= 11000, im.size
        path = os.path.join(HERE, fn)
        im.save(path, "PNG", optimize=True)
        print(fn, "%d x %d" % im.size, os.path.getsize(path))
        assert 1_000_000 <= os.path.getsize(path) <= 1_600_000, os.path.getsize(path)
        posters.append({"file": fn, "layout": layout % im.size, "date": date, "forums": forum_truth(forums, date)})
    for p in posters:  # the talk counts each layout string gives
        counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in p["forums"])
        assert p["layout"].endswith(counts + " talks."), (p["file"], counts)
    n = check(posters)
    print("scored talks", n)
    for tl in wrapped_titles():
        print("wrapped", tl)
    for al in wrapped_affs():
        print("affiliation wrapped", al)
    assert 35 <= n <= 50, n
    assert wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == WRAPPED_AFF, wrapped_affs()
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
