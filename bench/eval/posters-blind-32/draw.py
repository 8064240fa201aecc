"""Draw the thirty-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Nothing random is drawn; JPEG only through
Pillow's own encoder at a fixed quality.  The set is about
agenda images made WITHOUT a designer, as a volunteer of an online edition
publishes one quickly as the single imgs/ picture of the repository, each a
whole day (a morning 主论坛, three afternoon forums in parallel), each of
another edition so that no talk is on two pictures: a spreadsheet screenshot
(Excel, grid lines, column letters and row numbers, merged forum cells in the
last column, a formula bar repeating the selected cell); a word-processor
document exported as a PNG page (official heading numbers, the 主论坛 as a
plain table, the other forums as numbered lists '1. 13:30-14:10 title ——
name（company）'); a Markdown file rendered by GitHub (repository chrome,
tables with zebra rows, code spans in titles, '<br>' in cells); and one
landscape slide '议程 Agenda' with two small dense tables.
"""
import json
import os
import re

from PIL import Image, ImageDraw, ImageFont

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


def ctext(d, cx, y, text, f, fill):
    d.text((cx - tw(d, text, f) / 2, y), text, font=f, fill=fill)


def rtext(d, rx, y, text, f, fill):
    d.text((rx - tw(d, text, f), y), text, font=f, fill=fill)


def vtext(d, x, top, h, text, f, fill, align="left", w=0):
    """Text centred vertically in a cell of height h (ink, not the font's ascent, is centred)."""
    b = d.textbbox((0, 0), "国", font=f)
    y = top + (h - (b[3] - b[1])) / 2 - b[1]
    if align == "center":
        x = x + (w - tw(d, text, f)) / 2
    d.text((x, y), text, font=f, fill=fill)


def mtext(d, x, top, h, lines, f, fill, lh):
    """Lines of a cell, the block centred vertically (by the ink of a CJK glyph, as vtext)."""
    b = d.textbbox((0, 0), "国", font=f)
    y = top + (h - lh * len(lines)) / 2 + (lh - (b[3] - b[1])) / 2 - b[1]
    for ln in lines:
        d.text((x, y), ln, font=f, fill=fill)
        y += lh


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


def hm(t):
    """'09:10' as a volunteer types it into a spreadsheet cell: no leading zero."""
    return t[1:] if t.startswith("0") else t


# ===========================================================================
# 1. CLK 2053 (第48届), online, 2053-11-08: a screenshot of the volunteer's
#    Excel sheet (PNG, 1920 x 1080, a Windows screen at 150 %): the green
#    title bar, the ribbon (tabs, groups, their labels), the name box and
#    formula bar showing the SELECTED cell B6 (a title), column letters
#    A..H and row numbers, then the sheet: a merged title row, a date row,
#    a header row 时间 | 议题 | 演讲人 | 单位 | 论坛, one row per slot with the
#    times typed without a leading zero ('9:10-9:50'), the forum in a cell
#    MERGED down the rows of that forum in the LAST column ('主论坛' over
#    '主持人：name'), breaks merged across 议题..单位; two speakers in one
#    cell joined by '、' with one unit; a wrapped title.  Sheet tabs and the
#    status bar at the foot.
FORUMS_A = [
    ("主论坛", "郑丽华", [
        T("09:00", "09:10", "开幕致辞", [S("孙建国", "中国科学院软件研究所", None)], "郑丽华"),
        T("09:10", "09:50", "Linux 内核调度器十年演进：从 CFS 到 EEVDF", [S("王志强", "阿里云", "资深技术专家")], "郑丽华"),
        T("09:50", "10:30", "openEuler 在 RISC-V 服务器上的内核适配",
          [S("李娜", "华为", None), S("陈晓峰", "华为", None)], "郑丽华"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:25", "CXL 内存池化与 Linux 内核的内存分层（memory tiering）：现状、问题与上游进展",
          [S("Oliver Hartmann", "Intel", None)], "郑丽华"),
        B("11:25", "13:30", "午餐"),
    ]),
    ("内存与存储分论坛", "黄海涛", [
        T("13:30", "14:10", "folio 转换之后：page cache 的性能回归分析", [S("周敏", "腾讯", None)], "黄海涛"),
        T("14:10", "14:50", "zswap 与 zram 在手机上的取舍", [S("徐磊", "OPPO", None)], "黄海涛"),
        B("14:50", "15:05", "茶歇"),
        T("15:05", "15:45", "NVMe 多路径在云盘中的故障切换", [S("马超", "阿里云", None)], "黄海涛"),
    ]),
    ("虚拟化与云原生分论坛", "宋晓东", [
        T("13:30", "14:10", "KVM 脏页跟踪与热迁移性能优化", [S("朱琳", "蚂蚁集团", None)], "宋晓东"),
        T("14:10", "14:50", "机密虚拟机：TDX guest 的内核启动流程", [S("訾文博", "英特尔", None)], "宋晓东"),
    ]),
    ("网络与 eBPF 分论坛", "梁宇", [
        T("13:30", "14:10", "XDP 与 AF_XDP 在 5G 用户面的应用", [S("高翔", "中兴通讯", None)], "梁宇"),
        T("14:10", "14:50", "用 BPF LSM 实现容器安全策略", [S("罗鹏", "快手", None)], "梁宇"),
    ]),
]
TITLE_A = "第48届中国Linux内核开发者大会（CLK 2053）议程"
DATE_A = "日期：2053年11月8日（周六）　形式：全程线上直播（B站 / 视频号「中国Linux内核开发者大会」）"
NOTE_A = "注：下午三个分论坛同时进行，直播间链接见大会交流群公告。"
GREEN_A = (33, 115, 70)
GRID_A = (214, 214, 214)
SEL_A = ("B", 6)  # the selected cell: the formula bar shows its text


def ribbon_a(d, W):
    """Excel's title bar, tabs and the Home ribbon as a 150 % screen shows them."""
    white, grey, ink = (255, 255, 255), (96, 96, 96), (38, 38, 38)
    d.rectangle([0, 0, W, 46], fill=GREEN_A)
    for k in range(4):  # quick-access icons
        d.rounded_rectangle([16 + k * 40, 12, 40 + k * 40, 34], radius=3, outline=white, width=2)
    ctext(d, W / 2, 8, "CLK2053议程（定稿）.xlsx  -  Excel", font(21), white)
    for k, x in enumerate((W - 150, W - 95, W - 40)):  # window buttons
        if k == 0:
            d.line([(x - 9, 24), (x + 9, 24)], fill=white, width=2)
        elif k == 1:
            d.rectangle([x - 9, 15, x + 9, 33], outline=white, width=2)
        else:
            d.line([(x - 9, 15), (x + 9, 33)], fill=white, width=2)
            d.line([(x - 9, 33), (x + 9, 15)], fill=white, width=2)
    rtext(d, W - 200, 10, "志愿者 张", font(19), white)
    d.rectangle([0, 46, W, 92], fill=GREEN_A)
    x = 20
    for k, tab in enumerate(("文件", "开始", "插入", "页面布局", "公式", "数据", "审阅", "视图", "帮助")):
        f = font(20)
        w = tw(d, tab, f) + 36
        if k == 1:
            d.rectangle([x, 52, x + w, 92], fill=(243, 243, 243))
            d.text((x + 18, 58), tab, font=f, fill=GREEN_A)
        else:
            d.text((x + 18, 58), tab, font=f, fill=white)
        x += w
    d.text((x + 40, 58), "告诉我你想要做什么", font=font(19), fill=(200, 230, 210))
    rtext(d, W - 24, 58, "共享", font(20), white)
    d.rectangle([0, 92, W, 236], fill=(243, 243, 243))
    d.line([(0, 236), (W, 236)], fill=(210, 210, 210), width=2)
    f, fs = font(18), font(17)
    groups = [("剪贴板", 150), ("字体", 330), ("对齐方式", 330), ("数字", 250), ("样式", 330), ("单元格", 200),
              ("编辑", 230)]
    x = 10
    for gi, (label, gw) in enumerate(groups):
        ctext(d, x + gw / 2, 206, label, fs, grey)
        d.line([(x + gw, 102), (x + gw, 226)], fill=(212, 212, 212), width=1)
        if gi == 0:
            d.rectangle([x + 20, 108, x + 66, 160], outline=grey, width=2)
            ctext(d, x + 43, 164, "粘贴", f, ink)
            for k, lab in enumerate(("剪切", "复制", "格式刷")):
                d.rectangle([x + 80, 110 + k * 30, x + 96, 126 + k * 30], outline=grey, width=1)
                d.text((x + 102, 106 + k * 30), lab, font=fs, fill=ink)
        elif gi == 1:
            d.rectangle([x + 12, 108, x + 190, 140], fill=white, outline=(190, 190, 190))
            d.text((x + 20, 110), "等线", font=f, fill=ink)
            d.rectangle([x + 198, 108, x + 258, 140], fill=white, outline=(190, 190, 190))
            d.text((x + 210, 110), "11", font=f, fill=ink)
            d.text((x + 268, 108), "A A", font=font(20, True), fill=ink)
            for k, lab in enumerate(("B", "I", "U")):
                d.text((x + 16 + k * 36, 150), lab, font=font(22, True), fill=ink)
            for k in range(4):
                d.rectangle([x + 130 + k * 44, 154, x + 156 + k * 44, 176], outline=grey, width=1)
        elif gi == 2:
            for r in range(2):
                for k in range(3):
                    for j in range(4):
                        ln = 22 - (j % 2) * (8 if k == 1 else 0)
                        x0 = x + 16 + k * 40 + (0 if k == 0 else (22 - ln) / 2 if k == 1 else 22 - ln)
                        d.line([(x0, 114 + r * 42 + j * 6), (x0 + ln, 114 + r * 42 + j * 6)], fill=grey, width=2)
            d.text((x + 150, 108), "自动换行", font=f, fill=ink)
            d.text((x + 150, 152), "合并后居中", font=f, fill=ink)
        elif gi == 3:
            d.rectangle([x + 12, 108, x + 220, 140], fill=white, outline=(190, 190, 190))
            d.text((x + 20, 110), "常规", font=f, fill=ink)
            d.text((x + 16, 150), "% ,  .0  .00", font=font(20), fill=ink)
        elif gi == 4:
            for k, lab in enumerate(("条件格式", "套用表格格式", "单元格样式")):
                d.rectangle([x + 14 + k * 104, 110, x + 60 + k * 104, 150], outline=grey, width=1)
                ctext(d, x + 37 + k * 104, 158, lab, fs, ink)
        elif gi == 5:
            for k, lab in enumerate(("插入", "删除", "格式")):
                d.rectangle([x + 16 + k * 62, 112, x + 52 + k * 62, 148], outline=grey, width=1)
                ctext(d, x + 34 + k * 62, 158, lab, fs, ink)
        else:
            d.text((x + 16, 104), "Σ 自动求和", font=f, fill=ink)
            d.text((x + 16, 134), "排序和筛选", font=f, fill=ink)
            d.text((x + 16, 164), "查找和选择", font=f, fill=ink)
        x += gw
    return 236


def poster_a():
    W, H = 1920, 1080
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    white, ink = (255, 255, 255), (20, 20, 20)
    y = ribbon_a(d, W) + 8
    # rows of the sheet: (kind, height, payload)
    fc, fb = font(21), font(21, True)
    cols = [("A", 150), ("B", 640), ("C", 190), ("D", 280), ("E", 290), ("F", 140), ("G", 140)]
    RH = 30
    rows = [("title", 46, None), ("date", 32, None), ("head", RH, None)]
    spans = []  # (first row index, last row index, forum, host)
    for name, host, slots in FORUMS_A:
        first = len(rows)
        for s in slots:
            lines = wrap(d, s["title"], fc, 640 - 14) if s["kind"] == "talk" else [s["title"]]
            rows.append(("slot", max(RH, 28 * len(lines) + 4), (s, lines)))
        spans.append((first, len(rows) - 1, name, host))
    rows.append(("blank", RH, None))
    rows.append(("note", RH, None))
    # the formula bar shows the selected cell's text
    sel_row = rows[SEL_A[1] - 1]
    sel_text = sel_row[2][0]["title"]
    d.rectangle([8, y, 150, y + 38], fill=white, outline=(190, 190, 190))
    d.text((18, y + 6), "%s%d" % SEL_A, font=font(20), fill=ink)
    d.polygon([(160, y + 16), (172, y + 16), (166, y + 23)], fill=(120, 120, 120))  # the name box's arrow
    d.line([(200, y + 12), (214, y + 26)], fill=(110, 110, 110), width=2)  # cancel
    d.line([(200, y + 26), (214, y + 12)], fill=(110, 110, 110), width=2)
    d.line([(238, y + 20), (244, y + 27), (256, y + 11)], fill=(110, 110, 110), width=2)  # enter
    d.text((278, y + 5), "fx", font=font(20, True), fill=(110, 110, 110))
    d.rectangle([326, y, W - 8, y + 38], fill=white, outline=(190, 190, 190))
    d.text((338, y + 6), sel_text, font=fc, fill=ink)
    y += 48
    # column letters
    RX = 52  # width of the row-number column
    xs = [RX]
    for _, w in cols:
        xs.append(xs[-1] + w)
    d.rectangle([0, y, W, y + 30], fill=(238, 238, 238))
    d.polygon([(RX - 16, y + 26), (RX - 4, y + 26), (RX - 4, y + 14)], fill=(180, 180, 180))
    for (letter, _), x0, x1 in zip(cols + [("H", W - xs[-1])], xs, xs[1:] + [W]):
        if letter == SEL_A[0]:
            d.rectangle([x0, y, x1, y + 30], fill=(210, 210, 210))
            d.line([(x0, y + 28), (x1, y + 28)], fill=GREEN_A, width=3)
        ctext(d, (x0 + x1) / 2, y + 2, letter, font(20), (68, 68, 68) if letter != SEL_A[0] else GREEN_A)
        d.line([(x1, y), (x1, y + 30)], fill=(200, 200, 200))
    y += 30
    d.line([(0, y), (W, y)], fill=(200, 200, 200))
    top = y
    foot = H - 82  # sheet tabs and status bar below
    # gridlines first, then the volunteer's borders over them
    ys = [top]
    for _, h, _ in rows:
        ys.append(ys[-1] + h)
    while ys[-1] + RH <= foot:
        ys.append(ys[-1] + RH)
    for x in xs[1:]:
        d.line([(x, top), (x, foot)], fill=GRID_A)
    for yy in ys[1:]:
        d.line([(RX, yy), (W, yy)], fill=GRID_A)
    d.rectangle([0, top, RX, foot], fill=(238, 238, 238))
    for r, (y0, y1) in enumerate(zip(ys, ys[1:])):
        if y1 > foot:
            break
        if r + 1 == SEL_A[1]:
            d.rectangle([0, y0, RX, y1], fill=(210, 210, 210))
            d.line([(RX - 2, y0), (RX - 2, y1)], fill=GREEN_A, width=3)
        vtext(d, 0, y0, y1 - y0, str(r + 1), font(19), (68, 68, 68) if r + 1 != SEL_A[1] else GREEN_A,
              "center", RX)
        d.line([(0, y1), (RX, y1)], fill=(200, 200, 200))
    d.line([(RX, top), (RX, foot)], fill=(200, 200, 200))
    A, E = xs[0], xs[5]
    tbl_top = ys[2]
    for r, (kind, h, payload) in enumerate(rows):
        y0 = ys[r]
        if kind == "title":
            d.rectangle([A + 1, y0 + 1, E - 1, y0 + h - 1], fill=white)
            vtext(d, A, y0, h, TITLE_A, font(26, True), ink, "center", E - A)
        elif kind == "date":
            d.rectangle([A + 1, y0 + 1, E - 1, y0 + h - 1], fill=white)
            vtext(d, A + 6, y0, h, DATE_A, fc, ink)
        elif kind == "head":
            d.rectangle([A, y0, E, y0 + h], fill=(221, 235, 247))
            for k, lab in enumerate(("时间", "议题", "演讲人", "单位", "论坛")):
                vtext(d, xs[k], y0, h, lab, fb, ink, "center", xs[k + 1] - xs[k])
        elif kind == "slot":
            s, lines = payload
            vtext(d, xs[0] + 6, y0, h, "%s-%s" % (hm(s["start"]), hm(s["end"])), fc, ink)
            if s["kind"] == "break":
                d.rectangle([xs[1], y0, xs[4], y0 + h], fill=(237, 237, 237))
                vtext(d, xs[1], y0, h, s["title"], fc, ink, "center", xs[4] - xs[1])
            else:
                mtext(d, xs[1] + 6, y0, h, lines, fc, ink, 28)
                vtext(d, xs[2] + 6, y0, h, "、".join(sp[0] for sp in s["sp"]), fc, ink)
                units = []
                for sp in s["sp"]:
                    if aff(sp) not in units:
                        units.append(aff(sp))
                assert len(units) == 1, units  # one unit cell: speakers of one talk share it here
                vtext(d, xs[3] + 6, y0, h, units[0], fc, ink)
        elif kind == "note":
            vtext(d, A + 6, y0, h, NOTE_A, fc, (192, 0, 0))
    # the merged forum cells in the last column
    for first, last, name, host in spans:
        y0, y1 = ys[first], ys[last + 1]
        d.rectangle([xs[4] + 1, y0 + 1, xs[5] - 1, y1 - 1], fill=white)
        lab2 = "主持人：" + host
        cy = (y0 + y1) / 2
        vtext(d, xs[4], cy - 29, 28, name, fc, ink, "center", xs[5] - xs[4])
        vtext(d, xs[4], cy + 1, 28, lab2, fc, ink, "center", xs[5] - xs[4])
    # the volunteer's 'all borders' over the table
    tb = ys[2]
    te = ys[3 + sum(len(f[2]) for f in FORUMS_A)]
    for x in xs[:6]:
        d.line([(x, tb), (x, te)], fill=ink, width=1)
    for r in range(2, len(rows) - 1):
        kind, _, payload = rows[r]
        yy = ys[r]
        inside = [sp for sp in spans if sp[0] < r <= sp[1]]
        x_end = xs[4] if inside else xs[5]
        d.line([(xs[0], yy), (x_end, yy)], fill=ink, width=1)
        if kind == "slot" and payload[0]["kind"] == "break":  # merged 议题..单位: no inner lines
            d.rectangle([xs[1] + 1, yy + 1, xs[4] - 1, ys[r + 1] - 1], fill=(237, 237, 237))
            vtext(d, xs[1], yy, ys[r + 1] - yy, payload[0]["title"], fc, ink, "center", xs[4] - xs[1])
    d.line([(xs[0], te), (xs[5], te)], fill=ink, width=1)
    d.line([(xs[0], tbl_top), (xs[5], tbl_top)], fill=ink, width=1)
    # the selected cell
    r = SEL_A[1] - 1
    x0, x1 = xs[1], xs[2]
    d.rectangle([x0 - 1, ys[r] - 1, x1 + 1, ys[r + 1] + 1], outline=GREEN_A, width=3)
    d.rectangle([x1 - 3, ys[r + 1] - 3, x1 + 4, ys[r + 1] + 4], fill=GREEN_A, outline=white)
    # sheet tabs and status bar
    d.rectangle([0, foot, W, H], fill=(243, 243, 243))
    d.line([(0, foot), (W, foot)], fill=(200, 200, 200))
    d.text((16, foot + 6), "◀  ▶", font=font(18), fill=(120, 120, 120))
    x = 100
    for k, tab in enumerate(("议程", "嘉宾名单", "Sheet3")):
        f = font(20, k == 0)
        w = tw(d, tab, f) + 44
        if k == 0:
            d.rectangle([x, foot, x + w, foot + 40], fill=white)
            d.line([(x + 8, foot + 38), (x + w - 8, foot + 38)], fill=GREEN_A, width=3)
        d.text((x + 22, foot + 7), tab, font=f, fill=GREEN_A if k == 0 else (68, 68, 68))
        d.line([(x + w, foot + 6), (x + w, foot + 34)], fill=(200, 200, 200))
        x += w
    d.ellipse([x + 14, foot + 9, x + 36, foot + 31], outline=(120, 120, 120), width=2)
    ctext(d, x + 25, foot + 5, "+", font(20), (120, 120, 120))
    d.rectangle([0, H - 36, W, H], fill=(243, 243, 243))
    d.line([(0, H - 36), (W, H - 36)], fill=(220, 220, 220))
    d.text((16, H - 33), "就绪", font=font(18), fill=(68, 68, 68))
    d.text((110, H - 33), "辅助功能：一切就绪", font=font(18), fill=(68, 68, 68))
    rtext(d, W - 16, H - 33, "100%", font(18), (68, 68, 68))
    d.line([(W - 330, H - 18), (W - 110, H - 18)], fill=(150, 150, 150), width=2)
    d.rectangle([W - 224, H - 26, W - 218, H - 10], fill=(90, 90, 90))
    for k in range(3):
        d.rectangle([W - 450 + k * 36, H - 28, W - 428 + k * 36, H - 10], outline=(120, 120, 120))
    forums = [{"forum": n, "slots": [truth_slot(s) for s in sl]} for n, _, sl in FORUMS_A]
    return im, forums



# ===========================================================================
# 2. CLK 2054 (第49届), online, 2054-11-07: a Word document exported as a
#    PNG page (A4 at 150 dpi, 1240 x 1754), black on white: a header line
#    ('CLK 2054 会务组'), a centred 黑体 title, '会 议 议 程' spaced out, info
#    lines and a paragraph (with '8:45' in it), then '一、主论坛（上午）' with
#    '主持人：name（unit）' and a PLAIN TABLE 时间 | 议题 | 演讲人 ('name（company
#    job）' in the speaker cell), and '二、分论坛（下午，三个分论坛同时进行）'
#    with '（一）'..'（三）' forum headings, each a host line and a NUMBERED LIST
#    '1. 13:30-14:10 title —— name（company）' (the second forum numbers
#    '1、'), an unnumbered break line, a long item wrapping under its text
#    (hanging indent), two speakers sharing one bracket.  A note and the
#    page number '— 1 —' at the foot.
MAIN_B = ("一、主论坛（上午）", "主论坛", ("陈志远", "北京航空航天大学 教授"), [
    T("09:00", "09:10", "开幕致辞", [S("钱伟", "清华大学", "教授")], "陈志远"),
    T("09:10", "10:00", "Rust for Linux：从实验到生产", [S("蒋涛", "华为", "内核工程师")], "陈志远"),
    T("10:00", "10:50", "大规模集群中内核崩溃的自动化分析：kdump 与 drgn", [S("袁峰", "字节跳动", None)], "陈志远"),
    B("10:50", "11:00", "休息"),
    T("11:00", "11:50", "Linux 内核在车载系统中的实时性保障", [S("蔡明", "理想汽车", None)], "陈志远"),
    B("11:50", "13:30", "午休"),
])
LISTS_B = [
    ("（一）", "内存管理分论坛", ("林峰", "上海交通大学"), "%d.", [
        T("13:30", "14:10", "memcg 回收的公平性问题与改进", [S("韩冰", "阿里云", None)], "林峰"),
        T("14:10", "14:50", "Multi-Gen LRU 在服务器负载下的表现", [S("曹阳", "腾讯", "高级工程师")], "林峰"),
        B("14:50", "15:00", "休息"),
        T("15:00", "15:40", "面向 CXL 扩展内存的 NUMA 平衡策略：从 AutoNUMA 到 memory tiering",
          [S("宓雪", "中国科学院计算技术研究所", None)], "林峰"),
    ]),
    ("（二）", "存储与文件系统分论坛", ("唐欣", "华中科技大学"), "%d、", [
        T("13:30", "14:10", "ext4 与 XFS 在大文件场景下的性能对比", [S("杜鹏", "浪潮信息", None)], "唐欣"),
        T("14:10", "14:50", "Btrfs 快照在备份系统中的应用与踩坑", [S("彭丽", "SUSE", None)], "唐欣"),
    ]),
    ("（三）", "体系结构与虚拟化分论坛", ("夏天", "龙芯中科"), "%d.", [
        T("13:30", "14:10", "LoongArch KVM 的实现与上游进展", [S("董浩", "龙芯中科", None)], "夏天"),
        T("14:10", "14:50", "ARM64 pKVM 与受保护虚拟机的隔离执行",
          [S("石磊", "vivo", None), S("贾琪", "vivo", None)], "夏天"),
    ]),
]
INTRO_B = ("本届大会全程线上举办，上午为主论坛，下午三个分论坛同时进行，各论坛均在 B 站同步直播。"
           "请各位讲者于当天 8:45 前进入腾讯会议调试音视频，并提前将讲稿发送至会务组邮箱。")


def who_b(sps):
    """'name（company job）', or 'name、name（company）' when the speakers share one company."""
    units = {aff(sp) for sp in sps}
    if len(sps) > 1 and len(units) == 1:
        return "、".join(sp[0] for sp in sps) + "（%s）" % units.pop()
    return "、".join("%s（%s）" % (sp[0], aff(sp)) for sp in sps)


def poster_b():
    W, H = 1240, 1754
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    ink, grey = (0, 0, 0), (89, 89, 89)
    L, R = 156, W - 156
    fb, fbb = font(22, serif=True), font(22, True, serif=True)
    LH = 37  # about 1.5 line spacing of 五号 宋体 at 150 dpi
    # page header
    d.text((L, 76), "CLK 2054 会务组", font=font(18, serif=True), fill=grey)
    rtext(d, R, 76, "第49届中国Linux内核开发者大会", font(18, serif=True), grey)
    d.line([(L, 104), (R, 104)], fill=ink, width=1)
    y = 150
    ctext(d, W / 2, y, "第49届中国Linux内核开发者大会（CLK 2054）", font(34, True), ink)
    y += 58
    ctext(d, W / 2, y, "会　议　议　程", font(34, True), ink)
    y += 78
    for ln in ("会议时间：2054年11月7日（星期六）",
               "会议形式：线上会议（腾讯会议 + B站直播，会议号：735 204 918）"):
        d.text((L + 46, y), ln, font=fb, fill=ink)
        y += LH
    lines = wrap(d, "　　" + INTRO_B, fb, R - L)
    for ln in lines:
        d.text((L, y), ln, font=fb, fill=ink)
        y += LH
    y += 14
    head, _, host, slots = MAIN_B
    d.text((L, y), head, font=font(26, True), fill=ink)
    y += LH + 8
    d.text((L + 46, y), "主持人：%s（%s）" % host, font=fb, fill=ink)
    y += LH + 6
    cw = [176, 430, R - L - 176 - 430]
    cx = [L, L + cw[0], L + cw[0] + cw[1], R]
    rows = [("head", ["时间", "议题", "演讲人"], 46)]
    for s in slots:
        if s["kind"] == "break":
            rows.append(("break", s, 44))
        else:
            tl = wrap(d, s["title"], fb, cw[1] - 20)
            sl = wrap(d, who_b(s["sp"]), fb, cw[2] - 20)
            rows.append(("talk", (s, tl, sl), 12 + 34 * max(len(tl), len(sl))))
    y0 = y
    for kind, body, h in rows:
        if kind == "head":
            for k, lab in enumerate(body):
                vtext(d, cx[k], y, h, lab, fbb, ink, "center", cw[k])
        elif kind == "break":
            vtext(d, cx[0], y, h, "%s-%s" % (body["start"], body["end"]), fb, ink, "center", cw[0])
            vtext(d, cx[1], y, h, body["title"], fb, ink, "center", cw[1] + cw[2])
        else:
            s, tl, sl = body
            vtext(d, cx[0], y, h, "%s-%s" % (s["start"], s["end"]), fb, ink, "center", cw[0])
            for k, ls in ((1, tl), (2, sl)):
                ty = y + (h - 34 * len(ls)) / 2
                for ln in ls:
                    if k == 1:
                        d.text((cx[1] + 10, ty), ln, font=fb, fill=ink)
                    else:
                        ctext(d, cx[2] + cw[2] / 2, ty, ln, fb, ink)
                    ty += 34
        d.line([(L, y), (R, y)], fill=ink, width=1)
        d.line([(cx[1], y), (cx[1], y + h)], fill=ink, width=1)
        if kind != "break":
            d.line([(cx[2], y), (cx[2], y + h)], fill=ink, width=1)
        y += h
    d.line([(L, y), (R, y)], fill=ink, width=1)
    d.line([(L, y0), (L, y)], fill=ink, width=1)
    d.line([(R, y0), (R, y)], fill=ink, width=1)
    y += 26
    d.text((L, y), "二、分论坛（下午，三个分论坛同时进行）", font=font(26, True), fill=ink)
    y += LH + 8
    NX, TX = L + 46, L + 46 + 40  # list number, then the text with a hanging indent
    for num, name, host, fmt, slots in LISTS_B:
        d.text((L + 46, y), num + name, font=font(24, True), fill=ink)
        y += LH
        d.text((L + 46, y), "主持人：%s（%s）" % host, font=fb, fill=ink)
        y += LH
        k = 0
        for s in slots:
            rng = "%s-%s" % (s["start"], s["end"])
            if s["kind"] == "break":
                d.text((TX, y), rng + "　" + s["title"], font=fb, fill=ink)
                y += LH
                continue
            k += 1
            d.text((NX, y), fmt % k, font=fb, fill=ink)
            for ln in wrap(d, "%s %s —— %s" % (rng, s["title"], who_b(s["sp"])), fb, R - TX):
                d.text((TX, y), ln, font=fb, fill=ink)
                y += LH
        y += 8
    y += 10
    d.text((L, y), "注：议程如有调整，以大会交流群通知为准；各分论坛直播链接将于会前一天发布。", font=fb, fill=ink)
    assert y + LH < H - 110, y
    ctext(d, W / 2, H - 96, "— 1 —", font(20, serif=True), ink)
    forums = [{"forum": MAIN_B[1], "slots": [truth_slot(s) for s in MAIN_B[3]]}]
    forums += [{"forum": n, "slots": [truth_slot(s) for s in sl]} for _, n, _, _, sl in LISTS_B]
    return im, forums


# ===========================================================================
# 3. CLK 2055 (第50届), online, 2055-11-06: the agenda kept as a Markdown
#    file, agenda.md, and a screenshot of GitHub's rendering of it (1920 px
#    wide: a browser at 150 %, saved as JPEG): the repository header
#    ('ChinaLinuxKernel / CLK2055', tabs with counters), the breadcrumb, the
#    last commit, the file box ('Preview | Code | Blame', '96 lines (71 loc) ·
#    3.94 KB'), then the rendered Markdown: an H1, a paragraph with a bold
#    date, a blockquote with the live link, '## 主论坛', the host as a line
#    of its own, a table | 时间 | 议题 | 讲者 | 单位 | with GitHub's borders and
#    zebra rows; '## 分论坛（下午，三个分论坛同时进行）' and one '###' heading,
#    host line and table per forum.  Titles hold `code spans`, two speakers
#    share a cell through '<br>' (their units likewise), breaks are
#    italic '*休息*' with empty speaker cells.
MD_C = [
    ("主论坛", "赵敏（北京大学）", [
        T("09:00", "09:10", "开幕致辞", [S("方华", "北京大学", None)], "赵敏"),
        T("09:10", "09:50", "`sched_ext`：可扩展调度器的生产实践", [S("杨波", "Meta", "软件工程师")], "赵敏"),
        T("09:50", "10:30", "内核中的 AI 加速器驱动框架（`accel` 子系统）",
          [S("谢婷", "华为", None), S("任毅", "百度", None)], "赵敏"),
        B("10:30", "10:40", "休息"),
        T("10:40", "11:20", "Memory Safety in the Linux Kernel: Rust and Beyond", [S("孔德胜", "Google", None)], "赵敏"),
        B("11:20", "13:30", "午休"),
    ]),
    ("内核调试与追踪分论坛", "钟华（浙江大学）", [
        T("13:30", "14:10", "`perf` 新特性：数据类型剖析（data type profiling）", [S("姚远", "阿里云", None)], "钟华"),
        T("14:10", "14:50", "基于 `fprobe` 的低开销函数追踪", [S("冯雪", "字节跳动", None)], "钟华"),
        T("14:50", "15:30", "`lockdep` 误报的定位与修复", [S("邵杰", "统信软件", None)], "钟华"),
    ]),
    ("安全与可信分论坛", "何琳（中国科学院信息工程研究所）", [
        T("13:30", "14:10", "内核控制流完整性（kCFI）在 ARM64 上的实践", [S("谭明", "麒麟软件", None)], "何琳"),
        T("14:10", "14:50", "`seccomp` 用户态通知在沙箱中的应用", [S("熊伟", "蚂蚁集团", None)], "何琳"),
    ]),
    ("网络与 I/O 分论坛", "卢强（华为）", [
        T("13:30", "14:10", "TCP devmem：网卡直通 GPU 显存的零拷贝接收", [S("金鑫", "腾讯", None)], "卢强"),
        T("14:10", "14:50", "MPTCP 在移动网络中的内核优化", [S("汪洋", "荣耀", None)], "卢强"),
    ]),
]
INK_C, MUTED_C, LINE_C, LINK_C = (31, 35, 40), (89, 99, 110), (209, 217, 224), (9, 105, 218)
K = 1.5  # device pixels per CSS pixel


def runs_c(md):
    """Markdown inline spans as (text, style) runs: `code`, **bold**, *italic*, [link](...) as link text."""
    out = []
    for part in re.split(r"(`[^`]+`|\*\*[^*]+\*\*|\*[^*]+\*|\[[^\]]+\]\([^)]*\))", md):
        if not part:
            continue
        if part.startswith("`"):
            out.append((part[1:-1], "code"))
        elif part.startswith("**"):
            out.append((part[2:-2], "b"))
        elif part.startswith("*"):
            out.append((part[1:-1], "i"))
        elif part.startswith("["):
            out.append((part[1:part.index("]")], "link"))
        else:
            out.append((part, "n"))
    return out


def unmark(md):
    """What a reader sees of a Markdown title: the text without its backticks."""
    return "".join(t for t, _ in runs_c(md))


def rfont(style, size):
    if style == "code":
        return font(round(size * 0.85), mono=True)
    return font(size, style == "b" or style == "th")


def run_w(d, tok, style, size):
    return tw(d, tok, rfont(style, size)) + (round(0.4 * size) if style == "code" else 0)


def wrap_runs(d, runs, size, maxw):
    """Greedy wrap of styled runs; a code span is never broken (a browser may, GitHub's rarely does)."""
    toks = []
    for text, style in runs:
        if style == "code":
            toks.append((text, style))
        else:
            toks += [(t, style) for t in TOKEN.findall(text)]
    lines, cur, w = [], [], 0
    for tok, style in toks:
        tw_ = run_w(d, tok.rstrip() if style != "code" else tok, style, size)
        if cur and w + tw_ > maxw and tok[0] not in NO_LINE_START:
            lines.append(cur)
            cur, w = [], 0
            tok = tok.lstrip()
            if not tok:
                continue
        cur.append((tok, style))
        w += run_w(d, tok, style, size)
    if cur:
        lines.append(cur)
    return lines


def draw_runs(im, d, x, y, line, size, fill):
    for tok, style in line:
        f = rfont(style, size)
        if style == "code":
            pad = round(0.2 * size)
            w = tw(d, tok, f)
            d.rounded_rectangle([x, y + 0.12 * size, x + w + 2 * pad, y + 1.28 * size], radius=round(4 * K),
                                fill=(234, 238, 242))
            d.text((x + pad, y + 0.22 * size), tok, font=f, fill=fill)
            x += w + 2 * pad
            continue
        col = LINK_C if style == "link" else fill
        if style == "i":  # italic: Noto has no italic face, the browser slants the regular one
            w = tw(d, tok, f) + 8
            tmp = Image.new("L", (int(w + size), int(size * 1.6)), 0)
            ImageDraw.Draw(tmp).text((size * 0.3, 0), tok, font=f, fill=255)
            tmp = tmp.transform(tmp.size, Image.AFFINE, (1, 0.2, -size * 0.12, 0, 1, 0), Image.BICUBIC)
            im.paste(Image.new("RGB", tmp.size, col), (int(x - size * 0.3), int(y)), tmp)
            x += w - 8
            continue
        d.text((x, y), tok, font=f, fill=col)
        x += tw(d, tok, f)
    return x


def md_rows_c(slots):
    """The Markdown table rows of one forum: time, title, speakers and units ('<br>' between two)."""
    rows = []
    for s in slots:
        rng = "%s-%s" % (s["start"], s["end"])
        if s["kind"] == "break":
            rows.append([rng, "*%s*" % s["title"], "", ""])
        else:
            rows.append([rng, s["title"], "<br>".join(sp[0] for sp in s["sp"]),
                         "<br>".join(aff(sp) for sp in s["sp"])])
    return rows


def table_c(im, d, x0, y, rows, size, avail, paint):
    """A GitHub table: header bold, cells padded 6px 13px (CSS), borders, every second body row shaded."""
    head = ["时间", "议题", "讲者", "单位"]
    px, py = round(13 * K), round(6 * K)
    lh = round(size * 1.5)
    cells = [[[runs_c(part) for part in c.split("<br>")] if c else [[]] for c in r] for r in rows]
    nat = [run_w(d, h, "th", size) for h in head]
    for r in cells:
        for k, c in enumerate(r):
            for part in c:
                nat[k] = max(nat[k], sum(run_w(d, t, st, size) for t, st in part))
    widths = [n + 2 * px + 2 for n in nat]
    if sum(widths) > avail:
        widths[1] = avail - widths[0] - widths[2] - widths[3]
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    all_rows = [[[[(h, "th")]] for h in head]] + cells
    for ri, r in enumerate(all_rows):
        laid = []
        for k, c in enumerate(r):
            ls = []
            for part in c:
                ls += wrap_runs(d, part, size, widths[k] - 2 * px) if part else [[]]
            laid.append(ls)
        h = max(len(ls) for ls in laid) * lh + 2 * py
        if paint:
            if ri > 0 and ri % 2 == 0:
                d.rectangle([xs[0], y, xs[-1], y + h], fill=(246, 248, 250))
            for k, ls in enumerate(laid):
                ty = y + py + (lh - size) / 2 - 0.1 * size
                for ln in ls:
                    draw_runs(im, d, xs[k] + px, ty, [(t, "b" if st == "th" else st) for t, st in ln], size, INK_C)
                    ty += lh
            for x in xs:
                d.line([(x, y), (x, y + h)], fill=LINE_C, width=2)
            d.line([(xs[0], y), (xs[-1], y)], fill=LINE_C, width=2)
            d.line([(xs[0], y + h), (xs[-1], y + h)], fill=LINE_C, width=2)
        y += h
    return y


def paint_c(im, d):
    W = im.size[0]
    size = round(16 * K)
    white = (255, 255, 255)
    # GitHub's header and repository tabs
    d.rectangle([0, 0, W, 96], fill=(246, 248, 250))
    for k in range(3):
        d.line([(30, 36 + k * 11), (52, 36 + k * 11)], fill=MUTED_C, width=3)
    d.ellipse([78, 24, 126, 72], fill=INK_C)
    d.ellipse([92, 36, 112, 56], fill=(246, 248, 250))
    d.text((146, 30), "ChinaLinuxKernel", font=font(24), fill=INK_C)
    x = 146 + tw(d, "ChinaLinuxKernel", font(24))
    d.text((x + 12, 30), "/", font=font(24), fill=MUTED_C)
    d.text((x + 36, 30), "CLK2055", font=font(24, True), fill=INK_C)
    d.rounded_rectangle([W - 700, 22, W - 260, 74], radius=10, outline=LINE_C, width=2, fill=white)
    d.text((W - 680, 34), "Type / to search", font=font(22), fill=MUTED_C)
    for k in range(4):
        d.rounded_rectangle([W - 236 + k * 56, 26, W - 192 + k * 56, 70], radius=8, outline=LINE_C, width=2)
    y = 96
    x = 40
    for k, (tab, count) in enumerate((("Code", None), ("Issues", "2"), ("Pull requests", "1"), ("Actions", None),
                                      ("Projects", None), ("Security", None), ("Insights", None))):
        f = font(22, k == 0)
        d.rectangle([x + 4, y + 22, x + 26, y + 44], outline=MUTED_C, width=2)
        d.text((x + 36, y + 14), tab, font=f, fill=INK_C)
        w = 36 + tw(d, tab, f) + 20
        if count:
            d.rounded_rectangle([x + w - 8, y + 16, x + w + 26, y + 48], radius=16, fill=(227, 232, 238))
            ctext(d, x + w + 9, y + 17, count, font(20), INK_C)
            w += 40
        if k == 0:
            d.line([(x, y + 70), (x + w, y + 70)], fill=(253, 140, 115), width=4)
        x += w + 24
    d.line([(0, y + 72), (W, y + 72)], fill=LINE_C, width=2)
    y += 110
    L, R = 48, W - 48
    d.text((L, y), "CLK2055", font=font(26, True), fill=LINK_C)
    x = L + tw(d, "CLK2055", font(26, True))
    d.text((x + 10, y), "/ agenda.md", font=font(26, True), fill=INK_C)
    d.rounded_rectangle([R - 90, y - 4, R, y + 40], radius=8, outline=LINE_C, width=2)
    ctext(d, R - 45, y + 2, "Top", font(20), INK_C)
    y += 70
    d.rounded_rectangle([L, y, R, y + 72], radius=10, fill=(246, 248, 250), outline=LINE_C, width=2)
    d.ellipse([L + 20, y + 18, L + 56, y + 54], fill=(128, 160, 200))
    d.text((L + 70, y + 20), "clk-volunteer", font=font(22, True), fill=INK_C)
    d.text((L + 70 + tw(d, "clk-volunteer", font(22, True)) + 18, y + 20), "补充下午分论坛主持人", font=font(22),
           fill=MUTED_C)
    rtext(d, R - 130, y + 20, "3f9c2e1 · 3 days ago", font(21), MUTED_C)
    rtext(d, R - 20, y + 20, "History", font(21, True), INK_C)
    y += 96
    box_top = y
    d.rounded_rectangle([L, y, R, y + 74], radius=10, fill=(246, 248, 250))
    x = L + 16
    for k, lab in enumerate(("Preview", "Code", "Blame")):
        f = font(21, k == 0)
        w = tw(d, lab, f) + 36
        if k == 0:
            d.rounded_rectangle([x, y + 14, x + w, y + 60], radius=8, fill=white, outline=LINE_C, width=2)
        d.text((x + 18, y + 22), lab, font=f, fill=INK_C)
        x += w + 4
    d.text((x + 30, y + 22), "96 lines (71 loc) · 3.94 KB", font=font(21), fill=MUTED_C)
    for k, lab in enumerate(("Raw", "", "", "")):
        bx = R - 330 + k * 80
        d.rounded_rectangle([bx, y + 14, bx + (70 if lab else 56), y + 60], radius=8, outline=LINE_C, width=2)
        if lab:
            ctext(d, bx + 35, y + 20, lab, font(20), INK_C)
    y += 74
    d.line([(L, y), (R, y)], fill=LINE_C, width=2)
    # the rendered Markdown
    BX0, BX1 = L + round(32 * K), R - round(32 * K)
    y += round(32 * K)
    d.text((BX0, y), "CLK 2055 大会议程", font=font(round(32 * K), True), fill=INK_C)
    y += round(32 * K * 1.25) + round(0.3 * 32 * K)
    d.line([(BX0, y), (BX1, y)], fill=(216, 222, 228), width=2)
    y += round(24 * K)
    lh = round(size * 1.5)
    para = ("第50届中国Linux内核开发者大会（CLK 2055）于 **2055 年 11 月 6 日（周六）** 线上举行：上午为主论坛，"
            "下午三个分论坛同时进行。全部议题在 B 站直播间同步直播，回放与讲稿会后上传到本仓库的各论坛目录。")
    for ln in wrap_runs(d, runs_c(para), size, BX1 - BX0):
        draw_runs(im, d, BX0, y, ln, size, INK_C)
        y += lh
    y += round(16 * K)
    q = "直播间：[https://live.bilibili.com/2055116](https://live.bilibili.com/2055116)　（会前 15 分钟开播）"
    d.rectangle([BX0, y, BX0 + 6, y + lh], fill=(208, 215, 222))
    draw_runs(im, d, BX0 + round(16 * K) + 6, y, runs_c(q), size, MUTED_C)
    y += lh + round(16 * K)
    for fi, (name, host, slots) in enumerate(MD_C):
        if fi < 2:
            h2 = "主论坛" if fi == 0 else "分论坛（下午，三个分论坛同时进行）"
            y += round(24 * K)
            d.text((BX0, y), h2, font=font(round(24 * K), True), fill=INK_C)
            y += round(24 * K * 1.25) + round(0.3 * 24 * K)
            d.line([(BX0, y), (BX1, y)], fill=(216, 222, 228), width=2)
            y += round(16 * K)
        if fi > 0:
            y += round(8 * K)
            d.text((BX0, y), name, font=font(round(20 * K), True), fill=INK_C)
            y += round(20 * K * 1.25) + round(16 * K)
        draw_runs(im, d, BX0, y, runs_c("**主持人**：" + host), size, INK_C)
        y += lh + round(16 * K)
        y = table_c(im, d, BX0, y, md_rows_c(slots), size, BX1 - BX0, True)
        y += round(16 * K)
    y += round(16 * K)
    d.rounded_rectangle([L, box_top, R, y], radius=10, outline=LINE_C, width=2)
    return y + 60


def poster_c():
    W = 1920
    strip = Image.new("RGB", (W, 8), (255, 255, 255))
    h = paint_c(strip, ImageDraw.Draw(strip))
    im = Image.new("RGB", (W, h), (255, 255, 255))
    assert paint_c(im, ImageDraw.Draw(im)) == h
    forums = []
    for name, _, slots in MD_C:
        forums.append({"forum": name, "slots": [dict(truth_slot(s), title=unmark(s["title"])) for s in slots]})
    return im, forums


# ===========================================================================
# 4. CLK 2056 (第51届), online, 2056-11-04: ONE landscape slide exported from
#    the volunteer's deck (PNG, 1280 x 720, PowerPoint's default export):
#    '议程 Agenda' at the top left, 'CLK 2056' and the conference at the
#    right, a date line, then the day's table in SMALL type (13-14 px),
#    broken into two tables side by side in the slide's table style (dark
#    head row 时间 Time | 议题 Topic | 讲者 Speaker | 单位 Affiliation, banded
#    rows, white rules): the left holds 主论坛 and the first afternoon forum,
#    the right the other two, each forum opened by a band row
#    '上午 · 主论坛　主持：name（unit）'.  The day opens with '开幕' with
#    empty speaker cells; a Latin name breaks inside its narrow cell; two
#    speakers stack in one cell beside one unit.  A note, the footer and
#    the slide number.
FORUMS_D = [
    ("上午", "主论坛", ("彭建", "南京大学"), 0, [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:50", "The State of Linux Memory Management", [S("Paul Whitfield", "Arm", None)], "彭建"),
        T("09:50", "10:30", "PREEMPT_RT 合入主线之后：实时内核的新挑战", [S("邱晨", "中兴通讯", None)], "彭建"),
        B("10:30", "10:40", "休息"),
        T("10:40", "11:20", "内核热升级：KHO 与 Live Update Orchestrator",
          [S("江涛", "字节跳动", None), S("陆佳", "字节跳动", None)], "彭建"),
        T("11:20", "12:00", "面向 AI 训练的 GPU 内存管理：HMM 与 DMA-BUF", [S("白杨", "阿里云", None)], "彭建"),
        B("12:00", "13:30", "午餐"),
    ]),
    ("下午", "存储与 I/O 分论坛", ("魏东", "清华大学"), 0, [
        T("13:30", "14:10", "blk-mq 在 ZNS SSD 上的调度优化", [S("潘磊", "三星", None)], "魏东"),
        T("14:10", "14:50", "bcachefs 现状与生产可用性评估", [S("叶青", "中国科学技术大学", None)], "魏东"),
        T("14:50", "15:30", "virtio-blk 多队列与 vDPA 性能分析", [S("段飞", "京东", None)], "魏东"),
    ]),
    ("下午", "调度与锁分论坛", ("贺强", "中国科学院计算技术研究所"), 1, [
        T("13:30", "14:10", "qspinlock 在 ARM64 众核上的可扩展性", [S("姜楠", "飞腾信息", None)], "贺强"),
        T("14:10", "14:50", "futex2 与用户态锁的内核支持", [S("史磊", "统信软件", None)], "贺强"),
    ]),
    ("下午", "RISC-V 与异构计算分论坛", ("廖文", "平头哥"), 1, [
        T("13:30", "14:10", "RISC-V 向量扩展（RVV）的内核上下文切换", [S("毛俊", "中国科学院软件研究所", None)], "廖文"),
        T("14:10", "14:50", "RISC-V IOMMU 驱动的设计与上游", [S("龚晓", "平头哥", None)], "廖文"),
    ]),
]
NAVY_D = (31, 56, 100)


def poster_d():
    W, H = 1280, 720
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    ink, grey = (38, 38, 38), (110, 110, 110)
    d.rectangle([0, 0, 14, 96], fill=NAVY_D)
    d.text((40, 22), "议程", font=font(36, True), fill=NAVY_D)
    d.text((40 + tw(d, "议程", font(36, True)) + 12, 34), "Agenda", font=font(26), fill=grey)
    rtext(d, W - 36, 24, "CLK 2056", font(22, True), NAVY_D)
    rtext(d, W - 36, 56, "第51届中国Linux内核开发者大会", font(13), grey)
    d.text((42, 80), "2056年11月4日（周六）· 全程线上直播 · 下午三个分论坛同时进行", font=font(14), fill=grey)
    d.line([(36, 108), (W - 36, 108)], fill=(200, 208, 220), width=1)
    fh, fb, ft, fs = font(14, True), font(14, True), font(15), font(14)
    cw = [90, 282, 92, 128]
    LH = 20
    for side in (0, 1):
        x0 = 36 if side == 0 else W - 36 - sum(cw)
        xs = [x0]
        for w in cw:
            xs.append(xs[-1] + w)
        y = 122
        d.rectangle([xs[0], y, xs[-1], y + 30], fill=NAVY_D)
        for k, lab in enumerate(("时间 Time", "议题 Topic", "讲者 Speaker", "单位 Affiliation")):
            vtext(d, xs[k] + 6, y, 30, lab, fh, (255, 255, 255))
            if k:
                d.line([(xs[k], y), (xs[k], y + 30)], fill=(255, 255, 255), width=2)
        y += 30
        band = 0
        for part, name, host, where, slots in FORUMS_D:
            if where != side:
                continue
            d.rectangle([xs[0], y, xs[-1], y + 28], fill=(189, 208, 233))
            vtext(d, xs[0] + 6, y, 28, "%s · %s　主持：%s（%s）" % ((part, name) + host), fb, NAVY_D)
            y += 28
            d.line([(xs[0], y), (xs[-1], y)], fill=(255, 255, 255), width=2)
            for s in slots:
                if s["kind"] == "break":
                    cells = [[], [s["title"]], [], []]
                else:
                    sp_lines = []
                    for sp in s["sp"]:
                        sp_lines += wrap(d, sp[0], fs, cw[2] - 12)
                    units = []
                    for sp in s["sp"]:
                        if aff(sp) not in units:
                            units.append(aff(sp))
                    unit_lines = []
                    for u in units:
                        unit_lines += wrap(d, u, fs, cw[3] - 12)
                    cells = [[], wrap(d, s["title"], ft, cw[1] - 12), sp_lines, unit_lines]
                h = max(1, *(len(c) for c in cells)) * LH + 14
                d.rectangle([xs[0], y, xs[-1], y + h], fill=(233, 239, 247) if band % 2 == 0 else (213, 225, 241))
                band += 1
                vtext(d, xs[0] + 6, y, h, "%s-%s" % (s["start"], s["end"]), fs, ink)
                for k in (1, 2, 3):
                    mtext(d, xs[k] + 6, y, h, cells[k], ft if k == 1 else fs, grey if s["kind"] == "break" else ink, LH)
                for x in xs[1:-1]:
                    d.line([(x, y), (x, y + h)], fill=(255, 255, 255), width=2)
                y += h
                d.line([(xs[0], y), (xs[-1], y)], fill=(255, 255, 255), width=2)
        if side == 1:
            y += 22
            for ln in ("说明：分论坛直播间链接见大会交流群公告；",
                       "讲者请于 13:15 前进入后台调试。"):
                d.text((xs[0], y), ln, font=font(14), fill=grey)
                y += 22
        assert y < H - 44, y
    d.line([(36, H - 36), (W - 36, H - 36)], fill=(220, 224, 230), width=1)
    d.text((36, H - 28), "中国 Linux 内核开发者大会 · CLK 2056", font=font(11), fill=grey)
    rtext(d, W - 36, H - 28, "3", font(11), grey)
    return im, [{"forum": name, "slots": [truth_slot(s) for s in slots]} for _, name, _, _, slots in FORUMS_D]

NOTE = (
    "Same conventions as posters-blind-4..30: speakers are names as printed with spaces removed (the Latin names "
    "'Oliver Hartmann' -> 'OliverHartmann', 'Paul Whitfield' -> 'PaulWhitfield'); host is the chair printed for the "
    "forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; titles exclude tags, "
    "badges and list numbers; where two or more speakers are printed each has his own affiliation, given per "
    "speaker; affiliations keep a printed job title, joined to the company by one space; break titles are as "
    "printed; an opening speech with a speaker ('开幕致辞') is a talk, an opening slot without one ('开幕') is a "
    "break (as set 28). Four online editions, each on one picture only, so that no talk is on two pictures: CLK 2053 "
    "(第48届), CLK 2054 (第49届), CLK 2055 (第50届), CLK 2056 (第51届); each picture is a whole day, 主论坛 in the "
    "morning and three forums in parallel in the afternoon (so afternoon times repeat). The title '开幕致辞' is on "
    "three pictures, the opening of three different conferences (different speakers), not one talk. The set is "
    "about agenda images made WITHOUT a designer, as a volunteer publishes one quickly: the furniture of the "
    "program that made them (ribbons, column letters, row numbers, formula bars, sheet tabs, status bars, page "
    "headers and numbers, repository tabs and counters, commit lines, file sizes, slide numbers) is never part of "
    "a name, a title or a slot. (1) The CLK 2053 picture (PNG, 1920 x 1080) is a screenshot of an Excel sheet on a "
    "150 % Windows screen: title bar 'CLK2053议程（定稿）.xlsx - Excel', the Home ribbon (its '等线', '11', group "
    "labels), the name box 'B6' and the formula bar, column letters A..H and row numbers 1..20, sheet tabs '议程 / "
    "嘉宾名单 / Sheet3', status bar '就绪 … 100%'. The selected cell is B6, so the formula bar prints B6's title "
    "('openEuler 在 RISC-V 服务器上的内核适配') a second time at the top: that is the same talk, not another one. "
    "Row 1 (merged) is the sheet's title, row 2 the date and the live platforms, row 3 the header 时间 | 议题 | "
    "演讲人 | 单位 | 论坛 (no slots). One row per slot; the times were typed without a leading zero ('9:10-9:50' "
    "is 09:10-09:50, '9:50-10:30' is 09:50-10:30). The forum is the LAST column, one cell MERGED down all the rows "
    "of that forum (breaks included), printing the name over '主持人：name' (no unit): every row beside a merged "
    "cell belongs to that forum and has its host. Breaks are rows whose 议题..单位 cells are merged and shaded "
    "('茶歇', '午餐'); the 14:50-15:05 茶歇 lies inside the merged cell of 内存与存储分论坛 and is a break of that "
    "forum only. The two speakers '李娜、陈晓峰' share one unit cell '华为': both get 华为 (as set 25 did with a "
    "shared unit cell); the unit cell '阿里云 资深技术专家' is given as printed. The title of 10:45-11:25 wraps in "
    "its cell. The red note in row 19 ('注：下午三个分论坛同时进行…') is no slot. Uncommon surname 訾. (2) The CLK "
    "2054 picture (PNG, 1240 x 1754, A4 at 150 dpi) is a Word document exported as an image, black on white: a "
    "page header ('CLK 2054 会务组' / the conference), a title and '会　议　议　程' (spaced), '会议时间' and "
    "'会议形式' lines (a meeting number '735 204 918'), a paragraph whose '8:45' starts no slot; then "
    "'一、主论坛（上午）' and '二、分论坛（下午，三个分论坛同时进行）' and under the latter '（一）内存管理分论坛', "
    "'（二）存储与文件系统分论坛', '（三）体系结构与虚拟化分论坛'. The forum names leave out the heading numbers "
    "('一、', '（一）') and the '（上午）' after 主论坛; '二、分论坛（…）' is no forum of its own. Each forum has a "
    "line '主持人：name（unit）' under its heading. 主论坛 is a plain ruled table 时间 | 议题 | 演讲人 with "
    "'name（company job）' or 'name（company）' in the speaker cell (affiliation 'company job' or the company), a "
    "title wrapping in its cell, '休息' across 议题 and 演讲人, and '午休' (11:50-13:30) closing the forum. The "
    "other three forums are NUMBERED LISTS, one item per talk: 'N. 13:30-14:10 title —— name（company）' (the "
    "second forum numbers '1、'): the list number is no part of the title, the title runs from the range to the "
    "'——'. Item 3 of 内存管理分论坛 wraps under its text (hanging indent), the title breaking between 'memory' and "
    "'tiering' and the speaker on the second line: its title is '面向 CXL 扩展内存的 NUMA 平衡策略：从 AutoNUMA 到 "
    "memory tiering'. The unnumbered line '14:50-15:00　休息' between items 2 and 3 is a break of that forum. "
    "'石磊、贾琪（vivo）' puts two speakers before one bracket: both get vivo. The closing '注：…' line and the page "
    "number '— 1 —' are no slots. Uncommon surname 宓. (3) The CLK 2055 picture (JPEG q90, 1920 px wide, a browser "
    "at 150 %) is GitHub's rendering of the Markdown file agenda.md: the repository header 'ChinaLinuxKernel / "
    "CLK2055', tabs with counters ('Issues 2', 'Pull requests 1'), the breadcrumb 'CLK2055 / agenda.md', a commit "
    "line ('clk-volunteer 补充下午分论坛主持人 … 3f9c2e1 · 3 days ago'), the file box ('Preview | Code | Blame', '96 "
    "lines (71 loc) · 3.94 KB', 'Raw'), then the Markdown: H1 'CLK 2055 大会议程', a paragraph with a bold date, a "
    "blockquote with the live link ('https://live.bilibili.com/2055116', '会前 15 分钟开播': no slot), H2 '主论坛', "
    "H2 '分论坛（下午，三个分论坛同时进行）' (no forum of its own) and an H3 per afternoon forum. Under each forum "
    "heading a line '**主持人**：name（unit）' (host name), then a table | 时间 | 议题 | 讲者 | 单位 | with GitHub's "
    "borders and every second body row shaded. Titles hold code spans (monospaced on a grey box: `sched_ext`, "
    "`accel`, `perf`, `fprobe`, `lockdep`, `seccomp`): the title is the text as shown, without backticks "
    "('sched_ext：可扩展调度器的生产实践'). Two speakers share a cell through a line break ('谢婷' over '任毅'), "
    "their units likewise ('华为' over '百度'): each speaker gets the unit on his line. Breaks are rows with an "
    "italic label ('休息', '午休') and EMPTY speaker and unit cells; '午休' closes 主论坛. The unit 'Meta "
    "软件工程师' is given as printed. (4) The CLK 2056 picture (PNG, 1280 x 720) is ONE slide exported from a "
    "deck: '议程 Agenda', 'CLK 2056' and the conference at the right, a date line, the footer and the slide number "
    "'3'. The day is one table in small type (13-15 px) broken into TWO tables side by side with the same head row "
    "'时间 Time | 议题 Topic | 讲者 Speaker | 单位 Affiliation' (labels, no slot); the left holds 主论坛 and then "
    "存储与 I/O 分论坛, the right 调度与锁分论坛 and RISC-V 与异构计算分论坛. Each forum opens with a band row "
    "'上午 · 主论坛　主持：彭建（南京大学）': the forum name leaves out '上午 ·' / '下午 ·', the host is the name "
    "after '主持：'. The day opens with '09:00-09:10 开幕' whose speaker and unit cells are empty: a break (title "
    "'开幕', host null), as set 28 did. The foreign speaker's name breaks inside its narrow cell ('Paul' over "
    "'Whitfield'): one speaker, PaulWhitfield. Two speakers stack in one cell ('江涛' over '陆佳') beside ONE unit "
    "'字节跳动', vertically centred: both get 字节跳动. '休息' and '午餐' are breaks of 主论坛 (grey label, empty "
    "cells). The note under the right table ('讲者请于 13:15 前进入后台调试') is no slot."
)

LAYOUTS = {
    "excel-sheet-screenshot.png": (
        "CLK 2053 (第48届), online, 2053-11-08: a screenshot (PNG, 1920 x 1080, 150 %) of the volunteer's Excel "
        "sheet: title bar, Home ribbon, name box 'B6' and a formula bar repeating the selected cell's title, column "
        "letters and row numbers, then a merged title row, a date row, a header row 时间 | 议题 | 演讲人 | 单位 | 论坛 "
        "and one row per slot with times typed without a leading zero ('9:10-9:50'); the forum in the LAST column "
        "as a cell merged down its rows ('主论坛' over '主持人：郑丽华'); breaks merged across 议题..单位 and shaded; "
        "two speakers joined by '、' beside one unit; a wrapped title; a red note row; sheet tabs and status bar. "
        "Uncommon surname 訾.",
        "2053-11-08", poster_a),
    "word-export-numbered-lists.png": (
        "CLK 2054 (第49届), online, 2054-11-07: a Word document exported as a PNG page (1240 x 1754, A4 at 150 dpi), "
        "black on white: page header, a centred title and '会　议　议　程', info lines and a paragraph, "
        "'一、主论坛（上午）' with '主持人：name（unit）' and a plain ruled table 时间 | 议题 | 演讲人 ('name（company "
        "job）'); '二、分论坛（下午，三个分论坛同时进行）' with '（一）'..'（三）' headings, a host line each and numbered "
        "lists '1. 13:30-14:10 title —— name（company）' ('1、' in the second), an unnumbered break line, an item "
        "wrapping under its text, two speakers before one bracket; a note and '— 1 —'. Uncommon surname 宓.",
        "2054-11-07", poster_b),
    "github-markdown-tables.jpg": (
        "CLK 2055 (第50届), online, 2055-11-06: a screenshot (JPEG q90, 1920 px wide, 150 %) of GitHub showing "
        "agenda.md rendered: repository header and tabs with counters, breadcrumb, commit line, file box (Preview | "
        "Code | Blame, '96 lines (71 loc) · 3.94 KB'); H1, a paragraph, a blockquote with the live link; '## 主论坛' "
        "and '### name' per afternoon forum under '## 分论坛（…）', each with a '**主持人**：name（unit）' line and a "
        "table | 时间 | 议题 | 讲者 | 单位 | with zebra rows; code spans in titles; two speakers and two units through "
        "'<br>'; italic breaks with empty cells.",
        "2055-11-06", poster_c),
    "slide-agenda-dense-tables.png": (
        "CLK 2056 (第51届), online, 2056-11-04: one landscape slide (PNG, 1280 x 720) '议程 Agenda' with 'CLK 2056' "
        "at the right and a date line; the day in small type (13-15 px) as two tables side by side in a slide "
        "table style (dark head row '时间 Time | 议题 Topic | 讲者 Speaker | 单位 Affiliation', banded rows, white "
        "rules), each forum opened by a band row '上午 · 主论坛　主持：name（unit）'; left 主论坛 and 存储与 I/O "
        "分论坛, right the other two; '开幕' with empty speaker cells; a Latin name broken in its cell; two "
        "speakers stacked beside one unit; a note, footer and slide number '3'.",
        "2056-11-04", poster_d),
}

def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        if fn.endswith(".jpg"):
            im.save(os.path.join(HERE, fn), "JPEG", quality=90)
        else:
            im.save(os.path.join(HERE, fn), optimize=False)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
