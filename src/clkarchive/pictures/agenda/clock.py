"""Times as posters print them: ranges, starts alone, twelve-hour clocks, labels, an end under its start.

One reading of a time for the whole reader, lenient with OCR ("I4:2O-I4:4O" is 14:20-14:40) and
with how posters write it ("09h00 – 09h40", "09:00 → 09:40", "1:30-2:10 PM", "下午 1:30-2:10",
"时间：13:30-14:10"); what is no time (a date, "10.24") reads as none.
"""

from __future__ import annotations

import functools
import re
import statistics

from clkarchive.pictures.agenda.geometry import Text, part
from clkarchive.pictures.agenda.words import BREAK, HALF_OF_DAY

_DIGITS = str.maketrans(
    {
        "I": "1",
        "l": "1",
        "|": "1",
        "i": "1",
        "O": "0",
        "o": "0",
        "D": "0",
        "Q": "0",
        "S": "5",
        "s": "5",
        "Ч": "4",
        "A": "4",
        "B": "8",
        "Z": "2",
        "z": "2",
        "：": ":",
        ".": ":",
        "·": ":",
        "一": "-",
        "—": "-",
        "–": "-",
        "~": "-",
        "～": "-",
        "至": "-",
        "→": "-",
        " ": "",
    }
)
_TIME_RANGE = re.compile(r"(\d{1,2}):?(\d{2})-+(\d{1,2}):?(\d{2})")
DASH = "[-–—~～一]"  # what joins a start to its end
_MERIDIEM = re.compile(r"\s*(?<![A-Za-z])([AaPp])\.?\s?[Mm](?![A-Za-z])\.?")
# A start time alone; a dash after it with no end ("13:30 –", the end left to the next start) or a
# dot OCR reads for that dash (":" here: _DIGITS reads a dot as a colon) is still the start alone.
_ONE_TIME = re.compile(r"(\d{1,2}):(\d{2})(?:-+|:)?")
# A time before the range ("10:40 10:50-11:30": a time struck out and written anew) opens a
# slot as well, of no known time: which of the two is struck the reader cannot see.
_TIME_LIKE = re.compile(
    rf"(?:\d{{1,2}}[:：.]\d{{2}}\s+)?(?:{HALF_OF_DAY})?\s*\w{{1,2}}[:：.]\w{{2}} *[-–—~→] *"
    rf"(?:{HALF_OF_DAY})?\s*\w{{1,2}}[:：.]\w{{2}}"
)
# An hour printed with an h for its colon ("09h00 – 09h40", French and programme-book style).
_H_COLON = re.compile(r"(?<=\d)[hH](?=\d{2}(?!\d))")
_ICON = re.compile(
    r"^[^\s\-–—~一]\s+(?=\d{1,2}\s*[:：.])"
)  # a clock drawn before the time, read as a glyph: "1 09:00-09:30" (a dash is no clock: "– 9:40")
UNREAD = "--:--"  # a time that opens a slot but whose reading is not its start (an end left alone)
# A time in brackets ("[09:00-09:40]", "【14:00】"), and "to" between two times ("9:00 to 9:40").
_ENCLOSED = re.compile(r"\s*[\[【〔(（]\s*(.*?)\s*[\]】〕)）]\s*")
_TO = re.compile(r"(?<=\d)\s*\b(?:to|till|until)\b\s*(?=\d)", re.I)
# What a programme book's dot leaders leave before the time they lead to (".10:10-10:45").
_LEADER = re.compile(r"^(?:[.·…・]\s*)+(?=\d)")
# A time led by a dash ("– 9:40 AM"): the end of the time printed over it.
_DASH_LED = re.compile(rf"\s*{DASH}\s*(?=\d)")
# A dash after a start, ending its box ("13:30–"): an end is to follow.
_DASH_ENDED = re.compile(rf"\d\s*{DASH}\s*$")
# A half of the day printed before a time range: "上午 10:40—11:20".
_HALF_DAY = re.compile(rf"\s*({HALF_OF_DAY})?\s*(.*)", re.S)
# A half of the day printed before each time of a range ("上午11:25—中午12:05", "中午12:05—下午1:30"):
# each time is of its own half.
_HALVES = re.compile(rf"(.*?\d)\s*[-–—~～一至→]\s*({HALF_OF_DAY})\s*(\d.*)", re.S)
# A talk's number drawn in a circle before its time ("③14:30-15:00", a chat's or a list's numbering),
# or a bullet OCR read with it ("●09:40-10:20").
_CIRCLED = re.compile(r"^[①-⑳●•◆◇■□○◉▶►]\s*(?=\d)")
# That number read as a digit run into the range ("②14:00-14:30" read "214:00-14:30"): no hour
# has three digits, so the first is the number's.
_BADGE = re.compile(r"^\d(?=\d{2}:\d{2}-)")
# A time's label ("时间：13:30-14:10", an article's field): the time is what follows it.
_TIME_LABEL = re.compile(
    rf"[【\[]?(?:时间|Time)\s*(?:[】\]]\s*[:：]?|[:：])\s*(?=(?:{HALF_OF_DAY})?\s*\d{{1,2}}\s*[:：.hH]\d{{2}})",
    re.I,
)


# A time range, then its title, in one box; its digits as OCR may misread them ("12:0o"): a range
# it cannot read still opens the talk's slot, of no known time, so that the title is not the
# slot before's.
_D = r"[0-9OoIlSsZzBDQ]"
# A start time alone opens a box's text ("16:25本分论坛结束") only with a colon ("10.24 …" is a
# date), and not as the hour a session begins from ("13:30起") or a range OCR lost the dash of.
_TIME_FIRST = re.compile(  # after a list's number, perhaps ("1．13:30-14:10 …", "2、")
    rf"(?:\d{{1,2}}\s*[.．、]\s*)?[\[【〔]?((?:{HALF_OF_DAY})?\s*\d{_D}?[:：.hH]{_D}{{2}}\s*(?:[-–—~→]|to)\s*"
    rf"(?:{HALF_OF_DAY})?\s*{_D}{{1,2}}[:：.hH]{_D}{{2}}|\d{{1,2}}[:：]\d{{2}}(?!\s*(?:\d|起|开始|前|后|至|以)|[:：]\d))"
    r"[\]】〕]?\s*(\S.*)"
)


def led(boxes: list[Text]) -> list[Text]:
    """The boxes with each that OCR read as a time range run into what follows it ("12:00-13:30
    午餐", "14:50-15:00Rust 内核模块…") cut in two where the range ends: the time then stands in
    the times' column as a box of its own, so that a table's rows and a column's anchors find
    it, and the title stands in the titles' column."""
    out = []
    for box in boxes:
        m = _TIME_FIRST.match(box.text)
        if m is None or is_time(box.text):  # "09:00-09:40 AM" is one time
            out.append(box)
            continue
        # "09:00-09:40 AM Opening": the half of the day is the time's
        end = meridiem.end() if (meridiem := _MERIDIEM.match(box.text, m.end(1))) else m.end(1)
        rest = len(box.text) - len(box.text[end:].lstrip(" ]】〕"))
        if rest == len(box.text):
            out.append(box)
            continue
        time = part(box, 0, end)
        first = m.start(1) + len(box.text[m.start(1) : end]) - len(box.text[m.start(1) : end].lstrip())
        last = len(box.text[:end].rstrip())
        text, chars = box.text[first:last], box.chars[first:last]  # each digit keeps its certainty
        out += [Text(text, time.x0, time.y0, time.x1, time.y1, chars), part(box, rest)]
    return out


# A break's name, then its time, in one box ("茶歇15:10-15:25", a band across a web page's table)
_BREAK_FIRST = re.compile(rf"\W*(?:{BREAK.pattern})\W*?\s*(?=\d)", re.I)


def break_first(box: Text) -> list[Text]:
    """The box, or its break's name and its time range cut apart, the time standing where it is
    printed."""
    m = _BREAK_FIRST.match(box.text)
    if m is None or not is_time(box.text[m.end() :]):
        return [box]
    return [part(box, 0, len(box.text[: m.end()].rstrip())), part(box, m.end())]


def unlabelled(text: str) -> str:
    return text[m.end() :] if (m := _TIME_LABEL.match(text)) else text


def ended(boxes: list[Text]) -> list[Text]:
    """The boxes with each start time whose end is printed right under it ("9:00 AM" over
    "– 9:40 AM", a large "09:00" over a smaller "09:40") made one time range, where the start
    stands; the end's box is dropped, the rest of its row stays (a title's wrapped line, the
    speaker). A time under another is its end only where it is set apart as one: led by a dash,
    or in smaller type. Two times alike one under the other are two starts (one-line talks, or
    the hours of a whole session)."""
    alone = {id(b): t[0] for b in boxes if (t := time_range(b.text)) and t[1] is None}
    ends = {
        id(b): t[0]
        for b in boxes
        if (m := _DASH_LED.match(b.text)) and (t := time_range(b.text[m.end() :])) and t[1] is None
    }
    # A start whose dash ends its box ("13:30–" over "14:00", a range wrapped in a narrow cell):
    # the dash says its end follows, so the time alone right under it is that end.
    opened = {id(b) for b in boxes if id(b) in alone and _DASH_ENDED.search(b.text)}
    merged: dict[int, Text] = {}
    dropped: set[int] = set()
    for low in sorted((b for b in boxes if id(b) in alone or id(b) in ends), key=lambda b: b.y0):
        over = [
            up
            for up in boxes
            if id(up) in alone
            and id(up) not in ends
            and id(up) not in merged
            and up is not low
            # an end in smaller type may stand a line under its start, a bar between them
            and _under(low, up, 1.0 if low.em < 0.85 * up.em else 0.6)
            and (id(low) in ends or low.em < 0.85 * up.em or (id(up) in opened and id(low) not in opened))
        ]
        if not over:
            continue
        up = max(over, key=lambda b: b.y1)
        start, end = alone[id(up)], ends.get(id(low), alone.get(id(low)))
        if end is not None and start < end:
            merged[id(up)] = Text(f"{start}-{end}", up.x0, up.y0, up.x1, up.y1)
            dropped.add(id(low))
    # Where ends are printed under their starts, an end left alone (its start OCR did not read:
    # led by a dash, or in the ends' smaller type) is no start: it opens its talk's slot, of no
    # known time, rather than give the talk its end for a start.
    size = statistics.median(b.em for b in boxes if id(b) in merged) if len(merged) >= 2 else 0.0
    orphans = {
        id(b)
        for b in boxes
        if id(b) not in merged
        and id(b) not in dropped
        and (id(b) in ends or (id(b) in alone and b.em < 0.85 * size))
    }
    return [
        Text(UNREAD, b.x0, b.y0, b.x1, b.y1) if id(b) in orphans else merged.get(id(b), b)
        for b in boxes
        if id(b) not in dropped
    ]


def chained(boxes: list[Text]) -> list[Text]:
    """The boxes with times stacked two by two in a column, each pair's lower time the next pair's
    upper (a ticket's stub prints its start over its end: "09:05" over "09:20", then "09:20" over
    "10:00"), made one range per pair where its start stands; the ends' boxes are dropped. Only
    along a chain of two pairs or more, each in order and opening at the time the last one closed:
    starts alone ("09:00", "09:40", …) repeat no time."""
    alone = {id(b): t[0] for b in boxes if (t := time_range(b.text)) and t[1] is None}
    merged: dict[int, Text] = {}
    dropped: set[int] = set()
    for column in _columns_of([b for b in boxes if id(b) in alone]):
        times = [alone[id(b)] for b in column]
        i = 0
        while i + 1 < len(column):
            j = i  # the chain from i: pairs in order, each opening at the time the last one closed
            while (
                j + 1 < len(column)
                and times[j] < times[j + 1]
                and (j == i or times[j] == times[j - 1])
                and _under(column[j + 1], column[j], 1.5)  # a stub's end a line under its start
                and column[j + 1].em >= 0.85 * column[j].em  # in smaller type: ended's to read
            ):
                j += 2
            if j - i < 4:  # two pairs at least: one pair alone may be two starts
                i += 1
                continue
            for up, low in zip(column[i:j:2], column[i + 1 : j : 2], strict=True):
                merged[id(up)] = Text(f"{alone[id(up)]}-{alone[id(low)]}", up.x0, up.y0, up.x1, up.y1)
                dropped.add(id(low))
            i = j
    return [merged.get(id(b), b) for b in boxes if id(b) not in dropped]


def _columns_of(times: list[Text]) -> list[list[Text]]:
    """Times in columns, top to bottom: a time joins the column whose first one it overlaps across."""
    columns: list[list[Text]] = []
    for box in sorted(times, key=lambda b: b.y0):
        home = next((c for c in columns if min(box.x1, c[0].x1) > max(box.x0, c[0].x0)), None)
        if home is None:
            columns.append([box])
        else:
            home.append(box)
    return columns


def paired(boxes: list[Text]) -> list[Text]:
    """The boxes with each start time whose end stands right of it on its row, in a column of its
    own (a sheet's 开始 | 结束: "9:00" and "9:10"), made one time range where the start stands;
    the end's box is dropped. Only a row of exactly two times alone, close together (less than
    five of their heights apart, nothing between them) and in order, at most four hours apart: a
    ruler's hours are many, and two forums' starts side by side are the same time."""
    alone = {id(b): t[0] for b in boxes if (t := time_range(b.text)) and t[1] is None}
    merged: dict[int, Text] = {}
    dropped: set[int] = set()
    for left in (b for b in boxes if id(b) in alone):
        row = [b for b in boxes if id(b) in alone and same_level(b, left)]
        if len(row) != 2 or any(id(b) in merged or id(b) in dropped for b in row):
            continue
        right = max(row, key=lambda b: b.x0)
        gap, h = right.x0 - left.x1, left.y1 - left.y0
        between = [b for b in boxes if left.x1 <= b.x0 and b.x1 <= right.x0 and same_level(b, left)]
        start, end = minutes(alone[id(left)]), minutes(alone[id(right)])
        if right is left or not 0 <= gap < 5 * h or between or not 0 < end - start <= 240:
            continue
        merged[id(left)] = Text(f"{alone[id(left)]}-{alone[id(right)]}", left.x0, left.y0, left.x1, left.y1)
        dropped.add(id(right))
    return [merged.get(id(b), b) for b in boxes if id(b) not in dropped]


# A talk's length printed under its start instead of an end ("13:30" over "40分钟", "40 min"), or
# at the end of its row.
_LENGTH = re.compile(r"[(（]?\s*(\d{1,3})\s*(?:分钟|min(?:ute)?s?\.?)\s*[)）]?", re.I)


def lasted(boxes: list[Text]) -> list[Text]:
    """The boxes with each start time whose length is printed right under it ("13:30" over
    "40分钟", a programme of starts and durations) or on its row right of it (a LENGTH column at
    the right, the title between) made the range it spans, where the start stands; the length's
    box is dropped, so it is no part of the speaker's line beside it, nor of the title's. A
    length under no start alone, or on a row of two starts alone (which one it ends is
    unclear), is left as printed."""
    alone = {id(b): t[0] for b in boxes if (t := time_range(b.text)) and t[1] is None}
    merged: dict[int, Text] = {}
    dropped: set[int] = set()
    for low in boxes:
        if not (m := _LENGTH.fullmatch(low.text.strip())) or not 0 < int(m[1]) <= 240:
            continue
        over = [up for up in boxes if id(up) in alone and id(up) not in merged and _under(low, up)]
        row = [up for up in boxes if id(up) in alone and level(low, up)]
        if not over and len(row) == 1 and id(row[0]) not in merged and row[0].x1 < low.x0:
            over = row
        if not over:
            continue
        up = max(over, key=lambda b: b.y1)
        end = minutes(alone[id(up)]) + int(m[1])
        if end < 24 * 60:
            merged[id(up)] = Text(f"{alone[id(up)]}-{hh_mm(end)}", up.x0, up.y0, up.x1, up.y1)
            dropped.add(id(low))
    return [merged.get(id(b), b) for b in boxes if id(b) not in dropped]


def minutes(time: str) -> int:
    """Minutes since midnight of a time as time_range gives it ("09:40")."""
    hours, mins = time.split(":")
    return 60 * int(hours) + int(mins)


def hh_mm(minute: int) -> str:
    """A minute of the day as time_range writes a time ("09:40")."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _under(low: Text, up: Text, reach: float = 0.6) -> bool:
    """Whether low is printed right under up: below it, less than `reach` of up's line height
    apart (about half a line), and in its column (overlapping it across, or starting where it
    starts)."""
    h = up.y1 - up.y0
    across = min(low.x1, up.x1) - max(low.x0, up.x0)
    return (
        (low.y0 + low.y1) / 2 > (up.y0 + up.y1) / 2
        and low.y0 - up.y1 < reach * h
        and (across > 0.5 * min(low.x1 - low.x0, up.x1 - up.x0) or abs(low.x0 - up.x0) < h)
    )


def cut_range(start: Text, end: Text) -> Text | None:
    """The range OCR cut in two boxes after its dash ("16:25-" "17:05"), where end is a time alone
    printed right after start on its row, touching it (its middle within start's height, starting
    within half a line of start's end, right of start's middle), and start a time alone whose dash
    ends its box; else None."""
    first, second, h = time_range(start.text), time_range(end.text), start.y1 - start.y0
    if (
        first is None
        or second is None
        or first[1] is not None
        or second[1] is not None
        or first[0] >= second[0]
        or not _DASH_ENDED.search(start.text)
        or not (level(end, start) and (start.x0 + start.x1) / 2 < end.x0 and end.x0 - start.x1 < 0.5 * h)
    ):
        return None
    return Text(f"{first[0]}-{second[0]}", start.x0, start.y0, end.x1, start.y1)


def level(low: Text, up: Text) -> bool:
    """Whether low is printed on up's row: its middle within up's height."""
    return up.y0 <= (low.y0 + low.y1) / 2 <= up.y1


def same_level(a: Text, b: Text) -> bool:
    """Whether either box is printed on the other's row (boxes of two sizes side by side)."""
    return level(a, b) or level(b, a)


def is_time(text: str) -> bool:
    # A time OCR could not read still opens a slot (of no known time), so that its talk
    # is not taken for a second talk of the slot before.
    return text == UNREAD or time_range(text) is not None or bool(_TIME_LIKE.fullmatch(text))


@functools.lru_cache(maxsize=4096)  # every box is asked again by each step that looks for times
def time_range(text: str) -> tuple[str, str | None] | None:
    """The (start, end) a time range prints; (start, None) for a start time alone ("14:00", a
    colon in it as printed: "10.24" is a date)."""
    if enclosed := _ENCLOSED.fullmatch(text):  # "[09:00-09:40]", a log's or a terminal's
        text = enclosed[1]
    text = _TO.sub("-", _H_COLON.sub(":", _LEADER.sub("", _ICON.sub("", _CIRCLED.sub("", text)))))
    if halves := _HALVES.fullmatch(text):
        start, end = time_range(halves[1]), time_range(halves[2] + halves[3])
        if start is None or end is None or start[1] is not None or end[1] is not None or start >= end:
            return None
        return start[0], end[0]
    half = _HALF_DAY.fullmatch(text)
    if not half:
        return None
    marks = [m[1].casefold() for m in _MERIDIEM.finditer(half.group(2))]  # "2:00 PM - 2:30 PM"
    body = _MERIDIEM.sub("", half.group(2))
    # 下午 and 晚上 are after noon; so is 中午 before a one, two or three (中午1:00 is 13:00)
    if half.group(1) in ("下午", "晚上") or (half.group(1) == "中午" and re.match(r"\s*[1-3]\D", body)):
        marks = ["p"]
    digits = body.translate(_DIGITS)
    if re.search(r"[:：]", body) and (alone := _ONE_TIME.fullmatch(digits)):
        h, mi = int(alone[1]), int(alone[2])
        h += 12 * (marks[-1:] == ["p"] and h < 12)
        return (f"{h:02d}:{mi:02d}", None) if 6 <= h <= 23 and mi < 60 else None
    m = _TIME_RANGE.fullmatch(digits) or _TIME_RANGE.fullmatch(_BADGE.sub("", digits, count=1))
    if not m:
        return None
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    # A twelve-hour clock ("下午 1:30-2:10", "11:30 AM - 1:00 PM", "1:30-2:10 PM"): the end's
    # half of the day is the last one printed; the start's its own, or the end's where that
    # keeps it before the end.
    if marks and marks[-1] == "p" and h2 < 12:
        h2 += 12
        by_end = len(marks) == 1 and (h1 + 12, m1) < (h2, m2)
        if h1 < 12 and ((len(marks) == 2 and marks[0] == "p") or by_end):
            h1 += 12
    if not (6 <= h1 <= 23 and 6 <= h2 <= 23 and m1 < 60 and m2 < 60 and (h1, m1) < (h2, m2)):
        return None
    return f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}"
