"""Session 19's readings, from the boxes OCR gave on blind sets, each read after its measurement."""

from __future__ import annotations

from hand_boxes import at as _at

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.run_in import listed_runs, run_in


def _talks(boxes: list) -> dict[str | None, tuple[str, tuple[str, ...], tuple[str, ...]]]:
    (forum,) = agenda.parse("poster.png", boxes, 3000).forums
    return {s.start: (s.title, s.speakers, s.affiliations) for s in forum.slots if s.speakers_sure >= 0.8}


def test_two_names_listed_each_run_into_its_own_company_are_two_speakers():
    # Set 50: "林海 华为内核工程师、陈思上海交通大学博士研究生" under the title
    talks = _talks(
        [
            _at("调度", 48, 2675, 128, 2715),
            _at("EEVDF的lag补偿与延迟敏感任务的时间片选择", 288, 2754, 926, 2784),
            _at("14:10-14:50", 43, 2755, 196, 2782),
            _at("林海 华为内核工程师、陈思上海交通大学博士研究生", 285, 2799, 808, 2828),
            _at("茶歇", 286, 2882, 395, 2920),
            _at("14:50-15:05", 66, 2888, 216, 2915),
        ]
    )
    assert talks["14:10"][1:] == (("林海", "陈思"), ("华为内核工程师", "上海交通大学博士研究生"))


def test_the_slash_that_parts_a_title_from_its_speaker_wrapped_to_the_next_line_leads_the_speaker():
    # Set 34: a mail's programme, "time title／name（company）", wrapped before the slash
    talks = _talks(
        [
            _at("14:00－14:40SyzkaLLer在发行版内核上的持续模糊测试／贺明（统信软件)", 34, 1898, 887, 1927),
            _at("14:40－15:20KUnit与kseLftest：驱动单元测试入门", 35, 1936, 649, 1962),
            _at("／戴娜 (英特尔软件工程师)", 214, 1974, 527, 2001),
        ]
    )
    assert talks["14:40"] == ("KUnit与kseLftest:驱动单元测试入门", ("戴娜",), ("英特尔软件工程师",))


def test_a_bracketed_affiliation_ends_at_its_bracket():
    # Set 11: "Liu Siqi (Kylinsoft), Ma Yiran (Kylinsoft) and Zhao Kun" / "(Phytium)": what follows
    # a bracket is one more person, not the second one's affiliation
    assert run_in("Liu Siqi (Kylinsoft)") == ("Liu Siqi", "Kylinsoft")
    assert run_in("Ma Yiran (Kylinsoft) and Zhao Kun") is None
    assert listed_runs("Liu Siqi (Kylinsoft), Ma Yiran (Kylinsoft) and Zhao Kun") is None
