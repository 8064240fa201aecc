"""Draw the two-hundred-and-forty-second blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes six live-stream screenshots (JPEG 1280 x 720, q80) and truth.json next to
this file.  Every string printed on the slides comes from the data below, so truth.json and the pictures
cannot drift apart.  No randomness at all.

ONE invented edition, CLK 6242 (第4237届, 泰州, 泰州学院, Saturday 6242-10-29), with CLK2025's six forum
folders as its forums.  Each forum's host opens the forum with ONE 16:9 slide of the organisers' deck
template (a royal-blue title bar with the logo lines and the forum's name, the host and the room under it,
a footer with the edition, date and city) showing the forum's programme; every host laid out his own slide
in that template: a four-column table (时间 | 议题 | 演讲嘉宾 | 单位 / 职务), a three-column table with one
line 'name  company job' per speaker, a three-column table with the name over the company line, or a list
with a time chip, the title and the speaker line under it.  An attendee watching the live stream grabbed
each of them: the slide was rendered at 1920 x 1080, scaled to the player's 1280 x 720, passed through the
stream's codec (a JPEG q55 round trip stands in for it), the player drew its overlay (a '直播中' badge with a
viewer count at the top left, a faint channel watermark at the bottom right, and on the 主论坛 a small
camera picture-in-picture), and the screenshot tool saved the frame as JPEG q80 with Snipaste's name.

Copied from posters-blind-156/draw.py (which took them from sets 152, 135, 123, 111, 104, 105, 79, 66,
65, 62, 59), unchanged: font, tw, TOKEN, NO_LINE_START, wrap_widths, wrap, ctext, rtext, hgrad,
logo_lines, fits, WHITE, rng, saturday, latin, plain, P, T, PANEL, B, truth_slot, listing_words, cup.
From posters-blind-230/draw.py: REAL_NAMES (merged with set 156's list), COMMON5, COMMON20, the idea of
listing_forums (rewritten).  New: the data, the template (title_bar, host_line, footer, page), the four
programme painters (table_a, table_b, table_c, list_d), the fitting loop, the stream and player overlay
(stream, badge, watermark, pip), check, the note and main.
"""
import datetime
import io
import json
import os
import re

from PIL import Image, ImageDraw, ImageFilter, ImageFont

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


def logo_lines(d, x, y, ink, accent, k=1.0):
    """The organisers' logo lines: a round mark, 'CHINA LINUX KERNEL' over the conference's Chinese name."""
    r = 30 * k
    d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=accent, width=max(2, round(4 * k)))
    d.ellipse([x + r * 0.55, y + r * 0.45, x + r * 1.45, y + r * 1.6], fill=accent)
    d.text((x + 2 * r + 14 * k, y + 4 * k), "CHINA LINUX KERNEL", font=font(round(19 * k), True), fill=ink)
    d.text((x + 2 * r + 14 * k, y + 32 * k), "中国Linux内核开发者大会", font=font(round(17 * k)), fill=ink)


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
# data.  P(name, line): a speaker and the company-job line printed with his name, exactly as typed.

def P(name, line):
    return {"name": name, "line": line}


def T(start, end, title, speakers, host):
    return {"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}


def PANEL(start, end, title, moderator, guests, host):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": [moderator] + guests, "host": host}


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


CLK2025_FORUMS = ["主论坛", "内存管理与优化分论坛", "文件系统与存储分论坛", "调度、性能与调试分论坛",
                  "硬件架构与异构计算分论坛", "AI 基础设施与 eBPF 应用分论坛"]

# ===========================================================================
# CLK 6242 (第4237届), 泰州, 泰州学院, Saturday 6242-10-29
ED = {
    "edition": "CLK 6242", "year": 6242, "nth": "第4237届中国Linux内核开发者大会", "date": "6242-10-29",
    "date_text": "6242年10月29日（周六）", "date_short": "6242.10.29", "city": "江苏 · 泰州", "school": "泰州学院",
}

HOSTS = {
    "主论坛": ("钱志华", "泰州学院信息工程学院 院长", "学术交流中心 一楼报告厅"),
    "内存管理与优化分论坛": ("黄磊", "字节跳动 内核技术专家", "学术交流中心 201 会议室"),
    "文件系统与存储分论坛": ("刘建华", "阿里云 存储内核负责人", "学术交流中心 202 会议室"),
    "调度、性能与调试分论坛": ("杨勇", "英特尔 首席工程师", "图书馆 三楼报告厅"),
    "硬件架构与异构计算分论坛": ("程晓峰", "飞腾信息技术 系统软件部总监", "图书馆 四楼报告厅"),
    "AI 基础设施与 eBPF 应用分论坛": ("孙婷", "蚂蚁集团 基础设施技术专家", "学术交流中心 203 会议室"),
}
H = {k: v[0] for k, v in HOSTS.items()}

F0, F1, F2, F3, F4, F5 = CLK2025_FORUMS
FORUMS = [
    {"name": F0, "layout": "a", "slots": [
        T("09:00", "09:10", "开幕致辞", [P("胡建国", "泰州学院 副校长")], H[F0]),
        T("09:10", "09:45", "一个长期支持内核的十年维护账本：补丁回合、测试与人力投入",
          [P("王海涛", "华为 openEuler 内核首席专家")], H[F0]),
        T("09:45", "10:20", "Upstream First in Practice: What Ten Years of Vendor Kernels Taught Us",
          [P("Markus Lehmann", "SUSE Distinguished Engineer")], H[F0]),
        B("10:20", "10:35", "茶歇"),
        T("10:35", "11:10", "超节点与大内存：云服务器内核面临的五个新问题",
          [P("李卫东", "阿里云 操作系统研发负责人")], H[F0]),
        T("11:10", "11:45", "手机内核的功耗治理：从调度器到外设驱动的全链路优化实践",
          [P("张晟", "OPPO 内核架构师"), P("刘婷", "OPPO 高级工程师")], H[F0]),
        T("11:45", "12:20", "让本科生的第一个补丁进入主线：操作系统课程与社区的衔接",
          [P("徐文斌", "中国科学院软件研究所 研究员")], H[F0]),
        B("12:20", "13:30", "午餐"),
    ]},
    {"name": F1, "layout": "b", "slots": [
        T("13:30", "14:00", "手机上 64KB 大页的分配失败从哪里来", [P("杨一帆", "vivo 内核工程师")], H[F1]),
        T("14:00", "14:30", "Reducing Page Table Overhead for Large Virtual Machines",
          [P("赵宏宇", "腾讯云 虚拟化内核工程师")], H[F1]),
        T("14:30", "15:00", "按 PSI 压力驱动的 memcg 主动回收：离线任务的内存让渡",
          [P("吴俊杰", "美团 基础架构工程师"), P("孙丽华", "美团 系统工程师")], H[F1]),
        T("15:00", "15:30", "slab 对象的 NUMA 亲和性：一次 8% 吞吐损失的排查", [P("周文涛", "浪潮信息 内核工程师")], H[F1]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "swap 写回路径的 folio 化改造与收益", [P("马建超", "统信软件 内核工程师")], H[F1]),
        T("16:15", "16:45", "CXL 扩展内存的冷热页识别：访问位扫描与 PMU 采样两种方案的对比",
          [P("陈志鹏", "阿里云 内核专家")], H[F1]),
        T("16:45", "17:15", "KSM 在云桌面场景中的内存节省与侧信道风险权衡", [P("何珺", "麒麟软件 系统工程师")], H[F1]),
        T("17:15", "17:45", "大页内存池的在线扩缩：hugetlb 预留页与 vmemmap 的优化", [P("林海波", "京东云 操作系统工程师")], H[F1]),
    ]},
    {"name": F2, "layout": "d", "slots": [
        T("13:30", "14:05", "ext4 超大目录的查找性能：htree 的瓶颈与改进", [P("张浩宇", "华为 文件系统工程师")], H[F2]),
        T("14:05", "14:40", "Btrfs RAID Stripe Tree: Status and Production Notes", [P("梁志伟", "SUSE 内核工程师")], H[F2]),
        T("14:40", "15:15", "移动端 F2FS 的后台碎片整理：在闪存寿命与读写性能之间取舍",
          [P("罗志斌", "小米 存储系统工程师"), P("丁玥", "小米 工程师")], H[F2]),
        T("15:15", "15:50", "NVMe-oF 在 RDMA 与 TCP 两种传输下的尾延迟对比", [P("许军", "中兴通讯 存储软件专家")], H[F2]),
        B("15:50", "16:10", "茶歇"),
        T("16:10", "16:45", "overlayfs copy-up 在镜像构建流水线中的放大效应", [P("彭鹏飞", "快手 存储内核工程师")], H[F2]),
        T("16:45", "17:20", "dm-crypt 在高速 SSD 上的瓶颈：多队列并行与内联加密", [P("郑晓伟", "蚂蚁集团 系统工程师")], H[F2]),
        T("17:20", "17:55", "块层 IO 优先级在数据库场景下的落地", [P("高翀", "腾讯 TencentOS 存储工程师")], H[F2]),
    ]},
    {"name": F3, "layout": "a", "slots": [
        T("13:30", "14:00", "EEVDF 下的时间片配置：延迟敏感服务的调参经验", [P("朱明辉", "字节跳动 内核工程师")], H[F3]),
        T("14:00", "14:30", "sched_ext 在交易系统中的落地：按请求优先级排队", [P("王磊", "阿里云 内核工程师")], H[F3]),
        T("14:30", "15:00", "Finding the Lock That Hurts: Contention Profiling on 384-Core Hosts",
          [P("袁国斌", "英特尔 软件工程师")], H[F3]),
        T("15:00", "15:30", "kdump 在 ARM64 大内存服务器上的捕获成功率提升",
          [P("谢建军", "麒麟软件 高级工程师"), P("曾敏", "麒麟软件 工程师")], H[F3]),
        B("15:30", "15:50", "茶歇"),
        T("15:50", "16:20", "perf 与 PMU 虚拟化：云主机里的性能剖析为何不准", [P("宋志刚", "腾讯云 性能工程师")], H[F3]),
        T("16:20", "16:50", "实时任务饿死普通任务：RT 节流机制的一次线上事故复盘", [P("沈洋", "海光信息 系统软件工程师")], H[F3]),
        T("16:50", "17:20", "ftrace 事件过滤在百万 QPS 服务上的开销测量", [P("唐凯", "网易 系统工程师")], H[F3]),
        T("17:20", "17:50", "NUMA 自动均衡的代价：页迁移风暴的诊断与抑制", [P("刘宇航", "百度智能云 内核工程师")], H[F3]),
    ]},
    {"name": F4, "layout": "c", "slots": [
        T("13:30", "14:10", "RISC-V 服务器启动链：OpenSBI、EDK2 与内核 ACPI 表的对接", [P("陈亮", "中国科学院软件研究所 副研究员")], H[F4]),
        T("14:10", "14:50", "LoongArch 虚拟机的 IPI 与定时器开销优化", [P("王晓东", "龙芯中科 内核工程师")], H[F4]),
        T("14:50", "15:30", "SMMUv3 嵌套翻译与设备直通场景下的 IOTLB 性能分析", [P("李伟", "华为 虚拟化工程师")], H[F4]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "国产 GPU 的 DRM 驱动上游之路：社区代码审查中的经验与教训",
          [P("田磊", "摩尔线程 驱动工程师"), P("蒋佳琪", "摩尔线程 工程师")], H[F4]),
        T("16:15", "16:45", "Accelerating AES-GCM with RISC-V Vector Crypto Extensions",
          [P("韦骞", "平头哥半导体 软件工程师")], H[F4]),
        T("16:45", "17:15", "NPU 设备接入 accel 子系统的设计取舍", [P("吕晓静", "寒武纪 驱动工程师")], H[F4]),
        T("17:15", "17:45", "CXL Type 2 设备的驱动框架与缓存一致性", [P("刘强", "英特尔 软件架构师")], H[F4]),
    ]},
    {"name": F5, "layout": "d", "slots": [
        T("13:30", "14:00", "大模型训练任务的 IO 画像：用 eBPF 追踪 checkpoint 写入", [P("陈明远", "商汤科技 系统工程师")], H[F5]),
        T("14:00", "14:30", "GPU 集群的 RDMA 网络故障定位：eBPF 探针与网卡计数器的联合分析",
          [P("范志勇", "百度智能云 网络工程师")], H[F5]),
        T("14:30", "15:00", "Keeping Tokenizer Threads on Time with BPF struct_ops", [P("李昊", "蚂蚁集团 内核工程师")], H[F5]),
        T("15:00", "15:30", "eBPF 程序的签名与准入：多租户环境下的安全管控", [P("邱文杰", "奇安信 安全研究员")], H[F5]),
        B("15:30", "15:45", "茶歇"),
        T("15:45", "16:15", "推理服务冷启动：页缓存预热与模型文件加载加速", [P("虞立新", "智谱 系统工程师")], H[F5]),
        T("16:15", "16:45", "XDP 加速的 KV Cache 传输：PD 分离推理中的网络优化", [P("陆浩然", "月之暗面 基础设施工程师")], H[F5]),
        PANEL("16:45", "17:30", "圆桌讨论：AI 负载会改变内核的设计吗",
              P("赵海峰", "清华大学 副教授"),
              [P("张涛", "阿里云"), P("贾丽娟", "华为"), P("方杰", "字节跳动"), P("阮国强", "中国移动")], H[F5]),
    ]},
]
for _f in FORUMS:
    _f["host"] = HOSTS[_f["name"]]

# names of real speakers and hosts read on the real posters by earlier helpers (sets 156's and 230's lists
# merged); none may be used
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
# the deck template (painted at 1920 x 1080)
SW, SH = 1920, 1080
NAVY = (18, 30, 64)
BLUE = (22, 78, 196)
BAR0, BAR1 = (10, 36, 128), (28, 104, 226)
CYAN = (0, 190, 232)
PAGE = (251, 252, 255)
GREY = (90, 100, 122)
RULE = (210, 219, 236)
TINT = (228, 238, 252)
ZEBRA = (244, 247, 253)
BAR_H = 124
CT, CB = 214, 1022  # the programme's room on the page
FOOT = 1034


def title_bar(im, d, name):
    bar = Image.new("RGB", (SW, BAR_H))
    bd = ImageDraw.Draw(bar)
    hgrad(bd, 0, 0, SW, BAR_H, BAR0, BAR1)
    for k in range(7):  # the template's light streaks at the bar's right
        x = 1240 + 90 * k
        bd.polygon([(x, BAR_H), (x + 70, 0), (x + 92, 0), (x + 22, BAR_H)], fill=(38, 116, 232) if k % 2 else (34, 108, 224))
    im.paste(bar, (0, 0))
    logo_lines(d, 40, 30, WHITE, CYAN, 0.95)
    d.line([(384, 30), (384, 94)], fill=(120, 164, 236), width=2)
    nf = font(50, True)
    d.text((412, 24), fits(d, name, nf, 1420 - 412), font=nf, fill=WHITE)
    rtext(d, SW - 48, 26, ED["nth"], font(24, True), WHITE)
    rtext(d, SW - 48, 66, "%s · %s" % (ED["date_short"], ED["school"]), font(20), (204, 222, 250))
    d.rectangle([0, BAR_H, SW, BAR_H + 6], fill=CYAN)


def pin(d, x, y, col):
    d.ellipse([x, y, x + 16, y + 16], fill=col)
    d.polygon([(x + 2, y + 11), (x + 14, y + 11), (x + 8, y + 24)], fill=col)
    d.ellipse([x + 5, y + 5, x + 11, y + 11], fill=PAGE)


def host_line(d, f):
    host, unit, room = f["host"]
    lf, hf, uf = font(28, True), font(28, True), font(22)
    y = 150
    d.rectangle([60, y + 6, 67, y + 38], fill=CYAN)
    x = 84
    d.text((x, y), "主持人：", font=lf, fill=BLUE)
    x += tw(d, "主持人：", lf)
    d.text((x, y), host, font=hf, fill=NAVY)
    x += tw(d, host, hf) + 18
    d.text((x, y + 6), unit, font=uf, fill=GREY)
    rx = SW - 60
    rtext(d, rx, y + 6, room, uf, GREY)
    pin(d, rx - tw(d, room, uf) - 28, y + 8, BLUE)


def footer(d):
    d.line([(60, FOOT), (SW - 60, FOOT)], fill=RULE, width=1)
    d.text((60, FOOT + 10), "%s　｜　%s　｜　%s" % (ED["nth"], ED["date_text"], ED["city"]), font=font(19),
           fill=(130, 140, 162))
    rtext(d, SW - 60, FOOT + 8, ED["edition"], font(21, True), BLUE)


def page(f):
    im = Image.new("RGB", (SW, SH), PAGE)
    d = ImageDraw.Draw(im)
    for k in range(5):  # faint arcs at the page's lower right
        r = 280 + 64 * k
        d.arc([SW + 40 - r, SH + 100 - r, SW + 40 + r, SH + 100 + r], 180, 270, fill=(234, 240, 250), width=3)
    title_bar(im, d, f["name"])
    host_line(d, f)
    footer(d)
    return im, d


def cup(d, x, y, col):
    d.rounded_rectangle([x, y + 6, x + 20, y + 24], radius=4, outline=col, width=3)
    d.arc([x + 14, y + 9, x + 28, y + 21], 270, 90, fill=col, width=3)
    d.line([(x - 2, y + 28), (x + 24, y + 28)], fill=col, width=3)


def bowl(d, x, y, col):
    d.chord([x - 2, y + 4, x + 28, y + 30], 0, 180, fill=col)
    d.line([(x + 18, y - 2), (x + 30, y + 12)], fill=col, width=2)
    d.line([(x + 22, y - 2), (x + 34, y + 10)], fill=col, width=2)


LOG = {"wrapped": {}, "bottom": {}, "scale": {}}


def S(v, s):
    return max(1, round(v * s))


# ---------------------------------------------------------------------------
# the hosts' programme painters.  Each takes the scale s (1.0 = the template's sizes) and draw=False to
# measure only; each returns the bottom of what it painted.

def break_row(d, x0, x1, xl, y, s, sl, draw):
    h = S(52, s)
    if draw:
        d.rectangle([x0, y, x1, y + h], fill=TINT)
        d.text((x0 + 24, y + (h - S(26, s) * 1.35) / 2), rng(sl), font=font(S(25, s), True), fill=BLUE)
        lf = font(S(26, s), True)
        w = tw(d, sl["title"], lf) + 44
        cx = xl - w / 2
        (bowl if sl["title"] == "午餐" else cup)(d, cx, y + (h - 30) / 2, (70, 96, 148))
        d.text((cx + 44, y + (h - S(26, s) * 1.4) / 2), sl["title"], font=lf, fill=(70, 96, 148))
    return y + h


def table_a(d, f, s, draw=True):
    """Four columns: 时间 | 议题 | 演讲嘉宾 | 单位 / 职务; a speaker's company line level with his name."""
    C = (60, 272, 990, 1262, 1860)
    tf, rf, nf, af = font(S(28, s), True), font(S(25, s), True), font(S(26, s), True), font(S(22, s))
    lh, sh, pad = S(40, s), S(38, s), S(14, s)
    y = CT
    hh = S(54, s)
    if draw:
        d.rectangle([C[0], y, C[4], y + hh], fill=BLUE)
        for x0, h in zip(C, ("时间", "议题", "演讲嘉宾", "单位 / 职务")):
            d.text((x0 + 24, y + (hh - S(25, s) * 1.4) / 2), h, font=font(S(25, s), True), fill=WHITE)
    y += hh
    rows, wrapped = [], []
    for i, sl in enumerate(f["slots"]):
        if sl["kind"] == "break":
            y1 = break_row(d, C[0], C[4], (C[1] + C[4]) / 2, y, s, sl, draw)
            rows.append((y, y1, True))
            y = y1
            continue
        tl = wrap(d, sl["title"], tf, C[2] - C[1] - 44)
        if len(tl) > 1:
            wrapped.append(tl)
        h = max(len(tl) * lh, len(sl["sp"]) * sh) + 2 * pad
        if draw:
            d.rectangle([C[0], y, C[4], y + h], fill=WHITE if i % 2 else ZEBRA)
            top = y + pad
            d.text((C[0] + 24, top + S(3, s)), rng(sl), font=rf, fill=BLUE)
            for k, ln in enumerate(tl):
                d.text((C[1] + 22, top + k * lh), ln, font=tf, fill=NAVY)
            for k, sp in enumerate(sl["sp"]):
                d.text((C[2] + 22, top + k * sh), fits(d, sp["name"], nf, C[3] - C[2] - 30), font=nf, fill=NAVY)
                d.text((C[3] + 22, top + k * sh + S(4, s)), fits(d, sp["line"], af, C[4] - C[3] - 30), font=af,
                       fill=GREY)
        rows.append((y, y + h, False))
        y += h
    if draw:
        for y0, y1, merged in rows:
            d.line([(C[0], y1), (C[4], y1)], fill=RULE, width=1)
            d.line([(C[1], y0), (C[1], y1)], fill=RULE, width=1)
            if not merged:
                for x in C[2:4]:
                    d.line([(x, y0), (x, y1)], fill=RULE, width=1)
        d.rectangle([C[0], CT, C[4], y], outline=(188, 202, 228), width=1)
    return y, wrapped


def table_b(d, f, s, draw=True):
    """Three columns: 时间 | 议题 | 演讲嘉宾, one line 'name  company job' per speaker."""
    C = (60, 272, 1030, 1860)
    tf, rf, nf, af = font(S(28, s), True), font(S(25, s), True), font(S(26, s), True), font(S(22, s))
    lh, sh, pad = S(40, s), S(38, s), S(14, s)
    y = CT
    hh = S(54, s)
    if draw:
        d.rectangle([C[0], y, C[3], y + hh], fill=NAVY)
        for x0, h in zip(C, ("时间", "议题", "演讲嘉宾")):
            d.text((x0 + 24, y + (hh - S(25, s) * 1.4) / 2), h, font=font(S(25, s), True), fill=WHITE)
        d.rectangle([C[0], y + hh - 4, C[3], y + hh], fill=CYAN)
    y += hh
    wrapped = []
    for i, sl in enumerate(f["slots"]):
        if sl["kind"] == "break":
            y1 = break_row(d, C[0], C[3], (C[1] + C[3]) / 2, y, s, sl, draw)
            if draw:
                d.line([(C[0], y1), (C[3], y1)], fill=RULE, width=1)
            y = y1
            continue
        tl = wrap(d, sl["title"], tf, C[2] - C[1] - 44)
        if len(tl) > 1:
            wrapped.append(tl)
        h = max(len(tl) * lh, len(sl["sp"]) * sh) + 2 * pad
        if draw:
            top = y + pad
            d.text((C[0] + 24, top + S(3, s)), rng(sl), font=rf, fill=BLUE)
            for k, ln in enumerate(tl):
                d.text((C[1] + 22, top + k * lh), ln, font=tf, fill=NAVY)
            for k, sp in enumerate(sl["sp"]):
                x = C[2] + 22
                d.text((x, top + k * sh), sp["name"], font=nf, fill=NAVY)
                x += max(tw(d, sp["name"], nf), S(78, s)) + S(18, s)
                d.text((x, top + k * sh + S(4, s)), fits(d, sp["line"], af, C[3] - 20 - x), font=af, fill=GREY)
            d.line([(C[0], y + h), (C[3], y + h)], fill=RULE, width=1)
        y += h
    return y, wrapped


def table_c(d, f, s, draw=True):
    """Three columns: 时间 | 议题 | 演讲嘉宾, the speaker's name over his company line; two speakers side by side."""
    C = (60, 272, 1050, 1860)
    tf, rf, nf, af = font(S(28, s), True), font(S(25, s), True), font(S(26, s), True), font(S(21, s))
    lh, pad = S(40, s), S(14, s)
    y = CT
    hh = S(54, s)
    if draw:
        hgrad(d, C[0], y, C[3], y + hh, BAR0, BAR1)
        for x0, h in zip(C, ("时间", "议题", "演讲嘉宾")):
            d.text((x0 + 24, y + (hh - S(25, s) * 1.4) / 2), h, font=font(S(25, s), True), fill=WHITE)
    y += hh
    wrapped = []
    for i, sl in enumerate(f["slots"]):
        if sl["kind"] == "break":
            y = break_row(d, C[0], C[3], (C[1] + C[3]) / 2, y, s, sl, draw)
            continue
        tl = wrap(d, sl["title"], tf, C[2] - C[1] - 44)
        if len(tl) > 1:
            wrapped.append(tl)
        h = max(len(tl) * lh, S(34, s) + S(30, s)) + 2 * pad
        if draw:
            d.rectangle([C[0], y, C[3], y + h], fill=WHITE if i % 2 else ZEBRA)
            top = y + pad
            d.text((C[0] + 24, top + S(3, s)), rng(sl), font=rf, fill=BLUE)
            for k, ln in enumerate(tl):
                d.text((C[1] + 22, top + k * lh), ln, font=tf, fill=NAVY)
            cw = (C[3] - C[2] - 22) / len(sl["sp"])
            for k, sp in enumerate(sl["sp"]):
                x = C[2] + 22 + k * cw
                d.text((x, top), sp["name"], font=nf, fill=NAVY)
                d.text((x, top + S(36, s)), fits(d, sp["line"], af, cw - 16), font=af, fill=GREY)
            d.line([(C[0], y + h), (C[3], y + h)], fill=RULE, width=1)
            d.line([(C[1], y), (C[1], y + h)], fill=RULE, width=1)
            d.line([(C[2], y), (C[2], y + h)], fill=RULE, width=1)
        y += h
    if draw:
        d.rectangle([C[0], CT, C[3], y], outline=(188, 202, 228), width=1)
    return y, wrapped


def list_d(d, f, s, draw=True):
    """A list: a time chip, the title, the speaker line under it ('name  company job', two speakers on one
    line); the round table prints '主持：' and '嘉宾：' lines, the guests as 'name（company）'."""
    X0, XT, XR = 60, 330, 1860
    tf, rf, nf, af = font(S(30, s), True), font(S(25, s), True), font(S(26, s), True), font(S(22, s))
    lh, sh, gap = S(44, s), S(38, s), S(20, s)
    y = CT + S(6, s)
    wrapped = []
    for i, sl in enumerate(f["slots"]):
        if sl["kind"] == "break":
            h = S(54, s)
            if draw:
                d.rounded_rectangle([X0, y + S(6, s), X0 + S(236, s), y + h - S(6, s)], radius=S(21, s), fill=(236, 240, 248))
                ctext(d, X0 + S(118, s), y + (h - S(25, s) * 1.4) / 2, rng(sl), rf, (96, 110, 140))
                cup(d, XT, y + (h - 30) / 2, (96, 110, 140))
                d.text((XT + 44, y + (h - S(27, s) * 1.4) / 2), sl["title"], font=font(S(27, s), True), fill=(96, 110, 140))
                d.line([(XT + 44 + tw(d, sl["title"], font(S(27, s), True)) + 24, y + h / 2), (XR, y + h / 2)],
                       fill=RULE, width=1)
            y += h + gap
            continue
        tl = wrap(d, sl["title"], tf, XR - XT)
        if len(tl) > 1:
            wrapped.append(tl)
        if draw:
            d.rounded_rectangle([X0, y + S(2, s), X0 + S(236, s), y + S(44, s)], radius=S(21, s), fill=BLUE)
            ctext(d, X0 + S(118, s), y + S(4, s), rng(sl), rf, WHITE)
            for k, ln in enumerate(tl):
                d.text((XT, y + k * lh), ln, font=tf, fill=NAVY)
        yy = y + len(tl) * lh + S(4, s)
        if sl["kind"] == "panel":
            lab = font(S(24, s), True)
            if draw:
                x = XT
                d.text((x, yy + S(2, s)), "主持：", font=lab, fill=BLUE)
                x += tw(d, "主持：", lab)
                mod = sl["sp"][0]
                d.text((x, yy), mod["name"], font=nf, fill=NAVY)
                x += tw(d, mod["name"], nf) + S(16, s)
                d.text((x, yy + S(4, s)), mod["line"], font=af, fill=GREY)
                x = XT
                y2 = yy + sh
                d.text((x, y2 + S(2, s)), "嘉宾：", font=lab, fill=BLUE)
                x += tw(d, "嘉宾：", lab)
                for g in sl["sp"][1:]:
                    d.text((x, y2), g["name"], font=nf, fill=NAVY)
                    x += tw(d, g["name"], nf)
                    par = "（%s）" % g["line"]
                    d.text((x, y2 + S(4, s)), par, font=af, fill=GREY)
                    x += tw(d, par, af) + S(26, s)
                assert x <= XR, x
            yy += 2 * sh
        else:
            if draw:
                x = XT
                for sp in sl["sp"]:
                    d.text((x, yy), sp["name"], font=nf, fill=NAVY)
                    x += tw(d, sp["name"], nf) + S(16, s)
                    d.text((x, yy + S(4, s)), sp["line"], font=af, fill=GREY)
                    x += tw(d, sp["line"], af) + S(56, s)
                assert x <= XR + S(56, s), x
            yy += sh
        if draw and i < len(f["slots"]) - 1 and f["slots"][i + 1]["kind"] != "break":
            d.line([(XT, yy + gap / 2), (XR, yy + gap / 2)], fill=RULE, width=1)
        y = yy + gap
    return y - gap, wrapped


PAINTERS = {"a": table_a, "b": table_b, "c": table_c, "d": list_d}


def slide(f):
    """The host's slide: the template's sizes, shrunk in steps of 4 % until the programme fits the page."""
    im, d = page(f)
    paint = PAINTERS[f["layout"]]
    s = 1.0
    while paint(d, f, s, draw=False)[0] > CB:
        s = round(s - 0.04, 2)
        assert s >= 0.8, (f["name"], s)
    bottom, wrapped = paint(d, f, s)
    LOG["wrapped"][f["name"]] = wrapped
    LOG["bottom"][f["name"]] = bottom
    LOG["scale"][f["name"]] = s
    return im


# ===========================================================================
# the live stream and the player's overlay (1280 x 720)
VW, VH = 1280, 720
VIEWERS = {F0: "2.6万", F1: "8,412", F2: "6,905", F3: "7,733", F4: "5,268", F5: "9,137"}
SHOTS = {  # Snipaste's names, the local time of each grab: the hosts open their forums
    F0: "Snipaste_6242-10-29_09-01-47.jpg",
    F1: "Snipaste_6242-10-29_13-31-12.jpg",
    F2: "Snipaste_6242-10-29_13-32-05.jpg",
    F3: "Snipaste_6242-10-29_13-33-28.jpg",
    F4: "Snipaste_6242-10-29_13-34-10.jpg",
    F5: "Snipaste_6242-10-29_13-35-41.jpg",
}
PIP = (VW - 12 - 160, 8, VW - 12, 8 + 90)  # the camera picture-in-picture on the 主论坛, over the bar's right end


def badge(im, viewers):
    lay = Image.new("RGBA", im.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    f1, f2 = font(15, True), font(14)
    w = 14 + 12 + 8 + tw(d, "直播中", f1) + 14 + tw(d, viewers + "人观看", f2) + 14
    d.rounded_rectangle([12, 12, 12 + w, 42], radius=15, fill=(0, 0, 0, 168))
    d.rounded_rectangle([12, 12, 12 + 14 + 12 + 8 + tw(d, "直播中", f1) + 8, 42], radius=15, fill=(232, 44, 60, 230))
    d.ellipse([24, 23, 32, 31], fill=(255, 255, 255, 255))
    x = 24 + 12 + 4
    d.text((x, 16), "直播中", font=f1, fill=(255, 255, 255, 255))
    x += tw(d, "直播中", f1) + 22
    d.text((x, 18), viewers + "人观看", font=f2, fill=(255, 255, 255, 235))
    return Image.alpha_composite(im.convert("RGBA"), lay)


def watermark(im):
    lay = Image.new("RGBA", im.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    f = font(16, True)
    text = "CLK 直播间"
    x, y = VW - 20 - tw(d, text, f) - 22, VH - 34
    d.polygon([(x, y + 3), (x, y + 19), (x + 14, y + 11)], fill=(255, 255, 255, 150))
    d.text((x + 22, y - 1), text, font=f, fill=(255, 255, 255, 150), stroke_width=1, stroke_fill=(0, 0, 0, 70))
    return Image.alpha_composite(im, lay)


def pip(im):
    """A small camera view of the hall: dark stage, a screen, a lectern and the host beside it, soft."""
    x0, y0, x1, y1 = PIP
    w, h = x1 - x0, y1 - y0
    cw, ch = 416, 234  # painted at this size, then scaled down to the player's box
    cam = Image.new("RGB", (cw, ch), (26, 28, 36))
    d = ImageDraw.Draw(cam)
    for yy in range(ch):
        t = yy / ch
        d.line([(0, yy), (cw, yy)], fill=(int(30 + 20 * t), int(32 + 14 * t), int(44 + 6 * t)))
    d.rectangle([60, 26, 300, 160], fill=(120, 150, 210))       # the projected slide, too small to read
    d.rectangle([60, 26, 300, 44], fill=(40, 80, 180))
    for k in range(5):
        d.rectangle([74, 58 + k * 18, 280 - 30 * (k % 2), 64 + k * 18], fill=(200, 214, 238))
    d.rectangle([0, 178, cw, ch], fill=(70, 48, 40))       # the stage
    d.polygon([(318, 150), (372, 150), (364, 226), (326, 226)], fill=(92, 70, 56))  # the lectern
    d.ellipse([332, 110, 356, 136], fill=(214, 176, 150))          # the host
    d.rounded_rectangle([324, 134, 366, 176], radius=10, fill=(30, 34, 46))
    cam = cam.resize((w, h), Image.LANCZOS).filter(ImageFilter.GaussianBlur(0.8))
    base = im.copy()
    base.paste(cam.convert("RGBA"), (x0, y0))
    d = ImageDraw.Draw(base)
    d.rectangle([x0 - 1, y0 - 1, x1, y1], outline=(255, 255, 255, 200), width=1)
    return base


def stream(im1920, f):
    """The frame as the player shows it: scaled to 1280 x 720, through the codec (a q55 JPEG round trip),
    then the player's overlay drawn crisp over it."""
    im = im1920.resize((VW, VH), Image.LANCZOS)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=55, subsampling=2)
    im = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    rgba = badge(im, VIEWERS[f["name"]])
    rgba = watermark(rgba)
    if f["name"] == F0:
        rgba = pip(rgba)
    return rgba.convert("RGB")


# ===========================================================================
# truth

def truth_slot(s):
    if s["kind"] == "panel":
        affs = [s["sp"][0]["line"]] + [g["line"] for g in s["sp"][1:]]
    else:
        affs = [sp["line"] for sp in s["sp"]]
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [plain(sp["name"]) for sp in s["sp"]], "affiliations": affs,
            "host": s["host"] and plain(s["host"])}


def people(forums):
    out = []
    for f in forums:
        out.append(plain(f["host"][0]))
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
    """CLK2025's forum folders without their numbers, in folder order (None when the corpus is not there)."""
    p = "/work/shared/corpus/listings/CLK2025.tsv"
    if not os.path.exists(p):
        return None
    folders = {}
    with open(p, encoding="utf-8") as fh:
        for line in fh.read().splitlines()[1:]:
            path = line.split("\t")[0]
            if "/" in path:
                num, _, name = path.split("/")[0].partition(" ")
                folders[int(num)] = name
    return [folders[n] for n in sorted(folders)]


# ===========================================================================
# checks, note, main

COMMON5 = "王李张刘陈"
COMMON20 = "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林"  # the twenty the brief names, in its order
UNCOMMON = "虞"  # one rare surname now and then
# given-name characters a real parent now and then chooses (the brief's examples); all others are everyday
CHOSEN = set("旻晟昱珺翀玥骞")

WRAPPED = {  # the titles printed over two lines, as printed (greedy breaks, as PowerPoint wraps a cell)
    F0: [["一个长期支持内核的十年维护账本：补丁回合、测试与", "人力投入"],
         ["Upstream First in Practice: What Ten Years of", "Vendor Kernels Taught Us"],
         ["手机内核的功耗治理：从调度器到外设驱动的全链路优", "化实践"],
         ["让本科生的第一个补丁进入主线：操作系统课程与社区", "的衔接"]],
    F1: [["Reducing Page Table Overhead for Large Virtual", "Machines"],
         ["CXL 扩展内存的冷热页识别：访问位扫描与 PMU 采样两种", "方案的对比"],
         ["大页内存池的在线扩缩：hugetlb 预留页与 vmemmap 的", "优化"]],
    F2: [],
    F3: [["Finding the Lock That Hurts: Contention", "Profiling on 384-Core Hosts"],
         ["实时任务饿死普通任务：RT 节流机制的一次线上事故", "复盘"]],
    F4: [["RISC-V 服务器启动链：OpenSBI、EDK2 与内核 ACPI 表", "的对接"],
         ["国产 GPU 的 DRM 驱动上游之路：社区代码审查中的经验", "与教训"],
         ["Accelerating AES-GCM with RISC-V Vector Crypto", "Extensions"]],
    F5: [],
}
SCALES = {F0: 1.0, F1: 0.96, F2: 1.0, F3: 1.0, F4: 1.0, F5: 0.96}  # the hosts' shrink to fit, pinned

NOTE = (
    "Same schema and conventions as posters-blind-43 (and 59, 156, 230): speakers are names as printed with spaces "
    "removed (the Latin name 'Markus Lehmann' -> MarkusLehmann; no name is padded); host is the name after '主持人：' "
    "printed under the title bar for the forum covering the slot, null for breaks; start/end HH:MM on a 24-hour clock. "
    "One invented edition, CLK 6242 (第4237届, 泰州, 泰州学院, Saturday 6242-10-29; ONE day: 主论坛 in the morning, "
    "the five other forums in parallel in the afternoon), with CLK2025's six forum folders (without their numbers) as "
    "its forums, exactly as printed in each slide's title bar ('调度、性能与调试分论坛', 'AI 基础设施与 eBPF 应用分论坛'). "
    "Each picture is a LIVE-STREAM SCREENSHOT (JPEG q80, 1280 x 720, named by the screenshot tool Snipaste after the "
    "grab's local time) of the ONE 16:9 slide with which a forum's host opens his forum, the slide filling the frame; "
    "each picture is one entry holding its one forum, so no forum and no talk is on two pictures. Every forum's date "
    "is the edition's, printed in the footer ('6242年10月29日（周六）') and in the bar ('6242.10.29'). Judgement calls: "
    "(1) AFFILIATIONS are the 'company job' printed with the speaker, exactly as printed with its one space: in the "
    "four-column tables (主论坛, 调度、性能与调试分论坛) the 单位 / 职务 cell level with his name; in the three-column "
    "table of 内存管理与优化分论坛 the grey text after his name on his line; in that of 硬件架构与异构计算分论坛 the grey "
    "line under his name; in the lists (文件系统与存储分论坛, AI 基础设施与 eBPF 应用分论坛) the grey text after his name. "
    "Two speakers are given in printed order, top then bottom, left then right, or first then second on ONE line "
    "('罗志斌  小米 存储系统工程师     丁玥  小米 工程师': 罗志斌 with '小米 存储系统工程师', 丁玥 with '小米 工程师'), "
    "each with his own line. (2) The ROUND TABLE is one slot of kind 'panel' (16:45-17:30, the last of AI 基础设施与 eBPF "
    "应用分论坛), its title as printed with its label ('圆桌讨论：AI 负载会改变内核的设计吗'); its speakers are the "
    "moderator after '主持：' (赵海峰, '清华大学 副教授') and then the four guests after '嘉宾：' in printed order, each "
    "guest's affiliation the company inside the full-width brackets after his name, without the brackets ('阿里云', "
    "'华为', '字节跳动', '中国移动'); the labels are no names; the moderator is not the forum's host (孙婷). (3) '开幕致辞' "
    "with a speaker (胡建国, 泰州学院 副校长) is a talk; '茶歇' and '午餐' rows and chips are breaks of their own forum "
    "(one 茶歇 in every forum); '午餐' (12:20-13:30) closes 主论坛; the afternoon forums end with their last talk (the "
    "round table for AI 基础设施与 eBPF 应用分论坛). (4) TITLES over two lines in a cell are one title: Latin words joined "
    "with a space, a break at a space between a Latin and a Chinese word stands for that space ('…vmemmap 的' / '优化' "
    "-> '…vmemmap 的优化'), a break inside Chinese or right after Chinese joined without anything ('…全链路优' / '化实践', "
    "'…ACPI 表' / '的对接', '…两种' / '方案的对比'). (5) The host's unit after his name and the pin with the ROOM at the "
    "right of the host line are no affiliation, no slot and no part of the forum's name; the table header rows (时间, "
    "议题, 演讲嘉宾, 单位 / 职务), the logo lines, the bar's right-hand texts and the footer ('CLK 6242' and the edition, "
    "date and city) are never names, titles or slots. (6) The PLAYER'S OVERLAY is no part of the slide: the badge '直播中' "
    "with a viewer count ('2.6万人观看', '8,412人观看', ...) over the logo, the watermark 'CLK 直播间' over the footer's "
    "right end, and on 主论坛 a camera picture-in-picture over the bar's right end (it hides most of '第4237届中国Linux内核"
    "开发者大会' and '6242.10.29 · 泰州学院' there; no truth field is behind it). The time in a file name is when the "
    "attendee grabbed the frame (09:01 and 13:31-13:35), not a slot. Surnames: of the 57 Chinese people (hosts, "
    "speakers, moderator, guests) 16 bear one of 王, 李, 张, 刘, 陈 (28 %), 17 more another of the twenty the brief names "
    "(58 % in all), 23 another common surname (钱, 程, 梁, 丁, 许, 彭, 郑, 谢, 曾, 宋, 沈, 唐, 田, 蒋, 韦, 吕, 范, 邱, 陆, "
    "贾, 方, 阮, 袁) and one a rare one (虞立新); 21 names have two characters; five given names carry a less common "
    "character (张晟, 何珺, 丁玥, 高翀, 韦骞). One Latin speaker. The kind 'panel' is counted as a scored talk (43 = 42 "
    "talks, the opening address among them, + 1 round table).")


def surname(name):
    return name[0]


def check(posters):
    assert [f["name"] for f in FORUMS] == CLK2025_FORUMS
    lf = listing_forums()
    assert lf is None or lf == CLK2025_FORUMS, lf
    assert saturday(ED["date"]), ED["date"]
    dt = datetime.date(*map(int, ED["date"].split("-")))
    assert ED["nth"] == "第%d届中国Linux内核开发者大会" % (dt.year - 2005)  # 2024 was the 19th
    assert ED["date_text"].startswith("%d年%d月%d日" % (dt.year, dt.month, dt.day))
    assert ED["date_short"] == "%d.%d.%d" % (dt.year, dt.month, dt.day) and ED["edition"] == "CLK %d" % dt.year
    everybody = people(FORUMS)
    assert len(everybody) == len(set(everybody)), sorted(p for p in everybody if everybody.count(p) > 1)
    assert not set(everybody) & set(REAL_NAMES), set(everybody) & set(REAL_NAMES)
    chinese = [p for p in everybody if not p.isascii()]
    assert all(len(p) in (2, 3) for p in chinese), chinese
    top5 = [p for p in chinese if surname(p) in COMMON5]
    top20 = [p for p in chinese if surname(p) in COMMON20]
    chosen = [p for p in chinese if set(p[1:]) & CHOSEN]
    two = [p for p in chinese if len(p) == 2]
    rare = [p for p in chinese if surname(p) in UNCOMMON]
    print("people", len(everybody), "chinese", len(chinese), "top5", len(top5), "top20", len(top20),
          "two-char", len(two), "chosen", chosen, "rare", rare)
    assert (len(chinese), len(top5), len(top20), len(two)) == (57, 16, 33, 21), (len(chinese), len(top5), len(top20), len(two))
    assert sorted(chosen) == sorted(["张晟", "何珺", "丁玥", "高翀", "韦骞"]), chosen
    assert rare == ["虞立新"], rare
    titles = []
    for p, src in zip(posters, FORUMS):
        assert len(p["forums"]) == 1 and p["forums"][0]["forum"] == src["name"]
        f = p["forums"][0]
        assert f["date"] == p["date"] == ED["date"]
        titles += [s["title"] for s in f["slots"] if s["kind"] != "break"]
        prev = None
        for s in f["slots"]:
            assert re.match(r"^\d\d:\d\d$", s["start"]) and re.match(r"^\d\d:\d\d$", s["end"])
            assert s["start"] < s["end"], s
            assert prev is None or s["start"] == prev["end"], s
            prev = s
            assert s["host"] == (None if s["kind"] == "break" else plain(src["host"][0])), s
            assert s["host"] not in s["speakers"], s
            assert len(s["speakers"]) == len(s["affiliations"]), s
            assert (len(s["speakers"]) == 0) == (s["kind"] == "break"), s
            if s["kind"] == "talk":
                assert 1 <= len(s["speakers"]) <= 2, s
            if s["kind"] == "panel":
                assert len(s["speakers"]) == 5, s
        assert sum(s["title"] == "茶歇" for s in f["slots"]) == 1, f["forum"]
        if f["forum"] == "主论坛":
            assert f["slots"][0]["start"] == "09:00" and f["slots"][-1]["title"] == "午餐"
        else:
            assert f["slots"][0]["start"] == "13:30" and f["slots"][-1]["kind"] in ("talk", "panel")
    assert len(titles) == len(set(titles)), [t for t in titles if titles.count(t) > 1]
    real = listing_words()
    for x in everybody + [t for t in titles if not t.endswith("致辞")]:
        assert x not in real and x.replace(" ", "") not in real.replace(" ", ""), x
    slots = [s for f in FORUMS for s in f["slots"]]
    assert [(f["name"], s["kind"]) for f in FORUMS for s in f["slots"] if s["kind"] == "panel"] == [(F5, "panel")]
    assert sum(latin(sp["name"]) for s in slots for sp in s["sp"]) == 1
    assert sum(s["kind"] == "talk" and s["title"].isascii() for s in slots) == 6
    assert [f["name"] for f in FORUMS for s in f["slots"] if s["kind"] == "talk" and len(s["sp"]) == 2] == \
        [F0, F1, F2, F3, F4]
    return sum(1 for f in FORUMS for s in f["slots"] if s["kind"] != "break")


def main():
    posters = []
    for f in FORUMS:
        im = slide(f)
        if os.environ.get("DRAFT"):
            os.makedirs(os.path.join(HERE, "tmp"), exist_ok=True)
            im.save(os.path.join(HERE, "tmp", "slide-%d.png" % FORUMS.index(f)))
        shot = stream(im, f)
        assert shot.size == (VW, VH)
        path = os.path.join(HERE, SHOTS[f["name"]])
        shot.save(path, "JPEG", quality=80)
        n = sum(s["kind"] != "break" for s in f["slots"])
        print(SHOTS[f["name"]], shot.size, os.path.getsize(path), "bytes", n, "scored", "scale", LOG["scale"][f["name"]],
              "bottom", LOG["bottom"][f["name"]])
        assert 40_000 <= os.path.getsize(path) <= 400_000, os.path.getsize(path)
        posters.append({"file": SHOTS[f["name"]], "layout": LAYOUTS[f["name"]] % n, "date": ED["date"],
                        "forums": [{"forum": f["name"], "date": ED["date"],
                                    "slots": [truth_slot(s) for s in f["slots"]]}]})
    # the camera picture-in-picture covers only the title bar's right end (the edition's name and date), above the
    # host line and left of nothing but the bar's streaks
    assert PIP[3] * SH / VH <= 148 and PIP[0] * SW / VW >= 1420, PIP
    n = check(posters)
    counts = " + ".join(str(sum(s["kind"] != "break" for s in f["slots"])) for f in FORUMS)
    print("scored talks", n, "(%s)" % counts)
    for k, v in LOG["wrapped"].items():
        for tl in v:
            print("  wrapped", k, tl)
    assert 36 <= n <= 48 and counts == "6 + 8 + 7 + 8 + 7 + 7", (n, counts)
    assert LOG["wrapped"] == WRAPPED, LOG["wrapped"]
    assert LOG["scale"] == SCALES, LOG["scale"]
    titles = {s["title"] for f in FORUMS for s in f["slots"]}
    for v in WRAPPED.values():
        for tl in v:  # no lone Chinese character on a second line; each wrapped title is its lines joined
            assert len(tl) == 2 and (tl[1].isascii() or len(tl[1].replace(" ", "")) >= 2), tl
            assert tl[0] + tl[1] in titles or tl[0] + " " + tl[1] in titles, tl
    truth = {"written": "2027-01-12", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


LAYOUTS = {
    F0: "CLK 6242 (第4237届), 泰州, 泰州学院, 6242-10-29: a live-stream screenshot (Snipaste, JPEG q80, 1280 x 720) of the "
        "slide with which the host of 主论坛 opens it, filling the frame. The organisers' 16:9 template: a royal-blue "
        "title bar (logo lines 'CHINA LINUX KERNEL' / '中国Linux内核开发者大会', the forum's name '主论坛' in 50 px, at the "
        "right '第4237届中国Linux内核开发者大会' over '6242.10.29 · 泰州学院'), a cyan rule, '主持人：钱志华  泰州学院信息工程"
        "学院 院长' at the left and a pin with '学术交流中心 一楼报告厅' at the right, a footer '第4237届中国Linux内核开发者大会 "
        "｜ 6242年10月29日（周六） ｜ 江苏 · 泰州' and 'CLK 6242'. The programme as a FOUR-COLUMN TABLE 时间 | 议题 | "
        "演讲嘉宾 | 单位 / 职务 (zebra rows, the speaker's company line level with his name, two speakers on two lines), "
        "'茶歇' and '午餐' as tinted rows with the label centred over the merged cells; four titles wrap in their cell. "
        "The player's overlay: a '直播中' badge with '2.6万人观看' over the logo at the top left, a faint 'CLK 直播间' "
        "watermark over the footer's right end, and a small CAMERA PICTURE-IN-PICTURE over the bar's right end that hides "
        "most of the edition's name and date there. %s scored.",
    F1: "Same edition and template, 内存管理与优化分论坛 (host 黄磊, 字节跳动 内核技术专家, room 学术交流中心 201 会议室): a "
        "THREE-COLUMN TABLE 时间 | 议题 | 演讲嘉宾 under a navy header row with a cyan edge, hairlines between rows, one line "
        "per speaker 'name  company job' (吴俊杰 over 孙丽华, both 美团); a tinted '茶歇' row; three titles wrap; the host "
        "shrank the type to 96 %% to fit. Overlay: '直播中' with '8,412人观看', the watermark. %s scored.",
    F2: "Same edition and template, 文件系统与存储分论坛 (host 刘建华, 阿里云 存储内核负责人, room 学术交流中心 202 会议室): a "
        "LIST without grid: a blue time CHIP at the left, the bold title, under it the speaker line 'name  company job'; "
        "the two speakers of one talk on ONE line ('罗志斌  小米 存储系统工程师     丁玥  小米 工程师'); the tea break a grey "
        "chip with a cup and '茶歇' and a hairline; no title wraps. Overlay: '直播中' with '6,905人观看', the watermark. "
        "%s scored.",
    F3: "Same edition and template, 调度、性能与调试分论坛 (host 杨勇, 英特尔 首席工程师, room 图书馆 三楼报告厅): the "
        "FOUR-COLUMN TABLE of 主论坛 (谢建军 over 曾敏, both 麒麟软件); a '茶歇' row; two titles wrap (one English). "
        "Overlay: '直播中' with '7,733人观看', the watermark. %s scored.",
    F4: "Same edition and template, 硬件架构与异构计算分论坛 (host 程晓峰, 飞腾信息技术 系统软件部总监, room 图书馆 四楼报告厅): "
        "a THREE-COLUMN TABLE under a blue gradient header, zebra rows, the speaker's NAME OVER his company line, the two "
        "speakers of one talk SIDE BY SIDE in the cell (田磊 left, 蒋佳琪 right, both 摩尔线程); a '茶歇' row; three titles "
        "wrap (one English). Overlay: '直播中' with '5,268人观看', the watermark. %s scored.",
    F5: "Same edition and template, AI 基础设施与 eBPF 应用分论坛 (host 孙婷, 蚂蚁集团 基础设施技术专家, room 学术交流中心 203 "
        "会议室): the LIST of 文件系统与存储分论坛 (time chips, title, speaker line), type shrunk to 96 %%; a '茶歇' chip; the "
        "forum closes with the ROUND TABLE '圆桌讨论：AI 负载会改变内核的设计吗' (16:45-17:30): a line '主持：赵海峰  清华大学 "
        "副教授' and a line '嘉宾：张涛（阿里云）  贾丽娟（华为）  方杰（字节跳动）  阮国强（中国移动）'. The rare surname 虞 "
        "(虞立新, 智谱). Overlay: '直播中' with '9,137人观看', the watermark. %s scored.",
}

if __name__ == "__main__":
    main()
