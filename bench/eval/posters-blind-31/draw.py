"""Draw the thirty-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities, palette reduction only
through Pillow's median cut.  The set is about the ONE agenda image that an
edition held online puts in its repository's imgs/ folder, in the family of the
organisers' own long images (a dark or coloured background, a row or a card per
talk, forum headings with hosts): 主论坛 and three or four parallel afternoon
forums on each picture, four editions, no talk on two posters.  CLK 2053 in the
blue timeline manner, drawn at 1080 px and shrunk to 750 px (a round table with
'主持人：' and '嘉　宾：' inside 主论坛); CLK 2054 in the dark manner, every host
printed in one block apart from the forums; CLK 2055 with each forum as a grid of
tiles two to a row; CLK 2056 as one table whose forum names stand vertically in a
side bar, saved as a palette PNG of about 1.5 MB.
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
MONO_SC = 7  # face index of Noto Sans Mono CJK SC in the same collections
_fc = {}


def font(size, bold=False, serif=False, mono=False):
    fam = "Serif" if serif else "Sans"
    path = FD + "Noto%sCJK-%s.ttc" % (fam, "Bold" if bold else "Regular")
    key = (path, size, mono)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, size, index=MONO_SC if mono else SC)
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



def grain(im, seed, noise):
    """Seeded grain blended in: the texture of a designer's gradients and of a re-saved picture."""
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def finish(im, seed, noise, blur, quality):
    """Seeded grain, a slight blur and a JPEG round trip: a poster re-shared in a chat group."""
    im = grain(im, seed, noise).filter(ImageFilter.GaussianBlur(blur))
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


def pad(name):
    """A two-character Chinese name padded to three with a full-width space, as the organisers print it."""
    if len(name) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return name[0] + "\u3000" + name[1]
    return name


def P(start, end, title, moderator, guests, host):
    """A round table: its moderator ('主持人：') and its guests ('嘉　宾：') are all its speakers."""
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": [moderator, *guests],
            "host": host, "panel": True}


def glow(im, cx, cy, r, color, steps):
    """A soft round light: concentric discs blended in from the outside."""
    for i in range(steps):
        rr = r * (1 - i / steps)
        layer = Image.new("RGB", im.size, color)
        mask = Image.new("L", im.size, 0)
        ImageDraw.Draw(mask).ellipse([cx - rr, cy - rr, cx + rr, cy + rr], fill=int(255 * 0.6 / steps))
        im.paste(layer, (0, 0), mask)


def sponsor_boxes(d, x0, x1, y, names, fill, ink, f):
    """Support units as the organisers list them: names in outlined boxes, three to a row."""
    bw = (x1 - x0 - 40) / 3
    for k, name in enumerate(names):
        bx, by = x0 + (k % 3) * (bw + 20), y + (k // 3) * 92
        d.rounded_rectangle([bx, by, bx + bw, by + 70], radius=8, fill=fill)
        ctext(d, bx + bw / 2, by + 14, name, f, ink)
    return y + ((len(names) + 2) // 3) * 92


# ===========================================================================
# 1. CLK 2053 (第48届), online, 2053-12-06, in the blue timeline manner of the
#    organisers' long images; drawn at 1080 px, saved 750 px wide (PNG), so
#    the company lines are about 15 px high.  Header (logo lines, '线上举办',
#    '第48届中国 / Linux内核开发者大会', a date pill, the live platforms, an
#    introduction in a bracketed frame, '大会议程'); 主论坛 and three afternoon
#    forums, each heading '01 内存管理 分论坛' (a gap before 分论坛) with
#    '主持人：name' at the right and the unit under it.  Rows: the range at the
#    left, a dot on a vertical line, the cyan title, per speaker the padded
#    name and 'company job' in small type.  The round table prints '主持人：'
#    and '嘉　宾：' inside the talk.  Breaks are light bands.
HOST_1 = ("陈建明", "中国科学院软件研究所 研究员")
MAIN_1 = [
    T("09:00", "09:10", "开幕致辞", [S("孙浩", "浙江大学", "教授")], "陈建明"),
    T("09:10", "09:50", "Linux 内核内存分层：从 NUMA 到 CXL 内存池", [S("王志强", "阿里云", "内核架构师")], "陈建明"),
    T("09:50", "10:30", "RISC-V 向量扩展在内核中的上下文切换优化",
      [S("刘畅", "中国科学院软件研究所", "副研究员")], "陈建明"),
    B("10:30", "10:40", "茶歇"),
    T("10:40", "11:20", "Kernel Live Patching at Scale", [S("Matteo Rossi", "SUSE", "内核工程师")], "陈建明"),
    P("11:20", "12:00", "圆桌论坛：开源内核社区如何培养下一代维护者", S("周敏", "华为", "开源技术专家"),
      [S("李强", "统信软件", "内核研发总监"), S("张海燕", "龙蜥社区", "技术委员会委员"),
       S("黄文杰", "清华大学", "副教授"), S("何涛", "vivo", "内核团队负责人")], "陈建明"),
    B("12:00", "13:30", "午休"),
]
FORUMS_1 = [
    ("01", "内存管理", ("林峰", "上海交通大学 副教授"), [
        T("13:30", "14:10", "基于 DAMON 的冷热页识别与主动回收：千万级容器集群的实践", [S("许晓东", "字节跳动", "内核工程师")], "林峰"),
        B("14:10", "14:20", "休息"),
        T("14:20", "15:00", "THP 拆分延迟分析：deferred split 队列的锁竞争",
          [S("郭婷婷", "OPPO", "内核工程师"), S("宋飞", "OPPO", "内核专家")], "林峰"),
    ]),
    ("02", "存储与文件系统", ("杜明辉", "华中科技大学 教授"), [
        T("13:30", "14:10", "bcachefs 的写时复制 B+ 树与崩溃一致性", [S("赵磊", "阿里云", "存储内核专家")], "杜明辉"),
        B("14:10", "14:20", "休息"),
        T("14:20", "15:00", "FUSE passthrough 在 AI 数据集加载中的应用", [S("梁晨", "蚂蚁集团", "存储工程师")], "杜明辉"),
    ]),
    ("03", "eBPF 与可观测性", ("袁志刚", "腾讯 专家工程师"), [
        T("13:30", "14:10", "BPF arena：用户态与内核共享内存的新方式", [S("蒋楠", "Meta", "软件工程师")], "袁志刚"),
        T("14:10", "14:50", "基于 eBPF 的调度延迟火焰图", [S("彭宇", "小米", "性能工程师")], "袁志刚"),
    ]),
]
INTRO_1 = ("中国 Linux 内核开发者大会（CLK）自 2006 年起每年举办，今年是第 48 届，由清华大学、华为、阿里云、"
           "字节跳动、腾讯、龙蜥社区、openEuler 社区等单位共同发起。受场地安排影响，本届大会全程线上举办，"
           "上午为主论坛，下午三个分论坛在各自的直播间同时进行，会后回放与演讲资料发布在大会仓库。")
CYAN_1, PINK_1, PALE_1 = (120, 232, 255), (255, 120, 220), (178, 204, 255)


def section_head_1(d, X0, X1, y, num, name, host):
    """A forum heading: the number in a slanted box, the name with a gap before '分论坛', the host at the right."""
    white = (255, 255, 255)
    fb = font(52, True)
    x = X0
    if num:
        d.polygon([(x + 12, y + 6), (x + 96, y + 6), (x + 84, y + 84), (x, y + 84)], outline=CYAN_1, width=4)
        d.text((x + 14, y + 10), num, font=font(50, True), fill=CYAN_1)
        x += 116
        d.text((x, y + 8), name, font=fb, fill=white)
        x += tw(d, name, fb) + 26
        d.text((x, y + 8), "分论坛", font=fb, fill=white)
    else:
        d.polygon([(x, y + 26), (x + 20, y + 44), (x, y + 62)], fill=CYAN_1)
        d.polygon([(x + 22, y + 26), (x + 42, y + 44), (x + 22, y + 62)], fill=CYAN_1)
        d.text((x + 60, y + 8), name, font=fb, fill=white)
    hx = X1 - 226
    assert x + tw(d, "分论坛" if num else name, fb) + 30 <= hx, name
    d.text((hx, y + 10), "主持人：", font=font(30, True), fill=PINK_1)
    d.text((hx + tw(d, "主持人：", font(30, True)), y + 10), pad(host[0]), font=font(30), fill=white)
    d.text((hx, y + 58), host[1], font=font(19), fill=PALE_1)
    y += 104
    d.rectangle([X0, y, X1, y + 8], fill=(64, 170, 255))
    return y + 46


def paint_1(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    white = (255, 255, 255)
    logo_lines(d, X0, 40, white, PALE_1)
    lab = "线上举办 ONLINE"
    w = tw(d, lab, font(26, True)) + 44
    d.rounded_rectangle([X1 - w, 62, X1, 112], radius=25, fill=(255, 255, 255))
    rtext(d, X1 - 22, 70, lab, font(26, True), (24, 60, 200))
    d.text((X0, 200), "第48届中国", font=font(98, True), fill=white)
    d.text((X0, 324), "Linux内核开发者大会", font=font(86, True), fill=CYAN_1)
    y = 480
    lab = "2053年12月6日（周六）｜ 线上直播"
    d.rounded_rectangle([X0, y, X0 + tw(d, lab, font(32, True)) + 48, y + 62], radius=12, outline=white, width=3)
    d.text((X0 + 24, y + 9), lab, font=font(32, True), fill=white)
    d.text((X0, y + 96), "直播平台：CSDN · 哔哩哔哩 · 微信视频号「中国Linux内核开发者大会」", font=font(26), fill=PALE_1)
    y += 190
    fi = font(25)
    lines = wrap(d, INTRO_1, fi, X1 - X0 - 80)
    h = 60 + 44 * len(lines)
    d.rectangle([X0, y, X1, y + h], fill=(26, 52, 170))
    for cx, cy, sx, sy in ((X0, y, 1, 1), (X1, y, -1, 1), (X0, y + h, 1, -1), (X1, y + h, -1, -1)):
        d.line([(cx, cy), (cx + 40 * sx, cy)], fill=CYAN_1, width=4)
        d.line([(cx, cy), (cx, cy + 40 * sy)], fill=CYAN_1, width=4)
    yy = y + 30
    for ln in lines:
        d.text((X0 + 40, yy), ln, font=fi, fill=white)
        yy += 44
    y += h + 80
    lab = "大会议程"
    w = tw(d, lab, font(56, True)) + 120
    d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 92], radius=20, fill=(70, 200, 255))
    ctext(d, W / 2, y + 10, lab, font(56, True), (16, 40, 160))
    y += 170
    TX, LX = X0 + 302, X0 + 276  # title column, timeline
    fr, ft, fn, fa, fl = font(29, True), font(31, True), font(29), font(21), font(27, True)
    sections = [(None, "主论坛", HOST_1, MAIN_1)] + list(FORUMS_1)
    for num, name, host, slots in sections:
        y = section_head_1(d, X0, X1, y, num, name, host)
        top = y
        for s in slots:
            rng = "%s-%s" % (s["start"], s["end"])
            if s["kind"] == "break":
                d.rectangle([X0, y, X1, y + 60], fill=(58, 112, 246))
                d.text((X0 + 20, y + 11), rng, font=font(27, True), fill=white)
                d.text((TX, y + 11), s["title"], font=font(27, True), fill=white)
                y += 60 + 40
                continue
            d.text((X0 + 20, y + 2), rng, font=fr, fill=white)
            d.ellipse([LX - 6, y + 17, LX + 6, y + 29], fill=CYAN_1)
            yy = y
            for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
                d.text((TX, yy), ln, font=ft, fill=CYAN_1)
                yy += 46
            yy += 8
            people = [(None, s["sp"])] if not s.get("panel") else [("主持人：", s["sp"][:1]),
                                                                   ("嘉　宾：", s["sp"][1:])]
            for label, sps in people:
                if label:
                    d.text((TX, yy + 4), label, font=fl, fill=PINK_1)
                    yy += 48
                for name_, company, job in sps:
                    shown = pad(name_)
                    d.text((TX, yy), shown, font=fn, fill=white)
                    x = TX + max(tw(d, shown, fn), tw(d, "张海燕", fn)) + 18
                    d.text((x, yy + 8), "%s %s" % (company, job), font=fa, fill=PALE_1)
                    assert x + tw(d, "%s %s" % (company, job), fa) <= X1, name_
                    yy += 44
            y = yy + 46
        d.line([(LX, top - 14), (LX, y - 40)], fill=(90, 150, 255), width=2)
        y += 50
    # foot: support units, QR code, organisers
    lab = "支持单位"
    w = tw(d, lab, font(44, True)) + 100
    d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 76], radius=16, fill=(70, 200, 255))
    ctext(d, W / 2, y + 8, lab, font(44, True), (16, 40, 160))
    y += 120
    y = sponsor_boxes(d, X0 + 60, X1 - 60, y, ["清华大学", "华为", "阿里云", "字节跳动", "腾讯", "龙蜥社区",
                                                "openEuler", "统信软件", "CSDN"], white, (20, 50, 170), font(28, True))
    y += 60
    qrcode(d, W / 2 - 130, y, 260, 3101)
    ctext(d, W / 2, y + 290, "扫码进入直播间", font(40, True), white)
    ctext(d, W / 2, y + 350, "主办：中国 Linux 内核开发者大会组委会", font(26), PALE_1)
    return y + 460


def bg_1(w, h):
    im = vgrad(w, h, (22, 48, 196), (14, 66, 214))
    d = ImageDraw.Draw(im)
    for i in range(8):  # light beams across the header
        d.polygon([(600 + i * 70, 0), (640 + i * 70, 0), (1080, 380 - i * 30), (1080, 340 - i * 30)],
                  fill=(34 + i * 2, 72 + i * 2, 214))
    glow(im, 880, 420, 220, (90, 150, 255), 12)
    for i in range(6):  # rings of a live stream
        d.ellipse([760 - i * 30, 300 - i * 30, 1000 + i * 30, 540 + i * 30], outline=(80, 130, 240), width=2)
    return im


def poster_1():
    im = two_pass(1080, paint_1, bg_1)
    im = im.resize((750, round(im.size[1] * 750 / 1080)), Image.LANCZOS)
    forums = [{"forum": "主论坛", "slots": [truth_slot(s) for s in MAIN_1]}]
    for _, name, _, slots in FORUMS_1:
        forums.append({"forum": name + "分论坛", "slots": [truth_slot(s) for s in slots]})
    return im, forums


# ===========================================================================
# 2. CLK 2054 (第49届), online, 2054-12-05, in the dark manner of the
#    organisers' long images (JPEG, 1080 px): near black with violet and teal
#    light, 'CLK' with '2054' raised beside it, '第49届中国 / Linux内核开发者大会',
#    a date box without the year ('12月5日 ｜ 线上'), an introduction, then ONE
#    block '论坛主持人' (over a hollow 'HOSTS') listing every forum with its
#    host and unit, before '大会议程' (over a hollow 'AGENDA').  The forum
#    headings print no host: 主论坛 plain, the others over a big dim number.
#    Rows: the range, a dot on a line, the teal title (one with a long English
#    part in brackets over three lines), per speaker the padded name and
#    'company job' in small blue type.  Breaks are navy bands.
FORUMS_2 = [
    (None, "主论坛", ("吴海峰", "北京大学 教授"), [
        T("09:00", "09:15", "大会致辞", [S("唐立新", "国防科技大学", "教授"), S("范伟", "openEuler 社区", "理事长")],
          "吴海峰"),
        T("09:15", "09:55", "内核中的 Rust 抽象层：从 PCI 驱动到文件系统", [S("程志伟", "华为", "内核专家")], "吴海峰"),
        T("09:55", "10:35", "面向 AI 加速器的设备内存管理 (Heterogeneous Memory Management and Shared "
          "Virtual Addressing for AI Accelerators)", [S("钟磊", "NVIDIA", "系统软件工程师")], "吴海峰"),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:30", "LoongArch 虚拟化：KVM 支持的现状与计划", [S("宓晓明", "龙芯中科", "内核工程师")], "吴海峰"),
        T("11:30", "12:10", "发行版内核的安全更新与 CVE 响应流程", [S("夏雨", "麒麟软件", "安全研究员")], "吴海峰"),
        B("12:10", "13:30", "午餐"),
    ]),
    ("01", "虚拟化与云原生分论坛", ("邱志勇", "蚂蚁集团 资深技术专家"), [
        T("13:30", "14:10", "virtio-mem 与内存热插拔在 Serverless 场景中的实践", [S("秦刚", "阿里云", "虚拟化工程师")],
          "邱志勇"),
        B("14:10", "14:25", "茶歇"),
        T("14:25", "15:05", "KVM 脏页跟踪：dirty ring 与 PML 的取舍",
          [S("汪洋", "字节跳动", "虚拟化专家"), S("姚佳琪", "字节跳动", "研发工程师")], "邱志勇"),
    ]),
    ("02", "调度与性能分论坛", ("段明", "中山大学 副教授"), [
        T("13:30", "14:10", "大规模 NUMA 服务器上的负载均衡开销分析", [S("叶凡", "腾讯", "性能专家")], "段明"),
        T("14:10", "14:50", "perf sched 与 BPF 结合的调度器回归定位", [S("潘文静", "英特尔", "性能工程师")], "段明"),
    ]),
    ("03", "网络与 I/O 分论坛", ("钱卫东", "中国移动 首席专家"), [
        T("13:30", "14:10", "io_uring 网络收发的批处理优化", [S("邵鹏", "快手", "基础架构工程师")], "钱卫东"),
        T("14:10", "14:50", "AF_XDP 在 5G 用户面中的部署", [S("卢晓燕", "中兴通讯", "系统工程师")], "钱卫东"),
    ]),
]
INTRO_2 = ("CLK 即“中国 Linux 内核开发者大会”，自 2006 年起每年举办一届，是国内 Linux 内核领域的技术盛会。"
           "第 49 届大会于 12 月 5 日在线上举行，由国防科技大学、华为、阿里云、腾讯、英特尔、蚂蚁集团等单位共同发起，"
           "上午主论坛，下午三个分论坛同时直播，欢迎广大 Linux 开发者和爱好者参加。")
TEAL_2, BLUE_2, GREY_2 = (40, 232, 212), (86, 148, 255), (150, 160, 190)


def hollow(d, cx, y, text, f, outline, fill):
    """Outlined letters behind a heading, as the organisers set 'AGENDA' under '大会议程'."""
    d.text((cx - tw(d, text, f) / 2, y), text, font=f, fill=fill, stroke_width=2, stroke_fill=outline)


def paint_2(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    white = (255, 255, 255)
    logo_lines(d, X0, 40, white, GREY_2)
    fc = font(92, True)
    d.text((X1 - 330, 36), "CLK", font=fc, fill=white)
    d.text((X1 - 330 + tw(d, "CLK", fc) + 8, 42), "2054", font=font(30, True), fill=white)
    d.text((X0, 220), "第49届中国", font=font(96, True), fill=(236, 220, 255))
    d.text((X0, 342), "Linux内核开发者大会", font=font(88, True), fill=(236, 220, 255))
    y = 494
    lab = "12月5日 ｜ 线上"
    d.rounded_rectangle([X0, y, X0 + tw(d, lab, font(34, True)) + 50, y + 64], radius=8, outline=white, width=3)
    d.text((X0 + 25, y + 9), lab, font=font(34, True), fill=white)
    d.text((X0, y + 100), "直播：哔哩哔哩 · 微信视频号 · CSDN", font=font(30, True), fill=white)
    y += 220
    fi = font(24)
    lines = wrap(d, INTRO_2, fi, X1 - X0 - 60)
    h = 50 + 42 * len(lines)
    d.rectangle([X0, y, X1, y + h], fill=(16, 18, 44), outline=(70, 80, 140), width=2)
    yy = y + 25
    for ln in lines:
        d.text((X0 + 30, yy), ln, font=fi, fill=(220, 224, 240))
        yy += 42
    y += h + 110
    # every host in one block, apart from the forums
    hollow(d, W / 2, y - 20, "HOSTS", font(110, True), (50, 70, 110), (8, 10, 26))
    ctext(d, W / 2, y + 20, "论坛主持人", font(56, True), white)
    y += 130
    for _, name, host, _ in FORUMS_2:
        d.line([(X0, y), (X1, y)], fill=(50, 60, 110), width=2)
        d.ellipse([X0 + 8, y + 30, X0 + 22, y + 44], fill=TEAL_2)
        d.text((X0 + 40, y + 16), name, font=font(31, True), fill=TEAL_2)
        d.text((X0 + 470, y + 16), pad(host[0]), font=font(31, True), fill=white)
        d.text((X0 + 600, y + 22), host[1], font=font(23), fill=GREY_2)
        assert X0 + 40 + tw(d, name, font(31, True)) < X0 + 450
        y += 76
    d.line([(X0, y), (X1, y)], fill=(50, 60, 110), width=2)
    y += 150
    hollow(d, W / 2, y - 20, "AGENDA", font(120, True), (50, 70, 110), (8, 10, 26))
    ctext(d, W / 2, y + 20, "大会议程", font(64, True), white)
    y += 190
    TX, LX = X0 + 280, X0 + 254
    fr, ft, fn, fa = font(28, True), font(31, True), font(29), font(21)
    for num, name, _, slots in FORUMS_2:
        if num:
            d.text((X0 - 4, y - 56), num, font=font(130, True), fill=(24, 92, 110))
        d.text((X0, y + 10), name, font=font(48, True), fill=white)
        y += 92
        d.rectangle([X0, y, X1, y + 10], fill=TEAL_2)
        y += 50
        top = y
        for s in slots:
            rng = "%s-%s" % (s["start"], s["end"])
            if s["kind"] == "break":
                d.rectangle([X0, y - 6, X1, y + 50], fill=(22, 38, 112))
                d.text((X0 + 12, y + 5), rng, font=font(27, True), fill=white)
                d.text((TX, y + 5), s["title"], font=font(27, True), fill=white)
                y += 50 + 46
                continue
            d.text((X0 + 12, y + 2), rng, font=fr, fill=white)
            d.ellipse([LX - 6, y + 17, LX + 6, y + 29], fill=BLUE_2)
            yy = y
            for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
                d.text((TX, yy), ln, font=ft, fill=TEAL_2)
                yy += 46
            yy += 6
            for name_, company, job in s["sp"]:
                shown = pad(name_)
                d.text((TX, yy), shown, font=fn, fill=white)
                x = TX + max(tw(d, shown, fn), tw(d, "姚佳琪", fn)) + 16
                d.text((x, yy + 7), "%s %s" % (company, job), font=fa, fill=BLUE_2)
                assert x + tw(d, "%s %s" % (company, job), fa) <= X1, name_
                yy += 42
            y = yy + 44
        d.line([(LX, top - 10), (LX, y - 40)], fill=(40, 60, 120), width=2)
        y += 110
    hollow(d, W / 2, y - 20, "SUPPORT", font(110, True), (50, 70, 110), (8, 10, 26))
    ctext(d, W / 2, y + 20, "支持单位", font(56, True), white)
    y += 150
    y = sponsor_boxes(d, X0 + 40, X1 - 40, y, ["国防科技大学", "华为", "阿里云", "腾讯", "英特尔", "蚂蚁集团",
                                                "龙芯中科", "麒麟软件", "中兴通讯"], white, (16, 20, 40),
                      font(28, True))
    y += 60
    qrcode(d, W / 2 - 120, y, 240, 3201)
    ctext(d, W / 2, y + 270, "扫码预约直播", font(36, True), white)
    ctext(d, W / 2, y + 326, "主办：中国 Linux 内核开发者大会组委会", font(24), GREY_2)
    return y + 430


def bg_2(w, h):
    im = Image.new("RGB", (w, h), (8, 10, 26))
    glow(im, 860, 560, 300, (120, 50, 200), 14)
    glow(im, 980, 720, 160, (20, 150, 170), 10)
    glow(im, 60, 1500, 260, (70, 30, 130), 10)
    d = ImageDraw.Draw(im)
    for i in range(14):  # light strokes swept across the header
        d.arc([-400 + i * 18, 300 + i * 14, 1500 - i * 18, 1400 + i * 14], 190, 260, fill=(60 + i * 4, 30, 120 + i * 3),
              width=2)
    return im


def poster_2():
    im = two_pass(1080, paint_2, bg_2)
    im = finish(im, 3202, 0.004, 0.25, 90)
    return im, [{"forum": name, "slots": [truth_slot(s) for s in slots]} for _, name, _, slots in FORUMS_2]


# ===========================================================================
# 3. CLK 2055 (第50届), online, 2055-12-04 (JPEG, 1080 px), violet to blue:
#    logo lines, a gold ring '50 届', 'CLK 2055', the conference, the date and
#    live line, '大会议程'.  Each forum opens with a coloured strip: the name at
#    the left and, stacked at the right, '主持人', the host's name and unit.
#    Its talks are TILES, two to a row (read left, then right, then the next
#    row): a time chip, the bold title, a dotted rule, per speaker the name in
#    bold over 'company · job'.  Breaks and the speakerless '直播抽奖' are slim
#    bars across both columns, label first ('休息　10:20-10:30').
FORUMS_3 = [
    ("主论坛", ("贺建国", "复旦大学 教授"), (236, 172, 40), [
        T("09:00", "09:40", "内核可观测性的统一：tracepoint、fprobe 与 BTF", [S("毛志刚", "Red Hat", "首席软件工程师")],
          "贺建国"),
        T("09:40", "10:20", "面向 CXL 3.0 的内存共享与一致性", [S("芮琳", "英特尔", "资深架构师")], "贺建国"),
        B("10:20", "10:30", "休息"),
        T("10:30", "11:10", "Memory Tagging on Arm64: Hardening the Kernel with MTE",
          [S("Olivier Laurent", "Arm", "资深软件工程师")], "贺建国"),
        T("11:10", "11:50", "openEuler 内核在智能汽车上的实时化改造", [S("高敏", "华为", "内核工程师")], "贺建国"),
        B("11:50", "12:00", "直播抽奖"),
        B("12:00", "13:30", "午休"),
    ]),
    ("内存与存储分论坛", ("孟凡", "西安交通大学 副教授"), (26, 170, 190), [
        T("13:30", "14:10", "zswap 与 zram 的统一：swap 抽象层重构", [S("唐亮", "vivo", "内核工程师")], "孟凡"),
        T("14:10", "14:50", "大 folio 的 Page Cache 对数据库负载的影响",
          [S("白雪梅", "阿里云", "数据库内核专家"), S("黄凯", "阿里云", "内核工程师")], "孟凡"),
        B("14:50", "15:00", "休息"),
        T("15:00", "15:40", "云盘场景下 discard 与 write zeroes 的内核处理路径", [S("邓丽", "京东云", "存储工程师")], "孟凡"),
    ]),
    ("体系结构与虚拟化分论坛", ("彭丽", "中国科学院计算技术研究所 副研究员"), (226, 92, 140), [
        T("13:30", "14:10", "RISC-V H 扩展下 KVM 的性能剖析", [S("崔航", "平头哥半导体", "软件工程师")], "彭丽"),
        T("14:10", "14:50", "x86 FRED：新的中断与异常投递机制", [S("方涛", "兆芯", "内核工程师")], "彭丽"),
    ]),
    ("工具链与测试分论坛", ("沈悦", "统信软件 测试总监"), (110, 190, 80), [
        T("13:30", "14:10", "syzkaller 在国产发行版内核中的持续模糊测试", [S("金鑫", "麒麟软件", "安全工程师")], "沈悦"),
        T("14:10", "14:50", "用 Clang 构建内核：LTO 与 kCFI 实践", [S("贾博", "Google", "软件工程师")], "沈悦"),
    ]),
]
INK_3, GREY_3, PALE_3 = (28, 28, 56), (104, 104, 130), (214, 210, 255)


def cup(d, x, y, fill):
    """A small coffee cup drawn before a break's label."""
    d.rounded_rectangle([x, y + 6, x + 24, y + 28], radius=5, fill=fill)
    d.arc([x + 18, y + 10, x + 32, y + 24], 270, 90, fill=fill, width=3)
    for k in range(3):
        d.line([(x + 5 + k * 7, y - 4), (x + 5 + k * 7, y + 2)], fill=fill, width=2)


def tile(d, a, b, y, s, acc, layout):
    """One talk as a tile; with layout=None only measures.  Returns the tile's content height."""
    ft, fn, fa = font(30, True), font(27, True), font(21)
    lines = wrap_nicely(d, s["title"], ft, b - a - 48)
    h = 24 + 44 + 18 + 44 * len(lines) + 26 + 70 * len(s["sp"]) + 10
    if layout is None:
        return h
    d.rounded_rectangle([a, y, b, y + layout], radius=16, fill=(248, 248, 255))
    rng = "%s-%s" % (s["start"], s["end"])
    cw = tw(d, rng, font(25, True)) + 32
    d.rounded_rectangle([a + 24, y + 24, a + 24 + cw, y + 68], radius=22, fill=acc)
    d.text((a + 40, y + 29), rng, font=font(25, True), fill=(255, 255, 255))
    yy = y + 24 + 44 + 18
    for ln in lines:
        d.text((a + 24, yy), ln, font=ft, fill=INK_3)
        yy += 44
    yy += 8
    for x in range(int(a + 24), int(b - 24), 12):
        d.line([(x, yy), (x + 5, yy)], fill=(190, 190, 214), width=2)
    yy += 18
    for name, company, job in s["sp"]:
        d.text((a + 24, yy), name, font=fn, fill=INK_3)
        d.text((a + 24, yy + 36), "%s · %s" % (company, job), font=fa, fill=GREY_3)
        assert tw(d, "%s · %s" % (company, job), fa) <= b - a - 48
        yy += 70
    return h


def paint_3(im, d):
    W = im.size[0]
    X0, X1 = 40, W - 40
    white, gold = (255, 255, 255), (255, 204, 84)
    logo_lines(d, X0, 40, white, PALE_3)
    d.ellipse([X1 - 190, 36, X1, 226], outline=gold, width=5)
    d.ellipse([X1 - 176, 50, X1 - 14, 212], outline=gold, width=2)
    ctext(d, X1 - 95 - 14, 62, "50", font(92, True), gold)
    d.text((X1 - 95 + 38, 118), "届", font=font(30, True), fill=gold)
    d.text((X0, 250), "CLK 2055", font=font(110, True), fill=gold)
    d.text((X0 + 4, 400), "第50届中国Linux内核开发者大会", font=font(54, True), fill=white)
    d.text((X0 + 4, 490), "2055.12.04　周六 ｜ 全程线上直播", font=font(34, True), fill=white)
    d.text((X0 + 4, 548), "直播：CSDN · 哔哩哔哩 · 微信视频号　回放与资料见大会仓库", font=font(26), fill=PALE_3)
    y = 690
    ctext(d, W / 2, y, "大会议程", font(64, True), white)
    y += 92
    ctext(d, W / 2, y, "AGENDA · 主论坛 + 三个分论坛", font(26, True), gold)
    y += 90
    G = 20
    CW = (X1 - X0 - G) / 2
    for k, (name, host, acc, slots) in enumerate(FORUMS_3):
        if k == 1:
            ctext(d, W / 2, y, "— 下午　三个分论坛同时直播 —", font(32, True), gold)
            y += 90
        d.rounded_rectangle([X0, y, X1, y + 136], radius=18, fill=acc)
        d.text((X0 + 30, y + 36), name, font=font(46, True), fill=white)
        rtext(d, X1 - 28, y + 12, "主持人", font(22), white)
        rtext(d, X1 - 28, y + 40, host[0], font(34, True), white)
        rtext(d, X1 - 28, y + 90, host[1], font(21), white)
        assert X0 + 30 + tw(d, name, font(46, True)) + 30 < X1 - 28 - tw(d, host[1], font(21))
        y += 136 + 24
        pending = []
        for s in slots + [None]:
            if s is not None and s["kind"] == "talk":
                pending.append(s)
                if len(pending) < 2:
                    continue
            if pending:  # a row of one or two tiles
                cols = [(X0, X0 + CW), (X0 + CW + G, X1)]
                h = max(tile(d, a, b, y, t, acc, None) for (a, b), t in zip(cols, pending))
                for (a, b), t in zip(cols, pending):
                    tile(d, a, b, y, t, acc, h)
                y += h + G
                pending = []
            if s is not None and s["kind"] == "break":
                d.rounded_rectangle([X0, y, X1, y + 66], radius=14, fill=(92, 76, 184))
                lab = "%s　%s-%s" % (s["title"], s["start"], s["end"])
                lw = tw(d, lab, font(28, True))
                if s["title"] != "直播抽奖":
                    cup(d, W / 2 - lw / 2 - 50, y + 16, white)
                ctext(d, W / 2, y + 12, lab, font(28, True), white)
                y += 66 + G
        y += 60
    qrcode(d, X0, y, 220, 3301)
    d.text((X0 + 260, y + 24), "扫码进入直播间", font=font(40, True), fill=white)
    d.text((X0 + 260, y + 90), "四个论坛同步直播，会后提供回放", font=font(27), fill=PALE_3)
    d.text((X0 + 260, y + 140), "主办：中国 Linux 内核开发者大会组委会", font=font(24), fill=PALE_3)
    return y + 300


def bg_3(w, h):
    im = vgrad(w, h, (50, 24, 116), (22, 46, 140))
    glow(im, 900, 300, 260, (120, 80, 220), 12)
    d = ImageDraw.Draw(im)
    for i in range(9):  # confetti lines for the fiftieth edition
        x = 560 + i * 54
        d.line([(x, 672 - i * 4), (x + 30, 642 - i * 4)], fill=(200, 160, 60), width=4)
    return im


def poster_3():
    im = two_pass(1080, paint_3, bg_3)
    im = finish(im, 3302, 0.004, 0.2, 90)
    return im, [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, _, _, slots in FORUMS_3]


# ===========================================================================
# 4. CLK 2056 (第51届), online, 2056-12-02, on night blue with orange: the
#    header (logo lines, 'CLK 2056 · ONLINE', the conference, the date, the
#    live line, an introduction, '大会议程 AGENDA'), then ONE table under a
#    head row 论坛 | 时间 | 议题 | 分享嘉宾.  Each forum is a block whose name
#    stands VERTICALLY, one character under another, in a coloured side bar;
#    the block's first row is '主持人：name　unit'; rows: the range, the bold
#    title, per speaker the name over 'company job'; two speakers of one
#    company print 'name、name' over ONE 'company job'.  A band '下午　四个
#    分论坛在四个直播间同时进行' after 主论坛.  Drawn at 1080 px with grain, then
#    shrunk to 900 px and reduced to 256 colours (median cut, dithered): a PNG
#    of about 1.5 MB, as a repository image squeezed by a PNG tool.
FORUMS_4 = [
    ("主论坛", ("冯国华", "南京大学 教授"), (255, 159, 67), [
        T("09:30", "09:40", "开幕致辞", [S("刘建军", "南京大学计算机学院", "院长"), S("林涛", "openEuler 社区", "技术委员会主席")],
          "冯国华"),
        T("09:40", "10:30", "调度器二十年：从 O(1)、CFS 到 EEVDF", [S("Sergei Volkov", "Linaro", "内核工程师")], "冯国华"),
        B("10:30", "10:45", "休息"),
        T("10:45", "11:35", "Folio 化之后的内存管理代码演进", [S("曾勇", "字节跳动", "内核技术专家")], "冯国华"),
        B("11:35", "13:30", "午休"),
    ]),
    ("内存管理分论坛", ("蔡文斌", "哈尔滨工业大学 副教授"), (38, 190, 200), [
        dict(T("13:30", "14:10", "memcg 回收在高密度容器下的公平性",
               [S("邹红", "腾讯", "内核工程师"), S("常亮", "腾讯", "内核工程师")], "蔡文斌"), shared=True),
        T("14:10", "14:50", "KSM 在虚拟机密集部署中的收益评估", [S("龚倩", "中国电信", "云计算工程师")], "蔡文斌"),
    ]),
    ("文件系统与存储分论坛", ("武志强", "清华大学 副研究员"), (240, 98, 146), [
        T("13:30", "14:10", "ext4 快速提交（fast commit）的崩溃一致性验证", [S("吕佳", "华为", "文件系统工程师")], "武志强"),
        T("14:10", "14:50", "块层 I/O 优先级与 cgroup v2 io.cost 的协同", [S("廖志远", "阿里云", "高级技术专家")], "武志强"),
    ]),
    ("调度与实时分论坛", ("万俊", "电子科技大学 教授"), (120, 200, 90), [
        T("13:30", "14:10", "PREEMPT_RT 进入主线后的工业控制实践", [S("谭斌", "中控技术", "系统架构师")], "万俊"),
        B("14:10", "14:20", "休息"),
        T("14:20", "15:00", "nohz_full 在低延迟交易系统中的调优", [S("陆晓婷", "恒生电子", "性能工程师")], "万俊"),
    ]),
    ("内核安全分论坛", ("史磊", "奇安信 首席安全研究员"), (160, 120, 255), [
        T("13:30", "14:10", "基于 LSM BPF 的容器运行时防护", [S("莫凡", "蚂蚁集团", "安全工程师")], "史磊"),
        T("14:10", "14:50", "内核 CFI 与影子栈在 x86 和 Arm64 上的启用",
          [S("严锋", "中国科学院信息工程研究所", "副研究员")], "史磊"),
    ]),
]
INTRO_4 = ("第 51 届中国 Linux 内核开发者大会于 2056 年 12 月 2 日在线上举行。上午主论坛，下午内存管理、文件系统与存储、"
           "调度与实时、内核安全四个分论坛同时进行，每个论坛一个直播间，欢迎在线参与讨论。")
ORANGE_4, TEXT_4, DIM_4 = (255, 159, 67), (232, 236, 250), (150, 164, 200)


def stacks(s):
    """The speaker cell's stacks: (names line, 'company job'); one stack for two speakers of one company."""
    if s.get("shared"):
        assert len({aff(sp) for sp in s["sp"]}) == 1
        return [("、".join(sp[0] for sp in s["sp"]), aff(s["sp"][0]))]
    return [(sp[0], aff(sp)) for sp in s["sp"]]


def paint_4(im, d):
    W = im.size[0]
    X0, X1 = 36, W - 36
    white = (255, 255, 255)
    logo_lines(d, X0, 40, white, DIM_4)
    lab = "CLK 2056 · ONLINE"
    rtext(d, X1, 70, lab, font(34, True), ORANGE_4)
    d.text((X0, 210), "第51届中国", font=font(92, True), fill=white)
    d.text((X0, 326), "Linux内核开发者大会", font=font(82, True), fill=white)
    d.rectangle([X0, 470, X0 + 120, 478], fill=ORANGE_4)
    d.text((X0, 510), "2056年12月2日（星期六）　线上举办", font=font(36, True), fill=ORANGE_4)
    d.text((X0, 570), "直播：CSDN · 哔哩哔哩 · 微信视频号（每个论坛一个直播间）", font=font(27), fill=TEXT_4)
    y = 660
    fi = font(25)
    for ln in wrap(d, INTRO_4, fi, X1 - X0):
        d.text((X0, y), ln, font=fi, fill=DIM_4)
        y += 44
    y += 70
    ctext(d, W / 2, y, "大会议程", font(62, True), white)
    ctext(d, W / 2, y + 86, "A G E N D A", font(26, True), ORANGE_4)
    y += 170
    LB, TC, XC, SC_ = X0 + 80, X0 + 100, X0 + 262, X0 + 664  # label bar | time | title | speakers
    ft, fn, fa, fr = font(28, True), font(26, True), font(20), font(25, True)
    d.rectangle([X0, y, X1, y + 58], fill=ORANGE_4)
    for x, lab in ((X0 + 12, "论坛"), (TC, "时间"), (XC, "议题"), (SC_, "分享嘉宾")):
        d.text((x, y + 11), lab, font=font(27, True), fill=(14, 24, 60))
    y += 58 + 14
    for k, (name, host, acc, slots) in enumerate(FORUMS_4):
        if k == 1:
            d.rectangle([X0, y, X1, y + 60], fill=(34, 50, 110))
            ctext(d, W / 2, y + 12, "下午　四个分论坛在四个直播间同时进行", font(28, True), ORANGE_4)
            y += 60 + 14
        rows = []
        for s in slots:
            if s["kind"] == "break":
                rows.append((s, None, 62))
                continue
            lines = wrap_nicely(d, s["title"], ft, SC_ - XC - 24)
            st = stacks(s)
            for nm, af in st:
                assert tw(d, af, fa) <= X1 - 10 - SC_ and tw(d, nm, fn) <= X1 - 10 - SC_, nm
            rows.append((s, (lines, st), max(42 * len(lines), 66 * len(st)) + 40))
        body = 58 + sum(r[2] for r in rows)
        label = 40 + 40 * len(name)
        extra = max(0, label - body)
        n_talks = sum(1 for r in rows if r[1] is not None)
        h = max(body, label)
        d.rectangle([LB, y, X1, y + h], fill=(20, 34, 82))
        d.rounded_rectangle([X0, y, LB - 6, y + h], radius=10, fill=acc)
        cy = y + (h - 40 * len(name)) / 2
        for ch in name:
            ctext(d, (X0 + LB - 6) / 2, cy, ch, font(32, True), (14, 24, 60))
            cy += 40
        d.text((TC, y + 14), "主持人：%s　%s" % host, font=font(24, True), fill=acc)
        yy = y + 58
        d.line([(TC - 10, yy), (X1, yy)], fill=(46, 64, 124), width=1)
        for s, body_, rh in rows:
            if body_ is None:
                d.text((TC, yy + 16), "%s-%s" % (s["start"], s["end"]), font=fr, fill=DIM_4)
                d.text((XC, yy + 14), s["title"], font=font(27), fill=DIM_4)
            else:
                rh += extra // n_talks
                lines, st = body_
                d.text((TC, yy + 20), "%s-%s" % (s["start"], s["end"]), font=fr, fill=white)
                ty = yy + 18
                for ln in lines:
                    d.text((XC, ty), ln, font=ft, fill=white)
                    ty += 42
                sy = yy + 18
                for nm, af in st:
                    d.text((SC_, sy), nm, font=fn, fill=white)
                    d.text((SC_, sy + 34), af, font=fa, fill=DIM_4)
                    sy += 66
            yy += rh
            d.line([(TC - 10, yy), (X1, yy)], fill=(46, 64, 124), width=1)
        y += h + 14
    y += 60
    qrcode(d, X0, y, 220, 3401)
    d.text((X0 + 260, y + 20), "扫码观看直播与回放", font=font(40, True), fill=white)
    d.text((X0 + 260, y + 86), "演讲资料会后发布在大会仓库", font=font(27), fill=TEXT_4)
    d.text((X0 + 260, y + 136), "主办：中国 Linux 内核开发者大会组委会", font=font(24), fill=DIM_4)
    return y + 300


def bg_4(w, h):
    im = vgrad(w, h, (12, 22, 58), (16, 34, 86))
    glow(im, 900, 330, 280, (40, 70, 150), 12)
    d = ImageDraw.Draw(im)
    for i in range(10):  # orange traces at the header's right
        d.line([(700 + i * 34, 0), (1080, 380 - i * 34)], fill=(70 + i * 6, 60, 80), width=2)
    return im


def poster_4():
    im = grain(two_pass(1080, paint_4, bg_4), 3402, 0.03)
    im = im.resize((900, round(im.size[1] * 900 / 1080)), Image.LANCZOS)
    im = im.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.FLOYDSTEINBERG)
    return im, [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, _, _, slots in FORUMS_4]


NOTE = (
    "Same conventions as posters-blind-4..30: speakers are names as printed with spaces removed (padded "
    "two-character names such as '刘　畅' -> '刘畅'; the Latin names 'Matteo Rossi' -> 'MatteoRossi', 'Olivier "
    "Laurent' -> 'OlivierLaurent', 'Sergei Volkov' -> 'SergeiVolkov'); host is the chair printed for the forum "
    "covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; titles exclude tags and "
    "badges; where two or more speakers are printed each has his own affiliation, given per speaker; affiliations "
    "keep a printed job title, joined to the company by one space; break titles are as printed; an opening speech "
    "with a speaker ('开幕致辞', '大会致辞') is a talk, a slot printed without a speaker is a break. Four editions "
    "held online, each on ONE picture only, so no talk is on two posters: CLK 2053 (第48届), CLK 2054 (第49届), "
    "CLK 2055 (第50届), CLK 2056 (第51届). Each picture is its edition's one agenda image, in the family of the "
    "organisers' long images: 主论坛 in the morning, then three forums (four on the CLK 2056 image) in parallel in "
    "the afternoon, so their ranges repeat. Live-stream lines, QR captions, introductions, support-unit boxes and "
    "lines such as '— 下午　三个分论坛同时直播 —' are never part of a name, a title or a slot. Added or stressed "
    "here: (1) CLK 2053 (PNG, 750 px wide: drawn at 1080 px and shrunk, so the 'company job' lines are about 15 "
    "px high; blue, the organisers' timeline manner). Headings '▶▶ 主论坛' and '01 内存管理 分论坛' (the number in "
    "a slanted box, a gap before '分论坛'): the forum names leave out the numbers and that gap ('内存管理分论坛', "
    "'存储与文件系统分论坛', 'eBPF 与可观测性分论坛', the space after 'eBPF' kept as printed); '主持人：name' at the "
    "heading's right, the unit under it, gives the forum's host. Rows: the range, a dot on a vertical line, the "
    "cyan title (the 13:30 talk of 内存管理分论坛 wraps after its '：'), per speaker the padded name then 'company "
    "job' in small type. The round table 11:20-12:00 "
    "'圆桌论坛：开源内核社区如何培养下一代维护者' prints INSIDE the talk a label '主持人：' over its moderator (周敏, "
    "华为 开源技术专家) and a label '嘉　宾：' over four guests: the talk's speakers are the moderator and then the "
    "guests in printed order (five speakers, five affiliations), the title keeps '圆桌论坛：' (as sets 22 and 29 "
    "kept '圆桌讨论：'), and the moderator is not the forum's host: every talk of 主论坛 keeps host 陈建明, printed "
    "in its heading. Breaks are light bands 'range　label' ('茶歇', '休息', '午休'); '午休' closes 主论坛. The talk "
    "14:20-15:00 of 内存管理分论坛 has two speakers on two lines (郭婷婷, 宋飞, both OPPO). Foreign speaker Matteo "
    "Rossi ('SUSE 内核工程师') with an English title. (2) CLK 2054 (JPEG, 1080 px, dark violet and teal). The date "
    "box prints '12月5日 ｜ 线上' without a year; the year is the edition's ('CLK 2054' beside the logo): "
    "2054-12-05. The hosts are printed ONLY in one block '论坛主持人' (over a hollow 'HOSTS') between the "
    "introduction and '大会议程': one line per forum, 'forum　host　unit'; the forum headings below print no host, "
    "and each talk's host is the one the block gives its forum. Headings: '主论坛' alone, the others over a big dim "
    "number ('01'..'03', left out of the names). The title at 09:55-10:35 runs on after the Chinese with a long "
    "English part in brackets, over three lines in the same type and colour: the title is the whole printed text "
    "'面向 AI 加速器的设备内存管理 (Heterogeneous Memory Management and Shared Virtual Addressing for AI "
    "Accelerators)', its lines joined with a space where they break between English words. '大会致辞' has two "
    "speakers on two lines (唐立新, 范伟); so has 14:25-15:05 of 虚拟化与云原生分论坛 (汪洋, 姚佳琪). Breaks are navy "
    "bands ('茶歇', '午餐'); '午餐' closes 主论坛. Uncommon surname 宓. (3) CLK 2055 (JPEG, 1080 px, violet to "
    "blue; '50 届' in a gold ring is the edition, no time). Each forum opens with a coloured strip: the name at the "
    "left and, right-aligned and stacked, the label '主持人', the host's name and the unit. Its talks are TILES, "
    "two to a row, read left then right, row by row (the times rise that way): a time chip ('09:00-09:40'), the "
    "bold title (wrapping in the half-width tile, also inside a word: '内核在智' / '能汽车上'), a dotted rule, per "
    "speaker the name in bold over 'company · job' (affiliation 'company job', as set 27 gave 'company · job'). "
    "Breaks are slim bars across both columns, label first ('休息　10:20-10:30'); the speakerless '直播抽奖' "
    "(11:50-12:00, the live stream's lucky draw) is such a bar too and is a break of 主论坛, before '午休'. A row "
    "with one talk leaves its right half empty (内存与存储分论坛, 15:00-15:40). Foreign speaker Olivier Laurent "
    "('Arm · 资深软件工程师') with an English title; 白雪梅 and 黄凯 share a talk. Uncommon surname 芮. (4) CLK 2056 "
    "(PNG, drawn at 1080 px with grain, shrunk to 900 px and reduced to 256 colours with dithering: about 1.5 "
    "MB). ONE table under a head row '论坛 | 时间 | 议题 | 分享嘉宾'. Each forum is a block whose NAME STANDS "
    "VERTICALLY in a coloured side bar, one character under another ('内' over '存' over '管' ...): read top to "
    "bottom it is the forum's name. The block's first row '主持人：name　unit' gives the host. Rows: the range, "
    "the bold title (wrapping in its column; 'ext4 快速提交（fast' / 'commit）的崩溃一致性验证' is one title, joined "
    "with a space), per speaker the name over 'company job'. The talk 13:30-14:10 of "
    "内存管理分论坛 prints '邹红、常亮' over ONE line '腾讯 内核工程师': both speakers get that affiliation. "
    "'开幕致辞' has two speakers, each name over its own unit ('南京大学计算机学院 院长', 'openEuler 社区 "
    "技术委员会主席'). Grey break rows ('休息'; '午休' closes 主论坛); the band '下午　四个分论坛在四个直播间同时进行' "
    "is no slot. Foreign speaker Sergei Volkov ('Linaro 内核工程师') with a title mixing '调度器二十年：' and "
    "'O(1)、CFS 到 EEVDF'. The title '开幕致辞' is on two posters (CLK 2053 and CLK 2056), the openings of two "
    "editions with different speakers, not one talk."
)

LAYOUTS = {
    "blue-timeline-750.png": (
        "CLK 2053 (第48届), online, 2053-12-06, the edition's one agenda image in the organisers' blue timeline "
        "manner, drawn at 1080 px and saved 750 px wide (PNG): logo lines, '线上举办 ONLINE', '第48届中国 / "
        "Linux内核开发者大会', a date pill '2053年12月6日（周六）｜ 线上直播', the live platforms, an introduction in a "
        "bracketed frame, '大会议程'; headings '▶▶ 主论坛' and '01 内存管理 分论坛' (number in a slanted box, a gap "
        "before 分论坛) with '主持人：name' at the right over the unit; rows 'range • cyan title' over 'padded name  "
        "company job'; a round table printing '主持人：' and '嘉　宾：' inside the talk; light break bands; support "
        "units and a QR code at the foot. 5 + 2 + 2 + 2 talks.",
        "2053-12-06", poster_1),
    "dark-hosts-block.jpg": (
        "CLK 2054 (第49届), online, 2054-12-05 (JPEG, 1080 px, q85 after a q90 round trip with light grain), the "
        "organisers' dark manner (near black, violet and teal light): 'CLK 2054', '第49届中国 / Linux内核开发者大会', "
        "a date box '12月5日 ｜ 线上' without a year, the live line, an introduction, then ONE block '论坛主持人' "
        "(hollow 'HOSTS') with every forum's host and unit, '大会议程' (hollow 'AGENDA'); headings without hosts "
        "('主论坛'; the others over a big dim number); rows 'range • teal title' over 'padded name  company job'; a "
        "title with a long English part in brackets over three lines; navy break bands; support units and a QR "
        "code. Uncommon surname 宓. 5 + 2 + 2 + 2 talks.",
        "2054-12-05", poster_2),
    "tiles-two-per-row.jpg": (
        "CLK 2055 (第50届), online, 2055-12-04 (JPEG, 1080 px, q88 after a q90 round trip with light grain), violet "
        "to blue: a gold ring '50 届', 'CLK 2055', the conference, '2055.12.04　周六 ｜ 全程线上直播', '大会议程'; per "
        "forum a coloured strip (name at the left; '主持人', name and unit stacked at the right), then its talks as "
        "TILES two to a row (time chip, bold title, dotted rule, name over 'company · job'); breaks and the "
        "speakerless '直播抽奖' as slim bars across both columns, label first; '— 下午　三个分论坛同时直播 —'; a QR "
        "code at the foot. Uncommon surname 芮. 4 + 3 + 2 + 2 talks.",
        "2055-12-04", poster_3),
    "vertical-forum-labels.png": (
        "CLK 2056 (第51届), online, 2056-12-02, night blue with orange (PNG, drawn at 1080 px with grain, shrunk to "
        "900 px and reduced to 256 colours: about 1.5 MB): 'CLK 2056 · ONLINE', '第51届中国 / Linux内核开发者大会', "
        "the date, the live line, an introduction, '大会议程 AGENDA'; one table '论坛 | 时间 | 议题 | 分享嘉宾' whose "
        "forum names stand vertically in coloured side bars, a first row '主持人：name　unit' per block, rows "
        "'range | bold title | name over company job' (two speakers of one company as 'name、name' over one line); "
        "a band '下午　四个分论坛在四个直播间同时进行'; grey break rows; a QR code at the foot. 3 + 2 + 2 + 2 + 2 talks.",
        "2056-12-02", poster_4),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        if fn.endswith(".jpg"):
            im.save(os.path.join(HERE, fn), "JPEG", quality=85 if fn.startswith("dark") else 88)
        else:
            im.save(os.path.join(HERE, fn), optimize=False)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
