"""Redraw the posters-blind-2 set and its truth.json.

Run:  /work/main/.venv/bin/python bench/eval/posters-blind-2/draw.py

Each poster's content is defined once below (the truth); the drawing code only
changes how names are displayed (e.g. a full-width space inside two-character
names), never what is printed.  Fonts: Noto Sans CJK SC (Regular / Bold).
"""
import json
import re
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT_DIR = "/usr/share/fonts/opentype/noto/"
_fonts = {}


def F(size, bold=False):
    key = (size, bold)
    if key not in _fonts:
        name = "NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc"
        _fonts[key] = ImageFont.truetype(FONT_DIR + name, size, index=2)  # SC
    return _fonts[key]


# ---------------------------------------------------------------- text layout
_TOK = re.compile(r"[A-Za-z0-9_\-.'/:&+#,!?%]+|\s+|.")


def tw(text, font):
    return font.getlength(text)


def wrap_runs(runs, maxw):
    """runs: [(text, font, fill)] -> lines: [[(text, font, fill), ...], ...]"""
    lines, cur, curw = [], [], 0.0
    for text, font, fill in runs:
        for tok in _TOK.findall(text):
            w = tw(tok, font)
            if tok.isspace() and not cur:
                continue
            if curw + w > maxw and cur:
                lines.append(cur)
                cur, curw = [], 0.0
                if tok.isspace():
                    continue
            if cur and cur[-1][1] is font and cur[-1][2] == fill:
                cur[-1] = (cur[-1][0] + tok, font, fill)
            else:
                cur.append((tok, font, fill))
            curw += w
    if cur:
        lines.append(cur)
    for ln in lines:  # drop trailing spaces
        t, f, c = ln[-1]
        ln[-1] = (t.rstrip(), f, c)
    return lines


def draw_runs(d, x, y, runs, maxw, lh=1.45, align="left"):
    """Draw wrapped rich text at (x, y) top-left. Returns the y below it."""
    for ln in wrap_runs(runs, maxw):
        size = max(f.size for _, f, _ in ln)
        width = sum(tw(t, f) for t, f, _ in ln)
        cx = x if align == "left" else x + (maxw - width) / 2
        base = y + size * 1.12
        for t, f, c in ln:
            d.text((cx, base), t, font=f, fill=c, anchor="ls")
            cx += tw(t, f)
        y += size * lh
    return y


def measure_runs(runs, maxw, lh=1.45):
    return sum(max(f.size for _, f, _ in ln) * lh for ln in wrap_runs(runs, maxw))


def dotted(d, x0, x1, y, fill, step=10, r=1.6):
    x = x0
    while x <= x1:
        d.ellipse((x - r, y - r, x + r, y + r), fill=fill)
        x += step


def spaced(name):
    """Two-character names are printed with a full-width space, as real posters do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


def finish(img, bottom, path, pad=60):
    img = img.crop((0, 0, img.width, int(bottom + pad)))
    img.save(path)
    return img


def slot(kind, start, end, title, speakers=(), affs=(), host=None):
    return {"kind": kind, "start": start, "end": end, "title": title,
            "speakers": list(speakers), "affiliations": list(affs), "host": host}


# ============================================================== poster 1
# Landscape, three forums as columns, times in a shared left column.
P1_TIMES = [("14:00", "14:40"), ("14:40", "15:20"), ("15:20", "16:00")]
P1 = {
    "file": "landscape-three-columns.png",
    "layout": "Landscape 1920 poster: three forums side by side as columns, one shared time column on the left.",
    "date": "2026-11-14",
    "forums": [
        {"forum": "存储与文件系统分论坛", "slots": [
            slot("talk", "14:00", "14:40", "EROFS 在容器镜像按需加载中的实践", ["郑雨航"], ["阿里云基础软件部"]),
            slot("talk", "14:40", "15:20", "ext4 fast commit 的性能分析与改进", ["司马骏"], ["华为 OS 内核实验室"]),
            slot("talk", "15:20", "16:00", "io_uring 与 NVMe 直通：面向 AI 训练的存储栈", ["唐璐"], ["中国科学技术大学"]),
        ]},
        {"forum": "eBPF与可观测性分论坛", "slots": [
            slot("talk", "14:00", "14:40", "基于 eBPF 的内核延迟热点在线诊断", ["方宇辰"], ["字节跳动 STE 团队"]),
            slot("talk", "14:40", "15:20", "BPF arena 与用户态共享内存的探索", ["欧阳琳"], ["腾讯云"]),
            slot("talk", "15:20", "16:00", "sched_ext：用 BPF 编写可插拔调度器", ["彭涛", "韩梦溪"], ["浙江大学", "蚂蚁集团"]),
        ]},
        {"forum": "虚拟化与RISC-V分论坛", "slots": [
            slot("talk", "14:00", "14:40", "RISC-V H 扩展下的 KVM 中断虚拟化", ["罗嘉伟"], ["中国科学院软件研究所"]),
            slot("talk", "14:40", "15:20", "机密计算虚拟机的内存加密开销分析", ["钱思远"], ["海光信息"]),
            slot("talk", "15:20", "16:00", "Virtio-fs 与 DAX 在安全容器中的优化", ["上官宁"], ["蚂蚁集团"]),
        ]},
    ],
}


def draw_p1(path):
    W, H = 1920, 1400
    img = Image.new("RGB", (W, H), "#f6f1e7")
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 170), fill="#1f2a36")
    d.text((60, 38), "CLK 2026 · 第二十一届中国Linux内核开发者大会", font=F(40, True), fill="white")
    d.text((60, 108), "分论坛议程", font=F(28, True), fill="#f2b84b")
    d.text((230, 108), "11月14日（周六）下午  ·  杭州", font=F(28), fill="#d9dde2")
    colors = ["#13877d", "#d0662b", "#6b4fa3"]
    tx0, tx1 = 50, 250
    gap = 24
    cx0 = 280
    cw = (W - 50 - cx0 - 2 * gap) / 3
    cols = [cx0 + i * (cw + gap) for i in range(3)]
    y = 210
    d.text((tx0 + 10, y + 22), "时间", font=F(28, True), fill="#1f2a36")
    for i, fo in enumerate(P1["forums"]):
        d.rounded_rectangle((cols[i], y, cols[i] + cw, y + 76), 14, fill=colors[i])
        d.text((cols[i] + cw / 2, y + 38), fo["forum"], font=F(30, True), fill="white", anchor="mm")
    y += 100
    pad = 22
    for r, (s, e) in enumerate(P1_TIMES):
        cells = []
        for i, fo in enumerate(P1["forums"]):
            sl = fo["slots"][r]
            title = [(sl["title"], F(30, True), "#1f2a36")]
            h = measure_runs(title, cw - 2 * pad - 8) + 10
            people = []
            for sp, af in zip(sl["speakers"], sl["affiliations"]):
                pr = [(sp + "  ", F(24, True), "#333333"), (af, F(21), "#6b6b6b")]
                people.append(pr)
                h += measure_runs(pr, cw - 2 * pad - 8)
            cells.append((title, people, h))
        rh = max(c[2] for c in cells) + 2 * pad
        d.text((tx0 + 10, y + pad + 4), f"{s}-{e}", font=F(27, True), fill="#1f2a36")
        for i, (title, people, _) in enumerate(cells):
            x = cols[i]
            d.rounded_rectangle((x, y, x + cw, y + rh), 12, fill="white", outline="#e1d8c6")
            d.rectangle((x, y + 12, x + 6, y + rh - 12), fill=colors[i])
            yy = draw_runs(d, x + pad + 8, y + pad, title, cw - 2 * pad - 8) + 10
            for pr in people:
                yy = draw_runs(d, x + pad + 8, yy, pr, cw - 2 * pad - 8)
        y += rh + 20
    d.text((W / 2, y + 20), "各分论坛同时进行，请按分论坛前往对应会场", font=F(22), fill="#7a7367", anchor="mt")
    return finish(img, y + 60, path, pad=30)


# ============================================================== poster 2
# Portrait list, each row "title — speaker（affiliation）", time in a pill at the far right.
HOST2 = "孙立群"
P2 = {
    "file": "pill-right-list.png",
    "layout": "Portrait list: each row reads 'title — speaker（affiliation）', time range in a coloured pill at the far right.",
    "date": "2026-11-14",
    "forums": [
        {"forum": "内存管理分论坛", "slots": [
            slot("talk", "09:00", "09:40", "Folio 化进展与匿名页大页回收", ["许嘉宁"], ["字节跳动"], HOST2),
            slot("talk", "09:40", "10:20", "mTHP 在移动终端上的落地经验", ["梁晓峰"], ["OPPO 内核团队"], HOST2),
            slot("break", "10:20", "10:40", "茶歇"),
            slot("talk", "10:40", "11:20", "Memory tiering with CXL: promotion and demotion in practice", ["诸葛文涛"], ["英特尔"], HOST2),
            slot("talk", "11:20", "12:00", "zswap 与 zram 的取舍：云主机场景实测", ["曹颖", "欧阳一鸣"], ["腾讯云"], HOST2),
            slot("break", "12:00", "13:30", "午餐"),
            slot("talk", "13:30", "14:10", "slab 分配器的碎片治理", ["黄子轩"], ["华为"], HOST2),
            slot("talk", "14:10", "14:50", "DAMON-based proactive reclaim for memory overcommit", ["聂晴"], ["阿里云"], HOST2),
        ]},
    ],
}


def draw_p2(path):
    W = 1080
    img = Image.new("RGB", (W, 2600), "white")
    d = ImageDraw.Draw(img)
    green = "#1d8a5a"
    d.rectangle((0, 0, W, 14), fill=green)
    d.text((60, 60), "CLK 2026", font=F(30, True), fill=green)
    d.text((60, 105), P2["forums"][0]["forum"], font=F(54, True), fill="#14251c")
    d.text((60, 190), "2026年11月14日  ·  B 厅", font=F(26), fill="#555555")
    d.text((60, 236), f"主持人：{HOST2}（上海交通大学）", font=F(26), fill="#555555")
    y = 310
    d.line((60, y, W - 60, y), fill="#14251c", width=3)
    y += 10
    lx, lw = 60, 680
    px0, px1 = 790, W - 60
    for sl in P2["forums"][0]["slots"]:
        if sl["kind"] == "break":
            runs = [(sl["title"], F(30, True), "#8a8a8a")]
        else:
            who = "、".join(sl["speakers"])
            aff = "、".join(sl["affiliations"])
            runs = [(sl["title"], F(30, True), "#14251c"),
                    (f" — {who}（{aff}）", F(25), "#4a4a4a")]
        th = measure_runs(runs, lw, lh=1.5)
        rh = max(th, 60) + 48
        if sl["kind"] == "break":
            d.rectangle((0, y, W, y + rh), fill="#f1f5f2")
        ty = y + (rh - th) / 2
        draw_runs(d, lx, ty, runs, lw, lh=1.5)
        pill_fill = "#8a9c92" if sl["kind"] == "break" else green
        ph = 54
        py = y + rh / 2 - ph / 2
        d.rounded_rectangle((px0, py, px1, py + ph), ph // 2, fill=pill_fill)
        d.text(((px0 + px1) / 2, py + ph / 2), f"{sl['start']} – {sl['end']}", font=F(25, True),
               fill="white", anchor="mm")
        y += rh
        d.line((60, y, W - 60, y), fill="#d5ddd8", width=2)
    return finish(img, y, path)


# ============================================================== poster 3
# Blocks: speaker name in large type first, then affiliation, then title, time underneath.
P3 = {
    "file": "speaker-first-blocks.png",
    "layout": "Dark card grid: each block leads with the speaker's name in large type, then affiliation, title, and the time underneath.",
    "date": None,
    "forums": [
        {"forum": "调度与实时分论坛", "slots": [
            slot("keynote", "13:30", "14:10", "EEVDF 之后：Linux 调度器的下一个十年", ["夏侯明哲"], ["清华大学计算机系"]),
            slot("talk", "14:10", "14:40", "大小核手机上的能效感知调度调优", ["杨帆"], ["小米"]),
            slot("talk", "14:40", "15:20", "PREEMPT_RT 合入主线后的实时性测评", ["任晓东", "邵佳琪"], ["龙芯中科", "华中科技大学"]),
            slot("break", "15:20", "15:40", "茶歇"),
            slot("talk", "15:40", "16:10", "Proxy execution and priority inheritance for futex", ["冯越"], ["统信软件"]),
            slot("talk", "16:10", "16:40", "cgroup CPU 带宽控制的尾延迟问题", ["司徒嘉欣"], ["快手"]),
            slot("panel", "16:40", "17:20", "国产 CPU 上的调度挑战", ["任晓东", "冯越", "司徒嘉欣"],
                 ["龙芯中科", "统信软件", "快手"], "夏侯明哲"),
        ]},
    ],
}


def draw_p3(path):
    W = 1080
    img = Image.new("RGB", (W, 3000), "#1c1d21")
    d = ImageDraw.Draw(img)
    amber, card, grey, white = "#f5b335", "#2b2d33", "#a4a8b0", "#f2f2f2"
    d.text((60, 70), "CHINA LINUX KERNEL 2026", font=F(26, True), fill=amber)
    d.text((60, 112), P3["forums"][0]["forum"], font=F(56, True), fill=white)
    d.text((60, 200), "SCHEDULING & REAL-TIME", font=F(24), fill=grey)
    d.line((60, 250, 260, 250), fill=amber, width=6)
    slots = P3["forums"][0]["slots"]
    M, G = 60, 28
    half = (W - 2 * M - G) / 2
    pad = 30

    def card_h(sl, w):
        iw = w - 2 * pad
        h = 0
        if sl["kind"] in ("keynote", "panel"):
            h += 50
        if sl["kind"] == "panel":
            names = " / ".join(spaced(n) for n in sl["speakers"])
            h += measure_runs([(names, F(38, True), amber)], iw, 1.3)
            h += measure_runs([(" / ".join(sl["affiliations"]), F(22), grey)], iw)
            h += measure_runs([("主持人：" + sl["host"], F(22), grey)], iw)
        else:
            for n, a in zip(sl["speakers"], sl["affiliations"]):
                h += measure_runs([(spaced(n), F(38, True), amber)], iw, 1.3)
                h += measure_runs([(a, F(22), grey)], iw)
        h += 14 + measure_runs([(sl["title"], F(29, True), white)], iw, 1.4)
        h += 16 + 40
        return h + 2 * pad

    def draw_card(sl, x, y, w, h):
        d.rounded_rectangle((x, y, x + w, y + h), 18, fill=card)
        iw = w - 2 * pad
        yy = y + pad
        if sl["kind"] in ("keynote", "panel"):
            label = "主题演讲" if sl["kind"] == "keynote" else "圆桌讨论"
            d.rounded_rectangle((x + pad, yy, x + pad + 116, yy + 36), 8, outline=amber, width=2)
            d.text((x + pad + 58, yy + 18), label, font=F(21, True), fill=amber, anchor="mm")
            yy += 50
        if sl["kind"] == "panel":
            names = " / ".join(spaced(n) for n in sl["speakers"])
            yy = draw_runs(d, x + pad, yy, [(names, F(38, True), amber)], iw, 1.3)
            yy = draw_runs(d, x + pad, yy, [(" / ".join(sl["affiliations"]), F(22), grey)], iw)
            yy = draw_runs(d, x + pad, yy, [("主持人：" + sl["host"], F(22), grey)], iw)
        else:
            for n, a in zip(sl["speakers"], sl["affiliations"]):
                yy = draw_runs(d, x + pad, yy, [(spaced(n), F(38, True), amber)], iw, 1.3)
                yy = draw_runs(d, x + pad, yy, [(a, F(22), grey)], iw) + 8
        yy += 6
        yy = draw_runs(d, x + pad, yy, [(sl["title"], F(29, True), white)], iw, 1.4)
        yy += 16
        d.line((x + pad, yy, x + pad + 40, yy), fill=amber, width=3)
        d.text((x + pad, yy + 8), f"{sl['start']} — {sl['end']}", font=F(24, True), fill=white)

    y = 300
    # keynote full width
    k = slots[0]
    h = card_h(k, W - 2 * M)
    draw_card(k, M, y, W - 2 * M, h)
    y += h + G
    # pairs / full rows
    rows = [[slots[1], slots[2]], [slots[3]], [slots[4], slots[5]], [slots[6]]]
    for row in rows:
        if row[0]["kind"] == "break":
            sl = row[0]
            bh = 74
            d.rounded_rectangle((M, y, W - M, y + bh), 18, outline="#4a4d55", width=2)
            d.text((M + pad, y + bh / 2), sl["title"], font=F(29, True), fill=grey, anchor="lm")
            d.text((W - M - pad, y + bh / 2), f"{sl['start']} — {sl['end']}", font=F(24, True),
                   fill=grey, anchor="rm")
            y += bh + G
        elif len(row) == 1:
            h = card_h(row[0], W - 2 * M)
            draw_card(row[0], M, y, W - 2 * M, h)
            y += h + G
        else:
            h = max(card_h(s, half) for s in row)
            for i, s in enumerate(row):
                draw_card(s, M + i * (half + G), y, half, h)
            y += h + G
    return finish(img, y, path, pad=40)


# ============================================================== poster 4
# Morning / afternoon sections with a chair each; dotted rows; one-digit hours;
# name printed directly followed by affiliation.
CH_AM, CH_PM = "欧阳明远", "温静"
P4 = {
    "file": "dotted-rows-sections.png",
    "layout": "Paper-style list with 上午场/下午场 sections each under its own chair, dotted row separators, one-digit hours, name run straight into affiliation.",
    "date": "2026-11-15",
    "forums": [
        {"forum": "主论坛", "slots": [
            slot("keynote", "09:00", "09:30", "开源操作系统生态与内核人才培养", ["王建国"], ["浙江大学"], CH_AM),
            slot("talk", "09:30", "10:10", "Rust for Linux：驱动开发的第一年", ["卢思远"], ["华为"], CH_AM),
            slot("break", "10:10", "10:30", "茶歇"),
            slot("talk", "10:30", "11:10", "RISC-V 向量扩展的内核上下文切换优化", ["端木晴"], ["中国科学院软件研究所"], CH_AM),
            slot("panel", "11:10", "12:00", "内核社区的下一代维护者从哪里来", ["卢思远", "端木晴", "郝天一"],
                 ["华为", "中国科学院软件研究所", "OPPO"], CH_AM),
            slot("break", "12:00", "13:30", "午餐"),
            slot("talk", "13:30", "14:10", "Scalable page cache for large folios", ["孟凡超", "白若溪"], ["阿里云", "阿里云"], CH_PM),
            slot("talk", "14:10", "14:50", "内核热补丁在金融核心系统中的应用", ["郭振宇"], ["中国银联"], CH_PM),
            slot("talk", "14:50", "15:30", "Tracing the network stack with fprobe and BTF", ["岳凯文"], ["腾讯"], CH_PM),
        ]},
    ],
}


def hm(t):
    """'09:00' -> '9:00' (one-digit hours as printed on this poster)."""
    h, m = t.split(":")
    return f"{int(h)}:{m}"


def draw_p4(path):
    W = 1080
    img = Image.new("RGB", (W, 3200), "#fbf8f1")
    d = ImageDraw.Draw(img)
    red, ink, soft = "#b3262d", "#1e1e1e", "#7b7266"
    d.text((W / 2, 70), "第二十一届中国Linux内核开发者大会", font=F(34, True), fill=ink, anchor="mt")
    d.text((W / 2, 130), P4["forums"][0]["forum"], font=F(72, True), fill=red, anchor="mt")
    d.text((W / 2, 240), "2026年11月15日  星期日  ·  主会场", font=F(26), fill=soft, anchor="mt")
    d.line((60, 300, W - 60, 300), fill=ink, width=2)
    d.line((60, 306, W - 60, 306), fill=ink, width=1)
    slots = P4["forums"][0]["slots"]
    sections = [("上午场", f"主持人：{CH_AM}", "北京大学计算机学院", slots[:6]),
                ("下午场", f"Chair: {CH_PM}", "中国科学院计算技术研究所", slots[6:])]
    tx, cx = 60, 250
    cw = W - 60 - cx
    y = 340
    for head, chair, chair_aff, sls in sections:
        d.rectangle((60, y, 230, y + 60), fill=red)
        d.text((145, y + 30), head, font=F(34, True), fill="white", anchor="mm")
        d.text((cx, y + 30), chair, font=F(26, True), fill=ink, anchor="lm")
        d.text((cx + tw(chair, F(26, True)) + 16, y + 30), chair_aff, font=F(22), fill=soft, anchor="lm")
        y += 84
        for i, sl in enumerate(sls):
            top = y
            if sl["kind"] == "break":
                d.text((tx, y + 10), f"{hm(sl['start'])}-{hm(sl['end'])}", font=F(26, True), fill=soft)
                d.text((cx, y + 10), sl["title"], font=F(28), fill=soft)
                y += 64
            else:
                d.text((tx, y + 14), f"{hm(sl['start'])}-{hm(sl['end'])}", font=F(26, True), fill=ink)
                yy = y + 8
                if sl["kind"] in ("keynote", "panel"):
                    lab = "主旨演讲" if sl["kind"] == "keynote" else "圆桌对话"
                    d.rectangle((cx, yy + 6, cx + 104, yy + 40), fill=red)
                    d.text((cx + 52, yy + 23), lab, font=F(21, True), fill="white", anchor="mm")
                    yy += 50
                yy = draw_runs(d, cx, yy, [(sl["title"], F(31, True), ink)], cw, 1.42) + 4
                if sl["kind"] == "panel":
                    yy = draw_runs(d, cx, yy, [("主持：", F(22, True), red), (sl["host"], F(25, True), ink)], cw, 1.45)
                    d.text((cx, yy + 2), "嘉宾：", font=F(22, True), fill=red)
                    yy += 38
                for n, a in zip(sl["speakers"], sl["affiliations"]):
                    yy = draw_runs(d, cx, yy, [(n, F(25, True), ink), (a, F(22), soft)], cw, 1.45)
                y = yy + 16
            if not (i == len(sls) - 1):
                dotted(d, 60, W - 60, y + 4, "#b9ae9c")
                y += 22
        y += 40
    d.text((W / 2, y), "议程如有调整，以现场公布为准", font=F(22), fill=soft, anchor="mt")
    return finish(img, y + 40, path, pad=40)


# ============================================================== poster 5
# English-only table, Chinese names in characters only (no pinyin).
P5 = {
    "file": "english-table.png",
    "layout": "English-only table with TIME / SESSION / SPEAKER columns, Chinese names in characters with English affiliations.",
    "date": "2026-11-15",
    "forums": [
        {"forum": "Track C: Virtualization & Tracing", "slots": [
            slot("keynote", "13:30", "14:10", "The State of KVM on Arm64 and RISC-V", ["程立"],
                 ["Institute of Software, Chinese Academy of Sciences"]),
            slot("talk", "14:10", "14:45", "Live Migration of VMs with Passthrough GPUs", ["皇甫晨"], ["Huawei Cloud"]),
            slot("talk", "14:45", "15:20", "Lightweight VMs for Serverless: Firecracker vs. Cloud Hypervisor", ["杜若"], ["ByteDance"]),
            slot("break", "15:20", "15:40", "Coffee Break"),
            slot("talk", "15:40", "16:15", "Function Graph Tracing at Scale with ftrace", ["吴昊天", "谭欣"],
                 ["Alibaba Cloud", "Tsinghua University"]),
            slot("talk", "16:15", "16:50", "Guest-aware Host Profiling with perf and BPF", ["邱明"], ["Tencent"]),
            slot("talk", "16:50", "17:25", "Debugging Lock Contention with lockstat and BPF", ["慕容雪"], ["Ant Group"]),
            slot("panel", "17:25", "18:00", "Observability in the Virtualized Kernel", ["皇甫晨", "邱明", "慕容雪"],
                 ["Huawei Cloud", "Tencent", "Ant Group"], "程立"),
        ]},
    ],
}


def draw_p5(path):
    W = 1080
    img = Image.new("RGB", (W, 3000), "#eef1f6")
    d = ImageDraw.Draw(img)
    navy, ink, soft, accent = "#13294b", "#17202c", "#5b6678", "#e0523a"
    d.rectangle((0, 0, W, 300), fill=navy)
    d.text((60, 60), "CLK 2026  ·  China Linux Kernel Developer Conference", font=F(26), fill="#c9d3e3")
    d.text((60, 110), P5["forums"][0]["forum"], font=F(46, True), fill="white")
    d.text((60, 200), "Sunday, November 15, 2026  ·  Hall 3", font=F(26), fill="#c9d3e3")
    d.rectangle((60, 262, 200, 268), fill=accent)
    x0, x1, x2, x3 = 40, 245, 700, W - 40
    y = 340
    d.rectangle((x0, y, x3, y + 56), fill="#c9d2e0")
    for x, lab in ((x0, "TIME"), (x1, "SESSION"), (x2, "SPEAKER")):
        d.text((x + 20, y + 28), lab, font=F(22, True), fill=navy, anchor="lm")
    cells = [(y, y + 56)]
    y += 56
    pad = 22
    for i, sl in enumerate(P5["forums"][0]["slots"]):
        sw, pw = x2 - x1 - 2 * pad, x3 - x2 - 2 * pad
        if sl["kind"] == "break":
            rh = 70
            d.rectangle((x0, y, x3, y + rh), fill="#dde3ec")
            d.text((x0 + 20, y + rh / 2), f"{sl['start']} – {sl['end']}", font=F(24, True), fill=soft, anchor="lm")
            d.text(((x1 + x3) / 2, y + rh / 2), sl["title"], font=F(28, True), fill=soft, anchor="mm")
            y += rh
            continue
        # session cell
        sh = 0
        if sl["kind"] in ("keynote", "panel"):
            sh += 44
        title = [(sl["title"], F(28, True), ink)]
        sh += measure_runs(title, sw, 1.4)
        # speaker cell
        ppl = []
        if sl["kind"] == "panel":
            ppl.append([("Moderator: ", F(20), soft), (sl["host"], F(24, True), ink)])
        for n, a in zip(sl["speakers"], sl["affiliations"]):
            ppl.append([(n, F(24, True), ink)])
            ppl.append([(a, F(20), soft)])
        ph = sum(measure_runs(p, pw, 1.4) for p in ppl) + 6 * (len(sl["speakers"]) - 1)
        rh = max(sh, ph) + 2 * pad
        d.rectangle((x0, y, x3, y + rh), fill="white" if i % 2 == 0 else "#f7f9fc")
        d.text((x0 + 20, y + pad + 2), f"{sl['start']} – {sl['end']}", font=F(24, True), fill=ink)
        yy = y + pad
        if sl["kind"] in ("keynote", "panel"):
            lab = "KEYNOTE" if sl["kind"] == "keynote" else "PANEL"
            lw = tw(lab, F(18, True)) + 24
            d.rounded_rectangle((x1 + pad, yy, x1 + pad + lw, yy + 32), 6, fill=accent)
            d.text((x1 + pad + lw / 2, yy + 16), lab, font=F(18, True), fill="white", anchor="mm")
            yy += 44
        draw_runs(d, x1 + pad, yy, title, sw, 1.4)
        yy = y + pad
        k = 0
        for p in ppl:
            if p[0][1].size == 24 and k and p[0][0] != sl.get("host"):
                yy += 6
            yy = draw_runs(d, x2 + pad, yy, p, pw, 1.4)
            k += 1
        d.line((x0, y + rh, x3, y + rh), fill="#c9d2e0", width=1)
        cells.append((y, y + rh))
        y += rh
    for a, b in cells:  # column rules, not through the break row
        for x in (x1, x2):
            d.line((x, a, x, b), fill="#c9d2e0", width=1)
    d.rectangle((x0, 340, x3, y), outline="#9fadc4", width=2)
    return finish(img, y, path, pad=50)


POSTERS = [(P1, draw_p1), (P2, draw_p2), (P3, draw_p3), (P4, draw_p4), (P5, draw_p5)]


def main():
    for p, fn in POSTERS:
        fn(HERE / p["file"])
    truth = {
        "written": "2026-12-03",
        "by": "a helper that had not read the code",
        "note": ("speakers: names without spaces; panel speakers are the guests; host is the chair printed for "
                 "the forum/section (or the panel moderator) covering the slot, null for breaks and where none is printed"),
        "posters": [p for p, _ in POSTERS],
    }
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(f["slots"]) for p, _ in POSTERS for f in p["forums"])
    print("posters", len(POSTERS), "slots", n)


if __name__ == "__main__":
    main()
