"""Times as programmes print them, read from hand-made OCR boxes: each time of a range with its own
half of the day, and a talk's number before its time (round 11: a time the reader could not read
made its talk the slot before's second, shown with that slot's time); a length at the end of its
start's row (round 19)."""

from __future__ import annotations

import pytest
from hand_boxes import at as _at

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.clock import lasted
from clkarchive.pictures.agenda.consensus import SHOWN
from clkarchive.pictures.agenda.geometry import Text
from clkarchive.pictures.ocr import OcrBox as Box


def _poster(rows: list[tuple[str, int]]) -> list[Box]:
    """A poster of one forum: its heading, then each (text, top) as one line of type 30 high."""
    drawn = [Box("存储分论坛", 100, 0, 400, 60, 0.99)]
    return drawn + [Box(text, 100, top, 100 + 30 * len(text), top + 30, 0.99) for text, top in rows]


def _read(first: str, second: str) -> list[tuple[str | None, str | None, str]]:
    rows = [(first, 120), ("内存分层与CXL设备的NUMA管理", 160), ("戴文博 浪潮信息", 200)]
    rows += [(second, 290), ("页缓存回收策略的再思考", 330), ("李晓峰 华为", 370)]
    talks = agenda.reconcile([agenda.parse("p.png", _poster(rows))])
    return [(t.slot.start, t.slot.end, t.slot.title) for t in talks]


@pytest.mark.parametrize(
    ("second", "start", "end"),
    [
        ("上午11:25—中午12:05", "11:25", "12:05"),
        ("中午12:05—下午1:30", "12:05", "13:30"),
        ("上午11:30-下午1:00", "11:30", "13:00"),
    ],
)
def test_a_half_of_the_day_before_each_time_of_a_range(second: str, start: str, end: str):
    """'上午11:25—中午12:05' is one range, each time of its own half of the day; before, it read
    as no time, and its talk was the second of the slot over it, shown with that slot's time."""
    assert _read("上午10:45—11:25", second) == [
        ("10:45", "11:25", "内存分层与CXL设备的NUMA管理"),
        (start, end, "页缓存回收策略的再思考"),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [("①13:30-14:00", "②14:00-14:30"), ("13:30-14:00", "214:00-14:30")],
)
def test_a_talks_number_before_its_time(first: str, second: str):
    """A talk's number in a circle run into its time ('②14:00-14:30'), or read by OCR as a digit
    ('214:00-14:30': no hour has three digits), is no part of the time."""
    assert _read(first, second) == [
        ("13:30", "14:00", "内存分层与CXL设备的NUMA管理"),
        ("14:00", "14:30", "页缓存回收策略的再思考"),
    ]


def test_a_time_alone_out_of_order_among_ranges_is_no_talks():
    """A chat that carries the programme: every talk's time a range, and a message's timestamp
    ('下午4:02', centred over the message) a time alone, after the start of the range under it.
    Before, the timestamp opened a slot of 16:02 for the message's first lines; a time alone out
    of order where talks print ranges is no talk's. One in order (the dinner after the last
    range's end) is its slot's start."""
    rows = [("13:30-14:00", 120), ("XDP在用户面转发中的零拷贝实践", 160), ("讲者：裘晨曦（中国移动）", 200)]
    rows += [("14:00-14:30", 290), ("TCP BBRv3在长肥管道上的调参", 330), ("讲者：巫立群（阿里云）", 370)]
    rows += [("下午4:02", 440), ("会务组：议程（续）", 480)]
    rows += [("15:40-16:10", 550), ("MPTCP多路径的切换策略", 590), ("讲者：温若琳（荣耀终端）", 630)]
    rows += [("18:00", 720), ("晚宴", 760)]
    (forum,) = agenda.parse("p.png", _poster(rows)).forums
    assert [s.start for s in forum.slots] == ["13:30", "14:00", None, "15:40", "18:00"]


def test_a_length_at_the_end_of_its_starts_row_ends_the_range():
    """TIME | TALK | LENGTH (round 19): a start alone at the left ("14:00"), the title beside it,
    its length at the right of the same row ("40 分钟"). Before, the length was read into the
    title ("…的数据40分钟结构编程") and the slot had no end; now it ends the range, as a length
    under its start does."""
    rows = [
        ("14:00", "用户态与内核共享内存的数据", "40分钟", "结构编程", "分享人：沈一鸣·字节跳动"),
        ("14:40", "定位线上长尾延迟", "30分钟", "", "分享人：韦庆·美团"),
        ("15:10", "可信加载链的设计", "40分钟", "", "分享人：汪启明·蚂蚁集团"),
    ]
    drawn = [Box("可观测性分论坛", 63, 329, 638, 378, 0.99)]
    for k, (start, title, length, rest, speaker) in enumerate(rows):
        top = 868 + 180 * k
        drawn += [
            Box(start, 60, top, 192, top + 46, 0.99),
            Box(title, 251, top + 1, 251 + 30 * len(title), top + 31, 0.99),
            Box(length, 937, top + 2, 1023, top + 33, 0.99),
            Box(speaker, 249, top + 94, 249 + 28 * len(speaker), top + 124, 0.99),
        ]
        if rest:
            drawn.append(Box(rest, 248, top + 43, 248 + 30 * len(rest), top + 81, 0.99))
    talks = agenda.reconcile([agenda.parse("p.png", drawn)])
    assert [(t.slot.start, t.slot.end, t.slot.title) for t in talks] == [
        ("14:00", "14:40", "用户态与内核共享内存的数据结构编程"),
        ("14:40", "15:10", "定位线上长尾延迟"),
        ("15:10", "15:50", "可信加载链的设计"),
    ]


def test_a_length_on_a_row_of_two_starts_is_left_as_printed():
    """Two forums side by side, each start alone ("14:00" left, "14:20" right) and one length at
    the row's end: which start it ends is unclear, so neither is made a range."""
    row = [
        Text("14:00", 60, 100, 190, 140),
        Text("14:20", 560, 100, 690, 140),
        Text("40分钟", 937, 102, 1023, 133),
    ]
    assert [b.text for b in lasted(row)] == ["14:00", "14:20", "40分钟"]
    assert [b.text for b in lasted(row[::2])] == ["14:00-14:40"]


def test_talks_under_a_labelled_time_are_none_of_them_at_it():
    """Set 46: a forum whose talks are numbered, not timed, under its hours ("时间：13:30~16:00");
    each talk was shown as starting at 13:30. Several talks under a time labelled as a field are
    the hours' programme: their times are withheld. (CLK2023's agenda prints three talks under one
    bare range, "14:00-15:00", each read at 14:00: a slot they share.)"""
    drawn = [
        _at("02", 42, 3076, 158, 3166),
        _at("内存与文件系统分论坛", 190, 3093, 684, 3142),
        _at("主持人：高洁华为文件系统首席专家", 43, 3198, 427, 3232),
        _at("时间：13:30~16:00", 44, 3246, 280, 3273),
        _at("folio化之后的pagecache：回写与预读的新问题", 336, 3329, 981, 3363),
        _at("邓超华为 文件系统专家", 334, 3374, 569, 3407),
        _at("mTHP在Android设备上的落地与碎片治理", 337, 3466, 906, 3496),
        _at("曹宁OPPO 高级工程师", 336, 3507, 567, 3543),
        _at("3", 132, 3600, 157, 3627),
        _at("F2FS在手机存储上的碎片整理与GC优化", 336, 3600, 873, 3630),
        _at("余洋vivo 存储专家", 335, 3644, 530, 3678),
    ]
    (forum,) = agenda.parse("numbered.png", drawn).forums
    assert [(s.speakers, s.time_sure < SHOWN) for s in forum.talks] == [
        (("邓超",), True),
        (("曹宁",), True),
        (("余洋",), True),
    ]
