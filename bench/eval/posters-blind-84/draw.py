"""Draw the eighty-fourth blind set of CLK agenda pictures (deterministic, Pillow only).

Run:  python draw.py   -> writes the four screenshots and truth.json next to this file.
Every string printed on a picture comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances (seeds are
fixed numbers or zlib.crc32 of a text, never hash()).

One invented edition, CLK 2841 (第836届, 九江, Saturday 2841-10-19), with CLK2025's six
forum names, as the conference account's WeChat article announcing the agenda, seen on
an Android phone 1080 px wide and saved as FOUR consecutive SCROLLING screenshots (JPEG
q80, 2400 to 3200 px tall): the phone's status bar, WeChat's article bar, a stretch of the
white article page, the gesture strip.  The article is laid out once as one long page; the
four stretches are cut from it where no text is cut (each cut in the white space after a
talk, the next screenshot starting there), so every slot is whole on exactly one
screenshot, and three forums run on from one screenshot to the next without their heading.
The article sets its talks in three ways:
- 'HH:MM-HH:MM | title' then 'name　company job' (主论坛 with round photos, and
  调度、性能与调试分论坛 without);
- a time tag or '【时间】', then '【演讲主题】…' / '【主题】…' and '【演讲嘉宾】…' /
  '【嘉宾】…' (文件系统与存储分论坛, 硬件架构与异构计算分论坛);
- the time, a bold title, then '分享嘉宾：name（company）' (内存管理与优化分论坛,
  AI 基础设施与 eBPF 应用分论坛).
"""
import datetime
import json
import os
import random
import re
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFont

# ---------------------------------------------------------------------------
# helpers copied from posters-blind-80/draw.py (which took them from sets 71, 66, 65, 62 and
# 59): font, qrcode, plain, seed_of, saturday, REAL_NAMES and listing_words unchanged; TOKEN
# and NO_LINE_START with '【', '】' and '|' added; T, B, S and truth_slot reshaped (a kind
# argument, the company and job kept apart).  photo after set 59's portrait (round, no shade).
# New: flow, line_of, the block builders, the phone chrome, the cutting of windows, check,
# main and all the data.
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
    "edition": "CLK 2841", "nth": "第836届", "date": "2841-10-19", "city": "九江", "school": "九江学院",
    "headline": "议程发布｜第836届中国Linux内核开发者大会完整议程来了！",
    "account": "CLK开发者大会",
    "published": "2841年10月10日 19:30",
    "ip": "江西",
    "intro": ("第836届中国Linux内核开发者大会（CLK 2841）将于2841年10月19日（周六）在九江学院举行。"
              "本届大会设一个主论坛和五个分论坛，上午主论坛，下午五个分论坛同时进行。完整议程如下："),
}

# forum: (name, style, hall line, host), slots
FORUMS = [
    ("主论坛", "A", "地点：图书馆一楼学术报告厅",
     S("郜文涛", "九江学院", "计算机与大数据科学学院院长"), [
         B("08:30", "09:00", "签到"),
         T("09:00", "09:10", "开幕致辞", [S("周德明", "九江学院", "副校长")], photo=False),
         T("09:10", "09:50", "面向万卡智算集群的操作系统内核：挑战与演进",
           [S("何立伟", "华为", "操作系统内核首席专家")], photo=True),
         T("09:50", "10:30", "云主机内核热升级：从 kexec 到业务无感切换",
           [S("唐雪峰", "腾讯云", "TencentOS 内核负责人")], photo=True),
         B("10:30", "10:45", "茶歇"),
         T("10:45", "11:25", "Keeping Stable Kernels Stable: Ten Years of Backporting at Scale",
           [S("Oliver Hartmann", "SUSE", "内核团队技术总监")], photo=True),
         T("11:25", "12:10", "圆桌讨论：AI 时代，内核开发者的新角色",
           [S("闵晓东", "龙蜥社区", "技术委员会委员"),
            S("蓝海波", "统信软件", "内核研发总监"),
            S("秦雅琪", "vivo", "操作系统内核专家"),
            S("宫振华", "中国科学院软件研究所", "研究员"),
            S("卢家明", "蚂蚁集团", "基础软件负责人")], kind="panel", photo=False),
         B("12:10", "13:30", "午餐"),
     ]),
    ("内存管理与优化分论坛", "C", "地点：图书馆二楼 201 报告厅",
     S("亢志军", "字节跳动", "内核技术专家"), [
         T("13:30", "14:00", "THP 混部场景下的碎片治理与 khugepaged 调优", [S("罗建平", "字节跳动", "内核工程师")]),
         T("14:00", "14:30", "基于 DAMON 的冷热页识别在手机上的落地", [S("沈佳", "vivo")]),
         T("14:30", "15:00", "Memory Tiering Policies for CXL-Attached DRAM", [S("Daniel Kovacs", "SUSE", "内核工程师")]),
         T("15:00", "15:30", "memcg 回收延迟的观测与优化", [S("田宏亮", "阿里云", "高级技术专家")]),
         B("15:30", "15:45", "茶歇"),
         T("15:45", "16:15", "slab 分配器在高核数服务器上的扩展性改进", [S("苗志鹏", "海光信息")]),
         T("16:15", "16:45", "KSM 在高密度虚拟化部署中的收益与代价", [S("邓一鸣", "中国移动云能力中心")]),
         T("16:45", "17:15", "页面迁移路径的批量化优化", [S("吕晨", "OPPO"), S("许佳琪", "OPPO")], shared=True),
     ]),
    ("文件系统与存储分论坛", "B1", "地点：图书馆二楼 203 报告厅",
     S("邰国栋", "华为", "存储内核技术专家"), [
         T("13:30", "14:10", "XFS 在线修复（online repair）的原理与生产验证", [S("黄振", "京东云", "存储内核工程师")]),
         T("14:10", "14:50", "ext4 支持大于页大小的块：实现进展与评测", [S("王思远", "华为", "文件系统工程师")]),
         T("14:50", "15:30", "基于 io_uring 的用户态块设备性能优化",
           [S("胡立", "小米", "存储工程师"), S("钟雨晴", "中国科学技术大学", "博士研究生")]),
         B("15:30", "15:50", "茶歇"),
         T("15:50", "16:30", "云盘场景下 NVMe 多路径的故障切换优化", [S("孟繁星", "百度智能云", "资深研发工程师")]),
         T("16:30", "17:10", "Btrfs 快照在终端 OTA 升级中的应用", [S("徐晨", "荣耀终端", "文件系统专家")]),
         T("17:10", "17:50", "基于 fs-verity 的容器镜像完整性校验", [S("赖文", "统信软件", "内核工程师")]),
     ]),
    ("调度、性能与调试分论坛", "A", "地点：图书馆三楼 301 报告厅",
     S("仝海燕", "浙江大学", "副教授"), [
         T("13:30", "14:10", "sched_ext 在在线业务中的调度策略实践", [S("尹浩", "快手", "内核工程师")]),
         T("14:10", "14:50", "延迟敏感任务在 EEVDF 下的调优经验", [S("梁晨", "OPPO", "内核技术专家")]),
         T("14:50", "15:30", "Tracing Scheduler Latency with BPF and perf on Arm64 Servers",
           [S("段雅文", "Arm", "高级软件工程师")]),
         B("15:30", "15:45", "茶歇"),
         T("15:45", "16:25", "lockdep 在产品化内核中的裁剪与使用", [S("戴志伟", "麒麟软件", "内核开发工程师")]),
         T("16:25", "17:05", "大内存机器上 kdump 与 crash 的加速实践", [S("严晓光", "蚂蚁集团", "系统工程师")]),
         T("17:05", "17:45", "实时内核延迟分析：rtla 与 osnoise 实战", [S("彭磊", "中兴通讯", "操作系统专家")]),
     ]),
    ("硬件架构与异构计算分论坛", "B2", "地点：图书馆三楼 303 报告厅",
     S("范建国", "中国科学院计算技术研究所", "研究员"), [
         T("13:30", "14:10", "LoongArch 虚拟化扩展在 KVM 中的支持现状", [S("郝俊", "龙芯中科", "内核工程师")]),
         T("14:10", "14:50", "RISC-V AIA 中断架构的内核实现", [S("潘若琳", "中国科学院软件研究所", "助理研究员")]),
         T("14:50", "15:30", "CXL 内存设备的热插拔与 RAS 处理", [S("马天宇", "英特尔", "软件工程师")]),
         B("15:30", "15:45", "茶歇"),
         T("15:45", "16:25", "鲲鹏服务器上的 MPAM 资源隔离实践", [S("万青", "华为", "鲲鹏内核工程师")]),
         T("16:25", "17:05", "GPU 共享虚拟内存与 HMM 的适配", [S("谷岩", "摩尔线程", "驱动架构师")]),
         T("17:05", "17:45", "DPU 卸载场景下的 vDPA 驱动开发", [S("宁可心", "中科驭数", "内核工程师")]),
     ]),
    ("AI 基础设施与 eBPF 应用分论坛", "C", "地点：图书馆四楼 401 报告厅",
     S("訾晓琳", "阿里云", "技术专家"), [
         T("13:30", "14:10", "GPU 显存与主机内存统一调度的内核支持", [S("钱一帆", "字节跳动", "系统工程师")]),
         T("14:10", "14:50", "用 eBPF 构建推理服务的尾延迟画像", [S("庞俊", "美团")]),
         T("14:50", "15:30", "bpf_struct_ops 在拥塞控制中的应用", [S("包振宇", "腾讯")]),
         B("15:30", "15:45", "茶歇"),
         T("15:45", "16:25", "大模型辅助内核补丁审查的探索", [S("石磊", "清华大学"), S("向蕾", "华为")]),
         T("16:25", "17:05", "Verifying BPF Programs at Scale: Lessons from Production", [S("Marek Jansen", "Red Hat")]),
         T("17:05", "17:45", "AI 训练数据读取路径上的页缓存优化", [S("章文博", "阿里云", "存储技术专家")]),
     ]),
]

FORUM_NAMES = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
               "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]

# the four screenshots: file name (as an Android phone names them), status-bar clock, battery
SHOTS = [("Screenshot_28411012_210314_com.tencent.mm.jpg", "21:03", 64),
         ("Screenshot_28411012_210322_com.tencent.mm.jpg", "21:03", 64),
         ("Screenshot_28411012_210331_com.tencent.mm.jpg", "21:03", 63),
         ("Screenshot_28411012_210340_com.tencent.mm.jpg", "21:03", 63)]

# ---------------------------------------------------------------------------
# the page
W = 1080
DPR = 2.625  # 1080 px for a 411 px wide CSS viewport
SB, NAV, GEST = 84, 147, 63  # status bar, WeChat's article bar, the gesture strip at the foot
M = 44  # the page margin (16 CSS px)
X0, X1 = M, W - M  # the body's sections
INK = (51, 51, 51)
DARK = (34, 34, 34)
GREY = (128, 128, 128)
MID = (96, 96, 96)
ACC = (19, 111, 214)  # the article's blue
TINT = (232, 241, 252)
LINK = (87, 107, 149)  # WeChat's account-name blue


def px(css):
    return round(css * DPR)


F_HEAD = font(px(22), True)
F_META = font(px(14.5))
F_BODY = font(px(15))
F_TITLE = font(px(15), True)
F_SP = font(px(14))
F_SPB = font(px(14), True)
F_SMALL = font(px(13))
F_TAG = font(px(13), True)
F_FORUM = font(px(17), True)


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


def new_block(h=1400):
    im = Image.new("RGB", (W, h), (255, 255, 255))
    return im, ImageDraw.Draw(im)


def photo(im, x, y, size, name):
    """A round portrait: a seeded backdrop, head and shoulders (drawn at 3x and scaled down)."""
    rnd = random.Random(seed_of(name))
    k = 3
    s = size * k
    back = [(196, 210, 228), (214, 206, 196), (200, 222, 214), (222, 214, 230)][rnd.randrange(4)]
    shirt = [(40, 44, 58), (70, 98, 150), (236, 238, 242), (60, 64, 70)][rnd.randrange(4)]
    skin = [(232, 196, 170), (220, 182, 152), (240, 208, 186)][rnd.randrange(3)]
    hair = [(28, 24, 22), (40, 34, 30), (70, 60, 52)][rnd.randrange(3)]
    tile = Image.new("RGB", (s, s), back)
    td = ImageDraw.Draw(tile)
    td.pieslice([s * 0.12, s * 0.66, s * 0.88, s * 1.40], 180, 360, fill=shirt)
    td.rectangle([s * 0.44, s * 0.56, s * 0.56, s * 0.70], fill=skin)
    td.ellipse([s * 0.32, s * 0.22, s * 0.68, s * 0.62], fill=skin)
    td.chord([s * 0.30, s * 0.17, s * 0.70, s * 0.48], 180, 360, fill=hair)
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, s - 1, s - 1], fill=255)
    tile = tile.resize((size, size), Image.LANCZOS)
    mask = mask.resize((size, size), Image.LANCZOS)
    im.paste(tile, (x, y), mask)


# ---------------------------------------------------------------------------
# blocks of the article: each is drawn on its own white strip; its ink extent is measured
def blk(kind, gap, im, h, forum=None, slot=None):
    im = im.crop((0, 0, W, h))
    box = ImageChops.difference(im, Image.new("RGB", im.size, (255, 255, 255))).getbbox()
    assert box is not None
    return {"kind": kind, "gap": gap, "im": im, "ink": (box[1], box[3]), "forum": forum, "slot": slot}


def b_headline():
    im, d = new_block()
    y, n = flow(d, M, 0, W - 2 * M, [(ED["headline"], F_HEAD, DARK)], round(px(22) * 1.4))
    assert n in (2, 3), n
    return blk("head", 36, im, y)


def b_meta():
    im, d = new_block()
    f = F_META
    x = M
    w0 = d.textlength("原创", f)
    d.rounded_rectangle([x, 8, x + w0 + 16, 52], radius=4, fill=(242, 242, 242))
    d.text((x + 8, 44), "原创", font=f, fill=GREY, anchor="ls")
    x += w0 + 36
    d.text((x, 44), ED["account"], font=f, fill=LINK, anchor="ls")
    x += d.textlength(ED["account"], f) + 26
    d.text((x, 44), ED["published"], font=f, fill=(178, 178, 178), anchor="ls")
    x += d.textlength(ED["published"], f) + 22
    d.text((x, 44), ED["ip"], font=f, fill=(178, 178, 178), anchor="ls")
    assert x + d.textlength(ED["ip"], f) <= W - M
    return blk("head", 22, im, 60)


def b_intro():
    im, d = new_block()
    y, n = flow(d, M, 0, W - 2 * M, [(ED["intro"], F_BODY, INK)], round(px(15) * 1.75))
    return blk("head", 46, im, y)


def b_agenda_title():
    im, d = new_block()
    f = font(px(18), True)
    t = "大会议程"
    w = d.textlength(t, f)
    cx = W / 2
    d.text((cx - w / 2, 62), t, font=f, fill=ACC, anchor="ls")
    for sgn in (-1, 1):
        xa = cx + sgn * (w / 2 + 24)
        xb = cx + sgn * (w / 2 + 150)
        d.line([(xa, 45), (xb, 45)], fill=ACC, width=3)
        d.ellipse([xb - 6, 39, xb + 6, 51], fill=ACC)
    return blk("head", 40, im, 84)


def b_forum(name, hall, host):
    """The forum's heading: a blue bar with its name, then the hall and the host."""
    im, d = new_block()
    d.rounded_rectangle([X0, 0, X1, 84], radius=42, fill=ACC)
    w = d.textlength(name, F_FORUM)
    d.text((W / 2 - w / 2, 58), name, font=F_FORUM, fill=(255, 255, 255), anchor="ls")
    y = 100
    lh = round(px(14) * 1.5)
    y, n = flow(d, X0, y, X1 - X0, [(hall, F_SP, MID)], lh)
    assert n == 1, hall
    y, n = flow(d, X0, y, X1 - X0, [("主持人：", F_SP, MID), (host["name"], F_SPB, INK),
                                       ("　" + line_of(host), F_SP, MID)], lh)
    assert n == 1, host
    return blk("forum", 66, im, y, forum=name)


def rng(s):
    return "%s-%s" % (s["start"], s["end"])


def speaker_line_a(sp):
    return [(sp["name"], F_SPB, INK), ("　" + line_of(sp), F_SP, MID)]


def b_slot_a(forum, s, logs):
    """'HH:MM-HH:MM | title' then 'name　company job' (a round photo at the left on 主论坛's talks)."""
    im, d = new_block()
    lh_t, lh_s = round(px(15) * 1.5), round(px(14) * 1.5)
    x, width = X0, X1 - X0
    if s.get("photo"):
        size = 150
        photo(im, X0, 10, size, s["sp"][0]["name"])
        x, width = X0 + size + 30, X1 - X0 - size - 30
    if s["kind"] == "break":
        y, n = flow(d, x, 0, width, [(rng(s), F_TITLE, ACC), ("  |  ", F_BODY, (190, 190, 190)),
                                      (s["title"], F_BODY, GREY)], lh_t)
        return blk("slot", 30, im, y, forum, s)
    y, n = flow(d, x, 0, width, [(rng(s), F_TITLE, ACC), ("  |  ", F_BODY, (190, 190, 190)),
                                  (s["title"], F_TITLE, DARK)], lh_t)
    logs.append((s["title"], n))
    y += 4
    if s["kind"] == "panel":
        mod, guests = s["sp"][0], s["sp"][1:]
        y, n = flow(d, x, y, width, [("主持：", F_SP, MID)] + speaker_line_a(mod), lh_s)
        assert n == 1
        hang = d.textlength("嘉宾：", F_SP)
        for i, g in enumerate(guests):
            y, n = flow(d, x, y, width, ([("嘉宾：", F_SP, MID)] if i == 0 else []) + speaker_line_a(g), lh_s,
                        indent=0 if i == 0 else hang)
            assert n == 1
    else:
        for sp in s["sp"]:
            y, n = flow(d, x, y, width, speaker_line_a(sp), lh_s)
            assert n == 1, sp
    if s.get("photo"):
        y = max(y, 10 + 150 + 6)
    return blk("slot", 30, im, y, forum, s)


def b_slot_b(forum, s, logs, variant):
    """B1: a filled time tag, '【演讲主题】title', '【演讲嘉宾】name company job';
    B2: '【时间】range', '【主题】title', '【嘉宾】name company job'."""
    im, d = new_block()
    lh_t, lh_s = round(px(15) * 1.5), round(px(14) * 1.5)
    lab_t, lab_s = ("【演讲主题】", "【演讲嘉宾】") if variant == "B1" else ("【主题】", "【嘉宾】")
    y = 0
    if variant == "B1":
        t = rng(s)
        w = d.textlength(t, F_TAG)
        d.rounded_rectangle([X0, 0, X0 + w + 32, 46], radius=8, fill=ACC)
        d.text((X0 + 16, 36), t, font=F_TAG, fill=(255, 255, 255), anchor="ls")
        if s["kind"] == "break":
            d.text((X0 + w + 56, 37), s["title"], font=F_BODY, fill=GREY, anchor="ls")
            return blk("slot", 30, im, 48, forum, s)
        y = 54
    else:
        y, n = flow(d, X0, y, X1 - X0, [("【时间】", F_SP, ACC), (rng(s), F_SP, INK)]
                    + ([("　" + s["title"], F_BODY, GREY)] if s["kind"] == "break" else []), lh_s)
        if s["kind"] == "break":
            return blk("slot", 34, im, y, forum, s)
    y, n = flow(d, X0, y, X1 - X0, [(lab_t, F_TITLE, ACC), (s["title"], F_TITLE, DARK)], lh_t)
    logs.append((s["title"], n))
    hang = d.textlength(lab_s, F_SP)
    for i, sp in enumerate(s["sp"]):
        y, n = flow(d, X0, y, X1 - X0, ([(lab_s, F_SP, ACC)] if i == 0 else []) + speaker_line_a(sp), lh_s,
                    indent=0 if i == 0 else hang)
        assert n == 1, sp
    return blk("slot", 32, im, y, forum, s)


def b_slot_c(forum, s, logs):
    """The range in blue with a small bar, the bold title, '分享嘉宾：name（company）'."""
    im, d = new_block()
    lh_t, lh_s = round(px(16) * 1.45), round(px(14) * 1.5)
    if s["kind"] == "break":
        t = rng(s) + "　" + s["title"]
        w = d.textlength(t, F_SP)
        d.text((W / 2 - w / 2, 40), t, font=F_SP, fill=GREY, anchor="ls")
        for sgn in (-1, 1):
            d.line([(W / 2 + sgn * (w / 2 + 20), 27), (W / 2 + sgn * (w / 2 + 120), 27)], fill=(200, 200, 200), width=2)
        return blk("slot", 34, im, 52, forum, s)
    d.rectangle([X0, 8, X0 + 7, 40], fill=ACC)
    d.text((X0 + 22, 37), rng(s), font=F_TAG, fill=ACC, anchor="ls")
    y = 50
    y, n = flow(d, X0, y, X1 - X0, [(s["title"], font(px(16), True), DARK)], lh_t)
    logs.append((s["title"], n))
    if s.get("shared"):  # several names, one company: 'A、B（company）'
        comps = {line_of(sp) for sp in s["sp"]}
        assert len(comps) == 1
        text = "、".join(sp["name"] for sp in s["sp"]) + "（" + comps.pop() + "）"
    else:
        text = "、".join(sp["name"] + "（" + line_of(sp) + "）" for sp in s["sp"])
    y, n = flow(d, X0, y, X1 - X0, [("分享嘉宾：", F_SP, MID), (text, F_SP, INK)], lh_s)
    assert n == 1, text
    return blk("slot", 34, im, y, forum, s)


def b_end():
    im, d = new_block()
    f = F_SMALL
    d.text((X0, 40), "*以上议程如有调整，请以大会现场为准", font=f, fill=GREY, anchor="ls")
    t = "— END —"
    w = d.textlength(t, F_SP)
    d.text((W / 2 - w / 2, 150), t, font=F_SP, fill=(170, 170, 170), anchor="ls")
    return blk("end", 70, im, 170)


def b_qr():
    im, d = new_block()
    size = 300
    x = (W - size) // 2
    d.rectangle([x - 16, 0, x + size + 16, size + 32], outline=(220, 220, 220), width=2)
    qrcode(d, x, 16, size, seed_of(ED["edition"] + "qr"))
    t = "长按识别二维码　报名参会"
    w = d.textlength(t, F_SMALL)
    d.text((W / 2 - w / 2, size + 100), t, font=F_SMALL, fill=MID, anchor="ls")
    return blk("end", 50, im, size + 120)


def b_wechat_foot():
    """WeChat's own foot of an article: 阅读原文 and the reading count, then the bar of actions."""
    im, d = new_block()
    d.text((M, 50), "阅读原文", font=F_META, fill=LINK, anchor="ls")
    t = "阅读 6328"
    w = d.textlength(t, F_META)
    d.text((W - M - w, 50), t, font=F_META, fill=(178, 178, 178), anchor="ls")
    return blk("end", 70, im, 70)


def article(gap_scale):
    """All blocks of the article in order (gaps scaled), and the titles' line counts."""
    logs = []
    blocks = [b_headline(), b_meta(), b_intro(), b_agenda_title()]
    for (name, style, hall, host, slots) in FORUMS:
        blocks.append(b_forum(name, hall, host))
        for s in slots:
            if style == "A":
                blocks.append(b_slot_a(name, s, logs))
            elif style in ("B1", "B2"):
                blocks.append(b_slot_b(name, s, logs, style))
            else:
                blocks.append(b_slot_c(name, s, logs))
    blocks += [b_end(), b_qr(), b_wechat_foot()]
    for b in blocks:
        if b["kind"] == "slot":
            b["gap"] = round(b["gap"] * gap_scale)
    return blocks, logs


def compose(blocks, top=36):
    """Stack the blocks on one long white page; give each its ink span on the page."""
    y = top
    for b in blocks:
        if b is not blocks[0]:
            y += b["gap"]
        b["y"] = y
        b["span"] = (y + b["ink"][0], y + b["ink"][1])
        y += b["im"].size[1]
    page = Image.new("RGB", (W, y + 200), (255, 255, 255))
    for b in blocks:
        page.paste(b["im"], (0, b["y"]))
    return page, y


CLEAR = 8  # no ink this close to a window's edge
HMIN, HMAX = 2400, 3200  # a scrolling screenshot's height


def windows(blocks):
    """Four windows, as four scrolling screenshots save them: the first from the page's top; each ends
    in the white space after a block it shows whole, the next starts there (no block skipped, none
    shown twice); every screenshot HMIN..HMAX tall; the last runs past the last talk to the end
    mark, the QR code or WeChat's foot; at least one cut inside a forum.  Of all such cuttings the
    one whose screenshots are most even in height.  Returns [(top, bottom)]."""
    lo_h, hi_h = HMIN - SB - NAV - GEST, HMAX - SB - NAV - GEST
    cuts = []  # candidate cut positions: the middle of the white space between two blocks
    inside = set()  # cuts inside a forum (a slot follows)
    for a, b in zip(blocks, blocks[1:]):
        c = (a["span"][1] + b["span"][0]) // 2
        if b["span"][0] - a["span"][1] >= 2 * CLEAR + 4 and a["kind"] == "slot":
            cuts.append(c)
            if b["kind"] == "slot":
                inside.add(c)
    best = None
    for c1 in cuts:
        if not lo_h <= c1 <= hi_h:
            continue
        for c2 in cuts:
            if not lo_h <= c2 - c1 <= hi_h:
                continue
            ends = [cuts[-1]] + [b["span"][1] + 40 for b in blocks if b["kind"] == "end"]
            for c3, last in ((c3, e) for c3 in cuts for e in ends):
                if not (lo_h <= c3 - c2 <= hi_h and lo_h <= last - c3 <= hi_h):
                    continue
                if not {c1, c2, c3} & inside:
                    continue
                hs = [c1, c2 - c1, c3 - c2, last - c3]
                score = max(hs) - min(hs)
                if best is None or score < best[0]:
                    best = (score, [(0, c1), (c1, c2), (c2, c3), (c3, last)])
    return best and best[1]


def status_bar(d, clock, battery):
    bg = (247, 247, 247)
    d.rectangle([0, 0, W, SB + NAV], fill=bg)
    d.text((48, 58), clock, font=font(36, True), fill=(20, 20, 20), anchor="ls")
    x = W - 48
    # battery: an outlined body with the level inside, the number beside it
    bw, bh = 58, 28
    d.rounded_rectangle([x - bw, 30, x, 30 + bh], radius=6, outline=(30, 30, 30), width=3)
    d.rectangle([x + 2, 38, x + 6, 50], fill=(30, 30, 30))
    d.rectangle([x - bw + 5, 35, x - bw + 5 + (bw - 10) * battery // 100, 30 + bh - 5], fill=(30, 30, 30))
    t = str(battery)
    w = d.textlength(t, font(26, True))
    x -= bw + 10
    d.text((x - w, 55), t, font=font(26, True), fill=(20, 20, 20), anchor="ls")
    x -= w + 22
    # wifi: three arcs and a dot
    cx, cy = x - 20, 56
    for r in (26, 18, 10):
        d.arc([cx - r, cy - r, cx + r, cy + r], 225, 315, fill=(30, 30, 30), width=5)
    d.ellipse([cx - 3, cy - 5, cx + 3, cy + 1], fill=(30, 30, 30))
    x -= 60
    # signal bars and the network type
    for i in range(4):
        hgt = 8 + i * 6
        d.rectangle([x - 36 + i * 9, 56 - hgt, x - 30 + i * 9, 56], fill=(30, 30, 30))
    x -= 50
    w = d.textlength("5G", font(24, True))
    d.text((x - w, 52), "5G", font=font(24, True), fill=(20, 20, 20), anchor="ls")
    # WeChat's article bar: a back chevron and the '···' menu
    y = SB + NAV // 2
    d.line([(68, y), (88, y - 20)], fill=(25, 25, 25), width=5)
    d.line([(68, y), (88, y + 20)], fill=(25, 25, 25), width=5)
    for i in range(3):
        d.ellipse([W - 110 + i * 22, y - 6, W - 98 + i * 22, y + 6], fill=(25, 25, 25))


def gesture_strip(d, h):
    d.rectangle([0, h - GEST, W, h], fill=(255, 255, 255))
    d.rounded_rectangle([W / 2 - 120, h - 30, W / 2 + 120, h - 20], radius=5, fill=(40, 40, 40))


def shot(page, top, bottom, clock, battery):
    h = SB + NAV + (bottom - top) + GEST
    im = Image.new("RGB", (W, h), (255, 255, 255))
    im.paste(page.crop((0, top, W, bottom)), (0, SB + NAV))
    d = ImageDraw.Draw(im)
    status_bar(d, clock, battery)
    gesture_strip(d, h)
    return im


# ---------------------------------------------------------------------------
def truth_slot(s, host):
    speakers = [plain(sp["name"]) for sp in s["sp"]]
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": speakers, "affiliations": [line_of(sp) for sp in s["sp"]],
            "host": plain(host["name"]) if s["kind"] != "break" else None}


def shot_truth(blocks, top, bottom):
    """The forums (in page order) and the slots a window shows whole."""
    hosts = {f[0]: f[3] for f in FORUMS}
    out = []
    for b in blocks:
        if b["kind"] != "slot" or not (top <= b["span"][0] and b["span"][1] <= bottom):
            continue
        if not out or out[-1]["forum"] != b["forum"]:
            out.append({"forum": b["forum"], "date": ED["date"], "slots": []})
        out[-1]["slots"].append(truth_slot(b["slot"], hosts[b["forum"]]))
    return out


def check(blocks, wins, logs):
    assert saturday(ED["date"])
    assert [f[0] for f in FORUMS] == FORUM_NAMES
    people, talks = [], 0
    for (name, style, hall, host, slots) in FORUMS:
        people.append(host["name"])
        prev = None
        for s in slots:
            assert s["start"] < s["end"] and (prev is None or prev == s["start"]), (name, s["title"])
            prev = s["end"]
            if s["kind"] != "break":
                talks += 1
                people += [sp["name"] for sp in s["sp"]]
    assert 35 <= talks <= 50, talks
    assert len(people) == len(set(people)), [p for p in people if people.count(p) > 1]
    words = listing_words()
    for p in people:
        assert plain(p) not in REAL_NAMES and plain(p) not in words, p
    for (_, _, _, _, slots) in FORUMS:
        for s in slots:
            if s["kind"] != "break" and s["title"] != "开幕致辞":
                assert s["title"] not in words, s["title"]
    ss = [s for f in FORUMS for s in f[4]]
    assert any(s["kind"] == "panel" for s in ss)
    assert sum(1 for s in ss if len(s["sp"]) == 2) >= 2
    assert any(sp["name"].isascii() for s in ss for sp in s["sp"])
    assert {"茶歇", "午餐"} <= {s["title"] for s in ss}
    # every slot block on exactly one window, whole; the windows' edges in white space
    for b in blocks:
        n = sum(1 for t, e in wins if t <= b["span"][0] and b["span"][1] <= e)
        assert n == 1 or (b["kind"] == "end" and n <= 1), (b["kind"], b.get("forum"), n)
        for t, e in wins:
            for c in (t, e):
                assert not (b["span"][0] - CLEAR < c < b["span"][1] + CLEAR) or (c == e and b["kind"] == "end"
                                                                                  and c < b["span"][0])
    for (t, e), (t2, e2) in zip(wins, wins[1:]):
        assert e == t2
    for t, e in wins:
        assert HMIN <= SB + NAV + (e - t) + GEST <= HMAX
    # no forum heading is the last block a window shows; at least one forum runs on to the next window
    cut_inside = 0
    for t, e in wins[:-1]:
        whole = [b for b in blocks if t <= b["span"][0] and b["span"][1] <= e]
        assert whole[-1]["kind"] != "forum"
        nxt = blocks[blocks.index(whole[-1]) + 1]
        cut_inside += nxt["kind"] == "slot"
    assert cut_inside >= 1
    assert sum(1 for _, n in logs if n == 2) >= 6 and all(n <= 3 for _, n in logs), logs
    return talks


def main():
    blocks, logs = article(1.0)
    page, end = compose(blocks)
    wins = windows(blocks)
    assert wins, "no way to cut the page"
    talks = check(blocks, wins, logs)
    print("page height", end, "windows", wins)
    posters = []
    for (fname, clock, battery), (top, bottom) in zip(SHOTS, wins):
        im = shot(page, top, bottom, clock, battery)
        im.save(os.path.join(HERE, fname), quality=80)
        forums = shot_truth(blocks, top, bottom)
        assert [(f["forum"], len(f["slots"])) for f in forums] == EXPECT[len(posters)], forums
        assert im.size[0] == W and HMIN <= im.size[1] <= HMAX
        posters.append({"file": fname, "layout": LAYOUTS[fname], "date": ED["date"], "forums": forums})
        print(fname, im.size, "%.2f MB" % (os.path.getsize(os.path.join(HERE, fname)) / 1e6),
              [(f["forum"], len(f["slots"])) for f in forums])
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("scored talks:", talks)


# what each screenshot shows (forum, number of slots), asserted against the cutting
EXPECT = [[("主论坛", 8), ("内存管理与优化分论坛", 1)],
          [("内存管理与优化分论坛", 7), ("文件系统与存储分论坛", 6)],
          [("文件系统与存储分论坛", 1), ("调度、性能与调试分论坛", 7), ("硬件架构与异构计算分论坛", 5)],
          [("硬件架构与异构计算分论坛", 2), ("AI 基础设施与 eBPF 应用分论坛", 7)]]

CHROME = ("an Android phone's SCROLLING screenshot of the conference account's WeChat article (JPEG q80, 1080 wide): "
          "the status bar ('21:03', '5G', signal bars, wifi, battery '%d'), WeChat's grey article bar ('<' and '···'), "
          "the white article page, and the gesture strip at the foot. ")

LAYOUTS = {
    SHOTS[0][0]: "CLK 2841 (第836届), 九江, 2841-10-19, screenshot 1 of 4 (1080 x 3190): " + CHROME % 64 + (
        "The article's top: the headline '议程发布｜第836届中国Linux内核开发者大会完整议程来了！' (two lines, bold), "
        "the meta line '原创　CLK开发者大会　2841年10月10日 19:30　江西' (the PUBLISH time, not the conference's date), "
        "an intro paragraph giving the date '2841年10月19日（周六）', 九江学院 and the six-forum plan, a divider "
        "'大会议程'. Then 主论坛: a blue pill with the name, '地点：图书馆一楼学术报告厅', '主持人：郜文涛　九江学院 "
        "计算机与大数据科学学院院长'; slots set as 'HH:MM-HH:MM | title' (range blue, title bold) over 'name　company "
        "job' (name bold): '08:30-09:00 | 签到', '09:00-09:10 | 开幕致辞' (周德明), three talks each with a ROUND "
        "PHOTO at the left and the text beside it (titles wrap inside that column; 'Keeping Stable Kernels' / "
        "'Stable: Ten Years of Backporting at Scale' by Oliver Hartmann, 'SUSE 内核团队技术总监'), '10:30-10:45 | 茶歇', "
        "the round table '11:25-12:10 | 圆桌讨论：AI 时代，内核开发者的新角色' with '主持：闵晓东…' and '嘉宾：' over "
        "four guests one per line, '12:10-13:30 | 午餐'. Then the heading of 内存管理与优化分论坛 (pill, hall, "
        "'主持人：亢志军　字节跳动 内核技术专家') and its FIRST talk only (13:30-14:00), set as a blue bar and range, "
        "the bold title, '分享嘉宾：罗建平（字节跳动 内核工程师）'; the forum runs on to screenshot 2. 5 + 1 talks."),
    SHOTS[1][0]: "CLK 2841, screenshot 2 of 4 (1080 x 3051): " + CHROME % 64 + (
        "It starts INSIDE 内存管理与优化分论坛 (no heading, no host on this picture): six talks from 14:00-14:30, each "
        "a blue bar and range over the bold title and '分享嘉宾：name（company job）' or '（company）'; Daniel Kovacs "
        "with 'Memory Tiering Policies for CXL-Attached DRAM'; a centred '15:30-15:45　茶歇' between rules; the "
        "two speakers of one company '分享嘉宾：吕晨、许佳琪（OPPO）'. Then 文件系统与存储分论坛 (pill, '地点：图书馆二楼 "
        "203 报告厅', '主持人：邰国栋　华为 存储内核技术专家'), each talk a filled blue TIME TAG over '【演讲主题】title' "
        "and '【演讲嘉宾】name　company job'; 胡立 (小米 存储工程师) and 钟雨晴 (中国科学技术大学 博士研究生) one under "
        "the other after one label; the tag '15:30-15:50' beside '茶歇'; the forum's last talk is on screenshot 3. "
        "6 + 5 talks."),
    SHOTS[2][0]: "CLK 2841, screenshot 3 of 4 (1080 x 3044): " + CHROME % 63 + (
        "It starts with the LAST talk of 文件系统与存储分论坛 (17:10-17:50, no heading on this picture). Then "
        "调度、性能与调试分论坛 (pill, hall, '主持人：仝海燕　浙江大学 副教授'), set like 主论坛 without photos: "
        "'HH:MM-HH:MM | title' over 'name　company job', the English 'Tracing Scheduler Latency with BPF' / 'and "
        "perf on Arm64 Servers' by 段雅文 (Arm 高级软件工程师), '15:30-15:45 | 茶歇'. Then 硬件架构与异构计算分论坛 "
        "(pill, hall, '主持人：范建国　中国科学院计算技术研究所 研究员'), each talk three labelled lines '【时间】range', "
        "'【主题】title', '【嘉宾】name　company job', the break '【时间】15:30-15:45　茶歇'; its first four talks and the "
        "茶歇 are here, its last two on screenshot 4. 1 + 6 + 4 talks."),
    SHOTS[3][0]: "CLK 2841, screenshot 4 of 4 (1080 x 3049): " + CHROME % 63 + (
        "It starts with the last two talks of 硬件架构与异构计算分论坛 (no heading on this picture). Then AI 基础设施与 "
        "eBPF 应用分论坛 (pill, hall, '主持人：訾晓琳　阿里云 技术专家'), set like 内存管理与优化分论坛: range, bold "
        "title, '分享嘉宾：…'; '分享嘉宾：石磊（清华大学）、向蕾（华为）' (two speakers, two affiliations); Marek Jansen "
        "(Red Hat) with 'Verifying BPF Programs at Scale: Lessons from' / 'Production'. Then '*以上议程如有调整，请以大会"
        "现场为准', '— END —', a framed QR code and '长按识别二维码　报名参会'. 2 + 6 talks."),
}

NOTE = (
    "Same conventions as posters-blind-43 (and 59, 80): speakers are names as printed with spaces removed (the "
    "Latin names 'Oliver Hartmann' -> 'OliverHartmann', 'Daniel Kovacs' -> 'DanielKovacs', 'Marek Jansen' -> "
    "'MarekJansen'); host is the 主持人 printed under the forum's heading, null for breaks; start/end HH:MM; where "
    "two speakers are printed each has his own affiliation; affiliations keep a printed job, joined to the company "
    "by one space ('华为 操作系统内核首席专家'); break titles as printed; an opening speech printed with a speaker "
    "('开幕致辞', 周德明) is a talk, '签到' (no speaker) a break; '午餐' closes 主论坛. ONE invented edition, CLK 2841 "
    "(第836届, 九江, 九江学院, Saturday 2841-10-19; 主论坛 in the morning, the five forums of CLK2025 in parallel "
    "from 13:30), given as FOUR consecutive scrolling screenshots of the conference account's WeChat article, cut "
    "where no text is cut: every slot is whole on exactly ONE screenshot, none is shown twice, and each picture's "
    "entry lists the forums it shows, in page order, with the slots it shows. Judgement calls: (1) a forum CUT "
    "ACROSS two screenshots is given on both pictures under its own name, each with its own slots: "
    "内存管理与优化分论坛 (1 slot on screenshot 1, 7 on screenshot 2), 文件系统与存储分论坛 (6 on 2, 1 on 3), "
    "硬件架构与异构计算分论坛 (5 on 3, 2 on 4); on the picture that holds only the continuation, neither the "
    "forum's name nor its host is printed, and the truth still gives the forum's name and its host (what the "
    "article says; a reader of that picture alone can only learn it from the picture before). (2) Every forum's date "
    "is 2841-10-19, printed only in the intro paragraph of screenshot 1 ('2841年10月19日（周六）'); the meta line "
    "'2841年10月10日 19:30' is the article's publish time and the status bar's '21:03' the phone's clock, no date "
    "and no slot; the file names (Screenshot_28411012_2103xx_com.tencent.mm.jpg, as an Android phone names a "
    "screenshot of WeChat) carry the day the screenshots were taken, not the conference's. (3) The article sets talks "
    "in three ways and they mean the same: 'range | title' over 'name　company job' (主论坛, 调度、性能与调试分论坛); "
    "a time tag or '【时间】range', then '【演讲主题】' / '【主题】' + title and '【演讲嘉宾】' / '【嘉宾】' + 'name　company "
    "job' (文件系统与存储分论坛, 硬件架构与异构计算分论坛); a range, the bold title and '分享嘉宾：name（company job）' "
    "(内存管理与优化分论坛, AI 基础设施与 eBPF 应用分论坛). The labels '【…】', '分享嘉宾：', the '|' and the "
    "parentheses are no part of a title, a name or an affiliation; the affiliation is what stands inside the "
    "parentheses ('Daniel Kovacs（SUSE 内核工程师）' -> 'SUSE 内核工程师'), the company alone where no job is "
    "printed ('沈佳（vivo）' -> 'vivo'). (4) '吕晨、许佳琪（OPPO）': two speakers sharing ONE parenthesis are both "
    "given 'OPPO'; '石磊（清华大学）、向蕾（华为）' two speakers each with his own; 胡立 and 钟雨晴 (文件系统与存储分论坛) "
    "one under the other after one '【演讲嘉宾】' label, in printed order. (5) The round table '圆桌讨论：AI 时代，"
    "内核开发者的新角色' is kind 'panel'; its speakers are the moderator after '主持：' (闵晓东) and then the four "
    "guests after '嘉宾：' in printed order, each with his affiliation; the title keeps '圆桌讨论：'; its moderator "
    "is not the forum's host (郜文涛). (6) Round photos at the left of three 主论坛 talks are pictures only. "
    "(7) Wrapped titles are one title (a space between Latin words: 'Keeping Stable Kernels Stable: Ten Years of "
    "Backporting at Scale', 'Verifying BPF Programs at Scale: Lessons from Production'; none inside Chinese words). "
    "(8) The headline, meta line, intro, the divider '大会议程', the halls ('地点：…'), the forum pills, "
    "'*以上议程如有调整，请以大会现场为准', '— END —', the QR code and its caption are no slots. Uncommon surnames: "
    "郜, 亢, 邰, 仝, 訾 (the hosts), 闵, 宫 (the round table). 36 scored talks (5 + 7 + 6 + 6 + 6 + 6), 9 breaks.")


if __name__ == "__main__":
    main()
