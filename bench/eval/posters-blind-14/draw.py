"""Draw the fourteenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four PNGs and truth.json next to this file.
Everything printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances; the
JPEG-like softness is a round trip through Pillow's own encoder at a fixed
quality.  This set is ORDINARY on purpose, four layouts unlike set 13's: a
whole-day poster (main forum in the morning, three parallel forums as three
columns in the afternoon), stacked coloured forum sections whose rows print
'name company' in one text run, a two-day red timeline with lunch, tea, a
panel and a two-company talk, and an English-first track with 12-hour start
times only and 'Speaker:' labels.
"""
import io
import json
import os
import random
import re

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2
_fc = {}


def font(size, bold=False, serif=False):
    if serif:
        path = FD + ("NotoSerifCJK-Bold.ttc" if bold else "NotoSerifCJK-Regular.ttc")
    else:
        path = FD + ("NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc")
    key = (path, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, size, index=SC)
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


def rrect(d, box, r, fill=None, outline=None, width=1):
    d.rounded_rectangle(box, radius=r, fill=fill, outline=outline, width=width)


def hline(d, x0, x1, y, fill, width=1):
    d.line([(x0, y), (x1, y)], fill=fill, width=width)


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


def truth_slot(s, end_printed=True):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"] if end_printed else None, "title": s["title"],
            "speakers": [n.replace(" ", "").replace("\u3000", "") for n, _ in s["sp"]],
            "affiliations": [a for _, a in s["sp"]], "host": s["host"] and s["host"].replace(" ", "").replace("\u3000", "")}


def pad2(name):
    return name[0] + "\u3000" + name[1] if len(name) == 2 and ord(name[0]) > 0x2E80 else name


CONF = "第二十一届中国 Linux 内核开发者大会"


# ===========================================================================
# 1. Whole-day poster (navy and orange): the main forum in the morning as a
#    list, the range '09:00-09:40' in an orange pill in a left column, the
#    title to its right and 'name  company title' under it (one 主题演讲 badge,
#    a tea row and the lunch row 12:00-13:30 in the list); then the afternoon
#    as THREE parallel forums in three columns, each headed by its name and
#    '主持人：' line, every card repeating its range; one tea band spans the
#    three columns.
F1M = "主论坛"
H1M, H1M_AFF = "阚振宇", "上海交通大学 副教授"
SLOTS1M = [
    K("09:00", "09:40", "从 folio 到 memdesc：Linux 内存管理的下一个十年", [("蒯文博", "阿里云 资深技术专家")], H1M),
    T("09:40", "10:20", "EROFS 在容器镜像与 AI 模型分发中的演进", [("厍嘉懿", "华为 内核专家")], H1M),
    B("10:20", "10:40", "茶歇"),
    T("10:40", "11:20", "sched_ext：用 BPF 编写可插拔调度器的生产实践", [("冼泽宇", "字节跳动 系统工程师")], H1M),
    T("11:20", "12:00", "Rust for Linux, two years on: drivers, abstractions and upstreaming",
      [("Priya Raman", "Microsoft Principal Software Engineer")], H1M),
    B("12:00", "13:30", "午餐"),
]
F1A, H1A = "内存管理分论坛", "亓晓峰"
F1B, H1B = "存储与文件系统分论坛", "冉　静"
F1C, H1C = "eBPF 与网络分论坛", "谈可心"
SLOTS1A = [
    T("13:30", "14:10", "mTHP 与 swap-in 大页：移动设备上的内存碎片治理", [("佘婉清", "vivo 内核工程师")], H1A),
    T("14:10", "14:50", "CXL 内存分层与 NUMA balancing 的页迁移策略", [("樊旭", "英特尔 高级工程师")], H1A),
    B("14:50", "15:10", "茶歇"),
    T("15:10", "15:50", "memcg 回收路径的锁竞争分析与优化", [("訾明远", "腾讯云 内核工程师")], H1A),
]
SLOTS1B = [
    T("13:30", "14:10", "io_uring 零拷贝接收（zero-copy rx）的设计与落地", [("隗子墨", "美团 基础架构工程师")], H1B),
    T("14:10", "14:50", "ext4 large folio 支持与 buffered write 性能", [("靳一诺", "华为 文件系统专家")], H1B),
    B("14:50", "15:10", "茶歇"),
    T("15:10", "15:50", "NVMe over TCP 多路径与 blk-mq 调度器调优", [("鄢家豪", "浪潮信息 存储架构师")], H1B),
]
SLOTS1C = [
    T("13:30", "14:10", "bpf_struct_ops 实战：TCP 拥塞控制算法的插件化", [("苗立", "快手 网络工程师")], H1C),
    T("14:10", "14:50", "XDP 与 AF_XDP 在云网关中的性能剖析", [("谯乐天", "京东 高级工程师")], H1C),
    B("14:50", "15:10", "茶歇"),
    T("15:10", "15:50", "BPF Token 与非特权 eBPF 的安全边界",
      [("冯子衿", "浙江大学 博士生"), ("Mathieu Lavoie", "Isovalent Software Engineer")], H1C),
    T("15:50", "16:30", "netkit 与 tcx：容器网络数据面的新选择", [("原嘉树", "网易 网络开发工程师")], H1C),
]


def poster_whole_day():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    NAVY, ORANGE, INK, GREY = (16, 36, 82), (240, 120, 30), (24, 28, 40), (96, 104, 120)
    ft, fn, fa, ftime = font(30, True), font(26, True), font(24), font(26, True)
    tx = 300
    mrows = []
    for s in SLOTS1M:
        if s["kind"] == "break":
            mrows.append((s, [], 76))
            continue
        lines = wrap(tmp, s["title"], ft, W - 60 - tx)
        badge = 44 if s["kind"] == "keynote" else 0
        mrows.append((s, lines, 40 + badge + len(lines) * 44 + len(s["sp"]) * 40 + 34))
    cw, gap, x0 = 318, 18, 45
    cft, cfn, cfa, cftime = font(24, True), font(23, True), font(20), font(22, True)

    def card_h(s):
        if s["kind"] == "break":
            return 0
        h = 52 + len(wrap(tmp, s["title"], cft, cw - 32)) * 34 + 10
        for _, a in s["sp"]:
            h += 34 + len(wrap(tmp, a, cfa, cw - 32)) * 28 + 6
        return h + 18

    cols = [(F1A, H1A, SLOTS1A), (F1B, H1B, SLOTS1B), (F1C, H1C, SLOTS1C)]
    before = max(sum(card_h(s) + 16 for s in sl[:2]) for _, _, sl in cols)
    after = max(sum(card_h(s) + 16 for s in sl[3:]) for _, _, sl in cols)
    H = 640 + sum(h for _, _, h in mrows) + 60 + 150 + 150 + before + 90 + after + 330
    im = Image.new("RGB", (W, H), (246, 244, 240))
    d = ImageDraw.Draw(im)
    im.paste(vgrad(W, 560, (12, 28, 70), (28, 60, 130)), (0, 0))
    rnd = random.Random(1401)
    for _ in range(26):
        cx, cy, r = rnd.randrange(W), rnd.randrange(520), rnd.randrange(4, 14)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(60, 100, 180), width=2)
    for i in range(7):
        d.line([(W - 420 + i * 60, 0), (W + i * 60, 420)], fill=(36, 72, 150), width=3)
    d.text((60, 48), "CLK 2026", font=font(30, True), fill=ORANGE)
    d.text((220, 54), "CHINA LINUX KERNEL DEVELOPERS CONFERENCE", font=font(20), fill=(180, 200, 240))
    d.text((60, 130), "第二十一届中国", font=font(64, True), fill=(255, 255, 255))
    d.text((60, 214), "Linux 内核开发者大会", font=font(64, True), fill=(255, 255, 255))
    rrect(d, [60, 330, 330, 384], 27, fill=ORANGE)
    ctext(d, 195, 336, "大会全天议程", font(32, True), (255, 255, 255))
    d.text((60, 416), "时间：2026 年 11 月 21 日（星期六）", font=font(28), fill=(225, 232, 250))
    d.text((60, 460), "地点：上海交通大学闵行校区 · 学术活动中心", font=font(28), fill=(225, 232, 250))
    y = 600
    d.rectangle([0, y, 14, y + 70], fill=ORANGE)
    d.text((40, y + 4), "上午 · " + F1M, font=font(40, True), fill=NAVY)
    rtext(d, W - 60, y + 18, "主持人：" + H1M + "　" + H1M_AFF, font(24), GREY)
    y += 100
    for s, lines, h in mrows:
        rng = s["start"] + "-" + s["end"]
        if s["kind"] == "break":
            d.rectangle([60, y + 8, W - 60, y + h - 8], fill=(232, 228, 220))
            rrect(d, [70, y + 16, 270, y + h - 16], 20, fill=(150, 150, 160))
            ctext(d, 170, y + 19, rng, ftime, (255, 255, 255))
            d.text((tx, y + 16), s["title"], font=font(28, True), fill=GREY)
            y += h
            continue
        rrect(d, [70, y + 14, 270, y + 58], 22, fill=ORANGE)
        ctext(d, 170, y + 17, rng, ftime, (255, 255, 255))
        yy = y + 12
        if s["kind"] == "keynote":
            rrect(d, [tx, yy, tx + 118, yy + 36], 6, fill=NAVY)
            d.text((tx + 11, yy + 2), "主题演讲", font=font(24, True), fill=(255, 210, 150))
            yy += 44
        for ln in lines:
            d.text((tx, yy), ln, font=ft, fill=INK)
            yy += 44
        yy += 4
        for n, a in s["sp"]:
            d.text((tx, yy), n, font=fn, fill=NAVY)
            d.text((tx + tw(d, n, fn) + 18, yy + 2), a, font=fa, fill=GREY)
            yy += 40
        hline(d, tx, W - 60, y + h - 6, (220, 216, 208), 2)
        y += h
    y += 60
    d.rectangle([0, y, 14, y + 70], fill=ORANGE)
    d.text((40, y + 4), "下午 · 分论坛（三场并行）", font=font(40, True), fill=NAVY)
    y += 110
    xs = [x0 + k * (cw + gap) for k in range(3)]
    for x, (name, host, _) in zip(xs, cols):
        rrect(d, [x, y, x + cw, y + 130], 12, fill=NAVY)
        ctext(d, x + cw / 2, y + 18, name, font(28, True), (255, 255, 255))
        ctext(d, x + cw / 2, y + 72, "主持人：" + host, font(24), (255, 210, 150))
    y += 150

    def cards(x, y, slots):
        for s in slots:
            h = card_h(s)
            rrect(d, [x, y, x + cw, y + h], 10, fill=(255, 255, 255), outline=(214, 210, 204), width=2)
            d.rectangle([x, y + 12, x + 5, y + 42], fill=ORANGE)
            d.text((x + 16, y + 12), s["start"] + "-" + s["end"], font=cftime, fill=ORANGE)
            yy = y + 52
            for ln in wrap(d, s["title"], cft, cw - 32):
                d.text((x + 16, yy), ln, font=cft, fill=INK)
                yy += 34
            yy += 10
            for n, a in s["sp"]:
                d.text((x + 16, yy), pad2(n), font=cfn, fill=NAVY)
                yy += 34
                for ln in wrap(d, a, cfa, cw - 32):
                    d.text((x + 16, yy), ln, font=cfa, fill=GREY)
                    yy += 28
                yy += 6
            y += h + 16

    for x, (_, _, sl) in zip(xs, cols):
        cards(x, y, sl[:2])
    y += before
    tea = SLOTS1A[2]
    d.rectangle([x0, y + 6, x0 + 3 * cw + 2 * gap, y + 70], fill=(232, 228, 220))
    ctext(d, W / 2, y + 18, tea["start"] + "-" + tea["end"] + "　　" + tea["title"], font(28, True), GREY)
    y += 90
    for x, (_, _, sl) in zip(xs, cols):
        cards(x, y, sl[3:])
    y += after + 30
    hline(d, 60, W - 60, y, (200, 196, 190), 2)
    d.text((60, y + 40), "主办：中国 Linux 内核开发者大会组委会", font=font(24), fill=GREY)
    d.text((60, y + 80), "承办：上海交通大学", font=font(24), fill=GREY)
    d.text((60, y + 120), "议程如有变动，以现场公布为准", font=font(22), fill=(140, 140, 150))
    qr(d, W - 220, y + 30, 160, 1402)
    ctext(d, W - 140, y + 200, "扫码报名", font(22), GREY)
    im = grain(im, 1403, 0.02)
    return soften(im, 0.3, 88), [
        {"forum": F1M, "slots": [truth_slot(s) for s in SLOTS1M]},
        {"forum": F1A, "slots": [truth_slot(s) for s in SLOTS1A]},
        {"forum": F1B, "slots": [truth_slot(s) for s in SLOTS1B]},
        {"forum": F1C, "slots": [truth_slot(s) for s in SLOTS1C]},
    ]


# ===========================================================================
# 2. Stacked coloured sections, one per forum (teal, orange, purple), each
#    with a coloured head band (forum name, room, '主持人：name') and rows
#    '09:00-09:35 | title | name company' in three cells split by thin
#    vertical rules; the third cell is ONE text run: the name, one space, the
#    company and maybe a job title ('阮嘉禾 龙芯中科 首席架构师'); in one row
#    there is no space at all ('邝雨桐荣耀终端'); one row has two names of one
#    company ('阙志远、桂晨 腾讯'); long runs wrap inside the cell.
F2A, H2A = "RISC-V 与体系结构分论坛", "闵雪松"
F2B, H2B = "调度与实时性分论坛", "宓可欣"
F2C, H2C = "内核安全与 Rust 分论坛", "卓一帆"
SLOTS2A = [
    T("09:00", "09:35", "RISC-V 平台上的 KVM 与 AIA 中断虚拟化", [("覃思远", "中兴通讯")], H2A),
    T("09:35", "10:10", "ARM64 上的 CPU 热插拔与 PSCI 固件交互", [("田禾", "字节跳动")], H2A),
    B("10:10", "10:25", "茶歇"),
    T("10:25", "11:00", "LoongArch 向量扩展（LSX/LASX）在内核中的上下文管理", [("阮嘉禾", "龙芯中科 首席架构师")], H2A),
    T("11:00", "11:35", "x86 FRED 事件交付机制与中断入口重写", [("单晓川", "英特尔")], H2A),
]
SLOTS2B = [
    T("13:30", "14:05", "EEVDF 调度器切换后的延迟回归排查", [("栾一鸣", "阿里云")], H2B),
    T("14:05", "14:40", "PREEMPT_RT 合入主线后的实时性验证", [("阙志远", "腾讯"), ("桂晨", "腾讯")], H2B),
    T("14:40", "15:15", "基于 PSI 与 uclamp 的移动端能效调度", [("邝雨桐", "荣耀终端")], H2B, joined=True),
    T("15:15", "15:50", "大规模 NUMA 服务器上的负载均衡与 cache 亲和性", [("羊立诚", "海光信息 高级工程师")], H2B),
]
SLOTS2C = [
    T("13:30", "14:05", "Landlock 沙箱在桌面发行版中的落地", [("蓝海", "统信软件")], H2C),
    T("14:05", "14:40", "用 Rust 编写 NVMe 驱动：性能与内存安全的实测评估",
      [("甄若愚", "中国科学院软件研究所 副研究员")], H2C),
    T("14:40", "15:15", "ARM64 上 kCFI 与 shadow call stack 的开销分析", [("俞星河", "OPPO 安全专家")], H2C),
]


def speaker_run(s):
    """The third cell's text: names, then the company, in one run."""
    names = "、".join(n for n, _ in s["sp"])
    affs = {a for _, a in s["sp"]}
    assert len(affs) == 1
    return names + ("" if s.get("joined") else " ") + affs.pop()


def poster_sections():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fs, ftime = font(26, True), font(24), font(24, True)
    c = [40, 220, 700, W - 40]
    sections = [
        (F2A, H2A, "上午 09:00 起 · 1 号厅", (0, 128, 128), (226, 242, 240), SLOTS2A),
        (F2B, H2B, "下午 13:30 起 · 2 号厅", (214, 110, 20), (252, 236, 220), SLOTS2B),
        (F2C, H2C, "下午 13:30 起 · 3 号厅", (110, 60, 160), (238, 230, 248), SLOTS2C),
    ]

    def row_h(s):
        if s["kind"] == "break":
            return 60
        a = wrap(tmp, s["title"], ft, c[2] - c[1] - 30)
        b = wrap(tmp, speaker_run(s), fs, c[3] - c[2] - 30)
        return max(len(a) * 38, len(b) * 36) + 34

    H = 520 + sum(150 + 54 + sum(row_h(s) for s in sl) + 50 for *_, sl in sections) + 240
    im = Image.new("RGB", (W, H), (250, 250, 248))
    d = ImageDraw.Draw(im)
    im.paste(vgrad(W, 440, (30, 34, 44), (58, 64, 82)), (0, 0))
    rnd = random.Random(1411)
    for _ in range(90):
        x, y = rnd.randrange(W), rnd.randrange(420)
        d.point((x, y), fill=(150, 160, 190))
    for k, col in enumerate(((0, 128, 128), (214, 110, 20), (110, 60, 160))):
        d.rectangle([60 + k * 70, 60, 110 + k * 70, 72], fill=col)
    d.text((60, 100), CONF, font=font(46, True), fill=(255, 255, 255))
    d.text((60, 180), "分论坛议程", font=font(84, True), fill=(255, 255, 255))
    d.text((60, 310), "2026.11.22　星期日　|　上海交通大学 电信群楼", font=font(28), fill=(200, 206, 220))
    d.text((60, 360), "Forum Agenda · Day 2", font=font(24), fill=(150, 160, 180))
    y = 500
    for name, host, when, col, tint, slots in sections:
        d.rectangle([c[0], y, c[3], y + 120], fill=col)
        d.text((c[0] + 28, y + 14), name, font=font(40, True), fill=(255, 255, 255))
        d.text((c[0] + 28, y + 72), when, font=font(24), fill=(255, 255, 255))
        rtext(d, c[3] - 28, y + 68, "主持人：" + host, font(28, True), (255, 255, 255))
        y += 120
        d.rectangle([c[0], y, c[3], y + 54], fill=tint)
        for k, lab in enumerate(("时间", "议题", "讲者")):
            d.text((c[k] + 18, y + 10), lab, font=font(24, True), fill=col)
        y += 54
        for i, s in enumerate(slots):
            h = row_h(s)
            rng = s["start"] + "-" + s["end"]
            if s["kind"] == "break":
                d.rectangle([c[0], y, c[3], y + h], fill=(238, 238, 236))
                d.text((c[0] + 18, y + 14), rng, font=ftime, fill=(120, 120, 120))
                d.text((c[1] + 18, y + 12), s["title"], font=font(26, True), fill=(120, 120, 120))
            else:
                if i % 2:
                    d.rectangle([c[0], y, c[3], y + h], fill=(244, 244, 242))
                d.text((c[0] + 18, y + 18), rng, font=ftime, fill=col)
                for j, ln in enumerate(wrap(d, s["title"], ft, c[2] - c[1] - 30)):
                    d.text((c[1] + 18, y + 16 + j * 38), ln, font=ft, fill=(30, 30, 36))
                for j, ln in enumerate(wrap(d, speaker_run(s), fs, c[3] - c[2] - 30)):
                    d.text((c[2] + 18, y + 18 + j * 36), ln, font=fs, fill=(70, 70, 80))
                for x in (c[1], c[2]):
                    d.line([(x, y + 12), (x, y + h - 12)], fill=(190, 190, 196), width=2)
            hline(d, c[0], c[3], y + h, (210, 210, 214), 1)
            y += h
        d.rectangle([c[0], y, c[3], y + 6], fill=col)
        y += 80
    d.text((60, y + 10), "各分论坛同期进行，请按厅号入场", font=font(24), fill=(110, 110, 120))
    d.text((60, y + 50), "中国 Linux 内核开发者大会组委会", font=font(24), fill=(110, 110, 120))
    qr(d, W - 200, y, 140, 1412)
    im = grain(im, 1413, 0.02)
    return soften(im, 0.3, 88), [
        {"forum": F2A, "slots": [truth_slot(s) for s in SLOTS2A]},
        {"forum": F2B, "slots": [truth_slot(s) for s in SLOTS2B]},
        {"forum": F2C, "slots": [truth_slot(s) for s in SLOTS2C]},
    ]


# ===========================================================================
# 3. Two-day red and gold timeline: a date ribbon per day ('DAY 1 · 11月14日
#    （星期六）'), under it the forum and its '主持人：', then a vertical gold
#    line with a dot per row, the range '09:00-09:15' left of the line and the
#    title with 'name　company title' lines right of it; a 茶歇 row and a 午餐
#    row; a two-speaker talk from two companies; a 圆桌讨论 with its own
#    '主持人：' line and '嘉宾：' guests one per line.
F3D1, H3D1 = "主论坛", "蒲静怡"
F3D2, H3D2 = "可观测性与性能分析分论坛", "阎书韵"
PANEL_MOD, PANEL_MOD_AFF = "车晓旭", "中国科学院计算技术研究所 研究员"
SLOTS3D1 = [
    T("09:00", "09:15", "开幕致辞", [("柏文涛", "华中科技大学 计算机学院 院长")], H3D1),
    T("09:15", "10:00", "Linux 页缓存的 large folio 改造：收益、代价与遗留问题", [("宗立军", "Oracle 内核开发工程师")], H3D1),
    T("10:00", "10:45", "openEuler 与上游社区协同：内核补丁回合的工程实践",
      [("沃清越", "华为 openEuler 内核技术专家"), ("邬晓岚", "麒麟软件 内核研发部经理")], H3D1),
    B("10:45", "11:00", "茶歇"),
    T("11:00", "11:45", "面向 CXL 2.0 内存池化的内核支持：从设备枚举到 DAX", [("荀佳宁", "阿里云 高级技术专家")], H3D1),
    P("11:45", "12:30", "圆桌讨论：AI 时代操作系统内核的机遇与挑战",
      [("郏天成", "字节跳动"), ("夔一舟", "清华大学"), ("Elena Voss", "SUSE"), ("莫言溪", "中科方德")], PANEL_MOD),
    B("12:30", "13:30", "午餐"),
    T("13:30", "14:15", "DAMON 实战：基于访问监控的内存自动调优", [("戴梓萌", "网易数帆 内核专家")], H3D1),
    T("14:15", "15:00", "accel 子系统：Linux 中 AI 加速器驱动框架的现状", [("褚凌", "壁仞科技 驱动架构师")], H3D1),
]
SLOTS3D2 = [
    T("09:00", "09:40", "perf 与 BPF 协同的在线性能剖析", [("杭一川", "快手 性能工程师")], H3D2),
    T("09:40", "10:20", "tracepoint 的稳定性与 ABI 边界之争", [("鲍若曦", "武汉大学 副教授")], H3D2),
    B("10:20", "10:40", "茶歇"),
    T("10:40", "11:20", "大规模集群中内核 panic 的自动归因", [("席宇航", "百度智能云")], H3D2),
    T("11:20", "12:00", "persistent ring buffer：跨重启保留的 ftrace 追踪", [("郗婧", "小米 系统工程师")], H3D2),
]


def poster_two_day():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    RED, GOLD, INK, BROWN = (170, 28, 34), (214, 170, 80), (40, 24, 20), (120, 80, 60)
    ft, fn, fa, ftime = font(30, True), font(26, True), font(24), font(26, True)
    lx, tx = 270, 310

    def row_h(s):
        if s["kind"] == "break":
            return 80
        h = 20 + len(wrap(tmp, s["title"], ft, W - 60 - tx)) * 44 + 8
        if s["kind"] == "panel":
            h += 40 + 38 + len(s["sp"]) * 38
        else:
            h += len(s["sp"]) * 38
        return h + 36

    days = [("DAY 1", "11月14日（星期六）", F3D1, H3D1, SLOTS3D1),
            ("DAY 2", "11月15日（星期日）上午", F3D2, H3D2, SLOTS3D2)]
    H = 620 + sum(200 + sum(row_h(s) for s in sl) + 60 for *_, sl in days) + 260
    im = Image.new("RGB", (W, H), (252, 246, 236))
    d = ImageDraw.Draw(im)
    im.paste(vgrad(W, 540, (150, 20, 28), (196, 44, 44)), (0, 0))
    for i in range(12):
        d.arc([-300 + i * 20, 300 - i * 10, 500 + i * 20, 900], 200, 340, fill=(214, 80, 70), width=2)
    d.rectangle([0, 532, W, 540], fill=GOLD)
    ctext(d, W / 2, 60, "CLK 2026 · 华中站", font(30, True), GOLD)
    ctext(d, W / 2, 130, "中国 Linux 内核开发者大会", font(62, True), (255, 255, 255))
    ctext(d, W / 2, 230, "大会议程", font(96, True), (255, 236, 190))
    ctext(d, W / 2, 380, "2026年11月14日—15日　|　湖北 · 武汉", font(32), (255, 230, 220))
    ctext(d, W / 2, 432, "华中科技大学 东九楼 学术报告厅", font(28), (255, 220, 210))
    y = 600
    for dn, date, forum, host, slots in days:
        d.polygon([(40, y), (W - 40, y), (W - 70, y + 80), (70, y + 80)], fill=RED)
        ctext(d, W / 2, y + 14, dn + "　·　" + date, font(40, True), (255, 236, 190))
        y += 100
        d.text((60, y + 8), forum, font=font(36, True), fill=RED)
        rtext(d, W - 60, y + 16, "主持人：" + host, font(28, True), BROWN)
        hline(d, 60, W - 60, y + 70, GOLD, 2)
        y += 100
        top = y
        for s in slots:
            h = row_h(s)
            rng = s["start"] + "-" + s["end"]
            if s["kind"] == "break":
                rrect(d, [tx - 10, y + 10, W - 60, y + h - 10], 30, fill=(246, 230, 204))
                rtext(d, lx - 24, y + 22, rng, ftime, BROWN)
                d.text((tx + 24, y + 18), s["title"], font=font(30, True), fill=BROWN)
                d.ellipse([lx - 9, y + 31, lx + 9, y + 49], fill=(252, 246, 236), outline=GOLD, width=3)
                y += h
                continue
            rtext(d, lx - 24, y + 20, rng, ftime, RED)
            d.ellipse([lx - 11, y + 24, lx + 11, y + 46], fill=RED, outline=GOLD, width=3)
            yy = y + 16
            for ln in wrap(d, s["title"], ft, W - 60 - tx):
                d.text((tx, yy), ln, font=ft, fill=INK)
                yy += 44
            yy += 8
            if s["kind"] == "panel":
                d.text((tx, yy), "主持人：" + PANEL_MOD + "（" + PANEL_MOD_AFF + "）", font=fa, fill=BROWN)
                yy += 40
                d.text((tx, yy), "嘉宾：", font=fa, fill=BROWN)
                yy += 38
                for n, a in s["sp"]:
                    d.text((tx + 30, yy), n, font=fn, fill=INK)
                    d.text((tx + 30 + tw(d, n, fn) + 16, yy + 2), a, font=fa, fill=BROWN)
                    yy += 38
            else:
                for n, a in s["sp"]:
                    d.text((tx, yy), n, font=fn, fill=INK)
                    d.text((tx + tw(d, n, fn) + 20, yy + 2), a, font=fa, fill=BROWN)
                    yy += 38
            y += h
        d.line([(lx, top), (lx, y)], fill=GOLD, width=3)
        y += 60
    hline(d, 60, W - 60, y, GOLD, 2)
    ctext(d, W / 2, y + 30, "主办：中国 Linux 内核开发者大会　　承办：华中科技大学计算机学院", font(24), BROWN)
    qr(d, W / 2 - 70, y + 80, 140, 1421)
    im = grain(im, 1422, 0.02)
    return soften(im, 0.3, 88), [
        {"forum": F3D1, "slots": [truth_slot(s) for s in SLOTS3D1]},
        {"forum": F3D2, "slots": [truth_slot(s) for s in SLOTS3D2]},
    ]


# ===========================================================================
# 4. English-first track agenda (white and green): only START times printed in
#    12-hour form ('9:00 AM', '1:30 PM') in a left column; titles in English;
#    'Speaker: Pinyin Name (Company)' and 'Speakers: A (X), B (Y)' lines;
#    'Track Chair:' under the heading; Coffee Break, Lunch and Tea Break rows.
F4, H4, H4_AFF = "Filesystems & Storage Track", "Guo Xinyi", "Tsinghua University"
SLOTS4 = [
    T("09:00", "09:40", "Large folios in the page cache: lessons from XFS and ext4", [("Ji Ruoxi", "Alibaba Cloud")], H4),
    T("09:40", "10:20", "Scaling io_uring NVMe passthrough for hyperscale storage",
      [("Ouyang Ming", "Meta"), ("Daniel Whitaker", "Samsung")], H4),
    B("10:20", "10:40", "Coffee Break"),
    T("10:40", "11:20", "EROFS over fscache: on-demand loading for container images", [("Xie Yuchen", "Huawei")], H4),
    T("11:20", "12:00", "Btrfs RAID stripe tree and zoned storage support", [("Hao Lingyun", "SUSE")], H4),
    B("12:00", "13:30", "Lunch"),
    T("13:30", "14:10", "FUSE passthrough and FUSE over io_uring: closing the performance gap",
      [("Pan Zhiheng", "ByteDance")], H4),
    T("14:10", "14:50", "Atomic block writes for databases without double-write buffers", [("Rong Xiaowei", "Tencent Cloud")],
      H4),
    T("14:50", "15:30", "NFS over RDMA in AI training clusters", [("Shi Mengyao", "Inspur Information")], H4),
    B("15:30", "15:50", "Tea Break"),
    T("15:50", "16:30", "F2FS on zoned UFS 4.0 in smartphones", [("Qu Bowen", "Xiaomi")], H4),
]


def h12(hhmm):
    h, m = (int(v) for v in hhmm.split(":"))
    return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")


def poster_english():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    GREEN, DARK, GREY = (20, 120, 90), (28, 36, 40), (100, 110, 114)
    ft, fs, ftime = font(30, True), font(24), font(30, True)
    tx = 280

    def spk(s):
        parts = ["%s (%s)" % (n, a) for n, a in s["sp"]]
        return ("Speakers: " if len(parts) > 1 else "Speaker: ") + ", ".join(parts)

    def row_h(s):
        if s["kind"] == "break":
            return 74
        return 26 + len(wrap(tmp, s["title"], ft, W - 70 - tx)) * 42 + len(wrap(tmp, spk(s), fs, W - 70 - tx)) * 34 + 34

    H = 640 + sum(row_h(s) for s in SLOTS4) + 300
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 420], fill=(236, 246, 240))
    rnd = random.Random(1431)
    for _ in range(14):
        x, y, r = rnd.randrange(W), rnd.randrange(400), rnd.randrange(20, 90)
        d.ellipse([x - r, y - r, x + r, y + r], outline=(196, 228, 214), width=2)
    d.rectangle([0, 0, 16, 420], fill=GREEN)
    d.text((60, 50), "CLK 2026", font=font(34, True), fill=GREEN)
    d.text((60, 100), "China Linux Kernel Developers Conference", font=font(40, True), fill=DARK)
    d.text((60, 160), "中国 Linux 内核开发者大会 · 国际专场", font=font(28), fill=GREY)
    d.text((60, 240), F4, font=font(56, True), fill=GREEN)
    d.text((60, 330), "Sunday, November 22, 2026　·　Room 3-101, SJTU Minhang Campus", font=font(26), fill=DARK)
    y = 460
    d.text((60, y), "Track Chair: " + H4 + " (" + H4_AFF + ")", font=font(28, True), fill=DARK)
    d.text((60, y + 46), "All talks are in English · 30 min talk + 10 min Q&A", font=font(24), fill=GREY)
    y += 130
    hline(d, 60, W - 60, y - 10, GREEN, 3)
    for s in SLOTS4:
        h = row_h(s)
        if s["kind"] == "break":
            d.rectangle([60, y + 6, W - 60, y + h - 6], fill=(244, 246, 246))
            d.text((80, y + 18), h12(s["start"]), font=ftime, fill=GREY)
            d.text((tx, y + 16), s["title"], font=font(30), fill=GREY)
            y += h
            continue
        d.text((80, y + 20), h12(s["start"]), font=ftime, fill=GREEN)
        yy = y + 18
        for ln in wrap(d, s["title"], ft, W - 70 - tx):
            d.text((tx, yy), ln, font=ft, fill=DARK)
            yy += 42
        yy += 4
        for ln in wrap(d, spk(s), fs, W - 70 - tx):
            d.text((tx, yy), ln, font=fs, fill=GREY)
            yy += 34
        hline(d, 60, W - 60, y + h, (222, 226, 226), 2)
        y += h
    d.text((60, y + 50), "Schedule subject to change. Live stream on the CLK WeChat channel.", font=font(22), fill=GREY)
    d.text((60, y + 90), "clk.example.org/2026/storage", font=font(22), fill=GREEN)
    qr(d, W - 210, y + 40, 150, 1432)
    im = grain(im, 1433, 0.015)
    return soften(im, 0.25, 90), [{"forum": F4, "slots": [truth_slot(s, end_printed=False) for s in SLOTS4]}]


NOTE = (
    "Same conventions as posters-blind-4..13: speakers are names as printed with spaces removed (a foreign or "
    "pinyin name 'Priya Raman' -> 'PriyaRaman', 'Ouyang Ming' -> 'OuyangMing', a padded two-character name "
    "'樊　旭' -> '樊旭'; hosts likewise, '冉　静' -> '冉静', 'Guo Xinyi' -> 'GuoXinyi'); host is the chair printed "
    "for the forum or day covering the slot (the moderator for a panel, whose speakers are the guests), null "
    "for breaks; start/end always HH:MM on a 24-hour clock, end null where only a start is printed; titles "
    "exclude tags (主题演讲) and keep a printed '圆桌讨论：' prefix; a slot printed with a 主题演讲 tag has kind "
    "'keynote'; '开幕致辞' with a speaker is a talk; the lunch row is a break; where two speakers share one "
    "printed company the affiliation is given per speaker; affiliations keep a printed job title, joined to "
    "the company by one space; break titles are as printed; a break band spanning several forum columns is a "
    "break in every forum it spans; in a two-day poster 'date' is day 1 and day 2's forum is its own entry. "
    "Added or stressed here: in the whole-day poster the morning 主论坛 is a list whose rows print the range "
    "'09:00-09:40' in an orange pill in a left column, the title to its right and 'name  company title' on the "
    "line under the title; its host line '主持人：阚振宇　上海交通大学 副教授' is right-aligned on the section "
    "heading '上午 · 主论坛' (the '上午 · ' is not part of the forum name); the 主题演讲 badge sits above the first "
    "title; the 茶歇 and '12:00-13:30 午餐' rows are in the morning list and belong to 主论坛; the heading "
    "'下午 · 分论坛（三场并行）' is not a forum or a slot; then THREE forum columns side by side (内存管理分论坛, "
    "存储与文件系统分论坛, eBPF 与网络分论坛), each with its own '主持人：' line in its header box, every card "
    "repeating its range '13:30-14:10' above the title, the name on its own line and the company (wrapping in "
    "the narrow column) under it; cards are read top to bottom inside a column, never across; one tea band "
    "'14:50-15:10　　茶歇' spans the three columns and is a break in each of the three forums; the first two "
    "columns end at 15:50, the eBPF column has one more card (15:50-16:30). In the stacked "
    "sections poster each forum is a coloured band (name, a line like '下午 13:30 起 · 2 号厅' that is not a "
    "slot, '主持人：' on the right), then rows 时间 | 议题 | 讲者 in cells split by thin rules; the 讲者 cell is "
    "ONE text run of the name, one space and the company with any job title ('阮嘉禾 龙芯中科 首席架构师'), "
    "wrapping inside the cell when long; in one row there is NO space between name and company "
    "('邝雨桐荣耀终端' is 邝雨桐 of 荣耀终端), a two-character name is printed unpadded ('田禾 字节跳动', "
    "'蓝海 统信软件'), and '阙志远、桂晨 腾讯' is two speakers of one company. In the two-day timeline DAY 1 "
    "(2026-11-14, the poster's date) is 主论坛 and DAY 2 (2026-11-15, morning) is 可观测性与性能分析分论坛, each "
    "with its '主持人：' under the day ribbon; ranges sit left of a vertical line, titles right of it, each "
    "speaker on a line 'name　company title'; one talk has two speakers of two companies on two lines; the "
    "圆桌讨论 prints its own '主持人：车晓旭（中国科学院计算技术研究所 研究员）' (its host; the bracketed unit is "
    "not a speaker) and '嘉宾：' followed by four guests one per line, each with a company (one foreign name); "
    "the 茶歇 and 午餐 rows are breaks. In the English-first poster the forum is the English heading "
    "'Filesystems & Storage Track', the host is 'Track Chair: Guo Xinyi (Tsinghua University)', only START "
    "times are printed, in 12-hour form ('9:00 AM', '12:00 PM', '1:30 PM' -> 09:00, 12:00, 13:30), so every "
    "end is null; a speaker line is 'Speaker: Pinyin Name (Company)' or 'Speakers: A (X), B (Y)' (the labels "
    "are not names); the line 'All talks are in English · 30 min talk + 10 min Q&A' is not a slot; 'Coffee "
    "Break', 'Lunch' and 'Tea Break' are breaks."
)

LAYOUTS = {
    "whole-day-three-columns.png": (
        "Whole-day poster (1080 px, navy header with orange accents): 'CLK 2026' line, the conference name in "
        "two big lines, an orange pill '大会全天议程', date and place lines; the morning '上午 · 主论坛' list with "
        "a right-aligned '主持人：name　unit' line, each row an orange range pill '09:00-09:40' in a left column, "
        "the bold title right of it (one with a '主题演讲' badge above it, one title all English) and "
        "'name  company title' under it (one foreign name), a grey 茶歇 row and a grey '12:00-13:30 午餐' row; "
        "then '下午 · 分论坛（三场并行）' and three narrow columns (内存管理分论坛, 存储与文件系统分论坛, eBPF 与网络"
        "分论坛), each a navy header box with the forum name and '主持人：name', and white cards with an orange "
        "range, the wrapped bold title, the name (two-character names padded) and the wrapped company under it; "
        "one card has two speakers (one foreign); one grey tea band '14:50-15:10　　茶歇' across all three "
        "columns; three cards per column, four in the eBPF column (to 16:30); organiser footer and a QR code.",
        "2026-11-21", poster_whole_day),
    "stacked-forum-sections.png": (
        "Forum agenda of one day (1080 px, dark header: coloured dashes, conference name, big '分论坛议程', "
        "'2026.11.22　星期日　|　place', an English subline), then three stacked coloured sections (teal "
        "RISC-V 与体系结构分论坛 in the morning, orange 调度与实时性分论坛 and purple 内核安全与 Rust 分论坛 in the "
        "afternoon), each a coloured band with the forum name, a '上午 09:00 起 · 1 号厅' line and '主持人：name' "
        "on the right, a tinted 时间 | 议题 | 讲者 header and rows '09:00-09:35 | title | name company' with thin "
        "vertical rules between the cells; the 讲者 cell is one text run 'name company [job title]' (one without "
        "any space, two with unpadded two-character names, one with two names of one company joined by '、'), "
        "wrapping when long; one grey 茶歇 row in the first section; footer and a QR code.",
        "2026-11-22", poster_sections),
    "two-day-red-timeline.png": (
        "Two-day red and gold poster (1080 px): 'CLK 2026 · 华中站', the conference name, a big '大会议程', "
        "dates '2026年11月14日—15日　|　湖北 · 武汉' and the hall; per day a red trapezoid ribbon 'DAY 1　·　"
        "11月14日（星期六）' / 'DAY 2　·　11月15日（星期日）上午', the forum name in red with '主持人：name' on the "
        "right, and a timeline: the range right-aligned left of a gold vertical line, a red dot, the bold title "
        "and 'name　company title' lines; day 1 has 开幕致辞 with a speaker, a talk with two speakers of two "
        "companies, a 茶歇 pill, a 圆桌讨论 with its own '主持人：name（unit）' and '嘉宾：' with four guests one "
        "per line (one foreign), a 午餐 pill and two afternoon talks; day 2 has four talks and a 茶歇; organiser "
        "footer and a QR code.",
        "2026-11-14", poster_two_day),
    "english-track-start-times.png": (
        "English-first track agenda (1080 px, white with a pale green header): 'CLK 2026', 'China Linux Kernel "
        "Developers Conference', a Chinese subline '中国 Linux 内核开发者大会 · 国际专场', the green track name "
        "'Filesystems & Storage Track', 'Sunday, November 22, 2026 · Room …'; 'Track Chair: Guo Xinyi "
        "(Tsinghua University)' and a format line; rows with only a START time in 12-hour form ('9:00 AM', "
        "'1:30 PM') in a left column, the bold English title (some wrap) and a grey 'Speaker: Pinyin Name "
        "(Company)' line (one 'Speakers: A (X), B (Y)' with a compound surname and a foreign name); grey rows "
        "'Coffee Break', 'Lunch', 'Tea Break'; a footer note, a URL and a QR code.",
        "2026-11-22", poster_english),
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
