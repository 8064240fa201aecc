"""Draw the two-hundred-and-thirty-eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes 9238clk.png and truth.json next to this file (DRAFT=1 writes only tmp/draft.png,
a fast lossless page to look at, and skips the size and pinned-wrap checks).
Every string printed on the poster comes from the data below, so truth.json and the picture cannot
drift apart.  Randomness only from seeded Random instances (fixed seeds or zlib.crc32 of a name,
never hash()).

ONE invented edition, CLK 9238 (第7233届, 梅州, 嘉应学院 计算机学院, Saturday 9238-10-16), as the ONE whole-agenda
image of its year (as CLK2022's repository holds one agenda image, imgs/2022clk.png, a PNG of 1.5 MB): a PNG
1080 wide of 1.0 to 1.6 MB in the family of the organisers' 2024 whole agenda (CLK2024/大会全议程.webp)
recoloured: a deep FOREST-GREEN page, MUSTARD titles, dots and bars, CORAL labels, BRONZE bands and plates.
Logo lines, the host school at the top right, a leaning '第N届中国' / 'Linux内核开发者大会', a date pill
with a pin and the city, a 'CLK' ring, '地址：' over two lines, a framed introduction with corner marks,
'大会议程' on a plate; then CLK2022's four README forums one under another (主论坛 in the morning, the three
afternoon forums after it in README order, as the 2024 designer set five): '▶▶ 主论坛' or a number box, the
topic and '分论坛' set apart, the host at the right of the heading with his unit under him, or on a centred line
under a heading too long to leave room; the 2024 TIMELINE rows (range at the left, a dot on a vertical line,
the title broken greedily, 'padded name  company-job' per speaker, two speakers on two lines; the Latin speaker
has his line UNDER the name, as 2024 prints its Latin speaker); the round table with '主持人：' and '嘉　宾：'
on lines of their own over the people; tea and lunch as gradient bands; '赞助单位' / '支持单位' / '支持媒体'
over outlined boxes, a QR code, '扫码报名', captions, a slogan and a skyline (梅州: hills, the 千佛塔 on its
hill, a Hakka round house with its pond, the school's main building, a bridge over the 梅江).

This file started as a copy of posters-blind-227/draw.py (227 from set 204, it from 187, 171, 158, and back
through sets 152, 135, 123, 111, 104, 105, 79, 66, 65, 62, 59).  Kept unchanged: font, tw, TOKEN,
NO_LINE_START, wrap_widths, wrap, ctext, rtext, vgrad, glow, qrcode, two_pass, logo_lines, seed_of, fits,
WHITE, BANDS, rng, saturday, pin, slant_text, hgrad, seal, pad, latin, plain, split_spaces (unused), P, T,
PANEL, B, CLK2022_FORUMS, REAL_NAMES (set 169's list), W and the measures, ring_graphic, header, intro_box,
foot_plate, unit_box, units, footer, background, number_box, topic_of, heading_a, break_after, person_line,
agenda_row, paint_full, truth_slot, forum_truth, people, listing_words, surname, readme_forums, wrapped,
wrapped_affs, COMMON5, COMMON20.  Changed: check (this set's counts, teas, ends, starts and surname counts),
main (COUNTS and HOSTS_UNDER constants).  Dropped: pavilion and 227's skyline.  New: the palette and ED, the
data, pagoda, roundhouse, skyline (梅州), RARE, OTHER, UNCOMMON_GIVEN, UNDER, EXPECT, COUNTS5, ABSENT20,
TWO_CHAR, TEAS, ENDS, COUNTS, HOSTS_UNDER, WRAPPED, LAYOUT and the note.
"""
import datetime
import json
import math
import os
import random
import re
import zlib

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


def glow(im, cx, cy, r, col, strength):
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


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


def seed_of(text):
    return zlib.crc32(text.encode("utf-8"))


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


WHITE = (255, 255, 255)
BANDS = ("茶歇", "午餐")


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def pin(d, x, y, fill, hole, k=1.0):
    """A location pin (the organisers' date pill and address carry one)."""
    d.ellipse([x, y, x + 20 * k, y + 20 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 13 * k), (x + 18 * k, y + 13 * k), (x + 10 * k, y + 28 * k)], fill=fill)
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=hole)


def slant_text(im, x, y, text, f, fill, shear=0.2, cx=None, fill2=None):
    """Bold display type leaning right (the organisers' headline face); cx centres it; with fill2 the
    letters run from fill at the top to fill2 at the foot."""
    w, h = tw(ImageDraw.Draw(im), text, f) + 8, int(f.size * 1.45)
    m = Image.new("L", (w + int(shear * h) + 8, h), 0)
    ImageDraw.Draw(m).text((int(shear * h) + 4, 0), text, font=f, fill=255)
    m = m.transform(m.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    if cx is not None:
        x = cx - m.size[0] / 2
    src = Image.new("RGB", m.size, fill) if fill2 is None else vgrad(m.size[0], m.size[1], fill, fill2)
    im.paste(src, (int(x), int(y)), m)
    return x + m.size[0]


def hgrad(d, x0, y0, x1, y1, c0, c1):
    for i in range(int(x1 - x0)):
        t = i / max(1, x1 - x0 - 1)
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c0, c1)))


def seal(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.rectangle([x - r / 3, y - r / 3, x + r / 3, y + r / 3], outline=fill, width=2)


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between, as the organisers do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 and not name.isascii() else name


def latin(name):
    return name.isascii()


def plain(name):
    """A name as the truth gives it: spaces and the padding of two-character names removed."""
    return name.replace(" ", "").replace("\u3000", "")


def split_spaces(d, text, f, maxw):
    """A long company-job line broken only at its printed spaces (a designer keeps a unit's words whole)."""
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


# ---------------------------------------------------------------------------
# data.  P(name, line): a speaker and the company-job line printed after his name, exactly as the designer
# typed it (with or without spaces); under=True: the line is printed UNDER the name (a long line, as the
# organisers' 2024 whole agenda prints one speaker's).  A Latin name always has its line under it.

def P(name, line, under=False):
    return {"name": name, "line": line, "under": under}


def T(start, end, title, speakers, host, how="lines"):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host, "how": how}


def PANEL(start, end, title, moderator, guests, host):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests,
            "host": host, "how": "panel"}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None, "how": None}


CLK2022_FORUMS = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]







# ===========================================================================
# CLK 9238 (第7233届), 梅州, 嘉应学院, Saturday 9238-10-16; 主论坛 in the morning, the afternoon from 13:30 in all three
# forums, 20- to 30-minute talks, a tea break in every forum (主论坛 10:20-10:35; 15:30-15:50, 15:20-15:40 and
# 15:30-15:45 in the afternoon)
HOSTS = [("钟立新", "嘉应学院计算机学院院长"),
         ("何翀", "华南理工大学计算机科学与工程学院副教授"),
         ("梁静", "中山大学计算机学院副教授"),
         ("黄伟", "深圳大学计算机与软件学院副研究员")]
H0, H1, H2, H3 = (h[0] for h in HOSTS)
FORUMS = [
    {"name": "主论坛", "host": HOSTS[0], "slots": [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "开幕致辞", [P("李国强", "嘉应学院副校长")], H0),
        T("09:20", "09:50", "Linux 6.1 前夜：Rust、MGLRU 与 maple tree 合入主线意味着什么",
          [P("王建华", "华为 操作系统内核实验室首席专家")], H0),
        T("09:50", "10:20", "What we learned rebasing three thousand vendor patches every two years",
          [P("张旻", "统信软件 内核研发部经理")], H0),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:05", "LoongArch 进入主线之后：发行版还要做什么",
          [P("吴海军", "龙芯中科 内核组负责人")], H0),
        T("11:05", "11:30", "向上游提交补丁：评审意见里最常见的十个问题",
          [P("刘洋", "阿里云 操作系统内核专家"), P("杨丹", "阿里云 内核工程师")], H0),
        T("11:30", "11:55", "智能座舱里的 Linux：冷启动从 20 秒压到 3 秒", [P("徐超", "蔚来 系统软件工程师")], H0),
        PANEL("11:55", "12:40", "圆桌论坛：国产 CPU 越来越多，内核社区准备好了吗？",
              P("周珺", "中国科学院软件研究所 副研究员"),
              [P("张志强", "华为 openEuler 社区技术委员会委员"), P("马俊峰", "腾讯 TencentOS 内核负责人"),
               P("朱红梅", "华南理工大学 教授"), P("郭振宇", "字节跳动 系统技术与工程团队负责人")], H0),
        B("12:40", "13:30", "午餐"),
    ]},
    {"name": "处理器架构与调度分论坛", "host": HOSTS[1], "slots": [
        T("13:30", "13:55", "RISC-V 平台的 Sstc 扩展：时钟中断少走一趟 SBI 能省多少",
          [P("王鹏飞", "平头哥半导体 内核工程师")], H1),
        T("13:55", "14:20", "Big cores, little cores: tuning ITMT priorities on Alder Lake desktops",
          [P("陈晨", "英特尔亚太研发有限公司 操作系统工程师")], H1),
        T("14:20", "14:45", "ARM64 服务器上 TLB shootdown 的 IPI 合并",
          [P("李明辉", "华为 内核工程师"), P("储晓峰", "华为 高级工程师")], H1),
        T("14:45", "15:10", "PREEMPT_RT 在工控网关上的落地：最坏延迟从 400 微秒降到 40 微秒",
          [P("于海波", "研华科技 嵌入式软件工程师")], H1),
        T("15:10", "15:30", "在离线混部中 SMT 兄弟线程干扰的识别与规避", [P("郑凯文", "美团 基础架构工程师")], H1),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:15", "Throttled at 30% CPU: a cgroup quota story from a payment gateway", [P("唐杰", "快手 内核工程师")], H1),
        T("16:15", "16:40", "在 LoongArch 上缩短 TLB refill 异常路径",
          [P("沈浩然", "龙芯中科 虚拟化工程师"), P("袁丽萍", "龙芯中科 内核工程师")], H1),
        T("16:40", "17:05", "256 核服务器上 sched domain 的扫描开销", [P("苏建国", "海光信息 系统软件工程师")], H1),
        T("17:05", "17:30", "鲲鹏服务器跨片访存：数据库进程绑核前后对比", [P("刘宇航", "华为云 虚拟化工程师")], H1),
        T("17:30", "17:50", "x86 服务器 TSC 不稳定时的时钟源切换问题排查", [P("卢海涛", "中兴通讯 操作系统工程师")], H1),
    ]},
    {"name": "内存管理与异构计算分论坛", "host": HOSTS[2], "slots": [
        T("13:30", "13:50", "folio 进入页缓存之后的顺序读写路径", [P("王磊", "华为 内核工程师")], H2),
        T("13:50", "14:15", "What /proc/slabinfo does not tell you about kmalloc waste",
          [P("Daniel Ferreira", "Red Hat 高级软件工程师")], H2),
        T("14:15", "14:40", "国产加速卡上的 SVA 共享页表实践",
          [P("张伟东", "寒武纪 驱动工程师"), P("魏雅婷", "寒武纪 系统软件工程师")], H2),
        T("14:40", "15:00", "memory.high 设错之后：一次容器限流事故", [P("吕思琪", "腾讯 TencentOS 内核工程师")], H2),
        T("15:00", "15:20", "虚拟化宿主机上 1 GB 大页的预留与释放", [P("丁志勇", "百度 系统部工程师")], H2),
        B("15:20", "15:40", "茶歇"),
        T("15:40", "16:05", "Compaction stalls on large-memory database hosts and how we tamed them",
          [P("叶文斌", "京东 基础架构工程师")], H2),
        T("16:05", "16:25", "采样式内存错误检测上线一年：23 个越界是怎样被抓到的", [P("余浩", "网易 内核工程师")], H2),
        T("16:25", "16:50", "AI 推理卡驱动中的长期页钉住与内存碎片",
          [P("杜鹏程", "燧原科技 驱动工程师"), P("李昱辰", "燧原科技 软件工程师")], H2),
        T("16:50", "17:10", "把 swap 放到 NVMe 上：远端内存之前的一步", [P("戴文杰", "阿里云 内核工程师")], H2),
        T("17:10", "17:35", "不停机做进程内存快照：userfaultfd-wp 与 soft-dirty 的对比", [P("汪建新", "蚂蚁集团 内核工程师")], H2),
        T("17:35", "18:00", "大规模 fork 场景下页表内存占用的优化尝试", [P("田宇", "小米 内核工程师")], H2),
    ]},
    {"name": "IO 与 ebpf 分论坛", "host": HOSTS[3], "slots": [
        T("13:30", "13:55", "WAL 刷盘换成 io_uring 之后，p99 为什么反而变差了", [P("任晓东", "PingCAP 存储引擎工程师")], H3),
        T("13:55", "14:20", "BPF CO-RE in practice: one tracing binary for ten kernel versions",
          [P("姚俊", "滴滴 内核工程师")], H3),
        T("14:20", "14:45", "NVMe/TCP 目标端的中断绑核调优", [P("廖文华", "深信服 存储研发工程师")], H3),
        T("14:45", "15:10", "用 sockops 与 sk_msg 替代 sidecar：eBPF 在服务网格中的尝试",
          [P("陈思远", "字节跳动 网络工程师"), P("阚雪", "字节跳动 SRE 工程师")], H3),
        T("15:10", "15:30", "给数据库盘挑 IO 调度器：三种调度器压测对比", [P("杨光耀", "小米 存储工程师")], H3),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:10", "bcache 缓存盘故障后的数据一致性排查", [P("高建平", "麒麟软件 文件系统工程师")], H3),
        T("16:10", "16:35", "Verifier limits we hit when moving security checks into BPF",
          [P("胡骞", "奇安信 安全研究员")], H3),
        T("16:35", "17:00", "给容器加一道闸：用 BPF LSM 拦截提权行为", [P("刘晶", "三六零 系统安全工程师")], H3),
        T("17:00", "17:25", "ext4 尾延迟排查：一次 jbd2 锁竞争", [P("赵鑫", "OPPO 文件系统工程师")], H3),
        T("17:25", "17:50", "安全容器里 virtio-fs 与 DAX 的 IO 性能", [P("王志刚", "蚂蚁集团 安全容器工程师")], H3),
    ]},
]



# names of real speakers and hosts read on the real posters by earlier helpers (copied from set 169, the
# union of sets 138's and 152's lists); none may be used
REAL_NAMES = sorted(set([
    "付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
    "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
    "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
    "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
    "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震", "郑琦", "李培锋", "彭志光", "司延腾", "殷锋卫", "谈鉴锋",
    "李治军", "许珉嘉", "宋牧春", "谢旻晟", "郭健", "朱彦军", "韩传华", "张鹏", "胡俊鹏", "赵宇", "谢颂杨", "刘忻",
    "朱维希", "陆扬", "潘睿", "张友加", "刘守业", "吴江波", "赵天瑞", "左泽", "王海粟", "江锋", "黄睿",
    "李扬韬", "尹欣", "徐静波", "谢欢", "张雅兰", "赵桥", "何鲁港", "王子成", "郭迎港", "陈越琦", "曾庆凯", "龚睿奇",
    "胡璞", "谢柳杰", "祝嘉", "张子扬", "谢昱晟", "伍勃", "王建政", "LianboJiang", "慕冬亮", "甄鹏", "谢淼", "周傲易",
    "李志", "邹贻鹏", "廖肇燕"]))







# ===========================================================================
# the edition's look: a deep FOREST-GREEN page, MUSTARD titles, dots and bars, CORAL labels, BRONZE bands and plates
ED = {
    "key": "A", "forums": FORUMS, "edition": "CLK 9238", "year": "9238", "nth": "第7233届中国",
    "date": "9238-10-16", "date_text": "9238年10月16日", "city": "梅州",
    "school": "嘉应学院", "unit": "计算机学院",
    "school_en": "School of Computer Science, Jiaying University",
    "hall": ["地址：嘉应学院江北校区", "学术交流中心一楼报告厅"],
    "bg": ((18, 62, 44), (5, 22, 15)), "glow": (52, 150, 104),
    "title": (246, 206, 98), "accent": (228, 184, 72), "label": (255, 154, 124), "aff": (206, 230, 214),
    "band": (150, 100, 36), "line": (74, 124, 98), "box": (24, 84, 60), "hole": (10, 34, 24),
    "plate": ((136, 92, 28), (214, 170, 64)), "heading_form": "apart", "wrap_form": "hang",
    "intro": ["“中国 Linux 内核开发者大会”（CHINA LINUX KERNEL，CLK）是由国内高校、企业与开源社区共同发起的 Linux "
              "内核技术年度会议，以“自由、协作、创新”为理念，致力于推动 Linux 内核技术在国内的推广与普及，"
              "为内核开发者和爱好者提供一个交流经验、结识同行的平台。",
              "本次大会由嘉应学院计算机学院承办，华为、阿里云、腾讯、字节跳动、Intel、龙芯中科、统信软件、"
              "麒麟软件、OPPO、vivo、openEuler、OpenAnolis、OpenCloudOS 等单位共同支持。"],
    "sponsors": ["嘉应学院", "HUAWEI", "阿里云", "腾讯", "字节跳动", "intel"],
    "support": ["华南理工大学", "中山大学", "openEuler", "OpenAnolis 龙蜥社区", "统信软件", "麒麟软件"],
    "media": ["CSDN", "InfoQ", "开源中国", "Linux中国"],
    "captions": ["现场前 300 名签到者可领取纪念品", "活动解释权归主办方所有"],
    "slogan": "相聚梅州 · 共话 Linux 内核", "seed": 9238,
}

W = 1080
TX, LX, TT, XR = 100, 336, 378, 1010  # range x, time line x, title x, right edge (the real whole agenda's measures)
NAME_COL = 106  # where the company-job line starts after a padded (three-character) name
NF, AF, RF, TF = 28, 18, 28, 29  # name, company-job line, range, title sizes
LOG = {}
ROWS = {}
def ring_graphic(d, ed, cx, cy):
    """The 'CLK' ring of the head: elliptic rings, an arc, a glassy disc with the year over 'CLK'."""
    a = ed["accent"]
    dim = tuple(int(c * 0.55 + b * 0.45) for c, b in zip(a, ed["bg"][0]))
    for r, col, wd in [(210, dim, 3), (168, a, 6), (124, WHITE, 3)]:
        d.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], outline=col, width=wd)
    d.arc([cx - 250, cy - 150, cx + 250, cy + 150], 200, 340, fill=a, width=8)
    d.ellipse([cx - 80, cy - 80, cx + 80, cy + 80], fill=ed["box"], outline=WHITE, width=4)
    ctext(d, cx, cy - 54, ed["year"], font(22, True), WHITE)
    ctext(d, cx, cy - 30, "CLK", font(56, True), WHITE)
    for ang in (20, 160, 260):
        sx, sy = cx + 240 * math.cos(math.radians(ang)), cy + 144 * math.sin(math.radians(ang))
        d.ellipse([sx - 18, sy - 18, sx + 18, sy + 18], outline=WHITE, width=3)


def header(im, d, ed):
    """Logo lines, the school at the top right, the leaning title, the date pill, the ring, the address."""
    logo_lines(d, 56, 56, WHITE, ed["accent"], 1.15)
    seal(d, 664, 84, 30, WHITE)
    d.text((708, 50), ed["school"], font=font(30, True, serif=True), fill=WHITE)
    d.text((708, 92), ed["unit"], font=font(20, True), fill=WHITE)
    d.text((708, 120), fits(d, ed["school_en"], font(12), 360), font=font(12), fill=ed["aff"])
    ring_graphic(d, ed, 820, 650)
    slant_text(im, 60, 250, ed["nth"], font(96, True), WHITE, 0.16, fill2=ed["accent"])
    slant_text(im, 60, 380, "Linux内核开发者大会", font(86, True), WHITE, 0.16, fill2=ed["accent"])
    pf = font(34, True)
    pw = tw(d, ed["date_text"], pf) + tw(d, ed["city"], pf) + 110
    x0, y0, x1, y1 = 70, 620, 70 + pw, 690
    d.rounded_rectangle([x0, y0, x1, y1], radius=14, outline=ed["accent"], width=3)
    d.line([(x0 + 16, y1 + 8), (x0 + 130, y1 + 8)], fill=ed["accent"], width=4)
    d.text((x0 + 26, y0 + 12), ed["date_text"], font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, ed["date_text"], pf) + 14
    pin(d, px, y0 + 20, ed["accent"], ed["hole"], 1.1)
    d.text((px + 34, y0 + 12), ed["city"], font=pf, fill=WHITE)
    y = 770
    hf = font(38, True)
    for ln in ed["hall"]:
        d.text((70, y), fits(d, ln, hf, 620), font=hf, fill=WHITE)
        y += 58
    for i in range(9):  # light rods at the left, as behind the organisers' head
        hx = 60 + i * 40
        d.line([(hx, 1010 - (i * 37) % 90), (hx, 1070)], fill=ed["accent"] if i % 2 else ed["line"], width=3)
    return max(y, 1070) + 50


def intro_box(d, ed, y):
    """A lighter box with bright corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = 60, W - 60
    f = font(25)
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - 150, bx1 - bx0 - 100]) for t in ed["intro"]]
    n = sum(len(p) for p in paras)
    h = n * 48 + 100
    d.rectangle([bx0, y, bx1, y + h], fill=ed["box"], outline=ed["line"], width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=ed["accent"], width=8)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=ed["accent"], width=8)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (100 if i == 0 else 50), yy), ln, font=f, fill=WHITE)
            yy += 48
    return y + h


def foot_plate(im, d, ed, y, text):
    """A plate with a slanted label ('大会议程', '赞助单位', ...): a gradient box and a light streak under it."""
    w, h = 560, 92
    x0 = W / 2 - w / 2
    c0, c1 = ed["plate"]
    hgrad(d, x0 - 110, y + 74, x0 + 160, y + 84, ed["bg"][0], c1)
    hgrad(d, x0 + w - 150, y - 16, x0 + w + 110, y - 8, c1, ed["bg"][0])
    hgrad(d, x0, y, x0 + w, y + h, c0, c1)
    slant_text(im, 0, y + 8, text, font(54, True), WHITE, 0.18, cx=W / 2)
    return y + h


def unit_box(d, ed, x, y, w, h, name):
    """A supporter's box: a white outline and the name set as a word mark (the school with a seal)."""
    d.rectangle([x, y, x + w, y + h], outline=WHITE, width=3)
    rnd = random.Random(seed_of(name))
    if name == ed["school"]:
        seal(d, x + 50, y + h / 2, 26, WHITE)
        size = 32
        while tw(d, name, font(size, True, serif=True)) > w - 100:  # a long school name set smaller
            size -= 2
        f = font(size, True, serif=True)
        d.text((x + 88, y + h / 2 - size * 0.75), fits(d, name, f, w - 100), font=f, fill=WHITE)
        return
    parts = name.split(" ", 1) if " " in name and not name.isascii() else [name]
    if len(parts) == 2:
        f1, f2 = font(32, True), font(18, True)
        ctext(d, x + w / 2, y + 12, parts[0], f1, WHITE)
        ctext(d, x + w / 2, y + 58, "  ".join(parts[1]), f2, WHITE)
        return
    size = 36
    f = font(size, True, serif=(rnd.random() < 0.25 and not name.isascii()))
    while tw(d, name, f) > w - 40:
        size -= 2
        f = font(size, True)
    mark = rnd.random() < 0.5 and tw(d, name, f) + 52 <= w - 30
    tw_ = tw(d, name, f) + (52 if mark else 0)
    tx = x + (w - tw_) / 2
    if mark:
        d.ellipse([tx, y + h / 2 - 18, tx + 36, y + h / 2 + 18], outline=WHITE, width=4)
        d.ellipse([tx + 12, y + h / 2 - 6, tx + 24, y + h / 2 + 6], fill=WHITE)
        tx += 52
    d.text((tx, y + h / 2 - size * 0.7), fits(d, name, f, w - 30), font=f, fill=WHITE)


def units(d, ed, y, names):
    bw, bh, gx, gy = 334, 100, 50, 40
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, ed, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)








def pagoda(d, x, base, k, col, col2):
    """The 千佛塔 of 梅州 on its hill: a slender pagoda of seven storeys, each a body with a window and an eave
    with upturned ends, a spire on top."""
    y = base
    d.rectangle([x - 44 * k, y - 16 * k, x + 44 * k, y], fill=col)  # the plinth
    y -= 16 * k
    for i in range(7):
        w = (70 - i * 6) * k
        h = (40 - i * 2) * k
        d.rectangle([x - w / 2, y - h, x + w / 2, y], fill=col)
        d.rectangle([x - 5 * k, y - h + 10 * k, x + 5 * k, y - 8 * k], fill=col2)
        ey = y - h
        ew = w + 26 * k
        d.polygon([(x - ew / 2 - 8 * k, ey - 8 * k), (x - ew / 2, ey + 4 * k), (x + ew / 2, ey + 4 * k),
                   (x + ew / 2 + 8 * k, ey - 8 * k), (x + w / 2, ey - 4 * k), (x - w / 2, ey - 4 * k)], fill=col)
        y = ey - 4 * k
    d.polygon([(x - 10 * k, y), (x + 10 * k, y), (x, y - 46 * k)], fill=col)


def roundhouse(d, x, base, k, col, col2, col3):
    """A Hakka 围龙屋 seen from the front: a half-moon pond, the low hall in the middle with its roofs stepping up,
    and the curved row of houses (the 'dragon') wrapped round behind it."""
    for i in range(3):  # the curved rows behind, highest at the back
        rw, rh = (230 - i * 40) * k, (70 - i * 12) * k
        d.chord([x - rw, base - 60 * k - rh - i * 18 * k, x + rw, base - 60 * k + rh - i * 18 * k], 180, 360, fill=col if i % 2 == 0 else col2)
    d.rectangle([x - 200 * k, base - 60 * k, x + 200 * k, base], fill=col)
    for j in range(3):  # the central hall's stepped roofs
        w = (150 - j * 40) * k
        d.polygon([(x - w, base - 60 * k - j * 20 * k), (x + w, base - 60 * k - j * 20 * k),
                   (x + w - 20 * k, base - 84 * k - j * 20 * k), (x - w + 20 * k, base - 84 * k - j * 20 * k)], fill=col2 if j % 2 else col)
    d.rectangle([x - 18 * k, base - 46 * k, x + 18 * k, base], fill=col3)  # the gate
    for c in range(8):
        wx = x - 180 * k + c * 48 * k
        if abs(wx + 6 * k - x) > 36 * k:
            d.rectangle([wx, base - 40 * k, wx + 12 * k, base - 26 * k], fill=col3)
    d.chord([x - 170 * k, base + 2, x + 170 * k, base + 60 * k], 0, 180, fill=col3)  # the pond in front


def skyline(im, ed, h):
    """The foot: a light silhouette of the host town, 梅州 (the hills all round, the 千佛塔 on its hill, a Hakka
    round house, the school's main building, and the arches of a bridge over the 梅江 in front)."""
    d = ImageDraw.Draw(im)
    base = h - 60
    col = tuple(int(c * 0.6 + g * 0.32) for c, g in zip(ed["bg"][0], ed["glow"]))
    col2 = tuple(int(c * 0.78 + g * 0.16) for c, g in zip(ed["bg"][1], ed["glow"]))
    col3 = tuple(int(c * 0.9 + g * 0.1) for c, g in zip(ed["bg"][1], ed["glow"]))
    rnd = random.Random(ed["seed"])
    pts, x = [(0, base)], 0
    while x < W:  # the hills far behind
        pts.append((x, base - 230 - rnd.randrange(0, 140)))
        x += rnd.randrange(80, 160)
    pts += [(W, base - 250), (W, base)]
    d.polygon(pts, fill=col3)
    d.chord([40, base - 220, 420, base + 220], 180, 360, fill=col2)  # the pagoda's hill
    pagoda(d, 230, base - 212, 0.9, col, col2)
    x = 0
    while x < W:  # low blocks
        bw = rnd.randrange(50, 110)
        d.rectangle([x, base - rnd.randrange(40, 130), x + bw - 6, base], fill=col2)
        x += bw
    hx = 800  # the main building: a long block with a higher centre and a clock
    d.rectangle([hx - 200, base - 160, hx + 200, base], fill=col)
    d.rectangle([hx - 70, base - 260, hx + 70, base - 160], fill=col)
    d.ellipse([hx - 22, base - 244, hx + 22, base - 200], fill=col2)
    for r in range(3):
        for c in range(12):
            wx = hx - 190 + c * 33
            if abs(wx + 8 - hx) > 50:
                d.rectangle([wx, base - 140 + r * 42, wx + 14, base - 118 + r * 42], fill=col2)
    roundhouse(d, 470, base, 0.9, col, col2, col3)
    by = base + 4  # a bridge over the 梅江: a deck on arches, from the left bank
    d.rectangle([0, by - 40, 300, by - 26], fill=col)
    for ax in (40, 130, 220):
        d.rectangle([ax - 6, by - 26, ax + 6, by], fill=col)
        d.arc([ax - 45, by - 26, ax + 45, by + 40], 180, 360, fill=col, width=6)
    for kk in range(3):  # the river in front
        yy = base + 14 + kk * 12
        d.line([(120, yy - 4 + kk * 2), (W - 120, yy + 4 - kk * 2)], fill=ed["line"], width=2)
    ctext(d, W / 2, h - 34, ed["school"], font(20, True, serif=True), WHITE)

def footer(im, d, ed, y):
    y = foot_plate(im, d, ed, y, "赞助单位") + 90
    y = units(d, ed, y, ed["sponsors"]) + 90
    y = foot_plate(im, d, ed, y, "支持单位") + 90
    y = units(d, ed, y, ed["support"]) + 90
    y = foot_plate(im, d, ed, y, "支持媒体") + 90
    y = units(d, ed, y, ed["media"]) + 110
    d.rectangle([W / 2 - 200, y, W / 2 + 200, y + 400], outline=WHITE, width=3)
    d.rectangle([W / 2 - 180, y + 20, W / 2 + 180, y + 380], fill=WHITE)
    qrcode(d, W / 2 - 160, y + 40, 320, ed["seed"])
    y += 450
    slant_text(im, 0, y, "扫码报名", font(64, True), WHITE, 0.18, cx=W / 2)
    y += 120
    for c in ed["captions"]:
        ctext(d, W / 2, y, c, font(30), WHITE)
        y += 52
    y += 90
    slant_text(im, 0, y, ed["slogan"], font(52, True), ed["accent"], 0.18, cx=W / 2)
    return int(y + 700)


def background(ed):
    def make(w, h):
        im = vgrad(w, h, ed["bg"][0], ed["bg"][1])
        im = glow(im, 820, 650, 440, ed["glow"], 0.42)
        im = glow(im, 80, 1250, 300, ed["glow"], 0.16)
        im = glow(im, 540, h - 300, 520, ed["glow"], 0.26)
        d = ImageDraw.Draw(im)
        rnd = random.Random(ed["seed"])
        light = tuple(int(c * 0.5 + 255 * 0.25) for c in ed["glow"])
        for i in range(7):  # light streaks behind the ring
            d.line([(520 + i * 80, 0), (1080, 300 - i * 38)], fill=light, width=2)
        for _ in range(90):  # particles over the head
            px, py = rnd.randrange(480, 1080), rnd.randrange(150, 560)
            r = rnd.choice((1, 1, 2, 3))
            d.ellipse([px - r, py - r, px + r, py + r], fill=WHITE)
        for _ in range(16):  # thin streaks at the page's edges
            sy = rnd.randrange(1500, h - 1200)
            sx = rnd.choice((rnd.randrange(0, 50), rnd.randrange(1020, 1080)))
            d.line([(sx, sy), (sx + 36, sy - 90)], fill=light, width=2)
        skyline(im, ed, h)
        return im  # no grain: the flat page alone weighs what the real 2022 image weighs (1.0 to 1.6 MB)
    return make


# ---------------------------------------------------------------------------
# the agenda

def number_box(im, d, ed, x, y, idx):
    d.polygon([(x + 16, y + 6), (x + 106, y + 6), (x + 92, y + 80), (x, y + 80)], fill=ed["box"])
    d.polygon([(x + 16, y + 6), (x + 106, y + 6), (x + 92, y + 80), (x, y + 80)], outline=ed["accent"], width=4)
    d.line([(x + 2, y - 8), (x + 40, y - 8)], fill=WHITE, width=6)
    d.line([(x + 2, y - 8), (x - 6, y + 30)], fill=WHITE, width=6)
    slant_text(im, x + 18, y + 6, "%02d" % idx, font(48, True), WHITE, 0.2)
    return x + 126


def topic_of(name):
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


def heading_a(im, d, ed, y, idx, f):
    """As set 135 drew it: '▶▶ 主论坛' or a number box, the TOPIC and '分论坛' set apart (as 2024 sets them); the host at
    the right with the unit under him where the heading leaves room, else on a line of its own under the
    heading between two short rules, the unit beside him."""
    x = 56
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=ed["accent"])
        x = slant_text(im, x + 84, y - 4, f["name"], font(64, True), WHITE, 0.16, fill2=ed["accent"])
        size = 64
    else:
        x = number_box(im, d, ed, x, y, idx)
        size = 56
        ft = font(size, True)
        x = slant_text(im, x, y + 4, topic_of(f["name"]), ft, WHITE, 0.16, fill2=ed["accent"])
        x = slant_text(im, x + 22, y + 4, "分论坛", ft, WHITE, 0.16, fill2=ed["accent"])
    host, unit = pad(f["host"][0]), f["host"][1]
    hf, uf = font(30, True), font(17)
    label = "主持人："
    hw = tw(d, label, hf) + tw(d, host, hf)
    bw = max(hw, tw(d, unit, uf))
    if x + 30 + bw <= XR:
        hx = XR - bw
        d.text((hx, y + 6), label, font=hf, fill=ed["label"])
        d.text((hx + tw(d, label, hf), y + 6), host, font=hf, fill=WHITE)
        d.text((hx, y + 54), unit, font=uf, fill=ed["aff"])
        under, y = False, y + 104
    else:
        y += 100
        lw = hw + 22 + tw(d, unit, uf)
        lx = W / 2 - lw / 2
        d.line([(lx - 150, y + 22), (lx - 24, y + 22)], fill=ed["aff"], width=2)
        d.line([(lx + lw + 24, y + 22), (lx + lw + 150, y + 22)], fill=ed["aff"], width=2)
        d.text((lx, y), label, font=hf, fill=ed["label"])
        d.text((lx + tw(d, label, hf), y), host, font=hf, fill=WHITE)
        d.text((lx + hw + 22, y + 10), unit, font=uf, fill=ed["aff"])
        under, y = True, y + 54
    hgrad(d, 50, y, XR + 6, y + 12, ed["accent"], ed["box"])
    return y + 12 + 50, under




def break_after(d, text, f, maxw):
    """A designer's break of a long company-job line: after its last comma (or at its last space) that
    leaves the first part inside the column; the rest goes on under it."""
    cuts = [i + 1 for i, ch in enumerate(text) if ch == "，"] + [i for i, ch in enumerate(text) if ch == " "]
    cuts = [c for c in sorted(cuts) if tw(d, text[:c].rstrip(), f) <= maxw]
    assert cuts, text
    c = cuts[-1]
    first, rest = text[:c].rstrip(), text[c:].lstrip()
    return [first, fits(d, rest, f, maxw)]




def person_line(d, ed, y, sp, x=TT, col=NAME_COL, right=XR):
    """'padded name  company-job': the name 28 px white, the line 18 px pale from a column after three
    characters (or after a longer name).  A Latin name, and a speaker flagged 'under' (a long line), put the
    line UNDER the name, starting where the name starts.  A line too long for the column would run on to a
    second line, broken after its comma (wrap_form 'hang'); here none does."""
    nf, af = font(NF), font(AF)
    name = pad(sp["name"])
    if latin(sp["name"]) or sp.get("under"):  # the company-job line under the name (as 2024 prints one)
        d.text((x, y), name, font=nf, fill=WHITE)
        sp["_al"] = [fits(d, sp["line"], af, right - x)]
        d.text((x, y + 40), sp["line"], font=af, fill=ed["aff"])
        return y + 40 + 34
    c = max(col, tw(d, name, nf) + 20)
    d.text((x, y), name, font=nf, fill=WHITE)
    avail = right - x - c
    if tw(d, sp["line"], af) <= avail:
        lines, xs = [sp["line"]], [x + c]
    elif ed["wrap_form"] == "hang":
        lines = break_after(d, sp["line"], af, avail)
        xs = [x + c] * len(lines)
    else:
        lines = wrap_widths(d, sp["line"], af, [avail, right - x])
        xs = [x + c] + [x] * (len(lines) - 1)
    sp["_al"] = lines
    for i, (ln, lx) in enumerate(zip(lines, xs)):
        d.text((lx, y + 9 + i * 28), ln, font=af, fill=ed["aff"])
    return y + 44 + (len(lines) - 1) * 28


def agenda_row(d, ed, y, s, bands):
    """A slot: the range at the left, a dot on the time line, the title, the people.  茶歇 and 午餐 are bands
    (the range and the label); 开场 a row without a speaker; the round table prints '主持人：' and
    '嘉　宾：' on lines of their own over its people (as 2024 does)."""
    rf = font(RF, True)
    if s["kind"] == "break" and s["title"] in BANDS:
        top = y - 8
        hgrad(d, TX - 36, top, XR - 60, top + 50, ed["band"], ed["bg"][1])
        d.text((TX, top + 6), rng(s), font=rf, fill=WHITE)
        d.text((TT, top + 6), s["title"], font=font(TF, True), fill=WHITE)
        bands.append((top, top + 50))
        return top + 50 + 62
    d.text((TX, y), rng(s), font=rf, fill=WHITE)
    d.ellipse([LX - 5, y + 16, LX + 5, y + 26], fill=ed["accent"])
    tf = font(TF, True)
    tl = wrap(d, s["title"], tf, XR - TT)  # greedy, as the organisers' whole agenda breaks its titles
    s["_tl"] = tl
    for ln in tl:
        d.text((TT, y), ln, font=tf, fill=ed["title"])
        y += 44
    if s["kind"] == "break":
        return y + 40
    y += 2
    if s["kind"] == "panel":
        lf = font(27, True)
        for k_, group in enumerate((s["sp"][:1], s["sp"][1:])):
            y += 6
            d.text((TT, y), "主持人：" if k_ == 0 else "嘉\u3000宾：", font=lf, fill=ed["label"])
            y += 44
            for sp in group:
                y = person_line(d, ed, y, sp)
    else:
        for sp in s["sp"]:
            y = person_line(d, ed, y, sp)
    return y + 32


def paint_full(ed):
    def paint(im, d):
        unders = []
        y = header(im, d, ed) + 10
        y = intro_box(d, ed, y) + 110
        y = foot_plate(im, d, ed, y, "大会议程") + 110
        for idx, f in enumerate(ed["forums"]):
            y, under = heading_a(im, d, ed, y, idx, f)
            unders.append(under)
            top, bands = y - 30, []
            for s in f["slots"]:
                ROWS.setdefault(ed["key"], {})[s["title"]] = y  # where each row starts (to look at crops)
                y = agenda_row(d, ed, y, s, bands)
            for a, b in zip([top] + [g[1] for g in bands], [g[0] for g in bands] + [y - 20]):
                if b > a:
                    d.line([(LX, a), (LX, b)], fill=ed["line"], width=2)  # the time line, broken at the bands
            hgrad(d, 50, y, XR + 6, y + 12 - 4, ed["box"], ed["accent"])
            y += 8 + 110
        LOG[ed["key"]] = unders
        return footer(im, d, ed, y + 30)
    return paint


# ===========================================================================
# truth

def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": [sp["line"] for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def forum_truth(ed):
    return [{"forum": f["name"], "date": ed["date"], "slots": [truth_slot(s) for s in f["slots"]]}
            for f in ed["forums"]]


def people(forums):
    out = []
    for f in forums:
        out.append(plain(f["host"][0]))
        for s in f["slots"]:
            out += [plain(sp["name"]) for sp in s["sp"]]
    return out


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there."""
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




def surname(name):
    return name[0]


def readme_forums():
    """CLK2022's README link texts, in order (when the corpus is there; else the names copied above)."""
    p = "/work/shared/corpus/years/CLK2022/README.md"
    if not os.path.exists(p):
        return CLK2022_FORUMS
    with open(p, encoding="utf-8") as fh:
        return re.findall(r"^\[([^\]]+)\]\(", fh.read(), re.M)

def wrapped(eds):
    return [s["_tl"] for ed in eds for f in ed["forums"] for s in f["slots"] if len(s.get("_tl", [])) > 1]


def wrapped_affs(eds):
    return [sp["_al"] for ed in eds for f in ed["forums"] for s in f["slots"] for sp in s["sp"]
            if len(sp.get("_al", [])) > 1]




FILE = "9238clk.png"  # the organisers' PNG, named like the real imgs/2022clk.png with this edition's year

COMMON5 = "王李张刘陈"
COMMON20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names, in its order
RARE = ["储晓峰", "阚雪"]  # 储 and 阚: uncommon surnames (outside the hundred commonest)
OTHER = "钟于郑唐沈袁苏卢梁魏吕丁叶余杜戴汪田任姚廖"  # other common surnames (ranks about 21 to 100), each once
UNCOMMON_GIVEN = ["张旻", "周珺", "何翀", "李昱辰", "胡骞"]  # given names with a less common character
UNDER = ["DanielFerreira"]  # printed with the company-job line under the name
EXPECT = (51, 15, 28)  # Chinese people; of them bearing one of COMMON5; bearing one of COMMON20
COUNTS5 = {"王": 4, "李": 3, "张": 3, "刘": 3, "陈": 2}
ABSENT20 = "孙罗林"  # three of the twenty named by the brief that nobody here bears (51 people)
TWO_CHAR = 18  # two-character names, printed padded
TEAS = ["10:20-10:35", "15:30-15:50", "15:20-15:40", "15:30-15:45"]
ENDS = ["13:30", "17:50", "18:00", "17:50"]
COUNTS = "7 + 10 + 11 + 10"
HOSTS_UNDER = [False, True, True, False]



def check(poster, size, height):
    """The programme's checks, run on the truth of the one file."""
    ed = ED
    assert poster["date"] == ed["date"] and ed["date_text"] == "%s年%d月%d日" % tuple(
        [ed["date"][:4]] + [int(x) for x in ed["date"][5:].split("-")])
    assert int(ed["nth"][1:-3]) == int(ed["year"]) - 2005  # 2024 was the 19th
    assert ed["edition"] == "CLK " + ed["year"] and FILE == ed["year"] + "clk.png"
    assert [f["name"] for f in ed["forums"]] == CLK2022_FORUMS == readme_forums()
    assert saturday(ed["date"]), ed["date"]
    for f in ed["forums"]:
        assert all(s["host"] is None or s["host"] == plain(f["host"][0]) for s in f["slots"]), f["name"]
    everybody = people(FORUMS)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    assert not set(everybody) & set(REAL_NAMES), set(everybody) & set(REAL_NAMES)
    chinese = [p for p in everybody if not p.isascii()]
    given = [p[1:] for p in chinese]
    assert len(given) == len(set(given)), sorted(g for g in given if given.count(g) > 1)
    assert all(len(p) in (2, 3) for p in chinese), chinese  # no compound surname here
    top5 = [p for p in chinese if surname(p) in COMMON5]
    top20 = [p for p in chinese if surname(p) in COMMON20]
    print("people", len(everybody), "chinese", len(chinese), "top5", len(top5), "top20", len(top20))
    print("surname counts", sorted(((sum(surname(p) == c for p in chinese), c) for c in {surname(p) for p in chinese}),
                                   reverse=True))
    assert (len(chinese), len(top5), len(top20)) == EXPECT, (len(chinese), len(top5), len(top20))
    assert 0.26 <= len(top5) / len(chinese) <= 0.34 and 0.5 <= len(top20) / len(chinese) <= 0.62
    assert {c: sum(surname(p) == c for p in chinese) for c in COMMON5} == COUNTS5
    assert [c for c in COMMON20 if c not in {surname(p) for p in chinese}] == list(ABSENT20)
    assert sum(surname(p) == "杨" for p in chinese) == 2
    assert all(sum(surname(p) == c for p in chinese) == 1 for c in COMMON20[6:] if c not in ABSENT20)
    assert all(p in chinese for p in RARE + UNCOMMON_GIVEN)
    assert {surname(p) for p in chinese} - set(COMMON20) == set(OTHER + "".join(surname(p) for p in RARE))
    assert all(sum(surname(p) == c for p in chinese) == 1 for c in OTHER)
    assert sum(len(p) == 2 for p in chinese) == TWO_CHAR
    under = [plain(sp["name"]) for f in FORUMS for s in f["slots"] for sp in s["sp"]
             if latin(sp["name"]) or sp["under"]]
    assert under == UNDER, under
    titles = []
    for f in poster["forums"]:
        assert f["date"] == ed["date"]
        titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
        prev = None
        for s in f["slots"]:  # slots follow one another, each with its own range
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
            assert s["start"] < s["end"], s
            assert prev is None or s["start"] == prev["end"], s
            prev = s
            assert (s["host"] is None) == (s["kind"] == "break"), s
            assert s["host"] not in s["speakers"], s
            assert len(s["speakers"]) == len(s["affiliations"]), s
            if s["kind"] == "talk":
                assert 1 <= len(s["speakers"]) <= 2, s
            if s["kind"] == "panel":
                assert s["speakers"][0] != s["host"] and len(s["speakers"]) == 5, s
    assert len(titles) == len(set(titles)), [t for t in titles if titles.count(t) > 1]
    real = listing_words()
    for x in everybody + [t for t in titles if not t.endswith("致辞")]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    fs = ed["forums"]
    slots = [s for f in fs for s in f["slots"]]
    assert fs[0]["slots"][-1]["title"] == "午餐" and all(f["slots"][-1]["title"] != "午餐" for f in fs[1:])
    assert all(f["slots"][-1]["kind"] == "talk" for f in fs[1:])
    assert all(sum(s["title"] == "茶歇" for s in f["slots"]) == 1 for f in fs)
    assert [next(rng(s) for s in f["slots"] if s["title"] == "茶歇") for f in fs] == TEAS
    assert all(s["title"] in ("开场", "茶歇", "午餐") for s in slots if s["kind"] == "break")
    assert fs[0]["slots"][1]["title"] == "开幕致辞" and fs[0]["slots"][1]["kind"] == "talk"
    assert fs[0]["slots"][0]["title"] == "开场" and fs[0]["slots"][0]["kind"] == "break"
    assert sum(s["kind"] == "panel" for s in slots) == 1
    assert sum(latin(sp["name"]) for s in slots for sp in s["sp"]) == 1
    assert [sum(s["kind"] == "talk" and s["title"].isascii() for s in f["slots"]) for f in fs] == [1, 2, 2, 2]
    assert [sum(s["kind"] == "talk" and len(s["sp"]) == 2 for s in f["slots"]) for f in fs] == [1, 2, 2, 1]
    starts = {f["slots"][0]["start"] for f in fs[1:]}
    assert starts == {"13:30"} and fs[0]["slots"][0]["start"] == "09:00"
    assert fs[0]["slots"][-1]["end"] == "13:30"
    assert [f["slots"][-1]["end"] for f in fs] == ENDS
    return sum(1 for f in poster["forums"] for s in f["slots"] if s["kind"] != "break")

WRAPPED = [  # the titles printed over two lines, as printed (greedy breaks)
    ["Linux 6.1 前夜：Rust、MGLRU 与 maple tree", "合入主线意味着什么"],
    ["What we learned rebasing three thousand", "vendor patches every two years"],
    ["圆桌论坛：国产 CPU 越来越多，内核社区准备好", "了吗？"],
    ["RISC-V 平台的 Sstc 扩展：时钟中断少走一趟 SBI", "能省多少"],
    ["Big cores, little cores: tuning ITMT priorities", "on Alder Lake desktops"],
    ["PREEMPT_RT 在工控网关上的落地：最坏延迟从", "400 微秒降到 40 微秒"],
    ["Throttled at 30% CPU: a cgroup quota story", "from a payment gateway"],
    ["What /proc/slabinfo does not tell you about", "kmalloc waste"],
    ["Compaction stalls on large-memory", "database hosts and how we tamed them"],
    ["采样式内存错误检测上线一年：23 个越界是怎样", "被抓到的"],
    ["不停机做进程内存快照：userfaultfd-wp 与", "soft-dirty 的对比"],
    ["WAL 刷盘换成 io_uring 之后，p99 为什么反而", "变差了"],
    ["BPF CO-RE in practice: one tracing binary for", "ten kernel versions"],
    ["用 sockops 与 sk_msg 替代 sidecar：eBPF 在", "服务网格中的尝试"],
    ["Verifier limits we hit when moving security", "checks into BPF"],
]

LAYOUT = (
    "THE ORGANISERS' WHOLE-AGENDA IMAGE, a PNG 1080 x %d (%.2f MB) named like the real imgs/2022clk.png with this "
    "edition's year ('" + FILE + "'). CLK 9238 (第7233届), 梅州, 嘉应学院 计算机学院, Saturday 9238-10-16, in the "
    "organisers' 2024 whole-agenda family recoloured: a deep FOREST-GREEN page with MUSTARD titles, dots, rings and "
    "heading bars, CORAL '主持人：' / '嘉　宾：' labels, pale green company-job lines and BRONZE gradient bands and "
    "plates. Head: logo lines, the school at the top right, a leaning '第7233届中国' / 'Linux内核开发者大会', an "
    "outlined date pill '9238年10月16日' + pin + '梅州', a ring '9238' / 'CLK', '地址：' over two lines, a framed "
    "introduction (two paragraphs naming companies and communities, no forum), '大会议程' on a plate. Then CLK2022's "
    "four forums ONE UNDER ANOTHER in README order (主论坛 in the morning, the three parallel afternoon forums after "
    "it, as the 2024 designer set his five): '▶▶ 主论坛' and number boxes '01'..'03' with the topic and '分论坛' set "
    "apart; the host at the right of the heading with his unit under him (主论坛, 'IO 与 ebpf 分论坛') or, for the two "
    "long names, on a centred line under the heading between two rules; the 2024 timeline rows (range at the left, a "
    "dot on a vertical line, the title broken greedily, 'padded name  company-job' per speaker, two speakers on two "
    "lines); the Latin speaker Daniel Ferreira with his company-job line UNDER his name; '开场' a plain row without a "
    "speaker, '开幕致辞' a talk, 茶歇 and 午餐 as bands; the round table in 主论坛 with '主持人：' and '嘉　宾：' on "
    "lines of their own over the people (a moderator and four guests); seven English-only titles; fifteen titles over "
    "two lines. The afternoon starts at 13:30 in all three forums. Foot: '赞助单位', '支持单位', '支持媒体' over "
    "outlined boxes, a QR code, '扫码报名', two captions, a slogan and a skyline of 梅州 over the school's name. "
    "%s talks.")

NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 158, 187, 204, 227): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('周　珺' -> 周珺, '阚　雪' -> 阚雪; the Latin name 'Daniel "
    "Ferreira' -> DanielFerreira); host is the name after '主持人：' printed for the forum covering the slot, null for "
    "breaks; start/end HH:MM on a 24-hour clock; each forum carries the edition's date (the edition is ONE day: 主论坛 "
    "in the morning, CLK2022's three other forums in parallel in the afternoon, all from 13:30). One invented edition, "
    "CLK 9238 (第7233届, 梅州, 嘉应学院, Saturday 9238-10-16), as ONE whole-agenda PNG (as CLK2022's repository holds "
    "ONE agenda image, imgs/2022clk.png, a 1.5 MB PNG), one entry holding the four forums in printed order; 38 scored "
    "talks (7 + 10 + 11 + 10: 37 talks, the opening address among them, and 1 round table). Forum names are "
    "CLK2022's README link texts exactly ('IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'). Judgement calls: "
    "(1) AFFILIATIONS are the company-job line printed with the speaker EXACTLY as printed, with or without a space "
    "('嘉应学院副校长', '华为 操作系统内核实验室首席专家', '英特尔亚太研发有限公司 操作系统工程师', 'PingCAP 存储引擎工程师'), "
    "one per speaker. Every line stands after the name on its line except the Latin speaker's, which stands on a line "
    "of its own UNDER his name ('Daniel Ferreira' over 'Red Hat 高级软件工程师', as the organisers' 2024 whole agenda "
    "prints its Latin speaker); a line under a name belongs to that name and is never a person or a title line. Two "
    "speakers on two lines are given top then bottom, each with his own line. (2) The ROUND TABLE is one slot of kind "
    "'panel': the title as printed with its label ('圆桌论坛：国产 CPU 越来越多，内核社区准备好了吗？'); speakers the "
    "moderator (under '主持人：', 周珺) and then the four guests (under '嘉　宾：') in printed order, one affiliation "
    "each; the labels are no names; the moderator's '主持人：' does not make her the forum's host (钟立新 hosts 主论坛). "
    "(3) '开场', printed without a speaker, is a break; '开幕致辞' with a speaker (李国强, 嘉应学院副校长) is a talk; "
    "'茶歇' bands are breaks (one in every forum: 10:20-10:35, 15:30-15:50, 15:20-15:40, 15:30-15:45); '午餐' "
    "(12:40-13:30) closes 主论坛 as its break. The afternoon forums print no break after their last talk and end with "
    "it (17:50, 18:00, 17:50). (4) TITLES over two lines are one title: Latin words joined with a space ('…three "
    "thousand' / 'vendor patches…', '…about' / 'kmalloc waste'), Chinese broken between or inside words joined "
    "without anything ('…内核社区准备好' / '了吗？', '…23 个越界是怎样' / '被抓到的', '…p99 为什么反而' / '变差了'), a "
    "Latin word ending the first line and Chinese starting the second keep the printed space of the title ('…maple "
    "tree' / '合入主线意味着什么' -> '… maple tree 合入主线意味着什么'). Full-width colons, commas and the question mark "
    "are kept as printed. (5) HEADINGS: the number boxes '01'..'03', the chevrons and the gap between topic and "
    "'分论坛' ('处理器架构与调度  分论坛') are no part of the forum's name. The host block at the right (or the centred "
    "host line under a long heading, 处理器架构与调度分论坛 and 内存管理与异构计算分论坛) is no slot; units printed with "
    "a host are no affiliations. (6) Heads, the introduction, '大会议程', the date pill, the address, the ring 'CLK' / "
    "'9238', supporter boxes, QR captions, the slogan and the school's name under the skyline are never part of a "
    "name, a title or a slot. Surnames: of the 51 Chinese people (hosts, speakers, moderator, guests) 15 bear one of "
    "王 (4), 李, 张, 刘 (3 each), 陈 (2) (29 %), 13 more one of the other fifteen of the twenty the brief names (杨 "
    "twice, 黄 赵 吴 周 徐 马 胡 朱 郭 何 高 once; 孙, 罗 and 林 absent; 28 in all, 55 %), 21 another common surname once "
    "each (钟, 于, 郑, 唐, 沈, 袁, 苏, 卢, 梁, 魏, 吕, 丁, 叶, 余, 杜, 戴, 汪, 田, 任, 姚, 廖) and two an uncommon one "
    "(储晓峰, the second speaker of a talk in 处理器架构与调度分论坛; 阚雪, the second speaker of a talk in "
    "IO 与 ebpf 分论坛). Given names are mostly everyday ones (磊, 超, 杰, 浩, 宇, 鑫, 建华, 国强, 海军, 志强, 晓峰 ...), "
    "five with a less common character (张旻, 周珺, 何翀, 李昱辰, 胡骞), no two alike; eighteen of the fifty-one are "
    "two-character names, printed padded. The kind 'panel' is counted as a scored talk.")


def main():
    import io
    im = two_pass(W, paint_full(ED), background(ED))
    assert im.size[0] == W and 12000 <= im.size[1] <= 15000, im.size
    if os.environ.get("DRAFT"):
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"), compress_level=1)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=True)
    data = buf.getvalue()
    size = len(data)
    print(FILE, "%d x %d," % im.size, size, "bytes")
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in ED["forums"])
    poster = {"file": FILE, "layout": LAYOUT % (im.size[1], size / 1e6, counts), "date": ED["date"],
              "forums": forum_truth(ED)}
    n = check(poster, size, im.size[1])
    print("scored talks", n, "(%s)" % counts)
    for tl in wrapped((ED,)):
        print("wrapped", tl)
    print("hosts under headings", LOG)
    assert 32 <= n <= 44 and counts == COUNTS, (n, counts)
    assert LOG["A"] == HOSTS_UNDER, LOG
    assert all(len(tl[-1].replace(" ", "")) >= 3 for tl in wrapped((ED,))), wrapped((ED,))  # no short last line
    assert max(len(tl) for tl in wrapped((ED,))) == 2
    assert wrapped_affs((ED,)) == [], wrapped_affs((ED,))
    if os.environ.get("DRAFT"):
        return
    assert 1_000_000 <= size <= 1_600_000, size
    assert wrapped((ED,)) == WRAPPED, wrapped((ED,))
    with open(os.path.join(HERE, FILE), "wb") as fh:
        fh.write(data)
    truth = {"written": "2026-12-07", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
