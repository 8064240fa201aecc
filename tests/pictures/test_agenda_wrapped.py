"""A table's time centred on its row, level with the title's wrapped line, from hand-made OCR
boxes (round 19): the lines over the time's row are still its talk's, never the talk's above."""

from __future__ import annotations

import pytest

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box

ROWS = [
    ("13:30-14:15", ["mTHP换入在手机上的", "性能收益"], "邓凯（OPPO）"),
    ("14:15-15:00", ["基于访问监控的冷热页识别与内存", "分层"], "蔡文静（阿里云）"),
    ("15:15-16:00", ["slab分配器的缓存层与每", "CPU缓存"], "彭浩（字节跳动）"),
    ("16:00-16:45", ["共享内存池的内核接口设计与", "实践"], "潘晓军（英特尔）"),
]


def _box(text: str, x: float, y: float, size: float = 28) -> Box:
    """As printed: a Chinese character a square, a Latin letter or digit half of one."""
    width = sum(size if ord(ch) > 0x2E80 else size / 2 for ch in text)
    return Box(text, x, y, x + width, y + size, 0.99)


def _table(shift: float = 0, centred: bool = False) -> list[Box]:
    """A ruled table of one forum: the time column at x 56, each cell at x 222 (the title's two
    lines touching, 'name（company）' under them), the time centred on the cell's three lines and
    so level with the title's second; a 茶歇 row between the second and third rows. shift moves
    the time down from the cell's middle; centred sets each line of a cell centred on x 520."""
    drawn = [_box("内存管理分论坛", 313, 1324, 33), _box("主持人：邹海涛（vivo）", 294, 1368, 26)]
    top = 1427.0
    for k, (time, title, speaker) in enumerate(ROWS):
        if k == 2:
            drawn += [_box("15:00-15:15", 56, top - 2, 26), _box("茶歇", 776, top - 4, 34)]
            top += 50
        drawn += [_box(time, 56, top + 34 + shift, 29)]
        lines = [(title[0], top, 28), (title[1], top + 32, 28), (speaker, top + 68, 26)]
        for text, y, size in lines:
            box = _box(text, 222, y, size)
            x = 520 - (box.x1 - box.x0) / 2 if centred else 222
            drawn.append(_box(text, x, y, size))
        top += 130
    return drawn


@pytest.mark.parametrize(("shift", "centred"), [(0, False), (-4, False), (4, False), (0, True)])
def test_a_time_level_with_its_titles_wrapped_line_owns_the_line_over_it(shift: float, centred: bool):
    """Before, the line beside the time (the title's second line, '分层') was taken for the
    title's first: every line over it went to the talk above, so each talk was read a row early
    (its title's first line a second talk of the time before, its speaker the talk above's).
    A line beside its time that continues the line over it (one left edge, one type, touching)
    is no talk's first line; the rows are cut at the gap between cells, where a speaker ends.
    Centred cells wrap about one centre, not one left edge."""
    forum = agenda.parse("p.png", _table(shift, centred)).forums[0]
    assert [(s.kind, s.start) for s in forum.slots] == [
        ("talk", "13:30"),
        ("talk", "14:15"),
        ("break", "15:00"),
        ("talk", "15:15"),
        ("talk", "16:00"),
    ]
    talks = agenda.reconcile([agenda.parse("p.png", _table(shift, centred))])
    assert [(t.slot.start, t.slot.title, t.slot.speakers) for t in talks] == [
        (time[:5], "".join(title), (speaker[: speaker.index("（")],)) for time, title, speaker in ROWS
    ]
    assert all(not t.withheld for t in talks)
