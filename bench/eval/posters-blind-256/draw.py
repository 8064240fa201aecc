"""Draw the two-hundred-and-fifty-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes 8256clk.png and truth.json next to this file
(with DRAFT=1 in the environment it writes only tmp/draft.png, a fast lossless page to look at, prints the wrapped
titles and skips the weight check, the pinned lists and truth.json).  Every string printed on the poster comes from
the data below, so truth.json and the picture cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 8256 (第6251届, 绵阳, 西南科技大学, Saturday 8256-10-18), as ONE whole-agenda PNG 1080 wide
named like the real one after its year (CLK2022's repository holds one agenda image, imgs/2022clk.png, 1.5 MB), in
the organisers' 2023 family (CLK2023全部议程.png) with new colours (a deep PETROL page fading to near-black, ember and
cyan glows, AMBER titles, bars and numerals, pale SKY company lines, LIME labels and dots, dark teal bands).
Logo lines, 'CLK' with the year raised in nested outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined
date box with a pin and the city, '地址：', the 2023 key visual (a lit sphere in arcs), a framed introduction,
'大会议程' over a hollow 'AGENDA'; the morning 主论坛 and CLK2022's three afternoon forums one under another (2023's
space before '分论坛', fading numerals behind the afternoon ones), each name over the thick bar; each forum's HOST
(2023 prints none) as the FIRST ROW of its timeline: '主持人' in the range column, a hollow ring on the line, the
padded name and the unit set like a speaker line, a hairline under it; the 2023 TIMELINE (range, dot on a vertical
line, title, 'padded name  company job' per speaker), ranges standing over two talks (four times) and over three
(once); 开场, a morning 茶歇, 午餐 and an afternoon 茶歇 per forum, a closing bar; '支持单位' / '支持媒体' boxes and a
foot line.
A copy of posters-blind-244/draw.py (244 took its helpers from set 241, it from 218, 190, 177, 165, 150, 141, 129,
117, 105, 103, 97, 90, 86, 78, 72, 68, 59, 43), unchanged: font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap,
wrap_nicely, ctext, rtext, vgrad, grain (called with noise 0), glow, two_pass, para, fits, WHITE, BANDS, rng, plain,
saturday, REAL_NAMES, K, F, k, slanted, outline_text, fading_numeral, pin, logo, clk_mark, inline, runs_width,
background, S, T, R, B, truth_slot, forum_truth, CLK2022_FORUMS, pad, split_spaces, speaker_line, panel_a, is_band,
slot, printed_name, dim_box, draw, people, surname_counts, readme_forums, wrapped_titles, wrapped_affs, COMMON5,
COMMON20.  Changed: heading (the name and the bar only; 244 put the host between them), paint (calls host_row),
check (this set's counts, ends, people, surnames and uncommon characters; takes draft), main (passes draft to
check, pins COUNTS only outside a draft).  New: host_row, all the data, the palette, UNCOMMON, UNCOMMON_GIVEN,
EVERYDAY (244's plus 思冰洁青光锋), INTRO, UNITS, MEDIA, ED, FILE, LAYOUT, NOTE, COUNTS, SHARED, WRAPPED.
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
        for j, yy in enumerate(range(k(2400), h - k(800), k(3600))):
            im = glow(im, w - k(40) if j % 2 else k(40), yy, k(380), pal["glow1"] if j % 2 else pal["glow2"], 0.08)
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


def T(start, end, title, speakers, shared=False, nice=False):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "shared": shared,
            "nice": nice}


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


# CLK2022's four forum names as its README prints them (the link texts)
CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]

# ---------------------------------------------------------------------------
# CLK 8256 (第6251届), 绵阳, Saturday 8256-10-18.  As 2023 prints them, a range may stand over two or THREE talks
# (shared=True: printed under the range of the talk before it, without range or dot of its own; every talk of the
# group gets the group's range in the truth).  Unlike 2023, every forum prints its HOST as the FIRST ROW of its
# timeline, under the thick bar: '主持人' in the label colour in the range column, a hollow ring on the line, then
# the padded name and the unit after it, set like a speaker line.
DATE = "8256-10-18"
FORUMS = [
    {"name": "主论坛", "host": "杨振华", "unit": "西南科技大学计算机科学与技术学院 院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [S("蒋立新", "西南科技大学副校长")]),
        T("09:20", "09:50", "年末的 6.1：三个大特性同时合入，发行版维护者要做什么准备",
          [S("王海涛", "华为 openEuler 内核首席专家")]),
        T("09:50", "10:20", "一台手机里的五个内核分支：GKI 之后还改什么",
          [S("陈思远", "OPPO 内核技术专家"), S("韩冰", "OPPO 稳定性工程师")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "Patch Review Backlogs: What a Year of Sending Patches to LKML Taught Us",
          [S("赵明辉", "阿里云 操作系统内核负责人")], nice=True),
        T("11:05", "11:35", "RISC-V 服务器跑通发行版内核还差什么", [S("刘宏伟", "中国科学院软件研究所副研究员")]),
        T("11:35", "12:05", "国产服务器的 RAS 缺口：从硬件报错到内核日志的最后一公里",
          [S("李俊峰", "飞腾信息技术 系统软件部总监")]),
        R("12:05", "12:50", "圆桌论坛：高校课程、开源实习与社区导师，内核新人从哪里来",
          S("周丽", "西安邮电大学 教授"),
          [S("马俊杰", "字节跳动 STE 团队技术专家"), S("缪建华", "中国科学院软件研究所 PLCT 实验室项目经理"),
           S("孙建勇", "腾讯 TencentOS 内核负责人"), S("许立锋", "统信软件 内核架构师，deepin 社区维护者")]),
        B("12:50", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "黄文杰", "unit": "英特尔 亚太研发中心首席工程师", "slots": [
        T("13:30", "14:00", "LoongArch 用户态 SIMD 程序的信号栈：向量寄存器保存的布局问题",
          [S("郑伟强", "龙芯中科 内核工程师")], nice=True),
        T("14:00", "14:30", "RISC-V AIA 中断控制器驱动：IMSIC 与 APLIC 的主线进展", [S("覃宇", "赛昉科技 内核工程师"), S("朱翀", "赛昉科技 固件工程师")],
          nice=True),
        T("14:30", "15:30", "ARM64 上用 pseudo-NMI 抓中断关闭区的热点", [S("程晓光", "华为 鲲鹏内核工程师")]),
        T("14:30", "15:30", "Energy Model Pitfalls on Asymmetric Arm SoCs",
          [S("Jeroen van Dijk", "Linaro Senior Kernel Engineer")], shared=True),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "latency-nice 补丁实测：交互任务的唤醒抢占",
          [S("张晓飞", "vivo 内核工程师"), S("沈晨", "vivo 性能优化工程师")]),
        T("16:20", "16:50", "split lock 检测上线之后：云主机里那些被卡住的总线", [S("吴建涛", "腾讯云 虚拟化工程师")],
          nice=True),
        T("16:50", "17:50", "printk 不再拖慢实时任务：PREEMPT_RT 下的控制台输出", [S("曹晓敏", "中兴通讯操作系统工程师")]),
        T("16:50", "17:50", "futex_waitv 与游戏兼容层的调度行为", [S("罗鹏飞", "统信软件 桌面内核工程师")], shared=True),
        T("16:50", "17:50", "SCHED_IDLE 组调度让离线作业让路：延迟收益和吞吐损失", [S("宋洁", "美团 基础架构内核工程师")],
          shared=True, nice=True),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "徐志强", "unit": "中国科学院计算技术研究所 研究员", "slots": [
        T("13:30", "14:00", "MGLRU 上线数据库集群之前，我们测了什么", [S("王晓婷", "腾讯 内核工程师")]),
        T("14:00", "14:30", "内存分层的升降级阈值：从静态水位到自适应",
          [S("李文博", "阿里云 内核技术专家"), S("董骞", "阿里云 内核工程师")]),
        T("14:30", "15:00", "userfaultfd write-protect for live VM snapshots", [S("谢晓磊", "字节跳动 虚拟化工程师")]),
        T("15:00", "15:30", "KFENCE 在线上的采样间隔怎么定", [S("梁志勇", "京东 系统工程师")]),
        T("15:00", "15:30", "dma-buf heaps on Android: who pays for the memory", [S("蔡文静", "荣耀终端 内存优化工程师")],
          shared=True),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:50", "国产 GPU 驱动里的 HMM：显存与系统内存之间的页迁移", [S("张玥", "摩尔线程 驱动工程师")]),
        T("15:50", "16:50", "CXL 2.0 内存扩展卡的内核驱动与 NUMA 呈现", [S("邓海波", "澜起科技 软件工程师")], shared=True),
        T("16:50", "17:20", "页缓存换成 folio 以后：ext4 顺序读写的得与失", [S("胡晓明", "华为 文件系统工程师")],
          nice=True),
        T("17:20", "17:50", "DSA 用户态提交与 IOMMU 缺页：加速器 SVM 的坑", [S("彭洋", "英特尔 软件工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "刘文斌", "unit": "字节跳动 系统技术与工程团队技术专家", "slots": [
        T("13:30", "14:00", "七层网关用上 io_uring：SEND_ZC 的收益", [S("张伟", "快手 网络工程师")]),
        T("14:00", "14:30", "把 CO-RE 带到老内核：BTF 缺失时的兼容方案",
          [S("陈志超", "蚂蚁集团 内核工程师"), S("任杰", "蚂蚁集团 可观测性工程师")], nice=True),
        T("14:30", "15:00", "Building a Continuous Profiler on Top of BPF Stack Maps", [S("王磊", "百度智能云 系统工程师")]),
        T("15:00", "15:30", "mq-deadline、BFQ 还是 none：国产 NVMe 盘上的 IO 调度器选择",
          [S("林静", "长江存储 驱动工程师")], nice=True),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "用 XDP 清洗 SYN Flood：从 iptables 迁移的半年", [S("郭宇航", "网易 网络内核工程师")], nice=True),
        T("16:20", "16:50", "NVMe 多路径的 ANA 状态切换：存储阵列故障演练", [S("陈晟", "浪潮信息 存储软件工程师"), S("李强", "浪潮信息 测试工程师")]),
        T("16:50", "17:20", "FUSE 直通读写：容器镜像场景的收益", [S("唐建新", "天翼云 存储工程师")]),
        T("16:50", "17:20", "一条 bpftrace 定位 TCP 重传风暴", [S("叶青", "美团 SRE 工程师")], shared=True),
        T("17:20", "17:50", "用 BPF LSM 拦截容器逃逸：规则设计与误报处理", [S("魏鹏", "深信服 安全研究员")]),
    ]},
]


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


def is_band(s):
    return s["kind"] == "break" and s["title"].startswith(BANDS)


def slot(im, d, ed, X0, X1, LX, CX, y, s):
    """One slot of the timeline, its title's top at y.  Returns the next slot's title top."""
    pal = ed["pal"]
    right = im.size[0] - k(50)
    if s["kind"] == "break" and not is_band(s):  # 开场 / 开幕 / 全体合影: a plain row, as 2023 prints 开场
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
    tl = (wrap_nicely if s["nice"] else wrap)(d, s["title"], tf, right - CX)
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
    """A forum's heading in the 2023 form: the name (a big fading numeral behind the afternoon ones) and the thick
    bar under it.  Returns the top of the first row under the bar."""
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
        d.text((X0, ny), fits(d, name, nf, X1 - X0), font=nf, fill=WHITE, stroke_width=k(1),
               stroke_fill=pal["bg"][0])
    nb = d.textbbox((X0, ny), name, font=nf)
    y = nb[3] + k(40)
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    return y + k(18) + k(80)


def host_row(d, ed, X0, X1, LX, CX, y, f, right):
    """New against 2023: the forum's HOST as the first row of its timeline.  In the range column '主持人' (bold,
    label colour, the size of a range), a hollow ring on the vertical line, then the padded name and the unit set
    like a speaker line on the same baseline.  A hairline under the row parts it from the first talk.
    Returns the next slot's title top."""
    pal = ed["pal"]
    d.text((X0, y + k(31)), "主持人", font=F(30, True), fill=pal["label"], anchor="ls")
    d.ellipse([LX - k(7), y + k(14), LX + k(7), y + k(28)], fill=pal["bg"][1], outline=pal["label"], width=k(2))
    yy = speaker_line(d, ed, CX, y, {"name": f["host"], "aff": f["unit"]}, right)
    d.line([(X0, yy + k(22)), (X1, yy + k(22))], fill=pal["line"], width=k(1))
    return yy + k(22) + k(56)


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
        d.text((X0 + k(32), y + k(36) + j * k(48)), ln, font=f24, fill=(226, 234, 232))
    y = bottom + k(150)
    outline_text(im, W / 2, y + k(16), "AGENDA", F(110, True), tuple(int(c * 0.6) for c in pal["title"]))
    f66 = F(68, True)
    slanted(im, W / 2 - tw(d, "大会议程", f66) / 2, y, "大会议程", f66, WHITE, pal["shadow"])
    y += k(250)
    LX, CX = X0 + k(212), X0 + k(250)
    for i, f in enumerate(ed["forums"]):
        y = heading(im, d, ed, X0, X1, y, i, f)
        top = y
        y = host_row(d, ed, X0, X1, LX, CX, y, f, im.size[0] - k(50))
        for s in f["slots"]:
            y = slot(im, d, ed, X0, X1, LX, CX, y, s)
        bar = y - k(5) if not is_band(f["slots"][-1]) else y - k(62)
        d.line([(LX, top - k(60)), (LX, bar)], fill=pal["line"], width=k(2))
        d.rectangle([X0, bar, X1, bar + k(14)], fill=pal["bar"])
        y = bar + k(14) + k(130)
    for label, hol, units in (("支持单位", "SUPPORT", ed["units"]), ("支持媒体", "MEDIA", ed["media"])):
        outline_text(im, W / 2, y + k(14), hol, F(96, True), tuple(int(c * 0.6) for c in pal["title"]))
        f60 = F(60, True)
        slanted(im, W / 2 - tw(d, label, f60) / 2, y, label, f60, WHITE, pal["shadow"])
        y += k(170)
        bw, gap, bh = (X1 - X0 - 2 * k(40)) / 3, k(40), k(106)
        rows = (len(units) + 2) // 3
        for j, u in enumerate(units):
            r, c = divmod(j, 3)
            n_row = min(3, len(units) - r * 3)
            x0 = X0 + (X1 - X0 - (n_row * bw + (n_row - 1) * gap)) / 2  # a short last row is centred
            bx, by = x0 + c * (bw + gap), y + r * (bh + k(40))
            d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=k(10), outline=WHITE, width=k(2))
            ff = F(34, True)
            ctext(d, bx + bw / 2, by + bh / 2 - k(25), fits(d, u, ff, bw - k(20)), ff, WHITE)
        y += rows * (bh + k(40)) + k(110)
    ctext(d, W / 2, y - k(40), ed["foot"], F(24), pal["foot"])
    return y + k(60)


def draw(ed):
    global K
    K = ed["K"]
    return two_pass(ed["W"], lambda im, d: paint(im, d, ed), background(ed))





INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 6251 届，由清华大学、西南科技大学、"
         "华为、阿里云、腾讯、字节跳动、OPPO、vivo、英特尔、龙芯中科、统信软件等高校和企业发起，以\u201c自由，协作，创新"
         "\u201d为理念，以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会上午为主论坛，"
         "下午三个分论坛同时进行，现诚邀广大 Linux 开发者和爱好者参加本次大会。")
UNITS = ["西南科技大学", "清华大学", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "英特尔", "龙芯中科",
         "统信软件", "飞腾"]
MEDIA = ["CSDN", "InfoQ", "阅码场", "Linux 内核之旅", "开源中国", "内核工匠", "OpenAnolis", "Linux 中国", "思否", "极客邦"]
# NEW COLOURS: a deep PETROL page ((8,36,46) fading to (3,12,16)) with ember and cyan glows, AMBER titles, bars and
# numerals, pale SKY 'company job' lines, LIME labels ('主持人', '嘉宾：') and dots, dark teal break bands, an ember
# sphere with a pale core.
PAL = {"bg": ((8, 36, 46), (3, 12, 16)), "title": (255, 180, 76), "aff": (142, 204, 232), "label": (192, 230, 92),
       "line": (44, 112, 132), "dot": (192, 230, 92), "band": (14, 68, 82),
       "bar": (255, 180, 76), "num": (255, 192, 104), "glow1": (236, 112, 36), "glow2": (28, 168, 190),
       "shadow": (196, 86, 18), "streak": (28, 88, 104), "sphere": (240, 138, 58), "core": (255, 242, 214),
       "clk": (255, 250, 240), "intro": (3, 14, 18), "foot": (168, 200, 212)}

ED = {"forums": FORUMS, "pal": PAL, "year": "8256", "nth": "第6251届中国", "date_text": "10月18日", "city": "绵阳",
      "addr": "地址：西南科技大学东区 图书馆报告厅", "intro": INTRO, "units": UNITS, "media": MEDIA,
      "seed": 25601, "gap": True, "K": 1.0, "W": 1080, "grain": 0.0, "cell": 5,
      "foot": "主办：中国 Linux 内核开发者大会组委会　　承办：西南科技大学计算机科学与技术学院"}
FILE = "%sclk.png" % ED["year"]  # named like the real imgs/2022clk.png, after this edition's year

LAYOUT = (
    "CLK 8256 (第6251届), 绵阳, Saturday 8256-10-18: the organisers' ONE whole-agenda PNG (%d x %d, %.2f MB), named like "
    "the real imgs/2022clk.png after this edition's year, in the organisers' 2023 family, at its measures and type, in NEW "
    "COLOURS: a deep PETROL page fading to near-black (an ember glow at the top right, cyan and ember glows low on the "
    "sides), AMBER titles, bars and heading numerals, pale SKY 'company job' lines, LIME labels ('主持人', '主持人：', "
    "'嘉宾：') and dots, dark TEAL break bands, ember shadows under the slanted lettering, an ember sphere in arcs. Header: "
    "logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '8256' raised in nested rounded outlines, a slanted "
    "'第6251届中国' / 'Linux 内核开发者大会', an outlined box '10月18日' + pin + '绵阳' (no year, as 2023), '地址：西南科技大学"
    "东区 图书馆报告厅', a framed introduction in 2023's wording pattern ('举办至今已第 6251 届', naming no forum), '大会议程' "
    "over a hollow 'AGENDA'. Then 主论坛 and CLK2022's three afternoon forums ONE UNDER ANOTHER, the afternoon ones over "
    "fading amber numerals '01'..'03' and printed with 2023's SPACE BEFORE '分论坛' ('处理器架构与调度 分论坛', "
    "'内存管理与异构计算 分论坛'; 'IO 与 ebpf 分论坛' as it is), each name over the thick amber bar. Each forum's HOST is the "
    "FIRST ROW of its timeline, under the bar: '主持人' (lime, 30 px bold, no colon) in the RANGE column, a hollow lime "
    "ring on the vertical line, then the padded name (28 px white) and the unit (20 px sky) set exactly like a speaker "
    "line, a hairline under the row: 杨振华 '西南科技大学计算机科学与技术学院 院长', 黄文杰 '英特尔 亚太研发中心首席工程师', "
    "徐志强 '中国科学院计算技术研究所 研究员', 刘文斌 '字节跳动 系统技术与工程团队技术专家'. The 2023 timeline: range 30 px "
    "bold white at the left, a dot on the line, the amber title (30 px bold), per speaker 'padded name  company job' (28 / "
    "20 px), two speakers on two lines; ranges printed ONCE over two talks (four times) and over THREE talks (once), the "
    "later talks without range or dot. 主论坛: '09:00-09:05 开场' (no speaker), '09:05-09:20 开幕致辞' by 蒋立新 "
    "(西南科技大学副校长, run together); '年末的 6.1：三个大特性同时合入，发行版维护者要' / '做什么准备' (王海涛, 华为); "
    "'一台手机里的五个内核分支：GKI 之后还改什么' by 陈思远 over 韩　冰 (both OPPO); a MORNING 茶歇 band 10:20-10:35; "
    "'Patch Review Backlogs: What a Year' / 'of Sending Patches to LKML Taught Us' (赵明辉, 阿里云); RISC-V servers (刘宏伟, "
    "'中国科学院软件研究所副研究员'); '国产服务器的 RAS 缺口：从硬件报错到内核日志的' / '最后一公里' (李俊峰, 飞腾信息技术); the "
    "ROUND TABLE '圆桌论坛：高校课程、开源实习与社区导师，内核新' / '人从哪里来' (12:05-12:50, broken greedily inside a word "
    "as 2023's round table is) with '主持人：' and '嘉宾：' on lines of their own: 周　丽 (西安邮电大学 教授), then FOUR "
    "guests 马俊杰 (字节跳动), the rare 缪建华 (中国科学院软件研究所 PLCT 实验室项目经理), 孙建勇 (腾讯), 许立锋 ('统信软件 "
    "内核架构师，deepin 社区维护者', a full-width comma); a 午餐 band 12:50-13:30. 处理器架构与调度分论坛 13:30-17:50 "
    "(30-minute talks, 茶歇 15:30-15:50): 'LoongArch 用户态 SIMD 程序的信号栈：' / '向量寄存器保存的布局问题' (郑伟强, "
    "龙芯中科); 'RISC-V AIA 中断控制器驱动：' / 'IMSIC 与 APLIC 的主线进展' by the rare 覃　宇 over 朱　翀 (both 赛昉科技); "
    "'14:30-15:30' printed ONCE over 'ARM64 上用 pseudo-NMI 抓中断关闭区的热点' (程晓光, 华为) and then the LATIN speaker "
    "Jeroen van Dijk ('Linaro Senior Kernel Engineer') under 'Energy Model Pitfalls on Asymmetric Arm SoCs'; latency-nice "
    "by 张晓飞 over 沈　晨 (both vivo); 'split lock 检测上线之后：' / '云主机里那些被卡住的总线' (吴建涛, 腾讯云); '16:50-17:50' "
    "printed ONCE over THREE talks: 'printk 不再拖慢实时任务：PREEMPT_RT 下的控' / '制台输出' (曹晓敏, 中兴通讯), 'futex_waitv "
    "与游戏兼容层的调度行为' (罗鹏飞, 统信软件), 'SCHED_IDLE 组调度让离线作业让路：' / '延迟收益和吞吐损失' (宋　洁, 美团). "
    "内存管理与异构计算分论坛 13:30-17:50 (茶歇 15:30-15:50): MGLRU (王晓婷, 腾讯); tiering thresholds by 李文博 over 董　骞 "
    "(both 阿里云); the lower-case 'userfaultfd write-protect for live VM snapshots' (谢晓磊, 字节跳动); '15:00-15:30' "
    "printed ONCE over KFENCE (梁志勇, 京东) and the lower-case 'dma-buf heaps on Android: who pays for the' / 'memory' "
    "(蔡文静, 荣耀终端); '15:50-16:50' printed ONCE over '国产 GPU 驱动里的 HMM：显存与系统内存之间的' / '页迁移' (张　玥, "
    "摩尔线程) and CXL 2.0 (邓海波, 澜起科技); folio page cache (胡晓明, 华为); DSA and IOMMU faults (彭　洋, 英特尔) last, "
    "17:20-17:50. IO 与 ebpf 分论坛 13:30-17:50 (茶歇 15:30-15:50): io_uring SEND_ZC (张　伟, 快手); CO-RE on old kernels "
    "by 陈志超 over 任　杰 (both 蚂蚁集团); 'Building a Continuous Profiler on Top of BPF' / 'Stack Maps' (王　磊, "
    "'百度智能云 系统工程师'); 'mq-deadline、BFQ 还是 none：' / '国产 NVMe 盘上的 IO 调度器选择' (林　静, 长江存储); XDP SYN "
    "flood (郭宇航, 网易); NVMe ANA by 陈　晟 over 李　强 (both 浪潮信息); '16:50-17:20' printed ONCE over FUSE passthrough "
    "(唐建新, 天翼云) and '一条 bpftrace 定位 TCP 重传风暴' (叶　青, 美团); BPF LSM (魏　鹏, 深信服) last, 17:20-17:50. "
    "Twelve '支持单位' boxes over a hollow 'SUPPORT', ten '支持媒体' boxes over a hollow 'MEDIA' (a short last row centred), "
    "the foot line '主办：中国 Linux 内核开发者大会组委会　　承办：西南科技大学计算机科学与技术学院'. %s talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 241, 244): speakers are names as printed with spaces and "
    "the padding of two-character names removed ('韩　冰' -> '韩冰', '覃　宇' -> '覃宇', 'Jeroen van Dijk' -> "
    "'JeroenvanDijk', its lower-case 'van' kept); host is the chair printed for the forum covering the slot, null for "
    "breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each has his own affiliation, in printed "
    "order; affiliations are the printed 'company job' exactly, run-together ones kept as printed ('西南科技大学副校长', "
    "'中国科学院软件研究所副研究员', '中兴通讯操作系统工程师'), spaced ones with their spaces ('华为 openEuler 内核首席专家', "
    "'Linaro Senior Kernel Engineer'), the one with a full-width comma whole ('统信软件 内核架构师，deepin 社区维护者'); an "
    "opening speech printed with a speaker ('开幕致辞') is a talk, '开场' without a speaker a break; 茶歇 and 午餐 are breaks; "
    "'午餐' closes 主论坛 as its break; a forum that prints no break after its last slot ends with it; every forum carries "
    "the edition's date. ONE invented edition, CLK 8256 (第6251届, 绵阳, Saturday 8256-10-18; the date box prints '10月18日' "
    "without a year, as 2023's does; the year is the '8256' of the CLK mark and of the file name '8256clk.png'), as ONE "
    "whole-agenda PNG 1080 wide in the organisers' 2023 family with new colours (as CLK2022's repository holds ONE agenda "
    "image, imgs/2022clk.png), with CLK2022's four README forum names in README order, one under another; one entry "
    "holding its four forums in printed order. Headers, logo lines, the introduction, the address, the date box, the hollow "
    "'AGENDA', 'SUPPORT' and 'MEDIA', support units, media and the foot line '主办：… 承办：西南科技大学计算机科学与技术学院' "
    "are never part of a name, a title or a slot; the numerals '01'..'03' are no part of a forum's name. Judgement calls: "
    "(1) FORUM NAMES are CLK2022's README link texts exactly ('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'); "
    "the headings print a space before '分论坛' as the 2023 image prints its own ('处理器架构与调度 分论坛', '内存管理与异构计算 "
    "分论坛'): the forum is still the README name, without that space. (2) HOSTS: each forum prints its host as the FIRST "
    "ROW of its timeline, under the thick bar: '主持人' (no colon) in the column where ranges stand, a hollow ring on the "
    "line (the slots have filled dots), then the padded name and the unit set like a speaker line, a hairline under it "
    "(杨振华, 黄文杰, 徐志强, 刘文斌). That row is no slot (it has no range) and no speaker line of the first slot; its unit "
    "is nobody's affiliation; every talk and the round table of the forum carry that host, breaks none. The round table's "
    "own '主持人：' (周丽, with a colon, inside the timeline under the round table's title) is its moderator, a speaker of "
    "that slot, not the forum's host (杨振华). (3) SHARED RANGES, as 2023 prints them: a range printed once over two or "
    "three talks (the later ones with no range and no dot) gives EVERY talk of the group that range, and each is its own "
    "talk with its own speaker(s), never a second speaker or a continuation of the talk above it: 处理器架构与调度分论坛 "
    "14:30-15:30 程晓光, then Jeroen van Dijk, and 16:50-17:50 曹晓敏, then 罗鹏飞, then 宋洁 (three talks under one "
    "range); 内存管理与异构计算分论坛 15:00-15:30 梁志勇, then 蔡文静, and 15:50-16:50 张玥, then 邓海波; IO 与 ebpf 分论坛 "
    "16:50-17:20 唐建新, then 叶青. So starts repeat inside a forum. (4) The round table is ONE slot of kind 'panel': its "
    "speakers are the moderator first (周丽), then the FOUR guests in printed order (马俊杰, 缪建华, 孙建勇, 许立锋), one "
    "affiliation each; the title keeps '圆桌论坛：'; '主持人：' and '嘉宾：' are labels. (5) Two speakers of one talk stand "
    "on two lines, each with the 'company job' of his own line (陈思远/韩冰 of OPPO, 覃宇/朱翀 of 赛昉科技, 张晓飞/沈晨 of "
    "vivo, 李文博/董骞 of 阿里云, 陈志超/任杰 of 蚂蚁集团, 陈晟/李强 of 浪潮信息). (6) Titles wrapped over two lines are one "
    "title: joined with a space where the printed title has one (between Latin words: 'Patch Review Backlogs: What a "
    "Year' / 'of Sending…', 'dma-buf heaps on Android: who pays for the' / 'memory', 'Building a Continuous Profiler on Top "
    "of BPF' / 'Stack Maps'), nothing added after a full-width '：' ('LoongArch 用户态 SIMD 程序的信号栈：' / '向量寄存器…', "
    "'mq-deadline、BFQ 还是 none：' / '国产 NVMe…') or where a greedy break falls inside a Chinese phrase or even a "
    "word ('…发行版维护者要' / '做什么准备', '…内核日志的' / '最后一公里', '…之间的' / '页迁移', '…PREEMPT_RT 下的控' / "
    "'制台输出', '…内核新' / '人从哪里来'). English titles keep their printed case "
    "('userfaultfd write-protect for live VM snapshots'). (7) The 2023 image prints no lunch and no morning tea; the 午餐 "
    "band and the morning 茶歇 band are this designer's additions (the brief asks for tea and lunch). Surnames in a real "
    "programme's proportions: of the 47 Chinese people (hosts, moderator and guests included) 14 bear one of the five "
    "commonest (王, 李, 张, 刘, 陈), 27 one of the twenty the brief names, two a rare one (缪建华, a round-table guest; 覃宇, "
    "first speaker of a 处理器架构与调度分论坛 talk); given names are everyday ones, with four less common characters a "
    "parent chooses, once each (陈晟, 朱翀, 董骞, 张玥); 17 of the 47 names have two characters and are printed padded. "
    "One Latin-lettered speaker (Jeroen van Dijk); five English-only titles, two of them lower-case.")
COUNTS = "7 + 9 + 9 + 9"
SHARED = ["Energy Model Pitfalls on Asymmetric Arm SoCs", "futex_waitv 与游戏兼容层的调度行为",
          "SCHED_IDLE 组调度让离线作业让路：延迟收益和吞吐损失", "dma-buf heaps on Android: who pays for the memory",
          "CXL 2.0 内存扩展卡的内核驱动与 NUMA 呈现", "一条 bpftrace 定位 TCP 重传风暴"]
WRAPPED = [
    ["年末的 6.1：三个大特性同时合入，发行版维护者要", "做什么准备"],
    ["Patch Review Backlogs: What a Year", "of Sending Patches to LKML Taught Us"],
    ["国产服务器的 RAS 缺口：从硬件报错到内核日志的", "最后一公里"],
    ["圆桌论坛：高校课程、开源实习与社区导师，内核新", "人从哪里来"],
    ["LoongArch 用户态 SIMD 程序的信号栈：", "向量寄存器保存的布局问题"],
    ["RISC-V AIA 中断控制器驱动：", "IMSIC 与 APLIC 的主线进展"],
    ["split lock 检测上线之后：", "云主机里那些被卡住的总线"],
    ["printk 不再拖慢实时任务：PREEMPT_RT 下的控", "制台输出"],
    ["SCHED_IDLE 组调度让离线作业让路：", "延迟收益和吞吐损失"],
    ["dma-buf heaps on Android: who pays for the", "memory"],
    ["国产 GPU 驱动里的 HMM：显存与系统内存之间的", "页迁移"],
    ["Building a Continuous Profiler on Top of BPF", "Stack Maps"],
    ["mq-deadline、BFQ 还是 none：", "国产 NVMe 盘上的 IO 调度器选择"],
]


COMMON5 = "王李张刘陈"  # the five commonest surnames: about three Chinese in ten
COMMON20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = "缪覃"  # the set's rare surnames (缪 met in Jiangsu, Zhejiang and Fujian, 覃 in Guangxi and Hubei)
# Given names as a real programme prints them: everyday characters, and now and then a less common one a parent chooses.
EVERYDAY = set("伟明磊涛军华勇强杰婷静丽鹏飞斌超建志刚文海波辉峰云宏立俊浩然洋帆敏芳倩雪亮怡国娟萍燕晓东新平"
               "宇航远轩晨程振群红博凯思冰洁青光锋")
UNCOMMON_GIVEN = "晟翀骞玥"  # each exactly once


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


def readme_forums():
    """The link texts of CLK2022's README, in order (None when the corpus is not there)."""
    p = "/work/shared/corpus/years/CLK2022/README.md"
    if not os.path.exists(p):
        return None
    return re.findall(r"^\[([^\]]+)\]\(http", open(p, encoding="utf-8").read(), re.M)


def check(poster, draft=False):
    assert [f["name"] for f in FORUMS] == CLK2022_FORUMS
    rf = readme_forums()
    assert rf is None or rf == CLK2022_FORUMS, rf
    everybody = people(FORUMS)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
    chinese = [p for p in everybody if not re.match(r"[A-Za-z]", p)]
    for p in chinese:
        assert 2 <= len(p) <= 3 and all(c in EVERYDAY or c in UNCOMMON_GIVEN for c in p[1:]), p
    given = "".join(p[1:] for p in chinese)
    assert sorted(c for c in given if c in UNCOMMON_GIVEN) == sorted(UNCOMMON_GIVEN), given
    n_cn, n5, n20, rare, n2 = surname_counts()
    assert (n_cn, n5, n20) == (47, 14, 27), (n_cn, n5, n20)  # 30 % and 57 %
    assert sorted(p[0] for p in rare) == sorted(UNCOMMON), rare
    assert n2 == 17, n2  # 36 % of the names have two characters
    assert saturday(poster["date"]), poster["date"]
    d = datetime.date(*map(int, poster["date"].split("-")))
    assert ED["date_text"] == "%d月%d日" % (d.month, d.day) and ED["nth"] == "第%d届中国" % (d.year - 2005)
    assert ED["year"] == str(d.year) and "第 %d 届" % (d.year - 2005) in ED["intro"]
    assert poster["file"] == "%dclk.png" % d.year
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
    assert [f["slots"][-1]["end"] for f in poster["forums"]] == ["13:30", "17:50", "17:50", "17:50"]
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv") + glob.glob("/work/shared/corpus/years/CLK2022/README.md")
    if listings:
        text = "".join(open(p, encoding="utf-8").read() for p in listings)
        for n in everybody:
            assert plain(n) not in text and n not in text, n
        for t in titles:
            assert t not in text, t
    slots = [s for f in FORUMS for s in f["slots"]]
    assert [(f["name"], s["kind"]) for f in FORUMS for s in f["slots"] if s["kind"] == "panel"] == [("主论坛", "panel")]
    assert FORUMS[0]["slots"][-1]["title"] == "午餐" and all(f["slots"][-1]["title"] != "午餐" for f in FORUMS[1:])
    assert [(s["kind"], s["title"]) for s in FORUMS[0]["slots"][:2]] == [("break", "开场"), ("talk", "开幕致辞")]
    names = [sp["name"] for s in slots for sp in s["sp"]]
    assert [n for n in names if re.match(r"[A-Za-z]", n)] == ["Jeroen van Dijk"]
    assert sum(bool(re.fullmatch(r"[A-Za-z0-9 :,'_\-./?]+", s["title"])) for s in slots if s["kind"] == "talk") == 5
    assert [sum(len(s["sp"]) == 2 for s in f["slots"] if s["kind"] == "talk") for f in FORUMS] == [1, 2, 1, 2]
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    if draft:
        for s in slots:
            if len(s.get("_tl", [])) > 1:
                print("wrapped", s["_tl"])
    assert all(len(s["_tl"][-1].replace(" ", "")) >= 3 for s in slots if len(s.get("_tl", [])) > 1)
    assert draft or [s["title"] for s in slots if s["shared"]] == SHARED
    groups = []  # how many talks stand under each range printed once
    for f in FORUMS:
        for s in f["slots"]:
            if s["shared"]:
                groups[-1] += 1
            else:
                groups.append(1)
    assert sorted(g for g in groups if g > 1) == [2, 2, 2, 2, 3], groups
    for s in slots:  # a wrapped title is its lines in order, joined with the space the title has at the break, if any
        tl = s.get("_tl", [s["title"]])
        pos = 0
        for ln in tl:
            at = s["title"].find(ln, pos)
            assert at in (pos, pos + 1) and s["title"][pos:at] in ("", " "), (tl, s["title"])
            pos = at + len(ln)
        assert pos == len(s["title"]), (tl, s["title"])
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]


def main():
    draft = bool(os.environ.get("DRAFT"))
    im = draw(ED)
    assert im.size[0] == 1080 and 9000 <= im.size[1] <= 13000, im.size
    if draft:  # a fast lossless page, only to look at it while designing
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"), compress_level=1)
    else:
        im.save(os.path.join(HERE, FILE), "PNG", optimize=True)
    size = os.path.getsize(os.path.join(HERE, "tmp", "draft.png") if draft else os.path.join(HERE, FILE))
    print("%d x %d, %d bytes" % (im.size + (size,)))
    assert draft or 1_000_000 <= size <= 1_600_000, size  # the real imgs/2022clk.png weighs 1,502,613 bytes
    forums = forum_truth(FORUMS, DATE)
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in forums)
    poster = {"file": FILE, "layout": LAYOUT % (im.size + (size / 1e6, counts)), "date": DATE, "forums": forums}
    n = check(poster, draft)
    print("scored talks", n, counts, "surnames (chinese, top5, top20, rare, two-character)", surname_counts())
    for tl in wrapped_titles():
        print("wrapped", tl)
    assert 32 <= n <= 44, n
    assert draft or counts == COUNTS, counts
    assert draft or wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [], wrapped_affs()
    if draft:
        return
    truth = {"written": "2026-12-12", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
