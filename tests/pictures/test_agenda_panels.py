"""Forums printed as panels side by side and programmes printed as ruled tables, from hand-made OCR
boxes (round 22): a panel's heading at its left edge, each row "HH:MM title" with "name company"
set flush right at the row's end; a panel's own breaks; an A4 table whose range OCR cut after its
dash; a heading followed by the word for its programme."""

from __future__ import annotations

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.words import forum_name
from clkarchive.pictures.ocr import OcrBox as Box


def _box(text: str, x: int, y: int, size: int = 30) -> Box:
    """As printed: a Chinese character a square, a Latin letter or digit half of one."""
    return Box(text, x, y, x + sum(size if ord(ch) > 0x2E80 else size // 2 for ch in text), y + size, 0.99)


def _flush(text: str, right: int, y: int, size: int = 26) -> Box:
    """A box set flush right, ending at `right`."""
    box = _box(text, 0, y, size)
    return Box(text, right - box.x1, y, right, y + size, 0.99)


_LEFT = [("09:00", "大页的碎片治理", "王立华为"), ("09:40", "回收路径的锁竞争", "李可心阿里云")]
_LEFT += [("10:20", "分层内存的回收", "赵一诺小米")]
_RIGHT = [("09:00", "延迟敏感度参数调优", "张乐天腾讯"), ("09:35", "车载系统中的实践", "刘子墨百度")]
_RIGHT += [("10:10", "用户态锁的性能对比", "黄晓峰华为")]


def _panel(heading: str, rows: list[tuple[str, str, str]], x: int, right: int) -> list[Box]:
    """A panel: its heading at its left edge, then rows of time, title and a flush-right speaker."""
    drawn = [_box(heading, x + 20, 0, 40), _box("主持人：周威（南京大学）", x + 20, 60, 26)]
    for n, (time, title, speaker) in enumerate(rows):
        y = 160 + 120 * n
        drawn += [_box(time, x, y), _box(title, x + 110, y), _flush(speaker, right, y + 2)]
    return drawn


def test_panels_headed_at_their_left_edges_keep_the_speakers_at_their_rows_end():
    """Two panels 1000 px apart, each heading at its panel's left edge: the speaker at the right
    end of a left panel's row stands nearer the right panel's heading's centre than its own.
    Before, each box went to the nearest heading's centre, so the left panel's speakers were read
    as the right panel's (on set 25's poster, 靳磊 given to a talk of another forum); now the
    forums are cut apart at the gutter no box crosses between the headings."""
    drawn = _panel("内存管理分论坛", _LEFT, 60, 950) + _panel("调度分论坛", _RIGHT, 1050, 1940)
    read = agenda.parse("p.png", drawn).forums
    assert [f.name for f in read] == ["内存管理分论坛", "调度分论坛"]
    assert [(t.start, t.speakers) for t in read[0].talks] == [
        ("09:00", ("王立",)),
        ("09:40", ("李可心",)),
        ("10:20", ("赵一诺",)),
    ]
    assert [(t.start, t.speakers) for t in read[1].talks] == [
        ("09:00", ("张乐天",)),
        ("09:35", ("刘子墨",)),
        ("10:10", ("黄晓峰",)),
    ]


def test_a_names_column_set_flush_right_is_the_tables_speakers():
    """One forum, rows 'HH:MM title' and 'name company' set flush right at the row's end, so the
    speakers' left edges all differ by their lengths. Before, no left edge showed a speakers'
    column, the table was not read, and each name ran into its row's title: every speaker
    withheld. Now the boxes that end three rows or more at one right edge are a column that
    begins at its widest box's left edge."""
    rows = [
        ("09:00", "延迟敏感度参数调优", "朱立新腾讯"),
        ("09:35", "车载系统中的实践", "贺晨小米"),
        ("10:10", "大小核上的能效表现", "孟凡超阿里云"),
        ("11:00", "用户态锁的性能对比", "黎雪华为"),
    ]
    drawn = [_box("调度分论坛", 80, 0, 40)]
    for n, (time, title, speaker) in enumerate(rows):
        y = 100 + 100 * n
        drawn += [_box(time, 60, y), _box(title, 170, y), _flush(speaker, 940, y + 2)]
    talks = agenda.parse("p.png", drawn).forums[0].talks
    assert [(t.start, t.title, t.speakers, t.affiliations) for t in talks] == [
        ("09:00", "延迟敏感度参数调优", ("朱立新",), ("腾讯",)),
        ("09:35", "车载系统中的实践", ("贺晨",), ("小米",)),
        ("10:10", "大小核上的能效表现", ("孟凡超",), ("阿里云",)),
        ("11:00", "用户态锁的性能对比", ("黎雪",), ("华为",)),
    ]


def test_a_panel_that_prints_its_own_break_takes_none_of_its_neighbours():
    """Two panels, each with a break of its own at its own time (10:20 left, 10:45 right). Before,
    a break's band was given to every forum with nothing on its row, so the left panel had a
    second break at 10:45 inside its 10:35 talk; now a forum that prints a break takes none of
    another forum's."""
    left = [_box("内存管理分论坛", 80, 0, 40)]
    right = [_box("调度分论坛", 1070, 0, 40)]
    for time, y in (("09:00", 100), ("09:40", 200), ("10:35", 420)):
        left += [_box(time, 60, y), _box(f"内存议题{time[:2]}{time[3:]}", 170, y)]
    left += [_box("10:20", 60, 300), _box("茶歇", 170, 300)]
    for time, y in (("09:00", 100), ("09:35", 200), ("11:00", 600)):
        right += [_box(time, 1050, y), _box(f"调度议题{time[:2]}{time[3:]}", 1160, y)]
    right += [_box("10:45", 1050, 500), _box("茶歇", 1160, 500)]
    read = agenda.parse("p.png", left + right).forums
    assert [[(s.kind, s.start) for s in f.slots] for f in read] == [
        [("talk", "09:00"), ("talk", "09:40"), ("break", "10:20"), ("talk", "10:35")],
        [("talk", "09:00"), ("talk", "09:35"), ("break", "10:45"), ("talk", "11:00")],
    ]


def test_a_range_ocr_cut_after_its_dash_is_one_range():
    """A ruled table (时间 | 题目 | 报告人 | 单位) whose last range OCR read as two boxes, '16:25-'
    and '17:05' touching it. Before, the end stood right of the time column as a time of its
    own, so no time column was found and every time of the table was withheld; now a start whose
    dash ends its box takes the time right after it on its row as its end."""
    drawn = [_box("文件系统与存储分论坛日程", 400, 0, 36)]
    drawn += [_box(h, x, 80) for h, x in (("时间", 150), ("题目", 450), ("报告人", 700), ("单位", 1045))]
    rows = [
        ("13:30-14:10", "大块支持的设计", "陈晓光", "华为"),
        ("14:10-14:50", "垃圾回收优化", "刘佳", "小米"),
    ]
    rows += [("15:45-16:25", "直通模式的对比", "金海燕", "腾讯"), ("", "扩展性分析", "周子豪", "百度")]
    for n, (time, title, name, unit) in enumerate(rows):
        y = 150 + 70 * n
        drawn += [_box(title, 280, y), _box(name, 713, y), _box(unit, 930, y)]
        drawn += [_box(time, 120, y, 24)] if time else [_box("16:25-", 120, y, 24), _box("17:05", 182, y, 24)]
    forum = agenda.parse("p.png", drawn).forums[0]
    assert forum.name == "文件系统与存储分论坛"
    assert [(t.start, t.end, t.speakers) for t in forum.talks] == [
        ("13:30", "14:10", ("陈晓光",)),
        ("14:10", "14:50", ("刘佳",)),
        ("15:45", "16:25", ("金海燕",)),
        ("16:25", "17:05", ("周子豪",)),
    ]


def test_a_heading_followed_by_the_word_for_its_programme_names_its_forum():
    """'文件系统与存储分论坛日程' heads that forum's programme; '分论坛日程' alone, over several
    forums, names none."""
    assert forum_name("文件系统与存储分论坛日程") == "文件系统与存储分论坛"
    assert forum_name("分论坛日程") == ""


def _a4_table(missed_start: bool) -> list[Box]:
    """A ruled A4 table 时间 | 题目 | 报告人 | 单位, each unit centred in its cell (so their left edges
    all differ), the first row's unit a short one; its last range printed as '16:25-' '17:05', the
    first box left out where OCR missed it."""
    drawn = [_box("存储分论坛", 450, 0, 36)]
    drawn += [_box(h, x, 80) for h, x in (("时间", 150), ("题目", 450), ("报告人", 700), ("单位", 1045))]
    rows = [
        ("13:30-14:10", "大块支持的设计", "陈晓光", "华为"),
        ("14:10-14:50", "垃圾回收优化", "刘佳", "华中科技大学"),
    ]
    rows += [
        ("14:50-15:30", "现状与可靠性", "王一鸣", "北京字节跳动科技有限公司"),
        ("", "扩展性分析", "周子豪", "清华大学"),
    ]
    for n, (time, title, name, unit) in enumerate(rows):
        y = 150 + 70 * n
        cell = _box(unit, 0, y)
        drawn += [_box(title, 280, y), _box(name, 713, y), _box(unit, int(1075 - (cell.x1 - cell.x0) / 2), y)]
        if time:
            drawn.append(_box(time, 120, y, 24))
        else:
            drawn += ([] if missed_start else [_box("16:25-", 120, y, 24)]) + [_box("17:05", 182, y, 24)]
    return drawn


def test_a_centred_units_column_is_the_tables_units():
    """Units centred in their cells: no two share a left edge, so before, the units ran into the
    names' column and every row's speakers were read from a cell of names and companies (here, a
    table not read: all withheld). Now the boxes that end three rows about one centre are a column
    beginning at its widest box's left edge."""
    talks = agenda.parse("p.png", _a4_table(False)).forums[0].talks
    assert [(t.start, t.speakers, t.affiliations) for t in talks] == [
        ("13:30", ("陈晓光",), ("华为",)),
        ("14:10", ("刘佳",), ("华中科技大学",)),
        ("14:50", ("王一鸣",), ("北京字节跳动科技有限公司",)),
        ("16:25", ("周子豪",), ("清华大学",)),
    ]


def test_a_ranges_end_left_alone_in_the_time_column_opens_its_row_of_no_known_time():
    """'16:25-' missed by OCR leaves '17:05' in the time column, right of its edge. Before, that
    meant no time column: the table was read line by line and its talks given wrong times and
    speakers; now the end opens its row, whose time is withheld, and every other row is read."""
    talks = agenda.parse("p.png", _a4_table(True)).forums[0].talks
    assert [(t.start, t.speakers) for t in talks] == [
        ("13:30", ("陈晓光",)),
        ("14:10", ("刘佳",)),
        ("14:50", ("王一鸣",)),
        (None, ("周子豪",)),
    ]
