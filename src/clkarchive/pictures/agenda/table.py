"""A programme printed as a table of fields: a time column, then the title, the speakers and their
affiliations each in a column of its own ("时间 | 议题 | 演讲嘉宾 | 单位").

Lines across such a table run a title into a name into an affiliation, and a title or an
affiliation wrapped in its cell runs into the next row's lines; read by rows, it is garbled. The
columns are found by alignment (left edges the cells share), their fields by content: the column
whose cells are people's names is the speakers', one right of it whose cells open with
organisations is the affiliations', the widest of the rest the titles'. A speakers' cell may hold
the name and the affiliation in one run ("阮嘉禾 龙芯中科 首席架构师", OCR drops the spaces): each
name is cut from its affiliation where the lexicon is sure, as a name run in anywhere is. A
speakers' column may stack each name over its affiliation in smaller type (TIME | SESSION |
SPEAKER): its names are its boxes in the large type. A row runs from its time down to the next;
a cell's wrapped lines are joined.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass

from clkarchive.pictures.agenda.clock import UNREAD, break_first, cut_range, level, same_level, time_range
from clkarchive.pictures.agenda.geometry import Line, Text, shared_edges, translated_from
from clkarchive.pictures.agenda.name_cells import cell_of_names, names_only, share_of_names, stacked_cell
from clkarchive.pictures.agenda.run_in import listed_runs
from clkarchive.pictures.agenda.side_by_side import side_by_side
from clkarchive.pictures.agenda.speakers import SPLIT_SURE, name_and_affiliation
from clkarchive.pictures.agenda.words import (
    BREAK,
    CJK,
    COLUMN_HEAD,
    GUEST_WORDS,
    LIST,
    affiliation_like,
    join,
    known_name,
    norm,
    organisation,
    person,
    person_name,
    unread_name,
)


@dataclass(frozen=True)
class Row:
    """One row of a table: its time's box and the text of each field (several names or
    affiliations in one cell as printed, separated)."""

    time: Text
    boxes: tuple[Text, ...]  # all it holds, the time's included
    title: str
    names: tuple[str, ...]  # () where the cell holds something that is no name
    affiliations: tuple[str, ...]
    cell: str  # the speakers' cell as printed
    two_rows: bool = False  # it holds two rows, the time between them unread (see _two_rows)
    sure: float = 1.0  # how sure the names are: less where each was cut from its affiliation
    translation: str = ""  # the title's English translation printed under it (geometry.translated_from)


_SENTENCE = re.compile(r"[，。；,;]")  # what parts a sentence's clauses
_LABELLED_PEOPLE = re.compile(rf"(?:{GUEST_WORDS})\s*[:：]", re.I)  # "主持：汪立华"
_TIME_LABEL = re.compile(r"\W*(?:时间|TIME|Time)(?:\s*(?:TIME|Time))?\W*")  # a time column's head


def rows(boxes: list[Text], is_time: Callable[[str], bool]) -> list[Row]:
    """The rows of boxes printed as a table of fields, or [] where they are no such table."""
    boxes = [piece for box in boxes for piece in break_first(box)]  # a band's "茶歇15:10-15:25"
    times = _joined(sorted((b for b in boxes if is_time(b.text)), key=lambda b: b.y0))
    if len(times) < 2:
        return []
    height = statistics.median(b.y1 - b.y0 for b in boxes)
    edge = min(b.x0 for b in times)
    times, headings = [b for b in times if b.x0 - edge <= height], [b for b in times if b.x0 - edge > height]
    # The end of a range whose start OCR missed ("16:25-" unread, "17:05" left) stands in the time
    # column right of its edge: it opens its row, of no known time (its end is no start).
    alone = [h for h in headings if _unstarted(h, times, height)]
    # A break printed across the table, its time centred in the band with its name ("14:50-15:10
    # 茶歇"): a row of its own, whose time stands out of the time column.
    banded = [h for h in headings if any(level(b, h) and BREAK.fullmatch(b.text.strip()) for b in boxes)]
    unread = [Text(UNREAD, b.x0, b.y0, b.x1, b.y1) for b in alone]
    times = sorted([*times, *unread, *banded], key=lambda b: b.y0)
    headings = [h for h in headings if h not in alone and h not in banded]
    if len(times) < 2 or not all(_heads(h, times) for h in headings):
        return []  # no time column
    # The time column's label ("时间") heads it: a time over it is the forum's or the session's
    # hours printed over the table ("上午09:00-11:45 · 主持人：…"), no row's.
    label = next(
        (
            b
            for b in boxes
            if _TIME_LABEL.fullmatch(b.text.strip())
            and min(b.x1, times[0].x1) > max(b.x0, times[0].x0)
            and b.y1 <= times[-1].y0
        ),
        None,
    )
    if label is not None and len(over := [t for t in times if t.y1 <= label.y0]) < len(times) - 1:
        boxes = [b for b in boxes if (b.y0 + b.y1) / 2 > label.y0 or not any(level(b, t) for t in over)]
        times = [t for t in times if t not in over]
    # a heading's row is no row of the table, and none of its cells
    boxes = [b for b in boxes if not any(h.y0 <= (b.y0 + b.y1) / 2 <= h.y1 for h in headings)]
    right = [b for b in boxes if not is_time(b.text) and b.x0 > times[0].x1 - height / 2]
    top, bounds = _bounds(times, right, height)
    # The time column holds nothing of the first row but its time: what it prints over that time
    # within the row (its header, "时间") is the header row's, and the row begins under it, or the
    # header's other words ("嘉宾") would read as the first row's cells.
    top = max([top, *(b.y1 for b in boxes if _over_time(b, times[0], top))])
    cells = [b for b in right if (b.y0 + b.y1) / 2 >= top]
    # Titles under their times, down the times' own edge ("09:00-09:15" over "开幕致辞" over the
    # speaker): a list of talks, each opened by its time, not a table whose time column holds
    # only its times; read as one, every title would be lost with the time column.
    under = [
        b
        for b in boxes
        if b not in right
        and not is_time(b.text)
        and b.x1 > edge  # in the time column, not a page's sidebar of links left of it
        and top <= (b.y0 + b.y1) / 2 < times[-1].y0  # not a footnote
    ]
    if len([b for b in under if len(norm(b.text)) >= 4]) >= max(2, len(times) / 2):
        return []
    starts = _headed(boxes, times[0], cells, height) or _starts(cells, height)
    if len(starts) < 2:
        return []
    where = {id(box): _column(box, starts, height) for box in right}  # cells, and what is over them
    by_column: list[list[Text]] = [[b for b in cells if where[id(b)] == k] for k in range(len(starts))]
    # A column whose names lie within one row is indented in a cell (a panel's guests under its
    # moderator), not the table's speakers' column, whatever else it holds in other rows (their
    # companies, the page's folio under the table, set 252); nor is one that holds sentences
    # (cards whose speaker's biography starts where the name does).
    edges = [top, *bounds]

    def rows_named(col: list[Text]) -> int:  # how many rows a column's boxes stand in
        return len({sum(e <= (b.y0 + b.y1) / 2 for e in edges) for b in col})

    def names_in(k: int) -> list[Text]:  # its names, a centred first row's over the top found too
        return [b for b in right if where[id(b)] == k and cell_of_names(b.text)]

    named = [
        k
        for k, col in enumerate(by_column)
        if share_of_names(col) >= 0.6
        and rows_named(names_in(k)) >= 2
        and sum(len(norm(b.text)) >= 16 and bool(_SENTENCE.search(b.text)) for b in col) < 2
    ]
    if len(named) != 1 or named[0] == 0:
        return []
    name = named[0]
    # A table names the speakers of most of its rows; names in a fifth of them are a panel's
    # guests in pills, two to a row (set 50), in a programme whose speakers sit under their titles.
    if 2 * rows_named(by_column[name]) < len(times):
        return []
    firms = [k for k in range(name + 1, len(starts)) if _share(by_column[k], affiliation_like) >= 0.5][:1]
    if firms:
        # Centred cells: a wrapped affiliation's short line ("所" under "中国科学院软件研究") starts
        # right of its column's edge, and may share that start with others; it ends within the
        # column, so it is the column's.
        ends = max(b.x1 for b in by_column[firms[0]])
        firms += [
            k
            for k in range(firms[0] + 1, len(starts))
            if all(b.x1 <= ends + height / 2 for b in by_column[k])
        ]
        # A centred cell's line wider than its column ("中国科学技术大学" under "腾讯") starts left
        # of the column's edge, in the names' column: naming nobody and centred on the
        # affiliations' column, it is that column's (a name's cell read with it is no list).
        ends = max(b.x1 for k in firms for b in by_column[k])
        for box in by_column[name]:
            if (
                not names_only(box.text)
                and affiliation_like(box.text)
                and starts[firms[0]] <= (box.x0 + box.x1) / 2 <= ends
            ):
                where[id(box)] = firms[0]
        by_column = [[b for b in cells if where[id(b)] == k] for k in range(len(starts))]
    title = max(range(name), key=lambda k: sum(len(b.text) for b in by_column[k]))
    # Speakers printed under their titles, in the titles' column, in most rows ("邵宇航" "字节跳动…",
    # "关子健 龙芯中科…" under each title): a programme's lines, whose second speaker's name beside
    # the first's ("蒋骁 vivo…   齐悦 vivo…") made a "column of names" of one (set 105).
    # (names in characters: two Latin words, "Coffee Break", "Cloud Hypervisor", pass for a name)
    under_titles = [b for b in by_column[title] if CJK.search(b.text) and cell_of_names(b.text)]
    if 2 * rows_named(under_titles) >= len(times):
        return []
    # Its header ("时间 议题 演讲嘉宾 单位"): the row over the first whose words start the columns.
    header = [
        b
        for b in boxes
        if top - 3 * height <= (b.y0 + b.y1) / 2 < top and any(abs(b.x0 - x) <= height / 2 for x in starts)
    ]
    header = header if len(header) >= 3 else []
    # The titles' cells end left of the speakers' column where the two stand side by side (not a
    # list whose names are indented under their titles): a box run across is then OCR's join.
    beside = statistics.median(b.x1 for b in by_column[title]) < starts[name] if by_column[title] else False
    out = []
    reach = []  # how far each row's title reaches under its time's middle
    for time, upper, bottom in zip(times, [top, *bounds], bounds, strict=False):
        mine = [b for b in cells if upper <= (b.y0 + b.y1) / 2 < bottom]
        by_cell = [[b for b in mine if where[id(b)] == k] for k in range(len(starts))]
        middle = (time.y0 + time.y1) / 2
        reach.append(max((b.y1 for b in mine if where[id(b)] == title), default=middle) - middle)

        def field(*ks: int, row: list[Text] = mine) -> str:
            return join(b.text for b in sorted(row, key=lambda b: (b.y0, b.x0)) if where[id(b)] in ks)

        cell = field(name)
        # the title's English translation printed under it: kept apart (searchable), no title
        told = [Line(tuple(line)) for line in _cell_lines(by_cell[title], height)]
        english = told[translated_from(told) :] if told else []
        heading = field(title, row=[b for b in mine if not any(b in line.boxes for line in english)])
        speakers = by_cell[name]
        stacked = stacked_cell(speakers, by_column[name])
        sure = 1.0
        if stacked is not None:
            names, affiliations = stacked
        elif (apart := [name_and_affiliation(line) for line in _sub_rows(speakers, height)]) and all(apart):
            names, affiliations = tuple(p[0] for p in apart if p), tuple(p[1] for p in apart if p)
        elif len(sub := _sub_rows(speakers, height)) >= 2 and all(names_only(n) for n in sub):
            names = tuple(n for line in sub for n in LIST.split(line) if n)
            affiliations = _paired(speakers, [b for b in mine if where[id(b)] in firms])
        else:
            names = tuple(n for n in LIST.split(cell) if n)
            affiliations = tuple(a for a in LIST.split(field(*firms)) if a) if firms else ()
        # a name run into its company in a row whose affiliations' cell is empty (cells that print
        # "name company" on one line where it fits, name over company where it does not)
        # (or a name in a box of its own before its company's, "任晓东" "传音控股内核工程师")
        unfilled = not any(where[id(b)] in firms for b in mine)
        lines = _cell_lines(speakers, height)
        runs = _line_runs(lines[0]) if len(lines) == 1 else listed_runs(cell)
        if unfilled and not all(person(n) for n in names) and runs:
            names, affiliations, sure = tuple(n for n, _ in runs), tuple(a for _, a in runs), SPLIT_SURE
            if (each := _runs_by_line(lines)) is not None:
                names, affiliations = tuple(n for n, _ in each), tuple(a for _, a in each)
        # speakers side by side, each over its affiliation, the second beyond the names' column
        # ("黄涛" "何晟" over "海光信息·首席架构师" "海光信息·内核工程师", set 234)
        if (pair := _side_by_side([b for b in mine if where[id(b)] >= name], height)) is not None:
            names, affiliations = pair
        if not all(names_only(n) for n in names) or (beside and _crosses(time, mine, starts, height, name)):
            names = ()
        # a second speaker's name beside the first's, each over an affiliation: the list read is not whole
        if any(
            person(b.text) not in ("", *names) and any(same_level(b, n) for n in speakers)
            for b in mine
            if where[id(b)] > name
        ):
            sure = 0.0
        # a panel's people labelled in its title's cell ("主持：汪立华" "嘉宾：岳红梅", the other guests
        # indented into the names' column): the names' column holds only some of them
        if _LABELLED_PEOPLE.search(field(title)):
            sure = 0.0
        out.append(
            Row(
                time,
                (time, *mine, *(header if time is times[0] else ())),
                heading or join(b.text for b in sorted(mine, key=lambda b: b.x0)),  # a break across
                tuple(person_name(n) for n in names),
                affiliations if len(affiliations) == len(names) else (),
                cell,
                _two_rows(by_cell, height, title),
                sure,
                join(line.text for line in english),
            )
        )
    if not any(row.names for row in out):
        return []  # a "column of names" none of whose rows names anyone: no table's (talks' lines)
    # The last row, whose bottom nothing marks, its title reaching farther under its time than
    # any other row's by more than a line: it may hold one more row, whose time OCR missed
    # (read, the talk would be given the next one's title and speakers).
    if len(out) >= 3 and reach[-1] > max(reach[:-1]) + height:
        out[-1] = dataclasses.replace(out[-1], two_rows=True)
    return out


def _headed(boxes: list[Text], first: Text, cells: list[Text], height: float) -> list[float]:
    """Where the table's columns begin by its header row ("时间 | 议题 | 演讲嘉宾" over the first
    row): half way between the centres of the labels right of the time column, where every
    column's cells are centred under its label, as a table tool sets them (cells centred in their
    columns share no left edge to find them by). [] where the table prints no such row, or its
    cells are set otherwise (from the left, under a label set from the left or centred)."""
    heads = [b for b in boxes if COLUMN_HEAD.fullmatch(b.text) and b.y0 < first.y0]
    labels = sorted(
        (
            b
            for b in heads
            if first.y0 - 4 * height <= b.y0 and b.x0 > first.x1 - height / 2 and same_level(b, heads[0])
        ),
        key=lambda b: b.x0,
    )
    if len(labels) < 2 or not cells:
        return []
    centres = [(b.x0 + b.x1) / 2 for b in labels]
    bounds = [-math.inf, *((a + b) / 2 for a, b in itertools.pairwise(centres)), math.inf]
    for k, centre in enumerate(centres):  # each column's cells centred under its label: else []
        mine = [(b.x0 + b.x1) / 2 for b in cells if bounds[k] <= (b.x0 + b.x1) / 2 < bounds[k + 1]]
        if not mine or sum(abs(c - centre) <= 1.5 * height for c in mine) < 0.8 * len(mine):
            return []
    return [min(b.x0 for b in cells), *bounds[1:-1]]


def _starts(cells: list[Text], height: float) -> list[float]:
    """Where the table's columns begin: the left edges several cells share, and where a column set
    flush right or centred begins. Such a column (a name and its company at the far end of each
    row, after its title; a unit centred in its cell) is the boxes that end three rows or more,
    all at one right edge or about one centre; it begins at its widest box's left edge, where no
    other box crosses, and the left edges its own boxes happen to share (two names of one
    length) begin no column of their own."""
    starts = shared_edges(cells, height)
    ends = [b for b in cells if not any(c.x0 > b.x1 and same_level(b, c) for c in cells)]
    aligned: tuple[Callable[[Text], float], ...] = (lambda b: b.x1, lambda b: (b.x0 + b.x1) / 2)
    for edge in aligned:
        groups: list[list[Text]] = []
        for box in sorted(ends, key=edge):
            if groups and edge(box) - edge(groups[-1][0]) <= height / 2:
                groups[-1].append(box)
            else:
                groups.append([box])
        for group in groups:
            x = min(b.x0 for b in group)
            if len(group) < 3 or any(b.x0 < x - height / 2 < b.x1 for b in cells):
                continue
            inside = [
                at
                for at in starts
                if at > x + height / 2 and all(b in group for b in cells if abs(b.x0 - at) <= height / 2)
            ]
            starts = sorted({*(at for at in starts if at not in inside and abs(at - x) > height / 2), x})
    return starts


def _crosses(time: Text, row: list[Text], starts: list[float], height: float, name: int) -> bool:
    """Whether a box of the row that starts left of the speakers' column runs on into it: OCR
    joined a title's line with the name beside it ("15:50-16:30PREEMPT_RT合入主线之后：彭晓雯"),
    so the speakers' cell lacks that name and its list is not whole; read, it would name one
    speaker of two."""
    edge = starts[name] + height / 2
    return any(_column(b, starts, height) < name and b.x1 > edge for b in (time, *row))


def _heads(time: Text, column: list[Text]) -> bool:
    """Whether a time printed out of the time column (right of it, on a row with no time of the
    column) heads the rows under it: its range holds the range of the first time under it and
    starts with it, as a box of short talks prints its whole span over them ("闪电演讲 14:50–15:20"
    over 14:50-15:00, 15:00-15:10, …). It is no talk's time, and its row no talk's."""
    span, under = time_range(time.text), [t for t in column if t.y0 > time.y1]
    if span is None or span[1] is None or not under or time.x0 <= column[0].x1:
        return False
    if any(t.y0 <= (time.y0 + time.y1) / 2 <= t.y1 for t in column):
        return False
    first = time_range(under[0].text)
    return first is not None and first[0] == span[0] and first[1] is not None and first[1] <= span[1]


def _joined(times: list[Text]) -> list[Text]:
    """The table's times with each range OCR cut in two after its dash ("16:25-" "17:05") made one,
    where its start stands: else its end, right of the time column's edge, means no time column
    is found and no row of the table is read. Only here, where the rows place the range: joined
    for every reading (in clock.ended), it showed misread times on a poster read line by line
    that were withheld before, unplaced."""
    cut = {id(s): (whole, e) for s in times for e in times if (whole := cut_range(s, e)) is not None}
    ends = {id(e) for _, e in cut.values()}
    return [cut[id(t)][0] if id(t) in cut else t for t in times if id(t) not in ends]


def _unstarted(time: Text, column: list[Text], height: float) -> bool:
    """Whether a time right of the time column's edge stands within the column (starting before
    its times end, by half a line) on a row of no time of the column: the end of a range whose
    start OCR missed, never a heading over the rows (which stands right of the column)."""
    return (
        time.x0 < max(t.x1 for t in column) - height / 2
        and not any(t.y0 <= (time.y0 + time.y1) / 2 <= t.y1 for t in column)
        and not _heads(time, column)
    )


def _over_time(box: Text, time: Text, top: float) -> bool:
    """Whether a box stands in the time column over its first time, below the table's first row's
    top as reckoned from the times alone."""
    return box.y1 <= time.y0 and (box.y0 + box.y1) / 2 > top and min(box.x1, time.x1) > max(box.x0, time.x0)


def _bounds(times: list[Text], cells: list[Text], height: float) -> tuple[float, list[float]]:
    """Where the rows begin and end: the first one's top, then each one's bottom (the next one's
    top). Between two times rows part at the widest gap between the cells' lines; where the times
    are centred on their rows (the cells of most rows begin over their time), the first row
    reaches as far over its time as it does under it, the last as far under as over. Whether a
    row's cells begin over its time is read from its cells, not from the cut: rows set apart by
    a wide gap (cards) part in its middle, well over a time level with its title's first line."""
    centre = [(t.y0 + t.y1) / 2 for t in times]
    bounds = []
    for k in range(len(times) - 1):
        spans = sorted((b.y0, b.y1) for b in cells if centre[k] < (b.y0 + b.y1) / 2 < centre[k + 1])
        # the row's cells level with its time reach down as far as they do, not to its middle
        level_with = [b.y1 for b in cells if level(b, times[k]) and (b.y0 + b.y1) / 2 <= centre[k]]
        gaps, edge = [], max([centre[k], *level_with])
        for y0, y1 in spans:
            gaps.append((y0 - edge, (edge + y0) / 2))
            edge = max(edge, y1)
        gaps.append((centre[k + 1] - edge, (edge + centre[k + 1]) / 2))
        width, cut = max(gaps)
        bounds.append(cut if width > 0 else times[k + 1].y0 - height / 2)
    over = [
        any(b.y0 < t.y0 - height / 2 for b in cells if cut < (b.y0 + b.y1) / 2 < middle)
        for t, cut, middle in zip(times[1:], bounds, centre[1:], strict=True)
    ]
    if len(over) >= 2 and sum(over) > len(over) / 2:
        first, last = centre[0] - (bounds[0] - centre[0]), centre[-1] + (centre[-1] - bounds[-1])
        return first, [*bounds, last]
    return times[0].y0 - height / 2, [*bounds, _last_end(times[-1], cells, height)]


def _last_end(time: Text, cells: list[Text], height: float) -> float:
    """Where the last row ends: at the first gap under its time wider than three lines (what
    follows the table, "下午 五个分论坛同时进行" over the afternoon's grid, is no cell of its lunch),
    else at the table's end."""
    edge = max([(time.y0 + time.y1) / 2, *(b.y1 for b in cells if level(b, time))])
    for box in sorted((b for b in cells if b.y0 > edge), key=lambda b: b.y0):
        if box.y0 - edge > 3 * height:
            return (edge + box.y0) / 2
        edge = max(edge, box.y1)
    return float("inf")


def _two_rows(cells: list[list[Text]], height: float, title: int) -> bool:
    """Whether a row's cells hold two rows, the time between them unread: in its titles' column
    and one more, lines stand farther apart than a line's height, where a cell prints its lines
    (a wrapped title, names one under another) close. Shown, the first talk would have the
    second's time or speaker. The first or last row, whose far edge is a guess, may reach a
    header's words in one cell, or a footer's across the others, never a second title."""
    return _apart(cells[title], height) and sum(_apart(cell, height) for cell in cells) >= 2


def _apart(cell: list[Text], height: float) -> bool:
    """Whether a cell's lines stand farther apart than a line's height."""
    spans = sorted((b.y0, b.y1) for b in cell)
    return any(y0 - max(y1 for _, y1 in spans[:k]) > height for k, (y0, _) in enumerate(spans) if k)


def _sub_rows(cell: list[Text], height: float) -> list[str]:
    """A cell's lines top to bottom, each its boxes' text left to right: a row of two speakers
    prints a name a line ("史俊杰" over "钟晓燕"), each line its own name."""
    return [join(b.text for b in line) for line in _cell_lines(cell, height)]


def _cell_lines(cell: list[Text], height: float) -> list[list[Text]]:
    """A cell's lines top to bottom, each its boxes left to right."""
    lines: list[list[Text]] = []
    for box in sorted(cell, key=lambda b: (b.y0 + b.y1) / 2):
        if lines and (box.y0 + box.y1) / 2 - (lines[-1][0].y0 + lines[-1][0].y1) / 2 < height / 2:
            lines[-1].append(box)
        else:
            lines.append([box])
    return [sorted(line, key=lambda b: b.x0) for line in lines]


def _side_by_side(cells: list[Text], height: float) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The (names, affiliations) of a row's cells from the names' column on, where they print two
    or more names far apart on one line, each over its affiliation (side_by_side.py); else None."""
    lines = _cell_lines(cells, height)
    if len(lines) < 2 or len(lines[0]) < 2:
        return None
    found = side_by_side(Line(tuple(lines[0])), Line(tuple(lines[1])))
    return (tuple(s.name for s in found), tuple(s.affiliation for s in found)) if found else None


def _runs_by_line(lines: list[list[Text]]) -> list[tuple[str, str]] | None:
    """The (name, affiliation) of each speaker of a cell that prints a speaker a line, each name
    run into its affiliation or apart from it in a box of its own ("金浩中国电信研究员" over
    "白雪" "赛防科技软件工程师"); None where the cell has one line, or where no line after the
    first opens with a name (an affiliation wrapped onto a second line is the first speaker's).
    Where one does and a line is no run the lexicon cuts surely ("白雪赛防科技…": 白雪 or
    白雪赛?), the cell's names are not all read: [], never the first name alone as the list."""
    if len(lines) < 2 or not any(_named(line) for line in lines[1:]):
        return None
    out: list[tuple[str, str]] = []
    for line in lines:
        if (cut := _line_runs(line)) is None:
            return []
        out += cut
    return out


def _named(line: list[Text]) -> bool:
    """Whether a cell's line opens with a person's name: cut from what follows it, a known
    surname's two or three characters before more that open no organisation, or a name the reader
    cannot take before a known organisation (`unread_name`)."""
    text = join(b.text for b in line)
    return (
        _line_runs(line) is not None
        or (any(person(text[:k]) for k in (2, 3)) and not organisation(text))
        or unread_name(text)
    )


def _line_runs(line: list[Text]) -> list[tuple[str, str]] | None:
    """A cell's line as its speakers (`listed_runs`), a name in a box of its own before its affiliation
    ("白雪" "赛防科技软件工程师") read as printed apart: joined, the cut would be a guess."""
    if len(line) >= 2 and known_name(line[0].text):
        return [(line[0].text, join(b.text for b in line[1:]))]
    return listed_runs(join(b.text for b in line))


def _paired(names: list[Text], firms: list[Text]) -> tuple[str, ...]:
    """Each name's affiliation in a row of names a line: the affiliations' lines nearest it
    (a row pairs its speakers and units sub-row by sub-row); () where a name has none."""
    centres = sorted({(b.y0 + b.y1) / 2 for b in names})
    mine: list[list[Text]] = [[] for _ in centres]
    for firm in sorted(firms, key=lambda b: (b.y0, b.x0)):
        middle = (firm.y0 + firm.y1) / 2
        mine[min(range(len(centres)), key=lambda k: abs(centres[k] - middle))].append(firm)
    if len(centres) != len(names) or not all(mine):
        return ()
    return tuple(join(b.text for b in boxes) for boxes in mine)


def _column(box: Text, starts: list[float], height: float) -> int:
    return max((k for k, x in enumerate(starts) if x <= box.x0 + height / 2), default=0)


def _share(boxes: list[Text], test: Callable[[str], bool]) -> float:
    return sum(test(b.text) for b in boxes) / len(boxes) if boxes else 0.0
