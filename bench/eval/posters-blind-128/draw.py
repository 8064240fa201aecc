"""Draw the hundred-and-twenty-eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes clk3281-agenda-fullpage.png and truth.json next to this file.
Every string printed on the picture comes from the data below, so truth.json and
the picture cannot drift apart.  No randomness at all.  The set stands in for
CLK2022's ONE agenda image: ONE invented edition, CLK 3281 (第1276届, 韶关,
韶关学院, Saturday 3281-10-25), published as a plain PROGRAMME WEB PAGE on the
conference site and saved by a reader as ONE FULL-PAGE BROWSER SCREENSHOT
(a 1280 px CSS viewport at 1 device pixel per CSS px, as Chrome's DevTools
'Capture full size screenshot' or Firefox's 'Save full page' writes it: the whole
page, no browser window around it).  The page: the site's nav bar, a banner, a
breadcrumb, the heading '大会议程' with a publish date and an intro, anchor links
to the four forums, then CLK2022's four forums as four white cards one under the
other, each a heading, '主持人：' + host + unit and '地点：…', and a two-column
table: the time range at the left, the bold title and, under it, the speakers
(name dark, 'company job' lighter) at the right; 签到, 茶歇 and 午餐 as grey rows;
a 圆桌 with '主持：' and '嘉宾：' lines; a closing note; the site's footer.
Helpers font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, plain, aff, truth_slot,
T, P, B, S, saturday, REAL_NAMES, listing_words and FORUM_NAMES are copied
unchanged from bench/eval/posters-blind-122/draw.py (which took them from sets
114, 108, 107, 102, 95 and 59); everything else is new.
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


_probe = ImageDraw.Draw(Image.new("RGB", (8, 8)))


def tw(d, text, f):
    b = (d or _probe).textbbox((0, 0), text, font=f)
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
    """Greedy wrap that keeps Latin words whole and never starts a line with closing punctuation."""
    return wrap_widths(d, text, f, [maxw])


def T(start, end, title, speakers, host, kind="talk"):
    """A scored slot: kind 'talk', or 'panel' for a round table (its first speaker the moderator)."""
    return {"kind": kind, "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def P(start, end, title, moderator, guests, host):
    return T(start, end, title, [moderator] + guests, host, kind="panel")


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def plain(name):
    """A name as the truth gives it: spaces of the poster (and the padding of two-character names) removed."""
    return name.replace(" ", "").replace("\u3000", "")


def S(name, company, job):
    """A speaker as printed: name, company, job title (None where none is printed)."""
    return {"name": name, "company": company, "job": job}


def aff(sp):
    """The affiliation the truth gives: company and job joined by one space."""
    return sp["company"] if sp["job"] is None else sp["company"] + " " + sp["job"]


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]],
            "affiliations": [aff(sp) for sp in s["sp"]],
            "host": s["host"] and plain(s["host"])}


def saturday(date):
    y, m, dd = map(int, date.split("-"))
    return datetime.date(y, m, dd).weekday() == 5


# names of real speakers and hosts (set 122's list, from the real CLK2023/CLK2024 posters); none may be used
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "罗宏震",
              "郑琦", "李培锋", "彭志光", "司延腾", "殷锋卫", "谈鉴锋"]


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


FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]  # CLK2022's README


# ===========================================================================
# CLK 3281 (第1276届), 韶关, 韶关学院, Saturday 3281-10-25: ONE full-page screenshot of the site's agenda page.
W = 1280
DATE = "3281-10-25"
FILE = "clk3281-agenda-fullpage.png"
G0, G1, G2, G3 = "檀卫东", "蔺志强", "宁红梅", "骆文斌"
FORUMS = [
    ("主论坛", (G0, "韶关学院信息工程学院 院长"), "图书馆一楼学术报告厅（上午）", [
        B("08:30", "09:00", "签到"),
        T("09:00", "09:15", "开幕致辞", [S("罗永康", "韶关学院", "副校长")], G0),
        T("09:15", "09:50", "从补丁到主线：一个内核子系统维护者的日常", [S("寇文涛", "华为", "Linux 内核子系统维护者")], G0),
        T("09:50", "10:25", "Upstream First in Practice: Lessons from Shipping a Vendor Kernel",
          [S("Pierre Vasseur", "Red Hat", "Principal Kernel Engineer")], G0),
        B("10:25", "10:40", "茶歇"),
        T("10:40", "11:15", "面向云原生的操作系统内核：资源隔离与弹性伸缩", [S("覃泽远", "阿里云", "操作系统内核技术专家")], G0),
        T("11:15", "11:45", "国产处理器平台上的内核适配与长期维护",
          [S("何崇山", "飞腾信息", "系统软件部部长"), S("陆芊芊", "麒麟软件", "内核研发工程师")], G0),
        P("11:45", "12:30", "圆桌论坛：开源内核社区里的新人成长之路", S("皇甫静", "中山大学", "副教授"),
          [S("梁志明", "腾讯", "TencentOS 内核负责人"), S("温雅琴", "OPPO", "内核团队负责人"),
           S("孙建波", "字节跳动", "STE 技术专家"), S("黄子谦", "华南理工大学", "博士研究生")], G0),
        B("12:30", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", (G1, "中国科学院软件研究所 研究员"), "第一会场 · 图书馆二楼 201", [
        T("13:30", "13:55", "EEVDF 调度器下延迟敏感业务的参数调优实践", [S("程逸舟", "美团", "内核工程师")], G1),
        T("13:55", "14:20", "Taming Tail Latency with sched_ext on Multi-Tenant Hosts",
          [S("董一帆", "快手", "系统工程师")], G1),
        T("14:20", "14:45", "RISC-V 平台上的 CPU 热插拔与电源管理支持", [S("钟宇航", "赛昉科技", None)], G1),
        T("14:45", "15:10", "LoongArch 多节点服务器中的 NUMA 调度问题", [S("许光耀", "龙芯中科", "内核开发工程师")], G1),
        B("15:10", "15:25", "茶歇"),
        T("15:25", "15:50", "大小核手机上的任务放置与能效模型",
          [S("汤嘉怡", "vivo", "内核工程师"), S("蓝子涵", "vivo", "性能工程师")], G1),
        T("15:50", "16:15", "Per-CPU Kthreads and CPU Isolation: Pitfalls in Real Deployments",
          [S("叶国栋", "中兴通讯", "操作系统架构师")], G1),
        T("16:15", "16:40", "鲲鹏服务器上 cgroup CPU 带宽控制的抖动分析", [S("端木书宁", "华为", "高级工程师")], G1),
        T("16:40", "17:05", "实时内核在工业机器人控制器中的实践", [S("洪振华", "汇川技术", "嵌入式软件专家")], G1),
        T("17:05", "17:30", "调度器 tracepoint 的开销测量与改进", [S("任梦琪", "北京大学", "博士研究生")], G1),
    ]),
    ("内存管理与异构计算分论坛", (G2, "字节跳动 内核技术专家"), "第二会场 · 图书馆二楼 203", [
        T("13:30", "14:00", "匿名页大页化在数据库场景中的收益与代价", [S("邱明哲", "腾讯云", "高级工程师")], G2),
        T("14:00", "14:30", "Hot Page Detection for CXL Memory Tiering Without Page Faults",
          [S("Jaehyun Cho", "Samsung Semiconductor", "Staff Engineer")], G2),
        T("14:30", "15:00", "GPU 显存与系统内存统一寻址的驱动实现",
          [S("孟凡博", "摩尔线程", "驱动架构师"), S("白一诺", "清华大学", "博士研究生")], G2),
        T("15:00", "15:30", "移动设备上 zram 写回策略的改进", [S("严书涵", "荣耀", "内核工程师")], G2),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "Memory Cgroup Reclaim Fairness in Dense Container Hosts",
          [S("苏立国", "京东云", "资深工程师")], G2),
        T("16:15", "16:45", "NPU 驱动中 DMA-BUF 的共享与同步", [S("戴婉清", "寒武纪", "软件工程师")], G2),
        T("16:45", "17:15", "页表回收：长期运行进程的内存开销治理", [S("毛俊杰", "蚂蚁集团", "内核专家")], G2),
        T("17:15", "17:45", "基于硬件访问位扫描的冷热页识别", [S("申立恒", "海光信息", "系统软件工程师")], G2),
    ]),
    ("IO 与 ebpf 分论坛", (G3, "中国科学技术大学 副教授"), "第三会场 · 信息工程学院报告厅", [
        T("13:30", "14:00", "io_uring 与 epoll 在高并发代理服务中的对比测试", [S("何沐阳", "七牛云", "后端架构师")], G3),
        T("14:00", "14:30", "BPF Arena: Sharing Data Structures Between Kernel and User Space",
          [S("杜若飞", "字节跳动", "eBPF 工程师")], G3),
        T("14:30", "15:00", "用 eBPF 统计块设备 IO 延迟分布：从单机到集群",
          [S("黎建国", "小红书", "SRE 工程师"), S("方思琪", "小红书", "内核工程师")], G3),
        B("15:00", "15:15", "茶歇"),
        T("15:15", "15:40", "NVMe over TCP 在混合云存储中的性能调优", [S("章建勋", "浪潮信息", "存储架构师")], G3),
        T("15:40", "16:05", "Rust Block Drivers: Where null_blk Leads Us", [S("石骏", "SUSE", "内核工程师")], G3),
        T("16:05", "16:30", "XDP 负载均衡器在四层网关中的实践", [S("宋嘉澍", "爱奇艺", "网络工程师")], G3),
        T("16:30", "16:55", "fs-verity 在手机系统分区中的应用", [S("纪晓蕾", "小米", "存储工程师")], G3),
        T("16:55", "17:20", "基于 BPF LSM 的细粒度进程访问控制", [S("祁文龙", "奇安信", "安全研究员")], G3),
        T("17:20", "17:45", "块层 writeback 节流在 SSD 混部中的改进", [S("廖敏", "中国电信天翼云", "存储内核工程师")], G3),
    ]),
]

# --- page style (CSS px = device px) ----------------------------------------
BODY_BG = (244, 246, 249)
CARD_BG, CARD_LINE = (255, 255, 255), (228, 231, 236)
INK, INK2, GREY, FAINT = (31, 35, 41), (55, 65, 81), (134, 142, 153), (176, 182, 191)
BLUE, BLUE_BG, ROW_LINE, BREAK_BG, HEAD_BG = (26, 95, 208), (232, 240, 254), (236, 239, 243), (248, 249, 251), (245, 247, 250)
WHITE = (255, 255, 255)
CX0, CX1 = 140, 1140  # the page's container
PADX = 32
TIME_X = CX0 + PADX  # the time column
TITLE_X = CX0 + PADX + 168  # the title column
TITLE_W = CX1 - PADX - TITLE_X
F_TIME, F_TITLE = font(15), font(17, True)
F_NAME, F_UNIT, F_LABEL = font(14, True), font(14), font(14)
LH_TITLE, LH_SP = 28, 24
SP_GAP = 28  # between two speakers on one line (inline spans)
NAV = ["首页", "大会议程", "演讲嘉宾", "往届回顾", "交通住宿"]


def text_mid(d, x, cy, text, f, fill):
    """Text whose line box is centred on cy (as a browser centres a line in its line box)."""
    d.text((x, cy), text, font=f, fill=fill, anchor="lm")


def speaker_span(d, x, cy, sp, draw):
    """One inline speaker: the name (bold, dark) then 'company job' (lighter). Returns its width."""
    nw = tw(d, sp["name"], F_NAME)
    uw = tw(d, aff(sp), F_UNIT)
    if draw:
        text_mid(d, x, cy, sp["name"], F_NAME, INK2)
        text_mid(d, x + nw + 8, cy, aff(sp), F_UNIT, GREY)
    return nw + 8 + uw


def speakers_flow(d, x0, y, sps, draw, label=None):
    """Speakers as inline spans wrapping inside the title column (a flex-wrap row); an optional grey
    label ('主持：', '嘉宾：') before them, the wrapped lines aligned after it.  Returns (y under, lines)."""
    x = x0
    if label:
        if draw:
            text_mid(d, x0, y + LH_SP / 2, label, F_LABEL, GREY)
        x = x0 + tw(d, label, F_LABEL) + 4
    left, lines, cur = x, [], []
    for sp in sps:
        w = speaker_span(d, 0, 0, sp, False)
        if cur and x + w > TITLE_X + TITLE_W:
            lines.append(cur)
            cur, x, y = [], left, y + LH_SP
        if draw:
            speaker_span(d, x, y + LH_SP / 2, sp, True)
        cur.append(sp["name"])
        x += w + SP_GAP
    lines.append(cur)
    return y + LH_SP, lines


LAYOUT_LOG = {"title_lines": {}, "speaker_lines": {}}


def talk_row(d, y, s, draw):
    top = y
    y += 16
    if draw:
        text_mid(d, TIME_X, y + LH_TITLE / 2, "%s - %s" % (s["start"], s["end"]), F_TIME, BLUE)
    lines = wrap(d, s["title"], F_TITLE, TITLE_W)
    LAYOUT_LOG["title_lines"][s["title"]] = len(lines)
    for ln in lines:
        if draw:
            text_mid(d, TITLE_X, y + LH_TITLE / 2, ln, F_TITLE, INK)
        y += LH_TITLE
    y += 4
    if s["kind"] == "panel":
        y, l1 = speakers_flow(d, TITLE_X, y, s["sp"][:1], draw, label="主持：")
        y, l2 = speakers_flow(d, TITLE_X, y + 2, s["sp"][1:], draw, label="嘉宾：")
        LAYOUT_LOG["speaker_lines"][s["title"]] = l1 + l2
    else:
        y, ls = speakers_flow(d, TITLE_X, y, s["sp"], draw)
        LAYOUT_LOG["speaker_lines"][s["title"]] = ls
    y += 16
    if draw:
        d.line([(CX0 + 1, top), (CX1 - 1, top)], fill=ROW_LINE, width=1)
    return y


def break_row(d, y, s, draw):
    h = 46
    if draw:
        d.rectangle([CX0 + 1, y, CX1 - 1, y + h], fill=BREAK_BG)
        d.line([(CX0 + 1, y), (CX1 - 1, y)], fill=ROW_LINE, width=1)
        text_mid(d, TIME_X, y + h / 2, "%s - %s" % (s["start"], s["end"]), F_TIME, GREY)
        text_mid(d, TITLE_X, y + h / 2, s["title"], font(15), GREY)
    return y + h


def section(d, y0, k, draw):
    """One forum card.  Returns the y under it."""
    name, host, room, slots = FORUMS[k]
    y = y0 + 26
    if draw:
        d.rectangle([CX0 + PADX, y + 3, CX0 + PADX + 4, y + 27], fill=BLUE)
        text_mid(d, CX0 + PADX + 16, y + 15, name, font(22, True), INK)
    y += 30 + 14
    if draw:
        lab = "主持人："
        f = font(15)
        text_mid(d, CX0 + PADX, y + 11, lab, f, GREY)
        x = CX0 + PADX + tw(d, lab, f)
        text_mid(d, x, y + 11, host[0], font(15, True), INK2)
        x += tw(d, host[0], font(15, True)) + 10
        text_mid(d, x, y + 11, host[1], f, GREY)
        rt = "地点：" + room
        assert x + tw(d, host[1], f) + 40 < CX1 - PADX - tw(d, rt, font(14)), name
        d.text((CX1 - PADX, y + 11), rt, font=font(14), fill=GREY, anchor="rm")
    y += 22 + 18
    if draw:  # the table's head row
        d.rectangle([CX0 + 1, y, CX1 - 1, y + 36], fill=HEAD_BG)
        text_mid(d, TIME_X, y + 18, "时间", font(14), GREY)
        text_mid(d, TITLE_X, y + 18, "议题 / 讲者", font(14), GREY)
    y += 36
    for s in slots:
        y = break_row(d, y, s, draw) if s["kind"] == "break" else talk_row(d, y, s, draw)
    return y + 8


def card(d, y0, k):
    h = section(_probe, y0, k, False) - y0
    d.rounded_rectangle([CX0, y0, CX1, y0 + h], radius=8, fill=CARD_BG, outline=CARD_LINE, width=1)
    assert section(d, y0, k, True) == y0 + h
    return y0 + h


def anchor_id(k):
    return "forum-%d" % k


def nav_bar(d):
    d.rectangle([0, 0, W, 64], fill=WHITE)
    d.line([(0, 64), (W, 64)], fill=CARD_LINE)
    d.rounded_rectangle([CX0, 14, CX0 + 52, 50], radius=6, fill=BLUE)
    d.text((CX0 + 26, 32), "CLK", font=font(17, True), fill=WHITE, anchor="mm")
    text_mid(d, CX0 + 64, 32, "中国Linux内核开发者大会", font(17, True), INK)
    x = CX1 - 96
    d.rounded_rectangle([x, 16, CX1, 48], radius=4, fill=BLUE)
    d.text(((x + CX1) / 2, 32), "立即报名", font=font(15), fill=WHITE, anchor="mm")
    x -= 28
    for item in reversed(NAV):
        w = tw(d, item, font(15))
        active = item == "大会议程"
        d.text((x - w, 32), item, font=font(15, active), fill=BLUE if active else INK2, anchor="lm")
        if active:
            d.rectangle([x - w, 61, x, 64], fill=BLUE)
        x -= w + 32
    return 65


def banner(im, d, y):
    h = 220
    for i in range(W):  # the banner's left-to-right gradient (a CSS linear-gradient)
        t = i / (W - 1)
        d.line([(i, y), (i, y + h)], fill=(int(14 + 18 * t), int(42 + 52 * t), int(112 + 96 * t)))
    lay = Image.new("RGBA", (W, h), (0, 0, 0, 0))
    ld = ImageDraw.Draw(lay)
    for j, r in enumerate((300, 230, 160)):  # soft rings at the right, the site's decoration
        ld.ellipse([1010 - r, 110 - r, 1010 + r, 110 + r], outline=(255, 255, 255, 22 + 8 * j), width=2)
    for j in range(7):
        ld.line([(760 + j * 70, h), (900 + j * 70, 0)], fill=(255, 255, 255, 14), width=1)
    im.paste(Image.alpha_composite(im.crop((0, y, W, y + h)).convert("RGBA"), lay).convert("RGB"), (0, y))
    d = ImageDraw.Draw(im)
    tag = "CLK 3281"
    f = font(14, True)
    d.rounded_rectangle([CX0, y + 44, CX0 + tw(d, tag, f) + 20, y + 70], radius=13, outline=(160, 196, 255), width=1)
    text_mid(d, CX0 + 10, y + 57, tag, f, (200, 222, 255))
    text_mid(d, CX0, y + 112, "第1276届中国Linux内核开发者大会", font(38, True), WHITE)
    text_mid(d, CX0, y + 166, "3281年10月25日（周六）　·　广东韶关　·　韶关学院", font(18), (214, 228, 255))
    return d, y + h


def intro(d, y):
    text_mid(d, CX0, y + 30, "首页", font(13), GREY)
    x = CX0 + tw(d, "首页", font(13))
    text_mid(d, x + 8, y + 30, "/", font(13), FAINT)
    text_mid(d, x + 22, y + 30, "大会议程", font(13), INK2)
    y += 62
    text_mid(d, CX0, y + 20, "大会议程", font(30, True), INK)
    y += 48
    text_mid(d, CX0, y + 10, "发布时间：3281-10-11　　来源：大会组委会", font(13), GREY)
    y += 34
    para = ("本届大会为期一天：上午为主论坛，下午设三个分论坛并行举行，欢迎各位内核开发者、高校师生与企业工程师报名参会。"
            "现场座位有限，请提前完成报名并携带电子票签到。")
    for ln in wrap(d, para, font(15), CX1 - CX0):
        text_mid(d, CX0, y + 13, ln, font(15), INK2)
        y += 27
    y += 14
    text_mid(d, CX0, y + 17, "快速跳转：", font(14), GREY)
    x = CX0 + tw(d, "快速跳转：", font(14)) + 6
    for name in FORUM_NAMES:
        w = tw(d, name, font(14)) + 28
        d.rounded_rectangle([x, y + 2, x + w, y + 32], radius=15, fill=BLUE_BG)
        text_mid(d, x + 14, y + 17, name, font(14), BLUE)
        x += w + 10
    assert x < CX1
    return y + 34 + 26


NOTE_LINE = "* 议程如有调整，请以大会现场公布为准。报名及合作事宜请联系大会组委会。"
FOOT_COLS = [("主办单位", ["中国Linux内核开发者大会组委会"]),
             ("承办单位", ["韶关学院信息工程学院"]),
             ("联系我们", ["邮箱：contact@clk3281.org", "电话：0751-3281 0000"])]
FOOT_LINE = "© 3281 中国Linux内核开发者大会　版权所有　|　粤ICP备32810025号-1"


def footer(d, y):
    h = 210
    d.rectangle([0, y, W, y + h], fill=(33, 37, 43))
    for i, (head, lines) in enumerate(FOOT_COLS):
        x = CX0 + i * 340
        text_mid(d, x, y + 46, head, font(15, True), (230, 232, 236))
        for j, ln in enumerate(lines):
            text_mid(d, x, y + 80 + j * 26, ln, font(14), (160, 166, 176))
    d.line([(CX0, y + 150), (CX1, y + 150)], fill=(60, 66, 75))
    d.text((W / 2, y + 180), FOOT_LINE, font=font(13), fill=(130, 136, 146), anchor="mm")
    return y + h


def paint(im):
    d = ImageDraw.Draw(im)
    y = nav_bar(d)
    d, y = banner(im, d, y)
    y = intro(d, y)
    for k in range(len(FORUMS)):
        y = card(d, y, k) + 24
    text_mid(d, CX0, y + 10, NOTE_LINE, font(13), GREY)
    y += 20 + 56
    return footer(d, y)


def render():
    h = paint(Image.new("RGB", (W, 8), BODY_BG))
    im = Image.new("RGB", (W, h), BODY_BG)
    assert paint(im) == h
    return im


# ===========================================================================
NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 122): speakers are names as printed with spaces removed (no two-character "
    "name is padded on this page; the Latin names 'Pierre Vasseur' -> "
    "'PierreVasseur', 'Jaehyun Cho' -> 'JaehyunCho'); host is the chair printed after '主持人：' for the forum covering "
    "the slot (the unit printed after his name is no part of it and no affiliation), null for breaks; start/end HH:MM "
    "on a 24-hour clock; where two speakers are printed each has his own affiliation, in printed order; affiliations "
    "are 'company job' joined by one space ('华为 Linux 内核子系统维护者', 'Red Hat Principal Kernel Engineer'), the "
    "company alone where no job is printed ('赛昉科技'); an opening speech printed with a speaker ('开幕致辞') is a "
    "talk; '签到', '茶歇' and '午餐' (printed without a speaker) are breaks, '午餐' closing 主论坛; a forum with no break "
    "after its last talk ends with it; every forum carries the edition's date. ONE invented edition stands in for "
    "CLK2022's ONE agenda image: CLK 3281 (第1276届, 韶关, 韶关学院, Saturday 3281-10-25), published as the "
    "programme PAGE of the conference's web site and saved by a reader as ONE FULL-PAGE BROWSER SCREENSHOT, 1280 px "
    "wide (a 1280 CSS px viewport at one device pixel per CSS px; the whole page, no browser window, no address bar), "
    "holding CLK2022's four forums under the names its README gives them (主论坛, 处理器架构与调度分论坛, "
    "内存管理与异构计算分论坛, 'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf') as FOUR CARDS one under the "
    "other, in README order; the truth has ONE entry with the four forums in that order. Text sizes are a web page's "
    "at 1x: titles 17 px bold, ranges 15 px, names 14 px bold, 'company job' 14 px grey. Judgement calls: (1) The "
    "site's nav bar (logo 'CLK' + '中国Linux内核开发者大会', the links '首页 大会议程 演讲嘉宾 往届回顾 交通住宿' and the "
    "button '立即报名'), the banner ('CLK 3281', '第1276届中国Linux内核开发者大会', '3281年10月25日（周六） · 广东韶关 · "
    "韶关学院'), the breadcrumb '首页 / 大会议程', the page heading '大会议程', the line '发布时间：3281-10-11　　来源："
    "大会组委会' (the page's publish date, NOT the conference's date), the intro paragraph, the closing note '* "
    "议程如有调整…' and the dark footer (主办单位 / 承办单位 / 联系我们 with an e-mail and a phone number, '© 3281 …"
    "粤ICP备32810025号-1') are never part of a name, a title or a slot. (2) The line '快速跳转：' with four light-blue "
    "pills naming the four forums ABOVE the first card is in-page navigation (anchor links): no forum, no slot; each "
    "forum is given once, by its card. (3) Each card is one forum: a blue bar and the name (22 px bold), then "
    "'主持人：' + the host's name (bold) + his unit (grey) at the left and '地点：' + the room at the right (the room, "
    "with '（上午）' for 主论坛, is no part of the forum's name and no affiliation), then a grey table head row '时间' / "
    "'议题 / 讲者' (column labels, no slot). (4) Each table row: the range '09:15 - 09:50' (spaced hyphen) in the left "
    "column; in the right column the bold title and under it the speakers as INLINE SPANS on one line, each the bold "
    "name and then 'company job' in grey; TWO SPEAKERS OF ONE TALK stand side by side on that one line ('何崇山 飞腾信息 "
    "系统软件部部长' then '陆芊芊 麒麟软件 内核研发工程师'; '汤嘉怡 vivo 内核工程师' then '蓝子涵 vivo 性能工程师'; 孟凡博 "
    "摩尔线程 and 白一诺 清华大学; 黎建国 and 方思琪, both 小红书, two jobs): each is his own speaker with his own "
    "affiliation, left then right, and the grey text before the second name belongs to the first speaker. (5) The "
    "round table '圆桌论坛：开源内核社区里的新人成长之路' (11:45-12:30) is ONE slot of kind 'panel': a line '主持：' + "
    "the moderator 皇甫静 (中山大学 副教授), then a line '嘉宾：' + four guests as inline spans that wrap onto a second "
    "line aligned after the label; the speakers are the moderator then the guests in reading order (line by line, "
    "left to right), one affiliation each; the labels are no names; the title keeps '圆桌论坛：'; the moderator is not "
    "the forum's host (檀卫东). (6) Breaks are grey rows with the range and the label only ('签到', '茶歇', '午餐'); "
    "every afternoon forum has its own tea time (15:10, 15:30 and 15:00) and its own slot length (25, 30, and 30 then "
    "25 minutes), so rows of different forums never share a time. (7) No title wraps on the page (the title column "
    "is 776 px); seven titles are English only, five by Chinese speakers and two by the two Latin-named speakers "
    "(Pierre Vasseur of Red Hat, Jaehyun Cho of Samsung Semiconductor). Uncommon surnames: 檀 (a host), 蔺 (a host), 寇, 覃, "
    "祁; compound 皇甫 (the moderator) and 端木 (端木书宁). 6 + 9 + 8 + 9 scored (the opening speech and the round table "
    "counted; 30 without them)."
)
LAYOUT = (
    "CLK 3281 (第1276届), 韶关, 3281-10-25 (PNG, 1280 px wide, a FULL-PAGE BROWSER SCREENSHOT of the conference site's "
    "programme page at 1x): white nav bar (logo, links, '立即报名'), a blue gradient banner with the edition, date and "
    "place, breadcrumb, '大会议程' with a publish date and an intro paragraph, '快速跳转：' anchor pills naming the four "
    "forums, then four white cards one under the other (主论坛, 处理器架构与调度分论坛, 内存管理与异构计算分论坛, "
    "'IO 与 ebpf 分论坛'), each a heading with a blue bar, '主持人：name unit' and '地点：room', a grey table head "
    "'时间 | 议题 / 讲者', and rows: the range at the left, the bold title at the right with the speakers under it as "
    "inline spans (name dark, 'company job' grey; two speakers side by side); grey rows for 签到, 茶歇, 午餐; a 圆桌 "
    "with '主持：' and '嘉宾：' lines; a closing note and a dark footer. 6 + 9 + 8 + 9 scored."
)


def scored():
    return [s for _, _, _, sl in FORUMS for s in sl if s["kind"] != "break"]


def check(poster, h):
    """What the brief asks; no person twice; no real name; no title or name of the real repositories."""
    words = listing_words()
    assert [n for n, _, _, _ in FORUMS] == FORUM_NAMES
    assert saturday(DATE), DATE
    assert 4000 <= h <= 7000, h
    slots = [s for _, _, _, sl in FORUMS for s in sl]
    people = []
    for name, host, room, sl in FORUMS:
        people.append(host[0])
        people += [sp["name"] for s in sl for sp in s["sp"]]
        for a, b in zip(sl, sl[1:]):
            assert a["end"] == b["start"], (a, b)
        for s in sl:
            assert s["start"] < s["end"]
            assert (s["host"] is None) == (s["kind"] == "break")
            assert s["host"] is None or s["host"] == host[0]
    assert FORUMS[0][3][-1]["title"] == "午餐" and FORUMS[0][3][-1]["end"] == "13:30"
    assert {f[3][0]["start"] for f in FORUMS[1:]} == {"13:30"}
    teas = [[s["start"] for s in f[3] if s["title"] == "茶歇"] for f in FORUMS]
    assert all(len(t) == 1 for t in teas) and len({t[0] for t in teas[1:]}) == 3, teas
    assert sum(s["kind"] == "panel" for s in slots) == 1
    assert sum(len(s["sp"]) == 2 for s in slots if s["kind"] == "talk") == 4
    assert all(len(s["sp"]) in (1, 2) for s in slots if s["kind"] == "talk")
    assert any(s["title"] == "开幕致辞" and s["sp"] for s in slots)
    latin = [sp["name"] for s in slots for sp in s["sp"] if re.fullmatch(r"[A-Za-z ]+", sp["name"])]
    assert latin == ["Pierre Vasseur", "Jaehyun Cho"], latin
    english = [s["title"] for s in scored() if re.fullmatch(r"[\x20-\x7e]+", s["title"])]
    assert len(english) == 7, english
    assert len(people) == len(set(people)), sorted(p for p in people if people.count(p) > 1)
    assert not set(map(plain, people)) & set(REAL_NAMES)
    for s in scored():
        assert s["title"] not in words, s["title"]
        for sp in s["sp"]:
            assert plain(sp["name"]) not in words, sp["name"]
    titles = [s["title"] for s in scored()]
    assert len(titles) == len(set(titles))
    # the layout the note describes: no title wraps; every talk's speakers on ONE line; the guests on two
    assert set(LAYOUT_LOG["title_lines"].values()) == {1}, LAYOUT_LOG["title_lines"]
    for s in scored():
        lines = LAYOUT_LOG["speaker_lines"][s["title"]]
        if s["kind"] == "panel":
            assert [len(ln) for ln in lines] == PANEL_LINES, lines
        else:
            assert len(lines) == 1 and lines[0] == [sp["name"] for sp in s["sp"]], lines
    assert len(poster["forums"]) == 4
    counts = [sum(s["kind"] != "break" for s in sl) for _, _, _, sl in FORUMS]
    assert counts == [6, 9, 8, 9], counts
    return len(titles)


PANEL_LINES = [1, 3, 1]  # '主持：' moderator; '嘉宾：' three guests, then the fourth wrapped under them


def main():
    im = render()
    path = os.path.join(HERE, FILE)
    im.save(path, optimize=True)
    size = os.path.getsize(path)
    print(FILE, "%d x %d" % im.size, size)
    assert im.size[0] == W
    poster = {"file": FILE, "layout": LAYOUT, "date": DATE,
              "forums": [{"forum": n, "date": DATE, "slots": [truth_slot(s) for s in sl]} for n, _, _, sl in FORUMS]}
    n = check(poster, im.size[1])
    print("scored talks", n)
    assert 30 <= n <= 42, n
    truth = {"written": "2026-12-10", "by": "a helper that had not read the code", "note": NOTE, "posters": [poster]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
