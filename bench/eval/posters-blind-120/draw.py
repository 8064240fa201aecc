"""Draw the hundred-and-twentieth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances
(fixed numbers, never hash()).  The set stands in for CLK2022's ONE agenda image
(imgs/2022clk.png, a 1.5 MB PNG): two invented editions, each ONE whole-edition
PNG, 1080 wide, with CLK2022's four forums, each forum printed as a programme TABLE:
  CLK 3201 (第1196届, 新乡, 3201-10-20): the organisers' 2024 ROYAL BLUE; THREE
    columns 时间 | 议题 | 演讲嘉宾, the speaker's name and 'company job' in ONE
    cell (name over unit); every cell centred both ways, as a designer's table
    tool centres them; the round table's people as 'name（unit）' lines under
    pink labels '主持人' / '嘉宾'; one two-speaker row printed 'name、name' over
    their shared unit; afternoon from 14:00.
  CLK 3202 (第1197届, 齐齐哈尔, 3202-10-12): the organisers' 2023 NEAR BLACK;
    FOUR columns 时间 | 主题 | 讲者 | 单位; no vertical rules, a hairline under
    each row; rows top-aligned; two-character names padded; the host on a line
    under the forum's name; afternoon from 13:30.
Helpers from font to pad (font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, T, P, B, plain, S, aff,
truth_slot, two_pass, cup, bowl, logo_lines, para, fits, MEALS, WHITE, rng,
meal_mark, units_grid, saturday, pad), listing_words, aff_lines, pin,
hollow_word and slanted are copied unchanged from
bench/eval/posters-blind-114/draw.py (which took most of them from sets 107,
102, 95 and 59); REAL_NAMES is the union of the lists of sets 114 and 116;
everything else is new.
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


def joined(slot):
    """A two-speaker row of CLK 3201 printed 'name、name' on ONE line over the unit they share (printed once)."""
    assert len(slot["sp"]) == 2 and aff(slot["sp"][0]) == aff(slot["sp"][1])
    slot["joined"] = True
    return slot


def hgrad(d, x0, x1, y0, y1, c1, c2):
    for i in range(int(x1 - x0)):
        t = i / max(1, x1 - x0 - 1)
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(c1[c] + (c2[c] - c1[c]) * t) for c in range(3)))


# ===========================================================================
# 1. CLK 3201 (第1196届), 新乡, Saturday 3201-10-20: ONE whole-edition PNG in the organisers' 2024 ROYAL BLUE.
#    Each forum: a slanted number tab ('01'..'03'; two chevrons before 主论坛), the name leaning, the host at the
#    right ('主持人：' pink, the unit under it), a cyan bar; then a THREE-column table 时间 | 议题 | 演讲嘉宾 whose
#    cells are centred both ways; in 演讲嘉宾 each speaker's name over his 'company job'.
DATE_A = "3201-10-20"
H1 = "宫振宇"
H2 = "卞志远"
H3 = "晁敏"
H4 = "栗海鹰"
FORUMS_A = [
    ("主论坛", (H1, "河南师范大学计算机与信息工程学院 院长"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:25", "开幕致辞", [S("梁永福", "河南师范大学", "副校长")], H1),
        T("09:25", "10:00", "企业发行版内核的长期维护：补丁回合的取舍与自动化",
          [S("柯俊峰", "麒麟软件", "内核研发部总监")], H1),
        T("10:00", "10:35", "Per-CPU Sheaves in SLUB: Design and Benchmarks",
          [S("Tobias Reinholt", "Linutronix", "Senior Kernel Developer")], H1),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:20", "车载 Linux 的内核安全加固与功能安全认证实践",
          [S("甘振华", "比亚迪", "汽车软件架构师"), S("伍晓婷", "比亚迪", "系统安全工程师")], H1),
        P("11:20", "12:10", "圆桌论坛：国产开源操作系统如何走向上游协作",
          S("柴文斌", "郑州大学", "教授"),
          [S("邰鹏飞", "阿里云", None), S("黎雅婷", "统信软件", None), S("武志恒", "中兴通讯", None),
           S("缪晓川", "腾讯", None)], H1),
        B("12:10", "14:00", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (H2, "中国科学院计算技术研究所 副研究员"), [
        T("14:00", "14:25", "RISC-V 服务器平台的 ACPI 与 CPU 拓扑支持", [S("钱鹏宇", "算能科技", "内核工程师")], H2),
        T("14:25", "14:50", "Deadline Servers for Fair-Class Starvation: A Field Report",
          [S("万若琳", "理想汽车", "实时系统工程师")], H2),
        T("14:50", "15:15", "ARM64 多核平台核间中断开销的测量与削减",
          [S("石景川", "飞腾信息技术有限公司", "系统软件工程师"), S("叶嘉禾", "中国科学院深圳先进技术研究院", "博士研究生")],
          H2),
        B("15:15", "15:35", "茶歇"),
        T("15:35", "16:00", "容器混部场景下负载均衡抖动的定位与缓解", [S("毛文杰", "美团", "内核工程师")], H2),
        T("16:00", "16:25", "LoongArch 虚拟化扩展的中断直通实践", [S("蒙立华", "龙芯中科", "虚拟化工程师")], H2),
    ]),
    ("内存管理与异构计算分论坛", (H3, "上海交通大学 副教授"), [
        T("14:00", "14:25", "多尺寸大页在数据库负载下的 TLB 收益评估", [S("阮志诚", "PingCAP", "存储引擎工程师")], H3),
        T("14:25", "14:50", "Accelerator Memory Accounting with the cgroup dmem Controller",
          [S("郜思远", "寒武纪", "驱动软件工程师")], H3),
        joined(T("14:50", "15:15", "NPU 驱动中的共享虚拟寻址与 IOMMU 缺页处理",
                 [S("周宁", "华为", "昇腾驱动工程师"), S("褚晓光", "华为", "昇腾驱动工程师")], H3)),
        B("15:15", "15:35", "茶歇"),
        T("15:35", "16:00", "内存热插拔与 movable 区在云主机上的实践", [S("盛佳", "京东云", "虚拟化内核工程师")], H3),
        T("16:00", "16:25", "slab 内存泄漏的在线定位：从 kmemleak 到 BPF", [S("贲晓宇", "小红书", "SRE 专家")], H3),
    ]),
    ("IO 与 ebpf 分论坛", (H4, "浪潮信息 存储软件总监"), [
        T("14:00", "14:25", "NVMe 设备直通下的中断合并与轮询调优", [S("符嘉栋", "联想", "存储研发工程师")], H4),
        T("14:25", "14:50", "BPF-Based Admission Control for Multi-Tenant Storage",
          [S("项梦洁", "快手", "存储内核工程师")], H4),
        T("14:50", "15:15", "F2FS 在车机存储上的寿命与性能权衡", [S("戚永健", "蔚来", "存储系统工程师")], H4),
        B("15:15", "15:35", "茶歇"),
        T("15:35", "16:00", "eBPF 程序签名与加载审计在金融云的落地",
          [S("邵丹", "招商银行", "云平台工程师"), S("黄砚秋", "蚂蚁集团", "安全专家")], H4),
        T("16:00", "16:25", "SCSI 错误处理路径的重构与时延改进", [S("金正浩", "SK 海力士", "固件工程师")], H4),
    ]),
]
INTRO_A = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）举办至今已是第1196届，由清华大学、Intel、华为、阿里云、"
           "富士通南大、迪捷软件、腾讯云、OPPO、字节跳动、vivo、蚂蚁集团、龙芯中科等单位发起，以“自由 协作 创新”为理念，"
           "以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本次大会由河南师范大学承办，"
           "上午为主论坛，下午三个分论坛同时进行，欢迎广大 Linux 开发者和爱好者参加。")
UNITS_A = ["河南师范大学", "清华大学", "Intel", "HUAWEI", "阿里云", "腾讯云", "OPPO", "vivo", "字节跳动", "蚂蚁集团",
           "龙芯中科", "麒麟软件"]
MEDIA_A = ["CSDN", "InfoQ", "开源中国", "51CTO", "思否", "开源江湖"]
ROYAL_A, CYAN_A, PINK_A, PALE_A = (24, 72, 226), (40, 214, 255), (255, 120, 214), (206, 224, 255)
GRID_A, ROW1_A, ROW2_A, BAND_A = (104, 156, 255), (34, 94, 238), (26, 80, 220), (58, 136, 255)
X0A, X1A = 40, 1040
COLS_A = (196, 430)  # 时间, 议题; 演讲嘉宾 takes the rest (374)
FT_A, FN_A, FU_A, FR_A, FL_A = font(25, True), font(24, True), font(18), font(22, True), font(17, True)
FPU_A = font(19)  # the round table's '（unit）'
TP_A, NP_A, UP_A, LP_A = 36, 33, 25, 27  # line pitches: title, name, unit, label


def xs_a():
    return [X0A, X0A + COLS_A[0], X0A + COLS_A[0] + COLS_A[1], X1A]


def people_a(s):
    """The 演讲嘉宾 cell: lines (dy, [(text, font, fill), ...]) each centred in the cell, and the block's height."""
    xs = xs_a()
    w = xs[3] - xs[2] - 30
    lines, y = [], 0
    if s["kind"] == "panel":
        for i, sp in enumerate(s["sp"]):
            if i in (0, 1):
                if i:
                    y += 6
                lines.append((y, [("主持人" if i == 0 else "嘉宾", FL_A, PINK_A)]))
                y += LP_A
            parts = [(sp["name"], FN_A, WHITE), ("（%s）" % aff(sp), FPU_A, PALE_A)]
            assert sum(tw(None, t, f) for t, f, _ in parts) <= w, sp
            lines.append((y, parts))
            y += NP_A + 2
        return lines, y - 2
    if s.get("joined"):
        names = "、".join(sp["name"] for sp in s["sp"])
        lines.append((0, [(fits(None, names, FN_A, w), FN_A, WHITE)]))
        ul = aff_lines(s["sp"][0], FU_A, w)
        assert len(ul) == 1
        lines.append((NP_A, [(ul[0], FU_A, PALE_A)]))
        return lines, NP_A + UP_A
    for sp in s["sp"]:
        for ln in wrap(None, sp["name"], FN_A, w):
            lines.append((y, [(ln, FN_A, WHITE)]))
            y += NP_A
        for ln in aff_lines(sp, FU_A, w):
            lines.append((y, [(ln, FU_A, PALE_A)]))
            y += UP_A
        y += 14
    return lines, y - 14


def heading_a(im, d, y, k, name, host):
    x = X0A + 4
    if k:
        d.polygon([(x + 14, y + 14), (x + 92, y + 14), (x + 78, y + 78), (x, y + 78)], fill=WHITE)
        d.polygon([(x + 98, y + 14), (x + 108, y + 14), (x + 94, y + 78), (x + 84, y + 78)], fill=CYAN_A)
        slanted(im, x + 12, y + 12, "%02d" % k, font(44, True), ROYAL_A, shear=0.2)
        x += 124
    else:
        for j in range(2):
            d.polygon([(x + j * 26, y + 26), (x + j * 26 + 22, y + 46), (x + j * 26, y + 66)],
                      fill=CYAN_A if j else WHITE)
        x += 66
    nw = slanted(im, x, y + 6, name, font(46, True), WHITE, shear=0.18, shadow=(10, 30, 120))
    hf = font(26, True)
    hw = tw(d, "主持人：" + host[0], hf)
    d.text((X1A - hw, y + 14), "主持人：", font=hf, fill=PINK_A)
    rtext(d, X1A, y + 14, host[0], hf, WHITE)
    uf = font(18)
    ul = [host[1]] if tw(d, host[1], uf) <= 360 else host[1].split(" ")  # a long unit breaks at its space
    for j, ln in enumerate(ul):
        rtext(d, X1A, y + 54 + j * 26, ln, uf, PALE_A)
    assert x + nw + 20 < X1A - max(hw, max(tw(d, ln, uf) for ln in ul)), name
    y += 64 + 26 * len(ul) + 20
    hgrad(d, X0A, X1A, y, y + 8, CYAN_A, (70, 120, 255))
    return y + 26


def table_head_a(d, y):
    xs = xs_a()
    h = 52
    hgrad(d, X0A, X1A, y, y + h, (0, 176, 255), (60, 110, 255))
    for lab, a, b in zip(("时间", "议题", "演讲嘉宾"), xs, xs[1:]):
        ctext(d, (a + b) / 2, y + 10, lab, font(25, True), WHITE)
    for cx in xs[1:-1]:
        d.line([(cx, y + 10), (cx, y + h - 10)], fill=(170, 210, 255), width=1)
    return y + h


def row_a(d, y, s, k):
    xs = xs_a()
    if s["kind"] == "break":
        h = 60
        d.rectangle([X0A, y, X1A, y + h], fill=BAND_A)
        ctext(d, (xs[0] + xs[1]) / 2, y + 16, rng(s), FR_A, WHITE)
        lf = font(26, True)
        lw = tw(d, s["title"], lf) + (52 if s["title"] in MEALS else 0)
        lx = (xs[1] + X1A) / 2 - lw / 2
        meal_mark(d, lx, y + 13, s, WHITE, 0.95)
        d.text((lx + (52 if s["title"] in MEALS else 0), y + 12), s["title"], font=lf, fill=WHITE)
        d.line([(xs[1], y), (xs[1], y + h)], fill=GRID_A, width=1)
        d.line([(X0A, y + h), (X1A, y + h)], fill=GRID_A, width=1)
        return y + h
    tl = wrap_nicely(d, s["title"], FT_A, COLS_A[1] - 40)
    s["_lines"] = tl
    th = len(tl) * TP_A - 6
    lines, ph = people_a(s)
    h = max(th, ph, 30) + 44
    d.rectangle([X0A, y, X1A, y + h], fill=ROW2_A if k % 2 else ROW1_A)
    ctext(d, (xs[0] + xs[1]) / 2, y + (h - 28) // 2, rng(s), FR_A, WHITE)
    ty = y + (h - th) // 2 - 4
    for i, ln in enumerate(tl):
        ctext(d, (xs[1] + xs[2]) / 2, ty + i * TP_A, ln, FT_A, WHITE)
    py = y + (h - ph) // 2 - 3
    cx = (xs[2] + xs[3]) / 2
    for dy, parts in lines:
        lw = sum(tw(d, t, f) for t, f, _ in parts)
        x = cx - lw / 2
        for t, f, fill in parts:
            # the smaller '（unit）' of a round-table line sits on the name's baseline
            d.text((x, py + dy + (4 if f is FPU_A else 0)), t, font=f, fill=fill)
            x += tw(d, t, f)
    for c in xs[1:-1]:
        d.line([(c, y), (c, y + h)], fill=GRID_A, width=1)
    d.line([(X0A, y + h), (X1A, y + h)], fill=GRID_A, width=1)
    return y + h


def plate_a(d, W, y, text, size):
    f = font(size, True)
    bw = tw(d, text, f) + 100
    d.polygon([(W / 2 - bw / 2 + 22, y), (W / 2 + bw / 2 + 22, y), (W / 2 + bw / 2 - 22, y + size + 34),
               (W / 2 - bw / 2 - 22, y + size + 34)], fill=(70, 150, 255), outline=CYAN_A)
    ctext(d, W / 2, y + 10, text, f, WHITE)


def clk_ring(d, cx, cy, year):
    for i, r in enumerate((150, 124, 100)):
        d.ellipse([cx - r, cy - r * 0.42, cx + r, cy + r * 0.42], outline=(120 - i * 30, 200, 255), width=3 - i // 2)
    d.ellipse([cx - 78, cy - 96, cx + 78, cy + 60], fill=(56, 130, 255), outline=(180, 230, 255), width=3)
    ctext(d, cx, cy - 70, "CLK", font(50, True), WHITE)
    ctext(d, cx, cy - 8, year, font(24, True), WHITE)


def paint_a(im, d):
    W = im.size[0]
    logo_lines(d, 48, 46, WHITE, CYAN_A, 1.05)
    rtext(d, X1A - 6, 44, "河南师范大学", font(34, True), WHITE)
    rtext(d, X1A - 6, 92, "HENAN NORMAL UNIVERSITY", font(16, True), PALE_A)
    slanted(im, 56, 190, "第1196届中国", font(92, True), WHITE, shear=0.12, shadow=(10, 30, 130))
    slanted(im, 56, 312, "Linux内核开发者大会", font(86, True), (200, 240, 255), shear=0.12, shadow=(10, 30, 130))
    pf = font(32, True)
    date = "3201年10月20日"
    pw = tw(d, date, pf) + 40 + tw(d, "新乡", pf)
    d.rounded_rectangle([56, 486, 56 + pw + 76, 548], radius=12, outline=CYAN_A, width=3)
    d.text((86, 492), date, font=pf, fill=WHITE)
    pin(d, 86 + tw(d, date, pf) + 10, 500, CYAN_A, ROYAL_A)
    d.text((86 + tw(d, date, pf) + 44, 492), "新乡", font=pf, fill=WHITE)
    d.text((56, 590), "地址：河南师范大学", font=font(36, True), fill=WHITE)
    d.text((56, 640), "东校区 学术报告厅", font=font(36, True), fill=WHITE)
    clk_ring(d, 850, 580, "3201")
    y = 790
    f = font(24)
    lines = wrap(d, INTRO_A, f, X1A - X0A - 96)
    top, y = y, y + 48 + 46 * len(lines) + 24
    d.rectangle([X0A, top, X1A, y], fill=(34, 92, 232), outline=(90, 150, 255), width=1)
    for (ax, ay), (bx, by) in (((X0A, top), (1, 1)), ((X1A, top), (-1, 1)), ((X0A, y), (1, -1)), ((X1A, y), (-1, -1))):
        d.line([(ax, ay), (ax + 44 * bx, ay)], fill=CYAN_A, width=6)
        d.line([(ax, ay), (ax, ay + 44 * by)], fill=CYAN_A, width=6)
    para(d, X0A + 48, top + 46, INTRO_A, f, (226, 236, 255), X1A - X0A - 96, 46)
    y += 120
    af = font(120, True)
    d.text((W / 2 - tw(d, "AGENDA", af) / 2, y - 50), "AGENDA", font=af, fill=ROYAL_A, stroke_width=2,
           stroke_fill=(90, 160, 255))
    plate_a(d, W, y, "大会议程", 50)
    y += 190
    for k, (name, host, slots) in enumerate(FORUMS_A):
        y = heading_a(im, d, y, k, name, host)
        top = y
        y = table_head_a(d, y)
        for i, s in enumerate(slots):
            y = row_a(d, y, s, i)
        d.rectangle([X0A, top, X1A, y], outline=(120, 180, 255), width=2)
        y += 110
    plate_a(d, W, y, "支持单位", 44)
    y = units_grid(d, X0A + 70, X1A - 70, y + 120, UNITS_A, 3, WHITE, ROYAL_A, bh=80, gap=22) + 60
    plate_a(d, W, y, "支持媒体", 44)
    y = units_grid(d, X0A + 70, X1A - 70, y + 120, MEDIA_A, 3, None, WHITE, bh=80, gap=22, outline=WHITE) + 60
    d.rounded_rectangle([W / 2 - 150, y, W / 2 + 150, y + 300], radius=16, fill=WHITE)
    qrcode(d, W / 2 - 125, y + 25, 250, 32011)
    ctext(d, W / 2, y + 330, "扫码报名", font(42, True), WHITE)
    ctext(d, W / 2, y + 396, "300份现场礼品，先到先得", font(24), PALE_A)
    ctext(d, W / 2, y + 458, "一同探索 Linux 内核之美", font(38, True), WHITE)
    return y + 580


def bg_a(w, h):
    im = vgrad(w, h, (26, 82, 236), (16, 52, 196))
    im = glow(im, 880, 540, 420, (80, 200, 255), 0.45)
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
    return grain(im, 32011, GRAIN_A) if GRAIN_A else im


GRAIN_A = 0.002  # any grain at all dithers the gradient: 0.94 MB without it, 1.53 MB with it


# ===========================================================================
# 2. CLK 3202 (第1197届), 齐齐哈尔, Saturday 3202-10-12: ONE whole-edition PNG, DARK (the organisers' 2023 near
#    black).  Each forum: the name (a teal numeral cut at its foot before the afternoon forums), UNDER it one line
#    '主持人：name  unit', a teal bar; then a FOUR-column table 时间 | 主题 | 讲者 | 单位 without vertical rules, a
#    hairline under each row, rows top-aligned; breaks as blue bands.
DATE_B = "3202-10-12"
G1 = "郏志恒"
G2 = "闻海涛"
G3 = "隆国栋"
G4 = "邸建华"
FORUMS_B = [
    ("主论坛", (G1, "齐齐哈尔大学计算机与控制工程学院 院长"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [S("朴成哲", "齐齐哈尔大学", "副校长")], G1),
        T("09:20", "09:50", "统信 UOS 内核的多架构构建与发布流水线", [S("苑立军", "统信软件", "操作系统研发中心总监")], G1),
        T("09:50", "10:20", "Kernel Regression Tracking Across Distributions",
          [S("Ingrid Solvang", "Canonical", "Kernel Engineer")], G1),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "手机冷启动优化：从 page cache 预读到调度提示",
          [S("龙浩宇", "荣耀", "内核架构师"), S("席梦", "荣耀", "性能优化工程师")], G1),
        T("11:05", "11:35", "十万台规模集群内核升级的灰度与回滚体系", [S("殳建峰", "百度智能云", "操作系统负责人")], G1),
        P("11:35", "12:20", "圆桌论坛：高校操作系统课程如何对接内核社区",
          S("那文博", "哈尔滨工程大学", "教授"),
          [S("庞沛然", "华为", "openEuler 技术委员会委员"), S("宿海明", "阿里云", "龙蜥社区运营负责人"),
           S("邴昊天", "字节跳动", "内核团队负责人"), S("樊静怡", "中国科学院软件研究所", "副研究员")], G1),
        B("12:20", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (G2, "英特尔 首席工程师"), [
        T("13:30", "14:00", "EEVDF 调度器下时延敏感任务的调优经验", [S("计宏亮", "OPPO", "调度专家")], G2),
        T("14:00", "14:30", "Cluster Scheduling for Shared L2 Caches on Arm Servers",
          [S("官子豪", "华为", "鲲鹏内核工程师")], G2),
        T("14:30", "15:00", "基于硬件反馈的大小核任务分类与放置",
          [S("戈宛平", "英特尔", "软件工程师"), S("仲天宇", "西安交通大学", "博士研究生")], G2),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "中断线程化在工业控制器上的延迟测量", [S("喻文海", "中控技术", "嵌入式系统专家")], G2),
        T("15:50", "16:20", "RCU 回调卸载与 nohz_full 在低延迟交易系统中的配置", [S("冷思远", "华泰证券", "系统架构师")], G2),
    ]),
    ("内存管理与异构计算分论坛", (G3, "蚂蚁集团 基础设施部资深专家"), [
        T("13:30", "14:00", "页面迁移的批量化与 TLB 刷新合并", [S("储文静", "字节跳动", "内核工程师")], G3),
        T("14:00", "14:30", "Proactive Reclaim with memory.reclaim: Lessons from Serverless",
          [S("管一鸣", "阿里云", "Serverless 内核专家")], G3),
        T("14:30", "15:00", "国产 GPU 驱动的显存超分与换出机制",
          [S("裴远航", "摩尔线程", "驱动工程师"), S("司徒凯文", "摩尔线程", "高级驱动工程师")], G3),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "zswap 与 zram 在桌面发行版中的取舍", [S("薄一凡", "deepin 社区", "内核维护者")], G3),
        T("15:50", "16:20", "userfaultfd 在虚拟机热迁移中的优化", [S("居晓磊", "中国科学院深圳先进技术研究院", "助理研究员")], G3),
    ]),
    ("IO 与 ebpf 分论坛", (G4, "腾讯云 存储内核负责人"), [
        T("13:30", "14:00", "XDP 在运营商边缘网关中的转发加速", [S("练嘉欣", "中国移动", "网络云工程师")], G4),
        T("14:00", "14:30", "Large Block Sizes in XFS: From Patch Set to Production",
          [S("辜海平", "西部数据", "存储软件工程师")], G4),
        T("14:30", "15:00", "用 BPF LSM 为容器运行时实现最小权限", [S("霍思敏", "网易", "安全研发工程师")], G4),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "块层 I/O 调度器 mq-deadline 与 BFQ 的选型实测",
          [S("桂晨阳", "中科曙光", "存储工程师"), S("全思雨", "天津大学", "硕士研究生")], G4),
    ]),
]
INTRO_B = ("CLK 即“中国 Linux 内核开发者大会”（以下简称 CLK），举办至今已是第 1197 届，由清华大学、Intel、华为、阿里云、"
           "腾讯云、OPPO、字节跳动、vivo、蚂蚁集团、龙芯中科等企业发起，以“自由，协作，创新”为理念，以开源技术的推广和"
           "普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由齐齐哈尔大学承办，现诚邀广大 Linux "
           "开发者和爱好者参加本次大会。")
UNITS_B = ["齐齐哈尔大学", "清华大学", "Intel", "华为", "阿里云", "腾讯云", "OPPO", "字节跳动", "vivo", "蚂蚁集团", "龙芯中科",
           "统信软件"]
MEDIA_B = ["CSDN", "InfoQ", "开源中国", "Linux 中国", "思否", "SegmentFault"]
TEAL_B, BLUE_B, GREY_B, VIO_B = (0, 226, 206), (98, 156, 255), (150, 160, 190), (176, 104, 255)
RULE_B, HEAD_B, BAND_B = (48, 62, 112), (18, 30, 70), (28, 52, 138)
X0B, X1B = 48, 1032
COLS_B = (172, 392, 150)  # 时间, 主题, 讲者; 单位 takes the rest (270)
FT_B, FN_B, FU_B, FR_B, FL_B = font(25, True), font(24, True), font(19), font(22, True), font(18, True)
TP_B, NP_B, UP_B = 37, 34, 27


def xs_b():
    xs = [X0B]
    for c in COLS_B:
        xs.append(xs[-1] + c)
    return xs + [X1B]


def people_b(s):
    """The 讲者 and 单位 cells of a row: ops (column, dy, text, font, fill) and the block's height."""
    xs = xs_b()
    wn, wu = xs[3] - xs[2] - 24, xs[4] - xs[3] - 20
    ops, y = [], 0
    for i, sp in enumerate(s["sp"]):
        if s["kind"] == "panel" and i in (0, 1):
            ops.append((2, y, "主持人：" if i == 0 else "嘉宾：", FL_B, VIO_B))
            y += 30
        nl = wrap(None, pad(sp["name"]), FN_B, wn)
        ul = aff_lines(sp, FU_B, wu)
        for j, ln in enumerate(nl):
            ops.append((2, y + j * NP_B, ln, FN_B, WHITE))
        for j, ln in enumerate(ul):
            ops.append((3, y + 4 + j * UP_B, ln, FU_B, BLUE_B))
        y += max(NP_B * len(nl), 4 + UP_B * len(ul)) + 10
    return ops, y - 10


def heading_b(d, y, k, name, host):
    if k:
        nf = font(116, True)  # the numeral's foot is cut off where the name begins, as the 2023 image prints it
        lay = Image.new("L", (320, 200), 0)
        ImageDraw.Draw(lay).text((0, 0), "%02d" % k, font=nf, fill=255)
        t, b = nf.getbbox("%02d" % k)[1::2]
        lay = lay.crop((0, t, 320, t + int((b - t) * 0.56)))
        d.bitmap((X0B - 2, y + 48 - lay.size[1]), lay, fill=TEAL_B)
        ny = y + 40
    else:
        ny = y + 20
    d.text((X0B + 2, ny), name, font=font(46, True), fill=WHITE)
    hy = ny + 76
    hf = font(24, True)
    d.text((X0B + 2, hy), "主持人：", font=hf, fill=VIO_B)
    x = X0B + 2 + tw(d, "主持人：", hf)
    d.text((x, hy), pad(host[0]), font=hf, fill=WHITE)
    x += tw(d, pad(host[0]), hf) + 20
    d.text((x, hy + 4), fits(d, host[1], font(20), X1B - x), font=font(20), fill=BLUE_B)
    y = hy + 50
    d.rectangle([X0B, y, X1B, y + 10], fill=TEAL_B)
    return y + 30


def table_head_b(d, y):
    xs = xs_b()
    d.rectangle([X0B, y, X1B, y + 50], fill=HEAD_B)
    for lab, a in zip(("时间", "主题", "讲者", "单位"), xs):
        d.text((a + (14 if a == X0B else 12), y + 9), lab, font=font(24, True), fill=TEAL_B)
    d.rectangle([X0B, y + 50, X1B, y + 52], fill=TEAL_B)
    return y + 52


def row_b(d, y, s):
    xs = xs_b()
    if s["kind"] == "break":
        h = 58
        d.rectangle([X0B, y + 6, X1B, y + h - 6], fill=BAND_B)
        d.text((xs[0] + 14, y + 15), rng(s), font=FR_B, fill=WHITE)
        mx = xs[1] + 12
        meal_mark(d, mx, y + 13, s, TEAL_B, 0.9)
        d.text((mx + (50 if s["title"] in MEALS else 0), y + 10), s["title"], font=font(26, True), fill=TEAL_B)
        return y + h
    tl = wrap_nicely(d, s["title"], FT_B, COLS_B[1] - 28)
    s["_lines"] = tl
    ops, ph = people_b(s)
    h = max(len(tl) * TP_B - 4, ph, 32) + 40
    d.text((xs[0] + 14, y + 22), rng(s), font=FR_B, fill=WHITE)
    for i, ln in enumerate(tl):
        d.text((xs[1] + 12, y + 18 + i * TP_B), ln, font=FT_B, fill=TEAL_B)
    for col, dy, text, f, fill in ops:
        d.text((xs[col] + 12, y + 20 + dy), text, font=f, fill=fill)
    d.line([(X0B, y + h), (X1B, y + h)], fill=RULE_B, width=1)
    return y + h


def paint_b(im, d):
    W = im.size[0]
    logo_lines(d, 60, 50, WHITE, TEAL_B, 1.1)
    cf, yf = font(88, True), font(32, True)
    cw, yw = tw(d, "CLK", cf), tw(d, "3202", yf)
    d.text((X1B - cw - yw - 16, 36), "CLK", font=cf, fill=(200, 240, 255), stroke_width=2, stroke_fill=(50, 110, 255))
    d.text((X1B - yw, 44), "3202", font=yf, fill=WHITE)
    vio = (150, 80, 255)
    d.text((60, 230), "第1197届中国", font=font(98, True), fill=WHITE, stroke_width=3, stroke_fill=vio)
    d.text((60, 354), "Linux 内核开发者大会", font=font(96, True), fill=WHITE, stroke_width=3, stroke_fill=vio)
    bf = font(34, True)
    date = "10月12日"
    px = 60 + 30 + tw(d, date, bf) + 26
    bx1 = px + 38 + tw(d, "齐齐哈尔", bf) + 30
    d.rectangle([60, 522, bx1, 584], outline=WHITE, width=3)
    d.line([(52, 540), (52, 566)], fill=WHITE, width=3)
    d.line([(bx1 + 8, 540), (bx1 + 8, 566)], fill=WHITE, width=3)
    d.text((90, 527), date, font=bf, fill=WHITE)
    pin(d, px, 536, WHITE, (12, 14, 40))
    d.text((px + 38, 527), "齐齐哈尔", font=bf, fill=WHITE)
    d.text((60, 628), "地址：齐齐哈尔大学 中区图书馆报告厅", font=font(36, True), fill=WHITE)
    y = 900
    f = font(24)
    lines = wrap(d, INTRO_B, f, X1B - X0B - 90)
    top, y = y, y + 46 + 44 * len(lines) + 24
    d.rectangle([X0B, top, X1B, y], fill=(14, 20, 52), outline=(70, 90, 160), width=2)
    para(d, X0B + 45, top + 46, INTRO_B, f, (208, 214, 232), X1B - X0B - 90, 44)
    y += 190
    hollow_word(d, W, y - 46, "AGENDA", 132, (8, 12, 30), (0, 150, 150))
    ctext(d, W / 2, y, "大会议程", font(74, True), WHITE)
    y += 200
    for k, (name, host, slots) in enumerate(FORUMS_B):
        y = heading_b(d, y, k, name, host)
        y = table_head_b(d, y)
        for s in slots:
            y = row_b(d, y, s)
        y += 150
    hollow_word(d, W, y - 36, "SUPPORT", 110, (8, 12, 30), (0, 150, 150))
    ctext(d, W / 2, y, "支持单位", font(58, True), WHITE)
    y = units_grid(d, X0B + 40, X1B - 40, y + 130, UNITS_B, 3, None, WHITE, bh=84, gap=24, outline=WHITE) + 90
    hollow_word(d, W, y - 36, "SUPPORT", 110, (8, 12, 30), (0, 150, 150))
    ctext(d, W / 2, y, "支持媒体", font(58, True), WHITE)
    y = units_grid(d, X0B + 40, X1B - 40, y + 130, MEDIA_B, 3, None, WHITE, bh=84, gap=24, outline=WHITE) + 70
    qrcode(d, W / 2 - 130, y, 260, 32021)
    ctext(d, W / 2, y + 292, "扫码报名 · 观看直播", font(40, True), WHITE)
    ctext(d, W / 2, y + 360, "主办：中国Linux内核开发者大会组委会　承办：齐齐哈尔大学", font(24), GREY_B)
    return y + 450


def bg_b(w, h):
    im = vgrad(w, h, (12, 14, 42), (6, 8, 26))
    im = glow(im, 1000, 560, 460, (150, 70, 255), 0.6)
    im = glow(im, 860, 760, 260, (0, 190, 220), 0.35)
    for k, yy in enumerate(range(2400, h - 700, 1800)):
        im = glow(im, w + 60 if k % 2 else -60, yy, 480, (120, 70, 255) if k % 2 else (0, 160, 190), 0.28)
    d = ImageDraw.Draw(im)
    for i in range(18):  # the neon swirl of the 2023 header
        d.arc([420 - i * 24, 330 - i * 12, 1420 + i * 10, 1060 + i * 16], 150, 330,
              fill=(70 + i * 8, 60 + i * 6, 214 - i * 4), width=2)
    d.ellipse([780, 600, 1010, 830], fill=(60, 44, 164))  # the sphere
    for i in range(7):
        d.ellipse([798 + i * 6, 616 + i * 5, 970 - i * 10, 780 - i * 12], outline=(104 + i * 16, 88 + i * 12, 255),
                  width=2)
    return grain(im, 32021, GRAIN_B) if GRAIN_B else im


GRAIN_B = 0.004


# ===========================================================================
FILE_A = "clk3201-xinxiang-2024-royal-table-3col-centred.png"
FILE_B = "clk3202-qiqihar-2023-dark-table-4col-rules.png"
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 102, 107, 114): speakers are names as printed with "
    "spaces and the ideographic padding of two-character names removed ('席　梦' -> '席梦'; the Latin names 'Tobias "
    "Reinholt' -> 'TobiasReinholt', 'Ingrid Solvang' -> 'IngridSolvang'); host is the chair printed after '主持人：' "
    "for the forum covering the slot (the unit beside or under it is no part of it and no affiliation), null for "
    "breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, in "
    "printed order; affiliations are 'company job' joined by one space ('麒麟软件 内核研发部总监', 'Linutronix Senior "
    "Kernel Developer'), the company alone where no job is printed; an opening speech printed with a speaker "
    "('开幕致辞') is a talk, a slot printed without one ('开幕', '开场') is a break; '午餐' closes 主论坛 as its break; "
    "every forum carries its edition's date. Two invented editions stand in for CLK2022's ONE agenda image "
    "(imgs/2022clk.png, a 1.5 MB PNG): each is ONE whole-edition PNG, 1080 wide, holding CLK2022's four forums in "
    "printed order under the names its README gives them, printed so (主论坛, 处理器架构与调度分论坛, "
    "内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), each forum printed as a "
    "programme TABLE: CLK 3201 (第1196届, 新乡, 3201-10-20, the organisers' 2024 royal blue, THREE columns 时间 | 议题 "
    "| 演讲嘉宾) and CLK 3202 (第1197届, 齐齐哈尔, 3202-10-12, the organisers' 2023 near black, FOUR columns 时间 | "
    "主题 | 讲者 | 单位), both Saturdays; no talk and no person is on both. Headers, logo lines, the school's names, "
    "introductions, addresses, date boxes, the CLK marks and ring, '大会议程', the hollow 'AGENDA' and 'SUPPORT', "
    "'支持单位', '支持媒体', support units, media, QR captions, gift lines, slogans and organiser lines are never "
    "part of a name, a title or a slot; the number tabs and numerals '01'..'03' and the chevrons before '主论坛' are "
    "no part of a forum's name; a table's head row is no slot. Judgement calls: (1) CLK 3201: every cell is centred "
    "both ways, so a one-line range stands level with the middle of a row whose speaker cell holds two people. The "
    "演讲嘉宾 cell holds, per speaker, the name (bold) over his 'company job' (small, pale); the text under a name, "
    "down to the next name, is that speaker's affiliation, over all its lines: '中国科学院深圳先进技术研究院' over "
    "'博士研究生' (the break at the company/job space) is '中国科学院深圳先进技术研究院 博士研究生' for 叶嘉禾. The "
    "row '周宁、褚晓光' over the ONE line '华为 昇腾驱动工程师' is a talk by two speakers of one unit, printed once: "
    "speakers 周宁 and 褚晓光 (the '、' separates them), each with the affiliation '华为 昇腾驱动工程师'. The round "
    "table's cell prints small pink labels '主持人' and '嘉宾' on lines of their own (labels, no names) and one line "
    "per person 'name（unit）': the name is the speaker, the text inside the full-width parentheses (without them) "
    "his affiliation: the moderator '柴文斌（郑州大学 教授）' -> 郑州大学 教授, the guests with the company only "
    "('邰鹏飞（阿里云）' -> 阿里云). Break rows print the range and the label centred across 议题 and 演讲嘉宾 "
    "('开幕' without a speaker is a break). 主论坛's '午餐' runs 12:10-14:00; the afternoon forums start at 14:00. "
    "(2) CLK 3202: the host is printed on one line under the forum's name ('主持人：' violet, the padded name, the "
    "unit in blue after it). The table has no vertical rules (a hairline under each row) and its rows are "
    "TOP-ALIGNED: the range, the first title line and the first name share the row's top. A speaker's affiliation "
    "is the 单位 text beginning level with his name, over all its lines: a break at the space between company and "
    "job is that space ('统信软件' over '操作系统研发中心总监' -> '统信软件 操作系统研发中心总监'; '华为' over 'openEuler "
    "技术委员会委员'; '中国科学院软件研究所' over '副研究员'), a break inside a Chinese word joins without one "
    "('中国科学院深圳先进技' / '术研究院 助理研究员' -> '中国科学院深圳先进技术研究院 助理研究员' for 居晓磊). The Latin "
    "name wraps in 讲者 ('Ingrid' over 'Solvang'): one speaker, IngridSolvang, whose affiliation is the one line "
    "'Canonical Kernel Engineer'. The round table prints '主持人：' and '嘉宾：' as small violet labels on lines of "
    "their own in 讲者: labels, no names. '09:00-09:05 开场' is a break. 'IO 与 ebpf 分论坛' has four talks and ends "
    "with the one after its 茶歇 (15:20-15:50). (3) Two-speaker talks printed as two names one under the other "
    "(甘振华 and 伍晓婷, 石景川 and 叶嘉禾, 邵丹 and 黄砚秋 on CLK 3201; 龙浩宇 and 席梦, 戈宛平 and 仲天宇, 裴远航 and "
    "司徒凯文, 桂晨阳 and 全思雨 on CLK 3202) give the speakers top to bottom, each with the unit under (3201) or level "
    "with (3202) his own name. A round table is ONE slot of kind 'panel': the moderator first, then the four guests "
    "in printed order, one affiliation each; its title keeps '圆桌论坛：'; the moderator is not the forum's host "
    "(柴文斌 vs 宫振宇, 那文博 vs 郏志恒). Titles wrapped in their column are one title each: a break where the title "
    "has a space stands for that space ('RISC-V 服务器平台的' / 'ACPI 与 CPU 拓扑支持'), a break inside Chinese text "
    "for none ('统信 UOS 内核的多架' / '构构建与发布流水线'); the truth gives the titles as written. English-only "
    "titles: four on each edition, among them the Latin speakers' ('Per-CPU Sheaves in SLUB: Design and "
    "Benchmarks', 'Kernel Regression Tracking Across Distributions'). The title '开幕致辞' on both editions is two "
    "talks (different speakers). Uncommon surnames: 贲 (贲晓宇, read Bēn), 栗 (栗海鹰, host), 晁 (晁敏, host), 郜 "
    "(郜思远), 邰 (邰鹏飞), 蒙 (蒙立华), 缪 (缪晓川), 郏 (郏志恒, host), 殳 (殳建峰), 那 (那文博), 宿 (宿海明), 邴 (邴昊天), "
    "隆 (隆国栋, host), 薄 (薄一凡), 居 (居晓磊), 邸 (邸建华, host), 辜 (辜海平), 练 (练嘉欣), 朴 (朴成哲); compound 司徒 "
    "(司徒凯文)."
)
LAYOUTS = {
    FILE_A: (
        "CLK 3201 (第1196届), 新乡, 3201-10-20 (PNG, 1080 x %d, faint grain): ONE whole-edition image in the "
        "organisers' 2024 ROYAL BLUE (light streaks, glows); header with logo lines, '河南师范大学' / 'HENAN NORMAL "
        "UNIVERSITY', the leaning '第1196届中国' over 'Linux内核开发者大会', an outlined date box, the address, a "
        "ring 'CLK' / '3201', an introduction with cyan corner marks, '大会议程' on a slanted plate; each forum a "
        "slanted number tab (chevrons before 主论坛), the leaning name, '主持人：' (pink) + name at the right over "
        "the unit, a cyan bar; then a THREE-column table 时间 | 议题 | 演讲嘉宾 (196 | 430 | 374 px) with a cyan "
        "head row, rows alternately shaded, every cell centred both ways, per speaker the name over 'company job' in "
        "one cell; '周宁、褚晓光' over one shared unit; the round table as 'name（unit）' lines under pink labels "
        "'主持人' / '嘉宾'; '开幕', 茶歇 and 午餐 as light bands. 5 + 5 + 5 + 5 scored."),
    FILE_B: (
        "CLK 3202 (第1197届), 齐齐哈尔, 3202-10-12 (PNG, 1080 x %d, faint grain): ONE whole-edition image in the "
        "organisers' 2023 NEAR BLACK (violet glow, neon swirl, a sphere); header with logo lines, 'CLK' with '3202' "
        "raised, '第1197届中国' over 'Linux 内核开发者大会' (violet outline), an outlined box '10月12日' + pin + "
        "'齐齐哈尔' (no year), the address, an introduction box, '大会议程' over a hollow 'AGENDA'; each forum its "
        "name (a teal numeral cut at its foot above the afternoon forums), UNDER it '主持人：name  unit' on one line, "
        "a teal bar; then a FOUR-column table 时间 | 主题 | 讲者 | 单位 (172 | 392 | 150 | 270 px) with teal labels on "
        "a dark head band, no vertical rules, a hairline under each row, rows top-aligned, teal titles, padded "
        "names, blue units level with each name (wrapped at the company/job space or inside a word); the Latin name "
        "wrapped in 讲者; round table with violet '主持人：' / '嘉宾：' labels; '开场', 茶歇 and 午餐 as blue bands. "
        "6 + 5 + 5 + 4 scored."),
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
            for a, b in zip(sl, sl[1:]):
                assert a["end"] == b["start"], (a, b)
            for s in sl:
                assert s["start"] < s["end"]
                assert (s["host"] is None) == (s["kind"] == "break")
                assert s["host"] in (None, host[0])
            assert sl[-1]["kind"] != "break" or sl is forums[0][2]
        assert forums[0][2][0]["start"] == "09:00"
        assert sum(s["kind"] == "panel" for s in slots) == 1
        assert all(len(s["sp"]) >= 4 for s in slots if s["kind"] == "panel")
        assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") >= 3
        assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
        assert {"茶歇", "午餐"} <= {s["title"] for s in slots}
        assert forums[0][2][-1]["title"] == "午餐"
        assert all(s["title"] != "午餐" for _, _, sl in forums[1:] for s in sl)
        assert all(any(s["title"] == "茶歇" for s in sl) for _, _, sl in forums)
        assert any(s["title"] == "开幕致辞" and len(s["sp"]) == 1 for s in slots)
        assert sum(bool(re.fullmatch(r"[A-Za-z ]+", sp["name"])) for s in slots for sp in s["sp"]) == 1
        assert sum(bool(re.fullmatch(r"[A-Za-z0-9 :.,/-]+", s["title"])) for s in slots) >= 4
        for s in scored(forums):
            assert s["title"] not in words, s["title"]
            for sp in s["sp"]:
                assert plain(sp["name"]) not in words, sp["name"]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(map(plain, people)) & set(REAL_NAMES)
    assert {f[2][0]["start"] for f in FORUMS_A[1:]} == {"14:00"}
    assert {f[2][0]["start"] for f in FORUMS_B[1:]} == {"13:30"}
    # the cells that wrap, as the note says
    xa, xb = xs_a(), xs_b()
    wa, wn_b, wu_b = xa[3] - xa[2] - 30, xb[3] - xb[2] - 24, xb[4] - xb[3] - 20
    wrapped_names = [sp["name"] for _, _, sl in FORUMS_A for s in sl for sp in s["sp"]
                     if len(wrap(None, sp["name"], FN_A, wa)) > 1]
    wrapped_names += [sp["name"] for _, _, sl in FORUMS_B for s in sl for sp in s["sp"]
                      if len(wrap(None, pad(sp["name"]), FN_B, wn_b)) > 1]
    assert wrapped_names == ["Ingrid Solvang"], wrapped_names
    wrapped_a = [sp["name"] for _, _, sl in FORUMS_A for s in sl if s["kind"] == "talk" and not s.get("joined")
                 for sp in s["sp"] if len(aff_lines(sp, FU_A, wa)) > 1]
    assert wrapped_a == WRAPPED_UNITS_A, wrapped_a
    wrapped_b = [sp["name"] for _, _, sl in FORUMS_B for s in sl for sp in s["sp"] if len(aff_lines(sp, FU_B, wu_b)) > 1]
    assert wrapped_b == WRAPPED_UNITS_B, wrapped_b
    assert aff_lines(S("居晓磊", "中国科学院深圳先进技术研究院", "助理研究员"), FU_B, wu_b) == INSIDE_WORD_B
    assert aff_lines(S("Ingrid Solvang", "Canonical", "Kernel Engineer"), FU_B, wu_b) == ["Canonical Kernel Engineer"]
    titles = []
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
    rest = [t for t in titles if t != "开幕致辞"]  # '开幕致辞' opens both editions: two talks, two speakers
    assert len(rest) == len(set(rest)) and titles.count("开幕致辞") == 2
    return len(titles)


WRAPPED_UNITS_A = ["叶嘉禾"]
WRAPPED_UNITS_B = ["苑立军", "庞沛然", "樊静怡", "居晓磊"]
INSIDE_WORD_B = ["中国科学院深圳先进技", "术研究院 助理研究员"]


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
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
