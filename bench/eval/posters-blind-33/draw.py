"""Draw the thirty-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set is about the
posters an edition publishes ONE PER FORUM (as CLK2024 did besides its full
agenda): four forums of CLK 2059 (第54届, 苏州, 苏州大学), each on its own poster
in another design, so no talk is on two posters: 内存管理分论坛 as a long card
poster in the organisers' family (range box, title, biography, photo, a name
plate and no company line); 存储与文件系统分论坛 as a compact list with the photo
at the right end of each row and the host dressed as a row; RISC-V
与体系结构分论坛 as a 1920 x 1080 slide with a sidebar and 12-hour times
('9:10 – 9:35 AM'); 调度与可观测性分论坛 as a grid of speaker cards with
biographies, each card ending with its talk's range and title (a pair's talk
printed on both of its speakers' cards).
"""
import io
import json
import os
import random
import re

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC = 2  # face index of Simplified Chinese in the Noto CJK collections
MONO_SC = 7  # face index of Noto Sans Mono CJK SC in the same collections
_fc = {}


def font(size, bold=False, serif=False, mono=False):
    fam = "Serif" if serif else "Sans"
    path = FD + "Noto%sCJK-%s.ttc" % (fam, "Bold" if bold else "Regular")
    key = (path, size, mono)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, size, index=MONO_SC if mono else SC)
    return _fc[key]


def tw(d, text, f):
    b = d.textbbox((0, 0), text, font=f)
    return b[2] - b[0]


TOKEN = re.compile(r"[（(]?[A-Za-z0-9_\-./:+#'&]+[,)）]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”"


def wrap(d, text, f, maxw):
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        if not cur or tw(d, cur + tok.rstrip(), f) <= maxw or tok[0] in NO_LINE_START:
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


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


def finish(im, seed, noise, blur, quality):
    """Seeded grain, a slight blur and a JPEG round trip: a poster re-shared in a chat group."""
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    im = Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


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


def T(start, end, title, speakers, host):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job):
    """A speaker as printed: the name, the company, the job title (None where the poster prints none)."""
    return (name, company, job)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; None where no company is printed."""
    _, company, job = sp
    if company is None:
        return None
    return company if job is None else company + " " + job


def truth_slot(s):
    """A slot as truth.json gives it; a speaker printed without a company adds no affiliation."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp[0]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def logo_lines(d, x, y, fill, sub):
    """The conference's logo block: a flame-like mark, 'CHINA LINUX KERNEL' and the Chinese name."""
    for i in range(4):
        d.arc([x + i * 6, y + i * 4, x + 60 - i * 6, y + 110 - i * 4], 200, 340, fill=fill, width=4)
    d.line([(x + 30, y + 20), (x + 30, y + 100)], fill=fill, width=4)
    d.text((x + 80, y + 22), "CHINA LINUX KERNEL", font=font(26, True), fill=fill)
    d.text((x + 80, y + 60), "中国Linux内核开发者大会", font=font(24), fill=sub)


def real(im):
    """False on two_pass's measuring strip, where layers pasted from elsewhere are not worth making."""
    return im.size[1] > 8


def portrait(im, cx, cy, r, seed):
    """A speaker's photo as it comes from a phone: a seeded head-and-shoulders picture in a circle."""
    if not real(im):
        return
    rnd = random.Random(seed)
    n = 4 * r  # drawn at twice the size, then scaled down for smooth edges
    bgc = rnd.choice([(214, 222, 232), (236, 236, 232), (200, 214, 226), (226, 220, 210), (190, 200, 196)])
    lay = vgrad(n, n, bgc, tuple(max(0, c - 34) for c in bgc))
    d = ImageDraw.Draw(lay)
    skin = rnd.choice([(238, 204, 176), (228, 190, 158), (242, 212, 186), (218, 178, 144)])
    hair = rnd.choice([(28, 24, 22), (42, 34, 30), (18, 18, 20), (66, 52, 42)])
    shirt = rnd.choice([(38, 58, 108), (232, 234, 238), (88, 90, 98), (30, 30, 34), (118, 40, 44), (58, 108, 158)])
    long_hair = rnd.random() < 0.35
    if long_hair:
        d.rounded_rectangle([n * 0.27, n * 0.22, n * 0.73, n * 0.80], radius=n * 0.14, fill=hair)
    d.ellipse([n * 0.06, n * 0.72, n * 0.94, n * 1.40], fill=shirt)
    d.rectangle([n * 0.43, n * 0.56, n * 0.57, n * 0.78], fill=tuple(c - 18 for c in skin))
    if shirt[0] > 200:  # a white shirt shows a collar
        d.polygon([(n * 0.40, n * 0.74), (n * 0.50, n * 0.86), (n * 0.60, n * 0.74)], fill=(200, 202, 208))
    d.ellipse([n * 0.32, n * 0.22, n * 0.68, n * 0.64], fill=skin)
    d.pieslice([n * 0.30, n * 0.15, n * 0.70, n * 0.52], 180, 360, fill=hair)
    d.rectangle([n * 0.30, n * 0.32, n * 0.34, n * 0.42], fill=hair)
    d.rectangle([n * 0.66, n * 0.32, n * 0.70, n * 0.42], fill=hair)
    for ex in (0.42, 0.58):
        d.ellipse([n * (ex - 0.02), n * 0.40, n * (ex + 0.02), n * 0.44], fill=(40, 34, 32))
    if rnd.random() < 0.45:  # glasses
        for ex in (0.42, 0.58):
            d.rounded_rectangle([n * (ex - 0.06), n * 0.37, n * (ex + 0.06), n * 0.46], radius=n * 0.02,
                                outline=(30, 30, 30), width=max(2, n // 90))
        d.line([(n * 0.48, n * 0.41), (n * 0.52, n * 0.41)], fill=(30, 30, 30), width=max(2, n // 90))
    d.arc([n * 0.44, n * 0.48, n * 0.56, n * 0.56], 20, 160, fill=(170, 110, 100), width=max(2, n // 100))
    mask = Image.new("L", (n, n), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, n - 1, n - 1], fill=255)
    lay = lay.resize((2 * r, 2 * r), Image.LANCZOS)
    mask = mask.resize((2 * r, 2 * r), Image.LANCZOS)
    im.paste(lay, (int(cx - r), int(cy - r)), mask)


def slanted(im, x, y, text, f, fill, shear=0.22):
    """Text leaning right, as the organisers set the conference's name in the header."""
    if not real(im):
        return
    d0 = ImageDraw.Draw(im)
    h = int(f.size * 1.45)
    off = int(h * shear) + 4
    mask = Image.new("L", (tw(d0, text, f) + off + 12, h), 0)
    ImageDraw.Draw(mask).text((off, 0), text, font=f, fill=255)
    mask = mask.transform(mask.size, Image.AFFINE, (1, shear, 0, 0, 1, 0), resample=Image.BICUBIC)
    im.paste(Image.new("RGB", mask.size, fill), (x - off + int(h * shear / 2), y), mask)


def glow_text(im, x, y, text, f, fill, glow, radius=8):
    """Text with a soft light behind it (the family's neon headings and time boxes)."""
    d = ImageDraw.Draw(im)
    if real(im):
        pad = radius * 3
        mask = Image.new("L", (tw(d, text, f) + 2 * pad, int(f.size * 1.5) + 2 * pad), 0)
        ImageDraw.Draw(mask).text((pad, pad), text, font=f, fill=255)
        mask = mask.filter(ImageFilter.GaussianBlur(radius))
        im.paste(Image.new("RGB", mask.size, glow), (int(x) - pad, int(y) - pad), mask)
    d.text((x, y), text, font=f, fill=fill)


def spaced(d, cx, y, text, f, fill, track):
    """A name set letter by letter with extra tracking, centred on cx (the family's name plates)."""
    ws = [tw(d, ch, f) for ch in text]
    x = cx - (sum(ws) + track * (len(text) - 1)) / 2
    for ch, w in zip(text, ws):
        d.text((x, y), ch, font=f, fill=fill)
        x += w + track


def chevron(d, cx, y, w, fill):
    """Two stacked 'V' marks leading down to the next time box."""
    for k in range(2):
        yy = y + k * 22
        d.line([(cx - w / 2, yy), (cx, yy + w / 3), (cx + w / 2, yy)], fill=fill, width=7, joint="curve")


def pin_icon(d, x, y, s, fill):
    d.ellipse([x, y, x + s, y + s], fill=fill)
    d.polygon([(x + s * 0.12, y + s * 0.62), (x + s / 2, y + s * 1.35), (x + s * 0.88, y + s * 0.62)], fill=fill)
    d.ellipse([x + s * 0.32, y + s * 0.32, x + s * 0.68, y + s * 0.68], fill=(255, 255, 255))


def calendar_icon(d, x, y, s, fill):
    d.rounded_rectangle([x, y + s * 0.12, x + s, y + s], radius=s * 0.12, outline=fill, width=3)
    d.rectangle([x, y + s * 0.12, x + s, y + s * 0.34], fill=fill)
    for k in (0.28, 0.72):
        d.line([(x + s * k, y), (x + s * k, y + s * 0.22)], fill=fill, width=3)


def cup_icon(d, x, y, s, fill):
    d.rounded_rectangle([x, y + s * 0.3, x + s * 0.72, y + s], radius=s * 0.12, fill=fill)
    d.arc([x + s * 0.56, y + s * 0.42, x + s * 0.96, y + s * 0.80], 270, 90, fill=fill, width=3)
    for k in (0.2, 0.4):
        d.arc([x + s * k, y, x + s * (k + 0.14), y + s * 0.24], 90, 270, fill=fill, width=2)


# ===========================================================================
# The edition: CLK 2059 (第54届), 苏州大学, 2059-10-25 (Sat) and 2059-10-26 (Sun).
# 内存管理分论坛, 存储与文件系统分论坛 and 调度与可观测性分论坛 run in parallel on
# the Saturday afternoon; RISC-V 与体系结构分论坛 on the Sunday morning.
SCHOOL = "苏州大学"
DATE_SAT, DATE_SUN = "2059-10-25", "2059-10-26"

# ===========================================================================
# 1. 内存管理分论坛, 2059-10-25 afternoon: the long card poster of the
#    organisers' family (JPEG, 1080 px wide, as tall as the real forum
#    posters).  A blue header (logo lines, the school at the right, the
#    conference's name leaning right, a date pill, the address), the forum in
#    a glowing box, a host bar '>>>  主持人：name  <<<' with the unit and the
#    room under it.  Per talk: a double chevron, the range in a tab box, a
#    frame with the bold title, then per speaker the biography at the left,
#    the photo in rings at the right and the NAME on a plate under the
#    biography (letter-spaced).  No line prints a company or a job: the
#    company is only a word inside the biography.  A pair's second plate sits
#    at the left.  The 茶歇 is a range box over a plate.
HOST_A = ("沈建国", "苏州大学计算机科学与技术学院 教授")
ROOM_A = "会场：炳麟图书馆一楼 学术报告厅"
BIO_A = {
    "周凯": "字节跳动 STE 团队 Linux 内核工程师，长期从事页缓存与回写子系统的开发和维护，向上游社区"
            "提交补丁一百余个。近两年主要参与 folio 转换、大块回写和 writeback 限流的重构，关注数据库与"
            "日志类负载在高并发写入下的尾延迟表现。",
    "刘佳": "英特尔亚太研发中心系统软件工程师，从事内存分层与 NUMA 平衡相关工作，参与了 CXL 内存设备"
            "驱动和分层迁移策略的上游开发。此前在浪潮信息负责服务器内存 RAS 特性，曾在多个开源会议上"
            "分享内存分层的实践经验。",
    "陈立": "腾讯 TEG 操作系统团队高级工程师，负责 TencentOS 内核内存子系统，在 memcg 与页面回收方面有"
            "多年经验，主导了在离线混部场景下的内存 QoS 方案，支撑了数十万台服务器的稳定运行。",
    "杨欣": "腾讯云内核工程师，毕业于浙江大学，主要方向为 MGLRU 与工作集检测，近两年在 linux-mm 邮件列表"
            "中持续参与回收算法的讨论与评审。",
    "马俊": "华为 OS 内核实验室技术专家，openEuler 内核 SIG 维护者之一，研究方向为内核内存安全与 slab "
            "加固，曾参与 KFENCE 在 openEuler 中的落地，并将对象级隔离方案推向上游社区讨论。",
    "Florian Hartwig": "Kernel engineer at SUSE Labs in Nuremberg, working on memory management for Arm64 "
                       "servers. He has contributed to large folio and page table work upstream, and "
                       "maintains the memory regression tests run for SUSE Linux Enterprise.",
    "胡志强": "阿里云弹性计算团队高级技术专家，龙蜥社区内存 SIG 成员，负责云服务器热迁移与内存超分相关"
              "技术，推动 userfaultfd 写保护特性在生产环境中大规模使用，对虚拟化场景下的缺页开销有深入研究。",
    "孙悦": "蚂蚁集团基础设施部系统工程师，专注于内存冷热识别与主动回收，在数万台在线服务器上部署了基于 "
            "DAMON 的回收方案，整体节省内存约百分之十，同时保持业务延迟不变。",
    "何伟": "中兴通讯操作系统产品部资深工程师，从事服务器 RAS 特性开发十余年，关注内存故障预测、页面"
            "隔离与恢复，是多项相关专利的发明人，也是 CGEL 内核内存故障处理模块的负责人。",
    "罗静": "中国科学院软件研究所在读博士研究生，研究方向为面向 AI 负载的内存管理，曾在字节跳动和华为"
            "实习，参与开发了大页预留与跨进程共享的原型系统，相关论文发表于 ATC 与 EuroSys。",
}
SLOTS_A = [
    T("13:30", "13:55", "folio 化之后的页缓存回写路径重构", [S("周凯", None, None)], "沈建国"),
    T("13:55", "14:20", "CXL 内存分层：基于访问热度的页面迁移", [S("刘佳", None, None)], "沈建国"),
    T("14:20", "14:45", "memcg 回收的公平性问题与 MGLRU 调优", [S("陈立", None, None), S("杨欣", None, None)],
      "沈建国"),
    T("14:45", "15:10", "slab 分配器的对象级内存隔离", [S("马俊", None, None)], "沈建国"),
    B("15:10", "15:30", "茶歇"),
    T("15:30", "15:55", "Sharing Page Tables Across Processes for Large Mappings",
      [S("Florian Hartwig", None, None)], "沈建国"),
    T("15:55", "16:20", "userfaultfd 在虚拟机热迁移中的实践", [S("胡志强", None, None)], "沈建国"),
    T("16:20", "16:45", "DAMON 驱动的主动内存回收", [S("孙悦", None, None)], "沈建国"),
    T("16:45", "17:10", "内存故障隔离与 HWPoison 处理的改进", [S("何伟", None, None)], "沈建国"),
    T("17:10", "17:35", "大模型推理场景下的 HugeTLB 预留与共享", [S("罗静", None, None)], "沈建国"),
]
SPONSORS_A = ["苏州大学", "华为", "阿里云", "字节跳动", "腾讯云", "英特尔", "蚂蚁集团", "龙芯中科", "vivo", "OPPO"]
SUPPORT_A = ["openEuler", "龙蜥社区", "OpenCloudOS", "统信软件"]
MEDIA_A = ["CSDN", "开源中国", "InfoQ", "Linux中国", "51CTO"]
CYAN_A, PALE_A, WHITE = (96, 236, 255), (196, 222, 255), (255, 255, 255)


def hud_frame(d, x0, y0, x1, y1, acc):
    """The thin frame of a talk: a left rail, a top line ending in a dot, corner ticks at the right."""
    d.line([(x0, y0), (x0, y1)], fill=acc, width=3)
    d.line([(x0, y0), (x1 - 30, y0)], fill=acc, width=2)
    d.ellipse([x1 - 30, y0 - 7, x1 - 16, y0 + 7], fill=acc)
    d.line([(x1, y0 + 40), (x1, y1 - 60)], fill=(70, 130, 255), width=2)
    d.line([(x0 + 200, y1), (x1, y1)], fill=(70, 130, 255), width=2)
    d.ellipse([x1 - 6, y1 - 66, x1 + 6, y1 - 54], fill=acc)


def range_box(im, d, x, y, rng):
    f = font(50, True, mono=True)
    w = tw(d, rng, f) + 60
    d.polygon([(x, y), (x + w, y), (x + w + 24, y + 40), (x + w, y + 80), (x, y + 80)], fill=(10, 40, 140),
              outline=CYAN_A)
    d.line([(x, y + 80), (x + w + 80, y + 80)], fill=CYAN_A, width=3)
    glow_text(im, x + 30, y + 6, rng, f, WHITE, (0, 180, 255), 6)
    return y + 80


def plate(d, x0, x1, y, name):
    """A name plate: an outlined rounded box with the name letter-spaced in it."""
    d.rounded_rectangle([x0, y, x1, y + 84], radius=14, fill=(14, 52, 170), outline=CYAN_A, width=3)
    d.line([(x0 + 30, y + 84), (x1 + 60, y + 84)], fill=CYAN_A, width=2)
    latin = name.isascii()
    f = font(34 if latin else 42, True)
    spaced(d, (x0 + x1) / 2, y + (18 if latin else 12), name, f, WHITE, 0 if latin else 14)


def paint_a(im, d):
    W = im.size[0]
    X0, X1 = 60, W - 60
    logo_lines(d, X0 - 10, 44, WHITE, PALE_A)
    rtext(d, X1, 56, SCHOOL, font(40, True), WHITE)
    rtext(d, X1, 108, "Soochow University", font(20), PALE_A)
    rtext(d, X1, 136, "计算机科学与技术学院", font(22), PALE_A)
    slanted(im, X0, 236, "第54届中国", font(104, True), WHITE)
    slanted(im, X0, 372, "Linux内核开发者大会", font(86, True), WHITE)
    # the year's ring at the right of the header
    for i in range(5):
        d.ellipse([760 + i * 14, 540 + i * 14, 1000 - i * 14, 780 - i * 14], outline=(90, 160, 255), width=3)
    ctext(d, 880, 620, "CLK", font(44, True), WHITE)
    ctext(d, 880, 676, "2059", font(24, True), PALE_A)
    lab = "2059年10月25日 · 苏州"
    f = font(38, True)
    d.rounded_rectangle([X0, 560, X0 + tw(d, lab, f) + 56, 632], radius=12, outline=WHITE, width=3,
                        fill=(20, 70, 200))
    d.text((X0 + 28, 568), lab, font=f, fill=WHITE)
    pin_icon(d, X0, 686, 30, WHITE)
    d.text((X0 + 46, 676), "地址：", font=font(34, True), fill=WHITE)
    d.text((X0, 728), "苏州大学独墅湖校区 炳麟图书馆", font=font(34, True), fill=WHITE)
    # the forum in a glowing box
    y = 880
    d.rounded_rectangle([150, y, W - 150, y + 130], radius=24, fill=(40, 160, 230), outline=CYAN_A, width=4)
    d.rounded_rectangle([168, y + 14, W - 168, y + 116], radius=18, outline=(180, 240, 255), width=2)
    glow_text(im, W / 2 - tw(d, "内存管理分论坛", font(66, True)) / 2, y + 16, "内存管理分论坛", font(66, True), WHITE,
              (150, 250, 255), 10)
    y += 200
    d.rectangle([X0, y, X1, y + 92], fill=(24, 80, 210))
    d.rectangle([X0, y, X1, y + 92], outline=(80, 150, 255), width=2)
    d.text((X0 + 24, y + 20), ">>>", font=font(40, True), fill=CYAN_A)
    rtext(d, X1 - 24, y + 20, "<<<", font(40, True), CYAN_A)
    ctext(d, W / 2, y + 16, "主持人：%s" % HOST_A[0], font(44, True), WHITE)
    y += 116
    ctext(d, W / 2, y, "•  %s  •" % HOST_A[1], font(26), PALE_A)
    y += 48
    ctext(d, W / 2, y, ROOM_A, font(26), PALE_A)
    y += 110
    fb, ft = font(25), font(40, True)
    BX0, BX1 = X0 + 34, X0 + 34 + 560  # the biography's column
    for s in SLOTS_A:
        chevron(d, 210, y, 80, CYAN_A)
        y = range_box(im, d, X0, y + 74, "%s-%s" % (s["start"], s["end"]))
        top = y + 44
        yy = top + 40
        if s["kind"] == "break":
            plate(d, BX0, BX0 + 260, yy, s["title"])
            yy += 84 + 50
            hud_frame(d, X0, top, X1, yy, CYAN_A)
            y = yy + 70
            continue
        for ln in wrap(d, s["title"], ft, X1 - BX0 - 20):
            d.text((BX0, yy), ln, font=ft, fill=WHITE)
            yy += 56
        yy += 30
        for k, sp in enumerate(s["sp"]):
            name = sp[0]
            fbio = font(24) if name.isascii() else fb
            lines = wrap(d, BIO_A[name], fbio, BX1 - BX0)
            y0 = yy
            for ln in lines:
                d.text((BX0, yy), ln, font=fbio, fill=WHITE)
                yy += 44
            cy = y0 + 130
            for i, c in enumerate(((40, 110, 255), (70, 150, 255), (120, 200, 255))):
                rr = 150 - i * 14
                d.ellipse([X1 - 170 - rr, cy - rr, X1 - 170 + rr, cy + rr], outline=c, width=2)
            d.ellipse([X1 - 170 + 120, cy - 90, X1 - 170 + 132, cy - 78], fill=CYAN_A)
            portrait(im, X1 - 170, cy, 118, 5300 + SLOTS_A.index(s) * 10 + k)
            yy = max(yy + 26, cy + 160)
            if k == 0:  # the first (or only) plate under the biography, towards the photo
                plate(d, BX1 - 240, BX1 + 60, yy, name)
            else:  # a pair's second plate at the left
                plate(d, BX0, BX0 + 300, yy, name)
            yy += 84 + 56
        hud_frame(d, X0, top, X1, yy, CYAN_A)
        y = yy + 70
    # foot: sponsors, support units, media, the sign-up code
    y += 60
    for head, names in (("赞助单位", SPONSORS_A), ("支持单位", SUPPORT_A), ("支持媒体", MEDIA_A)):
        d.polygon([(250, y), (W - 230, y), (W - 250, y + 96), (230, y + 96)], fill=(40, 170, 235))
        glow_text(im, W / 2 - tw(d, head, font(52, True)) / 2, y + 14, head, font(52, True), WHITE,
                  (160, 250, 255), 8)
        y += 150
        for i, nm in enumerate(names):
            cx = W / 2 + (-1 if i % 2 == 0 else 1) * 190
            if i % 2 == 0 and i == len(names) - 1:
                cx = W / 2 - 190
            d.rectangle([cx - 165, y, cx + 165, y + 100], outline=WHITE, width=3)
            ctext(d, cx, y + 24, nm, font(38, True), WHITE)
            if i % 2 == 1 or i == len(names) - 1:
                y += 140
        y += 80
    qrcode(d, W / 2 - 170, y, 340, 5390)
    d.rectangle([W / 2 - 182, y - 12, W / 2 + 182, y + 352], outline=WHITE, width=4)
    y += 400
    ctext(d, W / 2, y, "扫码报名", font(60, True), WHITE)
    y += 110
    for ln in ("报名成功后凭电子票签到入场", "本次活动最终解释权归主办方所有"):
        ctext(d, W / 2, y, ln, font(30), PALE_A)
        y += 54
    y += 60
    ctext(d, W / 2, y, "开源 · 协作 · 深入内核", font(48, True), CYAN_A)
    return y + 560


def bg_a(w, h):
    im = vgrad(w, h, (14, 66, 220), (8, 34, 190))
    d = ImageDraw.Draw(im)
    for i in range(0, h, 900):  # faint light streaks down the poster
        d.polygon([(w, i + 200), (w, i + 380), (0, i + 800), (0, i + 720)], fill=(20, 78, 226))
    for k in range(6):  # circuit traces in the header
        yy = 300 + k * 40
        d.line([(0, yy), (80 + k * 30, yy), (140 + k * 30, yy + 60), (300, yy + 60)], fill=(30, 96, 232), width=2)
    # a skyline at the foot: a pagoda, a bridge and roofs
    base = h - 40
    sil = (30, 90, 230)
    for i in range(7):
        ww = 120 - i * 12
        d.polygon([(820 - ww / 2 - 20, base - 60 - i * 46), (820 + ww / 2 + 20, base - 60 - i * 46),
                   (820 + ww / 2, base - 30 - i * 46), (820 - ww / 2, base - 30 - i * 46)], fill=sil)
        d.rectangle([820 - ww / 2 + 8, base - 30 - i * 46, 820 + ww / 2 - 8, base - 14 - i * 46], fill=sil)
    d.rectangle([0, base - 20, w, h], fill=sil)
    d.arc([120, base - 150, 520, base + 150], 180, 360, fill=sil, width=16)
    for x in range(0, 120, 40):
        d.polygon([(x, base - 20), (x + 20, base - 60), (x + 40, base - 20)], fill=sil)
    return im


def poster_a():
    im = two_pass(1080, paint_a, bg_a)
    im = finish(im, 5391, 0.004, 0.3, 90)
    return im, [{"forum": "内存管理分论坛", "slots": [truth_slot(s) for s in SLOTS_A]}]


# ===========================================================================
# 2. 存储与文件系统分论坛, 2059-10-25 afternoon: a compact list with photos
#    (PNG, 1080 px wide).  A teal header (logo lines, 'CLK 2059', the
#    conference, the forum, an info line with a calendar icon and the
#    session's span, one with a pin and the room), then a white sheet
#    '论坛议程' with one row per slot: the range at the left, the bold title,
#    'name · company job' under it, and the speaker's round photo at the
#    RIGHT end of the row.  The host comes first as a row of the same shape:
#    an outlined tag '主持人' where a range stands, the name, the unit and the
#    photo.  A pair shows two overlapping photos and 'name · company ／ name ·
#    company' on one line.  The 茶歇 is a grey row with a cup.
HOST_B = ("钱立新", "南京大学计算机学院 副教授")
ROOM_B = "苏州大学独墅湖校区 理工楼 B201"
SLOTS_B = [
    T("13:30", "13:50", "ext4 bigalloc 在数据库场景下的调优", [S("赵明", "腾讯云", "存储工程师")], "钱立新"),
    T("13:50", "14:10", "NVMe 多路径与 ANA 故障切换的内核实现", [S("吴昊", "浪潮信息", "存储架构师")], "钱立新"),
    T("14:10", "14:30", "XFS 日志子系统的可扩展性改进", [S("徐杰", "华为", None), S("邓琳", "华中科技大学", None)],
      "钱立新"),
    T("14:30", "14:50", "Btrfs 压缩与校验在冷数据存储中的取舍", [S("朱丹", "SUSE", "文件系统工程师")], "钱立新"),
    T("14:50", "15:10", "F2FS 的分区感知垃圾回收", [S("邬海燕", "vivo", "存储性能专家")], "钱立新"),
    B("15:10", "15:25", "茶歇"),
    T("15:25", "15:45", "overlayfs 元数据拷贝的延迟优化", [S("梁晨", "字节跳动", "内核工程师")], "钱立新"),
    T("15:45", "16:05", "blk-mq 调度器在混合负载下的公平性", [S("郑宇", "阿里云", "技术专家")], "钱立新"),
    T("16:05", "16:25", "FUSE passthrough 与 virtiofs 的性能对比", [S("韩冰", "蚂蚁集团", "系统工程师")], "钱立新"),
    T("16:25", "16:45", "ZNS SSD 上的日志结构文件系统适配", [S("曹阳", "长江存储", "固件与内核工程师")], "钱立新"),
    T("16:45", "17:05", "page cache 预读算法的自适应调整", [S("冯雪", "OPPO", "内核工程师")], "钱立新"),
]
TEAL_B, INK_B, GREY_B = (0, 122, 112), (26, 34, 38), (108, 116, 120)


def paint_b(im, d):
    W = im.size[0]
    X0, X1 = 40, W - 40
    logo_lines(d, X0, 40, WHITE, (200, 240, 232))
    rtext(d, X1, 56, "CLK 2059", font(44, True), WHITE)
    d.text((X0, 180), "第54届中国Linux内核开发者大会", font=font(36), fill=(214, 244, 238))
    d.text((X0, 236), "存储与文件系统分论坛", font=font(72, True), fill=WHITE)
    calendar_icon(d, X0 + 2, 366, 30, WHITE)
    d.text((X0 + 48, 358), "2059年10月25日（周六）13:30-17:05", font=font(30), fill=WHITE)
    pin_icon(d, X0 + 4, 420, 26, WHITE)
    d.text((X0 + 48, 414), ROOM_B, font=font(30), fill=WHITE)
    y = 520
    top = y
    y += 40
    d.text((X0 + 36, y), "论坛议程", font=font(40, True), fill=INK_B)
    d.rectangle([X0 + 36, y + 62, X0 + 96, y + 68], fill=TEAL_B)
    y += 100
    TX, PX = X0 + 226, X1 - 84  # the title's column; the photos' centre
    ft, fs, fr = font(30, True), font(23), font(26, True)
    # the host, as a row of the list
    d.rounded_rectangle([X0 + 36, y + 30, X0 + 164, y + 76], radius=23, outline=TEAL_B, width=2)
    ctext(d, X0 + 100, y + 34, "主持人", font(25, True), TEAL_B)
    d.text((TX, y + 18), HOST_B[0], font=font(32, True), fill=INK_B)
    d.text((TX, y + 66), HOST_B[1], font=fs, fill=GREY_B)
    portrait(im, PX, y + 54, 44, 5400)
    y += 116
    d.line([(X0 + 36, y), (X1 - 36, y)], fill=TEAL_B, width=3)
    for i, s in enumerate(SLOTS_B):
        rng = "%s-%s" % (s["start"], s["end"])
        if s["kind"] == "break":
            h = 74
            d.rectangle([X0 + 36, y + 1, X1 - 36, y + h], fill=(238, 242, 242))
            d.text((X0 + 36, y + 20), rng, font=fr, fill=GREY_B)
            cup_icon(d, TX, y + 22, 30, GREY_B)
            d.text((TX + 46, y + 16), s["title"], font=font(30), fill=GREY_B)
        else:
            lines = wrap_nicely(d, s["title"], ft, PX - 64 - TX)
            spk = "　／　".join("%s · %s" % (sp[0], aff(sp)) for sp in s["sp"])
            assert tw(d, spk, fs) <= PX - 60 - TX, spk
            h = 26 + 44 * len(lines) + 8 + 34 + 26
            h = max(h, 128)
            d.text((X0 + 36, y + 28), rng, font=fr, fill=TEAL_B)
            yy = y + 22
            for ln in lines:
                d.text((TX, yy), ln, font=ft, fill=INK_B)
                yy += 44
            d.text((TX, yy + 8), spk, font=fs, fill=GREY_B)
            if len(s["sp"]) == 1:
                portrait(im, PX, y + h / 2, 44, 5401 + i)
            else:  # two photos overlapping, the second in front
                for k in range(len(s["sp"])):
                    cx = PX - 30 + k * 48
                    d.ellipse([cx - 42, y + h / 2 - 42, cx + 42, y + h / 2 + 42], fill=WHITE)
                    portrait(im, cx, y + h / 2, 38, 5420 + i * 2 + k)
        y += h
        d.line([(X0 + 36, y), (X1 - 36, y)], fill=(222, 228, 228), width=2)
    y += 50
    bottom = y
    if real(im):  # the sheet's frame, drawn last so that it does not cover the rows
        d.rounded_rectangle([X0, top, X1, bottom], radius=22, outline=(210, 222, 220), width=2)
    y += 50
    qrcode(d, X0 + 10, y, 170, 5430)
    d.text((X0 + 210, y + 26), "扫码进入大会小程序", font=font(32, True), fill=INK_B)
    d.text((X0 + 210, y + 80), "查看全部分论坛议程与直播回放", font=font(26), fill=GREY_B)
    d.text((X0 + 210, y + 124), "主办：中国 Linux 内核开发者大会组委会　承办：苏州大学", font=font(22), fill=GREY_B)
    return y + 240


def bg_b(w, h):
    im = Image.new("RGB", (w, h), (244, 247, 246))
    head = vgrad(w, 620, (0, 104, 96), (0, 150, 134))
    hd = ImageDraw.Draw(head)
    for i in range(8):  # stacked platters, the storage forum's mark
        hd.ellipse([700 + i * 6, 120 + i * 40, 1040 - i * 6, 200 + i * 40], outline=(40, 170, 154), width=3)
    im.paste(head, (0, 0))
    ImageDraw.Draw(im).rounded_rectangle([40, 520, w - 40, h - 290], radius=22, fill=WHITE)
    return im


def poster_b():
    im = two_pass(1080, paint_b, bg_b)
    return im, [{"forum": "存储与文件系统分论坛", "slots": [truth_slot(s) for s in SLOTS_B]}]


# ===========================================================================
# 3. RISC-V 与体系结构分论坛, 2059-10-26 morning: one landscape slide
#    (1920 x 1080 PNG) shown on the room's screen.  A navy sidebar at the
#    left (logo lines, 'CLK 2059', the conference, the forum on two lines
#    'RISC-V' / '与体系结构分论坛', its English name, the date, the room, and
#    a host card: photo, '主持人', name, unit).  At the right, 'AGENDA 议程'
#    and one row per slot: the range on a 12-HOUR clock with AM/PM
#    ('9:10 – 9:35 AM', '11:55 AM – 12:20 PM', '12:20 – 1:30 PM'), the bold
#    title, 'name · company' under it; two speakers of one company joined by
#    '&'.  The host opens the forum ('开场致辞').  A footer and a page number.
HOST_C = ("王志勇", "中国科学院计算技术研究所", "研究员")
ROOM_C = "会场：炳麟图书馆二楼 多功能厅"
SLOTS_C = [
    T("09:00", "09:10", "开场致辞", [S("王志勇", "中国科学院计算技术研究所", None)], "王志勇"),
    T("09:10", "09:35", "RISC-V 向量扩展的内核上下文切换开销", [S("张磊", "中国科学院软件研究所", None)], "王志勇"),
    T("09:35", "10:00", "LoongArch 内核虚拟化支持的最新进展", [S("李倩", "龙芯中科", None)], "王志勇"),
    T("10:00", "10:25", "Arm64 指针认证与 BTI 的内核加固", [S("唐浩", "飞腾信息", None), S("彭程", "飞腾信息", None)],
      "王志勇"),
    T("10:25", "10:50", "Booting RISC-V Servers with UEFI and ACPI", [S("Daniel Kovacs", "Canonical", None)],
      "王志勇"),
    B("10:50", "11:05", "茶歇"),
    T("11:05", "11:30", "海光平台上 perf PMU 驱动的适配", [S("谢芳", "海光信息", None)], "王志勇"),
    T("11:30", "11:55", "RISC-V AIA 中断架构与 KVM 设备直通", [S("吕晨", "平头哥半导体", None)], "王志勇"),
    T("11:55", "12:20", "x86 LAM 与 LASS：内存安全新特性的内核支持", [S("周敏", "英特尔", None)], "王志勇"),
    B("12:20", "13:30", "午餐"),
]
NAVY_C, INK_C, GREY_C, ORANGE_C = (16, 36, 92), (22, 30, 52), (104, 112, 130), (240, 132, 30)


def clock12(hm):
    """'13:30' -> ('1:30', 'PM'): the slide's 12-hour clock, no leading zero."""
    h, m = map(int, hm.split(":"))
    return "%d:%02d" % ((h - 1) % 12 + 1, m), "AM" if h < 12 else "PM"


def range12(s):
    """The printed range: the period once at the end when both ends share it, else after each end."""
    (a, pa), (b, pb) = clock12(s["start"]), clock12(s["end"])
    return "%s – %s %s" % (a, b, pb) if pa == pb else "%s %s – %s %s" % (a, pa, b, pb)


def paint_c(im, d):
    W, H = im.size
    SW = 600
    logo_lines(d, 48, 46, WHITE, (180, 198, 240))
    d.text((52, 186), "CLK 2059", font=font(64, True), fill=WHITE)
    d.text((54, 278), "第54届中国Linux内核开发者大会", font=font(28), fill=(190, 204, 240))
    d.rectangle([54, 338, 114, 344], fill=ORANGE_C)
    d.text((52, 368), "RISC-V", font=font(60, True), fill=WHITE)
    d.text((52, 450), "与体系结构分论坛", font=font(60, True), fill=WHITE)
    d.text((54, 542), "RISC-V & Architecture Forum", font=font(26), fill=(190, 204, 240))
    calendar_icon(d, 56, 608, 26, ORANGE_C)
    d.text((98, 600), "2059年10月26日（周日）上午", font=font(27), fill=WHITE)
    pin_icon(d, 58, 656, 22, ORANGE_C)
    d.text((98, 648), ROOM_C, font=font(27), fill=WHITE)
    # host card
    y = 770
    d.rounded_rectangle([40, y, SW - 40, y + 220], radius=18, fill=(30, 56, 124))
    portrait(im, 130, y + 110, 66, 5500)
    d.rounded_rectangle([226, y + 36, 226 + tw(d, "主持人", font(22, True)) + 28, y + 72], radius=8, fill=ORANGE_C)
    d.text((240, y + 38), "主持人", font=font(22, True), fill=WHITE)
    d.text((226, y + 86), HOST_C[0], font=font(38, True), fill=WHITE)
    d.text((226, y + 144), HOST_C[1], font=font(22), fill=(200, 212, 240))
    d.text((226, y + 176), HOST_C[2], font=font(22), fill=(200, 212, 240))
    # the agenda at the right
    X0, X1 = SW + 70, W - 70
    d.text((X0, 50), "AGENDA", font=font(24, True), fill=ORANGE_C)
    d.text((X0, 80), "议程", font=font(50, True), fill=INK_C)
    rtext(d, X1, 92, "每个报告含 5 分钟问答", font(22), GREY_C)
    y = 164
    d.line([(X0, y), (X1, y)], fill=NAVY_C, width=3)
    TX = X0 + 300
    ft, fs, fr = font(29, True), font(22), font(25, True)
    for s in SLOTS_C:
        rng = range12(s)
        assert tw(d, rng, fr) <= TX - X0 - 20, rng
        if s["kind"] == "break":
            h = 58
            d.rectangle([X0, y + 2, X1, y + h], fill=(240, 242, 246))
            d.text((X0 + 10, y + 13), rng, font=fr, fill=GREY_C)
            d.text((TX, y + 10), s["title"], font=font(28), fill=GREY_C)
        else:
            spk = " & ".join(sp[0] for sp in s["sp"]) + " · " + s["sp"][0][1]
            assert all(sp[1] == s["sp"][0][1] for sp in s["sp"])
            assert tw(d, s["title"], ft) <= X1 - TX and tw(d, spk, fs) <= X1 - TX
            h = 86
            d.rectangle([X0, y + 20, X0 + 5, y + 60], fill=ORANGE_C)
            d.text((X0 + 18, y + 16), rng, font=fr, fill=NAVY_C)
            d.text((TX, y + 10), s["title"], font=ft, fill=INK_C)
            d.text((TX, y + 52), spk, font=fs, fill=GREY_C)
        y += h
        d.line([(X0, y), (X1, y)], fill=(222, 226, 234), width=1)
    assert y < H - 60, y
    d.text((X0, H - 48), "CLK 2059 · 苏州大学", font=font(20), fill=GREY_C)
    rtext(d, X1, H - 48, "12", font(20, True), GREY_C)
    return H


def bg_c(w, h):
    im = Image.new("RGB", (w, h), (252, 252, 254))
    side = vgrad(600, h, (14, 30, 80), (26, 54, 128))
    sd = ImageDraw.Draw(side)
    for i in range(14):  # a die's grid, faint, behind the sidebar
        sd.line([(380 + i * 30, 0), (380 + i * 30, 300)], fill=(32, 56, 120), width=1)
        sd.line([(380, i * 22), (600, i * 22)], fill=(32, 56, 120), width=1)
    im.paste(side, (0, 0))
    return im


def poster_c():
    im = bg_c(1920, 1080)
    paint_c(im, ImageDraw.Draw(im))
    return im, [{"forum": "RISC-V 与体系结构分论坛", "slots": [truth_slot(s) for s in SLOTS_C]}]


# ===========================================================================
# 4. 调度与可观测性分论坛, 2059-10-25 afternoon: the forum's speakers poster
#    (JPEG, 1080 px wide).  An indigo header (logo lines, the school, the
#    conference, the forum, a chip 'SPEAKERS 嘉宾介绍', date and room), a
#    host card with a biography, then the speakers as CARDS TWO TO A ROW (read
#    left, right, next row): a photo, the name, 'company job', a biography,
#    and at the card's FOOT, after a dashed rule, the range in a chip and the
#    talk's bold title.  A talk by two speakers is on both of their cards
#    (same range, same title).  A band '15:10-15:30　茶歇' between two rows.
HOST_D = ("黄永刚", "阿里云", "内核技术专家")
BIO_HOST_D = ("龙蜥社区调度 SIG 负责人，从事 Linux 调度器与性能分析工作十余年，主导了 ANCK 内核多个调度特性的设计，"
              "在 LPC 和多届 CLK 上分享过调度与可观测性相关议题。")
ROOM_D = "会场：炳麟图书馆三楼 302 会议室"
SLOTS_D = [
    T("13:30", "13:50", "sched_ext：用 BPF 编写生产级调度器", [S("王丹", "字节跳动", "系统工程师")], "黄永刚"),
    T("13:50", "14:10", "EEVDF 下的延迟敏感任务调优", [S("孙浩", "vivo", "内核性能专家")], "黄永刚"),
    T("14:10", "14:30", "PREEMPT_RT 进入主线之后：实时性回归测试",
      [S("范磊", "中兴通讯", "实时系统架构师"), S("石颖", "中兴通讯", "内核工程师")], "黄永刚"),
    T("14:30", "14:50", "qspinlock 在多路 NUMA 服务器上的优化", [S("郭涛", "华为", "内核工程师")], "黄永刚"),
    T("14:50", "15:10", "Latency Analysis with osnoise and timerlat", [S("佐藤 健太", "Fujitsu", "内核工程师")], "黄永刚"),
    B("15:10", "15:30", "茶歇"),
    T("15:30", "15:50", "perf sched 与 BPF 结合的调度延迟画像", [S("蒋涛", "美团", "基础架构工程师")], "黄永刚"),
    T("15:50", "16:10", "PSI 在大规模集群 CPU 拥塞检测中的应用", [S("田野", "快手", "系统工程师")], "黄永刚"),
    T("16:10", "16:30", "cgroup v2 CPU 带宽控制的尾延迟问题", [S("杜鹏", "腾讯", "高级工程师")], "黄永刚"),
    T("16:30", "16:50", "lockdep 误报的定位与修复", [S("方琳", "统信软件", "内核工程师")], "黄永刚"),
    T("16:50", "17:10", "RCU 回调卸载在低功耗设备上的调优", [S("邹凯", "小米", "内核工程师")], "黄永刚"),
]
BIO_D = {
    "王丹": "毕业于上海交通大学，现负责字节跳动内部 sched_ext 调度器的开发与灰度，此前在 Intel 从事功耗管理，"
            "向上游提交过多个 BPF 调度器示例。",
    "孙浩": "专注手机场景的调度与功耗优化，参与了 EEVDF 在 Android 内核上的移植与调优，对前台交互卡顿问题有"
            "丰富的分析经验。",
    "范磊": "从事嵌入式与电信设备实时系统工作十五年，负责 CGEL 实时内核，参与制定了多项通信设备实时性测试规范。",
    "石颖": "毕业于西安电子科技大学，主要负责 PREEMPT_RT 相关补丁的回合与实时性回归测试平台的建设。",
    "郭涛": "openEuler 内核团队成员，研究多路服务器上的锁竞争问题，曾在鲲鹏与海光平台上完成多项锁优化的"
            "落地，相关补丁已合入主线。",
    "佐藤 健太": "富士通 Linux 技术中心内核工程师，常驻东京，长期参与 ftrace 与 rtla 工具的开发，关注工业控制"
                 "场景下的实时延迟分析，这是他第二次来到 CLK。",
    "蒋涛": "负责美团在线服务的性能诊断平台，基于 perf 与 BPF 构建了调度延迟的全量采集系统，覆盖数十万台服务器。",
    "田野": "快手容器平台内核负责人，推动 PSI 在集群调度与弹性扩缩中的应用，此前在阿里巴巴从事混部调度。",
    "杜鹏": "TencentOS 内核调度方向负责人，长期关注 cgroup CPU 带宽控制与混部隔离，曾参与 burst 特性的上游开发。",
    "方琳": "统信软件内核组工程师，负责 deepin 与 UOS 内核的调试工具链，修复过多个 lockdep 与 KCSAN 报告的问题。",
    "邹凯": "小米系统软件部内核工程师，负责手机内核的功耗与调度，近期专注 RCU 回调卸载与 nohz 在低功耗场景下的"
            "收益评估。",
}
VIO_D, INK_D, GREY_D, GOLD_D = (84, 52, 168), (30, 28, 44), (104, 100, 118), (255, 206, 96)


def card_d(im, d, x0, x1, y, s, sp, seed, h=None):
    """One speaker's card: photo, name, 'company job', biography, then the talk's range and title."""
    fn, fa, fb, ft, fr = font(32, True), font(21), font(20), font(26, True), font(21, True)
    inner = x1 - x0 - 48
    bio = wrap(d, BIO_D[sp[0]], fb, inner)
    title = wrap_nicely(d, s["title"], ft, inner)
    need = 24 + 120 + 20 + 32 * len(bio) + 24 + 2 + 22 + 38 + 14 + 38 * len(title) + 26
    if h is None:
        return need
    d.rounded_rectangle([x0 + 4, y + 6, x1 + 4, y + h + 6], radius=18, fill=(222, 216, 236))
    d.rounded_rectangle([x0, y, x1, y + h], radius=18, fill=WHITE)
    portrait(im, x0 + 24 + 60, y + 24 + 60, 60, seed)
    nx = x0 + 24 + 120 + 20
    d.text((nx, y + 40), sp[0], font=fn, fill=INK_D)
    for k, ln in enumerate(wrap(d, aff(sp), fa, x1 - 20 - nx)):
        d.text((nx, y + 90 + k * 30), ln, font=fa, fill=GREY_D)
    yy = y + 24 + 120 + 20
    for ln in bio:
        d.text((x0 + 24, yy), ln, font=fb, fill=GREY_D)
        yy += 32
    yy = y + h - (2 + 22 + 38 + 14 + 38 * len(title) + 26)  # the foot sits at the card's bottom
    for x in range(x0 + 24, x1 - 24, 14):
        d.line([(x, yy), (x + 7, yy)], fill=(200, 192, 222), width=2)
    yy += 22
    rng = "%s-%s" % (s["start"], s["end"])
    d.rounded_rectangle([x0 + 24, yy, x0 + 24 + tw(d, rng, fr) + 28, yy + 36], radius=18, fill=VIO_D)
    d.text((x0 + 38, yy + 4), rng, font=fr, fill=WHITE)
    yy += 38 + 14
    for ln in title:
        d.text((x0 + 24, yy), ln, font=ft, fill=INK_D)
        yy += 38
    return h


def paint_d(im, d):
    W = im.size[0]
    X0, X1 = 40, W - 40
    logo_lines(d, X0, 44, WHITE, (214, 204, 244))
    rtext(d, X1, 60, SCHOOL, font(38, True), WHITE)
    rtext(d, X1, 110, "计算机科学与技术学院", font(22), (214, 204, 244))
    d.text((X0, 200), "第54届中国Linux内核开发者大会", font=font(46, True), fill=WHITE)
    d.text((X0, 280), "调度与可观测性分论坛", font=font(76, True), fill=GOLD_D)
    lab = "SPEAKERS  嘉宾介绍"
    d.rounded_rectangle([X0, 404, X0 + tw(d, lab, font(28, True)) + 44, 456], radius=26, outline=WHITE, width=2)
    d.text((X0 + 22, 410), lab, font=font(28, True), fill=WHITE)
    d.text((X0, 490), "2059年10月25日（周六）下午　｜　" + ROOM_D, font=font(27), fill=WHITE)
    # the host's card
    y = 600
    fb = font(21)
    bio = wrap(d, BIO_HOST_D, fb, X1 - X0 - 220 - 30)
    h = max(200, 30 + 44 + 52 + 34 + 32 * len(bio) + 30)
    d.rounded_rectangle([X0, y, X1, y + h], radius=20, fill=WHITE)
    d.rectangle([X0, y + 30, X0 + 8, y + h - 30], fill=GOLD_D)
    portrait(im, X0 + 110, y + 110, 74, 5600)
    x = X0 + 220
    lab = "论坛主持人"
    d.rounded_rectangle([x, y + 30, x + tw(d, lab, font(22, True)) + 28, y + 66], radius=18, fill=VIO_D)
    d.text((x + 14, y + 33), lab, font=font(22, True), fill=WHITE)
    d.text((x, y + 78), HOST_D[0], font=font(36, True), fill=INK_D)
    d.text((x + tw(d, HOST_D[0], font(36, True)) + 20, y + 88), "%s %s" % HOST_D[1:], font=font(24), fill=GREY_D)
    yy = y + 30 + 44 + 52 + 10
    for ln in bio:
        d.text((x, yy), ln, font=fb, fill=GREY_D)
        yy += 32
    y += h + 50
    # the speakers' cards, two to a row
    cards = []
    for i, s in enumerate(SLOTS_D):
        if s["kind"] == "break":
            cards.append(s)
            continue
        for k, sp in enumerate(s["sp"]):
            cards.append((s, sp, 5601 + i * 3 + k))
    CW = (X1 - X0 - 24) // 2
    cols = [(X0, X0 + CW), (X1 - CW, X1)]
    row = []
    for c in cards + [None]:
        if (c is None or isinstance(c, dict) or len(row) == 2) and row:
            h = max(card_d(im, d, a, b, y, s, sp, seed) for (a, b), (s, sp, seed) in zip(cols, row))
            for (a, b), (s, sp, seed) in zip(cols, row):
                card_d(im, d, a, b, y, s, sp, seed, h)
            y += h + 28
            row = []
        if c is None:
            break
        if isinstance(c, dict):
            d.rounded_rectangle([X0, y + 10, X1, y + 96], radius=43, fill=(60, 40, 120))
            lab = "%s-%s　%s" % (c["start"], c["end"], c["title"])
            f = font(34, True)
            cup_icon(d, W / 2 - tw(d, lab, f) / 2 - 56, y + 34, 36, GOLD_D)
            ctext(d, W / 2, y + 28, lab, f, WHITE)
            y += 96 + 38
            continue
        row.append(c)
    y += 40
    qrcode(d, X0, y, 200, 5690)
    d.text((X0 + 240, y + 30), "扫码报名 · 预约直播", font=font(36, True), fill=INK_D)
    d.text((X0 + 240, y + 92), "主办：中国 Linux 内核开发者大会组委会", font=font(24), fill=GREY_D)
    d.text((X0 + 240, y + 134), "承办：苏州大学计算机科学与技术学院", font=font(24), fill=GREY_D)
    return y + 290


def bg_d(w, h):
    im = Image.new("RGB", (w, h), (244, 241, 250))
    head = vgrad(w, 780, (40, 24, 96), (96, 56, 176))
    hd = ImageDraw.Draw(head)
    for i in range(12):  # a trace's waveform across the header
        x = 560 + i * 44
        amp = 60 if i % 3 == 0 else 24
        hd.line([(x, 170 - amp), (x, 170 + amp)], fill=(120, 90, 200), width=8)
    im.paste(head, (0, 0))
    return im


def poster_d():
    im = two_pass(1080, paint_d, bg_d)
    im = finish(im, 5691, 0.004, 0.25, 90)
    return im, [{"forum": "调度与可观测性分论坛", "slots": [truth_slot(s) for s in SLOTS_D]}]


NOTE = (
    "Same conventions as posters-blind-4..32: speakers are names as printed with spaces removed (the Latin names "
    "'Florian Hartwig' -> 'FlorianHartwig', 'Daniel Kovacs' -> 'DanielKovacs'; the Japanese name printed '佐藤 健太' -> "
    "'佐藤健太'; names whose letters a plate spaces out by drawing, '周 凯', are given without the gaps); host is the "
    "chair printed for the forum covering the slot, null for breaks; start/end always HH:MM on a 24-hour clock; "
    "titles exclude tags and badges; where two or more speakers are printed each has his own affiliation, given per "
    "speaker; affiliations keep a printed job title, joined to the company by one space; a speaker printed without "
    "a company has an EMPTY affiliations list (as set 27); biographies are neither affiliations, names nor titles "
    "(as sets 24 and 28); break titles are as printed; an opening speech with a speaker is a talk. ONE edition, "
    "CLK 2059 (第54届, 苏州, 苏州大学), published ONE POSTER PER FORUM, four forums on four posters in four designs, "
    "so no talk is on two posters and every poster holds exactly one forum: 内存管理分论坛, 存储与文件系统分论坛 and "
    "调度与可观测性分论坛 on the afternoon of Saturday 2059-10-25 (in parallel, so their times overlap from poster to "
    "poster), RISC-V 与体系结构分论坛 on the morning of Sunday 2059-10-26. Room lines ('会场：…', a pin with a "
    "place), the school's name, sponsor, support-unit and media boxes, QR captions, slogans, footers and page "
    "numbers are never part of a name, a title or a slot. Added or stressed here: "
    "(1) long-cards-memory-forum.jpg (JPEG, 1080 x 13086, as long as the organisers' real forum posters), "
    "内存管理分论坛, in the organisers' family on blue: logo lines, '苏州大学 / Soochow University / 计算机科学与技术学院' "
    "at the right, '第54届中国 / Linux内核开发者大会' leaning right (sheared), a ring 'CLK 2059', a date pill "
    "'2059年10月25日 · 苏州' (no range), '地址：' and the address, the forum in a glowing box, a host bar "
    "'>>>  主持人：沈建国  <<<' with '•  苏州大学计算机科学与技术学院 教授  •' and the room line '会场：炳麟图书馆一楼 "
    "学术报告厅' under it. Per talk: a double chevron, the range in a tab box ('13:30-13:55', a monospaced face with a "
    "glow), a thin frame holding the bold title (the English title wraps to two lines, joined with a space), then "
    "per speaker a biography at the left, a round photo in rings at the right, and the NAME ALONE on a plate under "
    "the biography, its letters spaced out. No line prints a company or a job: the company is only a word inside "
    "the biography ('字节跳动 STE 团队 Linux 内核工程师，…'), and biographies name other companies as well ('此前在浪潮"
    "信息…', '曾在字节跳动和华为实习'). Judgement call: every speaker of this poster has an EMPTY affiliations list, "
    "the biography being no affiliation line. The talk 14:20-14:45 has two speakers under one title: 陈立 "
    "(biography, photo, plate towards the right) then 杨欣 (biography, photo, plate at the LEFT). Foreign speaker "
    "Florian Hartwig with an English biography and title. The 茶歇 (15:10-15:30) is a range box over a plate '茶 歇' "
    "in a frame. "
    "(2) compact-photo-list-storage.png (PNG, 1080 x 2570), 存储与文件系统分论坛: a teal header (logo lines, "
    "'CLK 2059', the conference, the forum, a calendar icon with '2059年10月25日（周六）13:30-17:05', the session's span "
    "and not a slot, a pin icon with the room '苏州大学独墅湖校区 理工楼 B201'), then a white sheet '论坛议程' with one "
    "compact row per slot: the range at the left, the bold title on one line, 'name · company job' small and grey "
    "under it, and the speaker's round photo at the RIGHT END of the row. The FIRST row is the host dressed as a "
    "talk: an outlined tag '主持人' where a range stands, 钱立新 in bold, '南京大学计算机学院 副教授' under the name and a "
    "photo; it is no slot and gives the host. The pair (14:10-14:30) shows two overlapping photos and ONE line "
    "'徐杰 · 华为　／　邓琳 · 华中科技大学': each speaker has the company after his own '·' ('华为', '华中科技大学'), the "
    "'／' parting the two speakers. The 茶歇 is a grey row with a cup icon. Uncommon surname 邬. "
    "(3) slide-12-hour-riscv.png (PNG, 1920 x 1080), RISC-V 与体系结构分论坛, the forum's agenda slide for the room's "
    "screen: a navy sidebar (logo lines, 'CLK 2059', the conference, the forum on TWO lines 'RISC-V' / "
    "'与体系结构分论坛', given as 'RISC-V 与体系结构分论坛' with a space where the Latin word meets the Chinese; the "
    "English name 'RISC-V & Architecture Forum' is no part of it; '2059年10月26日（周日）上午', '会场：炳麟图书馆二楼 "
    "多功能厅', a host card: photo, a tag '主持人', 王志勇, the unit over the rank '研究员'). At the right 'AGENDA' over "
    "'议程', a note '每个报告含 5 分钟问答' (no slot), and one row per slot whose range is on a 12-HOUR clock in "
    "English: no leading zero, an en dash with spaces, the period once at the end when both ends share it "
    "('9:10 – 9:35 AM' is 09:10-09:35), after each end when they differ ('11:55 AM – 12:20 PM' is 11:55-12:20); the "
    "lunch '12:20 – 1:30 PM' is 12:20-13:30. The forum opens with '开场致辞' by the host himself ('王志勇 · "
    "中国科学院计算技术研究所'): a talk, its speaker also the forum's host. Speakers 'name · company' (no job); two "
    "speakers of one company are joined by '&' before the one company ('唐浩 & 彭程 · 飞腾信息'), and both get "
    "'飞腾信息' (as set 25 gave a shared unit). Foreign speaker Daniel Kovacs (Canonical) with an English title. "
    "Breaks are grey rows with a range and '茶歇' or '午餐'. "
    "(4) speaker-cards-grid-scheduling.jpg (JPEG, 1080 x 4302), 调度与可观测性分论坛, the forum's speakers poster: an "
    "indigo header (logo lines, the school, the conference, the forum in gold, a chip 'SPEAKERS  嘉宾介绍', "
    "'2059年10月25日（周六）下午　｜　会场：炳麟图书馆三楼 302 会议室'), a host card shaped like a speaker's (photo, a tag "
    "'论坛主持人', 黄永刚 with '阿里云 内核技术专家' beside the name, a biography): no talk, it gives the host. Then the "
    "speakers as CARDS TWO TO A ROW, read left then right, row by row: photo, the name in bold, 'company job' under "
    "the name, a biography, and at the card's FOOT, after a dashed rule, the range in a chip and the talk's bold "
    "title (several wrap; one breaks inside a word, 'cgroup v2 CPU 带' / '宽控制的尾延迟问题'). The talk 14:10-14:30 "
    "'PREEMPT_RT 进入主线之后：实时性回归测试' by two speakers is printed on BOTH their cards, side by side (same range, "
    "same title): one talk with two speakers in card order (范磊, 石颖), each with the 'company job' of his card. A "
    "band '15:10-15:30　茶歇' with a cup spans the grid between two rows; the last row holds one card. The Japanese "
    "speaker '佐藤 健太' ('Fujitsu 内核工程师', English title) is given as '佐藤健太'."
)

LAYOUTS = {
    "long-cards-memory-forum.jpg": (
        "内存管理分论坛 of CLK 2059 (第54届), 苏州大学, 2059-10-25 afternoon (1080 x 13086, JPEG q85 after a q90 round trip "
        "with light grain), the organisers' long forum poster on blue: logo lines, the school at the right, the "
        "conference's name leaning right, a ring 'CLK 2059', a date pill, the address, the forum in a glowing box, "
        "'>>>  主持人：name  <<<' with the unit and the room line under it; per talk a double chevron, the range in a "
        "tab box, a frame with the bold title, then per speaker a biography, a round photo at the right and the "
        "name alone on a letter-spaced plate under the biography (no company line: the company only inside the "
        "biography); a pair with its second plate at the left; a foreign speaker with an English biography; a 茶歇 "
        "plate; sponsor, support and media boxes and a QR code at the foot.",
        DATE_SAT, poster_a, 85),
    "compact-photo-list-storage.png": (
        "存储与文件系统分论坛 of CLK 2059, 2059-10-25 afternoon (1080 x 2570 PNG), a compact list: a teal header with "
        "the forum, the session's span after a calendar icon and the room after a pin; a white sheet '论坛议程' with "
        "one row per slot: range, bold title, 'name · company job' under it, the round photo at the right end; the "
        "host first as a row of the same shape with a tag '主持人' in the range's place; a pair with two overlapping "
        "photos and 'name · company　／　name · company'; a grey 茶歇 row with a cup. Uncommon surname 邬.",
        DATE_SAT, poster_b, None),
    "slide-12-hour-riscv.png": (
        "RISC-V 与体系结构分论坛 of CLK 2059, 2059-10-26 morning (1920 x 1080 PNG), the forum's agenda slide: a navy "
        "sidebar with the forum's name on two lines ('RISC-V' / '与体系结构分论坛'), its English name, date, room and a "
        "host card; at the right 'AGENDA 议程' and rows 'range | bold title' over 'name · company', the ranges on a "
        "12-hour clock ('9:10 – 9:35 AM', '11:55 AM – 12:20 PM', '12:20 – 1:30 PM'); the host's '开场致辞'; two "
        "speakers joined by '&' before one company; a foreign speaker; grey 茶歇 and 午餐 rows; footer and page "
        "number.",
        DATE_SUN, poster_c, None),
    "speaker-cards-grid-scheduling.jpg": (
        "调度与可观测性分论坛 of CLK 2059, 2059-10-25 afternoon (1080 x 4302, JPEG q88 after a q90 round trip with light "
        "grain), the forum's speakers poster: an indigo header ('SPEAKERS 嘉宾介绍', date and room), a host card with a "
        "biography, then speaker cards two to a row: photo, name, 'company job', biography, and at the card's foot "
        "the range in a chip and the bold title; the pair's talk printed on both its speakers' cards; a 茶歇 band "
        "across the grid; a Japanese speaker '佐藤 健太'.",
        DATE_SAT, poster_d, 88),
}


def main():
    posters = []
    for fn, (layout, date, draw, quality) in LAYOUTS.items():
        im, forums = draw()
        if fn.endswith(".jpg"):
            im.save(os.path.join(HERE, fn), "JPEG", quality=quality)
        else:
            im.save(os.path.join(HERE, fn), optimize=False)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
