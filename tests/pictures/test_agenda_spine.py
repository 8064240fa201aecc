"""Two forums side by side on a landscape slide, their times on a spine between the two columns,
from hand-made OCR boxes (round 16): each time is both forums' talks' time, and a card right of
its time is read as the card around it."""

from __future__ import annotations

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box

TIMES = ["13:30-14:10", "14:10-14:50", "14:50-15:30", "15:50-16:30"]
LEFT = [
    ("零拷贝转发在云网关中的实践", "谭语嫣", "腾讯云网络专家"),
    ("拥塞控制算法的主线化进展", "卢正阳", "阿里云技术专家"),
    ("容器网络中取代虚拟网卡", "司马骁", "北京大学博士生"),
    ("流量整形的演进与实践", "匡浩然", "网易资深工程师"),
]
RIGHT = [
    (["分布式存储中的落地：从固定缓冲区到零拷贝", "接收"], "岳知行", "字节跳动存储工程师"),
    (["容器镜像加速中的应用"], "晏启航", "华为文件系统专家"),
    (["写时复制文件系统的可靠性对比"], "符欣妍", "中国科学院计算技术研究所助理研究员"),
    (["多路径在高并发场景下的调优"], "练书遥", "蚂蚁集团技术专家"),
]


def _slide() -> list[Box]:
    """A 1920 x 1080 slide: the left forum's cards at x 80, the right one's at x 1120, the times
    as pills at x 890 between them, centred on each pair of cards (title over 'name company')."""
    drawn = [
        Box("网络分论坛", 82, 180, 422, 218, 0.99),
        Box("时间", 927, 200, 994, 237, 0.99),
        Box("存储分论坛", 1121, 179, 1501, 219, 0.99),
        Box("主持人：寇明哲（京东架构师）", 79, 227, 379, 254, 0.99),
        Box("主持人：房舟（华为存储专家）", 1120, 228, 1419, 254, 0.99),
    ]
    for k, (time, (title, name, firm), (lines, name2, firm2)) in enumerate(
        zip(TIMES, LEFT, RIGHT, strict=True)
    ):
        top = 296 + 165 * k
        drawn += [Box(time, 890, top + 43, 1031, top + 70, 0.99)]
        drawn += [Box(title, 78, top + 1, 78 + 30 * len(title), top + 31, 0.99)]
        drawn += [Box(f"{name} {firm}", 77, top + 88, 77 + 26 * (len(name) + len(firm) + 1), top + 118, 0.99)]
        for j, line in enumerate(lines):
            drawn += [Box(line, 1118, top + 37 * j, 1118 + 30 * len(line), top + 34 + 37 * j, 0.99)]
        y = top + 87
        drawn += [Box(name2, 1119, y, 1119 + 27 * len(name2), y + 31, 0.99)]
        drawn += [Box(firm2, 1188, y + 4, 1188 + 19 * len(firm2), y + 30, 0.99)]
    drawn += [Box("两个分论坛同时进行，欢迎自由选择参加", 761, 1041, 1160, 1065, 0.99)]
    return drawn


def _read() -> dict[str, dict[str, agenda.AgendaTalk]]:
    out: dict[str, dict[str, agenda.AgendaTalk]] = {}
    for talk in agenda.reconcile([agenda.parse("slide.png", _slide(), 2026)]):
        out.setdefault(talk.forum, {})[talk.slot.start or ""] = talk
    return out


def test_times_on_a_spine_between_two_forums_time_both():
    """Nearer the right forum's heading, the spine's times all went to it: the left forum had no
    time, and its talks were not read at all."""
    left = _read()["网络分论坛"]
    for time, (title, name, firm) in zip(TIMES, LEFT, strict=True):
        talk = left[time[:5]]
        assert talk.slot.title == title
        assert (talk.slot.speakers, talk.slot.affiliations) == ((name,), (firm,))


def test_a_card_right_of_its_time_on_a_spine_is_the_card_around_it():
    """The right forum's cards stand well right of their times, centred on them: the title's
    wrapped line on the time's row, or nothing; before, the time took the line beside it as
    its title and the lines under it as its own, and each card's speaker went to the next."""
    right = _read()["存储分论坛"]
    for time, (lines, name, firm) in zip(TIMES, RIGHT, strict=True):
        talk = right[time[:5]]
        assert talk.slot.title == "".join(lines).replace("：", ":")
        assert talk.slot.speakers == (name,)
        assert talk.slot.affiliations == (firm,)
