"""Draw the 151st blind set of CLK agenda pictures (deterministic, Pillow only).

Run:  python draw.py   -> writes the long screenshot and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and the picture
cannot drift apart.  Randomness only from seeded Random instances (seeds are fixed numbers or
zlib.crc32 of a text, never hash()).

One invented edition, CLK 3627 (第1622届, 青岛, 山东大学青岛校区, Saturday 3627-10-23), with
CLK2025's six forum folders' names (主论坛 in the morning, the five others in parallel in the
afternoon), as the conference account's WeChat article announcing the whole agenda, saved
by an Android phone 1080 px wide as ONE long (scrolling) screenshot (PNG): the status bar and
WeChat's article bar once at the top, then the white article page from its title down to its
foot.  The article: the title, the account line ('原创', the author, the account's name in
WeChat's link blue, the publishing date and time, the province), a banner picture, paragraphs
of introduction, a '大会信息' section, then '大会议程' and the agenda set AS TEXT in the
article: per forum a bold heading on a tinted band, '主持人：' and '地点：' lines, then per talk
a line 'range　title' (time in the theme colour, title bold; long titles wrap back to the
margin) and '讲师：name  company job' (two speakers on two lines, on one line joined by '；',
or two names joined by '、' sharing one affiliation); breaks as 'range　茶歇'; a 圆桌 with
'主持人：' and '嘉宾：'.  After the agenda a note, '报名方式', a QR code, a paragraph about
the conference, '阅读原文' and the reading count.
"""
import datetime
import json
import os
import random
import re
import zlib

from PIL import Image, ImageDraw, ImageFont

# ---------------------------------------------------------------------------
# helpers copied from posters-blind-110/draw.py (which took them from sets 84, 80, 71, 66, 65, 62
# and 59): font, TOKEN, NO_LINE_START, qrcode, plain, seed_of, saturday, S, line_of, T, B unchanged;
# flow adapted (it also returns every line's ink box).  REAL_NAMES and listing_words from
# posters-blind-146/draw.py.  status_bar adapted from posters-blind-140/draw.py (dark ink on
# white).  New: the article's blocks, banner, wechat_bar, article, check, main and all the data.
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


TOKEN = re.compile(r"[（(《【]?[A-Za-z0-9_\-./:+#'&|]+[,)）》】]?\s*|\s+|.")
NO_LINE_START = "）)、，。：；！？”》】"
NO_LINE_END = "“（(《【‘"


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


def plain(name):
    """A name as the truth gives it: spaces of the page removed."""
    return name.replace(" ", "").replace("\u3000", "")


def seed_of(text):
    return zlib.crc32(text.encode("utf-8"))


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# names of real speakers and hosts read on the real posters by earlier helpers (set 146's list:
# set 140's united with set 139's); none may be used
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
    """CLK2025's forum folders in folder order, their numbers stripped (None without the corpus)."""
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if not os.path.exists(p):
        return None
    out = []
    with open(p, encoding="utf-8") as fh:
        for ln in fh.read().splitlines()[1:]:
            path = ln.split("\t")[0]
            if "/" in path:
                folder = path.split("/")[0]
                name = folder.split(" ", 1)[1]
                if name not in out:
                    out.append(name)
    return out


# ---------------------------------------------------------------------------
# the data
def S(name, company, job=None):
    """A speaker: the name, the company and the job (None when the page prints none)."""
    return {"name": name, "company": company, "job": job}


def line_of(sp):
    """'company job' as the page prints it after a name (one space between), the company alone without a job."""
    return sp["company"] + (" " + sp["job"] if sp["job"] else "")


def T(start, end, title, speakers, kind="talk", **extra):
    return dict({"kind": kind, "start": start, "end": end, "title": title, "sp": speakers}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": []}


ED = {
    "edition": "CLK 3627", "nth": "第1622届", "date": "3627-10-23", "city": "青岛", "school": "山东大学",
}

ARTICLE_TITLE = "议程发布 | 第1622届中国Linux内核开发者大会（CLK 3627）全议程"
ACCOUNT = "CLK内核开发者大会"
AUTHOR = "CLK组委会"
PUBLISHED = "3627年10月15日 18:30"
PROVINCE = "山东"

INTRO = [
    "中国Linux内核开发者大会（China Linux Kernel Developers Conference，简称 CLK）是由国内 Linux 内核社区"
    "发起、面向内核开发者的年度技术盛会，至今已连续举办一千六百余届。大会坚持“自由、开放、共享”的理念，"
    "邀请来自企业、高校和开源社区的一线开发者分享内核领域的最新进展与实践经验。",
    "第1622届中国Linux内核开发者大会将于10月23日（周六）在山东青岛举行，由山东大学主办，山东大学计算机科学"
    "与技术学院承办。本届大会设一个主论坛和五个分论坛，议题涵盖内存管理、文件系统与存储、调度与性能调试、"
    "硬件架构与异构计算、AI 基础设施与 eBPF 等方向。",
    "本届大会共收到议题投稿 136 篇，经程序委员会评审，最终确定了以下议程。上午为主论坛，下午五个分论坛同时"
    "进行。大会免费参加，名额有限，欢迎大家扫描文末二维码报名！",
]

INFO = [
    ("时间：", "3627年10月23日（周六）"),
    ("地点：", "山东大学青岛校区 会议中心"),
    ("地址：", "青岛市即墨区滨海路72号"),
    ("直播：", "CSDN、B站同步直播"),
]

# forum: name, host, hall, slots.  Speaker forms: 'two' = one line per speaker (the second indented
# under the first), 'semi' = both on one line joined by '；', 'shared' = two names joined by '、'
# before ONE affiliation (the same company and job for both).  label: the label printed before the
# speaker (default '讲师：').
FORUMS = [
    ("主论坛", S("张建伟", "山东大学", "计算机科学与技术学院 教授"), "会议中心 一楼报告厅", [
        T("09:00", "09:15", "开幕致辞", [S("赵海军", "山东大学", "副校长")], label="致辞："),
        T("09:15", "09:50", "超节点时代的内核：统一内存编址与跨节点调度", [S("张志远", "华为", "openEuler 内核首席架构师")]),
        T("09:50", "10:25", "Keeping Enterprise Kernels Close to Upstream",
          [S("Rasmus Eriksen", "SUSE", "Distinguished Engineer")]),
        B("10:25", "10:40", "茶歇"),
        T("10:40", "11:15", "云上内核热升级：从实验室到百万实例", [S("陈书航", "阿里云", "龙蜥社区技术委员会委员")]),
        T("11:15", "11:50", "万卡训练集群里的内核故障：从宕机分析到自愈",
          [S("杨光辉", "字节跳动", "STE 团队负责人"), S("李晓东", "字节跳动", "内核架构师")], form="two"),
        T("11:50", "12:30", "圆桌讨论：AI 写代码的时代，内核开发者还需要什么",
          [S("黄振国", "中国科学院软件研究所", "研究员"),
           S("赵明辉", "腾讯", "TencentOS 内核负责人"),
           S("吴静", "龙芯中科", "内核团队负责人"),
           S("孙宇航", "OPPO", "内核技术专家"),
           S("周丽萍", "浙江大学", "副教授")], kind="panel"),
        B("12:30", "13:30", "午餐"),
    ]),
    ("内存管理与优化分论坛", S("徐振宇", "字节跳动", "内核技术专家"), "会议中心 第一会议室", [
        T("13:30", "13:55", "手机上的 mTHP：zRAM 换入时的大页回填", [S("刘奕辰", "OPPO", "内核工程师")]),
        T("13:55", "14:20", "Revisiting Hot Page Promotion for CXL Memory Tiering", [S("胡嘉诚", "英特尔", "软件工程师")]),
        T("14:20", "14:45", "多租户场景下 memcg 回收的饥饿问题", [S("马天翼", "腾讯", "高级工程师")]),
        T("14:45", "15:10", "DAMON 驱动的内存超卖：在线业务中的三年实践", [S("罗海鹏", "阿里云", "内核工程师")]),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "slab 内存碎片的量化分析与治理", [S("郑浩宇", "华为", "内核工程师")]),
        T("15:50", "16:15", "提升大页分配成功率：从内存规整到按需预留",
          [S("梁晨曦", "美团", "技术专家"), S("许若楠", "美团", "工程师")], form="semi"),
        T("16:15", "16:40", "数据库负载下 Page Cache 预读策略的调优", [S("宋嘉怡", "蚂蚁集团", "系统工程师")]),
        T("16:40", "17:05", "后拷贝热迁移：userfaultfd 的缺页风暴治理", [S("韩立军", "中国电信天翼云", "资深工程师")]),
    ]),
    ("文件系统与存储分论坛", S("林晓雪", "华为", "存储内核专家"), "会议中心 第二会议室", [
        T("13:30", "14:00", "EROFS 镜像与 P2P 分发：冷启动时间缩短到秒级", [S("唐宇轩", "蚂蚁集团", "高级工程师")]),
        T("14:00", "14:30", "ext4 快速提交的崩溃一致性测试方法", [S("冯一诺", "统信软件", "内核开发工程师")]),
        T("14:30", "15:00", "NVMe-oF 链路抖动下的多路径策略选择", [S("邓亚楠", "京东云", "存储研发工程师")]),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "Online Repair in XFS: Lessons from Production", [S("刘明哲", "腾讯云", "文件系统工程师")]),
        T("15:45", "16:15", "把 FUSE 搬到 io_uring 上：一次用户态文件系统的重构",
          [S("彭志强", "快手", "存储工程师"), S("曾雅琪", "中国科学技术大学", "博士研究生")], form="two"),
        T("16:15", "16:45", "blk-mq 多队列调度的公平性与吞吐权衡", [S("王永刚", "浪潮信息", "存储架构师")]),
        T("16:45", "17:15", "手机存储老化后的写放大分析与优化", [S("董子涵", "vivo", "存储系统工程师")]),
    ]),
    ("调度、性能与调试分论坛", S("李博文", "阿里云", "操作系统调度负责人"), "会议中心 第三会议室", [
        T("13:30", "13:55", "用 sched_ext 写一个视频转码专用调度器", [S("袁志伟", "快手", "内核工程师")]),
        T("13:55", "14:20", "Frequency-Aware Placement for Latency-Critical Tasks", [S("潘宏伟", "AMD", "高级软件工程师")]),
        T("14:20", "14:45", "NUMA 感知的任务放置与跨节点迁移开销分析", [S("于冰", "海光信息", "系统软件工程师")]),
        T("14:45", "15:10", "火焰图之外：在线服务的全栈性能剖析", [S("蒋文龙", "百度", "资深研发工程师")]),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "TB 级内存机器上的 vmcore 过滤与并行转储", [S("蔡佳慧", "中兴通讯", "操作系统工程师")]),
        T("15:50", "16:15", "lockdep 之外：生产环境中的内核死锁检测", [S("杜宇翔", "网易", "系统工程师")]),
        T("16:15", "16:40", "ftrace 事件的低开销采集与可视化分析",
          [S("叶家豪", "小米", "内核工程师"), S("程晨", "小米", "内核工程师")], form="shared"),
        T("16:40", "17:05", "数控系统中的实时内核：中断线程化后的抖动来源", [S("魏国栋", "中国科学院软件研究所", "助理研究员")]),
    ]),
    ("硬件架构与异构计算分论坛", S("逄立群", "龙芯中科", "系统软件部总监"), "会议中心 第五会议室", [
        T("13:30", "14:00", "龙架构虚拟化中 AVEC 中断控制器的模拟与直通", [S("沈博文", "龙芯中科", "内核工程师")]),
        T("14:00", "14:30", "RISC-V 服务器从 UEFI 到内核：启动链路的标准化", [S("姚瑶", "阿里巴巴达摩院", "操作系统工程师")]),
        T("14:30", "15:00", "Arm64 MPAM 资源隔离在云平台上的实践", [S("陆海峰", "安谋科技", "软件架构师")]),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:45", "Confidential VMs on x86: State of TDX Guest Support", [S("王文杰", "英特尔", "云软件工程师")]),
        T("15:45", "16:15", "海光 CSV3 机密虚拟机的页表隔离与性能", [S("方启航", "海光信息", "内核工程师")]),
        T("16:15", "16:45", "GPU 驱动接入异构内存管理（HMM）的实践", [S("陈泽宇", "摩尔线程", "驱动开发工程师")]),
        T("16:45", "17:15", "面向 NPU 的 SVA：进程地址空间与设备共享的坑",
          [S("王心怡", "寒武纪", "系统软件工程师"), S("李雨桐", "北京航空航天大学", "硕士研究生")], form="two"),
    ]),
    ("AI 基础设施与 eBPF 应用分论坛", S("张晓燕", "蚂蚁集团", "基础设施技术专家"), "会议中心 第六会议室", [
        T("13:30", "13:55", "大模型推理服务中的 GPU 显存超分与内核支持", [S("王俊", "阿里云", "异构计算工程师")]),
        T("13:55", "14:20", "RoCE 网络丢包定位：eBPF 在 RDMA 路径上的埋点", [S("李浩", "华为", "网络技术专家")]),
        T("14:20", "14:45", "BPF Arena in Practice: A Lock-Free Queue Shared with User Space",
          [S("张博", "Meta", "Software Engineer")]),
        T("14:45", "15:10", "eBPF 加速容器网络策略的落地经验", [S("刘雨萱", "京东", "云原生网络工程师")]),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "让大模型读懂 MAINTAINERS：补丁自动分派与初审", [S("陈晓龙", "清华大学", "博士研究生")]),
        T("15:50", "16:15", "bpftrace 上线之前：脚本风险的静态评估",
          [S("杨磊", "滴滴", "SRE 工程师"), S("郜婷", "山东大学", "讲师")], form="semi"),
        T("16:15", "16:40", "XDP 四层负载均衡的多队列扩展与性能调优", [S("朱文韬", "美团", "网络内核工程师")]),
        T("16:40", "17:05", "HID-BPF：输入设备适配的新方式", [S("郭子轩", "联想", "Linux 驱动工程师")]),
    ]),
]

AFTERNOON_NOTE = "下午 13:30 起，五个分论坛同时进行"
CLOSING_NOTE = "*以上议程如有调整，以大会现场为准"
SIGNUP = [
    "本次大会免费参加，现场名额 600 人，请长按识别下方二维码填写报名信息，报名成功后将收到确认短信。",
    "无法到场的朋友可以关注 CSDN 与 B 站直播间，会后讲稿将统一发布在大会 GitHub 仓库中。",
]
ABOUT = ("中国Linux内核开发者大会由国内 Linux 内核领域的开发者自发组织，是国内内核开发者交流技术、结识同行的重要平台。"
         "历届大会讲稿与视频均可在大会官网和 GitHub 仓库获取。")

FILE = "Screenshot_3627-10-16-21-05-33-118_com.tencent.mm.png"
CLOCK, BATTERY = "21:05", "67"
READS, LIKES, WOWS = "9862", "418", "96"

# ---------------------------------------------------------------------------
# the page (an Android phone, 1080 px for a 392.7 px CSS viewport: 2.75 px per CSS px)
W = 1080
DPR = 2.75
SB, NAV = 80, 150  # the status bar, WeChat's article bar
M = 44  # the article's side padding (16 CSS px)
X0, X1 = M, W - M
INK = (51, 51, 51)
DARK = (26, 26, 26)
GREY = (150, 150, 150)
MID = (95, 95, 95)
ACC = (0, 94, 170)  # the account's theme blue
TINT = (232, 242, 251)
LINK = (87, 107, 149)  # WeChat's link blue


def px(css):
    return round(css * DPR)


F_TITLE_A = font(px(22), True)
F_META = font(px(14))
F_BODY = font(px(16))
F_H2 = font(px(16), True)
F_FORUM = font(px(17), True)
F_INFO = font(px(14))
F_SLOT = font(px(15), True)
F_BREAK = font(px(15))
F_SP = font(px(14))
F_NOTE = font(px(13))
LH_TITLE_A = round(px(22) * 1.4)
LH_BODY = round(px(16) * 1.75)
LH_SLOT = round(px(15) * 1.6)
LH_SP = round(px(14) * 1.6)

LINES = []  # every printed line of text: (kind, text, ink box) for the checks


class Page:
    def __init__(self, height=24000):
        self.im = Image.new("RGB", (W, height), (255, 255, 255))
        self.d = ImageDraw.Draw(self.im)
        self.y = 0


def flow(pg, runs, lh, kind, indent=0, hang=0, x0=X0, width=X1 - X0, base=0.72, centre=False):
    """One paragraph of styled runs [(text, font, fill)] from pg.y, wrapped greedily (Latin words kept
    whole, no closing mark at a line's start); the first line starts at x0 + indent, the others at
    x0 + hang.  Draws on the baseline, logs every line, moves pg.y under it.  Returns the number of lines."""
    d = pg.d
    toks = [(t, f, fill) for (text, f, fill) in runs for t in TOKEN.findall(text)]
    lines, cur, x = [], [], indent
    for t, f, fill in toks:
        wr = d.textlength(t.rstrip(), f)
        if cur and t.strip() and x + wr > width:
            if t[0] in NO_LINE_START:
                # a closing mark may not start a line: the token before it goes down with it (as browsers do)
                carry = cur.pop()
                lines.append(cur)
                cur, x = [(hang, carry[1], carry[2], carry[3])], hang + d.textlength(carry[1], carry[2])
            elif cur[-1][1] in NO_LINE_END and len(cur) > 1:
                # an opening mark may not end a line: it goes down with the token after it
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
    for i, ln in enumerate(lines):
        by = pg.y + i * lh + round(lh * base)
        shift = 0
        if centre:
            end = ln[-1][0] + d.textlength(ln[-1][1].rstrip(), ln[-1][2])
            shift = (width - end) / 2
        box = None
        for (x, t, f, fill) in ln:
            d.text((x0 + x + shift, by), t, font=f, fill=fill, anchor="ls")
            b = d.textbbox((x0 + x + shift, by), t, font=f, anchor="ls")
            box = b if box is None else (min(box[0], b[0]), min(box[1], b[1]), max(box[2], b[2]), max(box[3], b[3]))
        LINES.append((kind, "".join(t for (_, t, _, _) in ln).strip(), box))
        assert box[2] <= x0 + width + 1, (kind, ln)
    pg.y += len(lines) * lh
    return len(lines)


# ---------------------------------------------------------------------------
# chrome: Android's status bar (dark icons on white) and WeChat's article bar
def status_bar(d):
    ink = (20, 20, 20)
    d.rectangle([0, 0, W, SB], fill=(255, 255, 255))
    f = font(34, True)
    d.text((48, 56), CLOCK, font=f, fill=ink, anchor="ls")
    x = 48 + d.textlength(CLOCK, f) + 24
    d.ellipse([x, 26, x + 26, 48], outline=ink, width=3)  # the chat app's bubbles
    d.ellipse([x + 12, 34, x + 36, 54], fill=(255, 255, 255), outline=ink, width=3)
    xr = W - 44
    bw, bh = 56, 28
    d.rounded_rectangle([xr - bw, 25, xr, 25 + bh], radius=8, outline=ink, width=3)
    d.rectangle([xr + 2, 33, xr + 5, 45], fill=ink)
    lvl = int((bw - 8) * int(BATTERY) / 100)
    d.rounded_rectangle([xr - bw + 4, 29, xr - bw + 4 + lvl, 25 + bh - 4], radius=4, fill=ink)
    d.text((xr - bw / 2, 40), BATTERY, font=font(19, True), fill=(255, 255, 255), anchor="mm")
    x = xr - bw - 22
    cx, cy = x - 20, 52  # wifi
    for r in (26, 18, 10):
        d.arc([cx - r, cy - r, cx + r, cy + r], 225, 315, fill=ink, width=5)
    d.ellipse([cx - 3, cy - 5, cx + 3, cy + 1], fill=ink)
    x -= 58
    for i in range(4):  # signal bars
        hgt = 7 + i * 6
        d.rectangle([x - 34 + i * 9, 52 - hgt, x - 28 + i * 9, 52], fill=ink)
    x -= 44
    gf = font(22, True)
    d.text((x - d.textlength("5G", gf) + 6, 48), "5G", font=gf, fill=ink, anchor="ls")


def wechat_bar(d):
    """WeChat's article bar: a close cross at the left, '···' at the right, a hairline under it."""
    y0, y1 = SB, SB + NAV
    d.rectangle([0, y0, W, y1], fill=(255, 255, 255))
    cy = (y0 + y1) // 2
    d.line([(52, cy - 20), (92, cy + 20)], fill=(25, 25, 25), width=5)
    d.line([(52, cy + 20), (92, cy - 20)], fill=(25, 25, 25), width=5)
    for i in range(3):
        d.ellipse([W - 112 + i * 26, cy - 6, W - 100 + i * 26, cy + 6], fill=(25, 25, 25))
    d.line([(0, y1 - 1), (W, y1 - 1)], fill=(235, 235, 235), width=2)


# ---------------------------------------------------------------------------
# the article's blocks
def banner(pg):
    """The header picture the editor put at the top: a blue gradient, the edition and the date."""
    w, h = X1 - X0, 420
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for yy in range(h):
        t = yy / h
        d.line([(0, yy), (w, yy)], fill=(int(8 + 20 * t), int(40 + 50 * t), int(96 + 70 * t)))
    rnd = random.Random(3627)
    for _ in range(90):  # faint network dots and links
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice((2, 3, 4))
        d.ellipse([x - r, y - r, x + r, y + r], fill=(90, 150, 220))
        if rnd.random() < 0.4:
            d.line([(x, y), (x + rnd.randrange(-120, 120), y + rnd.randrange(-60, 60))], fill=(50, 100, 170), width=1)
    d.text((60, 92), "CHINA LINUX KERNEL DEVELOPERS CONFERENCE", font=font(22, True), fill=(150, 200, 245), anchor="ls")
    d.text((60, 200), "CLK 3627", font=font(96, True), fill=(255, 255, 255), anchor="ls")
    d.text((60, 280), "第1622届中国Linux内核开发者大会", font=font(44, True), fill=(255, 255, 255), anchor="ls")
    d.rounded_rectangle([60, 318, 470, 378], radius=30, fill=(255, 196, 40))
    d.text((265, 358), "10.23 · 山东青岛", font=font(32, True), fill=(10, 40, 90), anchor="ms")
    # a penguin-ish emblem at the right
    cx, cy = w - 150, 210
    d.ellipse([cx - 90, cy - 110, cx + 90, cy + 110], fill=(20, 20, 30))
    d.ellipse([cx - 62, cy - 40, cx + 62, cy + 104], fill=(245, 245, 245))
    d.ellipse([cx - 38, cy - 78, cx - 14, cy - 50], fill=(255, 255, 255))
    d.ellipse([cx + 14, cy - 78, cx + 38, cy - 50], fill=(255, 255, 255))
    d.ellipse([cx - 30, cy - 70, cx - 20, cy - 58], fill=(0, 0, 0))
    d.ellipse([cx + 20, cy - 70, cx + 30, cy - 58], fill=(0, 0, 0))
    d.polygon([(cx - 22, cy - 42), (cx + 22, cy - 42), (cx, cy - 22)], fill=(255, 196, 40))
    pg.im.paste(im, (X0, pg.y))
    pg.y += h


def h2(pg, text, gap_above=70, gap_below=40):
    """A section heading as the editor's template sets it: white bold text on a blue pill, centred,
    with a thin rule either side."""
    pg.y += gap_above
    f = F_H2
    tw_ = pg.d.textlength(text, f)
    pw, ph = tw_ + 100, 84
    x = (W - pw) / 2
    pg.d.line([(X0 + 40, pg.y + ph / 2), (x - 24, pg.y + ph / 2)], fill=(170, 200, 230), width=2)
    pg.d.line([(x + pw + 24, pg.y + ph / 2), (X1 - 40, pg.y + ph / 2)], fill=(170, 200, 230), width=2)
    pg.d.rounded_rectangle([x, pg.y, x + pw, pg.y + ph], radius=ph / 2, fill=ACC)
    pg.d.text((W / 2, pg.y + 58), text, font=f, fill=(255, 255, 255), anchor="ms")
    LINES.append(("h2", text, pg.d.textbbox((W / 2, pg.y + 58), text, font=f, anchor="ms")))
    pg.y += ph + gap_below


def forum_heading(pg, name, gap_above):
    """A forum's heading: a tinted band with a blue bar at its left and the name in bold."""
    pg.y += gap_above
    h = 104
    pg.d.rectangle([X0, pg.y, X1, pg.y + h], fill=TINT)
    pg.d.rectangle([X0, pg.y, X0 + 12, pg.y + h], fill=ACC)
    pg.d.text((X0 + 40, pg.y + 70), name, font=F_FORUM, fill=DARK, anchor="ls")
    LINES.append(("forum", name, pg.d.textbbox((X0 + 40, pg.y + 70), name, font=F_FORUM, anchor="ls")))
    pg.y += h + 22


def speaker_runs(sp, first_label):
    lab = [(first_label, F_SP, MID)] if first_label else [("\u3000" * 3, F_SP, MID)]
    return lab + [(sp["name"], F_SP, MID), ("\u2002\u2002" + line_of(sp), F_SP, MID)]


def slot(pg, s, first):
    pg.y += 18 if first else 34
    if s["kind"] == "break":
        flow(pg, [(rng(s), F_BREAK, ACC), ("\u3000" + s["title"], F_BREAK, GREY)], LH_SLOT, "break")
        return
    n = flow(pg, [(rng(s), F_SLOT, ACC), ("\u3000" + s["title"], F_SLOT, DARK)], LH_SLOT, "slot")
    s["title_lines"] = n
    pg.y += 4
    sp = s["sp"]
    if s["kind"] == "panel":
        flow(pg, [("主持人：", F_SP, MID), (sp[0]["name"], F_SP, MID), ("\u2002\u2002" + line_of(sp[0]), F_SP, MID)],
             LH_SP, "moderator")
        for i, g in enumerate(sp[1:]):
            flow(pg, speaker_runs(g, "嘉宾：" if i == 0 else None), LH_SP, "guest")
        return
    label = s.get("label", "讲师：")
    form = s.get("form")
    if len(sp) == 1 or form == "two":
        for i, p in enumerate(sp):
            flow(pg, speaker_runs(p, label if i == 0 else None), LH_SP, "speaker")
    elif form == "semi":
        runs = speaker_runs(sp[0], label) + [("；", F_SP, MID), (sp[1]["name"], F_SP, MID),
                                             ("\u2002\u2002" + line_of(sp[1]), F_SP, MID)]
        n = flow(pg, runs, LH_SP, "speaker")
        assert n == 1, s["title"]
    elif form == "shared":
        assert line_of(sp[0]) == line_of(sp[1])
        flow(pg, [(label, F_SP, MID), (sp[0]["name"] + "、" + sp[1]["name"], F_SP, MID),
                  ("\u2002\u2002" + line_of(sp[0]), F_SP, MID)], LH_SP, "speaker")
    else:
        raise ValueError(form)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def foot(pg):
    """The article's foot: '阅读原文' and the reading count, then the like / share row."""
    pg.y += 90
    f = font(px(15))
    pg.d.text((X0, pg.y + 40), "阅读原文", font=f, fill=LINK, anchor="ls")
    t = "阅读 " + READS
    pg.d.text((X1, pg.y + 40), t, font=f, fill=GREY, anchor="rs")
    LINES.append(("foot", "阅读原文", None))
    LINES.append(("foot", t, None))
    pg.y += 110
    pg.d.line([(X0, pg.y), (X1, pg.y)], fill=(236, 236, 236), width=2)
    pg.y += 40
    # the row of actions: share, favourite, like (count), wow (count)
    cells = [("分享", None), ("收藏", None), ("赞", LIKES), ("推荐", WOWS)]
    cw = (X1 - X0) / len(cells)
    fi = font(px(13))
    for i, (lab, cnt) in enumerate(cells):
        cx = X0 + cw * i + cw / 2
        d = pg.d
        d.ellipse([cx - 22, pg.y, cx + 22, pg.y + 44], outline=(120, 120, 120), width=3)
        txt = lab + (" " + cnt if cnt else "")
        d.text((cx, pg.y + 100), txt, font=fi, fill=(120, 120, 120), anchor="ms")
        LINES.append(("foot", txt, None))
    pg.y += 160


def article():
    pg = Page()
    pg.y = SB + NAV + 48
    flow(pg, [(ARTICLE_TITLE, F_TITLE_A, DARK)], LH_TITLE_A, "article-title")
    pg.y += 26
    # the account line: '原创' tag, the author, the account in link blue, date time, province
    f = F_META
    x = X0
    d = pg.d
    by = pg.y + 42
    tag = "原创"
    tw_ = d.textlength(tag, font(px(12)))
    d.rounded_rectangle([x, by - 36, x + tw_ + 20, by + 8], radius=6, fill=(242, 242, 242))
    d.text((x + 10, by - 2), tag, font=font(px(12)), fill=(140, 140, 140), anchor="ls")
    x += tw_ + 20 + 22
    parts = [(AUTHOR, GREY), (ACCOUNT, LINK), (PUBLISHED, GREY), (PROVINCE, GREY)]
    rows = 1
    for t, col in parts:
        if x + d.textlength(t, f) > X1:  # the line wraps as WeChat wraps it: the rest on a second line
            x, by, rows = X0, by + 64, rows + 1
        d.text((x, by), t, font=f, fill=col, anchor="ls")
        x += d.textlength(t, f) + 26
    assert rows == 2
    LINES.append(("meta", "原创 " + " ".join(p[0] for p in parts), None))
    pg.y += 90 + 64
    banner(pg)
    pg.y += 50
    for p in INTRO:
        flow(pg, [(p, F_BODY, INK)], LH_BODY, "intro")
        pg.y += 36
    h2(pg, "大会信息")
    for lab, val in INFO:
        flow(pg, [(lab, F_BODY, DARK), (val, F_BODY, INK)], LH_BODY, "info")
    h2(pg, "大会议程")
    for fi, (name, host, hall, slots) in enumerate(FORUMS):
        if fi == 1:
            pg.y += 60
            flow(pg, [(AFTERNOON_NOTE, F_INFO, GREY)], LH_SP, "afternoon", centre=True)
        forum_heading(pg, name, 40 if fi == 0 else 60)
        flow(pg, [("主持人：", F_INFO, MID), (host["name"], F_INFO, MID), ("\u2002\u2002" + line_of(host), F_INFO, MID)],
             LH_SP, "host")
        flow(pg, [("地点：", F_INFO, MID), (hall, F_INFO, MID)], LH_SP, "hall")
        for si, s in enumerate(slots):
            slot(pg, s, si == 0)
    pg.y += 60
    flow(pg, [(CLOSING_NOTE, F_NOTE, GREY)], LH_SP, "note")
    h2(pg, "报名方式")
    for p in SIGNUP:
        flow(pg, [(p, F_BODY, INK)], LH_BODY, "para")
        pg.y += 30
    q = 400
    qrcode(pg.d, (W - q) / 2, pg.y + 10, q, seed_of("CLK 3627 报名"))
    pg.y += q + 40
    flow(pg, [("长按识别二维码，报名参会", F_NOTE, GREY)], LH_SP, "qr", centre=True)
    h2(pg, "关于CLK")
    flow(pg, [(ABOUT, F_BODY, INK)], LH_BODY, "para")
    foot(pg)
    height = pg.y
    im = pg.im.crop((0, 0, W, height))
    d = ImageDraw.Draw(im)
    status_bar(d)
    wechat_bar(d)
    return im


# ---------------------------------------------------------------------------
def truth_slot(s, host):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [line_of(sp) for sp in s["sp"]],
            "host": plain(host["name"]) if s["kind"] != "break" else None}


def everybody():
    out = []
    for (_, host, _, slots) in FORUMS:
        out.append(host["name"])
        for s in slots:
            out += [sp["name"] for sp in s["sp"]]
    return out


def check(im):
    assert saturday(ED["date"])
    names = [f[0] for f in FORUMS]
    assert names == ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
                     "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"], names
    lf = listing_forums()
    assert lf is None or lf == names, lf
    talks = 0
    titles = []
    for (name, host, hall, slots) in FORUMS:
        prev = None
        for s in slots:
            assert s["start"] < s["end"] and (prev is None or prev == s["start"]), (name, s["title"])
            prev = s["end"]
            if s["kind"] != "break":
                talks += 1
                titles.append(s["title"])
        assert slots[0]["start"] == ("09:00" if name == "主论坛" else "13:30"), name
    assert 40 <= talks <= 55, talks
    people = everybody()
    assert len(people) == len(set(people)), [p for p in people if people.count(p) > 1]
    assert len(titles) == len(set(titles))
    words = listing_words()
    for p in people:
        assert plain(p) not in REAL_NAMES and plain(p) not in words, p
    for t in titles:
        if t != "开幕致辞":
            assert t not in words, t
    ss = [s for f in FORUMS for s in f[3]]
    assert sum(1 for s in ss if s["kind"] == "panel") == 1
    assert sum(1 for s in ss if len(s["sp"]) == 2) == 6
    assert [p for p in people if p.isascii()] == ["Rasmus Eriksen"]
    assert sum(1 for t in titles if t.isascii()) == 6
    assert {"茶歇", "午餐"} <= {s["title"] for s in ss}
    # titles: some wrap over two lines (the range's line runs on), none over three
    tl = [s["title_lines"] for s in ss if s["kind"] != "break"]
    assert max(tl) == 2 and tl.count(2) == 34, tl
    forms = [s.get("form") for s in ss if len(s["sp"]) == 2]
    assert sorted(forms) == ["semi", "semi", "shared", "two", "two", "two"], forms
    # the second lines of wrapped titles that hold one character only (named in the layout)
    runs = [t for (k, t, _), (k0, _, _) in zip(LINES[1:], LINES) if k == "slot" and k0 == "slot"]
    assert [t for t in runs if len(t) == 1] == ["择", "衡", "器", "能", "估"], runs
    assert im.size[0] == W and 14000 <= im.size[1] <= 20000, im.size
    # no two printed lines overlap
    boxes = [b for (_, _, b) in LINES if b]
    boxes.sort(key=lambda b: b[1])
    for a, b in zip(boxes, boxes[1:]):
        assert a[3] <= b[1] + 2 or a[2] <= b[0] or b[2] <= a[0], (a, b)
    return talks, tl.count(2)


LAYOUT = (
    "CLK 3627 (第1622届), 青岛, 3627-10-23: ONE long (scrolling) screenshot, PNG 1080 x %d, of the conference "
    "account's WeChat article announcing the whole agenda, saved by an Android phone (2.75 px per CSS px): Android's "
    "status bar once at the top ('21:05', a chat icon; '5G', signal bars, wifi, a battery showing '67') and WeChat's "
    "article bar (a close cross, '···'), then the white page. The article's title '议程发布 | 第1622届中国Linux内核开发"
    "者大会（CLK 3627）全议程' (bold, two lines); the account line: a grey '原创' tag, 'CLK组委会', the account "
    "'CLK内核开发者大会' in WeChat's link blue, and on a second line the PUBLISHING date '3627年10月15日 18:30' and "
    "'山东'; a banner picture (blue gradient, 'CLK 3627', '第1622届中国Linux内核开发者大会', a yellow pill '10.23 · "
    "山东青岛', a penguin); three paragraphs of introduction (the forums' topics in running text, '10月23日（周六）', "
    "'136 篇'); a blue pill heading '大会信息' and '时间：3627年10月23日（周六）', '地点：山东大学青岛校区 会议中心', "
    "'地址：青岛市即墨区滨海路72号', '直播：CSDN、B站同步直播'; the pill '大会议程'. The agenda is the article's own "
    "text (15 CSS px bold slot lines, 14 px grey speaker lines): per forum a tinted band with a blue bar and the "
    "forum's name in bold, then '主持人：name  company job' and '地点：hall' in grey; per talk ONE line 'range　title' "
    "(the range in blue, the title in bold; 34 of the 44 titles run on to a second line that starts at the left "
    "margin, several leaving one character there: '择', '衡', '器', '能', '估') and '讲师：name  company job' in grey. "
    "Breaks as one line 'range　茶歇' / 'range　午餐' (range blue, label grey). 主论坛 (host 张建伟): '09:00-09:15　开幕致辞' "
    "with '致辞：赵海军  山东大学 副校长'; the Latin speaker '讲师：Rasmus Eriksen  SUSE Distinguished Engineer' under "
    "the English title 'Keeping Enterprise Kernels Close' / 'to Upstream'; '10:25-10:40　茶歇'; 杨光辉 over 李晓东 "
    "(字节跳动, the second line indented under the name); the round table '11:50-12:30　圆桌讨论：AI 写代码的时代，内核开发' "
    "/ '者还需要什么' with its OWN '主持人：黄振国  中国科学院软件研究所 研究员' and '嘉宾：' before the first of four "
    "guests (赵明辉, 吴静, 孙宇航, 周丽萍), the other three indented under it; '12:30-13:30　午餐'. Then the grey centred "
    "line '下午 13:30 起，五个分论坛同时进行' and the five afternoon forums one after another, each from 13:30 with ONE "
    "茶歇: 内存管理与优化分论坛 (host 徐振宇; 25-minute talks; '讲师：梁晨曦  美团 技术专家；许若楠  美团 工程师' on ONE "
    "line), 文件系统与存储分论坛 (host 林晓雪; 30-minute talks; 彭志强 over 曾雅琪), 调度、性能与调试分论坛 (host 李博文; "
    "25 minutes; '讲师：叶家豪、程晨  小米 内核工程师'), 硬件架构与异构计算分论坛 (host 逄立群; 30 minutes; 王心怡 over "
    "李雨桐), 'AI 基础设施与 eBPF 应用分论坛' (host 张晓燕; 25 minutes; '讲师：杨磊  滴滴 SRE 工程师；郜婷  山东大学 讲师' "
    "on ONE line). Six English-only titles. Then '*以上议程如有调整，以大会现场为准', a pill '报名方式' with two paragraphs "
    "and a QR code ('长按识别二维码，报名参会'), a pill '关于CLK' with a paragraph, '阅读原文' and '阅读 9862', a row "
    "'分享' '收藏' '赞 418' '推荐 96'. 6 + 8 + 7 + 8 + 7 + 8 scored (the opening speech and the round table among "
    "主论坛's 6).")

NOTE = (
    "Same conventions as posters-blind-43 (and 59, 110, 140): speakers are names as printed with spaces removed (the "
    "Latin name 'Rasmus Eriksen' -> 'RasmusEriksen'); host is the '主持人：' printed under the forum's heading, null for "
    "breaks; start/end HH:MM; where two speakers are printed each has his own affiliation, given per speaker; "
    "affiliations are 'company job' as printed after the name, joined by one space ('华为 openEuler 内核首席架构师', "
    "'SUSE Distinguished Engineer', 'Meta Software Engineer', '联想 Linux 驱动工程师'); break titles as printed; an "
    "opening speech printed with a speaker is a talk; '午餐' closes 主论坛. ONE invented edition, CLK 3627 (第1622届, "
    "青岛, 山东大学青岛校区, Saturday 3627-10-23), with CLK2025's six forum folders' names without their numbers, in "
    "folder order ('AI 基础设施与 eBPF 应用分论坛' with its spaces), given as ONE long screenshot of the conference "
    "account's WeChat article: one entry holding the six forums in printed order; every forum's date is 3627-10-23. "
    "Judgement calls: (1) the agenda is the article's TEXT: a forum is its bold heading on the tinted band; its host the "
    "name after the '主持人：' line under it (the unit after the name is no affiliation of any slot); the '地点：' line "
    "under it is no slot. (2) A talk is the line 'range　title' and the '讲师：' line(s) under it; a title too long for "
    "one line runs on to a second line starting at the left margin (not under the title), and the two lines are ONE "
    "title as the article's text has it: nothing added where the break falls inside Chinese text ('…启动链' / '路的标准化', "
    "'…多路径策略选' / '择'), a space where the text had one ('…eBPF 在 RDMA' / '路径上的埋点', 'Keeping Enterprise "
    "Kernels Close' / 'to Upstream'). (3) Two speakers: on two lines, the second indented under the first name (杨光辉 "
    "/ 李晓东, 彭志强 / 曾雅琪, 王心怡 / 李雨桐); on ONE line joined by '；', each with his own 'company job' (梁晨曦 / "
    "许若楠, 杨磊 / 郜婷); or two names joined by '、' before ONE 'company job', which both get ('叶家豪、程晨  小米 "
    "内核工程师'). Speakers in printed order. (4) The labels '讲师：', '致辞：', '主持人：', '嘉宾：' and '地点：' are no part "
    "of a name, an affiliation or a title. (5) The round table '圆桌讨论：AI 写代码的时代，内核开发者还需要什么' "
    "(11:50-12:30, 主论坛) is kind 'panel', counted among the scored talks; its speakers are its OWN moderator after "
    "'主持人：' (黄振国, printed under its title like a speaker line) and then the four guests after '嘉宾：' in printed "
    "order; its title keeps '圆桌讨论：'; the moderator is not the forum's host (张建伟), and the round table's host is "
    "the forum's, 张建伟. (6) '09:00-09:15　开幕致辞' with '致辞：赵海军  山东大学 副校长' "
    "is a talk. (7) Dates: the conference's date is printed as '3627年10月23日（周六）' in the '大会信息' section, as "
    "'10月23日（周六）' in the introduction and as '10.23' on the banner; the account line's '3627年10月15日 18:30' is "
    "the PUBLISHING date and time, the status bar's '21:05' the phone's clock and '67' its battery, and the file name's "
    "3627-10-16-21-05-33 the phone's save time: none of them is a slot or the forums' date. (8) The article's title, "
    "the account line, the banner, the introduction, '大会信息' and its lines, the pill headings, the centred line "
    "'下午 13:30 起，五个分论坛同时进行' (a time, but no slot), '*以上议程如有调整，以大会现场为准', '报名方式' and its "
    "paragraphs ('600 人'), the QR caption, '关于CLK', '阅读原文', '阅读 9862' and the action row ('赞 418', '推荐 96') "
    "are no slots and no part of a forum. (9) Every afternoon forum starts at 13:30 and prints exactly one 茶歇; none "
    "prints 午餐. Uncommon surnames: 逄 (逄立群, a host; a Shandong surname), 郜 (郜婷). %d scored talks (6 + 8 + 7 + 8 "
    "+ 7 + 8; the opening speech and the round table among them); 7 breaks.")


def main():
    im = article()
    talks, wrapped = check(im)
    path = os.path.join(HERE, FILE)
    im.save(path, optimize=False, compress_level=9)
    size = os.path.getsize(path)
    assert 0.8e6 <= size <= 4e6, size
    forums = [{"forum": name, "date": ED["date"], "slots": [truth_slot(s, host) for s in slots]}
              for (name, host, hall, slots) in FORUMS]
    poster = {"file": FILE, "layout": LAYOUT % im.size[1], "date": ED["date"], "forums": forums}
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE % talks,
             "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(FILE, im.size, "%.2f MB" % (size / 1e6), "scored talks:", talks, "titles over two lines:", wrapped)


if __name__ == "__main__":
    main()
