"""Draw the two-hundred-and-fifty-fourth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes six PNG slides (one per forum, 1920 x 1080) and truth.json next to this file.
Every string printed on the slides comes from the data below, so truth.json and the pictures cannot drift
apart.  No randomness at all.

ONE invented edition, CLK 7354 (第5349届, 长沙, 中南大学, Saturday 7354-11-09), with CLK2025's six forum
folders.  Between talks the screen of each forum's hall shows the forum's programme as ONE SLIDE of the
conference's deck template: a white LOGO BAND at the top (the round mark, 'CLK 7354' over the conference's
name, and at the right the organisers' wordmarks between thin rules), a teal-to-blue stripe, the forum's name
as the slide title with a teal bar before it and the host line at the right ('主持人：name　unit job' over
'会场：hall'), a FOUR-COLUMN table 时间 | 议题 | 演讲嘉宾 | 单位 (the speaker's name and his company in
separate columns, line for line; two colleagues sometimes share one line, 'A、B' beside one company), a
tinted tea-break row, and a deep-teal FOOTER band (edition, date and place, slide number).  The type shrinks
in steps until the table fits above the footer, so the forums with many talks are set small.

Copied from posters-blind-233/draw.py (which took them from set 156 and earlier), unchanged: font, tw,
TOKEN, NO_LINE_START, wrap_widths, wrap, ctext, rtext, hgrad, WHITE, rng, saturday, latin, plain, P, B,
truth_slot, people, listing_words, listing_forums, COMMON5, COMMON20, cup.  REAL_NAMES is set 242's list
(sets 156's and 230's merged), copied.  T lost the panel's role but kept 'shared'.  Adapted: check and main.
New: the data, the template (logo_mark, logo_band, title_row, footer, slide), the table (cells, layout_rows,
fit, table), bowl, RARE, LESS_COMMON_GIVEN, WRAPPED, SCALES, the layouts and the note.
"""
import datetime
import json
import os
import re

from PIL import Image, ImageDraw, ImageFont

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


def hgrad(d, x0, y0, x1, y1, c0, c1):
    for i in range(int(x1 - x0)):
        t = i / max(1, x1 - x0 - 1)
        d.line([(x0 + i, y0), (x0 + i, y1)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c0, c1)))


WHITE = (255, 255, 255)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def latin(name):
    return name.isascii()


def plain(name):
    """A name as the truth gives it: spaces and the padding of two-character names removed."""
    return name.replace(" ", "").replace("\u3000", "")


# ---------------------------------------------------------------------------
# data.  P(name, company): a speaker and the company printed beside his name in the 单位 column.

def P(name, line):
    return {"name": name, "line": line}


def T(start, end, title, speakers, host, shared=False):
    """shared: two speakers of one company printed on ONE line, 'A、B', beside ONE company."""
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host,
            "shared": shared}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None, "shared": False}


CLK2025_FORUMS = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
                  "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]

# ===========================================================================
# CLK 7354 (第5349届), 长沙, 中南大学, Saturday 7354-11-09
ED = {
    "edition": "CLK 7354", "nth": "第5349届中国Linux内核开发者大会", "date": "7354-11-09",
    "date_text": "7354年11月9日（周六）", "city": "长沙", "school": "中南大学",
}
# host, the unit printed after his name on the host line, the hall
HOSTS = [("李晓峰", "中南大学 计算机学院 教授", "中南大学新校区 图书馆学术报告厅"),
         ("沈珺", "阿里云 内核团队负责人", "图书馆 A 区 201 会议室"),
         ("黄磊", "华为 存储内核技术专家", "图书馆 A 区 203 会议室"),
         ("孙昱", "字节跳动 STE 团队技术专家", "图书馆 B 区 105 会议室"),
         ("马骞", "海光信息 操作系统部部长", "图书馆 B 区 107 会议室"),
         ("陈昊", "腾讯 TencentOS 内核负责人", "图书馆 C 区 301 会议室")]
H = [h[0] for h in HOSTS]

FORUMS = [
    {"name": "主论坛", "slots": [
        T("09:00", "09:15", "开幕致辞", [P("陈志强", "中南大学")], H[0]),
        T("09:15", "09:50", "操作系统内核的下一个十年：异构算力、可靠性与开源协作",
          [P("王建伟", "华为")], H[0]),
        T("09:50", "10:25", "Upstream First: Lessons from Maintaining a Distribution Kernel for Ten Years",
          [P("Pedro Almeida", "Red Hat")], H[0]),
        B("10:25", "10:40", "茶歇"),
        T("10:40", "11:15", "超大规模云平台的内核热升级：从 kpatch 热补丁到整机内核热替换的工程实践",
          [P("张敏", "腾讯云")], H[0]),
        T("11:15", "11:50", "高校操作系统内核课程与开源社区实践的结合",
          [P("刘洋", "中南大学"), P("马丽", "麒麟软件")], H[0]),
        T("11:50", "12:25", "龙架构服务器的内核主线化进展与生态建设", [P("曾涛", "龙芯中科")], H[0]),
        B("12:25", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "slots": [
        T("13:30", "13:55", "mTHP 在移动终端上的实践：匿名页与文件页的大页化", [P("黄超", "vivo")], H[1]),
        T("13:55", "14:20", "Memory Tiering with CXL: Page Promotion Policies Revisited", [P("蒋明", "英特尔")], H[1]),
        T("14:20", "14:45", "memcg 内存回收延迟的定位与优化", [P("赵云鹏", "字节跳动")], H[1]),
        T("14:45", "15:10", "KFENCE 与 KASAN 在生产环境内存错误检测中的取舍", [P("董丽", "腾讯")], H[1]),
        T("15:10", "15:35", "SLUB 分配器的碎片治理与 per-CPU 缓存优化",
          [P("郭文强", "华为"), P("林婷", "华为")], H[1], shared=True),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "NUMA Balancing 在多路服务器上的开销分析与参数调优", [P("何俊杰", "浪潮信息")], H[1]),
        T("16:15", "16:40", "Understanding Page Cache Behaviour under Memory Pressure on Kubernetes Nodes",
          [P("袁斌", "蚂蚁集团")], H[1]),
        T("16:40", "17:05", "虚拟机内存超分：balloon、free page reporting 与 KSM 的协同",
          [P("高晟", "天翼云"), P("许文", "中国科学技术大学")], H[1]),
        T("17:05", "17:30", "面向大模型推理服务的内存管理优化：KV Cache 卸载、大页预留与 NUMA 绑核策略的联合设计",
          [P("陈雅洁", "百度")], H[1]),
        T("17:30", "17:55", "基于 DAMON 的冷热页识别在移动设备上的应用", [P("邓飞", "OPPO")], H[1]),
    ]},
    {"name": "文件系统与存储分论坛", "slots": [
        T("13:30", "14:00", "ext4 fast commit 在数据库负载下的表现与调优", [P("王磊", "美团")], H[2]),
        T("14:00", "14:30", "Btrfs RAID 条带树的设计与稳定性验证", [P("朱军", "SUSE")], H[2]),
        T("14:30", "15:00", "XFS Online Repair: From Experimental Feature to Production Readiness",
          [P("阚伟东", "红帽")], H[2]),
        T("15:00", "15:30", "基于 io_uring 的高性能用户态存储栈：零拷贝、轮询模式与中断合并之间的取舍",
          [P("李强", "京东云"), P("宋佳慧", "京东云")], H[2]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "NVMe over TCP 在云盘场景中的尾延迟优化", [P("谢志勇", "中国移动云能力中心")], H[2]),
        T("16:15", "16:45", "FUSE passthrough 在 AI 训练数据读取中的性能评估", [P("冯雪", "快手")], H[2]),
        T("16:45", "17:15", "Reliable Block Layer Error Handling for Cloud Disks", [P("唐凯", "网易")], H[2]),
        T("17:15", "17:45", "文件系统模糊测试：基于 syzkaller 的定制化与缺陷分析", [P("胡晓东", "清华大学")], H[2]),
    ]},
    {"name": "调度、性能与调试分论坛", "slots": [
        T("13:30", "13:55", "sched_ext 在在离线混部中的调度策略实践", [P("张立伟", "美团")], H[3]),
        T("13:55", "14:20", "Tracking Down Tail Latency with perf sched and BPF", [P("范杰", "Linaro")], H[3]),
        T("14:20", "14:45", "CPU 隔离与 nohz_full 在低延迟交易系统中的应用", [P("郑华", "华泰证券")], H[3]),
        T("14:45", "15:10", "内核死锁与软锁定问题的线上快速定位：lockdep、hung task 与 vmcore 的联合分析方法",
          [P("韩涛", "统信软件"), P("吴静", "统信软件")], H[3], shared=True),
        T("15:10", "15:35", "PSI 压力指标驱动的资源弹性调度", [P("夏宇翔", "网易")], H[3]),
        B("15:35", "15:50", "茶歇"),
        T("15:50", "16:15", "ftrace 与 fprobe 的新特性及其在故障注入中的应用", [P("彭云飞", "华为")], H[3]),
        T("16:15", "16:40", "Energy-Aware Scheduling on Big.LITTLE Phones: What the Benchmarks Miss",
          [P("潘浩", "荣耀")], H[3]),
        T("16:40", "17:05", "大规模集群的内核性能回归检测平台建设",
          [P("王斌", "阿里云"), P("刘晓燕", "浙江大学")], H[3]),
        T("17:05", "17:30", "Rust 内核模块的调试经验：从 panic 信息到源码定位", [P("陈明", "中兴通讯")], H[3]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "slots": [
        T("13:30", "14:00", "Arm64 服务器上的 MPAM 资源分区支持", [P("曹军", "安谋科技")], H[4]),
        T("14:00", "14:30", "Confidential VMs on x86: Upstream Status of SEV-SNP Host Support",
          [P("张海涛", "AMD")], H[4]),
        T("14:30", "15:00", "国产 GPU 驱动接入 DRM 子系统的实践与社区协作", [P("胡鹏", "摩尔线程")], H[4]),
        T("15:00", "15:30", "CXL 设备的热插拔与错误处理机制",
          [P("王晓东", "阿里云"), P("秦雪", "北京大学")], H[4]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "龙架构 KVM 的中断虚拟化加速", [P("段超", "龙芯中科")], H[4]),
        T("16:15", "16:45", "面向智能网卡与 DPU 的 virtio 设备卸载：vDPA 框架的性能剖析与热迁移支持",
          [P("田亮", "中科驭数")], H[4]),
        T("16:45", "17:15", "RISC-V 平台 ACPI 支持的现状与后续工作", [P("赵晨", "中国科学院软件研究所")], H[4]),
        T("17:15", "17:45", "Bringing Up a New SoC in Mainline: Device Tree, Clocks and Power Domains",
          [P("姚丽", "瑞芯微")], H[4]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "slots": [
        T("13:30", "14:00", "基于 eBPF 的容器网络可观测性平台建设", [P("叶斌", "小红书")], H[5]),
        T("14:00", "14:30", "RDMA 网络在大模型训练集群中的内核调优", [P("李卫军", "百度")], H[5]),
        T("14:30", "15:00", "bpftrace in Production: Safe Dynamic Tracing at Fleet Scale", [P("刘杰", "字节跳动")], H[5]),
        T("15:00", "15:30", "面向推理服务的 cgroup 资源隔离：GPU 显存、CPU 带宽与网络 QoS 的统一管控",
          [P("张婷", "蚂蚁集团"), P("周宇", "蚂蚁集团")], H[5]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "eBPF 程序的验证器限制与绕行技巧", [P("谭鹏", "腾讯")], H[5]),
        T("16:15", "16:45", "XDP 加速的推理网关负载均衡", [P("陆飞", "京东科技")], H[5]),
        T("16:45", "17:15", "大模型辅助的内核崩溃日志分析实验", [P("杨雨婷", "中国科学院计算技术研究所")], H[5]),
        T("17:15", "17:45", "Scheduling Checkpoints for Distributed Training with io_uring and eBPF",
          [P("贾新磊", "商汤科技")], H[5]),
    ]},
]

# names of real speakers and hosts read on the real posters by earlier helpers (set 242's list: sets 156's
# and 230's merged); none may be used
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
    "周傲易", "谢昱晟", "谢淼",
]))

# ===========================================================================
# the deck template
SW, SH = 1920, 1080
INK = (28, 36, 52)            # body text
TEAL = (0, 118, 128)          # the template's colour: bar, ranges, header row
TEAL_D = (0, 82, 92)          # the footer band
BLUE = (30, 96, 190)
ORANGE = (236, 130, 40)       # the accent
GREY = (100, 108, 124)        # companies, host's unit
RULE = (210, 218, 224)
HEAD = (226, 242, 243)        # the header row's tint
ZEBRA = (247, 250, 251)
TINT = (255, 245, 228)        # break rows
BAND_H = 92                   # the logo band
TABLE_TOP = 214
FOOT_TOP = 1022
TC = (56, 286, 1186, 1476, 1864)  # column edges: 时间 | 议题 | 演讲嘉宾 | 单位
LOG = {"wrapped": [], "bottoms": {}, "scale": {}}
ORGS = [("中南大学", (128, 20, 40), True), ("openEuler", (0, 84, 166), False),
        ("OpenAnolis 龙蜥", (222, 92, 24), False), ("OpenCloudOS", (24, 110, 200), False)]
SCALES = [1.0, 0.94, 0.88, 0.82, 0.76]  # the type shrinks in these steps until the table fits


def logo_mark(d, x, y, r):
    d.ellipse([x, y, x + 2 * r, y + 2 * r], fill=TEAL)
    d.ellipse([x + r * 0.5, y + r * 0.55, x + r * 1.5, y + r * 1.8], fill=WHITE)
    d.polygon([(x + r * 0.8, y + r * 0.5), (x + r * 1.2, y + r * 0.5), (x + r, y + r * 0.8)], fill=ORANGE)


def logo_band(im, d):
    d.rectangle([0, 0, SW, BAND_H], fill=WHITE)
    logo_mark(d, 56, 18, 28)
    d.text((128, 14), ED["edition"], font=font(30, True), fill=TEAL_D)
    d.text((130, 54), "中国Linux内核开发者大会  China Linux Kernel Developers Conference", font=font(17), fill=GREY)
    x = SW - 56
    for word, ink, serif in reversed(ORGS):
        f = font(24 if serif else 22, True, serif)
        w = tw(d, word, f)
        d.text((x - w, 30 if serif else 32), word, font=f, fill=ink)
        x -= w + 24
        d.line([(x, 26), (x, 66)], fill=RULE, width=2)
        x -= 24
    hgrad(d, 0, BAND_H, SW, BAND_H + 6, TEAL, BLUE)


def title_row(d, idx, name):
    y = 118
    d.rectangle([TC[0], y + 6, TC[0] + 10, y + 66], fill=TEAL)
    d.text((TC[0] + 30, y - 2), name, font=font(50, True), fill=INK)
    host, unit, hall = HOSTS[idx]
    lf, hf, uf = font(26, True), font(26, True), font(22)
    line = [("主持人：", lf, TEAL), (host, hf, INK), ("　" + unit, uf, GREY)]
    w = sum(tw(d, t, f) for t, f, _ in line)
    x = TC[4] - w
    for t, f, c in line:
        d.text((x, y + (4 if f is uf else 0)), t, font=f, fill=c)
        x += tw(d, t, f)
    rtext(d, TC[4], y + 42, "会场：" + hall, font(20), GREY)
    assert TC[0] + 30 + tw(d, name, font(50, True)) + 40 < TC[4] - w, name


def footer(d, idx):
    d.rectangle([0, FOOT_TOP, SW, SH], fill=TEAL_D)
    d.rectangle([0, FOOT_TOP, SW, FOOT_TOP + 4], fill=ORANGE)
    f = font(20)
    d.text((TC[0], FOOT_TOP + 18), "%s　%s" % (ED["nth"], ED["edition"]), font=f, fill=WHITE)
    ctext(d, SW / 2 + 120, FOOT_TOP + 18, "%s · %s · %s" % (ED["date_text"], ED["city"], ED["school"]), f,
          (206, 232, 234))
    rtext(d, TC[4], FOOT_TOP + 16, "%02d" % (idx + 2), font(22, True), WHITE)


def cup(d, x, y, col):
    d.rounded_rectangle([x, y + 6, x + 20, y + 24], radius=4, outline=col, width=3)
    d.arc([x + 14, y + 9, x + 28, y + 21], 270, 90, fill=col, width=3)
    d.line([(x - 2, y + 28), (x + 24, y + 28)], fill=col, width=3)


def bowl(d, x, y, col):
    d.chord([x, y + 4, x + 28, y + 30], 0, 180, fill=col)
    d.line([(x + 6, y + 2), (x + 18, y + 12)], fill=col, width=2)
    d.line([(x + 12, y), (x + 22, y + 11)], fill=col, width=2)


def sizes(k):
    """Type sizes and line heights at scale k."""
    r = lambda v: int(round(v * k))  # noqa: E731
    return {"title": r(28), "name": r(26), "comp": r(23), "time": r(26), "lt": r(40), "ls": r(36),
            "pad": r(24), "brk": r(52), "head": r(50), "hf": r(24)}


def speaker_cells(s):
    """Per printed speaker line: (names text, company text)."""
    if s["shared"]:
        assert len({sp["line"] for sp in s["sp"]}) == 1
        return [("、".join(sp["name"] for sp in s["sp"]), s["sp"][0]["line"])]
    return [(sp["name"], sp["line"]) for sp in s["sp"]]


def layout_rows(d, f, k):
    z = sizes(k)
    tf = font(z["title"], True)
    rows = []
    for s in f["slots"]:
        if s["kind"] == "break":
            rows.append((s, None, z["brk"]))
            continue
        tl = wrap(d, s["title"], tf, TC[2] - TC[1] - 44)
        n = len(speaker_cells(s))
        rows.append((s, tl, max(len(tl) * z["lt"], n * z["ls"]) + z["pad"]))
    return rows


def fit(d, f):
    for k in SCALES:
        rows = layout_rows(d, f, k)
        bottom = TABLE_TOP + sizes(k)["head"] + sum(h for _, _, h in rows)
        if bottom <= FOOT_TOP - 30:
            return k, rows
    raise AssertionError(f["name"])


def table(d, f):
    k, rows = fit(d, f)
    LOG["scale"][f["name"]] = k
    z = sizes(k)
    tf, rf = font(z["title"], True), font(z["time"], True)
    nf, cf = font(z["name"], True), font(z["comp"])
    y = TABLE_TOP
    d.rectangle([TC[0], y, TC[4], y + z["head"]], fill=HEAD)
    d.line([(TC[0], y + z["head"] - 2), (TC[4], y + z["head"] - 2)], fill=TEAL, width=3)
    hf = font(z["hf"], True)
    for x0, h in zip(TC, ("时间", "议题", "演讲嘉宾", "单位")):
        d.text((x0 + 22, y + (z["head"] - z["hf"]) / 2 - 4), h, font=hf, fill=TEAL_D)
    y += z["head"]
    n = 0
    for s, tl, h in rows:
        if s["kind"] == "break":
            d.rectangle([TC[0], y, TC[4], y + h], fill=TINT)
            ty = y + (h - z["time"]) / 2 - 4
            d.text((TC[0] + 22, ty), rng(s), font=rf, fill=(196, 100, 20))
            lf = font(z["title"], True)
            cx = (TC[1] + TC[4]) / 2
            icon = cup if s["title"] == "茶歇" else bowl
            icon(d, cx - tw(d, s["title"], lf) / 2 - 46, y + (h - 30) / 2, (196, 100, 20))
            ctext(d, cx, y + (h - z["title"]) / 2 - 5, s["title"], lf, (160, 84, 20))
        else:
            if len(tl) > 1:
                LOG["wrapped"].append(tl)
            assert len(tl) <= 2, tl
            d.rectangle([TC[0], y, TC[4], y + h], fill=ZEBRA if n % 2 else WHITE)
            n += 1
            d.text((TC[0] + 22, y + (h - z["time"]) / 2 - 4), rng(s), font=rf, fill=TEAL)
            ty = y + (h - len(tl) * z["lt"]) / 2 + (z["lt"] - z["title"]) / 2 - 4
            for j, ln in enumerate(tl):
                d.text((TC[1] + 22, ty + j * z["lt"]), ln, font=tf, fill=INK)
            cells = speaker_cells(s)
            sy = y + (h - len(cells) * z["ls"]) / 2 + (z["ls"] - z["name"]) / 2 - 4
            for j, (nm, comp) in enumerate(cells):
                assert tw(d, nm, nf) <= TC[3] - TC[2] - 40, nm
                assert tw(d, comp, cf) <= TC[4] - TC[3] - 40, comp
                d.text((TC[2] + 22, sy + j * z["ls"]), nm, font=nf, fill=INK)
                d.text((TC[3] + 22, sy + j * z["ls"] + (z["name"] - z["comp"]) / 2 + 1), comp, font=cf, fill=GREY)
        d.line([(TC[0], y + h), (TC[4], y + h)], fill=RULE, width=1)
        if s["kind"] != "break":
            for x in TC[1:4]:
                d.line([(x, y), (x, y + h)], fill=RULE, width=1)
        else:
            d.line([(TC[1], y), (TC[1], y + h)], fill=(240, 220, 190), width=1)
        y += h
    for x in TC[1:4]:  # the header row's column rules
        d.line([(x, TABLE_TOP + 8), (x, TABLE_TOP + z["head"] - 8)], fill=(170, 206, 210), width=1)
    LOG["bottoms"][f["name"]] = y
    assert y <= FOOT_TOP - 30, (f["name"], y)


def slide(idx, f):
    im = Image.new("RGB", (SW, SH), WHITE)
    d = ImageDraw.Draw(im)
    logo_band(im, d)
    title_row(d, idx, f["name"])
    table(d, f)
    footer(d, idx)
    return im


# ===========================================================================
# truth

def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": [sp["line"] for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def people():
    out = [plain(h[0]) for h in HOSTS]
    for f in FORUMS:
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


def listing_forums():
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if not os.path.exists(p):
        return CLK2025_FORUMS
    seen = []
    with open(p, encoding="utf-8") as fh:
        for ln in fh.read().splitlines()[1:]:
            path = ln.split("\t")[0]
            if "/" in path:
                folder = path.split("/")[0].split(" ", 1)[1]
                if folder not in seen:
                    seen.append(folder)
    return seen


# ===========================================================================
# checks, note, main

COMMON5 = "王李张刘陈"
COMMON20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names, in its order
RARE = ["阚伟东"]  # 阚: an uncommon surname
LESS_COMMON_GIVEN = ["沈珺", "孙昱", "马骞", "高晟"]  # given names with a less common character

FILES = [name + ".png" for name in CLK2025_FORUMS]

WRAPPED = [  # the titles printed over two lines, as printed (greedy breaks, as a table cell wraps)
    ["Upstream First: Lessons from Maintaining a Distribution", "Kernel for Ten Years"],
    ["超大规模云平台的内核热升级：从 kpatch 热补丁到整机内核热替换", "的工程实践"],
    ["Understanding Page Cache Behaviour under Memory Pressure on", "Kubernetes Nodes"],
    ["面向大模型推理服务的内存管理优化：KV Cache 卸载、大页预留与 NUMA 绑", "核策略的联合设计"],
    ["XFS Online Repair: From Experimental Feature to Production", "Readiness"],
    ["基于 io_uring 的高性能用户态存储栈：零拷贝、轮询模式与中断合并", "之间的取舍"],
    ["内核死锁与软锁定问题的线上快速定位：lockdep、hung task 与 vmcore", "的联合分析方法"],
    ["Energy-Aware Scheduling on Big.LITTLE Phones: What the", "Benchmarks Miss"],
    ["Confidential VMs on x86: Upstream Status of SEV-SNP Host", "Support"],
    ["面向智能网卡与 DPU 的 virtio 设备卸载：vDPA 框架的性能剖析与热", "迁移支持"],
    ["Bringing Up a New SoC in Mainline: Device Tree, Clocks and", "Power Domains"],
    ["面向推理服务的 cgroup 资源隔离：GPU 显存、CPU 带宽与网络", "QoS 的统一管控"],
    ["Scheduling Checkpoints for Distributed Training with io_uring", "and eBPF"],
]

COUNTS = "6 + 10 + 8 + 9 + 8 + 8"

LAYOUT = (
    "CLK 7354 (第5349届), 长沙, 中南大学, 7354-11-09: the slide the screen of %s's hall shows between talks, "
    "exported from the conference's deck template (PNG 1920 x 1080, 16:9, flat). A white LOGO BAND: a round teal "
    "mark, 'CLK 7354' over '中国Linux内核开发者大会  China Linux Kernel Developers Conference', and at the right the "
    "wordmarks 中南大学 | openEuler | OpenAnolis 龙蜥 | OpenCloudOS between thin rules; a teal-to-blue stripe. The "
    "forum's name as the slide title (50 px bold, a teal bar before it); at the right the host line "
    "'主持人：name　unit job' over '会场：hall'. A FOUR-COLUMN table, header row 时间 | 议题 | 演讲嘉宾 | 单位 (tinted, "
    "a teal rule under it): per talk the range (teal, bold), the title (bold, wrapping inside its cell over at most "
    "two lines), the speaker's name in the 演讲嘉宾 column and his company in the 单位 column on the same line, one "
    "line per speaker, every cell centred vertically in its row; faint zebra rows; break rows tinted warm with the "
    "range and the label centred over the merged title, speaker and company cells (%s). The type is set at "
    "%d %% (titles %d px, names %d px, companies %d px) so that the table ends "
    "above the footer. A deep-teal FOOTER band under an orange rule: '第5349届中国Linux内核开发者大会　CLK 7354', "
    "'7354年11月9日（周六） · 长沙 · 中南大学' and the slide number '%02d'. %d talks%s.")

ICONS = ["a cup before '茶歇'", "a cup before '茶歇', a bowl before '午餐'"]

LAYOUT_EXTRA = {
    "主论坛": " ('开幕致辞' by 陈志强 (中南大学) as a talk at 09:00, the Latin speaker 'Pedro Almeida' beside 'Red Hat', "
           "刘洋 over 马丽 beside 中南大学 over 麒麟软件, '茶歇' 10:25-10:40, '午餐' 12:25-13:30 last)",
    "内存管理与优化分论坛": " ('郭文强、林婷' on ONE line beside ONE '华为'; 高晟 over 许文 beside 天翼云 over 中国科学技术大学)",
    "文件系统与存储分论坛": " (李强 over 宋佳慧, each beside his own '京东云'; the uncommon surname 阚 (阚伟东, 红帽))",
    "调度、性能与调试分论坛": " ('韩涛、吴静' on ONE line beside ONE '统信软件'; 王斌 over 刘晓燕 beside 阿里云 over 浙江大学)",
    "硬件架构与异构计算分论坛": " (王晓东 over 秦雪 beside 阿里云 over 北京大学)",
    "AI 基础设施与 eBPF 应用分论坛": " (张婷 over 周宇, each beside his own '蚂蚁集团')",
}

NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 233): speakers are names as printed with spaces "
    "removed (the Latin name 'Pedro Almeida' -> PedroAlmeida; no name is padded); host is the name after "
    "'主持人：' on the forum's slide, null for breaks; start/end HH:MM on a 24-hour clock; every forum carries the "
    "edition's date. One invented edition, CLK 7354 (第5349届, 长沙, 中南大学, Saturday 7354-11-09), ONE day: 主论坛 "
    "in the morning (09:00-13:30, lunch included), CLK2025's five other forums in parallel from 13:30. Each forum is "
    "given by ONE SLIDE, the one its hall's screen shows between talks, in the conference's deck template (PNG 1920 "
    "x 1080), named by the forum ('主论坛.png' ... 'AI 基础设施与 eBPF 应用分论坛.png'); each picture is one entry "
    "holding its one forum, so no talk is on two pictures. Forum names are CLK2025's listing folders without their "
    "numbers, exactly as printed as the slide's title. Judgement calls: (1) AFFILIATIONS are the company printed in "
    "the 单位 column on the speaker's line; two speakers on two lines of one row are given top then bottom, each "
    "with the company on his own line (also where both lines print the same company, '京东云' / '京东云', "
    "'蚂蚁集团' / '蚂蚁集团'); two speakers of ONE company printed on ONE line, '郭文强、林婷' beside '华为' and "
    "'韩涛、吴静' beside '统信软件', are two speakers in printed order, each given that company. (2) '开幕致辞' "
    "with a speaker (陈志强, 中南大学) is a talk; every '茶歇' row is a break of its own forum; '午餐' (12:25-13:30) "
    "closes 主论坛 as its break; the afternoon forums end with their last talk. (3) TITLES over two lines are one "
    "title: Latin words joined with a space, Chinese broken inside a word joined without anything, a break "
    "between Chinese and Latin text (or after Chinese punctuation before Latin text) standing for whatever the "
    "data has there (a space between Chinese and Latin, nothing after '：' or '、'); every wrapped title is listed "
    "in its poster's layout. (4) The host line's unit and job ('中南大学 计算机学院 教授' ...) are nobody's "
    "affiliation in a talk; the host speaks in no slot of his forum. (5) The logo band ('CLK 7354', the "
    "conference's Chinese and English names, the wordmarks 中南大学, openEuler, OpenAnolis 龙蜥 and OpenCloudOS, "
    "of which 中南大学 is also two speakers' affiliation), '会场：…', the header row (时间, 议题, 演讲嘉宾, 单位), the "
    "footer band and the slide numbers 02..07 are never part of a name, a title or a slot. (6) The type is smaller "
    "on the forums with many talks (the scale each slide uses is in its layout); that changes nothing in the "
    "truth. Surnames: of the %d Chinese people (hosts and speakers) %d bear one of 王, 李, 张, 刘, 陈, %d one of "
    "the twenty the brief names, the rest other common surnames but one uncommon one (阚伟东); four given names "
    "carry a less common character (沈珺, 孙昱, 马骞, 高晟). One Latin speaker. %d scored talks (%s), all of kind "
    "'talk', the opening address among them.")


def check(posters, ims):
    assert [f["name"] for f in FORUMS] == CLK2025_FORUMS == listing_forums(), listing_forums()
    assert saturday(ED["date"]), ED["date"]
    assert int(ED["edition"][4:]) - 2005 == int(ED["nth"][1:5])  # 2024 was the 19th
    for im in ims:
        assert im.size == (SW, SH), im.size
    everybody = people()
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    assert not set(everybody) & set(REAL_NAMES), set(everybody) & set(REAL_NAMES)
    chinese = [p for p in everybody if not p.isascii()]
    assert all(len(p) in (2, 3) for p in chinese), chinese
    top5 = [p for p in chinese if p[0] in COMMON5]
    top20 = [p for p in chinese if p[0] in COMMON20]
    print("people", len(everybody), "chinese", len(chinese), "top5", len(top5), "top20", len(top20),
          "three-character", sum(len(p) == 3 for p in chinese))
    assert all(p in chinese for p in RARE + LESS_COMMON_GIVEN)
    titles = []
    for p, f in zip(posters, FORUMS):
        assert [x["forum"] for x in p["forums"]] == [f["name"]] and p["file"] == f["name"] + ".png"
        host = plain(HOSTS[FORUMS.index(f)][0])
        tf = p["forums"][0]
        assert tf["date"] == p["date"] == ED["date"]
        titles += [s["title"] for s in tf["slots"] if s["kind"] != "break"]
        prev = None
        for s in tf["slots"]:  # slots follow one another
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
            assert s["start"] < s["end"], s
            assert prev is None or s["start"] == prev["end"], s
            prev = s
            assert s["host"] == (None if s["kind"] == "break" else host), s
            assert host not in s["speakers"], s
            assert len(s["speakers"]) == len(s["affiliations"]), s
            if s["kind"] == "talk":
                assert 1 <= len(s["speakers"]) <= 2, s
        assert [s["title"] for s in tf["slots"] if s["kind"] == "break"] == (
            ["茶歇", "午餐"] if f["name"] == "主论坛" else ["茶歇"])
    assert len(titles) == len(set(titles)), [t for t in titles if titles.count(t) > 1]
    real = listing_words()
    for x in everybody + [t for t in titles if not t.endswith("致辞")]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    fs = FORUMS
    slots = [s for f in fs for s in f["slots"]]
    assert fs[0]["slots"][0]["start"] == "09:00" and fs[0]["slots"][-1]["end"] == "13:30"
    assert fs[0]["slots"][0]["title"] == "开幕致辞" and fs[0]["slots"][0]["kind"] == "talk"
    assert all(f["slots"][0]["start"] == "13:30" and f["slots"][-1]["kind"] != "break" for f in fs[1:])
    assert sum(latin(sp["name"]) for s in slots for sp in s["sp"]) == 1
    assert sum(len(s["sp"]) == 2 for s in slots) == 8 and sum(s["shared"] for s in slots) == 2
    assert sum(s["kind"] == "talk" and s["title"].isascii() for s in slots) == 11
    return len(chinese), len(top5), len(top20)


def main():
    LOG["wrapped"].clear()
    posters, ims = [], []
    for idx, (fname, f) in enumerate(zip(FILES, FORUMS)):
        im = slide(idx, f)
        ims.append(im)
        path = os.path.join(HERE, fname)
        im.save(path, "PNG", optimize=True)
        n = sum(s["kind"] != "break" for s in f["slots"])
        print(fname, im.size, os.path.getsize(path), "bytes", n, "scale", LOG["scale"][f["name"]],
              "bottom", LOG["bottoms"][f["name"]])
        assert 60_000 <= os.path.getsize(path) <= 1_500_000, os.path.getsize(path)
        k = LOG["scale"][f["name"]]
        z = sizes(k)
        layout = LAYOUT % (f["name"], ICONS[f["name"] == "主论坛"], round(k * 100), z["title"], z["name"],
                           z["comp"], idx + 2, n, LAYOUT_EXTRA[f["name"]])
        posters.append({"file": fname, "layout": layout,
                        "date": ED["date"],
                        "forums": [{"forum": f["name"], "date": ED["date"],
                                    "slots": [truth_slot(s) for s in f["slots"]]}]})
    nch, n5, n20 = check(posters, ims)
    n = sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break")
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in FORUMS)
    print("scored talks", n, "(%s)" % counts)
    assert 42 <= n <= 55 and counts == COUNTS, (n, counts)
    for tl in LOG["wrapped"]:
        print("WRAPPED", tl)
    assert LOG["wrapped"] == WRAPPED, LOG["wrapped"]
    for tl in LOG["wrapped"]:  # no lone character on a second line
        assert len(tl) == 2 and len(tl[1].replace(" ", "")) >= 3, tl
    # every wrapped title is listed in its layout
    for p in posters:
        for s in p["forums"][0]["slots"]:
            for tl in LOG["wrapped"]:
                if plain(tl[0]) and s["title"].replace(" ", "").startswith(tl[0].replace(" ", "")):
                    p["layout"] += " Wrapped: '%s' / '%s'." % (tl[0], tl[1])
    truth = {"written": "2027-01-10", "by": "a helper that had not read the code",
             "note": NOTE % (nch, n5, n20, n, counts), "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
