"""Draw the hundred-and-fortieth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two screenshot parts and truth.json next to this file.
Every string printed on the poster comes from the data below, so truth.json and the pictures
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 3401 (第1396届, 黄冈, Saturday 3401-10-24), with CLK2022's four README
forums, drawn as the ONE whole-agenda PNG of its year (1080 wide) in the organisers' 2023 family
(CLK2023全部议程.png): logo lines, 'CLK' with the year raised in nested outlines, a slanted
'第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin and the city, '地址：', a
sphere, a framed introduction, '大会议程' over a hollow 'AGENDA', per forum its heading (a big
fading numeral behind the afternoon ones), a host line, the thick bar, the 2023 timeline, tea and
lunch bands, a closing bar, '支持单位' / '支持媒体' over outlined boxes.  Then passed on as a reader
would: opened in a chat app's picture viewer on an Android phone 1080 px wide, saved as ONE
scrolling ('long') screenshot with the black status bar on top, and cropped into TWO tall parts
that continue one another, each saved as JPEG q80.

Copied from posters-blind-105/draw.py (105 took them from sets 103, 97, 90, 86, 78, 72, 68, 59,
43): font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad, grain,
glow, two_pass, para, fits, WHITE, BANDS, rng, plain, saturday, K, F, k, slanted, outline_text,
fading_numeral, pin, logo, clk_mark, inline, runs_width, background (unchanged); S, T, B, R,
truth_slot, pad, speaker_line, panel_a, is_band, slot and paint are adapted (slot and the speaker
and panel lines now log where every printed line stands; the host line and the footer are new
forms).  REAL_NAMES is set 134's list (set 127's).  listing_words is set 134's.  status_bar,
gesture_pill, screenshot, find_cut, part_truth, check, main and all the data are new.
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





# names of real speakers and hosts read on the real posters (set 134's list, itself set 127's); none may be used
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
    "胡璞", "谢柳杰", "祝嘉", "张子扬"]))

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
# Data.  S(name, 'company job' as printed); T a talk; R a round table (kind 'panel': moderator, then the guests
# in printed order); B a break.  Every talk prints its own range; two speakers stand on two lines (as 2023).
def S(name, affiliation):
    return {"name": name, "aff": affiliation}


def T(start, end, title, speakers):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers}


def R(start, end, title, moderator, guests):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": []}


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": plain(host) if s["kind"] != "break" else None}


FOUR = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's README, in order

DATE = "3401-10-24"
YEAR = "3401"
NTH = "第1396届中国"  # 2023 was the 18th: 3401 - 2005
FORUMS = [
    {"name": "主论坛", "host": "闻立平", "unit": "黄冈师范学院 计算机学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("童国华", "黄冈师范学院副校长")]),
        T("09:20", "09:50", "Linux 内核三十年：从个人项目到公共基础设施的协作模式演变",
          [S("柯振宇", "华为 操作系统内核首席专家")]),
        T("09:50", "10:20", "Who Tests the Stable Trees? Regression Tracking Across Point Releases",
          [S("Jakub Dvorak", "SUSE Labs Senior Kernel Engineer")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "十亿台手机上的内核：内存与功耗的协同调优",
          [S("骆思源", "vivo 内核架构师"), S("黎婧", "vivo 功耗优化工程师")]),
        T("11:05", "11:35", "RISC-V 服务器发行版的内核适配：现状、缺口与下一步", [S("郦海洋", "算能科技 系统软件总监")]),
        R("11:35", "12:15", "圆桌论坛：从第一个补丁到子系统维护者，这条路还要走多久",
          S("霍启明", "开源中国 社区总编辑"),
          [S("麦嘉禾", "阿里云 龙蜥社区技术委员会委员"), S("梁晓彤", "腾讯 TencentOS 内核负责人"),
           S("晁启航", "清华大学 计算机系副教授"), S("房晓川", "统信软件 内核研发总监")]),
        B("12:15", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "岑建国", "unit": "海光信息 系统软件部总监", "slots": [
        T("13:30", "13:55", "sched_attr 自定义时间片：延迟敏感业务在 EEVDF 下的调参", [S("宫浩然", "字节跳动 STE 内核工程师")]),
        T("13:55", "14:20", "龙架构四路服务器上 SMT 兄弟核的负载均衡问题", [S("兰子豪", "龙芯中科 内核开发工程师")]),
        T("14:20", "14:45", "Proxy Execution in Practice: Lock Holders, Donors and Android Jank",
          [S("覃雅琴", "OPPO 高级内核工程师")]),
        T("14:45", "15:10", "大小核手机平台上 uclamp 与能效模型的联合调优",
          [S("蒙子骞", "荣耀 终端内核专家"), S("谌晓", "荣耀 性能工程师")]),
        T("15:10", "15:35", "鲲鹏平台 IPI 开销的测量与虚拟机调度优化", [S("幸立峰", "华为云 虚拟化内核工程师")]),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "基于 PMU 采样的 CPU 争抢检测与在离线混部隔离", [S("揭佳", "腾讯云 内核研发工程师")]),
        T("16:15", "16:40", "RISC-V IMSIC 与 APLIC 驱动的上游合入经验", [S("喻可心", "中国科学院软件研究所 助理研究员")]),
        T("16:40", "17:05", "数控机床控制器的实时内核：PREEMPT_RT 主线化之后的长稳测试",
          [S("帅国栋", "中兴通讯 操作系统架构师")]),
        T("17:05", "17:30", "Scheduler Statistics You Can Trust: Auditing schedstat and PSI",
          [S("冷雨桐", "蚂蚁集团 系统工程师")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "俞文博", "unit": "阿里云 内存子系统负责人", "slots": [
        T("13:30", "14:00", "手机内存的多尺寸大页：换入路径与碎片的双重难题", [S("伏晓东", "小米 内存优化专家")]),
        T("14:00", "14:25", "CXL 内存扩展卡上的冷热页分层：策略比较与实测数据",
          [S("钟毓", "三星半导体 系统软件工程师"), S("庄泽楷", "浪潮信息 服务器内核工程师")]),
        T("14:25", "14:50", "When memory.high Is Not Enough: Proactive Reclaim in Busy Containers", [S("阎凯", "快手 内核工程师")]),
        T("14:50", "15:15", "国产 GPU 设备私有内存迁移：HMM 接口适配", [S("苟明杰", "摩尔线程 驱动架构师")]),
        T("15:15", "15:40", "slab 对象的类型隔离与内核内存安全加固", [S("汤俊", "奇安信 安全研究员")]),
        B("15:40", "15:55", "茶歇"),
        T("15:55", "16:20", "显存超分下的页迁移开销：一次推理集群的实测", [S("权思齐", "百度智能云 异构计算工程师")]),
        T("16:20", "16:45", "KSM 与零页合并在云桌面上的收益复盘", [S("邸雅文", "移动云 虚拟化工程师")]),
        T("16:45", "17:10", "Freeing Empty Page-Table Pages in Long-Running JVMs", [S("褚天翔", "字节跳动 内存团队工程师")]),
        T("17:10", "17:35", "端侧 NPU 与 CPU 共享页表：IOMMU SVA 从原型到量产", [S("乔晓峰", "华为海思 驱动工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "宗海峰", "unit": "腾讯 存储内核专家", "slots": [
        T("13:30", "14:00", "io_uring 注册缓冲区用于数据库日志写入的收益", [S("滕少华", "蚂蚁集团 OceanBase 存储工程师")]),
        T("14:00", "14:30", "NVMe ANA 多路径：一次存储主备切换的时延复盘", [S("井然", "天翼云 存储内核工程师")]),
        T("14:30", "15:00", "Dirty Page Limits per cgroup: Fixing Writeback Stalls on Shared Disks",
          [S("仇子健", "网易数帆 存储工程师")]),
        T("15:00", "15:30", "以 BPF LSM 拦截容器越权写入：规则下发与热更新",
          [S("鞠文强", "深信服 安全研究员"), S("阚若溪", "深信服 安全工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "BPF struct_ops 驱动的可插拔块设备调度策略", [S("佘洪涛", "字节跳动 内核工程师")]),
        T("16:15", "16:45", "XDP 负载均衡器在百 G 网卡上的性能剖析", [S("应志远", "美团 基础架构工程师")]),
        T("16:45", "17:15", "iocost 成本模型在 HDD 与 QLC 混合机型上的校准", [S("靳宇", "京东云 存储专家")]),
        T("17:15", "17:45", "Verifiable BPF Programs: Lessons from Fuzzing the Verifier", [S("虞嘉宁", "浙江大学 博士研究生")]),
    ]},
]
INTRO = ("中国 Linux 内核开发者大会（CLK）由国内从事 Linux 内核开发的企业、高校与开源社区共同发起，本届为第 1396 届，"
         "由黄冈师范学院承办。大会秉持\u201c自由，协作，创新\u201d的理念，邀请一线内核开发者分享技术进展与工程实践，"
         "上午为主论坛，下午三个分论坛同时进行。欢迎广大 Linux 内核开发者和爱好者报名参会。")
UNITS = ["黄冈师范学院", "清华大学", "华为", "阿里云", "腾讯", "字节跳动", "龙芯中科", "OPPO", "vivo", "蚂蚁集团",
         "英特尔", "统信软件"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "阅码场"]
PAL = {"bg": ((5, 14, 34), (2, 7, 18)), "title": (0, 236, 222), "aff": (24, 124, 255), "label": (202, 40, 250),
       "line": (18, 92, 186), "dot": (30, 128, 255), "band": (12, 42, 104), "bar": (0, 236, 222),
       "bar_ink": (3, 10, 25), "num": (0, 200, 190), "glow1": (70, 60, 230), "glow2": (0, 170, 200),
       "shadow": (130, 40, 220), "streak": (60, 30, 120)}
ED = {"forums": FORUMS, "pal": PAL, "year": YEAR, "nth": NTH, "date_text": "10月24日", "city": "黄冈",
      "addr": "地址：黄冈师范学院 学术交流中心一楼报告厅", "intro": INTRO, "units": UNITS, "media": MEDIA,
      "seed": 14001, "K": 1.0, "W": 1080, "grain": 0.002, "cell": 3}

# the talk whose title stands at the foot of part 1 and whose speaker lines open part 2
CUT_FORUM, CUT_TITLE = "处理器架构与调度分论坛", "数控机床控制器的实时内核：PREEMPT_RT 主线化之后的长稳测试"

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
    """One slot of the timeline, its title's top at y.  Returns the next slot's title top."""
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
# The phone: a chat app's picture viewer on an Android phone 1080 px wide shows the poster fitted to the width
# (1:1) under the black status bar; a scrolling screenshot stitches it from the top to the end of the picture,
# with the gesture pill drawn over the last screen; the reader crops it into TWO parts.
SB = 88  # the status bar's height
CLOCK, BATTERY = "21:36", "63"
SHOT_NAME = "Screenshot_3401-10-19-21-36-14-512_com.tencent.mm"
FILES = [SHOT_NAME + "_1.jpg", SHOT_NAME + "_2.jpg"]


def status_bar(d, W):
    """Android's status bar in white on the viewer's black: the clock and two notification icons at the left;
    two SIMs' signal bars, '5G', wifi and a battery with its level inside at the right."""
    ink = (245, 245, 245)
    d.rectangle([0, 0, W, SB], fill=(0, 0, 0))
    f = font(34, True)
    d.text((44, 60), CLOCK, font=f, fill=ink, anchor="ls")
    x = 44 + tw(d, CLOCK, f) + 22
    d.ellipse([x, 30, x + 26, 52], outline=ink, width=3)  # a chat app's two bubbles
    d.ellipse([x + 12, 38, x + 36, 58], fill=(0, 0, 0), outline=ink, width=3)
    x += 50
    d.rounded_rectangle([x, 30, x + 26, 56], radius=6, outline=ink, width=3)  # a gallery notification
    d.polygon([(x + 5, 51), (x + 12, 41), (x + 17, 47), (x + 21, 43), (x + 23, 51)], fill=ink)
    xr = W - 40
    bw, bh = 56, 28
    d.rounded_rectangle([xr - bw, 29, xr, 29 + bh], radius=8, outline=ink, width=3)
    d.rectangle([xr + 2, 37, xr + 5, 49], fill=ink)
    lvl = int((bw - 8) * int(BATTERY) / 100)
    d.rounded_rectangle([xr - bw + 4, 33, xr - bw + 4 + lvl, 29 + bh - 4], radius=4, fill=ink)
    bf = font(19, True)
    d.text((xr - bw / 2, 44), BATTERY, font=bf, fill=(0, 0, 0), anchor="mm")
    x = xr - bw - 22
    cx, cy = x - 20, 56  # wifi: three arcs and a dot
    for r in (26, 18, 10):
        d.arc([cx - r, cy - r, cx + r, cy + r], 225, 315, fill=ink, width=5)
    d.ellipse([cx - 3, cy - 5, cx + 3, cy + 1], fill=ink)
    x -= 58
    for sim in range(2):  # two SIMs' signal bars
        for i in range(4):
            hgt = 7 + i * 6
            col = ink if i < (4 if sim == 0 else 3) else (110, 110, 110)
            d.rectangle([x - 34 + i * 9, 56 - hgt, x - 28 + i * 9, 56], fill=col)
        x -= 44
    gf = font(22, True)
    d.text((x - tw(d, "5G", gf) + 6, 52), "5G", font=gf, fill=ink, anchor="ls")


def gesture_pill(d, W, h):
    d.rounded_rectangle([W / 2 - 116, h - 30, W / 2 + 116, h - 20], radius=5, fill=(232, 232, 232))


def screenshot(poster):
    """The chat app hands the PNG on re-encoded (JPEG q85, as it sends a picture without '原图'); the viewer shows
    it at 1:1 under the status bar; the scrolling screenshot ends with the picture's foot and the gesture pill."""
    buf = io.BytesIO()
    poster.save(buf, "JPEG", quality=85)
    shown = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    W, H = shown.size
    shot = Image.new("RGB", (W, SB + H), (0, 0, 0))
    shot.paste(shown, (0, SB))
    d = ImageDraw.Draw(shot)
    status_bar(d, W)
    gesture_pill(d, W, shot.size[1])
    return shot


def find_cut():
    """The crop's row on the poster: in the white space between the title and the first speaker line of CUT_TITLE;
    no printed line may reach it."""
    fi = FOUR.index(CUT_FORUM)
    sj = [s["title"] for s in FORUMS[fi]["slots"]].index(CUT_TITLE)
    key = (fi, sj)
    title_bottom = max(ln["bottom"] for ln in LINES if ln["key"] == key and ln["what"] == "title")
    sp_top = min(ln["top"] for ln in LINES if ln["key"] == key and ln["what"] in ("name", "aff"))
    assert sp_top - title_bottom >= 6, (title_bottom, sp_top)
    cut = (title_bottom + sp_top) // 2
    for ln in LINES:
        assert not (ln["top"] - 2 <= cut <= ln["bottom"] + 2), ("the crop cuts a line", ln)
    return cut


def part_truth(cut):
    """Part 1 holds the slots whose range line stands above the crop, part 2 the others; a forum cut by the crop is
    in both parts under its own name and host."""
    ranges = {ln["key"]: ln for ln in LINES if ln["what"] == "range"}
    parts = [[], []]
    for i, f in enumerate(FORUMS):
        for p in (0, 1):
            slots = [truth_slot(s, f["host"]) for j, s in enumerate(f["slots"])
                     if (ranges[(i, j)]["bottom"] < cut) == (p == 0)]
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
    return bool(re.fullmatch(r"[A-Za-z0-9 :'_\-,.?]+", text))


def check(parts):
    """A Saturday; CLK2022's four forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; 30 to 42 scored talks."""
    assert saturday(DATE), DATE
    assert [f["name"] for f in FORUMS] == FOUR
    readme = "/work/shared/corpus/years/CLK2022/README.md"
    if os.path.exists(readme):
        text = open(readme, encoding="utf-8").read()
        for n in FOUR:
            assert "[%s]" % n in text, n
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
            assert prev is None or s["start"] == prev["end"], s
            prev = s
            if s["kind"] == "talk":
                assert 1 <= len(s["sp"]) <= 2, s
        assert [s["title"] for s in f["slots"]].count("茶歇") == 1, f["name"]
        if f["name"] == "主论坛":
            assert f["slots"][0]["start"] == "09:00" and f["slots"][-1]["title"] == "午餐"
        else:
            assert f["slots"][0]["start"] == "13:30" and f["slots"][-1]["kind"] == "talk"
    panels = [s for s in slots if s["kind"] == "panel"]
    assert len(panels) == 1 and len(panels[0]["sp"]) == 5
    assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") == 4
    latin = [sp["name"] for s in slots for sp in s["sp"] if is_latin(sp["name"])]
    assert latin == ["Jakub Dvorak"], latin
    english = [s["title"] for s in slots if s["kind"] == "talk" and is_latin(s["title"])]
    assert len(english) == 7, english
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    got = [s["_tl"] for s in slots if len(s.get("_tl", [])) == 2]
    assert got == WRAPPED, got
    assert any(is_latin(s["title"]) for s in slots if len(s.get("_tl", [])) == 2)
    # the two parts: every slot once, in order; the cut talk in part 1
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
    assert 30 <= n <= 42, n
    return n


WRAPPED = [
    ['Linux 内核三十年：从个人项目到公共基础设施的协', '作模式演变'],
    ['Who Tests the Stable Trees? Regression', 'Tracking Across Point Releases'],
    ['RISC-V 服务器发行版的内核适配：现状、缺口与下', '一步'],
    ['圆桌论坛：从第一个补丁到子系统维护者，这条路还', '要走多久'],
    ['sched_attr 自定义时间片：延迟敏感业务在 EEVDF', '下的调参'],
    ['Proxy Execution in Practice: Lock Holders,', 'Donors and Android Jank'],
    ['数控机床控制器的实时内核：PREEMPT_RT 主线化', '之后的长稳测试'],
    ['Scheduler Statistics You Can Trust: Auditing', 'schedstat and PSI'],
    ['CXL 内存扩展卡上的冷热页分层：策略比较与实测', '数据'],
    ['When memory.high Is Not Enough: Proactive', 'Reclaim in Busy Containers'],
    ['Freeing Empty Page-Table Pages in', 'Long-Running JVMs'],
    ['端侧 NPU 与 CPU 共享页表：IOMMU SVA 从原型', '到量产'],
    ['Dirty Page Limits per cgroup: Fixing Writeback', 'Stalls on Shared Disks'],
    ['Verifiable BPF Programs: Lessons from Fuzzing', 'the Verifier'],
]

LAYOUT_1 = (
    "CLK 3401 (第1396届), 黄冈, 3401-10-24, part 1 of 2 (JPEG q80, %d x %d): the TOP of ONE scrolling screenshot that an "
    "Android phone 1080 px wide took of the edition's whole-agenda image (a PNG 1080 x %d in the organisers' 2023 "
    "family, shown at 1:1 in a chat app's picture viewer after the app re-encoded it at JPEG q85), cropped by the "
    "reader into two parts that continue one another without gap or overlap. At the top the phone's BLACK STATUS BAR "
    "(88 px): the clock '21:36' and two notification icons at the left; '5G', two SIMs' signal bars, wifi and a battery "
    "with '63' inside at the right. Then the poster from its top: logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', "
    "'CLK' with '3401' raised in nested outlines, a slanted '第1396届中国' / 'Linux 内核开发者大会', an outlined date box "
    "'10月24日' + pin + '黄冈' (no year, as 2023 prints it), '地址：黄冈师范学院 学术交流中心一楼报告厅', a sphere with "
    "swirling lines, a framed introduction (it names no forum), '大会议程' over a hollow 'AGENDA'. 主论坛 (52 px white), "
    "under it the HOST LINE '主持人：闻立平　黄冈师范学院 计算机学院院长' (label violet, name bold white, unit small blue), the "
    "thick teal bar; the 2023 timeline: the range 30 px bold white at the left, a dot on a thin vertical line, the "
    "title 30 px bold teal broken greedily, per speaker 'padded name  company job' (name 28 px white, company-job 20 px "
    "blue). '09:00-09:05 开场' (no speaker), '09:05-09:20 嘉宾致辞' by 童国华 (黄冈师范学院副校长), 'Linux 内核三十年：从个人"
    "项目到公共基础设施的协' / '作模式演变' (柯振宇), the ONE LATIN SPEAKER 'Jakub Dvorak  SUSE Labs Senior Kernel Engineer' "
    "under 'Who Tests the Stable Trees? Regression' / 'Tracking Across Point Releases', a '10:20-10:35 茶歇' band, 骆思源 "
    "over 黎　婧 (both vivo) on two lines, '…现状、缺口与下' / '一步' (郦海洋), the ROUND TABLE '圆桌论坛：从第一个补丁到子系统"
    "维护者，这条路还' / '要走多久' (11:35-12:15) with 2023's violet '主持人：' and '嘉宾：' on lines of their own (霍启明; "
    "麦嘉禾, 梁晓彤, 晁启航, 房晓川), a '12:15-13:30 午餐' band, the closing bar. Then '01' behind '处理器架构与调度 分论坛' "
    "(printed with a space before '分论坛', as 2023 prints its headings), '主持人：岑建国　海光信息 系统软件部总监', 25-minute "
    "talks, 蒙子骞 over 谌　晓 (both 荣耀), a '15:35-15:50 茶歇' band. The part ENDS under the title lines of the "
    "16:40-17:05 talk, '数控机床控制器的实时内核：PREEMPT_RT 主线化' / '之后的长稳测试': its speaker line is the first line "
    "of part 2. 6 + 8 talks.")
LAYOUT_2 = (
    "CLK 3401, part 2 of 2 (JPEG q80, %d x %d): the REST of the same scrolling screenshot, from the crop on: no status "
    "bar, no header, no date. It OPENS with the lone speaker line '帅国栋  中兴通讯 操作系统架构师' (of the talk whose range "
    "and title end part 1), then the last talk of 处理器架构与调度分论坛 WITHOUT ITS HEADING, '17:05-17:30' 'Scheduler "
    "Statistics You Can Trust: Auditing' / 'schedstat and PSI' (冷雨桐), and the closing bar. Then '02' behind "
    "'内存管理与异构计算 分论坛', '主持人：俞文博　阿里云 内存子系统负责人', 25- and 30-minute talks: 钟　毓 (三星半导体) over "
    "庄泽楷 (浪潮信息) on two lines, 'When memory.high Is Not Enough: Proactive' / 'Reclaim in Busy Containers', a "
    "'15:40-15:55 茶歇' band, 'Freeing Empty Page-Table Pages in' / 'Long-Running JVMs', '端侧 NPU 与 CPU 共享页表：IOMMU "
    "SVA 从原型' / '到量产'. Then '03' behind 'IO 与 ebpf 分论坛' (as the README prints it), '主持人：宗海峰　腾讯 存储内核专家', "
    "30-minute talks: 'Dirty Page Limits per cgroup: Fixing Writeback' / 'Stalls on Shared Disks', 鞠文强 over 阚若溪 "
    "(both 深信服) on two lines, a '15:30-15:45 茶歇' band, 'Verifiable BPF Programs: Lessons from Fuzzing' / 'the "
    "Verifier' (虞嘉宁, 浙江大学 博士研究生). Then '支持单位' over a hollow 'SUPPORT' and twelve outlined boxes, '支持媒体' "
    "and six boxes, and the phone's gesture pill drawn over the foot. 1 + 9 + 8 talks.")

NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 105, 110): speakers are names as printed with spaces and "
    "the padding of two-character names removed ('黎　婧' -> '黎婧', 'Jakub Dvorak' -> 'JakubDvorak'); host is the name "
    "after '主持人：' on the forum's host line (the unit printed after him is no part of it and no affiliation), null "
    "for breaks; start/end HH:MM on a 24-hour clock; each speaker has the 'company job' printed after his own name, "
    "exactly (run-together ones kept so: '黄冈师范学院副校长'); two speakers of one talk stand on two lines, given top "
    "then bottom; '嘉宾致辞' with a speaker is a talk, '开场' without one a break; '茶歇' and '午餐' are breaks; '午餐' "
    "closes 主论坛; an afternoon forum that prints no break after its last talk ends with it; every forum's date is the "
    "edition's. ONE invented edition, CLK 3401 (第1396届, 黄冈, Saturday 3401-10-24), with CLK2022's four README forum "
    "names in README order, drawn as ONE whole-agenda PNG in the organisers' 2023 family and handed on as a reader "
    "would: shown in a chat app's picture viewer on an Android phone 1080 px wide, saved as ONE scrolling screenshot "
    "(the black status bar on top) and cropped into TWO parts that continue one another exactly (no gap, no overlap), "
    "each a JPEG q80; the PNG itself is not delivered. Each part is one entry of 'posters' holding the forums it shows, "
    "in printed order, with the slots whose RANGE it shows. Judgement calls: (1) The crop falls between the title and "
    "the speaker line of '数控机床控制器的实时内核：PREEMPT_RT 主线化之后的长稳测试' (16:40-17:05, 处理器架构与调度分论坛): "
    "as the brief asks, that talk is counted ONCE, in part 1, which shows its range and its whole title, with its "
    "speaker 帅国栋 ('中兴通讯 操作系统架构师') whose line opens part 2; that lone line is no slot of part 2. (2) A forum "
    "cut by the crop is given in both parts under its own name and host: 处理器架构与调度分论坛 has 9 slots in part 1 "
    "and 1 slot (17:05-17:30) in part 2, where neither its heading nor its host is printed (a reader of part 2 alone "
    "learns them only from part 1). (3) The date: the date box prints '10月24日' without a year (as the 2023 image "
    "prints '10月28日'); the year is the edition's, 3401, printed as the raised '3401' beside 'CLK'; part 2 prints no "
    "date at all. The status bar's '21:36' is the phone's clock and '63' its battery, no times and no slots; the file "
    "names carry the phone's save time (3401-10-19 21:36:14), not the meeting's date. (4) Forum names are the README's "
    "link texts exactly ('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'); the headings print a space before "
    "'分论坛' as 2023 prints its own ('处理器架构与调度 分论坛', '内存管理与异构计算 分论坛'), which is no part of the name; "
    "the numerals '01'..'03' are no part of a name. (5) Hosts: the 2023 image prints none; this designer adds a host "
    "line under each forum's name, above the bar: '主持人：padded name　unit'. (6) The round table "
    "'圆桌论坛：从第一个补丁到子系统维护者，这条路还要走多久' (11:35-12:15, 主论坛) is ONE slot of kind 'panel': the "
    "moderator after the label '主持人：' (霍启明) first, then the four guests after '嘉宾：' in printed order, one "
    "affiliation each; its title keeps '圆桌论坛：'; the moderator is not the forum's host (闻立平). "
    "(7) Titles wrapped over two lines are one title: Latin words joined with a space ('Who Tests the Stable Trees? "
    "Regression' / 'Tracking Across Point Releases'), a break at a printed space between a Latin word and Chinese text "
    "keeps that space ('…延迟敏感业务在 EEVDF' / '下的调参' -> '…在 EEVDF 下的调参'), and Chinese broken greedily inside "
    "a word is joined without anything ('…公共基础设施的协' / '作模式演变', '…缺口与下' / '一步', '…策略比较与实测' / "
    "'数据', '…PREEMPT_RT 主线化' / '之后的长稳测试', '…IOMMU SVA 从原型' / '到量产'). "
    "(8) Headers, logo lines, the introduction, the address, the date box, 'AGENDA', 'SUPPORT', support units, media, "
    "the status bar and the gesture pill are never part of a name, a title or a slot. Uncommon surnames: 郦, 谌, 幸, "
    "揭, 帅, 苟, 邸, 井, 鞠, 阚, 佘, 虞, 晁, 岑.")


def main():
    poster = draw_poster()
    W, H = poster.size
    assert W == 1080 and 9000 <= H <= 12000, poster.size
    cut = find_cut()
    shot = screenshot(poster)
    assert 0.4 <= (SB + cut) / shot.size[1] <= 0.6, (cut, shot.size)
    parts_im = [shot.crop((0, 0, W, SB + cut)), shot.crop((0, SB + cut, W, shot.size[1]))]
    assert sum(p.size[1] for p in parts_im) == shot.size[1]
    parts = part_truth(cut)
    posters = []
    for fn, im, layout, forums in zip(FILES, parts_im, (LAYOUT_1 % (parts_im[0].size + (H,)), LAYOUT_2 % parts_im[1].size),
                                      parts):
        path = os.path.join(HERE, fn)
        im.save(path, "JPEG", quality=80)
        assert im.size[0] == 1080 and 4000 <= im.size[1] <= 7000, im.size
        assert 300_000 <= os.path.getsize(path) <= 1_500_000, os.path.getsize(path)
        print(fn, "%d x %d" % im.size, os.path.getsize(path))
        counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in forums)
        assert layout.endswith(counts + " talks."), (fn, counts)
        posters.append({"file": fn, "layout": layout, "date": DATE, "forums": forums})
    n = check(parts)
    print("scored talks", n, "in parts", [sum(s["kind"] != "break" for f in p for s in f["slots"]) for p in parts])
    truth = {"written": "2026-12-08", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
