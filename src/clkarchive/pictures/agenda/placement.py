"""Which times on a poster are no slot's anchor, and which blocks' lines are not surely their time's.

A time wrong by a slot is worse than none: these checks keep a time from being shown as certain
where the poster's geometry says another time (or none) is the slot's.

- A calendar grid prints the hours down its left edge (13:30, 14:00, 14:30, ...) and each
  talk's own range inside its block: the axis labels are a ruler, no talk's start.
- A Gantt chart prints the hours along its top (9:00, 9:30, ...) and places each talk's bar under
  them by its time, its own range on the bar: the axis is a ruler, no talk's start.
- Cards or bubbles printed in rows that do not line up in columns may have their lines dealt to
  the wrong column: a block whose lines stand both under its time and clear of it, on either
  side, holds a neighbour's lines, and neither its time nor its speakers are sure.
- A time whose digit OCR read unsurely (a seven-segment "0" read as "8", 10:50 as 10:58, at 0.63)
  is withheld (`misread_time`), as a name with an unsure character is, unless the slots before
  and after it, read surely, chain with it (`unsure_times`).
- A phone's clock in the status bar over a screenshot of a poster is no talk's start.
- A start time printed large beside its talk spans the talk's lines, whichever comes first
  (the speaker's line over the title, or under it): the lines it spans are its own
  (`spanned`), wherever the gaps between the lines would cut them.
"""

from __future__ import annotations

import itertools
import re

from clkarchive.pictures.agenda.clock import DASH, hh_mm, minutes, time_range
from clkarchive.pictures.agenda.columns import box_rows
from clkarchive.pictures.agenda.geometry import Line, Text
from clkarchive.pictures.agenda.layout import Anchor, Block
from clkarchive.pictures.agenda.records import Slot
from clkarchive.pictures.reread import CHAR_SURE


def axis_labels(anchors: dict[int, Anchor]) -> set[int]:
    """The anchors (line index -> anchor) that are a calendar's axis labels: start times alone
    in a column left of every time range, where there are ranges of the talks' own and each
    range starts and ends at one of those labels (the blocks span the grid's rows), or the
    labels are a scale that places each range's block (`_scaled`). Else none. What a label's row
    prints right of it (a block's line level with it) stays a line."""
    alone = {i: a for i, a in anchors.items() if a.times[0] and a.times[1] is None}
    ranges = [a for a in anchors.values() if a.times[1] is not None]
    if len(alone) < 3 or len(ranges) < 2:
        return set()
    labels = _grid({a.times[0] for a in alone.values() if a.times[0]})
    right = max(b.x1 for a in alone.values() for b in _time(a))
    if any(min(b.x0 for b in _time(a)) <= right for a in ranges):
        return set()
    if any(b.x0 <= right for a in alone.values() for b in a.beside):
        return set()
    if not all(a.times[0] in labels and a.times[1] in labels for a in ranges) and not _scaled(alone, ranges):
        return set()
    return set(alone)


def _scaled(alone: dict[int, Anchor], ranges: list[Anchor]) -> bool:
    """Whether the labels are a calendar's scale and the ranges are placed by it: each label as
    far down as its time (a straight line through them, off by a fifth of a step at most), and
    each range's time printed within its block's place on that scale, from its start to its end.
    A grid of 25-minute talks under half-hour marks (set 246) starts no talk on a label; a list's
    start times are not spaced by the minutes between them, nor are the ranges beside them placed
    by them."""
    marks = sorted((minutes(t), _middle(a)) for a in alone.values() if (t := a.times[0]))
    at = [m for m, _ in marks]
    if len(set(at)) < 3 or any(b <= a for a, b in itertools.pairwise(at)):
        return False
    (first, top), (last, bottom) = marks[0], marks[-1]
    scale = (bottom - top) / (last - first)  # pixels a minute
    room = 0.2 * scale * min(b - a for a, b in itertools.pairwise(at))
    if scale <= 0 or any(abs(y - top - (m - first) * scale) > room for m, y in marks):
        return False
    return all(
        top + (minutes(start) - first) * scale - room
        <= min(b.y0 for b in _time(a))
        <= top + (minutes(end) - first) * scale
        for a in ranges
        if (start := a.times[0]) and (end := a.times[1])
    )


def _middle(anchor: Anchor) -> float:
    boxes = _time(anchor)
    return sum((b.y0 + b.y1) / 2 for b in boxes) / len(boxes)


def time_axis(boxes: list[Text]) -> set[int]:
    """The ids of the boxes of a Gantt chart's time axis: a row of three or more start times
    alone, nothing else on it, rising left to right, under which at least two time ranges start
    where the axis puts their start (each bar drawn from its start's place on the axis). A row
    of talks' starts (a horizontal timeline) has no ranges placed by it. Else none."""
    ranges = [(b, t[0]) for b in boxes if (t := time_range(b.text)) and t[1] is not None]
    for row in box_rows(boxes):
        marks = sorted(
            ((b, t[0]) for b in row if (t := time_range(b.text)) and t[1] is None), key=lambda m: m[0].x0
        )
        if len(marks) < 3 or len(marks) < len(row):
            continue
        at = [minutes(t) for _, t in marks]
        centres = [(b.x0 + b.x1) / 2 for b, _ in marks]
        if any(b <= a for a, b in itertools.pairwise(at)):
            continue
        scale = (centres[-1] - centres[0]) / (at[-1] - at[0])
        height = max(b.y1 - b.y0 for b, _ in marks)
        if any(abs(c - centres[0] - (m - at[0]) * scale) > height for c, m in zip(centres, at, strict=True)):
            continue  # not spaced as the hours they print: no axis
        placed = [
            b
            for b, start in ranges
            if b.y0 > max(m.y1 for m, _ in marks)
            and abs(b.x0 - centres[0] - (minutes(start) - at[0]) * scale) < 2 * height
        ]
        if len(placed) >= 2:
            return {id(b) for b in row}
    return set()


_DATE = re.compile(r"\d{4}[/.-]\d{1,2}[/.-]\d{1,2}")  # a taskbar's date under its clock


def status_bar(boxes: list[Text]) -> set[int]:
    """The boxes of a phone's status bar over a screenshot of a poster ("10:27" "5G"): the topmost
    row, in the picture's top fiftieth, with a clock and otherwise only short marks (a network's,
    a battery's; see _marks); and a desktop's taskbar clock under it ("22:14" over "3787/10/17",
    in the picture's bottom twenty-fifth). A clock is no talk's start."""
    if not boxes:
        return set()
    top, bottom = min(b.y0 for b in boxes), max(b.y1 for b in boxes)
    first = min(boxes, key=lambda b: b.y0)
    row = [b for b in boxes if b.y0 < first.y1 and (b.y0 + b.y1) / 2 < top + (bottom - top) / 50]
    clock = [b for b in row if _clock(b.text)]
    marks = all(b in clock or _marks(b.text) for b in row)
    foot = [b for b in boxes if (b.y0 + b.y1) / 2 > bottom - (bottom - top) / 25]
    taskbar = {
        id(x)
        for b in foot
        for d in foot
        if _clock(b.text)
        and _DATE.fullmatch(d.text.strip())
        and min(b.x1, d.x1) > max(b.x0, d.x0)
        and d.y0 > b.y0
        for x in (b, d)
    }
    return ({id(b) for b in row} if len(clock) == 1 and marks else set()) | taskbar


def _clock(text: str) -> bool:
    """Whether a status bar's box is its clock: a time alone, perhaps with a notification's mark
    read after it ("22:14  @")."""
    first, *rest = text.split() or [""]
    return (t := time_range(first)) is not None and t[1] is None and _marks(" ".join(rest))


def _marks(text: str) -> bool:
    """Whether a status bar's box holds only its marks, read one by one or as one box: short
    words, each of one character other than Latin letters and digits at most ("l 5G  64", "三 5G
    40": OCR's 三 for the signal's bars)."""
    return all(len(w) <= 4 and sum(not c.isascii() for c in w) <= 1 for w in text.split())


def _grid(labels: set[str]) -> set[str]:
    """A ruler's labels with those OCR missed put back: every step from a step before the first
    label to a step after the last, the step being the smallest between two labels, where the
    labels read are most of them; else the labels as read."""
    at = sorted(minutes(t) for t in labels)
    steps = [b - a for a, b in itertools.pairwise(at)]
    step = min(steps, default=0)
    if not step or any(d % step for d in steps):
        return labels
    grid = range(at[0], at[-1] + 1, step)
    if len(at) < 0.7 * len(grid):
        return labels
    # and a step beyond each end, where the first or the last label was missed
    return {hh_mm(m) for m in range(grid[0] - step, grid[-1] + 2 * step, step)}


def astray(block: Block, blocks: list[Block]) -> bool:
    """Whether a card's block holds a line of another card: a line whose nearest time above it,
    of those over it across, is another block's of the same row of cards (a neighbour's title
    dealt to this card, or read on one line with this card's); or a line clear right of its
    time and of the lines under it, before the first of them (where the card's title begins, a
    neighbour's does). A card's own lines stand under its time; a list's stand right of every
    time; a photo's caption at a card's right comes after its title, a day's label ("上午") at
    its left."""
    time = _time(block.anchor)
    if not time or not block.lines:
        return False
    own, high = min(b.y0 for b in time), max(b.y1 - b.y0 for b in time)
    times = [(min(b.y0 for b in t), _extent(t), b) for b in blocks if (t := _time(b.anchor))]
    for line in block.lines:
        x0, x1 = _span(line)
        over = [(top, b) for top, (a0, a1), b in times if top < line.top and a0 < x1 and a1 > x0]
        nearest = max(over, key=lambda o: o[0], default=None)
        if nearest and nearest[1] is not block and nearest[0] > own - 2 * high:  # a card of its row
            return True
    x0, x1 = _extent(time)
    under = [ln for ln in block.lines if _span(ln)[0] < x1 and _span(ln)[1] > x0]
    if not under:
        return False
    right = max(x1, *(_span(ln)[1] for ln in under))
    top, first = min(b.y0 for b in time), min(ln.top for ln in under)
    return any(_span(ln)[0] >= right and top <= ln.top < first for ln in block.lines)


def _extent(boxes: list[Text]) -> tuple[float, float]:
    return min(b.x0 for b in boxes), max(b.x1 for b in boxes)


def _time(anchor: Anchor) -> list[Text]:
    return [b for b in anchor.line.boxes if b not in anchor.beside]


def _span(line: Line) -> tuple[float, float]:
    return min(b.x0 for b in line.boxes), max(b.x1 for b in line.boxes)


def spanned(
    lines: list[Line], i: int, anchors: dict[int, Anchor], skip: set[int], height: float
) -> tuple[int, ...]:
    """The lines right of the time of anchor i that its box spans, when it is printed larger than
    they are ("09:30" in type twice theirs, beside "嘉宾：name" over the title): each line that
    the time's box overlaps for a third of the line's height or more, next to the time's own row.
    None where the time is no taller than its lines, or where it spans another time."""
    time = _time(anchors[i])
    top, bottom, edge = min(b.y0 for b in time), max(b.y1 for b in time), max(b.x1 for b in time)
    if bottom - top < 1.3 * height:
        return ()
    out = []
    for way in (-1, 1):
        j = i + way
        while 0 < j < len(lines) and j not in skip:
            line = lines[j]
            overlap = min(bottom, line.bottom) - max(top, line.top)
            if overlap < (line.bottom - line.top) / 3:
                break
            if j in anchors or any(b.x1 <= edge for b in line.boxes):
                return ()
            out.append(j)
            j += way
    return tuple(sorted(out))


def unsure_times(read: list[tuple[Text, Slot]]) -> set[int]:
    """The readings (time box, slot) in the order printed whose time had a digit OCR read unsurely
    (`misread_time`) and that their neighbours do not confirm: a range whose faint start is where
    the slot before it ends, and whose faint end is where the one after it starts, both read
    surely ("13:30-14:00", "14:00-14:30" with a faint 4, "14:30-15:00"), is the one printed; a
    misread digit breaks the chain (10:50 read 10:58 after a slot that ends at 10:50), and a first
    slot's faint start, or a last one's faint end, has nothing to confirm it."""
    doubtful = {k for k, (time, _) in enumerate(read) if misread_time(time)}

    def confirmed(k: int) -> bool:
        time, slot = read[k]
        start, end = _faint_halves(time)
        if not (slot.start and slot.end):
            return False
        if start and (k == 0 or k - 1 in doubtful or read[k - 1][1].end != slot.start):
            return False
        return not end or (k + 1 < len(read) and k + 1 not in doubtful and read[k + 1][1].start == slot.end)

    return {k for k in doubtful if not confirmed(k)}


def _faint_halves(time: Text) -> tuple[bool, bool]:
    """Whether OCR read a digit of the range's start, and of its end, unsurely (a box whose
    characters' probabilities are unknown is read surely)."""
    cut = m.start() + 1 if (m := re.search(DASH, time.text[1:])) else len(time.text)
    faint = [c.isdigit() and p < CHAR_SURE for c, p in zip(time.text, time.chars, strict=False)]
    return any(faint[:cut]), any(faint[cut:])


def misread_time(time: Text) -> bool:
    """Whether OCR read a digit of the time's box less surely than a name's characters must be
    (doubts.CHAR_SURE; a box whose characters' probabilities are unknown is taken as read surely).
    On blind set 26's digital-clock ranges every "0" OCR read as "8" (10:50 as 10:58, 7 times shown
    wrong) was read at 0.51 to 0.79, and one right "8" at 0.88. Over blind sets 1-25 it withheld 5
    of 870 right times, none wrong; on CLK2024 one forum poster's time, which the full agenda gives
    (all seven reconciled: 39/39)."""
    return any(p < CHAR_SURE for c, p in zip(time.text, time.chars, strict=False) if c.isdigit())
