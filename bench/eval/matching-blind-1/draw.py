"""Draw the agenda poster of matching-blind-1 and write its truth (deterministic, Pillow only).

Run:  python draw.py   -> writes 2022clk.png and truth.json next to this file.

The set stands in for CLK2022, whose repository keeps every deck at its root and one agenda
picture (imgs/2022clk.png) in the organisers' family style.  Every string printed on the poster
comes from FORUMS below, and so does truth.json, so the two cannot drift apart; build.py copies
the decks named in FILES and checks them against truth.json.  Randomness only from seeded Random
instances; PNG written by Pillow's own encoder.
"""

import json
import os
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

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
# The programme.  T(...) is a talk: id, start, end, the title as printed, the speakers as printed
# (name, the line beside it), and the deck files at the repository's root that belong to it (none:
# a talk with no deck).  B(...) is a break (no speaker, not a talk).
DATE = "2022-12-10"


def T(tid, start, end, title, speakers, files=(), panel=False):
    return {"kind": "talk", "id": tid, "start": start, "end": end, "title": title, "sp": speakers,
            "files": list(files), "panel": panel}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title}


FORUMS = [
    ("主论坛", ("许文涛", "浙江大学计算机科学与技术学院 副教授"), [
        B("09:00", "09:10", "开场"),
        T("main-01", "09:10", "09:25", "嘉宾致辞", [("沈国华", "浙江大学计算机科学与技术学院院长")]),
        T("main-02", "09:25", "10:05", "The Challenges of Scalability in Linux Kernel",
          [("Muchun Song", "ByteDance Linux Kernel Engineer"), ("Qi Zheng", "ByteDance Linux Kernel Engineer")],
          ["CLK2022_The_Challenges_of_Scalability_in_Linux_Kernel.pdf"]),
        T("main-03", "10:05", "10:40", "字节大规模内核版本迁移实践", [("贺中坤", "字节跳动")],
          ["2022_CLK_字节大规模内核版本迁移实践_字节跳动_贺中坤.pdf"]),
        B("10:40", "10:55", "茶歇"),
        T("main-04", "10:55", "11:30", "云场景下的内存 Overcommit", [("Yu Zhao", "Google 软件工程师")],
          ["RAM Overcommit in Cloud-CLK2022.pdf"]),
        T("main-05", "11:30", "12:00", "PORTGPT：基于大语言模型的自动化后向移植研究",
          [("李朝阳", "华中科技大学 OS3 Lab")],
          ["1210-1-clk_2022-PORTGPT基于大语言模型的自动化后向移植研究.pdf"]),
        T("main-06", "12:00", "12:40", "圆桌论坛：开源协作与内核人才培养",
          [("冯涛", "浙江大学教授"), ("马骏", "龙蜥社区技术委员会委员"), ("何珊", "openEuler Kernel SIG Maintainer"),
           ("唐伟", "腾讯 TencentOS 内核负责人"), ("刘畅", "英特尔首席工程师")], panel=True),
        B("12:40", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", ("邓宇", "浙江大学 副教授"), [
        T("arch-01", "13:30", "13:55", "Linux内核支持LoongArch KVM虚拟化", [("赵天瑞", "龙芯中科软件工程师")],
          ["loongarch_kvm-clk2022-赵天瑞-龙芯中科.pptx", "clk2022_loongarch_kvm.pptx.pdf"]),
        T("arch-02", "13:55", "14:20", "基于龙架构的系统级二进制翻译器", [("牛根", "龙芯中科工程师")],
          ["基于龙架构的系统级二进制翻译器.pdf"]),
        T("arch-03", "14:20", "14:45", "RISC-V Device Shared Work Queue Introduction",
          [("Guo Ren", "Alibaba DAMO Academy XUANTIE Team")],
          ["RISC-V Device Shared Work Queue Introduction.pdf"]),
        T("arch-04", "14:45", "15:10", "RISC-V 64K Base Page", [("路旭", "字节跳动内核工程师")],
          ["CLK22-RISC-V-64K-Base-Page.pptx"]),
        T("arch-05", "15:10", "15:35", "Defer throttle to when task exits to user", [("路自谦", "字节跳动")],
          ["CLK2022_Defer_throttle_to_when_task_exits_to_user.pdf"]),
        B("15:35", "15:50", "茶歇"),
        T("arch-06", "15:50", "16:15", "对EEVDF的一点优化及思考", [("臧春鑫", "Linux 内核工程师")],
          ["对EEVDF的一点优化及思考v2.pdf"]),
        T("arch-07", "16:15", "16:40", "基于任务调度延迟的balance方案", [("胡璞", "OPPO高级底层软件工程师")],
          ["CLK2022_OPPO_基于任务调度延迟的balance方案.pptx"]),
        T("arch-08", "16:40", "17:05", "EEVDF 调度器在云服务器上的延迟评估", [("孙明远", "腾讯云内核工程师")]),
        T("arch-09", "17:05", "17:30", "基于 uclamp 的终端设备调度优化", [("欧阳琳", "小米系统软件工程师")]),
    ]),
    ("内存管理与异构计算分论坛", ("周欣", "浙江大学 副研究员"), [
        T("mem-01", "13:30", "13:55", "降低 shrinker 的锁开销", [("郑琦", "字节跳动内核工程师")],
          ["CLK22-Shrinking-Shrinker-Locking-Overhead.pptx"]),
        T("mem-02", "13:55", "14:20", "Large folio for anonymous mapping", [("殷锋卫", "英特尔")],
          ["Large folio for anonymous mapping.pptx"]),
        T("mem-03", "14:20", "14:45", "PMR：并行内存回收的设计与实践", [("李文通", "OPPO高级底层软件工程师")],
          ["CLK_22_PMR.pdf"]),
        T("mem-04", "14:45", "15:10", "mmap_lock和anon_vma lock contention优化", [("李杨欧文", "OPPO 底层软件工程师")],
          ["CLK'22-mmap_lock和anon_vma lock contention优化_OPPO_李杨欧文.pdf"]),
        T("mem-05", "15:10", "15:35", "ZRAM 多压缩算法效率实践与评估", [("汪劼文", "vivo性能优化")],
          ["zram多压缩算法效率实践与评估16_9.pdf"]),
        B("15:35", "15:50", "茶歇"),
        T("mem-06", "15:50", "16:15", "ZRAM异构压缩技术：基于GPU加速的内存回收方案", [("林芝驰", "vivo性能优化工程师")],
          ["2022_CLK_ZRAM异构压缩技术- 基于GPU加速的内存回收方案_vivo_林芝驰.pdf"]),
        T("mem-07", "16:15", "16:40", "ZCACHE：异步文件压缩缓存管理方案", [("林泽生", "vivo性能优化工程师")],
          ["ZCACHE：异步文件压缩缓存管理方案.pdf"]),
        T("mem-08", "16:40", "17:05", "XMFS：跨节点池化共享文件系统", [("乔一凡", "华为操作系统部")],
          ["CLK2022_华为_XMFS跨节点池化共享文件系统.pdf"]),
        T("mem-09", "17:05", "17:30", "CXL 内存池化与分层的内核支持", [("严峻", "阿里云内核专家")]),
    ]),
    ("IO 与 ebpf 分论坛", ("孙涛", "阿里云 技术专家"), [
        T("io-01", "13:30", "13:50", "Uncached buffer IO 探索与在 f2fs 上的支持", [("韩棋", "vivo 存储系统工程师")],
          ["Uncached buffer IO探索与在f2fs上的支持1.1.pdf"]),
        T("io-02", "13:50", "14:10", "EROFS 压缩文件 Direct I/O 的探索和支持",
          [("郭纯海", "vivo文件系统工程师"), ("杨晨志", "vivo文件系统工程师")],
          ["2022_CLK_EROFS压缩文件Direct IO的探索和支持_vivo_郭纯海.pdf"]),
        T("io-03", "14:10", "14:30", "F2FS Large Folios 新进展：针对压缩文件和私有状态的原创设计与实现",
          [("赵南哲", "南京工业大学")], ["F2FS Large Folios新进展.pdf"]),
        T("io-04", "14:30", "14:50", "文件系统 writeback 的并行化",
          [("王誉霏", "vivo 存储系统工程师"), ("张细锐", "vivo 存储系统工程师")],
          ["CLK2022_Parallelizing_filesystem_writeback.pdf"]),
        T("io-05", "14:50", "15:10", "MD RAID无锁位图优化机制",
          [("郑琪星", "华为 OS内核实验室"), ("余快", "华为 OS内核实验室")],
          ["1210-3-clk_2022-MD RAID无锁位图优化机制.pdf"]),
        T("io-06", "15:10", "15:30", "EXT4块分配可扩展性优化", [("李保坤", "华为操作系统部")],
          ["EXT4块分配可扩展性优化_华为_李保坤.pdf"]),
        B("15:30", "15:45", "茶歇"),
        T("io-07", "15:45", "16:05", "Energy-Efficient I/O：Block层约束设备频率的探索与支持",
          [("王建政", "vivo 存储系统工程师")], ["CLK_22_EEIO.pdf"]),
        T("io-08", "16:05", "16:25", "EROFS 在容器镜像按需加载中的实践", [("陶然", "蚂蚁集团技术专家")]),
        T("io-09", "16:25", "16:45", "基于eBPF的大模型性能分析及慢节点检测", [("程书意", "阿里云")],
          ["eBPF大模型性能分析-clk2022-程书意-阿里云.pdf"]),
        T("io-10", "16:45", "17:05", "基于eBPF支持自定义低功耗策略的cpuidle_ext框架", [("林义凯", "vivo")],
          ["基于eBPF支持自定义低功耗策略的cpuidle_ext框架.pdf"]),
        T("io-11", "17:05", "17:25", "使用MPTCP实现网络加速", [("唐葛亮", "网络协议栈工程师")],
          ["CLK22-MPTCP-Network-Acceleration.pdf"]),
        T("io-12", "17:25", "17:45", "基于 eBPF 的容器网络可观测性", [("龚洁", "腾讯高级工程师")]),
    ]),
]
INTRO = ("中国 Linux 内核开发者大会（CHINA LINUX KERNEL，CLK）举办至今已是第 17 届，由清华大学、Intel、华为、阿里云、"
         "富士通南大、迪捷软件、腾讯云、OPPO、字节跳动、vivo、蚂蚁集团、龙芯中科等企业发起，以“自由，协作，创新”为理念，"
         "以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会采用线下与线上直播"
         "相结合的方式举办，诚邀广大 Linux 开发者和爱好者参加。")
UNITS = ["清华大学", "Intel", "华为", "阿里云", "腾讯云", "OPPO", "字节跳动", "vivo"]

# ---------------------------------------------------------------------------
# Drawing: the organisers' near-black family (as their 2023 image): logo lines, 'CLK 2022' at the
# top right, '第17届中国' over 'Linux内核开发者大会', a date pill, the address, a framed
# introduction, '大会议程' over a hollow 'AGENDA'; each forum a heading (a number box before the
# three afternoon forums), '主持人：name　unit' and a teal bar; each talk a row: the range at the
# left, a timeline with a dot, the title in teal, then per speaker the name in white and the
# 'company job' line small beside it; breaks in a blue band; the round table with '主持人：' and
# '嘉宾：' over its people.
W = 1600
X0, X1 = 72, W - 72
TL = X0 + 330  # the timeline
CX = TL + 44  # the talks' column
CW = X1 - CX
WHITE, TEAL, CYAN, VIO = (255, 255, 255), (0, 232, 214), (120, 200, 255), (206, 128, 255)
GREY, BAND, LINE = (196, 204, 226), (22, 44, 110), (60, 96, 200)


def wrap(d, text, f, maxw):
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
    lines, cur = [], ""
    tokens, word = [], ""
    for ch in text:  # Latin words (and their trailing space) stay whole, each CJK character is a token
        if ch.isascii() and not ch.isspace():
            word += ch
            continue
        if word:
            tokens.append(word)
            word = ""
        tokens.append(ch)
    if word:
        tokens.append(word)
    for tok in tokens:
        if not cur or tw(d, (cur + tok).rstrip(), f) <= maxw or tok in "）)、，。：；！？”》":
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


def glow(im, cx, cy, r, col, strength):
    """A soft light blob (the organisers' posters glow): a blurred disc screened onto the picture."""
    lay = Image.new("RGB", im.size, (0, 0, 0))
    ImageDraw.Draw(lay).ellipse([cx - r, cy - r, cx + r, cy + r], fill=tuple(int(c * strength) for c in col))
    small = lay.resize((max(1, im.size[0] // 8), max(1, im.size[1] // 8)), Image.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(r / 16))
    return ImageChops.screen(im, small.resize(im.size, Image.BILINEAR))


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


def logo_lines(d, x, y, k):
    """The organisers' logo lines: a mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 34 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=TEAL, width=round(5 * k))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=TEAL)
    d.text((x + 2 * r + 16 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(21 * k), True), fill=WHITE)
    d.text((x + 2 * r + 16 * k, y + 36 * k), "中国内核开发者大会", font=font(round(20 * k)), fill=WHITE)


def number_box(d, x, y, text, h=64):
    """A slanted box holding a forum's number ('01'), as the organisers' headings have it."""
    f = font(round(h * 0.62), True)
    w = tw(d, text, f) + h * 0.9
    sl = h * 0.28
    d.polygon([(x + sl, y), (x + w + sl, y), (x + w, y + h), (x, y + h)], fill=TEAL)
    ctext(d, x + sl / 2 + w / 2, y + h * 0.1, text, f, (8, 16, 48))
    return x + w + sl


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


def person(d, y, name, line):
    """One speaker line: the name in white, 'company job' small in cyan beside it."""
    fn = font(33, True)
    d.text((CX, y), name, font=fn, fill=WHITE)
    lx = CX + max(tw(d, name, fn), 104) + 24
    d.text((lx, y + 9), fits(d, line, font(24), X1 - lx), font=font(24), fill=CYAN)
    return y + 52


def slot(d, y, s):
    if s["kind"] == "break":
        d.rectangle([X0, y, X1, y + 78], fill=BAND)
        d.text((X0 + 24, y + 14), rng(s), font=font(36, True), fill=WHITE)
        d.text((CX, y + 12), s["title"], font=font(38, True), fill=TEAL)
        return y + 78 + 52
    d.text((X0, y + 2), rng(s), font=font(34, True), fill=WHITE)
    d.ellipse([TL - 9, y + 19, TL + 9, y + 37], fill=TEAL)
    for ln in wrap(d, s["title"], font(38, True), CW):
        d.text((CX, y), ln, font=font(38, True), fill=TEAL)
        y += 56
    y += 6
    if s["panel"]:
        for label, people in (("主持人：", s["sp"][:1]), ("嘉　宾：", s["sp"][1:])):
            d.text((CX, y), label, font=font(34, True), fill=VIO)
            y += 52
            for name, line in people:
                y = person(d, y, name, line)
    else:
        for name, line in s["sp"]:
            y = person(d, y, name, line)
    return y + 44


def paint(im, d):
    logo_lines(d, X0, 56, 1.5)
    rtext(d, X1 - 150, 48, "CLK", font(92, True), WHITE)
    rtext(d, X1, 44, "2022", font(46, True), TEAL)
    for i in range(4):  # the rings behind 'CLK 2022'
        d.arc([X1 - 430 - i * 22, 8 - i * 14, X1 + 30 + i * 22, 190 + i * 14], 190, 350, fill=(40, 80, 170), width=2)
    d.text((X0, 250), "第17届中国", font=font(120, True), fill=WHITE)
    d.text((X0, 400), "Linux内核开发者大会", font=font(120, True), fill=WHITE)
    pill = "2022年12月10日（周六）｜ 杭州 · 线上同步直播"
    pf = font(42, True)
    d.rectangle([X0, 600, X0 + tw(d, pill, pf) + 64, 680], outline=WHITE, width=3)
    d.text((X0 + 32, 612), pill, font=pf, fill=WHITE)
    d.text((X0, 720), "地址：浙江大学玉泉校区 邵逸夫科学馆报告厅", font=font(40, True), fill=WHITE)
    y = 1120
    top = y
    y = top + 44
    for ln in wrap(d, INTRO, font(30), X1 - X0 - 100):
        d.text((X0 + 50, y), ln, font=font(30), fill=GREY)
        y += 52
    y += 30
    d.rectangle([X0, top, X1, y], outline=(70, 110, 210), width=3)
    y += 240
    d.text((W / 2 - tw(d, "AGENDA", font(180, True)) / 2, y - 60), "AGENDA", font=font(180, True), fill=(8, 14, 40),
           stroke_width=3, stroke_fill=(40, 150, 170))
    ctext(d, W / 2, y, "大会议程", font(96, True), WHITE)
    y += 260
    for k, (name, host, slots) in enumerate(FORUMS):
        x = X0
        if k:
            x = number_box(d, X0, y + 12, "%02d" % k) + 24
        d.text((x, y), name, font=font(64, True), fill=WHITE)
        y += 104
        d.text((X0, y), "主持人：", font=font(32, True), fill=VIO)
        d.text((X0 + tw(d, "主持人：", font(32, True)), y), host[0] + "　" + host[1], font=font(32), fill=WHITE)
        y += 62
        d.rectangle([X0, y, X1, y + 14], fill=TEAL)
        y += 60
        row0 = y
        for s in slots:
            y = slot(d, y, s)
        d.line([(TL, row0), (TL, y - 40)], fill=LINE, width=3)
        y += 90
    ctext(d, W / 2, y, "支持单位", font(60, True), WHITE)
    y += 110
    bw, bh = (X1 - X0 - 3 * 28) / 4, 92
    for i, u in enumerate(UNITS):
        bx, by = X0 + (i % 4) * (bw + 28), y + (i // 4) * (bh + 24)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=WHITE)
        ctext(d, bx + bw / 2, by + 20, u, font(40, True), (16, 28, 80))
    y += 2 * (bh + 24) + 70
    qrcode(d, W / 2 - 150, y, 300, 2022)
    ctext(d, W / 2, y + 330, "扫码观看直播", font(48, True), WHITE)
    ctext(d, W / 2, y + 410, "主办：中国Linux内核开发者大会组委会　承办：浙江大学计算机科学与技术学院", font(30), GREY)
    return y + 500


def background(w, h):
    """The header glows and swirls; the agenda below sits on a plain dark page, as on the organisers' images."""
    im = Image.new("RGB", (w, h), (7, 9, 30))
    head = vgrad(w, 2000, (14, 18, 52), (7, 9, 30))
    head = glow(head, 1250, 900, 420, (140, 70, 255), 0.6)
    head = glow(head, 1050, 1000, 300, (0, 210, 200), 0.45)
    head = glow(head, 150, 1500, 360, (60, 90, 255), 0.3)
    im.paste(head, (0, 0))
    d = ImageDraw.Draw(im)
    for i in range(14):  # the swirl of the organisers' header, in lines
        r = 260 + i * 26
        d.arc([1180 - r * 1.6, 960 - r * 0.55, 1180 + r * 1.6, 960 + r * 0.55], 150, 390,
              fill=(40 + i * 6, 60 + i * 5, 170 + i * 4), width=2)
    d.ellipse([1080, 820, 1340, 1080], fill=(70, 60, 190))
    for k, yy in enumerate(range(3400, h - 900, 2400)):  # a neon streak at the page's edge now and then
        x = w - 14 if k % 2 else 6
        d.line([(x, yy), (x, yy + 700)], fill=(110, 70, 255) if k % 2 else (0, 170, 170), width=8)
    return im


def draw():
    strip = Image.new("RGB", (W, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(W, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def truth():
    talks, decks = [], {}
    for name, _, slots in FORUMS:
        for s in slots:
            if s["kind"] != "talk":
                continue
            talks.append({"id": s["id"], "title": s["title"], "forum": name, "start": s["start"], "end": s["end"],
                          "speakers": [sp[0] for sp in s["sp"]]})
            for f in s["files"]:
                assert f not in decks, f
                decks[f] = s["id"]
    assert len({t["id"] for t in talks}) == len(talks)
    return {"date": DATE, "talks": talks, "decks": dict(sorted(decks.items()))}


def main():
    im = draw()
    path = os.path.join(HERE, "2022clk.png")
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    assert 1400 <= im.size[0] <= 1800 and 1_000_000 <= size <= 1_600_000, (im.size, size)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth(), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%s: %d x %d, %d bytes" % (path, im.size[0], im.size[1], size))


if __name__ == "__main__":
    main()
