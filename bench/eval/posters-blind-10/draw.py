"""Draw the tenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the five PNGs and truth.json next to this file.
Everything printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances; the
JPEG-like softness is a round trip through Pillow's own encoder at a fixed
quality.  The five layouts were chosen to differ from every layout of
posters-blind-1..9 and from each other: a spreadsheet screenshot, one forum over
two days printed as start time + duration, co-presented talks whose speakers
carry job titles on one shared line, a metro-map route that snakes back and
forth, and a centred stack over a busy circuit-board background.
"""
import io
import json
import os
import random
import re

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC, MONO_SC = 2, 7
_fc = {}


def font(size, bold=False, mono=False, serif=False):
    if serif:
        path, index = FD + ("NotoSerifCJK-Bold.ttc" if bold else "NotoSerifCJK-Regular.ttc"), SC
    else:
        path = FD + ("NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc")
        index = MONO_SC if mono else SC
    key = (path, index, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, size, index=index)
    return _fc[key]


def tw(d, text, f):
    b = d.textbbox((0, 0), text, font=f)
    return b[2] - b[0]


TOKEN = re.compile(r"[（(]?[A-Za-z0-9_\-./:+#'’&]+[,)]?\s*|\s+|.")
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


def hgrad(w, h, c1, c2):
    im = Image.new("RGB", (w, h), c1)
    d = ImageDraw.Draw(im)
    for x in range(w):
        t = x / max(1, w - 1)
        d.line([(x, 0), (x, h)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))
    return im


def soften(im, blur, quality):
    """Slight blur plus a JPEG round trip: the softness of a poster re-shared in a chat."""
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def T(start, end, title, speakers, host=None, **extra):
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def P(start, end, title, guests, moderator):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": guests, "host": moderator}


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [n.replace(" ", "") for n, _ in s["sp"]],
            "affiliations": [a for _, a in s["sp"]], "host": s["host"]}


def mins(t):
    h, m = t.split(":")
    return int(h) * 60 + int(m)


def hhmm(m):
    return "%02d:%02d" % (m // 60, m % 60)


def one_digit(t):
    """'09:00' as a spreadsheet's h:mm format shows it: '9:00'."""
    return t[1:] if t[0] == "0" else t


def pad2(name):
    return name[0] + "\u3000" + name[1] if len(name) == 2 and ord(name[0]) > 0x2E80 else name


CONF = "第二十一届中国 Linux 内核开发者大会"


# ===========================================================================
# 1. Screenshot of the organisers' spreadsheet (WPS-like): window chrome,
#    ribbon, a formula bar that repeats the selected cell's title, column
#    letters and row numbers; columns 序号 | 开始时间 | 结束时间 | 议题 |
#    演讲人 | 单位 | 职务 | 备注 with times in h:mm ('9:00', right-aligned as
#    a spreadsheet aligns numbers); the company and the job title are in two
#    columns (the truth joins them with one space); a two-speaker row stacks
#    names, units and job titles inside the cells; break rows have a fill and
#    '茶歇' in the 议题 cell; sheet tabs name other forums.
F1, H1 = "内核安全与 Rust 分论坛", "蒋慕白"
SLOTS1 = [
    T("09:00", "09:40", "Rust for Linux：从驱动样例到生产级 NVMe 驱动", [("卓一凡", ("华为", "高级工程师"))], H1,
      note="已确认"),
    T("09:40", "10:20", "内核控制流完整性 kCFI 在 ARM64 上的开销分析", [("宁可馨", ("荣耀终端", "安全技术专家"))], H1,
      note="已确认"),
    B("10:20", "10:40", "茶歇"),
    T("10:40", "11:20", "Landlock 沙箱在桌面发行版中的落地", [("钱若水", ("统信软件", "内核工程师"))], H1, note=""),
    T("11:20", "12:00", "基于 syzkaller 的文件系统模糊测试改进",
      [("殷浩然", ("北京邮电大学", "博士生")), ("费立新", ("腾讯", "安全研究员"))], H1, note="两人合讲"),
    B("12:00", "13:30", "午餐"),
    T("13:30", "14:10", "内存安全漏洞的静态检测：Smatch 与 Coccinelle 实践", [("葛云飞", ("奇安信", "高级研究员"))], H1,
      note="线上分享"),
    T("14:10", "14:50", "LSM 栈式加载与 BPF LSM 的策略编排", [("单雪晴", ("字节跳动", "系统安全工程师"))], H1,
      note="已确认"),
    T("14:50", "15:30", "Rust 内核模块的 unsafe 边界审计", [("鲍文昊", ("清华大学", ""))], H1, note="PPT 待交"),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:30", "机密计算场景下的内核攻击面收敛", [("柯佳琪", ("蚂蚁集团", "技术专家"))], H1, note="已确认"),
    T("16:30", "17:10", "KASLR 与 FineIBT：x86 防护机制的演进", [("滕俊", ("英特尔中国", "软件架构师"))], H1, note=""),
    T("17:10", "17:40", "内核 CVE 的分配流程与发行版的应对", [("Marcus Hoffmann", ("SUSE", "Kernel Engineer"))], H1,
      note="英文分享"),
]
SELECTED1 = 6  # the slot whose title cell is selected (its title shows again in the formula bar)


def poster_spreadsheet():
    cols = [("序号", 80), ("开始时间", 130), ("结束时间", 130), ("议题", 600), ("演讲人", 200),
            ("单位", 290), ("职务", 210), ("备注", 150)]
    RH = 58
    W = RH + sum(w for _, w in cols) + 150
    im = Image.new("RGB", (W, 2400), (255, 255, 255))
    d = ImageDraw.Draw(im)
    ink, grid, chrome, green = (30, 30, 30), (214, 214, 214), (243, 243, 243), (33, 150, 83)
    f, fb, fs = font(22), font(22, bold=True), font(19)
    # window chrome
    d.rectangle([0, 0, W, 44], fill=(232, 236, 240))
    ctext(d, W / 2, 9, "CLK2026-内核安全与Rust分论坛-议程终版.xlsx  -  WPS 表格", fs, (60, 60, 60))
    for k, x in enumerate((W - 150, W - 100, W - 50)):
        if k == 0:
            d.line([(x, 22), (x + 16, 22)], fill=(80, 80, 80), width=2)
        elif k == 1:
            d.rectangle([x, 14, x + 16, 30], outline=(80, 80, 80), width=2)
        else:
            d.line([(x, 14), (x + 16, 30)], fill=(80, 80, 80), width=2)
            d.line([(x, 30), (x + 16, 14)], fill=(80, 80, 80), width=2)
    d.rectangle([0, 44, W, 86], fill=chrome)
    x = 24
    for k, m in enumerate(["文件", "开始", "插入", "页面布局", "公式", "数据", "审阅", "视图", "工具", "会员专享"]):
        d.text((x, 52), m, font=font(20), fill=green if k == 1 else (70, 70, 70))
        if k == 1:
            d.line([(x, 82), (x + tw(d, m, font(20)), 82)], fill=green, width=3)
        x += tw(d, m, font(20)) + 34
    d.rectangle([0, 86, W, 170], fill=(250, 250, 250))
    x = 24
    for lab, wdt in [("粘贴", 60), ("剪切", 60), ("格式刷", 76), ("微软雅黑", 150), ("11", 50), ("B", 30),
                     ("I", 30), ("U", 30), ("合并居中", 100), ("自动换行", 100), ("常规", 90), ("条件格式", 100),
                     ("筛选", 60), ("排序", 60)]:
        d.rounded_rectangle([x, 96, x + wdt, 130], 4, outline=(210, 210, 210), fill=(255, 255, 255))
        ctext(d, x + wdt / 2, 100, lab, fs, (80, 80, 80))
        x += wdt + 14
    d.line([(0, 170), (W, 170)], fill=(200, 200, 200))
    # formula bar
    sel_row = 4 + SELECTED1
    d.rectangle([8, 178, 128, 212], outline=(190, 190, 190), fill=(255, 255, 255))
    d.text((18, 181), "D%d" % sel_row, font=f, fill=ink)
    d.text((150, 180), "fx", font=font(22, bold=True), fill=(120, 120, 120))
    d.rectangle([190, 178, W - 10, 212], outline=(190, 190, 190), fill=(255, 255, 255))
    d.text((200, 181), SLOTS1[SELECTED1]["title"], font=f, fill=ink)
    top = 222
    xs = [RH]
    for _, w in cols:
        xs.append(xs[-1] + w)
    xs.append(W)  # column I, empty
    letters = "ABCDEFGHI"
    d.rectangle([0, top, W, top + 34], fill=chrome)
    for k in range(len(xs) - 1):
        if k == 3:
            d.rectangle([xs[k], top, xs[k + 1], top + 34], fill=(220, 235, 225))
            d.line([(xs[k], top + 33), (xs[k + 1], top + 33)], fill=green, width=3)
        ctext(d, (xs[k] + xs[k + 1]) / 2, top + 3, letters[k], fs, (90, 90, 90))
        d.line([(xs[k], top), (xs[k], top + 34)], fill=(200, 200, 200))
    y = top + 34
    rows = []  # (kind, payload, height)
    rows.append(("title", "CLK 2026  " + F1 + "  议程（11月28日 周六）", 70))
    rows.append(("info", "地点：南京国际会议中心 2 楼 明远厅    主持人：" + H1 + "（中国科学院信息工程研究所 研究员）", 50))
    rows.append(("head", None, 50))
    LH = 32
    for s in SLOTS1:
        if s["kind"] == "break":
            rows.append(("break", s, 50))
            continue
        tl = wrap(d, s["title"], f, cols[3][1] - 20)
        n = max(len(tl), len(s["sp"]))
        rows.append(("talk", (s, tl), max(50, n * LH + 18)))
    for _ in range(6):
        rows.append(("empty", None, 50))
    sel_box = None
    for r, (kind, data, h) in enumerate(rows, start=1):
        d.rectangle([0, y, RH, y + h], fill=(220, 235, 225) if r == sel_row else chrome)
        ctext(d, RH / 2, y + (h - 26) / 2, str(r), fs, (90, 90, 90))
        if kind in ("title", "info"):
            if kind == "title":
                d.rectangle([RH, y, xs[-2], y + h], fill=(221, 235, 247))
                ctext(d, (RH + xs[-2]) / 2, y + 16, data, font(28, bold=True), ink)
            else:
                d.text((RH + 12, y + 11), data, font=f, fill=ink)
            for k in range(len(xs) - 2, len(xs)):
                d.line([(xs[k], y), (xs[k], y + h)], fill=grid)
        elif kind == "head":
            d.rectangle([RH, y, xs[-2], y + h], fill=(242, 242, 242))
            for k, (name, _) in enumerate(cols):
                ctext(d, (xs[k] + xs[k + 1]) / 2, y + 11, name, fb, ink)
        elif kind == "break":
            d.rectangle([RH, y, xs[-2], y + h], fill=(255, 242, 204))
            rtext(d, xs[2] - 10, y + 11, one_digit(data["start"]), f, ink)
            rtext(d, xs[3] - 10, y + 11, one_digit(data["end"]), f, ink)
            ctext(d, (xs[3] + xs[-2]) / 2, y + 11, data["title"], fb, (120, 90, 0))
        elif kind == "talk":
            s, tl = data
            rows_talk = [k for k, rr in enumerate(rows) if rr[0] == "talk"]
            num = rows_talk.index(r - 1) + 1
            cy = y + (h - LH) / 2 + 2
            rtext(d, xs[1] - 10, cy, str(num), f, ink)
            rtext(d, xs[2] - 10, cy, one_digit(s["start"]), f, ink)
            rtext(d, xs[3] - 10, cy, one_digit(s["end"]), f, ink)
            ty = y + (h - len(tl) * LH) / 2 + 2
            for ln in tl:
                d.text((xs[3] + 10, ty), ln, font=f, fill=ink)
                ty += LH
            n = len(s["sp"])
            sy = y + (h - n * LH) / 2 + 2
            for nm, (aff, job) in s["sp"]:
                d.text((xs[4] + 10, sy), nm, font=f, fill=ink)
                d.text((xs[5] + 10, sy), aff, font=f, fill=ink)
                d.text((xs[6] + 10, sy), job, font=f, fill=ink)
                sy += LH
            if s["note"]:
                d.text((xs[7] + 10, cy), s["note"], font=f, fill=(192, 0, 0) if "待" in s["note"] else ink)
            if r == sel_row:
                sel_box = (xs[3], y, xs[4], y + h)
        if kind not in ("title", "info"):
            for k in range(1, len(xs)):
                if kind == "break" and 4 <= k < len(xs) - 2:
                    continue
                d.line([(xs[k], y), (xs[k], y + h)], fill=grid)
        d.line([(RH, y + h), (W, y + h)], fill=grid)
        d.line([(0, y + h), (RH, y + h)], fill=(200, 200, 200))
        y += h
    d.line([(RH, top), (RH, y)], fill=(200, 200, 200))
    if sel_box:
        x1, y1, x2, y2 = sel_box
        d.rectangle([x1 - 1, y1 - 1, x2 + 1, y2 + 1], outline=green, width=3)
        d.rectangle([x2 - 4, y2 - 4, x2 + 4, y2 + 4], fill=green, outline=(255, 255, 255))
    # sheet tabs and status bar
    d.rectangle([0, y, W, y + 44], fill=chrome)
    x = 120
    for k, tab in enumerate(["主论坛", "内存管理", "内核安全与Rust", "存储与文件系统", "嘉宾通讯录"]):
        wdt = tw(d, tab, fs) + 40
        if k == 2:
            d.rectangle([x, y, x + wdt, y + 40], fill=(255, 255, 255))
            d.line([(x, y + 39), (x + wdt, y + 39)], fill=green, width=3)
        ctext(d, x + wdt / 2, y + 8, tab, fs, green if k == 2 else (80, 80, 80))
        x += wdt + 4
    d.text((x + 10, y + 4), "+", font=font(26), fill=(120, 120, 120))
    y += 44
    d.rectangle([0, y, W, y + 34], fill=(232, 236, 240))
    d.text((16, y + 5), "就绪", font=fs, fill=(80, 80, 80))
    rtext(d, W - 20, y + 5, "100%", fs, (80, 80, 80))
    im = im.crop((0, 0, W, y + 34))
    slots = [truth_slot(dict(s, sp=[(n, (a + " " + j).strip()) for n, (a, j) in s["sp"]])) for s in SLOTS1]
    return soften(im, 0, 92), [{"forum": F1, "slots": slots}]


# ===========================================================================
# 2. ONE forum over TWO days (DAY 1 afternoon, DAY 2 morning), each day under
#    its own header band with its own 主持人; every row prints only the
#    START time large and the DURATION under it ('40 分钟'), never the end;
#    breaks likewise ('15:10' / '20 分钟' + a pill); day 2 ends with a footer
#    '12:10 会议结束 · 午餐' that is not a slot.
F2 = "存储与文件系统分论坛"
DAYS2 = [
    ("DAY 1", "11月28日  星期六  ·  下午", "聂清源", "浪潮信息 存储架构师", "13:30", [
        (40, "ext4 多块分配器 mballoc 的可扩展性改进", [("汤明杰", "阿里云")]),
        (40, "XFS 在线修复（online fsck）的进展与实测", [("梁宇辰", "腾讯")]),
        (20, "EROFS 按需加载在镜像分发中的应用", [("龙思彤", "快手")]),
        (20, "茶歇", None),
        (45, "ZNS SSD 在日志型存储中的实践", [("武兆辉", "忆恒创源"), ("柴若曦", "清华大学")]),
        (40, "FUSE passthrough 与 io_uring 的结合", [("庄伟民", "vivo")]),
        (30, "blk-mq 调度器在 QLC SSD 上的选择", [("喻晨", "OPPO")]),
    ]),
    ("DAY 2", "11月29日  星期日  ·  上午", "欧雪莹", "华中科技大学 副教授", "09:00", [
        (40, "Btrfs RAID stripe tree 的设计与稳定性", [("晏子豪", "西部数据")]),
        (40, "dm-verity 与 fs-verity 在车载系统中的取舍", [("解欣然", "比亚迪")]),
        (20, "茶歇", None),
        (40, "页缓存回写（writeback）的并行化探索", [("冉立峰", "字节跳动")]),
        (30, "CXL SSD 与内核块设备语义", [("Park Minho", "三星半导体")]),
        (20, "小文件场景下 ext4 inline data 的优化", [("韦一鸣", "中国移动")]),
    ]),
]


def days2_slots():
    out = []
    for _, _, host, _, start, rows in DAYS2:
        m, slots = mins(start), []
        for dur, title, sp in rows:
            if sp is None:
                slots.append(B(hhmm(m), hhmm(m + dur), title))
            else:
                slots.append(T(hhmm(m), hhmm(m + dur), title, sp, host))
            slots[-1]["dur"] = dur
            m += dur
        out.append(slots)
    return out


def poster_two_days():
    W = 1242
    im = Image.new("RGB", (W, 4200), (246, 247, 251))
    im.paste(hgrad(W, 360, (40, 44, 120), (0, 130, 140)), (0, 0))
    d = ImageDraw.Draw(im)
    white, ink, grey, indigo, teal = (255, 255, 255), (28, 32, 48), (110, 116, 130), (46, 50, 130), (0, 128, 138)
    d.text((70, 46), "CLK 2026  ·  " + CONF, font=font(28), fill=(210, 230, 240))
    d.text((70, 110), F2, font=font(68, bold=True), fill=white)
    d.text((70, 222), "两日议程  ·  11.28 – 11.29  ·  南京国际会议中心 紫金厅", font=font(30), fill=(225, 240, 245))
    d.rounded_rectangle([70, 285, 470, 330], 22, outline=(150, 220, 225), width=2)
    d.text((92, 290), "STORAGE & FILE SYSTEMS", font=font(24, bold=True), fill=(150, 220, 225))
    y = 420
    fStart, fDur, fT, fN, fA = font(44, bold=True, mono=True), font(24), font(32, bold=True), font(28, bold=True), font(26)
    XR = 330
    for (tag, when, host, hostaff, _, _), slots in zip(DAYS2, days2_slots()):
        d.rounded_rectangle([60, y, W - 60, y + 130], 16, fill=white, outline=(210, 214, 230), width=2)
        d.rounded_rectangle([60, y, 290, y + 130], 16, fill=indigo)
        d.rectangle([270, y, 290, y + 130], fill=indigo)
        ctext(d, 175, y + 28, tag, font(52, bold=True), white)
        d.text((320, y + 18), when, font=font(36, bold=True), fill=ink)
        d.text((320, y + 72), "主持人：" + host + "（" + hostaff + "）", font=font(27), fill=grey)
        y += 180
        for s in slots:
            y0 = y
            d.text((80, y - 6), s["start"], font=fStart, fill=indigo if s["kind"] != "break" else grey)
            d.text((84, y + 50), "%d 分钟" % s["dur"], font=fDur, fill=grey)
            d.ellipse([XR - 42, y + 14, XR - 28, y + 28], fill=teal)
            if s["kind"] == "break":
                d.rounded_rectangle([XR, y - 2, XR + 220, y + 50], 26, fill=(255, 236, 200))
                ctext(d, XR + 110, y + 2, s["title"], font(30, bold=True), (170, 110, 20))
                y += 110
            else:
                for ln in wrap(d, s["title"], fT, W - 80 - XR):
                    d.text((XR, y - 4), ln, font=fT, fill=ink)
                    y += 48
                y += 6
                for nm, aff in s["sp"]:
                    d.text((XR, y), nm, font=fN, fill=teal)
                    d.text((XR + tw(d, nm, fN) + 24, y + 2), aff, font=fA, fill=grey)
                    y += 42
                y = max(y, y0 + 90) + 34
            d.line([(XR - 35, y0 + 34), (XR - 35, y - 26)], fill=(200, 220, 225), width=2)
            d.line([(80, y - 18), (W - 80, y - 18)], fill=(226, 229, 238), width=1)
        y += 50
    d.text((80, y - 30), "12:10", font=fStart, fill=grey)
    d.text((XR, y - 22), "会议结束 · 午餐（二楼宴会厅）", font=font(30), fill=grey)
    y += 70
    ctext(d, W / 2, y, "主办：中国 Linux 内核开发者大会组委会　·　议程以现场为准", font(24), grey)
    im = im.crop((0, 0, W, y + 80))
    forums = [{"forum": F2, "slots": [truth_slot(s) for s in day]} for day in days2_slots()]
    return soften(im, 0.4, 90), forums


# ===========================================================================
# 3. Co-presented talks: every card has a folder TAB on top carrying the
#    range, the bold title, then ONE line holding both speakers, each as
#    'name  company job-title' (the job title sometimes missing), joined by an
#    orange '×' (the line breaks before '×' only when it would overflow); a
#    closing 圆桌讨论 with '主持：name company title' and '嘉宾：' guests as
#    'name（company title）' joined by '、' and wrapping; the tea break is a
#    dashed rule with a centred range and title; an intro line (not a slot).
F3, H3 = "AI 基础设施与异构计算分论坛", "储凌云"
SLOTS3 = [
    T("13:30", "14:05", "GPU 显存与主机内存的统一管理：HMM 实践",
      [("韩启航", "华为 高级工程师"), ("孙沁", "北京大学 博士生")], H3),
    T("14:05", "14:40", "CXL 内存扩展在大模型推理中的分层放置",
      [("季明辉", "阿里云 技术专家"), ("邬晓蕾", "上海交通大学 副教授")], H3),
    T("14:40", "15:15", "RISC-V AI 加速器的内核驱动框架",
      [("程诺", "算能科技 驱动工程师"), ("乔安澜", "中国科学院计算技术研究所 助理研究员")], H3),
    B("15:15", "15:30", "茶歇交流"),
    T("15:30", "16:05", "NPU 设备的 IOMMU SVA 共享虚拟地址支持",
      [("鲁宏", "海光信息技术股份有限公司 高级工程师"), ("Ravi Shankar", "AMD Principal Member of Technical Staff")], H3),
    T("16:05", "16:35", "训练集群中 RDMA 内存注册的开销优化", [("祁文博", "百度")], H3),
    T("16:35", "17:05", "dma-buf 跨设备共享与同步的那些坑",
      [("霍一鸣", "摩尔线程 技术专家"), ("骆佳音", "南京大学 博士生")], H3),
    T("17:05", "17:35", "用 Rust 写 GPU 驱动：nova 的进展与经验",
      [("奚志远", "红帽 高级软件工程师"), ("闵雨桐", "北京航空航天大学")], H3),
    P("17:35", "18:15", "圆桌讨论：异构算力时代，内核还应该管什么？",
      [("季明辉", "阿里云 技术专家"), ("翟秀兰", "清华大学 教授"), ("Ravi Shankar", "AMD"),
       ("鞠子健", "中国科学技术大学 博士生")], "蔡文韬"),
]
MOD3 = "OPPO 技术总监"


def poster_joint_tabs():
    W = 1200
    im = Image.new("RGB", (W, 4000), (246, 244, 252))
    im.paste(vgrad(W, 340, (70, 30, 140), (120, 60, 190)), (0, 0))
    d = ImageDraw.Draw(im)
    white, ink, grey, purple, orange = (255, 255, 255), (34, 28, 48), (104, 98, 118), (96, 48, 170), (236, 120, 30)
    d.text((60, 40), "CLK 2026  |  " + CONF, font=font(26), fill=(220, 205, 250))
    d.text((60, 96), F3, font=font(58, bold=True), fill=white)
    d.text((60, 190), "11月29日（周日）下午  ·  南京国际会议中心 4 号厅", font=font(30), fill=(235, 225, 255))
    d.rounded_rectangle([60, 252, 640, 306], 27, fill=(255, 255, 255))
    d.text((86, 259), "主持人：" + H3 + "　浙江大学 教授", font=font(28, bold=True), fill=purple)
    y = 380
    intro = "本分论坛议题均由产业界与学术界嘉宾联合分享，欢迎会后交流。"
    d.text((60, y), intro, font=font(26), fill=grey)
    y += 80
    fTab, fT, fN, fA, fX = font(26, bold=True, mono=True), font(32, bold=True), font(26, bold=True), font(24), font(26, bold=True)
    X1, X2, PAD = 60, W - 60, 30
    inner = X2 - X1 - 2 * PAD
    for s in SLOTS3:
        rng = s["start"] + " - " + s["end"]
        if s["kind"] == "break":
            y += 10
            text = rng + "　" + s["title"]
            tw_ = tw(d, text, font(30, bold=True))
            for xx in range(X1, X2, 24):
                if not (W / 2 - tw_ / 2 - 30 < xx < W / 2 + tw_ / 2 + 20):
                    d.line([(xx, y + 22), (xx + 12, y + 22)], fill=(170, 160, 200), width=3)
            ctext(d, W / 2, y + 2, text, font(30, bold=True), (150, 140, 175))
            y += 90
            continue
        tabw = tw(d, rng, fTab) + 50
        d.rounded_rectangle([X1, y, X1 + tabw, y + 60], 12, fill=purple)
        ctext(d, X1 + tabw / 2, y + 11, rng, fTab, white)
        y += 48
        y0 = y
        body = []  # (kind, payload)
        for ln in wrap(d, s["title"], fT, inner):
            body.append(("title", ln))
        if s["kind"] == "panel":
            body.append(("mod", None))
            items = [nm + "（" + aff + "）" for nm, aff in s["sp"]]
            lines = [items[0]]
            for it in items[1:]:  # a designer breaks the guest list between guests, never inside a name
                if tw(d, lines[-1] + "、" + it, fA) <= inner - 80:
                    lines[-1] += "、" + it
                else:
                    lines[-1] += "、"
                    lines.append(it)
            for k, ln in enumerate(lines):
                body.append(("guests", (k, ln)))
        else:
            parts = [(nm, aff) for nm, aff in s["sp"]]
            full = sum(tw(d, nm, fN) + 14 + tw(d, aff, fA) for nm, aff in parts) + 70 * (len(parts) - 1)
            if full <= inner:
                body.append(("sp", parts))
            else:
                for k, p in enumerate(parts):
                    body.append(("sp1", (k, p)))
        h = 24 + sum(52 if k == "title" else 42 for k, _ in body) + 28
        d.rounded_rectangle([X1, y, X2, y + h], 12, fill=white, outline=(220, 212, 240), width=2)
        d.rectangle([X1, y, X1 + tabw, y + 14], fill=purple)
        yy = y + 20
        for kind, p in body:
            x = X1 + PAD
            if kind == "title":
                d.text((x, yy), p, font=fT, fill=ink)
                yy += 52
                continue
            if kind == "mod":
                d.text((x, yy), "主持：", font=fN, fill=orange)
                d.text((x + 80, yy), s["host"], font=fN, fill=purple)
                d.text((x + 80 + tw(d, s["host"], fN) + 14, yy + 2), MOD3, font=fA, fill=grey)
            elif kind == "guests":
                k, ln = p
                if k == 0:
                    d.text((x, yy), "嘉宾：", font=fN, fill=orange)
                d.text((x + 80, yy + 2), ln, font=fA, fill=grey)
            elif kind == "sp":
                for k, (nm, aff) in enumerate(p):
                    if k:
                        d.text((x + 22, yy - 1), "×", font=fX, fill=orange)
                        x += 70
                    d.text((x, yy), nm, font=fN, fill=purple)
                    x += tw(d, nm, fN) + 14
                    d.text((x, yy + 2), aff, font=fA, fill=grey)
                    x += tw(d, aff, fA)
            else:
                k, (nm, aff) = p
                if k:
                    d.text((x, yy - 1), "×", font=fX, fill=orange)
                x += 40
                d.text((x, yy), nm, font=fN, fill=purple)
                d.text((x + tw(d, nm, fN) + 14, yy + 2), aff, font=fA, fill=grey)
            yy += 42
        y = y0 + h + 44
    y += 10
    ctext(d, W / 2, y, "中国 Linux 内核开发者大会　·　联合分享：产业界 × 学术界", font(24), grey)
    im = im.crop((0, 0, W, y + 80))
    return soften(im, 0, 80), [{"forum": F3, "slots": [truth_slot(s) for s in SLOTS3]}]


# ===========================================================================
# 4. Metro map: the forum is 'Line 3', a thick orange route that snakes in
#    three rows (row 1 left->right, row 2 RIGHT->LEFT, row 3 left->right)
#    with round turns; every talk is a station: the range above the dot, the
#    title and 'name · company' centred below; breaks are interchange
#    stations (double ring) with range and 茶歇/午餐; chevrons show the way;
#    the subtitle range '09:00–17:10' is the whole day, not a slot.
F4, H4 = "调度与锁分论坛", "冼国平"
SLOTS4 = [
    T("09:00", "09:40", "EEVDF 下的延迟敏感任务：lag 与 slice 调优", [("晋一帆", "vivo")], H4),
    T("09:40", "10:20", "percpu rwsem 在 cgroup 迁移路径上的瓶颈", [("卜振宇", "腾讯")], H4),
    B("10:20", "10:40", "茶歇"),
    T("10:40", "11:20", "futex2 与用户态锁的自旋策略", [("党雨涵", "字节跳动")], H4),
    T("11:20", "12:00", "RCU 回调洪峰的定位与治理", [("司马辰", "华为")], H4),
    B("12:00", "13:30", "午餐"),
    T("13:30", "14:10", "调度域拓扑在 chiplet 处理器上的适配", [("申家豪", "海光信息"), ("邝敏", "海光信息")], H4),
    T("14:10", "14:50", "sched_ext: Writing a Scheduler in BPF", [("Luca Moretti", "Igalia")], H4),
    T("14:50", "15:30", "mutex 乐观自旋与 PREEMPT_RT 的冲突", [("仇晓东", "统信软件")], H4),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:30", "负载均衡中 misfit 任务迁移的优化", [("栾芷若", "OPPO")], H4),
    T("16:30", "17:10", "用 BPF 追踪调度延迟：runqlat 之外", [("岑浩", "美团")], H4),
]


def chevron(d, x, y, direction, col):
    s = 12 * direction
    d.line([(x - s, y - 12), (x + s, y), (x - s, y + 12)], fill=col, width=5)


def poster_metro():
    W, H = 2200, 1760
    im = Image.new("RGB", (W, H), (250, 250, 246))
    d = ImageDraw.Draw(im)
    for gx in range(0, W, 44):
        d.line([(gx, 0), (gx, H)], fill=(240, 240, 234))
    for gy in range(0, H, 44):
        d.line([(0, gy), (W, gy)], fill=(240, 240, 234))
    river = [(0, 1130), (400, 1080), (800, 1150), (1200, 1110), (1600, 1180), (2200, 1120)]
    d.line(river, fill=(214, 232, 246), width=60, joint="curve")
    line, ink, grey, dark = (237, 108, 0), (30, 30, 36), (100, 100, 108), (150, 66, 0)
    d.ellipse([70, 40, 180, 150], fill=line)
    ctext(d, 125, 52, "3", font(70, bold=True), (255, 255, 255))
    d.text((210, 40), F4, font=font(60, bold=True), fill=ink)
    d.text((212, 120), "CLK 2026 · 11月29日（周日）09:00–17:10 · 3 号厅 · 主持人：" + H4 + "（中兴通讯 首席工程师）",
           font=font(28), fill=grey)
    rtext(d, W - 70, 50, "LINE 3  SCHED & LOCKING", font(30, bold=True), line)
    rtext(d, W - 70, 96, CONF, font(24), grey)
    rows_y = [430, 900, 1370]
    R = (rows_y[1] - rows_y[0]) // 2
    TL, TR = R + 30, W - R - 30  # where the route turns: clear of the outermost stations' text
    xs = [TL + 230 + k * (TR - TL - 460) / 3 for k in range(4)]
    # route
    d.line([(TL, rows_y[0]), (TR, rows_y[0])], fill=line, width=16)
    d.arc([TR - R, rows_y[0], TR + R, rows_y[1]], 270, 90, fill=line, width=16)
    d.line([(TL, rows_y[1]), (TR, rows_y[1])], fill=line, width=16)
    d.arc([TL - R, rows_y[1], TL + R, rows_y[2]], 90, 270, fill=line, width=16)
    d.line([(TL, rows_y[2]), (TR, rows_y[2])], fill=line, width=16)
    d.rounded_rectangle([TL - 30, rows_y[0] - 30, TL + 30, rows_y[0] + 30], 10, fill=ink)
    ctext(d, TL, rows_y[0] - 92, "起点 START", font(24, bold=True), ink)
    d.rounded_rectangle([TR - 30, rows_y[2] - 30, TR + 30, rows_y[2] + 30], 10, fill=ink)
    ctext(d, TR, rows_y[2] + 44, "终点 END", font(24, bold=True), ink)
    for r, yy in enumerate(rows_y):
        direction = -1 if r == 1 else 1
        for a, b in zip([TL] + xs, xs + [TR]):
            chevron(d, (a + b) / 2, yy, direction, (255, 255, 255))
    fR, fT, fN = font(30, bold=True, mono=True), font(27, bold=True), font(24)
    for k, s in enumerate(SLOTS4):
        r, c = divmod(k, 4)
        x = xs[c] if r != 1 else xs[3 - c]
        y = rows_y[r]
        rng = s["start"] + "–" + s["end"]
        if s["kind"] == "break":
            d.ellipse([x - 30, y - 30, x + 30, y + 30], fill=(255, 255, 255), outline=ink, width=7)
            d.ellipse([x - 12, y - 12, x + 12, y + 12], outline=ink, width=4)
            ctext(d, x, y - 82, rng, fR, grey)
            ctext(d, x, y + 44, s["title"], font(32, bold=True), grey)
            continue
        d.ellipse([x - 22, y - 22, x + 22, y + 22], fill=(255, 255, 255), outline=dark, width=8)
        ctext(d, x, y - 78, rng, fR, dark)
        ty = y + 40
        for ln in wrap(d, s["title"], fT, 370):
            ctext(d, x, ty, ln, fT, ink)
            ty += 38
        ty += 6
        names = "、".join(nm for nm, _ in s["sp"])
        affs = "、".join(dict.fromkeys(a for _, a in s["sp"]))
        ctext(d, x, ty, names + " · " + affs, fN, grey)
    lx, ly = 1560, H - 120
    d.rounded_rectangle([lx, ly, W - 70, H - 40], 12, fill=(255, 255, 255), outline=(210, 210, 200), width=2)
    d.ellipse([lx + 24, ly + 26, lx + 52, ly + 54], fill=(255, 255, 255), outline=dark, width=6)
    d.text((lx + 64, ly + 22), "报告", font=font(24), fill=ink)
    d.ellipse([lx + 150, ly + 24, lx + 182, ly + 56], fill=(255, 255, 255), outline=ink, width=5)
    d.text((lx + 194, ly + 22), "茶歇 / 午餐", font=font(24), fill=ink)
    chevron(d, lx + 370, ly + 40, 1, line)
    d.text((lx + 396, ly + 22), "行进方向", font=font(24), fill=ink)
    d.text((70, H - 90), "按线路方向依次进行 · 议程以现场为准", font=font(24), fill=grey)
    return soften(im, 0.5, 88), [{"forum": F4, "slots": [truth_slot(s) for s in SLOTS4]}]


# ===========================================================================
# 5. Everything CENTRED over a busy circuit-board background (traces, pads,
#    vias) under a translucent dark panel: per slot an outlined amber capsule
#    '09:00 — 09:35', the title, 'name ｜ company' lines, a diamond divider;
#    a '特邀报告' tag above the first title (a tag, not part of the title);
#    breaks print the TITLE FIRST then the range ('茶歇 · 10:10 — 10:30').
F5, H5 = "可观测性与调试分论坛", "阙志伟"
SLOTS5 = [
    T("09:00", "09:35", "从 ftrace 到 BPF：内核可观测性的十年", [("戚文澜", "龙蜥社区")], H5, tag="特邀报告"),
    T("09:35", "10:10", "kdump 与 crash 工具在云上的自动化分析", [("谈俊峰", "中国电信天翼云")], H5),
    B("10:10", "10:30", "茶歇"),
    T("10:30", "11:05", "借助 BPF 探针定位 TCP 重传的根因", [("詹佳慧", "京东")], H5),
    T("11:05", "11:40", "perf 采样与 LBR 在热点函数优化中的应用", [("Arjun Mehta", "英特尔")], H5),
    T("11:40", "12:15", "uprobe 性能开销的量化与优化", [("邢宇", "小米"), ("苟俊杰", "小米")], H5),
    B("12:15", "13:30", "午餐"),
    T("13:30", "14:05", "lockdep 在线上内核中的裁剪使用", [("鄢梦琪", "荣耀")], H5),
    T("14:05", "14:40", "BTF 与 CO-RE：让 BPF 程序跨内核版本运行", [("练子航", "蚂蚁集团")], H5),
    T("14:40", "15:15", "基于 eBPF 的块设备 IO 延迟火焰图", [("谌雅文", "网易")], H5),
    T("15:15", "15:50", "kmemleak 与 page_owner 排查内存泄漏", [("乐志远", "麒麟软件")], H5),
]


def circuit(w, h, seed):
    rnd = random.Random(seed)
    im = vgrad(w, h, (4, 34, 40), (8, 22, 46))
    d = ImageDraw.Draw(im)
    for _ in range(520):
        x, y = rnd.randrange(0, w, 20), rnd.randrange(0, h, 20)
        col = rnd.choice([(22, 84, 88), (28, 100, 96), (18, 70, 90), (40, 120, 110)])
        pts = [(x, y)]
        for _ in range(rnd.randint(2, 5)):
            step = rnd.randrange(40, 240, 20)
            dx, dy = rnd.choice([(1, 0), (0, 1), (-1, 0), (0, -1), (1, 1), (1, -1)])
            x, y = x + dx * step, y + dy * step
            pts.append((x, y))
        d.line(pts, fill=col, width=rnd.choice([2, 3, 4]))
        ex, ey = pts[-1]
        d.ellipse([ex - 6, ey - 6, ex + 6, ey + 6], outline=col, width=3)
        sx, sy = pts[0]
        d.ellipse([sx - 4, sy - 4, sx + 4, sy + 4], fill=col)
    for _ in range(26):
        x, y = rnd.randrange(40, w - 200), rnd.randrange(40, h - 200)
        cw, ch = rnd.randrange(80, 200), rnd.randrange(60, 160)
        d.rectangle([x, y, x + cw, y + ch], outline=(30, 110, 104), width=3)
        for px in range(x + 10, x + cw - 5, 16):
            d.line([(px, y - 12), (px, y)], fill=(30, 110, 104), width=3)
            d.line([(px, y + ch), (px, y + ch + 12)], fill=(30, 110, 104), width=3)
    return im


def poster_centred_circuit():
    W, Hmax = 1080, 4400
    im = circuit(W, Hmax, 1005)
    d = ImageDraw.Draw(im)
    amber, white, cyan, grey = (255, 190, 60), (255, 255, 255), (120, 230, 230), (170, 186, 196)
    # header straight on the busy background
    ctext(d, W / 2, 70, "CHINA LINUX KERNEL DEVELOPERS CONFERENCE 2026", font(24, bold=True), cyan)
    ctext(d, W / 2, 130, "第21届中国Linux内核开发者大会", font(54, bold=True), white)
    ctext(d, W / 2, 240, F5, font(70, bold=True), amber)
    ctext(d, W / 2, 350, "11月28日（周六）· 南京国际会议中心 5 号厅", font(30), white)
    pill = "主持人 ｜ " + H5 + "　网易 资深技术专家"
    pw = tw(d, pill, font(30, bold=True)) + 70
    d.rounded_rectangle([W / 2 - pw / 2, 420, W / 2 + pw / 2, 480], 30, fill=(255, 190, 60))
    ctext(d, W / 2, 427, pill, font(30, bold=True), (30, 24, 10))
    # layout first, then the translucent panel, then the text
    fR, fT, fN = font(30, bold=True, mono=True), font(34, bold=True), font(28)
    ops, y = [], 600
    for k, s in enumerate(SLOTS5):
        if s["kind"] == "break":
            ops.append(("break", y + 10, s))
            y += 120
        else:
            ops.append(("range", y, s))
            y += 76
            if s.get("tag"):
                ops.append(("tag", y, s))
                y += 50
            for ln in wrap(d, s["title"], fT, 860):
                ops.append(("title", y, ln))
                y += 52
            y += 8
            for nm, aff in s["sp"]:
                ops.append(("sp", y, pad2(nm) + " ｜ " + aff))
                y += 44
            y += 26
        if k < len(SLOTS5) - 1 and s["kind"] != "break" and SLOTS5[k + 1]["kind"] != "break":
            ops.append(("div", y, None))
            y += 60
    H = y + 180
    im = im.crop((0, 0, W, H))
    panel = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    ImageDraw.Draw(panel).rounded_rectangle([50, 540, W - 50, y + 40], 30, fill=(2, 10, 20, 175))
    im = Image.alpha_composite(im.convert("RGBA"), panel).convert("RGB")
    d = ImageDraw.Draw(im)
    for kind, yy, p in ops:
        if kind == "range":
            rng = p["start"] + " — " + p["end"]
            rw = tw(d, rng, fR) + 60
            d.rounded_rectangle([W / 2 - rw / 2, yy, W / 2 + rw / 2, yy + 54], 27, outline=amber, width=3)
            ctext(d, W / 2, yy + 6, rng, fR, amber)
        elif kind == "tag":
            tgw = tw(d, p["tag"], font(24, bold=True)) + 30
            d.rectangle([W / 2 - tgw / 2, yy, W / 2 + tgw / 2, yy + 38], fill=(220, 50, 70))
            ctext(d, W / 2, yy + 2, p["tag"], font(24, bold=True), white)
        elif kind == "title":
            ctext(d, W / 2, yy, p, fT, white)
        elif kind == "sp":
            ctext(d, W / 2, yy, p, fN, cyan)
        elif kind == "div":
            d.line([(W / 2 - 200, yy + 20), (W / 2 - 24, yy + 20)], fill=(70, 110, 120), width=2)
            d.line([(W / 2 + 24, yy + 20), (W / 2 + 200, yy + 20)], fill=(70, 110, 120), width=2)
            d.regular_polygon((W / 2, yy + 20, 11), 4, rotation=45, fill=amber)
        else:
            text = "——  " + p["title"] + " · " + p["start"] + " — " + p["end"] + "  ——"
            ctext(d, W / 2, yy + 20, text, font(30, bold=True), grey)
    ctext(d, W / 2, y + 80, "议程如有调整，以大会现场为准", font(24), grey)
    return soften(im, 0.6, 78), [{"forum": F5, "slots": [truth_slot(s) for s in SLOTS5]}]


NOTE = (
    "Same conventions as posters-blind-4..9: speakers are names as printed with spaces removed (a foreign name "
    "'Marcus Hoffmann' -> 'MarcusHoffmann', a padded two-character name '邢　宇' -> '邢宇'); host is the chair printed "
    "for the forum or day covering the slot (the moderator for a panel, whose speakers are the guests), null for "
    "breaks; start/end always HH:MM on a 24-hour clock (one-digit hours padded); titles exclude tags and sub-lines "
    "(the panel title keeps its printed '圆桌讨论：' prefix as set 9 kept '圆桌论坛：'); where two speakers share one "
    "printed company the affiliation is given per speaker; affiliations keep a printed job title, joined to the "
    "company by one space; break titles are as printed. Added here: in the spreadsheet screenshot the 单位 and 职务 "
    "columns are joined into one affiliation ('华为 高级工程师'; an empty 职务 cell leaves the company alone), times "
    "shown '9:00' are 09:00, the formula bar (which repeats the selected title) and the name box 'D10', the column "
    "letters, row numbers, the 序号 and 备注 columns ('已确认', '线上分享', '两人合讲' ...) and the sheet tabs naming "
    "other forums are not slots or titles, and a cell holding two names over two lines pairs with the units and job "
    "titles line by line; in the two-day poster ONE forum runs over two days and is given as TWO forum entries with "
    "the same name, day 1 (2026-11-28, the poster's date) first and day 2 (2026-11-29) second, each day's 主持人 is "
    "the host of that day's talks, every row prints only its start and a duration ('40 分钟'), so end = start + "
    "duration (which is also the next row's start), and the footer '12:10 会议结束 · 午餐' is not a slot; in the "
    "co-presented poster both speakers sit on one line joined by '×' (or, when too long, on two lines, "
    "the second starting with '×') and each speaker's company + job title follows the name, "
    "the intro line is not a slot, and the panel's "
    "主持 is its host and its 嘉宾 (joined by '、', affiliations in brackets) are the speakers; in the metro map the "
    "route runs left to right, then RIGHT TO LEFT on the middle row, then left to right again (the printed times "
    "give the order), each station's range is printed above its dot, the double-ring stations are breaks, "
    "'name、name · company' is two speakers of one company, the subtitle range '09:00–17:10' is the whole day and "
    "the legend is not a slot; in the centred poster the '特邀报告' tag is not part of the title and a break line "
    "prints the title before its range ('——  茶歇 · 10:10 — 10:30  ——')."
)

LAYOUTS = {
    "spreadsheet-screenshot.png": (
        "Screenshot of the organisers' WPS-like spreadsheet (1998 px): window title bar with the file name, ribbon "
        "tabs and toolbar, a name box 'D10' and formula bar repeating the selected title, column letters A-I and row "
        "numbers; row 1 a merged title, row 2 a merged line with place and '主持人：name（company title）', row 3 the "
        "header 序号 | 开始时间 | 结束时间 | 议题 | 演讲人 | 单位 | 职务 | 备注; times in h:mm ('9:00', '13:30') "
        "right-aligned like numbers; company and job title in separate columns; one two-speaker row stacks names, "
        "units and job titles inside the cells; yellow break rows with '茶歇'/'午餐' in the 议题 cell; a 备注 column "
        "of status notes; green selection box on D10; sheet tabs naming other forums; "
        "a full day of 40-minute talks ending with a 30-minute one.",
        "2026-11-28", poster_spreadsheet),
    "two-day-duration.png": (
        "Light 1242 px portrait with an indigo-teal header: ONE forum over two days, each under a white header "
        "band with an indigo 'DAY 1' / 'DAY 2' block, the date and half-day ('11月28日 星期六 · 下午') and its own "
        "'主持人：name（company title）'; each row prints only the START time large in mono ('13:30') with the "
        "DURATION under it ('40 分钟', 20 to 45 minutes), then the bold title and 'name  company' lines (one talk "
        "with two speakers of different companies, one Korean name 'Park Minho'); breaks are a start + duration with "
        "an amber '茶歇' pill; a footer row '12:10 会议结束 · 午餐（二楼宴会厅）' closes day 2.",
        "2026-11-28", poster_two_days),
    "joint-talks-tabs.png": (
        "Lavender 1200 px forum poster, purple header with the host in a white pill; each talk is a white card "
        "with a purple folder TAB on its top-left carrying the range '13:30 - 14:05' (mono); in the card the bold "
        "title, then ONE line with BOTH speakers: purple bold name, then company and job title in grey ('华为 "
        "高级工程师', '北京大学 博士生', '上海交通大学 副教授'; some without a job title), the two joined by an orange "
        "'×'; where too long (a full company name '海光信息技术股份有限公司' and a long English job title) the two "
        "speakers go on two lines, the second led by '×' "
        "(the foreign speaker 'Ravi Shankar' with 'AMD Principal Member of Technical Staff'); one single-speaker "
        "talk; the tea break is a "
        "dashed rule with '15:15 - 15:30　茶歇交流' centred; a closing 圆桌讨论 card with '主持：name  company title' "
        "and '嘉宾：' four guests 'name（company title）' joined by '、' over two lines; JPEG-soft.",
        "2026-11-29", poster_joint_tabs),
    "metro-line-snake.png": (
        "Landscape 2200x1660 metro map on a faint grid with a pale river: a round orange 'Line 3' badge, the forum "
        "name and 'CLK 2026 · 11月29日（周日）09:00–17:10 · 3 号厅 · 主持人：name（company title）'; a thick orange "
        "route in THREE rows that snakes (row 1 left to right, round turn at the right, row 2 RIGHT TO LEFT, round "
        "turn at the left, row 3 left to right) from '起点 START' to '终点 END', with white chevrons; every talk is a "
        "station with the range '09:00–09:40' above the dot and the centred title (wrapping) plus 'name · company' "
        "below; tea breaks and lunch are interchange stations (double ring) with range and 茶歇/午餐; one station "
        "'name、name · company'; one English title by a foreign speaker; a legend box.",
        "2026-11-29", poster_metro),
    "centred-circuit-board.png": (
        "1080 px portrait over a dense teal circuit-board background (traces, pads, chips) with the header straight "
        "on it (English line, conference name, amber forum name, date and hall, an amber pill '主持人 ｜ name　"
        "company title'), then a translucent dark panel where EVERYTHING IS CENTRED: per talk an outlined amber "
        "capsule '09:00 — 09:35', the bold white title, 'name ｜ company' in cyan (padded two-character names, one "
        "two-speaker talk on two lines, one foreign name), a diamond divider; a red '特邀报告' tag above the first "
        "title; breaks are grey lines '——  茶歇 · 10:10 — 10:30  ——' with the title BEFORE the range; blurred and "
        "JPEG-soft.",
        "2026-11-28", poster_centred_circuit),
}


def main():
    posters = []
    for fn, (layout, date, fnc) in LAYOUTS.items():
        im, forums = fnc()
        im.save(os.path.join(HERE, fn), optimize=False)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
