"""Draw the forty-fifth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  No randomness; JPEG only through Pillow's own
encoder at fixed qualities.  The set is about a whole edition's agenda made of
SLIDES: someone exports a PowerPoint/Keynote agenda deck (16:9, 1280 x 720 or
1920 x 1080 per slide) and concatenates the slides one under the other into ONE
long picture.  Every slide carries furniture: a slide number, a footer with the
conference name and the date, a logo in a corner.  Four editions, no talk on
two posters:
  CLK 2141 (PNG, 1920 x 1080 slides, no gap): a title slide, then a TABLE per
    forum; a forum too long for one slide goes on over a second slide whose
    title says '（续）'.
  CLK 2142 (JPEG, 1280 x 720 slides on a grey gap): a dark deck, a vertical
    TIMELINE per forum (range left of the line, title and speakers right).
  CLK 2143 (JPEG, 1920 x 1080 slides, no gap): a title slide with an overview
    of forums, spans and rooms; 主论坛 as a list with photos; then TWO forums
    side by side per slide.
  CLK 2144 (PNG, 1280 x 720 slides on a dark hairline): a slide per HALF DAY;
    the afternoon's three forums as three columns that go on over a second
    slide '下午（续）', whose 茶歇 band spans the three columns.
"""
import io
import json
import os
import re

from PIL import Image, ImageDraw, ImageFont

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


TOKEN = re.compile(r"[（(《]?[A-Za-z0-9_\-./:+#'&]+[,)）》]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”》"


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



def jpeg_round_trip(im, quality, subsampling=2):
    """Save and reload as JPEG (subsampling 2 is 4:2:0, what phones and chat apps write)."""
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality, subsampling=subsampling)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def T(start, end, title, speakers, host):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job):
    """A speaker as printed: the name, the company, the job title (None where none is printed)."""
    return (name, company, job)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; None where no company is printed."""
    company, job = sp[1], sp[2]
    if company is None:
        return None
    return company if job is None else company + " " + job


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def forums_truth(forums, date):
    """Forums in printed order (down the deck, left to right on a slide); each carries the edition's one date."""
    return [{"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]} for name, _, slots in forums]


def cup(d, x, y, fill, k=1.0):
    """A small coffee cup drawn in lines (the fonts have no cup glyph); k scales it."""
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=max(2, round(3 * k)))
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=max(2, round(3 * k)))
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


def logo_mark(d, x, y, r, accent):
    """The round mark alone, as a deck's master slide puts it in a corner."""
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(r / 7)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)


def photo(d, x, y, s, bg, fg):
    """A portrait placeholder: a grey silhouette in a circle; no initials."""
    d.ellipse([x, y, x + s, y + s], fill=bg)
    d.ellipse([x + s * 0.35, y + s * 0.2, x + s * 0.65, y + s * 0.52], fill=fg)
    d.pieslice([x + s * 0.2, y + s * 0.58, x + s * 0.8, y + s * 1.18], 180, 360, fill=fg)


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")  # the breaks that get a cup; an opening or a group photo gets none


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def deck(slides, W, H, gap, gapcol):
    """Concatenate exported slides one under the other, as a 'save deck as one long image' tool does."""
    n = len(slides)
    im = Image.new("RGB", (W, n * H + (n - 1) * gap), gapcol)
    for i, paint in enumerate(slides):
        s = Image.new("RGB", (W, H), (255, 255, 255))
        paint(s, ImageDraw.Draw(s), i + 1, n)
        im.paste(s, (0, i * (H + gap)))
    return im


# ===========================================================================
# 1. CLK 2141 (第136届), 杭州, Saturday 2141-10-28: a white 1920 x 1080 deck
#    with a navy title bar, five slides, no gap.  Slide 1 the title slide;
#    slides 2-4 a TABLE each (时间 | 议题 | 演讲嘉宾 | 单位及职务) under a bar with
#    the forum's name and a line with the half day, host and room; slide 5
#    '存储与文件系统分论坛（续）' holds the end of the forum of slide 4.  Footer on
#    every slide but the first: conference, date, city at the left, 'n / 5' at
#    the right; the logo lines in the bar's right corner.
DATE_A = "2141-10-28"
FORUMS_A = [
    ("主论坛", ("张伟", "浙江大学 计算机科学与技术学院 教授"), [
        T("09:00", "09:15", "开幕致辞", [S("王建国", "浙江大学", "副校长")], "张伟"),
        T("09:15", "10:00", "从上游到发行版：openEuler 内核的补丁回合与质量保障",
          [S("陈刚", "华为", "openEuler 内核 SIG Maintainer")], "张伟"),
        T("10:00", "10:45", "sched_ext 落地实践：用 BPF 为在离线混部定制调度策略",
          [S("刘畅", "字节跳动", "STE 高级工程师"), S("周颖", "字节跳动", "内核工程师")], "张伟"),
        B("10:45", "11:00", "茶歇"),
        T("11:00", "11:45", "Memory Tiering with CXL: Lessons from Production",
          [S("Daniel Hoffmann", "Meta", "Software Engineer")], "张伟"),
        B("11:45", "13:30", "午餐"),
    ]),
    ("内存管理分论坛", ("杨帆", "阿里云 内核专家"), [
        T("13:30", "14:10", "mTHP swap-in 的性能分析与优化", [S("赵磊", "OPPO", "内核工程师")], "杨帆"),
        T("14:10", "14:50", "基于 DAMON 的冷热页识别与主动回收", [S("孙丽", "腾讯", "TencentOS 内核工程师")], "杨帆"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "memcg 统计开销的削减：从 rstat 到延迟刷新", [S("岑志远", "字节跳动", "高级工程师")], "杨帆"),
    ]),
    ("存储与文件系统分论坛", ("黄敏", "中国科学技术大学 副教授"), [
        T("13:30", "14:10", "ext4 多块分配器在百核服务器上的扩展性优化", [S("胡斌", "华为", "文件系统专家")], "黄敏"),
        T("14:10", "14:50", "io_uring 零拷贝接收在存储网关中的应用",
          [S("马骏", "字节跳动", "高级工程师"), S("郑雪", "字节跳动", "工程师")], "黄敏"),
        T("14:50", "15:30", "Btrfs RAID 条带树（raid-stripe-tree）的设计与现状", [S("朱琳", "SUSE", "高级软件工程师")], "黄敏"),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:25", "XFS 在线修复（online repair）的落地与测试", [S("梁晨", "腾讯云", "存储内核工程师")], "黄敏"),
        T("16:25", "17:05", "NVMe 多路径与 blk-mq 调度在全闪存阵列上的调优", [S("宋涛", "浪潮信息", "存储架构师")], "黄敏"),
    ]),
]
ROOMS_A = {"主论坛": "国际会议中心 主会场", "内存管理分论坛": "国际会议中心 A 厅", "存储与文件系统分论坛": "国际会议中心 B 厅"}
NAVY, PALE_A, INK_A, GREY_A = (22, 48, 110), (226, 235, 248), (30, 34, 44), (110, 116, 128)
FOOT_A = "第136届中国Linux内核开发者大会　｜　2141年10月28日　｜　浙江·杭州"
COLS_A = (80, 330, 1120, 1360, 1840)  # 时间 | 议题 | 演讲嘉宾 | 单位及职务


def title_a(im, d, num, n):
    W, H = im.size
    for y in range(H):
        t = y / H
        d.line([(0, y), (W, y)], fill=(int(22 + 10 * t), int(48 + 30 * t), int(110 + 60 * t)))
    for i in range(6):
        d.arc([1180 + i * 40, -300 + i * 40, 2400 - i * 40, 900 - i * 40], 90, 250, fill=(70, 110, 190), width=2)
    logo_lines(d, 120, 100, (255, 255, 255), (120, 190, 255), 1.4)
    d.text((120, 300), "CLK 2141", font=font(120, True), fill=(255, 255, 255))
    d.text((124, 460), "第136届中国Linux内核开发者大会", font=font(64, True), fill=(255, 255, 255))
    d.text((124, 560), "大会议程  AGENDA", font=font(48), fill=(170, 205, 255))
    d.rectangle([124, 650, 220, 656], fill=(120, 190, 255))
    d.text((124, 690), "2141年10月28日（星期六）", font=font(40), fill=(255, 255, 255))
    d.text((124, 750), "浙江大学紫金港校区 · 国际会议中心", font=font(40), fill=(255, 255, 255))
    d.text((124, 950), "主办：中国Linux内核开发者大会组委会　　承办：浙江大学计算机科学与技术学院",
           font=font(26), fill=(190, 210, 240))


def table_slide_a(name, host, slots, cont):
    def paint(im, d, num, n):
        W, H = im.size
        d.rectangle([0, 0, W, 130], fill=NAVY)
        d.text((80, 30), name + ("（续）" if cont else ""), font=font(50, True), fill=(255, 255, 255))
        logo_lines(d, W - 440, 33, (255, 255, 255), (120, 190, 255), 1.05)
        half = "上午" if name == "主论坛" else "下午"
        span = "%s-%s" % (FORUMS_SPAN_A[name])
        d.text((80, 152), "%s %s　｜　主持人：%s（%s）　｜　%s" % (half, span, host[0], host[1], ROOMS_A[name]),
               font=font(28), fill=GREY_A)
        y = 215
        d.rectangle([COLS_A[0], y, COLS_A[-1], y + 58], fill=NAVY)
        for x, head in zip(COLS_A, ("时间", "议题", "演讲嘉宾", "单位及职务")):
            d.text((x + 18, y + 10), head, font=font(28, True), fill=(255, 255, 255))
        y += 58
        ft, fn, fa = font(30, True), font(28, True), font(26)
        for k, s in enumerate(slots):
            if s["kind"] == "break":
                h = 64
                d.rectangle([COLS_A[0], y, COLS_A[-1], y + h], fill=(243, 244, 246))
                d.text((COLS_A[0] + 18, y + 15), rng(s), font=font(28), fill=GREY_A)
                lab = s["title"]
                ctext(d, (COLS_A[1] + COLS_A[-1]) / 2, y + 14, lab, font(28), GREY_A)
                if s["title"] in MEALS:
                    cup(d, (COLS_A[1] + COLS_A[-1]) / 2 - tw(d, lab, font(28)) / 2 - 48, y + 14, GREY_A, 1.1)
            else:
                tl = wrap_nicely(d, s["title"], ft, COLS_A[2] - COLS_A[1] - 40)
                assert len(tl) <= 2, tl
                h = max(len(tl) * 44, len(s["sp"]) * 44) + 40
                if k % 2:
                    d.rectangle([COLS_A[0], y, COLS_A[-1], y + h], fill=(248, 250, 254))
                d.text((COLS_A[0] + 18, y + 22), rng(s), font=font(30, True), fill=NAVY)
                for i, ln in enumerate(tl):
                    d.text((COLS_A[1] + 18, y + 20 + i * 44), ln, font=ft, fill=INK_A)
                for i, sp in enumerate(s["sp"]):
                    d.text((COLS_A[2] + 18, y + 22 + i * 44), fits(d, sp[0], fn, 240), font=fn, fill=INK_A)
                    d.text((COLS_A[3] + 18, y + 24 + i * 44), fits(d, aff(sp), fa, 440), font=fa, fill=GREY_A)
            d.line([(COLS_A[0], y + h), (COLS_A[-1], y + h)], fill=(205, 212, 225), width=2)
            y += h
        for x in COLS_A[1:-1]:
            d.line([(x, 215 + 58), (x, y)], fill=(225, 229, 238), width=1)
        if num < n and FORUMS_A[-1][0] == name and not cont:
            rtext(d, COLS_A[-1], y + 18, "（本分论坛议程接下页）", font(24), GREY_A)
            y += 50
        assert y <= H - 90, (name, y)
        d.line([(80, H - 72), (W - 80, H - 72)], fill=(205, 212, 225), width=2)
        d.text((80, H - 56), FOOT_A, font=font(24), fill=GREY_A)
        rtext(d, W - 80, H - 56, "%d / %d" % (num, n), font(24, True), NAVY)
    return paint


FORUMS_SPAN_A = {name: (slots[0]["start"], [s for s in slots if s["kind"] == "talk"][-1]["end"])
                 for name, _, slots in FORUMS_A}


def poster_a():
    (m, mh, ms), (f1, h1, s1), (f2, h2, s2) = FORUMS_A
    slides = [title_a, table_slide_a(m, mh, ms, False), table_slide_a(f1, h1, s1, False),
              table_slide_a(f2, h2, s2[:4], False), table_slide_a(f2, h2, s2[4:], True)]
    return deck(slides, 1920, 1080, 0, (0, 0, 0)), forums_truth(FORUMS_A, DATE_A)


# ===========================================================================
# 2. CLK 2142 (第137届), 成都, Saturday 2142-10-27: a dark 1280 x 720 deck of
#    four slides on a 6 px grey gap.  Slide 1 the title slide (with the day's
#    plan: 上午 主论坛, 下午 two forums in parallel); slides 2-4 one forum each as
#    a vertical TIMELINE: the range right-aligned left of the line, a dot, the
#    title and per speaker 'name  company job' right of it; breaks with a
#    hollow dot in grey.  Footer: conference, date and city centred, the slide
#    number '02' at the right; the round mark and 'CLK 2142' top left.
DATE_B = "2142-10-27"
FORUMS_B = [
    ("主论坛", ("罗文", "电子科技大学 计算机科学与工程学院 教授"), [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:50", "RISC-V 服务器生态：从固件到内核的全栈就绪", [S("谢磊", "中国科学院软件研究所", "研究员")], "罗文"),
        T("09:50", "10:30", "Rust for Linux: Writing Drivers in Rust Today", [S("Lukas Brandt", "Collabora", "Kernel Engineer")],
          "罗文"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:25", "内核热补丁在百万台云主机上的运维实践", [S("何杰", "腾讯云", "高级工程师")], "罗文"),
        T("11:25", "12:05", "面向 AI 集群的操作系统：调度与内存的协同设计",
          [S("韩雪", "蚂蚁集团", "技术专家"), S("邓超", "蚂蚁集团", "高级技术专家")], "罗文"),
        B("12:05", "13:30", "午餐"),
    ]),
    ("虚拟化与云原生分论坛", ("冯涛", "华为 虚拟化首席专家"), [
        T("13:30", "14:10", "KVM 上的机密计算：TDX 与 CCA 的统一抽象", [S("高远", "英特尔", "云软件架构师")], "冯涛"),
        T("14:10", "14:50", "virtio-fs 与 DAX 在安全容器中的性能优化", [S("曹颖", "阿里云", "技术专家")], "冯涛"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "VDUSE：用户态 virtio 设备与 vhost-vdpa 的统一框架", [S("缪晓东", "字节跳动", "虚拟化工程师")], "冯涛"),
    ]),
    ("RISC-V 与体系结构分论坛", ("彭亮", "中国科学院计算技术研究所 副研究员"), [
        T("13:30", "14:10", "RISC-V 向量扩展（RVV）的内核上下文切换开销", [S("许晴", "平头哥半导体", "软件专家")], "彭亮"),
        T("14:10", "14:50", "ARM64 Pointer Authentication 与内核控制流加固",
          [S("钱峰", "飞腾信息", "内核工程师"), S("田甜", "麒麟软件", "工程师")], "彭亮"),
    ]),
]
NIGHT, CYAN = (14, 22, 48), (64, 210, 230)
FOOT_B = "CLK 2142 · 第137届中国Linux内核开发者大会 · 2142.10.27 · 四川成都"


def furniture_b(d, W, H, num):
    logo_mark(d, 40, 22, 14, CYAN)
    d.text((78, 23), "CLK 2142", font=font(17, True), fill=(220, 228, 240))
    d.line([(40, H - 46), (W - 40, H - 46)], fill=(50, 64, 100), width=1)
    ctext(d, W / 2, H - 36, FOOT_B, font(14), (140, 152, 180))
    rtext(d, W - 40, H - 37, "%02d" % num, font(16, True), CYAN)


def title_b(im, d, num, n):
    W, H = im.size
    d.rectangle([0, 0, W, H], fill=NIGHT)
    for i in range(9):
        d.line([(760 + i * 60, H), (1280, 300 + i * 50)], fill=(30, 60, 100), width=2)
    furniture_b(d, W, H, num)
    d.text((80, 150), "第137届中国Linux内核开发者大会", font=font(46, True), fill=(255, 255, 255))
    d.text((82, 220), "CHINA LINUX KERNEL DEVELOPERS CONFERENCE 2142", font=font(22), fill=CYAN)
    d.text((82, 290), "议程", font=font(60, True), fill=(255, 255, 255))
    d.text((82, 390), "2142年10月27日　周六　｜　四川·成都　电子科技大学清水河校区", font=font(22), fill=(220, 228, 240))
    y = 470
    for half, text in (("上午", "主论坛"), ("下午", "虚拟化与云原生分论坛　｜　RISC-V 与体系结构分论坛（同时进行）")):
        d.rounded_rectangle([82, y, 150, y + 34], radius=17, fill=CYAN)
        ctext(d, 116, y + 4, half, font(18, True), NIGHT)
        d.text((168, y + 3), text, font=font(20), fill=(220, 228, 240))
        y += 52


def timeline_slide_b(name, host, slots):
    def paint(im, d, num, n):
        W, H = im.size
        d.rectangle([0, 0, W, H], fill=NIGHT)
        furniture_b(d, W, H, num)
        d.text((60, 62), name, font=font(34, True), fill=(255, 255, 255))
        half = "上午" if name == "主论坛" else "下午"
        d.text((62, 112), "%s　｜　主持人：%s　%s" % (half, host[0], host[1]), font=font(17), fill=(170, 182, 208))
        X = 215
        y = 165
        top = y
        for s in slots:
            if s["kind"] == "break":
                d.ellipse([X - 6, y + 5, X + 6, y + 17], outline=(140, 152, 180), width=2, fill=NIGHT)
                rtext(d, X - 22, y, rng(s), font(17), (140, 152, 180))
                d.text((X + 24, y - 1), s["title"], font=font(18), fill=(140, 152, 180))
                if s["title"] in MEALS:
                    cup(d, X + 34 + tw(d, s["title"], font(18)), y - 2, (140, 152, 180), 0.75)
                y += 40
            else:
                d.ellipse([X - 8, y + 6, X + 8, y + 22], fill=CYAN)
                rtext(d, X - 22, y + 2, rng(s), font(18, True), CYAN)
                d.text((X + 24, y), fits(d, s["title"], font(21, True), W - X - 80), font=font(21, True),
                       fill=(255, 255, 255))
                y += 34
                for sp in s["sp"]:
                    d.text((X + 24, y), sp[0], font=font(16, True), fill=(230, 236, 246))
                    d.text((X + 24 + tw(d, sp[0], font(16, True)) + 14, y + 1), aff(sp), font=font(15),
                           fill=(150, 164, 192))
                    y += 25
                y += 16
        d.line([(X, top + 12), (X, y - 20)], fill=(50, 80, 120), width=2)
        assert y <= H - 56, (name, y)
    return paint


def poster_b():
    slides = [title_b] + [timeline_slide_b(nm, h, sl) for nm, h, sl in FORUMS_B]
    im = deck(slides, 1280, 720, 6, (200, 200, 204))
    return jpeg_round_trip(im, 92), forums_truth(FORUMS_B, DATE_B)


# ===========================================================================
# 3. CLK 2143 (第138届), 武汉, Saturday 2143-10-26: a warm light 1920 x 1080
#    deck with an orange accent, four slides, no gap.  Slide 1 a title slide
#    with an OVERVIEW table (论坛 | 时间 | 地点: spans and rooms, no slots);
#    slide 2 主论坛 as a list (orange range chip, round photo, title over
#    'name  company job'); slides 3-4 '下午 · 分论坛（一）/（二）', TWO forums
#    side by side, each a white card with its name, host and room, the talks
#    stacked (range, title, speaker).  Footer: the mark and the conference at
#    the left, '— n —' centred, the date and city at the right.
DATE_C = "2143-10-26"
FORUMS_C = [
    ("主论坛", ("胡静", "华中科技大学 计算机科学与技术学院 教授"), [
        T("09:00", "09:20", "开幕致辞", [S("汪洋", "华中科技大学", "副校长")], "胡静"),
        T("09:20", "10:10", "操作系统内核的安全可信：从 Secure Boot 到 IMA 远程度量", [S("周斌", "统信软件", "内核研发总监")], "胡静"),
        B("10:10", "10:30", "茶歇"),
        T("10:30", "11:20", "EEVDF 之后：Linux 调度器的下一个十年", [S("罗阳", "字节跳动", "高级工程师")], "胡静"),
        B("11:20", "11:40", "全体合影"),
        B("11:40", "13:30", "午餐"),
    ]),
    ("内存与 CXL 分论坛", ("唐亮", "英特尔 首席工程师"), [
        T("13:30", "14:30", "CXL 内存池化下的 NUMA 节点热插拔", [S("董洁", "阿里云", "内核专家")], "唐亮"),
        T("14:30", "15:30", "zswap 写回策略与 zsmalloc 碎片整理", [S("袁博", "字节跳动", "工程师")], "唐亮"),
    ]),
    ("调度与锁分论坛", ("曾敏", "清华大学 副教授"), [
        T("13:30", "14:30", "延迟敏感业务在 EEVDF 下的调优经验", [S("夏雨", "腾讯", "内核工程师")], "曾敏"),
        T("14:30", "15:30", "qspinlock 在多路 NUMA 大机上的公平性问题",
          [S("姚军", "华为", "高级工程师"), S("谭静", "华为", "工程师")], "曾敏"),
    ]),
    ("网络与 eBPF 分论坛", ("叶青", "网易 系统架构师"), [
        T("13:30", "14:30", "XDP 与 AF_XDP 在 5G 用户面中的应用", [S("江涛", "中国移动", "网络技术专家")], "叶青"),
        T("14:30", "15:30", "BPF kfunc 的稳定性与 ABI 之争", [S("苏明", "蚂蚁集团", "高级工程师")], "叶青"),
    ]),
    ("可观测性与追踪分论坛", ("邹平", "龙蜥社区 运营委员会委员"), [
        T("13:30", "14:30", "fprobe 与 ftrace：函数追踪框架的重构", [S("蒋文", "小米", "内核工程师")], "邹平"),
        T("14:30", "15:30", "基于 eBPF 的线上内核故障诊断工具集", [S("薛峰", "滴滴", "技术专家")], "邹平"),
    ]),
]
ROOMS_C = ["学术交流中心 报告厅", "东九楼 A101", "东九楼 A102", "东九楼 B201", "东九楼 B202"]
ORANGE, WARM, INK_C, GREY_C = (232, 106, 36), (246, 244, 240), (34, 34, 38), (116, 112, 106)


def furniture_c(d, W, H, num):
    d.rectangle([0, 0, W, H], fill=WARM)
    d.rectangle([0, 0, 18, H], fill=ORANGE)
    logo_mark(d, 70, H - 62, 18, ORANGE)
    d.text((118, H - 56), "中国Linux内核开发者大会 2143", font=font(24), fill=GREY_C)
    ctext(d, W / 2, H - 56, "— %d —" % num, font(24), GREY_C)
    rtext(d, W - 80, H - 56, "2143/10/26 · 武汉", font(24), GREY_C)


def title_c(im, d, num, n):
    W, H = im.size
    furniture_c(d, W, H, num)
    d.rectangle([18, 0, 700, H - 90], fill=ORANGE)
    d.text((90, 150), "CLK", font=font(150, True), fill=(255, 255, 255))
    d.text((94, 330), "2143", font=font(150, True), fill=(255, 230, 210))
    d.text((96, 560), "第138届中国Linux内核开发者大会", font=font(34, True), fill=(255, 255, 255))
    d.text((96, 620), "2143年10月26日　星期六", font=font(30), fill=(255, 255, 255))
    d.text((96, 670), "华中科技大学 · 湖北武汉", font=font(30), fill=(255, 255, 255))
    d.text((800, 140), "议程概览", font=font(60, True), fill=INK_C)
    y = 260
    cols = (800, 1200, 1460, 1840)
    d.rectangle([cols[0], y, cols[-1], y + 60], fill=(236, 226, 214))
    for x, head in zip(cols, ("论坛", "时间", "地点")):
        d.text((x + 20, y + 12), head, font=font(28, True), fill=INK_C)
    y += 60
    for (name, _, slots), room in zip(FORUMS_C, ROOMS_C):
        span = "%s-%s" % (slots[0]["start"], [s for s in slots if s["kind"] == "talk"][-1]["end"])
        d.text((cols[0] + 20, y + 18), name, font=font(28, True), fill=INK_C)
        d.text((cols[1] + 20, y + 18), span, font=font(28), fill=GREY_C)
        d.text((cols[2] + 20, y + 18), room, font=font(28), fill=GREY_C)
        y += 76
        d.line([(cols[0], y), (cols[-1], y)], fill=(220, 212, 200), width=2)
    d.text((800, y + 30), "下午四个分论坛同时进行；主论坛结束后请于 11:20 在报告厅前合影。", font=font(26), fill=GREY_C)


def main_slide_c(im, d, num, n):
    W, H = im.size
    furniture_c(d, W, H, num)
    name, host, slots = FORUMS_C[0]
    d.text((90, 60), name, font=font(56, True), fill=INK_C)
    d.text((92 + tw(d, name, font(56, True)) + 30, 84), "上午　｜　主持人：%s　%s　｜　%s" % (host[0], host[1], ROOMS_C[0]),
           font=font(28), fill=GREY_C)
    d.rectangle([92, 150, 200, 156], fill=ORANGE)
    y = 200
    for s in slots:
        if s["kind"] == "break":
            d.rounded_rectangle([92, y, 330, y + 50], radius=25, outline=(200, 190, 178), width=2)
            ctext(d, 211, y + 8, rng(s), font(26), GREY_C)
            d.text((380, y + 7), s["title"], font=font(28), fill=GREY_C)
            if s["title"] in MEALS:
                cup(d, 380 + tw(d, s["title"], font(28)) + 20, y + 8, GREY_C, 1.0)
            y += 78
        else:
            d.rounded_rectangle([92, y, 330, y + 50], radius=25, fill=ORANGE)
            ctext(d, 211, y + 7, rng(s), font(28, True), (255, 255, 255))
            photo(d, 380, y - 4, 96, (226, 218, 208), (196, 186, 174))
            d.text((510, y), fits(d, s["title"], font(36, True), W - 600), font=font(36, True), fill=INK_C)
            sp = s["sp"][0]
            d.text((512, y + 56), sp[0], font=font(28, True), fill=INK_C)
            d.text((512 + tw(d, sp[0], font(28, True)) + 24, y + 58), aff(sp), font=font(26), fill=GREY_C)
            y += 130
    assert y <= H - 100, y


def pair_slide_c(k, label):
    pair = FORUMS_C[k:k + 2]
    rooms = ROOMS_C[k:k + 2]

    def paint(im, d, num, n):
        W, H = im.size
        furniture_c(d, W, H, num)
        d.text((90, 50), label, font=font(48, True), fill=INK_C)
        d.text((94 + tw(d, label, font(48, True)) + 30, 68), "13:30-15:30　两个分论坛同时进行", font=font(28), fill=GREY_C)
        for i, ((name, host, slots), room) in enumerate(zip(pair, rooms)):
            X0 = 90 + i * 880
            X1 = X0 + 840
            d.rounded_rectangle([X0, 140, X1, H - 110], radius=18, fill=(255, 255, 255))
            d.rectangle([X0, 140, X0 + 10, H - 110], fill=ORANGE)
            d.text((X0 + 50, 170), name, font=font(40, True), fill=ORANGE)
            d.text((X0 + 50, 236), "主持人：%s　%s" % host, font=font(26), fill=INK_C)
            d.text((X0 + 50, 278), "地点：" + room, font=font(24), fill=GREY_C)
            d.line([(X0 + 50, 330), (X1 - 40, 330)], fill=(230, 222, 212), width=2)
            y = 360
            for s in slots:
                d.text((X0 + 50, y), rng(s), font=font(28, True), fill=ORANGE)
                y += 46
                tl = wrap_nicely(d, s["title"], font(32, True), X1 - X0 - 100)
                assert len(tl) <= 2, tl
                for ln in tl:
                    d.text((X0 + 50, y), ln, font=font(32, True), fill=INK_C)
                    y += 46
                for sp in s["sp"]:
                    d.text((X0 + 50, y + 4), sp[0], font=font(26, True), fill=INK_C)
                    d.text((X0 + 50 + tw(d, sp[0], font(26, True)) + 20, y + 6), aff(sp), font=font(24), fill=GREY_C)
                    y += 40
                y += 40
            assert y <= H - 120, (name, y)
    return paint


def poster_c():
    slides = [title_c, main_slide_c, pair_slide_c(1, "下午 · 分论坛（一）"), pair_slide_c(3, "下午 · 分论坛（二）")]
    im = deck(slides, 1920, 1080, 0, (0, 0, 0))
    return jpeg_round_trip(im, 94), forums_truth(FORUMS_C, DATE_C)


# ===========================================================================
# 4. CLK 2144 (第139届), 大连, Saturday 2144-10-24: a white 1280 x 720 deck
#    with a teal accent, four slides on a 3 px dark hairline.  Slide 1 a
#    teal title slide; slide 2 '上午 · 主论坛' (range chips, title, speaker);
#    slide 3 '下午 · 三个分论坛同时进行': three forum COLUMNS (a teal head with
#    the name, host and unit), two talks each; slide 4 '下午（续）': a band
#    '15:00-15:15　茶歇' across the three columns, then the columns again
#    (name only, no host) with each forum's third talk.  Footer: the slide
#    number in a teal square at the left, conference, date and city beside it;
#    the mark at the top right.
DATE_D = "2144-10-24"
FORUMS_D = [
    ("主论坛", ("李娜", "大连理工大学 软件学院 教授"), [
        T("09:00", "09:20", "开幕致辞", [S("刘建华", "大连理工大学", "副校长")], "李娜"),
        T("09:20", "10:10", "开源操作系统供应链安全：从 SBOM 到可复现构建", [S("杜鹏", "中兴通讯", "操作系统首席专家")], "李娜"),
        B("10:10", "10:30", "茶歇"),
        T("10:30", "11:20", "大规模内核 CI：KernelCI 与 syzbot 的国内实践", [S("程敏", "华为", "测试架构师")], "李娜"),
        B("11:20", "13:30", "午餐"),
    ]),
    ("调度与实时分论坛", ("何琳", "大连理工大学 副教授"), [
        T("13:30", "14:15", "PREEMPT_RT 合入主线后的实时性测试方法", [S("万里", "中兴通讯", "操作系统工程师")], "何琳"),
        T("14:15", "15:00", "CPU 隔离与 nohz_full 在低延迟交易系统中的实践", [S("廖伟", "华泰证券", "系统工程师")], "何琳"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "16:00", "EAS 能效感知调度在 ARM 服务器上的尝试", [S("邱实", "OPPO", "调度专家")], "何琳"),
    ]),
    ("网络分论坛", ("邵军", "中兴通讯 高级架构师"), [
        T("13:30", "14:15", "BBRv3 拥塞控制在广域网的部署经验", [S("顾晨", "华为", "网络协议专家")], "邵军"),
        T("14:15", "15:00", "nftables 流表卸载与 conntrack 性能", [S("孔亮", "阿里云", "网络内核工程师")], "邵军"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "16:00", "io_uring 网络收发路径的零拷贝", [S("熊伟", "腾讯", "高级工程师")], "邵军"),
    ]),
    ("安全与可信计算分论坛", ("姜红", "奇安信 安全专家"), [
        T("13:30", "14:15", "Landlock 与 LSM 栈：无特权沙箱的新选择", [S("史磊", "字节跳动", "安全工程师")], "姜红"),
        T("14:15", "15:00", "机密虚拟机中的远程证明与 IMA 度量",
          [S("金涛", "海光信息", "安全架构师"), S("白雪", "中国科学院信息工程研究所", "副研究员")], "姜红"),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "16:00", "内核控制流完整性：kCFI 与 IBT 的落地", [S("陆洋", "英特尔", "安全软件工程师")], "姜红"),
    ]),
]
TEAL, INK_D, GREY_D = (0, 122, 122), (28, 36, 40), (104, 116, 120)
FOOT_D = "CLK 2144　｜　第139届中国Linux内核开发者大会　｜　2144.10.24　大连"


def furniture_d(d, W, H, num):
    logo_mark(d, W - 70, 22, 16, TEAL)
    d.rectangle([40, H - 46, 68, H - 18], fill=TEAL)
    ctext(d, 54, H - 44, str(num), font(16, True), (255, 255, 255))
    d.text((84, H - 42), FOOT_D, font=font(14), fill=GREY_D)


def title_d(im, d, num, n):
    W, H = im.size
    d.rectangle([0, 0, W, H], fill=TEAL)
    for i in range(5):
        d.ellipse([900 - i * 30, -200 + i * 60, 1500 + i * 30, 400 + i * 60], outline=(30, 150, 150), width=2)
    logo_lines(d, 80, 60, (255, 255, 255), (180, 240, 235), 1.0)
    d.text((80, 200), "AGENDA", font=font(96, True), fill=(255, 255, 255))
    d.text((84, 340), "第139届中国Linux内核开发者大会", font=font(38, True), fill=(255, 255, 255))
    d.text((84, 400), "CLK 2144", font=font(30), fill=(190, 240, 235))
    d.text((84, 470), "2144年10月24日　周六", font=font(24), fill=(255, 255, 255))
    d.text((84, 510), "辽宁大连　大连理工大学 创新园大厦", font=font(24), fill=(255, 255, 255))
    d.rectangle([40, H - 46, 68, H - 18], fill=(255, 255, 255))
    ctext(d, 54, H - 44, str(num), font(16, True), TEAL)
    d.text((84, H - 42), FOOT_D, font=font(14), fill=(200, 236, 232))


def morning_d(im, d, num, n):
    W, H = im.size
    furniture_d(d, W, H, num)
    name, host, slots = FORUMS_D[0]
    d.text((60, 36), "上午 · " + name, font=font(32, True), fill=INK_D)
    d.text((62, 88), "主持人：%s（%s）" % host, font=font(17), fill=GREY_D)
    d.rectangle([60, 120, 120, 124], fill=TEAL)
    y = 150
    for s in slots:
        if s["kind"] == "break":
            d.rectangle([60, y, W - 60, y + 38], fill=(238, 244, 244))
            d.text((80, y + 8), rng(s), font=font(17), fill=GREY_D)
            d.text((260, y + 7), s["title"], font=font(18), fill=GREY_D)
            if s["title"] in MEALS:
                cup(d, 270 + tw(d, s["title"], font(18)), y + 6, GREY_D, 0.75)
            y += 56
        else:
            d.rounded_rectangle([60, y, 220, y + 32], radius=6, fill=TEAL)
            ctext(d, 140, y + 4, rng(s), font(18, True), (255, 255, 255))
            d.text((260, y), fits(d, s["title"], font(22, True), W - 330), font=font(22, True), fill=INK_D)
            sp = s["sp"][0]
            d.text((260, y + 38), sp[0], font=font(17, True), fill=INK_D)
            d.text((260 + tw(d, sp[0], font(17, True)) + 14, y + 39), aff(sp), font=font(16), fill=GREY_D)
            y += 92
    assert y <= H - 60, y


COLS_D = [(60 + i * 392, 60 + i * 392 + 376) for i in range(3)]


def talk_d(d, X0, X1, y, s):
    d.text((X0 + 14, y), rng(s), font=font(16, True), fill=TEAL)
    y += 26
    tl = wrap_nicely(d, s["title"], font(18, True), X1 - X0 - 28)
    assert len(tl) <= 2, tl
    for ln in tl:
        d.text((X0 + 14, y), ln, font=font(18, True), fill=INK_D)
        y += 27
    for sp in s["sp"]:
        d.text((X0 + 14, y + 4), sp[0], font=font(15, True), fill=INK_D)
        d.text((X0 + 14 + tw(d, sp[0], font(15, True)) + 10, y + 5), fits(d, aff(sp), font(14), X1 - X0 - 90),
               font=font(14), fill=GREY_D)
        y += 24
    return y + 22


def afternoon_d(im, d, num, n):
    W, H = im.size
    furniture_d(d, W, H, num)
    d.text((60, 30), "下午 · 三个分论坛同时进行", font=font(30, True), fill=INK_D)
    for (X0, X1), (name, host, slots) in zip(COLS_D, FORUMS_D[1:]):
        d.rectangle([X0, 92, X1, 172], fill=TEAL)
        d.text((X0 + 14, 100), name, font=font(20, True), fill=(255, 255, 255))
        d.text((X0 + 14, 134), "主持人：%s　%s" % host, font=font(15), fill=(210, 244, 240))
        d.rectangle([X0, 172, X1, H - 80], outline=(210, 224, 224), width=1)
        y = 190
        for s in slots[:2]:
            y = talk_d(d, X0, X1, y, s)
        assert y <= H - 80, (name, y)
    rtext(d, W - 60, H - 70, "下接 ›", font(15), GREY_D)


def afternoon_cont_d(im, d, num, n):
    W, H = im.size
    furniture_d(d, W, H, num)
    d.text((60, 30), "下午（续）", font=font(30, True), fill=INK_D)
    brk = FORUMS_D[1][2][2]
    assert all(f[2][2] == brk for f in FORUMS_D[1:])
    d.rectangle([COLS_D[0][0], 92, COLS_D[-1][1], 136], fill=(238, 244, 244))
    ctext(d, W / 2, 101, "%s　%s" % (rng(brk), brk["title"]), font(19), GREY_D)
    cup(d, W / 2 - tw(d, "%s　%s" % (rng(brk), brk["title"]), font(19)) / 2 - 40, 99, GREY_D, 0.8)
    for (X0, X1), (name, _, slots) in zip(COLS_D, FORUMS_D[1:]):
        d.text((X0 + 14, 156), name, font=font(19, True), fill=TEAL)
        d.line([(X0, 190), (X1, 190)], fill=TEAL, width=2)
        y = 206
        for s in slots[3:]:
            y = talk_d(d, X0, X1, y, s)
        assert y <= H - 80, (name, y)


def poster_d():
    slides = [title_d, morning_d, afternoon_d, afternoon_cont_d]
    return deck(slides, 1280, 720, 3, (40, 44, 48)), forums_truth(FORUMS_D, DATE_D)


NOTE = (
    "Same conventions as posters-blind-43 (and 4..42 before it): speakers are names as printed with spaces removed "
    "(the Latin names 'Daniel Hoffmann' -> 'DanielHoffmann', 'Lukas Brandt' -> 'LukasBrandt'); host is the chair "
    "printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; where two "
    "speakers are printed each has his own affiliation, given per speaker; affiliations keep a printed job title, "
    "joined to the company by one space ('华为 openEuler 内核 SIG Maintainer', 'Meta Software Engineer'); break "
    "titles are as printed; an opening speech printed with a speaker ('开幕致辞') is a talk, a slot printed without a "
    "speaker ('开幕', '全体合影') is a break; '午餐' closes 主论坛 as its break. As in sets 41 and 43 every forum "
    "carries a 'date'; each edition is ONE day, so every forum's date is the poster's. Four editions, each on ONE "
    "picture only, so no talk is on two posters: CLK 2141 (第136届, 杭州, 2141-10-28), CLK 2142 (第137届, 成都, "
    "2142-10-27), CLK 2143 (第138届, 武汉, 2143-10-26), CLK 2144 (第139届, 大连, 2144-10-24), all Saturdays. Each "
    "picture is an agenda DECK exported slide by slide (16:9: 1920 x 1080 or 1280 x 720) and concatenated one slide "
    "under the other into one long image: a title slide, then slides per forum or per half day. Slide furniture is "
    "never a name, a title or a slot: the footer on every slide (conference name, date, city: the date is printed "
    "once per slide, four or five times per picture, and the truth gives it once), the slide numbers ('2 / 5', '02', "
    "'— 2 —', a number in a square), the logo lines or round mark in a corner, 'CLK 2142' beside the mark, table "
    "header rows (时间 | 议题 | 演讲嘉宾 | 单位及职务), slide titles that name a half day and not a forum ('下午 · "
    "分论坛（一）', '下午 · 三个分论坛同时进行', '下午（续）'), spans printed beside them ('13:30-15:30　两个分论坛同时进行'), "
    "room lines ('地点：东九楼 A101', '国际会议中心 B 厅') and the pointers to the next slide ('（本分论坛议程接下页）', "
    "'下接 ›'). A title slide's plan or overview (CLK 2142: '上午 主论坛' / '下午 虚拟化与云原生分论坛 ｜ RISC-V 与体系"
    "结构分论坛（同时进行）'; CLK 2143: a table 论坛 | 时间 | 地点 with each forum's span and room, and the line '下午四个"
    "分论坛同时进行；主论坛结束后请于 11:20 在报告厅前合影。') names the same forums as the slides after it: it adds no "
    "forum and no slot, and its spans ('09:00-11:20', '13:30-15:30') are no slots. Added or stressed here: (1) CLK "
    "2141 (PNG, five 1920 x 1080 slides, no gap): a TABLE per forum under a navy bar with the forum's name and a line "
    "'上午 09:00-11:45　｜　主持人：张伟（浙江大学 计算机科学与技术学院 教授）　｜　国际会议中心 主会场': the host is the "
    "name after '主持人：', the bracketed unit no part of it, the span no slot. 存储与文件系统分论坛 does not fit one "
    "slide: slide 4 holds its first three talks and the 15:30-15:45 茶歇, slide 5 is titled '存储与文件系统分论坛（续）' "
    "and holds its 15:45 and 16:25 talks under the same host line and table head. That is ONE forum of five talks, "
    "given once, '（续）' no part of its name. Two speakers share a 演讲嘉宾 cell (刘畅 over 周颖; 马骏 over 郑雪), "
    "each paired by line with the 单位及职务 cell beside him. (2) CLK 2142 (JPEG, four 1280 x 720 dark slides on a "
    "6 px grey gap): a vertical TIMELINE per forum, the range right-aligned LEFT of the line, the title and then per "
    "speaker 'name　company job' right of it; breaks with a hollow dot in grey ('09:00-09:10 开幕' is a break). The "
    "host is printed under the forum's name ('上午　｜　主持人：罗文　电子科技大学 计算机科学与工程学院 教授'). "
    "RISC-V 与体系结构分论坛 ends with its 14:10-14:50 talk (no break printed). (3) CLK 2143 (JPEG, four 1920 x 1080 "
    "slides, no gap): 主论坛 as a list (orange range chip, photo, title over 'name　company job'); slides 3 and 4 "
    "each hold TWO forums side by side as cards (name, '主持人：name　unit', '地点：room', then range, title, speaker "
    "per talk). The forums are given in printed order: down the deck, left card before right card (内存与 CXL, "
    "调度与锁, 网络与 eBPF, 可观测性与追踪). '11:20-11:40 全体合影' is a break of 主论坛, before '午餐'. (4) CLK 2144 "
    "(PNG, four 1280 x 720 slides on a 3 px dark hairline): a slide per HALF DAY. Slide 2 '上午 · 主论坛' (the forum "
    "is '主论坛'; '上午 · ' is no part of it). Slide 3 '下午 · 三个分论坛同时进行' gives three forum COLUMNS, each under a "
    "teal head with its name and '主持人：name　unit', two talks each. Slide 4 '下午（续）' prints a band '15:00-15:15　"
    "茶歇' across all three columns, then the three columns AGAIN under their names only (no host) with each forum's "
    "third talk (15:15-16:00). A column of slide 4 is the forum of the same name on slide 3: its talk belongs to that "
    "forum with that forum's host, and the band spanning the three columns is a break of EACH of the three forums "
    "(as set 21 gave a 茶歇 row spanning a table), between its 14:15 and 15:15 talks. Titles wrapped over two lines "
    "are one title each: joined with a space between Latin words ('Memory Tiering with CXL:' / 'Lessons from "
    "Production'), without one after '：' ('从上游到发行版：' / 'openEuler 内核的补丁回合与质量保障', 'sched_ext 落地"
    "实践：' / '用 BPF 为在离线混部定制调度策略') or inside Chinese text ('PREEMPT_RT 合入主' / '线后的实时性测试方法', "
    "'CPU 隔离与 nohz_full 在' / '低延迟交易系统中的实践'). The title '开幕致辞' on three posters is the opening of three "
    "editions (different speakers), not one talk. Uncommon surnames: 岑 (岑志远) and 缪 (缪晓东), both speakers."
)

LAYOUTS = {
    "deck-1920-table-per-forum-continued.png": (
        "CLK 2141 (第136届), 杭州, 2141-10-28 (PNG, 1920 x 5400: five 1920 x 1080 slides, no gap): a title slide, "
        "then a TABLE per forum under a navy bar with the host line; 存储与文件系统分论坛 goes on over a second slide "
        "'（续）'. Footer 'conference ｜ date ｜ city' and 'n / 5' on every slide. Uncommon surname 岑. "
        "4 + 3 + 5 talks.",
        DATE_A, poster_a, None),
    "deck-1280-dark-timeline-gaps.jpg": (
        "CLK 2142 (第137届), 成都, 2142-10-27 (JPEG q86 after a q92 round trip, 1280 x 2898: four 1280 x 720 slides "
        "on a 6 px grey gap): a dark deck; a title slide with the day's plan, then a vertical TIMELINE per forum "
        "(range left of the line, title and 'name　company job' right). Uncommon surname 缪. 4 + 3 + 2 talks.",
        DATE_B, poster_b, 86),
    "deck-1920-two-forums-per-slide.jpg": (
        "CLK 2143 (第138届), 武汉, 2143-10-26 (JPEG q88 after a q94 round trip, 1920 x 4320: four 1920 x 1080 slides, "
        "no gap): a title slide with an overview table (forum, span, room); 主论坛 as a list with photos; then TWO "
        "forums side by side per slide as cards. 3 + 2 + 2 + 2 + 2 talks.",
        DATE_C, poster_c, 88),
    "deck-1280-half-day-columns-continued.png": (
        "CLK 2144 (第139届), 大连, 2144-10-24 (PNG, 1280 x 2889: four 1280 x 720 slides on a 3 px dark hairline): a "
        "slide per half day; the afternoon's three forums as columns, continued on a slide '下午（续）' under a 茶歇 "
        "band spanning the three columns. 3 + 3 + 3 + 3 talks.",
        DATE_D, poster_d, None),
}

def main():
    posters = []
    for fn, (layout, date, draw, quality) in LAYOUTS.items():
        im, forums = draw()
        assert "%d x %d" % im.size in layout, (fn, im.size)
        path = os.path.join(HERE, fn)
        if fn.endswith(".jpg"):
            im.save(path, "JPEG", quality=quality, subsampling=2)
        else:
            im.save(path, optimize=True)
        assert os.path.getsize(path) < 1.6e6, (fn, os.path.getsize(path))
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
