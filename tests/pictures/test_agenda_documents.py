"""Agendas made without a designer, from hand-made OCR boxes (round 27): a spreadsheet whose last
column names each forum in a merged cell centred down its rows; a word-processor page of numbered
headings ("（一）内存管理分论坛", "一、主论坛（上午）") and numbered lists ("1．13:30-14:10 title ——
name（company）"); an opening address in a table's row."""

from __future__ import annotations

from hand_boxes import at as _at

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.clock import paired
from clkarchive.pictures.agenda.geometry import Text
from clkarchive.pictures.agenda.words import forum_name
from clkarchive.pictures.ocr import OcrBox as Box

_ROWS = [  # time, title, speaker, affiliation: one row each, 32 px apart
    ("9:00-9:10", "开幕致辞", "孙建国", "中国科学院软件研究所"),
    ("9:10-9:50", "调度器十年演进：从CFS到EEVDF", "王志强", "阿里云"),
    ("9:50-10:30", "openEuler在服务器上的内核适配", "李娜", "华为"),
    ("10:30-10:45", "茶歇", "", ""),
    ("13:30-14:10", "folio转换之后的性能回归分析", "周敏", "腾讯"),
    ("14:10-14:50", "zswap与zram在手机上的取舍", "徐磊", "OPPO"),
    ("14:50-15:05", "茶歇", "", ""),
    ("13:30-14:10", "KVM脏页跟踪与热迁移优化", "朱琳", "蚂蚁集团"),
    ("14:10-14:50", "机密虚拟机的内核启动流程", "訾文博", "英特尔"),
]


def _centre(first: int, last: int) -> int:
    """Where a merged cell over rows first..last centres its text."""
    return (433 + 32 * first + 433 + 32 * last + 24) // 2


def _sheet(cells: list[tuple[str, str, int]]) -> list[Box]:
    """A sheet: a header row, then the rows; each forum's name and host (the last column) centred
    on the rows it holds (cells: name, host, the y its two lines are centred on)."""
    drawn = [
        _at("时间", 102, 399, 152, 428),
        _at("议题", 498, 401, 547, 427),
        _at("演讲人", 903, 399, 972, 428),
    ]
    drawn += [_at("单位", 1148, 399, 1197, 429), _at("论坛", 1431, 397, 1483, 431)]
    for n, (time, title, name, firm) in enumerate(_ROWS):
        y = 433 + 32 * n
        drawn += [_at(time, 55, y, 155, y + 24), _at(title, 206, y - 2, 206 + 26 * len(title), y + 25)]
        drawn += [_at(name, 845, y - 2, 845 + 30 * len(name), y + 27)] if name else []
        drawn += [_at(firm, 1037, y - 1, 1037 + 26 * len(firm), y + 25)] if firm else []
    for name, host, middle in cells:
        drawn += [_at(name, 1440, middle - 29, 1440 + 30 * len(name), middle - 1)]
        drawn += [_at(host, 1390, middle + 1, 1390 + 25 * len(host), middle + 29)]
    return drawn


def test_forums_named_in_a_sheets_merged_cells_take_the_rows_they_are_centred_on():
    """Before, each forum's name opened a forum where it stood, half way down its rows: the rows
    over it went to no forum, and every row after it to that forum, so talks of the afternoon's
    forums were shown as 主论坛's (4 speakers and 4 times WRONG on set 32's sheet, matched by
    place). Now a forum's name with timed rows over and under it and nothing right of it is a
    cell of the table's forum column, holding the run of rows it is centred on."""
    drawn = _sheet(
        [
            ("主论坛", "主持人：郑丽华", _centre(0, 3)),
            ("内存与存储分论坛", "主持人：黄海涛", _centre(4, 6)),
            ("虚拟化分论坛", "主持人：宋晓东", _centre(7, 8)),
        ]
    )
    forums = agenda.parse("sheet.png", drawn).forums
    assert [(f.name, f.host) for f in forums] == [
        ("主论坛", "郑丽华"),
        ("内存与存储分论坛", "黄海涛"),
        ("虚拟化分论坛", "宋晓东"),
    ]
    assert [[(s.start, s.speakers) for s in f.slots] for f in forums] == [
        [("09:00", ("孙建国",)), ("09:10", ("王志强",)), ("09:50", ("李娜",)), ("10:30", ())],
        [("13:30", ("周敏",)), ("14:10", ("徐磊",)), ("14:50", ())],
        [("13:30", ("朱琳",)), ("14:10", ("訾文博",))],
    ]


def test_cells_that_fit_no_run_of_rows_name_no_forum():
    """The second forum's cell centred on rows the first one's holds: which rows it holds is
    unclear, and no forum is shown for any row."""
    drawn = _sheet(
        [("主论坛", "主持人：郑丽华", _centre(0, 5)), ("内存与存储分论坛", "主持人：黄海涛", _centre(4, 6))]
    )
    (forum,) = agenda.parse("sheet.png", drawn).forums
    assert forum.name == "" and len(forum.talks) == 7


def test_numbered_headings_and_lists_of_a_document():
    """A document's headings number their forums ("（一）", "一、", a remark "（上午）" after the name),
    and its lists number their items before the time, in the time's box: before, the numbers kept
    the headings from naming a forum and the times from opening a slot (seven talks missing on
    set 32's page)."""
    assert [forum_name(t) for t in ("（一）内存管理分论坛", "三、调度分论坛", "一、主论坛 (上午)")] == [
        "内存管理分论坛",
        "调度分论坛",
        "主论坛",
    ]
    assert forum_name("一站式分论坛") == "一站式分论坛"  # a name that opens with a numeral
    assert forum_name("二、分论坛 (下午，三个分论坛同时进行)") == ""
    drawn = [
        _at("（一）内存管理分论坛", 217, 965, 443, 992),
        _at("主持人：林峰 (上海交通大学)", 204, 1002, 498, 1027),
    ]
    drawn += [_at("1．13:30-14:10 memcg 回收的公平性问题与改进—韩冰（阿里云)", 199, 1038, 883, 1067)]
    drawn += [
        _at("2．14:10-14:50Multi-GenLRU在服务器负载下的表现—曹阳（腾讯高级工程师)", 199, 1075, 1035, 1101)
    ]
    drawn += [_at("14:50-15:00休息", 240, 1112, 426, 1138)]
    drawn += [
        _at(
            "3、15:00-15:40面向CXL扩展内存的NUMA平衡策略—宓雪 (中国科学院计算技术研究所)",
            199,
            1148,
            1038,
            1177,
        )
    ]
    (forum,) = agenda.parse("page.png", drawn).forums
    assert (forum.name, forum.host) == ("内存管理分论坛", "林峰")
    assert [(s.kind, s.start, s.speakers) for s in forum.slots] == [
        ("talk", "13:30", ("韩冰",)),
        ("talk", "14:10", ("曹阳",)),
        ("break", "14:50", ()),
        ("talk", "15:00", ("宓雪",)),
    ]


def test_an_opening_address_in_a_tables_row_is_its_speakers_talk():
    """ "开幕致辞" with "钱伟（清华大学 教授）" in its row of a table: a talk (an address a person gives),
    as it is read on a poster of lines; before, a table's row read it as a ceremony, its speaker
    lost."""
    drawn = [
        _at("主论坛", 157, 452, 260, 485),
        _at("时间", 218, 543, 270, 574),
        _at("议题", 521, 542, 575, 576),
    ]
    drawn += [_at("演讲人", 886, 542, 961, 575)]
    rows = [
        ("09:00-09:10", "开幕致辞", "钱伟 (清华大学 教授)"),
        ("09:10-10:00", "Rust for Linux：从实验到生产", "蒋涛 (华为)"),
    ]
    rows += [("10:00-10:50", "内核崩溃的自动化分析", "袁峰 (字节跳动)")]
    for n, (time, title, who) in enumerate(rows):
        y = 593 + 44 * n
        drawn += [_at(time, 184, y, 307, y + 24), _at(title, 340, y - 3, 340 + 26 * len(title), y + 28)]
        drawn += [_at(who, 809, y, 809 + 22 * len(who), y + 27)]
    talks = agenda.parse("page.png", drawn).forums[0].talks
    assert (talks[0].start, talks[0].title, talks[0].speakers) == ("09:00", "开幕致辞", ("钱伟",))


_SORTED = [  # forum, start, end, title, speaker, affiliation: a sheet sorted by time, 33 px a row
    ("主论坛", "9:00", "9:10", "开幕致辞", "孙建国", "清华大学"),
    ("主论坛", "9:10", "9:55", "调度器十年演进：从CFS到EEVDF", "王志强", "阿里云"),
    ("主论坛", "9:55", "10:10", "茶歇", "", ""),
    ("内存管理分论坛", "13:30", "14:10", "folio转换之后的性能回归分析", "周敏", "腾讯"),
    ("虚拟化分论坛", "13:30", "14:10", "KVM脏页跟踪与热迁移优化", "朱琳", "蚂蚁集团"),
    ("内存管理分论坛", "14:10", "14:50", "zswap与zram在手机上的取舍", "徐磊", "OPPO"),
    ("虚拟化分论坛", "14:10", "14:50", "机密虚拟机的内核启动流程", "赵文博", "英特尔"),
]


def _sorted_sheet() -> list[Box]:
    """A WPS window: the formula bar showing the selected cell's time with its seconds, then a
    header 论坛 | 开始 | 结束 | 议题 | 分享嘉宾 | 单位 and the rows, each naming its forum in its
    first cell, its start and end in two cells side by side."""
    drawn = [_at("B12", 11, 199, 50, 222), _at("fx", 157, 196, 188, 220), _at("13:30:00", 205, 197, 282, 221)]
    drawn += [
        _at("论坛", 132, 354, 178, 381),
        _at("开始", 290, 354, 337, 381),
        _at("结束", 370, 349, 447, 384),
    ]
    drawn += [
        _at("议题", 696, 355, 741, 382),
        _at("分享嘉宾", 1036, 354, 1120, 381),
        _at("单位", 1271, 353, 1317, 383),
    ]
    for n, (forum, start, end, title, name, firm) in enumerate(_SORTED):
        y = 390 + 33 * n
        drawn += [
            _at(forum, 50, y, 50 + 27 * len(forum), y + 26),
            _at(start, 360 - 13 * len(start), y + 1, 360, y + 26),
        ]
        drawn += [
            _at(end, 444 - 13 * len(end), y + 1, 444, y + 26),
            _at(title, 450, y - 1, 450 + 24 * len(title), y + 27),
        ]
        drawn += [_at(name, 1009, y, 1009 + 30 * len(name), y + 28)] if name else []
        drawn += [_at(firm, 1170, y, 1170 + 26 * len(firm), y + 27)] if firm else []
    return drawn


def test_a_sheet_sorted_by_time_names_each_rows_forum_and_prints_start_and_end_apart():
    """Before, every row's forum cell opened a forum of its own (one row each, read as no table),
    the start and the end in their own cells read as two starts, and the formula bar's "13:30:00"
    as a time: set 34's sheet read as one talk, its time WRONG. Now an end right of its start is
    the range's, a time with seconds is none, and names down the first column each with a time on
    its row are the forum column's cells: the rows of one name make one forum."""
    forums = agenda.parse("sheet.png", _sorted_sheet()).forums
    assert [f.name for f in forums] == ["主论坛", "内存管理分论坛", "虚拟化分论坛"]
    assert [[(s.start, s.end, s.speakers, s.affiliations) for s in f.slots] for f in forums] == [
        [
            ("09:00", "09:10", ("孙建国",), ("清华大学",)),
            ("09:10", "09:55", ("王志强",), ("阿里云",)),
            ("09:55", "10:10", (), ()),
        ],
        [("13:30", "14:10", ("周敏",), ("腾讯",)), ("14:10", "14:50", ("徐磊",), ("OPPO",))],
        [("13:30", "14:10", ("朱琳",), ("蚂蚁集团",)), ("14:10", "14:50", ("赵文博",), ("英特尔",))],
    ]


def test_two_starts_far_apart_or_hours_apart_stay_two_times():
    """Only an end close right of its start, later by at most four hours, is its end: two starts
    far apart on a row (two forums' columns) or a row of a ruler's hours are left as printed."""

    def row(*cells: tuple[str, int]) -> list[str]:
        return [b.text for b in paired([Text(t, x, 100, x + 52, 126) for t, x in cells])]

    assert row(("9:00", 200), ("9:40", 330)) == ["09:00-09:40"]
    assert row(("9:00", 200), ("9:40", 500)) == ["9:00", "9:40"]  # five heights apart
    assert row(("9:00", 200), ("14:00", 330)) == ["9:00", "14:00"]
    assert row(("9:00", 200), ("10:00", 300), ("11:00", 400)) == ["9:00", "10:00", "11:00"]
