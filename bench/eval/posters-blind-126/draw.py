"""Draw the hundred-and-twenty-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances
(fixed numbers, never hash()).  The set stands in for CLK2022's ONE agenda image
(imgs/2022clk.png, a 1.5 MB PNG): two invented editions, each ONE whole-edition
PNG with CLK2022's four forums, each forum printed as a programme TABLE:
  CLK 3261 (第1256届, 阜新, 3261-10-15): 1242 wide, the organisers' 2024 ROYAL
    BLUE; FOUR columns 时间 | 议题 | 讲者 | 单位; every cell set from the LEFT
    and centred vertically in its row; a speaker's unit level with his name;
    the round table's '主持人' / '嘉宾' as labels in 讲者; afternoon from 14:00.
  CLK 3262 (第1257届, 淮北, 3262-10-14): 1080 wide, the organisers' 2023 NEAR
    BLACK; THREE columns 时间 | 议题 | 演讲嘉宾; every cell CENTRED both ways;
    in 演讲嘉宾 each speaker as the 2023 image prints him, 'name  company job'
    on one line where it fits, else the job (or the whole unit) on the next
    line(s); afternoon from 13:30.
Helpers from font to slanted (font, tw, TOKEN, NO_LINE_START, wrap_widths,
wrap, wrap_nicely, ctext, rtext, vgrad, grain, glow, qrcode, T, P, B, plain, S,
aff, truth_slot, two_pass, cup, bowl, logo_lines, para, fits, MEALS, WHITE,
rng, meal_mark, units_grid, saturday, pad, listing_words, aff_lines, pin,
hollow_word, slanted) and REAL_NAMES are copied unchanged from
bench/eval/posters-blind-120/draw.py (which took them from set 114 and,
before it, sets 107, 102, 95 and 59); hgrad is copied from set 120 too;
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


def hgrad(d, x0, x1, y0, y1, c1, c2):
    for i in range(int(x1 - x0)):
        t = i / max(1, x1 - x0 - 1)
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(c1[c] + (c2[c] - c1[c]) * t) for c in range(3)))


# ===========================================================================
# 1. CLK 3261 (第1256届), 阜新, Saturday 3261-10-15: ONE whole-edition PNG, 1242 wide, in the organisers' 2024
#    ROYAL BLUE.  Each forum: a slanted number tab ('01'..'03'; two chevrons before 主论坛), the name leaning, the
#    host at the right ('主持人：' pink, the unit under it), a cyan bar; then a FOUR-column table 时间 | 议题 | 讲者 |
#    单位 with every cell set from the LEFT and centred vertically; a speaker's unit level with his name.
DATE_A = "3261-10-15"
H1, H2, H3, H4 = "扈立强", "亓宏伟", "蔺秀梅", "房振邦"
FORUMS_A = [
    ("主论坛", (H1, "辽宁工程技术大学软件学院 院长"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:25", "开幕致辞", [S("隋国华", "辽宁工程技术大学", "副校长")], H1),
        T("09:25", "10:00", "云原生场景下的内核热升级：从 kpatch 到整机热替换",
          [S("谭俊熙", "天翼云", "操作系统首席专家")], H1),
        T("10:00", "10:35", "Upstreaming a New Architecture: What Maintainers Really Ask For",
          [S("Joris Vandenbroucke", "Linaro", "Principal Kernel Engineer")], H1),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:20", "服务器 RAS：内存故障预测与在线隔离",
          [S("冼卓霖", "阿里云", "RAS 技术专家"), S("郗雨桐", "浙江大学", "博士研究生")], H1),
        T("11:20", "11:45", "大模型训练集群中 RDMA 与内核网络栈的协同优化",
          [S("莫志远", "百度智能云", "高性能网络架构师")], H1),
        P("11:45", "12:30", "圆桌论坛：内核社区的维护者梯队如何接续",
          S("笪明远", "东北大学", "教授"),
          [S("阚文韬", "华为", "操作系统内核实验室主任"), S("佘晓梅", "龙芯中科", "系统软件部经理"),
           S("禚海峰", "英特尔", "开源技术中心架构师"), S("苻佳琪", "字节跳动", "STE 内核负责人")], H1),
        B("12:30", "14:00", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (H2, "中国科学院计算技术研究所 研究员"), [
        T("14:00", "14:30", "sched_ext 在移动端前台交互场景的实践", [S("温嘉豪", "OPPO", "内核调度专家")], H2),
        T("14:30", "15:00", "Core Scheduling Revisited: SMT Isolation Costs on Modern x86",
          [S("姬明杰", "海光信息", "CPU 软件架构师")], H2),
        T("15:00", "15:30", "RISC-V 向量扩展上下文切换开销的测量与优化",
          [S("祁嘉乐", "中国科学院软件研究所智能软件研究中心", "副研究员"), S("穆思琪", "平头哥半导体", "软件工程师")],
          H2),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "LoongArch 多路服务器的 NUMA 调度调优", [S("骆建平", "龙芯中科", "内核工程师")], H2),
        T("16:15", "16:45", "PREEMPT_RT 合入主线之后：工业控制器上的实时内核落地",
          [S("卜昊然", "中科创达", "实时系统工程师")], H2),
    ]),
    ("内存管理与异构计算分论坛", (H3, "大连理工大学 副教授"), [
        T("14:00", "14:30", "CXL 内存池化下的页面放置与迁移策略", [S("庹振宇", "浪潮信息", "服务器内存架构师")], H3),
        T("14:30", "15:00", "Zero-Copy Tensors Between GPU and Host: The HMM Path",
          [S("桑雅楠", "壁仞科技", "驱动架构师")], H3),
        T("15:00", "15:30", "大核数服务器上 SLUB 分配器的锁竞争分析",
          [S("邝子谦", "腾讯云", "内核工程师"), S("容晓敏", "中山大学", "硕士研究生")], H3),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "推理服务的统一内存管理：显存超分与主机内存换出", [S("揭一鸣", "摩尔线程", "系统软件专家")], H3),
        T("16:15", "16:45", "页表共享在数据库大内存场景下的收益评估", [S("冉嘉怡", "OceanBase", "系统优化工程师")], H3),
    ]),
    ("IO 与 ebpf 分论坛", (H4, "东软集团 首席架构师"), [
        T("14:00", "14:30", "对象存储网关的 io_uring 改造：批量提交与注册缓冲区", [S("邱泽宇", "京东云", "存储研发工程师")], H4),
        T("14:30", "15:00", "Attributing Block I/O Latency to Cgroups with BPF", [S("汤子涵", "小米", "性能工具工程师")], H4),
        T("15:00", "15:30", "NVMe 多路径在故障切换时的 IO 挂起问题分析", [S("赖雪峰", "新华三", "存储软件工程师")], H4),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "基于 eBPF 的主机入侵检测：从 LSM 钩子到告警闭环",
          [S("包明哲", "360 数字安全集团", "安全研究员"), S("强思远", "360 数字安全集团", "安全开发工程师")], H4),
        T("16:15", "16:45", "XFS 在线修复功能的生产环境验证", [S("满天宇", "中国联通", "云平台工程师")], H4),
    ]),
]
INTRO_A = ("“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）举办至今已是第1256届，由清华大学、Intel、华为、阿里云、"
           "富士通南大、腾讯云、OPPO、字节跳动、vivo、蚂蚁集团、龙芯中科等单位发起，以“自由 协作 创新”为理念，以开源技术的"
           "推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本次大会由辽宁工程技术大学承办，上午为主论坛，"
           "下午三个分论坛同时进行，欢迎广大 Linux 开发者和爱好者参加。")
UNITS_A = ["辽宁工程技术大学", "清华大学", "Intel", "HUAWEI", "阿里云", "腾讯云", "OPPO", "vivo", "字节跳动", "蚂蚁集团",
           "龙芯中科", "天翼云"]
MEDIA_A = ["CSDN", "InfoQ", "开源中国", "51CTO", "思否", "开源江湖"]
W_A = 1242
ROYAL_A, CYAN_A, PINK_A, PALE_A = (24, 72, 226), (40, 214, 255), (255, 120, 214), (206, 224, 255)
GRID_A, ROW1_A, ROW2_A, BAND_A = (104, 156, 255), (34, 94, 238), (27, 82, 222), (58, 136, 255)
X0A, X1A = 48, 1194
COLS_A = (176, 440, 250)  # 时间, 议题, 讲者; 单位 takes the rest (280)
FT_A, FN_A, FU_A, FR_A, FL_A = font(28, True), font(27, True), font(21), font(25, True), font(19, True)
TP_A, NP_A, UP_A, LP_A = 40, 38, 29, 30  # line pitches: title, name, unit, label
PADL_A = 18  # every cell's text starts this far right of the cell's left rule


def xs_a():
    xs = [X0A]
    for c in COLS_A:
        xs.append(xs[-1] + c)
    return xs + [X1A]


def widths_a():
    """Text widths of the 议题, 讲者 and 单位 cells."""
    xs = xs_a()
    return xs[2] - xs[1] - 2 * PADL_A, xs[3] - xs[2] - 2 * PADL_A, xs[4] - xs[3] - 2 * PADL_A


def people_a(s):
    """The 讲者 and 单位 cells: ops (column, dy, text, font, fill) and the block's height.  Each unit begins level
    with its speaker's name; the round table's '主持人' / '嘉宾' are labels on lines of their own in 讲者."""
    _, wn, wu = widths_a()
    ops, y = [], 0
    for i, sp in enumerate(s["sp"]):
        if s["kind"] == "panel" and i in (0, 1):
            if i:
                y += 8
            ops.append((2, y, "主持人" if i == 0 else "嘉宾", FL_A, PINK_A))
            y += LP_A
        nl = wrap(None, sp["name"], FN_A, wn)
        ul = aff_lines(sp, FU_A, wu)
        for j, ln in enumerate(nl):
            ops.append((2, y + j * NP_A, ln, FN_A, WHITE))
        for j, ln in enumerate(ul):
            ops.append((3, y + 5 + j * UP_A, ln, FU_A, PALE_A))
        y += max(NP_A * len(nl), 5 + UP_A * len(ul)) + (4 if s["kind"] == "panel" else 14)
    return ops, y - (4 if s["kind"] == "panel" else 14)


def heading_a(im, d, y, k, name, host):
    x = X0A + 4
    if k:
        d.polygon([(x + 16, y + 14), (x + 104, y + 14), (x + 88, y + 86), (x, y + 86)], fill=WHITE)
        d.polygon([(x + 110, y + 14), (x + 121, y + 14), (x + 105, y + 86), (x + 94, y + 86)], fill=CYAN_A)
        slanted(im, x + 14, y + 14, "%02d" % k, font(50, True), ROYAL_A, shear=0.2)
        x += 140
    else:
        for j in range(2):
            d.polygon([(x + j * 30, y + 28), (x + j * 30 + 25, y + 50), (x + j * 30, y + 72)],
                      fill=CYAN_A if j else WHITE)
        x += 74
    nw = slanted(im, x, y + 6, name, font(52, True), WHITE, shear=0.18, shadow=(10, 30, 120))
    hf = font(29, True)
    hw = tw(d, "主持人：" + host[0], hf)
    d.text((X1A - hw, y + 14), "主持人：", font=hf, fill=PINK_A)
    rtext(d, X1A, y + 14, host[0], hf, WHITE)
    uf = font(20)
    rtext(d, X1A, y + 58, fits(d, host[1], uf, 420), uf, PALE_A)
    assert x + nw + 24 < X1A - max(hw, tw(d, host[1], uf)), name
    y += 104
    hgrad(d, X0A, X1A, y, y + 9, CYAN_A, (70, 120, 255))
    return y + 28


def table_head_a(d, y):
    xs = xs_a()
    h = 56
    hgrad(d, X0A, X1A, y, y + h, (0, 176, 255), (60, 110, 255))
    for lab, a in zip(("时间", "议题", "讲者", "单位"), xs):
        d.text((a + PADL_A, y + 10), lab, font=font(28, True), fill=WHITE)
    for cx in xs[1:-1]:
        d.line([(cx, y), (cx, y + h)], fill=(170, 210, 255), width=1)
    return y + h


def row_a(d, y, s, k):
    xs = xs_a()
    if s["kind"] == "break":
        h = 64
        d.rectangle([X0A, y, X1A, y + h], fill=BAND_A)
        d.text((xs[0] + PADL_A, y + 16), rng(s), font=FR_A, fill=WHITE)
        lx = xs[1] + PADL_A
        meal_mark(d, lx, y + 15, s, WHITE, 1.0)
        d.text((lx + (56 if s["title"] in MEALS else 0), y + 12), s["title"], font=font(29, True), fill=WHITE)
        d.line([(xs[1], y), (xs[1], y + h)], fill=GRID_A, width=1)
        d.line([(X0A, y + h), (X1A, y + h)], fill=GRID_A, width=1)
        return y + h
    tl = wrap_nicely(d, s["title"], FT_A, widths_a()[0])
    s["_lines"] = tl
    th = (len(tl) - 1) * TP_A + 32
    ops, ph = people_a(s)
    h = max(th, ph, 32) + 46
    d.rectangle([X0A, y, X1A, y + h], fill=ROW2_A if k % 2 else ROW1_A)
    d.text((xs[0] + PADL_A, y + (h - 30) // 2 - 2), rng(s), font=FR_A, fill=WHITE)
    ty = y + (h - th) // 2 - 4
    for i, ln in enumerate(tl):
        d.text((xs[1] + PADL_A, ty + i * TP_A), ln, font=FT_A, fill=WHITE)
    py = y + (h - ph) // 2 - 4
    for col, dy, text, f, fill in ops:
        d.text((xs[col] + PADL_A, py + dy), text, font=f, fill=fill)
    for c in xs[1:-1]:
        d.line([(c, y), (c, y + h)], fill=GRID_A, width=1)
    d.line([(X0A, y + h), (X1A, y + h)], fill=GRID_A, width=1)
    return y + h


def plate_a(d, W, y, text, size):
    f = font(size, True)
    bw = tw(d, text, f) + 110
    d.polygon([(W / 2 - bw / 2 + 24, y), (W / 2 + bw / 2 + 24, y), (W / 2 + bw / 2 - 24, y + size + 38),
               (W / 2 - bw / 2 - 24, y + size + 38)], fill=(70, 150, 255), outline=CYAN_A)
    ctext(d, W / 2, y + 11, text, f, WHITE)


def clk_ring(d, cx, cy, year):
    for i, r in enumerate((172, 143, 115)):
        d.ellipse([cx - r, cy - r * 0.42, cx + r, cy + r * 0.42], outline=(120 - i * 30, 200, 255), width=3 - i // 2)
    d.ellipse([cx - 90, cy - 110, cx + 90, cy + 70], fill=(56, 130, 255), outline=(180, 230, 255), width=3)
    ctext(d, cx, cy - 80, "CLK", font(58, True), WHITE)
    ctext(d, cx, cy - 10, year, font(28, True), WHITE)


def paint_a(im, d):
    W = im.size[0]
    logo_lines(d, 54, 52, WHITE, CYAN_A, 1.2)
    rtext(d, X1A - 6, 50, "辽宁工程技术大学", font(38, True), WHITE)
    rtext(d, X1A - 6, 104, "LIAONING TECHNICAL UNIVERSITY", font(18, True), PALE_A)
    slanted(im, 62, 214, "第1256届中国", font(106, True), WHITE, shear=0.12, shadow=(10, 30, 130))
    slanted(im, 62, 354, "Linux内核开发者大会", font(98, True), (200, 240, 255), shear=0.12, shadow=(10, 30, 130))
    pf = font(36, True)
    date = "3261年10月15日"
    d.rounded_rectangle([62, 556, 62 + tw(d, date, pf) + tw(d, "阜新", pf) + 130, 626], radius=14, outline=CYAN_A,
                        width=3)
    d.text((96, 563), date, font=pf, fill=WHITE)
    pin(d, 96 + tw(d, date, pf) + 12, 572, CYAN_A, ROYAL_A, 1.1)
    d.text((96 + tw(d, date, pf) + 50, 563), "阜新", font=pf, fill=WHITE)
    d.text((62, 676), "地址：辽宁工程技术大学", font=font(40, True), fill=WHITE)
    d.text((62, 732), "阜新校区 图书馆学术报告厅", font=font(40, True), fill=WHITE)
    clk_ring(d, 980, 664, "3261")
    y = 900
    f = font(27)
    lines = wrap(d, INTRO_A, f, X1A - X0A - 110)
    top, y = y, y + 54 + 52 * len(lines) + 26
    d.rectangle([X0A, top, X1A, y], fill=(34, 92, 232), outline=(90, 150, 255), width=1)
    for (ax, ay), (bx, by) in (((X0A, top), (1, 1)), ((X1A, top), (-1, 1)), ((X0A, y), (1, -1)), ((X1A, y), (-1, -1))):
        d.line([(ax, ay), (ax + 50 * bx, ay)], fill=CYAN_A, width=7)
        d.line([(ax, ay), (ax, ay + 50 * by)], fill=CYAN_A, width=7)
    para(d, X0A + 55, top + 52, INTRO_A, f, (226, 236, 255), X1A - X0A - 110, 52)
    y += 138
    af = font(138, True)
    d.text((W / 2 - tw(d, "AGENDA", af) / 2, y - 58), "AGENDA", font=af, fill=ROYAL_A, stroke_width=2,
           stroke_fill=(90, 160, 255))
    plate_a(d, W, y, "大会议程", 58)
    y += 216
    for k, (name, host, slots) in enumerate(FORUMS_A):
        y = heading_a(im, d, y, k, name, host)
        top = y
        y = table_head_a(d, y)
        for i, s in enumerate(slots):
            y = row_a(d, y, s, i)
        d.rectangle([X0A, top, X1A, y], outline=(120, 180, 255), width=2)
        y += 124
    plate_a(d, W, y, "支持单位", 50)
    y = units_grid(d, X0A + 80, X1A - 80, y + 136, UNITS_A, 3, WHITE, ROYAL_A, bh=90, gap=26) + 70
    plate_a(d, W, y, "支持媒体", 50)
    y = units_grid(d, X0A + 80, X1A - 80, y + 136, MEDIA_A, 3, None, WHITE, bh=90, gap=26, outline=WHITE) + 70
    d.rounded_rectangle([W / 2 - 172, y, W / 2 + 172, y + 344], radius=18, fill=WHITE)
    qrcode(d, W / 2 - 144, y + 28, 288, 32611)
    ctext(d, W / 2, y + 378, "扫码报名", font(48, True), WHITE)
    ctext(d, W / 2, y + 452, "300份现场礼品，先到先得", font(27), PALE_A)
    ctext(d, W / 2, y + 522, "一同探索 Linux 内核之美", font(44, True), WHITE)
    return y + 660


def bg_a(w, h):
    im = vgrad(w, h, (26, 82, 236), (16, 52, 196))
    im = glow(im, 1000, 620, 480, (80, 200, 255), 0.45)
    im = glow(im, 160, 140, 340, (90, 150, 255), 0.3)
    for k, yy in enumerate(range(2600, h - 700, 1900)):
        im = glow(im, w + 40 if k % 2 else -40, yy, 520, (60, 170, 255), 0.25)
    lay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ld = ImageDraw.Draw(lay)
    for i in range(10):  # the light streaks of the 2024 header
        ld.line([(440 + i * 78, 0), (w, 530 - i * 46)], fill=(170, 220, 255, 40), width=2)
    for i in range(5):
        ld.arc([600 - i * 34, 370 - i * 23, 1500 + i * 28, 1010 + i * 16], 180, 340, fill=(120, 220, 255, 70), width=3)
    im = Image.alpha_composite(im.convert("RGBA"), lay.filter(ImageFilter.GaussianBlur(1))).convert("RGB")
    return grain(im, 32611, GRAIN_A) if GRAIN_A else im


GRAIN_A = 0


# ===========================================================================
# 2. CLK 3262 (第1257届), 淮北, Saturday 3262-10-14: ONE whole-edition PNG, 1080 wide, in the organisers' 2023 NEAR
#    BLACK.  Each forum: the name (a teal numeral cut at its foot before the afternoon forums), UNDER it one line
#    '主持人：name  unit', a teal bar; then a THREE-column table 时间 | 议题 | 演讲嘉宾 with every cell CENTRED both
#    ways, rows alternately shaded; in 演讲嘉宾 per speaker 'name  company job' as the 2023 image sets it.
DATE_B = "3262-10-14"
G1, G2, G3, G4 = "盖立军", "伏海波", "滕晓燕", "幸志明"
FORUMS_B = [
    ("主论坛", (G1, "淮北师范大学计算机科学与技术学院 院长"), [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:20", "开幕致辞", [S("檀国庆", "淮北师范大学", "副校长")], G1),
        T("09:20", "09:55", "从 5.10 到 6.6：终端厂商内核大版本升级的工程实践", [S("凌晓东", "vivo", "内核团队负责人")], G1),
        T("09:55", "10:30", "Writing a Block Driver in Rust: Lessons from the Null Device",
          [S("Benedikt Kessler", "SUSE", "Kernel Developer")], G1),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:20", "端侧大模型推理中的内存压缩与预取",
          [S("柏文静", "荣耀", "内存子系统专家"), S("钟屹", "华中科技大学", "博士研究生")], G1),
        T("11:20", "11:50", "openEuler 内核在金融核心系统中的稳定性保障", [S("苟建新", "华为", "openEuler 内核专家")], G1),
        P("11:50", "12:30", "圆桌对话：国产 CPU 生态下的内核上游协作",
          S("訾鸿飞", "中国科学技术大学", "教授"),
          [S("沈砚青", "飞腾信息技术", "软件生态总监"), S("葛素琴", "海光信息", "系统软件总监"),
           S("夏知行", "统信软件", "内核研发经理"), S("翟启航", "中国电子云", "操作系统架构师")], G1),
        B("12:30", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (G2, "华为 鲲鹏计算首席架构师"), [
        T("13:30", "14:00", "ARM 服务器上 SVE 状态保存与进程迁移开销", [S("欧阳静雯", "阿里云", "倚天软件工程师")], G2),
        T("14:00", "14:30", "Taming Timer Interrupts on Tickless Edge Devices", [S("焦锐", "地平线", "系统软件工程师")], G2),
        T("14:30", "15:00", "多核 SoC 的能耗感知调度：EAS 参数自动整定",
          [S("翁栩", "紫光展锐", "功耗专家"), S("车晓宇", "电子科技大学", "硕士研究生")], G2),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "虚拟机 vCPU 抢占与锁持有者问题的缓解", [S("廉文博", "中国移动云能力中心", "虚拟化专家")], G2),
        T("15:45", "16:15", "用户态调度框架与内核的协作接口设计", [S("侍雨辰", "字节跳动", "调度系统工程师")], G2),
    ]),
    ("内存管理与异构计算分论坛", (G3, "中国科学技术大学 副教授"), [
        T("13:30", "14:00", "低开销内存热点追踪：PMU 采样与页表访问位", [S("晋嘉伟", "快手", "内核工程师")], G3),
        T("14:00", "14:30", "Reducing TLB Shootdowns on Many-Core Arm Servers",
          [S("贝文轩", "Ampere Computing", "软件工程师")], G3),
        T("14:30", "15:00", "GPU 显存与系统内存的统一回收框架",
          [S("沙立强", "景嘉微", "GPU 软件部经理"), S("段佳慧", "景嘉微", "驱动工程师")], G3),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "内存故障注入与 hwpoison 恢复路径的测试", [S("巩晓辉", "联想", "服务器固件工程师")], G3),
        T("15:45", "16:15", "KSM 在桌面云中的去重收益与安全风险",
          [S("俞婉清", "中国科学院信息工程研究所", "助理研究员")], G3),
    ]),
    ("IO 与 ebpf 分论坛", (G4, "网易数帆 存储负责人"), [
        T("13:30", "14:00", "容器逃逸检测：基于 eBPF 的文件与进程行为审计", [S("鲍嘉琪", "青云科技", "容器平台工程师")], G4),
        T("14:00", "14:30", "Folio Conversion in Filesystems: Where We Stand", [S("裘亦凡", "SmartX", "存储内核工程师")], G4),
        T("14:30", "15:00", "NVMe over TCP 在存算分离架构下的性能调优",
          [S("尚文浩", "中科曙光", "存储工程师"), S("凤雅琳", "北京航空航天大学", "博士研究生")], G4),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "dm-verity 与 fs-verity 对车载系统启动时间的影响", [S("钮一帆", "长城汽车", "系统软件工程师")], G4),
    ]),
]
INTRO_B = ("CLK 即“中国 Linux 内核开发者大会”（以下简称 CLK），举办至今已是第 1257 届，由清华大学、Intel、华为、阿里云、"
           "腾讯云、OPPO、字节跳动、vivo、蚂蚁集团、龙芯中科等企业发起，以“自由，协作，创新”为理念，以开源技术的推广和"
           "普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由淮北师范大学承办，现诚邀广大 Linux "
           "开发者和爱好者参加本次大会。")
UNITS_B = ["淮北师范大学", "清华大学", "Intel", "华为", "阿里云", "腾讯云", "OPPO", "字节跳动", "vivo", "蚂蚁集团", "龙芯中科",
           "飞腾"]
MEDIA_B = ["CSDN", "InfoQ", "开源中国", "Linux 中国", "思否", "SegmentFault"]
TEAL_B, BLUE_B, GREY_B, VIO_B = (0, 226, 206), (98, 156, 255), (150, 160, 190), (176, 104, 255)
RULE_B, HEAD_B, BAND_B = (52, 66, 120), (0, 196, 180), (28, 52, 138)
ROW1_B, ROW2_B = (16, 20, 52), (22, 28, 66)
X0B, X1B = 40, 1040
COLS_B = (178, 412)  # 时间, 议题; 演讲嘉宾 takes the rest (410)
FT_B, FN_B, FU_B, FR_B, FL_B = font(25, True), font(24, True), font(19), font(22, True), font(18, True)
TP_B, NP_B, UP_B, LP_B = 36, 34, 27, 28  # line pitches: title, a line with a name, a unit-only line, a label
GAP_B = 12  # between a name and the unit that follows it on its line


def xs_b():
    return [X0B, X0B + COLS_B[0], X0B + COLS_B[0] + COLS_B[1], X1B]


def guest_w_b():
    xs = xs_b()
    return xs[3] - xs[2] - 36


def person_b(sp):
    """One speaker in 演讲嘉宾: lines of parts [(text, font, fill)], each line centred.  'name  company job' on one
    line where it fits; else 'name  company' over the job; else the name over the unit (as aff_lines breaks it)."""
    w = guest_w_b()
    name = pad(sp["name"])
    nw = tw(None, name, FN_B) + GAP_B
    assert nw - GAP_B <= w, name
    if nw + tw(None, aff(sp), FU_B) <= w:
        return [[(name, FN_B, WHITE), (aff(sp), FU_B, BLUE_B)]]
    if sp["job"] is not None and nw + tw(None, sp["company"], FU_B) <= w:
        return [[(name, FN_B, WHITE), (sp["company"], FU_B, BLUE_B)]] + \
            [[(ln, FU_B, BLUE_B)] for ln in wrap_nicely(None, sp["job"], FU_B, w)]
    return [[(name, FN_B, WHITE)]] + [[(ln, FU_B, BLUE_B)] for ln in aff_lines(sp, FU_B, w)]


def people_b(s):
    """The 演讲嘉宾 cell: lines (dy, parts) and the block's height; the round table's '主持人' / '嘉宾' are labels."""
    lines, y = [], 0
    for i, sp in enumerate(s["sp"]):
        if s["kind"] == "panel" and i in (0, 1):
            if i:
                y += 6
            lines.append((y, [("主持人" if i == 0 else "嘉宾", FL_B, VIO_B)]))
            y += LP_B
        for ln in person_b(sp):
            lines.append((y, ln))
            y += NP_B if ln[0][1] is FN_B else UP_B
        y += 2 if s["kind"] == "panel" else 10
    return lines, y - (2 if s["kind"] == "panel" else 10)


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
    h = 52
    d.rectangle([X0B, y, X1B, y + h], fill=HEAD_B)
    for lab, a, b in zip(("时间", "议题", "演讲嘉宾"), xs, xs[1:]):
        ctext(d, (a + b) / 2, y + 9, lab, font(25, True), (8, 16, 40))
    for cx in xs[1:-1]:
        d.line([(cx, y + 10), (cx, y + h - 10)], fill=(8, 16, 40), width=2)
    return y + h


def row_b(d, y, s, k):
    xs = xs_b()
    if s["kind"] == "break":
        h = 60
        d.rectangle([X0B, y, X1B, y + h], fill=BAND_B)
        ctext(d, (xs[0] + xs[1]) / 2, y + 16, rng(s), FR_B, WHITE)
        lf = font(26, True)
        lw = tw(d, s["title"], lf) + (50 if s["title"] in MEALS else 0)
        lx = (xs[1] + X1B) / 2 - lw / 2
        meal_mark(d, lx, y + 13, s, TEAL_B, 0.9)
        d.text((lx + (50 if s["title"] in MEALS else 0), y + 11), s["title"], font=lf, fill=TEAL_B)
        d.line([(xs[1], y), (xs[1], y + h)], fill=RULE_B, width=1)
        d.line([(X0B, y + h), (X1B, y + h)], fill=RULE_B, width=1)
        return y + h
    tl = wrap_nicely(d, s["title"], FT_B, COLS_B[1] - 40)
    s["_lines"] = tl
    th = (len(tl) - 1) * TP_B + 28
    lines, ph = people_b(s)
    h = max(th, ph, 30) + 44
    d.rectangle([X0B, y, X1B, y + h], fill=ROW2_B if k % 2 else ROW1_B)
    ctext(d, (xs[0] + xs[1]) / 2, y + (h - 28) // 2, rng(s), FR_B, WHITE)
    ty = y + (h - th) // 2 - 4
    for i, ln in enumerate(tl):
        ctext(d, (xs[1] + xs[2]) / 2, ty + i * TP_B, ln, FT_B, TEAL_B)
    py = y + (h - ph) // 2 - 3
    cx = (xs[2] + xs[3]) / 2
    for dy, parts in lines:
        lw = sum(tw(d, t, f) for t, f, _ in parts) + GAP_B * (len(parts) - 1)
        x = cx - lw / 2
        for t, f, fill in parts:
            # a unit after a name sits on the name's baseline
            d.text((x, py + dy + (4 if f is FU_B and len(parts) > 1 else 0)), t, font=f, fill=fill)
            x += tw(d, t, f) + GAP_B
    for c in xs[1:-1]:
        d.line([(c, y), (c, y + h)], fill=RULE_B, width=1)
    d.line([(X0B, y + h), (X1B, y + h)], fill=RULE_B, width=1)
    return y + h


def paint_b(im, d):
    W = im.size[0]
    logo_lines(d, 60, 50, WHITE, TEAL_B, 1.1)
    cf, yf = font(88, True), font(32, True)
    cw, yw = tw(d, "CLK", cf), tw(d, "3262", yf)
    d.text((X1B - cw - yw - 16, 36), "CLK", font=cf, fill=(200, 240, 255), stroke_width=2, stroke_fill=(50, 110, 255))
    d.text((X1B - yw, 44), "3262", font=yf, fill=WHITE)
    vio = (150, 80, 255)
    d.text((60, 230), "第1257届中国", font=font(98, True), fill=WHITE, stroke_width=3, stroke_fill=vio)
    d.text((60, 354), "Linux 内核开发者大会", font=font(96, True), fill=WHITE, stroke_width=3, stroke_fill=vio)
    bf = font(34, True)
    date = "10月14日"
    px = 60 + 30 + tw(d, date, bf) + 26
    bx1 = px + 38 + tw(d, "淮北", bf) + 30
    d.rectangle([60, 522, bx1, 584], outline=WHITE, width=3)
    d.line([(52, 540), (52, 566)], fill=WHITE, width=3)
    d.line([(bx1 + 8, 540), (bx1 + 8, 566)], fill=WHITE, width=3)
    d.text((90, 527), date, font=bf, fill=WHITE)
    pin(d, px, 536, WHITE, (12, 14, 40))
    d.text((px + 38, 527), "淮北", font=bf, fill=WHITE)
    d.text((60, 628), "地址：淮北师范大学 滨湖校区 图书馆报告厅", font=font(36, True), fill=WHITE)
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
        top = y
        y = table_head_b(d, y)
        for i, s in enumerate(slots):
            y = row_b(d, y, s, i)
        d.rectangle([X0B, top, X1B, y], outline=RULE_B, width=1)
        y += 150
    hollow_word(d, W, y - 36, "SUPPORT", 110, (8, 12, 30), (0, 150, 150))
    ctext(d, W / 2, y, "支持单位", font(58, True), WHITE)
    y = units_grid(d, X0B + 40, X1B - 40, y + 130, UNITS_B, 3, None, WHITE, bh=84, gap=24, outline=WHITE) + 90
    hollow_word(d, W, y - 36, "SUPPORT", 110, (8, 12, 30), (0, 150, 150))
    ctext(d, W / 2, y, "支持媒体", font(58, True), WHITE)
    y = units_grid(d, X0B + 40, X1B - 40, y + 130, MEDIA_B, 3, None, WHITE, bh=84, gap=24, outline=WHITE) + 70
    qrcode(d, W / 2 - 130, y, 260, 32621)
    ctext(d, W / 2, y + 292, "扫码报名 · 观看直播", font(40, True), WHITE)
    ctext(d, W / 2, y + 360, "主办：中国Linux内核开发者大会组委会　承办：淮北师范大学", font(24), GREY_B)
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
    return grain(im, 32621, GRAIN_B) if GRAIN_B else im


GRAIN_B = 0.004


# ===========================================================================
FILE_A = "clk3261-fuxin-2024-royal-table-4col-left-1242.png"
FILE_B = "clk3262-huaibei-2023-dark-table-3col-centred.png"
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 114, 120): speakers are names as printed with spaces "
    "and the ideographic padding of two-character names removed ('钟　屹' -> '钟屹'; the Latin names 'Joris "
    "Vandenbroucke' -> 'JorisVandenbroucke', 'Benedikt Kessler' -> 'BenediktKessler'); host is the chair printed after "
    "'主持人：' for the forum covering the slot (the unit beside or under it is no part of it and no affiliation), null "
    "for breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, in "
    "printed order; affiliations are 'company job' joined by one space ('天翼云 操作系统首席专家', 'Linaro Principal "
    "Kernel Engineer'); an opening speech printed with a speaker ('开幕致辞') is a talk, a slot printed without one "
    "('开幕', '开场') is a break; '茶歇' and '午餐' are breaks; '午餐' closes 主论坛 as its break; every forum carries its "
    "edition's date. Two invented editions stand in for CLK2022's ONE agenda image (imgs/2022clk.png, a 1.5 MB PNG): "
    "each is ONE whole-edition PNG holding CLK2022's four forums in printed order under the names its README gives "
    "them, printed so (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and "
    "lower-case 'ebpf'), each forum printed as a programme TABLE: CLK 3261 (第1256届, 阜新, 3261-10-15, 1242 wide, the "
    "organisers' 2024 royal blue, FOUR columns 时间 | 议题 | 讲者 | 单位, every cell set from the LEFT) and CLK 3262 "
    "(第1257届, 淮北, 3262-10-14, 1080 wide, the organisers' 2023 near black, THREE columns 时间 | 议题 | 演讲嘉宾, every "
    "cell CENTRED), both Saturdays; no talk and no person is on both. Headers, logo lines, the school's names, "
    "introductions, addresses, date boxes, the CLK marks and ring, '大会议程', the hollow 'AGENDA' and 'SUPPORT', "
    "'支持单位', '支持媒体', support units, media, QR captions, gift lines, slogans and organiser lines are never part "
    "of a name, a title or a slot; the number tabs and numerals '01'..'03' and the chevrons before '主论坛' are no part "
    "of a forum's name; a table's head row is no slot. Judgement calls: (1) CLK 3261: the host stands at the RIGHT of "
    "the forum's heading ('主持人：' pink + name, the unit under it). Every cell is set from the left and centred "
    "vertically in its row, so a one-line range stands level with the middle of a two-person or round-table row. A "
    "speaker's affiliation is the 单位 text beginning level with his name, over all its lines (the units of one row's "
    "people are stacked in the same order as the names and each begins level with its name): a break at the space "
    "between company and job stands for that space ('百度智能云' over '高性能网络架构师' -> '百度智能云 高性能网络架构师'; "
    "'360 数字安全集团' over '安全研究员'; 'Linaro' over 'Principal Kernel' over 'Engineer' -> 'Linaro Principal Kernel "
    "Engineer'), a break inside a Chinese word joins without one ('中国科学院软件研究所智' / '能软件研究中心 副研究员' -> "
    "'中国科学院软件研究所智能软件研究中心 副研究员' for 祁嘉乐). The Latin name wraps in 讲者 ('Joris' over "
    "'Vandenbroucke'): one speaker, JorisVandenbroucke. The round table prints small pink labels '主持人' and '嘉宾' on "
    "lines of their own in 讲者: labels, no names. '09:00-09:10 开幕' is a break; 主论坛's '午餐' runs 12:30-14:00 and the "
    "afternoon forums start at 14:00 (30-minute talks, a 茶歇 15:30-15:45 after the third). (2) CLK 3262: the host is "
    "printed on one line UNDER the forum's name ('主持人：' violet, the padded name, the unit in blue after it). Every "
    "cell is centred both ways. In 演讲嘉宾 each speaker is set as the 2023 image sets him: the padded name in bold white "
    "and, after a gap on the same line, his 'company job' in small blue; where that does not fit, the job (or, for a "
    "long company, the whole unit) runs on to the next centred line(s). The name is the speaker and the blue text after "
    "it, down to the next name, his affiliation, all lines joined (a break at the company/job space stands for it): "
    "'Benedikt Kessler  SUSE' over 'Kernel Developer' -> BenediktKessler, 'SUSE Kernel Developer'; '俞婉清  "
    "中国科学院信息工程研究所' over '助理研究员' -> '中国科学院信息工程研究所 助理研究员'. Only two-character names are "
    "padded ('焦　锐', '翁　栩', '钟　屹'); the four-character 欧阳静雯 is one name. The round "
    "table's cell prints small violet labels '主持人' and '嘉宾' on lines of their own (labels, no names), then one "
    "line per person 'name  company job'. '09:00-09:10 开场' is a break; the afternoon forums start at 13:30 (30-minute "
    "talks, a 茶歇 15:00-15:15 after the third); 'IO 与 ebpf 分论坛' has four talks and ends with the one after its 茶歇 "
    "(15:15-15:45). (3) Two-speaker talks printed as two names one under the other (冼卓霖 and 郗雨桐, 祁嘉乐 and "
    "穆思琪, 邝子谦 and 容晓敏, 包明哲 and 强思远 on CLK 3261; 柏文静 and 钟屹, 翁栩 and 车晓宇, 沙立强 and 段佳慧, "
    "尚文浩 and 凤雅琳 on CLK 3262) give the speakers top to bottom, each with his own unit (two people of one company "
    "have each his own job printed: 包明哲 and 强思远 of '360 数字安全集团', 沙立强 and 段佳慧 of 景嘉微). A round table "
    "is ONE slot of kind 'panel': the moderator first, then the four guests in printed order, one affiliation each; its "
    "title keeps '圆桌论坛：' / '圆桌对话：'; the moderator is not the forum's host (笪明远 vs 扈立强, 訾鸿飞 vs 盖立军). "
    "Titles wrapped in their column are one title each: a break where the title has a space stands for that space "
    "('大模型训练集群中 RDMA' / '与内核网络栈的协同优化'; 'Upstreaming a New' / 'Architecture: What' / 'Maintainers Really "
    "Ask For'), a break inside Chinese text for none ('页表共享在数据库大内' / '存场景下的收益评估'); the truth gives the "
    "titles as written. English-only titles: four on each edition, among them the Latin speakers' ('Upstreaming a New "
    "Architecture: What Maintainers Really Ask For', 'Writing a Block Driver in Rust: Lessons from the Null Device'). "
    "The title '开幕致辞' on both editions is two talks (different speakers). Uncommon surnames: 扈 (扈立强, host), 亓 "
    "(亓宏伟, host), 蔺 (蔺秀梅, host), 隋, 冼, 郗, 笪, 阚, 佘, 禚 (禚海峰), 苻, 姬, 庹 (庹振宇), 邝, 揭, 冉 on CLK 3261; 盖 "
    "(盖立军, host, read Gě), 伏 (伏海波, host), 幸 (幸志明, host), 檀, 訾 (訾鸿飞), 苟, 侍 (侍雨辰), 廉, 晋, 贝, 钮, 凤, 巩, "
    "裘 on CLK 3262; compound 欧阳 (欧阳静雯, a four-character name)."
)
LAYOUTS = {
    FILE_A: (
        "CLK 3261 (第1256届), 阜新, 3261-10-15 (PNG, 1242 x %d, no grain): ONE whole-edition image in the organisers' "
        "2024 ROYAL BLUE (light streaks, glows); header with logo lines, '辽宁工程技术大学' / 'LIAONING TECHNICAL "
        "UNIVERSITY', the leaning '第1256届中国' over 'Linux内核开发者大会', an outlined date box '3261年10月15日' + pin + "
        "'阜新', the address on two lines, a ring 'CLK' / '3261', an introduction with cyan corner marks, '大会议程' on a "
        "slanted plate over a hollow 'AGENDA'; each forum a slanted number tab (chevrons before 主论坛), the leaning "
        "name, '主持人：' (pink) + name at the right over the unit, a cyan bar; then a FOUR-column table 时间 | 议题 | "
        "讲者 | 单位 (176 | 440 | 250 | 280 px) with a cyan head row, rows alternately shaded, grid lines, every cell "
        "set from the LEFT and centred vertically; units level with their names, wrapped at the company/job space or "
        "inside a word; the Latin name wrapped in 讲者; the round table with pink labels '主持人' / '嘉宾' in 讲者; "
        "'开幕', 茶歇 and 午餐 as light bands. 6 + 5 + 5 + 5 scored."),
    FILE_B: (
        "CLK 3262 (第1257届), 淮北, 3262-10-14 (PNG, 1080 x %d, faint grain): ONE whole-edition image in the organisers' "
        "2023 NEAR BLACK (violet glow, neon swirl, a sphere); header with logo lines, 'CLK' with '3262' raised, "
        "'第1257届中国' over 'Linux 内核开发者大会' (violet outline), an outlined box '10月14日' + pin + '淮北' (no year, "
        "as 2023), the address, an introduction box, '大会议程' over a hollow 'AGENDA'; each forum its name (a teal "
        "numeral cut at its foot above the afternoon forums), UNDER it '主持人：name  unit' on one line, a teal bar; "
        "then a THREE-column table 时间 | 议题 | 演讲嘉宾 (178 | 412 | 410 px) with a teal head row (dark labels), rows "
        "alternately shaded, thin rules, every cell CENTRED both ways; teal titles; in 演讲嘉宾 per speaker 'padded "
        "name  company job' on one line, the job or unit running on to the next centred line where it does not fit; "
        "the round table with violet labels '主持人' / '嘉宾'; '开场', 茶歇 and 午餐 as blue bands. 6 + 5 + 5 + 4 "
        "scored."),
}


def scored(forums):
    return [s for _, _, sl in forums for s in sl if s["kind"] != "break"]


# the cells that wrap, as the note says
WRAPPED_NAMES = ["Joris Vandenbroucke"]  # only in CLK 3261's 讲者
WRAPPED_UNITS_A = ["Joris Vandenbroucke", "莫志远", "阚文韬", "禚海峰", "祁嘉乐", "庹振宇", "冉嘉怡", "包明哲", "强思远"]
INSIDE_WORD_A = ["中国科学院软件研究所智", "能软件研究中心 副研究员"]
RUN_ON_B = {"Benedikt Kessler": [["Benedikt Kessler", "SUSE"], ["Kernel Developer"]],
            "俞婉清": [["俞婉清", "中国科学院信息工程研究所"], ["助理研究员"]]}


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
            assert any(s["title"] == "茶歇" for s in sl)
        assert forums[0][2][0]["start"] == "09:00" and forums[0][2][0]["kind"] == "break"
        assert sum(s["kind"] == "panel" for s in slots) == 1
        assert all(len(s["sp"]) == 5 and s["sp"][0]["name"] != forums[0][1][0] for s in slots if s["kind"] == "panel")
        assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") >= 3
        assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
        assert forums[0][2][-1]["title"] == "午餐"
        assert all(s["title"] != "午餐" for _, _, sl in forums[1:] for s in sl)
        assert any(s["title"] == "开幕致辞" and len(s["sp"]) == 1 for s in slots)
        assert sum(bool(re.fullmatch(r"[A-Za-z ]+", sp["name"])) for s in slots for sp in s["sp"]) == 1
        assert sum(bool(re.fullmatch(r"[A-Za-z0-9 :.,/-]+", s["title"])) for s in slots) == 4
        for s in scored(forums):
            assert s["title"] not in words, s["title"]
            for sp in s["sp"]:
                assert plain(sp["name"]) not in words, sp["name"]
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(map(plain, people)) & set(REAL_NAMES)
    assert {f[2][0]["start"] for f in FORUMS_A[1:]} == {"14:00"}
    assert {f[2][0]["start"] for f in FORUMS_B[1:]} == {"13:30"}
    _, wn, wu = widths_a()
    all_a = [sp for _, _, sl in FORUMS_A for s in sl for sp in s["sp"]]
    all_b = [sp for _, _, sl in FORUMS_B for s in sl for sp in s["sp"]]
    assert [sp["name"] for sp in all_a if len(wrap(None, sp["name"], FN_A, wn)) > 1] == WRAPPED_NAMES
    assert all(tw(None, w, FN_A) <= wn for sp in all_a for w in sp["name"].split())
    assert [sp["name"] for sp in all_a if len(aff_lines(sp, FU_A, wu)) > 1] == WRAPPED_UNITS_A
    assert aff_lines(FORUMS_A[1][2][2]["sp"][0], FU_A, wu) == INSIDE_WORD_A
    run_on = {sp["name"]: [[t for t, _, _ in ln] for ln in person_b(sp)] for sp in all_b if len(person_b(sp)) > 1}
    assert run_on == RUN_ON_B, run_on
    titles = []
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
    rest = [t for t in titles if t != "开幕致辞"]  # '开幕致辞' opens both editions: two talks, two speakers
    assert len(rest) == len(set(rest)) and titles.count("开幕致辞") == 2
    return len(titles)


def main():
    im_a = two_pass(W_A, paint_a, bg_a)
    im_b = two_pass(1080, paint_b, bg_b)
    pics = [(FILE_A, im_a, 1242, [{"forum": n, "date": DATE_A, "slots": [truth_slot(s) for s in sl]}
                                  for n, _, sl in FORUMS_A]),
            (FILE_B, im_b, 1080, [{"forum": n, "date": DATE_B, "slots": [truth_slot(s) for s in sl]}
                                  for n, _, sl in FORUMS_B])]
    posters = []
    for fn, im, width, forums in pics:
        path = os.path.join(HERE, fn)
        im.save(path, optimize=True)
        size = os.path.getsize(path)
        print(fn, "%d x %d" % im.size, size)
        assert im.size[0] == width
        assert 1.0e6 <= size <= 1.6e6, (fn, size)
        posters.append({"file": fn, "layout": LAYOUTS[fn] % im.size[1], "date": forums[0]["date"],
                        "forums": forums})
    n = check(posters)
    print("scored talks", n)
    assert 35 <= n <= 50, n
    truth = {"written": "2026-12-14", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
