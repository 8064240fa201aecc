"""A time's block of lines in the order its talk is read: the title first, then its speakers,
then their biographies, however the card sets them (speakers in a column left of the title, a
name plate under a photo beside the biography, a card that opens with its speakers).
"""

from __future__ import annotations

import re
import statistics

from clkarchive.pictures.agenda.geometry import Line, lines_of
from clkarchive.pictures.agenda.layout import Block
from clkarchive.pictures.agenda.leading import leading
from clkarchive.pictures.agenda.words import affiliation_like, person

# A talk's number printed beside its time ("01", "04", "①"; OCR may add a stroke: "04!").
NUMBER = re.compile(r"\W*(?:\d{1,2}|[①-⑳])\W*")


def lines_of_block(block: Block) -> list[Line]:
    """The block's lines in the order a talk is read, title first: top to bottom, with what was
    printed beside its time on the time's row, less a talk's number alone on a line of its own in
    type far larger than the block's (a badge, "01" in big digits left of the title, whose centre
    fell a little under the title's row): no line of the title. Speakers printed before the title
    (in a column left of it, or over the time of a card that opens with them) go after it."""
    beside = lines_of(list(block.anchor.beside))
    lines = [_unnumbered(ln) for ln in (*beside, *block.lines)]
    usual = statistics.median(ln.bottom - ln.top for ln in lines) if lines else 0.0
    badges = [ln for ln in lines if NUMBER.fullmatch(ln.text) and ln.bottom - ln.top > 1.5 * usual]
    lines = _speakers_last(sorted([ln for ln in lines if ln not in badges], key=lambda ln: ln.top), usual)
    lines = _photo_column(lines, usual)
    # A card that opens with its speakers and their biography, then its time and its title under
    # it: its speakers, its title, then the biography (else the biography would open the title).
    above = [ln for ln in lines if ln.bottom <= block.anchor.line.top]
    if above and len(above) < len(lines):
        speakers, k = leading(above, statistics.median(ln.em for ln in lines))
        if speakers and k < len(above):
            lines = [*above[:k], *lines[len(above) :], *above[k:]]
    return lines


def _speakers_last(lines: list[Line], height: float) -> list[Line]:
    """The lines of a row that prints its speakers in a column left of its title (a table
    "分享嘉宾 | 议题 | 时间": the name, its affiliation under it, beside the title's lines) as the
    title's lines, then the speakers': read top to bottom, the title's second line would fall
    after the name's affiliation. The row opens with a name beyond doubt, in a box of its own set
    apart from the title's; the left column's boxes are names and affiliations down to the first
    that is neither (what follows the row: a label over the next forum's heading), and no box runs
    across the gap between the columns."""
    if not lines or len(lines[0].boxes) < 2 or not person(lines[0].boxes[0].text):
        return lines
    name, title = lines[0].boxes[:2]
    edge = title.x0 - height / 2
    if title.x0 - name.x1 < 2 * height:
        return lines
    boxes = [b for ln in lines for b in ln.boxes]
    left = [b for b in boxes if b.x1 <= edge]
    right = [b for b in boxes if b.x0 >= edge]
    if len(left) + len(right) < len(boxes):
        return lines
    left.sort(key=lambda b: b.y0)
    k = next((k for k, b in enumerate(left) if not (person(b.text) or affiliation_like(b.text))), len(left))
    return lines_of(right) + lines_of(left[:k]) + lines_of(left[k:])


_SENTENCES = re.compile(r"[，。；]")  # a biography's punctuation, no title's or name's


def _photo_column(lines: list[Line], height: float) -> list[Line]:
    """The lines of a card that prints its speaker's name plate and affiliation in a column of
    their own (under the photo) beside the biography's paragraph, as the title, the name's lines,
    then the biography: read across, the plate's row would run the name into a line of the
    biography ("龚海峰 航天大学。"), the biography's last words taken for the affiliation and the
    one printed under the plate for a speaker's whose name was lost.

    The paragraph is three or more lines from one left edge, two with a sentence's punctuation;
    every box from its first line down stands within the paragraph's width or clear of it, on one
    side, none across; that side holds a name beyond doubt, level with the paragraph, and an
    affiliation, and nothing but names and affiliations."""
    for k, line in enumerate(lines):
        for box in line.boxes:
            below = [b for ln in lines[k:] for b in ln.boxes]
            para = [b for b in below if abs(b.x0 - box.x0) < height / 2]
            if len(para) < 3 or sum(bool(_SENTENCES.search(b.text)) for b in para) < 2:
                continue  # no biography's sentences
            left, right = box.x0 - height / 2, max(b.x1 for b in para) + height / 2
            if any(b.x0 < left < b.x1 or b.x0 < right < b.x1 for b in below):
                continue
            sides = [[b for b in below if b.x1 <= left], [b for b in below if b.x0 >= right]]
            side = max(sides, key=len)
            if min(len(s) for s in sides) or not any(person(b.text) for b in side):
                continue
            top, bottom = min(p.y0 for p in para), max(p.y1 for p in para)
            if not any(top <= (b.y0 + b.y1) / 2 <= bottom for b in side if person(b.text)):
                continue  # the name stands beside the paragraph, not over or under it
            firms = [b for b in side if not person(b.text) and affiliation_like(b.text)]
            # a plate alone beside the paragraph is the card's own order (slots read it); with an
            # affiliation under it, read across, the two would each take a line of the biography
            if firms and all(person(b.text) or b in firms for b in side):
                rest = [b for b in below if b not in side]
                return [*lines[:k], *lines_of(side), *lines_of(rest)]
    return lines


def _unnumbered(line: Line) -> Line:
    """The line less a talk's number that opens it ("01" in a badge left of a card, on its
    speaker's row): no part of a name or a title."""
    if len(line.boxes) >= 2 and NUMBER.fullmatch(line.boxes[0].text):
        return Line(line.boxes[1:])
    return line
