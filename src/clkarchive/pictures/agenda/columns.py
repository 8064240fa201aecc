"""A poster's columns: forums side by side under a row of headings, forums as a Gantt chart's
lanes, and columns printed side by side within one programme (cards in a grid, a morning and an
afternoon); each to be read on its own, as one column of lines (layout.py gives each time its lines).

Which boxes share a column is told by geometry alone: headings' centres and the gutters between
panels, left edges many boxes share with nothing reaching past them, times down a column's edge.
"""

from __future__ import annotations

import collections
import itertools
import math
import re
import statistics
from collections.abc import Callable

from clkarchive.pictures.agenda.geometry import Text, shared_edges
from clkarchive.pictures.agenda.words import BREAK, COLUMN_HEAD, HOST, forum_name, join, norm


def columns(boxes: list[Text], is_time: Callable[[str], bool]) -> list[list[Text]]:
    """The poster's boxes by column, top to bottom within each.

    A row of two or more forum headings opens forums side by side down to the next row of
    headings; each box goes to the forum whose heading's centre is nearest, a time left of
    them all to every one (a table's time column), and a break printed across the row
    ("茶歇" once for all forums, with its time) to every forum with nothing else on its row.
    """
    headings = [b for b in boxes if forum_name(b.text)]
    # a heading wrapped over two lines stands in its row where its first line does
    # ("调度、性能与调试" over "分论坛", beside two headings of one line)
    tops = {id(h): w for h in headings if forum_name(h.text) == "分论坛" for w in boxes if heading_over(w, h)}
    # and one set wide, its words in a box of their own before "分论坛" ("内存管理与优化   分论坛"),
    # stands where its words begin: its centre is the whole heading's
    fronts = {
        id(h): w for h in headings if forum_name(h.text) == "分论坛" for w in boxes if _heading_before(w, h)
    }
    headings = sorted(
        (
            tops[id(h)]
            if id(h) in tops
            else Text(f"{fronts[id(h)].text}{h.text}", fronts[id(h)].x0, h.y0, h.x1, h.y1)
            if id(h) in fronts
            else h
            for h in headings
        ),
        key=lambda b: b.y0,
    )
    rows: list[list[Text]] = []
    for h in headings:
        if rows and rows[-1][0].y0 <= (h.y0 + h.y1) / 2 <= rows[-1][0].y1:
            rows[-1].append(h)
        else:
            rows.append([h])
    wide = [sorted(r, key=lambda b: b.x0) for r in rows if len(r) >= 2]
    if not wide:
        return [boxes]
    if panel := _panel_beside(boxes, wide[0], is_time):
        return [panel, *columns([b for b in boxes if b not in panel], is_time)]
    out: list[list[Text]] = []
    rest = list(boxes)
    for row in wide:
        top = min(b.y0 for b in row)
        later = [r for r in rows if r[0].y0 > row[0].y1]
        bottom = min((r[0].y0 for r in later), default=float("inf"))
        # what stands over the row: the programme's head, or (between two rows of headings) a
        # forum set across the page, under a heading of its own
        above = [b for b in rest if (b.y0 + b.y1) / 2 < top]
        if above:
            out.append(above)
        inside = [b for b in rest if top <= (b.y0 + b.y1) / 2 < bottom]
        rest = [b for b in rest if (b.y0 + b.y1) / 2 >= bottom]
        centres = [(b.x0 + b.x1) / 2 for b in row]
        width = min(b - a for a, b in itertools.pairwise(centres))
        left = centres[0] - width / 2
        cols: list[list[Text]] = [[] for _ in row]
        shared: list[Text] = []
        timing = _time_column(inside, row, is_time)
        mine = [b for b in inside if (b.x0 + b.x1) / 2 >= left and id(b) not in timing]
        cuts = [_gutter(mine, a, b, is_time) for a, b in itertools.pairwise(row)]
        across = _spanning(mine, cuts, is_time, [b.x0 for b in row])
        for box in inside:
            centre = (box.x0 + box.x1) / 2
            if id(box) in across:
                for col in cols:
                    col.append(box)
                continue
            if centre < left or id(box) in timing:
                if is_time(box.text):
                    shared.append(box)
                continue
            cols[sum(centre >= c for c in cuts)].append(box)
        # A break's name with the time on its row in its column: a band narrower than the row
        # (centred in one column) still breaks every forum; its name alone would end a talk's
        # lines in the others, where it reads as the talk's speaker. A forum that prints a break
        # of its own (panels side by side, each with its own programme) takes none of another's.
        bands = [
            [box, *(t for t in c if is_time(t.text) and _same_row(t, box))]
            for c in cols
            for box in c
            if BREAK.fullmatch(box.text.strip())
        ]
        breaks = [any(BREAK.fullmatch(b.text.strip()) for b in col) for col in cols]
        for band in bands:
            for col, own in zip(cols, breaks, strict=True):
                if not own and not any(_same_row(b, band[0]) for b in col):
                    col.extend(band)
        out += [col + shared for col in cols]
    if rest:
        out.append(rest)
    return out


def _heading_before(words: Text, box: Text) -> bool:
    """Whether words are a forum heading's name set apart before its "分论坛" box, on its line, in
    its type, within two of its heights (OCR's boxes may overlap a little)."""
    h = box.y1 - box.y0
    return (
        words is not box
        and abs((words.y0 + words.y1) - (box.y0 + box.y1)) / 2 < h / 2
        and -h / 2 <= box.x0 - words.x1 <= 2 * h
        and 0.7 <= (words.y1 - words.y0) / h <= 1.3
        and bool(_HEADING_WORDS.fullmatch(words.text))
    )


def heading_over(words: Text, box: Text) -> bool:
    """Whether words are the first line of a forum's heading that wrapped before its "分论坛" box:
    right over it, from its left edge or centred on it, in its type ("体系结构与虚拟化",
    "调度、性能与调试")."""
    h = box.y1 - box.y0
    return (
        0 <= box.y0 - words.y1 < 0.5 * h
        and (abs(words.x0 - box.x0) <= h or abs(words.x0 + words.x1 - box.x0 - box.x1) <= h)
        and 0.8 <= words.em / box.em <= 1.25
        and bool(_HEADING_WORDS.fullmatch(words.text))
    )


_HEADING_WORDS = re.compile(
    r"(?=.*[\u4e00-\u9fff])[\u4e00-\u9fff、A-Za-z0-9 ]{2,16}"
)  # a forum's name before 分论坛


def _panel_beside(boxes: list[Text], row: list[Text], is_time: Callable[[str], bool]) -> list[Text]:
    """A programme of its own in a panel left of forums side by side that share one time axis
    (the morning's 主论坛 beside the afternoon's grid), or []: a column of times left of the
    axis's, with text of its own, under the poster's header, and nothing crossing from it into
    the grid down to its last time. Read as part of the axis, its times would time every forum's
    rows."""
    height = statistics.median(b.y1 - b.y0 for b in boxes)
    starts = [b.x0 for b in boxes if is_time(b.text) and b.x1 <= row[0].x0]
    if not starts:
        return []
    axis = max(starts)
    edge = min(x for x in starts if axis - x < height) - height  # the axis's left, a line's room
    top = min(b.y0 for b in row)
    across = [b for b in boxes if b.x0 < edge < b.x1]
    ceiling = max((b.y1 for b in across if b.y1 <= top), default=-math.inf)
    panel = [b for b in boxes if b.x1 <= edge and b.y0 >= ceiling]
    times = [b for b in panel if is_time(b.text)]
    if not times or all(is_time(b.text) for b in panel):
        return []
    last = max(b.y1 for b in times)
    return [] if any(b.y1 > ceiling and b.y0 < last for b in across) else panel


def _gutter(boxes: list[Text], left: Text, right: Text, is_time: Callable[[str], bool]) -> float:
    """Where to cut two forums side by side apart, given their headings: where the right one is
    set at its panel's left edge (a box, its time column's, begins the panel within the heading's
    height twice left of it, after a strip no box crosses), in the middle of that strip, the
    gutter between the panels; else half way between the headings' centres. Headings set at
    their panels' left edges leave each panel's right end (a speaker's name at the end of its
    row, a hall's label) nearer the next heading's centre than its own: half way would give it
    to the next panel."""
    middle = ((left.x0 + left.x1) / 2, (right.x0 + right.x1) / 2)
    h = right.y1 - right.y0
    if (cut := _time_edge(boxes, middle[0], right, is_time)) is not None:
        return cut
    spans = sorted((b.x0, b.x1) for b in boxes if b.x1 > middle[0] and b.x0 < right.x0)
    edge = middle[0]
    strips = []  # (width, middle) of each strip no box crosses, right of half way
    for x0, x1 in spans:
        if x0 > edge and right.x0 - x0 <= 2 * h:
            return (edge + x0) / 2
        if x0 > edge and x0 > sum(middle) / 2:
            strips.append((x0 - edge, (edge + x0) / 2))
        edge = max(edge, x1)
    # A heading set in from its panel's edge (after a number's chip): the widest strip no box
    # crosses right of half way, where the panels part, wider than two lines' height.
    wide = max(strips, default=(0.0, 0.0))
    return wide[1] if wide[0] > 2 * h else sum(middle) / 2


def _time_edge(boxes: list[Text], after: float, right: Text, is_time: Callable[[str], bool]) -> float | None:
    """The gutter left of the right forum's own time column, where its heading is set in from its
    panel's edge (after a number's chip, "02 | 文件系统与存储 分论坛") and its times stand left of half
    way between the headings: two or more times from one left edge between the left heading's
    centre and the right heading, most with a title right beside it, and a strip left of them no
    box crosses. None where there is no such column."""
    h = right.y1 - right.y0
    times = [b for b in boxes if is_time(b.text) and after < b.x0 < right.x0]
    if len(times) < 2 or max(b.x0 for b in times) - min(b.x0 for b in times) > h:
        return None
    titled = [  # OCR's boxes of a time and its title may overlap a little ("16:20-16:50", "ext4…")
        t
        for t in times
        if any(b is not t and -h / 2 <= b.x0 - t.x1 <= 2 * h and _same_row(t, b) for b in boxes)
    ]
    if 3 * len(titled) < 2 * len(times):  # most: OCR may set a title's box a little off its time's row
        return None
    start = min(b.x0 for b in times)
    # (the right heading's first words in a box of their own, "调度、" before "性能与调试分论坛", may
    # stand over its column: they part no panels)
    if any(b.x0 < start < b.x1 and not _heading_before(b, right) for b in boxes):
        return None
    edge = max((b.x1 for b in boxes if b.x1 <= start and b.x1 > after), default=after)
    return (edge + start) / 2


def lanes(boxes: list[Text], is_time: Callable[[str], bool]) -> list[list[Text]]:
    """The boxes of forums printed as lanes one under another (a Gantt chart's swimlanes), a
    lane's label at its left (the forum's name, a hall, the host) beside its talks, all times
    right of the labels: each lane's boxes, its label moved over its talks so that it reads as
    the heading of a forum; what is above the first lane and below the last, as they are.
    A lane runs half way to the next lane's label. Where fewer than two labels left of every
    time name a forum beside a talk's line, the boxes are no lanes: [boxes]."""
    times = [b for b in boxes if is_time(b.text)]
    if not times:
        return [boxes]
    height = statistics.median(b.y1 - b.y0 for b in boxes)
    edge = min(b.x0 for b in times) - height
    side = sorted((b for b in boxes if b.x1 < edge and not is_time(b.text)), key=lambda b: b.y0)
    groups: list[list[Text]] = []
    for box in side:
        if groups and box.y0 - max(b.y1 for b in groups[-1]) < 2 * height:
            groups[-1].append(box)
        else:
            groups.append([box])
    labels = [(named, g) for g in groups if (named := _lane_name(g))]
    beside = [
        (named, g)
        for named, g in labels
        if any(b.x0 >= edge and b.y0 < named.y1 and b.y1 > named.y0 for b in boxes)
    ]
    if len(beside) < 2 or len(beside) < len(labels):
        return [boxes]
    spans = [(min(b.y0 for b in g), max(b.y1 for b in g)) for _, g in beside]
    cuts = [(bottom + top) / 2 for (_, bottom), (top, _) in itertools.pairwise(spans)]
    half = min(c - bottom for c, (_, bottom) in zip(cuts, spans, strict=False))
    edges = [spans[0][0] - half, *cuts, spans[-1][1] + half]
    rest = [b for b in boxes if not any(b in g for _, g in beside)]
    out = [[b for b in rest if (b.y0 + b.y1) / 2 < edges[0]]]
    for (named, group), top, bottom in zip(beside, edges, edges[1:], strict=False):
        talks = [b for b in rest if top <= (b.y0 + b.y1) / 2 < bottom]
        if not talks:
            return [boxes]
        label = [named, *(b for b in group if b.y0 >= named.y1 - height / 2)]
        shift = min(b.y0 for b in talks) - height / 2 - max(b.y1 for b in label)
        out.append([Text(b.text, b.x0, b.y0 + shift, b.x1, b.y1 + shift) for b in label] + talks)
    out.append([b for b in rest if (b.y0 + b.y1) / 2 >= edges[-1]])
    return [group for group in out if group]


def _lane_name(group: list[Text]) -> Text | None:
    """A lane's label's forum name as one box: its first box, or its first two or three joined
    where the name wrapped ("eBPF与可观测性分" over "论坛"); None where it names no forum."""
    for k in (1, 2, 3):
        head = group[:k]
        if len(head) == k and forum_name(text := join(b.text for b in head)):
            return Text(text, min(b.x0 for b in head), head[0].y0, max(b.x1 for b in head), head[-1].y1)
    return None


def _time_column(inside: list[Text], row: list[Text], is_time: Callable[[str], bool]) -> set[int]:
    """The ids of the times that time every forum's rows though their centres stand under the
    first forum's column: where every time stands left of the first heading (a time column under
    its own label, the tracks' titles beside it, no time in any track)."""
    times = [b for b in inside if is_time(b.text)]
    if times and all(b.x1 <= row[0].x0 for b in times):
        return {id(b) for b in times}
    return _spine(inside, row, times)


def _spine(inside: list[Text], row: list[Text], times: list[Text]) -> set[int]:
    """The ids of the boxes of a time column printed between two forums' columns (a slide's
    spine of times, each the time of both cards beside it), its label ("时间") with them: every
    time stands in the gutter between two headings, and no other box from the first time down to
    the last reaches into the strip they span (a note across the foot is no part of it). Nearer
    one heading than the other, the times would all go to that forum, and the other would have
    none: its talks unread."""
    if not times:
        return set()
    x0, x1 = min(b.x0 for b in times), max(b.x1 for b in times)
    top, bottom = min(b.y0 for b in times), max(b.y1 for b in times)
    gutter = any(a.x1 <= x0 and x1 <= b.x0 for a, b in itertools.pairwise(row))
    strip = [b for b in inside if b.x1 > x0 and b.x0 < x1]
    if not gutter or any(not _spined(b, x0, x1) for b in strip if b.y1 > top and b.y0 < bottom):
        return set()
    return {id(b) for b in strip if _spined(b, x0, x1) and b.y0 < bottom}


def _spined(box: Text, x0: float, x1: float) -> bool:
    """Whether a box lies within a spine's strip, from x0 to x1, give or take its own height."""
    return box.x0 >= x0 - (box.y1 - box.y0) and box.x1 <= x1 + (box.y1 - box.y0)


def parallel(boxes: list[Text], is_time: Callable[[str], bool]) -> list[list[Text]]:
    """A programme's boxes as the columns printed side by side in it (cards in a grid, forums
    with no heading of their own), each to be read on its own; a row printed across them (a
    break) goes to each.

    A column is cut off where a left edge many boxes share has nothing of the boxes before it
    reaching past it, and each side has times and text of its own: a time column beside its
    titles, or a table's fields, is never cut off. What is printed over the programme's first
    time (a header line across the columns: the conference, the date, the hall), or under its
    last (a pill announcing the afternoon), is no column's and stops no cut where each column is
    a programme of its own, its times down its left edge: it goes with the column it begins in.
    (Times on either side of a spine, each beside a card across it, are no such columns.)
    """
    if len(boxes) < 4:
        return [boxes]
    height = statistics.median(b.y1 - b.y0 for b in boxes)
    if len(split := _columns_cut(boxes, height, is_time)) > 1:
        return split
    times = [b for b in boxes if is_time(b.text)]
    first, last = min((b.y0 for b in times), default=math.inf), max((b.y1 for b in times), default=-math.inf)
    among = [first < b.y1 and b.y0 < last for b in boxes]  # among the times' rows, not over or under
    if all(among):
        return split
    split = parallel([b for b, inside in zip(boxes, among, strict=True) if inside], is_time)
    outside = [b for b, inside in zip(boxes, among, strict=True) if not inside]
    counted = collections.Counter(id(b) for group in split for b in group)  # a band across: each one's
    if len(split) == 1 or not all(
        _time_led([b for b in group if counted[id(b)] == 1], height, is_time) for group in split
    ):
        return [boxes]
    edges = [min(b.x0 for b in group) for group in split[1:]]
    for box in outside:
        split[sum(box.x0 >= edge for edge in edges)].append(box)
    return split


def _columns_cut(boxes: list[Text], height: float, is_time: Callable[[str], bool]) -> list[list[Text]]:
    """The boxes as columns cut at the first left edge where they part (see parallel), or [boxes]."""
    leftmost = min(b.x0 for b in boxes)
    for edge in _cuts(boxes, height, [x for x in shared_edges(boxes, height) if x > leftmost]):
        across = _spanning(boxes, [edge - height / 2], is_time)
        left = [b for b in boxes if b.x0 < edge and id(b) not in across]
        right = [b for b in boxes if b.x0 >= edge and id(b) not in across]
        shared = [b for b in boxes if id(b) in across]
        if (
            all(b.x1 <= edge for b in left)
            and not shared
            and _side_panel(left, is_time)
            and _programme(right, is_time)
        ):
            return parallel(right, is_time)
        if (
            # rows across the columns but for breaks are rare (a band announcing what follows)
            sum(not any(BREAK.search(b.text) for b in row) for row in box_rows(shared))
            <= max(2, len(boxes) / 10)
            and all(b.x1 <= edge for b in left)
            and _programme(left, is_time)
            and _programme(right, is_time)
        ):
            # A break (or a time) across the columns is each one's; any other row across (a card
            # as wide as the columns over them) is read once, in the column it begins in.
            timed = [r for r in box_rows(shared) if any(is_time(b.text) or BREAK.search(b.text) for b in r)]
            each = [b for row in timed for b in row]
            once = [b for b in shared if b not in each]
            return parallel(left + each + once, is_time) + parallel(right + each, is_time)
    return [boxes]


def _time_led(boxes: list[Text], height: float, is_time: Callable[[str], bool]) -> bool:
    """Whether a column's times stand down its left edge (within a line's height), before its text."""
    edge = min((b.x0 for b in boxes), default=0.0)
    return bool(boxes) and all(b.x0 - edge < height for b in boxes if is_time(b.text))


def _cuts(boxes: list[Text], height: float, edges: list[float]) -> list[float]:
    """Where to try cutting columns apart at each shared left edge: just left of it, or first in
    the middle of the gutter before it where a box crosses the one and none the other (a
    break's time centred under its name starts left of the name's edge: it is the break's)."""
    out = []
    for edge in edges:
        plain = edge - height / 4
        ends = [b.x1 for b in boxes if b.x0 < plain and b.x1 <= edge]
        gutter = (max(ends) + edge) / 2 if ends and max(ends) < edge - height else None
        if gutter is not None and _crossed(boxes, plain) and not _crossed(boxes, gutter):
            out += [gutter, plain]
        else:
            out += [plain] if gutter is None else [plain, gutter]
    return out


def _crossed(boxes: list[Text], x: float) -> bool:
    return any(b.x0 < x < b.x1 for b in boxes)


def _side_panel(boxes: list[Text], is_time: Callable[[str], bool]) -> bool:
    """Whether boxes are a panel beside the programme, no part of it: a ticket's stub, a column of
    the day's facts ("10.31", "14:00" over "17:45", "5号厅", "No. 0426") with a time but no text
    as long as a title. Read as a programme, its hours would make talks of its room and serial."""
    return any(is_time(b.text) for b in boxes) and all(len(norm(b.text)) <= 5 for b in boxes)


def sidebar(boxes: list[Text], is_time: Callable[[str], bool]) -> list[Text]:
    """The boxes with a slide's sidebar moved over its programme: the forum's card at the left
    (its name, day, hall, host under a photo; no time), with nothing crossing the gutter between
    it and the times. Read beside the programme, its lines run into the talks' (the forum's name
    heading the talks under it only, the host read as a speaker); read over it, they are the
    forum's heading. Only a card naming one forum or its host, whose lines stand on the rows of
    fewer than half the times: labels of several forums down the left are lanes."""
    times = [b for b in boxes if is_time(b.text)]
    if not times:
        return boxes
    height = statistics.median(b.y1 - b.y0 for b in boxes)
    edge = min(b.x0 for b in times) - height
    left, right = [b for b in boxes if b.x1 < edge], [b for b in boxes if b.x0 >= edge]
    named = [b for b in left if forum_name(b.text)]
    if (
        len(left) + len(right) < len(boxes)
        or len(named) > 1
        or not (named or any(HOST.match(b.text) for b in left))
        or not _programme(right, is_time)
        # a title's line on every time's row: the programme's own (a list whose times stand at
        # the right), no card beside it
        or sum(any(_same_row(b, t) for b in left) for t in times) >= len(times) / 2
    ):
        return boxes
    lift = min(b.y0 for b in right) - height - max(b.y1 for b in left)
    return [*(Text(b.text, b.x0, b.y0 + lift, b.x1, b.y1 + lift) for b in left), *right]


def _programme(boxes: list[Text], is_time: Callable[[str], bool]) -> bool:
    """Whether boxes hold a programme of their own: a time, and text that is none, nor a table's
    label ("时间" over a table's time column, with the forum's number "01" beside its heading, is
    no programme: the table's other columns are its)."""
    return any(is_time(b.text) for b in boxes) and any(
        not is_time(b.text) and not COLUMN_HEAD.fullmatch(b.text) and not b.text.strip().isdigit()
        for b in boxes
    )


def _spanning(
    boxes: list[Text], cuts: list[float], is_time: Callable[[str], bool], edges: list[float] | None = None
) -> set[int]:
    """The ids of the boxes on rows printed across a cut between columns (a lunch printed once
    for forums side by side): a box over the cut, or a time or a break and the boxes close
    enough to it to read as one run (two cells of a table side by side are no such run).
    Where the columns' left edges are known (edges, one per column), a run that starts at its
    column's edge and stops short of the next one is that column's, however far past the middle
    it runs (a long title beside a track's time); a band centred across them still spans."""
    out: set[int] = set()
    for row in box_rows(boxes):
        height = max(b.y1 - b.y0 for b in row)
        runs: list[list[Text]] = []
        for box in sorted(row, key=lambda b: b.x0):
            if runs and box.x0 - max(b.x1 for b in runs[-1]) < 1.5 * height:
                runs[-1].append(box)
            else:
                runs.append([box])
        for run in runs:
            x0, x1 = min(b.x0 for b in run), max(b.x1 for b in run)
            over = [
                c
                for k, c in enumerate(cuts)
                if x0 < c - height / 2
                and x1 > c + height / 2
                and not (edges and abs(x0 - edges[k]) < height and x1 < edges[k + 1] - height / 2)
                and not (edges and _own_times(row, run, c, is_time))
            ]
            if over and (len(run) == 1 or any(is_time(b.text) or BREAK.search(b.text) for b in run)):
                out |= {id(b) for b in row}
        # A band across the columns with a break's name at one end and its time at the other.
        texts = sorted(row, key=lambda b: b.x0)
        if (
            len(texts) == 2
            and {bool(BREAK.fullmatch(b.text.strip())) for b in texts} == {True, False}
            and any(is_time(b.text) for b in texts)
            and any(texts[0].x1 < c < texts[1].x0 for c in cuts)
        ):
            out |= {id(b) for b in row}
    return out


def _own_times(row: list[Text], run: list[Text], cut: float, is_time: Callable[[str], bool]) -> bool:
    """Whether a run near a cut between forums is two forums' cells, not a band across them: no
    box of it crosses the cut and the row prints a time on each side (a time set at its card's right end,
    then the next card's title across a narrow gutter: "13:30-13:55", "Btrfs RAID5/6…")."""
    times = [b for b in row if is_time(b.text)]
    left, right = any(b.x1 <= cut for b in times), any(b.x0 >= cut for b in times)
    return left and right and not any(b.x0 < cut < b.x1 for b in run)


def box_rows(boxes: list[Text]) -> list[list[Text]]:
    """Boxes in rows: a box joins the row whose first box its vertical centre falls in."""
    rows: list[list[Text]] = []
    for box in sorted(boxes, key=lambda b: (b.y0 + b.y1) / 2):
        if rows and rows[-1][0].y0 <= (box.y0 + box.y1) / 2 <= rows[-1][0].y1:
            rows[-1].append(box)
        else:
            rows.append([box])
    return rows


def _same_row(a: Text, b: Text) -> bool:
    return min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5 * min(a.y1 - a.y0, b.y1 - b.y0)
