"""Draw the held-out agenda posters of posters-blind-1 and write their truth.

Five synthetic agenda posters in layouts unlike the real CLK2023/CLK2024
posters (and unlike each other), with the truth written from the very same
data the pictures are drawn from.

    /work/main/.venv/bin/python bench/eval/posters-blind-1/draw.py

Writes <layout>.png and truth.json next to this file.  Needs Pillow and the
Noto Sans CJK fonts (Debian package fonts-noto-cjk).

Conventions in truth.json:
  * speakers / affiliations are parallel lists in printed order; names are
    given without the spacing some posters put inside two-character names
    ("马　骁" on the picture is "马骁" in the truth).
  * host is the session or forum host printed above the slot ("主持人：..."),
    or the panel host for a panel; breaks always have host null.
  * a break printed once across two side-by-side forums is listed in both.
"""
import json
import os
import re

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/opentype/noto"
SC = 2  # index of "Noto Sans CJK SC" inside the .ttc collections
W = 1080

_fonts = {}


def font(size, bold=False):
    key = (size, bold)
    if key not in _fonts:
        name = "NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc"
        _fonts[key] = ImageFont.truetype(os.path.join(FONT_DIR, name), size, index=SC)
    return _fonts[key]


_TOKEN = re.compile(r"[A-Za-z0-9_\-./()+:@#&'’]+|\s+|.")
_NO_LINE_START = set("，。、：；！？）》」』,.;:!?)%")


def wrap(text, fnt, maxw):
    """Greedy wrap by pixel width; Latin words are kept whole."""
    lines, cur = [], ""
    for tok in _TOKEN.findall(text):
        trial = cur + tok
        if fnt.getlength(trial) <= maxw or not cur.strip() or tok in _NO_LINE_START:
            cur = trial
            continue
        lines.append(cur.rstrip())
        cur = "" if tok.isspace() else tok
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def line_h(fnt, spacing=1.35):
    return int(fnt.size * spacing)


def draw_lines(d, x, y, lines, fnt, fill, spacing=1.35, align="left", width=None):
    for ln in lines:
        xx = x
        if align == "center":
            xx = x + (width - fnt.getlength(ln)) / 2
        elif align == "right":
            xx = x + width - fnt.getlength(ln)
        d.text((xx, y), ln, font=fnt, fill=fill)
        y += line_h(fnt, spacing)
    return y


def vgradient(img, top, bottom):
    w, h = img.size
    d = ImageDraw.Draw(img)
    for yy in range(h):
        t = yy / max(1, h - 1)
        c = tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3))
        d.line([(0, yy), (w, yy)], fill=c)


def spaced(name):
    """Two-character names printed with an ideographic space, as real posters do."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


def slot(kind, start, end, title, speakers=(), affiliations=(), host=None):
    return {"kind": kind, "start": start, "end": end, "title": title,
            "speakers": list(speakers), "affiliations": list(affiliations),
            "host": host}


def finish(img, h, name):
    img = img.crop((0, 0, W, h))
    img.save(os.path.join(HERE, name), optimize=True)
    return img


# ---------------------------------------------------------------------------
# 1. cards in a two-column grid, time badge top-right of each card
# ---------------------------------------------------------------------------

CARDS = {
    "file": "cards-grid.png",
    "layout": "light background, talks as white cards in a two-column grid "
              "(read row by row), each card with a time badge at its top-right, "
              "the title, then 'name · affiliation' on one line; the tea break "
              "is a full-width strip between card rows",
    "date": "2025-11-08",
    "forums": [{
        "forum": "内存管理分论坛",
        "slots": [
            slot("talk", "13:30", "14:00", "mTHP 在移动终端上的落地与挑战",
                 ["欧阳明轩"], ["vivo移动通信有限公司"]),
            slot("talk", "14:00", "14:30", "Memory tiering with CXL: hot page promotion in practice",
                 ["林晓雯"], ["英特尔（中国）有限公司"]),
            slot("talk", "14:30", "15:00", "基于 DAMON 的冷页识别与主动回收",
                 ["赵一鸣"], ["阿里云计算有限公司"]),
            slot("break", "15:00", "15:20", "茶歇 Tea Break"),
            slot("talk", "15:20", "15:50", "Reducing mmap_lock contention with per-VMA locks",
                 ["司马俊"], ["字节跳动"]),
            slot("talk", "15:50", "16:20", "zswap 与 zram 的统一回写框架",
                 ["何佳琪"], ["清华大学计算机系"]),
            slot("talk", "16:20", "16:50", "Slab 分配器的内存碎片治理",
                 ["郑浩然"], ["华为技术有限公司"]),
            slot("talk", "16:50", "17:20", "大页内存在数据库场景下的性能分析",
                 ["孙雅婷"], ["华中科技大学"]),
        ],
    }],
}


def draw_cards(p):
    img = Image.new("RGB", (W, 6000), (244, 246, 251))
    d = ImageDraw.Draw(img)
    # header band
    hdr = Image.new("RGB", (W, 330))
    vgradient(hdr, (22, 60, 160), (60, 120, 220))
    img.paste(hdr, (0, 0))
    d.text((60, 50), "CLK 2025", font=font(30, True), fill=(180, 215, 255))
    d.text((60, 95), "中国Linux内核开发者大会", font=font(52, True), fill="white")
    d.text((60, 175), "2025年11月8日 · 杭州", font=font(30), fill=(225, 235, 255))
    d.text((60, 230), "浙江大学紫金港校区 · 国际会议中心", font=font(24), fill=(200, 220, 255))
    y = 380
    forum = p["forums"][0]
    d.rounded_rectangle((40, y, 420, y + 76), 14, fill=(22, 60, 160))
    d.text((70, y + 12), forum["forum"], font=font(36, True), fill="white")
    d.text((450, y + 26), "Memory Management Track", font=font(24), fill=(90, 100, 130))
    y += 120

    cw, gap, mx, pad = 480, 40, 40, 24
    tf, nf, bf = font(28, True), font(22), font(22, True)

    def card_layout(s):
        tl = wrap(s["title"], tf, cw - 2 * pad)
        nl = wrap(s["speakers"][0] + " · " + s["affiliations"][0], nf, cw - 2 * pad)
        h = pad + 44 + 14 + len(tl) * line_h(tf) + 10 + len(nl) * line_h(nf) + pad
        return tl, nl, h

    def draw_card(x, y, s, tl, nl, h):
        d.rounded_rectangle((x + 4, y + 6, x + cw + 4, y + h + 6), 18, fill=(220, 225, 236))
        d.rounded_rectangle((x, y, x + cw, y + h), 18, fill="white", outline=(210, 216, 230))
        badge = s["start"] + "–" + s["end"]
        bw = bf.getlength(badge) + 36
        d.rounded_rectangle((x + cw - pad - bw, y + pad, x + cw - pad, y + pad + 44), 22,
                            fill=(255, 140, 40))
        d.text((x + cw - pad - bw + 18, y + pad + 7), badge, font=bf, fill="white")
        d.rectangle((x + pad, y + pad + 12, x + pad + 40, y + pad + 18), fill=(22, 60, 160))
        yy = y + pad + 44 + 14
        yy = draw_lines(d, x + pad, yy, tl, tf, (20, 30, 60))
        yy += 10
        draw_lines(d, x + pad, yy, nl, nf, (80, 90, 115))

    slots = forum["slots"]
    i = 0
    while i < len(slots):
        s = slots[i]
        if s["kind"] == "break":
            d.rounded_rectangle((mx, y, W - mx, y + 70), 14, fill=(255, 236, 214))
            d.text((mx + 30, y + 17), s["start"] + "–" + s["end"], font=font(26, True),
                   fill=(200, 100, 20))
            d.text((mx + 260, y + 15), s["title"], font=font(28, True), fill=(200, 100, 20))
            y += 70 + 30
            i += 1
            continue
        row = [s]
        if i + 1 < len(slots) and slots[i + 1]["kind"] != "break":
            row.append(slots[i + 1])
        lay = [card_layout(c) for c in row]
        h = max(l[2] for l in lay)
        for k, (c, l) in enumerate(zip(row, lay)):
            draw_card(mx + k * (cw + gap), y, c, l[0], l[1], h)
        y += h + 30
        i += len(row)
    y += 20
    d.text((mx, y), "主办：中国Linux内核开发者大会组委会", font=font(22), fill=(120, 130, 150))
    return finish(img, y + 80, p["file"])


# ---------------------------------------------------------------------------
# 2. vertical timeline with the time on the RIGHT; per-session host lines;
#    speaker name printed directly followed by the affiliation
# ---------------------------------------------------------------------------

H_AM, H_AM_AFF = "上官文静", "清华大学"
H_PM, H_PM_AFF = "皇甫晓峰", "中国科学院计算技术研究所"

TIMELINE = {
    "file": "timeline-right.png",
    "layout": "white page, a vertical timeline near the right edge with each time "
              "range ('09:00 ~ 09:30') to the RIGHT of the line and the title plus "
              "speaker lines on the left; each speaker line is the name directly "
              "followed by the affiliation with no space (bold name, regular "
              "affiliation); morning and afternoon sessions each start with a "
              "'主持人：' bar",
    "date": "2026-10-24",
    "forums": [{
        "forum": "文件系统与存储分论坛",
        "slots": [
            slot("talk", "09:00", "09:30", "EXT4 大块分配的可扩展性改进",
                 ["王建国"], ["华为技术有限公司"], H_AM),
            slot("talk", "09:30", "10:00", "Large folios for F2FS compressed files",
                 ["周子涵"], ["vivo移动通信有限公司"], H_AM),
            slot("talk", "10:00", "10:30", "EROFS 在容器镜像加速中的实践",
                 ["高翔"], ["阿里云计算有限公司"], H_AM),
            slot("break", "10:30", "10:45", "茶歇"),
            slot("talk", "10:45", "11:15", "Parallel writeback for buffered I/O",
                 ["钱思远", "黄蕾"], ["三星半导体（中国）研究所", "字节跳动"], H_AM),
            slot("talk", "14:00", "14:30", "io_uring 与 NVMe 直通路径的延迟优化",
                 ["慕容婷"], ["腾讯科技（深圳）有限公司"], H_PM),
            slot("talk", "14:30", "15:00", "MD RAID 无锁位图的设计与实现",
                 ["吴凯"], ["中兴通讯股份有限公司"], H_PM),
            slot("break", "15:00", "15:15", "茶歇"),
            slot("talk", "15:15", "15:45", "FUSE passthrough 的安全与性能",
                 ["冯雨桐"], ["北京大学计算机学院"], H_PM),
        ],
    }],
}


def draw_timeline(p):
    img = Image.new("RGB", (W, 6000), "white")
    d = ImageDraw.Draw(img)
    hdr = Image.new("RGB", (W, 300))
    vgradient(hdr, (0, 90, 100), (0, 140, 140))
    img.paste(hdr, (0, 0))
    d.text((60, 55), "第21届中国Linux内核开发者大会", font=font(44, True), fill="white")
    d.text((60, 130), "2026年10月24日（周六）  南京", font=font(30), fill=(210, 245, 240))
    forum = p["forums"][0]
    d.text((60, 200), forum["forum"], font=font(40, True), fill=(255, 230, 120))
    y = 350
    lx = 790          # the timeline
    tx = lx + 30      # times to its right
    left, maxw = 60, lx - 60 - 40
    tf, nf, af, timef = font(30, True), font(24, True), font(24), font(24, True)
    teal, dark = (0, 120, 125), (25, 35, 50)
    sessions = [("上午场", H_AM, H_AM_AFF), ("下午场", H_PM, H_PM_AFF)]
    cur_host = None
    line_top = None
    dots = []
    for s in forum["slots"]:
        if s["kind"] != "break" and s["host"] != cur_host:
            if line_top is not None:
                d.line((lx, line_top, lx, y - 20), fill=(170, 210, 210), width=4)
            cur_host = s["host"]
            label, h, haff = next(x for x in sessions if x[1] == cur_host)
            y += 10
            d.rectangle((40, y, W - 40, y + 64), fill=(225, 244, 242))
            d.rectangle((40, y, 48, y + 64), fill=teal)
            d.text((70, y + 13), label, font=font(28, True), fill=teal)
            d.text((200, y + 15), "主持人：" + h + "  " + haff, font=font(26), fill=dark)
            y += 64 + 40
            line_top = y
        top = y
        if s["kind"] == "break":
            d.text((left, y), s["title"], font=font(28, True), fill=(150, 150, 150))
            y += line_h(font(28, True))
        else:
            y = draw_lines(d, left, y, wrap(s["title"], tf, maxw), tf, dark)
            y += 6
            for n, a in zip(s["speakers"], s["affiliations"]):
                d.text((left, y), n, font=nf, fill=teal)
                d.text((left + nf.getlength(n), y), a, font=af, fill=(90, 100, 110))
                y += line_h(nf)
        dots.append((top, teal if s["kind"] != "break" else (170, 170, 170)))
        t = s["start"] + " ~ " + s["end"]
        d.text((tx, top + 1), t, font=timef, fill=teal if s["kind"] != "break" else (150, 150, 150))
        y += 44
    d.line((lx, line_top, lx, y - 40), fill=(170, 210, 210), width=4)
    for top, c in dots:
        d.ellipse((lx - 11, top + 6, lx + 11, top + 28), fill=c, outline="white", width=3)
    return finish(img, y + 40, p["file"])


# ---------------------------------------------------------------------------
# 3. dark background, time on its own line above the title, speaker line and
#    affiliation line below; keynote and panel
# ---------------------------------------------------------------------------

PANEL_HOST = "欧阳娜"

DARK = {
    "file": "dark-stacked.png",
    "layout": "dark navy/purple page with light text and no date; every slot is a "
              "stack: time range '13:30-14:00' on its own line, the title below, "
              "then the speaker name(s) and on the next line the affiliation(s); "
              "two-character names are printed with a wide space inside; one "
              "talk has two speakers joined by '、'; the first slot carries a "
              "KEYNOTE tag (not part of its title); ends with a panel listing a "
              "host and guests",
    "date": None,
    "forums": [{
        "forum": "调度与 eBPF 分论坛",
        "slots": [
            slot("keynote", "13:30", "14:00", "从 CFS 到 EEVDF：Linux 调度器的十年演进",
                 ["陈志明"], ["浙江大学计算机科学与技术学院"]),
            slot("talk", "14:00", "14:30", "sched_ext: 用 BPF 编写可插拔调度器",
                 ["李思琪"], ["字节跳动"]),
            slot("talk", "14:30", "15:00", "基于 eBPF 的内核热点函数持续剖析",
                 ["张伟", "东方晓"], ["腾讯云", "蚂蚁集团"]),
            slot("break", "15:00", "15:20", "茶歇 Tea Break"),
            slot("talk", "15:20", "15:50", "RISC-V 平台上的调度延迟分析",
                 ["马骁"], ["中国科学院软件研究所"]),
            slot("talk", "15:50", "16:20", "Defer CFS bandwidth throttling to user return",
                 ["路远"], ["北京字节跳动科技有限公司"]),
            slot("panel", "16:20", "17:00", "圆桌论坛：eBPF 会取代内核模块吗？",
                 ["司马超", "韩磊", "易杨"], ["阿里云", "华为技术有限公司", "龙芯中科"],
                 PANEL_HOST),
        ],
    }],
}
PANEL_HOST_AFF = "Linux基金会开源软件学园"


def draw_dark(p):
    img = Image.new("RGB", (W, 6000))
    vgradient(img, (10, 14, 34), (32, 14, 52))
    d = ImageDraw.Draw(img)
    cyan, white, grey, pink = (80, 230, 220), (240, 242, 250), (150, 160, 190), (230, 120, 220)
    d.text((80, 70), "CHINA LINUX KERNEL", font=font(28, True), fill=cyan)
    d.text((80, 115), "内核开发者技术沙龙 · 下午场", font=font(46, True), fill=white)
    forum = p["forums"][0]
    y = 240
    d.text((80, y), forum["forum"], font=font(40, True), fill=white)
    y += 70
    d.rectangle((80, y, W - 80, y + 8), fill=cyan)
    y += 60
    left, maxw = 110, W - 110 - 80
    timef, tf, nf, af = font(26, True), font(32, True), font(26), font(22)
    for s in forum["slots"]:
        d.rectangle((80, y + 6, 88, y + 30), fill=cyan)
        d.text((left, y), s["start"] + "-" + s["end"], font=timef, fill=cyan)
        y += line_h(timef) + 4
        if s["kind"] == "break":
            d.text((left, y), s["title"], font=tf, fill=grey)
            y += line_h(tf) + 50
            continue
        title = s["title"]
        if s["kind"] == "keynote":
            d.rounded_rectangle((left, y + 4, left + 120, y + 40), 8, outline=pink, width=2)
            d.text((left + 12, y + 6), "KEYNOTE", font=font(20, True), fill=pink)
            y += 50
        y = draw_lines(d, left, y, wrap(title, tf, maxw), tf, white)
        y += 4
        if s["kind"] == "panel":
            d.text((left, y), "主持人：", font=font(24, True), fill=pink)
            y += line_h(nf)
            d.text((left, y), spaced(s["host"]), font=nf, fill=white)
            y += line_h(nf)
            d.text((left, y), PANEL_HOST_AFF, font=af, fill=grey)
            y += line_h(af) + 8
            d.text((left, y), "嘉　宾：", font=font(24, True), fill=pink)
            y += line_h(nf)
            for n, a in zip(s["speakers"], s["affiliations"]):
                d.text((left, y), spaced(n), font=nf, fill=white)
                y += line_h(nf)
                d.text((left, y), a, font=af, fill=grey)
                y += line_h(af) + 6
        else:
            d.text((left, y), "、".join(spaced(n) if len(s["speakers"]) == 1 else n
                                       for n in s["speakers"]), font=nf, fill=white)
            y += line_h(nf)
            d.text((left, y), "、".join(s["affiliations"]), font=af, fill=grey)
            y += line_h(af)
        y += 50
    return finish(img, y + 40, p["file"])


# ---------------------------------------------------------------------------
# 4. a table: 时间 | 议题 | 演讲嘉宾 | 单位
# ---------------------------------------------------------------------------

T_HOST, T_HOST_AFF = "贺晨", "南京大学"

TABLE = {
    "file": "table.png",
    "layout": "a ruled table with header row 时间 | 议题 | 演讲嘉宾 | 单位 under a "
              "forum heading and a '主持人：' line; times written '09:00—09:30'; "
              "one talk has two speakers 'A / B' with units 'X / Y'; the tea "
              "break row spans the last three columns",
    "date": "2025-11-22",
    "forums": [{
        "forum": "虚拟化与体系结构分论坛",
        "slots": [
            slot("talk", "09:00", "09:30", "KVM 在 RISC-V H 扩展上的支持进展",
                 ["刘洋"], ["中国科学院软件研究所"], T_HOST),
            slot("talk", "09:30", "10:00", "LoongArch 虚拟化中断控制器的设计",
                 ["杜宏伟"], ["龙芯中科技术股份有限公司"], T_HOST),
            slot("talk", "10:00", "10:30", "Confidential VMs on Arm CCA",
                 ["钟宇", "诸葛云"], ["Arm中国", "华为技术有限公司"], T_HOST),
            slot("break", "10:30", "10:50", "茶歇"),
            slot("talk", "10:50", "11:20", "vhost-user 网络性能调优实践",
                 ["郝静怡"], ["腾讯云"], T_HOST),
            slot("talk", "11:20", "11:50", "Intel TDX 虚拟机热迁移技术探索",
                 ["夏天"], ["英特尔亚太研发有限公司"], T_HOST),
            slot("talk", "11:50", "12:20", "虚拟机内存超分：balloon 与 free page reporting",
                 ["卢梦洁"], ["北京航空航天大学"], T_HOST),
        ],
    }],
}


def draw_table(p):
    img = Image.new("RGB", (W, 6000), (252, 250, 246))
    d = ImageDraw.Draw(img)
    red, dark, grey = (170, 30, 40), (30, 30, 35), (90, 90, 95)
    d.rectangle((0, 0, W, 250), fill=red)
    d.text((50, 50), "中国Linux内核开发者大会", font=font(50, True), fill="white")
    d.text((50, 135), "日期：2025/11/22    地点：西安电子科技大学", font=font(28), fill=(255, 220, 220))
    forum = p["forums"][0]
    y = 290
    d.text((50, y), forum["forum"], font=font(40, True), fill=red)
    y += 70
    d.text((50, y), "主持人：" + T_HOST + "（" + T_HOST_AFF + "）", font=font(26), fill=dark)
    y += 60
    cols = [("时间", 175), ("议题", 395), ("演讲嘉宾", 180), ("单位", 230)]
    x0 = 50
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    pad = 14
    hf = font(26, True)
    d.rectangle((xs[0], y, xs[-1], y + 60), fill=(60, 60, 70))
    for (name, w), x in zip(cols, xs):
        d.text((x + pad, y + 13), name, font=hf, fill="white")
    y += 60
    timef, tf, nf, uf = font(22, True), font(28, True), font(24), font(22)
    line = (200, 195, 190)
    for k, s in enumerate(forum["slots"]):
        tstr = s["start"] + "—" + s["end"]
        if s["kind"] == "break":
            h = 64
            d.rectangle((xs[0], y, xs[-1], y + h), fill=(240, 232, 220))
            d.text((xs[0] + pad, y + 18), tstr, font=timef, fill=grey)
            d.text((xs[1] + (xs[-1] - xs[1] - font(28, True).getlength(s["title"])) / 2, y + 12),
                   s["title"], font=font(28, True), fill=grey)
        else:
            tl = wrap(s["title"], tf, cols[1][1] - 2 * pad)
            nl = wrap(" / ".join(s["speakers"]), nf, cols[2][1] - 2 * pad)
            if len(s["affiliations"]) > 1:
                ul = []
                for j, a in enumerate(s["affiliations"]):
                    ul += wrap(a + (" /" if j < len(s["affiliations"]) - 1 else ""),
                               uf, cols[3][1] - 2 * pad)
            else:
                ul = wrap(s["affiliations"][0], uf, cols[3][1] - 2 * pad)
            h = max(len(tl) * line_h(tf), len(nl) * line_h(nf), len(ul) * line_h(uf),
                    line_h(timef)) + 2 * pad + 8
            if k % 2:
                d.rectangle((xs[0], y, xs[-1], y + h), fill=(245, 240, 234))
            d.text((xs[0] + pad, y + pad + 4), tstr, font=timef, fill=red)
            draw_lines(d, xs[1] + pad, y + pad, tl, tf, dark)
            draw_lines(d, xs[2] + pad, y + pad + 2, nl, nf, dark)
            draw_lines(d, xs[3] + pad, y + pad + 3, ul, uf, grey)
        d.line((xs[0], y + h, xs[-1], y + h), fill=line, width=2)
        for j, x in enumerate(xs):
            if s["kind"] == "break" and j in (2, 3):
                continue
            d.line((x, y, x, y + h), fill=line, width=2)
        y += h
    y += 40
    d.text((50, y), "* 议程如有调整，以现场为准", font=font(22), fill=grey)
    return finish(img, y + 70, p["file"])


# ---------------------------------------------------------------------------
# 5. two forums side by side; lunch spans both
# ---------------------------------------------------------------------------

LUNCH = slot("break", "12:00", "13:30", "午餐 Lunch")

SIDE = {
    "file": "two-forums-side.png",
    "layout": "two forums printed side by side in two columns, each with its own "
              "heading; times written '上午 10:40—11:20' / '下午 13:30—14:10' above "
              "each title, name line then affiliation line; a lunch row spans "
              "both columns (listed in both forums here)",
    "date": "2026-11-07",
    "forums": [
        {"forum": "分论坛A 内存与存储",
         "slots": [
             slot("talk", "10:40", "11:20", "CXL 内存池化的内核支持",
                  ["欧阳晨"], ["英特尔（中国）有限公司"]),
             slot("talk", "11:20", "12:00", "Btrfs RAID5/6 stability improvements",
                  ["宋佳宁"], ["SUSE"]),
             LUNCH,
             slot("talk", "13:30", "14:10", "基于持久内存的日志结构文件系统",
                  ["司马琳"], ["上海交通大学"]),
             slot("talk", "14:10", "14:50", "Folio 化的 page cache 回收路径",
                  ["田野"], ["OPPO广东移动通信有限公司"]),
         ]},
        {"forum": "分论坛B 安全与工具链",
         "slots": [
             slot("talk", "10:40", "11:20", "Rust for Linux 驱动开发实践",
                  ["方舟"], ["Red Hat"]),
             slot("talk", "11:20", "12:00", "Kmalloc 随机化与堆喷攻击防护",
                  ["龚瑞"], ["清华大学网络科学与网络空间研究院"]),
             LUNCH,
             slot("talk", "13:30", "14:10", "Clang CFI 在内核中的落地",
                  ["上官瑶"], ["华为技术有限公司"]),
             slot("talk", "14:10", "14:50", "用 eBPF LSM 实现容器安全策略",
                  ["贾晓东"], ["蚂蚁集团"]),
         ]},
    ],
}


def draw_side(p):
    img = Image.new("RGB", (W, 6000), (250, 248, 240))
    d = ImageDraw.Draw(img)
    green, dark, grey = (20, 110, 80), (25, 35, 30), (100, 110, 105)
    hdr = Image.new("RGB", (W, 280))
    vgradient(hdr, (20, 110, 80), (40, 150, 110))
    img.paste(hdr, (0, 0))
    d.text((50, 50), "Linux 内核技术峰会", font=font(52, True), fill="white")
    d.text((50, 135), "2026.11.07 · 上海 · 复旦大学张江校区", font=font(30), fill=(220, 250, 235))
    d.text((50, 190), "分论坛议程 Parallel Sessions", font=font(26), fill=(200, 240, 220))
    cw, mx, gap = 480, 40, 40
    xs = [mx, mx + cw + gap]
    y = 320
    hf = font(32, True)
    hh = 0
    for x, f in zip(xs, p["forums"]):
        hl = wrap(f["forum"], hf, cw - 40)
        hh = max(hh, len(hl) * line_h(hf) + 30)
    for x, f in zip(xs, p["forums"]):
        d.rounded_rectangle((x, y, x + cw, y + hh), 12, fill=green)
        draw_lines(d, x + 20, y + 12, wrap(f["forum"], hf, cw - 40), hf, "white")
    d.line((W // 2, y + hh + 20, W // 2, 5000), fill=(220, 215, 200), width=2)
    y += hh + 40
    timef, tf, nf, af = font(24, True), font(28, True), font(24, True), font(22)

    def block(x, y, s, part):
        d.text((x, y), part + " " + s["start"] + "—" + s["end"], font=timef, fill=green)
        y += line_h(timef) + 2
        y = draw_lines(d, x, y, wrap(s["title"], tf, cw - 10), tf, dark)
        y += 4
        for n, a in zip(s["speakers"], s["affiliations"]):
            d.text((x, y), n, font=nf, fill=dark)
            y += line_h(nf)
            y = draw_lines(d, x, y, wrap(a, af, cw - 10), af, grey)
        return y + 36

    nrows = len(p["forums"][0]["slots"])
    for r in range(nrows):
        s0 = p["forums"][0]["slots"][r]
        if s0["kind"] == "break":
            d.rectangle((0, y, W, y + 76), fill=(250, 248, 240))
            d.rounded_rectangle((mx, y, W - mx, y + 76), 14, fill=(255, 225, 160))
            t = s0["start"] + "—" + s0["end"] + "    " + s0["title"]
            f = font(30, True)
            d.text(((W - f.getlength(t)) / 2, y + 16), t, font=f, fill=(120, 70, 0))
            y += 76 + 40
            continue
        part = "上午" if s0["start"] < "12:00" else "下午"
        y = max(block(x, y, f["slots"][r], part) for x, f in zip(xs, p["forums"]))
    d.rectangle((0, y, W, 6000), fill=(250, 248, 240))
    return finish(img, y + 40, p["file"])


def main():
    posters = [(CARDS, draw_cards), (TIMELINE, draw_timeline), (DARK, draw_dark),
               (TABLE, draw_table), (SIDE, draw_side)]
    for p, fn in posters:
        fn(p)
    truth = {"written": "2026-12-03", "by": "a helper that had not read the code",
             "posters": [p for p, _ in posters]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for p, _ in posters:
        print(p["file"], sum(len(f["slots"]) for f in p["forums"]))


if __name__ == "__main__":
    main()
