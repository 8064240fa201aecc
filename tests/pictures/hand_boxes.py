"""OCR boxes made by hand for the agenda reader's tests, as OCR gives them, read surely: so a test
states a poster's layout in the coordinates a recorded run printed, without running OCR."""

from __future__ import annotations

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox


def at(text: str, x0: int, y0: int, x1: int, y1: int) -> OcrBox:
    """A box of text at those corners, read at 0.99."""
    return OcrBox(text, x0, y0, x1, y1, 0.99)


def shown(boxes: list[OcrBox]) -> dict[str | None, tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The talks of a one-forum poster's boxes whose speakers are shown (read surely), by start:
    (title, speakers, affiliations)."""
    (forum,) = agenda.parse("poster.png", boxes, 3000).forums
    return {s.start: (s.title, s.speakers, s.affiliations) for s in forum.slots if s.speakers_sure >= 0.8}
