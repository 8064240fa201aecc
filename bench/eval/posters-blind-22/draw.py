"""Draw the twenty-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set aims at
layouts the earlier sets lacked: a tall dark full-conference poster in the look
of the real CLK posters (a timeline per forum, two-character names padded with
a full-width space, a long Latin name whose company drops to the next line);
a 1920 x 1080 slide for one forum with the morning and the afternoon as two
columns of start times only; talk cards whose time is a small pill UNDER the
title and whose speakers sit beside photo circles with the company under the
name (two speakers side by side); and a table whose speaker cells stack
'name / company', with a panel whose time and title cells are merged over four
guest rows.
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


def photo(d, cx, cy, r, ring):
    """A grey round photo placeholder with a lighter head-and-shoulders silhouette."""
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(150, 156, 168), outline=ring, width=3)
    d.ellipse([cx - r * 0.32, cy - r * 0.55, cx + r * 0.32, cy + r * 0.09], fill=(204, 208, 216))
    d.chord([cx - r * 0.62, cy + r * 0.18, cx + r * 0.62, cy + r * 1.2], 180, 360, fill=(204, 208, 216))


def T(start, end, title, speakers, host):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: the padding spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(n) for n, _ in s["sp"]],
            "affiliations": [a for _, a in s["sp"]], "host": s["host"] and plain(s["host"])}


# ===========================================================================
# 1. Tall dark full-conference poster (1080 px wide, a JPEG like the real
#    CLK2025 poster), CLK 2029 in 南京, in the look of the real CLK posters:
#    logo lines, '第24届中国 / Linux 内核开发者大会', a date box, an address, an
#    introduction paragraph naming companies, '大会议程' over a hollow
#    'AGENDA'; then the 主论坛 and three afternoon forums one under another,
#    each with a header ('01' + forum name, '主持人：name' at the right with the
#    unit under it) and a timeline: the range '14:00-14:30' at the left, a dot
#    on a vertical line, the teal title (wrapping to two lines where long) and
#    per speaker a line 'name  company job' (name white, the rest small and
#    blue).  Two-character names are padded to three with a full-width space
#    ('曾　琳'), as the real posters do.  The long Latin name prints its company
#    on the line under it.  Breaks are bands.  Organisers and a QR code at the
#    foot.
CONF1 = "第24届中国"
F1M, H1M, H1M_AFF = "主论坛", "韩　冰", "南京大学计算机学院 教授"
F1A, H1A, H1A_AFF = "内存管理分论坛", "黎文斌", "OPPO 内核技术专家"
F1B, H1B, H1B_AFF = "存储与文件系统分论坛", "陆海波", "南京大学 副教授"
F1C, H1C, H1C_AFF = "体系结构与虚拟化分论坛", "贺建华", "中科院计算所 研究员"
SLOTS1M = [
    T("09:00", "09:15", "开幕致辞", [("丁国华", "南京大学 副校长")], H1M),
    T("09:15", "09:55", "Linux 内核的第四个十年：维护者梯队与代码审查", [("吴振宇", "华为 首席架构师")], H1M),
    T("09:55", "10:35", "Memory tiering in production：从 CXL 到 HBM 的内存分层实践",
      [("周晓明", "阿里云 资深技术专家")], H1M),
    B("10:35", "10:50", "茶歇"),
    T("10:50", "11:30", "sched_ext 与 EEVDF 的协同：面向 AI 训练集群的调度优化",
      [("刘建国", "字节跳动 内核架构师"), ("郭　婷", "字节跳动 内核工程师")], H1M),
    T("11:30", "12:10", "openEuler 内核的长期维护与 CVE 修复流程", [("孙海峰", "华为 openEuler Kernel SIG Maintainer")], H1M),
    B("12:10", "14:00", "午餐"),
]
SLOTS1A = [
    T("14:00", "14:30", "mTHP 在 zswap 与 zram 中的统一支持", [("马晓东", "vivo 内核工程师")], H1A),
    T("14:30", "15:00", "memdesc：struct page 瘦身之后的内存描述符", [("缪俊杰", "字节跳动 Linux 内核工程师")], H1A),
    T("15:00", "15:30", "Per-VMA lock 在 Android 应用冷启动中的收益分析", [("曾　琳", "荣耀 高级工程师")], H1A),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:20", "基于 MGLRU 的容器内存回收与 memcg 隔离",
      [("邱宇航", "腾讯 内核研发工程师"), ("石晓雯", "腾讯 内核研发工程师")], H1A),
    T("16:20", "16:50", "HugeTLB 与 THP 的统一：folio 化之后的大页管理", [("杜　明", "阿里云 内核开发工程师")], H1A),
]
SLOTS1B = [
    T("14:00", "14:35", "Btrfs RAID stripe tree 的设计与测试", [("汤志远", "SUSE 内核工程师")], H1B),
    T("14:35", "15:10", "io_uring 与 ublk：用户态块设备的零拷贝数据路径", [("龚晓峰", "阿里云 存储内核专家")], H1B),
    T("15:10", "15:45", "XFS 在线修复（online fsck）的生产落地", [("阙立群", "中国移动 研究员")], H1B),
    B("15:45", "16:00", "茶歇"),
    T("16:00", "16:35", "NVMe 多路径与 PCIe P2PDMA 在 AI 存储集群中的应用", [("易　凡", "浪潮信息 存储架构师")], H1B),
]
SLOTS1C = [
    T("14:00", "14:30", "KVM 脏页跟踪在热迁移中的开销分析与优化", [("薛　凯", "腾讯云 虚拟化工程师")], H1C),
    T("14:30", "15:00", "Arm CCA Realm 虚拟机的内核支持", [("蒋文博", "Arm 软件工程师")], H1C),
    T("15:00", "15:30", "Live migration of VFIO devices: where we are", [("Andrea Conti", "Red Hat 首席软件工程师")], H1C),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:20", "RISC-V H 扩展与 KVM 嵌套虚拟化", [("仝海涛", "中国科学院软件研究所 助理研究员")], H1C),
]
SECTIONS1 = [("", F1M, H1M, H1M_AFF, SLOTS1M), ("01", F1A, H1A, H1A_AFF, SLOTS1A),
             ("02", F1B, H1B, H1B_AFF, SLOTS1B), ("03", F1C, H1C, H1C_AFF, SLOTS1C)]
INTRO1 = (
    "“中国 Linux 内核开发者大会”（CLK）自 2006 年起每年举办一届，今年是第 24 届。大会由清华大学、"
    "英特尔、华为、阿里云、腾讯、字节跳动、OPPO、vivo、龙芯中科等单位共同发起，秉持“开放、协作、"
    "分享”的理念，为国内 Linux 内核开发者提供面对面交流的平台。本届大会由南京大学计算机学院承办，"
    "设主论坛与三个分论坛，欢迎内核开发者与爱好者报名参加。"
)


def poster_full_dark():
    W = 1080
    TX, LX, CX = 60, 298, 330  # time column, timeline, content column
    CW = W - 60 - CX
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, ftime = font(33, True), font(30), font(22), font(30, True)

    def talk_h(s):
        h = len(wrap(tmp, s["title"], ft, CW)) * 44 + 6
        for n, _ in s["sp"]:
            h += 86 if tw(tmp, n, fn) > 180 else 48
        return h + 40

    heights = [[92 if s["kind"] == "break" else talk_h(s) for s in sec[4]] for sec in SECTIONS1]
    top = 1620
    H = top + sum(180 + sum(hs) + 60 for hs in heights) + 360
    im = vgrad(W, H, (9, 11, 30), (5, 7, 20))
    glow = Image.new("RGB", (W, 1500), (0, 0, 0))
    g = ImageDraw.Draw(glow)
    for i in range(14):
        g.ellipse([300 - i * 40, 520 + i * 22, 1400 + i * 30, 1100 + i * 12], outline=(40 + i * 6, 30, 150 + i * 6),
                  width=10)
    for i in range(8):
        g.arc([-400 + i * 30, 700 - i * 20, 900 + i * 30, 1400 - i * 10], 200, 340, fill=(20, 180, 170), width=8)
    g.ellipse([640, 640, 980, 980], fill=(70, 40, 170))
    glow = glow.filter(ImageFilter.GaussianBlur(14))
    im.paste(ImageChops.screen(im.crop((0, 0, W, 1500)), glow.point(lambda v: v * 11 // 20)), (0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse([60, 48, 120, 128], outline=(40, 200, 200), width=5)
    d.text((136, 52), "CHINA LINUX KERNEL", font=font(24, True), fill=(240, 240, 250))
    d.text((136, 86), "中国 Linux 内核开发者大会", font=font(24, True), fill=(240, 240, 250))
    for i in range(5):
        d.rounded_rectangle([680 - i * 14, 40 - i * 8, 1040 + i * 6, 190 + i * 6], radius=40, outline=(40, 70, 90),
                            width=2)
    d.text((720, 60), "CLK", font=font(96, True), fill=(230, 246, 250))
    d.text((920, 70), "2029", font=font(34, True), fill=(230, 246, 250))
    for dx, col in ((6, (120, 60, 255)), (0, (255, 255, 255))):
        d.text((80 + dx, 250 + dx), CONF1, font=font(100, True), fill=col)
        d.text((80 + dx, 380 + dx), "Linux 内核开发者大会", font=font(92, True), fill=col)
    d.rectangle([90, 540, 520, 612], outline=(230, 230, 240), width=3)
    d.text((118, 552), "2029年10月27日 · 南京", font=font(34, True), fill=(255, 255, 255))
    d.text((90, 660), "地址：南京大学仙林校区 国际会议中心", font=font(34, True), fill=(255, 255, 255))
    intro = wrap(d, INTRO1, font(25), W - 240)
    d.rectangle([90, 860, W - 90, 900 + len(intro) * 48 + 30], fill=(14, 16, 40), outline=(50, 50, 110), width=2)
    yy = 900
    for ln in intro:
        d.text((120, yy), ln, font=font(25), fill=(225, 228, 240))
        yy += 48
    ag = font(110, True)
    d.text((W / 2 - tw(d, "AGENDA", ag) / 2, 1350), "AGENDA", font=ag, fill=(8, 10, 26), stroke_width=2,
           stroke_fill=(20, 150, 160))
    ctext(d, W / 2, 1300, "大会议程", font(80, True), (255, 255, 255))
    y = top
    for (num, name, host, haff, slots), hs in zip(SECTIONS1, heights):
        x = 90
        if num:
            d.text((x, y - 12), num, font=font(64, True), fill=(20, 200, 190))
            x += 110
        d.text((x, y), name, font=font(48, True), fill=(255, 255, 255))
        hx = max(x + tw(d, name, font(48, True)) + 36, 640)
        assert hx + max(tw(d, "主持人：" + host, font(28)), tw(d, haff, font(20))) < W - 70, name
        d.text((hx, y + 2), "主持人：", font=font(28, True), fill=(230, 90, 230))
        d.text((hx + tw(d, "主持人：", font(28, True)), y + 2), host, font=font(28), fill=(255, 255, 255))
        d.text((hx, y + 48), haff, font=font(20), fill=(150, 160, 200))
        d.rectangle([90, y + 100, W - 90, y + 118], fill=(30, 230, 210))
        y += 180
        y0 = y - 40
        for s, h in zip(slots, hs):
            rng = s["start"] + "-" + s["end"]
            if s["kind"] == "break":
                d.rectangle([TX, y - 10, W - 90, y + 62], fill=(18, 40, 100))
                d.text((TX + 6, y + 2), rng, font=ftime, fill=(255, 255, 255))
                d.text((CX, y + 2), s["title"], font=font(32, True), fill=(40, 230, 220))
                d.ellipse([LX - 6, y + 20, LX + 6, y + 32], fill=(40, 130, 255))
                y += h
                continue
            d.text((TX, y), rng, font=ftime, fill=(255, 255, 255))
            d.ellipse([LX - 6, y + 18, LX + 6, y + 30], fill=(40, 130, 255))
            yy = y
            for ln in wrap(d, s["title"], ft, CW):
                d.text((CX, yy), ln, font=ft, fill=(40, 230, 220))
                yy += 44
            yy += 6
            for n, a in s["sp"]:
                d.text((CX, yy), n, font=fn, fill=(255, 255, 255))
                nw = tw(d, n, fn)
                if nw > 180:  # a long Latin name: the company goes under it, as on the real posters
                    d.text((CX, yy + 42), a, font=fa, fill=(60, 140, 255))
                    yy += 86
                else:
                    d.text((CX + nw + 18, yy + 8), a, font=fa, fill=(60, 140, 255))
                    yy += 48
            y += h
        d.line([(LX, y0), (LX, y - 40)], fill=(40, 90, 200), width=2)
        d.rectangle([60, y + 6, W - 60, y + 12], fill=(30, 110, 230))
        y += 60
    y += 40
    d.text((90, y), "主办单位：中国 Linux 内核开发者大会组委会", font=font(26), fill=(200, 205, 230))
    d.text((90, y + 50), "承办单位：南京大学计算机学院", font=font(26), fill=(200, 205, 230))
    d.text((90, y + 100), "支持单位：openEuler　龙蜥社区　OpenCloudOS　CSDN", font=font(26), fill=(200, 205, 230))
    qrcode(d, W - 240, y, 150, 2201)
    ctext(d, W - 165, y + 165, "扫码报名", font(22), (200, 205, 230))
    forums = [{"forum": name, "slots": [truth_slot(s) for s in slots]} for _, name, _, _, slots in SECTIONS1]
    return finish(im, 2202, 0.015, 0.35, 90), forums


# ===========================================================================
# 2. A 1920 x 1080 slide for one forum, CLK 2030 in 杭州: a white slide with a
#    green title bar (forum name, English name, date and room, the host at
#    the right), then two columns, '上午 Morning' left and '下午 Afternoon'
#    right; a row is the START time only ('09:40', green), the bold title and
#    under it 'speaker，company'.  Breaks are rows with a start time and a
#    grey label; the morning ends with '11:55 午餐', the afternoon with a grey
#    line '16:25　本分论坛结束'.  A page number at the bottom right.
CONF2 = "第25届中国 Linux 内核开发者大会"
F2, H2, H2_AFF = "调度与锁分论坛", "范志强", "浙江大学 副教授"
MORNING2 = [  # (start, title, speakers) or (start, break title)
    ("09:00", "EEVDF 调度器两年：延迟与公平性的再平衡", [("贾文涛", "阿里云")]),
    ("09:40", "sched_ext 在游戏与桌面交互场景中的实践", [("罗一鸣", "OPPO")]),
    ("10:20", "茶歇"),
    ("10:35", "Proxy execution：解决优先级反转的新思路", [("郝建军", "华为")]),
    ("11:15", "CPU 隔离与 nohz_full 在低时延交易系统中的调优", [("万思琪", "蚂蚁集团")]),
    ("11:55", "午餐"),
]
AFTERNOON2 = [
    ("13:30", "NUMA-aware qspinlock：数百核 Arm 服务器上的锁扩展性", [("常浩", "飞腾信息")]),
    ("14:10", "RCU lazy callbacks 与移动设备功耗优化", [("田晓光", "小米")]),
    ("14:50", "茶歇"),
    ("15:05", "futex2 与用户态锁：从 glibc 到 Wine", [("施雨桐", "统信软件")]),
    ("15:45", "能效感知调度（EAS）在 Arm 大小核笔记本上的适配", [("覃磊", "联想")]),
]
END2 = "16:25"


def slots2():
    """Each row ends where the next begins: 午餐 at the afternoon's first start, the last talk at END2."""
    rows = MORNING2 + AFTERNOON2
    ends = [r[0] for r in rows[1:]] + [END2]
    out = []
    for row, end in zip(rows, ends):
        out.append(B(row[0], end, row[1]) if len(row) == 2 else T(row[0], end, row[1], row[2], H2))
    return out


def poster_slide():
    W, H = 1920, 1080
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    green, dark, grey = (0, 122, 90), (28, 36, 44), (120, 128, 136)
    d.rectangle([0, 0, W, 190], fill=green)
    d.polygon([(W - 420, 0), (W, 0), (W, 190), (W - 520, 190)], fill=(0, 104, 76))
    d.text((70, 30), F2, font=font(60, True), fill=(255, 255, 255))
    d.text((70 + tw(d, F2, font(60, True)) + 30, 56), "Scheduling & Locking", font=font(36), fill=(190, 240, 220))
    d.text((70, 122), CONF2 + "　·　2030 年 10 月 26 日　·　浙江大学紫金港校区 东区报告厅 2",
           font=font(28), fill=(220, 245, 235))
    rtext(d, W - 70, 50, "主持人：" + H2, font(36, True), (255, 255, 255))
    rtext(d, W - 70, 110, H2_AFF, font(28), (220, 245, 235))
    cols = [(70, "上午　Morning", MORNING2), (990, "下午　Afternoon", AFTERNOON2)]
    ft, fs, ftime = font(32, True), font(27), font(40, True)
    for x0, head, rows in cols:
        y = 230
        d.text((x0, y), head, font=font(32, True), fill=green)
        d.line([(x0, y + 56), (x0 + 860, y + 56)], fill=green, width=3)
        y += 80
        for row in rows:
            d.text((x0, y), row[0], font=ftime, fill=green if len(row) == 3 else grey)
            tx = x0 + 150
            if len(row) == 2:
                d.text((tx, y + 6), row[1], font=font(32, True), fill=grey)
                d.line([(tx + tw(d, row[1], font(32, True)) + 24, y + 30), (x0 + 860, y + 30)], fill=(210, 214, 218),
                       width=2)
                y += 78
                continue
            yy = y + 4
            for ln in wrap(d, row[1], ft, 860 - 150):
                d.text((tx, yy), ln, font=ft, fill=dark)
                yy += 44
            d.text((tx, yy + 4), "，".join(row[2][0]), font=fs, fill=grey)
            y = yy + 64
        if rows is AFTERNOON2:
            d.text((x0, y + 6), END2 + "　本分论坛结束", font=font(28), fill=(170, 176, 182))
    d.line([(950, 240), (950, 1000)], fill=(226, 230, 234), width=2)
    d.rectangle([0, H - 50, W, H], fill=(240, 244, 242))
    d.text((70, H - 42), "CLK 2030 · 杭州", font=font(24, True), fill=green)
    rtext(d, W - 70, H - 42, "07", font(24), grey)
    return im, [{"forum": F2, "slots": [truth_slot(s) for s in slots2()]}]


# ===========================================================================
# 3. Talk cards with the time in a pill UNDER the title (1080 px), CLK 2030:
#    a lavender poster; the host card at the top (label '主持人', a photo
#    circle, the name and the unit under it); then one white card per talk:
#    the bold title, under it a small violet pill '13:30 - 14:10', and under
#    that, per speaker, a photo circle at the left with the name bold beside
#    it and 'company job' on the next line under the name; the two-speaker
#    talk puts its two speakers side by side.  The 茶歇 is a slim card with
#    its pill at the right.
F3, H3, H3_AFF = "eBPF 与内核追踪分论坛", "宋佳音", "字节跳动 STE 技术专家"
SLOTS3 = [
    T("13:30", "14:10", "BPF token 与非特权 eBPF 的安全边界", [("廖志刚", "腾讯 安全技术专家")], H3),
    T("14:10", "14:50", "用 BPF 实现可编程的内存回收策略（memcg_bpf_ops）", [("邹雨萱", "字节跳动 内核工程师")], H3),
    T("14:50", "15:30", "fprobe 与 ftrace 函数图追踪在生产环境中的开销治理",
      [("严晨", "华为 操作系统内核专家"), ("康志伟", "华为 软件工程师")], H3),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:25", "perf 与 BPF 结合的 off-CPU 分析", [("莫思远", "美团 基础架构工程师")], H3),
    T("16:25", "17:05", "eBPF JIT 在 RISC-V 上的优化与验证", [("陶可", "中国科学院软件研究所 工程师")], H3),
    T("17:05", "17:45", "用 Rust 编写 BPF 程序：aya 框架的工程实践", [("曹俊", "蚂蚁集团 高级工程师")], H3),
]


def poster_pill_cards():
    W = 1080
    CX0, CX1 = 70, W - 70
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, fp = font(36, True), font(30, True), font(22), font(24, True)
    violet, ink = (112, 64, 200), (34, 28, 60)

    def card_h(s):
        if s["kind"] == "break":
            return 90
        return len(wrap(tmp, s["title"], ft, CX1 - CX0 - 80)) * 52 + 40 + 14 + 42 + 30 + 100 + 30

    heights = [card_h(s) for s in SLOTS3]
    top = 900
    H = top + sum(h + 30 for h in heights) + 260
    im = vgrad(W, H, (236, 230, 252), (250, 246, 255))
    d = ImageDraw.Draw(im)
    d.polygon([(0, 0), (W, 0), (W, 380), (0, 470)], fill=(60, 30, 130))
    for i in range(7):
        d.line([(W - 380 + i * 50, 0), (W - 60 + i * 50, 380)], fill=(90, 60, 170), width=6)
    d.text((70, 56), "CLK 2030 · 中国 Linux 内核开发者大会 · 第二十五届", font=font(28), fill=(210, 196, 250))
    d.text((70, 130), F3, font=font(70, True), fill=(255, 255, 255))
    d.text((70, 240), "10 月 26 日下午　浙江大学紫金港校区 东区报告厅 3", font=font(30), fill=(230, 220, 255))
    # host card
    d.rounded_rectangle([CX0, 540, CX1, 760], radius=24, fill=(255, 255, 255), outline=(200, 184, 240), width=2)
    d.rounded_rectangle([CX0 + 36, 574, CX0 + 160, 618], radius=22, fill=violet)
    ctext(d, CX0 + 98, 578, "主持人", font(26, True), (255, 255, 255))
    photo(d, CX0 + 260, 650, 62, violet)
    d.text((CX0 + 350, 600), H3, font=font(40, True), fill=ink)
    d.text((CX0 + 350, 666), H3_AFF, font=font(26), fill=(110, 100, 140))
    ctext(d, W / 2, 800, "— 议程 AGENDA —", font(34, True), violet)
    y = top
    for s, h in zip(SLOTS3, heights):
        pill = s["start"] + " - " + s["end"]
        pw = tw(d, pill, fp) + 40
        if s["kind"] == "break":
            d.rounded_rectangle([CX0, y, CX1, y + h], radius=20, fill=(222, 212, 246))
            d.text((CX0 + 40, y + 20), s["title"], font=font(34, True), fill=violet)
            d.rounded_rectangle([CX1 - 40 - pw, y + 22, CX1 - 40, y + 66], radius=22, fill=(255, 255, 255))
            d.text((CX1 - 20 - pw, y + 28), pill, font=fp, fill=violet)
            y += h + 30
            continue
        d.rounded_rectangle([CX0, y, CX1, y + h], radius=20, fill=(255, 255, 255), outline=(214, 202, 244), width=2)
        yy = y + 36
        for ln in wrap(d, s["title"], ft, CX1 - CX0 - 80):
            d.text((CX0 + 40, yy), ln, font=ft, fill=ink)
            yy += 52
        yy += 14
        d.rounded_rectangle([CX0 + 40, yy, CX0 + 40 + pw, yy + 42], radius=21, fill=(236, 228, 252),
                            outline=violet, width=2)
        d.text((CX0 + 60, yy + 5), pill, font=fp, fill=violet)
        yy += 42 + 30
        half = (CX1 - CX0 - 80) / 2
        for i, (n, a) in enumerate(s["sp"]):
            x = CX0 + 40 + i * half
            photo(d, x + 46, yy + 48, 46, violet)
            d.text((x + 112, yy + 8), n, font=fn, fill=ink)
            d.text((x + 112, yy + 56), a, font=fa, fill=(110, 100, 140))
        y += h + 30
    ctext(d, W / 2, y + 40, "会场座位有限，请提前 10 分钟入场 · 议程如有调整以现场为准", font(24), (110, 100, 140))
    qrcode(d, W / 2 - 60, y + 100, 120, 2203)
    return finish(im, 2204, 0.012, 0.3, 92), [{"forum": F3, "slots": [truth_slot(s) for s in SLOTS3]}]


# ===========================================================================
# 4. A ruled table with stacked speaker cells (1080 px), CLK 2030: a teal
#    header, the host line above the table, columns 时间 | 议题 | 演讲嘉宾;
#    the speaker cell stacks the name (bold) over the company (grey).  The
#    panel's time and title cells are merged over four sub-rows, one per
#    guest, each 'name / company' stacked.  茶歇 and 午餐 rows span the
#    title and speaker columns.
F4, H4, H4_AFF = "RISC-V 与开源芯片分论坛", "江　涛", "中国科学院计算技术研究所"
SLOTS4 = [
    T("09:00", "09:40", "RISC-V 服务器平台规范（Server Platform）与 Linux 支持现状", [("姜　丽", "中国科学院软件研究所")], H4),
    T("09:40", "10:20", "RVA23 Profile 对内核的影响：向量、虚拟化与 CFI", [("郑国庆", "阿里巴巴达摩院")], H4),
    B("10:20", "10:35", "茶歇"),
    T("10:35", "11:15", "RISC-V 上的 KASAN、KFENCE 与内核调试工具链", [("崔　博", "奕斯伟计算")], H4),
    T("11:15", "11:55", "Linux 在 RISC-V 笔记本上的电源管理与 suspend 支持", [("何文静", "深度科技")], H4),
    T("11:55", "12:40", "圆桌讨论：RISC-V 进入数据中心还需要什么",
      [("袁嘉豪", "赛昉科技"), ("段立峰", "算能科技"), ("夏　雨", "中国电信研究院"), ("龙海燕", "北京开源芯片研究院")], H4),
    B("12:40", "14:00", "午餐"),
]


def poster_stacked_table():
    W = 1080
    X0, X1 = 50, W - 50
    cols = [X0, X0 + 200, X0 + 200 + 480, X1]
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, ftime = font(28, True), font(28, True), font(22), font(26, True)
    teal, ink, grid = (0, 110, 120), (30, 36, 40), (170, 190, 194)
    sub = 92  # height of one stacked speaker cell

    def row_h(s):
        if s["kind"] == "break":
            return 64
        th = len(wrap(tmp, s["title"], ft, cols[2] - cols[1] - 32)) * 40 + 40
        return max(th, len(s["sp"]) * sub)

    heights = [row_h(s) for s in SLOTS4]
    top = 640
    H = top + 70 + sum(heights) + 260
    im = Image.new("RGB", (W, H), (250, 252, 252))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 420], fill=teal)
    for i in range(12):
        d.ellipse([W - 300 + i * 8, -200 + i * 20, W + 200 - i * 8, 300 - i * 4], outline=(20, 140, 150), width=2)
    d.text((60, 50), "CLK 2030　第二十五届中国 Linux 内核开发者大会", font=font(28, True), fill=(200, 240, 240))
    d.text((60, 120), F4, font=font(66, True), fill=(255, 255, 255))
    d.text((60, 220), "RISC-V & Open Hardware Forum", font=font(34), fill=(180, 230, 232))
    d.text((60, 310), "2030.10.26　上午　浙江大学紫金港校区 东区报告厅 4", font=font(30), fill=(255, 255, 255))
    d.text((X0, 500), "主持人：%s（%s）" % (H4, H4_AFF), font=font(30, True), fill=ink)
    y = top
    d.rectangle([X0, y, X1, y + 70], fill=(214, 236, 238))
    for k, head in enumerate(["时间", "议题", "演讲嘉宾"]):
        ctext(d, (cols[k] + cols[k + 1]) / 2, y + 16, head, font(28, True), teal)
    y += 70
    for s, h in zip(SLOTS4, heights):
        rng = s["start"] + "-" + s["end"]
        if s["kind"] == "break":
            d.rectangle([X0, y, X1, y + h], fill=(238, 244, 244))
            ctext(d, (cols[0] + cols[1]) / 2, y + 16, rng, ftime, teal)
            ctext(d, (cols[1] + cols[3]) / 2, y + 12, s["title"], font(30, True), (90, 110, 114))
        else:
            ctext(d, (cols[0] + cols[1]) / 2, y + h / 2 - 18, rng, ftime, teal)
            lines = wrap(d, s["title"], ft, cols[2] - cols[1] - 32)
            yy = y + h / 2 - len(lines) * 20
            for ln in lines:
                d.text((cols[1] + 16, yy), ln, font=ft, fill=ink)
                yy += 40
            sh = h / len(s["sp"])
            for i, (n, a) in enumerate(s["sp"]):
                sy = y + i * sh + (sh - 76) / 2
                ctext(d, (cols[2] + cols[3]) / 2, sy, n, fn, ink)
                ctext(d, (cols[2] + cols[3]) / 2, sy + 44, a, fa, (110, 120, 124))
                if i:
                    d.line([(cols[2], y + i * sh), (X1, y + i * sh)], fill=grid, width=1)
            for c in cols[1:3]:
                d.line([(c, y), (c, y + h)], fill=grid, width=2)
        d.line([(X0, y + h), (X1, y + h)], fill=grid, width=2)
        y += h
    d.rectangle([X0, top, X1, y], outline=teal, width=3)
    d.text((X0, y + 40), "注：圆桌讨论环节欢迎现场提问。", font=font(24), fill=(110, 120, 124))
    qrcode(d, X1 - 130, y + 40, 130, 2205)
    return finish(im, 2206, 0.012, 0.3, 92), [{"forum": F4, "slots": [truth_slot(s) for s in SLOTS4]}]


NOTE = (
    "Same conventions as posters-blind-4..21: speakers are names as printed with spaces removed (the padding "
    "full-width space of '曾　琳' -> '曾琳'; the foreign name 'Andrea Conti' -> 'AndreaConti'); host is the chair "
    "printed for the forum covering the slot (padding removed too: '韩　冰' -> '韩冰'), null for breaks; start/end "
    "always HH:MM on a 24-hour clock; titles exclude tags; where two or more speakers are printed each has his own "
    "affiliation, given per speaker; affiliations keep a printed job title, joined to the company by one space; "
    "break titles are as printed; '开幕致辞' with a speaker is a talk. Added or stressed here: the tall dark poster "
    "(a JPEG) has four sections one under another, 主论坛 without a number and '01'..'03' before the three "
    "afternoon forums; each header has '主持人：name' at the right and the host's unit on the line under it; a "
    "talk is the range '14:00-14:30', the title (some wrap to two lines) and one line per speaker 'name  company "
    "job', except 'Andrea Conti' whose 'Red Hat 首席软件工程师' is on the line under the name; two-character names "
    "are padded to three characters with a full-width space; the introduction paragraph (companies, '第 24 届', "
    "'2006 年') and the organiser lines at the foot are not slots or affiliations; the three afternoon forums "
    "run in parallel (their slots repeat times); 茶歇 10:35-10:50 and 午餐 12:10-14:00 are breaks of 主论坛. "
    "The slide (1920 x 1080) prints start times only: a row ends at "
    "the next row's start in the same column; the morning's last row '11:55 午餐' is a break ending at the "
    "afternoon column's first start, 13:30; the afternoon's last talk ends at 16:25, printed only in the grey "
    "line '16:25　本分论坛结束', which is not a slot; the speaker line is 'name，company' (company only); "
    "'上午　Morning' and '下午　Afternoon' are column heads; the page number '07' at the foot is not a time. In "
    "the pill-card poster the time pill '13:30 - 14:10' is printed UNDER the title; a speaker is a photo circle "
    "with the name beside it and 'company job' on the line under the name; the two speakers of one talk stand "
    "side by side in one row; the host card (label '主持人', a photo circle, name, unit under it) is not a talk; its date line '10 月 26 日下午' "
    "has no year, which comes from 'CLK 2030' above it. "
    "In the stacked table the speaker cell holds the name over the company (company only; two-character names "
    "padded as above: '姜　丽', '崔　博', '夏　雨', and the host '江　涛' in '主持人：江　涛（unit）'); the panel "
    "'圆桌讨论：RISC-V 进入数据中心还需要什么' is one talk with four speakers (its time and title cells are merged "
    "over the four guest cells), the full printed title including '圆桌讨论：' is its title; its 茶歇 and 午餐 "
    "rows print their ranges and span the title and speaker columns."
)

LAYOUTS = {
    "dark-full-conference.jpg": (
        "Tall dark full-conference poster (1080 px wide, JPEG) in the look of the real CLK posters: 'CHINA LINUX "
        "KERNEL' logo lines, 'CLK 2029', '第24届中国 / Linux 内核开发者大会', a date box '2029年10月27日 · 南京', an "
        "address line, an introduction paragraph naming companies, '大会议程' over a hollow 'AGENDA'; then 主论坛 "
        "and three afternoon forums ('01 内存管理分论坛', '02 存储与文件系统分论坛', '03 体系结构与虚拟化分论坛') one "
        "under another, each header with '主持人：name' at the right and the unit under it, a cyan bar, and a "
        "timeline: the range '14:00-14:30' at the left, a dot on a vertical line, the cyan title (some wrap to "
        "two lines) and per speaker 'name  company job' (two talks with two speakers; two-character names padded "
        "with a full-width space; the long Latin name 'Andrea Conti' with its company on the next line); 茶歇 "
        "and 午餐 as bands; organiser lines and a QR code at the foot. Uncommon surnames 缪, 阙, 仝.",
        "2029-10-27", poster_full_dark),
    "slide-two-columns.png": (
        "A 1920 x 1080 slide for one forum: a green title bar ('调度与锁分论坛', 'Scheduling & Locking', conference "
        "name, date and room, '主持人：范志强' at the right with the unit under it), then two columns, '上午　Morning' "
        "left and '下午　Afternoon' right; a row is the start time only ('09:40', big, green), the bold title and "
        "'name，company' under it; 茶歇 and 午餐 rows print a start time and a grey label; the afternoon column ends "
        "with a grey line '16:25　本分论坛结束'; a footer 'CLK 2030 · 杭州' and the page number '07'.",
        "2030-10-26", poster_slide),
    "pill-time-cards.png": (
        "Lavender card poster (1080 px), 'eBPF 与内核追踪分论坛': a violet header, a host card (label '主持人', a "
        "photo circle, name and unit under it), '— 议程 AGENDA —', then one white card per talk: the bold title, "
        "UNDER it a small violet pill '13:30 - 14:10', under that per speaker a grey photo circle with the name "
        "bold beside it and 'company job' on the line under the name; one talk has two speakers side by side; "
        "the 茶歇 is a slim card with its pill at the right; a note and a QR code at the foot.",
        "2030-10-26", poster_pill_cards),
    "stacked-speaker-table.png": (
        "Teal-headed table poster (1080 px), 'RISC-V 与开源芯片分论坛' ('RISC-V & Open Hardware Forum', "
        "'2030.10.26　上午'), host line '主持人：江　涛（中国科学院计算技术研究所）' above a ruled table 时间 | 议题 | "
        "演讲嘉宾: ranges '09:00-09:40', titles wrapping in their column, speaker cells with the name bold over "
        "the company; the panel '圆桌讨论：…' with its time and title cells merged over four guest cells; 茶歇 "
        "and 午餐 rows (ranges printed) spanning the title and speaker columns; a note and a QR code.",
        "2030-10-26", poster_stacked_table),
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
