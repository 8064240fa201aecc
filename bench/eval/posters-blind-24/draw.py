"""Draw the twenty-fourth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the four pictures and truth.json next to this file.
Every string printed on a poster comes from the data below, so truth.json and
the pictures cannot drift apart.  Randomness only from seeded Random instances;
JPEG only through Pillow's own encoder at fixed qualities.  The set aims at the
organisers' own family of designs (tall WeChat long images on dark or gradient
backgrounds, forum sections, talk blocks with time, title, speaker and company,
photos and biographies), varied as a new year's designer would vary them: a
tall full-conference image whose talk blocks put the time range on its own
line, then the title, 'name  company  job' and a two-line biography, with one
afternoon forum printing no host; a forum image whose blocks put a round photo
at the left and, right of it, the name large, the company, and only then the
title; a landscape full-day table of three forums side by side with a lunch
row across them and one empty cell; and a main-forum image in the manner of
the organisers' speaker pages, where each speaker's biography comes BEFORE his
name plate and the company sits under the photo, with one talk given by three
speakers and one foreign speaker with an English biography.
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
_fc = {}


def font(size, bold=False, serif=False):
    fam = "Serif" if serif else "Sans"
    path = FD + "Noto%sCJK-%s.ttc" % (fam, "Bold" if bold else "Regular")
    key = (path, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, size, index=SC)
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


def hgrad(d, x0, y0, x1, y1, c1, c2):
    for x in range(int(x0), int(x1)):
        t = (x - x0) / max(1, x1 - x0 - 1)
        d.line([(x, y0), (x, y1)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))


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


def photo(im, cx, cy, r, seed):
    """A round head-and-shoulders placeholder where the real posters put a speaker's photo."""
    if cy - r >= im.size[1]:
        return  # the measuring pass draws on a strip: nothing to paste there
    rnd = random.Random(seed)
    s = 2 * r
    bg = rnd.choice([(236, 238, 242), (226, 232, 240), (240, 236, 230), (218, 226, 236)])
    p = Image.new("RGB", (s, s), bg)
    pd = ImageDraw.Draw(p)
    cloth = rnd.choice([(40, 44, 60), (30, 60, 110), (90, 96, 108), (240, 240, 240), (60, 40, 40)])
    skin = rnd.choice([(236, 200, 170), (224, 186, 150), (242, 210, 184)])
    hair = rnd.choice([(24, 22, 22), (44, 36, 30), (30, 30, 36)])
    pd.ellipse([s * 0.16, s * 0.70, s * 0.84, s * 1.35], fill=cloth)
    pd.rectangle([s * 0.44, s * 0.56, s * 0.56, s * 0.74], fill=skin)
    pd.ellipse([s * 0.31, s * 0.17, s * 0.69, s * 0.56], fill=hair)
    pd.ellipse([s * 0.34, s * 0.27, s * 0.66, s * 0.64], fill=skin)
    pd.chord([s * 0.33, s * 0.18, s * 0.67, s * 0.42], 180, 360, fill=hair)
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, s - 1, s - 1], fill=255)
    im.paste(p, (int(cx - r), int(cy - r)), mask)


def T(start, end, title, speakers, host):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster removed."""
    return name.replace(" ", "").replace("\u3000", "")


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(n) for n, _ in s["sp"]],
            "affiliations": [a for _, a in s["sp"]], "host": s["host"] and plain(s["host"])}


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def logo(d, x, y, col=(255, 255, 255)):
    d.polygon([(x, y + 10), (x + 30, y), (x + 24, y + 78), (x + 4, y + 88)], fill=(120, 220, 255))
    d.polygon([(x + 12, y + 20), (x + 26, y + 14), (x + 22, y + 70), (x + 12, y + 76)], fill=(60, 120, 230))
    d.text((x + 48, y + 6), "CHINA LINUX KERNEL", font=font(24, True), fill=col)
    d.text((x + 48, y + 40), "中国Linux内核开发者大会", font=font(24, True), fill=col)


# ===========================================================================
# 1. Tall full-conference long image (1080 px wide, JPEG), CLK 2033 (第28届)
#    in 成都, on a deep indigo-to-plum gradient: header in the organisers'
#    manner (logo lines, '第28届中国 / Linux内核开发者大会', a date box, a
#    two-line address, an introduction paragraph, '大会议程' over a hollow
#    'AGENDA'); then 主论坛 and, after a band '下午　四个分论坛同时进行', four
#    afternoon forums one after another, each opened by a hollow number
#    ('01'..'04') and its name.  Hosts: a line '主持人：name　unit' under
#    every section header but that of 虚拟化与云原生分论坛, which prints none.
#    Each talk block: a clock mark and the range '09:15-09:55' on a line of
#    its own, then the bold title (wrapping), then 'name  company  job' (name
#    gold and bold), then a biography of exactly two lines in small type.
F1M, H1M, H1M_AFF = "主论坛", "罗文斌", "四川大学计算机学院 教授"
F1A, H1A, H1A_AFF = "内存管理分论坛", "杨帆", "电子科技大学 副教授"
F1B, H1B, H1B_AFF = "存储与文件系统分论坛", "马卫东", "四川大学 研究员"
F1C = "虚拟化与云原生分论坛"
F1D, H1D, H1D_AFF = "网络与 eBPF 分论坛", "唐敏", "西南交通大学 副教授"
SLOTS1M = [
    T("09:00", "09:15", "开幕致辞", [("黄建国", "四川大学 副校长")], H1M),
    T("09:15", "09:55", "面向异构计算的 Linux 内核：CPU、GPU 与 NPU 的统一资源管理", [("张海峰", "华为 内核首席专家")], H1M),
    T("09:55", "10:35", "Upstream First：国内厂商参与主线开发的十年回顾", [("刘晓燕", "阿里云 高级技术专家")], H1M),
    B("10:35", "10:50", "茶歇"),
    T("10:50", "11:30", "EEVDF 调度器在云原生混部场景下的调优实践", [("蒯志刚", "腾讯 专家工程师")], H1M),
    T("11:30", "12:10", "面向 AI 训练集群的内核可靠性：从 MCE 处理到在线热修复", [("周雅琴", "百度 主任架构师")], H1M),
    B("12:10", "13:30", "午餐"),
]
SLOTS1A = [
    T("13:30", "14:10", "匿名页 folio 化与多尺寸大页（mTHP）的回收路径优化", [("吴俊杰", "OPPO 内核专家")], H1A),
    T("14:10", "14:50", "CXL 内存分层：基于 DAMON 的冷热页识别与迁移", [("孙立华", "英特尔 软件架构师")], H1A),
    B("14:50", "15:05", "茶歇"),
    T("15:05", "15:45", "Memory cgroup v2 在手机上的内存压力治理", [("徐静", "vivo 高级工程师")], H1A),
]
SLOTS1B = [
    T("13:30", "14:10", "XFS 在线修复（online fsck）的设计与实现", [("郭宏伟", "阿里云 存储内核专家")], H1B),
    T("14:10", "14:50", "ublk：用户态块设备在分布式存储中的实践", [("何丽", "美团 基础架构工程师")], H1B),
    T("14:50", "15:30", "Btrfs RAID 条带树（raid-stripe-tree）的进展与测试", [("高明", "SUSE 内核工程师")], H1B),
]
SLOTS1C = [
    T("13:30", "14:10", "KVM 虚拟机热迁移中的脏页跟踪优化", [("林志远", "腾讯云 虚拟化专家")], None),
    T("14:10", "14:50", "机密容器：基于 TDX 的 Kata Containers 安全隔离", [("宋佳", "蚂蚁集团 安全工程师")], None),
    B("14:50", "15:05", "茶歇"),
    T("15:05", "15:45", "Arm CCA 在 KVM 上的支持与测试", [("谢文", "飞腾信息 系统工程师")], None),
]
SLOTS1D = [
    T("13:30", "14:10", "netkit 与 BPF：容器网络的性能新选择", [("韩磊", "字节跳动 网络工程师")], H1D),
    T("14:10", "14:50", "TCP 内存记账（memory accounting）的开销与优化", [("冯晓东", "华为 高级工程师")], H1D),
    T("14:50", "15:30", "基于 eBPF 的内核函数级延迟剖析工具", [("曾凡", "滴滴 高级工程师")], H1D),
]
SECTIONS1 = [(None, F1M, H1M, H1M_AFF, SLOTS1M), ("01", F1A, H1A, H1A_AFF, SLOTS1A),
             ("02", F1B, H1B, H1B_AFF, SLOTS1B), ("03", F1C, None, None, SLOTS1C),
             ("04", F1D, H1D, H1D_AFF, SLOTS1D)]
BIO1 = {
    "黄建国": "四川大学教授、博士生导师，长期从事操作系统与分布式系统研究，主持多项国家重点研发计划项目，推动高校开源人才培养。",
    "张海峰": "负责华为服务器操作系统内核技术规划，带领团队在内存管理、调度与异构计算方向向 Linux 主线贡献了大量补丁。",
    "刘晓燕": "龙蜥社区内核 SIG 核心成员，拥有十余年 Linux 内核开发经验，关注上游协作流程与内核质量体系建设。",
    "蒯志刚": "TencentOS 内核调度方向负责人，主导在离线混部调度方案在数十万台服务器上的落地，曾在英特尔开源技术中心工作。",
    "周雅琴": "负责百度智能云 GPU 集群的操作系统与内核稳定性工作，专注硬件故障处理、RAS 与大规模集群运维自动化。",
    "吴俊杰": "长期从事移动终端内存管理优化，在匿名页回收、swap 与大页方向有多项主线贡献，现为 ColorOS 内存子系统负责人。",
    "孙立华": "英特尔中国软件技术团队成员，从事 CXL 与内存分层技术的研发和上游工作，是 DAMON 相关补丁的贡献者之一。",
    "徐静": "vivo 操作系统内核团队成员，负责内存 cgroup 与进程保活策略，关注手机场景下的内存压力与应用卡顿问题。",
    "郭宏伟": "从事文件系统开发十余年，先后参与 ext4、XFS 的维护与性能优化工作，目前关注文件系统在线修复与数据可靠性。",
    "何丽": "美团存储团队核心开发者，负责分布式块存储的客户端与内核态接入，推动 ublk 在生产环境中的大规模使用。",
    "高明": "SUSE 中国研发中心文件系统团队成员，Btrfs 社区活跃贡献者，长期参与 RAID 与数据校验相关功能的开发。",
    "林志远": "负责腾讯云虚拟化平台的热迁移与高可用技术，在 KVM、QEMU 社区均有贡献，关注大规格虚拟机的迁移性能。",
    "宋佳": "蚂蚁集团机密计算团队成员，Kata Containers 社区贡献者，主要研究机密容器的隔离模型与远程证明机制。",
    "谢文": "飞腾操作系统适配团队成员，负责 Arm 架构虚拟化与安全扩展的内核支持及测试，参与多个发行版的适配工作。",
    "韩磊": "字节跳动系统技术与工程团队成员，负责容器网络数据面的性能优化，长期使用 eBPF 构建网络与可观测性方案。",
    "冯晓东": "华为网络协议栈团队成员，主要从事 TCP/IP 协议栈性能与内存开销优化，向主线网络子系统提交过多个补丁。",
    "曾凡": "滴滴基础平台部内核工程师，负责线上性能问题的排查与工具建设，开发了多款基于 eBPF 的内核诊断工具。",
}
INTRO1 = (
    "中国 Linux 内核开发者大会（CLK）由国内高校与企业共同发起，以“开放、协作、创新”为理念，"
    "旨在促进 Linux 内核开发者与爱好者之间的交流与合作，至今已举办 28 届，每届线下参会人数逾五百人。"
    "本届大会由四川大学承办，上午为主论坛，下午设内存管理、存储与文件系统、虚拟化与云原生、"
    "网络与 eBPF 四个分论坛，欢迎广大内核开发者参加。"
)
SUPPORT1 = ["清华大学", "四川大学", "英特尔", "华为", "阿里云", "腾讯", "字节跳动", "OPPO", "vivo", "龙芯中科"]


def clock(d, x, y, r, col):
    d.ellipse([x - r, y - r, x + r, y + r], outline=col, width=3)
    d.line([(x, y), (x, y - r + 5)], fill=col, width=3)
    d.line([(x, y), (x + r - 6, y)], fill=col, width=3)


def paint_bio_blocks(im, d):
    W = im.size[0]
    X0, X1 = 80, W - 80
    TX = X0 + 34
    white, cyan, gold = (255, 255, 255), (110, 230, 255), (255, 204, 96)
    light, dim, bio = (226, 226, 246), (190, 188, 226), (164, 160, 206)
    ftime, ft, fn, fa, fb = font(30, True), font(36, True), font(30, True), font(25), font(22)
    # header
    logo(d, 60, 44)
    rtext(d, W - 60, 48, "四川大学", font(34, True, serif=True), white)
    rtext(d, W - 60, 98, "Sichuan University", font(20), dim)
    for dx, col in ((5, (60, 20, 110)), (0, white)):
        d.text((70 + dx, 210 + dx), "第28届中国", font=font(100, True), fill=col)
        d.text((70 + dx, 340 + dx), "Linux内核开发者大会", font=font(88, True), fill=col)
    d.rounded_rectangle([70, 500, 540, 574], radius=8, outline=cyan, width=3)
    d.text((96, 510), "2033年10月22日 · 成都", font=font(34, True), fill=white)
    d.text((70, 616), "地址：四川大学江安校区", font=font(34, True), fill=white)
    d.text((70, 664), "　　　图书馆报告厅", font=font(34, True), fill=white)
    intro = wrap(d, INTRO1, font(25), W - 240)
    d.rectangle([70, 780, W - 70, 820 + len(intro) * 46 + 34], fill=(34, 24, 92), outline=(96, 86, 190), width=2)
    yy = 824
    for ln in intro:
        d.text((120, yy), ln, font=font(25), fill=light)
        yy += 46
    y = yy + 130
    ag = font(120, True)
    d.text((W / 2 - tw(d, "AGENDA", ag) / 2, y), "AGENDA", font=ag, fill=(40, 28, 96), stroke_width=2,
           stroke_fill=(90, 150, 220))
    ctext(d, W / 2, y + 30, "大会议程", font(70, True), white)
    y += 230
    for num, name, host, haff, slots in SECTIONS1:
        if num == "01":
            d.rounded_rectangle([X0, y, X1, y + 76], radius=38, fill=(72, 40, 150), outline=cyan, width=2)
            ctext(d, W / 2, y + 14, "下午　四个分论坛同时进行", font(34, True), white)
            y += 150
        if num is None:
            hgrad(d, X0, y, X1, y + 110, (90, 50, 200), (30, 140, 220))
            d.text((X0 + 40, y + 20), name, font=font(58, True), fill=white)
            y += 110
        else:
            big = font(96, True)
            d.text((X0, y - 14), num, font=big, fill=(44, 30, 100), stroke_width=3, stroke_fill=cyan)
            d.text((X0 + tw(d, num, big) + 28, y + 16), name, font=font(52, True), fill=white)
            y += 110
        d.rectangle([X0, y + 6, X1, y + 12], fill=cyan)
        y += 12
        if host:
            d.text((X0, y + 22), "主持人：" + host, font=font(30, True), fill=gold)
            d.text((X0 + tw(d, "主持人：" + host, font(30, True)) + 28, y + 27), haff, font=font(25), fill=light)
            y += 70
        y += 40
        for s in slots:
            top = y
            clock(d, TX + 14, y + 22, 14, cyan)
            d.text((TX + 42, y), s["start"] + "-" + s["end"], font=ftime, fill=cyan)
            y += 52
            if s["kind"] == "break":
                d.rounded_rectangle([TX, y, TX + 180, y + 56], radius=28, fill=(70, 50, 140))
                ctext(d, TX + 90, y + 6, s["title"], font(32, True), light)
                y += 56
            else:
                for ln in wrap(d, s["title"], ft, X1 - TX):
                    d.text((TX, y), ln, font=ft, fill=white)
                    y += 50
                y += 8
                for n, a in s["sp"]:
                    company, job = a.split(" ", 1)
                    d.text((TX, y), n, font=fn, fill=gold)
                    x = TX + tw(d, n, fn) + 26
                    d.text((x, y + 4), company, font=fa, fill=light)
                    x += tw(d, company, fa) + 22
                    d.text((x, y + 4), job, font=fa, fill=dim)
                    y += 46
                    lines = wrap(d, BIO1[n], fb, X1 - TX)
                    assert len(lines) == 2, (n, lines)
                    for ln in lines:
                        d.text((TX, y), ln, font=fb, fill=bio)
                        y += 34
            d.line([(X0 + 4, top + 6), (X0 + 4, y)], fill=(120, 90, 230), width=4)
            y += 30
            for x in range(X0, X1, 16):
                d.line([(x, y), (x + 7, y)], fill=(86, 70, 150), width=2)
            y += 34
        y += 60
    # footer
    d.rounded_rectangle([W / 2 - 160, y, W / 2 + 160, y + 70], radius=35, fill=(30, 140, 220))
    ctext(d, W / 2, y + 10, "支持单位", font(38, True), white)
    y += 110
    for i, unit in enumerate(SUPPORT1):
        bx = 110 + (i % 2) * 450
        by = y + (i // 2) * 100
        d.rectangle([bx, by, bx + 410, by + 76], outline=(170, 160, 230), width=2)
        ctext(d, bx + 205, by + 16, unit, font(32, True), light)
    y += (len(SUPPORT1) + 1) // 2 * 100 + 60
    qrcode(d, W / 2 - 110, y, 220, 2401)
    y += 250
    ctext(d, W / 2, y, "扫码报名", font(44, True), white)
    ctext(d, W / 2, y + 70, "主办：中国 Linux 内核开发者大会组委会　承办：四川大学", font(24), dim)
    ctext(d, W / 2, y + 110, "议程如有调整，以大会现场公布为准", font(24), dim)
    return y + 200


def bg_bio_blocks(w, h):
    im = vgrad(w, h, (18, 14, 62), (44, 12, 70))
    d = ImageDraw.Draw(im)
    for i in range(12):
        d.ellipse([560 - i * 30, 120 - i * 22, 1300 + i * 30, 760 + i * 22], outline=(60 + i * 6, 40 + i * 4, 150 + i * 6),
                  width=3)
    for k in range(6):
        y = 2400 + k * 1500
        d.line([(0, y), (w, y - 500)], fill=(34, 24, 90), width=40)
    return im


def poster_bio_blocks():
    im = two_pass(1080, paint_bio_blocks, bg_bio_blocks)
    assert 8000 <= im.size[1] <= 12000, im.size
    forums = [{"forum": name, "slots": [truth_slot(s) for s in slots]} for _, name, _, _, slots in SECTIONS1]
    return finish(im, 2402, 0.010, 0.35, 90), forums


# ===========================================================================
# 2. A forum long image (1080 px wide), 调度与性能分论坛 of CLK 2034 (第29届)
#    in 长沙, on a teal-to-navy gradient: a header with 'CLK 2034', the
#    conference, '2034.10.21 ｜ 长沙 · 中南大学' and '10 月 21 日下午', the forum
#    in a banner, '主持人：name' centred with the unit under it.  Each talk is a
#    card: a cyan tab at the top with the range '13:30-14:05', then per
#    speaker a round photo at the left and, right of it, the name in large
#    type and 'company　job' under it; the title comes last, right of the
#    (last) photo, under the company.  One talk with two speakers (two photo
#    rows, one title).  The 茶歇 is a slim card with its own tab.
F2, H2, H2_AFF = "调度与性能分论坛", "邓志勇", "中南大学计算机学院 教授"
SLOTS2 = [
    T("13:30", "14:05", "Proxy Execution：解决优先级反转的新思路", [("王思源", "荣耀终端 高级工程师")], H2),
    T("14:05", "14:40", "cpuidle governor 在服务器上的能效评估", [("晏青", "海光信息 内核工程师")], H2),
    T("14:40", "15:15", "PREEMPT_RT 合入主线之后：工业控制场景的实时性实践",
      [("李建华", "中国科学院软件研究所 副研究员"), ("赵敏", "中国科学院软件研究所 博士生")], H2),
    B("15:15", "15:30", "茶歇"),
    T("15:30", "16:05", "用 BOLT 与 PGO 优化内核二进制布局", [("潘家豪", "字节跳动 编译器工程师")], H2),
    T("16:05", "16:40", "NUMA balancing 在多路服务器上的误迁移问题", [("钟晓峰", "浪潮信息 系统架构师")], H2),
    T("16:40", "17:15", "RCU 回调卸载与 nohz_full 的延迟抖动分析", [("石磊", "中兴通讯 内核专家")], H2),
]
SUPPORT2 = ["中南大学", "清华大学", "华为", "阿里云", "腾讯", "字节跳动", "荣耀", "海光信息"]


def paint_photo_left(im, d):
    W = im.size[0]
    X0, X1 = 60, W - 60
    R = 120
    RX = X0 + 40 + 2 * R + 40
    white, cyan, gold, light = (255, 255, 255), (40, 204, 232), (255, 214, 110), (150, 215, 235)
    fname, fco, ft = font(54, True), font(28), font(38, True)
    logo(d, 60, 44)
    rtext(d, W - 60, 54, "中南大学", font(34, True, serif=True), white)
    for dx, col in ((5, (0, 120, 150)), (0, white)):
        d.text((60 + dx, 190 + dx), "CLK 2034", font=font(120, True), fill=col)
    d.text((64, 350), "第29届中国 Linux 内核开发者大会", font=font(42, True), fill=white)
    d.text((64, 414), "2034.10.21 ｜ 长沙 · 中南大学新校区", font=font(32), fill=light)
    d.rounded_rectangle([X0, 520, X1, 660], radius=70, fill=(10, 120, 160), outline=cyan, width=3)
    ctext(d, W / 2, 538, F2, font(66, True), white)
    ctext(d, W / 2, 690, "10 月 21 日下午", font(30), light)
    ctext(d, W / 2, 760, "主持人：" + H2, font(40, True), gold)
    ctext(d, W / 2, 820, H2_AFF, font(28), light)
    y = 940
    for k, s in enumerate(SLOTS2):
        tab = s["start"] + "-" + s["end"]
        d.rounded_rectangle([X0, y, X0 + 300, y + 66], radius=14, fill=cyan)
        ctext(d, X0 + 150, y + 8, tab, font(36, True), (8, 28, 60))
        y += 66
        top = y
        if s["kind"] == "break":
            d.rectangle([X0, y, X1, y + 110], fill=(12, 48, 92), outline=cyan, width=2)
            ctext(d, W / 2, y + 26, s["title"], font(44, True), light)
            y += 110 + 60
            continue
        y += 40
        for i, (n, a) in enumerate(s["sp"]):
            rowtop = y
            photo(im, X0 + 40 + R, y + R, R, 2410 + 10 * k + i)
            d.ellipse([X0 + 40, y, X0 + 40 + 2 * R, y + 2 * R], outline=cyan, width=4)
            d.text((RX, y + 10), n, font=fname, fill=white)
            d.text((RX, y + 92), "\u3000".join(a.split(" ", 1)), font=fco, fill=light)
            y += 150
            if i == len(s["sp"]) - 1:
                for ln in wrap(d, s["title"], ft, X1 - 40 - RX):
                    d.text((RX, y), ln, font=ft, fill=gold)
                    y += 54
            y = max(y, rowtop + 2 * R) + 40
        d.rectangle([X0, top, X1, y], outline=cyan, width=2)
        y += 60
    y += 20
    ctext(d, W / 2, y, "支持单位", font(40, True), white)
    y += 90
    for i, unit in enumerate(SUPPORT2):
        bx = 100 + (i % 2) * 460
        by = y + (i // 2) * 96
        d.rounded_rectangle([bx, by, bx + 420, by + 72], radius=10, outline=light, width=2)
        ctext(d, bx + 210, by + 14, unit, font(32, True), white)
    y += (len(SUPPORT2) + 1) // 2 * 96 + 50
    qrcode(d, W / 2 - 100, y, 200, 2409)
    ctext(d, W / 2, y + 224, "扫码关注大会公众号", font(30, True), white)
    ctext(d, W / 2, y + 280, "主办：中国 Linux 内核开发者大会组委会　承办：中南大学计算机学院", font(22), light)
    return y + 360


def bg_photo_left(w, h):
    im = vgrad(w, h, (6, 56, 82), (8, 20, 62))
    d = ImageDraw.Draw(im)
    for i in range(0, h, 220):
        d.line([(0, i + 300), (w, i)], fill=(12, 62, 92), width=2)
    for i in range(8):
        d.ellipse([640 - i * 24, 80 - i * 20, 1200 + i * 24, 560 + i * 20], outline=(20, 90 + i * 8, 130 + i * 8), width=2)
    return im


def poster_photo_left():
    im = two_pass(1080, paint_photo_left, bg_photo_left)
    assert im.size[1] >= 5000, im.size
    return im, [{"forum": F2, "slots": [truth_slot(s) for s in SLOTS2]}]


# ===========================================================================
# 3. A landscape full-day table (2400 x 1600), day two of CLK 2034: a violet
#    header band ('第二天　分论坛日程', '2034年10月22日（周日）'), then one table:
#    a time column of ranges ('09:30-10:10') and three forum columns whose
#    head cells hold the forum name and '主持人：name（unit）'.  Each cell: the
#    bold title over 'name（company）'.  A lunch row '午餐' spans the three
#    forum columns; the third forum has no talk in the last row (empty cell).
F3 = [("体系结构与虚拟化分论坛", "曹磊", "国防科技大学 副研究员", (70, 110, 230)),
      ("安全与可信分论坛", "贾红梅", "中南大学 副教授", (190, 70, 150)),
      ("工具链与测试分论坛", "段志华", "湖南大学 教授", (20, 150, 140))]
ROWS3 = [  # (start, end, [cell per forum: (title, name, company) or None]) or (start, end, break title)
    ("09:30", "10:10", [("LoongArch 虚拟化扩展（LVZ）的 KVM 实现", "陈永康", "龙芯中科"),
                        ("Kernel Lockdown 与安全启动在国产发行版中的落地", "卢建平", "麒麟软件"),
                        ("KUnit 与 kselftest：让驱动测试进入 CI", "叶子豪", "统信软件")]),
    ("10:10", "10:50", [("RISC-V AIA 中断架构与 KVM 设备直通", "彭涛", "中国科学院软件研究所"),
                        ("基于 LSM BPF 的细粒度访问控制", "姚静怡", "蚂蚁集团"),
                        ("Clang/LLVM 构建内核：LTO 与 CFI 的取舍", "范丽娜", "字节跳动")]),
    ("10:50", "11:30", [("Arm64 上的 pKVM 与受保护虚拟机", "董宇航", "荣耀终端"),
                        ("内核堆漏洞利用缓解：SLAB_VIRTUAL 与随机化", "沈浩然", "奇安信"),
                        ("syzkaller 之外：基于大模型的内核模糊测试种子生成", "汪洋", "清华大学")]),
    ("11:30", "13:30", "午餐"),
    ("13:30", "14:10", [("x86 APX 扩展寄存器对内核上下文切换的影响", "袁晓军", "英特尔"),
                        ("机密计算场景下的内核攻击面分析", "苏明", "海光信息"),
                        ("KernelCI 在发行版回归测试中的应用", "廖俊", "中国移动")]),
    ("14:10", "14:50", [("申威平台 Linux 内核移植经验谈", "蒋文静", "江南计算技术研究所"),
                        ("IPE（Integrity Policy Enforcement）与内核模块签名", "魏晨", "华为"),
                        None]),
]


def slots3():
    forums = []
    for j, (name, host, _, _) in enumerate(F3):
        slots = []
        for r in ROWS3:
            if isinstance(r[2], str):
                slots.append(B(r[0], r[1], r[2]))
            elif r[2][j] is not None:
                title, n, co = r[2][j]
                slots.append(T(r[0], r[1], title, [(n, co)], host))
        forums.append({"forum": name, "slots": [truth_slot(s) for s in slots]})
    return forums


def poster_table():
    W, H = 2400, 1600
    X0, TC = 60, 250
    CW = (W - 2 * X0 - TC) // 3
    im = Image.new("RGB", (W, H), (14, 20, 50))
    d = ImageDraw.Draw(im)
    hgrad(d, 0, 0, W, 250, (40, 50, 170), (110, 40, 160))
    for i in range(14):
        d.line([(1300 + i * 80, 250), (1500 + i * 80, 0)], fill=(120, 70, 190), width=3)
    white, light, cyan = (255, 255, 255), (210, 216, 245), (130, 210, 255)
    d.text((X0, 30), "CLK 2034　第29届中国 Linux 内核开发者大会", font=font(34, True), fill=light)
    d.text((X0, 92), "第二天　分论坛日程", font=font(76, True), fill=white)
    rtext(d, W - X0, 70, "2034年10月22日（周日）", font(44, True), white)
    rtext(d, W - X0, 140, "长沙 · 中南大学新校区　三个会场同时进行", font(30), light)
    ft, fs = font(32, True), font(28)
    y = 290
    hh = 140
    d.rectangle([X0, y, X0 + TC - 6, y + hh], fill=(36, 44, 90))
    ctext(d, X0 + TC / 2, y + 48, "时间", font(38, True), white)
    for j, (name, host, unit, col) in enumerate(F3):
        x = X0 + TC + j * CW
        d.rectangle([x, y, x + CW - 6, y + hh], fill=col)
        ctext(d, x + CW / 2, y + 18, name, font(40, True), white)
        ctext(d, x + CW / 2, y + 84, "主持人：%s（%s）" % (host, unit), font(26), (240, 240, 255))
    y += hh + 6
    for k, r in enumerate(ROWS3):
        rng = r[0] + "-" + r[1]
        if isinstance(r[2], str):
            h = 80
            d.rectangle([X0, y, X0 + TC - 6, y + h - 6], fill=(60, 50, 110))
            ctext(d, X0 + TC / 2, y + 18, rng, font(32, True), white)
            d.rectangle([X0 + TC, y, X0 + TC + 3 * CW - 6, y + h - 6], fill=(60, 50, 110))
            ctext(d, X0 + TC + 3 * CW / 2, y + 14, r[2], font(38, True), white)
            y += h
            continue
        cells = [None if c is None else wrap(d, c[0], ft, CW - 50) for c in r[2]]
        h = 28 + max(len(c) * 45 for c in cells if c) + 10 + 38 + 26
        fill = (26, 36, 78) if k % 2 == 0 else (22, 30, 68)
        d.rectangle([X0, y, X0 + TC - 6, y + h - 6], fill=fill)
        ctext(d, X0 + TC / 2, y + h / 2 - 24, rng, font(32, True), cyan)
        for j, c in enumerate(r[2]):
            x = X0 + TC + j * CW
            d.rectangle([x, y, x + CW - 6, y + h - 6], fill=fill)
            if c is None:
                continue
            yy = y + 26
            for ln in cells[j]:
                d.text((x + 25, yy), ln, font=ft, fill=white)
                yy += 45
            d.text((x + 25, yy + 10), "%s（%s）" % (c[1], c[2]), font=fs, fill=cyan)
        y += h
    assert y < H - 70, y
    d.text((X0, H - 60), "注：议程如有调整，以大会现场公布为准。", font=font(26), fill=(150, 156, 190))
    rtext(d, W - X0, H - 60, "中国 Linux 内核开发者大会组委会", font(26), (150, 156, 190))
    return im, slots3()


# ===========================================================================
# 4. A main-forum long image (1080 px wide, JPEG) in the manner of the
#    organisers' speaker pages, CLK 2034 主论坛 in 长沙, on a royal-blue
#    gradient: header (logo lines, '第29届中国 / Linux内核开发者大会', date box,
#    address), the forum in a glowing pill, a host bar '>>>  主持人：孔德明  <<<'
#    with the unit under it.  Each talk: chevrons, a boxed range
#    '09:00-09:40', a frame holding the bold title and then per speaker a
#    biography paragraph at the left and a round photo at the right, the
#    name plate UNDER the biography and 'company　job' under the photo.
#    Two-character names on plates are padded with a full-width space.  One
#    talk by three speakers; one foreign speaker with an English biography.
F4, H4, H4_AFF = "主论坛", "孔德明", "国防科技大学计算机学院 研究员"
SLOTS4 = [
    T("09:00", "09:40", "国产操作系统内核的十年：从跟随到贡献", [("王立军", "麒麟软件 首席技术官")], H4),
    T("09:40", "10:20", "Large Folios Everywhere: Rethinking the Page Cache", [("Daniel Fischer", "SUSE Senior Kernel Engineer")],
      H4),
    B("10:20", "10:35", "茶歇"),
    T("10:35", "11:25", "openEuler、OpenAnolis 与 OpenCloudOS：社区内核的协同维护",
      [("刘　洋", "华为 内核专家"), ("孟晓东", "阿里云 高级技术专家"), ("谭　静", "腾讯 内核研发工程师")], H4),
    T("11:25", "12:05", "大模型推理时代的内核：内存带宽与调度的瓶颈", [("程　浩", "vivo 首席架构师")], H4),
    T("12:05", "12:35", "从第一个补丁开始：高校学生参与内核社区的路径", [("董　雪", "国防科技大学 博士生")], H4),
    B("12:35", "13:30", "午餐"),
]
BIO4 = {
    "王立军": "麒麟软件首席技术官，从事操作系统研发二十余年，主持多个国产操作系统版本的内核研发工作，"
              "推动国产 CPU 平台的内核支持进入 Linux 主线，长期关注开源社区与产业生态建设。",
    "Daniel Fischer": "Senior kernel engineer at SUSE Labs and a long-time contributor to memory management "
                      "and the page cache. He works on large folio support in filesystems and has spoken at "
                      "several kernel conferences in Europe.",
    "刘　洋": "openEuler 内核 SIG 维护者，负责 openEuler 长期支持内核的分支策略与补丁回合，关注稳定分支的质量与"
             "安全修复流程。",
    "孟晓东": "OpenAnolis 龙蜥社区内核维护者之一，从事云服务器内核开发与维护工作，推动社区内核与上游主线保持同步。",
    "谭　静": "OpenCloudOS 社区内核核心开发者，负责社区内核版本发布与兼容性测试，参与多个跨社区联合项目。",
    "程　浩": "vivo 操作系统首席架构师，负责端侧大模型推理的系统软件优化，在内存压缩、调度与能效方面有丰富经验。",
    "董　雪": "国防科技大学计算机学院博士生，研究方向为操作系统内核与形式化验证，已向 Linux 主线提交数十个补丁。",
}
SUPPORT4 = ["国防科技大学", "中南大学", "清华大学", "麒麟软件", "华为", "阿里云", "腾讯", "vivo", "SUSE", "英特尔"]


def chevrons(d, cx, y, col):
    for i in range(3):
        yy = y + i * 16
        d.line([(cx - 34, yy), (cx, yy + 24), (cx + 34, yy)], fill=col, width=6)


def paint_bio_plates(im, d):
    W = im.size[0]
    X0, X1 = 60, W - 60
    BX, BW = X0 + 40, 540
    R = 110
    PCX = X1 - 40 - R
    white, cyan, pale = (255, 255, 255), (90, 220, 255), (214, 228, 255)
    ft, fb, fplate, faff = font(40, True), font(24), font(40, True), font(23)
    logo(d, 50, 40)
    rtext(d, W - 60, 46, "中南大学", font(34, True, serif=True), white)
    rtext(d, W - 60, 96, "Central South University", font(20), pale)
    for dx, col in ((6, (10, 30, 130)), (0, white)):
        d.text((60 + dx, 200 + dx), "第29届中国", font=font(100, True), fill=col)
        d.text((60 + dx, 330 + dx), "Linux内核开发者大会", font=font(88, True), fill=col)
    d.rounded_rectangle([60, 500, 500, 572], radius=36, outline=cyan, width=3)
    d.text((92, 510), "2034年10月21日 · 长沙", font=font(34, True), fill=white)
    d.text((60, 614), "地址：", font=font(34, True), fill=white)
    d.text((60, 664), "中南大学新校区图书馆报告厅", font=font(34, True), fill=white)
    y = 820
    hgrad(d, W / 2 - 260, y, W / 2 + 260, y + 110, (40, 180, 255), (20, 90, 230))
    d.rectangle([W / 2 - 260, y, W / 2 + 260, y + 110], outline=(170, 240, 255), width=3)
    ctext(d, W / 2, y + 14, F4, font(64, True), white)
    y += 180
    d.rectangle([X0, y, X1, y + 90], fill=(30, 90, 230), outline=cyan, width=2)
    d.text((X0 + 30, y + 16), ">>>", font=font(40, True), fill=cyan)
    rtext(d, X1 - 30, y + 16, "<<<", font(40, True), cyan)
    ctext(d, W / 2, y + 14, "主持人：" + H4, font(44, True), white)
    ctext(d, W / 2, y + 110, "• " + H4_AFF + " •", font(26), pale)
    y += 200
    for k, s in enumerate(SLOTS4):
        chevrons(d, W / 2 + 200, y, cyan)
        y += 70
        d.rectangle([X0, y, X0 + 340, y + 72], fill=(14, 40, 150), outline=cyan, width=3)
        ctext(d, X0 + 170, y + 8, s["start"] + "-" + s["end"], font(44, True), cyan)
        y += 72
        top = y
        if s["kind"] == "break":
            y += 40
            d.rounded_rectangle([BX, y, BX + 260, y + 76], radius=12, outline=cyan, width=2)
            ctext(d, BX + 130, y + 10, s["title"], font(44, True), white)
            y += 76 + 40
        else:
            y += 36
            d.rectangle([BX - 14, y + 10, BX - 6, y + 46], fill=cyan)
            for ln in wrap(d, s["title"], ft, X1 - 40 - BX):
                d.text((BX + 6, y), ln, font=ft, fill=white)
                y += 56
            y += 24
            for i, (n, a) in enumerate(s["sp"]):
                g = y
                yy = g
                for ln in wrap(d, BIO4[n], fb, BW):
                    d.text((BX, yy), ln, font=fb, fill=pale)
                    yy += 38
                photo(im, PCX, g + R, R, 2440 + 10 * k + i)
                d.ellipse([PCX - R - 8, g - 8, PCX + R + 8, g + 2 * R + 8], outline=cyan, width=2)
                d.ellipse([PCX - R - 22, g - 22, PCX + R + 22, g + 2 * R + 22], outline=(60, 130, 240), width=2)
                py = max(yy + 24, g + 2 * R - 40)
                pw = tw(d, n, fplate) + 80
                d.rounded_rectangle([BX, py, BX + pw, py + 72], radius=10, fill=(24, 70, 210), outline=cyan, width=2)
                d.text((BX + 40, py + 8), n, font=fplate, fill=white)
                ay = max(py + 24, g + 2 * R + 34)
                line = "\u3000".join(a.split(" ", 1))
                lw = tw(d, line, faff)
                d.text((min(PCX - lw / 2, X1 - 16 - lw), ay), line, font=faff, fill=pale)
                y = max(py + 72, ay + 34) + 50
        d.line([(X0, top), (X0, y), (X1, y), (X1, top + 60)], fill=cyan, width=2)
        d.ellipse([X1 - 7, top + 53, X1 + 7, top + 67], fill=cyan)
        y += 40
    y += 40
    hgrad(d, W / 2 - 200, y, W / 2 + 200, y + 84, (40, 180, 255), (20, 90, 230))
    ctext(d, W / 2, y + 12, "支持单位", font(44, True), white)
    y += 130
    for i, unit in enumerate(SUPPORT4):
        bx = 110 + (i % 2) * 450
        by = y + (i // 2) * 100
        d.rectangle([bx, by, bx + 410, by + 78], outline=pale, width=2)
        ctext(d, bx + 205, by + 14, unit, font(34, True), white)
    y += (len(SUPPORT4) + 1) // 2 * 100 + 60
    d.rectangle([W / 2 - 140, y, W / 2 + 140, y + 280], outline=pale, width=2)
    qrcode(d, W / 2 - 120, y + 20, 240, 2449)
    y += 320
    ctext(d, W / 2, y, "扫码报名", font(56, True), white)
    ctext(d, W / 2, y + 90, "现场名额有限，报满即止", font(28), pale)
    ctext(d, W / 2, y + 150, "开源 · 协作 · 共建", font(44, True), cyan)
    return y + 280


def bg_bio_plates(w, h):
    im = vgrad(w, h, (24, 74, 232), (12, 34, 168))
    d = ImageDraw.Draw(im)
    for i in range(10):
        d.arc([560 - i * 28, 180 - i * 22, 1260 + i * 28, 880 + i * 22], 100, 320, fill=(60 + i * 6, 120 + i * 8, 250),
              width=3)
    for k in range(0, h, 900):
        d.arc([-600, k + 200, 1700, k + 900], 200, 340, fill=(40, 100, 240), width=3)
    return im


def poster_bio_plates():
    im = two_pass(1080, paint_bio_plates, bg_bio_plates)
    return finish(im, 2450, 0.008, 0.3, 90), [{"forum": F4, "slots": [truth_slot(s) for s in SLOTS4]}]


NOTE = (
    "Same conventions as posters-blind-4..23: speakers are names as printed with spaces removed (full-width "
    "padding '刘　洋' -> '刘洋'; the foreign name 'Daniel Fischer' -> 'DanielFischer'); host is the chair printed "
    "for the forum covering the slot, null for breaks and null where a forum prints no host; start/end always "
    "HH:MM on a 24-hour clock; titles exclude tags; where two or more speakers are printed each has his own "
    "affiliation, given per speaker; affiliations keep a printed job title, joined to the company by one space; "
    "break titles are as printed; '开幕致辞' with a speaker is a talk; a table row of breaks spanning the forum "
    "columns is a break of each forum. Added or stressed here: the tall bio-block poster (a JPEG, CLK 2033) has "
    "five sections: 主论坛, then after the band '下午　四个分论坛同时进行' (not a slot) four afternoon forums one "
    "after another, each opened by a hollow number '01'..'04' that is not part of the forum name; the forums "
    "run in parallel, so their times repeat. Every section but 虚拟化与云原生分论坛 has a line '主持人：name　unit' "
    "under its header; 虚拟化与云原生分论坛 prints no host, so its talks have host null. Each block prints the "
    "range on a line of its own (after a clock mark), then the title, then 'name  company  job' (affiliation "
    "'company job'), then a two-line biography in small type; the biographies name other companies ('曾在英特尔"
    "开源技术中心工作'), projects and numbers, and are neither affiliations nor titles. The 茶歇 and 午餐 blocks "
    "print a range and a label; 茶歇 10:35-10:50 and 午餐 12:10-13:30 belong to 主论坛, the afternoon 茶歇 "
    "14:50-15:05 to 内存管理分论坛 and to 虚拟化与云原生分论坛 each, as printed in their sections. The "
    "introduction paragraph (which names the four afternoon forums and '28 届'), the '支持单位' boxes and the "
    "organiser lines at the foot are not slots or affiliations. The photo-left forum poster (CLK 2034, "
    "调度与性能分论坛) puts the range in a tab at the top of each card, then per speaker a round photo at the "
    "left and, right of it, the name in large type and 'company　job' under it (affiliation 'company job'); "
    "the title comes LAST, under the (last) speaker's company; the talk with two speakers shows two photo rows "
    "and one title after the second. Its header's '10 月 21 日下午' is not a slot. The landscape table (day two "
    "of CLK 2034, 2034-10-22) has a time column and three forum columns whose head cells print the forum name "
    "and '主持人：name（unit）'; a cell prints the title over 'name（company）' (affiliation: the company alone); "
    "the row '11:30-13:30 午餐' spans the three forums and is a break of each; 工具链与测试分论坛 has an empty "
    "cell in the last row (14:10-14:50), which is no slot. The bio-plate main-forum poster (a JPEG, CLK 2034 "
    "主论坛, 2034-10-21) prints per talk a boxed range, then in a frame the title and, per speaker, the "
    "biography at the left, a round photo at the right, the name on a plate UNDER the biography and "
    "'company　job' centred under the photo: that line is the speaker's affiliation ('company job'). One talk "
    "has three speakers, each with his own biography, plate and affiliation, in the printed order. The foreign "
    "speaker Daniel Fischer has an English biography and the affiliation 'SUSE Senior Kernel Engineer' (SUSE "
    "and the job printed with a full-width space between). Its 茶歇 and 午餐 print a boxed range and a "
    "label. No talk appears on two posters: CLK 2033 is only on the first, and the three 2034 posters show "
    "three different parts of that conference (主论坛 and one forum on 2034-10-21, three forums on 2034-10-22)."
)

LAYOUTS = {
    "bio-blocks-full-conference.jpg": (
        "Tall full-conference long image (1080 px wide, JPEG), CLK 2033 (第28届) in 成都, indigo-to-plum "
        "gradient: header in the organisers' manner (logo lines, '第28届中国 / Linux内核开发者大会', date box "
        "'2033年10月22日 · 成都', two-line address, an introduction paragraph, '大会议程' over a hollow 'AGENDA'); "
        "主论坛, a band '下午　四个分论坛同时进行', then four afternoon forums one after another, each opened by a "
        "hollow number '01'..'04' and the forum name; '主持人：name　unit' under each section header except "
        "虚拟化与云原生分论坛 (no host). Each block: clock mark and range '09:15-09:55' on its own line, the bold "
        "title, 'name  company  job', a two-line biography in small type. Support-unit boxes, QR code and "
        "organisers at the foot. Uncommon surname 蒯.",
        "2033-10-22", poster_bio_blocks),
    "photo-left-name-first-forum.png": (
        "Forum long image (1080 px wide), 调度与性能分论坛, CLK 2034 (第29届) in 长沙, teal-to-navy gradient: "
        "'CLK 2034', the conference, '2034.10.21 ｜ 长沙 · 中南大学新校区', the forum in a banner, '10 月 21 日下午', "
        "'主持人：邓志勇' centred with the unit under it; each talk a card with the range in a cyan tab at its "
        "top, then per speaker a round photo at the left and, right of it, the name large and 'company　job' "
        "under it, and the title last, under the (last) company; one talk with two speakers (two photo rows, "
        "one title); a 茶歇 card with its tab. Uncommon surname 晏.",
        "2034-10-21", poster_photo_left),
    "landscape-three-forum-table.png": (
        "Landscape full-day table (2400 x 1600), day two of CLK 2034: violet header ('第二天　分论坛日程', "
        "'2034年10月22日（周日）', '长沙 · 中南大学新校区　三个会场同时进行'); a time column of ranges "
        "('09:30-10:10') and three forum columns (体系结构与虚拟化分论坛, 安全与可信分论坛, 工具链与测试分论坛), "
        "head cells with the forum name and '主持人：name（unit）'; each cell the bold title over "
        "'name（company）'; a '午餐' row spanning the three forums; one empty cell (工具链与测试分论坛, last row).",
        "2034-10-22", poster_table),
    "bio-plates-main-forum.jpg": (
        "Main-forum long image (1080 px wide, JPEG), CLK 2034 主论坛 in 长沙, royal-blue gradient in the manner "
        "of the organisers' speaker pages: header, the forum in a pill, a host bar '>>>  主持人：孔德明  <<<' with "
        "the unit under it; per talk chevrons, a boxed range '09:00-09:40' and a frame holding the bold title "
        "and per speaker the biography at the left, a round photo at the right, the name plate UNDER the "
        "biography and 'company　job' centred under the photo; two-character names padded ('刘　洋'); one talk "
        "by three speakers; one foreign speaker (Daniel Fischer, SUSE) with an English biography and an "
        "English title; 茶歇 and 午餐 with boxed ranges.",
        "2034-10-21", poster_bio_plates),
}


def main():
    posters = []
    for fn, (layout, date, draw) in LAYOUTS.items():
        im, forums = draw()
        if fn.endswith(".jpg"):
            im.save(os.path.join(HERE, fn), "JPEG", quality=88)
        else:
            im.save(os.path.join(HERE, fn), optimize=False)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-04", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
