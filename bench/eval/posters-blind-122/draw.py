"""Draw the hundred-and-twenty-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes 3221clk.png and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and
the picture cannot drift apart.  Randomness only from seeded Random instances
(fixed numbers, never hash()).  The set stands in for CLK2022's ONE agenda image
(imgs/2022clk.png): ONE invented edition, CLK 3221 (第1216届, 黄山, 黄山学院,
Saturday 3221-10-23), drawn as ONE WIDE LANDSCAPE page, 2400 x 1350 (16:9, as a
projector slide or a website banner), in the organisers' 2024 ROYAL BLUE: a header
band, then CLK2022's four forums as FOUR COLUMNS side by side, each under its own
heading (number tab, leaning name, '主持人：' + name and unit, a cyan bar), each with
its own times (主论坛 in the morning, the three others in the afternoon, with
different slot lengths), in the 2024 timeline (range at the left, a dot on a thin
line, the cyan title, 'name  company job' under it); breaks as light bands.
Helpers font .. pad, REAL_NAMES, listing_words, FORUM_NAMES, pin, hollow_word and
slanted are copied unchanged from bench/eval/posters-blind-114/draw.py (which took
them from sets 107, 108, 102, 95 and 59); clk_ring and plate are adapted from its
clk_ring and plate_b; everything else is new.
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


def font(size, bold=False, serif=False):
    fam = "Serif" if serif else "Sans"
    path = FD + "Noto%sCJK-%s.ttc" % (fam, "Bold" if bold else "Regular")
    key = (path, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, size, index=SC)
    return _fc[key]


_probe = ImageDraw.Draw(Image.new("RGB", (8, 8)))


def tw(d, text, f):
    b = (d or _probe).textbbox((0, 0), text, font=f)
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
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
    return wrap_widths(d, text, f, [maxw])


def wrap_nicely(d, text, f, maxw):
    """Wrap as a designer would: after a '：' when both halves fit, else into lines of even length."""
    lines = wrap(d, text, f, maxw)
    if len(lines) < 2:
        return lines
    head, sep, tail = text.partition("：")
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


def grain(im, seed, noise):
    """Seeded grain blended in: the texture of a designer's paper and of a re-saved picture."""
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


def glow(im, cx, cy, r, col, strength):
    """A soft light blob (the organisers' posters glow): a blurred disc screened onto the picture."""
    lay = Image.new("RGB", im.size, (0, 0, 0))
    ImageDraw.Draw(lay).ellipse([cx - r, cy - r, cx + r, cy + r], fill=tuple(int(c * strength) for c in col))
    small = lay.resize((max(1, im.size[0] // 8), max(1, im.size[1] // 8)), Image.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(r / 16))
    return ImageChops.screen(im, small.resize(im.size, Image.BILINEAR))


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


def T(start, end, title, speakers, host, kind="talk"):
    """A scored slot: kind 'talk', or 'panel' for a round table (its first speaker the moderator)."""
    return {"kind": kind, "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def P(start, end, title, moderator, guests, host):
    return T(start, end, title, [moderator] + guests, host, kind="panel")


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job):
    """A speaker as printed: name, company, job title (None where none is printed)."""
    return {"name": name, "company": company, "job": job}


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def cup(d, x, y, fill, k=1.0):
    """A small coffee cup drawn in lines (the fonts have no cup glyph); k scales it."""
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=max(2, round(3 * k)))
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=max(2, round(3 * k)))
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def bowl(d, x, y, fill, k=1.0):
    """A rice bowl with chopsticks drawn in lines, for the lunch."""
    d.chord([x, y + 4 * k, x + 34 * k, y + 34 * k], 0, 180, outline=fill, width=max(2, round(3 * k)))
    d.line([(x - 2 * k, y + 19 * k), (x + 36 * k, y + 19 * k)], fill=fill, width=max(2, round(3 * k)))
    d.line([(x + 20 * k, y + 14 * k), (x + 38 * k, y - 2 * k)], fill=fill, width=2)
    d.line([(x + 25 * k, y + 15 * k), (x + 42 * k, y + 2 * k)], fill=fill, width=2)


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


def para(d, x, y, text, f, fill, maxw, lh, lines=None):
    """A paragraph wrapped to maxw; lines=(lo, hi) asserts how many lines it takes.  Returns the y under it."""
    ls = wrap(d, text, f, maxw)
    assert lines is None or lines[0] <= len(ls) <= lines[1], (text, len(ls))
    for ln in ls:
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")  # the breaks that get a cup or a bowl; an opening gets none
WHITE = (255, 255, 255)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def meal_mark(d, x, y, s, fill, k=1.0):
    if s["title"] == "午餐":
        bowl(d, x, y + 2 * k, fill, k)
    elif s["title"] == "茶歇":
        cup(d, x, y, fill, k)


def units_grid(d, X0, X1, y, units, per_row, box_fill, ink, bh=76, gap=20, outline=None):
    bw = (X1 - X0 - (per_row - 1) * gap) / per_row
    for i, u in enumerate(units):
        bx, by = X0 + (i % per_row) * (bw + gap), y + (i // per_row) * (bh + gap)
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=8, fill=box_fill, outline=outline,
                            width=2 if outline else 0)
        ctext(d, bx + bw / 2, by + bh / 2 - 20, fits(d, u, font(28, True), bw - 16), font(28, True), ink)
    rows = (len(units) + per_row - 1) // per_row
    return y + rows * (bh + gap)


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def pad(name):
    """Two-character names padded with a full-width space, as the organisers' 2023 image prints them."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name



# names of real speakers and hosts (set 108's list, from the real CLK2024 posters) plus the names read in my own
# crops of the real posters (2023 and 2024 whole agendas); none may be used
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震",
              "郑琦", "李培锋", "彭志光", "司延腾", "殷锋卫", "谈鉴锋"]


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README (set 108's, from set 71)."""
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


FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's README

def pin(d, x, y, fill, hole, k=1.0):
    d.ellipse([x, y, x + 24 * k, y + 24 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 16 * k), (x + 22 * k, y + 16 * k), (x + 12 * k, y + 34 * k)], fill=fill)
    d.ellipse([x + 7 * k, y + 7 * k, x + 17 * k, y + 17 * k], fill=hole)


def hollow_word(d, W, y, word, size, fill, outline):
    f = font(size, True)
    d.text((W / 2 - tw(d, word, f) / 2, y), word, font=f, fill=fill, stroke_width=2, stroke_fill=outline)


def slanted(im, x, y, text, f, fill, shear=0.2, stroke=0, stroke_fill=None, shadow=None):
    """Text leaning right (the organisers' headings lean): drawn on a mask and sheared.  Returns its width."""
    w, h = tw(None, text, f) + 2 * stroke + int(f.size * 0.5) + 8, int(f.size * 1.5) + 2 * stroke
    lay = Image.new("L", (w, h), 0)
    ImageDraw.Draw(lay).text((stroke + 4, stroke), text, font=f, fill=255, stroke_width=stroke,
                             stroke_fill=255 if stroke else None)
    lay = lay.transform(lay.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    if shadow is not None:
        im.paste(Image.new("RGB", lay.size, shadow), (int(x) + 4, int(y) + 5), lay)
    if stroke and stroke_fill is not None:
        im.paste(Image.new("RGB", lay.size, stroke_fill), (int(x), int(y)), lay)
        inner = Image.new("L", (w, h), 0)
        ImageDraw.Draw(inner).text((stroke + 4, stroke), text, font=f, fill=255)
        inner = inner.transform(inner.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
        im.paste(Image.new("RGB", lay.size, fill), (int(x), int(y)), inner)
    else:
        im.paste(Image.new("RGB", lay.size, fill), (int(x), int(y)), lay)
    return w




# names read in my own crops of the real posters (2023 and 2024 whole agendas) are in REAL_NAMES already
# ===========================================================================
# CLK 3221 (第1216届), 黄山, Saturday 3221-10-23: ONE landscape PNG, 2400 x 1350, the organisers' 2024 ROYAL BLUE.
W, H = 2400, 1350
DATE = "3221-10-23"
FILE = "3221clk.png"
G0, G1, G2, G3 = "汪国梁", "亓春明", "程晓蕾", "冼志勇"
FORUMS = [
    ("主论坛", (G0, "黄山学院信息工程学院 院长"), "上午", [
        B("09:00", "09:10", "开幕"),
        T("09:10", "09:25", "开幕致辞", [S("方立新", "黄山学院", "副校长")], G0),
        T("09:25", "10:00", "长期维护内核的工程成本：一个发行版团队的十年账本", [S("邵景川", "统信软件", "内核研发总监")], G0),
        T("10:00", "10:35", "The Long Road to Upstream: Porting Linux to a New SoC Family",
          [S("Vincent Aubry", "Arm", "Principal Software Engineer")], G0),
        B("10:35", "10:50", "茶歇"),
        T("10:50", "11:25", "国产服务器上的内核热升级：kexec 之后还缺什么",
          [S("揭俊豪", "华为", "内核技术专家"), S("韩　沁", "华为", "高级软件工程师")], G0),
        T("11:25", "11:55", "智能座舱 Linux 的启动时间与实时性优化", [S("邝嘉豪", "理想汽车", "系统软件架构师")], G0),
        P("11:55", "12:40", "圆桌论坛：高校与企业如何一起培养内核开发者", S("上官慧琳", "合肥工业大学", "教授"),
          [S("顾海峰", "腾讯", "TencentOS 内核负责人"), S("尚　蔓", "麒麟软件", "内核研发部总工程师"),
           S("彭子墨", "OPPO", "内核团队负责人"), S("姜雨辰", "清华大学", "博士后")], G0),
        B("12:40", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (G1, "中国科学技术大学计算机科学与技术学院 副教授"), "下午", [
        T("13:30", "14:00", "EEVDF 在在离线混部场景下的延迟表现与调优", [S("龚　昊", "快手", "内核工程师")], G1),
        T("14:00", "14:30", "Core Scheduling on SMT Servers: Is the Isolation Worth the Cost?",
          [S("吕博文", "美团", "内核专家")], G1),
        T("14:30", "15:00", "RISC-V SBI PMU 扩展与 perf 支持现状",
          [S("笪一鸣", "中国科学院计算技术研究所处理器芯片全国重点实验室", "助理研究员"),
           S("孔令豪", "北京奕斯伟计算", "软件工程师")], G1),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "龙架构多路服务器的中断亲和与负载均衡", [S("石岳林", "龙芯中科", "内核开发工程师")], G1),
        T("15:45", "16:15", "用 sched_ext 为数据库负载定制调度策略", [S("陶雨菲", "蚂蚁集团", "高级技术专家")], G1),
        T("16:15", "16:45", "x86 混合架构下 ITMT 与任务分类的调度改进", [S("卓予安", "英特尔", "软件工程师")], G1),
        T("16:45", "17:15", "PREEMPT_RT 进入主线之后：工业控制场景的落地问题", [S("苗建平", "中兴通讯", "嵌入式系统专家")], G1),
    ]),
    ("内存管理与异构计算分论坛", (G2, "阿里云 操作系统内核技术专家"), "下午", [
        T("13:30", "14:00", "文件页缓存中的 large folio：收益、回退与兼容性", [S("房志成", "字节跳动", "内核工程师")], G2),
        T("14:00", "14:30", "Memory Tiering with CXL: Page Promotion Policies in Production",
          [S("雷少华", "腾讯云", "高级工程师")], G2),
        T("14:30", "15:00", "GPU 与 NPU 共享虚拟内存：SVA 与 IOMMU 的协同",
          [S("冯　婧", "燧原科技", "驱动工程师"), S("严子轩", "上海交通大学", "博士研究生")], G2),
        T("15:00", "15:30", "内存 cgroup v2 的 swap 限额与 OOM 策略实践", [S("黎梦洁", "小米", "内核工程师")], G2),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "面向端侧大模型的内存预留与快速回收", [S("麻晓川", "荣耀", "内核架构师")], G2),
        T("16:15", "16:45", "slab 分配器每 CPU 缓存的改造与内存碎片", [S("于泽宇", "浪潮信息", "内核工程师")], G2),
        T("16:45", "17:15", "HugeTLB 页的 vmemmap 优化与虚拟机启动时间", [S("潘思远", "中国移动云能力中心", "内核工程师")], G2),
    ]),
    ("IO 与 ebpf 分论坛", (G3, "字节跳动 STE 存储与网络方向负责人"), "下午", [
        T("13:30", "13:55", "io_uring 零拷贝接收在存储网关上的收益与代价", [S("郝乐天", "京东云", "存储工程师")], G3),
        T("13:55", "14:20", "Building a Packet Scheduler with BPF struct_ops", [S("丁梓骁", "网易", "网络内核工程师")], G3),
        T("14:20", "14:45", "NVMe 多路径在分布式块存储中的故障切换实践", [S("白　钰", "忆联", "固件架构师")], G3),
        T("14:45", "15:10", "基于 eBPF 的文件访问审计：从原型到全量上线",
          [S("沈书瑶", "蚂蚁集团", "安全工程师"), S("季明轩", "蚂蚁集团", "内核工程师")], G3),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "ext4 快速提交在小文件写入中的收益分析", [S("祝　鹏", "vivo", "文件系统工程师")], G3),
        T("15:50", "16:15", "ZNS SSD 上 blk-mq 调度器的取舍", [S("汤若曦", "长江存储", "软件工程师")], G3),
        T("16:15", "16:40", "用 bpftrace 定位生产环境中的 IO 长尾", [S("甘立群", "美团", "SRE 技术专家")], G3),
        T("16:40", "17:05", "FUSE passthrough 在 AI 训练数据读取中的应用", [S("欧阳霁", "商汤科技", "存储工程师")], G3),
    ]),
]
FOOT_L = "主办：中国Linux内核开发者大会组委会　　承办：黄山学院信息工程学院　　直播：CSDN"
FOOT_R = "支持单位：清华大学 · Intel · 华为 · 阿里云 · 腾讯云 · OPPO · vivo · 字节跳动 · 蚂蚁集团 · 龙芯中科 · 统信软件"

ROYAL, CYAN, PINK = (24, 72, 226), (40, 214, 255), (255, 120, 214)
TITLE_C, PALE, BAND = (120, 232, 255), (196, 212, 250), (64, 132, 255)
X0, X1, GAP = 44, 2356, 24
CW = (X1 - X0 - 3 * GAP) // 4
TOP, BOT = 262, 1300  # the columns' panels
FR, FT, FN, FU = font(19, True), font(21, True), font(19, True), font(15)
TL, UL = 29, 20  # title and unit line heights
RX = 16  # range x inside a column
DOTX = 146  # timeline x inside a column
TX = 162  # title x inside a column
TW = CW - TX - 14  # title width


def col_x(k):
    return X0 + k * (CW + GAP)


def tag(d, x, y, label):
    f = font(14, True)
    w = tw(d, label, f) + 10
    d.rounded_rectangle([x, y, x + w, y + 20], radius=4, fill=PINK)
    d.text((x + 5, y + 1), label, font=f, fill=WHITE)
    return w


def person(d, cx, x, y, sp, label=None, indent=0):
    """One speaker line: [tag] name, then 'company job' (pale) from name end, wrapped under itself. Returns y."""
    if label:
        x += tag(d, x, y + 4, label) + 6
    else:
        x += indent
    d.text((x, y), sp["name"], font=FN, fill=WHITE)
    ux = x + tw(d, sp["name"], FN) + 10
    lines = wrap(d, aff(sp), FU, cx + CW - 14 - ux)
    for j, ln in enumerate(lines):
        d.text((ux, y + 4 + j * UL), ln, font=FU, fill=PALE)
    person.wrapped.append((sp["name"], lines))
    return y + max(26, 4 + len(lines) * UL) + 2


person.wrapped = []


def heading(im, d, k, name, host, part):
    cx = col_x(k)
    x, y = cx + 16, TOP + 16
    if k:
        d.polygon([(x + 10, y + 2), (x + 62, y + 2), (x + 52, y + 46), (x, y + 46)], fill=WHITE)
        d.polygon([(x + 67, y + 2), (x + 74, y + 2), (x + 64, y + 46), (x + 57, y + 46)], fill=CYAN)
        slanted(im, x + 9, y + 2, "%02d" % k, font(30, True), ROYAL, shear=0.2)
        x += 86
    else:
        for j in range(2):
            d.polygon([(x + j * 18, y + 10), (x + j * 18 + 15, y + 24), (x + j * 18, y + 38)],
                      fill=CYAN if j else WHITE)
        x += 46
    nw = slanted(im, x, y, name, font(29, True), WHITE, shear=0.18, shadow=(10, 30, 120))
    pf = font(16, True)
    pw = tw(d, part, pf) + 18
    d.rounded_rectangle([cx + CW - 16 - pw, y + 10, cx + CW - 16, y + 36], radius=13, outline=CYAN, width=2)
    ctext(d, cx + CW - 16 - pw / 2, y + 11, part, pf, CYAN)
    assert x + nw < cx + CW - 24 - pw, name
    hy = y + 58
    hf = font(19, True)
    lab = "主持人："
    d.text((cx + 16, hy), lab, font=hf, fill=PINK)
    hx = cx + 16 + tw(d, lab, hf)
    d.text((hx, hy), host[0], font=hf, fill=WHITE)
    ux = hx + tw(d, host[0], hf) + 12
    if ux + tw(d, host[1], FU) <= cx + CW - 16:
        d.text((ux, hy + 4), host[1], font=FU, fill=PALE)
        by = hy + 36
    else:
        d.text((cx + 16, hy + 28), host[1], font=FU, fill=PALE)
        by = hy + 56
    heading.host_lines[name] = 1 if by == hy + 36 else 2
    for i in range(CW - 24):
        t = i / (CW - 24)
        d.line([(cx + 12 + i, by), (cx + 12 + i, by + 5)],
               fill=tuple(int(CYAN[c] + ((70, 120, 255)[c] - CYAN[c]) * t) for c in range(3)))
    return by + 22


heading.host_lines = {}


def band(d, cx, y, s):
    h = 40
    d.rectangle([cx + 8, y, cx + CW - 8, y + h], fill=BAND)
    d.text((cx + RX, y + 8), rng(s), font=FR, fill=WHITE)
    lx = cx + TX
    if s["title"] in MEALS:
        meal_mark(d, lx, y + 5, s, WHITE, 0.85)
        lx += 44
    d.text((lx, y + 6), s["title"], font=font(21, True), fill=WHITE)
    return y + h + 16


def talk(d, cx, y, s):
    d.ellipse([cx + DOTX - 5, y + 8, cx + DOTX + 5, y + 18], fill=CYAN)
    d.text((cx + RX, y), rng(s), font=FR, fill=WHITE)
    lines = wrap(d, s["title"], FT, TW)
    s["_lines"] = lines
    for i, ln in enumerate(lines):
        d.text((cx + TX, y - 2 + i * TL), ln, font=FT, fill=TITLE_C)
    y += len(lines) * TL + 3
    if s["kind"] == "panel":
        y = person(d, cx, cx + TX, y, s["sp"][0], label="主持")
        lw = tag(d, cx + TX, y + 4, "嘉宾") + 6
        for sp in s["sp"][1:]:
            y = person(d, cx, cx + TX, y, sp, indent=lw)
    else:
        for sp in s["sp"]:
            y = person(d, cx, cx + TX, y, sp)
    return y + 16


def column(im, d, k):
    name, host, part, slots = FORUMS[k]
    cx = col_x(k)
    y = heading(im, d, k, name, host, part)
    y0 = y
    d.line([(cx + DOTX, y0), (cx + DOTX, BOT - 20)], fill=(90, 150, 255), width=1)
    for s in slots:
        y = band(d, cx, y, s) if s["kind"] == "break" else talk(d, cx, y, s)
    column.ends[name] = y
    assert y <= BOT - 8, (name, y)


column.ends = {}


def clk_ring(d, cx, cy):
    for i, r in enumerate((118, 98, 80)):
        d.ellipse([cx - r, cy - r * 0.42, cx + r, cy + r * 0.42], outline=(120 - i * 30, 200, 255), width=3 - i // 2)
    d.ellipse([cx - 62, cy - 78, cx + 62, cy + 46], fill=(56, 130, 255), outline=(180, 230, 255), width=3)
    ctext(d, cx, cy - 54, "3221", font(20, True), WHITE)
    ctext(d, cx, cy - 32, "CLK", font(40, True), WHITE)


def plate(d, cx, y, text, size):
    f = font(size, True)
    bw = tw(d, text, f) + 80
    d.polygon([(cx - bw / 2 + 18, y), (cx + bw / 2 + 18, y), (cx + bw / 2 - 18, y + size + 28),
               (cx - bw / 2 - 18, y + size + 28)], fill=(70, 150, 255), outline=CYAN)
    ctext(d, cx, y + 7, text, f, WHITE)


def background():
    im = vgrad(W, H, (28, 86, 238), (16, 50, 192))
    im = glow(im, 1960, 150, 330, (80, 200, 255), 0.45)
    im = glow(im, 160, 80, 260, (90, 150, 255), 0.3)
    im = glow(im, 1200, 1400, 520, (60, 170, 255), 0.22)
    lay = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    ld = ImageDraw.Draw(lay)
    for i in range(9):  # the light streaks of the 2024 header
        ld.line([(1250 + i * 80, 0), (W, 250 - i * 26)], fill=(170, 220, 255, 40), width=2)
    for i in range(4):
        ld.arc([1700 - i * 26, 40 - i * 14, 2240 + i * 20, 300 + i * 10], 180, 340, fill=(120, 220, 255, 70), width=3)
    for k in range(4):  # the columns' panels
        cx = col_x(k)
        ld.rounded_rectangle([cx, TOP, cx + CW, BOT], radius=10, fill=(10, 36, 150, 92),
                             outline=(110, 170, 255, 200), width=2)
    im = Image.alpha_composite(im.convert("RGBA"), lay).convert("RGB")
    return im


def paint():
    im = background()
    d = ImageDraw.Draw(im)
    logo_lines(d, 50, 26, WHITE, CYAN, 1.0)
    tf = font(60, True)
    slanted(im, 46, 96, "第1216届中国Linux内核开发者大会", tf, WHITE, shear=0.12, shadow=(10, 30, 130))
    pf = font(25, True)
    date = "3221年10月23日（周六）"
    x, y = 52, 190
    pw = tw(d, date, pf) + 40 + tw(d, "黄山", pf)
    d.rounded_rectangle([x, y, x + pw + 56, y + 46], radius=10, outline=CYAN, width=2)
    d.text((x + 20, y + 6), date, font=pf, fill=WHITE)
    pin(d, x + 20 + tw(d, date, pf) + 8, y + 9, CYAN, ROYAL, 0.85)
    d.text((x + 20 + tw(d, date, pf) + 38, y + 6), "黄山", font=pf, fill=WHITE)
    d.text((x + pw + 90, y + 7), "地址：黄山学院 图书馆一楼学术报告厅", font=font(24, True), fill=WHITE)
    af = font(96, True)
    acx = 1490
    d.text((acx - tw(d, "AGENDA", af) / 2, 62), "AGENDA", font=af, fill=(30, 90, 238), stroke_width=2,
           stroke_fill=(100, 170, 255))
    plate(d, acx, 112, "大会议程", 44)
    clk_ring(d, 1905, 150)
    rtext(d, X1, 22, "黄山学院", font(34, True), WHITE)
    rtext(d, X1, 70, "HUANGSHAN UNIVERSITY", font(15, True), PALE)
    d.rounded_rectangle([X1 - 138, 100, X1, 238], radius=8, fill=WHITE)
    qrcode(d, X1 - 127, 111, 116, 32211)
    rtext(d, X1 - 152, 146, "扫码报名", font(22, True), WHITE)
    rtext(d, X1 - 152, 180, "观看直播", font(18), PALE)
    for k in range(4):
        column(im, d, k)
    ff = font(16)
    d.text((X0 + 4, BOT + 16), FOOT_L, font=ff, fill=PALE)
    rtext(d, X1 - 4, BOT + 16, FOOT_R, ff, PALE)
    assert tw(d, FOOT_L, ff) + tw(d, FOOT_R, ff) + 60 < X1 - X0
    return im


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 114): speakers are names as printed with spaces and the "
    "ideographic padding of two-character names removed ('韩　沁' -> '韩沁', '祝　鹏' -> '祝鹏'; the Latin name "
    "'Vincent Aubry' -> 'VincentAubry'); host is the chair printed after '主持人：' for the forum covering the slot "
    "(the unit printed beside him is no part of it and no affiliation), null for breaks; start/end HH:MM on a 24-hour "
    "clock; where two speakers are printed each has his own affiliation, in printed order; affiliations are 'company "
    "job' joined by one space ('统信软件 内核研发总监', 'Arm Principal Software Engineer'); an opening speech printed "
    "with a speaker ('开幕致辞') is a talk, a slot printed without one ('开幕') a break; '茶歇' and '午餐' are breaks, "
    "'午餐' closing 主论坛; a forum with no break after its last talk ends with it; every forum carries the edition's "
    "date. ONE invented edition stands in for CLK2022's ONE agenda image (imgs/2022clk.png): CLK 3221 (第1216届, "
    "黄山, 黄山学院, Saturday 3221-10-23), drawn as ONE WIDE LANDSCAPE PNG, 2400 x 1350 (16:9, as a projector slide "
    "or a website banner), in the organisers' 2024 royal blue, holding CLK2022's four forums under the names its "
    "README gives them (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces "
    "and lower-case 'ebpf') as FOUR COLUMNS SIDE BY SIDE, left to right in README order; the truth has ONE entry with "
    "the four forums in that order. The header band (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the "
    "leaning '第1216届中国Linux内核开发者大会', the date box '3221年10月23日（周六）' + pin + '黄山', '地址：黄山学院 "
    "图书馆一楼学术报告厅', the hollow 'AGENDA' behind the plate '大会议程', the ring '3221' / 'CLK', '黄山学院' / "
    "'HUANGSHAN UNIVERSITY', the QR code with '扫码报名' / '观看直播') and the foot line ('主办：…　承办：黄山学院信息工程学院"
    "　直播：CSDN' at the left, '支持单位：清华大学 · Intel · …' at the right) are never part of a name, a title or a "
    "slot. Judgement calls: (1) Each column is its own forum: its heading (two chevrons before '主论坛', a slanted "
    "number tab '01'..'03' before the others, the leaning name; the tabs and chevrons are no part of a forum's name), "
    "then '主持人：' (pink) + the host's name (white) with his unit after it on the same line, then a cyan bar. A small "
    "outlined chip at the right end of each heading says '上午' (主论坛) or '下午' (the three others): a label, no part "
    "of the forum's name, no slot. (2) A column's rows are its own forum's, whatever stands level with them in the "
    "neighbouring column: 主论坛 runs 09:00-13:30 and the three afternoon forums 13:30 on, each with ITS OWN TIMES: "
    "处理器架构与调度分论坛 and 内存管理与异构计算分论坛 in 30-minute slots with a 茶歇 at 15:00-15:15 and 15:30-15:45 "
    "respectively, 'IO 与 ebpf 分论坛' in 25-minute slots with a 茶歇 at 15:10-15:25; a 茶歇 band inside a column is a "
    "break of that forum only. (3) Each talk is the 2024 timeline compressed into a column: the range at the left, "
    "a dot on a thin vertical line, the cyan title (one or two lines), then per speaker a line 'name  company job' "
    "(the name bold white, 'company job' smaller and pale after it). 笪一鸣's 'company job' does not fit after his "
    "name and wraps under itself: '中国科学院计算技术研究所处理器芯片全国重点' / '实验室 助理研究员' is ONE affiliation, "
    "joined without a space inside the Chinese word ('…全国重点实验室 助理研究员'). (4) Two speakers of one talk are two "
    "lines, one under the other, each with his own unit: 揭俊豪 and 韩沁 (both 华为, two jobs), 笪一鸣 (中国科学院…) and "
    "孔令豪 (北京奕斯伟计算), 冯婧 (燧原科技) and 严子轩 (上海交通大学), 沈书瑶 and 季明轩 (both 蚂蚁集团, two jobs). (5) "
    "The round table '圆桌论坛：高校与企业如何一起培养内核开发者' (11:55-12:40) is ONE slot of kind 'panel': a pink tag "
    "'主持' before the moderator 上官慧琳 (合肥工业大学 教授), a pink tag '嘉宾' before the first guest and the three "
    "other guests indented under him; the tags are labels, no names; the speakers are the moderator then the four "
    "guests in printed order, one affiliation each; the title keeps '圆桌论坛：'; the moderator is not the forum's host "
    "(汪国梁). (6) 21 of the 28 titles wrap in the narrow columns, by the greedy wrap of a text box, often inside a "
    "Chinese word ('…调度策' / '略', '…收益分' / '析', '…虚拟' / '机启动时间'): each is one title, joined with a space "
    "between Latin words ('…Porting' / 'Linux to a New SoC Family', '…with BPF' / 'struct_ops'), without one inside "
    "Chinese text, keeping the data's own spaces between Chinese and Latin words ('…SVA 与' / 'IOMMU 的协同' -> "
    "'…SVA 与 IOMMU 的协同'). Four titles are English only ('The Long Road to Upstream: Porting Linux to a New SoC "
    "Family' by the one Latin-named speaker, Vincent Aubry of Arm; 'Core Scheduling on SMT Servers: Is the Isolation "
    "Worth the Cost?', 'Memory Tiering with CXL: Page Promotion Policies in Production', 'Building a Packet Scheduler "
    "with BPF struct_ops' by Chinese speakers). Uncommon surnames: 亓 (亓春明, a host), 冼 (冼志勇, a host), 笪 (笪一鸣), "
    "邝 (邝嘉豪), 揭 (揭俊豪), 麻 (麻晓川); compound 上官 (上官慧琳) and 欧阳 (欧阳霁). 6 + 7 + 7 + 8 scored (the "
    "round table and the opening speech counted)."
)
LAYOUT = (
    "CLK 3221 (第1216届), 黄山, 3221-10-23 (PNG, 2400 x 1350, a landscape slide / banner): the organisers' 2024 ROYAL "
    "BLUE (glows, light streaks); a header band (logo lines, the leaning '第1216届中国Linux内核开发者大会', a date box "
    "with a pin, the address, '大会议程' on a slanted plate over a hollow 'AGENDA', a ring '3221' / 'CLK', the school "
    "at the top right, a QR code '扫码报名' / '观看直播'); then the FOUR forums as FOUR COLUMN PANELS side by side, "
    "left to right 主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛', each under its heading "
    "(chevrons or a number tab, the leaning name, an outlined chip '上午' / '下午', '主持人：' + name + unit, a cyan "
    "bar), each with its own times in the 2024 timeline (range left, dot, cyan title of one or two lines, 'name  "
    "company job' lines); '开幕', 茶歇 and 午餐 as light bands; the round table's moderator and first guest tagged "
    "'主持' / '嘉宾'; a foot line (organisers, stream, support units). 6 + 7 + 7 + 8 scored."
)


def scored():
    return [s for _, _, _, sl in FORUMS for s in sl if s["kind"] != "break"]


def check(poster):
    """What the brief asks; no person twice; no real name; no title or name of the real repositories."""
    words = listing_words()
    assert [n for n, _, _, _ in FORUMS] == FORUM_NAMES
    assert saturday(DATE), DATE
    slots = [s for _, _, _, sl in FORUMS for s in sl]
    people = []
    for name, host, part, sl in FORUMS:
        people.append(host[0])
        people += [sp["name"] for s in sl for sp in s["sp"]]
        for a, b in zip(sl, sl[1:]):
            assert a["end"] == b["start"], (a, b)
        for s in sl:
            assert s["start"] < s["end"]
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == host[0]
    assert FORUMS[0][3][0]["start"] == "09:00" and FORUMS[0][3][-1]["title"] == "午餐"
    assert {f[3][0]["start"] for f in FORUMS[1:]} == {"13:30"}
    # each afternoon column has its own tea time, and 'IO 与 ebpf 分论坛' its own slot length
    assert len({[s["start"] for s in f[3] if s["title"] == "茶歇"][0] for f in FORUMS[1:]}) == 3
    assert [f[3][0]["end"] for f in FORUMS[1:]] == ["14:00", "14:00", "13:55"]
    assert sum(s["kind"] == "panel" for s in slots) == 1
    assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") == 4
    assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
    assert all(any(s["title"] == "茶歇" for s in f[3]) for f in FORUMS)
    assert any(s["title"] == "开幕致辞" and s["sp"] for s in slots)
    latin = [sp["name"] for s in slots for sp in s["sp"] if re.fullmatch(r"[A-Za-z ]+", sp["name"])]
    assert latin == ["Vincent Aubry"], latin
    english = [s["title"] for s in scored() if re.fullmatch(r"[\x20-\x7e]+", s["title"])]
    assert len(english) == 4, english
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(map(plain, people)) & set(REAL_NAMES)
    for s in scored():
        assert s["title"] not in words, s["title"]
        for sp in s["sp"]:
            assert plain(sp["name"]) not in words, sp["name"]
    titles = [s["title"] for s in scored()]
    assert len(titles) == len(set(titles))
    # the wraps the note names
    wrapped_titles = sorted(s["title"] for s in scored() if len(s["_lines"]) > 1)
    assert len(wrapped_titles) == WRAPPED_TITLES, (len(wrapped_titles), wrapped_titles)
    assert max(len(s["_lines"]) for s in scored()) == 2
    wrapped_units = sorted(n for n, ls in person.wrapped if len(ls) > 1)
    assert wrapped_units == WRAPPED_UNITS, wrapped_units
    assert heading.host_lines == HOST_LINES, heading.host_lines
    assert len(poster["forums"]) == 4
    assert [sum(s["kind"] != "break" for s in sl) for _, _, _, sl in FORUMS] == [6, 7, 7, 8]
    return len(titles)


WRAPPED_TITLES = 21
WRAPPED_UNITS = ["笪一鸣"]  # his unit takes two lines
HOST_LINES = {n: 1 for n in FORUM_NAMES}  # every host's unit beside his name


def main():
    im = paint()
    path = os.path.join(HERE, FILE)
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert im.size == (W, H)
    assert 0.5e6 <= size <= 1.6e6, size
    poster = {"file": FILE, "layout": LAYOUT, "date": DATE,
              "forums": [{"forum": n, "date": DATE, "slots": [truth_slot(s) for s in sl]} for n, _, _, sl in FORUMS]}
    n = check(poster)
    print("scored talks", n)
    assert 24 <= n <= 36, n
    truth = {"written": "2026-12-10", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
