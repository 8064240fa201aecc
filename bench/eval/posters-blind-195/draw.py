"""Draw the hundred-and-ninety-fifth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes CLK6134全部议程.jpg and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the
picture cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a name, never hash()).

ONE invented edition, CLK 6134 (第4129届, 金华, 浙江师范大学, Saturday 6134-10-23), with
CLK2025's six forums (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛,
硬件架构与异构计算分论坛, AI 基础设施与 eBPF 应用分论坛), as CLK2025's repository holds an
edition: ONE whole-agenda image, 'CLK6134全部议程.jpg', JPEG q85, 1080 px wide, the six forums
one under another, drawn after the organisers' CLK2024 大会全议程.webp (head, introduction
box, '大会议程' plate, forum headings, timeline rows, tea bars, the foot with sponsors, QR
code and a skyline) in NEW COLOURS: a deep PLUM page with aqua titles, gold labels and
number boxes and lilac company-job lines, where 2024 prints white, cyan and violet on royal blue.

Built from posters-blind-184/draw.py: its helpers (everything from the imports to hgrad,
itself from sets 182, 173, 153, 143, 130, 118, 106, 104, 79, 66, 65, 62 and 59) copied
unchanged, its whole-agenda painters recoloured for a dark plum page and changed as README.md
lists; the data are new.
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
    rnd = random.Random(seed)
    w, h = im.size[0] // 3 + 1, im.size[1] // 3 + 1
    n = Image.frombytes("L", (w, h), bytes(rnd.randrange(256) for _ in range(w * h)))
    return Image.blend(im, n.resize(im.size, Image.BILINEAR).convert("RGB"), noise)


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


def T(start, end, title, speakers, host, **extra):
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job, bio=None, **extra):
    """A speaker as printed: name, company, job title (None where none is printed), biography (CLK 2621 only)."""
    return dict({"name": name, "company": company, "job": job, "bio": bio}, **extra)


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space; the company alone where no job."""
    if sp["company"] is None:
        return None
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    """A slot as truth.json gives it; biographies, tags and English sub-lines are nowhere in it."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"] if aff(sp) is not None],
            "host": s["host"] and plain(s["host"])}


def forum_truth(name, date, slots):
    return {"forum": name, "date": date, "slots": [truth_slot(s) for s in slots]}


def two_pass(w, paint, background):
    """Lay out once on a strip to learn the height, then paint for real on a background that tall."""
    strip = Image.new("RGB", (w, 8))
    h = paint(strip, ImageDraw.Draw(strip))
    im = background(w, h)
    assert paint(im, ImageDraw.Draw(im)) == h
    return im


def cup(d, x, y, fill, k=1.0):
    d.rounded_rectangle([x, y + 8 * k, x + 22 * k, y + 30 * k], radius=5 * k, outline=fill, width=max(2, round(3 * k)))
    d.arc([x + 16 * k, y + 12 * k, x + 30 * k, y + 24 * k], 270, 90, fill=fill, width=max(2, round(3 * k)))
    for j in range(2):
        d.line([(x + (6 + j * 9) * k, y), (x + (6 + j * 9) * k, y + 5 * k)], fill=fill, width=2)


def bowl(d, x, y, fill, k=1.0):
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


def seed_of(text):
    return zlib.crc32(text.encode("utf-8"))


def para(d, x, y, text, f, fill, maxw, lh, lines=None):
    ls = wrap(d, text, f, maxw)
    assert lines is None or lines[0] <= len(ls) <= lines[1], (text, len(ls))
    for ln in ls:
        d.text((x, y), ln, font=f, fill=fill)
        y += lh
    return y


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


MEALS = ("茶歇", "午餐")
WHITE = (255, 255, 255)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def meal_mark(d, x, y, s, fill, k=1.0):
    if s["title"] == "午餐":
        bowl(d, x, y + 2 * k, fill, k)
    elif s["title"] == "茶歇":
        cup(d, x, y, fill, k)


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def pin(d, x, y, fill, k=1.0):
    """A location pin (the organisers' date pill and address carry one)."""
    d.ellipse([x, y, x + 20 * k, y + 20 * k], fill=fill)
    d.polygon([(x + 2 * k, y + 13 * k), (x + 18 * k, y + 13 * k), (x + 10 * k, y + 28 * k)], fill=fill)
    d.ellipse([x + 6 * k, y + 6 * k, x + 14 * k, y + 14 * k], fill=HOLE)




def slant_text(im, x, y, text, f, fill, shear=0.2, cx=None):
    """Bold display type leaning right (the organisers' headline face); cx centres it."""
    w, h = tw(ImageDraw.Draw(im), text, f) + 8, int(f.size * 1.45)
    m = Image.new("L", (w + int(shear * h) + 8, h), 0)
    ImageDraw.Draw(m).text((int(shear * h) + 4, 0), text, font=f, fill=255)
    m = m.transform(m.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    if cx is not None:
        x = cx - m.size[0] / 2
    im.paste(Image.new("RGB", m.size, fill), (int(x), int(y)), m)
    return x + m.size[0]


def hgrad(d, x0, y0, x1, y1, c0, c1):
    for i in range(int(x1 - x0)):
        t = i / max(1, x1 - x0 - 1)
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c0, c1)))













# ===========================================================================
# CLK 6134 (第4129届), 金华, 浙江师范大学, Saturday 6134-10-23.  主论坛 in the morning (09:00-12:00, then lunch until
# 14:00), the five other forums in parallel in the afternoon from 14:00, each with a tea 15:40-16:00 (as 2024's).
EDITION = "CLK 6134"
YEAR = "6134"
NTH = "第4129届中国"
DATE = "6134-10-23"
DATE_PRINTED = "6134年10月23日"
CITY = "金华"
SCHOOL = "浙江师范大学"
SCHOOL_UNIT = "计算机科学与技术学院"
SCHOOL_EN = "School of Computer Science and Technology, Zhejiang Normal University"
SCHOOL_MARK = "ZHEJIANG NORMAL UNIVERSITY"
HALL = "浙江师范大学本部 学术报告中心一楼报告厅"  # printed over two lines, broken at the space
FILE = "CLK%s全部议程.jpg" % YEAR  # named as CLK2025's repository names its image


def P(name, line):
    """A speaker: the name and the company-job line as the designer typed it (with or without spaces)."""
    return {"name": name, "line": line}


def PANEL(start, end, title, people, host):
    """A round table: printed '圆桌论坛:' + title as ONE title (ASCII colon, as the 2024 whole agenda types it)."""
    return {"kind": "panel", "start": start, "end": end, "title": "圆桌论坛:" + title, "sp": people, "host": host}


# every speaker stands on a line of his own, as the 2024 whole agenda prints them (two speakers one under the
# other); two-character names are held padded, as they are printed
H0, H1, H2, H3, H4, H5 = "徐建华", "张\u3000伟", "郭志明", "罗\u3000军", "林晓东", "陈\u3000静"
FORUMS = [
    ("主论坛", (H0, "浙江师范大学计算机科学与技术学院院长、教授"), [
        B("09:00", "09:05", "开场"),
        T("09:05", "09:20", "嘉宾致辞", [P("楼建军", "浙江师范大学副校长")], H0),
        T("09:20", "09:50", "国产操作系统走向上游：内核社区协作的十年经验", [P("王海涛", "麒麟软件内核研发总监")], H0),
        T("09:50", "10:20", "How We Triage CVEs for a Long-Term Stable Kernel",
          [P("李\u3000明", "华为Linux内核首席专家")], H0),
        T("10:20", "10:50", "从手机到车机：终端内核在功耗与流畅性之间的平衡",
          [P("黄志强", "荣耀操作系统内核专家"), P("吴丽娟", "荣耀高级内核工程师")], H0),
        T("10:50", "11:20", "云上内核可观测性：从指标告警到根因定位", [P("张建国", "阿里云操作系统团队技术总监")], H0),
        PANEL("11:20", "12:00", "开源芯片与操作系统协同发展：机遇、难点与人才培养",
              [P("赵国平", "统信软件内核研发总监"),
               P("王\u3000磊", "龙芯中科内核团队负责人"),
               P("孙晓燕", "中国科学院软件研究所副研究员"),
               P("马俊杰", "字节跳动STE团队技术专家"),
               P("何\u3000斌", "浙江大学计算机科学与技术学院教授")], H0),
        B("12:00", "14:00", "午餐"),
    ]),
    ("内存管理与优化分论坛", (H1, "浙江大学计算机科学与技术学院副教授"), [
        T("14:00", "14:20", "多个 memcg 同时争抢回收时的延迟放大", [P("郑文斌", "字节跳动内核工程师")], H1),
        T("14:20", "14:40", "页缓存换用 folio 后，数据库负载的一次性能回退分析", [P("王\u3000强", "阿里云内核工程师")], H1),
        T("14:40", "15:10", "Why Direct Reclaim Stalls Grow with the Number of NUMA Nodes",
          [P("胡晓峰", "英特尔 软件工程师")], H1),
        T("15:10", "15:40", "Java 服务开启透明大页的收益与代价：一次全量灰度的复盘",
          [P("杨\u3000帆", "美团基础架构工程师"), P("宋丽萍", "美团系统工程师")], H1),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "KSM 扫描的 CPU 开销与合并率的取舍", [P("周\u3000鹏", "深信服虚拟化工程师")], H1),
        T("16:20", "16:50", "percpu 分配器在大核数机器上的扩展性问题", [P("谢建平", "华为内核工程师")], H1),
        T("16:50", "17:10", "硬件内存故障的隔离：poison 页从上报到下线的完整流程", [P("唐海波", "浪潮信息服务器固件工程师")], H1),
        T("17:10", "17:30", "基于 PSI 的内存压力感知在手机上的应用", [P("刘\u3000超", "小米内核工程师")], H1),
    ]),
    ("文件系统与存储分论坛", (H2, "浙江师范大学计算机科学与技术学院教授"), [
        T("14:00", "14:20", "家用 NAS 上 Btrfs 快照与配额的性能陷阱", [P("刘晓明", "绿联科技存储工程师")], H2),
        T("14:20", "14:40", "FUSE 元数据缓存的一致性与性能权衡", [P("冯志刚", "蚂蚁集团存储工程师")], H2),
        T("14:40", "15:10", "Scaling Directory Operations in XFS to Hundreds of Millions of Files",
          [P("陈\u3000亮", "腾讯云文件系统工程师")], H2),
        T("15:10", "15:40", "存算分离架构下 NVMe over TCP 的延迟优化实践",
          [P("邓永强", "天翼云存储工程师"), P("黄\u3000敏", "天翼云测试工程师")], H2),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "国产企业级 SSD 上的 blk-mq 调度参数调优", [P("彭\u3000飞", "长江存储固件工程师")], H2),
        T("16:20", "16:50", "ext4 日志模式对小文件写入放大的影响分析", [P("苏丽华", "网易数帆存储工程师")], H2),
        T("16:50", "17:10", "车载系统启动阶段 dm-verity 的开销与优化", [P("曾\u3000勇", "零跑汽车系统软件工程师")], H2),
        T("17:10", "17:30", "手机长期使用后 UFS 性能衰减的原因与对策", [P("李\u3000娜", "vivo存储工程师")], H2),
    ]),
    ("调度、性能与调试分论坛", (H3, "中国科学院软件研究所研究员"), [
        T("14:00", "14:30", "突发流量下 CFS 带宽控制的限流问题与改进", [P("田宏伟", "快手容器平台工程师")], H3),
        T("14:30", "15:00", "大小核手机上的线程迁移代价：测量、建模与优化", [P("张\u3000杰", "OPPO内核调度工程师")], H3),
        T("15:00", "15:40", "Measuring Wakeup Latency on Isolated CPUs: A Practical Guide",
          [P("Petr Svoboda", "SUSE Linux 内核工程师")], H3),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "kprobe、fprobe 与 fentry：动态追踪手段的开销对比与选型",
          [P("董文杰", "腾讯内核工程师"), P("袁\u3000婷", "腾讯测试开发工程师")], H3),
        T("16:30", "16:50", "hung task 告警的自动归因：从 D 状态到阻塞源头", [P("吴海洋", "蚂蚁集团内核稳定性工程师")], H3),
        T("16:50", "17:10", "容器环境下 perf 符号解析失败的原因与解决", [P("潘国华", "京东 SRE工程师")], H3),
        T("17:10", "17:30", "softirq 处理延迟对在线服务尾延迟的影响", [P("蒋文涛", "网易内核工程师")], H3),
    ]),
    ("硬件架构与异构计算分论坛", (H4, "杭州电子科技大学计算机学院教授"), [
        T("14:00", "14:20", "ARM64 指针认证（PAC）对内核性能的影响", [P("李永刚", "安谋科技软件工程师")], H4),
        T("14:20", "14:40", "RISC-V Svpbmt 内存属性扩展的内核支持", [P("王\u3000鑫", "中国科学院软件研究所工程师")], H4),
        T("14:40", "15:10", "Lessons from Upstreaming a New SoC Platform to Mainline",
          [P("蔡明辉", "平头哥系统软件工程师")], H4),
        T("15:10", "15:40", "国产 GPU 驱动的显存超分：基于 HMM 的按需迁移",
          [P("高\u3000峰", "摩尔线程驱动工程师"), P("余春燕", "摩尔线程驱动工程师")], H4),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:20", "DPU 卸载 vhost-user 后的主机侧内核改动", [P("叶国庆", "中科驭数软件工程师")], H4),
        T("16:20", "16:40", "TDX 客户机的 MMIO 与中断处理开销分析", [P("程\u3000浩", "英特尔 云软件工程师")], H4),
        T("16:40", "17:10", "海光 CSV 虚拟机的 swiotlb 反弹缓冲优化", [P("方\u3000华", "海光信息虚拟化工程师")], H4),
        T("17:10", "17:30", "NPU 集群中 PCIe 热插拔的稳定性问题", [P("张海龙", "华为昇腾驱动工程师")], H4),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", (H5, "浙江师范大学计算机科学与技术学院副院长"), [
        T("14:00", "14:20", "万卡集群中 RDMA 网卡链路抖动的内核侧诊断", [P("刘志勇", "阿里云智能网络工程师")], H5),
        T("14:20", "14:40", "用 eBPF 追踪跨节点的 TCP 重传与丢包根因", [P("杨晓辉", "字节跳动系统工程师")], H5),
        T("14:40", "15:00", "推理实例混部时的 L3 缓存隔离：resctrl 实践", [P("徐\u3000凯", "百度智能云工程师")], H5),
        T("15:00", "15:20", "Writing Safer BPF Programs with kfuncs and Arena Maps",
          [P("王\u3000涛", "蚂蚁集团系统工程师")], H5),
        T("15:20", "15:40", "eBPF 在 Kubernetes 安全审计中的落地",
          [P("吕建明", "海康威视安全研发工程师"), P("应丽芳", "海康威视测试工程师")], H5),
        B("15:40", "16:00", "茶歇"),
        T("16:00", "16:30", "GPU 节点的内核参数调优：从驱动加载到页缓存回写", [P("朱明亮", "快手GPU平台工程师")], H5),
        T("16:30", "17:00", "基于 BPF LSM 的训练镜像完整性校验", [P("梁\u3000宇", "奇安信安全研究员")], H5),
        T("17:00", "17:20", "推理网关收包路径优化：从 NAPI 忙轮询到 XDP", [P("陈建波", "滴滴网络工程师")], H5),
        T("17:20", "17:50", "训练数据加载的 IO 路径分析与页缓存优化", [P("李红霞", "浙江大学 博士研究生")], H5),
    ]),
]
SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]
COUNTS = [6, 8, 8, 7, 8, 9]
ENDS = ["17:30", "17:30", "17:30", "17:30", "17:50"]  # the afternoon forums' last talks end here

SPONSORS = ["浙江师范大学", "HUAWEI", "阿里云", "腾讯云", "字节跳动", "荣耀", "OPPO", "vivo", "蚂蚁集团", "龙芯中科",
            "麒麟软件", "统信软件"]
SUPPORT = ["清华大学", "openEuler", "OpenAnolis 龙蜥社区", "OpenCloudOS", "openKylin", "浙江省计算机学会"]
MEDIA = ["CSDN", "InfoQ 极客传媒", "开源中国", "51CTO", "思否", "Linux中国"]

# names of real speakers and hosts read on the real posters: set 184's list (itself 182's and 173's), copied; every
# name I could read in my strips of CLK2024/大会全议程.webp is in it.  The listings' names and deck titles are checked
# in check().
REAL_NAMES = sorted(set([
    "许琨嘉",
    "KuzinArtem", "LianboJiang", "付才", "伍勃", "伍勍", "何鲁港", "余昇锦", "余松平", "侯文龙", "刘守业", "刘忻", "刘海龙", "卢烈",
    "司延腾", "吴江波", "周俶易", "周傲易", "周威", "唐辉", "孙南勇", "宋卓", "宋恺睿", "宋牧春", "尹欣", "左泽", "巫强", "廖肇燕", "廖远鸿", "张友加",
    "张哲华", "张子扬", "张细锐", "张翼", "张雅兰", "张鹏", "彭志光", "徐静波", "慕冬亮", "晏艳", "曾庆凯", "朱彦军", "朱维希", "李培锋", "李志",
    "李扬韬", "李治军", "李泽帆", "李珍", "杜冬冬", "杨彦凝", "杨欢", "杨铠衔", "杨阳", "殷锋卫", "江锋", "潘睿", "王刘朴", "王子成", "王建政",
    "王海粟", "甄鹏", "白铠豪", "皮振伟", "祝嘉", "程杰", "罗宏震", "聂诚", "胡俊鹏", "胡璞", "荣乾锋", "蒲乐辉", "袁晓峰", "许珉嘉", "谈鉴锋",
    "谢旻晟", "谢昱晟", "谢柳杰", "谢欢", "谢淼", "谢雨来", "谢颂杨", "贺中坤", "赵天瑞", "赵宇", "赵桥", "路旭", "邹德清", "邹贻鹏", "郑堂权", "郑琦",
    "郑翔", "郭任", "郭健", "郭寒军", "郭纯海", "郭迎港", "陆扬", "陈凯", "陈华才", "陈培鸿", "陈越琦", "韩传华", "高亮", "黄睿", "黄靖", "黎红波",
    "龚睿奇"]))

# ---------------------------------------------------------------------------
# NEW COLOURS: a deep PLUM page (a red-violet plum at the head to a dark aubergine at the foot) where 2024 prints royal
# blue; magenta and aqua glows; white ranges, names and head type as 2024; AQUA titles, dots and rules where it prints
# cyan; GOLD labels ('主持人:', '嘉　宾:') and GOLD number boxes with plum digits where it prints violet labels and cyan
# boxes; pale LILAC company-job lines where it prints periwinkle ones; AQUA-TO-PLUM tea and lunch bars where it prints
# cyan bars; aqua plates for '大会议程' and the foot's words.
INK = WHITE
TITLE = (104, 232, 220)  # aqua titles
PALE = (220, 196, 232)  # the company-job lines and the hosts' units (lilac)
GOLD = (255, 202, 84)  # '主持人:' and '嘉　宾:', the number boxes, the intro's corner marks
PLUM_INK = (74, 14, 72)  # the digits in the gold number boxes
LINE = (176, 120, 190)  # the time line
HOLE = (96, 28, 98)  # the hole of a pin
BG0, BG_MID, BG1 = (118, 36, 118), (84, 22, 90), (40, 9, 46)
RULE = (104, 232, 220)  # the forum rules' strong end
RULE_END = (120, 60, 140)
BAR0, BAR1 = (36, 168, 176), (96, 40, 112)  # the tea and lunch bars, aqua fading into the plum
PANEL_FILL = (104, 38, 112)
W = 1080


def pad(name):
    """Two-character Chinese names are printed with an ideographic space between (the data holds them padded)."""
    return name


def latin(name):
    return name.isascii()


def ring_graphic(d, cx, cy):
    """The 'CLK' ring of the header: tilted rings, arcs, an aqua ball and small satellites (as 2024's, in aqua and
    magenta on the plum page)."""
    for r, col, wd in [(220, (150, 80, 170), 3), (176, (90, 200, 210), 10), (132, (190, 120, 200), 4)]:
        d.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], outline=col, width=wd)
    d.arc([cx - 250, cy - 160, cx + 250, cy + 160], 195, 345, fill=(110, 236, 224), width=10)
    d.arc([cx - 200, cy - 110, cx + 200, cy + 110], 20, 160, fill=(236, 110, 200), width=12)
    d.ellipse([cx - 82, cy - 82, cx + 82, cy + 82], fill=(30, 150, 164), outline=(160, 240, 232), width=5)
    d.ellipse([cx - 60, cy - 70, cx - 10, cy - 40], fill=(90, 200, 206))
    ctext(d, cx, cy - 52, YEAR, font(22, True), (220, 250, 246))
    ctext(d, cx, cy - 28, "CLK", font(56, True), WHITE)
    for ang in (25, 155, 245, 320):
        sx, sy = cx + 240 * math.cos(math.radians(ang)), cy + 150 * math.sin(math.radians(ang))
        d.ellipse([sx - 22, sy - 22, sx + 22, sy + 22], fill=(110, 40, 120), outline=(120, 230, 222), width=3)
        d.ellipse([sx - 8, sy - 8, sx + 8, sy + 8], outline=WHITE, width=2)


def seal(d, x, y, r, fill):
    """The school's seal: two rings and, inside, an open book under a hill."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=fill, width=3)
    d.ellipse([x - r + 7, y - r + 7, x + r - 7, y + r - 7], outline=fill, width=1)
    d.line([(x - r / 2, y - r / 12), (x, y + r / 12), (x + r / 2, y - r / 12)], fill=fill, width=2)
    d.line([(x - r / 2, y + r / 4), (x, y + r / 2.6), (x + r / 2, y + r / 4)], fill=fill, width=2)
    d.line([(x, y + r / 12), (x, y + r / 2.6)], fill=fill, width=2)
    d.line([(x - r / 2.2, y - r / 4), (x - r / 8, y - r / 1.9), (x + r / 10, y - r / 3.2), (x + r / 3, y - r / 2),
            (x + r / 2.2, y - r / 4)], fill=fill, width=2)


def ripples(d, y0, y1, col, seed):
    """The river's ripples: short horizontal dashes, denser and longer towards the bottom."""
    rnd = random.Random(seed)
    for _ in range(int((y1 - y0) * 0.9)):
        yy = rnd.uniform(y0, y1)
        t = (yy - y0) / max(1, y1 - y0)
        ln = 10 + 50 * t
        xx = rnd.uniform(-20, W)
        d.line([(xx, yy), (xx + ln, yy)], fill=col, width=2)


def faint_city(d, y, col):
    """Faint towers behind the address, as the 2024 head has a faint city there."""
    for x, w, h in [(90, 50, 96), (146, 40, 140), (192, 62, 70), (260, 44, 160), (310, 58, 110), (374, 36, 84),
                    (416, 56, 128), (478, 44, 76)]:
        d.rectangle([x, y - h, x + w, y], outline=col, width=2)
        for wy in range(int(y - h + 12), int(y - 8), 18):
            d.line([(x + 8, wy), (x + w - 8, wy)], fill=col, width=1)


def grad_text(im, x, y, text, f, c0, c1, shear=0.16):
    """Heading type leaning right, filled with a top-to-bottom gradient (set 184's ink_text, colours as arguments)."""
    tmp = Image.new("RGB", (1, 1))
    m_w = tw(ImageDraw.Draw(tmp), text, f) + 8
    h = int(f.size * 1.45)
    m = Image.new("L", (m_w + int(shear * h) + 8, h), 0)
    ImageDraw.Draw(m).text((int(shear * h) + 4, 0), text, font=f, fill=255)
    m = m.transform(m.size, Image.AFFINE, (1, shear, -shear * h, 0, 1, 0), Image.BICUBIC)
    fill = vgrad(m.size[0], m.size[1], c0, c1)
    im.paste(fill, (int(x), int(y)), m)
    return x + m.size[0]


def header(im, d):
    """The head: logo lines, the school's seal and name with its college, the slanted edition title, the ring, the
    date pill, the address ('地址:' inline, the hall over two lines, as the 2024 whole agenda prints it)."""
    logo_lines(d, 60, 56, WHITE, TITLE, 1.15)
    seal(d, 596, 92, 34, WHITE)
    d.text((644, 48), SCHOOL, font=font(36, True, serif=True), fill=WHITE)
    d.text((644, 96), SCHOOL_UNIT, font=font(26, True), fill=WHITE)
    d.text((644, 134), fits(d, SCHOOL_EN, font(11), 400), font=font(11), fill=PALE)
    ring_graphic(d, 790, 700)
    slant_text(im, 70, 262, NTH, font(92, True), WHITE, 0.16)
    grad_text(im, 70, 384, "Linux内核开发者大会", font(88, True), (255, 255, 255), (120, 236, 226))
    for i in range(26):  # the dashed rule under the title
        d.line([(90 + i * 18, 530), (100 + i * 18, 530)], fill=(110, 220, 214), width=4)
    d.line([(560, 530), (640, 510)], fill=GOLD, width=3)
    pf = font(34, True)
    pw = tw(d, DATE_PRINTED, pf) + tw(d, CITY, pf) + 100
    x0, y0, x1, y1 = 80, 630, 80 + pw, 698
    d.rounded_rectangle([x0, y0, x1, y1], radius=12, fill=(92, 26, 98), outline=(110, 230, 220), width=3)
    d.line([(x0 + pw / 2 - 40, y0), (x0 + pw / 2 + 40, y0)], fill=(110, 230, 220), width=8)
    d.line([(x0 + pw / 2 - 40, y1), (x0 + pw / 2 + 40, y1)], fill=(110, 230, 220), width=8)
    d.line([(x0 - 10, y0 + 16), (x0 - 10, y1 - 16)], fill=(110, 230, 220), width=5)
    d.line([(x1 + 10, y0 + 16), (x1 + 10, y1 - 16)], fill=(110, 230, 220), width=5)
    d.text((x0 + 26, y0 + 10), DATE_PRINTED, font=pf, fill=WHITE)
    px = x0 + 26 + tw(d, DATE_PRINTED, pf) + 10
    pin(d, px, y0 + 18, GOLD, 1.1)
    d.text((px + 30, y0 + 10), CITY, font=pf, fill=WHITE)
    af = font(36, True)
    lines = ("地址:" + HALL).split(" ")
    assert len(lines) == 2 and all(tw(d, ln, af) <= 600 for ln in lines), lines
    y = 770
    for ln in lines:
        d.text((84, y), ln, font=af, fill=WHITE)
        y += 56
    faint_city(d, 1040, (128, 56, 132))
    return 1110


INTRO = ["“中国 Linux 内核开发者大会”(CHINA LINUX KERNEL, CLK)自创办以来已连续举办4129届，由清华大学、Intel、华为、"
         "阿里云、富士通南京、腾讯云、OPPO、字节跳动、vivo、蚂蚁集团、龙芯中科等单位共同发起，秉持“自由 协作 创新”的理念，"
         "致力于推广和普及开源技术，为 Linux 内核开发者和爱好者搭建交流与合作的平台。大会每届线下参会人数约500人，"
         "已成为国内 Linux 内核领域重要的技术盛会，诚挚欢迎广大开发者和爱好者莅临参会。",
         "本次大会由浙江师范大学计算机科学与技术学院承办，清华大学、华为、阿里云、腾讯云、字节跳动、荣耀、OPPO、vivo、"
         "麒麟软件、统信软件、openEuler、OpenAnolis 龙蜥社区、OpenCloudOS、openKylin、CSDN 等单位共同支持。"]
# the whole agenda's measures, taken from the real 2024 one (set 106's, through 118, 130, 143, 153, 173, 182 and 184):
# the range's left edge, the time line, the title column and its right end; the company-job line starts NAME_COL
# after a name
TX, LX, TT, XR = 106, 336, 382, 982
NAME_COL = 105
AFF_R = XR + 40  # the right end of a company-job line (it may run a little past the titles, as in 2024)


def intro_box(d, y):
    """A lighter plum box with gold corner marks holding the organisers' introduction (two paragraphs)."""
    bx0, bx1 = 60, W - 60
    f = font(25)
    paras = [wrap_widths(d, t, f, [bx1 - bx0 - 150, bx1 - bx0 - 100]) for t in INTRO]
    n = sum(len(p) for p in paras)
    h = n * 48 + 100
    d.rectangle([bx0, y, bx1, y + h], fill=PANEL_FILL, outline=(150, 84, 160), width=2)
    for cx, cy, sx, sy in ((bx0, y, 1, 1), (bx1, y, -1, 1), (bx0, y + h, 1, -1), (bx1, y + h, -1, -1)):
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx + 60 * sx, cy - 6 * sy)], fill=GOLD, width=10)
        d.line([(cx - 6 * sx, cy - 6 * sy), (cx - 6 * sx, cy + 60 * sy)], fill=GOLD, width=10)
    yy = y + 50
    for p in paras:
        for i, ln in enumerate(p):
            d.text((bx0 + (100 if i == 0 else 50), yy), ln, font=f, fill=WHITE)
            yy += 48
    return y + h


def foot_plate(im, d, y, text):
    """A plate: an aqua bar with a cut corner and the word in leaning white type (as 2024's '大会议程')."""
    w, h = 460, 90
    x0 = W / 2 - w / 2
    hgrad(d, x0 - 70, y + 80, x0 + 120, y + 92, BG_MID, (236, 110, 200))
    hgrad(d, x0, y, x0 + w, y + h, (18, 120, 136), (60, 196, 196))
    d.polygon([(x0, y), (x0 + 18, y), (x0, y + 18)], fill=BG_MID)
    d.line([(x0 + w - 80, y - 12), (x0 + w + 50, y - 12)], fill=GOLD, width=10)
    slant_text(im, 0, y + 8, text, font(54, True), WHITE, 0.18, cx=W / 2)
    return y + h


def topic_of(name):
    """The heading prints the forum's topic and '分论坛' apart, as the organisers' whole agenda does."""
    assert name.endswith("分论坛")
    return name[:-3].rstrip()


HEADING_SIZES = []
HEAD_C0, HEAD_C1 = (255, 255, 255), (150, 240, 230)  # the heading type: white at the top to pale aqua


def agenda_heading(im, d, y, idx, name, host):
    """'▶▶ 主论坛' or a number box '01'..'05', the topic and '分论坛' in leaning type (smaller only if it would not
    fit); the host at the right with the unit under it, or, where the heading leaves no room, on a line of its own
    under it between two short rules, as the organisers' 2024 whole agenda does (set 184's, recoloured)."""
    x = 70
    if idx == 0:
        for j in range(2):
            d.polygon([(x + j * 30, y + 22), (x + j * 30 + 26, y + 44), (x + j * 30, y + 66)], fill=TITLE)
        x += 84
        x = grad_text(im, x, y - 4, name, font(62, True), HEAD_C0, HEAD_C1)
    else:
        box = vgrad(106, 76, (255, 216, 110), (240, 160, 50))
        mask = Image.new("L", (106, 76), 0)
        ImageDraw.Draw(mask).polygon([(14, 0), (106, 0), (92, 76), (0, 76)], fill=255)
        im.paste(box, (x, y + 6), mask)
        d.line([(x + 2, y - 8), (x + 40, y - 8)], fill=TITLE, width=6)
        d.line([(x + 2, y - 8), (x - 6, y + 30)], fill=TITLE, width=6)
        slant_text(im, x + 16, y + 6, "%02d" % idx, font(48, True), PLUM_INK, 0.2)
        x += 132
        size = 56
        while tw(d, topic_of(name) + "分论坛", font(size, True)) + 60 > XR + 20 - x and size > 44:
            size -= 2
        f = font(size, True)
        HEADING_SIZES.append(size)
        dy = (56 - size) // 2
        x = grad_text(im, x, y + 4 + dy, topic_of(name), f, HEAD_C0, HEAD_C1)
        x = grad_text(im, x + 22, y + 4 + dy, "分论坛", f, HEAD_C0, HEAD_C1)
    hf, nf, uf = font(30, True), font(30), font(17)
    label, who = "主持人:", pad(host[0])
    hw = tw(d, label, hf) + 8 + tw(d, who, nf)
    bw = max(hw, tw(d, host[1], uf))
    if x + 24 + bw <= XR + 30:
        hx = XR + 30 - bw
        d.text((hx, y + 4), label, font=hf, fill=GOLD)
        d.text((hx + tw(d, label, hf) + 8, y + 4), who, font=nf, fill=WHITE)
        d.text((hx, y + 52), host[1], font=uf, fill=PALE)
        under, y = False, y + 104
    else:
        y += 100
        lw = hw + 20 + tw(d, host[1], uf)
        lx = W / 2 - lw / 2
        d.line([(lx - 130, y + 22), (lx - 20, y + 22)], fill=LINE, width=2)
        d.line([(lx + lw + 20, y + 22), (lx + lw + 130, y + 22)], fill=LINE, width=2)
        d.text((lx, y), label, font=hf, fill=GOLD)
        d.text((lx + tw(d, label, hf) + 8, y), who, font=nf, fill=WHITE)
        d.text((lx + hw + 20, y + 10), host[1], font=uf, fill=PALE)
        under, y = True, y + 54
    hgrad(d, 70, y, XR + 30, y + 12, RULE, RULE_END)
    return y + 12 + 56, under


def person_line(d, y, sp):
    """One speaker: the (padded) name and the company-job line after it on the same line, as the 2024 whole agenda
    prints them; a Latin name with its line UNDER it (as 2024 prints 'Kuzin Artem')."""
    nf, af = font(29), font(18)
    name = pad(sp["name"])
    d.text((TT, y), name, font=nf, fill=WHITE)
    if latin(sp["name"]):
        d.text((TT, y + 42), fits(d, sp["line"], af, AFF_R - TT), font=af, fill=PALE)
        return y + 43 + 28
    col = max(NAME_COL, tw(d, name, nf) + 18)
    d.text((TT + col, y + 10), fits(d, sp["line"], af, AFF_R - TT - col), font=af, fill=PALE)
    return y + 43


def agenda_row(d, y, s, log):
    """A talk: the range at the left, a dot on the time line, the aqua title (greedy wrap), one line per speaker.
    A round table adds the gold labels '主持人:' and '嘉　宾:' over its people.  Tea and lunch are aqua bars fading
    into the page (the range and the label); '开场' a row without a speaker."""
    rf = font(31, True)
    if s["kind"] == "break" and s["title"] != "开场":
        hgrad(d, TX - 6, y - 4, XR - 120, y + 50, BAR0, (70, 110, 150))
        hgrad(d, XR - 120, y - 4, XR, y + 50, (70, 110, 150), BAR1)
        d.text((TX, y), rng(s), font=rf, fill=WHITE)
        DOTS.append((y + 23, WHITE))
        BARS.append((y - 4, y + 50))
        d.text((TT, y + 1), s["title"], font=font(29, True), fill=WHITE)
        return y + 50 + 52
    d.text((TX, y), rng(s), font=rf, fill=WHITE)
    y0 = y
    tf = font(29, True)
    tl = wrap(d, s["title"], tf, XR - TT)  # greedy, as the organisers' whole agenda breaks its titles
    for ln in tl:
        d.text((TT, y + 1), ln, font=tf, fill=TITLE)
        WRAPS.setdefault(s["title"], []).append(ln)
        y += 42
    log.append((s["title"], len(tl)))
    if s["kind"] == "panel":
        lf = font(27, True)
        for k, group in enumerate((s["sp"][:1], s["sp"][1:])):
            y += 8
            d.text((TT, y), "主持人:" if k == 0 else "嘉　宾:", font=lf, fill=GOLD)
            y += 44
            for sp in group:
                y = person_line(d, y, sp)
    else:
        for sp in s["sp"]:
            y = person_line(d, y, sp)
    DOTS.append((y0 + 23, TITLE))
    return y + 34


WRAPS = {}  # each title's printed lines (the first pass and the real one print the same)
DOTS, BARS = [], []  # the dots and bars of the forum being painted (the time line is drawn between the bars)


def unit_box(d, x, y, w, h, name):
    """A sponsor's box: a white outline on the plum and the name set as a white word mark (the school with a seal),
    as 2024 prints white logos in white-outlined boxes."""
    d.rectangle([x, y, x + w, y + h], outline=(240, 230, 246), width=2)
    rnd = random.Random(seed_of(name))
    ink = WHITE
    if name == SCHOOL:
        seal(d, x + 44, y + h / 2, 24, ink)
        f = font(32, True, serif=True)
        d.text((x + 80, y + 12), fits(d, SCHOOL, f, w - 90), font=f, fill=ink)
        d.text((x + 82, y + 60), fits(d, SCHOOL_MARK, font(12, True), w - 90), font=font(12, True), fill=ink)
        return
    parts = name.split(" ", 1) if name in ("InfoQ 极客传媒", "OpenAnolis 龙蜥社区") else [name]
    if len(parts) == 2:
        ctext(d, x + w / 2, y + 8, parts[0], font(32, True), ink)
        ctext(d, x + w / 2, y + 54, "  ".join(parts[1]), font(17, True), ink)
        return
    size = 36 if name.isascii() else 34
    f = font(size, True, serif=(rnd.random() < 0.25 and not name.isascii()))
    while tw(d, name, f) > w - 40:
        size -= 2
        f = font(size, True)
    mark = rnd.random() < 0.5 and tw(d, name, f) + 52 <= w - 30
    tw_ = tw(d, name, f) + (52 if mark else 0)
    tx = x + (w - tw_) / 2
    if mark:
        d.ellipse([tx, y + h / 2 - 18, tx + 36, y + h / 2 + 18], outline=ink, width=4)
        d.ellipse([tx + 12, y + h / 2 - 6, tx + 24, y + h / 2 + 6], fill=ink)
        tx += 52
    d.text((tx, y + h / 2 - size * 0.7), fits(d, name, f, w - 30), font=f, fill=ink)


def units(d, y, names):
    bw, bh, gx, gy = 336, 104, 46, 40
    xa = (W - 2 * bw - gx) / 2
    for i, u in enumerate(names):
        unit_box(d, xa + (i % 2) * (bw + gx), y + (i // 2) * (bh + gy), bw, bh, u)
    return y + ((len(names) + 1) // 2) * (bh + gy)


def theatre(d, x, base, col, line):
    """The Wu opera theatre on its island (中国婺剧院): boxes of different sizes stacked off-centre, each with a row
    of windows, like a pile of treasure chests."""
    boxes = [(-150, 0, 300, 70), (-120, 70, 250, 62), (-170, 132, 210, 56), (-40, 132, 190, 66),
             (-110, 198, 200, 58), (-70, 256, 130, 48)]
    for dx, up, w, h in boxes:
        x0, y1 = x + dx, base - up
        d.rectangle([x0, y1 - h, x0 + w, y1], fill=col, outline=line, width=2)
        for wx in range(int(x0 + 12), int(x0 + w - 12), 16):
            d.line([(wx, y1 - h + 14), (wx, y1 - 12)], fill=line, width=1)


def bayong(d, x, base, col, line):
    """Bayong pavilion (八咏楼): a two-storey hall with hipped roofs on a tall stone platform with steps."""
    d.rectangle([x - 110, base - 90, x + 110, base], fill=col, outline=line, width=2)  # the platform
    for k in range(0, 90, 12):
        d.line([(x - 110, base - k), (x + 110, base - k)], fill=line, width=1)
    d.polygon([(x - 30, base), (x + 30, base), (x + 20, base - 90), (x - 20, base - 90)], fill=col, outline=line)
    y = base - 90
    for k, (ww, hh) in enumerate([(150, 46), (110, 40)]):
        d.rectangle([x - ww / 2, y - hh, x + ww / 2, y], fill=col, outline=line, width=2)
        for cx in range(int(x - ww / 2 + 14), int(x + ww / 2 - 8), 18):
            d.line([(cx, y - hh + 6), (cx, y - 4)], fill=line, width=1)
        y -= hh
        d.polygon([(x - ww / 2 - 34, y + 8), (x + ww / 2 + 34, y + 8), (x + ww / 2 - 6, y - 20),
                   (x - ww / 2 + 6, y - 20)], fill=col, outline=line)
        y -= 20
    d.line([(x, y), (x, y - 16)], fill=line, width=3)


def skyline(im, h):
    """The foot, Jinhua in the 2024 manner (outlines and fills a little lighter than the page): Beishan hills, the
    Wu opera theatre on its island in the river, Bayong pavilion, the school's buildings and the school's name."""
    d = ImageDraw.Draw(im)
    base = h - 60
    fillc, line = (66, 18, 74), (170, 110, 186)
    river = base - 120
    d.polygon([(0, river - 80), (150, river - 170), (300, river - 120), (460, river - 210), (620, river - 140),
               (760, river - 180), (920, river - 110), (W, river - 150), (W, river), (0, river)],
              fill=(58, 14, 64), outline=(120, 64, 136))  # Beishan
    for bx, bw, bh in [(30, 80, 140), (116, 96, 100), (218, 70, 170)]:  # the school's buildings
        d.rectangle([bx, river - bh, bx + bw, river], fill=fillc, outline=line, width=2)
        for wy in range(int(river - bh + 14), int(river - 10), 20):
            for wx in range(bx + 10, bx + bw - 10, 18):
                d.rectangle([wx, wy, wx + 8, wy + 8], outline=line, width=1)
    bayong(d, 430, river, fillc, line)
    theatre(d, 800, river + 20, fillc, line)  # its island stands in the river: the water is painted over its foot
    d.rectangle([0, river, W, base], fill=(52, 12, 60))
    d.ellipse([620, river - 6, 980, river + 26], fill=(70, 22, 78), outline=line, width=2)  # the island
    ripples(d, river + 30, base - 4, (110, 56, 126), 6134)
    d.rectangle([0, base, W, h], fill=(36, 8, 42))
    seal(d, W / 2 - 110, h - 30, 16, WHITE)
    ctext(d, W / 2 + 14, h - 46, SCHOOL, font(24, True, serif=True), WHITE)


def footer(im, d, y):
    y = foot_plate(im, d, y, "赞助单位") + 90
    y = units(d, y, SPONSORS) + 70
    y = foot_plate(im, d, y, "支持单位") + 90
    y = units(d, y, SUPPORT) + 70
    y = foot_plate(im, d, y, "支持媒体") + 90
    y = units(d, y, MEDIA) + 110
    d.rectangle([W / 2 - 180, y, W / 2 + 180, y + 360], outline=TITLE, width=3)
    d.rectangle([W / 2 - 162, y + 18, W / 2 + 162, y + 342], fill=WHITE)
    qrcode(d, W / 2 - 144, y + 36, 288, 6134)
    y += 410
    slant_text(im, 0, y, "扫码报名", font(62, True), WHITE, 0.18, cx=W / 2)
    y += 116
    ctext(d, W / 2, y, "现场座位有限，请提前扫码报名", font(29), WHITE)
    ctext(d, W / 2, y + 50, "参会即赠大会纪念品一份", font(29), WHITE)
    y += 150
    slant_text(im, 0, y, "相聚婺江之畔 · 共探 Linux 内核之美", font(46, True), TITLE, 0.18, cx=W / 2)
    return int(y + 700)


def background(w, h):
    """The plum page: a red-violet plum at the head, darker lower down; magenta and aqua glows, light streaks and
    particles over the head, the skyline at the foot."""
    top = vgrad(w, 1400, BG0, BG_MID)
    rest = vgrad(w, h - 1400, BG_MID, BG1)
    im = Image.new("RGB", (w, h))
    im.paste(top, (0, 0))
    im.paste(rest, (0, 1400))
    im = glow(im, 790, 700, 420, (60, 200, 200), 0.35)
    im = glow(im, 60, 160, 320, (230, 80, 190), 0.35)
    for k, yy in enumerate(range(2600, h - 1200, 2300)):
        im = glow(im, 1060 if k % 2 else 20, yy, 360, (200, 70, 180), 0.22)
    d = ImageDraw.Draw(im)
    rnd = random.Random(6134)
    for i in range(9):  # light streaks sweeping over the head
        d.arc([300 + i * 40, -400 - i * 30, 1500 + i * 40, 260 + i * 24], 100, 175, fill=(150, 76, 160), width=2)
    for _ in range(110):  # particles over the head
        px, py = rnd.randrange(480, 1080), rnd.randrange(150, 560)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse([px - r, py - r, px + r, py + r], fill=(160, 236, 228))
    skyline(im, h)
    return im


FULL_LOG = {}


def paint_full(im, d):
    log, unders = [], []
    del HEADING_SIZES[:]
    y = header(im, d)
    y = intro_box(d, y) + 100
    y = foot_plate(im, d, y, "大会议程") + 110
    for idx, (name, host, slots) in enumerate(FORUMS):
        y, under = agenda_heading(im, d, y, idx, name, host)
        unders.append(under)
        top = y - 40
        del DOTS[:], BARS[:]
        for s in slots:
            y = agenda_row(d, y, s, log)
        ends_with_bar = slots[-1]["kind"] == "break" and slots[-1]["title"] != "开场"
        for k, (a, b) in enumerate(zip([top] + [e for _, e in BARS], [t for t, _ in BARS] + [y - 10])):
            if b > a and not (ends_with_bar and k == len(BARS)):  # no tail under a closing bar
                d.line([(LX, a), (LX, b)], fill=LINE, width=2)  # the time line, broken at the bars
        for cy, col in DOTS:
            d.ellipse([LX - 6, cy - 6, LX + 6, cy + 6], fill=col)
        hgrad(d, 70, y + 20, XR + 30, y + 28, RULE_END, RULE)
        y += 28 + 120
    FULL_LOG["titles"], FULL_LOG["unders"] = log, unders
    return footer(im, d, y)


# ===========================================================================
def truth_slot2(s):
    """A slot as truth.json gives it: titles as printed; names without spaces and padding; each speaker's
    company-job line exactly as printed; host null for breaks."""
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": [sp["line"] for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def listing_words():
    """The paths of the four real repositories' listings and CLK2022's README, when the corpus is there
    (set 71's check, copied through sets 79, 104, 106, 118, 130, 143, 153, 173, 182 and 184)."""
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


def listing_forums():
    """CLK2025's six folder names without their numbers, in folder order, read from its listing when it is there."""
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if not os.path.exists(p):
        return SIX
    with open(p, encoding="utf-8") as fh:
        tops = [ln.split("\t")[0].split("/")[0] for ln in fh.read().splitlines()[1:] if "/" in ln.split("\t")[0]]
    seen = []
    for t in tops:
        if t not in seen:
            seen.append(t)
    seen.sort(key=lambda t: int(t.split(" ", 1)[0]))
    return [t.split(" ", 1)[1] for t in seen]


COMMON = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")  # the 100
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = ["应", "楼"]  # both common around Jinhua (楼 in Dongyang and Yiwu, 应 in Yongkang), rare in the country
SURNAME_COUNTS = {"王": 5, "李": 4, "张": 4, "刘": 3, "陈": 3, "杨": 2, "黄": 2, "吴": 2, "徐": 2}  # others once
# the given names, as a real programme prints them: everyday characters only (checked below)
EVERYDAY = set("建华磊文涛晓东帆志强平永海洋婷宏伟军静俊鹏国斌丽娟敏明超燕冰怡浩然雪梅飞峰辉亮娜帅小刚晨阳波杰萍昊"
               "宇航鑫卫民春芳龙云勇凯庆红霞")


def people():
    out = []
    for _, host, slots in FORUMS:
        out.append(plain(host[0]))
        out += [plain(sp["name"]) for s in slots for sp in s["sp"]]
    return out


def check(poster):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; surnames mostly common ones in roughly their proportions; given names of
    everyday characters."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2024 was the 19th
    assert [f[0] for f in FORUMS] == SIX == listing_forums(), listing_forums()
    ppl = people()
    assert len(ppl) == len(set(ppl)), sorted(p for p in ppl if ppl.count(p) > 1)
    assert not set(ppl) & set(REAL_NAMES), set(ppl) & set(REAL_NAMES)
    chinese = [p for p in ppl if not p.isascii()]
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    assert len(chinese) == 61 and {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    top5 = sum(1 for p in chinese if p[0] in TOP5)
    top20 = sum(1 for p in chinese if p[0] in TOP20)
    assert (top5, top20) == (19, 38), (top5, top20)
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    assert all(2 <= len(p) <= 3 for p in chinese)
    assert set("".join(p[1:] for p in chinese)) <= EVERYDAY, set("".join(p[1:] for p in chinese)) - EVERYDAY
    printed = [host[0] for _, host, _ in FORUMS] + [sp["name"] for f in FORUMS for s in f[2] for sp in s["sp"]]
    for n in printed:  # two-character names padded, no other
        assert n.isascii() or (len(plain(n)) == 2) == ("\u3000" in n), n
    assert sum(1 for n in printed if "\u3000" in n) == PADDED, sum(1 for n in printed if "\u3000" in n)
    real = listing_words()
    titles = [s["title"] for f in FORUMS for s in f[2] if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in ppl + [t for t in titles if t != "嘉宾致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [f["forum"] for f in poster["forums"]] == SIX
    for f in poster["forums"]:
        assert f["date"] == DATE
        ends = [(s["start"], s["end"]) for s in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
            assert s["start"] < s["end"]
            assert len(s["affiliations"]) == len(s["speakers"])
            assert s["kind"] == "break" or 1 <= len(s["speakers"]) <= (5 if s["kind"] == "panel" else 2)
            assert s["host"] is None or s["host"] not in s["speakers"]
    slots = [s for f in FORUMS for s in f[2]]
    assert [s["kind"] for s in slots].count("panel") == 1
    assert [sum(1 for s in f[2] if s["kind"] == "talk" and len(s["sp"]) == 2) for f in FORUMS] == [1] * 6
    assert [sum(1 for s in f[2] if s["kind"] == "talk" and s["title"].isascii()) for f in FORUMS] == [1] * 6
    assert sum(1 for s in slots for sp in s["sp"] if latin(sp["name"])) == 1
    assert [s["title"] for s in FORUMS[0][2][:2]] == ["开场", "嘉宾致辞"] and FORUMS[0][2][0]["start"] == "09:00"
    assert FORUMS[0][2][-1]["title"] == "午餐" and FORUMS[0][2][-1]["end"] == "14:00"
    assert not [s for s in FORUMS[0][2] if s["title"] == "茶歇"]
    assert all(f[2][0]["start"] == "14:00" for f in FORUMS[1:])
    assert [f[2][-1]["end"] for f in FORUMS[1:]] == ENDS
    assert [[(s["start"], s["end"]) for s in f[2] if s["title"] == "茶歇"] for f in FORUMS[1:]] == [[("15:40", "16:00")]] * 5
    assert [sum(1 for s in f[2] if s["kind"] != "break") for f in FORUMS] == COUNTS
    assert all(f[2][-1]["kind"] == "talk" for f in FORUMS[1:])
    return len(titles)


PADDED = 24
DRAFT = os.environ.get("DRAFT")


def main():
    im = two_pass(W, paint_full, background)
    assert im.size[0] == W
    path = os.path.join(HERE, FILE)
    im.save(path, "JPEG", quality=85)  # the organisers' CLK6134全部议程.jpg
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "draft.png"))
    assert 12000 <= im.size[1] <= 17000, im.size
    assert 700_000 <= size <= 3_500_000, size
    poster = {"file": FILE, "layout": layout(im.size), "date": DATE,
              "forums": [{"forum": name, "date": DATE, "slots": [truth_slot2(s) for s in slots]}
                         for name, _, slots in FORUMS]}
    n = check(poster)
    print("scored talks", n)
    assert 42 <= n <= 55, n
    lines = dict(FULL_LOG["titles"])
    wrapped = {t: k for t, k in lines.items() if k > 1}
    print("hosts under headings:", FULL_LOG["unders"])
    print("afternoon heading sizes:", HEADING_SIZES)
    print("titles over 2+ lines:", len(wrapped))
    for t, k in wrapped.items():
        print("  ", " / ".join(WRAPS[t][:k]))
    if not DRAFT:
        assert FULL_LOG["unders"] == UNDERS, FULL_LOG["unders"]
        assert max(lines.values()) == 2
        assert sorted(wrapped) == sorted(WRAPPED), sorted(wrapped)
        assert all(len(WRAPS[t][1].replace(" ", "")) >= 2 for t in WRAPPED), "a lone tail"
    truth = {"written": "2026-12-14", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


UNDERS = [False, True, True, True, True, True]
WRAPPED = ["国产操作系统走向上游：内核社区协作的十年经验",
           "How We Triage CVEs for a Long-Term Stable Kernel",
           "从手机到车机：终端内核在功耗与流畅性之间的平衡",
           "圆桌论坛:开源芯片与操作系统协同发展：机遇、难点与人才培养",
           "页缓存换用 folio 后，数据库负载的一次性能回退分析",
           "Why Direct Reclaim Stalls Grow with the Number of NUMA Nodes",
           "Java 服务开启透明大页的收益与代价：一次全量灰度的复盘",
           "硬件内存故障的隔离：poison 页从上报到下线的完整流程",
           "Scaling Directory Operations in XFS to Hundreds of Millions of Files",
           "存算分离架构下 NVMe over TCP 的延迟优化实践",
           "大小核手机上的线程迁移代价：测量、建模与优化",
           "Measuring Wakeup Latency on Isolated CPUs: A Practical Guide",
           "kprobe、fprobe 与 fentry：动态追踪手段的开销对比与选型",
           "hung task 告警的自动归因：从 D 状态到阻塞源头",
           "Lessons from Upstreaming a New SoC Platform to Mainline",
           "国产 GPU 驱动的显存超分：基于 HMM 的按需迁移",
           "Writing Safer BPF Programs with kfuncs and Arena Maps",
           "GPU 节点的内核参数调优：从驱动加载到页缓存回写",
           "推理网关收包路径优化：从 NAPI 忙轮询到 XDP"]  # the titles printed over two lines
NOTE = (
    "Same schema and conventions as posters-blind-43 (and -59, -173, -182, -184): speakers are names as printed with "
    "spaces and the padding of two-character names removed ('张\u3000伟' -> '张伟', '王\u3000磊' -> '王磊'; the Latin "
    "name 'Petr Svoboda' -> 'PetrSvoboda'); host is the chair printed for the forum covering the slot, null for "
    "breaks; start/end always HH:MM on a 24-hour clock; break titles are as printed. ONE invented edition, CLK 6134 "
    "(第4129届, 金华, host school 浙江师范大学 with its 计算机科学与技术学院 and English line at the top right, Saturday "
    "6134-10-23), with CLK2025's six forum names in CLK2025's folder order (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, "
    "调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its spaces), printed as CLK2025's "
    "repository holds an edition: ONE whole-agenda image named as CLK2025 names its own (" + FILE + ", JPEG q85, "
    "1080 px wide), the six forums one under another, in the organisers' 2024 whole-agenda layout but NEW COLOURS: a "
    "deep PLUM page with magenta and aqua glows, white ranges and names, AQUA titles, GOLD labels and number boxes, "
    "lilac company-job lines and aqua tea and lunch bars fading into the plum. So this file has ONE entry holding six "
    "forums in printed order, and every talk is listed once. 主论坛 runs in the morning, the five others in parallel "
    "from 14:00; every forum's date is the edition's. The head (logo lines 'CHINA LINUX KERNEL' / "
    "'中国Linux内核开发者大会', the school, its college and its English name, '第4129届中国' / 'Linux内核开发者大会', the "
    "ring '6134' / 'CLK', the date pill '6134年10月23日' + pin + '金华', '地址:浙江师范大学本部' / '学术报告中心一楼报告厅'), "
    "the framed introduction (two paragraphs naming companies and communities, no forum), '大会议程' on a plate, and the "
    "foot ('赞助单位', '支持单位', '支持媒体' and their boxes, the QR code, '扫码报名', the captions '现场座位有限，请提前扫码报名' "
    "and '参会即赠大会纪念品一份', the slogan '相聚婺江之畔 · 共探 Linux 内核之美', the school's name under the skyline) are "
    "never part of a name, a title or a slot. HEADINGS: '▶▶ 主论坛', or a slanted GOLD number box '01'..'05' (plum "
    "digits) followed by the forum's TOPIC and '分论坛' set APART with a gap, as the 2024 whole agenda sets them "
    "('内存管理与优化  分论坛', 'AI 基础设施与 eBPF 应用  分论坛', the last a little smaller to fit): the forum is CLK2025's "
    "name, the gap and the numbers no part of it. The host is the name after the gold '主持人:' (ASCII colon, as 2024 "
    "types it): at the RIGHT of 主论坛's heading with the unit under it (徐建华, '浙江师范大学计算机科学与技术学院院长、教授'); "
    "for the five afternoon forums, whose long names leave no room, on a line of its own UNDER the heading between two "
    "short rules with the unit beside it: 张伟 (printed '张\u3000伟'), 郭志明, 罗军 (printed '罗\u3000军'), 林晓东, 陈静 "
    "(printed '陈\u3000静'); the unit is no affiliation. ROWS: the range at the left ('14:00-14:20'), a dot on a "
    "vertical time line, the AQUA title, then the speakers, ONE LINE EACH, two speakers one under the other, as 2024 "
    "prints them: the (padded) name and the company-job line beside it; each affiliation is that line EXACTLY as "
    "printed, mostly run together as the designer typed it ('麒麟软件内核研发总监', '华为Linux内核首席专家', "
    "'字节跳动STE团队技术专家', '快手GPU平台工程师', 'vivo存储工程师', 'OPPO内核调度工程师'), with a space where typed "
    "('英特尔 软件工程师', '英特尔 云软件工程师', '京东 SRE工程师', '浙江大学 博士研究生', 'SUSE Linux 内核工程师'). The one "
    "LATIN name, 'Petr Svoboda', has his line 'SUSE Linux 内核工程师' UNDER his name at the same left edge (as 2024 "
    "prints 'Kuzin Artem' over '华为操作系统内核技术专家'), under the English title 'Measuring Wakeup Latency on Isolated' "
    "/ 'CPUs: A Practical Guide' (调度、性能与调试分论坛 15:00-15:40, a 40-minute slot): that line is his affiliation, not "
    "a title and not a second speaker. TWO SPEAKERS (six talks, one per forum) are given top then bottom, each with the "
    "line beside his own name: 黄志强 and 吴丽娟 (荣耀), 杨帆 and 宋丽萍 (美团), 邓永强 and 黄敏 (天翼云), 董文杰 and 袁婷 "
    "(腾讯), 高峰 and 余春燕 (摩尔线程, the same line twice), 吕建明 and 应丽芳 (海康威视). TITLES wrap greedily in the "
    "title column, as the 2024 whole agenda breaks them; a title over two lines is ONE title, given as the designer "
    "typed it: a space between Latin words (also where the line breaks between them: 'Scaling Directory Operations "
    "in XFS to' / 'Hundreds of Millions of Files'), and where a Chinese title breaks at the space before a Latin word "
    "the space is kept ('推理网关收包路径优化：从 NAPI 忙轮询到' / 'XDP' is '…忙轮询到 XDP'); none where Chinese text "
    "breaks, whether inside a word ('…一次性能回' / '退分析', '…一次全' / '量灰度的复盘', '…到页缓' / '存回写') or between "
    "words ('…十年' / '经验', '…的延迟优化' / '实践'); nineteen titles take two lines, none more. The ROUND TABLE (主论坛, "
    "11:20-12:00, kind 'panel') is one row '圆桌论坛:开源芯片与操作系统协同发展：机遇、难点与人才培养' over two lines "
    "(the label '圆桌论坛:' kept in the title with its ASCII colon, as the 2024 whole agenda prints its round table; the "
    "full-width colon and enumeration comma after it as printed), a gold '主持人:' line over the moderator's line and a "
    "gold '嘉\u3000宾:' line over four guests' lines; its speakers are the moderator and then the guests in printed "
    "order (赵国平; 王磊, 孙晓燕, 马俊杰, 何斌), its affiliations their printed lines; the labels are no part of a name, and "
    "the moderator is a SPEAKER, not the forum's host (徐建华), although his label reads '主持人:' like the host's. "
    "'开场' (09:00-09:05, printed in the title column without a speaker) is a break; '嘉宾致辞' (09:05-09:20, 楼建军, "
    "浙江师范大学副校长) is a talk. '茶歇' and '午餐' are aqua bars holding the range, a dot and the label only, breaks of "
    "the forum they stand in: 主论坛 has no tea (as 2024's) and ends with '午餐' 12:00-14:00; each afternoon forum has "
    "ONE 茶歇 15:40-16:00 (as every 2024 forum) and ends with its last talk, at 17:30, except 'AI 基础设施与 eBPF 应用"
    "分论坛', whose ninth talk ends at 17:50. ENGLISH-ONLY titles (six, one per forum, all over two lines): 'How We "
    "Triage CVEs for a Long-Term Stable Kernel' (主论坛, by 李明, a Chinese speaker), 'Why Direct Reclaim Stalls Grow "
    "with the Number of NUMA Nodes', 'Scaling Directory Operations in XFS to Hundreds of Millions of Files', "
    "'Measuring Wakeup Latency on Isolated CPUs: A Practical Guide' (the Latin speaker's), 'Lessons from Upstreaming "
    "a New SoC Platform to Mainline', 'Writing Safer BPF Programs with kfuncs and Arena Maps'; other titles mix "
    "Chinese with Latin words. NAMES as a real programme prints them: 61 Chinese names with surnames in roughly the "
    "population's proportions (王 5, 李 4, 张 4, 刘 3, 陈 3: 19 of 61; 杨 2, 黄 2, 吴 2, 徐 2 and one each of the "
    "eleven other names the brief lists: 38 of 61; then one each of 21 other common surnames) and two uncommon ones, "
    "both typical of the Jinhua region: 楼 (楼建军, who gives the welcome speech) and 应 (应丽芳, a speaker); given names "
    "of everyday characters only (建华, 伟, 海涛, 丽娟, 晓燕, 俊杰, 志强, 晓东 …); twenty-four two-character names, padded; "
    "no compound surname. No person is printed twice."
)


def layout(size):
    return ("%s (第4129届), 金华, %s (JPEG q85, %d x %d): THE WHOLE AGENDA after the organisers' CLK2024 "
            "大会全议程.webp in NEW COLOURS, a deep plum page with aqua titles, gold labels and number boxes and lilac "
            "company-job lines: the head, a framed introduction, '大会议程' on a plate, then the six forums one under "
            "another, each under a heading ('▶▶ 主论坛' with the host at the right, or a gold number box '01'..'05' with "
            "the topic and '分论坛' set apart and the host on a line under the heading); each talk a row: range, dot on "
            "a time line, aqua title (greedy wrap), then one line per speaker 'padded name  company-job' (two speakers "
            "one under the other; the Latin name with his line under it); '开场' and '嘉宾致辞' first; the round table "
            "with gold '主持人:' and '嘉　宾:' lines; 茶歇 and 午餐 as aqua bars; the foot with sponsors, supporters, "
            "media, a QR code and Jinhua's skyline (Beishan hills, Bayong pavilion, the Wu opera theatre on its island "
            "in the river, the school). 6 + 8 + 8 + 7 + 8 + 9 = 46 scored talks (the round table and the welcome speech "
            "among them)." % ((EDITION, DATE) + size))


if __name__ == "__main__":
    main()
