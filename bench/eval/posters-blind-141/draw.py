"""Draw the hundred-and-forty-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes 3577clk.png and truth.json next to this file.
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 3577 (第1572届, 石家庄, Saturday 3577-10-22), as ONE whole-agenda PNG
1080 wide (as CLK2022's repository holds one agenda image, imgs/2022clk.png, 1.5 MB), in the
organisers' 2023 family (CLK2023全部议程.png) with new colours (deep cobalt page, lemon-yellow
titles and bars, ice-blue company lines, coral labels): logo lines, 'CLK' with the year raised in
nested outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin and
the city, '地址：', the 2023 key visual (a sphere in swirling arcs), a framed introduction, '大会议程'
over a hollow 'AGENDA'; the morning 主论坛 and CLK2022's three afternoon forums one under another
(2023's space before '分论坛', fading numerals behind the afternoon ones), each with its host at the
right end of the heading's line ('主持人：name' over the unit), a thick bar, the 2023 TIMELINE
(range, dot on a vertical line, title, 'padded name  company job' per speaker), a range standing
over two talks four times; 开场, 茶歇 and 午餐, a closing bar; '支持单位' / '支持媒体' boxes.
Copied from posters-blind-129/draw.py (129 took them from sets 117, 105, 103, 97, 90, 86, 78, 72,
68, 59, 43): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad,
grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain, saturday, REAL_NAMES, K, F, k, slanted,
outline_text, fading_numeral, pin, logo, clk_mark, inline, runs_width, S, T, R, B, truth_slot,
forum_truth, CLK2022_FORUMS, pad, split_spaces, speaker_line, panel_a, is_band, slot, printed_name,
dim_box, paint, draw, people, wrapped_titles, wrapped_affs; check and main adapted.  From
posters-blind-105/draw.py: background (its sphere's rim colour now from the palette's 'sphere') and
heading (its host-'right' form only).  New: COMMON20, surname_counts, the palette and all the data.
"""
import datetime
import glob
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




REAL_NAMES = sorted(set([  # sets 97's and 98's lists: names read on the real posters and listed as real by earlier helpers
    "李治军", "许珉嘉", "宋卓", "郑琦", "宋牧春", "杨铠衔", "谢旻晟", "郭健", "郭寒军", "彭志光", "司延腾", "殷锋卫",
    "谈鉴锋", "李培锋", "黄靖", "宋恺睿", "朱彦军", "韩传华", "路旭", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "郭任", "左泽", "王海粟", "江锋", "黄睿",
    "李扬韬", "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "付才", "郑堂权", "袁晓峰", "刘海龙", "张哲华", "周俶易", "贺中坤", "白铠豪", "陈凯", "高亮",
    "李泽帆", "邹德清", "王刘朴", "谢雨来", "程杰", "李珍", "张细锐", "孙南勇", "张翼", "晏艳", "余松平", "荣乾锋",
    "巫强", "聂诚", "余昇锦", "唐辉", "祝嘉", "张子扬",
    "KuzinArtem", "周威", "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "郭纯海",
    "黎红波", "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "伍勃", "王建政", "LianboJiang", "慕冬亮", "甄鹏"]))

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
            col = tuple(int(pal["glow1"][c] * (1 - t) * 0.9 + pal["sphere"][c] * t * 0.55) for c in range(3))
            d.ellipse([cx - j - (r - j) * 0.35, cy - j - (r - j) * 0.45, cx + j - (r - j) * 0.35,
                       cy + j - (r - j) * 0.45], fill=col)
        for j in range(4):  # streaks low on the sides, as the 2023 image has them
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - k(260)), yy - k(300))], fill=pal["streak"], width=k(3))
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
# CLK 3577 (第1572届), 石家庄, Saturday 3577-10-22.  As 2023 prints them, a range may stand over two talks
# (shared=True: printed under the range of the talk before it, without range or dot of its own; both talks of
# the group get the group's range in the truth).
DATE = "3577-10-22"
FORUMS = [
    {"name": "主论坛", "host": "高建平", "unit": "石家庄铁道大学信息科学与技术学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [S("李建国", "石家庄铁道大学副校长")]),
        T("09:20", "09:50", "长期维护内核的选型与回合：从 5.10 到 6.6 的实践", [S("张庆林", "统信软件 内核首席架构师")]),
        T("09:50", "10:20", "Why Your Patch Is Not Merged Yet: A Maintainer's View of the Review Queue",
          [S("Pieter Vermeulen", "Arm Principal Software Engineer")], nice=True),
        T("10:20", "10:50", "百万台云服务器的内核热升级：热补丁与快速重启的取舍",
          [S("刘俊", "阿里云资深技术专家"), S("周立航", "阿里云 Linux 内核工程师")], nice=True),
        T("10:50", "11:20", "Rust for Linux 在手机外设驱动中的首次量产尝试", [S("陈景行", "字节跳动 系统内核工程师")]),
        R("11:20", "12:00", "圆桌论坛：内核人才从哪里来——高校课程、开源实习与企业导师制",
          S("吴建业", "中国科学院软件研究所 研究员，博士生导师"),
          [S("王振东", "华为 openEuler 内核技术专家"), S("马春燕", "清华大学计算机系副教授"),
           S("杨振国", "腾讯云 OS 内核团队负责人"), S("郗海鹏", "龙芯中科 内核研发部经理")]),
        B("12:00", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "林宏达", "unit": "海光信息 操作系统总监", "slots": [
        T("13:30", "14:00", "EEVDF 调度器合入主线后的延迟与吞吐评估", [S("杨子凯", "腾讯云 内核工程师")]),
        T("14:00", "14:30", "Porting Linux to a New RISC-V Server SoC: What We Learned in the First Year",
          [S("刘骁", "平头哥半导体 操作系统工程师")]),
        T("14:30", "15:00", "鲲鹏服务器上的 cluster 感知调度与 SMT 负载均衡",
          [S("赵晨光", "华为 内核工程师"), S("吴凡", "华为 高级工程师")]),
        T("15:00", "15:30", "sched_ext 调度类的原理与在线数据库调度原型", [S("孙浩然", "字节跳动 STE 工程师")]),
        T("15:00", "15:30", "ARM64 pseudo-NMI 的采样精度与中断屏蔽开销", [S("黄振宇", "飞腾信息 系统软件工程师")],
          shared=True),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "Scheduling Latency on Big.LITTLE Phones: What PELT Gets Wrong",
          [S("何嘉栋", "OPPO 内核技术专家")]),
        T("16:20", "16:50", "LoongArch KVM 的中断控制器模拟与设备直通", [S("罗文彬", "龙芯中科 虚拟化工程师")]),
        T("16:50", "17:30", "实时内核在轨道交通信号系统中的确定性调优", [S("訾明", "中国科学院软件研究所 助理研究员")]),
        T("16:50", "17:30", "x86 混合架构处理器上 IPI 开销的测量与优化", [S("郭鹏飞", "英特尔 软件工程师")],
          shared=True),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "周旭东", "unit": "阿里云 内存子系统专家", "slots": [
        T("13:30", "14:00", "Multi-Size THP for Anonymous Memory: Results on Arm64 Phones",
          [S("胡炳辉", "vivo 内存优化专家")]),
        T("14:00", "14:30", "DAMON 驱动的主动回收在在离线混部集群中的收益与风险",
          [S("张立伟", "字节跳动 系统工程师"), S("梁爽", "字节跳动 内核工程师")]),
        T("14:30", "15:00", "CXL 内存池化的内核支持：分层、迁移与故障隔离",
          [S("林晓晖", "浪潮信息 服务器系统架构师"), S("朱振", "英特尔 软件架构师")]),
        T("15:00", "15:30", "低内存手机上 zram 写回与后台回收的协同", [S("李子豪", "荣耀 性能优化工程师")]),
        T("15:00", "15:30", "cgroup v2 内存限制下容器 OOM 行为的分析", [S("宋雨佳", "美团基础架构工程师")],
          shared=True),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:15", "GPU 与 CPU 共享页表：HMM 在国产 GPU 驱动中的支持现状", [S("田润泽", "摩尔线程 驱动工程师")],
          nice=True),
        T("16:15", "16:40", "文件页 folio 化对页缓存性能的影响", [S("靳涛", "蚂蚁集团 内核专家")]),
        T("16:40", "17:05", "virtio-mem 在云服务器弹性扩容中的应用", [S("唐明宇", "腾讯云 虚拟化工程师")]),
        T("17:05", "17:30", "NPU 内存管理中 IOMMU、SVA 与 DMA-BUF 的协同设计与性能分析", [S("高鹏翔", "寒武纪 驱动架构师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "郑海宁", "unit": "字节跳动 存储内核负责人", "slots": [
        T("13:30", "14:00", "io_uring 在 MySQL 存储引擎中的异步 IO 改造", [S("王子健", "蚂蚁集团 存储内核专家")]),
        T("14:00", "14:30", "BPF Token in Practice: Letting Containers Load Programs Safely", [S("邓志航", "腾讯 内核安全工程师")],
          nice=True),
        T("14:30", "15:00", "NVMe/TCP 在超融合存储中的尾延迟优化",
          [S("许磊", "深信服 存储研发工程师"), S("冯启东", "深信服 高级工程师")]),
        T("15:00", "15:30", "生产环境使用 bpftrace 的安全规范与性能开销", [S("韩雪莹", "快手 系统工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "XFS 在线修复特性的测试与回合经验", [S("张东升", "统信软件 文件系统工程师")]),
        T("16:20", "16:50", "iocost 在多租户云盘上的 IO 隔离实践", [S("陈阳", "京东云 存储研发工程师")]),
        T("16:20", "16:50", "ext4 大目录在海量小文件场景下的性能问题", [S("王宇", "小红书 存储工程师")], shared=True),
        T("16:50", "17:10", "Finding Slow I/O in Production: A BPF-Based Block Tracer", [S("董明辉", "小米 内核工程师")],
          nice=True),
        T("17:10", "17:30", "让复杂 eBPF 程序通过校验器：状态剪枝与循环改写",
          [S("梁辰", "中国科学技术大学 博士研究生"), S("李明俊", "中国科学技术大学 教授")]),
    ]},
]
INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（China Linux Kernel Developer Conference），由国内从事 Linux "
         "内核开发的企业、高校和开源社区共同发起，每年举办一届，今年是第 1572 届，由石家庄铁道大学承办。大会秉持"
         "\u201c开放、分享、共建\u201d的理念，邀请一线内核开发者和维护者分享技术实践与上游进展，上午为主论坛，下午三个"
         "分论坛同时进行。诚邀广大 Linux 内核开发者和爱好者参会交流。")
UNITS = ["石家庄铁道大学", "清华大学", "华为", "阿里云", "腾讯云", "字节跳动", "龙芯中科", "英特尔", "统信软件",
         "海光信息", "OPPO", "vivo", "蚂蚁集团", "深信服"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "阅码场", "内核工匠"]
PAL = {"bg": ((12, 24, 66), (3, 7, 25)), "title": (255, 214, 74), "aff": (126, 192, 255), "label": (255, 124, 104),
       "line": (56, 96, 178), "dot": (126, 192, 255), "band": (24, 52, 124), "bar": (255, 214, 74),
       "num": (240, 190, 52), "glow1": (44, 112, 255), "glow2": (196, 60, 150), "shadow": (214, 72, 58),
       "streak": (42, 72, 152), "sphere": (120, 70, 230), "clk": (255, 246, 214), "intro": (6, 12, 38)}
# Painting: the 2023 timeline; the edition's switches in `ed`.
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
    """A forum's heading: its name as printed (a big fading numeral behind the afternoon ones); at the right end of
    the heading's line '主持人：padded name' right-aligned, the unit right-aligned under it, both above the 2023 thick
    bar.  Returns the first slot's title top."""
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
    name_right = X0 + tw(d, name, nf)
    y = ny + k(84)
    runs = [("主持人：", F(24), pal["label"]), (pad(f["host"]), F(26, True), WHITE)]
    x = X1 - runs_width(d, runs)
    uf = F(20)
    ux = X1 - tw(d, f["unit"], uf)
    assert min(x, ux) > name_right + k(50), ("host too close to the heading", f["name"])
    inline(d, x, ny + k(26), runs)
    d.text((ux, ny + k(60)), f["unit"], font=uf, fill=pal["aff"], anchor="ls")
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    return y + k(18) + k(92)


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
    ctext(d, W / 2, y - k(40), ed["foot"], F(24), (176, 196, 192))
    return y + k(60)


def draw(ed):
    global K
    K = ed["K"]
    return two_pass(ed["W"], lambda im, d: paint(im, d, ed), background(ed))



ED = {"forums": FORUMS, "pal": PAL, "year": "3577", "nth": "第1572届中国", "date_text": "10月22日", "city": "石家庄",
      "addr": "地址：石家庄铁道大学 国际学术交流中心报告厅", "intro": INTRO, "units": UNITS, "media": MEDIA,
      "seed": 14141, "host": "right", "gap": True, "K": 1.0, "W": 1080, "grain": 0.0, "cell": 5,
      "foot": "主办：中国 Linux 内核开发者大会组委会　　承办：石家庄铁道大学"}
FILE = "3577clk.png"


LAYOUT = (
    "CLK 3577 (第1572届), 石家庄, 3577-10-22 (PNG, %d x %d, no grain), named like the real '2022clk.png' with this "
    "edition's year: ONE whole-agenda image in the organisers' 2023 family, at its measures and type, in NEW COLOURS: "
    "a deep COBALT page (blue and magenta glows), LEMON-YELLOW titles, bars and heading numerals, ICE-BLUE 'company "
    "job' lines and dots, CORAL labels ('主持人：', '嘉宾：') and coral shadows under the slanted lettering, cobalt "
    "break bands. Header: logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '3577' raised in nested "
    "rounded outlines, a slanted '第1572届中国' / 'Linux 内核开发者大会', an outlined box '10月22日' + pin + '石家庄' (no "
    "year, as 2023), '地址：石家庄铁道大学 国际学术交流中心报告厅', the 2023 key visual (a lit violet-blue sphere with "
    "swirling arcs), a framed introduction on a dark translucent panel (it says the morning is the main forum and "
    "three forums run in parallel in the afternoon, naming none of them), '大会议程' over a hollow 'AGENDA'. Then 主论坛 and CLK2022's three afternoon forums one under another, the "
    "afternoon ones over fading numerals '01'..'03' and printed with 2023's SPACE BEFORE '分论坛' ('处理器架构与调度 "
    "分论坛', '内存管理与异构计算 分论坛'; 'IO 与 ebpf 分论坛' has it already). The HOST at the RIGHT END of the "
    "heading's line, right-aligned above the thick bar: '主持人：' (24 px coral) and the padded name (26 px bold white), "
    "the unit (20 px ice-blue) right-aligned under them (主论坛 高建平 '石家庄铁道大学信息科学与技术学院院长'; 林宏达 "
    "'海光信息 操作系统总监'; 周旭东 '阿里云 内存子系统专家'; 郑海宁 '字节跳动 存储内核负责人'). The 2023 timeline: range "
    "30 px bold white at the left, a dot on a thin vertical line, the title 30 px bold yellow, per speaker 'padded "
    "name  company job' (name 28 px white, '刘　俊', 'company job' 20 px ice-blue, some run together as 2023 prints "
    "them); two speakers on two lines; a range printed once over TWO talks four times, the second without range or "
    "dot, as 2023 prints them. 主论坛: '09:00-09:05 开场' (no speaker), '09:05-09:20 开幕致辞' by 李建国 "
    "(石家庄铁道大学副校长), 张庆林 (统信软件), the LATIN speaker Pieter Vermeulen ('Arm Principal Software Engineer') "
    "with 'Why Your Patch Is Not Merged Yet:' / \"A Maintainer's View of the Review Queue\", '百万台云服务器的内核热升级：' "
    "/ '热补丁与快速重启的取舍' by 刘俊 over 周立航 (both 阿里云), 陈景行 (字节跳动), the ROUND TABLE '圆桌论坛：内核人才"
    "从哪里来——高校课程、开源实' / '习与企业导师制' (11:20-12:00) with '主持人：' and '嘉宾：' on lines of their own: "
    "吴建业 ('中国科学院软件研究所 研究员，博士生导师'), then 王振东, 马春燕, 杨振国, 郗海鹏; a 午餐 band 12:00-13:30 (no "
    "morning tea, as 2023). Afternoon forums 13:30-17:30, each with a 茶歇 band 15:30-15:50. 处理器架构与调度分论坛: "
    "'Porting Linux to a New RISC-V Server SoC:' / 'What We Learned in the First Year' (刘骁); 赵晨光 over 吴凡 (both "
    "华为); '15:00-15:30' over 孙浩然 (sched_ext) and 黄振宇 (pseudo-NMI); 'Scheduling Latency on Big.LITTLE Phones:' / "
    "'What PELT Gets Wrong' (何嘉栋); '16:50-17:30' over 訾明 (轨道交通) and 郭鹏飞 (IPI). 内存管理与异构计算分论坛: "
    "'Multi-Size THP for Anonymous Memory:' / 'Results on Arm64 Phones' (胡炳辉); 'DAMON 驱动的主动回收在在离线混部集群"
    "中的收益' / '与风险' by 张立伟 over 梁爽 (both 字节跳动); 林晓晖 (浪潮信息) over 朱振 (英特尔); '15:00-15:30' over "
    "李子豪 and 宋雨佳 ('美团基础架构工程师'); 'GPU 与 CPU 共享页表：' / 'HMM 在国产 GPU 驱动中的支持现状'; four "
    "25-minute talks after tea, the last 'NPU 内存管理中 IOMMU、SVA 与 DMA-BUF 的协' / '同设计与性能分析' (高鹏翔). "
    "IO 与 ebpf 分论坛: 'BPF Token in Practice:' / 'Letting Containers Load Programs Safely' (邓志航); 许磊 over 冯启东 "
    "(both 深信服); '16:20-16:50' over 陈阳 and 王宇; 'Finding Slow I/O in Production:' / 'A BPF-Based Block Tracer' "
    "(董明辉, 16:50-17:10); 梁辰 ('中国科学技术大学 博士研究生') over 李明俊 ('中国科学技术大学 教授'). Fourteen "
    "'支持单位' boxes over a hollow 'SUPPORT' (the short last row centred), six '支持媒体' boxes over a hollow 'MEDIA', "
    "the foot line '主办：中国 Linux 内核开发者大会组委会　　承办：石家庄铁道大学'. %s talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 105, 129): speakers are names as printed with spaces and "
    "the padding of two-character names removed ('刘　俊' -> '刘俊', 'Pieter Vermeulen' -> 'PieterVermeulen'); host is "
    "the chair printed after '主持人：' for the forum, null for breaks; start/end HH:MM on a 24-hour clock; where two "
    "speakers are printed each has his own affiliation, in printed order; affiliations are the printed 'company job' "
    "exactly, run-together ones and a comma kept as printed ('石家庄铁道大学副校长', '阿里云资深技术专家', "
    "'清华大学计算机系副教授', '美团基础架构工程师', '中国科学院软件研究所 研究员，博士生导师'); an opening speech printed "
    "with a speaker ('开幕致辞') is a talk, '开场' without a speaker a break; 茶歇 and 午餐 are breaks; '午餐' closes "
    "主论坛 as its break; a forum that prints no break after its last slot ends with it; every forum carries the "
    "edition's date. ONE invented edition, CLK 3577 (第1572届, 石家庄, Saturday 3577-10-22; the date box prints "
    "'10月22日' without a year, as 2023's does; the year is the '3577' of the CLK mark), as ONE whole-agenda PNG 1080 "
    "wide in the organisers' 2023 family with new colours (as CLK2022's repository holds ONE agenda image, "
    "imgs/2022clk.png), with CLK2022's four README forum names in README order; one entry holding its four forums in "
    "printed order. Headers, logo lines, the introduction, the address, the date box, the hollow 'AGENDA', 'SUPPORT' "
    "and 'MEDIA', support units, media and the foot line '主办：… 承办：石家庄铁道大学' are never part of a name, a title "
    "or a slot; the numerals '01'..'03' are no part of a forum's name. Judgement calls: (1) FORUM NAMES are CLK2022's "
    "README link texts exactly ('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'); the headings print a space "
    "before '分论坛' as the 2023 image prints its own ('处理器架构与调度 分论坛', '内存管理与异构计算 分论坛'): the forum "
    "is still the README name, without that space. (2) HOSTS: the name after '主持人：' at the right end of the "
    "heading's line; the unit right-aligned under it is no affiliation of any slot and no slot; the round table's own "
    "'主持人：' (its moderator, 吴建业) is not the forum's host (高建平). (3) SHARED RANGES, as 2023 prints them: a range "
    "printed once over two talks (the second with no range and no dot) gives BOTH talks that range, and each is its "
    "own talk with its own speaker, never a second speaker or a continuation of the talk above it: 处理器架构与调度分论坛 "
    "15:00-15:30 孙浩然, then 黄振宇, and 16:50-17:30 訾明, then 郭鹏飞; 内存管理与异构计算分论坛 15:00-15:30 李子豪, then "
    "宋雨佳; IO 与 ebpf 分论坛 16:20-16:50 陈阳, then 王宇. So starts repeat inside a forum. (4) The round table is ONE "
    "slot of kind 'panel': its speakers are the moderator first (吴建业), then the four guests in printed order (王振东, "
    "马春燕, 杨振国, 郗海鹏), one affiliation each; the title keeps '圆桌论坛：' and its '——'; '主持人：' and '嘉宾：' are "
    "labels. (5) Two speakers of one talk stand on two lines, each with the 'company job' of his own line (刘俊/周立航, "
    "赵晨光/吴凡, 张立伟/梁爽, 林晓晖/朱振 of two companies, 许磊/冯启东, 梁辰/李明俊). (6) Titles wrapped over two lines "
    "are one title: Latin words joined with a space (\"Why Your Patch Is Not Merged Yet: A Maintainer's View of the "
    "Review Queue\", 'Porting Linux to a New RISC-V Server SoC: What We Learned in the First Year', 'Scheduling Latency "
    "on Big.LITTLE Phones: What PELT Gets Wrong', 'Multi-Size THP for Anonymous Memory: Results on Arm64 Phones', 'BPF "
    "Token in Practice: Letting Containers Load Programs Safely', 'Finding Slow I/O in Production: A BPF-Based Block "
    "Tracer'), Chinese broken greedily, also inside a word, joined without anything ('…开源实' / '习与…', '…的协' / "
    "'同设计…', '…的收益' / '与风险'), nothing added after a full-width '：' ('百万台云服务器的内核热升级：' / "
    "'热补丁与快速重启的取舍', 'GPU 与 CPU 共享页表：' / 'HMM 在…'). (7) The 2023 image prints no hosts and no lunch; the "
    "hosts and the 午餐 band are this designer's additions. Surnames in a real programme's proportions: 13 of the 46 "
    "Chinese people bear one of the five commonest (王, 李, 张, 刘, 陈), most of the rest another of the twenty "
    "commonest, three a rare one (郗海鹏, 訾明, 靳涛). One Latin-lettered speaker (Pieter Vermeulen); six English-only "
    "titles.")
WRAPPED = [
    ["Why Your Patch Is Not Merged Yet:", "A Maintainer's View of the Review Queue"],
    ["百万台云服务器的内核热升级：", "热补丁与快速重启的取舍"],
    ["圆桌论坛：内核人才从哪里来——高校课程、开源实", "习与企业导师制"],
    ["Porting Linux to a New RISC-V Server SoC:", "What We Learned in the First Year"],
    ["Scheduling Latency on Big.LITTLE Phones:", "What PELT Gets Wrong"],
    ["Multi-Size THP for Anonymous Memory:", "Results on Arm64 Phones"],
    ["DAMON 驱动的主动回收在在离线混部集群中的收益", "与风险"],
    ["GPU 与 CPU 共享页表：", "HMM 在国产 GPU 驱动中的支持现状"],
    ["NPU 内存管理中 IOMMU、SVA 与 DMA-BUF 的协", "同设计与性能分析"],
    ["BPF Token in Practice:", "Letting Containers Load Programs Safely"],
    ["Finding Slow I/O in Production:", "A BPF-Based Block Tracer"],
]


COMMON5 = "王李张刘陈"  # the five commonest surnames: about three Chinese in ten
COMMON20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = "郗訾靳"  # the set's rare surnames, one now and then


def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def surname_counts():
    chinese = [p for p in people(FORUMS) if not re.match(r"[A-Za-z]", p)]
    return (len(chinese), sum(p[0] in COMMON5 for p in chinese), sum(p[0] in COMMON20 for p in chinese),
            sorted(p for p in chinese if p[0] in UNCOMMON))


def check(poster):
    assert [f["name"] for f in FORUMS] == CLK2022_FORUMS
    everybody = people(FORUMS)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
    n_cn, n5, n20, rare = surname_counts()
    assert 0.2 <= n5 / n_cn <= 0.35 and n20 / n_cn >= 0.6, (n5, n20, n_cn)
    assert sorted(p[0] for p in rare) == sorted(UNCOMMON), rare
    assert saturday(poster["date"]), poster["date"]
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
            assert (s["host"] is None) == (s["kind"] == "break"), s
            assert len(s["speakers"]) == len(s["affiliations"]), s
            if s["kind"] == "talk":
                assert 1 <= len(s["speakers"]) <= 2, s
            if s["kind"] == "panel":
                assert s["speakers"][0] != s["host"] and len(s["speakers"]) == 5, s
        starts = [s["start"] for s in f["slots"]]
        assert f["forum"] == "主论坛" and starts[0] == "09:00" or f["forum"] != "主论坛" and starts[0] == "13:30"
        assert f["slots"][-1]["end"] == ("13:30" if f["forum"] == "主论坛" else "17:30")
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
    assert sum(s["title"] == "茶歇" for s in FORUMS[0]["slots"]) == 0
    assert all(sum(s["title"] == "茶歇" for s in f["slots"]) == 1 for f in FORUMS[1:])
    assert [(s["kind"], s["title"]) for s in FORUMS[0]["slots"][:2]] == [("break", "开场"), ("talk", "开幕致辞")]
    names = [sp["name"] for s in slots for sp in s["sp"]]
    assert sum(bool(re.match(r"[A-Za-z]", n)) for n in names) == 1
    assert sum(bool(re.fullmatch(r"[A-Za-z0-9 :'_\-./?]+", s["title"])) for s in slots if s["kind"] == "talk") == 6
    assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") == 6
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    assert sum(s["shared"] for s in slots) == 4
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]


def main():
    im = draw(ED)
    assert im.size[0] == 1080 and 9000 <= im.size[1] <= 12000, im.size
    path = os.path.join(HERE, FILE)
    im.save(path, "PNG", optimize=True)
    print(FILE, "%d x %d" % im.size, os.path.getsize(path))
    assert 1_000_000 <= os.path.getsize(path) <= 1_600_000, os.path.getsize(path)
    forums = forum_truth(FORUMS, DATE)
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in forums)
    poster = {"file": FILE, "layout": LAYOUT % (im.size + (counts,)), "date": DATE, "forums": forums}
    n = check(poster)
    print("scored talks", n, counts, "surnames (chinese, top5, top20, rare)", surname_counts())
    for tl in wrapped_titles():
        print("wrapped", tl)
    for al in wrapped_affs():
        print("affiliation wrapped", al)
    assert 30 <= n <= 42, n
    assert counts == "6 + 9 + 9 + 9", counts
    assert wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [], wrapped_affs()
    truth = {"written": "2026-12-09", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
