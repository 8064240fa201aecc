"""Draw the hundred-and-seventeenth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes 3171clk.png and truth.json next to this file.
Every string printed on the poster comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances.

ONE invented edition, CLK 3171 (第1166届, 丽水, Saturday 3171-10-30), as ONE whole-agenda PNG
1080 wide (as CLK2022's repository holds one agenda image, imgs/2022clk.png, 1.5 MB), in the
organisers' 2023 family (CLK2023全部议程.png): logo lines, 'CLK' with the year raised in
nested outlines, a slanted '第N届中国' / 'Linux 内核开发者大会', an outlined date box with a pin
and the city, '地址：', a framed introduction, '大会议程' over a hollow 'AGENDA'; the morning
主论坛 and CLK2022's three afternoon forums one under another (headings with 2023's space
before '分论坛', big fading numerals behind the afternoon ones), each with its host after the
heading as the organisers' 2024 agenda sets it (unit under him), a thick bar, the 2023
TIMELINE (range at the left, a dot on a vertical line, the title, 'padded name  company job'
per speaker), and, as 2023 prints them, ranges standing over TWO or THREE talks (the later
talks of such a group without range or dot); 茶歇 and 午餐 bands, a closing bar; '支持单位'
/ '支持媒体' over outlined boxes.
Helpers font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, wrap_nicely, ctext, rtext, vgrad,
grain, glow, two_pass, para, fits, WHITE, BANDS, rng, plain, saturday, REAL_NAMES, K, F, k,
slanted, outline_text, fading_numeral, pin, logo, clk_mark, inline, runs_width, background,
S, T, R, B, truth_slot, forum_truth, pad, split_spaces, speaker_line, panel_a, panel_b,
is_band, pair_line, joint_line, slot, printed_name, paint and draw are copied from
posters-blind-105/draw.py (itself from set 103 and before it sets 97, 90, 86, 78, 72, 68,
59, 43); heading is rewritten (the host after the name, his unit under him); the data,
check and main are new (main and check after set 105's).
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
        return grain(im, ed["seed"], ed["grain"], ed["cell"])
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


# CLK2022's four forum names as its README prints them (the link texts)
CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]


# ---------------------------------------------------------------------------
# CLK 3171 (第1166届), 丽水, Saturday 3171-10-30, in the 2023 navy and teal.  As 2023 prints them, a range
# may stand over two or three talks (shared=True: printed under the range of the talk before it, without
# range or dot of its own; every talk of the group gets the group's range in the truth).
DATE = "3171-10-30"
FORUMS = [
    {"name": "主论坛", "host": "叶建新", "unit": "丽水学院 工学院院长", "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [S("应卫东", "丽水学院副校长")]),
        T("09:20", "09:50", "云原生时代的操作系统内核：从资源隔离到性能确定性",
          [S("梁启帆", "阿里云 操作系统首席架构师")], nice=True),
        T("09:50", "10:20", "Keeping a Vendor Kernel Close to Mainline: A Maintainer's View",
          [S("Marek Nowicki", "SUSE Kernel Engineering Manager")]),
        T("10:20", "10:50", "手机内核十年演进：GKI 之后的厂商定制与上游协作",
          [S("骆海涛", "vivo 内核技术总监"), S("费晓琳", "vivo 内核专家")]),
        T("10:50", "11:20", "LoongArch 与 RISC-V 双架构下的内核维护实践", [S("罗景川", "龙芯中科内核组负责人")]),
        R("11:20", "12:00", "圆桌论坛：从使用者到贡献者，中国开发者如何深度参与 Linux 内核社区",
          S("卢建国", "开放原子开源基金会 技术监督委员会委员"),
          [S("黄书珩", "华为操作系统内核专家，openEuler 社区 Maintainer"), S("邱志明", "腾讯云 OS 内核技术专家"),
           S("阚凤霞", "字节跳动 STE 内核团队负责人"), S("胡砚青", "中国科学院软件研究所 副研究员")]),
        B("12:00", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": "曹立新", "unit": "海光信息 技术总监", "slots": [
        T("13:30", "14:00", "EEVDF 落地之后：服务器业务的调度延迟回归分析", [S("任泽霖", "腾讯Linux内核研发工程师")]),
        T("14:00", "15:00", "ARM64 虚拟化环境下 vCPU 抢占的调度优化", [S("程梓轩", "华为 操作系统内核工程师")]),
        T("14:00", "15:00", "Cluster-aware scheduling on many-core ARM64 servers",
          [S("温宇航", "飞腾信息 系统软件工程师")], shared=True),
        T("14:00", "15:00", "基于 PSI 的 CPU 压力感知与在离线混部调度", [S("钟晓东", "美团 基础研发平台内核工程师")],
          shared=True),
        T("15:00", "15:30", "LoongArch 向量扩展在内核中的上下文切换优化", [S("郇宇", "龙芯中科 软件工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "大小核架构下 EAS 能效模型的参数自动调优", [S("廖嘉欣", "OPPO 内核调度专家")]),
        T("15:50", "16:30", "sched_ext： 用户态调度框架在游戏帧率稳定性上的实践",
          [S("许家豪", "网易 系统工程师"), S("常雨萌", "网易 游戏性能工程师")], shared=True),
        T("16:30", "17:00", "x86 平台 C-state 选择对尾延迟的影响与调优", [S("孟庆林", "英特尔 软件架构师")]),
        T("17:00", "17:30", "PREEMPT_RT 合入主线之后：工业控制场景下的实时性验证",
          [S("包志强", "中兴通讯 嵌入式系统专家")]),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": "沈海燕", "unit": "阿里云 内存技术专家", "slots": [
        T("13:30", "14:00", "zswap 还是 zram：中低端手机的内存压缩选择", [S("谭明哲", "小米 内存优化工程师")]),
        T("13:30", "14:00", "per-VMA lock in page fault path: gains and pitfalls",
          [S("孔繁博", "蚂蚁集团 内核工程师")], shared=True),
        T("14:00", "14:30", "CXL 内存扩展下的 NUMA 分层与页面迁移策略",
          [S("赵庭岳", "浪潮信息 系统软件工程师"), S("郑雅文", "三星半导体 内存解决方案工程师")]),
        T("14:30", "15:00", "GPU 驱动中的 HMM 与设备私有内存管理", [S("仝少峰", "摩尔线程 驱动架构师")]),
        T("15:00", "15:30", "大页在数据库场景的收益与代价：THP、hugetlb 还是 mTHP？",
          [S("苏晓峰", "京东零售 数据库内核工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "slab 内存泄漏的在线定位方法", [S("魏立伟", "快手内核工程师")]),
        T("15:50", "16:30", "面向 NPU 的统一虚拟寻址：SVA 在国产加速卡上的适配",
          [S("熊佳", "寒武纪 系统软件工程师")], shared=True),
        T("16:30", "17:00", "memory cgroup 回收的公平性问题与改进", [S("易晨光", "中国移动云能力中心 内核专家")]),
        T("17:00", "17:30", "Reclaiming page tables of sparse mappings", [S("方怡", "字节跳动 Linux 内核工程师")]),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": "谢国庆", "unit": "美团 存储技术专家", "slots": [
        T("13:30", "14:00", "blk-cgroup IO 限流在在离线混部场景下的改进", [S("段鹏程", "百度智能云 存储内核工程师")]),
        T("14:00", "14:30", "基于 eBPF 的细粒度 IO 时延追踪工具", [S("欧阳澈", "天翼云 内核工程师")]),
        T("14:30", "15:00", "io_uring passthrough for NVMe: early results from production",
          [S("袁峤", "腾讯云 存储专家")]),
        T("15:00", "15:30", "基于 BPF LSM 的容器运行时安全加固", [S("夏子健", "蚂蚁集团安全工程师")]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:30", "eBPF 验证器的状态剪枝：复杂度分析与加速",
          [S("葛文轩", "西安交通大学 系统软件实验室 博士研究生"), S("宋立群", "西安交通大学 计算机学院 副教授")]),
        T("15:50", "16:30", "XDP 在四层负载均衡网关中的实践", [S("汪诚", "字节跳动 网络内核工程师")], shared=True),
        T("16:30", "17:00", "F2FS 在车载存储上的寿命与性能优化", [S("潘屹", "理想汽车 操作系统工程师")]),
        T("17:00", "17:30", "NVMe 多路径与故障切换：块层的那些坑", [S("林子昂", "统信软件 存储研发工程师")]),
    ]},
]
INTRO = ("CLK 即\u201c中国 Linux 内核开发者大会\u201d，由国内从事 Linux 内核开发的企业、高校和开源社区联合发起，"
         "本届为第 1166 届，由丽水学院承办。大会秉承\u201c自由，协作，创新\u201d的理念，邀请一线内核开发者分享"
         "处理器架构与调度、内存管理与异构计算、IO 与 eBPF 等方向的最新进展与落地经验。上午为主论坛，"
         "下午三个分论坛同时进行，诚邀广大 Linux 内核开发者和爱好者参加本次大会。")
UNITS = ["丽水学院", "清华大学", "华为", "阿里云", "腾讯云", "字节跳动", "龙芯中科", "OPPO", "vivo", "蚂蚁集团",
         "英特尔", "海光信息"]
MEDIA = ["CSDN", "InfoQ", "开源中国", "Linux 内核之旅", "内核工匠", "阅码场"]
PAL = {"bg": ((6, 13, 32), (3, 8, 20)), "title": (4, 232, 220), "aff": (30, 122, 255), "label": (196, 44, 246),
       "line": (20, 90, 190), "dot": (34, 128, 255), "band": (14, 44, 108), "bar": (4, 232, 220),
       "bar_ink": (3, 10, 25), "num": (0, 200, 190), "glow1": (76, 58, 232), "glow2": (0, 168, 204),
       "shadow": (132, 42, 222), "streak": (62, 32, 124)}
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


def printed_name(ed, f):
    """The heading as printed: on CLK 3051 a space before '分论坛', as the 2023 image prints '内存管理 分论坛'."""
    n = f["name"]
    if ed["gap"] and n.endswith("分论坛") and not n.endswith(" 分论坛"):
        n = n[:-3] + " 分论坛"
    return n


def heading(im, d, ed, X0, X1, y, i, f):
    """A forum's heading: its name as printed (a big fading numeral behind the afternoon ones), then, as the
    organisers' 2024 agenda sets it, '主持人：padded name' on the heading's baseline a little after the name and
    the host's unit in small blue type under him; then the 2023 thick bar.  Returns the first slot's title top."""
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
    bb = d.textbbox((X0, ny), name, font=nf)
    base = bb[3] - k(3)
    runs = [("主持人：", F(26, True), pal["label"]), (pad(f["host"]), F(28), WHITE)]
    hx = bb[2] + k(44)
    uf = F(19)
    assert hx + max(runs_width(d, runs), tw(d, f["unit"], uf)) <= X1, ("host too wide", f["name"])
    inline(d, hx, base, runs)
    d.text((hx, base + k(32)), f["unit"], font=uf, fill=pal["aff"], anchor="ls")
    y = max(ny + k(84), base + k(32) + k(24))
    d.rectangle([X0, y, X1, y + k(18)], fill=pal["bar"])
    return y + k(18) + k(92)


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




ED = {"forums": FORUMS, "pal": PAL, "year": "3171", "nth": "第1166届中国", "date_text": "10月30日", "city": "丽水",
      "addr": "地址：丽水学院 图书馆一楼学术报告厅", "intro": INTRO, "units": UNITS, "media": MEDIA, "seed": 11771,
      "panel": "a", "gap": True, "K": 1.0, "W": 1080, "grain": 0.0, "cell": 5}
FILE = "3171clk.png"


LAYOUT = (
    "CLK 3171 (第1166届), 丽水, 3171-10-30 (PNG, %d x %d, no grain): ONE whole-agenda image in the organisers' 2023 "
    "family at its measures and in its colours (navy page, teal titles, bars and heading numerals, blue 'company job', "
    "violet labels, blue break bands). Logo lines 'CHINA LINUX KERNEL' / '中国内核开发者大会', 'CLK' with '3171' raised "
    "in nested outlines, a slanted '第1166届中国' / 'Linux 内核开发者大会', an outlined box '10月30日' + pin + '丽水' (no "
    "year, as 2023), '地址：丽水学院 图书馆一楼学术报告厅', a sphere with swirling lines, a framed introduction (which "
    "names the afternoon topics in running text), '大会议程' over a hollow 'AGENDA'. CLK2022's four forums in README "
    "order, the three afternoon ones over fading numerals '01'..'03' and printed with 2023's SPACE BEFORE '分论坛' "
    "('处理器架构与调度 分论坛', '内存管理与异构计算 分论坛'; 'IO 与 ebpf 分论坛' has it already). HOST AFTER THE HEADING, "
    "as the organisers' 2024 agenda sets it: '主持人：name' (label bold violet, name white) on the heading's baseline "
    "44 px after the forum's name, the host's unit in small blue type under him, both above the thick bar (主论坛: 叶建新 "
    "'丽水学院 工学院院长'; 曹立新 '海光信息 技术总监'; 沈海燕 '阿里云 内存技术专家'; 谢国庆 '美团 存储技术专家'). The 2023 "
    "timeline: range 30 px bold white at the left, a dot on a thin vertical line, the title 30 px bold teal, per speaker "
    "'padded name  company job' (name 28 px white, '郇　宇', 'company job' 20 px blue, some run together as 2023 prints "
    "them). As 2023 prints them, SOME RANGES STAND OVER TWO OR THREE TALKS: the later talks of the group have no range "
    "and no dot of their own (处理器架构与调度分论坛 '14:00-15:00' over three talks and '15:50-16:30' over two; "
    "内存管理与异构计算分论坛 '13:30-14:00' and '15:50-16:30' over two each; 'IO 与 ebpf 分论坛' '15:50-16:30' over two, "
    "the first by two speakers of a university). 主论坛: '09:00-09:05 开场' a plain row, '嘉宾致辞' by 应卫东 "
    "(丽水学院副校长), '云原生时代的操作系统内核：' / '从资源隔离到性能确定性' (broken after the colon), the Latin speaker "
    "Marek Nowicki (SUSE Kernel Engineering Manager) with 'Keeping a Vendor Kernel Close to Mainline: A' / "
    "\"Maintainer's View\", 骆海涛 over 费晓琳 (both vivo) on two lines, 罗景川 (龙芯中科内核组负责人), the ROUND TABLE "
    "'圆桌论坛：从使用者到贡献者，中国开发者如何深度' / '参与 Linux 内核社区' (11:20-12:00) with 2023's '主持人：' and "
    "'嘉宾：' on lines of their own, 卢建国, then 黄书珩 ('华为操作系统内核专家，openEuler 社区 Maintainer'), 邱志明, "
    "阚凤霞, 胡砚青, and a 午餐 band 12:00-13:30 (no morning tea, as 2023). Afternoon forums 13:30-17:30 with a 茶歇 band "
    "15:30-15:50 each. 处理器架构与调度分论坛: 'Cluster-aware scheduling on many-core' / 'ARM64 servers' (shared range), "
    "'sched_ext： 用户态调度框架在游戏帧率稳定性上' / '的实践' by 许家豪 over 常雨萌 (both 网易) under a shared range, "
    "'PREEMPT_RT 合入主线之后：工业控制场景下的实' / '时性验证'. 内存管理与异构计算分论坛: 'per-VMA lock in page fault "
    "path: gains and' / 'pitfalls' (shared range), 赵庭岳 (浪潮信息) over 郑雅文 (三星半导体) on two lines, "
    "'大页在数据库场景的收益与代价：THP、hugetlb' / '还是 mTHP？', '面向 NPU 的统一虚拟寻址：SVA 在国产加速卡上的' / '适配' "
    "(shared range), 'Reclaiming page tables of sparse mappings' on one line. IO 与 ebpf 分论坛: 'io_uring passthrough "
    "for NVMe: early results' / 'from production', and a UNIVERSITY LAB: 葛文轩 ('西安交通大学 系统软件实验室 博士研究生') "
    "over 宋立群 ('西安交通大学 计算机学院 副教授'). Twelve '支持单位' and six '支持媒体' boxes. %s talks.")
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 97, 103, 105): speakers are names as printed with spaces "
    "and the padding of two-character names removed ('郇　宇' -> '郇宇', 'Marek Nowicki' -> 'MarekNowicki'); host is "
    "the chair printed after '主持人：' for the forum (the unit printed under him is no part of it and no affiliation of "
    "any slot), null for breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each has his own "
    "affiliation, in printed order; affiliations are the printed 'company job' exactly (run-together ones kept so: "
    "'丽水学院副校长', '龙芯中科内核组负责人', '腾讯Linux内核研发工程师', '快手内核工程师', '蚂蚁集团安全工程师'; one with "
    "a comma, '华为操作系统内核专家，openEuler 社区 Maintainer', is ONE affiliation); an opening speech printed with a "
    "speaker ('嘉宾致辞') is a talk, '开场' without one a break; '午餐' closes 主论坛 as its break; a forum that prints "
    "no break after its last slot ends with it; every forum carries the edition's date. ONE invented edition, CLK 3171 "
    "(第1166届, 丽水, Saturday 3171-10-30), as ONE whole-agenda PNG 1080 wide in the organisers' 2023 family (as "
    "CLK2022's repository holds ONE agenda image, imgs/2022clk.png), with CLK2022's four README forum names in README "
    "order; one entry holding its four forums in printed order. Headers, logo lines, the introduction (it names the "
    "afternoon topics in running text), the address, the date box, the hollow 'AGENDA' and 'SUPPORT', support units "
    "and media are never part of a name, a title or a slot; the numerals '01'..'03' are no part of a forum's name. "
    "Judgement calls: (1) FORUM NAMES are CLK2022's README link texts exactly ('IO 与 ebpf 分论坛' with its spaces and "
    "lower-case 'ebpf'); the headings print a space before '分论坛' as the 2023 image prints its own ('处理器架构与调度 "
    "分论坛', '内存管理与异构计算 分论坛'): the forum is still the README name, without that space. (2) HOSTS: the name "
    "after '主持人：' on the heading's line, a little after the forum's name (as the organisers' 2024 agenda sets it), "
    "the small line under it his unit; the heading's words are no part of the host and the host no part of the forum's "
    "name. (3) SHARED RANGES, as 2023 prints them: a range printed once over two or three talks (the later ones with no "
    "range and no dot) gives EVERY talk of the group that range, and each is its own talk with its own speakers, never "
    "a second speaker or a continuation of the talk above it: 处理器架构与调度分论坛 14:00-15:00 程梓轩, 温宇航, 钟晓东 "
    "and 15:50-16:30 廖嘉欣, then 许家豪 + 常雨萌 (one talk of two speakers); 内存管理与异构计算分论坛 13:30-14:00 谭明哲, "
    "孔繁博 and 15:50-16:30 魏立伟, 熊佳; IO 与 ebpf 分论坛 15:50-16:30 葛文轩 + 宋立群 (one talk), then 汪诚. So starts "
    "repeat inside a forum and slots need not follow one another there. (4) The round table is ONE slot of kind "
    "'panel' (as sets 66, 79, 86, 90, 97, 103 and 105): its speakers are the moderator first (卢建国), then the four "
    "guests in printed order, one affiliation each; the title keeps '圆桌论坛：'; '主持人：' and '嘉宾：' are labels; the "
    "moderator is not the forum's host (叶建新). (5) Two speakers of one talk stand on two lines, each with the "
    "'company job' of his own line (骆海涛/费晓琳, 许家豪/常雨萌, 赵庭岳/郑雅文 of two companies, 葛文轩/宋立群). (6) "
    "Titles wrapped over two lines are one title: Latin words joined with a space ('Keeping a Vendor Kernel Close to "
    "Mainline: A Maintainer's View', 'Cluster-aware scheduling on many-core ARM64 servers', 'per-VMA lock in page "
    "fault path: gains and pitfalls', 'io_uring passthrough for NVMe: early results from production'), a break "
    "between a Latin word and a Chinese character stands for the printed space ('…THP、hugetlb' / '还是 mTHP？' -> "
    "'…THP、hugetlb 还是 mTHP？'), Chinese broken greedily, also inside a word, joined without anything ('…工业控制场景下"
    "的实' / '时性验证', '…如何深度' / '参与 Linux 内核社区', '…稳定性上' / '的实践', '…加速卡上的' / '适配'), nothing added "
    "after a full-width '：' ('云原生时代的操作系统内核：' / '从资源隔离到性能确定性'). 'sched_ext： 用户态…' prints a space "
    "after its full-width colon, as 2023 prints some: the title keeps it (whitespace aside it is the same). (7) "
    "'嘉宾致辞' is a talk of 应卫东. The 2023 image prints no hosts and no lunch, so hosts and the 午餐 band are the "
    "designer's additions; there is no morning tea, as in 2023. Uncommon surnames: 郇 (郇宇), 仝 (仝少峰), 阚 "
    "(阚凤霞), the double surname 欧阳 (欧阳澈).")
WRAPPED = [
    ["云原生时代的操作系统内核：", "从资源隔离到性能确定性"],
    ["Keeping a Vendor Kernel Close to Mainline: A", "Maintainer's View"],
    ["圆桌论坛：从使用者到贡献者，中国开发者如何深度", "参与 Linux 内核社区"],
    ["Cluster-aware scheduling on many-core", "ARM64 servers"],
    ["sched_ext： 用户态调度框架在游戏帧率稳定性上", "的实践"],
    ["PREEMPT_RT 合入主线之后：工业控制场景下的实", "时性验证"],
    ["per-VMA lock in page fault path: gains and", "pitfalls"],
    ["大页在数据库场景的收益与代价：THP、hugetlb", "还是 mTHP？"],
    ["面向 NPU 的统一虚拟寻址：SVA 在国产加速卡上的", "适配"],
    ["io_uring passthrough for NVMe: early results", "from production"],
]


def people(forums):
    out = []
    for f in forums:
        out.append(f["host"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(poster):
    assert [f["name"] for f in FORUMS] == CLK2022_FORUMS
    everybody = people(FORUMS)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    for p in everybody:
        assert plain(p) not in REAL_NAMES, p
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
    assert len(titles) == len(set(titles))
    listings = glob.glob("/work/shared/corpus/listings/*.tsv")
    if listings:
        text = "".join(open(p, encoding="utf-8").read() for p in listings)
        for n in everybody:
            assert plain(n) not in text, n
        for t in titles:
            assert t not in text, t
    slots = [s for f in FORUMS for s in f["slots"]]
    assert [(f["name"], s["kind"]) for f in FORUMS for s in f["slots"] if s["kind"] == "panel"] == [("主论坛", "panel")]
    assert FORUMS[0]["slots"][-1]["title"] == "午餐" and all(f["slots"][-1]["title"] != "午餐" for f in FORUMS[1:])
    assert all(any(s["title"] == "茶歇" for s in f["slots"]) for f in FORUMS[1:])
    assert FORUMS[0]["slots"][1]["title"].endswith("致辞") and FORUMS[0]["slots"][1]["kind"] == "talk"
    names = [sp["name"] for s in slots for sp in s["sp"]]
    assert sum(bool(re.match(r"[A-Za-z]", n)) for n in names) == 1
    assert sum(bool(re.fullmatch(r"[A-Za-z0-9 :'_\-]+", s["title"])) for s in slots if s["kind"] == "talk") >= 3
    assert all(len(s.get("_tl", [])) <= 2 for s in slots)
    assert sum(s["shared"] for s in slots) == 6
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")


def wrapped_titles():
    return [s["_tl"] for f in FORUMS for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs():
    return [sp["_al"] for f in FORUMS for s in f["slots"] for sp in s["sp"] if len(sp.get("_al", [])) > 1]


def main():
    im = draw(ED)
    assert im.size[0] == 1080 and 8000 <= im.size[1] <= 12000, im.size
    path = os.path.join(HERE, FILE)
    im.save(path, "PNG", optimize=True)
    print(FILE, "%d x %d" % im.size, os.path.getsize(path))
    assert 1_000_000 <= os.path.getsize(path) <= 1_600_000, os.path.getsize(path)
    forums = forum_truth(FORUMS, DATE)
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in forums)
    assert counts == "6 + 9 + 9 + 8", counts
    poster = {"file": FILE, "layout": LAYOUT % (im.size + (counts,)), "date": DATE, "forums": forums}
    n = check(poster)
    print("scored talks", n, counts)
    for tl in wrapped_titles():
        print("wrapped", tl)
    for al in wrapped_affs():
        print("affiliation wrapped", al)
    assert 30 <= n <= 42, n
    assert wrapped_titles() == WRAPPED, wrapped_titles()
    assert wrapped_affs() == [], wrapped_affs()
    truth = {"written": "2026-12-07", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
