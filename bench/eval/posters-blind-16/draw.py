"""Draw the sixteenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four PNGs and truth.json next to this file.
Everything printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances; the
JPEG-like softness is a round trip through Pillow's own encoder at a fixed
quality.  This set is ORDINARY on purpose, four designs real agenda posters use:
white rounded cards on a gradient with the range in a pill and 'name  company
job' on one line; a minimalist black-on-white 时间 | 议题 | 嘉宾 list whose guest
cell is the name over the unit; a 1920 x 1080 slide with two forums in two
columns and the ranges in the middle between them; and a poster of two forums
that prints date and hall once per forum, start times only at the right edge
and a grey round photo placeholder before each speaker.
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
    name = ("NotoSerifCJK-" if serif else "NotoSansCJK-") + ("Bold.ttc" if bold else "Regular.ttc")
    key = (name, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FD + name, size, index=SC)
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
    """Names and units are printed on one line: a wrap would change what the truth must say."""
    if tw(d, text, f) > maxw:
        raise ValueError("does not fit on one line: " + text)


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


def rrect(d, box, r, fill=None, outline=None, width=1):
    d.rounded_rectangle(box, radius=r, fill=fill, outline=outline, width=width)


def hline(d, x0, x1, y, fill, width=1):
    d.line([(x0, y), (x1, y)], fill=fill, width=width)


def T(start, end, title, speakers, host):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [n.replace(" ", "") for n, _ in s["sp"]],
            "affiliations": [a for _, a in s["sp"]], "host": s["host"] and s["host"].replace(" ", "")}


CONF = "第二十一届中国 Linux 内核开发者大会"

# ===========================================================================
# 1. Gradient poster of white rounded cards: each card has its range in a
#    violet pill at the top left ('13:30-14:00'), the bold title, a hairline
#    and then 'name  company job' on ONE line (name bold, the rest grey); one
#    card has two speakers on two such lines; the tea break is a translucent
#    card with its pill.
F1 = "调度与性能分论坛"
H1, H1_AFF = "樊雨桐", "腾讯云 内核技术专家"
SLOTS1 = [
    T("13:30", "14:00", "sched_ext 在大规模在线业务中的落地与调优", [("覃思远", "字节跳动 内核工程师")], H1),
    T("14:00", "14:30", "EEVDF 调度器替换 CFS 之后：延迟敏感型负载的回归分析与 latency-nice 调参经验", [("蒯一帆", "阿里云 高级技术专家")], H1),
    T("14:30", "15:00", "Proxy Execution：解决优先级反转的新思路", [("钱程", "vivo 内核架构师")], H1),
    T("15:00", "15:30", "PREEMPT_RT 合入主线之后：实时补丁在工业控制场景的验证",
      [("宓越", "中兴通讯 操作系统专家")], H1),
    B("15:30", "15:45", "茶歇"),
    T("15:45", "16:15", "schedutil 与 EAS 在手机 SoC 上的协同调频",
      [("栾欣怡", "OPPO 性能专家"), ("郝子墨", "联发科技 资深工程师")], H1),
    T("16:15", "16:45", "Core scheduling and SMT isolation for confidential VMs",
      [("Tobias Lindqvist", "SUSE Senior Kernel Engineer")], H1),
    T("16:45", "17:15", "用户态调度框架 ghOSt 与 sched_ext 的对比评测", [("亓文博", "中国科学技术大学 博士研究生")], H1),
    T("17:15", "17:45", "调度器中的负载均衡：NUMA 感知与 cache 亲和性", [("邴若曦", "华为 内核专家")], H1),
    T("17:45", "18:15", "RCU 回调卸载（rcu_nocbs）对尾延迟的影响", [("鄢承泽", "快手 系统工程师")], H1),
]


def poster_cards():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, fp = font(32, True), font(26, True), font(24), font(26, True)
    cx0, cx1 = 56, W - 56
    blocks = []
    for s in SLOTS1:
        if s["kind"] == "break":
            blocks.append((s, [], 86))
            continue
        lines = wrap(tmp, s["title"], ft, cx1 - cx0 - 72)
        for n, a in s["sp"]:
            fits(tmp, n + "  " + a, fa, cx1 - cx0 - 100)
        blocks.append((s, lines, 88 + len(lines) * 46 + 30 + len(s["sp"]) * 42 + 24))
    top = 760
    H = top + sum(h + 28 for _, _, h in blocks) + 300
    im = vgrad(W, H, (76, 29, 149), (219, 88, 120))
    d = ImageDraw.Draw(im, "RGBA")
    rnd = random.Random(1601)
    for _ in range(14):
        r = rnd.randrange(60, 220)
        x, y = rnd.randrange(-100, W), rnd.randrange(-100, H)
        d.ellipse([x, y, x + r, y + r], fill=(255, 255, 255, 14))
    d.text((60, 52), "CLK 2026", font=font(30, True), fill=(255, 255, 255))
    d.text((220, 58), "China Linux Kernel Developers Conference", font=font(22), fill=(235, 215, 255))
    d.text((60, 140), CONF, font=font(44, True), fill=(255, 255, 255))
    d.text((60, 220), F1, font=font(88, True), fill=(255, 236, 170))
    hline(d, 60, 300, 352, (255, 236, 170), 6)
    d.text((60, 392), "2026年11月21日（周六）下午", font=font(32, True), fill=(255, 255, 255))
    d.text((60, 444), "杭州 · 浙江大学紫金港校区 蒙民伟楼 2号报告厅", font=font(28), fill=(240, 225, 255))
    rrect(d, [60, 520, 560, 584], 32, fill=(255, 255, 255))
    d.text((92, 530), "主持人：" + H1, font=font(32, True), fill=(76, 29, 149))
    d.text((60, 604), H1_AFF, font=font(26), fill=(245, 230, 255))
    d.text((60, 680), "议程 AGENDA", font=font(34, True), fill=(255, 255, 255))
    y = top
    for s, lines, h in blocks:
        rng = s["start"] + "-" + s["end"]
        if s["kind"] == "break":
            rrect(d, [cx0, y, cx1, y + h], 22, fill=(255, 255, 255, 70), outline=(255, 255, 255, 160), width=2)
            pw = tw(d, rng, fp) + 44
            rrect(d, [cx0 + 30, y + 20, cx0 + 30 + pw, y + 66], 23, fill=(255, 255, 255))
            d.text((cx0 + 52, y + 24), rng, font=fp, fill=(124, 58, 237))
            d.text((cx0 + 70 + pw, y + 20), s["title"], font=font(32, True), fill=(255, 255, 255))
            y += h + 28
            continue
        rrect(d, [cx0 + 6, y + 8, cx1 + 6, y + h + 8], 22, fill=(40, 10, 70, 60))
        rrect(d, [cx0, y, cx1, y + h], 22, fill=(255, 255, 255))
        pw = tw(d, rng, fp) + 44
        rrect(d, [cx0 + 32, y + 26, cx0 + 32 + pw, y + 72], 23, fill=(124, 58, 237))
        d.text((cx0 + 54, y + 30), rng, font=fp, fill=(255, 255, 255))
        yy = y + 92
        for ln in lines:
            d.text((cx0 + 36, yy), ln, font=ft, fill=(35, 25, 60))
            yy += 46
        yy += 14
        hline(d, cx0 + 36, cx1 - 36, yy, (228, 222, 240), 2)
        yy += 16
        for n, a in s["sp"]:
            d.ellipse([cx0 + 36, yy + 14, cx0 + 48, yy + 26], fill=(219, 88, 120))
            d.text((cx0 + 62, yy), n, font=fn, fill=(35, 25, 60))
            d.text((cx0 + 62 + tw(d, n, fn) + 22, yy + 3), a, font=fa, fill=(110, 100, 130))
            yy += 42
        y += h + 28
    ctext(d, W / 2, y + 30, "主办：中国 Linux 内核开发者大会　　协办：浙江大学计算机科学与技术学院", font(22),
          (255, 240, 250))
    qr(d, W / 2 - 75, y + 80, 150, 1602)
    ctext(d, W / 2, y + 242, "扫码报名 · 线上直播", font(22), (255, 240, 250))
    im = grain(im, 1603, 0.02)
    return soften(im, 0.3, 88), [{"forum": F1, "slots": [truth_slot(s) for s in SLOTS1]}]


# ===========================================================================
# 2. Minimalist black-on-white agenda of another Chinese OS conference: serif
#    headings, a '主持人' line with the chair's unit, then rows '时间  议题
#    嘉宾' separated by hairlines; the range is '09:00 – 09:40' (en dash, a
#    space each side), the guest cell is the name over the unit on two lines
#    (two speakers: name, unit, name, unit); lunch and tea are rows with no
#    guest.
F2 = "内核安全与可信计算专场"
H2, H2_AFF = "牟青禾", "中国科学院信息工程研究所 副研究员"
SLOTS2 = [
    T("09:00", "09:40", "Landlock：面向非特权进程的内核沙箱", [("昝一舟", "统信软件")], H2),
    T("09:40", "10:20", "IMA/EVM 完整性度量在机密容器中的应用", [("厉书宁", "阿里云")], H2),
    B("10:20", "10:40", "茶歇"),
    T("10:40", "11:20", "内核控制流完整性（kCFI）与 IBT 在 x86 和 ARM64 上的部署", [("柯嘉懿", "海光信息 安全架构师")], H2),
    T("11:20", "12:00", "eBPF LSM: writing security policies without kernel modules", [("Priya Raman", "Microsoft")], H2),
    B("12:00", "13:30", "午餐"),
    T("13:30", "14:10", "基于 Rust 的内核驱动内存安全实践", [("霍然", "麒麟软件"), ("储梓涵", "国防科技大学")], H2),
    T("14:10", "14:50", "Spectre 类侧信道缓解对系统调用性能的影响评估", [("逄嘉树", "浙江大学")], H2),
    T("14:50", "15:30", "TPM 2.0 与度量启动：从固件到内核的信任链", [("乜晓岚", "飞腾信息技术")], H2),
    T("15:30", "16:10", "内核漏洞热修复：kpatch 与 livepatch 的工程化", [("郦泽宇", "蚂蚁集团")], H2),
    T("16:10", "16:50", "SELinux 策略在国产操作系统中的裁剪与维护", [("隗晨曦", "中国电子技术标准化研究院")], H2),
]


def poster_minimal():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fc, fn, fu = font(28, True, serif=True), font(24), font(26, True), font(21)
    cols = [60, 290, 750, W - 60]
    rows = []
    for s in SLOTS2:
        tl = wrap(tmp, s["title"], ft, cols[2] - cols[1] - 30)
        for n, a in s["sp"]:
            fits(tmp, n, fn, cols[3] - cols[2])
            fits(tmp, a, fu, cols[3] - cols[2])
        h = max(len(tl) * 42, len(s["sp"]) * 76) + 48
        rows.append((s, tl, h))
    top = 640
    H = top + 60 + sum(h for _, _, h in rows) + 180
    im = Image.new("RGB", (W, H), (252, 252, 250))
    d = ImageDraw.Draw(im)
    d.text((60, 70), "OPENANOLIS  ·  2026", font=font(22, True), fill=(20, 20, 20))
    rtext(d, W - 60, 70, "第四届龙蜥操作系统大会", font(22), (20, 20, 20))
    hline(d, 60, W - 60, 112, (20, 20, 20), 1)
    d.text((60, 170), "龙蜥操作系统大会", font=font(72, True, serif=True), fill=(10, 10, 10))
    d.text((60, 280), F2, font=font(50, False, serif=True), fill=(10, 10, 10))
    hline(d, 60, 140, 380, (10, 10, 10), 4)
    info = [("日期", "2026年11月28日（周六）"), ("地点", "北京 · 中关村国家自主创新示范区会议中心 多功能厅 B"),
            ("主持人", H2 + "　" + H2_AFF)]
    yy = 420
    for k, v in info:
        d.text((60, yy), k, font=font(24, True), fill=(10, 10, 10))
        d.text((170, yy), v, font=font(24), fill=(40, 40, 40))
        yy += 52
    y = top
    for k, lab in enumerate(("时间", "议题", "嘉宾")):
        d.text((cols[k], y), lab, font=font(26, True), fill=(10, 10, 10))
    y += 50
    hline(d, 60, W - 60, y, (10, 10, 10), 3)
    y += 10
    for s, tl, h in rows:
        rng = s["start"] + " – " + s["end"]
        if s["kind"] == "break":
            d.text((cols[0], y + 24), rng, font=fc, fill=(120, 120, 120))
            d.text((cols[1], y + 20), s["title"], font=font(28, False, serif=True), fill=(120, 120, 120))
        else:
            d.text((cols[0], y + 26), rng, font=fc, fill=(20, 20, 20))
            for j, ln in enumerate(tl):
                d.text((cols[1], y + 22 + j * 42), ln, font=ft, fill=(10, 10, 10))
            for j, (n, a) in enumerate(s["sp"]):
                d.text((cols[2], y + 22 + j * 76), n, font=fn, fill=(10, 10, 10))
                d.text((cols[2], y + 58 + j * 76), a, font=fu, fill=(110, 110, 110))
        y += h
        hline(d, 60, W - 60, y, (205, 205, 205), 1)
    d.text((60, y + 40), "* 议程如有变动，以现场公布为准", font=font(20), fill=(120, 120, 120))
    qr(d, W - 180, y + 30, 120, 1604)
    im = grain(im, 1605, 0.015)
    return soften(im, 0.25, 90), [{"forum": F2, "slots": [truth_slot(s) for s in SLOTS2]}]


# ===========================================================================
# 3. Landscape slide 1920 x 1080: two parallel forums in two columns, each
#    with its name and '主持人：name（company job）' bar; the ranges
#    '13:30-14:10' are pills on a spine IN THE MIDDLE between the columns and
#    belong to the card on either side; each card is the bold title over
#    'name　company job'; the tea break is a band across both columns.
F3A = "网络与 eBPF 分论坛"
H3A, H3A_AFF = "寇明哲", "京东 架构师"
F3B = "文件系统与存储分论坛"
H3B, H3B_AFF = "房舟", "华为 存储专家"
ROWS3 = [
    ("13:30", "14:10",
     ("XDP 与 AF_XDP 在云网关中的零拷贝转发", [("谭语嫣", "腾讯云 网络专家")]),
     ("io_uring 在分布式存储中的落地：从 fixed buffer 到零拷贝接收", [("岳知行", "字节跳动 存储工程师")])),
    ("14:10", "14:50",
     ("TCP 拥塞控制 BBRv3 的主线化进展", [("郗然", "谷歌 软件工程师")]),
     ("EROFS 在容器镜像加速中的应用", [("晏启航", "华为 文件系统专家")])),
    ("14:50", "15:30",
     ("netkit 与 BPF：在容器网络中取代 veth", [("卢正阳", "阿里云 技术专家")]),
     ("bcachefs 与 btrfs：写时复制文件系统的可靠性对比", [("符欣妍", "中国科学院计算技术研究所 助理研究员")])),
    ("15:30", "15:50", None, None),
    ("15:50", "16:30",
     ("eBPF 验证器的复杂度上限与优化", [("司马骁", "北京大学 博士生")]),
     ("NVMe 多路径与 blk-mq 在高并发场景下的调优", [("冼立恒", "浪潮信息 存储架构师")])),
    ("16:30", "17:10",
     ("基于 tc 与 BPF 的流量整形：从 HTB 到 EDT", [("匡浩然", "网易 资深工程师")]),
     ("FUSE passthrough 与 virtiofs 的性能演进", [("练书遥", "蚂蚁集团 技术专家")])),
]


def slots3(side, host):
    out = []
    for start, end, a, b in ROWS3:
        talk = (a, b)[side]
        out.append(B(start, end, "茶歇") if talk is None else T(start, end, talk[0], talk[1], host))
    return out


SLOTS3A, SLOTS3B = slots3(0, H3A), slots3(1, H3B)


def poster_slide():
    W, H = 1920, 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, fp = font(27, True), font(23, True), font(21), font(24, True)
    L0, L1, R0, R1 = 50, 830, 1090, 1870
    mid = (L1 + R0) // 2
    im = Image.new("RGB", (W, H), (15, 23, 42))
    d = ImageDraw.Draw(im)
    for x in range(0, W, 48):
        d.line([(x, 0), (x, H)], fill=(20, 30, 52))
    for y in range(0, H, 48):
        d.line([(0, y), (W, y)], fill=(20, 30, 52))
    d.rectangle([0, 0, W, 8], fill=(45, 212, 191))
    d.text((50, 30), "CLK 2026  |  " + CONF, font=font(26, True), fill=(148, 163, 184))
    d.text((50, 72), "11月22日 下午  分论坛议程", font=font(50, True), fill=(255, 255, 255))
    rtext(d, R1, 40, "杭州 · 浙江大学紫金港校区", font(26), (148, 163, 184))
    rtext(d, R1, 86, "网络 ｜ 存储", font(34, True), (251, 191, 36))
    cols = [(L0, L1, F3A, H3A, H3A_AFF, (45, 212, 191)), (R0, R1, F3B, H3B, H3B_AFF, (251, 191, 36))]
    y0 = 160
    for x0, x1, name, host, haff, acc in cols:
        rrect(d, [x0, y0, x1, y0 + 100], 14, fill=(30, 41, 59))
        d.rectangle([x0, y0 + 14, x0 + 8, y0 + 86], fill=acc)
        d.text((x0 + 30, y0 + 8), name, font=font(38, True), fill=acc)
        d.text((x0 + 30, y0 + 62), "主持人：" + host + "（" + haff + "）", font=font(22), fill=(203, 213, 225))
    ctext(d, mid, y0 + 34, "时间", font(30, True), (148, 163, 184))
    y = y0 + 116
    heights = []
    for _start, _end, a, b in ROWS3:
        if a is None:
            heights.append(64)
            continue
        n = max(len(wrap(tmp, t[0], ft, L1 - L0 - 60)) for t in (a, b))
        for t in (a, b):
            for nm, af in t[1]:
                fits(tmp, nm + "　" + af, fa, L1 - L0 - 80)
        heights.append(20 + n * 38 + 40 + 16)
    if y + sum(heights) + 12 * len(heights) + 50 > H:
        raise ValueError("slide overflows")
    d.line([(mid, y), (mid, y + sum(heights) + 12 * (len(heights) - 1))], fill=(71, 85, 105), width=3)
    for (start, end, a, b), h in zip(ROWS3, heights, strict=True):
        rng = start + "-" + end
        pw = tw(d, rng, fp) + 36
        if a is None:
            rrect(d, [L0, y, R1, y + h], 12, fill=(51, 65, 85))
            ctext(d, (L0 + L1) / 2, y + 12, "茶歇", font(28, True), (226, 232, 240))
            ctext(d, (R0 + R1) / 2, y + 12, "茶歇", font(28, True), (226, 232, 240))
            rrect(d, [mid - pw / 2, y + 10, mid + pw / 2, y + h - 10], 22, fill=(226, 232, 240))
            ctext(d, mid, y + 13, rng, fp, (15, 23, 42))
            y += h + 12
            continue
        for (x0, x1, _, _, _, acc), talk in zip(cols, (a, b), strict=True):
            rrect(d, [x0, y, x1, y + h], 12, fill=(30, 41, 59))
            d.rectangle([x0, y + 12, x0 + 6, y + h - 12], fill=acc)
            yy = y + 14
            for ln in wrap(d, talk[0], ft, L1 - L0 - 60):
                d.text((x0 + 30, yy), ln, font=ft, fill=(255, 255, 255))
                yy += 38
            yy = y + h - 48
            for nm, af in talk[1]:
                d.text((x0 + 30, yy), nm, font=fn, fill=acc)
                d.text((x0 + 30 + tw(d, nm, fn) + 20, yy + 2), af, font=fa, fill=(148, 163, 184))
        rrect(d, [mid - pw / 2, y + h / 2 - 22, mid + pw / 2, y + h / 2 + 22], 22, fill=(45, 212, 191))
        ctext(d, mid, y + h / 2 - 19, rng, fp, (15, 23, 42))
        y += h + 12
    ctext(d, W / 2, H - 46, "两个分论坛同时进行，欢迎自由选择参加", font(22), (148, 163, 184))
    im = grain(im, 1606, 0.015)
    return soften(im, 0.25, 88), [
        {"forum": F3A, "slots": [truth_slot(s) for s in SLOTS3A]},
        {"forum": F3B, "slots": [truth_slot(s) for s in SLOTS3B]},
    ]


# ===========================================================================
# 4. Two forums stacked on one light poster; each forum's heading prints its
#    date, half day and hall ONCE ('11月22日（周日）上午 ｜ 3号厅 ｜ 主持人：…'),
#    each talk is the bold title with the START time only ('09:00') at the
#    right edge, and under it a grey round photo placeholder left of the bold
#    name with 'company job' under the name; one talk has two speakers of one
#    company printed 'A / B' with two photo circles; breaks print a start only.
F4A = "内存管理分论坛"
H4A, D4A = "米知夏", "11月22日（周日）上午"
F4B = "驱动与嵌入式分论坛"
H4B, D4B = "续晓峰", "11月22日（周日）下午"
SLOTS4A = [
    T("09:00", None, "Memory folios：从页到 folio 的转换还剩多少", [("裴孟川", "红帽 首席软件工程师")], H4A),
    T("09:35", None, "mTHP 多尺寸透明大页在 Android 上的收益与碎片问题", [("贲宇", "小米 内核工程师")], H4A),
    T("10:10", None, "MGLRU 与 DAMON：冷热页识别的两条路线", [("殳佳琪", "阿里云 内核专家")], H4A),
    B("10:45", None, "茶歇"),
    T("11:00", None, "CXL 内存分层与 NUMA 平衡的新挑战", [("卓睿", "英特尔"), ("滕亦凡", "英特尔")], H4A),
    T("11:35", None, "slab 分配器的统一：SLUB 之后的 sheaves 设计", [("温之衡", "华为 内核工程师")], H4A),
    T("12:10", None, "memcg 回收与 zswap 在数据中心的实践", [("农语桐", "百度智能云 资深研发工程师")], H4A),
]
SLOTS4B = [
    T("13:30", None, "Rust for Linux：第一个上游 Rust 网卡驱动的经验", [("瞿海洋", "中兴通讯 驱动开发工程师")], H4B),
    T("14:05", None, "设备树与 ACPI：ARM64 服务器启动的两条路", [("邬可欣", "飞腾信息技术 固件工程师")], H4B),
    T("14:40", None, "PCIe 热插拔与 DPC 错误恢复实战", [("钭文涛", "浪潮信息 服务器研发工程师")], H4B),
    B("15:15", None, "茶歇"),
    T("15:30", None, "Zephyr 与 Linux 异构多核通信：remoteproc 与 rpmsg 在车载 MCU 上的实践", [("于洋", "地平线 系统软件工程师")], H4B),
    T("16:05", None, "嵌入式 Linux 启动时间优化：从 3 秒到 800 毫秒", [("沙梦洁", "全志科技 嵌入式专家")], H4B),
    T("16:40", None, "DRM/KMS 显示驱动在国产 GPU 上的适配", [("蓝景澄", "摩尔线程 图形驱动工程师")], H4B),
]


def avatar(d, x, y, r, ring):
    """A grey round photo placeholder with a paler head-and-shoulders silhouette."""
    d.ellipse([x, y, x + 2 * r, y + 2 * r], fill=(196, 196, 196), outline=ring, width=3)
    d.ellipse([x + r * 0.62, y + r * 0.38, x + r * 1.38, y + r * 1.14], fill=(232, 232, 232))
    d.chord([x + r * 0.3, y + r * 1.25, x + r * 1.7, y + r * 2.3], 180, 360, fill=(232, 232, 232))


def poster_photos():
    W = 1080
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft, fn, fa, ftime = font(30, True), font(27, True), font(22), font(38, True)
    green, dark = (22, 101, 72), (28, 36, 32)
    TX0, TX1 = 60, W - 200
    forums = [(F4A, H4A, D4A, "3号厅", SLOTS4A), (F4B, H4B, D4B, "5号厅", SLOTS4B)]
    plan = []
    for name, host, day, hall, slots in forums:
        items = []
        for s in slots:
            if s["kind"] == "break":
                items.append((s, [], 76))
                continue
            lines = wrap(tmp, s["title"], ft, TX1 - TX0)
            names = " / ".join(n for n, _ in s["sp"])
            affs = {a for _, a in s["sp"]}
            if len(affs) != 1:
                raise ValueError("this design prints one company line under 'A / B': " + names)
            fits(tmp, names, fn, W - 260)
            fits(tmp, affs.pop(), fa, W - 260)
            items.append((s, lines, 30 + len(lines) * 44 + 14 + 96 + 26))
        plan.append((name, host, day, hall, items))
    H = 560 + sum(200 + sum(h for _, _, h in it) + 60 for *_, it in plan) + 280
    im = Image.new("RGB", (W, H), (246, 243, 236))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 470], fill=green)
    rnd = random.Random(1607)
    for _ in range(26):
        x, y, r = rnd.randrange(W), rnd.randrange(470), rnd.randrange(4, 16)
        d.ellipse([x, y, x + r, y + r], fill=(40, 125, 92))
    d.text((60, 56), "CLK 2026 · DAY 2", font=font(28, True), fill=(190, 235, 210))
    d.text((60, 120), "第二十一届中国", font=font(70, True, serif=True), fill=(255, 255, 255))
    d.text((60, 210), "Linux 内核开发者大会", font=font(70, True, serif=True), fill=(255, 255, 255))
    d.text((60, 330), "分论坛议程", font=font(44, True), fill=(250, 220, 130))
    d.text((60, 396), "浙江大学紫金港校区 · 国际会议中心", font=font(26), fill=(210, 240, 225))
    y = 540
    for name, host, day, hall, items in plan:
        d.text((60, y), name, font=font(46, True, serif=True), fill=green)
        hline(d, 60, W - 60, y + 76, green, 3)
        d.text((60, y + 96), day + "　｜　" + hall + "　｜　主持人：" + host, font=font(26), fill=dark)
        y += 200
        for s, lines, h in items:
            if s["kind"] == "break":
                d.rectangle([60, y + 8, W - 60, y + h - 8], fill=(232, 226, 212))
                d.text((90, y + 18), s["title"], font=font(28, True), fill=(120, 110, 90))
                rtext(d, W - 84, y + 16, s["start"], font(32, True), (120, 110, 90))
                y += h
                continue
            rtext(d, W - 60, y + 22, s["start"], ftime, green)
            yy = y + 26
            for ln in lines:
                d.text((TX0, yy), ln, font=ft, fill=dark)
                yy += 44
            yy += 14
            for k in range(len(s["sp"])):
                avatar(d, 60 + k * 56, yy + 6, 40, (246, 243, 236))
            nx = 60 + 80 + (len(s["sp"]) - 1) * 56 + 24
            d.text((nx, yy + 8), " / ".join(n for n, _ in s["sp"]), font=fn, fill=dark)
            d.text((nx, yy + 50), s["sp"][0][1], font=fa, fill=(110, 110, 100))
            for x in range(60, W - 60, 14):
                d.line([(x, y + h - 2), (x + 6, y + h - 2)], fill=(200, 194, 180))
            y += h
        y += 60
    ctext(d, W / 2, y + 20, "会议期间提供线上直播，议程以现场为准", font(22), (110, 110, 100))
    qr(d, W / 2 - 70, y + 70, 140, 1608)
    im = grain(im, 1609, 0.02)
    return soften(im, 0.3, 87), [
        {"forum": F4A, "slots": [truth_slot(s) for s in SLOTS4A]},
        {"forum": F4B, "slots": [truth_slot(s) for s in SLOTS4B]},
    ]


NOTE = (
    "Same conventions as posters-blind-4..13: speakers are names as printed with spaces removed (a foreign name "
    "'Tobias Lindqvist' -> 'TobiasLindqvist'); host is the chair printed for the forum covering the slot, null "
    "for breaks; start/end always HH:MM on a 24-hour clock, end null where the poster prints a start only; titles "
    "exclude tags; where two speakers are printed each has his own affiliation, given per speaker, and where two "
    "speakers share one printed company it is repeated per speaker; affiliations keep a printed job title, "
    "joined to the company by one space; break titles are as printed; a break band spanning several forum "
    "columns is a break in every forum it spans. Added or stressed here: in the gradient card poster each card's "
    "range is in a violet pill at its top left ('13:30-14:00'), and the speaker is ONE line 'name  company job' "
    "(bold name, then the grey company and job title after a gap: '钱程  vivo 内核架构师' is speaker 钱程 with "
    "affiliation 'vivo 内核架构师'; two-character names are not padded), a two-speaker card has two such lines, "
    "the host is the white pill '主持人：樊雨桐' (the line under it, '腾讯云 内核技术专家', is the chair's unit, "
    "not a slot's affiliation), the heading '议程 AGENDA' is not a slot; in the minimalist agenda (another "
    "Chinese OS conference, 龙蜥操作系统大会; the forum is '内核安全与可信计算专场' as printed) ranges are "
    "'09:00 – 09:40' (an en dash U+2013 with a space each side), the chair is the '主持人' line (label, no colon, "
    "then the name, a full-width space and the unit), the 嘉宾 cell is the name over the unit (two speakers: "
    "name, unit, name, unit, paired in that order), most units carry no job title, and '茶歇' and '午餐' rows have "
    "no guest; in the 1920 x 1080 slide the left column is 网络与 eBPF 分论坛 and the right 文件系统与存储分论坛, "
    "each with its own '主持人：name（company job）' (the bracket is the chair's unit), the range pill in the "
    "MIDDLE between the columns belongs to the card on each side of it (both forums run on the same times, "
    "13:30-17:10), and the 茶歇 band at 15:30-15:50 spans both columns; in the photo poster two forums are "
    "stacked, each heading prints its date, half day and hall once ('11月22日（周日）上午　｜　3号厅　｜　主持人："
    "米知夏'; hall and day are not part of the forum name), every talk prints only its START at the right edge "
    "('09:00', end null), a grey round photo placeholder sits left of each speaker's name with 'company job' "
    "under the name, and one talk has two speakers of one company printed '卓睿 / 滕亦凡' with two circles and "
    "one company line '英特尔' (the ' / ' separates two speakers; the company is given per speaker); breaks "
    "there print a start only too."
)

LAYOUTS = {
    "gradient-white-cards.png": (
        "Violet-to-pink gradient forum poster (1080 px): 'CLK 2026' and the conference name, the big yellow forum "
        "name '调度与性能分论坛', date and place lines, a white pill '主持人：樊雨桐' with the chair's unit under "
        "it, a heading '议程 AGENDA', then one white rounded card per talk with a shadow: a violet pill "
        "'13:30-14:00' at the card's top left, the bold title (one wraps over two lines, one all English), a "
        "hairline and at the bottom 'name  company job' on one line (bold name, grey company; one card has two "
        "speakers on two lines, one Latin name); the tea break is a translucent card with a white pill; "
        "organiser footer and a QR code.",
        "2026-11-21", poster_cards),
    "minimal-black-white.png": (
        "Minimalist black-on-white agenda (1080 px) of the 龙蜥操作系统大会 '内核安全与可信计算专场': small "
        "caps top line, serif headings, 日期 / 地点 / 主持人 lines, then a list with the header 时间 | 议题 | 嘉宾 "
        "over a thick rule and hairlines between rows; ranges '09:00 – 09:40', serif bold titles wrapping in "
        "their column, the guest cell the bold name over the grey unit (one row with two speakers, one Latin "
        "name, one unit with a job title), grey 茶歇 and 午餐 rows; a note and a QR code at the foot.",
        "2026-11-28", poster_minimal),
    "slide-two-forums-middle-times.png": (
        "Dark 1920 x 1080 slide on a faint grid: 'CLK 2026 | conference' line, '11月22日 下午  分论坛议程', place "
        "at the right; two columns of dark cards, left 网络与 eBPF 分论坛 (teal) and right 文件系统与存储分论坛 "
        "(amber), each under a bar with the forum name and '主持人：name（company job）'; between the columns a "
        "spine headed '时间' with one teal pill per row '13:30-14:10' shared by the two cards beside it; each "
        "card is the bold white title (some wrap) over 'name　company job'; a 茶歇 band with its pill spans both "
        "columns; a footer line.",
        "2026-11-22", poster_slide),
    "photo-circles-start-times.png": (
        "Light poster (1080 px) with a green header (CLK 2026 · DAY 2, the conference name in serif, '分论坛议程', "
        "place) and two forums stacked, 内存管理分论坛 (morning, 3号厅) and 驱动与嵌入式分论坛 (afternoon, "
        "5号厅), each with a serif heading, a rule and ONE line 'date（weekday）half-day ｜ hall ｜ 主持人：name'; "
        "each talk is the bold title (one wraps over two lines) with the start time only ('09:00', green, bold) at the right edge of its first line, then a "
        "grey round photo placeholder left of the bold name and 'company job' under it, dashed separators; one "
        "talk has two speakers 'A / B' of one company with two circles; beige 茶歇 rows with a start only; "
        "footer and QR code.",
        "2026-11-22", poster_photos),
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
