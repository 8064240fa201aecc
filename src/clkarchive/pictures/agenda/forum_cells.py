"""Forums named in a table's own column, not over their programmes: a spreadsheet's "论坛" column
whose merged cells print each forum's name (and its host under it) centred down the rows it holds.

Read as headings, such names would open a forum half way down its rows, and give the rows under
them to the wrong forum. A name is such a cell where everything printed on the rows around it
stands on one side of it (the table's first column, or its last), with timed rows both over and
under it (a forum's name heading a column of a table has them only under it) and no other forum's
name level with it (headings of forums side by side); a first column holds two or more (one
name left of the rows is a sidebar's heading); its name may wrap over the lines over its
"分论坛" ("处理器架构" / "与调度" / "分论坛"), its host's name under a bare label. Which rows a
cell holds is read from where its text is centred: the cells, top to bottom, take runs of
consecutive rows, each run centred on its cell's text. Where no such runs fit, which forum a row
is in is unclear, and none is shown.

A sheet sorted by time across forums names the forum in each row's first cell instead ("内存管理
分论坛 | 13:30 | 14:10 | 议题 …", rows of three forums interleaved): names down one left edge,
each with a time on its own row right of it. Each row is then its own cell's, and the rows of one
name make one forum.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from clkarchive.pictures.agenda.clock import same_level
from clkarchive.pictures.agenda.columns import heading_over
from clkarchive.pictures.agenda.doubts import Reading
from clkarchive.pictures.agenda.geometry import Text
from clkarchive.pictures.agenda.words import HOST, forum_name, join

_NEAR = 3  # line heights: the rows around a name, above and below it
ALL_FORUMS = -1  # a row that names no forum where the others name theirs (spans)


@dataclass(frozen=True)
class Cell:
    """A forum's cell: its name, its host's box ("主持人：郑丽华"; none where it prints no host),
    where its text is centred."""

    name: str
    host: tuple[Text, ...]
    middle: float
    row: bool = False  # it names one row's forum, on that row (a sheet sorted by time)


def forum_cells(
    boxes: Sequence[Text], height: float, is_time: Callable[[str], bool]
) -> tuple[list[Cell], set[int]]:
    """The forums the boxes name in cells of a table's column, top to bottom, and the ids of the
    boxes those cells print (the name, the host's line under it)."""
    if (by_row := _row_cells(boxes, height, is_time))[0]:
        return by_row
    cells: list[Cell] = []
    used: set[int] = set()
    first = 0  # of them, the cells of a first column (the rows right of them)
    for label in sorted((b for b in boxes if forum_name(b.text)), key=lambda b: b.y0):
        words = _name_over(label, boxes)  # its name's lines over its "分论坛" box
        host = _under(label, boxes, height, lambda b: bool(HOST.match(b.text)))
        # a bare label ("主持人") over the host's name
        label_only = HOST.match(host.text) if host is not None else None
        named = (
            _under(host, boxes, height, lambda b: True)
            if host is not None and label_only is not None and not label_only[1].strip()
            else None
        )
        hosts = tuple(b for b in (host, named) if b is not None)
        top, bottom = min(b.y0 for b in (*words, label)), max(b.y1 for b in (label, *hosts))
        middle = (top + bottom) / 2
        near = [
            b
            for b in boxes
            if top - _NEAR * height <= (b.y0 + b.y1) / 2 <= bottom + _NEAR * height
            and (b.x1 <= label.x0 or b.x0 >= label.x1)
        ]
        times = [(b.y0 + b.y1) / 2 for b in near if is_time(b.text)]
        sides = {b.x0 >= label.x1 for b in near}
        beside = any(forum_name(b.text) and same_level(b, label) for b in near)
        if (
            not (any(t < middle for t in times) and any(t > middle for t in times))
            or len(sides) > 1
            or beside
        ):
            # not among timed rows (a heading over them), rows on both sides of it, or a row of
            # headings (forums side by side)
            continue
        cells.append(Cell(forum_name(join([*(w.text for w in words), label.text])), hosts, middle))
        used |= {id(b) for b in (*words, label, *hosts)}
        first += sides == {True}
    # one name left of timed rows is a sidebar's heading over its programme, no table's column
    return (cells, used) if cells and first != 1 else ([], set())


def _name_over(label: Text, boxes: Sequence[Text]) -> list[Text]:
    """The lines of a forum's name stacked over its "分论坛" box in a narrow cell ("处理器架构" over
    "与调度" over "分论坛"), top to bottom; [] where the box names its forum whole."""
    words: list[Text] = []
    while forum_name(label.text) == "分论坛" and len(words) < 3:
        top = words[0] if words else label
        over = next((b for b in boxes if b is not top and heading_over(b, top)), None)
        if over is None:
            break
        words.insert(0, over)
    return words


def _under(box: Text, boxes: Sequence[Text], height: float, test: Callable[[Text], bool]) -> Text | None:
    """The box right under this one (within a line's height, overlapping it) that passes test."""
    return next(
        (b for b in boxes if test(b) and 0 <= b.y0 - box.y1 < height and b.x0 < box.x1 and b.x1 > box.x0),
        None,
    )


def _row_cells(
    boxes: Sequence[Text], height: float, is_time: Callable[[str], bool]
) -> tuple[list[Cell], set[int]]:
    """Forums named on each row: three or more names down one left edge, each with a time on its
    row and nothing between the two: the row's first cell before its time, or a tag after it (a
    list of the forums' talks merged by time, each tagged with its forum)."""

    def between(a: Text, b: Text) -> bool:  # a box on their row, between a and b (a left of b)
        return any(
            x is not a and x is not b and a.x1 <= x.x0 and x.x1 <= b.x0 and same_level(x, a) for x in boxes
        )

    labels = [
        label
        for label in boxes
        if forum_name(label.text)
        and any(
            is_time(t.text)
            and same_level(t, label)
            and ((t.x0 >= label.x1 and not between(label, t)) or (t.x1 <= label.x0 and not between(t, label)))
            for t in boxes
        )
    ]
    edge = min((b.x0 for b in labels), default=0.0)
    labels = [b for b in labels if b.x0 - edge <= height]
    if len(labels) < 3:
        return [], set()
    cells = [
        Cell(forum_name(b.text), (), (b.y0 + b.y1) / 2, row=True) for b in sorted(labels, key=lambda b: b.y0)
    ]
    return cells, {id(b) for b in labels}


def spans(rows: Sequence[tuple[float, float]], cells: Sequence[Cell]) -> list[int] | None:
    """For each row (the top and bottom of its time, top to bottom), the index of the cell that
    holds it; None where the cells cannot each be centred on a run of consecutive rows (within
    about half a time's height). Where each row names its own forum, a row that names none (a
    break all forums share) is ALL_FORUMS, if most rows name theirs."""
    if not rows or not cells:
        return None
    tolerance = 0.6 * statistics.median(bottom - top for top, bottom in rows)
    if cells[0].row:  # each row the cell on its own row
        held = [
            min(range(len(cells)), key=lambda k: abs(cells[k].middle - (top + bottom) / 2))
            for top, bottom in rows
        ]
        held = [
            k if abs(cells[k].middle - (top + bottom) / 2) <= tolerance else ALL_FORUMS
            for k, (top, bottom) in zip(held, rows, strict=True)
        ]
        return held if 2 * held.count(ALL_FORUMS) < len(held) else None
    out: list[int] = []
    start = 0
    for k, cell in enumerate(cells):
        if start >= len(rows):
            return None
        ends = [len(rows) - 1] if k == len(cells) - 1 else range(start, len(rows) - (len(cells) - 1 - k))
        if not ends:  # fewer rows than cells: the rows are not the cells'
            return None
        end = min(ends, key=lambda j: abs((rows[start][0] + rows[j][1]) / 2 - cell.middle))
        if abs((rows[start][0] + rows[end][1]) / 2 - cell.middle) > tolerance:
            return None
        out += [k] * (end - start + 1)
        start = end + 1
    return out


def by_cells(
    read: Sequence[Reading], held: Sequence[int], cells: Sequence[Cell]
) -> list[tuple[str, tuple[Text, ...], list[Reading]]]:
    """The readings of a programme grouped by the forum each is held by (spans): each forum's
    name, its host's boxes and its readings; a break no row names is every forum's, a talk no row
    names no forum's (a forum with no name, which shows none)."""
    out = []
    for name in dict.fromkeys(cell.name for cell in cells):  # a sheet's rows of one name: one forum
        own = [k for k, cell in enumerate(cells) if cell.name == name]
        mine = [
            r
            for r, at in zip(read, held, strict=True)
            if at in own or (at == ALL_FORUMS and r[1].kind != "talk")
        ]
        out.append((name, next((cells[k].host for k in own if cells[k].host), ()), mine))
    unnamed = [r for r, at in zip(read, held, strict=True) if at == ALL_FORUMS and r[1].kind == "talk"]
    return out + ([("", (), unnamed)] if unnamed else [])
