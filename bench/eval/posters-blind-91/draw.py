"""Draw the ninety-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a picture comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a text, never hash()).

Two invented editions, each ONE tall PNG holding its whole day (as CLK2022's repository
holds its one image imgs/2022clk.png, 1.5 MB), with CLK2022's four forum names (主论坛,
处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛'), laid out as a designer
in 2022 might have: the morning 主论坛 as CARDS (a time pill, the title, a speaker photo
circle with the name and 'company job' beside it), then the three afternoon forums each under
a coloured heading bar carrying its host, as a plain timeline (time, title, 'name | company').
- CLK 2911 (第906届, 荆州, Saturday 2911-10-24), 750 wide, a light page under a blue banner.
- CLK 2912 (第907届, 漳州, Saturday 2912-10-22), 1080 wide, a near-black page.
"""
import datetime
import json
import math
import os
import random
import re
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

# ---------------------------------------------------------------------------
# helpers copied unchanged from posters-blind-80/draw.py (which took them from sets 71, 66, 65,
# 62 and 59): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext,
# vgrad, grain, glow, qrcode, T, B, plain, S, aff, truth_slot, forum_truth, cup, bowl,
# logo_lines, seed_of, fits, MEALS, WHITE, saturday, pin, REAL_NAMES (set 80's list), and
# tint, hgrad_box, spaced, spaced_width, two_pass, listing_words.
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
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def glow(im, cx, cy, r, col, strength):
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


def T(start, end, title, speakers, host, **extra):
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, line):
    """A speaker as printed: the name and the 'company job' line exactly as the designer typed it."""
    return {"name": name, "line": line}


def aff(sp):
    return sp["line"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def forum_truth(name, date, slots):
    return {"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]}


def cup(d, x, y, fill, k=1.0):
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=max(2, round(3 * k)))
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=max(2, round(3 * k)))
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def bowl(d, x, y, fill, k=1.0):
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


def seed_of(text):
    return zlib.crc32(text.encode("utf-8"))


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")
WHITE = (255, 255, 255)


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def pin(d, x, y, fill, k=1.0, hole=(40, 20, 110)):
    """A location pin (hole colour made a parameter here)."""
    d.ellipse([x, y, x + 20 * k, y + 20 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 13 * k), (x + 18 * k, y + 13 * k), (x + 10 * k, y + 28 * k)], fill=fill)
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=hole)


# names of real speakers and hosts read on the real posters (set 71's list, plus the names seen in this
# set's crops of CLK2023全部议程.png and CLK2024/大会全议程.webp), none of which may be used
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "徐静波", "祝嘉", "张子扬",
              "郑琦", "宋牧春", "谢昱晟", "郭健", "彭志光", "司延腾", "殷锋卫", "谈鉴锋", "罗宏震", "伍勃"]

def tint(im, box, rgba, radius=0):
    """A translucent box on an RGB picture (skipped in the layout pass on the 8 px strip)."""
    x0, y0, x1, y1 = [int(round(v)) for v in box]
    if y0 >= im.size[1] or im.size[1] <= 8:
        return
    y1 = min(y1, im.size[1])
    region = im.crop((x0, y0, x1, y1)).convert("RGBA")
    lay = Image.new("RGBA", region.size, (0, 0, 0, 0))
    ImageDraw.Draw(lay).rounded_rectangle([0, 0, region.size[0] - 1, region.size[1] - 1], radius=radius, fill=rgba)
    im.paste(Image.alpha_composite(region, lay).convert("RGB"), (x0, y0))


def hgrad_box(im, box, c0, c1, radius=0):
    """A horizontal gradient inside a rounded box."""
    x0, y0, x1, y1 = [int(round(v)) for v in box]
    if im.size[1] <= 8:
        return
    w, h = x1 - x0, y1 - y0
    g = Image.new("RGB", (w, h))
    gd = ImageDraw.Draw(g)
    for x in range(w):
        t = x / max(1, w - 1)
        gd.line([(x, 0), (x, h)], fill=tuple(int(c0[i] + (c1[i] - c0[i]) * t) for i in range(3)))
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, w - 1, h - 1], radius=radius, fill=255)
    im.paste(g, (x0, y0), mask)


def spaced(d, x, y, text, f, fill, gap):
    """Letter-spaced text (English tags)."""
    for ch in text:
        d.text((x, y), ch, font=f, fill=fill)
        x += tw(d, ch, f) + gap if ch != " " else f.size * 0.35 + gap
    return x


def spaced_width(d, text, f, gap):
    return sum((tw(d, ch, f) if ch != " " else f.size * 0.35) + gap for ch in text) - gap


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def listing_words():
    """Everything in the four real repositories' path listings and CLK2022's README, if the corpus is here."""
    root = "/work/shared/corpus"
    text = ""
    for n in ("2022", "2023", "2024", "2025"):
        p = os.path.join(root, "listings", "CLK%s.tsv" % n)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as fh:
                text += "\n".join(ln.split("\t")[0] for ln in fh)
    p = os.path.join(root, "years", "CLK2022", "README.md")
    if os.path.exists(p):
        with open(p, encoding="utf-8") as fh:
            text += fh.read()
    return text




# ---------------------------------------------------------------------------
# new here
def R(start, end, title, moderator, guests, host):
    """A round table: kind 'panel'; its speakers are the moderator, then the guests in printed order."""
    return {"kind": "panel", "start": start, "end": end, "title": title, "mod": moderator, "guests": guests,
            "sp": [moderator] + guests, "host": host}


def rng_text(s, sep="-"):
    return s["start"] + sep + s["end"]


def portrait(size, seed):
    """A drawn head-and-shoulders 'photo' (seeded colours, a little noise), square, size x size."""
    rnd = random.Random(seed)
    s = size * 2
    bg0 = rnd.choice([(206, 214, 228), (226, 222, 214), (188, 204, 222), (232, 234, 238), (176, 194, 216),
                      (214, 226, 220)])
    bg1 = tuple(max(0, c - rnd.randrange(20, 50)) for c in bg0)
    im = vgrad(s, s, bg0, bg1)
    d = ImageDraw.Draw(im)
    shirt = rnd.choice([(38, 48, 78), (232, 232, 236), (58, 88, 138), (30, 30, 34), (118, 44, 48), (86, 108, 92),
                        (70, 70, 76)])
    skin = rnd.choice([(240, 206, 182), (226, 188, 160), (236, 196, 170), (212, 172, 142)])
    hair = rnd.choice([(22, 20, 20), (40, 32, 28), (58, 46, 38), (96, 88, 80), (30, 26, 24)])
    cx = s * (0.5 + rnd.uniform(-0.04, 0.04))
    d.ellipse([cx - s * 0.42, s * 0.70, cx + s * 0.42, s * 1.35], fill=shirt)
    if shirt[0] > 200:  # a dark jacket over a white shirt
        d.polygon([(cx - s * 0.42, s * 0.98), (cx - s * 0.10, s * 0.74), (cx - s * 0.05, s), (cx - s * 0.42, s)],
                  fill=(40, 44, 60))
        d.polygon([(cx + s * 0.42, s * 0.98), (cx + s * 0.10, s * 0.74), (cx + s * 0.05, s), (cx + s * 0.42, s)],
                  fill=(40, 44, 60))
    d.rectangle([cx - s * 0.07, s * 0.56, cx + s * 0.07, s * 0.76], fill=tuple(int(c * 0.9) for c in skin))
    hw = s * rnd.uniform(0.16, 0.19)
    d.ellipse([cx - hw - s * 0.02, s * 0.15, cx + hw + s * 0.02, s * 0.50], fill=hair)
    d.ellipse([cx - hw, s * 0.22, cx + hw, s * 0.66], fill=skin)
    if rnd.random() < 0.6:  # a fringe
        d.chord([cx - hw - s * 0.02, s * 0.15, cx + hw + s * 0.02, s * 0.42], 180, 360, fill=hair)
    if rnd.random() < 0.35:  # glasses
        for sx in (-1, 1):
            ex = cx + sx * hw * 0.45
            d.ellipse([ex - s * 0.05, s * 0.40, ex + s * 0.05, s * 0.47], outline=(40, 40, 40), width=max(2, s // 90))
    for sx in (-1, 1):  # eyes
        ex = cx + sx * hw * 0.45
        d.ellipse([ex - s * 0.012, s * 0.425, ex + s * 0.012, s * 0.445], fill=(40, 30, 28))
    d.arc([cx - s * 0.05, s * 0.50, cx + s * 0.05, s * 0.57], 20, 160, fill=(160, 90, 80), width=max(2, s // 120))
    noise = Image.effect_noise((s, s), 24).convert("RGB")
    im = Image.blend(im, ImageChops.multiply(im, noise.point(lambda v: 200 + v // 5)), 0.5)
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    return im.resize((size, size), Image.LANCZOS)


def photo_circle(im, d, x, y, size, seed, ring, ring_w=3):
    """Paste a portrait clipped to a circle at (x, y); skipped on the layout strip."""
    if im.size[1] <= 8:
        return
    p = portrait(size, seed)
    big = Image.new("L", (size * 4, size * 4), 0)
    ImageDraw.Draw(big).ellipse([0, 0, size * 4 - 1, size * 4 - 1], fill=255)
    im.paste(p, (int(x), int(y)), big.resize((size, size), Image.LANCZOS))
    d.ellipse([x - ring_w + 1, y - ring_w + 1, x + size + ring_w - 2, y + size + ring_w - 2], outline=ring,
              width=ring_w)


def dashes(d, x0, x1, y, fill, step=14, dash=7, width=2):
    for xx in range(int(x0), int(x1), step):
        d.line([(xx, y), (min(xx + dash, x1), y)], fill=fill, width=width)


# names of real speakers and hosts: set 80's REAL_NAMES above is used as is (no real poster was read
# closely enough here to add a name).
FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]

# ---------------------------------------------------------------------------
# the data: every string printed in an agenda
H1 = "龚立新"
A = {
    "edition": "CLK 2911", "year": "2911", "nth": "第906届", "date": "2911-10-24",
    "date_printed": "2911年10月24日（周六）", "city": "荆州", "school": "长江大学",
    "school_en": "YANGTZE UNIVERSITY", "hall": "长江大学东校区 学术交流中心报告厅",
    "file": "clk2911-jingzhou-light-cards-timeline-750.png",
    "forums": [
        ("主论坛", H1, "长江大学计算机科学学院 院长", [
            T("09:00", "09:15", "开幕致辞", [S("黄振邦", "长江大学 副校长")], H1),
            T("09:15", "09:55", "openEuler 内核在多样性算力下的统一构建实践",
              [S("汤明辉", "华为 openEuler 内核首席架构师")], H1),
            T("09:55", "10:35", "Memory Tiering in Production: What We Learned from CXL Pilots",
              [S("Daniel Kowalski", "SUSE Senior Kernel Engineer")], H1),
            B("10:35", "10:50", "茶歇"),
            T("10:50", "11:30", "龙蜥内核热补丁体系：从 kpatch 到 livepatch 一致性模型",
              [S("端木清扬", "阿里云 内核技术专家"), S("鄢晓峰", "阿里云 高级工程师")], H1),
            T("11:30", "12:05", "RISC-V 向量扩展的内核上下文管理与性能评估",
              [S("毕晓磊", "中国科学院软件研究所 助理研究员")], H1),
            R("12:05", "12:45", "圆桌论坛：国产操作系统内核的人才与社区",
              S("石慧敏", "开放原子开源基金会 技术运营总监"),
              [S("戴国平", "中兴通讯 操作系统首席专家"), S("葛云帆", "麒麟软件 内核研发部总监"),
               S("柳芳", "武汉大学 副教授")], H1),
            B("12:45", "13:30", "午餐"),
        ]),
        ("处理器架构与调度分论坛", "邵建国", None, [
            T("13:30", "14:10", "LoongArch 上的 KVM 中断虚拟化实现", [S("韩亚楠", "龙芯中科")], "邵建国"),
            T("14:10", "14:50", "EEVDF 调度器在数据库负载下的延迟评估", [S("乔宇", "腾讯云")], "邵建国"),
            T("14:50", "15:30", "Proxy Execution: Fixing Priority Inversion in the Scheduler",
              [S("魏子涵", "字节跳动")], "邵建国"),
            B("15:30", "15:45", "茶歇"),
            T("15:45", "16:25", "ARM64 服务器上的 IPI 开销分析与优化", [S("贝晓东", "飞腾信息")], "邵建国"),
            T("16:25", "17:05", "基于 PMU 的混部干扰检测与 CPU 隔离", [S("尤明", "美团")], "邵建国"),
        ]),
        ("内存管理与异构计算分论坛", "任丽娜", None, [
            T("13:30", "14:05", "Folio 化之后的 page cache 回写路径", [S("冷志远", "华为")], "任丽娜"),
            T("14:05", "14:40", "基于 DAMON 的冷热页识别与主动回收",
              [S("蓝海峰", "字节跳动"), S("邢佳琪", "浙江大学")], "任丽娜"),
            T("14:40", "15:15", "HMM-based Shared Virtual Memory for GPU Drivers", [S("朱骏", "摩尔线程")], "任丽娜"),
            B("15:15", "15:30", "茶歇"),
            T("15:30", "16:05", "CXL Type 3 设备的内存热插拔支持", [S("甘露", "浪潮信息")], "任丽娜"),
            T("16:05", "16:40", "NPU 驱动中的 IOMMU 共享页表实践", [S("温婷", "寒武纪")], "任丽娜"),
        ]),
        ("IO 与 ebpf 分论坛", "臧立伟", None, [
            T("13:30", "14:15", "io_uring 零拷贝接收的设计与实现", [S("解伟", "阿里云")], "臧立伟"),
            T("14:15", "15:00", "BPF Ring Buffer 上的持续性能剖析", [S("杭晨", "小米")], "臧立伟"),
            T("15:00", "15:45", "NVMe 多路径在分布式存储中的故障切换", [S("邝思琪", "蚂蚁集团")], "臧立伟"),
            B("15:45", "16:00", "茶歇"),
            T("16:00", "16:45", "eBPF 实现的容器细粒度网络限速", [S("秦卓然", "快手")], "臧立伟"),
        ]),
    ],
}

B2 = {
    "edition": "CLK 2912", "year": "2912", "nth": "第907届", "date": "2912-10-22",
    "date_printed": "2912年10月22日 周六", "city": "漳州", "school": "闽南师范大学",
    "school_en": "MINNAN NORMAL UNIVERSITY", "hall": "闽南师范大学 图书馆一楼报告厅",
    "file": "clk2912-zhangzhou-nearblack-cards-timeline-1080.png",
    "forums": [
        ("主论坛", None, None, [
            T("09:00", "09:10", "开幕致辞", [S("林国栋", "闽南师范大学 校长")], None),
            T("09:10", "09:45", "开源操作系统供应链安全：内核 SBOM 与漏洞响应",
              [S("姚建平", "统信软件 副总经理")], None),
            T("09:45", "10:20", "Rust in the Kernel: Two Years of Writing Drivers Upstream",
              [S("Sofia Lindgren", "Red Hat Principal Software Engineer")], None),
            B("10:20", "10:35", "茶歇"),
            T("10:35", "11:10", "DPU 卸载下的内核网络栈重构",
              [S("夏侯宁", "移动云 资深架构师"), S("吕思源", "中兴通讯 内核工程师")], None),
            T("11:10", "11:45", "内核模糊测试在国产发行版中的规模化实践",
              [S("柯文杰", "中国科学院软件研究所 副研究员")], None),
            R("11:45", "12:25", "圆桌对话：大模型时代，内核开发者需要什么样的工具链",
              S("鲍春华", "开源中国 社区总监"),
              [S("裴浩", "华为 内核技术专家"), S("仲晓雯", "阿里云 系统技术专家"),
               S("宗卫东", "OPPO 内核团队负责人"), S("车宏亮", "厦门大学 教授")], None),
            B("12:25", "13:30", "午餐"),
        ]),
        ("处理器架构与调度分论坛", "芮志强", "海光信息 首席架构师", [
            T("13:30", "14:10", "x86 混合核心处理器的 ITD 与调度亲和", [S("武天翼", "英特尔")], "芮志强"),
            T("14:10", "14:50", "国产 CPU 上 Spectre 类漏洞缓解的开销评估", [S("亓鹏", "海光信息")], "芮志强"),
            T("14:50", "15:30", "Tuning CFS Bandwidth Control for Bursty Containers", [S("施宇航", "京东云")], "芮志强"),
            B("15:30", "15:45", "茶歇"),
            T("15:45", "16:25", "PREEMPT_RT 在工业控制器上的最坏延迟分析", [S("项凯", "中科创达")], "芮志强"),
            T("16:25", "17:05", "Arm CCA 机密计算的内核支持进展", [S("Anders Holm", "Arm")], "芮志强"),
        ]),
        ("内存管理与异构计算分论坛", "蔡晓燕", "华中科技大学 副教授", [
            T("13:30", "14:05", "memcg 统计聚合的可扩展性改进", [S("范力", "字节跳动")], "蔡晓燕"),
            T("14:05", "14:40", "Swap 分层：zswap 与 SSD 的协同回收", [S("钟可欣", "荣耀"), S("邓皓", "荣耀")], "蔡晓燕",
              shared=True),
            T("14:40", "15:15", "GPU 显存超分与 HMM 页迁移", [S("易晨", "沐曦")], "蔡晓燕"),
            B("15:15", "15:30", "茶歇"),
            T("15:30", "16:05", "Page Table Reclaim for Sparse Address Spaces", [S("黎鸣", "腾讯")], "蔡晓燕"),
            T("16:05", "16:40", "HugeTLB Vmemmap 优化与大页预留", [S("梁淑华", "百度")], "蔡晓燕"),
        ]),
        ("IO 与 ebpf 分论坛", "庄永福", "厦门大学 副教授", [
            T("13:30", "14:10", "blk-mq 在 ZNS SSD 上的调度器改造", [S("詹志华", "长江存储")], "庄永福"),
            T("14:10", "14:50", "基于 eBPF 的 TCP 拥塞控制热替换", [S("柴博", "网易")], "庄永福"),
            T("14:50", "15:30", "overlayfs 在容器场景下的元数据加速", [S("甄子豪", "蚂蚁集团")], "庄永福"),
            B("15:30", "15:45", "茶歇"),
            T("15:45", "16:25", "eBPF Verifier Limits: Scaling Programs Beyond a Million Instructions",
              [S("卫晨曦", "奇安信")], "庄永福"),
            T("16:25", "17:05", "virtio-blk 多队列与 vDPA 存储卸载", [S("谭静", "天翼云")], "庄永福"),
        ]),
    ],
}


# ---------------------------------------------------------------------------
# CLK 2911: a light page under a blue banner, 750 wide
W_A = 750
BLUE = (28, 96, 238)
INK = (16, 30, 72)
GREY = (108, 118, 138)
BG_A = (236, 242, 252)
X0A, X1A = 24, 726  # card and bar edges
PADA = 24
BAR_A = [(30, 98, 236), (14, 150, 140), (236, 124, 30)]  # the afternoon bars: blue, teal, orange


def a_background(w, h):
    im = Image.new("RGB", (w, h), BG_A)
    im.paste(vgrad(w, 760, (18, 60, 200), (40, 136, 255)), (0, 0))
    d = ImageDraw.Draw(im)
    rnd = random.Random(2911)
    for _ in range(8):  # soft rings and a dotted grid in the banner
        r = rnd.randrange(50, 190)
        x, y = rnd.randrange(0, w), rnd.randrange(0, 700)
        d.ellipse([x - r, y - r, x + r, y + r], outline=(86, 160, 255), width=2)
    for gy in range(40, 300, 22):
        for gx in range(520, 730, 22):
            d.ellipse([gx - 2, gy - 2, gx + 2, gy + 2], fill=(96, 168, 255))
    pts = [(x, 716 + 20 * math.sin(x / 80.0)) for x in range(0, w + 1, 6)]
    d.polygon(pts + [(w, 770), (0, 770)], fill=BG_A)
    im = glow(im, 600, 140, 170, (130, 220, 255), 0.45)
    im = glow(im, 80, 520, 150, (120, 110, 255), 0.35)
    d = ImageDraw.Draw(im)
    d.rectangle([0, h - 90, w, h], fill=BLUE)
    return grain(im, 29110, 0.012)


def a_header(im, d):
    logo_lines(d, 28, 30, WHITE, (150, 232, 255), 0.8)
    rtext(d, 722, 32, A["school"], font(26, True), WHITE)
    f = font(12)
    t = A["school_en"]
    spaced(d, 722 - spaced_width(d, t, f, 2), 70, t, f, (210, 230, 255), 2)
    y = 138
    f = font(28, True)
    t = A["nth"]
    wdt = tw(d, t, f) + 44
    d.rounded_rectangle([W_A / 2 - wdt / 2, y, W_A / 2 + wdt / 2, y + 48], radius=24, fill=WHITE)
    ctext(d, W_A / 2, y + 5, t, f, BLUE)
    y += 74
    ctext(d, W_A / 2, y, "中国Linux内核开发者大会", font(48, True), WHITE)
    y += 82
    f = font(104, True)
    t = "CLK " + A["year"]
    ctext(d, W_A / 2 + 4, y + 4, t, f, (12, 50, 170))
    ctext(d, W_A / 2, y, t, f, WHITE)
    y += 150
    f = font(26)
    t = A["date_printed"] + "　|　" + A["city"]
    ctext(d, W_A / 2 + 14, y, t, f, WHITE)
    pin(d, W_A / 2 - tw(d, t, f) / 2 - 20, y + 5, WHITE, 1.0, hole=(40, 120, 250))
    y += 46
    ctext(d, W_A / 2, y, "地址：" + A["hall"], font(22), (222, 236, 255))
    y = 800
    ctext(d, W_A / 2, y, "大会议程", font(42, True), INK)
    d.line([(170, y + 32), (260, y + 32)], fill=BLUE, width=3)
    d.line([(490, y + 32), (580, y + 32)], fill=BLUE, width=3)
    f = font(16, True)
    spaced(d, W_A / 2 - spaced_width(d, "AGENDA", f, 8) / 2, y + 64, "AGENDA", f, GREY, 8)
    return y + 120


def a_main_head(im, d, y, name, host, unit):
    fn = font(32, True)
    wdt = tw(d, name, fn) + 120
    if im.size[1] > 8:
        hgrad_box(im, (W_A / 2 - wdt / 2, y, W_A / 2 + wdt / 2, y + 62), (24, 86, 236), (60, 170, 255), radius=31)
    ctext(d, W_A / 2, y + 8, name, fn, WHITE)
    f = font(16, True)
    spaced(d, W_A / 2 - spaced_width(d, "MAIN FORUM · 上午", f, 3) / 2, y + 76, "MAIN FORUM · 上午", f, BLUE, 3)
    y += 76 + 38
    fl, fh, fu = font(21, True), font(22, True), font(19)
    parts = [("主持人：", fl, BLUE), (host, fh, INK), ("　" + unit, fu, GREY)]
    total = sum(tw(d, t, f) for t, f, _ in parts)
    x = W_A / 2 - total / 2
    for t, f, c in parts:
        d.text((x, y + (3 if f is fu else 0)), t, font=f, fill=c)
        x += tw(d, t, f)
    return y + 56


def a_break(im, d, y, s):
    h = 62
    f = font(22, True)
    t = rng_text(s) + "　" + s["title"]
    total = 42 + tw(d, t, f)
    x = W_A / 2 - total / 2
    col = (112, 128, 166)
    if s["title"] == "茶歇":
        cup(d, x, y + 15, col, 0.9)
    else:
        bowl(d, x - 2, y + 16, col, 0.8)
    d.text((x + 42, y + 14), t, font=f, fill=col)
    dashes(d, X0A + 10, x - 22, y + 31, (170, 186, 216))
    dashes(d, x + total + 20, X1A - 10, y + 31, (170, 186, 216))
    return y + h


def a_speaker(im, d, x, y, sp, size, fn, fa, maxw):
    """A photo circle with the name and the 'company job' beside it."""
    photo_circle(im, d, x, y, size, seed_of(sp["name"]), (170, 200, 250), 3)
    tx = x + size + 16
    ny = y + size / 2 - (fn.size + 8 + fa.size) / 2 - 4
    d.text((tx, ny), sp["name"], font=fn, fill=(22, 22, 30))
    d.text((tx, ny + fn.size + 10), fits(d, sp["line"], fa, maxw - size - 16), font=fa, fill=GREY)


def a_tag(d, x, y, t):
    f = font(18, True)
    w = tw(d, t, f) + 20
    d.rounded_rectangle([x, y, x + w, y + 30], radius=6, outline=BLUE, width=2)
    d.text((x + 10, y + 2), t, font=f, fill=BLUE)
    return w


def a_card(im, d, y, s, log):
    bx, bw = X0A + PADA, X1A - X0A - 2 * PADA
    ft = font(27, True)
    lines = wrap_nicely(d, s["title"], ft, bw)
    log.append((s["title"], len(lines)))
    two = len(s["sp"]) == 2
    if s["kind"] == "panel":
        body = 44 + 74 + 14 + 44 + 3 * 74
    else:
        body = 84 if not two else 76
    h = PADA + 38 + 16 + len(lines) * 40 + 18 + 2 + 20 + body + PADA
    if im.size[1] > 8:
        d.rounded_rectangle([X0A + 2, y + 5, X1A + 2, y + h + 5], radius=18, fill=(210, 222, 244))
        d.rounded_rectangle([X0A, y, X1A, y + h], radius=18, fill=WHITE)
    fr = font(20, True)
    t = rng_text(s)
    wdt = tw(d, t, fr) + 32
    d.rounded_rectangle([bx, y + PADA, bx + wdt, y + PADA + 38], radius=19, fill=BLUE)
    d.text((bx + 16, y + PADA + 5), t, font=fr, fill=WHITE)
    yy = y + PADA + 38 + 16
    for ln in lines:
        d.text((bx, yy), ln, font=ft, fill=INK)
        yy += 40
    yy += 18
    d.line([(bx, yy), (bx + bw, yy)], fill=(222, 230, 244), width=2)
    yy += 22
    if s["kind"] == "panel":
        a_tag(d, bx, yy, "主持")
        yy += 44
        a_speaker(im, d, bx, yy, s["mod"], 64, font(23, True), font(18), bw)
        yy += 74 + 14
        a_tag(d, bx, yy, "嘉宾")
        yy += 44
        for g in s["guests"]:
            a_speaker(im, d, bx, yy, g, 64, font(23, True), font(18), bw)
            yy += 74
    elif two:
        colw = bw // 2
        for j, sp in enumerate(s["sp"]):
            a_speaker(im, d, bx + j * colw, yy, sp, 72, font(24, True), font(18), colw - 8)
    else:
        a_speaker(im, d, bx, yy, s["sp"][0], 84, font(26, True), font(19), bw)
    return y + h


def a_bar(im, d, y, name, host, col):
    if im.size[1] > 8:
        c1 = tuple(min(255, c + 50) for c in col)
        hgrad_box(im, (X0A, y, X1A, y + 70), col, c1, radius=12)
    d.text((X0A + 22, y + 14), name, font=font(29, True), fill=WHITE)
    rtext(d, X1A - 22, y + 22, "主持人：" + host, font(20, True), WHITE)
    return y + 70


TCOL_A = 150  # the timeline's time column


def a_row(im, d, y, s, col, log, last):
    x0 = X0A + 20
    tx = X0A + 20 + TCOL_A
    tmax = X1A - 20 - tx
    if s["kind"] == "break":
        h = 56
        tint(im, (X0A + 8, y + 6, X1A - 8, y + h - 6), (200, 212, 236, 90), radius=8)
        d.text((x0, y + 14), rng_text(s), font=font(20, True), fill=(120, 130, 156))
        cup(d, tx, y + 13, (120, 130, 156), 0.8)
        d.text((tx + 36, y + 12), s["title"], font=font(22, True), fill=(120, 130, 156))
        return y + h
    ft = font(24, True)
    lines = wrap_nicely(d, s["title"], ft, tmax)
    log.append((s["title"], len(lines)))
    h = 20 + len(lines) * 35 + 6 + len(s["sp"]) * 30 + 18
    d.text((x0, y + 22), rng_text(s), font=font(20, True), fill=col)
    yy = y + 20
    for ln in lines:
        d.text((tx, yy), ln, font=ft, fill=INK)
        yy += 35
    yy += 6
    fs = font(19)
    for sp in s["sp"]:
        d.text((tx, yy), fits(d, sp["name"] + " | " + sp["line"], fs, tmax), font=fs, fill=GREY)
        yy += 30
    if not last:
        d.line([(x0, y + h), (X1A - 20, y + h)], fill=(228, 234, 244), width=1)
    return y + h


def a_paint(im, d, log):
    y = a_header(im, d)
    name, host, unit, slots = A["forums"][0]
    y = a_main_head(im, d, y, name, host, unit)
    for s in slots:
        if s["kind"] == "break":
            y = a_break(im, d, y, s)
        else:
            y = a_card(im, d, y, s, log) + 22
    y += 30
    f = font(24, True)
    t = "下午　三个分论坛同时进行"
    wdt = tw(d, t, f) + 70
    d.rounded_rectangle([W_A / 2 - wdt / 2, y, W_A / 2 + wdt / 2, y + 52], radius=26, outline=BLUE, width=2)
    ctext(d, W_A / 2, y + 9, t, f, BLUE)
    y += 52 + 40
    for k, (name, host, unit, slots) in enumerate(A["forums"][1:]):
        col = BAR_A[k]
        y = a_bar(im, d, y, name, host, col)
        top = y
        # the timeline sits on a white panel under the bar
        ys = [y + 8]
        probe = Image.new("RGB", (W_A, 8))
        pd = ImageDraw.Draw(probe)
        yy = y + 8
        for i, s in enumerate(slots):
            yy = a_row(probe, pd, yy, s, col, [], i == len(slots) - 1)
        bottom = yy + 10
        if im.size[1] > 8:
            d.rectangle([X0A, top - 12, X1A, bottom - 12], fill=WHITE)
            d.rounded_rectangle([X0A, top - 12, X1A, bottom], radius=12, fill=WHITE)
        y = ys[0]
        for i, s in enumerate(slots):
            y = a_row(im, d, y, s, col, log, i == len(slots) - 1)
        y = bottom + 36
    # foot
    top = y
    if im.size[1] > 8:
        d.rounded_rectangle([X0A, top, X1A, top + 660], radius=16, fill=WHITE)
    y += 30
    bx = X0A + PADA
    for k, v in (("主办单位", "中国Linux内核开发者大会组委会"), ("承办单位", "长江大学计算机科学学院")):
        d.text((bx, y), k, font=font(21, True), fill=BLUE)
        d.text((bx + 106, y), v, font=font(21), fill=INK)
        y += 42
    y += 16
    d.text((bx, y), "支持单位", font=font(21, True), fill=BLUE)
    y += 44
    units = ["华为", "阿里云", "腾讯云", "字节跳动", "龙芯中科", "飞腾", "麒麟软件", "openEuler", "OpenAnolis"]
    bw, bh, gap = 206, 50, 14
    for i, u in enumerate(units):
        r, c = divmod(i, 3)
        x = bx + c * (bw + gap)
        yy = y + r * (bh + gap)
        d.rounded_rectangle([x, yy, x + bw, yy + bh], radius=8, outline=(190, 205, 235), width=2)
        ctext(d, x + bw / 2, yy + 10, u, font(21, True), (40, 60, 110))
    y += 3 * (bh + gap) + 20
    qrcode(d, W_A / 2 - 90, y, 180, seed_of(A["edition"]))
    y += 196
    ctext(d, W_A / 2, y, "扫码报名 · 观看直播", font(23, True), INK)
    y = top + 660 + 34
    ctext(d, W_A / 2, y, "*议程如有调整，以大会现场为准", font(19), GREY)
    y += 64
    ctext(d, W_A / 2, y + 26, "CLK " + A["year"] + " · " + A["city"], font(26, True), WHITE)
    return y + 90


# ---------------------------------------------------------------------------
# CLK 2912: a near-black page, 1080 wide
W_B = 1080
NB0, NB1 = (10, 9, 34), (16, 14, 52)
VIOLET = (150, 96, 255)
CYAN = (64, 214, 255)
LAV = (178, 188, 240)
X0B, X1B = 48, 1032
PADB = 34
BAR_B = [(120, 62, 230), (8, 150, 196), (214, 120, 24)]  # violet, cyan, amber


def b_background(w, h):
    im = vgrad(w, h, NB0, NB1)
    d = ImageDraw.Draw(im)
    rnd = random.Random(2912)
    for k in range(9):  # neon arcs in the header
        r = 380 + k * 46
        d.arc([w - 260 - r, 520 - r, w - 260 + r, 520 + r], 200, 320,
              fill=(60 + k * 12, 40 + k * 8, 170 + k * 8), width=2)
    for _ in range(90):  # stars
        x, y = rnd.randrange(w), rnd.randrange(0, 1100)
        r = rnd.choice((1, 1, 2))
        d.ellipse([x - r, y - r, x + r, y + r], fill=(150, 150, 220))
    im = glow(im, 880, 300, 380, (120, 60, 255), 0.55)
    im = glow(im, 150, 760, 300, (30, 160, 255), 0.40)
    im = glow(im, 960, h // 2, 360, (90, 40, 220), 0.25)
    im = glow(im, 100, h - 900, 320, (20, 140, 255), 0.22)
    return grain(im, 29120, 0.003)


def b_header(im, d):
    logo_lines(d, 48, 44, WHITE, CYAN, 1.0)
    rtext(d, 1032, 46, B2["school"], font(30, True), WHITE)
    f = font(15)
    t = B2["school_en"]
    spaced(d, 1032 - spaced_width(d, t, f, 2), 90, t, f, LAV, 2)
    y = 200
    d.text((62, y), B2["nth"] + "中国", font=font(64, True), fill=WHITE)
    y += 96
    f = font(80, True)
    d.text((66, y + 5), "Linux内核开发者大会", font=f, fill=(90, 50, 200))
    d.text((60, y), "Linux内核开发者大会", font=f, fill=WHITE)
    y += 140
    f = font(30, True)
    t = B2["date_printed"] + " · " + B2["city"]
    wdt = tw(d, t, f) + 90
    d.rounded_rectangle([60, y, 60 + wdt, y + 58], radius=29, outline=CYAN, width=2)
    pin(d, 84, y + 14, CYAN, 1.0, hole=NB0)
    d.text((120, y + 8), t, font=f, fill=WHITE)
    y += 86
    d.text((62, y), "地址：" + B2["hall"], font=font(28), fill=LAV)
    # CLK and the year at the right
    f = font(120, True)
    rtext(d, 1030, 470, "CLK", f, (0, 0, 0))
    x = 1030 - tw(d, "CLK", f)
    d.text((x, 470), "CLK", font=f, fill=NB0, stroke_width=3, stroke_fill=CYAN)
    rtext(d, 1030, 620, B2["year"], font(44, True), VIOLET)
    y += 150
    ctext(d, W_B / 2, y, "大会议程", font(56, True), WHITE)
    f = font(22, True)
    spaced(d, W_B / 2 - spaced_width(d, "AGENDA", f, 12) / 2, y + 86, "AGENDA", f, CYAN, 12)
    d.line([(250, y + 42), (390, y + 42)], fill=VIOLET, width=3)
    d.line([(690, y + 42), (830, y + 42)], fill=VIOLET, width=3)
    return y + 170


def b_main_head(im, d, y, name):
    f = font(20, True)
    spaced(d, W_B / 2 - spaced_width(d, "MAIN FORUM", f, 6) / 2, y, "MAIN FORUM", f, CYAN, 6)
    y += 40
    ctext(d, W_B / 2, y, name, font(50, True), WHITE)
    y += 82
    if im.size[1] > 8:
        hgrad_box(im, (W_B / 2 - 120, y, W_B / 2 + 120, y + 6), VIOLET, CYAN, radius=3)
    return y + 40


def b_break(im, d, y, s):
    h = 78
    f = font(26, True)
    t = rng_text(s, " - ") + "　" + s["title"]
    total = 48 + tw(d, t, f)
    x = W_B / 2 - total / 2
    col = (160, 160, 214)
    if s["title"] == "茶歇":
        cup(d, x, y + 20, col, 1.05)
    else:
        bowl(d, x - 2, y + 22, col, 0.95)
    d.text((x + 48, y + 18), t, font=f, fill=col)
    for x0, x1 in ((X0B + 20, x - 30), (x + total + 30, X1B - 20)):
        if im.size[1] > 8:
            hgrad_box(im, (x0, y + 38, x1, y + 40), (40, 36, 100), (110, 80, 220))
    return y + h


def b_speaker(im, d, x, y, sp, size, fn, fa, maxw):
    photo_circle(im, d, x, y, size, seed_of(sp["name"]), CYAN, 3)
    tx = x + size + 20
    ny = y + size / 2 - (fn.size + 10 + fa.size) / 2 - 4
    d.text((tx, ny), sp["name"], font=fn, fill=WHITE)
    d.text((tx, ny + fn.size + 12), fits(d, sp["line"], fa, maxw - size - 20), font=fa, fill=LAV)


def b_tag(d, x, y, t, col):
    f = font(21, True)
    w = tw(d, t, f) + 26
    d.rounded_rectangle([x, y, x + w, y + 36], radius=18, fill=col)
    d.text((x + 13, y + 3), t, font=f, fill=WHITE)
    return w


def b_card(im, d, y, s, log):
    bx, bw = X0B + PADB, X1B - X0B - 2 * PADB
    ft = font(32, True)
    lines = wrap_nicely(d, s["title"], ft, bw)
    log.append((s["title"], len(lines)))
    two = len(s["sp"]) == 2
    if s["kind"] == "panel":
        body = 52 + 90 + 20 + 52 + 2 * 96
    else:
        body = 104 if not two else 92
    h = PADB + 44 + 20 + len(lines) * 46 + 22 + 2 + 26 + body + PADB
    tint(im, (X0B, y, X1B, y + h), (60, 50, 150, 70), radius=22)
    d.rounded_rectangle([X0B, y, X1B, y + h], radius=22, outline=(92, 78, 190), width=2)
    fr = font(24, True)
    t = rng_text(s, " - ")
    wdt = tw(d, t, fr) + 40
    if im.size[1] > 8:
        hgrad_box(im, (bx, y + PADB, bx + wdt, y + PADB + 44), VIOLET, (40, 170, 250), radius=22)
    d.text((bx + 20, y + PADB + 6), t, font=fr, fill=WHITE)
    yy = y + PADB + 44 + 20
    for ln in lines:
        d.text((bx, yy), ln, font=ft, fill=WHITE)
        yy += 46
    yy += 22
    d.line([(bx, yy), (bx + bw, yy)], fill=(70, 64, 140), width=2)
    yy += 28
    if s["kind"] == "panel":
        b_tag(d, bx, yy, "主持人", VIOLET)
        yy += 52
        b_speaker(im, d, bx, yy, s["mod"], 84, font(28, True), font(21), bw)
        yy += 90 + 20
        b_tag(d, bx, yy, "嘉宾", (20, 140, 220))
        yy += 52
        colw = bw // 2
        for i, g in enumerate(s["guests"]):
            r, c = divmod(i, 2)
            b_speaker(im, d, bx + c * colw, yy + r * 96, g, 80, font(26, True), font(20), colw - 10)
    elif two:
        colw = bw // 2
        for j, sp in enumerate(s["sp"]):
            b_speaker(im, d, bx + j * colw, yy, sp, 92, font(28, True), font(21), colw - 10)
    else:
        b_speaker(im, d, bx, yy, s["sp"][0], 104, font(30, True), font(22), bw)
    return y + h


def b_bar(im, d, y, name, host, unit, col):
    if im.size[1] > 8:
        c1 = tuple(min(255, c + 60) for c in col)
        hgrad_box(im, (X0B, y, X1B, y + 112), col, c1, radius=14)
    d.text((X0B + 30, y + 14), name, font=font(36, True), fill=WHITE)
    d.text((X0B + 30, y + 70), "主持人：" + host + "（" + unit + "）", font=font(22), fill=(240, 240, 255))
    return y + 112


TCOL_B = 214


def b_row(im, d, y, s, col, log, last):
    x0 = X0B + 26
    tx = X0B + 26 + TCOL_B
    tmax = X1B - 26 - tx
    light = tuple(min(255, c + 90) for c in col)
    if s["kind"] == "break":
        h = 72
        tint(im, (X0B + 10, y + 8, X1B - 10, y + h - 8), (120, 110, 200, 40), radius=10)
        d.text((x0, y + 19), rng_text(s, " - "), font=font(24, True), fill=(150, 150, 200))
        cup(d, tx, y + 20, (150, 150, 200), 0.9)
        d.text((tx + 42, y + 17), s["title"], font=font(26, True), fill=(150, 150, 200))
        return y + h
    ft = font(28, True)
    lines = wrap_nicely(d, s["title"], ft, tmax)
    log.append((s["title"], len(lines)))
    h = 26 + len(lines) * 41 + 8 + 36 + 24
    d.text((x0, y + 28), rng_text(s, " - "), font=font(24, True), fill=light)
    yy = y + 26
    for ln in lines:
        d.text((tx, yy), ln, font=ft, fill=WHITE)
        yy += 41
    yy += 8
    fs = font(23)
    if s.get("shared"):
        t = "、".join(sp["name"] for sp in s["sp"]) + "  |  " + s["sp"][0]["line"]
    else:
        assert len(s["sp"]) == 1
        t = s["sp"][0]["name"] + "  |  " + s["sp"][0]["line"]
    d.text((tx, yy), fits(d, t, fs, tmax), font=fs, fill=LAV)
    if not last:
        d.line([(x0, y + h), (X1B - 26, y + h)], fill=(52, 50, 104), width=1)
    return y + h


def b_paint(im, d, log):
    y = b_header(im, d)
    name, _, _, slots = B2["forums"][0]
    y = b_main_head(im, d, y, name)
    for s in slots:
        if s["kind"] == "break":
            y = b_break(im, d, y, s)
        else:
            y = b_card(im, d, y, s, log) + 26
    y += 40
    f = font(28, True)
    t = "下午　三个分论坛同时进行"
    wdt = tw(d, t, f) + 90
    d.rounded_rectangle([W_B / 2 - wdt / 2, y, W_B / 2 + wdt / 2, y + 60], radius=30, outline=VIOLET, width=2)
    ctext(d, W_B / 2, y + 11, t, f, WHITE)
    y += 60 + 50
    for k, (name, host, unit, slots) in enumerate(B2["forums"][1:]):
        col = BAR_B[k]
        y = b_bar(im, d, y, name, host, unit, col)
        top = y
        y += 6
        for i, s in enumerate(slots):
            y = b_row(im, d, y, s, col, log, i == len(slots) - 1)
        d.line([(X0B, top), (X0B, y + 10)], fill=col, width=3)
        y += 70
    # foot
    ctext(d, W_B / 2, y, "主办单位", font(28, True), CYAN)
    ctext(d, W_B / 2, y + 46, "中国Linux内核开发者大会组委会", font(26), WHITE)
    ctext(d, W_B / 2, y + 100, "承办单位", font(28, True), CYAN)
    ctext(d, W_B / 2, y + 146, "闽南师范大学计算机学院", font(26), WHITE)
    y += 220
    ctext(d, W_B / 2, y, "支持单位", font(28, True), CYAN)
    y += 58
    units = ["华为", "阿里云", "腾讯云", "字节跳动", "OPPO", "荣耀", "统信软件", "麒麟软件", "openEuler",
             "龙蜥社区", "CSDN", "开源中国"]
    bw, bh, gap = 210, 64, 18
    for i, u in enumerate(units):
        r, c = divmod(i, 4)
        x = W_B / 2 - (4 * bw + 3 * gap) / 2 + c * (bw + gap)
        yy = y + r * (bh + gap)
        d.rounded_rectangle([x, yy, x + bw, yy + bh], radius=10, outline=(110, 100, 200), width=2)
        ctext(d, x + bw / 2, yy + 14, u, font(26, True), WHITE)
    y += 3 * (bh + gap) + 50
    qrcode(d, W_B / 2 - 110, y, 220, seed_of(B2["edition"]))
    y += 240
    ctext(d, W_B / 2, y, "扫码报名", font(28, True), WHITE)
    ctext(d, W_B / 2, y + 46, "*议程以大会现场为准", font(22), LAV)
    y += 110
    ctext(d, W_B / 2, y, "相约漳州 · 共话内核", font(34, True), CYAN)
    return y + 110


# ---------------------------------------------------------------------------
def slots_of(ed):
    return [s for (_, _, _, slots) in ed["forums"] for s in slots]


COMPOUND = ("端木", "夏侯")


def check(logs, files):
    people = []
    talks = 0
    for ed, w in ((A, W_A), (B2, W_B)):
        assert saturday(ed["date"]), ed["date"]
        assert [f[0] for f in ed["forums"]] == FORUM_NAMES
        for (name, host, unit, slots) in ed["forums"]:
            if host:
                people.append(host)
            prev = None
            for s in slots:
                assert s["start"] < s["end"]
                assert prev is None or prev == s["start"], (name, s["title"])  # no gaps, no overlaps
                prev = s["end"]
                if s["kind"] in ("talk", "panel"):
                    talks += 1
                    assert s["host"] == host
                    people += [sp["name"] for sp in s["sp"]]
                else:
                    assert s["title"] in MEALS and s["host"] is None
        assert ed["forums"][0][3][-1]["title"] == "午餐"
        ss = slots_of(ed)
        assert ss[0]["title"] == "开幕致辞" and len(ss[0]["sp"]) == 1
        assert sum(1 for s in ss if s["kind"] == "talk" and len(s["sp"]) == 2) == 2
        assert sum(1 for s in ss if s["kind"] == "panel") == 1
        assert any(sp["name"].isascii() for s in ss for sp in s["sp"])
        assert any(sp["name"].startswith(COMPOUND) for s in ss for sp in s["sp"])
        assert sum(1 for s in ss if re.fullmatch(r"[\x20-\x7e]+", s["title"])) >= 3
        assert {"茶歇", "午餐"} <= {s["title"] for s in ss}
    assert 35 <= talks <= 50, talks
    assert len(people) == len(set(people)), [p for p in people if people.count(p) > 1]
    words = listing_words()
    for p in people:
        assert plain(p) not in REAL_NAMES, p
        assert plain(p) not in words, p
    titles = [s["title"] for ed in (A, B2) for s in slots_of(ed) if s["kind"] != "break"]
    assert len(titles) == len(set(titles)) + 1  # '开幕致辞' once per edition
    for t in titles:
        if t != "开幕致辞":
            assert t not in words, t
    for log in logs:  # some titles wrap, none over three lines
        assert sum(1 for _, n in log if n == 2) >= 2, log
        assert all(n <= 2 for _, n in log), log
    for (ed, w), path in zip(((A, W_A), (B2, W_B)), files):
        im = Image.open(path)
        assert im.size[0] == w, im.size
        assert 1.0e6 <= os.path.getsize(path) <= 1.6e6, (path, os.path.getsize(path))
    return talks


def main():
    log_a, log_b = [], []

    def pa(im, d):
        del log_a[:]
        return a_paint(im, d, log_a)

    def pb(im, d):
        del log_b[:]
        return b_paint(im, d, log_b)

    im_a = two_pass(W_A, pa, a_background)
    im_b = two_pass(W_B, pb, b_background)
    files = []
    for ed, im in ((A, im_a), (B2, im_b)):
        p = os.path.join(HERE, ed["file"])
        im.save(p, optimize=False, compress_level=9)
        files.append(p)
        print(ed["file"], im.size, "%.2f MB" % (os.path.getsize(p) / 1e6))
    talks = check([log_a, log_b], files)
    for ed, log in ((A, log_a), (B2, log_b)):
        print(ed["edition"], "wrapped:", [t for t, n in log if n > 1])
    truth = {
        "written": "2026-12-06",
        "by": "a helper that had not read the code",
        "note": NOTE,
        "posters": [
            {"file": A["file"], "layout": LAYOUT_A, "date": A["date"],
             "forums": [forum_truth(n, A["date"], sl) for (n, _, _, sl) in A["forums"]]},
            {"file": B2["file"], "layout": LAYOUT_B, "date": B2["date"],
             "forums": [forum_truth(n, B2["date"], sl) for (n, _, _, sl) in B2["forums"]]},
        ],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("scored talks:", talks)


LAYOUT_A = (
    "CLK 2911 (第906届), 荆州, 2911-10-24 (PNG, 750 x 6464, a faint grain, 1.31 MB): a designer's light WeChat page "
    "(pale blue) under a blue banner with soft rings, a dot grid and a wave edge: logo lines, '长江大学' / 'YANGTZE "
    "UNIVERSITY', a white pill '第906届', '中国Linux内核开发者大会', 'CLK 2911' with an offset shadow, a pin and "
    "'2911年10月24日（周六）　|　荆州', '地址：长江大学东校区 学术交流中心报告厅', '大会议程' over a spaced 'AGENDA'. "
    "主论坛 (morning): a gradient pill '主论坛', a spaced tag 'MAIN FORUM · 上午', '主持人：龚立新　长江大学计算机科学学院 院长' "
    "centred under it; each talk a white rounded CARD: a blue TIME PILL ('09:15-09:55'), the bold title (27 px), a rule, "
    "then a PHOTO CIRCLE (84 px) with the name (26 px bold) and 'company job' (19 px grey) BESIDE it; the two speakers "
    "端木清扬 and 鄢晓峰 (both 阿里云) side by side (72 px circles), left then right; the round table card "
    "'圆桌论坛：国产操作系统内核的人才与社区' (12:05-12:45) prints an outlined tag '主持' over 石慧敏 and a tag '嘉宾' over three "
    "guests stacked one under another (64 px circles, name and 'company job' beside each). Breaks are centred lines "
    "between dashes: a cup or a bowl, then 'range　title' ('10:35-10:50　茶歇', '12:45-13:30　午餐'). An outlined pill "
    "'下午　三个分论坛同时进行'. Each afternoon forum under a COLOURED HEADING BAR (blue, teal, orange) with the name at "
    "the left and '主持人：name' at the right, then a PLAIN TIMELINE on a white panel: the range in the bar's colour "
    "(20 px bold) in a left column, the bold title (24 px), 'name | company' (19 px grey) under it, hairlines between "
    "rows; a tinted '茶歇' row in each forum. 蓝海峰 | 字节跳动 over 邢佳琪 | 浙江大学: two speakers of one talk on two "
    "lines. Latin speaker Daniel Kowalski (SUSE Senior Kernel Engineer) with an English title over two lines; compound "
    "surname 端木 (端木清扬); uncommon surnames 鄢, 臧 (a host), 邝, 解. Foot: 主办/承办 units, nine support boxes, a QR "
    "code, '扫码报名 · 观看直播', '*议程如有调整，以大会现场为准', a blue band 'CLK 2911 · 荆州'. 6 + 5 + 5 + 4 talks.")

LAYOUT_B = (
    "CLK 2912 (第907届), 漳州, 2912-10-22 (PNG, 1080 x 7669, a faint grain, 1.49 MB): a designer's near-black page "
    "(violet and blue glows, neon arcs, stars): logo lines, '闽南师范大学' / 'MINNAN NORMAL UNIVERSITY', '第907届中国' "
    "over 'Linux内核开发者大会' (shadowed), an outlined pill with a pin '2912年10月22日 周六 · 漳州', '地址：闽南师范大学 "
    "图书馆一楼报告厅', an outlined 'CLK' over a violet '2912' at the right, '大会议程' over a spaced 'AGENDA'. 主论坛 "
    "(morning): a spaced tag 'MAIN FORUM' over '主论坛' and a gradient rule, NO HOST printed; each talk a translucent "
    "dark CARD with a violet edge: a gradient TIME PILL ('09:10 - 09:45'), the bold white title (32 px), a rule, a "
    "PHOTO CIRCLE (104 px, cyan ring) with the name (30 px bold) and 'company job' (22 px lavender) BESIDE it; "
    "夏侯宁 (移动云 资深架构师) and 吕思源 (中兴通讯 内核工程师) side by side, left then right; the round table card "
    "'圆桌对话：大模型时代，内核开发者需要什么样的工具链' (11:45-12:25) prints a filled tag '主持人' over 鲍春华 and a "
    "tag '嘉宾' over four guests in a 2 x 2 grid (80 px circles), read row by row: 裴浩, 仲晓雯, then 宗卫东, 车宏亮. "
    "Breaks are centred lines between gradient rules ('10:20 - 10:35　茶歇', '12:25 - 13:30　午餐'). An outlined pill "
    "'下午　三个分论坛同时进行'. Each afternoon forum under a COLOURED HEADING BAR (violet, cyan, amber) with the name "
    "(36 px) and, on a second line in the bar, '主持人：name（unit）'; then a PLAIN TIMELINE along a thin line of the "
    "bar's colour: the range ('13:30 - 14:10', 24 px bold, a light tint of the bar's colour) in a left column, the bold "
    "white title (28 px), 'name  |  company' (23 px lavender) under it; a tinted '茶歇' row in each forum. '钟可欣、邓皓  "
    "|  荣耀': two speakers sharing one company on one line. Latin speakers Sofia Lindgren (Red Hat Principal Software "
    "Engineer, main forum card) and Anders Holm (| Arm, timeline); compound surname 夏侯 (夏侯宁); uncommon surnames 亓, "
    "芮 (a host), 甄. Foot: 主办/承办 units, twelve support boxes, a QR code, '扫码报名', '*议程以大会现场为准', '相约漳州 "
    "· 共话内核'. 6 + 5 + 5 + 5 talks.")

NOTE = (
    "Same conventions as posters-blind-43 (and 59, 80, 86): speakers are names as printed with spaces removed (the "
    "Latin names 'Daniel Kowalski' -> 'DanielKowalski', 'Sofia Lindgren' -> 'SofiaLindgren', 'Anders Holm' -> "
    "'AndersHolm'); a compound surname is part of the name like any other ('端木清扬', '夏侯宁'); host is the chair "
    "printed for the forum covering the slot, null for breaks; start/end are HH:MM on a 24-hour clock; where two "
    "speakers are printed each has his own affiliation, given per speaker; break titles are as printed ('茶歇', '午餐'); "
    "'开幕致辞' printed with a speaker is a talk (one per edition, different speakers, so two talks); '午餐' closes 主论坛 "
    "as its break. Every forum carries a 'date'; each edition is ONE day (主论坛 in the morning, three forums in "
    "parallel in the afternoon), so every forum's date is the poster's. Two invented editions, each ONE whole-day PNG "
    "(as CLK2022's repository holds its one image imgs/2022clk.png), with CLK2022's four forum names as its README "
    "writes them ('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), in printed order; no talk and no person is "
    "on both pictures. Judgement calls: (1) MORNING CARDS (both pictures): the time pill is the slot's range; the "
    "speaker is the bold name BESIDE the photo circle and the affiliation the smaller line under that name, the "
    "'company job' exactly as typed ('华为 openEuler 内核首席架构师', 'SUSE Senior Kernel Engineer'); two speakers side by "
    "side in one card are given left then right, each with the line beside his own photo. (2) ROUND TABLES are ONE "
    "slot of kind 'panel' (as sets 66, 79, 85, 86): its speakers are the moderator first, then the guests in printed "
    "order, one affiliation each; the tags '主持' / '主持人' and '嘉宾' are labels; the moderator is not the forum's "
    "host; the title keeps '圆桌论坛：' / '圆桌对话：'. CLK 2911 stacks its three guests one under another; CLK 2912 sets "
    "its four guests in a 2 x 2 grid, read row by row (裴浩, 仲晓雯, 宗卫东, 车宏亮). (3) HOSTS: CLK 2911 prints "
    "'主持人：龚立新　长江大学计算机科学学院 院长' under its 主论坛 pill (host 龚立新, the unit no affiliation) and "
    "'主持人：name' at the right end of each afternoon bar; CLK 2912 prints NO host for 主论坛, so its 主论坛 talks and "
    "its round table have host null, and prints '主持人：name（unit）' on the second line of each afternoon bar (the "
    "name is the host, the unit in parentheses no part of it and no affiliation). (4) AFTERNOON TIMELINES: the speaker "
    "line 'name | company' (CLK 2911 ' | ', CLK 2912 '  |  ') gives the name and the company; the pipe belongs to "
    "neither; these lines print no job, so those affiliations are company names only. CLK 2911's two-speaker talk "
    "prints two such lines (蓝海峰 | 字节跳动, 邢佳琪 | 浙江大学); CLK 2912's prints '钟可欣、邓皓  |  荣耀': two speakers "
    "sharing one company, both given '荣耀'. (5) A title wrapped over two lines is one title (joined with a space "
    "between Latin words, none inside Chinese text): on CLK 2911 'Memory Tiering in Production:' / 'What We Learned "
    "from CXL Pilots', '龙蜥内核热补丁体系：' / '从 kpatch 到 livepatch 一致性模型', 'Proxy Execution: Fixing Priority' / "
    "'Inversion in the Scheduler', 'HMM-based Shared Virtual' / 'Memory for GPU Drivers'; on CLK 2912 'Tuning CFS "
    "Bandwidth' / 'Control for Bursty Containers' and 'eBPF Verifier Limits: Scaling Programs' / 'Beyond a Million "
    "Instructions'. (6) Break lines print the range before the title ('10:35-10:50　茶歇'), in the cards' column and in "
    "the timelines alike; a tinted '茶歇' row in a timeline is a break of that forum. (7) The pills '下午　三个分论坛同时进行', "
    "the tags 'MAIN FORUM · 上午' / 'MAIN FORUM', '大会议程' / 'AGENDA', the header, the date and address lines, support "
    "units, QR captions and foot lines are no slots and no part of a forum's name, a name or a title. Ranges are "
    "printed without spaces on CLK 2911 ('13:30-14:10') and with spaces on CLK 2912 ('13:30 - 14:10').")


if __name__ == "__main__":
    main()
