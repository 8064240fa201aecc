"""Draw the fifteenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four PNGs and truth.json next to this file.
Everything printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances; the
JPEG-like softness is a round trip through Pillow's own encoder at a fixed
quality.  The helpers (font, wrap, soften, grain, qr, the slot constructors) are
those of posters-blind-13/draw.py, so the drawing conventions are the same.
This set is ORDINARY on purpose: a full-day agenda drawn as one big table (time
column, three parallel forum columns, a main-forum block spanning them), a dark
neon forum poster with the range above each title, a poster of two forums one
after the other with big numbers '01' and the range at the right end of the
title line, and a forum poster with 上午/下午 sections, en-dash ranges
'09:00–09:40', the speaker to the right of the title and a lightning-talk block.
"""
import io
import json
import os
import random
import re

from PIL import Image, ImageDraw, ImageFilter, ImageFont

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


def fits(d, text, f, maxw):
    """Speaker and unit lines are drawn on one line: a wrap there could fall on the
    space between company and job title and make the truth ambiguous, so refuse it."""
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


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


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [n.replace(" ", "").replace("\u3000", "") for n, _ in s["sp"]],
            "affiliations": [a for _, a in s["sp"]], "host": s["host"] and s["host"].replace(" ", "")}


def pad2(name):
    return name[0] + "\u3000" + name[1] if len(name) == 2 and ord(name[0]) > 0x2E80 else name


def rrect(d, box, r, fill=None, outline=None, width=1):
    d.rounded_rectangle(box, radius=r, fill=fill, outline=outline, width=width)


def hline(d, x0, x1, y, fill, width=1):
    d.line([(x0, y), (x1, y)], fill=fill, width=width)


def dotted(d, x0, x1, y, fill, step=8):
    for x in range(int(x0), int(x1), step):
        d.line([(x, y), (x + step // 2, y)], fill=fill, width=2)


CONF = "2026 中国 Linux 内核开发者大会"
PLACE = "浙江大学紫金港校区"

# ===========================================================================
# 1. The whole first day as ONE ruled table, 1200 px wide: a navy header, a
#    '主论坛' band (with its host on the right) over rows whose one cell spans
#    the three forum columns; a lunch row spanning the table; then a header row
#    with the three afternoon forums, each with '主持人：name' under its name,
#    and rows of a time cell plus one cell per forum (bold title, under it
#    'name（unit）' in a smaller font; one cell has two speakers on two lines);
#    the afternoon tea-break row spans the three forum columns.
F1M = "主论坛"
H1M, H1M_AFF = "郦晚晴", "浙江大学 教授"
SLOTS1M = [
    T("09:00", "09:15", "开幕致辞", [("柯望舒", "浙江大学 副校长")], H1M),
    T("09:15", "09:55", "Linux 内核 2026：社区、维护者与下一代贡献者", [("房嘉树", "龙蜥社区 技术委员会主席")], H1M),
    T("09:55", "10:35", "Memory Tiering in the Age of CXL 3.0", [("Thomas Lindner", "SUSE Distinguished Engineer")], H1M),
    B("10:35", "10:50", "茶歇"),
    T("10:50", "11:30", "从 folio 到 memdesc：struct page 瘦身的路线图",
      [("邴若愚", "华为 操作系统内核实验室 首席专家")], H1M),
    T("11:30", "12:10", "大模型训练集群里的内核：RDMA、GPU 直通与可观测性", [("司马云帆", "字节跳动 STE 团队负责人")], H1M),
    B("12:10", "13:30", "午餐"),
]
F1 = [("内存管理分论坛", "冉启明"), ("文件系统与存储分论坛", "边晓棠"), ("调度与性能分论坛", "郗明远")]
ROWS1 = [  # one row per time: (start, end, [cell per forum] or break title)
    ("13:30", "14:10", [
        ("mTHP 与 large folio 在 Android 上的落地：碎片与回收的平衡", [("隗可欣", "OPPO")]),
        ("EROFS 在容器镜像与 AI 模型分发中的按需加载", [("阳佳琪", "阿里云")]),
        ("sched_ext 实战：用 BPF 写一个面向游戏负载的调度器", [("蓬若溪", "网易")]),
    ]),
    ("14:10", "14:50", [
        ("swap 子系统重构：swap table 与 swapoff 提速", [("殳浩然", "腾讯")]),
        ("io_uring 与 ublk：用户态块设备的性能边界", [("钟离墨", "字节跳动")]),
        ("EEVDF 时间片与延迟敏感任务的取舍", [("栾铮", "vivo 性能专家")]),
    ]),
    ("14:50", "15:05", "茶歇"),
    ("15:05", "15:45", [
        ("MGLRU 在数据库负载下的回收抖动分析", [("桂思远", "阿里云 内核工程师")]),
        ("Btrfs RAID stripe tree 与 zoned 设备支持", [("宦嘉禾", "SUSE")]),
        ("PREEMPT_RT 主线化后的工业控制实时性测评", [("宗政安", "中科院沈阳自动化所")]),
    ]),
    ("15:45", "16:25", [
        ("CXL 内存扩展的 NUMA 分层与页面迁移策略", [("伏嘉", "英特尔"), ("包宇航", "英特尔")]),
        ("ext4 与 XFS 在 large folio 下的回写路径改造", [("厉思齐", "华为")]),
        ("proxy execution：锁持有者的调度与优先级反转", [("濮雨辰", "Google")]),
    ]),
]


def forum_slots1():
    out = []
    for k, (name, host) in enumerate(F1):
        slots = []
        for start, end, cells in ROWS1:
            if isinstance(cells, str):
                slots.append(B(start, end, cells))
            else:
                title, sp = cells[k]
                slots.append(T(start, end, title, sp, host))
        out.append((name, slots))
    return out


def poster_big_table():
    W = 1200
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    navy, line, pale = (18, 38, 92), (150, 160, 185), (232, 238, 250)
    X0, XT, X1 = 40, 190, W - 40
    colw = (X1 - XT) // 3
    cols = [XT + k * colw for k in range(3)] + [X1]
    ft, fs, ftime = font(22, True), font(18), font(20, True)
    fmt, fms = font(28, True), font(22)

    def sp_lines(sp, f, maxw):
        return [fits(tmp, n + "（" + a + "）", f, maxw) for n, a in sp]

    main_rows = []
    for s in SLOTS1M:
        if s["kind"] == "break":
            main_rows.append((s, [], [], 60))
        else:
            tl = wrap(tmp, s["title"], fmt, X1 - XT - 60)
            sl = sp_lines(s["sp"], fms, X1 - XT - 60)
            main_rows.append((s, tl, sl, 30 + len(tl) * 40 + len(sl) * 32 + 20))
    aft_rows = []
    for start, end, cells in ROWS1:
        if isinstance(cells, str):
            aft_rows.append((start, end, cells, 56))
            continue
        laid = []
        for title, sp in cells:
            laid.append((wrap(tmp, title, ft, colw - 28), sp_lines(sp, fs, colw - 28)))
        h = max(24 + len(tl) * 32 + 6 + len(sl) * 27 + 20 for tl, sl in laid)
        aft_rows.append((start, end, laid, h))
    H = 520 + 64 + sum(r[3] for r in main_rows) + 110 + sum(r[3] for r in aft_rows) + 260
    im = Image.new("RGB", (W, H), (248, 249, 252))
    d = ImageDraw.Draw(im)
    im.paste(vgrad(W, 440, (14, 28, 74), (30, 64, 150)), (0, 0))
    rnd = random.Random(1501)
    for _ in range(26):
        x, y, r = rnd.randrange(W), rnd.randrange(420), rnd.randrange(3, 9)
        d.ellipse([x - r, y - r, x + r, y + r], outline=(80, 120, 210), width=2)
    for i in range(7):
        d.line([(W - 420 + i * 60, 440), (W + i * 60, 0)], fill=(44, 84, 170), width=3)
    d.text((X0, 44), "CLK 2026", font=font(40, True), fill=(255, 200, 60))
    d.text((X0 + 200, 56), "CHINA LINUX KERNEL DEVELOPERS CONFERENCE", font=font(22, True), fill=(190, 205, 240))
    d.text((X0, 120), CONF, font=font(64, True), fill=(255, 255, 255))
    d.text((X0, 220), "大会议程  AGENDA", font=font(48, True), fill=(255, 200, 60))
    d.text((X0, 310), "2026年10月17日（星期六）　杭州 · " + PLACE, font=font(30), fill=(225, 232, 250))
    d.text((X0, 360), "上午：主论坛（蒙民伟楼报告厅）　下午：三个分论坛并行", font=font(24), fill=(180, 195, 235))
    y = 480
    d.rectangle([X0, y, X1, y + 64], fill=navy)
    d.text((X0 + 24, y + 12), "时间", font=font(28, True), fill=(255, 255, 255))
    d.text((XT + 24, y + 10), F1M, font=font(32, True), fill=(255, 200, 60))
    rtext(d, X1 - 24, y + 16, "主持人：" + H1M + "（" + H1M_AFF + "）", font(24, True), (255, 255, 255))
    y += 64
    for s, tl, sl, h in main_rows:
        rng = s["start"] + "-" + s["end"]
        if s["kind"] == "break":
            d.rectangle([X0, y, X1, y + h], fill=pale)
            d.text((X0 + 16, y + 17), rng, font=ftime, fill=navy)
            ctext(d, (XT + X1) / 2, y + 13, s["title"], font(26, True), navy)
        else:
            d.text((X0 + 16, y + 28), rng, font=ftime, fill=navy)
            yy = y + 26
            for ln in tl:
                d.text((XT + 30, yy), ln, font=fmt, fill=(20, 24, 40))
                yy += 40
            for ln in sl:
                d.text((XT + 30, yy + 2), ln, font=fms, fill=(80, 90, 110))
                yy += 32
        d.rectangle([X0, y, X1, y + h], outline=line, width=2)
        d.line([(XT, y), (XT, y + h)], fill=line, width=2)
        y += h
    y += 30
    d.rectangle([X0, y, X1, y + 80], fill=navy)
    d.text((X0 + 24, y + 22), "时间", font=font(28, True), fill=(255, 255, 255))
    for k, (name, host) in enumerate(F1):
        ctext(d, cols[k] + colw / 2, y + 8, name, font(24, True), (255, 200, 60))
        ctext(d, cols[k] + colw / 2, y + 44, "主持人：" + host, font(20), (255, 255, 255))
        if k:
            d.line([(cols[k], y), (cols[k], y + 80)], fill=(90, 110, 170), width=2)
    y += 80
    for start, end, cells, h in aft_rows:
        rng = start + "-" + end
        if isinstance(cells, str):
            d.rectangle([X0, y, X1, y + h], fill=pale)
            d.text((X0 + 16, y + 15), rng, font=ftime, fill=navy)
            ctext(d, (XT + X1) / 2, y + 11, cells, font(26, True), navy)
            d.rectangle([X0, y, X1, y + h], outline=line, width=2)
            d.line([(XT, y), (XT, y + h)], fill=line, width=2)
        else:
            d.text((X0 + 16, y + 24), rng, font=ftime, fill=navy)
            for k, (tl, sl) in enumerate(cells):
                yy = y + 22
                for ln in tl:
                    d.text((cols[k] + 14, yy), ln, font=ft, fill=(20, 24, 40))
                    yy += 32
                yy += 6
                for ln in sl:
                    d.text((cols[k] + 14, yy), ln, font=fs, fill=(80, 90, 110))
                    yy += 27
            d.rectangle([X0, y, X1, y + h], outline=line, width=2)
            for x in cols[:3]:
                d.line([(x, y), (x, y + h)], fill=line, width=2)
        y += h
    d.text((X0, y + 40), "注：各分论坛地点见会场指引；议程如有变动，以大会公众号最新发布为准。", font=font(22),
           fill=(100, 108, 125))
    d.text((X0, y + 80), "主办：中国 Linux 内核开发者大会组委会　　承办：浙江大学计算机科学与技术学院", font=font(22),
           fill=(100, 108, 125))
    qr(d, X1 - 150, y + 40, 150, 1502)
    ctext(d, X1 - 75, y + 196, "关注公众号", font(18), (100, 108, 125))
    im = grain(im, 1503, 0.02)
    forums = [{"forum": F1M, "slots": [truth_slot(s) for s in SLOTS1M]}]
    forums += [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, slots in forum_slots1()]
    return soften(im, 0.3, 87), forums


# ===========================================================================
# 2. Dark 'tech' forum poster, 1080 px: near-black background with a neon
#    grid, the forum name in big type, a '主持人：' line with the chair's unit
#    and job title; each talk a dark card with a neon left edge: the range
#    '13:30 - 14:05' (spaced hyphen) on its own line ABOVE the title, the
#    bold title, the speaker's name in bold (a two-character name is padded
#    with a full-width space), and under it 'company job-title'; a 茶歇 card.
F2 = "eBPF 与可观测性分论坛"
H2, H2_AFF = "寇明川", "中国科学技术大学 副教授"
SLOTS2 = [
    T("13:30", "14:05", "BPF token 与无特权 eBPF：容器内的安全放权", [("鲜于婷", "腾讯云 安全研发工程师")], H2),
    T("14:05", "14:40", "用 bpftrace 与 BTF 追踪内核锁竞争：一次线上 P99 抖动的排查实录",
      [("臧立华", "美团 基础架构部 高级工程师")], H2),
    T("14:40", "15:15", "eBPF 在智算网络中的流量观测与 RDMA 故障诊断", [("习远", "中国移动研究院 研究员")], H2),
    B("15:15", "15:30", "茶歇"),
    T("15:30", "16:05", "BPF arena 与 kfuncs：内核与用户态的共享数据结构", [("帅梦琪", "字节跳动 内核工程师")], H2),
    T("16:05", "16:40", "perf 与 LBR 的新玩法：AutoFDO 与 Propeller 优化内核构建", [("揭少卿", "英特尔 性能架构师")], H2),
    T("16:40", "17:15", "从 kprobe 到 fprobe：tracing 子系统的开销演进", [("乜远航", "统信软件 内核工程师")], H2),
    T("17:15", "17:50", "基于 eBPF 的内核内存泄漏在线检测", [("蒙嘉禾", "麒麟软件 可观测性负责人")], H2),
]


def poster_dark():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    neon, pink, text = (0, 240, 200), (255, 70, 190), (236, 240, 248)
    ft, fn, fa, ftime = font(34, True), font(30, True), font(24), font(28, True)
    blocks = []
    for s in SLOTS2:
        if s["kind"] == "break":
            blocks.append((s, [], 96))
            continue
        lines = wrap(tmp, s["title"], ft, W - 220)
        for n, a in s["sp"]:
            fits(tmp, a, fa, W - 220)
        blocks.append((s, lines, 30 + 44 + len(lines) * 48 + 14 + len(s["sp"]) * 84 + 24))
    top = 760
    H = top + sum(h + 28 for _, _, h in blocks) + 300
    im = vgrad(W, H, (8, 10, 24), (14, 18, 44))
    d = ImageDraw.Draw(im)
    for x in range(0, W, 60):
        d.line([(x, 0), (x, 640)], fill=(22, 30, 60), width=1)
    for y in range(0, 640, 60):
        d.line([(0, y), (W, y)], fill=(22, 30, 60), width=1)
    rnd = random.Random(1511)
    for _ in range(30):  # kept clear of the printed lines
        x, y = rnd.randrange(760, W - 20), rnd.randrange(140, 440)
        d.rectangle([x, y, x + 4, y + 4], fill=rnd.choice([neon, pink, (90, 120, 255)]))
    d.text((70, 60), "CLK 2026 · CHINA LINUX KERNEL", font=font(26, True, mono=True), fill=neon)
    d.text((70, 104), CONF, font=font(30), fill=(170, 180, 210))
    d.text((70, 200), "eBPF 与可观测性", font=font(84, True), fill=text)
    d.text((70, 310), "分论坛", font=font(84, True), fill=neon)
    d.line([(70, 430), (330, 430)], fill=pink, width=6)
    d.text((70, 462), "10月18日（周日）下午　·　杭州 · " + PLACE + " C 厅", font=font(28), fill=(190, 200, 225))
    rrect(d, [70, 540, W - 70, 700], 14, outline=neon, width=2)
    d.text((100, 562), "主持人：" + H2, font=font(36, True), fill=text)
    d.text((100, 624), H2_AFF, font=font(26), fill=(150, 165, 200))
    y = top
    for s, lines, h in blocks:
        rng = s["start"] + " - " + s["end"]
        if s["kind"] == "break":
            rrect(d, [70, y, W - 70, y + h], 14, fill=(26, 22, 56), outline=pink, width=2)
            d.text((110, y + 28), rng, font=ftime, fill=pink)
            ctext(d, W / 2 + 60, y + 24, s["title"], font(34, True), text)
            y += h + 28
            continue
        rrect(d, [70, y, W - 70, y + h], 14, fill=(20, 26, 58))
        d.rectangle([70, y + 14, 78, y + h - 14], fill=neon)
        d.text((110, y + 26), rng, font=ftime, fill=neon)
        yy = y + 30 + 44
        for ln in lines:
            d.text((110, yy), ln, font=ft, fill=text)
            yy += 48
        yy += 14
        for n, a in s["sp"]:
            d.text((110, yy), pad2(n), font=fn, fill=(255, 214, 110))
            d.text((110, yy + 44), a, font=fa, fill=(150, 165, 200))
            yy += 84
        y += h + 28
    ctext(d, W / 2, y + 30, "— 主办：中国 Linux 内核开发者大会组委会 —", font(24), (150, 165, 200))
    qr(d, W / 2 - 75, y + 80, 150, 1512, fg=(10, 12, 30), bg=(236, 240, 248))
    ctext(d, W / 2, y + 244, "扫码观看直播", font(22), (150, 165, 200))
    im = grain(im, 1513, 0.02)
    return soften(im, 0.3, 86), [{"forum": F2, "slots": [truth_slot(s) for s in SLOTS2]}]


# ===========================================================================
# 3. Two forums one after the other on one warm poster, 1080 px: each forum a
#    title banner, then '出品人：name（unit）' and '主持人：name（unit）'; its
#    talks numbered '01', '02'... in big orange digits (the numbering restarts
#    per forum); the range '09:00-09:35' in small type at the right end of the
#    title's first line; 'name | unit' under the title; an unnumbered 茶歇 line.
F3A = "虚拟化与 CXL 分论坛"
P3A, P3A_AFF, H3A, H3A_AFF = "农志刚", "阿里云 资深技术专家", "戈雅丽", "浪潮信息"
F3B = "RISC-V 与体系结构分论坛"
P3B, P3B_AFF, H3B, H3B_AFF = "尤振宇", "中国科学院软件研究所 研究员", "蓝心怡", "平头哥半导体"
SLOTS3A = [
    T("09:00", "09:35", "KVM 中的 guest_memfd 与机密虚拟机内存管理：从 TDX 到 SEV-SNP", [("亢博文", "阿里云")], H3A),
    T("09:35", "10:10", "virtio-gpu 原生上下文在座舱虚拟化中的实践", [("经晨阳", "理想汽车 虚拟化工程师")], H3A),
    B("10:10", "10:25", "茶歇"),
    T("10:25", "11:00", "CXL Type 3 内存设备的热插拔与 RAS 处理", [("狄瑞雪", "浪潮信息 服务器架构师")], H3A),
    T("11:00", "11:35", "IOMMUFD 与 vfio cdev：设备直通的新接口", [("雍浩然", "英特尔")], H3A),
    T("11:35", "12:10", "ARM CCA 机密计算的 KVM 支持与 Realm 管理", [("卞思琪", "飞腾信息")], H3A),
]
SLOTS3B = [
    T("13:30", "14:05", "RISC-V H 扩展：KVM 虚拟化的实现与测试", [("郁文峰", "中国科学院软件研究所")], H3B),
    T("14:05", "14:40", "LoongArch 内核对二进制翻译的支持", [("贝晓舟", "龙芯中科 内核工程师")], H3B),
    T("14:40", "15:15", "RISC-V 向量扩展（RVV）在内核 crypto 子系统中的加速与功耗权衡", [("麻亦辰", "平头哥半导体")], H3B),
    B("15:15", "15:30", "茶歇"),
    T("15:30", "16:05", "ARM64 contpte：大页 TLB 合并的收益与代价", [("佘俊", "华为 内核专家")], H3B),
    T("16:05", "16:40", "x86 FRED 新异常处理机制的内核适配", [("丰瑾瑜", "海光信息")], H3B),
]


def poster_numbered():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    orange, brown, grey = (236, 110, 30), (70, 40, 20), (120, 100, 90)
    fnum, ft, fsp, ftime = font(64, True), font(32, True), font(24), font(22)
    XN, XT, XR = 70, 200, W - 70

    def layout(s):
        if s["kind"] == "break":
            return [], 70
        rng = s["start"] + "-" + s["end"]
        first_w = XR - XT - tw(tmp, rng, ftime) - 24
        lines = wrap(tmp, s["title"], ft, first_w)
        if len(lines) > 1:  # only the first line shares its row with the range
            lines = lines[:1] + wrap(tmp, s["title"][len(lines[0]):].lstrip(), ft, XR - XT)
        for n, a in s["sp"]:
            fits(tmp, n + " | " + a, fsp, XR - XT)
        return lines, 20 + len(lines) * 46 + 40 + 30

    sections = [(F3A, P3A, P3A_AFF, H3A, H3A_AFF, "10月18日（周日）上午 · D 厅", SLOTS3A),
                (F3B, P3B, P3B_AFF, H3B, H3B_AFF, "10月18日（周日）下午 · D 厅", SLOTS3B)]
    H = 560 + sum(350 + sum(layout(s)[1] + 16 for s in sec[6]) + 60 for sec in sections) + 220
    im = vgrad(W, H, (255, 246, 232), (252, 236, 214))
    d = ImageDraw.Draw(im)
    d.polygon([(0, 0), (W, 0), (W, 380), (0, 470)], fill=(236, 110, 30))
    d.polygon([(W - 360, 0), (W, 0), (W, 380), (W - 120, 405)], fill=(246, 150, 60))
    d.text((70, 60), "CLK 2026", font=font(44, True), fill=(255, 240, 220))
    d.text((70, 130), "中国 Linux 内核", font=font(76, True), fill=(255, 255, 255))
    d.text((70, 225), "开发者大会", font=font(76, True), fill=(255, 255, 255))
    d.text((70, 340), "分论坛议程 · 杭州 · " + PLACE, font=font(28), fill=(255, 236, 210))
    y = 540
    for name, prod, prod_aff, host, host_aff, when, slots in sections:
        rrect(d, [70, y, XR, y + 100], 50, fill=brown)
        d.text((120, y + 20), name, font=font(46, True), fill=(255, 255, 255))
        y += 124
        d.text((80, y), when, font=font(24), fill=orange)
        y += 50
        d.text((80, y), "出品人：" + prod + "（" + prod_aff + "）", font=font(28, True), fill=brown)
        d.text((80, y + 50), "主持人：" + host + "（" + host_aff + "）", font=font(28, True), fill=brown)
        y += 120
        hline(d, 70, XR, y, (230, 190, 150), 2)
        y += 30
        num = 0
        for s in slots:
            lines, h = layout(s)
            rng = s["start"] + "-" + s["end"]
            if s["kind"] == "break":
                rrect(d, [XT - 10, y, XR, y + h - 10], 10, fill=(250, 222, 190))
                d.text((XT + 20, y + 12), s["title"], font=font(30, True), fill=brown)
                rtext(d, XR - 20, y + 18, rng, ftime, grey)
                y += h + 16
                continue
            num += 1
            d.text((XN, y + 2), f"{num:02d}", font=fnum, fill=orange)
            yy = y + 12
            for i, ln in enumerate(lines):
                d.text((XT, yy), ln, font=ft, fill=(40, 28, 20))
                if i == 0:
                    rtext(d, XR, yy + 10, rng, ftime, grey)
                yy += 46
            yy += 8
            for n, a in s["sp"]:
                d.text((XT, yy), n + " | " + a, font=fsp, fill=grey)
                yy += 34
            dotted(d, XT, XR, y + h, (230, 190, 150))
            y += h + 16
        y += 60
    ctext(d, W / 2, y + 20, "扫码报名 · 免费参会", font(26, True), brown)
    qr(d, W / 2 - 70, y + 70, 140, 1521, fg=(60, 36, 20), bg=(255, 250, 240))
    im = grain(im, 1522, 0.02)
    return soften(im, 0.25, 88), [
        {"forum": F3A, "slots": [truth_slot(s) for s in SLOTS3A]},
        {"forum": F3B, "slots": [truth_slot(s) for s in SLOTS3B]},
    ]


# ===========================================================================
# 4. Forum poster with 上午 / 下午 sections, 1080 px, light with a crimson
#    header: each section headed by a '上午' / '下午' bar with that half day's
#    '主持人：name' at its right end; rows with an en-dash range '09:00–09:40'
#    on the left, the bold title in the middle (wrapping) and the speaker on
#    the RIGHT on the title's first line, the company under the name (one talk
#    has two speakers); a '闪电演讲 Lightning Talks' box whose heading carries
#    the block's range and whose three short talks each print their own range.
F4 = "Rust for Linux 与内核安全分论坛"
H4AM, H4AM_AFF = "池雨桐", "清华大学 助理教授"
H4PM, H4PM_AFF = "庾子涵", "华为 安全专家"
SLOTS4AM = [
    T("09:00", "09:40", "Rust for Linux 现状：从 Nova 驱动到 Binder 的上游之路", [("芦天朗", "小米 内核技术专家")], H4AM),
    T("09:40", "10:20", "用 Rust 重写 NVMe 驱动：性能与内存安全的双重验证", [("晋嘉言", "三星半导体")], H4AM),
    B("10:20", "10:40", "茶歇"),
    T("10:40", "11:20", "内核 Rust 抽象中的锁与生命周期建模",
      [("綦子谦", "北京大学 博士生"), ("Felix Brandt", "Collabora")], H4AM),
    T("11:20", "12:00", "Landlock、LSM 与 BPF LSM：细粒度沙箱的组合拳", [("苑若彤", "统信软件")], H4AM),
    B("12:00", "13:30", "午餐"),
]
SLOTS4PM = [
    T("13:30", "14:10", "kCFI、Shadow Stack 与 IBT：控制流完整性全家桶", [("谷雨泽", "英特尔")], H4PM),
    T("14:10", "14:50", "SLAB 虚拟化与 RANDOM_KMALLOC_CACHES：堆漏洞利用的缓解", [("戎星河", "奇安信 安全研究员")], H4PM),
]
LT4 = ("闪电演讲 Lightning Talks", "14:50", "15:20")
SLOTS4LT = [
    T("14:50", "15:00", "Rust 内核模块的 KUnit 测试实践", [("麦晓岚", "OPPO")], H4PM),
    T("15:00", "15:10", "clippy 与 klint：Rust 内核代码的静态检查", [("杭语嫣", "浙江大学")], H4PM),
    T("15:10", "15:20", "用 syzkaller 模糊测试 Rust Binder 驱动", [("仝泽宇", "中科院信工所")], H4PM),
]
EN = "\u2013"


def poster_halves():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    crimson, ink, grey = (168, 24, 44), (30, 24, 28), (110, 100, 104)
    ftime, ft, fn, fa = font(24, True), font(28, True), font(26, True), font(20)
    XL, XT, XS, XR = 60, 245, 760, W - 60

    def row_h(s, title_w):
        if s["kind"] == "break":
            return [], 64
        lines = wrap(tmp, s["title"], ft, title_w)
        for n, a in s["sp"]:
            fits(tmp, n, fn, XR - XS)
            fits(tmp, a, fa, XR - XS)
        return lines, max(len(lines) * 42, len(s["sp"]) * 66) + 36

    H = 640 + 2 * 110 + sum(row_h(s, XS - XT - 30)[1] for s in SLOTS4AM + SLOTS4PM)
    H += 90 + sum(row_h(s, XS - XT - 50)[1] for s in SLOTS4LT) + 40 + 260
    im = Image.new("RGB", (W, H), (250, 247, 244))
    d = ImageDraw.Draw(im)
    im.paste(vgrad(W, 520, (150, 16, 36), (200, 50, 60)), (0, 0))
    for i in range(12):  # rings around a centre off the right edge, clear of the printed lines
        r = 420 - i * 18
        d.ellipse([W + 60 - r, 60 - r, W + 60 + r, 60 + r], outline=(220, 90, 100), width=2)
    d.text((XL, 56), "CLK 2026 | " + CONF, font=font(28, True), fill=(255, 220, 210))
    d.text((XL, 150), "Rust for Linux", font=font(80, True), fill=(255, 255, 255))
    d.text((XL, 260), "与内核安全分论坛", font=font(80, True), fill=(255, 255, 255))
    d.text((XL, 400), "2026.10.18（周日）全天　杭州 · " + PLACE + " E 厅", font=font(28), fill=(255, 225, 220))
    y = 580

    def section(y, label, host, host_aff):
        d.rectangle([XL, y, XR, y + 70], fill=crimson)
        d.text((XL + 24, y + 10), label, font=font(38, True), fill=(255, 255, 255))
        rtext(d, XR - 24, y + 18, "主持人：" + host + "（" + host_aff + "）", font(26, True), (255, 228, 220))
        return y + 100

    def row(y, s, title_w, x0=XL, xt=XT):
        lines, h = row_h(s, title_w)
        rng = s["start"] + EN + s["end"]
        if s["kind"] == "break":
            d.rectangle([x0, y, XR, y + h - 12], fill=(240, 228, 226))
            d.text((x0 + 14, y + 12), rng, font=ftime, fill=crimson)
            d.text((xt, y + 10), s["title"], font=font(28, True), fill=crimson)
            return y + h
        d.text((x0 + 14, y + 6), rng, font=ftime, fill=crimson)
        for i, ln in enumerate(lines):
            d.text((xt, y + 2 + i * 42), ln, font=ft, fill=ink)
        yy = y + 2
        for n, a in s["sp"]:
            d.text((XS, yy), n, font=fn, fill=ink)
            d.text((XS, yy + 34), a, font=fa, fill=grey)
            yy += 66
        dotted(d, x0, XR, y + h - 14, (210, 190, 190))
        return y + h

    y = section(y, "上午", H4AM, H4AM_AFF)
    for s in SLOTS4AM:
        y = row(y, s, XS - XT - 30)
    y += 10
    y = section(y, "下午", H4PM, H4PM_AFF)
    for s in SLOTS4PM:
        y = row(y, s, XS - XT - 30)
    box_top = y
    lt_h = 90 + sum(row_h(s, XS - XT - 50)[1] for s in SLOTS4LT) + 10
    rrect(d, [XL, box_top, XR, box_top + lt_h], 16, fill=(255, 240, 236), outline=crimson, width=2)
    d.text((XL + 24, box_top + 18), LT4[0], font=font(30, True), fill=crimson)
    rtext(d, XR - 24, box_top + 22, LT4[1] + EN + LT4[2], ftime, crimson)
    y = box_top + 90
    for s in SLOTS4LT:
        y = row(y, s, XS - XT - 50, XL + 16, XT + 10)
    y = box_top + lt_h + 40
    d.text((XL, y), "注：闪电演讲每位 10 分钟，不设提问环节。", font=font(22), fill=grey)
    d.text((XL, y + 40), "主办：中国 Linux 内核开发者大会组委会　　支持：Rust 中文社区", font=font(22), fill=grey)
    qr(d, XR - 150, y, 150, 1531)
    im = grain(im, 1532, 0.02)
    slots = [truth_slot(s) for s in SLOTS4AM + SLOTS4PM + SLOTS4LT]
    return soften(im, 0.3, 88), [{"forum": F4, "slots": slots}]


NOTE = (
    "Same conventions as posters-blind-4..13: speakers are names as printed with spaces removed (a foreign "
    "name 'Thomas Lindner' -> 'ThomasLindner', a padded two-character name '习　远' -> '习远'); host is the "
    "chair printed for the forum or half day covering the slot, null for breaks; start/end always HH:MM on a "
    "24-hour clock; titles exclude tags and numbering marks; where two speakers are printed each has his own "
    "affiliation, given per speaker; affiliations keep a printed job title, joined to the company by one "
    "space; break titles are as printed; a break row spanning several forum columns is a break in every "
    "forum it spans; '开幕致辞' with a speaker is a talk; a title wrapped over lines is one string (a line "
    "break between two English words stands for one space). Added here: in the big table (the whole of "
    "2026-10-17) the band '主论坛' with '主持人：郦晚晴（浙江大学 教授）' at its right (the bracketed unit is "
    "not a slot) heads rows whose single cell spans the three forum columns; its 茶歇 row and the '午餐' row "
    "12:10-13:30 that closes the morning are breaks of 主论坛; then a header row gives the three afternoon "
    "forums left to right (内存管理分论坛, 文件系统与存储分论坛, 调度与性能分论坛), each with '主持人：name' "
    "under its name, and every afternoon row is one time cell plus one cell per forum, read DOWN a column for "
    "a forum; the 14:50-15:05 茶歇 row spans the three columns (a break in each forum); in every cell the line "
    "under the bold title is 'name（unit）', the bracketed unit being the affiliation ('栾铮（vivo 性能专家）': "
    "company and job title), and one cell holds two such lines, two speakers; the header line '上午：主论坛（"
    "蒙民伟楼报告厅）　下午：三个分论坛并行' is not a slot. In the dark poster the range '13:30 - 14:05' (a "
    "hyphen with a space each side) is on its own line ABOVE the title, the bold name is under the title and "
    "the affiliation (company and job title) on the line under the name; the host's unit under '主持人：' is "
    "not an affiliation of any slot. In the orange numbered poster two forums follow each other, each with "
    "its own banner, '出品人：name（unit）' and '主持人：name（unit）' lines: the host is the 主持人, never the "
    "出品人 (producer); the big '01', '02'... restart at 01 in each forum and are not part of titles; each "
    "talk's range '09:00-09:35' is in small type at the right end of the title's FIRST line (a wrapped title "
    "continues on the next line under it); 'name | unit' is under the title (the '|' is a separator); the "
    "茶歇 rows are unnumbered; the line '10月18日（周日）上午 · D 厅' under each banner is not a slot. In the 上午/下午 "
    "poster ranges use an en dash U+2013 ('09:00–09:40'), the speaker's name sits to the RIGHT of the title "
    "on the title's first line with the unit under the name (one talk stacks two speakers, each with his own "
    "unit under his name), the 上午 bar's '主持人：池雨桐（…）' is the host of the morning and the 下午 bar's "
    "'主持人：庾子涵（…）' the host of the afternoon (the lightning talks included); '午餐' 12:00-13:30 is a "
    "break of the morning; the '闪电演讲 Lightning Talks' box is a container: the range '14:50–15:20' in its "
    "heading is not a slot, each of its three short talks is a talk with its own printed range; the footer "
    "'闪电演讲每位 10 分钟…' is not a slot."
)

LAYOUTS = {
    "full-day-big-table.png": (
        "Whole-day agenda as one big ruled table (1200 px): navy header (CLK 2026, conference name, '大会议程 "
        "AGENDA', date and place, a line on the day's shape); a '时间 | 主论坛 | 主持人：郦晚晴（浙江大学 "
        "教授）' band over six morning rows whose one cell spans the forum columns (开幕致辞, four talks, 茶歇, "
        "then 午餐 12:10-13:30 across the table; one English title, one foreign name); then a header row "
        "'时间 | 内存管理分论坛 | 文件系统与存储分论坛 | 调度与性能分论坛', each forum with '主持人：name' under "
        "its name, and five afternoon rows of a range cell plus three cells (bold title, then 'name（unit）' in a "
        "smaller grey font; one cell with two speakers on two lines), the 茶歇 row spanning the three columns; "
        "a note, organisers and a QR code under the table.",
        "2026-10-17", poster_big_table),
    "dark-neon-forum.png": (
        "Dark 'tech' forum poster (1080 px): near-black with a faint grid and neon dots, 'CLK 2026 · CHINA "
        "LINUX KERNEL', the forum name 'eBPF 与可观测性分论坛' in two big lines (white, then cyan), date and "
        "hall, an outlined box '主持人：寇明川' with the host's unit under it; each talk a navy card with a "
        "cyan left edge: the cyan range '13:30 - 14:05' on its own line, the bold white title (some wrap over "
        "two lines), the bold yellow name (a two-character name padded '习　远') and 'company job-title' in "
        "grey under it; a pink-outlined '15:15 - 15:30 茶歇' card; organiser line and QR code.",
        "2026-10-18", poster_dark),
    "numbered-two-forums.png": (
        "Warm orange poster (1080 px) of two forums one after the other: an orange slanted header (CLK 2026, "
        "'中国 Linux 内核 / 开发者大会', '分论坛议程 · 杭州 · 浙江大学紫金港校区'); per forum a brown pill "
        "banner with the forum name (虚拟化与 CXL 分论坛 in the morning, RISC-V 与体系结构分论坛 in the "
        "afternoon), the line '10月18日（周日）上午 · D 厅' under it, then '出品人：name（unit）' and "
        "'主持人：name（unit）'; talks numbered 01..05 in big orange digits, the bold title with the range "
        "'09:00-09:35' in small grey type at the right end of its first line, 'name | unit' under it, dotted "
        "rules; an unnumbered 茶歇 strip with its range at the right; a sign-up line and QR code.",
        "2026-10-18", poster_numbered),
    "halfday-sections-endash.png": (
        "Light forum poster (1080 px) with a crimson header ('CLK 2026 | conference', 'Rust for Linux / "
        "与内核安全分论坛', '2026.10.18（周日）全天', place): a crimson '上午' bar with '主持人：池雨桐（清华大学 "
        "助理教授）' at its right, rows of a crimson en-dash range '09:00–09:40', the bold title (wrapping) and "
        "the speaker to the right of the title (bold name on the title's first line, unit under it; one talk "
        "with two speakers stacked, one foreign name), 茶歇 and 午餐 strips; a '下午' bar with its own "
        "'主持人：庾子涵（华为 安全专家）', two talks and an outlined '闪电演讲 Lightning Talks' box headed "
        "'14:50–15:20' holding three 10-minute talks each with its own range; a footer note and QR code.",
        "2026-10-18", poster_halves),
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
