"""Session 16's readings, from the boxes OCR gave on blind sets (read after their measurement):
times printed on the rules between slots, as near the talk over them as the one under them; a
title's words in brackets between its others, on a time's line; a title's wrapped end that opens
with a surname that is also a title's word ("支持"); a two-character name set as wide as three;
a speakers' tag in a box of its own; forums side by side whose rows each print their own time."""

from __future__ import annotations

from hand_boxes import at as _at

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.run_in import latin_run_in
from clkarchive.pictures.agenda.words import forum_name, person_like, split_name

# Set 53's chat-scaled edition: each time stands on the rule over its talk, the last closes the
# morning; the opening's speaker is a common surname, the next talk's a rare one OCR misread
# (逄 as 逢), a break and lunch are one line each.
_ON_THE_RULES = [
    _at("主论坛", 79, 1128, 206, 1178),
    _at("主持人：杨涛（云南大学信息学院院长）", 54, 1213, 495, 1242),
    _at("09:00", 126, 1263, 207, 1295),
    _at("开幕致辞", 262, 1310, 390, 1347),
    _at("段伟云南大学副校长", 262, 1356, 483, 1392),
    _at("09:10", 126, 1404, 208, 1435),
    _at("国产CPU平台上的内核安全加固", 266, 1452, 702, 1485),
    _at("逢建国 麒麟软件内核专家", 261, 1497, 528, 1531),
    _at("09:50", 126, 1544, 206, 1575),
    _at("sched_ext进入主线之后：可编程调度的下一步", 266, 1593, 901, 1623),
    _at("赵敏 字节跳动STE专家", 262, 1638, 501, 1673),
    _at("10:30", 126, 1684, 206, 1715),
    _at("茶歇", 334, 1719, 402, 1755),
    _at("10:45", 127, 1758, 208, 1789),
    _at("圆桌论坛：开源内核社区的人才成长", 267, 1808, 745, 1838),
    _at("主持人：", 264, 1853, 352, 1885),
    _at("陆洋云南大学教授", 260, 1891, 462, 1926),
    _at("嘉宾：", 263, 1932, 352, 1964),
    _at("谭军华为openEuler技术委员会委员", 261, 1971, 621, 2006),
    _at("曾丽 阿里云龙蜥社区运营负责人", 264, 2012, 583, 2045),
    _at("苏航腾讯内核团队负责人", 263, 2051, 522, 2084),
    _at("贾敏中国科学院软件研究所副研究员", 263, 2091, 621, 2125),
    _at("11:45", 126, 2145, 205, 2176),
    _at("午餐", 336, 2180, 402, 2217),
    _at("13:30", 126, 2219, 207, 2251),
]


def test_times_on_the_rules_open_the_talks_under_them_as_the_columns_sure_cuts_show():
    """The opening's, the second keynote's and the panel's runs are cut surely after their last
    line; the keynote whose speaker's surname OCR misread, the break and lunch follow them, and
    are shown: each at its own time, none a slot late."""
    (forum,) = agenda.parse("teal.jpg", _ON_THE_RULES, 2234).forums
    read = [(s.kind, s.start, s.title) for s in forum.slots if s.time_sure >= 0.8]
    assert read == [
        ("talk", "09:00", "开幕致辞"),
        ("talk", "09:10", "国产CPU平台上的内核安全加固"),
        ("talk", "09:50", "sched_ext进入主线之后:可编程调度的下一步"),
        ("break", "10:30", "茶歇"),
        ("panel", "10:45", "圆桌论坛:开源内核社区的人才成长"),
        ("break", "11:45", "午餐"),
    ]


# Matching set 4's poster: each talk's time left of its title; a title's English words in brackets
# between its Chinese ones, each part a box of its own.
_BRACKETED = [
    _at("主持人：葛云鹏", 1296, 8416, 1528, 8455),
    _at("IO与ebpf分论坛", 222, 8420, 713, 8486),
    _at("四川大学网络空间安全学院副教授", 1163, 8465, 1529, 8491),
    _at("EXT4块分配可扩展性优化", 475, 8954, 995, 8998),
    _at("14:20-14:45", 93, 8956, 321, 8994),
    _at("李保坤", 472, 9022, 594, 9068),
    _at("华为操作系统部", 616, 9029, 813, 9062),
    _at("支持的进展", 1093, 9135, 1324, 9184),
    _at("ext4原子写", 471, 9137, 718, 9183),
    _at("(atomic write)", 743, 9137, 1072, 9182),
    _at("14:45-15:10", 94, 9142, 320, 9176),
    _at("韦清", 472, 9205, 599, 9252),
    _at("华为 文件系统工程师", 614, 9212, 876, 9246),
    _at("(llbitmap)", 884, 9321, 1127, 9369),
    _at("优化机制", 1138, 9322, 1326, 9366),
    _at("MDRAID无锁位图", 473, 9324, 855, 9364),
    _at("15:10-15:35", 94, 9326, 321, 9360),
    _at("郑琪星", 470, 9389, 595, 9435),
    _at("华为OS内核实验室", 615, 9396, 855, 9426),
]


def test_a_titles_words_in_brackets_between_its_others_are_the_titles():
    """Not a remark beside the time ("(30 分钟)"): the words a user searches the talk by."""
    (forum,) = agenda.parse("2022clk.png", _BRACKETED, 2022).forums
    assert [(s.start, s.title) for s in forum.talks] == [
        ("14:20", "EXT4块分配可扩展性优化"),
        ("14:45", "ext4原子写(atomic write)支持的进展"),
        ("15:10", "MDRAID无锁位图(llbitmap)优化机制"),
    ]


def test_a_title_word_that_opens_with_a_surname_is_no_name():
    """支持, 应用, 容器, 计算: a wrapped title's last line, never a speaker."""
    assert not any(person_like(word) for word in ("支持", "应用", "容器", "计算"))
    assert all(person_like(name) for name in ("赵敏", "韦清", "李保坤"))


# Set 52's royal-blue edition: each range on its own line between its title and its speakers; two
# speakers' names of two characters set as wide as three, each character a box of its own.
_SPACED = [
    _at("内存管理与异构计算分论坛", 166, 3004, 687, 3044),
    _at("DMA-BUF与GPU设备内存的跨驱动共享", 98, 3356, 648, 3386),
    _at("14:15-15:00", 128, 3399, 261, 3423),
    _at("罗", 100, 3443, 121, 3466),
    _at("龙芯中科 内核工程师", 186, 3443, 380, 3469),
    _at("敏", 150, 3444, 179, 3468),
    _at("曾", 99, 3483, 125, 3510),
    _at("涛", 150, 3485, 177, 3510),
    _at("龙芯中科图形驱动工程师", 193, 3487, 420, 3510),
]


def test_a_two_character_name_set_as_wide_as_three_is_one_name():
    (forum,) = agenda.parse("royalblue.png", _SPACED, 2222).forums
    (talk,) = forum.talks
    assert (talk.speakers, talk.affiliations) == (
        ("罗敏", "曾涛"),
        ("龙芯中科 内核工程师", "龙芯中科图形驱动工程师"),
    )
    assert talk.speakers_sure >= 0.8


# Set 55's 太原 edition: each speaker's line opens with a "嘉宾" tag in a pill, a box of its own.
_TAGGED = [
    _at("主论坛", 125, 1170, 261, 1219),
    _at("主持人：赵建国（太原理工大学计算机科学与技术学院院长）", 50, 1243, 717, 1269),
    _at("09:15-09:30", 64, 1434, 210, 1461),
    _at("开幕致辞", 47, 1491, 172, 1528),
    _at("王建平", 185, 1549, 271, 1584),
    _at("嘉宾", 52, 1556, 105, 1585),
    _at("太原理工大学 副校长", 266, 1557, 478, 1583),
    _at("09:30-10:20", 65, 1662, 209, 1686),
    _at("AI辅助的内核补丁审查：现状与边界", 50, 1720, 533, 1750),
    _at("胡斌", 186, 1778, 244, 1808),
    _at("嘉宾", 52, 1782, 104, 1811),
    _at("华为首席工程师", 251, 1782, 411, 1809),
    _at("茶歇", 275, 1888, 386, 1927),
    _at("10:20-10:40", 74, 1895, 218, 1919),
]


def test_a_speakers_tag_in_a_box_of_its_own_labels_the_name_after_it():
    (forum,) = agenda.parse("taiyuan.png", _TAGGED, 2253).forums
    read = [(s.start, s.title, s.speakers, s.affiliations) for s in forum.slots if s.kind != "break"]
    assert read == [
        ("09:15", "开幕致辞", ("王建平",), ("太原理工大学 副校长",)),
        ("09:30", "AI辅助的内核补丁审查:现状与边界", ("胡斌",), ("华为首席工程师",)),
    ]


# Set 55's 秦皇岛 edition: two forums side by side, each card's range at its right end, the next
# column's title a narrow gutter after it: each row is two forums' cells, no band across both.
_SIDE_BY_SIDE = [
    _at("文件系统与存储分论坛", 646, 1997, 966, 2030),
    _at("调度与实时分论坛", 144, 1998, 400, 2031),
    _at("主持人：贺敏", 571, 2060, 719, 2093),
    _at("主持人：韩冬", 67, 2062, 212, 2092),
    _at("I BtrfsRAID5/6的写", 550, 2171, 779, 2203),
    _at("PREEMPT_RT合入主", 52, 2174, 300, 2201),
    _at("13:30-13:55", 390, 2176, 513, 2200),
    _at("13:30-14:10", 894, 2177, 1017, 2200),
    _at("线后的工业控制实践", 62, 2208, 282, 2239),
    _at("洞问题与修复进展", 568, 2210, 762, 2237),
    _at("孙浩", 59, 2248, 113, 2281),
    _at("潘伟", 564, 2248, 618, 2281),
    _at("中兴通讯存储工程师", 566, 2279, 738, 2305),
    _at("麒麟软件内核工程师", 62, 2281, 233, 2304),
    _at("SCHED_DEADLINE", 61, 2341, 280, 2369),
    _at("XFS在线修复（online", 556, 2341, 812, 2369),
    _at("14:10-14:50", 893, 2343, 1017, 2368),
    _at("13:55-14:20", 390, 2344, 513, 2369),
    _at("在机器人控制中的应用", 64, 2378, 304, 2405),
    _at("fsck）的实现与测试", 566, 2378, 786, 2405),
    _at("郝佳", 563, 2416, 617, 2449),
    _at("王静", 62, 2417, 113, 2447),
    _at("优必选系统软件工程师", 62, 2448, 252, 2474),
    _at("阿里云", 565, 2448, 625, 2473),
]


def test_forums_side_by_side_whose_rows_each_print_a_time_are_not_one_band():
    forums = agenda.parse("qinhuangdao.png", _SIDE_BY_SIDE, 2254).forums
    read = {f.name: [(s.start, s.speakers) for s in f.talks if s.time_sure >= 0.8] for f in forums}
    assert read == {
        "调度与实时分论坛": [("13:30", ("孙浩",)), ("13:55", ("王静",))],
        "文件系统与存储分论坛": [("13:30", ("潘伟",)), ("14:10", ("郝佳",))],
    }


# Set 20's cards: each of a talk's two speakers tagged "分享嘉宾"; the first, right over the
# second's tag, is a speaker too, not the title's last line.
_EACH_TAGGED = [
    _at("调度与性能分论坛", 100, 407, 461, 448),
    _at("11:55-12:35", 100, 1911, 286, 1942),
    _at("基于PSI与cgroup的在离线混部cPU隔离实践", 99, 1963, 831, 2003),
    _at("郭建华", 231, 2022, 320, 2054),
    _at("分享嘉宾", 105, 2023, 202, 2057),
    _at("美团基础架构工程师", 356, 2026, 584, 2053),
    _at("马晓宇", 231, 2072, 320, 2105),
    _at("分享嘉宾", 107, 2075, 202, 2107),
    _at("丨京东内核专家", 332, 2076, 512, 2104),
]


def test_each_of_two_tagged_speakers_is_read():
    (forum,) = agenda.parse("purple.png", _EACH_TAGGED, 2030).forums
    (talk,) = forum.talks
    assert talk.speakers == ("郭建华", "马晓宇") and talk.speakers_sure >= 0.8


def test_a_latin_name_run_into_a_known_company_with_no_job_is_cut_there():
    """Matching blind set 5's poster: "Guo Ren阿里巴巴达摩院玄铁团队", "Lukas Brenner SUsE Labs"
    (SUSE, a letter misread); an unknown company is no cut ("Gavin Guo lgalia"), nor a title."""
    assert latin_run_in("Guo Ren阿里巴巴达摩院玄铁团队") == ("Guo Ren", "阿里巴巴达摩院玄铁团队")
    assert latin_run_in("Lukas Brenner SUsE Labs") == ("Lukas Brenner", "SUsE Labs")
    assert latin_run_in("Gavin Guo lgalia") is None
    assert latin_run_in("Memory Tiering Intel") is None


# Set 56's violet edition: each range at the right end of its talk's first speaker line, the
# title over that line; the first speaker's company after a bar OCR read as "」".
_RANGE_BY_THE_SPEAKER = [
    _at("处理器架构与调度分论坛", 312, 2650, 769, 2690),
    _at("主持人：姚斌 (阿里云技术专家)", 366, 2713, 699, 2739),
    _at("LoongArch上的KVM嵌套虚拟化", 59, 2780, 498, 2813),
    _at("胡斌", 58, 2827, 117, 2861),
    _at("」龙芯中科", 113, 2830, 231, 2861),
    _at("13:30-14:15", 842, 2830, 1021, 2858),
    _at("实时Linux的中断线程化与延迟测量", 61, 2922, 529, 2952),
    _at("钱立", 57, 2970, 115, 3003),
    _at("14:30-15:15", 873, 2972, 1020, 2999),
    _at("中兴通讯", 141, 2974, 231, 3002),
]


def test_a_name_and_company_beside_a_time_are_its_speakers_line_not_its_title():
    """Read as a table's "name | title | time" row, each talk had its speaker's line for a title
    and the next talk's title after it: the 14:30 talk was shown at 13:30."""
    (forum,) = agenda.parse("violet.png", _RANGE_BY_THE_SPEAKER, 2263).forums
    assert [(s.start, s.title, s.speakers) for s in forum.talks if s.time_sure >= 0.8] == [
        ("13:30", "LoongArch上的KVM嵌套虚拟化", ("胡斌",)),
        ("14:30", "实时Linux的中断线程化与延迟测量", ("钱立",)),
    ]


# Set 58's ticket edition: each talk a ticket whose stub prints its start over its end, the end
# the next ticket's start.
_STUBS = [
    _at("主论坛", 183, 1144, 321, 1194),
    _at("主持人：周立新扬州大学信息工程学院教授", 182, 1202, 645, 1238),
    _at("09:00", 900, 1320, 976, 1348),
    _at("开场视频", 127, 1341, 255, 1378),
    _at("09:05", 903, 1369, 975, 1397),
    _at("09:05", 890, 1463, 988, 1498),
    _at("开幕致辞", 75, 1466, 205, 1504),
    _at("陈建国扬州大学 副校长", 74, 1522, 329, 1558),
    _at("09:20", 895, 1523, 981, 1556),
    _at("09:20", 890, 1642, 988, 1678),
    _at("openEuler内核的演进：从多架构支持到全场景统一", 77, 1645, 798, 1684),
    _at("10:00", 895, 1703, 982, 1734),
    _at("王海峰华为 openEuler技术委员会主席", 76, 1704, 475, 1737),
]


def test_a_stub_of_a_start_over_an_end_chained_down_the_column_is_each_talks_range():
    """Read as starts, each talk's end opened a slot of its own: its speaker's line was shown as a
    talk at the next talk's time."""
    (forum,) = agenda.parse("pcb.png", _STUBS, 2281).forums
    read = [(s.start, s.end, s.title, s.speakers) for s in forum.slots if s.time_sure >= 0.8]
    assert read == [
        ("09:00", "09:05", "开场视频", ()),
        ("09:05", "09:20", "开幕致辞", ("陈建国",)),
        ("09:20", "10:00", "openEuler内核的演进:从多架构支持到全场景统一", ("王海峰",)),
    ]


def test_a_forum_heading_in_brackets_names_its_forum():
    """Set 58's royal-blue edition prints "【主论坛】": its talks had no forum."""
    assert forum_name("【主论坛】") == "主论坛"
    assert forum_name("【处理器架构与调度分论坛】") == "处理器架构与调度分论坛"
    assert forum_name("【嘉宾】") == ""


def test_a_universitys_own_name_is_no_persons_before_its_kind():
    """Set 59: "宁夏大学" over "副校长" was read as the speaker 宁夏 of 大学; 宁 is a surname."""
    assert split_name("宁夏大学") is None
    assert split_name("宁夏大学副校长") is None
    assert split_name("段伟云南大学副校长") == ("段伟", "云南大学副校长")
