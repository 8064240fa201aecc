"""What a poster prints beside a talk's lines that is none of them, from hand-made OCR boxes
(round 23): a QR code's caption under the programme, longer than the short lines of a sponsors'
section."""

from __future__ import annotations

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box


def _lines(rows: list[tuple[str, int, int, int]]) -> list[Box]:
    """A poster of one forum: its heading, then each (text, left, top, type size) as one box."""
    drawn = [Box("存储分论坛", 100, 0, 400, 60, 0.99)]
    return drawn + [Box(text, x, top, x + size * len(text), top + size, 0.99) for text, x, top, size in rows]


def test_a_qr_codes_caption_under_the_last_talk_ends_the_programme():
    """'扫码查看完整议程与嘉宾介绍' under the last talk, in its title's type and set apart as the
    next talk would be: a caption, neither the last talk's biography nor a second talk of its time
    (which made that time unsure)."""
    rows = [("14:10-14:50", 100, 120, 30), ("F2FS在车载存储上的寿命优化", 300, 120, 30)]
    rows += [("熊思雨 (理想汽车)", 300, 160, 26)]
    rows += [("15:10-15:50", 100, 220, 30), ("bcachefs的现状与未来", 300, 220, 30)]
    rows += [("武晓光 (SUSE)", 300, 260, 26), ("扫码查看完整议程与嘉宾介绍", 300, 350, 32)]
    talks = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert [(t.slot.start, t.slot.title, t.slot.speakers, t.slot.biography) for t in talks] == [
        ("14:10", "F2FS在车载存储上的寿命优化", ("熊思雨",), ""),
        ("15:10", "bcachefs的现状与未来", ("武晓光",), ""),
    ]
    assert not any(t.withheld for t in talks)
