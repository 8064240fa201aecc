"""A speaker's name read with a character OCR was unsure of is withheld (a rare surname read as a
look-alike: 亓 as 元, 佘 as 余), from hand-made OCR boxes; boxes recorded before OCR's per-character
probabilities were kept read as they did."""

from __future__ import annotations

import json

import pytest

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox, box_row, pages_from_json, pages_to_json


def _poster(speaker: str, chars: tuple[float, ...]) -> list[OcrBox]:
    rows = [("09:00-09:30", 120), ("kCFI 与 FineIBT 的性能开销", 160), (speaker, 200)]
    rows += [("09:30-10:00", 330), ("页缓存回收策略的再思考", 370), ("李晓峰 | 华为", 410)]
    drawn = [OcrBox("安全分论坛", 100, 0, 400, 60, 0.99)]
    for text, top in rows:
        sure = chars if text == speaker else ()
        drawn.append(OcrBox(text, 100, top, 100 + 30 * len(text), top + 30, 0.99, sure))
    return drawn


@pytest.mark.parametrize(
    ("surname", "shown"),
    [(0.47, ()), (0.79, ()), (0.99, ("余雨泽",)), (None, ("余雨泽",))],
)
def test_a_name_read_with_an_unsure_character_is_withheld(surname: float | None, shown: tuple[str, ...]):
    """'余雨泽 | 华为', its surname read at 0.47 (佘雨泽 printed): the talk's speakers are withheld,
    with the reason; read at 0.99, or with no probabilities known (an old recording), shown. The
    other talk's speaker is shown either way."""
    text = "余雨泽 | 华为"
    chars = () if surname is None else (surname, *[0.99] * (len(text) - 1))
    first, second = agenda.reconcile([agenda.parse("p.png", _poster(text, chars))])
    assert first.slot.speakers == shown
    assert bool(dict(first.withheld).get("speakers")) == (not shown)
    assert second.slot.speakers == ("李晓峰",)


def test_an_unsure_character_outside_the_name_withholds_nothing():
    """Only the name's characters count: the affiliation read unsurely ('华为' at 0.5) is not the name."""
    text = "亓雨泽 | 华为"
    chars = (0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.5, 0.5)
    first, _ = agenda.reconcile([agenda.parse("p.png", _poster(text, chars))])
    assert first.slot.speakers == ("亓雨泽",)


def test_a_recording_without_probabilities_loads_and_reads_as_before():
    """A page recorded before the probabilities were kept ([text, x0, y0, x1, y1, confidence]) loads
    with none (taken as read surely) and is written back as it was; one with them keeps them, to
    three decimals."""
    old = [box_row(b) for b in _poster("余雨泽 | 华为", ())]
    assert all(len(row) == 6 for row in old)
    loaded = pages_from_json(json.dumps({"pages": {"1": old}}, ensure_ascii=False))[1]
    assert all(b.chars == () for b in loaded) and loaded == _poster("余雨泽 | 华为", ())
    assert json.loads(pages_to_json({1: loaded}))["pages"]["1"] == old
    talk, _ = agenda.reconcile([agenda.parse("p.png", loaded)])
    assert talk.slot.speakers == ("余雨泽",)
    kept = OcrBox("余雨泽", 1, 2, 3, 4, 0.8, (0.47123, 0.99, 1.0))
    (again,) = pages_from_json(pages_to_json({1: [kept]}))[1]
    assert again.chars == (0.471, 0.99, 1.0)
