"""Draw the two-hundred-and-twenty-first blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the one PNG named in FILE and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the picture
cannot drift apart.  No randomness at all.  With DRAFT=1 in the environment it only writes
tmp/page.png (the page, only to look at it) and skips every check.

The set stands in for CLK2025's ONE whole-agenda image (CLK2025全部议程.jpg, not in the corpus)
the way a reader meets a programme when he goes to the conference's WEB SITE instead: ONE invented
edition, CLK 6221 (第4216届, 兰州, 兰州大学, Saturday 6221-10-20), with CLK2025's six forums, as the
site's programme page captured as ONE FULL-SIZE BROWSER SCREENSHOT (a 1440 px viewport at one device
pixel per CSS px: the whole page, no browser window, no scrollbar).  The page: a navy site bar, a
blue banner with '大会议程' and the edition line, a breadcrumb and a notice line, then per forum a
HEADING (a blue bar, the forum's name, and on the same line '主持人：name（unit）', the room at the
right end) and a FOUR-COLUMN TABLE 时间 | 议题 | 演讲嘉宾 | 单位: thin row rules only, cells
centred vertically (a <td>'s default), two speakers of one talk as two names in one cell with their
units line for line in the next, tea, lunch and check-in rows as ONE cell spanning the table
('茶歇　10:40-10:55', label first), a 圆桌 row whose 演讲嘉宾 cell starts 'name（主持）' and lists the
guests under it; a dark footer.

Copied from earlier sets (bench/eval/posters-blind-191/draw.py, which has them from 160, 148, 144
and 182): font, adv, TOKEN, NO_LINE_START, runs_layout, block, draw_block, T, P, B, plain,
truth_slot, saturday, REAL_NAMES, listing_words, SIX, listing_forums, COMMON, hm, mins and run
(unchanged); S and aff cut down to a name and ONE unit.  cells_of, table_row, table_head,
section, nav_bar, banner, title_area, footer, paint, render, check, the data, NOTE and LAYOUT are
new.
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
DRAFT = os.environ.get("DRAFT") == "1"


def font(size, bold=False, serif=False):
    fam = "Serif" if serif else "Sans"
    path = FD + "Noto%sCJK-%s.ttc" % (fam, "Bold" if bold else "Regular")
    key = (path, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, size, index=SC)
    return _fc[key]


def adv(text, f):
    """The advance width of a text (what a browser lays out), not its ink box."""
    return f.getlength(text)


TOKEN = re.compile(r"[（(《]?[A-Za-z0-9_\-./:+#'&]+[,)）》]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”》"


def T(start, end, title, speakers, host, kind="talk"):
    """A scored slot: kind 'talk', or 'panel' for a round table (its first speaker the moderator)."""
    return {"kind": kind, "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def P(start, end, title, moderator, guests, host):
    return T(start, end, title, [moderator] + guests, host, kind="panel")


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the page removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, unit):
    """A speaker as printed: the name in 演讲嘉宾, his unit on the same line of 单位."""
    return {"name": name, "unit": unit}


def aff(sp):
    return sp["unit"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# names of real speakers and hosts read on the real posters: set 173's list, as sets 182 and 191 copied it
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


SIX = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
       "AI 基础设施与 eBPF 应用分论坛"]


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


# ===========================================================================
# CLK 6221 (第4216届), 兰州, 兰州大学, Saturday 6221-10-20.  主论坛 in the morning, the five other forums in
# parallel in the afternoon from 13:30, each in its own room.
W = 1440
YEAR = "6221"
NTH = "第4216届"
DATE = "6221-10-20"
# Chrome's DevTools 'Capture full size screenshot' names the file after the page's address; the reader captured
# the page on the Tuesday evening before the meeting (the date is in no file name, only here).
URL = "clk.kernel-dev.example.org/6221/agenda"
FILE = "clk.kernel-dev.example.org_6221_agenda.png"


def hm(m):
    return "%02d:%02d" % (m // 60, m % 60)


def mins(t):
    return int(t[:2]) * 60 + int(t[3:])


def run(start, host, items):
    """A forum's slots one after the other from start: ('T', minutes, title, speakers), ('B', minutes, label) or
    ('P', minutes, title, moderator, guests)."""
    t, out = mins(start), []
    for it in items:
        a, b = hm(t), hm(t + it[1])
        if it[0] == "B":
            out.append(B(a, b, it[2]))
        elif it[0] == "T":
            out.append(T(a, b, it[2], it[3], host))
        else:
            out.append(P(a, b, it[2], it[3], it[4], host))
        t += it[1]
    return out


H0 = S("王振宇", "兰州大学信息科学与工程学院")
H1 = S("李明", "阿里云")
H2 = S("张红梅", "华中科技大学")
H3 = S("刘志强", "字节跳动")
H4 = S("陈建平", "中国科学院计算技术研究所")
H5 = S("杨晓东", "腾讯云")

FORUMS = [
    ("主论坛", H0, "城关校区 逸夫科学馆报告厅", run("08:30", H0["name"], [
        ("B", 30, "签到"),
        ("T", 10, "开幕致辞", [S("赵文斌", "兰州大学")]),
        ("T", 30, "开源协作三十五年：Linux 内核社区的治理演进，以及国内贡献者在其中的角色变化", [S("王伟", "华为")]),
        ("T", 30, "Supporting Ten Hardware Generations in One Enterprise Kernel: Lessons for Upstream",
         [S("Andreas Vogel", "SUSE")]),
        ("T", 30, "车规级 Linux 的功能安全实践：内核裁剪与确定性启动",
         [S("陈志刚", "理想汽车"), S("李婷", "中国汽车技术研究中心")]),
        ("B", 15, "茶歇"),
        ("T", 30, "国产处理器平台进入主线的五年：补丁合入、维护者协作与回归测试体系的建设", [S("张海涛", "飞腾信息技术")]),
        ("T", 30, "龙芯服务器内核的长期维护：从 LTS 选型到安全补丁的快速回合", [S("黄磊", "龙芯中科")]),
        ("P", 45, "圆桌讨论：从第一个补丁到子系统维护者，国内内核开发者还缺什么",
         S("周斌", "中国科学院软件研究所"),
         [S("吴志军", "腾讯"), S("孙丽华", "统信软件"), S("马晓峰", "OPPO"), S("罗静", "麒麟软件")]),
        ("B", 50, "午餐"),
    ])),
    ("内存管理与优化分论坛", H1, "信息学院 A201", run("13:30", H1["name"], [
        ("T", 25, "数据库场景的大页碎片治理：主动内存规整的触发时机与开销控制", [S("郑建华", "腾讯云")]),
        ("T", 25, "Measuring Refault Distance to Size Container Memory Limits", [S("刘洋", "英特尔")]),
        ("T", 25, "memcg 水位自适应调节：在离线混部集群的内存超卖实践", [S("王丽娟", "字节跳动")]),
        ("T", 25, "手机后台应用保活与匿名页回收的平衡", [S("吴磊", "OPPO"), S("徐静怡", "OPPO")]),
        ("B", 15, "茶歇"),
        ("T", 25, "kmemleak 的低开销改造：线上 slab 泄漏的持续检测", [S("林文涛", "华为")]),
        ("T", 25, "大内存虚拟机的 NUMA 自动平衡：页迁移开销的测量与调优", [S("李军", "统信软件")]),
        ("T", 25, "vmalloc 分配路径的锁竞争：高并发 BPF 程序加载场景下的优化", [S("赵鹏飞", "浪潮信息")]),
        ("T", 25, "内存故障隔离：硬件报错页的在线下线与业务无感迁移", [S("缪晓东", "京东")]),
    ])),
    ("文件系统与存储分论坛", H2, "信息学院 A203", run("13:30", H2["name"], [
        ("T", 25, "ext4 在高并发小文件写入下的 inode 分配热点分析", [S("王志勇", "华为")]),
        ("T", 25, "Btrfs 透明压缩在日志归档服务器上的实测：压缩率、CPU 开销与碎片", [S("张伟", "小米")]),
        ("T", 25, "NVMe 设备热移除时块层请求超时处理的改进", [S("宋明辉", "新华三技术有限公司")]),
        ("T", 25, "Making XFS Online Repair Usable in Production: Progress and Open Problems",
         [S("何俊杰", "阿里云")]),
        ("B", 15, "茶歇"),
        ("T", 25, "视频转码集群的异步 IO 改造：io_uring 带来的收益与两次回退",
         [S("陈晨", "网易"), S("朱丽萍", "浙江大学")]),
        ("T", 25, "容器镜像场景下 overlayfs 元数据拷贝的加速", [S("梁超", "蚂蚁集团")]),
        ("T", 25, "混部集群中 blk-cgroup 限速的精度问题：从 iocost 模型参数校准到线上灰度验证的全过程",
         [S("韩志斌", "快手")]),
        ("T", 25, "车载系统的快速启动：dm-verity 校验与预读的协同调整", [S("许婷", "蔚来")]),
    ])),
    ("调度、性能与调试分论坛", H3, "信息学院 A205", run("13:30", H3["name"], [
        ("T", 30, "证券交易系统的低时延内核配置：CPU 隔离、中断迁移与定时器清理", [S("李志伟", "华泰证券")]),
        ("T", 30, "ARM64 服务器上的 perf 采样精度问题与 SPE 的使用经验", [S("孙文杰", "安谋科技（中国）有限公司")]),
        ("T", 30, "Diagnosing Scheduler Latency Spikes with Per-Task Runqueue Histograms", [S("刘晓明", "字节跳动")]),
        ("B", 15, "茶歇"),
        ("T", 30, "cgroup v2 CPU 突发配额的线上效果：burst 参数如何设置",
         [S("杨静", "阿里云"), S("曹永刚", "阿里云")]),
        ("T", 30, "大内存服务器上的 kdump：如何把故障转储时间从一小时压到十分钟", [S("谢国华", "中兴通讯")]),
        ("T", 30, "一次内核升级后的死锁排查：lockdep 报告的解读方法", [S("王建军", "麒麟软件")]),
        ("T", 30, "基于 ftrace 与 BPF 的中断延迟分析工具在国产工业控制器上的应用、问题与改进方向", [S("胡斌", "和利时")]),
    ])),
    ("硬件架构与异构计算分论坛", H4, "信息学院 A301", run("13:30", H4["name"], [
        ("T", 25, "LoongArch 虚拟机热迁移的内核支持与脏页跟踪优化", [S("李鹏", "龙芯中科")]),
        ("T", 25, "RISC-V 笔记本的电源管理：挂起到内存的内核实现", [S("张雪", "赛昉科技")]),
        ("T", 25, "Turning On Arm64 MTE Across a Phone Fleet: Performance Cost and Bug Yield", [S("周超", "荣耀")]),
        ("T", 25, "国产 GPU 显存管理与 TTM 框架的适配", [S("王涛", "摩尔线程"), S("邓丽", "摩尔线程")]),
        ("B", 15, "茶歇"),
        ("T", 25, "鲲鹏服务器上的 SMMU 直通性能优化", [S("郭明亮", "华为")]),
        ("T", 25, "CSV3 机密虚拟机在公有云上的启动与远程证明流程", [S("陈文静", "海光信息")]),
        ("T", 25, "飞腾平台 PCIe AER 错误上报与恢复机制的完善", [S("栾国庆", "飞腾信息技术")]),
        ("T", 25, "DPU 卸载场景下 vDPA 设备的内核驱动设计：数据面直通与热迁移支持的取舍", [S("冯建伟", "中科驭数")]),
    ])),
    ("AI 基础设施与 eBPF 应用分论坛", H5, "图书馆 一楼报告厅", run("13:30", H5["name"], [
        ("T", 25, "大模型训练集群中 RDMA 网卡中断亲和的自动调优", [S("刘红军", "百度智能云")]),
        ("T", 25, "容器网络丢包的 eBPF 诊断：从内核丢包点到业务请求的归因", [S("李娜", "阿里云")]),
        ("T", 25, "Placing Inference Threads with sched_ext on Hybrid CPU-GPU Hosts", [S("黄勇", "腾讯云")]),
        ("T", 25, "GPU 直通虚拟机的显存大页映射优化", [S("彭云飞", "快手"), S("曾晓燕", "清华大学")]),
        ("B", 15, "茶歇"),
        ("T", 25, "BPF 验证器在生产环境中的常见限制与绕行方法", [S("赵明", "字节跳动")]),
        ("T", 25, "训练数据集读取的页缓存污染问题：fadvise 与 cgroup 隔离的对比", [S("徐海鹏", "智谱")]),
        ("T", 25, "用 bpftrace 排查训练任务的 NCCL 通信卡顿", [S("唐文凯", "美团")]),
        ("T", 25, "用 LSM BPF 替代传统 audit 规则：主机安全审计场景下的收益、代价与迁移经验", [S("高建国", "深信服")]),
    ])),
]

# --- page style (CSS px = device px) ----------------------------------------
WHITE = (255, 255, 255)
INK, INK2, GREY, FAINT = (31, 35, 41), (78, 86, 97), (128, 136, 146), (200, 206, 214)
ACCENT = (24, 96, 214)
NAVY = (15, 36, 72)
NAV_H = 64
BANNER_H = 196
X0, X1 = 120, 1320  # the container (1200 px)
COLS = [140, 540, 200, 320]  # 时间 | 议题 | 演讲嘉宾 | 单位
HEADS = ["时间", "议题", "演讲嘉宾", "单位"]
PAD_X, PAD_Y = 16, 13
HEAD_BG, BREAK_BG = (242, 245, 250), (247, 248, 250)
RULE, HEAD_RULE = (229, 232, 236), (214, 220, 228)
F_TIME, F_TITLE, F_NAME, F_UNIT = font(15), font(16), font(15), font(15)
LH_TITLE, LH_SP = 26, 24
MOD_TAG = "（主持）"

LAYOUT_LOG = {"title_lines": {}, "cells": {}, "time_lines": {}, "rows": {}}


def col_x(i):
    return X0 + sum(COLS[:i])


assert col_x(4) == X1


def runs_layout(runs, maxw):
    """Inline text of several runs (text, font, colour) laid out as a browser would in a block of width maxw:
    greedy, Latin words kept whole, CJK broken anywhere, no line starting with closing punctuation.  Returns
    lines, each a list of (x, text, font, colour)."""
    lines, cur, x = [], [], 0.0
    for text, f, col in runs:
        for tok in TOKEN.findall(text):
            w = adv(tok.rstrip(), f)
            if cur and x + w > maxw and tok[0] not in NO_LINE_START and not tok.isspace():
                lines.append(cur)
                cur, x = [], 0.0
                tok = tok.lstrip()
                if not tok:
                    continue
            if not cur and tok.isspace():
                continue
            if cur and cur[-1][2] is f and cur[-1][3] == col and cur[-1][0] + adv(cur[-1][1], f) == x:
                cur[-1] = (cur[-1][0], cur[-1][1] + tok, f, col)
            else:
                cur.append((x, tok, f, col))
            x += adv(tok, f)
    if cur:
        lines.append(cur)
    return [[(x, t.rstrip() if i == len(ln) - 1 else t, f, c) for i, (x, t, f, c) in enumerate(ln)]
            for ln in lines]


def block(paragraphs, maxw):
    """A cell's content: paragraphs (runs, line height, space before) one under the other, each wrapped.
    Returns (lines as (y offset, line height, runs), height, per-paragraph line texts)."""
    out, y, texts = [], 0, []
    for runs, lh, gap in paragraphs:
        y += gap
        ls = runs_layout(runs, maxw)
        texts.append(["".join(t for _, t, _, _ in ln) for ln in ls])
        for ln in ls:
            out.append((y, lh, ln))
            y += lh
    return out, y, texts


def draw_block(d, x0, y0, lines, align="left", maxw=0):
    for dy, lh, ln in lines:
        lw = ln[-1][0] + adv(ln[-1][1], ln[-1][2]) if ln else 0
        off = (maxw - lw) / 2 if align == "center" else 0
        for x, t, f, c in ln:
            # a line box of lh px; the baseline where a browser puts it for Noto Sans CJK
            d.text((x0 + off + x, y0 + dy + lh / 2 + f.size * 0.36), t, font=f, fill=c, anchor="ls")


def time_text(s):
    return "%s-%s" % (s["start"], s["end"])


def cells_of(s):
    """A row's cells as blocks: (time, title, names, units); a break is one cell spanning the table (colspan 4)
    holding the label, then the range."""
    w = [c - 2 * PAD_X for c in COLS]
    if s["kind"] == "break":
        runs = [(s["title"], font(15, True), INK2), ("\u3000" + time_text(s), F_TIME, GREY)]
        return (block([(runs, LH_SP, 0)], sum(COLS) - 2 * PAD_X),)
    tb = block([([(time_text(s), F_TIME, INK2)], LH_SP, 0)], w[0])
    ti = block([([(s["title"], F_TITLE, INK)], LH_TITLE, 0)], w[1])
    names, units = [], []
    for k, sp in enumerate(s["sp"]):
        runs = [(sp["name"], F_NAME, INK)]
        if s["kind"] == "panel" and k == 0:
            runs.append((MOD_TAG, F_NAME, GREY))
        names.append((runs, LH_SP, 0))
        units.append(([(aff(sp), F_UNIT, INK2)], LH_SP, 0))
    return tb, ti, block(names, w[2]), block(units, w[3])


def table_row(d, y, s, draw):
    """One <tr>: as tall as its tallest cell plus padding; every cell's content centred vertically
    (vertical-align: middle, a table cell's default); a thin rule under every row."""
    cells = cells_of(s)
    if s["kind"] == "break":
        inner, pad = cells[0][1], 10
    else:
        inner, pad = max(b[1] for b in cells), PAD_Y
    h = inner + 2 * pad
    key = (s["title"], s["start"])
    LAYOUT_LOG["time_lines"][key] = len(cells[0][0])
    if s["kind"] != "break":
        LAYOUT_LOG["title_lines"][s["title"]] = cells[1][2][0]
        LAYOUT_LOG["cells"][s["title"]] = (cells[2][2], cells[3][2])
        LAYOUT_LOG["rows"][s["title"]] = (h, [b[1] for b in cells])
    if draw:
        if s["kind"] == "break":
            d.rectangle([X0, y, X1 - 1, y + h - 1], fill=BREAK_BG)
            b = cells[0]
            draw_block(d, X0 + PAD_X, y + pad, b[0], "center", sum(COLS) - 2 * PAD_X)
        else:
            for i, b in enumerate(cells):
                draw_block(d, col_x(i) + PAD_X, y + pad + (inner - b[1]) // 2, b[0])
        d.line([(X0, y + h - 1), (X1 - 1, y + h - 1)], fill=RULE)
    return y + h


def table_head(d, y, draw):
    h = 44
    if draw:
        d.rectangle([X0, y, X1 - 1, y + 1], fill=ACCENT)
        d.rectangle([X0, y + 2, X1 - 1, y + h - 1], fill=HEAD_BG)
        d.line([(X0, y + h - 1), (X1 - 1, y + h - 1)], fill=HEAD_RULE)
        f = font(15, True)
        for i, lab in enumerate(HEADS):
            d.text((col_x(i) + PAD_X, y + 1 + h / 2 + 15 * 0.36), lab, font=f, fill=INK2, anchor="ls")
    return y + h


def pin(d, x, y_mid, col):
    """A small map-pin icon."""
    d.ellipse([x, y_mid - 8, x + 10, y_mid + 2], fill=col)
    d.polygon([(x + 1, y_mid - 2), (x + 9, y_mid - 2), (x + 5, y_mid + 7)], fill=col)
    d.ellipse([x + 3, y_mid - 6, x + 7, y_mid - 2], fill=WHITE)


HEAD_LOG = {}


def section(d, y, k, draw):
    """One forum: its heading line (name, host, room) and its table.  Returns the y under it."""
    name, host, room, slots = FORUMS[k]
    y += 52 if k else 36
    mid = y + 16
    fn = font(24, True)
    x = X0 + 16 + adv(name, fn) + 22
    runs = [("主持人：", font(15), GREY), (host["name"], font(15, True), INK), ("（%s）" % aff(host), font(15), GREY)]
    fr = font(14)
    room_w = 14 + adv("地点：" + room, fr)
    HEAD_LOG[name] = (x + sum(adv(t, f) for t, f, _ in runs), X1 - room_w)
    if draw:
        d.rectangle([X0, mid - 13, X0 + 4, mid + 13], fill=ACCENT)
        d.text((X0 + 16, mid + 24 * 0.36), name, font=fn, fill=INK, anchor="ls")
        for t, f, c in runs:
            d.text((x, mid + 1 + 15 * 0.36), t, font=f, fill=c, anchor="ls")
            x += adv(t, f)
        pin(d, X1 - room_w, mid + 1, GREY)
        d.text((X1, mid + 1 + 14 * 0.36), "地点：" + room, font=fr, fill=GREY, anchor="rs")
    y += 32 + 14
    y = table_head(d, y, draw)
    for s in slots:
        y = table_row(d, y, s, draw)
    return y


SITE = "中国Linux内核开发者大会"
NAV = ["首页", "大会介绍", "大会议程", "演讲嘉宾", "会议资料", "往届回顾", "联系我们"]


def nav_bar(d):
    h = NAV_H
    d.rectangle([0, 0, W - 1, h - 1], fill=NAVY)
    d.rounded_rectangle([X0, 14, X0 + 36, 50], radius=6, fill=ACCENT)
    d.text((X0 + 18, 32), "CLK", font=font(13, True), fill=WHITE, anchor="mm")
    d.text((X0 + 48, 32 + 18 * 0.36), SITE, font=font(18, True), fill=WHITE, anchor="ls")
    f = font(14)
    bw = adv("报名参会", f) + 32
    d.rounded_rectangle([X1 - bw, 16, X1, 48], radius=16, outline=(200, 215, 240), width=1)
    d.text((X1 - bw / 2, 32 + 14 * 0.36), "报名参会", font=f, fill=WHITE, anchor="ms")
    x = X1 - bw - 36
    for item in reversed(NAV):
        on = item == "大会议程"
        ff = font(15, on)
        w = adv(item, ff)
        d.text((x - w, 32 + 15 * 0.36), item, font=ff, fill=WHITE if on else (196, 206, 224), anchor="ls")
        if on:
            d.rectangle([x - w, h - 3, x, h - 1], fill=(94, 160, 255))
        x -= w + 34
    return h


INFO = "%s中国Linux内核开发者大会　·　6221年10月20日（星期六）　·　甘肃兰州　兰州大学" % NTH


def banner(d, y0):
    h = BANNER_H
    c0, c1 = (18, 54, 122), (30, 104, 214)
    for x in range(W):
        t = x / (W - 1)
        d.line([(x, y0), (x, y0 + h - 1)], fill=tuple(round(a + (b - a) * t) for a, b in zip(c0, c1)))
    # faint diagonal lines and a dot grid at the right (a background image of the banner)
    for k in range(-8, 16):
        x = 980 + k * 42
        d.line([(x, y0 + h - 1), (x + h, y0)], fill=(60, 130, 232), width=1)
    for gx in range(1180, 1420, 20):
        for gy in range(y0 + 24, y0 + h - 16, 20):
            d.ellipse([gx - 1, gy - 1, gx + 1, gy + 1], fill=(110, 165, 245))
    d.text((W / 2, y0 + 78), "大会议程", font=font(36, True), fill=WHITE, anchor="ms")
    d.text((W / 2, y0 + 108), "A G E N D A", font=font(13), fill=(170, 198, 240), anchor="ms")
    d.text((W / 2, y0 + 150), INFO, font=font(16), fill=(225, 235, 250), anchor="ms")
    return y0 + h


CRUMB = "首页 > 大会议程"
NOTICE = "上午为主论坛，下午五个分论坛在不同会场同时进行。议程如有调整，以大会现场公布为准。"


def title_area(d, y, draw):
    y += 18
    if draw:
        d.text((X0, y + 10 + 13 * 0.36), "当前位置：" + CRUMB, font=font(13), fill=GREY, anchor="ls")
    y += 20 + 16
    if draw:
        d.rounded_rectangle([X0, y, X1 - 1, y + 43], radius=4, fill=(239, 245, 255), outline=(206, 222, 248))
        d.text((X0 + 18, y + 22 + 14 * 0.36), NOTICE, font=font(14), fill=(42, 72, 130), anchor="ls")
    return y + 44


FOOT = ["主办单位：中国Linux内核开发者大会组委会　　承办单位：兰州大学信息科学与工程学院",
        "联系邮箱：clk6221@kernel-dev.example.org",
        "Copyright © 6221 中国Linux内核开发者大会　版权所有　　陇ICP备62210020号-1"]
FOOT_H = 126


def footer(d, y):
    d.rectangle([0, y, W - 1, y + FOOT_H - 1], fill=(26, 30, 38))
    for j, ln in enumerate(FOOT):
        d.text((W / 2, y + 38 + j * 26), ln, font=font(13), fill=(160, 167, 178), anchor="mm")
    return y + FOOT_H


def paint(im, draw):
    d = ImageDraw.Draw(im)
    y = nav_bar(d) if draw else NAV_H
    y = banner(d, y) if draw else y + BANNER_H
    y = title_area(d, y, draw)
    for k in range(len(FORUMS)):
        y = section(d, y, k, draw)
    y += 60
    return footer(d, y) if draw else y + FOOT_H


def render():
    h = paint(Image.new("RGB", (W, 8), WHITE), False)
    im = Image.new("RGB", (W, h), WHITE)
    assert paint(im, True) == h
    return im


# ===========================================================================
def scored():
    return [s for _, _, _, sl in FORUMS for s in sl if s["kind"] != "break"]


def people():
    out = []
    for _, host, _, sl in FORUMS:
        out.append(plain(host["name"]))
        out += [plain(sp["name"]) for s in sl for sp in s["sp"]]
    return out


TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
UNCOMMON = ["栾", "缪"]  # both outside the hundred commonest surnames, neither exotic
SURNAME_COUNTS = {"王": 6, "李": 6, "张": 4, "刘": 4, "陈": 4, "赵": 3,
                  "杨": 2, "黄": 2, "吴": 2, "周": 2, "徐": 2, "孙": 2}
COUNTS = [7, 8, 8, 7, 8, 8]
WRAPPED = {  # every title that wraps in 议题, with its two lines as the page breaks it
    "开源协作三十五年：Linux 内核社区的治理演进，以及国内贡献者在其中的角色变化":
        ["开源协作三十五年：Linux 内核社区的治理演进，以及国内贡献者在其", "中的角色变化"],
    "Supporting Ten Hardware Generations in One Enterprise Kernel: Lessons for Upstream":
        ["Supporting Ten Hardware Generations in One Enterprise Kernel:", "Lessons for Upstream"],
    "国产处理器平台进入主线的五年：补丁合入、维护者协作与回归测试体系的建设":
        ["国产处理器平台进入主线的五年：补丁合入、维护者协作与回归测试体", "系的建设"],
    "Making XFS Online Repair Usable in Production: Progress and Open Problems":
        ["Making XFS Online Repair Usable in Production: Progress and Open", "Problems"],
    "混部集群中 blk-cgroup 限速的精度问题：从 iocost 模型参数校准到线上灰度验证的全过程":
        ["混部集群中 blk-cgroup 限速的精度问题：从 iocost 模型参数校准到线上", "灰度验证的全过程"],
    "Diagnosing Scheduler Latency Spikes with Per-Task Runqueue Histograms":
        ["Diagnosing Scheduler Latency Spikes with Per-Task Runqueue", "Histograms"],
    "基于 ftrace 与 BPF 的中断延迟分析工具在国产工业控制器上的应用、问题与改进方向":
        ["基于 ftrace 与 BPF 的中断延迟分析工具在国产工业控制器上的应用、问", "题与改进方向"],
    "Turning On Arm64 MTE Across a Phone Fleet: Performance Cost and Bug Yield":
        ["Turning On Arm64 MTE Across a Phone Fleet: Performance Cost and", "Bug Yield"],
    "DPU 卸载场景下 vDPA 设备的内核驱动设计：数据面直通与热迁移支持的取舍":
        ["DPU 卸载场景下 vDPA 设备的内核驱动设计：数据面直通与热迁移支持", "的取舍"],
    "用 LSM BPF 替代传统 audit 规则：主机安全审计场景下的收益、代价与迁移经验":
        ["用 LSM BPF 替代传统 audit 规则：主机安全审计场景下的收益、代价与", "迁移经验"],
}


def join_lines(lines):
    """The note's join rule: a space between two lines only where both sides are Latin letters or digits or
    punctuation of a Latin text (the browser broke at a space); none inside Chinese text."""
    out = lines[0]
    for ln in lines[1:]:
        out += (" " if out[-1].isascii() and ln[0].isascii() else "") + ln
    return out


def check(poster):
    """What the brief asks; nobody twice; no real name, deck title or name of the real repositories."""
    assert saturday(DATE)
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2024 was the 19th
    assert [f[0] for f in FORUMS] == SIX == listing_forums(), listing_forums()
    ppl = people()
    assert len(ppl) == len(set(ppl)), sorted(p for p in ppl if ppl.count(p) > 1)
    assert not set(ppl) & set(REAL_NAMES), set(ppl) & set(REAL_NAMES)
    chinese = [p for p in ppl if not p.isascii()]
    latin = [p for p in ppl if p.isascii()]
    assert latin == ["AndreasVogel"], latin
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    assert {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    assert sum(counts[c] for c in TOP20) == 47, sum(counts[c] for c in TOP20)
    assert all(2 <= len(p) <= 3 for p in chinese)
    assert len(chinese) == 61 and sum(len(p) == 2 for p in chinese) == 23  # 38 %
    real = listing_words()
    titles = [s["title"] for s in scored()]
    assert len(titles) == len(set(titles))
    for x in ppl + [t for t in titles if t != "开幕致辞"]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    assert [f["forum"] for f in poster["forums"]] == SIX
    for (name, host, room, sl), f in zip(FORUMS, poster["forums"]):
        assert f["date"] == DATE
        ends = [(s["start"], s["end"]) for s in f["slots"]]
        assert all(a[1] == b[0] for a, b in zip(ends, ends[1:])), ends
        assert sum(s["title"] == "茶歇" for s in f["slots"]) == 1, name
        for s in f["slots"]:
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == plain(host["name"])
            assert s["host"] not in s["speakers"]
            assert s["start"] < s["end"]
            assert len(s["affiliations"]) == len(s["speakers"])
    slots = [s for _, _, _, sl in FORUMS for s in sl]
    panels = [s for s in slots if s["kind"] == "panel"]
    assert len(panels) == 1 and len(panels[0]["sp"]) == 5 and panels[0]["title"].startswith("圆桌讨论：")
    assert [sum(1 for s in sl if s["kind"] == "talk" and len(s["sp"]) == 2) for _, _, _, sl in FORUMS] == [1] * 6
    assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
    english = [s["title"] for s in scored() if s["title"].isascii()]
    assert [sum(1 for s in sl if s["kind"] != "break" and s["title"].isascii()) for _, _, _, sl in FORUMS] == [1] * 6
    m = FORUMS[0][3]
    assert [(s["title"], s["start"]) for s in m[:2]] == [("签到", "08:30"), ("开幕致辞", "09:00")]
    assert m[-1]["title"] == "午餐" and m[-1]["end"] == "13:30"
    assert all(f[3][0]["start"] == "13:30" and f[3][-1]["kind"] == "talk" for f in FORUMS[1:])
    assert [sum(1 for s in sl if s["kind"] != "break") for _, _, _, sl in FORUMS] == COUNTS
    # the layout the note describes
    assert set(LAYOUT_LOG["time_lines"].values()) == {1}
    tl = LAYOUT_LOG["title_lines"]
    wrapped = {t: ls for t, ls in tl.items() if len(ls) > 1}
    assert wrapped == WRAPPED, wrapped
    assert all(join_lines(ls) == t for t, ls in WRAPPED.items())
    for s in scored():  # every name and every unit on one line, line for line
        names, units = LAYOUT_LOG["cells"][s["title"]]
        want_n = [[sp["name"] + (MOD_TAG if s["kind"] == "panel" and k == 0 else "")] for k, sp in enumerate(s["sp"])]
        assert names == want_n and units == [[aff(sp)] for sp in s["sp"]], (names, units)
    for name, (host_end, room_x) in HEAD_LOG.items():  # the host's line and the room stand well apart
        assert room_x - host_end >= 300, (name, host_end, room_x)
    return len(titles), counts, english


NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 148, 191, 209): speakers are names as printed with "
    "spaces removed (the Latin name 'Andreas Vogel' -> 'AndreasVogel'; no Chinese name is padded on this page); "
    "host is the name printed after '主持人：' in the forum's heading, for every talk and the round table of that "
    "forum, null for breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each has his own "
    "affiliation, in printed order; an opening speech printed with a speaker ('开幕致辞', 赵文斌) is a talk; '签到', "
    "'茶歇' and '午餐' (printed without a speaker) are breaks, '午餐' closing 主论坛; a forum with no break after its "
    "last talk ends with it; every forum carries the edition's date. ONE invented edition stands in for CLK2025's "
    "ONE whole-agenda image (CLK2025全部议程.jpg): CLK 6221 (第4216届, 兰州, 兰州大学, Saturday 6221-10-20), as the "
    "programme PAGE of the conference's web site captured as ONE FULL-SIZE BROWSER SCREENSHOT, 1440 px wide (one "
    "device pixel per CSS px; the whole page, no browser window, no scrollbar; the file named after the page's "
    "address, 'clk.kernel-dev.example.org_6221_agenda.png'), holding CLK2025's six forums under its folder names "
    "without their numbers (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, "
    "硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its two spaces), one table per forum, one under the "
    "other in folder order; the truth has ONE entry with the six forums in that order. 主论坛 is the morning "
    "(08:30-13:30), the five others run in parallel from 13:30 in their own rooms. Judgement calls: (1) The navy "
    "site bar (a blue 'CLK' square, '中国Linux内核开发者大会', the links '首页 大会介绍 大会议程 演讲嘉宾 会议资料 往届回顾 "
    "联系我们' with '大会议程' lit, a button '报名参会'), the blue banner ('大会议程', 'A G E N D A', the line "
    "'第4216届中国Linux内核开发者大会　·　6221年10月20日（星期六）　·　甘肃兰州　兰州大学'), the breadcrumb '当前位置："
    "首页 > 大会议程', the notice box '上午为主论坛，下午五个分论坛在不同会场同时进行。…' and the dark footer (主办单位, "
    "承办单位, a mail address, copyright, '陇ICP备62210020号-1') are never part of a name, a title or a slot. (2) Each "
    "forum's HEADING is ONE LINE: a blue bar, the forum's name (24 px bold), then, 22 px after the name, '主持人：' "
    "(grey) + the host (bold) + '（unit）' (grey), and at the line's right end a pin icon and '地点：' + the room "
    "(grey). The forum is the name alone; the host is the bold name after '主持人：' (王振宇, 李明, 张红梅, 刘志强, "
    "陈建平, 杨晓东); the '（unit）' after him is nobody's affiliation; the room is no part of the forum's name. (3) "
    "Each table has a 2 px blue top line, a head row '时间 | 议题 | 演讲嘉宾 | 单位' (bold grey column labels on a pale "
    "ground: no slot), then its rows, each with a THIN RULE under it and no other lines (no vertical rules, no "
    "zebra); every cell's content is CENTRED VERTICALLY in its row (a table cell's default). A talk row prints the "
    "range without spaces ('13:30-13:55') in 时间, the title (16 px) in 议题, the name in 演讲嘉宾 and the speaker's "
    "unit in 单位 on the same line (15 px grey). A speaker's affiliation is that 单位 text as printed: an "
    "organisation's short name ('华为', '阿里云', 'SUSE', '浙江大学') or, three times, its full registered name "
    "('安谋科技（中国）有限公司' for 孙文杰, '新华三技术有限公司' for 宋明辉, '中国汽车技术研究中心' for 李婷); no job titles "
    "are printed anywhere. (4) TWO SPEAKERS of one talk are two names one under the other in ONE 演讲嘉宾 cell and "
    "their units one under the other in the 单位 cell beside it, line for line: given top then bottom, each with the "
    "unit on his own line (陈志刚 理想汽车 and 李婷 中国汽车技术研究中心; 吴磊 and 徐静怡, 'OPPO' printed twice; 陈晨 网易 "
    "and 朱丽萍 浙江大学; 杨静 and 曹永刚, '阿里云' twice; 王涛 and 邓丽, '摩尔线程' twice; 彭云飞 快手 and 曾晓燕 清华大学); "
    "one talk per forum has two speakers; the one-line range and title of such a row stand level with the gap "
    "between the two lines. (5) CHECK-IN, TEA AND LUNCH rows are ONE CELL SPANNING THE WHOLE TABLE (colspan 4) on a "
    "pale grey ground holding, centred, the LABEL FIRST in bold and THEN the range in grey ('签到　08:30-09:00', "
    "'茶歇　10:40-10:55', '午餐　12:40-13:30'): a break with that range and that label as its title. (6) A wrapped "
    "title is one title, joined with a space where the break falls at a space between two Latin words and without "
    "one inside Chinese text; ten titles wrap over two lines, none over more: four English ones broken at spaces "
    "('…One Enterprise Kernel:' / 'Lessons for Upstream', '…Progress and Open' / 'Problems', '…Per-Task Runqueue' / "
    "'Histograms', '…Performance Cost and' / 'Bug Yield') and six Chinese ones broken inside words or after "
    "punctuation ('…国内贡献者在其' / '中的角色变化', '…回归测试体' / '系的建设', '…校准到线上' / '灰度验证的全过程', "
    "'…的应用、问' / '题与改进方向', '…热迁移支持' / '的取舍', '…收益、代价与' / '迁移经验'). No name, no unit and no "
    "range wraps. (7) The round table '圆桌讨论：从第一个补丁到子系统维护者，国内内核开发者还缺什么' (11:55-12:40) is "
    "ONE slot of kind 'panel': its 演讲嘉宾 cell holds five lines, the first '周斌' followed by a grey '（主持）', then "
    "吴志军, 孙丽华, 马晓峰 and 罗静, and its 单位 cell the five units line for line (中国科学院软件研究所, 腾讯, 统信软件, "
    "OPPO, 麒麟软件); the speakers are the moderator then the guests top to bottom, one affiliation each; '（主持）' is "
    "no part of the name (周斌) and no affiliation; the title keeps '圆桌讨论：' and its comma; the moderator is not "
    "the forum's host (王振宇). (8) English-only titles: one per forum, six in all, one of them by the only "
    "Latin-named speaker, Andreas Vogel (SUSE), in 主论坛; titles mixing Chinese and Latin words are many. Surnames "
    "are those of a real Chinese kernel conference (62 people, 61 Chinese): 王 李 six times each, 张 刘 陈 four "
    "times, 赵 three times, 杨 黄 吴 周 徐 孙 twice, 马 胡 朱 郭 何 罗 高 林 once (47 of the 61 bear one of these "
    "twenty), twelve more of the hundred commonest once (郑 宋 梁 韩 许 曹 谢 邓 冯 彭 曾 唐), and two uncommon ones, 缪 "
    "(缪晓东) and 栾 (栾国庆); 23 of the 61 Chinese names have two characters. SCORED = every slot of kind talk or "
    "panel: 7 + 8 + 8 + 7 + 8 + 8 = 46 (the opening speech and the round table counted; 44 without them)."
)
LAYOUT = (
    "CLK 6221 (第4216届), 兰州, 兰州大学, 6221-10-20 (PNG, 1440 px wide, a FULL-SIZE BROWSER SCREENSHOT of the "
    "conference site's programme page at 1x, white page, a 1200 px container): a navy site bar (logo 'CLK', site "
    "name, seven links with '大会议程' lit, a button '报名参会'); a blue banner '大会议程' / 'A G E N D A' / the edition, "
    "date and place; a breadcrumb and a notice box; then the six forums one under the other (主论坛, "
    "内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF "
    "应用分论坛'), each a ONE-LINE heading (blue bar, name, '主持人：name（unit）', the room at the right end) over a "
    "four-column table '时间 | 议题 | 演讲嘉宾 | 单位' with thin row rules and every cell centred vertically: the range "
    "'13:30-13:55', the title (wrapping where long), the name, the unit on the same line; two speakers as two lines "
    "in 演讲嘉宾 with their units line for line in 单位; check-in, tea and lunch rows as one pale cell spanning the "
    "table, label first ('茶歇　15:10-15:25'); a 圆桌 row whose first name carries a grey '（主持）'; a dark footer. "
    "7 + 8 + 8 + 7 + 8 + 8 scored."
)


def main():
    im = render()
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "page.png"))
        print(im.size)
        return
    path = os.path.join(HERE, FILE)
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert im.size[0] == W and 4400 <= im.size[1] <= 4800, im.size  # as tall as the page needs
    assert 300_000 <= size <= 1_500_000, size
    poster = {"file": FILE, "layout": LAYOUT, "date": DATE,
              "forums": [{"forum": n, "date": DATE, "slots": [truth_slot(s) for s in sl]} for n, _, _, sl in FORUMS]}
    n, sur, english = check(poster)
    print("scored talks", n, "surnames", sorted(sur.items(), key=lambda kv: -kv[1]))
    assert 42 <= n <= 55, n
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
