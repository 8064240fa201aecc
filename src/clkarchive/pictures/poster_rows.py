"""Where an agenda-only talk stands on its poster: the row to cut out as the talk's picture.

The agenda reader keeps the talks it read (title, speakers) but not the boxes
they came from; the poster's OCR boxes are kept in the index. So the row is
found again from the same two: the boxes that spell the talk's title, and the
speakers' names just below it, give the rows of the poster to cut, across the
poster's whole width (its time column included). A title no box spells
clearly is not guessed at: the talk then has no row (None).
"""

from __future__ import annotations

from collections.abc import Sequence

from clkarchive.models import Talk
from clkarchive.pictures.agenda.words import norm
from clkarchive.pictures.ocr import OcrBox, pages_from_json

MIN_PIECE = 2  # characters of a box's text that may count as part of a title
MIN_COVERED = 0.6  # of the title's characters the boxes found must spell
# How far below the title a speaker's name may stand, in poster widths: under a line of the agenda,
# or at the foot of a card with a photo and a biography between.
SPEAKER_REACH = 0.8


def row_of(read: str, talk: Talk) -> tuple[int, int, int, int] | None:
    """The rectangle of the poster (x0, y0, x1, y1 pixels) showing the talk, from what OCR read in it."""
    boxes = pages_from_json(read).get(1, [])
    title = norm(talk.title)
    if not boxes or not title:
        return None
    found = _title_boxes(boxes, title)
    if not found:
        return None
    line = max(b.y1 - b.y0 for b in found)
    bottom = max(b.y1 for b in found)
    left = min(b.x0 for b in boxes)
    right = max(b.x1 for b in boxes) + left  # the poster's width, near enough: margins alike
    for name in {norm(s) for s in talk.speakers if norm(s)}:
        below = [
            b
            for b in boxes
            if found[0].y0 <= b.y0 <= bottom + SPEAKER_REACH * right
            and len(norm(b.text)) >= 2
            and (norm(b.text).startswith(name) or name.startswith(norm(b.text)))
        ]
        if below:  # the nearest: a speaker of two talks on one poster is named under each
            found.append(min(below, key=lambda b: b.y0))
    pad = line * 0.6
    top = min(b.y0 for b in found) - pad
    end = max(b.y1 for b in found) + pad
    return 0, max(0, round(top)), round(right), round(end)


def _title_boxes(boxes: Sequence[OcrBox], title: str) -> list[OcrBox]:
    """The boxes that spell the title: the longest piece of it, then its neighbours that spell more."""
    pieces = [b for b in boxes if len(norm(b.text)) >= min(MIN_PIECE, len(title)) and norm(b.text) in title]
    if not pieces:
        return []
    anchor = max(pieces, key=lambda b: len(norm(b.text)))
    found = [anchor]
    line = anchor.y1 - anchor.y0
    for box in sorted(pieces, key=lambda b: b.y0):
        if (
            box is not anchor
            and abs(box.y0 - anchor.y0) <= 2.5 * line
            and abs(box.x0 - anchor.x0) <= 4 * line
        ):
            found.append(box)
    covered = sum(len(norm(b.text)) for b in found)
    return sorted(found, key=lambda b: b.y0) if covered >= MIN_COVERED * len(title) else []
