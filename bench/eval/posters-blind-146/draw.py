"""Draw the hundred-and-forty-sixth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two parts of the saved agenda image and truth.json next to this file.
Every string printed on the poster comes from the data below, so truth.json and the pictures cannot drift
apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 3461 (第1456届, 吉安, 井冈山大学, Saturday 3461-10-26), with CLK2025's six forum
folders (主论坛 in the morning, five forums in parallel in the afternoon), drawn as the ONE whole-agenda image
of its year (a PNG 1080 wide, as the 2025 listing names CLK2025全部议程.jpg) in the organisers' 2023 family
(CLK2023全部议程.png): logo lines, 'CLK' with the year raised in nested outlines, a slanted '第N届中国' /
'Linux 内核开发者大会', an outlined date box with a pin and the city, '地址：', a sphere, a framed
introduction, '大会议程' over a hollow 'AGENDA', per forum its heading (a big fading numeral behind the
afternoon ones), a host line, the thick bar, the 2023 timeline (two talks under ONE range twice, as 2023
prints them), tea and lunch bands, a closing bar, '支持单位' / '支持媒体' over outlined boxes.  Then passed on
as a reader would: saved from a chat app, which scaled it to 900 px wide and re-encoded it as JPEG q75, and
cut in the phone's gallery into TWO tall parts that continue one another (each saved again as JPEG q75).

Started as a copy of posters-blind-140/draw.py (140 took its helpers from set 105, and 105 from sets 103, 97,
90, 86, 78, 72, 68, 59, 43).  Unchanged: font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext,
rtext, vgrad, grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain, saturday, K, F, k, slanted,
outline_text, fading_numeral, pin, logo, clk_mark, inline, runs_width, background, listing_words, S, R, B,
truth_slot, put, pad, speaker_line, panel, is_band, printed_name, heading, paint, draw_poster, people.
Adapted: T (a 'shared' flag), slot (a shared talk prints no range and no dot), find_cut (between two title
lines, on the 900-wide image), part_truth (a shared talk goes with its range), is_latin, check, main.
REAL_NAMES is set 140's list united with set 139's.  New: chat_save, sc, SIX and all the data.
"""
import datetime
import glob
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





# names of real speakers and hosts read on the real posters by earlier helpers (set 140's list, itself
# set 134's, united with set 139's); none may be used
REAL_NAMES = sorted(set([
    "付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
    "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
    "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
    "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
    "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "王建政", "李志", "伍勃", "李扬韬", "邹贻鹏",
    "廖肇燕", "LianboJiang", "慕冬亮", "甄鹏",
    "李治军", "许珉嘉", "郑琦", "宋牧春", "谢旻晟", "郭健", "彭志光", "司延腾", "殷锋卫",
    "谈鉴锋", "李培锋", "朱彦军", "韩传华", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "左泽", "王海粟", "江锋", "黄睿",
    "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "祝嘉", "张子扬",
    # set 139's additions (its REAL_NAMES, set 133's union)
    "周傲易", "谢昱晟", "谢淼",
]))

# ---------------------------------------------------------------------------


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
# without a range of its own, as 2023 prints two talks under '14:00-15:00'); R a round table (kind 'panel':
# moderator, then the guests in printed order); B a break.  Two speakers stand on two lines (as 2023).
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


# CLK2025's six forum folders, without their numbers, in folder order
SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]

DATE = "3461-10-26"
YEAR = "3461"
NTH = "第1456届中国"  # 2023 was the 18th: 3461 - 2005
FORUMS = [
    {"name": "主论坛", "host": "刘文涛", "unit": "井冈山大学电子与信息工程学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("肖建平", "井冈山大学副校长")]),
        T("09:20", "09:50", "内核中的 Rust：从第一个驱动到子系统接口的演进",
          [S("陈立恒", "华为操作系统内核首席专家")]),
        T("09:50", "10:20", "Confidential VMs on Linux: Where TDX and SEV-SNP Stand Today",
          [S("Tobias Hartmann", "SUSE Distinguished Engineer")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "终端操作系统十年：Linux 内核在手机上的演进与新挑战",
          [S("李明川", "荣耀操作系统内核首席架构师"), S("杨凡", "荣耀内核技术专家")]),
        T("11:05", "11:35", "国产 CPU 生态下的内核长期维护：发行版的视角", [S("周海涛", "麒麟软件内核研发总监")]),
        R("11:35", "12:15", "圆桌论坛：国产硬件的上游之路，厂商、社区与发行版如何协作",
          S("张卫东", "CSDN开源社区总编辑"),
          [S("黄志诚", "阿里云龙蜥社区技术委员会委员"), S("赵静", "清华大学计算机系副教授"),
           S("吴俊逸", "腾讯TencentOS内核负责人"), S("亓立伟", "统信软件内核研发总监")]),
        B("12:15", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "host": "王立峰", "unit": "蚂蚁集团操作系统内核负责人", "slots": [
        T("13:30", "14:00", "大页分配失败的线上监测与 compaction 参数调优", [S("张晓峰", "字节跳动Linux内核工程师")]),
        T("14:00", "15:00", "memcg 主动回收在混部集群中的落地与收益", [S("刘建波", "阿里云内核技术专家")]),
        T("14:00", "15:00", "Cutting memcg Charging Overhead on 256-Core Servers", [S("黄一鸣", "英特尔Linux内核工程师")],
          shared=True),
        T("15:00", "15:30", "低内存手机上的文件页抖动检测与前台应用保护", [S("陈晓川", "小米内存性能专家")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "CXL 扩展内存上的 NUMA 平衡：不同页提升阈值的实测对比",
          [S("王海霞", "浪潮信息服务器内核工程师"), S("孙博", "浪潮信息系统软件工程师")]),
        T("16:15", "16:45", "vmalloc 分配路径的锁竞争分析与优化", [S("郭峻", "华为操作系统内核工程师")]),
        T("16:45", "17:15", "容器 page cache 限额：设计取舍与社区讨论", [S("林嘉明", "腾讯云内核工程师")]),
        T("17:15", "17:45", "用户态 OOM 决策：从 PSI 信号到进程优先级", [S("郑宇晨", "OPPO高级内核工程师")]),
    ]},
    {"name": "文件系统与存储分论坛", "host": "徐文杰", "unit": "华为存储内核专家", "slots": [
        T("13:30", "14:00", "ext4 在 NVMe 上的 jbd2 提交延迟：一次数据库抖动的复盘", [S("杨振宇", "统信软件文件系统研发工程师")]),
        T("14:00", "14:30", "XFS 元数据校验在大容量 HDD 上的开销评估", [S("赵明哲", "阿里云存储内核工程师")]),
        T("14:30", "15:00", "训练容器里的 virtiofs：DAX 窗口大小与读吞吐", [S("李思远", "百度智能云存储工程师")]),
        T("15:00", "15:30", "NVMe over TCP 多队列调优：从中断亲和到 io_uring",
          [S("冯浩", "移动云存储内核工程师"), S("谢颖", "移动云存储研发工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "dm-verity 在车机系统上的启动校验开销优化", [S("宋佳颖", "理想汽车系统软件工程师")]),
        T("16:15", "16:45", "Making Direct I/O Writes Untorn: Atomic Writes for Databases",
          [S("邓睿", "腾讯云存储内核专家")]),
        T("16:45", "17:15", "dm-writecache 用于数据库日志盘的实测", [S("唐立军", "京东系统工程师")]),
        T("17:15", "17:45", "SD 卡与 exFAT 兼容性问题的排查手记", [S("韩冰洁", "荣耀存储驱动工程师")]),
    ]},
    {"name": "调度、性能与调试分论坛", "host": "周建新", "unit": "美团基础架构内核负责人", "slots": [
        T("13:30", "13:55", "直播转码集群试用 sched_ext：收益、回退与教训", [S("马越", "快手内核工程师")]),
        T("13:55", "14:20", "Core Scheduling Overhead in Multi-Tenant Clouds", [S("胡晓光", "腾讯云高级工程师")]),
        T("14:20", "14:45", "调度延迟归因：runqlat 之外还需要看什么", [S("许志伟", "蚂蚁集团系统工程师")]),
        T("14:45", "15:10", "ARM64 大内存机器上 vmcore 转储的并行化", [S("高志成", "飞腾系统软件工程师")]),
        T("15:10", "15:35", "服务器上 intel_pstate 与 schedutil 的能效对比", [S("何静宜", "华为云内核工程师")]),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "Lock Holder Preemption in Overcommitted Virtual Machines", [S("蔡文轩", "字节跳动STE内核工程师")]),
        T("16:15", "16:40", "软中断与 ksoftirqd 的 CPU 争抢问题分析",
          [S("梁志强", "网易数帆内核工程师"), S("王琳", "网易数帆性能优化工程师")]),
        T("16:40", "17:05", "实时内核下 NAPI 线程化对中断延迟的影响", [S("曾德华", "中兴通讯操作系统架构师")]),
        T("17:05", "17:30", "KCSAN 报告的数据竞争：从告警到补丁", [S("罗嘉诚", "中国科学院软件研究所助理研究员")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "host": "李国栋", "unit": "龙芯中科系统软件部总监", "slots": [
        T("13:30", "14:00", "LoongArch 平台 ACPI 与设备树共存问题的处理", [S("彭宇辰", "龙芯中科内核开发工程师")]),
        T("14:00", "14:30", "ARM64 MPAM 资源隔离：缓存与内存带宽分配实践",
          [S("朱雷", "阿里云内核工程师"), S("李晓雯", "阿里云系统软件工程师")]),
        T("14:30", "15:00", "RISC-V AIA 中断架构在嵌入式 SoC 上的延迟评估", [S("田原", "平头哥半导体内核工程师")]),
        T("15:00", "15:30", "Upstreaming a DRM Driver for a Domestic GPU: Lessons Learned",
          [S("董佳明", "摩尔线程驱动架构师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:45", "海光平台上机密容器的镜像完整性保护", [S("张浩宇", "海光信息虚拟化工程师")]),
        T("15:45", "16:45", "Intel AMX 在容器中的上下文切换开销分析", [S("吴昊宇", "英特尔软件工程师")], shared=True),
        T("16:45", "17:15", "PCIe 热插拔在国产服务器上的兼容性问题", [S("蒋文斌", "联想服务器固件工程师")]),
        T("17:15", "17:45", "端侧 NPU 驱动的内存分配：DMA-BUF heap 实践", [S("沈佳琳", "寒武纪驱动工程师")]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "host": "陈建勇", "unit": "字节跳动系统技术负责人", "slots": [
        T("13:30", "14:00", "大模型推理服务的绑核策略与内存带宽隔离", [S("王璐", "商汤科技系统工程师")]),
        T("14:00", "14:30", "训练任务 checkpoint 写入引起的 page cache 抖动分析", [S("刘思雨", "火山引擎系统工程师")]),
        T("14:30", "15:00", "GPU 直通虚拟机的启动加速：从分钟级到秒级",
          [S("张启明", "火山引擎虚拟化工程师"), S("杨雪晴", "火山引擎虚拟化研发工程师")]),
        T("15:00", "15:30", "拥塞控制算法的 BPF 化：在 CDN 边缘节点灰度上线", [S("赵鹏飞", "美团网络内核工程师")]),
        T("15:30", "16:00", "Auditing BPF Program Loads in Multi-Tenant Kubernetes", [S("吴思源", "阿里云安全工程师")]),
        B("16:00", "16:15", "茶歇"),
        T("16:15", "16:45", "XDP 实现的推理网关限流与熔断", [S("周宇宁", "小红书网络工程师")]),
        T("16:45", "17:15", "生产环境中 bpftrace 脚本的审批与白名单机制", [S("徐子涵", "蚂蚁集团SRE工程师")]),
        T("17:15", "17:45", "训练数据读取的尾延迟：块层 BPF 定制调度初探", [S("李浩宁", "腾讯云存储工程师")]),
        T("17:45", "18:15", "RDMA 网卡驱动在大规模训练集群中的稳定性问题", [S("逯文龙", "天翼云网络内核工程师")]),
    ]},
]
INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d，由国内从事 Linux 内核研发的企业、高校和开源社区联合发起，"
         "今年是第 1456 届，由井冈山大学承办。大会以\u201c自由、协作、创新\u201d为宗旨，面向一线开发者交流内核"
         "前沿技术与工程实践。本届大会上午为主论坛，下午设五个分论坛同时进行，现诚邀广大 Linux 内核开发者和"
         "爱好者参加。")
UNITS = ["井冈山大学", "华为", "阿里云", "腾讯", "字节跳动", "蚂蚁集团", "OPPO", "vivo", "荣耀", "龙芯中科",
         "麒麟软件", "统信软件", "英特尔", "SUSE", "浪潮信息"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "阅码场", "极客邦", "SegmentFault"]
PAL = {"bg": ((5, 14, 34), (2, 7, 18)), "title": (0, 236, 222), "aff": (24, 124, 255), "label": (202, 40, 250),
       "line": (18, 92, 186), "dot": (30, 128, 255), "band": (12, 42, 104), "bar": (0, 236, 222),
       "bar_ink": (3, 10, 25), "num": (0, 200, 190), "glow1": (70, 60, 230), "glow2": (0, 170, 200),
       "shadow": (130, 40, 220), "streak": (60, 30, 120)}
ED = {"forums": FORUMS, "pal": PAL, "year": YEAR, "nth": NTH, "date_text": "10月26日", "city": "吉安",
      "addr": "地址：井冈山大学 图书馆学术报告厅", "intro": INTRO, "units": UNITS, "media": MEDIA,
      "seed": 14601, "K": 1.0, "W": 1080, "grain": 0.002, "cell": 3}

# the talk whose two title lines the crop separates: its range and first title line end part 1, its second title
# line and its speaker line open part 2
CUT_FORUM, CUT_TITLE = "调度、性能与调试分论坛", "Core Scheduling Overhead in Multi-Tenant Clouds"

# ===========================================================================
# Painting: the 2023 timeline.  Every printed line is logged (its glyphs' top and bottom on the poster, what it
# is and which slot it belongs to), so that the crop can be placed and checked against the text.
LINES = []


def put(d, xy, text, f, fill, what, key, anchor="la"):
    d.text(xy, text, font=f, fill=fill, anchor=anchor)
    b = d.textbbox(xy, text, font=f, anchor=anchor)
    LINES.append({"top": b[1], "bottom": b[3], "what": what, "key": key, "text": text})


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
    """One slot of the timeline, its title's top at y.  Returns the next slot's title top.  A shared talk prints
    no range and no dot: it stands under the talk before it, as 2023's second talk of '14:00-15:00' does."""
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
    if not s["shared"]:
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
        LINES.append({"top": b[1], "bottom": b[3], "what": "heading", "key": key, "text": name})
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
        y = heading(im, d, X0, X1, y, i, f)
        top = y
        for j, s in enumerate(f["slots"]):
            y = slot(im, d, X0, X1, LX, CX, y, s, (i, j))
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


def draw_poster():
    global K
    K = ED["K"]
    return two_pass(ED["W"], paint, background(ED))


# ===========================================================================
# Passed on: the organisers' PNG (1080 wide) was sent in a chat; the reader saved it from the chat app, which had
# scaled it to 900 px wide and re-encoded it as JPEG q75 (WeChat's 'mmexport' file), then cut that long image
# into TWO tall parts in the phone's gallery editor, each saved again as JPEG q75.
SHOWN_W = 900
QUALITY = 75
MM = "mmexport47076898877512"  # a WeChat save name: 'mmexport' + the save time in ms (3461-10-22 20:21, UTC+8)
FILES = [MM + "_1.jpg", MM + "_2.jpg"]


def chat_save(poster):
    """Scale to 900 wide (Lanczos) and re-encode as the chat app saves a picture: JPEG q75, 4:2:0."""
    W, H = poster.size
    small = poster.resize((SHOWN_W, round(H * SHOWN_W / W)), Image.LANCZOS)
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=QUALITY)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def sc(v):
    """A poster row (1080 wide) on the saved image (900 wide)."""
    return v * SHOWN_W / ED["W"]


def find_cut():
    """The crop's row on the saved image: in the gap between the first and the second title line of CUT_TITLE; no
    printed line may come within 2 px of it."""
    fi = SIX.index(CUT_FORUM)
    sj = [s["title"] for s in FORUMS[fi]["slots"]].index(CUT_TITLE)
    key = (fi, sj)
    tl = sorted((ln for ln in LINES if ln["key"] == key and ln["what"] == "title"), key=lambda ln: ln["top"])
    assert len(tl) == 2, tl
    lo, hi = sc(tl[0]["bottom"]), sc(tl[1]["top"])
    assert hi - lo >= 5, (lo, hi)
    cut = int(round((lo + hi) / 2))
    for ln in LINES:
        assert not (sc(ln["top"]) - 2 <= cut <= sc(ln["bottom"]) + 2), ("the crop cuts a line", ln)
    return cut


def part_truth(cut):
    """Part 1 holds the slots whose printed range stands above the crop (a shared talk goes with the range it stands
    under), part 2 the others; a forum cut by the crop is in both parts under its own name and host."""
    ranges = {ln["key"]: ln for ln in LINES if ln["what"] == "range"}
    parts = [[], []]
    for i, f in enumerate(FORUMS):
        where = []
        for j, s in enumerate(f["slots"]):
            if s["shared"]:
                assert (i, j) not in ranges
                where.append(where[-1])
            else:
                where.append(0 if sc(ranges[(i, j)]["bottom"]) < cut else 1)
        for p in (0, 1):
            slots = [truth_slot(s, f["host"]) for j, s in enumerate(f["slots"]) if where[j] == p]
            if slots:
                parts[p].append({"forum": f["name"], "date": DATE, "slots": slots})
    return parts


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


def check(parts):
    """A Saturday; CLK2025's six forums in folder order; nobody printed twice; no real name or deck title; slots
    contiguous (a shared talk repeats the range of the talk it stands under); the brief's ingredients; 40 to 55
    scored talks."""
    assert saturday(DATE), DATE
    assert [f["name"] for f in FORUMS] == SIX
    listing = "/work/shared/corpus/listings/CLK2025.tsv"
    if os.path.exists(listing):
        folders = []
        for ln in open(listing, encoding="utf-8").read().splitlines()[1:]:
            m = re.match(r"(\d+) ([^/]+)/", ln.split("\t")[0])
            if m and m.group(2) not in folders:
                folders.append(m.group(2))
        assert folders == SIX, folders
    everybody = [plain(p) for p in people()]
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    assert not set(everybody) & set(REAL_NAMES), set(everybody) & set(REAL_NAMES)
    words = listing_words()
    slots = [s for f in FORUMS for s in f["slots"]]
    titles = [s["title"] for s in slots if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for n in everybody:
        assert n not in words, n
    for t in titles:
        assert t not in words, t
    for f in FORUMS:
        prev = None
        for s in f["slots"]:
            assert s["start"] < s["end"], s
            if s["shared"]:
                assert prev["kind"] == "talk" and not prev["shared"] and (s["start"], s["end"]) == (prev["start"], prev["end"])
            else:
                assert prev is None or s["start"] == prev["end"], s
            prev = s
            if s["kind"] == "talk":
                assert 1 <= len(s["sp"]) <= 2, s
        assert [s["title"] for s in f["slots"]].count("茶歇") == 1, f["name"]
        if f["name"] == "主论坛":
            assert f["slots"][0]["start"] == "09:00" and f["slots"][-1]["title"] == "午餐"
            assert f["slots"][-1]["end"] == "13:30"
        else:
            assert f["slots"][0]["start"] == "13:30" and f["slots"][-1]["kind"] == "talk"
            assert "午餐" not in [s["title"] for s in f["slots"]]
    assert sum(s["shared"] for s in slots) == 2
    panels = [s for s in slots if s["kind"] == "panel"]
    assert len(panels) == 1 and len(panels[0]["sp"]) == 5
    assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") == 6
    latin = [sp["name"] for s in slots for sp in s["sp"] if is_latin(sp["name"])]
    assert latin == ["Tobias Hartmann"], latin
    english = [s["title"] for s in slots if s["kind"] == "talk" and is_latin(s["title"])]
    assert len(english) == 7, english
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    got = [s["_tl"] for s in slots if len(s.get("_tl", [])) == 2]
    assert got == WRAPPED, got
    assert any(is_latin(s["title"]) for s in slots if len(s.get("_tl", [])) == 2)
    # the two parts: every slot once, in order; the cut talk the last of part 1
    flat = [(f["forum"], s["start"], s["title"]) for p in parts for f in p for s in f["slots"]]
    assert flat == [(f["name"], s["start"], s["title"]) for f in FORUMS for s in f["slots"]]
    assert parts[0][-1]["forum"] == CUT_FORUM == parts[1][0]["forum"]
    assert parts[0][-1]["slots"][-1]["title"] == CUT_TITLE
    for p in parts:
        for f in p:
            for s in f["slots"]:
                assert (s["host"] is None) == (s["kind"] == "break"), s
                assert len(s["speakers"]) == len(s["affiliations"]), s
    n = sum(1 for p in parts for f in p for s in f["slots"] if s["kind"] != "break")
    assert 40 <= n <= 55, n
    return n


WRAPPED = [
    ["Confidential VMs on Linux: Where TDX and", "SEV-SNP Stand Today"],
    ["终端操作系统十年：Linux 内核在手机上的演进与新", "挑战"],
    ["圆桌论坛：国产硬件的上游之路，厂商、社区与发行", "版如何协作"],
    ["Cutting memcg Charging Overhead on", "256-Core Servers"],
    ["CXL 扩展内存上的 NUMA 平衡：不同页提升阈值的", "实测对比"],
    ["ext4 在 NVMe 上的 jbd2 提交延迟：一次数据库抖", "动的复盘"],
    ["NVMe over TCP 多队列调优：从中断亲和到", "io_uring"],
    ["Making Direct I/O Writes Untorn: Atomic Writes", "for Databases"],
    ["Core Scheduling Overhead in Multi-Tenant", "Clouds"],
    ["Lock Holder Preemption in Overcommitted", "Virtual Machines"],
    ["Upstreaming a DRM Driver for a Domestic GPU:", "Lessons Learned"],
    ["训练任务 checkpoint 写入引起的 page cache 抖动", "分析"],
    ["Auditing BPF Program Loads in Multi-Tenant", "Kubernetes"],
]

LAYOUT_1 = (
    "CLK 3461 (第1456届), 吉安, 3461-10-26, part 1 of 2 (JPEG q75, %d x %d): the TOP of the edition's whole-agenda image "
    "as a reader saved it from a chat app (the organisers' PNG, 1080 x %d in their 2023 family, scaled by the app to "
    "900 px wide and re-encoded as JPEG q75, a WeChat 'mmexport' file) and then cut in the phone's gallery into two "
    "parts that continue one another without gap or overlap, each saved again as JPEG q75. Everything is printed at "
    "5/6 of the poster's size (titles and ranges 25 px, names 23 px, company-job lines 17 px). The header: logo lines "
    "'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '3461' raised in nested outlines, a slanted '第1456届中国' / "
    "'Linux 内核开发者大会', an outlined date box '10月26日' + pin + '吉安' (no year, as 2023 prints it), '地址：井冈山大学 "
    "图书馆学术报告厅', a sphere with swirling lines, a framed introduction (it says the afternoon has five forums and "
    "names none), '大会议程' over a hollow 'AGENDA'. 主论坛 with the HOST LINE '主持人：刘文涛　井冈山大学电子与信息工程学院院长' "
    "(label violet, name bold white, unit small blue) above the thick teal bar; the 2023 timeline: the range at the "
    "left, a dot on a thin vertical line, the title bold teal broken greedily, per speaker 'padded name  company-job' "
    "(company and job run together as 2023 prints them, '华为操作系统内核首席专家'). '09:00-09:05 开场' (no speaker), "
    "'09:05-09:20 嘉宾致辞' by 肖建平 (井冈山大学副校长), the ONE LATIN SPEAKER 'Tobias Hartmann  SUSE Distinguished "
    "Engineer' under 'Confidential VMs on Linux: Where TDX and' / 'SEV-SNP Stand Today', a '10:20-10:35 茶歇' band, "
    "李明川 over 杨　凡 (both 荣耀) on two lines under '…演进与新' / '挑战', the ROUND TABLE '圆桌论坛：国产硬件的上游之路，"
    "厂商、社区与发行' / '版如何协作' (11:35-12:15) with 2023's violet '主持人：' and '嘉宾：' on lines of their own (张卫东; "
    "黄志诚, 赵　静, 吴俊逸, 亓立伟), a '12:15-13:30 午餐' band, the closing bar. Then '01' behind '内存管理与优化 分论坛' "
    "(a space before '分论坛', as 2023 prints its headings), '主持人：王立峰　蚂蚁集团操作系统内核负责人': '14:00-15:00' "
    "printed ONCE over TWO talks ('memcg 主动回收在混部集群中的落地与收益' by 刘建波, then without range or dot 'Cutting memcg "
    "Charging Overhead on' / '256-Core Servers' by 黄一鸣), a 15:30-15:45 茶歇 band, 王海霞 over 孙　博 (浪潮信息). '02' "
    "behind '文件系统与存储 分论坛' (host 徐文杰): '…一次数据库抖' / '动的复盘', 'NVMe over TCP 多队列调优：从中断亲和到' / "
    "'io_uring' with 冯　浩 over 谢　颖 (移动云), a 15:30-15:45 茶歇 band, 'Making Direct I/O Writes Untorn: Atomic Writes' "
    "/ 'for Databases'. Then '03' behind '调度、性能与调试 分论坛', '主持人：周建新　美团基础架构内核负责人', the 13:30-13:55 "
    "talk (马　越), and at the foot the range '13:55-14:20' with the FIRST title line 'Core Scheduling Overhead in "
    "Multi-Tenant': THE CUT falls under it; its second line 'Clouds' and its speaker open part 2. 6 + 8 + 8 + 2 talks.")
LAYOUT_2 = (
    "CLK 3461, part 2 of 2 (JPEG q75, %d x %d): the REST of the same saved image, from the cut on: no header, no date. "
    "It OPENS with the lone title line 'Clouds' and the speaker line '胡晓光  腾讯云高级工程师' (of the talk whose range "
    "and first title line end part 1), then the rest of 调度、性能与调试分论坛 WITHOUT ITS HEADING OR HOST: 25-minute talks "
    "from 14:20-14:45, a 15:35-15:50 茶歇 band, 'Lock Holder Preemption in Overcommitted' / 'Virtual Machines', 梁志强 "
    "over 王　琳 (网易数帆), to 17:05-17:30, and the closing bar. Then '04' behind '硬件架构与异构计算 分论坛', "
    "'主持人：李国栋　龙芯中科系统软件部总监': 朱　雷 over 李晓雯 (阿里云), 'Upstreaming a DRM Driver for a Domestic GPU:' / "
    "'Lessons Learned', a 15:30-15:45 茶歇 band, '15:45-16:45' printed ONCE over TWO talks ('海光平台上机密容器的镜像完整性"
    "保护' by 张浩宇, then without range or dot 'Intel AMX 在容器中的上下文切换开销分析' by 吴昊宇), to 17:15-17:45. Then '05' "
    "behind 'AI 基础设施与 eBPF 应用 分论坛', '主持人：陈建勇　字节跳动系统技术负责人': '训练任务 checkpoint 写入引起的 page "
    "cache 抖动' / '分析', 张启明 over 杨雪晴 (火山引擎), 'Auditing BPF Program Loads in Multi-Tenant' / 'Kubernetes', a "
    "16:00-16:15 茶歇 band, to 17:45-18:15 (逯文龙). Then '支持单位' over a hollow 'SUPPORT' and fifteen outlined boxes, "
    "'支持媒体' and eight boxes. 7 + 8 + 9 talks.")

NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 105, 110, 140): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('杨　凡' -> '杨凡', 'Tobias Hartmann' -> 'TobiasHartmann'); "
    "host is the name after '主持人：' on the forum's host line (the unit printed after it is no part of it and no "
    "affiliation), null for breaks; start/end HH:MM on a 24-hour clock; each speaker has the company-job line printed "
    "after his own name, exactly as printed (company and job run together, as 2023 prints them: '字节跳动Linux内核工程师'; "
    "'SUSE Distinguished Engineer' with its spaces); two speakers of one talk stand on two lines, given top then "
    "bottom; '嘉宾致辞' with a speaker is a talk, '开场' without one a break; '茶歇' and '午餐' are breaks; '午餐' closes "
    "主论坛; an afternoon forum that prints no break after its last talk ends with it; every forum's date is the "
    "edition's. ONE invented edition, CLK 3461 (第1456届, 吉安, 井冈山大学, Saturday 3461-10-26), with CLK2025's six "
    "forum folders (without their numbers, in folder order), drawn as ONE whole-agenda PNG 1080 wide in the "
    "organisers' 2023 family and handed on as a reader would: saved from a chat app that had scaled it to 900 px wide "
    "and re-encoded it as JPEG q75, then cut into TWO parts that continue one another exactly (no gap, no overlap), "
    "each saved again as JPEG q75; the PNG itself is not delivered. Each part is one entry of 'posters' holding the "
    "forums it shows, in printed order, with the slots whose RANGE it shows. Judgement calls: (1) The cut falls "
    "between the two title lines of 'Core Scheduling Overhead in Multi-Tenant Clouds' (13:55-14:20, "
    "调度、性能与调试分论坛): part 1 ends with its range and first line 'Core Scheduling Overhead in Multi-Tenant', part 2 "
    "opens with its second line 'Clouds' and its speaker line '胡晓光  腾讯云高级工程师'. As the brief asks, that talk is "
    "counted ONCE, in part 1, which shows its time, with its WHOLE title and its speaker and affiliation from the top "
    "of part 2; those two lines are no slot of part 2. (2) A forum cut by the cut is given in both parts under its "
    "own name and host: 调度、性能与调试分论坛 has 2 slots in part 1 and 8 in part 2 (7 talks and its 茶歇), where "
    "neither its heading nor its host is printed. (3) A range printed ONCE over two talks (2023 prints '14:00-15:00' "
    "so) gives BOTH talks that range; the second, printed without range or dot under the first talk's speaker, is "
    "its own talk: 'Cutting memcg Charging Overhead on 256-Core Servers' (14:00-15:00, 内存管理与优化分论坛) and "
    "'Intel AMX 在容器中的上下文切换开销分析' (15:45-16:45, 硬件架构与异构计算分论坛). (4) The date: the date box prints "
    "'10月26日' without a year (2023's form); the year is the edition's, 3461, printed as the raised '3461' beside "
    "'CLK'; part 2 prints no date at all. The file names carry the chat app's save time (mmexport + milliseconds, "
    "3461-10-22 20:21 at UTC+8), not the meeting's date. (5) Forum names are CLK2025's folder names without their "
    "numbers ('AI 基础设施与 eBPF 应用分论坛' with its spaces); the headings print a space before '分论坛' as 2023 prints "
    "its own ('调度、性能与调试 分论坛', 'AI 基础设施与 eBPF 应用 分论坛'), which is no part of the name; the numerals "
    "'01'..'05' behind the afternoon headings are no part of a name. (6) Hosts: the 2023 image prints none; this "
    "designer adds a host line under each forum's name, above the bar: '主持人：padded name　unit'. (7) The round table "
    "'圆桌论坛：国产硬件的上游之路，厂商、社区与发行版如何协作' (11:35-12:15, 主论坛) is ONE slot of kind 'panel': the "
    "moderator after the label '主持人：' (张卫东) first, then the four guests after '嘉宾：' in printed order, one "
    "affiliation each; its title keeps '圆桌论坛：'; the moderator is not the forum's host (刘文涛). (8) Titles wrapped "
    "over two lines are one title: Latin words joined with a space ('Confidential VMs on Linux: Where TDX and' / "
    "'SEV-SNP Stand Today'), a break at a printed space between Chinese text and a Latin word keeps that space "
    "('…从中断亲和到' / 'io_uring' -> '…从中断亲和到 io_uring'), and Chinese broken greedily inside a word is joined "
    "without anything ('…page cache 抖动' / '分析', '…演进与新' / '挑战', "
    "'…厂商、社区与发行' / '版如何协作', '…不同页提升阈值的' / '实测对比', '…一次数据库抖' / '动的复盘'). (9) Headers, logo "
    "lines, the introduction, the address, the date box, 'AGENDA', 'SUPPORT', support units and media are never part "
    "of a name, a title or a slot. Surnames are drawn in the proportions of a real Chinese kernel conference: mostly "
    "王, 李, 张, 刘, 陈, 杨, 赵, 吴, 周, 黄, 徐 and the like, rare ones only 亓 and 逯.")


def main():
    poster = draw_poster()
    W, H = poster.size
    assert W == 1080 and 12000 <= H <= 17000, poster.size
    cut = find_cut()
    saved = chat_save(poster)
    SW, SH = saved.size
    assert SW == SHOWN_W, saved.size
    assert 0.4 <= cut / SH <= 0.6, (cut, SH)
    parts_im = [saved.crop((0, 0, SW, cut)), saved.crop((0, cut, SW, SH))]
    assert sum(p.size[1] for p in parts_im) == SH
    parts = part_truth(cut)
    posters = []
    for fn, im, layout, forums in zip(FILES, parts_im, (LAYOUT_1 % (parts_im[0].size + (H,)), LAYOUT_2 % parts_im[1].size),
                                      parts):
        path = os.path.join(HERE, fn)
        im.save(path, "JPEG", quality=QUALITY)
        assert im.size[0] == SHOWN_W and 4000 <= im.size[1] <= 8000, im.size
        assert 250_000 <= os.path.getsize(path) <= 1_500_000, os.path.getsize(path)
        print(fn, "%d x %d" % im.size, os.path.getsize(path))
        counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in forums)
        assert layout.endswith(counts + " talks."), (fn, counts)
        posters.append({"file": fn, "layout": layout, "date": DATE, "forums": forums})
    print("poster", W, H, "saved", SW, SH, "cut", cut)
    n = check(parts)
    print("scored talks", n, "in parts", [sum(s["kind"] != "break" for f in p for s in f["slots"]) for p in parts])
    truth = {"written": "2026-12-09", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
