"""Redraw the posters-blind-5 set and its truth.json.

Run:  /work/main/.venv/bin/python bench/eval/posters-blind-5/draw.py

Written by a helper that had not read the reader's code.  Each poster's content is
defined once below as data (the truth); the drawing code only changes how it is
displayed (12-hour clock, stacked start/end, numbered cards, vertical stub text),
never what is printed.  Everything is deterministic: no clock, seeded noise only.
Fonts: Noto Sans / Serif CJK SC, DejaVu Sans (Latin), DejaVu Sans Mono (clock digits).
"""
import json
import random
import re
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
NOTO = "/usr/share/fonts/opentype/noto/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
_fonts = {}


def F(size, bold=False):
    key = ("cjk", size, bold)
    if key not in _fonts:
        name = "NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc"
        _fonts[key] = ImageFont.truetype(NOTO + name, size, index=2)  # SC
    return _fonts[key]


def SERIF(size, bold=True):
    key = ("serif", size, bold)
    if key not in _fonts:
        name = "NotoSerifCJK-Bold.ttc" if bold else "NotoSerifCJK-Regular.ttc"
        _fonts[key] = ImageFont.truetype(NOTO + name, size, index=2)
    return _fonts[key]


def MONO(size, bold=True):
    key = ("mono", size, bold)
    if key not in _fonts:
        name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
        _fonts[key] = ImageFont.truetype(DEJAVU + name, size)
    return _fonts[key]


def LAT(size, bold=False):
    key = ("lat", size, bold)
    if key not in _fonts:
        name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
        _fonts[key] = ImageFont.truetype(DEJAVU + name, size)
    return _fonts[key]


# ---------------------------------------------------------------- truth helpers
def T(start, end, title, *people, kind="talk", host=None):
    """people: (name, affiliation) pairs, name exactly as printed."""
    return {
        "kind": kind,
        "start": start,
        "end": end,
        "title": title,
        "speakers": [p[0] for p in people],
        "affiliations": [p[1] for p in people],
        "host": host,
    }


def B(start, end, title):
    return T(start, end, title, kind="break")


def truth_name(name):
    return name.replace(" ", "")


def ampm(hhmm):
    """'13:30' -> '1:30 PM', '09:00' -> '9:00 AM', '12:00' -> '12:00 PM'."""
    h, m = map(int, hhmm.split(":"))
    suffix = "AM" if h < 12 else "PM"
    h12 = h % 12 or 12
    return f"{h12}:{m:02d} {suffix}"


# ---------------------------------------------------------------- text layout
_TOK = re.compile(r"[A-Za-z0-9_\-.'/:&+#!?%]+|\s+|.")


def wrap(text, font, maxw):
    lines, cur = [], ""
    for tok in _TOK.findall(text):
        if tok.isspace() and not cur:
            continue
        if font.getlength(cur + tok) > maxw and cur.strip():
            lines.append(cur.rstrip())
            cur = "" if tok.isspace() else tok
        else:
            cur += tok
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def block(d, x, y, text, font, fill, maxw, lh=1.35, align="left", measure=False):
    """Wrapped text with its top at y; returns the y below the last line."""
    for ln in wrap(text, font, maxw):
        if not measure:
            if align == "left":
                cx = x
            elif align == "center":
                cx = x + (maxw - font.getlength(ln)) / 2
            else:
                cx = x + maxw - font.getlength(ln)
            d.text((cx, y + font.size * 1.08), ln, font=font, fill=fill, anchor="ls")
        y += font.size * lh
    return y


def flow(d, x, y, maxw, runs, lh, measure=False):
    """Inline runs of differently styled text [(text, font, fill)], wrapped as one
    paragraph.  Returns the y below the last line."""
    top = max(r[1].size for r in runs)
    base = y + top * 1.08
    cx = x
    for text, font, fill in runs:
        for tok in _TOK.findall(text):
            w = font.getlength(tok)
            if cx + w > x + maxw and cx > x:
                cx = x
                base += lh
                if tok.isspace():
                    continue
            if not measure:
                d.text((cx, base), tok, font=font, fill=fill, anchor="ls")
            cx += w
    return base - top * 1.08 + lh


def ctext(d, cx, y, s, font, fill):
    d.text((cx, y), s, font=font, fill=fill, anchor="ma")


def spaced(s, n=1):
    return (" " * n).join(s)


def vgradient(w, h, top, bottom):
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / max(1, h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)))
    return im


def dgradient(w, h, c1, c2):
    """Diagonal gradient (top-left c1 -> bottom-right c2), built small then scaled."""
    sw, sh = max(2, w // 8), max(2, h // 8)
    small = Image.new("RGB", (sw, sh))
    px = small.load()
    for y in range(sh):
        for x in range(sw):
            t = (x / (sw - 1) * 0.45 + y / (sh - 1) * 0.55)
            px[x, y] = tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3))
    return small.resize((w, h), Image.BILINEAR)


def noise(im, amount, seed):
    """Add seeded grain: a grey noise layer blended over the picture."""
    rnd = random.Random(seed)
    w, h = im.size
    raw = rnd.randbytes(w * h)
    layer = Image.frombytes("L", (w, h), raw).convert("RGB")
    grey = Image.new("RGB", (w, h), (128, 128, 128))
    layer = Image.blend(grey, layer, amount)  # mid grey +/- amount*128
    return ImageChops.add(im, layer, 1.0, -128)


def glow(im, cx, cy, r, color, alpha=90, blur=60):
    layer = Image.new("RGBA", im.size, (0, 0, 0, 0))
    ImageDraw.Draw(layer).ellipse([cx - r, cy - r, cx + r, cy + r], fill=color + (alpha,))
    layer = layer.filter(ImageFilter.GaussianBlur(blur))
    im.paste(Image.alpha_composite(im.convert("RGBA"), layer).convert("RGB"))


def photo(im, cx, cy, r, seed, ring=None, ring_w=4):
    """A speaker photo placeholder: a circle with a head-and-shoulders silhouette."""
    rnd = random.Random(seed)
    size = 2 * r
    ph = Image.new("RGB", (size, size), (rnd.randint(150, 215), rnd.randint(170, 225), rnd.randint(200, 245)))
    pd = ImageDraw.Draw(ph)
    shirt = (rnd.randint(20, 150), rnd.randint(20, 110), rnd.randint(40, 150))
    skin = (rnd.randint(215, 240), rnd.randint(182, 205), rnd.randint(150, 175))
    pd.ellipse([r * 0.22, r * 1.38, r * 1.78, r * 2.7], fill=shirt)
    pd.rectangle([r * 0.84, r * 1.05, r * 1.16, r * 1.45], fill=skin)
    pd.ellipse([r * 0.6, r * 0.4, r * 1.4, r * 1.3], fill=skin)
    pd.chord([r * 0.56, r * 0.32, r * 1.44, r * 0.98], 180, 360, fill=(28, 24, 24))
    ph = ph.filter(ImageFilter.GaussianBlur(1.0))
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, size - 1, size - 1], fill=255)
    im.paste(ph, (int(cx - r), int(cy - r)), mask)
    if ring:
        ImageDraw.Draw(im).ellipse([cx - r - ring_w, cy - r - ring_w, cx + r + ring_w, cy + r + ring_w],
                                   outline=ring, width=ring_w)


def qr(d, x, y, size, seed, fg=(20, 20, 20), bg=(255, 255, 255)):
    rnd = random.Random(seed)
    n = 25
    cell = size / n
    d.rectangle([x - 8, y - 8, x + size + 8, y + size + 8], fill=bg)
    for i in range(n):
        for j in range(n):
            if rnd.random() < 0.5:
                d.rectangle([x + i * cell, y + j * cell, x + (i + 1) * cell, y + (j + 1) * cell], fill=fg)
    for (ox, oy) in [(0, 0), (n - 7, 0), (0, n - 7)]:
        d.rectangle([x + ox * cell, y + oy * cell, x + (ox + 7) * cell, y + (oy + 7) * cell], fill=bg)
        d.rectangle([x + ox * cell, y + oy * cell, x + (ox + 7) * cell - 1, y + (oy + 7) * cell - 1],
                    outline=fg, width=int(cell))
        d.rectangle([x + (ox + 2) * cell, y + (oy + 2) * cell, x + (ox + 5) * cell, y + (oy + 5) * cell], fill=fg)


def clk_logo(d, x, y, h, color, accent):
    """A small stylised flame/penguin-ish mark followed by CHINA LINUX KERNEL."""
    d.polygon([(x, y + h), (x + h * 0.35, y), (x + h * 0.5, y + h * 0.55), (x + h * 0.65, y + h * 0.2),
               (x + h * 0.9, y + h)], fill=accent)
    d.text((x + h * 1.05, y + h * 0.02), "CHINA LINUX KERNEL", font=LAT(int(h * 0.36), True), fill=color)
    d.text((x + h * 1.05, y + h * 0.5), "中国Linux内核开发者大会", font=F(int(h * 0.36)), fill=color)


CONF = "第21届中国Linux内核开发者大会"

POSTERS = []

# ============================================================ A. name before title, 12-hour clock
A_FORUM = "内存管理分论坛"
A_HOST = ("蒋文博", "阿里云 内核技术专家")
A_SLOTS = [
    T("09:00", "09:40", "mTHP 在移动端的按需分配策略", ("卫嘉明", "华为 内核专家")),
    T("09:40", "10:20", "基于 zswap 的分层压缩与写回优化", ("钱晓雯", "字节跳动")),
    B("10:20", "10:40", "茶歇 Coffee Break"),
    T("10:40", "11:20", "folio 化之后的 swap 子系统重构", ("姚劲松", "OPPO"), ("邵一鸣", "OPPO")),
    T("11:20", "12:00", "CXL 内存扩展下的 NUMA 分层与页面迁移", ("郝思远", "中国科学院软件研究所")),
    B("12:00", "13:30", "午餐 Lunch"),
    T("13:30", "14:10", "MGLRU 在 Android 低内存场景下的调优", ("柯梦琪", "vivo 高级工程师")),
    T("14:10", "14:50", "hugetlb 与 HVO：节省 vmemmap 的工程实践", ("丁慕白", "腾讯")),
    T("14:50", "15:30", "memcg 内存回收的公平性问题", ("庞立华", "麒麟软件")),
    T("15:30", "16:10", "Memory tiering with DAMON: lessons from production", ("Daniel Hofmann", "SUSE")),
]
for s in A_SLOTS:
    if s["kind"] != "break":
        s["host"] = A_HOST[0]


def draw_a():
    W, H = 1200, 2400
    teal, dark, grey = (14, 94, 111), (28, 36, 40), (112, 122, 126)
    accent = (240, 150, 40)
    im = Image.new("RGB", (W, H), (246, 248, 247))
    d = ImageDraw.Draw(im)
    # header band with a diagonal lighter wedge
    d.rectangle([0, 0, W, 330], fill=teal)
    d.polygon([(W * 0.55, 0), (W, 0), (W, 330), (W * 0.78, 330)], fill=(24, 118, 136))
    d.polygon([(W * 0.86, 0), (W, 0), (W, 150)], fill=accent)
    clk_logo(d, 60, 42, 64, (235, 248, 250), accent)
    d.text((60, 140), CONF, font=F(50, True), fill=(255, 255, 255))
    d.text((60, 215), "2026年10月31日（周六）  杭州 · 3号会议厅", font=F(28), fill=(210, 236, 240))
    d.text((60, 262), "CLK 2026  ·  Hangzhou", font=LAT(22), fill=(170, 214, 222))
    # forum heading
    y = 380
    d.rectangle([60, y + 6, 72, y + 70], fill=accent)
    d.text((92, y), A_FORUM, font=F(54, True), fill=teal)
    d.text((95 + F(54, True).getlength(A_FORUM) + 20, y + 30), "Memory Management Track", font=LAT(22), fill=grey)
    y += 96
    d.text((92, y), f"主持人：{A_HOST[0]}（{A_HOST[1]}）", font=F(26), fill=dark)
    y += 70
    d.line([(60, y), (W - 60, y)], fill=teal, width=3)
    y += 26
    # rows
    name_f, aff_f, title_f = F(28, True), F(24), F(28)
    for s in A_SLOTS:
        top = y
        if s["kind"] == "break":
            d.rounded_rectangle([60, y - 8, W - 60, y + 80], radius=10, fill=(226, 239, 240))
            d.text((80, y + 2), ampm(s["start"]), font=F(26, True), fill=teal)
            d.text((80, y + 38), "– " + ampm(s["end"]), font=F(20), fill=grey)
            d.text((330, y + 18), s["title"], font=F(28), fill=(90, 110, 115))
            y += 110
            continue
        d.text((80, y), ampm(s["start"]), font=F(30, True), fill=teal)
        d.text((80, y + 42), "– " + ampm(s["end"]), font=F(22), fill=grey)
        runs = []
        people = list(zip(s["speakers"], s["affiliations"]))
        if len(set(s["affiliations"])) == 1 and len(people) > 1:
            # several speakers of one company: 'A、B（OPPO）'
            runs.append(("、".join(s["speakers"]), name_f, dark))
            runs.append((f"（{s['affiliations'][0]}）", aff_f, grey))
        else:
            for i, (n, a) in enumerate(people):
                if i:
                    runs.append(("、", name_f, dark))
                runs.append((n, name_f, dark))
                runs.append((f"（{a}）", aff_f, grey))
        runs.append(("  ｜  ", F(28, True), accent))
        runs.append((s["title"], title_f, (20, 60, 70)))
        yb = flow(d, 330, y, W - 60 - 330, runs, 44)
        y = max(yb, top + 74) + 22
        d.line([(80, y - 12), (W - 80, y - 12)], fill=(214, 222, 224), width=1)
        y += 10
    # footer
    y += 30
    d.rectangle([0, y, W, y + 190], fill=(232, 238, 238))
    d.text((60, y + 40), "主办：CLK 组委会", font=F(24), fill=dark)
    d.text((60, y + 84), "承办：浙江大学计算机科学与技术学院", font=F(24), fill=dark)
    d.text((60, y + 128), "* 议程如有调整，以大会现场公布为准", font=F(20), fill=grey)
    qr(d, W - 210, y + 30, 130, seed=51)
    return im.crop((0, 0, W, y + 190))


POSTERS.append({
    "file": "name-before-title-ampm.png",
    "layout": "Light 1200 px forum poster with a teal header: a left column gives 12-hour times, start bold "
              "('9:00 AM', '1:30 PM') with '– 9:40 AM' in grey under it; the right column prints, on one line, the "
              "speaker name in bold, the affiliation in grey full-width parentheses, an orange '｜' and then the title "
              "(the title wraps under the name); two speakers of one company are printed once as 'A、B（OPPO）'; one "
              "Latin speaker with an English title; tinted break rows; chair printed under the forum heading; QR "
              "code in the footer. Times are converted to 24 h in the truth.",
    "date": "2026-10-31",
    "forums": [{"forum": A_FORUM, "slots": A_SLOTS}],
    "draw": draw_a,
})

# ============================================================ B. dense full day, AM | PM columns, shared slot
B_FORUM = "综合分论坛"
B_AM = [
    T("09:00", "09:25", "Linux 内核社区贡献入门：从第一个补丁开始", ("于海洋", "统信软件")),
    T("09:25", "09:50", "kselftest 与 KUnit 在 CI 中的实践", ("褚亦然", "中兴通讯")),
    T("09:50", "10:15", "内核 livepatch 在金融行业的落地", ("焦昱", "中国银联")),
    B("10:15", "10:30", "茶歇"),
    T("10:30", "10:55", "printk 无锁化改造的前世今生", ("欧阳明轩", "小米")),
    T("10:55", "11:20", "kdump 在大内存机器上的加速", ("闻楷", "浪潮信息")),
    T("11:20", "11:45", "Linux 内核文档翻译与中文社区", ("侯静怡", "北京邮电大学")),
    T("11:45", "12:10", "用 Rust 编写 netfilter 内核模块", ("甄博", "网易")),
    B("12:10", "13:30", "午餐"),
]
B_PM = [
    T("13:30", "13:55", "io_uring zero-copy rx 的设计与性能", ("佟梓涵", "蚂蚁集团")),
    T("13:55", "14:20", "PASID 与 SVA：设备共享虚拟地址", ("栾启航", "海光信息")),
    T("14:20", "14:45", "sched_ext 在游戏场景下的尝试", ("左佳音", "荣耀")),
    T("14:45", "15:10", "内核时间子系统与 NO_HZ_FULL", ("戚远舟", "天翼云")),
    B("15:10", "15:25", "茶歇"),
    # one printed range for two 20-minute talks: both carry the printed range
    T("15:25", "16:05", "基于 eBPF 的 TCP 拥塞控制实验", ("苗若溪", "清华大学")),
    T("15:25", "16:05", "BPF arena 与用户态共享内存", ("宫子墨", "快手")),
    T("16:05", "16:30", "LoongArch 上的 KVM 中断虚拟化", ("祝晨曦", "龙芯中科")),
    T("16:30", "16:55", "openKylin 内核的多架构构建", ("仇文杰", "麒麟软件")),
    T("16:55", "17:20", "Linux 内核中的 SBOM 与合规", ("谷雨桐", "开放原子开源基金会")),
]


def draw_b():
    W, H = 1500, 2000
    navy, orange, ink, grey = (22, 40, 84), (232, 106, 36), (24, 32, 52), (96, 104, 120)
    im = Image.new("RGB", (W, H), (238, 242, 247))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 250], fill=navy)
    for i in range(14):  # thin diagonal stripes
        x0 = W - 520 + i * 38
        d.line([(x0, 250), (x0 + 250, 0)], fill=(36, 58, 112), width=10)
    d.rectangle([0, 251, W, 270], fill=(238, 242, 247))
    clk_logo(d, 60, 34, 58, (225, 232, 245), orange)
    d.text((60, 110), CONF, font=F(46, True), fill=(255, 255, 255))
    d.text((60, 182), "2026.11.01  星期日  09:00~17:20  ·  杭州国际博览中心 B2 厅", font=F(26), fill=(196, 208, 232))
    y = 290
    d.text((60, y), B_FORUM, font=F(58, True), fill=navy)
    fw = F(58, True).getlength(B_FORUM)
    d.rounded_rectangle([80 + fw, y + 20, 80 + fw + 170, y + 66], radius=23, fill=orange)
    ctext(d, 80 + fw + 85, y + 24, "全天议程", F(26, True), (255, 255, 255))
    d.text((W - 60 - LAT(22).getlength("GENERAL TRACK · FULL-DAY PROGRAM"), y + 36),
           "GENERAL TRACK · FULL-DAY PROGRAM", font=LAT(22), fill=grey)
    y = 400
    cols = [(60, "上午", "MORNING", B_AM), (780, "下午", "AFTERNOON", B_PM)]
    colw = 660
    time_f, title_f, who_f = MONO(21), F(24, True), F(21)
    bottoms = []
    for x0, zh, en, slots in cols:
        d.rectangle([x0, y, x0 + colw, y + 56], fill=navy)
        d.text((x0 + 20, y + 8), zh, font=F(30, True), fill=(255, 255, 255))
        d.text((x0 + 100, y + 20), en, font=LAT(20, True), fill=(150, 170, 214))
        yy = y + 80
        i = 0
        while i < len(slots):
            s = slots[i]
            rng = f"{s['start']}~{s['end']}"
            if s["kind"] == "break":
                d.text((x0 + 10, yy + 4), rng, font=time_f, fill=grey)
                bx = x0 + 10 + time_f.getlength(rng) + 24
                d.text((bx, yy - 2), s["title"], font=F(24), fill=grey)
                lx = bx + F(24).getlength(s["title"]) + 16
                for k in range(int(lx), x0 + colw, 14):
                    d.line([(k, yy + 16), (k + 6, yy + 16)], fill=(170, 178, 192), width=2)
                yy += 60
                i += 1
                continue
            shared = i + 1 < len(slots) and slots[i + 1]["start"] == s["start"] and slots[i + 1]["kind"] == "talk"
            if shared:
                pair = [s, slots[i + 1]]
                h = 0
                for k, p in enumerate(pair):
                    h += block(d, 0, 0, p["title"], title_f, ink, colw - 80, measure=True) + 34
                d.rounded_rectangle([x0, yy - 8, x0 + colw, yy + 40 + h + 4], radius=8, fill=(255, 240, 228),
                                    outline=(244, 190, 150), width=2)
                d.text((x0 + 10, yy + 2), rng, font=time_f, fill=orange)
                d.text((x0 + 30 + time_f.getlength(rng), yy - 2), "联合报告", font=F(20, True), fill=(190, 90, 30))
                y2 = yy + 38
                for k, p in enumerate(pair):
                    ctext(d, x0 + 28, y2 + 1, "①②"[k], F(24, True), orange)
                    y2 = block(d, x0 + 52, y2, p["title"], title_f, ink, colw - 80)
                    d.text((x0 + 52, y2 - 2), f"{p['speakers'][0]}    {p['affiliations'][0]}", font=who_f, fill=grey)
                    y2 += 34
                yy = y2 + 22
                i += 2
                continue
            d.text((x0 + 10, yy + 2), rng, font=time_f, fill=orange)
            y2 = block(d, x0 + 10, yy + 30, s["title"], title_f, ink, colw - 20)
            d.text((x0 + 10, y2 - 2), f"{s['speakers'][0]}    {s['affiliations'][0]}", font=who_f, fill=grey)
            yy = y2 + 40
            d.line([(x0 + 10, yy - 4), (x0 + colw, yy - 4)], fill=(212, 218, 228), width=1)
            yy += 12
            i += 1
        bottoms.append(yy)
    d.line([(730, y + 70), (730, max(bottoms))], fill=(200, 208, 222), width=2)
    y = max(bottoms) + 30
    d.rectangle([0, y, W, y + 110], fill=navy)
    d.text((60, y + 36), "CLK 2026  ·  中国Linux内核开发者大会  ·  议程以现场为准", font=F(24), fill=(196, 208, 232))
    return im.crop((0, 0, W, y + 110))


POSTERS.append({
    "file": "dense-am-pm-columns.png",
    "layout": "Dense 1500 px full-day program of ONE forum split into two side-by-side columns, 上午 (left) and "
              "下午 (right) under navy column headers; 19 rows in small type; times '09:00~09:25' with a tilde in "
              "orange monospace, bold title, then 'name    affiliation' in grey; breaks are grey dotted rows; one "
              "peach box '15:25~16:05 联合报告' holds two talks marked ① and ② (both carry the printed range in the "
              "truth); one four-character name (欧阳明轩). No chair.",
    "date": "2026-11-01",
    "forums": [{"forum": B_FORUM, "slots": B_AM + B_PM}],
    "draw": draw_b,
})

# ============================================================ C. main forum, numbered, photo circles, panel
C_FORUM = "主论坛"
C_HOST = "管晓光"
C_PANEL_MOD = ("祁怀远", "麒麟软件")
C_SLOTS = [
    T("09:00", "09:15", "开幕致辞", ("严立峰", "浙江大学 教授")),
    T("09:15", "09:55", "Linux 内核二十年：可扩展性的再思考", ("马克·瓦格纳", "SUSE 内核团队负责人")),
    T("09:55", "10:30", "面向 AI 集群的内核网络栈演进", ("邵嘉禾", "阿里云 资深技术专家")),
    B("10:30", "10:45", "茶歇"),
    T("10:45", "11:20", "RISC-V 服务器生态的内核基础", ("上官雨晴", "中国科学院软件研究所")),
    T("11:20", "11:50", "终端设备上的内核能效优化", ("邢博文", "OPPO 内核架构师")),
    T("11:50", "12:30", "圆桌讨论：国产操作系统内核的下一个十年",
      ("付明哲", "华为"), ("康若楠", "字节跳动"), ("闫振东", "统信软件"), ("骆小凡", "vivo"),
      kind="panel", host=C_PANEL_MOD[0]),
    B("12:30", "14:00", "午餐"),
]
for s in C_SLOTS:
    if s["kind"] == "talk":
        s["host"] = C_HOST


def draw_c():
    W, H = 1080, 3000
    cyan, gold, white = (70, 220, 240), (246, 196, 80), (240, 244, 255)
    im = vgradient(W, H, (8, 14, 40), (14, 22, 64))
    glow(im, 880, 260, 220, (120, 60, 240), alpha=120, blur=90)
    glow(im, 120, 520, 160, (0, 170, 220), alpha=80, blur=80)
    d = ImageDraw.Draw(im)
    clk_logo(d, 60, 50, 60, white, cyan)
    d.text((W - 60 - LAT(54, True).getlength("CLK"), 46), "CLK", font=LAT(54, True), fill=white)
    d.text((W - 60, 108), "2026", font=LAT(22, True), fill=cyan, anchor="ra")
    d.text((60, 170), "第21届中国", font=F(64, True), fill=white)
    d.text((60, 250), "Linux内核开发者大会", font=F(64, True), fill=white)
    d.rounded_rectangle([60, 360, 520, 414], radius=8, outline=white, width=2)
    d.text((80, 366), "2026年10月31日  ·  杭州", font=F(28, True), fill=white)
    y = 470
    ctext(d, W / 2, y, "主 论 坛", SERIF(66, True), gold)
    ctext(d, W / 2, y + 92, "MAIN FORUM", LAT(24, True), (150, 160, 210))
    y += 150
    d.rounded_rectangle([W / 2 - 190, y, W / 2 + 190, y + 54], radius=27, fill=(30, 48, 110))
    ctext(d, W / 2, y + 8, f"主持人：{C_HOST}", F(28, True), white)
    y += 100
    num = 0
    for s in C_SLOTS:
        if s["kind"] == "break":
            d.line([(60, y + 22), (380, y + 22)], fill=(60, 80, 140), width=2)
            d.line([(700, y + 22), (W - 60, y + 22)], fill=(60, 80, 140), width=2)
            ctext(d, W / 2, y + 4, f"{s['start']}-{s['end']}  {s['title']}", F(28), (170, 180, 220))
            y += 80
            continue
        num += 1
        tag = f"{num:02d}"
        if s["kind"] == "panel":
            top = y
            d.rounded_rectangle([50, y, W - 50, y + 420], radius=18, fill=(18, 32, 84), outline=(60, 90, 170), width=2)
            d.text((80, y + 22), tag, font=LAT(54, True), fill=(18, 32, 84), stroke_width=2, stroke_fill=cyan)
            d.text((170, y + 38), f"{s['start']}-{s['end']}", font=MONO(28), fill=cyan)
            yb = block(d, 80, y + 100, s["title"], F(34, True), white, W - 160)
            ppl = [(C_PANEL_MOD[0], C_PANEL_MOD[1], "主持人")] + [
                (n, a, "嘉宾") for n, a in zip(s["speakers"], s["affiliations"])]
            step = (W - 160) / 5
            cy = yb + 110
            for k, (n, a, role) in enumerate(ppl):
                cx = 80 + step * k + step / 2
                rc = gold if role == "主持人" else cyan
                d.rounded_rectangle([cx - 44, cy - 96, cx + 44, cy - 66], radius=15, fill=rc)
                ctext(d, cx, cy - 94, role, F(19, True), (14, 22, 64))
                photo(im, cx, cy, 54, seed=300 + k, ring=rc, ring_w=3)
                ctext(d, cx, cy + 68, n, F(26, True), white)
                ctext(d, cx, cy + 104, a, F(21), (160, 200, 230))
            y = top + 420 + 40
            continue
        top = y
        n, a = s["speakers"][0], s["affiliations"][0]
        # left: photo with the name (and the affiliation) under it
        photo(im, 160, y + 80, 68, seed=200 + num, ring=cyan, ring_w=3)
        ctext(d, 160, y + 162, n, F(28, True), white)
        ya = block(d, 40, y + 204, a, F(21), (150, 200, 230), 240, lh=1.3, align="center")
        # right: big outlined number, time, title
        d.text((300, y + 6), tag, font=LAT(58, True), fill=(8, 14, 40), stroke_width=2, stroke_fill=(90, 120, 220))
        d.text((400, y + 26), f"{s['start']}-{s['end']}", font=MONO(28), fill=cyan)
        yb = block(d, 300, y + 90, s["title"], F(36, True), white, W - 360, lh=1.3)
        y = max(ya, yb) + 30
        d.line([(60, y), (W - 60, y)], fill=(40, 56, 110), width=1)
        y += 36
    y += 10
    ctext(d, W / 2, y, "主办：CLK 组委会    承办：浙江大学", F(22), (140, 150, 200))
    return im.crop((0, 0, W, y + 80))


POSTERS.append({
    "file": "main-forum-photo-numbers.png",
    "layout": "Dark navy 1080 px main-forum poster with glows: chair pill '主持人：…' under the gold serif heading; "
              "each talk has a round photo on the LEFT with the name under the circle and the affiliation (with job "
              "title) under the name, and on the right a large outlined number '01'…'06', the time '09:15-09:55' "
              "and the title; one speaker is a foreign name with a middle dot (马克·瓦格纳, kept as printed), one "
              "four-character name; a panel card (圆桌讨论) shows five circles in a row labelled 主持人 (moderator) and "
              "嘉宾 x4; breaks are centred lines between rules.",
    "date": "2026-10-31",
    "forums": [{"forum": C_FORUM, "slots": C_SLOTS}],
    "draw": draw_c,
})

# ============================================================ D. ticket with vertical stub
D_FORUM = "存储IO分论坛"
D_HOST = "盛云舟"
D_SLOTS = [
    # (slot, subtitle printed under the title or None)
    (T("14:00", "14:35", "Large folios for block-based filesystems", ("邹天翊", "阿里云")), "块文件系统的大 folio 支持"),
    (T("14:35", "15:10", "ublk: a userspace block device in practice", ("丰佳琪", "字节跳动")), "ublk 用户态块设备实践"),
    (T("15:10", "15:45", "io_uring 异步 fsync 的改进", ("车明远", "华为")), None),
    (B("15:45", "16:00", "茶歇 Tea Break"), None),
    (T("16:00", "16:35", "EROFS 压缩镜像的按需加载", ("滕欣然", "蚂蚁集团"), ("乔一帆", "蚂蚁集团")), None),
    (T("16:35", "17:10", "Zoned storage and F2FS on UFS 4.0", ("危晓", "荣耀")), "分区存储与 UFS 上的 F2FS"),
    (T("17:10", "17:45", "NVMe-oF TCP offload 在数据中心的部署", ("弓瑞", "中兴通讯")), None),
]
for s, _ in D_SLOTS:
    if s["kind"] != "break":
        s["host"] = D_HOST


def draw_d():
    W, H = 1800, 1060
    bg = dgradient(W, H, (26, 40, 74), (70, 30, 96))
    im = noise(bg, 0.10, seed=54)
    d = ImageDraw.Draw(im)
    paper, red, ink, grey = (251, 246, 236), (222, 78, 54), (34, 30, 40), (110, 104, 112)
    X0, Y0, X1, Y1 = 60, 60, W - 60, H - 60
    SX = 420  # perforation
    # shadow
    sh = Image.new("RGBA", im.size, (0, 0, 0, 0))
    ImageDraw.Draw(sh).rounded_rectangle([X0 + 10, Y0 + 14, X1 + 10, Y1 + 14], radius=26, fill=(0, 0, 0, 110))
    sh = sh.filter(ImageFilter.GaussianBlur(12))
    im.paste(Image.alpha_composite(im.convert("RGBA"), sh).convert("RGB"))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle([X0, Y0, X1, Y1], radius=26, fill=paper)
    d.rounded_rectangle([X0, Y0, SX, Y1], radius=26, fill=red)
    d.rectangle([SX - 30, Y0, SX, Y1], fill=red)
    # notches and perforation
    for cy in (Y0, Y1):
        d.ellipse([SX - 22, cy - 22, SX + 22, cy + 22], fill=im.getpixel((SX, cy - 30 if cy == Y0 else cy + 30)))
    for yy in range(Y0 + 36, Y1 - 30, 26):
        d.ellipse([SX - 5, yy - 5, SX + 5, yy + 5], fill=paper)
    # stub: vertical forum name
    cx = X0 + 92
    yy = Y0 + 70
    for ch in D_FORUM:
        ctext(d, cx, yy, ch, F(74, True), (255, 255, 255))
        yy += 92
    # stub: right strip with date / host
    sx = X0 + 200
    d.line([(sx - 26, Y0 + 60), (sx - 26, Y1 - 60)], fill=(240, 150, 130), width=2)
    d.text((sx, Y0 + 60), "CLK", font=LAT(40, True), fill=(255, 255, 255))
    d.text((sx, Y0 + 108), "2026", font=LAT(40, True), fill=(255, 220, 200))
    d.text((sx, Y0 + 190), "10.31", font=MONO(30), fill=(255, 255, 255))
    d.text((sx, Y0 + 232), "SAT", font=MONO(24), fill=(255, 220, 200))
    d.text((sx, Y0 + 300), "14:00", font=MONO(26), fill=(255, 255, 255))
    d.text((sx, Y0 + 334), "17:45", font=MONO(26), fill=(255, 255, 255))
    d.text((sx, Y0 + 410), "5号厅", font=F(26, True), fill=(255, 255, 255))
    d.text((sx, Y1 - 260), "主持人", font=F(22), fill=(255, 220, 200))
    d.text((sx, Y1 - 226), D_HOST, font=F(28, True), fill=(255, 255, 255))
    d.text((sx, Y1 - 120), "No.", font=LAT(18), fill=(255, 220, 200))
    d.text((sx, Y1 - 96), "0426", font=MONO(28), fill=(255, 255, 255))
    # body header
    bx = SX + 60
    d.text((bx, Y0 + 40), CONF, font=F(40, True), fill=ink)
    d.text((bx, Y0 + 100), "分论坛入场券  ADMIT ONE  ·  2026年10月31日 下午", font=F(24), fill=grey)
    # barcode on the far right
    rnd = random.Random(4)
    bxr = X1 - 70
    yb = Y0 + 50
    while yb < Y1 - 50:
        t = rnd.choice([2, 3, 5, 7])
        d.rectangle([bxr, yb, bxr + 36, yb + t], fill=ink)
        yb += t + rnd.choice([3, 4, 6])
    d.line([(bx, Y0 + 150), (X1 - 96, Y0 + 150)], fill=(210, 196, 176), width=2)
    # two columns of slots
    colw = (X1 - 96 - bx - 40) // 2
    columns = [D_SLOTS[:4], D_SLOTS[4:]]
    for c, items in enumerate(columns):
        x = bx + c * (colw + 40)
        y = Y0 + 186
        for s, sub in items:
            rng = f"{s['start']} — {s['end']}"
            if s["kind"] == "break":
                d.rounded_rectangle([x, y, x + colw, y + 56], radius=28, fill=(240, 230, 214))
                d.text((x + 24, y + 14), rng, font=MONO(24), fill=grey)
                d.text((x + 44 + MONO(24).getlength(rng), y + 9), s["title"], font=F(26), fill=grey)
                y += 84
                continue
            d.text((x, y), rng, font=MONO(26), fill=red)
            y = block(d, x, y + 38, s["title"], F(30, True), ink, colw, lh=1.3)
            if sub:
                y = block(d, x, y + 2, sub, F(23), (140, 132, 136), colw, lh=1.3)
            who = "  /  ".join(f"{n} | {a}" for n, a in zip(s["speakers"], s["affiliations"]))
            d.text((x, y + 8), who, font=F(25), fill=(60, 56, 66))
            y += 72
            d.line([(x, y - 12), (x + colw, y - 12)], fill=(226, 214, 196), width=1)
            y += 18
    return im


POSTERS.append({
    "file": "ticket-vertical-stub.png",
    "layout": "Landscape 1800x1060 forum poster drawn as an admission ticket on a grainy purple gradient: a red "
              "stub on the left, behind a perforation, carries the forum name as VERTICAL stacked characters "
              "(存 储 I O 分 论 坛), CLK 2026, '10.31 SAT', '14:00 / 17:45', the room and '主持人' + name; the body "
              "holds two columns of slots: time '14:00 — 14:35' (em dash) in red, bold title, sometimes a grey "
              "Chinese subtitle under an English title (not part of the truth title), then 'name | affiliation' "
              "(two speakers joined by '  /  '); tea break as a pill; barcode at the far right.",
    "date": "2026-10-31",
    "forums": [{"forum": D_FORUM, "slots": [s for s, _ in D_SLOTS]}],
    "draw": draw_d,
})

# ============================================================ E. stacked start/end, noisy gradient, chair per half day
E_FORUM = "体系结构与虚拟化分论坛"
E_AM_HOST = ("富海林", "英特尔")
E_PM_HOST = ("纪云飞", "阿里云")
E_AM = [
    T("09:00", "09:40", "ARM64 上的 KVM 嵌套虚拟化", ("应子健", "华为")),
    T("09:40", "10:20", "TDX Connect 与 TDISP 设备直通", ("邬佳宁", "英特尔")),
    B("10:20", "10:40", "茶歇 Tea Break"),
    T("10:40", "11:20", "PASID 与 SIOV：可扩展 I/O 虚拟化", ("凌子墨", "阿里云")),
    T("11:20", "12:00", "RISC-V H 扩展在 KVM 中的实现", ("项思琪", "中国科学院计算技术研究所")),
    B("12:00", "13:30", "午餐 Lunch"),
]
E_PM = [
    T("13:30", "14:10", "LoongArch 二进制翻译与内核支持", ("蓝天佑", "龙芯中科")),
    T("14:10", "14:50", "CXL Type-3 内存设备的内核驱动现状", ("聂书瑶", "三星半导体")),
    T("14:50", "15:30", "基于 vDPA 的高性能网络虚拟化", ("童浩宇", "腾讯云")),
    T("15:30", "16:10", "机密虚拟机的内存热插拔", ("钮佳慧", "字节跳动")),
]
E_ENGLISH_NAME = {"童浩宇": "Jason Tong"}  # printed after the Chinese name, not in the truth
for s in E_AM:
    if s["kind"] != "break":
        s["host"] = E_AM_HOST[0]
for s in E_PM:
    if s["kind"] != "break":
        s["host"] = E_PM_HOST[0]


def draw_e():
    W, H = 1080, 2300
    bg = dgradient(W, H, (120, 20, 48), (34, 20, 88))
    glow(bg, 900, 200, 260, (255, 120, 60), alpha=70, blur=110)
    glow(bg, 100, 1500, 260, (60, 80, 255), alpha=60, blur=110)
    im = noise(bg, 0.30, seed=55)
    d = ImageDraw.Draw(im)
    white, soft, pink, line = (255, 255, 255), (236, 214, 226), (255, 186, 200), (255, 255, 255)
    clk_logo(d, 60, 50, 56, white, (255, 150, 90))
    d.text((60, 150), "CLK 2026 · " + CONF, font=F(30, True), fill=soft)
    d.text((60, 210), "体系结构与虚拟化", font=F(82, True), fill=white)
    d.text((60, 320), "分论坛", font=F(82, True), fill=white)
    d.text((340, 352), "ARCH & VIRTUALIZATION", font=LAT(26, True), fill=(255, 170, 130))
    d.text((60, 450), "2026 / 11 / 01  SUN   ·   杭州 · 7号厅", font=F(30), fill=soft)
    y = 540
    for zh, en, host, slots in [("上午场", "MORNING", E_AM_HOST, E_AM), ("下午场", "AFTERNOON", E_PM_HOST, E_PM)]:
        d.rectangle([60, y, 72, y + 58], fill=(255, 150, 90))
        d.text((92, y - 2), zh, font=F(42, True), fill=white)
        d.text((92 + F(42, True).getlength(zh) + 18, y + 18), en, font=LAT(22, True), fill=(255, 170, 130))
        hs = f"主持人：{host[0]}（{host[1]}）"
        d.text((W - 60 - F(26).getlength(hs), y + 14), hs, font=F(26), fill=soft)
        y += 92
        for s in slots:
            top = y
            if s["kind"] == "break":
                d.text((70, y), s["start"], font=MONO(28), fill=(220, 190, 210))
                d.text((70, y + 36), s["end"], font=MONO(22, False), fill=(200, 170, 190))
                d.text((240, y + 14), s["title"], font=F(28), fill=(220, 190, 210))
                y += 96
                d.line([(70, y - 18), (W - 60, y - 18)], fill=(150, 90, 140), width=1)
                continue
            # stacked clock: start big and bold, end smaller and lighter right under it; no dash
            d.text((70, y), s["start"], font=MONO(38), fill=white)
            d.text((70, y + 48), s["end"], font=MONO(26, False), fill=(230, 180, 200))
            yb = block(d, 240, y - 2, s["title"], F(34, True), white, W - 300, lh=1.3)
            runs = []
            n, a = s["speakers"][0], s["affiliations"][0]
            x = 240
            d.text((x, yb + 4), n, font=F(27, True), fill=pink)
            x += F(27, True).getlength(n) + 12
            if n in E_ENGLISH_NAME:
                d.text((x, yb + 10), E_ENGLISH_NAME[n], font=LAT(22), fill=pink)
                x += LAT(22).getlength(E_ENGLISH_NAME[n]) + 12
            d.text((x + 12, yb + 8), a, font=F(24), fill=soft)
            y = max(yb + 50, top + 92) + 34
            d.line([(70, y - 18), (W - 60, y - 18)], fill=(150, 90, 140), width=1)
        y += 40
    d.text((60, y + 20), "主办：CLK 组委会   ·   议程如有变动以现场为准", font=F(22), fill=(220, 190, 210))
    qr(d, W - 190, y - 10, 110, seed=56)
    im = im.crop((0, 0, W, y + 140))
    return noise(im, 0.07, seed=57)  # grain over text too, as on a re-shared photo of the poster


POSTERS.append({
    "file": "stacked-clock-noisy.png",
    "layout": "1080 px forum poster on a grainy crimson-to-indigo gradient with glows: two sections 上午场 and "
              "下午场, each with its own chair '主持人：name（company）' at the right of the section heading (host "
              "changes at lunch); each row prints the START time large and the END time smaller directly under it "
              "with no dash (left column), then the bold title and 'name  affiliation' in pink/grey; one speaker has "
              "an English name after the Chinese one ('童浩宇 Jason Tong', truth keeps the Chinese name); breaks "
              "use the same stacked clock.",
    "date": "2026-11-01",
    "forums": [{"forum": E_FORUM, "slots": E_AM + E_PM}],
    "draw": draw_e,
})

NOTE = (
    "Same conventions as posters-blind-4: speakers are names as printed with spaces removed (pinyin/Latin "
    "'Daniel Hofmann' -> 'DanielHofmann'); panel speakers are the guests; host is the chair printed for the forum "
    "or half-day section covering the slot (or the panel moderator), null for breaks and where none is printed; "
    "start/end always HH:MM on a 24-hour clock; titles exclude tags, numbering marks (01, ①) and subtitle lines. "
    "Added here: 12-hour times ('1:30 PM') are converted to 24 h ('13:30'); where one printed range covers two "
    "talks (联合报告 box) both talks carry that range; where two speakers share one printed affiliation "
    "('A、B（OPPO）') the affiliation is repeated per speaker; a foreign name with a middle dot keeps the dot "
    "('马克·瓦格纳'); an English name printed after a Chinese name ('童浩宇 Jason Tong') is not part of the "
    "speaker; where an English title has a grey Chinese subtitle line, the title is the English line; "
    "affiliations keep a printed job title ('华为 内核专家'); break titles are as printed."
)


def main():
    out = []
    for p in POSTERS:
        im = p["draw"]()
        im.save(HERE / p["file"], optimize=True)
        print(p["file"], im.size)
        forums = []
        for f in p["forums"]:
            slots = []
            for s in f["slots"]:
                s = dict(s)
                s["speakers"] = [truth_name(n) for n in s["speakers"]]
                if s["kind"] == "break":
                    s["host"] = None
                slots.append(s)
            forums.append({"forum": f["forum"], "slots": slots})
        out.append({"file": p["file"], "layout": p["layout"], "date": p["date"], "forums": forums})
    truth = {
        "written": "2026-12-04",
        "by": "a helper that had not read the code",
        "note": NOTE,
        "posters": out,
    }
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
