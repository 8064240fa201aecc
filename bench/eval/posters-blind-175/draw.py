"""Draw the hundred-and-seventy-fifth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes mmexport58499933872418.jpg and truth.json next to this file.
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 3823 (第1818届, 烟台, 鲁东大学, Saturday 3823-10-18), drawn as ONE whole-agenda
PNG 1080 wide (as CLK2022's repository holds one agenda image, imgs/2022clk.png, 1.5 MB) in the
organisers' 2023 family (CLK2023全部议程.png) in its colours a little shifted (navy-black page, cyan titles
and bars, blue company lines, magenta labels), and delivered as a reader passed it on: sent in a WeChat
group and saved by a phone, a JPEG of quality 75 (4:2:0), still 1080 wide, named 'mmexport' + the save
time in milliseconds.  The PNG itself is only measured, never written.  Logo lines, 'CLK' with the year
raised in nested outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin
and the city, '地址：', a lit sphere in arcs, a framed introduction, '大会议程' over a hollow 'AGENDA'; the
morning 主论坛 and CLK2022's three afternoon forums one under another (2023's space before '分论坛', fading
numerals behind the afternoon ones); under each forum's thick bar a HOST line ('主持人：' + name + unit;
2023 prints none), then the 2023 TIMELINE (range, dot on a vertical line, title, 'padded name  company
job' per speaker), a range standing over two talks twice; 开场, a morning 茶歇, 午餐 and an afternoon 茶歇
per forum, a closing bar; '支持单位' / '支持媒体' boxes.
Copied from posters-blind-165/draw.py (165 took them from set 150, and it from sets 141, 129, 117, 105,
103, 97, 90, 86, 78, 72, 68, 59, 43), unchanged: font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
wrap_nicely, ctext, rtext, vgrad, grain (called with noise 0), glow, two_pass, para, fits, WHITE, BANDS,
rng, plain, saturday, REAL_NAMES, K, F, k, slanted, outline_text, fading_numeral, pin, logo, clk_mark,
inline, runs_width, S, T, R, B, truth_slot, forum_truth, CLK2022_FORUMS, pad, split_spaces,
speaker_line, panel_a, is_band, slot, printed_name, dim_box, draw, people, surname_counts,
readme_forums, wrapped_titles, wrapped_affs, COMMON5, COMMON20.  Changed: background (dim violet facets
at the left edge instead of straight streaks, which crossed text), heading (the host line UNDER the bar,
and the timeline's line starting under it), paint (the line's top from heading), check and main (this
set's counts; the JPEG as WeChat saved it).  New: the palette, UNCOMMON and all the data, INTRO, UNITS,
MEDIA, ED, SAVED_MS, saved_ms_ok, FILE, LAYOUT, NOTE, COUNTS, WRAPPED.
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
        for j in range(4):  # dim violet facets at the left edge, behind the range column, as 2023 has them
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            x1 = rnd.randrange(k(150), k(260))
            face = [(0, yy), (x1, yy - k(260)), (x1 - k(40), yy - k(250)), (0, yy - k(40))]
            d.polygon(face, fill=tuple(int(c * 0.45) for c in pal["streak"]))
            d.line(face[:2], fill=pal["streak"], width=k(2))
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
# CLK 3823 (第1818届), 烟台, Saturday 3823-10-18.  As 2023 prints them, a range may stand over two talks
# (shared=True: printed under the range of the talk before it, without range or dot of its own; both talks of
# the group get the group's range in the truth).  Unlike 2023, every forum prints its HOST: on a line of its own
# UNDER the thick bar, before the timeline begins: '主持人：' + the name, and the unit after it.
DATE = "3823-10-18"
FORUMS = [
    {"name": "主论坛", "host": "林海涛", "unit": "鲁东大学信息与电气工程学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [S("王钧平", "鲁东大学副校长")]),
        T("09:20", "09:50", "一套内核支撑五种指令集的工程实践", [S("张立平", "华为操作系统内核首席专家")]),
        T("09:50", "10:20", "Carrying Fewer Out-of-Tree Patches: Notes from an Upstream-First Distribution",
          [S("Lukas Brandstetter", "Red Hat Principal Software Engineer")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "大模型训练集群里的内核问题：RDMA 内存注册、NUMA 亲和与页表开销",
          [S("陈屹峰", "阿里云 内核技术专家"), S("谢雨萌", "阿里云 高级开发工程师")]),
        T("11:05", "11:35", "车规级 Linux：实时性与功能安全的取舍", [S("赵文渊", "理想汽车 系统软件负责人")]),
        T("11:35", "12:05", "RISC-V 服务器进机房之前：SBI 固件、ACPI 与内核的上游协作", [S("吴昱杰", "中国科学院软件研究所 工程师")]),
        R("12:05", "12:50", "圆桌论坛：当每家厂商都有自己的内核分支，上游协作还缺什么",
          S("周雅岚", "统信软件 技术委员会主任"),
          [S("黄志昂", "腾讯云 操作系统负责人"), S("郭明辉", "龙芯中科 内核研发总监"),
           S("冼家荣", "海光信息 软件部经理"), S("刘素芬", "山东大学计算机科学与技术学院教授")]),
        B("12:50", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "杨永强", "unit": "飞腾信息技术 操作系统研发总监", "slots": [
        T("13:30", "14:00", "鲲鹏服务器上 SMT 兄弟线程干扰的度量", [S("刘志锋", "华为 调度子系统工程师")]),
        T("14:00", "14:30", "Why Our Arm Laptop Ran Hot: Fixing Capacity and Frequency Invariance", [S("徐承泽", "联想 系统软件工程师")]),
        T("14:30", "15:00", "RT throttling 导致在线服务周期性卡顿的案例分析", [S("马一骁", "快手 内核工程师")]),
        T("15:00", "15:30", "机密虚拟机里的 vCPU 调度：TDX 场景的观察", [S("曾天宇", "英特尔 虚拟化软件工程师")]),
        T("15:00", "15:30", "CSV 机密虚拟机的 vCPU 热插拔支持", [S("杜宇", "海光信息 系统软件工程师")], shared=True),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "用户态抢占通知：少让锁持有者被调度出去",
          [S("唐文彬", "腾讯 数据库内核工程师"), S("王琮", "腾讯 内核工程师")]),
        T("16:15", "16:45", "Interrupt Affinity and Isolated CPUs: What Still Leaks onto Latency-Critical Cores",
          [S("蔡斌杰", "中兴通讯 操作系统架构师")]),
        T("16:45", "17:15", "申威平台内核移植中的中断控制器与时钟源问题", [S("朱建新", "江南计算技术研究所 高级工程师")]),
        T("17:15", "17:45", "四路 ARM64 服务器上 qspinlock 的 NUMA 公平性", [S("郑书阳", "统信软件内核工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "李春梅", "unit": "OPPO 内存与存储技术总监", "slots": [
        T("13:30", "14:00", "回收空闲页表：为长驻进程省下数百 MB 内存", [S("王晨旭", "字节跳动 内核工程师")]),
        T("14:00", "14:30", "Promoting the Right Pages: Access Sampling for CXL-Attached Memory",
          [S("孙启帆", "浪潮信息 内存技术专家")]),
        T("14:30", "15:00", "SVM 与 HMM 在国产 GPGPU 上的落地",
          [S("蒋宇轩", "壁仞科技 驱动架构师"), S("宋知微", "壁仞科技 软件工程师")]),
        T("15:00", "15:30", "slab 泄漏没有报错：一次生产环境中 kmalloc-512 持续增长的追查", [S("袁楚凡", "美团基础架构内核工程师")],
          nice=True),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "2TB 内存数据库主机上的 NUMA 迁移开销", [S("李澍", "AMD 中国 高级软件工程师")]),
        T("15:45", "16:15", "内存按需归还：virtio-mem 与 free page reporting 在云主机上的对比", [S("周蕾", "移动云 虚拟化工程师")], shared=True),
        T("16:15", "16:45", "冷页主动回收：一个缓存集群的半年数据", [S("许文婧", "京东云 资深工程师")]),
        T("16:45", "17:15", "加速卡驱动的 DMA 映射：SVA 与 map_sg 之争", [S("邓伟民", "华为昇腾计算 驱动工程师")]),
        T("17:15", "17:45", "Per-Call-Site Slab Cache Randomization", [S("程一凡", "蚂蚁集团 安全工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "陈志勤", "unit": "腾讯 存储与网络内核负责人", "slots": [
        T("13:30", "13:55", "NVMe 多路径：块层 dm-multipath 与 native 实现的故障切换时间对比", [S("刘晓宸", "新华三 存储软件工程师")]),
        T("13:55", "14:20", "消息中间件的网络收包：从 epoll 到 io_uring",
          [S("方敬之", "字节跳动 基础架构工程师"), S("彭博", "字节跳动 网络内核工程师")]),
        T("14:20", "14:45", "Finding Who Evicts Whom in the Page Cache", [S("叶天翔", "网易 高级运维开发工程师")]),
        T("14:45", "15:10", "eBPF LSM 在多租户容器平台上的访问控制", [S("庹明", "奇安信 内核安全研究员")]),
        T("15:10", "15:35", "加密盘吞吐瓶颈：dm-crypt 与 inline 加密", [S("罗霁", "vivo 存储内核工程师")]),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "XFS 在线 fsck 上线前我们做了哪些故障注入", [S("潘启明", "麒麟软件 文件系统工程师")]),
        T("16:15", "16:40", "BPF 程序的开销：从 JIT 到 trampoline",
          [S("张瑞林", "浙江大学 副教授"), S("林静怡", "浙江大学 博士研究生")]),
        T("16:40", "17:05", "Congestion Control Written in BPF", [S("韩冬阳", "百度 网络内核工程师")]),
        T("17:05", "17:30", "块设备 IO 延迟的毛刺从哪里来：一次跨层排查", [S("李嘉卉", "小米 存储工程师")]),
        T("17:30", "17:55", "常驻 BPF 探针的 CPU 预算怎么定", [S("邱子墨", "携程 系统运维专家")]),
    ]},
]

INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK），由国内从事 Linux 内核研发的企业、高校和开源社区"
         "共同发起，举办至今已第 1818 届，本届由鲁东大学承办。大会以\u201c自由、协作、创新\u201d为理念，以开源技术的推广"
         "和普及为使命，邀请一线内核开发者、维护者与高校研究者分享上游进展和工程实践。上午为主论坛，下午三个分论坛同时"
         "进行，诚邀广大 Linux 开发者和爱好者参加。")
UNITS = ["鲁东大学", "华为", "阿里云", "腾讯", "字节跳动", "英特尔", "OPPO", "vivo", "龙芯中科",
         "统信软件", "麒麟软件", "飞腾", "蚂蚁集团", "中兴通讯", "浪潮信息"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "阅码场", "内核工匠", "segmentfault"]
# The organisers' 2023 colours, a little shifted: a NAVY-BLACK page with violet and teal glows, CYAN titles, bars
# and numerals, BLUE company-job lines and dots, MAGENTA labels ('主持人：', '嘉宾：'), blue break bands.
PAL = {"bg": ((9, 13, 38), (4, 6, 22)), "title": (56, 232, 216), "aff": (66, 134, 255), "label": (212, 70, 236),
       "line": (44, 88, 200), "dot": (70, 140, 255), "band": (18, 46, 116), "bar": (48, 228, 212),
       "num": (48, 228, 212), "glow1": (118, 52, 220), "glow2": (20, 150, 190), "shadow": (96, 52, 230),
       "streak": (70, 44, 150), "sphere": (96, 64, 226), "core": (206, 176, 255), "clk": (232, 242, 255),
       "intro": (6, 10, 32)}
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
    """A forum's heading in the 2023 form (the name; a big fading numeral behind the afternoon ones; the thick bar),
    then, new against 2023, the HOST on a line of its own UNDER the bar, before the timeline begins: '主持人：'
    (label colour), the padded name (bold white) and, after a gap, the unit (company colour).  The timeline's
    vertical line starts under the host line (f['_ltop']).  Returns the first slot's title top."""
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
    y = ny + k(92)
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    base = y + k(18) + k(62)
    runs = [("主持人：", F(28), pal["label"]), (pad(f["host"]), F(28, True), WHITE), ("\u3000", F(22), WHITE),
            (f["unit"], F(22), pal["aff"])]
    assert runs_width(d, runs) <= X1 - X0, f["unit"]
    inline(d, X0, base, runs)
    f["_ltop"] = base + k(26)
    return base + k(26) + k(62)


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

        for s in f["slots"]:
            y = slot(im, d, ed, X0, X1, LX, CX, y, s)
        bar = y - k(5) if not is_band(f["slots"][-1]) else y - k(62)
        d.line([(LX, f["_ltop"]), (LX, bar)], fill=pal["line"], width=k(2))
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


ED = {"forums": FORUMS, "pal": PAL, "year": "3823", "nth": "第1818届中国", "date_text": "10月18日", "city": "烟台",
      "addr": "地址：鲁东大学 南区图书馆报告厅", "intro": INTRO, "units": UNITS, "media": MEDIA,
      "seed": 17523, "gap": True, "K": 1.0, "W": 1080, "grain": 0.0, "cell": 5,
      "foot": "主办：中国 Linux 内核开发者大会组委会　　承办：鲁东大学"}
# The organisers' PNG is not delivered.  The reader's copy: WeChat sent it in a group re-encoded as a JPEG of quality 75
# (4:2:0, baseline, no metadata) at its own 1080 px width; the phone saved it as WeChat names saved pictures,
# 'mmexport' + the save time in milliseconds (3823-10-16 21:37:52.418 +08:00, two days before the meeting).
SAVED_MS = 58499933872418
FILE = "mmexport%d.jpg" % SAVED_MS


def saved_ms_ok():
    t = datetime.datetime(3823, 10, 16, 21, 37, 52, 418000, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    return int(t.timestamp() * 1000) == SAVED_MS


LAYOUT = (
    "CLK 3823 (第1818届), 烟台, 3823-10-18, as a reader passed it on: the organisers' whole-agenda PNG (%d x %d, "
    "%.2f MB, not delivered) sent in a WeChat group and saved by a phone: a JPEG of quality 75 (4:2:0, baseline, no "
    "EXIF), still 1080 wide, %.2f MB, named as WeChat names saved pictures ('mmexport' + the save time in "
    "milliseconds, 3823-10-16 21:37:52.418 +08:00). ONE whole-agenda image in the organisers' 2023 family at its "
    "measures and type, in the 2023 colours a little shifted: a NAVY-BLACK page with violet and teal glows, dim violet "
    "facets at the left edge, CYAN titles, bars and numerals, BLUE 'company job' lines and dots, MAGENTA labels "
    "('主持人：', '嘉宾：'), blue tea and lunch bands. Header: logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', "
    "'CLK' with '3823' raised in nested rounded outlines, a slanted '第1818届中国' / 'Linux 内核开发者大会', an outlined "
    "box '10月18日' + pin + '烟台' (no year, as 2023), '地址：鲁东大学 南区图书馆报告厅', a lit sphere in arcs, a framed "
    "introduction (the morning is the main forum, three forums in parallel in the afternoon, naming none), '大会议程' "
    "over a hollow 'AGENDA'. Then 主论坛 and CLK2022's three afternoon forums ONE UNDER ANOTHER, the afternoon ones "
    "over fading numerals '01'..'03' and printed with 2023's space before '分论坛'. Each forum: its name, the thick "
    "bar, then UNDER THE BAR, on a line of its own before the timeline begins, the HOST: '主持人：' (magenta), the name "
    "(bold white), a gap, the unit (blue, smaller): 林海涛 '鲁东大学信息与电气工程学院院长', 杨永强 '飞腾信息技术 "
    "操作系统研发总监', 李春梅 'OPPO 内存与存储技术总监', 陈志勤 '腾讯 存储与网络内核负责人'. The 2023 timeline: range (30 "
    "px bold white) at the left, a dot on a thin vertical line, the cyan title (30 px bold), per speaker 'padded name  "
    "company job' (28 / 20 px), two speakers on two lines; a range printed once over two talks twice, the second "
    "talk without range or dot. 主论坛: '09:00-09:05 开场' (no speaker), '09:05-09:20 开幕致辞' by 王钧平 "
    "(鲁东大学副校长), 张立平, the LATIN speaker Lukas Brandstetter ('Red Hat Principal Software Engineer') under "
    "'Carrying Fewer Out-of-Tree Patches: Notes' / 'from an Upstream-First Distribution', a 茶歇 band 10:20-10:35, "
    "陈屹峰 over 谢雨萌 (both 阿里云), 赵文渊, 吴昱杰 ('RISC-V 服务器进机房之前：SBI 固件、ACPI 与内核' / '的上游协作'), "
    "the ROUND TABLE '圆桌论坛：当每家厂商都有自己的内核分支，上游协' / '作还缺什么' (12:05-12:50) with '主持人：' and "
    "'嘉宾：' on lines of their own (周雅岚; 黄志昂, 郭明辉, 冼家荣, 刘素芬), a 午餐 band 12:50-13:30. "
    "处理器架构与调度分论坛 13:30-17:45 (30-minute talks, 茶歇 15:30-15:45): '15:00-15:30' over 曾天宇 (TDX, 英特尔) "
    "and then 杜　宇 (CSV, 海光信息); 唐文彬 over 王　琮 (both 腾讯); two English titles over two lines. "
    "内存管理与异构计算分论坛 13:30-17:45 (茶歇 15:30-15:45): 蒋宇轩 over 宋知微 (both 壁仞科技); 'slab 泄漏没有报错：' / "
    "'一次生产环境中 kmalloc-512 持续增长的追查' (broken after its colon); '15:45-16:15' over 李　澍 (AMD 中国) and then "
    "周　蕾 ('内存按需归还：virtio-mem 与 free page' / 'reporting 在云主机上的对比', 移动云). IO 与 ebpf 分论坛 "
    "13:30-17:55 (25-minute talks, 茶歇 15:35-15:50): 'NVMe 多路径：块层 dm-multipath 与 native 实现' / "
    "'的故障切换时间对比'; 方敬之 over 彭　博 (both 字节跳动); 庹　明 (奇安信); 张瑞林 over 林静怡 (both 浙江大学); "
    "邱子墨 (携程) last. Fifteen '支持单位' boxes over a hollow 'SUPPORT', seven '支持媒体' boxes over a hollow 'MEDIA', "
    "the foot line '主办：中国 Linux 内核开发者大会组委会　　承办：鲁东大学'. %s talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 141, 146, 150, 165): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('杜　宇' -> '杜宇', '庹　明' -> '庹明', 'Lukas "
    "Brandstetter' -> 'LukasBrandstetter'); host is the chair printed for the forum covering the slot, null for "
    "breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, in "
    "printed order; affiliations are the printed 'company job' exactly, run-together ones kept as printed "
    "('鲁东大学副校长', '华为操作系统内核首席专家', '统信软件内核工程师', '美团基础架构内核工程师', "
    "'山东大学计算机科学与技术学院教授'); an opening speech printed with a speaker ('开幕致辞') is a talk, '开场' without a "
    "speaker a break; 茶歇 and 午餐 are breaks; '午餐' closes 主论坛 as its break; a forum that prints no break after its "
    "last slot ends with it; every forum carries the edition's date. ONE invented edition, CLK 3823 (第1818届, 烟台, "
    "鲁东大学, Saturday 3823-10-18), drawn as ONE whole-agenda PNG 1080 wide in the organisers' 2023 family (as CLK2022's "
    "repository holds ONE agenda image, imgs/2022clk.png) with CLK2022's four README forum names in README order, one "
    "under another, and delivered as a reader passed it on: sent in a WeChat group and saved by a phone, a JPEG of "
    "quality 75 at 1080 wide named 'mmexport' + the save time in milliseconds (3823-10-16, two days BEFORE the meeting: "
    "the file name's time is no date of the meeting). One entry holding its four forums in printed order. Headers, "
    "logo lines, the introduction, the address, the date box, the hollow 'AGENDA', 'SUPPORT' and 'MEDIA', support "
    "units, media and the foot line '主办：… 承办：鲁东大学' are never part of a name, a title or a slot; the numerals "
    "'01'..'03' are no part of a forum's name. Judgement calls: (1) FORUM NAMES are CLK2022's README link texts exactly "
    "('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'); the headings print a space before '分论坛' as the 2023 "
    "image prints its own ('处理器架构与调度 分论坛', '内存管理与异构计算 分论坛'): the forum is still the README name, "
    "without that space. (2) HOSTS: each forum prints its host on a line of its own UNDER the thick bar, before the "
    "timeline's first slot: '主持人：' + name + unit (林海涛, 杨永强, 李春梅, 陈志勤); every talk and the round table of "
    "that forum carry that host, breaks none; the unit after the host's name is no affiliation of anybody and the "
    "line is no slot (it is not the first talk's speaker line: it stands left of the timeline, before any range). The "
    "round table's own '主持人：' (周雅岚), printed inside the timeline under the round table's title, is its moderator, "
    "a speaker of that slot, not the forum's host. (3) SHARED RANGES, as 2023 prints them: a range printed once over "
    "two talks (the second with no range and no dot) gives BOTH talks that range, and each is its own talk with its "
    "own speaker, never a second speaker or a continuation of the talk above it: 处理器架构与调度分论坛 15:00-15:30 "
    "曾天宇, then 杜宇; 内存管理与异构计算分论坛 15:45-16:15 李澍, then 周蕾. So starts repeat inside a forum. (4) The "
    "round table is ONE slot of kind 'panel': its speakers are the moderator first (周雅岚), then the FOUR guests in "
    "printed order (黄志昂, 郭明辉, 冼家荣, 刘素芬), one affiliation each; the title keeps '圆桌论坛：'; '主持人：' and "
    "'嘉宾：' are labels. (5) Two speakers of one talk stand on two lines, each with the 'company job' of his own line "
    "(陈屹峰/谢雨萌, 唐文彬/王琮, 蒋宇轩/宋知微, 方敬之/彭博, 张瑞林/林静怡). (6) Titles wrapped over two lines are one "
    "title: Latin words joined with a space ('Carrying Fewer Out-of-Tree Patches: Notes from an Upstream-First "
    "Distribution', 'Why Our Arm Laptop Ran Hot: Fixing Capacity and Frequency Invariance', 'Interrupt Affinity and "
    "Isolated CPUs: What Still Leaks onto Latency-Critical Cores', 'Promoting the Right Pages: Access Sampling for "
    "CXL-Attached Memory', '内存按需归还：virtio-mem 与 free page reporting 在云主机上的对比'), Chinese broken greedily, "
    "also inside a word, joined without anything ('…上游协' / '作还缺什么', '…ACPI 与内核' / '的上游协作', '…native 实现' / "
    "'的故障切换时间对比'), nothing added after '、' or a full-width '：' ('…内存注册、' / 'NUMA 亲和与页表开销' -> "
    "'…内存注册、NUMA 亲和与页表开销'; 'slab 泄漏没有报错：' / '一次生产环境中 kmalloc-512 持续增长的追查'). (7) The 2023 "
    "image prints no lunch and no morning tea; the 午餐 band and the morning 茶歇 band are the designer's additions (the "
    "brief asks for tea and lunch). (8) The afternoon forums end at different times (17:45, 17:45, 17:55); each ends "
    "with its last talk. (9) The date box prints '10月18日' without a year, as 2023's does; the year is the '3823' of "
    "the CLK mark. Surnames in a real programme's proportions: 13 of the 47 Chinese people (hosts, moderator and guests "
    "included) bear one of the five commonest (王, 李, 张, 刘, 陈), 27 one of the twenty the brief names, two a rare one "
    "(冼家荣, a guest of the round table; 庹明, a speaker of IO 与 ebpf 分论坛). One Latin-lettered speaker (Lukas "
    "Brandstetter); seven English-only titles; five two-speaker talks.")
COUNTS = "7 + 9 + 9 + 10"
WRAPPED = [
    ["Carrying Fewer Out-of-Tree Patches: Notes", "from an Upstream-First Distribution"],
    ["大模型训练集群里的内核问题：RDMA 内存注册、", "NUMA 亲和与页表开销"],
    ["RISC-V 服务器进机房之前：SBI 固件、ACPI 与内核", "的上游协作"],
    ["圆桌论坛：当每家厂商都有自己的内核分支，上游协", "作还缺什么"],
    ["Why Our Arm Laptop Ran Hot: Fixing Capacity", "and Frequency Invariance"],
    ["Interrupt Affinity and Isolated CPUs: What Still", "Leaks onto Latency-Critical Cores"],
    ["Promoting the Right Pages: Access Sampling", "for CXL-Attached Memory"],
    ["slab 泄漏没有报错：", "一次生产环境中 kmalloc-512 持续增长的追查"],
    ["内存按需归还：virtio-mem 与 free page", "reporting 在云主机上的对比"],
    ["NVMe 多路径：块层 dm-multipath 与 native 实现", "的故障切换时间对比"],
]


COMMON5 = "王李张刘陈"  # the five commonest surnames: about three Chinese in ten
COMMON20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = "冼庹"  # the set's rare surnames, one now and then


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
                assert len(s["speakers"]) == 5, s
        starts = [s["start"] for s in f["slots"]]
        assert f["forum"] == "主论坛" and starts[0] == "09:00" or f["forum"] != "主论坛" and starts[0] == "13:30"
        assert sum(s["title"] == "茶歇" for s in f["slots"]) == 1, f["forum"]
        assert f["forum"] == "主论坛" or f["slots"][-1]["kind"] == "talk"
    assert [f["slots"][-1]["end"] for f in poster["forums"]] == ["13:30", "17:45", "17:45", "17:55"]
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
    buf = io.BytesIO()  # the organisers' PNG, only measured (the real imgs/2022clk.png weighs 1,502,613 bytes)
    im.save(buf, "PNG", optimize=True)
    png_size = len(buf.getvalue())
    assert 1_000_000 <= png_size <= 1_800_000, png_size
    path = os.path.join(HERE, FILE)
    im.save(path, "JPEG", quality=75, subsampling=2, optimize=False, progressive=False)
    jpg_size = os.path.getsize(path)
    print("organisers' PNG (not written) %d x %d %d bytes; %s %d bytes" % (im.size + (png_size, FILE, jpg_size)))
    assert saved_ms_ok()
    with Image.open(path) as back:
        assert back.size == im.size and back.format == "JPEG" and not back.info.get("exif"), back.info
    assert 400_000 <= jpg_size <= 3_000_000, jpg_size
    forums = forum_truth(FORUMS, DATE)
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in forums)
    poster = {"file": FILE, "layout": LAYOUT % (im.size + (png_size / 1e6, jpg_size / 1e6, counts)), "date": DATE,
              "forums": forums}
    n = check(poster)
    print("scored talks", n, counts, "surnames (chinese, top5, top20, rare)", surname_counts())
    for tl in wrapped_titles():
        print("wrapped", tl)
    assert 32 <= n <= 44, n
    assert counts == COUNTS, counts
    assert wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [], wrapped_affs()
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
