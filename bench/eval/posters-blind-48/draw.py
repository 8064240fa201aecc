"""Draw the forty-eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the fourteen pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
WebP and PNG only through Pillow's own encoders at fixed settings.  The set is
about an edition's agenda as its repository holds it in the organisers' own
manner of 2024: ONE POSTER PER FORUM (主论坛 plus two or three afternoon
forums), every poster of an edition under the same header, for FOUR editions,
so that no talk is on two pictures:
  CLK 2181 (four WebP posters, the organisers' royal blue): the range in a tab
    over a cut-corner frame; in the frame the title, then per speaker a
    biography at the left, a ringed photo at the right, the NAME ON A PLATE
    under the photo and 'company job' in small type UNDER THE PLATE.  The last
    poster repeats the edition's date and venue at its foot.
  CLK 2182 (three PNG posters with an alpha channel, the organisers' near
    black): rows with the range in an outlined PILL LEFT of the title and
    'name  company job' under it.  One forum has TWO CO-HOSTS (two '主持人：'
    lines), a speakerless '自由讨论' slot and a 60-minute talk among 30-minute
    ones.
  CLK 2183 (four WebP posters, 1242 px, violet): every forum head gives a
    '出品人' and a '主持人' side by side; each talk a card whose LEFT column is
    the photo with the name, the company and the job under it, and whose right
    column holds the range pill, the title and a two-line biography.  A
    speakerless 'Q&A' slot; a speaker printed 'Leo Shen 沈立文'.
  CLK 2184 (three PNG posters, deep teal and gold): cards with the range in a
    filled pill left of the title, then per speaker a photo, the name, 'company
    job' and a two-line biography.
"""
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
    """Seeded grain blended in: the texture of a designer's export."""
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


def T(start, end, title, speakers, host):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job, bio=None, truth=None):
    """A speaker as printed: name, company, job title (None where none is printed), biography (None where
    the design prints none) and, where the printed name is more than the person's name ('Leo Shen 沈立文'),
    the name the truth gives."""
    return (name, company, job, bio, truth or plain(name))


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    return sp[1] if sp[2] is None else sp[1] + " " + sp[2]


def truth_slot(s):
    """A slot as truth.json gives it; biographies, plates and photos are nowhere in it."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [sp[4] for sp in s["sp"]], "affiliations": [aff(sp) for sp in s["sp"]],
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


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


def number_box(d, x, y, text, fill, ink, h=48):
    """A slanted box holding a forum's number ('01'), as the organisers' headings have it."""
    f = font(round(h * 0.62), True)
    w = tw(d, text, f) + h * 0.9
    sl = h * 0.28
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], fill=fill)
    ctext(d, x + sl / 2 + w / 2, y + h * 0.12, text, f, ink)
    return x + w + sl


def photo(d, x, y, s, bg, fg, ring=None):
    """A portrait placeholder: a grey silhouette in a circle, optionally in a ring; no initials."""
    if ring:
        d.ellipse([x - 12, y - 12, x + s + 12, y + s + 12], outline=ring, width=2)
        d.ellipse([x - 5, y - 5, x + s + 5, y + s + 5], outline=ring, width=4)
    d.ellipse([x, y, x + s, y + s], fill=bg)
    d.ellipse([x + s * 0.35, y + s * 0.2, x + s * 0.65, y + s * 0.52], fill=fg)
    d.pieslice([x + s * 0.2, y + s * 0.58, x + s * 0.8, y + s * 1.18], 180, 360, fill=fg)


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


MEALS = ("茶歇", "午餐")  # the breaks that get a cup


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def units_grid(d, X0, X1, y, units, cols, bh, gap, box, ink, size):
    """Support units as white word-mark boxes, cols to a row.  Returns the y under the grid."""
    bw = (X1 - X0 - (cols - 1) * gap) / cols
    for i, u in enumerate(units):
        bx, by = X0 + (i % cols) * (bw + gap), y + (i // cols) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=box)
        ctext(d, bx + bw / 2, by + (bh - size) / 2 - size * 0.12, u, font(size, True), ink)
    return y + ((len(units) + cols - 1) // cols) * (bh + gap)


# ===========================================================================
# Edition A. CLK 2181 (第176届), 厦门, Saturday 2181-10-27: four WebP posters in
# the organisers' ROYAL BLUE of 2024, one per forum, all under one header
# (logo lines, '厦门大学' / 'XIAMEN UNIVERSITY', '第176届中国' over
# 'Linux内核开发者大会', a ring 'CLK / 2181', a white date pill, the address).
# The forum's name in a glowing box, a host bar '>>> 主持人：name <<<' with the
# unit under it.  Each talk: chevrons, the range in a filled TAB over a
# cut-corner frame; in the frame the bold title, then per speaker the biography
# at the left (three to five lines), a ringed round photo at the right, the
# name on a slanted PLATE under the photo and 'company job' small UNDER the
# plate.  Breaks: a tab over a plate with the label.  The foot: sponsors,
# supporters, a QR code, a slogan; the LAST poster also repeats the date and
# the venue at its very foot.
DATE_A = "2181-10-27"
POSTERS_A = [
    ("xiamen-blue-1-main-name-plates.webp", "主论坛", ("陈国华", "厦门大学信息学院 教授"), [
        T("09:00", "09:15", "开幕致辞",
          [S("林文斌", "厦门大学", "副校长",
             "厦门大学信息学院教授、博士生导师，长期从事计算机网络与分布式系统研究，主持国家自然科学基金重点项目"
             "多项，福建省计算机学会理事长。")], "陈国华"),
        T("09:15", "09:55", "Linux 内核社区的下一个十年：维护者、CI 与 AI 辅助审查",
          [S("王建军", "华为", "首席架构师",
             "华为操作系统内核实验室首席架构师，2008 年起参与 Linux 内核开发，先后负责 ARM64 平台支持与内核质量"
             "体系建设，推动华为成为主线内核的主要贡献企业之一。现为 openEuler 技术委员会委员。")], "陈国华"),
        T("09:55", "10:35", "从 4 KB 到 large folio：页缓存演进的来龙去脉",
          [S("杨柳", "阿里云", "内核技术专家",
             "阿里云操作系统团队内核技术专家，龙蜥社区内核 SIG 核心成员，长期从事页缓存与文件系统性能优化，"
             "向上游提交 folio 相关补丁六十余个。此前在英特尔开源技术中心从事存储驱动开发。")], "陈国华"),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "国产 CPU 平台的内核上游化实践",
          [S("张涛", "飞腾信息", "系统软件部部长",
             "飞腾信息技术有限公司系统软件部负责人，带领团队完成多款服务器与桌面处理器的 Linux 内核适配，"
             "推动相关驱动进入主线内核。"),
           S("周敏", "麒麟软件", "内核工程师",
             "麒麟软件操作系统研发中心内核工程师，负责国产平台的电源管理与 ACPI 支持，2019 年硕士毕业于"
             "国防科技大学。")], "陈国华"),
        B("11:30", "13:30", "午餐"),
    ]),
    ("xiamen-blue-2-memory-name-plates.webp", "内存管理分论坛", ("敖志强", "厦门大学 副教授"), [
        T("13:30", "14:00", "mTHP swap-in 与 zswap 在移动设备上的取舍",
          [S("罗浩", "OPPO", "内核专家",
             "OPPO 内核团队内存方向负责人，长期优化 Android 设备的内存回收、zram 与大页分配，在 LSF/MM 上"
             "介绍过移动端的大页实践，是多个 mTHP 补丁的作者。")], "敖志强"),
        T("14:00", "14:30", "memdesc 与 struct page 瘦身：进展与挑战",
          [S("何静", "华为", None,
             "华为操作系统内核实验室工程师，从事内存管理与 slab 分配器开发，参与 struct page 拆分相关补丁的"
             "评审与测试，2020 年毕业于北京大学。")], "敖志强"),
        B("14:30", "14:45", "茶歇"),
        T("14:45", "15:15", "DAMON 驱动的冷热页识别与主动回收",
          [S("孙鹏", "字节跳动", "高级工程师",
             "字节跳动 STE 团队内存方向工程师，负责数据中心内存超卖与主动回收方案，在百万台服务器上落地了"
             "基于 DAMON 的冷内存识别，此前在网易从事数据库内核开发。")], "敖志强"),
    ]),
    ("xiamen-blue-3-storage-name-plates.webp", "文件系统与存储分论坛", ("许丽", "厦门大学 副教授"), [
        T("13:30", "14:00", "EROFS 在 AI 模型分发中的按需加载",
          [S("唐亮", "阿里云", "技术专家",
             "EROFS 的主要开发者之一，负责容器镜像加速与 fscache 按需加载，2019 年起参与上游社区，"
             "在 AI 模型分发场景中推动了 EROFS 的大规模使用。")], "许丽"),
        T("14:00", "14:30", "XFS 在线修复（online fsck）的生产实践",
          [S("吴昊", "腾讯", "TencentOS 存储专家",
             "腾讯 TencentOS 内核团队存储方向负责人，维护云上数万台存储服务器的文件系统，"
             "曾在 EMC 中国研发中心从事存储阵列固件开发。")], "许丽"),
    ]),
    ("xiamen-blue-4-sched-date-at-foot.webp", "调度与锁分论坛", ("邱宏", "中国科学院软件研究所 研究员"), [
        T("13:30", "14:00", "EEVDF 之后：slice 调优与 latency-nice 的现状",
          [S("赵磊", "英特尔", "软件工程师",
             "英特尔亚太研发中心 Linux 性能团队成员，负责 0-Day CI 的调度器性能回归分析，"
             "累计向社区报告并协助修复回归问题两百余个。")], "邱宏"),
        T("14:00", "14:30", "sched_ext 在云原生混部中的实践",
          [S("马丽", "蚂蚁集团", "技术专家",
             "蚂蚁集团操作系统团队技术专家，负责在离线混部的 CPU 隔离，用 sched_ext 编写了面向延迟敏感业务的"
             "调度器，并在数万台服务器上线。")], "邱宏"),
        B("14:30", "14:45", "茶歇"),
        T("14:45", "15:15", "PREEMPT_RT 合入主线之后：实时内核的测试方法",
          [S("曾辉", "统信软件", "内核工程师",
             "统信软件内核研发部工程师，负责工业与车载场景的实时内核，熟悉 cyclictest 与 rtla，"
             "此前在中科院沈阳自动化研究所从事嵌入式系统研究。")], "邱宏"),
    ]),
]
VENUE_A = "厦门大学思明校区 科学艺术中心音乐厅"
SPONSORS_A = ["华为", "阿里云", "字节跳动", "腾讯", "OPPO", "vivo", "英特尔", "蚂蚁集团"]
SUPPORT_A = ["openEuler", "龙蜥社区", "OpenCloudOS", "厦门大学信息学院"]
CYAN_A, PALE_A, WHITE = (96, 226, 255), (186, 208, 255), (255, 255, 255)
NAVY_A, FRAME_A, PLATE_A = (10, 30, 120), (90, 200, 255), (26, 70, 206)


def glow_box(d, x0, y0, x1, y1, fill, edge):
    for k in range(4, 0, -1):
        d.rounded_rectangle([x0 - 4 * k, y0 - 4 * k, x1 + 4 * k, y1 + 4 * k], radius=20,
                            outline=(60 + 20 * (4 - k), 140 + 20 * (4 - k), 255), width=2)
    d.rounded_rectangle([x0, y0, x1, y1], radius=16, fill=fill, outline=edge, width=3)


def plate_a(d, xr, y, name):
    """The name on a slanted plate whose right edge is xr; returns (left, right) of the plate."""
    f = font(34, True)
    w = max(tw(d, name, f) + 96, 230)
    x0 = xr - w
    d.polygon([(x0 + 18, y), (xr, y), (xr, y + 60), (x0, y + 60)], fill=PLATE_A)
    d.line([(x0 + 18, y), (xr, y), (xr, y + 60), (x0, y + 60), (x0 + 18, y)], fill=CYAN_A, width=3)
    d.line([(x0 - 40, y + 64), (x0 - 4, y + 64)], fill=CYAN_A, width=3)
    ctext(d, x0 + w / 2 + 9, y + 7, name, f, WHITE)
    return x0, xr


def slot_a(d, X0, X1, y, s):
    rf = font(36, True)
    tabw = tw(d, rng(s), rf) + 56
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X0 + tabw, y + 62], radius=6, fill=CYAN_A)
        d.text((X0 + 28, y + 6), rng(s), font=rf, fill=NAVY_A)
        d.rounded_rectangle([X0, y + 80, X0 + 420, y + 146], radius=8, fill=PLATE_A, outline=FRAME_A, width=2)
        cup(d, X0 + 36, y + 96, WHITE, 1.1)
        d.text((X0 + 96, y + 88), s["title"], font=font(36, True), fill=WHITE)
        return y + 200
    for j in range(2):  # the chevrons over a talk
        cx, cy = (X0 + X1) / 2, y + j * 18
        d.line([(cx - 40, cy), (cx, cy + 24), (cx + 40, cy)], fill=CYAN_A, width=6)
    y += 66
    d.rounded_rectangle([X0, y, X0 + tabw, y + 62], radius=6, fill=CYAN_A)
    d.text((X0 + 28, y + 6), rng(s), font=rf, fill=NAVY_A)
    top = y + 31
    y += 96
    TX, TR = X0 + 36, X1 - 36
    for ln in wrap_nicely(d, s["title"], font(36, True), TR - TX):
        d.text((TX, y), ln, font=font(36, True), fill=WHITE)
        y += 54
    y += 22
    for i, sp in enumerate(s["sp"]):
        if i:
            for x in range(TX, TR, 18):  # dashed rule between two speakers
                d.line([(x, y), (x + 9, y)], fill=(110, 150, 240), width=2)
            y += 30
        ps = 200
        photo(d, TR - ps - 14, y + 14, ps, (70, 110, 210), (150, 180, 240), ring=FRAME_A)
        bot = para(d, TX, y + 8, sp[3], font(22), PALE_A, TR - ps - 90 - TX, 38, (2, 5))
        py = max(y + ps + 52, bot - 40)
        px0, px1 = plate_a(d, TR, py, sp[0])
        line = aff(sp)
        f = font(22)
        cx = min((px0 + px1) / 2, TR - tw(d, line, f) / 2)
        fits(d, line, f, TR - TX)
        ctext(d, cx, py + 74, line, f, CYAN_A)
        y = py + 124
    bot = y + 6
    cut = 40  # the frame's cut corner at the bottom left
    d.line([(X0, top), (X0, bot - cut), (X0 + cut, bot), (X1, bot), (X1, top + 62), (X1 - 20, top)],
           fill=FRAME_A, width=3)
    d.line([(X1 - 20, top), (X0 + tabw, top)], fill=FRAME_A, width=3)
    d.ellipse([X1 - 8, top + 54, X1 + 8, top + 70], fill=FRAME_A)
    d.rectangle([X0 + 60, bot - 5, X0 + 260, bot + 1], fill=CYAN_A)
    return bot + 60


def paint_a(poster, last):
    fn, name, host, slots = poster

    def paint(im, d):
        W = im.size[0]
        X0, X1 = 48, W - 48
        logo_lines(d, 48, 44, WHITE, CYAN_A)
        rtext(d, X1, 46, "厦门大学", font(32, True), WHITE)
        rtext(d, X1, 90, "XIAMEN UNIVERSITY", font(16, True), PALE_A)
        d.text((48, 176), "第176届中国", font=font(86, True), fill=WHITE)
        d.text((48, 282), "Linux内核开发者大会", font=font(86, True), fill=WHITE)
        d.ellipse([880, 168, 1020, 308], outline=CYAN_A, width=5)
        ctext(d, 950, 196, "CLK", font(38, True), WHITE)
        ctext(d, 950, 246, "2181", font(28, True), CYAN_A)
        pill = "2181年10月27日 ｜ 厦门"
        d.rounded_rectangle([48, 426, 48 + tw(d, pill, font(32, True)) + 60, 486], radius=30, fill=WHITE)
        d.text((78, 432), pill, font=font(32, True), fill=NAVY_A)
        d.text((48, 516), "地址：" + VENUE_A, font=font(29), fill=WHITE)
        y = 680
        f = font(48, True)
        bw = tw(d, name, f) + 150
        glow_box(d, W / 2 - bw / 2, y, W / 2 + bw / 2, y + 96, (24, 64, 200), CYAN_A)
        ctext(d, W / 2, y + 16, name, f, WHITE)
        y += 150
        d.polygon([(X0 + 40, y), (X1 - 40, y), (X1 - 60, y + 64), (X0 + 60, y + 64)], fill=(22, 58, 180))
        ctext(d, W / 2, y + 10, ">>>　主持人：%s　<<<" % host[0], font(32, True), WHITE)
        y += 80
        ctext(d, W / 2, y, fits(d, host[1], font(24), X1 - X0), font(24), PALE_A)
        y += 100
        for s in slots:
            y = slot_a(d, X0, X1, y, s)
        y += 60
        for label, units, cols in (("赞助单位", SPONSORS_A, 2), ("支持单位", SUPPORT_A, 2)):
            lw = tw(d, label, font(40, True)) + 120
            glow_box(d, W / 2 - lw / 2, y, W / 2 + lw / 2, y + 70, (24, 64, 200), CYAN_A)
            ctext(d, W / 2, y + 10, label, font(40, True), WHITE)
            y = units_grid(d, X0 + 100, X1 - 100, y + 110, units, cols, 76, 24, WHITE, (20, 40, 130), 30) + 60
        qrcode(d, W / 2 - 130, y, 260, 4811 + len(slots))
        y += 290
        ctext(d, W / 2, y, "扫码报名", font(44, True), WHITE)
        ctext(d, W / 2, y + 70, "现场名额 500 人，报满即止", font(26), PALE_A)
        y += 150
        ctext(d, W / 2, y, "相聚鹭岛 · 共话内核", font(42, True), CYAN_A)
        y += 90
        if last:  # this poster also gives the date and venue once more at its very foot
            d.line([(X0 + 80, y), (X1 - 80, y)], fill=FRAME_A, width=2)
            ctext(d, W / 2, y + 30, "2181年10月27日（周六）", font(32, True), WHITE)
            ctext(d, W / 2, y + 82, VENUE_A, font(28), WHITE)
            y += 150
        return y + 60

    return paint


def bg_a(w, h):
    im = vgrad(w, h, (14, 54, 200), (10, 34, 150))
    im = glow(im, 900, 240, 380, (80, 200, 255), 0.5)
    im = glow(im, 100, 1300, 360, (120, 90, 255), 0.35)
    for k, yy in enumerate(range(2400, h - 600, 2000)):
        im = glow(im, 980 if k % 2 else 100, yy, 420, (60, 150, 255), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(6):  # light streaks of the header
        d.line([(560 + i * 70, 0), (1080, 420 - i * 46)], fill=(40, 100, 230), width=2)
    return grain(im, 4810 + h, 0.012)


# ===========================================================================
# Edition B. CLK 2182 (第177届), 济南, Saturday 2182-10-26: three PNG posters in
# the organisers' NEAR BLACK of 2023 (violet and teal glows, neon streaks), with
# an alpha channel, all opaque, as their 2023 image is.  Header: logo lines,
# 'CLK' with '2182' raised beside it, '第177届中国' over 'Linux内核开发者大会',
# an outlined date box, the address, '论坛议程' over a hollow 'AGENDA'.  Each
# forum: a big teal numeral ('01', '02'; none for 主论坛), the name, a rule,
# then '主持人：name　unit' (TWO such lines on the virtualisation forum).  Each
# talk a row: the range in an outlined teal PILL at the left, the teal title
# right of it, per speaker 'name  company job' under the title.  Breaks are
# navy bands.  '自由讨论' is a row with a pill and a white label, no speaker.
DATE_B = "2182-10-26"
POSTERS_B = [
    ("jinan-dark-1-main-pill-rows.png", "主论坛", [("宋晓东", "山东大学计算机科学与技术学院 教授")], [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:40", "龙蜥操作系统的内核演进与生态建设",
          [S("郭峰", "龙蜥社区", "技术委员会委员")], "宋晓东"),
        T("09:40", "10:10", "Rust for Linux：从驱动走向子系统",
          [S("韩雪", "华为", "内核工程师")], "宋晓东"),
        B("10:10", "10:25", "茶歇"),
        T("10:25", "10:55", "CXL 内存池化与内核的分层内存管理",
          [S("黄丽", "英特尔", "首席工程师"), S("陈凯", "山东大学", "博士研究生")], "宋晓东"),
        T("10:55", "11:25", "openEuler 内核的 RISC-V 多架构支持",
          [S("潘涛", "openEuler 社区", "RISC-V SIG Maintainer")], "宋晓东"),
        B("11:25", "13:30", "午餐"),
    ]),
    ("jinan-dark-2-virt-two-hosts.png", "虚拟化与云原生分论坛",
     [("孟凡", "山东大学 教授"), ("罗静", "浪潮信息 内核专家")], [
        T("13:30", "14:00", "KVM guest_memfd 的演进与机密虚拟机",
          [S("田伟", "字节跳动", "虚拟化工程师")], "孟凡"),
        T("14:00", "14:30", "virtio-net 的 AF_XDP 零拷贝支持",
          [S("薛丹", "腾讯云", "高级工程师")], "孟凡"),
        B("14:30", "14:45", "茶歇"),
        T("14:45", "15:15", "容器热迁移：CRIU 在大规模集群中的落地",
          [S("江波", "美团", "基础架构部内核负责人")], "孟凡"),
        B("15:15", "15:45", "自由讨论"),
    ]),
    ("jinan-dark-3-net-sixty-minutes.png", "网络与 eBPF 分论坛", [("夏明", "山东大学 副教授")], [
        T("13:30", "14:00", "TCP 内存统计的 per-memcg 隔离",
          [S("侯杰", "快手", "系统工程师")], "夏明"),
        T("14:00", "15:00", "eBPF 动手实践：用 libbpf 与 bpftrace 排查网络延迟",
          [S("段磊", "蚂蚁集团", "技术专家"), S("付佳", "蚂蚁集团", "工程师")], "夏明"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "netkit 与 BPF 设备：容器网络的新数据面",
          [S("雷震", "京东", None)], "夏明"),
    ]),
]
UNITS_B = ["华为", "阿里云", "腾讯云", "字节跳动", "英特尔", "浪潮信息", "美团", "快手", "京东", "蚂蚁集团",
           "龙蜥社区", "openEuler"]
TEAL_B, VIO_B, INK_B, BLUE_B = (0, 228, 200), (150, 110, 255), (236, 240, 248), (130, 170, 230)
BAND_B = (28, 40, 84)


def slot_b(d, X0, X1, y, s):
    pw, ph = 230, 48
    rf = font(25, True)
    if s["kind"] == "break" and s["title"] in MEALS + ("开幕",):
        d.rectangle([X0, y, X1, y + 64], fill=BAND_B)
        ctext(d, X0 + pw / 2, y + 14, rng(s), rf, TEAL_B)
        if s["title"] in MEALS:
            cup(d, X0 + pw + 34, y + 16, INK_B, 1.0)
        d.text((X0 + pw + 84, y + 11), s["title"], font=font(30, True), fill=INK_B)
        return y + 104
    d.rounded_rectangle([X0, y + 2, X0 + pw, y + 2 + ph], radius=ph // 2, outline=TEAL_B, width=2)
    ctext(d, X0 + pw / 2, y + 11, rng(s), rf, TEAL_B)
    TX = X0 + pw + 30
    if s["kind"] == "break":  # '自由讨论': a row of its own, no speaker
        d.text((TX, y + 3), s["title"], font=font(31, True), fill=INK_B)
        return y + 110
    for ln in wrap_nicely(d, s["title"], font(31, True), X1 - TX):
        d.text((TX, y + 3), ln, font=font(31, True), fill=TEAL_B)
        y += 48
    y += 12
    for sp in s["sp"]:
        fn = font(26, True)
        d.text((TX, y), sp[0], font=fn, fill=INK_B)
        d.text((TX + tw(d, sp[0], fn) + 22, y + 5), fits(d, aff(sp), font(21), X1 - TX - tw(d, sp[0], fn) - 22),
               font=font(21), fill=BLUE_B)
        y += 42
    y += 26
    d.line([(X0, y), (X1, y)], fill=(40, 52, 96), width=1)
    return y + 34


def paint_b(poster):
    fn, name, hosts, slots = poster
    num = {"主论坛": None}.get(name, "%02d" % [p[1] for p in POSTERS_B].index(name))

    def paint(im, d):
        W = im.size[0]
        X0, X1 = 44, W - 44
        logo_lines(d, 48, 44, WHITE, TEAL_B)
        d.text((X1 - tw(d, "CLK", font(58, True)) - tw(d, "2182", font(30, True)) - 10, 30), "CLK",
               font=font(58, True), fill=WHITE)
        rtext(d, X1, 34, "2182", font(30, True), TEAL_B)
        d.text((48, 200), "第177届中国", font=font(86, True), fill=WHITE)
        d.text((48, 306), "Linux内核开发者大会", font=font(86, True), fill=WHITE, stroke_width=1,
               stroke_fill=TEAL_B)
        box = "2182年10月26日 ｜ 济南"
        d.rounded_rectangle([48, 450, 48 + tw(d, box, font(32, True)) + 56, 508], radius=10, outline=TEAL_B, width=3)
        d.text((76, 456), box, font=font(32, True), fill=WHITE)
        d.text((48, 540), "地址：山东大学中心校区 知新楼报告厅", font=font(29), fill=WHITE)
        y = 760
        d.text((W / 2 - 260, y - 38), "AGENDA", font=font(124, True), fill=(10, 14, 34), stroke_width=2,
               stroke_fill=(60, 90, 150))
        ctext(d, W / 2, y, "论坛议程", font(66, True), WHITE)
        y += 200
        x = X0
        if num:
            d.text((X0, y - 22), num, font=font(92, True), fill=TEAL_B)
            x = X0 + 140
        d.text((x, y), name, font=font(52, True), fill=WHITE)
        y += 92
        d.rectangle([X0, y, X0 + 120, y + 6], fill=TEAL_B)
        d.rectangle([X0 + 120, y + 2, X1, y + 4], fill=(50, 70, 120))
        y += 34
        for hname, unit in hosts:
            lab = "主持人："
            d.text((X0, y), lab, font=font(28, True), fill=TEAL_B)
            hx = X0 + tw(d, lab, font(28, True))
            d.text((hx, y), hname, font=font(28, True), fill=WHITE)
            d.text((hx + tw(d, hname, font(28, True)) + 22, y + 4), unit, font=font(24), fill=BLUE_B)
            y += 50
        y += 50
        for s in slots:
            y = slot_b(d, X0, X1, y, s)
        y += 80
        d.text((W / 2 - tw(d, "SUPPORT", font(84, True)) / 2, y - 26), "SUPPORT", font=font(84, True),
               fill=(10, 14, 34), stroke_width=1, stroke_fill=(50, 70, 120))
        ctext(d, W / 2, y, "支持单位", font(46, True), WHITE)
        y = units_grid(d, X0, X1, y + 110, UNITS_B, 3, 76, 20, WHITE, (16, 24, 60), 30) + 60
        qrcode(d, W / 2 - 120, y, 240, 4820 + len(slots))
        ctext(d, W / 2, y + 264, "扫码报名", font(40, True), WHITE)
        ctext(d, W / 2, y + 326, "主办：中国Linux内核开发者大会组委会　承办：山东大学计算机科学与技术学院", font(21),
              (150, 158, 178))
        return y + 400

    return paint


def bg_b(w, h):
    im = vgrad(w, h, (10, 14, 36), (6, 8, 24))
    im = glow(im, 980, 200, 360, (150, 80, 255), 0.55)
    im = glow(im, 120, 700, 300, (0, 200, 190), 0.3)
    for k, yy in enumerate(range(1900, h - 500, 1700)):
        im = glow(im, 1000 if k % 2 else 80, yy, 380, (120, 80, 255) if k % 2 else (0, 180, 170), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(8):  # neon streaks of the header
        d.line([(600 + i * 60, 0), (1080, 460 - i * 50)], fill=(60, 50, 140), width=2)
    return grain(im, 4820 + h, 0.004)


# ===========================================================================
# Edition C. CLK 2183 (第178届), 天津, Saturday 2183-10-25: four WebP posters,
# 1242 px wide, on the organisers' VIOLET (a violet-to-indigo gradient, magenta
# accents).  Header: logo lines, '天津大学' / 'TIANJIN UNIVERSITY', 'CLK 2183'
# outlined, '第178届中国Linux内核开发者大会' on two lines, a magenta date pill,
# the address.  The forum's name on a ribbon, then two small cards side by
# side: '出品人' (name, 'company job') and '主持人' (name, unit).  Each talk a
# white card: its LEFT COLUMN holds a round photo and under it the name, the
# company and the job, each on a line of its own, centred; its RIGHT COLUMN the
# range in a magenta pill, the bold title and, under a hairline, a two-line
# biography.  Breaks are slim bands; 'Q&A' is a slim card with a pill.
DATE_C = "2183-10-25"
POSTERS_C = [
    ("tianjin-violet-1-main-photo-column.webp", "主论坛", ("周海", "华为", "Fellow"), ("李红", "天津大学 教授"), [
        T("09:00", "09:20", "开幕致辞",
          [S("邵国栋", "天津大学", "副校长",
             "天津大学智能与计算学部教授，长期从事并行计算与系统软件研究，国家重点研发计划项目首席科学家。")],
          "李红"),
        T("09:20", "10:00", "从 Linux 6.x 看内核内存管理的新方向",
          [S("贾明", "阿里云", "内核技术专家",
             "龙蜥社区内核 SIG Maintainer，从事内存管理十余年，曾在 IBM 中国研究院从事 Power 平台内核开发。")], "李红"),
        T("10:00", "10:40", "AI 时代的存储 I/O 栈：io_uring、P2P DMA 与 NVMe",
          [S("Leo Shen 沈立文", "西部数据", "首席工程师",
             "西部数据系统软件团队首席工程师，NVMe 与 io_uring 社区贡献者，此前在美光科技从事 SSD 固件开发。", truth="沈立文")], "李红"),
        B("10:40", "11:00", "茶歇"),
        T("11:00", "11:40", "面向大模型推理的内核调度与内存优化",
          [S("范俊", "百度", "内核专家",
             "百度智能云操作系统团队内核专家，负责 AI 推理集群的内核调优与 GPU 服务器的 NUMA 亲和配置。")], "李红"),
        B("11:40", "13:30", "午餐"),
    ]),
    ("tianjin-violet-2-arch-photo-column.webp", "体系结构与 RISC-V 分论坛", ("高峰", "龙芯中科", "副总工程师"),
     ("邹丽", "天津大学 副教授"), [
        T("13:30", "14:10", "RISC-V 向量扩展的内核上下文切换开销",
          [S("陆洋", "中国科学院软件研究所", "助理研究员",
             "中科院软件所 PLCT 实验室成员，负责 RISC-V 向量扩展的内核支持，openEuler RISC-V SIG 维护者之一。")], "邹丽"),
        T("14:10", "14:50", "LoongArch 上的 KVM 虚拟化与热迁移",
          [S("石磊", "龙芯中科", "内核工程师",
             "龙芯中科基础软件部内核工程师，LoongArch KVM 补丁的作者之一，此前在北京大学从事二进制翻译研究。")], "邹丽"),
    ]),
    ("tianjin-violet-3-observability-qa.webp", "可观测性与调试分论坛", ("白涛", "字节跳动", "STE 可观测性负责人"),
     ("姜波", "南开大学 副教授"), [
        T("13:30", "14:10", "perf 与 BPF 结合的持续剖析平台",
          [S("袁斌", "网易", "系统工程师",
             "网易杭州研究院系统工程师，负责服务器性能剖析平台，此前在华为从事编译器后端开发。")], "姜波"),
        T("14:10", "14:50", "kdump 与 drgn：线上内核崩溃的自动分析",
          [S("蔡静", "vivo", "内核专家",
             "vivo 内核团队稳定性方向负责人，搭建了覆盖上亿台设备的崩溃自动分析系统，drgn 贡献者。")], "姜波"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "ftrace 事件在大规模集群中的低开销采集",
          [S("毛宇", "小米", "系统工程师",
             "小米系统软件部性能团队成员，负责手机与服务器的卡顿诊断工具，熟悉 ftrace 与 perfetto。")], "姜波"),
        B("15:50", "16:10", "Q&A"),
    ]),
    ("tianjin-violet-4-security-photo-column.webp", "安全与可信计算分论坛", ("汤文", "蚂蚁集团", "安全实验室负责人"),
     ("卢琳", "中国民航大学 教授"), [
        T("13:30", "14:10", "Landlock 与 BPF LSM 的容器沙箱实践",
          [S("顾晨", "麒麟软件", "安全工程师",
             "麒麟软件安全研发中心工程师，负责内核安全模块与容器运行时防护，参与 Landlock 的测试与移植。")], "卢琳"),
        T("14:10", "14:50", "内核 CFI 与 shadow stack 在发行版中的默认启用",
          [S("武斌", "统信软件", "安全架构师",
             "统信软件操作系统安全架构师，负责发行版的内核加固与漏洞响应，曾在 360 安全研究院从事漏洞挖掘。")], "卢琳"),
    ]),
]
MAG_C, INK_C, GREY_C, VIOL_C = (232, 64, 170), (32, 26, 60), (104, 100, 128), (98, 64, 200)
PALE_C, CARD_C = (220, 210, 255), (250, 248, 255)
UNITS_C = ["华为", "阿里云", "字节跳动", "百度", "网易", "vivo", "小米", "麒麟软件", "统信软件", "蚂蚁集团",
           "龙芯中科", "西部数据"]


def slot_c(d, X0, X1, y, s):
    pf = font(28, True)
    if s["kind"] == "break" and s["title"] in MEALS:
        d.rounded_rectangle([X0, y, X1, y + 70], radius=35, fill=(74, 50, 160))
        d.text((X0 + 40, y + 16), rng(s), font=pf, fill=PALE_C)
        cup(d, X0 + 280, y + 18, WHITE, 1.0)
        d.text((X0 + 330, y + 13), s["title"], font=font(32, True), fill=WHITE)
        return y + 110
    LW = 320  # the photo column
    RX = X0 + LW + 10
    RW = X1 - 36 - RX

    def pill(y):
        w = tw(d, rng(s), pf) + 52
        d.rounded_rectangle([RX, y, RX + w, y + 50], radius=25, fill=MAG_C)
        d.text((RX + 26, y + 7), rng(s), font=pf, fill=WHITE)

    if s["kind"] == "break":  # 'Q&A': a slim card with its pill and label, no speaker
        d.rounded_rectangle([X0, y, X1, y + 100], radius=18, fill=CARD_C)
        pill(y + 25)
        d.text((RX + tw(d, rng(s), pf) + 80, y + 24), s["title"], font=font(36, True), fill=INK_C)
        return y + 136

    def body(y):
        ly = y + 40
        for sp in s["sp"]:
            cx = X0 + LW / 2
            photo(d, cx - 90, ly, 180, (224, 218, 244), (176, 166, 214), ring=(190, 170, 240))
            ly += 210
            ctext(d, cx, ly, fits(d, sp[0], font(30, True), LW - 30), font(30, True), INK_C)
            ly += 48
            for part in (sp[1], sp[2]):
                if part:
                    ctext(d, cx, ly, fits(d, part, font(22), LW - 30), font(22), VIOL_C if part == sp[1] else GREY_C)
                    ly += 34
            ly += 20
        ry = y + 40
        pill(ry)
        ry += 74
        for ln in wrap_nicely(d, s["title"], font(36, True), RW):
            d.text((RX, ry), ln, font=font(36, True), fill=INK_C)
            ry += 54
        ry += 16
        d.line([(RX, ry), (RX + RW, ry)], fill=(214, 208, 236), width=2)
        ry += 22
        for sp in s["sp"]:
            ry = para(d, RX, ry, sp[3], font(23), GREY_C, RW, 38, (2, 2)) + 8
        return max(ly, ry) + 30

    h = body(-10000) + 10000  # measured first on a line nobody sees, then card and text
    d.rounded_rectangle([X0, y, X1, y + h], radius=18, fill=CARD_C)
    d.line([(X0 + LW, y + 40), (X0 + LW, y + h - 40)], fill=(226, 220, 244), width=2)
    body(y)
    return y + h + 40


def paint_c(poster):
    fn, name, producer, host, slots = poster

    def paint(im, d):
        W = im.size[0]
        X0, X1 = 54, W - 54
        logo_lines(d, 56, 50, WHITE, MAG_C, 1.15)
        rtext(d, X1, 54, "天津大学", font(36, True), WHITE)
        rtext(d, X1, 102, "TIANJIN UNIVERSITY", font(18, True), PALE_C)
        d.text((56, 190), "CLK 2183", font=font(120, True), fill=(120, 84, 230), stroke_width=3, stroke_fill=WHITE)
        d.text((60, 360), "第178届中国", font=font(80, True), fill=WHITE)
        d.text((60, 460), "Linux内核开发者大会", font=font(80, True), fill=WHITE)
        pill = "2183年10月25日（周六）｜ 天津"
        d.rounded_rectangle([60, 600, 60 + tw(d, pill, font(34, True)) + 64, 664], radius=32, fill=MAG_C)
        d.text((92, 607), pill, font=font(34, True), fill=WHITE)
        d.text((60, 700), "地址：天津大学北洋园校区 郑东图书馆报告厅", font=font(30), fill=WHITE)
        y = 860
        d.polygon([(X0 - 10, y), (X1 + 10, y), (X1 - 20, y + 50), (X1 + 10, y + 100), (X0 - 10, y + 100),
                   (X0 + 20, y + 50)], fill=MAG_C)
        ctext(d, W / 2, y + 18, name, font(52, True), WHITE)
        y += 150
        cw = (X1 - X0 - 30) / 2
        for i, (tag, person, unit) in enumerate((("出品人", producer[0], producer[1] + " " + producer[2]),
                                                 ("主持人", host[0], host[1]))):
            cx0 = X0 + i * (cw + 30)
            d.rounded_rectangle([cx0, y, cx0 + cw, y + 170], radius=18, fill=(66, 44, 150), outline=PALE_C, width=2)
            d.rounded_rectangle([cx0 + 30, y + 28, cx0 + 146, y + 70], radius=21, fill=WHITE)
            ctext(d, cx0 + 88, y + 32, tag, font(26, True), VIOL_C)
            d.text((cx0 + 166, y + 24), person, font=font(36, True), fill=WHITE)
            d.text((cx0 + 30, y + 100), fits(d, unit, font(24), cw - 50), font=font(24), fill=PALE_C)
        y += 240
        for s in slots:
            y = slot_c(d, X0, X1, y, s)
        y += 60
        ctext(d, W / 2, y, "支持单位", font(46, True), WHITE)
        y = units_grid(d, X0, X1, y + 100, UNITS_C, 3, 84, 22, WHITE, (60, 40, 130), 32) + 60
        qrcode(d, W / 2 - 130, y, 260, 4830 + len(slots))
        ctext(d, W / 2, y + 290, "扫码报名 · 观看直播", font(42, True), WHITE)
        ctext(d, W / 2, y + 360, "主办：中国Linux内核开发者大会组委会　承办：天津大学智能与计算学部", font(24), PALE_C)
        return y + 440

    return paint


def bg_c(w, h):
    im = vgrad(w, h, (70, 36, 170), (30, 26, 110))
    im = glow(im, 1100, 260, 420, (230, 80, 200), 0.45)
    im = glow(im, 100, 900, 360, (90, 140, 255), 0.35)
    for k, yy in enumerate(range(2200, h - 600, 1900)):
        im = glow(im, 1150 if k % 2 else 90, yy, 420, (200, 90, 255) if k % 2 else (90, 120, 255), 0.3)
    d = ImageDraw.Draw(im)
    for i in range(5):  # rings of the header
        r = 160 + i * 60
        d.ellipse([1080 - r, 420 - r, 1080 + r, 420 + r], outline=(120, 80, 220), width=2)
    return grain(im, 4830 + h, 0.016)


# ===========================================================================
# Edition D. CLK 2184 (第179届), 昆明, Saturday 2184-10-30: three PNG posters in
# deep TEAL and GOLD.  Header: logo lines, '云南大学' / 'YUNNAN UNIVERSITY',
# '第179届中国' in gold over 'Linux内核开发者大会', a gold pill, the address.
# Headings: '▶▶' or a slanted gold box '01'/'02' and the name, '主持人：name' at
# the right over the unit, a gold rule.  Each talk a CARD: the range in a
# filled gold pill LEFT of the bold title (the title's further lines under its
# first), a hairline, then per speaker a round photo, the name, 'company job'
# and a two-line biography.  Breaks are outlined bands.
DATE_D = "2184-10-30"
POSTERS_D = [
    ("kunming-teal-1-main-speaker-cards.png", "主论坛", ("杜建华", "云南大学信息学院 教授"), [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:45", "The Arm64 Kernel in Five Years: What Changed and What Is Next",
          [S("Pieter de Vries", "Linaro", "Principal Engineer",
             "Pieter works on Arm64 kernel support at Linaro and co-maintains parts of the Arm platform "
             "code. Before Linaro he built switch firmware in Eindhoven.")], "杜建华"),
        T("09:45", "10:20", "鲲鹏服务器上的内核性能调优方法",
          [S("谭军", "华为", "内核性能专家",
             "华为鲲鹏计算团队内核性能专家，负责数据库与大数据负载在 ARM64 服务器上的调优，"
             "总结的调优方法已在数百家客户现场使用。")], "杜建华"),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:10", "从课堂到主线：高校学生参与内核社区的路径",
          [S("方敏", "云南大学", "副教授",
             "云南大学信息学院副教授，讲授操作系统课程，指导学生向主线内核提交补丁，"
             "组织了面向西南地区高校的开源内核训练营。"),
           S("万杰", "云南大学", "硕士研究生",
             "研究方向为文件系统与存储，2183 年起向 ext4 与 f2fs 提交补丁，"
             "参与过龙蜥社区的开源实习项目。")], "杜建华"),
        T("11:10", "11:45", "机密容器的内核需求：从 Kata 到 CoCo",
          [S("叶青", "阿里云", "高级技术专家",
             "阿里云机密计算团队高级技术专家，Kata Containers 与 Confidential Containers 的贡献者，"
             "负责云上机密容器产品的内核支持。")], "杜建华"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("kunming-teal-2-memory-speaker-cards.png", "内存与 CXL 分论坛", ("孔德伟", "腾讯 TencentOS 内核专家"), [
        T("14:00", "14:30", "CXL Type 3 设备的内核驱动与热插拔",
          [S("梁斌", "海光信息", "系统工程师",
             "海光信息系统软件部工程师，负责 CXL 与内存 RAS 的内核支持，"
             "此前在浪潮信息从事服务器 BIOS 开发。")], "孔德伟"),
        T("14:30", "15:00", "HugeTLB vmemmap 优化与内存节省",
          [S("谢芳", "字节跳动", "工程师",
             "字节跳动 STE 团队成员，从事大页与内存开销优化，HugeTLB vmemmap 相关补丁的作者之一，"
             "2021 年毕业于复旦大学。")], "孔德伟"),
        T("15:00", "15:30", "cgroup v2 内存回收的公平性问题",
          [S("秦川", "京东云", "内核工程师",
             "京东云操作系统团队内核工程师，负责容器平台的内存隔离，"
             "曾在联想研究院从事服务器固件与 BMC 开发。")], "孔德伟"),
    ]),
    ("kunming-teal-3-storage-speaker-cards.png", "存储与 I/O 分论坛", ("尹红", "云南大学 副教授"), [
        T("14:00", "14:30", "ublk 零拷贝：用户态块设备的新数据面",
          [S("邓超", "浪潮信息", "存储架构师",
             "浪潮信息存储产品线架构师，负责分布式块存储的数据面，参与 ublk 零拷贝补丁的测试与评审，"
             "此前在华为从事存储阵列开发。"),
           S("朱琳", "浪潮信息", "工程师",
             "浪潮信息存储软件工程师，从事用户态块设备与 io_uring 开发，"
             "2022 年硕士毕业于山东大学。")], "尹红"),
        T("14:30", "15:00", "NVMe 多路径与 io_uring passthrough 的性能评测",
          [S("胡斌", "三星中国研究院", "高级工程师",
             "三星中国研究院存储团队高级工程师，从事 NVMe 驱动与 io_uring 命令直通开发，"
             "是 nvme-cli 的贡献者。")], "尹红"),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "bcachefs 与 Btrfs 的数据校验与修复对比",
          [S("廖凯", "中兴通讯", "存储专家",
             "中兴通讯操作系统产品部存储专家，负责嵌入式与服务器文件系统选型，"
             "长期跟踪 bcachefs 与 Btrfs 的上游进展。")], "尹红"),
    ]),
]
GOLD_D, INK_D, PALE_D, CARD_D = (236, 190, 90), (240, 246, 244), (168, 204, 200), (14, 64, 74)
UNITS_D = ["华为", "阿里云", "腾讯", "字节跳动", "海光信息", "浪潮信息", "京东云", "中兴通讯", "Linaro"]


def slot_d(d, X0, X1, y, s):
    if s["kind"] == "break":
        d.rounded_rectangle([X0, y, X1, y + 66], radius=10, outline=GOLD_D, width=2)
        d.text((X0 + 30, y + 14), rng(s), font=font(28, True), fill=GOLD_D)
        if s["title"] in MEALS:
            cup(d, X0 + 260, y + 16, INK_D, 1.0)
        d.text((X0 + 310, y + 12), s["title"], font=font(30, True), fill=INK_D)
        return y + 106
    x, xr = X0 + 30, X1 - 30
    pf = font(26, True)

    def body(y):
        y += 30
        pw = tw(d, rng(s), pf) + 44
        d.rounded_rectangle([x, y + 2, x + pw, y + 48], radius=23, fill=GOLD_D)
        d.text((x + 22, y + 8), rng(s), font=pf, fill=(20, 40, 44))
        tx = x + pw + 22
        for ln in wrap_nicely(d, s["title"], font(32, True), xr - tx):
            d.text((tx, y), ln, font=font(32, True), fill=WHITE)
            y += 48
        y += 16
        d.line([(x, y), (xr, y)], fill=(50, 110, 116), width=2)
        y += 26
        for sp in s["sp"]:
            photo(d, x, y + 4, 120, (40, 100, 108), (110, 160, 164))
            sx = x + 148
            d.text((sx, y), sp[0], font=font(29, True), fill=WHITE)
            y += 46
            d.text((sx, y), fits(d, aff(sp), font(22), xr - sx), font=font(22), fill=GOLD_D)
            y += 38
            y = max(para(d, sx, y, sp[3], font(21), PALE_D, xr - sx, 34, (2, 2)), y + 60) + 20
        return y + 10

    h = body(-10000) + 10000  # measured first on a line nobody sees, then card and text
    d.rounded_rectangle([X0, y, X1, y + h], radius=14, fill=CARD_D)
    d.rectangle([X0, y + 16, X0 + 6, y + h - 16], fill=GOLD_D)
    body(y)
    return y + h + 36


def paint_d(poster):
    fn, name, host, slots = poster
    num = {"主论坛": None}.get(name, "%02d" % [p[1] for p in POSTERS_D].index(name))

    def paint(im, d):
        W = im.size[0]
        X0, X1 = 46, W - 46
        logo_lines(d, 48, 44, WHITE, GOLD_D)
        rtext(d, X1, 46, "云南大学", font(32, True), WHITE)
        rtext(d, X1, 90, "YUNNAN UNIVERSITY", font(16, True), PALE_D)
        d.text((48, 180), "第179届中国", font=font(84, True), fill=GOLD_D)
        d.text((48, 286), "Linux内核开发者大会", font=font(84, True), fill=WHITE)
        pill = "2184年10月30日（周六）｜ 昆明"
        d.rounded_rectangle([48, 430, 48 + tw(d, pill, font(32, True)) + 60, 490], radius=30, fill=GOLD_D)
        d.text((78, 436), pill, font=font(32, True), fill=(20, 40, 44))
        d.text((48, 520), "地址：云南大学呈贡校区 科学馆报告厅", font=font(29), fill=WHITE)
        y = 690
        ctext(d, W / 2, y, "论坛议程 · AGENDA", font(56, True), WHITE)
        y += 150
        if num:
            x = number_box(d, X0, y + 8, num, GOLD_D, (20, 40, 44), 52) + 20
        else:
            d.text((X0, y + 2), "▶▶", font=font(40, True), fill=GOLD_D)
            x = X0 + 80
        d.text((x, y), fits(d, name, font(46, True), X1 - x - 300), font=font(46, True), fill=WHITE)
        rtext(d, X1, y - 4, "主持人：" + host[0], font(28, True), GOLD_D)
        rtext(d, X1, y + 40, host[1], font(22), PALE_D)
        y += 92
        d.rectangle([X0, y, X1, y + 4], fill=GOLD_D)
        y += 44
        for s in slots:
            y = slot_d(d, X0, X1, y, s)
        y += 60
        ctext(d, W / 2, y, "支持单位", font(44, True), WHITE)
        y = units_grid(d, X0, X1, y + 96, UNITS_D, 3, 74, 20, WHITE, (14, 64, 74), 30) + 60
        qrcode(d, W / 2 - 120, y, 240, 4840 + len(slots))
        ctext(d, W / 2, y + 262, "扫码报名", font(40, True), WHITE)
        ctext(d, W / 2, y + 322, "主办：中国Linux内核开发者大会组委会　承办：云南大学信息学院", font(22), PALE_D)
        return y + 400

    return paint


def bg_d(w, h):
    im = vgrad(w, h, (8, 70, 80), (6, 36, 52))
    im = glow(im, 940, 220, 340, (236, 190, 90), 0.3)
    im = glow(im, 120, 900, 320, (40, 200, 190), 0.3)
    for k, yy in enumerate(range(2000, h - 500, 1800)):
        im = glow(im, 1000 if k % 2 else 80, yy, 380, (40, 180, 170), 0.28)
    return grain(im, 4840 + h, 0.004)


# ===========================================================================
NOTE = (
    "Same conventions as posters-blind-43 (and 4..47 before it): speakers are names as printed with spaces "
    "removed (the Latin name 'Pieter de Vries' -> 'PieterdeVries'); host is the chair printed for the forum, "
    "null for breaks; start/end always HH:MM on a 24-hour clock; where two speakers are printed each has his own "
    "affiliation, given per speaker; affiliations keep a printed job title, joined to the company by one space "
    "('华为 首席架构师', 'openEuler 社区 RISC-V SIG Maintainer', 'Linaro Principal Engineer'), and a speaker "
    "printed with a company and no job has the company alone ('何静' 华为, '雷震' 京东); break titles are as "
    "printed; an opening speech printed with a speaker is a talk, a slot printed without a speaker is a break; "
    "'午餐' closes 主论坛 as its break. Every forum carries a 'date' (as in sets 41-47). "
    "THIS SET: an edition's agenda as its repository holds it in the organisers' manner of 2024, ONE POSTER PER "
    "FORUM (主论坛 in the morning, two or three forums in parallel in the afternoon), every poster of an edition "
    "under the SAME header (logo lines, the host school, '第N届中国' over 'Linux内核开发者大会', the date, the "
    "address), for FOUR editions: CLK 2181 (第176届, 厦门, 2181-10-27, four WebP posters), CLK 2182 (第177届, "
    "济南, 2182-10-26, three PNG posters), CLK 2183 (第178届, 天津, 2183-10-25, four WebP posters), CLK 2184 "
    "(第179届, 昆明, 2184-10-30, three PNG posters), all Saturdays. Each picture holds exactly ONE forum, so "
    "each poster in the truth has one forum, and no talk is on two pictures; the forum's date is the edition's "
    "date printed in the header of its poster. The afternoon forums of an edition run in parallel, so their "
    "times overlap from picture to picture; four pictures are named 主论坛 (four editions). Headers, addresses, "
    "'论坛议程' / 'AGENDA', '论坛议程 · AGENDA', support units, sponsor boxes, QR captions, slogans and organiser "
    "lines are never part of a name, a title or a slot; photos hold no text; the number boxes and big numerals "
    "('01', '02') and '▶▶' are no part of a forum's name. "
    "(1) CLK 2181 (the organisers' royal blue): a host bar '>>>　主持人：name　<<<' with the unit under it; each "
    "talk's range in a TAB over a cut-corner frame; in the frame the title, then per speaker a biography at the "
    "LEFT, a ringed photo at the RIGHT, the NAME ON A PLATE under the photo and 'company job' in small type "
    "UNDER THE PLATE: that line is the speaker's affiliation; the biography is neither name, title nor "
    "affiliation, even where it names another employer ('此前在英特尔开源技术中心…' for 杨柳 of 阿里云, "
    "'此前在网易…' for 孙鹏 of 字节跳动, '曾在 EMC 中国研发中心…' for 吴昊 of 腾讯). 张涛 (飞腾信息) and 周敏 "
    "(麒麟软件) are two speakers of one frame, each with biography, plate and affiliation. Breaks are a tab over "
    "a plate with the label ('10:35-10:50' 茶歇). The LAST poster (调度与锁分论坛) repeats at its very foot, "
    "under the slogan, the edition's date and venue ('2181年10月27日（周六）' over '厦门大学思明校区 "
    "科学艺术中心音乐厅'): no slot and no talk; the date agrees with the header's. "
    "(2) CLK 2182 (the organisers' near black, PNG with an alpha channel, all opaque): each talk a row with "
    "the range in an outlined PILL LEFT of the title and 'name  company job' per speaker under the title (黄丽 "
    "英特尔 and 陈凯 山东大学 on two lines; 段磊 and 付佳, both 蚂蚁集团, on two lines). 虚拟化与云原生分论坛 "
    "prints TWO '主持人：' lines, '主持人：孟凡　山东大学 教授' over '主持人：罗静　浪潮信息 内核专家': two "
    "co-hosts of the whole forum. The schema holds one host per slot, so the truth gives the FIRST printed, "
    "孟凡, as every slot's host; 罗静 is the forum's co-host as well (a reader that gives 罗静, or both, reads a "
    "co-host, not a wrong person). The same forum ends with '15:15-15:45　自由讨论' (free discussion), a row "
    "with a pill and no speaker: a break of that forum. 网络与 eBPF 分论坛 holds ONE 60-minute talk, "
    "'eBPF 动手实践：用 libbpf 与 bpftrace 排查网络延迟' (14:00-15:00), among 30-minute ones. '开幕' "
    "(09:00-09:10, no speaker) is a break. "
    "(3) CLK 2183 (violet, 1242 px wide): each forum's head gives, side by side, a '出品人' card (name, "
    "'company job') and a '主持人' card (name, unit): the host is the 主持人; the 出品人 is no host and no "
    "speaker (sets 27 and 40). Each talk a card whose LEFT COLUMN is a photo with the name, the company and the "
    "job under it, each on a line of its own, and whose RIGHT COLUMN holds the range pill, the bold title and, "
    "under a hairline, a two-line biography: the biography is no part of the title; the affiliation is 'company "
    "job' from the left column. The speaker printed 'Leo Shen 沈立文' (an English name, then his Chinese name) "
    "is given as '沈立文', the Chinese name, as sets 23 and 30 gave a Chinese name printed beside its "
    "transcription; the English name is an alias, no second speaker. 可观测性与调试分论坛 ends with "
    "'15:50-16:10　Q&A', a slim card with a pill and no speaker: a break of that forum. '开幕致辞' by 邵国栋 "
    "(天津大学 副校长) is a talk. "
    "(4) CLK 2184 (deep teal and gold): each talk a card with the range in a filled PILL LEFT of the bold title, "
    "then per speaker a photo, the name, 'company job' and a two-line biography. 方敏 and 万杰 (both 云南大学) "
    "and 邓超 and 朱琳 (both 浪潮信息) are two speakers of one card each. Foreign speaker Pieter de Vries "
    "(Linaro Principal Engineer) with an English title over two lines and an English biography. '开场' "
    "(09:00-09:10, no speaker) is a break. "
    "A title wrapped over lines is one title, joined with a space between Latin words and without one after "
    "'：' or inside Chinese text. The title '开幕致辞' on two posters is the opening of two editions (CLK 2181 "
    "and CLK 2183, different speakers), not one talk. Forums that print no break after their last talk end with "
    "it."
)

LAYOUTS = []
for _i, _p in enumerate(POSTERS_A):
    LAYOUTS.append((_p[0], "CLK 2181 (第176届), 厦门, 2181-10-27 (%s): " + _p[1] + ", the organisers' royal blue; "
                    "each talk's range in a tab over a cut-corner frame, the title, then per speaker a biography at "
                    "the left, a ringed photo at the right, the name on a plate under the photo and 'company job' "
                    "under the plate" + ("; the edition's date and venue repeated at the foot" if _i == 3 else "")
                    + ". %d talks.", DATE_A, _p[1], paint_a(_p, _i == 3), bg_a, 1080, _p[3]))
for _p in POSTERS_B:
    LAYOUTS.append((_p[0], "CLK 2182 (第177届), 济南, 2182-10-26 (%s): " + _p[1] + ", the organisers' "
                    "near black; rows with the range in an outlined pill LEFT of the title, 'name  company job' "
                    "under it" + {"虚拟化与云原生分论坛": "; TWO co-hosts (two '主持人：' lines) and a speakerless "
                                  "'自由讨论' slot",
                                  "网络与 eBPF 分论坛": "; one 60-minute talk among 30-minute ones"}.get(_p[1], "")
                    + ". %d talks.", DATE_B, _p[1], paint_b(_p), bg_b, 1080, _p[3]))
for _p in POSTERS_C:
    LAYOUTS.append((_p[0], "CLK 2183 (第178届), 天津, 2183-10-25 (%s): " + _p[1] + ", violet; 出品人 and "
                    "主持人 cards side by side; each talk a card with the photo, name, company and job in a LEFT "
                    "column and the range pill, title and a two-line biography at the right"
                    + {"主论坛": "; a speaker printed 'Leo Shen 沈立文'",
                       "可观测性与调试分论坛": "; a speakerless 'Q&A' slot"}.get(_p[1], "")
                    + ". %d talks.", DATE_C, _p[1], paint_c(_p), bg_c, 1242, _p[4]))
for _p in POSTERS_D:
    LAYOUTS.append((_p[0], "CLK 2184 (第179届), 昆明, 2184-10-30 (%s): " + _p[1] + ", deep teal and gold; "
                    "cards with the range in a filled pill left of the title, then per speaker a photo, the name, "
                    "'company job' and a two-line biography. %d talks.", DATE_D, _p[1], paint_d(_p), bg_d, 1080,
                    _p[3]))


def host_of(slots):
    return next(s["host"] for s in slots if s["kind"] == "talk")


def main():
    posters = []
    for fn, layout, date, forum, paint, bg, width, slots in LAYOUTS:
        im = two_pass(width, paint, bg)
        path = os.path.join(HERE, fn)
        if fn.endswith(".webp"):
            im.save(path, "WEBP", quality=95, method=6)
            fmt = "WebP q95"
        elif fn.startswith("jinan"):
            im.convert("RGBA").save(path, optimize=True)  # an alpha channel, all opaque, as the 2023 image
            fmt = "PNG RGBA"
        else:
            im.save(path, optimize=True)
            fmt = "PNG"
        size = os.path.getsize(path)
        assert 0.3e6 <= size <= 1.2e6, (fn, size)
        assert all(s["host"] in (None, host_of(slots)) for s in slots)
        talks = sum(1 for s in slots if s["kind"] == "talk")
        lay = layout % ("%s, %d x %d, %.2f MB" % (fmt, im.size[0], im.size[1], size / 1e6), talks)
        posters.append({"file": fn, "layout": lay, "date": date,
                        "forums": [{"forum": forum, "date": date, "slots": [truth_slot(s) for s in slots]}]})
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
