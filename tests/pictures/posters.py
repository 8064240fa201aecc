"""Synthetic agenda posters with known truth: one per layout class the poster reader must read.

The real posters are two years of one design; a poster nobody here has seen
(the held-out year) prints the same facts in another geometry. Each function
below draws one layout class with Pillow and Noto Sans CJK (`fonts-noto-cjk`)
and returns its PNG with the schedule it prints, in the reader's own records,
so a test can OCR the picture for real and compare `agenda.parse` field by
field. Everything is drawn from a seeded random generator: the same code and
font give the same picture, byte for byte.

The truth follows the reader's conventions: forum names as printed with spaces
removed; a break (茶歇, 午餐) is a slot of kind "break" titled as printed; an
opening is "ceremony"; a panel is "panel" and its speakers are everyone
printed under it, the moderator first, then the guests; an affiliation is the
whole text printed with the name (organisation and role). A poster that covers
two days dates the schedule by its first day and gives each forum's day in
`days`, which the records have no field for.

    python tests/pictures/posters.py DIR       # write each poster to DIR/<layout>.png
    python tests/pictures/posters.py --record  # re-record tests/data/synthetic_poster_boxes.json
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from clkarchive.pictures.agenda.records import Forum, Schedule, Slot

FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")
SC = 2  # the Simplified Chinese face inside Noto's .ttc collections
BOXES = Path(__file__).resolve().parent.parent / "data" / "synthetic_poster_boxes.json"
YEAR = 2025

# Titles as kernel conferences print them: Chinese, English, mixed, with full-width punctuation.
TITLES = (
    "基于eBPF的内核热补丁安全验证",
    "面向数据中心的内存分层与冷页迁移实践",
    "Scaling the page allocator on large NUMA machines",
    "io_uring在高性能存储服务中的应用",
    "RISC-V架构下的虚拟化中断直通方案",
    "大页内存：从THP到mTHP的演进",
    "Rust for Linux驱动开发实践",
    "调度器的能效优化与EAS改进",
    "Reducing lock contention in the VFS layer",
    "容器场景下的cgroup内存隔离增强",
    "EROFS镜像按需加载的设计与实现",
    "KVM热迁移的脏页跟踪优化",
    "A new approach to kernel memory tracing",
    "内核模糊测试在驱动漏洞发现中的应用",
    "基于CXL的内存池化方案与性能评估",
    "Btrfs在移动设备上的空间回收优化",
    "实时内核PREEMPT_RT的落地经验",
    "页缓存回收策略的再思考",
    "Live patching for the arm64 kernel",
    "网络协议栈的零拷贝发送优化",
    "操作系统内核中的形式化验证探索",
    "LoongArch平台的内核性能调优",
    "文件系统崩溃一致性的自动化测试",
    "Improving swap performance with zswap",
    "内核锁的自适应自旋优化",
    "虚拟机内存超分的透明压缩方案",
    "基于sched_ext的可编程调度实践",
    "Folio conversion in the filesystem layer",
    "龙芯平台上的KVM性能改进",
    "内核代码静态分析工具链建设",
)
PANELS = (
    "圆桌讨论：国产操作系统内核的机遇与挑战",
    "圆桌讨论：开源社区如何培养下一代内核开发者",
)
# Names: two characters, three, and double surnames (欧阳, 司马, 上官).
NAMES = (
    "王磊", "李娜", "刘洋", "张伟", "陈晨", "杨帆", "陈晓东", "赵思远", "孙嘉豪", "周婷婷", "吴俊杰",
    "郑海涛", "黄文博", "林雨桐", "徐明辉", "马志强", "胡晓峰", "何嘉琪", "高建国", "罗文静",
    "欧阳子健", "司马晴", "上官文静", "梁振宇", "宋佳怡", "谢宏伟", "韩雪", "冯立新", "曹宇航", "彭博",
)  # fmt: skip
ORGANISATIONS = (
    "华为OS内核实验室", "阿里云操作系统团队", "字节跳动STE团队", "腾讯云虚拟化团队", "清华大学计算机系",
    "浙江大学网络空间安全学院", "中国科学院软件研究所", "龙芯中科", "OPPO内核团队", "vivo系统软件部",
    "蚂蚁集团", "麒麟软件", "统信软件", "上海交通大学IPADS实验室", "英特尔中国软件中心", "北京大学",
    "华中科技大学", "鹏城实验室", "中兴通讯", "小米澎湃OS团队",
)  # fmt: skip
ROLES = ("高级工程师", "内核开发工程师", "副教授", "博士研究生", "技术专家", "架构师", "研究员", "")


@dataclass(frozen=True)
class Poster:
    layout: str
    png: bytes
    truth: Schedule
    days: tuple[tuple[str, str], ...] = ()  # (forum, "YYYY-MM-DD") when the poster covers two days

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.png).hexdigest()


@dataclass(frozen=True)
class Person:
    name: str
    affiliation: str  # organisation and role, as printed beside the name


# Drawing


@functools.cache
def font_file(bold: bool) -> Path:
    """Noto Sans CJK's collection; a test without it is skipped (`fonts-noto-cjk`)."""
    name = "NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc"
    for folder in FONT_DIRS:
        found = sorted(folder.rglob(name)) if folder.is_dir() else []
        if found:
            return found[0]
    raise FileNotFoundError(f"{name} not found: install fonts-noto-cjk")


def fonts_available() -> bool:
    try:
        font_file(False), font_file(True)
    except FileNotFoundError:
        return False
    return True


@functools.cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_file(bold)), size, index=SC)


# A Latin word (with what follows it up to a space) is never cut; Chinese breaks between any two characters.
_TOKENS = re.compile(r"[A-Za-z0-9_\-./&+]+\s*|\S\s*")


class Sheet:
    """A poster being drawn: a tall canvas cut to what was drawn on it."""

    def __init__(self, width: int, background: str, height: int = 4000) -> None:
        self.image = Image.new("RGB", (width, height), background)
        self.pen = ImageDraw.Draw(self.image)
        self.width = width

    def text(self, x: float, y: float, text: str, size: int, fill: str, bold: bool = False) -> float:
        """Draws one run with its top-left at (x, y); returns its right edge."""
        self.pen.text((x, y), text, font=font(size, bold), fill=fill)
        return x + self.measure(text, size, bold)

    def centred(
        self, y: float, text: str, size: int, fill: str, bold: bool = False, x0: float = 0, x1: float = 0
    ) -> None:
        x1 = x1 or self.width
        self.text((x0 + x1 - self.measure(text, size, bold)) / 2, y, text, size, fill, bold)

    @staticmethod
    def measure(text: str, size: int, bold: bool = False) -> float:
        return font(size, bold).getlength(text)

    def wrap(self, text: str, size: int, width: float, bold: bool = False) -> list[str]:
        lines: list[str] = []
        line = ""
        for token in _TOKENS.findall(text):
            # Punctuation that closes or separates is never the first of a line.
            if (
                line
                and token[0] not in "、，。）)：:"
                and self.measure((line + token).rstrip(), size, bold) > width
            ):
                lines.append(line.rstrip())
                line = token
            else:
                line += token
        return [*lines, line.rstrip()]

    def paragraph(
        self, x: float, y: float, text: str, size: int, fill: str, width: float, bold: bool = False
    ) -> float:
        """Draws wrapped text; returns the y under it."""
        for line in self.wrap(text, size, width, bold):
            self.text(x, y, line, size, fill, bold)
            y += round(size * 1.45)
        return y

    def box(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        fill: str,
        radius: int = 0,
        outline: str | None = None,
    ) -> None:
        self.pen.rounded_rectangle((x0, y0, x1, y1), radius=radius, fill=fill, outline=outline, width=2)

    def png(self, bottom: float) -> bytes:
        out = io.BytesIO()
        self.image.crop((0, 0, self.width, round(bottom))).save(out, "PNG", optimize=True)
        return out.getvalue()


# What a poster says


class Pool:
    """Titles and people drawn without repeats, so no two talks of a poster look alike."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._titles = iter(rng.sample(TITLES, len(TITLES)))
        self._names = iter(rng.sample(NAMES, len(NAMES)))

    def title(self) -> str:
        return next(self._titles)

    def person(self, role: bool = True) -> Person:
        organisation = self.rng.choice(ORGANISATIONS)
        return Person(next(self._names), organisation + (self.rng.choice(ROLES) if role else ""))

    def talk(self, start: int, minutes: int, speakers: int = 1) -> tuple[Slot, list[Person]]:
        people = [self.person() for _ in range(speakers)]
        return slot("talk", start, minutes, self.title(), people), people


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def at(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def slot(kind: str, start: int, minutes: int, title: str, people: Sequence[Person] = ()) -> Slot:
    return Slot(
        kind,
        clock(start),
        clock(start + minutes),
        title,
        tuple(p.name for p in people),
        tuple(p.affiliation for p in people),
    )


def span(s: Slot, dash: str = "-") -> str:
    return f"{s.start}{dash}{s.end}"


def header(sheet: Sheet, band: str, ink: str, date: str, place: str, y: float = 0) -> float:
    """The conference's band: name, date and place; returns the y under it."""
    sheet.box(0, y, sheet.width, y + 150, band)
    sheet.text(40, y + 22, "第二十届中国Linux内核开发者大会", 34, ink, bold=True)
    sheet.text(40, y + 84, date, 24, ink)
    sheet.text(40 + sheet.measure(date, 24) + 48, y + 84, f"地点：{place}", 24, ink)
    return y + 180


# Layouts


def time_left() -> Poster:
    """CLK2023/2024's full agenda: the time in a left column, the title to its right, one line per
    speaker below it with the name and, apart in smaller type, the affiliation."""
    rng = random.Random(1)
    pool = Pool(rng)
    sheet = Sheet(900, "#0b1530")
    y = header(sheet, "#13224a", "#e8f1ff", "2025年11月8日", "杭州国际博览中心")
    forum = "内存管理分论坛"
    sheet.text(40, y, forum, 34, "#ffffff", bold=True)
    y += 60
    sheet.box(40, y, 860, y + 6, "#19e0d0")
    y += 30
    slots: list[Slot] = [slot("ceremony", at("13:30"), 10, "开场")]
    people: list[list[Person]] = [[]]
    start = at("13:40")
    for speakers, minutes in ((1, 30), (2, 30), (1, 40), (1, 30), (3, 30)):
        talk, who = pool.talk(start, minutes, speakers)
        slots.append(talk)
        people.append(who)
        start += minutes
    top = y
    for s, who in zip(slots, people, strict=True):
        sheet.text(40, y + 2, span(s), 24, "#ffffff", bold=True)
        y = sheet.paragraph(240, y, s.title, 26, "#19e0d0", 620, bold=True) + 4
        for p in who:
            right = sheet.text(240, y, p.name, 24, "#ffffff")
            sheet.text(right + 28, y + 6, p.affiliation, 18, "#6aa8ff")
            y += 40
        y += 30
    sheet.box(214, top, 216, y - 20, "#2a5db0")
    schedule = Schedule(
        "synthetic/time_left.png", "2025-11-08", "杭州国际博览中心", (Forum(forum, slots=tuple(slots)),)
    )
    return Poster("time_left", sheet.png(y + 20), schedule)


def forum_table() -> Poster:
    """A full agenda as a table: a time column, then one column per forum side by side; a break
    row spans them all (each forum's programme has the break)."""
    rng = random.Random(2)
    pool = Pool(rng)
    forums = ("内存管理分论坛", "存储与文件系统分论坛", "虚拟化与安全分论坛")
    sheet = Sheet(1190, "#ffffff")
    y = header(sheet, "#1d2b53", "#ffffff", "11月8日", "杭州国际博览中心")
    left, time_width, column = 30, 140, 330
    edges = [left + time_width + k * column for k in range(len(forums) + 1)]
    sheet.box(left, y, edges[-1], y + 56, "#2f5fd0")
    sheet.text(left + 24, y + 14, "时间", 22, "#ffffff", bold=True)
    for k, name in enumerate(forums):
        sheet.centred(y + 14, name, 22, "#ffffff", bold=True, x0=edges[k], x1=edges[k + 1])
    y += 56
    rows: list[tuple[int, int, bool]] = [(at("14:00"), 30, False), (at("14:30"), 30, False)]
    rows += [(at("15:00"), 20, True), (at("15:20"), 40, False), (at("16:00"), 30, False)]
    programmes: list[list[Slot]] = [[] for _ in forums]
    for start, minutes, is_break in rows:
        top = y
        if is_break:
            sheet.box(left, y, edges[-1], y + 52, "#eef2f8")
            s = slot("break", start, minutes, "茶歇")
            sheet.text(left + 14, y + 14, span(s), 20, "#1d2b53", bold=True)
            sheet.centred(y + 12, "茶歇", 22, "#555555", x0=edges[0], x1=edges[-1])
            for programme in programmes:
                programme.append(s)
            y += 52
        else:
            bottom = y
            for k, programme in enumerate(programmes):
                talk, who = pool.talk(start, minutes, 1 + (rng.random() < 0.25))
                programme.append(talk)
                cell = sheet.paragraph(
                    edges[k] + 14, y + 12, talk.title, 20, "#1a1a1a", column - 28, bold=True
                )
                for p in who:
                    sheet.text(edges[k] + 14, cell + 4, p.name, 19, "#2f5fd0", bold=True)
                    sheet.text(edges[k] + 14, cell + 32, p.affiliation, 16, "#666666")
                    cell += 58
                bottom = max(bottom, cell + 12)
            sheet.text(left + 14, y + 14, span(programme[-1]), 20, "#1d2b53", bold=True)
            y = bottom
        for x in (left, *edges):
            sheet.box(x, top, x + 1, y, "#c8d0e0")
        sheet.box(left, y, edges[-1], y + 1, "#c8d0e0")
    schedule = Schedule(
        "synthetic/forum_table.png",
        "2025-11-08",
        "杭州国际博览中心",
        tuple(Forum(name, slots=tuple(p)) for name, p in zip(forums, programmes, strict=True)),
    )
    return Poster("forum_table", sheet.png(y + 30), schedule)


def time_between() -> Poster:
    """The layout the reader had never seen: each talk centred, its title on the line above the
    time range and a "name affiliation" line below it, in one run of text; a break and a panel
    printed the same way (the panel's guests on one line, each with the company in brackets)."""
    rng = random.Random(3)
    pool = Pool(rng)
    sheet = Sheet(900, "#fbf7ef")
    y = header(sheet, "#7a1f2b", "#fff4e0", "2025年11月8日", "杭州国际博览中心")
    forum = "调度与性能分论坛"
    sheet.centred(y, forum, 34, "#7a1f2b", bold=True)
    y += 80
    slots: list[Slot] = []
    start = at("09:30")
    plan = ("talk", "talk", "break", "talk", "talk", "panel")
    for kind in plan:
        if kind == "break":
            s = slot("break", start, 15, "茶歇")
            lines = ""
        elif kind == "panel":
            guests = [pool.person(role=False) for _ in range(3)]
            s = slot("panel", start, 40, rng.choice(PANELS), guests)
            lines = "嘉宾：" + "、".join(f"{p.name}（{p.affiliation}）" for p in guests)
        else:
            s, who = pool.talk(start, rng.choice((20, 30)))
            lines = f"{who[0].name} {who[0].affiliation}"
        slots.append(s)
        start = at(s.end or "")
        for line in sheet.wrap(s.title, 28, 800, bold=True):
            sheet.centred(y, line, 28, "#222222", bold=True)
            y += 42
        sheet.centred(y + 2, span(s, " - "), 22, "#c0392b", bold=True)
        y += 40
        if lines:
            for line in sheet.wrap(lines, 22, 800):
                sheet.centred(y, line, 22, "#444444")
                y += 34
        y += 34
    schedule = Schedule(
        "synthetic/time_between.png", "2025-11-08", "杭州国际博览中心", (Forum(forum, slots=tuple(slots)),)
    )
    return Poster("time_between", sheet.png(y + 10), schedule)


LAYOUTS: dict[str, Callable[[], Poster]] = {
    "time_left": time_left,
    "forum_table": forum_table,
    "time_between": time_between,
}


@functools.cache
def poster(layout: str) -> Poster:
    return LAYOUTS[layout]()


def posters() -> Iterator[Poster]:
    return (poster(name) for name in LAYOUTS)


# Comparing a reading with the truth


def normal(text: str) -> str:
    """Full-width punctuation as ASCII and no whitespace: OCR drops spaces between English words."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@dataclass
class Score:
    """Of a poster's slots: how many the reader got whole, and its speakers and times right."""

    slots: int = 0
    speakers: int = 0
    times: int = 0
    affiliations: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)


def compare(truth: Schedule, read: Schedule) -> Score:
    """Each true slot against the read slot of the same forum with the same title, else at the same place."""
    score = Score()
    forums = {normal(f.name): f for f in read.forums}
    for k, want in enumerate(truth.forums):
        have = forums.get(normal(want.name)) or (read.forums[k] if k < len(read.forums) else Forum(""))
        if normal(have.name) != normal(want.name):
            score.wrong.append(f"forum {want.name!r}: read as {have.name!r}")
        titled = {normal(s.title): s for s in have.slots}
        for n, s in enumerate(want.slots):
            got = titled.get(normal(s.title)) or (have.slots[n] if n < len(have.slots) else None)
            score.total += 1
            if got is None:
                score.wrong.append(f"{want.name} {s.start} {s.title!r}: missing")
                continue
            times = (got.start, got.end) == (s.start, s.end)
            speakers = got.speakers == s.speakers
            same = times and speakers and got.kind == s.kind and normal(got.title) == normal(s.title)
            score.times += times
            score.speakers += speakers
            score.slots += same
            score.affiliations += [normal(a) for a in got.affiliations] == [normal(a) for a in s.affiliations]
            if not same:
                score.wrong.append(
                    f"{want.name}: want {s.kind} {s.start}-{s.end} {s.title!r} {s.speakers}; "
                    f"read {got.kind} {got.start}-{got.end} {got.title!r} {got.speakers}"
                )
        if len(have.slots) > len(want.slots):
            score.wrong.append(f"{want.name}: {len(have.slots) - len(want.slots)} slots more than printed")
    return score


def main(args: list[str]) -> None:
    if args == ["--record"]:
        from clkarchive.pictures.ocr import read_image

        recorded = {
            p.layout: {
                "sha256": p.digest,
                "boxes": [[b.text, b.x0, b.y0, b.x1, b.y1, b.confidence] for b in read_image(p.png)],
            }
            for p in posters()
        }
        BOXES.write_text(json.dumps(recorded, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {BOXES}")
        return
    out = Path(args[0] if args else ".")
    out.mkdir(parents=True, exist_ok=True)
    for p in posters():
        (out / f"{p.layout}.png").write_bytes(p.png)
        print(out / f"{p.layout}.png")


if __name__ == "__main__":
    main(sys.argv[1:])
