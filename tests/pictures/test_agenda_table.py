"""A table of fields read from hand-made OCR boxes (round 12): a panel's guests indented in their
cell under its moderator make no second column of speakers; (round 18) a title OCR ran on into
the name beside it withholds its row's speakers, names indented under their titles do not;
(round 19) a centred unit wider than its column is the units' cell, not the names'."""

from __future__ import annotations

from hand_boxes import at as _at

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box


def test_a_column_of_names_within_one_row_is_no_speakers_column():
    """时间 | 议题 | 嘉宾, each time centred on its row (the title's first line and the name over
    it), the last row a panel whose guests are indented under '嘉宾：', a name and a company each,
    in a column of their own. That column lies within one row: before, it made two columns of
    names, the table was not read as one, and each time took the lines under it, so three talks
    showed the time of the one over them."""
    cells = [
        ("9:00~9:40", "页表隔离的代价与收益", "再测量", "韦青松", "华为工程师"),
        ("9:40~10:20", "大页在数据库中的实践", "与反思", "石可心", "阿里云专家"),
        ("10:20~11:00", "异构内存的分层回收", "策略", "霍明哲", "清华大学教授"),
        ("11:00~11:40", "内核测试基础设施的", "现状", "柏林原", "中兴通讯"),
    ]
    drawn = [Box("内存分论坛", 60, 0, 400, 60, 0.99)]
    drawn += [Box(t, x, 100, x + 70, 140, 0.99) for t, x in [("时间", 60), ("议题", 300), ("嘉宾", 880)]]
    for k, (time, title, rest, name, firm) in enumerate(cells):
        top = 180 + 150 * k
        drawn += [
            Box(title, 300, top, 300 + 30 * len(title), top + 32, 0.99),
            Box(name, 880, top + 8, 970, top + 44, 0.99),
            Box(time, 60, top + 28, 60 + 15 * len(time), top + 58, 0.99),
            Box(rest, 300, top + 46, 300 + 30 * len(rest), top + 78, 0.99),
            Box(firm, 880, top + 46, 880 + 22 * len(firm), top + 74, 0.99),
        ]
    top = 180 + 150 * len(cells)
    drawn += [Box("主持：蓝海川", 880, top, 1050, top + 34, 0.99)]
    drawn += [Box("中科院", 960, top + 36, 1026, top + 64, 0.99)]
    drawn += [Box("嘉宾：韦青松", 880, top + 70, 1050, top + 104, 0.99)]
    drawn += [Box("华为", 960, top + 106, 1004, top + 134, 0.99)]
    drawn += [Box("圆桌讨论：内存的未来", 300, top + 156, 600, top + 188, 0.99)]
    drawn += [Box("11:40~12:20", 60, top + 158, 225, top + 188, 0.99)]
    for k, (name, firm) in enumerate([("石可心", "阿里云"), ("霍明哲", "清华大学"), ("柏林原", "中兴通讯")]):
        y = top + 142 + 70 * k
        drawn += [Box(name, 960, y, 1050, y + 32, 0.99)]
        drawn += [Box(firm, 960, y + 34, 960 + 22 * len(firm), y + 62, 0.99)]
    read = {t.slot.title: t for t in agenda.reconcile([agenda.parse("p.png", drawn)])}
    for time, title, rest, name, firm in cells:
        talk = read[title + rest]
        assert talk.slot.start == f"{int(time.split(':')[0]):02d}:{time.split(':')[1][:2]}"
        assert talk.slot.speakers == (name,)
        assert talk.slot.affiliations == (firm,)


def test_a_speakers_cell_of_one_run_is_cut_into_name_and_company():
    """时间 | 议题 | 讲者, the speaker's cell one text run of the name and the company (and a job
    title), which OCR reads with no space ("阮嘉禾龙芯中科首席架构师"); one cell lists two names of
    one company ("阙志远、桂晨 腾讯"). Before, no column was one of names, the table was not read,
    and each title ran into its speaker's cell; each name is cut where the lexicon is sure."""
    cells = [
        ("09:00-09:35", "平台上的中断虚拟化", "覃思远中兴通讯", ("覃思远",), ("中兴通讯",)),
        ("09:35-10:10", "热插拔与固件交互", "田禾字节跳动", ("田禾",), ("字节跳动",)),
        ("10:25-11:00", "向量扩展的管理", "阮嘉禾龙芯中科首席架构师", ("阮嘉禾",), ("龙芯中科首席架构师",)),
        ("11:00-11:35", "实时性验证", "阙志远、桂晨腾讯", ("阙志远", "桂晨"), ("腾讯", "腾讯")),
    ]
    drawn = [Box("体系结构分论坛", 70, 0, 400, 40, 0.99)]
    drawn += [Box(t, x, 100, x + 56, 133, 0.99) for t, x in [("时间", 54), ("议题", 233), ("讲者", 715)]]
    for k, (time, title, cell, _, _) in enumerate(cells):
        top = 170 + 100 * k
        drawn += [
            Box(title, 238, top, 238 + 30 * len(title), top + 30, 0.99),
            Box(time, 57, top + 1, 199, top + 28, 0.99),
            Box(cell, 718, top, 718 + 25 * len(cell), top + 28, 0.99),
        ]
    read = {t.slot.title: t.slot for t in agenda.reconcile([agenda.parse("p.png", drawn)])}
    for time, title, _, names, firms in cells:
        assert read[title].start == time[:5]
        assert read[title].speakers == names
        assert read[title].affiliations == firms


def _speaker_right_table(joined: int, heading: bool = False) -> list[Box]:
    """时间 | 议题 | 讲者 with no header: each time left of its title's first line, the speaker's
    name right of that line and the unit under the name in smaller type, the title wrapped; the
    time of row `joined` read by OCR run into its title in one box. With heading, the last three
    rows are short talks in a box headed by its name at the left and its whole span at the right."""
    rows = [  # each title's first line runs across its column, up to the speaker's
        ("09:00-09:40", "内核内存模型的形式化验证与工具", "链", "韦青松", "华为"),
        ("09:40-10:20", "页表隔离的代价与收益：从测量到", "取舍", "石可心", "阿里云"),
        ("10:20-10:30", "异构内存的分层回收与页面迁移策", "略", "霍明哲", "清华大学"),
        ("10:30-10:40", "内核测试基础设施的现状与持续集", "成", "柏林原", "中兴通讯"),
        ("10:40-10:50", "调度器的延迟分析：从追踪到调优", "实践", "覃思远", "字节跳动"),
    ]
    drawn = [Box("内存分论坛", 60, 0, 400, 60, 0.99)]
    for k, (time, first, second, name, firm) in enumerate(rows):
        top = 120 + 130 * k + (60 if heading and k >= 2 else 0)
        if k == joined:
            drawn += [Box(time + first, 70, top, 730, top + 32, 0.99)]
        else:
            drawn += [Box(time, 70, top + 2, 215, top + 30, 0.99)]
            drawn += [Box(first, 240, top, 730, top + 32, 0.99)]
        drawn += [
            Box(name, 760, top - 2, 850, top + 34, 0.99),
            Box(firm, 760, top + 34, 760 + 22 * len(firm), top + 60, 0.99),
            Box(second, 240, top + 42, 240 + 30 * len(second), top + 74, 0.99),
        ]
    if heading:
        drawn += [Box("闪电演讲", 80, 380, 220, 412, 0.99), Box("10:20-10:50", 850, 382, 995, 410, 0.99)]
    return drawn


def test_a_time_run_into_its_title_is_its_rows_time():
    """A time OCR ran into its title ("10:30-10:40内核测试基础…") is cut apart before the table is
    read: the time then stands in the time column and opens its row. Before, the table missed that
    row, whose speaker went into the row over it: two names shown for one talk."""
    read = {t.slot.title: t.slot for t in agenda.reconcile([agenda.parse("p.png", _speaker_right_table(3))])}
    assert read["内核测试基础设施的现状与持续集成"].start == "10:30"
    assert read["内核测试基础设施的现状与持续集成"].speakers == ("柏林原",)
    assert read["异构内存的分层回收与页面迁移策略"].speakers == ("霍明哲",)
    assert read["异构内存的分层回收与页面迁移策略"].affiliations == ("清华大学",)


def test_a_span_printed_over_a_box_of_short_talks_heads_its_rows():
    """A box of short talks headed by its name at the left and its whole span ("10:20-10:50") at
    the right, out of the time column: the span starts with the first short talk's range and
    holds it, so it heads the rows under it. Before, a time out of the column made the programme
    no table, and read by lines each title ran into the speaker right of it: no speaker shown."""
    read = {
        t.slot.title: t.slot
        for t in agenda.reconcile([agenda.parse("p.png", _speaker_right_table(-1, True))])
    }
    assert [(s.start, s.speakers) for s in read.values()] == [
        ("09:00", ("韦青松",)),
        ("09:40", ("石可心",)),
        ("10:20", ("霍明哲",)),
        ("10:30", ("柏林原",)),
        ("10:40", ("覃思远",)),
    ]


def test_the_header_over_the_time_column_begins_the_table_under_it():
    """时间 | 议题 | 嘉宾 printed just over the first row, each time centred on its row (a title of
    two lines, the name over its unit, a little above the time): the first row, reckoned as far
    over its time as it reaches under it, took in the header's line, so '嘉宾' counted as a cell of
    the names' column, too few of whose cells were names for it to be one (round 16: the table
    went unread and each row's title, name and unit ran into one text). What the time column
    prints over its first time is the header's; the rows begin under it."""
    cells = [
        ("09:00-09:40", "面向非特权进程的内", "核沙箱", "韦青松", "统信软件"),
        ("09:40-10:20", "完整性度量在机密容器", "中的应用", "一舟", "阿里云"),
        ("10:40-11:20", "内核控制流完整性与", "间接跳转", "柯嘉懿", "海光信息"),
        ("11:20-12:00", "内核驱动内存安全实", "践", "石可心", "麒麟软件"),
        ("13:30-14:10", "侧信道缓解对系统调用", "性能的影响", "逢嘉树", "浙江大学"),
    ]
    drawn = [Box(t, x, 642, x + 60, 680, 0.99) for t, x in [("时间", 57), ("议题", 286), ("嘉宾", 746)]]
    for k, (time, title, rest, name, firm) in enumerate(cells):
        top = 727 + 132 * k
        drawn += [
            Box(name, 748, top, 748 + 28 * len(name), top + 32, 0.99),
            Box(title, 290, top + 2, 290 + 30 * len(title), top + 31, 0.99),
            Box(time, 61, top + 6, 204, top + 30, 0.99),
            Box(firm, 747, top + 35, 747 + 22 * len(firm), top + 63, 0.99),
            Box(rest, 287, top + 41, 287 + 30 * len(rest), top + 76, 0.99),
        ]
    read = {t.slot.start: t for t in agenda.reconcile([agenda.parse("p.png", drawn)])}
    for time, title, rest, name, _ in cells:
        talk = read[time[:5]]
        assert talk.slot.title == title + rest
        assert talk.slot.speakers == ((name,) if name in ("韦青松", "柯嘉懿", "石可心") else ())


def test_a_title_run_into_the_name_beside_it_withholds_the_rows_speakers():
    """时间 | 议题 | 讲者 | 单位 | 职务, OCR joining each time with its title's first line; in one row
    of two speakers it ran on into the first name ("15:50-16:30实时补丁合入主线之后：彭晓雯"), and
    the speakers' cell holds only the second. Read, the row would name one speaker of two as all
    of them; its speakers are withheld, the other rows' read."""
    drawn = [Box("调度与并发分论坛", 45, 196, 645, 266, 0.99)]
    header = [("时间", 50), ("议题", 210), ("讲者", 579), ("单位", 689), ("职务", 859)]
    drawn += [Box(t, x, 658, x + 62, 693, 0.99) for t, x in header]
    rows = [
        ("13:30-14:10调度器上线一年：延", "迟敏感负载的回归分析", ["吴俊杰"], ["字节跳动"]),
        ("14:10-14:50用BPF编写调", "度策略的生产实践", ["邓凯"], ["腾讯"]),
        ("14:50-15:30自旋锁在多", "路服务器上的扩展性优化", ["曾庆华"], ["龙芯中科"]),
        (
            "15:50-16:30实时补丁合入主线之后：彭晓雯",
            "实时内核在工业控制中的应用",
            ["韩立新"],
            ["麒麟软件", "统信软件"],
        ),
        ("16:30-17:10读写锁争用", "的定位方法", ["梁宇"], ["中兴通讯"]),
    ]
    for k, (first, second, names, firms) in enumerate(rows):
        top = 731 + 125 * k
        drawn.append(Box(first, 52, top, 52 + 155 + 30 * (len(first) - 11), top + 30, 0.99))
        drawn.append(Box(second, 210, top + 37, 210 + 30 * len(second), top + 67, 0.99))
        for n, name in enumerate(names):
            y = top + 45 * (n + len(firms) - len(names))
            drawn.append(Box(name, 580, y, 580 + 26 * len(name), y + 31, 0.99))
        for n, firm in enumerate(firms):
            drawn.append(Box(firm, 690, top + 45 * n, 690 + 24 * len(firm), top + 30 + 45 * n, 0.99))
            drawn.append(Box("内核工程师", 861, top + 45 * n, 975, top + 30 + 45 * n, 0.99))
    read = {t.slot.start: t.slot for t in agenda.reconcile([agenda.parse("p.png", drawn)])}
    assert read["15:50"].speakers == ()
    assert [read[t].speakers for t in ("13:30", "14:10", "14:50", "16:30")] == [
        ("吴俊杰",),
        ("邓凯",),
        ("曾庆华",),
        ("梁宇",),
    ]


def test_names_indented_under_their_titles_are_no_column_beside_them():
    """A list whose time runs into its title ("13:30-14:10|EROFS在容器镜像按需加载中的实践") and whose
    speaker's line ("靳朗阿里云技术专家") is indented under the title: read as a table, the titles
    run past the names' edge in every row. Those are no columns side by side, and a title that
    runs past the names is no join of OCR's: the speakers are read. (OCR reads the bar as the
    title's, "|容器…", and the title's edge stands a little left of the names'.)"""
    rows = [
        ("13:30-14:10|容器镜像按需加载中的实践", "靳朗阿里云技术专家", "靳朗"),
        ("14:10-14:50|用户态文件系统的性能拐点", "桑若愚京东存储研发工程师", "桑若愚"),
        ("14:50-15:30|在线修复在生产环境的验证", "周浩然中兴通讯高级工程师", "周浩然"),
    ]
    drawn = [Box("存储与文件系统分论坛", 82, 3024, 520, 3067, 0.99)]
    drawn += [
        Box("下午·分会场C厅", 777, 3028, 1002, 3061, 0.99),
        Box("出品人：瞿世杰（华为）", 60, 3113, 332, 3143, 0.99),
    ]
    drawn += [Box("主持人：苗雨桐（统信软件）", 372, 3115, 693, 3142, 0.99)]
    for k, (first, run, _) in enumerate(rows):
        top = 3198 + 108 * k
        drawn.append(Box(first, 59, top, 59 + 150 + 32 * (len(first) - 12), top + 30, 0.99))
        drawn.append(Box(run, 241, top + 44, 241 + 25 * len(run), top + 71, 0.99))
    read = {t.slot.start: t.slot for t in agenda.reconcile([agenda.parse("p.png", drawn)])}
    assert [read[t].speakers for t in ("13:30", "14:10", "14:50")] == [(name,) for _, _, name in rows]


UNITS_ROWS = [
    ("09:00-09:35", ["大块尺寸支持进展与", "测试"], [("乔宇航", "阿里云")]),
    ("09:35-10:10", ["只读镜像的按需加载", "实践"], [("方婧", "字节跳动")]),
    ("10:10-10:45", ["数据库场景下的写放大", "控制"], [("柴振宇", "浪潮信息")]),
    ("11:00-11:35", ["手机存储上的碎片整理", "与回收"], [("欧阳晨", "荣耀")]),
    ("11:35-12:10", ["多队列下的优先级与", "限流"], [("殷浩", "腾讯"), ("葛婷", "中国科学技术大学")]),
    ("12:10-12:45", ["存储集群中的调优", "经验"], [("庞立", "华为")]),
]


def _units_table(missed: str = "") -> list[Box]:
    """时间 | 议题 | 分享嘉宾 | 单位 set close (a photographed sheet), each title wrapped in two
    touching lines, the names and the units centred in their cells, a row of two speakers
    printing a name and a unit a line; the time `missed` left out, as OCR may."""
    drawn = [Box("存储与文件系统分论坛", 311, 192, 599, 227, 0.99)]
    header = [("时间", 165), ("议题", 400), ("分享嘉宾", 603), ("单位", 757)]
    drawn += [Box(t, x, 338, x + 22 * len(t), 366, 0.99) for t, x in header]
    for k, (time, title, people) in enumerate(UNITS_ROWS):
        top = 384 + 84 * k
        for n, line in enumerate(title):
            drawn.append(Box(line, 258, top + 29 * n, 258 + 22 * len(line), top + 29 * n + 28, 0.99))
        drawn += [Box(time, 134, top + 2, 240, top + 26, 0.99)] if time != missed else []
        for n, (name, unit) in enumerate(people):
            y = top + 28 * n
            drawn.append(Box(name, 640 - 11 * len(name), y, 640 + 11 * len(name), y + 28, 0.99))
            drawn.append(Box(unit, 776 - 11 * len(unit), y, 776 + 11 * len(unit), y + 28, 0.99))
    return drawn


def test_a_centred_units_cell_wider_than_its_column_is_the_units():
    """The second unit of the row of two speakers is wide ('中国科学技术大学'), so it starts left of
    the units' edge, under the names' column. Before, it was read as a cell of the names', which
    then named nobody: the row's speakers were withheld. Naming nobody and centred on the units'
    column, it is the units'."""
    read = {t.slot.start: t.slot for t in agenda.reconcile([agenda.parse("p.png", _units_table())])}
    assert read["11:35"].speakers == ("殷浩", "葛婷")
    assert read["11:35"].affiliations == ("腾讯", "中国科学技术大学")
    assert [read[time[:5]].speakers for time, _, _ in UNITS_ROWS] == [
        tuple(name for name, _ in people) for _, _, people in UNITS_ROWS
    ]


def test_a_last_row_reaching_far_under_its_time_holds_two():
    """The last time missed: the last row, whose bottom nothing marks, takes in the row under it,
    its title reaching farther under its time than any other row's by more than a line. Read,
    the talk would be given three speakers (殷浩, 葛婷 and the next talk's 庞立); its time and
    speakers are withheld."""
    (talk,) = [
        t
        for t in agenda.reconcile([agenda.parse("p.png", _units_table("12:10-12:45"))])
        if "限流" in t.slot.title
    ]
    assert talk.slot.speakers == ()
    assert talk.slot.start is None
    assert dict(talk.withheld)["speakers"]


def test_a_panels_guests_in_pills_make_no_table_of_a_programme():
    """Set 50: a programme whose speakers' lines sit under their titles ('name company job，second
    role', a comma as a sentence's), and a panel whose guests sit in pills two to a row. The pills
    were taken for a table's column of names: the main forum was read as a table, each talk's
    speaker's line read into its title, the panel shown with two of its five guests (WRONG). A
    table names the speakers of most of its rows; and a name set apart, a known organisation
    and a job, then a second role after a comma, is a speaker's line, not a sentence."""
    drawn = [
        _at("主论坛", 81, 1187, 201, 1232),
        _at("主持人：梁志刚中山大学", 754, 1206, 1032, 1234),
        _at("开幕", 287, 1309, 356, 1350),
        _at("09:00-09:10", 68, 1316, 225, 1343),
        _at("嘉宾致辞", 292, 1400, 415, 1436),
        _at("09:10-09:20", 48, 1404, 205, 1431),
        _at("黄晓东广东省计算机学会理事长", 292, 1448, 613, 1478),
        _at("openEuler内核在鲲鹏与RISc-V双架构上的统一维护", 292, 1522, 1011, 1562),
        _at("09:20-10:00", 49, 1530, 204, 1554),
        _at("张伟 华为 openEuler 内核技术专家，Kernel SIG Maintainer", 289, 1569, 854, 1605),
        _at("大规模AI训练集群中的内核稳定性治理：", 294, 1650, 826, 1681),
        _at("10:00-10:40", 48, 1652, 204, 1680),
        _at("从故障定位到自动修复", 295, 1697, 592, 1727),
        _at("罗文杰 阿里云资深技术专家，龙蜥社区内核 SIG 负责人", 289, 1739, 815, 1775),
        _at("茶歇", 287, 1823, 402, 1866),
        _at("10:40-10:55", 68, 1832, 224, 1859),
        _at("PREEMPT_RT合入主线之后：实时内核的调优与验证", 293, 1919, 1006, 1948),
        _at("10:55-11:35", 48, 1920, 204, 1947),
        _at("宋佳字节跳动 STE 内核工程师", 290, 1962, 589, 1996),
        _at("圆桌论坛：国产CPU生态下内核开发者的协作与成长", 294, 2043, 998, 2073),
        _at("11:35-12:20", 49, 2046, 204, 2070),
        _at("郑海涛中山大学计算机学院 教授", 372, 2085, 704, 2122),
        _at("主持", 300, 2087, 351, 2118),
        _at("刘婷 阿里云", 729, 2133, 860, 2167),
        _at("嘉宾", 299, 2134, 353, 2167),
        _at("王磊华为", 395, 2134, 505, 2168),
        _at("陈刚 腾讯", 395, 2190, 505, 2224),
        _at("杨帆龙芯中科", 730, 2190, 879, 2222),
        _at("午餐", 287, 2290, 401, 2333),
        _at("12:20-13:30", 68, 2298, 224, 2325),
        _at("下午", 359, 2451, 429, 2487),
        _at("三个分论坛同时进行", 447, 2454, 718, 2484),
        _at("01处理器架构与调度分论坛", 82, 2574, 562, 2610),
        _at("主持人：邓志强 华南理工大学", 706, 2589, 1033, 2618),
        _at("RISC-V向量扩展的内核支持：上下文切换与信号帧", 293, 2688, 966, 2718),
        _at("13:30-14:15", 48, 2689, 204, 2717),
        _at("周凯中国科学院软件研究所 PLCT 实验室工程师", 291, 2733, 744, 2763),
        _at("sched_ext在手机大小核调度中的实践", 292, 2812, 808, 2842),
        _at("14:15-15:00", 48, 2813, 205, 2841),
        _at("林峰、黄敏OPPO内核工程师", 292, 2858, 601, 2885),
    ]
    talks = agenda.reconcile([agenda.parse("tabs.png", drawn)])
    assert [(t.slot.start, t.slot.speakers) for t in talks if t.forum == "主论坛"] == [
        ("09:20", ("张伟",)),
        ("10:00", ("罗文杰",)),
        ("10:55", ("宋佳",)),
        ("11:35", ()),  # the panel's five, not read surely: withheld
    ]
    assert talks[0].slot.title == "openEuler内核在鲲鹏与RISc-V双架构上的统一维护"
