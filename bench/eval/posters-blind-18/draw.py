"""Draw the eighteenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four PNGs and truth.json next to this file.
Everything printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances; the
JPEG-like softness is a round trip through Pillow's own encoder at a fixed
quality.  This set is ORDINARY on purpose (held out from rounds 13-16): a
forum poster with the time range in a pill left of the title and
'name  company title' under it, a long full agenda of three forums with a
timeline and 'name（company title）' speaker lines, a card grid, and a plain
table whose speaker cell holds the name over the unit.
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


CONF = "第二十一届中国 Linux 内核开发者大会"
PLACE = "浙江大学紫金港校区"


def avatar(d, x, y, r, seed):
    """A round portrait placeholder: a tinted disc with a head-and-shoulders silhouette."""
    rnd = random.Random(seed)
    tint = (rnd.randrange(170, 220), rnd.randrange(180, 225), rnd.randrange(190, 235))
    d.ellipse([x, y, x + 2 * r, y + 2 * r], fill=tint)
    d.ellipse([x + r * 0.62, y + r * 0.38, x + r * 1.38, y + r * 1.14], fill=(250, 250, 250))
    d.pieslice([x + r * 0.3, y + r * 1.2, x + r * 1.7, y + r * 2.6], 180, 360, fill=(250, 250, 250))


# ===========================================================================
# 1. Forum poster (1080 px wide): a plum header, '主持人：name  unit' under the
#    forum name, then rows with the range '13:30 - 14:10' (hyphen with a
#    space each side) in a rounded pill LEFT of the title, and per speaker a
#    line 'name  company title' under the title (name bold, unit grey on the
#    same line); one talk has two speakers of two companies on two lines;
#    one foreign name; the tea break is a light band.
F1 = "内存管理分论坛"
H1, H1_AFF = "孙志刚", "字节跳动 STE 团队 内核负责人"
SLOTS1 = [
    T("13:30", "14:10", "mTHP 在移动设备上的落地：从 swap-in 到 zswap 的全链路优化", [("王晓东", "vivo 内核专家")], H1),
    T("14:10", "14:50", "基于 memcg 的内存冷热识别与主动回收（proactive reclaim）实践",
      [("陈思远", "阿里云 高级技术专家")], H1),
    T("14:50", "15:30", "Folio 转换之后：page cache 大页化的现状与下一步", [("李强", "华为 内核工程师")], H1),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:25", "CXL 内存分层：NUMA balancing 与 memory tiering 的调优",
      [("黄佳琪", "英特尔 软件工程师"), ("周立峰", "浪潮信息 系统架构师")], H1),
    T("16:25", "17:05", "Slab 分配器的演进：SLUB 之后的 sheaves 与 per-CPU 缓存", [("杨帆", "统信软件 内核工程师")], H1),
    T("17:05", "17:45", "Memory-safe kernel allocations with KASAN and MTE on Arm64",
      [("Ryan Mitchell", "Arm Principal Software Engineer")], H1),
    T("17:45", "18:20", "内存热插拔与虚拟机弹性伸缩：virtio-mem 的生产实践", [("郑宇航", "腾讯云 虚拟化工程师")], H1),
]


def poster_forum():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, ftime = font(32, True), font(27, True), font(24), font(25, True)
    tx = 330
    tmax = W - tx - 60
    blocks = []
    for s in SLOTS1:
        if s["kind"] == "break":
            blocks.append((s, [], 70))
            continue
        lines = wrap(tmp, s["title"], ft, tmax)
        blocks.append((s, lines, 24 + len(lines) * 46 + len(s["sp"]) * 40 + 30))
    H = 640 + sum(h + 18 for _, _, h in blocks) + 200
    im = Image.new("RGB", (W, H), (250, 246, 250))
    d = ImageDraw.Draw(im)
    im.paste(vgrad(W, 520, (70, 20, 80), (130, 40, 110)), (0, 0))
    rnd = random.Random(1801)
    for _ in range(28):
        x, y, r = rnd.randrange(W), rnd.randrange(500), rnd.randrange(4, 18)
        d.ellipse([x - r, y - r, x + r, y + r], outline=(170, 90, 160), width=2)
    d.text((60, 48), "CLK 2026", font=font(30, True), fill=(255, 200, 230))
    rtext(d, W - 60, 52, "China Linux Kernel Developers Conference", font(22), (240, 200, 230))
    d.text((60, 120), CONF, font=font(50, True), fill=(255, 255, 255))
    d.text((60, 210), F1, font=font(84, True), fill=(255, 226, 120))
    d.text((60, 340), "2026年10月25日（周日）下午　|　" + PLACE + " 东四教学楼 报告厅", font=font(26), fill=(245, 220, 240))
    rrect(d, [60, 410, W - 60, 480], 35, fill=(255, 255, 255))
    d.text((100, 422), "主持人：" + H1, font=font(32, True), fill=(110, 30, 100))
    d.text((100 + tw(d, "主持人：" + H1, font(32, True)) + 24, 430), H1_AFF, font=font(24), fill=(120, 100, 120))
    y = 580
    for s, lines, h in blocks:
        rng = s["start"] + " - " + s["end"]
        if s["kind"] == "break":
            d.rectangle([60, y, W - 60, y + h], fill=(238, 222, 238))
            d.text((90, y + 18), rng, font=ftime, fill=(110, 30, 100))
            d.text((tx, y + 14), s["title"], font=font(30, True), fill=(110, 30, 100))
            y += h + 18
            continue
        rrect(d, [60, y + 16, 300, y + 62], 23, fill=(130, 40, 110))
        ctext(d, 180, y + 22, rng, ftime, (255, 255, 255))
        yy = y + 16
        for ln in lines:
            d.text((tx, yy), ln, font=ft, fill=(40, 20, 40))
            yy += 46
        yy += 4
        for n, a in s["sp"]:
            d.text((tx, yy), n, font=fn, fill=(150, 50, 120))
            d.text((tx + tw(d, n, fn) + 22, yy + 3), a, font=fa, fill=(110, 100, 110))
            yy += 40
        hline(d, 60, W - 60, y + h + 8, (225, 205, 225), 2)
        y += h + 18
    ctext(d, W / 2, y + 40, "主办：中国 Linux 内核开发者大会　承办：浙江大学计算机科学与技术学院", font(22), (120, 100, 120))
    qr(d, W / 2 - 60, y + 80, 110, 1802)
    im = grain(im, 1803, 0.02)
    return soften(im, 0.3, 87), [{"forum": F1, "slots": [truth_slot(s) for s in SLOTS1]}]


# ===========================================================================
# 2. Full agenda (1080 px wide, long): three forums stacked, 主论坛 in the
#    morning, then 文件系统与存储分论坛 and 安全与可信计算分论坛 in parallel
#    in the afternoon; each forum a coloured heading bar with its hall and
#    a '主持人：name（unit）' line; rows on a vertical timeline: the en-dash
#    range '09:00–09:15' left of a dot, the bold title right of it and under
#    it 'name（company title）'; a talk with two speakers joined by '、';
#    茶歇 and 午餐 rows.
F2A = "主论坛"
H2A, H2A_AFF = "吴海燕", "中国科学院软件研究所 研究员"
F2B = "文件系统与存储分论坛"
H2B, H2B_AFF = "徐晓峰", "蚂蚁集团 技术专家"
F2C = "安全与可信计算分论坛"
H2C, H2C_AFF = "何静怡", "麒麟软件 安全实验室主任"
SLOTS2A = [
    T("09:00", "09:15", "开幕致辞", [("赵明远", "浙江大学 教授")], H2A),
    T("09:15", "09:55", "Linux 内核社区 2026：回顾与展望", [("张建新", "华为 首席专家")], H2A),
    T("09:55", "10:35", "eBPF 驱动的内核可观测性：从 tracing 到 sched_ext", [("刘宏伟", "阿里云 资深技术专家")], H2A),
    B("10:35", "10:50", "茶歇"),
    T("10:50", "11:30", "国产 CPU 平台上的内核适配与上游贡献", [("胡建华", "龙芯中科 副总工程师")], H2A),
    T("11:30", "12:10", "Rust for Linux：驱动开发的进展与挑战", [("马骏", "字节跳动 系统工程师")], H2A),
    B("12:10", "13:30", "午餐"),
]
SLOTS2B = [
    T("13:30", "14:10", "EROFS 在容器镜像加速中的应用", [("高振宇", "阿里云 内核工程师")], H2B),
    T("14:10", "14:50", "ext4 大块（large folio）支持与 atomic write", [("罗文杰", "华为 存储内核专家")], H2B),
    T("14:50", "15:30", "io_uring 在数据库场景下的性能调优", [("梁晓楠", "腾讯 高级工程师")], H2B),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:25", "bcachefs 与 Btrfs 的可靠性对比测试", [("谢天宇", "清华大学 博士研究生")], H2B),
    T("16:25", "17:05", "NVMe over Fabrics 的多路径与故障切换", [("宋嘉明", "中兴通讯 系统工程师")], H2B),
]
SLOTS2C = [
    T("13:30", "14:10", "Landlock 与 LSM 栈化：应用沙箱的内核支撑", [("唐志远", "统信软件 安全架构师")], H2C),
    T("14:10", "14:50", "海光 CSV 机密虚拟机的内核支持", [("韩雨晴", "海光信息 安全研究员")], H2C),
    T("14:50", "15:30", "IMA 与远程证明在边缘设备上的实践", [("冯志强", "中国科学院信息工程研究所 副研究员")], H2C),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:25", "内核 CFI 与影子栈：控制流完整性的落地", [("邓凯文", "OPPO 安全专家")], H2C),
    T("16:25", "17:05", "Syzkaller 在国产内核发行版中的模糊测试实践",
      [("曹宇航", "麒麟软件 测试工程师"), ("栾晓光", "北京大学 助理教授")], H2C),
]


def speaker_line(sp):
    return "、".join(n + "（" + a + "）" for n, a in sp)


def poster_full():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fs, ftime = font(29, True), font(23), font(25, True)
    tx, tmax = 300, W - 300 - 50
    forums = [(F2A, "上午 · 主会场", H2A, H2A_AFF, SLOTS2A, (176, 48, 36)),
              (F2B, "下午 · A 厅", H2B, H2B_AFF, SLOTS2B, (20, 96, 150)),
              (F2C, "下午 · B 厅", H2C, H2C_AFF, SLOTS2C, (30, 120, 80))]

    def rows(slots):
        out = []
        for s in slots:
            if s["kind"] == "break":
                out.append((s, [], [], 62))
                continue
            tl = wrap(tmp, s["title"], ft, tmax)
            sl = wrap(tmp, speaker_line(s["sp"]), fs, tmax)
            out.append((s, tl, sl, 20 + len(tl) * 42 + len(sl) * 34 + 26))
        return out

    laid = [(f, rows(f[4])) for f in forums]
    H = 560 + sum(190 + sum(r[3] for r in rs) + 40 for _, rs in laid) + 160
    im = Image.new("RGB", (W, H), (248, 247, 243))
    d = ImageDraw.Draw(im)
    im.paste(vgrad(W, 470, (24, 24, 40), (60, 50, 90)), (0, 0))
    for i in range(14):
        d.line([(W - 420 + i * 30, 0), (W - 40 + i * 30, 470)], fill=(70, 62, 104), width=3)
    d.text((60, 50), "CHINA LINUX KERNEL DEVELOPERS CONFERENCE 2026", font=font(24, True), fill=(255, 190, 120))
    d.text((60, 110), "第二十一届中国", font=font(64, True), fill=(255, 255, 255))
    d.text((60, 195), "Linux 内核开发者大会", font=font(64, True), fill=(255, 255, 255))
    d.text((60, 300), "大会全议程", font=font(46, True), fill=(255, 190, 120))
    d.text((60, 380), "2026年10月24日（周六）　" + PLACE, font=font(28), fill=(220, 215, 235))
    y = 530
    for (name, tag, host, haff, _, col), rs in laid:
        d.rectangle([40, y, W - 40, y + 76], fill=col)
        d.text((70, y + 12), name, font=font(40, True), fill=(255, 255, 255))
        rtext(d, W - 70, y + 22, tag, font(26, True), (255, 240, 200))
        d.text((70, y + 100), "主持人：" + host + "（" + haff + "）", font=font(26, True), fill=(60, 50, 50))
        y += 170
        top = y
        for s, tl, sl, h in rs:
            rng = s["start"] + "–" + s["end"]
            if s["kind"] == "break":
                d.rectangle([tx - 20, y + 6, W - 50, y + h - 6], fill=(236, 232, 222))
                d.text((60, y + 14), rng, font=ftime, fill=(110, 100, 90))
                d.text((tx, y + 12), s["title"], font=font(27, True), fill=(110, 100, 90))
                d.ellipse([249, y + 22, 263, y + 36], fill=(190, 180, 170))
                y += h
                continue
            d.text((60, y + 18), rng, font=ftime, fill=col)
            d.ellipse([247, y + 24, 265, y + 42], fill=col)
            yy = y + 14
            for ln in tl:
                d.text((tx, yy), ln, font=ft, fill=(30, 30, 30))
                yy += 42
            for ln in sl:
                d.text((tx, yy + 2), ln, font=fs, fill=(100, 95, 90))
                yy += 34
            y += h
        d.line([(256, top + 10), (256, y - 10)], fill=(200, 195, 185), width=2)
        y += 40
    ctext(d, W / 2, y + 30, "议程如有变动，以大会现场公告为准", font(22), (120, 115, 110))
    qr(d, W / 2 - 50, y + 70, 100, 1804)
    im = grain(im, 1805, 0.02)
    return soften(im, 0.3, 86), [{"forum": f[0], "slots": [truth_slot(s) for s in f[4]]} for f in forums]


# ===========================================================================
# 3. Card grid (1080 x ~1400): a dark-green header with the forum name and
#    '主持人：name' and its unit on the next line; six white cards in two
#    columns, read left to right, row by row (the printed times give the
#    order); each card a green time strip '14:00-14:35', the bold title, a
#    round portrait placeholder, the bold name and 'company title' under it;
#    between the second and third card rows a full-width 茶歇 strip.
F3 = "调度与性能分论坛"
H3, H3_AFF = "朱海涛", "蚂蚁集团 操作系统团队负责人"
SLOTS3 = [
    T("14:00", "14:35", "EEVDF 调度器上线一年：延迟敏感业务的调优经验", [("潘宇辰", "字节跳动 内核工程师")], H3),
    T("14:35", "15:10", "sched_ext 在游戏与桌面场景中的探索", [("于瀚文", "小米 系统软件工程师")], H3),
    T("15:10", "15:45", "大小核（Hybrid）架构下的能耗感知调度", [("蒋丽华", "荣耀 性能架构师")], H3),
    T("15:45", "16:20", "PREEMPT_RT 合入主线后的实时性测评", [("蔡文斌", "中兴通讯 操作系统专家")], H3),
    B("16:20", "16:35", "茶歇"),
    T("16:35", "17:10", "CPU 隔离与 nohz_full：云原生网络功能的确定性延迟", [("叶思远", "中国移动云能力中心 工程师")], H3),
    T("17:10", "17:45", "perf 与 BPF 结合的调度延迟剖析工具链", [("闵嘉诚", "浙江大学 博士生")], H3),
]


def poster_cards():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, ftime = font(28, True), font(27, True), font(21), font(26, True)
    cw, gap = (W - 60 * 2 - 30) // 2, 30
    talks = [s for s in SLOTS3 if s["kind"] != "break"]
    brk = [s for s in SLOTS3 if s["kind"] == "break"][0]

    def card_h(s):
        return 64 + len(wrap(tmp, s["title"], ft, cw - 48)) * 40 + 20 + 100

    rows = [talks[0:2], talks[2:4], talks[4:6]]
    rh = [max(card_h(s) for s in r) for r in rows]
    H = 460 + sum(h + gap for h in rh) + 80 + gap + 150
    im = Image.new("RGB", (W, H), (232, 240, 234))
    d = ImageDraw.Draw(im)
    im.paste(vgrad(W, 400, (10, 60, 40), (20, 100, 70)), (0, 0))
    rnd = random.Random(1806)
    for _ in range(50):
        x, y = rnd.randrange(W), rnd.randrange(390)
        d.line([(x, y), (x + rnd.randrange(20, 90), y)], fill=(40, 130, 95), width=2)
    d.text((60, 44), "第二十一届中国 Linux 内核开发者大会 · CLK 2026", font=font(28, True), fill=(190, 240, 210))
    d.text((60, 110), F3, font=font(80, True), fill=(255, 255, 255))
    d.text((60, 226), "10月25日 14:00 开始　|　" + PLACE + " 东二教学楼 202", font=font(26), fill=(210, 240, 220))
    d.text((60, 290), "主持人：" + H3, font=font(32, True), fill=(255, 230, 140))
    d.text((60, 338), H3_AFF, font=font(24), fill=(210, 240, 220))
    y = 440
    seed = 1810
    for k, (row, h) in enumerate(zip(rows, rh)):
        if k == 2:
            rrect(d, [60, y, W - 60, y + 80], 14, fill=(200, 226, 208))
            ctext(d, W / 2, y + 20, brk["start"] + "-" + brk["end"] + "　" + brk["title"], font(30, True), (20, 90, 60))
            y += 80 + gap
        for j, s in enumerate(row):
            x = 60 + j * (cw + gap)
            rrect(d, [x, y, x + cw, y + h], 16, fill=(255, 255, 255), outline=(200, 220, 205), width=2)
            d.rounded_rectangle([x, y, x + cw, y + 50], radius=16, fill=(20, 100, 70), corners=(True, True, False, False))
            d.text((x + 24, y + 9), s["start"] + "-" + s["end"], font=ftime, fill=(255, 255, 255))
            yy = y + 66
            for ln in wrap(d, s["title"], ft, cw - 48):
                d.text((x + 24, yy), ln, font=ft, fill=(25, 40, 30))
                yy += 40
            n, a = s["sp"][0]
            ay = y + h - 96
            avatar(d, x + 24, ay, 38, seed)
            seed += 1
            d.text((x + 112, ay + 4), n, font=fn, fill=(20, 100, 70))
            d.text((x + 112, ay + 46), a, font=fa, fill=(100, 115, 105))
        y += h + gap
    ctext(d, W / 2, y + 30, "扫码预约席位 · 议程以现场为准", font(22), (90, 110, 100))
    qr(d, W - 180, y + 10, 110, 1807)
    im = grain(im, 1808, 0.02)
    return soften(im, 0.3, 87), [{"forum": F3, "slots": [truth_slot(s) for s in SLOTS3]}]


# ===========================================================================
# 4. Plain table (1080 px wide): a navy band with the forum name, date and
#    room, '主持人：name　unit'; a ruled table 时间 | 议题 | 演讲嘉宾 with
#    ranges '09:00-09:40', the title in the middle column (one wraps), and
#    in the last column the name in bold over the 'company title' in small
#    grey (one two-character name padded with an ideographic space,
#    '石　磊'); the 茶歇 row spans the last two columns.
F4 = "体系结构与虚拟化分论坛"
H4, H4_AFF = "钟伟民", "海光信息 首席架构师"
SLOTS4 = [
    T("09:00", "09:40", "LoongArch KVM 的嵌套虚拟化支持", [("姚文博", "龙芯中科 虚拟化工程师")], H4),
    T("09:40", "10:20", "RISC-V 服务器平台的 ACPI 与 UEFI 启动支持", [("夏明轩", "中国科学院软件研究所 工程师")], H4),
    T("10:20", "11:00", "Arm CCA 机密计算架构在 KVM 中的实现", [("卢振华", "华为 虚拟化专家")], H4),
    B("11:00", "11:15", "茶歇"),
    T("11:15", "11:55", "AMD SEV-SNP 与 Intel TDX 的统一抽象：内核中的 coco 框架", [("陆佳怡", "AMD 高级软件工程师")], H4),
    T("11:55", "12:35", "x86 APX 扩展寄存器的内核上下文切换支持", [("任浩然", "英特尔 内核工程师")], H4),
    T("12:35", "13:15", "虚拟机热迁移中的 VFIO 设备状态迁移", [("石磊", "腾讯云 虚拟化工程师")], H4),
]


def poster_table():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, fc = font(26, True), font(25, True), font(19), font(24)
    cols = [50, 240, 700, W - 50]
    rows = []
    for s in SLOTS4:
        if s["kind"] == "break":
            rows.append((s, [], 60))
            continue
        tl = wrap(tmp, s["title"], ft, cols[2] - cols[1] - 36)
        rows.append((s, tl, max(len(tl) * 38, 70) + 36))
    H = 470 + 60 + sum(r[2] for r in rows) + 170
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 290], fill=(22, 38, 84))
    d.rectangle([0, 290, W, 298], fill=(212, 170, 70))
    d.text((50, 36), "CLK 2026 | " + CONF, font=font(28, True), fill=(212, 190, 130))
    d.text((50, 96), F4, font=font(66, True), fill=(255, 255, 255))
    d.text((50, 206), "2026年10月25日 上午　" + PLACE + " 东三教学楼 105", font=font(26), fill=(200, 210, 235))
    d.text((50, 334), "主持人：" + H4, font=font(30, True), fill=(22, 38, 84))
    d.text((50 + tw(d, "主持人：" + H4, font(30, True)) + 20, 340), H4_AFF, font=font(24), fill=(100, 105, 120))
    y = 410
    d.rectangle([cols[0], y, cols[-1], y + 60], fill=(22, 38, 84))
    for k, lab in enumerate(("时间", "议题", "演讲嘉宾")):
        d.text((cols[k] + 18, y + 12), lab, font=font(28, True), fill=(255, 255, 255))
    y += 60
    for i, (s, tl, h) in enumerate(rows):
        rng = s["start"] + "-" + s["end"]
        if s["kind"] == "break":
            d.rectangle([cols[0], y, cols[-1], y + h], fill=(244, 238, 222))
            d.text((cols[0] + 18, y + 15), rng, font=fc, fill=(90, 80, 60))
            ctext(d, (cols[1] + cols[-1]) / 2, y + 12, s["title"], font(28, True), (150, 110, 30))
        else:
            if i % 2:
                d.rectangle([cols[0], y, cols[-1], y + h], fill=(242, 245, 252))
            d.text((cols[0] + 18, y + (h - 30) // 2), rng, font=fc, fill=(30, 30, 40))
            ty = y + (h - len(tl) * 38) // 2
            for ln in tl:
                d.text((cols[1] + 18, ty), ln, font=ft, fill=(25, 30, 50))
                ty += 38
            n, a = s["sp"][0]
            d.text((cols[2] + 18, y + h // 2 - 36), pad2(n), font=fn, fill=(22, 38, 84))
            d.text((cols[2] + 18, y + h // 2 + 2), a, font=fa, fill=(110, 115, 125))
            for x in cols[1:-1]:
                d.line([(x, y), (x, y + h)], fill=(190, 195, 210), width=1)
        if s["kind"] == "break":
            d.line([(cols[1], y), (cols[1], y + h)], fill=(190, 195, 210), width=1)
        hline(d, cols[0], cols[-1], y, (190, 195, 210), 1)
        y += h
    d.rectangle([cols[0], 410, cols[-1], y], outline=(22, 38, 84), width=2)
    d.text((50, y + 40), "13:15 会议结束，午餐请凭参会证前往学生食堂", font=font(22), fill=(110, 115, 125))
    qr(d, W - 170, y + 25, 120, 1809)
    im = grain(im, 1811, 0.02)
    return soften(im, 0.3, 88), [{"forum": F4, "slots": [truth_slot(s) for s in SLOTS4]}]


NOTE = (
    "Same conventions as posters-blind-4..13: speakers are names as printed with spaces removed (a foreign name "
    "'Ryan Mitchell' -> 'RyanMitchell', a padded two-character name '石　磊' -> '石磊'); host is the chair "
    "printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; "
    "titles exclude tags; where two speakers are printed each has his own affiliation, given per speaker; "
    "affiliations keep a printed job title, joined to the company by one space; break titles are as printed; "
    "'开幕致辞' with a speaker is a talk. Added or stressed here: in the plum forum poster ranges are "
    "'13:30 - 14:10' (a hyphen with a space each side) in a pill LEFT of the title, the host line is "
    "'主持人：孙志刚' with the unit after the name on the same line (not a slot, not an affiliation of any talk), "
    "each speaker line is 'name  company title' on one line under the title (bold name, grey unit after a gap), "
    "and the CXL talk has two speakers of two companies on two lines; in the full agenda ranges use an en dash "
    "('09:00–09:15'), the three forums (主论坛, 文件系统与存储分论坛, 安全与可信计算分论坛) are stacked top to "
    "bottom, the tags '上午 · 主会场' / '下午 · A 厅' / '下午 · B 厅' are not part of the names, each forum has "
    "its own '主持人：name（unit）', a speaker line is 'name（company title）' and the Syzkaller talk has two "
    "speakers joined by '、', each with its own bracketed unit; 午餐 12:10–13:30 is a break of the 主论坛; the two "
    "afternoon forums run in parallel with their own 茶歇; in the card grid cards are read left to right, row by "
    "row, the 茶歇 strip sits between the second and third card rows, the header '10月25日 14:00 开始' is not a "
    "slot, and the host's unit is the line under '主持人：朱海涛'; in the table the 演讲嘉宾 cell holds the bold "
    "name over 'company title' in small grey, the 茶歇 row spans the last two columns, and the footer line "
    "'13:15 会议结束，午餐…' is not a slot."
)

LAYOUTS = {
    "plum-forum-pill-times.png": (
        "Forum poster (1080 px wide) with a plum gradient header ('CLK 2026', the conference name, the big "
        "yellow forum name '内存管理分论坛', date and hall line) and a white bar '主持人：孙志刚' with the unit "
        "after it; rows with the range '13:30 - 14:10' in a plum pill left of the bold title (titles wrap to two "
        "lines), then per speaker 'name  company title' on one line (the CXL talk has two speakers on two "
        "lines; one all-English title with a foreign speaker); a light 茶歇 band; organiser footer and a QR code.",
        "2026-10-25", poster_forum),
    "full-agenda-timeline.png": (
        "Long full agenda (1080 px wide): a dark header ('大会全议程', date, place), then three forums stacked, "
        "each with a coloured name bar and hall tag and a '主持人：name（unit）' line: 主论坛 (morning, opening "
        "speech, four talks, 茶歇, 午餐), 文件系统与存储分论坛 and 安全与可信计算分论坛 (afternoon, parallel, each "
        "with its 茶歇); rows on a vertical timeline, en-dash range '09:00–09:15' left of a dot, bold title right, "
        "'name（company title）' under it (one talk with two speakers joined by '、').",
        "2026-10-24", poster_full),
    "green-card-grid.png": (
        "Card poster (1080 px wide) with a dark-green header (conference line, big forum name '调度与性能分论坛', "
        "a '10月25日 14:00 开始' place line, '主持人：朱海涛' and its unit under it), then six white cards in two "
        "columns and three rows, each with a green time strip '14:00-14:35', the bold title, a round portrait "
        "placeholder, the bold name and 'company title' under it; a full-width '16:20-16:35　茶歇' strip between "
        "the second and third card rows; a footer and a QR code.",
        "2026-10-25", poster_cards),
    "navy-table-speaker-cell.png": (
        "Plain table poster (1080 px wide): a navy band with gold rule (conference line, forum name "
        "'体系结构与虚拟化分论坛', date and room), '主持人：钟伟民' with the unit after it, then a ruled table "
        "时间 | 议题 | 演讲嘉宾 with ranges '09:00-09:40', titles (some wrap over two lines) and in the last "
        "column the bold name over 'company title' in small grey (one padded name '石　磊'); zebra rows; the 茶歇 "
        "row spans the last two columns; a footer line '13:15 会议结束…' and a QR code.",
        "2026-10-25", poster_table),
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
