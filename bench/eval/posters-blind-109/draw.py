"""Draw the hundred-and-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the one picture and truth.json next to this file.
Every string printed on the poster comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 3091 (第1086届, 锦州, 渤海大学, Saturday 3091-10-24), as the ONE
whole-agenda image of its year (CLK2025's listing names one, CLK2025全部议程.jpg), with
CLK2025's six forum folder names, in the organisers' 2023 family (CLK2023全部议程.png): logo
lines, 'CLK' with the year raised in nested outlines, a slanted '第N届中国' / 'Linux 内核开发者
大会', an outlined date box with a pin and the city, '地址：', a sphere, a framed introduction,
'大会议程' over a hollow 'AGENDA'; the 2023 timeline (range at the left, a dot on a vertical
line, the title, 'padded name  company job'), break bands, closing bars; '支持单位' / '支持媒体'
over outlined boxes.  JPEG q85, 1242 wide (the 2023 measures x 1.15).  主论坛 across the page
in the morning; the five afternoon forums as their designer fits them: 01 and 02 SIDE BY SIDE,
03 and 04 SIDE BY SIDE (each a narrowed column: the range on a line of its own over its title,
the dot on a line at the column's left edge, its own closing bar), 05 across the page.
Helpers font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad,
grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain, saturday, REAL_NAMES, K, F, k,
slanted, outline_text, fading_numeral, pin, logo, clk_mark, inline, runs_width, background, S,
T, R, B, truth_slot, forum_truth, pad, split_spaces, speaker_line, panel_a and is_band are
copied unchanged from posters-blind-103/draw.py (itself from sets 97, 90, 86, 78, 72, 68, 59,
43); slot (without 103's one-line pair forms) and the header and foot of paint are adapted from
it; heading (host line under the name), col_heading, col_speaker, col_slot, column, the row
layout of paint, check, main and all the data are new.
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
        return grain(im, ed["seed"], 0.006, 3)
    return bg








# ===========================================================================
# Data.  S(name, 'company job' as printed); T a talk (shared=True: printed under the range of the talk
# before it, without range or dot of its own; line='pairs': its two speakers on ONE line as two
# 'name company' pairs; line='joint': 'name、name  company job' on one line, both of that company;
# nice=True: the title broken after its colon, else greedily as 2023 breaks most titles); R a round
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


def is_band(s):
    return s["kind"] == "break" and s["title"].startswith(BANDS)



# ===========================================================================
# Data of CLK 3091 (第1086届), 锦州, Saturday 3091-10-24.  S(name, 'company job' as printed); T a talk
# (shared=True: printed under the range of the talk before it, without range or dot of its own, as 2023
# prints two talks under one range); R the round table (kind 'panel': moderator, then guests); B a break.
CLK2025_FORUMS = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
                  "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]
DATE = "3091-10-24"
FORUMS = [
    {"name": "主论坛", "head": "主论坛", "host": "冼志远", "unit": "渤海大学 信息科学与技术学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:15", "嘉宾致辞", [S("尚国栋", "渤海大学副校长")]),
        T("09:15", "09:50", "国产算力底座上的操作系统内核：演进、挑战与协作", [S("韩立伟", "麒麟软件首席内核架构师")]),
        T("09:50", "10:25", "Making Memory Tiering Work in Production: Lessons from Three Years of CXL Deployments",
          [S("贝思远", "阿里云 操作系统资深技术专家")]),
        B("10:25", "10:40", "茶歇"),
        T("10:40", "11:10", "端侧大模型时代的手机内核：能效、内存与流畅度",
          [S("晁振宁", "荣耀 内核技术专家"), S("温佳琪", "荣耀 系统性能工程师")]),
        T("11:10", "11:40", "Linux 内核补丁评审的新实践：从邮件列表到 CI 与自动化测试",
          [S("林子墨", "华为 Linux 内核社区 Maintainer")]),
        R("11:40", "12:20", "圆桌论坛：下一个十年，中国内核开发者如何更深地走进上游社区",
          S("宓佳宁", "开源中国 社区运营总监"),
          [S("谷振华", "腾讯云 TencentOS 内核负责人"), S("单雪松", "字节跳动 STE 团队技术专家"),
           S("胥立军", "中国科学院软件研究所 研究员"), S("俞晓岚", "英特尔 开源技术中心首席工程师")]),
        B("12:20", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "head": "内存管理与优化 分论坛", "host": "盖俊峰", "unit": "vivo 内存技术专家",
     "slots": [
        T("13:30", "14:00", "mTHP 在车机系统上的落地：碎片治理与回退策略", [S("钟雨航", "理想汽车 系统软件工程师")]),
        T("14:00", "14:30", "Per-memcg Proactive Reclaim in Production",
          [S("施嘉诚", "字节跳动 STE 内核工程师")]),
        T("14:30", "15:30", "KSM 智能合并在虚拟桌面场景中的收益评估", [S("栗子健", "深信服 虚拟化研发工程师")]),
        T("14:30", "15:30", "zswap 写回策略与闪存寿命", [S("殳佳怡", "OPPO 高级内核工程师")], shared=True),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "虚拟机冷启动中的 hugetlb 大页预留优化", [S("卞俊辉", "美团 基础架构内核工程师")]),
        T("16:20", "16:50", "slab 内存泄漏的在线定位：从 kmemleak 到 page_owner",
          [S("华思远", "小米 内核工程师"), S("陶蕾", "小米 稳定性工程师")]),
        T("16:50", "17:20", "NUMA 内存分层下页面迁移开销的测量与优化", [S("祖立新", "浪潮信息 服务器内核工程师")]),
        T("17:20", "17:50", "Folio 化改造：驱动维护者需要知道什么", [S("欧建波", "统信软件 内核研发工程师")]),
    ]},
    {"name": "文件系统与存储分论坛", "head": "文件系统与存储 分论坛", "host": "卓海燕", "unit": "华为 存储内核技术专家",
     "slots": [
        T("13:30", "14:05", "XFS 在线修复（online fsck）的大规模生产验证", [S("司马瑞", "腾讯云 存储内核工程师")]),
        T("14:05", "14:40", "Btrfs 压缩与去重在备份一体机中的权衡", [S("程思雨", "群晖 文件系统工程师")]),
        T("14:40", "15:15", "NVMe over TCP 主机端协议栈的调优实践", [S("叶振国", "京东云 存储网络工程师")]),
        B("15:15", "15:35", "茶歇"),
        T("15:35", "16:10", "Large Block Size Support in ext4: Design and Early Results",
          [S("毕文轩", "阿里云 文件系统工程师")]),
        T("16:10", "16:45", "io_uring 直通 NVMe 命令在数据库中的应用", [S("邬凯", "蚂蚁集团 存储引擎工程师")]),
        T("16:45", "17:20", "F2FS 垃圾回收与前台写入的干扰隔离机制", [S("阮思琪", "vivo 存储内核工程师")]),
        T("17:20", "17:55", "dm-verity 与 fs-verity 在车载系统中的完整性保护", [S("戚晓宇", "地平线 系统软件工程师")]),
    ]},
    {"name": "调度、性能与调试分论坛", "head": "调度、性能与调试 分论坛", "host": "樊立群",
     "unit": "字节跳动 调度团队技术负责人", "slots": [
        T("13:30", "14:00", "sched_ext 调度器在 CDN 边缘节点上的实践", [S("龙海涛", "网宿科技 内核工程师")]),
        T("14:00", "14:30", "EEVDF 交互任务时延抖动分析", [S("柴明哲", "腾讯 TencentOS 调度工程师")]),
        T("14:30", "15:00", "Taming Tail Latency with PSI-Driven Load Shedding",
          [S("Kristian Nyberg", "Canonical 内核工程师")]),
        T("15:00", "15:30", "BOLT 与 AutoFDO：内核二进制的反馈优化", [S("夏铭", "百度 编译与性能优化工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "大规模集群中内核 Oops 的自动聚类与归因", [S("苗晓东", "快手 稳定性平台工程师")]),
        T("16:20", "16:50", "lockdep 之外：用 KCSAN 捕获内核数据竞争", [S("鄂立平", "麒麟软件 内核测试工程师")]),
        T("16:50", "17:20", "ftrace 结合 BTF 的函数参数追踪", [S("伍佳慧", "统信软件 调试工具工程师")]),
        T("17:20", "17:50", "CPU 隔离与 nohz_full 在低延迟交易系统中的调优", [S("邹宇峰", "华泰证券 系统工程师")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "head": "硬件架构与异构计算 分论坛", "host": "闵建国",
     "unit": "海光信息 系统软件总监", "slots": [
        T("13:30", "14:00", "RISC-V AIA 中断架构在 Linux 中的支持进展",
          [S("焦文博", "中国科学院软件研究所 智能软件研究中心 助理研究员")]),
        T("14:00", "14:30", "鲲鹏平台 SVE 向量指令在内核态的使用约束", [S("包昊天", "华为 鲲鹏计算内核工程师")]),
        T("14:30", "15:00", "LoongArch 虚拟化扩展 LVZ 的性能剖析",
          [S("封俊杰", "龙芯中科 虚拟化工程师"), S("蒯晓丹", "龙芯中科 内核工程师")]),
        T("15:00", "15:30", "CXL Type 3 Memory Hotplug in Practice",
          [S("屈文韬", "英特尔 平台软件工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "NPU 驱动中 IOMMU SVA 共享虚拟地址的实践", [S("景思源", "寒武纪 驱动架构师")]),
        T("16:15", "16:45", "DPU 卸载场景下 virtio 设备的热插拔与迁移", [S("庹永强", "云豹智能 DPU 软件工程师")]),
        T("16:45", "17:15", "兆芯平台漏洞缓解的性能代价", [S("时雨萱", "兆芯 系统软件工程师")]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "head": "AI 基础设施与 eBPF 应用 分论坛", "host": "苑志刚",
     "unit": "蚂蚁集团 基础设施技术专家", "slots": [
        T("13:30", "14:00", "面向大模型训练集群的 RDMA 网络可观测性建设", [S("邵嘉明", "百度智能云 网络内核工程师")]),
        T("14:00", "14:30", "eBPF 旁路 GPU 任务调度：在推理服务中的尝试", [S("危宏伟", "商汤科技 系统工程师")]),
        T("14:30", "15:00", "BPF Token 与非特权容器中的 eBPF 安全边界",
          [S("车志明", "奇安信 安全研究员"), S("练佳怡", "奇安信 高级安全工程师")]),
        T("15:00", "15:30", "Checkpointing GPU Workloads with CRIU: What the Kernel Needs to Provide",
          [S("管文杰", "阿里云 容器内核工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "KV Cache 卸载到 CXL 内存：内核侧的支持与限制", [S("眭立新", "超聚变 系统软件工程师")]),
        T("16:20", "16:50", "用 bpftrace 与 USDT 追踪 PyTorch 数据加载瓶颈", [S("佟欣然", "京东 AI 基础设施工程师")]),
        T("16:50", "17:20", "基于 eBPF 的大规模集群网络丢包根因分析平台：从内核事件到业务告警",
          [S("尉迟浩", "中国移动云能力中心 网络内核工程师")]),
    ]},
]
# how the afternoon is set: two forums side by side where they fit, the fifth across the page
ROWS = [[0], [1, 2], [3, 4], [5]]
INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 1086 届，由清华大学、英特尔、华为、阿里云、"
         "腾讯云、字节跳动、OPPO、vivo、蚂蚁集团、龙芯中科等企业和高校发起，以\u201c自由，协作，创新\u201d为理念，以开源技术"
         "的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由渤海大学承办，上午为主论坛，下午"
         "五个分论坛同时进行，每届线下参会人数近 600 人，现诚邀广大 Linux 开发者和爱好者参加本次大会。")
UNITS = ["渤海大学", "清华大学", "英特尔", "华为", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "龙芯中科",
         "蚂蚁集团"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "SegmentFault"]
# the 2023 image's own colours: near-black navy, aqua titles and bars, blue 'company job', violet labels
PAL = {"bg": ((8, 14, 34), (3, 6, 16)), "title": (34, 232, 214), "aff": (64, 140, 255), "label": (200, 86, 255),
       "line": (40, 92, 210), "dot": (64, 140, 255), "band": (18, 44, 112), "bar": (34, 232, 214),
       "bar_ink": (4, 20, 30), "num": (30, 200, 190), "glow1": (120, 60, 240), "glow2": (0, 190, 200),
       "shadow": (96, 60, 230), "streak": (48, 40, 120)}
ED = {"forums": FORUMS, "pal": PAL, "year": "3091", "nth": "第1086届中国", "date_text": "10月24日", "city": "锦州",
      "addr": "地址：渤海大学滨海校区 图书馆学术报告厅", "intro": INTRO, "units": UNITS, "media": MEDIA, "seed": 10991,
      "K": 1242 / 1080, "W": 1242}
UNCOMMON = ["冼志远", "殳佳怡", "眭立新", "庹永强", "蒯晓丹", "尉迟浩", "司马瑞"]
LOG = {"aff_wrapped": []}


# ===========================================================================
# Painting.  Full width (主论坛 and the fifth forum): the 2023 timeline, range at the left.  In a column
# (two forums side by side): the same family narrowed, each range on its own line over its title, the
# dot on a vertical line at the column's left edge.
def slot(im, d, ed, X0, X1, LX, CX, y, s):
    """One slot of the full-width timeline (set 103's, without its one-line pair forms)."""
    pal = ed["pal"]
    right = im.size[0] - k(50)
    if s["kind"] == "break" and not is_band(s):  # 开场: a plain row, as 2023 prints it
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
    tl = wrap(d, s["title"], tf, right - CX)
    s["_tl"] = tl
    for ln in tl:
        d.text((CX, y), ln, font=tf, fill=pal["title"])
        y += k(40)
    if s["kind"] == "panel":
        y = panel_a(d, ed, CX, y, s, right)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, ed, CX, y, sp, right)
    for sp in s["sp"]:
        if len(sp.get("_al", [])) > 1:
            LOG["aff_wrapped"].append(sp["name"])
    return y + k(40)


def heading(im, d, ed, X0, X1, y, i, f):
    """A full-width heading: the name (a big fading numeral behind the afternoon ones), the host line
    '主持人：padded name　unit' under it, then 2023's thick bar.  Returns the first slot's title top."""
    pal = ed["pal"]
    if i == 0:
        ny = y + k(40)
        d.text((X0, ny), f["head"], font=F(52, True), fill=WHITE)
    else:
        fading_numeral(im, X0 - k(4), y, "%02d" % i, F(112, True), pal["num"], pal["bg"][0])
        ny = y + k(58)
        nf = F(50, True)
        d.text((X0, ny), fits(d, f["head"], nf, X1 - X0), font=nf, fill=WHITE, stroke_width=k(1),
               stroke_fill=pal["bg"][0])
    base = ny + k(112)
    runs = [("主持人：", F(24), pal["label"]), (pad(f["host"]), F(26, True), WHITE), ("　", F(20), WHITE),
            (f["unit"], F(20), pal["aff"])]
    assert X0 + runs_width(d, runs) <= X1, ("host line too wide", f["name"])
    inline(d, X0, base, runs)
    y = base + k(26)
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    return y + k(18) + k(60)


def col_heading(im, d, ed, x0, x1, y, i, f):
    """A column's heading: a smaller fading numeral and name, '主持人：padded name' and the unit on the line
    under it, a thinner bar.  Returns the first slot's top."""
    pal = ed["pal"]
    fading_numeral(im, x0 - k(4), y, "%02d" % i, F(92, True), pal["num"], pal["bg"][0])
    ny = y + k(46)
    nf = F(34, True)
    d.text((x0, ny), fits(d, f["head"], nf, x1 - x0), font=nf, fill=WHITE, stroke_width=k(1),
           stroke_fill=pal["bg"][0])
    base = ny + k(84)
    inline(d, x0, base, [("主持人：", F(22), pal["label"]), (pad(f["host"]), F(23, True), WHITE)])
    d.text((x0, base + k(30)), fits(d, f["unit"], F(18), x1 - x0), font=F(18), fill=pal["aff"], anchor="ls")
    y = base + k(50)
    d.rectangle([x0, y, x1, y + k(14)], fill=pal["bar"])
    return y + k(14) + k(46)


def col_speaker(d, ed, x, y, sp, right):
    """'padded name  company job' in a column (name 24, company 18 at 1080 measures); a 'company job' too long
    for the column goes on under itself, broken at its printed spaces."""
    nf, af = F(24), F(18)
    name = pad(sp["name"])
    ax = max(x + tw(d, "国国国", nf), x + tw(d, name, nf)) + k(16)
    d.text((x, y + k(27)), name, font=nf, fill=WHITE, anchor="ls")
    lines = split_spaces(d, sp["aff"], af, right - ax)
    sp["_al"] = lines
    if len(lines) > 1:
        LOG["aff_wrapped"].append(sp["name"])
    for j, ln in enumerate(lines):
        d.text((ax, y + k(26) + j * k(25)), ln, font=af, fill=ed["pal"]["aff"], anchor="ls")
    return y + k(35) + (len(lines) - 1) * k(25)


def col_slot(im, d, ed, x0, x1, LX, TX, y, s):
    """One slot in a column: the range (with its dot on the line) on a line of its own, the title under it,
    then the speakers.  A shared talk has neither range nor dot.  Returns the next slot's top."""
    pal = ed["pal"]
    rf = F(26, True)
    if s["kind"] == "break":
        assert is_band(s), s
        top = y - k(14)
        d.rectangle([x0, top, x1, top + k(62)], fill=pal["band"])
        d.ellipse([LX - k(4), top + k(27), LX + k(4), top + k(35)], fill=pal["dot"])
        d.text((TX, top + k(14)), rng(s), font=rf, fill=WHITE)
        d.text((TX + tw(d, rng(s), rf) + k(26), top + k(14)), s["title"], font=rf, fill=pal["title"])
        return top + k(62) + k(42)
    if not s["shared"]:
        d.ellipse([LX - k(4), y + k(16), LX + k(4), y + k(24)], fill=pal["dot"])
        d.text((TX, y), rng(s), font=rf, fill=WHITE)
        y += k(38)
    tf = F(26, True)
    tl = wrap(d, s["title"], tf, x1 - TX)
    s["_tl"] = tl
    for ln in tl:
        d.text((TX, y), ln, font=tf, fill=pal["title"])
        y += k(35)
    y += k(2)
    for sp in s["sp"]:
        y = col_speaker(d, ed, TX, y, sp, x1)
    return y + k(34)


def column(im, d, ed, x0, x1, y, i, f):
    """A forum in a column; returns the y under its closing bar."""
    pal = ed["pal"]
    y = col_heading(im, d, ed, x0, x1, y, i, f)
    LX, TX = x0 + k(6), x0 + k(28)
    top = y
    for s in f["slots"]:
        y = col_slot(im, d, ed, x0, x1, LX, TX, y, s)
    bar = y - k(4)
    d.line([(LX, top - k(40)), (LX, bar)], fill=pal["line"], width=k(2))
    d.rectangle([x0, bar, x1, bar + k(12)], fill=pal["bar"])
    return bar + k(12)


def paint(im, d, ed):
    LOG["aff_wrapped"] = []
    W = im.size[0]
    pal = ed["pal"]
    X0, X1 = k(90), W - k(92)
    logo(d, X0, k(40), pal)
    clk_mark(d, W, ed["year"], pal)
    slanted(im, X0, k(262), ed["nth"], F(80, True), WHITE, pal["shadow"])
    slanted(im, X0, k(352), "Linux 内核开发者大会", F(80, True), WHITE, pal["shadow"])
    bf = F(34, True)  # the date box: an outlined box with ticks, the date, a pin and the city
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
    gap = k(44)
    cw = (X1 - X0 - gap) // 2
    for row in ROWS:
        if len(row) == 1:  # across the page: the 2023 timeline
            i = row[0]
            f = ed["forums"][i]
            y = heading(im, d, ed, X0, X1, y, i, f)
            top = y
            for s in f["slots"]:
                y = slot(im, d, ed, X0, X1, LX, CX, y, s)
            bar = y - k(5) if not is_band(f["slots"][-1]) else y - k(62)
            d.line([(LX, top - k(60)), (LX, bar)], fill=pal["line"], width=k(2))
            d.rectangle([X0, bar, X1, bar + k(14)], fill=pal["bar"])
            y = bar + k(14) + k(130)
        else:  # two forums side by side, each in its own column, each closing with its own bar
            ends = [column(im, d, ed, X0 + j * (cw + gap), X0 + j * (cw + gap) + cw, y, i, ed["forums"][i])
                    for j, i in enumerate(row)]
            y = max(ends) + k(130)
    for label, hol, units in (("支持单位", "SUPPORT", ed["units"]), ("支持媒体", "SUPPORT", ed["media"])):
        outline_text(im, W / 2, y + k(14), hol, F(96, True), tuple(int(c * 0.6) for c in pal["title"]))
        f60 = F(60, True)
        slanted(im, W / 2 - tw(d, label, f60) / 2, y, label, f60, WHITE, pal["shadow"])
        y += k(170)
        bw, gap2, bh = (X1 - X0 - 2 * k(40)) / 3, k(40), k(106)
        for j, u in enumerate(units):
            bx, by = X0 + (j % 3) * (bw + gap2), y + (j // 3) * (bh + k(40))
            d.rectangle([bx, by, bx + bw, by + bh], outline=WHITE, width=k(2))
            ff = F(34, True)
            ctext(d, bx + bw / 2, by + bh / 2 - k(25), fits(d, u, ff, bw - k(20)), ff, WHITE)
        y += ((len(units) + 2) // 3) * (bh + k(40)) + k(110)
    return y + k(60)


def draw(ed):
    global K
    K = ed["K"]
    for f in ed["forums"]:
        for s in f["slots"]:
            s.pop("_tl", None)
    im = two_pass(ed["W"], lambda im, d: paint(im, d, ed), background(ed))
    return im


# ===========================================================================
FILE = "CLK3091全部议程-jinzhou-2023-paired-columns-1242.jpg"
LAYOUT = (
    "CLK 3091 (第1086届), 锦州, 3091-10-24 (JPEG q85, %d x %d): the ONE whole-agenda image of an invented edition "
    "with CLK2025's six forum folder names, in the organisers' 2023 family (CLK2023全部议程.png) and its colours "
    "(near-black navy page, aqua titles and bars, blue 'company job', violet labels, navy break bands), all measures "
    "x 1.15 for the 1242 width. Logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '3091' raised in "
    "nested outlines, a slanted '第1086届中国' / 'Linux 内核开发者大会', an outlined box '10月24日' + pin + '锦州' (no "
    "year, as 2023), '地址：渤海大学滨海校区 图书馆学术报告厅', a sphere, a framed introduction, '大会议程' over a "
    "hollow 'AGENDA'. Headings print the 2023 space before '分论坛' ('内存管理与优化 分论坛' ... 'AI 基础设施与 eBPF 应用 "
    "分论坛'), the afternoon ones over big fading numerals '01'..'05'; under each name the host: '主持人：padded name　"
    "unit' on one line (full width) or '主持人：padded name' with the unit on the line under it (columns); then the "
    "thick bar. 主论坛 ACROSS THE PAGE with the 2023 timeline (range 34 px bold white at the left, a dot on a vertical "
    "line, title 34 px bold aqua, 'padded name' 32 px white + 'company job' 23 px blue): '09:00-09:05 开场' a plain "
    "row, '嘉宾致辞' by 尚国栋 (渤海大学副校长), 韩立伟, 'Making Memory Tiering Work in Production:' / 'Lessons from "
    "Three Years of CXL Deployments' (贝思远), a 茶歇 band 10:25-10:40, 晁振宁 over 温佳琪 (荣耀), 林子墨 ('Linux "
    "内核补丁评审的新实践：从邮件列表到 CI 与' / '自动化测试'), the ROUND TABLE '圆桌论坛：下一个十年，中国内核开发者如何更深地' "
    "/ '走进上游社区' (11:40-12:20) with '主持人：' and '嘉宾：' on lines of their own (宓佳宁; 谷振华, 单雪松, 胥立军, "
    "俞晓岚), a band '12:20-13:30 午餐'. Then TWO FORUMS SIDE BY SIDE in two columns of 491 px: 01 "
    "'内存管理与优化 分论坛' (host 盖俊峰) at the left and 02 '文件系统与存储 分论坛' (host 卓海燕) at the right; then 03 "
    "'调度、性能与调试 分论坛' (host 樊立群) at the left and 04 '硬件架构与异构计算 分论坛' (host 闵建国) at the right. In a "
    "column each range (30 px bold white) stands ON A LINE OF ITS OWN over its title (30 px bold aqua, most wrapped "
    "greedily over two lines), its dot on a vertical line at the column's left edge, then 'padded name  company job' "
    "(28 / 21 px); tea as a band over the column's width; each column closes with its own bar, so the two columns "
    "of a pair end at different heights and their ranges stand at different heights (02 runs in 35-minute slots with "
    "tea 15:15-15:35, 04 has tea 15:30-15:45). 01 prints '14:30-15:30' ONCE over TWO TALKS (栗子健, then 殳佳怡 "
    "without range or dot), as 2023 does; 华思远 over 陶　蕾 (小米). 02: 司马瑞 (compound surname 司马), 'Large Block "
    "Size Support in' / 'ext4: Design and Early Results', 邬　凯. 03: the Latin speaker 'Kristian Nyberg  Canonical "
    "内核工程师' with 'Taming Tail Latency with' / 'PSI-Driven Load Shedding', 夏　铭. 04: 焦文博 whose '中国科学院软件"
    "研究所' / '智能软件研究中心 助理研究员' runs on to a second line under itself, 封俊杰 over 蒯晓丹 (龙芯中科), 'CXL Type 3 "
    "Memory Hotplug in' / 'Practice'. Last 05 'AI 基础设施与 eBPF 应用 分论坛' (host 苑志刚) ACROSS THE PAGE with the "
    "2023 timeline: 车志明 over 练佳怡 (奇安信), 'Checkpointing GPU Workloads with CRIU: What' / 'the Kernel Needs to "
    "Provide', a 茶歇 band, 眭立新, and last '基于 eBPF 的大规模集群网络丢包根因分析平台：从' / '内核事件到业务告警' by "
    "尉迟浩 (compound surname 尉迟). '支持单位' (twelve boxes) and '支持媒体' (six). 6 + 8 + 7 + 8 + 7 + 7 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 97, 100, 103): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('夏　铭' -> '夏铭', '邬　凯' -> '邬凯', '陶　蕾' -> '陶蕾', "
    "'Kristian Nyberg' -> 'KristianNyberg'); host is the chair printed after '主持人：' for the forum (the unit printed "
    "with him is no part of it and no affiliation of any slot), null for breaks; start/end HH:MM on a 24-hour clock; "
    "where two speakers are printed each has his own affiliation, in printed order; affiliations are the printed "
    "'company job' exactly (run-together ones kept so: '渤海大学副校长', '麒麟软件首席内核架构师'); '嘉宾致辞' printed "
    "with a speaker is a talk, '开场' printed without one a break; '午餐' closes 主论坛 as its break; a forum that prints "
    "no break after its last slot ends with it; every forum carries the edition's date. ONE invented edition, CLK 3091 "
    "(第1086届, 锦州, Saturday 3091-10-24), as ONE whole-agenda JPEG (q85, 1242 wide) in the organisers' 2023 family, "
    "one entry holding its six forums in printed order. The date box prints '10月24日' without a year, as 2023's does; "
    "the year is the one raised beside 'CLK'. Headers, logo lines, the introduction, the address, the date box, the "
    "hollow 'AGENDA' and 'SUPPORT', support units and media are never part of a name, a title or a slot. Judgement "
    "calls: (1) FORUM NAMES are CLK2025's six folder names without their leading number and space ('1 主论坛' -> "
    "'主论坛', '6 AI 基础设施与 eBPF 应用分论坛' -> 'AI 基础设施与 eBPF 应用分论坛'), while the headings print the 2023 "
    "image's space before '分论坛' ('内存管理与优化 分论坛', '调度、性能与调试 分论坛', 'AI 基础设施与 eBPF 应用 分论坛'): "
    "that space is no part of the name; the fading numerals '01'..'05' are no part of a name either. (2) TWO FORUMS "
    "SIDE BY SIDE: the afternoon sets 内存管理与优化分论坛 (left) beside 文件系统与存储分论坛 (right), then "
    "调度、性能与调试分论坛 (left) beside 硬件架构与异构计算分论坛 (right), then AI 基础设施与 eBPF 应用分论坛 across the "
    "page. Each column is ONE forum from its heading to its own closing bar: a range, title or speaker belongs to "
    "the column it stands in, never to what stands level with it in the other column; the forums are given left "
    "before right. (3) In a column the range stands on a line of its OWN above its title (with the dot on the "
    "column's line) and belongs to the talk under it; on the full-width parts it stands at the left of its title, "
    "as 2023. (4) HOSTS: the name after '主持人：' under each heading; the unit beside it (full width) or on the line "
    "under it (columns) is his unit, no affiliation. (5) A RANGE PRINTED ONCE FOR TWO TALKS (内存管理与优化分论坛, "
    "'14:30-15:30' over 栗子健's talk and 殳佳怡's, the second without range or dot, as 2023 prints them) gives BOTH "
    "talks that range; the second is its own talk, not a second speaker of the first. (6) The round table is ONE "
    "slot of kind 'panel' (as sets 66, 79, 86, 90, 97, 100, 103): the moderator 宓佳宁 first, then the four guests "
    "in printed order, one affiliation each; '主持人：' and '嘉宾：' under its title are labels; the moderator is not "
    "the forum's host (冼志远). (7) Two speakers of one talk on two lines each have the 'company job' of their own "
    "line (晁振宁/温佳琪, 华思远/陶蕾, 封俊杰/蒯晓丹, 车志明/练佳怡). (8) A 'company job' too long for its column runs "
    "on to a second line under itself (焦文博: '中国科学院软件研究所' / '智能软件研究中心 助理研究员'); it is ONE "
    "affiliation, the break standing for the printed space: '中国科学院软件研究所 智能软件研究中心 助理研究员'. (9) Titles "
    "wrapped over two lines are ONE title, the unbroken string: Latin words joined with a space (also after a Latin "
    "colon: 'Making Memory Tiering Work in Production: Lessons from Three Years of CXL Deployments'), a break between a "
    "Chinese character and a Latin word keeps the printed space ('…在线定位：从' / 'kmemleak 到 page_owner' -> "
    "'slab 内存泄漏的在线定位：从 kmemleak 到 page_owner'), and Chinese broken greedily inside a word, as 2023 breaks "
    "most titles, is joined without anything ('…CI 与' / '自动化测试', '…共享虚' / '拟地址的实践', '…的热' / "
    "'插拔与迁移'). (10) 司马瑞 and 尉迟浩 (compound surnames 司马 and 尉迟) are one speaker each. Uncommon surnames: "
    "冼 (冼志远, host of 主论坛), 殳 (殳佳怡), 眭 (眭立新), 庹 (庹永强), 蒯 (蒯晓丹), and the compound 司马 and 尉迟. "
    "The Latin speaker prints a Latin company with a Chinese job: 'Canonical 内核工程师'.")


def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(poster):
    assert [f["name"] for f in FORUMS] == CLK2025_FORUMS
    assert [i for row in ROWS for i in row] == list(range(6))
    for f in FORUMS:  # the heading prints the name with a space before '分论坛' (主论坛 as is)
        assert f["head"].replace(" 分论坛", "分论坛") == f["name"], f["head"]
    everybody = people(FORUMS)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
    assert saturday(poster["date"]), poster["date"]
    titles, shared = [], 0
    for f in poster["forums"]:
        assert f["date"] == poster["date"]
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
            assert (s["host"] is None) == (s["kind"] == "break"), s
            assert len(s["speakers"]) == len(s["affiliations"]), s
            if s["kind"] == "talk":
                assert 1 <= len(s["speakers"]) <= 2, s
            if s["kind"] == "panel":
                assert s["speakers"][0] != s["host"] and len(s["speakers"]) == 5, s
        assert f["slots"][0]["start"] == ("09:00" if f["forum"] == "主论坛" else "13:30"), f["forum"]
    assert shared == 1, shared
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv")
    if listings:
        text = "".join(open(p, encoding="utf-8").read() for p in listings)
        for n in everybody:
            assert plain(n) not in text, n
        for t in titles:
            assert t not in text, t
    slots = [s for f in FORUMS for s in f["slots"]]
    assert FORUMS[0]["slots"][-1]["title"] == "午餐"
    assert [s["kind"] for s in slots].count("panel") == 1
    assert sum(s["kind"] == "talk" and len(s["sp"]) == 2 for s in slots) == 4
    names = [sp["name"] for s in slots for sp in s["sp"]]
    assert [n for n in names if re.match(r"[A-Za-z]", n)] == ["Kristian Nyberg"]
    assert sum(bool(re.fullmatch(r"[A-Za-z0-9 :'_\-]+", s["title"])) for s in slots if s["kind"] == "talk") == 6
    assert all(1 <= len(s.get("_tl", [1])) <= 2 for s in slots)
    assert LOG["aff_wrapped"] == ["焦文博"], LOG
    for n in UNCOMMON:
        assert n in everybody, n
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def main():
    im = draw(ED)
    assert im.size[0] == 1242 and 10000 <= im.size[1] <= 14000, im.size
    path = os.path.join(HERE, FILE)
    im.save(path, "JPEG", quality=85)
    print(FILE, "%d x %d" % im.size, os.path.getsize(path))
    poster = {"file": FILE, "layout": LAYOUT % im.size, "date": DATE, "forums": forum_truth(FORUMS, DATE)}
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in poster["forums"])
    assert poster["layout"].endswith(counts + " talks."), counts
    n = check(poster)
    wrapped = [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]
    print("scored talks", n, "wrapped titles", len(wrapped))
    assert 40 <= n <= 55, n
    truth = {"written": "2026-12-07", "by": "a helper that had not read the code", "note": NOTE,
             "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
