"""Draw the hundred-and-twenty-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes 3291clk.png and truth.json next to this file.
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 3291 (第1286届, 临沂, Saturday 3291-10-27), as ONE whole-agenda PNG
1080 wide (as CLK2022's repository holds one agenda image, imgs/2022clk.png, 1.5 MB), in the
organisers' 2023 family (CLK2023全部议程.png) with new colours (dark teal-green page, amber
titles and bars, mint company lines, rose labels): logo lines, 'CLK' with the year raised in
nested outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin
and the city, '地址：', a key visual of wave lines and a ring, a framed introduction, '大会议程'
over a hollow 'AGENDA'; the morning 主论坛 and CLK2022's three afternoon forums one under another
(2023's space before '分论坛', fading numerals behind the afternoon ones), each with its host on a
line of his own under the name ('主持人：name  unit'), a thick bar, the 2023 TIMELINE (range, dot
on a vertical line, title, 'padded name  company job' per speaker), ranges standing over two or
three talks as 2023 prints them; 茶歇 and 午餐 bands, a closing bar; '支持单位' / '支持媒体' boxes.
Copied from posters-blind-117/draw.py (117 took them from set 105, and it from sets 103, 97, 90,
86, 78, 72, 68, 59, 43): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext,
rtext, vgrad, grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain, saturday, REAL_NAMES,
K, F, k, slanted, outline_text, fading_numeral, pin, logo, inline, runs_width, S, B, truth_slot,
forum_truth, CLK2022_FORUMS, pad, split_spaces, speaker_line, panel_a, is_band, printed_name,
draw, people, wrapped_titles, wrapped_affs; changed: clk_mark (its fill from the palette), T and
R (no 'line' switch), slot (one speaker per line only); rewritten: background (the wave mesh and
ring), heading (the host on a line of his own under the name), paint (a translucent intro panel,
a centred short row of boxes, the foot line), check and main; new: dim_box, COMMON5, UNCOMMON,
all the data.
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
    """The page: a dark teal-green gradient, warm and cold glows, and this edition's key visual in the header,
    a mesh of wave lines swelling towards the right with a glowing ring floating over it (where the 2023 image
    has its sphere in swirling lines); a few streaks low on the sides, as the 2023 image has them."""
    pal = ed["pal"]

    def bg(w, h):
        im = vgrad(w, h, *pal["bg"])
        im = glow(im, w - k(160), k(640), k(430), pal["glow1"], 0.5)
        im = glow(im, k(40), k(240), k(300), pal["glow2"], 0.22)
        for j, yy in enumerate(range(k(2500), h - k(800), k(2000))):
            im = glow(im, w - k(40) if j % 2 else k(40), yy, k(360), pal["glow2"] if j % 2 else pal["glow1"], 0.2)
        d = ImageDraw.Draw(im)
        n = 28
        for i in range(n):  # the wave mesh: lines that swell towards the right and drift apart downwards
            t = i / (n - 1)
            pts = []
            for x in range(-k(10), w + k(12), k(6)):
                u = x / w
                amp = k(18) + k(70) * t * (0.25 + 0.75 * u)
                yy = k(600) + t * k(330) + amp * math.sin(x / (k(95) + t * k(70)) + i * 0.42 + 1.3 * u)
                pts.append((x, yy))
            c = tuple(int(pal["glow1"][m] * (1 - t) + pal["glow2"][m] * t) for m in range(3))
            fade = 0.85 - 0.45 * abs(t - 0.45)
            d.line(pts, fill=tuple(int(v * fade) for v in c), width=k(2) if i % 4 == 0 else k(1))
        cx, cy = w - k(270), k(690)
        for j in range(18):  # the ring: nested ellipses, brightest on its inner edge
            r = k(150) - j * k(3)
            lit = 0.25 + 0.75 * (j / 17) ** 2
            col = tuple(min(255, int(pal["ring"][m] * lit)) for m in range(3))
            d.ellipse([cx - r, cy - r * 0.42, cx + r, cy + r * 0.42], outline=col, width=k(3))
        rnd = random.Random(ed["seed"])
        for j in range(4):  # streaks low on the sides
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - k(260)), yy - k(300))], fill=pal["streak"], width=k(3))
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
# CLK 3291 (第1286届), 临沂, Saturday 3291-10-27.  As 2023 prints them, a range may stand over two or three talks
# (shared=True: printed under the range of the talk before it, without range or dot of its own; every talk of
# the group gets the group's range in the truth).
DATE = "3291-10-27"
FORUMS = [
    {"name": "主论坛", "host": "孙国栋", "unit": "临沂大学信息科学与工程学院 院长", "slots": [
        T("09:00", "09:15", "开幕致辞", [S("刘文博", "临沂大学副校长")]),
        T("09:15", "09:45", "面向多样性算力的操作系统内核：统一调度与资源抽象", [S("陈卫东", "华为 操作系统内核首席专家")],
          nice=True),
        T("09:45", "10:15", "Ten Years of Enterprise Kernel Maintenance: What Backporting Taught Us",
          [S("Tobias Kellner", "SUSE Kernel Team Lead")]),
        B("10:15", "10:30", "茶歇"),
        T("10:30", "11:00", "数据中心内核热升级：从热补丁到整机内核热替换",
          [S("杨子豪", "字节跳动 系统技术专家"), S("黄俊凯", "字节跳动 Linux 内核工程师")]),
        T("11:00", "11:30", "LoongArch 进入主线之后：新架构上游化的经验与后续工作", [S("李明远", "龙芯中科 内核研发部经理")]),
        R("11:30", "12:15", "圆桌论坛：国产操作系统厂商如何更好地回馈 Linux 上游社区",
          S("周涛", "中国科学院软件研究所 副研究员"),
          [S("张秀梅", "阿里云操作系统技术专家"), S("郭军", "腾讯云 OS 内核团队负责人"),
           S("闵立群", "统信软件 内核研发部总监"), S("王昊天", "OPPO内核技术专家")]),
        B("12:15", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "梁思博", "unit": "飞腾信息 操作系统架构师", "slots": [
        T("13:30", "14:00", "鲲鹏服务器上的 NUMA 感知调度与数据库性能调优", [S("徐鹏", "华为 内核工程师")]),
        T("14:00", "14:30", "Core Scheduling in Practice: Mitigating SMT Side Channels for Cloud Tenants",
          [S("邓宇航", "腾讯云 高级工程师")]),
        T("14:30", "15:00", "混合架构处理器上 ITMT 与 Thread Director 的内核支持",
          [S("王翊", "英特尔 软件工程师"), S("刘畅然", "英特尔 高级软件工程师")]),
        T("14:30", "15:00", "RISC-V 平台上的内核抢占与中断延迟测量", [S("唐俊峰", "中国科学院软件研究所 工程师")],
          shared=True),
        T("15:00", "15:30", "海光平台 SEV 机密虚拟机的 vCPU 调度开销分析", [S("高伟杰", "海光信息 系统架构师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "CFS 带宽控制下的容器毛刺分析与 CPU burst 实践", [S("曾文杰", "美团基础架构内核工程师")]),
        T("15:50", "16:30", "基于 uclamp 的手机前台任务性能保障", [S("何婧", "vivo 系统软件工程师")], shared=True),
        T("16:30", "17:00", "安卓平台上 RT 线程优先级反转问题的定位与规避", [S("聂雨桐", "小米 内核工程师")]),
        T("17:00", "17:30", "Taming lock contention on 128-core ARM64 servers", [S("张俊杰", "阿里云 内核工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "李春明", "unit": "阿里云 内存子系统技术专家", "slots": [
        T("13:30", "14:30", "DAMON 在在线业务内存冷热识别中的实践", [S("赵永胜", "百度 系统工程师")]),
        T("13:30", "14:30", "memcg 异步回收：降低在线业务的直接回收延迟", [S("陈子轩", "京东云 内核工程师")], shared=True),
        T("14:30", "15:00", "CXL 内存设备的内核驱动与热插拔支持",
          [S("柯铭", "英特尔 软件架构师"), S("罗海波", "浪潮信息 服务器固件工程师")]),
        T("15:00", "15:30", "低内存手机上的匿名页回收与 swap 预读策略优化", [S("胡博文", "荣耀 内存优化专家")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:50", "GPU 与 NPU 统一内存在训练场景下的页面迁移开销分析", [S("王奕辰", "寒武纪 驱动工程师")]),
        T("15:50", "16:50", "面向持久内存的内核页表管理优化",
          [S("朱晨阳", "华中科技大学 存储系统实验室 博士研究生"), S("冯伟", "华中科技大学 计算机学院 教授")],
          shared=True),
        T("15:50", "16:50", "Heterogeneous Memory Management for Out-of-Tree Accelerator Drivers",
          [S("许嘉诚", "摩尔线程 驱动架构师")], shared=True),
        T("16:50", "17:10", "KSM 在高密度容器场景下的收益与 CPU 开销", [S("黄雪莹", "蚂蚁集团内核专家")]),
        T("17:10", "17:30", "基于 IOMMU SVA 的 DPU 共享虚拟内存实践", [S("祁庆华", "中国电信天翼云 研发工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "韩冬冬", "unit": "网易数帆 内核技术专家", "slots": [
        T("13:30", "14:00", "io_uring 在分布式块存储中的落地与性能分析", [S("郑凯文", "深信服 存储研发工程师")]),
        T("14:00", "14:30", "BPF CO-RE 在多内核版本环境下的部署经验", [S("笪晨", "中兴通讯 系统软件工程师")]),
        T("14:30", "15:00", "blk-mq 调度器在 NVMe SSD 上的选择与调优", [S("谢明", "快手 存储内核工程师")]),
        T("14:30", "15:00", "基于 eBPF 的文件系统慢 IO 根因定位", [S("周天宇", "中国移动云能力中心 内核工程师")],
          shared=True),
        T("15:00", "15:30", "Building Low-Overhead Block IO Latency Histograms with BPF",
          [S("林晓彤", "字节跳动 STE 工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "eBPF 在 Kubernetes 容器网络中的可观测性实践",
          [S("彭立业", "滴滴出行 资深工程师"), S("曹云飞", "滴滴出行 工程师")]),
        T("16:30", "17:00", "ext4 fast commit 在数据库场景下的效果评估", [S("吴俊豪", "华为 文件系统工程师")]),
        T("16:30", "17:00", "NVMe over TCP 接收路径的零拷贝优化", [S("卞思源", "腾讯云 存储专家")], shared=True),
        T("17:00", "17:30", "基于 BPF struct_ops 的可编程 TCP 拥塞控制", [S("吴晓光", "青云科技 内核工程师")]),
    ]},
]
INTRO = ("CLK（中国 Linux 内核开发者大会）是由国内 Linux 内核开发者自发组织的技术盛会，自创办以来已连续举办 1285 届，"
         "旨在促进内核开发者之间的交流与合作，推动 Linux 内核技术在国内的发展与应用。第 1286 届大会由临沂大学承办，"
         "以\u201c开放、协作、创新\u201d为主题，上午为主论坛，下午设处理器架构与调度、内存管理与异构计算、IO 与 ebpf "
         "三个分论坛同时进行，全程在 CSDN 同步直播。欢迎广大 Linux 内核开发者和爱好者参加！")
UNITS = ["临沂大学", "浙江大学", "华为", "阿里云", "腾讯云", "字节跳动", "龙芯中科", "英特尔", "OPPO", "统信软件",
         "中兴通讯", "深信服"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "极客时间"]
PAL = {"bg": ((9, 27, 30), (3, 11, 14)), "title": (255, 184, 56), "aff": (92, 204, 188), "label": (255, 108, 138),
       "line": (38, 112, 104), "dot": (92, 204, 188), "band": (20, 60, 62), "bar": (255, 184, 56),
       "num": (236, 150, 36), "glow1": (0, 150, 132), "glow2": (214, 118, 24), "shadow": (196, 84, 22),
       "streak": (28, 86, 80), "ring": (255, 214, 140), "clk": (255, 238, 208), "intro": (6, 18, 20)}
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


#@@REST@@
def printed_name(ed, f):
    """The heading as printed: a space before '分论坛', as the 2023 image prints '内存管理 分论坛'."""
    n = f["name"]
    if ed["gap"] and n.endswith("分论坛") and not n.endswith(" 分论坛"):
        n = n[:-3] + " 分论坛"
    return n


def heading(im, d, ed, X0, X1, y, i, f):
    """A forum's heading: its name as printed (a big fading numeral behind the afternoon ones), then, on a line
    of its own between the name and the thick bar, '主持人：' (bold, label colour), the padded host's name (white)
    and his unit (small, company colour) after it on the same baseline.  Returns the first slot's title top."""
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
    bb = d.textbbox((X0, ny), name, font=nf)
    base = bb[3] + k(56)
    x = inline(d, X0, base, [("主持人：", F(26, True), pal["label"]), (pad(f["host"]), F(28), WHITE)])
    uf = F(20)
    assert x + k(22) + tw(d, f["unit"], uf) <= X1, ("host line too wide", f["name"])
    d.text((x + k(22), base - k(1)), f["unit"], font=uf, fill=pal["aff"], anchor="ls")
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


ED = {"forums": FORUMS, "pal": PAL, "year": "3291", "nth": "第1286届中国", "date_text": "10月27日", "city": "临沂",
      "addr": "地址：临沂大学 西校区学术交流中心", "intro": INTRO, "units": UNITS, "media": MEDIA, "seed": 12991,
      "gap": True, "K": 1.0, "W": 1080, "grain": 0.0, "cell": 5,
      "foot": "主办：中国 Linux 内核开发者大会组委会　　承办：临沂大学"}
FILE = "3291clk.png"


LAYOUT = (
    "CLK 3291 (第1286届), 临沂, 3291-10-27 (PNG, %d x %d, no grain), named like the real '2022clk.png': ONE "
    "whole-agenda image in the organisers' 2023 family, at its measures and type, in NEW COLOURS: a dark teal-green "
    "page, AMBER titles, bars and heading numerals, mint 'company job' lines and dots, rose labels ('主持人：', "
    "'嘉宾：'), dark teal break bands. Header: logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with "
    "'3291' raised in nested rounded outlines, a slanted '第1286届中国' / 'Linux 内核开发者大会' with an orange offset "
    "shadow, an outlined box '10月27日' + pin + '临沂' (no year, as 2023), '地址：临沂大学 西校区学术交流中心', a key "
    "visual of wave lines with a glowing ring, a framed introduction on a dark translucent panel (it names the three "
    "afternoon forums in running text and says the day is streamed on CSDN), '大会议程' over a hollow 'AGENDA'. Then "
    "主论坛 and CLK2022's three afternoon forums one under another, the afternoon ones over fading numerals '01'..'03' "
    "and printed with 2023's SPACE BEFORE '分论坛' ('处理器架构与调度 分论坛', '内存管理与异构计算 分论坛'; 'IO 与 ebpf "
    "分论坛' has it already). The HOST on a line of his own between the forum's name and the thick amber bar: '主持人：' "
    "(26 px bold rose), the padded name (28 px white), the unit (20 px mint) after it on the same baseline (主论坛 "
    "孙国栋 '临沂大学信息科学与工程学院 院长'; 梁思博 '飞腾信息 操作系统架构师'; 李春明 '阿里云 内存子系统技术专家'; 韩冬冬 "
    "'网易数帆 内核技术专家'). The 2023 timeline: range 30 px bold white at the left, a dot on a thin vertical line, "
    "the title 30 px bold amber, per speaker 'padded name  company job' (name 28 px white, '徐　鹏', 'company job' "
    "20 px mint, some run together as 2023 prints them); two speakers on two lines. As 2023 prints them, SOME RANGES "
    "STAND OVER TWO OR THREE TALKS, the later ones without range or dot. 主论坛: '09:00-09:15 开幕致辞' by 刘文博 "
    "(临沂大学副校长) first (no 开场 row); '面向多样性算力的操作系统内核：' / '统一调度与资源抽象' (broken after the "
    "colon) by 陈卫东; the LATIN speaker Tobias Kellner (SUSE Kernel Team Lead) with 'Ten Years of Enterprise Kernel "
    "Maintenance:' / 'What Backporting Taught Us'; a 茶歇 band 10:15-10:30; 杨子豪 over 黄俊凯 (both 字节跳动); "
    "'LoongArch 进入主线之后：新架构上游化的经验与' / '后续工作' by 李明远; the ROUND TABLE '圆桌论坛：国产操作系统厂商如何"
    "更好地回馈 Linux' / '上游社区' (11:30-12:15) with 2023's '主持人：' and '嘉宾：' on lines of their own: 周涛 (周　涛), "
    "then 张秀梅, 郭军 (郭　军), 闵立群, 王昊天; a 午餐 band 12:15-13:30. Afternoon forums 13:30-17:30, each with a 茶歇 "
    "band 15:30-15:50. 处理器架构与调度分论坛: 'Core Scheduling in Practice: Mitigating SMT' / 'Side Channels for "
    "Cloud Tenants'; '混合架构处理器上 ITMT 与 Thread Director 的内' / '核支持' by 王翊 (王　翊) over 刘畅然 (both 英特尔), "
    "its range '14:30-15:00' also over 唐俊峰's talk; '15:50-16:30' over 曾文杰 and 何婧; 'Taming lock contention on "
    "128-core ARM64' / 'servers'. 内存管理与异构计算分论坛: '13:30-14:30' over 赵永胜 and 陈子轩; 柯铭 (英特尔) over 罗海波 "
    "(浪潮信息) on two lines; '15:50-16:50' over THREE talks: 'GPU 与 NPU 统一内存在训练场景下的页面迁移开销' / '分析' "
    "(王奕辰), the UNIVERSITY LAB talk of 朱晨阳 ('华中科技大学 存储系统实验室 博士研究生') over 冯伟 ('华中科技大学 "
    "计算机学院 教授'), and 'Heterogeneous Memory Management for' / 'Out-of-Tree Accelerator Drivers' (许嘉诚); two "
    "20-minute talks to 17:30. IO 与 ebpf 分论坛: '14:30-15:00' over 谢明 and 周天宇; 'Building Low-Overhead Block IO "
    "Latency' / 'Histograms with BPF'; 彭立业 over 曹云飞 (both 滴滴出行); '16:30-17:00' over 吴俊豪 and 卞思源. Twelve "
    "'支持单位' boxes over a hollow 'SUPPORT', five '支持媒体' boxes over a hollow 'MEDIA' (the last row centred), a foot "
    "line '主办：中国 Linux 内核开发者大会组委会　　承办：临沂大学'. %s talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 105, 117): speakers are names as printed with spaces and "
    "the padding of two-character names removed ('徐　鹏' -> '徐鹏', 'Tobias Kellner' -> 'TobiasKellner'); host is the "
    "chair printed after '主持人：' for the forum, null for breaks; start/end HH:MM on a 24-hour clock; where two "
    "speakers are printed each has his own affiliation, in printed order; affiliations are the printed 'company job' "
    "exactly, run-together ones kept so ('临沂大学副校长', '阿里云操作系统技术专家', 'OPPO内核技术专家', "
    "'美团基础架构内核工程师', '蚂蚁集团内核专家'); an opening speech printed with a speaker ('开幕致辞') is a talk; 茶歇 "
    "and 午餐 are breaks; '午餐' closes 主论坛 as its break; a forum that prints no break after its last slot ends with "
    "it; every forum carries the edition's date. ONE invented edition, CLK 3291 (第1286届, 临沂, Saturday 3291-10-27; "
    "the date box prints '10月27日' without a year, as 2023's does, the year is the '3291' of the CLK mark), as ONE "
    "whole-agenda PNG 1080 wide in the organisers' 2023 family with new colours (as CLK2022's repository holds ONE "
    "agenda image, imgs/2022clk.png), with CLK2022's four README forum names in README order; one entry holding its "
    "four forums in printed order. Headers, logo lines, the introduction (it names the afternoon forums in running "
    "text), the address, the date box, the hollow 'AGENDA', 'SUPPORT' and 'MEDIA', support units, media and the foot "
    "line '主办：… 承办：临沂大学' are never part of a name, a title or a slot; the numerals '01'..'03' are no part of a "
    "forum's name. Judgement calls: (1) FORUM NAMES are CLK2022's README link texts exactly ('IO 与 ebpf 分论坛' with "
    "its spaces and lower-case 'ebpf'); the headings print a space before '分论坛' as the 2023 image prints its own "
    "('处理器架构与调度 分论坛', '内存管理与异构计算 分论坛'): the forum is still the README name, without that space. (2) "
    "HOSTS: the name after '主持人：' on the line of its own under the forum's name, above the thick bar; the unit "
    "printed after him on that line is no affiliation of any slot, and that line is no slot and no speaker, though it "
    "is set like a speaker line. (3) SHARED RANGES, as 2023 prints them: a range printed once over two or three talks "
    "(the later ones with no range and no dot) gives EVERY talk of the group that range, and each is its own talk "
    "with its own speakers, never a second speaker or a continuation of the talk above it: 处理器架构与调度分论坛 "
    "14:30-15:00 王翊 + 刘畅然 (one talk), then 唐俊峰, and 15:50-16:30 曾文杰, 何婧; 内存管理与异构计算分论坛 "
    "13:30-14:30 赵永胜, 陈子轩, and 15:50-16:50 王奕辰, then 朱晨阳 + 冯伟 (one talk), then 许嘉诚; IO 与 ebpf 分论坛 "
    "14:30-15:00 谢明, 周天宇, and 16:30-17:00 吴俊豪, 卞思源. So starts repeat inside a forum. (4) The round table is "
    "ONE slot of kind 'panel': its speakers are the moderator first (周涛), then the four guests in printed order "
    "(张秀梅, 郭军, 闵立群, 王昊天), one affiliation each; the title keeps '圆桌论坛：'; '主持人：' and '嘉宾：' are "
    "labels; the moderator is not the forum's host (孙国栋). (5) Two speakers of one talk stand on two lines, each "
    "with the 'company job' of his own line (杨子豪/黄俊凯, 王翊/刘畅然, 柯铭/罗海波 of two companies, 朱晨阳/冯伟, "
    "彭立业/曹云飞). (6) Titles wrapped over two lines are one title: Latin words joined with a space ('Ten Years of "
    "Enterprise Kernel Maintenance: What Backporting Taught Us', 'Core Scheduling in Practice: Mitigating SMT Side "
    "Channels for Cloud Tenants', 'Taming lock contention on 128-core ARM64 servers', 'Heterogeneous Memory "
    "Management for Out-of-Tree Accelerator Drivers', 'Building Low-Overhead Block IO Latency Histograms with BPF'), "
    "a break between a Latin word and a Chinese character stands for the printed space ('…回馈 Linux' / '上游社区' -> "
    "'…回馈 Linux 上游社区'), Chinese broken greedily, also inside a word, joined without anything ('…的内' / '核支持', "
    "'…迁移开销' / '分析', '…的经验与' / '后续工作'), nothing added after a full-width '：' ('面向多样性算力的操作系统"
    "内核：' / '统一调度与资源抽象'). (7) '开幕致辞' is a talk of 刘文博 and the first slot of 主论坛 (no '开场' row). "
    "(8) The 2023 image prints no hosts, no tea in its main forum and no lunch; the hosts, the morning 茶歇 and the "
    "午餐 band are this designer's additions. Surnames in a real programme's proportions: 11 of the 45 Chinese "
    "people bear one of the five commonest (王, 李, 张, 刘, 陈), most of the rest common ones, six less common ones "
    "(闵立群, 笪晨, 柯铭, 祁庆华, 聂雨桐, 卞思源). One Latin-lettered speaker (Tobias Kellner); five English-only "
    "titles.")
WRAPPED = [
    ["面向多样性算力的操作系统内核：", "统一调度与资源抽象"],
    ["Ten Years of Enterprise Kernel Maintenance:", "What Backporting Taught Us"],
    ["LoongArch 进入主线之后：新架构上游化的经验与", "后续工作"],
    ["圆桌论坛：国产操作系统厂商如何更好地回馈 Linux", "上游社区"],
    ["Core Scheduling in Practice: Mitigating SMT", "Side Channels for Cloud Tenants"],
    ["混合架构处理器上 ITMT 与 Thread Director 的内", "核支持"],
    ["Taming lock contention on 128-core ARM64", "servers"],
    ["GPU 与 NPU 统一内存在训练场景下的页面迁移开销", "分析"],
    ["Heterogeneous Memory Management for", "Out-of-Tree Accelerator Drivers"],
    ["Building Low-Overhead Block IO Latency", "Histograms with BPF"],
]


COMMON5 = "王李张刘陈"  # the five commonest surnames: about three Chinese in ten, about one in four on the real posters
UNCOMMON = "闵笪柯祁聂卞"  # the set's less common surnames (outside the hundred commonest or near its end), as a real
# kernel conference's programme has about one name in eight


def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(poster):
    assert [f["name"] for f in FORUMS] == CLK2022_FORUMS
    everybody = people(FORUMS)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
    chinese = [p for p in everybody if not re.match(r"[A-Za-z]", p)]
    common = sum(p[0] in COMMON5 for p in chinese)
    assert 0.2 <= common / len(chinese) <= 0.3, (common, len(chinese))
    assert sorted(p[0] for p in chinese if p[0] in UNCOMMON) == sorted(UNCOMMON)
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
            assert (s["host"] is None) == (s["kind"] == "break"), s
            assert len(s["speakers"]) == len(s["affiliations"]), s
            if s["kind"] == "talk":
                assert 1 <= len(s["speakers"]) <= 2, s
            if s["kind"] == "panel":
                assert s["speakers"][0] != s["host"] and len(s["speakers"]) == 5, s
        starts = [s["start"] for s in f["slots"]]
        assert f["forum"] == "主论坛" and starts[0] == "09:00" or f["forum"] != "主论坛" and starts[0] == "13:30"
        assert f["slots"][-1]["end"] == ("13:30" if f["forum"] == "主论坛" else "17:30")
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
    assert all(sum(s["title"] == "茶歇" for s in f["slots"]) == 1 for f in FORUMS)
    assert FORUMS[0]["slots"][0]["title"] == "开幕致辞" and FORUMS[0]["slots"][0]["kind"] == "talk"
    names = [sp["name"] for s in slots for sp in s["sp"]]
    assert sum(bool(re.match(r"[A-Za-z]", n)) for n in names) == 1
    assert sum(bool(re.fullmatch(r"[A-Za-z0-9 :'_\-]+", s["title"])) for s in slots if s["kind"] == "talk") == 5
    assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") == 5
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    assert sum(s["shared"] for s in slots) == 7
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]


def main():
    im = draw(ED)
    assert im.size[0] == 1080 and 8000 <= im.size[1] <= 12000, im.size
    path = os.path.join(HERE, FILE)
    im.save(path, "PNG", optimize=True)
    print(FILE, "%d x %d" % im.size, os.path.getsize(path))
    assert 1_000_000 <= os.path.getsize(path) <= 1_600_000, os.path.getsize(path)
    forums = forum_truth(FORUMS, DATE)
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in forums)
    poster = {"file": FILE, "layout": LAYOUT % (im.size + (counts,)), "date": DATE, "forums": forums}
    n = check(poster)
    print("scored talks", n, counts)
    for tl in wrapped_titles():
        print("wrapped", tl)
    for al in wrapped_affs():
        print("affiliation wrapped", al)
    assert 30 <= n <= 42, n
    assert counts == "6 + 9 + 9 + 9", counts
    assert wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [], wrapped_affs()
    truth = {"written": "2026-12-08", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
