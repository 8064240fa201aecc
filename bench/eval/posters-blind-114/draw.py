"""Draw the hundred-and-fourteenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances
(fixed numbers, never hash()).  The set stands in for CLK2022's ONE agenda image
(imgs/2022clk.png, a 1.5 MB PNG): two invented editions, each ONE whole-edition
PNG, 1080 wide, with CLK2022's four forums, each forum printed as a four-column
programme TABLE:
  CLK 3141 (第1136届, 佳木斯, 3141-10-18): DARK, the organisers' 2023 near black
    (teal titles, blue units, violet labels); head row 时间 | 议题 | 讲者 | 单位;
    forum names with the 2023 space before '分论坛'; host at the right of the
    heading; rows top-aligned; two-character names padded; one two-speaker row
    whose shared unit is printed ONCE, centred across both names.
  CLK 3142 (第1137届, 牡丹江, 3142-10-24): the organisers' 2024 ROYAL BLUE; head
    row Time | Topic | Speaker | Affiliation; every topic in Chinese over its
    English translation; forum headings bilingual; cells centred vertically;
    the round table's moderator marked by a small tag '主持' after his name.
Helpers from font to pad (font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, T, P, B, plain, S, aff,
truth_slot, two_pass, cup, bowl, logo_lines, para, fits, MEALS, WHITE, rng,
meal_mark, units_grid, saturday, pad) are copied unchanged from
bench/eval/posters-blind-107/draw.py (which took them from sets 102, 95 and 59);
REAL_NAMES' first part and listing_words come from posters-blind-108/draw.py;
everything after pad is new.
"""
import datetime
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


_probe = ImageDraw.Draw(Image.new("RGB", (8, 8)))


def tw(d, text, f):
    b = (d or _probe).textbbox((0, 0), text, font=f)
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
    """Seeded grain blended in: the texture of a designer's paper and of a re-saved picture."""
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
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


def T(start, end, title, speakers, host, kind="talk"):
    """A scored slot: kind 'talk', or 'panel' for a round table (its first speaker the moderator)."""
    return {"kind": kind, "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def P(start, end, title, moderator, guests, host):
    return T(start, end, title, [moderator] + guests, host, kind="panel")


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job):
    """A speaker as printed: name, company, job title (None where none is printed)."""
    return {"name": name, "company": company, "job": job}


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


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


def units_grid(d, X0, X1, y, units, per_row, box_fill, ink, bh=76, gap=20, outline=None):
    bw = (X1 - X0 - (per_row - 1) * gap) / per_row
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=box_fill, outline=outline,
                            width=2 if outline else 0)
        ctext(d, bx + bw / 2, by + bh / 2 - 20, fits(d, u, font(28, True), bw - 16), font(28, True), ink)
    rows = (len(units) + per_row - 1) // per_row
    return y + rows * (bh + gap)


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def pad(name):
    """Two-character names padded with a full-width space, as the organisers' 2023 image prints them."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name



# names of real speakers and hosts (set 108's list, from the real CLK2024 posters) plus the names read in my own
# crops of the real posters (2023 and 2024 whole agendas); none may be used
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震",
              "郑琦", "李培锋", "彭志光", "司延腾", "殷锋卫", "谈鉴锋"]


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README (set 108's, from set 71)."""
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


FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's README


def E(slot, en):
    """A slot of CLK 3142 with the English translation printed under its Chinese title (no part of the title)."""
    slot["en"] = en
    return slot


def shared(slot):
    """A two-speaker row of CLK 3141 whose speakers have the same unit, printed once across both names."""
    assert len(slot["sp"]) == 2 and aff(slot["sp"][0]) == aff(slot["sp"][1])
    slot["shared"] = True
    return slot


def aff_lines(sp, f, w):
    """'company job' in a table cell: one line where it fits; else the company over the job (the break at the
    space), each wrapped if need be; a company too long for the cell wraps with the job in lines of even length."""
    one = aff(sp)
    if tw(None, one, f) <= w:
        return [one]
    if sp["job"] is not None and tw(None, sp["company"], f) <= w:
        return [sp["company"]] + wrap_nicely(None, sp["job"], f, w)
    return wrap_nicely(None, one, f, w)


def pin(d, x, y, fill, hole, k=1.0):
    d.ellipse([x, y, x + 24 * k, y + 24 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 16 * k), (x + 22 * k, y + 16 * k), (x + 12 * k, y + 34 * k)], fill=fill)
    d.ellipse([x + 7 * k, y + 7 * k, x + 17 * k, y + 17 * k], fill=hole)


def hollow_word(d, W, y, word, size, fill, outline):
    f = font(size, True)
    d.text((W / 2 - tw(d, word, f) / 2, y), word, font=f, fill=fill, stroke_width=2, stroke_fill=outline)


def slanted(im, x, y, text, f, fill, shear=0.2, stroke=0, stroke_fill=None, shadow=None):
    """Text leaning right (the organisers' headings lean): drawn on a mask and sheared.  Returns its width."""
    w, h = tw(None, text, f) + 2 * stroke + int(f.size * 0.5) + 8, int(f.size * 1.5) + 2 * stroke
    lay = Image.new("L", (w, h), 0)
    ImageDraw.Draw(lay).text((stroke + 4, stroke), text, font=f, fill=255, stroke_width=stroke,
                             stroke_fill=255 if stroke else None)
    lay = lay.transform(lay.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    if shadow is not None:
        im.paste(Image.new("RGB", lay.size, shadow), (int(x) + 4, int(y) + 5), lay)
    if stroke and stroke_fill is not None:
        im.paste(Image.new("RGB", lay.size, stroke_fill), (int(x), int(y)), lay)
        inner = Image.new("L", (w, h), 0)
        ImageDraw.Draw(inner).text((stroke + 4, stroke), text, font=f, fill=255)
        inner = inner.transform(inner.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
        im.paste(Image.new("RGB", lay.size, fill), (int(x), int(y)), inner)
    else:
        im.paste(Image.new("RGB", lay.size, fill), (int(x), int(y)), lay)
    return w


# ===========================================================================
# 1. CLK 3141 (第1136届), 佳木斯, Saturday 3141-10-18: ONE whole-edition PNG, DARK (the organisers' 2023 near
#    black).  Each forum: the name (a teal numeral cut at its foot before the afternoon forums), the host at the
#    right, a teal bar; then a gridded table 时间 | 议题 | 讲者 | 单位 with a teal head row; rows top-aligned;
#    per speaker the name in 讲者 (two-character names padded) and his unit level with it in 单位; breaks as bands.
DATE_A = "3141-10-18"
H1 = "阎振东"
H2 = "单志刚"
H3 = "鲁文静"
H4 = "饶建军"
FORUMS_A = [
    ("主论坛", (H1, "佳木斯大学信息电子技术学院 院长"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:25", "开幕致辞", [S("邢国栋", "佳木斯大学", "副校长")], H1),
        T("09:25", "09:55", "国产服务器整机的内核适配经验与质量体系建设",
          [S("蒋红岩", "浪潮信息", "服务器操作系统首席架构师")], H1),
        T("09:55", "10:25", "Maintaining a Downstream Kernel Without Losing Upstream",
          [S("Lars Vestergaard", "SUSE", "Kernel Team Lead")], H1),
        B("10:25", "10:40", "茶歇"),
        T("10:40", "11:10", "手机内核的功耗与性能平衡：从调度到存储",
          [S("卢佳宁", "vivo", "内核架构师"), S("佟思远", "vivo", "功耗优化工程师")], H1),
        T("11:10", "11:35", "Rust for Linux 驱动开发的工程化现状", [S("巩立伟", "统信软件", "内核研发工程师")], H1),
        P("11:35", "12:15", "圆桌：内核开发者如何成长为子系统维护者",
          S("乔海涛", "哈尔滨工业大学", "教授"),
          [S("宁皓天", "华为", "Linux 内核社区 Maintainer"), S("冉佩珊", "阿里云", "龙蜥社区技术委员会委员"),
           S("汤启明", "腾讯", "TencentOS 内核负责人"), S("尤佳", "英特尔", "开源技术中心首席工程师")], H1),
        B("12:15", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (H2, "龙芯中科 系统软件部总监"), [
        T("13:30", "14:00", "LoongArch 平台的内核热补丁支持与验证", [S("边晓东", "龙芯中科", "内核工程师")], H2),
        T("14:00", "14:30", "Proxy Execution: Fixing Priority Inversion Under EEVDF",
          [S("祁文涛", "小米", "系统性能专家")], H2),
        T("14:30", "15:00", "ARM64 服务器中断亲和性与 NUMA 调度的协同优化",
          [S("詹宇航", "飞腾信息技术有限公司", "操作系统工程师"), S("郦晨", "天津大学", "博士研究生")], H2),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "PREEMPT_RT 合入主线之后：车载域控制器上的实时性实践",
          [S("温博涵", "地平线", "系统软件工程师")], H2),
        T("15:45", "16:15", "RISC-V 向量扩展在上下文切换中的开销分析与惰性保存",
          [S("籍海宁", "中国科学院软件研究所智能软件研究中心", "助理研究员")], H2),
    ]),
    ("内存管理与异构计算分论坛", (H3, "字节跳动 内核技术专家"), [
        T("13:30", "14:00", "Folio 化之后的页面回收：回写路径与脏页统计", [S("麦嘉豪", "腾讯云", "内核工程师")], H3),
        T("14:00", "14:30", "CXL Memory Expanders: Hotness Tracking Without Page Faults",
          [S("岳明轩", "阿里云", "资深技术专家")], H3),
        shared(T("14:30", "15:00", "GPU 与 NPU 共享虚拟内存的缺页处理优化",
                 [S("危立新", "壁仞科技", "驱动工程师"), S("瞿芳", "壁仞科技", "驱动工程师")], H3)),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "大页内存在数据库场景的收益与碎片代价", [S("车宏伟", "京东", "系统架构师")], H3),
        T("15:45", "16:15", "移动设备上的匿名页压缩与 swap 分层", [S("奚蕾", "荣耀", "内核专家")], H3),
    ]),
    ("IO 与 ebpf 分论坛", (H4, "美团 基础架构部技术专家"), [
        T("13:30", "14:00", "io_uring 零拷贝接收在对象存储网关中的落地", [S("季鹏", "网易", "存储内核工程师")], H4),
        T("14:00", "14:30", "BPF Tokens and Delegated Privileges in Container Platforms",
          [S("苗志远", "快手", "容器平台工程师")], H4),
        T("14:30", "15:00", "NVMe 多路径故障切换的时延治理",
          [S("尹卓然", "中兴通讯", "存储软件工程师"), S("覃雅琪", "华中科技大学武汉光电国家研究中心", "博士研究生")], H4),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "用 bpftrace 观测块层与文件系统的延迟分布", [S("闵嘉树", "小红书", "SRE 工程师")], H4),
        T("15:45", "16:15", "XFS 在线修复在生产环境的部署与回归测试", [S("程予安", "深信服", "文件系统工程师")], H4),
    ]),
]
PRINTED_A = {"主论坛": "主论坛", "处理器架构与调度分论坛": "处理器架构与调度 分论坛",
             "内存管理与异构计算分论坛": "内存管理与异构计算 分论坛", "IO 与 ebpf 分论坛": "IO 与 ebpf 分论坛"}
INTRO_A = ("CLK 即“中国 Linux 内核开发者大会”（以下简称 CLK），举办至今已是第 1136 届，由清华大学、Intel、华为、阿里云、"
           "腾讯云、OPPO、字节跳动、vivo、蚂蚁集团、龙芯中科等企业发起，以“自由，协作，创新”为理念，以开源技术的推广和"
           "普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由佳木斯大学承办，上午为主论坛，下午"
           "三个分论坛同时进行，现诚邀广大 Linux 开发者和爱好者参加本次大会。")
UNITS_A = ["佳木斯大学", "清华大学", "Intel", "华为", "阿里云", "腾讯云", "OPPO", "字节跳动", "vivo", "蚂蚁集团", "龙芯中科",
           "统信软件"]
MEDIA_A = ["CSDN", "InfoQ", "开源中国", "Linux 中国", "思否", "51CTO"]
TEAL_A, BLUE_A, GREY_A, VIO_A = (0, 226, 206), (98, 156, 255), (150, 160, 190), (176, 104, 255)
GRID_A, HEAD_A, ZEB_A, BAND_A = (46, 64, 122), (0, 200, 186), (16, 22, 58), (28, 52, 138)
X0A, X1A = 48, 1032
COLS_A = (166, 368, 164)  # 时间, 议题, 讲者; 单位 takes the rest
FT_A, FN_A, FU_A, FR_A, FL_A = font(25, True), font(24, True), font(19), font(22, True), font(19, True)
TP_A, NP_A, UP_A = 37, 34, 27  # line pitches: title, name, unit


def xs_a():
    xs = [X0A]
    for c in COLS_A:
        xs.append(xs[-1] + c)
    return xs + [X1A]


def people_a(s):
    """The 讲者 and 单位 cells of a row: ops (column, dy, text, font, fill) and the block's height."""
    xs = xs_a()
    wn, wu = xs[3] - xs[2] - 28, xs[4] - xs[3] - 28
    ops, y = [], 0
    if s.get("shared"):
        for i, sp in enumerate(s["sp"]):
            ops.append((2, i * (NP_A + 8), pad(sp["name"]), FN_A, WHITE))
        ul = aff_lines(s["sp"][0], FU_A, wu)
        assert len(ul) == 1
        ops.append((3, (2 * NP_A + 8 - UP_A) // 2 + 2, ul[0], FU_A, BLUE_A))
        return ops, 2 * NP_A + 8
    for i, sp in enumerate(s["sp"]):
        if s["kind"] == "panel" and i in (0, 1):
            ops.append((2, y, "主持人：" if i == 0 else "嘉宾：", FL_A, VIO_A))
            y += 32
        nl = wrap(None, pad(sp["name"]), FN_A, wn)
        ul = aff_lines(sp, FU_A, wu)
        for j, ln in enumerate(nl):
            ops.append((2, y + j * NP_A, ln, FN_A, WHITE))
        for j, ln in enumerate(ul):
            ops.append((3, y + 4 + j * UP_A, ln, FU_A, BLUE_A))
        y += max(NP_A * len(nl), 4 + UP_A * len(ul)) + 8
    return ops, y - 8


def heading_a(d, y, k, name, host):
    pn = PRINTED_A[name]
    if k:
        nf = font(116, True)  # the numeral's foot is cut off where the name begins, as the 2023 image prints it
        lay = Image.new("L", (320, 200), 0)
        ImageDraw.Draw(lay).text((0, 0), "%02d" % k, font=nf, fill=255)
        t, b = nf.getbbox("%02d" % k)[1::2]
        lay = lay.crop((0, t, 320, t + int((b - t) * 0.56)))
        d.bitmap((X0A - 2, y + 48 - lay.size[1]), lay, fill=TEAL_A)
        ny = y + 40
    else:
        ny = y + 20
    d.text((X0A + 2, ny), pn, font=font(46, True), fill=WHITE)
    hf = font(25, True)
    hw = tw(d, "主持人：" + host[0], hf)
    d.text((X1A - hw, ny + 2), "主持人：", font=hf, fill=VIO_A)
    rtext(d, X1A, ny + 2, host[0], hf, WHITE)
    rtext(d, X1A, ny + 42, host[1], font(19), BLUE_A)
    assert X0A + 2 + tw(d, pn, font(46, True)) + 30 < X1A - max(hw, tw(d, host[1], font(19))), name
    y = ny + 88
    d.rectangle([X0A, y, X1A, y + 12], fill=TEAL_A)
    return y + 34


def table_head_a(d, y):
    xs = xs_a()
    d.rectangle([X0A, y, X1A, y + 52], fill=HEAD_A)
    for lab, a, b in zip(("时间", "议题", "讲者", "单位"), xs, xs[1:]):
        ctext(d, (a + b) / 2, y + 10, lab, font(24, True), (8, 14, 40))
    return y + 52


def row_a(d, y, s, k):
    xs = xs_a()
    if s["kind"] == "break":
        h = 60
        d.rectangle([X0A, y, X1A, y + h], fill=BAND_A)
        ctext(d, (xs[0] + xs[1]) / 2, y + 15, rng(s), FR_A, WHITE)
        mx = xs[1] + 22
        meal_mark(d, mx, y + 14, s, TEAL_A, 0.95)
        d.text((mx + (54 if s["title"] in MEALS else 0), y + 11), s["title"], font=font(26, True), fill=TEAL_A)
        d.line([(xs[1], y), (xs[1], y + h)], fill=GRID_A, width=1)
        d.line([(X0A, y + h), (X1A, y + h)], fill=GRID_A, width=1)
        return y + h
    tl = wrap_nicely(d, s["title"], FT_A, COLS_A[1] - 36)
    s["_lines"] = tl
    ops, ph = people_a(s)
    h = max(len(tl) * TP_A - 4, ph, 32) + 40
    if k % 2:
        d.rectangle([X0A, y, X1A, y + h], fill=ZEB_A)
    ctext(d, (xs[0] + xs[1]) / 2, y + 22, rng(s), FR_A, WHITE)
    for i, ln in enumerate(tl):
        d.text((xs[1] + 18, y + 18 + i * TP_A), ln, font=FT_A, fill=TEAL_A)
    for col, dy, text, f, fill in ops:
        d.text((xs[col] + 14, y + 20 + dy), text, font=f, fill=fill)
    for cx in xs[1:-1]:
        d.line([(cx, y), (cx, y + h)], fill=GRID_A, width=1)
    d.line([(X0A, y + h), (X1A, y + h)], fill=GRID_A, width=1)
    return y + h


def paint_a(im, d):
    W = im.size[0]
    logo_lines(d, 60, 50, WHITE, TEAL_A, 1.1)
    cf, yf = font(88, True), font(32, True)
    cw, yw = tw(d, "CLK", cf), tw(d, "3141", yf)
    d.rounded_rectangle([X1A - cw - yw - 44, 34, X1A + 8, 150], radius=22, outline=(0, 150, 170), width=2)
    d.rounded_rectangle([X1A - cw - yw - 56, 24, X1A + 18, 160], radius=28, outline=(0, 110, 140), width=1)
    d.text((X1A - cw - yw - 24, 36), "CLK", font=cf, fill=(200, 240, 255), stroke_width=2, stroke_fill=(50, 110, 255))
    d.text((X1A - yw - 8, 44), "3141", font=yf, fill=WHITE)
    vio = (150, 80, 255)
    d.text((60, 230), "第1136届中国", font=font(98, True), fill=WHITE, stroke_width=3, stroke_fill=vio)
    d.text((60, 354), "Linux 内核开发者大会", font=font(96, True), fill=WHITE, stroke_width=3, stroke_fill=vio)
    bf = font(34, True)
    date = "10月18日"
    px = 60 + 30 + tw(d, date, bf) + 26
    bx1 = px + 38 + tw(d, "佳木斯", bf) + 30
    d.rectangle([60, 522, bx1, 584], outline=WHITE, width=3)
    d.line([(52, 540), (52, 566)], fill=WHITE, width=3)
    d.line([(bx1 + 8, 540), (bx1 + 8, 566)], fill=WHITE, width=3)
    d.text((90, 527), date, font=bf, fill=WHITE)
    pin(d, px, 536, WHITE, (12, 14, 40))
    d.text((px + 38, 527), "佳木斯", font=bf, fill=WHITE)
    d.text((60, 628), "地址：佳木斯大学 图书馆学术报告厅", font=font(36, True), fill=WHITE)
    y = 900
    f = font(24)
    lines = wrap(d, INTRO_A, f, X1A - X0A - 90)
    top, y = y, y + 46 + 44 * len(lines) + 24
    d.rectangle([X0A, top, X1A, y], fill=(14, 20, 52), outline=(70, 90, 160), width=2)
    para(d, X0A + 45, top + 46, INTRO_A, f, (208, 214, 232), X1A - X0A - 90, 44)
    y += 190
    hollow_word(d, W, y - 46, "AGENDA", 132, (8, 12, 30), (0, 150, 150))
    ctext(d, W / 2, y, "大会议程", font(74, True), WHITE)
    y += 200
    for k, (name, host, slots) in enumerate(FORUMS_A):
        y = heading_a(d, y, k, name, host)
        top = y
        y = table_head_a(d, y)
        for i, s in enumerate(slots):
            y = row_a(d, y, s, i)
        d.rectangle([X0A, top, X1A, y], outline=TEAL_A, width=2)
        y += 150
    hollow_word(d, W, y - 36, "SUPPORT", 110, (8, 12, 30), (0, 150, 150))
    ctext(d, W / 2, y, "支持单位", font(58, True), WHITE)
    y = units_grid(d, X0A + 40, X1A - 40, y + 130, UNITS_A, 3, None, WHITE, bh=84, gap=24, outline=WHITE) + 90
    hollow_word(d, W, y - 36, "SUPPORT", 110, (8, 12, 30), (0, 150, 150))
    ctext(d, W / 2, y, "支持媒体", font(58, True), WHITE)
    y = units_grid(d, X0A + 40, X1A - 40, y + 130, MEDIA_A, 3, None, WHITE, bh=84, gap=24, outline=WHITE) + 70
    qrcode(d, W / 2 - 130, y, 260, 31411)
    ctext(d, W / 2, y + 292, "扫码报名 · 观看直播", font(40, True), WHITE)
    ctext(d, W / 2, y + 360, "主办：中国Linux内核开发者大会组委会　承办：佳木斯大学", font(24), GREY_A)
    return y + 450


def bg_a(w, h):
    im = vgrad(w, h, (12, 14, 42), (6, 8, 26))
    im = glow(im, 1000, 560, 460, (150, 70, 255), 0.6)
    im = glow(im, 860, 760, 260, (0, 190, 220), 0.35)
    for k, yy in enumerate(range(2400, h - 700, 1800)):
        im = glow(im, w + 60 if k % 2 else -60, yy, 480, (120, 70, 255) if k % 2 else (0, 160, 190), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(18):  # the neon swirl of the 2023 header
        d.arc([420 - i * 24, 330 - i * 12, 1420 + i * 10, 1060 + i * 16], 150, 330,
              fill=(70 + i * 8, 60 + i * 6, 214 - i * 4), width=2)
    d.ellipse([780, 580, 1010, 810], fill=(60, 44, 164))  # the sphere
    for i in range(7):
        d.ellipse([798 + i * 6, 596 + i * 5, 970 - i * 10, 760 - i * 12], outline=(104 + i * 16, 88 + i * 12, 255),
                  width=2)
    return grain(im, 31411, GRAIN_A)


GRAIN_A = 0.004


# ===========================================================================
# 2. CLK 3142 (第1137届), 牡丹江, Saturday 3142-10-24: ONE whole-edition PNG in the organisers' 2024 ROYAL BLUE.
#    Each forum: a slanted number tab ('01'..'03'; two chevrons before 主论坛), the name leaning, its English name
#    under it, the host at the right ('主持人：' pink, the unit under it), a cyan bar; then a table
#    Time | Topic | Speaker | Affiliation, every topic in Chinese over its English translation, cells centred
#    vertically; breaks as light bands with both labels ('茶歇  Tea Break').
DATE_B = "3142-10-24"
G1 = "栾志强"
G2 = "左立国"
G3 = "简海波"
G4 = "郎建新"
FORUMS_B = [
    ("主论坛", (G1, "牡丹江师范学院计算机与信息技术学院 院长"), [
        B("09:00", "09:05", "开场"),
        E(T("09:05", "09:20", "欢迎致辞", [S("孟繁荣", "牡丹江师范学院", "副校长")], G1), "Welcome Address"),
        E(T("09:20", "09:50", "面向 AI 集群的操作系统内核：挑战与路线图", [S("杭晓明", "百度智能云", "操作系统负责人")], G1),
          "The OS Kernel for AI Clusters: Challenges and Roadmap"),
        E(T("09:50", "10:20", "内核补丁评审的自动化：从 CI 到大模型辅助",
            [S("Chiara Pellegrini", "Red Hat", "Principal Software Engineer")], G1),
          "Automating Kernel Patch Review: From CI to LLM Assistance"),
        B("10:20", "10:35", "茶歇"),
        E(T("10:35", "11:05", "openEuler 内核面向多样性算力的统一调度框架",
            [S("韦立桓", "华为", "openEuler 内核技术专家"), S("蓝海燕", "华为", "内核工程师")], G1),
          "A Unified Scheduling Framework for Diverse Compute in the openEuler Kernel"),
        E(T("11:05", "11:35", "国产 CPU 平台的安全启动与内核完整性度量", [S("党永明", "海光信息", "安全技术专家")], G1),
          "Secure Boot and Kernel Integrity Measurement on Domestic CPUs"),
        E(T("11:35", "12:05", "从学生到 Maintainer：高校参与内核社区的十年", [S("易文", "浙江大学", "副教授")], G1),
          "From Student to Maintainer: Ten Years of Universities in the Kernel Community"),
        B("12:05", "14:00", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (G2, "中国科学院计算技术研究所 研究员"), [
        E(T("14:00", "14:25", "基于 sched_ext 的在线服务尾延迟调度器", [S("桑宇", "字节跳动", "STE 内核工程师")], G2),
          "A sched_ext Scheduler for the Tail Latency of Online Services"),
        E(T("14:25", "14:50", "大小核架构下的能效感知任务放置", [S("辛雨桐", "OPPO", "高级内核工程师")], G2),
          "Energy-Aware Task Placement on Hybrid Core Architectures"),
        E(T("14:50", "15:15", "ARM64 上下文切换中 SVE/SME 状态的惰性保存", [S("靳朝阳", "安谋科技", "高级软件工程师")], G2),
          "Lazy Saving of SVE/SME State in ARM64 Context Switches"),
        E(T("15:15", "15:40", "多路 LoongArch 服务器的 NUMA 拓扑识别与调度域构建",
            [S("毕晓辉", "龙芯中科", "系统软件工程师"), S("蔡书衡", "中国科学技术大学计算机科学与技术学院", "博士研究生")], G2),
          "NUMA Topology Discovery and Scheduling Domains on Multi-Socket LoongArch Servers"),
        B("15:40", "16:00", "茶歇"),
        E(T("16:00", "16:25", "qspinlock 在 256 核平台上的可扩展性评估", [S("耿伟", "阿里云", "内核专家")], G2),
          "Scalability of qspinlock on 256-Core Platforms"),
        E(T("16:25", "16:50", "实时 Linux 在工业机器人控制器上的确定性保障", [S("庹文杰", "新松机器人", "嵌入式软件专家")], G2),
          "Determinism for Real-Time Linux on Industrial Robot Controllers"),
    ]),
    ("内存管理与异构计算分论坛", (G3, "OPPO 内核团队负责人"), [
        E(T("14:00", "14:25", "匿名页大 folio 与 swap 的协同：手机上的实测", [S("幸佳怡", "小米", "内核工程师")], G3),
          "Anonymous Large Folios and Swap: Measurements on Phones"),
        E(T("14:25", "14:50", "memcg 内存回收的分层水位设计", [S("俞念秋", "美团", "内核工程师")], G3),
          "Tiered Watermarks for memcg Reclaim"),
        E(T("14:50", "15:15", "异构内存上的页面迁移：DAMON 驱动的冷热分层",
            [S("常青", "SK 海力士", "系统软件工程师"), S("吕知远", "北京航空航天大学", "博士研究生")], G3),
          "DAMON-Driven Hot/Cold Page Migration on Heterogeneous Memory"),
        B("15:15", "15:40", "茶歇"),
        E(T("15:40", "16:05", "用 HMM 统一管理 GPU 显存与系统内存", [S("应宏", "摩尔线程", "驱动架构师")], G3),
          "Managing GPU and System Memory Together with HMM"),
        E(T("16:05", "16:30", "页表开销治理：空页表页回收与超大进程", [S("钮文博", "蚂蚁集团", "基础设施技术专家")], G3),
          "Reclaiming Empty Page-Table Pages for Very Large Processes"),
        E(P("16:30", "17:15", "圆桌讨论：异构计算时代内核内存管理的边界", S("米桂芳", "清华大学", "副研究员"),
            [S("权振宇", "寒武纪", "软件架构师"), S("巴图孟和", "华为", "内存子系统专家"),
             S("沃丽娜", "阿里云", "资深技术专家"), S("陈志鹏", "腾讯云", "内核技术专家")], G3),
          "Panel: Where Kernel Memory Management Ends in the Heterogeneous Era"),
    ]),
    ("IO 与 ebpf 分论坛", (G4, "网易 存储内核负责人"), [
        E(T("14:00", "14:25", "块设备写缓存与 FUA 语义的正确性测试", [S("屈明杰", "浪潮信息", "存储内核工程师")], G4),
          "Testing Write Cache and FUA Semantics of Block Devices"),
        E(T("14:25", "14:50", "用 eBPF 实现可编程拥塞控制：CDN 场景实践", [S("焦一鸣", "网宿科技", "网络内核工程师")], G4),
          "Programmable Congestion Control with eBPF in a CDN"),
        E(T("14:50", "15:15", "Btrfs reflink 在容器镜像分层中的应用",
            [S("荀海", "商汤科技", "存储工程师"), S("楼静怡", "商汤科技", "高级工程师")], G4),
          "Using Btrfs Reflinks for Container Image Layers"),
        B("15:15", "15:40", "茶歇"),
        E(T("15:40", "16:05", "与 BPF 验证器共处：常见限制与绕行方法", [S("郁晨", "字节跳动", "内核工程师")], G4),
          "Living with the BPF Verifier: Common Limits and Workarounds"),
        E(T("16:05", "16:30", "NVMe-oF 选型：一次从 RDMA 到 TCP 的存储网络迁移",
            [S("诸葛一帆", "京东云", "存储架构师")], G4),
          "NVMe-oF in Practice: Migrating a Storage Network from RDMA to TCP"),
    ]),
]
EN_FORUMS_B = {"主论坛": "MAIN FORUM", "处理器架构与调度分论坛": "Processor Architecture & Scheduling",
               "内存管理与异构计算分论坛": "Memory Management & Heterogeneous Computing", "IO 与 ebpf 分论坛": "IO & eBPF"}
EN_BREAKS = {"开场": "Opening", "茶歇": "Tea Break", "午餐": "Lunch"}
INTRO_B = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）举办至今已是第1137届，由清华大学、Intel、华为、阿里云、"
           "富士通南大、迪捷软件、腾讯云、OPPO、字节跳动、vivo、蚂蚁集团、龙芯中科等单位发起，以“自由 协作 创新”为理念，"
           "以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本次大会由牡丹江师范学院承办，"
           "议程以中英文双语发布，欢迎海内外 Linux 开发者和爱好者参加。")
UNITS_B = ["牡丹江师范学院", "清华大学", "Intel", "HUAWEI", "阿里云", "腾讯云", "OPPO", "vivo", "字节跳动", "蚂蚁集团",
           "龙芯中科", "Red Hat"]
MEDIA_B = ["CSDN", "InfoQ", "开源中国", "51CTO", "思否", "开源江湖"]
ROYAL_B, DEEP_B, CYAN_B, PINK_B = (24, 72, 226), (14, 44, 170), (40, 214, 255), (255, 120, 214)
PALE_B, ENG_B, GRID_B = (206, 224, 255), (160, 222, 255), (104, 156, 255)
ROW1_B, ROW2_B, BAND_B = (34, 94, 238), (26, 80, 220), (58, 136, 255)
X0B, X1B = 40, 1040
COLS_B = (148, 446, 150)  # Time, Topic, Speaker; Affiliation takes the rest
FT_B, FE_B, FN_B, FU_B, FR_B = font(25, True), font(18), font(23, True), font(18), font(21, True)
TP_B, EP_B, NP_B, UP_B = 36, 26, 32, 25


def xs_b():
    xs = [X0B]
    for c in COLS_B:
        xs.append(xs[-1] + c)
    return xs + [X1B]


def tag_b(d, x, y, label):
    f = font(15, True)
    w = tw(d, label, f) + 12
    d.rounded_rectangle([x, y, x + w, y + 23], radius=5, fill=PINK_B)
    d.text((x + 6, y + 1), label, font=f, fill=WHITE)
    return w


def people_b(s):
    xs = xs_b()
    wn, wu = xs[3] - xs[2] - 26, xs[4] - xs[3] - 26
    ops, y = [], 0
    for i, sp in enumerate(s["sp"]):
        nl = wrap(None, sp["name"], FN_B, wn)
        ul = aff_lines(sp, FU_B, wu)
        for j, ln in enumerate(nl):
            ops.append((2, y + j * NP_B, ln, FN_B, WHITE))
        if s["kind"] == "panel" and i == 0:
            assert len(nl) == 1
            ops.append(("tag", y + 5, tw(None, nl[0], FN_B) + 8, "主持"))
        for j, ln in enumerate(ul):
            ops.append((3, y + 4 + j * UP_B, ln, FU_B, PALE_B))
        y += max(NP_B * len(nl), 4 + UP_B * len(ul)) + 10
    return ops, y - 10


def topic_b(d, s):
    w = COLS_B[1] - 36
    cl = wrap_nicely(d, s["title"], FT_B, w)
    el = wrap_nicely(d, s["en"], FE_B, w)
    s["_lines"] = cl
    s["_en_lines"] = el
    return cl, el, len(cl) * TP_B + 6 + len(el) * EP_B - 4


def heading_b(im, d, y, k, name, host):
    x = X0B + 4
    if k:
        d.polygon([(x + 14, y + 14), (x + 92, y + 14), (x + 78, y + 78), (x, y + 78)], fill=WHITE)
        d.polygon([(x + 98, y + 14), (x + 108, y + 14), (x + 94, y + 78), (x + 84, y + 78)], fill=CYAN_B)
        slanted(im, x + 12, y + 12, "%02d" % k, font(44, True), ROYAL_B, shear=0.2)
        x += 124
    else:
        for j in range(2):
            d.polygon([(x + j * 26, y + 26), (x + j * 26 + 22, y + 46), (x + j * 26, y + 66)],
                      fill=CYAN_B if j else WHITE)
        x += 66
    nw = slanted(im, x, y + 6, name, font(44, True), WHITE, shear=0.18, shadow=(10, 30, 120))
    d.text((x + 6, y + 82), EN_FORUMS_B[name], font=font(20, True), fill=ENG_B)
    hf = font(25, True)
    hw = tw(d, "主持人：" + host[0], hf)
    d.text((X1B - hw, y + 20), "主持人：", font=hf, fill=PINK_B)
    rtext(d, X1B, y + 20, host[0], hf, WHITE)
    uf = font(18)
    ul = [host[1]] if tw(d, host[1], uf) <= 400 else host[1].split(" ")  # a long unit breaks at its space
    for j, ln in enumerate(ul):
        rtext(d, X1B, y + 58 + j * 26, ln, uf, PALE_B)
    assert x + nw + 20 < X1B - max(hw, max(tw(d, ln, uf) for ln in ul)), name
    y += 132
    for i in range(X1B - X0B):
        t = i / (X1B - X0B)
        d.line([(X0B + i, y), (X0B + i, y + 8)],
               fill=tuple(int(CYAN_B[c] + ((70, 120, 255)[c] - CYAN_B[c]) * t) for c in range(3)))
    return y + 28


def table_head_b(d, y):
    xs = xs_b()
    h = 50
    for i in range(X1B - X0B):
        t = i / (X1B - X0B)
        d.line([(X0B + i, y), (X0B + i, y + h)],
               fill=tuple(int((0, 176, 255)[c] + ((60, 110, 255)[c] - (0, 176, 255)[c]) * t) for c in range(3)))
    for lab, a, b in zip(("Time", "Topic", "Speaker", "Affiliation"), xs, xs[1:]):
        ctext(d, (a + b) / 2, y + 9, lab, font(24, True), WHITE)
    return y + h


def row_b(im, d, y, s, k):
    xs = xs_b()
    if s["kind"] == "break":
        h = 58
        d.rectangle([X0B, y, X1B, y + h], fill=BAND_B)
        ctext(d, (xs[0] + xs[1]) / 2, y + 15, rng(s), FR_B, WHITE)
        lab = s["title"] + "  " + EN_BREAKS[s["title"]]
        lf = font(25, True)
        lw = tw(d, lab, lf) + (50 if s["title"] in MEALS else 0)
        lx = (xs[1] + X1B) / 2 - lw / 2
        meal_mark(d, lx, y + 13, s, WHITE, 0.9)
        d.text((lx + (50 if s["title"] in MEALS else 0), y + 11), lab, font=lf, fill=WHITE)
        d.line([(X0B, y + h), (X1B, y + h)], fill=GRID_B, width=1)
        return y + h
    cl, el, th = topic_b(d, s)
    ops, ph = people_b(s)
    h = max(th, ph, 30) + 40
    d.rectangle([X0B, y, X1B, y + h], fill=ROW2_B if k % 2 else ROW1_B)
    ctext(d, (xs[0] + xs[1]) / 2, y + (h - 28) // 2, rng(s), FR_B, WHITE)
    ty = y + (h - th) // 2 - 3
    for i, ln in enumerate(cl):
        d.text((xs[1] + 18, ty + i * TP_B), ln, font=FT_B, fill=WHITE)
    ey = ty + len(cl) * TP_B + 6
    for i, ln in enumerate(el):
        d.text((xs[1] + 18, ey + i * EP_B), ln, font=FE_B, fill=ENG_B)
    py = y + (h - ph) // 2 - 2
    for op in ops:
        if op[0] == "tag":
            tag_b(d, xs[2] + 13 + op[2], py + op[1], op[3])
        else:
            col, dy, text, f, fill = op
            d.text((xs[col] + 13, py + dy), text, font=f, fill=fill)
    for cx in xs[1:-1]:
        d.line([(cx, y), (cx, y + h)], fill=GRID_B, width=1)
    d.line([(X0B, y + h), (X1B, y + h)], fill=GRID_B, width=1)
    return y + h


def plate_b(d, W, y, text, size):
    f = font(size, True)
    bw = tw(d, text, f) + 100
    d.polygon([(W / 2 - bw / 2 + 22, y), (W / 2 + bw / 2 + 22, y), (W / 2 + bw / 2 - 22, y + size + 34),
               (W / 2 - bw / 2 - 22, y + size + 34)], fill=(70, 150, 255), outline=CYAN_B)
    ctext(d, W / 2, y + 10, text, f, WHITE)


def clk_ring(d, cx, cy):
    for i, r in enumerate((150, 124, 100)):
        d.ellipse([cx - r, cy - r * 0.42, cx + r, cy + r * 0.42], outline=(120 - i * 30, 200, 255), width=3 - i // 2)
    d.ellipse([cx - 78, cy - 96, cx + 78, cy + 60], fill=(56, 130, 255), outline=(180, 230, 255), width=3)
    ctext(d, cx, cy - 66, "3142", font(24, True), WHITE)
    ctext(d, cx, cy - 38, "CLK", font(50, True), WHITE)


def paint_b(im, d):
    W = im.size[0]
    logo_lines(d, 48, 46, WHITE, CYAN_B, 1.05)
    rtext(d, X1B - 6, 44, "牡丹江师范学院", font(34, True), WHITE)
    rtext(d, X1B - 6, 92, "MUDANJIANG NORMAL UNIVERSITY", font(16, True), PALE_B)
    slanted(im, 56, 190, "第1137届中国", font(92, True), WHITE, shear=0.12, shadow=(10, 30, 130))
    slanted(im, 56, 312, "Linux内核开发者大会", font(86, True), (200, 240, 255), shear=0.12, shadow=(10, 30, 130))
    pf = font(32, True)
    date = "3142年10月24日"
    pw = tw(d, date, pf) + 40 + tw(d, "牡丹江", pf)
    d.rounded_rectangle([56, 486, 56 + pw + 76, 548], radius=12, outline=CYAN_B, width=3)
    d.text((86, 492), date, font=pf, fill=WHITE)
    pin(d, 86 + tw(d, date, pf) + 10, 500, CYAN_B, ROYAL_B)
    d.text((86 + tw(d, date, pf) + 44, 492), "牡丹江", font=pf, fill=WHITE)
    d.text((56, 590), "地址：牡丹江师范学院", font=font(36, True), fill=WHITE)
    d.text((56, 640), "学术交流中心一楼报告厅", font=font(36, True), fill=WHITE)
    clk_ring(d, 850, 560)
    y = 780
    f = font(24)
    lines = wrap(d, INTRO_B, f, X1B - X0B - 96)
    top, y = y, y + 48 + 46 * len(lines) + 24
    d.rectangle([X0B, top, X1B, y], fill=(34, 92, 232), outline=(90, 150, 255), width=1)
    for (ax, ay), (bx, by) in (((X0B, top), (1, 1)), ((X1B, top), (-1, 1)), ((X0B, y), (1, -1)), ((X1B, y), (-1, -1))):
        d.line([(ax, ay), (ax + 44 * bx, ay)], fill=CYAN_B, width=6)
        d.line([(ax, ay), (ax, ay + 44 * by)], fill=CYAN_B, width=6)
    para(d, X0B + 48, top + 46, INTRO_B, f, (226, 236, 255), X1B - X0B - 96, 46)
    y += 120
    af = font(120, True)
    d.text((W / 2 - tw(d, "AGENDA", af) / 2, y - 50), "AGENDA", font=af, fill=ROYAL_B, stroke_width=2,
           stroke_fill=(90, 160, 255))
    plate_b(d, W, y, "大会议程", 50)
    y += 190
    for k, (name, host, slots) in enumerate(FORUMS_B):
        y = heading_b(im, d, y, k, name, host)
        top = y
        y = table_head_b(d, y)
        for i, s in enumerate(slots):
            y = row_b(im, d, y, s, i)
        d.rectangle([X0B, top, X1B, y], outline=(120, 180, 255), width=2)
        y += 110
    plate_b(d, W, y, "支持单位", 44)
    y = units_grid(d, X0B + 70, X1B - 70, y + 120, UNITS_B, 3, WHITE, ROYAL_B, bh=80, gap=22) + 60
    plate_b(d, W, y, "支持媒体", 44)
    y = units_grid(d, X0B + 70, X1B - 70, y + 120, MEDIA_B, 3, None, WHITE, bh=80, gap=22, outline=WHITE) + 60
    d.rounded_rectangle([W / 2 - 150, y, W / 2 + 150, y + 300], radius=16, fill=WHITE)
    qrcode(d, W / 2 - 125, y + 25, 250, 31421)
    ctext(d, W / 2, y + 330, "扫码报名", font(42, True), WHITE)
    ctext(d, W / 2, y + 396, "现场名额 400 人，报名审核通过后参会", font(24), PALE_B)
    ctext(d, W / 2, y + 458, "一同探索 Linux 内核之美", font(38, True), WHITE)
    return y + 580


def bg_b(w, h):
    im = vgrad(w, h, (26, 82, 236), (16, 52, 196))
    im = glow(im, 880, 520, 420, (80, 200, 255), 0.45)
    im = glow(im, 140, 120, 300, (90, 150, 255), 0.3)
    for k, yy in enumerate(range(2300, h - 600, 1700)):
        im = glow(im, w + 40 if k % 2 else -40, yy, 460, (60, 170, 255), 0.25)
    lay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ld = ImageDraw.Draw(lay)
    for i in range(10):  # the light streaks of the 2024 header
        ld.line([(380 + i * 68, 0), (w, 460 - i * 40)], fill=(170, 220, 255, 40), width=2)
    for i in range(5):
        ld.arc([520 - i * 30, 300 - i * 20, 1300 + i * 24, 860 + i * 14], 180, 340, fill=(120, 220, 255, 70), width=3)
    im = Image.alpha_composite(im.convert("RGBA"), lay.filter(ImageFilter.GaussianBlur(1))).convert("RGB")
    return grain(im, 31421, GRAIN_B)


GRAIN_B = 0.0  # any grain at all dithers the gradient and takes the PNG over 1.6 MB


# ===========================================================================
FILE_A = "clk3141-jiamusi-2023-dark-table-4col.png"
FILE_B = "clk3142-mudanjiang-2024-royal-table-bilingual.png"
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 102, 107): speakers are names as printed with spaces "
    "and the ideographic padding of two-character names removed ('尤　佳' -> '尤佳', '瞿　芳' -> '瞿芳'; the Latin "
    "names 'Lars Vestergaard' -> 'LarsVestergaard', 'Chiara Pellegrini' -> 'ChiaraPellegrini'); host is the chair "
    "printed after '主持人：' for the forum covering the slot (the unit beside or under it is no part of it and no "
    "affiliation), null for breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each has his "
    "own affiliation, in printed order; affiliations are 'company job' joined by one space ('浪潮信息 "
    "服务器操作系统首席架构师', 'SUSE Kernel Team Lead'); an opening speech printed with a speaker ('开幕致辞', "
    "'欢迎致辞') is a talk, a slot printed without one ('开幕', '开场') is a break; '午餐' closes 主论坛 as its break; "
    "every forum carries its edition's date. Two invented editions stand in for CLK2022's ONE agenda image "
    "(imgs/2022clk.png, a 1.5 MB PNG): each is ONE whole-edition PNG, 1080 wide, holding CLK2022's four forums in "
    "printed order under the names its README gives them (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, "
    "'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), each forum printed as a FOUR-COLUMN programme TABLE: "
    "CLK 3141 (第1136届, 佳木斯, 3141-10-18, dark, 时间 | 议题 | 讲者 | 单位) and CLK 3142 (第1137届, 牡丹江, "
    "3142-10-24, royal blue, Time | Topic | Speaker | Affiliation, every topic in Chinese over its English "
    "translation), both Saturdays; no talk and no person is on both. Headers, logo lines, the school's names, "
    "introductions, addresses, date boxes and pills, the CLK marks and rings, '大会议程', the hollow 'AGENDA' and "
    "'SUPPORT', '支持单位', '支持媒体', support units, media, QR captions, seat lines, slogans and organiser lines "
    "are never part of a name, a title or a slot; the numerals and number tabs '01'..'03' and the chevrons before "
    "'主论坛' are no part of a forum's name; a table's head row is no slot. Judgement calls: (1) CLK 3141: the "
    "afternoon forums are printed with the organisers' 2023 space before '分论坛' ('处理器架构与调度 分论坛', "
    "'内存管理与异构计算 分论坛'); the truth gives the README's names. The host stands at the right of the forum's "
    "heading, '主持人：name' over the unit. Rows are top-aligned: the range, the first title line and the first "
    "name share the row's top. A speaker's affiliation is the 单位 text beginning level with his name; where it "
    "takes two lines they are one affiliation: a break at the space between company and job is that space "
    "('浪潮信息' over '服务器操作系统首席架构师' -> '浪潮信息 服务器操作系统首席架构师'; '飞腾信息技术有限公司' over "
    "'操作系统工程师'), a break inside a Chinese word joins without one ('中国科学院软件研究所智能' / '软件研究中心 "
    "助理研究员' -> '中国科学院软件研究所智能软件研究中心 助理研究员'; '华中科技大学武汉光电国' / '家研究中心 博士研究生'). "
    "The Latin name wraps in 讲者 ('Lars' over 'Vestergaard'): one speaker, LarsVestergaard, whose affiliation is "
    "the one line 'SUSE Kernel Team Lead'. 危立新 and 瞿芳 (both 壁仞科技 驱动工程师) are two speakers of one row "
    "whose shared unit is printed ONCE, centred across both names: each is given that affiliation. 卢佳宁 and "
    "佟思远 (both vivo, two jobs), 詹宇航 (飞腾) and 郦晨 (天津大学), 尹卓然 (中兴通讯) and 覃雅琪 (华中科技大学…) are "
    "two speakers of one row, one under the other, each with the unit level with his name. The round table "
    "prints '主持人：' and '嘉宾：' as small violet labels on lines of their own in 讲者: they are labels, no names. "
    "'09:00-09:10 开幕' is a break. (2) CLK 3142: the table's head row is in English ('Time', 'Topic', 'Speaker', "
    "'Affiliation'); each forum's heading prints the README's Chinese name (leaning) with an English name under "
    "it ('MAIN FORUM', 'Processor Architecture & Scheduling', ...), which is no part of the forum's name. Every "
    "topic is a Chinese title (bold, one or two lines) over its English translation (smaller, pale, one or two "
    "lines): the title is the Chinese text alone; the translation is no part of it, also for the Latin speaker "
    "Chiara Pellegrini's talk, which prints the Chinese title first like every other ('内核补丁评审的自动化：从 CI "
    "到大模型辅助' over 'Automating Kernel Patch Review: From CI to LLM Assistance'), and for '欢迎致辞' over "
    "'Welcome Address'. Break bands print both labels ('开场  Opening', '茶歇  Tea Break', '午餐  Lunch'): the "
    "title is the Chinese label. Cells are centred vertically, so a one-line range stands level with the middle "
    "of a four-line topic. Her name wraps in Speaker ('Chiara' over 'Pellegrini') and her affiliation over three "
    "lines ('Red Hat' / 'Principal Software' / 'Engineer' -> 'Red Hat Principal Software Engineer'). The round "
    "table's moderator is marked by a small pink tag '主持' after his name (a label, no part of it); the four "
    "guests follow untagged. 韦立桓 and 蓝海燕 (both 华为), 毕晓辉 (龙芯中科) and 蔡书衡 (中国科学技术大学…), 常青 (SK "
    "海力士) and 吕知远 (北京航空航天大学), 荀海 and 楼静怡 (both 商汤科技) are two speakers of one row each. The "
    "afternoon forums start at 14:00 and '午餐' runs 12:05-14:00. (3) A round table is ONE slot of kind 'panel': "
    "the moderator first, then the guests in printed order, one affiliation each; its title keeps '圆桌：' / "
    "'圆桌讨论：'; the moderator is not the forum's host (乔海涛 vs 阎振东, 米桂芳 vs 简海波). Titles wrapped in "
    "their column are one title each, joined with a space between Latin words and without one inside Chinese "
    "text (most titles wrap, many inside a word: 'Rust for Linux 驱' / '动开发的工程化现状'). Uncommon surnames: 单 "
    "(单志刚, read Shàn), 籍 (籍海宁), 危 (危立新), 瞿 (瞿芳), 郦 (郦晨), 奚 (奚蕾), 庹 (庹文杰), 幸 (幸佳怡), 钮 (钮文博), "
    "沃 (沃丽娜), 荀 (荀海), 栾 (栾志强); compound 诸葛 (诸葛一帆); a Mongolian name, 巴图孟和."
)
LAYOUTS = {
    FILE_A: (
        "CLK 3141 (第1136届), 佳木斯, 3141-10-18 (PNG, 1080 x %d, faint grain): ONE whole-edition image in the "
        "organisers' 2023 NEAR BLACK (violet glow, neon swirl, a sphere); forum names with the 2023 space before "
        "'分论坛' under cut teal numerals, the host at the right of the heading, a teal bar; per forum a gridded "
        "table 时间 | 议题 | 讲者 | 单位 with a teal head row, rows top-aligned, teal titles, padded names, blue units "
        "level with each name (wrapped at the company/job space or inside words), one two-speaker row with its "
        "shared unit printed once; round table with violet '主持人：' / '嘉宾：' labels; '开幕', 茶歇 and 午餐 as "
        "bands. 6 + 5 + 5 + 5 scored."),
    FILE_B: (
        "CLK 3142 (第1137届), 牡丹江, 3142-10-24 (PNG, 1080 x %d): ONE whole-edition image in the organisers' 2024 "
        "ROYAL BLUE (light streaks, glows); headings with a slanted number tab, the leaning Chinese name and an "
        "English name under it, '主持人：' (pink) + name at the right over the unit, a cyan bar; per forum a table "
        "Time | Topic | Speaker | Affiliation with a cyan head row, cells centred vertically, every topic a Chinese "
        "title over its English translation; bilingual break bands ('茶歇  Tea Break'); the round table's moderator "
        "tagged '主持'; afternoon from 14:00. 6 + 6 + 6 + 5 scored."),
}


def scored(forums):
    return [s for _, _, sl in forums for s in sl if s["kind"] != "break"]


def check(posters):
    """What the brief asks, no person twice, no real name, no title or name of the real repositories."""
    people = []
    words = listing_words()
    for forums in (FORUMS_A, FORUMS_B):
        assert [n for n, _, _ in forums] == FORUM_NAMES
        slots = [s for _, _, sl in forums for s in sl]
        for _, host, sl in forums:
            people.append(host[0])
            people += [sp["name"] for s in sl for sp in s["sp"]]
            assert sl[0]["start"] == ("09:00" if sl is forums[0][2] else sl[0]["start"])
            for a, b in zip(sl, sl[1:]):
                assert a["end"] == b["start"], (a, b)
            for s in sl:
                assert s["start"] < s["end"]
                assert (s["host"] is None) == (s["kind"] == "break")
        assert sum(s["kind"] == "panel" for s in slots) == 1
        assert sum(len(s["sp"]) == 2 for s in slots) >= 3
        assert {"茶歇", "午餐"} <= {s["title"] for s in slots}
        assert [s["title"] for s in forums[0][2] if s["kind"] == "break"][-1] == "午餐"
        assert any(s["title"] in ("开幕致辞", "欢迎致辞") and s["sp"] for s in slots)
        assert sum(bool(re.fullmatch(r"[A-Za-z ]+", sp["name"])) for s in slots for sp in s["sp"]) == 1
        assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
        for s in scored(forums):
            assert s["title"] not in words, s["title"]
            for sp in s["sp"]:
                assert plain(sp["name"]) not in words, sp["name"]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(map(plain, people)) & set(REAL_NAMES)
    # the afternoons: 13:30 on CLK 3141, 14:00 on CLK 3142 (as the organisers' 2023 and 2024 images)
    assert {f[2][0]["start"] for f in FORUMS_A[1:]} == {"13:30"} and {f[2][0]["start"] for f in FORUMS_B[1:]} == {"14:00"}
    # every B slot that is scored carries its English translation
    assert all("en" in s for s in scored(FORUMS_B))
    # the cells that wrap, as the note says
    wn_a, wn_b = xs_a()[3] - xs_a()[2] - 28, xs_b()[3] - xs_b()[2] - 26
    wrapped = [sp["name"] for _, _, sl in FORUMS_A for s in sl for sp in s["sp"] if len(wrap(None, pad(sp["name"]), FN_A, wn_a)) > 1]
    wrapped += [sp["name"] for _, _, sl in FORUMS_B for s in sl for sp in s["sp"] if len(wrap(None, sp["name"], FN_B, wn_b)) > 1]
    assert wrapped == ["Lars Vestergaard", "Chiara Pellegrini"], wrapped
    wu_a, wu_b = xs_a()[4] - xs_a()[3] - 28, xs_b()[4] - xs_b()[3] - 26
    assert aff_lines(S("籍海宁", "中国科学院软件研究所智能软件研究中心", "助理研究员"), FU_A, wu_a) == [
        "中国科学院软件研究所智能", "软件研究中心 助理研究员"]
    assert aff_lines(S("蒋红岩", "浪潮信息", "服务器操作系统首席架构师"), FU_A, wu_a) == ["浪潮信息", "服务器操作系统首席架构师"]
    assert aff_lines(S("Chiara Pellegrini", "Red Hat", "Principal Software Engineer"), FU_B, wu_b) == [
        "Red Hat", "Principal Software", "Engineer"]
    assert len(aff_lines(S("危立新", "壁仞科技", "驱动工程师"), FU_A, wu_a)) == 1
    titles = []
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    return len(titles)


def main():
    im_a = two_pass(1080, paint_a, bg_a)
    im_b = two_pass(1080, paint_b, bg_b)
    pics = [(FILE_A, im_a, [{"forum": n, "date": DATE_A, "slots": [truth_slot(s) for s in sl]} for n, _, sl in FORUMS_A]),
            (FILE_B, im_b, [{"forum": n, "date": DATE_B, "slots": [truth_slot(s) for s in sl]} for n, _, sl in FORUMS_B])]
    posters = []
    for fn, im, forums in pics:
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert im.size[0] == 1080
        assert 1.0e6 <= size <= 1.6e6, (fn, size)
        posters.append({"file": fn, "layout": LAYOUTS[fn] % im.size[1], "date": forums[0]["date"],
                        "forums": forums})
    n = check(posters)
    print("scored talks", n)
    assert 35 <= n <= 50, n
    truth = {"written": "2026-12-08", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
