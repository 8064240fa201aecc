"""Draw the agenda poster of matching-blind-4 and write its truth (deterministic, Pillow only).

Run:  python draw.py   -> writes 2022clk.png and truth.json next to this file.
One table (FORUMS) gives every string the poster prints about a talk, and
build.py's DECKS gives every deck's talk, so the picture, truth.json and the
repository cannot drift apart.  The poster is the one agenda image of a
CLK2022-like edition in the organisers' family style (a dark page with soft
glows, logo lines, the big two-line title, a date pill, a framed introduction,
'大会议程' over a hollow 'AGENDA', forum headings with slanted number boxes, a
timeline of rows: the range at the left, a dot, the title, each speaker with
'company job' small beside it), in this edition's own colours: a deep teal
night with gold titles.  主论坛 in the morning (with an English session),
three forums in the afternoon, named as CLK2022's README names them.  The only
randomness is seeded (the QR code).
"""
import json
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from build import DECKS

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fc = {}


def font(size, bold=False):
    path = FD + "NotoSansCJK-%s.ttc" % ("Bold" if bold else "Regular")
    if (path, size) not in _fc:
        _fc[(path, size)] = ImageFont.truetype(path, size, index=SC)
    return _fc[(path, size)]


def tw(d, text, f):
    b = d.textbbox((0, 0), text, font=f)
    return b[2] - b[0]


# ---------------------------------------------------------------------------
# The programme.  T(id, start, end, title as printed, speakers); a speaker is
# (name, 'company job' as printed beside it).  A round table's first speaker is
# its moderator.  B is a break (开场, 茶歇, 午餐): no talk.  L is a label line
# printed between rows: no talk either.
DATE = "2022-11-19"


def T(tid, start, end, title, speakers, panel=False):
    return {"kind": "talk", "id": tid, "start": start, "end": end, "title": title, "sp": speakers, "panel": panel}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title}


def L(text):
    return {"kind": "label", "title": text}


FORUMS = [
    ("主论坛", ("黄启明", "电子科技大学计算机科学与工程学院 教授"), [
        B("09:00", "09:10", "开场"),
        T("main-01", "09:10", "09:20", "嘉宾致辞", [("罗建国", "电子科技大学 副校长")]),
        T("main-02", "09:20", "09:55", "从内核的角度压榨内存——提高数据中心内存利用率", [("李泽帆", "字节跳动")]),
        T("main-03", "09:55", "10:30", "Linux 内核的可扩展性挑战",
          [("Muchun Song", "ByteDance Linux Kernel Engineer"), ("Qi Zheng", "ByteDance Linux Kernel Engineer")]),
        B("10:30", "10:40", "茶歇"),
        L("English Session　英文专场"),
        T("main-04", "10:40", "11:05", "Large-Scale Kernel Version Migration at ByteDance", [("贺中坤", "字节跳动")]),
        T("main-05", "11:05", "11:30", "A System-Level Binary Translator for LoongArch", [("牛根", "龙芯中科工程师")]),
        T("main-06", "11:30", "11:55", "Improvements to Eppic and Rust support in the crash-utility",
          [("Lianbo Jiang", "红帽高级工程师")]),
        T("main-07", "11:55", "12:20", "Lessons from Maintaining a Stable Kernel Tree",
          [("Tobias Lindqvist", "Linaro Kernel Engineer")]),
        T("main-08", "12:20", "13:00", "圆桌论坛：企业内核团队如何回馈上游社区",
          [("孟庆华", "电子科技大学 副教授"), ("邵嘉伟", "阿里云 内核技术专家"), ("程晓丽", "华为 操作系统内核实验室主任"),
           ("白宇航", "OPPO 内核团队负责人"), ("祁峰", "统信软件 内核研发总监")], panel=True),
        B("13:00", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("任志宏", "中国科学院软件研究所 研究员"), [
        T("arch-01", "13:30", "14:00", "RISC-V 上的 64K 基础页面", [("路旭", "字节跳动内核工程师")]),
        T("arch-02", "14:00", "14:30", "RISC-V架构下的PMU虚拟化直通方案", [("路旭", "字节跳动虚拟化工程师")]),
        T("arch-03", "14:30", "15:00", "RISC-V KVM 的 AIA 中断虚拟化支持", [("邱晨阳", "中国科学院软件研究所 助理研究员")]),
        T("arch-04", "15:00", "15:30", "ARM64 SPE在NUMA balancing和DAMON中的实践", [("左泽", "华为OS内核实验室")]),
        B("15:30", "15:45", "茶歇"),
        T("arch-05", "15:45", "16:10", "NUMA-ICON：一种自适应NUMA调度框架", [("唐辉", "华为操作系统高级工程师")]),
        T("arch-06", "16:10", "16:35", "基于任务调度延迟的 balance 方案", [("胡璞", "OPPO高级底层软件工程师")]),
        T("arch-07", "16:35", "17:00", "CPU 带宽控制：推迟 throttle 至任务返回用户态", [("路自谦", "字节跳动")]),
        T("arch-08", "17:00", "17:25", "YALT: Yet Another Lockless Tree",
          [("余松平", "华为中央软件院OS内核实验室"), ("Kuzin Artem", "华为中央软件院OS内核实验室")]),
    ]),
    ("内存管理与异构计算分论坛", ("钟雪梅", "西南交通大学计算机与人工智能学院 副教授"), [
        T("mem-01", "13:30", "14:00", "面向匿名映射的 large folio 支持", [("殷锋卫", "英特尔")]),
        T("mem-02", "14:00", "14:30", "内存压缩大页(ZHP)优化——面向 Android 手机的 ZRAM 大页", [("袁晓峰", "vivo性能优化专家")]),
        T("mem-03", "14:30", "15:00", "mTHP 在 zswap 中的换出与换入优化", [("饶一鸣", "小米 内核工程师")]),
        T("mem-04", "15:00", "15:30", "ZCACHE：异步文件压缩缓存管理方案", [("林泽生", "vivo性能优化工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("mem-05", "15:45", "16:15", "云平台热迁移技术迭代优化与实践", [("潘睿", "腾讯虚拟化资深技术专家")]),
        T("mem-06", "16:15", "16:45", "基于 eBPF 的大模型性能分析与慢节点检测", [("程书意", "阿里云")]),
        T("mem-07", "16:45", "17:15", "AI 推理集群的 GPU 显存超分与内核支持", [("滕飞", "百度 系统工程师")]),
    ]),
    ("IO 与 ebpf 分论坛", ("葛云鹏", "四川大学网络空间安全学院 副教授"), [
        T("io-01", "13:30", "13:55", "Inline Tail：大幅减少 F2FS 小文件空间占用", [("伍勃", "vivo 存储系统工程师")]),
        T("io-02", "13:55", "14:20", "f2fs 转向 iomap 的探索及实践", [("李扬韬", "vivo文件系统工程师")]),
        T("io-03", "14:20", "14:45", "EXT4块分配可扩展性优化", [("李保坤", "华为操作系统部")]),
        T("io-04", "14:45", "15:10", "ext4 原子写（atomic write）支持的进展", [("韦清", "华为 文件系统工程师")]),
        T("io-05", "15:10", "15:35", "MD RAID 无锁位图（llbitmap）优化机制",
          [("郑琪星", "华为 OS内核实验室"), ("余快", "华为 OS内核实验室 特性作者")]),
        B("15:35", "15:50", "茶歇"),
        T("io-06", "15:50", "16:15", "向 Linux 内核社区引入 objtrace", [("谢欢", "SUSE")]),
        T("io-07", "16:15", "16:40", "tcprt：面向网络监控的 eBPF 实践", [("卢烈", "阿里云内核网络")]),
        T("io-08", "16:40", "17:05", "基于 eBPF 的 TCP 时延画像与丢包诊断", [("芦浩", "腾讯 网络内核工程师")]),
        T("io-09", "17:05", "17:30", "基于eBPF的内核态容器运行时安全实践", [("甄鹏", "浪潮信息操作系统安全专家")]),
        T("io-10", "17:30", "17:55", "用 MCP 工具解读内核调用栈", [("Gavin Guo", "Igalia")]),
    ]),
]
INTRO = ("CLK 即“中国 Linux 内核开发者大会”（以下简称 CLK），举办至今已是第 17 届，由清华大学、英特尔、华为、阿里云、"
         "富士通南大、腾讯、字节跳动、OPPO、vivo、龙芯中科等单位共同发起，是国内 Linux 内核领域最有影响力的技术"
         "峰会之一。本届大会由电子科技大学承办，上午为主论坛（含英文专场），下午处理器架构与调度、内存管理与异构"
         "计算、IO 与 ebpf 三个分论坛同时进行，现场名额 400 人，并在 CSDN 同步直播。")
UNITS = ["华为", "阿里云", "腾讯", "字节跳动", "英特尔", "OPPO", "vivo", "龙芯中科", "统信软件", "浪潮信息", "SUSE",
         "红帽"]

# ---------------------------------------------------------------------------
# Colours of this edition: a deep teal night, gold titles.
GOLD, WHITE, MINT = (255, 212, 96), (255, 255, 255), (128, 222, 206)
AMBER, DEEP, BAND = (255, 168, 56), (4, 28, 36), (18, 78, 88)
PALE = (186, 214, 216)

TOKEN = re.compile(r"[（(《“]?[A-Za-z0-9_\-./:+#'&]+[,)）》”]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”》"


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


def wrap_title(d, text, f, maxw):
    """Wrap as the organisers do: after a '：' (or before a '——') when both halves fit, else evenly."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2:
        return lines
    for sep, keep_left in (("：", True), ("——", False)):
        head, s, tail = text.partition(sep)
        if s:
            left, right = (head + s, tail) if keep_left else (head, s + tail)
            if tw(d, left, f) <= maxw and len(wrap(d, right, f, maxw)) == len(lines) - 1:
                return [left] + wrap(d, right, f, maxw)
    lo, hi = 1, maxw
    while lo < hi:  # the narrowest measure that needs no more lines: lines of even length
        mid = (lo + hi) // 2
        if len(wrap(d, text, f, mid)) <= len(lines):
            hi = mid
        else:
            lo = mid + 1
    return wrap(d, text, f, lo)


def printed(name):
    """A two-character Chinese name is printed with an ideographic space inside, as the organisers print it."""
    if len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name):
        return name[0] + "\u3000" + name[1]
    return name


def ctext(d, cx, y, text, f, fill, **kw):
    d.text((cx - tw(d, text, f) / 2, y), text, font=f, fill=fill, **kw)


def rtext(d, rx, y, text, f, fill):
    d.text((rx - tw(d, text, f), y), text, font=f, fill=fill)


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


def vgrad(w, h, c1, c2):
    im = Image.new("RGB", (w, h), c1)
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / max(1, h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))
    return im


def glow(im, cx, cy, r, col, strength):
    """A soft light blob (the organisers' posters glow): a blurred disc screened onto the picture."""
    lay = Image.new("RGB", im.size, (0, 0, 0))
    ImageDraw.Draw(lay).ellipse([cx - r, cy - r, cx + r, cy + r], fill=tuple(int(c * strength) for c in col))
    small = lay.resize((max(1, im.size[0] // 8), max(1, im.size[1] // 8)), Image.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(r / 16))
    return ImageChops.screen(im, small.resize(im.size, Image.BILINEAR))


def swirl(im, cx, cy, r, col, seed):
    """Thin bright rings around an orb, the organisers' header ornament (seeded, so the same every run)."""
    rnd = random.Random(seed)
    lay = Image.new("RGB", im.size, (0, 0, 0))
    d = ImageDraw.Draw(lay)
    for k in range(30):
        rr = r * (0.55 + 0.9 * k / 30)
        squash = 0.32 + 0.05 * rnd.random()
        c = tuple(int(v * (0.25 + 0.6 * rnd.random())) for v in col)
        d.ellipse([cx - rr, cy - rr * squash, cx + rr, cy + rr * squash], outline=c, width=2)
    lay = lay.rotate(-18, resample=Image.BICUBIC, center=(cx, cy)).filter(ImageFilter.GaussianBlur(1.8))
    im = ImageChops.screen(im, lay)
    orb = Image.new("RGB", im.size, (0, 0, 0))
    od = ImageDraw.Draw(orb)
    for k in range(40, 0, -1):
        t = k / 40
        rr = r * 0.42 * t
        od.ellipse([cx - rr, cy - rr, cx + rr, cy + rr],
                   fill=(int(20 + 60 * (1 - t)), int(90 + 120 * (1 - t)), int(120 + 110 * (1 - t))))
    return ImageChops.lighter(im, orb)


def qrcode(d, x, y, size, seed):
    """A QR-looking square (three finder patterns, seeded modules; it encodes nothing)."""
    rnd = random.Random(seed)
    n, m = 25, size / 25
    d.rectangle([x, y, x + size, y + size], fill=WHITE)
    for r in range(n):
        for c in range(n):
            finder = (r < 8 and c < 8) or (r < 8 and c >= n - 8) or (r >= n - 8 and c < 8)
            if not finder and rnd.random() < 0.5:
                d.rectangle([x + c * m, y + r * m, x + (c + 1) * m - 0.5, y + (r + 1) * m - 0.5], fill=(20, 20, 20))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        X, Y = x + fx * m, y + fy * m
        d.rectangle([X, Y, X + 7 * m, Y + 7 * m], fill=(20, 20, 20))
        d.rectangle([X + m, Y + m, X + 6 * m, Y + 6 * m], fill=WHITE)
        d.rectangle([X + 2 * m, Y + 2 * m, X + 5 * m, Y + 5 * m], fill=(20, 20, 20))


def logo_lines(d, x, y, ink, accent):
    """The organisers' logo lines: a flame-like mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    d.polygon([(x + 18, y + 70), (x + 6, y + 34), (x + 22, y + 2), (x + 30, y + 40), (x + 44, y + 20),
               (x + 40, y + 70)], fill=accent)
    d.text((x + 62, y + 6), "CHINA LINUX KERNEL", font=font(26, True), fill=ink)
    d.text((x + 62, y + 42), "中国Linux内核开发者大会", font=font(24), fill=ink)


def number_box(d, x, y, text, fill, ink, h=64):
    """A slanted box holding a forum's number ('01'), as the organisers' headings have it."""
    f = font(round(h * 0.62), True)
    w = tw(d, text, f) + h * 0.9
    sl = h * 0.28
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], fill=fill)
    ctext(d, x + sl / 2 + w / 2, y + h * 0.1, text, f, ink)
    return x + w + sl


def pin(d, x, y, fill):
    """A map pin before the city, drawn in lines."""
    d.ellipse([x, y, x + 26, y + 26], fill=fill)
    d.polygon([(x + 2, y + 18), (x + 24, y + 18), (x + 13, y + 40)], fill=fill)
    d.ellipse([x + 8, y + 8, x + 18, y + 18], fill=DEEP)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


# ---------------------------------------------------------------------------
W = 1600
X0, X1 = 72, W - 72
TLX = 432  # the timeline
TX = 472  # titles and speakers
TW = X1 - TX
F_RANGE, F_TITLE, F_NAME, F_AFF = font(40, True), font(46, True), font(40, True), font(28)


def slot(d, y, s):
    if s["kind"] == "label":
        f = font(38, True)
        w = tw(d, s["title"], f) + 90
        d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 68], radius=34, outline=AMBER, width=3)
        ctext(d, W / 2, y + 9, s["title"], f, AMBER)
        return y + 112
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 78], fill=BAND)
        d.text((X0 + 20, y + 14), rng(s), font=F_RANGE, fill=WHITE)
        d.ellipse([TLX - 9, y + 30, TLX + 9, y + 48], fill=GOLD)
        d.text((TX, y + 11), s["title"], font=F_TITLE, fill=GOLD)
        return y + 130
    d.text((X0 + 20, y + 4), rng(s), font=F_RANGE, fill=WHITE)
    d.ellipse([TLX - 9, y + 22, TLX + 9, y + 40], fill=GOLD)
    for ln in wrap_title(d, s["title"], F_TITLE, TW):
        d.text((TX, y), ln, font=F_TITLE, fill=GOLD)
        y += 66
    y += 8
    people = [(None, s["sp"])]
    if s["panel"]:
        people = [("主持人：", s["sp"][:1]), ("嘉　宾：", s["sp"][1:])]
    for label, sps in people:
        if label:
            d.text((TX, y), label, font=font(34, True), fill=AMBER)
            y += 54
        for name, aff in sps:
            nm = printed(name)
            d.text((TX, y), nm, font=F_NAME, fill=WHITE)
            ax = TX + max(tw(d, nm, F_NAME), tw(d, "路\u3000旭", F_NAME)) + 24
            d.text((ax, y + 10), fits(d, aff, F_AFF, X1 - ax), font=F_AFF, fill=MINT)
            y += 58
    return y + 52


def forum_head(d, y, k, name, host):
    x = X0
    if k:
        x = number_box(d, X0, y + 6, "%02d" % k, AMBER, DEEP) + 22
    else:
        for j in range(2):  # two arrowheads before 主论坛
            ax = X0 + j * 30
            d.polygon([(ax, y + 14), (ax + 26, y + 38), (ax, y + 62)], fill=AMBER)
        x = X0 + 86
    d.text((x, y - 4), name, font=font(62, True), fill=WHITE)
    hf, hn = font(30, True), font(34, True)
    rtext(d, X1, y + 2, printed(host[0]), hn, WHITE)
    rtext(d, X1 - tw(d, printed(host[0]), hn) - 8, y + 6, "主持人：", hf, AMBER)
    rtext(d, X1, y + 52, fits(d, host[1], font(24), X1 - X0 - 700), font(24), PALE)
    y += 104
    d.rectangle([X0, y, X1, y + 10], fill=MINT)
    return y + 60


def paint(im, d):
    logo_lines(d, X0, 56, WHITE, MINT)
    rtext(d, X1, 58, "电子科技大学", font(40, True), WHITE)
    rtext(d, X1, 110, "UNIVERSITY OF ELECTRONIC SCIENCE AND TECHNOLOGY OF CHINA", font(16, True), PALE)
    d.text((X1 - 250, 170), "CLK", font=font(90, True), fill=WHITE, stroke_width=2, stroke_fill=MINT)
    d.text((X1 - 82, 168), "2022", font=font(30, True), fill=GOLD)
    d.text((X0, 300), "第17届中国", font=font(128, True), fill=WHITE, stroke_width=2, stroke_fill=(40, 190, 170))
    d.text((X0, 450), "Linux内核开发者大会", font=font(128, True), fill=WHITE, stroke_width=2,
           stroke_fill=(40, 190, 170))
    pf = font(40, True)
    pill = "2022年11月19日（周六）"
    pw = tw(d, pill, pf)
    d.rounded_rectangle([X0, 650, X0 + pw + 400, 722], radius=36, outline=WHITE, width=3)
    d.text((X0 + 34, 656), pill, font=pf, fill=WHITE)
    pin(d, X0 + pw + 60, 664, GOLD)
    d.text((X0 + pw + 100, 656), "成都", font=pf, fill=WHITE)
    d.text((X0 + pw + 196, 664), "线上同步直播", font=font(28), fill=PALE)
    d.text((X0, 762), "地址：电子科技大学清水河校区 主楼 A 区报告厅", font=font(42, True), fill=WHITE)
    y = 880
    top = y
    y += 44
    for ln in wrap(d, INTRO, font(30), X1 - X0 - 100):
        d.text((X0 + 50, y), ln, font=font(30), fill=PALE)
        y += 52
    y += 30
    d.rounded_rectangle([X0, top, X1, y], radius=18, outline=(60, 150, 150), width=2)
    for cx, cy in ((X0, top), (X1, top), (X0, y), (X1, y)):  # corner marks
        d.rectangle([cx - 7, cy - 7, cx + 7, cy + 7], fill=MINT)
    y += 190
    ctext(d, W / 2, y - 50, "AGENDA", font(170, True), DEEP, stroke_width=2, stroke_fill=(50, 140, 140))
    ctext(d, W / 2, y, "大会议程", font(92, True), GOLD)
    y += 220
    for k, (name, host, slots) in enumerate(FORUMS):
        if k == 1:
            ctext(d, W / 2, y, "—— 下午　三个分论坛同时进行 ——", font(42, True), MINT)
            y += 120
        y = forum_head(d, y, k, name, host)
        start = y
        for s in slots:
            y = slot(d, y, s)
        d.line([(TLX, start - 20), (TLX, y - 40)], fill=(70, 140, 150), width=2)
        d.rectangle([X0, y, X1, y + 8], fill=MINT)
        y += 130
    ctext(d, W / 2, y, "支持单位", font(60, True), WHITE)
    y += 120
    bw, bh = (X1 - X0 - 3 * 26) / 4, 96
    for i, u in enumerate(UNITS):
        bx, by = X0 + (i % 4) * (bw + 26), y + (i // 4) * (bh + 24)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=10, fill=WHITE)
        ctext(d, bx + bw / 2, by + 22, u, font(40, True), (8, 52, 60))
    y += 3 * (bh + 24) + 70
    qrcode(d, W / 2 - 150, y, 300, 20221119)
    ctext(d, W / 2, y + 330, "扫码观看直播", font(48, True), WHITE)
    ctext(d, W / 2, y + 410, "主办：中国Linux内核开发者大会组委会　承办：电子科技大学计算机科学与工程学院", font(28), PALE)
    return y + 500


def background(w, h):
    im = vgrad(w, h, (6, 46, 58), (3, 18, 28))
    im = glow(im, 1300, 330, 520, (0, 210, 190), 0.55)
    im = glow(im, 180, 980, 460, (255, 170, 60), 0.22)
    for k, yy in enumerate(range(2700, h - 900, 2100)):
        im = glow(im, 1450 if k % 2 else 150, yy, 560, (0, 190, 170) if k % 2 else (90, 110, 255), 0.3)
    im = swirl(im, 1260, 420, 420, (90, 255, 220), 2022)
    d = ImageDraw.Draw(im)
    for i in range(10):  # the thin light streaks of the organisers' headers
        d.line([(W - 700 + i * 70, 0), (W, 520 - i * 50)], fill=(30, 96, 104), width=2)
    return im


def draw_poster():
    strip = Image.new("RGB", (W, 8))
    h = paint(strip, ImageDraw.Draw(strip))  # lay out once to learn the height
    im = background(W, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def truth():
    talks = []
    for name, _, slots in FORUMS:
        for s in slots:
            if s["kind"] == "talk":
                talks.append({"id": s["id"], "title": s["title"], "forum": name, "start": s["start"], "end": s["end"],
                              "speakers": [sp[0] for sp in s["sp"]]})
    ids = [t["id"] for t in talks]
    assert len(set(ids)) == len(ids)
    decks = {name: tid for _, _, name, tid in DECKS}
    assert set(decks.values()) <= set(ids)
    return {"date": DATE, "talks": talks, "decks": dict(sorted(decks.items()))}


def main():
    # Exported as a designer's tool does for the web: 256 colours (median cut, no dither), stored as RGB.
    im = draw_poster().quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).convert("RGB")
    path = os.path.join(HERE, "2022clk.png")
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    assert 1_000_000 <= size <= 1_600_000, size
    assert 1400 <= im.size[0] <= 1800, im.size
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth(), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("2022clk.png %d x %d, %d bytes" % (im.size[0], im.size[1], size))


if __name__ == "__main__":
    main()
