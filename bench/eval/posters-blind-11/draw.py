"""Draw the eleventh blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the five PNGs and truth.json next to this file.
Everything printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances; the
JPEG-like softness is a round trip through Pillow's own encoder at a fixed
quality.  The five layouts were chosen to differ from every layout of
posters-blind-1..10 and from each other: a printed programme-book page
photographed at an angle on a desk (two text columns, 12-hour times with
上午/中午/下午 markers), a long phone screenshot of a WeChat speakers' group in
which the organiser posts the agenda as two text messages, a split-flap
"departures board" on the venue screen (start times only, a status column and
a live clock), an English conference web page in a browser (pinyin names,
sponsor strip, livestream QR code, sidebar of other tracks), and a main-forum
poster whose speaker roster (photo, company, job title) is printed apart from
the agenda, which gives names only.
"""
import io
import math
import json
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC, MONO_SC = 2, 7
_fc = {}


def font(size, bold=False, mono=False, serif=False):
    if serif:
        path, index = FD + ("NotoSerifCJK-Bold.ttc" if bold else "NotoSerifCJK-Regular.ttc"), SC
    else:
        path = FD + ("NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc")
        index = MONO_SC if mono else SC
    key = (path, index, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, size, index=index)
    return _fc[key]


def tw(d, text, f):
    b = d.textbbox((0, 0), text, font=f)
    return b[2] - b[0]


TOKEN = re.compile(r"[（(]?[A-Za-z0-9_\-./:+#'’&?]+[,)]?\s*|\s+|.")
CLOSERS = "）)、，。：；！？”"


def wrap(d, text, f, maxw):
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        if tw(d, cur + tok.rstrip(), f) <= maxw or not cur or tok[0] in CLOSERS:
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


def soften(im, blur, quality):
    """Slight blur plus a JPEG round trip: the softness of a picture re-shared in a chat."""
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def grain(im, seed, amount):
    """Seeded low-resolution noise blended in (Pillow's effect_noise is not seedable)."""
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    noise = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    noise = noise.resize(im.size, Image.BILINEAR).convert("RGB")
    return Image.blend(im, noise, amount)


def qr(d, x, y, size, seed, fg=(20, 20, 20), bg=(255, 255, 255)):
    """A QR-looking square: three finder patterns and seeded modules (it encodes nothing)."""
    rnd = random.Random(seed)
    n = 25
    m = size / n
    d.rectangle([x, y, x + size, y + size], fill=bg)
    for r in range(n):
        for c in range(n):
            finder = (r < 8 and c < 8) or (r < 8 and c >= n - 8) or (r >= n - 8 and c < 8)
            if not finder and rnd.random() < 0.48:
                d.rectangle([x + c * m, y + r * m, x + (c + 1) * m - 0.5, y + (r + 1) * m - 0.5], fill=fg)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        X, Y = x + fx * m, y + fy * m
        d.rectangle([X, Y, X + 7 * m, Y + 7 * m], fill=fg)
        d.rectangle([X + m, Y + m, X + 6 * m, Y + 6 * m], fill=bg)
        d.rectangle([X + 2 * m, Y + 2 * m, X + 5 * m, Y + 5 * m], fill=fg)


def T(start, end, title, speakers, host=None, **extra):
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def K(start, end, title, speakers, host=None, **extra):
    return dict(T(start, end, title, speakers, host, **extra), kind="keynote")


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def P(start, end, title, guests, moderator, **extra):
    return dict({"kind": "panel", "start": start, "end": end, "title": title, "sp": guests, "host": moderator},
                **extra)


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [n.replace(" ", "").replace("\u3000", "") for n, _ in s["sp"]],
            "affiliations": [a for _, a in s["sp"]], "host": s["host"] and s["host"].replace(" ", "")}


def pad2(name):
    return name[0] + "\u3000" + name[1] if len(name) == 2 and ord(name[0]) > 0x2E80 else name


CONF = "第二十一届中国 Linux 内核开发者大会"


# ===========================================================================
# 1. A page of the printed programme book, photographed on a desk: the page
#    is set in serif type in TWO text columns and the agenda FLOWS from the
#    foot of the left column to the top of the right one; times use a 12-hour
#    clock with 上午 / 中午 / 下午 markers ('上午 9:45—10:25', '上午 11:25 —
#    中午 12:05', '中午 12:05 — 下午 1:30'); each half day is a 场 with its own
#    主持人; a [主题演讲] tag after the keynote's time; speakers printed as
#    'name　company job' one per line, except two speakers of one university
#    joined by '、' on one line; a panel moderated by the MORNING chair sits
#    in the afternoon; the edge of the facing page (prose) shows on the left.
F1 = "虚拟化与机密计算分论坛"
H1A, H1A_AFF = "伍思齐", "中国科学院软件研究所 副研究员"
H1B, H1B_AFF = "阎鸿飞", "字节跳动 虚拟化技术负责人"
SLOTS1 = [
    K("09:00", "09:45", "KVM 十五年：从全虚拟化到机密虚拟机", [("房立诚", "清华大学 教授")], H1A),
    T("09:45", "10:25", "TDX Connect 与可信 IO 设备直通的内核支持", [("严皓轩", "英特尔 高级软件工程师")], H1A),
    B("10:25", "10:45", "茶歇"),
    T("10:45", "11:25", "virtio-fs DAX 窗口在安全容器中的内存收益",
      [("车晓雯", "蚂蚁集团 技术专家"), ("邰振东", "蚂蚁集团 高级工程师")], H1A),
    T("11:25", "12:05", "Arm CCA Realm 虚拟机的启动流程与度量链", [("隋嘉禾", "Arm 中国 主任工程师")], H1A),
    B("12:05", "13:30", "午餐"),
    T("13:30", "14:10", "海光 CSV3 机密虚拟机的内存加密与热迁移", [("黎书源", "海光信息 安全架构师")], H1B),
    T("14:10", "14:50", "vCPU 调度抖动的量化：从 steal time 到半虚拟化调度提示", [("全宇航", "腾讯云 资深工程师")], H1B),
    T("14:50", "15:30", "轻量虚拟机冷启动优化：Firecracker 与 Cloud Hypervisor 的对比测量",
      [("缪佳宁", "浙江大学"), ("郏一鸣", "浙江大学"), ("聂泓", "华为云 高级工程师")], H1B,
      lines=[("缪佳宁、郏一鸣", "浙江大学"), (pad2("聂泓"), "华为云 高级工程师")]),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:30", "LoongArch KVM 的中断虚拟化与 AVEC 控制器支持", [("阚文博", "龙芯中科 内核工程师")], H1B),
    T("16:30", "17:10", "Confidential Containers 中的镜像拉取与远程证明",
      [("Samuel Ortega", "Red Hat 首席软件工程师")], H1B),
    P("17:10", "17:50", "圆桌讨论：机密计算的“性能税”还能降多少？",
      [("黎书源", "海光信息"), ("严皓轩", "英特尔"), ("Samuel Ortega", "Red Hat"), ("房立诚", "清华大学")], H1A),
]


def ampm(t):
    """'13:30' -> ('下午', '1:30'): how the programme book prints a time."""
    h, m = (int(x) for x in t.split(":"))
    mark = "上午" if h < 12 else ("中午" if h == 12 else "下午")
    return mark, "%d:%02d" % (h if h <= 12 else h - 12, m)


def cn_range(s, e):
    ms, ts = ampm(s)
    me, te = ampm(e)
    return "%s %s—%s" % (ms, ts, te) if ms == me else "%s %s — %s %s" % (ms, ts, me, te)


def perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): maps output quad dst onto input quad src."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    n = 8
    a = [r[:] + [b] for r, b in zip(rows, rhs)]
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(a[r][i]))
        a[i], a[p] = a[p], a[i]
        for r in range(n):
            if r != i:
                f = a[r][i] / a[i][i]
                a[r] = [x - f * y for x, y in zip(a[r], a[i])]
    return [a[i][n] / a[i][i] for i in range(n)]


def booklet_page():
    PW, PH, LEFT = 1400, 1960, 170
    paper = (247, 243, 233)
    im = Image.new("RGB", (LEFT + PW, PH), paper)
    d = ImageDraw.Draw(im)
    ink, grey, red = (34, 30, 28), (96, 90, 84), (150, 30, 36)
    # the facing page: ends of prose lines cut off by the photo's framing
    prose = ["会议期间请佩戴参会证件，凭证件出入各分会场。", "二层东侧设有茶歇区，全天供应咖啡与点心。",
             "午餐地点为一层宴会厅，请凭餐券用餐。", "会场提供无线网络，名称为 CLK2026-Guest。",
             "各分论坛讲稿将于会后统一发布在大会网站。", "如需发票请于签到时向会务组登记开票信息。",
             "现场摄影与直播画面可能包含参会者影像。", "请勿在会场内吸烟，感谢您的配合与支持。"]
    fp = font(24, serif=True)
    y = 210
    for k in range(26):
        ln = prose[k % len(prose)]
        d.text((LEFT - 60 - tw(d, ln, fp), y), ln, font=fp, fill=grey)
        y += 44 if k % 6 != 5 else 92
    d.text((LEFT - 120, PH - 110), "— 23 —", font=font(22, serif=True), fill=grey)
    # gutter shadow on both sides of the spine
    for k in range(60):
        c = tuple(int(v * (0.80 + 0.20 * k / 60)) for v in paper)
        d.line([(LEFT - 1 - k, 0), (LEFT - 1 - k, PH)], fill=c)
        d.line([(LEFT + k, 0), (LEFT + k, PH)], fill=c)
    X0, X1 = LEFT + 110, LEFT + PW - 90
    d.text((X0, 70), "CLK 2026　会议手册", font=font(22, serif=True), fill=grey)
    rtext(d, X1, 70, "分论坛议程 · Forum Programme", font(22, serif=True), grey)
    d.line([(X0, 108), (X1, 108)], fill=grey, width=1)
    d.text((X0, 140), "分论坛三 ／ FORUM 3", font=font(24, bold=True), fill=red)
    d.text((X0, 178), F1, font=font(60, bold=True, serif=True), fill=ink)
    d.text((X0, 264), "Virtualization & Confidential Computing", font=font(28, serif=True), fill=grey)
    d.text((X0, 314), "11 月 7 日（星期六）全天　·　国际会议中心 3 号厅（二层）", font=font(26, serif=True), fill=ink)
    d.line([(X0, 372), (X1, 372)], fill=ink, width=3)
    d.line([(X0, 378), (X1, 378)], fill=ink, width=1)
    GAP = 70
    CW = (X1 - X0 - GAP) // 2
    fTime, fTag, fT = font(23, bold=True), font(20, bold=True), font(29, bold=True, serif=True)
    fN, fA, fH = font(25, bold=True, serif=True), font(24, serif=True), font(34, bold=True, serif=True)
    # blocks: list of ops (dy, kind, payload) plus a height, laid out before drawing
    blocks = []

    def section(name, host, aff):
        ops = [(0, "sect", name), (58, "hostline", "主持人：" + host)]
        lines = wrap(d, aff, fA, CW - 40)
        for k, ln in enumerate(lines):
            ops.append((96 + 36 * k, "hostaff", ln))
        blocks.append((96 + 36 * len(lines) + 34, ops))

    def slot(s):
        ops, y = [], 0
        ops.append((y, "time", (cn_range(s["start"], s["end"]), s)))
        y += 40
        if s["kind"] == "break":
            blocks.append((y + 34, ops))
            return
        for ln in wrap(d, s["title"], fT, CW):
            ops.append((y, "title", ln))
            y += 44
        y += 6
        if s["kind"] == "panel":
            ops.append((y, "pair", ("主持：", s["host"], "")))
            y += 38
            items = [n + "（" + a + "）" for n, a in s["sp"]]
            text = "嘉宾：" + "、".join(items)
            for ln in wrap(d, text, fA, CW):
                ops.append((y, "guests", ln))
                y += 36
        else:
            for k, (nm, aff) in enumerate(s.get("lines") or [(n, a) for n, a in s["sp"]]):
                ops.append((y, "pair", ("主讲：" if k == 0 else "", nm, aff)))
                y += 38
        blocks.append((y + 30, ops))

    section("上午场", H1A, H1A_AFF)
    for s in SLOTS1:
        if s["start"] == "13:30":
            section("下午场", H1B, H1B_AFF)
        slot(s)
    top, bottom = 410, PH - 150
    x, y, col = X0, top, 0
    for h, ops in blocks:
        if y + h > bottom and col == 0:
            col, x, y = 1, X0 + CW + GAP, top
        for dy, kind, p in ops:
            yy = y + dy
            if kind == "sect":
                d.rectangle([x, yy + 8, x + 10, yy + 44], fill=red)
                d.text((x + 24, yy), p, font=fH, fill=red)
                d.line([(x + 24 + tw(d, p, fH) + 20, yy + 28), (x + CW, yy + 28)], fill=red, width=2)
            elif kind == "hostline":
                d.text((x, yy), p, font=fN, fill=ink)
            elif kind == "hostaff":
                d.text((x + 40, yy), p, font=fA, fill=grey)
            elif kind == "time":
                rng, s = p
                d.text((x, yy), rng, font=fTime, fill=red)
                if s["kind"] == "break":
                    tx = x + tw(d, rng, fTime) + 28
                    d.text((tx, yy - 3), s["title"], font=font(27, bold=True, serif=True), fill=grey)
                    d.line([(tx + 90, yy + 17), (x + CW, yy + 17)], fill=(190, 182, 170), width=1)
                elif s["kind"] == "keynote":
                    tx = x + tw(d, rng, fTime) + 16
                    d.text((tx, yy + 1), "［主题演讲］", font=fTag, fill=red)
                elif s["kind"] == "panel":
                    tx = x + tw(d, rng, fTime) + 16
                    d.text((tx, yy + 1), "［圆桌］", font=fTag, fill=red)
            elif kind == "title":
                d.text((x, yy), p, font=fT, fill=ink)
            elif kind == "pair":
                lab, nm, aff = p
                d.text((x, yy + 2), lab, font=fA, fill=grey)
                nx = x + tw(d, "主讲：", fA) + 4
                d.text((nx, yy), nm, font=fN, fill=ink)
                if aff:
                    d.text((nx + tw(d, nm, fN) + 22, yy + 2), aff, font=fA, fill=grey)
            elif kind == "guests":
                d.text((x, yy), p, font=fA, fill=ink)
        y += h
    d.line([(X0 + CW + GAP / 2, top), (X0 + CW + GAP / 2, bottom)], fill=(200, 192, 180), width=1)
    ctext(d, (X0 + X1) / 2, PH - 100, "— 24 —", font(22, serif=True), grey)
    return im


def wood(w, h, seed):
    rnd = random.Random(seed)
    im = vgrad(w, h, (104, 70, 44), (78, 50, 30))
    d = ImageDraw.Draw(im)
    for _ in range(160):
        y0 = rnd.uniform(-50, h + 50)
        amp, per = rnd.uniform(4, 22), rnd.uniform(300, 900)
        ph = rnd.uniform(0, 6.3)
        c = rnd.choice([(92, 60, 36), (120, 82, 52), (70, 44, 26), (110, 74, 46)])
        pts = [(x, y0 + amp * math.sin(x / per * 6.283 + ph)) for x in range(0, w + 40, 40)]
        d.line(pts, fill=c, width=rnd.choice([1, 2, 3]))
    return im.filter(ImageFilter.GaussianBlur(1.2))


def poster_booklet():
    page = booklet_page()
    W, H = 1900, 2320
    bg = wood(W, H, 1101)
    pw, ph = page.size
    quad = [(120, 150), (1790, 96), (1840, 2230), (90, 2262)]  # TL, TR, BR, BL on the photo
    coeffs = perspective_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    shadow = Image.new("RGB", (W, H), (30, 20, 12))
    smask = mask.filter(ImageFilter.GaussianBlur(18)).point(lambda v: v * 0.6)
    bg.paste(shadow, (14, 22), smask)
    bg.paste(warped, (0, 0), mask)
    # light from the top left, falling off to the bottom right
    light = Image.new("L", (W, H))
    ld = ImageDraw.Draw(light)
    for y in range(0, H, 4):
        for x in range(0, W, 50):
            v = 255 - int(46 * ((x / W) * 0.55 + (y / H) * 0.75))
            ld.rectangle([x, y, x + 50, y + 4], fill=v)
    light = light.filter(ImageFilter.GaussianBlur(30)).convert("RGB")
    im = ImageChops.multiply(bg, light)
    im = grain(im, 1102, 0.05)
    slots = [truth_slot(s) for s in SLOTS1]
    return soften(im, 0.7, 84), [{"forum": F1, "slots": slots}]


# ===========================================================================
# 2. Long phone screenshot of a WeChat speakers' group: the organiser posts
#    the agenda as plain text in TWO messages ('议程（续）'), each talk as
#    '①13:30-14:00' / title (wrapping in the bubble) / '讲者：…' with the
#    speakers joined in different ways ('&', '和', a comma before a job
#    title); members reply in between; the status-bar clock, the centred
#    chat timestamps ('昨天 下午3:41'), the whole-afternoon range in the
#    header line and the closing '18:00 全体合影' are not slots.
F2, H2 = "网络与 eBPF 分论坛", "景文涛"
SLOTS2 = [
    T("13:30", "14:00", "XDP 与 AF_XDP 在 5G UPF 用户面转发中的零拷贝实践", [("裘晨曦", "中国移动研究院")], H2,
      say="讲者：裘晨曦（中国移动研究院）"),
    T("14:00", "14:30", "TCP BBRv3 在跨洋长肥管道上的实测与调参", [("巫立群", "阿里云 网络内核专家")], H2,
      say="讲者：巫立群，阿里云 网络内核专家"),
    T("14:30", "15:00", "netkit 与 tcx：容器网络的新数据路径", [("Erik Sandberg", "Isovalent"), ("蓝思远", "小红书")],
      H2, say="讲者：Erik Sandberg（Isovalent）& 蓝思远（小红书）"),
    T("15:00", "15:25", "用 BPF struct_ops 实现可插拔的拥塞控制算法", [("晁明宇", "网易")], H2, say="讲者：晁明宇（网易）"),
    B("15:25", "15:40", "茶歇"),
    T("15:40", "16:10", "MPTCP 多路径在移动终端弱网环境下的切换策略", [("温若琳", "荣耀终端"), ("殷子默", "荣耀终端")], H2,
      say="讲者：温若琳 和 殷子默（荣耀终端）"),
    T("16:10", "16:40", "基于 eBPF 的四层负载均衡在百万并发连接下的性能剖析", [("龚景川", "美团")], H2,
      say="讲者：龚景川（美团）"),
    T("16:40", "17:10", "page_pool 与 devmem TCP：网卡直达 GPU 显存的收包路径", [("翁博涵", "百度")], H2,
      say="讲者：翁博涵（百度）"),
    T("17:10", "17:35", "用 bpftrace 与 retsnoop 定位内核丢包", [("尤嘉树", "京东 资深工程师")], H2,
      say="讲者：尤嘉树，京东 资深工程师"),
    T("17:35", "18:00", "内核网络栈的锁竞争：从 socket 锁到 per-CPU 化", [("巫立群", "阿里云")], H2,
      say="讲者：巫立群（阿里云）"),
]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def agenda_messages():
    head = ["【CLK 2026｜网络与 eBPF 分论坛｜议程终版】", "时间：11月8日（周日）13:30-18:00", "地点：国际会议中心 3 号厅（二层东侧）",
            "主持人：" + H2 + "（中兴通讯 网络架构师）", ""]
    first, second, n = list(head), ["议程（续）", ""], 0
    target = first
    for s in SLOTS2:
        if s["kind"] == "break":
            first += ["—— " + s["start"] + "-" + s["end"] + " " + s["title"] + " ——"]
            target = second
            continue
        target += [CIRCLED[n] + s["start"] + "-" + s["end"], s["title"], s["say"], ""]
        n += 1
    second += ["18:00 全体合影，分论坛结束", "请各位讲者提前 15 分钟到场拷贝 PPT，谢谢！"]
    return first, second


def poster_wechat():
    W = 1080
    im = Image.new("RGB", (W, 6000), (237, 237, 237))
    d = ImageDraw.Draw(im)
    ink, grey = (25, 25, 25), (150, 150, 150)
    fMsg, fName, fStamp = font(34), font(24), font(26)
    # status bar and navigation bar
    d.rectangle([0, 0, W, 80], fill=(237, 237, 237))
    d.text((56, 18), "16:08", font=font(32, bold=True), fill=ink)
    for k in range(4):
        d.rectangle([W - 250 + k * 14, 50 - 8 * k, W - 240 + k * 14, 58], fill=ink)
    d.text((W - 180, 20), "5G", font=font(26, bold=True), fill=ink)
    d.rounded_rectangle([W - 120, 24, W - 58, 56], 8, outline=ink, width=3)
    d.rectangle([W - 114, 30, W - 80, 50], fill=ink)
    d.rectangle([W - 56, 34, W - 51, 46], fill=ink)
    d.line([(W, 80), (0, 80)], fill=(237, 237, 237))
    d.line([(48, 118), (30, 136), (48, 154)], fill=ink, width=4)
    ctext(d, W / 2, 112, "CLK2026 网络与eBPF讲者群(23)", font(34, bold=True), ink)
    for k in range(3):
        d.ellipse([W - 78 + k * 18, 132, W - 70 + k * 18, 140], fill=ink)
    d.line([(0, 190), (W, 190)], fill=(214, 214, 214), width=2)
    y = 230
    palette = [(86, 130, 200), (210, 120, 70), (90, 160, 110), (160, 100, 180), (200, 90, 110), (70, 150, 160)]

    def stamp(text):
        nonlocal y
        ctext(d, W / 2, y, text, fStamp, grey)
        y += 70

    def avatar(x, yy, who, k):
        d.rounded_rectangle([x, yy, x + 84, yy + 84], 10, fill=palette[k % len(palette)])
        ctext(d, x + 42, yy + 16, who[0] if ord(who[0]) > 0x2E80 else who[:1].upper(), font(40, bold=True),
              (255, 255, 255))

    def msg(who, lines, k, mine=False):
        nonlocal y
        maxw = 680
        wrapped = []
        for ln in lines:
            wrapped += wrap(d, ln, fMsg, maxw) if ln else [""]
        bw = max([tw(d, ln, fMsg) for ln in wrapped if ln] + [40]) + 52
        bh = len(wrapped) * 52 + 36
        if mine:
            ax = W - 30 - 84
            avatar(ax, y, who, k)
            bx = ax - 22 - bw
            by = y
            d.rounded_rectangle([bx, by, bx + bw, by + bh], 12, fill=(149, 236, 105))
            d.polygon([(bx + bw, by + 30), (bx + bw + 14, by + 42), (bx + bw, by + 54)], fill=(149, 236, 105))
        else:
            avatar(30, y, who, k)
            d.text((140, y - 4), who, font=fName, fill=grey)
            bx, by = 136, y + 34
            d.rounded_rectangle([bx, by, bx + bw, by + bh], 12, fill=(255, 255, 255))
            d.polygon([(bx, by + 30), (bx - 14, by + 42), (bx, by + 54)], fill=(255, 255, 255))
        ty = by + 18
        for ln in wrapped:
            d.text((bx + 26, ty), ln, font=fMsg, fill=ink)
            ty += 52
        y = max(by + bh, y + 84) + 40

    first, second = agenda_messages()
    org = "会务组-林晓"
    stamp("昨天 下午3:41")
    msg(org, first, 0)
    msg("裘晨曦", ["收到，谢谢林老师！"], 1)
    msg("蓝思远", ["@" + org + " ③是我和 Erik 一起讲，他线上接入，麻烦提前帮忙调试一下会议链接"], 2)
    msg(org, ["好的，周六彩排的时候一起测一下"], 0)
    msg(H2, ["辛苦林老师！各位讲者的 PPT 请在周五前发给我"], 3, mine=True)
    stamp("下午4:02")
    msg(org, second, 0)
    msg("温若琳", ["收到"], 4)
    msg("巫立群", ["收到，两个议题都准备好了"], 5)
    stamp("下午4:15")
    msg("Erik Sandberg", ["Thanks! See you online on Sunday."], 1)
    # input bar
    y += 20
    d.rectangle([0, y, W, y + 140], fill=(246, 246, 246))
    d.line([(0, y), (W, y)], fill=(214, 214, 214), width=2)
    d.ellipse([28, y + 34, 88, y + 94], outline=ink, width=3)
    d.rounded_rectangle([110, y + 28, W - 220, y + 100], 10, fill=(255, 255, 255))
    d.ellipse([W - 196, y + 34, W - 136, y + 94], outline=ink, width=3)
    d.ellipse([W - 110, y + 34, W - 50, y + 94], outline=ink, width=3)
    d.line([(W - 80, y + 48), (W - 80, y + 80)], fill=ink, width=3)
    d.line([(W - 96, y + 64), (W - 64, y + 64)], fill=ink, width=3)
    im = im.crop((0, 0, W, y + 140))
    return soften(im, 0, 88), [{"forum": F2, "slots": [truth_slot(s) for s in SLOTS2]}]


# ===========================================================================
# 3. The venue's digital signage as a split-flap DEPARTURES board: every
#    character sits on its own flap tile (a CJK character on a double-width
#    tile); columns 时间 TIME | 编号 NO. | 议题 TOPIC | 讲者 SPEAKER | 单位
#    AFFILIATION | 状态 STATUS; only START times are shown (ends are null);
#    long titles take a second tile line; two speakers stack; breaks are rows
#    without a number; the clock '14:37' at the top right and the statuses
#    (已结束 / 进行中 / 即将开始 / 准时) are not slots; the chair is in the
#    ticker line at the bottom.
F3, H3 = "RISC-V 与开源芯片分论坛", "牛卫东"
SLOTS3 = [
    T("09:00", None, "RISC-V 内核 2026：从 RVA23 到服务器平台", [("蒲天翊", "中国科学院软件研究所")], H3),
    T("09:40", None, "Sv57 五级页表与大物理地址空间支持", [("尉迟亮", "阿里巴巴达摩院")], H3),
    T("10:20", None, "向量扩展上下文切换的惰性保存", [("覃一诺", "算能科技")], H3),
    B("11:00", None, "茶歇"),
    T("11:15", None, "RISC-V IOMMU 驱动的上游进展与 PCIe 直通实测",
      [("任嘉祺", "奕斯伟计算"), ("Daniel Kwon", "SiFive")], H3),
    T("11:55", None, "香山处理器上的 Linux 启动与性能分析", [("鄂思源", "北京开源芯片研究院")], H3),
    B("12:35", None, "午餐"),
    T("13:45", None, "AIA 中断架构与 IMSIC 虚拟化", [("蒲天翊", "中国科学院软件研究所")], H3),
    T("14:25", None, "Zicfiss 影子栈与控制流完整性的内核适配", [("窦启明", "华为")], H3),
    T("15:05", None, "RISC-V 上的 ftrace 与 kprobe：动态打桩的实现细节", [("滑晓彤", "统信软件")], H3),
    B("15:45", None, "茶歇"),
    T("16:00", None, "玄铁 C930 平台的内核调优经验", [("卞泽宇", "平头哥半导体")], H3),
    T("16:40", None, "用 Rust 编写 RISC-V SBI 固件：RustSBI 的现状", [("帅子昂", "华中科技大学")], H3),
    T("17:20", None, "OpenSBI 与 UEFI 启动链在 RISC-V 服务器上的整合", [("宓晨", "浪潮信息")], H3),
]
CLOCK3 = "14:37"


def units(text):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def wrap_units(text, n):
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        if units(cur + tok.rstrip()) <= n or not cur or tok[0] in CLOSERS:
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def status3(s):
    if s["kind"] == "break":
        return ""
    if s["start"] <= "14:00":
        return "已结束"
    if s["start"] == "14:25":
        return "进行中"
    if s["start"] == "15:05":
        return "即将开始"
    return "准时"


def poster_board():
    UW, TH = 20, 50
    cols = [("时间", "TIME", 5), ("编号", "NO.", 5), ("议题", "TOPIC", 34), ("讲者", "SPEAKER", 16),
            ("单位", "AFFILIATION", 22), ("状态", "STATUS", 8)]
    X0 = 60
    xs, x = [], X0
    for _, _, n in cols:
        xs.append(x)
        x += n * UW + 2 * UW
    W = x + 20
    im = Image.new("RGB", (W, 2400), (12, 12, 14))
    d = ImageDraw.Draw(im)
    amber, flapc, txt = (255, 184, 28), (34, 34, 38), (236, 232, 218)
    fC, fA = font(32, bold=True), font(32, bold=True, mono=True)

    def flaps(x, y, text, color=txt):
        for c in text:
            wide = ord(c) > 0x2E80
            w = (2 if wide else 1) * UW - 3
            d.rounded_rectangle([x, y, x + w, y + TH], 3, fill=flapc)
            d.line([(x, y + TH / 2), (x + w, y + TH / 2)], fill=(8, 8, 10), width=2)
            if c != " ":
                f = fC if wide else fA
                ctext(d, x + w / 2, y + 2, c, f, color)
            x += w + 3
        return x

    # header
    d.rectangle([0, 0, W, 200], fill=(20, 20, 24))
    d.rounded_rectangle([60, 40, 180, 160], 16, fill=amber)
    d.polygon([(90, 112), (150, 112), (120, 70)], fill=(20, 20, 24))
    d.rectangle([114, 112, 126, 136], fill=(20, 20, 24))
    d.text((210, 34), "议程 AGENDA　·　B 厅 HALL B", font=font(56, bold=True), fill=amber)
    d.text((212, 116), F3 + "　·　2026年11月7日 星期六", font=font(36), fill=txt)
    rtext(d, W - 60, 30, CLOCK3, font(96, bold=True, mono=True), amber)
    rtext(d, W - 64, 150, "当前时间 LOCAL TIME", font(22), (170, 170, 170))
    y = 240
    for (zh, en, _), x in zip(cols, xs):
        d.text((x, y), zh + " " + en, font=font(24, bold=True), fill=amber)
    y += 56
    d.line([(X0, y - 10), (W - 40, y - 10)], fill=(70, 70, 70), width=2)
    n = 0
    for s in SLOTS3:
        title_lines = wrap_units(s["title"], cols[2][2])
        lines = max(len(title_lines), len(s["sp"]), 1)
        flaps(xs[0], y, s["start"], amber)
        if s["kind"] != "break":
            n += 1
            flaps(xs[1], y, "RV%02d" % n)
        for k, ln in enumerate(title_lines):
            flaps(xs[2], y + k * (TH + 8), ln)
        for k, (nm, aff) in enumerate(s["sp"]):
            flaps(xs[3], y + k * (TH + 8), nm)
            flaps(xs[4], y + k * (TH + 8), aff)
        st = status3(s)
        if st:
            flaps(xs[5], y, st, {"进行中": (90, 230, 110), "即将开始": amber}.get(st, (150, 150, 150)))
        y += lines * (TH + 8) + 18
        d.line([(X0, y - 10), (W - 40, y - 10)], fill=(40, 40, 44), width=1)
    y += 20
    d.rectangle([0, y, W, y + 76], fill=amber)
    ticker = ("主持人 HOST：" + H3 + "（中国科学院计算技术研究所）　　◆　　请提前 10 分钟入场　　◆　　"
              "会场 Wi-Fi：CLK2026　　◆　　讲稿会后发布于大会网站")
    d.text((60, y + 16), ticker, font=font(34, bold=True), fill=(20, 20, 24))
    im = im.crop((0, 0, W, y + 76))
    return soften(im, 0.5, 86), [{"forum": F3, "slots": [truth_slot(s) for s in SLOTS3]}]


# ===========================================================================
# 4. The English schedule page of the conference web site in a browser
#    window: tabs, address bar, site navigation, day tabs and track chips,
#    the 'Memory Management Track' heading with hall and 'Track chair: name
#    (affiliation)'; each talk is a card with the range '09:00 – 09:40' in a
#    left column, topic chips, the bold title (some wrap), then speakers in
#    pinyin joined by ' and ' or ', ' (one company printed once after '·', or
#    each speaker with '(company)'); a LIVE badge, calendar and slides
#    buttons; a sponsor strip after lunch; a PANEL with Moderator and
#    Panelists; a sidebar with a livestream QR code and the other tracks of
#    the day with their own ranges (not slots).
F4, H4 = "Memory Management Track", "Fang Jun"
SLOTS4 = [
    T("09:00", "09:40", "Swap Without Pain: Rethinking the Swap Cache for Large Folios",
      [("Chen Yuxin", "Honor Device")], H4, chips=["swap", "folio"]),
    T("09:40", "10:20", "Memory Tiering in Production: Lessons from CXL-backed Clusters",
      [("Haoran Qi", "Alibaba Cloud"), ("Mingjie Zou", "Alibaba Cloud")], H4, chips=["CXL", "tiering"],
      say="Haoran Qi and Mingjie Zou · Alibaba Cloud"),
    B("10:20", "10:40", "Coffee Break"),
    T("10:40", "11:20", "Slab Sheaves: Per-CPU Object Caching Revisited", [("Tomas Novak", "SUSE")], H4,
      chips=["slab"]),
    T("11:20", "12:00", "Making khugepaged NUMA-aware on Many-core Arm Servers",
      [("Liu Siqi", "Kylinsoft"), ("Ma Yiran", "Kylinsoft"), ("Zhao Kun", "Phytium")], H4, chips=["THP", "NUMA"],
      say="Liu Siqi (Kylinsoft), Ma Yiran (Kylinsoft) and Zhao Kun (Phytium)"),
    B("12:00", "13:30", "Lunch"),
    T("13:30", "14:10", "Page Table Reclaim for Sparse Address Spaces", [("Tang Kexin", "ByteDance")], H4,
      chips=["page tables"]),
    T("14:10", "14:50", "DAMON-based Proactive Reclaim on Android Phones", [("Chen Yuxin", "Honor Device")], H4,
      chips=["DAMON", "mobile"], live=True),
    T("14:50", "15:30", "Understanding mmap_lock Contention in the Age of Per-VMA Locks",
      [("Peng Haotian", "Tencent")], H4, chips=["locking"]),
    B("15:30", "15:50", "Coffee Break"),
    T("15:50", "16:30", "Guest Memory Overcommit: Free Page Reporting Meets virtio-balloon",
      [("Wen Jiayi", "Ant Group")], H4, chips=["virtualization"]),
    T("16:30", "17:00", "Rust Abstractions for the Page Allocator", [("Ibrahim Saleh", "Google")], H4,
      chips=["Rust"]),
    T("17:00", "17:30", "Tracing Folio Lifecycles with BPF Iterators", [("Lu Wenqian", "Xiaomi")], H4,
      chips=["BPF", "tracing"]),
    P("17:30", "18:10", "What Should the Memory Subsystem Look Like in 2030?",
      [("Chen Yuxin", "Honor Device"), ("Haoran Qi", "Alibaba Cloud"), ("Tomas Novak", "SUSE")], "Sun Lixin",
      chips=["PANEL"], mod_aff="OPPO"),
]


def poster_website():
    W = 1640
    im = Image.new("RGB", (W, 6000), (247, 248, 250))
    d = ImageDraw.Draw(im)
    ink, grey, navy, blue, line = (24, 30, 44), (104, 112, 128), (18, 32, 74), (36, 99, 235), (222, 226, 234)
    # browser chrome
    d.rectangle([0, 0, W, 112], fill=(222, 225, 230))
    for k, c in enumerate([(255, 95, 86), (255, 189, 46), (39, 201, 63)]):
        d.ellipse([22 + k * 30, 18, 40 + k * 30, 36], fill=c)
    d.rounded_rectangle([130, 8, 520, 52], 10, fill=(247, 248, 250))
    d.text((150, 16), "Program · CLK 2026", font=font(22), fill=ink)
    d.text((490, 14), "×", font=font(22), fill=grey)
    d.text((540, 12), "+", font=font(28), fill=grey)
    d.rectangle([0, 52, W, 112], fill=(247, 248, 250))
    d.text((24, 62), "←  →", font=font(26), fill=grey)
    d.arc([120, 68, 148, 96], 40, 330, fill=grey, width=3)
    d.polygon([(142, 64), (152, 76), (138, 78)], fill=grey)
    d.rounded_rectangle([170, 62, W - 120, 102], 20, fill=(234, 236, 240))
    d.text((196, 68), "clk-conf.org/2026/en/program?day=2&track=mm", font=font(24), fill=ink)
    for k in range(3):
        d.ellipse([W - 74, 68 + k * 11, W - 67, 75 + k * 11], fill=grey)
    # site nav
    d.rectangle([0, 112, W, 196], fill=navy)
    d.text((40, 128), "CLK 2026", font=font(40, bold=True), fill=(255, 255, 255))
    x = 330
    for k, item in enumerate(["Home", "Program", "Speakers", "Venue", "Sponsors", "中文"]):
        d.text((x, 138), item, font=font(26, bold=(k == 1)), fill=(255, 255, 255) if k == 1 else (180, 192, 220))
        if k == 1:
            d.line([(x, 186), (x + tw(d, item, font(26, bold=True)), 186)], fill=(255, 200, 60), width=4)
        x += tw(d, item, font(26)) + 56
    d.rounded_rectangle([W - 220, 130, W - 40, 178], 24, fill=(255, 200, 60))
    ctext(d, W - 130, 136, "Register", font(26, bold=True), navy)
    y = 236
    d.text((60, y), "Program", font=font(56, bold=True), fill=ink)
    y += 96
    for k, day in enumerate(["Day 1 · Sat, Nov 7", "Day 2 · Sun, Nov 8"]):
        x = 60 + k * 330
        sel = k == 1
        d.rounded_rectangle([x, y, x + 300, y + 58], 10, fill=navy if sel else (255, 255, 255),
                            outline=navy, width=2)
        ctext(d, x + 150, y + 12, day, font(26, bold=True), (255, 255, 255) if sel else navy)
    y += 90
    x = 60
    for k, chip in enumerate(["All tracks", "Main Forum", "Memory", "Storage", "Networking & eBPF", "RISC-V"]):
        cw = tw(d, chip, font(24)) + 40
        sel = k == 2
        d.rounded_rectangle([x, y, x + cw, y + 46], 23, fill=blue if sel else (255, 255, 255),
                            outline=blue if sel else line, width=2)
        ctext(d, x + cw / 2, y + 8, chip, font(24), (255, 255, 255) if sel else grey)
        x += cw + 16
    y += 90
    MX, MW = 60, 1080  # main column
    SX = MX + MW + 40  # sidebar
    sy = y
    d.text((MX, y), F4, font=font(46, bold=True), fill=ink)
    y += 74
    d.text((MX, y), "Hall 2 · Sunday, November 8, 2026", font=font(27), fill=grey)
    y += 46
    d.text((MX, y), "Track chair: ", font=font(27), fill=grey)
    d.text((MX + tw(d, "Track chair: ", font(27)), y), H4, font=font(27, bold=True), fill=ink)
    d.text((MX + tw(d, "Track chair: ", font(27)) + tw(d, H4, font(27, bold=True)) + 10, y),
           "(Huazhong University of Science and Technology)", font=font(27), fill=grey)
    y += 50
    d.text((MX, y), "All times are China Standard Time (UTC+8).", font=font(24), fill=(150, 110, 20))
    y += 62
    fT, fTime, fS, fChip = font(31, bold=True), font(26, bold=True, mono=True), font(26), font(20, bold=True)
    TX = MX + 250
    TW = MX + MW - 30 - TX
    for s in SLOTS4:
        rng = s["start"] + " – " + s["end"]
        if s["kind"] == "break":
            d.rounded_rectangle([MX, y, MX + MW, y + 70], 12, fill=(236, 239, 244))
            d.text((MX + 30, y + 18), rng, font=fTime, fill=grey)
            d.text((TX, y + 15), s["title"], font=font(28, bold=True), fill=grey)
            y += 92
            if s["start"] == "12:00":
                d.text((MX, y), "Memory track supported by", font=font(22), fill=grey)
                y += 40
                x = MX
                for name, col in [("Loongson", (200, 30, 40)), ("OpenCloudOS", (30, 110, 200)),
                                  ("Phytium", (20, 140, 120)), ("HONOR", (30, 30, 30)), ("deepin", (0, 150, 220))]:
                    bw = 200
                    d.rounded_rectangle([x, y, x + bw, y + 76], 10, fill=(255, 255, 255), outline=line, width=2)
                    ctext(d, x + bw / 2, y + 18, name, font(30, bold=True), col)
                    x += bw + 20
                y += 108
            continue
        body = []
        body.append(("chips", None, 44))
        for ln in wrap(d, s["title"], fT, TW):
            body.append(("title", ln, 46))
        body.append(("gap", None, 10))
        if s["kind"] == "panel":
            body.append(("mod", "Moderator: " + s["host"] + " (" + s["mod_aff"] + ")", 40))
            guests = "Panelists: " + ", ".join(n + " (" + a + ")" for n, a in s["sp"])
            for ln in wrap(d, guests, fS, TW):
                body.append(("sp", ln, 40))
        else:
            say = s.get("say") or " and ".join(n for n, _ in s["sp"]) + " · " + s["sp"][0][1]
            for ln in wrap(d, say, fS, TW - 60):
                body.append(("sp", ln, 40))
        body.append(("buttons", None, 64))
        h = 30 + sum(b[2] for b in body) + 14
        d.rounded_rectangle([MX, y, MX + MW, y + h], 14, fill=(255, 255, 255),
                            outline=(255, 120, 120) if s.get("live") else line, width=3 if s.get("live") else 2)
        d.text((MX + 30, y + 34), rng, font=fTime, fill=navy)
        if s.get("live"):
            d.rounded_rectangle([MX + 30, y + 84, MX + 150, y + 122], 8, fill=(230, 40, 50))
            ctext(d, MX + 90, y + 88, "● LIVE", font(22, bold=True), (255, 255, 255))
        yy = y + 30
        first_sp = True
        for kind, p, hh in body:
            if kind == "chips":
                x = TX
                for c in s["chips"]:
                    cw = tw(d, c, fChip) + 26
                    panel = c == "PANEL"
                    d.rounded_rectangle([x, yy, x + cw, yy + 32], 6, fill=(124, 58, 237) if panel else (232, 240, 254))
                    ctext(d, x + cw / 2, yy + 3, c, fChip, (255, 255, 255) if panel else blue)
                    x += cw + 10
            elif kind == "title":
                d.text((TX, yy), p, font=fT, fill=ink)
            elif kind in ("sp", "mod"):
                sx = TX
                if kind == "sp" and first_sp and s["kind"] != "panel":
                    for k in range(len(s["sp"])):
                        d.ellipse([TX + k * 22, yy + 2, TX + k * 22 + 32, yy + 34], fill=(200, 210, 228),
                                  outline=(255, 255, 255), width=2)
                    sx = TX + 22 * len(s["sp"]) + 24
                first_sp = first_sp and kind != "sp"
                d.text((sx, yy), p, font=fS if kind == "sp" else font(26, bold=True), fill=(60, 68, 84))
            elif kind == "buttons":
                bx = TX
                for lab in ["+ Add to calendar", "Slides (PDF)"]:
                    bw = tw(d, lab, font(22)) + 36
                    d.rounded_rectangle([bx, yy + 14, bx + bw, yy + 56], 8, outline=line, width=2)
                    ctext(d, bx + bw / 2, yy + 20, lab, font(22), grey)
                    bx += bw + 14
            yy += hh
        y += h + 24
    # sidebar
    d.rounded_rectangle([SX, sy, W - 40, sy + 520], 14, fill=(255, 255, 255), outline=line, width=2)
    d.text((SX + 30, sy + 26), "Livestream", font=font(30, bold=True), fill=ink)
    qr(d, SX + 70, sy + 90, 300, seed=1104)
    ctext(d, (SX + W - 40) / 2, sy + 410, "Scan to watch Hall 2 live", font(22), grey)
    ctext(d, (SX + W - 40) / 2, sy + 450, "Recordings in 48 hours", font(22), grey)
    ty = sy + 560
    d.rounded_rectangle([SX, ty, W - 40, ty + 520], 14, fill=(255, 255, 255), outline=line, width=2)
    d.text((SX + 30, ty + 26), "Other tracks today", font=font(30, bold=True), fill=ink)
    yy = ty + 90
    for name, when in [("Main Forum", "Hall 1 · 09:00–12:30"), ("Storage & File Systems", "Hall 3 · 13:30–17:40"),
                       ("Networking & eBPF", "Hall 4 · 13:30–18:00"), ("RISC-V & Open Chips", "Hall 5 · 09:00–17:50")]:
        d.text((SX + 30, yy), name, font=font(24, bold=True), fill=blue)
        d.text((SX + 30, yy + 38), when, font=font(22), fill=grey)
        yy += 100
    y += 30
    d.line([(0, y), (W, y)], fill=line, width=2)
    ctext(d, W / 2, y + 30, "© 2026 China Linux Kernel Developers Conference · Program subject to change",
          font(22), grey)
    im = im.crop((0, 0, W, y + 90))
    return soften(im, 0, 92), [{"forum": F4, "slots": [truth_slot(s) for s in SLOTS4]}]


# ===========================================================================
# 5. Main forum with the speaker ROSTER apart from the agenda: first a grid
#    '演讲嘉宾 SPEAKERS（按姓氏拼音排序）' of cards (round portrait, name,
#    company, job title; the chair's card carries a '大会主持人' ribbon), then
#    '大会议程 AGENDA' rows with the range, a type tag (开幕致辞 / 主题演讲 /
#    报告 / 圆桌讨论), the title and the NAMES ONLY; a speaker's affiliation
#    is found on their roster card; the opening speaker also moderates the
#    panel and a keynote speaker is also a panel guest.
F5, H5 = "主论坛", "秦雨桐"
ROSTER5 = {
    "甘博远": ("华为", "Fellow"),
    "巩凡": ("龙芯中科", "副总裁"),
    "黄岳鹏": ("浙江大学", "教授"),
    "简若晨": ("vivo", "操作系统首席架构师"),
    "冷晓婷": ("阿里云", "龙蜥社区运营负责人"),
    "秦雨桐": ("中国开源软件推进联盟", "副秘书长"),
    "庹明轩": ("麒麟软件", "社区总监"),
    "幸子涵": ("中国科学院软件研究所", "研究员"),
    "Martin Vogel": ("Linux Foundation", "技术顾问"),
}


def r5(*names):
    return [(n, ROSTER5[n][0] + " " + ROSTER5[n][1]) for n in names]


SLOTS5 = [
    T("08:50", "09:00", "开幕致辞", r5("黄岳鹏"), H5, tag=""),
    K("09:00", "09:40", "面向万核时代的 Linux 内核可扩展性", r5("甘博远"), H5, tag="主题演讲"),
    K("09:40", "10:20", "Upstream First: What Twenty Years of Kernel Maintenance Taught Us", r5("Martin Vogel"),
      H5, tag="主题演讲"),
    B("10:20", "10:40", "茶歇"),
    K("10:40", "11:20", "端侧大模型推理对内核内存管理提出的新问题", r5("简若晨"), H5, tag="主题演讲"),
    T("11:20", "11:50", "从补丁到发行版：两个操作系统社区的上游协作实践", r5("庹明轩", "冷晓婷"), H5, tag="报告"),
    T("11:50", "12:10", "CLK 技术委员会年度报告：议题评审与社区数据", r5("幸子涵"), H5, tag="报告"),
    P("12:10", "12:50", "圆桌讨论：国产 CPU 生态下的内核协同开发", r5("甘博远", "巩凡", "庹明轩"), "黄岳鹏", tag="圆桌讨论"),
    B("12:50", "14:00", "午餐"),
]


def silhouette(im, cx, cy, r, col, seed):
    """A placeholder portrait: head and shoulders clipped to a gold-ringed circle."""
    rnd = random.Random(seed)
    bgc = tuple(min(255, c + rnd.randint(-10, 10)) for c in (214, 224, 240))
    size = 2 * r
    face = Image.new("RGB", (size, size), bgc)
    fd = ImageDraw.Draw(face)
    fd.ellipse([r * 0.64, r * 0.38, r * 1.36, r * 1.12], fill=col)
    fd.chord([r * 0.22, r * 1.18, r * 1.78, r * 2.5], 180, 360, fill=col)
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, size - 1, size - 1], fill=255)
    im.paste(face, (int(cx - r), int(cy - r)), mask)
    ImageDraw.Draw(im).ellipse([cx - r, cy - r, cx + r, cy + r], outline=(200, 160, 60), width=4)


def poster_roster():
    W = 1242
    im = Image.new("RGB", (W, 5200), (250, 248, 243))
    im.paste(vgrad(W, 520, (14, 28, 72), (30, 60, 130)), (0, 0))
    d = ImageDraw.Draw(im)
    gold, white, ink, grey, navy = (214, 172, 80), (255, 255, 255), (28, 30, 40), (110, 110, 120), (20, 40, 96)
    rnd = random.Random(1105)
    for _ in range(140):
        x, y = rnd.randrange(W), rnd.randrange(520)
        r = rnd.choice([1, 1, 2, 3])
        d.ellipse([x - r, y - r, x + r, y + r], fill=(120, 150, 220))
    ctext(d, W / 2, 60, "CLK 2026", font(44, bold=True), gold)
    ctext(d, W / 2, 130, CONF, font(50, bold=True), white)
    ctext(d, W / 2, 230, F5, font(110, bold=True, serif=True), gold)
    ctext(d, W / 2, 400, "2026 年 11 月 7 日（周六）上午　·　国际会议中心 1 号厅", font(32), white)
    y = 590
    ctext(d, W / 2, y, "演讲嘉宾  SPEAKERS", font(48, bold=True), navy)
    ctext(d, W / 2, y + 70, "（按姓氏拼音排序）", font(26), grey)
    y += 140
    names = list(ROSTER5)
    CWc, CH, GX = 360, 470, 31
    for k, nm in enumerate(names):
        r, c = divmod(k, 3)
        x0 = 60 + c * (CWc + GX)
        y0 = y + r * (CH + 30)
        d.rounded_rectangle([x0, y0, x0 + CWc, y0 + CH], 18, fill=white, outline=(226, 220, 204), width=2)
        silhouette(im, int(x0 + CWc / 2), y0 + 130, 96, (96, 112, 150), 1105 + k)
        if nm == H5:
            d.rounded_rectangle([x0 + CWc / 2 - 90, y0 + 206, x0 + CWc / 2 + 90, y0 + 246], 20, fill=gold)
            ctext(d, x0 + CWc / 2, y0 + 209, "大会主持人", font(24, bold=True), navy)
        ctext(d, x0 + CWc / 2, y0 + 262, pad2(nm), font(40, bold=True), ink)
        comp, job = ROSTER5[nm]
        yy = y0 + 330
        for ln in wrap(d, comp, font(26), CWc - 40) + wrap(d, job, font(26), CWc - 40):
            ctext(d, x0 + CWc / 2, yy, ln, font(26), grey)
            yy += 38
    y += 3 * (CH + 30) + 40
    ctext(d, W / 2, y, "大会议程  AGENDA", font(48, bold=True), navy)
    y += 84
    ctext(d, W / 2, y, "大会主持：" + H5, font(30, bold=True), (150, 110, 30))
    y += 80
    fR, fT, fTag, fN = font(28, bold=True, mono=True), font(32, bold=True), font(22, bold=True), font(28)
    TX, NX = 330, 1000
    for s in SLOTS5:
        rng = s["start"] + "-" + s["end"]
        if s["kind"] == "break":
            d.rounded_rectangle([60, y, W - 60, y + 76], 12, fill=(238, 232, 216))
            d.text((90, y + 20), rng, font=fR, fill=grey)
            d.text((TX, y + 16), s["title"], font=font(32, bold=True), fill=grey)
            y += 104
            continue
        tl = wrap(d, s["title"], fT, NX - TX - 30)
        sub = []
        if s["kind"] == "panel":
            sub = ["主持：" + pad2(s["host"]), "嘉宾：" + "　　".join(pad2(n) for n, _ in s["sp"])]
        top = 56 if s["tag"] else 30  # the title moves up where no type tag is printed
        h = top + len(tl) * 48 + len(sub) * 44 + 30
        d.rounded_rectangle([60, y, W - 60, y + h], 12, fill=white, outline=(226, 220, 204), width=2)
        d.rounded_rectangle([84, y + 26, 300, y + 72], 23, fill=navy)
        ctext(d, 192, y + 31, rng, fR, white)
        tagc = {"主题演讲": (190, 40, 50), "圆桌讨论": (120, 60, 170), "开幕致辞": (150, 110, 30)}.get(s["tag"], grey)
        d.text((TX, y + 24), s["tag"], font=fTag, fill=tagc)
        yy = y + top
        for ln in tl:
            d.text((TX, yy), ln, font=fT, fill=ink)
            yy += 48
        for ln in sub:
            d.text((TX, yy + 4), ln, font=fN, fill=(70, 70, 84))
            yy += 44
        if s["kind"] != "panel":
            ny = y + 30
            for nm, _ in s["sp"]:
                d.text((NX, ny), pad2(nm) if ord(nm[0]) > 0x2E80 else nm.split(" ")[0], font=font(30, bold=True),
                       fill=navy)
                if ord(nm[0]) < 0x2E80:
                    d.text((NX, ny + 40), nm.split(" ", 1)[1], font=font(30, bold=True), fill=navy)
                    ny += 40
                ny += 48
        y += h + 24
    y += 30
    ctext(d, W / 2, y, "主办：中国 Linux 内核开发者大会组委会　·　议程以现场为准", font(24), grey)
    im = im.crop((0, 0, W, y + 80))
    return soften(im, 0.4, 88), [{"forum": F5, "slots": [truth_slot(s) for s in SLOTS5]}]


NOTE = (
    "Same conventions as posters-blind-4..10: speakers are names as printed with spaces removed (a foreign or "
    "pinyin name 'Samuel Ortega' -> 'SamuelOrtega', 'Chen Yuxin' -> 'ChenYuxin', a padded two-character name "
    "'聂　泓' -> '聂泓'; hosts likewise, 'Fang Jun' -> 'FangJun'); host is the chair printed for the forum or half "
    "day covering the slot (the moderator for a panel, whose speakers are the guests), null for breaks; start/end "
    "always HH:MM on a 24-hour clock, end null where only a start is printed; titles exclude tags ([主题演讲], "
    "[圆桌], 主题演讲/报告/圆桌讨论 labels, topic chips, PANEL) and keep a printed '圆桌讨论：' prefix; where two "
    "speakers share one printed company the affiliation is given per speaker; affiliations keep a printed job "
    "title, joined to the company by one space; break titles are as printed. As in sets 1-4, a slot printed with "
    "a 主题演讲 tag has kind 'keynote' (set 10's 特邀报告 tag was kept a talk; there is no such tag here). "
    "Added here: in the photographed programme-book page the agenda flows from the foot of the LEFT column to the "
    "top of the RIGHT column (the 下午场 heading and its 主持人 sit at the foot of the left column and cover the "
    "talks at the top of the right one), times are 12-hour with markers, '上午 9:45—10:25' is 09:45-10:25, "
    "'上午 11:25 — 中午 12:05' is 11:25-12:05, '中午 12:05 — 下午 1:30' is 12:05-13:30, '下午 5:10—5:50' is "
    "17:10-17:50; '缪佳宁、郏一鸣　浙江大学' is two speakers of one university (then a third speaker on the next "
    "line), the '主讲：' label is not part of a name, the closing 圆桌讨论 sits in the afternoon but its host is "
    "its '主持：' (the morning chair 伍思齐), and the prose at the left edge (the facing page 23), the running "
    "header and the page numbers are not slots; in the WeChat screenshot the agenda is the two messages of "
    "'会务组-林晓' (the second headed '议程（续）' continues the first), each talk is '①13:30-14:00' + title "
    "(wrapped by the bubble) + '讲者：…', speakers joined by '&' or ' 和 ' are two speakers ('温若琳 和 殷子默"
    "（荣耀终端）' share the company), '讲者：name，company job' is one speaker with a job title, the status-bar "
    "'16:08', the chat timestamps ('昨天 下午3:41', '下午4:02'), the header range '13:30-18:00', the line "
    "'18:00 全体合影，分论坛结束' and the members' replies are not slots, the host is the '主持人：' line of the "
    "first message (its sender is not a host), and 巫立群 gives two talks, printed once with a job title and once "
    "with the company only (each slot keeps what is printed for it); in the split-flap board every character sits "
    "on its own flap (so printed names look letter-spaced), only start times are shown (ends null), the '编号' "
    "codes RV01.., the clock '14:37', the '状态' column (已结束/进行中/即将开始/准时) and the ticker are not "
    "slots or titles, a title continues on a second flap line, a row with two speakers stacks them with their "
    "units in the same order, breaks are the rows without a code, and the host is the '主持人 HOST：' in the "
    "yellow ticker at the bottom; in the English web page the forum is the heading 'Memory Management Track', "
    "its 'Track chair:' is the host, 'A and B · Company' is two speakers of one company, 'A (X), B (X) and C (Y)' "
    "is three speakers with their own companies, the PANEL's 'Moderator:' is its host and its 'Panelists:' are "
    "its speakers, and the address bar, day tabs, track chips, LIVE badge, buttons, the sponsor strip after "
    "Lunch, the livestream QR box and the 'Other tracks today' sidebar (with ranges like '09:00–12:30') are not "
    "slots or affiliations; in the roster poster the agenda rows give NAMES ONLY and each speaker's affiliation "
    "is the company and job title on their card in the '演讲嘉宾' grid ('华为 Fellow', 'Linux Foundation "
    "技术顾问'), the card with the '大会主持人' ribbon and the line '大会主持：秦雨桐' give the host, 'Martin / "
    "Vogel' broken over two lines in the name column is one name, two names stacked in the name column are two "
    "speakers, the panel's guests are separated by wide spaces ('甘博远　　巩　凡　　庹明轩': 巩凡 is one padded "
    "name), 黄岳鹏 gives the opening address and moderates the panel, 甘博远 and 庹明轩 speak and are panel "
    "guests, and '开幕致辞' with a speaker is a talk."
)

LAYOUTS = {
    "booklet-photo-two-columns.png": (
        "Photograph (1900x2320) of a printed programme-book page lying slightly askew on a wooden desk "
        "(perspective, light falling off to the bottom right, paper grain, the facing page's prose cut off at "
        "the left edge with the gutter shadow): running header 'CLK 2026 会议手册', '分论坛三 ／ FORUM 3', the "
        "serif forum name with an English line, date and hall; the agenda is set in TWO text columns and flows "
        "from the foot of the left column to the top of the right one; sections '上午场' and '下午场' each with "
        "'主持人：name' and the chair's company and title under it; each slot a red 12-hour time with a marker "
        "('上午 9:00—9:45', '上午 11:25 — 中午 12:05', '下午 1:30—2:10'), a '［主题演讲］' / '［圆桌］' tag after "
        "the keynote's / panel's time, the bold serif title (several wrap over two lines), then '主讲：name　"
        "company job' lines (one talk with two speakers on two lines, one with '缪佳宁、郏一鸣　浙江大学' plus a "
        "padded '聂　泓　华为云 高级工程师', one foreign name); breaks are a time plus '茶歇'/'午餐' and a rule; "
        "the closing 圆桌讨论 has '主持：' (the morning chair) and '嘉宾：' four guests with companies in "
        "brackets; page number '— 24 —'.",
        "2026-11-07", poster_booklet),
    "wechat-group-chat.png": (
        "Long WeChat screenshot (1080 px) of the speakers' group 'CLK2026 网络与eBPF讲者群(23)': status bar "
        "'16:08', grey chat timestamps ('昨天 下午3:41', '下午4:02', '下午4:15'), letter avatars; the organiser "
        "'会务组-林晓' posts the agenda as plain text in two white bubbles: a header (forum, '时间：11月8日（周日）"
        "13:30-18:00', place, '主持人：name（company title）'), then per talk '①13:30-14:00', the title wrapping "
        "inside the bubble and '讲者：…' ('name（company）', 'name，company job', 'A（X）& B（Y）', 'A 和 B（X）'), "
        "a line '—— 15:25-15:40 茶歇 ——' ends the first message, the second starts '议程（续）' and ends with "
        "'18:00 全体合影，分论坛结束'; members' replies (one green message of the chair) in between; one speaker "
        "gives two talks; 25- and 30-minute slots; input bar at the bottom.",
        "2026-11-08", poster_wechat),
    "split-flap-board.png": (
        "Venue signage drawn as a split-flap departures board (2120 px landscape, black): an amber arrow icon, "
        "'议程 AGENDA · B 厅 HALL B', the forum name and date, a big clock '14:37' (当前时间 LOCAL TIME) at the "
        "top right; amber column heads 时间 TIME | 编号 NO. | 议题 TOPIC | 讲者 SPEAKER | 单位 AFFILIATION | 状态 "
        "STATUS; every character on its own dark flap tile with a split line (CJK on double-width tiles); only "
        "START times in amber; codes RV01-RV11; titles longer than the column continue on a second flap line; "
        "one row stacks two speakers (one foreign) with their units; 茶歇/午餐 rows have a time and title only; "
        "status 已结束 (grey) / 进行中 (green) / 即将开始 (amber) / 准时; one speaker gives two talks; the chair "
        "is only in the yellow ticker at the bottom '主持人 HOST：name（institute）◆ …'.",
        "2026-11-07", poster_board),
    "website-english-track.png": (
        "Browser screenshot (1640 px) of the conference's English program page: tab, address bar, navy site "
        "navigation, 'Program', day tabs (Day 2 selected), track chips (Memory selected), the heading 'Memory "
        "Management Track', 'Hall 2 · Sunday, November 8, 2026', 'Track chair: Fang Jun (university)' and a "
        "time-zone line; every talk is a white card with the range '09:00 – 09:40' (en dash, mono) at the left, "
        "topic chips, the bold English title (several wrap), avatar dots and pinyin speakers ('Chen Yuxin · "
        "Honor Device', 'Haoran Qi and Mingjie Zou · Alibaba Cloud', 'Liu Siqi (Kylinsoft), Ma Yiran "
        "(Kylinsoft) and Zhao Kun (Phytium)' wrapping), '+ Add to calendar' / 'Slides (PDF)' buttons; one card "
        "has a red LIVE badge; grey break rows (Coffee Break, Lunch); a 'Memory track supported by' strip of "
        "five wordmarks after Lunch; a purple PANEL chip card with 'Moderator: name (OPPO)' and 'Panelists: …'; "
        "one speaker gives two talks and sits on the panel; a right sidebar with a livestream QR code and 'Other "
        "tracks today' with halls and ranges; footer line.",
        "2026-11-08", poster_website),
    "roster-then-agenda.png": (
        "Main-forum poster (1242 px): navy starry header with 'CLK 2026', the conference name and a big gold "
        "serif '主论坛', date and hall; then '演讲嘉宾 SPEAKERS（按姓氏拼音排序）', a 3x3 grid of cards each with a "
        "placeholder portrait, the name (two-character names padded, one foreign name) and company and job title "
        "on two grey lines, the chair's card with a gold '大会主持人' ribbon; then '大会议程 AGENDA' with "
        "'大会主持：name' and white rows: a navy pill '09:00-09:40', a coloured type label above the title "
        "(主题演讲 / 报告 / 圆桌讨论; none for 开幕致辞), the bold title (some wrap) and at the right the speaker "
        "NAMES ONLY (two names stacked; 'Martin' / 'Vogel' broken over two lines); the 圆桌讨论 row prints "
        "'主持：name' and '嘉宾：' three names separated by wide spaces; beige break rows 茶歇 and 午餐.",
        "2026-11-07", poster_roster),
}


def main():
    posters = []
    for fn, (layout, date, fnc) in LAYOUTS.items():
        im, forums = fnc()
        im.save(os.path.join(HERE, fn), optimize=False)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
