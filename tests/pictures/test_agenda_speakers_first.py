"""A serif poster's forum (set 37), from hand-made OCR boxes: each talk opens with its speakers'
lines (a name in bold, its affiliation), the time at the right of the first, then the title in
lighter type inside 《》; the opening prints its speaker over "开幕致辞"; the organisers at the foot
as a label alone in its box beside the unit."""

from __future__ import annotations

from hand_boxes import at as _at

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.geometry import Line, Text
from clkarchive.pictures.agenda.speakers import speaker
from clkarchive.pictures.agenda.words import person, person_like, person_name

_FORUM = [
    _at("主论坛", 207, 1029, 358, 1088),
    _at("主持沈建浙江大学教授", 209, 1108, 556, 1144),
    _at("吕春梅浙江大学副校长", 210, 1211, 530, 1254),
    _at("09:00-09:10", 1009, 1217, 1165, 1247),
    _at("开幕致辞", 205, 1267, 339, 1311),
    _at("AnaBeatrizSouzaRed Hat首席软件工程师", 213, 1388, 850, 1422),
    _at("09:10-09:55", 1009, 1388, 1164, 1419),
    _at("《Linux内核CVE流程：内核社区成为CNA之后，补丁回合与漏洞", 213, 1444, 1136, 1477),
    _at("披露的变化》", 209, 1490, 382, 1528),
    _at("谢琳 阿里云内核工程师", 209, 1602, 519, 1645),
    _at("09:55-10:40", 1009, 1607, 1165, 1641),
    _at("戴文杰", 208, 1658, 325, 1703),
    _at("阿里云技术专家", 343, 1666, 529, 1696),
    _at("《龙蜥OS内核热补丁的规模化运维》", 212, 1720, 700, 1753),
    _at("茶歇", 207, 1827, 279, 1870),
    _at("10:40-11:00", 1014, 1832, 1164, 1862),
    _at("主办", 78, 2006, 141, 2042),
    _at("中国Linux内核开发者大会组委会", 180, 2010, 610, 2039),
    _at("承办", 78, 2061, 141, 2099),
    _at("浙江大学计算机科学与技术学院", 180, 2065, 572, 2095),
]


def test_speakers_lines_over_a_title_in_book_marks():
    """Before, the speakers' lines were read as the title's first (each talk's speakers withheld,
    its title the name and company run into it: 0 of 9 on set 37's poster), the opening's title
    was its speaker's line, and the organisers at the foot ran into the last talk's title. Now
    lines over a title in 《》, or over an address's name, each a speaker's, are the talk's
    speakers; the marks are no part of the title; "主办" alone in its box ends the programme."""
    (forum,) = agenda.parse("serif.jpg", _FORUM).forums
    assert [(s.kind, s.start, s.title, s.speakers, s.affiliations) for s in forum.slots] == [
        ("talk", "09:00", "开幕致辞", ("吕春梅",), ("浙江大学副校长",)),
        (
            "talk",
            "09:10",
            "Linux内核CVE流程:内核社区成为CNA之后,补丁回合与漏洞披露的变化",
            ("Ana Beatriz Souza",),
            ("Red Hat首席软件工程师",),
        ),
        (
            "talk",
            "09:55",
            "龙蜥OS内核热补丁的规模化运维",
            ("谢琳", "戴文杰"),
            ("阿里云内核工程师", "阿里云技术专家"),
        ),
        ("break", "10:40", "茶歇", (), ()),
    ]


def run_in_latin(text: str) -> tuple[str, str] | None:
    """The name and the affiliation a speaker's line alone reads as."""
    one = speaker(Line((Text(text, 56, 1987, 56 + 15 * len(text), 2023),)), None, 36.0, 36.0)
    return (one.name, one.affiliation) if one else None


def test_names_whose_spaces_ocr_dropped_or_that_carry_accents():
    """A Latin name, company and job run together where OCR dropped the spaces are cut where the
    words begin ("ZoltanFehérSUSESeniorKernel Engineer"); a name printed with its spaces is kept as
    printed ("Paul McKenney", once shown as "Paul Mc Kenney"); accented names are names."""
    assert person_name("Paul McKenney") == "Paul McKenney"
    assert person_name("KuzinArtem") == "Kuzin Artem"
    assert person("Zoltán Fehér") == "Zoltán Fehér"
    assert run_in_latin("ZoltanFehérSUSESeniorKernel Engineer") == (
        "Zoltan Fehér",
        "SUSE Senior Kernel Engineer",
    )
    assert run_in_latin("LucasMoreauArm首席软件工程师") == ("Lucas Moreau", "Arm首席软件工程师")
    assert run_in_latin("Paul McKenney Meta Engineer") == ("Paul McKenney", "Meta Engineer")


def test_an_addresss_speaker_labelled_and_a_university_the_lexicon_knows():
    """A WeChat article's opening: "09:00-09:10丨开幕致辞" over "致辞嘉宾：郭庆南昌大学副校长". Before, the
    label was no speakers' label and 南昌大学 no organisation the lexicon knew, so where the name ends
    was unclear (郭庆 or 郭庆南): the opening had no speaker. The lexicon now lists the universities
    of the 211 programme and others that teach systems."""
    drawn = [
        _at("主论坛", 84, 1340, 199, 1385),
        _at("09:00-09:10丨开幕致辞", 55, 1494, 405, 1531),
        _at("致辞嘉宾：郭庆南昌大学副校长", 57, 1550, 461, 1579),
        _at("09:10-09:55丨内存分层实践：从DAMON监测到CXL扩展内存", 54, 1639, 1008, 1679),
        _at("分享嘉宾：罗志强华为内核专家", 56, 1747, 462, 1778),
    ]
    (forum,) = agenda.parse("wechat.jpg", drawn).forums
    assert [(s.title, s.speakers, s.affiliations) for s in forum.slots] == [
        ("开幕致辞", ("郭庆",), ("南昌大学副校长",)),
        ("内存分层实践:从DAMON监测到CXL扩展内存", ("罗志强",), ("华为内核专家",)),
    ]


def test_title_first_then_the_time_in_a_box_beside_the_speaker():
    """Set 38's layout: each talk's title, then a line with its time in a small box and the
    speaker beside it; a subtitle under a title in smaller type opens with a dash (OCR reads
    "——" as "一"). Before, a Latin speaker beside the time ("Rahul Mehta Intel Principal Engineer")
    was read as the talk's title beside its time, so the line over it went to the talk before,
    whose time the talk was shown at (WRONG); and the subtitle was kept as the speaker's
    biography. A Latin name run into its company and job is a speaker's line; a dash-led line
    under a title that names no speaker is the title's."""
    drawn = [
        _at("主论坛", 81, 901, 200, 954),
        _at("硬件内存标签（MTE）在移动设备内核中的落地", 84, 1207, 739, 1240),
        _at("09:10-09:55", 94, 1263, 217, 1287),
        _at("梁晨荣耀内核架构师", 244, 1256, 463, 1291),
        _at("Scaling sched_ext Schedulers to Thousands of CPUs", 83, 1354, 873, 1390),
        _at("09:55-10:40", 93, 1410, 217, 1434),
        _at("Rahul Mehta Intel Principal Engineer", 246, 1407, 632, 1438),
        _at("内核热升级的工程化", 86, 1583, 363, 1616),
        _at("一从单机验证到十万台集群的灰度发布", 92, 1623, 508, 1652),
        _at("10:55-11:40", 92, 1678, 217, 1701),
        _at("孟涛  京东 系统架构师", 246, 1671, 462, 1704),
    ]
    (forum,) = agenda.parse("title-first.png", drawn).forums
    assert [(s.start, s.title, s.speakers) for s in forum.slots] == [
        ("09:10", "硬件内存标签(MTE)在移动设备内核中的落地", ("梁晨",)),
        ("09:55", "Scaling sched_ext Schedulers to Thousands of CPUs", ("Rahul Mehta",)),
        ("10:55", "内核热升级的工程化一从单机验证到十万台集群的灰度发布", ("孟涛",)),
    ]


_CARDS = [  # one card a talk: the speaker, "company job", a biography, then the time, the title, an abstract
    _at("论坛议程", 460, 1080, 623, 1125),
    _at("袁立", 244, 1185, 315, 1226),
    _at("阿里云内核专家", 245, 1235, 407, 1262),
    _at("阿里云内核团队专家，主要从事页缓存与大页相关的开发，是内核mTHP系列补丁", 246, 1276, 1007, 1300),
    _at("的作者之一。", 244, 1303, 363, 1334),
    _at("folio全面化之后：页缓存与mTHP的协同", 251, 1386, 822, 1421),
    _at("13:30-13:55", 79, 1390, 221, 1418),
    _at("梳理folio转换后页缓存的新接口，分享mTHP在文件页上的测试数据与尚未解决", 253, 1433, 1010, 1459),
    _at("的问题。", 250, 1461, 328, 1492),
    _at("蒙小川", 244, 1572, 345, 1611),
    _at("荣耀 内核工程师", 245, 1621, 408, 1648),
    _at("荣耀终端操作系统内核工程师，关注移动设备的内存回收、碎片整理与应用启动性", 245, 1661, 1003, 1687),
    _at("能，曾在Linux Plumbers大会分享相关工作。", 245, 1692, 670, 1718),
    _at("多尺寸THP在安卓设备上的内存碎片治理", 255, 1775, 809, 1805),
    _at("13:55-14:20", 79, 1776, 224, 1806),
    _at("何静", 243, 1891, 315, 1933),
    _at("字节跳动 系统工程师", 246, 1941, 452, 1967),
    _at("字节跳动系统技术与工程团队成员，负责CXL内存扩展方案在数据中心的落地，此", 246, 1980, 1008, 2007),
    _at("前在浪潮信息从事服务器固件开发。", 245, 2012, 572, 2039),
    _at("CXL内存扩展的冷热页识别：DAMON实践", 254, 2093, 827, 2127),
    _at("14:20-14:45", 80, 2097, 223, 2125),
    _at("介绍基于DAMON的访问采样与冷页下沉策略，以及在线服务中内存成本与尾延迟", 253, 2139, 1012, 2165),
    _at("之间的取舍。", 251, 2168, 371, 2198),
]


def test_cards_that_open_with_the_speaker_then_the_time_beside_the_title():
    """Set 40's forum poster: each card prints its speaker (name, "company job", a biography),
    then the time beside the title, then an abstract. Before, a title beside its time owned no
    line over it, so each card's speaker was read as the talk before's (0 of 10 right, one
    WRONG). Now, where the head opens with a speaker's card and most runs between the times
    go on past their last speaker's line, the talks open with their speakers."""
    (forum,) = agenda.parse(
        "cards.png", [_at("内存管理与异构计算分论坛", 244, 730, 800, 779), *_CARDS]
    ).forums
    assert [(s.start, s.speakers, s.affiliations) for s in forum.slots] == [
        ("13:30", ("袁立",), ("阿里云内核专家",)),
        ("13:55", ("蒙小川",), ("荣耀 内核工程师",)),
        ("14:20", ("何静",), ("字节跳动 系统工程师",)),
    ]


def test_cards_whose_biography_starts_where_the_name_does_are_no_table():
    """Set 40's main forum: the time left of each card; in the card the title, then the speaker
    "name company job" with a biography under it from the name's edge. Before, the names and the
    biographies made a column the table reader took for the speakers' (its cells no names), and
    every speaker was lost; a column of names holds no sentences."""
    drawn = [
        _at("主论坛", 460, 1380, 600, 1430),
        _at("开幕致辞", 262, 1586, 395, 1624),
        _at("09:00-09:10", 36, 1587, 188, 1614),
        _at("黄建华广西大学副校长", 399, 1664, 670, 1704),
        _at("教授，博士生导师，长期从事计算机网络与信息安全方向的教学", 399, 1712, 1016, 1738),
        _at("与科研工作，曾获广西科技进步奖一等奖。", 399, 1742, 806, 1774),
        _at("09:10-09:20", 34, 1877, 188, 1907),
        _at("嘉宾致辞", 263, 1879, 395, 1916),
        _at("刘志刚", 400, 1958, 495, 1990),
        _at("中国计算机学会系统软件专业委员会主任", 483, 1961, 910, 1991),
        _at("北京大学教授，研究方向为系统软件与软件工程，长期推动国内", 400, 2004, 1016, 2030),
        _at("开源操作系统社区与高校课程建设。", 400, 2037, 740, 2063),
        _at("09:20-09:50", 35, 2171, 188, 2198),
        _at("Maintaining Linux at Scale: What", 265, 2174, 778, 2207),
        _at("Ten Years of Patch Review Taught Us", 264, 2219, 831, 2251),
        _at("Nikolai Andersen Red Hat Distinguished Engineer", 400, 2366, 992, 2400),
        _at("Nikolai has maintained parts of the memory management", 398, 2411, 994, 2439),
        _at("and block layers for over a decade. Before Red Hat he", 400, 2445, 946, 2471),
    ]
    (forum,) = agenda.parse("main.jpg", drawn).forums
    assert [(s.start, s.title, s.speakers) for s in forum.slots] == [
        ("09:00", "开幕致辞", ("黄建华",)),
        ("09:10", "嘉宾致辞", ("刘志刚",)),
        (
            "09:20",
            "Maintaining Linux at Scale: What Ten Years of Patch Review Taught Us",
            ("Nikolai Andersen",),
        ),
    ]


def test_a_second_speakers_line_unread_after_the_first_ones_biography_withholds_the_list():
    """Set 43: two speakers each with a biography under the title; OCR read the second one's rare
    surname (逯) as 退, so that line reads as no name. Before, only a run-in line right under a
    speaker's line doubted the list, and the talk was shown as 孔祥's alone (WRONG); now a line
    set like any speaker's line read before it does, and the list is withheld."""
    drawn = [
        _at("虚拟化与云原生分论坛", 82, 2400, 500, 2440),
        _at("国产服务器CPU上的内核性能分析与调优", 82, 2486, 691, 2520),
        _at("10:55-11:40", 854, 2490, 994, 2515),
        _at("孔祥海光信息高级工程师", 77, 2546, 359, 2579),
        _at(
            "海光信息操作系统适配团队成员，负责Linux内核在海光平台上的性能分析与调优，曾", 79, 2591, 877, 2614
        ),
        _at("就职于AMD上海研发中心。", 77, 2622, 335, 2651),
        _at("退晓燕中国科学技术大学博士研究生", 79, 2677, 472, 2706),
        _at("研究方向为处理器微架构与系统性能建模，参与多项国产CPU性能评测课题，导师为", 77, 2717, 868, 2747),
        _at("蒋文教授。", 75, 2753, 173, 2781),
    ]
    (forum,) = agenda.parse("bios.jpg", drawn).forums
    (talk,) = forum.slots
    assert (talk.start, talk.speakers) == ("10:55", ("孔祥",)) and talk.speakers_sure == 0.0


def test_a_speakers_card_with_a_biography_over_the_title_the_time_level_with_the_name():
    """Set 43: each card opens with the speaker ("方振华为 内核工程师", the time level with it), a
    biography in smaller type, then the title larger than everything over it, then an abstract.
    Before, the speaker's line and biography opened the title and the talk had no speaker (0 of
    9 read on the poster); now the title's lines are read first, then the speaker's card."""
    drawn = [
        _at("主论坛", 255, 1700, 400, 1750),
        _at("09:15-10:00", 50, 1875, 208, 1899),
        _at("方振华为 内核工程师", 375, 1890, 618, 1926),
        _at("华为2012实验室操作系统内核工程师，RustforLinux社区的活跃", 376, 1940, 994, 1966),
        _at("贡献者，维护两款用Rust 编写的PHY驱动。", 377, 1976, 784, 2003),
        _at("RustforLinux三年：驱动、工具链与社区协作", 255, 2058, 949, 2091),
        _at("简介：回顾Rust进入主线内核三年来的进展：已经合入的驱动、bindgen与", 254, 2113, 993, 2140),
        _at("编译器的版本要求、unsafe边界的审查实践，以及国内团队参与上游开发的经", 254, 2152, 1011, 2175),
        _at("验。", 248, 2183, 291, 2217),
        _at("10:00-10:45", 55, 2318, 209, 2345),
        _at("林涛英特尔 首席工程师", 376, 2336, 639, 2370),
        _at("英特尔开源技术中心虚拟化团队负责人，KVMTDX补丁系列的主要", 377, 2386, 995, 2412),
        _at("作者之一，此前在VMware从事hypervisor开发。", 377, 2420, 840, 2446),
        _at("机密计算虚拟化：TDX与CCA的统一抽象", 255, 2504, 865, 2537),
        _at("简介：IntelTDX与ArmCCA的机密虚拟机在内存加密、页面接受与中断注入", 253, 2558, 998, 2584),
        _at("上差异很大。报告介绍KVM为两者抽象出的公共接口，以及guest_memfd的", 254, 2594, 1012, 2622),
        _at("最新进展。", 253, 2631, 353, 2659),
    ]
    (forum,) = agenda.parse("light.png", drawn).forums
    assert [(s.start, s.title, s.speakers, s.affiliations) for s in forum.slots] == [
        ("09:15", "RustforLinux三年:驱动、工具链与社区协作", ("方振",), ("华为 内核工程师",)),
        ("10:00", "机密计算虚拟化:TDX与CCA的统一抽象", ("林涛",), ("英特尔 首席工程师",)),
    ]


def test_a_security_job_title_is_no_name():
    """ "陈晓燕" over "腾讯" over "安全专家" (set 36): the job's 安全 (security) was read as a second
    speaker, 安 being a surname. A job title that opens with 安全 names nobody; 安然 still does."""
    assert person_name("安全") == ""
    assert person_name("安然") == "安然"


def test_a_product_named_for_its_company_is_no_name():
    """Set 47: name, company and job on three lines, the job line "TencentOs内核工程师"; the
    product, its letters run together, was read as a second speaker "Tencent Os". A Latin name
    whose first word is a known company is the company's (or its product's); "Armando", whose
    start is "Arm", is still a name."""
    assert person_name("TencentOs") == person_name("Tencent OS") == person_name("Intel Labs") == ""
    assert person_name("Armando Silva") == "Armando Silva"
    drawn = [
        _at("13:30-14:10", 44, 2410, 159, 2433),
        _at("EEVDF调度器下的latency-nice与交互式负载", 32, 2456, 514, 2482),
        _at("刘洋", 42, 2496, 94, 2526),
        _at("腾讯", 44, 2525, 87, 2551),
        _at("TencentOs内核工程师", 48, 2552, 214, 2572),
    ]
    (forum,) = agenda.parse("phone.jpg", drawn).forums
    assert [s.speakers for s in forum.slots] == [("刘洋",)]


def test_speakers_side_by_side_each_with_a_slash_before_their_affiliation():
    """Set 46: "魏航/摩尔线程" and "彭丽/中国科学技术大学" side by side under a title; the second
    was read as the first's affiliation, the talk shown as 魏航's alone. Each box of names, a
    slash and an organisation is its own speakers'."""
    drawn = [
        _at("Scaling the Page Allocator to 512 Cores", 274, 1759, 832, 1797),
        _at("10:55-11:40", 52, 1764, 208, 1791),
        _at("周凯、马丽/华为", 273, 1804, 467, 1839),
        _at("蔡俊/苏州大学", 503, 1804, 667, 1840),
        _at("GPU驱动中的HMM与SVM支持", 278, 2775, 707, 2805),
        _at("13:30-14:10", 52, 2778, 208, 2805),
        _at("魏航/摩尔线程", 271, 2817, 436, 2854),
        _at("彭丽/中国科学技术大学", 474, 2821, 723, 2852),
    ]
    (forum,) = agenda.parse("slashed.png", drawn).forums
    assert [(s.speakers, s.affiliations) for s in forum.slots] == [
        (("周凯", "马丽", "蔡俊"), ("华为", "华为", "苏州大学")),
        (("魏航", "彭丽"), ("摩尔线程", "中国科学技术大学")),
    ]


def test_name_company_and_job_on_three_lines():
    """Set 47: each speaker's name, company and job on three short lines. A job line that opens
    with a known organisation ("龙蜥社区内核SIGMaintainer") or reads as a name run into a role
    ("操作系统内核专家") was taken for one more speaker's line whose name could not be cut, and
    the list was withheld. Right under the affiliation, with no room for a name, it is the job."""
    drawn = [
        _at("09:15-09:55", 43, 1149, 158, 1174),
        _at("龙蜥内核6.6LTS：版本演进与长期维护实践", 32, 1196, 485, 1222),
        _at("王志强", 44, 1236, 111, 1264),
        _at("阿里云", 47, 1266, 100, 1289),
        _at("龙蜥社区内核SIGMaintainer", 45, 1290, 260, 1314),
        _at("10:50-11:30", 44, 1662, 158, 1685),
        _at("RustforLinux在驱动开发中的落地：", 32, 1708, 412, 1734),
        _at("从NVMe驱动到GPU驱动的实践", 33, 1742, 375, 1768),
        _at("陈思远", 44, 1782, 112, 1810),
        _at("华为", 45, 1810, 87, 1836),
        _at("操作系统内核专家", 45, 1836, 179, 1859),
        _at("13:30-14:10", 42, 3946, 158, 3972),
        _at("XDP在云网关上的零拷贝转发", 31, 3993, 336, 4019),
        _at("孙涛", 42, 4033, 94, 4064),
        _at("京东云", 46, 4064, 100, 4089),
        _at("网络技术专家", 46, 4087, 147, 4110),  # its box reaching into the company's
    ]
    (forum,) = agenda.parse("three-lines.jpg", drawn).forums
    assert [(s.speakers, s.speakers_sure > 0.8) for s in forum.slots] == [
        (("王志强",), True),
        (("陈思远",), True),
        (("孙涛",), True),
    ]


def test_name_plates_beside_the_biographies_are_the_talks_not_the_next_breaks():
    """Set 48: cards print the biographies at the left and each speaker's name plate at the right,
    far down; the second speaker's plate (周敏) was taken by the next time, lunch, read as a talk
    "午餐" by 周敏, and the talk shown as 张涛's alone (WRONG). A break read with speakers is a
    break, and the talk before it may be missing them: its list is withheld (doubts.named_breaks,
    tested below). Since session 18 the plates, each over its company and job, are read as the
    card's column beside the biographies (reading.py): both are the talk's, whole."""
    drawn = [
        _at("主论坛", 80, 3300, 300, 3350),
        _at("10:50-11:30", 77, 3390, 282, 3420),
        _at("国产CPU平台的内核上游化实践", 86, 3477, 607, 3513),
        _at("飞腾信息技术有限公司系统软件部负责人，带领团队完成多款服", 87, 3558, 699, 3581),
        _at("务器与桌面处理器的Linux内核适配，推动相关驱动进入主线内", 83, 3594, 701, 3620),
        _at("核。", 81, 3630, 118, 3659),
        _at("张涛", 853, 3806, 930, 3851),
        _at("飞腾信息系统软件部部长", 755, 3874, 997, 3900),
        _at("麒麟软件操作系统研发中心内核工程师，负责国产平台的电源管", 83, 3962, 701, 3988),
        _at("理与ACPI支持，2019年硕士毕业于国防科技大学。", 82, 3999, 578, 4026),
        _at("周敏", 854, 4215, 928, 4256),
        _at("麒麟软件内核工程师", 780, 4280, 984, 4306),
        _at("11:30-13:30", 75, 4409, 282, 4442),
        _at("午餐", 79, 4482, 220, 4531),
    ]
    talks = agenda.reconcile([agenda.parse("plates.webp", drawn)])
    assert [(t.slot.kind, t.slot.start, t.slot.speakers) for t in talks] == [
        ("talk", "10:50", ("张涛", "周敏"))
    ]
    assert talks[0].withheld == ()


def test_a_break_read_with_a_name_is_a_break_and_the_talk_before_it_unsure():
    from clkarchive.pictures.agenda.doubts import named_breaks
    from clkarchive.pictures.agenda.geometry import Text
    from clkarchive.pictures.agenda.records import Slot

    time = Text("11:30-13:30", 75, 4409, 282, 4442)
    talk = Slot("talk", "10:50", "11:30", "国产CPU平台的内核上游化实践", ("张涛",))
    lunch = Slot("talk", "11:30", "13:30", "午餐", ("周敏",))
    (_, before, _), (_, after, _) = named_breaks([(time, talk, ()), (time, lunch, ())])
    assert (after.kind, after.speakers) == ("break", ())
    assert before.speakers_sure < 0.8


def test_a_latin_job_title_is_no_name():
    """Set 48: "Principal Engineer" under a foreign speaker's name was shown as the speaker."""
    assert not person_like("Principal Engineer") and not person_like("Senior Staff Engineer")
    assert person_like("Pieter Vries")


def test_a_name_run_into_its_company_and_job_then_a_second_role_is_a_speakers_line():
    """Set 51: "任杰字节跳动STE团队内核工程师，Linux调度子系统长期贡献者" under its title, the comma
    taken for a sentence's: the line was read into the title and the talk named nobody."""
    drawn = [
        _at("体系结构与调度分论坛", 100, 2780, 500, 2830),
        _at("EEVDF调度器下延迟敏感任务的优化", 351, 2875, 808, 2904),
        _at("13:30-14:10", 59, 2876, 222, 2903),
        _at("任杰字节跳动STE团队内核工程师，Linux调度子系统长期贡献者", 349, 2922, 985, 2956),
    ]
    (forum,) = agenda.parse("runs.jpg", drawn).forums
    ((title, speakers),) = [(s.title, s.speakers) for s in forum.slots]
    assert (title, speakers) == ("EEVDF调度器下延迟敏感任务的优化", ("任杰",))


def test_two_speakers_side_by_side_each_over_their_own_affiliation():
    """Set 40: a card prints its two speakers side by side, each name over its company and job
    and a biography, in two columns. Read as lines, the names ran into one ("董明潘婷") and the
    talk had no speaker; each name now takes the affiliation set under it."""
    drawn = [
        _at("IO与eBPF分论坛", 258, 1300, 600, 1345),
        _at("io_uring在存储引擎中的落地：从epoll迁移的经验", 258, 1414, 959, 1447),
        _at("13:30-13:55", 68, 1417, 226, 1444),
        _at("董明", 190, 1499, 261, 1541),
        _at("潘婷", 684, 1502, 750, 1541),
        _at("蚂蚁集团高级技术专家", 195, 1551, 423, 1577),
        _at("蚂蚁集团技术专家", 685, 1551, 870, 1577),
        _at("负责蚂蚁集团数据库存储引擎的I/O栈优化，推", 70, 1627, 508, 1650),
        _at("蚂蚁集团操作系统团队成员，专注于io_uring与", 558, 1625, 1010, 1653),
    ]
    (forum,) = agenda.parse("paired.jpg", drawn).forums
    (talk,) = forum.slots
    assert (talk.speakers, talk.affiliations) == (
        ("董明", "潘婷"),
        ("蚂蚁集团高级技术专家", "蚂蚁集团技术专家"),
    )


def test_a_speaker_flush_right_at_the_end_of_the_titles_row():
    """Set 44's table of contents: each talk's title at the left, its speaker flush right under
    the title's row ("毛杰…" under its title), except where two speakers give the talk: the first
    ("谭敏阿里云存储专家") stands at the end of the title's row, the second under it. Before, the
    first speaker was read into the title's line and the talk shown as the second speaker's alone
    (WRONG); a speaker run into a known organisation, far right of the title, is the line after it."""
    drawn = [
        _at("存储与I/O分论坛", 101, 1900, 400, 1945),
        _at("主持人：贺军湖南大学副教授(13:30-15:00)", 101, 1962, 564, 1995),
        _at("钟丽 华为 存储专家 (15:15-16:35)", 197, 2000, 543, 2038),
        _at("blk-mq多队列调度在ZNS SSD上的适配", 247, 2080, 760, 2112),
        _at("13:30-14:15", 48, 2084, 187, 2108),
        _at("毛杰三星中国研究院高级工程师", 723, 2121, 1036, 2151),
        _at("FUSE passthrough与AI训练数据加载", 247, 2199, 742, 2232),
        _at("14:15-15:00", 48, 2202, 188, 2226),
        _at("孟凡字节跳动存储内核工程师", 744, 2238, 1036, 2269),
        _at("茶歇", 316, 2321, 397, 2357),
        _at("15:00-15:15", 61, 2326, 202, 2353),
        _at("谭敏阿里云存储专家", 823, 2391, 1036, 2423),
        _at("15:15-15:55", 48, 2394, 188, 2421),
        _at("SMR硬盘上zonefs的部署经验", 248, 2394, 641, 2423),
        _at("程浩湖南大学博士研究生", 782, 2432, 1035, 2462),
        _at("龚伟 OPPO 内核工程师", 807, 2509, 1037, 2542),
        _at("dm-crypt内联加密的硬件加速", 247, 2512, 635, 2542),
        _at("15:55-16:35", 47, 2513, 189, 2540),
    ]
    (forum,) = agenda.parse("toc.png", drawn).forums
    smr = next(s for s in forum.slots if s.start == "15:15")
    assert (smr.title, smr.speakers) == ("SMR硬盘上zonefs的部署经验", ("谭敏", "程浩"))


def test_a_speaker_over_the_company_flush_right_beside_a_two_line_title():
    """Set 44: each row's speaker at its right end, the name over 'company job', both level with
    the title's two lines. Read as lines, the name ended the title's first line and the company
    its second: no speaker read (4 of 11). The boxes set far right of the title's rows, at one
    right edge, are the speaker's lines after the title's."""
    drawn = [
        _at("主论坛", 248, 1180, 400, 1225),
        _at("周海", 979, 1285, 1037, 1319),
        _at("Linux内核社区的十年：", 248, 1290, 540, 1320),
        _at("09:10-09:50", 48, 1293, 188, 1317),
        _at("阿里云龙蜥社区技术委员会主席", 760, 1325, 1034, 1348),
        _at("从补丁作者到Maintainer", 248, 1330, 575, 1362),
        _at("Daniel Whitfield", 835, 1413, 1033, 1439),
        _at("Memory Tiering in Practice:", 247, 1414, 625, 1445),
        _at("09:50-10:30", 46, 1415, 189, 1442),
        _at("Meta Software Engineer", 819, 1447, 1034, 1473),
        _at("CXL on Production Hosts", 247, 1455, 588, 1487),
        _at("茶歇", 332, 1542, 397, 1579),
        _at("10:30-10:45", 59, 1548, 201, 1575),
    ]
    (forum,) = agenda.parse("rows.png", drawn).forums
    assert [(s.start, s.title, s.speakers, s.affiliations) for s in forum.slots][:2] == [
        ("09:10", "Linux内核社区的十年:从补丁作者到Maintainer", ("周海",), ("阿里云龙蜥社区技术委员会主席",)),
        (
            "09:50",
            "Memory Tiering in Practice:CXL on Production Hosts",
            ("Daniel Whitfield",),
            ("Meta Software Engineer",),
        ),
    ]
