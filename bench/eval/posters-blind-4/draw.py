"""Redraw the posters-blind-4 set and its truth.json.

Run:  /work/main/.venv/bin/python bench/eval/posters-blind-4/draw.py

Written by a helper that had not read the reader's code.  Each poster's content is
defined once below (the truth); the drawing code only changes how it is displayed
(letter-spaced names, wrapped titles, a name plate), never what is printed.
Fonts: Noto Sans CJK SC, DejaVu Sans Mono (clock digits), Liberation Sans Italic
(English subtitles).
"""
import json
import math
import random
import re
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
NOTO = "/usr/share/fonts/opentype/noto/"
_fonts = {}


def F(size, bold=False):
    key = ("cjk", size, bold)
    if key not in _fonts:
        name = "NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc"
        _fonts[key] = ImageFont.truetype(NOTO + name, size, index=2)  # SC
    return _fonts[key]


def MONO(size):
    key = ("mono", size)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", size)
    return _fonts[key]


def ITAL(size):
    key = ("ital", size)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf", size)
    return _fonts[key]


# ---------------------------------------------------------------- truth helpers
def T(start, end, title, *people, kind="talk", host=None):
    """people: (name, affiliation) pairs."""
    return {
        "kind": kind,
        "start": start,
        "end": end,
        "title": title,
        "speakers": [p[0] for p in people],
        "affiliations": [p[1] for p in people],
        "host": host,
    }


def B(start, end, title):
    return T(start, end, title, kind="break")


def truth_name(name):
    return name.replace(" ", "")


# ---------------------------------------------------------------- text layout
_TOK = re.compile(r"[A-Za-z0-9_\-.'/:&+#,!?%()（）]+|\s+|.")


def wrap(text, font, maxw):
    lines, cur = [], ""
    for tok in _TOK.findall(text):
        if tok.isspace() and not cur:
            continue
        if font.getlength(cur + tok) > maxw and cur.strip():
            lines.append(cur.rstrip())
            cur = "" if tok.isspace() else tok
        else:
            cur += tok
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def text_block(d, x, y, text, font, fill, maxw, lh=1.4, align="left", measure=False):
    """Draw wrapped text with top-left at (x, y); return the y below it."""
    for ln in wrap(text, font, maxw):
        if not measure:
            cx = x if align == "left" else (x + (maxw - font.getlength(ln)) / 2 if align == "center" else x + maxw - font.getlength(ln))
            d.text((cx, y + font.size * 1.1), ln, font=font, fill=fill, anchor="ls")
        y += font.size * lh
    return y


def spaced(name):
    """Name plate style: CJK names letter-spaced ('袁 晓 峰'), Latin names as they are."""
    if re.search(r"[A-Za-z]", name):
        return name
    return " ".join(name)


def vgradient(w, h, top, bottom):
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / max(1, h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)))
    return im


def add_noise(im, amount=6, seed=1):
    rnd = random.Random(seed)
    px = im.load()
    w, h = im.size
    for _ in range(w * h // 18):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r, g, b = px[x, y]
        n = rnd.randint(-amount, amount)
        px[x, y] = (max(0, min(255, r + n)), max(0, min(255, g + n)), max(0, min(255, b + n)))
    return im


def photo(im, cx, cy, r, seed, ring=None):
    """A speaker photo: a circle with a head-and-shoulders silhouette."""
    rnd = random.Random(seed)
    size = 2 * r
    ph = Image.new("RGB", (size, size), (rnd.randint(170, 230), rnd.randint(190, 235), rnd.randint(210, 250)))
    pd = ImageDraw.Draw(ph)
    shirt = (rnd.randint(20, 160), rnd.randint(20, 120), rnd.randint(30, 160))
    skin = (rnd.randint(215, 240), rnd.randint(180, 205), rnd.randint(150, 175))
    pd.ellipse([r * 0.25, r * 1.35, r * 1.75, r * 2.6], fill=shirt)
    pd.rectangle([r * 0.82, r * 1.05, r * 1.18, r * 1.45], fill=skin)
    pd.ellipse([r * 0.58, r * 0.38, r * 1.42, r * 1.32], fill=skin)
    pd.chord([r * 0.55, r * 0.3, r * 1.45, r * 0.95], 180, 360, fill=(30, 25, 25))
    ph = ph.filter(ImageFilter.GaussianBlur(1.2))
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, size - 1, size - 1], fill=255)
    im.paste(ph, (int(cx - r), int(cy - r)), mask)
    if ring:
        d = ImageDraw.Draw(im)
        d.ellipse([cx - r - 14, cy - r - 14, cx + r + 14, cy + r + 14], outline=ring, width=2)
        d.ellipse([cx - r - 36, cy - r - 36, cx + r + 36, cy + r + 36], outline=ring, width=1)
        for ang in (200, 20, 300):
            a = math.radians(ang)
            px_, py_ = cx + (r + 36) * math.cos(a), cy + (r + 36) * math.sin(a)
            d.ellipse([px_ - 7, py_ - 7, px_ + 7, py_ + 7], fill=ring)


POSTERS = []

# =====================================================================================
# A. two-day timetable grid: rooms as columns, time rows
# =====================================================================================
A_DAYS = [
    {
        "label": "DAY 1  ·  11月21日（周六）下午",
        "rooms": ["一号厅 Room A", "二号厅 Room B", "三号厅 Room C"],
        "forums": ["内存管理分论坛", "存储与文件系统分论坛", "虚拟化分论坛"],
        "rows": [
            ("13:30", "14:10", [
                T("13:30", "14:10", "基于 memcg 的分级内存回收实践", ("韩雪松", "字节跳动")),
                T("13:30", "14:10", "ext4 大目录查找性能优化", ("汪立群", "华为")),
                T("13:30", "14:10", "KVM 脏页跟踪的 Dirty Ring 演进", ("范晓东", "腾讯云")),
            ]),
            ("14:10", "14:50", [
                T("14:10", "14:50", "Large folio 在 page cache 中的全面启用", ("邓嘉豪", "OPPO"), ("骆婷", "OPPO")),
                T("14:10", "14:50", "XFS 在线修复（online fsck）的现状与展望", ("程一帆", "阿里云")),
                ("span2", T("14:10", "15:30", "虚拟机热迁移中的 VFIO 设备状态保存", ("白景行", "蚂蚁集团"))),
            ]),
            ("14:50", "15:30", [
                T("14:50", "15:30", "THP shrinker 与内存膨胀治理", ("严可欣", "小米")),
                T("14:50", "15:30", "io_uring 与 NVMe passthrough 的结合", ("孔令军", "三星半导体")),
                "covered",
            ]),
            ("break", "15:30", "15:50", "茶歇 Tea Break"),
            ("15:50", "16:30", [
                T("15:50", "16:30", "Per-VMA 锁之后：mmap_lock 的剩余热点", ("柏宇航", "英特尔")),
                T("15:50", "16:30", "F2FS 在手机上的碎片整理", ("唐楚涵", "vivo")),
                T("15:50", "16:30", "机密计算：TDX 与 CoCo 的内核支持", ("石伟", "海光信息")),
            ]),
        ],
    },
    {
        "label": "DAY 2  ·  11月22日（周日）上午",
        "rooms": ["一号厅 Room A", "二号厅 Room B", "三号厅 Room C"],
        "forums": ["调度与锁分论坛", "RISC-V 与体系结构分论坛", "eBPF 与可观测性分论坛"],
        "rows": [
            ("09:00", "09:40", [
                T("09:00", "09:40", "sched_ext 调度器在数据中心的落地", ("彭浩然", "快手")),
                T("09:00", "09:40", "RISC-V 向量扩展的内核上下文切换优化", ("钟一鸣", "中国科学院软件研究所")),
                T("09:00", "09:40", "用 BPF 追踪内核锁竞争", ("余子涵", "阿里云")),
            ]),
            ("09:40", "10:20", [
                T("09:40", "10:20", "qspinlock 在 NUMA 大机上的可扩展性", ("吴永康", "海光信息")),
                T("09:40", "10:20", "LoongArch 虚拟化支持进展", ("毛天宇", "龙芯中科")),
                None,
            ]),
            ("break", "10:20", "10:40", "茶歇 Tea Break"),
            ("10:40", "11:20", [
                T("10:40", "11:20", "PREEMPT_RT 合入主线之后", ("廖振华", "统信软件")),
                T("10:40", "11:20", "ARM64 上的 MPAM 资源隔离", ("黎晓峰", "华为")),
                T("10:40", "11:20", "bpftrace 在生产环境的性能诊断", ("夏冰", "美团")),
            ]),
            ("11:20", "12:00", [
                T("11:20", "12:00", "EEVDF 调度器的延迟调优", ("甘露", "南京大学")),
                T("11:20", "12:00", "从 SBI 到 UEFI：RISC-V 服务器启动链", ("尹志超", "平头哥"), ("卢青", "阿里云")),
                T("11:20", "12:00", "XDP 与 AF_XDP 的零拷贝优化", ("向东", "腾讯")),
            ]),
            ("break", "12:00", "13:30", "午餐 Lunch"),
        ],
    },
]


def a_truth():
    forums = []
    for day in A_DAYS:
        for col, name in enumerate(day["forums"]):
            slots = []
            for row in day["rows"]:
                if row[0] == "break":
                    slots.append(B(row[1], row[2], row[3]))
                    continue
                cell = row[2][col]
                if cell is None or cell == "covered":
                    continue
                if isinstance(cell, tuple):
                    cell = cell[1]
                slots.append(cell)
            forums.append({"forum": name, "slots": slots})
    return forums


def draw_a():
    W = 2000
    COLORS = [(227, 240, 255), (232, 247, 236), (255, 241, 226)]
    EDGE = [(41, 110, 214), (36, 150, 90), (224, 120, 30)]
    im = Image.new("RGB", (W, 4000), (246, 247, 250))
    d = ImageDraw.Draw(im)
    head = vgradient(W, 300, (18, 38, 92), (40, 84, 170))
    im.paste(head, (0, 0))
    for i in range(14):
        d.line([(W - 620 + i * 46, 0), (W - 920 + i * 46, 300)], fill=(60, 110, 200), width=3)
    d.rounded_rectangle([70, 60, 250, 130], 16, outline=(255, 255, 255), width=3)
    d.text((160, 96), "CLK", font=MONO(44), fill=(255, 255, 255), anchor="mm")
    d.text((280, 70), "第二十一届中国 Linux 内核开发者大会", font=F(58, True), fill=(255, 255, 255))
    d.text((280, 160), "分论坛日程  Parallel Sessions", font=F(36), fill=(190, 215, 255))
    d.text((280, 222), "2026.11.21 — 11.22   ·   中国 · 武汉   ·   华中科技大学", font=F(26), fill=(160, 190, 240))
    y = 350
    TX, TW = 60, 210
    GAP = 16
    CW = (W - TX - TW - 60 - 2 * GAP) / 3
    colx = [TX + TW + i * (CW + GAP) for i in range(3)]
    tfont = F(27, True)

    def cell_height(slot):
        h = 22
        h = text_block(d, 0, h, slot["title"], tfont, 0, CW - 44, 1.35, measure=True)
        h += 8 + 34 * len(slot["speakers"])
        return h + 18

    for day in A_DAYS:
        d.rectangle([TX, y, W - 60, y + 70], fill=(18, 38, 92))
        d.text((TX + 24, y + 35), day["label"], font=F(32, True), fill=(255, 255, 255), anchor="lm")
        y += 82
        d.text((TX + TW / 2, y + 48), "时间", font=F(28, True), fill=(80, 80, 90), anchor="mm")
        for i in range(3):
            d.rectangle([colx[i], y, colx[i] + CW, y + 96], fill=EDGE[i])
            d.text((colx[i] + CW / 2, y + 28), day["rooms"][i], font=F(22), fill=(235, 240, 255), anchor="mm")
            d.text((colx[i] + CW / 2, y + 66), day["forums"][i], font=F(30, True), fill=(255, 255, 255), anchor="mm")
        y += 108
        rows = day["rows"]
        heights = []
        for row in rows:
            if row[0] == "break":
                heights.append(64)
                continue
            h = 120
            for cell in row[2]:
                if isinstance(cell, dict):
                    h = max(h, cell_height(cell))
            heights.append(h)
        tops = []
        for row, h in zip(rows, heights):
            tops.append(y)
            if row[0] == "break":
                d.rectangle([TX, y, W - 60, y + h], fill=(228, 230, 236))
                d.text((TX + TW / 2, y + h / 2), f"{row[1]}–{row[2]}", font=F(26, True), fill=(90, 90, 100), anchor="mm")
                d.text((colx[0] + (3 * CW + 2 * GAP) / 2, y + h / 2), row[3],
                       font=F(28, True), fill=(110, 110, 120), anchor="mm")
            else:
                d.line([(TX, y + h + GAP / 2), (W - 60, y + h + GAP / 2)], fill=(220, 222, 230), width=1)
                d.text((TX + TW / 2, y + 40), f"{row[0]}–{row[1]}", font=F(28, True), fill=(30, 40, 70), anchor="mm")
            y += h + GAP
        for r, row in enumerate(rows):
            if row[0] == "break":
                continue
            for i, cell in enumerate(row[2]):
                x0, y0 = colx[i], tops[r]
                if cell == "covered":
                    continue
                h = heights[r]
                if isinstance(cell, tuple):
                    h = heights[r] + GAP + heights[r + 1]
                    cell = cell[1]
                if cell is None:
                    d.rounded_rectangle([x0, y0, x0 + CW, y0 + h], 10, outline=(210, 212, 220), width=2)
                    d.text((x0 + CW / 2, y0 + h / 2), "—", font=F(30), fill=(170, 170, 180), anchor="mm")
                    continue
                d.rounded_rectangle([x0, y0, x0 + CW, y0 + h], 10, fill=COLORS[i])
                d.rectangle([x0, y0 + 10, x0 + 6, y0 + h - 10], fill=EDGE[i])
                yy = text_block(d, x0 + 24, y0 + 18, cell["title"], tfont, (25, 30, 45), CW - 44, 1.35)
                if isinstance(row[2][i], tuple):
                    d.text((x0 + 24, yy + 4), f"{cell['start']}–{cell['end']}", font=F(20), fill=EDGE[i])
                    yy += 32
                for n, a in zip(cell["speakers"], cell["affiliations"]):
                    d.text((x0 + 24, yy + 8), n, font=F(22, True), fill=(60, 64, 80))
                    d.text((x0 + 24 + F(22, True).getlength(n) + 10, yy + 9), a, font=F(21), fill=(120, 124, 140))
                    yy += 34
        y += 30
    d.text((W / 2, y + 30), "主办：中国 Linux 内核开发者大会组委会    承办：华中科技大学    以现场公布为准",
           font=F(22), fill=(150, 150, 160), anchor="mm")
    im = im.crop((0, 0, W, int(y + 80)))
    return add_noise(im, 4, 11)


POSTERS.append({
    "file": "two-day-room-grid.png",
    "layout": "Landscape-ish 2000 px timetable for two days stacked (DAY 1 afternoon, DAY 2 morning): a time column "
              "('13:30–14:10', en dash) and three room columns whose coloured headers give room and forum; each cell "
              "holds the title then 'name affiliation' lines (two speakers on two lines); one cell spans two rows and "
              "prints its own time '14:10–15:30'; one empty cell shows '—'; tea/lunch rows span all columns (listed "
              "as breaks in every forum of that day). 'date' is day 1; day 2 is 2026-11-22. No chair printed.",
    "date": "2026-11-21",
    "forums": a_truth(),
    "draw": draw_a,
})

# =====================================================================================
# B. CLK2024-style forum poster: time tab, title, speaker biography, round photo, name plate
# =====================================================================================
B_FORUM = "文件系统与 I/O 分论坛"
B_HOST = ("包文杰", "中国科学技术大学 副教授")
B_ITEMS = [
    (T("13:30", "14:00", "EROFS 在容器镜像加速中的应用", ("解晨阳", "阿里云"), host="包文杰"),
     ["阿里云内核工程师，EROFS 社区维护者之一，长期从事只读文件系统与容器镜像按需加载技术的研发，"
      "在 Linux 文件系统领域有多年上游贡献经验。"]),
    (T("14:00", "14:30", "Btrfs RAID56 写洞问题的修复之路", ("祁凯", "SUSE"), host="包文杰"),
     ["SUSE 内核工程师，Btrfs 上游开发者，主要负责 Btrfs 的 RAID 与数据校验相关代码，"
      "曾在 LSF/MM 与 Linux Plumbers Conference 上多次分享。"]),
    (T("14:30", "15:00", "blk-mq 多队列调度器在 NVMe SSD 上的表现", ("付佳怡", "浪潮信息"), ("龚宇", "浪潮信息"),
       host="包文杰"),
     ["浪潮信息存储系统工程师，专注于 Linux 块层与 NVMe 驱动的性能分析，参与过多款全闪存阵列的内核调优。",
      "浪潮信息资深内核工程师，十余年服务器操作系统研发经验，目前负责块设备 I/O 调度与 QoS 相关工作。"]),
    (B("15:00", "15:20", "茶歇"), None),
    (T("15:20", "15:50", "FUSE passthrough: native I/O speed for user space file systems",
       ("Pavel Smirnov", "华为"), host="包文杰"),
     ["华为俄罗斯研究所操作系统内核工程师，FUSE 与 overlayfs 上游贡献者，"
      "致力于让用户态文件系统获得接近内核文件系统的性能。"]),
    (T("15:50", "16:20", "基于 DAMON 的页缓存冷热分离", ("雷思琪", "西安交通大学"), host="包文杰"),
     ["西安交通大学计算机学院博士研究生，研究方向为操作系统内存与存储管理，"
      "相关成果发表于 FAST、ATC 等会议。"]),
    (T("16:20", "16:50", "NFS over RDMA 性能调优实践", ("詹宇轩", "京东"), host="包文杰"),
     ["京东基础架构部高级工程师，负责大规模分布式存储客户端与内核网络文件系统的稳定性与性能优化。"]),
]


def draw_b():
    W = 1080
    im = vgradient(W, 9000, (10, 40, 200), (20, 70, 235))
    d = ImageDraw.Draw(im)
    for x in range(0, W, 60):
        d.line([(x, 0), (x, 9000)], fill=(30, 70, 220), width=1)
    for y in range(0, 9000, 60):
        d.line([(0, y), (W, y)], fill=(30, 70, 220), width=1)
    CY = (90, 230, 255)
    d.text((60, 50), "CHINA LINUX KERNEL", font=F(22, True), fill=(200, 220, 255))
    d.text((60, 80), "中国Linux内核开发者大会", font=F(20), fill=(200, 220, 255))
    d.text((W - 60, 64), "华中科技大学  |  网络空间安全学院", font=F(20), fill=(200, 220, 255), anchor="ra")
    d.text((70, 150), "第21届中国", font=F(68, True), fill=(255, 255, 255))
    d.text((70, 245), "Linux内核开发者大会", font=F(68, True), fill=(255, 255, 255))
    d.rounded_rectangle([70, 370, 470, 420], 8, fill=(255, 255, 255))
    d.text((270, 395), "2026年11月21日 | 武汉", font=F(26, True), fill=(10, 40, 200), anchor="mm")
    d.ellipse([820, 130, 1030, 340], outline=CY, width=3)
    d.ellipse([855, 165, 995, 305], outline=(140, 200, 255), width=2)
    d.text((925, 235), "CLK", font=MONO(46), fill=(255, 255, 255), anchor="mm")
    # forum banner
    d.polygon([(250, 480), (830, 480), (800, 560), (280, 560)], fill=(40, 200, 240))
    d.text((540, 520), B_FORUM, font=F(44, True), fill=(10, 30, 140), anchor="mm")
    d.rounded_rectangle([230, 600, 850, 660], 30, fill=(20, 60, 210), outline=CY, width=2)
    d.text((540, 630), f"主持人：{B_HOST[0]}", font=F(30, True), fill=(255, 255, 255), anchor="mm")
    d.text((540, 690), f"—— {B_HOST[1]} ——", font=F(22), fill=(190, 215, 255), anchor="mm")
    y = 760
    bio_font = F(23)
    for n, (slot, bios) in enumerate(B_ITEMS):
        # chevrons
        for k in range(2):
            d.line([(140, y + k * 22), (170, y + 22 + k * 22), (200, y + k * 22)], fill=(120, 200, 255), width=7)
        y += 70
        tag = f"{slot['start']}-{slot['end']}"
        tw_ = MONO(46).getlength(tag)
        tab = vgradient(int(tw_ + 60), 72, (70, 220, 250), (30, 120, 240))
        im.paste(tab, (85, int(y)))
        d.text((115, y + 36), tag, font=MONO(46), fill=(235, 250, 255), anchor="lm")
        d.line([(85 + tw_ + 60, y + 70), (930, y + 70), (990, y + 110)], fill=CY, width=3)
        d.ellipse([982, y + 102, 1000, y + 120], fill=CY)
        top = y + 72
        if bios is None:
            d.text((W / 2, top + 70), slot["title"], font=F(40, True), fill=(255, 255, 255), anchor="mm")
            d.line([(85, top), (85, top + 130), (980, top + 130)], fill=CY, width=3)
            y = top + 160
            continue
        yy = top + 40
        d.rectangle([90, yy + 8, 104, yy + 40], fill=CY)
        yy = text_block(d, 130, yy, slot["title"], F(38, True), (255, 255, 255), 600 if len(bios) else 820, 1.35)
        yy += 20
        for k, bio in enumerate(bios):
            name = slot["speakers"][k]
            ystart = yy
            d.rectangle([90, yy + 6, 98, yy + 60], fill=(120, 190, 255))
            yy = text_block(d, 130, yy, bio, bio_font, (225, 235, 255), 470, 1.75)
            pcy = ystart + 120
            photo(im, 790, pcy, 105, seed=sum(map(ord, name)) + n, ring=(110, 190, 255))
            plate_y = max(yy + 10, pcy + 160)
            d.rounded_rectangle([640, plate_y, 980, plate_y + 72], 12, outline=CY, width=3, fill=(15, 55, 215))
            d.line([(560, plate_y + 92), (640, plate_y + 92), (660, plate_y + 72)], fill=CY, width=3)
            d.text((810, plate_y + 36), spaced(name), font=F(40, True), fill=(255, 255, 255), anchor="mm")
            yy = plate_y + 110
        d.line([(85, top), (85, yy), (980, yy)], fill=CY, width=3)
        d.line([(980, top + 60), (980, yy)], fill=CY, width=2)
        y = yy + 50
    # sponsors
    d.polygon([(300, y), (780, y), (760, y + 70), (320, y + 70)], fill=(40, 200, 240))
    d.text((540, y + 35), "赞助单位", font=F(38, True), fill=(10, 30, 140), anchor="mm")
    y += 110
    logos = ["华为 HUAWEI", "OPPO", "vivo", "Intel", "阿里云", "字节跳动", "腾讯", "龙芯中科", "统信 UOS"]
    for i, lg in enumerate(logos):
        cx = 200 + (i % 3) * 340
        cy = y + (i // 3) * 100
        d.rounded_rectangle([cx - 140, cy, cx + 140, cy + 76], 10, fill=(255, 255, 255))
        d.text((cx, cy + 38), lg, font=F(28, True), fill=(40, 60, 120), anchor="mm")
    y += 330
    d.rectangle([440, y, 640, y + 200], fill=(255, 255, 255))
    rnd = random.Random(5)
    for i in range(20):
        for j in range(20):
            if rnd.random() < 0.5:
                d.rectangle([450 + i * 9, y + 10 + j * 9, 458 + i * 9, y + 18 + j * 9], fill=(0, 0, 0))
    d.text((540, y + 240), "扫码报名", font=F(36, True), fill=(255, 255, 255), anchor="mm")
    y += 300
    im = im.crop((0, 0, W, int(y)))
    return add_noise(im, 5, 22)


POSTERS.append({
    "file": "bio-photo-cards.png",
    "layout": "Tall 1080 px blue 'tech' forum poster in the CLK2024 style: a chair pill (主持人) at the top; each talk "
              "is an outlined frame with a monospace time tab '13:30-14:00', the title, then per speaker a biography "
              "paragraph on the left, a round photo on the right and a name plate with letter-spaced CJK names "
              "('解 晨 阳'); affiliations only appear inside the biographies; one talk has two bios/photos/plates; one "
              "speaker has a Latin name; sponsor logo boxes and a QR code at the bottom.",
    "date": "2026-11-21",
    "forums": [{"forum": B_FORUM, "slots": [s for s, _ in B_ITEMS]}],
    "draw": draw_b,
})

# =====================================================================================
# C. dark main forum, vertical timeline at the left with start times sitting on the line
# =====================================================================================
C_FORUM = "主论坛"
C_HOST = "葛明远"
C_ITEMS = [
    (T("09:00", None, "Linux 内核中的 Rust：从驱动到核心子系统", ("林志强", "清华大学 教授"), kind="keynote",
       host=C_HOST), {"tag": "主题演讲"}),
    (T("09:40", None, "openEuler 内核的长期维护实践", ("谢安邦", "华为 openEuler 内核 Maintainer"), host=C_HOST), {}),
    (T("10:10", None, "大规模云原生场景下的内核热升级", ("聂晨", "腾讯云 专家工程师"), host=C_HOST), {}),
    (B("10:40", None, "茶歇"), {}),
    (T("10:55", None, "LoongArch 进入主线的十年", ("翟小川", "龙芯中科 内核团队负责人"), host=C_HOST), {}),
    (T("11:25", None, "圆桌论坛：开源内核人才从哪里来", ("万少峰", "阿里云"), ("田思雨", "字节跳动"),
       ("Zhou Hang", "SUSE"), kind="panel", host=C_HOST), {"panel": True}),
    (T("12:05", None, "闪电演讲 Lightning Talks", host=C_HOST), {"sub": "现场报名 · 每人 5 分钟"}),
    (B("12:30", None, "午餐"), {}),
]


def draw_c():
    W = 1080
    im = vgradient(W, 5000, (8, 6, 30), (34, 12, 70))
    d = ImageDraw.Draw(im)
    for i in range(6):
        d.line([(0, 1500 + i * 60), (W, 700 + i * 110)], fill=(40, 22, 84), width=2)
    d.polygon([(0, 1300), (300, 1050), (420, 1150), (0, 1600)], fill=(22, 12, 56))
    ACC = (0, 230, 210)
    d.text((70, 70), "CLK 2026", font=MONO(40), fill=ACC)
    d.text((70, 130), "中国 Linux 内核开发者大会", font=F(62, True), fill=(255, 255, 255))
    d.text((70, 225), "11月21日 上午  ·  华中科技大学 学术交流中心", font=F(28), fill=(170, 170, 210))
    d.text((70, 340), "主论坛", font=F(64, True), fill=(255, 255, 255))
    d.text((330, 372), f"主持人：{C_HOST}  浙江大学", font=F(28), fill=(210, 120, 255))
    d.rectangle([70, 450, W - 70, 466], fill=ACC)
    LX = 170
    y = 520
    top_line = y
    d.line([(LX, top_line - 20), (LX, 4990)], fill=(90, 110, 255), width=3)
    for slot, opt in C_ITEMS:
        x = 300
        yy = y
        if opt.get("tag"):
            d.rounded_rectangle([x, yy, x + 130, yy + 38], 19, fill=(210, 60, 200))
            d.text((x + 65, yy + 19), opt["tag"], font=F(22, True), fill=(255, 255, 255), anchor="mm")
            yy += 50
        tcy = yy + 24
        if slot["kind"] == "break":
            yy = text_block(d, x, yy, slot["title"], F(32, True), (150, 150, 190), W - x - 80, 1.4)
        else:
            yy = text_block(d, x, yy, slot["title"], F(34, True), ACC, W - x - 80, 1.38)
        if opt.get("sub"):
            yy = text_block(d, x, yy + 2, opt["sub"], F(22), (150, 150, 190), W - x - 80, 1.4)
        if opt.get("panel"):
            d.text((x, yy + 4), "主持人：", font=F(26, True), fill=(210, 120, 255))
            d.text((x + 110, yy + 4), slot["host"], font=F(28), fill=(255, 255, 255))
            yy += 48
            d.text((x, yy + 4), "嘉　宾：", font=F(26, True), fill=(210, 120, 255))
            yy += 48
        for n, a in zip(slot["speakers"], slot["affiliations"]):
            shown = n if len(n) != 2 else n[0] + "　" + n[1]
            d.text((x, yy + 4), shown, font=F(30), fill=(255, 255, 255))
            d.text((x + max(120, F(30).getlength(shown) + 24), yy + 12), a, font=F(21), fill=(110, 140, 255))
            yy += 46
        # time pill sitting on the line
        label = slot["start"].lstrip("0")  # printed with one-digit hours: '9:00'
        pw = F(30, True).getlength(label) + 36
        d.rounded_rectangle([LX - pw / 2, tcy - 24, LX + pw / 2, tcy + 24], 24, fill=(20, 10, 50), outline=ACC, width=2)
        d.text((LX, tcy), label, font=F(30, True), fill=(255, 255, 255), anchor="mm")
        d.line([(LX + pw / 2 + 4, tcy), (x - 20, tcy)], fill=(70, 60, 130), width=1)
        y = yy + 46
    # the line was drawn first (behind the pills); cut it off below the last item
    bg = vgradient(W, 5000, (8, 6, 30), (34, 12, 70))
    cut = int(y - 20)
    im.paste(bg.crop((LX - 4, cut, LX + 5, 5000)), (LX - 4, cut))
    d = ImageDraw.Draw(im)
    d.rectangle([70, y, W - 70, y + 16], fill=ACC)
    d.text((W / 2, y + 80), "议程如有调整，以大会现场公布为准", font=F(22), fill=(130, 130, 170), anchor="mm")
    im = im.crop((0, 0, W, int(y + 140)))
    return add_noise(im, 5, 33)


POSTERS.append({
    "file": "timeline-left-pills.png",
    "layout": "Dark purple main-forum poster: a vertical line near the left edge with START times only ('9:00', "
              "'10:55', one-digit hours) in pills sitting on the line; title in cyan to the right; 'name affiliation' "
              "lines (two-character names padded with a full-width space); a 主题演讲 tag above the keynote title (not "
              "part of it); a panel with its own 主持人 and three 嘉宾 (one pinyin name); a 'Lightning Talks' slot with "
              "no speaker but a grey sub-line; chair printed beside the forum heading. Ends are null.",
    "date": "2026-11-21",
    "forums": [{"forum": C_FORUM, "slots": [s for s, _ in C_ITEMS]}],
    "draw": draw_c,
})

# =====================================================================================
# D. bilingual: Chinese title with its English translation underneath
# =====================================================================================
D_FORUM = "虚拟化与云原生分论坛"
D_HOST = "龙海燕"
D_ITEMS = [
    (T("14:00", "14:40", "轻量级虚拟机 Firecracker 与 Kata 的内核优化", ("岳海涛", "蚂蚁集团 Ant Group"), host=D_HOST),
     "Kernel Tuning for Lightweight VMs: Firecracker and Kata"),
    (T("14:40", "15:20", "virtio-fs 的 DAX 映射与性能", ("孟晓静", "红帽 Red Hat"), host=D_HOST),
     "DAX Mapping and Performance in virtio-fs"),
    (B("15:20", "15:35", "茶歇 Tea Break"), None),
    (T("15:35", "16:15", "面向机密计算的 KVM 内存加密", ("Yuxuan Zhao", "英特尔 Intel"), host=D_HOST),
     "KVM Memory Encryption for Confidential Computing"),
    (T("16:15", "16:55", "cgroup v2 在容器隔离中的新特性", ("俞佳", "快手 Kuaishou"), ("冉立新", "京东 JD.com"),
       host=D_HOST),
     "New cgroup v2 Features for Container Isolation"),
    (T("16:55", "17:30", "虚拟化场景下的 vCPU 调度抖动分析", ("陶思远", "中国移动云能力中心 China Mobile Cloud"),
       host=D_HOST),
     "Analyzing vCPU Scheduling Jitter in Virtual Machines"),
]


def draw_d():
    W = 1242
    im = Image.new("RGB", (W, 4000), (248, 244, 234))
    d = ImageDraw.Draw(im)
    TEAL = (0, 122, 122)
    d.rectangle([0, 0, W, 24], fill=TEAL)
    for i in range(8):
        d.arc([W - 380 + i * 10, -200 + i * 10, W + 200 - i * 10, 380 - i * 10], 90, 180, fill=(200, 226, 220), width=3)
    d.text((80, 80), "CLK 2026", font=F(34, True), fill=TEAL)
    d.text((80, 130), "中国 Linux 内核开发者大会", font=F(54, True), fill=(30, 40, 40))
    d.text((80, 205), "China Linux Kernel Developer Conference", font=ITAL(32), fill=(110, 120, 120))
    d.line([(80, 270), (W - 80, 270)], fill=(200, 190, 170), width=2)
    d.text((80, 300), D_FORUM, font=F(46, True), fill=TEAL)
    d.text((80, 368), "Virtualization & Cloud Native Forum", font=ITAL(30), fill=(110, 120, 120))
    d.text((80, 430), "2026年11月22日 下午  ·  Nov 22, 2026 PM   |   二号厅 Room B", font=F(26), fill=(80, 90, 90))
    d.text((80, 476), f"主持人 Host：{D_HOST}（中国电信 China Telecom）", font=F(26), fill=(80, 90, 90))
    y = 560
    TX, DX, X = 80, 330, 370
    for slot, en in D_ITEMS:
        if slot["kind"] == "break":
            d.rounded_rectangle([TX, y, W - 80, y + 76], 38, fill=(230, 222, 204))
            d.text((TX + 40, y + 38), f"{slot['start']} - {slot['end']}", font=F(28), fill=(120, 110, 90), anchor="lm")
            d.text((W / 2 + 80, y + 38), slot["title"], font=F(30, True), fill=(120, 110, 90), anchor="mm")
            y += 110
            continue
        y0 = y
        d.text((TX, y + 6), f"{slot['start']} - {slot['end']}", font=F(30, True), fill=TEAL)
        yy = text_block(d, X, y, slot["title"], F(34, True), (25, 30, 30), W - X - 80, 1.38)
        yy = text_block(d, X, yy + 2, en, ITAL(26), (120, 125, 125), W - X - 80, 1.35)
        yy += 14
        for n, a in zip(slot["speakers"], slot["affiliations"]):
            d.ellipse([X, yy + 14, X + 12, yy + 26], fill=TEAL)
            d.text((X + 26, yy + 2), n, font=F(28, True), fill=(40, 45, 45))
            ax = X + 26 + F(28, True).getlength(n) + 22
            d.text((ax, yy + 6), a, font=F(24), fill=(110, 115, 115))
            yy += 44
        d.line([(DX, y0 + 8), (DX, yy)], fill=(200, 190, 170), width=2)
        y = yy + 26
        d.line([(TX, y), (W - 80, y)], fill=(226, 218, 200), width=1)
        y += 34
    d.rectangle([0, y + 40, W, y + 150], fill=TEAL)
    d.text((W / 2, y + 95), "主办 Organizer：CLK 组委会   ·   承办 Host：华中科技大学", font=F(26), fill=(235, 250, 248),
           anchor="mm")
    im = im.crop((0, 0, W, int(y + 150)))
    return add_noise(im, 4, 44)


POSTERS.append({
    "file": "bilingual-zh-en.png",
    "layout": "Cream bilingual forum poster (1242 px): heading and forum name in Chinese with an English line "
              "under each; each talk has the time '14:00 - 14:40' in a left column, then the Chinese title (the "
              "truth title) with its English translation in grey italics underneath, then '• name  中文单位 English "
              "affiliation' lines; one pinyin-only speaker ('Yuxuan Zhao'); a pill-shaped tea-break row; the chair "
              "(主持人 Host) printed under the heading.",
    "date": "2026-11-22",
    "forums": [{"forum": D_FORUM, "slots": [s for s, _ in D_ITEMS]}],
    "draw": draw_d,
})

# =====================================================================================
# E. landscape horizontal timeline: time flows left to right, morning row and afternoon row
# =====================================================================================
E_FORUM = "Rust 与内核安全分论坛"
E_ROWS = [
    ("上午", "AM", [
        T("09:30", "10:10", "Rust for Linux：驱动开发实战", ("蒋文韬", "字节跳动")),
        T("10:10", "10:50", "Landlock 无特权沙箱的设计与演进", ("孙一诺", "华为")),
        B("10:50", "11:05", "茶歇"),
        T("11:05", "11:45", "Kernel CFI 与 ROP 防护在 ARM64 上的实现", ("罗浩", "荣耀")),
        B("11:45", "13:30", "午餐"),
    ]),
    ("下午", "PM", [
        T("13:30", "14:10", "syzkaller 发现的十个典型内核漏洞", ("任佳琪", "北京大学"), ("葛涛", "奇安信")),
        T("14:10", "14:50", "Android binder 驱动 Rust 化的经验", ("宁远", "小米")),
        T("14:50", "15:30", "eBPF 验证器的安全边界", ("Yifei Zhang", "浙江大学")),
        T("15:30", "16:10", "Linux 内核供应链安全：从补丁到发行版", ("黄立", "统信软件")),
    ]),
]


def draw_e():
    W, H = 1920, 1180
    im = vgradient(W, H, (6, 16, 40), (10, 34, 70))
    d = ImageDraw.Draw(im)
    for i in range(40):
        rnd = random.Random(i)
        x, y = rnd.randrange(W), rnd.randrange(H)
        d.ellipse([x, y, x + 3, y + 3], fill=(80, 120, 180))
    ORANGE = (255, 160, 40)
    d.text((70, 50), "CLK", font=MONO(64), fill=ORANGE)
    d.text((70, 128), "2026 · WUHAN", font=MONO(22), fill=(150, 170, 210))
    d.text((290, 52), E_FORUM, font=F(60, True), fill=(255, 255, 255))
    d.text((292, 140), "第二十一届中国 Linux 内核开发者大会  ·  11月22日（周日）  ·  三号厅", font=F(26),
           fill=(160, 180, 220))
    # shield icon
    d.polygon([(1760, 50), (1840, 75), (1830, 150), (1760, 190), (1690, 150), (1680, 75)], outline=ORANGE, width=4)
    d.line([(1730, 120), (1755, 145), (1800, 95)], fill=ORANGE, width=6)
    row_y = [300, 760]
    X0, X1 = 230, W - 60
    for (zh, en, items), ly in zip(E_ROWS, row_y):
        d.text((70, ly - 10), zh, font=F(44, True), fill=ORANGE, anchor="lm")
        d.text((72, ly + 36), en, font=MONO(26), fill=(150, 170, 210), anchor="lm")
        n = len(items)
        step = (X1 - X0) / 5
        d.line([(X0 - 20, ly), (X0 + step * n - 20, ly)], fill=(90, 140, 220), width=4)
        for i, s in enumerate(items):
            cx = X0 + i * step
            brk = s["kind"] == "break"
            d.ellipse([cx - 12, ly - 12, cx + 12, ly + 12], fill=(120, 140, 170) if brk else ORANGE)
            d.text((cx - 12, ly - 52), f"{s['start']}-{s['end']}", font=F(28, True),
                   fill=(150, 160, 190) if brk else (255, 255, 255), anchor="lm")
            if brk:
                d.text((cx - 12, ly + 40), s["title"], font=F(30, True), fill=(150, 160, 190))
                continue
            cw = step - 36
            d.rounded_rectangle([cx - 24, ly + 34, cx - 24 + cw, ly + 330], 14, fill=(16, 40, 84),
                                outline=(50, 90, 160), width=2)
            yy = text_block(d, cx - 4, ly + 48, s["title"], F(27, True), (255, 255, 255), cw - 40, 1.36)
            yy += 10
            d.line([(cx - 4, yy), (cx + 60, yy)], fill=ORANGE, width=3)
            yy += 14
            for nm, a in zip(s["speakers"], s["affiliations"]):
                d.text((cx - 4, yy), nm, font=F(25, True), fill=(255, 210, 140))
                d.text((cx - 4, yy + 36), a, font=F(20), fill=(150, 170, 210))
                yy += 70
    d.text((W / 2, H - 40), "议程以现场为准  ·  欢迎扫码加入 CLK 内核技术交流群", font=F(22), fill=(110, 130, 170),
           anchor="mm")
    return add_noise(im, 5, 55)


POSTERS.append({
    "file": "horizontal-timeline.png",
    "layout": "Dark navy 1920x1180 landscape: time flows LEFT TO RIGHT along two horizontal lines (上午 AM row, 下午 PM "
              "row); above each node the range '09:30-10:10', below it a card with title, an orange rule, then "
              "name (bold) and affiliation on the next line; breaks (茶歇, 午餐) are grey nodes without a card; one "
              "talk has two speakers stacked; one pinyin-only speaker; logo 'CLK' and a shield icon. No chair.",
    "date": "2026-11-22",
    "forums": [{"forum": E_FORUM, "slots": [s for _, _, items in E_ROWS for s in items]}],
    "draw": draw_e,
})


def main():
    out = []
    for p in POSTERS:
        im = p["draw"]()
        im.save(HERE / p["file"], optimize=True)
        print(p["file"], im.size)
        forums = []
        for f in p["forums"]:
            slots = []
            for s in f["slots"]:
                s = dict(s)
                s["speakers"] = [truth_name(n) for n in s["speakers"]]
                if s["kind"] == "break":
                    s["host"] = None
                slots.append(s)
            forums.append({"forum": f["forum"], "slots": slots})
        out.append({"file": p["file"], "layout": p["layout"], "date": p["date"], "forums": forums})
    truth = {
        "written": "2026-12-03",
        "by": "a helper that had not read the code",
        "note": "speakers: names as printed with spaces removed (letter-spaced plates, padded two-character names, "
                "pinyin 'Yuxuan Zhao' -> 'YuxuanZhao'); panel speakers are the guests; host is the chair printed for "
                "the forum (or the panel moderator), null for breaks and where none is printed; end is null where "
                "the poster prints start times only; start is always HH:MM even where printed '9:00'; titles exclude tags (主题演讲), English translation lines and "
                "grey sub-lines.",
        "posters": out,
    }
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
