"""Draw the ninety-seventh blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances.

Two invented editions, each the ONE whole-agenda image of its year in the organisers'
2023 family (CLK2023全部议程.png): logo lines, 'CLK' with the year raised in nested
outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin
and the city, '地址：', a framed introduction, '大会议程' over a hollow 'AGENDA'; per forum
its heading (a big fading numeral behind the afternoon ones), a thick bar, the 2023
TIMELINE (range at the left, a dot on a vertical line, the title, 'padded name  company
job' per speaker), two talks under ONE range (the second without range or dot), break
bands, a closing bar; '支持单位' / '支持媒体' over outlined boxes at the foot.  Both carry
CLK2022's four forum names exactly as its README prints them (主论坛,
处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛').
  CLK 2971 (第966届, 淮安): violet page, GOLD titles, sky-blue companies; each forum's
    host in a right-aligned block beside its heading; PNG 1080 wide.
  CLK 2972 (第967届, 日照): ocean-blue page, CORAL titles, aqua companies; the host line
    under each heading; drawn 1080 wide, then saved as a phone would re-save it: scaled
    to 750 wide, JPEG quality 80.
Helpers font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext,
vgrad, grain, glow, two_pass, para, fits, WHITE, MEALS, rng, plain, saturday, REAL_NAMES,
K, F, k, slanted, outline_text, fading_numeral, pin, logo, clk_mark, inline, runs_width,
background, S, T, R, B, truth_slot, forum_truth, pad, panel_a and panel_b are copied from
posters-blind-90/draw.py (itself from sets 86, 78, 72, 68, 59, 43); speaker_line (a long
'company job' wrapped at its spaces), slot, heading (two host forms), paint, people,
check and main are adapted from it.
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
MEALS = ("茶歇", "午餐")  # the breaks printed as bands


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def plain(name):
    return name.replace(" ", "").replace("\u3000", "")


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5



REAL_NAMES = [  # names read on the real CLK2023 image (the crops looked at) and names earlier helpers list as real
    "李治军", "许珉嘉", "宋卓", "郑琦", "宋牧春", "杨铠衔", "谢旻晟", "郭健", "郭寒军", "彭志光", "司延腾", "殷锋卫",
    "谈鉴锋", "李培锋", "黄靖", "宋恺睿", "朱彦军", "韩传华", "路旭", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "郭任", "左泽", "王海粟", "江锋", "黄睿",
    "李扬韬", "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "付才", "郑堂权", "袁晓峰", "刘海龙", "张哲华", "周俶易", "贺中坤", "白铠豪", "陈凯", "高亮",
    "李泽帆", "邹德清", "王刘朴", "谢雨来", "程杰", "李珍", "张细锐", "孙南勇", "张翼", "晏艳", "余松平", "荣乾锋",
    "巫强", "聂诚", "余昇锦", "唐辉", "祝嘉", "张子扬"]


# ===========================================================================
# Painting: one 2023 timeline for the three editions; the edition's switches in `ed`.
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
        return grain(im, ed["seed"], 0.006, 3)
    return bg






# ===========================================================================
# Data.  S(name, 'company job' as printed); T a talk (shared=True: printed under the range of the talk
# before it, without range or dot of its own, as 2023 prints two talks under one time); R a round
# table (kind 'panel': moderator, then the guests in printed order); B a break.
def S(name, affiliation):
    return {"name": name, "aff": affiliation}


def T(start, end, title, speakers, shared=False):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "shared": shared}


def R(start, end, title, moderator, guests):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests, "shared": False}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "shared": False}


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": plain(host) if s["kind"] != "break" else None}


def forum_truth(forums, date):
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f["host"]) for s in f["slots"]]}
            for f in forums]


# CLK2022's four forum names as its README prints them (the link texts), printed so on both pictures
CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]

# ---------------------------------------------------------------------------
# 1. CLK 2971 (第966届), 淮安, Saturday 2971-10-26: violet / gold / sky blue, hosts at the right of the headings.
DATE_A = "2971-10-26"
FORUMS_A = [
    {"name": "主论坛", "host": "侯绍康", "unit": "淮阴工学院 计算机与软件工程学院院长", "slots": [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:25", "嘉宾致辞", [S("孙敬儒", "淮阴工学院副校长")]),
        T("09:25", "10:00", "面向 AI 推理集群的操作系统内核演进", [S("黎承泽", "华为 操作系统首席架构师")]),
        T("10:00", "10:30", "Memory Tiering in Practice: CXL Expanders and Page Promotion",
          [S("Lars Nielsen", "Red Hat Principal Kernel Engineer")]),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:15", "龙蜥内核长期支持版本的补丁回合与质量保障",
          [S("甘志诚", "阿里云 操作系统技术专家"), S("叶书瑶", "阿里云 内核研发工程师")]),
        R("11:15", "12:00", "圆桌论坛：开源内核社区如何培养下一代 Maintainer",
          S("鲍晓芸", "开源中国 社区总编辑"),
          [S("尹承志", "华为 Linux 内核技术专家"), S("范立言", "vivo 底层软件内核团队负责人"),
           S("苗欣然", "南京大学计算机学院副教授"), S("樊洋", "字节跳动 STE 技术总监")]),
        B("12:00", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "萧宏毅", "unit": "英特尔 开源技术中心经理", "slots": [
        T("13:30", "14:00", "EEVDF 调度器在交互式负载下的延迟分析", [S("卢晓峰", "vivo内核调度工程师")]),
        T("14:00", "14:30", "龙架构平台上 KVM 嵌套虚拟化的实现", [S("马骏驰", "龙芯中科 内核开发工程师")]),
        T("14:30", "15:00", "Proxy Execution for Real-Time Tasks on Android", [S("邓雨辰", "OPPO高级内核工程师")]),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "16:00", "RISC-V 大小核平台的能耗感知调度", [S("吉晓东", "中国科学院软件研究所 助理研究员")]),
        T("15:20", "16:00", "ARM64 服务器上 NUMA 拓扑感知的任务放置", [S("苏海洋", "飞腾信息技术 系统软件工程师")],
          shared=True),
        T("16:00", "16:30", "多核场景下 runqueue 锁竞争的量化与优化",
          [S("佴俊峰", "腾讯 TencentOS 内核工程师"),
           S("穆雨萱", "北京航空航天大学 计算机学院 软件开发环境国家重点实验室 博士研究生")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "阎书恒", "unit": "字节跳动 内存团队技术专家", "slots": [
        T("13:30", "14:00", "基于 folio 的匿名页换出路径重构", [S("熊立新", "字节跳动 内核工程师")]),
        T("14:00", "14:30", "GPU 显存与系统内存统一寻址的 HMM 实践",
          [S("景博涵", "摩尔线程 驱动架构师"), S("钟雨婷", "摩尔线程 软件工程师")]),
        T("14:30", "15:00", "CXL 内存池化场景下的冷热页迁移策略", [S("贺晓琳", "浪潮信息 内核研发工程师")]),
        T("15:00", "15:30", "NPU 驱动中 IOMMU SVA 的落地与性能调优", [S("温子墨", "寒武纪 驱动工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "Reducing TLB Shootdowns for Large Folios on ARM64", [S("孔令飞", "荣耀终端 内存子系统工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "程思远", "unit": "腾讯云 存储技术总监", "slots": [
        T("13:30", "14:00", "io_uring 零拷贝接收在存储网关中的实践", [S("管志远", "腾讯云 存储内核工程师")]),
        T("14:00", "14:30", "基于 eBPF 的块设备 IO 延迟画像",
          [S("段佳琪", "美团 基础架构工程师"), S("闵锐", "美团 系统工程师")]),
        T("14:30", "15:00", "NVMe 直通路径上的中断合并调优", [S("车志强", "华为 存储软件工程师")]),
        T("15:00", "15:30", "BPF verifier 状态剪枝的性能改进", [S("游天宇", "蚂蚁集团技术专家")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "用 eBPF 追踪 page cache 回写的异常延迟", [S("白晨", "快手 内核工程师")]),
    ]},
]
INTRO_A = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 966 届，由清华大学、华为、阿里云、"
           "腾讯云、字节跳动、OPPO、vivo、蚂蚁集团、龙芯中科等企业和高校发起，以\u201c自由，协作，创新\u201d为理念，以开源"
           "技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由淮阴工学院承办，上午为"
           "主论坛，下午三个分论坛同时进行，现诚邀广大 Linux 开发者和爱好者参加本次大会。")
UNITS_A = ["淮阴工学院", "清华大学", "华为", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "龙芯中科", "蚂蚁集团",
           "英特尔", "摩尔线程"]
MEDIA_A = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "SegmentFault"]
PAL_A = {"bg": ((18, 8, 42), (7, 4, 20)), "title": (255, 200, 86), "aff": (118, 186, 255), "label": (255, 110, 180),
         "line": (150, 104, 255), "dot": (255, 200, 86), "band": (58, 30, 106), "bar": (255, 200, 86),
         "num": (236, 170, 60), "grey": (170, 160, 200), "glow1": (150, 70, 255), "glow2": (255, 120, 60),
         "shadow": (132, 64, 230), "streak": (70, 36, 130)}

# ---------------------------------------------------------------------------
# 2. CLK 2972 (第967届), 日照, Saturday 2972-11-07: ocean blue / coral / aqua, the host line under the headings.
DATE_B = "2972-11-07"
FORUMS_B = [
    {"name": "主论坛", "host": "翟明轩", "unit": "曲阜师范大学 网络空间安全学院院长", "slots": [
        B("09:00", "09:05", "开幕"),
        T("09:05", "09:20", "开幕致辞", [S("房建新", "曲阜师范大学副校长")]),
        T("09:20", "09:55", "从单机到集群：操作系统内核在智算中心的角色变化", [S("蒋宏伟", "天翼云 首席专家")]),
        T("09:55", "10:30", "Rust in the Kernel: Writing a Production NVMe Driver",
          [S("Tiago Almeida", "Arm Staff Software Engineer")]),
        T("10:30", "11:05", "openKylin 内核在桌面场景的响应性优化", [S("冉光耀", "麒麟软件 内核研发部经理")]),
        T("11:05", "11:40", "手机端内存压缩与回写的协同设计",
          [S("申雅琪", "小米 系统软件专家"), S("妫宁", "小米 内核工程师")]),
        T("11:40", "12:10", "内核安全补丁的自动化回溯与验证", [S("戴子谦", "奇安信 安全研究员")]),
        B("12:10", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "吕海川", "unit": "海光信息 系统软件总监", "slots": [
        T("13:30", "14:10", "x86 APX 扩展对上下文切换开销的影响", [S("钱晓川", "英特尔 软件工程师")]),
        T("14:10", "14:50", "Scheduling for Chiplets: Cache-Aware Load Balancing", [S("柯景行", "AMD 高级软件工程师")]),
        T("14:50", "15:30", "鲲鹏服务器上的调度域构建与负载均衡优化", [S("伍德华", "华为 调度子系统工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "实时内核在工业控制器上的确定性测试", [S("包一鸣", "中控技术 实时系统工程师")]),
        T("16:30", "17:10", "CPU 空闲状态选择：menu 与 teo governor 的对比",
          [S("谭思源", "华中科技大学 武汉光电国家研究中心 信息存储与光显示功能实验室 博士研究生")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "应若溪", "unit": "蚂蚁集团 内存技术专家", "slots": [
        T("13:30", "14:10", "zswap 与 zram 在云桌面中的选型与调优", [S("宋子航", "京东云 内核工程师")]),
        T("14:10", "14:50", "内存热插拔在弹性容器实例中的应用", [S("付云帆", "阿里云 弹性计算工程师")]),
        T("14:10", "14:50", "Page Table Sharing for Forked Processes", [S("苗嘉乐", "字节跳动 内核工程师")], shared=True),
        T("14:50", "15:30", "GPU 与 DPU 之间的 P2P DMA 内存映射", [S("窦海峰", "中科驭数 软件架构师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "面向大模型训练的 CPU-GPU 统一内存管理",
          [S("廖思彤", "壁仞科技 系统软件工程师"), S("燕子琦", "清华大学计算机系 博士研究生")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "严景川", "unit": "字节跳动 STE 存储技术专家", "slots": [
        T("13:30", "14:10", "virtio-fs 的 DAX 共享与缓存一致性", [S("曹宇恒", "蚂蚁集团 存储工程师")]),
        T("14:10", "14:50", "Per-cgroup IO Throttling with BPF struct_ops", [S("裴思远", "SUSE 内核工程师")]),
        T("14:50", "15:30", "XDP 在边缘网关上的包过滤与限速", [S("鞠晓光", "中兴通讯 网络软件工程师")]),
        T("15:30", "16:10", "F2FS 在车载存储上的寿命与性能平衡", [S("郁文轩", "蔚来 存储内核工程师")]),
        R("16:10", "17:00", "圆桌讨论：eBPF 会成为内核扩展的主流方式吗",
          S("阮晓晴", "龙蜥社区 eBPF SIG 负责人"),
          [S("聂承远", "腾讯 TencentOS 内核专家"), S("祖海涛", "华为 eBPF 技术专家"),
           S("施婉清", "浙江大学计算机学院副教授")]),
    ]},
]
INTRO_B = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 967 届，由国内 Linux 内核领域的企业与"
           "高校共同发起，以\u201c自由，协作，创新\u201d为理念，以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者"
           "相互交流、共同进步。本届大会由曲阜师范大学承办，上午为主论坛，下午处理器架构与调度、内存管理与异构计算、IO 与 "
           "ebpf 三个分论坛同时进行，现诚邀广大 Linux 开发者和爱好者参加本次大会。")
UNITS_B = ["曲阜师范大学", "华为", "阿里云", "腾讯", "字节跳动", "小米", "海光信息", "麒麟软件", "英特尔", "AMD",
           "蚂蚁集团", "中兴通讯"]
MEDIA_B = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "腾源会"]
PAL_B = {"bg": ((4, 20, 44), (2, 8, 20)), "title": (255, 130, 108), "aff": (88, 212, 232), "label": (255, 214, 90),
         "line": (60, 150, 220), "dot": (255, 130, 108), "band": (14, 58, 96), "bar": (255, 130, 108),
         "num": (236, 110, 92), "grey": (150, 176, 200), "glow1": (0, 120, 230), "glow2": (255, 96, 120),
         "shadow": (20, 96, 210), "streak": (20, 64, 120)}


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


def slot(im, d, ed, X0, X1, LX, CX, y, s):
    """One slot of the timeline, its title's top at y.  Returns the next slot's title top."""
    pal = ed["pal"]
    right = im.size[0] - k(50)
    if s["kind"] == "break" and s["title"] not in MEALS:  # 开场 / 开幕: a plain row, as 2023 prints 开场
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
    tl = wrap_nicely(d, s["title"], F(30, True), right - CX)
    s["_tl"] = tl
    for ln in tl:
        d.text((CX, y), ln, font=F(30, True), fill=pal["title"])
        y += k(40)
    if s["kind"] == "panel":
        y = (panel_a if ed["panel"] == "a" else panel_b)(d, ed, CX, y, s, right)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, ed, CX, y, sp, right)
    return y + k(40)


def heading(im, d, ed, X0, X1, y, i, f):
    """A forum's heading: its name as printed (a big fading numeral behind the afternoon ones), the host, the
    thick bar.  Host 'right': '主持人：name' right-aligned level with the name, the unit under it in small type.
    Host 'under': '主持人：padded name　unit' on a line of its own under the name.  Returns the first slot's
    title top."""
    pal = ed["pal"]
    if i == 0:
        nf = F(52, True)
        ny = y + k(40)
        d.text((X0, ny), f["name"], font=nf, fill=WHITE)
    else:
        fading_numeral(im, X0 - k(4), y, "%02d" % i, F(112, True), pal["num"], pal["bg"][0])
        ny = y + k(58)
        nf = F(50, True)
        d.text((X0, ny), fits(d, f["name"], nf, X1 - X0), font=nf, fill=WHITE, stroke_width=k(1),
               stroke_fill=pal["bg"][0])
    name_right = X0 + tw(d, f["name"], nf)
    if ed["host"] == "right":
        base = ny + k(36)
        runs = [("主持人：", F(24), pal["label"]), (f["host"], F(28, True), WHITE)]
        x = X1 - runs_width(d, runs)
        assert x > name_right + k(40), ("host too close to the name", f["name"])
        inline(d, x, base, runs)
        uf = F(20)
        ux = X1 - tw(d, f["unit"], uf)
        assert ux > name_right + k(40), ("unit too close to the name", f["name"])
        d.text((ux, base + k(34)), f["unit"], font=uf, fill=pal["aff"], anchor="ls")
        y = ny + k(112)
    else:
        y = ny + k(84)
        runs = [("主持人：", F(26), pal["label"]), (pad(f["host"]), F(27), WHITE), ("　", F(20), WHITE),
                (f["unit"], F(20), pal["aff"])]
        assert X0 + runs_width(d, runs) <= X1, ("host line too wide", f["name"])
        inline(d, X0, y + k(28), runs)
        y += k(58)
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    return y + k(18) + k(60)


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
        bar = y - k(5) if f["slots"][-1]["title"] not in MEALS else y - k(62)
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


ED_A = {"forums": FORUMS_A, "pal": PAL_A, "year": "2971", "nth": "第966届中国", "date_text": "10月26日",
        "city": "淮安", "addr": "地址：淮安国际会议中心", "intro": INTRO_A, "units": UNITS_A, "media": MEDIA_A,
        "seed": 9711, "panel": "a", "host": "right", "K": 1.0, "W": 1080}
ED_B = {"forums": FORUMS_B, "pal": PAL_B, "year": "2972", "nth": "第967届中国", "date_text": "2972年11月7日",
        "city": "日照", "addr": "地址：日照海滨国际会议中心 二楼报告厅", "intro": INTRO_B, "units": UNITS_B,
        "media": MEDIA_B,
        "seed": 9722, "panel": "b", "host": "under", "K": 1.0, "W": 1080}


# ===========================================================================
FILE_A = "clk2971-huaian-2022-forums-violet-gold-1080.png"
FILE_B = "clk2972-rizhao-2022-forums-ocean-coral-750-q80.jpg"
LAYOUT_A = (
    "CLK 2971 (第966届), 淮安, 2971-10-26 (PNG, %d x %d): ONE whole-agenda image in the organisers' 2023 family "
    "(CLK2023全部议程.png: its header, timeline and type) in new colours: a VIOLET page, GOLD titles, bars and dots, "
    "sky-blue 'company job', pink labels, violet break bands. Logo lines, 'CLK' with '2971' raised in nested outlines, "
    "a slanted '第966届中国' / 'Linux 内核开发者大会', an outlined box '10月26日' + pin + '淮安' (no year, as 2023), "
    "'地址：淮安国际会议中心', a framed introduction, '大会议程' over a hollow 'AGENDA'. CLK2022's four forum names exactly "
    "as its README prints them: '主论坛', then over fading numerals '01'..'03' '处理器架构与调度分论坛', "
    "'内存管理与异构计算分论坛', 'IO 与 ebpf 分论坛'. New against 2023: each forum's HOST in a right-aligned block LEVEL "
    "WITH ITS HEADING, '主持人：name' (label pink, name bold white) over the unit in small sky blue (主论坛: 侯绍康 over "
    "'淮阴工学院 计算机与软件工程学院院长'). The 2023 timeline: range 30 px bold white at the left, a dot on a vertical "
    "line, title 30 px bold gold, per speaker 'padded name  company job' (name 28 px white, two-character names padded "
    "with a full-width space: '樊　洋', '闵　锐', '白　晨'; 'company job' 20 px from one column, some run together: "
    "'vivo内核调度工程师', 'OPPO高级内核工程师', '蚂蚁集团技术专家'). 主论坛: '09:00-09:10 开场' a plain row, '嘉宾致辞' by "
    "孙敬儒 (淮阴工学院副校长), 黎承泽, the Latin speaker Lars Nielsen (Red Hat Principal Kernel Engineer) with "
    "'Memory Tiering in Practice:' / 'CXL Expanders and Page Promotion', a 茶歇 band 10:30-10:45, 甘志诚 over 叶书瑶 "
    "(阿里云), the round table '圆桌论坛：' / '开源内核社区如何培养下一代 Maintainer' (11:15-12:00) with '主持人：' and "
    "'嘉宾：' on lines of their own as 2023 prints them (鲍晓芸, then 尹承志, 范立言, 苗欣然, 樊　洋), a LUNCH band "
    "'12:00-13:30 午餐'. 处理器架构与调度分论坛: 'Proxy Execution for' / 'Real-Time Tasks on Android' by 邓雨辰, a 茶歇 "
    "band 15:00-15:20, TWO TALKS UNDER ONE RANGE '15:20-16:00' (吉晓东, then 苏海洋, the second without range or dot), "
    "and last '多核场景下 runqueue 锁竞争的量化与优化' by 佴俊峰 (腾讯 TencentOS 内核工程师, uncommon surname 佴) over "
    "穆雨萱, whose LONG UNIVERSITY line wraps at a space under itself: '北京航空航天大学 计算机学院 软件开发环境国家重点实验室' "
    "/ '博士研究生', right above the forum's closing bar. 内存管理与异构计算分论坛: 景博涵 over 钟雨婷 (摩尔线程), a 茶歇 "
    "band, 'Reducing TLB Shootdowns' / 'for Large Folios on ARM64' by 孔令飞. IO 与 ebpf 分论坛: 段佳琪 over 闵　锐 "
    "(美团), a 茶歇 band. '支持单位' (twelve boxes) and '支持媒体' (six boxes). 5 + 6 + 5 + 5 talks.")
LAYOUT_B = (
    "CLK 2972 (第967届), 日照, 2972-11-07 (JPEG q80, %d x %d, a phone's re-save: drawn %d x %d in the same 2023 "
    "family, then scaled to 750 wide with LANCZOS and saved at quality 80, so the 'company job' lines are about 14 px "
    "high and the titles about 21 px): an OCEAN-BLUE page, CORAL titles, bars and dots, aqua 'company job', yellow "
    "labels, blue break bands. 'CLK 2972', '第967届中国', a box '2972年11月7日' + pin + '日照', '地址：日照海滨国际会议中心 "
    "二楼报告厅', a framed introduction that names the three afternoon forums in running text, '大会议程' / 'AGENDA'. "
    "CLK2022's four forum names exactly as its README prints them ('01'..'03' behind the afternoon ones). The host on "
    "a LINE OF ITS OWN under each heading, above the bar: '主持人：padded name　unit' (label yellow, unit aqua; 主论坛: "
    "翟明轩 '曲阜师范大学 网络空间安全学院院长'). 主论坛: '09:00-09:05 开幕' a plain row, '开幕致辞' by 房建新 (曲阜师范大学"
    "副校长), 蒋宏伟, the Latin speaker Tiago Almeida (Arm Staff Software Engineer) with 'Rust in the Kernel:' / "
    "'Writing a Production NVMe Driver', 冉光耀, 申雅琪 over 妫　宁 (小米, uncommon surname 妫 in a padded name), "
    "戴子谦, NO tea break in the morning, a LUNCH band '12:10-13:30 午餐'. 处理器架构与调度分论坛 (13:30-17:10): "
    "'Scheduling for Chiplets:' / 'Cache-Aware Load Balancing' by 柯景行, a 茶歇 band 15:30-15:50, and last "
    "'CPU 空闲状态选择：' / 'menu 与 teo governor 的对比' by 谭思源, whose LONG UNIVERSITY line wraps at a space: "
    "'华中科技大学 武汉光电国家研究中心' / '信息存储与光显示功能实验室 博士研究生'. 内存管理与异构计算分论坛: TWO TALKS "
    "UNDER ONE RANGE '14:10-14:50' (付云帆, then 苗嘉乐's English 'Page Table Sharing for Forked Processes'), a 茶歇 "
    "band, 廖思彤 over 燕子琦 (two companies: 壁仞科技, 清华大学计算机系). IO 与 ebpf 分论坛: NO tea break; the English "
    "'Per-cgroup IO Throttling with BPF struct_ops' (裴思远) on one line; it ENDS WITH THE ROUND TABLE '圆桌讨论：eBPF "
    "会成为内核扩展的主流方式吗' (16:10-17:00) with the labels INLINE: '主持人：' before 阮晓晴's line, '嘉　宾：' before "
    "聂承远's, 祖海涛 and 施婉清 indented under him. '支持单位' (twelve) and '支持媒体' (six). 6 + 5 + 5 + 5 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 78, 86, 90): speakers are names as printed with spaces "
    "and the padding of two-character names removed ('樊　洋' -> '樊洋', '妫　宁' -> '妫宁', 'Lars Nielsen' -> "
    "'LarsNielsen', 'Tiago Almeida' -> 'TiagoAlmeida'); host is the chair printed after '主持人：' for the forum (the "
    "unit printed with it is no part of it and no affiliation of any slot), null for breaks; start/end HH:MM on a "
    "24-hour clock; where two speakers are printed each has his own affiliation, in printed order; affiliations are the "
    "printed 'company job' exactly (run-together ones kept run together: 'vivo内核调度工程师', '淮阴工学院副校长'); an "
    "opening speech printed with a speaker ('嘉宾致辞', '开幕致辞') is a talk, a slot printed without one ('开场', '开幕') "
    "is a break; '午餐' closes 主论坛 as its break; a forum that prints no break after its last slot ends with it; every "
    "forum carries its edition's date. Two invented editions, each ONE whole-agenda image in the organisers' 2023 "
    "family, each picture one entry holding its four forums in printed order: CLK 2971 (第966届, 淮安, 2971-10-26) as a "
    "PNG 1080 wide and CLK 2972 (第967届, 日照, 2972-11-07) as a JPEG q80 750 wide (drawn at 1080, scaled down as a "
    "phone re-saves a picture); both Saturdays; no talk and no person is on both pictures. Headers, logo lines, "
    "introductions (CLK 2972's names its afternoon forums in running text), addresses, date boxes, the hollow 'AGENDA' "
    "and 'SUPPORT', support units and media are never part of a name, a title or a slot; the numerals '01'..'03' are no "
    "part of a forum's name. Judgement calls: (1) FORUM NAMES are CLK2022's four README link texts, printed and given "
    "exactly: '主论坛', '处理器架构与调度分论坛', '内存管理与异构计算分论坛', 'IO 与 ebpf 分论坛' (its spaces and "
    "lower-case 'ebpf' kept; no 2023-style space is added before the other two's '分论坛'). (2) HOSTS: on CLK 2971 the "
    "host is the name after '主持人：' in the block at the RIGHT of the heading, level with it; the small line under "
    "that name is his unit, not an affiliation and not a slot; on CLK 2972 the host is the name on the line under the "
    "heading ('主持人：翟明轩　曲阜师范大学 网络空间安全学院院长' -> 翟明轩). (3) A RANGE PRINTED ONCE FOR TWO TALKS "
    "(the second without range or dot, as 2023 prints them) gives BOTH talks that range (CLK 2971: 15:20-16:00 in "
    "处理器架构与调度分论坛; CLK 2972: 14:10-14:50 in 内存管理与异构计算分论坛); the second is its own talk, never a "
    "second speaker of the first. (4) A round table is ONE slot of kind 'panel' (as sets 66, 79, 86 and 90): its "
    "speakers are the moderator first, then the guests in printed order, one affiliation each; the title keeps "
    "'圆桌论坛：' / '圆桌讨论：'; '主持人：', '嘉宾：' and '嘉　宾：' are labels; the moderator is not the forum's host "
    "(鲍晓芸 vs 侯绍康; 阮晓晴 vs 严景川). CLK 2971's is in 主论坛 with four guests, CLK 2972's CLOSES 'IO 与 ebpf "
    "分论坛' with three guests. (5) Two speakers of one talk on two lines are two speakers, each with the 'company job' "
    "on his own line. (6) A 'company job' too long for its column WRAPS AT ONE OF ITS PRINTED SPACES onto a second line "
    "under itself, from the same column; it is one affiliation, joined with that one space ('北京航空航天大学 计算机学院 "
    "软件开发环境国家重点实验室 博士研究生' for 穆雨萱, the second speaker of the last talk of 处理器架构与调度分论坛 on "
    "CLK 2971; '华中科技大学 武汉光电国家研究中心 信息存储与光显示功能实验室 博士研究生' for 谭思源, the last talk of the "
    "same forum on CLK 2972); its second line is neither a speaker nor a title. (7) Titles wrapped over two lines are "
    "one title: after a Latin colon the line break stands for the space ('Memory Tiering in Practice: CXL Expanders and "
    "Page Promotion', 'Rust in the Kernel: Writing a Production NVMe Driver', 'Scheduling for Chiplets: Cache-Aware "
    "Load Balancing'), other Latin words are joined with a space ('Proxy Execution for Real-Time Tasks on Android', "
    "'Reducing TLB Shootdowns for Large Folios on ARM64'), and nothing is added after a full-width '：' "
    "('圆桌论坛：开源内核社区如何培养下一代 Maintainer', 'CPU 空闲状态选择：menu 与 teo governor 的对比'). (8) '嘉宾致辞' "
    "(CLK 2971) and '开幕致辞' (CLK 2972) are talks of their speakers; the 2023 image prints no hosts, so the hosts are "
    "the designer's addition, and every talk has one. Uncommon surnames: 佴 (佴俊峰, CLK 2971), 妫 (妫宁, padded '妫　宁', "
    "CLK 2972).")


def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(posters):
    for fs in (FORUMS_A, FORUMS_B):
        assert [f["name"] for f in fs] == CLK2022_FORUMS
    everybody = people(FORUMS_A) + people(FORUMS_B)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
    titles = []
    shared = 0
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
            prev = None
            for s in f["slots"]:  # slots follow one another; a shared range repeats the talk before it
                assert s["start"] < s["end"], s
                if prev is not None:
                    if s["start"] == prev["start"]:
                        assert s["end"] == prev["end"] and s["kind"] == prev["kind"] == "talk", s
                        shared += 1
                    else:
                        assert s["start"] == prev["end"], s
                prev = s
            for s in f["slots"]:
                assert (s["host"] is None) == (s["kind"] == "break"), s
                assert len(s["speakers"]) == len(s["affiliations"]), s
                if s["kind"] == "talk":
                    assert 1 <= len(s["speakers"]) <= 2, s
    assert shared == 2, shared
    assert sum(s["shared"] for fs in (FORUMS_A, FORUMS_B) for f in fs for s in f["slots"]) == 2
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
        assert fs[0]["slots"][-1]["title"] == "午餐"
        assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") >= 2
        names = [sp["name"] for s in slots for sp in s["sp"]]
        assert any(re.match(r"[A-Za-z]", n) for n in names)
        assert any(re.fullmatch(r"[A-Za-z0-9 :'_\-]+", s["title"]) for s in slots if s["kind"] == "talk")
        assert all(len(s.get("_tl", [])) <= 2 for s in slots)
        for f in fs:  # the moderator is never the forum's host
            for s in f["slots"]:
                if s["kind"] == "panel":
                    assert s["sp"][0]["name"] != f["host"]
    assert panels == [("主论坛", 5), ("IO 与 ebpf 分论坛", 4)], panels
    assert "佴俊峰" in everybody and "妫宁" in everybody
    wrapped = [s["_tl"] for fs in (FORUMS_A, FORUMS_B) for f in fs for s in f["slots"] if len(s.get("_tl", [])) > 1]
    assert wrapped == [
        ["Memory Tiering in Practice:", "CXL Expanders and Page Promotion"],
        ["圆桌论坛：", "开源内核社区如何培养下一代 Maintainer"], ["Proxy Execution for", "Real-Time Tasks on Android"],
        ["Reducing TLB Shootdowns", "for Large Folios on ARM64"],
        ["Rust in the Kernel:", "Writing a Production NVMe Driver"],
        ["Scheduling for Chiplets:", "Cache-Aware Load Balancing"],
        ["CPU 空闲状态选择：", "menu 与 teo governor 的对比"]], wrapped
    long_aff = [sp["_al"] for fs in (FORUMS_A, FORUMS_B) for f in fs for s in f["slots"] for sp in s["sp"]
                if len(sp["_al"]) > 1]
    assert long_aff == [["北京航空航天大学 计算机学院 软件开发环境国家重点实验室", "博士研究生"],
                        ["华中科技大学 武汉光电国家研究中心", "信息存储与光显示功能实验室 博士研究生"]], long_aff
    return sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break")


def main():
    posters = []
    im = draw(ED_A)
    assert im.size[0] == 1080 and 7000 <= im.size[1] <= 12000, im.size
    path = os.path.join(HERE, FILE_A)
    im.save(path, optimize=True)
    print(FILE_A, "%d x %d" % im.size, os.path.getsize(path))
    assert 2_000_000 <= os.path.getsize(path) <= 4_000_000
    posters.append({"file": FILE_A, "layout": LAYOUT_A % im.size, "date": DATE_A,
                    "forums": forum_truth(FORUMS_A, DATE_A)})
    im = draw(ED_B)  # drawn 1080 wide, then re-saved as a phone does: 750 wide, JPEG quality 80
    assert im.size[0] == 1080 and 7000 <= im.size[1] <= 12000, im.size
    small = im.resize((750, round(im.size[1] * 750 / 1080)), Image.LANCZOS)
    path = os.path.join(HERE, FILE_B)
    small.save(path, "JPEG", quality=80)
    print(FILE_B, "%d x %d" % small.size, os.path.getsize(path), "drawn at %d x %d" % im.size)
    assert os.path.getsize(path) <= 1_000_000
    posters.append({"file": FILE_B, "layout": LAYOUT_B % (small.size + im.size), "date": DATE_B,
                    "forums": forum_truth(FORUMS_B, DATE_B)})
    for p in posters:  # the talk counts each layout string gives
        counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in p["forums"])
        assert p["layout"].endswith(counts + " talks."), (p["file"], counts)
    n = check(posters)
    print("scored talks", n)
    assert 35 <= n <= 50, n
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
