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
opening nobody gives is "ceremony", an address a person gives (开幕致辞) a "talk";
a panel is "panel" and its speakers are everyone printed under it, the moderator
first, then the guests; an affiliation is the whole text printed with the name
(organisation and role). A poster that covers
two days dates the schedule by its first day and gives each forum's day in
`days`, which the records have no field for.

    python tests/pictures/posters.py DIR       # write each poster to DIR/<layout>.png
    python tests/pictures/posters.py --record  # re-record tests/data/synthetic_poster_boxes.json
"""

from __future__ import annotations

import dataclasses
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

from PIL import Image
from poster_kit import (
    ORGANISATIONS,
    PANELS,
    TITLES,
    Person,
    Pool,
    Sheet,
    affiliation,
    at,
    clock,
    header,
    slot,
    span,
)

from clkarchive.pictures.agenda.records import Forum, Schedule, Slot
from clkarchive.pictures.ocr import OcrBox, box_of, box_row, read_image

BOXES = Path(__file__).resolve().parent.parent / "data" / "synthetic_poster_boxes.json"
YEAR = 2025


@dataclass(frozen=True)
class Poster:
    layout: str
    png: bytes
    truth: Schedule
    days: tuple[tuple[str, str], ...] = ()  # (forum, "YYYY-MM-DD") when the poster covers two days

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.png).hexdigest()


# Layouts


@dataclass(frozen=True)
class Entry:
    """A slot as a timeline prints it: its title, then a line per person."""

    slot: Slot
    people: tuple[Person, ...] = ()
    glued: bool = False  # the name and its affiliation in one run of text, same type
    # A label line (主持人：, 嘉宾：) before the person at that index.
    labels: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class Style:
    background: str
    time: str
    title: str
    name: str
    affiliation: str
    rule: str
    label: str = "#e040c0"
    band: str | None = None  # breaks on a tinted band
    dash: str = "-"
    time_size: int = 24
    title_size: int = 26
    name_size: int = 24
    affiliation_size: int = 18
    gap: int = 28  # between a name and its affiliation printed apart


def entries(pool: Pool, start: int, plan: Sequence[tuple[int, int]]) -> list[list[Entry]]:
    """Rows of talks: (minutes, speakers) each, one after the other from `start`."""
    rows = []
    for minutes, speakers in plan:
        talk, who = pool.talk(start, minutes, speakers)
        rows.append([Entry(talk, tuple(who))])
        start += minutes
    return rows


def timeline(sheet: Sheet, y: float, style: Style, rows: Sequence[Sequence[Entry]]) -> float:
    """The time in a left column, once per row; each entry's title to its right and its people
    under it; returns the y under the last row."""
    top, text_x, width = y, 240, sheet.width - 280
    for row in rows:
        first = row[0].slot
        if first.kind == "break" and style.band:
            sheet.box(24, y - 12, sheet.width - 24, y + style.title_size + 18, style.band, radius=8)
        sheet.text(40, y + 2, span(first, style.dash), style.time_size, style.time, bold=True)
        for entry in row:
            y = (
                sheet.paragraph(text_x, y, entry.slot.title, style.title_size, style.title, width, bold=True)
                + 4
            )
            labels = dict(entry.labels)
            for k, person in enumerate(entry.people):
                if k in labels:
                    sheet.text(text_x, y, labels[k], style.name_size, style.label, bold=True)
                    y += style.name_size + 16
                if entry.glued:
                    sheet.text(text_x, y, person.name + person.affiliation, style.name_size, style.name)
                else:
                    right = sheet.text(text_x, y, person.name, style.name_size, style.name)
                    drop = (style.name_size - style.affiliation_size) * 0.8
                    size, ink = style.affiliation_size, style.affiliation
                    sheet.text(right + style.gap, y + drop, person.affiliation, size, ink)
                y += style.name_size + 16
            y += 8
        y += 26
    sheet.box(text_x - 26, top, text_x - 24, y - 26, style.rule)
    return y


def one_forum(layout: str, forum: str, slots: Sequence[Slot], date: str | None = "2025-11-08") -> Schedule:
    return Schedule(f"synthetic/{layout}.png", date, "杭州国际博览中心", (Forum(forum, slots=tuple(slots)),))


def flat(rows: Sequence[Sequence[Entry]]) -> list[Slot]:
    return [entry.slot for row in rows for entry in row]


def time_left() -> Poster:
    """CLK2023/2024's full agenda: the time in a left column, the title to its right, one line per
    speaker below it with the name and, apart in smaller type, the affiliation."""
    pool = Pool(random.Random(1))
    style = Style("#0b1530", "#ffffff", "#19e0d0", "#ffffff", "#6aa8ff", "#2a5db0")
    sheet = Sheet(900, style.background)
    y = header(sheet, "#13224a", "#e8f1ff", "2025年11月8日", "杭州国际博览中心")
    forum = "内存管理分论坛"
    sheet.text(40, y, forum, 34, "#ffffff", bold=True)
    sheet.box(40, y + 60, 860, y + 66, "#19e0d0")
    rows = [[Entry(slot("ceremony", at("13:30"), 10, "开场"))]]
    rows += entries(pool, at("13:40"), ((30, 1), (30, 2), (40, 1), (30, 1), (30, 3)))
    y = timeline(sheet, y + 96, style, rows)
    return Poster("time_left", sheet.png(y), one_forum("time_left", forum, flat(rows)))


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


def shared_slot() -> Poster:
    """Two talks in one slot (CLK2023's parallel talks): the time printed once, then each talk's
    title and speakers in turn."""
    rng = random.Random(4)
    pool = Pool(rng)
    style = Style("#f4f8ff", "#0f4c81", "#0f4c81", "#222222", "#5a6b80", "#9db8d8")
    sheet = Sheet(900, style.background)
    y = header(sheet, "#0f4c81", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forum = "云原生与虚拟化分论坛"
    sheet.text(40, y, forum, 32, "#0f4c81", bold=True)
    rows: list[list[Entry]] = []
    start = at("13:30")
    for minutes, speakers in ((30, (1,)), (40, (1, 1)), (30, (1,)), (30, (2, 1)), (30, (1,))):
        row = []
        for count in speakers:
            talk, who = pool.talk(start, minutes, count)
            row.append(Entry(talk, tuple(who)))
        rows.append(row)
        start += minutes
    y = timeline(sheet, y + 76, style, rows)
    return Poster("shared_slot", sheet.png(y), one_forum("shared_slot", forum, flat(rows)))


def session_hosts() -> Poster:
    """Two sessions, each under its heading with a host line (主持人：name, then the affiliation in
    smaller type), and each talk on a card: the time in a pill, the title, the speakers."""
    rng = random.Random(5)
    pool = Pool(rng)
    sheet = Sheet(900, "#1536c8")
    y = header(sheet, "#0b1f7a", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forums = []
    start = at("09:00")
    for name, plan in (
        ("主论坛", ("talk", "talk", "talk")),
        ("安全与可信分论坛", ("talk", "break", "talk", "talk")),
    ):
        host = pool.person()
        sheet.text(40, y, name, 34, "#ffffff", bold=True)
        right = sheet.text(40, y + 58, f"主持人：{host.name}", 22, "#ffe066", bold=True)
        sheet.text(right + 24, y + 62, host.affiliation, 18, "#cfe0ff")
        y += 110
        slots = []
        for kind in plan:
            if kind == "break":
                s, who = slot("break", start, 20, "茶歇"), []
            else:
                s, people = pool.talk(start, rng.choice((30, 40)), 1 + (rng.random() < 0.3))
                who = people
            slots.append(s)
            start = at(s.end or "")
            lines = sheet.wrap(s.title, 24, 760, bold=True)
            height = 78 + 36 * len(lines) + 36 * len(who) + 12
            sheet.box(40, y, 860, y + height, "#eaf0ff", radius=16)
            sheet.box(60, y + 18, 250, y + 58, "#ff8a00", radius=20)
            sheet.centred(y + 23, span(s), 22, "#ffffff", bold=True, x0=60, x1=250)
            inner = y + 74
            for line in lines:
                sheet.text(60, inner, line, 24, "#10204f", bold=True)
                inner += 36
            for person in who:
                right = sheet.text(60, inner + 4, person.name, 22, "#1536c8", bold=True)
                sheet.text(right + 22, inner + 7, person.affiliation, 18, "#505a70")
                inner += 36
            y += height + 22
        forums.append(Forum(name, host.name, host.affiliation, tuple(slots)))
        start = at("13:30")
        y += 30
    schedule = Schedule("synthetic/session_hosts.png", "2025-11-08", "杭州国际博览中心", tuple(forums))
    return Poster("session_hosts", sheet.png(y), schedule)


def panel() -> Poster:
    """A panel among talks: its title, a 主持人： label and the moderator, a 嘉宾： label and one line
    per guest; its speakers are all of them, the moderator first."""
    rng = random.Random(6)
    pool = Pool(rng)
    style = Style("#1b1035", "#ffffff", "#ffd166", "#ffffff", "#b8a9e6", "#6c4bd1", label="#ff6fb5")
    sheet = Sheet(900, style.background)
    y = header(sheet, "#2c1a5a", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forum = "开源生态分论坛"
    sheet.text(40, y, forum, 32, "#ffffff", bold=True)
    rows = entries(pool, at("14:00"), ((30, 1), (30, 1)))
    people = (pool.person(), *(pool.person() for _ in range(4)))
    rows.append(
        [
            Entry(
                slot("panel", at("15:00"), 45, rng.choice(PANELS), people),
                people,
                labels=((0, "主持人："), (1, "嘉宾：")),
            )
        ]
    )
    rows += entries(pool, at("15:45"), ((30, 1),))
    y = timeline(sheet, y + 76, style, rows)
    return Poster("panel", sheet.png(y), one_forum("panel", forum, flat(rows)))


def breaks_lunch() -> Poster:
    """A whole day: talks, a tea break and lunch on tinted bands, the afternoon's talks."""
    pool = Pool(random.Random(7))
    style = Style("#ffffff", "#0e6b50", "#13322a", "#13322a", "#5f7a70", "#9fd3bf", band="#e6f4ee")
    sheet = Sheet(900, style.background)
    y = header(sheet, "#0e6b50", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forum = "综合分论坛"
    sheet.text(40, y, forum, 32, "#0e6b50", bold=True)
    rows = entries(pool, at("09:00"), ((30, 1), (30, 1)))
    rows += [[Entry(slot("break", at("10:00"), 20, "茶歇"))]]
    rows += entries(pool, at("10:20"), ((40, 1), (30, 2)))
    rows += [[Entry(slot("break", at("11:30"), 120, "午餐"))]]
    rows += entries(pool, at("13:30"), ((30, 1), (30, 1)))
    rows += [[Entry(slot("break", at("14:30"), 15, "茶歇"))]]
    rows += entries(pool, at("14:45"), ((30, 1),))
    y = timeline(sheet, y + 76, style, rows)
    return Poster("breaks_lunch", sheet.png(y), one_forum("breaks_lunch", forum, flat(rows)))


def two_days() -> Poster:
    """Two days on one poster, each under a date heading, each with its forum."""
    pool = Pool(random.Random(8))
    style = Style("#102a43", "#ffffff", "#7fdbff", "#ffffff", "#9fb3c8", "#334e68", dash=" - ")
    sheet = Sheet(900, style.background)
    y = header(sheet, "#243b53", "#ffffff", "2025年11月8日-9日", "杭州国际博览中心")
    forums = []
    days = (
        ("第一天 11月8日（周六）", "2025-11-08", "主论坛"),
        ("第二天 11月9日（周日）", "2025-11-09", "内核调试分论坛"),
    )
    for heading, _, name in days:
        sheet.box(0, y, sheet.width, y + 64, "#f0b429")
        sheet.text(40, y + 12, heading, 28, "#102a43", bold=True)
        sheet.text(40, y + 90, name, 30, "#ffffff", bold=True)
        rows = entries(pool, at("09:30"), ((30, 1), (30, 2), (40, 1)))
        y = timeline(sheet, y + 160, style, rows) + 10
        forums.append(Forum(name, slots=tuple(flat(rows))))
    schedule = Schedule("synthetic/two_days.png", "2025-11-08", "杭州国际博览中心", tuple(forums))
    return Poster("two_days", sheet.png(y), schedule, days=tuple((name, date) for _, date, name in days))


def name_runs() -> Poster:
    """Names in the same run of text as their affiliation (王磊华为OS内核实验室高级工程师), beside
    names printed apart from it: two-character, three-character and double-surname names both ways."""
    rng = random.Random(9)
    pool = Pool(rng)
    style = Style("#fffdf8", "#d35400", "#3b2a1a", "#3b2a1a", "#8a7560", "#f0c8a0", gap=56)
    sheet = Sheet(900, style.background)
    y = header(sheet, "#d35400", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forum = "文件系统与存储分论坛"
    sheet.text(40, y, forum, 32, "#d35400", bold=True)
    plan = (
        (("王磊",), True),
        (("陈晓东",), False),
        (("欧阳子健",), True),
        (("赵思远", "司马晴"), True),
        (("李娜",), False),
        (("上官文静",), False),
        (("黄文博",), True),
    )
    rows = []
    start = at("14:00")
    for names, glued in plan:
        people = tuple(Person(n, affiliation(rng)) for n in names)
        talk = slot("talk", start, 30, pool.title(), people)
        rows.append([Entry(talk, people, glued=glued)])
        start += 30
    y = timeline(sheet, y + 76, style, rows)
    return Poster("name_runs", sheet.png(y), one_forum("name_runs", forum, flat(rows)))


def cards_grid() -> Poster:
    """Talks on cards in a grid of two columns, read row by row: a time badge at each card's
    top-right, the title, then "name · affiliation" in one run; a break on a strip across both."""
    rng = random.Random(10)
    pool = Pool(rng)
    sheet = Sheet(1000, "#f3f5fa")
    y = header(sheet, "#1f3c88", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forum = "内存与调度分论坛"
    sheet.text(40, y, forum, 32, "#1f3c88", bold=True)
    y += 80
    slots: list[Slot] = []
    start = at("13:30")
    width, gap = 440, 40
    for row in (("talk", "talk"), ("talk",), ("break",), ("talk", "talk"), ("talk", "talk")):
        if row == ("break",):
            s = slot("break", start, 20, "茶歇")
            sheet.box(40, y, 40 + 2 * width + gap, y + 56, "#ffe9cc", radius=10)
            sheet.text(64, y + 14, span(s), 22, "#c25e00", bold=True)
            sheet.text(260, y + 14, s.title, 22, "#c25e00", bold=True)
            slots.append(s)
            start = at(s.end or "")
            y += 80
            continue
        bottom = y
        for k, _ in enumerate(row):
            s, who = pool.talk(start, 30, 1)
            slots.append(s)
            start += 30
            x = 40 + k * (width + gap)
            lines = sheet.wrap(s.title, 24, width - 48, bold=True)
            height = 90 + 36 * len(lines) + 40
            sheet.box(x, y, x + width, y + height, "#ffffff", radius=14, outline="#dde3ee")
            badge = sheet.measure(span(s), 20, bold=True) + 28
            sheet.box(x + width - 24 - badge, y + 18, x + width - 24, y + 54, "#f08a24", radius=18)
            sheet.text(x + width - 10 - badge, y + 23, span(s), 20, "#ffffff", bold=True)
            inner = y + 78
            for line in lines:
                sheet.text(x + 24, inner, line, 24, "#14213d", bold=True)
                inner += 36
            sheet.text(x + 24, inner + 4, f"{who[0].name} · {who[0].affiliation}", 19, "#5a6478")
            bottom = max(bottom, y + height)
        y = bottom + 28
    return Poster("cards_grid", sheet.png(y + 10), one_forum("cards_grid", forum, slots))


def forums_side() -> Poster:
    """Two forums side by side, each under its own heading: "上午 10:40-11:20" over the title,
    the name and the affiliation each on a line; lunch printed once across both."""
    rng = random.Random(11)
    pool = Pool(rng)
    sheet = Sheet(1080, "#faf7f0")
    y = header(sheet, "#17694f", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    names = ("分论坛A 内核调试与追踪", "分论坛B 安全与可信计算")
    programmes: list[list[Slot]] = [[], []]
    for k, name in enumerate(names):
        sheet.box(40 + k * 520, y, 520 + k * 520, y + 64, "#17694f", radius=10)
        sheet.text(64 + k * 520, y + 14, name, 28, "#ffffff", bold=True)
    y += 110
    for half, times in (("上午", ("10:40", "11:20")), ("lunch", ("12:00",)), ("下午", ("13:30", "14:10"))):
        if half == "lunch":
            s = slot("break", at("12:00"), 90, "午餐")
            sheet.box(40, y, 1040, y + 64, "#fde3a7", radius=12)
            sheet.centred(y + 16, f"{span(s)}   {s.title}", 26, "#7a4a00", bold=True, x0=40, x1=1040)
            for programme in programmes:
                programme.append(s)
            y += 100
            continue
        for start in times:
            bottom = y
            for k, programme in enumerate(programmes):
                s, who = pool.talk(at(start), 40, 1)
                programme.append(s)
                x = 48 + k * 520
                sheet.text(x, y, f"{half} {span(s, '—')}", 22, "#17694f", bold=True)
                inner = sheet.paragraph(x, y + 36, s.title, 25, "#1a1a1a", 440, bold=True)
                sheet.text(x, inner + 2, who[0].name, 21, "#1a1a1a", bold=True)
                sheet.text(x, inner + 36, who[0].affiliation, 18, "#777777")
                bottom = max(bottom, inner + 70)
            y = bottom + 40
    schedule = Schedule(
        "synthetic/forums_side.png",
        "2025-11-08",
        "杭州国际博览中心",
        tuple(Forum(re.sub(r"\s+", "", n), slots=tuple(p)) for n, p in zip(names, programmes, strict=True)),
    )
    return Poster("forums_side", sheet.png(y), schedule)


def fields_table() -> Poster:
    """A ruled table of fields: 时间 | 议题 | 演讲嘉宾 | 单位, a title or an affiliation wrapped in
    its cell, two speakers in one cell ("a / b", their affiliations likewise), a break across the
    row; the host under the heading as "主持人：name（affiliation）"."""
    rng = random.Random(12)
    pool = Pool(rng)
    sheet = Sheet(1080, "#fbfaf7")
    y = header(sheet, "#a51c30", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forum = "虚拟化与体系结构分论坛"
    sheet.text(40, y, forum, 32, "#a51c30", bold=True)
    host = pool.person(role=False)
    sheet.text(40, y + 56, f"主持人：{host.name}（{host.affiliation}）", 22, "#333333")
    y += 110
    edges = (40, 220, 610, 790, 1040)
    sheet.box(edges[0], y, edges[-1], y + 50, "#3a3d4a")
    for x, word in zip(edges, ("时间", "议题", "演讲嘉宾", "单位"), strict=False):
        sheet.text(x + 14, y + 12, word, 22, "#ffffff", bold=True)
    y += 50
    slots: list[Slot] = []
    start = at("09:00")
    for kind, speakers in (("talk", 1), ("talk", 1), ("talk", 2), ("break", 0), ("talk", 1), ("talk", 1)):
        top = y
        if kind == "break":
            s = slot("break", start, 20, "茶歇")
            sheet.text(edges[0] + 14, y + 16, span(s, "—"), 20, "#666666", bold=True)
            sheet.centred(y + 14, s.title, 24, "#666666", bold=True, x0=edges[1], x1=edges[-1])
            y += 60
        else:
            s, who = pool.talk(start, 30, speakers)
            sheet.text(edges[0] + 14, y + 16, span(s, "—"), 20, "#a51c30", bold=True)
            title = sheet.paragraph(edges[1] + 14, y + 14, s.title, 24, "#1a1a1a", 360, bold=True)
            sheet.text(edges[2] + 14, y + 14, " / ".join(p.name for p in who), 22, "#333333")
            firms = sheet.paragraph(
                edges[3] + 14, y + 16, " / ".join(p.affiliation for p in who), 19, "#555555", 220
            )
            y = max(title, firms) + 14
        slots.append(s)
        start = at(s.end or "")
        for x in edges if kind == "talk" else (edges[0], edges[1], edges[-1]):
            sheet.box(x, top, x + 1, y, "#c0c0c0")
        sheet.box(edges[0], y, edges[-1], y + 1, "#c0c0c0")
    schedule = Schedule(
        "synthetic/fields_table.png",
        "2025-11-08",
        "杭州国际博览中心",
        (Forum(forum, host.name, host.affiliation, tuple(slots)),),
    )
    return Poster("fields_table", sheet.png(y + 30), schedule)


def dashed_rows() -> Poster:
    """One forum's list of rows, each "title — name（affiliation）" in one run (two speakers as
    "a、b（affiliation）"), wrapped to a second line where long, and its time in a pill at the
    right, centred on the row; breaks on a tinted band with their time in a grey pill."""
    rng = random.Random(13)
    pool = Pool(rng)
    sheet = Sheet(1080, "#ffffff")
    y = header(sheet, "#1e8a5a", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forum = "存储与文件系统分论坛"
    sheet.text(60, y, forum, 40, "#15241c", bold=True)
    host = pool.person(role=False)
    sheet.text(60, y + 66, f"主持人：{host.name}（{host.affiliation}）", 22, "#555555")
    y += 130
    sheet.box(60, y, 1020, y + 3, "#15241c")
    y += 30
    slots: list[Slot] = []
    start = at("09:00")
    for kind, speakers in (("talk", 1), ("talk", 1), ("break", 0), ("talk", 2), ("talk", 1), ("talk", 1)):
        if kind == "break":
            s = slot("break", start, 20, "茶歇")
            text, ink, pill = s.title, "#8a8a8a", "#8f9b93"
            sheet.box(0, y - 20, sheet.width, y + 72, "#eef3f0")
        else:
            firm = pool.person(role=False).affiliation  # one organisation for the row's speakers
            who = [dataclasses.replace(pool.person(), affiliation=firm) for _ in range(speakers)]
            s = slot("talk", start, 40, pool.title(), who)
            dash = rng.choice(("—", "——"))
            text = f"{s.title} {dash} "
            ink, pill = "#15241c", "#1e8a5a"
        lines = sheet.wrap(text, 24, 700, bold=True)
        if kind != "break":  # the speakers' run wraps whole (so OCR can be checked to read it)
            run = f"{'、'.join(p.name for p in who)}（{who[0].affiliation}）"
            fits = sheet.measure(f"{lines[-1]} {run}", 24, bold=True) <= 700
            lines = [*lines[:-1], f"{lines[-1]} {run}"] if fits else [*lines, run]
        height = 44 * len(lines)
        for k, line in enumerate(lines):
            sheet.text(60, y + 44 * k, line, 24, ink, bold=True)
        middle = y + height / 2 - 4
        sheet.box(790, middle - 26, 1020, middle + 26, pill, radius=26)
        sheet.centred(middle - 14, span(s, " – "), 24, "#ffffff", bold=True, x0=790, x1=1020)
        slots.append(s)
        start = at(s.end or "")
        y += height + 40
        sheet.box(60, y - 20, 1020, y - 19, "#d0d7d3")
    truth = Schedule(
        "synthetic/dashed_rows.png",
        "2025-11-08",
        "杭州国际博览中心",
        (Forum(forum, host.name, host.affiliation, tuple(slots)),),
    )
    return Poster("dashed_rows", sheet.png(y + 20), truth)


def stacked_table() -> Poster:
    """A ruled table of English headers (TIME | SESSION | SPEAKER) whose speakers' cell stacks
    each name over its affiliation in smaller type (two speakers in one row), a KEYNOTE badge over
    the first title, a break across the row."""
    rng = random.Random(14)
    pool = Pool(rng)
    sheet = Sheet(1080, "#eef1f6")
    y = header(sheet, "#13284a", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forum = "虚拟化与云原生分论坛"
    sheet.text(40, y, forum, 34, "#13284a", bold=True)
    y += 80
    edges = (40, 250, 700, 1040)
    sheet.box(edges[0], y, edges[-1], y + 52, "#c8d2e2")
    for x, word in zip(edges, ("TIME", "SESSION", "SPEAKER"), strict=False):
        sheet.text(x + 16, y + 12, word, 22, "#13284a", bold=True)
    y += 52
    slots: list[Slot] = []
    start = at("13:30")
    for kind, speakers in (("keynote", 1), ("talk", 1), ("break", 0), ("talk", 2), ("talk", 1)):
        top = y
        sheet.box(edges[0], y, edges[-1], y + 1, "#b8c2d2")
        if kind == "break":
            s = slot("break", start, 20, "茶歇")
            sheet.box(edges[0], y, edges[-1], y + 64, "#d8deea")
            sheet.text(edges[0] + 16, y + 18, span(s, " – "), 22, "#5a6478", bold=True)
            sheet.centred(y + 16, s.title, 26, "#5a6478", bold=True, x0=edges[1], x1=edges[-1])
            y += 64
        else:
            who = [pool.person(role=False) for _ in range(speakers)]
            s = slot("talk", start, 35, pool.title(), who)
            sheet.text(edges[0] + 16, y + 24, span(s, " – "), 22, "#13284a", bold=True)
            title_y = y + 22
            if kind == "keynote":
                sheet.box(edges[1] + 16, y + 18, edges[1] + 124, y + 48, "#e0533a", radius=4)
                sheet.text(edges[1] + 24, y + 21, "KEYNOTE", 18, "#ffffff", bold=True)
                title_y += 46
            bottom = sheet.paragraph(edges[1] + 16, title_y, s.title, 26, "#14161a", 400, bold=True)
            cell = y + 22
            for person in who:
                sheet.text(edges[2] + 16, cell, person.name, 26, "#14161a", bold=True)
                cell = sheet.paragraph(edges[2] + 16, cell + 40, person.affiliation, 18, "#5a6478", 300) + 10
            y = max(bottom, cell) + 18
        slots.append(s)
        start = at(s.end or "")
        for x in edges if kind != "break" else (edges[0], edges[-1]):
            sheet.box(x, top, x + 1, y, "#b8c2d2")
    sheet.box(edges[0], y, edges[-1], y + 1, "#b8c2d2")
    return Poster("stacked_table", sheet.png(y + 30), one_forum("stacked_table", forum, slots))


def centred_table() -> Poster:
    """A ruled table (时间 | 议题 | 演讲嘉宾) whose times, in pills, are centred on their rows, so
    a row's title and names begin over its time; names stacked over their affiliations, a
    two-character name spaced out to the width of three, a 主题演讲 badge over a title, and a break
    and a lunch printed across the title's and the speakers' columns."""
    rng = random.Random(15)
    pool = Pool(rng)
    sheet = Sheet(1080, "#3a0d14")
    y = header(sheet, "#5c1420", "#f4d58d", "2025年11月8日", "杭州国际博览中心")
    forum = "主论坛"
    sheet.centred(y + 10, forum, 40, "#f4d58d", bold=True)
    y += 90
    edges = (40, 290, 730, 1040)
    sheet.box(edges[0], y, edges[-1], y + 50, "#6e1a28")
    for x0, x1, word in zip(edges, edges[1:], ("时间", "议题", "演讲嘉宾"), strict=False):
        sheet.centred(y + 10, word, 24, "#f4d58d", bold=True, x0=x0, x1=x1)
    y += 50
    slots: list[Slot] = []
    start = at("09:00")
    plan = (
        ("keynote", 1, 40),
        ("talk", 2, 30),
        ("break", 0, 20),
        ("talk", 1, 30),
        ("talk", 1, 30),
        ("lunch", 0, 90),
    )
    for kind, speakers, minutes in plan:
        top = y
        if kind in ("break", "lunch"):
            s = slot("break", start, minutes, "茶歇" if kind == "break" else "午餐")
            bottom = y + 70
            sheet.centred(y + 20, s.title, 28, "#e8c8c8", bold=True, x0=edges[1], x1=edges[-1])
        else:
            who = [pool.person(role=False) for _ in range(speakers)]
            s = slot("talk", start, minutes, pool.title(), who)
            title_y = y + 24
            if kind == "keynote":
                sheet.box(
                    edges[1] + 16, y + 20, edges[1] + 110, y + 50, "#3a0d14", radius=4, outline="#f4d58d"
                )
                sheet.text(edges[1] + 24, y + 23, "主题演讲", 18, "#f4d58d", bold=True)
                title_y += 44
            title_bottom = sheet.paragraph(edges[1] + 16, title_y, s.title, 28, "#ffffff", 400, bold=True)
            cell = y + 24
            for person in who:
                name = "\u3000".join(person.name) if len(person.name) == 2 else person.name
                sheet.text(edges[2] + 16, cell, name, 28, "#ffffff", bold=True)
                cell = sheet.paragraph(edges[2] + 16, cell + 40, person.affiliation, 20, "#d8b0b0", 280) + 12
            bottom = max(title_bottom, cell) + 20
        middle = (top + bottom) / 2
        sheet.box(edges[0] + 12, middle - 22, edges[1] - 12, middle + 22, "#f4d58d", radius=22)
        sheet.centred(middle - 14, span(s, "～"), 22, "#3a0d14", bold=True, x0=edges[0], x1=edges[1])
        sheet.box(edges[0], bottom, edges[-1], bottom + 2, "#6e1a28")
        y = bottom + 2
        slots.append(s)
        start = at(s.end or "")
    return Poster("centred_table", sheet.png(y + 40), one_forum("centred_table", forum, slots))


def speaker_cards() -> Poster:
    """Cards that open with the speaker (a name in large type over the affiliation in small),
    then the title, then the time under it: a card as wide as the page over two columns of cards
    read one under the other, and a break on a band across both, its name at the left and its
    time at the right."""
    rng = random.Random(16)
    pool = Pool(rng)
    sheet = Sheet(1080, "#1e1f24")
    y = header(sheet, "#2b2d35", "#f5b942", "2025年11月8日", "杭州国际博览中心")
    forum = "调度与实时分论坛"
    sheet.text(60, y + 10, forum, 40, "#ffffff", bold=True)
    y += 100
    full, width, gap = 960, 460, 40
    columns: list[list[Slot]] = [[], []]
    slots: list[Slot] = []
    start = at("13:30")

    def card(x: float, top: float, w: float, s: Slot, who: list[Person]) -> float:
        inner = top + 24
        for person in who:
            name = "\u3000".join(person.name) if len(person.name) == 2 else person.name
            sheet.text(x + 24, inner, name, 36, "#f5b942", bold=True)
            sheet.text(x + 24, inner + 48, person.affiliation, 20, "#9a9ca6")
            inner += 86
        inner = sheet.paragraph(x + 24, inner + 6, s.title, 28, "#ffffff", w - 48, bold=True)
        sheet.text(x + 24, inner + 16, span(s, " — "), 24, "#ffffff", bold=True)
        return inner + 70

    who = [pool.person()]
    s = slot("talk", start, 40, pool.title() + "：从上游到生产环境", who)  # wider than a column
    bottom = card(60, y, full, s, who)
    sheet.box(60, y, 60 + full, bottom, "#2b2d35", radius=14)
    card(60, y, full, s, who)
    slots.append(s)
    y, start = bottom + 28, at(s.end or "")
    for speakers in ((1, 2), (1, 1)):
        bottom = y
        for k, n in enumerate(speakers):
            t, people = pool.talk(start, 30, n)
            columns[k].append(t)
            start += 30
            x = 60 + k * (width + gap)
            end = card(x, y, width, t, people)
            sheet.box(x, y, x + width, end, "#2b2d35", radius=14)
            card(x, y, width, t, people)
            bottom = max(bottom, end)
        slots += [c[-1] for c in columns]
        y = bottom + 28
        if speakers == (1, 2):
            b = slot("break", start, 20, "茶歇")
            sheet.box(60, y, 60 + full, y + 70, "#1e1f24", radius=14, outline="#55575f")
            sheet.text(90, y + 18, b.title, 28, "#9a9ca6", bold=True)
            sheet.text(
                60 + full - 30 - sheet.measure(span(b, " — "), 24, bold=True),
                y + 20,
                span(b, " — "),
                24,
                "#9a9ca6",
                bold=True,
            )
            slots.append(b)
            y, start = y + 98, start + 20
    return Poster("speaker_cards", sheet.png(y + 20), one_forum("speaker_cards", forum, slots))


def twelve(hhmm: str | None) -> str:
    """A time on a twelve-hour clock, as English posters print it: "13:30" -> "1:30 PM"."""
    hours, minutes = (int(x) for x in (hhmm or "0:0").split(":"))
    return f"{(hours - 1) % 12 + 1}:{minutes:02d} {'AM' if hours < 12 else 'PM'}"


def ampm_name_first() -> Poster:
    """A twelve-hour clock, the start in bold ("9:00 AM") with its end in smaller grey type under
    it ("– 9:40 AM"); right of the time, on one line, the speakers ("name（affiliation）", two of
    one company as "A、B（company）", a Latin name) and, apart after a bar, the title, which wraps
    under them; a break and a lunch across noon on tinted rows."""
    rng = random.Random(17)
    pool = Pool(rng)
    sheet = Sheet(1000, "#f6f8f8")
    y = header(sheet, "#0f5964", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forum = "内存管理分论坛"
    sheet.text(40, y, forum, 34, "#0f5964", bold=True)
    y += 90
    slots: list[Slot] = []
    start = at("09:00")
    plan = ("one", "one", "break", "two", "one", "lunch", "latin", "one")
    for kind in plan:
        top = y
        if kind in ("break", "lunch"):
            s = slot("break", start, 20 if kind == "break" else 90, "茶歇" if kind == "break" else "午餐")
            sheet.box(24, y - 10, sheet.width - 24, y + 62, "#e0eeee", radius=8)
            sheet.text(260, y + 12, s.title, 24, "#557777")
            y += 86
        else:
            if kind == "two":
                organisation = affiliation(rng, role=False)
                who = [Person(pool.person().name, organisation) for _ in range(2)]
                names, bracket = "、".join(p.name for p in who), f"（{organisation}）"
            elif kind == "latin":
                who = [Person("Thomas Weber", "SUSE")]
                names, bracket = who[0].name, "（SUSE）"
            else:
                who = [pool.person()]
                names, bracket = who[0].name, f"（{who[0].affiliation}）"
            title = "Reducing lock contention in the VFS layer" if kind == "latin" else pool.title()
            s = slot("talk", start, 40, title, who)
            x = sheet.text(260, y, names, 24, "#17262a", bold=True)
            x = sheet.text(x + 4, y + 3, bracket, 20, "#7a8a8c") + 24
            sheet.box(x, y + 4, x + 3, y + 30, "#f0932b")
            x += 30
            first = sheet.wrap(title, 24, sheet.width - 40 - x)[0]
            sheet.text(x, y, first, 24, "#17262a")
            y += 40
            for line in (
                sheet.wrap(title[len(first) :].strip(), 24, sheet.width - 300) if title[len(first) :] else []
            ):
                sheet.text(260, y, line, 24, "#17262a")
                y += 40
            y = max(y, top + 64) + 28
        sheet.text(40, top, twelve(s.start), 26, "#0f5964", bold=True)
        sheet.text(40, top + 36, f"– {twelve(s.end)}", 18, "#7a8a8c")
        sheet.box(40, y - 16, sheet.width - 40, y - 15, "#d5dede")
        slots.append(s)
        start = at(s.end or "")
    return Poster("ampm_name_first", sheet.png(y + 20), one_forum("ampm_name_first", forum, slots))


def stacked_clock() -> Poster:
    """The start time large with its end in smaller type right under it, no dash; the title beside
    the start, the speaker's name and affiliation beside the end; breaks printed the same way; the
    forum's name wrapped over two lines in the heading's type."""
    rng = random.Random(18)
    pool = Pool(rng)
    sheet = Sheet(1000, "#2a1238")
    y = header(sheet, "#3d1a52", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    sheet.text(40, y, "体系结构与虚拟化", 60, "#ffffff", bold=True)
    sheet.text(40, y + 80, "分论坛", 60, "#ffffff", bold=True)
    y += 190
    slots: list[Slot] = []
    start = at("09:00")
    for kind in ("talk", "talk", "break", "talk", "talk", "lunch", "talk"):
        if kind in ("break", "lunch"):
            s = slot("break", start, 20 if kind == "break" else 90, "茶歇" if kind == "break" else "午餐")
            sheet.text(40, y + 4, s.start or "", 26, "#d8c8e0", bold=True)
            sheet.text(40, y + 40, s.end or "", 18, "#a898b0")
            sheet.text(200, y + 20, s.title, 24, "#d8c8e0")
            y += 92
        else:
            s, who = pool.talk(start, 40)
            sheet.text(40, y, s.start or "", 38, "#ffffff", bold=True)
            sheet.text(42, y + 50, s.end or "", 22, "#c8b8d0")
            sheet.text(200, y + 6, s.title, 28, "#ffffff", bold=True)
            right = sheet.text(200, y + 52, who[0].name, 22, "#ff9ec4", bold=True)
            sheet.text(right + 18, y + 54, who[0].affiliation, 20, "#c8b8d0")
            y += 112
        sheet.box(40, y - 14, sheet.width - 40, y - 13, "#4e3060")
        slots.append(s)
        start = at(s.end or "")
    truth = one_forum("stacked_clock", "体系结构与虚拟化分论坛", slots)
    return Poster("stacked_clock", sheet.png(y + 20), truth)


def photo_numbers() -> Poster:
    """A main forum's cards: a round photo at the left with the speaker's name under it and the
    affiliation under the name; at its right a large number ("01"), the time and the title; an
    opening with its speaker's card (an opening has no speakers), a foreign name written with a
    middle dot, a break on a rule across; a panel whose host and guests stand in a row under their
    photos, a label over each photo, each affiliation under its name."""
    rng = random.Random(19)
    pool = Pool(rng)
    sheet = Sheet(1080, "#0c1440")
    y = header(sheet, "#141e5a", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forum = "主论坛"
    sheet.centred(y, forum, 48, "#f5c242", bold=True)
    host = pool.person(role=False)
    sheet.centred(y + 78, f"主持人：{host.name}", 24, "#ffffff", bold=True)
    y += 150
    slots: list[Slot] = []
    start = at("09:00")

    def photo(cx: float, top: float) -> None:
        sheet.pen.ellipse((cx - 56, top, cx + 56, top + 112), fill="#9fb4e8", outline="#5ce1e6", width=3)

    number = 0
    for kind in ("opening", "talk", "foreign", "break", "talk", "panel"):
        if kind == "break":
            s = slot("break", start, 15, "茶歇")
            sheet.box(40, y + 20, 380, y + 21, "#3a4680")
            sheet.centred(y + 4, f"{span(s)} {s.title}", 24, "#b8c0e0")
            sheet.box(700, y + 20, 1040, y + 21, "#3a4680")
            slots.append(s)
            start = at(s.end or "")
            y += 70
            continue
        number += 1
        if kind == "panel":
            people = [pool.person(role=False) for _ in range(4)]
            s = slot("panel", start, 40, rng.choice(PANELS), people)
            sheet.text(60, y, f"{number:02d}", 52, "#3a56c8", bold=True)
            sheet.text(180, y + 16, span(s), 26, "#5ce1e6", bold=True)
            sheet.text(60, y + 84, s.title, 30, "#ffffff", bold=True)
            for k, person in enumerate(people):
                cx = 150 + 240 * k
                sheet.centred(y + 140, "主持人" if k == 0 else "嘉宾", 18, "#f5c242", x0=cx - 60, x1=cx + 60)
                photo(cx, y + 176)
                sheet.centred(y + 300, person.name, 24, "#ffffff", bold=True, x0=cx - 100, x1=cx + 100)
                sheet.centred(y + 338, person.affiliation, 17, "#a8b4d8", x0=cx - 110, x1=cx + 110)
            y += 400
        else:
            if kind == "opening":
                who, title = [pool.person()], "开幕致辞"
                s = slot("talk", start, 15, title, who)  # an address a person gives
            else:
                who = [Person("马克·瓦格纳", "SUSE内核团队负责人")] if kind == "foreign" else [pool.person()]
                s = slot("talk", start, 40, pool.title(), who)
            photo(130, y)
            sheet.centred(y + 124, who[0].name, 24, "#ffffff", bold=True, x0=20, x1=240)
            sheet.centred(y + 162, who[0].affiliation, 16, "#a8b4d8", x0=0, x1=260)
            sheet.text(300, y, f"{number:02d}", 52, "#3a56c8", bold=True)
            sheet.text(420, y + 16, span(s), 26, "#5ce1e6", bold=True)
            sheet.paragraph(300, y + 84, s.title, 30, "#ffffff", 720, bold=True)
            y += 230
        sheet.box(40, y - 24, 1040, y - 23, "#26306a")
        slots.append(s)
        start = at(s.end or "")
    truth = Schedule(
        "synthetic/photo_numbers.png",
        "2025-11-08",
        "杭州国际博览中心",
        (Forum(forum, host.name, "", tuple(slots)),),
    )
    return Poster("photo_numbers", sheet.png(y + 20), truth)


def ticket_stub() -> Poster:
    """A landscape ticket: a stub at the left with the forum's name printed top to bottom, and
    beside it a column of the day's facts (the date, the session's hours "14:00" over "17:00", the
    room, a serial number); the programme in two columns, each slot an em-dashed time range, the
    title, then "name | company", two speakers as "A | company / B | company"; a break in a pill."""
    rng = random.Random(20)
    pool = Pool(rng)
    sheet = Sheet(1600, "#fbf6ea", height=1000)
    sheet.box(0, 0, 330, 1000, "#d9472b")
    for k, ch in enumerate("存储分论坛"):
        sheet.text(40, 120 + 86 * k, ch, 64, "#ffffff", bold=True)
    for k, (text, size) in enumerate((("CLK", 34), ("2025", 34), ("11.08", 26), ("SAT", 22))):
        sheet.text(190, 60 + 52 * k, text, size, "#ffffff", bold=True)
    sheet.text(190, 330, "14:00", 24, "#ffffff", bold=True)
    sheet.text(190, 364, "17:00", 24, "#ffffff", bold=True)
    sheet.text(190, 450, "5号厅", 24, "#ffffff", bold=True)
    sheet.text(190, 860, "No.", 18, "#ffffff")
    sheet.text(190, 886, "0426", 24, "#ffffff", bold=True)
    sheet.text(380, 50, "第二十届中国Linux内核开发者大会", 36, "#222222", bold=True)
    sheet.text(380, 104, "分论坛入场券 · 2025年11月8日 下午", 22, "#777777")
    slots: list[Slot] = []
    start = at("14:00")
    columns = (("talk", "talk", "talk", "break"), ("two", "talk", "talk"))
    for c, plan in enumerate(columns):
        x, y = 380 + 600 * c, 170.0
        for kind in plan:
            if kind == "break":
                s = slot("break", start, 15, "茶歇")
                sheet.box(x, y, x + 520, y + 54, "#efe4cc", radius=27)
                sheet.text(x + 24, y + 12, f"{span(s, ' — ')}  {s.title}", 24, "#6a6050", bold=True)
                y += 80
            else:
                who = [pool.person(role=False) for _ in range(2 if kind == "two" else 1)]
                s = slot("talk", start, 35, pool.title(), who)
                sheet.text(x, y, span(s, " — "), 24, "#d9472b", bold=True)
                y = sheet.paragraph(x, y + 40, s.title, 28, "#1a1a1a", 520, bold=True)
                sheet.text(x, y + 2, " / ".join(f"{p.name} | {p.affiliation}" for p in who), 22, "#333333")
                y += 60
                sheet.box(x, y - 12, x + 520, y - 11, "#ddd3bd")
            slots.append(s)
            start = at(s.end or "")
    return Poster("ticket_stub", sheet.png(1000), one_forum("ticket_stub", "存储分论坛", slots))


def track_columns() -> Poster:
    """Two tracks side by side sharing one time column: the times under their own label (时间) at
    the left, each track's heading left-aligned over its titles, a title as long as its column
    running past the middle between the headings, each name with its affiliation beside it; a
    tea break printed once across both tracks."""
    rng = random.Random(61)
    pool = Pool(rng)
    sheet = Sheet(1800, "#ffffff")
    y = header(sheet, "#22304a", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    names = ("Track A 调度与锁分论坛", "Track B 网络与eBPF分论坛")
    edges = (330, 1060)
    sheet.text(120, y + 18, "时间", 30, "#22304a", bold=True)
    for x, name in zip(edges, names, strict=True):
        sheet.text(x, y, name, 30, "#22304a", bold=True)
    y += 110
    programmes: list[list[Slot]] = [[], []]
    start = at("13:30")
    for minutes, is_break in ((40, False), (40, False), (20, True), (40, False), (40, False)):
        if is_break:
            s = slot("break", start, minutes, "茶歇")
            sheet.box(40, y - 14, 1760, y + 50, "#eef1f6")
            sheet.text(70, y, span(s, " - "), 26, "#22304a", bold=True)
            sheet.centred(y, s.title, 28, "#555555", x0=edges[0], x1=1760)
            for programme in programmes:
                programme.append(s)
            y += 110
            start += minutes
            continue
        bottom = y
        for x, programme in zip(edges, programmes, strict=True):
            talk, who = pool.talk(start, minutes, 1 + (rng.random() < 0.2))
            programme.append(talk)
            cell = sheet.paragraph(x, y, talk.title, 38, "#1a1a1a", 690, bold=True) + 6
            for person in who:
                right = sheet.text(x, cell, person.name, 24, "#1a1a1a", bold=True)
                sheet.text(right + 18, cell + 3, person.affiliation, 20, "#777777")
                cell += 40
            bottom = max(bottom, cell)
        sheet.text(70, y + 2, span(programmes[0][-1], " - "), 26, "#22304a", bold=True)
        y = bottom + 60
        start += minutes
    schedule = Schedule(
        "synthetic/track_columns.png",
        "2025-11-08",
        "杭州国际博览中心",
        tuple(Forum(re.sub(r"\s+", "", n), slots=tuple(p)) for n, p in zip(names, programmes, strict=True)),
    )
    return Poster("track_columns", sheet.png(y), schedule)


def speakers_box() -> Poster:
    """One forum's numbered list: each start time followed by a dash and no end ("13:30 –"), a
    circled number (①) and the title; the speakers in a box of their own under the programme
    ("演讲嘉宾 SPEAKERS", a line per talk keyed by its number, which OCR drops). The truth lists
    no speakers: which talk a name in the box is, only the number tells; a reader that takes the
    box for a talk's lines gives it the box's names."""
    rng = random.Random(62)
    pool = Pool(rng)
    sheet = Sheet(1080, "#fbf6ee")
    y = header(sheet, "#8e1f2f", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    name = "综合分论坛"
    sheet.text(60, y, name, 44, "#8e1f2f", bold=True)
    y += 110
    slots: list[Slot] = []
    people: list[list[Person]] = []
    start = at("13:30")
    for minutes, is_break in ((30, False), (30, False), (30, False), (15, True), (30, False), (30, False)):
        sheet.text(70, y, f"{clock(start)} –", 28, "#8e1f2f", bold=True)
        bottom = y + 40
        if is_break:
            s = slot("break", start, minutes, "茶歇")
            sheet.text(330, y, s.title, 28, "#8a7a66")
            slots.append(dataclasses.replace(s, end=None))
        else:
            talk, who = pool.talk(start, minutes, 1 + (rng.random() < 0.2))
            sheet.text(240, y, "①②③④⑤⑥⑦⑧"[len(people)], 30, "#e09a2a")
            bottom = sheet.paragraph(300, y, talk.title, 30, "#2a1a1a", 700, bold=True)
            slots.append(dataclasses.replace(talk, end=None, speakers=(), affiliations=()))
            people.append(who)
        sheet.box(70, bottom + 22, 1010, bottom + 23, "#e8dccb")
        y = bottom + 44
        start += minutes
    y += 40
    sheet.box(60, y, 1020, y + 90 + 62 * len(people), "#fffdf8", radius=12, outline="#8e1f2f")
    sheet.text(90, y - 18, "演讲嘉宾 SPEAKERS", 28, "#8e1f2f", bold=True)
    y += 50
    for k, who in enumerate(people):
        sheet.text(100, y, "①②③④⑤⑥⑦⑧"[k], 26, "#e09a2a")
        names = "、".join(p.name for p in who)
        right = sheet.text(150, y, names, 26, "#2a1a1a")
        sheet.text(right + 30, y, who[0].affiliation, 26, "#2a1a1a")
        y += 62
    sheet.text(60, y + 60, "议程以现场为准 · 主办：中国Linux内核开发者大会组委会", 22, "#8a7a66")
    schedule = one_forum("speakers_box", name, slots)
    return Poster("speakers_box", sheet.png(y + 110), schedule)


def short_firm_table() -> Poster:
    """A table (时间 | 议题 | 演讲嘉宾) whose speakers' cell stacks each name over its company in
    smaller type, the company as short as two characters (华为, 腾讯): read from its box's width,
    a two-character company's type size comes out nearly as large as the name's."""
    rng = random.Random(63)
    pool = Pool(rng)
    firms = ("华为", "腾讯", "小米", "百度", "华为", "腾讯", "龙芯中科", "平头哥半导体")
    sheet = Sheet(1400, "#ffffff")
    y = header(sheet, "#243b6b", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forum = "内核综合分论坛"
    sheet.text(60, y, forum, 40, "#243b6b", bold=True)
    y += 90
    edges = (40, 280, 1060, 1360)
    for x, word in zip(edges, ("时间", "议题", "演讲嘉宾"), strict=False):
        sheet.text(x + 20, y, word, 24, "#777777", bold=True)
    y += 60
    slots: list[Slot] = []
    start = at("09:00")
    for k, minutes in enumerate((40, 40, 20, 40, 40, 40, 30)):
        sheet.box(edges[0], y, edges[-1], y + 1, "#d0d6e2")
        y += 24
        if minutes == 20:
            s = slot("break", start, minutes, "茶歇")
            sheet.text(edges[1] + 20, y, s.title, 28, "#777777")
            bottom = y + 40
        else:
            person = Person(pool.person().name, firms[k % len(firms)])
            s = slot("talk", start, minutes, pool.title(), [person])
            bottom = sheet.paragraph(edges[1] + 20, y, s.title, 28, "#1a1a1a", 740, bold=True)
            sheet.text(edges[2] + 20, y, person.name, 27, "#1a1a1a", bold=True)
            bottom = max(bottom, y + 36 + 30)
            sheet.text(edges[2] + 20, y + 36, person.affiliation, 21, "#666666")
        sheet.text(edges[0] + 20, y + 2, span(s), 26, "#243b6b", bold=True)
        slots.append(s)
        y = bottom + 24
        start += minutes
    return Poster("short_firm_table", sheet.png(y + 30), one_forum("short_firm_table", forum, slots))


# Round 8: layouts of posters-blind-8's kinds, drawn anew (times written otherwise, labelled fields,
# English first, dot leaders, lanes, a terminal).

# Names with their pinyin, as an English-first poster prints them: "Zhang Wei (张伟)".
PINYIN = (
    ("张伟", "Zhang Wei"), ("陈晓东", "Chen Xiaodong"), ("赵思远", "Zhao Siyuan"),
    ("孙嘉豪", "Sun Jiahao"), ("周婷婷", "Zhou Tingting"), ("吴俊杰", "Wu Junjie"),
    ("郑海涛", "Zheng Haitao"), ("黄文博", "Huang Wenbo"), ("林雨桐", "Lin Yutong"), ("刘洋", "Liu Yang"),
)  # fmt: skip
ENGLISH_TITLES = (
    "Scaling the page allocator on large NUMA machines",
    "Reducing lock contention in the VFS layer",
    "A new approach to kernel memory tracing",
    "Live patching for the arm64 kernel",
    "Improving swap performance with zswap",
    "Folio conversion in the filesystem layer",
    "Zoned storage in Btrfs: lessons from production",
)
ENGLISH_FIRMS = (
    "Alibaba Cloud",
    "ByteDance",
    "Huawei",
    "Tencent",
    "Ant Group",
    "Zhejiang University",
    "Xiaomi",
)


def h_clock(minutes: int) -> str:
    return clock(minutes).replace(":", "h")


def english_first() -> Poster:
    """An English-first forum poster: the English heading over the Chinese one, the date in English,
    two sessions each under 'SESSION n' and 'Session Chair: Pinyin (中文名), company'; a time
    written '09h00 – 09h40' in an outlined box left of the English title, a grey Chinese line under
    it (a translation, no title), then 'Pinyin Name (中文名)' and the English affiliation on one line,
    a line per speaker. The speaker is the name in characters."""
    rng = random.Random(81)
    sheet = Sheet(1240, "#fafaf7")
    sheet.box(0, 0, 1240, 330, "#123a55")
    sheet.text(70, 40, "CLK 2025 · China Linux Kernel Developers Conference", 28, "#cfe3f0")
    sheet.text(70, 100, "Storage & File Systems Track", 64, "#ffffff", bold=True)
    forum = "存储与文件系统分论坛"
    sheet.text(70, 190, forum, 36, "#cfe3f0")
    sheet.text(70, 260, "Saturday, November 8, 2025 · Room 2 · Hangzhou", 26, "#ffffff")
    names = iter(rng.sample(PINYIN, len(PINYIN)))
    titles = iter(ENGLISH_TITLES)
    chinese = iter(rng.sample([t for t in TITLES if not t.isascii()], 8))
    slots: list[Slot] = []
    y, start = 400, at("09:00")
    for session, plan in ((1, (40, 40, -20, 40)), (2, (40, 40, 40))):
        chair, chair_pinyin = next(names)
        sheet.text(70, y, f"SESSION {session}", 24, "#d9822b", bold=True)
        sheet.text(220, y - 8, "Block Layer" if session == 1 else "File Systems", 38, "#111111", bold=True)
        sheet.text(70, y + 56, f"Session Chair: {chair_pinyin} ({chair}), Kylinsoft", 26, "#666666")
        y += 130
        for k, minutes in enumerate(plan):
            if minutes < 0:
                s = slot("break", start, -minutes, "Coffee Break · 茶歇")
                sheet.box(70, y - 10, 1170, y + 50, "#efece4")
                sheet.text(96, y + 4, f"{h_clock(start)} – {h_clock(start - minutes)}", 24, "#888888")
                sheet.text(380, y, s.title, 28, "#8a6d3b")
                slots.append(s)
                y, start = y + 110, start - minutes
                continue
            people = [next(names) for _ in range(1 + (session == 1 and k == 1))]
            firms = rng.sample(ENGLISH_FIRMS, len(people))
            who = [Person(n, f) for (n, _), f in zip(people, firms, strict=True)]
            s = slot("talk", start, minutes, next(titles), who)
            sheet.box(70, y, 320, y + 48, "#fafaf7", radius=6, outline="#d9822b")
            sheet.centred(
                y + 9, f"{h_clock(start)} – {h_clock(start + minutes)}", 24, "#d9822b", True, 70, 320
            )
            inner = sheet.paragraph(360, y, s.title, 34, "#111111", 780, bold=True)
            inner = sheet.paragraph(360, inner, next(chinese), 24, "#888888", 780) + 4
            for (name, latin), firm in zip(people, firms, strict=True):
                right = sheet.text(360, inner, f"{latin} ({name})", 26, "#1d5f73", bold=True)
                sheet.text(right + 22, inner + 2, firm, 24, "#777777")
                inner += 44
            slots.append(s)
            y, start = round(inner) + 46, start + minutes
        if session == 1:
            lunch = slot("break", start, 90, "Lunch · 午餐")
            sheet.box(70, y - 10, 1170, y + 50, "#efece4")
            sheet.text(96, y + 4, f"{h_clock(start)} – {h_clock(start + 90)}", 24, "#888888")
            sheet.text(380, y, lunch.title, 28, "#8a6d3b")
            slots.append(lunch)
            y, start = y + 130, start + 90
    truth = one_forum("english_first", forum, slots)
    return Poster("english_first", sheet.png(y + 40), truth)


def ampm_days() -> Poster:
    """Two days in two columns side by side, each under 'DAY n' and a bilingual heading ('主论坛 Main
    Forum'), its host in a pill; a twelve-hour range whose AM or PM is printed once ('9:00–9:40
    AM', '1:30–2:10 PM', '12:20–1:30 PM'), or at each end where the half of the day changes ('11:40
    AM–12:20 PM'); the bold title, then the name with its company in a chip on the same line (two
    speakers of one company: 'A、B' and one chip); grey break rows."""
    rng = random.Random(82)
    pool = Pool(rng)
    sheet = Sheet(1800, "#f7f5fb")
    y = header(sheet, "#4b3f9e", "#ffffff", "2025年11月8日-9日", "杭州国际博览中心")
    columns = (
        (
            60,
            "DAY 1",
            "主论坛",
            "Main Forum",
            ((40, 1), (40, 1), (-20, 0), (40, 2), (40, 1), (-70, 0), (40, 1)),
        ),
        (
            930,
            "DAY 2",
            "调度与锁分论坛",
            "Scheduling & Locking",
            ((40, 1), (40, 1), (-20, 0), (40, 1), (40, 1)),
        ),
    )
    forums = []
    bottom = y
    for x, day, name, english, plan in columns:
        top = y
        sheet.text(x, top, day, 40, "#4b3f9e", bold=True)
        right = sheet.text(x + 240, top + 4, name, 34, "#222222", bold=True)
        sheet.text(right + 14, top + 10, english, 26, "#555555")
        host = pool.person(role=False)
        sheet.box(x + 30, top + 80, x + 260, top + 124, "#e4defa", radius=20)
        sheet.text(x + 46, top + 88, f"主持人：{host.name}", 24, "#4b3f9e", bold=True)
        top += 170
        start = at("09:00")
        slots = []
        for minutes, speakers in plan:
            end = start + abs(minutes)
            both = start < 12 * 60 <= end and start != 12 * 60
            when = (
                f"{twelve(clock(start))}–{twelve(clock(end))}"
                if both
                else (f"{twelve(clock(start))[:-3]}–{twelve(clock(end))}")
            )
            sheet.text(x, top + 2, when.replace(" AM", " AM").replace(" PM", " PM"), 26, "#7a5cff", bold=True)
            if minutes < 0:
                s = slot("break", start, -minutes, "茶歇 Coffee Break" if -minutes < 60 else "午餐 Lunch")
                sheet.text(x + 300, top, s.title, 28, "#888888")
                top += 90
            else:
                who = [pool.person(role=False) for _ in range(speakers)]
                if speakers == 2:
                    who[1] = Person(who[1].name, who[0].affiliation)
                s = slot("talk", start, minutes, pool.title(), who)
                inner = sheet.paragraph(x + 300, top, s.title, 30, "#111111", 520, bold=True)
                names = "、".join(p.name for p in who)
                right = sheet.text(x + 300, inner + 4, names, 26, "#333333")
                chip = sheet.measure(who[0].affiliation, 22)
                sheet.box(
                    right + 18, inner, right + 42 + chip, inner + 40, "#f7f5fb", radius=8, outline="#7a5cff"
                )
                sheet.text(right + 30, inner + 6, who[0].affiliation, 22, "#7a5cff")
                top = inner + 90
            slots.append(s)
            start = end
        forums.append(Forum(name, host.name, slots=tuple(slots)))
        bottom = max(bottom, top)
    schedule = Schedule("synthetic/ampm_days.png", "2025-11-08", "杭州国际博览中心", tuple(forums))
    days = (("主论坛", "2025-11-08"), ("调度与锁分论坛", "2025-11-09"))
    return Poster("ampm_days", sheet.png(bottom + 40), schedule, days=days)


def labelled_fields() -> Poster:
    """An article's programme (a WeChat account's): the forum's block of fields (时间：, 地点：,
    主持人：name（affiliation）), then each talk as labelled lines under a number tag ('议题 01'):
    '时间：13:30-14:10', '议题：title', '嘉宾：name', '单位：affiliation', a '嘉宾简介：' biography
    naming other companies; a break line; one range for two short talks ('议题一：…', '嘉宾：name
    （affiliation）', '议题二：…'); a closing panel ('主持：', '嘉宾：A（x）、B（y）')."""
    rng = random.Random(83)
    pool = Pool(rng)
    sheet = Sheet(1080, "#ffffff")
    sheet.text(56, 60, "CLK2025丨虚拟化分论坛议程抢先看！", 40, "#111111", bold=True)
    sheet.text(56, 130, "CLK内核大会", 26, "#576b95")
    y = sheet.paragraph(
        56,
        200,
        "第二十届中国Linux内核开发者大会将于2025年11月8日在杭州举办，本次分论坛聚焦虚拟化，欢迎报名参加！",
        28,
        "#333333",
        960,
    )
    forum = "虚拟化与云原生分论坛"
    sheet.text(56, y + 40, forum, 34, "#07c160", bold=True)
    host = pool.person()
    y += 110
    for line in (
        "时间：2025年11月8日（周六）下午",
        "地点：杭州国际博览中心3号会议室",
        f"主持人：{host.name}（{host.affiliation}）",
    ):
        sheet.text(56, y, line, 28, "#333333")
        y += 52
    y += 60
    slots: list[Slot] = []
    start, number = at("13:30"), 1

    def field(label: str, text: str) -> None:
        nonlocal y
        right = sheet.text(56, y, label, 28, "#07c160", bold=True)
        y = sheet.paragraph(right, y, text, 28, "#222222", 1000 - right) + 8

    for kind in ("talk", "talk", "break", "pair", "talk", "panel"):
        if kind == "break":
            s = slot("break", start, 20, "茶歇")
            sheet.centred(y, f"—— {span(s)} {s.title} ——", 28, "#999999")
            slots.append(s)
            y, start = y + 100, start + 20
            continue
        sheet.text(56, y, f"议题 {number:02d}", 26, "#07c160", bold=True)
        y += 64
        field("时间：", f"{clock(start)}-{clock(start + 40)}" + ("（两场短议题）" if kind == "pair" else ""))
        if kind == "panel":
            people = [pool.person(role=False) for _ in range(3)]
            s = slot("panel", start, 40, rng.choice(PANELS), people)
            field("议题：", s.title)
            field("主持：", people[0].name)
            field("嘉宾：", "、".join(f"{p.name}（{p.affiliation}）" for p in people[1:]))
            slots.append(Slot("panel", s.start, s.end, s.title, s.speakers, ("", *s.affiliations[1:])))
        elif kind == "pair":
            for k, word in enumerate(("一", "二")):
                person = pool.person(role=False)
                s = slot("talk", start, 40, pool.title(), [person])
                field(f"议题{word}：", s.title)
                field("嘉宾：", f"{person.name}（{person.affiliation}）")
                slots.append(s)
                y += 10 * k
        else:
            person = pool.person()
            s = slot("talk", start, 40, pool.title(), [person])
            field("议题：", s.title)
            field("嘉宾：", person.name)
            field("单位：", person.affiliation)
            bio = f"长期从事内核开发，曾就职于{rng.choice(ORGANISATIONS)}，参与多个上游子系统的开发与评审。"
            right = sheet.text(86, y, "嘉宾简介：", 24, "#888888")
            y = sheet.paragraph(right, y, bio, 24, "#888888", 960 - right) + 8
            slots.append(dataclasses.replace(s, biography=bio))
        y, start, number = y + 80, start + 40, number + 1
    truth = Schedule(
        "synthetic/labelled_fields.png", "2025-11-08", "杭州国际博览中心",
        (Forum(forum, host.name, host.affiliation, tuple(slots)),),
    )  # fmt: skip
    return Poster("labelled_fields", sheet.png(y + 40), truth)


def dot_leaders() -> Poster:
    """A programme book's page, like a table of contents: the forum heading and a date line; two
    units, each '第一单元 topic' and '单元主席：name（company）' (no talk); each talk's title then dot
    leaders to its range at the right edge, and an indented '—— name，company' line; the tea break
    with leaders to its range; two short talks grouped by one range printed between them with the tag
    '短报告 ×2' (both carry the range); a closing panel (主持：, 嘉宾：)."""
    rng = random.Random(84)
    pool = Pool(rng)
    sheet = Sheet(1240, "#fbf7ec")
    sheet.text(110, 60, "第二十届中国Linux内核开发者大会·会议手册", 28, "#555555")
    forum = "内存管理分论坛"
    sheet.text(110, 170, forum, 52, "#222222", bold=True)
    sheet.text(110, 260, "2025年11月8日（周六）上午·第一会议室", 28, "#b22222")
    right_edge = 1130
    y, start = 360, at("09:00")
    slots: list[Slot] = []

    def led(text: str, s: Slot, size: int, bold: bool) -> None:
        end = sheet.text(140, y, text, size, "#222222", bold)
        when = span(s)
        x = right_edge - sheet.measure(when, 28)
        dots = "." * max(3, int((x - end - 30) / sheet.measure(".", 24)))
        sheet.text(end + 12, y + 6, dots, 24, "#999999")
        sheet.text(x, y + 2, when, 28, "#222222")

    for unit, plan in ((1, (35, 35, 35, -15)), (2, (35, 0, 40))):
        chair = pool.person(role=False)
        sheet.text(
            140,
            y,
            f"第{'一二'[unit - 1]}单元 {'内存回收与压缩' if unit == 1 else '新硬件与内存分层'}",
            34,
            "#222222",
            True,
        )
        sheet.text(140, y + 56, f"单元主席：{chair.name}（{chair.affiliation}）", 26, "#555555")
        y += 130
        for minutes in plan:
            if minutes < 0:
                s = slot("break", start, -minutes, "茶歇")
                led(s.title, s, 30, False)
                slots.append(s)
                y, start = y + 110, start - minutes
            elif minutes == 0:  # two short talks, one range between them
                pair = [pool.talk(start, 35) for _ in range(2)]
                for k, (s, who) in enumerate(pair):
                    sheet.text(140, y, s.title, 30, "#222222", True)
                    sheet.text(210, y + 46, f"—— {who[0].name}，{who[0].affiliation}", 26, "#555555")
                    if k == 0:
                        sheet.text(1000, y + 50, "短报告 ×2", 24, "#b22222")
                        sheet.text(right_edge - sheet.measure(span(s), 28), y + 100, span(s), 28, "#222222")
                    slots.append(s)
                    y += 130
                start += 35
            else:
                s, who = pool.talk(start, minutes)
                led(s.title, s, 30, True)
                sheet.text(210, y + 46, f"—— {who[0].name}，{who[0].affiliation}", 26, "#555555")
                slots.append(s)
                y, start = y + 130, start + minutes
    people = [pool.person(role=False) for _ in range(3)]
    s = slot("panel", start, 40, rng.choice(PANELS), people)
    led(s.title, s, 30, True)
    sheet.text(170, y + 46, f"主持：{people[0].name}（{people[0].affiliation}）", 26, "#555555")
    guests = "、".join(f"{p.name}（{p.affiliation}）" for p in people[1:])
    sheet.text(170, y + 92, f"嘉宾：{guests}", 26, "#555555")
    slots.append(s)
    sheet.centred(y + 200, "-12-", 24, "#999999")
    return Poster("dot_leaders", sheet.png(y + 260), one_forum("dot_leaders", forum, slots))


def swimlanes() -> Poster:
    """A Gantt chart of forums in parallel: the hours along the top every half hour (a ruler, no
    talk's), a lane per forum with its label at the left (the forum's name, wrapped in one lane,
    the hall, 主持人), each talk a bar placed and sized by its time with its range on it, the title,
    the name and the affiliation under it; the tea break a band across the lanes with its name and
    time printed once, in the middle lane (the break of that lane's forum)."""
    rng = random.Random(85)
    pool = Pool(rng)
    sheet = Sheet(2460, "#f1f4f9")
    sheet.box(0, 0, 2460, 170, "#101a2e")
    sheet.text(60, 40, "CLK 2025 · 11月8日 上午 · 分论坛并行日程", 52, "#ffffff", bold=True)
    left, scale, zero = 400, 11.0, at("09:00")  # pixels a minute

    def x_of(minutes: int) -> float:
        return left + (minutes - zero) * scale

    for minutes in range(zero, at("12:00") + 1, 30):
        sheet.centred(
            230, clock(minutes).lstrip("0"), 24, "#666666", x0=x_of(minutes) - 60, x1=x_of(minutes) + 60
        )
    lanes = (
        ("内存管理分论坛", ("内存管理分论坛",), ((40, 1), (40, 1), (-20, 0), (40, 1), (40, 1))),
        ("eBPF与可观测性分论坛", ("eBPF与可观测性分", "论坛"), ((40, 1), (40, 1), (-20, 0), (80, 2))),
        (
            "RISC-V与体系结构分论坛",
            ("RISC-V与体系结构", "分论坛"),
            ((30, 1), (30, 1), (20, 1), (-20, 0), (30, 1), (50, 1)),
        ),
    )
    forums = []
    y = 300
    for k, (name, label, plan) in enumerate(lanes):
        host = pool.person(role=False)
        sheet.box(40, y, 360, y + 280, ("#2563eb", "#059669", "#db2777")[k])
        inner = y + 24
        for line in label:
            sheet.text(60, inner, line, 34, "#ffffff", bold=True)
            inner += 46
        sheet.text(60, inner + 10, f"{'ABC'[k]} 厅", 26, "#ffffff")
        sheet.text(60, inner + 56, f"主持人：{host.name}", 26, "#ffffff", bold=True)
        start, slots = zero, []
        for minutes, speakers in plan:
            x0, x1 = x_of(start) + 6, x_of(start + abs(minutes)) - 6
            if minutes < 0:
                s = slot("break", start, -minutes, "茶歇")
                if k == 0:  # the band across the lanes, under them all
                    sheet.box(x0, 290, x1, 300 + 3 * 320 - 40, "#dde3ee")
                if k == 1:
                    sheet.centred(y + 60, "茶", 48, "#445066", bold=True, x0=x0, x1=x1)
                    sheet.centred(y + 120, "歇", 48, "#445066", bold=True, x0=x0, x1=x1)
                    sheet.centred(y + 200, span(s), 22, "#445066", x0=x0 - 20, x1=x1 + 20)
                    slots.append(s)
            else:
                s, who = pool.talk(start, minutes, speakers)
                sheet.box(
                    x0, y, x1, y + 280, "#ffffff", radius=10, outline=("#2563eb", "#059669", "#db2777")[k]
                )
                sheet.text(x0 + 16, y + 20, span(s), 22, "#555555")
                cell = sheet.paragraph(x0 + 16, y + 60, s.title, 28, "#111111", x1 - x0 - 36, bold=True)
                for person in who:
                    sheet.text(
                        x0 + 16, cell + 4, person.name, 26, ("#2563eb", "#059669", "#db2777")[k], bold=True
                    )
                    cell = sheet.paragraph(
                        x0 + 16, cell + 42, person.affiliation, 22, "#777777", x1 - x0 - 36
                    )
                slots.append(s)
            start += abs(minutes)
        forums.append(Forum(name, host.name, slots=tuple(slots)))
        y += 320
    sheet.centred(y + 10, "12:00 起午餐，下午日程见各分论坛海报", 26, "#666666")
    schedule = Schedule("synthetic/swimlanes.png", "2025-11-08", "", tuple(forums))
    return Poster("swimlanes", sheet.png(y + 70), schedule)


def console() -> Poster:
    """A poster drawn as a terminal: a shell prompt with the forum and the date, the forum's
    bilingual heading, '主持人：name (company)', then each slot as '09:00 → 09:40  title' in one run
    (the title wrapping under itself), a line '@ name · company' per speaker; breaks as
    '10:20 → 10:40  [break] 茶歇'."""
    rng = random.Random(86)
    pool = Pool(rng)
    sheet = Sheet(1300, "#1e1b2e")
    sheet.text(90, 60, "clk@2025: ~/agenda — bash", 26, "#aaaaaa")
    forum = "追踪与调试分论坛"
    sheet.text(90, 140, f"$ clk-agenda show --forum {forum} --date 2025-11-08", 26, "#9ef01a")
    sheet.text(150, 220, f"{forum} · Tracing & Debugging", 32, "#ffffff", bold=True)
    host = pool.person(role=False)
    sheet.text(140, 276, f"主持人：{host.name} ({host.affiliation})", 26, "#cccccc")
    y, start, slots = 380, at("09:00"), []
    for minutes, speakers in ((40, 1), (40, 1), (-20, 0), (40, 2), (40, 1), (-90, 0), (40, 1), (40, 1)):
        when = f"{clock(start)} → {clock(start + abs(minutes))}"
        if minutes < 0:
            s = slot("break", start, -minutes, f"[break] {'茶歇' if -minutes < 60 else '午餐'}")
            sheet.text(90, y, f"{when}  {s.title}", 26, "#777777")
            y += 90
        else:
            s, who = pool.talk(start, minutes, speakers)
            right = sheet.text(90, y, f"{when}  ", 26, "#5ce1e6")
            lines = sheet.wrap(s.title, 28, 1180 - right, bold=True)
            for k, line in enumerate(lines):
                sheet.text(right, y, line, 28, "#ffffff", bold=True)
                y += 42 if k + 1 < len(lines) else 46
            for person in who:
                sheet.text(300, y, f"@ {person.name} · {person.affiliation}", 24, "#f4a261")
                y += 44
            y += 44
        slots.append(s)
        start += abs(minutes)
    truth = Schedule(
        "synthetic/console.png", "2025-11-08", "", (Forum(forum, host.name, host.affiliation, tuple(slots)),)
    )
    return Poster("console", sheet.png(y + 40), truth)


def bracket_fields() -> Poster:
    """An article's programme whose labels are set in brackets with no colon ('【时间】13:30-14:10',
    '【议题】title', '【嘉宾】name（affiliation）'), a number tag over each talk, a break line; the
    forum named only in the headline ('CLK2025｜…分论坛议程公布')."""
    rng = random.Random(87)
    pool = Pool(rng)
    sheet = Sheet(1080, "#fffdf7")
    forum = "文件系统与存储分论坛"  # named only in the headline
    sheet.text(56, 60, f"CLK2025｜{forum}议程公布", 38, "#111111", bold=True)
    y = sheet.paragraph(
        56, 140, "大会将于2025年11月8日在杭州举办，以下是分论坛的详细议程。", 28, "#333333", 960
    )
    y += 60
    slots: list[Slot] = []
    start = at("09:30")
    for number, minutes in enumerate((40, 40, -20, 40, 40), 1):
        if minutes < 0:
            s = slot("break", start, -minutes, "茶歇")
            sheet.centred(y, f"{span(s)} {s.title}", 28, "#999999")
            slots.append(s)
            y, start = y + 100, start - minutes
            continue
        s, who = pool.talk(start, minutes, 1 + (number == 2))
        sheet.text(56, y, f"Talk {number}", 26, "#c0392b", bold=True)
        y += 60
        for label, text in (
            ("【时间】", span(s)),
            ("【议题】", s.title),
            *(("【嘉宾】", f"{p.name}（{p.affiliation}）") for p in who),
        ):
            right = sheet.text(56, y, label, 28, "#c0392b", bold=True)
            y = sheet.paragraph(right + 4, y, text, 28, "#222222", 1000 - right) + 8
        slots.append(s)
        y, start = y + 70, start + minutes
    return Poster("bracket_fields", sheet.png(y + 40), one_forum("bracket_fields", forum, slots))


def bracketed_log() -> Poster:
    """A programme printed as a log: each slot '[9:00 to 9:40] title' in one run, then a line
    per speaker '中文名 (Pinyin Name)  affiliation', the Chinese name first; breaks '[10:20 to 10:40]
    Coffee Break'."""
    rng = random.Random(88)
    sheet = Sheet(1240, "#0f1419")
    sheet.text(60, 50, "CLK 2025 — Virtualization Track — Nov 8, 2025", 30, "#e6e1cf", bold=True)
    forum = "虚拟化分论坛"
    sheet.text(60, 110, forum, 34, "#ffb454", bold=True)
    names = iter(rng.sample(PINYIN, len(PINYIN)))
    titles = iter(rng.sample(ENGLISH_TITLES, len(ENGLISH_TITLES)))
    y, start, slots = 220, at("09:00"), []
    for minutes, speakers in ((40, 1), (40, 2), (-20, 0), (40, 1), (40, 1)):
        when = f"[{clock(start).lstrip('0')} to {clock(start + abs(minutes)).lstrip('0')}]"
        if minutes < 0:
            s = slot("break", start, -minutes, "Coffee Break")
            sheet.text(60, y, f"{when} {s.title}", 28, "#5c6773")
            y += 90
        else:
            people = [next(names) for _ in range(speakers)]
            firms = rng.sample(ENGLISH_FIRMS, speakers)
            s = slot(
                "talk",
                start,
                minutes,
                next(titles),
                [Person(n, f) for (n, _), f in zip(people, firms, strict=True)],
            )
            sheet.text(60, y, f"{when} {s.title}", 28, "#e6e1cf", bold=True)
            y += 50
            for (name, latin), firm in zip(people, firms, strict=True):
                right = sheet.text(120, y, f"{name} ({latin})", 26, "#95e6cb")
                sheet.text(right + 24, y + 2, firm, 24, "#5c6773")
                y += 44
            y += 46
        slots.append(s)
        start += abs(minutes)
    return Poster("bracketed_log", sheet.png(y + 30), one_forum("bracketed_log", forum, slots))


# Round 9: layouts of posters-blind-9's kinds, drawn anew (job titles on lines of their own, a
# table's ranges wrapped after the dash, slide cards timed at their foot).

# Job titles as a speaker's own line prints them: several open with 高级, and 高 is a surname.
JOB_TITLES = ("高级工程师", "高级架构师", "资深专家", "首席架构师", "高级技术专家", "副研究员", "内核工程师")
FIRMS = ("阿里云", "华为", "腾讯", "字节跳动", "统信软件", "麒麟软件", "龙芯中科", "中国科学院软件研究所")


def role_lines() -> Poster:
    """A banner poster of cards: the time in a pill at the left, the title, then per speaker
    'name | company' on one line and the job title alone on the line under it in smaller type
    (高级工程师: a job title, never a name though 高 is a surname); a card of two speakers; a
    break on a band. The affiliation is the company and the job title."""
    rng = random.Random(91)
    pool = Pool(rng)
    sheet = Sheet(1080, "#0d2a6b")
    y = header(sheet, "#123a8c", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forum = "可观测性分论坛"
    sheet.centred(y, forum, 40, "#ffffff", bold=True)
    y += 110
    slots: list[Slot] = []
    start = at("09:00")
    for minutes, speakers in ((30, 1), (30, 1), (30, 2), (20, 0), (30, 1), (30, 1), (30, 2)):
        if not speakers:
            s = slot("break", start, minutes, "茶歇")
            sheet.box(40, y, 1040, y + 60, "#1d4fb0", radius=30)
            sheet.text(70, y + 16, span(s), 24, "#9fd8ff", bold=True)
            sheet.centred(y + 12, s.title, 30, "#ffffff", bold=True)
            y += 110
        else:
            people = []
            for _ in range(speakers):
                name = pool.person().name
                people.append(Person(name, f"{rng.choice(FIRMS)} {rng.choice(JOB_TITLES)}"))
            s = slot("talk", start, minutes, pool.title(), people)
            sheet.box(40, y, 240, y + 44, "#18a4e0", radius=6)
            sheet.text(58, y + 8, span(s), 24, "#ffffff", bold=True)
            y = sheet.paragraph(290, y, s.title, 30, "#ffffff", 740, bold=True) + 10
            for person in people:
                firm, role = person.affiliation.split(" ")
                right = sheet.text(290, y, person.name, 28, "#7fd4ff", bold=True)
                sheet.box(right + 20, y + 8, right + 22, y + 32, "#9fb4d8")
                sheet.text(right + 40, y + 2, firm, 26, "#ffffff")
                sheet.text(290, y + 46, role, 22, "#b8c6e0")
                y += 92
            y += 46
        slots.append(s)
        start += minutes
    sheet.centred(y, "主办：中国Linux内核开发者大会组委会 · 议程以现场为准", 22, "#b8c6e0")
    return Poster("role_lines", sheet.png(y + 60), one_forum("role_lines", forum, slots))


def wrapped_table() -> Poster:
    """A ruled table (时间 | 议题 | 演讲人 | 单位) whose time column is too narrow for a range: each
    breaks after its dash ('13:30–' over '14:00', in one type); cells centred, a long title or
    company wrapped inside its cell; a row of two speakers printed a name a line, each company
    on its name's line; a break across the row."""
    rng = random.Random(92)
    pool = Pool(rng)
    firms = (
        "中国科学院计算技术研究所", "浪潮电子信息产业股份有限公司", "北京大学", "小米", "华为终端",
        "上海交通大学软件学院", "OPPO", "阿里云智能集团",
    )  # fmt: skip
    sheet = Sheet(1240, "#f7faf8")
    y = header(sheet, "#0a6b50", "#ffffff", "2025年11月8日", "杭州国际博览中心")
    forum = "文件与存储分论坛"
    sheet.text(60, y, forum, 44, "#0a6b50", bold=True)
    host = pool.person(role=False)
    sheet.text(60, y + 76, f"主持人：{host.name}（{host.affiliation}）", 26, "#0a6b50", bold=True)
    y += 150
    edges = (60, 210, 750, 900, 1180)
    sheet.box(edges[0], y, edges[-1], y + 56, "#0a6b50")
    for x0, x1, word in zip(edges, edges[1:], ("时间", "议题", "演讲人", "单位"), strict=False):
        sheet.centred(y + 12, word, 26, "#ffffff", bold=True, x0=x0, x1=x1)
    y += 56
    slots: list[Slot] = []
    start, firm = at("13:30"), iter(firms)
    for minutes, speakers in ((30, 1), (30, 1), (30, 2), (15, 0), (30, 1), (30, 1), (30, 1)):
        top = y
        end = start + minutes
        if not speakers:
            s = slot("break", start, minutes, "茶歇")
            sheet.box(edges[0], y, edges[-1], y + 100, "#e8f1ec")
            sheet.centred(y + 30, s.title, 30, "#6b7c74", bold=True, x0=edges[1], x1=edges[-1])
            bottom = y + 100
        else:
            people = [Person(pool.person().name, next(firm)) for _ in range(speakers)]
            s = slot("talk", start, minutes, pool.title(), people)
            lines = sheet.wrap(s.title, 28, edges[2] - edges[1] - 40, bold=True)
            rows = [sheet.wrap(p.affiliation, 24, edges[4] - edges[3] - 40) for p in people]
            height = max(100, 44 * len(lines) + 24, sum(44 * len(r) + 16 for r in rows) + 20)
            bottom = y + height
            ty = y + (height - 44 * len(lines)) / 2
            for line in lines:
                sheet.text(edges[1] + 20, ty, line, 28, "#1a1a1a", bold=True)
                ty += 44
            row_top = y
            for person, wrapped in zip(people, rows, strict=True):
                share = height / len(people)
                middle = row_top + share / 2
                sheet.centred(middle - 18, person.name, 28, "#222222", x0=edges[2], x1=edges[3])
                fy = middle - 22 * len(wrapped)
                for part in wrapped:
                    sheet.centred(fy + 4, part, 24, "#5a6b63", x0=edges[3], x1=edges[4])
                    fy += 44
                row_top += share
        sheet.centred((top + bottom) / 2 - 40, f"{clock(start)}–", 26, "#333333", x0=edges[0], x1=edges[1])
        sheet.centred((top + bottom) / 2 + 2, clock(end), 26, "#333333", x0=edges[0], x1=edges[1])
        slots.append(s)
        start = end
        y = bottom
        sheet.box(edges[0], y, edges[-1], y + 1, "#b8cfc4")
        for x in edges if speakers else edges[:2] + edges[-1:]:
            sheet.box(x, top, x + 1, y, "#b8cfc4")
    sheet.text(60, y + 40, "* 议程如有变动，以大会现场公布为准。", 24, "#666666")
    truth = Schedule(
        "synthetic/wrapped_table.png",
        "2025-11-08",
        "杭州国际博览中心",
        (Forum(forum, host.name, host.affiliation, tuple(slots)),),
    )
    return Poster("wrapped_table", sheet.png(y + 100), truth)


def slide_cards() -> Poster:
    """A 16:9 slide of cards in two columns: a number badge at each card's left, the title, 'name
    ｜ company' (or 'A、B ｜ company'), then at the card's foot its time with its length in brackets
    ('14:00 – 14:30  (30 分钟)', no title); a break band under the left column; the host in the
    footer."""
    rng = random.Random(93)
    pool = Pool(rng)
    sheet = Sheet(1920, "#fdf8f0", height=1080)
    sheet.text(80, 40, "CLK 2025  第二十届中国Linux内核开发者大会", 30, "#e8701a", bold=True)
    forum = "网络与eBPF分论坛"
    sheet.text(80, 100, forum, 56, "#1a1a1a", bold=True)
    sheet.text(1200, 116, "2025年11月8日（周六）· 第三会议室", 30, "#777777")
    columns = ((80, 920), (1000, 1840))
    slots: list[Slot] = []
    start = at("13:30")
    plan = ((30, 1), (30, 1), (30, 1), (30, 1), (20, 0), (30, 1), (30, 1), (30, 1), (30, 2))
    number = 0
    for minutes, speakers in plan:
        if not speakers:  # under the left column's four cards
            s = slot("break", start, minutes, "茶歇 Tea Break")
            y = 200 + 4 * 170
            sheet.box(columns[0][0], y, columns[0][1], y + 60, "#f0e4d2", radius=30)
            sheet.text(columns[0][0] + 60, y + 14, span(s, " – "), 26, "#8a7a66", bold=True)
            sheet.text(columns[0][0] + 330, y + 10, s.title, 30, "#8a7a66", bold=True)
            slots.append(s)
            start += minutes
            continue
        (x0, x1), y = columns[number // 4], 200 + (number % 4) * 170
        number += 1
        people = [Person(pool.person().name, rng.choice(FIRMS)) for _ in range(speakers)]
        if speakers == 2:
            people = [Person(p.name, people[0].affiliation) for p in people]
        title = pool.title()
        while sheet.measure(title, 30, bold=True) > x1 - x0 - 170:
            title = pool.title()
        s = slot("talk", start, minutes, title, people)
        sheet.box(x0, y, x1, y + 150, "#ffffff", radius=10, outline="#f0dcc0")
        sheet.box(x0 + 20, y + 40, x0 + 100, y + 110, "#e8701a", radius=8)
        sheet.text(x0 + 36, y + 52, f"{number:02d}", 38, "#ffffff", bold=True)
        sheet.text(x0 + 140, y + 18, s.title, 30, "#1a1a1a", bold=True)
        who = "、".join(p.name for p in people)
        right = sheet.text(x0 + 140, y + 62, who, 26, "#444444")
        sheet.box(right + 22, y + 66, right + 24, y + 92, "#999999")  # a rule between name and company
        sheet.text(right + 46, y + 62, people[0].affiliation, 26, "#444444")
        right = sheet.text(x0 + 140, y + 104, span(s, " – "), 26, "#e8701a", bold=True)
        sheet.text(right + 36, y + 104, f"({minutes} 分钟)", 24, "#777777")
        slots.append(s)
        start += minutes
    sheet.box(0, 1000, 1920, 1080, "#23202e")
    host = pool.person(role=False)
    sheet.text(80, 1022, f"主持人：{host.name} {host.affiliation}", 30, "#ffffff", bold=True)
    return Poster("slide_cards", sheet.png(1080), one_forum("slide_cards", forum, slots))


# Round 10: layouts of posters-blind-10's kinds, drawn anew (talks given by two, joined by a cross).

# Foreign speakers of a talk given by two, with the firm and the job title printed after the name.
GUESTS = (("Lukas Brenner", "SUSE Kernel Engineer"), ("Maria Okafor", "Arm Staff Engineer"))


def joint_talks() -> Poster:
    """Cards under a tab with the time, each talk given by two: 'name firm role × name firm role'
    on one line after the title (two names of one talk, the one after the cross as much its
    speaker as the first), or the second speaker on a line of their own that opens with the
    cross ('× Lukas Brenner SUSE Kernel Engineer'); a talk of one speaker; a break on a dashed
    rule. The first name alone would be a wrong list: both or none."""
    rng = random.Random(101)
    pool = Pool(rng)
    sheet = Sheet(1200, "#f4f1fb")
    sheet.box(0, 0, 1200, 300, "#4b2a8c")
    sheet.text(60, 40, "CLK 2025 | 第二十届中国Linux内核开发者大会", 28, "#e8def8")
    forum = "虚拟化与云原生分论坛"
    sheet.text(60, 100, forum, 56, "#ffffff", bold=True)
    sheet.text(60, 200, "2025年11月8日（周六）下午 · 杭州国际博览中心", 30, "#e8def8")
    y = 360
    slots: list[Slot] = []
    start = at("13:30")
    guests = iter(GUESTS)
    plan = ((35, "line"), (35, "line"), (35, "under"), (15, "break"), (30, "one"), (35, "line"))
    for minutes, kind in plan:
        if kind == "break":
            s = slot("break", start, minutes, "茶歇交流")
            sheet.text(60, y + 10, "- - - - - - - - - - - -", 26, "#9a90b8")
            right = sheet.text(440, y + 8, span(s, " - "), 30, "#9a90b8", bold=True)
            sheet.text(right + 30, y + 8, s.title, 30, "#9a90b8", bold=True)
            y += 110
            slots.append(s)
            start += minutes
            continue
        first = Person(pool.person().name, f"{rng.choice(FIRMS)} {rng.choice(JOB_TITLES)}")
        people = [first]
        if kind == "line":
            people.append(Person(pool.person().name, f"{rng.choice(FIRMS)} {rng.choice(JOB_TITLES)}"))
        elif kind == "under":
            people.append(Person(*next(guests)))
        s = slot("talk", start, minutes, pool.title(), people)
        sheet.box(60, y, 300, y + 56, "#5b32a8", radius=4)
        sheet.text(84, y + 12, span(s, " - "), 28, "#ffffff", bold=True)
        bottom = y + 56 + (150 if kind != "under" else 200)
        sheet.box(60, y + 56, 1140, bottom, "#ffffff", radius=8, outline="#d8d0ec")
        sheet.text(90, y + 80, s.title, 34, "#1a1a2e", bold=True)
        x, row = 90.0, y + 140
        for k, person in enumerate(people):
            if k and kind == "under":
                x, row = 90.0, row + 46
            if k:
                x = sheet.text(x, row, "×", 28, "#e8701a") + 24
            x = sheet.text(x, row, person.name, 28, "#5b32a8", bold=True) + 18
            x = sheet.text(x, row + 2, person.affiliation, 26, "#666666") + 26
        y = bottom + 50
        slots.append(s)
        start += minutes
    sheet.centred(y, "主办：中国Linux内核开发者大会组委会 · 议程以现场为准", 24, "#666666")
    return Poster("joint_talks", sheet.png(y + 70), one_forum("joint_talks", forum, slots))


def start_lengths() -> Poster:
    """A timeline of starts and lengths: each start large in the left column with its length under
    it ("40 分钟", no end printed), level with the speaker's line ('name  company', the name bold)
    at the right; a talk of two speakers, a line each; a break; lunch, a start alone. The end is
    the start plus the length, and the length is no part of the speaker's line beside it."""
    rng = random.Random(102)
    pool = Pool(rng)
    sheet = Sheet(1240, "#f5f7fa")
    sheet.box(0, 0, 1240, 260, "#1f3b73")
    forum = "网络与存储分论坛"
    sheet.text(70, 50, "CLK 2025 · 第二十届中国Linux内核开发者大会", 30, "#dfe8f5")
    sheet.text(70, 110, forum, 64, "#ffffff", bold=True)
    sheet.text(70, 200, "2025年11月8日 · 杭州国际博览中心", 28, "#dfe8f5")
    y, start = 330, at("09:00")
    slots: list[Slot] = []
    for minutes, speakers in ((40, 1), (40, 1), (20, 0), (45, 2), (30, 1), (40, 1)):
        if not speakers:
            s = slot("break", start, minutes, "茶歇")
            sheet.text(75, y, s.start or "", 44, "#888888", bold=True)
            sheet.text(80, y + 50, f"{minutes} 分钟", 24, "#888888")
            sheet.box(330, y + 4, 550, y + 54, "#fdeac4", radius=25)
            sheet.text(410, y + 10, s.title, 30, "#a0701a", bold=True)
        else:
            people = [Person(pool.person().name, rng.choice(FIRMS)) for _ in range(speakers)]
            s = slot("talk", start, minutes, pool.title(), people)
            sheet.text(75, y, s.start or "", 44, "#1f3b73", bold=True)
            sheet.text(80, y + 50, f"{minutes} 分钟", 24, "#777777")
            sheet.text(330, y, s.title, 34, "#1a1a1a", bold=True)
            for k, person in enumerate(people):
                right = sheet.text(330, y + 52 + 46 * k, person.name, 30, "#0f8a8a", bold=True)
                sheet.text(right + 30, y + 54 + 46 * k, person.affiliation, 28, "#777777")
        y += 150 + 46 * max(speakers - 1, 0)
        slots.append(s)
        start += minutes
    sheet.text(75, y, clock(start), 44, "#888888", bold=True)  # lunch: a start alone, no length
    sheet.box(330, y + 4, 550, y + 54, "#fdeac4", radius=25)
    sheet.text(410, y + 10, "午餐", 30, "#a0701a", bold=True)
    slots.append(Slot("break", clock(start), None, "午餐"))
    y += 120
    sheet.text(330, y, "主办：中国Linux内核开发者大会组委会 · 议程以现场为准", 24, "#777777")
    return Poster("start_lengths", sheet.png(y + 60), one_forum("start_lengths", forum, slots))


LAYOUTS: dict[str, Callable[[], Poster]] = {
    "time_left": time_left,
    "forum_table": forum_table,
    "time_between": time_between,
    "shared_slot": shared_slot,
    "session_hosts": session_hosts,
    "panel": panel,
    "breaks_lunch": breaks_lunch,
    "two_days": two_days,
    "name_runs": name_runs,
    "cards_grid": cards_grid,
    "forums_side": forums_side,
    "fields_table": fields_table,
    "dashed_rows": dashed_rows,
    "stacked_table": stacked_table,
    "centred_table": centred_table,
    "speaker_cards": speaker_cards,
    "ampm_name_first": ampm_name_first,
    "stacked_clock": stacked_clock,
    "photo_numbers": photo_numbers,
    "ticket_stub": ticket_stub,
    "track_columns": track_columns,
    "speakers_box": speakers_box,
    "short_firm_table": short_firm_table,
    "english_first": english_first,
    "ampm_days": ampm_days,
    "labelled_fields": labelled_fields,
    "dot_leaders": dot_leaders,
    "swimlanes": swimlanes,
    "console": console,
    "bracket_fields": bracket_fields,
    "bracketed_log": bracketed_log,
    "role_lines": role_lines,
    "wrapped_table": wrapped_table,
    "slide_cards": slide_cards,
    "joint_talks": joint_talks,
    "start_lengths": start_lengths,
}


@functools.cache
def poster(layout: str) -> Poster:
    return LAYOUTS[layout]()


def posters() -> Iterator[Poster]:
    return (poster(name) for name in LAYOUTS)


# Comparing a reading with the truth


def normal(text: str) -> str:
    """Full-width punctuation as ASCII and no whitespace: OCR drops spaces between English words."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


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
    """Each true slot against a read slot of its forum: the same title and start, else the same
    title, else the one at its place; each read slot is used once."""
    score = Score()
    if read.date != truth.date:
        score.wrong.append(f"date {truth.date}: read as {read.date}")
    forums = {normal(f.name): f for f in read.forums}
    for k, want in enumerate(truth.forums):
        have = forums.get(normal(want.name)) or (read.forums[k] if k < len(read.forums) else Forum(""))
        if normal(have.name) != normal(want.name):
            score.wrong.append(f"forum {want.name!r}: read as {have.name!r}")
        if (normal(have.host), normal(have.host_affiliation)) != (
            normal(want.host),
            normal(want.host_affiliation),
        ):
            told, read_as = f"{want.host} {want.host_affiliation}", f"{have.host} {have.host_affiliation}"
            score.wrong.append(f"{want.name}: host {told}; read {read_as}")
        unused = list(range(len(have.slots)))
        for n, s in enumerate(want.slots):
            score.total += 1
            titled = [i for i in unused if normal(have.slots[i].title) == normal(s.title)]
            timed = [i for i in titled if have.slots[i].start == s.start]
            found = (timed or titled or [i for i in unused if i == n])[:1]
            if not found:
                score.wrong.append(f"{want.name} {s.start} {s.title!r}: missing")
                continue
            unused.remove(found[0])
            got = have.slots[found[0]]
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
        score.wrong += [f"{want.name}: also read {have.slots[i]}" for i in unused]
    return score


def missed_by_ocr(poster: Poster, boxes: Sequence[OcrBox]) -> list[str]:
    """What the poster prints that OCR did not read (then a reading cannot be blamed on the reader):
    each title, time, name and affiliation looked for in the boxes' text, read by rows and by columns."""
    rows = "".join(b.text for b in boxes)
    columns = "".join(b.text for b in sorted(boxes, key=lambda b: (b.x0 // 60, b.y0)))
    text = normal(rows) + normal(columns)
    printed = [f.name for f in poster.truth.forums] + [f.host for f in poster.truth.forums]
    for s in (s for f in poster.truth.forums for s in f.slots):
        printed += [s.title, s.start or "", s.end or "", *s.speakers, *s.affiliations]

    def read(item: str) -> bool:
        """Read as printed: whole, or (a title wrapped under a name) in two pieces; a time, or
        as the twelve-hour clock prints it (its AM or PM perhaps printed once, at the range's
        end), or with an h for its colon."""
        item = normal(item)
        if re.fullmatch(r"\d\d:\d\d", item) and any(
            form in text for form in (normal(twelve(item)), normal(twelve(item))[:-2], item.replace(":", "h"))
        ):
            return True
        return item in text or any(item[:k] in text and item[k:] in text for k in range(2, len(item) - 1))

    return [item for item in printed if not read(item)]


def recorded() -> dict[str, list[OcrBox]]:
    """The OCR boxes recorded of each layout (by `--record`)."""
    data = json.loads(BOXES.read_text(encoding="utf-8"))
    return {layout: [box_of(row) for row in entry["boxes"]] for layout, entry in data.items()}


def size(poster: Poster) -> tuple[int, int]:
    with Image.open(io.BytesIO(poster.png)) as picture:
        return picture.size


def recorded_digests() -> dict[str, str]:
    """The digest of each picture whose boxes were recorded."""
    data = json.loads(BOXES.read_text(encoding="utf-8"))
    return {layout: entry["sha256"] for layout, entry in data.items()}


def record() -> None:
    """OCR every layout whose picture changed (or is new) and write its boxes, one box a line, with
    the digest of the picture read; a picture recorded before keeps its boxes."""
    kept = json.loads(BOXES.read_text(encoding="utf-8")) if BOXES.exists() else {}
    entries = []
    for p in posters():
        same = kept.get(p.layout, {}).get("sha256") == p.digest
        boxes = recorded()[p.layout] if same else read_image(p.png)
        rows = ",\n".join(
            json.dumps(
                [b.text, round(b.x0, 1), round(b.y0, 1), round(b.x1, 1), round(b.y1, 1), *box_row(b)[5:]],
                ensure_ascii=False,
            )
            for b in boxes
        )
        entries.append(f'"{p.layout}": {{"sha256": "{p.digest}", "boxes": [\n{rows}\n]}}')
    BOXES.write_text("{\n" + ",\n".join(entries) + "\n}\n", encoding="utf-8")
    print(f"wrote {BOXES}")


def main(args: list[str]) -> None:
    if args == ["--record"]:
        record()
        return
    out = Path(args[0] if args else ".")
    out.mkdir(parents=True, exist_ok=True)
    for p in posters():
        (out / f"{p.layout}.png").write_bytes(p.png)
        print(out / f"{p.layout}.png")


if __name__ == "__main__":
    main(sys.argv[1:])
