"""What OCR reads of the marks around a speaker's name, from hand-made OCR boxes (round 13): a
card's bar before each name read as a stroke run into it, a name OCR lost whose affiliation is
left, a Latin job title under a Latin name, a Latin name run into its company and job, a Latin
name in a table of Chinese ones (and a row holding two rows, the time between them unread),
a host's name after a bar, a card whose time OCR missed, and a speaker labelled 讲者 or 分享嘉宾."""

from __future__ import annotations

import pytest

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.geometry import Text, unbarred
from clkarchive.pictures.ocr import OcrBox as Box

TITLE = 36  # px per character of a card's title; a name is as large, its affiliation smaller


def _card(top: int, time: str, title: str, people: list[tuple[str, str]]) -> list[Box]:
    """A card: its time tab, its title, then per speaker the name (a box as wide as its
    characters, and half of one more for a bar OCR ran into them) over its company and job
    title in smaller type."""
    drawn = [Box(time, 80, top, 255, top + 30, 0.99)]
    drawn.append(Box(title, 100, top + 70, 100 + TITLE * len(title), top + 108, 0.99))
    y = top + 130
    for name, firm in people:
        width = 34 * len(name) - (15 if name[0] in "1I一" else 0)  # a bar is half a character
        drawn.append(Box(name, 216 - width, y, 216, y + 38, 0.99))
        drawn.append(Box(firm, 120, y + 40, 120 + 25 * len(firm), y + 72, 0.99))
        y += 82
    return drawn


def _talks(drawn: list[Box]) -> list[agenda.AgendaTalk]:
    heading = [Box("虚拟化与云原生分论坛", 290, 0, 800, 46, 0.99)]
    return agenda.reconcile([agenda.parse("p.png", heading + drawn)])


def _read(drawn: list[Box]) -> dict[str, agenda.AgendaTalk]:
    return {t.slot.start or "": t for t in _talks(drawn)}


def test_a_bar_read_before_a_name_is_no_part_of_it():
    """'1詹书航', 'I岑北辰', '一蒋北辰': the card's bar before each name read as a stroke run into
    it; the box is as wide as the name and a bar, so the name is the rest."""
    drawn = _card(100, "13:30-14:05", "脏页追踪的热迁移停机时间优化", [("1詹书航", "阿里云高级技术专家")])
    drawn += _card(400, "14:05-14:40", "虚拟机的设备直通与安全隔离", [("I岑北辰", "小红书云原生工程师")])
    drawn += _card(700, "14:40-15:15", "内存超分场景的虚拟机密度提升", [("一蒋北辰", "字节跳动虚拟化工程师")])
    read = _read(drawn)
    assert read["13:30"].slot.speakers == ("詹书航",)
    assert read["13:30"].slot.title == "脏页追踪的热迁移停机时间优化"
    assert read["14:05"].slot.speakers == ("岑北辰",)
    assert read["14:40"].slot.speakers == ("蒋北辰",)


def test_a_stroke_with_room_for_a_lost_character_is_not_cut_off():
    """'1明哲' in a box as wide as three characters: OCR ran the bar and the name's first
    character (郜) into the stroke; 明 is a surname too, and '明哲' shown would be wrong."""
    drawn = _card(100, "13:30-14:05", "脏页追踪的热迁移停机时间优化", [("1明哲", "英特尔架构师")])
    drawn[2] = Box("1明哲", 96, 230, 214, 268, 0.99)
    assert _read(drawn)["13:30"].slot.speakers == ()


@pytest.mark.parametrize(
    ("text", "width", "read"),
    [
        ("1詹书航", 121, "詹书航"),  # a bar and three characters of 34 px in a box 38 px high
        ("一岑北辰", 118, "岑北辰"),
        ("1明哲", 118, "1明哲"),  # room for a third character
        ("一周年", 95, "一周年"),  # three characters of 32 px: 一 is one of them
        ("I字节跳动", 150, "I字节跳动"),  # no name after the stroke
    ],
)
def test_a_stroke_is_cut_off_only_where_the_box_leaves_no_room_for_a_character(
    text: str, width: int, read: str
):
    assert unbarred(Text(text, 100, 0, 100 + width, 38)).text == read


def test_an_affiliation_left_of_a_name_ocr_lost_withholds_the_list():
    """Two speakers, each name over its company and job title; OCR did not read the first name.
    Its affiliation, over the second name and set as the second's affiliation is, is one more
    speaker's: the list is withheld, never shown as the second name alone."""
    drawn = _card(
        100,
        "14:05-14:40",
        "机密计算虚拟机中的设备直通",
        [("郜明哲", "英特尔架构师"), ("幸若琳", "蚂蚁集团安全工程师")],
    )
    drawn = [b for b in drawn if b.text != "郜明哲"]
    talk = _read(drawn)["14:05"]
    assert talk.slot.speakers == ()
    assert dict(talk.withheld)["speakers"]


def test_a_latin_job_title_under_a_latin_name_is_its_affiliation():
    """'Hannah Weiss' over 'Arm Principal Engineer' in smaller type: three capitalised words,
    but ending in a job, so no second name; the affiliation of the one over it."""
    drawn = _card(100, "16:00-16:30", "嵌套地址转换的主机侧设计", [("HannahWeiss", "Arm Principal Engineer")])
    drawn[2] = Box("HannahWeiss", 110, 230, 331, 260, 0.99)
    drawn[3] = Box("Arm Principal Engineer", 120, 268, 378, 297, 0.99)
    talk = _read(drawn)["16:00"]
    assert talk.slot.speakers == ("Hannah Weiss",)
    assert talk.slot.affiliations == ("Arm Principal Engineer",)


_TABLE = [
    ("09:00-09:40", "发行版回归测试中的分工", "禹清和", "龙芯中科内核工程师"),
    ("09:40-10:20", "数据竞争检测的补丁闭环", "戚远帆", "SUSE软件工程师"),
    ("10:20-11:00", "内核模块的测试框架集成", "Marco Bellini", "Canonical Kernel Engineer"),
]


def _table(cells: list[tuple[str, str, str, str]]) -> list[Box]:
    """时间 | 主题 | 演讲人 | 单位, a row each (a time left out where it is "")."""
    drawn = [Box("内核测试与质量保障分论坛", 67, 0, 923, 70, 0.99)]
    drawn += [
        Box(t, x, 100, x + 36 * len(t), 142, 0.99) for t, x in [("时间", 77), ("主题", 357), ("演讲人", 967)]
    ]
    drawn.append(Box("单位", 1207, 100, 1279, 142, 0.99))
    for k, (time, title, name, firm) in enumerate(cells):
        top = 215 + 130 * k
        drawn += [Box(time, 79, top, 259, top + 30, 0.99)] if time else []
        drawn.append(Box(title, 360, top, 360 + 31 * len(title), top + 32, 0.99))
        width = 173 if name.isascii() else 91
        drawn.append(Box(name, 967, top - 2, 967 + width, top + 35, 0.99))
        drawn.append(Box(firm, 1209, top, 1209 + (280 if firm.isascii() else 25 * len(firm)), top + 31, 0.99))
    return drawn


def test_a_latin_name_in_a_table_of_chinese_names_is_read():
    """One Latin name among the Chinese ones: by its width its type reads smaller than theirs,
    yet no large name stands over it, so the column stacks no affiliations under names; the
    name is its row's speaker."""
    read = {t.slot.start: t.slot for t in agenda.reconcile([agenda.parse("p.png", _table(_TABLE))])}
    assert read["10:20"].speakers == ("Marco Bellini",)
    assert read["10:20"].affiliations == ("Canonical Kernel Engineer",)
    assert read["09:00"].speakers == ("禹清和",)


@pytest.mark.parametrize("unread", [1, 2])
def test_a_row_holding_two_rows_withholds_its_time_and_speakers(unread: int):
    """A row's time unread: its lines join the row over it, whose cells then hold two titles
    and two names set a row apart. They are two talks', not one talk's: shown, the first
    would be given the second's speaker (and, where the time read is the second's, its time);
    the time and speakers are withheld. The other rows read as before."""
    cells = list(_TABLE)
    cells[unread] = ("", *cells[unread][1:])
    read = {t.slot.title: t.slot for t in agenda.reconcile([agenda.parse("p.png", _table(cells))])}
    joined = read[cells[unread - 1][1] + cells[unread][1]]
    assert (joined.start, joined.speakers) == (None, ())
    for _, title, name, _ in [c for k, c in enumerate(cells) if k not in (unread - 1, unread)]:
        assert read[title].speakers == (name,)


def test_a_latin_name_run_into_its_company_and_job_is_cut_at_the_company():
    """'Olivia Bennett Red Hat Principal Engineer' in one box under the title: the name ends
    where a known company (or a word written as companies are, 'SiFive') begins, and the line
    ends in a job. A title's line that ends in a job ('Life As A Kernel Maintainer') is no
    speaker's: what follows its first words is no company."""
    lines = [
        ("09:50-10:25", 20, 130),
        ("The State of Memory Tiering in Mainline", 30, 170),
        ("Olivia Bennett Red Hat Principal Engineer", 22, 220),
        ("14:05-14:40", 20, 400),
        ("Debugging the Scheduler: Notes From", 30, 440),
        ("Life As A Kernel Maintainer", 30, 485),
        ("Elena Petrova SiFive Staff Engineer", 22, 535),
    ]
    drawn = [
        Box(text, 100, top, 100 + int(size * 0.5 * len(text)), top + size + 6, 0.99)
        for text, size, top in lines
    ]
    read = _read(drawn)
    assert read["09:50"].slot.speakers == ("Olivia Bennett",)
    assert read["09:50"].slot.affiliations == ("Red Hat Principal Engineer",)
    assert read["14:05"].slot.speakers == ("Elena Petrova",)
    assert read["14:05"].slot.title == "Debugging the Scheduler: Notes From Life As A Kernel Maintainer"


def test_a_host_after_a_bar_is_read():
    """'主持人丨祁望舒' (OCR reads the bar as 丨) in a pill under the forum's heading, the chair's
    unit under it: the bar is a separator, as a colon is, not a part of the name."""
    drawn = [Box("主持人丨祁望舒", 423, 116, 658, 152, 0.99)]
    drawn.append(Box("上海交通大学软件学院教授", 395, 186, 691, 213, 0.99))
    drawn += _card(281, "13:30-14:05", "脏页追踪的热迁移停机时间优化", [("詹书航", "阿里云高级技术专家")])
    drawn += _card(600, "14:05-14:40", "虚拟机的设备直通与安全隔离", [("岑北辰", "小红书云原生工程师")])
    heading = [Box("虚拟化与云原生分论坛", 290, 0, 800, 46, 0.99)]
    (forum,) = agenda.parse("p.png", heading + drawn).forums
    assert (forum.host, forum.host_affiliation) == ("祁望舒", "上海交通大学软件学院教授")
    assert [s.title for s in forum.slots] == ["脏页追踪的热迁移停机时间优化", "虚拟机的设备直通与安全隔离"]


def test_a_card_whose_time_ocr_missed_shows_no_time():
    """The last card's time tab unread: its title and speaker read as a second talk of the card
    over it. Set far below that talk (a card's gap), which time it has is unclear: shown, it
    would be the card's over it; the time is withheld, the speaker read."""
    drawn = _card(100, "16:00-16:30", "嵌套地址转换的主机侧设计", [("骆知秋", "红帽首席软件工程师")])
    drawn += _card(430, "16:30-17:00", "节点资源隔离中的压力指标实践", [("岑北辰", "小红书云原生工程师")])
    drawn += _card(760, "", "车载座舱多系统隔离中的落地", [("蒋一鸣", "理想汽车系统架构师")])
    read = {t.slot.title: t.slot for t in _talks([b for b in drawn if b.text])}
    assert read["节点资源隔离中的压力指标实践"].start == "16:30"
    assert (read["车载座舱多系统隔离中的落地"].start, read["车载座舱多系统隔离中的落地"].speakers) == (
        None,
        ("蒋一鸣",),
    )


def test_a_speaker_labelled_jiangzhe_is_read():
    """'讲者：' labels a talk's speaker as '演讲人：' does (a chat's or an article's programme):
    what follows it is the speaker, not the title's last words."""
    drawn = [Box("13:30-14:00", 100, 100, 265, 130, 0.99)]
    drawn.append(Box("XDP在用户面转发中的零拷贝实践", 100, 150, 100 + 35 * 16, 186, 0.99))
    drawn.append(Box("讲者：裘晨曦（中国移动研究院）", 100, 200, 100 + 36 * 15, 236, 0.99))
    drawn.append(Box("14:00-14:30", 100, 300, 265, 330, 0.99))
    drawn.append(Box("跨洋长肥管道上的实测与调参", 100, 350, 100 + 35 * 13, 386, 0.99))
    drawn.append(Box("讲者：巫立群，阿里云网络内核专家", 100, 400, 100 + 36 * 16, 436, 0.99))
    read = {t.slot.start: t.slot for t in _talks(drawn)}
    assert (read["13:30"].title, read["13:30"].speakers) == ("XDP在用户面转发中的零拷贝实践", ("裘晨曦",))
    assert (read["14:00"].speakers, read["14:00"].affiliations) == (("巫立群",), ("阿里云网络内核专家",))


def test_a_speaker_labelled_fenxiang_jiabin_is_read():
    """'分享嘉宾：' labels a talk's speaker as '演讲嘉宾：' does (a forum's poster, the time left of
    the title): what follows it is the speaker and the company in brackets, the second speaker's
    line under it too, not the title's last words."""
    drawn = [Box("13:30-14:05", 70, 890, 245, 920, 0.99)]
    drawn.append(Box("页迁移与内存规整的改造", 300, 890, 300 + 35 * 11, 924, 0.99))
    drawn.append(Box("分享嘉宾：陈立强（华为内核工程师）", 300, 944, 300 + 26 * 17, 978, 0.99))
    drawn.append(Box("14:40-15:15", 70, 1296, 245, 1326, 0.99))
    drawn.append(Box("CXL 内存的热页识别与迁移开销", 300, 1290, 300 + 35 * 14, 1333, 0.99))
    drawn.append(Box("分享嘉宾：周伟（英特尔软件架构师）", 300, 1396, 300 + 26 * 17, 1430, 0.99))
    drawn.append(Box("刘嘉琪（阿里云技术专家）", 430, 1438, 430 + 26 * 12, 1471, 0.99))
    read = {t.slot.start: t.slot for t in _talks(drawn)}
    assert (read["13:30"].title, read["13:30"].speakers) == ("页迁移与内存规整的改造", ("陈立强",))
    assert read["14:40"].speakers == ("周伟", "刘嘉琪")


def test_a_field_labelled_fenxiang_jiabin_holds_the_speaker():
    """A slot printed as labelled fields ("议题：", "分享嘉宾：", "单位：") knows 分享嘉宾 from the one
    list of speaker labels a run-in label is read by: else the field runs on into the title and
    the next label, "单位", is taken for the speaker."""
    rows = [("时间：13:30-14:10", 100), ("议题：页迁移与内存规整的改造", 150), ("分享嘉宾：陈立强", 200)]
    rows += [("单位：华为", 250), ("时间：14:10-14:50", 350), ("议题：CXL内存的热页识别", 400)]
    rows += [("分享嘉宾：周伟", 450), ("单位：英特尔", 500)]
    drawn = [Box(text, 100, top, 100 + 30 * len(text), top + 34, 0.99) for text, top in rows]
    read = {t.slot.start: t.slot for t in _talks(drawn)}
    assert (read["13:30"].title, read["13:30"].speakers) == ("页迁移与内存规整的改造", ("陈立强",))
    assert (read["14:10"].speakers, read["14:10"].affiliations) == (("周伟",), ("英特尔",))


def test_a_speakers_field_run_into_the_affiliation_is_cut_where_that_is_sure():
    """Set 50: cards of labelled fields whose speaker field runs on into the affiliation ("嘉宾：胡军"
    then "谷歌Android内核团队软件工程师" on its line; "嘉宾：曹丽" "麒麟软件测试架构师"): every
    speaker was withheld, the field being no name alone. The name is cut where run_in is sure."""
    drawn = [
        Box("议题：Rust驱动进入主线：从Binder到NVMe的移植经验", 75, 1570, 831, 1600, 0.99),
        Box("时间：09:20-10:00", 73, 1614, 304, 1649, 0.99),
        Box("嘉宾：胡军", 75, 1661, 209, 1692, 0.99),
        Box("谷歌Android内核团队软件工程师", 196, 1666, 527, 1689, 0.99),
        Box("议题：内核补丁的自动化测试与回归追踪：", 76, 1772, 600, 1802, 0.99),
        Box("麒麟软件十年CI实践的回顾与展望", 152, 1814, 600, 1846, 0.99),
        Box("时间：10:00-10:40", 73, 1859, 304, 1894, 0.99),
        Box("嘉宾：曹丽", 74, 1907, 206, 1938, 0.99),
        Box("麒麟软件测试架构师", 211, 1911, 404, 1937, 0.99),
    ]
    read = {t.slot.start: t.slot for t in _talks(drawn)}
    assert (read["09:20"].speakers, read["09:20"].affiliations) == (
        ("胡军",),
        ("谷歌Android内核团队软件工程师",),
    )
    assert (read["10:00"].speakers, read["10:00"].affiliations) == (("曹丽",), ("麒麟软件测试架构师",))


def test_a_latin_name_before_an_unknown_company_and_a_job_acronym_is_withheld():
    """'Jonas Lindqvist Kestrel SRE Engineer': a name of three words before 'SRE', or of two
    before a company no list knows; nobody can tell, and the speaker is withheld, never shown
    as 'Jonas Lindqvist Kestrel'."""
    lines = [
        ("11:15-11:50", 20, 130),
        ("Rust in the Kernel: Two Years of Driver Work", 30, 170),
        ("Jonas Lindqvist Kestrel SRE Engineer", 22, 220),
    ]
    drawn = [
        Box(text, 100, top, 100 + int(size * 0.5 * len(text)), top + size + 6, 0.99)
        for text, size, top in lines
    ]
    (talk,) = _talks(drawn)
    assert talk.slot.title == "Rust in the Kernel: Two Years of Driver Work"
    assert talk.slot.speakers == ()
