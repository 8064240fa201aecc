"""Draw the thirty-fourth blind set of CLK agenda images (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a picture comes from the data below, so truth.json and the
pictures cannot drift apart.  No randomness (screenshots and exports have no grain);
JPEG only through Pillow's own encoder at fixed qualities.  The set is about agenda images made
without a designer, each the one imgs/ picture of an online edition's repository and
each a whole day (主论坛 in the morning, three forums in parallel in the afternoon), so
no talk is on two pictures: a WPS spreadsheet whose rows are sorted by time with the
forum named in the first column of every row (CLK 2071); a mailing-list announcement
in a web archive, plain monospaced text hard-wrapped at 72 columns (CLK 2072); a Feishu
document with a table per forum (CLK 2073); a landscape PDF page with two forums side
by side as numbered tables (CLK 2074).
"""
import io
import json
import os
import unicodedata

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


def ctext(d, cx, y, text, f, fill):
    d.text((cx - tw(d, text, f) / 2, y), text, font=f, fill=fill)


def rtext(d, rx, y, text, f, fill):
    d.text((rx - tw(d, text, f), y), text, font=f, fill=fill)


NO_LINE_START = "）)、，。：；！？”,.:;!?"


def cells_wrap(d, text, f, maxw):
    """Wrap as an office program does: Latin words whole, CJK anywhere, no closing mark first."""
    toks, word = [], ""
    for ch in text:
        if ch.isascii() and not ch.isspace():
            word += ch
            continue
        if word:
            toks.append(word)
            word = ""
        toks.append(ch)
    if word:
        toks.append(word)
    lines, cur = [], ""
    for tok in toks:
        if not cur or tw(d, (cur + tok).rstrip(), f) <= maxw or tok[0] in NO_LINE_START:
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def T(start, end, title, speakers, host):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def S(name, company, job=None):
    """A speaker as printed: the name, the company, the job title (None where none is printed)."""
    return (name, company, job)


def plain(name):
    """A name as the truth gives it: spaces of the picture removed."""
    return name.replace(" ", "").replace("\u3000", "")


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    _, company, job = sp
    return company if job is None else company + " " + job


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def hm(t):
    """'09:10' as a spreadsheet's h:mm format shows it: '9:10'."""
    h, m = t.split(":")
    return "%d:%s" % (int(h), m)


def avatar(d, x, y, r, text, fill):
    """A round avatar with the last two characters of a name, as office apps draw one."""
    d.ellipse([x, y, x + 2 * r, y + 2 * r], fill=fill)
    f = font(int(r * 0.62), True)
    ctext(d, x + r, y + r - r * 0.44, text[-2:], f, (255, 255, 255))


# ===========================================================================
# 1. CLK 2071 (第66届), online, 2071-11-14: a region screenshot of the
#    volunteer's WPS 表格 window (PNG).  WPS furniture: the document tab bar,
#    the menu tabs, a ribbon, the name box and the formula bar showing the
#    selected cell B12 as '13:30:00', column letters, row numbers, sheet tabs
#    and the status bar.  The sheet is a FLAT table sorted by time: columns
#    论坛 | 开始 | 结束 | 议题 | 分享嘉宾 | 单位 | 直播间 | 备注, the forum's name
#    in the first column of EVERY row, so the three afternoon forums are
#    interleaved row by row; times as WPS's h:mm shows them ('9:10'),
#    right-aligned; hosts only in a block '论坛主持人' under the table.
FORUMS_A = ["主论坛", "内存管理分论坛", "存储与文件系统分论坛", "虚拟化与机密计算分论坛"]
HOSTS_A = {
    "主论坛": ("王振宇", "中国科学院软件研究所 研究员"),
    "内存管理分论坛": ("郭晓明", "北京大学 副教授"),
    "存储与文件系统分论坛": ("马涛", "华中科技大学 教授"),
    "虚拟化与机密计算分论坛": ("谢永刚", "英特尔 首席工程师"),
}
ALL_A = "各分论坛"  # the forum cell of the afternoon's shared break
# (forum cell, slot, live room, remark) in the sheet's row order
ROWS_A = [
    ("主论坛", T("09:00", "09:10", "开幕致辞", [S("杨建国", "清华大学")], "王振宇"), "直播间1", ""),
    ("主论坛", T("09:10", "09:55", "Linux 内核社区 2071：维护者模型与补丁流程的演进",
                [S("刘海峰", "华为")], "王振宇"), "直播间1", ""),
    ("主论坛", T("09:55", "10:40", "CXL 内存池化在云数据中心的实践",
                [S("陈磊", "阿里云"), S("周敏", "浙江大学")], "王振宇"), "直播间1", ""),
    ("主论坛", B("10:40", "10:50", "茶歇"), "", ""),
    ("主论坛", T("10:50", "11:35", "RISC-V 向量扩展（RVV）在内核中的支持现状",
                [S("晁文博", "中国科学院软件研究所")], "王振宇"), "直播间1", "远程连线"),
    ("主论坛", B("11:35", "13:30", "午休"), "", ""),
    ("内存管理分论坛", T("13:30", "14:10", "mTHP 与 swap 子系统的协同优化", [S("赵磊", "OPPO")], "郭晓明"),
     "直播间2", ""),
    ("存储与文件系统分论坛", T("13:30", "14:10", "ext4 大块（large block size）支持的进展",
                         [S("吴昊", "华为")], "马涛"), "直播间3", ""),
    ("虚拟化与机密计算分论坛", T("13:30", "14:10", "TDX 机密虚拟机的启动与内存接受（memory accept）优化",
                          [S("许丹", "英特尔")], "谢永刚"), "直播间4", ""),
    ("内存管理分论坛", T("14:10", "14:50", "基于 DAMON 的冷热页识别与内存分层（memory tiering）在数据库场景中的实践",
                    [S("孙婷", "字节跳动", "高级工程师")], "郭晓明"), "直播间2", ""),
    ("存储与文件系统分论坛", T("14:10", "14:50", "NVMe 多路径与 io_uring passthrough 的性能评估",
                         [S("郑凯", "三星半导体")], "马涛"), "直播间3", "录播"),
    ("虚拟化与机密计算分论坛", T("14:10", "14:50", "KVM 脏页环（dirty ring）在热迁移中的优化",
                          [S("何宇", "蚂蚁集团")], "谢永刚"), "直播间4", ""),
    (ALL_A, B("14:50", "15:00", "休息"), "", ""),
    ("内存管理分论坛", T("15:00", "15:40", "memcg 回收路径的锁竞争分析与优化", [S("黄俊", "腾讯")], "郭晓明"),
     "直播间2", ""),
    ("存储与文件系统分论坛", T("15:00", "15:40", "bcachefs 的设计取舍与稳定性现状",
                         [S("罗文", "SUSE")], "马涛"), "直播间3", ""),
    ("虚拟化与机密计算分论坛", T("15:00", "15:40", "vDPA 在容器网络中的落地", [S("蒋涛", "京东")], "谢永刚"),
     "直播间4", ""),
]
TITLE_A = "第66届中国Linux内核开发者大会（CLK 2071）线上议程"
DATE_A = "日期：2071年11月14日（周六）　形式：全程线上直播（B站 / 微信视频号），每个论坛一个直播间"
NOTE_A = "注：时间均为北京时间；嘉宾单位以最终确认为准，如有调整会在群内通知。"
HEAD_A = ["论坛", "开始", "结束", "议题", "分享嘉宾", "单位", "直播间", "备注"]
COLS_A = [232, 84, 84, 560, 160, 270, 104, 104, 110, 110]  # widths of columns A..J in pixels
RH_A = 33  # the sheet's row height at 150 %
SEL_A = (1, 12)  # the selected cell, B12: the first afternoon row's start


def sheet_rows_a():
    """The sheet's rows in order, each (height, [cell texts or None], style) from row 1 on."""
    rows = [(52, [TITLE_A], "title"), (RH_A, [DATE_A], "date"), (38, HEAD_A, "head")]
    for forum, s, room, remark in ROWS_A:
        if s["kind"] == "break":
            rows.append((RH_A, [forum, hm(s["start"]), hm(s["end"]), s["title"], "", "", "", ""], "break"))
        else:
            rows.append((None, [forum, hm(s["start"]), hm(s["end"]), s["title"],
                                " / ".join(sp[0] for sp in s["sp"]), " / ".join(aff(sp) for sp in s["sp"]),
                                room, remark], "talk"))
    rows.append((RH_A, [], "empty"))
    rows.append((RH_A, ["论坛主持人"], "hosthead"))
    rows.append((RH_A, ["论坛", "主持人", None, "单位"], "head2"))
    for forum in FORUMS_A:
        name, unit = HOSTS_A[forum]
        rows.append((RH_A, [forum, name, None, unit], "host"))
    rows.append((RH_A, [], "empty"))
    rows.append((RH_A, [NOTE_A], "note"))
    for _ in range(3):
        rows.append((RH_A, [], "empty"))
    return rows


def chrome_a(d, W, y_grid):
    """WPS 表格's window above the grid: document tabs, menu tabs, ribbon, formula bar."""
    grey, ink = (96, 98, 104), (40, 42, 48)
    fs, fm = font(16), font(18)
    d.rectangle([0, 0, W, 46], fill=(231, 233, 238))
    d.rounded_rectangle([10, 8, 44, 40], radius=6, fill=(226, 56, 46))
    ctext(d, 27, 10, "W", font(22, True), (255, 255, 255))
    d.text((54, 12), "WPS Office", font=fm, fill=ink)
    d.text((190, 12), "找稻壳模板", font=fm, fill=grey)
    d.rounded_rectangle([320, 6, 640, 46], radius=8, fill=(255, 255, 255))
    d.rectangle([330, 14, 352, 36], fill=(30, 150, 80))
    ctext(d, 341, 14, "S", font(16, True), (255, 255, 255))
    d.text((362, 12), "CLK2071议程-定稿(2).xlsx", font=fm, fill=ink)
    d.text((612, 10), "×", font=fm, fill=grey)
    d.text((662, 8), "+", font=font(24), fill=grey)
    d.rectangle([0, 46, W, 90], fill=(255, 255, 255))
    d.text((16, 56), "≡ 文件", font=fm, fill=ink)
    x = 120
    for k, tab in enumerate(["开始", "插入", "页面", "公式", "数据", "审阅", "视图", "工具", "会员专享", "效率"]):
        d.text((x, 56), tab, font=fm, fill=(30, 140, 80) if k == 0 else ink)
        if k == 0:
            d.rectangle([x, 84, x + tw(d, tab, fm), 87], fill=(30, 140, 80))
        x += tw(d, tab, fm) + 30
    d.rounded_rectangle([W - 330, 54, W - 30, 82], radius=14, fill=(242, 243, 246))
    d.text((W - 306, 56), "查找命令、搜索模板", font=fs, fill=(150, 152, 160))
    d.line([(0, 90), (W, 90)], fill=(222, 224, 230))
    # the ribbon of 开始: big buttons with labels, and the font and number boxes
    y = 98
    x = 16
    for lab in ("粘贴", "格式刷"):
        d.rounded_rectangle([x + 8, y + 4, x + 40, y + 40], radius=4, outline=grey, width=2)
        d.text((x + 2, y + 50), lab, font=fs, fill=ink)
        x += 70
    d.line([(x, y), (x, y + 80)], fill=(222, 224, 230))
    x += 14
    d.rectangle([x, y + 4, x + 150, y + 34], outline=(200, 202, 208))
    d.text((x + 8, y + 8), "微软雅黑", font=fs, fill=ink)
    d.rectangle([x + 158, y + 4, x + 212, y + 34], outline=(200, 202, 208))
    d.text((x + 168, y + 8), "11", font=fs, fill=ink)
    for k, lab in enumerate(("B", "I", "U")):
        d.text((x + 6 + k * 34, y + 48), lab, font=font(18, True), fill=ink)
    x += 232
    d.line([(x, y), (x, y + 80)], fill=(222, 224, 230))
    x += 14
    for lab in ("合并居中", "自动换行"):
        d.rectangle([x + 16, y + 6, x + 50, y + 34], outline=grey, width=2)
        d.text((x, y + 50), lab, font=fs, fill=ink)
        x += 86
    d.line([(x, y), (x, y + 80)], fill=(222, 224, 230))
    x += 14
    d.rectangle([x, y + 4, x + 120, y + 34], outline=(200, 202, 208))
    d.text((x + 8, y + 8), "时间", font=fs, fill=ink)
    d.text((x, y + 50), "¥ % 000", font=fs, fill=ink)
    x += 140
    for lab in ("条件格式", "表格样式", "求和", "筛选", "排序", "填充", "行和列", "工作表", "冻结窗格"):
        w = max(tw(d, lab, fs), 40)
        cx = x + w / 2
        if lab == "求和":
            ctext(d, cx, y + 2, "Σ", font(28), ink)
        elif lab == "筛选":
            d.polygon([(cx - 14, y + 8), (cx + 14, y + 8), (cx + 3, y + 24), (cx + 3, y + 36), (cx - 3, y + 32),
                       (cx - 3, y + 24)], outline=grey, width=2)
        elif lab == "排序":
            ctext(d, cx - 8, y + 6, "A", font(16, True), ink)
            ctext(d, cx - 8, y + 22, "Z", font(16, True), ink)
            d.line([(cx + 8, y + 8), (cx + 8, y + 36)], fill=grey, width=2)
            d.polygon([(cx + 3, y + 30), (cx + 13, y + 30), (cx + 8, y + 38)], fill=grey)
        else:
            d.rounded_rectangle([cx - 16, y + 6, cx + 16, y + 38], radius=4, outline=grey, width=2)
            for k in range(3):
                d.line([(cx - 10, y + 14 + k * 8), (cx + 10, y + 14 + k * 8)], fill=(30, 140, 80) if k == 0
                       else grey, width=2)
        d.text((x, y + 50), lab, font=fs, fill=ink)
        x += w + 26
    d.line([(0, 186), (W, 186)], fill=(222, 224, 230))
    # the name box and the formula bar
    d.rectangle([0, 187, W, y_grid - 30], fill=(255, 255, 255))
    d.rectangle([6, 192, 120, 222], outline=(200, 202, 208))
    col, row = SEL_A
    d.text((14, 196), "%s%d" % ("ABCDEFGHIJ"[col], row), font=fm, fill=ink)
    d.polygon([(100, 203), (112, 203), (106, 210)], fill=grey)
    d.ellipse([136, 198, 154, 216], outline=grey, width=2)
    d.text((166, 194), "fx", font=font(18, False, True), fill=grey)
    d.line([(196, 190), (196, 224)], fill=(222, 224, 230))
    d.text((208, 195), SEL_VALUE_A, font=fm, fill=ink)
    d.line([(0, y_grid - 30), (W, y_grid - 30)], fill=(210, 212, 218))


def grid_a(d, W, y0, rows, bottom):
    """The sheet: column letters, row numbers, grid lines, the cells, the selection."""
    RN = 46  # row-number column
    xs = [RN]
    for w in COLS_A:
        xs.append(xs[-1] + w)
    grid, ink = (218, 220, 224), (20, 20, 20)
    fc, fb = font(19), font(19, True)
    selc, selr = SEL_A
    # column letters
    d.rectangle([0, y0 - 30, W, y0], fill=(245, 246, 248))
    for k in range(len(COLS_A)):
        if k == selc:
            d.rectangle([xs[k], y0 - 30, xs[k + 1], y0], fill=(222, 238, 226))
        ctext(d, (xs[k] + xs[k + 1]) / 2, y0 - 27, "ABCDEFGHIJ"[k], font(17), (80, 82, 88))
        d.line([(xs[k], y0 - 30), (xs[k], y0)], fill=(210, 212, 218))
    # rows: heights first (wrapped titles make a row taller)
    heights, layouts = [], []
    for h, cells, style in rows:
        lines = None
        if style == "talk":
            lines = cells_wrap(d, cells[3], fc, COLS_A[3] - 14)
            h = max(RH_A, 8 + 26 * len(lines))
        heights.append(h)
        layouts.append(lines)
    y = y0
    spans = []
    for r, ((_, cells, style), h, lines) in enumerate(zip(rows, heights, layouts, strict=True), start=1):
        if y >= bottom:
            break
        d.rectangle([0, y, RN, y + h], fill=(245, 246, 248) if r != selr else (222, 238, 226))
        ctext(d, RN / 2, y + h / 2 - 12, str(r), font(17), (80, 82, 88))
        for k in range(len(COLS_A)):
            d.rectangle([xs[k], y, xs[k + 1], y + h], outline=grid)
        spans.append((y, h, cells, style, lines))
        y += h
    last_y = y
    # the cells' fills, text and the table's black borders
    table_top = table_bottom = None
    for y, h, cells, style, lines in spans:
        if style == "title":
            d.rectangle([xs[0] + 1, y + 1, xs[8] - 1, y + h - 1], fill=(255, 255, 255))
            ctext(d, (xs[0] + xs[8]) / 2, y + 9, cells[0], font(26, True), ink)
        elif style in ("date", "note"):
            d.rectangle([xs[0] + 1, y + 1, xs[8] - 1, y + h - 1], fill=(255, 255, 255))
            d.text((xs[0] + 6, y + 4), cells[0], font=fc, fill=ink if style == "date" else (200, 30, 30))
        elif style == "head":
            table_top = y
            for k, t in enumerate(cells):
                d.rectangle([xs[k], y, xs[k + 1], y + h], fill=(221, 235, 247))
                ctext(d, (xs[k] + xs[k + 1]) / 2 - 8, y + 6, t, fb, ink)
                bx = xs[k + 1] - 22  # the AutoFilter button
                d.rectangle([bx, y + 10, bx + 17, y + 27], fill=(255, 255, 255), outline=(150, 152, 158))
                d.polygon([(bx + 4, y + 16), (bx + 13, y + 16), (bx + 8.5, y + 22)], fill=(80, 82, 88))
        elif style in ("talk", "break"):
            table_bottom = y + h
            if style == "break":
                d.rectangle([xs[0], y, xs[8], y + h], fill=(242, 242, 242))
            for k, t in enumerate(cells):
                if not t:
                    continue
                if k in (1, 2):  # times are numbers: right-aligned
                    rtext(d, xs[k + 1] - 7, y + h - 30, t, fc, ink)
                elif k == 3 and lines:
                    for i, ln in enumerate(lines):
                        d.text((xs[k] + 6, y + 3 + 26 * i), ln, font=fc, fill=ink)
                else:
                    assert tw(d, t, fc) <= COLS_A[k] - 10, t
                    d.text((xs[k] + 6, y + h - 30), t, font=fc, fill=ink)
        elif style == "hosthead":
            d.text((xs[0] + 6, y + 4), cells[0], font=fb, fill=ink)
        elif style in ("head2", "host"):
            if style == "head2":
                d.rectangle([xs[0], y, xs[4], y + h], fill=(221, 235, 247))
            d.rectangle([xs[1] + 1, y + 1, xs[3] - 1, y + h - 1], fill=(221, 235, 247) if style == "head2"
                        else (255, 255, 255))  # B:C merged
            f = fb if style == "head2" else fc
            d.text((xs[0] + 6, y + 4), cells[0], font=f, fill=ink)
            d.text((xs[1] + 6, y + 4), cells[1], font=f, fill=ink)
            d.text((xs[3] + 6, y + 4), cells[3], font=f, fill=ink)
            for a, b in ((xs[0], xs[1]), (xs[1], xs[3]), (xs[3], xs[4])):
                d.rectangle([a, y, b, y + h], outline=(0, 0, 0))
    # the table's black borders ('所有框线') over the grid lines
    for y, h, _, style, _ in spans:
        if style in ("head", "talk", "break"):
            for k in range(8):
                if style == "break" and 3 < k:
                    continue
                if style == "break" and k == 3:
                    d.rectangle([xs[3], y, xs[8], y + h], outline=(0, 0, 0))
                else:
                    d.rectangle([xs[k], y, xs[k + 1], y + h], outline=(0, 0, 0))
    # the frozen pane under row 3, the selection
    d.line([(0, table_top + 38), (W, table_top + 38)], fill=(150, 152, 158), width=1)
    ys = spans[selr - 1][0]
    d.rectangle([xs[selc] - 1, ys - 1, xs[selc + 1] + 1, ys + spans[selr - 1][1] + 1], outline=(30, 140, 80), width=3)
    d.rectangle([xs[selc + 1] - 4, ys + spans[selr - 1][1] - 4, xs[selc + 1] + 3, ys + spans[selr - 1][1] + 3],
                fill=(30, 140, 80), outline=(255, 255, 255))
    assert table_bottom is not None
    return last_y


SEL_VALUE_A = "13:30:00"  # what the formula bar shows for a time cell formatted h:mm


def paint_a(im, d):
    W, H = im.size
    y_grid = 262
    rows = sheet_rows_a()
    chrome_a(d, W, y_grid)
    grid_a(d, W, y_grid, rows, H - 66)
    # sheet tabs and the status bar
    d.rectangle([0, H - 66, W, H], fill=(245, 246, 248))
    d.line([(0, H - 66), (W, H - 66)], fill=(210, 212, 218))
    fs = font(17)
    d.text((12, H - 60), "◀  ▶", font=fs, fill=(110, 112, 118))
    x = 90
    for k, tab in enumerate(("议程", "嘉宾信息", "直播安排")):
        w = tw(d, tab, fs) + 36
        d.rectangle([x, H - 66, x + w, H - 34], fill=(255, 255, 255) if k == 0 else (245, 246, 248),
                    outline=(210, 212, 218))
        d.text((x + 18, H - 62), tab, font=fs, fill=(30, 140, 80) if k == 0 else (80, 82, 88))
        x += w
    d.text((x + 14, H - 64), "+", font=font(20), fill=(110, 112, 118))
    d.line([(0, H - 34), (W, H - 34)], fill=(220, 222, 228))
    d.text((12, H - 30), "工作簿已保存", font=fs, fill=(110, 112, 118))
    rtext(d, W - 16, H - 30, "100%", fs, (80, 82, 88))
    d.line([(W - 260, H - 18), (W - 80, H - 18)], fill=(150, 152, 158), width=2)
    d.rectangle([W - 174, H - 25, W - 168, H - 11], fill=(80, 82, 88))
    return H


def poster_a():
    d0 = ImageDraw.Draw(Image.new("RGB", (8, 8)))
    rows = sheet_rows_a()
    h = 262
    for rh, cells, style in rows:
        if style == "talk":
            rh = max(RH_A, 8 + 26 * len(cells_wrap(d0, cells[3], font(19), COLS_A[3] - 14)))
        h += rh
    W, H = 1726, h + 66
    im = Image.new("RGB", (W, H), (255, 255, 255))
    paint_a(im, ImageDraw.Draw(im))
    forums = {}
    for forum, s, _, _ in ROWS_A:
        for f in (FORUMS_A[1:] if forum == ALL_A else [forum]):
            forums.setdefault(f, []).append(truth_slot(s))
    return im, [{"forum": f, "slots": forums[f]} for f in FORUMS_A]


# ===========================================================================
# 2. CLK 2072 (第67届), online, 2072-11-13: the announcement posted to the
#    conference's mailing list, as its web archive (public-inbox) shows it,
#    screenshotted at 1080 px (PNG): the archive's links, the mail headers
#    (From, To, Cc, Subject, Date with its own clock time, Message-ID), a
#    plain-text body in a monospaced face, hard-wrapped at 72 columns by the
#    sender's editor: per forum a heading '【name】 span', 'host: name (unit)'
#    and a live URL, then lines 'HH:MM - HH:MM  title / name (unit)'; where
#    a line would pass 72 columns the rest goes on a line indented under the
#    title.  The signature, 'permalink raw reply' and the thread overview
#    (UTC dates and times, the subject again, a replier's name) close it.
FORUMS_B = [
    ("主论坛", "09:00 - 11:40", ("林志强", "浙江大学 教授"), "22072013", [
        T("09:00", "09:10", "开幕致辞", [S("何建华", "中国科学院软件研究所", "研究员")], "林志强"),
        T("09:10", "09:55", "内核调度器十年回顾：从 CFS 到 EEVDF，再到可扩展调度类 sched_ext",
          [S("宋雨", "阿里云", "资深技术专家")], "林志强"),
        T("09:55", "10:40", "Upstreaming Rust drivers: what we learned from the block layer and NVMe",
          [S("Marek Nowak", "SUSE")], "林志强"),
        B("10:40", "10:55", "茶歇"),
        T("10:55", "11:40", "openEuler 内核的多架构持续集成与回归测试",
          [S("邓超", "华为"), S("彭丽", "麒麟软件")], "林志强"),
        B("11:40", "13:30", "午休"),
    ]),
    ("文件系统与存储分论坛", "13:30 - 14:50", ("石磊", "华中科技大学 副教授"), "22072014", [
        T("13:30", "14:10", "XFS 在线修复（online fsck）的工程实践", [S("潘浩", "华为")], "石磊"),
        T("14:10", "14:50", "blk-mq I/O 调度器在 NVMe SSD 上的取舍与调优",
          [S("余静", "快手", "存储工程师")], "石磊"),
    ]),
    ("网络与 eBPF 分论坛", "13:30 - 15:00", ("万强", "字节跳动 技术专家"), "22072015", [
        T("13:30", "14:15", "XDP 与 AF_XDP 在 5G 用户面的应用", [S("龚伟", "中国移动")], "万强"),
        T("14:15", "15:00", "bpf_arena：BPF 程序也能用上共享内存", [S("邹婷", "字节跳动")], "万强"),
    ]),
    ("内核测试与工具链分论坛", "14:00 - 15:20", ("钟华", "统信软件 测试总监"), "22072016", [
        T("14:00", "14:40", "syzkaller 在发行版内核上的持续模糊测试", [S("贺明", "统信软件")], "钟华"),
        T("14:40", "15:20", "KUnit 与 kselftest：驱动单元测试入门",
          [S("戴娜", "英特尔", "软件工程师")], "钟华"),
    ]),
]
MAIL_B = [
    ("From", "韩晓东 <hanxiaodong@clk2072.example.org>"),
    ("To", "clk-announce@lists.clk2072.example.org"),
    ("Cc", "clk-orga@lists.clk2072.example.org"),
    ("Subject", "[ANNOUNCE] CLK 2072 线上议程（11/13 周日）"),
    ("Date", "Sat, 5 Nov 2072 21:47:12 +0800"),
    ("Message-ID", "<20721105134712.GA41827@clk2072>"),
]
INTRO_B = [
    "各位好：",
    "",
    "第67届中国 Linux 内核开发者大会（CLK 2072）将于 2072 年 11 月 13 日",
    "（周日）全天线上举行。上午为主论坛，下午三个分论坛同时进行，每个论",
    "坛一个 B 站直播间，无需报名。完整议程如下（均为北京时间）：",
]
OUTRO_B = [
    "直播回放和演讲 slides 会在会后一周内放到大会仓库，欢迎转发给感兴趣",
    "的同事。议程如有变动，会在本列表另行通知。",
    "",
    "谢谢！",
    "",
    "-- ",
    "韩晓东",
    "CLK 2072 会务组（志愿者）",
]
THREAD_B = [
    "2072-11-05 13:47 [ANNOUNCE] CLK 2072 线上议程（11/13 周日） 韩晓东",
    "2072-11-06  1:15 ` 孙悦",
    "2072-11-06  2:03   ` 韩晓东",
]
WRAP_B = 72  # the sender's editor wraps here
INDENT_B = " " * 15  # continuation lines start under the title


def cols(text):
    """Columns a string takes in a monospaced CJK face: wide characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def hard_wrap(text, width, indent):
    """Wrap a line as a mail editor does (Latin words whole, CJK anywhere); later lines indented."""
    toks = []
    for ch in text:
        if toks and ch.isascii() and not ch.isspace() and toks[-1][-1:].isascii() and not toks[-1][-1:].isspace():
            toks[-1] += ch
        else:
            toks.append(ch)
    lines, cur = [], ""
    for tok in toks:
        if cur.strip() and cols((cur + tok).rstrip()) > width and tok[0] not in NO_LINE_START:
            lines.append(cur.rstrip())
            cur = indent + tok.lstrip()
        else:
            cur += tok
    lines.append(cur.rstrip())
    return lines


def body_b():
    """The body's lines, each (text, kind): kind 'url' is drawn as a link."""
    out = [(ln, "") for ln in INTRO_B] + [("", "")]
    for name, span, host, room, slots in FORUMS_B:
        out += [("", ""), ("【%s】 %s" % (name, span), ""), ("主持人: %s (%s)" % host, ""),
                ("直播: https://live.bilibili.com/%s" % room, "url"), ("", "")]
        for s in slots:
            line = "%s - %s  %s" % (s["start"], s["end"], s["title"])
            if s["sp"]:
                spk = ", ".join("%s (%s)" % (sp[0], aff(sp)) for sp in s["sp"])
                if cols(line + " / " + spk) <= WRAP_B:
                    line += " / " + spk
                elif cols(line) <= WRAP_B:  # the speakers go under the title
                    out.append((line, ""))
                    line = INDENT_B + "/ " + spk
                else:
                    line += " / " + spk
            out += [(ln, "") for ln in hard_wrap(line, WRAP_B, INDENT_B)]
    out += [("", "")] + [(ln, "") for ln in OUTRO_B]
    for ln, _ in out:
        assert cols(ln) <= WRAP_B, ln
    return out


def paint_b(im, d):
    W = im.size[0]
    X0, LH = 36, 38
    fm = font(24, mono=True)
    ink, link, grey = (0, 0, 0), (0, 0, 238), (85, 85, 85)
    y = 26
    d.rectangle([X0, y, X0 + 300, y + 36], outline=(118, 118, 118))
    d.rectangle([X0 + 312, y, X0 + 412, y + 36], fill=(239, 239, 239), outline=(118, 118, 118))
    d.text((X0 + 326, y + 2), "search", font=fm, fill=ink)
    x = X0 + 430
    for t in ("help", "/", "color", "/", "mirror", "/", "Atom feed"):
        d.text((x, y + 2), t, font=fm, fill=link if t != "/" else ink)
        if t != "/":
            d.line([(x, y + 31), (x + tw(d, t, fm), y + 31)], fill=link)
        x += tw(d, t, fm) + 12
    y += 80
    for key, val in MAIL_B:
        d.text((X0, y), key + ": ", font=fm, fill=ink)
        x = X0 + 12 * (len(key) + 2)
        d.text((x, y), val, font=fm, fill=ink)
        if key == "Date":
            xo = x + 12 * cols(val) + 24
            d.text((xo, y), "[thread overview]", font=fm, fill=link)
            d.line([(xo + 12, y + 30), (xo + 12 * 16, y + 30)], fill=link)
        y += LH
    y += LH
    for ln, kind in body_b():
        if kind == "url":
            pre, _, url = ln.partition(" ")
            d.text((X0, y), pre + " ", font=fm, fill=ink)
            x = X0 + 12 * (cols(pre) + 1)
            d.text((x, y), url, font=fm, fill=link)
            d.line([(x, y + 30), (x + 12 * len(url), y + 30)], fill=link)
        else:
            d.text((X0, y), ln, font=fm, fill=ink)
        y += LH
    y += LH
    x = X0
    d.text((x, y), "^", font=fm, fill=ink)
    x += 24
    for t in ("permalink", "raw", "reply"):
        d.text((x, y), t, font=fm, fill=link)
        d.line([(x, y + 30), (x + 12 * len(t), y + 30)], fill=link)
        x += 12 * (len(t) + 1)
    d.text((x + 36, y), "[flat|nested] 3+ messages in thread", font=fm, fill=ink)
    y += 2 * LH
    d.line([(X0, y), (W - X0, y)], fill=(170, 170, 170), width=2)
    y += LH / 2
    d.text((X0, y), "Thread overview: 3+ messages (download: mbox.gz follow: Atom feed)", font=fm, fill=ink)
    y += LH
    d.text((X0, y), "-- links below jump to the message on this page --", font=fm, fill=grey)
    y += LH
    for k, ln in enumerate(THREAD_B):
        stamp, rest = ln[:17], ln[17:]
        d.text((X0, y), stamp, font=fm, fill=ink)
        d.text((X0 + 12 * 17, y), rest, font=fm, fill=ink if k == 0 else link)
        if k == 0:
            d.text((X0 + 12 * (17 + cols(rest) + 1), y), "[this message]", font=fm, fill=ink)
        y += LH
    y += LH
    d.line([(X0, y), (W - X0, y)], fill=(170, 170, 170), width=2)
    y += LH / 2
    d.text((X0, y), "This is a public inbox, see mirroring instructions", font=fm, fill=ink)
    y += LH
    d.text((X0, y), "for how to clone and mirror all data and code used for this inbox", font=fm, fill=ink)
    return int(y + LH + 30)


def poster_b():
    strip = Image.new("RGB", (1080, 8))
    h = paint_b(strip, ImageDraw.Draw(strip))
    im = Image.new("RGB", (1080, h), (255, 255, 255))
    assert paint_b(im, ImageDraw.Draw(im)) == h
    return im, [{"forum": name, "slots": [truth_slot(s) for s in slots]} for name, _, _, _, slots in FORUMS_B]


# ===========================================================================
# 3. CLK 2073 (第68届), online, 2073-11-18: a long (scrolling) screenshot of
#    the volunteer's Feishu document, sent on through a chat (JPEG).  Feishu
#    furniture: the top bar (the document's name, collaborators' avatars with
#    two characters of a name, '分享'), the outline panel '目录' at the left
#    listing the headings again, the author and '最近修改' line with a clock
#    time, a callout with the day's span.  Headings are auto-numbered ('1 主论坛',
#    '2.1 内存与 CXL 分论坛'); under each forum's heading a line '主持人：' with
#    the host as an @mention chip and the unit in brackets, then a table
#    时间 | 议题 | 嘉宾 | 单位 with ranges typed with an ASCII tilde
#    ('13:30~14:10').  One speaker was replaced after the fact: the old name
#    and unit are struck through and the new ones follow in red, the new name
#    highlighted as the anchor of a comment shown in the right margin.
STRUCK_C = ("姜宁", "海光信息")  # the replaced speaker, struck through on the picture
FORUMS_C = [
    ("1", "主论坛", ("周立新", "南京大学 教授"), [
        T("09:00", "09:40", "从 5.10 到 6.6：企业发行版内核的长期维护之道", [S("曹阳", "龙蜥社区")], "周立新"),
        T("09:40", "10:20", "Linux on RISC-V servers: ACPI, UEFI and what is still missing",
          [S("Alessandro Ricci", "Linaro")], "周立新"),
        B("10:20", "10:30", "茶歇"),
        T("10:30", "11:10", "sched_ext 在手机上的实践：让调度策略跟着场景走", [S("邱晨", "vivo")], "周立新"),
        T("11:10", "11:50", "大规模集群的内核崩溃分析：kdump、drgn 与自动归因", [S("朱丽", "字节跳动")], "周立新"),
        B("11:50", "13:30", "午休"),
    ]),
    ("2.1", "内存与 CXL 分论坛", ("汪海", "上海交通大学 副教授"), [
        T("13:30", "14:10", "CXL 内存扩展下的 NUMA 平衡与页迁移", [S("田野", "浪潮信息")], "汪海"),
        T("14:10", "14:50", "zswap 与 zram：移动端内存压缩的取舍", [S("夏琳", "荣耀")], "汪海"),
    ]),
    ("2.2", "虚拟化与云原生分论坛", ("薛红", "阿里云 资深技术专家"), [
        T("13:30", "14:10", "Kata Containers 与 virtio-fs 的启动加速", [S("白建军", "蚂蚁集团")], "薛红"),
        T("14:10", "14:50", "ARM CCA 机密计算在 KVM 中的支持", [S("姚远", "华为")], "薛红"),
    ]),
    ("2.3", "Rust 与内核安全分论坛", ("任志刚", "中国科学院信息工程研究所 副研究员"), [
        T("13:30", "14:10", "用 Rust 重写的 NVMe 驱动：性能与内存安全", [S("孟凡", "字节跳动")], "任志刚"),
        T("14:10", "14:50", "Landlock 与 seccomp 在容器沙箱中的组合使用", [S("范雪", "腾讯")], "任志刚"),
    ]),
]
REPLACED_C = ("2.2", "14:10")  # the slot whose speaker was replaced
DOC_C = "CLK 2073 大会议程（对外版）"
PARENT_C = "2 分论坛（下午，三个分论坛同时进行）"
CALLOUT_C = ["第68届中国Linux内核开发者大会（CLK 2073）",
             "时间：2073年11月18日（周六）09:00~15:30　形式：全程线上直播，无需报名"]
LIVE_C = ["直播入口：微信视频号「中国Linux内核开发者大会」、B站直播间 7302073",
          "回放与演讲 slides 会后一周内上传到大会仓库（GitHub / Gitee 同步）",
          "嘉宾请提前 15 分钟进入对应的腾讯会议测试音视频"]
COMMENT_C = ("韩梅", "11月8日 19:02", "14:10 这场嘉宾换成姚远了，单位同步改为华为，直播间简介已更新。")
BLUE_C, INK_C, GREY_C, LINE_C = (51, 112, 255), (31, 35, 41), (100, 106, 115), (222, 224, 227)
COLS_C = [150, 376, 184, 190]


def runs_width(d, runs, f):
    return sum(tw(d, t, f) for t, _ in runs)


def draw_runs(d, x, y, runs, f):
    """Text runs in Feishu's inline styles: plain, struck through, red, an @mention chip, a comment anchor."""
    for t, style in runs:
        w = tw(d, t, f)
        if style == "mention":
            d.rounded_rectangle([x - 2, y + 1, x + w + 2, y + f.size + 9], radius=6, fill=(225, 234, 255))
            d.text((x, y), t, font=f, fill=BLUE_C)
        elif style == "anchor":
            d.rectangle([x, y + 2, x + w, y + f.size + 8], fill=(255, 236, 150))
            d.text((x, y), t, font=f, fill=(216, 57, 49))
        elif style == "red":
            d.text((x, y), t, font=f, fill=(216, 57, 49))
        else:
            d.text((x, y), t, font=f, fill=INK_C)
            if style == "strike":
                d.line([(x, y + f.size * 0.72), (x + w, y + f.size * 0.72)], fill=INK_C, width=2)
        x += w
    return x


def table_c(d, x0, y, num, slots):
    """One forum's table; returns its bottom and the y of the replaced speaker's row (or None)."""
    fc, fb = font(19), font(19, True)
    xs = [x0]
    for w in COLS_C:
        xs.append(xs[-1] + w)
    rows = [([[("时间", "")], [("议题", "")], [("嘉宾", "")], [("单位", "")]], "head", None)]
    for s in slots:
        rng = "%s~%s" % (s["start"], s["end"])
        if s["kind"] == "break":
            rows.append(([[(rng, "")], [(s["title"], "")], [], []], "break", s))
            continue
        names = [(sp[0], "") for sp in s["sp"]]
        units = [(aff(sp), "") for sp in s["sp"]]
        if (num, s["start"]) == REPLACED_C:
            names = [(STRUCK_C[0], "strike"), (" ", ""), (s["sp"][0][0], "anchor")]
            units = [(STRUCK_C[1], "strike"), (" ", ""), (aff(s["sp"][0]), "red")]
        rows.append(([[(rng, "")], [(s["title"], "")], names, units], "talk", s))
    anchor_y = None
    for cells, style, s in rows:
        title_lines = cells_wrap(d, cells[1][0][0], fc, COLS_C[1] - 24)
        h = 20 + 30 * len(title_lines)
        if style == "head":
            d.rectangle([xs[0], y, xs[-1], y + h], fill=(242, 243, 245))
        for k, runs in enumerate(cells):
            d.rectangle([xs[k], y, xs[k + 1], y + h], outline=LINE_C)
            if not runs:
                continue
            if k == 1:
                for i, ln in enumerate(title_lines):
                    d.text((xs[k] + 12, y + 10 + 30 * i), ln, font=fb if style == "head" else fc, fill=INK_C)
            else:
                assert runs_width(d, runs, fc) <= COLS_C[k] - 24, runs
                if style == "head":
                    d.text((xs[k] + 12, y + 10), runs[0][0], font=fb, fill=INK_C)
                else:
                    draw_runs(d, xs[k] + 12, y + 10, runs, fc)
                if any(st == "anchor" for _, st in runs):
                    anchor_y = y
        if style == "break":  # a merged cell over 议题..单位
            d.rectangle([xs[1] + 1, y + 1, xs[-1] - 1, y + h - 1], fill=(255, 255, 255))
            d.rectangle([xs[1], y, xs[-1], y + h], outline=LINE_C)
            d.text((xs[1] + 12, y + 10), s["title"], font=fc, fill=INK_C)
        y += h
    return y, anchor_y


def host_line_c(d, x, y, host):
    f = font(20)
    draw_runs(d, x, y, [("主持人：", ""), ("@" + host[0], "mention"), ("（%s）" % host[1], "")], f)
    return y + 48


def paint_c(im, d):
    W = im.size[0]
    white = (255, 255, 255)
    # top bar
    d.rectangle([0, 0, W, 60], fill=white)
    d.line([(0, 60), (W, 60)], fill=LINE_C)
    d.text((20, 14), "‹", font=font(28), fill=GREY_C)
    d.rounded_rectangle([52, 16, 80, 44], radius=5, fill=BLUE_C)
    for k in range(3):
        d.line([(58, 24 + k * 7), (74, 24 + k * 7)], fill=white, width=2)
    d.text((92, 16), DOC_C, font=font(19), fill=INK_C)
    x = 92 + tw(d, DOC_C, font(19)) + 14
    d.text((x, 16), "☆", font=font(19), fill=GREY_C)
    d.text((x + 34, 19), "已经保存到云端", font=font(15), fill=GREY_C)
    for k, (name, col) in enumerate((("韩梅", (245, 106, 0)), ("李志远", (0, 150, 136)), ("钱佳", (114, 90, 224)))):
        avatar(d, W - 330 + k * 30, 14, 16, name, col)
    d.ellipse([W - 240, 14, W - 208, 46], fill=(235, 237, 240))
    ctext(d, W - 224, 19, "+4", font(14), GREY_C)
    d.rounded_rectangle([W - 190, 13, W - 110, 47], radius=6, fill=BLUE_C)
    ctext(d, W - 150, 17, "分享", font(18, True), white)
    d.text((W - 80, 10), "···", font=font(24, True), fill=GREY_C)
    # the outline panel
    d.line([(280, 60), (280, im.size[1])], fill=LINE_C)
    d.text((28, 90), "目录", font=font(18, True), fill=INK_C)
    y = 136
    heads = [("1", "主论坛", 0), ("2", PARENT_C[2:], 0)] + \
            [(num, name, 1) for num, name, _, _ in FORUMS_C[1:]] + [("3", "直播与回放", 0)]
    for num, name, level in heads:
        t = "%s %s" % (num, name)
        f = font(17)
        while tw(d, t, f) > 220 - level * 20:
            t = t[:-2] + "…"
        if num == "2.2":
            d.rounded_rectangle([12, y - 6, 266, y + 30], radius=6, fill=(235, 240, 255))
            d.rectangle([12, y - 6, 15, y + 30], fill=BLUE_C)
        d.text((28 + level * 20, y), t, font=f, fill=BLUE_C if num == "2.2" else (70, 76, 86))
        y += 44
    # the document
    X = 380
    y = 110
    d.text((X, y), DOC_C, font=font(38, True), fill=INK_C)
    y += 72
    avatar(d, X, y, 14, COMMENT_C[0], (245, 106, 0))
    d.text((X + 38, y + 3), "韩梅　　最近修改：11月8日 20:15", font=font(16), fill=GREY_C)
    y += 60
    fcall = font(20)
    ch = 30 + 36 * len(CALLOUT_C)
    d.rounded_rectangle([X, y, X + 900, y + ch], radius=8, fill=(254, 244, 231), outline=(255, 214, 160))
    d.ellipse([X + 20, y + 19, X + 42, y + 41], fill=(255, 165, 40))
    d.rectangle([X + 27, y + 41, X + 35, y + 47], fill=(255, 165, 40))
    for i, ln in enumerate(CALLOUT_C):
        d.text((X + 58, y + 15 + 36 * i), ln, font=font(20, i == 0) if i == 0 else fcall, fill=INK_C)
    y += ch + 44
    anchor_y = None
    for num, name, host, slots in FORUMS_C:
        if num == "2.1":
            d.text((X, y), PARENT_C, font=font(30, True), fill=INK_C)
            y += 66
        if "." in num:
            d.text((X, y), "%s %s" % (num, name), font=font(25, True), fill=INK_C)
            y += 52
        else:
            d.text((X, y), "%s %s" % (num, name), font=font(30, True), fill=INK_C)
            y += 62
        y = host_line_c(d, X, y, host)
        y, ay = table_c(d, X, y, num, slots)
        anchor_y = anchor_y or ay
        y += 44
    d.text((X, y), "3 直播与回放", font=font(30, True), fill=INK_C)
    y += 62
    for ln in LIVE_C:
        d.ellipse([X + 8, y + 12, X + 16, y + 20], fill=INK_C)
        d.text((X + 30, y), ln, font=font(20), fill=INK_C)
        y += 40
    y += 40
    # the comment in the right margin, level with its anchor
    cx, cy = 1318, anchor_y - 10
    name, when, text = COMMENT_C
    lines = cells_wrap(d, text, font(17), 220)
    d.rounded_rectangle([cx, cy, W - 22, cy + 92 + 28 * len(lines)], radius=8, fill=white, outline=LINE_C)
    d.rectangle([cx, cy + 8, cx + 3, cy + 84 + 28 * len(lines)], fill=(255, 198, 10))
    avatar(d, cx + 14, cy + 14, 14, name, (245, 106, 0))
    d.text((cx + 50, cy + 14), name, font=font(16, True), fill=INK_C)
    d.text((cx + 50, cy + 40), when, font=font(14), fill=GREY_C)
    for i, ln in enumerate(lines):
        d.text((cx + 16, cy + 74 + 28 * i), ln, font=font(17), fill=INK_C)
    return y


def poster_c():
    strip = Image.new("RGB", (1600, 8))
    h = paint_c(strip, ImageDraw.Draw(strip))
    im = Image.new("RGB", (1600, h), (255, 255, 255))
    assert paint_c(im, ImageDraw.Draw(im)) == h
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=92)  # saved by the screenshot tool, then sent on through a chat
    buf.seek(0)
    im = Image.open(buf).convert("RGB")
    return im, [{"forum": name, "slots": [truth_slot(s) for s in slots]} for _, name, _, slots in FORUMS_C]


# ===========================================================================
# 4. CLK 2074 (第69届), online, 2074-11-17: one landscape A4 page of the
#    organisers' Word file exported as an image at 200 dpi (PNG, 2339 x 1654),
#    black on white, 宋体-like serif body, a 黑体-like title.  Four tables, two
#    side by side on each of two rows, each under a numbered CAPTION that
#    holds the forum and its host ('表1　主论坛（上午）　主持人：name（unit）').
#    Columns 序号 | 时间 | 报告题目 | 报告人 | 单位 | 职称: a running number
#    before the time (breaks have none), the job in a column of its own (one
#    cell empty), two speakers stacked in one cell with their units and jobs
#    stacked beside them.  Table 3 was typed with a Chinese input method:
#    full-width colons and an em dash in its times ('13：30—14：10').
FORUMS_D = [
    ("表1", "主论坛", "（上午）", ("方志远", "西安交通大学 教授"), False, [
        T("09:00", "09:10", "开幕致辞", [S("陶伟民", "西安交通大学", "副校长")], "方志远"),
        T("09:10", "09:50", "面向大模型推理的内核内存管理优化", [S("甄宏亮", "华为", "首席专家")], "方志远"),
        T("09:50", "10:30", "LoongArch 架构的 KVM 虚拟化支持与性能优化",
          [S("侯亮", "龙芯中科", "内核架构师"), S("秦悦", "中科院计算所", "博士研究生")], "方志远"),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:25", "内核热补丁（livepatch）在大规模集群中的实践", [S("余晓峰", "腾讯", "专家工程师")], "方志远"),
        B("11:25", "13:30", "午餐"),
    ]),
    ("表2", "调度与性能分论坛", "（下午）", ("熊伟", "电子科技大学 副教授"), False, [
        T("13:30", "14:10", "sched_ext 调度策略在云游戏场景中的调优", [S("邵佳", "网易", "系统工程师")], "熊伟"),
        T("14:10", "14:50", "基于 perf 与 BPF 的在线性能剖析平台建设", [S("崔明", "美团", "技术专家")], "熊伟"),
    ]),
    ("表3", "存储与 I/O 分论坛", "（下午）", ("金鑫", "中国人民大学 副教授"), True, [
        T("13:30", "14:10", "F2FS 压缩在手机存储上的收益分析", [S("廖凡", "小米", "存储内核工程师")], "金鑫"),
        T("14:10", "14:50", "NVMe ZNS 与 Btrfs 分区存储支持现状", [S("段然", "西部数据")], "金鑫"),
    ]),
    ("表4", "网络与安全分论坛", "（下午）", ("汤琳", "清华大学 助理研究员"), False, [
        T("13:30", "14:10", "用 BPF struct_ops 实现 TCP 拥塞控制算法", [S("常宁", "阿里云", "高级技术专家")], "汤琳"),
        T("14:10", "14:50", "Linux 内核中的后量子密码（PQC）算法支持", [S("顾晨", "蚂蚁集团", "安全工程师")], "汤琳"),
    ]),
]
TITLE_D = "第69届中国Linux内核开发者大会（CLK 2074）日程安排"
SUB_D = "会议时间：2074年11月17日（星期六）　　会议形式：线上（腾讯会议 + B站直播）"
MADE_D = "CLK 2074 会务组　2074年11月10日"
NOTES_D = ["注：1. 下午三个分论坛同时进行，各分论坛在独立的腾讯会议室举行并同步到 B 站直播间；",
           "　　2. 腾讯会议号将于 11 月 15 日前通过邮件发送给报告人和主持人；报告时间含 5 分钟问答。"]
COLS_D = [58, 198, 342, 112, 172, 152]  # 序号 时间 报告题目 报告人 单位 职称
HEAD_D = ["序号", "时间", "报告题目", "报告人", "单位", "职称"]


def full_width_time(t):
    return t.replace(":", "：")


def table_d(d, x0, y, caption, name, part, host, ime, slots):
    """A caption and its ruled table; returns the bottom."""
    fb, fc, fh = font(27, True, True), font(25, False, True), font(25, True, True)
    cap = "%s　%s%s　" % (caption, name, part)
    d.text((x0, y), cap, font=fb, fill=(0, 0, 0))
    d.text((x0 + tw(d, cap, fb), y + 1), "主持人：%s（%s）" % host, font=font(26, False, True), fill=(0, 0, 0))
    y += 52
    xs = [x0]
    for w in COLS_D:
        xs.append(xs[-1] + w)
    LH = 36
    rows = [(HEAD_D, "head")]
    n = 0
    for s in slots:
        rng = "%s-%s" % (s["start"], s["end"])
        if ime:
            rng = "%s—%s" % (full_width_time(s["start"]), full_width_time(s["end"]))
        if s["kind"] == "break":
            rows.append((["", rng, s["title"]], "break"))
            continue
        n += 1
        rows.append(([str(n), rng, s["title"], [sp[0] for sp in s["sp"]], [sp[1] for sp in s["sp"]],
                      [sp[2] or "" for sp in s["sp"]]], "talk"))
    top = y
    for cells, style in rows:
        layouts = []
        for k, c in enumerate(cells):
            if isinstance(c, list) and len(c) == 1:
                c = c[0]
            if isinstance(c, list):  # stacked speakers: one line each, side by side with their units
                for t in c:
                    assert tw(d, t, fc) <= COLS_D[k] - 16, t
                layouts.append(c)
            elif style == "break" and k == 2:
                layouts.append([c])
            else:
                layouts.append(cells_wrap(d, c, fh if style == "head" else fc, COLS_D[k] - 16) if c else [])
        h = 16 + LH * max(len(ls) for ls in layouts)
        if style == "head":
            d.rectangle([xs[0], y, xs[-1], y + h], fill=(217, 217, 217))
        for k, ls in enumerate(layouts):
            right = xs[-1] if style == "break" and k == 2 else xs[k + 1]
            d.rectangle([xs[k], y, right, y + h], outline=(0, 0, 0), width=1)
            yy = y + (h - LH * len(ls)) / 2 + 3
            for ln in ls:
                f = fh if style == "head" else fc
                if k in (0, 1) or style in ("head", "break"):
                    ctext(d, (xs[k] + right) / 2, yy, ln, f, (0, 0, 0))
                else:
                    d.text((xs[k] + 8, yy), ln, font=f, fill=(0, 0, 0))
                yy += LH
        y += h
    d.rectangle([xs[0], top, xs[-1], y], outline=(0, 0, 0), width=3)
    return y


def paint_d(im, d):
    W, H = im.size
    d.text((100, 60), MADE_D, font=font(20, False, True), fill=(90, 90, 90))
    ctext(d, W / 2, 104, TITLE_D, font(44, True), (0, 0, 0))
    ctext(d, W / 2, 184, SUB_D, font(27, False, True), (0, 0, 0))
    assert sum(COLS_D) * 2 + 50 <= W - 200
    xl, xr = 100, 100 + sum(COLS_D) + 50
    y = 262
    b1 = table_d(d, xl, y, *FORUMS_D[0])
    b2 = table_d(d, xr, y, *FORUMS_D[1])
    y = max(b1, b2) + 56
    b3 = table_d(d, xl, y, *FORUMS_D[2])
    b4 = table_d(d, xr, y, *FORUMS_D[3])
    y = max(b3, b4) + 44
    for ln in NOTES_D:
        d.text((100, y), ln, font=font(23, False, True), fill=(0, 0, 0))
        y += 40
    assert y < H - 120
    ctext(d, W / 2, H - 90, "第 1 页 共 1 页", font(21, False, True), (0, 0, 0))


def poster_d():
    im = Image.new("RGB", (2339, 1654), (255, 255, 255))
    paint_d(im, ImageDraw.Draw(im))
    return im, [{"forum": name, "slots": [truth_slot(s) for s in slots]} for _, name, _, _, _, slots in FORUMS_D]


NOTE = (
    "Same conventions as posters-blind-4..32: speakers are names as printed with spaces removed (the Latin names "
    "'Marek Nowak' -> 'MarekNowak', 'Alessandro Ricci' -> 'AlessandroRicci'); host is the chair printed for the "
    "forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; titles exclude tags and "
    "badges; where two or more speakers are printed each has his own affiliation, given per speaker; affiliations "
    "keep a printed job title, joined to the company by one space; break titles are as printed; an opening speech "
    "with a speaker ('开幕致辞') is a talk; no per-forum 'date' (every picture is one day). Four online editions, one "
    "per picture, so no talk is on two pictures: CLK 2071 (第66届), CLK 2072 (第67届), CLK 2073 (第68届), CLK 2074 "
    "(第69届); each picture is a whole day (主论坛 in the morning, three forums in parallel in the afternoon) made "
    "without a designer. Added or stressed here: (1) The CLK 2071 picture (PNG, 1726 px wide) is a region "
    "screenshot of a WPS 表格 window. Its furniture is no agenda: the document tab 'CLK2071议程-定稿(2).xlsx', menu "
    "tabs and ribbon labels, the name box 'B12' and the formula bar showing '13:30:00', column letters A..J, row "
    "numbers 1..31, sheet tabs '议程 / 嘉宾信息 / 直播安排', the status bar. The sheet is ONE flat table sorted by "
    "time, columns 论坛 | 开始 | 结束 | 议题 | 分享嘉宾 | 单位 | 直播间 | 备注 (AutoFilter buttons in the head "
    "cells): every row names its forum in its FIRST cell, so the three afternoon forums are interleaved row by row "
    "(13:30 内存管理分论坛, 13:30 存储与文件系统分论坛, 13:30 虚拟化与机密计算分论坛, 14:10 内存管理分论坛 ...); a slot "
    "belongs to the forum its row names, and a forum's slots are its rows in order. Start and end are two cells, "
    "times as the h:mm format shows them, right-aligned, without a leading zero ('9:10' | '9:55' -> 09:10-09:55); "
    "the formula bar's '13:30:00' is the selected cell B12 (row 12's start) again, not a slot. Breaks are grey rows "
    "whose 议题 cell runs over the empty cells after it: '茶歇' and '午休' name 主论坛 in their forum cell; the "
    "afternoon's '休息' (14:50-15:00) names '各分论坛' (all forums), no forum of its own: it is a break of each of the "
    "three afternoon forums. Hosts are printed ONLY in a block '论坛主持人' under the table (论坛 | 主持人 | 单位, one "
    "row per forum), and each forum's talks get the host of its row there. '陈磊 / 周敏' beside '阿里云 / 浙江大学' "
    "are two speakers paired in order with two units. The 直播间 and 备注 cells ('直播间1', '录播', '远程连线') are "
    "neither titles nor affiliations; one title wraps in its cell (the row is taller, its other cells sit at the "
    "bottom); the red row '注：…' is no slot. (2) The CLK 2072 picture (PNG, 1080 px wide) is the announcement mail "
    "as the list's web archive (public-inbox) shows it, all in one monospaced face (a CJK character two columns, a "
    "Latin character one): archive links, the headers (From: 韩晓东, the sender, no speaker; To, Cc, Subject, 'Date: Sat, "
    "5 Nov 2072 21:47:12 +0800', Message-ID), the body, the signature, 'permalink raw reply' and the thread "
    "overview ('2072-11-05 13:47 …', '2072-11-06  1:15 ` 孙悦': UTC times and a replier, no slots). The body is "
    "hard-wrapped at 72 columns. Per forum a line '【name】 HH:MM - HH:MM' (the name is what the brackets hold; the "
    "range after it is the forum's SPAN, not a slot), '主持人: name (unit)' with an ASCII colon and "
    "brackets, and '直播: URL'. Per slot a line 'HH:MM - HH:MM  title / name (unit)' (spaces round the hyphen, "
    "title and speakers parted by ' / ', two speakers 'name (unit), name (unit)'); where the line would pass 72 "
    "columns the rest goes to a line indented by 15 spaces: either the whole '/ name (unit)', or, for two titles "
    "too long for one line, the title's end and then ' / name (unit)' ('…再到可扩展调度类' / 'sched_ext / 宋雨 (…)'; "
    "'…from the block' / 'layer and NVMe / Marek Nowak (SUSE)'): the title is joined across the break. The "
    "afternoon forums run on their own clocks (13:30, 13:30 with 45-minute talks, 14:00). (3) The CLK 2073 picture "
    "(JPEG, 1600 px wide) is a long screenshot of a Feishu document: the top bar (the document's name, "
    "'已经保存到云端', collaborators' avatars with two characters of a name, '+4', '分享'), an outline panel '目录' "
    "that repeats the headings (navigation: each forum is given once), the line '韩梅　最近修改：11月8日 20:15' (the "
    "author, no speaker; a clock time, no slot), a callout with the conference and '2073年11月18日（周六）09:00~15:30' "
    "(the day's span, no slot). Headings are numbered by the editor: '1 主论坛', '2 分论坛（下午，三个分论坛同时进行）' "
    "(a parent heading, no forum), '2.1 内存与 CXL 分论坛', '2.2 虚拟化与云原生分论坛', '2.3 Rust 与内核安全分论坛': the "
    "numbers are no part of a name. Under each forum's heading '主持人：@name（unit）' with the host as an @mention "
    "chip: the host is the name without '@'. Tables 时间 | 议题 | 嘉宾 | 单位, ranges typed with an ASCII tilde "
    "('13:30~14:10'); breaks are a time cell and one merged cell ('茶歇', '午休'). One speaker was replaced after the "
    "fact (2.2, 14:10-14:50): the cells print '姜宁' and '海光信息' STRUCK THROUGH, then '姚远' (red, highlighted as "
    "a comment's anchor) and '华为' (red); struck text is cancelled: the speaker is 姚远 of 华为, as the comment in "
    "the right margin says ('韩梅', '11月8日 19:02', '14:10 这场嘉宾换成姚远了，单位同步改为华为…': a comment, no slot). "
    "The section '3 直播与回放' (bullets with a live-room number and '15 分钟') is no forum. Foreign speaker Alessandro "
    "Ricci (Linaro) with an English title; a title with version numbers ('从 5.10 到 6.6：…'). (4) The CLK 2074 "
    "picture (PNG, 2339 x 1654) is one landscape A4 page of a Word document exported at 200 dpi, black on white: a "
    "line 'CLK 2074 会务组　2074年11月10日' (when the page was made, no slot), the title, '会议时间：2074年11月17日"
    "（星期六）'. Four tables, TWO SIDE BY SIDE on each of two rows (表1 beside 表2, 表3 beside 表4): each table is one "
    "forum, and reading across a row mixes two forums. Each table opens with a numbered CAPTION '表1　主论坛（上午）"
    "　主持人：方志远（西安交通大学 教授）': the forum is the name between the table number and the bracketed half day "
    "('存储与 I/O 分论坛' keeps its spaces), '表1'..'表4' and '（上午）' / '（下午）' are no part of it, and the host is "
    "the caption's. Columns 序号 | 时间 | 报告题目 | 报告人 | 单位 | 职称: the running number (talks only) is neither "
    "title nor time; the affiliation joins 单位 and 职称 with one space ('华为 首席专家'), the unit alone where the 职称 "
    "cell is empty (段然: '西部数据'); a 职称 wrapping in its cell ('存储内核工' / '程师') is one job. Two speakers "
    "stacked in one cell (侯亮 over 秦悦) pair line by line with the units (龙芯中科 over 中科院计算所) and jobs "
    "(内核架构师 over 博士研究生). Table 3's times were typed with a Chinese input method, full-width colons and an em "
    "dash ('13：30—14：10' -> 13:30-14:10). Breaks ('茶歇', '午餐') have no number, a time and one merged cell. The "
    "notes under the tables ('11 月 15 日', '5 分钟') and the footer '第 1 页 共 1 页' are no slots. '午休' closes "
    "主论坛 on the first three pictures and '午餐' on the fourth; each is a break of 主论坛. The title '开幕致辞' is on "
    "three pictures, the openings of three editions (different speakers), not one talk. Uncommon surnames 晁 "
    "(CLK 2071) and 甄 (CLK 2074)."
)

LAYOUTS = {
    "wps-sheet-sorted-by-time.png": (
        "CLK 2071 (第66届), online, 2071-11-14: a region screenshot of a WPS 表格 window (1726 px wide): document "
        "tabs, menu tabs, ribbon, name box 'B12' and formula bar '13:30:00', column letters, row numbers, sheet "
        "tabs, status bar. One flat table sorted by time, 论坛 | 开始 | 结束 | 议题 | 分享嘉宾 | 单位 | 直播间 | 备注, "
        "the forum named in the first cell of every row (the afternoon forums interleaved row by row), start and "
        "end in two cells as h:mm ('9:10'), grey break rows (the afternoon '休息' names '各分论坛'), two speakers "
        "'陈磊 / 周敏' beside 'unit / unit'; hosts only in a block '论坛主持人' under the table; a red note row. "
        "Uncommon surname 晁.",
        "2071-11-14", poster_a),
    "mail-archive-plain-text.png": (
        "CLK 2072 (第67届), online, 2072-11-13: the announcement mail in a mailing list's web archive (1080 px "
        "wide, monospaced): archive links, headers (From, To, Cc, Subject, Date with a clock time, Message-ID), a "
        "body hard-wrapped at 72 columns with per forum '【name】 span', '主持人: name (unit)', '直播: URL' and per "
        "slot 'HH:MM - HH:MM  title / name (unit)', the rest of a long line on an indented line; signature, "
        "'permalink raw reply' and a thread overview with UTC times and a replier.",
        "2072-11-13", poster_b),
    "feishu-doc-tables.jpg": (
        "CLK 2073 (第68届), online, 2073-11-18: a long screenshot of a Feishu document (1600 px wide): top bar with "
        "avatars and '分享', an outline panel '目录', author and '最近修改' line, a callout with the day's span; "
        "auto-numbered headings ('1 主论坛', '2.1 内存与 CXL 分论坛'), per forum '主持人：@name（unit）' with an "
        "@mention chip and a table 时间 | 议题 | 嘉宾 | 单位 with tilde ranges ('13:30~14:10'); a replaced speaker "
        "struck through with the new name in red and a comment in the right margin; a section '3 直播与回放'.",
        "2073-11-18", poster_c),
    "pdf-page-two-tables-a-row.png": (
        "CLK 2074 (第69届), online, 2074-11-17: one landscape A4 page of a Word document exported at 200 dpi "
        "(2339 x 1654, black on white, serif): four tables, two side by side on each of two rows, each under a "
        "numbered caption '表N　forum（上午/下午）　主持人：name（unit）'; columns 序号 | 时间 | 报告题目 | 报告人 | 单位 "
        "| 职称, two speakers stacked in one cell beside their units and jobs, an empty 职称 cell, table 3's times "
        "with full-width colons and an em dash ('13：30—14：10'); notes and a page footer. Uncommon surname 甄.",
        "2074-11-17", poster_d),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        if fn.endswith(".jpg"):
            im.save(os.path.join(HERE, fn), "JPEG", quality=85)  # recompressed by the chat it went through
        else:
            im.save(os.path.join(HERE, fn), optimize=False)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
