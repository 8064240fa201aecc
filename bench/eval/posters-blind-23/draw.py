"""Draw the twenty-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set aims at
layouts the earlier sets lacked: a tall full-conference poster where each talk
is a card (title first, then 'name | company job', then the time range small in
the card's bottom-right corner, after everything else); a forum poster whose
rows print a big start time at the left and, at the right, the speaker line
ABOVE the title, the last end coming only from the session range in the
header; two parallel forums as two columns, each with its own header, host and
ranges, whose boxes are as tall as the talks are long so that the rows of the
two columns do not line up; and an English-first programme with pinyin names
and the Chinese names in brackets, whose keynote block holds two talks under
one time range.
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


def plain(name):
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(n) for n, _ in s["sp"]],
            "affiliations": [a for _, a in s["sp"]], "host": s["host"] and plain(s["host"])}


def minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


# ===========================================================================
# 1. Tall full-conference poster of talk cards (1080 px wide, JPEG), CLK 2031
#    in 西安: a blue-violet header in the look of the real CLK posters (logo
#    lines, '第26届中国 / Linux 内核开发者大会', a date box, the address, an
#    introduction paragraph, '大会议程'), then four section banners, one per
#    forum (主论坛, then the three afternoon forums, which run in parallel),
#    each banner with the forum name and '主持人：name' with the unit under it.
#    Each talk is a white card: the bold title first, under it one line per
#    speaker 'name | company job', and only then, small and grey in the card's
#    bottom-right corner, the range '13:30-14:05'.  Breaks are slim
#    translucent strips '茶歇　10:30-10:45'.
F1M, H1M, H1M_AFF = "主论坛", "杨光明", "西安电子科技大学计算机科学与技术学院 教授"
F1A, H1A, H1A_AFF = "内存与存储分论坛", "林佳慧", "西北工业大学 副教授"
F1B, H1B, H1B_AFF = "虚拟化与云原生分论坛", "曹立伟", "中国电信云计算研究院 专家"
F1C, H1C, H1C_AFF = "RISC-V 与体系结构分论坛", "汪静", "中国科学院软件研究所 研究员"
SLOTS1M = [
    T("09:00", "09:10", "开幕致辞", [("程立新", "西安电子科技大学 副校长")], H1M),
    T("09:10", "09:50", "Linux 内核与 AI 加速器：统一内存、设备驱动与调度框架的新边界", [("黄志勇", "华为 首席科学家")], H1M),
    T("09:50", "10:30", "大规模 Arm 服务器集群上的内核升级与热补丁实践", [("谢振东", "阿里云 研究员")], H1M),
    B("10:30", "10:45", "茶歇"),
    T("10:45", "11:25", "Rust for Linux 五年：驱动、文件系统与社区协作", [("佟雪松", "字节跳动 内核架构师")], H1M),
    T("11:25", "12:05", "内核安全漏洞响应：从 syzbot 报告、CVE 分配到稳定分支回合的全流程", [("韦嘉宁", "腾讯 安全专家")], H1M),
    B("12:05", "13:30", "午餐"),
]
SLOTS1A = [
    T("13:30", "14:05", "CXL 内存池化与 NUMA 感知的页面迁移", [("王海涛", "浪潮信息 内核工程师")], H1A),
    T("14:05", "14:40", "zswap 写回与 shrinker 重构：在移动端减少 OOM",
      [("陈思远", "OPPO 高级工程师"), ("钱丽娟", "OPPO 内核工程师")], H1A),
    T("14:40", "15:15", "EROFS 在容器镜像加速中的新特性", [("许飞", "阿里云 存储内核专家")], H1A),
    B("15:15", "15:30", "茶歇"),
    T("15:30", "16:05", "bcachefs 与 Btrfs 的一致性测试：fstests 实践", [("梁宇", "SUSE 内核工程师")], H1A),
]
SLOTS1B = [
    T("13:30", "14:10", "KVM guest_memfd 与机密虚拟机的内存管理", [("罗佳", "英特尔 软件工程师")], H1B),
    T("14:10", "14:50", "virtio-net 硬件卸载与 vDPA 的性能调优", [("邓伟", "中兴通讯 系统架构师")], H1B),
    B("14:50", "15:05", "茶歇"),
    T("15:05", "15:45", "Kata Containers 与轻量虚拟机的启动时间优化", [("唐晓峰", "蚂蚁集团 高级专家")], H1B),
    T("15:45", "16:25", "ARM64 虚拟化中的 GICv4.1 直通中断", [("任浩", "飞腾信息 内核工程师")], H1B),
]
SLOTS1C = [
    T("13:30", "14:10", "RISC-V IOMMU 驱动的上游进展", [("孟凡", "平头哥半导体 工程师")], H1C),
    T("14:10", "14:50", "Sv57 与大页：RISC-V 内存管理的扩展", [("蔡文杰", "中国科学院软件研究所 助理研究员")], H1C),
    T("14:50", "15:30", "龙芯 LoongArch 的 KVM 与二进制翻译支持", [("范宁", "龙芯中科 内核工程师")], H1C),
]
SECTIONS1 = [("MAIN FORUM", F1M, H1M, H1M_AFF, SLOTS1M), ("FORUM 01", F1A, H1A, H1A_AFF, SLOTS1A),
             ("FORUM 02", F1B, H1B, H1B_AFF, SLOTS1B), ("FORUM 03", F1C, H1C, H1C_AFF, SLOTS1C)]
INTRO1 = (
    "中国 Linux 内核开发者大会（CLK）是国内 Linux 内核领域的年度技术盛会，由清华大学、英特尔、华为、"
    "阿里云、腾讯、字节跳动、OPPO、龙芯中科等单位共同发起。第 26 届大会由西安电子科技大学承办，"
    "上午为主论坛，下午三个分论坛同时进行，诚邀广大内核开发者与爱好者参加。"
)


def poster_cards():
    W = 1080
    CX0, CX1 = 70, W - 70
    PAD = 36
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, fr = font(34, True), font(28, True), font(24), font(21)
    ink, grey, blue = (26, 30, 60), (120, 126, 146), (40, 70, 200)

    def card_h(s):
        if s["kind"] == "break":
            return 66
        return PAD + len(wrap(tmp, s["title"], ft, CX1 - CX0 - 2 * PAD)) * 48 + 10 + len(s["sp"]) * 44 + 34 + 24

    heights = [[card_h(s) for s in sec[4]] for sec in SECTIONS1]
    top = 1500
    H = top + sum(250 + sum(h + 24 for h in hs) + 50 for hs in heights) + 330
    im = vgrad(W, H, (40, 60, 200), (70, 40, 150))
    d = ImageDraw.Draw(im)
    for i in range(9):
        d.arc([520 - i * 26, 260 - i * 20, 1300 + i * 26, 1000 + i * 20], 120, 300, fill=(80 + i * 8, 120 + i * 8, 255),
              width=4)
    d.polygon([(40, 52), (70, 40), (64, 120), (44, 130)], fill=(120, 220, 255))
    d.text((90, 48), "CHINA LINUX KERNEL", font=font(24, True), fill=(255, 255, 255))
    d.text((90, 80), "中国 Linux 内核开发者大会", font=font(24, True), fill=(255, 255, 255))
    rtext(d, W - 60, 52, "西安电子科技大学", font(30, True, serif=True), (255, 255, 255))
    rtext(d, W - 60, 96, "Xidian University", font(20), (220, 228, 255))
    for dx, col in ((5, (20, 30, 120)), (0, (255, 255, 255))):
        d.text((70 + dx, 220 + dx), "第26届中国", font=font(104, True), fill=col)
        d.text((70 + dx, 350 + dx), "Linux内核开发者大会", font=font(90, True), fill=col)
    d.rounded_rectangle([70, 520, 520, 596], radius=16, outline=(140, 230, 255), width=3)
    d.text((98, 532), "2031年10月25日 · 西安", font=font(34, True), fill=(255, 255, 255))
    d.text((70, 640), "地址：西安电子科技大学南校区", font=font(34, True), fill=(255, 255, 255))
    d.text((70, 690), "　　　大学生活动中心 报告厅", font=font(34, True), fill=(255, 255, 255))
    intro = wrap(d, INTRO1, font(26), W - 220)
    d.rectangle([70, 820, W - 70, 860 + len(intro) * 50 + 30], fill=(50, 56, 170), outline=(140, 230, 255), width=2)
    yy = 860
    for ln in intro:
        d.text((110, yy), ln, font=font(26), fill=(236, 240, 255))
        yy += 50
    d.rounded_rectangle([W / 2 - 220, 1290, W / 2 + 220, 1400], radius=30, fill=(255, 255, 255))
    ctext(d, W / 2, 1304, "大会议程", font(62, True), blue)
    y = top
    for (tag, name, host, haff, slots), hs in zip(SECTIONS1, heights):
        # section banner
        d.rectangle([0, y, W, y + 200], fill=(255, 170, 40))
        d.polygon([(0, y), (70, y), (40, y + 200), (0, y + 200)], fill=(240, 120, 30))
        d.text((CX0 + 10, y + 20), tag, font=font(24, True), fill=(120, 50, 0))
        d.text((CX0 + 10, y + 56), name, font=font(54, True), fill=(40, 20, 0))
        d.text((CX0 + 10, y + 140), "主持人：" + host, font=font(28, True), fill=(60, 30, 0))
        hx = CX0 + 10 + tw(d, "主持人：" + host, font(28, True)) + 24
        d.text((hx, y + 146), haff, font=font(22), fill=(100, 50, 0))
        y += 250
        for s, h in zip(slots, hs):
            rng = s["start"] + "-" + s["end"]
            if s["kind"] == "break":
                d.rounded_rectangle([CX0, y, CX1, y + h], radius=33, fill=(90, 100, 210))
                ctext(d, W / 2, y + 12, s["title"] + "　" + rng, font(30, True), (230, 236, 255))
                y += h + 24
                continue
            d.rounded_rectangle([CX0, y, CX1, y + h], radius=18, fill=(255, 255, 255))
            d.rectangle([CX0, y + 18, CX0 + 8, y + h - 18], fill=(255, 170, 40))
            yy = y + PAD
            for ln in wrap(d, s["title"], ft, CX1 - CX0 - 2 * PAD):
                d.text((CX0 + PAD, yy), ln, font=ft, fill=ink)
                yy += 48
            yy += 10
            for n, a in s["sp"]:
                d.text((CX0 + PAD, yy), n, font=fn, fill=blue)
                x = CX0 + PAD + tw(d, n, fn)
                d.text((x, yy + 2), "  |  " + a, font=fa, fill=grey)
                yy += 44
            rtext(d, CX1 - 24, y + h - 24 - 30, rng, fr, grey)
            y += h + 24
        y += 50
    y += 20
    d.text((CX0, y), "主办：中国 Linux 内核开发者大会组委会", font=font(26), fill=(230, 234, 255))
    d.text((CX0, y + 48), "承办：西安电子科技大学计算机科学与技术学院", font=font(26), fill=(230, 234, 255))
    d.text((CX0, y + 96), "议程如有变动，以大会现场公布为准", font=font(22), fill=(200, 206, 245))
    qrcode(d, W - 230, y - 10, 150, 2301)
    ctext(d, W - 155, y + 150, "扫码报名", font(22), (230, 234, 255))
    forums = [{"forum": name, "slots": [truth_slot(s) for s in slots]} for _, name, _, _, slots in SECTIONS1]
    return finish(im, 2302, 0.012, 0.3, 92), forums


# ===========================================================================
# 2. A forum poster of start times (1080 px), CLK 2032 in 深圳: a white
#    poster with a dark-green header giving the forum, the day and the
#    session range '09:30 – 15:40'; each row has a big start time at the left
#    ('09:30') and at the right, FIRST a small grey speaker line
#    '嘉宾：name · company' and under it the bold title.  Rows end at the next
#    row's start; 茶歇 and 午餐 rows print a start and a label; the last talk
#    ends at the session's end printed in the header, nowhere else.
F2, H2, H2_AFF = "文件系统与 I/O 分论坛", "邵建明", "华中科技大学 教授"
ROWS2 = [  # (start, title, speakers) or (start, break title)
    ("09:30", "ext4 大块（large block size）支持与 folio 化", [("蔺晓光", "华为")]),
    ("10:00", "io_uring 网络零拷贝接收（zero-copy rx）的实现与收益", [("陈昊", "字节跳动")]),
    ("10:30", "FUSE over io_uring：用户态文件系统的性能拐点", [("杨柳", "百度")]),
    ("11:00", "茶歇"),
    ("11:15", "NFS 与 pNFS 在 AI 训练数据集上的缓存策略", [("胡晓东", "中国移动云能力中心")]),
    ("11:45", "块层调度器 BFQ 与 mq-deadline 的取舍", [("于婷", "vivo")]),
    ("12:15", "午餐"),
    ("14:00", "F2FS 在 UFS 4.0 设备上的碎片整理与寿命优化", [("黄俊", "荣耀")]),
    ("14:30", "NVMe FDP（Flexible Data Placement）与文件系统写放大", [("肖宁", "三星半导体")]),
    ("15:00", "Page cache 大页化对数据库负载的影响", [("付云飞", "腾讯云")]),
]
END2 = "15:40"


def slots2():
    """Each row ends where the next begins; the last talk at END2, the session's end in the header."""
    ends = [r[0] for r in ROWS2[1:]] + [END2]
    return [B(r[0], e, r[1]) if len(r) == 2 else T(r[0], e, r[1], r[2], H2) for r, e in zip(ROWS2, ends)]


def poster_start_rows():
    W = 1080
    X0, TX, X1 = 70, 290, W - 70
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fs, ftime = font(34, True), font(24), font(64, True)
    green, ink, grey = (0, 92, 70), (24, 30, 34), (128, 134, 140)

    def row_h(r):
        if len(r) == 2:
            return 110
        return 30 + 40 + len(wrap(tmp, r[1], ft, X1 - TX)) * 50 + 40

    heights = [row_h(r) for r in ROWS2]
    top = 700
    H = top + sum(heights) + 300
    im = Image.new("RGB", (W, H), (252, 252, 250))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 560], fill=green)
    for i in range(10):
        d.line([(W - 500 + i * 40, 560), (W + i * 40, 0)], fill=(0, 110 + i * 3, 84), width=14)
    d.text((X0, 60), "CLK 2032　第27届中国 Linux 内核开发者大会", font=font(30, True), fill=(190, 236, 220))
    d.text((X0, 140), F2, font=font(76, True), fill=(255, 255, 255))
    d.text((X0, 260), "10 月 23 日（周六）　09:30 – " + END2, font=font(38, True), fill=(255, 255, 255))
    d.text((X0, 326), "南方科技大学 琳恩图书馆报告厅", font=font(30), fill=(200, 240, 226))
    d.text((X0, 420), "主持人：" + H2, font=font(34, True), fill=(255, 255, 255))
    d.text((X0 + tw(d, "主持人：" + H2, font(34, True)) + 24, 428), H2_AFF, font=font(28), fill=(200, 240, 226))
    y = top
    for r, h in zip(ROWS2, heights):
        if len(r) == 2:
            d.rectangle([X0, y + 14, X1, y + h - 14], fill=(238, 243, 240))
            d.text((X0 + 20, y + 22), r[0], font=font(48, True), fill=grey)
            d.text((TX, y + 30), r[1], font=font(34, True), fill=grey)
            y += h
            continue
        d.text((X0, y + 26), r[0], font=ftime, fill=green)
        yy = y + 30
        d.text((TX, yy), "嘉宾：" + "、".join("%s · %s" % sp for sp in r[2]), font=fs, fill=grey)
        yy += 40
        for ln in wrap(d, r[1], ft, X1 - TX):
            d.text((TX, yy), ln, font=ft, fill=ink)
            yy += 50
        d.line([(X0, y + h), (X1, y + h)], fill=(214, 222, 218), width=2)
        y += h
    ctext(d, W / 2, y + 50, "欢迎扫码加入文件系统与 I/O 技术交流群", font(26), grey)
    qrcode(d, W / 2 - 70, y + 100, 140, 2303)
    return im, [{"forum": F2, "slots": [truth_slot(s) for s in slots2()]}]


# ===========================================================================
# 3. Two parallel forums side by side (1600 px wide), CLK 2032 afternoon:
#    each column has its own header (forum name, '主持人：name' and the unit)
#    and a box per slot whose height is proportional to its length (9 px a
#    minute), so that the left column's 40, 35, 45 and 40 minute talks and
#    the right column's 30 minute talks do not line up across.  In a box:
#    the range '13:30-14:10' first (bold, coloured), the bold title, then per
#    speaker 'name　company job' (name dark, the rest grey).
F3L, H3L, H3L_AFF = "网络与 eBPF 分论坛", "魏俊峰", "清华大学 副研究员"
F3R, H3R, H3R_AFF = "安全与可信计算分论坛", "尹丽华", "北京大学 副教授"
SLOTS3L = [
    T("13:30", "14:10", "XDP 与 AF_XDP 在 100G 网关上的实践", [("刘志伟", "美团 基础架构工程师")], H3L),
    T("14:10", "14:45", "eBPF 网络策略取代 iptables：Cilium 大规模落地", [("郭瑞", "携程 云平台工程师")], H3L),
    T("14:45", "15:30", "BBRv3 拥塞控制在跨境链路上的评测",
      [("阚立新", "中国科学技术大学 博士生"), ("何雪", "中国科学技术大学 副教授")], H3L),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:30", "BPF arena 与 kfunc：可编程网络栈的新接口", [("潘浩", "字节跳动 网络内核工程师")], H3L),
]
SLOTS3R = [
    T("13:30", "14:00", "Landlock 沙箱在桌面发行版中的应用", [("秦雪峰", "统信软件 安全工程师")], H3R),
    T("14:00", "14:30", "IMA/EVM 与可信启动：从固件到用户态的度量链", [("郑凯", "麒麟软件 高级工程师")], H3R),
    T("14:30", "15:00", "内核 CFI 与影子栈（shadow stack）在 x86 与 Arm64 上的启用", [("钟倩", "海光信息 内核工程师")], H3R),
    B("15:00", "15:15", "茶歇"),
    T("15:15", "15:45", "syzkaller 持续模糊测试：发现并修复内核漏洞", [("白一帆", "中国科学院信息工程研究所 助理研究员")], H3R),
    T("15:45", "16:15", "TDX Connect：机密计算中的设备可信", [("沈立", "英特尔 安全架构师")], H3R),
]
PX3 = 9  # pixels per minute


def poster_two_tracks():
    W = 1600
    cols = [(60, 770, F3L, H3L, H3L_AFF, SLOTS3L, (0, 120, 200)), (830, 1540, F3R, H3R, H3R_AFF, SLOTS3R, (190, 60, 80))]
    t0 = minutes("13:30")
    t1 = max(minutes(s["end"]) for c in cols for s in c[5])
    top = 700
    H = top + (t1 - t0) * PX3 + 260
    im = Image.new("RGB", (W, H), (244, 245, 248))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 400], fill=(24, 28, 48))
    for i in range(16):
        d.line([(i * 110, 400), (i * 110 + 300, 0)], fill=(34, 40, 66), width=20)
    d.text((60, 50), "CLK 2032 · 第27届中国 Linux 内核开发者大会", font=font(32, True), fill=(170, 190, 230))
    d.text((60, 120), "下午分论坛　两个会场同时进行", font=font(66, True), fill=(255, 255, 255))
    d.text((60, 230), "2032 年 10 月 23 日　13:30 起　南方科技大学", font=font(34), fill=(210, 220, 245))
    d.text((60, 300), "A 厅、B 厅请按胸牌颜色入场", font=font(26), fill=(150, 160, 200))
    ft, fn, fa, fr = font(30, True), font(26, True), font(22), font(26, True)
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    for x0, x1, name, host, haff, slots, col in cols:
        hall = "A 厅" if x0 < W / 2 else "B 厅"
        d.rounded_rectangle([x0, 440, x1, 660], radius=16, fill=col)
        d.text((x0 + 30, 456), hall, font=font(26, True), fill=(255, 255, 255))
        d.text((x0 + 30, 494), name, font=font(48, True), fill=(255, 255, 255))
        d.text((x0 + 30, 566), "主持人：" + host, font=font(28, True), fill=(255, 255, 255))
        d.text((x0 + 30, 610), haff, font=font(22), fill=(235, 235, 245))
        for s in slots:
            y = top + (minutes(s["start"]) - t0) * PX3
            h = (minutes(s["end"]) - minutes(s["start"])) * PX3 - 12
            rng = s["start"] + "-" + s["end"]
            if s["kind"] == "break":
                d.rounded_rectangle([x0, y, x1, y + h], radius=12, fill=(226, 228, 234))
                d.text((x0 + 30, y + h / 2 - 18), rng, font=fr, fill=(120, 124, 136))
                d.text((x0 + 230, y + h / 2 - 20), s["title"], font=font(30, True), fill=(120, 124, 136))
                continue
            lines = wrap(tmp, s["title"], ft, x1 - x0 - 60)
            need = 20 + 40 + len(lines) * 44 + 10 + len(s["sp"]) * 38 + 10
            assert need <= h, (s["title"], need, h)
            d.rounded_rectangle([x0, y, x1, y + h], radius=12, fill=(255, 255, 255), outline=(214, 218, 228), width=2)
            d.rectangle([x0, y + 12, x0 + 8, y + h - 12], fill=col)
            yy = y + 20
            d.text((x0 + 30, yy), rng, font=fr, fill=col)
            yy += 40
            for ln in lines:
                d.text((x0 + 30, yy), ln, font=ft, fill=(28, 32, 44))
                yy += 44
            yy += 10
            for n, a in s["sp"]:
                d.text((x0 + 30, yy), n, font=fn, fill=(28, 32, 44))
                d.text((x0 + 30 + tw(d, n, fn) + 18, yy + 3), a, font=fa, fill=(116, 122, 136))
                yy += 38
    y = top + (t1 - t0) * PX3 + 40
    d.text((60, y), "注：两个分论坛的议题时长不同，请留意各自的时间安排。", font=font(26), fill=(110, 116, 130))
    qrcode(d, W - 200, y, 140, 2304)
    forums = [{"forum": c[2], "slots": [truth_slot(s) for s in c[5]]} for c in cols]
    return im, forums


# ===========================================================================
# 4. An English-first programme (1240 x 1754, A4 at 150 dpi), CLK 2032 main
#    forum: English headings with the Chinese in smaller type under them;
#    speakers printed 'Zhang Lei (张磊), Huawei' (pinyin, some given name
#    first, the Chinese name in brackets, the company after a comma); the
#    host in the same form; one foreign speaker without brackets.  A row is
#    the range '09:00 – 09:10' at the left, the title and the speaker line
#    at the right; the keynote block prints one range and a label over two
#    talks, each with its own title and speaker.  Breaks: 'Coffee Break',
#    'Lunch'.
PINYIN = {"徐明远": "Xu Mingyuan", "张磊": "Zhang Lei", "谭若曦": "Ruoxi Tan", "方志强": "Fang Zhiqiang",
          "侯建平": "Jianping Hou", "高静": "Gao Jing"}
F4, H4, H4_AFF = "主论坛", "高静", "SUSTech"
KEYNOTE4 = ("09:10", "10:10")
SLOTS4 = [
    T("09:00", "09:10", "Opening Remarks", [("徐明远", "SUSTech")], H4),
    T("09:10", "10:10", "The Next Decade of Linux Memory Management", [("张磊", "Huawei")], H4),
    T("09:10", "10:10", "Scaling the Kernel to 1024 Cores: Lessons from Production", [("Jonas Lindqvist", "Linaro")], H4),
    B("10:10", "10:25", "Coffee Break"),
    T("10:25", "11:05", "sched_ext in Production: Custom Schedulers at Hyperscale", [("谭若曦", "Tencent")], H4),
    T("11:05", "11:45", "eBPF-based Kernel Live Patching：可行性与边界", [("方志强", "Ant Group")], H4),
    T("11:45", "12:25", "Memory Safety in the Kernel: Rust Drivers on RISC-V", [("侯建平", "Alibaba DAMO Academy")], H4),
    B("12:25", "13:30", "Lunch"),
]


def en_name(n):
    return "%s (%s)" % (PINYIN[n], n) if n in PINYIN else n


def poster_english():
    W, H = 1240, 1754
    X0, TX, X1 = 80, 340, W - 80
    im = Image.new("RGB", (W, H), (250, 248, 242))
    d = ImageDraw.Draw(im)
    navy, gold, ink, grey = (18, 32, 70), (196, 150, 60), (22, 26, 40), (110, 112, 122)
    d.rectangle([0, 0, W, 420], fill=navy)
    d.rectangle([0, 420, W, 432], fill=gold)
    d.text((X0, 60), "CLK 2032", font=font(88, True), fill=(255, 255, 255))
    d.text((X0 + 420, 76), "The 27th China Linux Kernel", font=font(34, True), fill=(230, 214, 170))
    d.text((X0 + 420, 122), "Developers Conference", font=font(34, True), fill=(230, 214, 170))
    d.text((X0, 200), "第二十七届中国 Linux 内核开发者大会", font=font(26), fill=(190, 198, 220))
    d.text((X0, 270), "Main Forum Programme", font=font(52, True), fill=(255, 255, 255))
    d.text((X0, 340), "主论坛议程　·　Saturday, October 23, 2032 · Shenzhen", font=font(28), fill=(200, 208, 230))
    d.text((X0, 462), "Host: " + en_name(H4) + ", " + H4_AFF, font=font(30, True), fill=navy)
    y = 536
    ft, fs, ftime = font(32, True), font(25), font(30, True)
    kdone = False
    for s in SLOTS4:
        rng = s["start"] + " – " + s["end"]
        if s["kind"] == "break":
            d.rectangle([X0, y, X1, y + 70], fill=(238, 232, 216))
            d.text((X0 + 20, y + 16), rng, font=ftime, fill=grey)
            d.text((TX, y + 14), s["title"], font=font(32, True), fill=grey)
            y += 100
            continue
        if (s["start"], s["end"]) == KEYNOTE4:
            if kdone:
                continue
            kdone = True
            talks = [k for k in SLOTS4 if (k["start"], k["end"]) == KEYNOTE4]
            bh = 70 + sum(len(wrap(d, k["title"], ft, X1 - TX - 30)) * 46 + 50 for k in talks) + 30
            d.rectangle([TX - 24, y - 10, X1, y + bh], outline=gold, width=3)
            d.text((X0, y), rng, font=ftime, fill=navy)
            d.text((TX, y + 4), "KEYNOTES", font=font(26, True), fill=gold)
            d.text((TX + tw(d, "KEYNOTES", font(26, True)) + 16, y + 6), "主旨演讲", font=font(24), fill=gold)
            yy = y + 60
            for i, k in enumerate(talks):
                if i:
                    d.line([(TX, yy - 14), (X1 - 30, yy - 14)], fill=(220, 208, 180), width=2)
                for ln in wrap(d, k["title"], ft, X1 - TX - 30):
                    d.text((TX, yy), ln, font=ft, fill=ink)
                    yy += 46
                d.text((TX, yy + 2), ", ".join(en_name(n) + ", " + a for n, a in k["sp"]), font=fs, fill=grey)
                yy += 60
            y += bh + 40
            continue
        d.text((X0, y), rng, font=ftime, fill=navy)
        yy = y
        for ln in wrap(d, s["title"], ft, X1 - TX):
            d.text((TX, yy), ln, font=ft, fill=ink)
            yy += 46
        d.text((TX, yy + 2), ", ".join(en_name(n) + ", " + a for n, a in s["sp"]), font=fs, fill=grey)
        y = yy + 60
        d.line([(X0, y - 14), (X1, y - 14)], fill=(226, 222, 210), width=1)
        y += 6
    assert y < H - 120, y
    d.rectangle([0, H - 90, W, H], fill=navy)
    d.text((X0, H - 66), "clk.example.org · Programme subject to change · 议程以现场为准", font=font(24),
           fill=(200, 208, 230))
    return im, [{"forum": F4, "slots": [truth_slot(s) for s in SLOTS4]}]


NOTE = (
    "Same conventions as posters-blind-4..22: speakers are names as printed with spaces removed (the foreign "
    "name 'Jonas Lindqvist' -> 'JonasLindqvist'); host is the chair printed for the forum covering the slot, "
    "null for breaks; start/end always HH:MM on a 24-hour clock; titles exclude tags; where two or more speakers "
    "are printed each has his own affiliation, given per speaker; affiliations keep a printed job title, joined "
    "to the company by one space; break titles are as printed; '开幕致辞' and 'Opening Remarks' with a speaker "
    "are talks. Added or stressed here: the tall card poster (a JPEG) has four section banners, each with a small "
    "English tag ('MAIN FORUM', 'FORUM 01'..'03', not part of the forum name), the forum name and '主持人：name' "
    "with the unit beside it; the three afternoon forums run in parallel (their slots repeat times); a talk card "
    "prints the title first, then one line per speaker 'name  |  company job', and only then, small and grey at "
    "the card's bottom-right, its range '13:30-14:05' (the time comes AFTER the talk it belongs to); breaks are "
    "strips '茶歇　10:30-10:45'; 茶歇 10:30-10:45 and 午餐 12:05-13:30 are breaks of 主论坛; RISC-V 与体系结构分论坛 "
    "has no break; the introduction paragraph ('第 26 届', companies) and the organiser lines at the foot are "
    "not slots or affiliations. The start-time poster prints only start times ('09:30', big) and puts the "
    "speaker line '嘉宾：name · company' (company only) ABOVE the title; a row ends at the next row's start; the "
    "last talk (15:00) ends at 15:40, printed only in the header's session range '09:30 – 15:40'; the 茶歇 "
    "and 午餐 rows print a start and a label. The two-track poster holds two forums running at the same time as "
    "two columns (A 厅 left, B 厅 right), each with its own header, host and unit; each box prints its own "
    "range first, then the title, then per speaker 'name　company job'; boxes are as tall as the slot is long, "
    "so the columns' rows do not line up; '13:30 起' in the header is not a slot. The English-first programme "
    "prints speakers as 'Zhang Lei (张磊), Huawei' or, given name first, 'Ruoxi Tan (谭若曦), Tencent': the "
    "truth gives the Chinese name in the brackets as the speaker (and host: 'Host: Gao Jing (高静), SUSTech' -> "
    "'高静'), the pinyin being a transcription of it, and the company after the comma as the affiliation; the "
    "foreign speaker has no brackets. Its keynote block prints ONE range '09:10 – 10:10' and the label "
    "'KEYNOTES 主旨演讲' (not a talk) over two talks, each with its own title and speaker: both talks are given "
    "that range, 09:10-10:10. Its breaks are printed in English only, 'Coffee Break' and 'Lunch', and are given "
    "so. Its forum is 主论坛 ('Main Forum Programme' over '主论坛议程')."
)

LAYOUTS = {
    "talk-cards-full-day.jpg": (
        "Tall full-conference poster (1080 px wide, JPEG), CLK 2031 (第26届) in 西安: a blue-violet header in the "
        "look of the real CLK posters (logo lines, '第26届中国 / Linux内核开发者大会', a date box '2031年10月25日 · "
        "西安', the address, an introduction paragraph, '大会议程'), then four orange section banners (tag "
        "'MAIN FORUM' / 'FORUM 01'..'03', forum name, '主持人：name' with the unit beside it); each talk a white "
        "card: the bold title, then per speaker 'name  |  company job', then the range '13:30-14:05' small and "
        "grey at the card's bottom-right; breaks as strips '茶歇　10:30-10:45'; organisers and a QR code at the "
        "foot. One talk with two speakers; uncommon surname 佟.",
        "2031-10-25", poster_cards),
    "start-times-speaker-above.png": (
        "Forum poster (1080 px), '文件系统与 I/O 分论坛', CLK 2032: a dark-green header with the day and the "
        "session range '10 月 23 日（周六）　09:30 – 15:40' and '主持人：邵建明' with the unit beside it; each row "
        "a big green start time at the left ('09:30') and at the right the small grey speaker line "
        "'嘉宾：name · company' ABOVE the bold title; 茶歇 and 午餐 rows with a grey start time and label. "
        "Uncommon surname 蔺.",
        "2032-10-23", poster_start_rows),
    "two-tracks-afternoon.png": (
        "Two parallel afternoon forums side by side (1600 px wide), CLK 2032: a dark header ('下午分论坛　两个会场"
        "同时进行'), then two columns, 'A 厅 网络与 eBPF 分论坛' and 'B 厅 安全与可信计算分论坛', each with its own "
        "coloured header, '主持人：name' and the unit; a box per slot, as tall as the slot is long, holding the "
        "range '13:30-14:10', the bold title and per speaker 'name　company job'; the columns' talks have "
        "different lengths (40/35/45/40 and 30 minutes) so rows do not line up; a 茶歇 box in each. One talk "
        "with two speakers; uncommon surname 阚.",
        "2032-10-23", poster_two_tracks),
    "english-first-keynotes.png": (
        "English-first A4 programme (1240 x 1754), CLK 2032 main forum: navy header ('CLK 2032', 'The 27th "
        "China Linux Kernel Developers Conference', the Chinese name under it, 'Main Forum Programme', "
        "'主论坛议程 · Saturday, October 23, 2032 · Shenzhen'), 'Host: Gao Jing (高静), SUSTech'; rows: range "
        "'10:25 – 11:05' at the left, the title and 'Pinyin Name (汉字), Company' under it; a gold-framed "
        "'KEYNOTES 主旨演讲' block holding two talks under one range '09:10 – 10:10'; 'Coffee Break' and "
        "'Lunch' bands; one foreign speaker (Jonas Lindqvist, Linaro).",
        "2032-10-23", poster_english),
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
