"""Draw the two-hundred-and-twenty-eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the one PNG named in FILE and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the picture
cannot drift apart.  The only 'randomness' is the colour of each speaker's avatar, taken from a
CRC of the name.  With DRAFT=1 in the environment it only writes tmp/page.png (to look at it),
prints the wrapped titles, and skips every check.

The set stands in for CLK2025's ONE whole-agenda image (CLK2025全部议程.jpg, not in the corpus)
the way a reader meets a programme when he goes to the conference's WEB SITE instead: ONE invented
edition, CLK 8228 (第6223届, 湘潭, 湘潭大学, Saturday 8228-10-18), with CLK2025's six forums, as the
site's programme page ('大会日程') saved as ONE FULL-PAGE BROWSER SCREENSHOT with the FireShot
extension (a 1280 px viewport at one device pixel per CSS px: the whole page, no browser window, no
scrollbar; FireShot names the file 'FireShot Capture NNN - <page title> - <host>.png').  The page: a
white site bar, a dark hero with the edition, the heading '大会日程', a row of anchor pills naming the
six forums, then per forum ONE BORDERED TABLE (a Bootstrap 'table-bordered' look): a dark caption row
with the forum's name, a pale row 'host | time | room', the column heads 时间 | 议题 | 嘉宾, then the
rows, every cell's content at the TOP (Bootstrap's vertical-align: top).  In 嘉宾 each speaker is a
round avatar with the bold name and, UNDER it, 'company job' in small grey type; two speakers are two
such stacks one under the other; a round table lists '主持人' over its moderator and '对话嘉宾' over its
guests.  Tea, lunch and check-in rows keep the range in 时间 and put the label in ONE cell spanning
议题 and 嘉宾.  A dark footer.

Copied from earlier sets: font, adv, TOKEN, NO_LINE_START, runs_layout, block, draw_block, T, P, B,
plain, truth_slot, saturday, REAL_NAMES, listing_words, SIX, listing_forums, COMMON, hm, mins, run and
join_lines from bench/eval/posters-blind-221/draw.py (unchanged); S and aff from
bench/eval/posters-blind-191/draw.py (a name, a company and a job or None).  Everything else (the
data, avatar, cells_of, table_row, caption, meta_row, col_heads, section, site_bar, hero,
page_head, anchors, footer, paint, render, check, NOTE, LAYOUT) is new.
"""
import datetime
import json
import os
import re
import zlib

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


def S(name, company, job=None):
    """A speaker as printed: the name, and under it company and job (None where no job is printed)."""
    return {"name": name, "company": company, "job": job}


def aff(sp):
    """The grey line under the name, as printed: company and job joined by one space."""
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# names of real speakers and hosts read on the real posters: set 173's list, as sets 182, 191 and 221 copied it
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
# CLK 8228 (第6223届), 湘潭, 湘潭大学, Saturday 8228-10-18.  主论坛 in the morning, the five other forums in
# parallel in the afternoon from 13:30, each in its own room.
W = 1280
YEAR = "8228"
NTH = "第6223届"
DATE = "8228-10-18"
DATE_CN = "8228年10月18日（星期六）"
HOST_SITE = "clk8228.example.org"
PAGE_TITLE = "大会日程 - CLK 8228 中国Linux内核开发者大会"
# FireShot names a capture 'FireShot Capture NNN - <the page's <title>> - <host>.png'
FILE = "FireShot Capture 017 - %s - %s.png" % (PAGE_TITLE, HOST_SITE)


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


H0 = S("谭建军", "湘潭大学计算机学院", "院长")
H1 = S("李志强", "阿里云", "资深技术专家")
H2 = S("张丽华", "华中科技大学", "教授")
H3 = S("刘海峰", "字节跳动", "技术专家")
H4 = S("陈国华", "中国科学院计算技术研究所", "研究员")
H5 = S("杨振宇", "腾讯云", "技术总监")

# (forum, host, room, slots)
FORUMS = [
    ("主论坛", H0, "学术交流中心 一楼报告厅", run("08:30", H0["name"], [
        ("B", 30, "签到"),
        ("T", 10, "开幕致辞", [S("周文斌", "湘潭大学", "副校长")]),
        ("T", 35, "从贡献者到维护者：Linux 内核社区的梯队建设与评审负担", [S("王伟", "华为", "首席架构师")]),
        ("T", 35, "Fewer Backports, Fewer Regressions: How Our Enterprise Kernel Tracks Upstream Stable Releases",
         [S("Daniel Weber", "SUSE", "Distinguished Engineer")]),
        ("B", 15, "茶歇"),
        ("T", 35, "面向国产服务器的可信启动链：从固件度量、内核模块签名到容器运行时的完整性校验与远程证明",
         [S("黄勇", "麒麟软件", "副总工程师"), S("何静", "国防科技大学", "副教授")]),
        ("T", 35, "用真实补丁驱动的操作系统课程：学生向上游提交代码的三年实践", [S("马晓东", "中国科学院软件研究所", "研究员")]),
        ("P", 45, "圆桌讨论：开源内核贡献的商业价值与工程师的个人成长",
         S("王海涛", "开放原子开源基金会", "技术监督委员会委员"),
         [S("李娜", "阿里云", "技术专家"), S("张国强", "腾讯", "TencentOS 内核负责人"),
          S("吴婷", "统信软件", "内核研发经理"), S("曹磊", "OPPO", "内核团队负责人")]),
        ("B", 60, "午餐"),
    ])),
    ("内存管理与优化分论坛", H1, "计算机学院 一楼 101 报告厅", run("13:30", H1["name"], [
        ("T", 25, "Redis 集群开启透明大页后的尾延迟：khugepaged 扫描与缺页路径的影响", [S("刘洋", "字节跳动", "内核工程师")]),
        ("T", 25, "Which Pages Belong on CXL? Placement Policies for In-Memory Databases",
         [S("赵鹏飞", "英特尔", "软件工程师")]),
        ("T", 25, "slab 碎片为什么回收不掉：对象迁移与缓存合并策略的再思考", [S("王丽娟", "阿里云", "高级工程师")]),
        ("T", 25, "手机低内存查杀机制与 memcg 优先级的协同设计",
         [S("徐飞", "vivo", "内核专家"), S("林静怡", "vivo", "工程师")]),
        ("B", 15, "茶歇"),
        ("T", 25, "DAMON 冷页识别驱动的主动回收：虚拟化宿主机上的参数选择", [S("郑涛", "腾讯云", "高级工程师")]),
        ("T", 25, "页表内存开销的精简：在单机数千容器的节点上回收空闲 PTE 页的实践与收益评估",
         [S("陈晓峰", "蚂蚁集团", "技术专家")]),
        ("T", 25, "hugetlb 预留页按需归还：让每台宿主机多装下一成实例", [S("朱明辉", "华为云", "内核工程师")]),
        ("T", 25, "内存错误注入测试框架：让 memory-failure 处理路径在持续集成中得到常态化验证",
         [S("邬志刚", "浪潮信息", "测试架构师")]),
    ])),
    ("文件系统与存储分论坛", H2, "计算机学院 二楼 203", run("13:30", H2["name"], [
        ("T", 25, "ext4 日志模式怎么选：fast commit、data=ordered 与 data=journal 在 OLTP 负载下的表现", [S("李建国", "华为", "文件系统专家")]),
        ("T", 25, "NFS 客户端在影视渲染农场中的元数据性能瓶颈", [S("宋超", "网易", "存储研发工程师")]),
        ("T", 25, "Btrfs 写时复制与数据库写放大的权衡", [S("王磊", "统信软件", "内核工程师")]),
        ("B", 15, "茶歇"),
        ("T", 25, "Untorn Database Writes on XFS: Hardware Atomic Units, Kernel APIs and Software Fallbacks",
         [S("周斌", "阿里云", "技术专家")]),
        ("T", 25, "块层 IO 调度器在 QLC 固态盘上的再评估：读写混合负载下的延迟公平性、吞吐量与寿命",
         [S("吴军", "华为", "存储内核工程师"), S("韩雪", "中国科学技术大学", "博士研究生")]),
        ("T", 25, "把对象存储网关从 epoll 迁到 io_uring：零拷贝接收带来的收益与踩过的坑", [S("冯晨阳", "京东云", "高级工程师")]),
        ("T", 25, "overlayfs 在安卓系统分区中的应用与稳定性问题", [S("杨倩", "荣耀", "系统工程师")]),
        ("T", 25, "fscrypt 文件级加密在车机系统中的性能调优", [S("彭亮", "比亚迪", "软件工程师")]),
    ])),
    ("调度、性能与调试分论坛", H3, "计算机学院 二楼 205", run("13:30", H3["name"], [
        ("T", 30, "在离线混部场景下 CFS 带宽控制的抖动问题与改进", [S("张伟", "快手", "内核工程师")]),
        ("T", 30, "Understanding Wakeup Latency on Large NUMA Machines with BPF-Based Tracing",
         [S("黄晓明", "腾讯", "高级工程师")]),
        ("T", 30, "PREEMPT_RT 实时内核在工业机器人控制器上的落地：从关中断区间排查到最坏情况时延的长期测量",
         [S("罗杰", "汇川技术", "嵌入式软件专家"), S("高红梅", "东北大学", "副教授")]),
        ("B", 15, "茶歇"),
        ("T", 30, "云主机性能剖析的误差来源：虚拟 PMU 的计数漂移与校正方法", [S("谢文博", "中兴通讯", "性能工程师")]),
        ("T", 30, "转储文件从 200 GB 到 8 GB：鲲鹏服务器上 kdump 预留内存的估算与 makedumpfile 过滤策略",
         [S("曾志斌", "麒麟软件", "内核工程师")]),
        ("T", 30, "内核锁竞争的在线画像：在生产环境低开销地持续采集锁等待", [S("刘超", "美团", "系统工程师")]),
        ("T", 30, "一次软锁死故障的复盘：定时器、RCU 与中断风暴的连锁反应", [S("刘宇航", "京东", "运维专家")]),
    ])),
    ("硬件架构与异构计算分论坛", H4, "计算机学院 三楼 301", run("13:30", H4["name"], [
        ("T", 25, "LoongArch 虚拟机的中断控制器模拟：从 QEMU 迁入内核后的性能收益", [S("孙建平", "龙芯中科", "虚拟化工程师")]),
        ("T", 25, "RISC-V Sv48/Sv57 多级页表的内核支持进展", [S("郭志鹏", "中国科学院软件研究所", "助理研究员")]),
        ("T", 25, "多租户云主机的末级缓存争用：MPAM 资源分区的内核接口与调度配合", [S("唐永强", "华为", "内核专家")]),
        ("T", 25, "TDX 机密虚拟机在公有云上的启动耗时分析：内存接受、固件初始化与内核各阶段的优化空间",
         [S("陈俊杰", "阿里云", "高级技术专家")]),
        ("B", 15, "茶歇"),
        ("T", 25, "进入主线前要过的几道关：国产显卡 DRM 驱动收到的评审意见汇总",
         [S("邓浩然", "摩尔线程", "驱动工程师"), S("胡雅婷", "摩尔线程", "驱动工程师")]),
        ("T", 25, "海光 CSV3 机密虚拟机中 SWIOTLB 反弹缓冲带来的 IO 开销", [S("王建新", "海光信息", "安全架构师")]),
        ("T", 25, "高密度 GPU 服务器上 PCIe 链路降速与热复位的内核处理", [S("李文涛", "联想", "固件与内核工程师")]),
        ("T", 25, "智能网卡上的 virtio-net 数据面卸载：vhost-vdpa 与 VDUSE 两种方案的对比",
         [S("闵俊", "中科驭数", "软件总监")]),
    ])),
    ("AI 基础设施与 eBPF 应用分论坛", H5, "图书馆 二楼学术报告厅", run("13:30", H5["name"], [
        ("T", 30, "推理服务的 CPU 隔离清单：isolcpus、nohz_full 与中断亲和的组合实践", [S("张海波", "百度智能云", "资深工程师")]),
        ("T", 30, "用 eBPF 观测训练集群中的 RDMA 网络拥塞", [S("李明", "阿里云", "网络技术专家")]),
        ("T", 30, "XDP-Based Load Balancing for Inference Gateways: Twelve Months of Incidents and Fixes",
         [S("徐立新", "美团", "基础架构工程师")]),
        ("B", 15, "茶歇"),
        ("T", 30, "容器逃逸的系统调用序列建模：eBPF 采集与轻量检测模型",
         [S("蒋磊", "奇安信", "安全研究员"), S("赵雪", "北京邮电大学", "硕士研究生")]),
        ("T", 30, "训练任务保存检查点时的脏页洪峰：writeback 限流与 cgroup 隔离", [S("王芳", "商汤科技", "存储工程师")]),
        ("T", 30, "一份 BPF 程序跑遍十个内核版本：CO-RE 与 BTF 裁剪的落地经验", [S("叶建华", "小红书", "内核工程师")]),
        ("T", 30, "用 tc-BPF 实现容器网络限速：替换 tbf 队列规则后的收益", [S("周凯", "携程", "网络工程师")]),
    ])),
]

# --- page style (CSS px = device px) ----------------------------------------
WHITE = (255, 255, 255)
INK, INK2, GREY, FAINT = (33, 37, 41), (73, 80, 87), (108, 117, 125), (173, 181, 189)
TEAL = (0, 122, 135)
TEAL_D = (0, 84, 96)
BORDER = (222, 226, 230)  # Bootstrap's table border
CAP_BG = (0, 95, 108)
META_BG = (236, 246, 247)
HEAD_BG = (248, 249, 250)
BREAK_BG = (250, 247, 240)
X0, X1 = 85, 1195  # the container's content box (1140 px container, 15 px padding)
COLS = [140, 590, 380]  # 时间 | 议题 | 嘉宾
HEADS = ["时间", "议题", "嘉宾"]
PAD_X, PAD_Y = 12, 14
F_TIME, F_TITLE, F_NAME, F_UNIT, F_LABEL = font(14), font(15), font(15, True), font(13), font(12)
LH_TITLE, LH_NAME, LH_UNIT, LH_LABEL = 24, 22, 20, 20
AV = 40  # avatar diameter
SP_GAP = 10  # between two speakers' stacks
TXT_X = AV + 12  # name and unit start right of the avatar
MOD_LABEL, GUEST_LABEL = "主持人", "对话嘉宾"

LAYOUT_LOG = {"title_lines": {}, "cells": {}, "time_lines": {}}


def col_x(i):
    return X0 + sum(COLS[:i])


assert col_x(3) == X1


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


# avatar grounds and clothes: the site shows each speaker's photo in a circle; drawn here as a plain portrait
GROUNDS = [(214, 226, 236), (226, 220, 210), (220, 232, 224), (232, 222, 228), (224, 224, 232), (236, 230, 214)]
CLOTHES = [(52, 64, 84), (70, 80, 96), (96, 60, 52), (40, 70, 90), (84, 88, 92), (30, 40, 60)]
SKIN = [(236, 204, 180), (228, 194, 168), (240, 212, 190), (222, 186, 160)]
HAIR = [(32, 28, 26), (44, 36, 30), (24, 22, 22), (60, 48, 40)]


def avatar(im, x, y, name):
    """A round 40 px 'photo': a ground, shoulders, a face and hair, picked by a CRC of the name; drawn at 4x and
    scaled down so that its edge is smooth."""
    k = zlib.crc32(name.encode("utf-8"))
    s = 4
    n = AV * s
    tile = Image.new("RGB", (n, n), GROUNDS[k % len(GROUNDS)])
    t = ImageDraw.Draw(tile)
    cl, sk, hr = CLOTHES[(k >> 4) % len(CLOTHES)], SKIN[(k >> 8) % len(SKIN)], HAIR[(k >> 12) % len(HAIR)]
    t.ellipse([n * 0.12, n * 0.66, n * 0.88, n * 1.35], fill=cl)
    t.rectangle([n * 0.43, n * 0.52, n * 0.57, n * 0.70], fill=sk)
    t.ellipse([n * 0.32, n * 0.20, n * 0.68, n * 0.62], fill=sk)
    if (k >> 16) % 3:
        t.chord([n * 0.30, n * 0.15, n * 0.70, n * 0.52], 180, 360, fill=hr)
    else:
        t.pieslice([n * 0.28, n * 0.14, n * 0.72, n * 0.66], 170, 370, fill=hr)
        t.ellipse([n * 0.34, n * 0.27, n * 0.66, n * 0.62], fill=sk)
    mask = Image.new("L", (n, n), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, n - 1, n - 1], fill=255)
    tile = tile.resize((AV, AV), Image.LANCZOS)
    mask = mask.resize((AV, AV), Image.LANCZOS)
    im.paste(tile, (int(x), int(y)), mask)


def speaker_stack(sp):
    """One speaker in 嘉宾: the avatar at the left, the bold name and under it 'company job' in grey."""
    w = COLS[2] - 2 * PAD_X - TXT_X
    nb = block([([(sp["name"], F_NAME, INK)], LH_NAME, 0)], w)
    ub = block([([(aff(sp), F_UNIT, GREY)], LH_UNIT, 0)], w)
    h = max(AV, nb[1] + ub[1])
    return {"sp": sp, "name": nb, "unit": ub, "h": h}


def cells_of(s):
    """A row's cells: time, title and 嘉宾 (a list of items: ('label', block) or ('sp', stack)); a break puts its
    label in one cell spanning 议题 and 嘉宾."""
    tb = block([([(time_text(s), F_TIME, INK2 if s["kind"] != "break" else GREY)], LH_TITLE, 0)], COLS[0] - 2 * PAD_X)
    if s["kind"] == "break":
        lb = block([([(s["title"], font(15, True), (150, 112, 40))], LH_TITLE, 0)], COLS[1] + COLS[2] - 2 * PAD_X)
        return tb, lb, None
    ti = block([([(s["title"], F_TITLE, INK)], LH_TITLE, 0)], COLS[1] - 2 * PAD_X)
    items = []
    for k, sp in enumerate(s["sp"]):
        if s["kind"] == "panel" and k in (0, 1):
            items.append(("label", block([([(MOD_LABEL if k == 0 else GUEST_LABEL, F_LABEL, TEAL)], LH_LABEL, 0)],
                                         COLS[2] - 2 * PAD_X)))
        items.append(("sp", speaker_stack(sp)))
    return tb, ti, items


def items_height(items):
    h, prev = 0, None
    for kind, it in items:
        if prev is not None:
            h += 4 if prev == "label" else SP_GAP
        h += it[1] if kind == "label" else it["h"]
        prev = kind
    return h


def vline(d, x, y0, y1):
    d.line([(x, y0), (x, y1)], fill=BORDER)


def table_row(im, d, y, s, draw):
    """One <tr> of a bordered table: as tall as its tallest cell plus padding, every cell's content at the top;
    1 px borders round every cell."""
    tb, ti, items = cells_of(s)
    if s["kind"] == "break":
        h = max(tb[1], ti[1]) + 2 * 10
    else:
        h = max(tb[1], ti[1], items_height(items)) + 2 * PAD_Y
    LAYOUT_LOG["time_lines"][(s["title"], s["start"])] = len(tb[0])
    if s["kind"] != "break":
        LAYOUT_LOG["title_lines"][s["title"]] = ti[2][0]
        LAYOUT_LOG["cells"][s["title"]] = [(it["name"][2][0], it["unit"][2][0]) for k, it in items if k == "sp"]
    if draw:
        if s["kind"] == "break":
            d.rectangle([X0, y, X1, y + h], fill=BREAK_BG)
            draw_block(d, col_x(0) + PAD_X, y + 10, tb[0], "center", COLS[0] - 2 * PAD_X)
            draw_block(d, col_x(1) + PAD_X, y + 10, ti[0], "center", COLS[1] + COLS[2] - 2 * PAD_X)
        else:
            draw_block(d, col_x(0) + PAD_X, y + PAD_Y, tb[0], "center", COLS[0] - 2 * PAD_X)
            draw_block(d, col_x(1) + PAD_X, y + PAD_Y, ti[0])
            yy, prev = y + PAD_Y, None
            for kind, it in items:
                if prev is not None:
                    yy += 4 if prev == "label" else SP_GAP
                x = col_x(2) + PAD_X
                if kind == "label":
                    draw_block(d, x, yy, it[0])
                    yy += it[1]
                else:
                    avatar(im, x, yy, it["sp"]["name"])
                    th = it["name"][1] + it["unit"][1]
                    ty = yy + (it["h"] - th) // 2
                    draw_block(d, x + TXT_X, ty, it["name"][0])
                    draw_block(d, x + TXT_X, ty + it["name"][1], it["unit"][0])
                    yy += it["h"]
                prev = kind
        d.line([(X0, y + h), (X1, y + h)], fill=BORDER)
        vline(d, X0, y, y + h)
        vline(d, col_x(1), y, y + h)
        if s["kind"] != "break":
            vline(d, col_x(2), y, y + h)
        vline(d, X1, y, y + h)
    return y + h


def caption(d, y, name, draw):
    """The table's first row: the forum's name in white on a dark teal band."""
    h = 52
    if draw:
        d.rectangle([X0, y, X1, y + h], fill=CAP_BG)
        d.rectangle([X0, y, X0 + 5, y + h], fill=(255, 184, 28))
        d.text((X0 + 24, y + h / 2 + 20 * 0.36), name, font=font(20, True), fill=WHITE, anchor="ls")
    return y + h


META_LOG = {}


def meta_row(d, y, k, draw):
    """The pale row under the caption: 主持人 (bold name, grey 'company job'), then the forum's time and room."""
    name, host, room, slots = FORUMS[k]
    h = 44
    span = "%s-%s" % (slots[0]["start"], slots[-1]["end"])
    half = "上午" if k == 0 else "下午"
    runs = [("主持人：", font(14), GREY), (host["name"], font(14, True), INK), ("　" + aff(host), font(14), INK2)]
    right = [("时间：", font(14), GREY), ("10月18日 %s %s" % (half, span), font(14), INK2),
             ("　　地点：", font(14), GREY), (room, font(14), INK2)]
    rw = sum(adv(t, f) for t, f, _ in right)
    lw = sum(adv(t, f) for t, f, _ in runs)
    META_LOG[name] = (X0 + 24 + lw, X1 - 24 - rw)
    if draw:
        d.rectangle([X0, y, X1, y + h], fill=META_BG)
        x = X0 + 24
        for t, f, c in runs:
            d.text((x, y + h / 2 + 14 * 0.36), t, font=f, fill=c, anchor="ls")
            x += adv(t, f)
        x = X1 - 24 - rw
        for t, f, c in right:
            d.text((x, y + h / 2 + 14 * 0.36), t, font=f, fill=c, anchor="ls")
            x += adv(t, f)
        vline(d, X0, y, y + h)
        vline(d, X1, y, y + h)
        d.line([(X0, y + h), (X1, y + h)], fill=BORDER)
    return y + h


def col_heads(d, y, draw):
    h = 42
    if draw:
        d.rectangle([X0, y, X1, y + h], fill=HEAD_BG)
        f = font(14, True)
        for i, lab in enumerate(HEADS):
            cx = col_x(i) + COLS[i] / 2 if i == 0 else col_x(i) + PAD_X
            d.text((cx, y + h / 2 + 14 * 0.36), lab, font=f, fill=INK2, anchor="ms" if i == 0 else "ls")
        d.line([(X0, y + h), (X1, y + h)], fill=BORDER)
        d.line([(X0, y + h - 1), (X1, y + h - 1)], fill=BORDER)  # Bootstrap's 2 px head rule
        for i in range(4):
            vline(d, col_x(i) if i < 3 else X1, y, y + h)
    return y + h


def section(im, d, y, k, draw):
    name, host, room, slots = FORUMS[k]
    y += 48 if k else 8
    y = caption(d, y, name, draw)
    y = meta_row(d, y, k, draw)
    y = col_heads(d, y, draw)
    for s in slots:
        y = table_row(im, d, y, s, draw)
    return y


SITE = "中国Linux内核开发者大会"
NAV = ["首页", "大会介绍", "大会日程", "演讲嘉宾", "合作伙伴", "参会指南", "往届回顾"]
NAV_H = 68


def site_bar(d):
    h = NAV_H
    d.rectangle([0, 0, W - 1, h - 1], fill=WHITE)
    d.line([(0, h - 1), (W - 1, h - 1)], fill=(230, 233, 236))
    d.rounded_rectangle([X0, 16, X0 + 36, 52], radius=8, fill=TEAL)
    d.text((X0 + 18, 34), "CLK", font=font(13, True), fill=WHITE, anchor="mm")
    d.text((X0 + 48, 28 + 17 * 0.36), SITE, font=font(17, True), fill=INK, anchor="ls")
    d.text((X0 + 48, 47 + 10 * 0.36), "CHINA LINUX KERNEL DEVELOPERS CONFERENCE", font=font(9), fill=GREY,
           anchor="ls")
    f = font(14)
    bw = adv("立即报名", f) + 36
    d.rounded_rectangle([X1 - bw, 17, X1, 51], radius=4, fill=(240, 130, 30))
    d.text((X1 - bw / 2, 34 + 14 * 0.36), "立即报名", font=f, fill=WHITE, anchor="ms")
    x = X1 - bw - 30
    for item in reversed(NAV):
        on = item == "大会日程"
        ff = font(15, on)
        w = adv(item, ff)
        d.text((x - w, 34 + 15 * 0.36), item, font=ff, fill=TEAL if on else INK2, anchor="ls")
        if on:
            d.rectangle([x - w, h - 4, x, h - 2], fill=TEAL)
        x -= w + 30
    return h


HERO_H = 250


def hero(d, y0):
    h = HERO_H
    c0, c1 = (8, 38, 58), (0, 98, 112)
    for x in range(W):
        t = x / (W - 1)
        d.line([(x, y0), (x, y0 + h - 1)], fill=tuple(round(a + (b - a) * t) for a, b in zip(c0, c1)))
    # a background picture of the hero: thin 'circuit' lines and nodes at the right
    for k in range(9):
        yy = y0 + 30 + k * 24
        xa = 820 + (k * 37) % 120
        d.line([(xa, yy), (xa + 160, yy), (xa + 190, yy + 20), (W, yy + 20)], fill=(30, 120, 134), width=1)
        d.ellipse([xa - 3, yy - 3, xa + 3, yy + 3], outline=(70, 160, 170), width=1)
    f = font(13, True)
    pill = "CLK %s" % YEAR
    pw = adv(pill, f) + 24
    d.rounded_rectangle([X0, y0 + 44, X0 + pw, y0 + 70], radius=13, outline=(120, 200, 210), width=1)
    d.text((X0 + pw / 2, y0 + 57 + 13 * 0.36), pill, font=f, fill=(170, 225, 230), anchor="ms")
    d.text((X0, y0 + 116), "%s中国Linux内核开发者大会" % NTH, font=font(36, True), fill=WHITE, anchor="ls")
    d.text((X0, y0 + 148), "China Linux Kernel Developers Conference %s" % YEAR, font=font(16), fill=(170, 205, 212),
           anchor="ls")
    # a calendar icon and the date, a pin and the place
    y = y0 + 196
    d.rectangle([X0, y - 15, X0 + 15, y], outline=(200, 230, 234), width=2)
    d.line([(X0, y - 10), (X0 + 15, y - 10)], fill=(200, 230, 234), width=2)
    d.text((X0 + 24, y), DATE_CN, font=font(16), fill=WHITE, anchor="ls")
    x = X0 + 24 + adv(DATE_CN, font(16)) + 40
    d.ellipse([x, y - 16, x + 12, y - 4], outline=(200, 230, 234), width=2)
    d.polygon([(x + 1, y - 8), (x + 11, y - 8), (x + 6, y + 1)], fill=(200, 230, 234))
    d.text((x + 22, y), "湖南 · 湘潭　湘潭大学", font=font(16), fill=WHITE, anchor="ls")
    return y0 + h


INTRO = "本届大会设 1 个主论坛和 5 个分论坛：上午为主论坛，下午五个分论坛在不同会场同时进行。日程如有调整，以大会现场公布为准。"


def page_head(d, y, draw):
    y += 48
    if draw:
        d.text((W / 2, y + 28 * 0.36 + 14), "大会日程", font=font(28, True), fill=INK, anchor="ms")
        d.rectangle([W / 2 - 20, y + 42, W / 2 + 20, y + 45], fill=TEAL)
        d.text((W / 2, y + 78), INTRO, font=font(14), fill=GREY, anchor="ms")
    return y + 96


ANCH_LOG = []


def anchors(d, y, draw):
    """A row of anchor pills, one per forum (links to the tables below), wrapped as a flex row would wrap."""
    f = font(14)
    lab = ""
    items = [(n, adv(n, f) + 32) for n in [fm[0] for fm in FORUMS]]
    total = adv(lab, f) + sum(w for _, w in items) + 12 * (len(items) - 1)
    x = (W - total) / 2
    ANCH_LOG.append(total)
    if draw:
        d.text((x, y + 17 + 14 * 0.36), lab, font=f, fill=GREY, anchor="ls")
    x += adv(lab, f)
    for k, (n, w) in enumerate(items):
        if draw:
            on = k == 0
            d.rounded_rectangle([x, y, x + w, y + 34], radius=17, fill=TEAL if on else WHITE,
                                outline=TEAL if on else (190, 210, 214), width=1)
            d.text((x + w / 2, y + 17 + 14 * 0.36), n, font=f, fill=WHITE if on else TEAL_D, anchor="ms")
        x += w + 12
    return y + 34 + 20


FOOT = ["主办单位：中国Linux内核开发者大会组委会　　承办单位：湘潭大学计算机学院 · 网络空间安全学院",
        "协办单位：湖南省计算机学会　　联系邮箱：contact@clk8228.example.org",
        "Copyright © 8228 中国Linux内核开发者大会　版权所有　　湘ICP备82280018号-1"]
FOOT_H = 132


def footer(d, y):
    d.rectangle([0, y, W - 1, y + FOOT_H - 1], fill=(33, 37, 41))
    for j, ln in enumerate(FOOT):
        d.text((W / 2, y + 40 + j * 26), ln, font=font(13), fill=(160, 167, 175), anchor="mm")
    return y + FOOT_H


NOTE_LINE = "* 演讲视频与讲稿将在会后发布于“往届回顾”栏目。"


def paint(im, draw):
    d = ImageDraw.Draw(im)
    y = site_bar(d) if draw else NAV_H
    y = hero(d, y) if draw else y + HERO_H
    y = page_head(d, y, draw)
    y = anchors(d, y, draw)
    for k in range(len(FORUMS)):
        y = section(im, d, y, k, draw)
    y += 28
    if draw:
        d.text((X0, y + 14 * 0.36), NOTE_LINE, font=font(13), fill=GREY, anchor="ls")
    y += 48
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


def join_lines(lines):
    """The note's join rule: a space between two lines where either side of the break is Latin (a letter, a
    digit or Latin punctuation: the browser broke at a space, as every Latin word on this page stands between
    spaces); none where both sides are Chinese text."""
    out = lines[0]
    for ln in lines[1:]:
        out += (" " if out[-1].isascii() or ln[0].isascii() else "") + ln
    return out


TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"
UNCOMMON = ["邬", "闵"]
SURNAME_COUNTS = {"王": 6, "李": 5, "张": 4, "刘": 4, "陈": 3, "周": 3,
                  "杨": 2, "黄": 2, "赵": 2, "吴": 2, "徐": 2}
COUNTS = [6, 8, 8, 7, 8, 7]
WRAPPED = {  # every title that wraps in 议题, with its lines as the page breaks it
    "Fewer Backports, Fewer Regressions: How Our Enterprise Kernel Tracks Upstream Stable Releases":
        ["Fewer Backports, Fewer Regressions: How Our Enterprise Kernel Tracks", "Upstream Stable Releases"],
    "面向国产服务器的可信启动链：从固件度量、内核模块签名到容器运行时的完整性校验与远程证明":
        ["面向国产服务器的可信启动链：从固件度量、内核模块签名到容器运行时的完整性校", "验与远程证明"],
    "ext4 日志模式怎么选：fast commit、data=ordered 与 data=journal 在 OLTP 负载下的表现":
        ["ext4 日志模式怎么选：fast commit、data=ordered 与 data=journal 在 OLTP 负载下", "的表现"],
    "Untorn Database Writes on XFS: Hardware Atomic Units, Kernel APIs and Software Fallbacks":
        ["Untorn Database Writes on XFS: Hardware Atomic Units, Kernel APIs and", "Software Fallbacks"],
    "块层 IO 调度器在 QLC 固态盘上的再评估：读写混合负载下的延迟公平性、吞吐量与寿命":
        ["块层 IO 调度器在 QLC 固态盘上的再评估：读写混合负载下的延迟公平性、吞吐量与", "寿命"],
    "Understanding Wakeup Latency on Large NUMA Machines with BPF-Based Tracing":
        ["Understanding Wakeup Latency on Large NUMA Machines with BPF-Based", "Tracing"],
    "PREEMPT_RT 实时内核在工业机器人控制器上的落地：从关中断区间排查到最坏情况时延的长期测量":
        ["PREEMPT_RT 实时内核在工业机器人控制器上的落地：从关中断区间排查到最坏情况", "时延的长期测量"],
    "转储文件从 200 GB 到 8 GB：鲲鹏服务器上 kdump 预留内存的估算与 makedumpfile 过滤策略":
        ["转储文件从 200 GB 到 8 GB：鲲鹏服务器上 kdump 预留内存的估算与", "makedumpfile 过滤策略"],
    "TDX 机密虚拟机在公有云上的启动耗时分析：内存接受、固件初始化与内核各阶段的优化空间":
        ["TDX 机密虚拟机在公有云上的启动耗时分析：内存接受、固件初始化与内核各阶段的", "优化空间"],
    "XDP-Based Load Balancing for Inference Gateways: Twelve Months of Incidents and Fixes":
        ["XDP-Based Load Balancing for Inference Gateways: Twelve Months of Incidents", "and Fixes"],
}


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
    assert latin == ["DanielWeber"], latin
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    assert {k: v for k, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    assert sum(counts[c] for c in TOP20) == 44, sum(counts[c] for c in TOP20)
    assert all(2 <= len(p) <= 3 for p in chinese)
    assert len(chinese) == 59 and sum(len(p) == 2 for p in chinese) == 25, sum(len(p) == 2 for p in chinese)
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
    assert [sum(1 for s in sl if s["kind"] != "break" and s["title"].isascii()) for _, _, _, sl in FORUMS] == \
        [1, 1, 1, 1, 0, 1]
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
    for s in scored():  # every name and every 'company job' on one line
        got = LAYOUT_LOG["cells"][s["title"]]
        assert got == [([sp["name"]], [aff(sp)]) for sp in s["sp"]], got
    for name, (left_end, right_start) in META_LOG.items():  # host and time/room stand well apart
        assert right_start - left_end >= 150, (name, left_end, right_start)
    assert ANCH_LOG[0] <= X1 - X0, ANCH_LOG  # the anchor pills stand on one line
    return len(titles), counts, english


NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 144, 191, 221): speakers are names as printed with "
    "spaces removed (the Latin name 'Daniel Weber' -> 'DanielWeber'; no Chinese name is padded on this page); host "
    "is the name printed after '主持人：' in the pale row under the forum's caption, for every talk and the round "
    "table of that forum, null for breaks; start/end HH:MM on a 24-hour clock; where two speakers are printed each "
    "has his own affiliation, in printed order; affiliations are the grey line under the name as printed, company "
    "and job joined by one space ('华为 首席架构师', '腾讯 TencentOS 内核负责人', 'SUSE Distinguished Engineer'); an "
    "opening speech printed with a speaker ('开幕致辞', 周文斌) is a talk; '签到', '茶歇' and '午餐' (printed without a "
    "speaker) are breaks, '午餐' closing 主论坛; a forum with no break after its last talk ends with it; every forum "
    "carries the edition's date. ONE invented edition stands in for CLK2025's ONE whole-agenda image "
    "(CLK2025全部议程.jpg): CLK 8228 (第6223届, 湘潭, 湘潭大学, Saturday 8228-10-18), as the programme PAGE ('大会日程') "
    "of the conference's web site saved as ONE FULL-PAGE BROWSER SCREENSHOT with the FireShot extension, 1280 px "
    "wide (one device pixel per CSS px; the whole page, no browser window, no scrollbar; the file named as FireShot "
    "names it, 'FireShot Capture 017 - <page title> - <host>.png'), holding CLK2025's six forums under its folder "
    "names without their numbers (主论坛, 内存管理与优化分论坛, 文件系统与存储分论坛, 调度、性能与调试分论坛, "
    "硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛' with its two spaces), one bordered table per forum, one "
    "under the other in folder order; the truth has ONE entry with the six forums in that order. 主论坛 is the "
    "morning (08:30-13:30), the five others run in parallel from 13:30 in their own rooms. Judgement calls: (1) The "
    "white site bar (a teal 'CLK' square, '中国Linux内核开发者大会' over 'CHINA LINUX KERNEL DEVELOPERS CONFERENCE', the "
    "links '首页 大会介绍 大会日程 演讲嘉宾 合作伙伴 参会指南 往届回顾' with '大会日程' lit, an orange button '立即报名'), the "
    "dark teal hero (a pill 'CLK 8228', '第6223届中国Linux内核开发者大会', 'China Linux Kernel Developers Conference 8228', "
    "a calendar icon and '8228年10月18日（星期六）', a pin and '湖南 · 湘潭　湘潭大学'), the heading '大会日程' with the grey "
    "line under it ('本届大会设 1 个主论坛和 5 个分论坛：…'), the note '* 演讲视频与讲稿将在会后发布于“往届回顾”栏目。' under "
    "the last table and the dark footer (主办单位, 承办单位, 协办单位, a mail address, copyright, '湘ICP备82280018号-1') are "
    "never part of a name, a title or a slot. (2) A row of SIX ANCHOR PILLS under the heading names the six forums "
    "in full, in folder order (the first, '主论坛', filled teal): links to the tables, no forums of their own and no "
    "slots; each forum is given once, by its table. (3) Each forum is ONE BORDERED TABLE (1 px grey borders round "
    "every cell, 1110 px wide): its first row a dark teal CAPTION band with a yellow edge and the forum's name in "
    "white (20 px bold): the forum is that name alone. The second row, pale teal, prints at the left '主持人：' (grey) + "
    "the host (bold) + '　' + his 'company job' (grey), and at the right '时间：10月18日 上午 08:30-13:30' (or '下午 "
    "13:30-17:05', '下午 13:30-17:15': the forum's whole span) and '地点：' + the room: the host is the bold name "
    "(谭建军, 李志强, 张丽华, 刘海峰, 陈国华, 杨振宇); his 'company job' is nobody's affiliation; the span is NO slot and no "
    "talk's range; the room is no part of the forum's name. The third row is the column heads '时间 | 议题 | 嘉宾' "
    "(no slot). (4) Talk rows: every cell's content at the TOP of the cell (Bootstrap's vertical-align: top): the "
    "range without spaces ('13:30-13:55', 14 px, centred) in 时间, the title (15 px) in 议题, wrapping inside the "
    "cell where long, and in 嘉宾 per speaker a round AVATAR (a drawn photo, 40 px) with the bold NAME (15 px) and "
    "UNDER it 'company job' in small grey type (13 px); the speaker's affiliation is that grey line. No name and no "
    "'company job' line wraps. (5) TWO SPEAKERS of one talk are two such stacks one under the other in one 嘉宾 cell, "
    "given top then bottom (黄勇 麒麟软件 副总工程师 and 何静 国防科技大学 副教授; 徐飞 vivo 内核专家 and 林静怡 vivo 工程师; "
    "吴军 华为 存储内核工程师 and 韩雪 中国科学技术大学 博士研究生; 罗杰 汇川技术 嵌入式软件专家 and 高红梅 东北大学 副教授; 邓浩然 "
    "and 胡雅婷, '摩尔线程 驱动工程师' printed for each; 蒋磊 奇安信 安全研究员 and 赵雪 北京邮电大学 硕士研究生); one talk per "
    "forum has two speakers. (6) CHECK-IN, TEA AND LUNCH rows keep their range in 时间 (grey) and print the label (bold, "
    "brown, centred) in ONE cell SPANNING 议题 and 嘉宾, the whole row on a pale cream ground ('08:30-09:00' '签到', "
    "'10:20-10:35' '茶歇', '12:30-13:30' '午餐'): a break with that range and that label as its title. Every forum has "
    "one 茶歇 (文件系统与存储分论坛's after its THIRD talk, 14:45-15:00; 调度 and AI after their third, 15:00-15:15; 内存 "
    "and 硬件 after their fourth, 15:10-15:25). (7) A wrapped title is one title, joined with a space where either "
    "side of the break is Latin (the browser broke at a space) and without one where both sides are Chinese; ten "
    "titles wrap over two lines, none over more: four English ones broken at spaces ('…Enterprise Kernel Tracks' / "
    "'Upstream Stable Releases', '…Kernel APIs and' / 'Software Fallbacks', '…with BPF-Based' / 'Tracing', '…Twelve "
    "Months of Incidents' / 'and Fixes'), one Chinese one broken at the space before a Latin word ('…预留内存的估算与' / "
    "'makedumpfile 过滤策略' -> '…估算与 makedumpfile 过滤策略'), and five broken inside Chinese text ('…的完整性校' / "
    "'验与远程证明', '…在 OLTP 负载下' / '的表现', '…吞吐量与' / '寿命', '…到最坏情况' / '时延的长期测量', '…内核各阶段的' / "
    "'优化空间'). (8) The round table '圆桌讨论：开源内核贡献的商业价值与工程师的个人成长' (11:45-12:30) is ONE slot of kind "
    "'panel': its 嘉宾 cell prints a small teal label '主持人' over the stack of 王海涛 (开放原子开源基金会 技术监督委员会委员), "
    "then a small teal label '对话嘉宾' over four stacks: 李娜 (阿里云 技术专家), 张国强 (腾讯 TencentOS 内核负责人), 吴婷 "
    "(统信软件 内核研发经理), 曹磊 (OPPO 内核团队负责人); its speakers are the moderator then the guests top to bottom, one "
    "affiliation each; the labels '主持人' and '对话嘉宾' are no names, and this '主持人' marks the round table's moderator, "
    "not the forum's host (谭建军); the title keeps '圆桌讨论：'. (9) English-only titles: five (one each in 主论坛, "
    "内存管理, 文件系统, 调度; none in 硬件架构; one in AI), one of them by the only Latin-named speaker, Daniel Weber "
    "(SUSE Distinguished Engineer), in 主论坛; titles mixing Chinese and Latin words are many ('…Sv48/Sv57…', "
    "'…data=ordered…', 'PREEMPT_RT …'). Surnames are those of a real Chinese kernel conference (60 people, 59 "
    "Chinese): 王 six times, 李 five, 张 刘 four, 陈 周 three, 杨 黄 赵 吴 徐 twice, 孙 马 胡 朱 郭 何 罗 高 林 once (44 of "
    "the 59 bear one of these twenty), thirteen more of the hundred commonest once (谭 曹 郑 宋 韩 冯 彭 谢 曾 唐 邓 蒋 叶), "
    "and two uncommon ones, 邬 (邬志刚) and 闵 (闵俊); 25 of the 59 Chinese names have two characters. SCORED = every "
    "slot of kind talk or panel: 6 + 8 + 8 + 7 + 8 + 7 = 44 (the opening speech and the round table counted; 42 "
    "without them)."
)
LAYOUT = (
    "CLK 8228 (第6223届), 湘潭, 湘潭大学, 8228-10-18 (PNG, 1280 px wide, a FULL-PAGE BROWSER SCREENSHOT of the "
    "conference site's programme page '大会日程' at 1x, saved by FireShot; white page, a 1140 px container): a white "
    "site bar (logo 'CLK', site name, seven links with '大会日程' lit, an orange button '立即报名'); a dark teal hero "
    "(pill 'CLK 8228', the edition, the English name, the date, the place); the heading '大会日程' and a grey line; a "
    "row of six anchor pills naming the forums; then the six forums one under the other (主论坛, 内存管理与优化分论坛, "
    "文件系统与存储分论坛, 调度、性能与调试分论坛, 硬件架构与异构计算分论坛, 'AI 基础设施与 eBPF 应用分论坛'), each ONE "
    "BORDERED TABLE: a dark caption band with the forum's name, a pale row '主持人：name  company job' with the forum's "
    "span and room at the right, the heads '时间 | 议题 | 嘉宾', then rows with every cell's content at the top: the "
    "range '13:30-13:55', the title (wrapping where long), per speaker an avatar, the bold name and 'company job' in "
    "grey under it (two speakers as two stacks); check-in, tea and lunch rows with the range in 时间 and the label in "
    "one cell spanning 议题 and 嘉宾; a 圆桌 row whose 嘉宾 cell prints '主持人' over the moderator and '对话嘉宾' over four "
    "guests; a grey note and a dark footer. 6 + 8 + 8 + 7 + 8 + 7 scored."
)


def main():
    im = render()
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        im.save(os.path.join(HERE, "tmp", "page.png"))
        print(im.size, ANCH_LOG, META_LOG)
        for t, ls in LAYOUT_LOG["title_lines"].items():
            if len(ls) > 1:
                print(repr(t), ls)
        return
    path = os.path.join(HERE, FILE)
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert im.size[0] == W and 5_600 <= im.size[1] <= 6_100, im.size  # as tall as the page needs
    assert 600_000 <= size <= 1_500_000, size
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
