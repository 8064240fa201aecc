"""One poster's lines cut into forums and slots: its date, place, forum headings, hosts and times.

- a time range ("14:00-14:20", read leniently: "I4:2O-I4:4O") opens a slot,
  which runs to the next time range, forum heading or the sponsors' section;
  a time OCR could not read still opens one, of no known time;
- a forum heading ends in 主论坛 or 分论坛; its host is the 主持人 beside or
  under it;
- sponsors come after the last slot and are never read.

What a slot's lines say (its title, speakers, biography) is slots.py's.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import re
import statistics
import unicodedata
from collections.abc import Callable, Sequence

from clkarchive.pictures.agenda.clock import (
    chained,
    ended,
    is_time,
    lasted,
    led,
    level,
    paired,
    time_range,
    unlabelled,
)
from clkarchive.pictures.agenda.columns import columns, heading_over, lanes, parallel, sidebar
from clkarchive.pictures.agenda.dates import DAY_SPAN, event_date, venue
from clkarchive.pictures.agenda.doubts import (
    FAINT,
    Reading,
    faint_unsure,
    furniture_unsure,
    holes_unsure,
    misread,
    named_breaks,
    orphans,
    shared_unsure,
)
from clkarchive.pictures.agenda.fields import fields_slots, labelled
from clkarchive.pictures.agenda.forum_cells import Cell, by_cells, forum_cells, spans
from clkarchive.pictures.agenda.geometry import Line, Text, distinct, lines_of, unmarked, upright
from clkarchive.pictures.agenda.kinds import kind_of
from clkarchive.pictures.agenda.layout import Anchor, Block, anchored, host_lines, hosts_affiliated
from clkarchive.pictures.agenda.placement import (
    astray,
    axis_labels,
    spanned,
    status_bar,
    time_axis,
    unsure_times,
)
from clkarchive.pictures.agenda.reading import NUMBER, lines_of_block
from clkarchive.pictures.agenda.records import Forum, Schedule, Slot
from clkarchive.pictures.agenda.slots import UNPLACED, cells_slot, slots_of
from clkarchive.pictures.agenda.table import rows
from clkarchive.pictures.agenda.words import (
    CJK_NAME,
    CLAUSE,
    COLUMN_HEADS,
    HALF_OF_DAY,
    HOST,
    NAME_RUN,
    PROGRAMME,
    PUNCTUATION,
    SESSION,
    forum_name,
    join,
    known_name,
    organisation,
    person_like,
    person_name,
    surname,
    word_surname,
)
from clkarchive.pictures.ocr import OcrBox
from clkarchive.pictures.reread import CHAR_SURE

log = logging.getLogger("clkarchive.pictures.agenda")

MIN_CONFIDENCE = 0.75  # below this, OCR boxes on these posters are decorations read as glyphs
GAP_LINES = 8  # a gap of this many lines' height inside a slot ends it


# OCR reads a bar between a name and its affiliation ("陈思远 | 字节跳动") as the CJK stroke 丨 or
# the box-drawing │, which no name or title prints; a thin rule drawn there, as a closing quote 」
# with none opened.
_BAR = str.maketrans({"丨": "|", "│": "|"})
_RULE = str.maketrans({"」": "|"})


# A middle dot between a name and its affiliation read as a full stop ("张细锐。vivo 存储系统工程师",
# "韩峰。中国移动云能力中心"): a known organisation opening what follows, and no clause (a biography's
# wrapped line may open with a name's characters: "游化。此前在中国科学院…" of "上游化").
_NAME_STOP = re.compile(rf"({NAME_RUN.pattern})。(?=\S)")


def _barred(text: str) -> str:
    m = _NAME_STOP.match(text)
    if m and known_name(m[1]) and organisation(rest := text[m.end() :]) and not CLAUSE.search(rest):
        text = f"{m[1]}·{rest}"
    return text.translate(_BAR) if "「" in text else text.translate(_BAR).translate(_RULE)


_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])")
# A remark in brackets next to a time ("15:50-16:30（两场短议题）"): no title.
_REMARK = re.compile(r"[(（][^()（）]*[)）]")
# A day's label ("DAY 1", "第二天"): on a line of its own ("第二天 DAY 2" over the next day's date),
# no talk's; before a forum's heading, as a half day's ("DAY 1  主论坛", "下午 主论坛"), no part of
# its name.
_DAY_LABEL = re.compile(r"(?:\s*(?:(?:DAY|Day)\s*\d{1,2}|第[一二三四五\d]天)\s*)+")
_HALF_DAY_LABEL = re.compile(rf"\s*(?:{HALF_OF_DAY})\s*")
# The heading of a box of the speakers under the programme ("演讲嘉宾 SPEAKERS", then a line per
# talk keyed by its number): no programme, and no name in it is beside its talk. It is bilingual,
# says 介绍, or is SPEAKERS in capitals: a label over one talk's names ("演讲嘉宾：") is none.
_SPEAKERS_BOX = re.compile(
    r"\W*(?:(?:演讲嘉宾|嘉宾|讲者|讲师)\s*(?:介绍)?\s*SPEAKERS|(?:嘉宾|讲者|讲师)介绍|SPEAKERS)"
)
_END = re.compile(r"赞助|支持单位|支持媒体|合作伙伴|合作单位|主办单位|承办单位|协办单位")
# A footer's line, of any length: the organisers ("主办：CLK 组委会 承办：…"), or the notice that the
# programme may change ("议程如有调整，以现场为准"); it ends the programme where a time is above it.
_FOOTER = re.compile(
    r"^\W*(?:(?:主办|承办|协办)\s*(?:单位|方)?\s*(?:[A-Za-z]+\s*)?[:：]|议程如有|议程以现场)"
    r"|议程以现场为准|以现场为准|议程如有(?:调整|变动)"
)


# A link with its path ("CSDN直播间2 live.csdn.net/room/clk2093/02", a forum's live room): no title's,
# no name's; read into a talk's lines it would be the title's first.
_LINK = re.compile(r"https?://|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|cn|org|io|tv)/\S", re.I)
# The organisers' label alone in its box, the unit beside it ("主办　中国Linux内核开发者大会组委会").
_ORGANISER = re.compile(r"\W*(?:主办|承办|协办)(?:单位|方)?\W*")


@dataclasses.dataclass(frozen=True)
class _Printed:
    """What the poster prints, read once, that reading each time's lines needs."""

    words: frozenset[str]  # in lower case, in its titles: no person's name is made of them
    labelled: frozenset[tuple[float, float]]  # where the times printed with a label ("时间：") stand
    faint: tuple[Text, ...] = ()  # names OCR read too faintly to keep (doubts.faint_unsure)


def parse(poster: str, boxes: Sequence[OcrBox], year: int | None = None) -> Schedule:
    """The schedule a poster prints; year completes a date printed without one ("10月28日").

    A poster the reader fails on reads as nothing, said in the log: one poster of a layout
    never seen is not worth a failed sync.
    """
    try:
        return _parse(poster, boxes, year)
    except Exception:
        log.warning("%s: the agenda reader failed on this poster; nothing read", poster, exc_info=True)
        return Schedule(poster=poster, date=None, place="", forums=())


def _text(box: OcrBox) -> Text:
    """A box as the reader reads it: its text normalised, a label before it ("演讲人：") left off,
    its characters' probabilities kept where that left each character in its place. OCR reads a
    wide gap as a hyphenation point now and then ("朱‧振‧英特尔软件架构师" for "朱　振  英特尔…"), a
    character no programme prints: it is a space."""
    whole = _barred(unicodedata.normalize("NFKC", box.text).replace("\u2027", " "))
    text = unlabelled(whole).strip()
    at = whole.rfind(text)
    chars = box.chars[at : at + len(text)] if len(whole) == len(box.chars) and at >= 0 else ()
    return Text(text, box.x0, box.y0, box.x1, box.y1, chars)


def _faint_name(box: OcrBox) -> bool:
    """Whether a box may be a name OCR read too faintly to keep (doubts.faint_unsure): read under
    MIN_CONFIDENCE, or a name's length whose first character, where a surname stands, OCR read
    unsurely as no surname ("卡思涵" at 0.72 for 卞思涵, a plate like "尤嘉伟"'s)."""
    if not CJK_NAME.fullmatch(box.text):
        return False
    if FAINT <= box.confidence < MIN_CONFIDENCE:
        return True
    first = box.chars[0] if box.chars else 1.0
    return 2 <= len(box.text) <= 4 and first < CHAR_SURE and not surname(box.text)


def _labelled_time(text: str) -> bool:
    text = unicodedata.normalize("NFKC", text)
    return (rest := unlabelled(text)) != text and is_time(rest.strip())


def _parse(poster: str, boxes: Sequence[OcrBox], year: int | None) -> Schedule:
    kept = [
        _text(b)
        for b in boxes
        if b.confidence >= MIN_CONFIDENCE and re.search(r"\w", b.text) and not _LINK.search(b.text)
    ]
    kept = ended(chained(paired(lasted(upright(led(hosts_affiliated(unmarked(distinct(kept)))), is_time)))))
    kept = _without_forum_lists(kept)
    clock = status_bar(kept)
    kept = [b for b in kept if id(b) not in clock]
    if not kept:
        return Schedule(poster=poster, date=None, place="", forums=())
    lines = lines_of(kept)
    height = statistics.median(b.y1 - b.y0 for b in kept)
    date, place = event_date(lines, year), venue(lines)
    # The sponsors' section ends the programme: nothing from its heading down is read. Only
    # under a time (a footer), or under the last (a sponsors' band between morning and afternoon
    # ends nothing; nor does a forum's own QR code over its programme: "扫码查看完整议程").
    timed = [ln.top for ln in lines if any(is_time(b.text) for b in ln.boxes)]
    first, last = (timed[0], timed[-1]) if timed else (math.inf, math.inf)
    end = next(
        (
            ln.top
            for ln in lines
            if ln.top > first
            and (
                (_END.search(ln.text) and len(ln.text) <= 12 and ln.top > last)
                or _FOOTER.search(ln.text)
                or (len(ln.boxes) >= 2 and _ORGANISER.fullmatch(ln.boxes[0].text))
                or _SPEAKERS_BOX.fullmatch(ln.text)
                or ("扫码" in ln.text and ln.top > last)
            )
        ),
        None,
    )
    if end is not None:
        kept = [b for b in kept if b.y0 < end - height / 2]
    cells, in_cells = forum_cells(kept, height, is_time)  # forums named in a table's own column
    kept = [b for b in kept if id(b) not in in_cells]
    # The days printed over forums (a span of days is none of them).
    days = [
        (ln, d)
        for ln in lines
        if len(ln.text) <= 24 and not DAY_SPAN.search(ln.text) and (d := event_date([ln], year))
    ]
    read = {d for _, d in days}
    several = len(read) >= 2 or any(DAY_SPAN.search(ln.text) for ln in lines[:40])
    # a forum under no day: of the one day read, of none where several are printed
    fallback = next(iter(read)) if len(read) == 1 else None if several else date
    printed = _Printed(
        frozenset(w for b in kept for w in _LOWER_WORD.findall(b.text)),
        frozenset((b.x0, b.y0) for b in boxes if _labelled_time(b.text)),
        tuple(_text(b) for b in boxes if _faint_name(b)),
    )
    forums: list[Forum] = []
    ruler = time_axis(kept)  # a Gantt chart's hours along its top: no talk's
    for column in columns(sidebar([b for b in kept if id(b) not in ruler], is_time), is_time):
        for lane in lanes(column, is_time):
            forums += _forums(lines_of(lane), height, fallback, days, year, printed, cells)
    return Schedule(poster=poster, date=date, place=place, forums=tuple(forums), several_days=several)


def _forums(
    lines: list[Line],
    height: float,
    date: str | None,
    days: list[tuple[Line, str]],
    year: int | None,
    printed: _Printed,
    cells: list[Cell],
) -> list[Forum]:
    """The forums of one column's lines: a heading opens one, which runs to the next; where no
    heading is read, the forums the table's own column names (cells), each its rows."""
    starts = [i for i, line in enumerate(lines) if _heading(line)]
    out = []
    for n, first in enumerate([0, *starts]):
        last = ([*starts, len(lines)])[n]
        part = lines[first:last]
        if not part or (n == 0 and starts and starts[0] == 0):
            continue
        named = _heading(part[0], lines[first - 1] if first else None) if n else ""
        # The heading's line (or none), then the programme, column by column where it has several.
        head, body = (part[:1], part[1:]) if n else ([Line(())], part)
        groups = parallel([b for line in body for b in line.boxes], is_time)
        read = [
            reading
            for group in groups
            for reading in holes_unsure(
                _read(group, [*head, *(lines_of(group) if len(groups) > 1 else body)], height, year, printed)
            )
        ]
        read = faint_unsure(named_breaks(orphans(furniture_unsure(shared_unsure(read)))), printed.faint)
        unsure = unsure_times([(t, s) for t, s, _ in read])  # a digit read unsurely: withheld
        read = [
            (t, dataclasses.replace(s, time_sure=min(s.time_sure, UNPLACED)) if k in unsure else s, b)
            for k, (t, s, b) in enumerate(read)
        ]
        if len(groups) > 1:  # read row by row across the columns: in time order
            read.sort(key=lambda r: (r[1].start or "", r[0].y0, r[0].x0))
        if not read:
            continue
        owned = {id(box) for _, _, boxes in read for box in boxes}
        opening = min(time.y0 for time, _, _ in read)
        header = [ln for ln in part if ln.top < opening and not any(id(box) in owned for box in ln.boxes)]
        day = next((d for ln, d in reversed(days) if ln.top <= part[0].top + height), date)
        # each row where its time stands (its last row's boxes may run on into the sheet's foot)
        # (a bare "分论坛" over the rows is the forums' column's label, as "时间" is the times'; a
        # forum named on each row is that row's, whatever heading stands over them: a key's)
        named_rows = cells and (named in ("", "分论坛") or cells[0].row)
        held = spans([(t.y0, t.y1) for t, _, _ in read], cells) if named_rows else None
        if held is not None:
            for name, host, mine in by_cells(read, held, cells):
                out.append(Forum(name, *_host([Line(host)]), _kept(mine), day))
        elif slots := _kept(read):
            out.append(Forum(named, *_host(header), slots=slots, date=day))
    return out


def _kept(read: list[Reading]) -> tuple[Slot, ...]:
    """A forum's slots from its readings; a break across its columns, read in each, is one, as is
    anything read twice from one time's box (a band across the columns)."""
    kept: list[Slot] = []
    said: list[tuple[str, str | None, str | None, str]] = []
    timed: list[tuple[Text, tuple[str, str | None, str | None, str]]] = []
    for time, slot, boxes in read:
        this = _said(slot)
        if (slot.kind == "talk" or this not in said) and (time, this) not in timed:
            kept.append(_named_alike(slot, boxes))
        said.append(this)
        timed.append((time, this))
    return tuple(kept)


def _said(slot: Slot) -> tuple[str, str | None, str | None, str]:
    return slot.kind, slot.start, slot.end, slot.title


def _named_alike(slot: Slot, boxes: tuple[Text, ...]) -> Slot:
    """A slot whose speakers are all persons' names as read, or of a surname that is an everyday
    word too, read with an affiliation that opens with a known organisation ("蓬若溪（网易）");
    where one is not (a title's last line, a product, a hall), which line is the speaker is
    unclear, and where OCR read a character of one unsurely in the boxes the slot was read from
    (`misread`), the name may be another's: its speakers are withheld."""
    firms = slot.affiliations if len(slot.affiliations) == len(slot.speakers) else ("",) * len(slot.speakers)
    if all(
        (person_like(name) or (word_surname(name) and len(organisation(firm)) >= 2))
        and not misread(name, boxes)
        for name, firm in zip(slot.speakers, firms, strict=True)
    ):
        return slot
    return dataclasses.replace(slot, speakers_sure=0.0)


def _read(
    boxes: list[Text], lines: list[Line], height: float, year: int | None, printed: _Printed
) -> list[tuple[Text, Slot, tuple[Text, ...]]]:
    """A programme's slots, each with its time's box and the boxes it was read from: as a table
    of fields where it is one, else its lines given to its times."""
    if table := rows(boxes, is_time):
        # a row holding two rows (a time between them unread) is sure of neither's time or speakers
        return [
            (
                r.time,
                cells_slot(time_range(r.time.text) or (None, None), r, UNPLACED if r.two_rows else 1.0),
                r.boxes,
            )
            for r in table
        ]
    return [
        (b.anchor.line.boxes[0], s, tuple(x for ln in (b.anchor.line, *b.lines) for x in ln.boxes))
        for b in _blocks(lines, height, year)
        for s in _slots(b, printed)
    ]


def _slots(block: Block, printed: _Printed) -> list[Slot]:
    """A block's slots: read by their labels where its lines are labelled fields, else by their
    type and order."""
    lines = lines_of_block(block)
    if (fields := labelled(lines)) is not None:
        return fields_slots(block.anchor.times, lines, fields, block.sure)
    found = slots_of(block.anchor.times, lines, block.sure, printed.words)
    time = block.anchor.line.boxes[0]
    if (time.x0, time.y0) in printed.labelled and sum(s.kind == "talk" for s in found) > 1:
        # A time labelled as a field ("时间：13:30~16:00") over talks numbered, not timed (set
        # 46): the forum's hours, no talk's start. A slot two talks share prints its range bare.
        return [dataclasses.replace(s, time_sure=min(s.time_sure, UNPLACED)) for s in found]
    return found


def _blocks(lines: list[Line], height: float, year: int | None) -> list[Block]:
    """The blocks of a programme's lines (its heading's line first, perhaps empty), one a time."""
    anchors = {i: a for i, line in enumerate(lines) if i and (a := _anchor(line)) is not None}
    if ruler := axis_labels(anchors):  # a calendar's hours down its edge: no talk's times
        kept = [Line(anchors[i].beside) if i in ruler else line for i, line in enumerate(lines)]
        lines = [line for i, line in enumerate(kept) if not i or line.boxes]
        anchors = {i: a for i, line in enumerate(lines) if i and (a := _anchor(line)) is not None}
    anchors = _ranged(anchors)
    # A host's line, a date's line: no talk's; a moderator's line right under a panel's title is
    # the panel's.
    skip = {
        i
        for i, line in enumerate(lines)
        if i
        and (
            (HOST.search(line.text) and kind_of(lines[i - 1].text) != "panel")
            or SESSION.match(line.text)
            or PROGRAMME.fullmatch(line.text)
            or COLUMN_HEADS.fullmatch(line.text)
            or _DAY_LABEL.fullmatch(line.text)
            or _HALF_DAY_LABEL.fullmatch(line.text)  # "下午" over the afternoon: its section's label
            or (len(line.text) <= 24 and event_date([line], year))
        )
    }
    skip |= host_lines(lines, skip, anchors, height)
    for i, anchor in list(anchors.items()):
        if row := _centred_row(lines, i, anchors, skip, height) or spanned(lines, i, anchors, skip, height):
            beside = (*anchor.beside, *(b for j in row for b in lines[j].boxes))
            anchors[i] = dataclasses.replace(anchor, beside=beside)
            skip |= set(row)
    blocks = anchored(lines, anchors, skip - set(anchors), height, GAP_LINES * height)
    if any(sum(is_time(b.text) for b in line.boxes) >= 2 for line in lines):
        # Two times on a row: columns side by side the reader could not cut apart, so which
        # lines are which time's is a guess.
        return [dataclasses.replace(b, sure=min(b.sure, UNPLACED)) for b in blocks]
    return [dataclasses.replace(b, sure=min(b.sure, UNPLACED)) if astray(b, blocks) else b for b in blocks]


def _ranged(anchors: dict[int, Anchor]) -> dict[int, Anchor]:
    """The anchors, a time printed alone out of the programme's order (before the end of the range
    over it, or after the start of the next time) in a programme that prints its talks' times as
    ranges made one of no known time: a chat message's timestamp, a phone's clock, the hour of
    something else. Its lines still open a slot of their own (never the talk's over them). A time
    alone in order (lunch at the end of the last range) is the slot's start."""
    ranges = sum(a.times[1] is not None for a in anchors.values())
    alone = [i for i, a in anchors.items() if a.times[0] is not None and a.times[1] is None]
    if ranges < 3 or ranges <= len(alone):
        return anchors
    order = sorted(anchors)
    out = dict(anchors)
    for i in alone:
        start = anchors[i].times[0]
        assert start is not None
        ends = [e for k in order if k < i and (e := anchors[k].times[1]) is not None]
        starts = [t for k in order if k > i and (t := anchors[k].times[0]) is not None]
        if (ends and start < ends[-1]) or (starts and start > starts[0]):
            out[i] = dataclasses.replace(anchors[i], times=(None, None))
    return out


def _centred_row(
    lines: list[Line], i: int, anchors: dict[int, Anchor], skip: set[int], height: float
) -> tuple[int, ...] | None:
    """The lines of a row of text (or a card) a time is printed beside, at the right and centred
    on it ("title — name" wrapped, a card's title and speakers with the time in a pill at its
    right, or on a spine of times left of it): the run of lines around the time's that touch one
    another, stand clear of the time on one side, are set apart from what is over and under them,
    and are centred on the time. Else None."""
    anchor = anchors[i]
    time = [b for b in anchor.line.boxes if b not in anchor.beside]
    left, right = min(b.x0 for b in time) - height, max(b.x1 for b in time) + 2 * height
    # The card clear left of the time; else well right of it (the time a pill on a spine of
    # times left of its card, set apart from the card by more than a list's time column is).
    sides: tuple[Callable[[Text], bool], ...] = (lambda b: b.x1 <= left, lambda b: b.x0 >= right)
    for clear in sides:
        if not all(clear(b) for b in anchor.beside):
            continue

        def run(way: int, clear: Callable[[Text], bool] = clear) -> list[int] | None:
            out: list[int] = []
            j, edge = i + way, anchor.line
            while 0 < j < len(lines) and j not in skip:
                line = lines[j]
                if (line.top - edge.bottom if way > 0 else edge.top - line.bottom) >= 0.8 * height:
                    break
                if j in anchors or not all(clear(b) for b in line.boxes):
                    return None  # run into another time, or a line across: no row of its own
                out.append(j)
                j, edge = j + way, line
            return out

        over, under = run(-1), run(1)
        if not over or not under:
            continue
        top, bottom = lines[over[-1]].top, lines[under[-1]].bottom
        if abs((min(b.y0 for b in time) + max(b.y1 for b in time)) / 2 - (top + bottom) / 2) < 0.5 * height:
            return (*reversed(over), *under)
    return None


def _anchor(line: Line) -> Anchor | None:
    """The time range a line prints, if one (OCR may cut it in two or three boxes, or run it into its
    title in one: clock.led cut that apart), and what is beside it."""
    boxes = tuple(b for b in line.boxes if not NUMBER.fullmatch(b.text))  # a talk's number is no title
    for i in range(len(boxes)):
        for j in (1, 2, 3):
            text = "".join(b.text for b in boxes[i : i + j])
            if i + j <= len(boxes) and is_time(text):
                # a remark in brackets next to the time ("(30 分钟)", a duration) is no title; a
                # title's words in brackets between its others are ("ext4原子写", "(atomic write)", "支持…")
                beside = tuple(
                    b
                    for k, b in enumerate(boxes)
                    if not i <= k < i + j and not (k in (i - 1, i + j) and _REMARK.fullmatch(b.text))
                )
                return Anchor(time_range(text) or (None, None), line, beside)
    return None


def _without_forum_lists(boxes: list[Text]) -> list[Text]:
    """The boxes less a list of the forums' names, three or more set one under another from one
    left edge, each within three lines of the next: a web page's sidebar of links, a table of
    contents. Each name would open a forum, and the last would name the programme beside them.
    Names most of which stand level with times are a table's column of forums (each row's),
    kept; one of a sidebar's may happen to stand level with a table's first time (set 191)."""
    times = [b for b in boxes if is_time(b.text)]
    names = sorted((b for b in boxes if forum_name(b.text)), key=lambda b: b.y0)
    listed: set[int] = set()
    run: list[Text] = []
    for box in [*names, None]:
        h = run[-1].y1 - run[-1].y0 if run else 0.0
        if box is not None and run and abs(box.x0 - run[-1].x0) <= h and box.y0 - run[-1].y1 < 3 * h:
            run.append(box)
            continue
        if len(run) >= 3 and 2 * sum(any(level(b, t) for t in times) for b in run) < len(run):
            listed |= {id(b) for b in run}
        run = [box] if box is not None else []
    return [b for b in boxes if id(b) not in listed]


def _heading(line: Line, over: Line | None = None) -> str:
    """The forum a line heads, if it does: its 分论坛 box and the large words before it, or over
    it where the heading wrapped ("体系结构与虚拟化" over "分论坛": a sub-forum is always named)."""
    box = next((b for b in line.boxes if forum_name(b.text)), None)
    if box is None:
        return ""
    h = box.y1 - box.y0
    if over is not None and forum_name(box.text) == "分论坛" and (wrapped := _wrapped(box, over)):
        return forum_name(wrapped + box.text)
    before = [
        b.text
        for b in line.boxes
        if b.x1 <= box.x0 + h / 2  # OCR's boxes of a heading set wide may overlap a little
        and b.y1 - b.y0 >= 0.7 * h
        and not re.fullmatch(r"[0-9Oo]{1,2}", b.text)
        and not _DAY_LABEL.fullmatch(b.text)
        and not _HALF_DAY_LABEL.fullmatch(b.text)
    ]
    return forum_name(join([*before, box.text]))


def _wrapped(box: Text, over: Line) -> str:
    """The words of a heading's first line right over its box (see heading_over); or ""."""
    words = over.boxes[0] if len(over.boxes) == 1 else None
    return words.text if words is not None and heading_over(words, box) else ""


def _host(header: list[Line]) -> tuple[str, str]:
    """(name, affiliation) of the 主持人 in a forum's heading: the name after it or to its
    right, the affiliation in the boxes to the right of the name or under it."""
    boxes = [b for line in header for b in line.boxes]
    host = next((b for b in boxes if HOST.search(b.text)), None)
    if host is None:
        return "", ""
    m = HOST.search(host.text)
    assert m is not None
    if (bracketed := re.fullmatch(r"(\S+?)\s*[（(](.+?)[)）]", m.group(1).strip())) and person_name(
        bracketed[1]
    ):
        return person_name(bracketed[1]), bracketed[2].strip()  # "主持人：贺晨（南京大学）"
    name, last = person_name(m.group(1)), host
    beside = sorted((b for b in boxes if b.x0 >= host.x1 - 40 and level(b, host)), key=lambda b: b.x0)
    beside = [b for b in beside if b is not host]
    if not name and beside:  # "主持人：周" "威", or "主持人：" "付才"
        name = person_name(m.group(1) + beside[0].text)
        last, beside = beside[0], beside[1:]
    under = _below(boxes, host, last)
    if not name and not beside and under and (first := person_name(under[0].text)):
        name, under = first, _below(boxes, under[0], under[0])  # "主持人" in a chip, the name under it
    return name, join(b.text for b in beside + under).strip(PUNCTUATION)


def _below(boxes: list[Text], box: Text, last: Text) -> list[Text]:
    """The boxes set right under a box (from it to `last`, the boxes of its line that are the
    host's), top to bottom, no forum's heading among them."""
    h = box.y1 - box.y0
    return sorted(
        (
            b
            for b in boxes
            if b is not box
            and box.y1 - h / 3 <= b.y0 <= box.y1 + 1.5 * h
            and min(b.x1, last.x1) - max(b.x0, box.x0) > 0.3 * (b.x1 - b.x0)
            and not forum_name(b.text)
        ),
        key=lambda b: b.y0,
    )
