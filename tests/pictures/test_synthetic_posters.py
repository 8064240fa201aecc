"""The poster reader on synthetic posters of every layout class, against the truth they were drawn from.

tests/pictures/posters.py draws each layout and knows what it prints. The unit
tier reads the OCR boxes recorded of each poster (tests/data/synthetic_poster_boxes.json);
the slow tier OCRs the pictures for real, first checking that OCR read every
title, time, name and affiliation, so a failure of the reader is the reader's.
A layout the reader does not yet read is an expected failure, strictly: when it
is fixed its test fails until the mark is removed.
"""

from __future__ import annotations

import functools

import posters
import pytest
from poster_kit import fonts_available

from clkarchive.pictures import agenda, ocr
from clkarchive.pictures.ocr import OcrBox

pytestmark = pytest.mark.skipif(not fonts_available(), reason="fonts-noto-cjk is not installed")

# What main's reader gets wrong, layout by layout (python bench/poster_layouts.py says how much).
NOT_YET: dict[str, str] = {}


def layouts() -> list[object]:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=NOT_YET[name]))
        if name in NOT_YET
        else name
        for name in posters.LAYOUTS
    ]


def read(layout: str, boxes: list[OcrBox]) -> list[str]:
    poster = posters.poster(layout)
    return posters.compare(poster.truth, agenda.parse(poster.truth.poster, boxes, posters.YEAR)).wrong


@pytest.mark.parametrize("layout", layouts())
def test_reader_recovers_every_slot_from_the_recorded_boxes(layout: str) -> None:
    assert read(layout, posters.recorded()[layout]) == []


def test_recorded_boxes_are_of_the_pictures_drawn_now() -> None:
    """A changed generator (or font) needs `python tests/pictures/posters.py --record`."""
    recorded = posters.recorded_digests()
    assert recorded == {p.layout: p.digest for p in posters.posters()}


@functools.cache
def ocr_boxes(layout: str) -> list[OcrBox]:
    return ocr.read_image(posters.poster(layout).png)


@pytest.mark.slow
@pytest.mark.skipif(not ocr.available(), reason="OCR is not installed")
@pytest.mark.parametrize("layout", list(posters.LAYOUTS))
def test_ocr_reads_everything_the_poster_prints(layout: str) -> None:
    assert posters.missed_by_ocr(posters.poster(layout), ocr_boxes(layout)) == []


@pytest.mark.slow
@pytest.mark.skipif(not ocr.available(), reason="OCR is not installed")
@pytest.mark.parametrize("layout", layouts())
def test_reader_recovers_every_slot_from_real_ocr(layout: str) -> None:
    assert read(layout, ocr_boxes(layout)) == []


@pytest.mark.parametrize(
    ("layout", "missed"),
    [
        ("english_first", "09h40-10h20"),
        ("ampm_days", "9:40-10:20"),
        ("labelled_fields", "14:10-14:50"),
        ("dot_leaders", "09:35-10:10"),
        ("bracket_fields", "10:10-10:50"),
        ("stacked_clock", "09:00"),  # its end, left alone under where it stood, is no start
        ("console", "09:40→10:20"),  # its title lost with it: its speaker is not the talk before's
    ],
)
def test_a_time_ocr_missed_shows_no_talk_at_another_time(layout: str, missed: str) -> None:
    """A time OCR did not read makes its talk a second talk of the time before, leaving a hole in
    the programme: neither talk's time is shown then, rather than one of them a slot early; nor
    any speaker the talk before did not have."""
    poster = posters.poster(layout)
    boxes = posters.recorded()[layout]
    dropped = next(k for k, b in enumerate(boxes) if missed in b.text)  # the first: one column's
    boxes = boxes[:dropped] + boxes[dropped + 1 :]
    talks = agenda.reconcile([agenda.parse(poster.truth.poster, boxes, posters.YEAR)])
    truth = {posters.normal(s.title): s.start for f in poster.truth.forums for s in f.slots}
    shown = {posters.normal(t.slot.title): t.slot.start for t in talks if t.slot.start}
    assert {title: start for title, start in shown.items() if truth.get(title, start) != start} == {}
    people = {posters.normal(s.title): set(s.speakers) for f in poster.truth.forums for s in f.slots}
    named = {posters.normal(t.slot.title): set(t.slot.speakers) for t in talks if t.slot.speakers}
    assert {title: who for title, who in named.items() if not who <= people.get(title, who)} == {}


@pytest.mark.parametrize("layout", [p.layout for p in posters.posters() if p.days])
def test_a_talk_of_a_poster_of_several_days_is_shown_on_its_own_day_or_none(layout: str) -> None:
    """'DAY 2' with no date of its own under a header of '11月8日-9日': its talks are of no known
    day, never of the first day by default."""
    poster = posters.poster(layout)
    talks = agenda.reconcile([agenda.parse(poster.truth.poster, posters.recorded()[layout], posters.YEAR)])
    days = dict(poster.days)
    assert [(t.forum, t.date) for t in talks if t.date and t.date != days[t.forum]] == []
