"""An opening or guest address a person gives is an item of the programme, found by the speaker's
name; an opening nobody gives stays a ceremony; neither shifts the talks' numbers, which the decks'
file names count. From hand-made OCR boxes."""

from __future__ import annotations

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box


def _main_forum() -> list[Box]:
    """09:00-09:05 开场 (nobody named), 09:05-09:20 嘉宾致辞 by 高亮 with his role under the name,
    then two talks, each a time over its title and 'name company'."""
    drawn = [Box("主论坛", 80, 100, 260, 150, 0.99)]
    rows = [
        ("09:00-09:05", "开场", None),
        ("09:05-09:20", "嘉宾致辞", "高亮 华中科技大学副校长"),
        ("09:20-09:50", "端侧大模型时代的内核", "杨铠衔 vivo底层技术研究总监"),
        ("09:50-10:20", "数据中心内存利用率", "李泽帆 字节跳动内核负责人"),
    ]
    for k, (time, title, speaker) in enumerate(rows):
        top = 200 + 200 * k
        drawn += [
            Box(time, 80, top, 260, top + 30, 0.99),
            Box(title, 80, top + 45, 80 + 34 * len(title), top + 81, 0.99),
        ]
        if speaker:
            drawn += [Box(speaker, 80, top + 95, 80 + 26 * len(speaker), top + 123, 0.99)]
    return drawn


def test_an_address_a_person_gives_is_listed_with_its_speaker():
    talks = agenda.reconcile([agenda.parse("p.png", _main_forum(), 2024)])
    got = [(t.slot.start, t.slot.title, t.slot.speakers, t.number) for t in talks]
    assert got == [
        ("09:05", "嘉宾致辞", ("高亮",), 0),
        ("09:20", "端侧大模型时代的内核", ("杨铠衔",), 1),
        ("09:50", "数据中心内存利用率", ("李泽帆",), 2),
    ]


def test_an_opening_nobody_gives_stays_a_ceremony():
    (forum,) = agenda.parse("p.png", _main_forum(), 2024).forums
    assert (forum.slots[0].kind, forum.slots[0].title) == ("ceremony", "开场")
