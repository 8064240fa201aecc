"""Draw the ninety-fourth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the two pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (fixed seeds).

CLK2022's repository holds ONE agenda image for its whole edition, imgs/2022clk.png (a
PNG of 1.5 MB), and its README names four forums: 主论坛, 处理器架构与调度分论坛,
内存管理与异构计算分论坛 and 'IO 与 ebpf 分论坛'.  Two plausible versions of such an
image for two invented editions, in the organisers' own family (the timeline of
CLK2023全部议程.png and CLK2024/大会全议程.webp: the range at the left, a dot on a thin
vertical line, the title in the accent colour, per speaker 'padded name  company job'
with the company in small type, 茶歇 / 午餐 bands, a 圆桌 with '主持人' and '嘉宾' on
lines of their own):
  CLK 2941 (第936届, 延安, Saturday 2941-10-21): 1080 wide, the 2024 royal blue (forum
           headings with a number box and the host at the right, unit under him).
  CLK 2942 (第937届, 日照, Saturday 2942-10-20): 828 wide (a phone's width), the 2023
           near black (fading numerals behind the headings, a host line under them).
Helpers font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, ctext, rtext, vgrad, grain,
glow, two_pass, para, fits, WHITE, MEALS, rng, plain, saturday, slanted, outline_text,
fading_numeral, pin, inline, runs_width, pad are copied from posters-blind-90/draw.py;
display, hgrad, tint, pin75, logo_lines, qrcode, cup, bowl from posters-blind-92/draw.py
(qrcode, cup and bowl as set 91 has them); REAL_NAMES is the union of sets 90, 91 and 92's
lists plus the names seen in this set's crops of the real posters.
"""
import datetime
import json
import os
import random
import re

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
_fc = {}


# ===========================================================================
# helpers copied from posters-blind-90/draw.py (unchanged unless said)
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
MEALS = ("茶歇", "午餐")  # the breaks printed as bands


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def plain(name):
    return name.replace(" ", "").replace("\u3000", "")


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


K = 1.0  # the scale of the picture being painted (1080 -> 1.0, 828 -> 0.78)


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


def inline(d, x, base, runs):
    """Runs of (text, font, colour) on one baseline from x; returns the x after the last."""
    for text, f, col in runs:
        d.text((x, base), text, font=f, fill=col, anchor="ls")
        x += tw(d, text, f)
    return x


def runs_width(d, runs):
    return sum(tw(d, t, f) for t, f, _ in runs)


def pad(name):
    """The organisers pad a two-character Chinese name to the width of three ('郑　琦'); Latin names stay."""
    if len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name):
        return name[0] + "\u3000" + name[1]
    return name


# ---------------------------------------------------------------------------
# helpers copied from posters-blind-92/draw.py (display, hgrad, tint, pin75, logo_lines) and set 91 (qrcode,
# cup, bowl), unchanged
def hgrad(d, x0, y0, x1, y1, c1, c2):
    w = max(1, int(x1 - x0))
    for i in range(w):
        t = i / w
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c1, c2)))


def tint(im, box, col, alpha):
    """A translucent panel: blend the region under box with col."""
    box = tuple(int(round(v)) for v in box)
    reg = im.crop(box)
    im.paste(Image.blend(reg, Image.new("RGB", reg.size, col), alpha), box[:2])


def display(im, x, y, text, size, c1, c2, shear=0.2):
    """A bold heading in the slanted display manner of the organisers' headings: sheared to the right,
    filled with a horizontal gradient c1 -> c2. Returns its width."""
    f = font(size, True)
    d0 = ImageDraw.Draw(im)
    b = d0.textbbox((0, 0), text, font=f)
    h = b[3] + 6
    w = b[2] + int(shear * h) + 6
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).text((0, 0), text, font=f, fill=255)
    mask = mask.transform((w, h), Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    g = Image.new("RGB", (w, h))
    hgrad(ImageDraw.Draw(g), 0, 0, w, h, c1, c2)
    im.paste(g, (int(x), int(y)), mask)
    return b[2] + int(shear * h * 0.5)


def pin75(d, x, y, fill, k=1.0, hole=(40, 20, 110)):
    """A location pin (the organisers' date pill and address carry one)."""
    d.ellipse([x, y, x + 20 * k, y + 20 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 13 * k), (x + 18 * k, y + 13 * k), (x + 10 * k, y + 28 * k)], fill=fill)
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=hole)


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


def qrcode(d, x, y, size, seed):
    """A QR-looking square (three finder patterns, seeded modules; it encodes nothing)."""
    rnd = random.Random(seed)
    n, m = 25, size / 25
    d.rectangle([x, y, x + size, y + size], fill=(255, 255, 255))
    for r in range(n):
        for c in range(n):
            finder = (r < 8 and c < 8) or (r < 8 and c >= n - 8) or (r >= n - 8 and c < 8)
            if not finder and rnd.random() < 0.5:
                d.rectangle([x + c * m, y + r * m, x + (c + 1) * m - 0.5, y + (r + 1) * m - 0.5], fill=(20, 20, 20))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        X, Y = x + fx * m, y + fy * m
        d.rectangle([X, Y, X + 7 * m, Y + 7 * m], fill=(20, 20, 20))
        d.rectangle([X + m, Y + m, X + 6 * m, Y + 6 * m], fill=(255, 255, 255))
        d.rectangle([X + 2 * m, Y + 2 * m, X + 5 * m, Y + 5 * m], fill=(20, 20, 20))


# names of real speakers and hosts (sets 90, 91 and 92's lists, plus names seen in this set's crops of the real
# CLK2023 and CLK2024 full agendas); none may be used, and the listings' paths are checked too
REAL_NAMES = sorted(set([
    "李治军", "许珉嘉", "宋卓", "郑琦", "宋牧春", "杨铠衔", "谢旻晟", "郭健", "郭寒军", "彭志光", "司延腾", "殷锋卫",
    "谈鉴锋", "李培锋", "黄靖", "宋恺睿", "朱彦军", "韩传华", "路旭", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "郭任", "左泽", "王海粟", "江锋", "黄睿",
    "李扬韬", "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "付才", "郑堂权", "袁晓峰", "刘海龙", "张哲华", "周俶易", "贺中坤", "白铠豪", "陈凯", "高亮",
    "李泽帆", "邹德清", "王刘朴", "谢雨来", "程杰", "李珍", "张细锐", "孙南勇", "张翼", "晏艳", "余松平", "荣乾锋",
    "巫强", "聂诚", "余昇锦", "唐辉", "祝嘉", "张子扬", "KuzinArtem", "周威", "陈培鸿", "郑翔", "陈华才", "侯文龙",
    "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "郭纯海", "黎红波", "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "谢昱晟",
    "罗宏震", "伍勃", "王建政", "LianboJiang", "慕冬亮", "甄鹏", "谢淼", "周傲易"]))


def listing_texts():
    out = []
    for fn in sorted(os.listdir("/work/shared/corpus/listings")):
        with open(os.path.join("/work/shared/corpus/listings", fn), encoding="utf-8") as fh:
            out += [ln.split("\t")[0] for ln in fh.read().splitlines()[1:]]
    return "\n".join(out)


def readme_forums():
    """CLK2022's four forum names, as its README's recording links name them."""
    with open("/work/shared/corpus/years/CLK2022/README.md", encoding="utf-8") as fh:
        return re.findall(r"^\[([^\]]+)\]\(http", fh.read(), re.M)


# ===========================================================================
# Data.  S(name, 'company job' exactly as printed after the name); own_line: a Latin name printed on a line of its
# own with the 'company job' on the line under it (as 2024 prints its Latin speaker).
def S(name, aff, own_line=False):
    return {"name": name, "aff": aff, "own_line": own_line}


def T(start, end, title, speakers):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers}


def R(start, end, title, moderator, guests):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": []}


def Fo(name, host, unit, slots):
    return {"name": name, "host": host, "unit": unit, "slots": slots}


def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [sp["aff"] for sp in s["sp"]],
            "host": plain(host) if s["kind"] != "break" else None}


def forum_truth(forums, date):
    return [{"forum": f["name"], "date": date, "slots": [truth_slot(s, f["host"]) for s in f["slots"]]}
            for f in forums]


FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]

# ---------------------------------------------------------------------------
# CLK 2941 (第936届), 延安, 延安大学, Saturday 2941-10-21: 1080 wide, 2024 royal blue
FORUMS_A = [
    Fo("主论坛", "党振华", "延安大学数学与计算机科学学院院长", [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("贺建军", "延安大学副校长")]),
        T("09:20", "09:50", "从 5.10 到 6.6：云原生场景下长期支持内核的演进与取舍",
          [S("蒋文涛", "腾讯云操作系统内核技术专家")]),
        T("09:50", "10:20", "Upstream First: How We Keep Arm64 Platform Support in Mainline",
          [S("Matthias Brenner", "Linaro Principal Kernel Engineer", own_line=True)]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "移动终端内存回收与应用保活的协同优化",
          [S("暨明轩", "荣耀终端有限公司 内核高级工程师"), S("沈佳琪", "荣耀终端有限公司 系统性能专家")]),
        T("11:05", "11:35", "LoongArch 架构 Linux 内核上游进展与生态建设",
          [S("吕建华", "龙芯中科技术股份有限公司 基础软件部内核团队负责人")]),
        R("11:35", "12:15", "圆桌论坛：开源操作系统的下一个十年，内核社区如何吸引和培养年轻开发者",
          S("常宏斌", "开放原子开源基金会技术监督委员会委员"),
          [S("彭立新", "华为 openEuler 社区 Kernel SIG Maintainer"), S("喻婷", "统信软件内核研发部总监"),
           S("杭振宇", "阿里云龙蜥社区技术委员会委员"), S("葛雯", "西安电子科技大学计算机科学与技术学院副教授")]),
        B("12:15", "13:30", "午餐"),
    ]),
    Fo("处理器架构与调度分论坛", "麴志强", "中国科学院软件研究所研究员", [
        T("13:30", "14:00", "EEVDF 调度器对时延敏感型业务的影响评估", [S("苗宇航", "字节跳动 STE 内核研发工程师")]),
        T("14:00", "14:30", "RISC-V AIA 中断架构在 KVM 中的支持与验证",
          [S("黄思远", "中国科学院软件研究所 PLCT 实验室工程师")]),
        T("14:30", "15:00", "Core Scheduling for Multi-Tenant Clouds: Costs and Fixes", [S("卓凡", "阿里云内核研发工程师")]),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "鲲鹏服务器上 NUMA 感知调度与负载均衡的优化实践",
          [S("尉晓东", "华为技术有限公司 操作系统内核实验室高级工程师")]),
        T("15:50", "16:20", "可编程调度框架 sched_ext 在混部场景的落地探索",
          [S("厉博", "蚂蚁集团基础设施技术专家"), S("温雅婷", "浙江大学计算机科学与技术学院博士研究生")]),
        T("16:20", "16:50", "混合架构处理器上的任务放置与能效优化", [S("崔永亮", "英特尔亚太研发有限公司 高级软件工程师")]),
    ]),
    Fo("内存管理与异构计算分论坛", "秦晓燕", "上海交通大学副教授", [
        T("13:30", "14:00", "大 folio 在页缓存中的性能收益与回退问题", [S("付少杰", "OPPO 高级内核工程师")]),
        T("14:00", "14:30", "CXL 内存扩展的内核支持与冷热分层实践", [S("邱凯", "阿里云资深技术专家")]),
        T("14:30", "15:00", "Shared Virtual Addressing for Accelerators on Arm64",
          [S("路一鸣", "安谋科技（中国）有限公司 高级软件工程师")]),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "数据库场景下透明大页的碎片治理", [S("厍宏", "统信软件内核研发工程师")]),
        T("15:50", "16:20", "国产 GPU 驱动中的统一内存管理：基于 HMM 的实现",
          [S("卢志远", "摩尔线程智能科技（北京）有限责任公司 GPU 驱动与虚拟化团队资深架构师")]),
        T("16:20", "16:50", "虚拟机内存热插拔在弹性伸缩中的应用",
          [S("方晨", "火山引擎虚拟化工程师"), S("袁梓涵", "火山引擎内核工程师")]),
    ]),
    Fo("IO 与 ebpf 分论坛", "田振宇", "vivo 内核技术专家", [
        T("13:30", "14:00", "io_uring 在分布式存储服务中的落地实践", [S("邢立伟", "美团基础研发平台存储工程师")]),
        T("14:00", "14:30", "Tracing Block Layer Latency with BPF CO-RE", [S("孔祥瑞", "快手系统内核工程师")]),
        T("14:30", "15:00", "NVMe 多队列中断亲和性在 ARM64 服务器上的调优",
          [S("麦家豪", "中兴通讯股份有限公司 操作系统产品部内核工程师")]),
        B("15:00", "15:20", "茶歇"),
        T("15:20", "15:50", "基于 eBPF 的容器网络可观测性平台建设", [S("邹伟", "京东科技云原生架构师")]),
        T("15:50", "16:20", "XDP 在运营商边缘网关中的性能实践", [S("韦子墨", "中国移动通信有限公司研究院 网络技术研究员")]),
    ]),
]

INTRO_A = ("中国Linux内核开发者大会（CHINA LINUX KERNEL，简称 CLK）由国内 Linux 内核领域的开发者、企业和高校共同发起，"
           "是国内内核技术领域规模最大、影响最广的年度技术会议之一。大会秉承“自由、协作、创新”的开源精神，"
           "汇聚云计算、终端、芯片和学术界的一线开发者，分享内核前沿技术与工程实践。本届大会由延安大学承办，"
           "设一个主论坛和三个分论坛，欢迎广大 Linux 内核开发者和爱好者参加。")
UNITS_A = ["延安大学", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "荣耀", "龙芯中科", "英特尔", "统信软件", "蚂蚁集团"]
MEDIA_A = ["CSDN", "InfoQ", "开源中国", "Linux中国", "51CTO", "LWN中文"]

# ---------------------------------------------------------------------------
# CLK 2942 (第937届), 日照, 曲阜师范大学, Saturday 2942-10-20: 828 wide, 2023 near black
FORUMS_B = [
    Fo("主论坛", "阎立新", "曲阜师范大学网络空间安全学院院长", [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:25", "开幕致辞", [S("孔德华", "曲阜师范大学副校长")]),
        T("09:25", "09:55", "开源操作系统内核的版本策略与长期维护实践", [S("葛晨", "麒麟软件有限公司 内核研发部首席专家")]),
        T("09:55", "10:25", "Kernel Testing at Scale: What Ten Thousand Boots a Day Teach Us",
          [S("Alejandro Ruiz", "Collabora Principal Software Engineer")]),
        B("10:25", "10:40", "茶歇"),
        T("10:40", "11:10", "手机系统卡顿的内核归因：从 trace 采集到根因定位的工程实践",
          [S("糜海涛", "vivo 内核专家"), S("赵一帆", "vivo 系统软件工程师")]),
        T("11:10", "11:40", "Rust for Linux：驱动开发实践与社区现状", [S("黎明轩", "华为 2012 实验室操作系统内核工程师")]),
        R("11:40", "12:20", "圆桌对话：AI 基础设施浪潮下，Linux 内核还需要做哪些改变",
          S("梁静", "极客邦科技 InfoQ 主编"),
          [S("孙一鸣", "字节跳动系统技术与工程内核负责人"), S("向宇", "腾讯 TencentOS 内核架构师"),
           S("蓝婧", "中国科学技术大学计算机科学与技术学院教授"), S("庞振华", "中科曙光操作系统研发中心主任")]),
        B("12:20", "13:30", "午餐"),
    ]),
    Fo("处理器架构与调度分论坛", "盛晓林", "山东大学教授", [
        T("13:30", "14:05", "ARM64 服务器 CPU 的拓扑感知调度：cluster 调度域的应用",
          [S("于洪涛", "飞腾信息技术有限公司 系统软件部高级工程师")]),
        T("14:05", "14:40", "PREEMPT_RT 合入主线之后：工业控制场景的实时性验证",
          [S("邵伟东", "中国科学院沈阳计算技术研究所 工业控制操作系统研究室高级工程师")]),
        T("14:40", "15:15", "Scheduler Latency under Cgroup v2 CPU Bandwidth Control",
          [S("隋晨阳", "美团基础架构部内核工程师")]),
        B("15:15", "15:30", "茶歇"),
        T("15:30", "16:05", "基于硬件反馈的异构核调度：从 ITMT 到 IPC classes",
          [S("聂昊天", "英特尔（中国）有限公司资深软件工程师"), S("柯雪", "英特尔（中国）有限公司软件工程师")]),
        T("16:05", "16:40", "虚拟机 vCPU 调度抖动的定位与优化", [S("包志伟", "京东云虚拟化技术专家")]),
    ]),
    Fo("内存管理与异构计算分论坛", "余淑华", "华中科技大学教授", [
        T("13:30", "14:05", "多代 LRU 在安卓设备上的调优经验", [S("仉建新", "OPPO 高级内存优化工程师")]),
        T("14:05", "14:40", "面向 AI 训练的 GPU 显存超分与内核页迁移", [S("祁佳", "昆仑芯（北京）科技有限公司 系统软件部资深架构师")]),
        T("14:40", "15:15", "Memory Tiering with DAMON: From Experiment to Production",
          [S("宁浩", "亚马逊云科技高级软件开发工程师")]),
        B("15:15", "15:30", "茶歇"),
        T("15:30", "16:05", "RISC-V IOMMU 与 SVA 在国产加速卡上的适配",
          [S("万俊杰", "北京奕斯伟计算技术股份有限公司 RISC-V 系统软件部高级工程师")]),
        T("16:05", "16:40", "内存故障的在线隔离与恢复：从 MCE 到 HWPoison",
          [S("卜凡", "腾讯云内核高级工程师"), S("甘雨晴", "腾讯云内核工程师")]),
    ]),
    Fo("IO 与 ebpf 分论坛", "谷春雷", "百度智能云内核技术专家", [
        T("13:30", "14:05", "块设备多队列调度器在混合负载下的公平性", [S("于海洋", "小米存储内核工程师")]),
        T("14:05", "14:40", "eBPF 在内核安全检测中的应用：LSM BPF 实践", [S("钟嘉怡", "奇安信科技集团股份有限公司 安全研究员")]),
        T("14:40", "15:15", "Offloading Storage Protocols with io_uring Passthrough",
          [S("潘启航", "三星（中国）半导体有限公司 存储软件工程师")]),
        B("15:15", "15:30", "茶歇"),
        T("15:30", "16:05", "基于 BPF 的线上性能诊断平台设计与实践", [S("沙文龙", "网易数帆内核工程师")]),
        T("16:05", "16:40", "virtiofs 在安全容器中的 IO 性能优化", [S("武晴", "蚂蚁集团存储技术专家")]),
    ]),
]

INTRO_B = ("CLK 即“中国 Linux 内核开发者大会”（以下简称 CLK），是国内 Linux 内核领域一年一度的技术盛会，"
           "由国内多家企业和高校联合发起，聚焦内核前沿技术与工程实践，推动国内内核社区的交流与合作。"
           "本届大会由曲阜师范大学承办，设主论坛和处理器架构与调度、内存管理与异构计算、IO 与 ebpf 三个分论坛，"
           "每场演讲均在线直播，欢迎广大 Linux 内核开发者和爱好者参加。")
UNITS_B = ["曲阜师范大学", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "飞腾", "麒麟软件", "英特尔", "美团", "蚂蚁集团"]
MEDIA_B = ["CSDN", "开源中国", "InfoQ", "Linux中国", "SegmentFault", "开源江湖"]

# ===========================================================================
# palettes
PAL_A = {"bg": ((24, 74, 236), (4, 38, 200)), "title": (62, 226, 255), "aff": (176, 190, 255),
         "label": (214, 120, 255), "time": (246, 252, 255), "line": (110, 170, 255), "dot": (90, 224, 255),
         "band": ((0, 170, 240), (10, 70, 214)), "bar": ((64, 220, 255), (30, 110, 240)), "box": (70, 220, 255),
         "plate": ((52, 214, 240), (40, 120, 240)), "pale": (204, 222, 255), "sky": (40, 100, 240),
         "hole": (16, 50, 200), "glow": [(90, 220, 255), (120, 90, 255), (60, 200, 255)], "num_bg": (10, 44, 180)}
PAL_B = {"bg": ((9, 12, 36), (12, 16, 44)), "title": (40, 230, 220), "aff": (64, 140, 255), "label": (196, 64, 240),
         "line": (40, 96, 220), "dot": (60, 140, 255), "band": (22, 52, 150), "bar": (40, 230, 220),
         "num": (40, 220, 210), "glow1": (120, 50, 230), "glow2": (20, 150, 220), "shadow": (80, 40, 200),
         "streak": (38, 30, 92)}


# ===========================================================================
# the timeline: one engine for both, switched by ed["style"] ('blue' = 2024, 'dark' = 2023)
def speaker_lines(d, ed, x, y, sp, right, log):
    """'padded name  company job': the name, the company in small type from a column three characters in (or
    after a longer name); a company too long for the line wraps under its own column.  A Latin speaker marked
    own_line prints his name alone and the company on the next line.  Returns the next line's top."""
    pal, g = ed["pal"], ed["g"]
    nf, af = F(g["fn"]), F(g["fa"])
    name = pad(sp["name"])
    d.text((x, y + k(g["nb"])), name, font=nf, fill=WHITE, anchor="ls")
    if sp["own_line"]:
        y += k(g["lh_n"])
        d.text((x, y + k(g["ab"]) - k(8)), fits(d, sp["aff"], af, right - x), font=af, fill=pal["aff"], anchor="ls")
        log.append(("aff", sp["name"], 1))
        return y + k(g["lh_a"]) + k(4)
    ax = max(x + tw(d, "国国国", nf) + k(20), x + tw(d, name, nf) + k(20))
    lines = wrap(d, sp["aff"], af, right - ax)
    log.append(("aff", sp["name"], len(lines)))
    for i, ln in enumerate(lines):
        d.text((ax, y + k(g["ab"]) + i * k(g["lh_a"])), ln, font=af, fill=pal["aff"], anchor="ls")
    return y + k(g["lh_n"]) + (len(lines) - 1) * k(g["lh_a"])


def band(im, d, ed, X0, X1, y, h):
    pal = ed["pal"]
    if im.size[1] <= 8:
        return
    if ed["style"] == "blue":  # 2024: a light band fading to the right
        hgrad(d, X0, y, X1, y + h, pal["band"][0], pal["band"][1])
    else:  # 2023: a flat blue band
        d.rectangle([X0, y, X1, y + h], fill=pal["band"])


def slot(im, d, ed, X0, X1, LX, CX, y, s, log):
    """One slot of the timeline, its first line's top at y.  Returns the next slot's top."""
    pal, g = ed["pal"], ed["g"]
    right = X1 + k(g["over"])
    rf, tf = F(g["fr"], True), F(g["ft"], True)
    dy = k(g["dot"])
    if s["kind"] == "break" and s["title"] in MEALS:
        top = y - k(g["band_pad"])
        h = k(g["lh_t"]) + 2 * k(g["band_pad"])
        band(im, d, ed, X0 - k(g["band_out"]), X1, top, h)
        d.text((X0, y + k(g["rdy"])), rng(s), font=rf, fill=WHITE)
        d.ellipse([LX - k(4), y + dy - k(4), LX + k(4), y + dy + k(4)], fill=WHITE)
        d.text((CX, y), s["title"], font=tf, fill=WHITE)
        return top + h + k(g["gap"])
    d.text((X0, y + k(g["rdy"])), rng(s), font=rf, fill=WHITE)
    d.ellipse([LX - k(4), y + dy - k(4), LX + k(4), y + dy + k(4)], fill=pal["dot"])
    tl = wrap(d, s["title"], tf, right - CX)
    if s["kind"] != "break":
        log.append(("title", s["title"], len(tl)))
    for ln in tl:
        d.text((CX, y), ln, font=tf, fill=pal["title"])
        y += k(g["lh_t"])
    if s["kind"] == "panel":
        lf = F(g["fn"])
        labels = ed["labels"]
        d.text((CX, y + k(g["nb"])), labels[0], font=lf, fill=pal["label"], anchor="ls")
        y = speaker_lines(d, ed, CX, y + k(g["lh_n"]), s["sp"][0], right, log)
        d.text((CX, y + k(g["nb"])), labels[1], font=lf, fill=pal["label"], anchor="ls")
        y += k(g["lh_n"])
        for sp in s["sp"][1:]:
            y = speaker_lines(d, ed, CX, y, sp, right, log)
    else:
        for sp in s["sp"]:
            y = speaker_lines(d, ed, CX, y, sp, right, log)
    return y + k(g["gap"])


# ---------------------------------------------------------------------------
# CLK 2941: 2024 royal blue
def header_a(im, d, ed):
    pal = ed["pal"]
    W = im.size[0]
    logo_lines(d, 64, 60, WHITE, pal["box"], 1.15)
    sf = font(30, True)
    sx = W - 60 - max(tw(d, ed["school"], sf), tw(d, ed["school_en"], font(12, True)))
    d.ellipse([sx - 76, 52, sx - 14, 114], outline=WHITE, width=3)  # the school's seal
    d.ellipse([sx - 63, 65, sx - 27, 101], outline=WHITE, width=2)
    d.text((sx, 54), ed["school"], font=sf, fill=WHITE)
    d.text((sx, 96), ed["school_en"], font=font(12, True), fill=pal["pale"])
    display(im, 80, 260, ed["nth"], 92, WHITE, (200, 246, 255), 0.12)
    display(im, 80, 380, "Linux内核开发者大会", 88, (150, 245, 255), WHITE, 0.12)
    for j in range(24):  # the dashes under the title
        x = 84 + j * 20
        d.polygon([(x + 6, 506), (x + 14, 506), (x + 8, 518), (x, 518)], fill=pal["line"])
    cx, cy = W - 210, 690
    for j in range(4):  # the ring with the year and CLK
        r = 88 + j * 24
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=tuple(max(0, c - j * 28) for c in pal["line"]),
                  width=max(1, 5 - j))
    ctext(d, cx, cy - 56, ed["year"], font(24, True), pal["title"])
    ctext(d, cx, cy - 26, "CLK", font(56, True), WHITE)
    pf = font(34, True)
    pw = tw(d, ed["date_printed"], pf) + tw(d, ed["city"], pf) + 108
    y0 = 580
    d.rounded_rectangle([80, y0, 80 + pw, y0 + 66], radius=12, outline=pal["box"], width=3)
    d.rectangle([72, y0 + 14, 80, y0 + 52], fill=pal["box"])
    d.rectangle([80 + pw, y0 + 14, 88 + pw, y0 + 52], fill=pal["box"])
    d.text((108, y0 + 8), ed["date_printed"], font=pf, fill=WHITE)
    px = 108 + tw(d, ed["date_printed"], pf) + 18
    pin75(d, px, y0 + 16, pal["box"], 1.1, pal["hole"])
    d.text((px + 36, y0 + 8), ed["city"], font=pf, fill=WHITE)
    af = font(36, True)
    d.text((80, 720), "地址：" + ed["hall"][0], font=af, fill=WHITE)
    d.text((80 + tw(d, "地址：", af), 772), ed["hall"][1], font=af, fill=WHITE)
    # the introduction in a frame with corner marks
    X0, X1 = 80, W - 80
    f = font(24)
    lines = wrap(d, "　　" + ed["intro"], f, X1 - X0 - 96)
    y = 930
    h = len(lines) * 46 + 84
    if im.size[1] > 8:
        tint(im, (X0, y, X1, y + h), (90, 150, 255), 0.22)
    for qx, qy, sx_, sy_ in ((X0, y, 1, 1), (X1, y, -1, 1), (X0, y + h, 1, -1), (X1, y + h, -1, -1)):
        d.line([(qx - 8 * sx_, qy - 8 * sy_), (qx + 60 * sx_, qy - 8 * sy_)], fill=pal["box"], width=8)
        d.line([(qx - 8 * sx_, qy - 8 * sy_), (qx - 8 * sx_, qy + 60 * sy_)], fill=pal["box"], width=8)
    yy = y + 42
    for ln in lines:
        d.text((X0 + 48, yy), ln, font=f, fill=WHITE)
        yy += 46
    y += h + 110
    return plate(im, d, W, y, "大会议程", pal, 46) + 110


def plate(im, d, W, y, text, pal, size):
    """A label on a plate with a slanted end ('大会议程', '支持单位'), after set 92's heading_plate."""
    f = font(size, True)
    w = tw(d, text, f) + 150 * size / 46
    x0, x1 = W / 2 - w / 2, W / 2 + w / 2
    h = size + 40
    d.rounded_rectangle([x0, y, x1, y + h], radius=14, fill=pal["plate"][1])
    hgrad(d, x0 + 8, y, x1 - 8, y + h, pal["plate"][1], pal["plate"][0])
    d.line([(x0 - 60, y + h + 10), (x0 + w * 0.4, y + h + 10)], fill=pal["box"], width=6)
    d.line([(x1 - w * 0.3, y - 10), (x1 + 50, y - 10)], fill=pal["box"], width=6)
    display(im, W / 2 - tw(d, text, f) / 2, y + 12, text, size, WHITE, WHITE, 0.2)
    return y + h


def heading_a(im, d, ed, X0, X1, y, i, f):
    """2024: a thin bar, then '▶▶ 主论坛' or a slanted number box '01' and the forum's name, '主持人：name' at the
    right with the unit under it, a thick bar.  Returns the first slot's top."""
    pal = ed["pal"]
    if im.size[1] > 8:
        hgrad(d, X0 - 30, y, X1 + 30, y + 6, pal["bar"][1], pal["bar"][0])
    y += 44
    hf = font(50, True)
    if i == 0:
        for j in range(2):  # two chevrons
            x = X0 - 20 + j * 26
            d.polygon([(x, y + 14), (x + 16, y + 14), (x + 34, y + 38), (x + 16, y + 62), (x, y + 62), (x + 18, y + 38)],
                      fill=pal["box"])
        nx = X0 + 52
    else:
        bx0, bx1 = X0 - 20, X0 + 96
        d.polygon([(bx0 + 14, y + 4), (bx1 + 14, y + 4), (bx1 - 6, y + 76), (bx0 - 6, y + 76)], fill=pal["num_bg"],
                  outline=pal["box"])
        d.line([(bx0 + 10, y - 6), (bx0 + 34, y - 6)], fill=pal["box"], width=5)
        d.line([(bx0 + 10, y - 6), (bx0 - 6, y + 30)], fill=pal["box"], width=5)
        display(im, bx0 + 18, y + 8, "%02d" % i, 46, pal["box"], (170, 250, 255), 0.18)
        nx = bx1 + 22
    nsize = 50 if i == 0 else 42
    nw = display(im, nx, y + 6 + (50 - nsize) // 2, f["name"], nsize, WHITE, (200, 246, 255), 0.15)
    # the host at the right: '主持人：name' over the unit
    lf, hf2, uf = font(26, True), font(28), font(18)
    hw = tw(d, "主持人：", lf) + tw(d, pad(f["host"]), hf2)
    uw = tw(d, f["unit"], uf)
    rx = X1 + 20
    hx = rx - max(hw, uw)
    assert nx + nw + 24 <= hx, ("heading too wide", f["name"], nx + nw, hx)
    d.text((hx, y + 4), "主持人：", font=lf, fill=pal["label"])
    d.text((hx + tw(d, "主持人：", lf), y + 2), pad(f["host"]), font=hf2, fill=WHITE)
    d.text((hx, y + 48), f["unit"], font=uf, fill=pal["pale"])
    y += 100
    if im.size[1] > 8:
        hgrad(d, X0 - 30, y, X1 + 30, y + 14, pal["bar"][1], pal["bar"][0])
    return y + 14 + 60


def footer_a(im, d, ed, y):
    pal = ed["pal"]
    W = im.size[0]
    for label, names in (("支持单位", ed["units"]), ("支持媒体", ed["media"])):
        y = plate(im, d, W, y, label, pal, 40) + 70
        X0, X1, cols, gap, bh = 150, W - 150, 3, 24, 78
        bw = (X1 - X0 - (cols - 1) * gap) / cols
        for j, u in enumerate(names):
            bx, by = X0 + (j % cols) * (bw + gap), y + (j // cols) * (bh + gap)
            d.rectangle([bx, by, bx + bw, by + bh], outline=(236, 240, 255), width=2)
            ff = font(28, True)
            ctext(d, bx + bw / 2, by + 18, fits(d, u, ff, bw - 20), ff, WHITE)
        y += ((len(names) + cols - 1) // cols) * (bh + gap) + 80
    q = 260
    d.rectangle([W / 2 - q / 2 - 16, y - 16, W / 2 + q / 2 + 16, y + q + 16], outline=WHITE, width=3)
    qrcode(d, W / 2 - q / 2, y, q, ed["seed"])
    y += q + 50
    tf = font(52, True)
    display(im, W / 2 - tw(d, "扫码报名", tf) / 2, y, "扫码报名", 52, WHITE, WHITE, 0.2)
    ctext(d, W / 2, y + 96, "现场名额有限，报名审核通过后凭短信入场", font(26), pal["pale"])
    ctext(d, W / 2, y + 140, "*议程如有调整，以大会现场为准", font(24), pal["pale"])
    sf = font(42, True)
    display(im, W / 2 - tw(d, ed["slogan"], sf) / 2, y + 220, ed["slogan"], 42, (150, 245, 255), pal["title"], 0.2)
    return int(y + 600)


def background_a(ed):
    pal = ed["pal"]

    def bg(w, h):
        im = vgrad(w, h, *pal["bg"])
        im = glow(im, w - 210, 690, 400, pal["glow"][0], 0.5)
        im = glow(im, 60, 1300, 320, pal["glow"][1], 0.25)
        for j, yy in enumerate(range(2500, h - 900, 1500)):
            im = glow(im, w - 60 if j % 2 else 60, yy, 360, pal["glow"][2 if j % 2 else 1], 0.2)
        d = ImageDraw.Draw(im)
        for i in range(9):  # light streaks behind the ring
            d.line([(w * 0.45 + i * 70, 0), (w, 420 - i * 42)], fill=pal["sky"], width=2)
        for i in range(6):  # swept arcs round the ring
            r = 170 + i * 26
            d.arc([w - 210 - r * 1.5, 690 - r * 0.55, w - 210 + r * 1.5, 690 + r * 0.55], 150 + i * 4, 330,
                  fill=(70 + i * 12, 170 + i * 10, 255), width=3)
        rnd = random.Random(ed["seed"])
        for _ in range(70):  # specks of light in the head
            x, yy = rnd.randrange(int(w * 0.5), w - 20), rnd.randrange(140, 520)
            r = rnd.choice((1, 1, 2, 3))
            d.ellipse([x - r, yy - r, x + r, yy + r], fill=(200, 220, 255))
        for i in range(10):  # a skyline at the foot (pagoda hill, city blocks)
            x = 60 + i * 100
            hh = 60 + (i * 47) % 150
            d.rectangle([x, h - hh, x + 64, h], fill=pal["sky"])
            for r in range(int(hh // 22)):
                d.rectangle([x + 12, h - hh + 8 + r * 22, x + 52, h - hh + 14 + r * 22],
                            fill=tuple(min(255, c + 30) for c in pal["sky"]))
        d.polygon([(w / 2 - 30, h - 260), (w / 2 + 30, h - 260), (w / 2 + 44, h), (w / 2 - 44, h)], fill=pal["sky"])
        for r in range(8):  # the pagoda's eaves
            yy = h - 250 + r * 30
            d.line([(w / 2 - 40 - r * 2, yy), (w / 2 + 40 + r * 2, yy)], fill=(90, 150, 255), width=3)
        return grain(im, ed["seed"], ed["grain"], 3) if ed["grain"] else im
    return bg


def paint_a(im, d, ed, log):
    W = im.size[0]
    g = ed["g"]
    X0, X1 = g["x0"], W - g["x1m"]
    y = header_a(im, d, ed)
    LX, CX = X0 + g["lx"], X0 + g["cx"]
    for i, f in enumerate(ed["forums"]):
        y = heading_a(im, d, ed, X0, X1, y, i, f)
        top = y
        for s in f["slots"]:
            y = slot(im, d, ed, X0, X1, LX, CX, y, s, log)
        d.line([(LX, top - 40), (LX, y - 30)], fill=ed["pal"]["line"], width=2)
        y += 60
    return footer_a(im, d, ed, y + 40)


# ---------------------------------------------------------------------------
# CLK 2942: 2023 near black, 828 wide
def logo_b(d, x, y, pal):
    """The organisers' logo lines as 2023 prints them: a two-leaf mark, 'CHINA LINUX KERNEL' over the Chinese name."""
    d.ellipse([x, y + k(6), x + k(40), y + k(96)], fill=pal["line"])
    d.ellipse([x + k(18), y, x + k(62), y + k(96)], fill=pal["title"])
    d.ellipse([x + k(26), y + k(14), x + k(52), y + k(92)], fill=pal["bg"][0])
    d.text((x + k(84), y + k(22)), "CHINA LINUX KERNEL", font=F(21, True), fill=WHITE)
    d.text((x + k(84), y + k(54)), "中国Linux内核开发者大会", font=F(21, True), fill=WHITE)


def clk_mark_b(d, W, year, pal):
    """'CLK' with the year raised beside it, inside nested rounded outlines (top right)."""
    cx, cy = W - k(230), k(120)
    for i in range(6):
        r = k(14) + i * k(9)
        d.rounded_rectangle([cx - k(160) - i * k(9), cy - k(62) - i * k(9), cx + k(160) + i * k(9),
                             cy + k(62) + i * k(9)], radius=r + k(30),
                            outline=tuple(int(c * (0.55 - i * 0.07)) for c in pal["title"]), width=k(2))
    cf, yf = F(88, True), F(32, True)
    x = cx - (tw(d, "CLK", cf) + tw(d, year, yf) + k(8)) / 2
    d.text((x, cy - k(64)), "CLK", font=cf, fill=(214, 246, 250), stroke_width=k(2), stroke_fill=pal["title"])
    d.text((x + tw(d, "CLK", cf) + k(8), cy - k(52)), year, font=yf, fill=WHITE)


def heading_b(im, d, ed, X0, X1, y, i, f):
    """2023: the forum's name (a big fading numeral behind the afternoon ones), then '主持人：name　unit' under it,
    then the thick bar.  Returns the first slot's top."""
    pal = ed["pal"]
    nf = F(50, True)
    if i == 0:
        ny = y + k(40)
    else:
        fading_numeral(im, X0 - k(4), y, "%02d" % i, F(112, True), pal["num"], pal["bg"][0])
        ny = y + k(58)
    d.text((X0, ny), fits(d, f["name"], nf, X1 - X0), font=nf, fill=WHITE, stroke_width=k(1),
           stroke_fill=pal["bg"][0])
    y = ny + k(84)
    runs = [("主持人：", F(26), pal["label"]), (pad(f["host"]), F(27), WHITE), ("　", F(20), WHITE),
            (f["unit"], F(20), pal["aff"])]
    assert X0 + runs_width(d, runs) <= X1, ("host line too wide", f["name"])
    inline(d, X0, y + k(28), runs)
    y += k(56)
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    return y + k(18) + k(60)


def background_b(ed):
    pal = ed["pal"]

    def bg(w, h):
        im = vgrad(w, h, *pal["bg"])
        im = glow(im, w - k(120), k(300), k(420), pal["glow1"], 0.55)
        im = glow(im, k(60), k(1100), k(300), pal["glow2"], 0.25)
        for j, yy in enumerate(range(k(2400), h - k(800), k(1900))):
            im = glow(im, w - k(40) if j % 2 else k(40), yy, k(380), pal["glow1"] if j % 2 else pal["glow2"], 0.22)
        d = ImageDraw.Draw(im)
        rnd = random.Random(ed["seed"])
        cx, cy = w - k(280), k(760)
        for i in range(14):  # swirling streaks around the sphere of the header
            r = k(200) + i * k(22)
            d.arc([cx - r * 1.6, cy - r * 0.6, cx + r * 1.6, cy + r * 0.6], 160 + i * 3, 350,
                  fill=tuple(int(c * (0.75 - i * 0.04)) for c in (pal["glow2"] if i % 3 else pal["glow1"])), width=k(2))
        r = k(150)
        for j in range(r, 0, -2):  # the sphere: a lit disc, brighter at the top left
            t = j / r
            col = tuple(int(pal["glow1"][c] * (1 - t) * 0.9 + pal["shadow"][c] * t * 0.55) for c in range(3))
            d.ellipse([cx - j - (r - j) * 0.35, cy - j - (r - j) * 0.45, cx + j - (r - j) * 0.35,
                       cy + j - (r - j) * 0.45], fill=col)
        for j in range(4):  # streaks low on the sides
            yy = rnd.randrange(k(2500), max(k(2600), h - k(1500)))
            x0 = 0 if j % 2 == 0 else w
            d.line([(x0, yy), (abs(x0 - k(260)), yy - k(300))], fill=pal["streak"], width=k(3))
        return grain(im, ed["seed"], ed["grain"], 3) if ed["grain"] else im
    return bg


def paint_b(im, d, ed, log):
    W = im.size[0]
    pal, g = ed["pal"], ed["g"]
    X0, X1 = k(g["x0"]), W - k(g["x1m"])
    logo_b(d, X0, k(40), pal)
    clk_mark_b(d, W, ed["year"], pal)
    slanted(im, X0, k(262), ed["nth"], F(80, True), WHITE, pal["shadow"])
    slanted(im, X0, k(352), "Linux 内核开发者大会", F(80, True), WHITE, pal["shadow"])
    bf = F(34, True)
    bw = tw(d, ed["date_printed"], bf) + k(30) + k(30) + tw(d, ed["city"], bf) + k(70)
    d.rectangle([X0, k(476), X0 + bw, k(538)], outline=WHITE, width=k(2))
    d.line([(X0 + k(30), k(470)), (X0 + k(90), k(470))], fill=WHITE, width=k(4))
    d.line([(X0 + bw - k(90), k(544)), (X0 + bw - k(30), k(544))], fill=WHITE, width=k(4))
    x = X0 + k(36)
    d.text((x, k(484)), ed["date_printed"], font=bf, fill=WHITE)
    x += tw(d, ed["date_printed"], bf) + k(30)
    pin(d, x, k(490), WHITE, pal["bg"][0], k(26))
    d.text((x + k(36), k(484)), ed["city"], font=bf, fill=WHITE)
    d.text((X0, k(584)), ed["hall"][0], font=F(34, True), fill=WHITE)
    d.text((X0, k(634)), ed["hall"][1], font=F(34, True), fill=WHITE)
    y = k(960)
    top = y
    y = para(d, X0 + k(32), y + k(36), ed["intro"], F(24), (224, 230, 240), X1 - X0 - k(64), k(48)) + k(24)
    d.rectangle([X0, top, X1, y], outline=tuple(int(c * 0.45) for c in pal["title"]), width=k(2))
    y += k(150)
    outline_text(im, W / 2, y + k(16), "AGENDA", F(110, True), tuple(int(c * 0.6) for c in pal["title"]))
    f66 = F(68, True)
    slanted(im, W / 2 - tw(d, "大会议程", f66) / 2, y, "大会议程", f66, WHITE, pal["shadow"])
    y += k(250)
    LX, CX = X0 + k(g["lx"]), X0 + k(g["cx"])
    for i, f in enumerate(ed["forums"]):
        y = heading_b(im, d, ed, X0, X1, y, i, f)
        top = y
        for s in f["slots"]:
            y = slot(im, d, ed, X0, X1, LX, CX, y, s, log)
        bar = y - k(30)
        d.line([(LX, top - k(60)), (LX, bar)], fill=pal["line"], width=k(2))
        d.rectangle([X0, bar, X1, bar + k(14)], fill=pal["bar"])
        y = bar + k(14) + k(130)
    for label, units in (("支持单位", ed["units"]), ("支持媒体", ed["media"])):
        outline_text(im, W / 2, y + k(14), "SUPPORT", F(96, True), tuple(int(c * 0.6) for c in pal["title"]))
        f60 = F(60, True)
        slanted(im, W / 2 - tw(d, label, f60) / 2, y, label, f60, WHITE, pal["shadow"])
        y += k(170)
        bw, gap, bh = (X1 - X0 - 2 * k(40)) / 3, k(40), k(106)
        for j, u in enumerate(units):
            bx, by = X0 + (j % 3) * (bw + gap), y + (j // 3) * (bh + k(40))
            d.rectangle([bx, by, bx + bw, by + bh], outline=WHITE, width=k(2))
            ff = F(32, True)
            ctext(d, bx + bw / 2, by + bh / 2 - k(24), fits(d, u, ff, bw - k(20)), ff, WHITE)
        y += ((len(units) + 2) // 3) * (bh + k(40)) + k(110)
    ctext(d, W / 2, y, ed["foot"], F(24), (150, 160, 200))
    return y + k(100)


# ===========================================================================
# the two editions
ED_A = {"key": "A", "style": "blue", "W": 1080, "K": 1.0, "forums": FORUMS_A, "pal": PAL_A, "seed": 29410,
        "grain": 0.0,
        "edition": "CLK 2941", "year": "2941", "nth": "第936届中国", "date": "2941-10-21",
        "date_printed": "2941年10月21日", "city": "延安", "school": "延安大学", "school_en": "YAN'AN UNIVERSITY",
        "hall": ["延安大学杨家岭校区", "学术交流中心报告厅"], "intro": INTRO_A, "units": UNITS_A, "media": MEDIA_A,
        "slogan": "相聚延安 · 共话 Linux 内核", "labels": ("主持人:", "嘉\u3000宾:"),
        # geometry: range x0, line lx, content cx (from x0), right margin; font sizes; line heights; baselines
        "g": {"x0": 100, "x1m": 100, "lx": 237, "cx": 280, "over": 20, "fr": 28, "ft": 30, "fn": 28, "fa": 20,
              "lh_t": 42, "lh_n": 42, "lh_a": 28, "nb": 31, "ab": 30, "rdy": 4, "dot": 22, "gap": 42,
              "band_pad": 14, "band_out": 12},
        "file": "clk2941-yanan-royalblue-timeline-1080.png"}
ED_B = {"key": "B", "style": "dark", "W": 828, "K": 828 / 1080, "forums": FORUMS_B, "pal": PAL_B, "seed": 29420,
        "grain": 0.002,
        "edition": "CLK 2942", "year": "2942", "nth": "第937届中国", "date": "2942-10-20",
        "date_printed": "10月20日", "city": "日照", "school": "曲阜师范大学",
        "hall": ["地址：曲阜师范大学日照校区", "图书馆一楼学术报告厅"], "intro": INTRO_B, "units": UNITS_B, "media": MEDIA_B,
        "labels": ("主持人：", "嘉宾："), "foot": "*以上议程如有变动，以大会现场为准",
        "g": {"x0": 80, "x1m": 80, "lx": 222, "cx": 256, "over": 40, "fr": 30, "ft": 31, "fn": 29, "fa": 21,
              "lh_t": 42, "lh_n": 42, "lh_a": 28, "nb": 31, "ab": 30, "rdy": 3, "dot": 22, "gap": 46,
              "band_pad": 16, "band_out": 10},
        "file": "clk2942-rizhao-nearblack-timeline-828.png"}
EDITIONS = [ED_A, ED_B]


def draw(ed, log):
    global K
    K = ed["K"]
    painter = paint_a if ed["style"] == "blue" else paint_b

    def p(im, d):
        del log[:]
        return painter(im, d, ed, log)
    bgf = background_a(ed) if ed["style"] == "blue" else background_b(ed)
    return two_pass(ed["W"], p, bgf)


# ===========================================================================
LAYOUT = {
    "A": (
        "CLK 2941 (第936届), 延安, 2941-10-21 (PNG, %d x %d, %.2f MB): ONE whole-edition image (as CLK2022's repository "
        "holds imgs/2022clk.png) in the organisers' 2024 ROYAL BLUE (gradient page, glows, light streaks, a faint grain, "
        "a skyline with a pagoda at the foot): logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', a seal and "
        "'延安大学' / 'YAN'AN UNIVERSITY' at the top right, slanted '第936届中国' over 'Linux内核开发者大会', a box "
        "'2941年10月21日' + pin + '延安', '地址：延安大学杨家岭校区' / '学术交流中心报告厅', a ring 'CLK' / '2941', a framed "
        "introduction with corner marks, '大会议程' on a plate. CLK2022's four forum names as its README prints them: "
        "'主论坛' after two chevrons, then in a slanted number box '01'..'03' '处理器架构与调度分论坛', '内存管理与异构计算分论坛', "
        "'IO 与 ebpf 分论坛'; each heading between a thin bar and a thick bar, with '主持人：name' (label violet) at the "
        "RIGHT and the host's unit in small type UNDER it (2024's heading). The 2024 timeline: range 28 px bold white at "
        "the left, a dot on a thin vertical line, the title 30 px bold cyan (wrapped greedily, Chinese broken anywhere), "
        "per speaker 'padded name  company job' (name 28 px white, two-character names padded with a full-width space: "
        "'喻　婷', '葛　雯', '卓　凡', '厉　博', '邱　凯', '厍　宏', '方　晨', '邹　伟'; 'company job' 20 px lavender from a column three characters in, "
        "some run together as 2024 prints them: '延安大学副校长', '腾讯云操作系统内核技术专家'; a company too long for the "
        "line wraps under its own column: '摩尔线程智能科技（北京）有限责任公司 GPU 驱动与虚拟化团队资深架构师'). "
        "'09:00-09:05 开场' a plain row; '嘉宾致辞' by 贺建军; the Latin speaker Matthias Brenner with his 'company job' "
        "(Linaro Principal Kernel Engineer) on the line UNDER his name (as 2024 prints its Latin speaker) and the English "
        "title 'Upstream First: How We Keep Arm64 Platform Support in Mainline' over two lines; '茶歇' and '午餐' as light "
        "gradient bands; 暨明轩 over 沈佳琪 (荣耀); the round table '圆桌论坛：开源操作系统的下一个十年，…' over two lines with "
        "'主持人:' and '嘉　宾:' (violet) on lines of their own, the moderator 常宏斌, four guests. Afternoon forums 13:30 "
        "to 16:50 / 16:20, a 茶歇 band in each; 厉博 over 温雅婷, 方晨 over 袁梓涵 (two speakers, two lines); English "
        "titles 'Core Scheduling for Multi-Tenant Clouds: Costs and Fixes', 'Shared Virtual Addressing for Accelerators "
        "on Arm64', 'Tracing Block Layer Latency with BPF CO-RE'. Foot: '支持单位' and '支持媒体' on plates over outlined "
        "boxes, a QR code, '扫码报名', '*议程如有调整，以大会现场为准', the slogan. Uncommon surnames 暨, 麴 (a host), "
        "尉, 厍, 党 (a host). 6 + 6 + 6 + 5 scored talks."),
    "B": (
        "CLK 2942 (第937届), 日照, 2942-10-20 (PNG, %d x %d, %.2f MB): ONE whole-edition image 828 px wide (a phone's "
        "width; the 2023 design scaled by 828/1080) in the organisers' 2023 NEAR BLACK (violet and blue glows, a sphere "
        "with swirling streaks, a faint grain): the two-leaf logo and 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', "
        "'CLK' with '2942' raised in nested outlines, slanted '第937届中国' / 'Linux 内核开发者大会', an outlined box "
        "'10月20日' + pin + '日照' (no year, as 2023), '地址：曲阜师范大学日照校区' / '图书馆一楼学术报告厅', a framed "
        "introduction, '大会议程' over a hollow 'AGENDA'. CLK2022's four forum names as its README prints them: '主论坛', "
        "then over big fading numerals '01'..'03' '处理器架构与调度分论坛', '内存管理与异构计算分论坛', 'IO 与 ebpf 分论坛' "
        "(38 px bold white); under every name '主持人：padded name　unit' (label violet, unit blue; '主持人：阎立新　曲阜师范"
        "大学网络空间安全学院院长'), then a thick teal bar. The 2023 timeline: range 23 px bold white, a dot on a thin "
        "line, the title 24 px bold teal (greedy wrap), per speaker 'padded name  company job' (name 22 px white, "
        "'company job' 16 px blue, some run together; '葛　晨', '梁　静', '向　宇', '蓝　婧', '柯　雪', '祁　佳', '宁　浩', "
        "'卜　凡', '武　晴'); a company too long for the line wraps under its own column: 邵伟东's '中国科学院沈阳计算技术研究所 "
        "工业控制操作系统研究室高级工' over '程师'. '09:00-09:10 开幕' a plain row; '开幕致辞' by 孔德华 "
        "(曲阜师范大学副校长); the Latin speaker Alejandro Ruiz with 'Collabora Principal Software Engineer' on his line "
        "and the English 'Kernel Testing at Scale: What Ten Thousand Boots a Day Teach Us' over two lines; 糜海涛 over "
        "赵一帆 (vivo); the round table '圆桌对话：AI 基础设施浪潮下，Linux 内核还需要做哪些改变' with '主持人：' and "
        "'嘉宾：' on lines of their own, moderator 梁静, four guests; 茶歇 and 午餐 as flat blue bands. Afternoon forums "
        "13:30-16:40 with 35-minute talks and a 茶歇 band each; 聂昊天 over 柯雪 (英特尔), 卜凡 over 甘雨晴 (腾讯云); "
        "English 'Scheduler Latency under Cgroup v2 CPU Bandwidth Control', 'Memory Tiering with DAMON: From Experiment "
        "to Production', 'Offloading Storage Protocols with io_uring Passthrough'. Foot: hollow 'SUPPORT' behind "
        "'支持单位' and '支持媒体' over outlined boxes, '*以上议程如有变动，以大会现场为准'. Uncommon surnames 糜, 仉, 阎 (a "
        "host), 隋. 6 + 5 + 5 + 5 scored talks."),
}

NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 86, 90, 91): each picture is one entry holding its four "
    "forums in printed order, every forum with its edition's date (each edition is ONE day: 主论坛 in the morning, the "
    "three other forums in parallel in the afternoon); speakers are names as printed with spaces and the padding of "
    "two-character names removed ('喻　婷' -> '喻婷', 'Matthias Brenner' -> 'MatthiasBrenner', 'Alejandro Ruiz' -> "
    "'AlejandroRuiz'); affiliations are the printed 'company job' exactly, one per speaker in printed order (run-together "
    "ones kept run together: '延安大学副校长'); host is the name after '主持人' printed at the forum's heading (its unit, "
    "under it or beside it, is no part of it and no affiliation of any slot), null for breaks; start/end HH:MM on a "
    "24-hour clock; break titles as printed ('开场', '开幕', '茶歇', '午餐'); '午餐' closes 主论坛 as its break. Two invented "
    "editions drawn as plausible versions of CLK2022's ONE agenda image (imgs/2022clk.png), with CLK2022's four forum "
    "names exactly as its README prints them ('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'); both "
    "Saturdays; no talk and no person is on both pictures. Headers, logo lines, introductions, addresses, date boxes, "
    "'大会议程' / 'AGENDA', support units, media, QR code and foot lines are never part of a name, a title or a slot; the "
    "numbers '01'..'03' and the chevrons are no part of a forum's name. Judgement calls: (1) An opening speech printed "
    "with a speaker ('嘉宾致辞' on CLK 2941, '开幕致辞' on CLK 2942) is a talk of that speaker; the row printed without "
    "one before it ('09:00-09:05 开场', '09:00-09:10 开幕') is a break. (2) A round table is ONE slot of kind 'panel' (as "
    "sets 66, 79, 86, 90, 91): its speakers are the moderator first, then the four guests in printed order, one "
    "affiliation each; '主持人:' / '嘉　宾:' (CLK 2941) and '主持人：' / '嘉宾：' (CLK 2942) are labels on lines of their "
    "own; the moderator is not the forum's host; the title keeps '圆桌论坛：' / '圆桌对话：'. (3) Two speakers of one talk "
    "on two lines are two speakers, each with his own 'company job'. (4) A 'company job' too long for its line is "
    "wrapped under its own column on the next line; it is ONE affiliation, joined without a space where the break "
    "falls inside Chinese text: CLK 2941's 卢志远 prints '摩尔线程智能科技（北京）有限责任公司 GPU 驱动与虚拟' over "
    "'化团队资深架构师', CLK 2942's 邵伟东 '中国科学院沈阳计算技术研究所 工业控制操作系统研究室高级工' over '程师'. (5) The Latin speaker Matthias Brenner "
    "(CLK 2941) has his 'company job' on the line under his name, as CLK2024's full agenda prints its Latin speaker; "
    "that line is his affiliation, not a second speaker. (6) Titles wrapped over two lines are one title, joined with "
    "a space between Latin words and without one inside Chinese text or after '：' / '，'; where a break falls between a "
    "Latin word and Chinese text ('基于 HMM' / '的实现', '从 MCE 到' / 'HWPoison') the truth keeps the title as typed, "
    "with its space. (7) Hosts: CLK 2941 prints "
    "'主持人：name' at the right end of each heading with the unit under it (2024), CLK 2942 prints '主持人：name　unit' "
    "on a line under each heading; the host's padded two-character names would lose their padding but all hosts here "
    "have three characters. Uncommon surnames: 暨, 麴, 尉, 厍, 党 (CLK 2941), 糜, 仉, 阎, 隋 (CLK 2942).")


def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(files, logs):
    names = readme_forums()
    assert names == FORUM_NAMES, names
    words = listing_texts()
    everybody, titles, talks = [], [], 0
    for ed in EDITIONS:
        assert saturday(ed["date"]), ed["date"]
        assert [f["name"] for f in ed["forums"]] == FORUM_NAMES
        assert ed["forums"][0]["slots"][-1]["title"] == "午餐"
        ss = [s for f in ed["forums"] for s in f["slots"]]
        for f in ed["forums"]:
            prev = None
            for s in f["slots"]:
                assert s["start"] < s["end"], s
                assert prev is None or prev == s["start"], (f["name"], s["title"])  # no gaps, no overlaps
                prev = s["end"]
                if s["kind"] == "break":
                    assert s["title"] in ("开场", "开幕") + MEALS
                else:
                    talks += 1
                    titles.append(s["title"])
        everybody += people(ed["forums"])
        assert sum(1 for s in ss if s["kind"] == "panel") == 1
        assert all(len(s["sp"]) == 5 for s in ss if s["kind"] == "panel")
        assert sum(1 for s in ss if s["kind"] == "talk" and len(s["sp"]) == 2) >= 2
        assert any(sp["name"].isascii() for s in ss for sp in s["sp"])
        assert sum(1 for s in ss if s["kind"] == "talk" and re.fullmatch(r"[\x20-\x7e]+", s["title"])) >= 3
        assert ss[1]["title"] in ("嘉宾致辞", "开幕致辞") and len(ss[1]["sp"]) == 1
        assert {"茶歇", "午餐"} <= {s["title"] for s in ss}
    assert 35 <= talks <= 50, talks
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
        assert plain(p) not in words and p not in words, p
    assert len(titles) == len(set(titles)), titles
    for t in titles:
        assert t not in words, t
    for ed, log, path in zip(EDITIONS, logs, files):
        tl = [n for kind, _, n in log if kind == "title"]
        assert sum(1 for n in tl if n == 2) >= 4, (ed["key"], tl)
        assert all(n <= 2 for n in tl), (ed["key"], tl)
        al = [n for kind, _, n in log if kind == "aff"]
        assert sum(1 for n in al if n == 2) >= 1 and all(n <= 2 for n in al), (ed["key"], al)
        im = Image.open(path)
        assert im.size[0] == ed["W"], im.size
        assert 1.0e6 <= os.path.getsize(path) <= 1.6e6, (path, os.path.getsize(path))
    return talks


def main():
    logs, files, sizes = [], [], {}
    for ed in EDITIONS:
        log = []
        im = draw(ed, log)
        p = os.path.join(HERE, ed["file"])
        im.save(p, optimize=False, compress_level=9)
        files.append(p)
        logs.append(log)
        sizes[ed["key"]] = (im.size[0], im.size[1], os.path.getsize(p) / 1e6)
        print(ed["file"], im.size, "%.2f MB" % (os.path.getsize(p) / 1e6))
        print("  wrapped titles:", [t for kind, t, n in log if kind == "title" and n > 1])
        print("  wrapped affiliations:", [t for kind, t, n in log if kind == "aff" and n > 1])
    talks = check(files, logs)
    truth = {
        "written": "2026-12-07",
        "by": "a helper that had not read the code",
        "note": NOTE,
        "posters": [
            {"file": ed["file"], "layout": LAYOUT[ed["key"]] % sizes[ed["key"]], "date": ed["date"],
             "forums": forum_truth(ed["forums"], ed["date"])}
            for ed in EDITIONS],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("scored talks:", talks)


if __name__ == "__main__":
    main()
