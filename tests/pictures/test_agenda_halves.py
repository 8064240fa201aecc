"""A day's programme printed as two columns under one header (round 24), from hand-made OCR boxes:
a slide with the morning at the left and the afternoon at the right, each row "HH:MM title" over
"name，company", under a header line that runs across both columns (and, not such columns, a spine
of times with each card across it); and a start time run into its label in one box
("16:25本分论坛结束")."""

from __future__ import annotations

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.clock import led
from clkarchive.pictures.agenda.geometry import Text
from clkarchive.pictures.ocr import OcrBox as Box


def _box(text: str, x: int, y: int, size: int = 30) -> Box:
    """As printed: a Chinese character a square, a Latin letter or digit half of one."""
    return Box(text, x, y, x + sum(size if ord(ch) > 0x2E80 else size // 2 for ch in text), y + size, 0.99)


_MORNING = [
    ("09:00", "调度器的延迟与公平", "贾文涛，阿里云"),
    ("09:40", "游戏场景中的调度实践", "罗一鸣，OPPO"),
]
_MORNING += [("10:20", "优先级反转的新思路", "郝建军，华为")]
_AFTERNOON = [
    ("13:30", "数百核服务器上的锁扩展性", "常浩，飞腾信息"),
    ("14:10", "移动设备功耗优化", "田晓光，小米"),
]
_AFTERNOON += [("14:50", "用户态锁的演进", "施雨桐，统信软件")]


def _run(texts: list[str], x: int, y: int) -> list[Box]:
    """Boxes one after another on a line, a small gap between them."""
    out: list[Box] = []
    for text in texts:
        out.append(_box(text, int(out[-1].x1) + 20 if out else x, y))
    return out


def _half(rows: list[tuple[str, str, str]], x: int) -> list[Box]:
    drawn = []
    for n, (time, title, speaker) in enumerate(rows):
        y = 320 + 110 * n
        drawn += [_box(time, x, y, 40), _box(title, x + 150, y + 4), _box(speaker, x + 150, y + 48, 26)]
    return drawn


def test_two_columns_under_a_header_across_them_are_read_each_on_its_own():
    """The conference's line (its place runs on past the middle of the slide) crosses the gutter
    between the columns: before, that one line kept the columns from being cut apart, each row
    read across both (the afternoon's title run into the morning's), and every time and speaker
    was withheld. Now what is printed over the first time stops no cut where each column has
    its times down its left edge."""
    drawn = [
        _box("调度与锁分论坛", 70, 40, 56),
        _box("主持人：范志强", 1600, 50, 40),
        *_run(["第25届中国Linux内核开发者大会", "2030年10月26日", "浙江大学紫金港校区东区报告厅"], 70, 130),
        _box("上午", 70, 230, 40),
        _box("下午", 990, 230, 40),
        *_half(_MORNING, 70),
        *_half(_AFTERNOON, 990),
    ]
    forums = agenda.parse("slide.png", drawn).forums
    assert [f.name for f in forums] == ["调度与锁分论坛"]
    assert [(t.start, t.title, t.speakers) for t in forums[0].talks] == [
        ("09:00", "调度器的延迟与公平", ("贾文涛",)),
        ("09:40", "游戏场景中的调度实践", ("罗一鸣",)),
        ("10:20", "优先级反转的新思路", ("郝建军",)),
        ("13:30", "数百核服务器上的锁扩展性", ("常浩",)),
        ("14:10", "移动设备功耗优化", ("田晓光",)),
        ("14:50", "用户态锁的演进", ("施雨桐",)),
    ]
    assert all(t.time_sure == 1.0 and t.speakers_sure == 1.0 for t in forums[0].talks)


_SPINE = [("13:30-14:10", "显存与主机内存的", "统一管理:HMM 实践", "白云飞", "百度·架构师")]
_SPINE += [("14:10-14:50", "加速器驱动的", "上游之路:NPU", "石天宇", "华为·内核专家")]
_SPINE += [("14:50-15:30", "训练集群中的", "RDMA 与内核旁路", "方子涵", "阿里云·研发专家")]
_SPINE += [("15:30-16:10", "CXL 内存池化的", "调度策略", "孔令辉", "哈尔滨工业大学·博士生")]


def test_cards_alternating_across_a_spine_of_times_stay_one_programme():
    """A forum's times on a spine down the middle, each card on the other side of it (left of the
    spine the time of a card at the right, right of it the time of a card at the left), under a
    heading that crosses the spine (set 27's design). Cut apart as columns under that heading,
    each time took the card under it on its own side, a slot late: the spine's sides are no
    columns, their times are not down their left edges."""
    drawn = [_box("异构计算分论坛", 180, 790, 50), _box("主持人：乔卫东", 380, 950, 36)]
    drawn += [_box("哈尔滨工业大学计算学部教授", 360, 1010, 28), _box("论坛议程", 429, 1344, 56)]
    for n, (time, first, second, name, firm) in enumerate(_SPINE):
        y = 1490 + 311 * n
        if n % 2 == 0:  # the time left of the spine, its card right of it
            drawn += [_box(time, 289, y, 36), _box(first, 601, y + 18, 32), _box(second, 599, y + 63, 32)]
            drawn += [_box(name, 597, y + 123, 35), _box(firm, 599, y + 167, 26)]
        else:  # the card left of the spine, its time right of it
            drawn += [_box(time, 602, y, 33), _box(first, 74, y + 14, 38), _box(second, 75, y + 62, 37)]
            drawn += [_box(name, 73, y + 168, 38), _box(firm, 73, y + 210, 29)]
    talks = agenda.parse("spine.png", drawn).forums[0].talks
    assert [(t.start, t.title, t.speakers) for t in talks] == [
        (time[:5], first + second, (name,)) for time, first, second, name, _ in _SPINE
    ]


def test_a_start_time_run_into_its_label_is_cut_from_it():
    """ "16:25本分论坛结束" in one box is the programme's end at 16:25 (no talk); "13:30起" is the hour a
    session begins from and "16:40 17:20" a range whose dash OCR lost: neither is cut."""
    assert [b.text for b in led([Text("16:25本分论坛结束", 0, 0, 300, 30)])] == ["16:25", "本分论坛结束"]
    for text in ("下午13:30起·3号厅", "16:40 17:20", "10.24 北京"):
        assert [b.text for b in led([Text(text, 0, 0, 300, 30)])] == [text]
    drawn = [_box("调度分论坛", 80, 0, 40)]
    for n, (time, title, speaker) in enumerate(_MORNING):
        drawn += [
            _box(time, 60, 100 + 110 * n),
            _box(title, 200, 100 + 110 * n),
            _box(speaker, 200, 144 + 110 * n),
        ]
    drawn.append(_box("11:00本分论坛结束", 60, 100 + 110 * 3))
    slots = agenda.parse("p.png", drawn).forums[0].slots
    assert [(s.kind, s.start, s.title) for s in slots][-2:] == [
        ("talk", "10:20", "优先级反转的新思路"),
        ("ceremony", "11:00", "本分论坛结束"),
    ]
