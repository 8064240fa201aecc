"""Draw the two-hundred-and-thirty-third blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes six PNG slides (one per forum, 1920 x 1080) and truth.json next to this file.
Every string printed on the slides comes from the data below, so truth.json and the pictures cannot drift
apart.  No randomness at all.

ONE invented edition, CLK 9331 (第7326届, 西宁, 青海大学, Saturday 9331-10-20), with CLK2025's six forum
folders.  Each forum's host opens his forum with ONE SLIDE of its programme, in the conference's deck
template: a deep-indigo title bar (the round logo mark, 'CLK 9331', the forum's name big, '议程 AGENDA',
and at the right the edition, date, city and school), an orange rule, a line 'host | hall', then a TABLE
时间 | 议题 | 演讲嘉宾 whose speaker cell prints 'name（company）' one person a line (two people of one company
share the parentheses: 'A、B（company）'), tinted break rows (茶歇, 开场, 午餐), the round table's cell
'主持：…' and '嘉宾：…' with the other guests under the first; a light foot strip of supporting units'
wordmarks and the page's small footer.

Copied from posters-blind-156/draw.py (which took them from set 152 and earlier), unchanged: font, tw,
TOKEN, NO_LINE_START, wrap_widths, wrap, ctext, rtext, hgrad, fits, WHITE, rng, saturday, latin, plain, P,
T, PANEL, B, truth_slot, people, listing_words, COMMON5, COMMON20.  REAL_NAMES is set 230's list, copied.
Adapted: check and main.  New: the data, the template (title_bar, host_line, logo_strip), the table
(speaker_lines, row_height, table), the note.
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


def fits(d, text, f, maxw):
    assert tw(d, text, f) <= maxw, (text, tw(d, text, f), maxw)
    return text


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
# data.  P(name, company): a speaker and the company printed in parentheses after his name.

def P(name, line):
    return {"name": name, "line": line}


def T(start, end, title, speakers, host, shared=False):
    """shared: two speakers of one company printed on ONE line, 'A、B（company）'."""
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host,
            "shared": shared}


def PANEL(start, end, title, moderator, guests, host):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests, "host": host,
            "shared": False}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None, "shared": False}


CLK2025_FORUMS = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
                  "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]

# ===========================================================================
# CLK 9331 (第7326届), 西宁, 青海大学, Saturday 9331-10-20
ED = {
    "edition": "CLK 9331", "nth": "第7326届中国Linux内核开发者大会", "date": "9331-10-20",
    "date_text": "9331年10月20日（周六）", "city": "青海 · 西宁", "school": "青海大学",
}
HOSTS = [("王立新", "青海大学"), ("张涛", "阿里云"), ("何静", "华为"),
         ("李昱", "字节跳动"), ("高磊", "龙芯中科"), ("陈晓明", "腾讯")]
HALLS = ["青海大学 学术交流中心 一楼报告厅", "学术交流中心 A201", "学术交流中心 A202",
         "学术交流中心 B101", "学术交流中心 B102", "学术交流中心 B201"]
H = [h[0] for h in HOSTS]

FORUMS = [
    {"name": "主论坛", "slots": [
        B("09:00", "09:10", "开场"),
        T("09:10", "09:20", "开幕致辞", [P("杨志华", "青海大学")], H[0]),
        T("09:20", "09:55", "Linux 内核三十五年：社区协作模式的演进与挑战", [P("周建华", "华为")], H[0]),
        T("09:55", "10:30", "Keeping Enterprise Kernels Stable While Tracking Upstream",
          [P("Matthias Vogel", "SUSE")], H[0]),
        B("10:30", "10:45", "茶歇"),
        T("10:45", "11:20", "面向智算中心的操作系统：从单机内核到万卡集群资源协同的技术路线与工程实践",
          [P("李伟", "阿里云")], H[0]),
        T("11:20", "11:55", "开源操作系统在国产服务器上的规模化落地实践",
          [P("张敏", "麒麟软件"), P("孙鹏", "麒麟软件")], H[0], shared=True),
        T("11:55", "12:30", "Rust for Linux：驱动开发的新选择与现实门槛", [P("吴斌", "中国科学院软件研究所")], H[0]),
        B("12:30", "14:00", "午餐"),
    ]},
    {"name": "内存管理与优化分论坛", "slots": [
        T("14:00", "14:30", "大规模在线业务中的 memcg 主动回收实践", [P("王晓东", "字节跳动")], H[1]),
        T("14:30", "15:00", "Folio 转换之后：页缓存路径上的性能回归分析", [P("赵磊", "华为")], H[1]),
        T("15:00", "15:30", "What We Learned Running Multi-Gen LRU on a Hundred Thousand Servers",
          [P("林玥", "腾讯云")], H[1]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "CXL 内存分层场景下的热页识别与迁移策略",
          [P("刘洋", "英特尔"), P("陈静", "浪潮信息")], H[1]),
        T("16:15", "16:45", "Android 设备上的 LMKD 与内存压力通知改进", [P("叶鹏", "OPPO")], H[1]),
        T("16:45", "17:15", "透明大页碎片化问题的定位方法：从 /proc 统计信息到 eBPF 跟踪工具链的构建与应用",
          [P("马超", "美团")], H[1]),
        T("17:15", "17:45", "KSM 在虚拟化高密度部署场景下的收益评估", [P("郑丽", "天翼云")], H[1]),
    ]},
    {"name": "文件系统与存储分论坛", "slots": [
        T("14:00", "14:30", "QLC SSD 上日志型文件系统的写放大分析", [P("董帆", "西部数据")], H[2]),
        T("14:30", "15:00", "基于 io_uring 的用户态块设备在云盘中的应用", [P("徐军", "京东云")], H[2]),
        T("15:00", "15:30", "Btrfs Send/Receive at Scale: Incremental Backup for Container Images",
          [P("袁婷", "蚂蚁集团")], H[2]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "XFS 在线检查与修复功能在生产环境中的验证", [P("罗强", "红帽")], H[2]),
        T("16:15", "16:45", "NVMe 多路径与故障切换：分布式存储节点的可靠性设计、故障注入与实测数据",
          [P("胡晟", "中国移动云能力中心"), P("谢飞", "浙江大学")], H[2]),
        T("16:45", "17:15", "FUSE passthrough 模式在容器存储中的落地", [P("朱明", "快手")], H[2]),
        T("17:15", "17:45", "NFS 客户端在 AI 训练数据读取中的性能调优", [P("郭亮", "小红书")], H[2]),
    ]},
    {"name": "调度、性能与调试分论坛", "slots": [
        T("14:00", "14:30", "cgroup v2 CPU 权重在混部场景下的隔离效果评估", [P("王磊", "腾讯")], H[3]),
        T("14:30", "15:00", "sched_ext 实战：用 BPF 编写面向游戏负载的调度策略", [P("宋骞", "网易")], H[3]),
        T("15:00", "15:30", "Tracing Lock Contention with perf lock and BPF", [P("陈刚", "英特尔")], H[3]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "kdump 与 vmcore 分析：线上内核崩溃的快速定界方法", [P("佘晓峰", "统信软件")], H[3]),
        T("16:15", "16:45", "内核版本升级中的性能回归发现：基准测试平台建设、结果基线比对与自动二分定位",
          [P("刘婷", "阿里云"), P("张翀", "北京大学")], H[3]),
        T("16:45", "17:15", "PREEMPT_RT 合入主线后的工业控制应用", [P("唐勇", "中兴通讯")], H[3]),
        T("17:15", "17:45", "CPU 频率调节与能效：schedutil 的改进尝试", [P("冯洁", "vivo")], H[3]),
    ]},
    {"name": "硬件架构与异构计算分论坛", "slots": [
        T("14:00", "14:30", "LoongArch 虚拟化扩展的内核支持进展", [P("蒋华", "龙芯中科")], H[4]),
        T("14:30", "15:00", "RISC-V 服务器平台的 ACPI 与 UEFI 启动支持", [P("田昊", "算能科技")], H[4]),
        T("15:00", "15:30", "Bringing Up Arm64 Confidential VMs with CCA", [P("许杰", "Arm")], H[4]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "GPU 驱动中的共享虚拟内存与设备页表同步机制：从 HMM 到 SVA 的实现对比",
          [P("肖敏", "摩尔线程")], H[4]),
        T("16:15", "16:45", "DPU 卸载场景下的 virtio 设备直通与热迁移",
          [P("邓超", "中科驭数"), P("缪志远", "中国科学技术大学")], H[4]),
        T("16:45", "17:15", "鲲鹏平台上的 NUMA 亲和性与内存带宽调优", [P("梁志强", "华为")], H[4]),
        T("17:15", "17:45", "国产 AI 加速卡的内核驱动框架设计与 DRM accel 子系统适配经验",
          [P("彭凯", "寒武纪")], H[4]),
    ]},
    {"name": "AI 基础设施与 eBPF 应用分论坛", "slots": [
        T("14:00", "14:30", "基于 eBPF 的容器网络丢包定位工具", [P("杨静", "字节跳动")], H[5]),
        T("14:30", "15:00", "GPU 集群通信故障的内核侧诊断：RDMA 网卡与 NVLink 链路问题的定位实践",
          [P("潘涛", "百度")], H[5]),
        T("15:00", "15:30", "eBPF-Based Network Policy for Multi-Tenant Training Clusters", [P("沈琳", "蚂蚁集团")], H[5]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "大模型辅助内核补丁审查：实验与经验", [P("蔡伟", "中国科学院计算技术研究所")], H[5]),
        T("16:15", "16:45", "XDP 在智算网络网关中的应用实践",
          [P("黄晓燕", "京东科技"), P("曹宇", "京东科技")], H[5], shared=True),
        PANEL("16:45", "17:45", "圆桌讨论：AI 时代的内核开发者需要哪些新能力",
              P("王芳", "清华大学"),
              [P("李建军", "华为"), P("刘志刚", "阿里云"), P("周丽娟", "腾讯"), P("谭伟", "Linaro")], H[5]),
    ]},
]

# names of real speakers and hosts read on the real posters by earlier helpers (set 230's list); none may be used
REAL_NAMES = sorted(set([
    "KuzinArtem", "LianboJiang", "付才", "伍勃", "伍勍", "何鲁港", "余昇锦", "余松平", "侯文龙", "刘守业", "刘忻", "刘海龙", "卢烈", "司延腾",
    "吴江波", "周俶易", "周傲易", "周威", "唐辉", "孙南勇", "宋卓", "宋恺睿", "宋牧春", "尹欣", "左泽", "巫强", "廖肇燕", "廖远鸿", "张友加", "张哲华",
    "张子扬", "张细锐", "张翼", "张雅兰", "张鹏", "彭志光", "徐静波", "慕冬亮", "晏艳", "曾庆凯", "朱彦军", "朱维希", "李培锋", "李志", "李扬韬", "李治军",
    "李泽帆", "李珍", "杜冬冬", "杨彦凝", "杨欢", "杨铠衔", "杨阳", "殷锋卫", "江锋", "潘睿", "王刘朴", "王子成", "王建政", "王海粟", "甄鹏", "白铠豪",
    "皮振伟", "祝嘉", "程杰", "罗宏震", "聂诚", "胡俊鹏", "胡璞", "荣乾锋", "蒲乐辉", "袁晓峰", "许珉嘉", "谈鉴锋", "谢旻晟", "谢昱晟", "谢柳杰", "谢欢",
    "谢淼", "谢雨来", "谢颂杨", "贺中坤", "赵天瑞", "赵宇", "赵桥", "路旭", "邹德清", "邹贻鹏", "郑堂权", "郑琦", "郑翔", "郭任", "郭健", "郭寒军",
    "郭纯海", "郭迎港", "陆扬", "陈凯", "陈华才", "陈培鸿", "陈越琦", "韩传华", "高亮", "黄睿", "黄靖", "黎红波", "龚睿奇"]))

# ===========================================================================
# the deck template
SW, SH = 1920, 1080
INDIGO0, INDIGO1 = (22, 30, 84), (38, 64, 150)   # the title bar's gradient
INK = (26, 32, 56)           # body text
INDIGO = (36, 52, 130)       # ranges, header row
ORANGE = (242, 128, 34)      # the template's accent
GREY = (104, 112, 130)       # companies
RULE = (214, 218, 230)
TINT = (255, 243, 230)       # break rows (warm)
ZEBRA = (246, 247, 252)
FOOT = (243, 244, 248)
TC = (56, 290, 1170, 1864)   # column edges: 时间 | 议题 | 演讲嘉宾
TABLE_TOP = 212
FOOT_TOP = 990
LOG = {"wrapped": [], "bottoms": {}}
SUPPORT = ["青海大学", "openEuler", "OpenAnolis 龙蜥", "openKylin", "deepin", "OpenCloudOS", "RISC-V 国际基金会",
           "中国科学院软件研究所"]


def logo_mark(d, x, y, r, ring, fill):
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=ring, width=4)
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=fill)


def title_bar(im, d, idx, name):
    bar = Image.new("RGB", (SW, 132))
    bd = ImageDraw.Draw(bar)
    hgrad(bd, 0, 0, SW, 132, INDIGO0, INDIGO1)
    for k in range(7):  # the template's faint diagonal stripes at the bar's right
        x = 1180 + 62 * k
        bd.polygon([(x, 0), (x + 26, 0), (x - 40, 132), (x - 66, 132)], fill=(44, 70, 156))
    im.paste(bar, (0, 0))
    logo_mark(d, 40, 34, 32, WHITE, ORANGE)
    d.text((118, 36), "CLK", font=font(26, True), fill=WHITE)
    d.text((118, 70), ED["edition"][4:], font=font(18), fill=(200, 210, 240))
    d.line([(196, 30), (196, 102)], fill=(120, 140, 210), width=2)
    nf = font(50, True)
    d.text((224, 26), name, font=nf, fill=WHITE)
    x = 224 + tw(d, name, nf) + 24
    d.text((x, 50), "议程  AGENDA", font=font(26), fill=(255, 196, 140))
    rtext(d, SW - 48, 28, ED["nth"], font(24, True), WHITE)
    rtext(d, SW - 48, 68, "%s　%s　%s" % (ED["date_text"], ED["city"], ED["school"]), font(20), (206, 214, 242))
    d.rectangle([0, 132, SW, 138], fill=ORANGE)


def host_line(d, host, unit, hall):
    y = 156
    d.rectangle([TC[0], y + 6, TC[0] + 6, y + 38], fill=ORANGE)
    lf, hf, uf = font(26, True), font(26, True), font(24)
    x = TC[0] + 20
    d.text((x, y), "主持人：", font=lf, fill=INDIGO)
    x += tw(d, "主持人：", lf)
    d.text((x, y), host, font=hf, fill=INK)
    x += tw(d, host, hf)
    d.text((x, y + 2), "（%s）" % unit, font=uf, fill=GREY)
    rtext(d, TC[3], y + 4, "会场：" + hall, font(22), GREY)


def cup(d, x, y, col):
    d.rounded_rectangle([x, y + 6, x + 20, y + 24], radius=4, outline=col, width=3)
    d.arc([x + 14, y + 9, x + 28, y + 21], 270, 90, fill=col, width=3)
    d.line([(x - 2, y + 28), (x + 24, y + 28)], fill=col, width=3)


NF, CF = 25, 23     # name and company sizes in the speaker cell
LH_T, LH_S = 42, 38  # line heights of titles and speaker lines


def speaker_lines(s):
    """The speaker cell as printed: a list of lines, each a list of (text, style) runs; style n = name,
    c = company, l = label ('主持：' / '嘉宾：'), pad = blank room the width of a label."""
    out = []
    if s["kind"] == "panel":
        for i, sp in enumerate(s["sp"]):
            lab = "主持：" if i == 0 else ("嘉宾：" if i == 1 else None)
            out.append([(lab, "l") if lab else ("嘉宾：", "pad"), (sp["name"], "n"), ("（%s）" % sp["line"], "c")])
        return out
    if s["shared"]:
        names = "、".join(sp["name"] for sp in s["sp"])
        return [[(names, "n"), ("（%s）" % s["sp"][0]["line"], "c")]]
    for sp in s["sp"]:
        if latin(sp["name"]):
            out.append([(sp["name"], "n"), (" (%s)" % sp["line"], "c")])
        else:
            out.append([(sp["name"], "n"), ("（%s）" % sp["line"], "c")])
    return out


def run_font(style):
    return font(NF, True) if style in ("n", "l", "pad") else font(CF)


def draw_speakers(d, x, y, s):
    for line in speaker_lines(s):
        xx = x
        w = sum(tw(d, t, run_font(st)) for t, st in line)
        assert w <= TC[3] - TC[2] - 40, (line, w)
        for t, st in line:
            f = run_font(st)
            if st == "n":
                d.text((xx, y), t, font=f, fill=INK)
            elif st == "l":
                d.text((xx, y), t, font=f, fill=ORANGE)
            elif st == "c":
                d.text((xx, y + 2), t, font=f, fill=GREY)
            xx += tw(d, t, f)
        y += LH_S


def table(d, f):
    tf, rf = font(28, True), font(26, True)
    y0 = TABLE_TOP
    d.rectangle([TC[0], y0, TC[3], y0 + 52], fill=INDIGO)
    for x0, h in zip(TC, ("时间", "议题", "演讲嘉宾")):
        d.text((x0 + 24, y0 + 9), h, font=font(25, True), fill=WHITE)
    y, rows, n = y0 + 52, [], 0
    for s in f["slots"]:
        if s["kind"] == "break":
            h = 50
            d.rectangle([TC[0], y, TC[3], y + h], fill=TINT)
            d.text((TC[0] + 24, y + 10), rng(s), font=rf, fill=(190, 96, 20))
            lf = font(26, True)
            cx = (TC[1] + TC[3]) / 2
            if s["title"] == "茶歇":
                cup(d, cx - tw(d, s["title"], lf) / 2 - 44, y + 9, (190, 96, 20))
            ctext(d, cx, y + 8, s["title"], lf, (150, 80, 20))
        else:
            tl = wrap(d, s["title"], tf, TC[2] - TC[1] - 48)
            assert len(tl) <= 2, tl
            if len(tl) > 1:
                LOG["wrapped"].append(tl)
            nsp = len(speaker_lines(s))
            h = max(len(tl) * LH_T, nsp * LH_S) + 26
            d.rectangle([TC[0], y, TC[3], y + h], fill=ZEBRA if n % 2 else WHITE)
            n += 1
            top = y + 13
            d.text((TC[0] + 24, top + 2), rng(s), font=rf, fill=INDIGO)
            for k, ln in enumerate(tl):
                d.text((TC[1] + 24, top + k * LH_T), ln, font=tf, fill=INK)
            draw_speakers(d, TC[2] + 24, top + 3, s)
        d.line([(TC[0], y + h), (TC[3], y + h)], fill=RULE, width=1)
        rows.append((y, y + h, s["kind"] == "break"))
        y += h
    for a, b, merged in rows:  # column rules; a break row's title and speaker cells are merged
        d.line([(TC[1], a), (TC[1], b)], fill=RULE, width=1)
        if not merged:
            d.line([(TC[2], a), (TC[2], b)], fill=RULE, width=1)
    d.rectangle([TC[0], y0, TC[3], y], outline=(188, 196, 220), width=1)
    LOG["bottoms"][f["name"]] = y
    assert y <= FOOT_TOP - 12, (f["name"], y)


def logo_strip(d, idx):
    d.rectangle([0, FOOT_TOP, SW, SH], fill=FOOT)
    d.line([(0, FOOT_TOP), (SW, FOOT_TOP)], fill=RULE, width=1)
    lf = font(18)
    d.text((TC[0], FOOT_TOP + 14), "支持单位", font=lf, fill=GREY)
    x = TC[0] + 96
    inks = [(0, 102, 170), (196, 30, 40), (230, 110, 20), (40, 120, 200), (0, 140, 150), (30, 100, 190),
            (80, 70, 160), (20, 80, 150)]
    for word, ink in zip(SUPPORT, inks):
        wf = font(19, True)
        w = tw(d, word, wf) + 28
        d.rounded_rectangle([x, FOOT_TOP + 10, x + w, FOOT_TOP + 44], radius=6, fill=WHITE, outline=RULE)
        d.text((x + 14, FOOT_TOP + 13), word, font=wf, fill=ink)
        x += w + 14
    d.text((TC[0], FOOT_TOP + 56), "%s · %s · %s" % (ED["edition"], ED["nth"], ED["city"].split(" · ")[1]),
           font=font(16), fill=(150, 156, 172))
    rtext(d, TC[3], FOOT_TOP + 54, str(idx + 2), font(18, True), INDIGO)


def slide(idx, f):
    im = Image.new("RGB", (SW, SH), WHITE)
    d = ImageDraw.Draw(im)
    title_bar(im, d, idx, f["name"])
    host, unit = HOSTS[idx]
    host_line(d, host, unit, HALLS[idx])
    table(d, f)
    logo_strip(d, idx)
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
RARE = ["佘晓峰", "缪志远"]  # 佘 and 缪: uncommon surnames
LESS_COMMON_GIVEN = ["李昱", "林玥", "胡晟", "宋骞", "张翀"]  # given names with a less common character

FILES = [name + ".png" for name in CLK2025_FORUMS]

WRAPPED = [  # the titles printed over two lines, as printed (greedy breaks, as a table cell wraps)
    ["面向智算中心的操作系统：从单机内核到万卡集群资源协同的技术", "路线与工程实践"],
    ["What We Learned Running Multi-Gen LRU on a Hundred", "Thousand Servers"],
    ["透明大页碎片化问题的定位方法：从 /proc 统计信息到 eBPF 跟踪", "工具链的构建与应用"],
    ["Btrfs Send/Receive at Scale: Incremental Backup for", "Container Images"],
    ["NVMe 多路径与故障切换：分布式存储节点的可靠性设计、故障注", "入与实测数据"],
    ["内核版本升级中的性能回归发现：基准测试平台建设、结果基线比", "对与自动二分定位"],
    ["GPU 驱动中的共享虚拟内存与设备页表同步机制：从 HMM 到 SVA", "的实现对比"],
    ["GPU 集群通信故障的内核侧诊断：RDMA 网卡与 NVLink 链路问题", "的定位实践"],
    ["eBPF-Based Network Policy for Multi-Tenant Training", "Clusters"],
]

LAYOUT = (
    "CLK 9331 (第7326届), 西宁, 青海大学, 9331-10-20: the host's opening slide of %s, as exported from the "
    "conference's deck template (PNG 1920 x 1080, 16:9, no photo, no grain). A deep-indigo title bar: the round "
    "logo mark, 'CLK' over '9331', a rule, the forum's name (50 px bold white), '议程  AGENDA' in orange, and at the "
    "right '第7326届中国Linux内核开发者大会' over '9331年10月20日（周六）　青海 · 西宁　青海大学'; an orange rule. Then "
    "'主持人：name（unit）' at the left and '会场：hall' at the right; a TABLE with the indigo header row 时间 | 议题 | "
    "演讲嘉宾 (columns 234, 880 and 694 px): per talk the range (26 px bold), the title (28 px bold, wrapping inside "
    "its cell over at most two lines) and one line per speaker, 'name（company）' (name 25 px bold, company 23 px grey"
    "%s); break rows tinted warm with the label centred over the merged title and speaker cells (a cup before "
    "'茶歇'). At the foot a light strip: '支持单位' and eight wordmark boxes, the line 'CLK 9331 · "
    "第7326届中国Linux内核开发者大会 · 西宁' and the slide number. %d talks%s.")

LAYOUT_EXTRA = {
    "主论坛": (", 'Matthias Vogel (SUSE)' with half-width parentheses; 张敏、孙鹏 share ONE line and ONE '（麒麟软件）'",
            " ('开场' at 09:00, '开幕致辞' by 杨志华 as a talk, '茶歇', '午餐' 12:30-14:00 last)"),
    "内存管理与优化分论坛": ("; 刘洋（英特尔） over 陈静（浪潮信息） in one cell", ""),
    "文件系统与存储分论坛": ("; 胡晟（中国移动云能力中心） over 谢飞（浙江大学） in one cell", ""),
    "调度、性能与调试分论坛": ("; 刘婷（阿里云） over 张翀（北京大学） in one cell", ""),
    "硬件架构与异构计算分论坛": ("; 邓超（中科驭数） over 缪志远（中国科学技术大学） in one cell", ""),
    "AI 基础设施与 eBPF 应用分论坛": (
        "; 黄晓燕、曹宇 share ONE line and ONE '（京东科技）'; the round table's cell prints '主持：' in orange before "
        "王芳（清华大学）, '嘉宾：' before 李建军（华为） and the three other guests under him, aligned, unlabelled",
        ", the round table '圆桌讨论：AI 时代的内核开发者需要哪些新能力' (16:45-17:45) among them"),
}

NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 156): speakers are names as printed with spaces "
    "removed (the Latin name 'Matthias Vogel' -> MatthiasVogel; no name is padded); host is the name after "
    "'主持人：' on the forum's slide, null for breaks; start/end HH:MM on a 24-hour clock; every forum carries the "
    "edition's date. One invented edition, CLK 9331 (第7326届, 西宁, 青海大学, Saturday 9331-10-20), ONE day: "
    "主论坛 in the morning (09:00-14:00, lunch included), CLK2025's five other forums in parallel from 14:00 to "
    "17:45. Each forum is given by ONE SLIDE, the one its host opens the forum with, in the conference's deck "
    "template (PNG 1920 x 1080), named by the forum ('主论坛.png' ... 'AI 基础设施与 eBPF 应用分论坛.png'); each "
    "picture is one entry holding its one forum, so no talk is on two pictures. Forum names are CLK2025's listing "
    "folders without their numbers, exactly as printed in the title bar. Judgement calls: (1) AFFILIATIONS are the "
    "company printed in parentheses after the speaker's name, without the parentheses ('（中国科学院软件研究所）' -> "
    "'中国科学院软件研究所', 'Matthias Vogel (SUSE)' -> 'SUSE', '谭伟（Linaro）' -> 'Linaro'); two speakers on two "
    "lines of one cell are given top then bottom, each with the company after his own name; two speakers of ONE "
    "company printed on ONE line with one parenthesis, '张敏、孙鹏（麒麟软件）' and '黄晓燕、曹宇（京东科技）', are two "
    "speakers in printed order, each given that company. (2) The ROUND TABLE '圆桌讨论：AI 时代的内核开发者需要哪些新能力' "
    "(AI 基础设施与 eBPF 应用分论坛, 16:45-17:45, its last slot) is one slot of kind 'panel', its title as printed "
    "with its label; its speakers are the moderator (after '主持：', 王芳, 清华大学) and then the four guests in "
    "printed order (李建军 after '嘉宾：', then 刘志刚, 周丽娟, 谭伟 under him, unlabelled but guests too), one "
    "affiliation each; the labels '主持：' and '嘉宾：' are no part of any name; the moderator is not the host "
    "(陈晓明). (3) '开场' (09:00-09:10, no speaker, a merged row) is a break; '开幕致辞' with a speaker (杨志华, 青海大学) "
    "is a talk; every '茶歇' row is a break of its own forum (10:30-10:45 in 主论坛, 15:30-15:45 in every afternoon "
    "forum); '午餐' (12:30-14:00) closes 主论坛 as its break; the afternoon forums end with their last slot at "
    "17:45. (4) TITLES over two lines are one title: Latin words joined with a space, Chinese broken inside a word "
    "joined without anything ('…的技术' / '路线与工程实践', '…故障注' / '入与实测数据', '…基线比' / '对与自动二分定位'), "
    "a break between Chinese and Latin text standing for the space the data has there ('…到 SVA' / '的实现对比' -> "
    "'从 HMM 到 SVA 的实现对比', '…NVLink 链路问题' / '的定位实践', '…eBPF 跟踪' / '工具链…'). (5) The title bar "
    "(the logo mark, 'CLK' / '9331', '议程  AGENDA', the edition, date, city and school), the host line's unit in "
    "parentheses (no affiliation of anybody's talk), '会场：…', the table's header row (时间, 议题, 演讲嘉宾), the foot "
    "strip ('支持单位' and its eight wordmarks, some of them also companies or schools of speakers: '青海大学', "
    "'中国科学院软件研究所'), the foot line and the slide numbers 2..7 are never part of a name, a title or a slot. "
    "Surnames: of the 55 Chinese people (hosts, speakers, moderator, guests) 16 bear one of 王, 李, 张, 刘, 陈 (29 %%), "
    "33 one of the twenty the brief names (60 %%), the rest other common surnames but two rare ones (佘晓峰, "
    "缪志远); five given names carry a less common character (李昱, 林玥, 胡晟, 宋骞, 张翀). One Latin speaker. The "
    "kind 'panel' is counted as a scored talk (%d = %d talks, the opening address among them, + 1 round table).")


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
    print("people", len(everybody), "chinese", len(chinese), "top5", len(top5), "top20", len(top20))
    assert (len(chinese), len(top5), len(top20)) == (55, 16, 33), (len(chinese), len(top5), len(top20))
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
            if s["kind"] == "panel":
                assert len(s["speakers"]) == 5, s
    assert len(titles) == len(set(titles)), [t for t in titles if titles.count(t) > 1]
    real = listing_words()
    for x in everybody + [t for t in titles if not t.endswith("致辞")]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    fs = FORUMS
    slots = [s for f in fs for s in f["slots"]]
    assert [s["title"] for s in fs[0]["slots"] if s["kind"] == "break"] == ["开场", "茶歇", "午餐"]
    assert fs[0]["slots"][0]["start"] == "09:00" and fs[0]["slots"][-1]["end"] == "14:00"
    assert all(f["slots"][0]["start"] == "14:00" and f["slots"][-1]["end"] == "17:45"
               and f["slots"][-1]["kind"] != "break" for f in fs[1:])
    assert all([s["title"] for s in f["slots"] if s["kind"] == "break"] == ["茶歇"] for f in fs[1:])
    assert fs[0]["slots"][1]["title"] == "开幕致辞" and fs[0]["slots"][1]["kind"] == "talk"
    assert [s["kind"] for s in slots].count("panel") == 1 and fs[-1]["slots"][-1]["kind"] == "panel"
    assert sum(latin(sp["name"]) for s in slots for sp in s["sp"]) == 1
    assert sum(s["kind"] == "talk" and s["title"].isascii() for s in slots) == 6
    assert [sum(s["kind"] == "talk" and len(s["sp"]) == 2 for s in f["slots"]) for f in fs] == [1] * 6
    assert sum(s["shared"] for s in slots) == 2
    return sum(1 for p in posters for f in p["forums"] for s in f["slots"] if s["kind"] != "break")


def main():
    LOG["wrapped"].clear()
    posters, ims = [], []
    for idx, (fname, f) in enumerate(zip(FILES, FORUMS)):
        im = slide(idx, f)
        ims.append(im)
        path = os.path.join(HERE, fname)
        im.save(path, "PNG", optimize=True)
        n = sum(s["kind"] != "break" for s in f["slots"])
        print(fname, im.size, os.path.getsize(path), "bytes", n)
        assert 100_000 <= os.path.getsize(path) <= 1_500_000, os.path.getsize(path)
        extra, tail = LAYOUT_EXTRA[f["name"]]
        posters.append({"file": fname, "layout": LAYOUT % (f["name"], extra, n, tail), "date": ED["date"],
                        "forums": [{"forum": f["name"], "date": ED["date"],
                                    "slots": [truth_slot(s) for s in f["slots"]]}]})
    n = check(posters, ims)
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in FORUMS)
    print("scored talks", n, "(%s)" % counts, "bottoms", LOG["bottoms"])
    assert 36 <= n <= 48 and counts == "6 + 7 + 7 + 7 + 7 + 6", (n, counts)
    assert LOG["wrapped"] == WRAPPED, LOG["wrapped"]
    for tl in WRAPPED:  # no lone character on a second line; the lines join back to the title
        assert len(tl) == 2 and len(tl[1].replace(" ", "")) >= 2, tl
    talks = sum(s["kind"] == "talk" for f in FORUMS for s in f["slots"])
    truth = {"written": "2027-01-09", "by": "a helper that had not read the code", "note": NOTE % (n, talks),
             "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
