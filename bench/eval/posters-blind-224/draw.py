"""Draw the two-hundred-and-twenty-fourth blind set of CLK agenda pictures (deterministic, Pillow only).

Run:  python draw.py   -> writes the Screenshot_9224-10-22-22-14-*_com.tencent.mm.png files and truth.json next to
      this file (DRAFT=1: also tmp/page.png, the whole article page, and none of the asserts that pin the layout).
Every string printed on the page comes from the data below, so truth.json and the pictures cannot drift apart.
No randomness except seeded choices (where the reader stops scrolling, the QR code's modules, the banner's dots).

ONE invented edition, CLK 9224 (第7219届, 长沙, 湖南大学, Saturday 9224-10-26), with CLK2025's six forum folders
(without their numbers, in folder order), as the conference account's WeChat ARTICLE announcing the programme: a
headline, the account line, a banner picture, a lead paragraph, '大会议程', then per forum a heading (a filled pill)
and its host, and each talk as lines of text: the time range, the title in bold, then the speaker line(s), either
'name　company' (three forums) or 'name | company job' (three forums); tea and lunch as one line each; a 圆桌 with
'主持人：' and '嘉宾：' lines; two-speaker talks; English titles; one Latin speaker.  The reader read it in WeChat on an
Android phone (1080 x 2340, 2.75 device px per CSS px) and passed it on as overlapping PHONE SCREENSHOTS (the status
bar with a clock, WeChat's article bar, the page, the three-button navigation bar); only the screenshots are written.

Copied from posters-blind-214/draw.py (which took them from set 205 and earlier sets), unchanged: font, tw, plain,
saturday, REAL_NAMES, listing_words, forum_names, truth_slot, edge_cuts, whole, SLICE, CLEAR, is_latin, COMMON, TOP5,
TOP20; adapted: S (a company and an optional job), T, R, B, slot_lines, plan_shots (last stop shows the last talk
with room to spare), status_bar, nav_bar, EVERYDAY (more everyday characters), check.  From posters-blind-151/draw.py:
TOKEN, NO_LINE_START, NO_LINE_END and qrcode unchanged; flow adapted (logs every line's glyph box with what it is and
which slot it belongs to); wechat_bar and banner adapted.  New: the article (head, h2, forum_head, talk_block,
speaker lines, tail), screenshot, shot_name, the data, the automatic layout strings, NOTE.
"""
import datetime
import json
import os
import random
import re
import zlib

from PIL import Image, ImageDraw, ImageFont

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


TOKEN = re.compile(r"[（(《【]?[A-Za-z0-9_\-./:+#'&|]+[,)）》】]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”》】"
NO_LINE_END = "“（(《【‘"


def plain(name):
    return name.replace(" ", "").replace("\u3000", "")


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


def seed_of(text):
    return zlib.crc32(text.encode("utf-8"))


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


# names of real speakers and hosts read on the real posters (set 214's list, itself set 205's); none may be used.
# The listings' names and deck titles are checked in check().
REAL_NAMES = sorted(set([
    "KuzinArtem", "LianboJiang", "付才", "伍勃", "伍勍", "何鲁港", "余昇锦", "余松平", "侯文龙", "刘守业", "刘忻", "刘海龙", "卢烈", "司延腾",
    "吴江波", "周俶易", "周傲易", "周威", "唐辉", "孙南勇", "宋卓", "宋恺睿", "宋牧春", "尹欣", "左泽", "巫强", "廖肇燕", "廖远鸿", "张友加", "张哲华", "张子扬",
    "张细锐", "张翼", "张雅兰", "张鹏", "彭志光", "徐静波", "慕冬亮", "晏艳", "曾庆凯", "朱彦军", "朱维希", "李培锋", "李志", "李扬韬", "李治军", "李泽帆", "李珍",
    "杜冬冬", "杨彦凝", "杨欢", "杨铠衔", "杨阳", "殷锋卫", "江锋", "潘睿", "王刘朴", "王子成", "王建政", "王海粟", "甄鹏", "白铠豪", "皮振伟", "祝嘉", "程杰",
    "罗宏震", "聂诚", "胡俊鹏", "胡璞", "荣乾锋", "蒲乐辉", "袁晓峰", "许珉嘉", "许琨嘉", "谈鉴锋", "谢旻晟", "谢昱晟", "谢柳杰", "谢欢", "谢淼", "谢雨来",
    "谢颂杨", "贺中坤", "赵天瑞", "赵宇", "赵桥", "路旭", "邹德清", "邹贻鹏", "郑堂权", "郑琦", "郑翔", "郭任", "郭健", "郭寒军", "郭纯海", "郭迎港", "陆扬",
    "陈凯", "陈华才", "陈培鸿", "陈越琦", "韩传华", "高亮", "黄睿", "黄靖", "黎红波", "龚睿奇"]))


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


def forum_names():
    """CLK2025's six forum folders, without their numbers, in folder order (read from the listing when the corpus is
    there; the list below is what it gives)."""
    names = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛", "硬件架构与异构计算分论坛",
             "AI 基础设施与 eBPF 应用分论坛"]
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if os.path.exists(p):
        with open(p, encoding="utf-8") as fh:
            seen = []
            for ln in fh.read().splitlines()[1:]:
                path = ln.split("\t")[0]
                if "/" in path:
                    folder = path.split("/")[0]
                    num, _, name = folder.partition(" ")
                    if num.isdigit() and name not in seen:
                        seen.append(name)
        assert seen == names, seen
    return names


SIX = forum_names()


# ===========================================================================
# Data.  S(name, company, job): a person; the forum's style decides what is printed after the name: 'plain' prints
# 'name　company' (the company only, whatever the job), 'bar' prints 'name | company job' (or 'name | company' when no
# job is given).  T a talk; R a round table (kind 'panel': the moderator, then the guests in printed order); B a break.
def S(name, company, job=None):
    return {"name": name, "company": company, "job": job}


def T(start, end, title, speakers, form=None):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "form": form}


def R(start, end, title, moderator, guests):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests, "form": None}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "form": None}


def aff(sp, style):
    """The affiliation as printed after the name in this style."""
    if style == "plain":
        return sp["company"]
    return sp["company"] + (" " + sp["job"] if sp["job"] else "")


def truth_slot(s, host, style):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp, style) for sp in s["sp"]],
            "host": plain(host) if s["kind"] != "break" else None}


EDITION = "CLK 9224"
DATE = "9224-10-26"
YEAR = "9224"
NTH = "第7219届"  # 2023 was the 18th: 9224 - 2005
HEADLINE = "议程公布 | 第7219届中国Linux内核开发者大会全天议程"
ACCOUNT = "CLK内核开发者大会"
AUTHOR = "CLK组委会"
PUBLISHED = "9224年10月21日 20:00"
PROVINCE = "湖南"
LEAD = [
    "第7219届中国Linux内核开发者大会（CLK 9224）将于10月26日（周六）在湖南大学举行。本届大会设一个主论坛和五个"
    "分论坛，上午为主论坛，下午五个分论坛同时进行，议题涵盖内存、存储、调度与调试、异构计算、AI 基础设施与 eBPF "
    "等方向。大会免费参加，欢迎扫描文末二维码报名。全天议程如下：",
]
ABOUT = ("中国Linux内核开发者大会由国内 Linux 内核领域的开发者自发组织，是国内内核开发者交流技术、结识同行的年度盛会。"
         "历届大会的讲稿都会在会后发布到大会的 GitHub 仓库，欢迎关注本公众号获取最新消息。")
LIKES, WOWS = "326", "87"
AFTERNOON = "— 下午 · 五个分论坛同时进行 —"
CLOSING = "*以上议程如有调整，以大会现场为准"

FORUMS = [
    {"name": "主论坛", "style": "bar", "host": S("罗文军", "湖南大学", "教授"), "slots": [
        T("09:00", "09:10", "开幕致辞", [S("缪建国", "湖南大学", "副校长")]),
        T("09:10", "09:45", "openEuler 内核十年：社区协作与多样性算力支持", [S("王志强", "华为", "openEuler 内核首席架构师")]),
        T("09:45", "10:20", "Upstream First: What Ten Years of Enterprise Kernel Maintenance Taught Us",
          [S("Lukas Brenner", "SUSE", "Senior Kernel Engineer")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:10", "百万台服务器的内核升级：灰度、回滚与稳定性度量", [S("张伟", "字节跳动", "STE 团队负责人")]),
        T("11:10", "11:45", "龙蜥内核在混合部署场景下的资源隔离实践",
          [S("杨一帆", "阿里云", "内核技术专家"), S("周婷", "阿里云", "高级工程师")]),
        R("11:45", "12:25", "圆桌讨论：大模型时代，内核开发者的新角色", S("陈晓东", "中国科学院软件研究所", "研究员"),
          [S("李明辉", "腾讯", "TencentOS 内核负责人"), S("孙丽", "龙芯中科", "内核团队负责人"),
           S("赵鹏飞", "OPPO", "内核技术专家"), S("阚文斌", "湖南大学", "副教授")]),
        B("12:25", "13:30", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "style": "plain", "host": S("何涛", "字节跳动"), "slots": [
        T("13:30", "14:00", "mTHP 在安卓手机上的落地：碎片、换出与功耗", [S("黄俊", "OPPO")]),
        T("14:00", "14:30", "Proactive Reclaim with memory.reclaim: Lessons from a Large Fleet", [S("王磊", "腾讯")]),
        T("14:30", "15:00", "khugepaged 扫描开销的量化与调优", [S("徐晓颖", "美团")]),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "CXL 内存扩展场景下的冷热页识别与迁移策略", [S("李强", "英特尔"), S("郑文凯", "英特尔")],
          form="shared"),
        T("15:45", "16:15", "容器内存超卖：memcg 水位与 OOM 策略的取舍", [S("刘佳", "京东云")]),
        T("16:15", "16:45", "slab 合并与内存开销：从统计到治理", [S("宋晓峰", "小米")]),
        T("16:45", "17:15", "userfaultfd 在虚拟机热迁移中的缺页处理优化", [S("马超", "华为云")]),
    ]},
    {"name": "文件系统与存储分论坛", "style": "bar", "host": S("张静", "华为", "存储内核专家"), "slots": [
        T("13:30", "14:05", "基于 EROFS 的手机系统分区压缩：空间与启动速度的平衡", [S("叶志斌", "vivo", "存储系统工程师")]),
        T("14:05", "14:40", "ext4 大目录 htree 查找性能问题的定位与优化", [S("冯建华", "统信软件", "内核开发工程师")]),
        T("14:40", "15:15", "NVMe Passthrough with io_uring: Bypassing the Block Layer Safely",
          [S("陈晨", "三星半导体", "存储软件工程师")]),
        B("15:15", "15:30", "茶歇"),
        T("15:30", "16:05", "分布式存储客户端的 FUSE 性能瓶颈与 passthrough 改造",
          [S("韩建东", "快手", "存储内核工程师"), S("吴雪", "中国科学技术大学", "博士研究生")]),
        T("16:05", "16:40", "blk-cgroup IO 隔离在云盘场景中的实践", [S("周朝阳", "天翼云", "存储研发工程师")]),
        T("16:40", "17:15", "XFS 在线修复功能的现状与生产环境评估", [S("曹永刚", "浪潮信息")]),
    ]},
    {"name": "调度、性能与调试分论坛", "style": "plain", "host": S("高翔", "阿里云"), "slots": [
        T("13:30", "14:00", "sched_ext 在游戏服务器上的调度策略实验", [S("许文涛", "网易")]),
        T("14:00", "14:30", "混部场景下 CFS 带宽控制引发的长尾延迟分析", [S("朱建军", "百度")]),
        T("14:30", "15:00", "Making perf Work Better on Hybrid Cores", [S("彭飞", "英特尔")]),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "kdump 在大内存机器上的转储加速", [S("谢宇航", "中兴通讯")]),
        T("15:45", "16:15", "用 ftrace 与 BPF 追踪内核软锁定的根因", [S("王晓明", "腾讯云")]),
        T("16:15", "16:45", "工业控制器上 PREEMPT_RT 内核的中断延迟优化", [S("梁国栋", "中国科学院软件研究所")]),
        T("16:45", "17:15", "内核 CI 中的自动二分与回归定位", [S("唐亮", "麒麟软件"), S("曾丽华", "麒麟软件")]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "style": "bar", "host": S("林海峰", "龙芯中科", "系统软件部总监"), "slots": [
        T("13:30", "14:05", "LoongArch 虚拟化中的中断直通与性能评估", [S("王海燕", "龙芯中科", "虚拟化工程师")]),
        T("14:05", "14:40", "RISC-V 服务器平台的 ACPI 支持进展", [S("郭海洋", "阿里巴巴达摩院", "操作系统工程师")]),
        T("14:40", "15:15", "鲲鹏服务器上的 NUMA 亲和与内存带宽隔离", [S("刘建成", "华为", "鲲鹏计算系统工程师")]),
        B("15:15", "15:30", "茶歇"),
        T("15:30", "16:05", "Bringing Up SR-IOV on a Domestic GPU: Driver and IOMMU Notes",
          [S("蒋文杰", "摩尔线程", "驱动开发工程师")]),
        T("16:05", "16:40", "海光平台机密虚拟机的启动与度量", [S("董志刚", "海光信息", "安全架构师")]),
        T("16:40", "17:15", "面向 DPU 的 virtio 后端卸载实践", [S("潘宇鑫", "中科驭数", "软件工程师")]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "style": "plain", "host": S("杨敏", "蚂蚁集团"), "slots": [
        T("13:30", "14:00", "大模型推理集群中 GPU 显存回收与内核的协同", [S("张勇", "百度")]),
        T("14:00", "14:30", "用 eBPF 观测集合通信中的网络抖动与重传", [S("胡博文", "字节跳动")]),
        T("14:30", "15:00", "Writing Verifier-Friendly BPF: Patterns from Production", [S("李娜", "蚂蚁集团")]),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "XDP 负载均衡在训练集群存储网络中的应用", [S("黄志勇", "快手")]),
        T("15:45", "16:15", "训练任务的 CPU 绑核与中断亲和：一次性能回归复盘", [S("刘小平", "商汤科技")]),
        T("16:15", "16:45", "基于 eBPF 的容器运行时安全检测：规则与性能开销", [S("陈冰", "奇安信"), S("李杰", "奇安信")]),
        T("16:45", "17:15", "大模型辅助内核补丁审查：从邮件列表到 CI", [S("沈海波", "清华大学")]),
    ]},
]


# ===========================================================================
# The article page.  Device pixels at 2.75 per CSS px (a 392.7 CSS px viewport on a 1080 px screen).
DPR = 2.75


def P(css):
    return round(css * DPR)


W = 1080
M = P(16)  # the article's side padding
X0, X1 = M, W - M
WHITE = (255, 255, 255)
INK = (51, 51, 51)
DARK = (25, 25, 25)
GREY = (136, 136, 136)
MID = (100, 100, 100)
ACC = (26, 86, 176)  # the account's theme blue
TINT = (234, 241, 252)
LINK = (87, 107, 149)  # WeChat's link blue

F_HEAD = font(P(22), True)
LH_HEAD = round(P(22) * 1.4)
F_META = font(P(14))
F_BODY = font(P(15))
LH_BODY = round(P(15) * 1.75)
F_H2 = font(P(17), True)
F_FORUM = font(P(16), True)
F_HOST = font(P(13))
LH_HOST = round(P(13) * 1.7)
F_TIME = font(P(13), True)
LH_TIME = round(P(13) * 1.6)
F_TITLE = font(P(15), True)
LH_TITLE = round(P(15) * 1.55)
F_SP = font(P(13))
LH_SP = round(P(13) * 1.65)
F_NOTE = font(P(12))
GAP = P(13)  # the blank between two talks

LINES = []  # every printed line: its glyph box on the page, what it is and which slot it belongs to
WRAPS = {}


class Page:
    def __init__(self, height=16000):
        self.im = Image.new("RGB", (W, height), WHITE)
        self.d = ImageDraw.Draw(self.im)
        self.y = 0


def flow(pg, runs, lh, what, key=None, hang=0, centre=False, base=0.74):
    """One paragraph of styled runs [(text, font, fill)] from pg.y, wrapped greedily as a browser wraps CJK text (Latin
    words kept whole, no closing mark at a line's start, no opening mark at a line's end); lines after the first start
    at X0 + hang.  Draws on the baseline, logs every line with its glyph box, moves pg.y under it.  Returns the lines'
    texts."""
    d = pg.d
    width = X1 - X0
    toks = [(t, f, fill) for (text, f, fill) in runs for t in TOKEN.findall(text)]
    lines, cur, x = [], [], 0
    for t, f, fill in toks:
        wr = d.textlength(t.rstrip(), f)
        if cur and t.strip() and x + wr > width:
            if t[0] in NO_LINE_START or (cur[-1][1] in NO_LINE_END and len(cur) > 1):
                carry = cur.pop()
                lines.append(cur)
                cur, x = [(hang, carry[1], carry[2], carry[3])], hang + d.textlength(carry[1], carry[2])
            else:
                lines.append(cur)
                cur, x = [], hang
        if not cur and not t.strip() and "\u3000" not in t:
            continue
        cur.append((x, t, f, fill))
        x += d.textlength(t, f)
    if cur:
        lines.append(cur)
    texts = []
    for i, ln in enumerate(lines):
        by = pg.y + i * lh + round(lh * base)
        shift = 0
        if centre:
            end = ln[-1][0] + d.textlength(ln[-1][1].rstrip(), ln[-1][2])
            shift = (width - end) / 2
        box = None
        for (x, t, f, fill) in ln:
            d.text((X0 + x + shift, by), t, font=f, fill=fill, anchor="ls")
            if t.strip():
                b = d.textbbox((X0 + x + shift, by), t.rstrip(), font=f, anchor="ls")
                box = b if box is None else (min(box[0], b[0]), min(box[1], b[1]), max(box[2], b[2]), max(box[3], b[3]))
        text = "".join(t for (_, t, _, _) in ln).strip()
        LINES.append({"left": box[0], "top": box[1], "right": box[2], "bottom": box[3], "what": what, "key": key,
                      "text": text})
        assert box[2] <= X1 + 1, (what, text)
        texts.append(text)
    pg.y += len(lines) * lh
    return texts


def banner(pg):
    """The cover picture the editor put under the account line: a blue gradient, the edition, the date and place."""
    w, h = X1 - X0, P(150)
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for yy in range(h):
        t = yy / h
        d.line([(0, yy), (w, yy)], fill=(int(10 + 22 * t), int(44 + 46 * t), int(110 + 60 * t)))
    rnd = random.Random(9224)
    for _ in range(80):  # faint network dots and links
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice((2, 3, 4))
        d.ellipse([x - r, y - r, x + r, y + r], fill=(80, 140, 215))
        if rnd.random() < 0.4:
            d.line([(x, y), (x + rnd.randrange(-110, 110), y + rnd.randrange(-60, 60))], fill=(48, 96, 168), width=1)
    d.text((50, 80), "CHINA LINUX KERNEL DEVELOPERS CONFERENCE", font=font(22, True), fill=(150, 200, 245), anchor="ls")
    d.text((50, 180), "CLK 9224", font=font(88, True), fill=WHITE, anchor="ls")
    d.text((50, 258), NTH + "中国Linux内核开发者大会", font=font(40, True), fill=WHITE, anchor="ls")
    d.rounded_rectangle([50, 300, 430, 360], radius=30, fill=(255, 196, 40))
    d.text((240, 340), "10.26 · 湖南长沙", font=font(32, True), fill=(10, 40, 90), anchor="ms")
    cx, cy = w - 140, 200  # a penguin-ish emblem at the right
    d.ellipse([cx - 84, cy - 104, cx + 84, cy + 104], fill=(20, 20, 30))
    d.ellipse([cx - 58, cy - 38, cx + 58, cy + 98], fill=(245, 245, 245))
    d.ellipse([cx - 36, cy - 74, cx - 13, cy - 47], fill=WHITE)
    d.ellipse([cx + 13, cy - 74, cx + 36, cy - 47], fill=WHITE)
    d.ellipse([cx - 28, cy - 66, cx - 19, cy - 55], fill=(0, 0, 0))
    d.ellipse([cx + 19, cy - 66, cx + 28, cy - 55], fill=(0, 0, 0))
    d.polygon([(cx - 20, cy - 40), (cx + 20, cy - 40), (cx, cy - 21)], fill=(255, 196, 40))
    pg.im.paste(im, (X0, pg.y))
    LINES.append({"left": X0, "top": pg.y, "right": X1, "bottom": pg.y + h, "what": "banner", "key": None,
                  "text": "[banner]"})
    pg.y += h


def account_line(pg):
    """'原创' tag, the author, the account in link blue; the publishing date and time and the province."""
    d = pg.d
    x = X0
    by = pg.y + 46
    tf = font(P(12))
    tag = "原创"
    w_ = d.textlength(tag, tf)
    d.rounded_rectangle([x, by - 36, x + w_ + 20, by + 8], radius=6, fill=(242, 242, 242))
    d.text((x + 10, by - 2), tag, font=tf, fill=(140, 140, 140), anchor="ls")
    x += w_ + 20 + 22
    parts = [(AUTHOR, GREY), (ACCOUNT, LINK), (PUBLISHED, GREY), (PROVINCE, GREY)]
    rows = 1
    for t, col in parts:
        if x + d.textlength(t, F_META) > X1:
            x, by, rows = X0, by + 64, rows + 1
        d.text((x, by), t, font=F_META, fill=col, anchor="ls")
        b = d.textbbox((x, by), t, font=F_META, anchor="ls")
        LINES.append({"left": b[0], "top": b[1], "right": b[2], "bottom": b[3], "what": "meta", "key": None, "text": t})
        x += d.textlength(t, F_META) + 26
    assert rows == 2
    pg.y += 90 + 64


def h2(pg, text):
    """A section heading as the editor's template sets it: bold text centred between two short blue rules."""
    pg.y += P(24)
    f = F_H2
    w_ = pg.d.textlength(text, f)
    mid = pg.y + P(14)
    pg.d.line([(W / 2 - w_ / 2 - 150, mid), (W / 2 - w_ / 2 - 30, mid)], fill=ACC, width=4)
    pg.d.line([(W / 2 + w_ / 2 + 30, mid), (W / 2 + w_ / 2 + 150, mid)], fill=ACC, width=4)
    flow(pg, [(text, f, ACC)], P(28), "h2", centre=True, base=0.72)
    pg.y += P(6)


def forum_head(pg, i, f):
    """A forum's heading: the name in white bold on a filled blue pill, centred; the host line centred under it."""
    key = (i, None)
    pg.y += P(30) if i else P(10)
    fnt = F_FORUM
    w_ = pg.d.textlength(f["name"], fnt)
    h = P(34)
    x = (W - w_) / 2 - P(18)
    pg.d.rounded_rectangle([x, pg.y, W - x, pg.y + h], radius=h // 2, fill=ACC)
    mid = pg.y + h / 2
    pg.d.text((W / 2, mid), f["name"], font=fnt, fill=WHITE, anchor="mm")
    b = pg.d.textbbox((W / 2, mid), f["name"], font=fnt, anchor="mm")
    LINES.append({"left": b[0], "top": b[1], "right": b[2], "bottom": b[3], "what": "heading", "key": key,
                  "text": f["name"]})
    pg.y += h + P(8)
    host = f["host"]
    if f["style"] == "plain":
        runs = [("主持人：", F_HOST, MID), (host["name"], F_HOST, MID), ("\u3000" + host["company"], F_HOST, MID)]
    else:
        runs = [("主持人：", F_HOST, MID), (host["name"], F_HOST, MID), (" | " + aff(host, "bar"), F_HOST, MID)]
    assert len(flow(pg, runs, LH_HOST, "host", key, centre=True)) == 1
    pg.y += P(6)


def speaker_runs(sp, style, label=None):
    lab = [(label, F_SP, MID)] if label else []
    if style == "plain":
        return lab + [(sp["name"], F_SP, INK), ("\u3000" + sp["company"], F_SP, GREY)]
    return lab + [(sp["name"], F_SP, INK), (" | " + aff(sp, "bar"), F_SP, GREY)]


def speaker_line(pg, runs, key, what="speaker"):
    assert len(flow(pg, runs, LH_SP, what, key)) == 1, runs


def talk_block(pg, s, key, style, first):
    """The time range on its own line, the title in bold (wrapping back to the margin), the speaker line(s); a break
    is one line, the range and the label."""
    pg.y += P(4) if first else GAP
    rng = "%s-%s" % (s["start"], s["end"])
    if s["kind"] == "break":
        flow(pg, [(rng, F_TIME, ACC), ("\u3000" + s["title"], font(P(13)), MID)], LH_TIME, "range", key)
        return
    flow(pg, [(rng, F_TIME, ACC)], LH_TIME, "range", key)
    WRAPS[key] = flow(pg, [(s["title"], F_TITLE, DARK)], LH_TITLE, "title", key)
    pg.y += P(2)
    sp = s["sp"]
    if s["kind"] == "panel":
        speaker_line(pg, speaker_runs(sp[0], style, "主持人："), key, "moderator")
        for j, g in enumerate(sp[1:]):
            speaker_line(pg, speaker_runs(g, style, "嘉宾：" if j == 0 else "\u3000" * 3), key, "guest")
    elif s["form"] == "shared":
        assert len(sp) == 2 and sp[0]["company"] == sp[1]["company"] and style == "plain"
        speaker_line(pg, [(sp[0]["name"] + "、" + sp[1]["name"], F_SP, INK), ("\u3000" + sp[0]["company"], F_SP, GREY)],
                     key)
    else:
        for p in sp:
            speaker_line(pg, speaker_runs(p, style), key)


AGENDA_END = [0]


def article():
    LINES.clear()
    WRAPS.clear()
    pg = Page()
    pg.y = P(20)
    flow(pg, [(HEADLINE, F_HEAD, DARK)], LH_HEAD, "headline")
    pg.y += P(6)
    account_line(pg)
    banner(pg)
    pg.y += P(16)
    for p in LEAD:
        flow(pg, [(p, F_BODY, INK)], LH_BODY, "lead")
        pg.y += P(10)
    h2(pg, "大会议程")
    for i, f in enumerate(FORUMS):
        if i == 1:
            pg.y += P(22)
            flow(pg, [(AFTERNOON, F_HOST, GREY)], LH_HOST, "afternoon", centre=True)
        forum_head(pg, i, f)
        for j, s in enumerate(f["slots"]):
            talk_block(pg, s, (i, j), f["style"], j == 0)
    AGENDA_END[0] = pg.y
    pg.y += P(24)
    flow(pg, [(CLOSING, F_NOTE, GREY)], LH_HOST, "note")
    h2(pg, "报名方式")
    flow(pg, [("本次大会免费参加，现场名额 500 人，长按识别下方二维码即可报名，报名成功后会收到短信确认。", F_BODY, INK)],
         LH_BODY, "para")
    pg.y += P(12)
    q = 360
    qrcode(pg.d, (W - q) / 2, pg.y, q, seed_of("CLK 9224 报名"))
    LINES.append({"left": (W - q) / 2, "top": pg.y, "right": (W + q) / 2, "bottom": pg.y + q, "what": "qr", "key": None,
                  "text": "[qr]"})
    pg.y += q + P(8)
    flow(pg, [("长按识别二维码，报名参会", F_NOTE, GREY)], LH_HOST, "qr", centre=True)
    h2(pg, "关于CLK")
    flow(pg, [(ABOUT, F_BODY, INK)], LH_BODY, "para")
    pg.y += P(30)
    d = pg.d
    f = font(P(14))
    d.text((X0, pg.y + 40), "阅读原文", font=f, fill=LINK, anchor="ls")
    d.text((X1, pg.y + 40), "阅读 8391", font=f, fill=GREY, anchor="rs")
    LINES.append({"left": X0, "top": pg.y, "right": X1, "bottom": pg.y + 44, "what": "foot", "key": None,
                  "text": "阅读原文 / 阅读 8391"})
    pg.y += P(40)
    d.line([(X0, pg.y), (X1, pg.y)], fill=(236, 236, 236), width=2)
    pg.y += P(16)
    cells = ["分享", "收藏", "赞 " + LIKES, "推荐 " + WOWS]  # the row of actions under the article
    cw = (X1 - X0) / len(cells)
    fi = font(P(12))
    for i, txt in enumerate(cells):
        cx = X0 + cw * i + cw / 2
        d.ellipse([cx - 22, pg.y, cx + 22, pg.y + 44], outline=(120, 120, 120), width=3)
        d.text((cx, pg.y + 100), txt, font=fi, fill=(120, 120, 120), anchor="ms")
        b = d.textbbox((cx, pg.y + 100), txt, font=fi, anchor="ms")
        LINES.append({"left": b[0], "top": b[1], "right": b[2], "bottom": b[3], "what": "foot", "key": None,
                      "text": txt})
    pg.y += P(60)
    return pg.im.crop((0, 0, W, pg.y))


# ===========================================================================
# The phone: WeChat on an Android phone (1080 x 2340); a light status bar, WeChat's article bar, the page, the
# three-button navigation bar.  The reader scrolls down by hand and takes a screenshot at each stop.
SHOT_W, SHOT_H = 1080, 2340
BAR_H = 84  # the status bar
WX_H = 144  # WeChat's article bar
NAV_H = 126  # the three-button navigation bar (48 dp)
TOP = BAR_H + WX_H
VIEW = SHOT_H - TOP - NAV_H  # page rows shown
SHOT_DAY = "9224-10-22"  # the Tuesday before the meeting
SHOT_TIMES = ["22-14-05-331", "22-14-12-870", "22-14-19-046", "22-14-26-512", "22-14-33-297", "22-14-40-915",
              "22-14-47-630", "22-14-54-208", "22-15-01-774"]
SHOT_BATTERY = ["41", "41", "41", "41", "40", "40", "40", "40", "40"]
OV_MIN, OV_MAX = 110, 260  # overlap between consecutive screenshots, in page rows (two to five printed lines)
PLAN_SEED = 22400
SLICE = (0.2, 0.8)  # an edge through a line cuts it between 20 % and 80 % of its height ...
CLEAR = 3  # ... or stands at least 3 px off it


def box(ln):
    return (ln["left"], ln["top"], ln["right"], ln["bottom"], ln["text"])


def slot_lines():
    """Each slot's boxes: (its range and title lines, its other lines)."""
    out = {}
    for i, f in enumerate(FORUMS):
        for j, s in enumerate(f["slots"]):
            rt = [ln for ln in LINES if ln["key"] == (i, j) and ln["what"] in ("range", "title")]
            other = [ln for ln in LINES if ln["key"] == (i, j) and ln["what"] not in ("range", "title")]
            assert rt and (len(other) > 0) == (s["kind"] != "break"), (i, j)
            out[(i, j)] = ([box(b) for b in rt], [box(b) for b in other])
    return out


def edge_cuts(e, boxes):
    """The lines an edge at page row e slices, or None if it passes too near a line's top or foot (set 188's)."""
    cut = []
    for b in boxes:
        x0, y0, x1, y1, text = b
        if y1 <= e - CLEAR or y0 >= e + CLEAR:
            continue
        fr = (e - y0) / max(1e-6, y1 - y0)
        if not SLICE[0] <= fr <= SLICE[1]:
            return None
        cut.append(text)
    return cut


def whole(b, a):
    return b[1] >= a and b[3] <= a + VIEW


def plan_shots(boxes, slots, end, height):
    """The screenshots' first page rows: the first at the page's top, each next one OV_MIN..OV_MAX rows above where
    the last one ended, chosen (seeded) among the rows whose edges are clean and where no slot is counted with a
    speaker line cut; the last one also shows the last talk with room to spare."""
    starts, counted = [], {}
    while len(counted) < len(slots):
        n = len(starts)
        assert n < 9, "more than nine screenshots"
        cands = [0] if n == 0 else [starts[-1] + VIEW - ov for ov in range(OV_MIN, OV_MAX + 1)]
        ok = []
        for a in cands:
            if a + VIEW > height:
                continue
            if (n and edge_cuts(a, boxes) is None) or edge_cuts(a + VIEW, boxes) is None:
                continue
            new = [s for s in slots if s not in counted and all(whole(b, a) for b in slots[s][0])]
            if not all(all(whole(b, a) for b in slots[s][1]) for s in new):
                continue
            if len(counted) + len(new) == len(slots) and a + VIEW < end + 60:
                continue
            ok.append((a, new))
        assert ok, ("no clean stop", n, starts, len(counted), len(slots))
        a, new = ok[0] if n == 0 else random.Random(PLAN_SEED + n).choice(ok)
        starts.append(a)
        for s in new:
            counted[s] = n
    return starts, counted


def status_bar(im, clock, battery):
    """A light Android status bar: the clock and two notification icons at the left; signal bars, '5G', wifi, the
    battery's level and the battery at the right, in near-black."""
    d = ImageDraw.Draw(im)
    ink = (20, 20, 20)
    d.rectangle([0, 0, SHOT_W, BAR_H - 1], fill=WHITE)
    cy = BAR_H // 2
    d.text((54, cy), clock, font=font(34), fill=ink, anchor="lm")
    x = 54 + tw(d, clock, font(34)) + 24
    d.ellipse([x, cy - 12, x + 22, cy + 6], outline=ink, width=3)  # the chat app's bubbles
    d.polygon([(x + 4, cy + 2), (x + 2, cy + 12), (x + 12, cy + 5)], fill=ink)
    d.ellipse([x + 11, cy - 5, x + 33, cy + 13], outline=ink, width=3)
    x += 50  # an alarm clock
    d.ellipse([x, cy - 11, x + 24, cy + 13], outline=ink, width=3)
    d.line([(x + 12, cy - 4), (x + 12, cy + 2), (x + 17, cy + 5)], fill=ink, width=3)
    x = 760
    for i, h in enumerate((10, 16, 22, 28)):
        d.rectangle([x + i * 9, cy + 13 - h, x + i * 9 + 5, cy + 13], fill=ink)
    x += 50
    d.text((x, cy), "5G", font=font(26, True), fill=ink, anchor="lm")
    wx, wy = x + 76, cy + 15  # wifi
    d.pieslice([wx - 7, wy - 12, wx + 7, wy + 2], 225, 315, fill=ink)
    for r in (17, 27):
        d.arc([wx - r, wy - r - 5, wx + r, wy + r - 5], 225, 315, fill=ink, width=5)
    d.text((950, cy), battery, font=font(27), fill=ink, anchor="rm")
    d.rounded_rectangle([958, cy - 13, 1010, cy + 13], radius=6, outline=ink, width=3)
    d.rounded_rectangle([963, cy - 8, 963 + round(42 * int(battery) / 100), cy + 8], radius=3, fill=ink)
    d.rounded_rectangle([1012, cy - 5, 1017, cy + 5], radius=2, fill=ink)


def wechat_bar(im):
    """WeChat's article bar: a close cross at the left, '···' at the right, a hairline under it."""
    d = ImageDraw.Draw(im)
    y0, y1 = BAR_H, BAR_H + WX_H
    d.rectangle([0, y0, SHOT_W, y1 - 1], fill=WHITE)
    cy = (y0 + y1) // 2
    ink = (25, 25, 25)
    d.line([(52, cy - 20), (92, cy + 20)], fill=ink, width=5)
    d.line([(52, cy + 20), (92, cy - 20)], fill=ink, width=5)
    for i in range(3):
        d.ellipse([SHOT_W - 112 + i * 26, cy - 6, SHOT_W - 100 + i * 26, cy + 6], fill=ink)
    d.line([(0, y1 - 1), (SHOT_W, y1 - 1)], fill=(235, 235, 235), width=2)


def nav_bar(im):
    """Android's three-button navigation bar, light: back, home, recents in dark grey."""
    d = ImageDraw.Draw(im)
    top = SHOT_H - NAV_H
    d.rectangle([0, top, SHOT_W, SHOT_H], fill=(248, 248, 248))
    g, cy = (70, 70, 70), top + NAV_H // 2
    d.polygon([(250, cy), (280, cy - 18), (280, cy + 18)], outline=g, width=4)
    d.ellipse([540 - 19, cy - 19, 540 + 19, cy + 19], outline=g, width=4)
    d.rounded_rectangle([812, cy - 17, 846, cy + 17], radius=4, outline=g, width=4)


def screenshot(page, a, n):
    im = Image.new("RGB", (SHOT_W, SHOT_H), WHITE)
    im.paste(page.crop((0, a, SHOT_W, a + VIEW)), (0, TOP))
    status_bar(im, SHOT_TIMES[n][:5].replace("-", ":"), SHOT_BATTERY[n])
    wechat_bar(im)
    nav_bar(im)
    return im


def shot_name(n):
    return "Screenshot_%s-%s_com.tencent.mm.png" % (SHOT_DAY, SHOT_TIMES[n])


# ===========================================================================
def people():
    out = []
    for f in FORUMS:
        out.append(f["host"]["name"])
        for s in f["slots"]:
            out += [sp["name"] for sp in s["sp"]]
    return out


def is_latin(text):
    return bool(re.fullmatch(r"[A-Za-z0-9 :'_\-,./?]+", text))


COMMON = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")  # the 100 (set 188's)
TOP5 = "王李张刘陈"
TOP20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names
UNCOMMON = ["缪", "阚"]
EVERYDAY = set("伟明磊涛军华勇强杰婷静丽鹏飞斌超建国海燕志晓东洋刚文俊娟雪梅佳敏峰亮平宇翔娜凯栋颖扬晨冰波辉阳程鑫博红永"
               "帆航一小朝成")  # every character of every given name (set 214's, and 一 小 朝 成)
SURNAME_COUNTS = {"王": 4, "李": 4, "张": 3, "刘": 3, "陈": 3, "杨": 2, "黄": 2, "周": 2}  # every other surname once


def check(shots, starts, height):
    """A Saturday; CLK2025's six forums in order; nobody printed twice; no real name or deck title; slots
    contiguous; the brief's ingredients; surnames mostly common ones in roughly their proportions."""
    assert saturday(DATE), DATE
    assert int(YEAR) - 2005 == int(NTH[1:5]), (YEAR, NTH)  # 2023 was the 18th
    assert [f["name"] for f in FORUMS] == SIX
    ppl = [plain(p) for p in people()]
    assert len(ppl) == len(set(ppl)), sorted(p for p in ppl if ppl.count(p) > 1)
    assert not set(ppl) & set(REAL_NAMES), set(ppl) & set(REAL_NAMES)
    chinese = [p for p in ppl if not p.isascii()]
    assert all(2 <= len(p) <= 3 for p in chinese)
    given = [p[1:] for p in chinese]
    assert len(given) == len(set(given)), sorted(g for g in given if given.count(g) > 1)
    assert set("".join(given)) <= EVERYDAY, set("".join(given)) - EVERYDAY
    rare = sorted(p[0] for p in chinese if p[0] not in COMMON)
    assert rare == sorted(UNCOMMON), rare
    counts = {}
    for p in chinese:
        counts[p[0]] = counts.get(p[0], 0) + 1
    top5 = sum(1 for p in chinese if p[0] in TOP5)
    top20 = sum(1 for p in chinese if p[0] in TOP20)
    two = sum(len(p) == 2 for p in chinese)
    print("surnames:", len(chinese), "top5", top5, "top20", top20, "two-character", two,
          sorted(counts.items(), key=lambda kv: -kv[1]))
    assert {s: v for s, v in counts.items() if v > 1} == SURNAME_COUNTS, counts
    assert set(TOP20) <= set(counts), set(TOP20) - set(counts)
    assert (len(chinese), top5, top20, two) == (53, 17, 35, 20), (len(chinese), top5, top20, two)
    words = listing_words()
    slots = [s for f in FORUMS for s in f["slots"]]
    titles = [s["title"] for s in slots if s["kind"] != "break"]
    assert len(titles) == len(set(titles))
    for x in ppl + [t for t in titles if t != "开幕致辞"]:
        assert x not in words and x.replace(" ", "") not in words.replace(" ", ""), x
    for f in FORUMS:
        prev = None
        for s in f["slots"]:
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"]) and s["start"] < s["end"]
            assert prev is None or s["start"] == prev["end"], s
            prev = s
            if s["kind"] == "talk":
                assert 1 <= len(s["sp"]) <= 2, s
            assert plain(f["host"]["name"]) not in [plain(sp["name"]) for sp in s["sp"]]
        assert [s["title"] for s in f["slots"]].count("茶歇") == 1, f["name"]
        if f["name"] == "主论坛":
            assert f["slots"][0]["title"] == "开幕致辞" and f["slots"][0]["start"] == "09:00"
            assert f["slots"][-1]["title"] == "午餐" and f["slots"][-1]["end"] == "13:30"
        else:
            assert f["slots"][0]["start"] == "13:30" and f["slots"][-1]["kind"] == "talk"
            assert f["slots"][-1]["end"] == "17:15"
    panels = [s for s in slots if s["kind"] == "panel"]
    assert len(panels) == 1 and len(panels[0]["sp"]) == 5 and panels[0]["title"].startswith("圆桌讨论：")
    assert [sum(1 for s in f["slots"] if s["kind"] == "talk" and len(s["sp"]) == 2) for f in FORUMS] == [1, 1, 1, 1, 0, 1]
    assert [s["form"] for s in slots if s["form"]] == ["shared"]
    latin = [sp["name"] for s in slots for sp in s["sp"] if is_latin(sp["name"])]
    assert latin == ["Lukas Brenner"], latin
    english = [sum(1 for s in f["slots"] if s["kind"] == "talk" and is_latin(s["title"])) for f in FORUMS]
    assert english == [1] * 6, english
    assert [f["style"] for f in FORUMS] == ["bar", "plain", "bar", "plain", "bar", "plain"]
    for key, tl in WRAPS.items():
        s = FORUMS[key[0]]["slots"][key[1]]
        # the lines are the title cut at its breaks; a space the browser dropped at a break is the title's own
        rest = s["title"]
        for ln in tl:
            assert rest.startswith(ln), (tl, rest)
            rest = rest[len(ln):].lstrip(" ")
        assert rest == "", tl
        assert len(tl[-1].replace(" ", "")) >= 2, ("a lone character on the last line", tl)
    # the screenshots: every slot once, in page order within its forum, each forum in order
    whole_day = {}
    for shot in shots:
        assert shot["date"] == DATE and shot["forums"]
        for f in shot["forums"]:
            assert f["date"] == DATE and f["slots"]
            whole_day.setdefault(f["forum"], []).extend(f["slots"])
    assert list(whole_day) == SIX
    for f in FORUMS:
        assert whole_day[f["name"]] == [truth_slot(s, f["host"]["name"], f["style"]) for s in f["slots"]], f["name"]
    assert 6 <= len(starts) <= 9 and starts[0] == 0
    assert all(OV_MIN <= a + VIEW - b <= OV_MAX for a, b in zip(starts, starts[1:]))
    assert starts[-1] + VIEW <= height
    # no two printed lines overlap
    bx = sorted((ln for ln in LINES), key=lambda ln: ln["top"])
    for p_, q_ in zip(bx, bx[1:]):
        assert p_["bottom"] <= q_["top"] + 2 or p_["right"] <= q_["left"] or q_["right"] <= p_["left"], (p_, q_)
    n = sum(1 for s in slots if s["kind"] != "break")
    assert 36 <= n <= 48, n
    return n


# ---------------------------------------------------------------------------
# pinned after the first drawing (DRAFT=1 skips these): the titles printed over two lines, per screenshot the forums
# whose slots it counts with how many slots, its scored talks, and what its top edge (None for the first) and its foot
# edge slice
WRAPPED = [
    "Upstream First: What Ten Years of Enterprise Kernel Maintenance Taught Us",
    "Proactive Reclaim with memory.reclaim: Lessons from a Large Fleet",
    "基于 EROFS 的手机系统分区压缩：空间与启动速度的平衡",
    "NVMe Passthrough with io_uring: Bypassing the Block Layer Safely",
    "分布式存储客户端的 FUSE 性能瓶颈与 passthrough 改造",
    "Bringing Up SR-IOV on a Domestic GPU: Driver and IOMMU Notes",
    "Writing Verifier-Friendly BPF: Patterns from Production",
]
SHOT_SLOTS = [[("主论坛", 1)], [("主论坛", 7)], [("内存管理与优化分论坛", 8)], [("文件系统与存储分论坛", 6)],
              [("文件系统与存储分论坛", 1), ("调度、性能与调试分论坛", 7)],
              [("调度、性能与调试分论坛", 1), ("硬件架构与异构计算分论坛", 6)],
              [("硬件架构与异构计算分论坛", 1), ("AI 基础设施与 eBPF 应用分论坛", 6)], [("AI 基础设施与 eBPF 应用分论坛", 2)]]
SHOT_SCORED = [1, 5, 7, 5, 7, 6, 6, 2]
EXPECTED_CUTS = [(None, []), (["缪建国 | 湖南大学 副校长"], []), ([], []), ([], []), ([], []), ([], []),
                 ([], ["16:15-16:45"]), ([], [])]
PAGE_SIZE = (1080, 15064)


def slot_words(s, style):
    """A short description of a slot for the layout strings."""
    rng = "%s-%s" % (s["start"], s["end"])
    if s["kind"] == "break":
        return "'%s　%s'" % (rng, s["title"])
    names = " and ".join(sp["name"] for sp in s["sp"])
    if s["kind"] == "panel":
        return "'%s' '%s' (the round table: moderator %s, guests %s)" % (
            rng, s["title"], s["sp"][0]["name"], ", ".join(sp["name"] for sp in s["sp"][1:]))
    return "'%s' '%s' (%s)" % (rng, s["title"], names)


PHONE = (
    "An Android phone (1080 x 2340) showing the conference account's WeChat ARTICLE at 2.75 device px per CSS px: a "
    "white status bar (84 px: the clock, a chat icon and an alarm icon at the left; signal bars, '5G', wifi, the "
    "battery level and a battery at the right), WeChat's article bar (144 px: a close cross at the left, '···' at the "
    "right, a hairline), 1986 rows of the white article page, the light three-button navigation bar (126 px). The "
    "agenda is the article's own TEXT: per forum a filled blue pill with the forum's name in white bold (44 px), "
    "centred, and a centred grey host line under it; per talk a line with the range alone (36 px bold blue), the "
    "title in bold (41 px, wrapping back to the margin) and one line per speaker (36 px): 'name　company' (name dark, "
    "one full-width space, company grey) in 内存管理与优化分论坛, 调度、性能与调试分论坛 and AI 基础设施与 eBPF 应用分论坛, "
    "'name | company job' in 主论坛, 文件系统与存储分论坛 and 硬件架构与异构计算分论坛; tea and lunch as one line "
    "'range　茶歇' / 'range　午餐'.")


def layout_of(n, a, prev_end, counted, cuts):
    """Describe screenshot n automatically from what it shows."""
    shown = [ln for ln in LINES if ln["top"] >= a and ln["bottom"] <= a + VIEW]
    heads = [ln["text"] for ln in shown if ln["what"] == "heading"]
    parts = ["CLK 9224 (%s), 长沙, %s, screenshot %d of %d (%s, page rows %d-%d%s)." % (
        NTH, DATE, n + 1, len(SHOT_TIMES_USED), shot_name(n), a, a + VIEW,
        "" if n == 0 else ", %d rows shared with screenshot %d" % (prev_end - a, n))]
    if n == 0:
        parts.append(PHONE + " This one shows the article from its top: the headline '%s' in bold, the account line "
                     "(a grey '原创' tag, '%s', the account '%s' in link blue, on a second line the PUBLISHING date '%s' "
                     "and '%s'), the banner ('CLK 9224', '%s中国Linux内核开发者大会', a yellow pill '10.26 · 湖南长沙'), "
                     "the lead paragraphs, the heading '大会议程'." % (HEADLINE, AUTHOR, ACCOUNT, PUBLISHED, PROVINCE, NTH))
    top_cut, foot_cut = cuts
    if top_cut:
        parts.append("Under WeChat's bar the line(s) %s SLICED by the edge." % ", ".join("'%s'" % t for t in top_cut))
    first = shown[0] if shown else None
    if n and first is not None:
        parts.append("The first whole line is '%s'." % first["text"])
    if heads:
        parts.append("Forum headings shown whole: %s." % ", ".join("'%s'" % h for h in heads))
    else:
        parts.append("No forum heading is shown whole.")
    hosts = [ln["text"] for ln in shown if ln["what"] == "host"]
    parts.append("Host lines shown whole: %s." % (", ".join("'%s'" % h for h in hosts) if hosts else "none"))
    mine = []
    for i, f in enumerate(FORUMS):
        ss = [slot_words(s, f["style"]) for j, s in enumerate(f["slots"]) if counted[(i, j)] == n]
        if ss:
            mine.append("%s (host %s): %s" % (f["name"], f["host"]["name"], "; ".join(ss)))
    parts.append("Counted here: " + " | ".join(mine) + ".")
    if foot_cut:
        parts.append("At the foot the line(s) %s SLICED by the edge." % ", ".join("'%s'" % t for t in foot_cut))
    last = shown[-1] if shown else None
    if last is not None:
        parts.append("The last whole line is '%s'." % last["text"])
    scored = sum(1 for i, f in enumerate(FORUMS) for j, s in enumerate(f["slots"])
                 if counted[(i, j)] == n and s["kind"] != "break")
    parts.append("%d scored." % scored)
    return " ".join(parts)


SHOT_TIMES_USED = []

NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 151, 214): speakers are names as printed with spaces "
    "removed (the one Latin name 'Lukas Brenner' -> 'LukasBrenner'); host is the name after '主持人：' on the centred line "
    "under each forum's pill (what follows the name on that line is no affiliation of any slot), null for breaks; "
    "start/end HH:MM on a 24-hour clock; '开幕致辞' with a speaker is a talk (the opening address); '茶歇' and '午餐' are "
    "breaks; '午餐' closes 主论坛; an afternoon forum ends with its last talk; every forum's date is the edition's. ONE "
    "invented edition, CLK 9224 (第7219届, 长沙, 湖南大学, Saturday 9224-10-26), with CLK2025's six forum folder names "
    "without their numbers, in folder order (主论坛 in the morning, the other five in parallel from 13:30), published as "
    "the conference account's WeChat ARTICLE and handed on as a reader would: read in WeChat on an Android phone and "
    "passed on as EIGHT overlapping screenshots (PNG 1080 x 2340: a white status bar, WeChat's article bar with a close "
    "cross and '···', the page, the three-button navigation bar) taken while scrolling down by hand; consecutive "
    "screenshots share 125 to 221 page rows. Each screenshot is one entry of 'posters' holding the forums whose slots it "
    "COUNTS, in printed order. Judgement calls: (1) A slot counts ONCE, in the FIRST screenshot where its range line and "
    "every line of its title lie wholly inside the page area (under WeChat's bar, above the navigation bar); the stops "
    "were chosen so that this screenshot also shows all the slot's speaker lines whole (for the round table the "
    "'主持人：' line and the four guest lines). A line sliced by a screen edge is NOT shown there (every sliced line is "
    "cut between 20 % and 80 % of its height, every other line stands at least 3 px off each edge): the range "
    "'16:15-16:45' sliced at the foot of screenshot 7 counts in 8; the speaker line '缪建国 | 湖南大学 副校长' sliced at "
    "the top of 2 belongs to the opening address counted in 1. A slot repeated whole in the next screenshot's overlap is "
    "not listed again. (2) A forum spread over several screenshots is in each entry that counts some of its slots, "
    "under its own name and host, though the later screenshot prints neither: 文件系统与存储分论坛's last talk counts "
    "in 5, 调度、性能与调试分论坛's last talk in 6, 硬件架构与异构计算分论坛's last talk in 7 and AI 基础设施与 eBPF "
    "应用分论坛's last two talks in 8, each under nothing but the talks before it; 内存管理与优化分论坛's pill is whole "
    "at the foot of 2 without its host line, and again, with the host line, at the top of 3, which counts its slots. "
    "(3) Each talk is printed as lines: the range alone on a line, the title in bold under it, then the speaker line(s). "
    "Two styles of speaker line, one per forum (as an editor pastes what each forum's chair sent): 'name　company' (one "
    "full-width space; 内存管理与优化分论坛, 调度、性能与调试分论坛, AI 基础设施与 eBPF 应用分论坛 and their hosts' lines): "
    "the affiliation is the company alone; 'name | company job' (主论坛, 文件系统与存储分论坛, 硬件架构与异构计算分论坛 and "
    "their hosts' lines): the affiliation is 'company job' joined by one space ('华为 openEuler 内核首席架构师', 'SUSE "
    "Senior Kernel Engineer'), or the company alone where no job is printed ('曹永刚 | 浪潮信息'). The bar '|' and the "
    "full-width space are no part of a name or an affiliation. (4) Two speakers of one talk on two lines are given top "
    "then bottom, each with the affiliation on his own line (杨一帆 / 周婷, 韩建东 / 吴雪, 唐亮 / 曾丽华, 陈冰 / 李杰); "
    "two names joined by '、' before ONE company ('李强、郑文凯　英特尔') are two speakers who both get that company. (5) The "
    "round table '圆桌讨论：大模型时代，内核开发者的新角色' (11:45-12:25, 主论坛) is ONE slot of kind 'panel': the "
    "moderator after '主持人：' (陈晓东) first, then the guests after '嘉宾：' and on the three indented lines under it in "
    "printed order (李明辉, 孙丽, 赵鹏飞, 阚文斌), each with his own 'company job'; the labels '主持人：' and '嘉宾：' are no "
    "part of a name; its title keeps '圆桌讨论：'; its host is the forum's (罗文军), not the moderator. (6) Tea and lunch "
    "are ONE line each, the range then the label ('10:20-10:35　茶歇', '12:25-13:30　午餐'): the label is the title. (7) "
    "A title wrapped over two lines (back to the left margin) is ONE title: joined with a space where the text has one "
    "(between Latin words, and 'passthrough' / '改造', where the browser dropped the title's space at the break), without "
    "one inside Chinese text ('…空间与启动速度的' / '平衡'); seven titles wrap, none over more than two lines. (8) The "
    "headline '议程公布 | 第7219届中国Linux内核开发者大会全天议程', the account line ('原创', 'CLK组委会', "
    "'CLK内核开发者大会' and the PUBLISHING date and time '9224年10月21日 20:00', '湖南'), the banner ('CLK 9224', "
    "'10.26 · 湖南长沙'), the lead paragraph (its '10月26日（周六）' is the meeting's date, and its running text names "
    "topics such as 'AI 基础设施与 eBPF', which are no forums), '大会议程', the centred line '— 下午 · 五个分论坛同时进行 —', "
    "'*以上议程如有调整，以大会现场为准', '报名方式' and its paragraph ('500 人'), the QR caption, '关于CLK' and its paragraph "
    "are no names, titles, forums or slots; so are the status bar's clock ('22:14') and battery ('41', '40') and the "
    "file names' date and time (9224-10-22, the Tuesday before). 39 scored talks (6 + 7 + 6 + 7 + 6 + 7; the opening "
    "address and the round table among 主论坛's 6); 7 breaks. Surnames of the 53 Chinese people: 王 4, 李 4, 张 3, 刘 3, "
    "陈 3, 杨 2, 黄 2, 周 2 and 30 others once each, all twenty commonest among them; two uncommon ones: 缪 (缪建国, the "
    "opening address) and 阚 (阚文斌, a round-table guest). One Latin name (Lukas Brenner, SUSE).")
DRAFT = os.environ.get("DRAFT")


def main():
    page = article()
    print("page %d x %d" % page.size)
    if DRAFT:
        os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
        page.save(os.path.join(HERE, "tmp", "page.png"))
    boxes = [box(ln) for ln in LINES]
    slots = slot_lines()
    starts, counted = plan_shots(boxes, slots, AGENDA_END[0], page.size[1])
    SHOT_TIMES_USED[:] = SHOT_TIMES[:len(starts)]
    print("starts", starts, "overlaps", [a + VIEW - b for a, b in zip(starts, starts[1:])], "agenda end", AGENDA_END[0])
    shots = []
    got_slots, got_scored, got_cuts = [], [], []
    for n, a in enumerate(starts):
        shot = screenshot(page, a, n)
        path = os.path.join(HERE, shot_name(n))
        shot.save(path, "PNG")
        forums = []
        for i, f in enumerate(FORUMS):
            mine = [truth_slot(s, f["host"]["name"], f["style"]) for j, s in enumerate(f["slots"]) if counted[(i, j)] == n]
            if mine:
                forums.append({"forum": f["name"], "date": DATE, "slots": mine})
        scored = sum(1 for f in forums for s in f["slots"] if s["kind"] != "break")
        cuts = ((edge_cuts(a, boxes) if n else None), edge_cuts(a + VIEW, boxes))
        got_slots.append([(f["forum"], len(f["slots"])) for f in forums])
        got_scored.append(scored)
        got_cuts.append(cuts)
        print(shot_name(n), os.path.getsize(path), "rows", a, a + VIEW, got_slots[-1], "scored", scored, "cuts", cuts)
        assert shot.size == (SHOT_W, SHOT_H)
        assert 100_000 <= os.path.getsize(path) <= 1_500_000, os.path.getsize(path)
        layout = layout_of(n, a, starts[n - 1] + VIEW if n else 0, counted, cuts)
        assert layout.endswith("%d scored." % scored)
        shots.append({"file": shot_name(n), "layout": layout, "date": DATE, "forums": forums})
    wrapped = sorted(FORUMS[k[0]]["slots"][k[1]]["title"] for k, tl in WRAPS.items() if len(tl) > 1)
    for t in wrapped:
        print("   wrapped:", t)
    if DRAFT:
        print("SHOT_SLOTS =", got_slots)
        print("SHOT_SCORED =", got_scored)
        print("EXPECTED_CUTS =", got_cuts)
    else:
        assert page.size == PAGE_SIZE, page.size
        assert wrapped == sorted(WRAPPED), wrapped
        assert all(len(tl) <= 2 for tl in WRAPS.values())
        assert got_slots == SHOT_SLOTS and got_scored == SHOT_SCORED and got_cuts == EXPECTED_CUTS
    n = check(shots, starts, page.size[1])
    print("scored talks", n, "screenshots", len(starts))
    for fn in sorted(os.listdir(HERE)):  # screenshots of an earlier layout, if any
        if re.fullmatch(r"Screenshot_.*\.png", fn) and fn not in [p["file"] for p in shots]:
            os.remove(os.path.join(HERE, fn))
    truth = {"written": "2026-12-17", "by": "a helper that had not read the code", "note": NOTE, "posters": shots}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
