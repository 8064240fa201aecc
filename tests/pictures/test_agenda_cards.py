"""Rows of cards read as a table, from hand-made OCR boxes (round 19): a time level with its
title's first line, the speakers under the title each on a line ('name company job' run in, or
the name in a box of its own), the host's affiliation over the first card."""

from __future__ import annotations

import pytest

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box

CARDS: list[tuple[str, str, list[str | tuple[str, str]]]] = [
    ("13:30-14:10", "向量扩展的内核上下文切换开销", ["叶志鹏中国科学院软件研究所工程师"]),
    ("14:10-14:50", "内存管理单元的内核支持", ["姚欣然龙芯中科内核工程师"]),
    ("14:50-15:30", "服务器的启动链", ["金浩中国电信研究员", ("白雪峰", "赛防科技软件工程师")]),
    ("15:30-16:10", "虚拟地址布局调整", [("魏东", "Arm主任工程师")]),
]


def _box(text: str, x: float, y: float, size: float = 32) -> Box:
    """As printed: a Chinese character a square, a Latin letter or digit half of one."""
    width = sum(size if ord(ch) > 0x2E80 else size / 2 for ch in text)
    return Box(text, x, y, x + width, y + size, 0.99)


def _poster(cards: list[tuple[str, str, list[str | tuple[str, str]]]]) -> list[Box]:
    """A forum's cards 240 px apart (56 more for each speaker after the first): the time at x 84
    level with the title at x 300, the first speaker's line 120 px under it at x 393 (a photo's
    circle left of it, not read), the next 56 px under that; the host centred over the cards,
    his unit under him at x 382."""
    drawn = [_box("RISC-V与体系结构分论坛", 248, 532, 44)]
    drawn += [_box("主持人：苏振华", 413, 637, 42), _box("中国科学院软件研究所研究员", 382, 695, 26)]
    top = 832
    for time, title, speakers in cards:
        drawn += [_box(title, 300, top, 34), _box(time, 84, top + 3, 27)]
        for j, line in enumerate(speakers):
            y = top + 120 + 56 * j
            if isinstance(line, tuple):
                drawn += [_box(line[0], 393, y), _box(line[1], 393 + 32 * len(line[0]) + 13, y + 4, 26)]
            else:
                drawn += [_box(line, 393, y)]
        top += 240 + 56 * (len(speakers) - 1)
    return drawn


def _speakers(cards: list[tuple[str, str, list[str | tuple[str, str]]]]) -> list[tuple[str, ...]]:
    return [t.slot.speakers for t in agenda.reconcile([agenda.parse("p.png", _poster(cards), 2028)])]


def test_the_first_and_last_cards_speakers_are_their_rows():
    """Rows part in the middle of the gap between cards, well over the next time, which stands
    level with its title: before, that read as times centred on their rows, so the first row
    reached as far over its time as under it (taking the host's unit into its speakers' cell:
    no names) and the last as far under as over (stopping short of its speaker's line)."""
    assert _speakers(CARDS)[0] == ("叶志鹏",)
    assert _speakers(CARDS)[-1] == ("魏东",)


def test_a_speaker_a_line_reads_every_speaker():
    """'金浩中国电信研究员' over '白雪峰' '赛防科技软件工程师': before, the cell was read as one
    run, 金浩 of '中国电信研究员白雪峰赛防科技软件工程师', a talk of two shown as one person's."""
    assert _speakers(CARDS)[2] == ("金浩", "白雪峰")


@pytest.mark.parametrize("second", ["白雪赛防科技软件工程师", ("白雪赛防", "科技软件工程师")])
def test_a_second_speakers_line_not_cut_surely_withholds_the_list(second: str | tuple[str, str]):
    """The second line one run ('白雪赛防科技…': 白雪 or 白雪赛?), or in a box of its own a name
    the lexicon cannot cut surely: the cell's names are not all read, so none is shown, never
    金浩 alone."""
    cards = [*CARDS[:2], (CARDS[2][0], CARDS[2][1], ["金浩中国电信研究员", second]), CARDS[3]]
    assert _speakers(cards)[2] == ()
