"""Doubts about a programme's readings, each from the readings around it: a line two times read,
talks of no speaker after each card's talk (its furniture), two talks of one time beside a hole in
the programme, a speaker's line read as a talk of its own, a break read with speakers, a name too
faint to keep set as a speaker's, a name with a character OCR read unsurely (`misread`). Each
makes readings unsure (withheld, not shown as fact) or drops one; poster.py reads, this module
doubts."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from clkarchive.pictures.agenda.clock import level
from clkarchive.pictures.agenda.geometry import Text, lines_of
from clkarchive.pictures.agenda.kinds import break_title
from clkarchive.pictures.agenda.records import Slot
from clkarchive.pictures.agenda.slots import UNPLACED
from clkarchive.pictures.agenda.speakers import listed
from clkarchive.pictures.agenda.words import CJK_NAME, affiliation_like
from clkarchive.pictures.reread import CHAR_SURE

_FURNITURE = 3  # this many talks of no speaker, each after its card's talk, are the cards' furniture
Reading = tuple[Text, Slot, tuple[Text, ...]]  # a slot, its time's box and the boxes it was read from


def shared_unsure(read: list[Reading]) -> list[Reading]:
    """The readings, those that read a line another time also read made unsure: which time the
    line is under is unclear, and so are both readings' times and speakers."""
    times: dict[int, set[int]] = {}
    for time, _, boxes in read:
        for box in boxes:
            times.setdefault(id(box), set()).add(id(time))
    return [
        (time, slot, boxes)
        if all(len(times[id(box)]) == 1 for box in boxes)
        else (time, dataclasses.replace(slot, time_sure=UNPLACED, speakers_sure=UNPLACED), boxes)
        for time, slot, boxes in read
    ]


def furniture_unsure(read: list[Reading]) -> list[Reading]:
    """The readings, those that name nobody right after a talk of the same time that named its
    speakers made unsure of their time, where the programme has three or more of them. One is a
    talk that shares its slot and whose speaker OCR missed; many are what every card prints
    under its speaker (a web page's buttons, a side panel's lines level with them): shown, each
    would be a talk that does not exist, at its card's time."""
    stray = [
        k
        for k in range(1, len(read))
        if read[k][1].kind == "talk"
        and not read[k][1].speakers
        and read[k - 1][1].speakers
        and (read[k][1].start, read[k][1].end) == (read[k - 1][1].start, read[k - 1][1].end)
    ]
    if len(stray) < _FURNITURE:
        return read
    return [
        (time, dataclasses.replace(slot, time_sure=0.0), boxes) if k in stray else (time, slot, boxes)
        for k, (time, slot, boxes) in enumerate(read)
    ]


def named_breaks(read: list[Reading]) -> list[Reading]:
    """The readings, a break ("茶歇", "午餐") read with speakers under its time made a break again,
    and the talk before it unsure of its speakers: those names are a card's plates set far from
    its title (under a photo, beside a biography) that the next time took. The talk may be
    missing them: its list is withheld, never shown short."""
    out = list(read)
    for k, (time, slot, boxes) in enumerate(read):
        if slot.kind != "talk" or not slot.speakers or not break_title(slot.title):
            continue
        out[k] = (time, dataclasses.replace(slot, kind="break", speakers=(), affiliations=()), boxes)
        if k and out[k - 1][1].kind == "talk":
            before, talk, held = out[k - 1]
            out[k - 1] = (
                before,
                dataclasses.replace(talk, speakers_sure=min(talk.speakers_sure, UNPLACED)),
                held,
            )
    return out


def holes_unsure(read: list[Reading]) -> list[Reading]:
    """A programme's readings, those of a time given to two talks or more next to a hole in the
    programme made unsure. A time OCR did not read makes its talk a second talk of the time
    before (or after) it, and leaves a hole where it stood: the slot before ends before the
    shared time starts, or the shared time ends before the next slot starts. Two talks that
    truly share a time (two short talks, a slot of two rooms) leave no hole; where there is one,
    which of the talks holds the time is unclear: their times and speakers are withheld."""
    out = list(read)
    i = 0
    while i < len(read):
        slot = read[i][1]
        j = i
        while j + 1 < len(read) and (read[j + 1][1].start, read[j + 1][1].end) == (slot.start, slot.end):
            j += 1
        talks = [k for k in range(i, j + 1) if read[k][1].kind == "talk"]
        before = read[i - 1][1] if i else None
        after = read[j + 1][1] if j + 1 < len(read) else None
        hole = (before is not None and before.end is not None and slot.start and before.end < slot.start) or (
            after is not None and after.start is not None and slot.end and slot.end < after.start
        )
        if slot.start and len(talks) >= 2 and hole:
            for k in talks:
                time, shared, boxes = read[k]
                unsure = dataclasses.replace(
                    shared,
                    time_sure=min(shared.time_sure, UNPLACED),
                    speakers_sure=min(shared.speakers_sure, UNPLACED),
                )
                out[k] = (time, unsure, boxes)
        i = j + 1
    return out


def orphans(read: list[Reading]) -> list[Reading]:
    """The readings less a talk that is only a speaker's line ("唐晓军|麒麟软件" under a time, no
    title): the last guest of a cell that runs over two time rows (a panel of a grid), cut off
    from its talk by the row's time. The talk before it is then not read whole: its speakers are
    withheld."""
    out: list[Reading] = []
    for time, slot, boxes in read:
        lines = lines_of([b for b in boxes if b is not time])
        if out and slot.kind == "talk" and not slot.speakers and len(lines) == 1 and listed(lines[0], None):
            before = out[-1]
            out[-1] = (
                before[0],
                dataclasses.replace(before[1], speakers_sure=min(before[1].speakers_sure, UNPLACED)),
                before[2],
            )
            continue
        out.append((time, slot, boxes))
    return out


FAINT = 0.5  # OCR's confidence from which a name too faint to keep still says one is printed


def faint_unsure(read: list[Reading], faint: Sequence[Text]) -> list[Reading]:
    """The readings, those with speakers made unsure where a name OCR read too faintly to keep
    (under MIN_CONFIDENCE: "远国栋" at 0.73 for 逯国栋, on a plate like "卢思敏"'s) stands among
    their lines, set as one of their speakers' names is: one more speaker, not read. Shown, the
    list read would say the talk is the others' alone. The name may be the card's last line, under
    the lines read (a second plate under its biography, set 245): it counts up to the next card
    below in the column."""
    out: list[Reading] = []
    for time, slot, boxes in read:
        names = [
            b for b in boxes if any(b.text.startswith(s) for s in slot.speakers)
        ]  # or run into a company
        top, bottom = min(b.y0 for b in boxes), max(b.y1 for b in boxes)
        end = _card_end(time, boxes, read)
        if any(
            (top <= f.y0 <= bottom or bottom < f.y0 < end)
            and abs(f.x0 - n.x0) < 0.5 * (n.y1 - n.y0)
            and 0.8 <= (f.y1 - f.y0) / (n.y1 - n.y0) <= 1.25
            for f in faint
            for n in names
        ) or any(_faint_beside(f, n, boxes) for f in faint for n in names):
            slot = dataclasses.replace(slot, speakers_sure=0.0)
        out.append((time, slot, boxes))
    return out


def _card_end(time: Text, boxes: Sequence[Text], read: list[Reading]) -> float:
    """Where a reading's card ends: where the next reading below it in its column begins, its
    time or its first line (a line level with that is the next card's); else four lines' height
    under its last line."""
    left, right = min(b.x0 for b in boxes), max(b.x1 for b in boxes)
    bottom = max(b.y1 for b in boxes)
    below = [
        min(b.y0 for b in (other, *lines))
        for other, _, lines in read
        if other is not time and other.y0 > bottom and min(right, other.x1) > max(left, other.x0)
    ]
    return min(below, default=bottom + 4 * (time.y1 - time.y0))


def _faint_beside(faint: Text, name: Text, boxes: Sequence[Text]) -> bool:
    """Whether a name read too faintly stands right of a speaker's, on its line, with an
    affiliation after it ("艾宁中兴通讯…" then "责启航" at 0.67 for 贲启航, then "中兴通讯AI工程师"):
    a second speaker side by side."""
    return (
        faint.x0 > name.x1
        and level(faint, name)
        and any(
            b.x0 > (faint.x0 + faint.x1) / 2 and level(b, faint) and affiliation_like(b.text) for b in boxes
        )
    )


def misread(name: str, boxes: Iterable[Text]) -> bool:
    """Whether a box prints the Chinese name with a character OCR read less surely than CHAR_SURE
    (spaces aside; a box whose characters' probabilities are unknown is taken as read surely). A
    given name's 一 (一帆, 一鸣) is read unsurely for the dash it looks like, never for another
    character: over posters-blind 1-146, twelve names withheld for it alone, every one right."""
    wanted = name.replace(" ", "")
    if not CJK_NAME.fullmatch(wanted):
        return False
    for box in boxes:
        kept = [(c, p) for c, p in zip(box.text, box.chars, strict=False) if not c.isspace()]
        text = "".join(c for c, _ in kept)
        at = text.find(wanted)
        while at >= 0:
            if any(
                p < CHAR_SURE and (k == 0 or c != "一")
                for k, (c, p) in enumerate(kept[at : at + len(wanted)])
            ):
                return True
            at = text.find(wanted, at + 1)
    return False
