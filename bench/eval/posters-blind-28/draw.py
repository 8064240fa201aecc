"""Draw the twenty-eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  Three conferences,
so that no talk is on two posters: the organisers' long image of the whole of
CLK 2041 (重庆) on deep green, each forum under a gold ribbon with its host
line, each talk a card with the range '09:20 - 10:00' at the left and
'name　company　job' under the title, the day opened by '开幕' (no speaker)
and '嘉宾致辞'; two parallel forums of CLK 2042 (济南), one as cards with
grey photo placeholders and a biography under each speaker, one as a ruled
table 时间 | 议题 | 分享嘉宾 whose speaker cells stack the name over
'company job'; and a one-page overview (1242 x 2688) of CLK 2043 (广州)
whose rows read 'HH:MM-HH:MM title — name（company）'.
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


def S(name, company, job):
    """A speaker as printed: the name, the company, the job title (None where the poster prints none)."""
    return (name, company, job)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; None where no company is printed."""
    _, company, job = sp
    if company is None:
        return None
    return company if job is None else company + " " + job


def truth_slot(s):
    """A slot as truth.json gives it; a speaker printed without a company adds no affiliation."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def logo_lines(d, x, y, fill, sub):
    """The conference's logo block: a flame-like mark, 'CHINA LINUX KERNEL' and the Chinese name."""
    for i in range(4):
        d.arc([x + i * 6, y + i * 4, x + 60 - i * 6, y + 110 - i * 4], 200, 340, fill=fill, width=4)
    d.line([(x + 30, y + 20), (x + 30, y + 100)], fill=fill, width=4)
    d.text((x + 80, y + 22), "CHINA LINUX KERNEL", font=font(26, True), fill=fill)
    d.text((x + 80, y + 60), "中国Linux内核开发者大会", font=font(24), fill=sub)


# ===========================================================================
# 1. CLK 2041 (第36届) full conference, 重庆, 2041-10-26, the organisers'
#    long image (JPEG) on deep green: logo lines, '重庆大学', '第36届中国 /
#    Linux内核开发者大会', a gold-framed date, the place, an introduction,
#    '大会议程'.  Each forum opens with a gold ribbon holding its name, the
#    host line '主持人：name（unit）' centred under it and the room.  Each
#    talk is a card: the range '09:20 - 10:00' (spaces round the hyphen) in
#    gold at the left, a thin divider, then the bold title (some wrap) and
#    per speaker 'name　company　job' on one line (the name bold and larger).
#    The day opens with '开幕' (no speaker) and '嘉宾致辞'; breaks are gold
#    bands '10:40 - 10:55　茶歇'; a pill '下午　四个分论坛同时进行'.
HOST_A = ("罗志刚", "重庆大学计算机学院 院长")
SECTIONS_A = [
    ("主论坛", HOST_A, "会场：A区 逸夫科技楼报告厅", [
        B("09:00", "09:05", "开幕"),
        T("09:05", "09:20", "嘉宾致辞", [S("杨建国", "重庆大学", "副校长")], HOST_A[0]),
        T("09:20", "10:00", "Linux 内核调度器的演进：从 CFS 到 EEVDF 之后",
          [S("张文博", "华为", "操作系统内核首席专家")], HOST_A[0]),
        T("10:00", "10:40", "面向大模型推理的内核内存子系统重构",
          [S("陈思远", "阿里云", "内核技术专家"), S("郗明辉", "阿里云", "高级技术专家")], HOST_A[0]),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:35", "RISC-V 服务器平台的内核支持现状与路线图",
          [S("吴海峰", "中国科学院软件研究所", "研究员")], HOST_A[0]),
        T("11:35", "12:15", "开源社区协作与内核维护者的成长之路", [S("刘晓东", "字节跳动", "内核团队负责人")], HOST_A[0]),
        B("12:15", "13:30", "午餐"),
    ]),
    ("内存管理分论坛", ("彭立新", "重庆大学计算机学院 教授"), "会场：A 厅（逸夫科技楼 201）", [
        T("13:30", "14:10", "memdesc 与 struct page 瘦身的最新进展", [S("马俊杰", "腾讯", "内核研发工程师")], "彭立新"),
        T("14:10", "14:50", "大页分配在高碎片化场景下的优化实践", [S("黄晓琳", "OPPO", "高级底层软件工程师")], "彭立新"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "swap 子系统重写：基于 swap table 的新设计", [S("宋凯", "vivo", "内核技术专家")], "彭立新"),
        T("15:50", "16:30", "CXL 内存池化在云数据库中的落地", [S("许文静", "蚂蚁集团", "系统工程师")], "彭立新"),
    ]),
    ("文件系统与存储分论坛", ("邓伟", "华中科技大学计算机学院 教授"), "会场：B 厅（逸夫科技楼 203）", [
        T("13:30", "14:10", "EROFS 在容器镜像懒加载中的新特性", [S("高飞", "阿里云", "存储内核工程师")], "邓伟"),
        T("14:10", "14:50", "ext4 大块尺寸（block size > page size）支持的实现与挑战",
          [S("唐振宇", "华为", "文件系统工程师")], "邓伟"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "NVMe 多路径与 io_uring passthrough 的性能调优", [S("郑佳琪", "浪潮信息", "存储架构师")], "邓伟"),
    ]),
    ("虚拟化与安全分论坛", ("曹宇", "国防科技大学计算机学院 副教授"), "会场：C 厅（逸夫科技楼 305）", [
        T("13:30", "14:10", "机密虚拟机 TDX Connect 的设备直通支持", [S("周明", "英特尔", "虚拟化软件工程师")], "曹宇"),
        T("14:10", "14:50", "用 Rust 重写 virtio 驱动：安全性与性能的平衡", [S("韩磊", "麒麟软件", "内核安全工程师")], "曹宇"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "KVM 脏页跟踪在大规格虚拟机热迁移中的优化", [S("冯雪", "腾讯", "虚拟化研发工程师")], "曹宇"),
    ]),
    ("调度与可观测性分论坛", ("谢光明", "北京航空航天大学计算机学院 副教授"), "会场：D 厅（逸夫科技楼 307）", [
        T("13:30", "14:10", "sched_ext 在游戏手机上的帧率稳定性优化", [S("孙嘉怡", "小米", "系统性能工程师")], "谢光明"),
        T("14:10", "14:50", "BPF token 与非特权 eBPF 的安全边界", [S("袁涛", "字节跳动", "eBPF 工程师")], "谢光明"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "基于 BPF 的调度延迟全链路追踪", [S("梁浩", "美团", "基础架构工程师")], "谢光明"),
        T("15:50", "16:30", "perf 与 PMU 虚拟化在 Arm 服务器上的适配", [S("蒋文华", "飞腾信息", "系统软件工程师")], "谢光明"),
    ]),
]
INTRO_A = [
    "中国 Linux 内核开发者大会（CLK）自 2006 年起每年举办，是国内内核开发者交流技术、分享实践的年度盛会，"
    "由华为、阿里云、腾讯、字节跳动、OPPO、vivo、小米、蚂蚁集团等企业与高校共同支持。",
    "第36届大会由重庆大学承办，上午主论坛邀请产业界与学术界专家分享内核技术的最新进展；下午设内存管理、"
    "文件系统与存储、虚拟化与安全、调度与可观测性四个分论坛，同时进行。",
]
PARTNERS_A = ["华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "小米", "蚂蚁集团", "麒麟软件"]
GOLD, GOLD2, MINT, PALE_A = (232, 186, 84), (180, 140, 60), (176, 236, 214), (196, 214, 208)
CARD_A, EDGE_A = (16, 62, 62), (52, 112, 104)


def ribbon(d, X0, X1, y, text):
    """A forum's gold ribbon: a band with cut ends and the name in the middle."""
    d.polygon([(X0, y), (X1, y), (X1 - 28, y + 45), (X1, y + 90), (X0, y + 90), (X0 + 28, y + 45)], fill=GOLD2)
    d.polygon([(X0 + 60, y + 8), (X1 - 60, y + 8), (X1 - 60, y + 82), (X0 + 60, y + 82)], fill=(20, 44, 40))
    d.line([(X0 + 60, y + 8), (X1 - 60, y + 8)], fill=GOLD, width=3)
    d.line([(X0 + 60, y + 82), (X1 - 60, y + 82)], fill=GOLD, width=3)
    ctext(d, (X0 + X1) / 2, y + 14, text, font(48, True), GOLD)


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    white = (255, 255, 255)
    logo_lines(d, X0, 50, white, PALE_A)
    rtext(d, X1, 58, "重庆大学", font(38, True), white)
    rtext(d, X1, 110, "Chongqing University", font(20), PALE_A)
    d.text((X0, 236), "第36届中国", font=font(100, True), fill=white)
    d.text((X0, 360), "Linux内核开发者大会", font=font(86, True), fill=white)
    d.rectangle([X0, 508, X0 + 600, 584], outline=GOLD, width=3)
    d.text((X0 + 30, 519), "2041年10月26日（周六）· 重庆", font=font(36, True), fill=GOLD)
    d.text((X0, 622), "地点：重庆大学A区 逸夫科技楼", font=font(32), fill=white)
    y = 760
    fp = font(28)
    for para in INTRO_A:
        for ln in wrap(d, para, fp, X1 - X0):
            d.text((X0, y), ln, font=fp, fill=PALE_A)
            y += 48
        y += 20
    y += 70
    ctext(d, W / 2, y, "大会议程", font(70, True), white)
    d.line([(W / 2 - 330, y + 48), (W / 2 - 170, y + 48)], fill=GOLD, width=3)
    d.line([(W / 2 + 170, y + 48), (W / 2 + 330, y + 48)], fill=GOLD, width=3)
    y += 100
    ctext(d, W / 2, y, "CONFERENCE  AGENDA", font(24, True), GOLD)
    y += 110
    ftitle, fname, fco = font(34, True), font(30, True), font(25)
    RX, DV, TX = X0 + 26, X0 + 250, X0 + 276
    for si, (fname_, host, room, slots) in enumerate(SECTIONS_A):
        if si == 1:
            lab = "下午　四个分论坛同时进行"
            w = tw(d, lab, font(38, True)) + 100
            d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 76], radius=38, fill=GOLD)
            ctext(d, W / 2, y + 12, lab, font(38, True), (20, 44, 40))
            y += 150
        ribbon(d, X0, X1, y, fname_)
        y += 122
        ctext(d, W / 2, y, "主持人：%s（%s）" % host, font(28), white)
        y += 48
        ctext(d, W / 2, y, room, font(24), PALE_A)
        y += 70
        for s in slots:
            rng = "%s - %s" % (s["start"], s["end"])
            if s["kind"] == "break" and s["title"] != "开幕":
                d.rectangle([X0, y, X1, y + 66], fill=(60, 72, 44))
                d.rectangle([X0, y, X0 + 8, y + 66], fill=GOLD)
                ctext(d, W / 2, y + 12, "%s　%s" % (rng, s["title"]), font(30, True), GOLD)
                y += 96
                continue
            lines = wrap_nicely(d, s["title"], ftitle, X1 - 28 - TX)
            h = 28 + 50 * len(lines) + sum(50 for _ in s["sp"]) + (10 if s["sp"] else 0) + 20
            h = max(h, 100)
            d.rounded_rectangle([X0, y, X1, y + h], radius=14, fill=CARD_A, outline=EDGE_A, width=2)
            d.text((RX, y + 28), rng, font=font(29, True), fill=GOLD)
            d.line([(DV, y + 22), (DV, y + h - 22)], fill=EDGE_A, width=2)
            yy = y + 24
            for ln in lines:
                d.text((TX, yy), ln, font=ftitle, fill=white)
                yy += 50
            yy += 10
            for name, company, job in s["sp"]:
                d.text((TX, yy), name, font=fname, fill=MINT)
                rest = "　%s　%s" % (company, job)
                nx = TX + tw(d, name, fname)
                assert nx + tw(d, rest, fco) <= X1 - 20, rest
                d.text((nx, yy + 4), rest, font=fco, fill=PALE_A)
                yy += 50
            y += h + 24
        y += 80
    # foot: partners, QR code, organisers
    ctext(d, W / 2, y, "支持单位", font(40, True), GOLD)
    y += 80
    bw, bh, gap = 296, 72, 24
    for k, name in enumerate(PARTNERS_A):
        bx = W / 2 - (3 * bw + 2 * gap) / 2 + (k % 3) * (bw + gap)
        by = y + (k // 3) * (bh + 20)
        d.rectangle([bx, by, bx + bw, by + bh], outline=EDGE_A, width=2)
        ctext(d, bx + bw / 2, by + 16, name, font(30, True), white)
    y += 3 * (bh + 20) + 60
    qrcode(d, W / 2 - 130, y, 260, 2801)
    y += 290
    ctext(d, W / 2, y, "扫码报名　免费参会", font(40, True), white)
    y += 72
    ctext(d, W / 2, y, "主办：中国 Linux 内核开发者大会组委会　承办：重庆大学计算机学院", font(25), PALE_A)
    y += 48
    ctext(d, W / 2, y, "最终议程以大会现场为准", font(24), PALE_A)
    return y + 110


def bg_a(w, h):
    im = vgrad(w, h, (10, 54, 56), (4, 20, 24))
    d = ImageDraw.Draw(im)
    for i in range(14):  # contour lines in the header, like a map of the mountain city
        d.arc([520 - i * 30, 60 - i * 22, 1180 + i * 30, 640 + i * 22], 190, 320, fill=(24, 84, 82), width=2)
    for i in range(6):
        d.line([(0, 700 + i * 9), (w, 660 + i * 9)], fill=(20, 70 + i * 4, 70), width=1)
    return im


def poster_a():
    im = two_pass(1080, paint_a, bg_a)
    im = finish(im, 2802, 0.004, 0.25, 90)
    return im, [{"forum": sec[0], "slots": [truth_slot(s) for s in sec[3]]} for sec in SECTIONS_A]


# ===========================================================================
# 2. 端侧与嵌入式 Linux 分论坛 of CLK 2042 (第37届), 济南, 2042-10-25
#    afternoon (PNG), on light grey under a crimson header: logo lines,
#    '山东大学', '第37届中国 / Linux内核开发者大会', the forum in a white
#    banner, date and place; '主持人：name（unit）' centred; an introduction;
#    '议程与嘉宾'.  Each talk is a white card: the range in crimson, the bold
#    title, a dotted rule, then per speaker a grey placeholder circle with
#    the name and 'company　job' right of it, and UNDER them a short
#    biography across the card.  The 茶歇 is a slim grey card.
FB = "端侧与嵌入式 Linux 分论坛"
HOST_B = ("于洋", "山东大学计算机科学与技术学院 副教授")
SLOTS_B = [
    T("13:30", "14:10", "Android GKI 时代的内核模块治理", [S("何俊", "荣耀", "内核技术专家")], HOST_B[0]),
    T("14:10", "14:50", "Power Management on Embedded SoCs: Runtime PM Done Right",
      [S("Antoine Girard", "Bootlin", "Embedded Linux Engineer")], HOST_B[0]),
    B("14:50", "15:10", "茶歇"),
    T("15:10", "15:50", "车载 Linux 的实时性改造：PREEMPT_RT 进入主线之后", [S("林雨桐", "理想汽车", "系统软件专家")], HOST_B[0]),
    T("15:50", "16:30", "面向手机的 zram 多级压缩与写回策略", [S("潘志伟", "小米", "高级内核工程师")], HOST_B[0]),
    T("16:30", "17:10", "基于 RISC-V 的嵌入式 Linux 快速启动优化", [S("栾晓峰", "中国科学院软件研究所", "助理研究员")], HOST_B[0]),
]
BIO_B = {
    "何俊": "荣耀终端有限公司内核技术专家，负责 GKI 内核与厂商模块的版本治理，主导了三代旗舰机型的内核升级，"
            "向 Linux 主线提交补丁 60 余个，关注 Android 内核的稳定性与可维护性。",
    "Antoine Girard": "Embedded Linux engineer at Bootlin since 2031, maintainer of several clock and power-domain "
                      "drivers for Allwinner and Rockchip SoCs. He has taught more than 40 embedded Linux trainings "
                      "and speaks regularly at Embedded Recipes and ELC Europe.",
    "林雨桐": "负责智能座舱与域控制器的 Linux 实时性优化。此前在中兴通讯从事电信级嵌入式系统开发 8 年，"
              "推动 PREEMPT_RT 在多款车载平台上量产落地。",
    "潘志伟": "长期从事手机内存管理优化，主导的 zram 多级压缩方案已部署到超过 2 亿台设备，"
              "曾在 LSFMM 与 Linux Plumbers Conference 上分享相关工作。",
    "栾晓峰": "博士毕业于山东大学，研究方向为 RISC-V 嵌入式系统与快速启动，参与 openEuler Embedded "
              "与 Yocto RISC-V 层的维护，发表论文 10 余篇。",
}
INTRO_B = ("从手机、车机到工业控制器，Linux 正运行在数十亿台端侧设备上。本论坛邀请终端厂商、汽车企业、"
           "开源社区与科研院所的开发者，分享 Android 内核、实时性、内存与功耗优化方面的实践与思考。")
CRIMSON, INK_B, GREY_B = (176, 28, 46), (34, 34, 40), (112, 112, 120)


def placeholder(d, cx, cy, r):
    """A photo not yet sent in: a grey circle with a paler head and shoulders."""
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(196, 198, 204))
    d.ellipse([cx - r * 0.34, cy - r * 0.58, cx + r * 0.34, cy + r * 0.10], fill=(226, 227, 231))
    d.chord([cx - r * 0.70, cy + r * 0.20, cx + r * 0.70, cy + r * 1.30], 180, 360, fill=(226, 227, 231))


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    white = (255, 255, 255)
    logo_lines(d, X0, 50, white, (255, 214, 214))
    rtext(d, X1, 60, "山东大学", font(38, True), white)
    rtext(d, X1, 112, "Shandong University", font(20), (255, 214, 214))
    d.text((X0, 220), "第37届中国", font=font(92, True), fill=white)
    d.text((X0, 336), "Linux内核开发者大会", font=font(80, True), fill=white)
    y = 486
    d.rounded_rectangle([X0, y, X1, y + 118], radius=16, fill=white)
    ctext(d, W / 2, y + 22, FB, font(56, True), CRIMSON)
    y += 160
    ctext(d, W / 2, y, "2042年10月25日（周六）下午 · 济南", font(34, True), white)
    y += 56
    ctext(d, W / 2, y, "山东大学中心校区 知新楼 B 座报告厅", font(28), (255, 224, 224))
    y = 880
    ctext(d, W / 2, y, "主持人：%s（%s）" % HOST_B, font(30, True), INK_B)
    y += 80
    fi = font(27)
    for ln in wrap(d, INTRO_B, fi, X1 - X0 - 40):
        d.text((X0 + 20, y), ln, font=fi, fill=GREY_B)
        y += 46
    y += 70
    ctext(d, W / 2, y, "议程与嘉宾", font(54, True), INK_B)
    y += 90
    d.rectangle([W / 2 - 36, y, W / 2 + 36, y + 6], fill=CRIMSON)
    y += 60
    ft, fn, fa, fb = font(34, True), font(32, True), font(25), font(22)
    PX = X0 + 36
    for k, s in enumerate(SLOTS_B):
        rng = "%s-%s" % (s["start"], s["end"])
        if s["kind"] == "break":
            d.rounded_rectangle([X0, y, X1, y + 72], radius=14, fill=(226, 226, 230))
            ctext(d, W / 2, y + 16, "%s　%s" % (rng, s["title"]), font(30, True), GREY_B)
            y += 104
            continue
        lines = wrap_nicely(d, s["title"], ft, X1 - X0 - 72)
        spk = []
        for name, company, job in s["sp"]:
            spk.append((name, "%s　%s" % (company, job), wrap(d, BIO_B[name], fb, X1 - X0 - 72)))
        h = 36 + 50 + 50 * len(lines) + 30 + sum(150 + 36 * len(bio) + 20 for _, _, bio in spk) + 10
        d.rounded_rectangle([X0 + 6, y + 8, X1 + 6, y + h + 8], radius=18, fill=(222, 222, 226))
        d.rounded_rectangle([X0, y, X1, y + h], radius=18, fill=white)
        d.rectangle([X0, y + 36, X0 + 8, y + 80], fill=CRIMSON)
        yy = y + 36
        d.text((PX, yy), rng, font=font(32, True), fill=CRIMSON)
        yy += 50
        for ln in lines:
            d.text((PX, yy), ln, font=ft, fill=INK_B)
            yy += 50
        yy += 12
        for x in range(PX, X1 - 36, 12):
            d.ellipse([x, yy, x + 3, yy + 3], fill=(200, 200, 206))
        yy += 18
        for j, (name, sub, bio) in enumerate(spk):
            placeholder(d, PX + 60, yy + 66, 60)
            d.text((PX + 150, yy + 22), name, font=fn, fill=INK_B)
            d.text((PX + 150, yy + 72), sub, font=fa, fill=GREY_B)
            yy += 150
            for ln in bio:
                d.text((PX, yy), ln, font=fb, fill=GREY_B)
                yy += 36
            yy += 20
        assert yy + 10 == y + h, (yy, y, h)
        y += h + 44
    y += 30
    qrcode(d, W / 2 - 120, y, 240, 2811)
    y += 270
    ctext(d, W / 2, y, "扫码报名 · 获取分论坛资料", font(36, True), INK_B)
    y += 66
    ctext(d, W / 2, y, "主办：中国 Linux 内核开发者大会组委会　承办：山东大学", font(24), GREY_B)
    return y + 100


def bg_b(w, h):
    im = Image.new("RGB", (w, h), (243, 242, 240))
    im.paste(vgrad(w, 820, (150, 16, 36), (206, 52, 52)), (0, 0))
    d = ImageDraw.Draw(im)
    for i in range(9):
        d.line([(w - 460 + i * 50, 0), (w - 40 + i * 50, 820)], fill=(190, 44, 54), width=3)
    d.pieslice([-240, 770, w + 240, 870], 180, 360, fill=(243, 242, 240))
    return im


def poster_b():
    im = two_pass(1080, paint_b, bg_b)
    return im, [{"forum": FB, "slots": [truth_slot(s) for s in SLOTS_B]}]


# ===========================================================================
# 3. 性能优化与调试分论坛 of CLK 2042, 2042-10-25 afternoon (PNG), running
#    beside the forum of poster 2: a navy header (logo lines, the
#    conference, the forum, an English name, info lines 时间 / 地点 /
#    '主持人：name（unit）'), then a white sheet holding a ruled table
#    时间 | 议题 | 分享嘉宾 with an amber head row: the range in the time
#    cell, the bold title wrapping in its cell, the speaker cell holding the
#    name over 'company job' in smaller type (two stacks for the talk with
#    two speakers); the 茶歇 row spans 议题 and 分享嘉宾.
FC = "性能优化与调试分论坛"
HOST_C = ("任建华", "浪潮信息 首席架构师")
SLOTS_C = [
    T("13:30", "14:05", "基于 PMU 采样的线上性能回归自动定位", [S("王磊", "阿里云", "性能优化专家")], HOST_C[0]),
    T("14:05", "14:40", "kdump 与 crash 在 TB 级内存机器上的提速实践",
      [S("石晓宇", "统信软件", "内核工程师"), S("段佳", "南京大学", "博士研究生")], HOST_C[0]),
    T("14:40", "15:15", "KASAN 与 KFENCE 在生产环境的低开销部署", [S("白立新", "京东", "基础架构工程师")], HOST_C[0]),
    B("15:15", "15:30", "茶歇"),
    T("15:30", "16:05", "内核锁竞争分析：从 lockstat 到 BPF", [S("钟敏", "快手", "系统工程师")], HOST_C[0]),
    T("16:05", "16:40", "syzkaller 持续模糊测试在发行版内核中的实践", [S("邱海波", "麒麟软件", "测试架构师")], HOST_C[0]),
    T("16:40", "17:15", "LTO 与 PGO 编译优化对内核性能的影响评估", [S("赖思琪", "华为", "编译器工程师")], HOST_C[0]),
]
NAVY_C, AMBER_C, INK_C, RULE_C = (16, 34, 78), (250, 180, 50), (26, 30, 44), (196, 202, 214)


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    white = (255, 255, 255)
    logo_lines(d, X0 + 10, 46, white, (190, 204, 236))
    d.text((X0 + 10, 200), "第37届中国 Linux 内核开发者大会", font=font(46, True), fill=white)
    d.text((X0 + 10, 290), FC, font=font(76, True), fill=AMBER_C)
    d.text((X0 + 14, 398), "PERFORMANCE & DEBUGGING FORUM", font=font(26, True), fill=(150, 170, 220))
    y = 480
    fi = font(30)
    for lab, val in (("时　间", "2042年10月25日（周六）下午"), ("地　点", "山东大学中心校区 知新楼 C 座 201"),
                     ("主持人", "%s（%s）" % HOST_C)):
        d.text((X0 + 14, y), "%s：%s" % (lab, val), font=fi, fill=white)
        y += 54
    y += 50
    top = y
    TX0, TX1 = X0 + 22, X1 - 22
    C1, C2 = TX0 + 190, TX1 - 262  # column bounds: 时间 | 议题 | 分享嘉宾
    ft, fr, fn, fa = font(29, True), font(26, True), font(28, True), font(20)
    y += 28
    d.rectangle([TX0, y, TX1, y + 70], fill=AMBER_C)
    for (a, b), lab in (((TX0, C1), "时间"), ((C1, C2), "议题"), ((C2, TX1), "分享嘉宾")):
        ctext(d, (a + b) / 2, y + 14, lab, font(32, True), INK_C)
    heads = y
    y += 70
    rows = [y]
    for s in SLOTS_C:
        rng = "%s-%s" % (s["start"], s["end"])
        if s["kind"] == "break":
            h = 70
            d.rectangle([TX0, y, TX1, y + h], fill=(244, 245, 248))
            ctext(d, (TX0 + C1) / 2, y + 20, rng, fr, (120, 126, 140))
            ctext(d, (C1 + TX1) / 2, y + 16, s["title"], font(30, True), (120, 126, 140))
            y += h
            rows.append(-y)  # a rule under it, and no column rule across it
            continue
        lines = wrap(d, s["title"], ft, C2 - C1 - 40)  # a table cell wraps greedily
        th = 46 * len(lines)
        sh = sum(40 + 32 for _ in s["sp"]) + 14 * (len(s["sp"]) - 1)
        h = max(th, sh) + 56
        ctext(d, (TX0 + C1) / 2, y + h / 2 - 17, rng, fr, NAVY_C)
        ty = y + (h - th) / 2 - 4
        for ln in lines:
            d.text((C1 + 20, ty), ln, font=ft, fill=INK_C)
            ty += 46
        sy = y + (h - sh) / 2 - 4
        for name, company, job in s["sp"]:
            ctext(d, (C2 + TX1) / 2, sy, name, fn, INK_C)
            sub = "%s %s" % (company, job)
            assert tw(d, sub, fa) <= TX1 - C2 - 24, sub
            ctext(d, (C2 + TX1) / 2, sy + 42, sub, fa, (110, 116, 130))
            sy += 40 + 32 + 14
        y += h
        rows.append(y)
    # rules: the frame, a rule under every row, column rules except across the 茶歇 row
    d.rectangle([TX0, heads, TX1, y], outline=(150, 158, 176), width=2)
    prev = rows[0]
    for r in rows[1:]:
        d.line([(TX0, abs(r)), (TX1, abs(r))], fill=RULE_C, width=2)
        d.line([(C1, prev), (C1, abs(r))], fill=RULE_C, width=2)
        if r > 0:
            d.line([(C2, prev), (C2, abs(r))], fill=RULE_C, width=2)
        prev = abs(r)
    d.line([(C1, heads), (C1, rows[0])], fill=INK_C, width=1)
    d.line([(C2, heads), (C2, rows[0])], fill=INK_C, width=1)
    y += 36
    d.text((TX0, y), "* 议程如有变动，以大会现场公布为准", font=font(22), fill=(120, 126, 140))
    y += 70
    sheet = (top, y)
    qrcode(d, X0 + 20, y + 40, 200, 2821)
    d.text((X0 + 250, y + 70), "扫码报名 · 观看直播", font=font(36, True), fill=white)
    d.text((X0 + 250, y + 132), "主办：中国 Linux 内核开发者大会组委会", font=font(24), fill=(190, 204, 236))
    d.text((X0 + 250, y + 172), "承办：山东大学", font=font(24), fill=(190, 204, 236))
    return y + 290, sheet


def poster_c():
    W = 1080
    strip = Image.new("RGB", (W, 8))
    H, sheet = paint_c(strip, ImageDraw.Draw(strip))
    im = vgrad(W, H, (18, 40, 92), (8, 18, 46))
    d = ImageDraw.Draw(im)
    for i in range(10):
        d.arc([640 - i * 26, -200 - i * 20, 1240 + i * 26, 420 + i * 20], 100, 250, fill=(34, 62, 124), width=2)
    d.rounded_rectangle([44, sheet[0], W - 44, sheet[1]], radius=16, fill=(255, 255, 255))
    assert paint_c(im, d) == (H, sheet)
    return im, [{"forum": FC, "slots": [truth_slot(s) for s in SLOTS_C]}]


# ===========================================================================
# 4. CLK 2043 (第38届), 广州, 2043-10-24: a one-page overview (1242 x 2688,
#    PNG) on dark indigo: 'CLK 2043', the conference, '大会日程一览', date and
#    place; then per forum a head (a coloured square, the name, '会场 A' at
#    the right) and '主持人：name（unit）', and one compact row per slot:
#    the range in the forum's colour, then 'title — name（company）', the
#    title white and the speaker grey, running on to a second line where it
#    does not fit (the speaker kept whole).  Breaks are grey rows
#    '10:35-10:50　茶歇'; '开幕致辞 — name（unit）' opens the day.
SUM_D = [
    ("主论坛", None, ("梁永", "中山大学计算机学院 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("陈立华", "中山大学", None)], "梁永"),
        T("09:15", "09:55", "开源操作系统供应链安全的内核视角", [S("杜建明", "华为", None)], "梁永"),
        T("09:55", "10:35", "面向 CXL 3.0 的内存语义与内核编程模型", [S("夏雨辰", "英特尔", None)], "梁永"),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "AI 辅助内核补丁审查：从实验到日常", [S("邹静", "腾讯", None)], "梁永"),
        T("11:30", "12:10", "LoongArch 内核主线化的十年回顾", [S("田伟", "龙芯中科", None)], "梁永"),
        B("12:10", "13:30", "午餐"),
    ]),
    ("内存与存储分论坛", "会场 A", ("熊光辉", "中山大学"), [
        T("13:30", "14:10", "folio 化之后的页缓存回写路径优化", [S("武子豪", "字节跳动", None)], "熊光辉"),
        T("14:10", "14:50", "ZNS SSD 与 F2FS 的协同设计：从垃圾回收到写放大", [S("余婷", "vivo", None)], "熊光辉"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "基于 DAMON 的冷热内存识别与分层", [S("秦浩", "阿里云", None)], "熊光辉"),
    ]),
    ("虚拟化与云原生分论坛", "会场 B", ("汤剑", "中国电信天翼云"), [
        T("13:30", "14:10", "轻量级虚拟机的内核裁剪与启动加速", [S("康宁", "蚂蚁集团", None)], "汤剑"),
        T("14:10", "14:50", "cgroup v2 资源隔离在在离线混部场景中的实践与踩坑", [S("贺伟杰", "美团", None)], "汤剑"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "vDPA 与 SR-IOV 的统一管理框架", [S("顾晨", "中国移动", None)], "汤剑"),
    ]),
    ("体系结构与 RISC-V 分论坛", "会场 C", ("尹志强", "中国科学院计算技术研究所"), [
        T("13:30", "14:10", "RISC-V AIA 中断架构的内核支持", [S("邵琳", "平头哥半导体", None)], "尹志强"),
        T("14:10", "14:50", "Arm64 MTE 内存标签在移动端的落地", [S("金鹏", "安谋科技", None)], "尹志强"),
        B("14:50", "15:10", "茶歇"),
        T("15:10", "15:50", "飞腾多路服务器的 NUMA 拓扑感知优化", [S("程雪", "飞腾信息", None)], "尹志强"),
    ]),
]
ACC_D = [(255, 196, 70), (90, 210, 255), (130, 230, 160), (240, 130, 200)]
INDIGO_D, SOFT_D, DIM_D = (18, 16, 52), (178, 176, 214), (140, 138, 176)


def rich_rows(d, title, speaker, ft, fs, maxw):
    """Lay out 'title — speaker' in lines of at most maxw: title tokens wrap, the speaker part stays whole."""
    pieces = [(tok, True) for tok in TOKEN.findall(title)] + [(" — " + speaker, False)]
    lines, cur, curw = [], [], 0
    for tok, is_title in pieces:
        f = ft if is_title else fs
        w = tw(d, tok, f)
        if cur and curw + w > maxw and (not is_title or tok[0] not in NO_LINE_START):
            lines.append(cur)
            tok = tok.lstrip()
            w = tw(d, tok, f)
            cur, curw = [], 0
        cur.append((tok, is_title))
        curw += w
    lines.append(cur)
    return lines


def paint_d(im, d):
    W, H = im.size
    X0, X1 = 64, W - 64
    white = (255, 255, 255)
    d.text((X0, 70), "CLK 2043", font=font(110, True), fill=white)
    d.text((X0 + 4, 216), "第38届中国 Linux 内核开发者大会", font=font(48, True), fill=white)
    lab = "大会日程一览"
    d.rounded_rectangle([X1 - tw(d, lab, font(36, True)) - 56, 100, X1, 168], radius=34, outline=ACC_D[0], width=3)
    rtext(d, X1 - 28, 110, lab, font(36, True), ACC_D[0])
    d.text((X0 + 4, 300), "2043年10月24日（周六）｜ 广州 · 中山大学南校园 梁銶琚堂", font=font(32), fill=SOFT_D)
    y = 410
    ft, fs, fr = font(32), font(27), font(29, True)
    TX = X0 + 206
    for si, (name, room, host, slots) in enumerate(SUM_D):
        acc = ACC_D[si]
        if si == 1:
            d.line([(X0, y + 22), (X1, y + 22)], fill=(60, 58, 110), width=2)
            lab = "下午　三个分论坛同时进行"
            w = tw(d, lab, font(30, True)) + 48
            d.rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 46], fill=INDIGO_D)
            ctext(d, W / 2, y + 2, lab, font(30, True), SOFT_D)
            y += 84
        d.rectangle([X0, y + 10, X0 + 26, y + 36], fill=acc)
        d.text((X0 + 44, y - 6), name, font=font(42, True), fill=white)
        if room:
            rtext(d, X1, y + 2, room, font(28, True), acc)
        y += 66
        d.text((X0 + 44, y), "主持人：%s（%s）" % host, font=font(26), fill=DIM_D)
        y += 64
        for s in slots:
            rng = "%s-%s" % (s["start"], s["end"])
            if s["kind"] == "break":
                d.text((X0, y), rng, font=fr, fill=DIM_D)
                d.text((TX, y - 1), s["title"], font=ft, fill=DIM_D)
                y += 58
                continue
            nm, co, _ = s["sp"][0]
            rows = rich_rows(d, s["title"], "%s（%s）" % (nm, co), ft, fs, X1 - TX)
            d.text((X0, y), rng, font=fr, fill=acc)
            for row in rows:
                x = TX
                for tok, is_title in row:
                    f = ft if is_title else fs
                    d.text((x, y - 1 if is_title else y + 3), tok, font=f, fill=white if is_title else SOFT_D)
                    x += tw(d, tok, f)
                y += 50
            y += 12
        y += 34
    y += 10
    d.line([(X0, y), (X1, y)], fill=(60, 58, 110), width=2)
    y += 40
    qrcode(d, X0, y, 170, 2831)
    d.text((X0 + 210, y + 22), "扫码查看嘉宾介绍与演讲资料", font=font(32, True), fill=white)
    d.text((X0 + 210, y + 78), "主办：中国 Linux 内核开发者大会组委会", font=font(24), fill=DIM_D)
    d.text((X0 + 210, y + 116), "承办：中山大学计算机学院", font=font(24), fill=DIM_D)
    y += 200
    assert y <= H, y
    return y


def poster_d():
    W, H = 1242, 2688
    im = vgrad(W, H, (30, 26, 78), (12, 10, 34))
    d = ImageDraw.Draw(im)
    for i in range(16):
        d.ellipse([W - 380 + i * 18, -260 + i * 12, W + 260 - i * 6, 380 - i * 4], outline=(46, 42, 104), width=2)
    paint_d(im, d)
    return im, [{"forum": sec[0], "slots": [truth_slot(s) for s in sec[3]]} for sec in SUM_D]


NOTE = (
    "Same conventions as posters-blind-4..27: speakers are names as printed with spaces removed (the foreign "
    "name 'Antoine Girard' -> 'AntoineGirard'); host is the chair printed for the forum covering the slot, null "
    "for breaks; start/end always HH:MM on a 24-hour clock; titles exclude tags and badges; where two or more "
    "speakers are printed each has his own affiliation, given per speaker; affiliations keep a printed job "
    "title, joined to the company by one space; break titles are as printed; an opening speech with a speaker "
    "('嘉宾致辞', '开幕致辞') is a talk. Three conferences, so that no talk is on two posters: CLK 2041 (第36届, 重庆, "
    "2041-10-26) only on the full-conference image, CLK 2042 (第37届, 济南) on the two forum posters, two forums "
    "running in parallel on the afternoon of 2042-10-25, and CLK 2043 (第38届, 广州, 2043-10-24) only on the "
    "one-page overview. Added or stressed here: "
    "(1) The CLK 2041 full-conference image (JPEG, dark green, 1080 px wide) prints every range with a space on "
    "each side of the hyphen ('09:20 - 10:00'), in gold at the left of a card, a thin divider, the bold title "
    "right of it (six wrap to two lines) and per speaker one line 'name　company　job' (name bold and larger; "
    "affiliation 'company job', e.g. '华为 操作系统内核首席专家'). Each forum opens with a gold ribbon holding its "
    "name, then '主持人：name（unit）' centred and a room line ('会场：A 厅（逸夫科技楼 201）'), neither part of the "
    "name nor a slot; the pill '下午　四个分论坛同时进行' is no slot; the four afternoon forums run in parallel, so "
    "their times repeat. The day opens as the organisers print it: '09:00 - 09:05　开幕' in a card of its own "
    "WITHOUT any speaker, given as a break (kind 'break', title '开幕', host null: nothing is presented and nobody "
    "is named), then '09:05 - 09:20　嘉宾致辞' with a speaker (杨建国, 重庆大学 副校长), a talk. Breaks are gold bands "
    "with the range before the label ('10:40 - 10:55　茶歇'); '午餐' (12:15-13:30) closes 主论坛 and is one of its "
    "slots. The talk 10:00-10:40 has two speakers (陈思远, 郗明辉), one line each. "
    "(2) The CLK 2042 forum poster 端侧与嵌入式 Linux 分论坛 (PNG, crimson header on light grey) names the host once, "
    "centred under the header ('主持人：于洋（山东大学计算机科学与技术学院 副教授）'); the introduction paragraph is no "
    "slot, and the header's '2042年10月25日（周六）下午' prints no range. Each talk is a card: the range, the bold "
    "title, a dotted rule, then a grey photo placeholder with the name and 'company　job' right of it (affiliation "
    "'company job'), and UNDER them a two- or three-line biography across the card: the biography (which names "
    "other companies, projects, years and counts, e.g. '荣耀终端有限公司', '中兴通讯', 'Bootlin since 2031') is no "
    "part of the affiliation or the title. The foreign speaker Antoine Girard (Bootlin　Embedded Linux Engineer) "
    "gives the set's one all-English title, and his biography is in English. "
    "(3) The CLK 2042 forum poster 性能优化与调试分论坛 (PNG, navy) prints its info lines '时　间', '地　点' and "
    "'主持人：任建华（浪潮信息 首席架构师）' (host 任建华) and an English name line ('PERFORMANCE & DEBUGGING FORUM', "
    "not part of the forum's name), then a ruled table 时间 | 议题 | 分享嘉宾: the range in the time cell, the title "
    "wrapping greedily in its cell (every title takes two lines), the speaker cell holding the name bold over "
    "'company job' in smaller type (affiliation 'company job'); the talk 14:05-14:40 has two such stacks in one "
    "cell (石晓宇 统信软件 内核工程师, 段佳 南京大学 博士研究生). The 茶歇 row's label spans 议题 and 分享嘉宾. The "
    "note under the table and the QR line are no slots. "
    "(4) The CLK 2043 overview is one page (1242 x 2688, PNG, dark indigo): a header ('CLK 2043', the conference, "
    "'大会日程一览', date and place), then per forum a head (a coloured square, the name, '会场 A'..'C' at the right, "
    "not part of the name) and '主持人：name（unit）'; one row per slot: the range in the forum's colour, then "
    "'title — name（company）' (affiliation the company alone; no job printed), the title white and the speaker "
    "grey; where the whole does not fit, the title runs to the end of the line and '— name（company）' goes to the "
    "next line (two rows). The day opens with '开幕致辞 — 陈立华（中山大学）', a talk. Breaks print the range and the "
    "label only ('10:35-10:50　茶歇'); '午餐' (12:10-13:30) closes 主论坛 and is one of its slots; the line "
    "'下午　三个分论坛同时进行' is no slot. Uncommon surnames 郗 (CLK 2041) and 栾 (CLK 2042)."
)

LAYOUTS = {
    "ribbon-cards-full-conference.jpg": (
        "CLK 2041 (第36届) full conference, 重庆, 2041-10-26, the organisers' long image on deep green (1080 px wide, "
        "JPEG q90 round trip with light grain, then q88): logo lines, '重庆大学', '第36届中国 / Linux内核开发者大会', a "
        "gold-framed date, the place, an introduction, '大会议程 CONFERENCE AGENDA'; 主论坛 and, after a pill "
        "'下午　四个分论坛同时进行', four parallel forums, each under a gold ribbon with '主持人：name（unit）' and a room "
        "line centred under it; each talk a card with the range '09:20 - 10:00' in gold at the left, a divider, the "
        "bold title and per speaker 'name　company　job'; '开幕' (no speaker) then '嘉宾致辞' open the day; breaks as "
        "gold bands '10:40 - 10:55　茶歇'; support-unit boxes and a QR code at the foot. Uncommon surname 郗.",
        "2041-10-26", poster_a),
    "grey-photo-bio-forum.png": (
        "端侧与嵌入式 Linux 分论坛 of CLK 2042 (第37届), 济南, 2042-10-25 afternoon (1080 px wide): a crimson header "
        "(logo lines, '山东大学', '第37届中国 / Linux内核开发者大会', the forum in a white banner, date and place), "
        "'主持人：于洋（unit）' centred, an introduction, '议程与嘉宾'; one white card per talk: the range, the bold "
        "title, a dotted rule, a grey photo placeholder with the name and 'company　job' beside it, and a biography "
        "under them across the card; a grey 茶歇 card. A foreign speaker (Antoine Girard, Bootlin) with an English "
        "title and an English biography. Uncommon surname 栾.",
        "2042-10-25", poster_b),
    "ruled-table-stacked-speakers.png": (
        "性能优化与调试分论坛 of CLK 2042 (第37届), 济南, 2042-10-25 afternoon (1080 x 2210), in parallel with the "
        "forum above: a navy header (logo lines, the conference, the forum, an English name, info lines 时　间 / "
        "地　点 / '主持人：任建华（浪潮信息 首席架构师）'), then a white sheet with a ruled table 时间 | 议题 | 分享嘉宾 "
        "(amber head row): ranges '13:30-14:05', titles wrapping in their cells, speaker cells with the name over "
        "'company job' in smaller type, two such stacks in one cell for a talk by two speakers; a 茶歇 row spanning "
        "议题 and 分享嘉宾; a note, a QR code and the organisers.",
        "2042-10-25", poster_c),
    "overview-dash-rows.png": (
        "CLK 2043 (第38届), 广州, 2043-10-24, a one-page overview (1242 x 2688) on dark indigo: 'CLK 2043', the "
        "conference, '大会日程一览', date and place; 主论坛, then '下午　三个分论坛同时进行' and three parallel forums, "
        "each headed by a coloured square, its name and '会场 A' at the right, with '主持人：name（unit）' under it; "
        "rows 'HH:MM-HH:MM title — name（company）' with the range in the forum's colour, two rows running on to a "
        "second line; '开幕致辞 — name（unit）' opens the day; breaks as grey rows '10:35-10:50　茶歇'; a QR code and "
        "the organisers at the foot.",
        "2043-10-24", poster_d),
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
