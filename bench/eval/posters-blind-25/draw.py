"""Draw the twenty-fifth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set shows one
conference, CLK 2035 (第30届) in 合肥, as four different designers would have
published its parts: a WeChat article exported as a long image, whose talks
are numbered items '01', '02' ... with the range right of the number, the
title under it and '讲师：name | company job' under the title; a poster of
four parallel morning forums as coloured rounded panels two by two, each
listing 'HH:MM title' rows (start times only, the end printed once in the
poster's header) with the speaker small at the row's right end; a printed
black-on-white programme (A4 at 150 dpi, as a PDF turned into a PNG) with a
ruled table 时间 | 题目 | 报告人 | 单位, one title wrapping onto two lines and
one row with two speakers on two lines sharing one unit; and a main-forum
vertical timeline whose times are on a 12-hour clock ('上午 9:15-9:55',
'中午 12:10-1:30', '下午 2:10-2:50') with one chair in the morning and
another in the afternoon.
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


# ===========================================================================
# 1. A WeChat article exported as a long image (1080 px wide, JPEG), the
#    afternoon forum 可观测性与调试分论坛 of CLK 2035 on 2035-10-21: a banner,
#    the article's paragraphs (one names the start '13:30' in prose), section
#    heads with a bar ('论坛介绍', '论坛主持人', '议程安排', '报名方式'), a host
#    card 'name | unit job'; then the talks as numbered items: a big '01',
#    right of it the range '13:30-14:10', the bold title under both, then
#    '讲师：name | company job'.  The talk with two speakers prints a second
#    line indented with full-width spaces under the first name.  The 茶歇 is an
#    unnumbered centred line '— 15:30-15:45　茶歇 —'.  At the foot: how to
#    register, a QR code, 'END' and three '往期推荐' article titles.
F1, H1, H1_AFF = "可观测性与调试分论坛", "宋立平", "中国科学技术大学 副教授"
SLOTS1 = [
    T("13:30", "14:10", "bpftrace 与 BPF CO-RE：在旧内核上运行新工具", [("苏宇航", "阿里云 高级工程师")], H1),
    T("14:10", "14:50", "Tracing the Scheduler with Perfetto and ftrace", [("Thomas Becker", "Linaro 高级工程师")], H1),
    T("14:50", "15:30", "kdump 与 drgn：线上内核崩溃的自动化分析", [("任志强", "腾讯 内核工程师"), ("方琳", "腾讯 高级工程师")], H1),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:25", "基于 eBPF 的 I/O 延迟全链路追踪", [("潘晓东", "快手 系统工程师")], H1),
    T("16:25", "17:05", "内核内存泄漏检测：kmemleak 在大规模生产环境中的误报治理", [("邵晨阳", "麒麟软件 内核工程师")], H1),
    T("17:05", "17:45", "perf 在异构处理器上的采样与归因", [("江昊", "海光信息 软件工程师")], H1),
]
PARAS1 = [
    "第三十届中国 Linux 内核开发者大会（CLK 2035）将于 10 月 20 日至 21 日在合肥举行，由中国科学技术大学承办。"
    "本届大会设主论坛与六个分论坛，邀请来自高校、芯片厂商、云服务商与终端厂商的数十位内核开发者分享一线经验。",
    "可观测性与调试分论坛将于 10 月 21 日（周日）下午 13:30 在中国科学技术大学东区第二教学楼 2101 举行，"
    "围绕 eBPF、ftrace、perf 与崩溃分析工具，探讨如何在生产环境中快速定位内核问题。",
]
PAST1 = ["CLK 2034 精彩回顾：二十九届大会全部演讲资料下载",
         "报名开启 | 第三十届中国 Linux 内核开发者大会议程抢先看",
         "内核开发者说：我是如何提交第一个补丁的"]
TEAL, INK, GREY = (0, 150, 150), (34, 34, 34), (120, 120, 120)


def bar_head(d, y, text):
    d.rectangle([60, y + 6, 70, y + 52], fill=TEAL)
    d.text((90, y), text, font=font(40, True), fill=INK)
    return y + 90


def paint_wechat(im, d):
    W = im.size[0]
    X0, X1 = 60, W - 60
    fp = font(32)
    # banner
    d.rounded_rectangle([X0, 50, X1, 470], radius=24, fill=(0, 110, 130))
    hgrad(d, X0 + 24, 50, X1 - 24, 470, (0, 96, 126), (20, 150, 140))
    for i in range(9):
        d.ellipse([X1 - 360 + i * 18, 80 + i * 14, X1 - 40 + i * 6, 400 - i * 4], outline=(60, 180, 180), width=2)
    d.text((X0 + 60, 100), "CLK 2035", font=font(96, True), fill=(255, 255, 255))
    d.text((X0 + 64, 236), F1, font=font(56, True), fill=(255, 255, 255))
    d.text((X0 + 64, 330), "10.21 下午 ｜ 合肥 · 中国科学技术大学", font=font(32), fill=(200, 240, 240))
    d.text((X0 + 64, 384), "第三十届中国 Linux 内核开发者大会", font=font(28), fill=(200, 240, 240))
    y = 540
    y = bar_head(d, y, "论坛介绍")
    for para in PARAS1:
        for ln in wrap(d, para, fp, X1 - X0):
            d.text((X0, y), ln, font=fp, fill=(62, 62, 62))
            y += 56
        y += 30
    y += 30
    y = bar_head(d, y, "论坛主持人")
    d.rounded_rectangle([X0, y, X1, y + 130], radius=16, fill=(234, 246, 246))
    d.text((X0 + 40, y + 22), "主持人：" + H1, font=font(36, True), fill=INK)
    d.text((X0 + 40, y + 76), "｜ " + H1_AFF, font=font(28), fill=GREY)
    y += 200
    y = bar_head(d, y, "议程安排")
    y += 10
    fnum, frng, ft, fsp = font(76, True), font(34), font(40, True), font(30)
    n = 0
    for s in SLOTS1:
        if s["kind"] == "break":
            line = "— %s-%s　%s —" % (s["start"], s["end"], s["title"])
            d.rectangle([X0, y, X1, y + 80], fill=(244, 244, 244))
            ctext(d, W / 2, y + 18, line, font(32), GREY)
            y += 80 + 50
            continue
        n += 1
        num = "%02d" % n
        d.text((X0, y), num, font=fnum, fill=TEAL)
        nx = X0 + tw(d, num, fnum) + 30
        d.line([(nx, y + 30), (nx, y + 86)], fill=(190, 220, 220), width=3)
        d.text((nx + 26, y + 38), s["start"] + "-" + s["end"], font=frng, fill=(60, 130, 130))
        y += 120
        for ln in wrap(d, s["title"], ft, X1 - X0):
            d.text((X0, y), ln, font=ft, fill=INK)
            y += 58
        y += 14
        for i, (name, aff) in enumerate(s["sp"]):
            lead = "讲师：" if i == 0 else "\u3000\u3000\u3000"
            d.text((X0, y), "%s%s | %s" % (lead, name, aff), font=fsp, fill=GREY)
            y += 48
        y += 36
        d.line([(X0, y), (X1, y)], fill=(220, 220, 220), width=2)
        y += 50
    y += 30
    y = bar_head(d, y, "报名方式")
    for ln in wrap(d, "本次大会免费参加，请扫描下方二维码或点击文末「阅读原文」完成报名，现场凭报名二维码签到。", fp, X1 - X0):
        d.text((X0, y), ln, font=fp, fill=(62, 62, 62))
        y += 56
    y += 40
    qrcode(d, W / 2 - 130, y, 260, 2501)
    d.rectangle([W / 2 - 140, y - 10, W / 2 + 140, y + 270], outline=(200, 200, 200), width=2)
    y += 300
    ctext(d, W / 2, y, "长按识别二维码报名", font(28), GREY)
    y += 100
    d.line([(X0 + 200, y + 24), (W / 2 - 70, y + 24)], fill=(200, 200, 200), width=2)
    d.line([(W / 2 + 70, y + 24), (X1 - 200, y + 24)], fill=(200, 200, 200), width=2)
    ctext(d, W / 2, y, "END", font(36, True), (170, 170, 170))
    y += 110
    d.text((X0, y), "往期推荐", font=font(34, True), fill=INK)
    y += 70
    for t in PAST1:
        d.text((X0, y), "▶ " + t, font=font(29), fill=(70, 110, 160))
        y += 60
    return y + 80


def poster_wechat():
    im = two_pass(1080, paint_wechat, lambda w, h: Image.new("RGB", (w, h), (255, 255, 255)))
    return finish(im, 2502, 0.006, 0.25, 92), [{"forum": F1, "slots": [truth_slot(s) for s in SLOTS1]}]


# ===========================================================================
# 2. Four parallel morning forums of 2035-10-21 as coloured rounded panels,
#    two per row (2000 px wide, PNG).  The header prints the conference, the
#    date and the session range '09:00-12:00' once for all four forums.  Each
#    panel: a coloured head with the forum name and '主持人：name（unit）', then
#    rows 'HH:MM title' (start times only; a row ends where the next begins,
#    the last at 12:00, the session's end) with 'name　company' small and
#    right-aligned at the row's right end, level with the title's first line.
#    Breaks are rows 'HH:MM 茶歇' without a speaker.
P2 = [
    ("内存管理分论坛", "黄志华", "中国科学技术大学", (40, 110, 210), (234, 242, 253), [
        ("09:00", "mTHP 在 Android 上的落地：碎片化与回收", "叶明轩", "OPPO"),
        ("09:40", "基于 memdesc 的 struct page 瘦身进展", "靳磊", "华为"),
        ("10:20", "茶歇"),
        ("10:35", "slab 分配器的 sheaves 缓存层设计", "蔡文涛", "阿里云"),
        ("11:15", "CXL 内存热插拔与 ZONE_MOVABLE 的取舍", "邹慧", "浪潮信息"),
    ]),
    ("调度与实时分论坛", "彭俊", "南京大学", (20, 150, 100), (232, 247, 240), [
        ("09:00", "EEVDF 的延迟敏感度参数调优", "朱立新", "腾讯"),
        ("09:35", "PREEMPT_RT 在车载系统中的实践", "熊思远", "理想汽车"),
        ("10:10", "uclamp 与能效感知调度在 Arm 大小核上的表现", "贺晨", "小米"),
        ("10:45", "茶歇"),
        ("11:00", "Core Scheduling 与 SMT 侧信道：云上实测", "孟凡超", "百度"),
        ("11:30", "futex2 与用户态锁的性能对比", "黎雪", "vivo"),
    ]),
    ("体系结构与虚拟化分论坛", "韩晓峰", "中科院计算所", (220, 120, 30), (253, 242, 230), [
        ("09:00", "RISC-V H 扩展上的 KVM 性能剖析", "罗海洋", "中科院软件所"),
        ("09:40", "LoongArch 二进制翻译的内核支持", "汤晓龙", "龙芯中科"),
        ("10:20", "Arm CCA Realm 虚拟机的启动流程", "崔颖", "飞腾信息"),
        ("11:00", "茶歇"),
        ("11:15", "virtio-mem 与虚拟机内存弹性伸缩", "卢振华", "阿里云"),
    ]),
    ("网络与 eBPF 分论坛", "孙海涛", "中国科学技术大学", (130, 70, 190), (243, 236, 251), [
        ("09:00", "BPF arena：在 eBPF 程序中使用共享内存", "廖雨桐", "字节跳动"),
        ("09:40", "XDP 与 AF_XDP 在 5G 用户面的应用", "谢振宇", "中国移动"),
        ("10:20", "茶歇"),
        ("10:35", "TCP 拥塞控制的 BPF 实现：struct_ops 实践", "董佳琪", "美团"),
        ("11:15", "io_uring 零拷贝接收（zero-copy rx）进展", "秦朗", "蚂蚁集团"),
    ]),
]
END2 = "12:00"


def slots2(rows, host):
    out = []
    for k, r in enumerate(rows):
        end = rows[k + 1][0] if k + 1 < len(rows) else END2
        if len(r) == 2:
            out.append(B(r[0], end, r[1]))
        else:
            out.append(T(r[0], end, r[1], [(r[2], r[3])], host))
    return out


def poster_panels():
    W = 2000
    M, G = 60, 50
    PW = (W - 2 * M - G) // 2
    ft, ftime, fsp, fco = font(30), font(30, True), font(24, True), font(22)
    probe = ImageDraw.Draw(Image.new("RGB", (8, 8)))

    def layout(rows):
        """Per row: its title lines (the title gets what the speaker leaves free) and its height."""
        out = []
        for r in rows:
            if len(r) == 2:
                out.append(([r[1]], 84))
                continue
            spw = tw(probe, r[2], fsp) + 12 + tw(probe, r[3], fco)
            lines = wrap_nicely(probe, r[1], ft, PW - 30 - 120 - spw - 40 - 30)
            out.append((lines, 30 + 46 * len(lines) + 26))
        return out

    lays = [layout(p[5]) for p in P2]
    HEAD = 150
    ph = [HEAD + 20 + sum(h for _, h in lay) + 30 for lay in lays]
    rowh = [max(ph[0], ph[1]), max(ph[2], ph[3])]
    TOP = 430
    H = TOP + rowh[0] + G + rowh[1] + 260
    im = vgrad(W, H, (246, 247, 250), (226, 232, 242))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 340], fill=(28, 36, 64))
    for i in range(12):
        d.line([(1100 + i * 60, 340), (1300 + i * 60, 0)], fill=(44, 56, 96), width=3)
    d.text((M, 40), "CLK 2035", font=font(90, True), fill=(255, 255, 255))
    d.text((M + 470, 62), "第三十届中国 Linux 内核开发者大会", font=font(44, True), fill=(255, 255, 255))
    d.text((M + 470, 128), "合肥 · 中国科学技术大学东区", font=font(30), fill=(190, 200, 225))
    d.text((M, 200), "分论坛日程", font=font(64, True), fill=(255, 214, 100))
    d.text((M + 360, 222), "10 月 21 日（周日）上午　09:00-12:00　四个分论坛同时进行", font=font(36), fill=(255, 255, 255))
    for idx, (name, host, unit, col, tint, rows) in enumerate(P2):
        px = M + (idx % 2) * (PW + G)
        py = TOP if idx < 2 else TOP + rowh[0] + G
        hgt = rowh[idx // 2]
        d.rounded_rectangle([px, py, px + PW, py + hgt], radius=30, fill=tint, outline=col, width=3)
        d.rounded_rectangle([px, py, px + PW, py + HEAD], radius=30, fill=col)
        d.rectangle([px, py + HEAD - 30, px + PW, py + HEAD], fill=col)
        d.text((px + 36, py + 22), name, font=font(46, True), fill=(255, 255, 255))
        d.text((px + 36, py + 92), "主持人：%s（%s）" % (host, unit), font=font(28), fill=(255, 255, 255))
        rtext(d, px + PW - 36, py + 30, "会场 %s" % "ABCD"[idx], font(30, True), (255, 255, 255))
        y = py + HEAD + 20
        for k, (r, (lines, h)) in enumerate(zip(rows, lays[idx], strict=True)):
            if k:
                for x in range(px + 30, px + PW - 30, 14):
                    d.line([(x, y), (x + 6, y)], fill=(190, 196, 210), width=2)
            d.text((px + 30, y + 28), r[0], font=ftime, fill=col)
            if len(r) == 2:
                d.text((px + 150, y + 24), r[1], font=font(30, True), fill=(130, 130, 140))
            else:
                yy = y + 28
                for ln in lines:
                    d.text((px + 150, yy), ln, font=ft, fill=(30, 32, 40))
                    yy += 46
                cw = tw(d, r[3], fco)
                rtext(d, px + PW - 30, y + 34, r[3], fco, (120, 124, 136))
                rtext(d, px + PW - 30 - cw - 12, y + 32, r[2], fsp, (70, 72, 84))
            y += h
    y = TOP + rowh[0] + G + rowh[1] + 60
    d.text((M, y), "主办：中国 Linux 内核开发者大会组委会　　承办：中国科学技术大学计算机科学与技术学院", font=font(28),
           fill=(80, 86, 100))
    d.text((M, y + 56), "午餐：12:00 起，东区学生食堂二楼（凭胸卡就餐）。议程如有调整，以现场公布为准。", font=font(26),
           fill=(110, 116, 130))
    qrcode(d, W - M - 150, y - 20, 150, 2503)
    forums = [{"forum": p[0], "slots": [truth_slot(s) for s in slots2(p[5], p[1])]} for p in P2]
    return im, forums


# ===========================================================================
# 3. A printed programme: A4 at 150 dpi (1240 x 1754), black on white, as a
#    Word document turned into a PDF and the PDF into a PNG.  '附件2' at the
#    top left, a centred title in 黑体, info lines in 宋体 ('主持人：曾晓明 教授
#    （中国科学技术大学）', the host's rank after his name), then a ruled table
#    时间 | 题目 | 报告人 | 单位 with ranges '13:30—14:10' (em dash), one title
#    wrapping onto two lines, one row with two speakers on two lines and one
#    unit centred beside them (both from 清华大学), a 茶歇 row whose label spans
#    three columns; full legal company names in the 单位 column.
F3, H3 = "文件系统与存储分论坛", "曾晓明"
SLOTS3 = [
    T("13:30", "14:10", "ext4 大块（large block size）支持", [("陈晓光", "华为技术有限公司")], H3),
    T("14:10", "14:50", "面向 ZNS SSD 的 F2FS 垃圾回收优化：从主机感知到设备协同", [("刘佳", "华中科技大学")], H3),
    T("14:50", "15:30", "bcachefs 的现状与可靠性评估", [("王一鸣", "清华大学"), ("杨硕", "清华大学")], H3),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:25", "FUSE passthrough 与 virtiofs 对比", [("金海燕", "北京字节跳动科技有限公司")], H3),
    T("16:25", "17:05", "blk-mq 在 NVMe-oF 下的扩展性分析", [("周子豪", "浪潮电子信息产业股份有限公司")], H3),
    T("17:05", "17:45", "XFS 原子写（atomic write）的实现", [("贾文斌", "阿里云计算有限公司")], H3),
]


def poster_printed():
    W, H = 1240, 1754
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    black = (0, 0, 0)
    fs, fh = font(22, serif=True), font(23, True)
    d.text((110, 90), "附件2", font=font(26, True), fill=black)
    ctext(d, W / 2, 170, "第三十届中国 Linux 内核开发者大会", font(36, True), black)
    ctext(d, W / 2, 228, F3 + "日程", font(36, True), black)
    info = ["时　间：2035年10月21日（星期日）下午",
            "地　点：中国科学技术大学东区第三教学楼 3A101",
            "主持人：%s 教授（中国科学技术大学）" % H3]
    y = 330
    for ln in info:
        d.text((130, y), ln, font=font(24, serif=True), fill=black)
        y += 46
    y += 34
    X = [100, 270, 690, 810, 1140]  # 时间 | 题目 | 报告人 | 单位
    heads = ["时间", "题目", "报告人", "单位"]
    top = y
    d.line([(X[0], y), (X[-1], y)], fill=black, width=2)
    for j, h in enumerate(heads):
        ctext(d, (X[j] + X[j + 1]) / 2, y + 14, h, fh, black)
    y += 56
    d.line([(X[0], y), (X[-1], y)], fill=black, width=1)
    LH, PAD = 34, 16
    for s in SLOTS3:
        rng = "%s—%s" % (s["start"], s["end"])
        if s["kind"] == "break":
            h = 2 * PAD + LH
            ctext(d, (X[0] + X[1]) / 2, y + PAD, rng, fs, black)
            ctext(d, (X[1] + X[-1]) / 2, y + PAD, "茶　歇", fs, black)
            d.line([(X[1], y), (X[1], y + h)], fill=black, width=1)
        else:
            tl = wrap(d, s["title"], fs, X[2] - X[1] - 28)
            names = [n for n, _ in s["sp"]]
            units = list(dict.fromkeys(a for _, a in s["sp"]))
            assert all(tw(d, u, fs) <= X[4] - X[3] - 20 for u in units), units
            n = max(len(tl), len(names), len(units))
            h = 2 * PAD + n * LH
            ctext(d, (X[0] + X[1]) / 2, y + h / 2 - LH / 2, rng, fs, black)
            ty = y + h / 2 - len(tl) * LH / 2
            for ln in tl:
                d.text((X[1] + 14, ty), ln, font=fs, fill=black)
                ty += LH
            for j, cell in ((2, names), (3, units)):
                cy = y + h / 2 - len(cell) * LH / 2
                for ln in cell:
                    ctext(d, (X[j] + X[j + 1]) / 2, cy, ln, fs, black)
                    cy += LH
            for x in X[1:-1]:
                d.line([(x, y), (x, y + h)], fill=black, width=1)
        y += h
        d.line([(X[0], y), (X[-1], y)], fill=black, width=1)
    d.line([(X[0], y), (X[-1], y)], fill=black, width=2)
    d.line([(X[0], top), (X[0], y)], fill=black, width=2)
    d.line([(X[-1], top), (X[-1], y)], fill=black, width=2)
    y += 30
    for ln in ["注：1. 每个报告 30 分钟，提问与交流 10 分钟；",
               "　　2. 报告人请于会前 30 分钟将演示文稿拷贝至会场电脑。"]:
        d.text((130, y), ln, font=font(21, serif=True), fill=black)
        y += 38
    ctext(d, W / 2, H - 110, "— 1 —", font(22, serif=True), black)
    wrapped = [s for s in SLOTS3 if s["kind"] == "talk" and len(wrap(d, s["title"], fs, X[2] - X[1] - 28)) > 1]
    assert [s["start"] for s in wrapped] == ["14:10"], [s["start"] for s in wrapped]
    return im, [{"forum": F3, "slots": [truth_slot(s) for s in SLOTS3]}]


# ===========================================================================
# 4. The main forum of 2035-10-20 as a vertical timeline on a cream poster
#    (1080 px wide, PNG): a header ('CLK 2035', the conference, a '主论坛'
#    pill, date and place), then a line down the left with a dot per slot and,
#    right of the line, the time on a 12-hour clock ('上午 9:15-9:55',
#    '上午 11:30-12:10', '中午 12:10-1:30', '下午 2:10-2:50'), the bold title
#    under it and 'name　company　job' under the title.  Two session marks on
#    the line: '上午场' with its chair and '下午场' with another chair.  Breaks
#    put their label on the time's line.
F4 = "主论坛"
H4AM, H4AM_AFF = "梁国栋", "中国科学技术大学计算机学院 教授"
H4PM, H4PM_AFF = "许婉清", "合肥工业大学 副教授"
SLOTS4 = [
    T("09:00", "09:15", "开幕致辞", [("陶文华", "中国科学技术大学 副校长")], H4AM),
    T("09:15", "09:55", "Linux 内核三十年：社区协作模式的演进与挑战", [("余正阳", "华为 首席科学家")], H4AM),
    T("09:55", "10:35", "Rust for Linux：从驱动走向核心子系统", [("吕晨曦", "阿里云 资深技术专家")], H4AM),
    B("10:35", "10:50", "茶歇"),
    T("10:50", "11:30", "sched_ext 一年之后：可编程调度器的生产实践", [("何嘉伟", "字节跳动 内核技术负责人")], H4AM),
    T("11:30", "12:10", "面向 CXL 3.0 的内存池化：内核需要做什么", [("闵秀兰", "英特尔 首席工程师")], H4AM),
    B("12:10", "13:30", "午餐"),
    T("13:30", "14:10", "国产 CPU 生态下的内核维护：龙芯、飞腾与海光", [("邓永刚", "统信软件 内核研发总监")], H4PM),
    T("14:10", "14:50", "AI Agent 辅助内核补丁评审的探索", [("谭晓雯", "中国科学技术大学 副教授")], H4PM),
    T("14:50", "15:30", "从 LTS 到 CIP：内核长期支持的工程实践", [("石建新", "中兴通讯 内核专家")], H4PM),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:25", "大规模集群的内核热补丁（livepatch）实践", [("付志明", "京东 架构师")], H4PM),
    T("16:25", "17:05", "从 kdump 到 vmcore 分析：线上故障定位方法论", [("常海龙", "快手 内核工程师")], H4PM),
]


def clock12(hm):
    """'13:30' -> ('下午', '1:30'): the period and the time as the poster prints them."""
    h, m = map(int, hm.split(":"))
    period = "上午" if h < 12 else ("中午" if h == 12 else "下午")
    return period, "%d:%02d" % (h if h <= 12 else h - 12, m)


def printed12(s):
    """The printed range: the period once, before the start; the end without its period."""
    p0, t0 = clock12(s["start"])
    _, t1 = clock12(s["end"])
    if s["title"] == "午餐":
        p0 = "中午"
    return "%s %s-%s" % (p0, t0, t1)


def paint_timeline(im, d):
    W = im.size[0]
    LX, TX, X1 = 110, 160, W - 70
    red, ink, grey = (200, 70, 40), (40, 36, 34), (110, 100, 92)
    ftime, ft, fn, fa = font(34, True), font(38, True), font(30, True), font(28)
    d.text((70, 70), "CLK 2035", font=font(130, True), fill=red)
    d.text((74, 250), "第三十届中国 Linux 内核开发者大会", font=font(48, True), fill=ink)
    d.rounded_rectangle([74, 340, 324, 424], radius=42, fill=red)
    ctext(d, 199, 350, F4, font(48, True), (255, 255, 255))
    d.text((360, 346), "2035 年 10 月 20 日（星期六）", font=font(34, True), fill=ink)
    d.text((360, 392), "合肥 · 中国科学技术大学东区大礼堂", font=font(28), fill=grey)
    y = 520
    line_top = y
    pins = []  # what sits on the line, painted after the line itself
    for k, s in enumerate(SLOTS4):
        mark = None
        if k == 0:
            mark = ("上午场", H4AM, H4AM_AFF)
        elif SLOTS4[k - 1]["title"] == "午餐":
            mark = ("下午场", H4PM, H4PM_AFF)
        if mark:
            pins.append(("mark", y, mark[0]))
            d.text((TX + 10, y + 10), "主持人：%s　%s" % (mark[1], mark[2]), font=font(30, True), fill=grey)
            y += 120
        if s["kind"] == "break":
            pins.append(("hollow", y, None))
            rng = printed12(s)
            d.text((TX, y), rng, font=ftime, fill=grey)
            x = TX + tw(d, rng, ftime) + 30
            d.rounded_rectangle([x, y - 2, x + 120, y + 50], radius=8, fill=(236, 226, 212))
            ctext(d, x + 60, y + 4, s["title"], font(32, True), grey)
            y += 110
            continue
        pins.append(("dot", y, None))
        d.text((TX, y), printed12(s), font=ftime, fill=red)
        y += 58
        for ln in wrap(d, s["title"], ft, X1 - TX):
            d.text((TX, y), ln, font=ft, fill=ink)
            y += 54
        y += 8
        for name, aff in s["sp"]:
            co, job = aff.split(" ", 1)
            d.text((TX, y), name, font=fn, fill=ink)
            d.text((TX + tw(d, name, fn) + 24, y + 2), "%s　%s" % (co, job), font=fa, fill=grey)
            y += 46
        y += 56
    d.line([(LX, line_top + 30), (LX, y - 100)], fill=(220, 180, 160), width=4)
    for kind, py, text in pins:
        if kind == "mark":
            d.rounded_rectangle([LX - 56, py, LX + 56, py + 56], radius=12, fill=ink)
            ctext(d, LX, py + 8, text, font(30, True), (255, 255, 255))
        elif kind == "hollow":
            d.ellipse([LX - 12, py + 10, LX + 12, py + 34], fill=(251, 246, 236), outline=red, width=4)
        else:
            d.ellipse([LX - 14, py + 8, LX + 14, py + 36], fill=red)
    y += 40
    d.rectangle([70, y, X1, y + 4], fill=red)
    y += 50
    d.text((70, y), "主办单位：中国 Linux 内核开发者大会组委会", font=font(28), fill=grey)
    d.text((70, y + 50), "承办单位：中国科学技术大学计算机科学与技术学院", font=font(28), fill=grey)
    d.text((70, y + 100), "大会官网与报名：扫右侧二维码", font=font(28), fill=grey)
    qrcode(d, X1 - 180, y - 10, 180, 2504)
    return y + 240


def bg_timeline(w, h):
    im = Image.new("RGB", (w, h), (251, 246, 236))
    d = ImageDraw.Draw(im)
    for i in range(7):
        d.arc([620 - i * 26, -220 - i * 20, 1300 + i * 26, 420 + i * 20], 90, 200, fill=(240, 214, 196), width=3)
    return im


def poster_timeline():
    im = two_pass(1080, paint_timeline, bg_timeline)
    return im, [{"forum": F4, "slots": [truth_slot(s) for s in SLOTS4]}]


NOTE = (
    "Same conventions as posters-blind-4..24: speakers are names as printed with spaces removed (the foreign "
    "name 'Thomas Becker' -> 'ThomasBecker'); host is the chair printed for the forum (or session) covering the "
    "slot, null for breaks; start/end always HH:MM on a 24-hour clock; titles exclude tags; where two or more "
    "speakers are printed each has his own affiliation, given per speaker; affiliations keep a printed job "
    "title, joined to the company by one space; break titles are as printed; '开幕致辞' with a speaker is a "
    "talk. All four posters show parts of one conference, CLK 2035 (第30届) in 合肥, and no talk is on two "
    "posters: 主论坛 on 2035-10-20, four forums on the morning of 2035-10-21, two further forums on its "
    "afternoon. Added or stressed here: the WeChat article (a JPEG) numbers its six talks '01'..'06'; a number is "
    "not part of the title; the range is printed right of the number and the title under both; the speaker "
    "line is '讲师：name | company job' (affiliation 'company job'); the talk with two speakers prints the "
    "second on a line of its own, indented with three full-width spaces instead of '讲师：'; the 茶歇 is an "
    "unnumbered line '— 15:30-15:45　茶歇 —'. The host is printed in a card under '论坛主持人' as "
    "'主持人：宋立平' over '｜ 中国科学技术大学 副教授'. The article's paragraphs name '10 月 21 日（周日）下午 "
    "13:30' and other numbers in prose; neither they nor the three '往期推荐' article titles at the foot are "
    "slots. The panel poster prints START times only ('09:40'); a row ends where the next row of its panel "
    "begins, and the last talk of every panel ends at 12:00, the end of the session range '09:00-12:00' "
    "printed once in the poster's header for all four forums; the 茶歇 rows end likewise at the next start. "
    "Each panel's speaker is printed small at the right end of the row as 'name　company' (affiliation: the "
    "company), level with the title's first line; the panel head prints '主持人：name（unit）' and '会场 A'..'D' "
    "(not part of the forum name). The foot line '午餐：12:00 起' is not a slot. The printed programme "
    "(A4 at 150 dpi) prints ranges with an em dash ('13:30—14:10'); its host line is '主持人：曾晓明 教授"
    "（中国科学技术大学）' (host '曾晓明', the rank '教授' is not part of the name); the 14:10 title wraps onto "
    "two lines in its cell; the 14:50 row prints two speakers on two lines in the 报告人 cell and ONE unit, "
    "清华大学, centred in the 单位 cell: both speakers get it; 单位 cells print full company names "
    "('北京字节跳动科技有限公司'), given as printed; the notes under the table ('每个报告 30 分钟') are not slots; its break row prints '茶　歇' (padded), "
    "given as '茶歇'. "
    "The timeline poster prints times on a 12-hour clock with the period once before the start: "
    "'上午 9:15-9:55' is 09:15-09:55, '上午 11:30-12:10' is 11:30-12:10, '中午 12:10-1:30' (午餐) is "
    "12:10-13:30, '下午 1:30-2:10' is 13:30-14:10. It has two chairs: '上午场' with '主持人：梁国栋' for the slots "
    "up to 午餐 and '下午场' with '主持人：许婉清' for the slots after it; each talk's host is the chair of its "
    "session. Its speaker line is 'name　company　job' (affiliation 'company job')."
)

LAYOUTS = {
    "wechat-numbered-forum.jpg": (
        "WeChat article exported as a long image (1080 px wide, JPEG q92 round trip), 可观测性与调试分论坛 of "
        "CLK 2035 (第30届), 合肥, 2035-10-21 afternoon: a teal banner, article paragraphs, section heads with a "
        "bar ('论坛介绍', '论坛主持人', '议程安排', '报名方式'), a host card '主持人：宋立平' / '｜ unit job'; talks as "
        "numbered items: a big '01', the range '13:30-14:10' right of it, the bold title under both, "
        "'讲师：name | company job' under the title (a second speaker on an indented line); the 茶歇 an "
        "unnumbered centred line; QR code, 'END' and three '往期推荐' article titles at the foot. Foreign "
        "speaker Thomas Becker (English title).",
        "2035-10-21", poster_wechat),
    "four-forum-panels.png": (
        "Four parallel forums of the morning of 2035-10-21 (2000 px wide), CLK 2035: dark header band "
        "('CLK 2035', the conference, '分论坛日程', '10 月 21 日（周日）上午　09:00-12:00　四个分论坛同时进行'), "
        "then four coloured rounded panels two per row (内存管理, 调度与实时, 体系结构与虚拟化, 网络与 eBPF), each "
        "with a coloured head (forum name, '主持人：name（unit）', '会场 A'..'D') and rows 'HH:MM title' (start "
        "times only) with 'name　company' small at the right end of the row; 茶歇 rows. Uncommon surname 靳.",
        "2035-10-21", poster_panels),
    "printed-programme-table.png": (
        "Printed programme, A4 at 150 dpi (1240 x 1754), black on white: '附件2', a centred title "
        "('第三十届中国 Linux 内核开发者大会' / '文件系统与存储分论坛日程'), info lines (时间, 地点, "
        "'主持人：曾晓明 教授（中国科学技术大学）'), a ruled table 时间 | 题目 | 报告人 | 单位 with ranges "
        "'13:30—14:10'; one title wraps onto two lines; one row has two speakers on two lines and one unit; "
        "a 茶歇 row; notes under the table and a page number.",
        "2035-10-21", poster_printed),
    "timeline-12-hour-main.png": (
        "Main forum of CLK 2035, 2035-10-20, on a cream poster (1080 px wide): header ('CLK 2035', the "
        "conference, a '主论坛' pill, '2035 年 10 月 20 日（星期六）', the place), then a vertical line with a dot "
        "per slot and, right of it, the time on a 12-hour clock ('上午 9:15-9:55', '中午 12:10-1:30', "
        "'下午 2:10-2:50'), the bold title under it and 'name　company　job'; session marks '上午场' and '下午场' "
        "on the line, each with its own '主持人：name　unit job'; breaks with their label on the time's line. "
        "Uncommon surname 闵.",
        "2035-10-20", poster_timeline),
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
