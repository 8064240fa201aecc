"""Draw the thirty-fifth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set is about the
ONE agenda image of a whole edition, in the family of the organisers' own long
images (a coloured background, a timeline row per talk, forum headings with
hosts), as an edition's repository would hold it: 主论坛 and three parallel
forums on each picture, four editions, no talk on two posters.  Each picture
varies the family in its own way:
  CLK 2081 (blue, PNG 1080): the range in a pill at the RIGHT of the title's
    first line; '特邀报告' tags before two titles; an opening and a guest address;
    a speakerless '全体合影'; sponsor tiers at the foot.
  CLK 2082 (dark, PNG 1080): a narrow time column, so every range wraps after
    its hyphen ('09:10-' over '09:50'); a round table whose guests stand in a
    grid two to a row; hosts under the heading bar, numbers hollow at the right.
  CLK 2083 (teal, drawn at 1080 and saved 960 wide, PNG): the range in a filled
    pill at the left; every speaker's 'company job' printed ABOVE the name (the
    hosts' too); an opening '开幕式' with '致辞嘉宾：'; a '闪电演讲' sub-heading.
  CLK 2084 (violet, online, JPEG 1080): the three forums in the MORNING and
    主论坛 in the afternoon; each heading prints the forum's span and host; a
    remote speaker's local time under the Beijing range; a round table whose
    guests run as 'name（company）、…' over two lines; a closing speech.
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


def wrap_widths(d, text, f, widths):
    """Greedy wrap keeping Latin words whole; line i may be widths[i] wide (the last width repeats)."""
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        maxw = widths[min(len(lines), len(widths) - 1)]
        if not cur or tw(d, cur + tok.rstrip(), f) <= maxw or tok[0] in NO_LINE_START:
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def wrap(d, text, f, maxw):
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
    return wrap_widths(d, text, f, [maxw])


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


def T(start, end, title, speakers, host, **extra):
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def P(start, end, title, moderator, guests, host):
    """A round table: its moderator and its guests are all its speakers, the moderator first."""
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": [moderator, *guests],
            "host": host, "panel": True}


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


def glow(im, cx, cy, r, color, steps):
    """A soft round light: concentric discs blended in from the outside."""
    for i in range(steps):
        rr = r * (1 - i / steps)
        layer = Image.new("RGB", im.size, color)
        mask = Image.new("L", im.size, 0)
        ImageDraw.Draw(mask).ellipse([cx - rr, cy - rr, cx + rr, cy + rr], fill=int(255 * 0.6 / steps))
        im.paste(layer, (0, 0), mask)


def boxes(d, x0, x1, y, names, per_row, fill, ink, f, h=70):
    """Units as the organisers list them at the foot: names in rounded boxes, per_row to a row."""
    gap = 20
    bw = (x1 - x0 - gap * (per_row - 1)) / per_row
    for k, name in enumerate(names):
        bx, by = x0 + (k % per_row) * (bw + gap), y + (k // per_row) * (h + 22)
        d.rounded_rectangle([bx, by, bx + bw, by + h], radius=8, fill=fill)
        assert tw(d, name, f) <= bw - 16, name
        ctext(d, bx + bw / 2, by + (h - f.size) / 2 - f.size * 0.16, name, f, ink)
    return y + ((len(names) + per_row - 1) // per_row) * (h + 22)


def framed_intro(d, X0, X1, y, text, f, fill, corner, ink):
    """An introduction in a frame with bracket corners, as the organisers' long images open."""
    lines = wrap(d, text, f, X1 - X0 - 80)
    h = 60 + 44 * len(lines)
    d.rectangle([X0, y, X1, y + h], fill=fill)
    for cx, cy, sx, sy in ((X0, y, 1, 1), (X1, y, -1, 1), (X0, y + h, 1, -1), (X1, y + h, -1, -1)):
        d.line([(cx, cy), (cx + 40 * sx, cy)], fill=corner, width=4)
        d.line([(cx, cy), (cx, cy + 40 * sy)], fill=corner, width=4)
    yy = y + 30
    for ln in lines:
        d.text((X0 + 40, yy), ln, font=f, fill=ink)
        yy += 44
    return y + h


# ===========================================================================
# 1. CLK 2081 (第76届), 西安, 2081-10-25, blue, PNG 1080.  Header (logo lines,
#    the host school at the right, '第76届中国 / Linux内核开发者大会', a date
#    pill, the address, an introduction in a bracketed frame, '大会议程'); per
#    forum a heading ('▶▶ 主论坛', '01' in a slanted box before the name) with
#    '主持人：name' at the right and the unit under it.  Rows: a dot on a line
#    at the left edge, the cyan title, and RIGHT of the title's first line the
#    range in an outlined pill; per speaker the padded name and 'company job'.
#    Two keynotes carry a '特邀报告' tag before the title.  Breaks are bands
#    with the label at the title's place and the range at the right.
HOST_1 = ("马晓东", "西安电子科技大学 教授")
MAIN_1 = [
    T("09:00", "09:10", "开幕致辞", [S("杨立群", "西安电子科技大学", "副校长")], "马晓东"),
    T("09:10", "09:20", "嘉宾致辞", [S("高建华", "CCF 系统软件专委会", "主任")], "马晓东"),
    T("09:20", "10:00", "内核社区的维护者梯队：从补丁评审到子系统交接", [S("胡永刚", "华为", "Linux 内核首席专家")],
      "马晓东", tag="特邀报告"),
    B("10:00", "10:15", "茶歇"),
    T("10:15", "10:55", "Confidential Computing in Linux: TDX and SEV-SNP Upstream Status",
      [S("Priya Raman", "Intel", "首席工程师")], "马晓东", tag="特邀报告"),
    T("10:55", "11:35", "面向 CXL 内存池的 NUMA 平衡与页迁移优化",
      [S("罗志鹏", "阿里云", "内核技术专家"), S("仇亚楠", "阿里云", "高级工程师")], "马晓东"),
    B("11:35", "11:45", "全体合影"),
    B("11:45", "13:30", "午餐"),
]
FORUMS_1 = [
    ("01", "内存管理分论坛", ("邓文杰", "西北工业大学 副教授"), [
        T("13:30", "14:10", "mTHP 在移动终端上的碎片化治理", [S("徐少华", "vivo", "内核专家")], "邓文杰"),
        B("14:10", "14:25", "茶歇"),
        T("14:25", "15:05", "slab 分配器的 per-CPU 缓存重构与性能回归分析", [S("王佳怡", "字节跳动", "内核工程师")], "邓文杰"),
    ]),
    ("02", "存储与文件系统分论坛", ("李慧敏", "中国科学院计算技术研究所 副研究员"), [
        T("13:30", "14:10", "ublk 零拷贝：用户态块设备的 I/O 路径优化", [S("刘洋", "阿里云", "存储技术专家")], "李慧敏"),
        T("14:10", "14:50", "XFS 在线修复（online repair）的工程实践", [S("陈卓", "腾讯", "文件系统工程师")],
          "李慧敏"),
    ]),
    ("03", "RISC-V 与虚拟化分论坛", ("孙海涛", "中国科学院软件研究所 研究员"), [
        T("13:30", "14:10", "RISC-V AIA 中断虚拟化在 KVM 中的实现", [S("周文斌", "中国科学院软件研究所", "助理研究员")],
          "孙海涛"),
        T("14:10", "14:50", "vhost-user 与 VDUSE 设备的热迁移支持", [S("黄晓明", "蚂蚁集团", "虚拟化技术专家")], "孙海涛"),
    ]),
]
INTRO_1 = ("中国 Linux 内核开发者大会（CLK）由国内从事 Linux 内核开发的企业、高校与社区共同发起，每年举办一届，"
           "旨在促进内核开发者之间的技术交流。第 76 届大会由西安电子科技大学承办，上午为主论坛，下午内存管理、"
           "存储与文件系统、RISC-V 与虚拟化三个分论坛同时进行，全程同步直播。")
CYAN_1, PINK_1, PALE_1, GOLD_1 = (110, 236, 255), (255, 128, 214), (176, 204, 255), (255, 206, 84)


def heading_1(d, X0, X1, y, num, name, host):
    """'▶▶ 主论坛' or a slanted number box before the name; '主持人：name' at the right, the unit under it."""
    white = (255, 255, 255)
    fb = font(48, True)
    x = X0
    if num:
        d.polygon([(x + 14, y + 6), (x + 100, y + 6), (x + 86, y + 86), (x, y + 86)], fill=(40, 120, 255),
                  outline=CYAN_1, width=3)
        d.text((x + 18, y + 12), num, font=font(48, True), fill=white)
        x += 122
    else:
        d.polygon([(x, y + 26), (x + 20, y + 46), (x, y + 66)], fill=CYAN_1)
        d.polygon([(x + 22, y + 26), (x + 42, y + 46), (x + 22, y + 66)], fill=CYAN_1)
        x += 60
    d.text((x, y + 12), name, font=fb, fill=white)
    hx = X1 - tw(d, "主持人：", font(30, True)) - tw(d, pad(host[0]), font(30))
    assert x + tw(d, name, fb) + 24 <= min(hx, X1 - tw(d, host[1], font(19))), name
    d.text((hx, y + 8), "主持人：", font=font(30, True), fill=PINK_1)
    d.text((hx + tw(d, "主持人：", font(30, True)), y + 8), pad(host[0]), font=font(30), fill=white)
    rtext(d, X1, y + 56, host[1], font(19), PALE_1)
    y += 104
    d.rectangle([X0, y, X1, y + 8], fill=(64, 170, 255))
    return y + 48


def paint_1(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    white = (255, 255, 255)
    logo_lines(d, X0, 40, white, PALE_1)
    rtext(d, X1, 52, "西安电子科技大学", font(34, True), white)
    rtext(d, X1, 102, "计算机科学与技术学院", font(22), PALE_1)
    d.text((X0, 210), "第76届中国", font=font(100, True), fill=white)
    d.text((X0, 336), "Linux内核开发者大会", font=font(88, True), fill=white)
    y = 498
    lab = "2081年10月25日 ｜ 西安"
    d.rounded_rectangle([X0, y, X0 + tw(d, lab, font(34, True)) + 52, y + 66], radius=10, outline=CYAN_1, width=3)
    d.text((X0 + 26, y + 9), lab, font=font(34, True), fill=white)
    d.text((X0, y + 104), "地址：西安电子科技大学南校区", font=font(34, True), fill=white)
    d.text((X0, y + 156), "图书馆报告厅（同步线上直播）", font=font(34, True), fill=white)
    y = framed_intro(d, X0, X1, y + 260, INTRO_1, font(25), (30, 70, 200), CYAN_1, white) + 80
    lab = "大会议程"
    w = tw(d, lab, font(56, True)) + 130
    d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 92], radius=20, fill=(70, 200, 255))
    ctext(d, W / 2, y + 10, lab, font(56, True), (16, 40, 160))
    y += 170
    LX, TX = X0 + 12, X0 + 44  # timeline, title
    fr, ft, fn, fa, fg = font(24, True), font(31, True), font(28), font(21), font(21, True)
    for num, name, host, slots in [(None, "主论坛", HOST_1, MAIN_1)] + FORUMS_1:
        y = heading_1(d, X0, X1, y, num, name, host)
        top = y
        for s in slots:
            rng = "%s-%s" % (s["start"], s["end"])
            pw = tw(d, rng, fr) + 34
            if s["kind"] == "break":
                d.rectangle([X0, y - 4, X1, y + 56], fill=(58, 112, 246))
                d.ellipse([LX - 7, y + 19, LX + 7, y + 33], fill=white)
                d.text((TX, y + 7), s["title"], font=font(28, True), fill=white)
                rtext(d, X1 - 17, y + 10, rng, fr, white)
                y += 56 + 46
                continue
            d.ellipse([LX - 7, y + 17, LX + 7, y + 31], fill=CYAN_1)
            d.rounded_rectangle([X1 - pw, y + 2, X1, y + 44], radius=21, outline=CYAN_1, width=2)
            d.text((X1 - pw + 17, y + 8), rng, font=fr, fill=white)
            room = X1 - pw - 26 - TX
            x = TX
            if s.get("tag"):
                gw = tw(d, s["tag"], fg) + 20
                d.rectangle([TX, y + 6, TX + gw, y + 40], fill=GOLD_1)
                d.text((TX + 10, y + 9), s["tag"], font=fg, fill=(20, 40, 140))
                x = TX + gw + 12
                head, sep, tail = s["title"].partition("：")
                lines = wrap_widths(d, s["title"], ft, [room - gw - 12, room])
                if sep and len(lines) == 2 and tw(d, head + sep, ft) <= room - gw - 12 and tw(d, tail, ft) <= room:
                    lines = [head + sep, tail]  # after the '：', as a designer breaks it
            else:
                lines = wrap_nicely(d, s["title"], ft, room)
            yy = y
            for i, ln in enumerate(lines):
                d.text((x if i == 0 else TX, yy), ln, font=ft, fill=CYAN_1)
                yy += 46
            yy += 8
            for name_, company, job in s["sp"]:
                shown = pad(name_)
                d.text((TX, yy), shown, font=fn, fill=white)
                x = TX + max(tw(d, shown, fn), tw(d, "张海燕", fn)) + 18
                d.text((x, yy + 8), "%s %s" % (company, job), font=fa, fill=PALE_1)
                assert x + tw(d, "%s %s" % (company, job), fa) <= X1, name_
                yy += 44
            y = yy + 48
        d.line([(LX, top - 14), (LX, y - 40)], fill=(110, 170, 255), width=2)
        y += 56
    # foot: the organisers' tiers of units, then the QR code
    white_box, ink = (255, 255, 255), (22, 50, 170)
    for label, names, per in (("主办单位", ["中国 Linux 内核开发者大会组委会"], 1),
                              ("承办单位", ["西安电子科技大学计算机科学与技术学院"], 1),
                              ("赞助单位", ["华为", "阿里云", "字节跳动", "腾讯", "英特尔", "蚂蚁集团"], 3),
                              ("支持社区", ["openEuler", "龙蜥社区", "OpenCloudOS", "RISC-V 国际人才培养"], 2),
                              ("支持媒体", ["CSDN", "InfoQ", "开源中国", "51CTO"], 4)):
        w = tw(d, label, font(40, True)) + 100
        d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 70], radius=16, fill=(70, 200, 255))
        ctext(d, W / 2, y + 8, label, font(40, True), (16, 40, 160))
        y = boxes(d, X0 + 40, X1 - 40, y + 104, names, per, white_box, ink, font(28, True)) + 50
    qrcode(d, W / 2 - 130, y, 260, 3501)
    ctext(d, W / 2, y + 290, "扫码报名 · 观看直播", font(40, True), white)
    return y + 400


def bg_1(w, h):
    im = vgrad(w, h, (20, 46, 196), (12, 60, 210))
    d = ImageDraw.Draw(im)
    for i in range(8):  # light beams across the header
        d.polygon([(560 + i * 70, 0), (600 + i * 70, 0), (1080, 420 - i * 30), (1080, 380 - i * 30)],
                  fill=(32 + i * 2, 70 + i * 2, 214))
    glow(im, 860, 470, 210, (90, 160, 255), 12)
    for i in range(5):  # rings around the header's light
        d.ellipse([740 - i * 28, 350 - i * 28, 980 + i * 28, 590 + i * 28], outline=(80, 140, 245), width=2)
    return im


def poster_1():
    im = two_pass(1080, paint_1, bg_1)
    forums = [{"forum": "主论坛", "slots": [truth_slot(s) for s in MAIN_1]}]
    forums += [{"forum": name, "slots": [truth_slot(s) for s in slots]} for _, name, _, slots in FORUMS_1]
    return im, forums


# ===========================================================================
# 2. CLK 2082 (第77届), 南京, 2082-10-24, dark (near black, violet and cyan
#    light), PNG 1080.  The time column is narrow and its type large, so every
#    range, of talks and breaks alike, wraps after its hyphen: '09:10-' over
#    '09:50'.  A dot on a line, the teal title, per speaker the padded name and
#    'company job' in small blue type.  Headings: a neon bar and the name, a
#    hollow number at the right for the afternoon forums, a rule, and under it
#    '主持人：name　unit'.  The round table prints '主持：' before its moderator
#    (name and 'company job' on one line) and '嘉宾：' over its four guests in a
#    grid two to a row (name over 'company job').
FORUMS_2 = [
    (None, "主论坛", ("钱志远", "东南大学计算机科学与工程学院 教授"), [
        T("09:00", "09:10", "开幕致辞", [S("周建国", "东南大学", "副校长")], "钱志远"),
        T("09:10", "09:50", "Rust for Linux：驱动子系统的落地与维护成本", [S("吴晓峰", "华为", "内核专家")], "钱志远"),
        T("09:50", "10:30", "sched_ext 可扩展调度在数据中心的规模化实践", [S("郑浩", "字节跳动", "系统技术专家")], "钱志远"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:25", "LoongArch 平台的内核上游进展与后续计划", [S("何俊", "龙芯中科", "内核工程师")], "钱志远"),
        P("11:25", "12:10", "圆桌讨论：国产处理器时代的内核生态协作", S("赵立新", "清华大学", "副教授"),
          [S("陈敏", "openEuler 社区", "技术委员会委员"), S("刘建", "龙蜥社区", "理事"),
           S("冉丽", "飞腾信息", "软件总监"), S("吕鹏", "海光信息", "内核团队负责人")], "钱志远"),
        B("12:10", "13:30", "午休"),
    ]),
    ("01", "网络与 eBPF 分论坛", ("江波", "中兴通讯 首席架构师"), [
        T("13:30", "14:10", "XDP 与 TC BPF 在云网关中的性能对比", [S("谢文涛", "京东云", "网络研发工程师")], "江波"),
        T("14:10", "14:50", "基于 netkit 的容器网络设备替代 veth 的实践",
          [S("唐晨", "腾讯", "网络内核工程师"), S("苏婷", "腾讯", "高级工程师")], "江波"),
    ]),
    ("02", "调度与锁分论坛", ("孔德华", "浙江大学 副教授"), [
        T("13:30", "14:10", "qspinlock 在多路 NUMA 服务器上的公平性问题", [S("邹斌", "英特尔", "内核工程师")], "孔德华"),
        T("14:10", "14:50", "EEVDF 下延迟敏感任务的调优经验", [S("任杰", "OPPO", "内核工程师")], "孔德华"),
    ]),
    ("03", "安全与可信分论坛", ("侯玉洁", "中国科学院信息工程研究所 研究员"), [
        T("13:30", "14:10", "Landlock 与 LSM 栈化在容器沙箱中的应用", [S("田野", "蚂蚁集团", "安全专家")], "侯玉洁"),
        T("14:10", "14:50", "内核 KASLR 强化与信息泄露防护", [S("魏明", "奇安信", "安全研究员")], "侯玉洁"),
    ]),
]
INTRO_2 = ("CLK 即“中国 Linux 内核开发者大会”，每年由内核领域的企业、高校和社区轮流承办。第 77 届大会在东南大学"
           "九龙湖校区举行，邀请来自芯片厂商、云计算公司、终端厂商和高校的开发者分享内核各子系统的最新进展，"
           "欢迎广大 Linux 开发者和爱好者参加。")
TEAL_2, BLUE_2, PINK_2, GREY_2 = (44, 232, 214), (90, 150, 255), (236, 110, 230), (150, 160, 190)


def hollow(d, x, y, text, f, outline, fill, right=False):
    """Outlined letters, as the organisers set numbers and English words behind headings."""
    if right:
        x -= tw(d, text, f)
    d.text((x, y), text, font=f, fill=fill, stroke_width=2, stroke_fill=outline)


def paint_2(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    white = (255, 255, 255)
    bg = (8, 10, 26)
    logo_lines(d, X0, 40, white, GREY_2)
    rtext(d, X1, 46, "CLK", font(84, True), white)
    rtext(d, X1, 146, "2 0 8 2", font(28, True), TEAL_2)
    d.text((X0, 230), "第77届中国", font=font(96, True), fill=(236, 222, 255))
    d.text((X0, 352), "Linux内核开发者大会", font=font(88, True), fill=(236, 222, 255))
    y = 508
    lab = "2082年10月24日 ｜ 南京"
    d.rounded_rectangle([X0, y, X0 + tw(d, lab, font(34, True)) + 50, y + 64], radius=8, outline=white, width=3)
    d.text((X0 + 25, y + 9), lab, font=font(34, True), fill=white)
    d.text((X0, y + 100), "地址：东南大学九龙湖校区 榴园宾馆报告厅", font=font(32, True), fill=white)
    y += 200
    fi = font(24)
    lines = wrap(d, INTRO_2, fi, X1 - X0 - 60)
    h = 50 + 42 * len(lines)
    d.rectangle([X0, y, X1, y + h], fill=(16, 18, 44), outline=(70, 80, 140), width=2)
    yy = y + 25
    for ln in lines:
        d.text((X0 + 30, yy), ln, font=fi, fill=(220, 224, 240))
        yy += 42
    y += h + 130
    hollow(d, W / 2 - tw(d, "AGENDA", font(120, True)) / 2, y - 20, "AGENDA", font(120, True), (50, 70, 110), bg)
    ctext(d, W / 2, y + 20, "大会议程", font(64, True), white)
    y += 200
    LX, TX = X0 + 150, X0 + 178  # timeline, title; the time column is X0 .. X0 + 130
    fr, ft, fn, fa, fl = font(32, True), font(31, True), font(28), font(21), font(26, True)
    for num, name, host, slots in FORUMS_2:
        d.rectangle([X0, y + 12, X0 + 10, y + 74], fill=TEAL_2)
        d.text((X0 + 30, y + 4), name, font=font(52, True), fill=white)
        if num:
            hollow(d, X1, y - 30, num, font(120, True), (40, 120, 130), bg, right=True)
        y += 96
        d.rectangle([X0, y, X1, y + 6], fill=TEAL_2)
        y += 22
        d.text((X0, y), "主持人：", font=font(28, True), fill=PINK_2)
        x = X0 + tw(d, "主持人：", font(28, True))
        d.text((x, y), pad(host[0]), font=font(28), fill=white)
        d.text((x + tw(d, pad(host[0]), font(28)) + 24, y + 6), host[1], font=font(21), fill=GREY_2)
        y += 96
        top = y
        for s in slots:
            a, b = s["start"] + "-", s["end"]
            assert tw(d, a + b, fr) > LX - 20 - X0 >= tw(d, a, fr)  # the range cannot stand on one line
            if s["kind"] == "break":
                d.rectangle([X0, y - 10, X1, y + 88], fill=(24, 36, 110))
                d.text((X0 + 8, y), a, font=fr, fill=white)
                d.text((X0 + 8, y + 42), b, font=fr, fill=white)
                d.text((TX, y + 20), s["title"], font=font(30, True), fill=white)
                y += 88 + 50
                continue
            d.text((X0 + 8, y), a, font=fr, fill=white)
            d.text((X0 + 8, y + 42), b, font=fr, fill=white)
            d.ellipse([LX - 6, y + 18, LX + 6, y + 30], fill=BLUE_2)
            yy = y
            for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
                d.text((TX, yy), ln, font=ft, fill=TEAL_2)
                yy += 46
            yy += 8
            if s.get("panel"):
                mod, guests = s["sp"][0], s["sp"][1:]
                d.text((TX, yy + 2), "主持：", font=fl, fill=PINK_2)
                x = TX + tw(d, "主持：", fl) + 6
                d.text((x, yy), pad(mod[0]), font=fn, fill=white)
                d.text((x + tw(d, pad(mod[0]), fn) + 16, yy + 8), aff(mod), font=fa, fill=BLUE_2)
                yy += 52
                d.text((TX, yy + 2), "嘉宾：", font=fl, fill=PINK_2)
                yy += 48
                cw = (X1 - TX) / 2
                for k, g in enumerate(guests):
                    gx, gy = TX + (k % 2) * cw, yy + (k // 2) * 80
                    d.text((gx, gy), pad(g[0]), font=fn, fill=white)
                    d.text((gx, gy + 40), aff(g), font=fa, fill=BLUE_2)
                    assert tw(d, aff(g), fa) < cw - 16, g
                yy += ((len(guests) + 1) // 2) * 80
            else:
                for name_, company, job in s["sp"]:
                    shown = pad(name_)
                    d.text((TX, yy), shown, font=fn, fill=white)
                    x = TX + max(tw(d, shown, fn), tw(d, "张海燕", fn)) + 16
                    d.text((x, yy + 8), "%s %s" % (company, job), font=fa, fill=BLUE_2)
                    assert x + tw(d, "%s %s" % (company, job), fa) <= X1, name_
                    yy += 44
            y = max(yy, y + 84) + 48
        d.line([(LX, top - 10), (LX, y - 40)], fill=(40, 60, 120), width=2)
        y += 100
    hollow(d, W / 2 - tw(d, "SUPPORT", font(110, True)) / 2, y - 20, "SUPPORT", font(110, True), (50, 70, 110), bg)
    ctext(d, W / 2, y + 20, "支持单位", font(56, True), white)
    y += 150
    y = boxes(d, X0 + 40, X1 - 40, y, ["东南大学", "华为", "阿里云", "字节跳动", "腾讯", "英特尔", "龙芯中科",
                                        "飞腾信息", "中兴通讯"], 3, white, (16, 20, 40), font(28, True))
    y += 60
    qrcode(d, W / 2 - 120, y, 240, 3502)
    ctext(d, W / 2, y + 270, "扫码观看直播", font(36, True), white)
    ctext(d, W / 2, y + 326, "主办：中国 Linux 内核开发者大会组委会　承办：东南大学", font(24), GREY_2)
    return y + 430


def bg_2(w, h):
    im = Image.new("RGB", (w, h), (8, 10, 26))
    glow(im, 880, 560, 300, (120, 50, 200), 14)
    glow(im, 1000, 760, 150, (20, 150, 170), 10)
    glow(im, 40, 2400, 260, (70, 30, 130), 10)
    d = ImageDraw.Draw(im)
    for i in range(14):  # light strokes swept across the header
        d.arc([-420 + i * 18, 320 + i * 14, 1500 - i * 18, 1420 + i * 14], 190, 260,
              fill=(60 + i * 4, 30, 120 + i * 3), width=2)
    return im


def poster_2():
    im = two_pass(1080, paint_2, bg_2)
    return im, [{"forum": name, "slots": [truth_slot(s) for s in slots]} for _, name, _, slots in FORUMS_2]


# ===========================================================================
# 3. CLK 2083 (第78届), 广州, 2083-11-06, deep teal with amber, drawn at 1080
#    px and saved 960 px wide (PNG).  Each forum opens with a bar: the name at
#    the left and, at the right, the host's unit in small type OVER
#    '主持人：name'.  Rows: the range in a filled amber pill at the left, the
#    bold title right of it, then per speaker 'company job' in small type
#    ABOVE the name (so a name closes its speaker).  The opening '开幕式' prints
#    '致辞嘉宾：' over its two speakers.  In 工具链与测试分论坛 a sub-heading
#    '闪电演讲 Lightning Talks' (with a bolt and '每场 15 分钟') opens two short
#    talks.  Breaks are slim bands: the range in an outlined pill, the label.
FORUMS_3 = [
    ("主论坛", ("梁国平", "华南理工大学 教授"), (36, 168, 150), [
        T("09:00", "09:20", "开幕式", [S("方志华", "华南理工大学", "副校长"), S("黄伟", "广东省计算机学会", "理事长")],
          "梁国平", label="致辞嘉宾："),
        T("09:20", "10:00", "Linux 内核中的大 folio：文件页与匿名页的统一", [S("林晓辉", "OPPO", "内核专家")], "梁国平"),
        T("10:00", "10:40", "Scaling Linux on Arm Servers Beyond 256 Cores",
          [S("Min-jun Park", "Ampere Computing", "Principal Engineer")], "梁国平"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:35", "openEuler 内核的长期维护与补丁回合策略", [S("张海波", "华为", "openEuler 内核 Maintainer")],
          "梁国平"),
        B("11:35", "13:30", "午餐"),
    ]),
    ("存储与 I/O 分论坛", ("何志强", "华中科技大学 教授"), (40, 130, 200), [
        T("13:30", "14:10", "io_uring 在数据库 WAL 写入路径中的应用", [S("沈立", "阿里云", "数据库内核工程师")], "何志强"),
        T("14:10", "14:50", "NVMe 多路径与 ANA 故障切换的内核实现", [S("彭宇航", "浪潮信息", "存储架构师")], "何志强"),
    ]),
    ("内核可观测性分论坛", ("朱丽", "中山大学 副教授"), (196, 120, 40), [
        T("13:30", "14:10", "BPF 迭代器与内核数据结构的在线巡检", [S("谢永", "字节跳动", "SRE 专家")], "朱丽"),
        T("14:10", "14:50", "基于 fprobe 的函数级延迟追踪",
          [S("丁一凡", "快手", "内核工程师"), S("郭敏", "快手", "研发工程师")], "朱丽"),
    ]),
    ("工具链与测试分论坛", ("许文", "统信软件 测试总监"), (150, 96, 200), [
        T("13:30", "14:10", "KUnit 与 kselftest 在持续集成中的分工", [S("秦朗", "麒麟软件", "测试工程师")], "许文"),
        B("14:10", "14:20", "休息"),
        "闪电演讲",
        T("14:20", "14:35", "Clang 编译内核的 LTO 构建时间优化", [S("贺晨", "小米", "编译器工程师")], "许文"),
        T("14:35", "14:50", "用 syzbot 复现报告定位 use-after-free", [S("邱天", "中国科学技术大学", "博士研究生")], "许文"),
    ]),
]
INTRO_3 = ("第 78 届中国 Linux 内核开发者大会由华南理工大学承办，于 2083 年 11 月 6 日在广州举行。大会上午为主论坛，"
           "下午设存储与 I/O、内核可观测性、工具链与测试三个分论坛，欢迎内核开发者、发行版维护者与高校师生参加。")
AMBER_3, PALE_3, INK_3 = (255, 196, 70), (178, 228, 222), (30, 36, 40)


def bolt(d, x, y, fill):
    """A small lightning bolt before the lightning talks' sub-heading."""
    d.polygon([(x + 14, y), (x, y + 24), (x + 12, y + 24), (x + 6, y + 44), (x + 24, y + 16), (x + 12, y + 16),
               (x + 20, y)], fill=fill)


def paint_3(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    white = (255, 255, 255)
    logo_lines(d, X0, 40, white, PALE_3)
    rtext(d, X1, 48, "华南理工大学", font(34, True), white)
    rtext(d, X1, 98, "South China University of Technology", font(18), PALE_3)
    d.text((X0, 214), "第78届中国", font=font(100, True), fill=white)
    d.text((X0, 340), "Linux内核开发者大会", font=font(88, True), fill=AMBER_3)
    y = 502
    lab = "2083.11.06　周六 · 广州"
    d.rounded_rectangle([X0, y, X0 + tw(d, lab, font(34, True)) + 56, y + 64], radius=32, fill=AMBER_3)
    d.text((X0 + 28, y + 8), lab, font=font(34, True), fill=INK_3)
    d.text((X0, y + 100), "地址：华南理工大学五山校区 逸夫人文馆", font=font(32, True), fill=white)
    y = framed_intro(d, X0, X1, y + 200, INTRO_3, font(25), (14, 84, 92), AMBER_3, white) + 90
    ctext(d, W / 2, y, "大会议程", font(64, True), white)
    ctext(d, W / 2, y + 88, "P R O G R A M", font(26, True), AMBER_3)
    y += 180
    TX = X0 + 222  # title column; the pill is X0 .. X0 + 198
    fr, ft, fn, fa = font(25, True), font(31, True), font(29, True), font(21)
    for k, (name, host, acc, slots) in enumerate(FORUMS_3):
        if k == 1:
            d.line([(X0, y + 22), (X1, y + 22)], fill=(90, 170, 160), width=2)
            lab = "　下午　三个分论坛同时进行　"
            lw = tw(d, lab, font(32, True))
            d.rectangle([W / 2 - lw / 2, y, W / 2 + lw / 2, y + 46], fill=(10, 66, 80))
            ctext(d, W / 2, y, lab, font(32, True), AMBER_3)
            y += 100
        d.rounded_rectangle([X0, y, X1, y + 120], radius=14, fill=acc)
        d.text((X0 + 28, y + 30), name, font=font(46, True), fill=white)
        rtext(d, X1 - 26, y + 16, host[1], font(21), white)
        lab = "主持人：" + pad(host[0])
        rtext(d, X1 - 26, y + 54, lab, font(32, True), white)
        assert X0 + 28 + tw(d, name, font(46, True)) + 30 < X1 - 26 - max(tw(d, lab, font(32, True)),
                                                                          tw(d, host[1], font(21)))
        y += 120 + 50
        for s in slots:
            if isinstance(s, str):  # the lightning talks' sub-heading: no slot
                bolt(d, TX, y + 2, AMBER_3)
                d.text((TX + 38, y), "闪电演讲 Lightning Talks", font=font(32, True), fill=AMBER_3)
                d.text((TX + 38, y + 48), "每场 15 分钟，不设提问环节", font=font(22), fill=PALE_3)
                y += 110
                continue
            rng = "%s-%s" % (s["start"], s["end"])
            if s["kind"] == "break":
                d.rectangle([X0, y - 6, X1, y + 52], fill=(12, 74, 86))
                d.rounded_rectangle([X0 + 6, y, X0 + 192, y + 44], radius=22, outline=AMBER_3, width=2)
                ctext(d, X0 + 99, y + 5, rng, fr, AMBER_3)
                d.text((TX, y + 4), s["title"], font=font(29, True), fill=white)
                y += 52 + 48
                continue
            d.rounded_rectangle([X0, y, X0 + 198, y + 44], radius=22, fill=AMBER_3)
            ctext(d, X0 + 99, y + 5, rng, fr, INK_3)
            yy = y
            for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
                d.text((TX, yy), ln, font=ft, fill=white)
                yy += 46
            yy += 10
            if s.get("label"):
                d.text((TX, yy), s["label"], font=font(24, True), fill=AMBER_3)
                yy += 44
            for sp in s["sp"]:
                d.text((TX, yy), aff(sp), font=fa, fill=PALE_3)
                assert TX + tw(d, aff(sp), fa) <= X1
                d.text((TX, yy + 30), sp[0], font=fn, fill=AMBER_3)
                yy += 30 + 50
            y = yy + 44
        y += 50
    # foot: partners as word marks in white boxes, media, QR code
    ctext(d, W / 2, y, "合作伙伴", font(48, True), white)
    y += 100
    marks = [("华为", font(34, True), (200, 16, 46)), ("阿里云", font(34, True), (255, 106, 0)),
             ("OPPO", font(36, True), (0, 120, 80)), ("vivo", font(38, True), (65, 90, 250)),
             ("腾讯", font(34, True), (0, 82, 217)), ("字节跳动", font(32, True), (50, 90, 160)),
             ("浪潮信息", font(32, True), (0, 90, 170)), ("统信软件", font(32, True), (30, 110, 200)),
             ("Ampere", font(34, True), (200, 50, 40))]
    bw = (X1 - X0 - 40) / 3
    for i, (txt, f, col) in enumerate(marks):
        bx, by = X0 + (i % 3) * (bw + 20), y + (i // 3) * 100
        d.rounded_rectangle([bx, by, bx + bw, by + 80], radius=10, fill=white)
        ctext(d, bx + bw / 2, by + 40 - f.size * 0.66, txt, f, col)
    y += 3 * 100 + 50
    ctext(d, W / 2, y, "支持媒体", font(40, True), white)
    y = boxes(d, X0 + 40, X1 - 40, y + 80, ["CSDN", "InfoQ", "开源中国", "LWN 中文"], 4, (14, 84, 92), white,
              font(28, True)) + 60
    qrcode(d, X0 + 20, y, 220, 3503)
    d.text((X0 + 280, y + 30), "扫码报名", font=font(44, True), fill=white)
    d.text((X0 + 280, y + 100), "现场名额有限，报名审核通过后", font=font(26), fill=PALE_3)
    d.text((X0 + 280, y + 142), "将以短信通知", font=font(26), fill=PALE_3)
    return y + 300


def bg_3(w, h):
    im = vgrad(w, h, (6, 70, 80), (8, 44, 70))
    glow(im, 900, 360, 260, (40, 150, 150), 12)
    d = ImageDraw.Draw(im)
    for i in range(12):  # waves at the header's right
        d.arc([520 + i * 10, 180 + i * 22, 1400 - i * 10, 620 + i * 22], 180, 300, fill=(30, 120 + i * 4, 130), width=2)
    return im


def poster_3():
    im = two_pass(1080, paint_3, bg_3)
    im = im.resize((960, round(im.size[1] * 960 / 1080)), Image.LANCZOS)
    forums = [{"forum": name, "slots": [truth_slot(s) for s in slots if not isinstance(s, str)]}
              for name, _, _, slots in FORUMS_3]
    return im, forums


# ===========================================================================
# 4. CLK 2084 (第79届), online, 2084-11-18, violet to navy with orange, JPEG
#    1080.  The three forums run in the MORNING and 主论坛 in the afternoon.
#    Each heading: the name, and under it the forum's span in an outlined pill
#    and '｜ 主持人：name（unit job）'.  Rows: the range at the left, a dot on
#    a line, the orange title, per speaker 'name  company job'.  The remote
#    speaker's row prints his local time under the Beijing range ('CET
#    07:10-07:50') and a tag '远程连线' after his company.  The round table:
#    '主持：name　company job', then '对话嘉宾：' and the guests as
#    'name（company）、…' running over two lines.  '闭幕致辞' with a speaker.
FORUMS_4 = [
    ("内存与 CXL 分论坛", ("曹军", "复旦大学 副教授"), [
        T("10:00", "10:45", "CXL Type 3 设备的内存热插拔与 DAX 管理", [S("陆伟", "英特尔", "内存软件工程师")], "曹军"),
        T("10:45", "11:30", "memory tiering 中的页面提升限速策略", [S("叶晓", "阿里云", "内核工程师")], "曹军"),
    ]),
    ("芯片与体系结构分论坛", ("任志刚", "中国科学院计算技术研究所 研究员"), [
        T("10:00", "10:45", "RISC-V 向量扩展的内核态使用与上下文保存", [S("姜明", "平头哥半导体", "内核工程师")], "任志刚"),
        T("10:45", "11:30", "Arm64 指针认证与内核控制流完整性", [S("韩雪", "华为", "安全内核工程师")], "任志刚"),
    ]),
    ("云原生与虚拟化分论坛", ("董磊", "腾讯云 虚拟化技术专家"), [
        T("10:00", "10:45", "Kata Containers 轻量虚拟机的内存回收", [S("孟涛", "蚂蚁集团", "云原生工程师")], "董磊"),
        T("10:45", "11:30", "guest_memfd 与机密虚拟机的内存管理",
          [S("付强", "字节跳动", "虚拟化工程师"), S("杜娟", "字节跳动", "研发工程师")], "董磊"),
    ]),
    ("主论坛", ("唐文", "北京航空航天大学 教授"), [
        T("13:30", "14:10", "内核补丁评审的自动化：从 checkpatch 到大模型辅助", [S("郝杰", "华为", "内核专家")], "唐文"),
        T("14:10", "14:50", "Upstreaming a New Filesystem: Lessons from the Review Process",
          [S("Markus Weber", "SUSE", "Senior Engineer")], "唐文", local="CET 07:10-07:50"),
        B("14:50", "15:00", "休息"),
        P("15:00", "15:50", "圆桌对话：开源内核社区的下一代贡献者从哪里来", S("夏天", "CSDN", "技术主编"),
          [S("罗晨", "龙蜥社区", None), S("汪涛", "openEuler 社区", None), S("石磊", "清华大学", None),
           S("宋佳", "上海交通大学", None)], "唐文"),
        T("15:50", "16:00", "闭幕致辞", [S("王建国", "CLK 组委会", "主席")], "唐文"),
    ]),
]
SPANS_4 = {"内存与 CXL 分论坛": "10:00-11:30", "芯片与体系结构分论坛": "10:00-11:30",
           "云原生与虚拟化分论坛": "10:00-11:30", "主论坛": "13:30-16:00"}
ORANGE_4, LILAC_4, WHITE = (255, 168, 86), (196, 184, 255), (255, 255, 255)


def paint_4(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    logo_lines(d, X0, 40, WHITE, LILAC_4)
    lab = "ONLINE 线上举办"
    w = tw(d, lab, font(26, True)) + 44
    d.rounded_rectangle([X1 - w, 62, X1, 112], radius=25, fill=ORANGE_4)
    rtext(d, X1 - 22, 69, lab, font(26, True), (40, 20, 80))
    d.text((X0, 210), "第79届中国", font=font(98, True), fill=WHITE)
    d.text((X0, 334), "Linux内核开发者大会", font=font(86, True), fill=WHITE)
    d.text((X0, 478), "CLK 2084", font=font(44, True), fill=ORANGE_4)
    y = 560
    d.text((X0, y), "2084年11月18日（周六）　全程线上直播", font=font(34, True), fill=WHITE)
    d.text((X0, y + 58), "直播平台：哔哩哔哩 · 微信视频号 · CSDN", font=font(27), fill=LILAC_4)
    d.text((X0, y + 104), "* 议程中的时间均为北京时间（UTC+8）", font=font(24), fill=LILAC_4)
    y += 220
    ctext(d, W / 2, y, "大会议程", font(64, True), WHITE)
    d.line([(X0 + 120, y + 46), (W / 2 - 170, y + 46)], fill=ORANGE_4, width=3)
    d.line([(W / 2 + 170, y + 46), (X1 - 120, y + 46)], fill=ORANGE_4, width=3)
    y += 150
    LX, TX = X0 + 220, X0 + 248
    fr, ft, fn, fa = font(28, True), font(31, True), font(28), font(21)
    for k, (name, host, slots) in enumerate(FORUMS_4):
        if k in (0, 3):
            lab = "上午　三个分论坛同时直播" if k == 0 else "下午　主论坛"
            d.rounded_rectangle([X0, y, X1, y + 70], radius=35, fill=(70, 40, 150))
            ctext(d, W / 2, y + 12, lab, font(34, True), WHITE)
            y += 70 + 60
        d.rectangle([X0, y + 8, X0 + 12, y + 64], fill=ORANGE_4)
        d.text((X0 + 32, y), name, font=font(50, True), fill=WHITE)
        y += 90
        span = SPANS_4[name]
        sw = tw(d, span, font(24, True)) + 32
        d.rounded_rectangle([X0, y, X0 + sw, y + 40], radius=20, outline=ORANGE_4, width=2)
        d.text((X0 + 16, y + 4), span, font=font(24, True), fill=ORANGE_4)
        d.text((X0 + sw + 18, y + 2), "｜ 主持人：%s（%s）" % (host[0], host[1]), font=font(26), fill=WHITE)
        assert X0 + sw + 18 + tw(d, "｜ 主持人：%s（%s）" % (host[0], host[1]), font(26)) <= X1
        y += 40 + 20
        d.line([(X0, y), (X1, y)], fill=(120, 100, 210), width=2)
        y += 44
        top = y
        for s in slots:
            rng = "%s-%s" % (s["start"], s["end"])
            if s["kind"] == "break":
                d.rectangle([X0, y - 6, X1, y + 50], fill=(58, 44, 130))
                d.text((X0 + 10, y + 4), rng, font=fr, fill=LILAC_4)
                d.text((TX, y + 3), s["title"], font=font(28, True), fill=LILAC_4)
                y += 50 + 46
                continue
            d.text((X0 + 10, y + 2), rng, font=fr, fill=WHITE)
            if s.get("local"):
                d.text((X0 + 10, y + 46), s["local"], font=font(20), fill=LILAC_4)
            d.ellipse([LX - 6, y + 17, LX + 6, y + 29], fill=ORANGE_4)
            yy = y
            for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
                d.text((TX, yy), ln, font=ft, fill=ORANGE_4)
                yy += 46
            yy += 8
            if s.get("panel"):
                mod, guests = s["sp"][0], s["sp"][1:]
                d.text((TX, yy + 2), "主持：", font=font(26, True), fill=ORANGE_4)
                x = TX + tw(d, "主持：", font(26, True)) + 4
                d.text((x, yy), pad(mod[0]), font=fn, fill=WHITE)
                d.text((x + tw(d, pad(mod[0]), fn) + 16, yy + 8), aff(mod), font=fa, fill=LILAC_4)
                yy += 50
                d.text((TX, yy + 2), "对话嘉宾：", font=font(26, True), fill=ORANGE_4)
                x = TX + tw(d, "对话嘉宾：", font(26, True)) + 4
                items = ["%s（%s）" % (g[0], g[1]) for g in guests]
                line, lines = "", []
                for i, it in enumerate(items):  # break only after a '、'
                    nxt = it + ("、" if i < len(items) - 1 else "")
                    if line and tw(d, line + nxt, font(25)) > X1 - x:
                        lines.append(line)
                        line = ""
                    line += nxt
                lines.append(line)
                assert len(lines) == 2
                for ln in lines:
                    d.text((x, yy + 2), ln, font=font(25), fill=WHITE)
                    yy += 42
                yy += 4
            else:
                for name_, company, job in s["sp"]:
                    shown = pad(name_)
                    d.text((TX, yy), shown, font=fn, fill=WHITE)
                    x = TX + max(tw(d, shown, fn), tw(d, "张海燕", fn)) + 18
                    a = "%s %s" % (company, job)
                    d.text((x, yy + 8), a, font=fa, fill=LILAC_4)
                    x += tw(d, a, fa)
                    if s.get("local"):
                        d.rounded_rectangle([x + 14, yy + 4, x + 14 + tw(d, "远程连线", font(19, True)) + 20, yy + 36],
                                            radius=6, outline=ORANGE_4, width=2)
                        d.text((x + 24, yy + 8), "远程连线", font=font(19, True), fill=ORANGE_4)
                        x += tw(d, "远程连线", font(19, True)) + 34
                    assert x <= X1, name_
                    yy += 44
            y = max(yy, y + 80) + 46
        d.line([(LX, top - 10), (LX, y - 40)], fill=(130, 110, 220), width=2)
        y += 70
    y += 20
    qrcode(d, X0, y, 230, 3504)
    d.text((X0 + 270, y + 24), "扫码预约直播", font=font(42, True), fill=WHITE)
    d.text((X0 + 270, y + 92), "回放与演讲资料会后发布在大会仓库", font=font(27), fill=LILAC_4)
    d.text((X0 + 270, y + 142), "主办：中国 Linux 内核开发者大会组委会", font=font(25), fill=LILAC_4)
    return y + 320


def bg_4(w, h):
    im = vgrad(w, h, (44, 18, 96), (14, 24, 78))
    glow(im, 880, 380, 280, (150, 70, 200), 12)
    glow(im, 1000, 560, 140, (255, 140, 80), 8)
    d = ImageDraw.Draw(im)
    for i in range(10):  # sweeping lines behind the header
        d.arc([300 + i * 20, -200 + i * 16, 1500 - i * 20, 800 + i * 16], 100, 200, fill=(90 + i * 6, 60, 170),
              width=2)
    return im


def poster_4():
    im = two_pass(1080, paint_4, bg_4)
    im = finish(im, 3505, 0.004, 0.2, 90)
    return im, [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, _, slots in FORUMS_4]


NOTE = (
    "Same conventions as posters-blind-4..34: speakers are names as printed with spaces removed (padded "
    "two-character names such as '刘　洋' -> '刘洋'; the Latin names 'Priya Raman' -> 'PriyaRaman', 'Min-jun Park' -> "
    "'Min-junPark' (the hyphen kept), 'Markus Weber' -> 'MarkusWeber'); host is the chair printed for the forum "
    "covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; titles exclude tags and badges; "
    "where two or more speakers are printed each has his own affiliation, given per speaker; affiliations keep a "
    "printed job title, joined to the company by one space; break titles are as printed; an opening or closing "
    "speech printed with a speaker ('开幕致辞', '嘉宾致辞', '开幕式', '闭幕致辞') is a talk, a slot printed without a "
    "speaker is a break. Four editions, each on ONE picture only, so no talk is on two posters: CLK 2081 (第76届, "
    "西安), CLK 2082 (第77届, 南京), CLK 2083 (第78届, 广州), CLK 2084 (第79届, online). Each picture is its "
    "edition's one agenda image in the family of the organisers' long images: 主论坛 and three forums in parallel "
    "(their ranges repeat); the forums are listed in printed order. Introductions, addresses, live-stream lines, QR "
    "captions, the unit and sponsor boxes at the foot, hollow words ('AGENDA', 'SUPPORT') and bands such as "
    "'下午　三个分论坛同时进行' are never part of a name, a title or a slot. Added or stressed here: (1) CLK 2081 (PNG, "
    "1080 px, blue). Headings '▶▶ 主论坛' and a slanted box '01'..'03' before the name (the number is no part of the "
    "name: '内存管理分论坛'); '主持人：name' at the right with the unit under it gives the host. Each talk: a dot on a "
    "line at the left edge, the cyan title, and the range in an outlined pill at the RIGHT of the title's FIRST "
    "line, so the range comes after the title in reading order; under the title the speakers, padded name then "
    "'company job'. Breaks are bands with the label at the left and the range at the right ('茶歇 ... "
    "10:00-10:15'). Two keynotes print a gold tag '特邀报告' before the title on its first line: the tag is no part "
    "of the title (the 09:20 title wraps after its '：'). '开幕致辞' (杨立群) and '嘉宾致辞' (高建华, 'CCF 系统软件专委会 "
    "主任') are talks; '全体合影' (11:35-11:45, the group photo, no speaker) is a break of 主论坛, as is '午餐', "
    "which closes it. The 10:55 talk has two speakers on two lines (罗志鹏, 仇亚楠, both 阿里云). Foreign speaker "
    "Priya Raman ('Intel 首席工程师') with an English title. The foot lists units under '主办单位', '承办单位', "
    "'赞助单位', '支持社区' and '支持媒体': none is an affiliation. Uncommon surname 仇. (2) CLK 2082 (PNG, 1080 px, "
    "near black with violet and cyan). The time column is narrow and its type large, so EVERY range, of talks and "
    "breaks alike, is printed over two lines broken after its hyphen: '09:10-' over '09:50' is 09:10-09:50. "
    "Headings: a neon bar and the name, for the afternoon forums a hollow number ('01'..'03') at the heading's "
    "right end (no part of the name), a rule, and under it '主持人：name　unit', which gives the host. The round "
    "table 11:25-12:10 '圆桌讨论：国产处理器时代的内核生态协作' prints '主持：' before its moderator (赵立新, '清华大学 "
    "副教授', on one line) and '嘉宾：' over four guests in a GRID two to a row, each name over its 'company job', "
    "read row by row (陈敏, 刘建, then 冉丽, 吕鹏): the talk's speakers are the moderator and then the guests in that "
    "order (five speakers, five affiliations), the title keeps '圆桌讨论：', and the moderator is not the forum's "
    "host (every talk of 主论坛 keeps 钱志远). The 14:10 talk of 网络与 eBPF 分论坛 has two speakers (唐晨, 苏婷, "
    "both 腾讯). Breaks are navy bands ('茶歇'; '午休' closes 主论坛). Uncommon surname 冉. (3) CLK 2083 (PNG, drawn "
    "at 1080 px and saved 960 px wide, deep teal with amber). Each forum opens with a coloured bar: the name at the "
    "left and, at the right, the host's unit in small type OVER '主持人：name'. Each talk: the range in a filled "
    "amber pill at the left, the bold title right of it, then per speaker the 'company job' line in small type "
    "ABOVE the speaker's name: an affiliation belongs to the name UNDER it, not to the name above it (the hosts' "
    "units likewise). '开幕式' (09:00-09:20) prints the label '致辞嘉宾：' over two speakers (方志华 '华南理工大学 "
    "副校长', 黄伟 '广东省计算机学会 理事长'): it is a talk with those two speakers, and the label is neither a name nor "
    "part of the title. '基于 fprobe 的函数级延迟追踪' has two speakers (丁一凡, 郭敏, both 快手). In 工具链与测试分论坛 "
    "a sub-heading '闪电演讲 Lightning Talks' (with a bolt, over '每场 15 分钟，不设提问环节') stands in the title "
    "column before two 15-minute talks: it is no slot and no title. Foreign speaker Min-jun Park ('Ampere Computing "
    "Principal Engineer', the job in English) with an English title; '华为 openEuler 内核 Maintainer' is one "
    "affiliation. Breaks are bands with the range in an outlined pill ('茶歇'; '午餐' closes 主论坛; '休息'). (4) CLK "
    "2084 (online, JPEG, 1080 px, q85 after a q90 round trip with light grain, violet to navy). The three forums "
    "come FIRST, in the morning (band '上午　三个分论坛同时直播'), and 主论坛 LAST, in the afternoon (band '下午　主论坛'); "
    "no lunch is printed. Under each forum's name a line holds the forum's span in an outlined pill ('10:00-11:30', "
    "'13:30-16:00': a span, no slot) and '｜ 主持人：name（unit job）', which gives the host. Rows: the range at the "
    "left, a dot, the orange title, per speaker the padded name and 'company job'. The header says '* "
    "议程中的时间均为北京时间（UTC+8）'; the remote speaker Markus Weber ('SUSE Senior Engineer', then a tag '远程连线', "
    "no part of the affiliation) has his local time 'CET 07:10-07:50' in small type under the range 14:10-14:50: "
    "the slot is 14:10-14:50 and the CET line is no slot. The round table 15:00-15:50 "
    "'圆桌对话：开源内核社区的下一代贡献者从哪里来' prints '主持：夏　天  CSDN 技术主编' and then '对话嘉宾：' followed by "
    "'name（company）' items joined by '、' over two lines: its speakers are the moderator and then the guests in "
    "printed order, the guests' affiliations the company alone ('龙蜥社区', 'openEuler 社区', '清华大学', "
    "'上海交通大学'), as sets 21 and 27 gave 'name（company）'. '闭幕致辞' (王建国, 'CLK 组委会 主席') is a talk; "
    "'休息' is a break of 主论坛. A title wrapped over lines is joined with a space where it breaks between Latin "
    "words ('... Linux: TDX' / 'and SEV-SNP ...', 'Upstreaming a New Filesystem:' / 'Lessons ...') and without one "
    "where it breaks after a '：' or between Chinese characters. The title '开幕致辞' is on two posters (CLK 2081 and CLK 2082), the openings of two "
    "editions with different speakers, not one talk."
)

LAYOUTS = {
    "blue-range-right-pill.png": (
        "CLK 2081 (第76届), 西安, 2081-10-25, the edition's one agenda image in the organisers' blue manner (PNG, "
        "1080 px): logo lines, '西安电子科技大学' at the right, '第76届中国 / Linux内核开发者大会', a date pill "
        "'2081年10月25日 ｜ 西安', the address over two lines, an introduction in a bracketed frame, '大会议程'; headings "
        "'▶▶ 主论坛' and a slanted box '01'..'03' before the name, '主持人：name' at the right over the unit; rows 'dot • "
        "cyan title' with the range in an outlined pill at the RIGHT of the title's first line, then 'padded name  "
        "company job'; '特邀报告' tags before two titles; '开幕致辞', '嘉宾致辞', a speakerless '全体合影'; bands with "
        "label left and range right; unit tiers (主办, 承办, 赞助, 支持社区, 支持媒体) and a QR code at the foot. Uncommon "
        "surname 仇. 5 + 2 + 2 + 2 talks.",
        "2081-10-25", poster_1),
    "dark-wrapped-ranges.png": (
        "CLK 2082 (第77届), 南京, 2082-10-24 (PNG, 1080 px), the organisers' dark manner (near black, violet and cyan "
        "light): 'CLK' over '2 0 8 2' at the right, '第77届中国 / Linux内核开发者大会', a date box, the address, an "
        "introduction, '大会议程' over a hollow 'AGENDA'; headings (neon bar, name, a hollow number at the right for "
        "the forums, a rule, '主持人：name　unit' under it); a narrow time column where every range wraps after its "
        "hyphen ('09:10-' over '09:50'), a dot on a line, the teal title, 'padded name  company job'; a round table "
        "with '主持：' and its moderator on one line and '嘉宾：' over four guests in a grid two to a row; navy break "
        "bands; support units and a QR code at the foot. Uncommon surname 冉. 5 + 2 + 2 + 2 talks.",
        "2082-10-24", poster_2),
    "teal-company-above-name-960.png": (
        "CLK 2083 (第78届), 广州, 2083-11-06 (PNG, drawn at 1080 px, saved 960 px wide), deep teal with amber: logo "
        "lines, '华南理工大学' at the right, '第78届中国 / Linux内核开发者大会', an amber date pill '2083.11.06　周六 · "
        "广州', the address, a framed introduction, '大会议程' over 'P R O G R A M'; per forum a coloured bar (name left; "
        "the host's unit small OVER '主持人：name' at the right); rows: the range in a filled amber pill at the left, "
        "the bold title, then per speaker 'company job' small ABOVE the name; '开幕式' with '致辞嘉宾：' over two "
        "speakers; a sub-heading '闪电演讲 Lightning Talks' before two 15-minute talks; bands with the range in an "
        "outlined pill; '下午　三个分论坛同时进行'; partner word marks, media boxes and a QR code at the foot. "
        "4 + 2 + 2 + 3 talks.",
        "2083-11-06", poster_3),
    "online-forums-first.jpg": (
        "CLK 2084 (第79届), online, 2084-11-18 (JPEG, 1080 px, q85 after a q90 round trip with light grain), violet "
        "to navy with orange: logo lines, 'ONLINE 线上举办', '第79届中国 / Linux内核开发者大会', 'CLK 2084', the date "
        "and '全程线上直播', the platforms, '* 议程中的时间均为北京时间（UTC+8）', '大会议程'; the three forums FIRST "
        "('上午　三个分论坛同时直播'), 主论坛 LAST ('下午　主论坛'); under each name the forum's span in a pill and '｜ "
        "主持人：name（unit job）'; rows 'range • orange title' over 'padded name  company job'; a remote speaker with "
        "'CET 07:10-07:50' under his range and a tag '远程连线'; a round table with '主持：' and '对话嘉宾：' guests as "
        "'name（company）、…' over two lines; '闭幕致辞'; a QR code at the foot. 2 + 2 + 2 + 4 talks.",
        "2084-11-18", poster_4),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        if fn.endswith(".jpg"):
            im.save(os.path.join(HERE, fn), "JPEG", quality=85)
        else:
            im.save(os.path.join(HERE, fn), optimize=True)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
