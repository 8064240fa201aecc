"""Times whose digits OCR read unsurely, from hand-made OCR boxes with each character's probability
(round 22): a seven-segment "0" read as "8" is no time to show."""

from __future__ import annotations

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox

SURE = 0.99


def _box(
    text: str, x0: float, y0: float, x1: float, y1: float, unsure: dict[int, float] | None = None
) -> OcrBox:
    """A box read surely but for the characters `unsure` gives (index: probability)."""
    chars = tuple((unsure or {}).get(i, SURE) for i in range(len(text)))
    return OcrBox(text, x0, y0, x1, y1, 0.95, chars)


def _poster(first: OcrBox) -> list[OcrBox]:
    """A forum of three talks, each a time range over its title and 'name company'; the first
    talk's time is `first`."""
    drawn = [_box("内存管理分论坛", 80, 100, 480, 150)]
    times = [first, _box("11:30-12:10", 80, 460, 260, 490), _box("12:10-12:50", 80, 720, 260, 750)]
    talks = [
        ("大页内存的回收路径优化", "张宇 字节跳动"),
        ("内存分层的调度策略", "刘晓东 华为"),
        ("页缓存的新设计", "王磊 阿里云"),
    ]
    for k, (time, (title, speaker)) in enumerate(zip(times, talks, strict=True)):
        top = 200 + 260 * k
        drawn += [
            time,
            _box(title, 80, top + 50, 80 + 34 * len(title), top + 86),
            _box(speaker, 80, top + 100, 80 + 26 * len(speaker), top + 128),
        ]
    return drawn


def _starts(boxes: list[OcrBox]) -> list[tuple[str | None, tuple[tuple[str, str], ...]]]:
    return [(t.slot.start, t.withheld) for t in agenda.reconcile([agenda.parse("p.jpg", boxes, 2036)])]


def test_a_time_with_a_digit_read_unsurely_is_withheld():
    """'10:58' where the poster prints 10:50 in a digital-clock font: its 8 at 0.63."""
    read = _starts(_poster(_box("10:58-11:30", 80, 200, 260, 230, {4: 0.63})))
    assert read[0][0] is None
    assert dict(read[0][1])["time"]
    assert [start for start, _ in read[1:]] == ["11:30", "12:10"]


def test_a_time_read_surely_is_shown():
    read = _starts(_poster(_box("10:50-11:30", 80, 200, 260, 230)))
    assert [start for start, _ in read] == ["10:50", "11:30", "12:10"]


def test_a_time_run_into_its_title_keeps_its_digits_certainty():
    """OCR read the range and the title as one box: the time cut from it still says how surely
    each of its digits was read."""
    joined = _box("10:58-11:30大页内存的回收路径优化", 80, 200, 700, 236, {4: 0.63})
    boxes = [b for b in _poster(joined) if b.text != "大页内存的回收路径优化"]
    assert _starts(boxes)[0][0] is None
