"""Draw the sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py        -> writes the five PNGs and truth.json next to this file.
Everything printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  No randomness except a seeded Random for texture.
"""
import json
import os
import random
import re

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NOTO_R = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SERIF_R = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
DJ = "/usr/share/fonts/truetype/dejavu/"
SC, MONO_SC = 2, 7

_fc = {}


def font(size, bold=False, mono=False, serif=False, path=None, index=None):
    if path is None:
        if serif:
            path, index = (SERIF_B if bold else SERIF_R), SC
        else:
            path = NOTO_B if bold else NOTO_R
            index = MONO_SC if mono else SC
    key = (path, index, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, size, index=index or 0)
    return _fc[key]


def tw(d, text, f):
    b = d.textbbox((0, 0), text, font=f)
    return b[2] - b[0]


TOKEN = re.compile(r"[（(]?[A-Za-z0-9_\-./:+#'’&]+\s*|\s+|.")


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


def draw_lines(d, xy, lines, f, fill, lh):
    x, y = xy
    for ln in lines:
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def vgrad(w, h, c1, c2):
    im = Image.new("RGB", (w, h), c1)
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / max(1, h - 1)
        c = tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3))
        d.line([(0, y), (w, y)], fill=c)
    return im


def hgrad(w, h, c1, c2):
    im = Image.new("RGB", (w, h), c1)
    d = ImageDraw.Draw(im)
    for x in range(w):
        t = x / max(1, w - 1)
        c = tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3))
        d.line([(x, 0), (x, h)], fill=c)
    return im


def hhmm(t):
    return t


# ---------------------------------------------------------------------------
# data helpers
def T(start, end, title, speakers, host=None):
    return {"kind": "talk", "start": start, "end": end, "title": title,
            "sp": speakers, "host": host}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title,
            "sp": [], "host": None}


def P(start, end, title, guests, host):
    return {"kind": "panel", "start": start, "end": end, "title": title,
            "sp": guests, "host": host}


def truth_slot(s, end_printed=True):
    return {
        "kind": s["kind"],
        "start": s["start"],
        "end": s["end"] if end_printed else None,
        "title": s["title"],
        "speakers": [n.replace(" ", "") for n, _ in s["sp"]],
        "affiliations": [a for _, a in s["sp"]],
        "host": s["host"],
    }


CONF = "第二十一届中国 Linux 内核开发者大会"
CONF_EN = "China Linux Kernel Developers Conference 2026"

# ===========================================================================
# 1. mixed-forum-day-list: one list of a morning, three forums interleaved
FORUMS1 = [
    {"name": "内存管理分论坛", "tag": "内存", "room": "3号厅", "chair": "钟立军",
     "col": (37, 99, 235), "light": (219, 234, 254)},
    {"name": "存储IO分论坛", "tag": "存储IO", "room": "5号厅", "chair": "沈慧敏",
     "col": (5, 150, 105), "light": (209, 250, 229)},
    {"name": "RISC-V分论坛", "tag": "RISC-V", "room": "7号厅", "chair": "高振宇",
     "col": (234, 88, 12), "light": (255, 237, 213)},
]
SLOTS1 = {
    "内存管理分论坛": [
        T("09:00", "09:40", "基于 folio 的页缓存预读改进", [("孙嘉禾", "阿里云")]),
        T("09:40", "10:20", "Per-VMA lock 在多线程缺页中的收益", [("黄子涵", "腾讯")]),
        T("10:40", "11:20", "memory tiering：冷热页识别与降级策略", [("吕思源", "英特尔")]),
        T("11:20", "12:00", "slab 分配器的碎片问题与 sheaves 方案", [("蔡文静", "华为")]),
    ],
    "存储IO分论坛": [
        T("09:00", "09:45", "io_uring 零拷贝接收的设计与实现", [("周明轩", "蚂蚁集团")]),
        T("09:45", "10:20", "Btrfs RAID 条带树的最新进展", [("冯晓宁", "SUSE")]),
        T("10:40", "11:30", "blk-mq 多队列调度在 NVMe SSD 上的瓶颈分析",
          [("邱振华", "三星半导体"), ("陶佳琪", "浪潮信息")]),
    ],
    "RISC-V分论坛": [
        T("09:00", "09:30", "RISC-V 向量扩展的内核上下文切换", [("杜一凡", "中国科学院软件研究所")]),
        T("09:30", "10:00", "AIA 中断架构在 KVM 中的支持", [("韩立新", "平头哥半导体")]),
        T("10:00", "10:20", "Svnapot 大页支持与 TLB 性能", [("程晓峰", "算能科技")]),
        T("10:40", "11:10", "RISC-V 上的 KASAN 与 KFENCE 移植", [("沈悦", "西安电子科技大学")]),
        T("11:10", "11:40", "openEuler RISC-V 内核维护经验", [("罗欣怡", "中国科学院软件研究所")]),
    ],
}
BREAK1 = B("10:20", "10:40", "茶歇 Tea Break")


def poster_mixed():
    W = 1600
    fidx = {f["name"]: i for i, f in enumerate(FORUMS1)}
    rows = []
    for f in FORUMS1:
        for s in SLOTS1[f["name"]]:
            rows.append((s["start"], fidx[f["name"]], f, s))
    rows.append((BREAK1["start"], 99, None, BREAK1))
    rows.sort(key=lambda r: (r[0], r[1]))

    # measure
    tmp = Image.new("RGB", (10, 10))
    dm = ImageDraw.Draw(tmp)
    ft = font(27, bold=True)
    fs = font(25, bold=True)
    fa = font(21)
    fm = font(26, bold=True, mono=True)
    fg = font(22, bold=True)
    X_TIME, X_TAG, X_TITLE, X_SP = 70, 290, 460, 1210
    TITLE_W = X_SP - X_TITLE - 40
    heights = []
    for _, _, f, s in rows:
        if s["kind"] == "break":
            heights.append(64)
            continue
        tl = wrap(dm, s["title"], ft, TITLE_W)
        h1 = len(tl) * 40
        h2 = len(s["sp"]) * 64
        heights.append(max(h1, h2, 64) + 34)
    HEAD, LEG, THEAD = 330, 150, 60
    H = HEAD + LEG + THEAD + sum(heights) + 40 + 120
    im = vgrad(W, H, (246, 248, 251), (236, 241, 247))
    d = ImageDraw.Draw(im)
    # header
    hd = hgrad(W, HEAD, (12, 54, 72), (18, 110, 130))
    im.paste(hd, (0, 0))
    d = ImageDraw.Draw(im)
    for i in range(9):
        d.ellipse([W - 380 + i * 28, -120 + i * 18, W + 200 - i * 10, 300 - i * 6],
                  outline=(60, 160, 175), width=2)
    d.rounded_rectangle([70, 46, 190, 96], 10, fill=(250, 204, 21))
    d.text((86, 50), "CLK", font=font(34, path=DJ + "DejaVuSans-Bold.ttf"), fill=(12, 54, 72))
    d.text((206, 56), "2026", font=font(30, path=DJ + "DejaVuSans-Bold.ttf"), fill=(255, 255, 255))
    d.text((70, 116), CONF, font=font(52, bold=True), fill=(255, 255, 255))
    d.text((70, 192), "分论坛日程总览 · 上午场", font=font(40, bold=True), fill=(250, 204, 21))
    d.text((70, 258), "2026年10月18日（星期日）   上海 · 张江科学会堂", font=font(28), fill=(204, 236, 240))
    # legend
    y = HEAD + 30
    bw = (W - 140 - 40) // 3
    for i, f in enumerate(FORUMS1):
        x = 70 + i * (bw + 20)
        d.rounded_rectangle([x, y, x + bw, y + 96], 12, fill=(255, 255, 255), outline=f["col"], width=2)
        d.rectangle([x, y + 10, x + 8, y + 86], fill=f["col"])
        d.text((x + 26, y + 12), f["name"], font=font(28, bold=True), fill=f["col"])
        d.text((x + 26, y + 54), f"{f['room']}    主持人：{f['chair']}", font=font(23), fill=(71, 85, 105))
    # table header
    y = HEAD + LEG
    d.rectangle([50, y, W - 50, y + THEAD], fill=(30, 41, 59))
    for x, lab in ((X_TIME, "时间"), (X_TAG, "分论坛"), (X_TITLE, "议题"), (X_SP, "演讲嘉宾 / 单位")):
        d.text((x, y + 12), lab, font=font(26, bold=True), fill=(255, 255, 255))
    y += THEAD
    for (st, _, f, s), h in zip(rows, heights):
        if s["kind"] == "break":
            d.rectangle([50, y, W - 50, y + h], fill=(226, 232, 240))
            d.text((X_TIME, y + 16), f"{s['start']}-{s['end']}", font=fm, fill=(100, 116, 139))
            txt = s["title"]
            d.text(((W - tw(d, txt, font(28, bold=True))) // 2, y + 13), txt,
                   font=font(28, bold=True), fill=(71, 85, 105))
            y += h
            continue
        d.rectangle([50, y, W - 50, y + h], fill=(255, 255, 255))
        d.line([(50, y + h - 1), (W - 50, y + h - 1)], fill=(226, 232, 240), width=2)
        d.rectangle([50, y, 56, y + h - 2], fill=f["col"])
        d.text((X_TIME, y + 20), f"{s['start']}-{s['end']}", font=fm, fill=(30, 41, 59))
        tag = f["tag"]
        tgw = tw(d, tag, fg) + 32
        d.rounded_rectangle([X_TAG, y + 18, X_TAG + tgw, y + 56], 19, fill=f["light"])
        d.text((X_TAG + 16, y + 20), tag, font=fg, fill=f["col"])
        tl = wrap(d, s["title"], ft, TITLE_W)
        draw_lines(d, (X_TITLE, y + 16), tl, ft, (15, 23, 42), 40)
        yy = y + 14
        for n, a in s["sp"]:
            d.text((X_SP, yy), n, font=fs, fill=(15, 23, 42))
            d.text((X_SP, yy + 34), a, font=fa, fill=(100, 116, 139))
            yy += 64
        y += h
    d.text((70, H - 90), "下午 13:30 起各分论坛议程请见分论坛海报 · 扫码关注“Linux内核之旅”获取最新信息",
           font=font(22), fill=(100, 116, 139))
    d.rectangle([W - 150, H - 110, W - 70, H - 30], outline=(30, 41, 59), width=3)
    rnd = random.Random(61)
    for i in range(8):
        for j in range(8):
            if rnd.random() < 0.5:
                d.rectangle([W - 146 + i * 9, H - 106 + j * 9, W - 138 + i * 9, H - 98 + j * 9], fill=(30, 41, 59))
    im.save(os.path.join(HERE, "mixed-forum-day-list.png"))
    forums = [{"forum": f["name"],
               "slots": [truth_slot(dict(s, host=f["chair"]) if s["kind"] == "talk" else s)
                         for s in sorted(SLOTS1[f["name"]] + [BREAK1], key=lambda s: s["start"])]}
              for f in FORUMS1]
    return {
        "file": "mixed-forum-day-list.png",
        "layout": ("1600 px morning overview of THREE forums in ONE time-sorted table "
                   "时间 | 分论坛 | 议题 | 演讲嘉宾/单位: each row has the range '09:00-09:40' in mono, a coloured "
                   "forum tag pill (内存 / 存储IO / RISC-V, short names), the title, then name (bold) over "
                   "affiliation; rows of different forums interleave (three rows start at 09:00); a legend "
                   "box per forum above the table gives full forum name, room and 主持人; one shared tea-break "
                   "row (listed as a break in every forum); one talk with two speakers stacked; forums run "
                   "different slot lengths (RISC-V 30 min)."),
        "date": "2026-10-18",
        "forums": forums,
    }


# ===========================================================================
# 2. numbered-speakers-box: titles with ①.., speakers in a box below; start times only
CHAIR2 = "唐国庆"
SLOTS2 = [
    T("13:30", None, "补丁审查自动化：从 checkpatch 到大模型", [("郑浩然", "统信软件 高级工程师")], CHAIR2),
    T("14:00", None, "Rust for Linux 驱动开发实战", [("贾书瑶", "清华大学")], CHAIR2),
    T("14:30", None, "kdump 与 vmcore 分析工具链的演进", [("石鹏飞", "红帽")], CHAIR2),
    T("15:00", None, "内核启动时间优化：从 initcall 到 async probe", [("袁小雨", "小米")], CHAIR2),
    B("15:30", None, "茶歇"),
    T("15:45", None, "KernelCI 在国产硬件上的部署实践", [("范建国", "麒麟软件"), ("江雨桐", "麒麟软件")], CHAIR2),
    T("16:15", None, "eBPF 在内核测试覆盖率统计中的应用", [("潘一鸣", "vivo")], CHAIR2),
    T("16:45", None, "Linux 内核文档翻译与社区协作", [("何静怡", "北京大学")], CHAIR2),
    P("17:15", None, "圆桌讨论：开源内核社区如何吸引年轻人",
      [("魏子轩", "华为"), ("田雨萌", "OPPO"), ("欧阳志远", "浙江大学")], "孔令辉"),
]
PANEL2_MOD_AFF = "开源中国"
CIRC = "①②③④⑤⑥⑦⑧⑨⑩"


def poster_numbered():
    W = 1080
    red, cream, ink = (158, 27, 50), (250, 244, 233), (45, 32, 28)
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft = font(32, bold=True)
    TITLE_X, TITLE_W = 300, W - 300 - 80
    # agenda part heights
    items = []
    num = 0
    for s in SLOTS2:
        if s["kind"] == "break":
            items.append((s, None, [s["title"]], 70))
        else:
            lines = wrap(tmp, s["title"], ft, TITLE_W)
            items.append((s, CIRC[num], lines, 46 * len(lines) + 42 + (34 if s["kind"] == "panel" else 0)))
            num += 1
    # speakers box lines
    fb = font(27)
    fbb = font(27, bold=True)
    box_items = []
    num = 0
    for s in SLOTS2:
        if s["kind"] == "break":
            continue
        c = CIRC[num]
        num += 1
        if s["kind"] == "panel":
            txt = (f"主持：{s['host']}（{PANEL2_MOD_AFF}）  嘉宾：" +
                   "、".join(f"{n}（{a}）" for n, a in s["sp"]))
        else:
            affs = [a for _, a in s["sp"]]
            if len(set(affs)) == 1 and len(affs) > 1:
                txt = "、".join(n for n, _ in s["sp"]) + "    " + affs[0]
            else:
                txt = "；".join(f"{n}    {a}" for n, a in s["sp"])
        box_items.append((c, wrap(tmp, txt, fb, W - 160 - 90 - 60)))
    box_h = 60 + sum(44 * len(l) + 18 for _, l in box_items) + 30
    HEAD = 470
    H = HEAD + 80 + sum(h for *_, h in items) + 60 + box_h + 200
    im = Image.new("RGB", (W, H), cream)
    d = ImageDraw.Draw(im)
    # paper texture (seeded)
    rnd = random.Random(626)
    for _ in range(9000):
        x, y = rnd.randrange(W), rnd.randrange(H)
        v = rnd.randrange(-10, 6)
        d.point((x, y), fill=(250 + v if v < 5 else 252, 244 + v, 233 + v))
    # header
    d.rectangle([0, 0, W, HEAD], fill=red)
    for i in range(0, W + HEAD, 36):
        d.line([(i, 0), (i - HEAD, HEAD)], fill=(170, 40, 62), width=10)
    d.rectangle([0, HEAD - 14, W, HEAD], fill=(232, 180, 80))
    d.text((70, 50), "CLK 2026", font=font(36, path=DJ + "DejaVuSerif-Bold.ttf"), fill=(255, 231, 186))
    d.text((70, 110), CONF, font=font(40, bold=True), fill=(255, 255, 255))
    d.text((70, 180), "综合分论坛", font=font(96, bold=True, serif=True), fill=(255, 255, 255))
    d.text((70, 318), "2026年10月17日  下午   ·   6号厅", font=font(32), fill=(255, 231, 186))
    d.rounded_rectangle([70, 380, 70 + 330, 432], 26, fill=(255, 231, 186))
    d.text((96, 387), f"主持人：{CHAIR2}", font=font(29, bold=True), fill=red)
    y = HEAD + 60
    d.text((70, y), "议程 AGENDA", font=font(34, bold=True, serif=True), fill=red)
    d.line([(70, y + 56), (W - 70, y + 56)], fill=red, width=3)
    y += 80
    ftime = font(30, bold=True, path=DJ + "DejaVuSansMono-Bold.ttf")
    for s, c, lines, h in items:
        if s["kind"] == "break":
            d.text((80, y + 16), f"{s['start']} —", font=ftime, fill=(150, 120, 100))
            d.line([(TITLE_X, y + 36), (TITLE_X + 60, y + 36)], fill=(200, 170, 140), width=2)
            d.text((TITLE_X + 80, y + 14), s["title"], font=font(30), fill=(150, 120, 100))
            d.line([(TITLE_X + 160, y + 36), (W - 80, y + 36)], fill=(200, 170, 140), width=2)
            y += h
            continue
        d.text((80, y + 22), f"{s['start']} —", font=ftime, fill=red)
        d.text((TITLE_X - 58, y + 18), c, font=font(36, bold=True), fill=(232, 150, 40))
        draw_lines(d, (TITLE_X, y + 18), lines, ft, ink, 46)
        if s["kind"] == "panel":
            d.text((TITLE_X, y + 24 + 46 * len(lines)), "主持与嘉宾详见下方", font=font(20), fill=(150, 120, 100))
        d.line([(80, y + h - 2), (W - 80, y + h - 2)], fill=(225, 210, 190), width=1)
        y += h
    # speakers box
    y += 50
    d.rounded_rectangle([70, y, W - 70, y + box_h], 18, fill=(255, 252, 245), outline=red, width=3)
    d.rectangle([100, y - 22, 100 + 300, y + 22], fill=cream)
    d.text((116, y - 22), "演讲嘉宾 SPEAKERS", font=font(30, bold=True), fill=red)
    yy = y + 60
    for c, lines in box_items:
        d.text((100, yy - 2), c, font=font(32, bold=True), fill=(232, 150, 40))
        for ln in lines:
            d.text((160, yy), ln, font=fb, fill=ink)
            yy += 44
        yy += 18
    y += box_h + 50
    d.text((70, y), "议程以现场为准  ·  主办：中国 Linux 内核开发者大会组委会", font=font(24), fill=(150, 120, 100))
    im.save(os.path.join(HERE, "numbered-speakers-box.png"))
    return {
        "file": "numbered-speakers-box.png",
        "layout": ("Cream 1080 px forum poster with a striped crimson header and a 主持人 pill: the agenda "
                   "prints START times only with an em dash and no end ('13:30 —'), a circled number ①..⑧ "
                   "and the title, NO names; all speakers are listed in a framed box '演讲嘉宾 SPEAKERS' "
                   "below the agenda, matched by the circled number ('① name    affiliation'); two speakers of "
                   "one company printed as 'A、B    麒麟软件'; the panel ⑧ line gives 主持 (moderator, with "
                   "affiliation) and 嘉宾 with affiliations in parentheses; tea break row '15:30 — 茶歇'. "
                   "Ends are null."),
        "date": "2026-10-17",
        "forums": [{"forum": "综合分论坛", "slots": [truth_slot(s, end_printed=False) for s in SLOTS2]}],
    }


# ===========================================================================
# 3. mobile-narrow: 750 px, sessions with chairs, lightning talks
SESS3 = [
    ("Session 1: 虚拟化", "孟凡宇", [
        T("09:00", "09:35", "KVM 脏页追踪：从 bitmap 到 dirty ring", [("任嘉怡", "腾讯云")]),
        T("09:35", "10:10", "virtio-mem 与内存热插拔在云上的实践", [("龚志明", "阿里云")]),
        T("10:10", "10:45", "Confidential Computing：TDX 与 CSV 的内核支持", [("顾以宁", "海光信息")]),
        B("10:45", "11:00", "茶歇"),
    ]),
    ("Session 2: 体系结构", "谭雅琴", [
        T("11:00", "11:35", "ARM64 上的 pseudo-NMI 与性能采样", [("潘书豪", "飞腾信息")]),
        T("11:35", "12:10", "LoongArch 内核移植的最新进展", [("姜晓东", "龙芯中科")]),
        B("12:10", "13:30", "午餐"),
        T("13:30", "14:05", "Arm64 KVM: the road to nested virtualization", [("Oliver Brandt", "Arm")]),
    ]),
    ("Session 3: Lightning Talks 闪电演讲", "蔡明辉", [
        T("14:05", "14:15", "vDSO 在 RISC-V 上的优化", [("魏晨", "南京大学")]),
        T("14:15", "14:25", "IOMMUFD 快速上手", [("秦子豪", "英特尔")]),
        T("14:25", "14:35", "用 QEMU 调试内核早期启动", [("方可欣", "浙江大学")]),
        T("14:35", "14:45", "PCIe 设备直通的常见坑", [("赖俊杰", "中兴通讯")]),
        T("14:45", "14:55", "虚拟机热升级的小技巧", [("戴雨桐", "京东科技")]),
    ]),
]
LIGHTNING_RANGE = ("14:05", "14:55")


def poster_mobile():
    W = 750
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft = font(31, bold=True)
    flt = font(28, bold=True)
    fsp = font(24)
    ftm = font(24)
    PAD = 36
    CW = W - 2 * PAD - 40
    blocks = []  # (type, payload, height)
    for head, chair, slots in SESS3:
        lightning = "Lightning" in head
        blocks.append(("sess", (head, chair, lightning), 150 if lightning else 104))
        for s in slots:
            if s["kind"] == "break":
                blocks.append(("break", s, 112))
            elif lightning:
                lines = wrap(tmp, s["title"], flt, CW - 150)
                blocks.append(("lt", (s, lines), 40 * len(lines) + 62))
            else:
                lines = wrap(tmp, s["title"], ft, CW)
                blocks.append(("talk", (s, lines), 40 + 44 * len(lines) + 40 + 40))
    HEAD = 88 + 96 + 420
    H = HEAD + sum(h for *_, h in blocks) + 60 + 230 + 110
    im = Image.new("RGB", (W, H), (243, 244, 248))
    d = ImageDraw.Draw(im)
    # status bar
    d.rectangle([0, 0, W, 88], fill=(255, 255, 255))
    d.text((44, 22), "9:41", font=font(34, bold=True, path=DJ + "DejaVuSans-Bold.ttf"), fill=(0, 0, 0))
    for i in range(4):
        d.rectangle([560 + i * 14, 56 - i * 8, 569 + i * 14, 62], fill=(0, 0, 0))
    d.rounded_rectangle([640, 34, 690, 60], 6, outline=(0, 0, 0), width=3)
    d.rectangle([645, 39, 676, 55], fill=(0, 0, 0))
    d.rectangle([692, 42, 696, 52], fill=(0, 0, 0))
    # nav bar
    d.rectangle([0, 88, W, 184], fill=(255, 255, 255))
    d.line([(0, 183), (W, 183)], fill=(225, 225, 230), width=2)
    d.line([(40, 136), (58, 118)], fill=(20, 20, 20), width=4)
    d.line([(40, 136), (58, 154)], fill=(20, 20, 20), width=4)
    nt = "CLK 2026 大会议程"
    d.text(((W - tw(d, nt, font(32, bold=True))) // 2, 112), nt, font=font(32, bold=True), fill=(20, 20, 20))
    d.rounded_rectangle([600, 114, 716, 158], 22, outline=(200, 200, 205), width=2)
    for i in range(3):
        d.ellipse([620 + i * 12, 133, 627 + i * 12, 140], fill=(20, 20, 20))
    d.ellipse([678, 124, 702, 148], outline=(20, 20, 20), width=3)
    # banner
    ban = vgrad(W, 420, (49, 46, 129), (109, 40, 217))
    db = ImageDraw.Draw(ban)
    for r in range(6):
        db.ellipse([W - 300 + r * 30, -120 + r * 30, W + 160 - r * 30, 340 - r * 30],
                   outline=(140, 110, 240), width=2)
    im.paste(ban, (0, 184))
    d = ImageDraw.Draw(im)
    d.text((PAD, 224), CONF, font=font(30, bold=True), fill=(221, 214, 254))
    d.text((PAD, 280), "体系结构与", font=font(64, bold=True), fill=(255, 255, 255))
    d.text((PAD, 360), "虚拟化分论坛", font=font(64, bold=True), fill=(255, 255, 255))
    d.rounded_rectangle([PAD, 470, PAD + 420, 520], 25, fill=(250, 204, 21))
    d.text((PAD + 22, 477), "2026年10月18日 · 2号厅", font=font(28, bold=True), fill=(49, 46, 129))
    d.text((PAD, 540), "Architecture & Virtualization Track", font=font(24, path=DJ + "DejaVuSans.ttf"),
           fill=(221, 214, 254))
    y = HEAD + 20
    card_x0, card_x1 = 20, W - 20
    for typ, pl, h in blocks:
        if typ == "sess":
            head, chair, lightning = pl
            d.rectangle([card_x0, y + 20, card_x0 + 8, y + 74], fill=(109, 40, 217))
            d.text((card_x0 + 26, y + 18), head, font=font(30, bold=True), fill=(49, 46, 129))
            d.text((card_x0 + 26, y + 60), f"（主持：{chair}）", font=font(24), fill=(109, 40, 217))
            if lightning:
                d.text((card_x0 + 26, y + 100), f"{LIGHTNING_RANGE[0]} - {LIGHTNING_RANGE[1]}  ·  5 × 10 分钟",
                       font=font(24), fill=(120, 120, 130))
        elif typ == "break":
            s = pl
            d.text((PAD + 20, y + 10), f"{s['start']} - {s['end']}", font=ftm, fill=(140, 140, 150))
            d.rounded_rectangle([PAD + 20, y + 48, PAD + 20 + 140, y + 92], 22, fill=(254, 243, 199))
            d.text((PAD + 20 + (140 - tw(d, s["title"], font(26, bold=True))) // 2, y + 52), s["title"],
                   font=font(26, bold=True), fill=(180, 83, 9))
        elif typ == "talk":
            s, lines = pl
            d.rounded_rectangle([card_x0, y, card_x1, y + h - 16], 16, fill=(255, 255, 255))
            d.text((PAD + 20, y + 16), f"{s['start']} - {s['end']}", font=ftm, fill=(140, 140, 150))
            yy = draw_lines(d, (PAD + 20, y + 54), lines, ft, (17, 24, 39), 44)
            n, a = s["sp"][0]
            d.text((PAD + 20, yy + 8), f"{n} · {a}", font=fsp, fill=(79, 70, 229))
        elif typ == "lt":
            s, lines = pl
            d.rounded_rectangle([card_x0, y, card_x1, y + h - 10], 12, fill=(250, 250, 255),
                                outline=(221, 214, 254), width=2)
            d.text((PAD, y + 14), f"{s['start']}-{s['end']}", font=font(20), fill=(140, 140, 150))
            yy = draw_lines(d, (PAD + 150, y + 8), lines, flt, (17, 24, 39), 40)
            n, a = s["sp"][0]
            d.text((PAD + 150, yy + 2), f"{n} · {a}", font=font(22), fill=(79, 70, 229))
        y += h
    # footer card with QR
    y += 30
    d.rounded_rectangle([card_x0, y, card_x1, y + 200], 16, fill=(255, 255, 255))
    d.text((PAD + 20, y + 40), "长按识别二维码 报名参会", font=font(28, bold=True), fill=(17, 24, 39))
    d.text((PAD + 20, y + 92), "议程如有调整，以大会官网为准", font=font(22), fill=(140, 140, 150))
    qx, qy = W - 200, y + 25
    d.rectangle([qx, qy, qx + 150, qy + 150], outline=(17, 24, 39), width=4)
    rnd = random.Random(750)
    for i in range(12):
        for j in range(12):
            if rnd.random() < 0.45:
                d.rectangle([qx + 9 + i * 11, qy + 9 + j * 11, qx + 18 + i * 11, qy + 18 + j * 11], fill=(17, 24, 39))
    # bottom tab bar
    y = H - 110
    d.rectangle([0, y, W, H], fill=(255, 255, 255))
    d.line([(0, y), (W, y)], fill=(225, 225, 230), width=2)
    for i, lab in enumerate(["首页", "议程", "嘉宾", "我的"]):
        cx = int(W * (i + 0.5) / 4)
        col = (109, 40, 217) if lab == "议程" else (150, 150, 160)
        d.ellipse([cx - 14, y + 16, cx + 14, y + 44], outline=col, width=3)
        d.text((cx - tw(d, lab, font(22)) // 2, y + 52), lab, font=font(22), fill=col)
    im.save(os.path.join(HERE, "mobile-narrow-sessions.png"))
    slots = []
    for head, chair, ss in SESS3:
        for s in ss:
            slots.append(truth_slot(dict(s, host=chair if s["kind"] != "break" else None)))
    return {
        "file": "mobile-narrow-sessions.png",
        "layout": ("Mobile-screenshot-like 750 px portrait: phone status bar with the clock '9:41' (NOT a slot), "
                   "a nav bar, a purple banner with the forum and date; three session headings 'Session N: "
                   "topic' with '（主持：name）' under each (chair changes per session); each talk is a white "
                   "card with the range '09:00 - 09:30' in grey on its own line, the bold title, then "
                   "'name · affiliation' in indigo; breaks are a grey range plus an amber pill (茶歇, 午餐); "
                   "Session 3 is a lightning-talk block whose heading line gives '14:05 - 14:55 · 5 × 10 分钟' "
                   "(a container, not a slot) over five small cards each with its own short range "
                   "'14:05-14:15' at the left; one Latin speaker with an English title; QR card and tab bar."),
        "date": "2026-10-18",
        "forums": [{"forum": "体系结构与虚拟化分论坛", "slots": slots}],
    }


# ===========================================================================
# 4. parallel-tracks-ab: one time column, track A and B side by side
TRACKS4 = [
    {"name": "调度与锁分论坛", "label": "Track A", "room": "1号厅", "chair": "宋建平",
     "col": (67, 56, 202), "light": (238, 242, 255)},
    {"name": "eBPF 分论坛", "label": "Track B", "room": "4号厅", "chair": "夏静",
     "col": (13, 148, 136), "light": (236, 253, 245)},
]
ROWS4 = [
    ("13:30", "14:10",
     T("13:30", "14:10", "sched_ext：可扩展调度器的生产实践", [("程浩", "字节跳动")]),
     T("13:30", "14:10", "BPF arena 与用户态共享内存", [("林可欣", "阿里云")])),
    ("14:10", "14:50",
     T("14:10", "14:50", "EEVDF 调度器切换后的延迟回归分析", [("王立", "华为")]),
     T("14:10", "14:50", "bpftrace 在线上故障定位中的应用", [("傅晓光", "快手")])),
    ("14:50", "15:30",
     T("14:50", "15:30", "PREEMPT_RT 合入主线之后的新问题", [("韦思齐", "中国移动")]),
     T("14:50", "15:30", "XDP 与 netkit：容器网络的 eBPF 加速", [("赵一鸣", "腾讯"), ("钱雨", "腾讯")])),
    ("15:30", "15:50", B("15:30", "15:50", "茶歇 Tea Break"), None),
    ("15:50", "16:30",
     T("15:50", "16:30", "qspinlock 在 ARM64 多核上的公平性", [("蒋涛", "飞腾信息")]),
     T("15:50", "16:30", "BPF 程序签名与安全加载", [("高翔宇", "奇安信")])),
    ("16:30", "17:10",
     T("16:30", "17:10", "Proxy Execution and Priority Inheritance in CFS", [("严志成", "谷歌")]),
     P("16:30", "17:10", "圆桌讨论：eBPF 会取代内核模块吗？",
       [("何宇", "华为"), ("谢文博", "字节跳动"), ("陆佳怡", "蚂蚁集团")], "夏静")),
]


def poster_parallel():
    W = 1800
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft = font(30, bold=True)
    fs = font(24, bold=True)
    fa = font(24)
    TX, TW_ = 60, 240
    CWID = (W - 2 * TX - TW_ - 40) // 2
    CX = [TX + TW_ + 20, TX + TW_ + 20 + CWID + 20]
    heights = []
    for st, en, a, b in ROWS4:
        if b is None:
            heights.append(80)
            continue
        hh = []
        for s in (a, b):
            lines = wrap(tmp, s["title"], ft, CWID - 60)
            if s["kind"] == "panel":
                g = "嘉宾：" + "、".join(f"{n}（{af}）" for n, af in s["sp"])
                gl = wrap(tmp, g, fa, CWID - 60)
                hh.append(60 + 44 * len(lines) + 38 + 36 * len(gl) + 30)
            else:
                hh.append(40 + 44 * len(lines) + 40 * len(s["sp"]) + 34)
        heights.append(max(hh))
    HEAD, THEAD = 300, 130
    H = HEAD + THEAD + sum(h + 16 for h in heights) + 40 + 90
    im = Image.new("RGB", (W, H), (241, 243, 247))
    d = ImageDraw.Draw(im)
    hd = hgrad(W, HEAD, (15, 23, 42), (30, 58, 138))
    dh = ImageDraw.Draw(hd)
    for i in range(0, 24):
        dh.line([(W - 700 + i * 30, HEAD), (W - 400 + i * 30, 0)], fill=(40, 70, 150), width=2)
    im.paste(hd, (0, 0))
    d = ImageDraw.Draw(im)
    d.text((60, 40), "CLK 2026", font=font(34, path=DJ + "DejaVuSans-Bold.ttf"), fill=(147, 197, 253))
    d.text((60, 92), CONF, font=font(54, bold=True), fill=(255, 255, 255))
    d.text((60, 172), "平行分论坛  Parallel Tracks · 下午", font=font(38, bold=True), fill=(253, 224, 71))
    d.text((60, 236), "2026年10月18日  |  上海 · 张江科学会堂", font=font(28), fill=(191, 219, 254))
    y = HEAD + 20
    d.rounded_rectangle([TX, y, TX + TW_, y + THEAD - 20], 12, fill=(30, 41, 59))
    d.text((TX + 70, y + 30), "时间", font=font(32, bold=True), fill=(255, 255, 255))
    for tr, x in zip(TRACKS4, CX):
        d.rounded_rectangle([x, y, x + CWID, y + THEAD - 20], 12, fill=tr["col"])
        d.text((x + 24, y + 10), f"{tr['label']}  {tr['name']}", font=font(32, bold=True), fill=(255, 255, 255))
        d.text((x + 24, y + 60), f"{tr['room']}    主持人：{tr['chair']}", font=font(26), fill=(230, 240, 255))
    y += THEAD
    fm = font(28, bold=True, path=DJ + "DejaVuSansMono-Bold.ttf")
    for (st, en, a, b), h in zip(ROWS4, heights):
        if b is None:
            d.rounded_rectangle([TX, y, CX[1] + CWID, y + h], 12, fill=(254, 243, 199))
            d.text((TX + 18, y + 24), f"{st} – {en}", font=fm, fill=(146, 64, 14))
            t = a["title"]
            d.text(((TX + CX[1] + CWID - tw(d, t, font(30, bold=True))) // 2, y + 18), t,
                   font=font(30, bold=True), fill=(146, 64, 14))
            y += h + 16
            continue
        d.rounded_rectangle([TX, y, TX + TW_, y + h], 12, fill=(255, 255, 255))
        d.text((TX + 18, y + 24), f"{st} – {en}", font=fm, fill=(30, 41, 59))
        for s, tr, x in zip((a, b), TRACKS4, CX):
            d.rounded_rectangle([x, y, x + CWID, y + h], 12, fill=(255, 255, 255))
            d.rectangle([x, y + 12, x + 6, y + h - 12], fill=tr["col"])
            yy = y + 20
            if s["kind"] == "panel":
                d.rounded_rectangle([x + 30, yy, x + 150, yy + 36], 8, fill=tr["light"])
                d.text((x + 42, yy + 2), "PANEL", font=font(24, bold=True, path=DJ + "DejaVuSans-Bold.ttf"),
                       fill=tr["col"])
                yy += 46
            lines = wrap(d, s["title"], ft, CWID - 60)
            yy = draw_lines(d, (x + 30, yy), lines, ft, (15, 23, 42), 44) + 6
            if s["kind"] == "panel":
                d.text((x + 30, yy), f"主持：{s['host']}", font=fs, fill=tr["col"])
                yy += 38
                g = "嘉宾：" + "、".join(f"{n}（{af}）" for n, af in s["sp"])
                draw_lines(d, (x + 30, yy), wrap(d, g, fa, CWID - 60), fa, (71, 85, 105), 36)
            else:
                for n, af in s["sp"]:
                    d.text((x + 30, yy), n, font=fs, fill=tr["col"])
                    d.text((x + 30 + tw(d, n, fs) + 18, yy), af, font=fa, fill=(100, 116, 139))
                    yy += 40
        y += h + 16
    d.text((60, H - 80), "两个分论坛同时进行，请按需前往 1号厅 / 4号厅 · 议程以现场为准",
           font=font(24), fill=(100, 116, 139))
    im.save(os.path.join(HERE, "parallel-tracks-ab.png"))
    forums = []
    for k, tr in enumerate(TRACKS4):
        slots = []
        for st, en, a, b in ROWS4:
            s = a if b is None else (a, b)[k]
            if s["kind"] == "talk":
                s = dict(s, host=tr["chair"])
            slots.append(truth_slot(s))
        forums.append({"forum": tr["name"], "slots": slots})
    return {
        "file": "parallel-tracks-ab.png",
        "layout": ("Landscape 1800 px afternoon of TWO parallel tracks sharing ONE time column: header cells "
                   "'Track A 调度与锁分论坛' / 'Track B eBPF 分论坛' each with room and 主持人; every row has "
                   "the range '13:30 – 14:10' (en dash, mono) once at the left and two white cards side by side "
                   "(title, then name in the track colour + affiliation on the same line); one card has two "
                   "speakers on two lines; a tea-break row spans both tracks (break in both forums); the last "
                   "Track B card is a PANEL (tag) with 主持 and 嘉宾 with affiliations; one English title."),
        "date": "2026-10-18",
        "forums": forums,
    }


# ===========================================================================
# 5. magazine-rotated-time: main forum, time rotated along each card edge,
#    affiliations as logo-like text in a separate right column
CHAIR5 = "周静怡"
SLOTS5 = [
    T("09:00", "09:15", "开幕致辞", [("吴建华", "中国科学技术大学")], CHAIR5),
    T("09:15", "09:55", "Linux 内核三十五年：维护者的视角", [("邓志伟", "华为")], CHAIR5),
    T("09:55", "10:35", "面向 AI 基础设施的内核演进", [("马俊峰", "阿里云")], CHAIR5),
    B("10:35", "10:50", "茶歇 Coffee Break"),
    T("10:50", "11:30", "从手机到汽车：移动内核的十年", [("叶思彤", "OPPO")], CHAIR5),
    T("11:30", "12:10", "The Linux Kernel Community in 2026", [("Anna Keller", "Linux Foundation")], CHAIR5),
    T("12:10", "12:40", "CXL 与异构内存：硬件厂商眼中的内核", [("彭立群", "intel")], CHAIR5),
]
LOGO5 = {
    "中国科学技术大学": ("serif", (30, 58, 138)),
    "华为": ("petal", (200, 16, 46)),
    "阿里云": ("bracket", (255, 106, 0)),
    "OPPO": ("wide", (0, 130, 90)),
    "Linux Foundation": ("lf", (0, 61, 122)),
    "intel": ("intel", (0, 104, 181)),
}


def draw_logo(im, d, box, aff):
    kind, col = LOGO5[aff]
    x0, y0, x1, y1 = box
    cy = (y0 + y1) // 2
    if kind == "serif":
        f = font(27, bold=True, serif=True)
        d.ellipse([x0, cy - 26, x0 + 52, cy + 26], outline=col, width=4)
        d.text((x0 + 14, cy - 22), "科", font=font(26, bold=True, serif=True), fill=col)
        d.text((x0 + 66, cy - 22), aff, font=f, fill=col)
    elif kind == "petal":
        for i in range(8):
            import math
            a = math.pi * (0.15 + i / 10)
            px, py = x0 + 30 + 22 * math.cos(a), cy + 6 - 22 * math.sin(a)
            d.ellipse([px - 7, py - 12, px + 7, py + 12], fill=col)
        d.text((x0 + 74, cy - 28), aff, font=font(44, bold=True), fill=col)
    elif kind == "bracket":
        d.line([(x0 + 4, cy - 20), (x0 + 4, cy + 20)], fill=col, width=8)
        d.line([(x0 + 4, cy - 20), (x0 + 20, cy - 20)], fill=col, width=8)
        d.line([(x0 + 4, cy + 20), (x0 + 20, cy + 20)], fill=col, width=8)
        d.line([(x0 + 56, cy - 20), (x0 + 56, cy + 20)], fill=col, width=8)
        d.line([(x0 + 40, cy - 20), (x0 + 56, cy - 20)], fill=col, width=8)
        d.line([(x0 + 40, cy + 20), (x0 + 56, cy + 20)], fill=col, width=8)
        d.line([(x0 + 20, cy), (x0 + 40, cy)], fill=col, width=6)
        d.text((x0 + 74, cy - 26), aff, font=font(40, bold=True), fill=col)
    elif kind == "wide":
        d.text((x0, cy - 30), aff, font=font(50, path=DJ + "DejaVuSans-Bold.ttf"), fill=col)
    elif kind == "lf":
        d.rectangle([x0, cy - 24, x0 + 48, cy + 24], fill=col)
        d.text((x0 + 8, cy - 16), "LF", font=font(26, path=DJ + "DejaVuSans-Bold.ttf"), fill=(255, 255, 255))
        d.text((x0 + 60, cy - 16), aff, font=font(24, path=DJ + "DejaVuSans-Bold.ttf"), fill=col)
    elif kind == "intel":
        d.text((x0 + 4, cy - 36), aff, font=font(56, path=DJ + "DejaVuSans.ttf"), fill=col)
        d.ellipse([x0 - 8, cy - 42, x0 + 150, cy + 38], outline=col, width=3)


def poster_magazine():
    W = 1240
    paper, ink, accent = (247, 243, 236), (28, 25, 23), (190, 62, 32)
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    ft = font(36, bold=True, serif=True)
    CARD_X, STRIP, CARD_R = 70, 74, 840
    LOGO_X = 870
    TEXT_W = CARD_R - CARD_X - STRIP - 60
    heights = []
    for s in SLOTS5:
        if s["kind"] == "break":
            heights.append(250)
        else:
            lines = wrap(tmp, s["title"], ft, TEXT_W)
            heights.append(max(270, 50 + 52 * len(lines) + 100))
    HEAD = 560
    H = HEAD + 90 + sum(h + 26 for h in heights) + 170
    im = Image.new("RGB", (W, H), paper)
    d = ImageDraw.Draw(im)
    rnd = random.Random(1240)
    for _ in range(12000):
        x, y = rnd.randrange(W), rnd.randrange(H)
        v = rnd.randrange(-12, 4)
        d.point((x, y), fill=(247 + min(v, 0), 243 + v, 236 + v))
    # masthead
    d.text((70, 50), "CLK", font=font(150, path=DJ + "DejaVuSerif-Bold.ttf"), fill=ink)
    d.text((500, 62), "2026", font=font(60, path=DJ + "DejaVuSerif-Bold.ttf"), fill=accent)
    d.text((500, 150), "VOL.21  ·  KERNEL ISSUE", font=font(26, path=DJ + "DejaVuSans.ttf"), fill=(120, 110, 100))
    d.line([(70, 232), (W - 70, 232)], fill=ink, width=6)
    d.line([(70, 244), (W - 70, 244)], fill=ink, width=2)
    d.text((70, 270), "主论坛", font=font(110, bold=True, serif=True), fill=ink)
    d.text((470, 300), "MAIN FORUM", font=font(48, path=DJ + "DejaVuSerif-Bold.ttf"), fill=accent)
    d.text((470, 362), CONF, font=font(28), fill=(90, 80, 70))
    d.text((70, 436), "2026.10.17  SAT   ·   上海国际会议中心 · 主会场", font=font(30, bold=True), fill=ink)
    d.text((70, 488), f"主持人  {CHAIR5}", font=font(30), fill=accent)
    y = HEAD + 20
    d.text((CARD_X, y), "议程  PROGRAM", font=font(26, bold=True), fill=(120, 110, 100))
    d.text((LOGO_X, y), "单位  AFFILIATION", font=font(26, bold=True), fill=(120, 110, 100))
    d.line([(CARD_X, y + 50), (W - 70, y + 50)], fill=(190, 180, 165), width=2)
    y += 90
    frot = font(27, bold=True, path=DJ + "DejaVuSansMono-Bold.ttf")
    for s, h in zip(SLOTS5, heights):
        isbr = s["kind"] == "break"
        strip_col = (120, 113, 108) if isbr else accent
        card_fill = (238, 232, 222) if isbr else (255, 253, 249)
        d.rectangle([CARD_X, y, CARD_R, y + h], fill=card_fill, outline=(215, 205, 190), width=2)
        d.rectangle([CARD_X, y, CARD_X + STRIP, y + h], fill=strip_col)
        txt = f"{s['start']} – {s['end']}"
        tl = Image.new("RGBA", (tw(d, txt, frot) + 10, 44), (0, 0, 0, 0))
        ImageDraw.Draw(tl).text((5, 2), txt, font=frot, fill=(255, 255, 255))
        rot = tl.rotate(90, expand=True)
        im.paste(rot, (CARD_X + (STRIP - rot.width) // 2, y + (h - rot.height) // 2), rot)
        d = ImageDraw.Draw(im)
        tx = CARD_X + STRIP + 34
        if isbr:
            d.text((tx, y + h // 2 - 26), s["title"], font=font(40, bold=True, serif=True), fill=(90, 80, 70))
        else:
            lines = wrap(d, s["title"], ft, TEXT_W)
            yy = draw_lines(d, (tx, y + 34), lines, ft, ink, 52)
            yy += 16
            d.line([(tx, yy + 20), (tx + 60, yy + 20)], fill=accent, width=4)
            n = s["sp"][0][0]
            fn = font(30, path=DJ + "DejaVuSans-Bold.ttf") if n.isascii() else font(30, bold=True)
            d.text((tx + 80, yy), n, font=fn, fill=(70, 60, 55))
            # logo column, aligned with the card
            aff = s["sp"][0][1]
            d.line([(LOGO_X - 20, y + h // 2), (LOGO_X - 6, y + h // 2)], fill=(190, 180, 165), width=2)
            draw_logo(im, d, (LOGO_X + 10, y, W - 70, y + h), aff)
        y += h + 26
    d.line([(70, H - 130), (W - 70, H - 130)], fill=ink, width=2)
    d.text((70, H - 105), "CLK 2026 · 主办：中国 Linux 内核开发者大会组委会 · 议程以现场为准",
           font=font(24), fill=(120, 110, 100))
    im.save(os.path.join(HERE, "magazine-rotated-time.png"))
    return {
        "file": "magazine-rotated-time.png",
        "layout": ("1240 px magazine-style main-forum poster on grainy paper: masthead 'CLK 2026 VOL.21', big "
                   "serif '主论坛 MAIN FORUM', date '2026.10.17 SAT', chair '主持人  name'; each slot is a card "
                   "whose left edge is a coloured strip carrying the range '09:15 – 09:55' ROTATED 90 degrees "
                   "(reads bottom to top); the card holds the serif title, an accent rule and the speaker name; "
                   "affiliations are NOT in the card but in a separate right column '单位 AFFILIATION' as "
                   "logo-like wordmarks aligned with each card (华为 with petals, 阿里云 bracket mark, OPPO, "
                   "'LF Linux Foundation', lowercase 'intel' in an ellipse, 中国科学技术大学 with a seal); the "
                   "'LF' badge is logo art, not part of the affiliation; the tea break is a grey card; one "
                   "Latin speaker; an opening speech (开幕致辞) is scored as a talk."),
        "date": "2026-10-17",
        "forums": [{"forum": "主论坛", "slots": [truth_slot(s) for s in SLOTS5]}],
    }


NOTE = (
    "Same conventions as posters-blind-4 and -5: speakers are names as printed with spaces removed "
    "('Anna Keller' -> 'AnnaKeller'); panel speakers are the guests and host is the panel moderator; "
    "host is otherwise the chair printed for the forum, track or session covering the slot, null for breaks; "
    "start/end always HH:MM on a 24-hour clock, end null where only a start is printed ('13:30 —'); titles "
    "exclude tags (PANEL, forum tags), numbering marks (①) and sub-lines; where two speakers share one "
    "printed affiliation the affiliation is repeated per speaker; break titles are as printed; a break row "
    "spanning several forums (mixed list, parallel tracks) is listed as a break in every forum it spans. "
    "Added here: in a mixed list the forum of a row is given by its tag, and the forum name in the truth is "
    "the full name from the poster's legend/header; speakers printed in a separate numbered box are matched "
    "to titles by the circled number; in a lightning-talk block the block heading range (14:05 - 14:55) is "
    "a container and not a slot, each lightning talk is its own talk with its own printed range; the "
    "'9:41' of a phone status bar and the '下午 13:30 起…' footer line of the mixed list are not slots; affiliations printed as logo-like wordmarks in a separate "
    "column are given as the wordmark text ('intel' lowercase as printed; the 'LF' badge is not part of "
    "'Linux Foundation'); an opening speech with a speaker (开幕致辞) is a talk."
)


def main():
    posters = [poster_mixed(), poster_numbered(), poster_mobile(), poster_parallel(), poster_magazine()]
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE,
             "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
