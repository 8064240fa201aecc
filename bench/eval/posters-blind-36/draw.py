"""Draw the thirty-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set is about the
ONE agenda image of a whole edition, in the family of the organisers' own
images, as an edition's repository would hold it: 主论坛 and three parallel
forums on each picture, four editions, no talk on two posters.  Each picture
varies the family in its own way:
  CLK 2091 (indigo, PNG 1440 wide): 主论坛 as the organisers' timeline, then
    the three parallel forums as a GRID OF THREE NARROW PANELS side by side,
    each talk stacked (range chip, title, name, 'company job'); two forum
    names wrap inside their panel heads.
  CLK 2092 (dark, PNG 1080): a round photo placeholder at the RIGHT end of
    every talk (the surname, Latin initials or a silhouette in the circle)
    with the speaker's name UNDER the photo and company and job under the
    name; two talks with two speakers of two companies, photos side by side.
  CLK 2093 (online, JPEG 1080): START times only, each in a coloured square;
    speakers printed 'company：name'; a live-room line per forum; each forum
    closed by a grey square with its end ('本分论坛结束').
  CLK 2094 (light, PNG 1600 wide): 主论坛's rows FLOW over two columns inside
    one card; the three forums in a 2 x 2 grid whose fourth cell is no forum
    (the live rooms); speakers 'name | company job' with an ASCII bar.
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


def logo_lines(d, x, y, fill, sub, k=1.0):
    """The conference's logo block: a flame-like mark, 'CHINA LINUX KERNEL' and the Chinese name (k scales it)."""
    for i in range(4):
        d.arc([x + i * 6 * k, y + i * 4 * k, x + (60 - i * 6) * k, y + (110 - i * 4) * k], 200, 340, fill=fill,
              width=round(4 * k))
    d.line([(x + 30 * k, y + 20 * k), (x + 30 * k, y + 100 * k)], fill=fill, width=round(4 * k))
    d.text((x + 80 * k, y + 22 * k), "CHINA LINUX KERNEL", font=font(round(26 * k), True), fill=fill)
    d.text((x + 80 * k, y + 60 * k), "中国Linux内核开发者大会", font=font(round(24 * k)), fill=sub)


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
    lh = round(f.size * 1.75)
    lines = wrap(d, text, f, X1 - X0 - 80)
    h = 60 + lh * len(lines)
    d.rectangle([X0, y, X1, y + h], fill=fill)
    for cx, cy, sx, sy in ((X0, y, 1, 1), (X1, y, -1, 1), (X0, y + h, 1, -1), (X1, y + h, -1, -1)):
        d.line([(cx, cy), (cx + 40 * sx, cy)], fill=corner, width=4)
        d.line([(cx, cy), (cx, cy + 40 * sy)], fill=corner, width=4)
    yy = y + 30
    for ln in lines:
        d.text((X0 + 40, yy), ln, font=f, fill=ink)
        yy += lh
    return y + h


def hollow(d, x, y, text, f, outline, fill):
    """Outlined letters, as the organisers set English words behind headings."""
    d.text((x, y), text, font=f, fill=fill, stroke_width=2, stroke_fill=outline)


def pill(d, x, y, text, f, fill, ink, padx=16, h=None, outline=None):
    """Text in a rounded pill starting at x; returns the pill's right edge."""
    h = h or round(f.size * 1.6)
    w = tw(d, text, f) + 2 * padx
    d.rounded_rectangle([x, y, x + w, y + h], radius=h // 2, fill=fill, outline=outline, width=2)
    d.text((x + padx, y + (h - f.size) / 2 - f.size * 0.14), text, font=f, fill=ink)
    return x + w


def split_forum_name(d, name, f, maxw):
    """A forum name too wide for its head breaks before '分论坛', as a designer breaks it."""
    if tw(d, name, f) <= maxw:
        return [name]
    assert name.endswith("分论坛") and tw(d, name[:-3], f) <= maxw, name
    return [name[:-3], "分论坛"]


def check_chain(slots, end):
    """Start times only: each slot must end where the next starts, the last where the poster says it ends."""
    for a, b in zip(slots, slots[1:]):
        assert a["end"] == b["start"], (a["title"], b["title"])
    assert slots[-1]["end"] == end, slots[-1]["title"]


# ===========================================================================
# 1. CLK 2091 (第86届), 上海, 2091-10-27, indigo to violet, PNG 1440 wide.
#    Header (logo lines, the host school at the right, '第86届中国 / Linux内核
#    开发者大会', a date pill, the address, a framed introduction, '大会议程'
#    over a hollow 'AGENDA').  主论坛 as the organisers' timeline: range at the
#    left, a dot on a line, the cyan title, 'padded name  company job'.  Then a
#    band '下午　三个分论坛同时进行' and the three forums as a GRID of three
#    narrow panels side by side: a coloured head (number, the forum's name, two
#    of them broken before '分论坛', '主持人：name' over the unit), then per
#    talk, stacked: the range in a chip, the bold title (wrapping in the
#    column), the name, 'company job' (wrapping where it must).  Breaks are
#    slim bars inside a panel; panels are as tall as the longest.
HOST_1 = ("朱建平", "上海交通大学 教授")
MAIN_1 = [
    T("09:00", "09:15", "开幕致辞", [S("王立军", "上海交通大学", "副校长")], "朱建平"),
    T("09:15", "10:00", "large folio 之后：页缓存的下一步演进", [S("孙浩", "阿里云", "内核技术专家")], "朱建平"),
    B("10:00", "10:20", "茶歇"),
    T("10:20", "11:05", "Scaling the Linux Scheduler to 512-Core Servers",
      [S("Rafael Ortega", "Google", "Staff Software Engineer")], "朱建平"),
    T("11:05", "11:50", "内核热补丁在大规模云集群中的落地：kpatch 与 livepatch 的取舍",
      [S("吴晓峰", "字节跳动", "系统技术专家"), S("黄静", "浙江大学", "副教授")], "朱建平"),
    B("11:50", "13:30", "午餐"),
]
FORUMS_1 = [
    ("01", "处理器架构与调度分论坛", ("何振宇", "复旦大学 副教授"), [
        T("13:30", "14:10", "EEVDF 调度器在混部场景下的延迟调优", [S("罗海涛", "腾讯", "内核工程师")], "何振宇"),
        T("14:10", "14:50", "RISC-V 向量扩展（RVV）上下文切换的开销分析",
          [S("林晨", "中国科学院软件研究所", "副研究员")], "何振宇"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "sched_ext 实战：用 BPF 编写可插拔调度策略", [S("周宇航", "蚂蚁集团", "高级技术专家")],
          "何振宇"),
    ]),
    ("02", "内存管理与存储分论坛", ("谢文斌", "华中科技大学 教授"), [
        T("13:30", "14:15", "MGLRU 在 memcg 回收中的调优实践", [S("郭亮", "vivo", "内核专家")], "谢文斌"),
        T("14:15", "15:00", "bcachefs 的快照与写时复制实现剖析", [S("韩雪", "华为", "文件系统工程师")], "谢文斌"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "16:00", "io_uring 轮询模式下 NVMe 多队列的性能分析",
          [S("邓凯", "三星中国研究院", "高级工程师"), S("闵浩然", "上海交通大学", "博士研究生")], "谢文斌"),
    ]),
    ("03", "IO与eBPF分论坛", ("钟磊", "北京大学 研究员"), [
        T("13:30", "14:00", "AF_XDP 在 5G 用户面转发中的零拷贝实践", [S("范晓东", "中兴通讯", None)], "钟磊"),
        T("14:00", "14:30", "BPF arena：在 BPF 程序之间共享内存", [S("蒋波", "字节跳动", "内核工程师")], "钟磊"),
        T("14:30", "15:00", "blk-mq 的 I/O 优先级与 cgroup v2 io.cost 控制", [S("曹颖", "Intel", "软件工程师")], "钟磊"),
    ]),
]
INTRO_1 = ("中国 Linux 内核开发者大会（CLK）由国内从事 Linux 内核开发的企业、高校与社区共同发起，每年举办一届。"
           "第 86 届大会由上海交通大学承办，上午为主论坛；下午处理器架构与调度、内存管理与存储、IO与eBPF "
           "三个分论坛同时进行，全程同步直播，演讲资料会后发布在大会仓库。")
CYAN_1, PINK_1, PALE_1, GOLD_1 = (112, 226, 255), (250, 120, 210), (190, 196, 255), (255, 200, 90)
HEADS_1 = [(36, 140, 226), (190, 64, 168), (214, 138, 30)]


def panel_1(d, x, y, w, num, name, host, slots, color, head_h, paint):
    """One forum of the grid: head (number, name, host), then each talk stacked; returns the content's end."""
    white = (255, 255, 255)
    ix, iw = x + 24, w - 48
    fh = font(36, True)
    lines = split_forum_name(d, name, fh, iw - 70)
    if paint:
        d.rounded_rectangle([x, y, x + w, y + head_h], radius=18, fill=color)
        d.rectangle([x, y + head_h - 18, x + w, y + head_h], fill=color)
        d.rounded_rectangle([ix, y + 24, ix + 58, y + 70], radius=8, fill=white)
        ctext(d, ix + 29, y + 27, num, font(30, True), color)
        for i, ln in enumerate(lines):
            d.text((ix + 72, y + 22 + i * 50), ln, font=fh, fill=white)
    yy = y + 22 + 50 * len(lines) + 16
    if paint:
        d.text((ix, yy), "主持人：", font=font(28, True), fill=white)
        d.text((ix + tw(d, "主持人：", font(28, True)), yy), pad(host[0]), font=font(28), fill=white)
    yy += 42
    for ln in wrap(d, host[1], font(22), iw):
        if paint:
            d.text((ix, yy), ln, font=font(22), fill=(240, 240, 255))
        yy += 32
    need = yy + 18 - y
    y += head_h + 30
    fr, ft, fn, fa = font(25, True), font(30, True), font(28, True), font(22)
    for s in slots:
        rng = "%s-%s" % (s["start"], s["end"])
        if s["kind"] == "break":
            if paint:
                d.rounded_rectangle([ix - 8, y, ix + iw + 8, y + 52], radius=10, fill=(70, 64, 150))
                d.text((ix + 10, y + 10), rng + "　" + s["title"], font=font(26, True), fill=PALE_1)
            y += 52 + 34
            continue
        if paint:
            pill(d, ix, y, rng, fr, color, white, padx=14, h=40)
        y += 54
        for ln in wrap_nicely(d, s["title"], ft, iw):
            if paint:
                d.text((ix, y), ln, font=ft, fill=white)
            y += 44
        y += 8
        for sp in s["sp"]:
            if paint:
                d.text((ix, y), pad(sp[0]), font=fn, fill=CYAN_1)
            y += 40
            for ln in wrap(d, aff(sp), fa, iw):
                if paint:
                    d.text((ix, y), ln, font=fa, fill=PALE_1)
                y += 32
            y += 6
        y += 36
    return y, need


def paint_1(im, d):
    W = im.size[0]
    X0, X1 = 60, W - 60
    white = (255, 255, 255)
    logo_lines(d, X0, 48, white, PALE_1, 1.25)
    rtext(d, X1, 56, "上海交通大学", font(44, True), white)
    rtext(d, X1, 118, "电子信息与电气工程学院", font(28), PALE_1)
    d.text((X0, 250), "第86届中国", font=font(124, True), fill=white)
    d.text((X0, 404), "Linux内核开发者大会", font=font(112, True), fill=white)
    y = 600
    lab = "2091年10月27日（周六）｜ 上海"
    pill(d, X0, y, lab, font(40, True), None, white, padx=30, h=76, outline=CYAN_1)
    d.text((X0, y + 116), "地址：上海交通大学闵行校区 学术活动中心报告厅", font=font(40, True), fill=white)
    y = framed_intro(d, X0, X1, y + 226, INTRO_1, font(30), (44, 36, 130), CYAN_1, white) + 120
    hollow(d, W / 2 - tw(d, "AGENDA", font(150, True)) / 2, y - 30, "AGENDA", font(150, True), (90, 80, 180),
           (30, 26, 100))
    ctext(d, W / 2, y + 22, "大会议程", font(80, True), white)
    y += 230
    # 主论坛: the organisers' timeline
    d.polygon([(X0, y + 22), (X0 + 24, y + 44), (X0, y + 66)], fill=CYAN_1)
    d.polygon([(X0 + 26, y + 22), (X0 + 50, y + 44), (X0 + 26, y + 66)], fill=CYAN_1)
    d.text((X0 + 70, y + 2), "主论坛", font=font(64, True), fill=white)
    hx = X1 - tw(d, "主持人：", font(36, True)) - tw(d, pad(HOST_1[0]), font(36))
    d.text((hx, y), "主持人：", font=font(36, True), fill=PINK_1)
    d.text((hx + tw(d, "主持人：", font(36, True)), y), pad(HOST_1[0]), font=font(36), fill=white)
    rtext(d, X1, y + 58, HOST_1[1], font(26), PALE_1)
    y += 120
    d.rectangle([X0, y, X1, y + 8], fill=(90, 170, 255))
    y += 60
    LX, TX = X0 + 262, X0 + 296
    fr, ft, fn, fa = font(34, True), font(38, True), font(34), font(27)
    top = y
    for s in MAIN_1:
        rng = "%s-%s" % (s["start"], s["end"])
        if s["kind"] == "break":
            d.rectangle([X0, y - 6, X1, y + 64], fill=(66, 60, 170))
            d.text((X0 + 10, y + 8), rng, font=fr, fill=white)
            d.ellipse([LX - 8, y + 21, LX + 8, y + 37], fill=white)
            d.text((TX, y + 6), s["title"], font=font(36, True), fill=white)
            y += 64 + 60
            continue
        d.text((X0 + 10, y + 4), rng, font=fr, fill=white)
        d.ellipse([LX - 8, y + 20, LX + 8, y + 36], fill=CYAN_1)
        yy = y
        for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
            d.text((TX, yy), ln, font=ft, fill=CYAN_1)
            yy += 56
        yy += 10
        for sp in s["sp"]:
            shown = pad(sp[0])
            d.text((TX, yy), shown, font=fn, fill=white)
            x = TX + max(tw(d, shown, fn), tw(d, "张海燕", fn)) + 24
            d.text((x, yy + 8), aff(sp), font=fa, fill=PALE_1)
            assert x + tw(d, aff(sp), fa) <= X1, sp
            yy += 54
        y = yy + 60
    d.line([(LX, top - 16), (LX, y - 50)], fill=(120, 130, 240), width=3)
    # the afternoon band, then the grid of three panels
    lab = "下午　三个分论坛同时进行"
    w = tw(d, lab, font(40, True)) + 100
    d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 76], radius=38, fill=(250, 120, 210))
    ctext(d, W / 2, y + 12, lab, font(40, True), (40, 20, 90))
    y += 140
    gap = 30
    pw = (X1 - X0 - 2 * gap) / 3
    heads = [panel_1(d, X0 + k * (pw + gap), y, pw, *f, HEADS_1[k], 0, False)[1] for k, f in enumerate(FORUMS_1)]
    head_h = max(heads)
    ends = [panel_1(d, X0 + k * (pw + gap), y, pw, *f, HEADS_1[k], head_h, False)[0] for k, f in enumerate(FORUMS_1)]
    bottom = max(ends) + 10
    for k, f in enumerate(FORUMS_1):
        px = X0 + k * (pw + gap)
        d.rounded_rectangle([px, y, px + pw, bottom], radius=18, fill=(36, 32, 112), outline=HEADS_1[k], width=2)
        panel_1(d, px, y, pw, *f, HEADS_1[k], head_h, True)
    y = bottom + 130
    hollow(d, W / 2 - tw(d, "SUPPORT", font(130, True)) / 2, y - 30, "SUPPORT", font(130, True), (90, 80, 180),
           (30, 26, 100))
    ctext(d, W / 2, y + 14, "支持单位", font(66, True), white)
    y += 170
    y = boxes(d, X0 + 60, X1 - 60, y, ["上海交通大学", "华为", "阿里云", "字节跳动", "腾讯", "蚂蚁集团", "英特尔",
                                        "中兴通讯", "vivo", "三星中国研究院", "openEuler", "龙蜥社区"], 4,
              white, (30, 26, 110), font(34, True), h=84) + 80
    qrcode(d, W / 2 - 150, y, 300, 3601)
    ctext(d, W / 2, y + 330, "扫码报名 · 观看直播", font(44, True), white)
    ctext(d, W / 2, y + 398, "主办：中国 Linux 内核开发者大会组委会　承办：上海交通大学", font(30), PALE_1)
    return y + 500


def bg_1(w, h):
    im = vgrad(w, h, (30, 26, 104), (44, 18, 92))
    glow(im, 1180, 500, 300, (150, 70, 220), 12)
    glow(im, 1300, 700, 140, (60, 180, 240), 8)
    d = ImageDraw.Draw(im)
    for i in range(12):  # light rings at the header's right
        d.ellipse([1000 - i * 26, 330 - i * 26, 1360 + i * 26, 690 + i * 26], outline=(70 + i * 5, 60, 170), width=2)
    return im


def poster_1():
    im = two_pass(1440, paint_1, bg_1)
    forums = [{"forum": "主论坛", "slots": [truth_slot(s) for s in MAIN_1]}]
    forums += [{"forum": name, "slots": [truth_slot(s) for s in slots]} for _, name, _, slots in FORUMS_1]
    return im, forums


# ===========================================================================
# 2. CLK 2092 (第87届), 北京, 2092-10-25, dark (near black, teal and violet
#    light), PNG 1080.  Headings: the forum's name in an outlined capsule,
#    centred, '主持人：name' and the unit centred under it.  Each talk: the
#    range at the left, a dot on a line, the teal title, and at the row's RIGHT
#    END a round photo placeholder per speaker (the surname in the circle, Latin
#    initials, or a grey silhouette where no photo came) with the NAME UNDER
#    the photo and company and job under the name, centred, wrapping in the
#    photo's column.  Two speakers stand side by side.  No speaker is printed
#    beside or under the title.
HOST_2 = ("宋志刚", "北京航空航天大学 教授")
MAIN_2 = [
    T("09:00", "09:10", "开幕致辞", [S("高峰", "北京航空航天大学", "计算机学院院长")], "宋志刚"),
    T("09:10", "09:50", "面向 AI 集群的内核：大页、NUMA 与 GPU 直通", [S("刘建国", "百度", "主任架构师")], "宋志刚"),
    T("09:50", "10:30", "Upstream First：企业内核团队如何与上游社区协作",
      [S("张敏", "华为", "首席架构师"), S("陶然", "龙蜥社区", "技术委员")], "宋志刚"),
    B("10:30", "10:50", "茶歇"),
    T("10:50", "11:30", "KCSAN 与 KASAN：在 CI 中捕获内核并发缺陷", [S("陈晓燕", "腾讯", "安全专家")], "宋志刚"),
    T("11:30", "12:10", "drgn 与 BPF 结合的线上内核诊断", [S("杨宁", "小米", "内核工程师")], "宋志刚"),
    B("12:10", "13:30", "午餐"),
]
FORUMS_2 = [
    ("虚拟化与云原生分论坛", ("马骏", "中国科学院计算技术研究所 研究员"), [
        T("13:30", "14:10", "KVM 热迁移中的脏页跟踪：从 PML 到 dirty ring", [S("吕婷", "阿里云", "虚拟化专家")], "马骏"),
        T("14:10", "14:50", "Kata Containers 与 virtio-fs DAX 映射实践", [S("董浩", "蚂蚁集团", "高级工程师")], "马骏"),
    ]),
    ("内核安全与可靠性分论坛", ("周婷", "清华大学 助理教授"), [
        T("13:30", "14:10", "Unprivileged Sandboxing with Landlock", [S("Anna Kowalczyk", "Canonical", "Kernel Engineer")],
          "周婷"),
        B("14:10", "14:25", "茶歇"),
        T("14:25", "15:05", "kdump 与 pstore 在线上故障分析中的配合", [S("邵明", "京东", "系统工程师")], "周婷"),
    ]),
    ("网络与 RDMA 分论坛", ("贺伟", "北京邮电大学 副教授"), [
        T("13:30", "14:10", "RDMA 内存注册开销的内核侧优化",
          [S("冯超", "华为", "网络技术专家"), S("许琳", "中国科学技术大学", "博士研究生")], "贺伟"),
        T("14:10", "14:50", "BBRv3 在跨地域专线上的调优", [S("程远", "快手", "网络工程师")], "贺伟"),
    ]),
]
# who sent no photo: a silhouette instead of the surname in the circle
SILHOUETTE_2 = {"杨宁", "邵明", "许琳"}
INTRO_2 = ("CLK 即“中国 Linux 内核开发者大会”，是国内 Linux 内核领域规模最大的技术会议之一。第 87 届大会由北京航空"
           "航天大学承办，设主论坛及虚拟化与云原生、内核安全与可靠性、网络与 RDMA 三个分论坛，邀请来自华为、阿里云、"
           "百度、腾讯、小米、Canonical 等企业和高校的开发者分享最新进展。")
TEAL_2, VIOLET_2, GREY_2, PALE_2 = (56, 228, 204), (168, 120, 255), (150, 160, 190), (205, 212, 235)
RINGS_2 = [(56, 228, 204), (168, 120, 255), (255, 150, 90), (90, 170, 255)]


def avatar(im, cx, cy, r, sp, k):
    """A photo placeholder: a ringed disc with the surname (or Latin initials), or a silhouette."""
    name = sp[0]
    ring = RINGS_2[k % len(RINGS_2)]
    d = ImageDraw.Draw(im)
    d.ellipse([cx - r - 5, cy - r - 5, cx + r + 5, cy + r + 5], outline=ring, width=3)
    if name in SILHOUETTE_2:
        tile = Image.new("RGB", (2 * r, 2 * r), (92, 98, 120))
        td = ImageDraw.Draw(tile)
        td.ellipse([r * 0.62, r * 0.34, r * 1.38, r * 1.1], fill=(170, 176, 196))
        td.ellipse([r * 0.22, r * 1.2, r * 1.78, r * 2.6], fill=(170, 176, 196))
        mask = Image.new("L", (2 * r, 2 * r), 0)
        ImageDraw.Draw(mask).ellipse([0, 0, 2 * r - 1, 2 * r - 1], fill=255)
        im.paste(tile, (round(cx - r), round(cy - r)), mask)
        return
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=tuple(c // 2 + 20 for c in ring))
    if " " in name:
        mark, f = "".join(p[0] for p in name.split()), font(40, True)
    else:
        mark, f = name[0], font(50, True)
    ctext(d, cx, cy - f.size * 0.68, mark, f, (255, 255, 255))


def caption(d, cx, y, colw, sp, paint):
    """Under a photo: the name, then company and job, centred, each wrapping within the photo's column."""
    fn, fa = font(27, True), font(19)
    if paint:
        ctext(d, cx, y, pad(sp[0]), fn, (255, 255, 255))
    y += 40
    for part in sp[1:]:
        for ln in wrap(d, part, fa, colw - 12):
            if paint:
                ctext(d, cx, y, ln, fa, PALE_2)
            y += 27
    return y


def heading_2(d, W, y, name, host):
    white = (255, 255, 255)
    f = font(50, True)
    w = tw(d, name, f) + 120
    d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 90], radius=45, outline=TEAL_2, width=3)
    for s in (-1, 1):  # the little bars either side of the capsule
        d.line([(W / 2 + s * (w / 2 + 20), y + 45), (W / 2 + s * (w / 2 + 110), y + 45)], fill=TEAL_2, width=3)
    ctext(d, W / 2, y + 12, name, f, white)
    y += 116
    lab, hn = "主持人：", pad(host[0])
    x = W / 2 - (tw(d, lab, font(30, True)) + tw(d, hn, font(30))) / 2
    d.text((x, y), lab, font=font(30, True), fill=VIOLET_2)
    d.text((x + tw(d, lab, font(30, True)), y), hn, font=font(30), fill=white)
    ctext(d, W / 2, y + 48, host[1], font(22), GREY_2)
    return y + 140


def paint_2(im, d):
    W = im.size[0]
    X0, X1 = 48, W - 48
    white = (255, 255, 255)
    logo_lines(d, X0, 40, white, GREY_2)
    rtext(d, X1, 40, "CLK", font(84, True), white)
    rtext(d, X1, 144, "2092", font(34, True), TEAL_2)
    d.text((X0, 236), "第87届中国", font=font(98, True), fill=white)
    d.text((X0, 360), "Linux内核开发者大会", font=font(88, True), fill=white)
    y = 520
    lab = "2092年10月25日（周六）· 北京"
    d.rectangle([X0, y, X0 + tw(d, lab, font(34, True)) + 48, y + 64], outline=TEAL_2, width=3)
    d.text((X0 + 24, y + 9), lab, font=font(34, True), fill=white)
    d.text((X0, y + 100), "地址：北京航空航天大学学院路校区 新主楼报告厅", font=font(32, True), fill=white)
    y += 196
    fi = font(24)
    lines = wrap(d, INTRO_2, fi, X1 - X0 - 60)
    h = 50 + 42 * len(lines)
    d.rectangle([X0, y, X1, y + h], fill=(14, 20, 40), outline=(50, 90, 110), width=2)
    yy = y + 25
    for ln in lines:
        d.text((X0 + 30, yy), ln, font=fi, fill=(218, 224, 240))
        yy += 42
    y += h + 130
    hollow(d, W / 2 - tw(d, "AGENDA", font(120, True)) / 2, y - 20, "AGENDA", font(120, True), (40, 90, 110),
           (8, 12, 24))
    ctext(d, W / 2, y + 20, "大会议程", font(64, True), white)
    y += 210
    LX, TX = X0 + 186, X0 + 210  # timeline, title
    fr, ft = font(27, True), font(31, True)
    k = 0
    sections = [("主论坛", HOST_2, MAIN_2)] + FORUMS_2
    for n, (name, host, slots) in enumerate(sections):
        if n == 1:
            lab = "下午　三个分论坛同时进行"
            w = tw(d, lab, font(34, True)) + 80
            d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 66], radius=33, fill=(40, 34, 90))
            ctext(d, W / 2, y + 11, lab, font(34, True), TEAL_2)
            y += 130
        y = heading_2(d, W, y, name, host)
        top = y
        for s in slots:
            rng = "%s-%s" % (s["start"], s["end"])
            if s["kind"] == "break":
                d.rectangle([X0, y - 8, X1, y + 56], fill=(22, 44, 70))
                d.text((X0 + 6, y + 6), rng, font=fr, fill=white)
                d.ellipse([LX - 7, y + 17, LX + 7, y + 31], fill=white)
                d.text((TX, y + 4), s["title"], font=font(30, True), fill=white)
                y += 56 + 56
                continue
            colw = 196 if len(s["sp"]) == 1 else 176
            zx = X1 - colw * len(s["sp"])
            d.text((X0 + 6, y + 4), rng, font=fr, fill=white)
            d.ellipse([LX - 7, y + 16, LX + 7, y + 30], fill=TEAL_2)
            yy = y
            for ln in wrap_nicely(d, s["title"], ft, zx - 24 - TX):
                d.text((TX, yy), ln, font=ft, fill=TEAL_2)
                yy += 46
            r = 50
            low = y
            for j, sp in enumerate(s["sp"]):
                cx = zx + colw * j + colw / 2
                avatar(im, cx, y + 4 + r, r, sp, k)
                k += 1
                low = max(low, caption(d, cx, y + 2 * r + 20, colw, sp, True))
            y = max(yy, low) + 56
        d.line([(LX, top - 14), (LX, y - 46)], fill=(40, 80, 110), width=2)
        y += 70
    y += 20
    hollow(d, W / 2 - tw(d, "SUPPORT", font(110, True)) / 2, y - 20, "SUPPORT", font(110, True), (40, 90, 110),
           (8, 12, 24))
    ctext(d, W / 2, y + 20, "支持单位", font(56, True), white)
    y += 150
    y = boxes(d, X0 + 40, X1 - 40, y, ["北京航空航天大学", "华为", "阿里云", "百度", "腾讯", "小米", "快手",
                                        "京东", "蚂蚁集团"], 3, white, (10, 20, 40), font(28, True))
    y += 60
    qrcode(d, W / 2 - 120, y, 240, 3602)
    ctext(d, W / 2, y + 270, "扫码报名 · 观看直播", font(36, True), white)
    ctext(d, W / 2, y + 326, "主办：中国 Linux 内核开发者大会组委会　承办：北京航空航天大学", font(23), GREY_2)
    return y + 430


def bg_2(w, h):
    im = Image.new("RGB", (w, h), (8, 12, 24))
    glow(im, 860, 520, 300, (30, 140, 150), 14)
    glow(im, 1000, 300, 160, (120, 60, 200), 10)
    glow(im, 60, 2600, 260, (60, 30, 120), 10)
    d = ImageDraw.Draw(im)
    for i in range(16):  # light strokes swept across the header
        d.arc([-300 + i * 16, 300 + i * 12, 1500 - i * 16, 1300 + i * 12], 200, 270,
              fill=(30, 80 + i * 6, 120 + i * 4), width=2)
    return im


def poster_2():
    im = two_pass(1080, paint_2, bg_2)
    forums = [{"forum": "主论坛", "slots": [truth_slot(s) for s in MAIN_2]}]
    forums += [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, _, slots in FORUMS_2]
    return im, forums


# ===========================================================================
# 3. CLK 2093 (第88届), online, 2093-11-14, deep blue to violet, JPEG 1080.
#    No address: 'ONLINE', the date, the live platforms.  Each forum: a bar
#    and its name, '主持人：name（unit）', and a live-room line for that forum
#    ('▶ CSDN直播间 N　live.csdn.net/…').  Each slot prints its START time
#    only, in a coloured square (the forum's colour; dimmer for breaks); right
#    of it the bold title and per speaker a line 'company：name'.  A forum's
#    last square is grey and says where it ends ('11:20　上午场结束',
#    '14:50　本分论坛结束'), so a slot ends where the next square starts.
HOST_3 = ("胡晓梅", "中国科学院软件研究所 研究员")
MAIN_3 = [
    T("09:00", "09:10", "开幕致辞", [S("徐国强", "CLK 组委会", None)], "胡晓梅"),
    T("09:10", "09:50", "Linux 内存管理子系统年度回顾：从 mTHP 到 memdesc", [S("姚建新", "华为", None)], "胡晓梅"),
    T("09:50", "10:30", "Rust GPU Drivers Upstream: Lessons from Tyr", [S("Lucas Moreau", "Collabora", None)],
      "胡晓梅"),
    B("10:30", "10:40", "休息"),
    T("10:40", "11:20", "从 cgroup v1 到 v2：大规模业务迁移中的内核问题",
      [S("马丽丽", "快手", None), S("扈晓蕾", "清华大学", None)], "胡晓梅"),
]
FORUMS_3 = [
    ("存储与文件系统分论坛", ("彭涛", "中国人民大学 副教授"), "live.csdn.net/room/clk2093/02", "14:50", [
        T("13:30", "14:10", "ext4 大块（large block size）支持的进展", [S("杜鹏", "华为", None)], "彭涛"),
        T("14:10", "14:50", "FUSE over io_uring：用户态文件系统的新通道", [S("叶青", "字节跳动", None)], "彭涛"),
    ]),
    ("调度与性能分析分论坛", ("汪海", "浙江大学 副教授"), "live.csdn.net/room/clk2093/03", "15:00", [
        T("13:30", "14:15", "perf 与 BPF 结合的 off-CPU 分析", [S("邹平", "阿里云", None)], "汪海"),
        T("14:15", "15:00", "PREEMPT_RT 合入主线之后：实时内核的维护与调优", [S("谭俊", "天翼云", None)], "汪海"),
    ]),
    ("体系结构与虚拟化分论坛", ("卢海鹏", "国防科技大学 副研究员"), "live.csdn.net/room/clk2093/04", "14:50", [
        T("13:30", "14:10", "LoongArch KVM 的中断直通实现", [S("任飞", "龙芯中科", None)], "卢海鹏"),
        T("14:10", "14:50", "机密虚拟机中的 virtio 安全加固", [S("潘悦", "Intel", None)], "卢海鹏"),
    ]),
]
INTRO_3 = ("第 88 届中国 Linux 内核开发者大会全程线上举办。上午主论坛，下午存储与文件系统、调度与性能分析、"
           "体系结构与虚拟化三个分论坛在三个直播间同时进行。欢迎通过 CSDN直播、B站、视频号观看，"
           "并在直播间留言提问。")
COLORS_3 = [(245, 128, 40), (30, 164, 228), (52, 184, 116), (232, 78, 140)]
PALE_3, GREY_3 = (206, 210, 240), (126, 128, 150)


def square(d, x, y, side, text, fill, ink):
    d.rounded_rectangle([x, y, x + side, y + side], radius=10, fill=fill)
    ctext(d, x + side / 2, y + side / 2 - 21, text, font(29, True), ink)


def paint_3(im, d):
    W = im.size[0]
    X0, X1 = 52, W - 52
    white = (255, 255, 255)
    logo_lines(d, X0, 40, white, PALE_3)
    rx = pill(d, X1 - 196, 58, "ONLINE", font(34, True), (245, 128, 40), white, padx=26, h=62)
    assert rx <= X1 + 1
    rtext(d, X1, 134, "线上举办", font(28, True), PALE_3)
    d.text((X0, 230), "第88届中国", font=font(98, True), fill=white)
    d.text((X0, 354), "Linux内核开发者大会", font=font(88, True), fill=white)
    y = 516
    d.text((X0, y), "CLK 2093 · 全程线上直播", font=font(40, True), fill=(255, 196, 120))
    d.text((X0, y + 70), "2093年11月14日（周六）", font=font(36, True), fill=white)
    d.text((X0, y + 130), "直播平台：CSDN直播 · B站 · 视频号", font=font(30), fill=PALE_3)
    y = framed_intro(d, X0, X1, y + 220, INTRO_3, font(25), (40, 40, 120), (255, 160, 80), white) + 110
    ctext(d, W / 2, y, "大会议程", font(66, True), white)
    ctext(d, W / 2, y + 90, "PROGRAM", font(30, True), (255, 160, 80))
    y += 190
    TX, side = X0 + 124, 96
    ft, fc, fn = font(31, True), font(24), font(26, True)
    sections = [("主论坛", HOST_3, "live.csdn.net/room/clk2093/01", "11:20", MAIN_3)] + FORUMS_3
    for n, (name, host, room, end, slots) in enumerate(sections):
        color = COLORS_3[n]
        check_chain(slots, end)
        if n == 1:
            lab = "下午　三个分论坛同时直播"
            w = tw(d, lab, font(34, True)) + 80
            d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 66], radius=12, fill=(255, 160, 80))
            ctext(d, W / 2, y + 11, lab, font(34, True), (40, 24, 80))
            y += 130
        d.rectangle([X0, y + 10, X0 + 12, y + 70], fill=color)
        d.text((X0 + 32, y), name, font=font(52, True), fill=white)
        y += 92
        lab = "主持人："
        d.text((X0, y), lab, font=font(27, True), fill=color)
        d.text((X0 + tw(d, lab, font(27, True)), y), "%s（%s）" % (pad(host[0]), host[1]), font=font(27), fill=white)
        y += 54
        live = "▶ CSDN直播间 %d　%s" % (n + 1, room)
        pill(d, X0, y, live, font(23), (30, 28, 80), PALE_3, padx=18, h=44, outline=color)
        y += 84
        for s in slots:
            if s["kind"] == "break":
                square(d, X0, y, side, s["start"], tuple(c // 2 + 30 for c in color), (230, 230, 240))
                d.text((TX, y + 28), s["title"], font=font(30, True), fill=PALE_3)
                y += side + 34
                continue
            square(d, X0, y, side, s["start"], color, white)
            yy = y - 2
            for ln in wrap_nicely(d, s["title"], ft, X1 - TX):
                d.text((TX, yy), ln, font=ft, fill=white)
                yy += 46
            yy += 6
            for sp in s["sp"]:
                head = sp[1] + "："
                d.text((TX, yy + 3), head, font=fc, fill=PALE_3)
                d.text((TX + tw(d, head, fc), yy), pad(sp[0]), font=fn, fill=(255, 206, 140))
                yy += 42
            y = max(yy, y + side) + 34
        square(d, X0, y, side, end, GREY_3, white)
        d.text((TX, y + 28), "上午场结束" if n == 0 else "本分论坛结束", font=font(30, True), fill=GREY_3)
        y += side + 110
    qrcode(d, X0, y, 230, 3603)
    d.text((X0 + 270, y + 20), "扫码进入直播间", font=font(42, True), fill=white)
    d.text((X0 + 270, y + 88), "回放与演讲资料会后发布在大会仓库", font=font(27), fill=PALE_3)
    d.text((X0 + 270, y + 138), "主办：中国 Linux 内核开发者大会组委会", font=font(25), fill=PALE_3)
    return y + 320


def bg_3(w, h):
    im = vgrad(w, h, (16, 30, 96), (48, 20, 92))
    glow(im, 900, 420, 280, (120, 70, 210), 12)
    glow(im, 1010, 600, 130, (255, 140, 70), 8)
    d = ImageDraw.Draw(im)
    for i in range(9):  # dotted arcs behind the header, like a signal
        d.arc([620 - i * 40, 160 - i * 40, 1180 + i * 40, 720 + i * 40], 200, 330, fill=(70 + i * 8, 70, 170), width=2)
    return im


def poster_3():
    im = two_pass(1080, paint_3, bg_3)
    im = finish(im, 3604, 0.004, 0.2, 92)
    forums = [{"forum": "主论坛", "slots": [truth_slot(s) for s in MAIN_3]}]
    forums += [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, _, _, _, slots in FORUMS_3]
    return im, forums


# ===========================================================================
# 4. CLK 2094 (第89届), 郑州, 2094-10-23, light (a blue header over a pale
#    page of white cards), PNG 1600 wide.  主论坛 is ONE card whose rows FLOW
#    over two columns: the left column from the opening to the 茶歇, the right
#    column on from 10:45 to 午餐, so rows of both columns stand side by side.
#    Rows: the range in a filled pill, the bold title right of it, then per
#    speaker 'name | company job' (an ASCII bar; some print no job).  Then a
#    band '下午　三个分论坛同时进行' and a 2 x 2 grid of cards: three forums
#    (coloured head with the name and '主持人：name（unit）') and, in the fourth
#    cell, NO forum: the live rooms, listing the forums' names again, a QR code.
HOST_4 = ("唐建军", "郑州大学 教授")
MAIN_4 = [
    T("09:00", "09:10", "开幕致辞", [S("李红", "郑州大学", "副校长")], "唐建军"),
    T("09:10", "09:50", "国产 CPU 平台上的 Linux 内核适配与上游化", [S("赵磊", "兆芯", "系统软件部经理")], "唐建军"),
    T("09:50", "10:30", "CXL 内存扩展在数据库场景下的分层管理", [S("孙丽", "阿里云", "数据库内核专家")], "唐建军"),
    B("10:30", "10:45", "茶歇"),
    T("10:45", "11:25", "内核 CVE 流程变化对发行版维护的影响", [S("钱晓东", "统信软件", "内核架构师")], "唐建军"),
    T("11:25", "12:05", "高校操作系统课程与内核社区贡献", [S("牛建华", "郑州大学", "副教授")], "唐建军"),
    B("12:05", "13:30", "午餐"),
]
MAIN_4_LEFT = 4  # rows in the left column; the rest flow into the right one
FORUMS_4 = [
    ("内存与异构计算分论坛", ("袁斌", "中国科学院计算技术研究所 副研究员"), [
        T("13:30", "14:10", "HMM 与 GPU 共享虚拟内存的缺页处理", [S("黄磊", "摩尔线程", "驱动工程师")], "袁斌"),
        T("14:10", "14:50", "CXL 内存池上的透明页迁移（TPP）评测",
          [S("陆洋", "浪潮信息", "系统工程师"), S("曾倩", "郑州大学", "硕士研究生")], "袁斌"),
    ]),
    ("测试与调试分论坛", ("余航", "华为 内核测试专家"), [
        T("13:30", "14:10", "KUnit 与 kselftest 在发行版 CI 中的落地", [S("彭飞", "统信软件", "测试工程师")], "余航"),
        B("14:10", "14:25", "茶歇"),
        T("14:25", "15:05", "syzkaller 发现的文件系统缺陷分析", [S("苏晴", "谷歌", "软件工程师")], "余航"),
    ]),
    ("网络与 eBPF 分论坛", ("魏东", "西安交通大学 副教授"), [
        T("13:30", "14:10", "netkit 与 BPF 网络设备在容器网络中的应用", [S("田野", "腾讯", None)], "魏东"),
        T("14:10", "14:50", "TCP 拥塞控制的 BPF 化（struct_ops）生产实践", [S("方敏", "美团", None)], "魏东"),
    ]),
]
INTRO_4 = ("第 89 届中国 Linux 内核开发者大会由郑州大学承办。上午主论坛，下午内存与异构计算、测试与调试、"
           "网络与 eBPF 三个分论坛同时进行，各会场均在 CSDN直播 与 B站同步直播。")
BLUE_4, INK_4, GREY_4, PAGE_4 = (28, 92, 210), (26, 34, 56), (104, 112, 132), (236, 241, 249)
HEADS_4 = [(28, 92, 210), (16, 150, 136), (220, 104, 36), (110, 84, 200)]


def rows_4(d, x, y, w, slots, color, paint):
    """Rows of a card: range pill, bold title, 'name | company job' lines; breaks as pale bars."""
    fr, ft, fn, fa = font(25, True), font(32, True), font(27, True), font(25)
    TX = x + 210
    for s in slots:
        rng = "%s-%s" % (s["start"], s["end"])
        if s["kind"] == "break":
            if paint:
                d.rounded_rectangle([x, y, x + w, y + 56], radius=10, fill=(228, 234, 246))
                d.text((x + 18, y + 12), rng, font=fr, fill=GREY_4)
                d.text((TX, y + 9), s["title"], font=font(29, True), fill=GREY_4)
            y += 56 + 34
            continue
        if paint:
            pill(d, x, y + 2, rng, fr, color, (255, 255, 255), padx=16, h=42)
        yy = y
        for ln in wrap_nicely(d, s["title"], ft, x + w - TX):
            if paint:
                d.text((TX, yy), ln, font=ft, fill=INK_4)
            yy += 48
        yy += 6
        for sp in s["sp"]:
            name = pad(sp[0])
            rest = " | " + aff(sp)
            if paint:
                d.text((TX, yy), name, font=fn, fill=color)
                d.text((TX + tw(d, name, fn), yy + 2), rest, font=fa, fill=GREY_4)
            assert TX + tw(d, name, fn) + tw(d, rest, fa) <= x + w, sp
            yy += 42
        y = yy + 36
    return y


def card_4(d, x, y, w, h, color, title, sub):
    """A white card with a coloured head holding a name and, under it, a line in smaller type."""
    d.rounded_rectangle([x + 4, y + 6, x + w + 4, y + h + 6], radius=20, fill=(214, 222, 238))
    d.rounded_rectangle([x, y, x + w, y + h], radius=20, fill=(255, 255, 255))
    d.rounded_rectangle([x, y, x + w, y + 130], radius=20, fill=color)
    d.rectangle([x, y + 110, x + w, y + 130], fill=color)
    d.text((x + 34, y + 18), title, font=font(42, True), fill=(255, 255, 255))
    d.text((x + 34, y + 80), sub, font=font(25), fill=(236, 242, 255))


def live_panel(d, x, y, w):
    """The grid's fourth cell: the live rooms of the four forums and a QR code; no forum of its own."""
    yy = y + 170
    rooms = [("直播间 1", "主论坛")] + [("直播间 %d" % (k + 2), f[0]) for k, f in enumerate(FORUMS_4)]
    for room, forum in rooms:
        pill(d, x + 34, yy, room, font(24, True), HEADS_4[3], (255, 255, 255), padx=14, h=40)
        d.text((x + 190, yy + 2), forum, font=font(28), fill=INK_4)
        yy += 62
    yy += 14
    d.text((x + 34, yy), "CSDN直播 · B站 同步直播，会后提供回放", font=font(25), fill=GREY_4)
    qrcode(d, x + w - 34 - 150, y + 170, 150, 3606)
    ctext(d, x + w - 34 - 75, y + 330, "扫码观看", font(22), GREY_4)
    return yy + 60


def paint_4(im, d):
    W = im.size[0]
    X0, X1 = 64, W - 64
    white = (255, 255, 255)
    logo_lines(d, X0, 50, white, (210, 226, 255), 1.3)
    rtext(d, X1, 58, "郑州大学", font(48, True), white)
    rtext(d, X1, 124, "计算机与人工智能学院", font(28), (210, 226, 255))
    d.text((X0, 250), "第89届中国Linux内核开发者大会", font=font(100, True), fill=white)
    y = 410
    lab = "2094年10月23日（周六）· 郑州"
    pill(d, X0, y, lab, font(38, True), white, BLUE_4, padx=30, h=72)
    d.text((X0, y + 104), "地址：郑州大学主校区 东区行政楼报告厅　｜　同步线上直播", font=font(34), fill=white)
    for i, ln in enumerate(wrap(d, INTRO_4, font(28), X1 - X0)):
        d.text((X0, y + 180 + i * 48), ln, font=font(28), fill=(220, 232, 255))
    y = 820
    ctext(d, W / 2, y, "大会议程", font(72, True), BLUE_4)
    ctext(d, W / 2, y + 100, "A G E N D A", font(28, True), GREY_4)
    y += 190
    # 主论坛: one card, its rows flowing over two columns
    gap = 56
    cw = (X1 - X0 - 80 - gap) / 2
    lx, rx = X0 + 40, X0 + 40 + cw + gap
    strip = ImageDraw.Draw(Image.new("RGB", (8, 8)))
    lh = rows_4(strip, lx, 0, cw, MAIN_4[:MAIN_4_LEFT], BLUE_4, False)
    rh = rows_4(strip, rx, 0, cw, MAIN_4[MAIN_4_LEFT:], BLUE_4, False)
    h = 130 + 50 + max(lh, rh)
    card_4(d, X0, y, X1 - X0, h, BLUE_4, "主论坛", "主持人：%s（%s）" % (pad(HOST_4[0]), HOST_4[1]))
    d.line([(X0 + 40 + cw + gap / 2, y + 170), (X0 + 40 + cw + gap / 2, y + h - 40)], fill=(214, 222, 238), width=2)
    rows_4(d, lx, y + 180, cw, MAIN_4[:MAIN_4_LEFT], BLUE_4, True)
    rows_4(d, rx, y + 180, cw, MAIN_4[MAIN_4_LEFT:], BLUE_4, True)
    y += h + 70
    lab = "下午　三个分论坛同时进行"
    w = tw(d, lab, font(38, True)) + 100
    d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 72], radius=36, fill=BLUE_4)
    ctext(d, W / 2, y + 12, lab, font(38, True), white)
    y += 120
    # the 2 x 2 grid: three forums and the live rooms
    pw = (X1 - X0 - 40) / 2
    cells = [(f, X0 + (k % 2) * (pw + 40)) for k, f in enumerate(FORUMS_4 + [None])]
    for row in (cells[:2], cells[2:]):
        hs = []
        for f, x in row:
            if f is None:
                hs.append(live_panel(strip, x, 0, pw) + 20)
            else:
                hs.append(rows_4(strip, x + 34, 170, pw - 68, f[2], HEADS_4[FORUMS_4.index(f)], False) + 10)
        h = max(hs)
        for f, x in row:
            if f is None:
                card_4(d, x, y, pw, h, HEADS_4[3], "线上观看", "各会场直播间")
                live_panel(d, x, y, pw)
            else:
                c = HEADS_4[FORUMS_4.index(f)]
                card_4(d, x, y, pw, h, c, f[0], "主持人：%s（%s）" % (pad(f[1][0]), f[1][1]))
                rows_4(d, x + 34, y + 170, pw - 68, f[2], c, True)
        y += h + 40
    y += 40
    ctext(d, W / 2, y, "主办：中国 Linux 内核开发者大会组委会　承办：郑州大学计算机与人工智能学院", font(30), GREY_4)
    ctext(d, W / 2, y + 56, "支持：华为 · 阿里云 · 腾讯 · 统信软件 · 浪潮信息 · 兆芯 · 摩尔线程 · openEuler · 龙蜥社区",
          font(28), GREY_4)
    return y + 150


def bg_4(w, h):
    im = Image.new("RGB", (w, h), PAGE_4)
    head = vgrad(w, 740, (22, 74, 196), (36, 118, 226))
    d = ImageDraw.Draw(head)
    for i in range(10):  # thin waves across the header
        d.arc([-200, 420 + i * 22, w + 200, 1000 + i * 22], 190, 350, fill=(60 + i * 4, 140 + i * 4, 236), width=2)
    im.paste(head, (0, 0))
    return im


def poster_4():
    im = two_pass(1600, paint_4, bg_4)
    forums = [{"forum": "主论坛", "slots": [truth_slot(s) for s in MAIN_4]}]
    forums += [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, _, slots in FORUMS_4]
    return im, forums


NOTE = (
    "Same conventions as posters-blind-4..35: speakers are names as printed with spaces removed (padded "
    "two-character names such as '孙　浩' -> '孙浩'; the Latin names 'Rafael Ortega' -> 'RafaelOrtega', 'Anna "
    "Kowalczyk' -> 'AnnaKowalczyk', 'Lucas Moreau' -> 'LucasMoreau'); host is the chair printed for the forum "
    "covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; where two or more speakers are "
    "printed each has his own affiliation, given per speaker; affiliations keep a printed job title, joined to the "
    "company by one space, and are the company alone where no job is printed; break titles are as printed; an "
    "opening speech printed with a speaker ('开幕致辞') is a talk, a slot printed without a speaker is a break. Four "
    "editions, each on ONE picture only, so no talk is on two posters: CLK 2091 (第86届, 上海), CLK 2092 (第87届, "
    "北京), CLK 2093 (第88届, online), CLK 2094 (第89届, 郑州). Each picture is its edition's one agenda image in the "
    "family of the organisers' images: 主论坛 in the morning and three forums in parallel in the afternoon (their "
    "ranges repeat); the forums are listed in printed order (on the grids: left to right, then the next row). "
    "Introductions, addresses, live-stream lines, QR captions, support units at the foot, hollow words ('AGENDA', "
    "'SUPPORT'), 'PROGRAM' / 'A G E N D A' and bands such as '下午　三个分论坛同时进行' are never part of a name, a title "
    "or a slot. A title wrapped over lines is joined with a space where it breaks between Latin words "
    "('Unprivileged Sandboxing' / 'with Landlock') and without one where it breaks between Chinese characters or "
    "after a '：' (a designer's even wrap may break inside a Chinese word: 'netkit 与 BPF 网络设' / "
    "'备在容器网络中的应用' is '…网络设备在…'). The title '开幕致辞' is on all four posters: the openings of four "
    "editions with four different speakers, not one talk. Added or stressed here: (1) CLK 2091 (PNG, 1440 px wide, "
    "indigo). 主论坛 is the organisers' timeline (range, dot, cyan title, padded name then 'company job'); '午餐' "
    "closes it and is a break of 主论坛. Under a band '下午　三个分论坛同时进行' the three forums stand as a GRID of "
    "three narrow panels SIDE BY SIDE, so rows of different forums stand level with each other and must not be "
    "joined: each panel is read top to bottom on its own, and every slot inside a panel belongs to that panel's "
    "forum (its 茶歇 too). A panel's head has a number chip '01'..'03' (no part of the name), the name, and "
    "'主持人：name' over the unit, which gives the host. Two names are too wide for the head and break before "
    "'分论坛' ('处理器架构与调度' / '分论坛', '内存管理与存储' / '分论坛'): the forum is the two lines joined, "
    "'处理器架构与调度分论坛'; 'IO与eBPF分论坛' is printed without spaces and given so. In a panel each talk is "
    "stacked: the range in a chip, the bold title (wrapping in the column), the name, 'company job' under the "
    "name; the 15:15 talk of 内存管理与存储分论坛 has two speakers of two companies (邓凯 三星中国研究院, 闵浩然 "
    "上海交通大学), each name over its own 'company job'. 范晓东 prints '中兴通讯' with no job. The 11:05 talk of "
    "主论坛 has two speakers of two companies (吴晓峰 字节跳动, 黄静 浙江大学). Uncommon surname 闵. (2) CLK 2092 (PNG, "
    "1080 px, near black with teal and violet). Headings: the name in an outlined capsule, centred, '主持人：name' "
    "centred under it and the unit under that. Each talk: the range at the left, a dot on a line, the teal title, "
    "and at the row's RIGHT END one round photo placeholder per speaker with the speaker's NAME UNDER THE PHOTO and "
    "then the company and the job on lines of their own, centred (no speaker is printed beside the title). What "
    "stands INSIDE a circle is the placeholder, not text of the agenda: a surname character ('高', '刘', …) or Latin "
    "initials ('AK' for Anna Kowalczyk), or a grey silhouette for 杨宁, 邵明 and 许琳; the name is the one under "
    "the circle. The company line and the job line under a name give 'company job' (one space): '北京航空航天大学' "
    "over '计算机学院院长' is '北京航空航天大学 计算机学院院长', 'Canonical' over 'Kernel Engineer' is 'Canonical Kernel "
    "Engineer'. Two talks have two speakers of two companies side by side, read left to right (张敏 华为, 陶然 "
    "龙蜥社区; 冯超 华为, 许琳 中国科学技术大学). '午餐' closes 主论坛; the 茶歇 of 内核安全与可靠性分论坛 is that "
    "forum's break. (3) CLK 2093 (online, JPEG, 1080 px, q85 after a q92 round trip with light grain, deep blue to "
    "violet). No address: 'ONLINE', the date, the live platforms. Each forum heading: a bar and the name, "
    "'主持人：name（unit job）', which gives the host, and a live-room pill '▶ CSDN直播间 N　live.csdn.net/…' (no "
    "slot). Each slot prints its START time only, in a coloured square (dimmer for the break); the slot ends where "
    "the next square starts, and a forum's last talk ends at the time in the forum's closing GREY square "
    "('11:20　上午场结束', '14:50　本分论坛结束', in 调度与性能分析分论坛 '15:00　本分论坛结束'); those closing squares "
    "are no slots. '10:30 休息' is a break of 主论坛, 10:30-10:40. No lunch is printed: the morning ends at 11:20 "
    "and the forums start at 13:30. Speakers are printed 'company：name', the company BEFORE a full-width colon and "
    "the name after it (the host line prints the label '主持人：' the same way, before the host's name): the speaker "
    "is the name, the affiliation the company ('CLK 组委会：徐国强' gives 徐国强 with 'CLK 组委会'); two speakers of "
    "two companies stand on two lines ('快手：马丽丽', '清华大学：扈晓蕾'). Uncommon surname 扈. (4) CLK 2094 (PNG, "
    "1600 px wide, light). 主论坛 is ONE card whose rows FLOW over two columns: the left column holds 09:00 to the "
    "茶歇 (10:30-10:45), the right column goes on from 10:45 to '午餐' (12:05-13:30, a break of 主论坛); rows "
    "standing level in the two columns are not one row, and the slots are listed in time order (left column, then "
    "right). The card's head prints '主论坛' over '主持人：唐建军（郑州大学 教授）', which gives "
    "the host, as '主持人：name（unit）' does in the forum cards' heads. Rows: the range in a filled pill, the bold title, then per speaker 'name | "
    "company job' with an ASCII vertical bar: the name before the bar, the affiliation after it (the bar is no "
    "part of either); 田野 and 方敏 print a company only ('腾讯', '美团'). The three forums are three cards of a "
    "2 x 2 grid (内存与异构计算 and 测试与调试 in the first row, 网络与 eBPF in the second); the FOURTH card, "
    "'线上观看' / '各会场直播间', is NO forum: it lists '直播间 1'..'4' beside the names of 主论坛 and the three forums "
    "again, a line about the live platforms and a QR code; none of that is a forum, a slot or a host. "
    "'网络与 eBPF 分论坛' keeps the spaces printed next to a Latin word. The 14:10 talk of 内存与异构计算分论坛 has "
    "two speakers of two companies on two lines (陆洋 浪潮信息, 曾倩 郑州大学)."
)

LAYOUTS = {
    "grid-three-panels-1440.png": (
        "CLK 2091 (第86届), 上海, 2091-10-27 (PNG, 1440 px wide), indigo to violet: logo lines, '上海交通大学' at the "
        "right, '第86届中国 / Linux内核开发者大会', a date pill '2091年10月27日（周六）｜ 上海', the address, a framed "
        "introduction, '大会议程' over a hollow 'AGENDA'; 主论坛 as the organisers' timeline (range, dot, cyan title, "
        "'padded name  company job', 茶歇 and 午餐 bands, '开幕致辞' with a speaker); a band "
        "'下午　三个分论坛同时进行'; then a GRID of three narrow panels side by side, one per forum: a coloured head "
        "(number chip, the name, two names broken before '分论坛', '主持人：name' over the unit), talks stacked "
        "(range chip, bold title, name, 'company job'), 茶歇 bars in two panels; support units and a QR code at the "
        "foot. Uncommon surname 闵. 4 + 3 + 3 + 3 talks.",
        "2091-10-27", poster_1),
    "dark-photo-name-under.png": (
        "CLK 2092 (第87届), 北京, 2092-10-25 (PNG, 1080 px), near black with teal and violet light: logo lines, 'CLK' "
        "over '2092' at the right, '第87届中国 / Linux内核开发者大会', a date box, the address, an introduction, "
        "'大会议程' over a hollow 'AGENDA'; each forum heading a centred capsule with '主持人：name' and the unit under "
        "it; rows: range, dot, teal title, and at the RIGHT END a round photo placeholder per speaker (surname, "
        "Latin initials or a silhouette inside) with the name UNDER the photo and company and job under the name; "
        "two talks with two speakers side by side; 茶歇 and 午餐 bands; support units and a QR code at the foot. "
        "5 + 2 + 2 + 2 talks.",
        "2092-10-25", poster_2),
    "online-start-squares.jpg": (
        "CLK 2093 (第88届), online, 2093-11-14 (JPEG, 1080 px, q85 after a q92 round trip with light grain), deep "
        "blue to violet: logo lines, an 'ONLINE' pill, '第88届中国 / Linux内核开发者大会', 'CLK 2093 · 全程线上直播', "
        "the date, the platforms, a framed introduction, '大会议程' over 'PROGRAM'; per forum a bar and the name, "
        "'主持人：name（unit job）', a live-room pill '▶ CSDN直播间 N　live.csdn.net/…'; START times only in coloured "
        "squares, the bold title, speakers as 'company：name'; each forum closed by a grey square with its end "
        "('上午场结束', '本分论坛结束'); a QR code at the foot. Uncommon surname 扈. 4 + 2 + 2 + 2 talks.",
        "2093-11-14", poster_3),
    "light-flow-columns-1600.png": (
        "CLK 2094 (第89届), 郑州, 2094-10-23 (PNG, 1600 px wide), a blue header over a pale page of white cards: logo "
        "lines, '郑州大学' at the right, '第89届中国Linux内核开发者大会' on one line, a date pill, the address, an "
        "introduction, '大会议程' over 'A G E N D A'; 主论坛 in ONE card whose rows flow over TWO columns (left 09:00 to "
        "the 茶歇, right 10:45 to 午餐); rows: range pill, bold title, 'name | company job'; a band "
        "'下午　三个分论坛同时进行'; a 2 x 2 grid of cards, three forums (head: name, '主持人：name（unit）') and a "
        "fourth card '线上观看' listing the live rooms with the forums' names and a QR code; organisers and supporters "
        "at the foot. 5 + 2 + 2 + 2 talks.",
        "2094-10-23", poster_4),
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
