"""Draw the twentieth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the three PNGs and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
the JPEG-like softness is a slight blur plus a round trip through Pillow's own
JPEG encoder at a fixed quality.  The set is ORDINARY on purpose: a light
forum poster with a timeline (range left of a rule, title and 'name company
job' lines right of it), a dark forum poster of white cards (spaced range
'09:00 - 09:40', a '分享嘉宾' chip before the speaker), and a tall full-day
agenda (main forum in the morning, two parallel forums in the afternoon
stacked one under the other, en-dash ranges '09:00–09:15').
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


def ctext(d, cx, y, text, f, fill):
    d.text((cx - tw(d, text, f) / 2, y), text, font=f, fill=fill)


def rtext(d, rx, y, text, f, fill):
    d.text((rx - tw(d, text, f), y), text, font=f, fill=fill)


def hgrad(w, h, c1, c2):
    im = Image.new("RGB", (w, h), c1)
    d = ImageDraw.Draw(im)
    for x in range(w):
        t = x / max(1, w - 1)
        d.line([(x, 0), (x, h)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))
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


def pad2(name):
    """A two-character Chinese name padded with an ideographic space, as many posters print it."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and ord(name[0]) > 0x2E80 else name


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [n.replace(" ", "").replace("\u3000", "") for n, _ in s["sp"]],
            "affiliations": [a for _, a in s["sp"]], "host": s["host"]}


CONF = "第二十一届中国 Linux 内核开发者大会"

# ===========================================================================
# 1. Light forum poster with a timeline: a dark-green header with diagonal
#    stripes, the forum name on an amber band, a '时间：' line whose range is
#    the whole afternoon (not a slot), the host line '主持人：name　unit', then
#    a vertical rule with dots: the range '13:30-14:10' left of the rule, the
#    bold title right of it and per speaker 'name　company job' on one line
#    (name bold, the rest regular grey).
F1 = "文件系统与存储分论坛"
H1, H1_AFF = "陈思远", "浙江大学 计算机科学与技术学院 副教授"
SLOTS1 = [
    T("13:30", "14:10", "EROFS 在容器镜像加速中的实践与优化", [("王俊杰", "阿里云 高级技术专家")], H1),
    T("14:10", "14:50", "ext4 多块分配器（mballoc）的性能瓶颈分析与改进", [("刘洋", "华为 内核工程师")], H1),
    T("14:50", "15:30", "XFS 在线修复（online fsck）进展：从 scrub 到 repair",
      [("李明辉", "统信软件 文件系统工程师")], H1),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:25", "io_uring 与 NVMe 直通：绕过块层的高性能存储路径",
      [("赵文博", "英特尔 软件架构师"), ("孙丽华", "字节跳动 存储工程师")], H1),
    T("16:25", "17:05", "Btrfs RAID56 写洞问题的修复与 raid-stripe-tree", [("黄志刚", "SUSE 高级工程师")], H1),
    T("17:05", "17:45", "FUSE passthrough 与 virtiofs 在 AI 训练数据加载中的应用", [("杨一帆", "蚂蚁集团 技术专家")], H1),
]


def poster_timeline():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, ftime = font(32, True), font(28, True), font(24), font(28, True)
    tx, rule_x = 300, 262
    heights = []
    for s in SLOTS1:
        if s["kind"] == "break":
            heights.append(90)
        else:
            heights.append(len(wrap(tmp, s["title"], ft, W - 60 - tx)) * 46 + len(s["sp"]) * 42 + 60)
    top = 760
    H = top + sum(heights) + 300
    im = Image.new("RGB", (W, H), (247, 248, 244))
    d = ImageDraw.Draw(im)
    im.paste(hgrad(W, 470, (12, 70, 52), (24, 110, 80)), (0, 0))
    for k in range(-6, 20):
        x = k * 90
        d.polygon([(x, 470), (x + 30, 470), (x + 330, 0), (x + 300, 0)], fill=(30, 100, 74))
    d.text((60, 46), "CLK 2026", font=font(40, True), fill=(255, 214, 90))
    rtext(d, W - 60, 54, "中国 Linux 内核开发者大会", font(26), (220, 240, 228))
    d.text((60, 130), CONF.replace("第二十一届", "第二十一届\n"), font=font(64, True), fill=(255, 255, 255),
           spacing=18)
    d.rectangle([0, 470, W, 580], fill=(255, 196, 60))
    ctext(d, W / 2, 484, F1, font(60, True), (12, 60, 44))
    d.text((60, 610), "时间：2026 年 11 月 22 日（周日）13:30-17:45", font=font(26), fill=(60, 70, 64))
    d.text((60, 650), "地点：上海交通大学闵行校区 陈瑞球楼 100 号", font=font(26), fill=(60, 70, 64))
    d.text((60, 696), "主持人：", font=font(30, True), fill=(12, 70, 52))
    d.text((180, 696), H1, font=font(30, True), fill=(12, 70, 52))
    d.text((180 + tw(d, H1, font(30, True)) + 24, 702), H1_AFF, font=font(24), fill=(90, 100, 94))
    y = top + 30
    d.line([(rule_x, top + 20), (rule_x, top + sum(heights))], fill=(24, 110, 80), width=3)
    for s, h in zip(SLOTS1, heights):
        rng = s["start"] + "-" + s["end"]
        d.ellipse([rule_x - 10, y + 8, rule_x + 10, y + 28], fill=(255, 196, 60), outline=(24, 110, 80), width=3)
        rtext(d, rule_x - 28, y, rng, ftime, (24, 110, 80))
        if s["kind"] == "break":
            d.rounded_rectangle([tx, y - 8, W - 60, y + 46], radius=27, fill=(230, 238, 232))
            d.text((tx + 30, y), s["title"], font=font(28, True), fill=(24, 110, 80))
            y += h
            continue
        yy = y - 4
        for ln in wrap(d, s["title"], ft, W - 60 - tx):
            d.text((tx, yy), ln, font=ft, fill=(28, 34, 30))
            yy += 46
        yy += 6
        for n, a in s["sp"]:
            d.text((tx, yy), n, font=fn, fill=(12, 90, 64))
            d.text((tx + tw(d, n, fn) + 24, yy + 4), a, font=fa, fill=(100, 108, 104))
            yy += 42
        y += h
    y = top + sum(heights) + 60
    d.line([(60, y), (W - 60, y)], fill=(200, 210, 204), width=2)
    d.text((60, y + 40), "主办：中国 Linux 内核开发者大会组委会", font=font(24), fill=(90, 100, 94))
    d.text((60, y + 80), "议程如有变动，以现场为准", font=font(24), fill=(90, 100, 94))
    qrcode(d, W - 200, y + 30, 140, 2001)
    return finish(im, 2002, 0.022, 0.35, 86), [{"forum": F1, "slots": [truth_slot(s) for s in SLOTS1]}]


# ===========================================================================
# 2. Dark forum poster of white cards: navy-to-purple header with the title
#    '议程 AGENDA', the forum name, a host card ('主持人' label, the name big,
#    the unit under it), then one white card per talk: the range spaced
#    '09:00 - 09:40' in orange, the bold title, and a purple chip '分享嘉宾'
#    before 'name ｜ company job' (two-character names padded).
F2 = "调度与性能分论坛"
H2, H2_AFF = "周海峰", "腾讯 操作系统内核技术负责人"
SLOTS2 = [
    T("09:00", "09:40", "EEVDF 调度器落地一年：延迟敏感型业务的收益与回退", [("吴晓东", "字节跳动 内核研发工程师")], H2),
    T("09:40", "10:20", "sched_ext: writing pluggable schedulers in BPF", [("Thomas Keller", "Meta Software Engineer")], H2),
    T("10:20", "11:00", "大小核架构下的能效感知调度（EAS）调优", [("林静", "vivo 系统性能专家")], H2),
    B("11:00", "11:15", "茶歇"),
    T("11:15", "11:55", "perf 与 PMU 虚拟化：云上性能剖析的精度问题", [("亓文涛", "腾讯云 高级工程师")], H2),
    T("11:55", "12:35", "基于 PSI 与 cgroup 的在离线混部 CPU 隔离实践",
      [("郭建华", "美团 基础架构工程师"), ("马晓宇", "京东 内核专家")], H2),
]


def poster_cards():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa = font(34, True), font(28, True), font(24)
    heights = []
    for s in SLOTS2:
        if s["kind"] == "break":
            heights.append(86)
        else:
            heights.append(78 + len(wrap(tmp, s["title"], ft, W - 200)) * 50 + len(s["sp"]) * 50 + 30)
    top = 820
    H = top + sum(h + 28 for h in heights) + 260
    im = Image.new("RGB", (W, H), (28, 24, 72))
    grad = hgrad(W, H, (22, 28, 84), (70, 30, 110))
    im.paste(grad, (0, 0))
    d = ImageDraw.Draw(im)
    rnd = random.Random(2003)
    for _ in range(120):
        x, y, r = rnd.randrange(W), rnd.randrange(top), rnd.choice((1, 2, 2, 3))
        d.ellipse([x - r, y - r, x + r, y + r], fill=(120, 130, 210))
    for i in range(6):
        d.arc([-300 + i * 40, 380 - i * 40, 500 + i * 40, 1180 + i * 40], 270, 360, fill=(90, 80, 170), width=2)
    d.text((60, 50), "CLK2026 · Linux Kernel Developers Conference", font=font(24, True), fill=(180, 180, 240))
    d.text((60, 110), CONF, font=font(46, True), fill=(255, 255, 255))
    d.text((60, 200), "议程", font=font(110, True), fill=(255, 255, 255))
    d.text((320, 250), "AGENDA", font=font(56, True), fill=(255, 150, 60))
    d.rounded_rectangle([60, 380, 680, 456], radius=38, fill=(255, 150, 60))
    d.text((96, 390), F2, font=font(46, True), fill=(30, 20, 70))
    d.text((60, 490), "11 月 22 日 上午　|　上海交通大学 电信群楼 1-100", font=font(28), fill=(210, 210, 245))
    d.rounded_rectangle([60, 560, W - 60, 760], radius=20, outline=(150, 140, 230), width=2, fill=(44, 40, 110))
    d.text((100, 586), "主持人", font=font(26, True), fill=(255, 150, 60))
    d.text((100, 626), H2, font=font(48, True), fill=(255, 255, 255))
    d.text((100, 700), H2_AFF, font=font(26), fill=(200, 200, 240))
    y = top
    for s, h in zip(SLOTS2, heights):
        rng = s["start"] + " - " + s["end"]
        if s["kind"] == "break":
            d.rounded_rectangle([60, y, W - 60, y + h], radius=18, outline=(255, 150, 60), width=2)
            d.text((100, y + 22), rng, font=font(30, True), fill=(255, 180, 110))
            d.text((400, y + 20), s["title"], font=font(32, True), fill=(255, 255, 255))
            y += h + 28
            continue
        d.rounded_rectangle([60, y, W - 60, y + h], radius=18, fill=(255, 255, 255))
        d.rectangle([60, y + 24, 68, y + 66], fill=(255, 150, 60))
        d.text((100, y + 24), rng, font=font(30, True), fill=(230, 110, 30))
        yy = y + 78
        for ln in wrap(d, s["title"], ft, W - 200):
            d.text((100, yy), ln, font=ft, fill=(30, 26, 60))
            yy += 50
        yy += 10
        for n, a in s["sp"]:
            d.rounded_rectangle([100, yy + 2, 214, yy + 40], radius=8, fill=(92, 60, 170))
            d.text((110, yy + 6), "分享嘉宾", font=font(22, True), fill=(255, 255, 255))
            shown = pad2(n)
            d.text((232, yy), shown, font=fn, fill=(30, 26, 60))
            d.text((232 + tw(d, shown, fn) + 16, yy + 4), "｜ " + a, font=fa, fill=(110, 106, 140))
            yy += 50
        y += h + 28
    ctext(d, W / 2, y + 30, "主办单位：中国 Linux 内核开发者大会　协办单位：上海交通大学", font(24), (200, 200, 240))
    qrcode(d, W / 2 - 70, y + 80, 140, 2004)
    return finish(im, 2005, 0.02, 0.3, 87), [{"forum": F2, "slots": [truth_slot(s) for s in SLOTS2]}]


# ===========================================================================
# 3. Tall full-day agenda (day 1): a red header '大会议程', then three
#    sections stacked: 主论坛 (morning), 内存管理分论坛 and 安全与可信计算分论坛
#    (the afternoon, in parallel in two halls).  Each section has a bar with
#    the forum name and a small right-hand tag ('上午 · 主会场', '下午 · 1 号厅'),
#    a '主持人：name（unit）' line, then rows: en-dash range '09:00–09:15'
#    in a left column, the bold title and one grey 'name / company job' line
#    per speaker; breaks are shaded rows.
F3M, H3M, H3M_AFF = "主论坛", "杨卫东", "清华大学 计算机系 教授"
F3A, H3A, H3A_AFF = "内存管理分论坛", "郭立伟", "OPPO 内核团队负责人"
F3B, H3B, H3B_AFF = "安全与可信计算分论坛", "唐晓敏", "中国科学院信息工程研究所 研究员"
SLOTS3M = [
    T("09:00", "09:15", "开幕致辞", [("胡建国", "上海交通大学 软件学院 院长")], H3M),
    T("09:15", "10:00", "Linux 内核社区 2026：从 6.12 到 6.18 的关键变化", [("何振华", "华为 首席科学家")], H3M),
    T("10:00", "10:45", "Rust for Linux：驱动开发的现状与挑战", [("高振宇", "麒麟软件 内核架构师")], H3M),
    B("10:45", "11:00", "茶歇"),
    T("11:00", "11:45", "面向大模型推理的内核优化：内存、调度与 I/O",
      [("罗文斌", "阿里云 研究员"), ("朱丹妮", "浙江大学 博士生")], H3M),
    B("11:45", "13:30", "午餐"),
]
SLOTS3A = [
    T("13:30", "14:10", "mTHP 多尺寸大页在移动端的落地", [("梁振宇", "OPPO 资深内核工程师")], H3A),
    T("14:10", "14:50", "memdesc 与 folio：struct page 瘦身计划进展", [("宋佳明", "红帽 首席软件工程师")], H3A),
    T("14:50", "15:30", "CXL 内存分层与 NUMA 平衡策略", [("谢宇航", "英特尔 内存子系统架构师")], H3A),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:25", "zswap 与 zram 在服务器场景下的取舍", [("韩晓燕", "腾讯 高级工程师")], H3A),
]
SLOTS3B = [
    T("13:30", "14:10", "Landlock 沙箱在容器运行时中的应用", [("冯志远", "蚂蚁集团 安全专家")], H3B),
    T("14:10", "14:50", "内核控制流完整性：kCFI 与 IBT 的实践", [("曹丽娟", "中兴通讯 安全架构师")], H3B),
    T("14:50", "15:30", "机密计算中的 Arm CCA Realm 与 Intel TDX 对比", [("邓浩然", "中国科学院软件研究所 副研究员")], H3B),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:25", "IMA/EVM 完整性度量与国密算法支持", [("彭德胜", "统信软件 安全工程师")], H3B),
]
SECTIONS3 = [
    (F3M, "上午 · 主会场", H3M, H3M_AFF, SLOTS3M),
    (F3A, "下午 · 1 号厅", H3A, H3A_AFF, SLOTS3A),
    (F3B, "下午 · 2 号厅", H3B, H3B_AFF, SLOTS3B),
]


def poster_full_day():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fs, ftime = font(30, True), font(24), font(26, True)
    tx = 260

    def row_h(s):
        if s["kind"] == "break":
            return 70
        return 36 + len(wrap(tmp, s["title"], ft, W - 60 - tx)) * 44 + len(s["sp"]) * 36 + 10

    top = 560
    H = top + sum(200 + sum(row_h(s) for s in sl) + 40 for *_, sl in SECTIONS3) + 200
    im = Image.new("RGB", (W, H), (252, 247, 238))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 470], fill=(168, 28, 36))
    for i in range(14):
        d.ellipse([W - 340 + i * 8, -220 + i * 8, W + 260 - i * 8, 380 - i * 8], outline=(190, 50, 58), width=2)
    d.text((60, 44), "CLK 2026", font=font(36, True), fill=(255, 220, 150))
    d.text((60, 104), CONF, font=font(50, True), fill=(255, 255, 255))
    d.text((60, 196), "大会议程", font=font(96, True), fill=(255, 255, 255))
    d.text((60, 340), "2026 年 11 月 21 日（星期六）　上海 · 上海交通大学闵行校区", font=font(28), fill=(255, 225, 200))
    d.text((60, 390), "08:30 开始签到，主会场：图书馆主馆报告厅", font=font(24), fill=(255, 200, 180))
    d.rectangle([0, 470, W, 482], fill=(240, 180, 60))
    y = top
    for name, tag, host, haff, slots in SECTIONS3:
        d.rectangle([60, y, W - 60, y + 76], fill=(168, 28, 36))
        d.text((90, y + 10), name, font=font(42, True), fill=(255, 255, 255))
        rtext(d, W - 90, y + 24, tag, font(26), (255, 220, 150))
        d.text((60, y + 100), "主持人：" + host + "（" + haff + "）", font=font(26, True), fill=(120, 30, 30))
        y += 160
        d.line([(60, y), (W - 60, y)], fill=(200, 160, 140), width=2)
        for s in slots:
            h = row_h(s)
            rng = s["start"] + "–" + s["end"]
            if s["kind"] == "break":
                d.rectangle([60, y, W - 60, y + h], fill=(244, 232, 214))
                d.text((80, y + 20), rng, font=ftime, fill=(120, 60, 40))
                d.text((tx, y + 18), s["title"], font=font(28, True), fill=(120, 60, 40))
            else:
                d.text((80, y + 20), rng, font=ftime, fill=(168, 28, 36))
                yy = y + 18
                for ln in wrap(d, s["title"], ft, W - 60 - tx):
                    d.text((tx, yy), ln, font=ft, fill=(40, 24, 20))
                    yy += 44
                for n, a in s["sp"]:
                    d.text((tx, yy + 4), n + " / " + a, font=fs, fill=(110, 96, 88))
                    yy += 36
            y += h
            d.line([(60, y), (W - 60, y)], fill=(220, 200, 186), width=1)
        y += 80
    d.text((60, y), "注：下午两个分论坛同时进行，请按胸牌颜色入场。", font=font(24), fill=(120, 100, 90))
    qrcode(d, W - 200, y - 20, 140, 2006)
    forums = [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, _, _, _, slots in SECTIONS3]
    return finish(im, 2007, 0.02, 0.3, 88), forums


NOTE = (
    "Same conventions as posters-blind-4..13: speakers are names as printed with spaces removed (the foreign "
    "name 'Thomas Keller' -> 'ThomasKeller', a padded two-character name '林　静' -> '林静'); host is the chair "
    "printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; "
    "titles exclude tags; where two speakers are printed each has his own affiliation, given per speaker; "
    "affiliations keep a printed job title, joined to the company by one space; break titles are as printed; "
    "'开幕致辞' with a speaker is a talk. Added or stressed here: in the timeline poster the range "
    "'13:30-14:10' sits LEFT of a vertical rule and the title and speaker lines right of it, a speaker line is "
    "the bold name followed on the same line by company and job title, the host line is '主持人：陈思远' followed "
    "on the same line by the chair's unit (not an affiliation of any slot), and the line "
    "'时间：2026 年 11 月 22 日（周日）13:30-17:45' is the whole afternoon, not a slot; in the card poster "
    "ranges are spaced '09:00 - 09:40', the purple chip '分享嘉宾' before each speaker is a label (not part of the "
    "name), a speaker line is 'name ｜ company job' (the full-width '｜' is a separator), two-character names are "
    "padded ('林　静'), the host card prints '主持人' with the name under it and the unit under that, and "
    "'11 月 22 日 上午' is not a slot; in the full-day agenda ranges use an en dash without spaces "
    "('09:00–09:15'), the three forums are stacked (主论坛 in the morning; 内存管理分论坛 and 安全与可信计算分论坛 "
    "run in parallel in the afternoon, each with its own 茶歇), the right-hand tags '上午 · 主会场' / "
    "'下午 · 1 号厅' / '下午 · 2 号厅' are not part of the forum names, each forum's '主持人：name（unit）' gives "
    "the host (the bracketed unit is not a slot), a speaker line is 'name / company job', the 午餐 row "
    "11:45–13:30 is a break of the main forum, and the header line '08:30 开始签到…' is not a slot."
)

LAYOUTS = {
    "green-timeline-forum.png": (
        "Light forum poster (1080 px): dark-green striped header ('CLK 2026', the conference name on two lines), "
        "the forum name '文件系统与存储分论坛' on an amber band, a '时间：…13:30-17:45' line and a place line, "
        "'主持人：陈思远' with the chair's unit on the same line, then a vertical timeline rule with dots: "
        "the range '13:30-14:10' right-aligned left of the rule, the bold title right of it (some wrap over two "
        "lines) and 'name　company job' lines (one talk with two speakers of two companies); the 茶歇 is a "
        "rounded grey pill on the timeline; footer with organiser and a QR code.",
        "2026-11-22", poster_timeline),
    "purple-agenda-cards.png": (
        "Dark navy-to-purple forum poster (1080 px) with dots and arcs: conference line, the big '议程' with "
        "'AGENDA' beside it, the forum name '调度与性能分论坛' in an orange pill, date and room line, an outlined "
        "host card ('主持人' label, name big, unit under it); then white rounded cards, each with an orange "
        "spaced range '09:00 - 09:40', the bold dark title (one all English, some wrap) and per speaker a "
        "purple chip '分享嘉宾' + name (two-character name padded) + '｜ company job' (one card with two "
        "speakers, one foreign name, one uncommon surname 亓); the tea break is an orange-outlined card; "
        "organiser footer and a QR code.",
        "2026-11-22", poster_cards),
    "red-full-day-agenda.png": (
        "Tall full-day agenda (1080 px) with a red header ('CLK 2026', conference name, big '大会议程', date "
        "and place, a check-in line), then three stacked sections, each a red bar with the forum name and a "
        "right-hand tag, a '主持人：name（unit）' line and rule-separated rows: red en-dash range '09:00–09:15' "
        "in a left column, the bold title (some wrap) and grey 'name / company job' lines; 主论坛 in the "
        "morning (开幕致辞 with a speaker, one talk with two speakers, 茶歇 and 午餐 rows), then "
        "内存管理分论坛 and 安全与可信计算分论坛 in parallel in the afternoon with their own 茶歇 rows; a note "
        "and a QR code at the foot.",
        "2026-11-21", poster_full_day),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        im.save(os.path.join(HERE, fn), optimize=False)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
