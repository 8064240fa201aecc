"""Draw the two-hundredth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes IMG_2816.PNG .. IMG_2820.PNG and truth.json next to this file
      (DRAFT=1: also tmp/draft.png, the organisers' image at 1080 wide, and none of the fixed-layout asserts).
Every string printed on the image comes from the data below, so truth.json and the pictures cannot drift apart.
Randomness only from seeded Random instances.

ONE invented edition, CLK 4236 (第2231届, 珠海, Saturday 4236-10-29), with CLK2022's four README forums, drawn as
the ONE whole-agenda PNG of its year (1080 wide, in memory only) in the organisers' 2023 family
(CLK2023全部议程.png, and its colours sampled on it): logo lines, 'CLK' with the year raised in nested outlines, a
slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin and the city, '地址：', a sphere, a
framed introduction, '大会议程' over a hollow 'AGENDA', per forum its heading (a big fading numeral behind the
afternoon ones), a host line, the thick bar, the 2023 timeline (one range printed once over two talks, as 2023
does), tea and lunch bands, a closing bar, '支持单位' / '支持媒体' over outlined boxes.  Then passed on as a reader
would: opened full-screen on an iPhone (1170 x 2532), scaled to the width (13/12) under the black status bar, and
saved as FIVE screenshots (PNG) taken while scrolling down by hand, a few lines of overlap each time, the home
indicator at the foot.

Copied from posters-blind-154/draw.py (154 took them from set 140, itself from sets 105, 103, 97, 90, 86, 78, 72,
68, 59 and 43), unchanged: font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad,
grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain, saturday, K, F, k, slanted, outline_text,
fading_numeral, pin, logo, clk_mark, inline, runs_width, background, listing_words, S, T, R, B, truth_slot, LINES,
put, pad, speaker_line, panel, is_band, slot, printed_name, heading, draw_poster, people, is_latin; paint with one
line added (AGENDA_END: where the last forum's closing bar ends).  Copied from posters-blind-188/draw.py: SHOT_W,
SHOT_H, BAR_H, VIEW, PILL, OV_MIN/OV_MAX, SLICE, CLEAR, edge_cuts, pill_clear, whole, status_bar (the battery a
little lower), screenshot, shot_name, COMMON, TOP5, TOP20; plan_shots adapted (the first stop at row 0 to 40, the
last one must show the closing bar); check adapted from both.  REAL_NAMES is the union of set 154's and set 188's
lists.  New: scaled, slot_lines, surname, UNCOMMON, SURNAME_COUNTS, WRAPPED, SHOT_*, EXPECTED_CUTS, PHONE,
LAYOUTS, NOTE, main, the palette and all the data.
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

EDITION = "CLK 4236"
DATE = "4236-10-29"
YEAR = "4236"
NTH = "第2231届中国"  # 2023 was the 18th: 4236 - 2005
FORUMS = [
    {"name": "主论坛", "host": "王建华", "unit": "华为 开源操作系统部总监", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [S("罗志勇", "中山大学计算机学院教授，博士生导师")]),
        T("09:20", "09:50", "从手机到汽车：同一套内核基线如何支撑多类终端的长期维护",
          [S("李伟", "vivo 操作系统内核总监"), S("周婷", "vivo 底层软件专家")]),
        T("09:50", "10:20", "Kernel Live Patching at Fleet Scale: Five Years of Lessons",
          [S("张建国", "阿里云 操作系统首席架构师")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "面向大模型训练集群的内核网络与存储优化", [S("王海燕", "华为 操作系统内核实验室主任")]),
        T("11:05", "11:35", "国产 CPU 平台上的内核性能调优：从 NUMA 拓扑到中断亲和", [S("田文", "麒麟软件 内核首席专家")]),
        T("11:35", "12:00", "内核补丁评审提速：自动化测试与 CI 的社区实践", [S("陈刚", "统信软件内核研发总监")]),
        R("12:00", "12:40", "圆桌论坛：开源内核人才培养，高校课程如何对接产业需求",
          S("徐丽", "Linux 内核之旅社区发起人"),
          [S("宋国平", "华南理工大学 计算机学院副教授"), S("赵敏", "字节跳动 STE 团队负责人"),
           S("朱文杰", "OPPO 内核技术专家"), S("靳晓光", "暨南大学 网络空间安全学院教授")]),
        B("12:40", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "胡海波", "unit": "英特尔 亚太研发中心首席工程师", "slots": [
        T("13:30", "14:00", "大小核手机平台上的任务放置：uclamp 与能效模型的实测", [S("陈晓东", "vivo 内核调度工程师")]),
        T("14:00", "14:30", "Proxy Execution in Practice: Priority Inversion on Android Phones",
          [S("Daniel Moreau", "Arm Principal Software Engineer")]),
        T("14:30", "15:00", "ARM64 服务器上 SMT 与核间干扰的量化方法",
          [S("刘国栋", "华为 鲲鹏计算内核工程师"), S("何晓丽", "华为 性能分析工程师")]),
        T("15:00", "15:30", "CFS 带宽控制在容器突发流量下的节流问题与改进", [S("钟宏伟", "腾讯云 高级内核工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "龙架构多路服务器上的 NUMA 调度优化", [S("孙国庆", "龙芯中科 内核开发工程师")]),
        T("15:50", "16:30", "海光平台 CCD 拓扑感知的负载均衡改进", [S("许文斌", "海光信息 系统软件工程师")], shared=True),
        T("16:30", "17:00", "实时内核在工业控制器上的中断延迟分析",
          [S("冯子健", "中控技术 嵌入式软件专家"), S("彭亮", "浙江大学 博士研究生")]),
        T("17:00", "17:30", "Scheduling Latency Under Heavy Softirq Load: A Case Study", [S("杨帆", "小米 系统软件工程师")]),
        T("17:30", "18:00", "基于 BPF 的调度延迟在线诊断工具", [S("马骏", "美团 基础架构内核工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "李红梅", "unit": "阿里云 操作系统内核研发总监", "slots": [
        T("13:30", "13:55", "手机内存碎片治理：大页分配成功率提升实践", [S("李俊", "小米 内核工程师")]),
        T("13:55", "14:20", "CXL 内存扩展在数据库场景下的分层放置策略", [S("王志强", "阿里云 高级技术专家")]),
        T("14:20", "14:45", "Page Cache Limits for Multi-Tenant Containers", [S("张涛", "字节跳动 Linux 内核工程师")]),
        T("14:45", "15:10", "GPU 统一虚拟内存与 HMM 在国产加速卡上的适配",
          [S("郭振华", "摩尔线程 驱动架构师"), S("曹琳", "摩尔线程 驱动工程师")]),
        T("15:10", "15:35", "KSM 在虚拟机高密部署中的收益与安全风险", [S("梁超", "移动云 虚拟化工程师")]),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "内存错误隔离：从 MCE 到页下线的全链路实践", [S("叶斌", "浪潮信息 服务器固件与内核专家")]),
        T("16:15", "16:40", "NPU 驱动中 DMA 缓冲区共享的生命周期管理", [S("黄磊", "全志科技 系统软件工程师")]),
        T("16:40", "17:05", "Reducing Memory Cgroup Charging Overhead on Large Servers", [S("邓鹏", "腾讯 TencentOS 内核工程师")]),
        T("17:05", "17:30", "ARM64 大内存机器上 vmalloc 地址空间的扩展",
          [S("刘洋", "飞腾信息 操作系统工程师"), S("潘静", "飞腾信息 软件工程师")]),
        T("17:30", "17:55", "异构计算场景下 IOMMU 映射开销的测量与优化", [S("韩旭", "中国科学院计算技术研究所 助理研究员")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "刘志军", "unit": "蚂蚁集团 基础设施部资深专家", "slots": [
        T("13:30", "13:55", "io_uring 在数据库日志写入路径上的落地", [S("吴强", "蚂蚁集团 存储内核工程师")]),
        T("13:55", "14:20", "NVMe 多队列与 CPU 亲和：高并发下的尾延迟治理", [S("高峰", "新华三 存储软件工程师")]),
        T("14:20", "14:45", "eBPF 网络策略在大规模 Kubernetes 集群中的性能评估",
          [S("陈立", "京东 云原生网络工程师"), S("宋佳", "京东 基础架构工程师")]),
        T("14:45", "15:10", "Writeback Throttling Revisited for Mixed SSD and HDD Pools", [S("杨明", "网易数帆 存储工程师")]),
        T("15:10", "15:35", "块设备层 blk-cgroup 的 IO 隔离实践", [S("林海", "快手 内核工程师")]),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "用 BPF 追踪文件系统元数据操作的延迟分布", [S("谢晨", "百度 系统部工程师")]),
        T("16:15", "16:40", "bpftrace 在生产环境排障中的十个案例", [S("王军", "天翼云 操作系统团队技术专家")]),
        T("16:40", "17:05", "XDP Load Balancing on SmartNICs: What We Learned", [S("李飞", "中兴通讯 网络软件工程师")]),
        T("17:05", "17:30", "Btrfs 快照在车载系统 OTA 回滚中的应用",
          [S("张勇", "星纪魅族 车机系统工程师"), S("曾雪", "星纪魅族 测试工程师")]),
        T("17:30", "17:55", "基于 eBPF 的内核安全审计：性能开销与规则设计", [S("欧阳辉", "奇安信 安全研究员")]),
    ]},
]
INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK），本届为第 2231 届，在广东珠海举行。大会由高校、"
         "企业与开源社区的内核开发者共同发起，秉持\u201c自由，协作，创新\u201d的理念，以推广 Linux 内核技术、促进内核开发者"
         "交流为使命。本届上午为主论坛，下午设三个分论坛同时进行，诚邀广大 Linux 内核开发者和爱好者参会交流。")
UNITS = ["中山大学", "暨南大学", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "小米", "蚂蚁集团", "龙芯中科",
         "英特尔"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "阅码场"]
# the colours of CLK2023全部议程.png, sampled on it: page (3, 10, 25), teal (0, 243, 228), company-job blue
# (0, 116, 255), violet labels (202, 16, 253), the time line (15, 92, 187), tea and lunch bands (12, 42, 104)
PAL = {"bg": ((5, 12, 30), (3, 10, 25)), "title": (0, 243, 228), "aff": (0, 116, 255), "label": (202, 16, 253),
       "line": (15, 92, 187), "dot": (0, 116, 255), "band": (12, 42, 104), "bar": (0, 243, 228),
       "bar_ink": (3, 10, 25), "num": (0, 206, 194), "glow1": (92, 48, 232), "glow2": (0, 150, 214),
       "shadow": (128, 40, 226), "streak": (70, 30, 136)}
ED = {"forums": FORUMS, "pal": PAL, "year": YEAR, "nth": NTH, "date_text": "10月29日", "city": "珠海",
      "addr": "地址：珠海国际会展中心", "intro": INTRO, "units": UNITS, "media": MEDIA,
      "seed": 20001, "intro_y": 994, "foot_pad": 76, "K": 1.0, "W": 1080, "grain": 0.002, "cell": 3}
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
# The phone (after set 188): the organisers' PNG opened full-screen on an iPhone (1170 x 2532), the image scaled
# to the screen's width (1080 -> 1170, 13/12) under an opaque black status bar; the reader scrolls down by hand and
# takes a screenshot at each stop, a few lines of overlap each time, until the last forum has ended; the home
# indicator is drawn over the image at the screen's foot.  The screenshots are PNG, named as iOS names them.
SHOT_W, SHOT_H, BAR_H = 1170, 2532, 141  # the screen, and the status bar (47 pt at 3x)
VIEW = SHOT_H - BAR_H  # image rows (at the screen's scale) shown under the status bar
PILL = (384, 2493, 786, 2508)  # the home indicator (134 x 5 pt at 3x, 8 pt above the foot)
SHOT_FIRST = 2816  # IMG_2816.PNG, IMG_2817.PNG, ...
SHOT_CLOCKS = ["20:41", "20:41", "20:41", "20:42", "20:42", "20:42"]
W = 1080
PK = SHOT_W / W  # 13/12
OV_MIN, OV_MAX = 130, 280  # overlap between consecutive screenshots, in screen rows (three to six printed lines)
SLICE = (0.2, 0.8)  # an edge through a line cuts it between 20 % and 80 % of its height ...
CLEAR = 3  # ... or stands at least 3 screen px off it


def scaled(ln):
    return (ln["left"] * PK, ln["top"] * PK, ln["right"] * PK, ln["bottom"] * PK, ln["text"])


def slot_lines():
    """Each slot's boxes at the screen's scale: (the lines that show its time and title: its range line, for a
    shared talk the range of the talk it stands under, and every title line; its other lines: speakers, labels)."""
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
    """The lines an edge at screen-scaled image row e slices, or None if it passes too near a line's top or foot
    (set 188's)."""
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
    """No printed line under the home indicator (4 px margin) when the shot starts at scaled row a (set 188's)."""
    py0, py1 = a + PILL[1] - BAR_H - 4, a + PILL[3] - BAR_H + 4
    return not any(b[1] < py1 and b[3] > py0 and b[0] < PILL[2] + 4 and b[2] > PILL[0] - 4 for b in boxes)


def whole(box, a):
    return box[1] >= a and box[3] <= a + VIEW


def plan_shots(boxes, slots, end, height):
    """The screenshots' first rows (after set 188's): the first at the image's top (or a few rows down), each next one OV_MIN..OV_MAX
    rows above where the last one ended, chosen (seeded) among the rows whose edges and home indicator are clean and
    where no slot is counted with a speaker line cut; the last one also shows the last forum's closing bar."""
    starts, counted = [], {}
    while len(counted) < len(slots):
        n = len(starts)
        assert n < 6, "more than six screenshots"
        cands = range(0, 41) if n == 0 else [starts[-1] + VIEW - ov for ov in range(OV_MIN, OV_MAX + 1)]
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
        a, new = ok[0] if n == 0 else random.Random(4236 + n).choice(ok)
        starts.append(a)
        for s in new:
            counted[s] = n
    return starts, counted


def status_bar(im, clock):
    """The iPhone's status bar, white on black: the clock at the left, signal bars, wifi and battery at the right
    (set 188's)."""
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, SHOT_W, BAR_H - 1], fill=(0, 0, 0))
    ctext(d, 186, 40, clock, font(47, True), WHITE)
    for i, h in enumerate((12, 18, 24, 31)):
        d.rounded_rectangle([872 + i * 15, 98 - h, 882 + i * 15, 98], radius=2, fill=WHITE)
    cx, cy = 972, 98
    d.pieslice([cx - 8, cy - 14, cx + 8, cy + 2], 225, 315, fill=WHITE)
    for r in (20, 32):
        d.arc([cx - r, cy - r - 6, cx + r, cy + r - 6], 225, 315, fill=WHITE, width=6)
    d.rounded_rectangle([1028, 66, 1102, 101], radius=10, outline=(150, 150, 150), width=3)
    d.rounded_rectangle([1034, 72, 1034 + 38, 95], radius=6, fill=WHITE)
    d.rounded_rectangle([1106, 77, 1112, 90], radius=2, fill=(150, 150, 150))


def screenshot(phone, a, clock):
    im = Image.new("RGB", (SHOT_W, SHOT_H), (0, 0, 0))
    im.paste(phone.crop((0, a, SHOT_W, a + VIEW)), (0, BAR_H))
    status_bar(im, clock)
    lay = Image.new("L", im.size, 0)
    ImageDraw.Draw(lay).rounded_rectangle(PILL, radius=8, fill=235)
    im.paste(Image.new("RGB", im.size, (250, 250, 250)), (0, 0), lay)
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
UNCOMMON = ["欧阳", "靳"]
SURNAME_COUNTS = {"王": 4, "李": 4, "张": 3, "刘": 3, "陈": 3, "杨": 2, "宋": 2}  # every other surname once


def surname(n):
    return "欧阳" if n.startswith("欧阳") else n[0]


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
    given = [p[len(surname(p)):] for p in chinese]
    assert len(given) == len(set(given)), sorted(g for g in given if given.count(g) > 1)
    rare = sorted(surname(p) for p in chinese if surname(p) not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[surname(p)] = counts.get(surname(p), 0) + 1
    top5 = sum(1 for p in chinese if surname(p) in TOP5)
    top20 = sum(1 for p in chinese if surname(p) in TOP20)
    print("surnames:", len(chinese), "top5", top5, "top20", top20, sorted(counts.items(), key=lambda kv: -kv[1]))
    assert {s: v for s, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert (len(chinese), top5, top20) == (50, 17, 33), (len(chinese), top5, top20)
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
    assert [f["slots"][-1]["end"] for f in FORUMS[1:]] == ["18:00", "17:55", "17:55"]
    panels = [s for s in slots if s["kind"] == "panel"]
    assert len(panels) == 1 and len(panels[0]["sp"]) == 5 and panels[0]["title"].startswith("圆桌论坛：")
    assert [sum(1 for s in f["slots"] if s["kind"] == "talk" and len(s["sp"]) == 2) for f in FORUMS] == [1, 2, 2, 2]
    assert sum(s["shared"] for s in slots) == 1
    latin = [sp["name"] for s in slots for sp in s["sp"] if is_latin(sp["name"])]
    assert latin == ["Daniel Moreau"], latin
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
        assert shot["date"] == DATE and shot["forums"]
        for f in shot["forums"]:
            assert f["date"] == DATE and f["slots"]
            whole_day.setdefault(f["forum"], []).extend(f["slots"])
    assert list(whole_day) == FOUR
    for f in FORUMS:
        assert whole_day[f["name"]] == [truth_slot(s, f["host"]) for s in f["slots"]], f["name"]
        for s in whole_day[f["name"]]:
            assert (s["host"] is None) == (s["kind"] == "break"), s
            assert len(s["speakers"]) == len(s["affiliations"]), s
    assert 4 <= len(starts) <= 6 and starts[0] <= 40
    assert all(OV_MIN <= a + VIEW - b <= OV_MAX for a, b in zip(starts, starts[1:]))
    assert starts[-1] + VIEW <= height
    n = sum(1 for s in slots if s["kind"] != "break")
    assert 32 <= n <= 44, n
    return n


WRAPPED = [  # the titles printed over two lines (greedy, as 2023 breaks them)
    "从手机到汽车：同一套内核基线如何支撑多类终端的长期维护",
    "Kernel Live Patching at Fleet Scale: Five Years of Lessons",
    "国产 CPU 平台上的内核性能调优：从 NUMA 拓扑到中断亲和",
    "圆桌论坛：开源内核人才培养，高校课程如何对接产业需求",
    "大小核手机平台上的任务放置：uclamp 与能效模型的实测",
    "Proxy Execution in Practice: Priority Inversion on Android Phones",
    "Scheduling Latency Under Heavy Softirq Load: A Case Study",
    "Reducing Memory Cgroup Charging Overhead on Large Servers",
    "eBPF 网络策略在大规模 Kubernetes 集群中的性能评估",
    "Writeback Throttling Revisited for Mixed SSD and HDD Pools",
    "XDP Load Balancing on SmartNICs: What We Learned",
]
# per screenshot: the forums whose slots it counts, with how many slots; its scored talks; what its top edge (None for
# the first) and its foot edge slice
SHOT_SLOTS = [[("主论坛", 2)], [("主论坛", 8), ("处理器架构与调度分论坛", 1)],
              [("处理器架构与调度分论坛", 9), ("内存管理与异构计算分论坛", 3)],
              [("内存管理与异构计算分论坛", 8), ("IO 与 ebpf 分论坛", 3)], [("IO 与 ebpf 分论坛", 8)]]
SHOT_SCORED = [1, 7, 11, 10, 7]
EXPECTED_CUTS = [
    (None, ["09:20-09:50", "从手机到汽车：同一套内核基线如何支撑多类终端的"]),
    ([], ["14:00-14:30", "Proxy Execution in Practice: Priority Inversion"]),
    (["13:30-14:00", "大小核手机平台上的任务放置：uclamp 与能效模型"], []),
    ([], ["14:45-15:10", "Writeback Throttling Revisited for Mixed SSD"]),
    (["陈\u3000立", "京东 云原生网络工程师"], []),
]
PHONE = ("an iPhone (1170 x 2532) showed the edition's whole-agenda image (ONE PNG, 1080 x 10962, in the organisers' 2023 "
         "family, as CLK2022's imgs/2022clk.png is one PNG) full-screen, scaled to the screen's width (13/12: 1170 x 11876) "
         "under an opaque black status bar (141 px: the clock at the left; signal bars, wifi and battery at the right), with "
         "the white home indicator drawn over the image at the foot (over no text). The reader scrolled down by hand and "
         "took FIVE screenshots (PNG 1170 x 2532 each, named as iOS names them), each starting 137 to 237 image rows above "
         "where the last one ended, so the lines near each edge are shown twice and an edge may slice a line through its "
         "middle; the reader stopped after the last forum and the first support boxes. Rows below are the image's at the "
         "screen's scale.")
LAYOUTS = [
    "CLK 4236 (第2231届), 珠海, 4236-10-29, screenshot 1 of 5 (IMG_2816.PNG, image rows 0-2391): " + PHONE + " This one "
    "shows the image from its top: logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '4236' raised in nested "
    "outlines, a slanted '第2231届中国' / 'Linux 内核开发者大会', an outlined date box '10月29日' + pin + '珠海' (no year, as "
    "2023 prints it), '地址：珠海国际会展中心', a sphere with swirling lines, a framed introduction (it names the edition, the "
    "city and that three forums run in the afternoon, but no forum by name), '大会议程' over a hollow 'AGENDA'; '主论坛' "
    "(52 px white), the host line '主持人：王建华　华为 开源操作系统部总监' (label violet, name bold white, unit small blue), "
    "the thick teal bar; the 2023 timeline (range 30 px bold white at the left, a dot on a thin vertical line, the title "
    "30 px bold teal broken greedily, per speaker 'padded name  company job': name 28 px white, company-job 20 px blue): "
    "'09:00-09:05 开场' (no speaker), '09:05-09:20 开幕致辞' by 罗志勇 ('中山大学计算机学院教授，博士生导师'); at the FOOT the "
    "range '09:20-09:50' and the first title line '从手机到汽车：同一套内核基线如何支撑多类终端的' are SLICED through their "
    "middle by the screen's edge. 1 scored.",
    "CLK 4236, screenshot 2 of 5 (IMG_2817.PNG, image rows 2154-4545, 237 rows shared with screenshot 1): the status "
    "bar, then '09:00-09:05 开场' and '09:05-09:20 开幕致辞' (罗志勇) again whole (they count in screenshot 1), without "
    "主论坛's heading or host; '09:20-09:50' '从手机到汽车：同一套内核基线如何支撑多类终端的' / '长期维护' with 李　伟 over "
    "周　婷 (both vivo); '09:50-10:20' 'Kernel Live Patching at Fleet Scale: Five Years' / 'of Lessons' (张建国, 阿里云); a "
    "'10:20-10:35 茶歇' band; '10:35-11:05' (王海燕, 华为); '11:05-11:35' '国产 CPU 平台上的内核性能调优：从 NUMA 拓扑到' / "
    "'中断亲和' (田　文, 麒麟软件); '11:35-12:00' (陈　刚, '统信软件内核研发总监' run together); the ROUND TABLE "
    "'12:00-12:40' '圆桌论坛：开源内核人才培养，高校课程如何对接产' / '业需求' with 2023's violet '主持人：' (徐　丽) and "
    "'嘉宾：' (宋国平, 赵　敏, 朱文杰, 靳晓光) on lines of their own, one speaker line each; a '12:40-13:30 午餐' band and "
    "the closing bar. Then '01' fading behind '处理器架构与调度 分论坛' (a space before '分论坛', as 2023 prints it), "
    "'主持人：胡海波　英特尔 亚太研发中心首席工程师', the bar, 30-minute talks: '13:30-14:00' '大小核手机平台上的任务放置："
    "uclamp 与能效模型' / '的实测' (陈晓东, vivo); at the FOOT the range '14:00-14:30' and the title line 'Proxy Execution "
    "in Practice: Priority Inversion' SLICED. 6 + 1 = 7 scored.",
    "CLK 4236, screenshot 3 of 5 (IMG_2818.PNG, image rows 4366-6757, 179 rows shared with screenshot 2): the status "
    "bar, then the range '13:30-14:00' and the uclamp talk's first title line SLICED under it, '的实测' and 陈晓东's line "
    "again (that talk counts in screenshot 2), no heading; 'Proxy Execution in Practice: Priority Inversion' / 'on Android "
    "Phones' by the ONE LATIN SPEAKER 'Daniel Moreau  Arm Principal Software Engineer'; '14:30-15:00' SMT (刘国栋 over "
    "何晓丽, both 华为); '15:00-15:30' CFS (钟宏伟, 腾讯云); a '15:30-15:50 茶歇' band; '15:50-16:30' printed ONCE, beside "
    "'龙架构多路服务器上的 NUMA 调度优化' (孙国庆, 龙芯中科), and under that talk, with NO range and NO dot, '海光平台 CCD "
    "拓扑感知的负载均衡改进' (许文斌, 海光信息), as 2023 prints two talks under one range; '16:30-17:00' (冯子健 中控技术 over "
    "彭　亮 浙江大学); 'Scheduling Latency Under Heavy Softirq Load:' / 'A Case Study' (杨　帆, 小米); '17:30-18:00' (马　骏, "
    "美团); the closing bar. Then '02' behind '内存管理与异构计算 分论坛', '主持人：李红梅　阿里云 操作系统内核研发总监', the "
    "bar, 25-minute talks: '13:30-13:55' (李　俊, 小米), '13:55-14:20' CXL (王志强, 阿里云), '14:20-14:45' 'Page Cache Limits "
    "for Multi-Tenant Containers' on one line (张　涛, 字节跳动) just above the home indicator; the foot edge in the empty "
    "gap after it. 8 + 3 = 11 scored.",
    "CLK 4236, screenshot 4 of 5 (IMG_2819.PNG, image rows 6537-8928, 220 rows shared with screenshot 3): the status "
    "bar, then (the edge in an empty gap) 王志强's speaker line alone (his range and title are above the edge) and the "
    "Page Cache talk again whole (both count in screenshot 3), no heading; '14:45-15:10' GPU/HMM (郭振华 over 曹　琳, both "
    "摩尔线程); '15:10-15:35' KSM (梁　超, 移动云); a '15:35-15:50 茶歇' band; MCE (叶　斌, 浪潮信息); NPU DMA (黄　磊, "
    "全志科技); 'Reducing Memory Cgroup Charging Overhead' / 'on Large Servers' (邓　鹏, 腾讯); vmalloc (刘　洋 over 潘　静, "
    "both 飞腾信息); '17:30-17:55' IOMMU (韩　旭, 中国科学院计算技术研究所 助理研究员); the closing bar. Then '03' behind 'IO 与 "
    "ebpf 分论坛' (as the README names it), '主持人：刘志军　蚂蚁集团 基础设施部资深专家', the bar: '13:30-13:55' io_uring "
    "(吴　强, 蚂蚁集团), '13:55-14:20' NVMe (高　峰, 新华三), '14:20-14:45' 'eBPF 网络策略在大规模 Kubernetes 集群中的性能' / "
    "'评估' (陈　立 over 宋　佳, both 京东); at the FOOT the range '14:45-15:10' and the title line 'Writeback Throttling "
    "Revisited for Mixed SSD' SLICED. 7 + 3 = 10 scored.",
    "CLK 4236, screenshot 5 of 5 (IMG_2820.PNG, image rows 8791-11182, 137 rows shared with screenshot 4): the status "
    "bar, then 陈　立's speaker line SLICED under it and 宋　佳's line again (that talk counts in screenshot 4), no heading; "
    "'14:45-15:10' 'Writeback Throttling Revisited for Mixed SSD' / 'and HDD Pools' (杨　明, 网易数帆); '15:10-15:35' "
    "blk-cgroup (林　海, 快手); a '15:35-15:50 茶歇' band; BPF 元数据 (谢　晨, 百度); bpftrace (王　军, 天翼云); 'XDP Load "
    "Balancing on SmartNICs: What We' / 'Learned' (李　飞, 中兴通讯); Btrfs (张　勇 over 曾　雪, both 星纪魅族); '17:30-17:55' "
    "(欧阳辉, 奇安信); the closing bar; '支持单位' over a hollow 'SUPPORT' and twelve outlined boxes. The reader stopped "
    "there: '支持媒体' and its boxes are on no screenshot. 7 scored.",
]
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 154, 188): speakers are names as printed with spaces and "
    "the padding of two-character names removed ('李　伟' -> '李伟', 'Daniel Moreau' -> 'DanielMoreau'); host is the name "
    "after '主持人：' on the forum's host line (the unit printed after it is no part of it and no affiliation), null for "
    "breaks; start/end HH:MM on a 24-hour clock; each speaker has the 'company job' printed after his own name, exactly "
    "(run-together ones kept so: '中山大学计算机学院教授，博士生导师', '统信软件内核研发总监'); two speakers of one talk stand on "
    "two lines, given top then bottom; '开幕致辞' with a speaker is a talk (the opening address), '开场' without one a "
    "break; '茶歇' and '午餐' are breaks; '午餐' closes 主论坛; an afternoon forum that prints no break after its last talk "
    "ends with it; every forum's date is the edition's. ONE invented edition, CLK 4236 (第2231届, 珠海, Saturday "
    "4236-10-29), with CLK2022's four README forum names in README order (主论坛 in the morning, the other three in "
    "parallel from 13:30), drawn as ONE whole-agenda PNG (1080 x 10962) in the organisers' 2023 family and handed on as "
    "a reader would: opened full-screen on an iPhone (1170 x 2532), scaled to the screen's width (13/12), and passed on "
    "as FIVE screenshots (PNG 1170 x 2532, the black status bar on top of each, the home indicator at the foot) taken "
    "while scrolling down by hand; consecutive screenshots overlap by 237, 179, 220 and 137 image rows at the screen's "
    "scale; the PNG itself is not delivered. Each screenshot is one entry of 'posters' holding the forums whose slots "
    "it COUNTS, in printed order. Judgement calls: (1) A slot counts ONCE, in the FIRST screenshot where its range line "
    "and every line of its title lie wholly inside the screenshot (under the status bar, above the screen's foot); the "
    "stops were chosen so that such a screenshot also shows all the slot's speaker and company-job lines whole (for "
    "the round table its labels and five speaker lines too). A line sliced by a screen edge is NOT shown there; every "
    "sliced line is cut between 20 % and 80 % of its height, and every other line stands at least 3 px off each edge, "
    "so 'whole' never hangs on a pixel. So: '从手机到汽车：同一套内核基线如何支撑多类终端的长期维护' (09:20-09:50; range "
    "and first title line sliced at the foot of screenshot 1) counts in 2; 'Proxy Execution in Practice: Priority "
    "Inversion on Android Phones' (sliced at the foot of 2) counts in 3; the uclamp talk (13:30-14:00 of "
    "处理器架构与调度分论坛, its range and first title line sliced at the top of 3) counts in 2; 'Writeback Throttling "
    "Revisited for Mixed SSD and HDD Pools' (sliced at the foot of 4) counts in 5; the eBPF network-policy talk "
    "(14:20-14:45, its first speaker line sliced at the top of 5) counts in 4. A slot repeated whole in the overlap of "
    "the next screenshot is NOT listed again there ('开场' and '开幕致辞' on 2, the Page Cache talk on 4). (2) A forum "
    "spread over several screenshots is in each entry that counts some of its slots, under its own name and host, "
    "though the later screenshots print neither its heading nor its host (主论坛: 1 and 2; 处理器架构与调度分论坛: 2 and "
    "3; 内存管理与异构计算分论坛: 3 and 4; IO 与 ebpf 分论坛: 4 and 5). (3) '15:50-16:30' of 处理器架构与调度分论坛 is "
    "printed ONCE beside '龙架构多路服务器上的 NUMA 调度优化' (孙国庆), and '海光平台 CCD 拓扑感知的负载均衡改进' (许文斌) "
    "stands under that talk with no range and no dot, as the 2023 image prints two talks under one range: both talks "
    "get 15:50-16:30, and the second is its own talk. (4) The date: the date box prints '10月29日' without a year (as "
    "the 2023 image prints its date); the year is the edition's, 4236, printed as the raised '4236' beside 'CLK'; "
    "screenshots 2 to 5 print no date at all. The status bar's clock ('20:41', '20:42') is the phone's, no slot and no "
    "time of the meeting; the file names are the phone's running numbers. (5) Forum names are the README's link texts "
    "exactly ('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'); the headings print a space before '分论坛' as "
    "2023 prints its own ('处理器架构与调度 分论坛', '内存管理与异构计算 分论坛'), which is no part of the name; the fading "
    "numerals '01'..'03' are no part of a name. (6) Hosts: the 2023 image prints none; this designer adds a host line "
    "under each forum's name, above the bar: '主持人：' + padded name + '　' + unit. (7) The round table "
    "'圆桌论坛：开源内核人才培养，高校课程如何对接产业需求' (12:00-12:40, 主论坛) is ONE slot of kind 'panel': the moderator "
    "after the label '主持人：' (徐丽) first, then the four guests after '嘉宾：' in printed order, one affiliation each; "
    "its title keeps '圆桌论坛：'; the moderator is not the forum's host (王建华). (8) Titles wrapped over two lines are "
    "one title: Latin words joined with a space ('Scheduling Latency Under Heavy Softirq Load:' / 'A Case Study'), "
    "Chinese broken greedily, even inside a word, joined without anything ('…如何对接产' / '业需求', '…集群中的性能' / "
    "'评估', '…能效模型' / '的实测'); eleven titles wrap, none over more than two lines. (9) Headers, logo lines, the "
    "introduction, the address, the date box, 'AGENDA', 'SUPPORT', the support units, the status bar and the home "
    "indicator are never part of a name, a title or a slot. Surnames of the 50 Chinese people: 王 4, 李 4, 张 3, 刘 3, "
    "陈 3, 杨 2, 宋 2 and 29 others once each, all twenty commonest among them; two uncommon ones: the compound 欧阳 "
    "(欧阳辉) and 靳 (靳晓光, a round-table guest). One Latin name (Daniel Moreau).")


DRAFT = os.environ.get("DRAFT")


def main():
    poster = draw_poster()
    W0, H0 = poster.size
    buf = io.BytesIO()
    poster.save(buf, "PNG")  # the organisers' image (made in memory, never written)
    organisers = len(buf.getvalue())
    sent = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    phone = sent.resize((SHOT_W, round(H0 * PK)), Image.LANCZOS)
    print("poster %d x %d, PNG %d bytes, on the phone %d x %d" % (W0, H0, organisers, phone.size[0], phone.size[1]))
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
        shot = screenshot(phone, a, SHOT_CLOCKS[n])
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
            assert 600_000 <= os.path.getsize(path) <= 2_500_000, os.path.getsize(path)
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
    assert W0 == 1080 and 10000 <= H0 <= 13000, (W0, H0)
    if not DRAFT:
        assert 1_000_000 <= organisers <= 4_000_000, organisers
        assert len(starts) == len(SHOT_SCORED)
    n = check(shots, starts, phone.size[1])
    print("scored talks", n, "per screenshot", [sum(1 for f in p["forums"] for s in f["slots"] if s["kind"] != "break")
                                                for p in shots])
    truth = {"written": "2026-12-14", "by": "a helper that had not read the code", "note": NOTE, "posters": shots}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
