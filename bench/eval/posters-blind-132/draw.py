"""Draw the hundred-and-thirty-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances
(fixed numbers, never hash()).  The set stands in for CLK2022's ONE agenda image
(imgs/2022clk.png, a 1.5 MB PNG): two invented editions, each ONE whole-edition
PNG, 1080 wide, with CLK2022's four forums, each forum printed as a programme TABLE:
  CLK 3321 (第1316届, 阜阳, 3321-10-18): the organisers' 2024 ROYAL BLUE; THREE
    columns 时间 | 议题 | 演讲嘉宾, per person the name over 'company job' in one
    cell; host at the right of the heading; afternoon from 14:00.
  CLK 3322 (第1317届, 肇庆, 3322-10-17): the organisers' 2023 NEAR BLACK; FOUR
    columns 时间 | 议题 | 讲者 | 单位, every cell set from the left, each unit
    level with its name; host on a line under the heading; afternoon from 13:30.
Helpers from font to slanted (font, tw, TOKEN, NO_LINE_START, wrap_widths,
wrap, wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, T, P, B, plain,
truth_slot, two_pass, cup, bowl, logo_lines, para, fits, MEALS, WHITE, rng,
meal_mark, units_grid, saturday, pad, listing_words, pin, hollow_word,
slanted), REAL_NAMES, FORUM_NAMES and hgrad are copied unchanged from
bench/eval/posters-blind-126/draw.py (which took them from set 120 and, before
it, sets 114, 107, 102, 95 and 59); S, aff and aff_lines are copied with one
change (a unit may be printed without a space between company and job).
paint_a/heading_a/plate_a/clk_ring/bg_a and paint_b/heading_b/bg_b are set
126's headers and headings redrawn at 1080 px; everything else is new.
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


def S(name, company, job, sep=" "):
    """A speaker as printed: name, company, job title (None where none is printed) and what the designer typed
    between company and job (one space, or nothing: 'vivo底层软件专家', as the organisers' own posters type it)."""
    return {"name": name, "company": company, "job": job, "sep": sep}


def aff(sp):
    """The affiliation the truth gives: company and job as printed (joined by one space, or by nothing)."""
    return sp["company"] if sp["job"] is None else sp["company"] + sp["sep"] + sp["job"]


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



def aff_lines(sp, f, w):
    """'company job' in a table cell: one line where it fits; else the company over the job (the break at the
    space), each wrapped if need be; a company too long for the cell wraps with the job in lines of even length."""
    one = aff(sp)
    if tw(None, one, f) <= w:
        return [one]
    if sp["job"] is not None and sp["sep"] == " " and tw(None, sp["company"], f) <= w:
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



# names of real speakers and hosts read on the real posters (the union of the lists of sets 114 and 116; the names
# I read in my own crops of the real 2023 and 2024 agendas are all in it already); none may be used
REAL_NAMES = sorted(set([
    "付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
    "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
    "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
    "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
    "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "郑琦", "李培锋", "彭志光", "司延腾", "殷锋卫", "谈鉴锋",
    "李治军", "许珉嘉", "宋牧春", "谢旻晟", "郭健", "朱彦军", "韩传华", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "左泽", "王海粟", "江锋", "黄睿",
    "李扬韬", "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "祝嘉", "张子扬", "谢昱晟", "伍勃", "王建政", "LianboJiang", "慕冬亮", "甄鹏", "谢淼", "周傲易"]))

FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's README


def hgrad(d, x0, x1, y0, y1, c1, c2):
    for i in range(int(x1 - x0)):
        t = i / max(1, x1 - x0 - 1)
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(c1[c] + (c2[c] - c1[c]) * t) for c in range(3)))


def printed_forum(name):
    """A forum's name as the organisers' designers set it in a heading: a space before '分论坛' ('内存 分论坛',
    '调度与锁 分论坛' in 2024; '内存管理 分论坛' in 2023).  'IO 与 ebpf 分论坛' has its space already."""
    if name.endswith("分论坛") and not name.endswith(" 分论坛"):
        return name[:-3] + " 分论坛"
    return name


# ===========================================================================
# 1. CLK 3321 (第1316届), 阜阳, Saturday 3321-10-18: ONE whole-edition PNG, 1080 wide, in the organisers' 2024
#    ROYAL BLUE.  Each forum: a slanted number tab ('01'..'03'; two chevrons before 主论坛), the name leaning with a
#    space before '分论坛', '主持人：name' at the right over the unit; a cyan bar; then a THREE-column table
#    时间 | 议题 | 演讲嘉宾: the range centred, the title and the people set from the left, all centred vertically;
#    in 演讲嘉宾 per person the padded name over 'company job' (one cell).
DATE_A = "3321-10-18"
HA = ("谯振东", "阜阳师范大学计算机与信息工程学院院长"), ("党晓川", "中国科学院计算技术研究所副研究员"), \
    ("宓佳音", "上海交通大学副教授"), ("岑国栋", "网易数帆存储技术专家")
H1, H2, H3, H4 = (h[0] for h in HA)
FORUMS_A = [
    ("主论坛", HA[0], [
        B("08:30", "09:00", "签到"),
        T("09:00", "09:10", "开幕致辞", [S("芮建平", "阜阳师范大学", "副校长", "")], H1),
        T("09:10", "09:40", "面向智算中心的操作系统内核：挑战与演进", [S("樊立恒", "中兴通讯", "操作系统首席架构师")], H1),
        T("09:40", "10:10", "Kernel Self-Protection on Arm64: Pointer Authentication, BTI and MTE in Production",
          [S("Sebastian Kowalczyk", "Collabora", "Principal Kernel Engineer")], H1),
        B("10:10", "10:25", "茶歇"),
        T("10:25", "10:55", "车载座舱系统的内核启动时间优化",
          [S("喻思辰", "理想汽车", "系统软件专家"), S("褚梦琪", "理想汽车", "内核工程师")], H1),
        T("10:55", "11:25", "Rust for Linux 驱动在国产服务器上的落地实践", [S("邬卓然", "统信软件", "内核架构师")], H1),
        P("11:25", "12:10", "圆桌论坛：开源内核供应链的安全与可持续",
          S("蒯文龙", "合肥工业大学", "教授"),
          [S("言志豪", "华为", "可信计算专家"), S("屠静姝", "阿里云", "安全内核负责人"),
           S("尉迟明远", "奇安信", "漏洞研究员"), S("帅雅文", "开放原子开源基金会", "技术监督委员会委员")], H1),
        B("12:10", "14:00", "午餐"),
    ]),
    ("处理器架构与调度分论坛", HA[1], [
        T("14:00", "14:25", "混合架构处理器上的任务放置：大小核感知调度实践", [S("狄鸿宇", "英特尔", "软件架构师")], H2),
        T("14:25", "14:50", "Scaling RCU Callbacks on 384-Core Arm64 Servers",
          [S("漆俊杰", "Ampere Computing", "资深软件工程师")], H2),
        T("14:50", "15:20", "实时任务的优先级继承：从 rt_mutex 到 proxy execution",
          [S("易轩", "地平线", "实时系统工程师"), S("戚梦洁", "东南大学", "博士研究生")], H2),
        B("15:20", "15:35", "茶歇"),
        T("15:35", "16:00", "RISC-V 平台上的 CPU 热插拔与电源管理", [S("甯子墨", "赛昉科技", "内核工程师")], H2),
        T("16:00", "16:25", "虚拟化场景下 vCPU 调度延迟的测量方法", [S("鄢宁", "天翼云", "虚拟化专家")], H2),
    ]),
    ("内存管理与异构计算分论坛", HA[2], [
        T("14:00", "14:25", "手机大内存场景下的匿名页回收策略调优", [S("戈嘉怡", "荣耀", "内存管理专家", "")], H3),
        T("14:25", "14:50", "Device-Private Memory in Practice: Migrating Pages to Accelerators",
          [S("诸葛明辉", "寒武纪", "驱动架构师")], H3),
        T("14:50", "15:20", "基于 DAMON 的冷热页识别在数据库中的应用",
          [S("蒙立新", "OceanBase", "内核工程师"), S("仝小雨", "华东师范大学", "硕士研究生")], H3),
        B("15:20", "15:35", "茶歇"),
        T("15:35", "16:00", "NPU 共享虚拟地址与 IOMMU 页表同步机制", [S("隗振邦", "华为", "昇腾计算架构师")], H3),
        T("16:00", "16:25", "CXL Type-3 内存设备的在线扩容与热插拔", [S("屈乐天", "浪潮信息", "服务器系统工程师")], H3),
    ]),
    ("IO 与 ebpf 分论坛", HA[3], [
        T("14:00", "14:25", "io_uring 在分布式存储客户端中的零拷贝实践", [S("钭一鸣", "小红书", "存储研发工程师")], H4),
        T("14:25", "14:50", "BPF Tokens and Delegation for Unprivileged Containers",
          [S("吉雨桐", "蚂蚁集团", "安全容器工程师")], H4),
        T("14:50", "15:20", "多队列块层的 CPU 亲和与中断聚合调优",
          [S("展鹏飞", "中国移动云能力中心", "存储专家"), S("费思源", "中国移动云能力中心", "存储工程师")], H4),
        B("15:20", "15:35", "茶歇"),
        T("15:35", "16:00", "LSM BPF 在终端安全加固中的应用", [S("荆浩", "vivo", "安全内核工程师", "")], H4),
        T("16:00", "16:25", "基于 fanotify 的文件访问审计与性能开销评估", [S("桂思涵", "深信服", "终端安全工程师")], H4),
    ]),
]
INTRO_A = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）举办至今已是第1316届，由清华大学、Intel、华为、阿里云、"
           "富士通南大、腾讯云、OPPO、字节跳动、vivo、蚂蚁集团、龙芯中科等单位发起，以“自由 协作 创新”为理念，以开源技术的"
           "推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。")
INTRO_A2 = ("本次大会由阜阳师范大学承办，上午为主论坛，下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛同时"
            "进行，诚邀广大 Linux 开发者和爱好者参加。")
UNITS_A = ["阜阳师范大学", "清华大学", "Intel", "HUAWEI", "阿里云", "腾讯云", "OPPO", "vivo", "字节跳动", "蚂蚁集团",
           "龙芯中科", "统信软件"]
MEDIA_A = ["CSDN", "InfoQ", "开源中国", "51CTO", "思否", "开源江湖"]
W = 1080
ROYAL_A, CYAN_A, PINK_A, PALE_A = (24, 72, 226), (40, 214, 255), (255, 120, 214), (200, 220, 255)
TITLE_A = (118, 236, 255)
GRID_A, ROW1_A, ROW2_A, BAND_A = (96, 150, 255), (32, 92, 238), (25, 80, 220), (54, 132, 255)
X0A, X1A = 40, 1040
COLS_A = (180, 470)  # 时间, 议题; 演讲嘉宾 takes the rest (350)
FT_A, FN_A, FU_A, FR_A, FL_A = font(26, True), font(25, True), font(19), font(23, True), font(18, True)
TP_A, NP_A, UP_A, LP_A = 37, 34, 27, 28  # line pitches: title, name, unit, label
PADL_A = 18


def xs_a():
    return [X0A, X0A + COLS_A[0], X0A + COLS_A[0] + COLS_A[1], X1A]


def widths_a():
    """Text widths of the 议题 and 演讲嘉宾 cells."""
    xs = xs_a()
    return xs[2] - xs[1] - 2 * PADL_A, xs[3] - xs[2] - 2 * PADL_A


def people_a(s):
    """The 演讲嘉宾 cell: lines (dy, text, font, fill) set from the left, and the block's height.  Per person the
    padded name over 'company job' (wrapped at the company/job space, else evenly); a round table prints small pink
    labels '主持人：' and '嘉　宾：' on lines of their own."""
    _, wp = widths_a()
    lines, y = [], 0
    for i, sp in enumerate(s["sp"]):
        if s["kind"] == "panel" and i in (0, 1):
            if i:
                y += 6
            lines.append((y, "主持人：" if i == 0 else "嘉　宾：", FL_A, PINK_A))
            y += LP_A
        lines.append((y, fits(None, pad(sp["name"]), FN_A, wp), FN_A, WHITE))
        y += NP_A
        for ln in aff_lines(sp, FU_A, wp):
            lines.append((y, ln, FU_A, PALE_A))
            y += UP_A
        y += 4 if s["kind"] == "panel" else 14
    return lines, y - (4 if s["kind"] == "panel" else 14)


def heading_a(im, d, y, k, name, host):
    x = X0A + 4
    if k:
        d.polygon([(x + 14, y + 14), (x + 92, y + 14), (x + 78, y + 80), (x, y + 80)], fill=WHITE)
        d.polygon([(x + 98, y + 14), (x + 108, y + 14), (x + 94, y + 80), (x + 84, y + 80)], fill=CYAN_A)
        slanted(im, x + 12, y + 13, "%02d" % k, font(44, True), ROYAL_A, shear=0.2)
        x += 124
    else:
        for j in range(2):
            d.polygon([(x + j * 27, y + 26), (x + j * 27 + 22, y + 46), (x + j * 27, y + 66)],
                      fill=CYAN_A if j else WHITE)
        x += 66
    nw = slanted(im, x, y + 6, printed_forum(name), font(44, True), WHITE, shear=0.18, shadow=(10, 30, 120))
    hf, uf = font(26, True), font(17)
    hname = pad(host[0])
    hw = tw(d, "主持人：" + hname, hf)
    block = max(hw, tw(d, host[1], uf))
    hy = y + 12
    if x + nw + 20 > X1A - block:  # a long name leaves no room: the host goes on a line under it, at the right
        hy = y + 92
    d.text((X1A - hw, hy), "主持人：", font=hf, fill=PINK_A)
    rtext(d, X1A, hy, hname, hf, WHITE)
    rtext(d, X1A, hy + 40, fits(d, host[1], uf, 460), uf, PALE_A)
    y = hy + 80 if hy > y + 12 else y + 96
    hgrad(d, X0A, X1A, y, y + 8, CYAN_A, (70, 120, 255))
    return y + 26


def table_head_a(d, y):
    xs = xs_a()
    h = 52
    hgrad(d, X0A, X1A, y, y + h, (0, 176, 255), (60, 110, 255))
    for lab, a, b in zip(("时间", "议题", "演讲嘉宾"), xs, xs[1:]):
        ctext(d, (a + b) / 2, y + 9, lab, font(26, True), WHITE)
    for cx in xs[1:-1]:
        d.line([(cx, y), (cx, y + h)], fill=(170, 210, 255), width=1)
    return y + h


def row_a(d, y, s, k):
    xs = xs_a()
    if s["kind"] == "break":
        h = 60
        d.rectangle([X0A, y, X1A, y + h], fill=BAND_A)
        ctext(d, (xs[0] + xs[1]) / 2, y + 15, rng(s), FR_A, WHITE)
        lf = font(27, True)
        lw = tw(d, s["title"], lf) + (52 if s["title"] in MEALS else 0)
        lx = (xs[1] + X1A) / 2 - lw / 2
        meal_mark(d, lx, y + 14, s, WHITE, 0.95)
        d.text((lx + (52 if s["title"] in MEALS else 0), y + 11), s["title"], font=lf, fill=WHITE)
        d.line([(xs[1], y), (xs[1], y + h)], fill=GRID_A, width=1)
        d.line([(X0A, y + h), (X1A, y + h)], fill=GRID_A, width=1)
        return y + h
    tl = wrap_nicely(d, s["title"], FT_A, widths_a()[0])
    s["_lines"] = tl
    th = (len(tl) - 1) * TP_A + 30
    lines, ph = people_a(s)
    h = max(th, ph, 30) + 44
    d.rectangle([X0A, y, X1A, y + h], fill=ROW2_A if k % 2 else ROW1_A)
    ctext(d, (xs[0] + xs[1]) / 2, y + (h - 28) // 2 - 2, rng(s), FR_A, WHITE)
    ty = y + (h - th) // 2 - 4
    for i, ln in enumerate(tl):
        d.text((xs[1] + PADL_A, ty + i * TP_A), ln, font=FT_A, fill=TITLE_A)
    py = y + (h - ph) // 2 - 4
    for dy, text, f, fill in lines:
        d.text((xs[2] + PADL_A, py + dy), text, font=f, fill=fill)
    for c in xs[1:-1]:
        d.line([(c, y), (c, y + h)], fill=GRID_A, width=1)
    d.line([(X0A, y + h), (X1A, y + h)], fill=GRID_A, width=1)
    return y + h


def plate_a(d, y, text, size):
    f = font(size, True)
    bw = tw(d, text, f) + 100
    d.polygon([(W / 2 - bw / 2 + 22, y), (W / 2 + bw / 2 + 22, y), (W / 2 + bw / 2 - 22, y + size + 34),
               (W / 2 - bw / 2 - 22, y + size + 34)], fill=(70, 150, 255), outline=CYAN_A)
    ctext(d, W / 2, y + 9, text, f, WHITE)


def clk_ring(d, cx, cy, year):
    for i, r in enumerate((150, 125, 100)):
        d.ellipse([cx - r, cy - r * 0.42, cx + r, cy + r * 0.42], outline=(120 - i * 30, 200, 255), width=3 - i // 2)
    d.ellipse([cx - 78, cy - 96, cx + 78, cy + 60], fill=(56, 130, 255), outline=(180, 230, 255), width=3)
    ctext(d, cx, cy - 56, year, font(22, True), WHITE)
    ctext(d, cx, cy - 34, "CLK", font(50, True), WHITE)


def paint_a(im, d):
    logo_lines(d, 46, 44, WHITE, CYAN_A, 1.05)
    rtext(d, X1A - 4, 42, "阜阳师范大学", font(34, True), WHITE)
    rtext(d, X1A - 4, 90, "FUYANG NORMAL UNIVERSITY", font(16, True), PALE_A)
    slanted(im, 52, 190, "第1316届中国", font(92, True), WHITE, shear=0.12, shadow=(10, 30, 130))
    slanted(im, 52, 312, "Linux内核开发者大会", font(84, True), (200, 240, 255), shear=0.12, shadow=(10, 30, 130))
    pf = font(31, True)
    date = "3321年10月18日"
    bx1 = 52 + tw(d, date, pf) + tw(d, "阜阳", pf) + 112
    d.rounded_rectangle([52, 486, bx1, 546], radius=12, outline=CYAN_A, width=3)
    d.text((80, 492), date, font=pf, fill=WHITE)
    pin(d, 80 + tw(d, date, pf) + 10, 500, CYAN_A, ROYAL_A, 1.0)
    d.text((80 + tw(d, date, pf) + 44, 492), "阜阳", font=pf, fill=WHITE)
    d.text((52, 588), "地址：阜阳师范大学西湖校区", font=font(34, True), fill=WHITE)
    d.text((52, 636), "图书馆学术报告厅", font=font(34, True), fill=WHITE)
    clk_ring(d, 856, 586, "3321")
    y = 780
    f = font(24)
    mw = X1A - X0A - 96
    n = len(wrap(d, INTRO_A, f, mw)) + len(wrap(d, INTRO_A2, f, mw))
    top, y = y, y + 48 + 44 * n + 10 + 24
    d.rectangle([X0A, top, X1A, y], fill=(34, 92, 232), outline=(90, 150, 255), width=1)
    for (ax, ay), (bx, by) in (((X0A, top), (1, 1)), ((X1A, top), (-1, 1)), ((X0A, y), (1, -1)), ((X1A, y), (-1, -1))):
        d.line([(ax, ay), (ax + 44 * bx, ay)], fill=CYAN_A, width=6)
        d.line([(ax, ay), (ax, ay + 44 * by)], fill=CYAN_A, width=6)
    yy = para(d, X0A + 48, top + 46, INTRO_A, f, (226, 236, 255), mw, 44)
    para(d, X0A + 48, yy + 10, INTRO_A2, f, (226, 236, 255), mw, 44)
    y += 120
    af = font(120, True)
    d.text((W / 2 - tw(d, "AGENDA", af) / 2, y - 50), "AGENDA", font=af, fill=ROYAL_A, stroke_width=2,
           stroke_fill=(90, 160, 255))
    plate_a(d, y, "大会议程", 52)
    y += 190
    for k, (name, host, slots) in enumerate(FORUMS_A):
        y = heading_a(im, d, y, k, name, host)
        top = y
        y = table_head_a(d, y)
        for i, s in enumerate(slots):
            y = row_a(d, y, s, i)
        d.rectangle([X0A, top, X1A, y], outline=(120, 180, 255), width=2)
        y += 110
    plate_a(d, y, "支持单位", 44)
    y = units_grid(d, X0A + 70, X1A - 70, y + 120, UNITS_A, 3, WHITE, ROYAL_A, bh=80, gap=22) + 60
    plate_a(d, y, "支持媒体", 44)
    y = units_grid(d, X0A + 70, X1A - 70, y + 120, MEDIA_A, 3, None, WHITE, bh=80, gap=22, outline=WHITE) + 60
    d.rounded_rectangle([W / 2 - 150, y, W / 2 + 150, y + 300], radius=16, fill=WHITE)
    qrcode(d, W / 2 - 125, y + 25, 250, 33211)
    ctext(d, W / 2, y + 330, "扫码报名", font(44, True), WHITE)
    ctext(d, W / 2, y + 398, "300份现场礼品，先到先得", font(25), PALE_A)
    ctext(d, W / 2, y + 460, "一同探索 Linux 内核之美", font(40, True), WHITE)
    return y + 590


def bg_a(w, h):
    im = vgrad(w, h, (26, 82, 236), (16, 52, 196))
    im = glow(im, 860, 560, 420, (80, 200, 255), 0.45)
    im = glow(im, 140, 120, 300, (90, 150, 255), 0.3)
    for k, yy in enumerate(range(2300, h - 600, 1700)):
        im = glow(im, w + 40 if k % 2 else -40, yy, 460, (60, 170, 255), 0.25)
    lay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ld = ImageDraw.Draw(lay)
    for i in range(10):  # the light streaks of the 2024 header
        ld.line([(380 + i * 68, 0), (w, 460 - i * 40)], fill=(170, 220, 255, 40), width=2)
    for i in range(5):
        ld.arc([520 - i * 30, 320 - i * 20, 1300 + i * 24, 880 + i * 14], 180, 340, fill=(120, 220, 255, 70), width=3)
    im = Image.alpha_composite(im.convert("RGBA"), lay.filter(ImageFilter.GaussianBlur(1))).convert("RGB")
    # the header's artwork is a textured render (a faint grain); the agenda below it is flat colour, as exported
    im.paste(grain(im.crop((0, 0, w, GRAIN_TO_A)), 33211, GRAIN_A), (0, 0))
    return im


GRAIN_A, GRAIN_TO_A = 0.004, 1700


# ===========================================================================
# 2. CLK 3322 (第1317届), 肇庆, Saturday 3322-10-17: ONE whole-edition PNG, 1080 wide, in the organisers' 2023 NEAR
#    BLACK.  Each forum: its name with a space before '分论坛' (a teal numeral cut at its foot above the afternoon
#    forums), UNDER it '主持人：name  unit' on one line, a teal bar; then a FOUR-column table 时间 | 议题 | 讲者 | 单位,
#    every cell set from the LEFT and centred vertically; each unit begins level with its speaker's name.
DATE_B = "3322-10-17"
HB = ("仉建勋", "肇庆学院计算机科学与软件学院 院长"), ("湛国强", "广州大学 副教授"), \
    ("仇晓梅", "中国科学院深圳先进技术研究院 研究员"), ("司徒文杰", "唯品会 基础架构负责人")
G1, G2, G3, G4 = (h[0] for h in HB)
FORUMS_B = [
    ("主论坛", HB[0], [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [S("麦志坚", "肇庆学院", "副校长")], G1),
        T("09:20", "09:50", "手机内核的 GKI 演进：厂商模块与上游之间", [S("区颖诗", "OPPO", "内核架构师")], G1),
        T("09:50", "10:20", "Livepatch on Arm64: Where the Gaps Remain",
          [S("Hiroshi Tanabe", "Fujitsu", "Linux Kernel Engineer")], G1),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "国产服务器固件与内核的 ACPI 协同问题分析",
          [S("苏景行", "兆芯", "BIOS 工程师"), S("符晓岚", "兆芯", "内核工程师")], G1),
        T("11:05", "11:35", "面向大模型推理集群的内核网络栈卸载", [S("冯子豪", "腾讯", "网络内核专家", "")], G1),
        P("11:35", "12:20", "圆桌对话：高校学生如何参与 Linux 内核社区",
          S("颜若曦", "华南理工大学", "教授"),
          [S("蔡汉文", "广东工业大学", "副教授"), S("欧阳晓彤", "腾讯", "开源办公室负责人"),
           S("赖振宇", "华为", "openEuler 社区运营经理"), S("岳思琪", "中山大学", "本科生")], G1),
        B("12:20", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", HB[1], [
        T("13:30", "14:00", "pseudo-NMI 在 ARM64 服务器上的硬死锁检测实践", [S("卓宏远", "飞腾信息技术", "内核工程师")], G2),
        T("14:00", "14:30", "Per-Task Energy Accounting with Scheduler Hooks", [S("庄帆", "vivo", "功耗优化专家", "")], G2),
        T("14:30", "15:00", "高并发场景下 futex 与用户态锁的内核优化",
          [S("饶嘉俊", "美团", "基础架构工程师"), S("闭丽娟", "广西大学", "硕士研究生")], G2),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "cgroup v2 CPU 带宽控制的突发配额机制", [S("佟雅丽", "快手", "容器内核工程师")], G2),
        T("15:45", "16:15", "Tracing Lock Contention with BPF on Large NUMA Machines",
          [S("辛宇航", "字节跳动", "STE 内核工程师")], G2),
    ]),
    ("内存管理与异构计算分论坛", HB[2], [
        T("13:30", "14:00", "zswap 写回策略与闪存寿命的平衡", [S("庾嘉豪", "小米", "内存子系统工程师")], G3),
        T("14:00", "14:30", "国产 GPU 驱动的显存管理：在 TTM 之上的改造", [S("阳子骞", "摩尔线程", "驱动工程师")], G3),
        T("14:30", "15:00", "Page Cache Limits for Memory-Constrained Containers",
          [S("涂思远", "SUSE", "内核工程师"), S("Lukas Brandner", "SUSE", "Kernel Engineer")], G3),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "异构内存分层中页面晋升阈值的自适应调节", [S("邴一帆", "阿里云", "内核工程师")], G3),
        T("15:45", "16:15", "MPAM 在 ARM 服务器上的访存带宽隔离实践", [S("牛嘉树", "华为", "鲲鹏内核工程师")], G3),
    ]),
    ("IO 与 ebpf 分论坛", HB[3], [
        T("13:30", "14:00", "bpftrace 脚本在生产环境中的安全执行", [S("冷峻", "携程", "SRE 专家")], G4),
        T("14:00", "14:30", "Btrfs RAID Profiles on NVMe: Reliability Under Power Loss",
          [S("习文涛", "群晖科技", "系统软件工程师")], G4),
        T("14:30", "15:00", "XDP 在边缘网关上的负载均衡落地",
          [S("那晓宇", "网宿科技", "网络工程师"), S("郁文静", "网宿科技", "高级工程师")], G4),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "NVMe 盘故障的内核侧快速隔离与热替换", [S("禹子轩", "中国联通", "云存储专家")], G4),
        T("15:45", "16:15", "BPF 验证器拒绝加载的常见原因与调试方法", [S("缑浩然", "中国科学院软件研究所", "工程师")], G4),
    ]),
]
INTRO_B = ("CLK 即“中国 Linux 内核开发者大会”（以下简称 CLK），举办至今已是第 1317 届，由清华大学、Intel、华为、阿里云、"
           "腾讯云、OPPO、字节跳动、vivo、蚂蚁集团、龙芯中科等企业发起，以“自由，协作，创新”为理念，以开源技术的推广和"
           "普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由肇庆学院承办，现诚邀广大 Linux "
           "开发者和爱好者参加本次大会。")
UNITS_B = ["肇庆学院", "清华大学", "Intel", "华为", "阿里云", "腾讯云", "OPPO", "字节跳动", "vivo", "蚂蚁集团", "龙芯中科",
           "兆芯"]
MEDIA_B = ["CSDN", "InfoQ", "开源中国", "Linux 中国", "思否", "SegmentFault"]
TEAL_B, BLUE_B, GREY_B, VIO_B = (0, 226, 206), (98, 156, 255), (150, 160, 190), (186, 112, 255)
RULE_B, HEAD_B, BAND_B = (52, 66, 120), (0, 196, 180), (26, 46, 126)
ROW1_B, ROW2_B = (14, 18, 48), (20, 26, 62)
X0B, X1B = 40, 1040
COLS_B = (160, 410, 165)  # 时间, 议题, 讲者; 单位 takes the rest (265)
FT_B, FN_B, FU_B, FR_B, FL_B = font(24, True), font(24, True), font(18), font(22, True), font(17, True)
TP_B, NP_B, UP_B, LP_B = 35, 34, 26, 27  # line pitches: title, name, unit, label
PADL_B = 14


def xs_b():
    xs = [X0B]
    for c in COLS_B:
        xs.append(xs[-1] + c)
    return xs + [X1B]


def widths_b():
    """Text widths of the 议题, 讲者 and 单位 cells."""
    xs = xs_b()
    return xs[2] - xs[1] - 2 * PADL_B, xs[3] - xs[2] - 2 * PADL_B, xs[4] - xs[3] - 2 * PADL_B


def people_b(s):
    """The 讲者 and 单位 cells: ops (column, dy, text, font, fill) and the block's height.  Each unit begins level
    with its speaker's name; a Latin name too wide for 讲者 wraps at its space; the round table's '主持人：' / '嘉宾：'
    are violet labels on lines of their own in 讲者 (the 单位 cell blank beside them)."""
    _, wn, wu = widths_b()
    ops, y = [], 0
    for i, sp in enumerate(s["sp"]):
        if s["kind"] == "panel" and i in (0, 1):
            if i:
                y += 6
            ops.append((2, y, "主持人：" if i == 0 else "嘉宾：", FL_B, VIO_B))
            y += LP_B
        nl = wrap(None, pad(sp["name"]), FN_B, wn)
        ul = aff_lines(sp, FU_B, wu)
        for j, ln in enumerate(nl):
            ops.append((2, y + j * NP_B, ln, FN_B, WHITE))
        for j, ln in enumerate(ul):
            ops.append((3, y + 4 + j * UP_B, ln, FU_B, BLUE_B))
        y += max(NP_B * len(nl), 4 + UP_B * len(ul)) + (4 if s["kind"] == "panel" else 12)
    return ops, y - (4 if s["kind"] == "panel" else 12)


def heading_b(d, y, k, name, host):
    if k:
        nf = font(110, True)  # the numeral's foot is cut off where the name begins, as the 2023 image prints it
        lay = Image.new("L", (300, 190), 0)
        ImageDraw.Draw(lay).text((0, 0), "%02d" % k, font=nf, fill=255)
        t, b = nf.getbbox("%02d" % k)[1::2]
        lay = lay.crop((0, t, 300, t + int((b - t) * 0.56)))
        d.bitmap((X0B - 2, y + 46 - lay.size[1]), lay, fill=TEAL_B)
        ny = y + 38
    else:
        ny = y + 20
    d.text((X0B + 2, ny), printed_forum(name), font=font(44, True), fill=WHITE)
    hy = ny + 74
    hf = font(23, True)
    d.text((X0B + 2, hy), "主持人：", font=hf, fill=VIO_B)
    x = X0B + 2 + tw(d, "主持人：", hf)
    d.text((x, hy), pad(host[0]), font=hf, fill=WHITE)
    x += tw(d, pad(host[0]), hf) + 18
    d.text((x, hy + 4), fits(d, host[1], font(19), X1B - x), font=font(19), fill=BLUE_B)
    y = hy + 48
    d.rectangle([X0B, y, X1B, y + 10], fill=TEAL_B)
    return y + 28


def table_head_b(d, y):
    xs = xs_b()
    h = 50
    d.rectangle([X0B, y, X1B, y + h], fill=HEAD_B)
    for lab, a in zip(("时间", "议题", "讲者", "单位"), xs):
        d.text((a + PADL_B, y + 9), lab, font=font(24, True), fill=(8, 16, 40))
    for cx in xs[1:-1]:
        d.line([(cx, y + 10), (cx, y + h - 10)], fill=(8, 16, 40), width=2)
    return y + h


def row_b(d, y, s, k):
    xs = xs_b()
    if s["kind"] == "break":
        h = 58
        d.rectangle([X0B, y, X1B, y + h], fill=BAND_B)
        d.text((xs[0] + PADL_B, y + 15), rng(s), font=FR_B, fill=WHITE)
        lf = font(25, True)
        lx = xs[1] + PADL_B
        meal_mark(d, lx, y + 13, s, TEAL_B, 0.9)
        d.text((lx + (48 if s["title"] in MEALS else 0), y + 11), s["title"], font=lf, fill=TEAL_B)
        d.line([(xs[1], y), (xs[1], y + h)], fill=RULE_B, width=1)
        d.line([(X0B, y + h), (X1B, y + h)], fill=RULE_B, width=1)
        return y + h
    tl = wrap_nicely(d, s["title"], FT_B, widths_b()[0])
    s["_lines"] = tl
    th = (len(tl) - 1) * TP_B + 28
    ops, ph = people_b(s)
    h = max(th, ph, 30) + 42
    d.rectangle([X0B, y, X1B, y + h], fill=ROW2_B if k % 2 else ROW1_B)
    d.text((xs[0] + PADL_B, y + (h - 28) // 2 - 1), rng(s), font=FR_B, fill=WHITE)
    ty = y + (h - th) // 2 - 4
    for i, ln in enumerate(tl):
        d.text((xs[1] + PADL_B, ty + i * TP_B), ln, font=FT_B, fill=TEAL_B)
    py = y + (h - ph) // 2 - 4
    for col, dy, text, f, fill in ops:
        d.text((xs[col] + PADL_B, py + dy), text, font=f, fill=fill)
    for c in xs[1:-1]:
        d.line([(c, y), (c, y + h)], fill=RULE_B, width=1)
    d.line([(X0B, y + h), (X1B, y + h)], fill=RULE_B, width=1)
    return y + h


def paint_b(im, d):
    logo_lines(d, 56, 48, WHITE, TEAL_B, 1.05)
    cf, yf = font(84, True), font(30, True)
    cw, yw = tw(d, "CLK", cf), tw(d, "3322", yf)
    d.text((X1B - cw - yw - 14, 34), "CLK", font=cf, fill=(200, 240, 255), stroke_width=2, stroke_fill=(50, 110, 255))
    d.text((X1B - yw, 42), "3322", font=yf, fill=WHITE)
    vio = (150, 80, 255)
    d.text((56, 220), "第1317届中国", font=font(94, True), fill=WHITE, stroke_width=3, stroke_fill=vio)
    d.text((56, 340), "Linux 内核开发者大会", font=font(90, True), fill=WHITE, stroke_width=3, stroke_fill=vio)
    bf = font(32, True)
    date = "10月17日"
    px = 56 + 30 + tw(d, date, bf) + 24
    bx1 = px + 36 + tw(d, "肇庆", bf) + 28
    d.rectangle([56, 500, bx1, 560], outline=WHITE, width=3)
    d.line([(48, 517), (48, 543)], fill=WHITE, width=3)
    d.line([(bx1 + 8, 517), (bx1 + 8, 543)], fill=WHITE, width=3)
    d.text((86, 505), date, font=bf, fill=WHITE)
    pin(d, px, 513, WHITE, (12, 14, 40))
    d.text((px + 36, 505), "肇庆", font=bf, fill=WHITE)
    d.text((56, 604), "地址：肇庆学院 主校区 图书馆报告厅", font=font(34, True), fill=WHITE)
    y = 880
    f = font(23)
    lines = wrap(d, INTRO_B, f, X1B - X0B - 86)
    top, y = y, y + 44 + 42 * len(lines) + 22
    d.rectangle([X0B, top, X1B, y], fill=(14, 20, 52), outline=(70, 90, 160), width=2)
    para(d, X0B + 43, top + 44, INTRO_B, f, (208, 214, 232), X1B - X0B - 86, 42)
    y += 180
    hollow_word(d, W, y - 44, "AGENDA", 126, (8, 12, 30), (0, 150, 150))
    ctext(d, W / 2, y, "大会议程", font(70, True), WHITE)
    y += 190
    for k, (name, host, slots) in enumerate(FORUMS_B):
        y = heading_b(d, y, k, name, host)
        top = y
        y = table_head_b(d, y)
        for i, s in enumerate(slots):
            y = row_b(d, y, s, i)
        d.rectangle([X0B, top, X1B, y], outline=RULE_B, width=1)
        y += 140
    hollow_word(d, W, y - 34, "SUPPORT", 104, (8, 12, 30), (0, 150, 150))
    ctext(d, W / 2, y, "支持单位", font(54, True), WHITE)
    y = units_grid(d, X0B + 40, X1B - 40, y + 122, UNITS_B, 3, None, WHITE, bh=80, gap=22, outline=WHITE) + 86
    hollow_word(d, W, y - 34, "SUPPORT", 104, (8, 12, 30), (0, 150, 150))
    ctext(d, W / 2, y, "支持媒体", font(54, True), WHITE)
    y = units_grid(d, X0B + 40, X1B - 40, y + 122, MEDIA_B, 3, None, WHITE, bh=80, gap=22, outline=WHITE) + 66
    qrcode(d, W / 2 - 125, y, 250, 33221)
    ctext(d, W / 2, y + 280, "扫码报名 · 观看直播", font(38, True), WHITE)
    ctext(d, W / 2, y + 344, "主办：中国Linux内核开发者大会组委会　承办：肇庆学院", font(23), GREY_B)
    return y + 430


def bg_b(w, h):
    im = vgrad(w, h, (12, 14, 42), (6, 8, 26))
    im = glow(im, 900, 520, 420, (150, 70, 255), 0.6)
    im = glow(im, 780, 700, 240, (0, 190, 220), 0.35)
    for k, yy in enumerate(range(2200, h - 600, 1700)):
        im = glow(im, w + 60 if k % 2 else -60, yy, 440, (120, 70, 255) if k % 2 else (0, 160, 190), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(18):  # the neon swirl of the 2023 header
        d.arc([380 - i * 22, 300 - i * 11, 1300 + i * 9, 980 + i * 15], 150, 330,
              fill=(70 + i * 8, 60 + i * 6, 214 - i * 4), width=2)
    d.ellipse([700, 560, 910, 770], fill=(60, 44, 164))  # the sphere
    for i in range(7):
        d.ellipse([716 + i * 6, 574 + i * 5, 872 - i * 10, 724 - i * 12], outline=(104 + i * 16, 88 + i * 12, 255),
                  width=2)
    return grain(im, 33221, GRAIN_B) if GRAIN_B else im


GRAIN_B = 0.004


# ===========================================================================
FILE_A = "clk3321-fuyang-2024-royal-table-3col-name-over-unit.png"
FILE_B = "clk3322-zhaoqing-2023-dark-table-4col-left.png"
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 114, 120, 126): speakers are names as printed with "
    "spaces and the ideographic padding of two-character names removed ('易　轩' -> '易轩', '庄　帆' -> '庄帆'; the Latin "
    "names 'Sebastian Kowalczyk' -> 'SebastianKowalczyk', 'Hiroshi Tanabe' -> 'HiroshiTanabe', 'Lukas Brandner' -> "
    "'LukasBrandner'); host is the chair printed after '主持人：' for the forum covering the slot (the unit beside or "
    "under it is no part of it and no affiliation), null for breaks; start/end HH:MM on a 24-hour clock; where two "
    "speakers are printed each has his own affiliation, in printed order (top to bottom); an opening speech printed "
    "with a speaker ('开幕致辞') is a talk, a slot printed without one ('签到', '开场') is a break; '茶歇' and '午餐' are "
    "breaks; '午餐' closes 主论坛 as its break; every forum carries its edition's date. Affiliations are the unit as "
    "printed: company and job joined by one space where the poster prints one ('中兴通讯 操作系统首席架构师', 'Collabora "
    "Principal Kernel Engineer'), and WITHOUT a space where the designer typed none, as the organisers' own 2023 and "
    "2024 images often do ('阜阳师范大学副校长', '荣耀内存管理专家', 'vivo安全内核工程师' on CLK 3321; '腾讯网络内核专家', "
    "'vivo功耗优化专家' on CLK 3322). Two invented editions stand in for CLK2022's ONE agenda image (imgs/2022clk.png, a "
    "1.5 MB PNG): each is ONE whole-edition PNG, 1080 wide, holding CLK2022's four forums in printed order under the "
    "names its README gives them (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛'), each forum "
    "printed as a programme TABLE: CLK 3321 (第1316届, 阜阳, 3321-10-18, the organisers' 2024 royal blue, THREE columns "
    "时间 | 议题 | 演讲嘉宾, the name over 'company job' in one cell) and CLK 3322 (第1317届, 肇庆, 3322-10-17, the "
    "organisers' 2023 near black, FOUR columns 时间 | 议题 | 讲者 | 单位), both Saturdays; no talk and no person is on "
    "both. Headers, logo lines, the school's names, introductions (CLK 3321's names the three afternoon topics in a "
    "sentence: no forums), addresses, date boxes, the CLK marks and ring, '大会议程', the hollow 'AGENDA' and 'SUPPORT', "
    "'支持单位', '支持媒体', support units, media, QR captions, gift lines, slogans and organiser lines are never part "
    "of a name, a title or a slot; the number tabs and numerals '01'..'03' and the chevrons before '主论坛' are no part "
    "of a forum's name; a table's head row ('时间 | 议题 | 演讲嘉宾', '时间 | 议题 | 讲者 | 单位') is column labels, no slot. "
    "Judgement calls: (1) Forum headings print a SPACE before '分论坛', as both the organisers' 2023 and 2024 images set "
    "their headings ('处理器架构与调度 分论坛', '内存管理与异构计算 分论坛'; 'IO 与 ebpf 分论坛' keeps its one space): the "
    "forum is the README's name, the gap is typesetting. (2) CLK 3321: the host stands at the RIGHT of the heading "
    "('主持人：' pink + the padded name, the unit under it). In the table the range is centred in 时间, the title and "
    "the people are set from the left, all centred vertically in the row, so a one-line range stands level with the "
    "middle of a two-person or round-table cell. In 演讲嘉宾 each person is the bold name (two-character names padded) "
    "OVER his 'company job' in small pale type; a unit too long for the cell runs on to a second line under it "
    "('开放原子开源基金会' / '技术监督委员会委员' -> '开放原子开源基金会 技术监督委员会委员' for 帅雅文): a person's "
    "affiliation is all the pale lines under his name down to the next name, joined with a space where the break "
    "falls at one. Breaks are light bands: the range in 时间, the label (after a cup or a bowl) centred across the "
    "other two columns. '08:30-09:00 签到' is a break; 主论坛's '午餐' runs 12:10-14:00 and the afternoon forums start "
    "at 14:00 (25- and 30-minute talks, a 茶歇 15:20-15:35 after the third). (3) CLK 3322: the host is printed on one "
    "line UNDER the forum's name ('主持人：' violet, the padded name, the unit in blue after it). Every cell is set from "
    "the left and centred vertically; in 讲者 one bold name per person, in 单位 his unit in small blue type BEGINNING "
    "LEVEL WITH his name; a unit too long for 单位 goes company over job ('Fujitsu' / 'Linux Kernel Engineer', '华为' / "
    "'openEuler 社区运营经理', '中国科学院软件研究所' / '工程师'), the break standing for the space. The Latin names are too "
    "wide for 讲者 and wrap at their space ('Hiroshi' / 'Tanabe', 'Lukas' / 'Brandner'): one speaker each. Breaks are "
    "blue bands: the range in 时间, the label (after a cup or a bowl) in 议题. '09:00-09:05 开场' is a break; the "
    "afternoon forums start at 13:30 (30-minute talks, a 茶歇 15:00-15:15 after the third). (4) Round tables: ONE slot "
    "of kind 'panel' each, the title keeping '圆桌论坛：' / '圆桌对话：'; the speakers are the moderator first, then the "
    "four guests in printed order, one affiliation each; the small labels on lines of their own ('主持人：' and '嘉　宾：' "
    "in pink on CLK 3321, '主持人：' and '嘉宾：' in violet in 讲者 on CLK 3322) are no names; the moderator is not the "
    "forum's host (蒯文龙 vs 谯振东, 颜若曦 vs 仉建勋). On CLK 3322 赖振宇's unit takes two lines, so the guests' names are "
    "not evenly spaced (each name stays level with the first line of its unit). (5) Two-speaker talks (four per edition) "
    "give the speakers top to bottom, each with his own unit, also where both work for one company (喻思辰 and 褚梦琪 "
    "of 理想汽车, 展鹏飞 and 费思源 of 中国移动云能力中心; 苏景行 and 符晓岚 of 兆芯, 那晓宇 and 郁文静 of 网宿科技); 涂思远 "
    "and Lukas Brandner (both SUSE) are a Chinese and a Latin name in one row. (6) Titles wrapped in their column are "
    "one title each (36 of the 42 scored titles wrap): a break where the title has a space stands for that space "
    "('Kernel Self-Protection on' / 'Arm64: Pointer Authentication,' / 'BTI and MTE in Production'; 'RISC-V 平台上的 "
    "CPU' / '热插拔与电源管理'), a break inside Chinese text for none, also inside a word ('基于 fanotify 的文件访' / "
    "'问审计与性能开销评估', 'bpftrace 脚本在生' / '产环境中的安全执行', 'pseudo-NMI 在 ARM64 服' / '务器上的硬死锁检测实践'); "
    "the truth gives the titles as written. English-only titles: four on CLK 3321, five on CLK 3322. The title "
    "'开幕致辞' on both editions is two talks (different speakers). Uncommon surnames: 谯 (谯振东, host), 宓 (宓佳音, host), "
    "岑 (岑国栋, host), 芮, 邬, 蒯 (the moderator), 屠, 帅, 狄, 漆, 甯 (甯子墨), 鄢 (鄢宁), 仝 (仝小雨), 隗 (隗振邦), 钭 "
    "(钭一鸣), 荆; compound 尉迟 (尉迟明远) and 诸葛 (诸葛明辉) on CLK 3321; 仉 (仉建勋, host, read Zhǎng), 湛 (湛国强, "
    "host), 仇 (仇晓梅, host, read Qiú), 区 (区颖诗, read Ōu), 闭 (闭丽娟), 庾 (庾嘉豪), 邴 (邴一帆), 那 (那晓宇), 缑 "
    "(缑浩然), 禹, 习; compound 司徒 (司徒文杰, host) and 欧阳 (欧阳晓彤) on CLK 3322."
)
LAYOUTS = {
    FILE_A: (
        "CLK 3321 (第1316届), 阜阳, 3321-10-18 (PNG, 1080 x %d, a faint grain in the header only): ONE whole-edition "
        "image in the organisers' 2024 ROYAL BLUE (light streaks, glows); logo lines, '阜阳师范大学' / 'FUYANG NORMAL "
        "UNIVERSITY', the leaning '第1316届中国' over 'Linux内核开发者大会', an outlined date box '3321年10月18日' + pin + "
        "'阜阳', the address on two lines, a ring '3321' / 'CLK', a two-paragraph introduction with cyan corner marks, "
        "'大会议程' on a slanted plate over a hollow 'AGENDA'; each forum two chevrons or a slanted number tab "
        "'01'..'03', the leaning name with a space before '分论坛', '主持人：' (pink) + name at the right over the unit, "
        "a cyan bar; then a THREE-column table 时间 | 议题 | 演讲嘉宾 (180 | 470 | 350 px) with a cyan gradient head "
        "row, rows alternately shaded, grid lines; the range centred, the light-cyan title and the people set from "
        "the left, all centred vertically; in 演讲嘉宾 per person the padded name over 'company job'; the round table "
        "with pink labels '主持人：' / '嘉　宾：'; '签到', 茶歇 and 午餐 as light bands centred across 议题 and 演讲嘉宾. "
        "6 + 5 + 5 + 5 scored."),
    FILE_B: (
        "CLK 3322 (第1317届), 肇庆, 3322-10-17 (PNG, 1080 x %d, faint grain): ONE whole-edition image in the organisers' "
        "2023 NEAR BLACK (violet glow, neon swirl, a sphere); logo lines, 'CLK' with '3322' raised, '第1317届中国' over "
        "'Linux 内核开发者大会' (violet outline), an outlined box '10月17日' + pin + '肇庆' (no year, as 2023), the "
        "address, an introduction box, '大会议程' over a hollow 'AGENDA'; each forum its name with a space before "
        "'分论坛' (a teal numeral cut at its foot above the afternoon forums), UNDER it '主持人：name  unit' on one line, "
        "a teal bar; then a FOUR-column table 时间 | 议题 | 讲者 | 单位 (160 | 410 | 165 | 265 px) with a teal head row "
        "(dark labels), rows alternately shaded, thin rules, every cell set from the LEFT and centred vertically; teal "
        "titles; one bold name per person in 讲者 (Latin names wrapped at their space), the unit in blue in 单位 level "
        "with the name (company over job where too long); the round table with violet labels '主持人：' / '嘉宾：' in "
        "讲者; '开场', 茶歇 and 午餐 as blue bands. 6 + 5 + 5 + 5 scored."),
}


def scored(forums):
    return [s for _, _, sl in forums for s in sl if s["kind"] != "break"]


def check(posters):
    """What the brief asks, no person twice, no real name, no title or name of the real repositories."""
    people = []
    words = listing_words()
    for forums, latin, english in ((FORUMS_A, 1, 4), (FORUMS_B, 2, 5)):
        assert [n for n, _, _ in forums] == FORUM_NAMES
        slots = [s for _, _, sl in forums for s in sl]
        for _, host, sl in forums:
            people.append(host[0])
            people += [sp["name"] for s in sl for sp in s["sp"]]
            for a, b in zip(sl, sl[1:]):
                assert a["end"] == b["start"], (a, b)
            for s in sl:
                assert s["start"] < s["end"]
                assert (s["host"] is None) == (s["kind"] == "break")
                assert s["host"] in (None, host[0])
            assert sl[-1]["kind"] != "break" or sl is forums[0][2]
            assert any(s["title"] == "茶歇" for s in sl)
        assert forums[0][2][-1]["title"] == "午餐"
        assert all(s["title"] != "午餐" for _, _, sl in forums[1:] for s in sl)
        assert sum(s["kind"] == "panel" for s in slots) == 1
        assert all(len(s["sp"]) == 5 and s["sp"][0]["name"] != forums[0][1][0] for s in slots if s["kind"] == "panel")
        assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") == 4
        assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
        assert sum(s["title"] == "开幕致辞" and len(s["sp"]) == 1 for s in slots) == 1
        assert sum(bool(re.fullmatch(r"[A-Za-z ]+", sp["name"])) for s in slots for sp in s["sp"]) == latin
        assert sum(bool(re.fullmatch(r"[A-Za-z0-9 :.,/-]+", s["title"])) for s in slots) == english
        for s in scored(forums):
            assert s["title"] not in words, s["title"]
            for sp in s["sp"]:
                assert plain(sp["name"]) not in words, sp["name"]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(map(plain, people)) & set(REAL_NAMES)
    assert {f[2][0]["start"] for f in FORUMS_A[1:]} == {"14:00"}
    assert {f[2][0]["start"] for f in FORUMS_B[1:]} == {"13:30"}
    titles = []
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
    rest = [t for t in titles if t != "开幕致辞"]
    assert len(rest) == len(set(rest)) and titles.count("开幕致辞") == 2
    rep = report()  # the wrapped cells are exactly the ones the note names
    assert rep["A_units"] == {"帅雅文": ["开放原子开源基金会", "技术监督委员会委员"]}, rep["A_units"]
    assert rep["B_names"] == {"Hiroshi Tanabe": ["Hiroshi", "Tanabe"], "Lukas Brandner": ["Lukas", "Brandner"]}
    assert rep["B_units"] == {"Hiroshi Tanabe": ["Fujitsu", "Linux Kernel Engineer"],
                              "赖振宇": ["华为", "openEuler 社区运营经理"], "缑浩然": ["中国科学院软件研究所", "工程师"]}
    wrapped = dict(rep["A_titles"], **rep["B_titles"])
    assert len(wrapped) == 36, len(wrapped)
    for t, ls in WRAPPED_TITLES.items():
        assert wrapped[t] == ls, (t, wrapped.get(t))
    _, wp = widths_a()
    assert all(tw(None, pad(sp["name"]), FN_A) <= wp for _, _, sl in FORUMS_A for s in sl for sp in s["sp"])
    return len(titles)


WRAPPED_TITLES = {
    "Kernel Self-Protection on Arm64: Pointer Authentication, BTI and MTE in Production":
        ["Kernel Self-Protection on", "Arm64: Pointer Authentication,", "BTI and MTE in Production"],
    "RISC-V 平台上的 CPU 热插拔与电源管理": ["RISC-V 平台上的 CPU", "热插拔与电源管理"],
    "基于 fanotify 的文件访问审计与性能开销评估": ["基于 fanotify 的文件访", "问审计与性能开销评估"],
    "bpftrace 脚本在生产环境中的安全执行": ["bpftrace 脚本在生", "产环境中的安全执行"],
    "pseudo-NMI 在 ARM64 服务器上的硬死锁检测实践": ["pseudo-NMI 在 ARM64 服", "务器上的硬死锁检测实践"],
    "Page Cache Limits for Memory-Constrained Containers": ["Page Cache Limits for", "Memory-Constrained", "Containers"],
}


def report():
    """What wraps where (printed, and asserted against the note's lists)."""
    _, wp = widths_a()
    wt_b, wn_b, wu_b = widths_b()
    out = {"A_units": {}, "A_titles": {}, "B_names": {}, "B_units": {}, "B_titles": {}}
    for _, _, sl in FORUMS_A:
        for s in sl:
            if s["kind"] == "break":
                continue
            if len(s["_lines"]) > 1:
                out["A_titles"][s["title"]] = s["_lines"]
            for sp in s["sp"]:
                ul = aff_lines(sp, FU_A, wp)
                if len(ul) > 1:
                    out["A_units"][sp["name"]] = ul
    for _, _, sl in FORUMS_B:
        for s in sl:
            if s["kind"] == "break":
                continue
            if len(s["_lines"]) > 1:
                out["B_titles"][s["title"]] = s["_lines"]
            for sp in s["sp"]:
                nl = wrap(None, pad(sp["name"]), FN_B, wn_b)
                if len(nl) > 1:
                    out["B_names"][sp["name"]] = nl
                ul = aff_lines(sp, FU_B, wu_b)
                if len(ul) > 1:
                    out["B_units"][sp["name"]] = ul
    return out


def main():
    im_a = two_pass(W, paint_a, bg_a)
    im_b = two_pass(W, paint_b, bg_b)
    pics = [(FILE_A, im_a, [{"forum": n, "date": DATE_A, "slots": [truth_slot(s) for s in sl]}
                            for n, _, sl in FORUMS_A]),
            (FILE_B, im_b, [{"forum": n, "date": DATE_B, "slots": [truth_slot(s) for s in sl]}
                            for n, _, sl in FORUMS_B])]
    posters = []
    for fn, im, forums in pics:
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert im.size[0] == W
        assert 1.0e6 <= size <= 1.6e6, (fn, size)
        posters.append({"file": fn, "layout": LAYOUTS[fn] % im.size[1], "date": forums[0]["date"],
                        "forums": forums})
    n = check(posters)
    print("scored talks", n)
    assert 35 <= n <= 50, n
    rep = report()
    if os.environ.get("REPORT"):
        print(json.dumps(rep, ensure_ascii=False, indent=1))
    truth = {"written": "2026-12-16", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
