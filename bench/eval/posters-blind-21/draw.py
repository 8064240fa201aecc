"""Draw the twenty-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set aims at
layouts the earlier sets lacked: a dense full-day TABLE whose afternoon puts
three forums side by side under one time column, with 'name（company）' under
each title in the same cell; a forum poster of rows with grey photo circles
beside 'name　company job' lines; a printed table sheet (separate 时间 / 议题 /
分享嘉宾 / 单位 columns) photographed with a phone (rotated, shrunk, blurred,
saved as a JPEG at quality 60); and a poster that prints only start times
('14:00') with a duration ('40 分钟') at the right, English above Chinese.
"""
import io
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


def hm(minutes):
    return "%02d:%02d" % divmod(minutes, 60)


def mins(t):
    h, m = t.split(":")
    return int(h) * 60 + int(m)


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [n.replace(" ", "").replace("\u3000", "") for n, _ in s["sp"]],
            "affiliations": [a for _, a in s["sp"]], "host": s["host"]}


# ===========================================================================
# 1. Dense full-day table (1440 px wide), CLK 2027 in 成都.  A navy header,
#    then one table with a time column at the left.  Morning: the 主论坛 rows
#    span the three content columns; each cell holds the bold title and, on
#    the next line, 'name（company）' (two speakers joined by '、' on one
#    line).  Afternoon: a header row names the three forums side by side,
#    each with '主持人：name（unit）' under it, and every following row holds
#    one talk per forum under the shared time range.  茶歇 and 午餐 rows span
#    the whole table.
CONF1 = "第二十二届中国 Linux 内核开发者大会"
F1M, H1M, H1M_AFF = "主论坛", "钟国强", "电子科技大学"
F1A, H1A, H1A_AFF = "内存管理分论坛", "邹海涛", "vivo"
F1B, H1B, H1B_AFF = "虚拟化与体系结构分论坛", "戴立新", "中科院计算所"
F1C, H1C, H1C_AFF = "调度与锁分论坛", "毛建军", "腾讯"
SLOTS1M = [
    T("09:00", "09:10", "开幕致辞", [("曾德明", "电子科技大学")], H1M),
    T("09:10", "09:50", "Linux 内核 2027 年度回顾：社区、流程与代码规模", [("陈立军", "华为")], H1M),
    T("09:50", "10:30", "sched_ext 一年：可编程调度在生产环境中的经验", [("黄建平", "阿里云")], H1M),
    B("10:30", "10:45", "茶歇"),
    T("10:45", "11:25", "RISC-V 服务器平台的上游支持：ACPI、AIA 与 IOMMU",
      [("刘海燕", "中科院软件所"), ("张睿", "阿里云")], H1M),
    T("11:25", "12:05", "Rust 驱动在国产操作系统中的落地实践", [("石立伟", "麒麟软件")], H1M),
    B("12:05", "13:30", "午餐"),
]
# afternoon rows: (start, end, talk A, talk B, talk C) or (start, end, break title)
ROWS1 = [
    ("13:30", "14:15",
     ("mTHP swap-in 在 Android 上的性能收益", [("邓凯", "OPPO")]),
     ("KVM 在龙架构（LoongArch）上的虚拟化扩展", [("邝志强", "龙芯中科")]),
     ("qspinlock 在数百核 NUMA 服务器上的扩展性问题", [("覃海波", "华为")])),
    ("14:15", "15:00",
     ("基于 DAMON 的冷热页识别与内存分层", [("蔡文静", "阿里云")]),
     ("Confidential VM 的启动度量：从 SEV-SNP 到 TDX", [("钱宇", "AMD")]),
     ("EEVDF 下的 latency nice 与交互式负载", [("程思源", "小米")])),
    ("15:00", "15:15", "茶歇"),
    ("15:15", "16:00",
     ("slab 分配器的 sheaves 机制与每 CPU 缓存", [("彭浩", "字节跳动")]),
     ("vhost-user 与 VDUSE：用户态块设备加速", [("侯文杰", "字节跳动")]),
     ("PREEMPT_RT 合入主线后的实时性测评", [("谭磊", "中兴通讯")])),
    ("16:00", "16:45",
     ("CXL 共享内存池：内核接口设计与实践", [("潘晓军", "英特尔")]),
     ("Arm CCA 在端侧可信执行中的实践", [("温子健", "Arm")]),
     ("用 lockdep 与 KCSAN 排查并发缺陷", [("任晓峰", "麒麟软件")])),
]
FORUMS1 = [(F1A, H1A, H1A_AFF), (F1B, H1B, H1B_AFF), (F1C, H1C, H1C_AFF)]
SPONSORS1 = ["华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "龙芯中科", "麒麟软件", "英特尔", "Arm"]


def afternoon_slots():
    """The three afternoon forums as truth slots; the shared 茶歇 row is a break of each of them."""
    out = []
    for k, (_, host, _) in enumerate(FORUMS1):
        slots = []
        for row in ROWS1:
            if len(row) == 3:
                slots.append(B(row[0], row[1], row[2]))
            else:
                title, sp = row[2 + k]
                slots.append(T(row[0], row[1], title, sp, host))
        out.append(slots)
    return out


def poster_dense_table():
    W = 1440
    X0, X1 = 40, W - 40
    TC = 170  # width of the time column
    cw = (X1 - X0 - TC) / 3
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fs, ftime = font(24, True), font(21), font(23, True)
    pad = 14

    def cell_h(title, sp, width):
        h = len(wrap(tmp, title, ft, width - 2 * pad)) * 34
        if sp:
            line = "、".join("%s（%s）" % (n, a) for n, a in sp)
            h += len(wrap(tmp, line, fs, width - 2 * pad)) * 30 + 4
        return h + 2 * pad

    morning = [(s, 48 if s["kind"] == "break" else cell_h(s["title"], s["sp"], X1 - X0 - TC)) for s in SLOTS1M]
    after = []
    for row in ROWS1:
        if len(row) == 3:
            after.append((row, 48))
        else:
            after.append((row, max(cell_h(t, sp, cw) for t, sp in row[2:])))
    top = 520
    H = top + 64 + 56 + sum(h for _, h in morning) + 64 + 104 + sum(h for _, h in after) + 520
    im = Image.new("RGB", (W, H), (244, 247, 252))
    d = ImageDraw.Draw(im)
    im.paste(vgrad(W, 470, (10, 28, 78), (18, 60, 140)), (0, 0))
    for i in range(9):
        d.line([(W - 520 + i * 60, 0), (W - 120 + i * 60, 470)], fill=(40, 90, 170), width=2)
    d.text((60, 40), "CLK 2027", font=font(40, True), fill=(110, 210, 255))
    rtext(d, W - 60, 48, "China Linux Kernel Developers Conference", font(24), (170, 200, 240))
    d.text((60, 110), CONF1, font=font(62, True), fill=(255, 255, 255))
    d.text((60, 210), "大会日程", font=font(92, True), fill=(255, 255, 255))
    d.text((470, 256), "AGENDA", font=font(48, True), fill=(110, 210, 255))
    d.text((60, 350), "2027 年 10 月 23 日（星期六）　成都 · 电子科技大学清水河校区", font=font(30), fill=(220, 232, 250))
    d.text((60, 400), "上午：主会场　学术交流中心报告厅　　下午：分会场　主楼 A 区", font=font(24), fill=(170, 200, 240))
    y = top
    # morning band
    d.rectangle([X0, y, X1, y + 64], fill=(18, 60, 140))
    d.text((X0 + 20, y + 10), "上午　" + F1M, font=font(32, True), fill=(255, 255, 255))
    rtext(d, X1 - 20, y + 16, "主持人：%s（%s）" % (H1M, H1M_AFF), font(26), (200, 225, 255))
    y += 64
    d.rectangle([X0, y, X1, y + 56], fill=(214, 228, 248))
    ctext(d, X0 + TC / 2, y + 12, "时间", font(24, True), (18, 50, 110))
    d.text((X0 + TC + pad, y + 12), "议题 / 演讲嘉宾", font=font(24, True), fill=(18, 50, 110))
    y += 56
    grid = (160, 178, 210)

    def time_cell(y0, h, s, e):
        text = s + "-" + e
        ctext(d, X0 + TC / 2, y0 + h / 2 - 16, text, ftime, (18, 60, 140))

    def content(x, y0, width, title, sp):
        yy = y0 + pad
        for ln in wrap(d, title, ft, width - 2 * pad):
            d.text((x + pad, yy), ln, font=ft, fill=(20, 28, 48))
            yy += 34
        if sp:
            yy += 4
            line = "、".join("%s（%s）" % (n, a) for n, a in sp)
            for ln in wrap(d, line, fs, width - 2 * pad):
                d.text((x + pad, yy), ln, font=fs, fill=(60, 90, 140))
                yy += 30

    for s, h in morning:
        if s["kind"] == "break":
            d.rectangle([X0, y, X1, y + h], fill=(255, 241, 214))
            time_cell(y, h + 4, s["start"], s["end"])
            ctext(d, X0 + TC + (X1 - X0 - TC) / 2, y + 8, s["title"], font(26, True), (150, 90, 20))
        else:
            d.rectangle([X0, y, X1, y + h], fill=(255, 255, 255))
            time_cell(y, h, s["start"], s["end"])
            content(X0 + TC, y, X1 - X0 - TC, s["title"], s["sp"])
        d.rectangle([X0, y, X1, y + h], outline=grid, width=1)
        d.line([(X0 + TC, y), (X0 + TC, y + h)], fill=grid, width=1)
        y += h
    y += 24
    # afternoon band and forum header row
    d.rectangle([X0, y, X1, y + 64], fill=(18, 60, 140))
    d.text((X0 + 20, y + 10), "下午　分论坛（三个会场同时进行）", font=font(32, True), fill=(255, 255, 255))
    y += 64
    d.rectangle([X0, y, X1, y + 104], fill=(214, 228, 248))
    ctext(d, X0 + TC / 2, y + 36, "时间", font(24, True), (18, 50, 110))
    for k, (name, host, haff) in enumerate(FORUMS1):
        cx = X0 + TC + k * cw + cw / 2
        ctext(d, cx, y + 14, name, font(27, True), (18, 50, 110))
        ctext(d, cx, y + 60, "主持人：%s（%s）" % (host, haff), font(21), (60, 90, 140))
        d.line([(X0 + TC + k * cw, y), (X0 + TC + k * cw, y + 104)], fill=grid, width=1)
    d.rectangle([X0, y, X1, y + 104], outline=grid, width=1)
    y += 104
    for row, h in after:
        if len(row) == 3:
            d.rectangle([X0, y, X1, y + h], fill=(255, 241, 214))
            time_cell(y, h + 4, row[0], row[1])
            ctext(d, X0 + TC + (X1 - X0 - TC) / 2, y + 8, row[2], font(26, True), (150, 90, 20))
        else:
            d.rectangle([X0, y, X1, y + h], fill=(255, 255, 255))
            time_cell(y, h, row[0], row[1])
            for k, (title, sp) in enumerate(row[2:]):
                x = X0 + TC + k * cw
                content(x, y, cw, title, sp)
                d.line([(x, y), (x, y + h)], fill=grid, width=1)
        d.rectangle([X0, y, X1, y + h], outline=grid, width=1)
        y += h
    y += 40
    d.text((X0, y), "注：议程以大会现场公布为准；分论坛座位有限，请提前入场。", font=font(22), fill=(90, 100, 120))
    y += 60
    ctext(d, W / 2, y, "支持单位", font(30, True), (18, 50, 110))
    y += 56
    bw = (X1 - X0 - 4 * 20) / 5
    for i, sname in enumerate(SPONSORS1):
        bx, by = X0 + (i % 5) * (bw + 20), y + (i // 5) * 86
        d.rounded_rectangle([bx, by, bx + bw, by + 66], radius=10, fill=(255, 255, 255), outline=(200, 210, 228))
        ctext(d, bx + bw / 2, by + 14, sname, font(28, True), (70, 80, 100))
    y += 190
    qrcode(d, X1 - 130, y - 10, 120, 2101)
    d.text((X0, y + 20), "扫码报名　·　中国 Linux 内核开发者大会组委会", font=font(24), fill=(90, 100, 120))
    forums = [{"forum": F1M, "slots": [truth_slot(s) for s in SLOTS1M]}]
    for (name, _, _), slots in zip(FORUMS1, afternoon_slots()):
        forums.append({"forum": name, "slots": [truth_slot(s) for s in slots]})
    return finish(im, 2102, 0.018, 0.3, 88), forums


# ===========================================================================
# 2. Dark-blue forum poster of rows with photo placeholders (1080 px), CLK
#    2028 in 西安.  Each talk is a row: the cyan range '13:30-14:10' at the
#    left, the bold title right of it, and under the title, per speaker, a
#    grey circle (a photo placeholder) with 'name　company job' beside it
#    (name bold and white, the rest light grey).  A host line at the top, a
#    茶歇 row, a sponsor strip at the foot.
CONF2 = "第二十三届中国 Linux 内核开发者大会"
F2, H2, H2_AFF = "RISC-V 与体系结构分论坛", "苏振华", "中国科学院软件研究所 研究员"
SLOTS2 = [
    T("13:30", "14:10", "RISC-V 向量扩展（RVV）的内核上下文切换开销与优化",
      [("叶志鹏", "中国科学院软件研究所 工程师")], H2),
    T("14:10", "14:50", "Sv57 与大页：RISC-V 内存管理单元的内核支持", [("滕雨桐", "平头哥半导体 高级工程师")], H2),
    T("14:50", "15:30", "Supporting the RISC-V IOMMU in upstream Linux", [("Lukas Berger", "SUSE Senior Kernel Engineer")], H2),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:30", "LoongArch 二进制翻译与系统调用兼容层", [("姚欣然", "龙芯中科 内核工程师")], H2),
    T("16:30", "17:10", "RISC-V 服务器的 ACPI 与 UEFI 启动链",
      [("金浩", "中国电信 研究员"), ("白雪", "赛昉科技 软件工程师")], H2),
    T("17:10", "17:50", "Arm64 虚拟地址布局调整与 LPA2 支持", [("魏东", "Arm 主任工程师")], H2),
]


def photo(d, cx, cy, r):
    """A grey round photo placeholder with a lighter head-and-shoulders silhouette."""
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(150, 156, 168), outline=(90, 200, 240), width=3)
    d.ellipse([cx - r * 0.32, cy - r * 0.55, cx + r * 0.32, cy + r * 0.09], fill=(196, 200, 208))
    d.chord([cx - r * 0.62, cy + r * 0.18, cx + r * 0.62, cy + r * 1.2], 180, 360, fill=(196, 200, 208))


def poster_photo_rows():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, ftime = font(32, True), font(28, True), font(23), font(30, True)
    tx = 300
    heights = []
    for s in SLOTS2:
        if s["kind"] == "break":
            heights.append(96)
        else:
            heights.append(len(wrap(tmp, s["title"], ft, W - 60 - tx)) * 46 + len(s["sp"]) * 96 + 56)
    top = 800
    H = top + sum(heights) + 420
    im = vgrad(W, H, (6, 22, 74), (8, 60, 150))
    d = ImageDraw.Draw(im)
    rnd = random.Random(2103)
    for _ in range(90):
        x, y = rnd.randrange(W), rnd.randrange(700)
        d.line([(x, y), (x + rnd.randrange(20, 120), y)], fill=(30, 80, 170), width=2)
    for i in range(5):
        d.ellipse([W - 260 - i * 30, 120 - i * 30, W - 60 + i * 30, 320 + i * 30], outline=(40, 110, 200), width=2)
    ctext(d, W - 160, 196, "CLK", font(44, True), (120, 220, 255))
    d.text((60, 50), "CHINA LINUX KERNEL", font=font(24, True), fill=(150, 200, 255))
    d.text((60, 84), "CLK 2028 · 西安", font=font(24), fill=(150, 200, 255))
    d.text((60, 150), "第二十三届中国", font=font(64, True), fill=(255, 255, 255))
    d.text((60, 236), "Linux 内核开发者大会", font=font(64, True), fill=(255, 255, 255))
    d.rounded_rectangle([60, 350, 520, 400], radius=25, fill=(20, 110, 210))
    d.text((84, 356), "2028 年 10 月 21 日　西安", font=font(28, True), fill=(255, 255, 255))
    d.text((60, 420), "地点：西安电子科技大学南校区 图书馆报告厅", font=font(26), fill=(200, 222, 250))
    d.polygon([(60, 500), (W - 60, 500), (W - 90, 590), (90, 590)], fill=(16, 150, 220))
    ctext(d, W / 2, 512, F2, font(52, True), (255, 255, 255))
    ctext(d, W / 2, 630, "主持人：" + H2, font(36, True), (120, 220, 255))
    ctext(d, W / 2, 688, H2_AFF, font(24), (200, 222, 250))
    y = top
    for s, h in zip(SLOTS2, heights):
        rng = s["start"] + "-" + s["end"]
        if s["kind"] == "break":
            d.rectangle([60, y, W - 60, y + 64], fill=(20, 120, 210))
            d.text((84, y + 12), rng, font=ftime, fill=(255, 255, 255))
            d.text((tx, y + 12), s["title"], font=font(32, True), fill=(255, 255, 255))
            y += h
            continue
        d.rounded_rectangle([60, y, W - 60, y + h - 24], radius=14, outline=(40, 110, 200), width=2,
                            fill=(10, 40, 110))
        d.text((84, y + 24), rng, font=ftime, fill=(100, 220, 255))
        yy = y + 22
        for ln in wrap(d, s["title"], ft, W - 60 - tx - 20):
            d.text((tx, yy), ln, font=ft, fill=(255, 255, 255))
            yy += 46
        yy += 14
        for n, a in s["sp"]:
            photo(d, tx + 38, yy + 38, 38)
            d.text((tx + 96, yy + 20), n, font=fn, fill=(255, 255, 255))
            d.text((tx + 96 + tw(d, n, fn) + 22, yy + 25), a, font=fa, fill=(180, 200, 230))
            yy += 96
        y += h
    y += 40
    ctext(d, W / 2, y, "支持单位", font(32, True), (120, 220, 255))
    y += 70
    for i, sname in enumerate(["西安电子科技大学", "openEuler", "龙蜥社区", "平头哥"]):
        bx = 60 + i * 245
        d.rounded_rectangle([bx, y, bx + 225, y + 70], radius=8, fill=(255, 255, 255))
        ctext(d, bx + 112, y + 18, sname, font(24, True), (30, 50, 90))
    qrcode(d, W / 2 - 70, y + 120, 140, 2104)
    return finish(im, 2105, 0.02, 0.35, 85), [{"forum": F2, "slots": [truth_slot(s) for s in SLOTS2]}]


# ===========================================================================
# 3. A printed table sheet (A4 at 150 dpi, serif headings) photographed with
#    a phone: columns 时间 | 议题 | 分享嘉宾 | 单位, a two-speaker row with two
#    names and two units on two lines, a 茶歇 row; then the top of the sheet
#    is framed on a grey desk, lit unevenly, rotated by 0.7 degree, shrunk to 0.7, blurred
#    and saved as a JPEG at quality 60.
F3, H3, H3_AFF = "存储与文件系统分论坛", "贾明远", "华中科技大学 教授"
SLOTS3 = [
    T("09:00", "09:35", "ext4 大块尺寸（LBS）支持进展", [("乔宇航", "阿里云")], H3),
    T("09:35", "10:10", "EROFS 与 composefs：只读镜像的按需加载", [("方婧", "字节跳动")], H3),
    T("10:10", "10:45", "NVMe FDP 与 zoned 设备在数据库场景下的写放大控制", [("柴振宇", "浪潮信息")], H3),
    B("10:45", "11:00", "茶歇"),
    T("11:00", "11:35", "F2FS 在手机存储上的碎片整理与 GC 优化", [("欧阳晨", "荣耀")], H3),
    T("11:35", "12:10", "blk-mq 多队列下的 I/O 优先级与 cgroup 限流",
      [("殷浩", "腾讯"), ("葛婷", "中国科学技术大学")], H3),
    T("12:10", "12:45", "NFS over RDMA 在 AI 存储集群中的调优", [("庞立", "华为")], H3),
]


def poster_phone_photo():
    W, PH = 1240, 1754
    paper = Image.new("RGB", (W, PH), (253, 252, 248))
    d = ImageDraw.Draw(paper)
    X0, X1 = 90, W - 90
    cols = [X0, X0 + 190, X0 + 190 + 480, X0 + 190 + 480 + 150, X1]
    ft, fb = font(26, serif=True), font(26, True, serif=True)
    ctext(d, W / 2, 110, "第二十三届中国 Linux 内核开发者大会", font(44, True, serif=True), (20, 20, 20))
    ctext(d, W / 2, 190, F3 + "　议程", font(40, True, serif=True), (20, 20, 20))
    ctext(d, W / 2, 262, "2028 年 10 月 21 日（星期六）上午　西安电子科技大学 B 楼 201", font(26, serif=True), (60, 60, 60))
    d.text((X0, 330), "主持人：%s（%s）" % (H3, H3_AFF), font=font(26, True, serif=True), fill=(30, 30, 30))
    y = 390
    d.rectangle([X0, y, X1, y + 60], fill=(222, 226, 232))
    for k, head in enumerate(["时间", "议题", "分享嘉宾", "单位"]):
        ctext(d, (cols[k] + cols[k + 1]) / 2, y + 14, head, fb, (20, 20, 20))
    y += 60
    rows = []
    for s in SLOTS3:
        if s["kind"] == "break":
            rows.append((s, 64))
        else:
            tl = wrap(d, s["title"], ft, cols[2] - cols[1] - 28)
            rows.append((s, max(len(tl), len(s["sp"])) * 40 + 40))
    for s, h in rows:
        rng = s["start"] + "-" + s["end"]
        ctext(d, (cols[0] + cols[1]) / 2, y + h / 2 - 18, rng, ft, (20, 20, 20))
        if s["kind"] == "break":
            ctext(d, (cols[1] + cols[4]) / 2, y + h / 2 - 18, s["title"], fb, (20, 20, 20))
        else:
            yy = y + 20
            for ln in wrap(d, s["title"], ft, cols[2] - cols[1] - 28):
                d.text((cols[1] + 14, yy), ln, font=ft, fill=(20, 20, 20))
                yy += 40
            top_sp = y + h / 2 - len(s["sp"]) * 20 - 2
            for i, (n, a) in enumerate(s["sp"]):
                ctext(d, (cols[2] + cols[3]) / 2, top_sp + i * 40, n, ft, (20, 20, 20))
                ctext(d, (cols[3] + cols[4]) / 2, top_sp + i * 40, a, ft, (20, 20, 20))
            for c in cols[2:4]:
                d.line([(c, y), (c, y + h)], fill=(60, 60, 60), width=2)
        d.line([(cols[1], y), (cols[1], y + h)], fill=(60, 60, 60), width=2)
        d.line([(X0, y + h), (X1, y + h)], fill=(60, 60, 60), width=2)
        y += h
    d.rectangle([X0, 390, X1, y], outline=(30, 30, 30), width=3)
    d.line([(X0, 450), (X1, 450)], fill=(30, 30, 30), width=2)
    for c in cols[1:4]:
        d.line([(c, 390), (c, 450)], fill=(60, 60, 60), width=2)
    d.text((X0, y + 40), "注：每个报告含 5 分钟问答。会议资料会后将上传至大会 GitHub 仓库。", font=font(24, serif=True),
           fill=(60, 60, 60))
    d.text((X0, PH - 120), "中国 Linux 内核开发者大会组委会", font=font(24, serif=True), fill=(90, 90, 90))
    # the photograph: desk, uneven light, slight rotation, shrink, blur, JPEG q60
    rnd = random.Random(2106)
    desk = Image.new("RGB", (W + 160, 1380), (92, 88, 84))  # the phone frames the top of the sheet only
    desk.paste(paper, (80, 80))
    n = Image.frombytes("L", (64, 88), bytes(rnd.randrange(256) for _ in range(64 * 88)))
    desk = Image.blend(desk, n.resize(desk.size, Image.BILINEAR).convert("RGB"), 0.03)
    lw, lh = desk.size[0] // 8, desk.size[1] // 8
    light = Image.frombytes("L", (lw, lh), bytes(255 - int(38 * (0.6 * x / lw + 0.8 * y / lh))
                                                 for y in range(lh) for x in range(lw)))
    light = light.resize(desk.size, Image.BILINEAR)
    desk = ImageChops.multiply(desk, Image.merge("RGB", (light, light, light)))
    desk = desk.rotate(-0.7, resample=Image.BICUBIC, expand=False, fillcolor=(80, 76, 72))
    desk = desk.resize((int(desk.size[0] * 0.7), int(desk.size[1] * 0.7)), Image.LANCZOS)
    desk = desk.filter(ImageFilter.GaussianBlur(0.7))
    return desk, [{"forum": F3, "slots": [truth_slot(s) for s in SLOTS3]}]


# ===========================================================================
# 4. Start times only, with durations (1080 px), English above Chinese: a
#    cream poster with a black band; the forum as 'eBPF & OBSERVABILITY'
#    over 'eBPF 与可观测性分论坛'; rows print the start time '14:00' big at
#    the left and the duration '40 分钟' at the right, the bold title and a
#    line '分享人：name · company job' under it.  The end of a talk is its
#    start plus the printed duration.
F4, H4, H4_AFF = "eBPF 与可观测性分论坛", "邵明杰", "字节跳动 STE 团队负责人"
START4 = "14:00"
TALKS4 = [  # (minutes, title, speakers) or (minutes, break title)
    (40, "BPF arena：用户态与内核共享内存的数据结构编程", [("沈一鸣", "字节跳动 内核工程师")]),
    (30, "用 bpftrace 定位线上长尾延迟", [("韦庆", "美团 SRE 专家")]),
    (40, "BPF 程序签名与 LSM：可信 eBPF 加载链", [("汪启明", "蚂蚁集团 安全工程师")]),
    (15, "茶歇"),
    (40, "Continuous profiling with BPF in large Kubernetes clusters", [("雷子墨", "快手 基础架构工程师")]),
    (30, "kfunc 与 struct_ops：扩展内核的稳定接口之争", [("孔祥宇", "腾讯 高级工程师")]),
    (35, "XDP 在 5G 用户面转发中的应用", [("武刚", "中国移动 研究员")]),
]


def slots4():
    out, t = [], mins(START4)
    for item in TALKS4:
        s, e = hm(t), hm(t + item[0])
        out.append(B(s, e, item[1]) if len(item) == 2 else T(s, e, item[1], item[2], H4))
        t += item[0]
    return out


def poster_durations():
    W = 1080
    slots = slots4()
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fs = font(32, True), font(25)
    tx = 250
    heights = []
    for s in slots:
        if s["kind"] == "break":
            heights.append(100)
        else:
            heights.append(len(wrap(tmp, s["title"], ft, W - 200 - tx)) * 46 + len(s["sp"]) * 40 + 62)
    top = 900
    H = top + sum(heights) + 300
    im = Image.new("RGB", (W, H), (250, 245, 234))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 520], fill=(24, 24, 28))
    for i in range(0, W, 24):
        d.line([(i, 500), (i + 12, 500)], fill=(255, 120, 40), width=4)
    d.text((60, 56), "LINUX KERNEL DEVELOPERS CONFERENCE 2028", font=font(30, True), fill=(255, 120, 40))
    d.text((60, 102), CONF2, font=font(38), fill=(230, 230, 230))
    d.text((60, 200), "eBPF & OBSERVABILITY", font=font(76, True), fill=(255, 255, 255))
    d.text((60, 310), F4, font=font(54, True), fill=(255, 200, 150))
    d.text((60, 410), "Sat. Oct 21 · 2028 年 10 月 21 日（周六）14:00 开始 · 西电南校区 C 楼报告厅", font=font(24),
           fill=(200, 200, 200))
    d.text((60, 580), "Host　主持人", font=font(24, True), fill=(200, 90, 30))
    d.text((60, 620), H4, font=font(44, True), fill=(24, 24, 28))
    d.text((60 + tw(d, H4, font(44, True)) + 28, 636), H4_AFF, font=font(26), fill=(100, 96, 90))
    d.text((60, 760), "TIME", font=font(22, True), fill=(150, 140, 130))
    d.text((tx, 760), "TALK　议题", font=font(22, True), fill=(150, 140, 130))
    rtext(d, W - 60, 760, "LENGTH", font(22, True), (150, 140, 130))
    d.line([(60, 800), (W - 60, 800)], fill=(24, 24, 28), width=3)
    y = top - 60
    for s, item, h in zip(slots, TALKS4, heights):
        dur = "%d 分钟" % item[0]
        if s["kind"] == "break":
            d.rectangle([60, y + 10, W - 60, y + h - 20], fill=(238, 228, 210))
            d.text((76, y + 22), s["start"], font=font(36, True), fill=(120, 110, 100))
            d.text((tx, y + 24), s["title"], font=font(32, True), fill=(120, 110, 100))
            rtext(d, W - 80, y + 30, dur, font(24), (120, 110, 100))
            y += h
            continue
        d.text((60, y + 12), s["start"], font=font(48, True), fill=(200, 90, 30))
        rtext(d, W - 60, y + 26, dur, font(24), (130, 124, 116))
        yy = y + 18
        for ln in wrap(d, s["title"], ft, W - 200 - tx):
            d.text((tx, yy), ln, font=ft, fill=(24, 24, 28))
            yy += 46
        yy += 8
        for n, a in s["sp"]:
            d.text((tx, yy), "分享人：" + n + " · " + a, font=fs, fill=(90, 86, 80))
            yy += 40
        y += h
        d.line([(60, y - 8), (W - 60, y - 8)], fill=(210, 200, 186), width=1)
    y += 60
    d.text((60, y), "Organized by CLK Program Committee　中国 Linux 内核开发者大会程序委员会", font=font(22),
           fill=(100, 96, 90))
    qrcode(d, W - 190, y + 50, 130, 2107)
    return finish(im, 2108, 0.015, 0.3, 90), [{"forum": F4, "slots": [truth_slot(s) for s in slots]}]


NOTE = (
    "Same conventions as posters-blind-4..20: speakers are names as printed with spaces removed (the foreign "
    "name 'Lukas Berger' -> 'LukasBerger'); host is the chair printed for the forum covering the slot, null for "
    "breaks; start/end always HH:MM on a 24-hour clock; titles exclude tags; where two speakers are printed each "
    "has his own affiliation, given per speaker; affiliations keep a printed job title, joined to the company by "
    "one space; break titles are as printed; '开幕致辞' with a speaker is a talk. Added or stressed here: in the "
    "dense table the ranges are '09:00-09:10' in a shared time column at the left; the morning 主论坛 rows span "
    "the three content columns, its host is in the band '上午　主论坛' at the right ('主持人：钟国强（电子科技大学）'); "
    "the afternoon band '下午　分论坛（三个会场同时进行）' is not a forum; the three afternoon forums are side by side "
    "in columns, each named in a header row with '主持人：name（unit）' under it, so one table row holds three "
    "talks of three forums with the same range; a cell holds the bold title and under it 'name（company）' (the "
    "bracketed company is the affiliation; a two-speaker cell prints 'name（company）、name（company）' on one "
    "line); the 茶歇 row 15:00-15:15 spans the three afternoon columns and is given as a break of each afternoon "
    "forum, 茶歇 10:30-10:45 and 午餐 12:05-13:30 are breaks of 主论坛; the sponsor boxes at the foot are not "
    "affiliations. In the photo-row poster a row is the range '13:30-14:10' left, the bold title right, and per "
    "speaker a grey circle (photo placeholder) with 'name　company job' on one line; the host is '主持人：苏振华' "
    "with the unit on the line under it. The phone-photo table (a JPEG) has the columns 时间 | 议题 | 分享嘉宾 | "
    "单位: the affiliation is the 单位 cell (company only, no job), a two-speaker row has two names and two units "
    "on two lines, paired by line; the host line is '主持人：贾明远（华中科技大学 教授）'. In the durations poster "
    "only start times are printed ('14:00', also for the 茶歇), with the length at the right ('40 分钟'): end = "
    "start + length, so the last talk ends 17:50 though 17:50 is printed nowhere; the speaker line is "
    "'分享人：name · company job' ('分享人：' is a label, '·' a separator); the English lines above the Chinese "
    "('eBPF & OBSERVABILITY', 'Host　主持人', 'TIME / TALK　议题 / LENGTH') are headings, the forum name is the "
    "Chinese one, and '14:00 开始' in the date line is not a slot."
)

LAYOUTS = {
    "dense-table-full-day.png": (
        "Full-day agenda (1440 px wide) as one dense table under a navy header ('CLK 2027', conference name, "
        "big '大会日程' with 'AGENDA', date and place lines): a shared time column at the left with ranges "
        "'09:00-09:10'; the morning band '上午　主论坛' with the host at its right, a '时间 | 议题 / 演讲嘉宾' header "
        "and rows whose content spans three columns (开幕致辞 with a speaker, one talk with two speakers "
        "'name（company）、name（company）', 茶歇 and 午餐 rows shaded); the afternoon band, a header row naming "
        "内存管理分论坛, 虚拟化与体系结构分论坛 and 调度与锁分论坛 side by side, each with '主持人：name（unit）', "
        "then four rows of three talks each (bold title, 'name（company）' on the next line of the cell) and a "
        "茶歇 row spanning the three columns; a note, ten sponsor boxes and a QR code at the foot.",
        "2027-10-23", poster_dense_table),
    "blue-photo-rows-forum.png": (
        "Dark-blue forum poster (1080 px) in the style of the real CLK posters: 'CHINA LINUX KERNEL', the "
        "conference name on two lines, a date pill and place line, the forum name 'RISC-V 与体系结构分论坛' on "
        "a cyan trapezoid, '主持人：苏振华' centred with the unit under it; then rounded rows: the cyan range "
        "'13:30-14:10' at the left, the bold white title right of it (some wrap), and per speaker a grey "
        "circle with a silhouette (photo placeholder) beside 'name　company job' (one talk with two speakers, "
        "one foreign name with an all-English title, one uncommon surname 滕); a full-width 茶歇 bar; "
        "sponsor boxes and a QR code at the foot.",
        "2028-10-21", poster_photo_rows),
    "phone-photo-table.jpg": (
        "The top of a printed A4 sheet photographed with a phone (JPEG quality 60, 979 x 965): serif headings "
        "(conference name, '存储与文件系统分论坛　议程', date and room, host line '主持人：贾明远（华中科技大学 教授）'), "
        "a ruled table with the columns 时间 | 议题 | 分享嘉宾 | 单位, ranges '09:00-09:35', titles wrapping "
        "in their column, one row with two speakers and two units on two lines, a 茶歇 row spanning the three "
        "right columns, a note under the table; the sheet lies on a grey desk (its foot out of frame), lit "
        "unevenly, rotated 0.7 degree, shrunk to 0.7 and slightly blurred. Compound surname 欧阳.",
        "2028-10-21", poster_phone_photo),
    "start-times-durations.png": (
        "Cream poster (1080 px) with a black header, English above Chinese ('LINUX KERNEL DEVELOPERS "
        "CONFERENCE 2028' over the conference name, 'eBPF & OBSERVABILITY' over 'eBPF 与可观测性分论坛'), a "
        "date line ending '14:00 开始 · …', a host block ('Host　主持人', name big, unit beside it), column heads "
        "'TIME / TALK　议题 / LENGTH'; rows with only the start time '14:00' big in orange at the left, the "
        "length '40 分钟' at the right, the bold title (one all English) and '分享人：name · company job' under "
        "it; a shaded 茶歇 row with its start and length; organiser line and a QR code.",
        "2028-10-21", poster_durations),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        if fn.endswith(".jpg"):
            im.save(os.path.join(HERE, fn), "JPEG", quality=60)
        else:
            im.save(os.path.join(HERE, fn), optimize=False)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
