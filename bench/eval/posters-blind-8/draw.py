"""Draw the eighth blind set of CLK agenda posters (deterministic, Pillow only).

Run:  python draw.py   -> writes the six PNGs and truth.json next to this file.
Everything printed on a poster comes from the data below, so truth.json and the
pictures cannot drift apart.  Randomness only from seeded Random instances.
The six layouts were chosen to differ from every layout of posters-blind-1..7.
"""
import json
import os
import random
import re

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/opentype/noto/"
SC, MONO_SC = 2, 7
_fc = {}


def font(size, bold=False, mono=False, serif=False):
    if serif:
        path, index = FD + ("NotoSerifCJK-Bold.ttc" if bold else "NotoSerifCJK-Regular.ttc"), SC
    else:
        path = FD + ("NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc")
        index = MONO_SC if mono else SC
    key = (path, index, size)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, size, index=index)
    return _fc[key]


def tw(d, text, f):
    b = d.textbbox((0, 0), text, font=f)
    return b[2] - b[0]


TOKEN = re.compile(r"[（(]?[A-Za-z0-9_\-./:+#'’&]+[,)]?\s*|\s+|.")
CLOSERS = "）)、，。：；！？”"


def wrap(d, text, f, maxw):
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        if tw(d, cur + tok.rstrip(), f) <= maxw or not cur or tok[0] in CLOSERS:
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def ctext(d, cx, y, text, f, fill):
    d.text((cx - tw(d, text, f) / 2, y), text, font=f, fill=fill)


def rtext(d, rx, y, text, f, fill):
    d.text((rx - tw(d, text, f), y), text, font=f, fill=fill)


def vgrad(w, h, c1, c2):
    im = Image.new("RGB", (w, h), c1)
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / max(1, h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))
    return im


def hgrad(w, h, c1, c2):
    im = Image.new("RGB", (w, h), c1)
    d = ImageDraw.Draw(im)
    for x in range(w):
        t = x / max(1, w - 1)
        d.line([(x, 0), (x, h)], fill=tuple(int(c1[i] + (c2[i] - c1[i]) * t) for i in range(3)))
    return im


def T(start, end, title, speakers, host=None, **extra):
    return dict({"kind": "talk", "start": start, "end": end, "title": title, "sp": speakers, "host": host}, **extra)


def B(start, end, title):
    return {"kind": "break", "start": start, "end": end, "title": title, "sp": [], "host": None}


def P(start, end, title, guests, moderator):
    return {"kind": "panel", "start": start, "end": end, "title": title, "sp": guests, "host": moderator}


def truth_slot(s):
    return {"kind": s["kind"], "start": s["start"], "end": s["end"], "title": s["title"],
            "speakers": [n.replace(" ", "") for n, _ in s["sp"]],
            "affiliations": [a for _, a in s["sp"]], "host": s["host"]}


def mins(t):
    h, m = t.split(":")
    return int(h) * 60 + int(m)


CONF = "第二十一届中国 Linux 内核开发者大会"

# ===========================================================================
# 1. English-first bilingual, sessions with chairs, times '09h00 – 09h40',
#    speakers 'Tang Zhiqiang (唐志强)': the truth keeps the Chinese name.
F1 = "Storage & File Systems Track"
C1A, C1A_EN, C1A_AFF = "刘博", "Liu Bo", "Kylinsoft"
C1B, C1B_EN, C1B_AFF = "陈静", "Chen Jing", "Huawei"
SESSIONS1 = [
    ("SESSION 1", "Block Layer & io_uring", (C1A_EN, C1A, C1A_AFF), [
        T("09:00", "09:40", "Scaling io_uring Completion Paths on 256-Core Servers",
          [("唐志强", "Alibaba Cloud")], C1A, zh="在 256 核服务器上扩展 io_uring 完成路径", en=["Tang Zhiqiang"]),
        T("09:40", "10:20", "blk-mq Tag Sharing: Fairness Across NVMe Namespaces",
          [("谢雨涵", "Samsung China Semiconductor")], C1A, zh="blk-mq 标签共享：NVMe 命名空间之间的公平性", en=["Xie Yuhan"]),
        B("10:20", "10:40", "Coffee Break · 茶歇"),
        T("10:40", "11:20", "Zoned Storage in Btrfs: Lessons from Production",
          [("方杰", "ByteDance"), ("周琳", "ByteDance")], C1A, zh="Btrfs 分区存储：来自生产环境的经验", en=["Fang Jie", "Zhou Lin"]),
        T("11:20", "12:00", "Reducing Writeback Stalls with Per-cgroup Dirty Throttling",
          [("王浩然", "Tencent")], C1A, zh="按 cgroup 限制脏页，减少回写卡顿", en=["Wang Haoran"]),
        B("12:00", "13:30", "Lunch · 午餐"),
    ]),
    ("SESSION 2", "File Systems", (C1B_EN, C1B, C1B_AFF), [
        T("13:30", "14:10", "EROFS over Fscache for Container Image Distribution",
          [("罗文斌", "Ant Group")], C1B, zh="基于 Fscache 的 EROFS 容器镜像分发", en=["Luo Wenbin"]),
        T("14:10", "14:50", "Large Folios in ext4: Buffered I/O Without Buffer Heads",
          [("孙梦琪", "Zhejiang University")], C1B, zh="ext4 大 folio：去掉 buffer head 的缓冲 I/O", en=["Sun Mengqi"]),
        T("14:50", "15:30", "Online fsck for XFS: What Still Needs Work",
          [("赵凯", "UnionTech")], C1B, zh="XFS 在线修复还缺什么", en=["Zhao Kai"]),
        T("15:30", "16:10", "FUSE Passthrough and the Road to Native Performance",
          [("胡晓宇", "Xiaomi")], C1B, zh="FUSE 直通模式与接近原生的性能", en=["Hu Xiaoyu"]),
    ]),
]


def hh(t):
    return t.replace(":", "h")


def poster_english_first():
    W, H = 1240, 3200
    im = Image.new("RGB", (W, H), (250, 250, 246))
    im.paste(hgrad(W, 400, (12, 52, 82), (20, 96, 120)), (0, 0))
    d = ImageDraw.Draw(im)
    d.text((70, 50), "CLK 2026  ·  China Linux Kernel Developers Conference", font=font(28), fill=(170, 214, 230))
    d.text((70, 110), "Storage & File Systems Track", font=font(64, bold=True), fill=(255, 255, 255))
    d.text((70, 205), "存储与文件系统分论坛", font=font(36), fill=(190, 222, 236))
    d.text((70, 290), "Saturday, October 24, 2026  ·  Room 2 / 第二会议室  ·  Hangzhou", font=font(26), fill=(236, 246, 250))
    d.rectangle([70, 350, 190, 356], fill=(245, 158, 11))
    y = 460
    accent, ink, grey, teal = (217, 119, 6), (17, 24, 39), (107, 114, 128), (13, 92, 112)
    fT, fZ, fN, fA = font(32, bold=True), font(25), font(26, bold=True), font(26)
    for tag, name, (cen, czh, caff), slots in SESSIONS1:
        d.text((70, y), tag, font=font(24, bold=True), fill=accent)
        d.text((70 + tw(d, tag, font(24, bold=True)) + 24, y - 8), name, font=font(38, bold=True), fill=ink)
        y += 56
        d.text((70, y), "Session Chair: %s (%s), %s" % (cen, czh, caff), font=font(26), fill=grey)
        y += 50
        d.line([(70, y), (W - 70, y)], fill=(209, 213, 219), width=2)
        y += 30
        for s in slots:
            rng = hh(s["start"]) + " – " + hh(s["end"])
            if s["kind"] == "break":
                d.rectangle([70, y, W - 70, y + 64], fill=(239, 236, 228))
                d.text((96, y + 16), rng, font=font(26, mono=True), fill=grey)
                d.text((380, y + 14), s["title"], font=font(28), fill=(120, 96, 60))
                y += 64 + 34
                continue
            d.rounded_rectangle([70, y, 320, y + 50], 8, outline=accent, width=2)
            ctext(d, 195, y + 9, rng, font(24, bold=True, mono=True), accent)
            x = 360
            for ln in wrap(d, s["title"], fT, W - 70 - x):
                d.text((x, y - 4), ln, font=fT, fill=ink)
                y += 46
            d.text((x, y), s["zh"], font=fZ, fill=(140, 140, 140))
            y += 46
            for (zh, aff), en in zip(s["sp"], s["en"]):
                lab = "%s (%s)" % (en, zh)
                d.text((x, y), lab, font=fN, fill=teal)
                d.text((x + tw(d, lab, fN) + 22, y), aff, font=fA, fill=grey)
                y += 42
            y += 34
            d.line([(x, y - 18), (W - 70, y - 18)], fill=(229, 231, 235), width=1)
        y += 30
    d.text((70, y + 10), "All times are local (UTC+8) · 时间均为北京时间", font=font(24), fill=grey)
    im = im.crop((0, 0, W, y + 90))
    forums = [{"forum": F1, "slots": [truth_slot(s) for _, _, _, sl in SESSIONS1 for s in sl]}]
    return im, forums


# ===========================================================================
# 2. Two-day overview, DAY 1 | DAY 2 side by side, 12-hour times whose
#    AM/PM suffix is printed once per range ('9:00–9:40 AM', '11:40 AM–12:20 PM').
F2A, H2A = "主论坛", "孟庆涛"
F2B, H2B = "调度与锁分论坛", "田雅婷"
DAY1 = [
    T("09:00", "09:15", "开幕致辞", [("郑国华", "清华大学 教授")], H2A),
    T("09:15", "10:00", "Linux 内核社区年度回顾", [("黄立新", "开放原子开源基金会")], H2A),
    T("10:00", "10:40", "从 6.x 到 7.0：内存管理子系统的演进", [("杨志刚", "阿里云")], H2A),
    B("10:40", "11:00", "茶歇 Coffee Break"),
    T("11:00", "11:40", "Rust for Linux 在驱动开发中的落地", [("罗思远", "华为")], H2A),
    T("11:40", "12:20", "RISC-V 服务器平台的内核支持进展", [("郭晓梅", "中国科学院软件研究所")], H2A),
    B("12:20", "13:30", "午餐 Lunch"),
]
DAY2 = [
    T("09:00", "09:40", "sched_ext 在游戏负载下的调度策略实验", [("蒋一帆", "vivo")], H2B),
    T("09:40", "10:20", "EEVDF 调度器的延迟敏感任务调优", [("韩雪", "字节跳动")], H2B),
    B("10:20", "10:40", "茶歇 Coffee Break"),
    T("10:40", "11:20", "mutex 乐观自旋与锁竞争分析", [("沈建平", "英特尔")], H2B),
    T("11:20", "12:00", "PREEMPT_RT 合入主线后的实时性测评", [("许嘉文", "东软集团"), ("潘立", "东软集团")], H2B),
    B("12:00", "13:30", "午餐 Lunch"),
    T("13:30", "14:10", "CPU 隔离与 nohz_full 在 5G 基站中的实践", [("曾宇航", "中兴通讯")], H2B),
]


def ampm(start, end):
    def c(t):
        h, m = map(int, t.split(":"))
        return "%d:%02d" % ((h - 1) % 12 + 1, m), ("AM" if h < 12 else "PM")
    (a, pa), (b, pb) = c(start), c(end)
    return "%s–%s %s" % (a, b, pa) if pa == pb else "%s %s–%s %s" % (a, pa, b, pb)


def poster_two_day():
    W, H = 1800, 1900
    im = Image.new("RGB", (W, H), (255, 255, 255))
    im.paste(hgrad(W, 250, (76, 29, 149), (37, 99, 235)), (0, 0))
    d = ImageDraw.Draw(im)
    d.text((70, 48), "CLK 2026  大会日程", font=font(60, bold=True), fill=(255, 255, 255))
    d.text((70, 140), "PROGRAM AT A GLANCE  ·  " + CONF + "  ·  杭州", font=font(28), fill=(221, 214, 254))
    cols = [(70, "DAY 1", "Sat · Oct 24", F2A, "Main Forum", H2A, DAY1, (124, 58, 237)),
            (930, "DAY 2", "Sun · Oct 25", F2B, "Scheduling & Locking", H2B, DAY2, (37, 99, 235))]
    yend = 0
    for x0, day, date, forum, fen, host, slots, col in cols:
        cw = 800
        y = 300
        d.text((x0, y), day, font=font(72, bold=True), fill=col)
        d.text((x0 + 250, y + 12), date, font=font(30, bold=True), fill=(55, 65, 81))
        d.text((x0 + 250, y + 54), forum + "  " + fen, font=font(28), fill=(75, 85, 99))
        y += 120
        d.rounded_rectangle([x0, y, x0 + 260, y + 46], 23, fill=col)
        ctext(d, x0 + 130, y + 6, "主持人：" + host, font(26, bold=True), (255, 255, 255))
        y += 76
        d.line([(x0, y), (x0 + cw, y)], fill=col, width=4)
        y += 24
        for s in slots:
            rng = ampm(s["start"], s["end"])
            if s["kind"] == "break":
                d.rectangle([x0, y - 8, x0 + cw, y + 54], fill=(243, 244, 246))
                d.text((x0 + 16, y + 4), rng, font=font(25, bold=True), fill=(107, 114, 128))
                d.text((x0 + 300, y + 2), s["title"], font=font(28), fill=(107, 114, 128))
                y += 54 + 30
                continue
            d.text((x0, y + 4), rng, font=font(25, bold=True), fill=col)
            xt = x0 + 290
            for ln in wrap(d, s["title"], font(30, bold=True), cw - 290):
                d.text((xt, y), ln, font=font(30, bold=True), fill=(17, 24, 39))
                y += 46
            y += 6
            names = "、".join(n for n, _ in s["sp"])
            affs = sorted(set(a for _, a in s["sp"]))
            d.text((xt, y), names, font=font(26, bold=True), fill=(55, 65, 81))
            ax = xt + tw(d, names, font(26, bold=True)) + 18
            for a in affs:
                w = tw(d, a, font(24)) + 24
                d.rounded_rectangle([ax, y - 1, ax + w, y + 37], 8, outline=col, width=2)
                d.text((ax + 12, y + 1), a, font=font(24), fill=col)
                ax += w + 10
            y += 50
            d.line([(xt, y), (x0 + cw, y)], fill=(229, 231, 235), width=2)
            y += 26
        yend = max(yend, y)
    d.line([(900, 300), (900, yend)], fill=(229, 231, 235), width=2)
    ctext(d, W / 2, yend + 30, "扫码报名 · 议程以现场为准", font(24), (156, 163, 175))
    im = im.crop((0, 0, W, yend + 100))
    forums = [{"forum": F2A, "slots": [truth_slot(s) for s in DAY1]},
              {"forum": F2B, "slots": [truth_slot(s) for s in DAY2]}]
    return im, forums


# ===========================================================================
# 3. WeChat article long image: labelled fields 时间：/议题：/嘉宾：/单位：,
#    bios as noise, publish time '18:30' in the meta line (not a slot), one
#    range shared by two short talks, a closing panel.
F3, H3 = "虚拟化与云原生分论坛", "骆海峰"
SLOTS3 = [
    T("13:30", "14:10", "KVM 大页映射与 EPT 缺页处理优化", [("石振宇", "蚂蚁集团 系统工程师")], H3,
      bio="长期从事虚拟化性能优化，曾就职于英特尔开源技术中心，参与 KVM MMU 相关补丁的开发与评审。"),
    T("14:10", "14:50", "virtio-fs 在安全容器中的性能调优", [("魏婷", "腾讯云")], H3,
      bio="负责安全容器存储栈，关注 FUSE、DAX 与页缓存共享。"),
    T("14:50", "15:30", "机密虚拟机的内核启动流程剖析", [("邹明远", "海光信息")], H3,
      bio="国产处理器虚拟化安全方向工程师，在 SEV 与 CSV 机密计算方面有多年经验。"),
    B("15:30", "15:50", "茶歇"),
    T("15:50", "16:30", "vDPA 设备热迁移的实现要点", [("孔德成", "中国移动云能力中心")], H3, pair=1),
    T("15:50", "16:30", "基于 eBPF 的虚拟机 I/O 观测", [("常悦", "浙江大学")], H3, pair=2),
    T("16:30", "17:10", "轻量虚拟机的启动时间优化", [("梁宇", "京东科技")], H3,
      bio="京东科技 Serverless 平台内核负责人，Firecracker 与 Cloud Hypervisor 的长期用户。"),
    P("17:10", "17:50", "圆桌讨论：云原生时代虚拟化的边界",
      [("石振宇", "蚂蚁集团"), ("魏婷", "腾讯云"), ("梁宇", "京东科技")], H3),
]


def poster_wechat():
    W, H = 1080, 5200
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    X, R = 56, W - 56
    green, ink, grey, lab = (7, 193, 96), (25, 25, 25), (136, 136, 136), (87, 107, 149)
    y = 60
    for ln in wrap(d, "CLK 2026｜虚拟化与云原生分论坛议程抢先看！", font(44, bold=True), R - X):
        d.text((X, y), ln, font=font(44, bold=True), fill=ink)
        y += 64
    y += 10
    d.text((X, y), "CLK内核大会", font=font(26), fill=lab)
    d.text((X + 180, y), "2026年10月12日 18:30  浙江", font=font(26), fill=grey)
    y += 80
    intro = ("第二十一届中国 Linux 内核开发者大会（CLK 2026）将于 10 月 25 日在杭州举办。"
             "本次分论坛聚焦虚拟化与云原生，邀请了来自一线企业和高校的嘉宾，分享 KVM、virtio、"
             "机密计算与轻量虚拟机方面的最新实践，欢迎大家报名参加！")
    for ln in wrap(d, intro, font(30), R - X):
        d.text((X, y), ln, font=font(30), fill=(60, 60, 60))
        y += 52
    y += 40

    def heading(y, text):
        d.rectangle([X, y + 6, X + 8, y + 46], fill=green)
        d.text((X + 24, y), text, font=font(36, bold=True), fill=ink)
        return y + 76

    def field(y, label, value, vf=None, vcol=ink, indent=0):
        vf = vf or font(30)
        lf = font(30, bold=True)
        d.text((X + indent, y), label, font=lf, fill=green)
        x = X + indent + tw(d, label, lf)
        lines = wrap(d, value, vf, R - x)
        for ln in lines:
            d.text((x, y), ln, font=vf, fill=vcol)
            y += 50
        return y

    y = heading(y, "分论坛信息")
    y = field(y, "时间：", "2026年10月25日（周日）下午")
    y = field(y, "地点：", "杭州国际博览中心 3 号会议室")
    y = field(y, "主持人：", H3 + "（蚂蚁集团 资深专家）")
    y += 50
    y = heading(y, "议程详情")
    n = 0
    i = 0
    while i < len(SLOTS3):
        s = SLOTS3[i]
        rng = s["start"] + "-" + s["end"]
        if s["kind"] == "break":
            ctext(d, W / 2, y + 10, "——  " + rng + "  " + s["title"] + "  ——", font(30), grey)
            y += 100
            i += 1
            continue
        if s.get("pair") == 1:
            t2 = SLOTS3[i + 1]
            n += 1
            d.rounded_rectangle([X, y, X + 300, y + 46], 6, fill=(230, 248, 238))
            d.text((X + 16, y + 5), "议题 %02d · 同场短议题" % n, font=font(26, bold=True), fill=green)
            y += 70
            y = field(y, "时间：", rng + "（两场短议题）")
            for k, t in (("一", s), ("二", t2)):
                y = field(y, "议题%s：" % k, t["title"], vf=font(30, bold=True))
                nm, af = t["sp"][0]
                y = field(y, "嘉宾：", "%s（%s）" % (nm, af), indent=0)
            i += 2
        elif s["kind"] == "panel":
            n += 1
            d.rounded_rectangle([X, y, X + 180, y + 46], 6, fill=(230, 248, 238))
            d.text((X + 16, y + 5), "议题 %02d" % n, font=font(26, bold=True), fill=green)
            y += 70
            y = field(y, "时间：", rng)
            y = field(y, "议题：", s["title"], vf=font(30, bold=True))
            y = field(y, "主持：", s["host"])
            y = field(y, "嘉宾：", "、".join("%s（%s）" % sp for sp in s["sp"]))
            i += 1
        else:
            n += 1
            d.rounded_rectangle([X, y, X + 180, y + 46], 6, fill=(230, 248, 238))
            d.text((X + 16, y + 5), "议题 %02d" % n, font=font(26, bold=True), fill=green)
            y += 70
            y = field(y, "时间：", rng)
            y = field(y, "议题：", s["title"], vf=font(30, bold=True))
            y = field(y, "嘉宾：", "、".join(nm for nm, _ in s["sp"]))
            y = field(y, "单位：", s["sp"][0][1])
            if s.get("bio"):
                y += 6
                for ln in wrap(d, "嘉宾简介：" + s["bio"], font(26), R - X - 30):
                    d.text((X + 30, y), ln, font=font(26), fill=grey)
                    y += 44
                d.line([(X + 12, y - 44 * len(wrap(d, "嘉宾简介：" + s["bio"], font(26), R - X - 30)) - 2),
                        (X + 12, y - 6)], fill=(220, 220, 220), width=4)
            i += 1
        y += 30
        for xx in range(X, R, 16):
            d.line([(xx, y), (xx + 8, y)], fill=(210, 210, 210), width=2)
        y += 50
    y += 20
    ctext(d, W / 2, y, "点击“阅读原文”即可报名", font(30, bold=True), green)
    y += 90
    d.text((X, y), "阅读原文", font=font(26), fill=lab)
    d.text((X + 200, y), "阅读 3.2万", font=font(26), fill=grey)
    rtext(d, R, y, "赞 128   在看 46", font(26), grey)
    im = im.crop((0, 0, W, y + 80))
    return im, [{"forum": F3, "slots": [truth_slot(s) for s in SLOTS3]}]


# ===========================================================================
# 4. Swim-lane Gantt: time axis on top, one lane per forum, talks as bars whose
#    width follows their duration; one tea-break band crosses all lanes.
LANES4 = [
    ("内存管理分论坛", "A 厅", "高建华", (37, 99, 235), [
        ("09:00", "09:40", "memdesc 与 struct page 瘦身进展", [("杜晓峰", "华为")]),
        ("09:40", "10:20", "Multi-Gen LRU 在数据库主机上的表现", [("蔡雨薇", "美团")]),
        ("10:40", "11:20", "内存分层：CXL 与 NUMA 降级回收", [("谢正阳", "英特尔")]),
        ("11:20", "12:00", "slab 分配器的 sheaves 缓存", [("冯佳琪", "SUSE 中国")]),
    ]),
    ("eBPF 与可观测性分论坛", "B 厅", "尹芳", (5, 150, 105), [
        ("09:00", "09:40", "BPF arena 与用户态共享内存", [("方志伟", "字节跳动")]),
        ("09:40", "10:20", "用 eBPF 实现无侵入的 TCP 诊断", [("包雅琴", "网易")]),
        ("10:40", "12:00", "动手实验：用 bpftrace 定位调度延迟毛刺", [("夏天明", "龙蜥社区"), ("陶慧", "龙蜥社区")]),
    ]),
    ("RISC-V 与体系结构分论坛", "C 厅", "钱志刚", (219, 39, 119), [
        ("09:00", "09:30", "RISC-V Vector 上下文切换开销", [("乔宇", "平头哥")]),
        ("09:30", "10:00", "Sv57 页表与大地址空间", [("贺晨光", "中国科学院计算技术研究所")]),
        ("10:00", "10:20", "AIA 中断控制器驱动", [("史佳", "赛昉科技")]),
        ("10:40", "11:10", "KVM RISC-V 的 PMU 虚拟化", [("龚一鸣", "北京大学")]),
        ("11:10", "11:40", "kdump 在 RISC-V 上的支持", [("温静怡", "统信软件")]),
        ("11:40", "12:00", "LoongArch 近况速览", [("白浩", "龙芯中科")]),
    ]),
]
BREAK4 = ("10:20", "10:40", "茶歇")


def poster_gantt():
    W, H = 2460, 1480
    im = Image.new("RGB", (W, H), (241, 245, 249))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 170], fill=(15, 23, 42))
    d.text((60, 36), "CLK 2026  ·  10月24日 上午  ·  分论坛并行日程", font=font(54, bold=True), fill=(255, 255, 255))
    d.text((60, 112), "Parallel Tracks · Morning · " + CONF, font=font(28), fill=(148, 163, 184))
    X0, PX, T0 = 390, 11, mins("09:00")
    AX = 230

    def xof(t):
        return X0 + (mins(t) - T0) * PX

    for m in range(T0, mins("12:00") + 1, 30):
        x = X0 + (m - T0) * PX
        lab = "%d:%02d" % (m // 60, m % 60)
        ctext(d, x, AX, lab, font(24, mono=True), (100, 116, 139))
        d.line([(x, AX + 40), (x, H - 60)], fill=(203, 213, 225), width=1)
    top = AX + 60
    LH = 310
    bx0, bx1 = xof(BREAK4[0]), xof(BREAK4[1])
    lanes_bottom = top + LH * len(LANES4)
    band = Image.new("RGB", (bx1 - bx0, lanes_bottom - top), (226, 232, 240))
    bd = ImageDraw.Draw(band)
    for k in range(-band.height, band.width, 18):
        bd.line([(k, band.height), (k + band.height, 0)], fill=(214, 221, 230), width=3)
    im.paste(band, (bx0, top))
    cx, cy = (bx0 + bx1) / 2, (top + lanes_bottom) / 2
    ctext(d, cx, cy - 80, "茶", font(44, bold=True), (71, 85, 105))
    ctext(d, cx, cy - 24, "歇", font(44, bold=True), (71, 85, 105))
    ctext(d, cx, cy + 50, BREAK4[0] + "–" + BREAK4[1], font(24, mono=True), (71, 85, 105))
    forums = []
    for li, (forum, room, host, col, talks) in enumerate(LANES4):
        y0 = top + li * LH
        d.rectangle([40, y0 + 10, X0 - 30, y0 + LH - 10], fill=col)
        yy = y0 + 36
        for ln in wrap(d, forum, font(32, bold=True), X0 - 110):
            d.text((62, yy), ln, font=font(32, bold=True), fill=(255, 255, 255))
            yy += 46
        d.text((62, yy + 14), room, font=font(26), fill=(235, 240, 255))
        d.text((62, yy + 60), "主持人：" + host, font=font(26, bold=True), fill=(255, 255, 255))
        slots = []
        for st, en, title, sp in talks:
            x1, x2 = xof(st) + 5, xof(en) - 5
            d.rounded_rectangle([x1, y0 + 10, x2, y0 + LH - 10], 12, fill=(255, 255, 255), outline=col, width=3)
            d.rectangle([x1 + 2, y0 + 12, x1 + 10, y0 + LH - 12], fill=col)
            inner = x2 - x1 - 36
            yy = y0 + 26
            d.text((x1 + 22, yy), st + "–" + en, font=font(22, mono=True), fill=col)
            yy += 40
            for ln in wrap(d, title, font(26, bold=True), inner):
                d.text((x1 + 22, yy), ln, font=font(26, bold=True), fill=(15, 23, 42))
                yy += 38
            yy += 12
            for nm, af in sp:
                d.text((x1 + 22, yy), nm, font=font(25, bold=True), fill=col)
                yy += 36
                for ln in wrap(d, af, font(24), inner):
                    d.text((x1 + 22, yy), ln, font=font(24), fill=(100, 116, 139))
                    yy += 34
                yy += 4
            assert yy < y0 + LH - 10, (title, yy - y0)
            slots.append(T(st, en, title, sp, host))
        slots.append(B(*BREAK4))
        slots.sort(key=lambda s: s["start"])
        forums.append({"forum": forum, "slots": [truth_slot(s) for s in slots]})
    ctext(d, W / 2, lanes_bottom + 20, "12:00 起午餐，下午日程见各分论坛海报", font(26), (100, 116, 139))
    im = im.crop((0, 0, W, lanes_bottom + 90))
    return im, forums


# ===========================================================================
# 5. Terminal window: a shell prompt, box-drawn header with the chair, each
#    slot '09:00 → 09:40  title' with '@ name · affiliation' under it.
F5, H5 = "追踪与调试分论坛", "邱国庆"
SLOTS5 = [
    T("09:00", "09:40", "ftrace 函数图追踪的开销削减", [("姚晨", "阿里云")], H5),
    T("09:40", "10:20", "perf 在 ARM64 服务器上的 PMU 采样偏差", [("范立军", "飞腾信息")], H5),
    B("10:20", "10:40", "茶歇"),
    T("10:40", "11:20", "用 crash 工具分析内核死锁现场", [("邵敏", "麒麟软件")], H5),
    T("11:20", "12:00", "用 KCSAN 发现内核中的数据竞争", [("任杰", "上海交通大学"), ("周欣怡", "上海交通大学")], H5),
    B("12:00", "13:30", "午餐"),
    T("13:30", "14:10", "fprobe 与 rethook 的实现原理", [("钟伟", "小米")], H5),
    T("14:10", "14:50", "Rust 内核模块的调试支持", [("吕思雨", "微软亚洲研究院")], H5),
    T("14:50", "15:30", "syzkaller 持续模糊测试平台建设", [("杜鹏", "Google")], H5),
    T("15:30", "16:10", "trace event 的结构化输出与分析", [("顾晓晨", "荣耀终端")], H5),
]


def poster_terminal():
    W, H = 1300, 2400
    im = vgrad(W, H, (49, 27, 90), (17, 24, 64))
    d = ImageDraw.Draw(im)
    ctext(d, W / 2, 40, "CLK 2026 · " + CONF, font(30, bold=True), (216, 200, 255))
    wx0, wy0, wx1 = 50, 120, W - 50
    fM, fMB = font(26, mono=True), font(27, bold=True, mono=True)
    green, cyan, yellow, white, dim = (134, 239, 172), (103, 232, 249), (253, 224, 71), (241, 245, 249), (148, 163, 184)
    lines = []  # (segments, indent)
    lines.append([("$ ", green), ("clk-agenda show --forum " + F5 + " --date 2026-10-25", white)])
    lines.append([])
    lines.append([("┌─ ", dim), (F5 + " · Tracing & Debugging", yellow)])
    lines.append([("│  ", dim), ("主持人: " + H5 + " (OPPO)", white), ("    地点: 3F 会议室 B", dim)])
    lines.append([("└─ ", dim), ("8 talks · 2 breaks", dim)])
    lines.append([])
    LX = 90 + d.textlength("09:00 → 09:40  ", font=fM)
    for s in SLOTS5:
        rng = s["start"] + " → " + s["end"]
        if s["kind"] == "break":
            lines.append([(rng + "  ", dim), ("[break] " + s["title"], dim)])
            lines.append([])
            continue
        first = True
        tmp = ImageDraw.Draw(Image.new("RGB", (1, 1)))
        for ln in wrap(tmp, s["title"], fMB, wx1 - 40 - LX):
            lines.append([(rng + "  " if first else " " * (len(rng) + 3), cyan), (ln, white, fMB)])
            first = False
        for nm, af in s["sp"]:
            lines.append([(" " * (len(rng) + 3), dim), ("@ ", green), (nm, yellow), (" · " + af, dim)])
        lines.append([])
    lines.append([("$ ", green), ("█", white)])
    LHt = 44
    wy1 = wy0 + 70 + 40 + len(lines) * LHt + 30
    sh = Image.new("L", (W, H), 0)
    ImageDraw.Draw(sh).rounded_rectangle([wx0 + 10, wy0 + 18, wx1 + 10, wy1 + 18], 18, fill=150)
    sh = sh.filter(ImageFilter.GaussianBlur(14))
    im.paste((8, 8, 20), (0, 0), sh)
    d = ImageDraw.Draw(im)
    d.rounded_rectangle([wx0, wy0, wx1, wy1], 16, fill=(24, 24, 32))
    d.rounded_rectangle([wx0, wy0, wx1, wy0 + 64], 16, fill=(52, 52, 64))
    d.rectangle([wx0, wy0 + 40, wx1, wy0 + 64], fill=(52, 52, 64))
    for k, c in enumerate([(239, 68, 68), (234, 179, 8), (34, 197, 94)]):
        d.ellipse([wx0 + 24 + k * 36, wy0 + 22, wx0 + 44 + k * 36, wy0 + 42], fill=c)
    ctext(d, W / 2, wy0 + 16, "clk@2026: ~/agenda — bash", font(24, mono=True), (170, 170, 185))
    y = wy0 + 100
    for segs in lines:
        x = 90
        for seg in segs:
            f = seg[2] if len(seg) > 2 else fM
            d.text((x, y), seg[0], font=f, fill=seg[1])
            x += d.textlength(seg[0], font=f)
        y += LHt
    im = im.crop((0, 0, W, wy1 + 70))
    return im, [{"forum": F5, "slots": [truth_slot(s) for s in SLOTS5]}]


# ===========================================================================
# 6. Programme-book page, table-of-contents style: title, dot leaders, time at
#    the right edge; two sessions each with a 单元主席; two short talks share
#    one range printed once beside a brace; a closing panel.
F6 = "内存管理分论坛"
H6A, H6B = "朱晓光", "黎志宏"
SESSIONS6 = [
    ("第一单元", "内存回收与压缩", H6A + "（清华大学）", [
        T("09:00", "09:35", "zswap 与 zram 的取舍：移动端实测", [("宋佳", "华为终端")], H6A),
        T("09:35", "10:10", "透明大页回收路径的优化", [("吴立强", "腾讯")], H6A),
        T("10:10", "10:45", "内存规整 compaction 的尾延迟分析", [("秦悦", "vivo")], H6A),
        B("10:45", "11:00", "茶歇"),
    ]),
    ("第二单元", "新硬件与内存分层", H6B + "（阿里云）", [
        T("11:00", "11:35", "CXL 内存设备的热插拔支持", [("钱晓东", "英特尔")], H6B),
        T("11:35", "12:10", "持久内存 DAX 的现状与未来", [("唐悦", "中山大学")], H6B, pair=1),
        T("11:35", "12:10", "HMM 与 GPU 统一内存", [("马俊杰", "摩尔线程")], H6B, pair=2),
        P("12:10", "12:50", "圆桌讨论：内存分层的下一步",
          [("钱晓东", "英特尔"), ("唐悦", "中山大学"), ("林海", "阿里云")], H6B),
    ]),
]


def poster_toc():
    W, H = 1240, 2600
    rnd = random.Random(808)
    im = Image.new("RGB", (W, H), (248, 244, 232))
    px = im.load()
    for _ in range(60000):
        x, y = rnd.randrange(W), rnd.randrange(H)
        v = rnd.randint(-10, 6)
        r, g, b = px[x, y]
        px[x, y] = (r + v, g + v, b + v)
    d = ImageDraw.Draw(im)
    ink, grey, red = (38, 34, 30), (110, 102, 92), (153, 27, 27)
    L, R = 110, W - 110
    d.text((L, 60), CONF + " · 会议手册", font=font(24, serif=True), fill=grey)
    rtext(d, R, 60, "PROGRAM BOOK", font(24, serif=True), grey)
    d.line([(L, 104), (R, 104)], fill=ink, width=2)
    y = 170
    d.text((L, y), F6, font=font(64, bold=True, serif=True), fill=ink)
    y += 100
    d.text((L, y), "Memory Management  ·  10月24日（周六）上午  ·  第一会议室", font=font(28, serif=True), fill=red)
    y += 90
    fT, fS, fTime = font(31, bold=True, serif=True), font(26, serif=True), font(29, serif=True)
    TW = 210  # room for the time at the right edge

    def leaders(x_from, x_to, yb):
        x = x_from + 12
        while x < x_to - 12:
            d.ellipse([x, yb, x + 3, yb + 3], fill=grey)
            x += 14

    for num, name, chair, slots in SESSIONS6:
        d.rectangle([L, y + 4, L + 10, y + 88], fill=red)
        d.text((L + 30, y), num + "  " + name, font=font(36, bold=True, serif=True), fill=ink)
        d.text((L + 30, y + 54), "单元主席：" + chair, font=font(26, serif=True), fill=grey)
        y += 130
        i = 0
        while i < len(slots):
            s = slots[i]
            rng = s["start"] + "–" + s["end"]
            if s["kind"] == "break":
                d.text((L + 30, y), s["title"], font=font(30, serif=True), fill=grey)
                leaders(L + 30 + tw(d, s["title"], font(30, serif=True)), R - tw(d, rng, fTime), y + 28)
                rtext(d, R, y, rng, fTime, grey)
                y += 100
                i += 1
                continue
            if s.get("pair") == 1:
                t2 = slots[i + 1]
                ys = y
                for t in (s, t2):
                    d.text((L + 30, y), t["title"], font=fT, fill=ink)
                    leaders(L + 30 + tw(d, t["title"], fT), R - TW - 30, y + 30)
                    y += 48
                    nm, af = t["sp"][0]
                    d.text((L + 60, y), "—— %s，%s" % (nm, af), font=fS, fill=grey)
                    y += 62
                bx = R - TW - 14
                d.line([(bx, ys + 8), (bx + 14, ys + 8), (bx + 14, y - 20), (bx, y - 20)], fill=ink, width=2)
                my = (ys + y - 20) // 2
                d.line([(bx + 14, my), (bx + 28, my)], fill=ink, width=2)
                rtext(d, R, my - 44, "短报告 ×2", font(24, serif=True), red)
                rtext(d, R, my - 6, rng, fTime, ink)
                y += 20
                i += 2
                continue
            lines = wrap(d, s["title"], fT, R - TW - L - 60)
            for k, ln in enumerate(lines):
                d.text((L + 30, y), ln, font=fT, fill=ink)
                if k == len(lines) - 1:
                    leaders(L + 30 + tw(d, ln, fT), R - tw(d, rng, fTime), y + 30)
                    rtext(d, R, y + 2, rng, fTime, ink)
                y += 48
            if s["kind"] == "panel":
                d.text((L + 60, y), "主持：" + s["host"] + "（阿里云）", font=fS, fill=grey)
                y += 44
                d.text((L + 60, y), "嘉宾：" + "、".join("%s（%s）" % sp for sp in s["sp"]), font=fS, fill=grey)
                y += 62
            else:
                nm, af = s["sp"][0]
                d.text((L + 60, y), "—— %s，%s" % (nm, af), font=fS, fill=grey)
                y += 62
            y += 20
            i += 1
        y += 40
    d.line([(L, y), (R, y)], fill=ink, width=1)
    ctext(d, W / 2, y + 40, "— 12 —", font(26, serif=True), grey)
    im = im.crop((0, 0, W, y + 120))
    forums = [{"forum": F6, "slots": [truth_slot(s) for _, _, _, sl in SESSIONS6 for s in sl]}]
    return im, forums


NOTE = (
    "Same conventions as posters-blind-4..7: speakers are names as printed with spaces removed; host is the chair "
    "printed for the forum, lane or session covering the slot (the moderator for a panel, whose speakers are the "
    "guests), null for breaks; start/end always HH:MM on a 24-hour clock (one-digit hours padded); titles exclude "
    "tags and sub-lines; where two speakers share one printed company the affiliation is given per speaker; "
    "affiliations keep a printed job title; break titles are as printed; a break band spanning several forum lanes "
    "is a break in every lane's forum; where one printed range covers two talks, both carry it. Added here: "
    "'09h00 – 09h40' is 09:00-09:40; a 12-hour range with one suffix ('9:00–9:40 AM', '1:30–2:10 PM') takes that "
    "suffix for both ends, '11:40 AM–12:20 PM' is 11:40-12:20; in the English-first poster the title is the "
    "English line (the grey Chinese line under it is a translation), the forum is the English heading, a speaker "
    "printed 'Tang Zhiqiang (唐志强)' is the Chinese name in brackets with the English affiliation as printed, and "
    "the session chair is given by the Chinese name too; in the two-day overview 'date' is day 1 and the DAY 2 "
    "column (2026-10-25) is its own forum; in the WeChat article the publish time '2026年10月12日 18:30' is not a "
    "slot, the speaker bios are not affiliations, the 单位 field is the affiliation, and the two 同场短议题 carry "
    "the block's range; in the Gantt poster the axis labels (9:00, 9:30, ...) and the footer '12:00 起午餐…' are not "
    "slots, each bar's range is printed at its top; in the terminal poster the command line and the '8 talks · 2 breaks' line are not "
    "slots, '09:00 → 09:40' is a range, '@ name · affiliation' lines are speakers; in the programme-book page the "
    "range at the right end of the dot leaders belongs to the title on that line, the brace range belongs to both "
    "short talks it groups ('短报告 ×2' is a tag), and the page number '— 12 —' is not a slot."
)

LAYOUTS = {
    "english-first-sessions.png": (
        "English-first bilingual 1240 px forum poster (light, petrol-blue header): the English forum heading with "
        "the Chinese name under it; two sessions each headed 'SESSION N  topic' and 'Session Chair: Liu Bo (刘博), "
        "Kylinsoft' (chair changes per session); each talk has the time written '09h00 – 09h40' in an orange "
        "outlined box on the left, the English title in bold, its Chinese translation in grey under it, then "
        "'Pinyin Name (中文名)' in teal followed by the English affiliation in grey; one talk has two speakers on two "
        "lines; breaks are beige rows with the 'h' time and 'Coffee Break · 茶歇' / 'Lunch · 午餐'.",
        "2026-10-24", poster_english_first),
    "two-day-columns-ampm.png": (
        "Landscape 1800 px two-day overview: a purple-blue banner, then two columns side by side, DAY 1 (Sat · Oct "
        "24, 主论坛 Main Forum) and DAY 2 (Sun · Oct 25, 调度与锁分论坛), each with its own 主持人 pill; rows give a "
        "12-hour range whose AM/PM suffix is printed once ('9:00–9:40 AM', '1:30–2:10 PM', but '11:40 AM–12:20 PM') "
        "in the column colour, the bold title, then the name(s) with the affiliation in an outlined chip on the same "
        "line (two speakers of one company 'A、B' with one chip); grey break rows; an opening speech (开幕致辞) with a "
        "speaker is a talk.",
        "2026-10-24", poster_two_day),
    "wechat-article-fields.png": (
        "WeChat official-account article screenshot (1080 px, white): article title, account name and publish time "
        "'2026年10月12日 18:30' (not a slot), an intro paragraph, a '分论坛信息' block with 时间/地点/主持人 fields, "
        "then '议程详情' where every talk is a block of labelled lines in green labels: '议题 01' tag, '时间：13:30-14:10', "
        "'议题：title', '嘉宾：name', '单位：affiliation', and sometimes a grey '嘉宾简介' bio that names other companies; "
        "a centred '—— 15:30-15:50 茶歇 ——' line; one block '同场短议题' gives one range for two talks "
        "('议题一/议题二', each '嘉宾：name（affiliation）'); a closing 圆桌讨论 with 主持 and 嘉宾 with affiliations; "
        "read/like counters at the bottom.",
        "2026-10-25", poster_wechat),
    "swimlane-gantt.png": (
        "Landscape 2460 px Gantt chart of three parallel forums in one morning: a time axis along the top (labels "
        "9:00 ... 12:00 every 30 minutes, not slots), one horizontal lane per forum with a coloured label block on "
        "the left (forum name, hall, 主持人); talks are white bars whose WIDTH follows their duration (20, 30, 40 "
        "and one 80-minute workshop with two speakers), each with its range '09:00–09:40' in small mono at the top, "
        "the bold title, name in the lane colour and affiliation under it; one hatched vertical band '茶 歇 "
        "10:20–10:40' crosses all three lanes (a break in every forum); a footer line '12:00 起午餐，…' (not a slot).",
        "2026-10-24", poster_gantt),
    "terminal-console.png": (
        "Dark 1300 px poster drawn as a terminal window on a purple gradient: title bar with three dots, a shell "
        "prompt '$ clk-agenda show --forum 追踪与调试分论坛 --date 2026-10-25', a box-drawn header with the forum, "
        "'主持人: name (OPPO)' and '8 talks · 2 breaks'; every slot is monospace: cyan range with an arrow "
        "'09:00 → 09:40', the bold white title (wrapped lines indented), then one '@ name · affiliation' line per "
        "speaker; breaks are dim lines '10:20 → 10:40  [break] 茶歇'; a cursor prompt at the end.",
        "2026-10-25", poster_terminal),
    "toc-dot-leaders.png": (
        "Cream, slightly grainy 1240 px programme-book page in serif type, like a table of contents: running "
        "header, the forum heading and a red date/room line; two units '第一单元 …' each with '单元主席：name（company）' "
        "(chair changes per unit); each talk is the bold title followed by dot leaders that end in the range "
        "'09:00–09:35' at the RIGHT edge, then an indented '—— name，affiliation' line; the tea break is '茶歇' with "
        "leaders to its range; two short talks are grouped by a right bracket with one range '11:35–12:10' and the "
        "tag '短报告 ×2' beside it (both talks carry the range); a closing 圆桌讨论 with 主持 and 嘉宾 lines; "
        "page number at the foot.",
        "2026-10-24", poster_toc),
}


def main():
    posters = []
    for fn, (layout, date, fnc) in LAYOUTS.items():
        im, forums = fnc()
        im.save(os.path.join(HERE, fn), optimize=False)
        posters.append({"file": fn, "layout": layout, "date": date, "forums": forums})
    truth = {"written": "2026-12-05", "by": "a helper that had not read the code", "note": NOTE, "posters": posters}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
