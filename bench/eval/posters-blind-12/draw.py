"""Draw the twelfth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four PNGs and truth.json next to this file.
Everything printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances; the
JPEG-like softness is a round trip through Pillow's own encoder at a fixed
quality.  This set favours the ORDINARY: two forum posters close to the real
CLK2023/CLK2024 ones in structure (a purple card poster with the company beside
the speaker's name; a green ruled table with one-digit hours and '~' ranges), a
full-day agenda with a main forum and two afternoon forums (en-dash ranges), and
a GitHub page rendering a README.md whose Markdown table is the agenda.
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


def rrect(d, box, r, fill=None, outline=None, width=1):
    d.rounded_rectangle(box, radius=r, fill=fill, outline=outline, width=width)


# ===========================================================================
# 1. Purple forum poster in the CLK2024 manner (header, forum banner, host
#    pill, one card per talk) but the speaker's company and job title sit on
#    the SAME line right after the bold name; ranges '13:30-14:00'; one
#    speaker prints two affiliations joined by ' / '; two speakers of one
#    company each print it; a long title wraps over three lines.
F1 = "存储与文件系统分论坛"
H1, H1_AFF = "单慕白", "浙江大学计算机科学与技术学院 副教授"
SLOTS1 = [
    T("13:30", "14:00", "XFS 在线修复（online fsck）的工程化：从实验特性到默认开启",
      [("晏子杰", "复旦大学 / 蚂蚁集团")], H1),
    T("14:00", "14:30", "ext4 大块（large folio）支持与 buffered write 路径重构",
      [("褚佳宁", "华为 文件系统工程师")], H1),
    T("14:30", "15:00", "NVMe FDP 数据放置提示在日志结构存储中的收益评估",
      [("宓晨曦", "三星半导体 高级工程师"), ("冼浩然", "三星半导体 主任工程师")], H1),
    T("15:00", "15:20", "io_uring 零拷贝接收在存储网关中的应用", [("苟一凡", "快手 内核工程师")], H1),
    B("15:20", "15:40", "茶歇"),
    T("15:40", "16:10", "F2FS 在手机存储老化场景下的碎片整理与 GC 策略调优，兼谈 zoned UFS 的适配与量产经验",
      [("訾梦瑶", "荣耀终端 高级工程师")], H1),
    T("16:10", "16:40", "FUSE passthrough 与 virtiofs 在容器存储中的性能对比",
      [("Lukas Brenner", "SUSE Kernel Engineer")], H1),
    T("16:40", "17:10", "基于 blk-mq 的多队列 QoS：cgroup v2 io.cost 的线上调优", [("阙立言", "网易数帆 存储技术专家")], H1),
]


def poster_cards():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, ftime = font(36, True), font(30, True), font(24), font(30, True, mono=True)
    blocks = []
    for s in SLOTS1:
        if s["kind"] == "break":
            blocks.append((s, [], 90))
            continue
        lines = wrap(tmp, s["title"], ft, W - 220)
        blocks.append((s, lines, 90 + len(lines) * 52 + len(s["sp"]) * 46 + 40))
    H = 860 + sum(h + 34 for _, _, h in blocks) + 200
    im = vgrad(W, H, (58, 20, 120), (150, 40, 140))
    d = ImageDraw.Draw(im)
    rnd = random.Random(1201)
    for _ in range(70):
        x, y, r = rnd.randrange(W), rnd.randrange(700), rnd.randrange(2, 6)
        d.ellipse([x - r, y - r, x + r, y + r], fill=(200, 170, 255))
    for i in range(8):
        d.arc([600 - i * 40, 80 - i * 40, 1300 + i * 40, 780 + i * 40], 190, 260, fill=(190, 120, 230), width=2)
    d.text((70, 60), "CHINA LINUX KERNEL", font=font(26, True), fill=(255, 255, 255))
    d.text((70, 96), "中国 Linux 内核开发者大会", font=font(24), fill=(230, 215, 255))
    d.text((70, 170), "第二十一届中国", font=font(72, True), fill=(255, 255, 255))
    d.text((70, 260), "Linux 内核开发者大会", font=font(72, True), fill=(255, 236, 140))
    rrect(d, [70, 380, 520, 440], 30, outline=(255, 255, 255), width=3)
    d.text((100, 388), "2026年11月21日 · 杭州", font=font(32, True), fill=(255, 255, 255))
    d.text((70, 470), "地址：杭州国际博览中心 2 号会议室", font=font(30), fill=(240, 230, 255))
    rrect(d, [240, 560, 840, 650], 20, fill=(255, 214, 90))
    ctext(d, W / 2, 570, F1, font(52, True), (70, 20, 110))
    rrect(d, [300, 690, 780, 752], 31, fill=(255, 255, 255))
    ctext(d, W / 2, 697, "主持人：" + H1, font(36, True), (90, 30, 140))
    ctext(d, W / 2, 770, H1_AFF, font(26), (235, 220, 255))
    y = 860
    for s, lines, h in blocks:
        rng = s["start"] + "-" + s["end"]
        if s["kind"] == "break":
            rrect(d, [60, y, W - 60, y + h], 16, fill=(225, 205, 250))
            d.text((100, y + 24), rng, font=ftime, fill=(90, 30, 140))
            d.text((400, y + 22), s["title"], font=font(34, True), fill=(90, 30, 140))
            y += h + 34
            continue
        rrect(d, [60, y, W - 60, y + h], 22, fill=(255, 255, 255))
        rrect(d, [60, y, 330, y + 64], 22, fill=(255, 214, 90))
        d.rectangle([60, y + 30, 330, y + 64], fill=(255, 214, 90))
        d.text((84, y + 14), rng, font=ftime, fill=(70, 20, 110))
        yy = y + 88
        for ln in lines:
            d.text((100, yy), ln, font=ft, fill=(40, 20, 70))
            yy += 52
        yy += 14
        for n, a in s["sp"]:
            d.ellipse([100, yy + 14, 114, yy + 28], fill=(150, 40, 140))
            name = pad2(n)
            d.text((128, yy), name, font=fn, fill=(110, 40, 160))
            d.text((128 + tw(d, name, fn) + 26, yy + 5), a, font=fa, fill=(110, 110, 120))
            yy += 46
        y += h + 34
    ctext(d, W / 2, y + 40, "主办：中国 Linux 内核开发者大会组委会　　承办：浙江大学", font(24), (240, 230, 255))
    ctext(d, W / 2, y + 90, "* 议程以现场为准", font(22), (220, 200, 240))
    im = grain(im, 1202, 0.03)
    return soften(im, 0.3, 88), [{"forum": F1, "slots": [truth_slot(s) for s in SLOTS1]}]


# ===========================================================================
# 2. Green ruled table for a morning forum: columns 时间 | 议题 | 分享嘉宾;
#    one-digit hours and tilde ranges ('9:00~9:35'); the speaker cell gives
#    the bold name with the company and title on the next line in grey; two
#    speakers of different units stacked; a tea row and a lunch row span the
#    last two columns; the closing panel's cell prints '主持：' and '嘉宾：'
#    lines with the company after each name.
F2 = "调度与性能分论坛"
H2, H2_AFF = "费晓岚", "北京航空航天大学 教授"
MOD2 = "萧雨霏"
SLOTS2 = [
    T("09:00", "09:35", "EEVDF 调度器上线一年：延迟敏感负载的回归与修复", [("储明远", "字节跳动 内核工程师")], H2),
    T("09:35", "10:10", "sched_ext 在游戏服务器上的调度策略实验",
      [("隆思远", "腾讯 高级工程师"), ("柯芷若", "中山大学 博士生")], H2),
    T("10:10", "10:40", "大小核（big.LITTLE）异构调度中的能耗模型与 uclamp 实践", [("闻一舟", "vivo 性能专家")], H2),
    B("10:40", "10:55", "茶歇"),
    T("10:55", "11:25", "PREEMPT_RT 合入主线之后：实时内核的延迟测量方法", [("邝泽楷", "麒麟软件 实时系统架构师")], H2),
    T("11:25", "11:55", "Per-CPU 频率调节：schedutil 与 amd-pstate 的协同", [("Aditya Rao", "AMD Senior Engineer")], H2),
    P("11:55", "12:30", "圆桌讨论：调度器还能更“聪明”吗？",
      [("储明远", "字节跳动"), ("闻一舟", "vivo"), ("Aditya Rao", "AMD")], MOD2, mod_aff="OPPO 内核负责人"),
    B("12:30", "13:30", "午餐"),
]


def hm1(t):
    h, m = t.split(":")
    return "%d:%s" % (int(h), m)


def poster_table():
    W = 1280
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, ftime = font(30, True), font(28, True), font(22), font(28, True)
    c0, c1, c2, c3 = 50, 290, 860, W - 50
    rows = []
    for s in SLOTS2:
        if s["kind"] == "break":
            rows.append((s, [], [], 70))
            continue
        tl = wrap(tmp, s["title"], ft, c2 - c1 - 40)
        cell = []
        if s["kind"] == "panel":
            cell.append(("主持：" + s["host"], s["mod_aff"]))
            for i, (n, a) in enumerate(s["sp"]):
                cell.append((("嘉宾：" if i == 0 else "　　　") + n, a))
        else:
            cell = [(pad2(n), a) for n, a in s["sp"]]
        h = max(len(tl) * 44, len(cell) * 72) + 40
        rows.append((s, tl, cell, h))
    H = 620 + sum(r[3] for r in rows) + 70 + 160
    im = Image.new("RGB", (W, H), (244, 249, 244))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 330], fill=(16, 96, 72))
    for i in range(0, W, 40):
        d.line([(i, 330), (i + 200, 0)], fill=(26, 110, 84), width=2)
    d.text((60, 40), "CLK 2026", font=font(40, True), fill=(180, 240, 200))
    d.text((60, 100), CONF, font=font(50, True), fill=(255, 255, 255))
    d.text((60, 180), F2, font=font(64, True), fill=(255, 230, 120))
    d.text((60, 270), "11 月 21 日（周六）上午　|　杭州国际博览中心 3 号会议室", font=font(28), fill=(220, 240, 225))
    d.text((c0, 370), "主持人：", font=font(32, True), fill=(16, 96, 72))
    d.text((c0 + 130, 370), H2 + "　" + H2_AFF, font=font(32), fill=(30, 30, 30))
    y = 450
    d.rectangle([c0, y, c3, y + 64], fill=(16, 96, 72))
    for x, lab in ((c0, "时间"), (c1, "议题"), (c2, "分享嘉宾")):
        d.text((x + 24, y + 14), lab, font=font(30, True), fill=(255, 255, 255))
    y += 64
    for i, (s, tl, cell, h) in enumerate(rows):
        rng = hm1(s["start"]) + "~" + hm1(s["end"])
        bg = (232, 244, 236) if s["kind"] == "break" else ((255, 255, 255) if i % 2 == 0 else (247, 251, 248))
        d.rectangle([c0, y, c3, y + h], fill=bg)
        d.text((c0 + 24, y + (h - 34) / 2), rng, font=ftime, fill=(16, 96, 72))
        if s["kind"] == "break":
            ctext(d, (c1 + c3) / 2, y + 16, s["title"], font(30, True), (16, 96, 72))
        else:
            ty = y + (h - len(tl) * 44) / 2
            for ln in tl:
                d.text((c1 + 20, ty), ln, font=ft, fill=(25, 25, 25))
                ty += 44
            sy = y + (h - len(cell) * 72) / 2 + 4
            for n, a in cell:
                d.text((c2 + 20, sy), n, font=fn, fill=(20, 20, 20))
                x0 = c2 + 20 + (tw(d, "嘉宾：", fn) if n.startswith(("主持：", "嘉宾：", "　")) else 0)
                d.text((x0, sy + 36), a, font=fa, fill=(110, 120, 115))
                sy += 72
        d.line([(c0, y + h), (c3, y + h)], fill=(190, 215, 198), width=2)
        y += h
    for x in (c0, c1, c3):
        d.line([(x, 450), (x, y)], fill=(190, 215, 198), width=2)
    yy = 450 + 64
    for s, _, _, h in rows:
        if s["kind"] != "break":
            d.line([(c2, yy), (c2, yy + h)], fill=(190, 215, 198), width=2)
        yy += h
    d.text((c0, y + 40), "扫码报名 · 现场提供同传耳机（中英）", font=font(26), fill=(90, 110, 100))
    qr(d, W - 200, y + 20, 140, 1203, fg=(16, 96, 72), bg=(244, 249, 244))
    im = grain(im, 1204, 0.025)
    return soften(im, 0.4, 85), [{"forum": F2, "slots": [truth_slot(s) for s in SLOTS2]}]


# ===========================================================================
# 3. Full-day agenda like the real 全议程 images: a main forum in the
#    morning and two afternoon forums stacked, each with a numbered heading
#    and '主持人：name company title'; rows give an en-dash range
#    '09:00–09:10' at the left, the title, then 'name  company title' lines;
#    the morning opens with 开幕致辞 (a talk) and ends with a 圆桌论坛 whose
#    own 主持人 and 嘉宾 are listed under it; breaks are shaded bars.
F3A, H3A, H3A_AFF = "主论坛", "甄嘉木", "清华大学 副教授"
F3B, H3B, H3B_AFF = "内存管理分论坛", "卜雅琴", "华中科技大学 教授"
F3C, H3C, H3C_AFF = "网络与 eBPF 分论坛", "戚乐山", "中国电信 云网络总监"
MOD3, MOD3_AFF = "仇一鹏", "龙蜥社区 理事"
SLOTS3A = [
    T("09:00", "09:10", "开幕致辞", [("宫兆麟", "东北大学 副校长")], H3A),
    T("09:10", "09:45", "Linux 内核的下一个十年：可维护性与社区新人", [("乐正然", "阿里云 操作系统首席架构师")], H3A),
    T("09:45", "10:20", "面向 CXL 内存池的操作系统设计", [("邬静怡", "上海交通大学 教授")], H3A),
    B("10:20", "10:35", "茶歇"),
    T("10:35", "11:10", "Upstream First: Lessons from Landing a Thousand Patches",
      [("Maria Lindgren", "Canonical Kernel Team Lead")], H3A),
    P("11:10", "12:00", "圆桌论坛：大模型时代的内核开发工具链，谁来为 AI 生成的补丁负责？",
      [("乐正然", "阿里云"), ("邬静怡", "上海交通大学"), ("羿浩", "统信软件 内核总监")], MOD3),
]
SLOTS3B = [
    T("13:30", "14:05", "folio 化之后的 page cache 回写：脏页统计的那些坑", [("钭子航", "OPPO 内核工程师")], H3B),
    T("14:05", "14:40", "内存分层（memory tiering）中冷热页识别的采样开销",
      [("虞思彤", "英特尔 软件工程师"), ("蔺卓", "英特尔 研究员")], H3B),
    T("14:40", "15:15", "memcg 回收的公平性问题与 MGLRU 的改进", [("侍嘉豪", "美团 基础架构工程师")], H3B),
    B("15:15", "15:30", "茶歇"),
    T("15:30", "16:05", "Evaluating per-CPU sheaves for the SLUB allocator", [("Daniel Kowalski", "Oracle Linux Engineer")], H3B),
]
SLOTS3C = [
    T("13:30", "14:05", "XDP 在运营商 5G UPF 用户面中的加速实践", [("仉博文", "中国移动研究院 高级工程师")], H3C),
    T("14:05", "14:40", "BPF arena 与用户态共享数据结构", [("巴若溪", "腾讯云 高级工程师")], H3C),
    T("14:40", "15:15", "TCP 拥塞控制 BPF struct_ops 的线上灰度", [("满一诺", "京东 网络专家")], H3C),
    B("15:15", "15:30", "茶歇"),
    T("15:30", "16:05", "netkit 与 Cilium：容器网络数据面的下一步", [("桑子墨", "中国科学技术大学 博士生")], H3C),
    T("16:05", "16:40", "eBPF 验证器的状态剪枝与复杂度上限", [("蒯文静", "华为 OS 内核实验室 技术专家")], H3C),
]


def poster_fullday():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, ftime = font(30, True), font(28), font(21), font(28, True)
    tx = 330
    forums = [(1, F3A, H3A, H3A_AFF, "上午 · 主会场", SLOTS3A), (2, F3B, H3B, H3B_AFF, "下午 · A 厅", SLOTS3B),
              (3, F3C, H3C, H3C_AFF, "下午 · B 厅", SLOTS3C)]

    def slot_h(s):
        if s["kind"] == "break":
            return 64
        n = len(wrap(tmp, s["title"], ft, W - tx - 60))
        extra = len(s["sp"]) * 42 + (2 * 42 if s["kind"] == "panel" else 0)
        return n * 42 + extra + 34

    H = 900 + sum(170 + sum(slot_h(s) for s in f[5]) + 60 for f in forums) + 120
    im = vgrad(W, H, (8, 22, 48), (10, 40, 70))
    d = ImageDraw.Draw(im)
    rnd = random.Random(1205)
    for _ in range(14):
        x, y, r = rnd.randrange(W), rnd.randrange(800), rnd.randrange(60, 220)
        d.ellipse([x - r, y - r, x + r, y + r], outline=(30, 80, 120), width=2)
    d.text((60, 50), "CHINA LINUX KERNEL", font=font(24, True), fill=(140, 220, 255))
    d.text((60, 84), "中国 Linux 内核开发者大会", font=font(22), fill=(200, 220, 240))
    d.text((720, 40), "CLK", font=font(90, True), fill=(120, 230, 230))
    d.text((900, 50), "2026", font=font(30, True), fill=(120, 230, 230))
    d.text((60, 200), "第二十一届中国", font=font(76, True), fill=(255, 255, 255))
    d.text((60, 300), "Linux 内核开发者大会", font=font(76, True), fill=(255, 255, 255))
    d.rectangle([60, 430, 470, 490], outline=(255, 255, 255), width=3)
    d.text((86, 438), "11月22日　杭州", font=font(34, True), fill=(255, 255, 255))
    d.text((60, 520), "地址：杭州国际博览中心", font=font(32, True), fill=(255, 255, 255))
    d.text((60, 600), "CLK 由多家高校与企业共同发起，旨在促进 Linux 内核开发爱好者相互交流。", font=font(22),
           fill=(160, 180, 200))
    ctext(d, W / 2, 700, "大会议程", font(70, True), (255, 255, 255))
    ctext(d, W / 2, 790, "A G E N D A", font(40, True), (40, 90, 130))
    y = 900
    for num, name, host, haff, tag, slots in forums:
        d.rectangle([60, y, 150, y + 70], fill=(0, 200, 210))
        d.text((74, y + 6), "%02d" % num, font=font(48, True), fill=(8, 22, 48))
        d.text((170, y + 4), name, font=font(50, True), fill=(255, 255, 255))
        rtext(d, W - 60, y + 20, tag, font(26), (140, 220, 255))
        d.text((170, y + 80), "主持人：" + host, font=font(28, True), fill=(255, 210, 90))
        d.text((170 + tw(d, "主持人：" + host, font(28, True)) + 20, y + 86), haff, font=font(22), fill=(180, 200, 220))
        d.rectangle([60, y + 136, W - 60, y + 142], fill=(0, 200, 210))
        y += 170
        top = y
        for s in slots:
            h = slot_h(s)
            rng = s["start"] + "–" + s["end"]
            if s["kind"] == "break":
                d.rectangle([60, y + 6, W - 60, y + 56], fill=(20, 90, 130))
                d.text((80, y + 12), rng, font=ftime, fill=(255, 255, 255))
                d.text((tx, y + 12), s["title"], font=font(28, True), fill=(255, 255, 255))
                y += h
                continue
            d.text((80, y + 4), rng, font=ftime, fill=(255, 255, 255))
            yy = y
            for ln in wrap(d, s["title"], ft, W - tx - 60):
                d.text((tx, yy), ln, font=ft, fill=(90, 230, 240))
                yy += 42
            if s["kind"] == "panel":
                d.text((tx, yy), "主持人：", font=font(26, True), fill=(230, 120, 230))
                yy += 42
                d.text((tx, yy), pad2(s["host"]), font=fn, fill=(255, 255, 255))
                d.text((tx + 110, yy + 6), MOD3_AFF, font=fa, fill=(90, 180, 230))
                yy += 42
                d.text((tx, yy), "嘉　宾：", font=font(26, True), fill=(230, 120, 230))
                yy += 42
            for n, a in s["sp"]:
                d.text((tx, yy), pad2(n), font=fn, fill=(255, 255, 255))
                d.text((tx + (110 if len(n) <= 3 else tw(d, n, fn) + 20), yy + 6), a, font=fa, fill=(90, 180, 230))
                yy += 42
            y += h
        d.line([(300, top), (300, y)], fill=(40, 110, 160), width=2)
        y += 60
    ctext(d, W / 2, y + 20, "* 最终议程以大会现场为准", font(22), (140, 160, 180))
    im = grain(im, 1206, 0.02)
    return soften(im, 0.3, 87), [
        {"forum": F3A, "slots": [truth_slot(s) for s in SLOTS3A]},
        {"forum": F3B, "slots": [truth_slot(s) for s in SLOTS3B]},
        {"forum": F3C, "slots": [truth_slot(s) for s in SLOTS3C]},
    ]


# ===========================================================================
# 4. A GitHub page rendering the repository's README.md: the agenda is a
#    Markdown table | 时间 | 议题 | 讲者 | 单位 | 资料 | with ranges
#    '13:30 ~ 14:05'; two speakers are two lines of one cell (<br>) paired
#    line by line with the 单位 cell; one unit cell prints two affiliations
#    joined by ' / '; the break row has '—' in the other cells; the 资料
#    column (PDF links, '待上传') and the page chrome are not slots.
F4, H4, H4_AFF = "Rust for Linux 与内核安全分论坛", "冀南星", "中国科学院信息工程研究所 副研究员"
SLOTS4 = [
    T("13:30", "14:05", "Rust 驱动框架：从 NVMe 示例驱动到 Android Binder 的移植", [("缑一帆", "Google 软件工程师")], H4),
    T("14:05", "14:40", "内核 Rust 代码中 unsafe 块的静态审计工具",
      [("谭梓萱", "北京大学 博士生"), ("Ethan Brooks", "Microsoft Research")], H4),
    T("14:40", "15:15", "Landlock 与 LSM 栈：无特权沙箱的新能力", [("勾振宇", "统信软件 高级工程师")], H4),
    B("15:15", "15:30", "茶歇"),
    T("15:30", "16:05", "kCFI 与 FineIBT 在 x86 上的性能开销测量", [("亓雨泽", "中国科学院信息工程研究所 / 奇安信")], H4),
    T("16:05", "16:40", "syzkaller 在国产内核发行版中的持续模糊测试", [("敖星辰", "麒麟软件 测试专家")], H4),
]


def poster_github():
    W, H = 1600, 1500
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    f22, f24, f26 = font(22), font(24), font(26)
    d.rectangle([0, 0, W, 70], fill=(36, 41, 47))
    d.ellipse([30, 18, 64, 52], fill=(255, 255, 255))
    d.text((90, 20), "ChinaLinuxKernel / CLK2026", font=font(24, True), fill=(255, 255, 255))
    rrect(d, [1100, 16, 1560, 54], 8, outline=(120, 125, 130))
    d.text((1116, 20), "Type / to search", font=f22, fill=(150, 155, 160))
    for i, tab in enumerate(("<> Code", "Issues 3", "Pull requests 1", "Actions", "Insights")):
        d.text((40 + i * 200, 90), tab, font=f24, fill=(36, 41, 47))
    d.line([(40, 128), (160, 128)], fill=(253, 140, 115), width=4)
    d.line([(0, 134), (W, 134)], fill=(208, 215, 222), width=1)
    d.text((60, 160), "CLK2026 / 4 Rust与安全分论坛 / README.md", font=f24, fill=(9, 105, 218))
    rrect(d, [60, 210, W - 60, H - 40], 8, outline=(208, 215, 222), width=2)
    d.rectangle([61, 211, W - 61, 270], fill=(246, 248, 250))
    d.text((86, 224), "Preview　　Code　　Blame　　　58 lines (41 loc) · 3.2 KB", font=f22, fill=(80, 87, 94))
    x0 = 110
    d.text((x0, 300), F4, font=font(44, True), fill=(31, 35, 40))
    d.line([(x0, 372), (W - 110, 372)], fill=(216, 222, 228), width=2)
    d.text((x0, 396), "时间：2026 年 11 月 22 日 13:30 ~ 16:40　地点：杭州国际博览中心 C 厅", font=f26, fill=(31, 35, 40))
    d.text((x0, 446), "主持人：" + H4 + "（" + H4_AFF + "）", font=f26, fill=(31, 35, 40))
    d.text((x0, 506), "议程", font=font(34, True), fill=(31, 35, 40))
    cols = [x0, x0 + 220, x0 + 760, x0 + 960, x0 + 1250, W - 110]
    heads = ["时间", "议题", "讲者", "单位", "资料"]
    y = 570
    tmp = d

    def cell_lines(s, k):
        if s["kind"] == "break":
            return [["%s ~ %s" % (s["start"], s["end"])], [s["title"]], ["—"], ["—"], ["—"]][k]
        if k == 0:
            return ["%s ~ %s" % (s["start"], s["end"])]
        if k == 1:
            return wrap(tmp, s["title"], f24, cols[2] - cols[1] - 28)
        if k == 2:
            return [n for n, _ in s["sp"]]
        if k == 3:
            return [ln for _, a in s["sp"] for ln in wrap(tmp, a, f24, cols[4] - cols[3] - 28)]
        return ["PDF"] if s["start"] < "15:00" else ["待上传"]

    def row(cells, yy, bold=False, bg=None):
        h = max(len(c) for c in cells) * 36 + 24
        if bg:
            d.rectangle([cols[0], yy, cols[-1], yy + h], fill=bg)
        for k, c in enumerate(cells):
            for j, ln in enumerate(c):
                col = (9, 105, 218) if (k == 4 and ln == "PDF") else (31, 35, 40)
                d.text((cols[k] + 14, yy + 12 + j * 36), ln, font=font(24, bold), fill=col)
        for x in cols:
            d.line([(x, yy), (x, yy + h)], fill=(208, 215, 222), width=1)
        d.line([(cols[0], yy), (cols[-1], yy)], fill=(208, 215, 222), width=1)
        d.line([(cols[0], yy + h), (cols[-1], yy + h)], fill=(208, 215, 222), width=1)
        return yy + h

    y = row([[h] for h in heads], y, bold=True)
    for i, s in enumerate(SLOTS4):
        y = row([cell_lines(s, k) for k in range(5)], y, bg=(246, 248, 250) if i % 2 else None)
    y += 40
    d.text((x0, y), "注：演讲资料会在会后陆续上传至本目录，版权归演讲者所有。", font=f24, fill=(89, 99, 110))
    d.text((x0, y + 50), "> 直播回放：见仓库根目录 README", font=f24, fill=(89, 99, 110))
    im = im.crop((0, 0, W, min(H, y + 160)))
    return soften(im, 0, 93), [{"forum": F4, "slots": [truth_slot(s) for s in SLOTS4]}]


NOTE = (
    "Same conventions as posters-blind-4..11: speakers are names as printed with spaces removed (a foreign name "
    "'Lukas Brenner' -> 'LukasBrenner', a padded two-character name '蔺　卓' -> '蔺卓'); host is the chair printed "
    "for the forum covering the slot (the moderator for a panel, whose speakers are the guests), null for breaks; "
    "start/end always HH:MM on a 24-hour clock; titles exclude tags and keep a printed '圆桌讨论：' / '圆桌论坛：' "
    "prefix; where two speakers share one printed company the affiliation is given per speaker; affiliations keep "
    "a printed job title, joined to the company by one space; break titles are as printed; '开幕致辞' with a "
    "speaker is a talk. Added here: a speaker printed with TWO affiliations keeps both in one string exactly as "
    "printed, joined by ' / ' ('复旦大学 / 蚂蚁集团', '中国科学院信息工程研究所 / 奇安信'): it is one speaker, "
    "not two; in the green table times are one-digit-hour tilde ranges ('9:00~9:35' is 09:00-09:35, "
    "'10:55~11:25'), the panel's speaker cell prints '主持：萧雨霏' with 'OPPO 内核负责人' under it (its host) "
    "and '嘉宾：' followed by three guests one per line each with a company under the name, and the lunch row "
    "'12:30~13:30 午餐' is a break; in the full-day agenda ranges use an en dash ('09:00–09:10'), each of the "
    "three forums ('01 主论坛', '02 内存管理分论坛', '03 网络与 eBPF 分论坛'; the numbers are not part of the "
    "names) has its own '主持人：', the tags '上午 · 主会场' / '下午 · A 厅' are not slots, the main forum's "
    "圆桌论坛 has its own '主持人：' (仇一鹏, the host of that slot, not the forum chair 甄嘉木) and '嘉　宾：' "
    "lines, and the two afternoon forums run in parallel with their own tea breaks; in the GitHub page the "
    "forum is the README's heading, the host the '主持人：' line (its bracketed unit is not a slot), times are "
    "'13:30 ~ 14:05', a 讲者 cell with two lines is two speakers paired line by line with the 单位 cell, the "
    "break row has '—' placeholders (not speakers), and the 资料 column (PDF / 待上传), the breadcrumb, tabs, "
    "the file-info bar and the notes under the table are not slots."
)

LAYOUTS = {
    "purple-cards-company-inline.png": (
        "Purple-magenta forum poster (1080 px) close to a real CLK2024 forum poster: header with 'CHINA LINUX "
        "KERNEL', the conference name in two big lines, a date pill and address, a yellow forum banner "
        "'存储与文件系统分论坛', a white '主持人：name' pill with the chair's unit under it; each talk a white "
        "rounded card with a yellow time tab '13:30-14:00', the bold title (several wrap over two "
        "lines) and per speaker a dot, the purple bold name and, on the same line, the company and job title "
        "in grey ('复旦大学 / 蚂蚁集团' for one speaker with two affiliations; two speakers of 三星半导体 on two "
        "lines; one foreign name); the tea break is a lilac bar with range and 茶歇; organiser footer.",
        "2026-11-21", poster_cards),
    "green-table-tilde.png": (
        "Light forum poster (1280 px) with a dark-green diagonal-striped header (CLK 2026, conference, big "
        "forum name '调度与性能分论坛', '11 月 21 日（周六）上午' and hall), a '主持人：name　unit title' line, then "
        "a ruled table 时间 | 议题 | 分享嘉宾 with ranges '9:00~9:35' (one-digit hours, tilde), wrapped bold "
        "titles, and in the speaker cell the bold name with company and job title in grey under it (one row two "
        "speakers of different units, one foreign name); 茶歇 and 午餐 rows with the title centred across the "
        "last two columns; the closing 圆桌讨论 row's cell lists '主持：name' and '嘉宾：' three guests, each "
        "with a company line; a footer line and a QR code.",
        "2026-11-21", poster_table),
    "full-day-three-forums.png": (
        "Dark navy full-day agenda (1080 px) in the manner of the real 全议程 images: logo text, outlined "
        "'CLK 2026', big conference title, date box and address, an intro line, '大会议程' over 'A G E N D A'; "
        "three numbered forums stacked (01 主论坛 in the morning, 02 内存管理分论坛 and 03 网络与 eBPF 分论坛 in "
        "parallel in the afternoon), each with a tag at the right, '主持人：name' in gold with the unit after it "
        "and a cyan rule; rows give a white en-dash range '09:00–09:10' at the left, a vertical line, the cyan "
        "title (some wrap, two English titles) and 'name  company title' lines (two-character names padded, two "
        "speakers of one company in one row, foreign names); breaks are blue bars; the main forum opens with 开幕"
        "致辞 and closes with a 圆桌论坛 with its own 主持人 and three 嘉宾.",
        "2026-11-22", poster_fullday),
    "github-readme-table.png": (
        "Screenshot (1600 px) of a GitHub file page: dark top bar 'ChinaLinuxKernel / CLK2026', repository "
        "tabs, the breadcrumb 'CLK2026 / 4 Rust与安全分论坛 / README.md', a Preview/Code/Blame bar; the "
        "rendered README gives the heading 'Rust for Linux 与内核安全分论坛', a time-and-place line (the "
        "whole-afternoon range '13:30 ~ 16:40'), '主持人：name（unit）', '议程' and a Markdown table "
        "时间 | 议题 | 讲者 | 单位 | 资料 with ranges '13:30 ~ 14:05', wrapped titles, one row with two speakers on "
        "two lines paired with two unit lines (one foreign), one unit '中国科学院信息工程研究所 / 奇安信' "
        "wrapping over two lines for one speaker, a 茶歇 row with '—' in the other cells, and blue 'PDF' links or "
        "'待上传'; two note lines under the table.",
        "2026-11-22", poster_github),
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
