"""Draw the seventeenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four PNGs and truth.json next to this file.
Everything printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances; the
JPEG-like softness is a round trip through Pillow's own encoder at a fixed
quality.  This set is ORDINARY on purpose: a long full-conference agenda (main
forum in the morning, four afternoon forums one after another, each talk
'range | title' with 'name  company' under it in grey), a forum poster of
cards two to a row, a 1920 x 1080 programme table split by a 午休 row, and a
centred poster whose range sits on its own line BETWEEN the title and the
speaker line, ending with a panel.
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



def rrect(d, box, r, fill=None, outline=None, width=1):
    d.rounded_rectangle(box, radius=r, fill=fill, outline=outline, width=width)


def hline(d, x0, x1, y, fill, width=1):
    d.line([(x0, y), (x1, y)], fill=fill, width=width)


def dotted(d, x0, x1, y, fill, step=8):
    for x in range(int(x0), int(x1), step):
        d.line([(x, y), (x + step // 2, y)], fill=fill, width=1)


def forum_truth(name, slots):
    return {"forum": name, "slots": [truth_slot(s) for s in slots]}


# ===========================================================================
# 1. Full agenda of the whole conference as one long poster: the main forum
#    in the morning, then the four afternoon forums printed one after another
#    (they run in parallel in halls A-D), each with its heading, a hall tag and
#    a line '出品人：name（unit）　主持人：name（unit）'.  A talk is one line
#    'range | title' (a long title continues under the title) and one grey
#    line 'name  company job' under it; two speakers of one university are
#    printed 'name、name  university'.
CONF1 = "2026 中国 Linux 内核开发者大会"
MAIN1, MAIN1_HOST, MAIN1_HOST_AFF = "主论坛", "宓清远", "西安邮电大学 教授"
SLOTS1_MAIN = [
    T("09:00", "09:10", "开幕致辞", [("阚维东", "西安邮电大学 副校长")], MAIN1_HOST),
    T("09:10", "09:50", "Linux 内核社区年度回顾：从 6.12 到 6.18", [("濮文涛", "华为 Fellow")], MAIN1_HOST),
    T("09:50", "10:30", "sched_ext 一年：可扩展调度器在数据中心的规模化落地与调度策略的在线热切换", [("黎嘉树", "字节跳动 资深专家")],
      MAIN1_HOST),
    B("10:30", "10:45", "茶歇"),
    T("10:45", "11:25", "面向大模型推理的内存分层：CXL、HBM 与内核页面迁移",
      [("笪一凡", "浙江大学"), ("逄雪", "浙江大学")], MAIN1_HOST, shared=True),
    T("11:25", "12:05", "Rust for Linux：驱动子系统的第一批生产实践", [("訾明远", "阿里云 资深技术专家")], MAIN1_HOST),
    B("12:05", "13:30", "午餐"),
]
# (name, hall tag, producer, producer unit, host, host unit, slots)
FORUMS1 = [
    ("内存管理分论坛", "A 厅", "郇建国", "腾讯", "冼薇", "vivo", [
        T("13:30", "14:05", "mTHP 在移动终端上的落地：碎片化、swap 与性能收益", [("蒯思源", "OPPO 内核专家")], "冼薇"),
        T("14:05", "14:40", "folio 化之后：memdesc 与 struct page 瘦身的进展", [("吕宁", "红帽 高级软件工程师")], "冼薇"),
        B("14:40", "14:55", "茶歇"),
        T("14:55", "15:30", "zswap 写回与 zram 多流压缩的统一取舍", [("亓鸿飞", "vivo 内存优化工程师")], "冼薇"),
        T("15:30", "16:05", "基于 DAMON 的冷热页识别与内存超卖", [("岳晓岚", "腾讯云 高级工程师")], "冼薇"),
    ]),
    ("网络与 eBPF 分论坛", "B 厅", "仉国栋", "天翼云", "璩晨", "蚂蚁集团", [
        T("13:30", "14:10", "netkit 与 BPF：容器网络去 veth 化实践", [("隗子轩", "蚂蚁集团 网络工程师")], "璩晨"),
        T("14:10", "14:50", "TCP devmem：面向 AI 集群的设备内存零拷贝收包，兼谈网卡 header split 的适配",
          [("戴书言", "百度智能云 高级研发工程师")], "璩晨"),
        T("14:50", "15:30", "BPF arena 与用户态共享数据结构的设计", [("沃一帆", "快手 系统工程师")], "璩晨"),
    ]),
    ("存储与文件系统分论坛", "C 厅", "瞿世杰", "华为", "苗雨桐", "统信软件", [
        T("13:30", "14:10", "EROFS 在容器镜像按需加载中的实践", [("靳朗", "阿里云 技术专家")], "苗雨桐"),
        T("14:10", "14:50", "FUSE over io_uring：用户态文件系统的性能拐点", [("桑若愚", "京东 存储研发工程师")], "苗雨桐"),
        T("14:50", "15:30", "XFS 在线修复（online fsck）在生产环境的验证", [("厍浩然", "中兴通讯 高级工程师")], "苗雨桐"),
    ]),
    ("体系结构与虚拟化分论坛", "D 厅", "栾志恒", "中国科学院计算技术研究所", "鄢秋实", "飞腾信息技术", [
        T("13:30", "14:10", "LoongArch 虚拟化：KVM 与 virtio 的性能追赶", [("禚凯文", "龙芯中科 虚拟化负责人")], "鄢秋实"),
        T("14:10", "14:50", "RISC-V IOMMU 驱动与设备直通的上游进展", [("费宜真", "中国科学院软件研究所 副研究员")],
          "鄢秋实"),
        T("14:50", "15:30", "海光 CSV3 机密虚拟机的内核支持与热迁移", [("酆立", "海光信息 安全架构师")], "鄢秋实"),
    ]),
]


def poster_full_agenda():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ftime, ft, fsp = font(28, True), font(28, True), font(23)
    tx = 60 + tw(tmp, "00:00-00:00 | ", ftime)

    def row_lines(s):
        return wrap(tmp, s["title"], ft, W - 60 - tx)

    def row_h(s):
        n = len(row_lines(s))
        if s["kind"] == "break":
            return 40 * n + 30
        return 40 * n + 34 * (1 if s.get("shared") else len(s["sp"])) + 34

    sections = [("上午 · 主会场", MAIN1, None, None, MAIN1_HOST, MAIN1_HOST_AFF, SLOTS1_MAIN)]
    for name, hall, prod, paff, host, haff, slots in FORUMS1:
        sections.append(("下午 · 分会场 " + hall, name, prod, paff, host, haff, slots))
    H = 720 + sum(190 + sum(row_h(s) for s in sec[6]) + 40 for sec in sections) + 260
    im = Image.new("RGB", (W, H), (250, 247, 241))
    d = ImageDraw.Draw(im)
    head = vgrad(W, 620, (44, 18, 84), (104, 44, 140))
    hd = ImageDraw.Draw(head)
    rnd = random.Random(1701)
    for _ in range(26):
        r = rnd.randrange(30, 140)
        x, y = rnd.randrange(W), rnd.randrange(600)
        hd.ellipse([x - r, y - r, x + r, y + r], outline=(130, 80, 170), width=2)
    im.paste(head, (0, 0))
    d.rectangle([0, 0, W, 70], fill=(32, 12, 64))
    d.text((60, 18), "CLK 2026", font=font(28, True), fill=(255, 204, 96))
    rtext(d, W - 60, 22, "China Linux Kernel Developers Conference", font(22), (220, 200, 240))
    ctext(d, W / 2, 130, "2026 中国 Linux", font(84, True, serif=True), (255, 255, 255))
    ctext(d, W / 2, 240, "内核开发者大会", font(84, True, serif=True), (255, 255, 255))
    ctext(d, W / 2, 372, "大 会 全 议 程", font(46, True), (255, 204, 96))
    ctext(d, W / 2, 450, "2026 年 10 月 24 日（星期六）", font(32), (240, 230, 255))
    ctext(d, W / 2, 500, "西安邮电大学长安校区 · 图书馆报告厅", font(28), (220, 200, 240))
    d.rectangle([0, 620, W, 628], fill=(255, 204, 96))
    ctext(d, W / 2, 650, "上午主论坛，下午四个分论坛同时进行（A/B/C/D 厅）", font(24), (110, 90, 130))
    y = 720
    for tag, name, prod, paff, host, haff, slots in sections:
        rrect(d, [50, y, W - 50, y + 86], 10, fill=(74, 30, 112))
        d.text((80, y + 14), name, font=font(44, True), fill=(255, 255, 255))
        rtext(d, W - 80, y + 28, tag, font(26, True), (255, 204, 96))
        if prod:
            line = "出品人：" + prod + "（" + paff + "）　主持人：" + host + "（" + haff + "）"
        else:
            line = "主持人：" + host + "（" + haff + "）"
        d.text((60, y + 112), line, font=font(26, True), fill=(74, 30, 112))
        hline(d, 60, W - 60, y + 168, (200, 180, 215), 2)
        y += 190
        for s in slots:
            rng = s["start"] + "-" + s["end"]
            lines = row_lines(s)
            if s["kind"] == "break":
                d.text((60, y + 8), rng, font=ftime, fill=(150, 130, 160))
                d.text((60 + tw(d, rng, ftime), y + 8), " | ", font=ftime, fill=(190, 180, 200))
                d.text((tx, y + 8), s["title"], font=ft, fill=(150, 130, 160))
            else:
                d.text((60, y + 6), rng, font=ftime, fill=(120, 50, 160))
                d.text((60 + tw(d, rng, ftime), y + 6), " | ", font=ftime, fill=(180, 170, 190))
                for j, ln in enumerate(lines):
                    d.text((tx, y + 6 + 40 * j), ln, font=ft, fill=(34, 24, 44))
                yy = y + 6 + 40 * len(lines) + 4
                if s.get("shared"):
                    sp_lines = ["、".join(n for n, _ in s["sp"]) + "  " + s["sp"][0][1]]
                else:
                    sp_lines = [n + "  " + a for n, a in s["sp"]]
                for ln in sp_lines:
                    d.text((tx, yy), ln, font=fsp, fill=(128, 120, 134))
                    yy += 34
            h = row_h(s)
            dotted(d, 60, W - 60, y + h - 6, (214, 204, 222))
            y += h
        y += 40
    ctext(d, W / 2, y + 20, "主办：中国 Linux 内核开发者大会组委会　承办：西安邮电大学", font(24), (110, 90, 130))
    qr(d, W / 2 - 75, y + 70, 150, 1702)
    ctext(d, W / 2, y + 232, "扫码关注大会直播", font(22), (110, 90, 130))
    im = grain(im, 1703, 0.02)
    forums = [forum_truth(MAIN1, SLOTS1_MAIN)] + [forum_truth(f[0], f[6]) for f in FORUMS1]
    return soften(im, 0.3, 86), forums


# ===========================================================================
# 2. Forum poster whose talks are cards two to a row (left card, then right
#    card, then the next row), each card with its own range '13:30～14:05'
#    (full-width tilde U+FF5E) at the top, the bold title, the speaker name
#    and under it the company and job title; the tea break is a full-width
#    bar between two rows of cards.
F2 = "调度与实时性分论坛"
H2, H2_AFF = "滕越", "华中科技大学 副教授"
SLOTS2 = [
    T("13:30", "14:05", "EEVDF 调度器迁移中的尾延迟回归分析", [("居明哲", "美团 内核工程师")], H2),
    T("14:05", "14:40", "PREEMPT_RT 合入主线之后：工业控制场景的实时性调优", [("宗晓雯", "麒麟软件 实时系统工程师")], H2),
    T("14:40", "15:15", "uclamp 与 EAS 在手机大小核上的能效调优", [("晏子墨", "小米 性能专家")], H2),
    T("15:15", "15:50", "Proxy execution：优先级反转的通用解法", [("Felix Brandt", "SUSE Senior Kernel Engineer")], H2),
    B("15:50", "16:05", "茶歇"),
    T("16:05", "16:40", "sched_ext 调度器的 BPF 编程模型与调试",
      [("殳雨辰", "Meta 软件工程师"), ("邬家豪", "浙江大学 博士生")], H2),
    T("16:40", "17:15", "cgroup CPU 带宽控制的突发（burst）机制改进", [("庞凌霄", "腾讯云 高级工程师")], H2),
    T("17:15", "17:50", "虚拟机 vCPU 调度与 core scheduling 的安全隔离", [("芈书瑶", "中国移动云能力中心 高级工程师")], H2),
    T("17:50", "18:25", "面向 NUMA 的任务放置：从 autonuma 到 memory tiering 的协同", [("钭航", "南京大学 副教授")], H2),
]


def poster_cards():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ftime, ft, fn, fa = font(28, True), font(29, True), font(27, True), font(21)
    gap, cw = 28, (W - 120 - 28) // 2
    xs = [60, 60 + cw + gap]

    def card_h(s):
        n = len(wrap(tmp, s["title"], ft, cw - 48))
        return 76 + n * 42 + 18 + len(s["sp"]) * 70 + 18

    rows, cur = [], []
    for s in SLOTS2:
        if s["kind"] == "break":
            if cur:
                rows.append(cur)
                cur = []
            rows.append([s])
        else:
            cur.append(s)
            if len(cur) == 2:
                rows.append(cur)
                cur = []
    if cur:
        rows.append(cur)
    row_hs = [90 if r[0]["kind"] == "break" else max(card_h(s) for s in r) for r in rows]
    H = 760 + sum(h + gap for h in row_hs) + 230
    im = vgrad(W, H, (12, 20, 38), (20, 34, 60))
    d = ImageDraw.Draw(im)
    rnd = random.Random(1711)
    for _ in range(120):
        x, y = rnd.randrange(W), rnd.randrange(700)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([x - r, y - r, x + r, y + r], fill=(90, 120, 170))
    for i in range(6):
        d.line([(W - 420 + i * 60, 0), (W, 420 - i * 60)], fill=(40, 60, 100), width=3)
    d.text((60, 56), "CLK", font=font(48, True), fill=(255, 140, 50))
    d.text((170, 66), "2027 · 第二十二届中国 Linux 内核开发者大会", font=font(26), fill=(200, 212, 235))
    d.text((60, 190), "调度与实时性", font=font(92, True), fill=(255, 255, 255))
    d.text((60, 310), "分论坛", font=font(92, True), fill=(255, 140, 50))
    d.text((60, 460), "2027.10.24  周日下午　|　杭州 · 浙江大学紫金港校区 蒙民伟楼 报告厅", font=font(25),
           fill=(200, 212, 235))
    rrect(d, [60, 540, 660, 640], 12, fill=(28, 44, 76), outline=(255, 140, 50), width=2)
    d.text((88, 556), "主持人", font=font(22), fill=(255, 170, 100))
    d.text((88, 588), H2, font=font(30, True), fill=(255, 255, 255))
    d.text((88 + tw(d, H2, font(30, True)) + 20, 596), H2_AFF, font=font(22), fill=(200, 212, 235))
    y = 760
    for row, h in zip(rows, row_hs):
        if row[0]["kind"] == "break":
            s = row[0]
            rrect(d, [60, y, W - 60, y + h], 14, fill=(255, 140, 50))
            ctext(d, W / 2, y + 22, s["start"] + "～" + s["end"] + "　" + s["title"], font(32, True), (20, 24, 40))
            y += h + gap
            continue
        for x, s in zip(xs, row):
            rrect(d, [x, y, x + cw, y + h], 16, fill=(30, 46, 80), outline=(58, 82, 128), width=2)
            d.text((x + 24, y + 20), s["start"] + "～" + s["end"], font=ftime, fill=(255, 150, 60))
            hline(d, x + 24, x + cw - 24, y + 66, (58, 82, 128), 2)
            yy = y + 78
            for ln in wrap(d, s["title"], ft, cw - 48):
                d.text((x + 24, yy), ln, font=ft, fill=(255, 255, 255))
                yy += 42
            yy += 18
            for n, a in s["sp"]:
                d.ellipse([x + 24, yy + 10, x + 36, yy + 22], fill=(255, 150, 60))
                d.text((x + 46, yy), n, font=fn, fill=(160, 210, 255))
                d.text((x + 46, yy + 38), a, font=fa, fill=(170, 180, 200))
                yy += 70
        y += h + gap
    d.text((60, y + 40), "主办：中国 Linux 内核开发者大会　承办：浙江大学", font=font(22), fill=(170, 180, 200))
    d.text((60, y + 80), "议程如有变动，以现场为准", font=font(22), fill=(130, 140, 160))
    qr(d, W - 210, y + 20, 150, 1712)
    im = grain(im, 1713, 0.02)
    return soften(im, 0.35, 87), [forum_truth(F2, SLOTS2)]


# ===========================================================================
# 3. A 1920 x 1080 programme table (a slide shown on the hall screens and
#    shared as a picture): a blue title band with the forum, date and hall and
#    the host at the right, then a table 时间 | 主题 | 演讲嘉宾 | 单位 with
#    one-digit-hour ranges '9:00-9:40'; two titles wrap onto a second line in
#    their cell; one row has two speakers on two lines paired with two units;
#    the morning and the afternoon are split by a '12:10-13:30 午休' row.
F3 = "内核性能与可观测性分论坛"
H3, H3_AFF = "粟文博", "中国科学院软件研究所 研究员"
SLOTS3 = [
    T("09:00", "09:40", "perf 与 BPF 结合的 off-CPU 全景分析", [("解振宇", "字节跳动")], H3),
    T("09:40", "10:20", "大规模集群中的内核热点持续剖析（continuous profiling）：采样开销、符号化与存储的工程权衡",
      [("翁一鸣", "阿里云")], H3),
    T("10:20", "11:00", "ftrace 与 fprobe 在线上故障定位中的实践", [("奚若", "网易")], H3),
    T("11:00", "11:40", "基于 PSI 与 eBPF 的内存压力可观测性", [("臧宇航", "京东"), ("阙嘉宁", "中山大学")], H3),
    T("11:40", "12:10", "kdump 与 drgn：vmcore 自动化分析流水线", [("冉书航", "统信软件")], H3),
    B("12:10", "13:30", "午休"),
    T("13:30", "14:10", "Intel PT 与 ARM SPE 在内核性能分析中的对比", [("雍凯", "英特尔")], H3),
    T("14:10", "14:50", "网络协议栈延迟的逐包追踪：从 skb 生命周期到 tracepoint 设计，兼谈生产环境中的开销控制",
      [("厉思远", "华为")], H3),
    T("14:50", "15:30", "BPF 程序自身的性能剖析与 JIT 优化", [("蔡明轩", "清华大学")], H3),
    T("15:30", "16:10", "LLM 辅助的内核性能回归分析", [("邴晓峰", "北京邮电大学")], H3),
]


def hm1(t):
    """'09:00' printed with a one-digit hour, as this table does."""
    return t[1:] if t[0] == "0" else t


def poster_table_1920():
    W, H = 1920, 1080
    ft, fc, fu = font(26, True), font(26), font(25)
    cols = [50, 290, 1180, 1440, W - 50]
    im = Image.new("RGB", (W, H), (246, 249, 253))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 196], fill=(16, 78, 160))
    d.polygon([(1380, 0), (W, 0), (W, 196), (1300, 196)], fill=(22, 96, 190))
    d.text((50, 20), "CLK 2027 · 第二十二届中国 Linux 内核开发者大会", font=font(26), fill=(200, 222, 255))
    d.text((50, 58), F3, font=font(56, True), fill=(255, 255, 255))
    d.text((50, 148), "10 月 23 日（周六）全天　·　第三会议室", font=font(26), fill=(200, 222, 255))
    rtext(d, W - 50, 58, "主持人　" + H3, font(36, True), (255, 255, 255))
    rtext(d, W - 50, 118, H3_AFF, font(24), (200, 222, 255))
    y = top0 = 220
    d.rectangle([cols[0], y, cols[-1], y + 56], fill=(214, 228, 246))
    for k, lab in enumerate(("时间", "主题", "演讲嘉宾", "单位")):
        d.text((cols[k] + 22, y + 11), lab, font=font(28, True), fill=(16, 60, 130))
    y += 56
    n = 0
    for s in SLOTS3:
        rng = hm1(s["start"]) + "-" + hm1(s["end"])
        if s["kind"] == "break":
            h = 58
            d.rectangle([cols[0], y, cols[-1], y + h], fill=(255, 240, 214))
            d.text((cols[0] + 22, y + 13), rng, font=fc, fill=(150, 90, 20))
            ctext(d, (cols[1] + cols[-1]) / 2, y + 11, s["title"], font(28, True), (150, 90, 20))
            hline(d, cols[0], cols[-1], y, (190, 200, 215), 1)
            d.line([(cols[1], y), (cols[1], y + h)], fill=(200, 210, 225), width=1)
            y += h
            continue
        tl = wrap(d, s["title"], ft, cols[2] - cols[1] - 44)
        lines = max(len(tl), len(s["sp"]))
        h = 24 + 38 * lines
        if n % 2:
            d.rectangle([cols[0], y, cols[-1], y + h], fill=(236, 242, 250))
        n += 1
        top = y + (h - 38 * len(tl)) / 2 + 2
        d.text((cols[0] + 22, y + (h - 34) / 2), rng, font=fc, fill=(16, 60, 130))
        for j, ln in enumerate(tl):
            d.text((cols[1] + 22, top + 38 * j), ln, font=ft, fill=(24, 30, 40))
        sp_top = y + (h - 38 * len(s["sp"])) / 2 + 2
        for j, (nm, a) in enumerate(s["sp"]):
            d.text((cols[2] + 22, sp_top + 38 * j), pad2(nm), font=fc, fill=(24, 30, 40))
            d.text((cols[3] + 22, sp_top + 38 * j + 1), a, font=fu, fill=(70, 80, 96))
        hline(d, cols[0], cols[-1], y, (190, 200, 215), 1)
        for x in cols[1:-1]:
            d.line([(x, y), (x, y + h)], fill=(200, 210, 225), width=1)
        y += h
    hline(d, cols[0], cols[-1], y, (16, 78, 160), 2)
    for x in cols[1:-1]:
        d.line([(x, top0), (x, top0 + 56)], fill=(200, 210, 225), width=1)
    d.rectangle([cols[0], top0, cols[-1], y], outline=(16, 78, 160), width=2)
    d.text((50, y + 20), "会议全程直播，资料会后上传至大会 GitHub 仓库", font=font(22), fill=(110, 120, 140))
    im = grain(im, 1721, 0.015)
    assert y + 60 <= H, y
    return soften(im, 0.25, 88), [forum_truth(F3, SLOTS3)]


# ===========================================================================
# 4. A centred cream poster where each block is the title (serif, centred,
#    may wrap), then the range '14:00 – 14:35' (en dash, spaces) centred on
#    a line of its own, then 'name · company job' centred under it: the range
#    sits BETWEEN the title and the speaker.  The forum's 主持人 is under the
#    heading; the closing 圆桌讨论 has its own '主持人：' line and a '嘉宾'
#    label with one 'name · company job' line per guest.
F4 = "安全与可信计算分论坛"
H4, H4_AFF = "戈静怡", "北京大学 研究员"
SLOTS4 = [
    T("14:00", "14:35", "Landlock 与 seccomp：无特权沙箱的组合拳", [("尹晨曦", "中国电子云 安全工程师")], H4),
    T("14:35", "15:10", "IMA 与机密容器的远程度量", [("乌兰", "中国科学院信息工程研究所 助理研究员")], H4),
    T("15:10", "15:45", "kCFI 与 BTI 在 ARM64 服务器上的性能开销实测", [("邝启航", "飞腾信息技术 内核工程师")], H4),
    B("15:45", "16:00", "茶歇"),
    T("16:00", "16:35", "内核 Rust 驱动的内存安全收益：一年漏洞数据的回顾", [("郦知行", "上海交通大学 助理教授")], H4),
    T("16:35", "17:10", "KASAN 硬件标签模式（HW_TAGS）在终端量产中的取舍", [("狄若溪", "荣耀 内核安全工程师")], H4),
    T("17:10", "17:45", "syzkaller 驱动 fuzzing 的覆盖率瓶颈与突破", [("毋清扬", "西安电子科技大学 副教授")], H4),
    P("17:45", "18:30", "圆桌讨论：开源供应链安全与内核补丁的响应时效",
      [("班书朗", "华为 PSIRT 专家"), ("庄羽", "openEuler 社区 安全委员会委员"), ("贲立新", "阿里云 安全专家")],
      "容嘉禾", host_aff="奇安信 首席安全官"),
]


def poster_between():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, ftime, fsp = font(36, True, serif=True), font(28, True), font(25)
    green, gold, grey = (22, 74, 54), (176, 130, 40), (96, 96, 88)

    def block_h(s):
        n = len(wrap(tmp, s["title"], ft, W - 200))
        h = n * 52 + 62
        if s["kind"] == "talk":
            h += 44
        if s["kind"] == "panel":
            h += 44 + 40 + 40 * len(s["sp"])
        return h + 70

    H = 820 + sum(block_h(s) for s in SLOTS4) + 260
    im = Image.new("RGB", (W, H), (247, 243, 232))
    d = ImageDraw.Draw(im)
    d.rectangle([24, 24, W - 24, H - 24], outline=(200, 186, 150), width=2)
    d.rectangle([34, 34, W - 34, H - 34], outline=(220, 208, 176), width=1)
    rnd = random.Random(1731)
    for _ in range(18):
        x, y = rnd.choice((rnd.randrange(60, 150), rnd.randrange(W - 150, W - 60))), rnd.randrange(60, 560)
        d.regular_polygon((x, y, rnd.randrange(6, 16)), 6, outline=(214, 200, 160))
    ctext(d, W / 2, 90, "CLK 2027", font(34, True), gold)
    ctext(d, W / 2, 150, "第二十二届中国 Linux 内核开发者大会", font(36, serif=True), green)
    ctext(d, W / 2, 250, F4, font(78, True, serif=True), green)
    hline(d, 300, W - 300, 380, gold, 3)
    ctext(d, W / 2, 412, "2027 年 10 月 24 日　14:00 起", font(30), grey)
    ctext(d, W / 2, 462, "杭州 · 浙江大学紫金港校区 东四教学楼 报告厅", font(26), grey)
    rrect(d, [250, 560, W - 250, 680], 12, fill=(22, 74, 54))
    ctext(d, W / 2, 574, "主持人：" + H4, font(36, True), (255, 248, 230))
    ctext(d, W / 2, 628, H4_AFF, font(24), (214, 226, 214))
    y = 820
    for s in SLOTS4:
        h = block_h(s)
        rng = s["start"] + " – " + s["end"]
        yy = y
        for ln in wrap(d, s["title"], ft, W - 200):
            ctext(d, W / 2, yy, ln, ft, green if s["kind"] != "break" else gold)
            yy += 52
        yy += 8
        pw = tw(d, rng, ftime) + 48
        rrect(d, [W / 2 - pw / 2, yy, W / 2 + pw / 2, yy + 46], 23, outline=gold, width=2)
        ctext(d, W / 2, yy + 5, rng, ftime, gold)
        yy += 62
        if s["kind"] == "talk":
            n, a = s["sp"][0]
            ctext(d, W / 2, yy, n + " · " + a, fsp, grey)
        elif s["kind"] == "panel":
            ctext(d, W / 2, yy, "主持人：" + s["host"] + " · " + s["host_aff"], font(25, True), grey)
            yy += 44
            ctext(d, W / 2, yy, "嘉宾", font(25, True), gold)
            yy += 40
            for n, a in s["sp"]:
                ctext(d, W / 2, yy, n + " · " + a, fsp, grey)
                yy += 40
        ctext(d, W / 2, y + h - 46, "◆", font(18), (200, 186, 150))
        y += h
    ctext(d, W / 2, y + 20, "主办：中国 Linux 内核开发者大会　协办：浙江大学网络空间安全学院", font(22), grey)
    qr(d, W / 2 - 70, y + 70, 140, 1732, fg=(22, 74, 54), bg=(247, 243, 232))
    im = grain(im, 1733, 0.02)
    return soften(im, 0.3, 86), [forum_truth(F4, SLOTS4)]


NOTE = (
    "Same conventions as posters-blind-4..13: speakers are names as printed with spaces removed (a foreign name "
    "'Felix Brandt' -> 'FelixBrandt', a padded two-character name '奚　若' -> '奚若'); host is the chair "
    "printed for the forum covering the slot (the moderator for a panel, whose speakers are the guests), null "
    "for breaks; start/end always HH:MM on a 24-hour clock (one-digit hours padded); titles exclude tags and "
    "keep a printed '圆桌讨论：' prefix; where two speakers share one printed company the affiliation is given "
    "per speaker; affiliations keep a printed job title, joined to the company by one space; break titles are "
    "as printed (午餐, 午休, 茶歇); '开幕致辞' with a speaker is a talk. Added here: in the full agenda one long "
    "poster holds the whole conference, the main forum ('主论坛', tag '上午 · 主会场') and then four afternoon "
    "forums printed one after another although they run in parallel (tags '下午 · 分会场 A 厅'..'D 厅' are "
    "not part of the names); each afternoon forum prints '出品人：name（unit）　主持人：name（unit）' and the "
    "host is the 主持人, not the 出品人 (the producer is no slot's host or speaker); a talk is 'range | title' "
    "on one line (a long title continues on the next line under the title) and 'name  company job' in grey "
    "under it; '笪一凡、逄雪  浙江大学' is two speakers of one university; the line '上午主论坛，下午四个分论坛"
    "同时进行（A/B/C/D 厅）' is not a slot; in the card poster the cards are two to a row and are read left "
    "card, right card, then the next row (the times run that way), each card's range '13:30～14:05' (a "
    "full-width tilde U+FF5E) is printed at its top, the speaker's company and job title are on the line under "
    "the name, one card has two speakers each with his own company, and the tea break is a full-width bar "
    "'15:50～16:05　茶歇' between two rows; the forum name is printed big over two lines ('调度与实时性' / "
    "'分论坛') and is one name, '调度与实时性分论坛'; the host is the '主持人' box (name with its unit beside "
    "it); the footer '议程如有变动，以现场为准' is not a slot; in the "
    "1920 x 1080 table ranges have one-digit hours ('9:00-9:40' is 09:00-09:40), two titles wrap onto a "
    "second line inside the 主题 cell (one title), the 演讲嘉宾 cell of one row has two names on two lines "
    "paired line by line with the two lines of the 单位 cell, two-character names are padded with a "
    "full-width space ('奚　若', '雍　凯'), the '12:10-13:30 午休' row splitting morning and afternoon is a "
    "break, the host is '主持人　粟文博' at the right of the title band (its unit under it is not a slot), and "
    "the header line '10 月 23 日（周六）全天' is not a slot; in the centred poster each block is the title, "
    "then the range '14:00 – 14:35' (an en dash U+2013 with a space each side) centred on a line of its own, "
    "then 'name · company job' under it: the range between two lines belongs to the title ABOVE it and the "
    "speaker BELOW it, blocks are separated by a small '◆'; the '茶歇' block has a title and a range only; the "
    "header line '2027 年 10 月 24 日　14:00 起' is not a slot; the closing 圆桌讨论 prints its own '主持人：容"
    "嘉禾 · 奇安信 首席安全官' (its host, not the forum chair 戈静怡) and, under a '嘉宾' label, one 'name · "
    "company job' line per guest (its speakers). 乌兰 is a two-character name (surname 乌)."
)

LAYOUTS = {
    "full-agenda-long.png": (
        "Long full-conference agenda (1080 px wide): a purple header ('CLK 2026', '2026 中国 Linux / "
        "内核开发者大会' in serif, '大 会 全 议 程', date 2026-10-24 and place), a line saying the four afternoon "
        "forums run in parallel, then five sections one after another, each a purple bar with the forum name "
        "and a tag at the right ('上午 · 主会场', '下午 · 分会场 A 厅'..'D 厅'), a host line (主论坛: "
        "'主持人：name（unit）'; afternoon forums: '出品人：name（unit）　主持人：name（unit）'), then per "
        "slot one line 'range | title' (purple bold range, dark bold title; two long titles continue on a "
        "second line) and one grey line 'name  company job'; 开幕致辞 with a speaker, a 茶歇 and a 午餐 in "
        "the main forum, a 茶歇 in the memory forum, one talk with two speakers of one university "
        "('name、name  浙江大学'); organiser footer and a QR code.",
        "2026-10-24", poster_full_agenda),
    "two-column-cards.png": (
        "Dark navy forum poster (1080 px): 'CLK' logo and '2027 · 第二十二届…' line, the big forum name "
        "'调度与实时性' / '分论坛' on two lines (orange second line), a date and place line, an outlined "
        "'主持人' box (name and unit); then a grid of cards two to a row, each card with an orange range "
        "'13:30～14:05' at the top, a rule, the bold white title (wrapping inside the card), a dot, the "
        "light-blue speaker name and the company and job title under it (one card with two speakers, one "
        "foreign name); an orange full-width '15:50～16:05　茶歇' bar between the second and third rows; "
        "footer lines and a QR code.",
        "2027-10-24", poster_cards),
    "programme-table-1920.png": (
        "A 1920 x 1080 programme table on white: a blue title band ('CLK 2027 · …' line, the forum name "
        "'内核性能与可观测性分论坛', '10 月 23 日（周六）全天　·　第三会议室', and at the right '主持人　粟文博' "
        "with the unit under it), then a table 时间 | 主题 | 演讲嘉宾 | 单位 with zebra rows and one-digit-hour "
        "ranges '9:00-9:40', bold titles (two wrap onto a second line in their cell), padded two-character "
        "names, one row with two speakers and two units; a peach '12:10-13:30 午休' row with the title "
        "centred over the last three columns splits morning and afternoon; a note line under the table.",
        "2027-10-23", poster_table_1920),
    "time-between-lines.png": (
        "Cream centred poster (1080 px) with a double gold frame: 'CLK 2027', the conference name, the big "
        "serif forum name '安全与可信计算分论坛', a gold rule, date line '2027 年 10 月 24 日　14:00 起' and "
        "place, a green box '主持人：戈静怡' with the unit; then centred blocks, each the green serif title "
        "(wrapping), the gold range '14:00 – 14:35' in an outlined pill on a line of its own, and the grey "
        "'name · company job' line, blocks separated by '◆'; a gold 茶歇 block with its range; a closing "
        "'圆桌讨论：…' block with its range, '主持人：容嘉禾 · 奇安信 首席安全官', a '嘉宾' label and three "
        "guest lines; organiser footer and a QR code.",
        "2027-10-24", poster_between),
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
