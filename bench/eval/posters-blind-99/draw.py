"""Draw the ninety-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes 2991clk.png, 2992clk.png and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the pictures
cannot drift apart.  Randomness only from seeded Random instances.

CLK2022's repository holds ONE agenda image, imgs/2022clk.png (a 1.5 MB PNG, not seen), and its
README names four forums.  This set draws two plausible versions of such an image for two invented
editions, each a long PNG 1080 wide of 1.0 to 1.6 MB with CLK2022's four forum names, in the
organisers' family (the 2023 near-black image and the 2024 royal-blue full agenda) the way a
designer might have drawn it BEFORE settling on the 2023 timeline:
  CLK 2991 (第986届, 常德): a NEAR-BLACK NAVY page; each forum a shaded rounded PANEL whose
    gradient heading strip holds the forum's name at the left and '主持人：name' over the unit at
    the right; each talk a row: the range in an outlined PILL at the left, the cyan title, and
    'padded name  company job' per speaker; breaks with a filled pill; a round table with small
    '主持' / '嘉宾' tags.
  CLK 2992 (第987届, 鞍山): a ROYAL-BLUE page; each forum under a slanted white TAB (numbered boxes
    '01'..'03' before the afternoon ones) with '主持人：name　unit' on the line under it; the talks
    as a TABLE: a dark time cell at the left (morning times printed without a leading zero,
    '9:10-9:20'), the title and 'name  company job' in a lighter cell; one talk prints two speakers
    of one company on one line ('钟立、郁敏　company job').
Helpers font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad,
grain, glow, two_pass, para, fits, WHITE, MEALS, rng, plain, saturday, REAL_NAMES (one name
added), F, k, slanted, outline_text, pin, logo, inline, runs_width, S, R, B, truth_slot,
forum_truth, pad, people and parts of check and main are copied or adapted from
posters-blind-97/draw.py (itself from sets 90, 86, 78, 72, 68, 59, 43); qrcode, cup and bowl from
posters-blind-59/draw.py; T, R and B gained a 'joint' key; the rest is new.
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
    "巫强", "聂诚", "余昇锦", "唐辉", "祝嘉", "张子扬",
    "KuzinArtem"]  # + the Latin name read in this helper's crop of the 2024 whole agenda


# ===========================================================================
# Scale helpers (this set paints at 1.0 only).

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



def inline(d, x, base, runs):
    """Runs of (text, font, colour) on one baseline from x; returns the x after the last."""
    for text, f, col in runs:
        d.text((x, base), text, font=f, fill=col, anchor="ls")
        x += tw(d, text, f)
    return x


def runs_width(d, runs):
    return sum(tw(d, t, f) for t, f, _ in runs)


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


# ===========================================================================
# New drawing helpers.
def shade(im, box, col, alpha, radius=0):
    """Lay a translucent rounded box of colour col over what is already painted."""
    x0, y0, x1, y1 = [int(round(v)) for v in box]
    if x1 <= x0 or y1 <= y0:
        return
    region = im.crop((x0, y0, x1, y1))
    mixed = Image.blend(region, Image.new("RGB", region.size, col), alpha)
    mask = Image.new("L", region.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, region.size[0] - 1, region.size[1] - 1], radius=radius, fill=255)
    im.paste(mixed, (x0, y0), mask)


def hgrad(w, h, c1, c2):
    im = Image.new("RGB", (w, h), c1)
    d = ImageDraw.Draw(im)
    for x in range(w):
        t = x / max(1, w - 1)
        d.line([(x, 0), (x, h)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))
    return im


def paste_shape(im, x, y, grad, shape):
    """Paste a gradient picture at (x, y) through a mask drawn by shape(draw, w, h)."""
    mask = Image.new("L", grad.size, 0)
    shape(ImageDraw.Draw(mask), grad.size[0], grad.size[1])
    im.paste(grad, (int(x), int(y)), mask)


def tm(t, short):
    """A time as printed: '09:10', or '9:10' where the edition drops the leading zero."""
    return t[1:] if short and t.startswith("0") else t


def range_text(ed, s):
    return "%s-%s" % (tm(s["start"], ed["short_times"]), tm(s["end"], ed["short_times"]))


def speaker_line(d, ed, x, y, name, aff, right, nsize=26, asize=21):
    """'name  company job' on one line whose top is y: the name bold, then the company-job line in the
    company colour after a gap.  Returns the next line's top."""
    pal = ed["pal"]
    nf, af = F(nsize, True), F(asize)
    shown = pad(name) if ed["pad"] else name
    d.text((x, y + 31), shown, font=nf, fill=pal["name"], anchor="ls")
    ax = x + max(tw(d, shown, nf), tw(d, "国国国", nf)) + 20
    d.text((ax, y + 30), fits(d, aff, af, right - ax), font=af, fill=pal["aff"], anchor="ls")
    return y + 42


def tag(d, x, y, text, fill, ink):
    """A small filled tag ('主持', '嘉宾') at the left of a round-table line whose top is y."""
    f = F(18, True)
    w = tw(d, text, f) + 18
    d.rounded_rectangle([x, y + 6, x + w, y + 36], radius=6, fill=fill)
    d.text((x + w / 2, y + 21), text, font=f, fill=ink, anchor="mm")
    return w


# ===========================================================================
# Data.  S(name, 'company job' as printed); T a talk (joint=True: its two speakers of one company printed
# on ONE line, names joined by '、', the company-job line once); R a round table (kind 'panel':
# moderator, then the guests in printed order); B a break.
def S(name, affiliation):
    return {"name": name, "aff": affiliation}


def T(start, end, title, speakers, joint=False):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "joint": joint}


def R(start, end, title, moderator, guests):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests, "joint": False}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "joint": False}


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": plain(host) if s["kind"] != "break" else None}


def forum_truth(forums, date):
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f["host"]) for s in f["slots"]]}
            for f in forums]


def pad(name):
    """2023 pads a two-character Chinese name to the width of three ('郑　琦'); Latin names stay as they are."""
    if len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name):
        return name[0] + "\u3000" + name[1]
    return name


# CLK2022's four forum names as its README prints them (the link texts), printed so on both pictures
CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]

# ---------------------------------------------------------------------------
# 1. CLK 2991 (第986届), 常德, Saturday 2991-10-22: near-black navy, forum panels with a heading strip.
DATE_A = "2991-10-22"
FORUMS_A = [
    {"name": "主论坛", "host": "郄文涛", "unit": "湖南文理学院 计算机与电气工程学院院长", "slots": [
        B("08:30", "09:00", "签到"),
        T("09:00", "09:15", "开幕致辞", [S("黎国平", "湖南文理学院 副校长")]),
        T("09:15", "09:50", "国产服务器平台上的内核长期维护：经验与挑战", [S("鲁志远", "华为 操作系统内核首席专家")]),
        T("09:50", "10:25", "Upstream First: How We Carry Fewer Out-of-Tree Patches",
          [S("Arnaud Fontaine", "SUSE Distinguished Engineer")]),
        B("10:25", "10:40", "茶歇"),
        T("10:40", "11:15", "云原生场景下的内核隔离能力：cgroup v2 全面落地实践",
          [S("孟庆宇", "阿里云 操作系统高级技术专家"), S("邬佳琪", "阿里云 内核研发工程师")]),
        R("11:15", "12:00", "圆桌论坛：国产 CPU 时代的内核生态如何共建",
          S("谯晓峰", "开放原子开源基金会 技术运营总监"),
          [S("丁宏亮", "龙芯中科 系统软件部总监"), S("邵岚", "飞腾信息技术 操作系统生态负责人"),
           S("严立群", "海光信息 软件研发总监"), S("蒋潇", "中南大学 计算机学院教授")]),
        B("12:00", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "温建军", "unit": "字节跳动 调度技术专家", "slots": [
        T("13:30", "14:10", "CFS 带宽控制在容器突发负载下的节流问题分析", [S("沈佳伟", "字节跳动 内核工程师")]),
        T("14:10", "14:50", "LoongArch 平台的异常处理与上下文切换优化", [S("喻晨曦", "龙芯中科 内核开发工程师")]),
        T("14:50", "15:30", "Core Scheduling on Arm64 Servers", [S("洪海波", "Arm 主任软件工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:25", "大小核手机平台的任务放置与能效权衡",
          [S("欧阳可欣", "OPPO 高级内核工程师"), S("祁天明", "OPPO 内核工程师")]),
        T("16:25", "17:05", "PREEMPT_RT 实时补丁在工业控制器上的确定性验证",
          [S("包振华", "中国科学院沈阳计算技术研究所 副研究员")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "琚雅婷", "unit": "腾讯 TencentOS 内存团队负责人", "slots": [
        T("13:30", "14:10", "基于多代 LRU 的页面回收在数据库场景的调优", [S("宫鹏飞", "腾讯云 数据库内核工程师")]),
        T("14:10", "14:50", "面向 AI 加速卡的设备内存管理框架设计", [S("柴文博", "燧原科技 系统软件架构师")]),
        T("14:50", "15:30", "透明大页在 ARM64 上的 TLB 压力与缓解方案", [S("卓明川", "荣耀 内存子系统工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:25", "内存分层：CXL 扩展内存的热度识别与页面迁移",
          [S("房景瑜", "浪潮信息 内核研发工程师"), S("单思琪", "浙江大学 博士研究生")]),
        T("16:25", "17:05", "KSM 在虚拟化高密度场景下的收益与代价", [S("甄宏伟", "中国移动云能力中心 虚拟化工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "常瑞峰", "unit": "美团 基础架构技术专家", "slots": [
        T("13:30", "14:10", "io_uring 在分布式存储客户端中的批量提交优化", [S("邢远舟", "京东云 存储工程师")]),
        T("14:10", "14:50", "基于 eBPF 的容器网络可观测性：从指标到根因", [S("倪晓晨", "蚂蚁集团 可观测性工程师")]),
        T("14:50", "15:30", "NVMe 多队列在高并发小 IO 下的中断亲和调优", [S("霍启新", "新华三 存储研发工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:25", "BPF LSM 在主机安全防护中的应用", [S("柯桐", "奇安信 安全研究员")]),
        T("16:25", "17:05", "块设备层的 IO 优先级与 cgroup 权重控制", [S("麦文杰", "vivo 存储内核工程师")]),
    ]},
]
INTRO_A = ("中国 Linux 内核开发者大会（CLK）是国内 Linux 内核领域的技术盛会，至今已举办 986 届，由清华大学、华为、"
           "阿里云、腾讯、字节跳动、OPPO、vivo、龙芯中科等企业和高校共同发起。本届大会由湖南文理学院承办，上午为主论坛，"
           "下午三个分论坛同时进行，全程线上同步直播，诚邀广大 Linux 内核开发者和爱好者参加。")
UNITS_A = ["湖南文理学院", "清华大学", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "龙芯中科", "蚂蚁集团",
           "美团", "浪潮信息"]
PAL_A = {"bg": ((12, 18, 48), (5, 7, 22)), "title": (98, 226, 238), "name": WHITE, "aff": (150, 186, 228),
         "label": (255, 188, 84), "line": (40, 150, 176), "strip": ((0, 150, 178), (70, 78, 214)),
         "panel": (14, 28, 70), "edge": (46, 118, 170), "glow1": (40, 90, 255), "glow2": (0, 190, 200),
         "shadow": (34, 82, 210), "streak": (30, 60, 130), "dash": (40, 84, 120)}

# ---------------------------------------------------------------------------
# 2. CLK 2992 (第987届), 鞍山, Saturday 2992-10-27: royal blue, slanted forum tabs, a time-cell table.
DATE_B = "2992-10-27"
FORUMS_B = [
    {"name": "主论坛", "host": "檀晓光", "unit": "辽宁科技大学 计算机与软件工程学院副院长", "slots": [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:20", "嘉宾致辞", [S("贾志宏", "辽宁科技大学 副校长")]),
        T("09:20", "10:00", "操作系统内核在智能汽车中的角色与挑战", [S("鲍伟东", "蔚来 操作系统首席架构师")]),
        T("10:00", "10:40", "Kernel Live Patching at Fleet Scale: Tooling and Pitfalls",
          [S("Novikov Dmitry", "Red Hat Principal Software Engineer")]),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:35", "openEuler 内核在多样性算力上的统一资源管理框架",
          [S("管鹏", "华为 openEuler 内核架构师"), S("许晴岚", "华为 操作系统内核专家")]),
        T("11:35", "12:10", "RISC-V 服务器生态的内核就绪度评估", [S("庞志刚", "中国科学院软件研究所 研究员")]),
        B("12:10", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "雷振邦", "unit": "海光信息 系统软件总监", "slots": [
        T("13:30", "14:10", "海光平台 CSV 机密虚拟机的内核支持现状", [S("缑伟", "海光信息 虚拟化工程师")]),
        T("14:10", "14:50", "Per-CPU 计数器的可扩展性改进与锁消除", [S("汤志勇", "阿里云 内核工程师")]),
        T("14:50", "15:30", "Energy-Aware Scheduling on Heterogeneous SoCs", [S("叶思衡", "小米 系统性能专家")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "调度延迟的在线画像：基于 schedstat 与 perf 的联合分析",
          [S("戈明哲", "快手 性能优化工程师"), S("于佳慧", "快手 内核工程师")]),
        T("16:30", "17:10", "x86 混合架构处理器的 ITMT 调度支持", [S("邹建峰", "英特尔 软件架构师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "蒲晓蕙", "unit": "字节跳动 内存团队技术专家", "slots": [
        T("13:30", "14:10", "基于 userfaultfd 的虚拟机后拷贝热迁移实践", [S("姜沐楠", "天翼云 虚拟化工程师")]),
        T("14:10", "14:50", "GPU 显存超分与统一虚拟寻址的协同管理",
          [S("钟立", "摩尔线程 驱动工程师"), S("郁敏", "摩尔线程 驱动工程师")], joint=True),
        T("14:50", "15:30", "移动设备上的内存碎片治理与 compaction 调优", [S("冷雪松", "荣耀 内核工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "NUMA 自动平衡在大内存数据库主机上的副作用分析", [S("符嘉诚", "PingCAP 数据库内核工程师")]),
        T("16:30", "17:10", "slab 分配器的内存开销测量与精简", [S("尚文博", "统信软件 内核开发工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "赖志明", "unit": "网易 系统内核专家", "slots": [
        T("13:30", "14:10", "ext4 快速提交机制在日志型负载下的表现", [S("岑晓霞", "SmartX 存储内核工程师")]),
        T("14:10", "14:50", "eBPF 程序的可移植性：CO-RE 与 BTF 实战经验", [S("卞海龙", "字节跳动 系统工程师")]),
        T("14:50", "15:30", "Tracing Writeback Stalls with BPF", [S("易飞", "vivo 存储系统工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "用 XDP 重写四层负载均衡网关的收益与代价", [S("商宇", "美团 网络内核工程师")]),
        R("16:30", "17:20", "圆桌讨论：存储栈的下一个十年",
          S("全敬远", "开源中国 社区运营总监"),
          [S("项云飞", "腾讯云 存储技术专家"), S("冀晓彤", "华为 文件系统专家"), S("毛一鸣", "清华大学 计算机系副教授")]),
    ]},
]
UNITS_B = ["辽宁科技大学", "华为", "阿里云", "腾讯云", "字节跳动", "小米", "海光信息", "统信软件", "英特尔",
           "蚂蚁集团", "网易", "摩尔线程"]
MEDIA_B = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "51CTO"]
PAL_B = {"bg": ((30, 84, 226), (10, 34, 138)), "title": WHITE, "name": (255, 222, 118), "aff": (196, 218, 255),
         "label": (255, 214, 90), "tab": ((255, 255, 255), (120, 226, 255)), "ink": (16, 44, 150),
         "cell": (6, 24, 100), "row": (255, 255, 255), "glow1": (80, 170, 255), "glow2": (40, 230, 255),
         "streak": (70, 130, 240)}


# ===========================================================================
# Painting CLK 2991: forum panels with a gradient heading strip; each talk a row with an outlined range pill.
W = 1080
XA0, XA1 = 56, 1024          # the panels' edges
LXA, CXA, RXA = 84, 318, 996  # range pill, title column, right edge of the text


def rows_a(im, d, ed, y, f):
    """The rows of one forum from y (the first row's top).  Returns the y under the last row."""
    pal = ed["pal"]
    tf, pf = F(30, True), F(24, True)
    for n, s in enumerate(f["slots"]):
        if n:
            for x in range(LXA, RXA, 14):  # a dashed rule between rows
                d.line([(x, y), (x + 7, y)], fill=pal["dash"], width=2)
            y += 26
        rt = range_text(ed, s)
        if s["kind"] == "break":
            d.rounded_rectangle([LXA, y, LXA + 208, y + 44], radius=22, fill=pal["label"])
            d.text((LXA + 104, y + 22), rt, font=pf, fill=pal["bg"][1], anchor="mm")
            d.text((CXA, y + 22), s["title"], font=tf, fill=pal["label"], anchor="lm")
            if s["title"] in MEALS:
                (cup if s["title"] == "茶歇" else bowl)(d, CXA + tw(d, s["title"], tf) + 18, y + 6, pal["label"], 1.0)
            y += 44 + 26
            continue
        d.rounded_rectangle([LXA, y, LXA + 208, y + 44], radius=22, outline=pal["title"], width=2)
        d.text((LXA + 104, y + 22), rt, font=pf, fill=WHITE, anchor="mm")
        tl = wrap_nicely(d, s["title"], tf, RXA - CXA)
        s["_tl"] = tl
        for ln in tl:
            d.text((CXA, y + 2), ln, font=tf, fill=pal["title"])
            y += 46
        y += 4
        if s["kind"] == "panel":
            mod, guests = s["sp"][0], s["sp"][1:]
            gx = CXA + tag(d, CXA, y, "主持", pal["label"], pal["bg"][1]) + 14
            y = speaker_line(d, ed, gx, y, mod["name"], mod["aff"], RXA)
            tag(d, CXA, y, "嘉宾", pal["label"], pal["bg"][1])
            for g in guests:
                y = speaker_line(d, ed, gx, y, g["name"], g["aff"], RXA)
        else:
            for sp in s["sp"]:
                y = speaker_line(d, ed, CXA, y, sp["name"], sp["aff"], RXA)
        y += 22
    return y


def forum_a(im, d, ed, y, f):
    """A forum's panel from y: the heading strip (name left, host and unit right), the shaded body."""
    pal = ed["pal"]
    scratch = Image.new("RGB", (W, 8))
    bottom = rows_a(scratch, ImageDraw.Draw(scratch), ed, y + 112 + 34, {"slots": [dict(s) for s in f["slots"]]}) + 16
    shade(im, [XA0, y + 40, XA1, bottom], pal["panel"], 0.62, 20)
    d.rounded_rectangle([XA0, y + 40, XA1, bottom], radius=20, outline=pal["edge"], width=2)
    paste_shape(im, XA0, y, hgrad(XA1 - XA0, 112, *pal["strip"]),
                lambda m, w, h: m.rounded_rectangle([0, 0, w - 1, h - 1], radius=20, fill=255))
    nf = F(40, True)
    d.text((XA0 + 30, y + 56), f["name"], font=nf, fill=WHITE, anchor="lm")
    runs = [("主持人：", F(22), (255, 236, 190)), (pad(f["host"]), F(28, True), WHITE)]
    hx = XA1 - 30 - runs_width(d, runs)
    uf = F(19)
    ux = XA1 - 30 - tw(d, f["unit"], uf)
    assert min(hx, ux) > XA0 + 30 + tw(d, f["name"], nf) + 40, ("host block too close", f["name"])
    inline(d, hx, y + 50, runs)
    d.text((ux, y + 86), f["unit"], font=uf, fill=(220, 236, 255), anchor="ls")
    end = rows_a(im, d, ed, y + 112 + 34, f)
    assert end + 16 == bottom
    return bottom


def header_a(im, d, ed):
    pal = ed["pal"]
    logo(d, XA0, 40, pal)
    rtext(d, XA1, 46, ed["school"], F(30, True), WHITE)
    rtext(d, XA1, 88, ed["school_en"], F(14, True), (190, 204, 236))
    slanted(im, XA0, 190, ed["nth"], F(82, True), WHITE, pal["shadow"])
    slanted(im, XA0, 290, "Linux内核开发者大会", F(82, True), WHITE, pal["shadow"])
    # the date pill, a pin and the city; the CLK ring at the right
    df = F(32, True)
    pw = tw(d, ed["date_text"], df) + 56
    d.rounded_rectangle([XA0, 440, XA0 + pw, 500], radius=30, fill=pal["title"])
    d.text((XA0 + pw / 2, 470), ed["date_text"], font=df, fill=pal["bg"][1], anchor="mm")
    pin(d, XA0 + pw + 26, 456, WHITE, pal["bg"][0], 26)
    d.text((XA0 + pw + 62, 470), ed["city"], font=df, fill=WHITE, anchor="lm")
    d.text((XA0, 530), ed["addr"], font=F(28, True), fill=WHITE)
    cx, cy = 918, 470
    for i in range(4):
        r = 78 + i * 10
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=tuple(int(c * (0.9 - i * 0.2)) for c in pal["title"]),
                  width=3 if i == 0 else 2)
    d.text((cx, cy - 14), "CLK", font=F(48, True), fill=WHITE, anchor="mm")
    d.text((cx, cy + 30), ed["year"], font=F(26, True), fill=pal["title"], anchor="mm")
    # the introduction in a thin frame
    top = 620
    y = para(d, XA0 + 30, top + 28, ed["intro"], F(22), (214, 222, 240), XA1 - XA0 - 60, 40) + 16
    d.rectangle([XA0, top, XA1, y], outline=tuple(int(c * 0.5) for c in pal["title"]), width=2)
    y += 70
    outline_text(im, W / 2, y + 6, "AGENDA", F(104, True), tuple(int(c * 0.45) for c in pal["title"]))
    f64 = F(64, True)
    slanted(im, W / 2 - tw(d, "大会议程", f64) / 2, y + 20, "大会议程", f64, WHITE, pal["shadow"])
    return y + 190


def footer_a(im, d, ed, y):
    pal = ed["pal"]
    y += 30
    ctext(d, W / 2, y, "支持单位", F(44, True), WHITE)
    y += 90
    bw, bh, gap = 220, 74, 22
    x0 = (W - (4 * bw + 3 * gap)) / 2
    for i, u in enumerate(ed["units"]):
        x, yy = x0 + (i % 4) * (bw + gap), y + (i // 4) * (bh + gap)
        d.rounded_rectangle([x, yy, x + bw, yy + bh], radius=10, outline=pal["edge"], width=2)
        d.text((x + bw / 2, yy + bh / 2), u, font=F(24, True), fill=(226, 236, 250), anchor="mm")
    y += 3 * (bh + gap) + 50
    qrcode(d, W / 2 - 110, y, 220, ed["seed"])
    y += 240
    ctext(d, W / 2, y, "扫码进入直播间", F(26, True), pal["title"])
    y += 50
    ctext(d, W / 2, y, ed["organiser"], F(22), (180, 196, 226))
    return y + 110


def paint_a(im, d, ed):
    y = header_a(im, d, ed)
    for i, f in enumerate(ed["forums"]):
        if i == 1:
            y += 20
            ctext(d, W / 2, y, ed["afternoon"], F(28, True), ed["pal"]["label"])
            y += 70
        y = forum_a(im, d, ed, y, f) + 56
    return footer_a(im, d, ed, y)


def background_a(ed):
    pal = ed["pal"]

    def bg(w, h):
        im = vgrad(w, h, *pal["bg"])
        im = glow(im, w - 100, 260, 420, pal["glow1"], 0.5)
        im = glow(im, 80, 900, 300, pal["glow2"], 0.22)
        for j, yy in enumerate(range(2200, h - 600, 1700)):
            im = glow(im, w - 30 if j % 2 else 30, yy, 360, pal["glow1"] if j % 2 else pal["glow2"], 0.2)
        d = ImageDraw.Draw(im)
        rnd = random.Random(ed["seed"])
        for i in range(10):  # arcs behind the header, as the 2023 image swirls
            r = 260 + i * 26
            d.arc([w - 200 - r * 1.5, 420 - r * 0.55, w - 200 + r * 1.5, 420 + r * 0.55], 170 + i * 4, 350,
                  fill=tuple(int(c * (0.6 - i * 0.04)) for c in pal["glow2"]), width=2)
        for j in range(5):  # faint streaks at the sides
            yy = rnd.randrange(1500, max(1600, h - 1200))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - 240), yy - 280)], fill=pal["streak"], width=3)
        return grain(im, ed["seed"], ed["grain"], ed["cell"])
    return bg


# ===========================================================================
# Painting CLK 2992: slanted forum tabs, the host line under them, the talks as a table of rows.
XB0, XB1 = 48, 1032   # the table's edges
TCB = XB0 + 214       # the right edge of the time cell
CXB, RXB = TCB + 26, XB1 - 24


def row_b(im, d, ed, y, s, n):
    """One table row from y.  Returns the next row's top."""
    pal = ed["pal"]
    tf = F(29, True)
    rt = range_text(ed, s)
    if s["kind"] == "break" and s["title"] in MEALS:
        h = 74
        shade(im, [XB0, y, XB1, y + h], pal["row"], 0.24)
        d.text(((XB0 + TCB) / 2, y + h / 2), rt, font=F(28, True), fill=WHITE, anchor="mm")
        lf = F(30, True)
        cx = (TCB + XB1) / 2
        (cup if s["title"] == "茶歇" else bowl)(d, cx - tw(d, s["title"], lf) / 2 - 52, y + 20, WHITE, 1.0)
        d.text((cx, y + h / 2), s["title"], font=lf, fill=WHITE, anchor="mm")
        return y + h + 6
    # measure the content, then paint the cells under it
    tl = wrap_nicely(d, s["title"], tf, RXB - CXB)
    s["_tl"] = tl
    lines = len(tl) * 44
    if s["kind"] == "panel":
        lines += 42 * len(s["sp"])
    elif s["joint"]:
        lines += 42
    else:
        lines += 42 * len(s["sp"])
    h = 22 + lines + 20
    shade(im, [XB0, y, TCB, y + h], pal["cell"], 0.55)
    shade(im, [TCB + 4, y, XB1, y + h], pal["row"], 0.10 if n % 2 else 0.16)
    d.text(((XB0 + TCB) / 2, y + h / 2), rt, font=F(28, True), fill=WHITE, anchor="mm")
    yy = y + 22
    for ln in tl:
        d.text((CXB, yy), ln, font=tf, fill=pal["title"])
        yy += 44
    if s["kind"] == "panel":
        mod, guests = s["sp"][0], s["sp"][1:]
        lf = F(24, True)
        gx = CXB + tw(d, "主持：", lf) + 4
        d.text((CXB, yy + 30), "主持：", font=lf, fill=pal["label"], anchor="ls")
        yy = speaker_line(d, ed, gx, yy, mod["name"], mod["aff"], RXB, 25, 20)
        d.text((CXB, yy + 30), "嘉宾：", font=lf, fill=pal["label"], anchor="ls")
        for g in guests:
            yy = speaker_line(d, ed, gx, yy, g["name"], g["aff"], RXB, 25, 20)
    elif s["joint"]:
        affs = {sp["aff"] for sp in s["sp"]}
        assert len(affs) == 1 and len(s["sp"]) == 2, s
        yy = speaker_line(d, ed, CXB, yy, "、".join(sp["name"] for sp in s["sp"]), s["sp"][0]["aff"], RXB, 25, 20)
    else:
        for sp in s["sp"]:
            yy = speaker_line(d, ed, CXB, yy, sp["name"], sp["aff"], RXB, 25, 20)
    assert yy + 20 == y + h, (yy, y, h)
    return y + h + 6


def forum_b(im, d, ed, y, i, f):
    """A forum: its number box (afternoon), the slanted tab with its name, the host line, the rows."""
    pal = ed["pal"]
    nf = F(40, True)
    x = XB0
    if i:
        d.rectangle([x, y, x + 72, y + 72], fill=pal["label"])
        d.text((x + 36, y + 36), "%02d" % i, font=F(36, True), fill=pal["ink"], anchor="mm")
        x += 84
    tw_ = tw(d, f["name"], nf) + 80
    paste_shape(im, x, y, hgrad(tw_, 72, *pal["tab"]),
                lambda m, w, h: m.polygon([(0, 0), (w - 1, 0), (w - 27, h - 1), (0, h - 1)], fill=255))
    d.text((x + 26, y + 36), f["name"], font=nf, fill=pal["ink"], anchor="lm")
    y += 72 + 16
    runs = [("主持人：", F(24, True), pal["label"]), (f["host"], F(28, True), WHITE), ("　", F(20), WHITE),
            (f["unit"], F(20), pal["aff"])]
    assert XB0 + runs_width(d, runs) <= XB1, ("host line too wide", f["name"])
    inline(d, XB0, y + 32, runs)
    y += 48
    d.rectangle([XB0, y, XB1, y + 4], fill=pal["tab"][1])
    y += 16
    for n, s in enumerate(f["slots"]):
        y = row_b(im, d, ed, y, s, n)
    return y


def header_b(im, d, ed):
    pal = ed["pal"]
    logo(d, XB0, 40, {"line": (120, 226, 255), "title": WHITE, "bg": pal["bg"]})
    rtext(d, XB1, 46, ed["school"], F(30, True), WHITE)
    rtext(d, XB1, 88, ed["school_en"], F(13, True), (200, 220, 255))
    f1 = F(86, True)
    for j, text in enumerate((ed["nth"], "Linux内核开发者大会")):
        x = W / 2 - tw(d, text, f1) / 2
        d.text((x + 5, 196 + j * 112 + 5), text, font=f1, fill=(10, 30, 110))
        d.text((x, 196 + j * 112), text, font=f1, fill=WHITE)
    # the ring with the year over CLK
    cx, cy = W / 2, 520
    d.ellipse([cx - 150, cy - 40, cx + 150, cy + 40], outline=(150, 230, 255), width=3)
    d.ellipse([cx - 118, cy - 28, cx + 118, cy + 28], outline=(110, 190, 255), width=2)
    d.text((cx, cy - 2), "CLK " + ed["year"], font=F(40, True), fill=WHITE, anchor="mm")
    df = F(32, True)
    text = ed["date_text"] + "　｜　" + ed["city"]
    pw = tw(d, text, df) + 70
    d.rounded_rectangle([W / 2 - pw / 2, 600, W / 2 + pw / 2, 662], radius=31, fill=WHITE)
    d.text((W / 2, 631), text, font=df, fill=pal["ink"], anchor="mm")
    ctext(d, W / 2, 690, ed["addr"], F(28, True), WHITE)
    ctext(d, W / 2, 742, ed["live"], F(22), (200, 222, 255))
    y = 840
    pw = 420
    paste_shape(im, W / 2 - pw / 2, y, hgrad(pw, 86, (120, 226, 255), WHITE),
                lambda m, w, h: m.polygon([(26, 0), (w - 1, 0), (w - 27, h - 1), (0, h - 1)], fill=255))
    d.text((W / 2, y + 43), "会议议程", font=F(52, True), fill=pal["ink"], anchor="mm")
    return y + 86 + 70


def footer_b(im, d, ed, y):
    pal = ed["pal"]
    y += 30
    for head, names, cols in (("支持单位", ed["units"], 4), ("支持媒体", ed["media"], 3)):
        pw = 300
        paste_shape(im, W / 2 - pw / 2, y, hgrad(pw, 64, (120, 226, 255), WHITE),
                    lambda m, w, h: m.polygon([(20, 0), (w - 1, 0), (w - 21, h - 1), (0, h - 1)], fill=255))
        d.text((W / 2, y + 32), head, font=F(36, True), fill=pal["ink"], anchor="mm")
        y += 64 + 36
        bw, bh, gap = (220, 72, 20) if cols == 4 else (280, 72, 24)
        x0 = (W - (cols * bw + (cols - 1) * gap)) / 2
        for i, u in enumerate(names):
            x, yy = x0 + (i % cols) * (bw + gap), y + (i // cols) * (bh + gap)
            d.rounded_rectangle([x, yy, x + bw, yy + bh], radius=8, fill=WHITE)
            d.text((x + bw / 2, yy + bh / 2), u, font=F(24, True), fill=pal["ink"], anchor="mm")
        y += ((len(names) + cols - 1) // cols) * (bh + gap) + 50
    qrcode(d, W / 2 - 110, y, 220, ed["seed"])
    y += 240
    ctext(d, W / 2, y, "扫码报名 · 观看直播", F(28, True), WHITE)
    y += 60
    ctext(d, W / 2, y, ed["slogan"], F(40, True), pal["label"])
    return y + 130


def paint_b(im, d, ed):
    y = header_b(im, d, ed)
    for i, f in enumerate(ed["forums"]):
        y = forum_b(im, d, ed, y, i, f) + 70
    return footer_b(im, d, ed, y)


def background_b(ed):
    pal = ed["pal"]

    def bg(w, h):
        im = vgrad(w, h, *pal["bg"])
        im = glow(im, w - 60, 300, 380, pal["glow2"], 0.35)
        im = glow(im, 60, 700, 300, pal["glow1"], 0.3)
        for j, yy in enumerate(range(1900, h - 500, 1500)):
            im = glow(im, w if j % 2 else 0, yy, 340, pal["glow1"], 0.25)
        d = ImageDraw.Draw(im)
        rnd = random.Random(ed["seed"])
        for j in range(9):  # light rods slanting across, as the 2024 page has them
            yy = rnd.randrange(0, h)
            x = rnd.randrange(-200, w)
            d.line([(x, yy), (x + 420, yy - 240)], fill=pal["streak"], width=rnd.choice((2, 3, 4)))
        return grain(im, ed["seed"], ed["grain"], ed["cell"])
    return bg


# ===========================================================================
ED_A = {"forums": FORUMS_A, "pal": PAL_A, "year": "2991", "nth": "第986届中国", "date_text": "2991年10月22日 星期六",
        "city": "常德", "addr": "地址：湖南文理学院 图书馆学术报告厅", "intro": INTRO_A, "units": UNITS_A,
        "school": "湖南文理学院", "school_en": "HUNAN UNIVERSITY OF ARTS AND SCIENCE",
        "afternoon": "下午　三个分论坛同时进行", "organiser": "承办单位：湖南文理学院 计算机与电气工程学院",
        "short_times": False, "pad": True, "seed": 9911, "grain": 0.0035, "cell": 3}
ED_B = {"forums": FORUMS_B, "pal": PAL_B, "year": "2992", "nth": "第987届中国", "date_text": "2992年10月27日（周六）",
        "city": "鞍山", "addr": "地址：辽宁科技大学 学术交流中心一楼报告厅", "live": "全程线上同步直播",
        "units": UNITS_B, "media": MEDIA_B, "school": "辽宁科技大学",
        "school_en": "UNIVERSITY OF SCIENCE AND TECHNOLOGY LIAONING", "slogan": "相聚钢都 · 共话内核",
        "short_times": True, "pad": False, "seed": 9922, "grain": 0.0025, "cell": 6}


def draw(ed, paint, background):
    return two_pass(W, lambda im, d: paint(im, d, ed), background(ed))


FILE_A = "2991clk.png"
FILE_B = "2992clk.png"
LAYOUT_A = (
    "CLK 2991 (第986届), 常德, 2991-10-22 (PNG, %d x %d): ONE whole-edition agenda image, as CLK2022's repository "
    "holds imgs/2022clk.png, drawn as the organisers' designer might have drawn it before the 2023 timeline: a "
    "NEAR-BLACK NAVY page (teal and blue glows, arcs behind the header, faint streaks, grain). Logo lines 'CHINA LINUX "
    "KERNEL' over '中国内核开发者大会', '湖南文理学院' / 'HUNAN UNIVERSITY OF ARTS AND SCIENCE' at the top right, a "
    "slanted '第986届中国' / 'Linux内核开发者大会', a cyan pill '2991年10月22日 星期六' + pin + '常德', '地址：湖南文理学院 "
    "图书馆学术报告厅', a ring 'CLK' over '2991', a framed introduction, '大会议程' over a hollow 'AGENDA'. CLK2022's four "
    "forum names exactly as its README prints them. Each forum a shaded rounded PANEL under a gradient HEADING STRIP: "
    "the name at the left (40 px bold), at the right '主持人：name' (label 22 px, padded name 28 px bold) over the unit "
    "(19 px). In the panel each slot a ROW between dashed rules: the range in an outlined rounded PILL at the left "
    "(24 px bold), the title in cyan (30 px bold; broken after its '：' or ': ' where it wraps), per speaker 'padded "
    "name  company job' (name 26 px bold white, two-character names padded: '邵　岚', '柯　桐'; company job 21 px "
    "pale blue). Breaks print a FILLED amber pill and an amber label ('签到', '茶歇' with a cup, '午餐' with a bowl). "
    "主论坛 (host 郄文涛, uncommon surname 郄): '08:30-09:00 签到', '开幕致辞' by 黎国平 (湖南文理学院 副校长), 鲁志远, the "
    "Latin speaker Arnaud Fontaine (SUSE Distinguished Engineer) with the English 'Upstream First:' / 'How We Carry "
    "Fewer Out-of-Tree Patches', a 茶歇 row, '云原生场景下的内核隔离能力：' / 'cgroup v2 全面落地实践' by 孟庆宇 over "
    "邬佳琪 (both 阿里云), the round table '圆桌论坛：国产 CPU 时代的内核生态如何共建' (11:15-12:00) with a small amber "
    "tag '主持' before 谯晓峰's line (uncommon surname 谯) and a tag '嘉宾' before the first of four guests' lines "
    "(丁宏亮, 邵　岚, 严立群, 蒋　潇), '12:00-13:30 午餐'. Then an amber caption '下午　三个分论坛同时进行'. "
    "处理器架构与调度分论坛 (温建军): the English 'Core Scheduling on Arm64 Servers' (洪海波, Arm), a 茶歇 row "
    "15:30-15:45, 欧阳可欣 over 祁天明 (both OPPO; compound surname 欧阳), 'PREEMPT_RT 实时补丁在' / '工业控制器上的确定性"
    "验证' by 包振华 (中国科学院沈阳计算技术研究所 副研究员). 内存管理与异构计算分论坛 (琚雅婷, uncommon surname 琚): a "
    "茶歇 row, 房景瑜 (浪潮信息) over 单思琪 (浙江大学 博士研究生). IO 与 ebpf 分论坛 (常瑞峰): a 茶歇 row. Every "
    "afternoon forum 13:30-17:05 with 40-minute talks. At the foot '支持单位' over twelve outlined boxes, a QR code, "
    "'扫码进入直播间' and '承办单位：湖南文理学院 计算机与电气工程学院'. 5 + 5 + 5 + 5 talks.")
LAYOUT_B = (
    "CLK 2992 (第987届), 鞍山, 2992-10-27 (PNG, %d x %d): ONE whole-edition agenda image, drawn as the organisers' "
    "designer might have drawn it before the 2023 timeline, in the ROYAL BLUE of their 2024 full agenda (glows, light "
    "rods across the page, grain). Logo lines, '辽宁科技大学' / 'UNIVERSITY OF SCIENCE AND TECHNOLOGY LIAONING' at the "
    "top right, a centred '第987届中国' / 'Linux内核开发者大会' with a dark offset shadow, an elliptic ring 'CLK 2992', a "
    "white pill '2992年10月27日（周六）　｜　鞍山', '地址：辽宁科技大学 学术交流中心一楼报告厅', '全程线上同步直播', a "
    "slanted plate '会议议程'. CLK2022's four forum names exactly as its README prints them, each on a SLANTED TAB "
    "(white to cyan, the name 40 px bold dark blue), the afternoon ones after a yellow NUMBER BOX '01'..'03'; under the "
    "tab '主持人：name　unit' on one line (label yellow, name 28 px bold white, unit 20 px), then a cyan rule. The talks "
    "as a TABLE of rows: a dark TIME CELL at the left holding the range centred (28 px bold; MORNING TIMES WITHOUT A "
    "LEADING ZERO: '9:00-9:10', '9:10-9:20', '9:20-10:00'), a lighter cell with the title (29 px bold white) and per "
    "speaker 'name  company job' (name 25 px bold yellow, not padded; company job 20 px pale blue). Breaks '茶歇' and "
    "'午餐' are lighter full-width rows with an icon and the label centred; '开幕' is a plain row with its title only. "
    "主论坛 (host 檀晓光, uncommon surname 檀): '9:00-9:10 开幕', '嘉宾致辞' by 贾志宏 (辽宁科技大学 副校长), 鲍伟东, the "
    "Latin speaker printed SURNAME FIRST 'Novikov Dmitry' (Red Hat Principal Software Engineer) with the English "
    "'Kernel Live Patching at Fleet Scale:' / 'Tooling and Pitfalls', a 茶歇 row 10:40-10:55, 管鹏 over 许晴岚 (both "
    "华为, two jobs), 庞志刚, '12:10-13:30 午餐'. 01 处理器架构与调度分论坛 (雷振邦): 缑伟 (uncommon surname 缑), the "
    "English 'Energy-Aware Scheduling on Heterogeneous SoCs' on one line (叶思衡, 小米), a 茶歇 row 15:30-15:50, "
    "'调度延迟的在线画像：' / '基于 schedstat 与 perf 的联合分析' by 戈明哲 over 于佳慧 (both 快手). 02 "
    "内存管理与异构计算分论坛 (蒲晓蕙): TWO SPEAKERS OF ONE COMPANY ON ONE LINE, '钟立、郁敏　摩尔线程 驱动工程师', "
    "a 茶歇 row. 03 IO 与 ebpf 分论坛 (赖志明): the English 'Tracing Writeback Stalls with BPF' (易飞, vivo), a 茶歇 "
    "row, and last the round table '圆桌讨论：存储栈的下一个十年' (16:30-17:20) with yellow labels INLINE: '主持：' "
    "before 全敬远's line, '嘉宾：' before 项云飞's, 冀晓彤 and 毛一鸣 aligned under him. At the foot '支持单位' (twelve "
    "white boxes) and '支持媒体' (six) on slanted plates, a QR code, '扫码报名 · 观看直播' and the slogan '相聚钢都 · "
    "共话内核'. 5 + 5 + 5 + 5 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 90, 97): speakers are names as printed with spaces and "
    "the padding of two-character names removed ('邵　岚' -> '邵岚', 'Arnaud Fontaine' -> 'ArnaudFontaine', "
    "'Novikov Dmitry' -> 'NovikovDmitry', printed surname first and kept in printed order); host is the chair printed "
    "after '主持人：' for the forum (the unit printed with it is no part of it and no affiliation of any slot), null "
    "for breaks; start/end HH:MM on a 24-hour clock, with a leading zero even where the picture prints none; where two "
    "speakers are printed each has his own affiliation, in printed order; affiliations are the printed 'company job' "
    "exactly; an opening speech printed with a speaker ('开幕致辞', '嘉宾致辞') is a talk, a slot printed without one "
    "('签到', '开幕') is a break; '午餐' closes 主论坛 as its break; a forum that prints no break after its last slot "
    "ends with it; every forum carries its edition's date. Two invented editions, each ONE whole-edition PNG 1080 wide "
    "(as CLK2022's repository holds its one agenda image, imgs/2022clk.png), each picture one entry holding its four "
    "forums in printed order: CLK 2991 (第986届, 常德, 2991-10-22) and CLK 2992 (第987届, 鞍山, 2992-10-27), both "
    "Saturdays; no talk and no person is on both pictures. Headers, logo lines, the host school at the top right, "
    "introductions, addresses, date pills, the 'CLK' rings, '全程线上同步直播', '大会议程' / '会议议程', the hollow "
    "'AGENDA', support units, media, QR captions, the organiser line and the slogan are never part of a name, a title "
    "or a slot. Judgement calls: (1) FORUM NAMES are CLK2022's four README link texts, printed and given exactly: "
    "'主论坛', '处理器架构与调度分论坛', '内存管理与异构计算分论坛', 'IO 与 ebpf 分论坛' (its spaces and lower-case "
    "'ebpf' kept); CLK 2992's yellow number boxes '01'..'03' are no part of a name. (2) HOSTS: on CLK 2991 the host is "
    "the name after '主持人：' at the right of the forum's heading strip (郄文涛, 温建军, 琚雅婷, 常瑞峰), the "
    "small line under it his unit; on CLK 2992 the name after '主持人：' on the line under the "
    "tab, the text after the full-width space his unit. (3) CLK 2991's amber caption '下午　三个分论坛同时进行' between "
    "主论坛 and the afternoon is no slot and belongs to no forum. (4) A round table is ONE slot of kind 'panel' (as sets "
    "66, 79, 86, 90, 97): its speakers are the moderator first, then the guests in printed order, one affiliation "
    "each; the title keeps '圆桌论坛：' / '圆桌讨论：'; the tags '主持' / '嘉宾' (CLK 2991) and the labels '主持：' / "
    "'嘉宾：' (CLK 2992) are labels, no names; the moderator is not the forum's host (谯晓峰 vs 郄文涛; 全敬远 vs "
    "赖志明). (5) Two speakers of one talk on two lines are two speakers, each with the 'company job' on his own line. "
    "(6) CLK 2992's '钟立、郁敏　摩尔线程 驱动工程师' is ONE talk by TWO speakers of one company printed on one line: "
    "speakers ['钟立', '郁敏'], the one printed 'company job' given as the affiliation of EACH ('摩尔线程 驱动工程师' "
    "twice); the '、' is no part of a name. (7) CLK 2992 prints its morning ranges without a leading zero ('9:10-9:20', "
    "'9:20-10:00'); the truth gives them as 09:10-09:20, 09:20-10:00. (8) Titles wrapped over two lines are one "
    "title: after a Latin colon the line break stands for the space ('Upstream First: How We Carry Fewer Out-of-Tree "
    "Patches', 'Kernel Live Patching at Fleet Scale: Tooling and Pitfalls'); nothing is added after a full-width '：' "
    "('云原生场景下的内核隔离能力：cgroup v2 全面落地实践', '调度延迟的在线画像：基于 schedstat 与 perf 的联合分析') or "
    "between Chinese characters ('PREEMPT_RT 实时补丁在工业控制器上的确定性验证'). (9) '开幕致辞' (CLK 2991) and "
    "'嘉宾致辞' (CLK 2992) are talks of their speakers, with the forum's host; '签到' and '开幕' are breaks. (10) The "
    "icons (cup, bowl) are no part of a break's title. Uncommon surnames: 郄 (host), 谯 (moderator), 琚 (host), 缑, 檀 "
    "(host); compound surname 欧阳.")


def wrapped(forums):
    return [s["_tl"] for f in forums for s in f["slots"] if len(s.get("_tl", [])) > 1]


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
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
            for a, b in zip(f["slots"], f["slots"][1:]):  # slots follow one another without gaps
                assert a["start"] < a["end"] == b["start"] < b["end"], (a, b)
            for s in f["slots"]:
                assert (s["host"] is None) == (s["kind"] == "break"), s
                assert len(s["speakers"]) == len(s["affiliations"]), s
                assert (s["kind"] == "break") == (not s["speakers"]), s
                if s["kind"] == "talk":
                    assert 1 <= len(s["speakers"]) <= 2, s
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv")
    if listings:
        text = "".join(open(p, encoding="utf-8").read() for p in listings)
        for n in everybody:
            assert plain(n) not in text and n not in text, n
        for t in titles:
            assert t not in text, t
    for fs in (FORUMS_A, FORUMS_B):
        slots = [s for f in fs for s in f["slots"]]
        assert fs[0]["slots"][-1]["title"] == "午餐"
        assert any(s["title"] == "茶歇" for s in slots)
        assert fs[0]["slots"][1]["title"] in ("开幕致辞", "嘉宾致辞") and fs[0]["slots"][1]["sp"]
        assert sum(s["kind"] == "panel" for s in slots) == 1
        assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") >= 2
        assert any(re.match(r"[A-Za-z]", sp["name"]) for s in slots for sp in s["sp"])
        assert sum(bool(re.fullmatch(r"[A-Za-z0-9 :'_\-]+", s["title"])) for s in slots if s["kind"] == "talk") >= 2
        for f in fs:
            for s in f["slots"]:
                if s["kind"] == "panel":
                    assert s["sp"][0]["name"] != f["host"]
    assert [s["title"] for fs in (FORUMS_A, FORUMS_B) for f in fs for s in f["slots"] if s["joint"]] == \
        ["GPU 显存超分与统一虚拟寻址的协同管理"]
    assert wrapped(FORUMS_A) == [
        ["Upstream First:", "How We Carry Fewer Out-of-Tree Patches"],
        ["云原生场景下的内核隔离能力：", "cgroup v2 全面落地实践"],
        ["PREEMPT_RT 实时补丁在", "工业控制器上的确定性验证"]], wrapped(FORUMS_A)
    assert wrapped(FORUMS_B) == [
        ["Kernel Live Patching at Fleet Scale:", "Tooling and Pitfalls"],
        ["调度延迟的在线画像：", "基于 schedstat 与 perf 的联合分析"]], wrapped(FORUMS_B)
    for n in ("郄文涛", "谯晓峰", "琚雅婷", "缑伟", "檀晓光", "欧阳可欣"):
        assert n in everybody, n
    return sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break")


def main():
    posters = []
    for ed, paint, bg, name, layout, date in ((ED_A, paint_a, background_a, FILE_A, LAYOUT_A, DATE_A),
                                              (ED_B, paint_b, background_b, FILE_B, LAYOUT_B, DATE_B)):
        im = draw(ed, paint, bg)
        assert im.size[0] == 1080 and 6000 <= im.size[1] <= 8000, im.size
        path = os.path.join(HERE, name)
        im.save(path, optimize=True)
        print(name, "%d x %d" % im.size, os.path.getsize(path))
        assert 1_000_000 <= os.path.getsize(path) <= 1_600_000
        assert ed["date_text"].startswith("%d年%d月%d日" % tuple(map(int, date.split("-"))))
        posters.append({"file": name, "layout": layout % im.size, "date": date,
                        "forums": forum_truth(ed["forums"], date)})
    for p in posters:  # the talk counts each layout string gives
        counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in p["forums"])
        assert p["layout"].endswith(counts + " talks."), (p["file"], counts)
    n = check(posters)
    print("scored talks", n)
    assert 35 <= n <= 50, n
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
