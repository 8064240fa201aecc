"""A forum's talks as tiles two to a row (round 28, set 31 studied), from hand-made OCR boxes: bands
across both tiles for a break and a live draw, a pill under the programme announcing the
afternoon; a foreign speaker over their company in the same type; a panel's guest whose
two-character name is set three characters wide (and a speaker's so set before a company)."""

from __future__ import annotations

from hand_boxes import at as _at

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.geometry import Line, Text
from clkarchive.pictures.agenda.run_in import run_in
from clkarchive.pictures.agenda.speakers import speaker
from clkarchive.pictures.ocr import OcrBox as Box


def _tiles() -> list[Box]:
    """主论坛's tiles as set 31 printed them: per tile a time pill, the title's lines, the name and
    'company · job' under it; a band for a break (a cup's icon OCR reads as "三" before it) and one
    for a live draw across both tiles, and the afternoon's pill under the last band, wider than
    the left tile. (Without the icon's "三" the tiles are cut at a wrong edge, inside the left
    tile, and every reading is withheld: the rule is fragile, though it shows nothing wrong.)"""
    drawn = [
        _at("主持人", 945, 888, 1014, 917),
        _at("主论坛", 69, 920, 210, 972),
        _at("贺建国", 909, 921, 1013, 959),
    ]
    drawn += [_at("复旦大学教授", 880, 967, 1014, 994)]
    drawn += [_at("09:00-09:40", 79, 1067, 225, 1094), _at("09:40-10:20", 589, 1066, 737, 1096)]
    drawn += [_at("内核可观测性的统一：", 68, 1127, 344, 1158), _at("面向CXL3.0的", 575, 1126, 785, 1160)]
    drawn += [
        _at("tracepoint、fprobe与BTF", 62, 1170, 447, 1204),
        _at("内存共享与一致性", 575, 1169, 815, 1204),
    ]
    drawn += [_at("毛志刚", 62, 1236, 148, 1271), _at("芮琳", 572, 1234, 632, 1271)]
    drawn += [
        _at("RedHat·首席软件工程师", 61, 1270, 322, 1300),
        _at("英特尔·资深架构师", 573, 1272, 774, 1300),
    ]
    drawn += [
        _at("三", 372, 1343, 389, 1355),
        _at("休息", 413, 1350, 477, 1383),
        _at("10:20-10:30", 501, 1353, 664, 1380),
    ]
    drawn += [_at("10:30-11:10", 79, 1453, 225, 1480), _at("11:10-11:50", 587, 1450, 735, 1480)]
    drawn += [_at("Memory Tagging on", 62, 1511, 355, 1551), _at("openEuler内核在智", 574, 1511, 853, 1547)]
    drawn += [_at("Arm64:Hardening", 62, 1554, 335, 1591), _at("能汽车上的实时化改造", 576, 1556, 875, 1589)]
    drawn += [_at("theKernelwithMTE", 65, 1601, 361, 1631), _at("高敏", 571, 1621, 632, 1659)]
    drawn += [_at("华为·内核工程师", 573, 1659, 753, 1685), _at("Olivier Laurent", 63, 1669, 267, 1700)]
    drawn += [_at("Arm·资深软件工程师", 64, 1705, 284, 1728)]
    drawn += [_at("直播抽奖", 388, 1778, 504, 1815), _at("11:50-12:00", 528, 1782, 693, 1812)]
    drawn += [_at("午休", 413, 1863, 482, 1900), _at("12:00-13:30", 497, 1870, 664, 1900)]
    drawn += [_at("一下午", 314, 2002, 417, 2040), _at("三个分论坛同时直播一", 445, 2005, 763, 2040)]
    return drawn


def test_tiles_two_to_a_row_with_bands_across_them():
    """Before, the afternoon's pill (under the last time, wider than the left tile) kept the tiles
    from being cut into columns: each row's two tiles were read as one talk, every time and
    speaker withheld. A line under the last time stops no cut, as one over the first does not;
    bands across the tiles (a break, a live draw) are each column's, and neither a time down a
    column's edge nor a rare row across; a live draw is no talk, read once."""
    slots = agenda.parse("tiles.png", _tiles()).forums[0].slots
    assert [(s.kind, s.start, s.speakers) for s in slots] == [
        ("talk", "09:00", ("毛志刚",)),
        ("talk", "09:40", ("芮琳",)),
        ("break", "10:20", ()),
        ("talk", "10:30", ("Olivier Laurent",)),
        ("talk", "11:10", ("高敏",)),
        ("ceremony", "11:50", ()),
        ("break", "12:00", ()),
    ]
    assert all(s.time_sure == 1.0 and s.speakers_sure == 1.0 for s in slots)
    assert slots[3].affiliations == ("Arm·资深软件工程师",)  # a foreign name over its company


def test_a_two_character_name_set_three_wide():
    """ "李　强统信软件内核研发总监": a padded name run into its company (a panel's guest). Before, no
    cut was sure, the guest named nobody, and the panel's list was withheld."""
    assert run_in("李　强统信软件内核研发总监") == ("李强", "统信软件内核研发总监")
    assert run_in("内 核开发") is None
    # a speaker's line "刘　洋　阿里云…" (set 35): the spaced name ran on into the company ("刘洋阿")
    for text, name, firm in (
        ("刘　洋　阿里云存储技术专家", "刘洋", "阿里云存储技术专家"),
        ("何 俊 龙芯中科 内核工程师", "何俊", "龙芯中科 内核工程师"),
    ):
        one = speaker(Line((Text(text, 89, 3436, 392, 3475),)), None, 30.0, 34.0)
        assert one is not None and (one.name, one.affiliation) == (name, firm)


def _cards(cards: list[tuple[str, str, str, str, str]], x: int) -> list[Box]:
    """Cards one under another from x: the name over 'company job', a biography, the time, the
    title under it (the cards' edges, wider apart than the time from the biography over it)."""
    drawn = []
    for n, (name, firm, bio, time, title) in enumerate(cards):
        y = 982 + 490 * n
        drawn += [
            _at(name, x + 139, y, x + 139 + 35 * len(name), y + 40),
            _at(firm, x + 140, y + 49, x + 337, y + 75),
        ]
        drawn += [_at(bio, x, y + 120, x + 384, y + 147), _at(time, x + 12, y + 269, x + 137, y + 293)]
        drawn += [_at(title, x, y + 319, x + 24 * len(title), y + 349)]
    return drawn


_LEFT = [
    (
        "王丹",
        "字节跳动系统工程师",
        "毕业于上海交通大学，现负责字节跳动内部",
        "13:30-13:50",
        "sched_ext：用BPF编写调度器",
    ),
    (
        "郭涛",
        "华为内核工程师",
        "openEuler内核团队成员，研究多路服务器上的",
        "14:10-14:30",
        "qspinlock在多路服务器上的优化",
    ),
    (
        "杜鹏",
        "腾讯高级工程师",
        "长期关注cgroup CPU带宽控制与混部隔离，曾",
        "14:50-15:10",
        "cgroup v2 CPU带宽控制的尾延迟",
    ),
]
_RIGHT = [
    (
        "孙浩",
        "vivo内核性能专家",
        "专注手机场景的调度与功耗优化，参与了移植",
        "13:50-14:10",
        "EEVDF下的延迟敏感任务调优",
    ),
    (
        "蒋涛",
        "美团基础架构工程师",
        "负责美团在线服务的性能诊断平台，基于perf与",
        "14:30-14:50",
        "perf sched与BPF的调度延迟画像",
    ),
    (
        "邹凯",
        "小米内核工程师",
        "负责手机内核的功耗与调度，近期专注RCU回调",
        "15:10-15:30",
        "RCU回调卸载在低功耗设备上的调优",
    ),
]


def test_cards_that_open_with_their_speaker_and_biography():
    """Cards two to a row, each opening with its speaker and biography, the time and title at its
    foot. Before, the biography opened the title ("毕业于上海交通大学，…sched_ext：…"), and no title
    was read whole; now a card's speakers and biography over its time are read after its title."""
    drawn = [_at("调度分论坛", 300, 307, 700, 377), *_cards(_LEFT, 63), *_cards(_RIGHT, 573)]
    talks = agenda.parse("cards.png", drawn).forums[0].talks
    cards = sorted(_LEFT + _RIGHT, key=lambda c: c[3])
    assert [(t.start, t.title, t.speakers, t.affiliations) for t in talks] == [
        (time[:5], title.replace("：", ":"), (name,), (firm,)) for name, firm, _, time, title in cards
    ]
    assert [t.biography for t in talks] == [bio.replace("，", ",") for _, _, bio, _, _ in cards]


def test_speaker_first_cards_in_one_column_give_no_talk_the_next_ones_speaker():
    """The same cards in one column: the widest gap between two times is a card's edge, after
    the title, not the gap over the next time. Before, each time took every line down to the
    next time (the time read as opening its talk), so each talk was shown with the next card's
    speaker; now the cut is a guess, and a guess is withheld."""
    talks = agenda.reconcile(
        [agenda.parse("cards.png", [_at("调度分论坛", 300, 307, 700, 377), *_cards(_LEFT, 63)])]
    )
    assert talks and all(t.slot.speakers in ((), (name,)) for t, (name, *_) in zip(talks, _LEFT, strict=True))


def test_a_latin_name_ends_where_a_known_organisation_begins():
    """ "Priya Raman Intel 首席工程师": a name of two words and its company, or of three words
    ("Priya Raman Intel") and a job: both cuts fit, so none was made and the speaker was withheld.
    The cut that leaves a known organisation is the one."""
    assert run_in("Priya Raman Intel 首席工程师") == ("Priya Raman", "Intel 首席工程师")
    assert run_in("魏明奇安信安全研究员") == ("魏明", "奇安信安全研究员")  # a company the lexicon now knows
