"""Draw the thirtieth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set is about the
single agenda image an online or hybrid edition puts in its repository, and no
talk is on two posters: the two days of the online CLK 2046 on one image (each
day a date banner, a morning 主论坛 and afternoon forums, a 直播间 per forum);
the online CLK 2047 as a dark 'tech' poster whose forums are folder tabs and
whose talks are rows 'time | title | name / company'; the hybrid CLK 2048's
主论坛 with an English title on every talk (some under a Chinese title) and
speakers in pinyin beside the Chinese name or alone; and CLK 2048's afternoon,
two rooms in parallel, two talks with small photo placeholders on each row.
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


def placeholder(d, cx, cy, r):
    """A photo not yet sent in: a grey circle with a paler head and shoulders."""
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(196, 198, 204))
    d.ellipse([cx - r * 0.34, cy - r * 0.58, cx + r * 0.34, cy + r * 0.10], fill=(226, 227, 231))
    d.chord([cx - r * 0.70, cy + r * 0.20, cx + r * 0.70, cy + r * 1.30], 180, 360, fill=(226, 227, 231))


def play_mark(d, x, y, s, fill):
    """The small 'live' triangle printed before a 直播间 label."""
    d.polygon([(x, y), (x + s, y + s / 2), (x, y + s)], fill=fill)


# ===========================================================================
# 1. CLK 2046 (第41届), held online on two days, 2046-10-20 and 2046-10-21:
#    the single agenda image of the year's repository (PNG, 1080 px wide,
#    light).  A blue header (logo lines, '线上会议', '第41届中国 /
#    Linux内核开发者大会', 'CLK 2046 · 全程线上直播', the two dates, the live
#    platforms), '大会议程', then per day a dark banner ('DAY 1', '第一天',
#    '2046年10月20日（周六）'), a morning 主论坛 and, after a line
#    '下午　两个分论坛同时进行', two afternoon forums.  Each forum head: a pill
#    '上午' or '下午', the name, a live-room pill '▶ 直播间 2' at the right,
#    '主持人：name（unit）' under it.  Rows: the range at the left, the bold
#    title, '分享嘉宾：name（company job）' (two speakers joined by '、').
#    Breaks are grey rows '10:30-10:40　休息'; '午休' closes each 主论坛.
#    The name 主论坛 is printed on both days.
HOST_A1 = ("周建平", "中国科学院软件研究所 研究员")
HOST_A2 = ("黄志刚", "华中科技大学 教授")
HOST_A3 = ("马骏", "浙江大学 副教授")
HOST_A4 = ("林晓燕", "北京大学 副教授")
HOST_A5 = ("谢磊", "上海交通大学 副教授")
HOST_A6 = ("许刚", "腾讯 专家工程师")
DAYS_A = [
    ("DAY 1", "第一天", "2046年10月20日（周六）", "2046-10-20", [
        ("上午", "主论坛", HOST_A1, "直播间 1", [
            T("09:00", "09:10", "开幕致辞", [S("孙立军", "清华大学", "教授")], "周建平"),
            T("09:10", "09:50", "内核内存管理的下一步：folio、memdesc 与 CXL",
              [S("张伟", "阿里云", "内核技术专家")], "周建平"),
            T("09:50", "10:30", "openEuler 内核在多样性算力上的演进",
              [S("赵岩", "华为", "内核架构师"), S("钱立", "华为", "内核工程师")], "周建平"),
            B("10:30", "10:40", "休息"),
            T("10:40", "11:20", "eBPF 十年：可编程内核的现在与未来", [S("刘洋", "字节跳动", "基础架构工程师")], "周建平"),
            T("11:20", "12:00", "龙蜥社区 ANCK 内核的云原生实践", [S("陈静", "龙蜥社区", "技术委员会委员")], "周建平"),
            B("12:00", "13:30", "午休"),
        ]),
        ("下午", "内存与文件系统分论坛", HOST_A2, "直播间 2", [
            T("13:30", "14:10", "ext4 在线碎片整理的重新设计", [S("杨帆", "腾讯", "存储内核工程师")], "黄志刚"),
            T("14:10", "14:50", "mTHP 在移动设备上的落地：收益与陷阱", [S("吴晓东", "OPPO", "内核专家")], "黄志刚"),
            B("14:50", "15:00", "休息"),
            T("15:00", "15:40", "Btrfs RAID stripe tree 的设计与实现", [S("裘文斌", "SUSE", "文件系统工程师")], "黄志刚"),
        ]),
        ("下午", "虚拟化与云原生分论坛", HOST_A3, "直播间 3", [
            T("13:30", "14:10", "KVM 大页映射与 guest_memfd 的性能分析", [S("朱海涛", "英特尔", "虚拟化工程师")], "马骏"),
            T("14:10", "14:50", "容器冷启动：基于 userfaultfd 的内存预取", [S("胡敏", "蚂蚁集团", "系统工程师")], "马骏"),
            B("14:50", "15:00", "休息"),
            T("15:00", "15:40", "vhost-user 与 VDUSE 在云盘场景下的对比", [S("郭磊", "字节跳动", "虚拟化研发工程师")], "马骏"),
        ]),
    ]),
    ("DAY 2", "第二天", "2046年10月21日（周日）", "2046-10-21", [
        ("上午", "主论坛", HOST_A4, "直播间 1", [
            T("09:00", "09:40", "RISC-V 服务器内核：从启动到虚拟化", [S("何静", "中国科学院软件研究所", "副研究员")], "林晓燕"),
            T("09:40", "10:20", "sched_ext 在生产环境中的一年", [S("罗斌", "Meta", "软件工程师")], "林晓燕"),
            B("10:20", "10:30", "休息"),
            T("10:30", "11:10", "内核补丁的持续集成与回归测试：KernelCI 与 LKP 在发行版中的实践", [S("梁峰", "统信软件", "测试架构师")], "林晓燕"),
            T("11:10", "11:50", "Linux 内核中的 Rust：驱动开发实践", [S("宋涛", "华为", "内核工程师")], "林晓燕"),
            B("11:50", "13:30", "午休"),
        ]),
        ("下午", "调度与实时性分论坛", HOST_A5, "直播间 2", [
            T("13:30", "14:10", "PREEMPT_RT 下的锁优化与延迟分析", [S("韩雪", "中兴通讯", "内核工程师")], "谢磊"),
            T("14:10", "14:50", "EEVDF 调度器在游戏场景中的调优", [S("唐俊", "vivo", "系统性能专家")], "谢磊"),
            B("14:50", "15:00", "休息"),
            T("15:00", "15:40", "CPU 频率调节：schedutil 与 EAS 的协同", [S("冯佳", "小米", "内核工程师")], "谢磊"),
        ]),
        ("下午", "网络与 eBPF 分论坛", HOST_A6, "直播间 3", [
            T("13:30", "14:10", "XDP 在云网关中的大规模部署", [S("邓超", "阿里云", "网络技术专家")], "许刚"),
            T("14:10", "14:50", "基于 eBPF 的 TCP 拥塞控制热更新", [S("曹宁", "快手", "基础架构工程师")], "许刚"),
        ]),
    ]),
]
INTRO_A = ("第41届中国 Linux 内核开发者大会（CLK 2046）于 10 月 20 日至 21 日全程线上举办。两天上午为主论坛，"
           "下午设四个分论坛，各论坛在独立直播间同步直播，会后回放与演讲资料将发布在大会仓库中。")
BLUE_A, INK_A, GREY_A, PALE_A = (22, 92, 196), (28, 34, 48), (104, 112, 128), (214, 230, 255)


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 44, W - 44
    white = (255, 255, 255)
    logo_lines(d, X0, 48, white, PALE_A)
    lab = "线上会议"
    w = tw(d, lab, font(32, True)) + 78
    d.rounded_rectangle([X1 - w, 70, X1, 126], radius=28, outline=white, width=3)
    play_mark(d, X1 - w + 22, 87, 22, white)
    rtext(d, X1 - 18, 75, lab, font(32, True), white)
    d.text((X0, 214), "第41届中国", font=font(96, True), fill=white)
    d.text((X0, 332), "Linux内核开发者大会", font=font(84, True), fill=white)
    d.text((X0, 472), "CLK 2046 · 全程线上直播", font=font(40, True), fill=(255, 222, 120))
    d.text((X0, 544), "2046年10月20日—21日", font=font(36), fill=white)
    d.text((X0, 600), "直播平台：CSDN 直播 · 哔哩哔哩 · 微信视频号", font=font(28), fill=PALE_A)
    y = 740
    fi = font(27)
    for ln in wrap(d, INTRO_A, fi, X1 - X0):
        d.text((X0, y), ln, font=fi, fill=GREY_A)
        y += 46
    y += 60
    ctext(d, W / 2, y, "大会议程", font(66, True), INK_A)
    y += 96
    d.rectangle([W / 2 - 40, y, W / 2 + 40, y + 6], fill=BLUE_A)
    y += 60
    TX = X0 + 212
    ft, fs, fr = font(32, True), font(24), font(28, True)
    for daytag, dayname, date, _, forums in DAYS_A:
        d.rounded_rectangle([X0, y, X1, y + 140], radius=18, fill=(16, 44, 104))
        d.rounded_rectangle([X0 + 16, y + 16, X0 + 196, y + 124], radius=12, fill=(255, 206, 84))
        ctext(d, X0 + 106, y + 38, daytag, font(44, True), (16, 44, 104))
        d.text((X0 + 230, y + 18), dayname, font=font(32), fill=PALE_A)
        d.text((X0 + 230, y + 62), date, font=font(46, True), fill=white)
        y += 190
        for fi_, (part, name, host, room, slots) in enumerate(forums):
            if fi_ == 1:
                ctext(d, W / 2, y, "— 下午　两个分论坛同时进行 —", font(30, True), BLUE_A)
                y += 80
            pw = tw(d, part, font(28, True)) + 32
            d.rounded_rectangle([X0, y + 6, X0 + pw, y + 52], radius=10, fill=BLUE_A)
            d.text((X0 + 16, y + 8), part, font=font(28, True), fill=white)
            d.text((X0 + pw + 18, y - 4), name, font=font(42, True), fill=INK_A)
            rw = tw(d, room, font(26, True)) + 64
            d.rounded_rectangle([X1 - rw, y + 6, X1, y + 52], radius=23, outline=(226, 60, 60), width=2)
            play_mark(d, X1 - rw + 18, y + 20, 18, (226, 60, 60))
            rtext(d, X1 - 18, y + 11, room, font(26, True), (226, 60, 60))
            y += 72
            d.text((X0, y), "主持人：%s（%s）" % host, font=font(26), fill=GREY_A)
            y += 56
            d.line([(X0, y), (X1, y)], fill=(40, 70, 140), width=3)
            for s in slots:
                rng = "%s-%s" % (s["start"], s["end"])
                if s["kind"] == "break":
                    d.rectangle([X0, y, X1, y + 66], fill=(238, 241, 246))
                    d.text((X0 + 20, y + 16), rng, font=fr, fill=GREY_A)
                    d.text((TX, y + 14), s["title"], font=font(30), fill=GREY_A)
                    y += 66
                else:
                    lines = wrap_nicely(d, s["title"], ft, X1 - 20 - TX)
                    spk = "分享嘉宾：" + "、".join("%s（%s）" % (sp[0], aff(sp)) for sp in s["sp"])
                    assert tw(d, spk, fs) <= X1 - 20 - TX, spk
                    h = 28 + 48 * len(lines) + 10 + 38 + 26
                    d.rectangle([X0, y, X1, y + h], fill=white)
                    d.text((X0 + 20, y + 30), rng, font=fr, fill=BLUE_A)
                    yy = y + 26
                    for ln in lines:
                        d.text((TX, yy), ln, font=ft, fill=INK_A)
                        yy += 48
                    d.text((TX, yy + 10), spk, font=fs, fill=GREY_A)
                    y += h
                d.line([(X0, y), (X1, y)], fill=(220, 225, 234), width=2)
            y += 70
        y += 30
    # foot: live rooms, QR codes, organisers
    d.line([(X0, y), (X1, y)], fill=(200, 208, 222), width=2)
    y += 50
    for k, (cap, seed) in enumerate((("扫码进入直播间", 3001), ("扫码加入大会交流群", 3002))):
        cx = W / 2 + (k * 2 - 1) * 230
        qrcode(d, cx - 120, y, 240, seed)
        ctext(d, cx, y + 260, cap, font(30, True), INK_A)
    y += 340
    for ln in ("直播平台：CSDN 直播 · 哔哩哔哩 · 微信视频号「中国Linux内核开发者大会」",
               "各直播间回放与演讲资料将于会后发布在大会仓库",
               "主办：中国 Linux 内核开发者大会组委会"):
        ctext(d, W / 2, y, ln, font(25), GREY_A)
        y += 46
    return y + 70


def bg_a(w, h):
    im = Image.new("RGB", (w, h), (244, 247, 252))
    head = vgrad(w, 690, (20, 70, 170), (52, 132, 230))
    hd = ImageDraw.Draw(head)
    for i in range(12):  # signal rings of a live stream in the header
        hd.ellipse([760 - i * 34, 140 - i * 34, 1000 + i * 34, 380 + i * 34], outline=(62, 128, 222), width=2)
    im.paste(head, (0, 0))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 690, w, 700], fill=(255, 206, 84))
    return im


def poster_a():
    im = two_pass(1080, paint_a, bg_a)
    forums = []
    for _, _, _, date, secs in DAYS_A:
        for _, name, _, _, slots in secs:
            forums.append({"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]})
    return im, forums


# ===========================================================================
# 2. CLK 2047 (第42届), online, 2047-10-26: a dark 'tech' poster (JPEG,
#    1080 px wide): a neon grid, 'CLK 2047', the conference, 'ONLINE EDITION
#    · 全程线上直播', the date, a row of forum chips under '论坛导航'; then
#    each forum as a panel opened by a folder TAB holding its name, a live
#    chip '● LIVE 直播间 01' beside the tab, '主持人：name（unit）' and a head
#    row 'TIME 时间 | TOPIC 议题 | SPEAKER 嘉宾'.  Each talk is one row
#    'time | title | name / company' with thin neon bars between the cells,
#    the time in a monospaced face; two speakers take two lines of the
#    speaker cell.  Breaks are dim rows; a pill '下午 · 两个分论坛同时直播'.
SECTIONS_B = [
    ("主论坛", ("王建国", "中国科学技术大学 教授"), "直播间 01", [
        T("09:00", "09:40", "内存回收路径的锁竞争分析与优化", [S("李华", "字节跳动", None)], "王建国"),
        T("09:40", "10:20", "面向 AI 训练集群的内核网络栈调优",
          [S("王磊", "腾讯", None), S("杨柳", "腾讯", None)], "王建国"),
        B("10:20", "10:30", "休息"),
        T("10:30", "11:10", "LoongArch 与 RISC-V：国产架构的内核上游之路", [S("张强", "龙芯中科", None)], "王建国"),
        T("11:10", "11:50", "用 BPF 重新实现 cgroup 资源控制器", [S("刘婷", "阿里云", None)], "王建国"),
        B("11:50", "13:30", "午休"),
    ]),
    ("内核安全与可信计算分论坛", ("陈刚", "国防科技大学 副研究员"), "直播间 02", [
        T("13:30", "14:10", "Landlock 沙箱在桌面发行版中的应用", [S("黄鹏", "麒麟软件", None)], "陈刚"),
        T("14:10", "14:50", "机密计算：SEV-SNP 与 TDX 的内核支持对比", [S("周丽", "英特尔", None)], "陈刚"),
        B("14:50", "15:00", "休息"),
        T("15:00", "15:40", "IMA 完整性度量在容器镜像中的实践", [S("徐斌", "蚂蚁集团", None)], "陈刚"),
    ]),
    ("存储与网络 I/O 分论坛", ("吴刚", "华为 首席工程师"), "直播间 03", [
        T("13:30", "14:10", "io_uring 零拷贝接收（zero-copy rx）的实现", [S("孙伟", "阿里云", None)], "吴刚"),
        T("14:10", "14:50", "NVMe over TCP 的性能瓶颈分析与优化", [S("马丽", "浪潮信息", None)], "吴刚"),
    ]),
]
NEON_B = [(0, 229, 255), (255, 64, 200), (140, 255, 90)]
INK_B, DIM_B, TEXT_B = (6, 10, 26), (120, 134, 170), (230, 238, 255)


def tab_panel(d, X0, X1, y, h, name, acc):
    """A folder tab with the forum's name on top of a panel outlined in the forum's colour."""
    f = font(38, True)
    w = tw(d, name, f) + 90
    d.rectangle([X0, y + 74, X1, y + 74 + h], fill=(12, 18, 42), outline=acc, width=2)
    d.polygon([(X0, y + 76), (X0 + 24, y), (X0 + w - 24, y), (X0 + w, y + 76)], fill=acc)
    d.text((X0 + 45, y + 10), name, font=f, fill=INK_B)
    return X0 + w


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 40, W - 40
    white = (255, 255, 255)
    logo_lines(d, X0, 44, white, DIM_B)
    d.text((X0, 196), "CLK 2047", font=font(132, True), fill=NEON_B[0])
    d.text((X0 + 4, 370), "第42届中国Linux内核开发者大会", font=font(52, True), fill=white)
    d.text((X0 + 4, 452), "ONLINE EDITION · 全程线上直播", font=font(32, True), fill=NEON_B[1])
    d.text((X0 + 4, 510), "2047.10.26 周六　｜　CSDN 直播 · 哔哩哔哩 · 微信视频号", font=font(28), fill=TEXT_B)
    y = 620
    d.text((X0, y), "论坛导航", font=font(26, True), fill=DIM_B)
    y += 50
    x = X0
    for k, (name, _, _, _) in enumerate(SECTIONS_B):
        f = font(26, True)
        w = tw(d, name, f) + 40
        if x + w > X1:
            x, y = X0, y + 62
        d.rounded_rectangle([x, y, x + w, y + 48], radius=24, outline=NEON_B[k], width=2)
        d.text((x + 20, y + 6), name, font=f, fill=NEON_B[k])
        x += w + 16
    y += 130
    fm, ft, fn = font(27, True, mono=True), font(30, True), font(25)
    C1, C2 = X0 + 200, X1 - 250  # cell bounds: time | title | speaker
    for si, (name, host, room, slots) in enumerate(SECTIONS_B):
        acc = NEON_B[si]
        if si == 1:
            lab = "下午 · 两个分论坛同时直播"
            w = tw(d, lab, font(32, True)) + 70
            d.rounded_rectangle([W / 2 - w / 2, y, W / 2 + w / 2, y + 64], radius=32, fill=(40, 20, 70),
                                outline=NEON_B[1], width=2)
            ctext(d, W / 2, y + 10, lab, font(32, True), white)
            y += 120
        rows = []
        for s in slots:
            if s["kind"] == "break":
                rows.append((s, None, 64))
                continue
            lines = wrap_nicely(d, s["title"], ft, C2 - C1 - 36)
            spk = ["%s / %s" % (sp[0], sp[1]) for sp in s["sp"]]
            for t in spk:
                assert tw(d, t, fn) <= X1 - C2 - 30, t
            rows.append((s, (lines, spk), max(44 * len(lines), 40 * len(spk)) + 44))
        h = 66 + 58 + 58 + sum(r[2] for r in rows) + 20
        tx = tab_panel(d, X0, X1, y, h, name, acc)
        d.ellipse([tx + 24, y + 30, tx + 40, y + 46], fill=(255, 60, 60))
        d.text((tx + 50, y + 20), "LIVE " + room, font=font(26, True), fill=(255, 120, 120))
        y += 74 + 22
        d.text((X0 + 24, y), "主持人：%s（%s）" % host, font=font(26), fill=TEXT_B)
        y += 58
        for (a, b), lab in (((X0, C1), "TIME 时间"), ((C1, C2), "TOPIC 议题"), ((C2, X1), "SPEAKER 嘉宾")):
            d.text((a + 24 if a == X0 else a + 18, y), lab, font=font(21, True), fill=acc)
        y += 44
        d.line([(X0 + 18, y), (X1 - 18, y)], fill=acc, width=1)
        y += 14
        for s, body, rh in rows:
            if body is None:
                d.text((X0 + 24, y + 14), "%s-%s" % (s["start"], s["end"]), font=fm, fill=DIM_B)
                d.text((C1 + 18, y + 12), s["title"], font=font(28), fill=DIM_B)
                for x in range(X0 + 18, X1 - 18, 16):
                    d.line([(x, y + rh - 2), (x + 8, y + rh - 2)], fill=(44, 54, 90), width=1)
                y += rh
                continue
            lines, spk = body
            d.text((X0 + 24, y + 24), "%s-%s" % (s["start"], s["end"]), font=fm, fill=acc)
            for cx in (C1, C2):
                d.line([(cx, y + 18), (cx, y + rh - 18)], fill=acc, width=2)
            ty = y + (rh - 44 * len(lines)) / 2 - 4
            for ln in lines:
                d.text((C1 + 18, ty), ln, font=ft, fill=white)
                ty += 44
            sy = y + (rh - 40 * len(spk)) / 2
            for t in spk:
                d.text((C2 + 18, sy), t, font=fn, fill=TEXT_B)
                sy += 40
            d.line([(X0 + 18, y + rh - 2), (X1 - 18, y + rh - 2)], fill=(36, 46, 84), width=1)
            y += rh
        y += 20 + 70
    # foot
    y += 10
    qrcode(d, X0, y, 210, 3011)
    d.text((X0 + 250, y + 20), "扫码预约直播", font=font(40, True), fill=white)
    d.text((X0 + 250, y + 86), "三个直播间同步开播，会后可看回放", font=font(26), fill=TEXT_B)
    d.text((X0 + 250, y + 130), "主办：中国 Linux 内核开发者大会组委会", font=font(24), fill=DIM_B)
    d.text((X0 + 250, y + 168), "直播支持：CSDN", font=font(24), fill=DIM_B)
    return y + 290


def bg_b(w, h):
    im = Image.new("RGB", (w, h), INK_B)
    d = ImageDraw.Draw(im)
    for x in range(0, w, 54):  # the 'tech' grid
        d.line([(x, 0), (x, h)], fill=(14, 22, 48), width=1)
    for y in range(0, h, 54):
        d.line([(0, y), (w, y)], fill=(14, 22, 48), width=1)
    for i in range(16):  # a glow at the top right
        d.ellipse([700 - i * 20, -180 - i * 20, 1260 + i * 20, 380 + i * 20], outline=(20 + i, 30, 70 + i * 2), width=3)
    for k in range(7):  # circuit traces
        x = 640 + k * 60
        d.line([(x, 560), (x, 600 + k * 12), (x + 40, 640 + k * 12), (w, 640 + k * 12)], fill=(0, 90, 120), width=2)
        d.ellipse([x - 5, 555, x + 5, 565], fill=(0, 160, 200))
    return im


def poster_b():
    im = two_pass(1080, paint_b, bg_b)
    im = finish(im, 3012, 0.005, 0.3, 88)
    return im, [{"forum": sec[0], "slots": [truth_slot(s) for s in sec[3]]} for sec in SECTIONS_B]


# ===========================================================================
# 3. 主论坛 of CLK 2048 (第43届), hybrid, 武汉, 2048-10-24 morning (PNG,
#    1080 px wide), bilingual: a teal header ('CLK 2048', 'The 43rd China
#    Linux Kernel Developers Conference', the Chinese name, 'Main Forum
#    主论坛', date, venue and the live stream), a host line, then one block
#    per talk: the range at the left; an English title on EVERY talk, alone
#    and bold, or in smaller teal type under a bold Chinese title; per
#    speaker a line 'Chinese name  Pinyin · Company' or, for foreign speakers
#    and a Chinese speaker who goes by it, the Latin name alone.  Breaks are
#    bilingual ('茶歇 Coffee Break', '午餐 Lunch').
HOST_C = ("郑红", "Zheng Hong", "HUST")
SLOTS_C = [
    T("09:00", "09:10", "开幕致辞", [S("许志华", "HUST", None)], "郑红"),
    T("09:10", "09:50", "The Linux Kernel in 2048: Scaling to a Thousand Cores",
      [S("Thomas Lindner", "SUSE", None)], "郑红"),
    T("09:50", "10:30", "大页内存的下一个十年", [S("王海涛", "Alibaba Cloud", None)], "郑红"),
    B("10:30", "10:45", "茶歇"),
    T("10:45", "11:25", "Rust Drivers in Production: Lessons from NVMe and GPU",
      [S("Yifan Zhao", "Google", None), S("吴磊", "Huawei", None)], "郑红"),
    T("11:25", "12:05", "openEuler 内核的多架构统一之路", [S("胡晓明", "openEuler Community", None)], "郑红"),
    T("12:05", "12:45", "Energy-Aware Scheduling on Heterogeneous Arm Servers", [S("陈思琪", "Tencent", None)], "郑红"),
    B("12:45", "14:00", "午餐"),
]
EN_C = {  # the English line printed under a Chinese title or break label
    "开幕致辞": "Opening Remarks",
    "大页内存的下一个十年": "The Next Decade of Huge Pages",
    "openEuler 内核的多架构统一之路": "One Kernel, Many Architectures: the openEuler Story",
    "茶歇": "Coffee Break",
    "午餐": "Lunch",
}
PINYIN_C = {"许志华": "Xu Zhihua", "王海涛": "Wang Haitao", "吴磊": "Wu Lei", "胡晓明": "Hu Xiaoming",
            "陈思琪": "Chen Siqi"}
TEAL_C, INK_C, GREY_C = (0, 110, 120), (24, 32, 40), (100, 110, 118)


def paint_c(im, d):
    W = im.size[0]
    X0, X1 = 56, W - 56
    white = (255, 255, 255)
    logo_lines(d, X0, 50, white, (190, 236, 236))
    rtext(d, X1, 62, "HYBRID · 线上线下同步", font(26, True), (255, 214, 120))
    d.text((X0, 208), "CLK 2048", font=font(112, True), fill=white)
    d.text((X0 + 4, 362), "The 43rd China Linux Kernel Developers Conference", font=font(32, True), fill=white)
    d.text((X0 + 4, 414), "第43届中国Linux内核开发者大会", font=font(32), fill=(190, 236, 236))
    y = 506
    fm = font(40, True)
    w1 = tw(d, "Main Forum", fm)
    d.rounded_rectangle([X0, y, X0 + w1 + tw(d, "主论坛", fm) + 84, y + 84], radius=12, fill=white)
    d.text((X0 + 28, y + 12), "Main Forum", font=fm, fill=TEAL_C)
    d.text((X0 + 28 + w1 + 28, y + 14), "主论坛", font=fm, fill=INK_C)
    y += 126
    for ln in ("Saturday, October 24, 2048 · 2048年10月24日（周六）上午",
               "Venue 线下：华中科技大学 光谷会议中心 · Wuhan",
               "Live 线上：CSDN · Bilibili · 微信视频号 同步直播"):
        d.text((X0 + 4, y), ln, font=font(28), fill=white)
        y += 48
    y = 900
    d.text((X0, y), "主持人 Host", font=font(28, True), fill=TEAL_C)
    d.text((X0 + 200, y - 2), HOST_C[0], font=font(30, True), fill=INK_C)
    x = X0 + 200 + tw(d, HOST_C[0], font(30, True)) + 14
    d.text((x, y + 1), "%s · %s" % HOST_C[1:], font=font(28), fill=GREY_C)
    y += 80
    d.line([(X0, y), (X1, y)], fill=TEAL_C, width=3)
    y += 10
    TX = X0 + 210
    fz, fe, fe2 = font(34, True), font(33, True), font(25)
    fnz, fpy, fco = font(27, True), font(26), font(26)
    for s in SLOTS_C:
        rng = "%s-%s" % (s["start"], s["end"])
        if s["kind"] == "break":
            d.rectangle([X0, y, X1, y + 74], fill=(232, 244, 244))
            d.text((X0 + 14, y + 20), rng, font=font(27, True), fill=GREY_C)
            d.text((TX, y + 16), s["title"], font=font(30, True), fill=GREY_C)
            d.text((TX + tw(d, s["title"], font(30, True)) + 20, y + 20), EN_C[s["title"]], font=font(26), fill=GREY_C)
            y += 74
            d.line([(X0, y), (X1, y)], fill=(210, 222, 224), width=2)
            continue
        y0 = y
        yy = y + 30
        d.text((X0 + 14, yy + 4), rng, font=font(27, True), fill=TEAL_C)
        en = EN_C.get(s["title"])
        if en is None:  # an English title alone
            for ln in wrap_nicely(d, s["title"], fe, X1 - TX):
                d.text((TX, yy), ln, font=fe, fill=INK_C)
                yy += 48
        else:  # a Chinese title over its English translation
            for ln in wrap_nicely(d, s["title"], fz, X1 - TX):
                d.text((TX, yy), ln, font=fz, fill=INK_C)
                yy += 50
            for ln in wrap_nicely(d, en, fe2, X1 - TX):
                d.text((TX, yy + 2), ln, font=fe2, fill=TEAL_C)
                yy += 38
        yy += 14
        for name, company, _ in s["sp"]:
            x = TX
            d.ellipse([x, yy + 15, x + 8, yy + 23], fill=TEAL_C)
            x += 22
            if name in PINYIN_C:
                d.text((x, yy), name, font=fnz, fill=INK_C)
                x += tw(d, name, fnz) + 12
                d.text((x, yy + 1), PINYIN_C[name], font=fpy, fill=INK_C)
                x += tw(d, PINYIN_C[name], fpy)
            else:
                d.text((x, yy + 1), name, font=fpy, fill=INK_C)
                x += tw(d, name, fpy)
            d.text((x, yy + 1), " · " + company, font=fco, fill=GREY_C)
            assert x + tw(d, " · " + company, fco) <= X1, name
            yy += 42
        y = yy + 22
        d.line([(X0, y), (X1, y)], fill=(210, 222, 224), width=2)
        assert y > y0
    y += 60
    qrcode(d, X0, y, 200, 3021)
    d.text((X0 + 240, y + 14), "Scan to watch live", font=font(34, True), fill=INK_C)
    d.text((X0 + 240, y + 64), "扫码观看直播与回放", font=font(30, True), fill=TEAL_C)
    d.text((X0 + 240, y + 118), "Organizer 主办：中国 Linux 内核开发者大会组委会", font=font(22), fill=GREY_C)
    d.text((X0 + 240, y + 154), "Host 承办：华中科技大学计算机科学与技术学院", font=font(22), fill=GREY_C)
    return y + 280


def bg_c(w, h):
    im = Image.new("RGB", (w, h), (250, 252, 252))
    head = vgrad(w, 840, (0, 84, 96), (0, 138, 146))
    hd = ImageDraw.Draw(head)
    for i in range(9):  # a river's lines across the header
        hd.arc([-300 + i * 40, 420 + i * 26, w + 300 - i * 40, 1300 + i * 26], 190, 350, fill=(20, 150, 156), width=3)
    im.paste(head, (0, 0))
    return im


def poster_c():
    im = two_pass(1080, paint_c, bg_c)
    return im, [{"forum": "主论坛", "slots": [truth_slot(s) for s in SLOTS_C]}]


# ===========================================================================
# 4. The afternoon of CLK 2048 (第43届), 武汉, 2048-10-24 (PNG, 1242 px
#    wide): two forums in two rooms at the same time.  A plum header (logo
#    lines, '华中科技大学', the conference, '下午分论坛', the date with the
#    session's range, venue and live stream), two column heads ('会场 A' /
#    '会场 B', the forum, '主持人：name（unit）', '▶ 线上直播间 A'), then
#    one ROW per time slot: the start over the end at the left, and two
#    white cards side by side, room A's talk and room B's talk, each with
#    the bold title and per speaker a small photo placeholder beside the
#    name over 'company job'.  The 茶歇 is one band across both rooms.
FA_D, FB_D = "存储与文件系统分论坛", "eBPF 与可观测性分论坛"
HOST_DA, HOST_DB = ("杜勇", "华中科技大学 教授"), ("彭涛", "字节跳动 技术专家")
ROWS_D = [
    (T("13:30", "14:10", "F2FS 在大容量手机存储上的写放大优化", [S("隋晓晨", "荣耀", "存储内核工程师")], "杜勇"),
     T("13:30", "14:10", "bpftrace 之后：新一代内核动态追踪工具", [S("方明", "阿里云", "高级技术专家")], "彭涛")),
    (T("14:10", "14:50", "XFS 在线修复（online repair）的原理与实践", [S("吕刚", "华为", "文件系统专家")], "杜勇"),
     T("14:10", "14:50", "用 eBPF 诊断 Kubernetes 节点的网络抖动",
       [S("程浩", "腾讯", "云原生工程师"), S("袁丽", "腾讯", "运维开发工程师")], "彭涛")),
    (B("14:50", "15:10", "茶歇"), B("14:50", "15:10", "茶歇")),
    (T("15:10", "15:50", "NVMe FDP 与内核 I/O 路径的数据放置", [S("丁宇", "三星半导体", "存储架构师")], "杜勇"),
     T("15:10", "15:50", "perf 与 BPF 联合的 off-CPU 分析", [S("苏晴", "美团", "性能工程师")], "彭涛")),
    (T("15:50", "16:30", "io_uring 在分布式存储中的落地经验", [S("蒋伟", "小红书", "存储工程师")], "杜勇"),
     T("15:50", "16:30", "ftrace 事件在生产环境中的低开销采集", [S("任杰", "中国移动", "内核工程师")], "彭涛")),
]
PLUM_D, ACC_D, INK_D, GREY_D = (86, 28, 96), [(0, 140, 150), (226, 110, 30)], (30, 30, 40), (110, 110, 122)


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 40, W - 40
    white = (255, 255, 255)
    logo_lines(d, X0 + 8, 46, white, (236, 210, 240))
    rtext(d, X1 - 8, 58, "华中科技大学", font(36, True), white)
    rtext(d, X1 - 8, 108, "Huazhong University of Science and Technology", font(19), (236, 210, 240))
    d.text((X0 + 8, 210), "第43届中国Linux内核开发者大会", font=font(58, True), fill=white)
    d.text((X0 + 8, 306), "下午分论坛 · 双会场同时进行", font=font(72, True), fill=(255, 214, 110))
    y = 430
    for ln in ("2048年10月24日（周六）13:30-16:30",
               "线下：华中科技大学 东九楼 A 厅 / B 厅　线上：两个直播间同步直播"):
        d.text((X0 + 8, y), ln, font=font(30), fill=white)
        y += 52
    y = 640
    TC = X0 + 150  # the time column
    CW = (X1 - TC - 16) / 2
    cols = [(TC, TC + CW), (TC + CW + 16, X1)]
    for k, ((a, b), name, host) in enumerate(zip(cols, (FA_D, FB_D), (HOST_DA, HOST_DB))):
        acc = ACC_D[k]
        d.rounded_rectangle([a, y, b, y + 236], radius=16, fill=acc)
        tag = "会场 " + "AB"[k]
        d.rounded_rectangle([a + 20, y + 20, a + 34 + tw(d, tag, font(24, True)) + 14, y + 60], radius=8, fill=white)
        d.text((a + 34, y + 23), tag, font=font(24, True), fill=acc)
        d.text((a + 20, y + 74), name, font=font(36, True), fill=white)
        d.text((a + 20, y + 134), "主持人：%s（%s）" % host, font=font(23), fill=white)
        play_mark(d, a + 22, y + 190, 18, white)
        d.text((a + 50, y + 182), "线上直播间 " + "AB"[k], font=font(23, True), fill=white)
        assert tw(d, "主持人：%s（%s）" % host, font(23)) <= b - a - 40
    d.text((X0 + 6, y + 100), "时间", font=font(30, True), fill=INK_D)
    y += 266
    ft, fn, fa = font(29, True), font(25, True), font(21)
    for left, right in ROWS_D:
        if left["kind"] == "break":
            h = 130
            d.rounded_rectangle([TC, y, X1, y + h], radius=14, fill=(232, 226, 236))
            ctext(d, (TC + X1) / 2, y + 40, left["title"], font(34, True), GREY_D)
        else:
            cards = []
            for (a, b), s in zip(cols, (left, right)):
                lines = wrap_nicely(d, s["title"], ft, b - a - 44)
                for name, company, job in s["sp"]:
                    assert tw(d, "%s %s" % (company, job), fa) <= b - a - 120
                cards.append((lines, s["sp"]))
            h = max(24 + 44 * len(ls) + 14 + 78 * len(sp) + 14 for ls, sp in cards)
            for k, ((a, b), (lines, sps)) in enumerate(zip(cols, cards)):
                d.rounded_rectangle([a + 4, y + 5, b + 4, y + h + 5], radius=14, fill=(220, 214, 226))
                d.rounded_rectangle([a, y, b, y + h], radius=14, fill=white)
                d.rectangle([a, y + 22, a + 6, y + 66], fill=ACC_D[k])
                yy = y + 22
                for ln in lines:
                    d.text((a + 22, yy), ln, font=ft, fill=INK_D)
                    yy += 44
                yy += 14
                for name, company, job in sps:
                    placeholder(d, a + 54, yy + 36, 30)
                    d.text((a + 100, yy + 6), name, font=fn, fill=INK_D)
                    d.text((a + 100, yy + 42), "%s %s" % (company, job), font=fa, fill=GREY_D)
                    yy += 78
        d.text((X0 + 6, y + 18), left["start"], font=font(34, True), fill=PLUM_D)
        d.line([(X0 + 12, y + 70), (X0 + 12, y + 86)], fill=GREY_D, width=2)
        d.text((X0 + 6, y + 88), left["end"], font=font(26), fill=GREY_D)
        y += h + 28
    y += 40
    for k in range(2):
        cx = W / 2 + (k * 2 - 1) * 260
        qrcode(d, cx - 110, y, 220, 3031 + k)
        ctext(d, cx, y + 240, "扫码观看 %s 会场直播" % "AB"[k], font(28, True), INK_D)
    y += 320
    ctext(d, W / 2, y, "主办：中国 Linux 内核开发者大会组委会　承办：华中科技大学计算机科学与技术学院", font(23), GREY_D)
    return y + 90


def bg_d(w, h):
    im = Image.new("RGB", (w, h), (246, 243, 248))
    head = vgrad(w, 580, (70, 18, 84), (132, 44, 120))
    hd = ImageDraw.Draw(head)
    for i in range(10):
        hd.line([(w - 520 + i * 48, 580), (w - 120 + i * 48, 0)], fill=(146, 58, 134), width=3)
    im.paste(head, (0, 0))
    return im


def poster_d():
    im = two_pass(1242, paint_d, bg_d)
    im = finish(im, 3033, 0.003, 0.2, 92)
    return im, [{"forum": FA_D, "slots": [truth_slot(r[0]) for r in ROWS_D]},
                {"forum": FB_D, "slots": [truth_slot(r[1]) for r in ROWS_D]}]


NOTE = (
    "Same conventions as posters-blind-4..28: speakers are names as printed with spaces removed (the Latin names "
    "'Thomas Lindner' -> 'ThomasLindner', 'Yifan Zhao' -> 'YifanZhao'); host is the chair printed for the forum "
    "covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; titles exclude tags and "
    "badges; where two or more speakers are printed each has his own affiliation, given per speaker; "
    "affiliations keep a printed job title, joined to the company by one space; break titles are as printed; an "
    "opening speech with a speaker ('开幕致辞') is a talk. Three conferences, so that no talk is on two posters: "
    "CLK 2046 (第41届, online, two days) only on the two-day image, CLK 2047 (第42届, online) only on the dark "
    "poster, CLK 2048 (第43届, hybrid, 武汉, 2048-10-24) on the bilingual 主论坛 poster (morning) and the two-room "
    "poster (afternoon). Live-stream lines, pills and QR captions ('直播间 2', 'LIVE 直播间 01', '线上直播间 A', "
    "'扫码进入直播间', platform lists) are never part of a name, a title or a slot. Added or stressed here: "
    "(1) The CLK 2046 image (PNG, 1080 px wide, light, the single agenda image of an online edition's repository) "
    "holds TWO DAYS: a dark banner per day ('DAY 1', '第一天', '2046年10月20日（周六）'; 'DAY 2', '第二天', "
    "'2046年10月21日（周日）'), then that day's morning 主论坛 and, after a line '— 下午　两个分论坛同时进行 —' (no "
    "slot), two afternoon forums in parallel, so times repeat within a day and across days. The name '主论坛' is "
    "printed on both days, with a different host: truth.json gives two forums named '主论坛', one per day. This "
    "poster's forums each carry a 'date' (an addition to set 28's schema: the day banner above the forum); the "
    "poster's own 'date' is the first day. Each forum head: a pill '上午' or '下午' (not part of the name), the "
    "name, a red live pill '▶ 直播间 1'..'3' at the right, '主持人：name（unit）' under it. Rows: the range at the "
    "left ('09:10-09:50'), the bold title (one wraps after its '：'), and 'name' with '（company job）' after it "
    "behind the label '分享嘉宾：' (affiliation 'company job'; two speakers joined by '、' on one line, 赵岩 and 钱立). "
    "Breaks are grey rows '10:30-10:40　休息'; '午休' closes each day's 主论坛 and is one of its slots; the forum "
    "网络与 eBPF 分论坛 has two talks and no break. The introduction's dates ('10 月 20 日至 21 日') are no slots. "
    "(2) The CLK 2047 poster (JPEG, 1080 px wide, dark 'tech' style with a grid and neon colours): a row of chips "
    "under '论坛导航' names the three forums (navigation, not forums of their own: each forum is given once); each "
    "forum is a panel opened by a folder TAB holding its name, with 'LIVE 直播间 0N' beside the tab, "
    "'主持人：name（unit）' and a head row 'TIME 时间 / TOPIC 议题 / SPEAKER 嘉宾' (labels, no slot). Each talk is one "
    "row 'time | title | name / company' with thin neon bars between the cells (drawn lines, not characters): the "
    "range in a monospaced face, the title (four wrap to two lines), 'name / company' (affiliation the company "
    "alone; no job printed); the talk 09:40-10:20 has two speakers on two lines of its cell (王磊, 杨柳, both 腾讯). "
    "Breaks are dim rows ('10:20-10:30　休息'); '午休' (11:50-13:30) closes 主论坛; the pill '下午 · 两个分论坛同时直播' "
    "is no slot. (3) The CLK 2048 主论坛 poster (PNG, 1080 px wide, bilingual): 'Main Forum' in the header's plate is "
    "the English of '主论坛' (not part of the name); the header's '2048年10月24日（周六）上午' prints no range; the host "
    "line '主持人 Host　郑红 Zheng Hong · HUST' gives host 郑红. EVERY talk prints an English title: three print it "
    "alone (bold), three print a bold Chinese title with its English translation in smaller teal type under it "
    "('大页内存的下一个十年' / 'The Next Decade of Huge Pages'); there the title is the Chinese line alone, the English "
    "line being its translation, as English forum names are left out of names. Breaks are printed '茶歇　Coffee "
    "Break' and '午餐　Lunch' and are given as '茶歇' and '午餐'. Speakers: 'Chinese name  Pinyin · Company' gives the "
    "Chinese name (the pinyin is its transcription, as set 23 did with 'Gao Jing (高静)') and the company after "
    "'·' ('王海涛 Wang Haitao · Alibaba Cloud' -> 王海涛, 'Alibaba Cloud'); a Latin name alone is the name as printed: "
    "a foreign speaker (Thomas Lindner · SUSE) and a Chinese speaker who goes by his pinyin (Yifan Zhao · Google, "
    "with 吴磊 Wu Lei · Huawei on the same talk). Affiliations are English as printed ('HUST', 'openEuler "
    "Community'). (4) The CLK 2048 afternoon poster (JPEG, 1242 px wide, plum header) shows two forums in two "
    "rooms at once: two column heads ('会场 A' / '会场 B' tags, the forum name, '主持人：name（unit）', '▶ 线上直播间 "
    "A'), then one ROW per time slot: the start over the end at the left ('13:30' above a short bar above '14:10', "
    "the range 13:30-14:10), and two cards side by side, room A's talk in the left one, room B's in the right one; "
    "both talks of a row share its range. Each card: the bold title (wrapping in the half-width card), then per "
    "speaker a small grey photo placeholder beside the name over 'company job' (affiliation 'company job'); room "
    "B's 14:10 talk has two speakers (程浩, 袁丽). The '茶歇' band (14:50-15:10) spans both rooms and is a break of "
    "each of the two forums (as set 21 did with a spanning row). The header's '2048年10月24日（周六）13:30-16:30' is "
    "the session's span, not a slot. Uncommon surnames 裘 (CLK 2046) and 隋 (CLK 2048)."
)

LAYOUTS = {
    "two-day-online-agenda.png": (
        "CLK 2046 (第41届), online, 2046-10-20 and 2046-10-21 on one image (1080 px wide, light): a blue header "
        "(logo lines, '线上会议', '第41届中国 / Linux内核开发者大会', 'CLK 2046 · 全程线上直播', '2046年10月20日—21日', "
        "live platforms), an introduction, '大会议程'; per day a dark banner ('DAY 1', '第一天', the date), a morning "
        "主论坛 and, after '— 下午　两个分论坛同时进行 —', two parallel afternoon forums; each forum head a pill "
        "'上午'/'下午', the name, a live pill '▶ 直播间 N' and '主持人：name（unit）'; rows 'range | bold title' over "
        "'分享嘉宾：name（company job）'; grey break rows '10:30-10:40　休息', '午休' closing each 主论坛; two QR codes "
        "and the live platforms at the foot. The name 主论坛 on both days. Uncommon surname 裘.",
        "2046-10-20", poster_a),
    "dark-tabs-pipe-rows.jpg": (
        "CLK 2047 (第42届), online, 2047-10-26 (1080 px wide, JPEG q88 after a q88 round trip with light grain): a "
        "dark 'tech' poster (grid, neon), 'CLK 2047', the conference, 'ONLINE EDITION · 全程线上直播', the date and "
        "platforms, forum chips under '论坛导航'; each forum a panel under a folder tab with its name, "
        "'LIVE 直播间 0N', '主持人：name（unit）' and a head row TIME 时间 / TOPIC 议题 / SPEAKER 嘉宾; rows "
        "'time | title | name / company' with neon bars between the cells, the time monospaced; dim break rows; a "
        "pill '下午 · 两个分论坛同时直播'; a QR code at the foot.",
        "2047-10-26", poster_b),
    "bilingual-pinyin-keynotes.png": (
        "主论坛 of CLK 2048 (第43届), hybrid, 武汉, 2048-10-24 morning (1080 px wide): a teal header ('CLK 2048', "
        "'The 43rd China Linux Kernel Developers Conference', the Chinese name, 'Main Forum 主论坛', date, venue "
        "and live lines), '主持人 Host　郑红 Zheng Hong · HUST'; per talk the range at the left, an English title "
        "alone or a Chinese title over its English translation, per speaker '• 中文名 Pinyin · Company' or a Latin "
        "name alone (a foreign speaker; a Chinese speaker by his pinyin); bilingual breaks '茶歇　Coffee Break', "
        "'午餐　Lunch'; a QR code 'Scan to watch live 扫码观看直播与回放'.",
        "2048-10-24", poster_c),
    "parallel-rooms-photo-rows.jpg": (
        "The afternoon of CLK 2048 (第43届), 武汉, 2048-10-24 (1242 px wide, JPEG q90 after a q92 round trip with "
        "light grain): a plum header (logo lines, '华中科技大学', the conference, '下午分论坛 · 双会场同时进行', "
        "'2048年10月24日（周六）13:30-16:30', venue and live line), two column heads (会场 A 存储与文件系统分论坛, "
        "会场 B eBPF 与可观测性分论坛, each with '主持人：name（unit）' and '▶ 线上直播间 A/B'); one row per slot: "
        "the start over the end at the left and two cards side by side, one per room, each with the bold title "
        "and per speaker a small photo placeholder beside the name over 'company job'; a '茶歇' band across both "
        "rooms; two QR codes at the foot. Uncommon surname 隋.",
        "2048-10-24", poster_d),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        if fn.endswith(".jpg"):
            im.save(os.path.join(HERE, fn), "JPEG", quality=88 if fn.startswith("dark") else 90)
        else:
            im.save(os.path.join(HERE, fn), optimize=False)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
