"""Session 18's readings, from the boxes OCR gave on blind sets 75-80, each read after its
measurement."""

from __future__ import annotations

from hand_boxes import at as _at

from clkarchive.pictures import agenda

# Set 80's table: a header row ("时间 | 议题/嘉宾"), then each row's time centred on its cell, the
# title over the speaker's line; a title wrapped in its cell, the time level with its second line.
_HEADED_TABLE = [
    _at("主论坛", 482, 1021, 601, 1067),
    _at("主持人：缪海军", 226, 1109, 413, 1142),
    _at("绍兴文理学院计算机科学与工程学院副院长", 427, 1111, 855, 1140),
    _at("时间", 144, 1176, 201, 1209),
    _at("议题/嘉宾", 313, 1178, 433, 1208),
    _at("开幕致辞", 312, 1249, 438, 1288),
    _at("09:00-09:10", 90, 1275, 254, 1306),
    _at("沈立平绍兴文理学院 副校长", 311, 1303, 617, 1336),
    _at("openEuler内核的演进：", 314, 1390, 635, 1427),
    _at("09:10-09:50", 90, 1438, 254, 1468),
    _at("从5.10到6.6的长期维护实践", 316, 1438, 720, 1467),
    _at("韩志强华为 openEuler 内核 Maintainer", 311, 1487, 735, 1520),
    _at("Upstream First: Ten Years of", 315, 1576, 728, 1609),
    _at("Maintaining Enterprise Kernels at Scale", 314, 1622, 892, 1652),
    _at("09:50-10:30", 91, 1623, 253, 1650),
    _at("Marco Rinaldi  SUSE Kernel Engineer", 313, 1672, 734, 1704),
]


def _talks(boxes: list) -> dict[str | None, tuple[str, tuple[str, ...]]]:
    (forum,) = agenda.parse("shaoxing.png", boxes, 2801).forums
    return {s.start: (s.title, s.speakers) for s in forum.slots if s.speakers_sure >= 0.8}


def test_a_tables_header_row_names_nobody_and_opens_no_talk():
    talks = _talks(_HEADED_TABLE)
    assert all("时间" not in speakers for _, speakers in talks.values())
    assert talks["09:10"] == ("openEuler内核的演进:从5.10到6.6的长期维护实践", ("韩志强",))
    assert talks["09:50"] == (
        "Upstream First: Ten Years of Maintaining Enterprise Kernels at Scale",
        ("Marco Rinaldi",),
    )


def test_a_title_wrapped_over_its_time_is_one_title_whatever_its_boxes_heights():
    # "openEuler内核的演进：" stands a quarter taller than the digits of its second line
    talks = _talks([b for b in _HEADED_TABLE if b.text not in ("时间", "议题/嘉宾")])
    assert talks["09:10"] == ("openEuler内核的演进:从5.10到6.6的长期维护实践", ("韩志强",))
