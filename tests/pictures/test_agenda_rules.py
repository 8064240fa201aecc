"""Session 16's readings, from the boxes OCR gave on two blind sets (read after their measurement):
times printed on the rules between slots, as near the talk over them as the one under them; a
title's words in brackets between its others, on a time's line; a title's wrapped end that opens
with a surname that is also a title's word ("支持")."""

from __future__ import annotations

from hand_boxes import at as _at

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.words import person_like

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
