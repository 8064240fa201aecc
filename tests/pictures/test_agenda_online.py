"""One agenda image of a whole online edition, from hand-made OCR boxes (round 25): forums side by
side, each talk a time over its title over "[company] name"; a table "分享嘉宾 | 议题 | 时间" with
the speaker left of the title and the time at the right, a QR code's "扫码观看" over each forum; a
speakers' label under a title's last line; a panel's guest cut off by a grid's next time row."""

from __future__ import annotations

from hand_boxes import at as _at

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.geometry import Line, Text
from clkarchive.pictures.agenda.speakers import firm_first
from clkarchive.pictures.ocr import OcrBox as Box


def _box(text: str, x: int, y: int, size: int = 30) -> Box:
    """As printed: a Chinese character a square, a Latin letter or digit half of one."""
    return Box(text, x, y, x + sum(size if ord(ch) > 0x2E80 else size // 2 for ch in text), y + size, 0.99)


def _line(*texts: str) -> Line:
    boxes, x = [], 0
    for text in texts:
        boxes.append(Text(text, x, 0, x + 30 * len(text), 30))
        x += 30 * len(text) + 40
    return Line(tuple(boxes))


def test_an_organisation_printed_before_each_name_gives_the_speakers():
    """A tag with the company, then the name, or the two run into one box by OCR."""
    assert [(s.name, s.affiliation) for s in firm_first(_line("西安电子科技大学", "孙国平"))] == [
        ("孙国平", "西安电子科技大学")
    ]
    assert [(s.name, s.affiliation) for s in firm_first(_line("阿里云杨帆", "浙江大学", "周晓峰"))] == [
        ("杨帆", "阿里云"),
        ("周晓峰", "浙江大学"),
    ]
    assert [(s.name, s.affiliation) for s in firm_first(_line("RedHat", "Lukas Brandt"))] == [
        ("Lukas Brandt", "RedHat")
    ]
    # a title's line, a company alone, a name with no company before it: none of them
    for texts in (("基于EROFS的镜像加速",), ("华为",), ("孙国平", "华为"), ("华为", "孙国平", "浙江大学")):
        assert firm_first(_line(*texts)) == []


def test_titles_under_their_times_in_a_forums_column_are_no_table():
    """A forum's column: each time over its title (both at the column's left edge), then the
    speaker's tag and name, a name now and then right of the time's end. Before, the names and
    breaks right of the times read as a table's cells, every title (in the times' column) was
    lost, and the names and times were given to the wrong rows: 2 times and 3 speakers WRONG on
    set 29's poster. A name set larger than its company's tag is no framed name apart from it."""

    def at(text: str, x0: int, y0: int, x1: int, y1: int) -> Box:
        return Box(text, x0, y0, x1, y1, 0.99)

    drawn = [at("主论坛", 72, 257, 192, 302), at("主持人：赵立新", 73, 352, 259, 383)]
    drawn += [at("09:00-09:15", 72, 467, 232, 498), at("开幕致辞", 70, 506, 202, 546)]
    drawn += [at("西安电子科技大学", 77, 556, 247, 588), at("孙国平", 253, 553, 356, 590)]
    drawn += [at("09:15-10:00", 72, 621, 232, 650), at("国内开发者参与Linux", 73, 660, 383, 693)]
    drawn += [
        at("内核上游的二十年回顾", 74, 704, 385, 740),
        at("龙蜥社区", 77, 751, 175, 783),
        at("林志远", 179, 750, 275, 786),
    ]
    drawn += [at("10:00-10:45", 73, 815, 230, 846), at("面向集群的操作系统内核：", 74, 856, 474, 889)]
    drawn += [at("内存、网络与调度的协同", 74, 901, 417, 936), at("阿里云杨帆", 73, 945, 228, 983)]
    drawn += [at("浙江大学", 251, 945, 349, 980), at("周晓峰", 360, 946, 452, 982)]
    drawn += [at("10:45-11:00", 90, 1019, 241, 1050), at("中场休息", 271, 1016, 380, 1053)]
    drawn += [at("11:00-11:45", 72, 1083, 230, 1112), at("Rust in the Kernel: What", 73, 1124, 443, 1157)]
    drawn += [at("Changed for Driver Authors", 74, 1167, 493, 1202), at("浙江大学", 76, 1213, 173, 1246)]
    drawn += [
        at("孙琳", 174, 1216, 258, 1247),
        at("11:45-13:30", 88, 1284, 241, 1313),
        at("午休", 269, 1283, 333, 1320),
    ]
    read = agenda.parse("p.png", drawn).forums[0].slots
    assert [(s.start, s.title, s.speakers) for s in read] == [
        ("09:00", "开幕致辞", ("孙国平",)),
        ("09:15", "国内开发者参与Linux内核上游的二十年回顾", ("林志远",)),
        ("10:00", "面向集群的操作系统内核:内存、网络与调度的协同", ("杨帆", "周晓峰")),
        ("10:45", "中场休息", ()),
        ("11:00", "Rust in the Kernel: What Changed for Driver Authors", ("孙琳",)),
        ("11:45", "午休", ()),
    ]


def _table(top: int, forum: str, rows: list[tuple[str, str, tuple[str, str], str]]) -> list[Box]:
    """A forum's table: its heading, the host, a QR code's caption at the right, the header row
    "分享嘉宾 议题 时间", then per row the name (over its affiliation) at the left, the title in the
    middle (wrapped where it has two lines) and the time at the right."""
    drawn = [
        _box(forum, 75, top, 44),
        _box("主持人|苏明辉华中科技大学教授", 73, top + 57),
        _box("扫码观看", 888, top + 80, 28),
    ]
    drawn += [_box("分享嘉宾", 54, top + 190, 30), _box("议题", 337, top + 190), _box("时间", 984, top + 190)]
    for n, (time, title, (name, firm), more) in enumerate(rows):
        y = top + 270 + 150 * n
        drawn += [_box(name, 55, y, 40), _box(title, 338, y + 2, 34), _box(time, 877, y + 6, 27)]
        drawn += [_box(firm, 55, y + 46, 26)] + ([_box(more, 338, y + 48, 34)] if more else [])
    return drawn


def test_a_table_of_speaker_title_time_under_each_forums_qr_code():
    """Each forum prints "扫码观看" under its QR code, over its programme. Before, the first such
    caption ended the poster (nothing under it was read); then the name left of the title ran into
    it ("石国庆内核中的大页与folio") and the title's second line fell after the name's affiliation.
    Now a QR code's caption ends the programme only under its last time, and a row that opens
    with a name set apart from the title reads the title's lines first."""
    first = [
        ("09:15-10:00", "内核中的大页与folio：", ("石国庆", "阿里云内核技术专家"), "五年演进回顾"),
        ("10:15-11:00", "操作系统内核的供应链安全", ("贾文", "中兴通讯首席架构师"), ""),
    ]
    second = [
        ("13:30-14:10", "NVMe over TCP的路径优化", ("曹阳", "华为存储专家"), ""),
        ("14:10-14:50", "调度器在QLC盘上的尾延迟", ("刘思远", "字节跳动工程师"), ""),
    ]
    drawn = _table(0, "主论坛", first) + _table(800, "块设备与IO分论坛", second)
    drawn.append(_box("扫码预约直播·会后回放", 323, 1600, 40))
    forums = agenda.parse("p.png", drawn).forums
    assert [f.name for f in forums] == ["主论坛", "块设备与IO分论坛"]
    for forum, rows in zip(forums, (first, second), strict=True):
        assert [(s.start, s.title, s.speakers, s.affiliations) for s in forum.talks] == [
            (time[:5], title.replace("：", ":") + more, (name,), (firm,))
            for time, title, (name, firm), more in rows
        ]
        assert all(s.time_sure == 1.0 and s.speakers_sure == 1.0 for s in forum.talks)


def test_the_line_over_a_speakers_label_is_the_titles():
    """An English title wrapped in two lines, OCR's spaces lost in the second
    ("KernelforaDecade"), over "讲者：name（company）": the second line read as a Latin name, the
    speaker's line as its affiliation (a WRONG speaker on set 29). A label says where the speakers
    begin: the line over it is the title's."""
    drawn = [_box("主论坛", 74, 0, 40)]
    drawn += [_box("10:10-11:00", 73, 100, 24), Box("Maintaining an Enterprise", 242, 94, 602, 130, 0.99)]
    drawn += [
        Box("KernelforaDecade", 246, 139, 513, 166, 0.99),
        Box("讲者：HannesVogel（SUSE）", 244, 183, 535, 210, 0.99),
    ]
    drawn += [_box("11:00-13:00", 85, 246, 29), _box("午休", 239, 245, 33)]
    talk = agenda.parse("p.png", drawn).forums[0].talks[0]
    assert (talk.title, talk.speakers, talk.affiliations) == (
        "Maintaining an Enterprise KernelforaDecade",
        ("Hannes Vogel",),
        ("SUSE",),
    )


def test_a_guest_cut_off_by_the_next_time_row_is_no_talk():
    """A panel's cell runs over two rows of a grid: its last guest's line stands under the second
    row's time. Before, that line was read as a talk of its own ("唐晓军|麒麟软件" at 14:00) and the
    panel's list shown short; now it is no talk, and the panel's guests are withheld. Its title's
    wrapped line, a name-like run in the title's type ("区协作"), is the title's."""
    drawn = [_box("主论坛", 253, 1400, 40)]
    drawn += [_box("13:30-14:00", 71, 1487, 27), _box("圆桌讨论：线上时代的内核社", 255, 1489, 25)]
    drawn += [
        _box("区协作", 253, 1522, 27),
        _box("宋建平|龙蜥社区", 253, 1567, 21),
        _box("刘畅|开源社区", 253, 1598, 21),
    ]
    drawn += [_box("14:00-14:30", 71, 1637, 27), _box("唐晓军|麒麟软件", 253, 1639, 21)]
    drawn += [
        _box("14:30-15:00", 71, 1787, 27),
        _box("内核社区的协作工具", 255, 1789, 25),
        _box("黄磊|华为", 253, 1830, 21),
    ]
    slots = agenda.parse("p.png", drawn).forums[0].slots
    assert [(s.kind, s.start, s.title) for s in slots] == [
        ("panel", "13:30", "圆桌讨论:线上时代的内核社区协作"),
        ("talk", "14:30", "内核社区的协作工具"),
    ]
    assert slots[0].speakers_sure < 0.8 and slots[1].speakers == ("黄磊",)


def test_company_colon_name_a_live_rooms_link_and_the_end_of_the_morning():
    """Set 36's online edition: start times in squares, each speaker "company：name" (as a host's
    label is printed), a forum's live room with its link under its host, and "上午场结束" in the
    last square of the morning. Before, the names were read as the title's end (no talk had its
    speakers), the link as the first talk's title and the end of the morning as a talk. Now a
    name after an organisation and a colon is a speaker (组委会 ends an organisation's name too),
    a link with its path is nobody's and no title's, and the morning's end is a ceremony."""
    assert [(s.name, s.affiliation) for s in firm_first(_line("华为：姚建新"))] == [("姚建新", "华为")]
    assert [(s.name, s.affiliation) for s in firm_first(_line("CLK组委会：徐国强"))] == [
        ("徐国强", "CLK组委会")
    ]
    assert firm_first(_line("主持人：胡晓梅")) == []
    drawn = [
        _at("主论坛", 73, 1241, 241, 1298),
        _at("主持人：胡晓梅（中国科学院软件研究所研究员）", 52, 1326, 634, 1359),
        _at("CSDN直播间1live.csdn.net/room/clk2093/01", 97, 1387, 597, 1414),
        _at("开幕致辞", 175, 1463, 304, 1500),
        _at("09:00", 59, 1493, 142, 1524),
        _at("CLK组委会：徐国强", 177, 1516, 399, 1544),
        _at("Linux内存管理子系统年度回顾：从mTHP到memdesc", 178, 1596, 963, 1626),
        _at("09:10", 59, 1622, 142, 1655),
        _at("华为：姚建新", 175, 1644, 329, 1676),
        _at("从cgroup v1到v2：大规模业务迁移中的内核问题", 177, 1984, 880, 2021),
        _at("10:40", 59, 2040, 142, 2072),
        _at("快手：马丽丽", 175, 2035, 329, 2066),
        _at("清华大学：扈晓蕾", 174, 2076, 375, 2108),
        _at("11:20", 59, 2200, 142, 2232),
        _at("上午场结束", 175, 2202, 330, 2234),
    ]
    (forum,) = agenda.parse("online.jpg", drawn).forums
    assert [(s.kind, s.start, s.title, s.speakers) for s in forum.slots] == [
        ("talk", "09:00", "开幕致辞", ("徐国强",)),
        ("talk", "09:10", "Linux内存管理子系统年度回顾:从mTHP到memdesc", ("姚建新",)),
        ("talk", "10:40", "从cgroup v1到v2:大规模业务迁移中的内核问题", ("马丽丽", "扈晓蕾")),
        ("ceremony", "11:20", "上午场结束", ()),
    ]
