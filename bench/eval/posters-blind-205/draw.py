"""Draw the two-hundred-and-fifth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the six Screenshot_7205-10-18-21-34-*_com.tencent.mm.png and truth.json next to this
      file (DRAFT=1: also tmp/draft.png, the organisers' image at 1080 wide, and none of the fixed-layout asserts).
Every string printed on the image comes from the data below, so truth.json and the pictures cannot drift apart.
Randomness only from seeded Random instances.

ONE invented edition, CLK 7205 (第5200届, 佛山, Saturday 7205-10-22), with CLK2025's six forum folders (without their
numbers, in folder order), drawn as the ONE whole-agenda JPEG of its year (as CLK2025's CLK2025全部议程.jpg; 1080 wide,
in memory only) in the organisers' 2023 family (CLK2023全部议程.png): logo lines, 'CLK' with the year raised in nested
outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin and the city, '地址：', a sphere,
a framed introduction, '大会议程' over a hollow 'AGENDA', per forum its heading (a big fading numeral behind the five
afternoon ones), a host line, the thick bar, the 2023 timeline (one range printed once over two talks, as 2023 does),
tea and lunch bands, a closing bar, '支持单位' / '支持媒体' over outlined boxes.  Then passed on as a reader would: opened
full-screen in a chat app's picture viewer on an Android phone (1080 x 2400), at the screen's width (1:1) between the
black status bar and the black three-button navigation bar, and saved as SIX screenshots (PNG) taken while scrolling
down by hand, a few lines of overlap each time.

Copied from posters-blind-200/draw.py (200 took most of them from set 154, itself from set 140 and sets 105, 103, 97,
90, 86, 78, 72, 68, 59 and 43), unchanged: font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext,
rtext, vgrad, grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain, saturday, REAL_NAMES, K, F, k, slanted,
outline_text, fading_numeral, pin, logo, clk_mark, inline, runs_width, background, listing_words, S, T, R, B,
truth_slot, LINES, AGENDA_END, put, pad, speaker_line, panel, is_band, slot, printed_name, heading, paint,
draw_poster, scaled, slot_lines, edge_cuts, whole, people, is_latin, COMMON, TOP5, TOP20, SLICE, CLEAR, the palette
(sampled by set 200 on the real 2023 image); adapted: plan_shots (no home indicator; up to seven stops; the seed a
constant), check (six forums read from CLK2025's listing, 42 to 55 scored talks, everyday given-name characters),
main (the organisers' image a JPEG q85, shown 1:1).  New: forum_names, SIX, status_bar (Android), nav_bar,
screenshot, shot_name, shot_clock, SHOT_*, NAV_H, PLAN_SEED, UNCOMMON, SURNAME_COUNTS, EVERYDAY, WRAPPED,
EXPECTED_CUTS, PHONE, LAYOUTS, NOTE and all the data.
"""
import datetime
import io
import json
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



# names of real speakers and hosts read on the real posters: the union of set 154's list (151's) and set 188's
# (173's), copied; none may be used.  The listings' names and deck titles are checked in check().
REAL_NAMES = sorted(set([
    "KuzinArtem", "LianboJiang", "付才", "伍勃", "伍勍", "何鲁港", "余昇锦", "余松平", "侯文龙", "刘守业", "刘忻", "刘海龙", "卢烈", "司延腾",
    "吴江波", "周俶易", "周傲易", "周威", "唐辉", "孙南勇", "宋卓", "宋恺睿", "宋牧春", "尹欣", "左泽", "巫强", "廖肇燕", "廖远鸿", "张友加", "张哲华", "张子扬",
    "张细锐", "张翼", "张雅兰", "张鹏", "彭志光", "徐静波", "慕冬亮", "晏艳", "曾庆凯", "朱彦军", "朱维希", "李培锋", "李志", "李扬韬", "李治军", "李泽帆", "李珍",
    "杜冬冬", "杨彦凝", "杨欢", "杨铠衔", "杨阳", "殷锋卫", "江锋", "潘睿", "王刘朴", "王子成", "王建政", "王海粟", "甄鹏", "白铠豪", "皮振伟", "祝嘉", "程杰",
    "罗宏震", "聂诚", "胡俊鹏", "胡璞", "荣乾锋", "蒲乐辉", "袁晓峰", "许珉嘉", "许琨嘉", "谈鉴锋", "谢旻晟", "谢昱晟", "谢柳杰", "谢欢", "谢淼", "谢雨来",
    "谢颂杨", "贺中坤", "赵天瑞", "赵宇", "赵桥", "路旭", "邹德清", "邹贻鹏", "郑堂权", "郑琦", "郑翔", "郭任", "郭健", "郭寒军", "郭纯海", "郭迎港", "陆扬",
    "陈凯", "陈华才", "陈培鸿", "陈越琦", "韩传华", "高亮", "黄睿", "黄靖", "黎红波", "龚睿奇"]))


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
    d.text((x, cy - k(70)), "CLK", font=cf, fill=(214, 246, 250), stroke_width=k(2), stroke_fill=pal["title"])
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
        for j, yy in enumerate(range(k(2400), h - k(800), k(1900))):
            im = glow(im, w - k(40) if j % 2 else k(40), yy, k(380), pal["glow1"] if j % 2 else pal["glow2"], 0.22)
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
            col = tuple(int(pal["glow1"][c] * (1 - t) * 0.9 + pal["shadow"][c] * t * 0.55) for c in range(3))
            d.ellipse([cx - j - (r - j) * 0.35, cy - j - (r - j) * 0.45, cx + j - (r - j) * 0.35,
                       cy + j - (r - j) * 0.45], fill=col)
        for j in range(4):  # streaks low on the sides, as the 2023 image has them
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - k(260)), yy - k(300))], fill=pal["streak"], width=k(3))
        return grain(im, ed["seed"], ed["grain"], ed["cell"])
    return bg








def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 134's, from set 71 through sets 79, 104, 106 and 118)."""
    base = "/work/shared/corpus/"
    text = []
    for y in ("2022", "2023", "2024", "2025"):
        p = base + "listings/CLK%s.tsv" % y
        if os.path.exists(p):
            with open(p, encoding="utf-8") as fh:
                text += [ln.split("\t")[0] for ln in fh.read().splitlines()[1:]]
    p = base + "years/CLK2022/README.md"
    if os.path.exists(p):
        with open(p, encoding="utf-8") as fh:
            text.append(fh.read())
    return "\n".join(text)




# ===========================================================================
# Data.  S(name, 'company job' as printed); T a talk (shared=True: printed under the range of the talk before it,
# as 2023 prints two talks under one range; it repeats that range); R a round table (kind 'panel': moderator, then
# the guests in printed order); B a break.  Two speakers stand on two lines (as 2023).
def S(name, affiliation):
    return {"name": name, "aff": affiliation}


def T(start, end, title, speakers, shared=False):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "shared": shared}


def R(start, end, title, moderator, guests):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests, "shared": False}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "shared": False}


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": plain(host) if s["kind"] != "break" else None}




def forum_names():
    """CLK2025's six forum folders, without their numbers, in folder order (read from the listing when the corpus is
    there; the list below is what it gives)."""
    names = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
             "AI 基础设施与 eBPF 应用分论坛"]
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if os.path.exists(p):
        with open(p, encoding="utf-8") as fh:
            seen = []
            for ln in fh.read().splitlines()[1:]:
                path = ln.split("\t")[0]
                if "/" in path:
                    folder = path.split("/")[0]
                    num, _, name = folder.partition(" ")
                    if num.isdigit() and name not in seen:
                        seen.append(name)
        assert seen == names, seen
    return names


SIX = forum_names()

EDITION = "CLK 7205"
DATE = "7205-10-22"
YEAR = "7205"
NTH = "第5200届中国"  # 2023 was the 18th: 7205 - 2005
FORUMS = [
    {"name": "主论坛", "host": "王建军", "unit": "华为 开源操作系统部总监", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [S("亓国华", "佛山科学技术学院副校长")]),
        T("09:20", "09:50", "Linux 内核上游贡献十年：从第一个补丁到子系统维护者", [S("李志强", "阿里云 操作系统首席架构师")]),
        T("09:50", "10:20", "面向智算中心的操作系统：内核在万卡集群中的角色与挑战",
          [S("张建华", "字节跳动 系统技术与工程负责人"), S("刘文杰", "字节跳动 内核架构师")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "The Long Tail of LTS Kernels: Keeping Old Branches Alive", [S("陈志伟", "腾讯 TencentOS 内核负责人")]),
        T("11:05", "11:35", "国产芯片生态下的内核多架构统一维护实践", [S("杨俊", "麒麟软件 内核研发总监")]),
        T("11:35", "12:05", "十亿台手机的经验：终端设备上的内核能效优化", [S("黄丽娟", "OPPO 内核技术专家")]),
        R("12:05", "12:45", "圆桌论坛：大模型时代，内核开发者的机遇、挑战与成长路径",
          S("高翔", "Linux 内核之旅社区发起人"),
          [S("赵雪梅", "中山大学 计算机学院副教授"), S("周杰", "vivo 内核首席工程师"),
           S("冼伟明", "美的集团 嵌入式系统专家"), S("孙强", "龙芯中科 系统软件部总监")]),
        B("12:45", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "host": "李晓东", "unit": "阿里云 内核内存组负责人", "slots": [
        T("13:30", "14:00", "大页内存在数据库场景下的碎片治理与分配成功率提升实践", [S("王磊", "腾讯云 高级内核工程师")]),
        T("14:00", "14:30", "Memory Tiering with DAMON: Hot Page Promotion on CXL Servers",
          [S("刘洋", "字节跳动 Linux 内核工程师")]),
        T("14:30", "15:00", "手机场景下 LRU 老化策略的改进与实测",
          [S("陈婷", "荣耀 内核工程师"), S("郑凯", "荣耀 性能专家")]),
        T("15:00", "15:30", "memcg 内存回收延迟分析：direct reclaim 的瓶颈与优化", [S("吴涛", "美团 基础架构内核工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:50", "KSM 在云桌面场景下的去重收益评估", [S("胡敏", "天翼云 虚拟化工程师")]),
        T("15:50", "16:50", "virtio-mem 内存热插拔在虚拟机弹性伸缩中的实践", [S("梁栋", "移动云 云计算工程师")], shared=True),
        T("16:50", "17:20", "Reducing TLB Shootdowns on Large Multi-Socket Machines",
          [S("许晨", "英特尔 软件工程师"), S("马骏", "英特尔 资深内核工程师")]),
        T("17:20", "17:50", "slab 内存泄漏的在线定位方法与工具", [S("曹阳", "浪潮信息 内核工程师")]),
    ]},
    {"name": "文件系统与存储分论坛", "host": "张勇", "unit": "华为 存储内核专家", "slots": [
        T("13:30", "13:55", "XFS 在线修复（online repair）在生产环境的试用报告", [S("徐飞", "京东 存储工程师")]),
        T("13:55", "14:20", "Btrfs RAID1 在边缘存储节点上的可靠性实践", [S("周晓燕", "统信软件 文件系统工程师")]),
        T("14:20", "14:45", "io_uring 驱动的用户态存储引擎：零拷贝与轮询模式的取舍", [S("王丽华", "蚂蚁集团 存储内核工程师")]),
        T("14:45", "15:10", "NVMe over TCP Offload: Latency Analysis on 100GbE Networks", [S("郭亮", "新华三 存储软件工程师")]),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "FUSE 直通模式在 AI 训练数据读取中的收益",
          [S("李静", "百度 系统部工程师"), S("韩冰", "百度 高级工程师")]),
        T("15:50", "16:15", "OverlayFS 在容器镜像加载中的元数据开销分析", [S("罗宇", "网易数帆 云原生工程师")]),
        T("16:15", "16:40", "dm-verity 与 fs-verity 在车载系统中的完整性保护",
          [S("赵军", "理想汽车 系统软件工程师"), S("蒋文", "理想汽车 安全工程师")]),
        T("16:40", "17:05", "Block Layer Multi-Queue Scheduling for Mixed Workloads", [S("刘斌", "长江存储 固件与驱动工程师")]),
    ]},
    {"name": "调度、性能与调试分论坛", "host": "陈晓明", "unit": "统信软件 内核研发总监", "slots": [
        T("13:30", "14:00", "基于 sched_ext 的视频转码任务调度器", [S("黄华", "快手 内核工程师")]),
        T("14:00", "14:30", "Lock Contention Analysis at Scale: perf lock, BPF and Beyond",
          [S("Lukas Brandt", "SUSE Senior Performance Engineer")]),
        T("14:30", "15:00", "kdump 与 vmcore 自动分析平台的建设",
          [S("王海涛", "中兴通讯 操作系统专家"), S("肖雪", "中兴通讯 软件工程师")]),
        T("15:00", "15:30", "CPU 隔离与 nohz_full 在低延迟交易系统中的调优", [S("朱峰", "恒生电子 系统架构师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "内核 Oops 的自动归因：从日志到补丁定位", [S("何平", "联想 服务器软件工程师")]),
        T("16:15", "16:45", "PREEMPT_RT 合入主线之后：实时性能的回归测试体系", [S("田野", "中国科学院软件研究所 助理研究员")]),
        T("16:45", "17:15", "Energy-Aware Scheduling on Arm Laptops: What the Numbers Say", [S("杨帆", "Arm 高级软件工程师")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "host": "刘海燕", "unit": "龙芯中科 内核研发部经理", "slots": [
        T("13:30", "13:55", "RISC-V 服务器平台上 ACPI 与设备树双栈支持的现状与问题", [S("张丽", "平头哥 系统软件工程师")]),
        T("13:55", "14:20", "LoongArch 虚拟化中的中断直通实现", [S("邓辉", "龙芯中科 虚拟化工程师")]),
        T("14:20", "14:45", "ARM64 MPAM 资源隔离在混部集群中的应用", [S("林娜", "华为 鲲鹏内核工程师")]),
        T("14:45", "15:10", "CXL Type 3 Device Bring-up: Firmware, Driver and Kernel", [S("宋扬", "澜起科技 系统软件工程师")]),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "国产 GPU 驱动的 DRM 子系统适配与上游化",
          [S("王伟", "摩尔线程 驱动架构师"), S("彭程", "摩尔线程 驱动工程师")]),
        T("15:50", "16:15", "SR-IOV 与 SIOV：加速卡虚拟化的两条路线", [S("潘红", "海光信息 虚拟化工程师")]),
        T("16:15", "16:40", "NPU 内存管理与 DMA-BUF 共享的实践", [S("袁博", "寒武纪 驱动工程师")]),
        T("16:40", "17:05", "机密计算虚拟机的内核启动流程与远程度量", [S("唐建国", "飞腾信息 安全架构师")]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "host": "李鹏飞", "unit": "蚂蚁集团 基础设施部资深专家", "slots": [
        T("13:30", "13:55", "大模型推理服务的内核网络栈调优", [S("张超", "阿里云 网络内核工程师")]),
        T("13:55", "14:20", "训练任务 checkpoint 写入对页缓存的冲击与缓解", [S("陈刚", "商汤科技 系统工程师")]),
        T("14:20", "14:45", "BPF Verifier Errors Explained", [S("曾鑫", "字节跳动 eBPF 工程师")]),
        T("14:45", "15:10", "基于 eBPF 的容器逃逸检测与阻断",
          [S("吴佳", "奇安信 安全研究员"), S("董明辉", "奇安信 高级安全研究员")]),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "XDP 在大模型推理网关上的负载均衡实践", [S("李明", "美团 网络工程师")]),
        T("15:50", "16:15", "RDMA 网卡驱动在万卡集群中的稳定性问题复盘", [S("冯波", "百度智能云 网络工程师")]),
        T("16:15", "16:40", "BPF struct_ops 扩展 TCP 拥塞控制的生产实践",
          [S("谢颖", "网易 网络内核工程师"), S("杜鹏", "网易 高级工程师")]),
        T("16:40", "17:05", "Serving Model Weights from Page Cache: Cold Start Lessons", [S("蔡永强", "小红书 基础架构工程师")]),
    ]},
]
INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK），本届为第 5200 届，在广东佛山举行。大会由高校、"
         "企业与开源社区的内核开发者共同发起，秉持\u201c自由，协作，创新\u201d的理念，以推广 Linux 内核技术、促进内核开发者"
         "交流为使命。本届上午为主论坛，下午设五个分论坛同时进行，诚邀广大 Linux 内核开发者和爱好者参会交流。")
UNITS = ["佛山科技学院", "中山大学", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "美的集团", "蚂蚁集团",
         "龙芯中科", "英特尔"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "阅码场"]
# the colours of CLK2023全部议程.png (set 200's samples): page (3, 10, 25), teal (0, 243, 228), company-job blue
# (0, 116, 255), violet labels (202, 16, 253), the time line (15, 92, 187), tea and lunch bands (12, 42, 104)
PAL = {"bg": ((5, 12, 30), (3, 10, 25)), "title": (0, 243, 228), "aff": (0, 116, 255), "label": (202, 16, 253),
       "line": (15, 92, 187), "dot": (0, 116, 255), "band": (12, 42, 104), "bar": (0, 243, 228),
       "bar_ink": (3, 10, 25), "num": (0, 206, 194), "glow1": (92, 48, 232), "glow2": (0, 150, 214),
       "shadow": (128, 40, 226), "streak": (70, 30, 136)}
ED = {"forums": FORUMS, "pal": PAL, "year": YEAR, "nth": NTH, "date_text": "10月22日", "city": "佛山",
      "addr": "地址：佛山潭州国际会展中心", "intro": INTRO, "units": UNITS, "media": MEDIA,
      "seed": 20501, "intro_y": 994, "foot_pad": 76, "K": 1.0, "W": 1080, "grain": 0.002, "cell": 3}
# ===========================================================================
# Painting: the 2023 timeline.  Every printed line is logged (its glyphs' top and bottom on the poster, what it
# is and which slot it belongs to), so that the crop can be placed and checked against the text.
LINES = []
AGENDA_END = [0]


def put(d, xy, text, f, fill, what, key, anchor="la"):
    d.text(xy, text, font=f, fill=fill, anchor=anchor)
    b = d.textbbox(xy, text, font=f, anchor=anchor)
    LINES.append({"top": b[1], "bottom": b[3], "left": b[0], "right": b[2], "what": what, "key": key, "text": text})


def pad(name):
    """2023 pads a two-character Chinese name to the width of three ('郑　琦'); Latin names stay as they are."""
    if len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name):
        return name[0] + "\u3000" + name[1]
    return name


def speaker_line(d, x, y, sp, right, key):
    """'padded name  company job' at the line whose top is y: the name 28 px white, the company 20 px blue from a
    column after three characters (or after a longer name).  Returns the next line's top."""
    nf, af = F(28), F(20)
    name = pad(sp["name"])
    ax = max(x + tw(d, "国国国", nf) + k(22), x + tw(d, name, nf) + k(22))
    put(d, (x, y + k(31)), name, nf, WHITE, "name", key, "ls")
    put(d, (ax, y + k(30)), fits(d, sp["aff"], af, right - ax), af, PAL["aff"], "aff", key, "ls")
    return y + k(40)


def panel(d, CX, y, s, right, key):
    """2023's round table: '主持人：' and '嘉宾：' on lines of their own, one speaker line each under them."""
    mod, guests = s["sp"][0], s["sp"][1:]
    lf = F(28)
    put(d, (CX, y), "主持人：", lf, PAL["label"], "label", key)
    y = speaker_line(d, CX, y + k(40), mod, right, key)
    put(d, (CX, y), "嘉宾：", lf, PAL["label"], "label", key)
    y += k(40)
    for g in guests:
        y = speaker_line(d, CX, y, g, right, key)
    return y


def is_band(s):
    return s["kind"] == "break" and s["title"].startswith(BANDS)


def slot(im, d, X0, X1, LX, CX, y, s, key):
    """One slot of the timeline, its title's top at y.  Returns the next slot's title top.  A shared talk (set 146's
    form) prints no range and no dot: it stands under the talk before it."""
    right = im.size[0] - k(50)
    rf, tf = F(30, True), F(30, True)
    if s["kind"] == "break" and not is_band(s):  # 开场: a plain row, as 2023 prints it
        put(d, (X0, y + k(3)), rng(s), rf, WHITE, "range", key)
        d.ellipse([LX - k(4), y + k(19), LX + k(4), y + k(27)], fill=PAL["dot"])
        put(d, (CX, y), s["title"], tf, PAL["title"], "title", key)
        return y + k(80)
    if s["kind"] == "break":  # 茶歇 / 午餐: the 2023 band
        top = y - k(27)
        d.rectangle([X0, top, X1, top + k(82)], fill=PAL["band"])
        put(d, (X0, top + k(20)), rng(s), rf, WHITE, "range", key)
        d.ellipse([LX - k(4), top + k(37), LX + k(4), top + k(45)], fill=PAL["dot"])
        put(d, (CX, top + k(17)), s["title"], tf, PAL["title"], "title", key)
        return top + k(82) + k(80)
    if not s["shared"]:  # a shared talk prints no range and no dot (2023's second talk under '14:00-15:00')
        put(d, (X0, y + k(3)), rng(s), rf, WHITE, "range", key)
        d.ellipse([LX - k(4), y + k(19), LX + k(4), y + k(27)], fill=PAL["dot"])
    tl = wrap(d, s["title"], tf, right - CX)  # greedy, as 2023 breaks its titles
    s["_tl"] = tl
    for ln in tl:
        put(d, (CX, y), ln, tf, PAL["title"], "title", key)
        y += k(40)
    if s["kind"] == "panel":
        y = panel(d, CX, y, s, right, key)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, CX, y, sp, right, key)
    return y + k(40)


def printed_name(f):
    """The heading as printed: a space before '分论坛', as the 2023 image prints '内存管理 分论坛'."""
    n = f["name"]
    if n.endswith("分论坛") and not n.endswith(" 分论坛"):
        n = n[:-3] + " 分论坛"
    return n


def heading(im, d, X0, X1, y, i, f):
    """A forum's heading: its name as printed (a big fading numeral behind the afternoon ones), then the host on a
    line of its own ('主持人：padded name　unit'), then the 2023 thick bar.  Returns the first slot's title top."""
    key = (i, None)
    name = printed_name(f)
    if i == 0:
        nf = F(52, True)
        ny = y + k(40)
        put(d, (X0, ny), name, nf, WHITE, "heading", key)
    else:
        fading_numeral(im, X0 - k(4), y, "%02d" % i, F(112, True), PAL["num"], PAL["bg"][0])
        ny = y + k(58)
        nf = F(50, True)
        d.text((X0, ny), fits(d, name, nf, X1 - X0), font=nf, fill=WHITE, stroke_width=k(1),
               stroke_fill=PAL["bg"][0])
        b = d.textbbox((X0, ny), name, font=nf)
        LINES.append({"top": b[1], "bottom": b[3], "left": b[0], "right": b[2], "what": "heading", "key": key, "text": name})
    base = ny + k(112)
    x = X0
    for text, ff, col in (("主持人：", F(26), PAL["label"]), (pad(f["host"]), F(28, True), WHITE), ("　", F(20), WHITE),
                          (f["unit"], F(20), PAL["aff"])):
        put(d, (x, base), text, ff, col, "host", key, "ls")
        x += tw(d, text, ff)
    assert x <= X1, ("host line too wide", f["name"])
    y = base + k(30)
    d.rectangle([X0, y, X1, y + k(18)], fill=PAL["bar"])
    return y + k(18) + k(92)


def paint(im, d):
    W = im.size[0]
    pal = PAL
    ed = ED
    LINES.clear()
    X0, X1 = k(90), W - k(92)
    logo(d, X0, k(40), pal)
    clk_mark(d, W, ed["year"], pal)
    slanted(im, X0, k(262), ed["nth"], F(80, True), WHITE, pal["shadow"])
    slanted(im, X0, k(352), "Linux 内核开发者大会", F(80, True), WHITE, pal["shadow"])
    # the date box: an outlined box with ticks, the date (no year, as 2023), a pin and the city
    bf = F(34, True)
    bw = tw(d, ed["date_text"], bf) + k(30) + k(30) + tw(d, ed["city"], bf) + k(70)
    d.rectangle([X0, k(476), X0 + bw, k(538)], outline=WHITE, width=k(2))
    d.line([(X0 + k(30), k(470)), (X0 + k(90), k(470))], fill=WHITE, width=k(4))
    d.line([(X0 + bw - k(90), k(544)), (X0 + bw - k(30), k(544))], fill=WHITE, width=k(4))
    x = X0 + k(36)
    put(d, (x, k(484)), ed["date_text"], bf, WHITE, "head", None)
    x += tw(d, ed["date_text"], bf) + k(30)
    pin(d, x, k(490), WHITE, pal["bg"][0], k(26))
    put(d, (x + k(36), k(484)), ed["city"], bf, WHITE, "head", None)
    put(d, (X0, k(584)), ed["addr"], F(34, True), WHITE, "head", None)
    # the intro box
    y = k(ED["intro_y"])
    top = y
    y = para(d, X0 + k(32), y + k(36), ed["intro"], F(24), (224, 230, 240), X1 - X0 - k(64), k(48)) + k(24)
    d.rectangle([X0, top, X1, y], outline=tuple(int(c * 0.45) for c in pal["title"]), width=k(2))
    y += k(150)
    outline_text(im, W / 2, y + k(16), "AGENDA", F(110, True), tuple(int(c * 0.6) for c in pal["title"]))
    f66 = F(68, True)
    slanted(im, W / 2 - tw(d, "大会议程", f66) / 2, y, "大会议程", f66, WHITE, pal["shadow"])
    y += k(250)
    LX, CX = X0 + k(212), X0 + k(250)
    for i, f in enumerate(ed["forums"]):
        y = heading(im, d, X0, X1, y, i, f)
        top = y
        for j, s in enumerate(f["slots"]):
            y = slot(im, d, X0, X1, LX, CX, y, s, (i, j))
        bar = y - k(5) if not is_band(f["slots"][-1]) else y - k(62)
        d.line([(LX, top - k(60)), (LX, bar)], fill=pal["line"], width=k(2))
        d.rectangle([X0, bar, X1, bar + k(14)], fill=pal["bar"])
        y = bar + k(14) + k(130)
    AGENDA_END[0] = bar + k(14)  # the foot of the last forum's closing bar
    for label, hol, units in (("支持单位", "SUPPORT", ed["units"]), ("支持媒体", "SUPPORT", ed["media"])):
        outline_text(im, W / 2, y + k(14), hol, F(96, True), tuple(int(c * 0.6) for c in pal["title"]))
        f60 = F(60, True)
        slanted(im, W / 2 - tw(d, label, f60) / 2, y, label, f60, WHITE, pal["shadow"])
        y += k(170)
        bw, gap, bh = (X1 - X0 - 2 * k(40)) / 3, k(40), k(106)
        for j, u in enumerate(units):
            bx, by = X0 + (j % 3) * (bw + gap), y + (j // 3) * (bh + k(40))
            d.rectangle([bx, by, bx + bw, by + bh], outline=WHITE, width=k(2))
            ff = F(34, True)
            put(d, (bx + bw / 2 - tw(d, fits(d, u, ff, bw - k(20)), ff) / 2, by + bh / 2 - k(25)), u, ff, WHITE, "unit", None)
        y += ((len(units) + 2) // 3) * (bh + k(40)) + k(110)
    return y + k(ED["foot_pad"])


def draw_poster():
    global K
    K = ED["K"]
    return two_pass(ED["W"], paint, background(ED))




# ===========================================================================
# The phone: the organisers' JPEG opened full-screen in the chat app's picture viewer on an Android phone
# (1080 x 2400), the image shown at the screen's width (1080 -> 1080, 1:1) between an opaque black status bar and
# the black three-button navigation bar; the reader scrolls down by hand and takes a screenshot at each stop, a few
# lines of overlap each time, until the last forum has ended.  The screenshots are PNG, named as the phone's
# system (MIUI-style) names them.
SHOT_W, SHOT_H = 1080, 2400  # the screen
BAR_H = 96  # the status bar
NAV_H = 132  # the three-button navigation bar at the foot
VIEW = SHOT_H - BAR_H - NAV_H  # image rows shown between the two bars
SHOT_TIMES = ["21-34-08-117", "21-34-15-602", "21-34-22-349", "21-34-29-870", "21-34-37-205", "21-34-44-931",
              "21-34-52-418"]
SHOT_DAY = "7205-10-18"  # the Tuesday before the meeting
SHOT_BATTERY = ["76", "76", "76", "75", "75", "75", "75"]
W = 1080
PK = SHOT_W / W  # 1: the image is exactly as wide as the screen
OV_MIN, OV_MAX = 120, 280  # overlap between consecutive screenshots, in image rows (three to seven printed lines)
PLAN_SEED = 7272  # the seed of the stops (tried 7200..7299 and took one with six screenshots and slices at both edges)
SLICE = (0.2, 0.8)  # an edge through a line cuts it between 20 % and 80 % of its height ...
CLEAR = 3  # ... or stands at least 3 px off it


def scaled(ln):
    return (ln["left"] * PK, ln["top"] * PK, ln["right"] * PK, ln["bottom"] * PK, ln["text"])


def slot_lines():
    """Each slot's boxes at the screen's scale: (the lines that show its time and title: its range line, for a
    shared talk the range of the talk it stands under, and every title line; its other lines: speakers, labels)
    (set 200's)."""
    out = {}
    for i, f in enumerate(FORUMS):
        for j, s in enumerate(f["slots"]):
            r = j
            while f["slots"][r]["shared"]:
                r -= 1
            rl = [ln for ln in LINES if ln["key"] == (i, r) and ln["what"] == "range"]
            tl = [ln for ln in LINES if ln["key"] == (i, j) and ln["what"] == "title"]
            other = [ln for ln in LINES if ln["key"] == (i, j) and ln["what"] not in ("range", "title")]
            assert len(rl) == 1 and tl, (i, j)
            assert (len(other) > 0) == (s["kind"] != "break"), (i, j)
            out[(i, j)] = ([scaled(b) for b in rl + tl], [scaled(b) for b in other])
    return out


def edge_cuts(e, boxes):
    """The lines an edge at image row e slices, or None if it passes too near a line's top or foot (set 188's)."""
    cut = []
    for b in boxes:
        x0, y0, x1, y1, text = b
        if y1 <= e - CLEAR or y0 >= e + CLEAR:
            continue
        fr = (e - y0) / max(1e-6, y1 - y0)
        if not SLICE[0] <= fr <= SLICE[1]:
            return None
        cut.append(text)
    return cut


def whole(box, a):
    return box[1] >= a and box[3] <= a + VIEW


def plan_shots(boxes, slots, end, height):
    """The screenshots' first rows (set 200's, without the home indicator): the first at the image's top (or a few
    rows down), each next one OV_MIN..OV_MAX rows above where the last one ended, chosen (seeded) among the rows
    whose edges are clean and where no slot is counted with a speaker line cut; the last one also shows the last
    forum's closing bar with room to spare."""
    starts, counted = [], {}
    while len(counted) < len(slots):
        n = len(starts)
        assert n < 7, "more than seven screenshots"
        cands = range(0, 41) if n == 0 else [starts[-1] + VIEW - ov for ov in range(OV_MIN, OV_MAX + 1)]
        ok = []
        for a in cands:
            if a + VIEW > height:
                continue
            if (n and edge_cuts(a, boxes) is None) or edge_cuts(a + VIEW, boxes) is None:
                continue
            new = [s for s in slots if s not in counted and all(whole(b, a) for b in slots[s][0])]
            if not all(all(whole(b, a) for b in slots[s][1]) for s in new):
                continue
            if len(counted) + len(new) == len(slots) and a + VIEW < end + 60:
                continue  # the last screenshot shows the closing bar with room to spare
            ok.append((a, new))
        assert ok, ("no clean stop", n, starts, len(counted), len(slots))
        a, new = ok[0] if n == 0 else random.Random(PLAN_SEED + n).choice(ok)
        starts.append(a)
        for s in new:
            counted[s] = n
    return starts, counted


def status_bar(im, clock, battery):
    """An Android status bar, white on black: the clock and a chat app's notification icon at the left; signal
    bars for two SIMs, '5G', wifi, the battery's level and the battery at the right."""
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, SHOT_W, BAR_H - 1], fill=(0, 0, 0))
    d.text((54, 48), clock, font=font(36), fill=WHITE, anchor="lm")
    x = 54 + tw(d, clock, font(36)) + 22  # the chat app's icon: two overlapping speech bubbles
    d.ellipse([x, 34, x + 24, 54], outline=WHITE, width=3)
    d.polygon([(x + 4, 50), (x + 2, 60), (x + 12, 53)], fill=WHITE)
    d.ellipse([x + 12, 42, x + 36, 62], outline=WHITE, width=3)
    x = 700
    for sim in range(2):  # two SIMs' signal bars
        for i, h in enumerate((10, 16, 22, 28)):
            col = WHITE if (sim == 0 or i < 3) else (110, 110, 110)
            d.rectangle([x + i * 9, 62 - h, x + i * 9 + 5, 62], fill=col)
        x += 48
    d.text((x + 2, 48), "5G", font=font(26, True), fill=WHITE, anchor="lm")
    cx, cy = x + 78, 64  # wifi
    d.pieslice([cx - 7, cy - 12, cx + 7, cy + 2], 225, 315, fill=WHITE)
    for r in (17, 27):
        d.arc([cx - r, cy - r - 5, cx + r, cy + r - 5], 225, 315, fill=WHITE, width=5)
    d.text((952, 48), battery, font=font(28), fill=WHITE, anchor="rm")
    d.rounded_rectangle([960, 35, 1012, 61], radius=6, outline=WHITE, width=3)
    d.rounded_rectangle([965, 40, 965 + round(42 * int(battery) / 100), 56], radius=3, fill=WHITE)
    d.rounded_rectangle([1014, 43, 1019, 53], radius=2, fill=WHITE)


def nav_bar(im):
    """Android's three-button navigation bar, grey on black: back, home, recents."""
    d = ImageDraw.Draw(im)
    top = SHOT_H - NAV_H
    d.rectangle([0, top, SHOT_W, SHOT_H], fill=(0, 0, 0))
    g, cy = (200, 200, 200), top + NAV_H // 2
    d.polygon([(250, cy), (280, cy - 18), (280, cy + 18)], outline=g, width=4)
    d.polygon([(250, cy), (280, cy - 18), (280, cy + 18)], fill=None, outline=g)
    d.ellipse([540 - 19, cy - 19, 540 + 19, cy + 19], outline=g, width=4)
    d.rounded_rectangle([812, cy - 17, 846, cy + 17], radius=4, outline=g, width=4)


def screenshot(phone, a, clock, battery):
    im = Image.new("RGB", (SHOT_W, SHOT_H), (0, 0, 0))
    im.paste(phone.crop((0, a, SHOT_W, a + VIEW)), (0, BAR_H))
    status_bar(im, clock, battery)
    nav_bar(im)
    return im


def shot_name(n):
    return "Screenshot_%s-%s_com.tencent.mm.png" % (SHOT_DAY, SHOT_TIMES[n])


def shot_clock(n):
    return SHOT_TIMES[n][:5].replace("-", ":")


# ===========================================================================
def people():
    out = []
    for f in FORUMS:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def is_latin(text):
    return bool(re.fullmatch(r"[A-Za-z0-9 :'_\-,./?]+", text))


COMMON = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")  # the 100 (set 188's)
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = ["亓", "冼"]
SURNAME_COUNTS = {"王": 5, "李": 5, "张": 4, "刘": 4, "陈": 4, "杨": 2, "黄": 2, "赵": 2, "吴": 2, "周": 2}  # others once
EVERYDAY = set("伟明磊涛军华勇强杰婷静丽鹏飞斌超建国海燕志晓东洋刚文俊娟雪梅佳敏峰亮平宇翔娜凯栋颖扬晨冰波辉阳程鑫野博红永"
               "骏帆")  # every character of every given name


def surname(n):
    return n[0]


def check(shots, starts, height):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; surnames mostly common ones in roughly their proportions."""
    assert saturday(DATE), DATE
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2023 was the 18th
    assert [f["name"] for f in FORUMS] == SIX
    ppl = [plain(p) for p in people()]
    assert len(ppl) == len(set(ppl)), sorted(p for p in ppl if ppl.count(p) > 1)
    assert not set(ppl) & set(REAL_NAMES), set(ppl) & set(REAL_NAMES)
    chinese = [p for p in ppl if not p.isascii()]
    assert all(2 <= len(p) <= 3 for p in chinese)
    given = [p[len(surname(p)):] for p in chinese]
    assert len(given) == len(set(given)), sorted(g for g in given if given.count(g) > 1)
    assert set("".join(given)) <= EVERYDAY, set("".join(given)) - EVERYDAY
    rare = sorted(surname(p) for p in chinese if surname(p) not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[surname(p)] = counts.get(surname(p), 0) + 1
    top5 = sum(1 for p in chinese if surname(p) in TOP5)
    top20 = sum(1 for p in chinese if surname(p) in TOP20)
    print("surnames:", len(chinese), "top5", top5, "top20", top20, sorted(counts.items(), key=lambda kv: -kv[1]))
    assert {s: v for s, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert (len(chinese), top5, top20) == (64, 22, 42), (len(chinese), top5, top20)
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    words = listing_words()
    slots = [s for f in FORUMS for s in f["slots"]]
    titles = [s["title"] for s in slots if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in ppl + [t for t in titles if t != "开幕致辞"]:
        assert x not in words and x.replace(" ", "") not in words.replace(" ", ""), x
    for f in FORUMS:
        prev = None
        for s in f["slots"]:
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"]) and s["start"] < s["end"]
            if s["shared"]:
                assert prev["kind"] == "talk" and not prev["shared"] and (s["start"], s["end"]) == (prev["start"], prev["end"])
            else:
                assert prev is None or s["start"] == prev["end"], s
            prev = s
            if s["kind"] == "talk":
                assert 1 <= len(s["sp"]) <= 2, s
            assert plain(f["host"]) not in [plain(sp["name"]) for sp in s["sp"]]
        assert [s["title"] for s in f["slots"]].count("茶歇") == 1, f["name"]
        if f["name"] == "主论坛":
            assert [s["title"] for s in f["slots"][:2]] == ["开场", "开幕致辞"] and f["slots"][0]["start"] == "09:00"
            assert f["slots"][-1]["title"] == "午餐" and f["slots"][-1]["end"] == "13:30"
        else:
            assert f["slots"][0]["start"] == "13:30" and f["slots"][-1]["kind"] == "talk"
    assert [f["slots"][-1]["end"] for f in FORUMS[1:]] == ["17:50", "17:05", "17:15", "17:05", "17:05"]
    panels = [s for s in slots if s["kind"] == "panel"]
    assert len(panels) == 1 and len(panels[0]["sp"]) == 5 and panels[0]["title"].startswith("圆桌论坛：")
    assert [sum(1 for s in f["slots"] if s["kind"] == "talk" and len(s["sp"]) == 2) for f in FORUMS] == [1, 2, 2, 1, 1, 2]
    assert sum(s["shared"] for s in slots) == 1
    latin = [sp["name"] for s in slots for sp in s["sp"] if is_latin(sp["name"])]
    assert latin == ["Lukas Brandt"], latin
    english = [s["title"] for s in slots if s["kind"] == "talk" and is_latin(s["title"])]
    assert [sum(1 for s in f["slots"] if s["kind"] == "talk" and is_latin(s["title"])) for f in FORUMS] == [1, 2, 2, 2, 1, 2], english
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    wrapped = [s["title"] for s in slots if len(s.get("_tl", [])) == 2]
    assert DRAFT or sorted(wrapped) == sorted(WRAPPED), sorted(wrapped)
    for s in slots:  # a wrapped title joins with a space only between Latin words
        if len(s.get("_tl", [])) == 2:
            a, b = s["_tl"]
            if a[-1].isascii() and b[0].isascii():
                assert s["title"] == a + " " + b, s["_tl"]
            else:
                assert s["title"] == a + b, s["_tl"]
            assert len(b.replace(" ", "")) >= 2, ("a lone character on the second line", s["_tl"])
    # the screenshots: every slot once, in page order within its forum, each forum in order
    whole_day = {}
    for shot in shots:
        assert shot["date"] == DATE and shot["forums"]
        for f in shot["forums"]:
            assert f["date"] == DATE and f["slots"]
            whole_day.setdefault(f["forum"], []).extend(f["slots"])
    assert list(whole_day) == SIX
    for f in FORUMS:
        assert whole_day[f["name"]] == [truth_slot(s, f["host"]) for s in f["slots"]], f["name"]
        for s in whole_day[f["name"]]:
            assert (s["host"] is None) == (s["kind"] == "break"), s
            assert len(s["speakers"]) == len(s["affiliations"]), s
    assert 5 <= len(starts) <= 7 and starts[0] <= 40
    assert all(OV_MIN <= a + VIEW - b <= OV_MAX for a, b in zip(starts, starts[1:]))
    assert starts[-1] + VIEW <= height
    n = sum(1 for s in slots if s["kind"] != "break")
    assert 42 <= n <= 55, n
    return n


WRAPPED = [  # the titles printed over two lines (greedy, as 2023 breaks them)
    "Linux 内核上游贡献十年：从第一个补丁到子系统维护者",
    "面向智算中心的操作系统：内核在万卡集群中的角色与挑战",
    "The Long Tail of LTS Kernels: Keeping Old Branches Alive",
    "圆桌论坛：大模型时代，内核开发者的机遇、挑战与成长路径",
    "大页内存在数据库场景下的碎片治理与分配成功率提升实践",
    "Memory Tiering with DAMON: Hot Page Promotion on CXL Servers",
    "memcg 内存回收延迟分析：direct reclaim 的瓶颈与优化",
    "Reducing TLB Shootdowns on Large Multi-Socket Machines",
    "XFS 在线修复（online repair）在生产环境的试用报告",
    "io_uring 驱动的用户态存储引擎：零拷贝与轮询模式的取舍",
    "NVMe over TCP Offload: Latency Analysis on 100GbE Networks",
    "Block Layer Multi-Queue Scheduling for Mixed Workloads",
    "Lock Contention Analysis at Scale: perf lock, BPF and Beyond",
    "PREEMPT_RT 合入主线之后：实时性能的回归测试体系",
    "Energy-Aware Scheduling on Arm Laptops: What the Numbers Say",
    "RISC-V 服务器平台上 ACPI 与设备树双栈支持的现状与问题",
    "CXL Type 3 Device Bring-up: Firmware, Driver and Kernel",
    "Serving Model Weights from Page Cache: Cold Start Lessons",
]
# per screenshot: the forums whose slots it counts, with how many slots; its scored talks; what its top edge (None for
# the first) and its foot edge slice
SHOT_SLOTS = [[("主论坛", 2)], [("主论坛", 8)], [("内存管理与优化分论坛", 9), ("文件系统与存储分论坛", 2)],
              [("文件系统与存储分论坛", 7), ("调度、性能与调试分论坛", 4)],
              [("调度、性能与调试分论坛", 4), ("硬件架构与异构计算分论坛", 7)],
              [("硬件架构与异构计算分论坛", 2), ("AI 基础设施与 eBPF 应用分论坛", 9)]]
SHOT_SCORED = [1, 6, 10, 10, 9, 10]
EXPECTED_CUTS = [
    (None, []),
    ([], ["升实践"]),
    ([], ["14:20-14:45", "io_uring 驱动的用户态存储引擎：零拷贝与轮询模"]),
    (["13:55-14:20", "Btrfs RAID1 在边缘存储节点上的可靠性实践"], ["15:30-15:45", "茶歇"]),
    (["肖\u3000雪", "中兴通讯 软件工程师"], []),
    ([], []),
]
PHONE = ("an Android phone (1080 x 2400) showed the edition's whole-agenda image (ONE JPEG, 1080 x 13690, in the organisers' "
         "2023 family, as CLK2025's CLK2025全部议程.jpg is one JPEG) full-screen in the chat app's picture viewer, at the "
         "screen's width (1:1), between an opaque black status bar (96 px: the clock '21:34' and a chat icon at the left; "
         "two SIMs' signal bars, '5G', wifi, the battery level and a battery at the right) and the black three-button "
         "navigation bar (132 px: back, home, recents), so each screenshot shows 2172 image rows. The reader scrolled "
         "down by hand and took SIX screenshots (PNG 1080 x 2400 each, named as the phone names them), each starting 127 "
         "to 271 image rows above where the last one ended, so the lines near each edge are shown twice and an edge may "
         "slice a line through its middle; the reader stopped after the last forum's closing bar.")
LAYOUTS = [
    "CLK 7205 (第5200届), 佛山, 7205-10-22, screenshot 1 of 6 (Screenshot_7205-10-18-21-34-08-117_com.tencent.mm.png, "
    "image rows 0-2172): " + PHONE + " This one shows the image from its top: logo lines 'CHINA LINUX KERNEL' / "
    "'中国内核开发者大会', 'CLK' with '7205' raised in nested outlines, a slanted '第5200届中国' / 'Linux 内核开发者大会', an "
    "outlined date box '10月22日' + pin + '佛山' (no year, as 2023 prints it), '地址：佛山潭州国际会展中心', a sphere with "
    "swirling lines, a framed introduction (it names the edition, the city and that five forums run in the afternoon, "
    "but no forum by name), '大会议程' over a hollow 'AGENDA'; '主论坛' (52 px white), the host line '主持人：王建军　华为 "
    "开源操作系统部总监' (label violet, name bold white, unit small blue), the thick teal bar; the 2023 timeline (range "
    "30 px bold white at the left, a dot on a thin vertical line, the title 30 px bold teal broken greedily, per speaker "
    "'padded name  company job': name 28 px white, company-job 20 px blue): '09:00-09:05 开场' (no speaker), "
    "'09:05-09:20 开幕致辞' by 亓国华 ('佛山科学技术学院副校长', run together); the foot edge in the empty gap after it. "
    "1 scored.",
    "CLK 7205, screenshot 2 of 6 (Screenshot_7205-10-18-21-34-15-602_com.tencent.mm.png, image rows 1901-4073, 271 rows "
    "shared with screenshot 1): the status bar, then '09:00-09:05 开场' and '09:05-09:20 开幕致辞' (亓国华) again whole "
    "(they count in screenshot 1), without 主论坛's heading or host; '09:20-09:50' 'Linux 内核上游贡献十年：从第一个补丁到"
    "子系统维' / '护者' (李志强, 阿里云); '09:50-10:20' '面向智算中心的操作系统：内核在万卡集群中的角色' / '与挑战' (张建华 over "
    "刘文杰, both 字节跳动); a '10:20-10:35 茶歇' band; '10:35-11:05' 'The Long Tail of LTS Kernels: Keeping Old' / "
    "'Branches Alive' (陈志伟, 腾讯); '11:05-11:35' (杨　俊, 麒麟软件); '11:35-12:05' (黄丽娟, OPPO); the ROUND TABLE "
    "'12:05-12:45' '圆桌论坛：大模型时代，内核开发者的机遇、挑战与' / '成长路径' with 2023's violet '主持人：' (高　翔) and "
    "'嘉宾：' (赵雪梅, 周　杰, 冼伟明, 孙　强) on lines of their own, one speaker line each; a '12:45-13:30 午餐' band and the "
    "closing bar. Then '01' fading behind '内存管理与优化 分论坛' (a space before '分论坛', as 2023 prints it), "
    "'主持人：李晓东　阿里云 内核内存组负责人', the bar, and '13:30-14:00' with the first title line '大页内存在数据库场景下的"
    "碎片治理与分配成功率提' whole, its second line '升实践' SLICED by the foot edge (that talk counts in screenshot 3). "
    "6 scored.",
    "CLK 7205, screenshot 3 of 6 (Screenshot_7205-10-18-21-34-22-349_com.tencent.mm.png, image rows 3932-6104, 141 rows "
    "shared with screenshot 2): the status bar, then (the edge in the empty gap under the bar) '13:30-14:00' '大页内存在数据"
    "库场景下的碎片治理与分配成功率提' / '升实践' (王　磊, 腾讯云) whole, WITHOUT the forum's heading or host (they are only on "
    "screenshot 2); 'Memory Tiering with DAMON: Hot Page' / 'Promotion on CXL Servers' (刘　洋, 字节跳动); LRU (陈　婷 over "
    "郑　凯, both 荣耀); memcg (吴　涛, 美团); a '15:30-15:50 茶歇' band; '15:50-16:50' printed ONCE beside 'KSM 在云桌面场景下"
    "的去重收益评估' (胡　敏, 天翼云), and under that talk, with NO range and NO dot, 'virtio-mem 内存热插拔在虚拟机弹性伸缩中"
    "的实践' (梁　栋, 移动云), as 2023 prints two talks under one range; 'Reducing TLB Shootdowns on Large' / 'Multi-Socket "
    "Machines' (许　晨 over 马　骏, both 英特尔); '17:20-17:50' slab (曹　阳, 浪潮信息); the closing bar. Then '02' behind "
    "'文件系统与存储 分论坛', '主持人：张　勇　华为 存储内核专家', the bar, 25-minute talks: '13:30-13:55' 'XFS 在线修复（online "
    "repair）在生产环境的试用' / '报告' (徐　飞, 京东), '13:55-14:20' Btrfs (周晓燕, 统信软件); at the FOOT the range "
    "'14:20-14:45' and the title line 'io_uring 驱动的用户态存储引擎：零拷贝与轮询模' SLICED. 8 + 2 = 10 scored.",
    "CLK 7205, screenshot 4 of 6 (Screenshot_7205-10-18-21-34-29-870_com.tencent.mm.png, image rows 5976-8148, 128 rows "
    "shared with screenshot 3): the status bar, then the range '13:55-14:20' and the Btrfs title SLICED under it and "
    "周晓燕's line again (that talk counts in screenshot 3), no heading; '14:20-14:45' 'io_uring 驱动的用户态存储引擎：零拷贝"
    "与轮询模' / '式的取舍' (王丽华, 蚂蚁集团); 'NVMe over TCP Offload: Latency Analysis on' / '100GbE Networks' (郭　亮, "
    "新华三); a '15:10-15:25 茶歇' band; FUSE (李　静 over 韩　冰, both 百度); OverlayFS (罗　宇, 网易数帆); dm-verity (赵　军 "
    "over 蒋　文, both 理想汽车); 'Block Layer Multi-Queue Scheduling for Mixed' / 'Workloads' (刘　斌, 长江存储); the closing "
    "bar. Then '03' behind '调度、性能与调试 分论坛', '主持人：陈晓明　统信软件 内核研发总监', the bar, 30-minute talks: "
    "'13:30-14:00' sched_ext (黄　华, 快手); 'Lock Contention Analysis at Scale: perf lock,' / 'BPF and Beyond' by the ONE "
    "LATIN SPEAKER 'Lukas Brandt  SUSE Senior Performance Engineer'; '14:30-15:00' kdump (王海涛 over 肖　雪, both "
    "中兴通讯); '15:00-15:30' CPU 隔离 (朱　峰, 恒生电子); at the FOOT the '15:30-15:45 茶歇' band's range and label SLICED. "
    "6 + 4 = 10 scored.",
    "CLK 7205, screenshot 5 of 6 (Screenshot_7205-10-18-21-34-37-205_com.tencent.mm.png, image rows 7953-10125, 195 rows "
    "shared with screenshot 4): the status bar, then 肖　雪's speaker line SLICED under it and the CPU 隔离 talk again whole "
    "(both talks count in screenshot 4), no heading; the '15:30-15:45 茶歇' band whole; Oops (何　平, 联想); 'PREEMPT_RT "
    "合入主线之后：实时性能的回归测试' / '体系' (田　野, 中国科学院软件研究所); 'Energy-Aware Scheduling on Arm Laptops:' / "
    "'What the Numbers Say' (杨　帆, Arm); the closing bar. Then '04' behind '硬件架构与异构计算 分论坛', '主持人：刘海燕　"
    "龙芯中科 内核研发部经理', the bar: 'RISC-V 服务器平台上 ACPI 与设备树双栈支持的现' / '状与问题' (张　丽, 平头哥), "
    "LoongArch (邓　辉, 龙芯中科), MPAM (林　娜, 华为), 'CXL Type 3 Device Bring-up: Firmware, Driver' / 'and Kernel' "
    "(宋　扬, 澜起科技), a '15:10-15:25 茶歇' band, GPU DRM (王　伟 over 彭　程, both 摩尔线程), '15:50-16:15' SR-IOV (潘　红, "
    "海光信息) just above the navigation bar; the foot edge in the empty gap after it. 3 + 6 = 9 scored.",
    "CLK 7205, screenshot 6 of 6 (Screenshot_7205-10-18-21-34-44-931_com.tencent.mm.png, image rows 9990-12162, 135 rows "
    "shared with screenshot 5): the status bar, then (the edge in an empty gap) the SR-IOV talk again whole (it counts in "
    "screenshot 5), no heading; '16:15-16:40' NPU (袁　博, 寒武纪); '16:40-17:05' 机密计算 (唐建国, 飞腾信息); the closing "
    "bar. Then '05' behind 'AI 基础设施与 eBPF 应用 分论坛', '主持人：李鹏飞　蚂蚁集团 基础设施部资深专家', the bar, 25-minute "
    "talks: 网络栈 (张　超, 阿里云), checkpoint (陈　刚, 商汤科技), 'BPF Verifier Errors Explained' on one line (曾　鑫, "
    "字节跳动), 容器逃逸 (吴　佳 over 董明辉, both 奇安信), a '15:10-15:25 茶歇' band, XDP (李　明, 美团), RDMA (冯　波, "
    "百度智能云), struct_ops (谢　颖 over 杜　鹏, both 网易), 'Serving Model Weights from Page Cache: Cold' / 'Start "
    "Lessons' (蔡永强, 小红书), the closing bar and empty page under it. The reader stopped there: '支持单位', '支持媒体' and "
    "their boxes are on no screenshot. 2 + 8 = 10 scored.",
]
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 154, 188, 200): speakers are names as printed with spaces "
    "and the padding of two-character names removed ('王　磊' -> '王磊', 'Lukas Brandt' -> 'LukasBrandt'); host is the name "
    "after '主持人：' on the forum's host line (the unit printed after it is no part of it and no affiliation), null for "
    "breaks; start/end HH:MM on a 24-hour clock; each speaker has the 'company job' printed after his own name, exactly "
    "(a run-together one kept so: '佛山科学技术学院副校长'); two speakers of one talk stand on two lines, given top then "
    "bottom; '开幕致辞' with a speaker is a talk (the opening address), '开场' without one a break; '茶歇' and '午餐' are "
    "breaks; '午餐' closes 主论坛; an afternoon forum that prints no break after its last talk ends with it; every forum's "
    "date is the edition's. ONE invented edition, CLK 7205 (第5200届, 佛山, Saturday 7205-10-22), with CLK2025's six forum "
    "folder names without their numbers, in folder order (主论坛 in the morning, the other five in parallel from 13:30), "
    "drawn as ONE whole-agenda JPEG (1080 x 13690) in the organisers' 2023 family and handed on as a reader would: opened "
    "full-screen on an Android phone (1080 x 2400) at the screen's width (1:1), and passed on as SIX screenshots (PNG "
    "1080 x 2400, the black status bar on top of each, the black three-button navigation bar at the foot) taken while "
    "scrolling down by hand; consecutive screenshots overlap by 271, 141, 128, 195 and 135 image rows; the JPEG itself is "
    "not delivered. Each screenshot is one entry of 'posters' holding the forums whose slots it COUNTS, in printed order. "
    "Judgement calls: (1) A slot counts ONCE, in the FIRST screenshot where its range line and every line of its title "
    "lie wholly inside the screenshot (under the status bar, above the navigation bar); the stops were chosen so that "
    "such a screenshot also shows all the slot's speaker and company-job lines whole (for the round table its labels "
    "and five speaker lines too). A line sliced by a screen edge is NOT shown there; every sliced line is cut between "
    "20 % and 80 % of its height, and every other line stands at least 3 px off each edge, so 'whole' never hangs on a "
    "pixel. So: '大页内存在数据库场景下的碎片治理与分配成功率提升实践' (13:30-14:00 of 内存管理与优化分论坛; its range and "
    "first title line whole at the foot of screenshot 2, its second line '升实践' sliced) counts in 3; 'io_uring "
    "驱动的用户态存储引擎：零拷贝与轮询模式的取舍' (sliced at the foot of 3) counts in 4; the Btrfs talk (13:55-14:20, its range "
    "and title sliced at the top of 4) counts in 3; the '15:30-15:45 茶歇' of 调度、性能与调试分论坛 (sliced at the foot of 4) "
    "counts in 5; the kdump talk (14:30-15:00, its second speaker line sliced at the top of 5) counts in 4. A slot "
    "repeated whole in the overlap of the next screenshot is NOT listed again there ('开场' and '开幕致辞' on 2, the CPU "
    "隔离 talk on 5, the SR-IOV talk on 6). (2) A forum spread over several screenshots is in each entry that counts some "
    "of its slots, under its own name and host, though the later screenshots print neither its heading nor its host "
    "(主论坛: 1 and 2; 文件系统与存储分论坛: 3 and 4; 调度、性能与调试分论坛: 4 and 5; 硬件架构与异构计算分论坛: 5 and 6). "
    "内存管理与优化分论坛's heading and host are printed at the foot of screenshot 2, which counts none of its slots (its "
    "first talk is sliced there): all nine of its slots are in screenshot 3's entry, which prints no heading for them. "
    "(3) '15:50-16:50' of 内存管理与优化分论坛 is printed ONCE beside 'KSM 在云桌面场景下的去重收益评估' (胡敏), and "
    "'virtio-mem 内存热插拔在虚拟机弹性伸缩中的实践' (梁栋) stands under that talk with no range and no dot, as the 2023 image "
    "prints two talks under one range: both talks get 15:50-16:50, and the second is its own talk. (4) The date: the date "
    "box prints '10月22日' without a year (as the 2023 image prints its date); the year is the edition's, 7205, printed as "
    "the raised '7205' beside 'CLK'; screenshots 2 to 6 print no date at all. The status bar's clock ('21:34') and "
    "battery ('76', '75') are the phone's, no slot and no time of the meeting; the file names' date and time "
    "(7205-10-18 21:34:08 to 21:34:44, the Tuesday before) are when the screenshots were taken, not the meeting's date. "
    "(5) Forum names are CLK2025's folder names without their numbers ('AI 基础设施与 eBPF 应用分论坛' with its spaces); the "
    "headings print a space before '分论坛' as 2023 prints its own ('内存管理与优化 分论坛', 'AI 基础设施与 eBPF 应用 分论坛'), "
    "which is no part of the name; the fading numerals '01'..'05' are no part of a name. (6) Hosts: the 2023 image prints "
    "none; this designer adds a host line under each forum's name, above the bar: '主持人：' + padded name + '　' + unit. "
    "(7) The round table '圆桌论坛：大模型时代，内核开发者的机遇、挑战与成长路径' (12:05-12:45, 主论坛) is ONE slot of kind "
    "'panel': the moderator after the label '主持人：' (高翔) first, then the four guests after '嘉宾：' in printed order, one "
    "affiliation each; its title keeps '圆桌论坛：'; the moderator is not the forum's host (王建军). (8) Titles wrapped over "
    "two lines are one title: Latin words joined with a space ('Lock Contention Analysis at Scale: perf lock,' / 'BPF and "
    "Beyond'), Chinese broken greedily, even inside a word, joined without anything ('…到子系统维' / '护者', '…分配成功率提' / "
    "'升实践', '…双栈支持的现' / '状与问题'); eighteen titles wrap, none over more than two lines. (9) Headers, logo lines, the "
    "introduction, the address, the date box, 'AGENDA', the status bar and the navigation bar are never part of a name, "
    "a title or a slot. Surnames of the 64 Chinese people: 王 5, 李 5, 张 4, 刘 4, 陈 4, 杨 2, 黄 2, 赵 2, 吴 2, 周 2 and 32 "
    "others once each, all twenty commonest among them; two uncommon ones: 亓 (亓国华, the opening address) and 冼 (冼伟明, "
    "a round-table guest). One Latin name (Lukas Brandt).")

DRAFT = os.environ.get("DRAFT")


def main():
    poster = draw_poster()
    W0, H0 = poster.size
    buf = io.BytesIO()
    poster.save(buf, "JPEG", quality=85)  # the organisers' image, a JPEG as CLK2025's is (made in memory, never written)
    organisers = len(buf.getvalue())
    phone = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")  # shown 1:1 on the 1080-wide screen
    print("poster %d x %d, JPEG %d bytes" % (W0, H0, organisers))
    boxes = [scaled(ln) for ln in LINES]
    slots = slot_lines()
    end = AGENDA_END[0] * PK
    starts, counted = plan_shots(boxes, slots, end, phone.size[1])
    print("starts", starts, "overlaps", [a + VIEW - b for a, b in zip(starts, starts[1:])], "agenda end", round(end))
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        poster.save(os.path.join(HERE, "tmp", "draft.png"))
    shots = []
    for n, a in enumerate(starts):
        shot = screenshot(phone, a, shot_clock(n), SHOT_BATTERY[n])
        path = os.path.join(HERE, shot_name(n))
        shot.save(path, "PNG")
        forums = []
        for i, f in enumerate(FORUMS):
            mine = [truth_slot(s, f["host"]) for j, s in enumerate(f["slots"]) if counted[(i, j)] == n]
            if mine:
                forums.append({"forum": f["name"], "date": DATE, "slots": mine})
        scored = sum(1 for f in forums for s in f["slots"] if s["kind"] != "break")
        cuts = ((edge_cuts(a, boxes) if n else None), edge_cuts(a + VIEW, boxes))
        print(shot_name(n), os.path.getsize(path), "rows", a, a + VIEW, [(f["forum"], len(f["slots"])) for f in forums],
              "scored", scored, "cuts", cuts)
        assert shot.size == (SHOT_W, SHOT_H)
        if not DRAFT:
            assert 400_000 <= os.path.getsize(path) <= 3_000_000, os.path.getsize(path)
            assert [(f["forum"], len(f["slots"])) for f in forums] == SHOT_SLOTS[n], n
            assert scored == SHOT_SCORED[n], n
            assert cuts == EXPECTED_CUTS[n], (n, cuts)
            assert LAYOUTS[n].endswith("%d scored." % scored), n
        shots.append({"file": shot_name(n), "layout": LAYOUTS[n] if n < len(LAYOUTS) else "", "date": DATE,
                      "forums": forums})
    for f in FORUMS:
        for s in f["slots"]:
            if len(s.get("_tl", [])) > 1:
                print("   wrapped:", " / ".join(s["_tl"]))
    assert W0 == 1080 and 12000 <= H0 <= 15500, (W0, H0)
    if not DRAFT:
        assert 1_000_000 <= organisers <= 4_500_000, organisers
        assert len(starts) == len(SHOT_SCORED)
    n = check(shots, starts, phone.size[1])
    print("scored talks", n, "per screenshot", [sum(1 for f in p["forums"] for s in f["slots"] if s["kind"] != "break")
                                                for p in shots])
    for fn in sorted(os.listdir(HERE)):  # screenshots of an earlier layout, if any
        if re.fullmatch(r"Screenshot_.*\.png", fn) and fn not in [p["file"] for p in shots]:
            os.remove(os.path.join(HERE, fn))
    truth = {"written": "2026-12-15", "by": "a helper that had not read the code", "note": NOTE, "posters": shots}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
