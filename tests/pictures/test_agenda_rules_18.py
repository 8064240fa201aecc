"""Session 18's readings, from the boxes OCR gave on blind sets 75-80, each read after its
measurement."""

from __future__ import annotations

import pytest
from hand_boxes import at as _at

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox

# Set 80's table: a header row ("时间 | 议题/嘉宾"), then each row's time centred on its cell, the
# title over the speaker's line; a title wrapped in its cell, the time level with its second line.
_HEADED_TABLE = [
    _at("主论坛", 482, 1021, 601, 1067),
    _at("主持人：缪海军", 226, 1109, 413, 1142),
    _at("绍兴文理学院计算机科学与工程学院副院长", 427, 1111, 855, 1140),
    _at("时间", 144, 1176, 201, 1209),
    _at("议题/嘉宾", 313, 1178, 433, 1208),
    _at("开幕致辞", 312, 1249, 438, 1288),
    _at("09:00-09:10", 90, 1275, 254, 1306),
    _at("沈立平绍兴文理学院 副校长", 311, 1303, 617, 1336),
    _at("openEuler内核的演进：", 314, 1390, 635, 1427),
    _at("09:10-09:50", 90, 1438, 254, 1468),
    _at("从5.10到6.6的长期维护实践", 316, 1438, 720, 1467),
    _at("韩志强华为 openEuler 内核 Maintainer", 311, 1487, 735, 1520),
    _at("Upstream First: Ten Years of", 315, 1576, 728, 1609),
    _at("Maintaining Enterprise Kernels at Scale", 314, 1622, 892, 1652),
    _at("09:50-10:30", 91, 1623, 253, 1650),
    _at("Marco Rinaldi  SUSE Kernel Engineer", 313, 1672, 734, 1704),
]


def _talks(boxes: list) -> dict[str | None, tuple[str, tuple[str, ...]]]:
    (forum,) = agenda.parse("shaoxing.png", boxes, 2801).forums
    return {s.start: (s.title, s.speakers) for s in forum.slots if s.speakers_sure >= 0.8}


def test_a_tables_header_row_names_nobody_and_opens_no_talk():
    talks = _talks(_HEADED_TABLE)
    assert all("时间" not in speakers for _, speakers in talks.values())
    assert talks["09:10"] == ("openEuler内核的演进:从5.10到6.6的长期维护实践", ("韩志强",))
    assert talks["09:50"] == (
        "Upstream First: Ten Years of Maintaining Enterprise Kernels at Scale",
        ("Marco Rinaldi",),
    )


def test_a_title_wrapped_over_its_time_is_one_title_whatever_its_boxes_heights():
    # "openEuler内核的演进：" stands a quarter taller than the digits of its second line
    talks = _talks([b for b in _HEADED_TABLE if b.text not in ("时间", "议题/嘉宾")])
    assert talks["09:10"] == ("openEuler内核的演进:从5.10到6.6的长期维护实践", ("韩志强",))


# Sets 77 and 74: a card prints its biography as a paragraph on one side, and on the other, under
# the photo, the name plate and the company and job under it; the plate stands level with one of
# the paragraph's lines.
_PLATE_RIGHT_OF_BIOGRAPHY = [
    _at("09:20-09:50", 122, 2785, 417, 2832),
    _at("openEuler内核的下一个十年：", 135, 2901, 658, 2950),
    _at("面向智能计算的统一基座", 138, 2963, 555, 3002),
    _at("华为操作系统内核实验室技术总监，", 470, 3054, 836, 3085),
    _at("openEuler技术委员会委员，负责内核的技", 468, 3107, 928, 3139),
    _at("术路线与版本规划，带领团队向上游贡献补", 471, 3164, 925, 3190),
    _at("丁三千余个。加入华为前在中兴通讯从事电", 472, 3217, 927, 3246),
    _at("信级Linux开发八年，硕士毕业于南京航空", 471, 3271, 926, 3297),
    _at("龚海峰", 208, 3299, 334, 3345),
    _at("航天大学。", 468, 3323, 577, 3355),
    _at("华为openEuler内核技术总监", 113, 3368, 436, 3400),
]
_PLATE_LEFT_OF_BIOGRAPHY = [
    _at("14:00-14:30", 168, 1626, 415, 1663),
    _at("folio转换之后：页缓存路径的性能回归分析", 129, 1747, 874, 1785),
    _at("字节跳动STE团队内核工程师，专", 136, 1855, 530, 1884),
    _at("注于页缓存、folio与文件映射路径", 137, 1918, 535, 1947),
    _at("的性能分析，近两年在上游提交并", 136, 1979, 526, 2009),
    _at("合入了二十余个内存管理补丁，定", 138, 2042, 526, 2071),
    _at("位过多起内核升级后的性能回归。", 138, 2103, 509, 2132),
    _at("此前在网易杭州研究院从事数据库", 139, 2167, 525, 2193),
    _at("汪志鹏", 710, 2167, 827, 2209),
    _at("存储引擎开发。2017年硕士毕业于", 138, 2229, 537, 2256),
    _at("字节跳动内核工程师", 665, 2236, 873, 2263),
    _at("浙江大学计算机科学与技术学院。", 136, 2288, 510, 2320),
]


@pytest.mark.parametrize(
    ("boxes", "speaker", "affiliation"),
    [
        (_PLATE_RIGHT_OF_BIOGRAPHY, "龚海峰", "华为openEuler内核技术总监"),
        (_PLATE_LEFT_OF_BIOGRAPHY, "汪志鹏", "字节跳动内核工程师"),
    ],
)
def test_a_name_plate_beside_the_biography_is_read_with_the_affiliation_under_it(boxes, speaker, affiliation):
    (forum,) = agenda.parse("nantong.webp", boxes, 2771).forums
    (talk,) = forum.slots
    assert (talk.speakers, talk.affiliations) == ((speaker,), (affiliation,))
    assert talk.speakers_sure >= 0.8


# Set 77: the biography over the plate opens with the company and job, as the line under the
# plate does ("腾讯云虚拟化与内核团队工程师，负责CXL"), but it is a sentence: no second speaker's
# affiliation whose name OCR missed.
_BIOGRAPHY_OVER_PLATE = [
    _at("13:30-14:00", 133, 1810, 397, 1857),
    _at("CXL内存池化在云主机中的落地实践", 136, 1929, 746, 1969),
    _at("腾讯云虚拟化与内核团队工程师，负责CXL", 135, 2022, 591, 2048),
    _at("内存扩展与池化方案在云主机上的落地，参", 135, 2075, 593, 2103),
    _at("与了内存热插拔与分层回收的优化。此前在", 137, 2130, 595, 2159),
    _at("浪潮信息从事服务器内存RAS开发，毕业于", 135, 2183, 600, 2211),
    _at("华中科技大学。", 134, 2235, 292, 2268),
    _at("韦振东", 236, 2328, 358, 2375),
    _at("腾讯云内核研发工程师", 135, 2399, 386, 2431),
]


def test_a_biography_that_opens_with_the_company_is_no_lost_speakers_affiliation():
    (forum,) = agenda.parse("nantong.webp", _BIOGRAPHY_OVER_PLATE, 2771).forums
    (talk,) = forum.slots
    assert (talk.speakers, talk.affiliations) == (("韦振东",), ("腾讯云内核研发工程师",))
    assert talk.speakers_sure >= 0.8


def test_a_sentence_ocr_ran_together_is_no_latin_name():
    from clkarchive.pictures.agenda.words import person

    assert person("BeforeMicrosofthebuilttracingtoolsat") == ""  # set 77's English biography
    assert person("Priya Balasubramanian") == "Priya Balasubramanian"


def test_a_latin_name_run_into_a_known_company_is_no_name_of_three_words():
    from clkarchive.pictures.agenda.words import person

    assert person("Pablo Serrano Google") == ""  # set 92: his company beside him, in one box
    assert person("Pablo Serrano") == "Pablo Serrano"


# Set 78: two speakers side by side on one line, each name run into its own company and job.
_TWO_RUN_IN_SIDE_BY_SIDE = [
    _at("云原生数据库的内核加速：", 390, 2842, 773, 2872),
    _at("11:00-11:40", 103, 2844, 300, 2877),
    _at("从io_uring到cXL内存池", 388, 2884, 791, 2923),
    _at("程雅阿里云数据库专家", 385, 2929, 696, 2966),
    _at("米立峰平头哥驱动工程师", 741, 2930, 1054, 2967),
    _at("午餐", 378, 3010, 457, 3051),
    _at("11:40-13:30", 104, 3018, 304, 3048),
]


def test_two_names_each_run_into_its_company_side_by_side_are_two_speakers():
    (forum,) = agenda.parse("shaoxing.jpg", _TWO_RUN_IN_SIDE_BY_SIDE, 2782).forums
    talk = forum.slots[0]
    assert talk.speakers == ("程雅", "米立峰")
    assert talk.affiliations == ("阿里云数据库专家", "平头哥驱动工程师")


# Set 81: a forum's table, 时间 | 议题 | 演讲嘉宾 (each name over its company in smaller type); the
# forum's number "01" and the label 时间 over the time column, and a tea band across the table with
# its time centred in it.
_TABLE_WITH_A_BANDED_BREAK = [
    _at("主持人：郝志明", 1011, 2615, 1196, 2648),
    _at("01", 66, 2630, 118, 2671),
    _at("内存管理与优化分论坛", 170, 2630, 604, 2669),
    _at("vivo内存技术专家", 1030, 2656, 1196, 2682),
    _at("时间", 118, 2734, 178, 2768),
    _at("议题", 502, 2734, 562, 2768),
    _at("演讲嘉宾", 951, 2734, 1058, 2768),
    _at("内存cgroupv2在手机前后台切换中的保活", 266, 2806, 789, 2840),
    _at("钟思琪", 829, 2810, 915, 2846),
    _at("13:30-14:10", 75, 2827, 222, 2855),
    _at("策略", 262, 2843, 324, 2880),
    _at("荣耀内核工程师", 831, 2849, 986, 2876),
    _at("PageCache LimitsforMulti-Tenant", 267, 2932, 728, 2963),
    _at("岳子涵", 830, 2934, 914, 2970),
    _at("14:10-14:50", 76, 2953, 220, 2978),
    _at("Containers:Design and Trade-offs", 266, 2972, 715, 3002),
    _at("华为云高级工程师", 830, 2973, 1007, 2999),
    _at("14:50-15:10茶歇", 525, 3043, 763, 3079),
    _at("任佳琪", 830, 3117, 915, 3152),
    _at("KSM在虚拟机高密部署中的去重收益评估", 265, 3133, 760, 3162),
    _at("15:10-15:50", 75, 3135, 222, 3162),
    _at("天翼云内核开发工程师", 830, 3156, 1049, 3182),
    _at("桂鹏飞", 830, 3229, 915, 3261),
    _at("vmalloc路径的可扩展性优化", 265, 3244, 621, 3273),
    _at("15:50-16:30", 76, 3245, 222, 3272),
    _at("阿里云内核技术专家", 830, 3266, 1028, 3292),
]


def test_a_tables_time_column_and_a_break_banded_across_it_are_the_tables():
    (forum,) = agenda.parse("jiaxing.jpg", _TABLE_WITH_A_BANDED_BREAK, 2812).forums
    assert [(s.kind, s.start, s.speakers) for s in forum.slots] == [
        ("talk", "13:30", ("钟思琪",)),
        ("talk", "14:10", ("岳子涵",)),
        ("break", "14:50", ()),
        ("talk", "15:10", ("任佳琪",)),
        ("talk", "15:50", ("桂鹏飞",)),
    ]
    assert forum.slots[0].title == "内存cgroupv2在手机前后台切换中的保活策略"
    assert forum.slots[0].affiliations == ("荣耀内核工程师",)


# Set 84: a WeChat article's fields, the second speaker on the line under the first's label.
_SECOND_SPEAKER_UNDER_THE_LABEL = [
    _at("14:50-15:30", 59, 2284, 257, 2317),
    _at("【演讲主题】", 68, 2338, 255, 2379),
    _at("基于io_uring的用户态块设备性能优化", 277, 2339, 962, 2379),
    _at("【演讲嘉宾】胡立小米存储工程师", 66, 2395, 644, 2434),
    _at("钟雨晴", 266, 2449, 382, 2491),
    _at("中国科学技术大学博士研究生", 412, 2452, 900, 2488),
]


def test_a_second_speaker_under_a_speakers_label_is_an_entry_of_its_own():
    (forum,) = agenda.parse("Screenshot.jpg", _SECOND_SPEAKER_UNDER_THE_LABEL, 2841).forums
    (talk,) = forum.slots
    assert talk.speakers == ("胡立", "钟雨晴")
    assert talk.affiliations == ("小米存储工程师", "中国科学技术大学博士研究生")


def test_a_teams_talk_gives_the_name_printed_for_it_and_the_organisation_after_等():
    from clkarchive.pictures.agenda.words import split_name

    # set 85: "鲍永刚等小米系统软件部性能团队", "施雨辰等vivo 内存优化团队"
    assert split_name("鲍永刚等小米系统软件部性能团队") == ("鲍永刚", "小米系统软件部性能团队")
    assert split_name("施雨辰等vivo 内存优化团队") == ("施雨辰", "vivo 内存优化团队")


# Set 85: names listed (、 or ／), the last run into the organisation they share.
_LISTED_THEN_RUN_IN = [
    _at("DAMON驱动的主动内存回收在数据库场景下的评估", 286, 3104, 973, 3134),
    _at("14:40-15:15", 53, 3105, 210, 3132),
    _at("韩雪、孔令杰、田野华为云数据库内核团队", 284, 3147, 751, 3179),
    _at("茶歇", 282, 3232, 348, 3269),
    _at("15:15-15:30", 53, 3238, 211, 3265),
]


def test_names_listed_then_run_into_their_one_organisation_are_each_its():
    (forum,) = agenda.parse("guilin.png", _LISTED_THEN_RUN_IN, 2852).forums
    talk = forum.slots[0]
    assert talk.speakers == ("韩雪", "孔令杰", "田野")
    assert talk.affiliations == ("华为云数据库内核团队",) * 3
    assert talk.speakers_sure >= 0.8


# Set 75: a forum's programme whose panel labels its people in the title's column ("主持：汪立华",
# "嘉宾：岳红梅"), the other guests indented under the label into the names' column.
_PANEL_LABELLED_IN_THE_TITLES_COLUMN = [
    _at("主持人：裴建新", 940, 5835, 1139, 5869),
    _at("AI基础设施与eBPF应用分论坛", 190, 5842, 844, 5892),
    _at("05", 100, 5845, 156, 5879),
    _at("中国移动云能力中心技术专家", 940, 5876, 1164, 5899),
    _at("NPU任务调度与内核DRMaccel子系统", 438, 6008, 1024, 6041),
    _at("13:30-14:10", 114, 6009, 300, 6039),
    _at("卞思敏", 437, 6059, 538, 6095),
    _at("华为昇腾驱动工程师", 533, 6065, 745, 6093),
    _at("用BPFLSM实现容器运行时的最小权限", 439, 6155, 1019, 6188),
    _at("14:10-14:50", 114, 6156, 301, 6186),
    _at("葛天宇", 436, 6206, 537, 6241),
    _at("字节跳动安全内核工程师", 551, 6214, 787, 6241),
    _at("茶歇", 429, 6289, 563, 6344),
    _at("14:50-15:10", 115, 6304, 300, 6335),
    _at("Checkpoint/Restore of", 439, 6409, 804, 6446),
    _at("15:10-15:50", 115, 6410, 300, 6440),
    _at("GPUWorkloadswithCRIU", 439, 6460, 854, 6490),
    _at("柯雨", 433, 6506, 539, 6547),
    _at("壁仞科技系统软件工程师", 540, 6516, 788, 6546),
    _at("15:50-16:40", 114, 6606, 300, 6636),
    _at("圆桌对话：AI时代的内核工程师需要哪些新能力？", 439, 6606, 1152, 6639),
    _at("主持：汪立华", 437, 6657, 635, 6691),
    _at("中国开源软件推进联盟副秘书长", 650, 6663, 948, 6692),
    _at("嘉宾：岳红梅", 432, 6700, 637, 6743),
    _at("网易数帆内核负责人", 650, 6714, 844, 6740),
    _at("申俊杰", 534, 6752, 634, 6790),
    _at("OPPO底层软件总监", 651, 6759, 843, 6790),
    _at("苗文广", 534, 6802, 635, 6840),
    _at("北京大学助理教授", 648, 6807, 824, 6839),
]


def test_a_panel_whose_people_are_labelled_in_the_titles_column_is_not_read_as_two_guests():
    (forum,) = agenda.parse("xiangyang.jpg", _PANEL_LABELLED_IN_THE_TITLES_COLUMN, 2752).forums
    (panel,) = [s for s in forum.slots if "圆桌" in s.title]
    assert panel.speakers_sure < 0.8  # withheld: the names' column holds two of its four people


# Set 81: a table 时间 | 议题 | 嘉宾 | 单位 whose narrow names' column wraps a Latin name over two
# lines ("Tobias" over "Lindgren"); with the two read apart, too few of its cells were names for
# the column to be the speakers', and the table was read line by line, its times unplaced.
_LATIN_NAME_WRAPPED_IN_ITS_CELL = [
    _at("主论坛", 43, 1244, 180, 1294),
    _at("主持人：郦建平", 42, 1355, 215, 1387),
    _at("潍坊学院计算机工程学院院长", 233, 1360, 498, 1383),
    _at("时间", 95, 1421, 152, 1454),
    _at("议题", 382, 1421, 438, 1455),
    _at("嘉宾", 663, 1421, 719, 1456),
    _at("单位", 878, 1421, 933, 1454),
    _at("开幕致辞", 219, 1486, 322, 1517),
    _at("09:00-09:10", 59, 1487, 191, 1514),
    _at("王立新", 621, 1488, 694, 1517),
    _at("潍坊学院", 781, 1489, 865, 1517),
    _at("openEuler内核十年：多架构统一", 220, 1561, 589, 1593),
    _at("卞海涛", 621, 1577, 696, 1612),
    _at("华为", 779, 1578, 827, 1611),
    _at("09:10-09:50", 60, 1582, 190, 1606),
    _at("内核的工程实践", 222, 1598, 391, 1625),
    _at("TowardaSustainable", 220, 1672, 475, 1701),
    _at("Tobias", 621, 1692, 699, 1720),
    _at("MaintainerModelfortheLinux", 220, 1707, 587, 1736),
    _at("09:50-10:30", 59, 1709, 190, 1733),
    _at("SUSE", 781, 1711, 835, 1736),
    _at("Lindgren", 619, 1721, 726, 1755),
    _at("Kernel", 219, 1742, 304, 1770),
    _at("茶歇", 571, 1803, 678, 1846),
    _at("10:30-10:45", 61, 1813, 190, 1837),
    _at("卓文杰", 622, 1877, 695, 1909),
    _at("浪潮信息", 781, 1880, 863, 1907),
    _at("面向CXL内存池的内核支持：从原", 222, 1893, 591, 1922),
    _at("10:45-11:25", 59, 1913, 189, 1937),
    _at("中国科学院计算技术研究所", 784, 1919, 1013, 1942),
    _at("型到量产", 220, 1928, 320, 1956),
    _at("宓思远", 621, 1930, 694, 1959),
    _at("处理器芯片全国重点实验室", 783, 1948, 1014, 1971),
    _at("主持", 621, 2016, 664, 2043),
    _at("笃立群", 622, 2050, 694, 2079),
    _at("潍坊学院", 782, 2053, 864, 2077),
    _at("嘉宾", 621, 2086, 664, 2113),
    _at("圆桌论坛：国产基础软件的内核人", 222, 2104, 584, 2134),
    _at("何建伟", 622, 2121, 694, 2149),
    _at("字节跳动", 782, 2122, 865, 2149),
    _at("11:25-12:10", 60, 2125, 190, 2149),
    _at("才从哪里来", 219, 2140, 344, 2170),
    _at("腾讯云", 780, 2155, 844, 2187),
    _at("赵佳宁", 622, 2157, 693, 2186),
    _at("吕国栋", 623, 2194, 693, 2223),
    _at("统信软件", 781, 2194, 864, 2222),
    _at("叶文静", 621, 2231, 694, 2261),
    _at("OPPO", 781, 2233, 840, 2259),
    _at("午餐", 617, 2294, 675, 2328),
    _at("12:10-13:30", 57, 2296, 191, 2325),
]


def test_a_latin_name_wrapped_in_a_narrow_names_column_keeps_the_column_a_tables():
    (forum,) = agenda.parse("weifang.jpg", _LATIN_NAME_WRAPPED_IN_ITS_CELL, 2811).forums
    talks = {s.start: s for s in forum.slots if s.kind == "talk" and s.time_sure >= 0.8}
    assert talks["09:10"].speakers == ("卞海涛",)
    assert talks["09:50"].speakers == ("Tobias Lindgren",)
    assert talks["09:50"].affiliations == ("SUSE",)


# Set 88: a table 时间 | 议题 | 嘉宾 whose speakers' cells print "name company job" on one line, in
# one box ("贾文涛SK 海力士…") or two ("任晓东" "传音控股内核工程师", 传音控股 known to no list),
# and name over company where that is too long; no affiliations' column holds the one-line rows'.
_NAME_AND_COMPANY_IN_THE_SPEAKERS_CELL = [
    _at("主持人：许雅琴", 967, 3554, 1164, 3587),
    _at("内存管理与异构计算分论坛", 132, 3556, 640, 3599),
    _at("02", 50, 3560, 121, 3607),
    _at("华为内存子系统技术专家", 965, 3594, 1198, 3623),
    _at("时间", 120, 3650, 172, 3681),
    _at("议题", 484, 3650, 536, 3681),
    _at("嘉宾", 959, 3650, 1011, 3681),
    _at("Memory Tiering on CXL-Attached", 267, 3719, 749, 3752),
    _at("贾文涛SK 海力士解决方案工程师", 788, 3737, 1138, 3773),
    _at("13:30-14:10", 64, 3743, 226, 3770),
    _at("DRAM: Early Results", 266, 3764, 562, 3798),
    _at("zram多级压缩在低内存设备上的取", 265, 3862, 736, 3892),
    _at("任晓东", 789, 3880, 879, 3915),
    _at("14:10-14:50", 64, 3885, 226, 3912),
    _at("传音控股内核工程师", 870, 3885, 1085, 3912),
    _at("舍", 264, 3903, 299, 3940),
    _at("NPU驱动中的IOMMUSVA共享虚", 264, 4000, 733, 4035),
    _at("彭越", 786, 4020, 884, 4059),
    _at("寒武纪驱动架构师", 868, 4026, 1064, 4054),
    _at("14:50-15:30", 64, 4027, 226, 4055),
    _at("拟地址实践", 265, 4046, 419, 4081),
]


def test_a_name_in_a_box_of_its_own_before_its_company_in_a_speakers_cell_is_read():
    (forum,) = agenda.parse("huzhou.png", _NAME_AND_COMPANY_IN_THE_SPEAKERS_CELL, 2882).forums
    talks = {s.start: s for s in forum.slots if s.speakers_sure >= 0.8}
    assert talks["14:10"].speakers == ("任晓东",)
    assert talks["14:10"].affiliations == ("传音控股内核工程师",)
    assert talks["14:50"].speakers == ("彭越",)


# Set 88 again, the main forum: "马俊 华为 内核实验室专家" in one box, in a table where another
# row's company stands in a column of its own right of its speaker's name.
_NAME_RUN_IN_BESIDE_AN_AFFILIATIONS_COLUMN = [
    _at("主论坛", 67, 1284, 204, 1336),
    _at("主持人：陈海燕", 910, 1284, 1112, 1321),
    _at("湖州师范学院信息工程学院院长", 910, 1328, 1198, 1355),
    _at("时间", 120, 1383, 173, 1414),
    _at("议题", 484, 1383, 536, 1414),
    _at("嘉宾", 959, 1383, 1011, 1415),
    _at("吴振东", 788, 1449, 879, 1484),
    _at("开幕致辞", 265, 1450, 390, 1486),
    _at("09:00-09:10", 64, 1453, 227, 1483),
    _at("湖州师范学院副校长", 883, 1454, 1084, 1481),
    _at("Rust进入内核主线之后：驱动开发", 267, 1550, 729, 1580),
    _at("马俊 华为 内核实验室专家", 788, 1567, 1092, 1603),
    _at("09:10-09:45", 64, 1573, 225, 1600),
    _at("的新范式", 264, 1591, 389, 1627),
    _at("Kernel Hardening in the Real", 267, 1691, 691, 1724),
    _at("Mikkel Thorsen", 789, 1696, 1002, 1729),
    _at("09:45-10:20", 63, 1714, 227, 1744),
    _at("Canonical Kernel Engineer", 788, 1733, 1051, 1760),
    _at("World: A Decade in Review", 266, 1735, 655, 1766),
    _at("茶歇", 264, 1817, 331, 1855),
    _at("10:20-10:40", 64, 1823, 226, 1850),
    _at("国产服务器平台上的内核RAS能力建", 269, 1908, 757, 1938),
    _at("糜晓峰海光信息 系统软件部 总监", 789, 1927, 1132, 1960),
    _at("10:40-11:15", 64, 1931, 225, 1958),
    _at("设与故障隔离", 266, 1951, 448, 1985),
    _at("主持人：", 788, 2043, 873, 2075),
    _at("汪立群", 789, 2082, 878, 2114),
    _at("阿里云操作系统技术专家", 881, 2085, 1127, 2114),
    _at("嘉宾:", 788, 2123, 873, 2155),
    _at("11:15-12:00", 63, 2151, 227, 2181),
    _at("圆桌论坛：开源内核人才的成长路径", 267, 2151, 746, 2181),
    _at("赵雪", 788, 2165, 878, 2197),
    _at("腾讯TencentOS内核负责人", 872, 2170, 1151, 2196),
    _at("侯建波", 791, 2209, 879, 2240),
    _at("中国科学院软件研究所研究员", 868, 2212, 1166, 2238),
    _at("范‧丽小米 系统软件 总监", 788, 2249, 1069, 2285),
    _at("午餐", 263, 2332, 331, 2374),
    _at("12:00-13:30", 65, 2339, 227, 2366),
]


def test_a_name_run_into_its_company_in_a_row_whose_affiliations_cell_is_empty_is_cut():
    (forum,) = agenda.parse("huzhou.png", _NAME_RUN_IN_BESIDE_AN_AFFILIATIONS_COLUMN, 2882).forums
    talks = {s.start: s for s in forum.slots if s.speakers_sure >= 0.8}
    assert talks["09:10"].speakers == ("马俊",)
    assert talks["09:10"].affiliations == ("华为 内核实验室专家",)


# Set 96: a card of two speakers, each a biography then a name plate; OCR read the second plate's
# surname 卞 as 卡 (no surname) at 0.72, so the card seemed to name 尤嘉伟 alone.
_SECOND_PLATE_SURNAME_MISREAD = [
    _at("15:50- 16:15", 130, 5039, 387, 5089),
    _at("训练checkpoint写入：", 136, 5160, 553, 5203),
    _at("page cache与O_DIRECT 的取舍", 134, 5215, 740, 5269),
    _at("商汤科技大装置事业群存储系统工程师，负", 136, 5315, 592, 5341),
    _at("责训练集群的checkpoint存储方案，分析并", 137, 5364, 608, 5393),
    _at("优化了大文件写入在pagecache与直接1O", 136, 5412, 593, 5443),
    _at("两种路径下的吞吐与内存占用。此前在七牛", 136, 5462, 591, 5493),
    _at("云从事对象存储开发。毕业于南京航空航天", 136, 5513, 594, 5541),
    _at("大学。", 133, 5561, 196, 5594),
    _at("尤嘉伟", 238, 5649, 365, 5698),
    _at("中南大学计算机学院硕士研究生，研究方向", 136, 5778, 594, 5807),
    _at("为面向机器学习负载的存储系统，在商汤科", 136, 5827, 593, 5857),
    _at("技实习期间参与了checkpoint写入路径的测", 135, 5878, 608, 5907),
    _at("量与调优。", 133, 5926, 242, 5957),
    OcrBox("卡思涵", 240, 6015, 363, 6061, 0.91, (0.72, 1.0, 1.0)),
    _at("16:15-16:40", 131, 6345, 389, 6395),
]


def test_a_plate_whose_surname_ocr_read_unsurely_as_none_withholds_the_list():
    (forum,) = agenda.parse("hengyang.webp", _SECOND_PLATE_SURNAME_MISREAD, 2961).forums
    talk = forum.slots[0]
    assert talk.speakers_sure < 0.8  # never shown as 尤嘉伟's alone


# Set 103: two speakers side by side, the first run into its company, the second's name and
# company in boxes of their own; and a second speaker whose surname OCR misread (甯 as 帘) run
# into a known company beside the first's line.
_SIDE_BY_SIDE_NAME_BOX_AND_COMPANY = [
    _at("bpftrace脚本在生产环境中的安全约束", 339, 5899, 861, 5933),
    _at("14:10-14:50", 89, 5904, 263, 5934),
    _at("伍思成携程系统工程师", 337, 5934, 596, 5970),
    _at("白若岚", 648, 5935, 748, 5969),
    _at("蚂蚁集团 安全工程师", 734, 5940, 941, 5966),
]
_SIDE_BY_SIDE_SECOND_NAME_MISREAD = [
    _at("手机内核的长期稳定性：从GKI到厂商模块治理", 393, 2884, 1112, 2917),
    _at("10:50-11:25", 103, 2888, 300, 2921),
    _at("罗嘉树荣耀内核专家", 390, 2925, 661, 2963),
    _at("帘涛荣耀系统软件工程师", 724, 2927, 1061, 2961),
]


def test_a_name_box_then_its_company_beside_a_run_in_speaker_is_a_second_speaker():
    (forum,) = agenda.parse("changde.png", _SIDE_BY_SIDE_NAME_BOX_AND_COMPANY, 3032).forums
    talk = forum.slots[0]
    assert talk.speakers == ("伍思成", "白若岚")
    assert talk.affiliations == ("携程系统工程师", "蚂蚁集团 安全工程师")


def test_a_box_beside_a_speaker_that_runs_an_unread_name_into_a_company_withholds_the_list():
    (forum,) = agenda.parse("dali.jpg", _SIDE_BY_SIDE_SECOND_NAME_MISREAD, 3031).forums
    assert forum.slots[0].speakers_sure < 0.8  # never shown as 罗嘉树's alone


# Set 102: a table's speakers cell of two lines, the second "占立新 蚂蚁集团 内核工程师" (占 a
# surname no list holds): one more speaker the reader cannot take, not the first's affiliation.
_SECOND_NAME_OF_NO_KNOWN_SURNAME_IN_A_CELL = [
    _at("开场", 237, 1705, 296, 1739),
    _at("09:00-09:05", 57, 1708, 206, 1737),
    _at("嘉宾致辞", 239, 1774, 347, 1805),
    _at("孙立德 辽宁科技大学 副校长", 656, 1775, 910, 1802),
    _at("09:05 - 09:20", 58, 1776, 205, 1803),
    _at("从5.10到6.6：大规模服务器内", 240, 1850, 610, 1880),
    _at("傅强百度智能云操作系统负责人", 657, 1850, 963, 1878),
    _at("09:20-09:50", 60, 1852, 204, 1877),
    _at("核升级的经验与教训", 241, 1889, 474, 1916),
    _at("Rust in the Kernel: Drivers,", 239, 1959, 582, 1994),
    _at("Stefan Hofmann Collabora Senior", 656, 1961, 999, 1990),
    _at("09:50 -10:20", 59, 1963, 206, 1990),
    _at("Software Engineer", 852, 1990, 1013, 2016),
    _at("Bindings and what Comes", 239, 1999, 575, 2032),
    _at("Next", 236, 2039, 304, 2068),
    _at("茶歇", 287, 2103, 348, 2137),
    _at("10:20 -10:35", 59, 2108, 205, 2136),
    _at("机密容器的内核支撑：从TDX到", 240, 2174, 614, 2203),
    _at("谷雨涵", 657, 2174, 733, 2202),
    _at("蚂蚁集团安全技术专家", 719, 2174, 927, 2200),
    _at("10:35 - 11:05", 60, 2177, 204, 2201),
    _at("CCA", 238, 2212, 294, 2241),
    _at("占立新 蚂蚁集团 内核工程师", 658, 2215, 911, 2246),
    _at("国产CPU生态下的内核补丁回合", 241, 2290, 615, 2320),
    _at("11:05 -11:35", 59, 2293, 205, 2320),
    _at("饶俊海光信息软件研发部总监", 657, 2293, 946, 2320),
    _at("与维护", 238, 2325, 322, 2360),
    _at("万卡训练集群中的内核网络栈调", 240, 2404, 605, 2433),
    _at("11:35 -12:05", 59, 2405, 205, 2432),
    _at("袁一帆 商汤科技 系统架构师", 658, 2405, 910, 2432),
    _at("优", 237, 2440, 269, 2473),
    _at("午餐", 288, 2506, 349, 2543),
    _at("12:05 - 13:30", 60, 2514, 204, 2538),
]


def test_a_cells_second_line_that_runs_an_unread_name_into_a_company_withholds_the_list():
    (forum,) = agenda.parse("anshan.png", _SECOND_NAME_OF_NO_KNOWN_SURNAME_IN_A_CELL, 3022).forums
    (talk,) = [s for s in forum.slots if s.start == "10:35"]
    assert talk.speakers_sure < 0.8 or talk.speakers == ()  # never shown as 谷雨涵's alone
