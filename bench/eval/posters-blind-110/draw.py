"""Draw the 110th blind set of CLK agenda pictures (deterministic, Pillow only).

Run:  python draw.py   -> writes the three screenshots and truth.json next to this file.
Every string printed on a picture comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a text, never hash()).

One invented edition, CLK 2957 (第952届, 常熟, 常熟理工学院, Saturday 2957-10-22), with
CLK2022's four forum names as its README prints them, as the conference account's WeChat
article announcing the agenda, read on an iPhone (1170 x 2532, 3 px per CSS px) and saved
as THREE consecutive screenshots (PNG): iOS's status bar, WeChat's article bar, then the
white page.  The article is laid out once as one long page; the three screenshots show
three stretches of it that follow one another exactly (no gap, no overlap).  The cuts fall
between two lines of text, never through one: the first between a talk's title and its
'讲者：' line, the second between a talk's time line and its title, so two talks are split
across two screenshots (each counted once, in the screenshot that shows its time).
The agenda is in the plain article style: a forum heading (a blue bar and the name), its
host, then per talk the range on its own line, the bold title, '讲者：name  company job'
(two speakers as two lines, as one line joined by '；', or two names sharing one
affiliation); breaks as one line 'range  茶歇'; a round table with '主持：' and '嘉宾：'.
"""
import datetime
import json
import os
import random
import re
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFont

# ---------------------------------------------------------------------------
# helpers copied from posters-blind-84/draw.py (which took them from sets 80, 71, 66, 65, 62
# and 59): font, TOKEN, NO_LINE_START, qrcode, plain, seed_of, saturday, REAL_NAMES,
# listing_words, S, line_of, T, B unchanged; flow and truth_slot adapted.  New: the block
# builders, compose, the search for the cuts, the iPhone chrome, shot_truth, check, main
# and all the data.
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


# names of real speakers and hosts read on the real posters (set 80's list), none of which may be used
REAL_NAMES = ["付才", "郑堂权", "袁晓峰", "宋恺睿", "刘海龙", "张哲华", "KuzinArtem", "周俶易", "贺中坤", "白铠豪",
              "陈凯", "高亮", "杨铠衔", "李泽帆", "郭任", "邹德清", "宋卓", "郭寒军", "王刘朴", "程杰", "李珍", "张细锐",
              "孙南勇", "张翼", "黄靖", "晏艳", "余松平", "荣乾锋", "巫强", "聂诚", "余昇锦", "唐辉", "周威", "路旭",
              "陈培鸿", "郑翔", "陈华才", "侯文龙", "蒲乐辉", "杜冬冬", "杨彦凝", "皮振伟", "谢雨来", "郭纯海", "黎红波",
              "廖远鸿", "伍勍", "卢烈", "杨欢", "杨阳", "徐静波", "祝嘉", "张子扬",
              "郑琦", "宋牧春", "谢昱晟", "郭健", "彭志光", "司延腾", "殷锋卫", "谈鉴锋", "罗宏震", "伍勃"]


def listing_words():
    """Everything in the four real repositories' path listings and CLK2022's README, if the corpus is here."""
    root = "/work/shared/corpus"
    text = ""
    for n in ("2022", "2023", "2024", "2025"):
        p = os.path.join(root, "listings", "CLK%s.tsv" % n)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as fh:
                text += "\n".join(ln.split("\t")[0] for ln in fh)
    p = os.path.join(root, "years", "CLK2022", "README.md")
    if os.path.exists(p):
        with open(p, encoding="utf-8") as fh:
            text += fh.read()
    return text


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
    "edition": "CLK 2957", "nth": "第952届", "date": "2957-10-22", "city": "常熟", "school": "常熟理工学院",
    "intro": ("第952届中国Linux内核开发者大会（CLK 2957）将于10月22日（周六）在江苏常熟举行，由常熟理工学院承办。"
              "大会设一个主论坛和三个分论坛，上午为主论坛，下午三个分论坛同时进行，"
              "围绕处理器架构与调度、内存管理与异构计算、IO 与 eBPF 等方向展开交流。欢迎各位开发者报名参会！"),
    "when": "时间：2957年10月22日（周六）",
    "where": "地点：常熟理工学院东湖校区",
}

# forum: (name, host), slots.  Speaker lines: 'two' = one line per speaker (the second
# indented under the first), 'semi' = both on one line joined by '；', 'shared' = two
# names joined by '、' before ONE affiliation (the same company and job for both).
FORUMS = [
    ("主论坛", S("笪志远", "常熟理工学院", "计算机科学与工程学院 教授"), [
        T("09:00", "09:10", "开幕致辞", [S("顾建平", "常熟理工学院", "副校长")], label="致辞："),
        T("09:10", "09:45", "企业内核的长期维护：从上游到发行版的取舍",
          [S("王建国", "华为", "openEuler 内核首席专家")]),
        T("09:45", "10:20", "Sustaining the Kernel Maintainer Pipeline: Review, Testing and Mentoring",
          [S("Lukas Brenner", "SUSE", "Senior Kernel Engineer")]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:10", "面向数据中心的内核可观测性体系建设", [S("陈立", "阿里云", "操作系统团队负责人")]),
        T("11:10", "11:45", "国产多架构服务器上的内核统一维护实践", [S("蒯晓峰", "麒麟软件", "内核研发部总监")]),
        T("11:45", "12:30", "圆桌：内核开发者如何走进上游社区",
          [S("郗明", "浙江大学", "副教授"),
           S("孙晓东", "腾讯", "TencentOS 内核负责人"),
           S("杨雪", "字节跳动", "STE 内核专家"),
           S("周文斌", "龙芯中科", "内核团队负责人"),
           S("林佳", "英特尔", "开源技术中心 高级工程师")], kind="panel"),
        B("12:30", "13:30", "午餐"),
    ]),
    ("处理器架构与调度分论坛", S("佴伟", "海光信息", "高级技术专家"), [
        T("13:30", "14:00", "LoongArch 二进制翻译扩展的内核支持进展", [S("黄海", "龙芯中科", "内核工程师")]),
        T("14:00", "14:30", "在线业务的尾延迟与 EEVDF 调度参数", [S("邴少华", "字节跳动", "内核工程师")]),
        T("14:30", "15:00", "RISC-V 向量扩展的上下文切换开销优化",
          [S("邓佳琪", "赛昉科技", "软件工程师"), S("田野", "中国科学院软件研究所", "助理研究员")], form="two"),
        T("15:00", "15:30", "Cluster-Aware Scheduling on Many-Core Arm Servers", [S("许文涛", "Arm", "主任工程师")]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "基于 sched_ext 的离线任务压制策略", [S("王磊", "腾讯云", "高级工程师")]),
        T("16:15", "16:45", "混合架构处理器上的能效感知调度", [S("赵雪梅", "英特尔", "软件架构师")]),
        T("16:45", "17:15", "PREEMPT_RT 进入主线之后：工业控制场景的适配",
          [S("钱程", "中兴通讯", "操作系统工程师"), S("宋雨", "中兴通讯", "操作系统工程师")], form="shared"),
        T("17:15", "17:45", "CPU 热插拔路径的锁竞争分析与优化", [S("甄立新", "统信软件", "内核开发工程师")]),
    ]),
    ("内存管理与异构计算分论坛", S("沈丽华", "阿里云", "内核技术专家"), [
        T("13:30", "13:55", "多代 LRU 在大内存数据库场景下的回收表现", [S("程浩", "蚂蚁集团", "内核工程师")]),
        T("13:55", "14:20", "CXL 扩展内存的冷热页识别与迁移策略", [S("韩冰", "浪潮信息", "系统架构师")]),
        T("14:20", "14:45", "Per-VMA 锁在缺页路径上的延迟收益", [S("方宇", "华为", "内核工程师")]),
        T("14:45", "15:10", "GPU 驱动接入 HMM 的统一内存实践",
          [S("罗志勇", "摩尔线程", "驱动工程师"), S("潘悦", "北京大学", "博士研究生")], form="two"),
        T("15:10", "15:35", "面向 NPU 的共享虚拟内存与 IOMMU SVA", [S("余明", "寒武纪", "系统软件工程师")]),
        T("15:35", "16:00", "内存热插拔在弹性云主机上的应用", [S("卢俊", "京东云", "内核工程师")]),
        T("16:00", "16:25", "slab 合并之后：手机上的内存碎片观察", [S("傅敏", "小米", "内核工程师")]),
        T("16:25", "16:50", "hugetlb 与 THP 混用的大页池化方案", [S("蒋涛", "美团", "基础架构部 技术专家")]),
        T("16:50", "17:15", "异构内存下 NUMA Balancing 的改进", [S("郭天宇", "上海交通大学", "博士研究生")]),
    ]),
    ("IO 与 ebpf 分论坛", S("侯晓燕", "中国科学技术大学", "副教授"), [
        T("13:30", "13:55", "io_uring 在存储网关中的零拷贝实践", [S("何志刚", "腾讯", "存储内核工程师")]),
        T("13:55", "14:20", "移动端 UFS 设备的 I/O 优先级与写放大控制", [S("曹颖", "OPPO", "存储工程师")]),
        T("14:20", "14:45", "eBPF-based Tail Latency Diagnosis for Block I/O", [S("谢航", "网易", "系统工程师")]),
        T("14:45", "15:10", "用 BPF struct_ops 实现可插拔的拥塞控制", [S("秦凯", "阿里云", "网络内核工程师")]),
        T("15:10", "15:35", "XDP 在边缘网关上的包处理性能调优", [S("马骏", "中国移动研究院", "高级工程师")]),
        T("15:35", "16:00", "基于 eBPF 的容器文件访问审计",
          [S("戚文静", "深信服", "安全研究员"), S("于涛", "苏州大学", "讲师")], form="semi"),
        T("16:00", "16:25", "blk-cgroup 的 I/O 隔离改进与多租户实践", [S("袁伟", "快手", "内核工程师")]),
        T("16:25", "16:50", "Verifier Complexity Limits in Large BPF Programs", [S("江宇航", "百度智能云", "资深工程师")]),
        T("16:50", "17:15", "NVMe over TCP 在分布式存储中的落地", [S("雷振宇", "华为", "存储软件专家")]),
    ]),
]

FORUM_NAMES = ["主论坛", "处理器架构与调度分论坛", "内存管理与异构计算分论坛", "IO 与 ebpf 分论坛"]

# the three screenshots: file name (as an iPhone names them), status-bar clock, battery
SHOTS = [("IMG_7431.png", "21:47", 76), ("IMG_7432.png", "21:47", 76), ("IMG_7433.png", "21:48", 75)]

# ---------------------------------------------------------------------------
# the page
W, H_SHOT = 1170, 2532
DPR = 3  # 1170 px for a 390 px wide CSS viewport
SB, NAV = 141, 132  # iOS's status bar, WeChat's article bar
VIEW = H_SHOT - SB - NAV  # how much of the page one screenshot shows
M = 48  # the page margin (16 CSS px)
X0, X1 = M, W - M
INK = (51, 51, 51)
DARK = (34, 34, 34)
GREY = (136, 136, 136)
MID = (89, 89, 89)
ACC = (22, 104, 196)  # the article's blue
LINK = (87, 107, 149)


def px(css):
    return round(css * DPR)


F_BODY = font(px(15))
F_H2 = font(px(17), True)
F_FORUM = font(px(15), True)
F_TIME = font(px(12))
F_TITLE = font(px(13.5), True)
F_SP = font(px(12))
F_SMALL = font(px(12))
LH_BODY = round(px(15) * 1.75)
LH_TIME = round(px(12) * 1.35)
LH_TITLE = round(px(13.5) * 1.35)
LH_SP = round(px(12) * 1.35)


def flow(d, x0, y, width, runs, lh, indent=0, hang=0, base=0.72):
    """One paragraph of styled runs [(text, font, fill)], wrapped greedily (Latin words kept whole, no
    closing mark at a line's start); the first line starts at x0 + indent, the others at x0 + hang.
    Draws on the baseline.  Returns (y under the paragraph, number of lines)."""
    toks = [(t, f, fill) for (text, f, fill) in runs for t in TOKEN.findall(text)]
    lines, cur, x = [], [], indent
    for t, f, fill in toks:
        wr = d.textlength(t.rstrip(), f)
        if cur and t.strip() and x + wr > width and t[0] not in NO_LINE_START:
            lines.append(cur)
            cur, x = [], hang
        if not cur and not t.strip():
            continue
        cur.append((x, t, f, fill))
        x += d.textlength(t, f)
    if cur:
        lines.append(cur)
    for i, ln in enumerate(lines):
        by = y + i * lh + round(lh * base)
        for (x, t, f, fill) in ln:
            d.text((x0 + x, by), t, font=f, fill=fill, anchor="ls")
    return y + len(lines) * lh, len(lines)


def new_block(h=600):
    im = Image.new("RGB", (W, h), (255, 255, 255))
    return im, ImageDraw.Draw(im)


def blk(kind, gap, im, h, forum=None, slot=None, tune=None, lines=1):
    """A block of the page (one line of text, or a title over its lines): its picture and ink extent.
    gap: white space above it; tune: the name of a tunable added to that gap."""
    im = im.crop((0, 0, W, h))
    box = ImageChops.difference(im, Image.new("RGB", im.size, (255, 255, 255))).getbbox()
    assert box is not None
    return {"kind": kind, "gap": gap, "im": im, "ink": (box[1], box[3]), "forum": forum, "slot": slot,
            "tune": tune, "lines": lines}


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def text_block(kind, runs, lh, gap, forum=None, slot=None, tune=None, indent=0, hang=0, width=None):
    im, d = new_block()
    y, n = flow(d, X0, 0, width or (X1 - X0), runs, lh, indent=indent, hang=hang)
    return blk(kind, gap, im, y, forum, slot, tune, n)


def b_intro():
    """The paragraph before the agenda (its last lines stand at the top of the first screenshot)."""
    return text_block("intro", [(ED["intro"], F_BODY, INK)], LH_BODY, 0)


def b_h2(title, gap, tune=None):
    """A section heading of the article: centred bold blue, a short rule under it."""
    im, d = new_block()
    w = d.textlength(title, F_H2)
    d.text((W / 2 - w / 2, 62), title, font=F_H2, fill=ACC, anchor="ls")
    d.rectangle([W / 2 - 36, 92, W / 2 + 36, 97], fill=ACC)
    return blk("h2", gap, im, 104, tune=tune)


def b_forum(name, gap, tune=None):
    """A forum's heading: a blue bar at the left and the name in bold."""
    im, d = new_block()
    d.rectangle([X0, 10, X0 + 10, 58], fill=ACC)
    d.text((X0 + 30, 50), name, font=F_FORUM, fill=DARK, anchor="ls")
    return blk("forum", gap, im, 66, forum=name, tune=tune)


def b_host(name, host):
    b = text_block("host", [("主持人：", F_SP, MID), (host["name"], F_SP, MID), ("  " + line_of(host), F_SP, MID)],
                   LH_SP, 6, forum=name)
    assert b["lines"] == 1, host
    return b


def speaker_runs(sp):
    return [(sp["name"], F_SP, MID), ("  " + line_of(sp), F_SP, MID)]


def slot_blocks(forum, s, first, tune):
    """A slot as blocks: a break is one line; a talk is its range line, its bold title and its speaker lines.
    tune names the extra space (the same in a whole forum) above every slot but the forum's first."""
    gap = 14 if first else 8
    tune = None if first else tune
    if s["kind"] == "break":
        return [text_block("break", [(rng(s), F_TIME, ACC), ("　" + s["title"], F_SP, GREY)], LH_TIME, gap,
                           forum, s, tune)]
    out = [text_block("time", [(rng(s), F_TIME, ACC)], LH_TIME, gap, forum, s, tune),
           text_block("title", [(s["title"], F_TITLE, DARK)], LH_TITLE, 0, forum, s)]
    out[-1]["title_lines"] = out[-1]["lines"]
    sps = s["sp"]
    if s["kind"] == "panel":
        mod, guests = sps[0], sps[1:]
        out.append(text_block("speaker", [("主持：", F_SP, MID)] + speaker_runs(mod), LH_SP, 0, forum, s))
        im, d = new_block()
        hang = d.textlength("嘉宾：", F_SP)
        for i, g in enumerate(guests):
            out.append(text_block("speaker", ([("嘉宾：", F_SP, MID)] if i == 0 else []) + speaker_runs(g), LH_SP, 0,
                                  forum, s, indent=0 if i == 0 else hang))
    else:
        label = s.get("label", "讲者：")
        form = s.get("form")
        im, d = new_block()
        hang = d.textlength(label, F_SP)
        if form == "two":
            out.append(text_block("speaker", [(label, F_SP, MID)] + speaker_runs(sps[0]), LH_SP, 0, forum, s))
            out.append(text_block("speaker", speaker_runs(sps[1]), LH_SP, 0, forum, s, indent=hang))
        elif form == "semi":
            out.append(text_block("speaker", [(label, F_SP, MID)] + speaker_runs(sps[0]) + [("；", F_SP, MID)]
                                  + speaker_runs(sps[1]), LH_SP, 0, forum, s))
        elif form == "shared":
            assert line_of(sps[0]) == line_of(sps[1])
            out.append(text_block("speaker", [(label, F_SP, MID), ("%s、%s" % (sps[0]["name"], sps[1]["name"]), F_SP, MID),
                                              ("  " + line_of(sps[0]), F_SP, MID)], LH_SP, 0, forum, s))
        else:
            assert len(sps) == 1
            out.append(text_block("speaker", [(label, F_SP, MID)] + speaker_runs(sps[0]), LH_SP, 0, forum, s))
    for b in out[2:]:
        assert b["lines"] == 1, s["title"]
    return out


def b_qr():
    im, d = new_block(700)
    size = 420
    x = (W - size) // 2
    d.rectangle([x - 20, 0, x + size + 20, size + 40], outline=(225, 225, 225), width=2)
    qrcode(d, x, 20, size, seed_of(ED["edition"] + "qr"))
    return blk("qr", 30, im, size + 44)


def article(tunes):
    """All blocks of the article in order; tunes: extra white space (px) for the named gaps."""
    blocks = [b_intro(), b_h2("大会议程", 70, tune="head")]
    blocks.append(text_block("meta", [(ED["when"] + "　" + ED["where"], F_SP, MID)], LH_SP, 30))
    for i, (name, host, slots) in enumerate(FORUMS):
        blocks.append(b_forum(name, 40 if i else 30, tune="f%d" % i))
        blocks.append(b_host(name, host))
        for j, s in enumerate(slots):
            blocks += slot_blocks(name, s, j == 0, "s%d" % i)
    blocks.append(text_block("note", [("*以上议程如有调整，请以大会现场为准", F_SMALL, GREY)], round(px(12) * 1.5), 60,
                             tune="tail"))
    blocks.append(b_h2("报名方式", 70))
    blocks.append(text_block("para", [("本次大会免费参加，名额有限。请长按识别下方二维码填写报名信息，"
                                       "报名成功后将收到短信通知，会议当天凭短信签到入场。", F_BODY, INK)],
                             LH_BODY, 34))
    blocks.append(b_qr())
    for b in blocks:
        b["gap0"] = b["gap"]
    return blocks


def place(blocks, tunes):
    """Stack the blocks; give each its top y and its ink span on the page."""
    y = 0
    for b in blocks:
        y += b["gap0"] + tunes.get(b["tune"], 0)
        b["y"] = y
        b["span"] = (y + b["ink"][0], y + b["ink"][1])
        y += b["im"].size[1]
    return y


def compose(blocks, height):
    page = Image.new("RGB", (W, height), (255, 255, 255))
    for b in blocks:
        page.paste(b["im"], (0, b["y"]))
    return page


CLEAR = 5  # no ink this close to a screenshot's edge


def in_white(blocks, c):
    """Is the page row c in white space (no block's ink within CLEAR)?  The QR picture may be cut."""
    for b in blocks:
        if b["kind"] != "qr" and b["span"][0] - CLEAR < c < b["span"][1] + CLEAR:
            return False
    return True


def between(blocks, c):
    """The blocks just above and just below the row c."""
    above = [b for b in blocks if b["span"][1] <= c]
    below = [b for b in blocks if b["span"][0] >= c]
    return (above[-1] if above else None), (below[0] if below else None)


def find_cuts(blocks):
    """Tune the page so that its three screenshots (VIEW rows of page each, following one another) cut where
    wanted, in three stages (each tune only moves what lies under it, so a later stage keeps the earlier
    cuts; in each stage the first tuning in a fixed order that fits is taken):
    1. the space above '大会议程' (head): cut 1 falls between a talk's title and its first speaker line, and
       the first screenshot starts in the white space above '大会议程', under the intro's last line or over it;
    2. the space above each slot and above the forum heading of the forum cut 2 falls in (sI, fI): cut 2
       falls between a talk's range line and its title;
    3. the space above the last forum's heading, above its slots and above the closing note: the third
       screenshot ends after the last slot, in white space.
    Returns (tunes, [(top, bottom)] * 3)."""
    intro, h2 = blocks[0], blocks[1]
    tunes = {}

    def gap_kinds(c):
        a, z = between(blocks, c)
        if not (a and z and in_white(blocks, c) and a["slot"] is not None and a["slot"] is z["slot"]):
            return None
        return a["kind"], z["kind"]

    for head in range(0, 300, 2):
        tunes["head"] = head
        place(blocks, tunes)
        ok = None
        for i, b in enumerate(blocks[:-1]):
            nxt = blocks[i + 1]
            if b["kind"] == "title" and nxt["kind"] == "speaker" and b["slot"]["kind"] == "talk":
                c1 = (b["span"][1] + nxt["span"][0]) // 2
                t0 = c1 - VIEW
                if intro["span"][1] - LH_BODY < t0 < h2["span"][0] - CLEAR and in_white(blocks, t0) \
                        and gap_kinds(c1) == ("title", "speaker"):
                    ok = (t0, c1)
                    break
        if ok:
            break
    assert ok, "stage 1"
    t0, c1 = ok
    f2 = None
    for k in range(len(FORUMS)):
        fb = [b for b in blocks if b["kind"] == "forum" and b["forum"] == FORUMS[k][0]][0]
        if c1 < fb["span"][0] < c1 + VIEW:
            f2 = k
    assert f2 is not None
    c2 = c1 + VIEW
    found = False
    for sg in range(0, 5):
        for fg in range(0, 80, 2):
            tunes.update({"s%d" % f2: sg, "f%d" % f2: fg})
            place(blocks, tunes)
            if gap_kinds(c2) == ("time", "title"):
                found = True
                break
        if found:
            break
    assert found, "stage 2"
    c3 = c2 + VIEW
    last = [x for x in blocks if x["slot"] is not None][-1]
    found = False
    for tail in range(0, 200, 2):
        tunes["tail"] = tail
        place(blocks, tunes)
        if last["span"][1] + 40 < c3 and in_white(blocks, c3) and (between(blocks, c3)[0] or {}).get("kind") != "h2":
            found = True
            break
    assert found, "stage 3"
    return tunes, [(t0, c1), (c1, c2), (c2, c3)]


# ---------------------------------------------------------------------------
# the phone's chrome (iOS status bar, WeChat's article bar)
def status_bar(d, clock, battery):
    d.rectangle([0, 0, W, SB + NAV], fill=(255, 255, 255))
    d.text((175, 100), clock, font=font(51, True), fill=(0, 0, 0), anchor="ms")
    # cellular bars
    x = 880
    for i in range(4):
        hgt = 14 + i * 8
        d.rounded_rectangle([x + i * 17, 96 - hgt, x + i * 17 + 11, 96], radius=3, fill=(0, 0, 0))
    # wifi: three arcs and a dot, a fan opening upwards
    cx, cy = 985, 98
    for r in (36, 25, 14):
        d.arc([cx - r, cy - r, cx + r, cy + r], 225, 315, fill=(0, 0, 0), width=7)
    d.pieslice([cx - 7, cy - 10, cx + 7, cy + 4], 225, 315, fill=(0, 0, 0))
    # battery: a rounded body filled to the level, the number inside, the cap
    bx, by, bw, bh = 1036, 70, 76, 36
    d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=10, outline=(150, 150, 150), width=3)
    d.rounded_rectangle([bx + 4, by + 4, bx + 4 + round((bw - 8) * battery / 100), by + bh - 4], radius=7,
                        fill=(0, 0, 0))
    d.rounded_rectangle([bx + bw + 4, by + 12, bx + bw + 9, by + bh - 12], radius=2, fill=(150, 150, 150))
    t = str(battery)
    d.text((bx + bw / 2, by + 29), t, font=font(26, True), fill=(255, 255, 255), anchor="ms")
    # WeChat's article bar: a back chevron and the '···' menu; a hairline under it
    y = SB + NAV // 2
    d.line([(52, y), (76, y - 26)], fill=(0, 0, 0), width=6)
    d.line([(52, y), (76, y + 26)], fill=(0, 0, 0), width=6)
    for i in range(3):
        d.ellipse([W - 118 + i * 30, y - 7, W - 104 + i * 30, y + 7], fill=(0, 0, 0))
    d.line([(0, SB + NAV - 1), (W, SB + NAV - 1)], fill=(236, 236, 236), width=2)


def shot(page, top, bottom, clock, battery):
    im = Image.new("RGB", (W, H_SHOT), (255, 255, 255))
    im.paste(page.crop((0, top, W, bottom)), (0, SB + NAV))
    status_bar(ImageDraw.Draw(im), clock, battery)
    return im


# ---------------------------------------------------------------------------
def truth_slot(s, host):
    speakers = [plain(sp["name"]) for sp in s["sp"]]
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": speakers, "affiliations": [line_of(sp) for sp in s["sp"]],
            "host": plain(host["name"]) if s["kind"] != "break" else None}


def shot_truth(blocks, top, bottom):
    """The forums (in page order) and the slots whose range line this screenshot shows."""
    hosts = {f[0]: f[1] for f in FORUMS}
    out = []
    for b in blocks:
        if b["kind"] not in ("time", "break") or not (top <= b["span"][0] and b["span"][1] <= bottom):
            continue
        if not out or out[-1]["forum"] != b["forum"]:
            out.append({"forum": b["forum"], "date": ED["date"], "slots": []})
        out[-1]["slots"].append(truth_slot(b["slot"], hosts[b["forum"]]))
    return out


def check(blocks, wins):
    assert saturday(ED["date"])
    assert [f[0] for f in FORUMS] == FORUM_NAMES
    people, talks, titles = [], 0, []
    for (name, host, slots) in FORUMS:
        people.append(host["name"])
        prev = None
        for s in slots:
            assert s["start"] < s["end"] and (prev is None or prev == s["start"]), (name, s["title"])
            prev = s["end"]
            if s["kind"] != "break":
                people += [sp["name"] for sp in s["sp"]]
                titles.append(s["title"])
            if s["kind"] == "talk":
                talks += 1
    assert 30 <= talks <= 42, talks
    assert len(people) == len(set(people)), [p for p in people if people.count(p) > 1]
    assert len(titles) == len(set(titles))
    words = listing_words()
    for p in people:
        assert plain(p) not in REAL_NAMES and plain(p) not in words, p
    for t in titles:
        if t != "开幕致辞":
            assert t not in words, t
    ss = [s for f in FORUMS for s in f[2]]
    assert sum(1 for s in ss if s["kind"] == "panel") == 1
    assert sum(1 for s in ss if len(s["sp"]) == 2) >= 3
    assert sum(1 for s in ss if any(sp["name"].isascii() for sp in s["sp"])) == 1
    assert sum(1 for t in titles if t.isascii()) >= 3
    assert {"茶歇", "午餐"} <= {s["title"] for s in ss}
    # no ink cut by any edge; the windows follow one another; each is VIEW rows
    for t, e in wins:
        assert e - t == VIEW and in_white(blocks, t) and in_white(blocks, e)
    for (t, e), (t2, e2) in zip(wins, wins[1:]):
        assert e == t2
    # every slot's range line on exactly one screenshot; every text block whole on one screenshot
    for b in blocks:
        if b["kind"] == "qr":
            continue
        n = sum(1 for t, e in wins if t <= b["span"][0] and b["span"][1] <= e)
        assert n == 1 or (b["kind"] in ("intro", "para", "h2") and n == 0), (b["kind"], n)
    # every forum heading on the same screenshot as its host and its first slot
    for i, b in enumerate(blocks):
        if b["kind"] == "forum":
            for t, e in wins:
                if t <= b["span"][0] < e:
                    assert blocks[i + 2]["span"][1] <= e, b["forum"]
    # exactly two talks split: cut 1 between a title and a speaker line, cut 2 between a range and a title
    split = []
    for t, e in wins[:-1]:
        a, z = between(blocks, e)
        assert a["slot"] is z["slot"] and a["slot"]["kind"] == "talk"
        split.append((a["kind"], z["kind"], a["slot"]["title"]))
    assert [x[:2] for x in split] == [("title", "speaker"), ("time", "title")], split
    # some titles wrap over two lines, none over three
    tl = [b["title_lines"] for b in blocks if b["kind"] == "title"]
    assert max(tl) == 2 and tl.count(2) >= 1, tl
    return talks, split


def main():
    blocks = article({})
    tunes, wins = find_cuts(blocks)
    assert wins, "no way to cut the page"
    height = place(blocks, tunes)
    talks, split = check(blocks, wins)
    page = compose(blocks, height)
    print("tunes", tunes, "page height", height, "windows", wins)
    print("split", split)
    assert [x[2] for x in split] == ["RISC-V 向量扩展的上下文切换开销优化", "slab 合并之后：手机上的内存碎片观察"], split
    posters = []
    for (fname, clock, battery), (top, bottom) in zip(SHOTS, wins):
        im = shot(page, top, bottom, clock, battery)
        im.save(os.path.join(HERE, fname), optimize=False, compress_level=6)
        forums = shot_truth(blocks, top, bottom)
        got = [(f["forum"], len(f["slots"])) for f in forums]
        assert got == EXPECT[len(posters)], got
        assert im.size == (W, H_SHOT)
        posters.append({"file": fname, "layout": LAYOUTS[fname], "date": ED["date"], "forums": forums})
        print(fname, im.size, "%.2f MB" % (os.path.getsize(os.path.join(HERE, fname)) / 1e6), got)
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("scored talks:", talks)


EXPECT = [[("主论坛", 8), ("处理器架构与调度分论坛", 3)],
          [("处理器架构与调度分论坛", 6), ("内存管理与异构计算分论坛", 7)],
          [("内存管理与异构计算分论坛", 2), ("IO 与 ebpf 分论坛", 9)]]
CHROME = ("an iPhone screenshot (PNG, 1170 x 2532, the page at 3 px per CSS px) of the conference account's WeChat "
          "article: iOS's status bar ('%s' at the left; signal bars, wifi and a battery showing '%d' at the right), "
          "WeChat's article bar ('<' and '···', a hairline under it), then the white page. ")

LAYOUTS = {
    SHOTS[0][0]: "CLK 2957 (第952届), 常熟, 2957-10-22, screenshot 1 of 3: " + CHROME % ("21:47", 76) + (
        "It starts at the article's section heading '大会议程' (centred, bold blue, a short rule under it) and the line "
        "'时间：2957年10月22日（周六）　地点：常熟理工学院东湖校区' (the only place the date is printed). Then 主论坛: a "
        "blue bar and the name in bold, '主持人：笪志远  常熟理工学院 计算机科学与工程学院 教授'; each slot in the plain "
        "article style: the range alone on a blue line, the bold title under it, then '讲者：name  company job' in "
        "grey. '09:00-09:10' '开幕致辞' '致辞：顾建平  常熟理工学院 副校长'; the Latin speaker '讲者：Lukas Brenner  SUSE "
        "Senior Kernel Engineer' under the English title 'Sustaining the Kernel Maintainer Pipeline: Review,' / "
        "'Testing and Mentoring' (two lines); breaks as ONE line, the range then the label in grey "
        "('10:20-10:35　茶歇', '12:30-13:30　午餐'); the round table '11:45-12:30' '圆桌：内核开发者如何走进上游社区' with "
        "'主持：郗明  浙江大学 副教授' and '嘉宾：' before the first of four guests, the other three indented under it. "
        "Then 处理器架构与调度分论坛 (bar, name, '主持人：佴伟  海光信息 高级技术专家') and its first three talks; the "
        "screenshot ENDS between the third talk's title ('14:30-15:00' 'RISC-V 向量扩展的上下文切换开销优化') and its "
        "speaker lines, which stand at the top of screenshot 2. 5 talks + a round table, 3 talks."),
    SHOTS[1][0]: "CLK 2957, screenshot 2 of 3: " + CHROME % ("21:47", 76) + (
        "It starts with the two speaker lines of the talk whose range and title end screenshot 1: '讲者：邓佳琪  "
        "赛昉科技 软件工程师' and, indented under the name, '田野  中国科学院软件研究所 助理研究员' (no range, no title, "
        "no forum heading on this picture before them). Then the rest of 处理器架构与调度分论坛: the English "
        "'Cluster-Aware Scheduling on Many-Core Arm Servers' (许文涛, Arm 主任工程师), '15:30-15:45　茶歇', "
        "'讲者：钱程、宋雨  中兴通讯 操作系统工程师' (two names sharing one affiliation), up to 17:15-17:45. Then, after a "
        "wider white space, 内存管理与异构计算分论坛 (bar, name, '主持人：沈丽华  阿里云 内核技术专家'), 25-minute talks "
        "without a break: '讲者：罗志勇  摩尔线程 驱动工程师' / '潘悦  北京大学 博士研究生' (two lines) ...; the screenshot "
        "ENDS with the range line '16:00-16:25' of a talk whose title ('slab 合并之后：手机上的内存碎片观察') and speaker "
        "('讲者：傅敏  小米 内核工程师') stand at the top of screenshot 3. 5 talks + 茶歇, 7 talks."),
    SHOTS[2][0]: "CLK 2957, screenshot 3 of 3: " + CHROME % ("21:48", 75) + (
        "It starts with the bold title 'slab 合并之后：手机上的内存碎片观察' and '讲者：傅敏  小米 内核工程师' (their range "
        "is the last line of screenshot 2), then the last two talks of 内存管理与异构计算分论坛 (16:25-16:50, "
        "16:50-17:15), no heading on this picture. Then 'IO 与 ebpf 分论坛' (bar, name, '主持人：侯晓燕  中国科学技术大学 "
        "副教授'): nine 25-minute talks from 13:30-13:55 to 16:50-17:15 without a break; two English titles "
        "('eBPF-based Tail Latency Diagnosis for Block I/O', 'Verifier Complexity Limits in Large BPF Programs'); "
        "'讲者：戚文静  深信服 安全研究员；于涛  苏州大学 讲师' (two speakers on ONE line joined by '；'). Then "
        "'*以上议程如有调整，请以大会现场为准' in grey and white space. 2 talks, 9 talks."),
}

NOTE = (
    "Same conventions as posters-blind-43 (and 59, 84): speakers are names as printed with spaces removed (the Latin "
    "name 'Lukas Brenner' -> 'LukasBrenner'); host is the 主持人 printed under the forum's heading, null for breaks; "
    "start/end HH:MM; where two speakers are printed each has his own affiliation; affiliations are 'company job' as "
    "printed after the name, joined by one space ('华为 openEuler 内核首席专家', 'SUSE Senior Kernel Engineer', "
    "'英特尔 开源技术中心 高级工程师'); break titles as printed; an opening speech printed with a speaker ('开幕致辞', "
    "'致辞：顾建平…') is a talk; '午餐' closes 主论坛. ONE invented edition, CLK 2957 (第952届, 常熟, 常熟理工学院, "
    "Saturday 2957-10-22; 主论坛 in the morning, CLK2022's three other forums in parallel from 13:30, the four names "
    "as CLK2022's README prints them, 'IO 与 ebpf 分论坛' with its spaces and lower-case 'ebpf'), given as THREE "
    "consecutive iPhone screenshots (1170 x 2532 PNG) of the conference account's WeChat article, each showing the "
    "next 2259 rows of the page: no gap, no overlap, no line of text cut by an edge. Judgement calls: (1) TWO TALKS "
    "ARE SPLIT ACROSS TWO SCREENSHOTS, each counted ONCE, in the screenshot that shows its range line, with its whole "
    "title, speakers and affiliations as the article prints them: 'RISC-V 向量扩展的上下文切换开销优化' (14:30-15:00, "
    "处理器架构与调度分论坛) has its range and title at the foot of IMG_7431.png and its two speaker lines (邓佳琪, "
    "田野) at the top of IMG_7432.png, and is given on IMG_7431.png only; 'slab 合并之后：手机上的内存碎片观察' "
    "(16:00-16:25, 内存管理与异构计算分论坛) has only its range line at the foot of IMG_7432.png and its title and "
    "speaker line (傅敏) at the top of IMG_7433.png, and is given on IMG_7432.png only. The lines at the top of the "
    "next screenshot (speaker lines without a range; a title and a speaker line without a range) are no slot of that "
    "picture. (2) A forum CUT ACROSS two screenshots is given on both under its own name and host, each with the slots "
    "whose range it shows: 处理器架构与调度分论坛 (3 slots on IMG_7431.png, 6 on IMG_7432.png), 内存管理与异构计算分论坛 "
    "(7 on IMG_7432.png, 2 on IMG_7433.png); on the picture with the continuation, neither the forum's name nor its "
    "host is printed (what the article says; a reader of that picture alone can learn them only from the picture "
    "before). (3) Every forum's date is 2957-10-22, printed only in IMG_7431.png's line '时间：2957年10月22日（周六）"
    "　地点：常熟理工学院东湖校区'; the status bars' '21:47' and '21:48' are the phone's clock and '76' / '75' its "
    "battery, no times and no slots. (4) The labels '讲者：', '致辞：', '主持：', '嘉宾：' and '主持人：' are no part of a "
    "name, an affiliation or a title. Two speakers are given in printed order: one per line (邓佳琪 / 田野, 罗志勇 / "
    "潘悦, the second line indented under the first name), on ONE line joined by '；' (戚文静  深信服 安全研究员；于涛  "
    "苏州大学 讲师), or two names joined by '、' before ONE affiliation ('钱程、宋雨  中兴通讯 操作系统工程师': both "
    "get '中兴通讯 操作系统工程师'). (5) The round table '圆桌：内核开发者如何走进上游社区' (11:45-12:30, 主论坛) is "
    "kind 'panel'; its speakers are the moderator after '主持：' (郗明) and then the four guests after '嘉宾：' in "
    "printed order, each with his affiliation; its title keeps '圆桌：'; the moderator is not the forum's host "
    "(笪志远). It is not counted among the 31 scored talks below. (6) Breaks are one line, the range then the label "
    "('10:20-10:35　茶歇', '12:30-13:30　午餐', '15:30-15:45　茶歇' in 处理器架构与调度分论坛); 内存管理与异构计算分论坛 "
    "and 'IO 与 ebpf 分论坛' print no break (nine 25-minute talks each). (7) The one title over two lines is one title, "
    "joined with a space: 'Sustaining the Kernel Maintainer Pipeline: Review, Testing and Mentoring'. (8) The section "
    "heading '大会议程', the date line, the forum headings' blue bars and '*以上议程如有调整，请以大会现场为准' are no "
    "slots. Uncommon surnames: 笪, 佴 (hosts), 蒯, 郗, 邴, 甄, 戚. 31 scored talks (5 + 8 + 9 + 9; the opening speech "
    "is one of them) plus the round table; 4 breaks.")


if __name__ == "__main__":
    main()
