"""Draw the twenty-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  Two posters are in
the organisers' own family, as a new year's designer would draw them: a tall
full-conference image of CLK 2036 whose ranges are SEVEN-SEGMENT digits in
boxes (as the organisers' 2024 forum posters print them), with company and job
run together after the name and two talks under one range (as CLK 2023 did);
and a light forum poster of CLK 2037 that gives the agenda first and then a
'嘉宾介绍' section repeating each speaker with photo, 'company job', the title
once more ('演讲主题：') and a biography.  Two are designs not seen before: the
main forum of CLK 2037 as two horizontal timelines (morning, afternoon) across
a landscape page, with hour marks on the axes and cards above and below; and
a long screenshot of the conference's mini-program, whose cells print the
start big over the end, under a status bar with the phone's clock.
"""
import io
import json
import os
import random
import re

from PIL import Image, ImageDraw, ImageFilter, ImageFont

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


TOKEN = re.compile(r"[（(]?[A-Za-z0-9_\-./:+#'&]+[,)）]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”"


def wrap(d, text, f, maxw):
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        if not cur or tw(d, cur + tok.rstrip(), f) <= maxw or tok[0] in NO_LINE_START:
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


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


def hgrad(d, x0, y0, x1, y1, c1, c2):
    for x in range(int(x0), int(x1)):
        t = (x - x0) / max(1, x1 - x0 - 1)
        d.line([(x, y0), (x, y1)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))


def finish(im, seed, noise, blur, quality):
    """Seeded grain, a slight blur and a JPEG round trip: a poster re-shared in a chat group."""
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    im = Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


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


def T(start, end, title, speakers, host):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(n) for n, _ in s["sp"]],
            "affiliations": [a for _, a in s["sp"]], "host": s["host"] and plain(s["host"])}


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def photo(im, cx, cy, r, seed, ring=None):
    """A round portrait placeholder: seeded backdrop, hair, face and jacket (no real person)."""
    rnd = random.Random(seed)
    s = 2 * r * 2  # drawn at twice the size, then shrunk, for smooth edges
    tile = Image.new("RGB", (s, s), (0, 0, 0))
    td = ImageDraw.Draw(tile)
    b0 = rnd.choice([(214, 224, 236), (230, 230, 226), (206, 218, 232), (236, 228, 220)])
    for yy in range(s):
        k = yy / s * 30
        td.line([(0, yy), (s, yy)], fill=tuple(max(0, int(c - k)) for c in b0))
    jacket = rnd.choice([(40, 48, 70), (70, 70, 74), (30, 60, 110), (90, 40, 40), (220, 222, 226), (60, 90, 70)])
    skin = rnd.choice([(236, 200, 172), (226, 186, 156), (240, 210, 186), (214, 176, 146)])
    hair = rnd.choice([(24, 22, 22), (40, 32, 28), (60, 48, 40)])
    td.ellipse([s * 0.12, s * 0.70, s * 0.88, s * 1.35], fill=jacket)
    td.rectangle([s * 0.42, s * 0.55, s * 0.58, s * 0.75], fill=skin)
    td.ellipse([s * 0.30, s * 0.22, s * 0.70, s * 0.68], fill=skin)
    if rnd.random() < 0.4:  # longer hair
        td.chord([s * 0.26, s * 0.14, s * 0.74, s * 0.80], 180, 360, fill=hair)
        td.rectangle([s * 0.26, s * 0.46, s * 0.33, s * 0.72], fill=hair)
        td.rectangle([s * 0.67, s * 0.46, s * 0.74, s * 0.72], fill=hair)
    else:
        td.chord([s * 0.28, s * 0.16, s * 0.72, s * 0.56], 180, 360, fill=hair)
    if rnd.random() < 0.5:  # glasses
        for gx in (0.36, 0.52):
            td.ellipse([s * gx, s * 0.42, s * (gx + 0.12), s * 0.50], outline=(30, 30, 30), width=max(2, s // 90))
    tile = tile.resize((2 * r, 2 * r), Image.LANCZOS)
    mask = Image.new("L", (4 * r, 4 * r), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, 4 * r - 1, 4 * r - 1], fill=255)
    mask = mask.resize((2 * r, 2 * r), Image.LANCZOS)
    im.paste(tile, (int(cx - r), int(cy - r)), mask)
    if ring:
        ImageDraw.Draw(im).ellipse([cx - r - 6, cy - r - 6, cx + r + 6, cy + r + 6], outline=ring, width=4)


# ===========================================================================
# 1. CLK 2036 (第31届) full conference, 厦门, 2036-10-25, a tall image in the
#    organisers' manner (JPEG): burgundy-to-black, logo lines, the host
#    university, '第31届中国 / Linux内核开发者大会', a date box, the address,
#    an introduction paragraph, '大会议程' over a hollow 'AGENDA'.  Then 主论坛
#    and, after a band '下午　三个分论坛同时进行', three parallel forums, each
#    headed '▶▶ name' with '主持人：name' at the right and the unit under it.
#    Each range sits in a box at the left in SEVEN-SEGMENT digits (as the
#    organisers' 2024 forum posters print them), a dot on a line, the title
#    right of the line and 'name  company+job' (company and job run together,
#    as the real posters print them; two-character names padded to three).
#    One block of 内存管理 holds two talks under one range, as CLK 2023 did.
SEG = {"0": "abcdef", "1": "bc", "2": "abged", "3": "abgcd", "4": "fgbc", "5": "afgcd", "6": "afgedc",
       "7": "abc", "8": "abcdefg", "9": "abcdfg", "-": "g"}


def lcd(d, x, y, text, h, fill, slant=0.12):
    """Seven-segment digits, slanted, drawn as polygons: returns the width used."""
    w, t, g = h * 0.56, h * 0.13, h * 0.02
    base = y + h

    def sl(pts):
        return [(px + (base - py) * slant, py) for px, py in pts]

    cx = x
    for ch in text:
        if ch == ":":
            s = t * 1.05
            for yy in (y + h * 0.30, y + h * 0.72):
                d.polygon(sl([(cx + s * 0.4, yy - s / 2), (cx + s * 1.4, yy - s / 2),
                              (cx + s * 1.4, yy + s / 2), (cx + s * 0.4, yy + s / 2)]), fill=fill)
            cx += s * 1.9
            continue
        x0, x1, ym = cx, cx + w, y + h / 2

        def hs(yc, x0=x0, x1=x1):
            return [(x0 + g + t / 2, yc), (x0 + g + t, yc - t / 2), (x1 - g - t, yc - t / 2), (x1 - g - t / 2, yc),
                    (x1 - g - t, yc + t / 2), (x0 + g + t, yc + t / 2)]

        def vs(xc, a, b):
            return [(xc, a + g + t / 2), (xc + t / 2, a + g + t), (xc + t / 2, b - g - t), (xc, b - g - t / 2),
                    (xc - t / 2, b - g - t), (xc - t / 2, a + g + t)]

        shapes = {"a": hs(y + t / 2), "g": hs(ym), "d": hs(y + h - t / 2),
                  "f": vs(x0 + t / 2, y, ym), "e": vs(x0 + t / 2, ym, y + h),
                  "b": vs(x1 - t / 2, y, ym), "c": vs(x1 - t / 2, ym, y + h)}
        for sname in SEG[ch]:
            d.polygon(sl(shapes[sname]), fill=fill)
        cx += w + h * 0.17
    return cx - x


def shared(s):
    """A talk printed under the previous talk's range, without a range of its own."""
    s["shared"] = True
    return s


HA = ("林　峰", "厦门大学信息学院 教授")
SECTIONS_A = [
    ("主论坛", HA[0], HA[1], "会场：学生活动中心报告厅", [
        T("09:00", "09:15", "开幕致辞", [("陈建国", "厦门大学副校长")], HA[0]),
        T("09:15", "09:55", "Linux 内核中的 Rust：从实验特性到默认启用", [("王海涛", "华为Linux内核首席专家")], HA[0]),
        T("09:55", "10:35", "面向大模型推理的内核内存管理新挑战",
          [("李　明", "阿里云内核研发工程师"), ("冼俊杰", "阿里云高级技术专家")], HA[0]),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "sched_ext 在手机场景的大规模落地", [("张　宇", "vivo内核专家")], HA[0]),
        T("11:30", "12:10", "openEuler 内核社区十年：回顾与展望", [("刘晓东", "麒麟软件首席架构师")], HA[0]),
        B("12:10", "13:30", "午餐"),
    ]),
    ("内存管理分论坛", "赵国华", "南京大学计算机学院 副教授", "会场：学生活动中心 201", [
        T("13:30", "14:00", "Folio 转换的最后一公里：page cache 与匿名页", [("杨　帆", "字节跳动Linux内核工程师")], "赵国华"),
        T("14:00", "15:00", "memcg 回收的公平性问题与改进", [("郑　凯", "OPPO高级底层软件工程师")], "赵国华"),
        shared(T("14:00", "15:00", "Swap 分层：zswap 与 CXL 内存的协同", [("黄　静", "腾讯Linux内核研发工程师")], "赵国华")),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "16:00", "Understanding Memory Tiering Performance on CXL Systems",
          [("周文斌", "英特尔高级软件工程师")], "赵国华"),
    ]),
    ("虚拟化与云原生分论坛", "孙立军", "浙江大学计算机学院 教授", "会场：学生活动中心 202", [
        T("13:30", "14:10", "KVM 脏页跟踪在热迁移中的优化", [("吴　磊", "蚂蚁集团系统工程师")], "孙立军"),
        T("14:10", "14:50", "轻量虚拟机的启动加速：Kata 与 Firecracker 对比", [("徐楠楠", "京东云架构师")], "孙立军"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "机密计算：TDX 与 CSV 虚拟机的内核支持", [("马俊峰", "海光信息内核工程师")], "孙立军"),
        T("15:50", "16:30", "cgroup v2 迁移中的兼容性问题与应对", [("朱　琳", "美团基础架构工程师")], "孙立军"),
    ]),
    ("安全与可靠性分论坛", "郭晓明", "中国科学院软件研究所 研究员", "会场：学生活动中心 203", [
        T("13:30", "14:10", "Landlock 沙箱在桌面发行版中的应用", [("何志远", "统信软件安全工程师")], "郭晓明"),
        T("14:10", "14:50", "用 Rust 重写 Binder 驱动：安全性与性能", [("罗　婷", "小米内核工程师")], "郭晓明"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "内核模糊测试：syzkaller 之后是什么", [("高　远", "中国科学院软件研究所助理研究员")], "郭晓明"),
        T("15:50", "16:30", "kernel CFI 与 ROP 防护在 arm64 上的实现", [("梁宏伟", "荣耀系统安全专家")], "郭晓明"),
    ]),
]
INTRO_A = [
    "“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）举办至今已是第31届，由清华大学、华为、阿里云、"
    "腾讯、字节跳动、OPPO、vivo、蚂蚁集团、龙芯中科等单位发起，以“自由 协作 创新”为理念，以开源技术的推广和"
    "普及为使命，促进 Linux 内核开发爱好者相互交流、共同进步。",
    "本次大会由厦门大学信息学院承办，麒麟软件、统信软件、海光信息、荣耀、小米、美团、京东云、openEuler 社区、"
    "OpenCloudOS 社区等单位共同支持。上午为主论坛，下午三个分论坛同时进行。",
]
SUPPORT_A = ["华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "蚂蚁集团", "麒麟软件", "统信软件",
             "海光信息", "openEuler", "OpenCloudOS"]
GOLD, AMBER, CREAM = (255, 196, 92), (255, 166, 64), (255, 236, 206)


def logo_lines(d, x, y, fill, sub):
    """The conference's logo block: a flame-like mark, 'CHINA LINUX KERNEL' and the Chinese name."""
    for i in range(4):
        d.arc([x + i * 6, y + i * 4, x + 60 - i * 6, y + 110 - i * 4], 200, 340, fill=fill, width=4)
    d.line([(x + 30, y + 20), (x + 30, y + 100)], fill=fill, width=4)
    d.text((x + 80, y + 22), "CHINA LINUX KERNEL", font=font(26, True), fill=fill)
    d.text((x + 80, y + 60), "中国Linux内核开发者大会", font=font(24), fill=sub)


def range_box(d, x, y, s):
    """The range in seven-segment digits, in an outlined box whose width does not depend on the digits."""
    d.rounded_rectangle([x, y - 8, x + 320, y + 60], radius=8, outline=AMBER, width=2)
    assert lcd(d, x + 20, y + 7, s["start"] + "-" + s["end"], 38, AMBER) < 290


def paint_lcd(im, d):
    W = im.size[0]
    X0, X1 = 50, W - 50
    LX, TX = 410, 448  # the line, the titles
    white, grey = (255, 255, 255), (214, 190, 186)
    logo_lines(d, X0, 50, white, (240, 220, 214))
    rtext(d, X1, 62, "厦门大学信息学院", font(34, True), white)
    rtext(d, X1, 112, "School of Informatics, Xiamen University", font(18), (240, 220, 214))
    d.text((X0 + 10, 250), "第31届中国", font=font(104, True), fill=GOLD)
    d.text((X0 + 10, 380), "Linux内核开发者大会", font=font(90, True), fill=white)
    d.rounded_rectangle([X0 + 10, 540, X0 + 520, 618], radius=14, outline=GOLD, width=3)
    d.text((X0 + 40, 554), "2036年10月25日 · 厦门", font=font(38, True), fill=white)
    d.text((X0 + 10, 670), "地址：厦门大学翔安校区", font=font(42, True), fill=white)
    d.text((X0 + 10, 730), "学生活动中心报告厅", font=font(42, True), fill=white)
    y = 850
    fp = font(29)
    box_top = y
    y += 50
    for para in INTRO_A:
        for ln in wrap(d, para, fp, X1 - X0 - 120):
            d.text((X0 + 60, y), ln, font=fp, fill=CREAM)
            y += 50
        y += 16
    y += 34
    for (ax, ay), (bx, by) in (((X0, box_top), (1, 1)), ((X1, box_top), (-1, 1)), ((X0, y), (1, -1)), ((X1, y), (-1, -1))):
        d.line([(ax, ay), (ax + 70 * bx, ay)], fill=GOLD, width=6)
        d.line([(ax, ay), (ax, ay + 70 * by)], fill=GOLD, width=6)
    y += 90
    d.rounded_rectangle([W / 2 - 230, y, W / 2 + 230, y + 110], radius=20, fill=(150, 30, 40), outline=GOLD, width=3)
    ctext(d, W / 2, y + 14, "大会议程", font(66, True), white)
    y += 130
    d.text((W / 2 - tw(d, "AGENDA", font(60, True)) / 2, y), "AGENDA", font=font(60, True), fill=(60, 12, 22),
           stroke_width=2, stroke_fill=(200, 120, 90))
    y += 140
    ftitle, fname, faff = font(34, True), font(32, True), font(23)
    for si, (fname_, host, unit, room, slots) in enumerate(SECTIONS_A):
        if si == 1:
            d.rectangle([0, y, W, y + 110], fill=(120, 24, 34))
            hgrad(d, 0, y, W, y + 110, (140, 28, 40), (70, 14, 24))
            ctext(d, W / 2, y + 26, "下午　三个分论坛同时进行", font(46, True), GOLD)
            y += 180
        # section head
        d.polygon([(X0, y + 16), (X0 + 22, y + 36), (X0, y + 56)], fill=GOLD)
        d.polygon([(X0 + 26, y + 16), (X0 + 48, y + 36), (X0 + 26, y + 56)], fill=GOLD)
        d.text((X0 + 66, y), fname_, font=font(58, True), fill=white)
        lab = "主持人："
        hw = tw(d, lab, font(30, True)) + tw(d, host, font(30, True))
        d.text((X1 - hw, y + 8), lab, font=font(30, True), fill=GOLD)
        rtext(d, X1, y + 8, host, font(30, True), white)
        rtext(d, X1, y + 54, unit, font(21), grey)
        y += 92
        d.text((X0 + 66, y), room, font=font(24), fill=grey)
        y += 52
        hgrad(d, X0, y, X1, y + 8, GOLD, (150, 30, 40))
        y += 60
        line_top = y
        for s in slots:
            if s["kind"] == "break":
                d.rectangle([0, y - 14, W, y + 66], fill=(96, 22, 32))
                hgrad(d, 0, y - 14, W, y + 66, (110, 26, 36), (60, 12, 20))
                range_box(d, X0, y, s)
                d.ellipse([LX - 9, y + 18, LX + 9, y + 36], fill=GOLD)
                d.text((TX, y + 4), s["title"], font=font(36, True), fill=white)
                y += 120
                continue
            if not s.get("shared"):
                range_box(d, X0, y, s)
                d.ellipse([LX - 9, y + 18, LX + 9, y + 36], fill=GOLD)
            for ln in wrap_nicely(d, s["title"], ftitle, X1 - TX):
                d.text((TX, y), ln, font=ftitle, fill=(255, 216, 150))
                y += 52
            y += 8
            for name, aff in s["sp"]:
                d.text((TX, y), name, font=fname, fill=white)
                d.text((TX + tw(d, name, fname) + 22, y + 8), aff, font=faff, fill=AMBER)
                y += 50
            y += 44
        d.line([(LX, line_top + 40), (LX, y - 70)], fill=(150, 70, 70), width=2)
        y += 50
    # foot: support units, QR code, organisers
    ctext(d, W / 2, y, "支持单位", font(44, True), GOLD)
    y += 90
    bw, bh, gap = 300, 70, 30
    for k, name in enumerate(SUPPORT_A):
        bx = W / 2 - (3 * bw + 2 * gap) / 2 + (k % 3) * (bw + gap)
        by = y + (k // 3) * (bh + 24)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=10, fill=(255, 248, 240))
        ctext(d, bx + bw / 2, by + 14, name, font(30, True), (120, 24, 34))
    y += 4 * (bh + 24) + 60
    qrcode(d, W / 2 - 150, y, 300, 2601)
    y += 330
    ctext(d, W / 2, y, "扫码报名", font(52, True), white)
    y += 84
    ctext(d, W / 2, y, "现场名额有限，报名审核通过后凭短信入场", font(28), grey)
    y += 100
    ctext(d, W / 2, y, "主办：中国 Linux 内核开发者大会组委会　承办：厦门大学信息学院", font(26), grey)
    return y + 130


def bg_lcd(w, h):
    im = vgrad(w, h, (92, 14, 30), (16, 6, 10))
    d = ImageDraw.Draw(im)
    for i in range(10):
        d.arc([500 - i * 30, 150 - i * 22, 1300 + i * 30, 900 + i * 22], 120, 260, fill=(120 - i * 4, 30, 44), width=3)
    for i in range(40):
        x = 30 + (i * 97) % (w - 60)
        d.line([(x, 800 - (i * 53) % 300), (x, 800)], fill=(110, 30, 40), width=2)
    return im


def poster_lcd():
    im = two_pass(1080, paint_lcd, bg_lcd)
    im = finish(im, 2602, 0.006, 0.3, 90)
    forums = [{"forum": sec[0], "slots": [truth_slot(s) for s in sec[4]]} for sec in SECTIONS_A]
    return im, forums


# ===========================================================================
# 2. 文件系统与存储分论坛 of CLK 2037 (第32届), 天津, 2037-10-25 morning, a
#    forum poster in the organisers' family by a new designer (PNG, light):
#    a deep-blue header (logo lines, the host school, '第32届中国 / Linux内核
#    开发者大会', a date pill, the address), the forum in a white banner, a
#    host card with a photo, then the agenda first: white rows with the range
#    at the left and the bold title and 'name　company　job' at the right;
#    then a second section '嘉宾介绍', one card per speaker in another order
#    of reading: a photo (left and right in turn), the name on a plate,
#    'company job', '演讲主题：title' (the title once more, without a time)
#    and a biography full of companies, years and counts.
FB = "文件系统与存储分论坛"
HB, HB_AFF = "宋佳", "天津大学智能与计算学部 副教授"
SLOTS_B = [
    T("09:00", "09:30", "EROFS 在容器镜像分发中的按需加载", [("亓文博", "阿里云 操作系统研发工程师")], HB),
    T("09:30", "10:00", "Btrfs RAID 条带树的设计与实现", [("韩雪", "西部数据 存储软件工程师")], HB),
    T("10:00", "10:30", "FUSE over io_uring：让用户态文件系统更快", [("蒋凌云", "字节跳动 存储工程师")], HB),
    B("10:30", "10:45", "茶歇"),
    T("10:45", "11:15", "NVMe 多路径与 io_uring passthrough 性能实践", [("彭志刚", "三星半导体 高级工程师")], HB),
    T("11:15", "11:45", "ext4 在线碎片整理的重构", [("曹宇航", "华为 内核工程师")], HB),
    T("11:45", "12:15", "面向 SMR 硬盘的 zonefs 实践", [("魏晨", "浪潮信息 存储架构师")], HB),
]
BIO_B = {
    "亓文博": "阿里云操作系统研发工程师，EROFS 文件系统贡献者。2019 年起参与龙蜥社区内核开发，主导容器镜像"
              "按需加载方案在公共云上的落地，相关补丁已合入 Linux 6.x 主线。",
    "韩雪": "西部数据存储软件工程师，长期从事 Btrfs 与 zoned 块设备相关开发，曾参与 SMR 硬盘固件与主机软件的"
            "协同设计，在 FAST、USENIX ATC 等会议发表论文多篇。",
    "蒋凌云": "字节跳动存储工程师，负责公司内部分布式文件系统客户端与 FUSE 内核模块的优化，推动 FUSE over "
              "io_uring 在数万台服务器上部署，单机元数据性能提升 3 倍。",
    "彭志刚": "三星半导体高级工程师，NVMe 驱动与 io_uring 社区贡献者，专注于高性能存储 I/O 栈。此前任职于国内"
              "某存储厂商，拥有十余年存储系统研发经验。",
    "曹宇航": "华为内核工程师，ext4 与 jbd2 维护团队成员，主要关注文件系统元数据一致性与在线运维能力，累计向"
              "上游提交补丁 150 余个。",
    "魏晨": "浪潮信息存储架构师，负责海量冷数据存储平台的软件架构，在叠瓦式（SMR）硬盘的主机管理模式与 "
            "zonefs 的工程落地方面有丰富实践。",
}
BLUE, NAVY, SKY = (28, 92, 210), (18, 40, 96), (234, 243, 255)


def section_title(d, W, y, zh, en):
    ctext(d, W / 2, y, zh, font(52, True), NAVY)
    ctext(d, W / 2, y + 72, en, font(24, True), (120, 150, 200))
    d.line([(W / 2 - 200, y + 40), (W / 2 - tw(d, zh, font(52, True)) / 2 - 30, y + 40)], fill=BLUE, width=3)
    d.line([(W / 2 + tw(d, zh, font(52, True)) / 2 + 30, y + 40), (W / 2 + 200, y + 40)], fill=BLUE, width=3)
    return y + 140


def paint_guests(im, d):
    W = im.size[0]
    X0, X1 = 60, W - 60
    white = (255, 255, 255)
    # header on deep blue (painted by the background); text only here
    logo_lines(d, X0, 50, white, (210, 226, 255))
    rtext(d, X1, 62, "天津大学智能与计算学部", font(32, True), white)
    rtext(d, X1, 108, "College of Intelligence and Computing, TJU", font(18), (210, 226, 255))
    d.text((X0, 240), "第32届中国", font=font(100, True), fill=white)
    d.text((X0, 366), "Linux内核开发者大会", font=font(86, True), fill=white)
    d.rounded_rectangle([X0, 520, X0 + 560, 596], radius=38, fill=(255, 255, 255))
    d.text((X0 + 40, 532), "2037年10月25日 · 天津", font=font(38, True), fill=BLUE)
    d.text((X0, 640), "地址：天津大学北洋园校区 55 教 A101", font=font(36, True), fill=white)
    d.rounded_rectangle([X0 + 100, 760, X1 - 100, 880], radius=60, fill=white, outline=(120, 180, 255), width=4)
    ctext(d, W / 2, 778, FB, font(62, True), BLUE)
    y = 960
    # host card
    d.rounded_rectangle([X0, y, X1, y + 260], radius=24, fill=white)
    photo(im, X0 + 140, y + 130, 96, 2611, ring=(120, 170, 240))
    d.text((X0 + 280, y + 50), "论坛主持人", font=font(28, True), fill=(120, 150, 200))
    d.text((X0 + 280, y + 96), HB, font=font(52, True), fill=NAVY)
    d.text((X0 + 280, y + 172), HB_AFF, font=font(28), fill=(90, 100, 120))
    y += 340
    y = section_title(d, W, y, "论坛议程", "AGENDA")
    ft, fn, fa, fr = font(34, True), font(28, True), font(26), font(32, True)
    TXL = X0 + 270
    for s in SLOTS_B:
        rng = "%s-%s" % (s["start"], s["end"])
        if s["kind"] == "break":
            d.rounded_rectangle([X0, y, X1, y + 80], radius=16, fill=(214, 230, 252))
            d.text((X0 + 30, y + 20), rng, font=fr, fill=BLUE)
            d.text((TXL, y + 18), s["title"], font=font(34, True), fill=(90, 110, 150))
            y += 104
            continue
        lines = wrap_nicely(d, s["title"], ft, X1 - 30 - TXL)
        h = 36 + 52 * len(lines) + 10 + 44 * len(s["sp"]) + 26
        d.rounded_rectangle([X0, y, X1, y + h], radius=16, fill=white)
        d.rectangle([X0, y + 20, X0 + 6, y + h - 20], fill=BLUE)
        d.text((X0 + 30, y + 36), rng, font=fr, fill=BLUE)
        d.line([(TXL - 26, y + 30), (TXL - 26, y + h - 30)], fill=(210, 222, 240), width=2)
        yy = y + 30
        for ln in lines:
            d.text((TXL, yy), ln, font=ft, fill=NAVY)
            yy += 52
        yy += 10
        for name, aff in s["sp"]:
            co, job = aff.split(" ", 1)
            d.text((TXL, yy), name, font=fn, fill=(40, 48, 70))
            d.text((TXL + tw(d, name, fn) + 24, yy + 2), "%s　%s" % (co, job), font=fa, fill=(110, 120, 140))
            yy += 44
        y += h + 24
    y += 80
    y = section_title(d, W, y, "嘉宾介绍", "SPEAKERS")
    fb, fplate = font(25), font(44, True)
    k = 0
    for s in SLOTS_B:
        if s["kind"] != "talk":
            continue
        name, aff = s["sp"][0]
        left = k % 2 == 0  # photo left, then right
        PX = X0 + 150 if left else X1 - 150
        TX0, TX1 = (X0 + 320, X1 - 40) if left else (X0 + 40, X1 - 320)
        theme = wrap(d, "演讲主题：" + s["title"], font(28, True), TX1 - TX0)
        bio = wrap(d, BIO_B[name], fb, TX1 - TX0)
        h = max(40 + 70 + 50 + 42 * len(theme) + 16 + 40 * len(bio) + 40, 340)
        d.rounded_rectangle([X0, y, X1, y + h], radius=24, fill=white, outline=(200, 218, 245), width=2)
        photo(im, PX, y + 160, 110, 2620 + k, ring=(120, 170, 240))
        d.rounded_rectangle([TX0 - 10, y + 34, TX0 + tw(d, name, fplate) + 40, y + 104], radius=12, fill=BLUE)
        d.text((TX0 + 15, y + 40), name, font=fplate, fill=white)
        yy = y + 120
        d.text((TX0, yy), aff, font=font(28), fill=(70, 80, 100))
        yy += 50
        for ln in theme:
            d.text((TX0, yy), ln, font=font(28, True), fill=BLUE)
            yy += 42
        yy += 16
        for ln in bio:
            d.text((TX0, yy), ln, font=fb, fill=(100, 108, 124))
            yy += 40
        y += h + 36
        k += 1
    y += 60
    qrcode(d, W / 2 - 140, y, 280, 2612)
    y += 310
    ctext(d, W / 2, y, "扫码报名", font(48, True), NAVY)
    y += 80
    ctext(d, W / 2, y, "主办：中国 Linux 内核开发者大会组委会　承办：天津大学智能与计算学部", font(26), (100, 108, 124))
    return y + 120


def bg_guests(w, h):
    im = vgrad(w, h, (226, 238, 255), (246, 250, 255))
    d = ImageDraw.Draw(im)
    top = vgrad(w, 900, (16, 48, 140), (40, 110, 225))
    im.paste(top, (0, 0))
    d.pieslice([-300, 700, w + 300, 1100], 0, 180, fill=(40, 110, 225))
    for i in range(14):
        x = 620 + i * 34
        d.line([(x, 120 + (i * 37) % 160), (x, 480)], fill=(70, 140, 240), width=2)
        d.ellipse([x - 5, 475, x + 5, 485], fill=(120, 190, 255))
    for i in range(6):
        d.arc([640 - i * 20, 180 - i * 20, 1000 + i * 20, 540 + i * 20], 200, 340, fill=(80, 150, 245), width=2)
    return im


def poster_guests():
    im = two_pass(1080, paint_guests, bg_guests)
    return im, [{"forum": FB, "slots": [truth_slot(s) for s in SLOTS_B]}]


# ===========================================================================
# 3. 主论坛 of CLK 2037 on 2037-10-24 as two HORIZONTAL timelines across a
#    landscape page (2400 px wide, PNG): '上午' and '下午', each an axis on
#    one scale (px per minute) whose coloured segments are the slots; whole
#    hours are marked above the axis ('09:00', '10:00' ... in small grey,
#    times that start no slot); each talk hangs a card above or below the
#    axis in turn (range, bold title, per speaker the name and under it
#    'company job'), tied to its segment by a thin line.  Breaks are grey
#    segments with a tag '茶歇 10:30-10:45' just under the axis; 午餐 is a
#    band between the two rows.
FC = "主论坛"
HC, HC_AFF = "戴振华", "天津大学智能与计算学部 教授"
SLOTS_C = [
    T("09:00", "09:10", "开幕致辞", [("任伟", "天津大学 副校长")], HC),
    T("09:10", "09:50", "内核开发的下一个十年：AI 辅助开发与社区治理", [("田志勇", "华为 首席专家")], HC),
    T("09:50", "10:30", "RISC-V 服务器平台的内核支持现状",
      [("邱雨", "中国科学院软件研究所 副研究员"), ("侯振宇", "平头哥半导体 高级专家")], HC),
    B("10:30", "10:45", "茶歇"),
    T("10:45", "11:25", "PREEMPT_RT 全部合入主线之后", [("段建平", "中兴通讯 内核专家")], HC),
    T("11:25", "12:05", "eBPF 可观测性平台在运营商网络中的实践", [("钟丽", "中国电信 云网工程师")], HC),
    B("12:05", "13:30", "午餐"),
    T("13:30", "14:10", "从 SLAB 到 SLUB：内存分配器的十年演进", [("董磊", "腾讯 内核技术专家")], HC),
    T("14:10", "14:50", "大规模 GPU 集群的内核调优实践", [("夏天明", "百度 内核技术负责人")], HC),
    B("14:50", "15:05", "茶歇"),
    T("15:05", "15:45", "io_uring 之后：异步 I/O 接口的下一步", [("潘晓雯", "快手 系统工程师")], HC),
    T("15:45", "16:25", "国产操作系统内核的长期维护实践", [("邓超", "统信软件 内核研发总监")], HC),
]
TEAL_C, ORANGE_C, INK_C, GREY_C = (0, 128, 128), (232, 110, 40), (30, 36, 44), (120, 128, 138)


def minutes(hm):
    h, m = map(int, hm.split(":"))
    return 60 * h + m


def card_c(d, s, x, y, w, paint, colour):
    """A talk's card (range, title, speakers); returns its height.  Drawn only when paint is true."""
    ft, fr, fn, fa = font(30, True), font(28, True), font(26, True), font(22)
    lines = wrap_nicely(d, s["title"], ft, w - 44)
    h = 22 + 40 + 44 * len(lines) + 8 + 70 * len(s["sp"]) + 14
    if paint:
        d.rounded_rectangle([x, y, x + w, y + h], radius=14, fill=(255, 255, 255), outline=colour, width=3)
        d.rectangle([x + 14, y, x + w - 14, y + 6], fill=colour)
        yy = y + 22
        d.text((x + 22, yy), "%s-%s" % (s["start"], s["end"]), font=fr, fill=colour)
        yy += 40
        for ln in lines:
            d.text((x + 22, yy), ln, font=ft, fill=INK_C)
            yy += 44
        yy += 8
        for name, aff in s["sp"]:
            d.text((x + 22, yy), name, font=fn, fill=INK_C)
            d.text((x + 22, yy + 36), aff, font=fa, fill=GREY_C)
            yy += 70
    return h


def poster_htimeline():
    W = 2400
    AX0, AX1 = 250, W - 90
    CW = 500
    rows = [("上午", "MORNING", [s for s in SLOTS_C if minutes(s["start"]) < 12 * 60]),
            ("下午", "AFTERNOON", [s for s in SLOTS_C if minutes(s["start"]) >= 13 * 60 + 30])]
    lunch = [s for s in SLOTS_C if s["title"] == "午餐"][0]
    rows[0] = (rows[0][0], rows[0][1], [s for s in rows[0][2] if s is not lunch])
    span = max(minutes(r[2][-1]["end"]) - minutes(r[2][0]["start"]) for r in rows)
    ppm = (AX1 - AX0) / span
    probe = ImageDraw.Draw(Image.new("RGB", (8, 8)))

    def plan(slots):
        """Each talk's side (above, below in turn), card box and segment; the row's reach above and below."""
        t0 = minutes(slots[0]["start"])
        out, k, up_h, down_h = [], 0, 0, 0
        for s in slots:
            sx0 = AX0 + (minutes(s["start"]) - t0) * ppm
            sx1 = AX0 + (minutes(s["end"]) - t0) * ppm
            if s["kind"] == "break":
                out.append((s, None, sx0, sx1, None))
                continue
            up = k % 2 == 0
            k += 1
            cx = (sx0 + sx1) / 2
            x = min(max(cx - CW / 2, 60), W - 60 - CW)
            h = card_c(probe, s, x, 0, CW, False, TEAL_C)
            if up:
                up_h = max(up_h, h)
            else:
                down_h = max(down_h, h)
            out.append((s, up, sx0, sx1, (x, h)))
        for i, a in enumerate(out):  # same-side cards must not overlap
            for b in out[i + 1:]:
                if a[1] is not None and a[1] == b[1]:
                    assert a[4][0] + CW + 20 <= b[4][0], (a[0]["title"], b[0]["title"])
        return t0, out, up_h, down_h

    plans = [plan(r[2]) for r in rows]
    GAP = 90  # from the axis to a card
    HEAD = 360
    LUNCH = 150
    row_h = [p[2] + 2 * GAP + p[3] for p in plans]
    H = HEAD + 60 + row_h[0] + LUNCH + row_h[1] + 200
    im = Image.new("RGB", (W, H), (247, 248, 246))
    d = ImageDraw.Draw(im)
    # header
    d.rectangle([0, 0, W, HEAD - 60], fill=(16, 52, 60))
    for i in range(30):
        d.line([(1500 + i * 32, 0), (1300 + i * 32, HEAD - 60)], fill=(24, 66, 76), width=3)
    d.text((90, 50), "CLK 2037", font=font(110, True), fill=(255, 255, 255))
    d.text((660, 62), "第32届中国 Linux 内核开发者大会", font=font(50, True), fill=(255, 255, 255))
    d.text((660, 134), "主论坛 · 全天议程", font=font(40, True), fill=(255, 176, 110))
    d.text((90, 208), "2037 年 10 月 24 日（周六）　天津大学北洋园校区 大学生活动中心", font=font(34), fill=(200, 226, 226))
    rtext(d, W - 90, 80, "主持人：" + HC, font(40, True), (255, 255, 255))
    rtext(d, W - 90, 140, HC_AFF, font(28), (200, 226, 226))
    y = HEAD + 60
    fhour = font(22)
    for ri, ((zh, en, slots), (t0, items, up_h, down_h)) in enumerate(zip(rows, plans, strict=True)):
        if ri == 1:
            d.rounded_rectangle([90, y, W - 90, y + LUNCH - 50], radius=20, fill=(255, 236, 220))
            ctext(d, W / 2, y + 24, "%s-%s　%s" % (lunch["start"], lunch["end"], lunch["title"]), font(40, True), ORANGE_C)
            y += LUNCH
        ay = y + up_h + GAP
        d.text((90, ay - 52), zh, font=font(52, True), fill=INK_C)
        d.text((92, ay + 10), en, font=font(20, True), fill=GREY_C)
        d.line([(AX0, ay), (AX1, ay)], fill=(200, 204, 208), width=6)
        k = 0
        for s, up, sx0, sx1, box in items:
            if s["kind"] == "break":
                d.rectangle([sx0 + 2, ay - 9, sx1 - 2, ay + 9], fill=(190, 194, 198))
                tag = "%s %s-%s" % (s["title"], s["start"], s["end"])
                ftag = font(20, True)
                tw_ = tw(d, tag, ftag) + 20
                cx = (sx0 + sx1) / 2
                d.rounded_rectangle([cx - tw_ / 2, ay + 22, cx + tw_ / 2, ay + 56], radius=8, fill=(226, 228, 230))
                ctext(d, cx, ay + 25, tag, ftag, (90, 96, 104))
                continue
            colour = TEAL_C if k % 2 == 0 else ORANGE_C
            k += 1
            d.rectangle([sx0 + 2, ay - 9, sx1 - 2, ay + 9], fill=colour)
            x, h = box
            cy0 = ay - GAP - h if up else ay + GAP
            cx = (sx0 + sx1) / 2
            d.line([(cx, ay - 9 if up else ay + 9), (cx, cy0 + h if up else cy0)], fill=colour, width=2)
            d.ellipse([cx - 7, (ay - GAP if up else ay + GAP) - 7, cx + 7, (ay - GAP if up else ay + GAP) + 7], fill=colour)
            card_c(d, s, x, cy0, CW, True, colour)
        t_end = minutes(slots[-1]["end"])
        for hm in range((t0 + 59) // 60 * 60, t_end + 1, 60):
            hx = AX0 + (hm - t0) * ppm
            d.line([(hx, ay - 22), (hx, ay - 8)], fill=GREY_C, width=2)
            label = "%02d:00" % (hm // 60)
            lw = tw(d, label, fhour)
            d.rectangle([hx - lw / 2 - 4, ay - 52, hx + lw / 2 + 4, ay - 24], fill=(247, 248, 246))
            ctext(d, hx, ay - 52, label, fhour, GREY_C)
        y += up_h + 2 * GAP + down_h
    y += 50
    d.line([(90, y), (W - 90, y)], fill=(210, 214, 218), width=2)
    d.text((90, y + 30), "主办：中国 Linux 内核开发者大会组委会　　承办：天津大学智能与计算学部　　议程如有调整，以大会官网为准",
           font=font(26), fill=GREY_C)
    assert y + 130 <= H, (y, H)
    return im, [{"forum": FC, "slots": [truth_slot(s) for s in SLOTS_C]}]


# ===========================================================================
# 4. A long screenshot of the conference's mini-program (1080 px wide, JPEG
#    as a chat app recompresses it): the phone's status bar ('14:32', a
#    battery '86'), a navigation bar '大会日程', a banner, day tabs
#    ('10月24日 周六', '10月25日 周日' chosen), track chips (one chosen:
#    '网络与 eBPF'), a forum card (name, '主持人：name　unit', the room), then
#    one cell per slot: the start big and the end small under it at the
#    left, the bold title, an avatar and 'name · company job', tags, a
#    status pill on the two first ('已结束', '进行中'), a chevron at the
#    right; the 茶歇 a grey cell without chevron; '— 没有更多了 —' and the
#    tab bar at the foot.
FD_ = "网络与 eBPF 分论坛"
HD, HD_AFF = "尹海波", "清华大学 副研究员"
SLOTS_D = [
    T("13:30", "14:10", "BPF token 与非特权 eBPF 的安全边界", [("汪子豪", "奇安信 安全研究员")], HD),
    T("14:10", "14:50", "Netkit：面向容器的高性能虚拟网卡", [("石磊", "字节跳动 网络工程师")], HD),
    T("14:50", "15:30", "Scaling XDP on Multi-Queue SmartNICs", [("Martin Keller", "Red Hat Principal Engineer")], HD),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:25", "TCP 零拷贝发送在存储网络中的应用", [("邵雨萌", "华为 网络协议栈工程师")], HD),
    T("16:25", "17:05", "eBPF 调度器与网络软中断的协同优化", [("贾浩", "腾讯 内核工程师")], HD),
    T("17:05", "17:45", "MPTCP 在移动终端上的落地实践", [("龚雪", "OPPO 系统工程师")], HD),
]
TAGS_D = [["eBPF", "安全"], ["容器网络"], ["XDP", "English"], [], ["TCP"], ["eBPF", "调度"], ["MPTCP", "移动"]]
STATUS_D = ["已结束", "进行中"]
APP_BLUE, APP_BG, APP_INK, APP_GREY = (22, 100, 255), (244, 245, 248), (25, 28, 34), (134, 140, 150)


def chevron(d, x, y, size, fill):
    d.line([(x, y - size), (x + size, y), (x, y + size)], fill=fill, width=4, joint="curve")


def paint_app(im, d):
    W = im.size[0]
    # status bar
    d.rectangle([0, 0, W, 96], fill=(255, 255, 255))
    d.text((60, 24), "14:32", font=font(36, True), fill=APP_INK)
    for i in range(4):  # signal bars
        d.rectangle([W - 300 + i * 16, 60 - i * 9, W - 290 + i * 16, 66], fill=APP_INK)
    for r in (30, 20, 10):  # wifi
        d.arc([W - 220 - r, 64 - r, W - 220 + r, 64 + r], 225, 315, fill=APP_INK, width=5)
    d.rounded_rectangle([W - 170, 36, W - 90, 70], radius=8, outline=APP_INK, width=3)
    d.rectangle([W - 88, 46, W - 82, 60], fill=APP_INK)
    d.rounded_rectangle([W - 165, 41, W - 110, 65], radius=5, fill=APP_INK)
    d.text((W - 158, 38), "86", font=font(20, True), fill=(255, 255, 255))
    # navigation bar
    d.rectangle([0, 96, W, 210], fill=(255, 255, 255))
    d.line([(74, 130), (50, 153), (74, 176)], fill=APP_INK, width=5)
    ctext(d, W / 2, 126, "大会日程", font(40, True), APP_INK)
    d.rounded_rectangle([W - 230, 118, W - 40, 188], radius=35, outline=(220, 222, 226), width=2)
    for i in range(3):
        d.ellipse([W - 200 + i * 18, 148, W - 190 + i * 18, 158], fill=APP_INK)
    d.line([(W - 135, 130), (W - 135, 176)], fill=(220, 222, 226), width=2)
    d.ellipse([W - 106, 133, W - 66, 173], outline=APP_INK, width=4)
    d.ellipse([W - 92, 147, W - 80, 159], fill=APP_INK)
    d.line([(0, 210), (W, 210)], fill=(232, 234, 238), width=2)
    # banner
    y = 240
    ban = Image.new("RGB", (W - 72, 220))
    bd = ImageDraw.Draw(ban)
    hgrad(bd, 0, 0, W - 72, 220, (22, 100, 255), (90, 60, 230))
    for i in range(6):
        bd.ellipse([W - 370 + i * 30, 20 + i * 10, W - 100 + i * 4, 220 + i * 30], outline=(130, 150, 255), width=2)
    mask = Image.new("L", ban.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, W - 73, 219], radius=24, fill=255)
    im.paste(ban, (36, y), mask)
    d.text((80, y + 34), "CLK 2037", font=font(60, True), fill=(255, 255, 255))
    d.text((80, y + 116), "第32届中国Linux内核开发者大会", font=font(34, True), fill=(255, 255, 255))
    d.text((80, y + 166), "天津大学北洋园校区", font=font(26), fill=(220, 226, 255))
    y += 260
    # day tabs
    d.rectangle([0, y, W, y + 120], fill=(255, 255, 255))
    for k, (day, wd) in enumerate((("10月24日", "周六"), ("10月25日", "周日"))):
        cx = W / 4 + k * W / 2
        chosen = k == 1
        ctext(d, cx, y + 18, day, font(34, True) if chosen else font(34), APP_INK if chosen else APP_GREY)
        ctext(d, cx, y + 64, wd, font(24), APP_BLUE if chosen else APP_GREY)
        if chosen:
            d.rounded_rectangle([cx - 40, y + 104, cx + 40, y + 112], radius=4, fill=APP_BLUE)
    y += 120
    d.line([(0, y), (W, y)], fill=(232, 234, 238), width=2)
    # track chips (the last is cut by the screen's edge)
    y += 24
    x = 36
    for chip in ("全部", "主论坛", "文件系统与存储", "网络与 eBPF", "内存管理"):
        f = font(28, True) if chip == "网络与 eBPF" else font(28)
        cw = tw(d, chip, f) + 56
        if chip == "网络与 eBPF":
            d.rounded_rectangle([x, y, x + cw, y + 64], radius=32, fill=APP_BLUE)
            d.text((x + 28, y + 12), chip, font=f, fill=(255, 255, 255))
        else:
            d.rounded_rectangle([x, y, x + cw, y + 64], radius=32, fill=(255, 255, 255), outline=(222, 224, 230), width=2)
            d.text((x + 28, y + 12), chip, font=f, fill=(80, 86, 96))
        x += cw + 20
    y += 100
    # forum card
    d.rounded_rectangle([36, y, W - 36, y + 220], radius=20, fill=(255, 255, 255))
    d.rectangle([36, y + 30, 44, y + 90], fill=APP_BLUE)
    d.text((70, y + 26), FD_, font=font(42, True), fill=APP_INK)
    d.text((70, y + 96), "主持人：%s　%s" % (HD, HD_AFF), font=font(30), fill=(70, 76, 86))
    d.ellipse([72, y + 160, 92, y + 180], outline=APP_GREY, width=3)
    d.line([(82, y + 180), (82, y + 192)], fill=APP_GREY, width=3)
    d.text((104, y + 150), "55 教 B201（二楼东侧）", font=font(28), fill=APP_GREY)
    y += 250
    ft, fs, fst, fen = font(34, True), font(27), font(40, True), font(28)
    n = 0
    for s in SLOTS_D:
        if s["kind"] == "break":
            d.rounded_rectangle([36, y, W - 36, y + 130], radius=20, fill=(234, 236, 240))
            d.text((66, y + 18), s["start"], font=fst, fill=APP_GREY)
            d.text((70, y + 72), s["end"], font=fen, fill=APP_GREY)
            d.line([(210, y + 28), (210, y + 102)], fill=(214, 216, 222), width=2)
            d.text((240, y + 40), s["title"], font=font(36, True), fill=APP_GREY)
            y += 154
            continue
        lines = wrap(d, s["title"], ft, W - 36 - 100 - 240)
        tags = TAGS_D[SLOTS_D.index(s)]
        h = 34 + 50 * len(lines) + 16 + 58 + (58 if tags or n < len(STATUS_D) else 0) + 24
        d.rounded_rectangle([36, y, W - 36, y + h], radius=20, fill=(255, 255, 255))
        d.text((66, y + 30), s["start"], font=fst, fill=APP_INK)
        d.text((70, y + 84), s["end"], font=fen, fill=APP_GREY)
        d.line([(210, y + 36), (210, y + h - 36)], fill=(232, 234, 238), width=2)
        yy = y + 30
        for ln in lines:
            d.text((240, yy), ln, font=ft, fill=APP_INK)
            yy += 50
        yy += 16
        for name, aff in s["sp"]:
            photo(im, 262, yy + 22, 22, 2640 + n)
            d.text((298, yy + 4), "%s · %s" % (name, aff), font=fs, fill=(90, 96, 106))
            yy += 58
        tx = 240
        if n < len(STATUS_D):
            st = STATUS_D[n]
            col = (150, 154, 162) if st == "已结束" else (20, 170, 90)
            sw = tw(d, st, font(22, True)) + 28
            d.rounded_rectangle([tx, yy + 6, tx + sw, yy + 44], radius=8, fill=col)
            d.text((tx + 14, yy + 10), st, font=font(22, True), fill=(255, 255, 255))
            tx += sw + 16
        for tag in tags:
            tw_ = tw(d, tag, font(22)) + 28
            d.rounded_rectangle([tx, yy + 6, tx + tw_, yy + 44], radius=8, fill=(232, 240, 255))
            d.text((tx + 14, yy + 10), tag, font=font(22), fill=APP_BLUE)
            tx += tw_ + 16
        chevron(d, W - 90, y + h / 2, 16, (190, 194, 202))
        y += h + 24
        n += 1
    y += 30
    ctext(d, W / 2, y, "— 没有更多了 —", font(26), APP_GREY)
    y += 100
    # tab bar
    d.rectangle([0, y, W, y + 150], fill=(255, 255, 255))
    d.line([(0, y), (W, y)], fill=(228, 230, 234), width=2)
    for k, lab in enumerate(("首页", "日程", "嘉宾", "我的")):
        cx = W / 8 + k * W / 4
        col = APP_BLUE if lab == "日程" else APP_GREY
        d.rounded_rectangle([cx - 24, y + 22, cx + 24, y + 66], radius=10, outline=col, width=4)
        ctext(d, cx, y + 78, lab, font(24, True) if lab == "日程" else font(24), col)
    y += 150
    d.rounded_rectangle([W / 2 - 140, y - 26, W / 2 + 140, y - 16], radius=5, fill=APP_INK)
    return y


def poster_app():
    im = two_pass(1080, paint_app, lambda w, h: Image.new("RGB", (w, h), APP_BG))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90)
    buf.seek(0)
    return Image.open(buf).convert("RGB"), [{"forum": FD_, "slots": [truth_slot(s) for s in SLOTS_D]}]


NOTE = (
    "Same conventions as posters-blind-4..25: speakers are names as printed with spaces removed (padded "
    "names '李　明' -> '李明'; the foreign name 'Martin Keller' -> 'MartinKeller'); host is the chair printed for "
    "the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; titles exclude "
    "tags; where two or more speakers are printed each has his own affiliation, given per speaker; "
    "affiliations keep a printed job title, joined to the company by one space where the poster prints one; "
    "break titles are as printed; '开幕致辞' with a speaker is a talk. Two conferences: CLK 2036 (第31届, 厦门, "
    "2036-10-25) only on the seven-segment poster, and CLK 2037 (第32届, 天津) on the other three, which show "
    "three different parts of it (主论坛 on 2037-10-24, 文件系统与存储分论坛 on the morning of 2037-10-25, "
    "网络与 eBPF 分论坛 on its afternoon); no talk is on two posters. Added or stressed here: "
    "(1) the CLK 2036 poster (a JPEG) draws every range, of talks and breaks, in slanted SEVEN-SEGMENT digits "
    "(polygons, not type) inside an outlined box left of the line; a '1' is two right-hand segments, so it "
    "leaves a gap at its left. Its speaker line prints company and job run together without a space "
    "('字节跳动Linux内核工程师', 'vivo内核专家', '厦门大学副校长'), as the organisers' posters do: the affiliation "
    "is given as printed, without a space. Two-character names are padded to three with a full-width space "
    "(李　明, 张　宇, 杨　帆, 郑　凯, 黄　静, 吴　磊, 朱　琳, 罗　婷, 高　远; the host 林　峰). In 内存管理分论坛 ONE "
    "range box '14:00-15:00' is followed by two talks (郑凯's, then 黄静's, the second without a box or dot of "
    "its own), as CLK 2023's poster does: both talks get 14:00-15:00. The main forum's talk 09:55-10:35 has "
    "two speakers (李明, 冼俊杰). Each forum head prints '▶▶ name', '主持人：name' at the right with the unit "
    "under it, and a line '会场：学生活动中心 201' (not part of the forum name); the three afternoon forums run "
    "in parallel, so their times repeat; 午餐 (12:10-13:30) closes 主论坛 and is one of its slots; the band "
    "'下午　三个分论坛同时进行' is not a slot. "
    "(2) The agenda-then-speakers poster gives in its agenda rows the range, the title and 'name　company　job' "
    "(affiliation 'company job'); under them a section '嘉宾介绍' repeats every speaker in a card: photo, name "
    "plate, 'company job', '演讲主题：' with the talk's title again (no time), and a biography naming other "
    "companies and events, years ('2019 年') and counts. These cards are not slots and add no talk: the "
    "forum has the six talks of the agenda. The host is printed in a card: '论坛主持人', a photo, '宋佳', the unit. "
    "(3) The horizontal-timeline poster (2400 px wide) draws the main forum as two axes, '上午' (09:00-12:05) "
    "and '下午' (13:30-16:25), on one scale; the whole-hour labels above the axes ('09:00', '10:00', '11:00', "
    "'12:00', '14:00', '15:00', '16:00') are a scale, not slots; each talk's card, above or below its segment "
    "in turn, prints its own range, the title and per speaker the name over 'company job'; the 茶歇 are grey "
    "tags under the axis ('茶歇 10:30-10:45'); 午餐 is the band '12:05-13:30　午餐' between the two rows, a break "
    "of the forum; the talk 09:50-10:30 has two speakers (邱雨, 侯振宇); '主持人：戴振华' is in the header at the "
    "right, the unit under it. "
    "(4) The app screenshot (a long capture, JPEG): the status bar's clock '14:32' and battery '86' are not "
    "programme times; the day tabs ('10月24日 周六', '10月25日 周日', the second chosen) and the track chips ('全部', "
    "'主论坛', '文件系统与存储', '网络与 eBPF' chosen, '内存管理' cut by the edge) are navigation, not forums of this "
    "picture; the forum card prints '网络与 eBPF 分论坛' and '主持人：尹海波　清华大学 副研究员' and the room; each cell "
    "prints the START big and the END small under it ('13:30' over '14:10'), the title, an avatar and "
    "'name · company job' (affiliation 'company job'); the pills '已结束', '进行中' and the tags ('eBPF', '安全', "
    "'English', ...) are not part of the title; the 茶歇 cell prints '15:30' over '15:45' and '茶歇'; '— 没有更多了 —' "
    "and the tab bar ('首页', '日程', '嘉宾', '我的') are not slots. Uncommon surnames 冼 (CLK 2036) and 亓 (文件系统与存储)."
)

LAYOUTS = {
    "lcd-ranges-full-conference.jpg": (
        "CLK 2036 (第31届) full conference, 厦门, 2036-10-25, a tall image (1080 px wide, JPEG q90 round trip) "
        "in the organisers' manner on burgundy to black: logo lines, the host school, '第31届中国 / Linux内核开发者大会', "
        "a date box, the address, an introduction paragraph, '大会议程' over a hollow 'AGENDA'; then 主论坛 and, "
        "after a band '下午　三个分论坛同时进行', three parallel forums, each headed '▶▶ name' with '主持人：name' and "
        "the unit at the right and a room line; ranges in slanted seven-segment digits in boxes left of a line "
        "with dots, the title right of the line, 'name  company+job' (no space between company and job; "
        "two-character names padded); two talks under one range box in 内存管理分论坛; support-unit boxes and a "
        "QR code at the foot. Uncommon surname 冼.",
        "2036-10-25", poster_lcd),
    "agenda-then-speakers-forum.png": (
        "文件系统与存储分论坛 of CLK 2037 (第32届), 天津, 2037-10-25 morning (1080 px wide): a deep-blue header "
        "(logo lines, school, '第32届中国 / Linux内核开发者大会', a date pill, the address), the forum in a white "
        "banner, a host card with a photo; '论坛议程 AGENDA': white rows, range at the left, bold title and "
        "'name　company　job' at the right, a 茶歇 row; then '嘉宾介绍 SPEAKERS': one card per speaker (photo left and "
        "right in turn, name plate, 'company job', '演讲主题：title' without a time, a biography). Uncommon surname 亓.",
        "2037-10-25", poster_guests),
    "horizontal-timeline-main.png": (
        "主论坛 of CLK 2037, 2037-10-24, landscape (2400 px wide): a dark header ('CLK 2037', the conference, "
        "'主论坛 · 全天议程', date and place, '主持人：戴振华' with the unit at the right), then two horizontal "
        "timelines, '上午' and '下午', on one scale: coloured segments per slot, whole-hour labels above the axis, "
        "each talk's card above or below in turn (range, title, name over 'company job'), grey 茶歇 segments "
        "with tags under the axis, a '12:05-13:30　午餐' band between the rows.",
        "2037-10-24", poster_htimeline),
    "app-schedule-screenshot.jpg": (
        "Long screenshot of the conference's mini-program (1080 px wide, JPEG q90 then q88): status bar "
        "('14:32', battery), navigation bar '大会日程', a CLK 2037 banner, day tabs (10月25日 周日 chosen), track "
        "chips ('网络与 eBPF' chosen), a forum card (网络与 eBPF 分论坛, '主持人：尹海波　清华大学 副研究员', the room), "
        "one cell per slot: start big over end small at the left, bold title, avatar and 'name · company job', "
        "status pills and tags, a chevron; a grey 茶歇 cell; '— 没有更多了 —' and the tab bar. Foreign speaker "
        "Martin Keller (English title).",
        "2037-10-25", poster_app),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        if fn.endswith(".jpg"):
            im.save(os.path.join(HERE, fn), "JPEG", quality=88)
        else:
            im.save(os.path.join(HERE, fn), optimize=False)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
