"""From OCR boxes to lines of text, by geometry alone.

OCR gives boxes with no order or structure; a poster's layout is only in
where they are and how large. A line is the boxes whose vertical centres fall
in one band; a box read twice (where OCR tiles overlap) counts once; type
size is a box's width per character.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from clkarchive.pictures.agenda.words import CJK, CJK_NAME, forum_name, join, person_name


@dataclass(frozen=True)
class Text:
    """A box as the agenda reader reads it (several OCR boxes of one name may make one)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    # OCR's probability of each character of `text` (OcrBox.chars); () when unknown, or where the
    # text is not the box's as read (boxes merged, cut).
    chars: tuple[float, ...] = field(default=(), compare=False)

    @property
    def em(self) -> float:
        """The type size: width per character, in widths of a Chinese character (a space counted:
        it takes its width, and an English title has many)."""
        units = sum(_width(c) for c in self.text)
        return (self.x1 - self.x0) / units if units else 0.0


def part(box: Text, start: int, end: int | None = None) -> Text:
    """The box's characters start:end as a box of their own, where they stand in it: each character
    takes its width (a digit is narrower than a Chinese character), so that a time run into its
    title ("14:50-15:00Rust 内核…") is cut where the title begins, at its column's edge."""
    units = [_width(c) for c in box.text]
    scale = (box.x1 - box.x0) / (sum(units) or 1.0)
    stop = len(box.text) if end is None else end
    x0, x1 = box.x0 + scale * sum(units[:start]), box.x0 + scale * sum(units[:stop])
    return Text(box.text[start:stop], x0, box.y0, x1, box.y1, box.chars[start:stop])


def _width(ch: str) -> float:
    """A character's width relative to a Chinese one's, roughly, in the sans-serif fonts of posters."""
    if unicodedata.east_asian_width(ch) in "WF":
        return 1.0
    if ch.isupper():
        return 0.7
    if ch == " ":
        return 0.26
    return 0.55 if ch.isalnum() else 0.4


@dataclass(frozen=True)
class Line:
    boxes: tuple[Text, ...]

    @property
    def text(self) -> str:
        return join(b.text for b in self.boxes)

    @property
    def top(self) -> float:
        return min(b.y0 for b in self.boxes)

    @property
    def bottom(self) -> float:
        return max(b.y1 for b in self.boxes)

    @property
    def em(self) -> float:
        """The size of its longest box, whose estimate is the surest."""
        return max(self.boxes, key=lambda b: len(b.text)).em


def translated_from(lines: list[Line]) -> int:
    """Where a title's English translation, printed under it, begins: after lines in Chinese,
    the lines of Latin script only set in smaller type ("欢迎致辞" over "Welcome Address"); the
    number of lines where there is none. An English title wrapped, or one in the title's type
    under a Chinese line, is the title's own."""
    first = next((k for k, line in enumerate(lines) if not CJK.search(line.text)), len(lines))
    rest = lines[first:]
    if not first or not rest or not all(re.search("[A-Za-z]{2}", line.text) for line in rest):
        return len(lines)
    size = statistics.median(line.em for line in lines[:first])
    return first if all(line.em <= 0.85 * size for line in rest) else len(lines)


def name_plate(line: Line) -> bool:
    """Whether a line is a name's length of Chinese characters alone in one box, padded or not
    ("刘　洋"): set as a card's name plate, whoever's it reads as."""
    return len(line.boxes) == 1 and bool(CJK_NAME.fullmatch("".join(line.text.split())))


def set_alike(a: Line, b: Line) -> bool:
    """Whether two lines are set alike, as a list's entries are: from one left edge (within half
    a line's height) in one line height (within a fifth; a width per character is rough where
    OCR dropped the spaces of a run)."""
    ha, hb = a.bottom - a.top, b.bottom - b.top
    return abs(a.boxes[0].x0 - b.boxes[0].x0) < 0.5 * max(ha, hb) and 0.8 <= ha / hb <= 1.25


def distinct(boxes: list[Text]) -> list[Text]:
    """The boxes less those that repeat one already kept (a line read twice by overlapping tiles)."""
    kept: list[Text] = []
    for box in sorted(boxes, key=lambda b: (b.y0, b.x0)):
        if not any(_overlap(box, k) > 0.6 for k in kept[-20:]):
            kept.append(box)
    return kept


# How a poster marks a speaker who talks remotely: a pill of its own, or a bracket after the name
# ("Mateus Carvalho (线上)"); no part of a name, an affiliation or a title.
_REMOTE = re.compile(r"\s*[(（\[【]\s*(?:线上|远程|在线|online|remote)\s*[)）\]】]\s*$", re.I)
_REMOTE_PILL = re.compile(r"\W*(?:线上|远程|online|remote)\W*", re.I)


def unmarked(boxes: list[Text]) -> list[Text]:
    """The boxes less a remote speaker's mark: a box that is only the mark, or the mark in brackets
    that ends a box."""
    out = []
    for box in boxes:
        if _REMOTE_PILL.fullmatch(box.text):
            continue
        m = _REMOTE.search(box.text)
        out.append(part(box, 0, m.start()) if m and m.start() else box)
    return out


def upright(boxes: list[Text], is_time: Callable[[str], bool]) -> list[Text]:
    """The boxes less those of text printed top to bottom (a ticket's stub: 存 储 I O 分 论 坛 one
    under the other), which would otherwise make one line of every row they stand beside. Such a
    column that names a forum is kept as its heading, over the first time right of it (the forum
    is what it stands beside); any other is decoration."""
    tall = [b for b in boxes if len(b.text) >= 2 and b.y1 - b.y0 >= 1.5 * (b.x1 - b.x0) > 0]
    if not tall:
        return boxes
    out = [b for b in boxes if b not in tall]
    stacks: list[list[Text]] = []
    for box in sorted(tall, key=lambda b: b.y0):
        last = stacks[-1][-1] if stacks else None
        if last and min(box.x1, last.x1) - max(box.x0, last.x0) > 0.5 * (box.x1 - box.x0):
            stacks[-1].append(box)
        else:
            stacks.append([box])
    for stack in stacks:
        name = forum_name(join(b.text for b in stack))
        x0, x1 = min(b.x0 for b in stack), max(b.x1 for b in stack)
        times = [b.y0 for b in out if b.x0 >= x1 and is_time(b.text)]
        if name and times:
            top = min(stack[0].y0, *times)
            out.append(Text(name, x0, top - 2, x1, top - 1))  # a thin line of its own: no row's
    return out


def _overlap(a: Text, b: Text) -> float:
    """Intersection over union of two boxes."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    return inter / ((a.x1 - a.x0) * (a.y1 - a.y0) + (b.x1 - b.x0) * (b.y1 - b.y0) - inter)


def lines_of(boxes: list[Text]) -> list[Line]:
    """Boxes grouped into lines: a box joins the line its vertical centre falls within.

    A forum heading's line also takes the boxes beside it in its height (the
    host, printed in two smaller lines to its right), and the characters of a
    name printed wide apart ("黄   靖") are joined.
    """
    rows: list[list[Text]] = []
    for box in sorted(boxes, key=lambda b: (b.y0 + b.y1) / 2):
        centre = (box.y0 + box.y1) / 2
        if rows and rows[-1][0].y0 <= centre <= rows[-1][0].y1:
            rows[-1].append(box)
        else:
            rows.append([box])
    merged: list[list[Text]] = []
    for row in rows:
        heading = next((b for b in row if forum_name(b.text)), None)
        if heading:
            while merged and all(heading.y0 <= (b.y0 + b.y1) / 2 <= heading.y1 for b in merged[-1]):
                row = merged.pop() + row
        elif (
            merged
            and (top := next((b for b in merged[-1] if forum_name(b.text)), None))
            and all(top.y0 <= (b.y0 + b.y1) / 2 <= top.y1 for b in row)
        ):
            merged[-1] += row
            continue
        merged.append(row)
    return [Line(tuple(_spaced_names(sorted(row, key=lambda b: b.x0)))) for row in merged]


def _spaced_names(row: list[Text]) -> list[Text]:
    out: list[Text] = []
    for box in row:
        last = out[-1] if out else None
        gap = box.x0 - last.x1 if last else math.inf
        if (
            last
            and len(last.text) == 1
            and (
                # a two-character name set as wide as three
                (CJK_NAME.fullmatch(last.text + box.text) and gap < 1.5 * (box.y1 - box.y0))
                # a character OCR boxed apart from the run it opens ("曹" "丽快手系统工程师")
                or (CJK.fullmatch(last.text) and CJK.match(box.text) and gap < box.y1 - box.y0)
            )
        ):
            out[-1] = Text(last.text + box.text, last.x0, min(last.y0, box.y0), box.x1, max(last.y1, box.y1))
        else:
            out.append(box)
    return out


def shared_edges(boxes: list[Text], height: float) -> list[float]:
    """The left edges that several boxes share (within half a line's height), left to right: where
    columns begin, of cards side by side or of a table's fields."""
    groups: list[list[float]] = []
    for x in sorted(b.x0 for b in boxes):
        if groups and x - groups[-1][0] <= height / 2:
            groups[-1].append(x)
        else:
            groups.append([x])
    return [g[0] for g in groups if len(g) >= 2]


# What OCR reads a name plate's bar as (a short coloured rule printed left of the name): a stroke
# (丨 and ｜ are | by then).
_BAR_GLYPH = re.compile(r"[1Il|一](?=[\u4e00-\u9fff]{2,3}$)")


def unbarred(box: Text) -> Text:
    """The box less the bar OCR read into it before a name ("1詹书航", "I岑北辰", "一岑北辰": a card's
    rule before each speaker), where the rest is a name of two or three characters and the box is
    wider than those characters (at most a box height each) by under a third of one. Wider, it
    has room for a character OCR lost into the stroke ("1明哲" of 郜明哲: 明 is a surname too), or
    the 一 is a character of the line's own ("一周年")."""
    if not (m := _BAR_GLYPH.match(box.text)) or not person_name(name := box.text[m.end() :]):
        return box
    height = box.y1 - box.y0
    if box.x1 - box.x0 - len(name) * height >= 0.3 * height:
        return box
    return Text(name, box.x1 - len(name) * box.em, box.y0, box.x1, box.y1)
