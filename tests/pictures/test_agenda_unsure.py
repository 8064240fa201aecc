"""Where a line read may not say what it seems, the speakers or the time are withheld, from hand-made
OCR boxes (round 11): a name after a 、 the reader could not cut (taken for the first name's
affiliation, or the line for the title's), and a reading that names nobody after a talk that did."""

from __future__ import annotations

import pytest

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box


@pytest.mark.parametrize(
    "line",
    [
        "主讲：缪佳宁、禚一鸣浙江大学",
        "主讲：缪佳宁、禚一鸣 浙江大学",
        "缪佳宁、禚一鸣 | 浙江大学",
    ],
)
def test_a_name_after_a_list_comma_that_cannot_be_cut_withholds_the_speakers(line: str):
    """'缪佳宁、禚一鸣浙江大学' (禚 a surname no list knows), then a third speaker indented under
    it: 、 lists names, so what follows it is no affiliation; the list is withheld, never shown
    as ('缪佳宁', '聂泓') or ('聂泓',)."""
    rows = [("09:00-09:30", 100, 120), ("内存分层与CXL设备的NUMA管理", 100, 160), (line, 100, 200)]
    rows += [("聂泓华为云高级工程师", 180, 240), ("09:30-10:00", 100, 330)]
    rows += [("页缓存回收策略的再思考", 100, 370), ("李晓峰 华为", 100, 410)]
    drawn = [Box("存储分论坛", 100, 0, 400, 60, 0.99)]
    drawn += [Box(text, x, top, x + 30 * len(text), top + 30, 0.99) for text, x, top in rows]
    first, second = agenda.reconcile([agenda.parse("p.png", drawn)])
    assert first.slot.speakers == ()
    assert dict(first.withheld)["speakers"]
    assert second.slot.speakers == ("李晓峰",)


def test_names_listed_then_one_cut_surely_from_its_organisation_are_all_read():
    """'缪佳宁、李一鸣浙江大学' (李 a surname the list knows, 浙江大学 an organisation it knows):
    the last name is cut surely, so the list is whole, with the third speaker under it."""
    rows = [("09:00-09:30", 100, 120), ("内存分层与CXL设备的NUMA管理", 100, 160)]
    rows += [("主讲：缪佳宁、李一鸣浙江大学", 100, 200), ("聂泓华为云高级工程师", 180, 240)]
    rows += [("09:30-10:00", 100, 330), ("页缓存回收策略的再思考", 100, 370), ("李晓峰 华为", 100, 410)]
    drawn = [Box("存储分论坛", 100, 0, 400, 60, 0.99)]
    drawn += [Box(text, x, top, x + 30 * len(text), top + 30, 0.99) for text, x, top in rows]
    first, _ = agenda.reconcile([agenda.parse("p.png", drawn)])
    assert first.slot.speakers == ("缪佳宁", "李一鸣", "聂泓")


@pytest.mark.parametrize("cards", [3, 1])
def test_readings_that_name_nobody_after_each_cards_talk_show_no_time(cards: int):
    """A web page's cards: title, speaker, then a row of buttons in the title's type ('Add to
    calendar  Slides (PDF)'), each read as a second talk of its card's time. Three or more such
    readings, each naming nobody after a talk that did, are the cards' furniture: shown, each
    would be a talk that does not exist (and a talk of the truth matched to one by its place,
    one with a wrong time); their times are withheld. One alone is a talk that shares its slot,
    whose speaker OCR missed: it keeps its time."""
    talks = [
        ("Swap Without Pain", "Chen Yuxin"),
        ("Memory Tiering", "Haoran Qi"),
        ("Slab Sheaves", "Tomas Novak"),
    ]
    times = ["09:00-09:40", "09:40-10:20", "10:20-11:00"]
    rows: list[tuple[str, int]] = []
    for k, (title, name) in enumerate(talks):
        top = 120 + 200 * k
        rows += [
            (times[k], top),
            (title, top + 40),
            (f"{name} · Honor Device", top + 80),
        ]
        if k < cards:
            rows.append(("Add to calendar Slides (PDF)", top + 120))
    drawn = [Box("Memory Forum", 100, 0, 400, 60, 0.99)]
    drawn += [Box(text, 100, top, 100 + 15 * len(text), top + 30, 0.99) for text, top in rows]
    read = [(t.slot.start, t.slot.title) for t in agenda.reconcile([agenda.parse("p.png", drawn)])]
    shown = [title for start, title in read if start]
    buttons = ["Add to calendar Slides (PDF)"] if cards == 1 else []
    assert shown == ["Swap Without Pain", *buttons, "Memory Tiering", "Slab Sheaves"]


def test_a_biographys_list_comma_lists_no_names():
    """A biography's sentence ('管理、虚拟化相关领域，目前专注于', 管 a surname) lists topics: its
    、 says nothing of the speakers, whose name plate under it is read as before."""
    rows = [("14:00-14:20", 100, 120), ("RISC-V架构下的PMU虚拟化直通方案", 100, 160)]
    rows += [("专注异构、内存", 100, 210), ("管理、虚拟化相关领域，目前专注于", 100, 240), ("路旭", 100, 300)]
    drawn = [Box("体系结构分论坛", 100, 0, 400, 60, 0.99)]
    drawn += [Box(text, x, top, x + 20 * len(text), top + 20, 0.99) for text, x, top in rows[2:4]]
    drawn += [Box(text, x, top, x + 30 * len(text), top + 30, 0.99) for text, x, top in rows[:2]]
    drawn.append(Box("路旭", 100, 300, 200, 350, 0.99))
    (talk,) = agenda.reconcile([agenda.parse("p.png", drawn)])
    assert talk.slot.speakers == ("路旭",)


def test_a_hosts_affiliation_under_the_host_is_no_talks_line():
    """A centred poster: under the forum's heading its venue ('杭州·…', read like 'name · company'),
    the host and, close under the host, the host's affiliation; then each talk's title, its
    range on a line of its own, and 'name · company'. The affiliation is the host's: kept as
    the first talk's head, the cut between the header and that talk has two places to fall
    (under the venue, or under the affiliation) and the first talk's time and speaker are
    withheld."""
    rows = [
        ("2027年10月24日14:00起", 341, 421, 452),
        ("杭州·浙江大学紫金港校区东四教学楼报告厅", 270, 469, 498),
        ("主持人：戈静怡", 415, 582, 622),
        ("北京大学研究员", 454, 634, 661),
        ("Landlock与seccomp：无特权沙箱的组合拳", 166, 829, 871),
        ("14:00-14:35", 450, 894, 921),
        ("尹晨曦·中国电子云安全工程师", 357, 947, 976),
        ("IMA与机密容器的远程度量", 317, 1057, 1095),
        ("14:35-15:10", 449, 1120, 1150),
        ("乌兰·中国科学院信息工程研究所助理研究员", 283, 1175, 1204),
        ("kCFI与BTI在ARM64服务器上的性能开销实测", 143, 1286, 1322),
        ("15:10-15:45", 449, 1348, 1378),
        ("邝启航·飞腾信息技术内核工程师", 344, 1405, 1431),
    ]
    drawn = [Box("安全与可信计算分论坛", 150, 272, 924, 349, 0.99)]
    drawn += [Box(text, x, top, x + 28 * len(text), bottom, 0.99) for text, x, top, bottom in rows]
    first, second, third = agenda.reconcile([agenda.parse("p.png", drawn, 2027)])
    assert (first.slot.start, first.slot.end) == ("14:00", "14:35")
    assert first.slot.speakers == ("尹晨曦",)
    assert not first.withheld
    assert second.slot.speakers == ("乌兰",)
    assert third.slot.start == "15:10"


def test_a_titles_wrapped_end_that_opens_with_a_particle_is_no_name():
    """A card whose speaker's name OCR lost: the title's last line '的协同', in type like a
    name's, stands over the speaker's affiliation in smaller type, as a name of a surname no
    list knows does. 的 opens a title's wrapped part, never a name: the line stays the title's."""
    rows = [
        ("17:15-17:50", 84, 1558, 265, 1587),
        ("页缓存回收策略的再思考", 85, 1613, 419, 1648),
        ("李晓峰", 102, 1715, 191, 1749),
        ("华为高级工程师", 106, 1754, 306, 1779),
        ("17:50-18:25", 84, 1857, 265, 1886),
        ("面向NUMA的任务放置：从", 80, 1916, 437, 1946),
        ("autonuma 到 memory tiering", 74, 1952, 494, 1996),
        ("的协同", 76, 1996, 168, 2033),
        ("南京大学副教授", 100, 2095, 255, 2122),
    ]
    drawn = [Box("调度与实时性分论坛", 80, 1400, 500, 1460, 0.99)]
    drawn += [Box(text, x0, y0, x1, y1, 0.99) for text, x0, y0, x1, y1 in rows]
    first, second = agenda.reconcile([agenda.parse("p.png", drawn, 2027)])
    assert first.slot.speakers == ("李晓峰",)
    assert second.slot.title.endswith("的协同")
    assert "的协同" not in second.slot.speakers


def test_names_listed_into_their_one_university_are_no_part_of_the_title():
    """'range | title' on one line, then 'name、name university' in smaller type, the first
    surname one no list knows (OCR read 笪 as 笃): the line lists two speakers of one
    university, never the title's second line; kept as biography, the title stays whole."""
    rows = [
        ("10:45-11:25|面向大模型推理的内存分层：CXL、HBM与内核页面迁移", 60, 1356, 950, 1386),
        ("笃一凡、逢雪浙江大学", 242, 1399, 482, 1427),
        ("11:25-12:05|页缓存回收策略的再思考", 60, 1465, 560, 1495),
        ("李晓峰华为高级工程师", 243, 1507, 483, 1535),
    ]
    drawn = [Box("主论坛", 79, 1200, 215, 1249, 0.99)]
    drawn += [Box(text, x0, y0, x1, y1, 0.99) for text, x0, y0, x1, y1 in rows]
    first, second = agenda.reconcile([agenda.parse("p.png", drawn, 2026)])
    assert first.slot.title == "面向大模型推理的内存分层:CXL、HBM与内核页面迁移"
    assert first.slot.speakers == ()
    assert second.slot.title == "页缓存回收策略的再思考"
