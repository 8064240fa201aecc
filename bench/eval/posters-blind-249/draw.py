"""Draw the two-hundred-and-forty-ninth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK6249全部议程.jpg and truth.json next to this file (with DRAFT=1 in the
environment also tmp/draft.png, the lossless page, only to look at it; DRAFT also skips the pinned list of
wrapped titles).  Every string printed on the poster comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 6249 (第4244届, 南宁, 广西大学, Saturday 6249-10-27), as ONE whole-agenda image
1080 wide, JPEG q85 (as CLK2025's repository holds one agenda image, CLK2025全部议程.jpg), in the
organisers' 2023 family (CLK2023全部议程.png) with new colours (a deep sepia page, jade titles, bars and
numerals, sand company lines, coral labels and dots, dark bronze break bands), with CLK2025's six forum
folders (without their numbers), laid out in rows: 主论坛 across the page; 01 across the page; 02 | 03 side
by side; 04 | 05 side by side (05's name over two lines in its column, '分论坛' on the second).  Logo lines,
'CLK' with the year raised in nested outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date
box with a pin and the city, '地址：', the 2023 key visual (a lit sphere in arcs), a framed introduction,
'大会议程' over a hollow 'AGENDA'; forums with 2023's space before '分论坛' and fading numerals; each forum's
HOST (2023 prints none): across the page at the RIGHT of the name with the unit under it, in a column on a
line between the name and the bar; the 2023 TIMELINE across the page (range, dot on a vertical line, title,
'padded name  company job'), in the COLUMNS the same timeline turned for a narrow measure; 开场, a morning
茶歇 and 午餐, an afternoon 茶歇 per forum; a range printed once over THREE talks (01) and once over two (04);
'支持单位' / '支持媒体' boxes.
Copied from posters-blind-237/draw.py (237 took them from set 230, it from 218, 190, 177, 165, 150, 141,
129, 117, 105, 103, 97, 90, 86, 78, 72, 68, 59, 43), unchanged: font, tw, TOKEN, NO_LINE_START,
wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad, grain, glow, two_pass, para, fits, WHITE, BANDS,
rng, plain, saturday, REAL_NAMES, K, F, k, slanted, outline_text, fading_numeral, pin, logo, clk_mark,
inline, runs_width, background, S, R, B, truth_slot, forum_truth, CLK2025_FORUMS, pad, split_spaces,
speaker_line, panel_a, is_band, printed_name, col_speaker, dim_box, draw, people, surname_counts,
listing_forums, wrapped_titles, wrapped_affs, COMMON5, COMMON20.  Changed: T (br: a designer's own line
breaks), slot and col_slot (through lines_of), heading (the host at the right of the name), paint (rows of
one forum or two, column headings set level; a short last row of boxes stays at the left, as 2023's),
check (this set's rows, counts, ends, shared ranges, surnames, less common given-name characters, the
wrapped column name, the one wrapped affiliation), main (the JPEG encoded in memory and written once).
New: lines_of, col_name_lines, col_headings (replacing col_heading), the data, the palette, UNCOMMON,
EVERYDAY (extended), RARE_GIVEN, INTRO, UNITS, MEDIA, ED, ROWS, LAYOUT, NOTE, COUNTS, SHARED, WRAPPED,
N_PEOPLE, N_TWO, ENDS, ENGLISH, TWO_SPEAKERS, SIZE.
"""
import datetime
import glob
import io
import json
import math
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fc = {}


def font(size, bold=False):
    path = FD + "NotoSansCJK-%s.ttc" % ("Bold" if bold else "Regular")
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
    return wrap_widths(d, text, f, [maxw])


def wrap_nicely(d, text, f, maxw):
    """Wrap as a designer would: after a '：' or a ': ' when both halves fit, else into lines of even length."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2:
        return lines
    for colon in ("：", ": "):  # after a full-width colon, or after a Latin one (then the space goes)
        head, sep, tail = text.partition(colon)
        sep = sep.rstrip()
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


def grain(im, seed, noise, cell=3):
    rnd = random.Random(seed)
    w, h = im.size[0] // cell + 1, im.size[1] // cell + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def glow(im, cx, cy, r, col, strength):
    lay = Image.new("RGB", im.size, (0, 0, 0))
    ImageDraw.Draw(lay).ellipse([cx - r, cy - r, cx + r, cy + r], fill=tuple(int(c * strength) for c in col))
    small = lay.resize((max(1, im.size[0] // 8), max(1, im.size[1] // 8)), Image.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(r / 16))
    return ImageChops.screen(im, small.resize(im.size, Image.BILINEAR))


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def para(d, x, y, text, f, fill, maxw, lh):
    for ln in wrap(d, text, f, maxw):
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


WHITE = (255, 255, 255)
BANDS = ("茶歇", "午餐")  # breaks whose title starts so are printed as bands


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def plain(name):
    return name.replace(" ", "").replace("\u3000", "")


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5






REAL_NAMES = sorted(set([  # the union of sets 165's and 171's lists: names read on the real posters by earlier helpers
    "KuzinArtem", "LianboJiang", "付才", "伍勃", "伍勍", "何鲁港", "余昇锦", "余松平", "侯文龙", "刘守业", "刘忻", "刘海龙", "卢烈", "司延腾",
    "吴江波", "周俶易", "周傲易", "周威", "唐辉", "孙南勇", "宋卓", "宋恺睿", "宋牧春", "尹欣", "左泽", "巫强", "廖肇燕", "廖远鸿", "张友加", "张哲华",
    "张子扬", "张细锐", "张翼", "张雅兰", "张鹏", "彭志光", "徐静波", "慕冬亮", "晏艳", "曾庆凯", "朱彦军", "朱维希", "李培锋", "李志", "李扬韬", "李治军",
    "李泽帆", "李珍", "杜冬冬", "杨彦凝", "杨欢", "杨铠衔", "杨阳", "殷锋卫", "江锋", "潘睿", "王刘朴", "王子成", "王建政", "王海粟", "甄鹏", "白铠豪",
    "皮振伟", "祝嘉", "程杰", "罗宏震", "聂诚", "胡俊鹏", "胡璞", "荣乾锋", "蒲乐辉", "袁晓峰", "许珉嘉", "谈鉴锋", "谢旻晟", "谢昱晟", "谢柳杰", "谢欢",
    "谢淼", "谢雨来", "谢颂杨", "贺中坤", "赵天瑞", "赵宇", "赵桥", "路旭", "邹德清", "邹贻鹏", "郑堂权", "郑琦", "郑翔", "郭任", "郭健", "郭寒军",
    "郭纯海", "郭迎港", "陆扬", "陈凯", "陈华才", "陈培鸿", "陈越琦", "韩传华", "高亮", "黄睿", "黄靖", "黎红波", "龚睿奇"]))

# ===========================================================================
# Painting helpers of the 2023 family (scaled by K).
K = 1.0  # the scale of the picture being painted (1080 -> 1.0, 1242 -> 1.15)


def F(size, bold=False):
    return font(round(size * K), bold)


def k(v):
    return round(v * K)


def slanted(im, x, y, text, f, fill, shadow, stroke=None, shear=0.2, off=6):
    """Heavy slanted lettering with an offset shadow (2023's '第18届中国' / '大会议程'), pasted as a sheared layer."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k(40) + int(f.size * shear * 1.3), int(f.size * 1.5)
    lay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    dl = ImageDraw.Draw(lay)
    o = k(off)
    dl.text((k(10) + o, o), text, font=f, fill=shadow + (255,))
    dl.text((k(10), 0), text, font=f, fill=fill + (255,), stroke_width=k(1) if stroke else 0,
            stroke_fill=(stroke or fill) + (255,))
    lay = lay.transform(lay.size, Image.AFFINE, (1, shear, -shear * h * 0.75, 0, 1, 0), Image.BICUBIC)
    im.paste(lay, (int(x - k(10)), int(y)), lay)
    return w


def outline_text(im, cx, y, text, f, col):
    """Hollow lettering: the stroke of the text without its fill (2023's 'AGENDA' / 'SUPPORT')."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k(20), int(f.size * 1.4)
    m_full = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m_full).text((k(10), 0), text, font=f, fill=255, stroke_width=k(2), stroke_fill=255)
    m_in = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m_in).text((k(10), 0), text, font=f, fill=255)
    mask = ImageChops.subtract(m_full, m_in)
    im.paste(Image.new("RGB", (w, h), col), (int(cx - w / 2), int(y)), mask)


def fading_numeral(im, x, y, text, f, col, bg):
    """The big numeral behind an afternoon forum's name, fading into the page towards its foot."""
    d0 = ImageDraw.Draw(im)
    w, h = tw(d0, text, f) + k(20), int(f.size * 1.3)
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).text((k(4), 0), text, font=f, fill=255)
    x0, y0, x1, y1 = mask.getbbox()
    low = tuple(int(bg[i] * 0.7 + col[i] * 0.3) for i in range(3))
    fill = Image.new("RGB", (w, h), low)
    fill.paste(vgrad(w, y1 - y0, col, low), (0, y0))
    im.paste(fill, (int(x), int(y)), mask)


def pin(d, x, y, col, bg, s):
    """A map pin before the city in the date box."""
    d.ellipse([x, y, x + s, y + s], fill=col)
    d.polygon([(x + s * 0.1, y + s * 0.62), (x + s * 0.9, y + s * 0.62), (x + s / 2, y + s * 1.35)], fill=col)
    d.ellipse([x + s * 0.32, y + s * 0.3, x + s * 0.68, y + s * 0.66], fill=bg)


def logo(d, x, y, pal):
    """The organisers' logo lines: a two-leaf mark, 'CHINA LINUX KERNEL' over the Chinese name."""
    d.ellipse([x, y + k(6), x + k(40), y + k(96)], fill=pal["line"])
    d.ellipse([x + k(18), y, x + k(62), y + k(96)], fill=pal["title"])
    d.ellipse([x + k(26), y + k(14), x + k(52), y + k(92)], fill=pal["bg"][0])
    d.text((x + k(84), y + k(22)), "CHINA LINUX KERNEL", font=F(21, True), fill=WHITE)
    d.text((x + k(84), y + k(54)), "中国内核开发者大会", font=F(23, True), fill=WHITE)


def clk_mark(d, W, year, pal):
    """'CLK' with the year raised beside it, inside nested rounded outlines (top right)."""
    cx, cy = W - k(270), k(130)
    for i in range(7):
        r = k(14) + i * k(9)
        d.rounded_rectangle([cx - k(190) - i * k(9), cy - k(70) - i * k(9), cx + k(190) + i * k(9),
                             cy + k(70) + i * k(9)], radius=r + k(30),
                            outline=tuple(int(c * (0.55 - i * 0.06)) for c in pal["title"]), width=k(2))
    cf, yf = F(96, True), F(34, True)
    x = cx - (tw(d, "CLK", cf) + tw(d, year, yf) + k(8)) / 2
    d.text((x, cy - k(70)), "CLK", font=cf, fill=pal["clk"], stroke_width=k(2), stroke_fill=pal["title"])
    d.text((x + tw(d, "CLK", cf) + k(8), cy - k(56)), year, font=yf, fill=WHITE)


def inline(d, x, base, runs):
    """Runs of (text, font, colour) on one baseline from x; returns the x after the last."""
    for text, f, col in runs:
        d.text((x, base), text, font=f, fill=col, anchor="ls")
        x += tw(d, text, f)
    return x


def runs_width(d, runs):
    return sum(tw(d, t, f) for t, f, _ in runs)


def background(ed):
    pal = ed["pal"]

    def bg(w, h):
        im = vgrad(w, h, *pal["bg"])
        im = glow(im, w - k(120), k(300), k(420), pal["glow1"], 0.55)
        im = glow(im, k(60), k(1100), k(300), pal["glow2"], 0.25)
        for j, yy in enumerate(range(k(2400), h - k(800), k(2600))):
            im = glow(im, w - k(40) if j % 2 else k(40), yy, k(380), pal["glow1"] if j % 2 else pal["glow2"], 0.15)
        d = ImageDraw.Draw(im)
        rnd = random.Random(ed["seed"])
        for i in range(14):  # swirling streaks around the sphere of the header
            r = k(220) + i * k(22)
            cx, cy = w - k(300), k(760)
            d.arc([cx - r * 1.6, cy - r * 0.6, cx + r * 1.6, cy + r * 0.6], 160 + i * 3, 350,
                  fill=tuple(int(c * (0.75 - i * 0.04)) for c in (pal["glow2"] if i % 3 else pal["glow1"])), width=k(2))
        cx, cy, r = w - k(300), k(740), k(160)
        for j in range(r, 0, -2):  # the sphere: a lit disc, brighter at the top left
            t = j / r
            col = tuple(int(pal["core"][c] * (1 - t) * 0.9 + pal["sphere"][c] * t * 0.55) for c in range(3))
            d.ellipse([cx - j - (r - j) * 0.35, cy - j - (r - j) * 0.45, cx + j - (r - j) * 0.35,
                       cy + j - (r - j) * 0.45], fill=col)
        for j in range(4):  # steep streaks low on the sides, as the 2023 image has them, inside the margins
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - k(45)), yy - k(300))], fill=pal["streak"], width=k(3))  # kept in the margins, clear of the text
        return grain(im, ed["seed"], ed["grain"], ed["cell"])
    return bg






# ===========================================================================
# Data.  S(name, 'company job' as printed); T a talk (shared=True: printed under the range of the talk
# before it, without range or dot of its own; two speakers stand on two lines, each with his own
# 'company job'; nice=True: the title broken after its colon, else greedily as 2023 breaks most titles); R a round
# table (kind 'panel': moderator, then the guests in printed order); B a break.
def S(name, affiliation):
    return {"name": name, "aff": affiliation}


def T(start, end, title, speakers, shared=False, nice=False, br=None):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "shared": shared,
            "nice": nice, "br": br}


def R(start, end, title, moderator, guests, nice=False):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "shared": False, "nice": nice}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "shared": False,
            "nice": False}


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": plain(host) if s["kind"] != "break" else None}


def forum_truth(forums, date):
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f["host"]) for s in f["slots"]]}
            for f in forums]


# CLK2025's six forum folders, without their numbers, in folder order ('1 主论坛/' .. '6 AI 基础设施与 eBPF 应用分论坛/')
CLK2025_FORUMS = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
                  "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]



# ---------------------------------------------------------------------------
# CLK 6249 (第4244届), 南宁, Saturday 6249-10-27.  主论坛 in the morning, the five other forums in parallel in the
# afternoon.  ROWS below: 主论坛 across the page, 01 across the page, then 02 | 03 side by side, 04 | 05 side by side.
# As 2023 prints them, a range may stand over two or three talks (shared=True: printed under the range of the talk
# before it, without range or dot of its own; all those talks get the range in the truth).  Unlike 2023, every forum
# prints its HOST: across the page at the right of the forum's name ('主持人：' + padded name, the unit under it), in a
# column on a line of its own between the name and the bar.
DATE = "6249-10-27"
FORUMS = [
    {"name": "主论坛", "host": "黄志强", "unit": "广西大学计算机与电子信息学院院长", "slots": [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:25", "开幕致辞", [S("蒙立新", "广西大学副校长")]),
        T("09:25", "09:55", "把内核缺陷挡在合入之前：一个发行版厂商的补丁评审流水线", [S("王海涛", "麒麟软件 内核研发总监")],
          nice=True),
        T("09:55", "10:25", "Linux 在工业 PLC 上跑了八年：我们踩过的实时性坑", [S("张勇", "中控技术 嵌入式系统首席专家")], nice=True),
        B("10:25", "10:40", "茶歇"),
        T("10:40", "11:10", "从单一架构到六种指令集：发行版内核的构建矩阵如何不失控",
          [S("李明", "统信软件 内核架构师"), S("赵丽娟", "统信软件 构建平台负责人")], nice=True),
        T("11:10", "11:40", "Counting Every Cycle: A Year of Kernel Regressions Found by Nightly Benchmarks",
          [S("吴俊杰", "英特尔 Linux 内核性能工程师")]),
        T("11:40", "12:05", "高校如何参与内核主线开发：广西大学操作系统课程的实践", [S("覃海燕", "广西大学副教授")], nice=True),
        R("12:05", "12:45", "圆桌论坛：芯片厂商、发行版与社区，谁来为上游补丁买单",
          S("陈晓峰", "阿里云 操作系统技术总监"),
          [S("杨建国", "华为 操作系统内核实验室主任"), S("孙丽", "飞腾 软件生态部部长"),
           S("郭志刚", "海光信息 系统软件总监"), S("罗文", "字节跳动 STE 内核团队负责人，Linux 社区 Reviewer")]),
        B("12:45", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "host": "刘静", "unit": "OPPO 内存管理技术专家", "slots": [
        T("13:30", "14:00", "大页拆分与合并的来回拉扯：一个数据库实例的 RSS 之谜", [S("何志军", "腾讯云 数据库内核工程师")],
          nice=True),
        T("14:00", "15:00", "vmalloc 区域在 ARM64 手机上的耗尽问题", [S("谢婷", "vivo 内核工程师")]),
        T("14:00", "15:00", "page_owner 开销太大？一种轻量内存泄漏画像方法", [S("杨超", "荣耀 稳定性专家")], shared=True, nice=True),
        T("14:00", "15:00", "what we learned moving redis to 64k base pages", [S("徐磊", "阿里云弹性计算内核工程师")],
          shared=True),
        T("15:00", "15:30", "按 NUMA 节点隔离的页缓存限额",
          [S("梁志伟", "美团 基础架构内核工程师"), S("宋佳", "美团 系统工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "内存 cgroup 回收的公平性：高优先级容器为何仍被回收", [S("张浩然", "京东 云原生内核工程师")],
          nice=True),
        T("16:20", "16:50", "Where Did 6 GB Go? Per-CPU Allocations on a 384-Core Box", [S("高鹏", "浪潮信息 服务器内核工程师")]),
        T("16:50", "17:20", "手机后台应用的内存画像：按进程统计匿名页冷热",
          [S("胡文杰", "小米 内存优化工程师"), S("韦丽萍", "小米 性能专家")], nice=True),
        T("17:20", "17:50", "KSM 在桌面虚拟化中的合并率与 CPU 代价", [S("王晓燕", "深信服 桌面云内核工程师")]),
    ]},
    {"name": "文件系统与存储分论坛", "host": "周建军", "unit": "华为 文件系统专家", "slots": [
        T("13:30", "14:00", "Btrfs 发送/接收在增量备份中的吞吐瓶颈", [S("刘旻", "SUSE 文件系统工程师")]),
        T("14:00", "14:30", "车机 U 盘拔插导致的文件系统只读：vfat 错误处理的改进", [S("蔡明亮", "比亚迪 车载系统工程师")],
          nice=True),
        T("14:30", "15:00", "用 blktrace 找回丢失的 2 毫秒：一次 SSD 延迟毛刺排查", [S("李建伟", "快手 存储内核工程师")],
          nice=True),
        T("15:00", "15:30", "Tuning NFS Client Delegations for Build Farms", [S("汪浩", "网易 存储工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "virtiofs 在安全容器里的元数据缓存策略",
          [S("邓志勇", "蚂蚁集团 内核工程师"), S("陈静", "蚂蚁集团 安全容器工程师")],
          br=["virtiofs 在安全容器里的", "元数据缓存策略"]),
        T("16:20", "16:50", "dm-verity 校验在 OTA 升级后的开机时间影响", [S("朱晓明", "OPPO 系统安全工程师")]),
        T("16:50", "17:20", "FUSE 直通模式（passthrough）的性能测试与上游进展", [S("韩斌", "字节跳动 文件系统工程师")]),
    ]},
    {"name": "调度、性能与调试分论坛", "host": "马超", "unit": "中兴通讯 操作系统首席架构师", "slots": [
        T("13:30", "13:55", "一次 CPU 频率抖动的定位：schedutil 与温控的博弈", [S("林晓芳", "联发科技 功耗优化工程师")],
          nice=True),
        T("13:55", "14:20", "sched_ext 调度器的热更新：不停机替换调度策略", [S("王磊", "字节跳动 调度工程师")], nice=True),
        T("14:20", "14:45", "Finding the Lock That Ate 30% of Our Throughput", [S("任文涛", "腾讯 TencentOS 性能工程师")]),
        T("14:45", "15:10", "vmcore 太大传不回来：基于最小化转储的远程故障分析",
          [S("曹伟", "中国移动云能力中心 系统工程师"), S("黄丽华", "中国移动云能力中心 运维开发工程师")], nice=True),
        T("15:10", "15:35", "call_rcu 洪峰：容器频繁销毁时的回调积压", [S("彭国亮", "百度智能云 内核工程师")], nice=True),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "ftrace 直方图触发器在音频卡顿分析中的妙用", [S("钟华", "小鹏汽车 座舱系统工程师")]),
        T("16:15", "16:40", "锁依赖检查 lockdep 在驱动开发中的误报与真凶", [S("冯建新", "紫光展锐 驱动工程师")]),
        T("16:40", "17:05", "KUnit 测试用例自动生成的初步探索", [S("唐宇航", "广西大学 硕士研究生")],
          br=["KUnit 测试用例", "自动生成的初步探索"]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "host": "林晓东", "unit": "中科院计算所 副研究员", "slots": [
        T("13:30", "14:10", "龙架构 LASX 向量寄存器的惰性保存", [S("陈昱", "龙芯中科 内核工程师")],
          br=["龙架构 LASX 向量寄存器", "的惰性保存"]),
        T("14:10", "14:50", "RISC-V 服务器固件与内核的握手：SBI 扩展的取舍", [S("赵鹏", "平头哥 RISC-V 系统软件专家")],
          nice=True),
        T("14:50", "15:30", "Bringing Up Linux on a Chiplet SoC with Non-Uniform Interconnect",
          [S("徐翀", "海光信息 固件与内核工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:45", "显卡驱动的 GPU 复位与上下文恢复",
          [S("谭涛", "摩尔线程 驱动工程师"), S("许晓敏", "摩尔线程 驱动架构师")],
          br=["显卡驱动的 GPU 复位与", "上下文恢复"]),
        T("15:45", "16:45", "DPU 卡上跑一份 Linux：宿主与卡间的 PCIe 共享内存通道", [S("叶飞", "中科驭数 系统软件工程师")],
          shared=True, nice=True),
        T("16:45", "17:25", "机密虚拟机里的时钟源：TDX 下 TSC 可信问题", [S("吕明辉", "英特尔 虚拟化工程师")], nice=True),
        T("17:25", "18:05", "x86 与 ARM64 内存模型差异导致的驱动并发问题", [S("张国华", "兆芯 系统软件工程师")]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "host": "王斌", "unit": "蚂蚁集团 基础设施技术专家", "slots": [
        T("13:30", "14:00", "千卡训练任务的启动为何要十分钟：内核侧的剖析", [S("李秀娟", "百度智能云 AI 基础设施工程师")],
          nice=True),
        T("14:00", "14:30", "用 eBPF 给每个训练 step 打时间戳：通信与计算的重叠分析", [S("周玥", "商汤科技 系统工程师")],
          nice=True),
        T("14:30", "15:00", "Keeping BPF Maps Consistent Across Program Upgrades",
          [S("Jakob Lindberg", "Microsoft Principal Software Engineer")]),
        T("15:00", "15:30", "大模型推理进程的 NUMA 绑核与大页预热", [S("黎志刚", "华为云 推理平台工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "BPF 验证器拒绝了我们的程序：十类报错的改写套路",
          [S("蒋文斌", "深信服 安全研究员"), S("郑雪", "深信服 内核工程师")], nice=True),
        T("16:15", "16:45", "模型权重加载的页缓存预热：从 fadvise 到自研预读", [S("刘鹏飞", "月之暗面 基础设施工程师")],
          nice=True),
        T("16:45", "17:15", "XDP 做推理网关的第一道防线", [S("陈建平", "美团 网络内核工程师")]),
        T("17:15", "17:45", "用 BPF LSM 为训练容器加一道文件访问闸门", [S("李文博", "奇安信 安全内核工程师")],
          br=["用 BPF LSM 为训练容器", "加一道文件访问闸门"]),
    ]},
]
# The rows as painted: one forum across the page, or two side by side (left, right), in folder order.
ROWS = [[0], [1], [2, 3], [4, 5]]


def pad(name):
    """2023 pads a two-character Chinese name to the width of three ('郑　琦'); Latin names stay as they are."""
    if len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name):
        return name[0] + "\u3000" + name[1]
    return name


def split_spaces(d, text, f, maxw):
    """A long 'company job' broken only at its printed spaces, as a designer keeps words of a school whole."""
    lines, cur = [], ""
    for word in text.split(" "):
        if cur and tw(d, cur + " " + word, f) > maxw:
            lines.append(cur)
            cur = word
        else:
            cur = (cur + " " + word) if cur else word
    lines.append(cur)
    for ln in lines:
        fits(d, ln, f, maxw)
    return lines


def speaker_line(d, ed, x, y, sp, right, ax=None):
    """'padded name  company job' at the line whose top is y: the name 28 px white, the company 20 px in the
    company colour from a column after three characters (or after a longer name); a 'company job' too long for
    the column goes on under itself, from the same column.  Returns the next line's top."""
    pal = ed["pal"]
    nf, af = F(28), F(20)
    name = pad(sp["name"])
    if ax is None:
        ax = x + tw(d, "国国国", nf) + k(22)
    ax = max(ax, x + tw(d, name, nf) + k(22))
    d.text((x, y + k(31)), name, font=nf, fill=WHITE, anchor="ls")
    lines = split_spaces(d, sp["aff"], af, right - ax)
    sp["_al"] = lines
    for i, ln in enumerate(lines):
        d.text((ax, y + k(30) + i * k(28)), ln, font=af, fill=pal["aff"], anchor="ls")
    return y + k(40) + (len(lines) - 1) * k(28)


def panel_a(d, ed, CX, y, s, right):
    """2023's round table: '主持人：' and '嘉宾：' on lines of their own, one speaker line each under them."""
    pal = ed["pal"]
    mod, guests = s["sp"][0], s["sp"][1:]
    lf = F(28)
    d.text((CX, y), "主持人：", font=lf, fill=pal["label"])
    y = speaker_line(d, ed, CX, y + k(40), mod, right)
    d.text((CX, y), "嘉宾：", font=lf, fill=pal["label"])
    y += k(40)
    for g in guests:
        y = speaker_line(d, ed, CX, y, g, right)
    return y


def lines_of(d, s, tf, maxw):
    """A title's printed lines: the designer's own breaks where given (br: each line must fit and the lines must
    give the title back), else broken after a colon or into even lines (nice), else greedily as 2023 breaks most."""
    if s.get("br"):
        for ln in s["br"]:
            fits(d, ln, tf, maxw)
        assert "".join(s["br"]).replace(" ", "") == s["title"].replace(" ", ""), s["br"]
        return list(s["br"])
    return (wrap_nicely if s["nice"] else wrap)(d, s["title"], tf, maxw)


def is_band(s):
    return s["kind"] == "break" and s["title"].startswith(BANDS)


def slot(im, d, ed, X0, X1, LX, CX, y, s):
    """One slot of the 2023 timeline across the page, its title's top at y.  Returns the next slot's title top."""
    pal = ed["pal"]
    right = im.size[0] - k(50)
    if s["kind"] == "break" and not is_band(s):  # 开场: a plain row, as 2023 prints it
        d.text((X0, y + k(3)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(4), y + k(19), LX + k(4), y + k(27)], fill=pal["dot"])
        d.text((CX, y), s["title"], font=F(30, True), fill=pal["title"])
        return y + k(80)
    if s["kind"] == "break":
        top = y - k(27)
        d.rectangle([X0, top, X1, top + k(82)], fill=pal["band"])
        d.text((X0, top + k(20)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(4), top + k(37), LX + k(4), top + k(45)], fill=pal["dot"])
        d.text((CX, top + k(17)), s["title"], font=F(30, True), fill=pal["title"])
        return top + k(82) + k(80)
    if not s["shared"]:
        d.text((X0, y + k(3)), rng(s), font=F(30, True), fill=WHITE)
        d.ellipse([LX - k(4), y + k(19), LX + k(4), y + k(27)], fill=pal["dot"])
    tf = F(30, True)
    tl = lines_of(d, s, tf, right - CX)
    s["_tl"] = tl
    for ln in tl:
        d.text((CX, y), ln, font=tf, fill=pal["title"])
        y += k(40)
    if s["kind"] == "panel":
        y = panel_a(d, ed, CX, y, s, right)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, ed, CX, y, sp, right)
    return y + k(40)


def printed_name(ed, f):
    """The heading as printed: a space before '分论坛', as the 2023 image prints '内存管理 分论坛'."""
    n = f["name"]
    if ed["gap"] and n.endswith("分论坛") and not n.endswith(" 分论坛"):
        n = n[:-3] + " 分论坛"
    return n


def heading(im, d, ed, X0, X1, y, i, f):
    """A forum's heading across the page in the 2023 form (the name; a big fading numeral behind the afternoon
    ones; the thick bar).  New against 2023: the HOST at the RIGHT of the name, right-aligned on the name's
    baseline ('主持人：' in the label colour + the padded name, bold white), the unit right-aligned under it in the
    company colour.  Returns the first slot's title top."""
    pal = ed["pal"]
    name = printed_name(ed, f)
    if i == 0:
        nf = F(52, True)
        ny = y + k(40)
        d.text((X0, ny), name, font=nf, fill=WHITE)
    else:
        fading_numeral(im, X0 - k(4), y, "%02d" % i, F(112, True), pal["num"], pal["bg"][0])
        ny = y + k(58)
        nf = F(50, True)
        d.text((X0, ny), name, font=nf, fill=WHITE, stroke_width=k(1), stroke_fill=pal["bg"][0])
    nb = d.textbbox((X0, ny), name, font=nf)
    base = nb[3] - k(4)  # the host's baseline: the name's foot
    runs = [("主持人：", F(26), pal["label"]), (pad(f["host"]), F(30, True), WHITE)]
    hx = X1 - runs_width(d, runs)
    assert hx - nb[2] >= k(40), (f["name"], hx - nb[2])
    inline(d, hx, base, runs)
    uf = F(20)
    assert tw(d, f["unit"], uf) <= X1 - nb[2] - k(40), f["unit"]
    d.text((X1, base + k(34)), f["unit"], font=uf, fill=pal["aff"], anchor="rs")
    y = base + k(62)
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    return y + k(18) + k(72)


def col_name_lines(d, ed, f, maxw):
    """A column's forum name as a designer's text box sets it at 34 px: on one line if it fits, else broken at its
    last space that fits (so 'AI 基础设施与 eBPF 应用' / '分论坛')."""
    return split_spaces(d, printed_name(ed, f), F(34, True), maxw)


def col_headings(im, d, ed, cols, y, row):
    """The headings of two forums side by side, set level: a fading numeral (84 px), the name (34 px, 2023's space
    before '分论坛'; over two lines where it does not fit the column, the other column's host line then waits for
    it), the host line ('主持人：' + padded name + a full-width space + the unit, which must fit the column), a bar.
    Returns the first slots' top."""
    pal = ed["pal"]
    nf = F(34, True)
    names = [col_name_lines(d, ed, ed["forums"][i], x1 - x0) for (x0, x1), i in zip(cols, row)]
    ed.setdefault("_names", {}).update({i: nl for i, nl in zip(row, names)})
    n_lines = max(len(nl) for nl in names)
    base = 0
    for ((x0, x1), i), nl in zip(zip(cols, row), names):
        f = ed["forums"][i]
        fading_numeral(im, x0 - k(3), y, "%02d" % i, F(84, True), pal["num"], pal["bg"][0])
        ny = y + k(56)
        for ln in nl:
            d.text((x0, ny), ln, font=nf, fill=WHITE, stroke_width=k(1), stroke_fill=pal["bg"][0])
            ny += k(48)
        base = y + k(56) + n_lines * k(48) + k(34)
        runs = [("主持人：", F(22), pal["label"]), (pad(f["host"]), F(24, True), WHITE), ("\u3000", F(20), WHITE),
                (f["unit"], F(17), pal["aff"])]
        assert runs_width(d, runs) <= x1 - x0, (f["name"], runs_width(d, runs))
        inline(d, x0, base, runs)
        d.rectangle([x0, base + k(24), x1, base + k(38)], fill=pal["bar"])
    return base + k(38) + k(50)


def col_speaker(d, ed, x, y, sp, right):
    """'padded name  company job' in a column: the name 24 px white, the company 17 px from a column after three
    characters (or after a longer name); a line too long goes on under itself at its spaces.  Returns the next
    line's top."""
    pal = ed["pal"]
    nf, af = F(24), F(17)
    name = pad(sp["name"])
    ax = max(x + tw(d, "国国国", nf) + k(16), x + tw(d, name, nf) + k(16))
    d.text((x, y + k(27)), name, font=nf, fill=WHITE, anchor="ls")
    lines = split_spaces(d, sp["aff"], af, right - ax)
    sp["_al"] = lines
    for j, ln in enumerate(lines):
        d.text((ax, y + k(26) + j * k(24)), ln, font=af, fill=pal["aff"], anchor="ls")
    return y + k(35) + (len(lines) - 1) * k(24)


def col_slot(im, d, ed, x0, x1, LX, CX, y, s):
    """One slot of a column's timeline, its top at y: the 2023 timeline turned for a narrow measure.  A talk: a
    dot on the column's line and the range (24 px bold white) on a line of their own, then the title (26 px bold,
    wrapped in the column), then one speaker line per speaker; a talk printed under the range of the one before
    (shared) has neither dot nor range.  A tea band: a filled band across the column, the range and the label on
    one line.  Returns the next slot's top."""
    pal = ed["pal"]
    if s["kind"] == "break":
        assert is_band(s), s
        d.rectangle([x0, y - k(10), x1, y + k(50)], fill=pal["band"])
        d.ellipse([LX - k(4), y + k(16), LX + k(4), y + k(24)], fill=pal["dot"])
        rf = F(24, True)
        d.text((CX, y + k(4)), rng(s), font=rf, fill=WHITE)
        d.text((CX + tw(d, rng(s), rf) + k(26), y + k(2)), s["title"], font=F(26, True), fill=pal["title"])
        return y + k(50) + k(44)
    if not s["shared"]:
        d.ellipse([LX - k(4), y + k(14), LX + k(4), y + k(22)], fill=pal["dot"])
        d.text((CX, y + k(2)), rng(s), font=F(24, True), fill=WHITE)
        y += k(38)
    tf = F(26, True)
    tl = lines_of(d, s, tf, x1 - CX)
    s["_tl"] = tl
    for ln in tl:
        d.text((CX, y), ln, font=tf, fill=pal["title"])
        y += k(36)
    y += k(2)
    for sp in s["sp"]:
        y = col_speaker(d, ed, CX, y, sp, x1)
    return y + k(36)


def dim_box(im, box, col, alpha):
    """A translucent dark panel (the introduction's ground): the page under it blended towards col."""
    box = tuple(int(v) for v in box)
    region = im.crop(box)
    im.paste(Image.blend(region, Image.new("RGB", region.size, col), alpha), box[:2])


def paint(im, d, ed):
    W = im.size[0]
    pal = ed["pal"]
    X0, X1 = k(90), W - k(92)
    logo(d, X0, k(40), pal)
    clk_mark(d, W, ed["year"], pal)
    slanted(im, X0, k(262), ed["nth"], F(80, True), WHITE, pal["shadow"])
    slanted(im, X0, k(352), "Linux 内核开发者大会", F(80, True), WHITE, pal["shadow"])
    # the date box: an outlined box with ticks, date, a pin and the city
    bf = F(34, True)
    bw = tw(d, ed["date_text"], bf) + k(30) + k(30) + tw(d, ed["city"], bf) + k(70)
    d.rectangle([X0, k(476), X0 + bw, k(538)], outline=WHITE, width=k(2))
    d.line([(X0 + k(30), k(470)), (X0 + k(90), k(470))], fill=WHITE, width=k(4))
    d.line([(X0 + bw - k(90), k(544)), (X0 + bw - k(30), k(544))], fill=WHITE, width=k(4))
    x = X0 + k(36)
    d.text((x, k(484)), ed["date_text"], font=bf, fill=WHITE)
    x += tw(d, ed["date_text"], bf) + k(30)
    pin(d, x, k(490), WHITE, pal["bg"][0], k(26))
    d.text((x + k(36), k(484)), ed["city"], font=bf, fill=WHITE)
    d.text((X0, k(584)), ed["addr"], font=F(34, True), fill=WHITE)
    # the intro box: a translucent dark panel over the key visual, framed
    y = k(960)
    f24 = F(24)
    lines = wrap(d, ed["intro"], f24, X1 - X0 - k(64))
    bottom = y + k(36) + len(lines) * k(48) + k(24)
    dim_box(im, (X0, y, X1, bottom), pal["intro"], 0.72)
    d = ImageDraw.Draw(im)
    d.rectangle([X0, y, X1, bottom], outline=tuple(int(c * 0.5) for c in pal["title"]), width=k(2))
    for j, ln in enumerate(lines):
        d.text((X0 + k(32), y + k(36) + j * k(48)), ln, font=f24, fill=(236, 230, 220))
    y = bottom + k(150)
    outline_text(im, W / 2, y + k(16), "AGENDA", F(110, True), tuple(int(c * 0.6) for c in pal["title"]))
    f66 = F(68, True)
    slanted(im, W / 2 - tw(d, "大会议程", f66) / 2, y, "大会议程", f66, WHITE, pal["shadow"])
    y += k(250)
    LX, CX = X0 + k(212), X0 + k(250)
    for row in ed["rows"]:
        if len(row) == 1:  # one forum across the page, in the 2023 measures
            i = row[0]
            f = ed["forums"][i]
            y = heading(im, d, ed, X0, X1, y, i, f)
            top = y
            for s in f["slots"]:
                y = slot(im, d, ed, X0, X1, LX, CX, y, s)
            bar = y - k(5) if not is_band(f["slots"][-1]) else y - k(62)
            d.line([(LX, top - k(60)), (LX, bar)], fill=pal["line"], width=k(2))
            d.rectangle([X0, bar, X1, bar + k(14)], fill=pal["bar"])
            y = bar + k(14) + k(130)
            continue
        # two forums side by side, each in its own column from its heading to the closing bar under both
        cw = (X1 - X0 - ed["gutter"]) / 2
        cols = [(X0, X0 + cw), (X1 - cw, X1)]
        y0 = col_headings(im, d, ed, cols, y, row)
        ends = []
        for (x0, x1), i in zip(cols, row):
            f = ed["forums"][i]
            yy = y0
            for s in f["slots"]:
                yy = col_slot(im, d, ed, x0, x1, x0 + k(6), x0 + k(28), yy, s)
            ends.append((x0, y0, yy))
        bar = max(e[2] for e in ends)
        for x0, top, yy in ends:
            d.line([(x0 + k(6), top - k(40)), (x0 + k(6), yy - k(30))], fill=pal["line"], width=k(2))
        for x0, x1 in cols:
            d.rectangle([x0, bar, x1, bar + k(12)], fill=pal["bar"])
        y = bar + k(12) + k(130)
    for label, hol, units in (("支持单位", "SUPPORT", ed["units"]), ("支持媒体", "MEDIA", ed["media"])):
        outline_text(im, W / 2, y + k(14), hol, F(96, True), tuple(int(c * 0.6) for c in pal["title"]))
        f60 = F(60, True)
        slanted(im, W / 2 - tw(d, label, f60) / 2, y, label, f60, WHITE, pal["shadow"])
        y += k(170)
        bw, gap, bh = (X1 - X0 - 2 * k(40)) / 3, k(40), k(106)
        rows = (len(units) + 2) // 3
        for j, u in enumerate(units):
            r, c = divmod(j, 3)
            bx, by = X0 + c * (bw + gap), y + r * (bh + k(40))  # a short last row stays at the left, as 2023's
            d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=k(10), outline=WHITE, width=k(2))
            ff = F(34, True)
            ctext(d, bx + bw / 2, by + bh / 2 - k(25), fits(d, u, ff, bw - k(20)), ff, WHITE)
        y += rows * (bh + k(40)) + k(110)
    ctext(d, W / 2, y - k(40), ed["foot"], F(24), (210, 196, 176))
    return y + k(60)


def draw(ed):
    global K
    K = ed["K"]
    return two_pass(ed["W"], lambda im, d: paint(im, d, ed), background(ed))


INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK），由国内从事 Linux 内核研发的高校、芯片厂商、操作系统、"
         "互联网、云计算与终端企业共同发起，举办至今已第 4244 届。大会以\u201c自由，协作，创新\u201d为理念，以开源技术的推广和"
         "普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由广西大学承办，上午为主论坛，下午五个分论坛"
         "同时进行，议题覆盖内存、文件系统与存储、调度与调试、体系结构与异构计算、AI 基础设施与 eBPF 等方向，诚邀广大 Linux "
         "内核开发者和爱好者参加。")
UNITS = ["广西大学", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "小米", "荣耀", "英特尔",
         "龙芯中科", "海光信息", "统信软件", "麒麟软件", "中兴通讯"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "阅码场", "Linux 中国", "内核工匠", "51CTO", "思否", "腾源会", "龙蜥社区"]
# NEW COLOURS: a deep SEPIA page ((46,32,24) fading to (13,9,7)) with teal and amber glows, JADE titles, bars and
# numerals, SAND 'company job' lines, CORAL labels ('主持人：', '嘉宾：') and dots, dark BRONZE break bands, a jade
# sphere with a pale core.
PAL = {"bg": ((46, 32, 24), (13, 9, 7)), "title": (104, 222, 186), "aff": (226, 204, 172), "label": (255, 132, 102),
       "line": (112, 92, 72), "dot": (255, 132, 102), "band": (84, 58, 36),
       "bar": (104, 222, 186), "num": (80, 190, 160), "glow1": (40, 150, 130), "glow2": (210, 130, 50),
       "shadow": (24, 110, 88), "streak": (96, 74, 52), "sphere": (40, 170, 140), "core": (240, 255, 230),
       "clk": (236, 255, 248), "intro": (20, 14, 10)}

ED = {"forums": FORUMS, "rows": ROWS, "pal": PAL, "year": "6249", "nth": "第4244届中国", "date_text": "10月27日",
      "city": "南宁", "addr": "地址：广西大学西校园 汇学堂报告厅", "intro": INTRO, "units": UNITS, "media": MEDIA,
      "seed": 24909, "gap": True, "K": 1.0, "W": 1080, "grain": 0.02, "cell": 2, "gutter": 44,
      "foot": "主办：中国 Linux 内核开发者大会组委会　　承办：广西大学计算机与电子信息学院"}
FILE = "CLK6249全部议程.jpg"  # named as CLK2025's repository names its image: CLK + year + 全部议程, .jpg

LAYOUT = (
    "CLK 6249 (第4244届), 南宁, host school 广西大学, Saturday 6249-10-27: the organisers' ONE whole-agenda image "
    "(%d x %d, JPEG q85, 4:2:0, %.2f MB), named as CLK2025's repository names its own (CLK + year + 全部议程, .jpg), in "
    "their 2023 family (CLK2023全部议程.png) at its measures and type, in NEW COLOURS: a deep SEPIA page ((46,32,24) "
    "fading to (13,9,7), a faint grain) with teal and amber glows, JADE titles, bars and numerals, SAND 'company job' "
    "lines, CORAL labels ('主持人：', '嘉宾：') and dots, dark BRONZE break bands, a jade sphere with a pale core. Header: "
    "logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '6249' raised in nested rounded outlines, a "
    "slanted '第4244届中国' / 'Linux 内核开发者大会', an outlined box '10月27日' + pin + '南宁' (no year, as 2023), "
    "'地址：广西大学西校园 汇学堂报告厅', the sphere in arcs, a framed introduction ('举办至今已第 4244 届', the morning "
    "main forum and five forums in parallel in the afternoon, naming no forum exactly), '大会议程' over a hollow "
    "'AGENDA'. Then CLK2025's SIX forums in folder order, in ROWS: 主论坛 ACROSS the page; 01 内存管理与优化 ACROSS the "
    "page; 02 文件系统与存储 | 03 调度、性能与调试 SIDE BY SIDE; 04 硬件架构与异构计算 | 05 AI 基础设施与 eBPF 应用 SIDE BY "
    "SIDE. Every heading prints 2023's space before '分论坛' and, for the afternoon, a fading numeral '01'..'05' behind "
    "the name. HOSTS: across the page at the RIGHT of the forum's name, '主持人：' + the padded name right-aligned on "
    "the name's foot, the unit right-aligned under it; in a column on a line of its own under the name, before the "
    "bar: '主持人：' + padded name + a full-width space + the unit. In its column 05's name does not fit at 34 px and "
    "is set over TWO lines, 'AI 基础设施与 eBPF 应用' / '分论坛' (broken at the printed space before '分论坛'); 04's "
    "host line and bar wait for it, so both columns' host lines and bars stand level. Across the page the 2023 "
    "timeline (range 30 px bold white at the left, a dot on a thin vertical line, the jade title 30 px bold, per "
    "speaker 'padded name  company job' 28 / 20 px). In the COLUMNS (427 px each, a 44 px gutter) the dot and range "
    "(24 px) on a line of their own, the title (26 px bold) under it, per speaker 'padded name  company job' (24 / 17 "
    "px); each column its own 茶歇 band; each row closes with a bar under each column at one level. Ranges printed "
    "ONCE over several talks, as 2023 prints them: in 01 '14:00-15:00' over THREE talks (谢　婷, 杨　超, 徐　磊, across "
    "the page), in 04 '15:45-16:45' over two (谭　涛 and 许晓敏's talk, then 叶　飞's). 主论坛 (host 黄志强, "
    "'广西大学计算机与电子信息学院院长'): '09:00-09:10 开场' (no speaker), '开幕致辞' by the rare 蒙立新 (广西大学副校长), "
    "王海涛 (麒麟软件), 张　勇 (中控技术), a MORNING 茶歇 10:25-10:40, 李　明 over 赵丽娟 (both 统信软件), 'Counting Every "
    "Cycle: A Year of Kernel' / 'Regressions Found by Nightly Benchmarks' (吴俊杰, 英特尔), the rare 覃海燕 (广西大学副教授, "
    "run together, 25 minutes), the ROUND TABLE '圆桌论坛：芯片厂商、发行版与社区，谁来为上游补' / '丁买单' (12:05-12:45, "
    "broken inside a word as 2023 breaks its own) with '主持人：' 陈晓峰 (阿里云) and '嘉宾：' 杨建国 (华为), 孙　丽 (飞腾), "
    "郭志刚 (海光信息), 罗　文 ('字节跳动 STE 内核团队负责人，Linux 社区 Reviewer'), a 午餐 band 12:45-13:30. 01 (host "
    "刘　静, OPPO; 30-minute talks and the three 20-minute ones under one range, 茶歇 15:30-15:50, to 17:50): 'what we "
    "learned moving redis to 64k base' / 'pages' in lower case, 梁志伟 over 宋　佳 (美团), 'Where Did 6 GB Go? Per-CPU "
    "Allocations on a' / '384-Core Box' (高　鹏), 胡文杰 over 韦丽萍 (小米). 02 (host 周建军, 华为; 30-minute talks, 茶歇 "
    "15:30-15:50, to 17:20): 'Btrfs 发送/接收在增量备份中的吞' / '吐瓶颈' broken inside a word; 'Tuning NFS Client "
    "Delegations' / 'for Build Farms' (汪　浩, 网易); 邓志勇 over 陈　静 (蚂蚁集团). 03 (host 马　超, 中兴通讯; 25-minute "
    "talks, 茶歇 15:35-15:50, to 17:05): 'Finding the Lock That Ate 30%%' / 'of Our Throughput' (任文涛, 腾讯); 曹　伟 "
    "over 黄丽华 (中国移动云能力中心). 04 (host 林晓东, 中科院计算所; 40-minute talks, 茶歇 15:30-15:45, to 18:05): "
    "'Bringing Up Linux on a Chiplet' / 'SoC with Non-Uniform' / 'Interconnect' over THREE lines (徐　翀, 海光信息); the "
    "shared range. 05 (host 王　斌, 蚂蚁集团; 30-minute talks, 茶歇 15:30-15:45, to 17:45): the LATIN speaker Jakob "
    "Lindberg under 'Keeping BPF Maps Consistent' / 'Across Program Upgrades', his 'Microsoft Principal' / 'Software "
    "Engineer' wrapped over two lines beside and under his name (the only wrapped affiliation); 蒋文斌 over 郑　雪 (深信服). "
    "Fifteen '支持单位' boxes over a hollow 'SUPPORT', ten '支持媒体' boxes over a hollow 'MEDIA' (the tenth alone at the "
    "left), the foot line '主办：中国 Linux 内核开发者大会组委会　　承办：广西大学计算机与电子信息学院'. %s talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 190, 218, 230, 237): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('刘　静' -> '刘静', '徐　翀' -> '徐翀', 'Jakob Lindberg' -> "
    "'JakobLindberg'); host is the chair printed for the forum covering the slot, null for breaks; start/end HH:MM on a "
    "24-hour clock; where two speakers are printed each has his own affiliation, in printed order (top, then bottom); "
    "affiliations are the printed 'company job' exactly, run-together ones as printed ('广西大学副校长', '广西大学副教授', "
    "'阿里云弹性计算内核工程师'), spaced ones with their spaces ('麒麟软件 内核研发总监', '中国移动云能力中心 系统工程师'), the "
    "one with a full-width comma whole ('字节跳动 STE 内核团队负责人，Linux 社区 Reviewer'); '开幕致辞' with a speaker is a "
    "talk, '开场' without a speaker a break; 茶歇 and 午餐 are breaks; '午餐' closes 主论坛; an afternoon forum ends with "
    "its last talk; every forum carries the edition's date. ONE invented edition, CLK 6249 (第4244届, 南宁, Saturday "
    "6249-10-27; the date box prints '10月27日' without a year, as 2023's does; the year is the '6249' of the CLK "
    "mark), as ONE whole-agenda image 1080 wide, JPEG q85, in the organisers' 2023 family with new colours, with "
    "CLK2025's six forum folder names (without their numbers); one entry holding its six forums in printed order, "
    "which is folder order: 主论坛 (across the page), 内存管理与优化分论坛 (across), 文件系统与存储分论坛 (left column), "
    "调度、性能与调试分论坛 (right), 硬件架构与异构计算分论坛 (left), AI 基础设施与 eBPF 应用分论坛 (right). Headers, logo "
    "lines, the introduction, the address, the date box, the hollow 'AGENDA', 'SUPPORT' and 'MEDIA', support units, "
    "media and the foot line are never part of a name, a title or a slot; the numerals '01'..'05' are no part of a "
    "forum's name. Judgement calls: (1) FORUM NAMES are CLK2025's folder names without their numbers; the headings "
    "print a space before '分论坛' as 2023 prints its own ('调度、性能与调试 分论坛'): the forum is still the folder name, "
    "without that space. In its column AI 基础设施与 eBPF 应用分论坛's heading is set over TWO lines, 'AI 基础设施与 eBPF "
    "应用' / '分论坛': one name, the lines joined without the space ('…eBPF 应用分论坛'); the second line is no heading "
    "of its own. (2) TWO FORUMS SIDE BY SIDE: each column is ONE forum from its heading to its closing bar; nothing in "
    "one column belongs to the other, whatever stands level with it (02 has 30-minute talks, 03 25-minute ones; 04 "
    "40-minute talks, 05 30-minute ones: rows standing level print different ranges, and the tea bands of a row do "
    "not stand level). (3) HOSTS: across the page the host is the name after '主持人：' at the RIGHT of the forum's "
    "name, with the unit under it; in a column the name after '主持人：' on the line between the forum's name and its "
    "bar (黄志强, 刘静, 周建军, 马超, 林晓东, 王斌); every talk and the round table of that forum carry that host, breaks "
    "none; the unit printed with the host is no affiliation, no part of the forum's name and no slot. The round "
    "table's own '主持人：' (陈晓峰), printed inside the timeline under its title, is its moderator, a speaker of that "
    "slot, not the forum's host (黄志强), although both are printed after '主持人：'. (4) SHARED RANGES, as 2023 prints "
    "them: a range printed once over several talks (the later ones with no range and no dot) gives EACH of those talks "
    "that range, and each is its own talk with its own speaker, never a second speaker or a continuation of the talk "
    "above: 内存管理与优化分论坛 14:00-15:00 谢婷, then 杨超, then 徐磊 (three talks, across the page); 硬件架构与异构计算"
    "分论坛 15:45-16:45 谭涛 and 许晓敏 (one talk, two speakers), then 叶飞 (in a column). So a start repeats inside "
    "those forums. (5) The round table is ONE slot of kind 'panel': the moderator first (陈晓峰), then the FOUR guests "
    "in printed order (杨建国, 孙丽, 郭志刚, 罗文), one affiliation each; the title keeps '圆桌论坛：'; '主持人：' and "
    "'嘉宾：' are labels. (6) Two speakers of one talk stand on two lines, each with the 'company job' of his own line "
    "(李明/赵丽娟, 梁志伟/宋佳, 胡文杰/韦丽萍, 邓志勇/陈静, 曹伟/黄丽华, 谭涛/许晓敏, 蒋文斌/郑雪); all seven pairs are of one "
    "organisation with two jobs. (7) Jakob Lindberg's 'company job' does not fit his column and is printed over two "
    "lines from the same left edge ('Microsoft Principal' / 'Software Engineer'): one affiliation, joined with a space; "
    "its second line is no speaker. (8) Titles wrapped over two or three lines are one title, the source string: "
    "lines joined with a space where the line broke at a space between two Latin words ('…of Kernel' / 'Regressions…', "
    "'…Ate 30%' / 'of Our Throughput', '…Allocations on a' / '384-Core Box', '…64k base' / 'pages'), with nothing "
    "added after a full-width '：' or '？' or where a break falls between or inside Chinese words ('…上游补' / '丁买单', "
    "'…增量备份中的吞' / '吐瓶颈', '…导致的文件系' / '统只读：…', '…卡顿分' / '析中的妙用', '…打时' / '间戳：…') or "
    "between a Chinese word and a Latin one where the title has no space ('FUSE 直通模式（passthrough）' / '的性能测试…'). "
    "English titles keep their printed case ('what we learned moving redis to 64k base pages'). (9) The 2023 image "
    "prints no hosts, no lunch, no morning tea and no columns; these are this designer's choices (the brief asks for "
    "hosts, tea and lunch). Surnames in a real programme's proportions: of the 62 Chinese people (hosts, moderator and "
    "guests included) 18 bear one of the five commonest (王 4, 李 4, 陈 4, 张 3, 刘 3), 39 one of the twenty the brief "
    "names (all twenty present), 21 other common surnames once each (韦 and 黎 among them, both common in Guangxi), two "
    "a rare one (蒙立新, the host school's vice-president; 覃海燕, a speaker of 主论坛: both surnames met in Guangxi); given "
    "names are everyday ones (伟, 磊, 涛, 静, 婷, 斌, 鹏, 志强, 建国, 海涛, 晓明 and the like), four with a less common "
    "character a parent chooses (刘旻, 周玥, 徐翀, 陈昱); 26 of the 62 names have two characters and are printed padded. "
    "One Latin-lettered speaker (Jakob Lindberg); seven English-only titles (two in 内存管理与优化分论坛, one in each other "
    "forum).")
COUNTS = "7 + 9 + 7 + 8 + 7 + 8"
SHARED = ["page_owner 开销太大？一种轻量内存泄漏画像方法", "what we learned moving redis to 64k base pages",
          "DPU 卡上跑一份 Linux：宿主与卡间的 PCIe 共享内存通道"]
WRAPPED = [
    ['把内核缺陷挡在合入之前：', '一个发行版厂商的补丁评审流水线'],
    ['Linux 在工业 PLC 上跑了八年：', '我们踩过的实时性坑'],
    ['从单一架构到六种指令集：', '发行版内核的构建矩阵如何不失控'],
    ['Counting Every Cycle: A Year of Kernel', 'Regressions Found by Nightly Benchmarks'],
    ['高校如何参与内核主线开发：', '广西大学操作系统课程的实践'],
    ['圆桌论坛：芯片厂商、发行版与社区，谁来为上游补', '丁买单'],
    ['大页拆分与合并的来回拉扯：', '一个数据库实例的 RSS 之谜'],
    ['page_owner 开销太大？', '一种轻量内存泄漏画像方法'],
    ['what we learned moving redis to 64k base', 'pages'],
    ['内存 cgroup 回收的公平性：', '高优先级容器为何仍被回收'],
    ['Where Did 6 GB Go? Per-CPU Allocations on a', '384-Core Box'],
    ['Btrfs 发送/接收在增量备份中的吞', '吐瓶颈'],
    ['车机 U 盘拔插导致的文件系', '统只读：vfat 错误处理的改进'],
    ['用 blktrace 找回丢失的 2 毫秒：', '一次 SSD 延迟毛刺排查'],
    ['Tuning NFS Client Delegations', 'for Build Farms'],
    ['virtiofs 在安全容器里的', '元数据缓存策略'],
    ['dm-verity 校验在 OTA 升级后的', '开机时间影响'],
    ['FUSE 直通模式（passthrough）', '的性能测试与上游进展'],
    ['一次 CPU 频率抖动的定位：', 'schedutil 与温控的博弈'],
    ['sched_ext 调度器的热更新：', '不停机替换调度策略'],
    ['Finding the Lock That Ate 30%', 'of Our Throughput'],
    ['vmcore 太大传不回来：', '基于最小化转储的远程故障分析'],
    ['call_rcu 洪峰：', '容器频繁销毁时的回调积压'],
    ['ftrace 直方图触发器在音频卡顿分', '析中的妙用'],
    ['锁依赖检查 lockdep 在驱动开发', '中的误报与真凶'],
    ['KUnit 测试用例', '自动生成的初步探索'],
    ['龙架构 LASX 向量寄存器', '的惰性保存'],
    ['RISC-V 服务器固件与内核', '的握手：SBI 扩展的取舍'],
    ['Bringing Up Linux on a Chiplet', 'SoC with Non-Uniform', 'Interconnect'],
    ['显卡驱动的 GPU 复位与', '上下文恢复'],
    ['DPU 卡上跑一份 Linux：', '宿主与卡间的 PCIe 共享内存通道'],
    ['机密虚拟机里的时钟源：', 'TDX 下 TSC 可信问题'],
    ['x86 与 ARM64 内存模型差异导致', '的驱动并发问题'],
    ['千卡训练任务的启动为何', '要十分钟：内核侧的剖析'],
    ['用 eBPF 给每个训练 step 打时', '间戳：通信与计算的重叠分析'],
    ['Keeping BPF Maps Consistent', 'Across Program Upgrades'],
    ['大模型推理进程的 NUMA 绑核与', '大页预热'],
    ['BPF 验证器拒绝了我们的程序：', '十类报错的改写套路'],
    ['模型权重加载的页缓存预热：', '从 fadvise 到自研预读'],
    ['用 BPF LSM 为训练容器', '加一道文件访问闸门'],
]


COMMON5 = "王李张刘陈"  # the five commonest surnames: about three Chinese in ten
COMMON20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = "覃蒙"  # the set's rare surnames, both met in Guangxi, where the edition is
# Given names as a real programme prints them: everyday characters, and now and then a less common one a parent
# chooses (RARE_GIVEN, exactly these four people).
EVERYDAY = set("伟明磊涛军华勇强杰婷静丽鹏飞斌超建志刚文海波辉峰云宏立俊浩然洋帆敏芳倩雪亮怡国娟萍燕晓东新平佳娜"
               "庆梅博鑫令思远秀宇航")
RARE_GIVEN = {"刘旻": "旻", "周玥": "玥", "徐翀": "翀", "陈昱": "昱"}


def people(forums):
    out = []
    for f in forums:
        if f["host"]:
            out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def surname_counts():
    chinese = [p for p in people(FORUMS) if not re.match(r"[A-Za-z]", p)]
    return (len(chinese), sum(p[0] in COMMON5 for p in chinese), sum(p[0] in COMMON20 for p in chinese),
            sorted(p for p in chinese if p[0] in UNCOMMON), sum(len(p) == 2 for p in chinese))


def listing_forums():
    """CLK2025's forum folders without their numbers, in folder order (None when the corpus is not there)."""
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if not os.path.exists(p):
        return None
    folders = {}
    for line in open(p, encoding="utf-8").read().splitlines()[1:]:
        path = line.split("\t")[0]
        if "/" in path:
            num, _, name = path.split("/")[0].partition(" ")
            folders[int(num)] = name
    return [folders[n] for n in sorted(folders)]


def check(poster):
    assert [f["name"] for f in FORUMS] == CLK2025_FORUMS
    lf = listing_forums()
    assert lf is None or lf == CLK2025_FORUMS, lf
    assert ROWS == [[0], [1], [2, 3], [4, 5]]
    assert [" ".join(ED["_names"][i]) for i in (2, 3, 4, 5)] == [printed_name(ED, FORUMS[i]) for i in (2, 3, 4, 5)]
    assert [len(ED["_names"][i]) for i in (2, 3, 4, 5)] == [1, 1, 1, 2], ED["_names"]
    everybody = people(FORUMS)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
    chinese = [p for p in everybody if not re.match(r"[A-Za-z]", p)]
    for p in chinese:
        assert 2 <= len(p) <= 3, p
        odd = [c for c in p[1:] if c not in EVERYDAY]
        assert odd == ([RARE_GIVEN[p]] if p in RARE_GIVEN else []), (p, odd)
    n_cn, n5, n20, rare, n2 = surname_counts()
    assert (n_cn, n5, n20) == N_PEOPLE, (n_cn, n5, n20)
    assert sorted(p[0] for p in rare) == sorted(UNCOMMON), rare
    assert n2 == N_TWO, n2
    assert saturday(poster["date"]), poster["date"]
    d = datetime.date(*map(int, poster["date"].split("-")))
    assert ED["date_text"] == "%d月%d日" % (d.month, d.day) and ED["nth"] == "第%d届中国" % (d.year - 2005)
    assert ED["year"] == str(d.year) and "第 %d 届" % (d.year - 2005) in ED["intro"]
    titles = []
    for f, src in zip(poster["forums"], FORUMS):
        assert f["date"] == poster["date"]
        titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
        prev = None
        for s, raw in zip(f["slots"], src["slots"]):
            assert s["start"] < s["end"], s
            if raw["shared"]:  # printed under the range of the talk before it: the same range
                assert prev["kind"] == "talk" and (s["start"], s["end"]) == (prev["start"], prev["end"]), s
            elif prev is not None:
                assert s["start"] == prev["end"], s
            prev = s
            assert s["host"] == (None if s["kind"] == "break" else plain(src["host"])), s
            assert s["host"] not in s["speakers"], s
            assert len(s["speakers"]) == len(s["affiliations"]), s
            assert (len(s["speakers"]) == 0) == (s["kind"] == "break"), s
            if s["kind"] == "talk":
                assert 1 <= len(s["speakers"]) <= 2, s
            if s["kind"] == "panel":
                assert len(s["speakers"]) == 5, s
        starts = [s["start"] for s in f["slots"]]
        assert f["forum"] == "主论坛" and starts[0] == "09:00" or f["forum"] != "主论坛" and starts[0] == "13:30"
        assert sum(s["title"] == "茶歇" for s in f["slots"]) == 1, f["forum"]
        assert f["forum"] == "主论坛" or f["slots"][-1]["kind"] == "talk"
    assert [f["slots"][-1]["end"] for f in poster["forums"]] == ENDS
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv") + glob.glob("/work/shared/corpus/years/CLK2022/README.md")
    if listings:
        text = "".join(open(p, encoding="utf-8").read() for p in listings)
        for n in everybody:
            assert plain(n) not in text, n
        for t in titles:
            assert t not in text, t
    slots = [s for f in FORUMS for s in f["slots"]]
    assert [(f["name"], s["kind"]) for f in FORUMS for s in f["slots"] if s["kind"] == "panel"] == [("主论坛", "panel")]
    assert FORUMS[0]["slots"][-1]["title"] == "午餐" and all(f["slots"][-1]["title"] != "午餐" for f in FORUMS[1:])
    assert [(s["kind"], s["title"]) for s in FORUMS[0]["slots"][:2]] == [("break", "开场"), ("talk", "开幕致辞")]
    names = [sp["name"] for s in slots for sp in s["sp"]]
    assert [n for n in names if re.match(r"[A-Za-z]", n)] == ["Jakob Lindberg"]
    english = [sum(bool(re.fullmatch(r"[A-Za-z0-9 :,'_%\-./?]+", s["title"])) for s in f["slots"] if s["kind"] == "talk")
               for f in FORUMS]
    assert english == ENGLISH, english
    assert [sum(len(s["sp"]) == 2 for s in f["slots"] if s["kind"] == "talk") for f in FORUMS] == TWO_SPEAKERS
    assert all(len(s.get("_tl", [])) <= 3 for s in slots)
    assert [s["_tl"][0] for s in slots if len(s.get("_tl", [])) == 3] == ["Bringing Up Linux on a Chiplet"]
    assert all(len(s["_tl"][-1].replace(" ", "")) >= 2 for s in slots if len(s.get("_tl", [])) > 1)
    assert [s["title"] for s in slots if s["shared"]] == SHARED
    for s in slots:  # a wrapped title is its lines joined with a space only between two Latin ends
        tl = s.get("_tl", [s["title"]])
        joined = tl[0]
        for ln in tl[1:]:
            joined += (" " if re.match(r"[A-Za-z0-9]", joined[-1]) and re.match(r"[A-Za-z0-9]", ln) else "") + ln
        assert joined.replace(" ", "") == s["title"].replace(" ", ""), (tl, s["title"])
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]


N_PEOPLE = (62, 18, 39)
N_TWO = 26
ENDS = ["13:30", "17:50", "17:20", "17:05", "18:05", "17:45"]
ENGLISH = [1, 2, 1, 1, 1, 1]
TWO_SPEAKERS = [1, 2, 1, 1, 1, 1]
SIZE = (11000, 16000)


def main():
    draft = bool(os.environ.get("DRAFT"))
    im = draw(ED)
    assert im.size[0] == 1080 and SIZE[0] <= im.size[1] <= SIZE[1], im.size
    if draft:  # the lossless page, only to look at it while designing
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85, subsampling=2, optimize=False, progressive=False)
    data = buf.getvalue()
    path = os.path.join(HERE, FILE)
    with open(path, "wb") as fh:
        fh.write(data)
    jpg_size = len(data)
    print("%s %d x %d %d bytes" % ((FILE,) + im.size + (jpg_size,)))
    with Image.open(path) as back:
        assert back.size == im.size and back.format == "JPEG", back.info
    assert 1_000_000 <= jpg_size <= 5_000_000, jpg_size
    forums = forum_truth(FORUMS, DATE)
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in forums)
    poster = {"file": FILE, "layout": LAYOUT % (im.size + (jpg_size / 1e6, counts)), "date": DATE, "forums": forums}
    n = check(poster)
    print("scored talks", n, counts, "surnames (chinese, top5, top20, rare, two-character)", surname_counts())
    for tl in wrapped_titles():
        print("wrapped", tl)
    for al in wrapped_affs():
        print("wrapped aff", al)
    assert 42 <= n <= 55, n
    assert counts == COUNTS, counts
    assert draft or wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [["Microsoft Principal", "Software Engineer"]], wrapped_affs()
    truth = {"written": "2026-12-11", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
