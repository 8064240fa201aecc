"""Draw matching-blind-2's agenda poster, 2022clk.png, and write truth.json (deterministic, Pillow only).

Run:  python draw.py   -> writes 2022clk.png and truth.json next to this file.

The set tests the MATCHING of a CLK2022-like repository's decks to the talks of its one agenda picture,
so the poster is easy to read (large type on a calm background) and every string it prints comes from
FORUMS below: the picture and truth.json cannot drift apart.  The style is the organisers' family as
their CLK2024 image has it (royal blue, logo lines, '第N届中国 / Linux内核开发者大会', a date pill, the
address, an introduction between corner brackets, a '大会议程' pill; each forum a heading with
'主持人：name' at its right over the unit; each talk a row: the range at the left, a dot on a timeline,
the title in pale cyan, each speaker in white with 'company job' small beside it; breaks in a band).
Randomness only from seeded Random instances.
"""

import json
import os
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fonts = {}

DATE = "2022-11-26"  # a Saturday
W = 1600
X0, X1 = 64, W - 64
TIME_X, LINE_X, TEXT_X = 84, 404, 444

WHITE = (255, 255, 255)
CYAN = (118, 232, 255)
PALE = (196, 216, 255)
DOT = (92, 224, 255)
BAND = (56, 118, 236)
RULE = (120, 190, 255)


def font(size, bold=False):
    path = FD + "NotoSansCJK-%s.ttc" % ("Bold" if bold else "Regular")
    if (path, size) not in _fonts:
        _fonts[path, size] = ImageFont.truetype(path, size, index=SC)
    return _fonts[path, size]


def tw(d, text, f):
    b = d.textbbox((0, 0), text, font=f)
    return b[2] - b[0]


# ---------------------------------------------------------------------------
# The programme.  A talk: T(id, start, end, title, [(name, 'company job'), ...], decks=[file names]).
# A break: B(start, end, title).  Names as the decks' title pages give them; a two-character Chinese
# name is printed with an ideographic space between its characters (潘　睿), as the organisers print
# it; truth.json gives every name without spaces, Latin names keep theirs.


def T(tid, start, end, title, speakers, decks=(), panel=False):
    return {
        "kind": "talk",
        "id": tid,
        "start": start,
        "end": end,
        "title": title,
        "sp": speakers,
        "decks": list(decks),
        "panel": panel,
    }


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title}


FORUMS = [
    (
        "主论坛",
        None,
        ("陈立峰", "西安电子科技大学计算机科学与技术学院教授"),
        [
            B("09:00", "09:05", "开场"),
            T("main-01", "09:05", "09:20", "嘉宾致辞", [("秦立新", "西安电子科技大学副校长")]),
            T(
                "main-02",
                "09:20",
                "09:50",
                "云平台热迁移技术优化与实践",
                [("潘睿", "腾讯云虚拟化技术专家")],
                ["云平台热迁移技术优化与实践v1.3.pptx"],
            ),
            T(
                "main-03",
                "09:50",
                "10:20",
                "Decoding Kernel Callstacks with MCP Tools",
                [("Gavin Guo", "Igalia")],
                ["Decoding Kernel Callstacks with MCP Tools.pdf"],
            ),
            T(
                "main-04",
                "10:20",
                "10:50",
                "Improvements to Eppic and Rust support in the crash-utility",
                [("Lianbo Jiang", "红帽高级工程师")],
                ["CLK2022_Improvements_to_Eppic_and_Rust_support_in_the_crash-utility.pdf"],
            ),
            B("10:50", "11:05", "茶歇"),
            T(
                "main-05",
                "11:05",
                "11:35",
                "Container Migration with Intel DSA",
                [("吴江波", "英特尔系统软件部 软件工程师")],
                ["CLK2022_英特尔_基于DSA的容器迁移.pptx"],
            ),
            T(
                "main-06",
                "11:35",
                "12:05",
                "Kmalloc Randomization: A New Mitigation against Heap Spraying",
                [("龚睿奇", "华为操作系统高级工程师")],
                ["Kmalloc随机化：一种新的堆喷攻击缓解手段.pptx"],
            ),
            T(
                "main-07",
                "12:05",
                "12:45",
                "圆桌论坛：国产操作系统内核的开源协同之路",
                [
                    ("许志伟", "开放原子开源基金会 技术监督委员会委员"),
                    ("梁晨", "华为 openEuler 内核专家"),
                    ("邵振宇", "阿里云 龙蜥社区技术委员"),
                    ("田文婷", "字节跳动 STE 内核团队负责人"),
                    ("戴明", "统信软件 内核研发总监"),
                ],
                panel=True,
            ),
            B("12:45", "13:30", "午餐"),
        ],
    ),
    (
        "处理器架构与调度分论坛",
        "01",
        ("邵宏", "龙芯中科内核团队负责人"),
        [
            T(
                "arch-01",
                "13:30",
                "14:05",
                "ARM64 SPE在NUMA balancing和DAMON中的实践",
                [("左泽", "华为OS内核实验室")],
                ["ARM64 SPE在NUMA balancing和DAMON中的实践.pptx"],
            ),
            T(
                "arch-02",
                "14:05",
                "14:40",
                "动态大页：基于ARM64 Contiguous PTE的HugePage/Large Folios技术",
                [("韩传华", "OPPO高级底层软件工程师")],
                ["2022_CLK_动态大页- 基于ARM64 Contiguous PTE的HugePage_Large Folios技术_OPPO_韩传华.pptx"],
            ),
            T(
                "arch-03",
                "14:40",
                "15:15",
                "RISC-V 向量扩展在内核中的上下文切换优化",
                [("陆一鸣", "平头哥半导体 内核工程师")],
            ),
            B("15:15", "15:30", "茶歇"),
            T(
                "arch-04",
                "15:30",
                "16:05",
                "利用内核新 tracer（osnoise、timerlat）定位延迟毛刺",
                [("赵桥", "Red Hat")],
                ["New kernel tracer to locate the latency spike-CLK2022.pptx"],
            ),
            T(
                "arch-05",
                "16:05",
                "16:40",
                "向linux内核社区引入objtrace",
                [("谢欢", "SUSE")],
                ["向内核社区引入objtrace16_9.pptx"],
            ),
            T(
                "arch-06",
                "16:40",
                "17:15",
                "sched_ext：可编程调度器在云原生场景的实践",
                [("付嘉", "腾讯云 内核工程师")],
            ),
        ],
    ),
    (
        "内存管理与异构计算分论坛",
        "02",
        ("温晓青", "字节跳动 STE 内存方向负责人"),
        [
            T(
                "mem-01",
                "13:30",
                "14:05",
                "Maple Tree 的复制算法",
                [("张鹏", "字节跳动Linux内核工程师")],
                ["CLK22-Duplicating-Maple-Tree.pptx"],
            ),
            T(
                "mem-02",
                "14:05",
                "14:40",
                "shrink_slabd：异步slab shrinker以减少内存回收延迟",
                [("李培锋", "OPPO 高级底层软件工程师")],
                ["shrink_slabd-clk2022-李培锋-OPPO.pptx", "clk2022_shrink_slabd.pptx.pdf"],
            ),
            T(
                "mem-03",
                "14:40",
                "15:15",
                "针对page映射频度和lock contention的LRU回收优化",
                [("李培锋", "OPPO 高级底层软件工程师")],
                ["1126-3-clk_2022-针对page映射频度和lock contention的LRU回收优化.pptx"],
            ),
            B("15:15", "15:30", "茶歇"),
            T("mem-04", "15:30", "16:05", "MGLRU 在移动终端上的调优实践", [("冉秋实", "vivo 内核工程师")]),
            T(
                "mem-05",
                "16:05",
                "16:40",
                "异步内存回收新思路探索——基于冷热文件的冷热区域精准的回收冷文件页page",
                [("胡俊鹏", "OPPO 高级后端工程师")],
                ["异步内存回收新思路探索_OPPO_胡俊鹏.pptx"],
            ),
            T(
                "mem-06",
                "16:40",
                "17:15",
                "基于 HMM 的 GPU 显存与系统内存统一管理",
                [("俞桐", "海光信息 内核工程师")],
            ),
        ],
    ),
    (
        "IO 与 ebpf 分论坛",
        "03",
        ("任嘉宁", "蚂蚁集团 操作系统技术专家"),
        [
            T(
                "io-01",
                "13:30",
                "14:00",
                "iomap：f2fs转向iomap的探索及实践",
                [("李扬韬", "vivo文件系统工程师")],
                ["CLK'22-iomap：f2fs转向iomap的探索及实践_vivo_李扬韬.pptx"],
            ),
            T(
                "io-02",
                "14:00",
                "14:30",
                "Fallocate Write Zeroes：垂直零化文件预分配",
                [("张翼", "华为 欧拉突击队")],
                ["CLK2022_Fallocate_Write_Zeroes.pdf"],
            ),
            T(
                "io-03",
                "14:30",
                "15:00",
                "TrIO：利用IO轨迹加速容器冷启动",
                [("黎红波", "华为OS内核实验室")],
                ["TrIO-clk2022-黎红波-华为.pdf"],
            ),
            T(
                "io-04",
                "15:00",
                "15:30",
                "io_uring 零拷贝接收在存储网关中的应用",
                [("闫欣", "京东 存储内核工程师")],
            ),
            B("15:30", "15:45", "茶歇"),
            T(
                "io-05",
                "15:45",
                "16:15",
                "基于eBPF的FUSE优化实践",
                [("何鲁港", "统信软件 终端操作系统产线")],
                ["CLK_22_BPFuse.pptx"],
            ),
            T(
                "io-06",
                "16:15",
                "16:45",
                "BPF用户态回溯lib和持续Profiling系统",
                [("章雨宸", "字节跳动")],
                ["2022_CLK_BPF用户态回溯lib和持续Profiling系统_字节跳动_章雨宸.pdf"],
            ),
            T("io-07", "16:45", "17:15", "基于 eBPF 的块设备 IO 延迟分析", [("宋涵", "蚂蚁集团 内核工程师")]),
        ],
    ),
]

INTRO = [
    "“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL, CLK）举办至今已第17届，由清华大学、Intel、华为、"
    "阿里云、富士通南大、迪捷软件、腾讯云、OPPO、字节跳动、vivo、蚂蚁集团、龙芯中科等单位发起，以“自由 协作 "
    "创新”为理念，以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。",
    "本次大会由西安电子科技大学承办，上午为主论坛，下午处理器架构与调度、内存管理与异构计算、IO 与 ebpf "
    "三个分论坛同时进行，全程线上同步直播。",
]
UNITS = [
    "清华大学",
    "Intel",
    "华为",
    "阿里云",
    "富士通南大",
    "迪捷软件",
    "腾讯云",
    "OPPO",
    "字节跳动",
    "vivo",
    "蚂蚁集团",
    "龙芯中科",
    "Red Hat",
    "SUSE",
    "统信软件",
    "openEuler",
    "龙蜥社区",
    "CSDN",
]


def printed(name):
    """A name as the poster prints it: two Chinese characters get an ideographic space between them."""
    if len(name) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return name[0] + "\u3000" + name[1]
    return name


# ---------------------------------------------------------------------------
# Drawing helpers.


def wrap(d, text, f, maxw):
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
    tokens, word = [], ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in "_-./'+"):
            word += ch
            continue
        if word:
            tokens.append(word)
            word = ""
        tokens.append(ch)
    if word:
        tokens.append(word)
    lines, cur = [], ""
    for tok in tokens:
        if not cur or tw(d, cur + tok, f) <= maxw or tok in "）)、，。：；！？”》":
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    lines.append(cur.rstrip())
    return lines


def wrap_even(d, text, f, maxw):
    """Wrap as a designer would: after a '：' or '——' when both halves fit, else into even lines."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2:
        return lines
    for sep in ("：", "——", ": "):
        head, found, tail = text.partition(sep)
        if found and tw(d, head + found, f) <= maxw and len(wrap(d, tail, f, maxw)) == len(lines) - 1:
            return [(head + found).rstrip(), *wrap(d, tail, f, maxw)]
    lo, hi = 1, maxw
    while lo < hi:
        mid = (lo + hi) // 2
        if len(wrap(d, text, f, mid)) <= len(lines):
            hi = mid
        else:
            lo = mid + 1
    return wrap(d, text, f, lo)


def vgrad(w, h, c1, c2):
    im = Image.new("RGB", (w, h), c1)
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / max(1, h - 1)
        d.line([(0, y), (w, y)], fill=tuple(round(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))
    return im


def glow(im, cx, cy, r, col, strength):
    """A soft light blob screened onto the picture (the organisers' posters glow)."""
    lay = Image.new("RGB", (im.size[0] // 8, im.size[1] // 8), (0, 0, 0))
    s = r / 8
    ImageDraw.Draw(lay).ellipse(
        [cx / 8 - s, cy / 8 - s, cx / 8 + s, cy / 8 + s], fill=tuple(int(c * strength) for c in col)
    )
    lay = lay.filter(ImageFilter.GaussianBlur(s / 2))
    return ImageChops.screen(im, lay.resize(im.size, Image.BILINEAR))


def slanted(im, x, y, text, f, fill, slant=0.18, stroke=0):
    """Text leaning right, as the organisers' headings are drawn: rendered apart, sheared, pasted."""
    d = ImageDraw.Draw(im)
    b = d.textbbox((0, 0), text, font=f, stroke_width=stroke)
    w, h = b[2] + 8 + stroke, b[3] + 8 + stroke
    pad = int(h * slant) + 4
    mask = Image.new("L", (w + pad, h), 0)
    ImageDraw.Draw(mask).text((pad, 0), text, font=f, fill=255, stroke_width=stroke, stroke_fill=255)
    mask = mask.transform(mask.size, Image.AFFINE, (1, slant, 0, 0, 1, 0), resample=Image.BICUBIC)
    im.paste(Image.new("RGB", mask.size, fill), (int(x) - pad, int(y)), mask)
    return x + w


def logo_lines(d, x, y, k=1.0):
    """The organisers' logo: a flame-like mark beside 'CHINA LINUX KERNEL' over the conference's name."""
    d.ellipse([x, y + 4 * k, x + 40 * k, y + 84 * k], outline=WHITE, width=max(2, round(4 * k)))
    d.ellipse([x + 10 * k, y + 18 * k, x + 30 * k, y + 78 * k], fill=CYAN)
    d.text((x + 58 * k, y + 8 * k), "CHINA LINUX KERNEL", font=font(round(24 * k), True), fill=WHITE)
    d.text((x + 58 * k, y + 46 * k), "中国Linux内核开发者大会", font=font(round(24 * k), True), fill=WHITE)


def seal(d, x, y, r):
    """A round university seal: rings and ticks, no lettering."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=WHITE, width=4)
    d.ellipse([x - r + 12, y - r + 12, x + r - 12, y + r - 12], outline=WHITE, width=2)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=WHITE, width=3)


def pin(d, x, y, s, fill):
    """A map pin drawn in shapes (the fonts have no pin glyph)."""
    d.ellipse([x, y, x + s, y + s], fill=fill)
    d.polygon(
        [(x + s * 0.12, y + s * 0.7), (x + s * 0.88, y + s * 0.7), (x + s / 2, y + s * 1.45)], fill=fill
    )
    d.ellipse([x + s * 0.32, y + s * 0.3, x + s * 0.68, y + s * 0.66], fill=BAND)


def qrcode(d, x, y, size, seed):
    """A QR-looking square (three finder patterns, seeded modules; it encodes nothing)."""
    rnd = random.Random(seed)
    n, m = 25, size / 25
    d.rectangle([x - 10, y - 10, x + size + 10, y + size + 10], fill=WHITE)
    for r in range(n):
        for c in range(n):
            finder = (r < 8 and c < 8) or (r < 8 and c >= n - 8) or (r >= n - 8 and c < 8)
            if not finder and rnd.random() < 0.5:
                d.rectangle(
                    [x + c * m, y + r * m, x + (c + 1) * m - 0.5, y + (r + 1) * m - 0.5], fill=(16, 24, 60)
                )
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        X, Y = x + fx * m, y + fy * m
        d.rectangle([X, Y, X + 7 * m, Y + 7 * m], fill=(16, 24, 60))
        d.rectangle([X + m, Y + m, X + 6 * m, Y + 6 * m], fill=WHITE)
        d.rectangle([X + 2 * m, Y + 2 * m, X + 5 * m, Y + 5 * m], fill=(16, 24, 60))


def corner_box(d, x0, y0, x1, y1, arm=56):
    """The introduction's frame: a pale panel with bright corner brackets."""
    d.rectangle([x0, y0, x1, y1], fill=(58, 104, 226))
    for cx, cy, sx, sy in ((x0, y0, 1, 1), (x1, y0, -1, 1), (x0, y1, 1, -1), (x1, y1, -1, -1)):
        d.line([(cx, cy), (cx + sx * arm, cy)], fill=CYAN, width=10)
        d.line([(cx, cy), (cx, cy + sy * arm)], fill=CYAN, width=10)


# ---------------------------------------------------------------------------
# The poster.

F_TIME = font(40, True)
F_TITLE = font(46, True)
F_NAME = font(40, True)
F_AFF = font(27)
F_LABEL = font(36, True)
TITLE_W = X1 - TEXT_X - 10


def speaker_line(d, y, name, affiliation):
    """A speaker: the name in white, 'company job' small beside it."""
    shown = printed(name)
    d.text((TEXT_X, y), shown, font=F_NAME, fill=WHITE)
    ax = TEXT_X + max(tw(d, shown, F_NAME), tw(d, "国国国", F_NAME)) + 24
    assert ax + tw(d, affiliation, F_AFF) <= X1, affiliation
    d.text((ax, y + 12), affiliation, font=F_AFF, fill=PALE)
    return y + 58


def slot(d, y, s):
    """One row of a forum: a break band, or a talk with its title and speakers.  Returns the y under it."""
    if s["kind"] == "break":
        d.rectangle([TIME_X - 20, y, X1, y + 76], fill=BAND)
        d.text((TIME_X, y + 12), "{}-{}".format(s["start"], s["end"]), font=F_TIME, fill=WHITE)
        d.text((TEXT_X, y + 10), s["title"], font=F_TITLE, fill=WHITE)
        d.ellipse([LINE_X - 9, y + 29, LINE_X + 9, y + 47], fill=DOT)
        return y + 76 + 46
    d.text((TIME_X, y + 4), "{}-{}".format(s["start"], s["end"]), font=F_TIME, fill=WHITE)
    d.ellipse([LINE_X - 9, y + 23, LINE_X + 9, y + 41], fill=DOT)
    for line in wrap_even(d, s["title"], F_TITLE, TITLE_W):
        d.text((TEXT_X, y), line, font=F_TITLE, fill=CYAN)
        y += 66
    y += 2
    if s["panel"]:
        d.text((TEXT_X, y), "主持人：", font=F_LABEL, fill=CYAN)
        y = speaker_line(d, y + 54, *s["sp"][0])
        d.text((TEXT_X, y + 4), "嘉　宾：", font=F_LABEL, fill=CYAN)
        y += 58
        for sp in s["sp"][1:]:
            y = speaker_line(d, y, *sp)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, y, *sp)
    return y + 46


def forum_heading(im, d, y, name, number, host):
    """A forum's heading: a slanted number box, the name leaning right; the host and unit at the right."""
    x = X0
    if number is None:
        for k in range(2):  # the main forum's two arrowheads
            d.polygon([(x + k * 34, y + 22), (x + k * 34 + 30, y + 50), (x + k * 34, y + 78)], fill=CYAN)
        x += 84
    else:
        h = 92
        box = [(x + 24, y + 4), (x + 150, y + 4), (x + 126, y + 4 + h), (x, y + 4 + h)]
        d.polygon(box, fill=CYAN)
        d.line([*box, box[0]], fill=WHITE, width=3)
        slanted(im, x + 30, y + 2, number, font(70, True), (18, 60, 190))
        x += 174
    end = slanted(im, x, y - 8, name, font(74, True), WHITE)
    hx = X1 - max(tw(d, "主持人：" + printed(host[0]), font(38, True)), tw(d, host[1], font(24)))
    assert end + 20 < hx, (name, end, hx)
    d.text((hx, y + 6), "主持人：", font=font(38, True), fill=CYAN)
    d.text((hx + tw(d, "主持人：", font(38, True)), y + 6), printed(host[0]), font=font(38, True), fill=WHITE)
    d.text((hx, y + 64), host[1], font=font(24), fill=PALE)
    y += 118
    d.rectangle([X0, y, X1, y + 5], fill=RULE)
    return y + 54


def paint(im, d):
    logo_lines(d, 70, 56, 1.5)
    seal(d, X1 - 390, 112, 52)
    d.text((X1 - 320, 64), "西安电子科技大学", font=font(44, True), fill=WHITE)
    d.text((X1 - 320, 124), "XIDIAN UNIVERSITY", font=font(22, True), fill=PALE)
    slanted(im, 70, 250, "第17届中国", font(140, True), WHITE)
    slanted(im, 70, 430, "Linux内核开发者大会", font(140, True), WHITE)
    for k, r in enumerate((210, 160, 112)):  # the 'CLK 2022' rings at the right
        d.ellipse([1290 - r, 800 - r, 1290 + r, 800 + r], outline=(110, 200, 255), width=6 - k)
    d.text((1290 - tw(d, "2022", font(34, True)) / 2, 730), "2022", font=font(34, True), fill=WHITE)
    d.text((1290 - tw(d, "CLK", font(92, True)) / 2, 764), "CLK", font=font(92, True), fill=WHITE)
    pill = "2022年11月26日"
    pw = tw(d, pill, font(50, True))
    d.rounded_rectangle([70, 680, 70 + pw + 240, 776], radius=22, outline=CYAN, width=4, fill=(30, 84, 214))
    d.text((104, 694), pill, font=font(50, True), fill=WHITE)
    pin(d, 70 + pw + 64, 700, 38, CYAN)
    d.text((70 + pw + 116, 694), "西安", font=font(50, True), fill=WHITE)
    d.text((70, 836), "地址：西安电子科技大学南校区", font=font(54, True), fill=WHITE)
    d.text((70, 912), "图书馆报告厅（线上同步直播）", font=font(54, True), fill=WHITE)
    intro = [wrap(d, para, font(34), X1 - X0 - 268) for para in INTRO]
    top = 1080
    bottom = top + 64 + sum(58 * len(lines) + 10 for lines in intro) + 44
    corner_box(d, X0 + 40, top, X1 - 40, bottom)
    y = top + 64
    for lines in intro:
        for i, line in enumerate(lines):  # each paragraph indented by two characters
            d.text((X0 + 100 + (68 if i == 0 else 0), y), line, font=font(34), fill=WHITE)
            y += 58
        y += 10
    y = bottom + 110
    d.rounded_rectangle([W / 2 - 300, y, W / 2 + 300, y + 130], radius=26, fill=(64, 200, 250))
    d.rounded_rectangle([W / 2 - 286, y + 12, W / 2 + 286, y + 118], radius=20, outline=WHITE, width=3)
    slanted(
        im, W / 2 - tw(d, "大会议程", font(84, True)) / 2, y + 6, "大会议程", font(84, True), (16, 48, 170)
    )
    y += 130 + 120
    for name, number, host, slots in FORUMS:
        y = forum_heading(im, d, y, name, number, host)
        top = y
        for s in slots:
            y = slot(d, y, s)
        d.line([(LINE_X, top + 10), (LINE_X, y - 40)], fill=RULE, width=3)
        d.rectangle([X0, y, X1, y + 5], fill=RULE)
        y += 150
    slanted(im, W / 2 - tw(d, "支持单位", font(76, True)) / 2, y, "支持单位", font(76, True), WHITE)
    y += 150
    bw, bh, gap = (X1 - X0 - 2 * 36) / 3, 104, 30
    for i, unit in enumerate(UNITS):
        bx, by = X0 + (i % 3) * (bw + 36), y + (i // 3) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=10, outline=WHITE, width=3, fill=(26, 74, 206))
        d.text(
            (bx + bw / 2 - tw(d, unit, font(40, True)) / 2, by + 22), unit, font=font(40, True), fill=WHITE
        )
    y += (len(UNITS) + 2) // 3 * (bh + gap) + 90
    qrcode(d, W / 2 - 150, y, 300, 2022)
    y += 340
    caption = "扫码观看直播"
    d.text((W / 2 - tw(d, caption, font(44, True)) / 2, y), caption, font=font(44, True), fill=WHITE)
    y += 90
    foot = "主办：中国Linux内核开发者大会组委会　承办：西安电子科技大学计算机科学与技术学院"
    d.text((W / 2 - tw(d, foot, font(28)) / 2, y), foot, font=font(28), fill=PALE)
    return y + 110


def background(w, h):
    im = vgrad(w, h, (22, 86, 232), (12, 52, 196))
    im.paste(vgrad(w, 1000, (36, 120, 250), (22, 86, 232)), (0, 0))
    im = glow(im, 1300, 760, 420, (60, 220, 255), 0.55)
    im = glow(im, 120, 1500, 380, (80, 160, 255), 0.35)
    for k, yy in enumerate(range(4600, h - 800, 4600)):  # a few faint lights down the programme
        im = glow(im, 1450 if k % 2 else 150, yy, 480, (40, 200, 255), 0.2)
    d = ImageDraw.Draw(im)
    for i in range(14):  # the flowing lines of the header
        d.arc(
            [600 - i * 30, 300 + i * 22, 2300 + i * 30, 1300 + i * 14], 180, 290, fill=(70, 150, 250), width=2
        )
    for i in range(10):  # and of the foot
        d.arc(
            [-400 + i * 40, h - 900 + i * 30, 2000 + i * 40, h + 400], 200, 340, fill=(60, 140, 245), width=2
        )
    return im


def poster():
    strip = Image.new("RGB", (W, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(W, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def truth():
    talks, decks = [], {}
    for name, _number, _host, slots in FORUMS:
        for s in slots:
            if s["kind"] != "talk":
                continue
            talks.append(
                {
                    "id": s["id"],
                    "title": s["title"],
                    "forum": name,
                    "start": s["start"],
                    "end": s["end"],
                    "speakers": [sp[0] for sp in s["sp"]],
                }
            )
            for deck in s["decks"]:
                assert deck not in decks, deck
                decks[deck] = s["id"]
    return {"date": DATE, "talks": talks, "decks": dict(sorted(decks.items()))}


def main():
    im = poster()
    path = os.path.join(HERE, "2022clk.png")
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    assert 1_000_000 <= size <= 1_600_000, size
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth(), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"2022clk.png {im.size[0]} x {im.size[1]}, {size} bytes")


if __name__ == "__main__":
    main()
