"""Draw the blind set 235 of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes IMG_6352.PNG .. IMG_6356.PNG and truth.json next to this file
      (DRAFT=1: also tmp/draft.png, the organisers' image at 1080 wide, and tmp/page.png, the article page, and none
      of the fixed-layout asserts).
Every string printed on the pictures comes from the data below, so truth.json and the pictures cannot drift apart.
Randomness only from seeded Random instances.

ONE invented edition, CLK 5235 (第3230届, 贵阳, 贵州大学, Saturday 5235-11-10), with CLK2022's four README forums,
drawn as the ONE whole-agenda PNG of its year (1080 wide, in memory only) in the organisers' 2023 family
(CLK2023全部议程.png) with NEW colours (plum page, gold titles and bars, coral company-job lines, cyan labels,
wine-red bands, magenta and orange glows): logo lines, 'CLK' with the year raised in nested outlines, a slanted
'第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin and the city, '地址：', a sphere, a framed
introduction, '大会议程' over a hollow 'AGENDA', per forum its heading (a big fading numeral behind the afternoon
ones), a host line, the thick bar, the 2023 timeline (one range printed once over two talks, as 2023 does), tea and
lunch bands, a closing bar, '支持单位' / '支持媒体' over outlined boxes.  Then passed on as a reader got it: the
image inside the organisers' WeChat article (headline, meta lines, two lead paragraphs, the image in the article's
1074-px column, a caption, more text), read on an iPhone (1170 x 2532) in WeChat's light theme and saved as FIVE
screenshots (PNG) taken while scrolling down by thumb, a few lines of overlap each time, the status bar and WeChat's
article bar on top, the home indicator at the foot.

Copied from posters-blind-200/draw.py (200 took them from set 154, itself from sets 140, 105, 103, 97, 90, 86, 78,
72, 68, 59 and 43), unchanged: everything from the imports to truth_slot (font, tw, TOKEN, NO_LINE_START,
wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad, grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain,
saturday, REAL_NAMES, K, F, k, slanted, outline_text, fading_numeral, pin, logo, clk_mark, inline, runs_width,
background, listing_words, S, T, R, B, truth_slot) and the painting (LINES, AGENDA_END, put, pad, speaker_line,
panel, is_band, slot, printed_name, heading, paint, draw_poster); from it, adapted: slot_lines (boxes on the article
page), edge_cuts, pill_clear, whole, plan_shots (seeded by PLAN_SEED, five to seven stops), status_bar (black on
white, the battery fuller), screenshot (the two bars, the home indicator dark or light after what lies under it),
shot_name, people, is_latin, COMMON, TOP5, TOP20, check (the counts of this set, an empty first entry allowed) and
main.  From posters-blind-224/draw.py, adapted: the article's head (the headline, the '原创' tag and meta lines in
WeChat's link blue and grey) and wechat_bar (iOS: a back chevron for the close cross).  New: article, page_line,
on_page, all_boxes, auto_layout, the phone's measures (BAR_H, NAV_H, TOP, VIEW, AX0/AX1, PK), UNCOMMON,
SURNAME_COUNTS, LESS_COMMON_GIVEN, WRAPPED, SHOT_*, EXPECTED_CUTS, PHONE, NOTE, the palette and all the data.
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



FOUR = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's README, in order

EDITION = "CLK 5235"
DATE = "5235-11-10"
YEAR = "5235"
NTH = "第3230届中国"  # 2023 was the 18th: 5235 - 2005
FORUMS = [
    {"name": "主论坛", "host": "胡建平", "unit": "贵州大学 计算机科学与技术学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [S("蒙学军", "贵州大学副校长，教授")]),
        T("09:20", "09:50", "国产操作系统的内核基线选择：长期支持版本的维护成本与回报",
          [S("王立新", "统信软件 内核研发总监")]),
        T("09:50", "10:20", "Rust in Linux 6.1: A Driver Writer's First Look",
          [S("李晟", "华为 编程语言实验室技术专家"), S("孙婷", "华为 操作系统内核工程师")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "云原生时代的内核：在容器与虚拟机之间如何取舍", [S("刘振宇", "阿里云 操作系统首席架构师")]),
        T("11:05", "11:35", "LoongArch 进入主线之后：从 5.19 到 6.1 的补丁回顾", [S("陈国华", "龙芯中科 系统软件部总监")]),
        R("11:35", "12:20", "圆桌论坛：从使用者到贡献者，国产操作系统如何参与上游社区",
          S("马丽", "中国科学院软件研究所 研究员"),
          [S("黄伟", "腾讯 TencentOS 内核负责人"), S("吴建军", "麒麟软件内核首席专家"),
           S("郑雪梅", "中国科学技术大学 副教授"), S("林鹏飞", "字节跳动 STE 团队技术专家")]),
        B("12:20", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "赵志刚", "unit": "英特尔 开源技术中心首席工程师", "slots": [
        T("13:30", "13:55", "ARM64 服务器上的 cluster 调度域：拓扑识别与性能实测", [S("张宇航", "华为 鲲鹏计算内核工程师")]),
        T("13:55", "14:20", "平板设备上 EAS 能效模型的标定方法", [S("谢文杰", "荣耀 系统性能专家")]),
        T("14:20", "14:45", "Core Scheduling and SMT Side Channels on Multi-Tenant Hosts",
          [S("Javier Ortega", "Red Hat Principal Software Engineer")]),
        T("14:45", "15:10", "RISC-V 平台的 SMP 启动与 CPU 热插拔支持",
          [S("王昱", "中国科学院软件研究所 助理研究员"), S("曹晓阳", "平头哥 操作系统工程师")]),
        T("15:10", "15:35", "NUMA 负载均衡中任务迁移代价的量化与改进", [S("黄俊杰", "腾讯云 高级内核工程师")]),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "PELT 负载跟踪的误差来源与修正思路", [S("徐亮", "vivo 内核调度工程师")]),
        T("16:15", "16:40", "x86 混合架构上的 ITMT 与任务分类", [S("唐海涛", "兆芯 系统软件工程师")]),
        T("16:40", "17:05", "Latency Nice in Practice: Early Results on Cloud Workloads",
          [S("李文博", "字节跳动 Linux 内核工程师"), S("宋佳慧", "字节跳动 性能优化工程师")]),
        T("17:05", "17:30", "PREEMPT_RT 在工业机器人控制器上的验证与调优", [S("许志强", "新松机器人 嵌入式软件专家")]),
        T("17:30", "17:55", "用 perf sched 与 BPF 定位调度延迟毛刺", [S("高翔", "美团 基础架构内核工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "周海燕", "unit": "阿里云 操作系统内核研发总监", "slots": [
        T("13:30", "13:55", "MGLRU 在手机上的落地：冷热页识别与回收效率", [S("陈珺", "OPPO 内核工程师")]),
        T("13:55", "14:20", "Hot Page Detection for CXL-Attached Memory", [S("刘文华", "英特尔 云软件架构师")]),
        T("14:20", "14:45", "DAMON_RECLAIM 的参数整定：云主机上的内存超卖实践",
          [S("韩志远", "阿里云 内核工程师"), S("冯涛", "阿里云 高级开发工程师")]),
        T("14:45", "15:10", "大页碎片整理：compaction 延迟的来源与优化", [S("张磊", "腾讯 TencentOS 内核工程师")]),
        T("15:10", "15:35", "HMM 在国产 GPU 驱动中的应用：显存与系统内存的统一管理", [S("彭云飞", "景嘉微 驱动架构师")]),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:40", "SLUB 调试开关在生产环境中的开销测量", [S("邓晓峰", "京东 系统工程师")]),
        T("15:50", "16:40", "vmap 区域的锁竞争：128 核机器上的观测", [S("曾丽君", "小米 内核工程师")], shared=True),
        T("16:40", "17:05", "NPU 驱动的设备缺页：PRI 与 SVA 的联调经验",
          [S("李静", "寒武纪 驱动开发工程师"), S("田志华", "寒武纪 软件工程师")]),
        T("17:05", "17:30", "Page Fault Scalability with Per-VMA Locks", [S("王志勇", "蚂蚁集团 内核工程师")]),
        T("17:30", "17:55", "DPU 卡上的内存资源隔离与 memcg 适配", [S("杨帆", "中科驭数 系统软件工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "郭文斌", "unit": "字节跳动 系统技术与工程团队负责人", "slots": [
        T("13:30", "13:55", "分布式块存储客户端的 io_uring 改造", [S("罗斌", "网易数帆 存储内核工程师")]),
        T("13:55", "14:20", "NVMe/TCP 目标端的中断合并与 CPU 占用", [S("杨明远", "浪潮信息 存储软件工程师")]),
        T("14:20", "14:45", "BPF CO-RE Across Kernel Versions: Lessons from 100k Hosts", [S("刘晓东", "快手 内核工程师")]),
        T("14:45", "15:10", "使用 eBPF 实现容器粒度的文件访问审计", [S("詹永刚", "奇安信 安全研究员")]),
        T("15:10", "15:35", "UFS 存储上的 IO 优先级与前台应用启动速度",
          [S("陈建刚", "中兴通讯 存储工程师"), S("李晓娜", "中兴通讯 测试工程师")]),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "F2FS 垃圾回收对手机写放大的影响", [S("朱晨阳", "vivo 存储软件专家")]),
        T("16:15", "16:40", "XDP 加速 5G 用户面功能（UPF）的实践",
          [S("王玥", "中国移动研究院 网络技术工程师"), S("周文凯", "中国移动研究院 高级工程师")]),
        T("16:40", "17:05", "Making Sense of BPF Verifier Errors", [S("张骏", "蚂蚁集团 可观测性工程师")]),
        T("17:05", "17:30", "ext4 日志提交路径的尾延迟剖析", [S("何勇", "贵州大学 博士研究生")]),
    ]},
]
INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK），本届为第 3230 届，在贵州贵阳举行，由贵州大学承办。大会"
         "由高校、企业与开源社区的内核开发者共同发起，秉持\u201c自由，协作，创新\u201d的理念，以推广 Linux 内核技术、促进内核"
         "开发者交流为使命。本届上午为主论坛，下午设三个分论坛同时进行，诚邀广大 Linux 内核开发者和爱好者参会交流。")
UNITS = ["贵州大学", "华为", "阿里云", "腾讯", "字节跳动", "英特尔", "OPPO", "vivo", "统信软件", "麒麟软件", "龙芯中科",
         "蚂蚁集团"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "阅码场", "内核工匠", "极客邦"]
# NEW colours in the 2023 family (the brief): a near-black plum page, gold titles, bars and numerals, coral
# company-job lines, cyan labels, a plum time line, wine-red tea and lunch bands, magenta and orange glows
PAL = {"bg": ((20, 8, 27), (11, 5, 19)), "title": (255, 203, 72), "aff": (255, 128, 108), "label": (72, 214, 255),
       "line": (128, 56, 118), "dot": (255, 128, 108), "band": (70, 20, 58), "bar": (255, 203, 72),
       "bar_ink": (11, 5, 19), "num": (232, 176, 52), "glow1": (212, 44, 150), "glow2": (236, 112, 34),
       "shadow": (196, 30, 112), "streak": (128, 34, 88)}
ED = {"forums": FORUMS, "pal": PAL, "year": YEAR, "nth": NTH, "date_text": "11月10日", "city": "贵阳",
      "addr": "地址：贵阳国际生态会议中心", "intro": INTRO, "units": UNITS, "media": MEDIA,
      "seed": 23501, "intro_y": 994, "foot_pad": 76, "K": 1.0, "W": 1080, "grain": 0.002, "cell": 3}
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
# The article: the organisers' WeChat post that carries the image (after set 224's article, drawn here at an
# iPhone's 3x scale).  Its head: the bold headline, the meta line ('原创', the author, the account in WeChat's link
# blue, the date and '发表于' the province), one lead paragraph; then the image at the article's width (16 pt side
# padding: 1074 px of 1170, so the 1080-wide image is shown at 179/180), a caption and the rest of the post.
SHOT_W, SHOT_H = 1170, 2532  # the iPhone's screen
BAR_H = 141  # the status bar (47 pt at 3x)
NAV_H = 132  # WeChat's article bar (44 pt)
TOP = BAR_H + NAV_H
VIEW = SHOT_H - TOP  # page rows shown under the two bars (the page runs on under the home indicator)
PILL = (384, 2493, 786, 2508)  # the home indicator (134 x 5 pt at 3x, 8 pt above the foot), over the page
AX0, AX1 = 48, 1122  # the article's text and image column
IMG_W = AX1 - AX0  # 1074
PK = IMG_W / 1080  # the image's scale on the screen (179/180)
W = 1080
HEADLINE = "议程公布｜第3230届中国Linux内核开发者大会全天议程"
AUTHOR = "CLK组委会"
ACCOUNT = "中国Linux内核开发者大会"
PUBLISHED = "5235-11-05 19:30"
PROVINCE = "发表于贵州"
LEAD = [
    "第3230届中国Linux内核开发者大会（CLK 5235）将于11月10日（周六）在贵州大学举行。本届大会由贵州大学计算机科学与技术"
    "学院承办，上午为主论坛，下午设三个分论坛同时进行，议题涵盖处理器架构与调度、内存管理与异构计算、IO 与 eBPF 等方向。",
    "大会免费参加，现场名额有限，报名方式见文末；各论坛均有线上直播，直播链接将在会前一天发布于本公众号。全天议程如下（点击图片可查看大图）：",
]
CAPTION = "▲ 长按图片可保存"
AFTER = ["报名方式：扫描下方二维码或点击“阅读原文”填写报名表，报名成功后将收到短信确认。",
         "会场交通：贵阳北站乘地铁至花溪大学城站，步行约 10 分钟。"]
INK = (26, 26, 26)
BODY = (62, 62, 62)
GREY = (150, 150, 150)
LINK = (87, 107, 149)  # WeChat's link blue
PAGE_LINES = []  # the article's own lines, on the page
IMG_TOP = [0]


def page_line(d, xy, text, f, fill, what, anchor="ls"):
    d.text(xy, text, font=f, fill=fill, anchor=anchor)
    b = d.textbbox(xy, text, font=f, anchor=anchor)
    PAGE_LINES.append((b[0], b[1], b[2], b[3], text, what))
    return b


def article(poster):
    """The article page at the screen's scale, the image pasted in at its width; returns (page, image top)."""
    PAGE_LINES.clear()
    sh = round(poster.size[1] * PK)
    shown = poster.resize((IMG_W, sh), Image.BICUBIC)  # the web view scales the image to the column
    page = Image.new("RGB", (SHOT_W, sh + 3000), WHITE)
    d = ImageDraw.Draw(page)
    y = 60
    hf = font(66, True)
    for ln in wrap(d, HEADLINE, hf, AX1 - AX0):
        page_line(d, (AX0, y + 70), ln, hf, INK, "headline")
        y += 92
    y += 36
    mf = font(45)
    tag = "原创"
    tf = font(36)
    x = AX0
    tw_ = tw(d, tag, tf)
    d.rounded_rectangle([x, y + 8, x + tw_ + 24, y + 62], radius=6, fill=(242, 242, 242))
    page_line(d, (x + 12, y + 48), tag, tf, (140, 140, 140), "meta")
    x += tw_ + 24 + 24
    base = y + 50
    for text, col in ((AUTHOR, GREY), (ACCOUNT, LINK), (PUBLISHED, GREY), (PROVINCE, GREY)):
        if x + tw(d, text, mf) > AX1:
            x, base = AX0, base + 72
        page_line(d, (x, base), text, mf, col, "meta")
        x += tw(d, text, mf) + 30
    y = base + 24 + 66
    lf = font(48)
    for p in LEAD:
        for ln in wrap(d, p, lf, AX1 - AX0):
            page_line(d, (AX0, y + 62), ln, lf, BODY, "lead")
            y += 84
        y += 48
    page.paste(shown, (AX0, y))
    IMG_TOP[0] = y
    y += sh + 30
    cf = font(39)
    page_line(d, (SHOT_W // 2, y + 44), CAPTION, cf, GREY, "caption", anchor="ms")
    y += 110
    for p in AFTER:
        for ln in wrap(d, p, lf, AX1 - AX0):
            page_line(d, (AX0, y + 62), ln, lf, BODY, "after")
            y += 84
        y += 48
    return page.crop((0, 0, SHOT_W, y + 600)), IMG_TOP[0]


SHOT_FIRST = 6352  # IMG_6352.PNG, IMG_6353.PNG, ...
SHOT_CLOCKS = ["21:36", "21:36", "21:36", "21:36", "21:37", "21:37", "21:37"]
OV_MIN, OV_MAX = 130, 280  # overlap between consecutive screenshots, in screen rows (three to six printed lines)
PLAN_SEED = 23500
SLICE = (0.2, 0.8)  # an edge through a line cuts it between 20 % and 80 % of its height ...
CLEAR = 3  # ... or stands at least 3 screen px off it


def on_page(ln):
    """A line of the poster, on the article page (the image pasted at (AX0, IMG_TOP) at scale PK)."""
    t = IMG_TOP[0]
    return (AX0 + ln["left"] * PK, t + ln["top"] * PK, AX0 + ln["right"] * PK, t + ln["bottom"] * PK, ln["text"])


def all_boxes():
    return [on_page(ln) for ln in LINES] + [b[:5] for b in PAGE_LINES]


def slot_lines():
    """Each slot's boxes on the page: (the lines that show its time and title: its range line, for a shared talk the
    range of the talk it stands under, and every title line; its other lines: speakers, labels)."""
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
            out[(i, j)] = ([on_page(b) for b in rl + tl], [on_page(b) for b in other])
    return out


def edge_cuts(e, boxes):
    """The lines an edge at page row e slices, or None if it passes too near a line's top or foot (set 188's)."""
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


def pill_clear(a, boxes):
    """No printed line under the home indicator (4 px margin) when the shot starts at page row a (set 188's)."""
    py0, py1 = a + PILL[1] - TOP - 4, a + PILL[3] - TOP + 4
    return not any(b[1] < py1 and b[3] > py0 and b[0] < PILL[2] + 4 and b[2] > PILL[0] - 4 for b in boxes)


def whole(box, a):
    return box[1] >= a and box[3] <= a + VIEW


def plan_shots(boxes, slots, end, height):
    """The screenshots' first page rows (after sets 188 and 200): the first at the article's top, each next one
    OV_MIN..OV_MAX rows above where the last one ended, chosen (seeded) among the rows whose edges and home indicator
    are clean and where no slot is counted with a speaker line cut; the last one also shows the last forum's closing
    bar with room to spare."""
    starts, counted = [], {}
    while len(counted) < len(slots):
        n = len(starts)
        assert n < 7, "more than seven screenshots"
        cands = [0] if n == 0 else [starts[-1] + VIEW - ov for ov in range(OV_MIN, OV_MAX + 1)]
        ok = []
        for a in cands:
            if a + VIEW > height:
                continue
            if (n and edge_cuts(a, boxes) is None) or edge_cuts(a + VIEW, boxes) is None or not pill_clear(a, boxes):
                continue
            new = [s for s in slots if s not in counted and all(whole(b, a) for b in slots[s][0])]
            if not all(all(whole(b, a) for b in slots[s][1]) for s in new):
                continue
            if len(counted) + len(new) == len(slots) and a + VIEW < end + 60:
                continue  # the last screenshot shows the closing bar with room to spare
            ok.append((a, new))
        assert ok, ("no clean stop", n)
        a, new = ok[0] if n == 0 else random.Random(PLAN_SEED + n).choice(ok)
        starts.append(a)
        for s in new:
            counted[s] = n
    return starts, counted


def status_bar(im, clock):
    """The iPhone's status bar in WeChat's light theme, black on white: the clock at the left, signal bars, wifi and
    battery at the right (set 188's, its colours turned)."""
    d = ImageDraw.Draw(im)
    ink = (0, 0, 0)
    d.rectangle([0, 0, SHOT_W, BAR_H - 1], fill=WHITE)
    ctext(d, 186, 40, clock, font(47, True), ink)
    for i, h in enumerate((12, 18, 24, 31)):
        d.rounded_rectangle([872 + i * 15, 98 - h, 882 + i * 15, 98], radius=2, fill=ink)
    cx, cy = 972, 98
    d.pieslice([cx - 8, cy - 14, cx + 8, cy + 2], 225, 315, fill=ink)
    for r in (20, 32):
        d.arc([cx - r, cy - r - 6, cx + r, cy + r - 6], 225, 315, fill=ink, width=6)
    d.rounded_rectangle([1028, 66, 1102, 101], radius=10, outline=(160, 160, 160), width=3)
    d.rounded_rectangle([1034, 72, 1034 + 52, 95], radius=6, fill=ink)
    d.rounded_rectangle([1106, 77, 1112, 90], radius=2, fill=(160, 160, 160))


def wechat_bar(im):
    """WeChat's article bar on iOS: a back chevron at the left, '···' at the right, nothing in the middle."""
    d = ImageDraw.Draw(im)
    y0, y1 = BAR_H, BAR_H + NAV_H
    d.rectangle([0, y0, SHOT_W, y1 - 1], fill=WHITE)
    cy = (y0 + y1) // 2
    ink = (25, 25, 25)
    d.line([(72, cy - 30), (44, cy), (72, cy + 30)], fill=ink, width=6, joint="curve")
    for i in range(3):
        d.ellipse([SHOT_W - 118 + i * 28, cy - 7, SHOT_W - 104 + i * 28, cy + 7], fill=ink)


def screenshot(page, a, clock):
    im = Image.new("RGB", (SHOT_W, SHOT_H), WHITE)
    im.paste(page.crop((0, a, SHOT_W, a + VIEW)), (0, TOP))
    status_bar(im, clock)
    wechat_bar(im)
    under = im.crop(PILL).convert("L").resize((1, 1), Image.BOX).getpixel((0, 0))
    lay = Image.new("L", im.size, 0)
    ImageDraw.Draw(lay).rounded_rectangle(PILL, radius=8, fill=235)
    im.paste(Image.new("RGB", im.size, (250, 250, 250) if under < 128 else (8, 8, 8)), (0, 0), lay)
    return im


def shot_name(n):
    return "IMG_%d.PNG" % (SHOT_FIRST + n)


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
UNCOMMON = ["蒙", "詹"]  # 蒙 is met most in Guizhou and Guangxi
SURNAME_COUNTS = {"王": 4, "李": 4, "张": 3, "刘": 3, "陈": 3, "杨": 2, "黄": 2, "周": 2}  # every other surname once
LESS_COMMON_GIVEN = set("晟昱珺玥")  # the few given-name characters a parent chooses now and then; all others everyday


def check(shots, starts, height):
    """A Saturday; CLK2022's four forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; surnames mostly common ones in roughly their proportions."""
    assert saturday(DATE), DATE
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2023 was the 18th
    assert [f["name"] for f in FORUMS] == FOUR
    readme = "/work/shared/corpus/years/CLK2022/README.md"
    if os.path.exists(readme):
        text = open(readme, encoding="utf-8").read()
        assert re.findall(r"^\[(.+?)\]\(", text, re.M) == FOUR, re.findall(r"^\[(.+?)\]\(", text, re.M)
    ppl = [plain(p) for p in people()]
    assert len(ppl) == len(set(ppl)), sorted(p for p in ppl if ppl.count(p) > 1)
    assert not set(ppl) & set(REAL_NAMES), set(ppl) & set(REAL_NAMES)
    chinese = [p for p in ppl if not p.isascii()]
    assert all(2 <= len(p) <= 3 for p in chinese)
    given = [p[1:] for p in chinese]
    assert len(given) == len(set(given)), sorted(g for g in given if given.count(g) > 1)
    assert set("".join(given)) & LESS_COMMON_GIVEN == LESS_COMMON_GIVEN
    assert sum(1 for g in given if set(g) & LESS_COMMON_GIVEN) == 4
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    top5 = sum(1 for p in chinese if p[0] in TOP5)
    top20 = sum(1 for p in chinese if p[0] in TOP20)
    two = sum(1 for p in chinese if len(p) == 2)
    print("surnames:", len(chinese), "top5", top5, "top20", top20, "two-character", two,
          sorted(counts.items(), key=lambda kv: -kv[1]))
    assert {s: v for s, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert (len(chinese), top5, top20, two) == (49, 17, 35, 16), (len(chinese), top5, top20, two)
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
    assert [f["slots"][-1]["end"] for f in FORUMS[1:]] == ["17:55", "17:55", "17:30"]
    panels = [s for s in slots if s["kind"] == "panel"]
    assert len(panels) == 1 and len(panels[0]["sp"]) == 5 and panels[0]["title"].startswith("圆桌论坛：")
    assert [sum(1 for s in f["slots"] if s["kind"] == "talk" and len(s["sp"]) == 2) for f in FORUMS] == [1, 2, 2, 2]
    assert sum(s["shared"] for s in slots) == 1
    latin = [sp["name"] for s in slots for sp in s["sp"] if is_latin(sp["name"])]
    assert latin == ["Javier Ortega"], latin
    english = [s["title"] for s in slots if s["kind"] == "talk" and is_latin(s["title"])]
    assert [sum(1 for s in f["slots"] if s["kind"] == "talk" and is_latin(s["title"])) for f in FORUMS] == [1, 2, 2, 2], english
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    wrapped = [s["title"] for s in slots if len(s.get("_tl", [])) == 2]
    assert sorted(wrapped) == sorted(WRAPPED), sorted(wrapped)
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
        assert shot["date"] == DATE and (shot["forums"] or shot is shots[0])  # the first one counts no slot
        for f in shot["forums"]:
            assert f["date"] == DATE and f["slots"]
            whole_day.setdefault(f["forum"], []).extend(f["slots"])
    assert list(whole_day) == FOUR
    for f in FORUMS:
        assert whole_day[f["name"]] == [truth_slot(s, f["host"]) for s in f["slots"]], f["name"]
        for s in whole_day[f["name"]]:
            assert (s["host"] is None) == (s["kind"] == "break"), s
            assert len(s["speakers"]) == len(s["affiliations"]), s
    assert 5 <= len(starts) <= 7 and starts[0] == 0
    assert all(OV_MIN <= a + VIEW - b <= OV_MAX for a, b in zip(starts, starts[1:]))
    assert starts[-1] + VIEW <= height
    n = sum(1 for s in slots if s["kind"] != "break")
    assert 32 <= n <= 44, n
    return n


WRAPPED = [  # the titles printed over two lines (greedy, as 2023 breaks them)
    "国产操作系统的内核基线选择：长期支持版本的维护成本与回报",
    "LoongArch 进入主线之后：从 5.19 到 6.1 的补丁回顾",
    "圆桌论坛：从使用者到贡献者，国产操作系统如何参与上游社区",
    "ARM64 服务器上的 cluster 调度域：拓扑识别与性能实测",
    "Core Scheduling and SMT Side Channels on Multi-Tenant Hosts",
    "Latency Nice in Practice: Early Results on Cloud Workloads",
    "DAMON_RECLAIM 的参数整定：云主机上的内存超卖实践",
    "HMM 在国产 GPU 驱动中的应用：显存与系统内存的统一管理",
    "BPF CO-RE Across Kernel Versions: Lessons from 100k Hosts",
]
# per screenshot: the forums whose slots it counts, with how many slots; its scored talks; what its top edge (None for
# the first) and its foot edge slice
SHOT_SLOTS = [[], [("主论坛", 7)], [("主论坛", 2), ("处理器架构与调度分论坛", 8)],
              [("处理器架构与调度分论坛", 3), ("内存管理与异构计算分论坛", 9)],
              [("内存管理与异构计算分论坛", 2), ("IO 与 ebpf 分论坛", 10)]]
SHOT_SCORED = [0, 5, 8, 11, 11]
EXPECTED_CUTS = [
    (None, []),
    ([], []),
    (["刘振宇", "阿里云 操作系统首席架构师"], ["16:40-17:05", "Latency Nice in Practice: Early Results on"]),
    ([], []),
    ([], []),
]
SHOT_TEXT = [
    "It shows WeChat's light status bar and article bar, then the ARTICLE'S OWN HEAD: the bold headline "
    "'议程公布｜第3230届中国Linux内核开发者大会全天议程' over two lines; the meta lines (a grey '原创' tag, 'CLK组委会', the "
    "account '中国Linux内核开发者大会' in WeChat's link blue; under them '5235-11-05 19:30' and '发表于贵州', the post's "
    "publishing time and the poster's IP province, not the meeting's); two lead paragraphs (the edition '（CLK 5235）', "
    "'11月10日（周六）', 贵州大学, the morning 主论坛 and three afternoon forums, whose topics it names in words, "
    "'处理器架构与调度、内存管理与异构计算、IO 与 eBPF 等方向', registration and live streaming); then, inside white margins of "
    "48 px, the top of the organisers' image: logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '5235' raised "
    "in nested gold outlines, a slanted '第3230届中国' / 'Linux 内核开发者大会', the outlined date box '11月10日' + pin + '贵阳' "
    "(no year, as 2023 prints it), '地址：贵阳国际生态会议中心', the magenta sphere with its swirling lines; the home "
    "indicator over the image at the foot. No forum heading and no slot: it counts NO slot.",
    "It shows the rest of the image's head (the sphere's foot, the framed introduction naming the edition, the city, "
    "the host school and that three forums run in the afternoon, '大会议程' over a hollow 'AGENDA'); then '主论坛' (52 px "
    "white), its host line '主持人：胡建平　贵州大学 计算机科学与技术学院院长' (label cyan, name bold white, unit small coral), "
    "the thick gold bar and the 2023 timeline in the NEW colours: the range (30 px bold white) at the left, a coral dot on "
    "a thin plum line, the title (30 px bold gold, broken greedily), per speaker 'padded name  company job' (name 28 px "
    "white, company-job 20 px coral); '开场' with no speaker, the opening address by 蒙学军 ('贵州大学副校长，教授'), "
    "two speakers one under the other for the Rust talk, a wine-red '茶歇' band; at the foot, in a gap, the LoongArch "
    "talk whole.",
    "It starts under 刘振宇's speaker line (sliced) with no heading: the LoongArch talk again (counted in screenshot 2), "
    "the ROUND TABLE of 主论坛 with 2023's cyan '主持人：' (马　丽) and '嘉宾：' (黄　伟, 吴建军, 郑雪梅, 林鹏飞) on lines "
    "of their own, one speaker line each, the '12:20-13:30 午餐' band and the closing bar; then '01' fading behind "
    "'处理器架构与调度 分论坛' (a space before '分论坛', as 2023 prints it), '主持人：赵志刚　英特尔 开源技术中心首席工程师', "
    "the bar, 25-minute talks with the ONE LATIN SPEAKER 'Javier Ortega' ('Red Hat Principal Software Engineer') under "
    "'Core Scheduling and SMT Side Channels on' / 'Multi-Tenant Hosts', 王　昱 (中国科学院软件研究所) over 曹晓阳 (平头哥), "
    "a '茶歇' band; at the FOOT the range '16:40-17:05' and the first title line of the Latency Nice talk SLICED.",
    "It starts in a gap above the x86 ITMT talk (counted in screenshot 3, shown again); no heading for the first three "
    "talks it counts: 'Latency Nice in Practice: Early Results on' / 'Cloud Workloads' (李文博 over 宋佳慧, both 字节跳动), "
    "PREEMPT_RT, perf sched, the closing bar; then '02' behind '内存管理与异构计算 分论坛', '主持人：周海燕　阿里云 "
    "操作系统内核研发总监', the bar, talks, a '茶歇' band, and '15:50-16:40' printed ONCE beside 'SLUB 调试开关在生产环境中"
    "的开销测量' (邓晓峰) with 'vmap 区域的锁竞争：128 核机器上的观测' (曾丽君) under it with NO range and NO dot, as 2023 "
    "prints two talks under one range; the NPU talk (李　静 over 田志华, both 寒武纪) whole at the foot.",
    "It starts in a gap above the NPU talk (shown again, counted in screenshot 4); the last two talks of 内存管理与异构计算"
    "分论坛 without their heading, the closing bar; '03' behind 'IO 与 ebpf 分论坛' (as the README names it, lower-case "
    "'ebpf'), '主持人：郭文斌　字节跳动 系统技术与工程团队负责人', the bar, nine talks and a '茶歇' band, the last forum's "
    "closing bar; the reader stopped there: '支持单位' and everything after the image are on no screenshot.",
]
PHONE = ("The organisers' whole-agenda image (ONE PNG, 1080 x 10762, in their 2023 family with NEW colours: a near-black "
         "plum page, gold titles, bars and numerals, coral company-job lines, cyan labels, wine-red tea and lunch bands; "
         "as CLK2022's imgs/2022clk.png is one PNG) is NOT delivered: it reached the reader inside the organisers' WeChat "
         "article, read on an iPhone (1170 x 2532) in WeChat's light theme: the status bar (141 px, black on white: the "
         "clock at the left; signal bars, wifi, battery at the right), WeChat's article bar (132 px: a back chevron, "
         "'···'), the article page under them (2259 rows shown), the home indicator drawn over the page at the foot (over "
         "no text). The article's text column is 1074 px wide (16 pt margins), so the image is shown at 179/180 of its "
         "size (1074 x 10702) inside white margins, under the article's headline, meta lines and lead. The reader "
         "scrolled down by thumb and took FIVE screenshots (PNG 1170 x 2532, named as iOS names them), each starting "
         "150 to 268 page rows above where the last one ended, so the lines near each edge are shown twice and an edge "
         "may slice a line through its middle. Rows below are the article page's at the screen's scale (the image "
         "starts at page row 1344).")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 154, 188, 200): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('李　晟' -> '李晟', 'Javier Ortega' -> 'JavierOrtega'); "
    "host is the name after '主持人：' on the forum's host line (the unit printed after it is no part of it and no "
    "affiliation), null for breaks; start/end HH:MM on a 24-hour clock; each speaker has the 'company job' printed "
    "after his own name, exactly (run-together ones kept so: '贵州大学副校长，教授', '麒麟软件内核首席专家'); two speakers "
    "of one talk stand on two lines, given top then bottom; '开幕致辞' with a speaker is a talk (the opening address), "
    "'开场' without one a break; '茶歇' and '午餐' are breaks; '午餐' closes 主论坛; an afternoon forum that prints no break "
    "after its last talk ends with it; every forum's date is the edition's. ONE invented edition, CLK 5235 (第3230届, "
    "贵阳, host school 贵州大学, Saturday 5235-11-10), with CLK2022's four README forum names in README order (主论坛 in "
    "the morning, the other three in parallel from 13:30), drawn as ONE whole-agenda PNG (1080 x 10762) in the "
    "organisers' 2023 family with new colours, and handed on as a reader got it: inside the organisers' WeChat article, "
    "read on an iPhone and passed on as FIVE screenshots (PNG 1170 x 2532: the light status bar and WeChat's article "
    "bar on top, the article's own head on the first, the image at 179/180 in the article's column, the home indicator "
    "at the foot) taken while scrolling down; consecutive screenshots overlap by 268, 221, 150 and 168 page rows; the "
    "PNG itself is not delivered. Each screenshot is one entry of 'posters' holding the forums whose slots it COUNTS, "
    "in printed order. Judgement calls: (1) A slot counts ONCE, in the FIRST screenshot where its range line and every "
    "line of its title lie wholly inside the screenshot (under the two bars, above the screen's foot); the stops were "
    "chosen so that such a screenshot also shows all the slot's speaker and company-job lines whole (for the round "
    "table its labels and five speaker lines too). A line sliced by a screen edge is NOT shown there; every sliced "
    "line is cut between 20 % and 80 % of its height, and every other line stands at least 3 px off each edge. So the "
    "Latency Nice talk (16:40-17:05 of 处理器架构与调度分论坛; range and first title line sliced at the foot of "
    "screenshot 3) counts in 4; the 10:35 talk of 主论坛 (its speaker line sliced at the top of 3) counts in 2. A slot "
    "repeated whole in the overlap of the next screenshot is NOT listed again there (the LoongArch talk on 3, the x86 "
    "ITMT talk on 4, the NPU talk on 5). (2) The FIRST screenshot counts NO slot (the article's head and the image's "
    "head fill it) and is an entry with an empty forum list, as set 168's first screenshot. (3) A forum spread over "
    "several screenshots is in each entry that counts some of its slots, under its own name and host, though the later "
    "screenshots print neither its heading nor its host (主论坛: 2 and 3; 处理器架构与调度分论坛: 3 and 4; "
    "内存管理与异构计算分论坛: 4 and 5). (4) '15:50-16:40' of 内存管理与异构计算分论坛 is printed ONCE beside 'SLUB "
    "调试开关在生产环境中的开销测量' (邓晓峰), and 'vmap 区域的锁竞争：128 核机器上的观测' (曾丽君) stands under that talk "
    "with no range and no dot, as the 2023 image prints two talks under one range: both talks get 15:50-16:40, and the "
    "second is its own talk. (5) The article is no part of the programme: its headline, the meta lines ('原创', "
    "'CLK组委会', the account '中国Linux内核开发者大会', '5235-11-05 19:30', '发表于贵州'), the lead paragraphs (which name "
    "the afternoon's topics in words, '处理器架构与调度、内存管理与异构计算、IO 与 eBPF 等方向', and are no forum headings), "
    "the status bar's clock ('21:36', '21:37'), WeChat's bar and the home indicator are never a name, a title, a slot, "
    "a forum or the meeting's date; '5235-11-05 19:30' is when the post was published. (6) The date: the image's date "
    "box prints '11月10日' without a year (as the 2023 image prints its date) and the lead '11月10日（周六）'; the year "
    "is the edition's, 5235, printed as the raised '5235' beside 'CLK' and in the lead's '（CLK 5235）'; screenshots 2 "
    "to 5 print no date at all. (7) Forum names are the README's link texts exactly ('IO 与 ebpf 分论坛' with its spaces "
    "and lower-case 'ebpf'); the headings print a space before '分论坛' as 2023 prints its own ('处理器架构与调度 分论坛', "
    "'内存管理与异构计算 分论坛'), which is no part of the name; the fading numerals '01'..'03' are no part of a name. (8) "
    "Hosts: the 2023 image prints none; this designer adds a host line under each forum's name, above the bar: '主持人：' "
    "+ padded name + '　' + unit. (9) The round table '圆桌论坛：从使用者到贡献者，国产操作系统如何参与上游社区' "
    "(11:35-12:20, 主论坛) is ONE slot of kind 'panel': the moderator after the label '主持人：' (马丽) first, then the "
    "four guests after '嘉宾：' in printed order, one affiliation each; its title keeps '圆桌论坛：'; the moderator is not "
    "the forum's host (胡建平). (10) Titles wrapped over two lines are one title: Latin words joined with a space "
    "('Core Scheduling and SMT Side Channels on' / 'Multi-Tenant Hosts'), Chinese broken greedily, even inside a word, "
    "joined without anything ('…如何参' / '与上游社区', '…拓扑识别与性' / '能实测', '…的补丁' / '回顾' after a Latin run); "
    "nine titles wrap, none over more than two lines. (11) Headers, logo lines, the introduction, the address, the "
    "date box, 'AGENDA', the image's support area, the article's caption and text after the image are never part of a "
    "name, a title or a slot. Surnames of the 49 Chinese people (hosts, moderator and guests included): 王 4, 李 4, 张 "
    "3, 刘 3, 陈 3, 杨 2, 黄 2, 周 2 and 26 others once each, all twenty commonest among them; two uncommon ones: 蒙 "
    "(蒙学军, the host school's vice-president, who gives the opening address; a surname met most in Guizhou) and 詹 "
    "(詹永刚, 奇安信). Given names of everyday characters, with four less common ones a parent chooses now and then "
    "(李晟, 王昱, 陈珺, 王玥); sixteen two-character names, padded as 2023 pads them. One Latin name (Javier Ortega, Red "
    "Hat).")


def auto_layout(n, a, prev, boxes, forums, scored):
    """What a screenshot shows, written from the logged lines: its page rows, the lines its edges slice, the forum
    headings and host lines it shows whole, and the slots it counts."""
    top = edge_cuts(a, boxes) if n else None
    foot = edge_cuts(a + VIEW, boxes)
    heads = [ln["text"] for ln in LINES if ln["what"] == "heading" and whole(on_page(ln), a)]
    parts = ["page rows %d-%d" % (a, a + VIEW)]
    if prev is not None:
        parts.append("%d rows shared with screenshot %d" % (prev + VIEW - a, n))
    text = "; ".join(parts) + ". "
    if n:
        text += "Top edge slices: %s. " % (", ".join("'%s'" % t for t in top) if top else "nothing (it runs in a gap)")
    text += "Foot edge slices: %s. " % (", ".join("'%s'" % t for t in foot) if foot else "nothing (it runs in a gap)")
    text += "Forum headings whole: %s. " % (", ".join("'%s'" % h for h in heads) if heads else "none")
    counted = []
    for f in forums:
        for s in f["slots"]:
            who = ", ".join(s["speakers"])
            counted.append("%s %s-%s '%s'%s" % (f["forum"], s["start"], s["end"], s["title"], " (%s)" % who if who else ""))
    if counted:
        text += "Counts %d slots: %s. %d scored." % (len(counted), "; ".join(counted), scored)
    else:
        text += "Counts no slot. %d scored." % scored
    return text


DRAFT = os.environ.get("DRAFT")


def main():
    poster = draw_poster()
    W0, H0 = poster.size
    buf = io.BytesIO()
    poster.save(buf, "PNG")  # the organisers' image (made in memory, never written)
    organisers = len(buf.getvalue())
    sent = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    page, img_top = article(sent)
    print("poster %d x %d, PNG %d bytes; article page %d x %d, image at row %d, %d x %d" % (
        W0, H0, organisers, page.size[0], page.size[1], img_top, IMG_W, round(H0 * PK)))
    boxes = all_boxes()
    slots = slot_lines()
    end = img_top + AGENDA_END[0] * PK
    starts, counted = plan_shots(boxes, slots, end, page.size[1])
    print("starts", starts, "overlaps", [a + VIEW - b for a, b in zip(starts, starts[1:])], "agenda end", round(end))
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        poster.save(os.path.join(HERE, "tmp", "draft.png"))
        page.save(os.path.join(HERE, "tmp", "page.png"))
    for old in os.listdir(HERE):  # screenshots of an earlier run that this run does not write
        if re.fullmatch(r"IMG_\d+\.PNG", old) and old not in [shot_name(n) for n in range(len(starts))]:
            os.remove(os.path.join(HERE, old))
    shots = []
    for n, a in enumerate(starts):
        shot = screenshot(page, a, SHOT_CLOCKS[n])
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
            assert 500_000 <= os.path.getsize(path) <= 2_500_000, os.path.getsize(path)
            assert [(f["forum"], len(f["slots"])) for f in forums] == SHOT_SLOTS[n], n
            assert scored == SHOT_SCORED[n], n
            assert cuts == EXPECTED_CUTS[n], (n, cuts)
        layout = "%s, screenshot %d of %d (%s): %s%s" % (
            "CLK 5235 (第3230届), 贵阳, 5235-11-10" if n == 0 else "CLK 5235", n + 1, len(starts), shot_name(n),
            (PHONE + " " if n == 0 else "") + (SHOT_TEXT[n] + " " if n < len(SHOT_TEXT) else ""),
            auto_layout(n, a, starts[n - 1] if n else None, boxes, forums, scored))
        shots.append({"file": shot_name(n), "layout": layout, "date": DATE, "forums": forums})
    for f in FORUMS:
        for s in f["slots"]:
            if len(s.get("_tl", [])) > 1:
                print("   wrapped:", " / ".join(s["_tl"]))
    assert W0 == 1080 and 10000 <= H0 <= 13000, (W0, H0)
    if not DRAFT:
        assert 1_000_000 <= organisers <= 4_000_000, organisers
        assert len(starts) == len(SHOT_SCORED)
    n = check(shots, starts, page.size[1])
    print("scored talks", n, "per screenshot", [sum(1 for f in p["forums"] for s in f["slots"] if s["kind"] != "break")
                                                for p in shots])
    truth = {"written": "2026-12-20", "by": "a helper that had not read the code", "note": NOTE, "posters": shots}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
