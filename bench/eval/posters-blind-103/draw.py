"""Draw the hundred-and-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances.

Two invented editions, each the ONE whole-agenda image of its year in the organisers'
2023 family (CLK2023全部议程.png): logo lines, 'CLK' with the year raised in nested
outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin
and the city, '地址：', a framed introduction, '大会议程' over a hollow 'AGENDA'; per forum
its heading (a big fading numeral behind the afternoon ones), a thick bar, the 2023
TIMELINE (range at the left, a dot on a vertical line, the title, 'padded name  company
job' per speaker), two talks under ONE range, break bands, a closing bar; '支持单位' /
'支持媒体' over outlined boxes at the foot.
  CLK 3031 (第1026届, 大理): CLK2025's six folder names (without their numbers); emerald
    page, MINT titles, sky-blue companies; each forum's host printed INSIDE its thick bar
    (a mint band with dark type); JPEG quality 85, 1242 wide (the 2023 measures x 1.15).
  CLK 3032 (第1027届, 常德): CLK2022's four README forum names; charcoal-indigo page,
    ORANGE titles, lavender companies; the host right-aligned on a line under the bar;
    PNG 1080 wide.
Two-speaker talks on two lines (2023), on ONE line as two 'name company' pairs, or on
ONE line as 'name、name  company job' when both have the same one.
Helpers font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext,
vgrad, grain, glow, two_pass, para, fits, WHITE, rng, plain, saturday, K, F, k, slanted,
outline_text, fading_numeral, pin, logo, clk_mark, inline, runs_width, background, S, B,
truth_slot, forum_truth, pad, split_spaces, speaker_line, panel_a and panel_b are copied
from posters-blind-97/draw.py (itself from sets 90, 86, 78, 72, 68, 59, 43); REAL_NAMES
is the union of the lists of sets 97 and 98; T and R gained the switches 'line' and
'nice', slot, heading, paint, draw, people, check and main are adapted from set 97;
is_band, pair_line, joint_line and all the data are new.
"""
import datetime
import glob
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
        return grain(im, ed["seed"], 0.006, 3)
    return bg








# ===========================================================================
# Data.  S(name, 'company job' as printed); T a talk (shared=True: printed under the range of the talk
# before it, without range or dot of its own; line='pairs': its two speakers on ONE line as two
# 'name company' pairs; line='joint': 'name、name  company job' on one line, both of that company;
# nice=True: the title broken after its colon, else greedily as 2023 breaks most titles); R a round
# table (kind 'panel': moderator, then the guests in printed order); B a break.
def S(name, affiliation):
    return {"name": name, "aff": affiliation}


def T(start, end, title, speakers, shared=False, line=None, nice=False):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "shared": shared,
            "line": line, "nice": nice}


def R(start, end, title, moderator, guests, nice=False):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "shared": False, "line": None, "nice": nice}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "shared": False, "line": None,
            "nice": False}


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": plain(host) if s["kind"] != "break" else None}


def forum_truth(forums, date):
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f["host"]) for s in f["slots"]]}
            for f in forums]


# CLK2025's six folder names without their numbers ('1 主论坛' ... '6 AI 基础设施与 eBPF 应用分论坛')
CLK2025_FORUMS = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
                  "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]
# CLK2022's four forum names as its README prints them (the link texts)
CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]

# ---------------------------------------------------------------------------
# 1. CLK 3031 (第1026届), 大理, Saturday 3031-10-22: emerald / mint / sky blue, hosts inside the bars.
DATE_A = "3031-10-22"
FORUMS_A = [
    {"name": "主论坛", "host": "段晓岚", "unit": "大理大学 数学与计算机学院院长", "slots": [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:25", "嘉宾致辞", [S("李春和", "大理大学副校长")]),
        T("09:25", "10:00", "云原生时代的操作系统内核：从单机优化到集群协同",
          [S("王立诚", "华为 操作系统内核首席架构师")], nice=True),
        T("10:00", "10:35", "Upstream First: How Distributions Carry Kernel Patches Without Forking",
          [S("Katarina Novak", "SUSE Distinguished Engineer")], nice=True),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:25", "手机内核的长期稳定性：从 GKI 到厂商模块治理",
          [S("罗嘉树", "荣耀 内核专家"), S("甯涛", "荣耀 系统软件工程师")], line="pairs"),
        T("11:25", "12:00", "龙架构 Linux 内核主线化的进展与经验", [S("孟宪彬", "龙芯中科 内核开发组组长")]),
        B("12:00", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "host": "沈静怡", "unit": "阿里云 内存技术专家", "slots": [
        T("13:30", "14:00", "多代 LRU 在数据库负载下的回收抖动分析", [S("邢海鹏", "阿里云内核工程师")]),
        T("14:00", "14:30", "Reclaiming Page Tables from Sparse Mappings", [S("温博文", "字节跳动 STE 内核工程师")]),
        T("14:30", "15:00", "内存 cgroup 的 NUMA 感知限额设计", [S("祁明哲", "腾讯 TencentOS 内核工程师")]),
        T("14:30", "15:00", "透明大页在 Redis 场景下的收益与代价", [S("贾若楠", "美团 基础架构工程师")], shared=True),
        T("15:00", "15:30", "slab 对象合并与内存碎片治理实践",
          [S("许文涛", "vivo 内核工程师"), S("龚佩琳", "vivo 内核工程师")], line="joint"),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "CXL 内存扩展场景下冷热页面的降级与提升策略：在线业务实测",
          [S("邹晨阳", "浪潮信息 内存子系统架构师")]),
    ]},
    {"name": "文件系统与存储分论坛", "host": "周明川", "unit": "华为 存储内核技术专家", "slots": [
        T("13:30", "14:00", "ext4 大目录哈希冲突与查找延迟优化", [S("林思齐", "OPPO高级文件系统工程师")]),
        T("14:00", "14:30", "Btrfs RAID1C3 在冷存储集群中的落地", [S("侯家骏", "京东云 存储工程师")]),
        T("14:30", "15:00", "NVMe 多路径故障切换时间的缩短实践",
          [S("欧阳启航", "中兴通讯 存储软件工程师"), S("曲静", "三星半导体 固件工程师")]),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "Atomic Writes for Databases: From the Block Layer to XFS",
          [S("田宇轩", "阿里云 数据库内核专家")], nice=True),
        T("15:50", "16:20", "FUSE 透传模式在 AI 训练数据加载中的应用", [S("范书瑶", "快手 存储研发工程师")]),
    ]},
    {"name": "调度、性能与调试分论坛", "host": "邱景润", "unit": "字节跳动 调度团队负责人", "slots": [
        T("13:30", "14:00", "sched_ext 在视频转码集群中的调度策略", [S("常一帆", "哔哩哔哩 内核工程师")]),
        T("14:00", "14:30", "用 perf 与 PMU 事件定位跨 NUMA 访存热点", [S("黄子骞", "英特尔 性能工程师")]),
        T("14:30", "15:00", "kdump 在 TB 级内存机器上的转储加速", [S("毛健", "统信软件 内核研发工程师")]),
        T("15:00", "15:30", "CPU 频率调节与尾延迟：schedutil 参数调优的线上经验",
          [S("施泽宇", "小米 系统性能工程师")], nice=True),
        T("15:30", "16:00", "lockdep 误报的排查方法与上游修复过程", [S("卫嘉怡", "麒麟软件 内核测试工程师")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "host": "付振东", "unit": "海光信息 系统软件总监", "slots": [
        T("13:30", "14:10", "RISC-V 服务器平台上 ACPI 与设备树并存的固件启动方案设计",
          [S("岑立峰", "中国科学院软件研究所 助理研究员")]),
        T("14:10", "14:50", "鲲鹏平台 SMMU 嵌套翻译在虚拟化中的性能分析",
          [S("庞宇航", "华为 虚拟化工程师"), S("唐诗雨", "华中科技大学 计算机科学与技术学院 博士研究生")]),
        T("14:50", "15:30", "GPU 驱动中 DRM 调度器的公平性改进", [S("谷雨辰", "摩尔线程 驱动工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:25", "Bringing Up a New ARM64 SoC in Mainline: A Checklist",
          [S("叶廷安", "紫光展锐 BSP 技术专家")], nice=True),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "host": "乔振东", "unit": "蚂蚁集团 基础设施技术专家", "slots": [
        T("13:30", "14:00", "基于 eBPF 的分布式训练通信瓶颈定位", [S("丁亦鸣", "商汤科技 系统工程师")]),
        T("14:00", "14:30", "RDMA 网卡在 AI 集群中的内核旁路与可观测性", [S("薛海洋", "百度智能云 网络内核工程师")]),
        T("14:30", "15:00", "BPF Arena 在用户态调度器中的使用经验", [S("宁思远", "腾讯云 内核工程师")]),
        B("15:00", "15:20", "茶歇"),
        R("15:20", "16:10", "圆桌讨论：AI 基础设施需要什么样的操作系统内核，社区又该如何协作",
          S("钱嘉禾", "开放原子开源基金会 技术监督委员会委员"),
          [S("项建平", "华为 openEuler 社区技术委员会委员"), S("陶一鸣", "阿里云 龙蜥社区内核 SIG Maintainer"),
           S("章可欣", "上海交通大学 副教授"), S("吕博涛", "壁仞科技资深技术专家，Linux 内核 Reviewer")]),
    ]},
]
INTRO_A = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 1026 届，由清华大学、华为、阿里云、"
           "腾讯云、字节跳动、OPPO、vivo、蚂蚁集团、龙芯中科等企业和高校发起，以\u201c自由，协作，创新\u201d为理念，以开源"
           "技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者相互交流、共同进步。本届大会由大理大学承办，上午为主论坛，"
           "下午五个分论坛同时进行，每届线下参会人数近 600 人，现诚邀广大 Linux 开发者和爱好者参加本次大会。")
UNITS_A = ["大理大学", "清华大学", "华为", "阿里云", "腾讯云", "字节跳动", "OPPO", "vivo", "荣耀", "龙芯中科",
           "蚂蚁集团", "英特尔", "海光信息", "摩尔线程", "浪潮信息"]
MEDIA_A = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "阅码场"]
PAL_A = {"bg": ((6, 32, 30), (2, 10, 12)), "title": (104, 238, 184), "aff": (128, 198, 255), "label": (255, 190, 92),
         "line": (52, 150, 128), "dot": (104, 238, 184), "band": (12, 72, 62), "bar": (104, 238, 184),
         "bar_ink": (4, 26, 24), "num": (72, 204, 152), "glow1": (0, 176, 140), "glow2": (64, 96, 232),
         "shadow": (0, 122, 108), "streak": (20, 84, 72)}

# ---------------------------------------------------------------------------
# 2. CLK 3032 (第1027届), 常德, Saturday 3032-11-03: charcoal indigo / orange / lavender, the host line under the bar.
DATE_B = "3032-11-03"
FORUMS_B = [
    {"name": "主论坛", "host": "向远航", "unit": "湖南文理学院 计算机与电气工程学院院长", "slots": [
        B("09:00", "09:05", "开幕"),
        T("09:05", "09:20", "开幕致辞", [S("覃立新", "湖南文理学院副校长")]),
        B("09:20", "09:25", "全体合影"),
        T("09:25", "10:00", "操作系统内核的供应链安全：从源码到二进制的可信构建",
          [S("易建国", "麒麟软件 首席架构师")], nice=True),
        T("10:00", "10:35", "国产 CPU 平台内核性能基线的建设与持续回归",
          [S("鲁晓东", "飞腾信息技术 系统软件部部长"), S("唐雯", "中国电子云 内核工程师")]),
        T("10:35", "11:10", "Kernel Live Patching at Fleet Scale", [S("雷浩然", "京东 操作系统专家")]),
        R("11:10", "12:00", "圆桌论坛：高校如何更深入地参与 Linux 内核社区",
          S("聂红梅", "开源社 理事"),
          [S("谭振宇", "湖南大学 信息科学与工程学院 教授"), S("冯思敏", "华为 Linux 内核 Maintainer"),
           S("邓书航", "国防科技大学 计算机学院 副研究员")]),
        B("12:00", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "夏云峰", "unit": "龙芯中科 内核技术总监", "slots": [
        T("13:30", "14:10", "CFS 带宽控制在多租户容器中的毛刺治理", [S("杜星辰", "网易 内核工程师")]),
        T("14:10", "14:50", "Energy Model Updates for Heterogeneous ARM Clusters",
          [S("Fabio Moretti", "Linaro Senior Kernel Engineer")]),
        T("14:50", "15:30", "海光平台 CPU 拓扑识别与调度域修正", [S("阳晓光", "海光信息 内核工程师")]),
        B("15:30", "15:50", "茶歇交流"),
        T("15:50", "16:30", "PREEMPT_RT 合入主线后的驱动适配经验", [S("熊梓涵", "中控技术 实时系统工程师")]),
        T("15:50", "16:30", "中断线程化对工业以太网延迟的影响", [S("季文博", "研华科技 嵌入式软件工程师")], shared=True),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "莫雨晴", "unit": "vivo 内存技术专家", "slots": [
        T("13:30", "14:10", "大页内存池在虚拟化宿主机上的预留策略", [S("韦俊杰", "中国移动云能力中心 内核工程师")]),
        T("14:10", "14:50", "NPU 设备内存的 dma-buf 共享与生命周期管理",
          [S("汪子谦", "寒武纪 驱动工程师"), S("蔡雨桐", "寒武纪 驱动工程师")], line="joint"),
        T("14:50", "15:30", "KSM 在桌面云中的去重收益评估", [S("金若愚", "深信服 虚拟化工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "Proactive Reclaim with DAMON on Android Phones", [S("秦嘉木", "OPPO 内存优化工程师")]),
        T("16:30", "17:10", "面向存算一体芯片的 Linux 内核内存管理：现状、挑战与原型探索",
          [S("桓晓彤", "中国科学院计算技术研究所 博士研究生")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "卢志恒", "unit": "美团 存储技术专家", "slots": [
        T("13:30", "14:10", "io_uring 在日志型数据库中的批量提交优化", [S("孔维康", "PingCAP 存储引擎工程师")]),
        T("14:10", "14:50", "bpftrace 脚本在生产环境中的安全约束",
          [S("伍思成", "携程 系统工程师"), S("白若岚", "蚂蚁集团 安全工程师")], line="pairs"),
        T("14:50", "15:30", "blk-cgroup 权重调度的公平性测量方法", [S("吴天佑", "华为 存储软件工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "XDP 与 TC eBPF 在四层负载均衡器中的取舍", [S("姚峻", "滴滴 网络工程师")]),
        T("16:30", "17:10", "Tracing Block IO Latency with BPF Ring Buffers", [S("郝文菁", "新华三 存储内核工程师")]),
    ]},
]
INTRO_B = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d（以下简称 CLK）举办至今已第 1027 届，由国内 Linux 内核领域的企业与"
           "高校共同发起，以\u201c自由，协作，创新\u201d为理念，以开源技术的推广和普及为使命，旨在促进 Linux 内核开发爱好者"
           "相互交流、共同进步。本届大会由湖南文理学院承办，是中国 Linux 内核领域颇有影响力的峰会之一，现诚邀广大 Linux "
           "开发者和爱好者参加本次大会。")
UNITS_B = ["湖南文理学院", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "龙芯中科", "飞腾", "海光信息",
           "麒麟软件", "寒武纪"]
MEDIA_B = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "SegmentFault"]
PAL_B = {"bg": ((24, 18, 44), (8, 6, 16)), "title": (255, 160, 74), "aff": (178, 170, 255), "label": (92, 222, 240),
         "line": (122, 102, 222), "dot": (255, 160, 74), "band": (58, 40, 96), "bar": (255, 160, 74),
         "bar_ink": (24, 14, 30), "num": (232, 132, 60), "glow1": (112, 72, 240), "glow2": (255, 122, 42),
         "shadow": (122, 72, 222), "streak": (62, 42, 112)}


# ===========================================================================
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


def panel_b(d, ed, CX, y, s, right):
    """The labels inline: '主持人：' before the moderator's line, '嘉　宾：' before the first guest's, the other
    guests indented under the first."""
    pal = ed["pal"]
    mod, guests = s["sp"][0], s["sp"][1:]
    lf = F(28)
    gx = CX + tw(d, "主持人：", lf)
    ax = gx + tw(d, "国国国", F(28)) + k(22)
    d.text((CX, y + k(31)), "主持人：", font=lf, fill=pal["label"], anchor="ls")
    y = speaker_line(d, ed, gx, y, mod, right, ax)
    d.text((CX, y + k(31)), "嘉\u3000宾：", font=lf, fill=pal["label"], anchor="ls")
    for g in guests:
        y = speaker_line(d, ed, gx, y, g, right, ax)
    return y



def is_band(s):
    return s["kind"] == "break" and s["title"].startswith(BANDS)


def pair_line(d, ed, x, y, sps, right):
    """Two speakers on ONE line, each 'padded name  company job', the second pair after a wide gap."""
    nf, af = F(28), F(20)
    xx = x
    for i, sp in enumerate(sps):
        name = pad(sp["name"])
        d.text((xx, y + k(31)), name, font=nf, fill=WHITE, anchor="ls")
        ax = max(xx + tw(d, "国国国", nf), xx + tw(d, name, nf)) + k(22)
        d.text((ax, y + k(30)), sp["aff"], font=af, fill=ed["pal"]["aff"], anchor="ls")
        sp["_al"] = [sp["aff"]]
        end = ax + tw(d, sp["aff"], af)
        xx = end + k(60)
    assert end <= right, ("pair line too wide", sps)
    return y + k(40)


def joint_line(d, ed, x, y, sps, right):
    """Two speakers of one company on ONE line: 'name、name  company job' (the names unpadded)."""
    assert len({sp["aff"] for sp in sps}) == 1, sps
    nf, af = F(28), F(20)
    names = "、".join(sp["name"] for sp in sps)
    d.text((x, y + k(31)), names, font=nf, fill=WHITE, anchor="ls")
    ax = x + tw(d, names, nf) + k(22)
    d.text((ax, y + k(30)), sps[0]["aff"], font=af, fill=ed["pal"]["aff"], anchor="ls")
    assert ax + tw(d, sps[0]["aff"], af) <= right, ("joint line too wide", sps)
    for sp in sps:
        sp["_al"] = [sp["aff"]]
    return y + k(40)


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
        y = (panel_a if ed["panel"] == "a" else panel_b)(d, ed, CX, y, s, right)
    elif s["line"] == "pairs":
        y = pair_line(d, ed, CX, y, s["sp"], right)
    elif s["line"] == "joint":
        y = joint_line(d, ed, CX, y, s["sp"], right)
    else:
        for sp in s["sp"]:
            y = speaker_line(d, ed, CX, y, sp, right)
    return y + k(40)


def heading(im, d, ed, X0, X1, y, i, f):
    """A forum's heading: its name as printed (a big fading numeral behind the afternoon ones), then the
    host and the thick bar.  Host 'band': the thick bar widened into a band that carries '主持人：name　unit'
    in dark type.  Host 'below': the 2023 bar, then '主持人：padded name　unit' right-aligned on a line of its
    own under it.  Returns the first slot's title top."""
    pal = ed["pal"]
    if i == 0:
        nf = F(52, True)
        ny = y + k(40)
        d.text((X0, ny), f["name"], font=nf, fill=WHITE)
    else:
        fading_numeral(im, X0 - k(4), y, "%02d" % i, F(112, True), pal["num"], pal["bg"][0])
        ny = y + k(58)
        nf = F(50, True)
        d.text((X0, ny), fits(d, f["name"], nf, X1 - X0), font=nf, fill=WHITE, stroke_width=k(1),
               stroke_fill=pal["bg"][0])
    y = ny + k(84)
    ink = pal["bar_ink"]
    if ed["host"] == "band":
        bh = k(52)
        d.rectangle([X0, y, X1, y + bh], fill=pal["bar"])
        runs = [("主持人：", F(24), ink), (f["host"], F(26, True), ink), ("　", F(22), ink), (f["unit"], F(22), ink)]
        assert X0 + k(20) + runs_width(d, runs) <= X1 - k(20), ("host band too full", f["name"])
        inline(d, X0 + k(20), y + k(35), runs)
        return y + bh + k(60)
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    base = y + k(18) + k(46)
    runs = [("主持人：", F(24), pal["label"]), (pad(f["host"]), F(26, True), WHITE), ("　", F(20), WHITE),
            (f["unit"], F(20), pal["aff"])]
    x = X1 - runs_width(d, runs)
    assert x > X0 + k(260), ("host line too wide", f["name"])
    inline(d, x, base, runs)
    return base + k(20) + k(60)


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
    # the intro box
    y = k(900)
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
        y = heading(im, d, ed, X0, X1, y, i, f)
        top = y
        for s in f["slots"]:
            y = slot(im, d, ed, X0, X1, LX, CX, y, s)
        bar = y - k(5) if not is_band(f["slots"][-1]) else y - k(62)
        d.line([(LX, top - k(60)), (LX, bar)], fill=pal["line"], width=k(2))
        d.rectangle([X0, bar, X1, bar + k(14)], fill=pal["bar"])
        y = bar + k(14) + k(130)
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
            ctext(d, bx + bw / 2, by + bh / 2 - k(25), fits(d, u, ff, bw - k(20)), ff, WHITE)
        y += ((len(units) + 2) // 3) * (bh + k(40)) + k(110)
    return y + k(60)


def draw(ed):
    global K
    K = ed["K"]
    return two_pass(ed["W"], lambda im, d: paint(im, d, ed), background(ed))


ED_A = {"forums": FORUMS_A, "pal": PAL_A, "year": "3031", "nth": "第1026届中国", "date_text": "10月22日",
        "city": "大理", "addr": "地址：大理大学古城校区 学术报告厅", "intro": INTRO_A, "units": UNITS_A,
        "media": MEDIA_A, "seed": 10331, "panel": "a", "host": "band", "K": 1242 / 1080, "W": 1242}
ED_B = {"forums": FORUMS_B, "pal": PAL_B, "year": "3032", "nth": "第1027届中国", "date_text": "3032年11月3日",
        "city": "常德", "addr": "地址：常德国际会展中心 三楼多功能厅", "intro": INTRO_B, "units": UNITS_B,
        "media": MEDIA_B, "seed": 10332, "panel": "b", "host": "below", "K": 1.0, "W": 1080}


# ===========================================================================
FILE_A = "clk3031-dali-2025-forums-emerald-mint-1242-q85.jpg"
FILE_B = "clk3032-changde-2022-forums-indigo-orange-1080.png"
LAYOUT_A = (
    "CLK 3031 (第1026届), 大理, 3031-10-22 (JPEG q85, %d x %d): ONE whole-agenda image in the organisers' 2023 family "
    "(CLK2023全部议程.png: its header, timeline and type, all measures x 1.15 for the 1242 width) in new colours: an "
    "EMERALD page, MINT titles, bars and dots, sky-blue 'company job', amber labels, green break bands. Logo lines, "
    "'CLK' with '3031' raised in nested outlines, a slanted '第1026届中国' / 'Linux 内核开发者大会', an outlined box "
    "'10月22日' + pin + '大理' (no year, as 2023), '地址：大理大学古城校区 学术报告厅', a sphere with swirling lines, a "
    "framed introduction, '大会议程' over a hollow 'AGENDA'. CLK2025's SIX folder names without their numbers: '主论坛', "
    "then over fading numerals '01'..'05' '内存管理与优化分论坛', '文件系统与存储分论坛', '调度、性能与调试分论坛', "
    "'硬件架构与异构计算分论坛', 'AI 基础设施与 eBPF 应用分论坛', one under another. New against 2023: each forum's HOST "
    "INSIDE ITS THICK BAR, widened into a mint band with dark type '主持人：name　unit' (主论坛: 段晓岚 '大理大学 "
    "数学与计算机学院院长'). The 2023 timeline: range 34 px bold white at the left, a dot on a vertical line, the title "
    "34 px bold mint, per speaker 'padded name  company job' (name 32 px white, two-character names padded with a "
    "full-width space: '甯　涛', '曲　静', '毛　健'; 'company job' 23 px, some run together: '阿里云内核工程师', "
    "'OPPO高级文件系统工程师', '大理大学副校长'). 主论坛: '09:00-09:10 开场' a plain row, '嘉宾致辞' by 李春和, 王立诚's "
    "'云原生时代的操作系统内核：从单机优化到集群协同' on one line, the Latin speaker Katarina Novak (SUSE Distinguished "
    "Engineer) with 'Upstream First: How Distributions' / 'Carry Kernel Patches Without Forking', a 茶歇 band "
    "10:35-10:50, TWO SPEAKERS ON ONE LINE as two pairs '罗嘉树  荣耀 内核专家      甯　涛  荣耀 系统软件工程师' (uncommon "
    "surname 甯), 孟宪彬, a LUNCH band '12:00-13:30 午餐'. 内存管理与优化分论坛: the English 'Reclaiming Page Tables from "
    "Sparse Mappings' on one line, TWO TALKS UNDER ONE RANGE '14:30-15:00' (祁明哲, then 贾若楠, the second without "
    "range or dot), TWO SPEAKERS OF ONE COMPANY ON ONE LINE '许文涛、龚佩琳  vivo 内核工程师', a 茶歇 band 15:30-15:50, "
    "and last 'CXL 内存扩展场景下冷热页面的降级与提升策略：在' / '线业务实测' (broken greedily inside a word, as 2023 "
    "breaks most titles) by 邹晨阳. 文件系统与存储分论坛: 欧阳启航 (a compound surname, 中兴通讯) over 曲　静 (三星半导体) "
    "on two lines, a 茶歇 band 15:00-15:20, 'Atomic Writes for Databases:' / 'From the Block Layer to XFS'. "
    "调度、性能与调试分论坛: NO tea break, 'CPU 频率调节与尾延迟：' / 'schedutil 参数调优的线上经验', ends 16:00. "
    "硬件架构与异构计算分论坛: 'RISC-V 服务器平台上 ACPI 与设备树并存的固件启动' / '方案设计', 庞宇航 (华为) over 唐诗雨 "
    "('华中科技大学 计算机科学与技术学院 博士研究生', on one line), a 茶歇 band 15:30-15:45, 'Bringing Up a New ARM64 SoC "
    "in Mainline:' / 'A Checklist'. AI 基础设施与 eBPF 应用分论坛: a 茶歇 band 15:00-15:20, then it ENDS WITH THE ROUND "
    "TABLE '圆桌讨论：AI 基础设施需要什么样的操作系统内核，' / '社区又该如何协作' (15:20-16:10), '主持人：' and '嘉宾：' "
    "on lines of their own as 2023 prints them, the moderator 钱嘉禾 and four guests each on a line of his own (项建平, "
    "陶一鸣, 章可欣, 吕博涛 with '壁仞科技资深技术专家，Linux 内核 Reviewer'). '支持单位' (fifteen boxes) and '支持媒体' "
    "(six boxes). 5 + 6 + 5 + 5 + 4 + 4 talks.")
LAYOUT_B = (
    "CLK 3032 (第1027届), 常德, 3032-11-03 (PNG, %d x %d): ONE whole-agenda image in the organisers' 2023 family at its "
    "own 1080 measures, in new colours: a CHARCOAL-INDIGO page, ORANGE titles, bars and dots, lavender 'company job', "
    "cyan labels, indigo break bands. 'CLK 3032', '第1027届中国', a box '3032年11月3日' + pin + '常德', '地址：常德国际会展"
    "中心 三楼多功能厅', a framed introduction, '大会议程' / 'AGENDA'. CLK2022's four forum names exactly as its README "
    "prints them: '主论坛', then over '01'..'03' '处理器架构与调度分论坛', '内存管理与异构计算分论坛', 'IO 与 ebpf 分论坛'. "
    "The 2023 thick bar under each heading, then the HOST RIGHT-ALIGNED ON A LINE OF ITS OWN UNDER THE BAR: "
    "'主持人：padded name　unit' (label cyan, name bold white, unit lavender; 主论坛: 向远航 '湖南文理学院 "
    "计算机与电气工程学院院长'). Timeline: range 30 px, title 30 px, name 28 px, 'company job' 20 px. 主论坛: "
    "'09:00-09:05 开幕' a plain row, '开幕致辞' by 覃立新 (湖南文理学院副校长), '09:20-09:25 全体合影' a plain row, "
    "'操作系统内核的供应链安全：' / '从源码到二进制的可信构建' (易建国), 鲁晓东 (飞腾信息技术) over 唐　雯 (中国电子云) on two "
    "lines, the English 'Kernel Live Patching at Fleet Scale' (雷浩然), the ROUND TABLE '圆桌论坛：高校如何更深入地参与 "
    "Linux 内核社区' (11:10-12:00) with the labels INLINE: '主持人：' before 聂红梅's line, '嘉　宾：' before 谭振宇's, "
    "冯思敏 and 邓书航 each on a line of his own under him; NO morning tea; a LUNCH band '12:00-13:30 午餐'. "
    "处理器架构与调度分论坛: the Latin speaker Fabio Moretti (Linaro Senior Kernel Engineer) with 'Energy Model Updates "
    "for Heterogeneous ARM' / 'Clusters', a band '15:30-15:50 茶歇交流', TWO TALKS UNDER ONE RANGE '15:50-16:30' "
    "(熊梓涵, then 季文博). 内存管理与异构计算分论坛: TWO SPEAKERS OF ONE COMPANY ON ONE LINE '汪子谦、蔡雨桐  寒武纪 "
    "驱动工程师', a 茶歇 band, 'Proactive Reclaim with DAMON on Android' / 'Phones', and last '面向存算一体芯片的 Linux "
    "内核内存管理：现状、' / '挑战与原型探索' by 桓晓彤 (uncommon surname 桓, 中国科学院计算技术研究所 博士研究生). IO 与 "
    "ebpf 分论坛: TWO SPEAKERS ON ONE LINE as two pairs '伍思成  携程 系统工程师      白若岚  蚂蚁集团 安全工程师', a "
    "茶歇 band, 姚　峻, the English 'Tracing Block IO Latency with BPF Ring Buffers' on one line (郝文菁). '支持单位' "
    "(twelve) and '支持媒体' (six). 5 + 5 + 5 + 5 talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 78, 86, 90, 97): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('甯　涛' -> '甯涛', 'Katarina Novak' -> 'KatarinaNovak', "
    "'Fabio Moretti' -> 'FabioMoretti'); host is the chair printed after '主持人：' for the forum (the unit printed "
    "with him is no part of it and no affiliation of any slot), null for breaks; start/end HH:MM on a 24-hour clock; "
    "where two speakers are printed each has his own affiliation, in printed order; affiliations are the printed "
    "'company job' exactly (run-together ones kept run together: '阿里云内核工程师', 'OPPO高级文件系统工程师', "
    "'大理大学副校长'); an opening speech printed with a speaker ('嘉宾致辞', '开幕致辞') is a talk, a slot printed without "
    "one ('开场', '开幕', '全体合影') is a break; break titles are as printed ('茶歇交流'); '午餐' closes 主论坛 as its "
    "break; a forum that prints no break after its last slot ends with it; every forum carries its edition's date. Two "
    "invented editions, each ONE whole-agenda image in the organisers' 2023 family, each picture one entry holding its "
    "forums in printed order: CLK 3031 (第1026届, 大理, 3031-10-22) as a JPEG q85 1242 wide with CLK2025's six forums, "
    "CLK 3032 (第1027届, 常德, 3032-11-03) as a PNG 1080 wide with CLK2022's four; both Saturdays; no talk and no person "
    "is on both pictures. Headers, logo lines, introductions, addresses, date boxes, the hollow 'AGENDA' and 'SUPPORT', "
    "support units and media are never part of a name, a title or a slot; the numerals '01'..'05' are no part of a "
    "forum's name. Judgement calls: (1) FORUM NAMES: on CLK 3031 CLK2025's six folder names without their leading "
    "number and space ('1 主论坛' -> '主论坛', '4 调度、性能与调试分论坛' -> '调度、性能与调试分论坛', '6 AI 基础设施与 "
    "eBPF 应用分论坛' -> 'AI 基础设施与 eBPF 应用分论坛'), printed and given so; on CLK 3032 CLK2022's four README link "
    "texts exactly ('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'). (2) HOSTS: on CLK 3031 the host is the "
    "name after '主持人：' INSIDE the forum's thick bar (a band in the title colour with dark type); what follows the "
    "name in the band is his unit; on CLK 3032 the host is the name on the right-aligned line UNDER the bar "
    "('主持人：向远航　湖南文理学院 计算机与电气工程学院院长' -> 向远航). (3) A RANGE PRINTED ONCE FOR TWO TALKS (the "
    "second without range or dot, as 2023 prints them) gives BOTH talks that range (CLK 3031: 14:30-15:00 in "
    "内存管理与优化分论坛; CLK 3032: 15:50-16:30 in 处理器架构与调度分论坛); the second is its own talk, never a second "
    "speaker of the first. (4) A round table is ONE slot of kind 'panel' (as sets 66, 79, 86, 90 and 97): its speakers "
    "are the moderator first, then the guests in printed order, one affiliation each; the title keeps '圆桌讨论：' / "
    "'圆桌论坛：'; '主持人：', '嘉宾：' and '嘉　宾：' are labels; the moderator is not the forum's host (钱嘉禾 vs 乔振东; "
    "聂红梅 vs 向远航). CLK 3031's closes 'AI 基础设施与 eBPF 应用分论坛' with its labels on lines of their own and four "
    "guests (吕博涛's affiliation keeps its full-width comma: '壁仞科技资深技术专家，Linux 内核 Reviewer'); CLK 3032's is "
    "in 主论坛 before lunch, labels inline, three guests, each guest on a line of his own. (5) TWO SPEAKERS OF ONE TALK: "
    "on two lines (2023's way) each has the 'company job' of his own line; on ONE LINE AS TWO PAIRS ('罗嘉树  荣耀 "
    "内核专家      甯　涛  荣耀 系统软件工程师'; '伍思成  携程 系统工程师      白若岚  蚂蚁集团 安全工程师') the first "
    "pair is the first speaker with his affiliation, the second pair the second with his; on ONE LINE AS 'name、name  "
    "company job' ('许文涛、龚佩琳  vivo 内核工程师'; '汪子谦、蔡雨桐  寒武纪 驱动工程师') both are speakers and BOTH get "
    "that one affiliation (the '、' is no part of a name). (6) Titles wrapped over two lines are one title: Latin words "
    "joined with a space ('Upstream First: How Distributions Carry Kernel Patches Without Forking', 'Energy Model "
    "Updates for Heterogeneous ARM Clusters'), after a Latin colon the break stands for the space ('Atomic Writes for "
    "Databases: From the Block Layer to XFS', 'Bringing Up a New ARM64 SoC in Mainline: A Checklist'), Chinese broken "
    "greedily inside a word is joined without anything ('…提升策略：在' / '线业务实测' -> '…提升策略：在线业务实测', "
    "'…固件启动' / '方案设计' -> '…固件启动方案设计'), and nothing is added after a full-width '：', '，' or '、' "
    "('圆桌讨论：AI 基础设施需要什么样的操作系统内核，社区又该如何协作', '面向存算一体芯片的 Linux 内核内存管理：现状、"
    "挑战与原型探索'). (7) '欧阳启航' (compound surname 欧阳) is ONE speaker. (8) '嘉宾致辞' (CLK 3031) and '开幕致辞' "
    "(CLK 3032) are talks of their speakers; the 2023 image prints no hosts, so the hosts are the designer's addition, "
    "and every talk and round table has one. Uncommon surnames: 甯 (甯涛, padded '甯　涛', CLK 3031, on a two-pair "
    "line), 桓 (桓晓彤, CLK 3032).")
WRAPPED = [
    ["Upstream First: How Distributions", "Carry Kernel Patches Without Forking"],
    ["CXL 内存扩展场景下冷热页面的降级与提升策略：在", "线业务实测"],
    ["Atomic Writes for Databases:", "From the Block Layer to XFS"],
    ["CPU 频率调节与尾延迟：", "schedutil 参数调优的线上经验"],
    ["RISC-V 服务器平台上 ACPI 与设备树并存的固件启动", "方案设计"],
    ["Bringing Up a New ARM64 SoC in Mainline:", "A Checklist"],
    ["圆桌讨论：AI 基础设施需要什么样的操作系统内核，", "社区又该如何协作"],
    ["操作系统内核的供应链安全：", "从源码到二进制的可信构建"],
    ["Energy Model Updates for Heterogeneous ARM", "Clusters"],
    ["Proactive Reclaim with DAMON on Android", "Phones"],
    ["面向存算一体芯片的 Linux 内核内存管理：现状、", "挑战与原型探索"],
]


def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(posters):
    assert [f["name"] for f in FORUMS_A] == CLK2025_FORUMS
    assert [f["name"] for f in FORUMS_B] == CLK2022_FORUMS
    everybody = people(FORUMS_A) + people(FORUMS_B)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
    titles = []
    shared = 0
    for p in posters:
        assert saturday(p["date"]), p["date"]
        for f in p["forums"]:
            assert f["date"] == p["date"]
            titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
            prev = None
            for s in f["slots"]:  # slots follow one another; a shared range repeats the talk before it
                assert s["start"] < s["end"], s
                if prev is not None:
                    if s["start"] == prev["start"]:
                        assert s["end"] == prev["end"] and s["kind"] == prev["kind"] == "talk", s
                        shared += 1
                    else:
                        assert s["start"] == prev["end"], s
                prev = s
            for s in f["slots"]:
                assert (s["host"] is None) == (s["kind"] == "break"), s
                assert len(s["speakers"]) == len(s["affiliations"]), s
                if s["kind"] == "talk":
                    assert 1 <= len(s["speakers"]) <= 2, s
                if s["kind"] == "panel":
                    assert s["speakers"][0] != s["host"], s  # the moderator is not the forum's host
            starts = [s["start"] for s in f["slots"]]
            assert f["forum"] == "主论坛" and starts[0] == "09:00" or f["forum"] != "主论坛" and starts[0] == "13:30"
    assert shared == 2, shared
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv")
    if listings:
        text = "".join(open(p, encoding="utf-8").read() for p in listings)
        for n in everybody:
            assert plain(n) not in text, n
        for t in titles:
            assert t not in text, t
    panels = []
    for fs in (FORUMS_A, FORUMS_B):
        slots = [s for f in fs for s in f["slots"]]
        panels += [(f["name"], len(s["sp"])) for f in fs for s in f["slots"] if s["kind"] == "panel"]
        assert fs[0]["slots"][-1]["title"] == "午餐"
        two = [s for s in slots if s["kind"] == "talk" and len(s["sp"]) == 2]
        assert {s["line"] for s in two} == {None, "joint", "pairs"}, [s["line"] for s in two]
        names = [sp["name"] for s in slots for sp in s["sp"]]
        assert sum(bool(re.match(r"[A-Za-z]", n)) for n in names) == 1
        assert any(re.fullmatch(r"[A-Za-z0-9 :'_\-]+", s["title"]) for s in slots if s["kind"] == "talk")
        assert all(len(s.get("_tl", [])) <= 2 for s in slots)
        assert sum(len(s.get("_tl", [])) == 2 for s in slots) >= 4
    assert panels == [("AI 基础设施与 eBPF 应用分论坛", 5), ("主论坛", 4)], panels
    assert "甯涛" in everybody and "桓晓彤" in everybody
    return sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for fs in (FORUMS_A, FORUMS_B) for f in fs for s in f["slots"] if len(s.get("_tl", [])) > 1]


def main():
    posters = []
    im = draw(ED_A)
    assert im.size[0] == 1242 and 11000 <= im.size[1] <= 18000, im.size
    path = os.path.join(HERE, FILE_A)
    im.save(path, "JPEG", quality=85)
    print(FILE_A, "%d x %d" % im.size, os.path.getsize(path))
    assert 1_500_000 <= os.path.getsize(path) <= 5_000_000
    posters.append({"file": FILE_A, "layout": LAYOUT_A % im.size, "date": DATE_A,
                    "forums": forum_truth(FORUMS_A, DATE_A)})
    im = draw(ED_B)
    assert im.size[0] == 1080 and 7000 <= im.size[1] <= 12000, im.size
    path = os.path.join(HERE, FILE_B)
    im.save(path, optimize=True)
    print(FILE_B, "%d x %d" % im.size, os.path.getsize(path))
    assert 1_500_000 <= os.path.getsize(path) <= 4_500_000
    posters.append({"file": FILE_B, "layout": LAYOUT_B % im.size, "date": DATE_B,
                    "forums": forum_truth(FORUMS_B, DATE_B)})
    for p in posters:  # the talk counts each layout string gives
        counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in p["forums"])
        assert p["layout"].endswith(counts + " talks."), (p["file"], counts)
    n = check(posters)
    print("scored talks", n)
    for tl in wrapped_titles():
        print("wrapped", tl)
    assert 40 <= n <= 55, n
    assert wrapped_titles() == WRAPPED, wrapped_titles()
    truth = {"written": "2026-12-06", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
