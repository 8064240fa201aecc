"""Draw the ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the five PNGs and truth.json next to this file.
Everything printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances.
The five layouts were chosen to differ from every layout of posters-blind-1..8
and from each other: two ordinary forum posters with a twist, one real-style
full-day agenda of three forums, two unusual ones (slide, transposed table).
"""
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


TOKEN = re.compile(r"[（(]?[A-Za-z0-9_\-./:+#'’&]+[,)]?\s*|\s+|.")
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


def hgrad(w, h, c1, c2):
    im = Image.new("RGB", (w, h), c1)
    d = ImageDraw.Draw(im)
    for x in range(w):
        t = x / max(1, w - 1)
        d.line([(x, 0), (x, h)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))
    return im


def T(start, end, title, speakers, host=None, **extra):
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def P(start, end, title, guests, moderator):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": guests, "host": moderator}


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [n.replace(" ", "") for n, _ in s["sp"]],
            "affiliations": [a for _, a in s["sp"]], "host": s["host"]}


def mins(t):
    h, m = t.split(":")
    return int(h) * 60 + int(m)


CONF = "第二十一届中国 Linux 内核开发者大会"


def job(aff, title):
    """A speaker whose job title is printed on its own line: the truth keeps it after the company."""
    return aff + " " + title


# ===========================================================================
# 1. Classic CLK2024-style blue forum poster: big banner, host bar, a left
#    time column; right: title, 'name ｜ company', and the JOB TITLE on its
#    own line under it (the truth keeps company + job title).
F1, H1 = "内存管理分论坛", "贺文涛"
SLOTS1 = [
    T("09:00", "09:30", "大页内存在数据库场景下的收益与陷阱", [("乔雅琳", ("阿里云", "内核研发工程师"))], H1),
    T("09:30", "10:00", "mTHP 在移动终端上的落地实践", [("严振华", ("OPPO", "内核技术专家"))], H1),
    T("10:00", "10:30", "基于 DAMON 的冷热页识别与主动回收", [("向丽娜", ("字节跳动", "系统技术工程师"))], H1),
    B("10:30", "10:50", "茶歇"),
    T("10:50", "11:20", "CXL 内存池化的内核支持现状", [("付国庆", ("浪潮信息", "高级架构师"))], H1),
    T("11:20", "11:50", "memcg 回收路径上的锁竞争优化", [("龚晨曦", ("腾讯", "高级工程师"))], H1),
    T("11:50", "12:20", "内存热插拔与 ZONE_MOVABLE 的取舍", [("段宏伟", ("统信软件", "内核架构师"))], H1),
    B("12:20", "13:30", "午餐"),
    T("13:30", "14:00", "zswap 与 zram 在低内存设备上的对比测试", [("余佳怡", ("荣耀", "内存子系统负责人"))], H1),
    T("14:00", "14:30", "页表回收：降低 PTE 映射的内存开销", [("邱少华", ("中国科学院计算技术研究所", "副研究员"))], H1),
    T("14:30", "15:00", "KASAN 与 KFENCE 在线上环境中的取舍", [("汪静雯", ("小米", "稳定性专家"))], H1),
    T("15:00", "15:30", "folio 化改造后的页缓存性能回归分析",
      [("葛新民", ("麒麟软件", "内核工程师")), ("萧子涵", ("麒麟软件", "测试工程师"))], H1),
]


def poster_banner_jobtitle():
    W, H = 1080, 3600
    im = vgrad(W, H, (6, 24, 110), (12, 70, 200))
    glow = Image.new("RGB", (W, H), (0, 0, 0))
    g = ImageDraw.Draw(glow)
    g.ellipse([620, 120, 1160, 660], fill=(40, 120, 255))
    g.ellipse([-200, 1500, 300, 2000], fill=(30, 90, 230))
    im = Image.blend(im, glow.filter(ImageFilter.GaussianBlur(120)), 0.25)
    d = ImageDraw.Draw(im)
    rnd = random.Random(901)
    for _ in range(140):
        x, y = rnd.randrange(W), rnd.randrange(560)
        d.ellipse([x, y, x + 3, y + 3], fill=(150, 200, 255))
    white, cyan, pale = (255, 255, 255), (90, 230, 255), (186, 214, 255)
    d.text((60, 50), "CHINA LINUX KERNEL", font=font(26, bold=True), fill=white)
    d.text((60, 88), "中国Linux内核开发者大会", font=font(26), fill=pale)
    d.text((60, 170), "第21届中国", font=font(84, bold=True), fill=white)
    d.text((60, 275), "Linux内核开发者大会", font=font(76, bold=True), fill=white)
    d.rounded_rectangle([60, 395, 470, 455], 10, outline=white, width=3)
    d.text((84, 404), "2026年11月14日 · 南京", font=font(32, bold=True), fill=white)
    d.text((60, 490), "地址：南京国际博览中心 2 号馆 B3 会议室", font=font(28), fill=pale)
    mask = Image.new("L", (620, 96), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, 619, 95], 20, fill=255)
    im.paste(hgrad(620, 96, (0, 190, 230), (60, 120, 255)), (230, 580), mask)
    d.rounded_rectangle([230, 580, 850, 676], 20, outline=(160, 240, 255), width=3)
    ctext(d, W / 2, 592, F1, font(54, bold=True), white)
    d.rectangle([60, 720, W - 60, 790], fill=(30, 60, 170))
    d.text((90, 730), ">>>", font=font(36, bold=True), fill=cyan)
    rtext(d, W - 90, 730, "<<<", font(36, bold=True), cyan)
    ctext(d, W / 2, 728, "主持人：" + H1, font(38, bold=True), white)
    ctext(d, W / 2, 806, "·  华为 操作系统内核实验室 首席专家  ·", font(26), pale)
    y = 900
    fT, fN, fA, fJ = font(32, bold=True), font(30, bold=True), font(28), font(24)
    XR = 330
    for s in SLOTS1:
        rng = s["start"] + "-" + s["end"]
        if s["kind"] == "break":
            d.rounded_rectangle([60, y, W - 60, y + 70], 35, fill=(20, 50, 150), outline=(70, 130, 240), width=2)
            d.text((100, y + 15), rng, font=font(30, bold=True, mono=True), fill=cyan)
            ctext(d, 640, y + 13, s["title"], font(34, bold=True), white)
            y += 70 + 50
            continue
        y0 = y
        d.rounded_rectangle([60, y, 290, y + 56], 6, fill=(0, 170, 220))
        ctext(d, 175, y + 10, rng, font(28, bold=True, mono=True), white)
        for ln in wrap(d, s["title"], fT, W - 60 - XR):
            d.text((XR, y), ln, font=fT, fill=white)
            y += 48
        y += 12
        for nm, (aff, title) in s["sp"]:
            d.text((XR, y), nm, font=fN, fill=cyan)
            x = XR + tw(d, nm, fN) + 16
            d.text((x, y + 1), "｜", font=fA, fill=pale)
            d.text((x + 36, y + 1), aff, font=fA, fill=white)
            y += 44
            d.text((XR, y), title, font=fJ, fill=pale)
            y += 44
        d.line([(175, y0 + 70), (175, y - 10)], fill=(70, 150, 240), width=2)
        y += 20
        d.line([(XR, y), (W - 60, y)], fill=(50, 100, 210), width=1)
        y += 36
    y += 20
    ctext(d, W / 2, y, "主办：中国 Linux 内核开发者大会组委会  ·  议程以现场为准", font(24), pale)
    im = im.crop((0, 0, W, y + 90))
    forums = [{"forum": F1, "slots": [truth_slot(dict(s, sp=[(n, job(*a)) for n, a in s["sp"]])) for s in SLOTS1]}]
    return im, forums


# ===========================================================================
# 2. Ruled table 时间 | 议题 | 演讲人 | 单位 with a NARROW time column (every
#    range breaks after the dash: '13:30–' / '14:00') and a narrow unit column
#    where long affiliations wrap onto two lines; a two-speaker talk splits
#    the speaker and unit cells into sub-rows while time and title span them.
F2, H2 = "存储与文件系统分论坛", "雷鸣远"
SLOTS2 = [
    T("13:30", "14:00", "io_uring 零拷贝接收在存储网关中的应用", [("戴琪", "阿里云智能集团")], H2),
    T("14:00", "14:30", "NVMe over TCP 多路径故障切换的延迟优化", [("薛志成", "中国科学院软件研究所")], H2),
    T("14:30", "15:00", "bcachefs 的设计取舍与稳定性现状", [("彭慧敏", "南京大学计算机科学与技术系")], H2),
    T("15:00", "15:30", "F2FS 在手机存储上的碎片整理策略", [("史俊杰", "vivo"), ("钟晓燕", "华为终端")], H2),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:15", "blk-cgroup 的 IO 隔离改进与权重调度", [("顾立群", "中兴通讯股份有限公司")], H2),
    T("16:15", "16:45", "NFS 服务端在大规模 AI 训练集群中的调优", [("邵婉清", "北京大学")], H2),
    T("16:45", "17:15", "overlayfs 叠加 EROFS 的容器镜像加速", [("韦佳宁", "蚂蚁集团基础设施事业群")], H2),
    T("17:15", "17:45", "SMR 硬盘在冷存储中的内核适配", [("毛建军", "西部数据中国研发中心")], H2),
]


def poster_table_wrapped():
    W = 1240
    im = Image.new("RGB", (W, 3000), (250, 252, 250))
    im.paste(hgrad(W, 280, (0, 96, 80), (0, 140, 110)), (0, 0))
    d = ImageDraw.Draw(im)
    white, ink, grey, green = (255, 255, 255), (30, 41, 38), (100, 116, 112), (0, 110, 90)
    d.text((60, 40), "CLK 2026  ·  " + CONF, font=font(28), fill=(200, 240, 228))
    d.text((60, 96), F2, font=font(64, bold=True), fill=white)
    d.text((60, 200), "11月14日（周六）下午  ·  第三会议室", font=font(30), fill=(220, 248, 240))
    d.text((60, 318), "主持人：" + H2 + "（南京大学 副教授）", font=font(30, bold=True), fill=green)
    cols = [("时间", 150), ("议题", 540), ("演讲人", 150), ("单位", 280)]
    X0 = 60
    xs = [X0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    y = 390
    d.rectangle([X0, y, xs[-1], y + 64], fill=green)
    for (name, _), xa, xb in zip(cols, xs, xs[1:]):
        ctext(d, (xa + xb) / 2, y + 12, name, font(30, bold=True), white)
    y += 64
    fTime, fT, fN, fU = font(27, mono=True), font(28, bold=True), font(28), font(26)
    LH = 40
    for k, s in enumerate(SLOTS2):
        tl = [s["start"] + "–", s["end"]]
        if s["kind"] == "break":
            h = 2 * LH + 24
            d.rectangle([X0, y, xs[-1], y + h], fill=(236, 244, 240))
            for i, ln in enumerate(tl):
                ctext(d, (xs[0] + xs[1]) / 2, y + 12 + i * LH, ln, fTime, grey)
            ctext(d, (xs[1] + xs[-1]) / 2, y + 26, s["title"], font(32, bold=True), grey)
            d.line([(xs[1], y), (xs[1], y + h)], fill=(190, 205, 200), width=2)
            y += h
            d.line([(X0, y), (xs[-1], y)], fill=(190, 205, 200), width=2)
            continue
        title_lines = wrap(d, s["title"], fT, cols[1][1] - 30)
        subs = []
        for nm, aff in s["sp"]:
            ul = wrap(d, aff, fU, cols[3][1] - 24)
            subs.append((nm, ul, max(1, len(ul)) * LH + 24))
        h = max(len(title_lines) * LH + 24, 2 * LH + 24, sum(x[2] for x in subs))
        if k % 2:
            d.rectangle([X0, y, xs[-1], y + h], fill=(243, 248, 246))
        for i, ln in enumerate(tl):
            ctext(d, (xs[0] + xs[1]) / 2, y + (h - 2 * LH) / 2 + i * LH - 2, ln, fTime, ink)
        ty = y + (h - len(title_lines) * LH) / 2 - 4
        for ln in title_lines:
            d.text((xs[1] + 16, ty), ln, font=fT, fill=ink)
            ty += LH
        sy = y
        extra = (h - sum(x[2] for x in subs)) / len(subs)
        for j, (nm, ul, sh) in enumerate(subs):
            sh += extra
            ctext(d, (xs[2] + xs[3]) / 2, sy + (sh - LH) / 2 - 2, nm, fN, ink)
            uy = sy + (sh - len(ul) * LH) / 2 - 2
            for ln in ul:
                ctext(d, (xs[3] + xs[4]) / 2, uy, ln, fU, grey)
                uy += LH
            sy += sh
            if j < len(subs) - 1:
                d.line([(xs[2], sy), (xs[4], sy)], fill=(210, 220, 216), width=1)
        for xx in xs[1:-1]:
            d.line([(xx, y), (xx, y + h)], fill=(190, 205, 200), width=2)
        y += h
        d.line([(X0, y), (xs[-1], y)], fill=(190, 205, 200), width=2)
    d.rectangle([X0, 390, xs[-1], y], outline=green, width=3)
    y += 30
    d.text((X0, y), "* 议程如有变动，以大会现场公布为准。", font=font(24), fill=grey)
    im = im.crop((0, 0, W, y + 80))
    return im, [{"forum": F2, "slots": [truth_slot(s) for s in SLOTS2]}]


# ===========================================================================
# 3. Full-day agenda in the style of the real CLK2023 long image: dark page
#    with glows, intro paragraph, '大会议程 AGENDA', then THREE forums stacked
#    (main forum in the morning, two parallel afternoon forums), each with its
#    own 主持人 line; rows: bold time at the left, a dotted timeline, the cyan
#    title, then 'name  company + job title' (small) per line; two-character
#    names padded with a full-width space; English titles and foreign speakers
#    ('Olivia Bennett') mixed in; a 圆桌论坛 with its own 主持人 and 嘉宾.
F3A, H3A = "主论坛", "何欣悦"
F3B, H3B = "eBPF 与可观测性分论坛", "万宏亮"
F3C, H3C = "RISC-V 与体系结构分论坛", "施雨桐"
FORUMS3 = [
    (F3A, "上午  ·  主会场 A 厅", H3A, "清华大学 副教授", [
        T("09:00", "09:15", "开幕致辞", [("柳青山", "东南大学 教授")], H3A),
        T("09:15", "09:50", "Linux 内核社区 2026：数字背后的变化", [("尚一鸣", "龙蜥社区 技术委员会主席")], H3A),
        T("09:50", "10:25", "The State of Memory Tiering in Mainline", [("Olivia Bennett", "Red Hat Principal Engineer")], H3A),
        B("10:25", "10:40", "茶歇"),
        T("10:40", "11:15", "openEuler 内核在服务器生态中的演进", [("苗春燕", "华为 首席架构师")], H3A),
        T("11:15", "11:50", "Rust in the Kernel: Two Years of Driver Work", [("Jonas Lindqvist", "Collabora Senior Engineer")], H3A),
        P("11:50", "12:30", "圆桌论坛：内核开发者如何走进上游社区",
          [("尚一鸣", "龙蜥社区"), ("Olivia Bennett", "Red Hat"), ("卢晨光", "腾讯 内核技术负责人")], "柏志勇"),
    ]),
    (F3B, "下午  ·  B 厅", H3B, "网易 资深技术专家", [
        T("13:30", "14:05", "sched_ext 调度器在生产环境中的实践", [("袁思琪", "字节跳动 Linux 内核工程师")], H3B),
        T("14:05", "14:40", "Tracing Kernel Lock Contention with BPF", [("Kenji Watanabe", "Fujitsu Kernel Engineer")], H3B),
        T("14:40", "15:15", "基于 eBPF 的容器网络丢包定位", [("阎淑芬", "网易数帆 资深工程师")], H3B),
        B("15:15", "15:30", "茶歇"),
        T("15:30", "16:05", "perf 与 BPF 联合剖析 JVM 应用", [("易伟", "美团 技术专家")], H3B),
        T("16:05", "16:40", "kprobe、fprobe 与 tracepoint 的开销对比",
          [("金诗涵", "OPPO 内核工程师"), ("陆文杰", "OPPO 性能专家")], H3B),
    ]),
    (F3C, "下午  ·  C 厅", H3C, "中国科学院软件研究所 研究员", [
        T("13:30", "14:05", "RISC-V 向量扩展的上下文切换开销", [("贾晓彤", "中国科学院软件研究所 助理研究员")], H3C),
        T("14:05", "14:40", "KVM on RISC-V: Hypervisor Extension in Practice", [("Elena Petrova", "SiFive Staff Engineer")], H3C),
        T("14:40", "15:15", "LoongArch 的内核大页与 TLB 优化", [("牛振东", "龙芯中科 内核工程师")], H3C),
        B("15:15", "15:30", "茶歇"),
        T("15:30", "16:05", "ARM64 MPAM 资源分配的内核接口", [("侯嘉怡", "阿里云 系统工程师")], H3C),
        T("16:05", "16:40", "RISC-V 服务器启动：从 OpenSBI 到 UEFI",
          [("莫立伟", "算能科技 内核工程师"), ("颜秀英", "算能科技 固件工程师")], H3C),
    ]),
]


def pad2(name):
    return name[0] + "\u3000" + name[1] if len(name) == 2 and ord(name[0]) > 0x2E80 else name


def poster_full_agenda():
    W = 1080
    im = Image.new("RGB", (W, 6000), (9, 10, 28))
    glow = Image.new("RGB", (W, 1500), (0, 0, 0))
    g = ImageDraw.Draw(glow)
    g.ellipse([560, 380, 1000, 820], fill=(120, 60, 255))
    g.ellipse([-200, 500, 420, 1000], fill=(0, 170, 200))
    g.ellipse([700, -200, 1200, 200], fill=(180, 40, 200))
    glow = glow.filter(ImageFilter.GaussianBlur(110))
    im.paste(Image.blend(Image.new("RGB", (W, 1500), (9, 10, 28)), glow, 0.55), (0, 0))
    d = ImageDraw.Draw(im)
    white, cyan, grey, mag = (255, 255, 255), (64, 224, 208), (150, 156, 180), (232, 90, 220)
    d.text((90, 60), "CHINA LINUX KERNEL", font=font(24, bold=True), fill=white)
    d.text((90, 96), "中国内核开发者大会", font=font(24), fill=white)
    d.text((780, 50), "CLK", font=font(80, bold=True), fill=(9, 10, 28), stroke_width=3, stroke_fill=white)
    d.text((950, 56), "2026", font=font(28, bold=True), fill=white)
    d.text((86, 240), "第21届中国", font=font(80, bold=True), fill=white, stroke_width=2, stroke_fill=(120, 80, 255))
    d.text((86, 340), "Linux 内核开发者大会", font=font(72, bold=True), fill=white, stroke_width=2, stroke_fill=(120, 80, 255))
    d.rectangle([90, 470, 460, 530], outline=white, width=3)
    d.text((112, 478), "11月14日  |  南京", font=font(32, bold=True), fill=white)
    d.text((90, 570), "地址：南京国际博览中心", font=font(32, bold=True), fill=white)
    y = 880
    intro = ("CLK 即“中国 Linux 内核开发者大会”，举办至今已是第 21 届。大会由清华大学、华为、阿里云、腾讯、字节跳动、"
             "OPPO、vivo、龙蜥社区等高校与企业共同发起，以“自由、协作、创新”为理念，每届线下参会人数近千人，"
             "现诚邀广大 Linux 开发者和爱好者参加本次大会。")
    lines = wrap(d, intro, font(24), W - 240)
    d.rectangle([90, y, W - 90, y + 60 + 42 * len(lines)], fill=(16, 20, 44), outline=(40, 60, 110), width=2)
    for ln in lines:
        d.text((120, y + 30), ln, font=font(24), fill=(220, 222, 235))
        y += 42
    y += 150
    ctext(d, W / 2 + 20, y + 10, "AGENDA", font(96, bold=True), (30, 36, 70))
    ctext(d, W / 2, y, "大会议程", font(64, bold=True), white)
    y += 170
    fTime, fT, fN, fA = font(30, bold=True), font(31, bold=True), font(29), font(22)
    XT, XL, XR = 90, 318, 350
    for forum, when, host, hostaff, slots in FORUMS3:
        d.text((XT, y), forum, font=font(46, bold=True), fill=white)
        rtext(d, W - 90, y + 14, when, font(26), grey)
        y += 80
        d.rectangle([XT, y, W - 90, y + 16], fill=cyan)
        y += 40
        d.text((XT, y), "主持人：", font=font(28, bold=True), fill=mag)
        d.text((XT + 112, y), host, font=font(28, bold=True), fill=white)
        d.text((XT + 112 + tw(d, host, font(28, bold=True)) + 20, y + 5), hostaff, font=fA, fill=cyan)
        y += 70
        ytop = y
        for s in slots:
            d.text((XT, y), s["start"] + "-" + s["end"], font=fTime, fill=white)
            d.ellipse([XL - 5, y + 17, XL + 5, y + 27], fill=cyan)
            if s["kind"] == "break":
                d.text((XR, y), s["title"], font=fT, fill=grey)
                y += 80
                continue
            for ln in wrap(d, s["title"], fT, W - 90 - XR):
                d.text((XR, y), ln, font=fT, fill=cyan)
                y += 46
            if s["kind"] == "panel":
                d.text((XR, y), "主持人：", font=fN, fill=mag)
                d.text((XR + 118, y), s["host"], font=fN, fill=white)
                d.text((XR + 118 + tw(d, s["host"], fN) + 18, y + 6), "vivo 操作系统内核负责人", font=fA, fill=cyan)
                y += 46
                d.text((XR, y), "嘉　宾：", font=fN, fill=mag)
                for nm, aff in s["sp"]:
                    d.text((XR + 118, y), pad2(nm), font=fN, fill=white)
                    d.text((XR + 118 + tw(d, pad2(nm), fN) + 18, y + 6), aff, font=fA, fill=cyan)
                    y += 46
            else:
                for nm, aff in s["sp"]:
                    d.text((XR, y), pad2(nm), font=fN, fill=white)
                    d.text((XR + max(100, tw(d, pad2(nm), fN)) + 22, y + 6), aff, font=fA, fill=cyan)
                    y += 46
            y += 40
        for yy in range(ytop + 40, y - 60, 12):
            d.line([(XL, yy), (XL, yy + 5)], fill=(60, 90, 140), width=2)
        y += 80
    ctext(d, W / 2, y, "议程如有调整，以大会现场为准", font(24), grey)
    im = im.crop((0, 0, W, y + 90))
    return im, [{"forum": f, "slots": [truth_slot(s) for s in sl]} for f, _, _, _, sl in FORUMS3]


# ===========================================================================
# 4. 16:9 slide shown on the venue screen: numbered cards 01..08 in TWO
#    columns read top to bottom, left column first (the numbers give the
#    order); in every card the title, then 'name ｜ company', and the range
#    printed UNDER the speaker line next to a drawn clock with the duration;
#    the tea break is a pill at the foot of the left column; the forum's
#    host is printed only in the footer bar at the BOTTOM; the subtitle
#    '13:30-17:50' is the forum's whole afternoon, not a slot.
F4, H4 = "虚拟化与机密计算分论坛", "邓国栋"
SLOTS4 = [
    T("13:30", "14:00", "KVM 脏页跟踪与热迁移收敛优化", [("吕子轩", "腾讯云")], H4),
    T("14:00", "14:30", "TDX 机密虚拟机的启动度量与远程证明", [("崔明亮", "英特尔中国")], H4),
    T("14:30", "15:00", "vhost-user 与 VDUSE 的性能对比", [("闫海涛", "中国电信天翼云")], H4),
    T("15:00", "15:30", "ARM CCA 领域管理扩展的内核适配", [("任静怡", "飞腾信息")], H4),
    B("15:30", "15:50", "茶歇 Tea Break"),
    T("15:50", "16:20", "内存超分场景下 virtio-balloon 的新用法", [("黎志辉", "阿里云")], H4),
    T("16:20", "16:50", "GPU 直通虚拟机中的 IOMMU 性能瓶颈", [("阮小燕", "摩尔线程")], H4),
    T("16:50", "17:20", "嵌套虚拟化下的 vCPU 调度问题", [("傅振国", "微软亚洲研究院")], H4),
    T("17:20", "17:50", "安全容器 Kata 的客户机内核裁剪实践", [("章雨晴", "蚂蚁集团"), ("廖建新", "蚂蚁集团")], H4),
]


def clock(d, x, y, r, col):
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=col, width=3)
    d.line([(x + r, y + r), (x + r, y + 5)], fill=col, width=3)
    d.line([(x + r, y + r), (x + 2 * r - 6, y + r)], fill=col, width=3)


def poster_slide():
    W, H = 1920, 1080
    im = Image.new("RGB", (W, H), (253, 248, 240))
    d = ImageDraw.Draw(im)
    orange, ink, grey, dark = (234, 108, 32), (33, 33, 40), (110, 106, 100), (38, 34, 52)
    d.rectangle([0, 0, 18, H], fill=orange)
    d.text((80, 40), "CLK 2026", font=font(30, bold=True), fill=orange)
    d.text((250, 40), CONF, font=font(30), fill=grey)
    d.text((80, 90), F4, font=font(56, bold=True), fill=ink)
    rtext(d, W - 80, 110, "11月14日（周六）13:30-17:50  ·  第二会议室", font(30), grey)
    fT, fN, fTm = font(30, bold=True), font(26), font(26, bold=True, mono=True)
    colx = [80, 990]
    CW = 850
    top, n = 185, 0
    ys = [top, top]
    col = 0
    for s in SLOTS4:
        x, y = colx[col], ys[col]
        rng = s["start"] + " – " + s["end"]
        if s["kind"] == "break":
            d.rounded_rectangle([x, y, x + CW, y + 58], 29, fill=(240, 228, 210))
            clock(d, x + 30, y + 13, 16, grey)
            d.text((x + 80, y + 12), rng, font=fTm, fill=grey)
            d.text((x + 330, y + 9), s["title"], font=font(30, bold=True), fill=grey)
            ys[col] = y + 58 + 14
            col = 1
            continue
        n += 1
        lines = wrap(d, s["title"], fT, CW - 170)
        h = 26 + 44 * len(lines) + 44 + 40
        d.rounded_rectangle([x, y, x + CW, y + h], 14, fill=(255, 255, 255), outline=(236, 224, 206), width=2)
        cx, cy = x + 62, y + h / 2
        d.regular_polygon((cx, cy, 46), 6, rotation=30, fill=orange)
        ctext(d, cx, cy - 30, "%02d" % n, font(40, bold=True), (255, 255, 255))
        ty = y + 12
        for ln in lines:
            d.text((x + 140, ty), ln, font=fT, fill=ink)
            ty += 44
        names = "、".join(nm for nm, _ in s["sp"])
        affs = "、".join(dict.fromkeys(a for _, a in s["sp"]))
        d.text((x + 140, ty + 4), names + "  ｜  " + affs, font=fN, fill=(60, 60, 70))
        ty += 44
        clock(d, x + 140, ty + 6, 14, orange)
        d.text((x + 180, ty + 2), rng, font=fTm, fill=orange)
        d.text((x + 180 + tw(d, rng, fTm) + 20, ty + 2), "（%d 分钟）" % (mins(s["end"]) - mins(s["start"])),
               font=font(24), fill=grey)
        ys[col] = y + h + 14
    assert max(ys) < H - 100, ys
    d.rectangle([0, H - 86, W, H], fill=dark)
    d.text((80, H - 66), "主持人：" + H4 + "　南京大学计算机学院 教授", font=font(30, bold=True), fill=(255, 255, 255))
    rtext(d, W - 80, H - 62, "中国 Linux 内核开发者大会  ·  china linux kernel", font(24), (200, 196, 210))
    return im, [{"forum": F4, "slots": [truth_slot(s) for s in SLOTS4]}]


# ===========================================================================
# 5. TRANSPOSED table for a wide backdrop: the row headers 时间 / 议题 /
#    演讲人 / 单位 run down the left, every slot is a COLUMN; two bands
#    (上午, 下午) of five columns each; a break column has its time and one
#    merged cell '茶歇'; a two-speaker column stacks the names and the units
#    in the same order; the host is in the header line.
F5, H5 = "调度与性能分论坛", "覃文静"
BANDS5 = [
    ("上午", "MORNING", [
        T("09:00", "09:40", "EEVDF 调度器在混部场景下的延迟毛刺", [("庞立军", "快手")], H5),
        T("09:40", "10:20", "schedutil 调频与能效模型的协同", [("祝晓琳", "荣耀终端")], H5),
        B("10:20", "10:40", "茶歇"),
        T("10:40", "11:20", "qspinlock 在多路鲲鹏服务器上的扩展性", [("房志明", "华为")], H5),
        T("11:20", "12:00", "rwsem 写者饥饿问题的分析与修复", [("舒婷婷", "统信软件")], H5),
    ]),
    ("下午", "AFTERNOON", [
        T("13:30", "14:10", "实时内核中断线程化的延迟测量", [("窦海龙", "中国科学院自动化研究所")], H5),
        T("14:10", "14:50", "cgroup v2 CPU 带宽控制的突发特性",
          [("毕思远", "京东"), ("姜雨萱", "哈尔滨工业大学")], H5),
        T("14:50", "15:30", "用 ftrace 与 rtla 定位调度延迟", [("朱宏斌", "红帽软件（北京）")], H5),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "大小核调度与 ITMT 的协同优化", [("温馨月", "英特尔亚太研发中心")], H5),
    ]),
]


def poster_transposed():
    W = 2200
    im = Image.new("RGB", (W, 2000), (255, 255, 255))
    im.paste(hgrad(W, 210, (120, 20, 40), (170, 40, 60)), (0, 0))
    d = ImageDraw.Draw(im)
    white, ink, grey, red, tint = (255, 255, 255), (35, 30, 32), (105, 100, 102), (140, 28, 48), (250, 238, 240)
    d.text((80, 36), F5, font=font(64, bold=True), fill=white)
    d.text((80, 130), "CLK 2026  ·  11月15日（周日）  ·  第一会议室  ·  主持人：" + H5 + "（浙江大学 研究员）",
           font=font(30), fill=(255, 222, 228))
    rtext(d, W - 80, 60, "第二十一届中国 Linux 内核开发者大会", font(30, bold=True), (255, 222, 228))
    HW, X0 = 190, 80
    CW = (W - 2 * X0 - HW) // 5
    rows = ["时间", "议题", "演讲人", "单位"]
    fTm, fT, fN, fU = font(30, bold=True, mono=True), font(30, bold=True), font(28), font(26)
    y = 270
    for band, band_en, slots in BANDS5:
        d.text((X0, y), band, font=font(40, bold=True), fill=red)
        d.text((X0 + 100, y + 14), band_en, font=font(26, bold=True), fill=(200, 150, 160))
        y += 76
        cells = []
        for s in slots:
            if s["kind"] == "break":
                cells.append(None)
                continue
            cells.append((wrap(d, s["title"], fT, CW - 40),
                          [nm for nm, _ in s["sp"]],
                          [ln for _, a in s["sp"] for ln in wrap(d, a, fU, CW - 40)]))
        LH = 44
        hs = [70,
              max(len(c[0]) for c in cells if c) * LH + 36,
              max(len(c[1]) for c in cells if c) * LH + 30,
              max(len(c[2]) for c in cells if c) * 40 + 30]
        ys = [y]
        for h in hs:
            ys.append(ys[-1] + h)
        for r, name in enumerate(rows):
            d.rectangle([X0, ys[r], X0 + HW, ys[r + 1]], fill=red if r == 0 else tint)
            ctext(d, X0 + HW / 2, (ys[r] + ys[r + 1]) / 2 - 20, name, font(32, bold=True), white if r == 0 else red)
        d.rectangle([X0 + HW, ys[0], X0 + HW + 5 * CW, ys[1]], fill=(252, 244, 245))
        for k, (s, c) in enumerate(zip(slots, cells)):
            x = X0 + HW + k * CW
            ctext(d, x + CW / 2, ys[0] + 16, s["start"] + "-" + s["end"], fTm, red)
            if c is None:
                d.rectangle([x, ys[1], x + CW, ys[4]], fill=(243, 243, 243))
                ctext(d, x + CW / 2, (ys[1] + ys[4]) / 2 - 26, s["title"], font(40, bold=True), grey)
                continue
            tl, names, ul = c
            ty = (ys[1] + ys[2]) / 2 - len(tl) * LH / 2 - 4
            for ln in tl:
                ctext(d, x + CW / 2, ty, ln, fT, ink)
                ty += LH
            ny = (ys[2] + ys[3]) / 2 - len(names) * LH / 2 - 4
            for nm in names:
                ctext(d, x + CW / 2, ny, nm, fN, ink)
                ny += LH
            uy = (ys[3] + ys[4]) / 2 - len(ul) * 40 / 2 - 4
            for ln in ul:
                ctext(d, x + CW / 2, uy, ln, fU, grey)
                uy += 40
        for r in range(5):
            d.line([(X0, ys[r]), (X0 + HW, ys[r])], fill=(220, 200, 205), width=2)
            for k, c in enumerate(cells):
                if c is not None or r in (0, 1, 4):
                    xx = X0 + HW + k * CW
                    d.line([(xx, ys[r]), (xx + CW, ys[r])], fill=(220, 200, 205), width=2)
        for k in range(6):
            xx = X0 + HW + k * CW
            d.line([(xx, ys[0]), (xx, ys[4])], fill=(220, 200, 205), width=2)
        d.rectangle([X0, ys[0], X0 + HW + 5 * CW, ys[4]], outline=red, width=3)
        y = ys[4] + 70
    d.text((X0, y), "午餐 12:00 起于二楼自助餐厅  ·  议程以现场为准", font=font(26), fill=grey)
    im = im.crop((0, 0, W, y + 80))
    return im, [{"forum": F5, "slots": [truth_slot(s) for _, _, sl in BANDS5 for s in sl]}]


NOTE = (
    "Same conventions as posters-blind-4..8: speakers are names as printed with spaces removed (a foreign name "
    "'Olivia Bennett' -> 'OliviaBennett', a padded two-character name '易　伟' -> '易伟'); host is the chair printed "
    "for the forum covering the slot (the moderator for a panel, whose speakers are the guests), null for breaks; "
    "start/end always HH:MM on a 24-hour clock; titles exclude tags and sub-lines; where two speakers share one "
    "printed company the affiliation is given per speaker; affiliations keep a printed job title; break titles are "
    "as printed. Added here: in the blue banner poster the speaker's job title is printed on its own line under "
    "'name ｜ company' and the affiliation is 'company job-title' joined by one space ('阿里云 内核研发工程师'); the "
    "host's own company line under the host bar is not an affiliation of any slot; in the table poster a range "
    "broken over two lines ('13:30–' / '14:00') is one range, an affiliation or title wrapped inside its cell is one "
    "string joined without a space ('中国科学院软件研究所'), and a two-speaker row pairs the speakers and units "
    "sub-row by sub-row; in the full-day agenda the three forums are stacked in one image (the two afternoon forums "
    "run in parallel in different halls), each forum's 主持人 line is the host of its talks, the small text after a "
    "name on the same line is company plus job title, the intro paragraph and the '上午 · 主会场 A 厅' lines are not "
    "slots, and in the 圆桌论坛 the 主持人 is the host and the 嘉宾 lines are the speakers; in the slide the cards are "
    "read by their numbers 01..08 (left column first), the range under each speaker line belongs to that card, "
    "'（30 分钟）' is a duration and not part of anything, the subtitle range '13:30-17:50' is the whole afternoon "
    "and not a slot, the tea-break pill at the foot of the left column is a break, and the host is the 主持人 in the "
    "footer bar at the bottom; in the transposed table each column is one slot (time, title, speaker, unit read "
    "DOWN the column), a grey merged cell is a break, a two-speaker column lists names and units in the same order, "
    "and the footer '午餐 12:00 起…' is not a slot."
)

LAYOUTS = {
    "banner-jobtitle-lines.png": (
        "Tall 1080 px blue CLK2024-style forum poster: star-dotted gradient, big banner '第21届中国 / Linux内核开发者大会', "
        "date box and address, a cyan ribbon with the forum name, a host bar '>>> 主持人：name <<<' with the host's "
        "company and title on a line under it; each slot has a cyan box '09:00-09:30' in a left column with a thin "
        "line under it, and on the right the bold title, then 'name ｜ company' (cyan bold name) and the speaker's job "
        "title ALONE on the next line in pale type; one talk has two speakers of one company with different job "
        "titles (two name/job pairs); breaks (茶歇, 午餐) are rounded full-width bands with the range at the left; a full "
        "day, 30-minute talks.",
        "2026-11-14", poster_banner_jobtitle),
    "table-wrapped-cells.png": (
        "Light 1240 px green-header forum poster with a ruled table 时间 | 议题 | 演讲人 | 单位 under a '主持人：name"
        "（company title）' line: the time column is so narrow that every range breaks after the dash ('13:30–' over "
        "'14:00'), long titles wrap inside the 议题 cell (sometimes leaving one character on the second line), and "
        "five affiliations wrap onto two lines in the narrow 单位 cell ('中国科学院软件研究' / '所'); one talk with two "
        "speakers of different companies splits the 演讲人 and 单位 cells into two sub-rows while the time and title "
        "cells span both; zebra rows; a tea-break row whose merged cell says 茶歇; footnote line.",
        "2026-11-14", poster_table_wrapped),
    "full-agenda-three-forums.png": (
        "Dark 1080 px long image in the style of the real CLK2023 全部议程: logo, outlined 'CLK 2026', big title with "
        "a purple outline, date and address, violet/teal glows, an intro paragraph naming many companies (noise), "
        "'大会议程' over a faint 'AGENDA', then THREE forums stacked: 主论坛 (morning) and two parallel afternoon "
        "forums (eBPF 与可观测性, RISC-V 与体系结构), each with the name, a '下午 · B 厅' tag at the right, a cyan rule and "
        "'主持人：name company title'; rows are a bold white range '09:00-09:15' at the left, a dot on a dashed "
        "vertical line, the cyan title (Chinese or English, some wrapping), then one line per speaker: name in white "
        "(two-character names padded '易　伟', foreign names 'Olivia Bennett') followed by company and job title in "
        "small cyan; 茶歇 rows in grey; the main forum opens with a 开幕致辞 by a speaker and ends with a 圆桌论坛 with "
        "its own 主持人 and three 嘉宾 (one foreign).",
        "2026-11-14", poster_full_agenda),
    "slide-numbered-cards.png": (
        "16:9 1920x1080 slide for the venue screen, cream with an orange edge: header 'CLK 2026' + conference name, "
        "the forum name in large bold and at the right '11月14日（周六）13:30-17:50 · 第二会议室' (the afternoon, not a "
        "slot); eight white cards in TWO columns, numbered by orange hexagon badges 01-04 down the left column and "
        "05-08 down the right; in each card the bold title, then 'name ｜ company' (two speakers of one company as "
        "'A、B ｜ company'), then UNDER the speaker line a clock icon with the range '13:30 – 14:00' in orange and "
        "'（30 分钟）'; the tea break is a beige pill '15:30 – 15:50  茶歇 Tea Break' at the foot of the left column; "
        "the host appears only in the dark footer bar at the bottom ('主持人：name　company title').",
        "2026-11-14", poster_slide),
    "transposed-table-bands.png": (
        "Wide 2200 px backdrop-style table on white with a crimson header (forum name; 'CLK 2026 · 11月15日（周日）· "
        "room · 主持人：name（company title）'): the table is TRANSPOSED, row headers 时间 / 议题 / 演讲人 / 单位 run down "
        "the left and each slot is a column (centred text: the range on top, the bold wrapped title, the name, the "
        "unit in grey); two bands '上午 MORNING' and '下午 AFTERNOON' of five columns each; a break column has its range "
        "and one grey merged cell '茶歇' over the three lower rows; one column has two speakers stacked with their "
        "two units stacked in the same order; a footer '午餐 12:00 起于二楼自助餐厅' (not a slot).",
        "2026-11-15", poster_transposed),
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
