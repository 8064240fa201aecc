"""A landscape agenda from hand-made OCR boxes (set 37's wide poster): the morning's 主论坛 in a
panel at the left with its own times, beside the afternoon's grid of three forums sharing one time
axis; and the small readings it needed (a half of the day before a forum's name in its box, a
Latin name whose spaces OCR dropped, a title's wrapped line that opens with a surname)."""

from __future__ import annotations

from hand_boxes import at as _at

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.geometry import Line, Text
from clkarchive.pictures.agenda.neighbours import run_in_like
from clkarchive.pictures.agenda.words import forum_name

_HEADER = [
    _at("CLK2091", 67, 76, 465, 150),
    _at("第86届中国Linux内核开发者大会", 570, 59, 1279, 106),
    _at("2091年10月27日（周六）丨成都·电子科技大学清水河校区", 561, 128, 1325, 164),
]
_MORNING = [
    _at("上午·主论坛", 86, 276, 310, 318),
    _at("主持人丨王立平·电子科技大学教授", 63, 353, 476, 382),
    _at("09:00-09:15", 60, 435, 211, 468),
    _at("开幕致辞", 248, 435, 366, 470),
    _at("周斌电子科技大学副校长", 248, 480, 508, 513),
    _at("09:15-10:00", 61, 581, 210, 610),
    _at("内核维护者模式的演进：", 251, 580, 544, 613),
    _at("从邮件列表到CI驱动的协作", 251, 620, 600, 653),
    _at("张建华华为Linux内核首席专家", 247, 664, 568, 696),
    _at("10:00-10:45", 63, 765, 210, 794),
    _at("Scaling the Page Allocator", 250, 765, 607, 798),
    _at("to 512-Core Servers", 248, 805, 522, 838),
    _at("LucasMoreauArm首席软件工程师", 251, 852, 613, 878),
    _at("10:45-11:00", 63, 954, 211, 983),
    _at("茶歇", 247, 948, 355, 988),
    _at("11:00-11:45", 63, 1071, 210, 1100),
    _at("龙蜥内核在混部场景下的CPU隔离与干扰抑制", 250, 1070, 800, 1103),
    _at("吴志强阿里云内核技术专家", 250, 1156, 530, 1185),
]
_GRID = [
    _at("下午·三个分论坛同时进行", 841, 250, 1240, 291),
    _at("时间", 909, 362, 979, 402),
    _at("内存管理与CXL分论坛", 1088, 332, 1417, 367),
    _at("存储与文件系统分论坛", 1578, 332, 1898, 367),
    _at("RISC-V与虚拟化分论坛", 2068, 332, 2405, 367),
    _at("13:30-14:00", 849, 563, 1005, 592),
    _at("CXL内存扩展下的NUMA节点热插拔", 1091, 517, 1400, 550),
    _at("李明轩英特尔软件工程师", 1087, 603, 1352, 639),
    _at("ext4 bigalloc在对象存储节点上的应用", 1578, 515, 1880, 557),
    _at("黄凯京东云", 1578, 605, 1708, 636),
    _at("RISC-V H扩展下KVM嵌套虚拟化的实现", 2074, 520, 2400, 549),
    _at("许诺中国科学院软件研究所工程师", 2071, 605, 2413, 634),
    _at("14:00-14:30", 847, 790, 1005, 823),
    _at("MGLRU在多租户容器", 1089, 748, 1368, 781),
    _at("环境中的回收公平性", 1088, 787, 1343, 820),
    _at("张涛腾讯内核工程师", 1087, 833, 1306, 868),
    _at("茶歇", 1732, 781, 1851, 827),
    _at("virtio-mem在弹性", 2072, 745, 2319, 780),
    _at("云主机中的内存伸缩", 2072, 786, 2328, 819),
    _at("胡鹏天翼云虚拟化专家", 2070, 833, 2309, 869),
]


def test_a_morning_panel_beside_a_grid_sharing_one_time_axis_is_a_forum_of_its_own():
    """Before, every time left of the grid's headings was taken for the grid's axis: the
    morning's times timed the afternoon forums' cards (10:00, 10:45 shown as their times, five
    WRONG on set 37's poster) and 主论坛's talks were lost. Now a column of times left of the
    axis's, with text of its own and nothing crossing into the grid, is a forum of its own."""
    forums = agenda.parse("wide.png", [*_HEADER, *_MORNING, *_GRID]).forums
    assert [f.name for f in forums] == [
        "主论坛",
        "内存管理与CXL分论坛",
        "存储与文件系统分论坛",
        "RISC-V与虚拟化分论坛",
    ]
    assert [(s.start, s.speakers) for s in forums[0].slots] == [
        ("09:00", ("周斌",)),
        ("09:15", ("张建华",)),
        ("10:00", ("Lucas Moreau",)),
        ("10:45", ()),
        ("11:00", ("吴志强",)),
    ]
    assert [[(s.kind, s.start, s.speakers) for s in f.slots] for f in forums[1:]] == [
        [("talk", "13:30", ("李明轩",)), ("talk", "14:00", ("张涛",))],
        [("talk", "13:30", ("黄凯",)), ("break", "14:00", ())],
        [("talk", "13:30", ("许诺",)), ("talk", "14:00", ("胡鹏",))],
    ]
    assert [s.speakers_sure for s in forums[3].slots] == [0.9, 0.9]


def test_a_half_of_the_day_run_into_a_forums_name_is_no_part_of_it():
    assert [forum_name(t) for t in ("上午·主论坛", "下午 主论坛", "01 上午 · 内存分论坛")] == [
        "主论坛",
        "主论坛",
        "内存分论坛",
    ]


def test_a_titles_wrapped_line_with_a_titles_words_is_no_speakers_line():
    """ "云主机中的内存伸缩" opens with a surname (云) and names no known company: it was taken for one
    more speaker's line over "胡鹏天翼云虚拟化专家", and the talk's list withheld. A line with 的 or 与
    after its first characters is a title's words."""

    def line(text: str, y: int) -> Line:
        return Line((Text(text, 2072, y, 2072 + 28 * len(text), y + 33),))

    speaker = line("胡鹏天翼云虚拟化专家", 833)
    assert not run_in_like(line("云主机中的内存伸缩", 786), speaker)
    assert run_in_like(line("武兆辉忆恒创源", 786), speaker)


def test_forums_side_by_side_part_at_the_gutter_where_a_heading_is_set_in():
    """Set 41's landscape: day one's 主论坛 in a panel at the left, day two's forums beside it, each
    heading set in after a number's chip, so no box starts near it; the main forum's titles
    reach past half way to the next heading. Before, the columns were cut half way and those
    titles, crossing the cut, were read in every forum (one WRONG time and speaker); a bullet
    OCR read with a time ("●09:40-10:20") kept it from opening its talk. Now the columns part
    in the widest strip no box crosses right of half way, and the bullet is no part of the time."""
    drawn = [
        _at("主论坛", 124, 298, 234, 330),
        _at("内存与存储分论坛", 892, 298, 1190, 330),
        _at("09:00-09:15", 64, 388, 204, 418),
        _at("开幕致辞", 238, 385, 351, 418),
        _at("刘建军中南大学副校长", 240, 425, 480, 452),
        _at("11:00-11:45", 65, 500, 202, 530),
        _at("Memory Tiering in Production:", 241, 500, 634, 532),
        _at("Lessons from CXL Deployments", 242, 538, 644, 570),
        _at("Marco Bianchi SUSE Kernel Architect", 242, 578, 640, 604),
        _at("09:00-09:40", 820, 388, 960, 414),
        _at("ext4 fast commit在数据库场景下的收益与代价", 820, 420, 1250, 452),
        _at("胡凯腾讯存储工程师", 820, 460, 1040, 488),
        _at("●09:40-10:20", 800, 530, 960, 558),
        _at("DAMON驱动的冷页回收与在线服务内存超卖", 820, 564, 1230, 596),
        _at("何丽字节跳动", 820, 604, 960, 632),
    ]
    forums = agenda.parse("landscape.png", drawn).forums
    assert [(f.name, [(s.start, s.speakers) for s in f.slots]) for f in forums] == [
        ("主论坛", [("09:00", ("刘建军",)), ("11:00", ("Marco Bianchi",))]),
        ("内存与存储分论坛", [("09:00", ("胡凯",)), ("09:40", ("何丽",))]),
    ]


def test_a_second_speaker_under_the_first_in_a_right_set_column_stays_in_its_row():
    """Set 41's timetable: each row's speaker set flush right at the row's end, a talk's second
    speaker under the first; the lunch row's label stands above its time's middle. Before, the
    rows were parted at the gap from the time's middle to the second speaker (the first
    speaker's line ends below that middle), so the second speaker was lunch's and the talk was
    shown as the first speaker's alone (WRONG). A row's cells level with its time reach down as
    far as they do."""
    drawn = [
        _at("主论坛", 530, 211, 620, 246),
        _at("开幕致辞", 254, 268, 355, 299),
        _at("09:00-09:15", 72, 272, 201, 296),
        _at("曾强南昌大学副校长", 1669, 267, 1859, 298),
        _at("Landlock与LSM栈式加载：内核沙箱的新进展", 255, 329, 767, 357),
        _at("09:15-10:00", 72, 332, 201, 356),
        _at("黄磊阿里云安全专家", 1668, 331, 1860, 357),
        _at("茶歇", 249, 432, 347, 475),
        _at("10:45-11:00", 72, 445, 201, 469),
        _at("syzkaller在文件系统模糊测试中的新发现", 256, 495, 704, 523),
        _at("江峰华为测试专家", 1687, 496, 1860, 522),
        _at("11:00-11:45", 72, 498, 201, 522),
        _at("熊丽华为工程师", 1704, 528, 1860, 558),
        _at("午餐", 253, 575, 345, 612),
        _at("11:45-13:30", 71, 584, 200, 608),
        _at("面向AI推理的CPU带宽控制：cpu.max与burst", 256, 635, 794, 664),
        _at("13:30-14:15", 71, 637, 200, 660),
        _at("范文小米内核专家", 1686, 636, 1860, 663),
    ]
    (forum,) = agenda.parse("timetable.jpg", drawn).forums
    assert [(s.start, s.speakers) for s in forum.slots] == [
        ("09:00", ("曾强",)),
        ("09:15", ("黄磊",)),
        ("10:45", ()),
        ("11:00", ("江峰", "熊丽")),
        ("11:45", ()),
        ("13:30", ("范文",)),
    ]


def test_a_table_whose_column_of_names_names_nobody_is_read_as_talks():
    """Set 42's morning: times at the left, each talk's title then "name company job" under it from
    the title's edge (a name and its company sometimes in two boxes, a second speaker on a line
    of their own), the afternoon's pill under lunch. Read as a table (the pill's lines under the
    last time let it be one), the names' boxes made a column of names whose cells named
    nobody: every row's title ran into its speaker's line and, matched by its title, the opening
    was shown at the next talk's time (WRONG). A table none of whose rows names anyone is no
    table; read as talks, each is whole."""
    drawn = [
        _at("主持人：程晓东", 827, 1125, 1026, 1159),
        _at("主论坛", 140, 1135, 274, 1185),
        _at("中国科学技术大学教授", 820, 1166, 1026, 1189),
        _at("开幕致辞", 303, 1257, 420, 1292),
        _at("09:00-09:15", 55, 1260, 202, 1288),
        _at("汪建国中国科学技术大学 副校长", 305, 1301, 628, 1331),
        _at("openEuler内核的多样性算力支持与演进", 305, 1385, 819, 1422),
        _at("09:15-10:00", 55, 1388, 202, 1416),
        _at("胡志强华为 openEuler 内核首席架构师", 305, 1430, 689, 1460),
        _at("页缓存folio化之后：性能回归的定位与修复", 306, 1514, 857, 1546),
        _at("10:00-10:45", 57, 1517, 201, 1542),
        _at("陈雪", 305, 1558, 387, 1586),
        _at("阿里云内核技术专家", 373, 1560, 588, 1586),
        _at("茶歇", 302, 1641, 364, 1676),
        _at("10:45-11:00", 56, 1644, 202, 1672),
        _at("sched_ext：用eBPF编写可插拔的调度器", 304, 1737, 836, 1768),
        _at("11:00-11:45", 57, 1740, 201, 1764),
        _at("刘子健字节跳动资深内核工程师", 306, 1781, 628, 1808),
        _at("付婷\u3000字节跳动内核工程师", 306, 1819, 589, 1849),
        _at("午餐", 301, 1902, 364, 1939),
        _at("11:45-13:30", 56, 1907, 202, 1934),
        _at("下午", 72, 2027, 183, 2090),
        _at("AFTERNOON", 216, 2028, 354, 2052),
        _at("三个分论坛同时进行", 216, 2056, 415, 2083),
    ]
    (forum,) = agenda.parse("morning.png", drawn).forums
    assert [(s.start, s.title, s.speakers) for s in forum.slots] == [
        ("09:00", "开幕致辞", ("汪建国",)),
        ("09:15", "openEuler内核的多样性算力支持与演进", ("胡志强",)),
        ("10:00", "页缓存folio化之后:性能回归的定位与修复", ("陈雪",)),
        ("10:45", "茶歇", ()),
        ("11:00", "sched_ext:用eBPF编写可插拔的调度器", ("刘子健", "付婷")),
        ("11:45", "午餐", ()),
    ]


def test_a_forums_hours_over_its_tables_time_label_are_no_row():
    """Set 45's slide: the forum's hours and host on a line over its table ("上午09:00-11:45", the
    host, the hall), then the table's head (时间 | 议题 | 演讲嘉宾 | 单位及职务) and its rows. Before,
    the hours made the table's first row, a talk from 09:00 to 11:45 titled with the host's line
    and shown as sure, and the head's words ran into the first talk's title ("议题开幕致辞"). A time
    over the time column's label is the forum's hours, no row's."""
    drawn = [
        _at("主论坛", 78, 1120, 235, 1180),
        _at("上午09:00-11:45", 82, 1239, 293, 1269),
        _at("主持人：张伟（浙江大学计算机科学与技术学院教授）", 378, 1239, 1038, 1269),
        _at("国际会议中心主会场", 1146, 1239, 1403, 1269),
        _at("时间", 94, 1308, 160, 1346),
        _at("议题", 343, 1309, 410, 1347),
        _at("演讲嘉宾", 1137, 1311, 1254, 1346),
        _at("单位及职务", 1377, 1311, 1519, 1345),
        _at("开幕致辞", 346, 1379, 470, 1415),
        _at("王建国", 1136, 1379, 1225, 1416),
        _at("浙江大学 副校长", 1379, 1383, 1567, 1414),
        _at("09:00-09:15", 99, 1385, 271, 1413),
        _at("陈刚", 1134, 1462, 1199, 1500),
        _at("从上游到发行版：", 349, 1464, 573, 1498),
        _at("华为openEuler内核SIG Maintainer", 1378, 1467, 1803, 1497),
        _at("09:15-10:00", 97, 1468, 273, 1498),
        _at("openEuler内核的补丁回合与质量保障", 346, 1506, 868, 1544),
        _at("刘畅", 1134, 1590, 1199, 1628),
        _at("sched_ext落地实践：", 348, 1594, 638, 1624),
        _at("10:00-10:45", 98, 1595, 271, 1625),
        _at("字节跳动 STE 高级工程师", 1378, 1595, 1670, 1625),
        _at("周颖", 1135, 1634, 1199, 1673),
        _at("用BPF为在离线混部定制调度策略", 347, 1636, 809, 1670),
        _at("字节跳动 内核工程师", 1378, 1639, 1619, 1670),
    ]
    (forum,) = agenda.parse("deck.png", drawn).forums
    assert [(s.start, s.end, s.title, s.speakers) for s in forum.slots] == [
        ("09:00", "09:15", "开幕致辞", ("王建国",)),
        ("09:15", "10:00", "从上游到发行版:openEuler内核的补丁回合与质量保障", ("陈刚",)),
        ("10:00", "10:45", "sched_ext落地实践:用BPF为在离线混部定制调度策略", ("刘畅", "周颖")),
    ]
