"""Session 19's readings, from the boxes OCR gave on blind sets, each read after its measurement."""

from __future__ import annotations

from hand_boxes import at as _at
from hand_boxes import shown as _talks

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.geometry import Text
from clkarchive.pictures.agenda.placement import unsure_times
from clkarchive.pictures.agenda.records import Slot
from clkarchive.pictures.agenda.run_in import listed_runs, run_in
from clkarchive.pictures.ocr import OcrBox


def test_two_names_listed_each_run_into_its_own_company_are_two_speakers():
    # Set 50: "林海 华为内核工程师、陈思上海交通大学博士研究生" under the title
    talks = _talks(
        [
            _at("调度", 48, 2675, 128, 2715),
            _at("EEVDF的lag补偿与延迟敏感任务的时间片选择", 288, 2754, 926, 2784),
            _at("14:10-14:50", 43, 2755, 196, 2782),
            _at("林海 华为内核工程师、陈思上海交通大学博士研究生", 285, 2799, 808, 2828),
            _at("茶歇", 286, 2882, 395, 2920),
            _at("14:50-15:05", 66, 2888, 216, 2915),
        ]
    )
    assert talks["14:10"][1:] == (("林海", "陈思"), ("华为内核工程师", "上海交通大学博士研究生"))


def test_the_slash_that_parts_a_title_from_its_speaker_wrapped_to_the_next_line_leads_the_speaker():
    # Set 34: a mail's programme, "time title／name（company）", wrapped before the slash
    talks = _talks(
        [
            _at("14:00－14:40SyzkaLLer在发行版内核上的持续模糊测试／贺明（统信软件)", 34, 1898, 887, 1927),
            _at("14:40－15:20KUnit与kseLftest：驱动单元测试入门", 35, 1936, 649, 1962),
            _at("／戴娜 (英特尔软件工程师)", 214, 1974, 527, 2001),
        ]
    )
    assert talks["14:40"] == ("KUnit与kseLftest:驱动单元测试入门", ("戴娜",), ("英特尔软件工程师",))


def test_a_bracketed_affiliation_ends_at_its_bracket():
    # Set 11: "Liu Siqi (Kylinsoft), Ma Yiran (Kylinsoft) and Zhao Kun" / "(Phytium)": what follows
    # a bracket is one more person, not the second one's affiliation
    assert run_in("Liu Siqi (Kylinsoft)") == ("Liu Siqi", "Kylinsoft")
    assert run_in("Ma Yiran (Kylinsoft) and Zhao Kun") is None
    assert listed_runs("Liu Siqi (Kylinsoft), Ma Yiran (Kylinsoft) and Zhao Kun") is None


# Set 108: a forum poster's card in the 2024 family, each speaker's biography then their name plate
# under the photo beside it, the second plate on the other side and further below its biography.
_PLATES_UNDER_THEIR_BIOGRAPHIES = [
    _at("10:35-11:05", 131, 5413, 386, 5463),
    _at("混部场景下的内核QoS体系：", 138, 5534, 626, 5573),
    _at("CPU、内存与IO的协同隔离", 137, 5591, 615, 5631),
    _at("阿里云资深技术专家，龙蜥社区内核SIG负责", 136, 5685, 617, 5711),
    _at("人之一，负责阿里云操作系统内核的资源隔离", 136, 5733, 615, 5762),
    _at("与混部技术，主导了在线与离线业务混合部署", 138, 5785, 615, 5811),
    _at("在数十万台服务器上的落地，将集群资源利用", 137, 5835, 615, 5862),
    _at("率提升至50%以上。", 135, 5883, 350, 5912),
    _at("钱思远", 759, 6021, 883, 6068),
    _at("阿里云内核工程师，专注于cgroup与内存回", 135, 6154, 610, 6183),
    _at("收，参与了内存QoS与10限流方案的设计与", 135, 6204, 613, 6233),
    _at("上游化，2019年硕士毕业于北京大学。", 137, 6253, 540, 6282),
    _at("贾雨萌", 243, 6491, 367, 6536),
    _at("11:05-11:30", 128, 6798, 378, 6848),
    _at("智能汽车操作系统内核的功能安全认证实践", 137, 6920, 857, 6956),
]


def test_a_name_plate_far_below_its_own_biography_is_the_talks_second_speaker():
    talks = _talks(_PLATES_UNDER_THEIR_BIOGRAPHIES)
    assert talks["10:35"][1] == ("钱思远", "贾雨萌")


def test_a_plate_with_no_biography_since_the_last_speaker_set_far_below_still_withholds_the_list():
    # with the second biography gone, the far plate may be the next talk's, whose title OCR missed
    boxes = [b for b in _PLATES_UNDER_THEIR_BIOGRAPHIES if not 6150 < b.y0 < 6300]
    assert "10:35" not in _talks(boxes)


def test_a_titles_line_that_ends_in_a_colon_goes_on_in_the_next():
    # Set 108: "国产处理器平台的内核上游化：" over "路线、协作与挑战" (read alone, 路线 is a name)
    talks = _talks(
        [
            _at("11:30-11:55", 130, 8233, 377, 8281),
            _at("国产处理器平台的内核上游化：", 139, 8354, 645, 8391),
            _at("路线、协作与挑战", 136, 8410, 442, 8450),
            _at("飞腾信息技术有限公司系统软件部部长，负责", 144, 8501, 617, 8530),
            _at("飞腾处理器在Linux主线、openEuler、龙蜥", 139, 8550, 612, 8579),
            _at("士毕业于国防科技大学计算机学院。", 136, 8801, 503, 8829),
            _at("亢立伟", 758, 8889, 883, 8935),
            _at("11:55-12:20", 130, 9196, 387, 9244),
        ]
    )
    assert talks["11:30"][:2] == ("国产处理器平台的内核上游化:路线、协作与挑战", ("亢立伟",))


# Set 105: a 2023-family programme, each title over its speaker's line in one column; a second
# speaker's name, letter-spaced ("齐　悦"), and company beside the first's on that line.
_SPEAKERS_UNDER_TITLES = [
    _at("EEVDF调度器替换CFS后的延迟回归与调优", 341, 3488, 930, 3518),
    _at("13:30-14:00", 88, 3489, 264, 3521),
    _at("邵宇航", 338, 3523, 429, 3555),
    _at("字节跳动 STE 内核工程师", 442, 3527, 672, 3554),
    _at("LoongArch平台内核启动时间的分析与压缩", 337, 3606, 926, 3640),
    _at("14:00-14:30", 89, 3611, 265, 3641),
    _at("关子健\u3000龙芯中科 系统软件工程师", 337, 3640, 675, 3677),
    _at("大小核处理器上的任务放置与能效模型校准", 341, 3728, 910, 3758),
    _at("14:30-15:00", 89, 3730, 265, 3760),
    _at("蒋骁\u3000vivo 内核工程师", 337, 3761, 595, 3799),
    _at("齐悦", 646, 3763, 738, 3794),
    _at("vivo 功耗工程师", 742, 3766, 900, 3793),
    _at("茶歇", 336, 3832, 406, 3873),
    _at("15:00-15:20", 92, 3842, 263, 3869),
    _at("Core Scheduling and Side-Channel Isolation on", 339, 3983, 1029, 4013),
    _at("15:20-15:50", 90, 3987, 264, 4014),
    _at("Hybrid CPUs", 339, 4022, 527, 4056),
    _at("潘立恒", 338, 4058, 431, 4090),
    _at("英特尔 软件架构师", 442, 4062, 613, 4089),
]


def test_speakers_under_their_titles_make_no_table_of_a_second_speakers_name():
    # the affiliations start at one edge right of the names, and 齐悦 stands right of it: read as a
    # table, that was a column of names holding one, and every title took its speaker's line
    talks = _talks(_SPEAKERS_UNDER_TITLES)
    assert talks["13:30"] == (
        "EEVDF调度器替换CFS后的延迟回归与调优",
        ("邵宇航",),
        ("字节跳动 STE 内核工程师",),
    )
    assert talks["15:20"][:2] == ("Core Scheduling and Side-Channel Isolation on Hybrid CPUs", ("潘立恒",))


def test_a_letter_spaced_name_beside_the_first_speaker_is_the_second_speaker_not_a_plate():
    # its width per character is a framed name's, but the line reads as two speakers side by side
    talks = _talks(_SPEAKERS_UNDER_TITLES[6:13])
    assert talks["14:30"][1:] == (("蒋骁", "齐悦"), ("vivo 内核工程师", "vivo 功耗工程师"))


def test_a_plate_on_the_other_side_in_the_same_frame_is_a_speaker_however_wide_its_name():
    # Set 108: plates alternate sides; "董欣" fills the frame as "闫志远" does, so per character it
    # reads as larger type, framed, and 闫志远 (set as a plate is, on the other side) was dropped
    talks = _talks(
        [
            _at("15:25-15:45", 133, 5761, 397, 5808),
            _at("CXL内存池化下的热插拔与错误处理", 138, 5881, 745, 5918),
            _at("浪潮信息服务器系统软件专家，负责CXL内", 136, 5972, 599, 6000),
            _at("存扩展与池化方案的系统软件，参与制定了公", 137, 6023, 615, 6049),
            _at("司内部CXL设备的验证规范，长期关注内存", 136, 6072, 597, 6100),
            _at("RAS特性。", 133, 6121, 243, 6151),
            _at("闫志远", 758, 6309, 883, 6356),
            _at("浪潮信息服务器系统软件专家", 654, 6397, 970, 6423),
            _at("上海交通大学博士研究生，研究方向为分离式", 140, 6496, 616, 6524),
            _at("内存系统。", 133, 6543, 243, 6577),
            _at("董欣", 244, 6831, 371, 6880),
            _at("上海交通大学博士研究生", 173, 6918, 441, 6950),
            _at("15:45- 16:00", 129, 7191, 399, 7245),
            _at("茶歇", 286, 7312, 379, 7363),
        ]
    )
    assert talks["15:25"][1:] == (
        ("闫志远", "董欣"),
        ("浪潮信息服务器系统软件专家", "上海交通大学博士研究生"),
    )


def test_a_company_line_under_a_speaker_after_a_character_of_an_unread_name_withholds_the_list():
    # Set 106: OCR read "洪　雨" as "雨", joined to the company beside it, under "纪言" and theirs
    talks = _talks(
        [
            _at("CXL内存池化中的热插拔与故障隔离", 383, 8941, 848, 8973),
            _at("15:50-16:20", 107, 8944, 286, 8972),
            _at("纪言", 378, 8979, 472, 9018),
            _at("澜起科技软件工程师", 486, 8988, 652, 9011),
            _at("雨上海交通大学博士研究生", 430, 9028, 686, 9056),
            _at("国产GPU驱动进入DRM主线的经验", 384, 9104, 855, 9134),
            _at("16:20-16:50", 106, 9105, 287, 9135),
            _at("凤一鸣", 381, 9142, 475, 9176),
            _at("沐曦驱动架构师", 478, 9149, 615, 9173),
        ]
    )
    assert "15:50" not in talks
    assert talks["16:20"][1] == ("凤一鸣",)


def test_names_run_into_securities_cdn_and_car_companies_are_cut():
    # Set 109: "龙海涛网宿科技内核工程师", "邹宇峰华泰证券系统工程师" were withheld, their companies unknown
    assert run_in("龙海涛网宿科技内核工程师") == ("龙海涛", "网宿科技内核工程师")
    assert run_in("邹宇峰华泰证券系统工程师") == ("邹宇峰", "华泰证券系统工程师")
    assert run_in("贺长安理想汽车系统工程师") == ("贺长安", "理想汽车系统工程师")


# Set 114: a bilingual table, each topic in Chinese over its English translation in smaller type
_BILINGUAL_TABLE = [
    _at("Affiliation", 850, 1609, 974, 1643),
    _at("Time", 82, 1610, 148, 1643),
    _at("Topic", 377, 1610, 447, 1643),
    _at("Speaker", 660, 1611, 760, 1642),
    _at("开场 Opening", 528, 1661, 701, 1699),
    _at("09:00-09:05", 53, 1669, 177, 1692),
    _at("欢迎致辞", 205, 1729, 308, 1757),
    _at("孟繁荣", 645, 1743, 720, 1775),
    _at("牡丹江师范学院 副校长", 796, 1747, 983, 1770),
    _at("09:05-09:20", 53, 1750, 177, 1774),
    _at("Welcome Address", 203, 1768, 358, 1791),
    _at("面向AI集群的操作系统内核：", 207, 1834, 527, 1860),
    _at("挑战与路线图", 204, 1869, 358, 1899),
    _at("杭晓明", 642, 1878, 720, 1910),
    _at("百度智能云操作系统负责人", 798, 1884, 1017, 1904),
    _at("09:20-09:50", 53, 1885, 177, 1908),
    _at("The OSKernel for Al Clusters:", 205, 1910, 452, 1930),
    _at("Challenges and Roadmap", 204, 1932, 421, 1959),
    _at("内核补丁评审的自动化：", 207, 2000, 468, 2027),
    _at("Red Hat", 794, 2021, 868, 2048),
    _at("Chiara", 646, 2022, 725, 2050),
    _at("从 CI到大模型辅助", 206, 2034, 418, 2064),
    _at("09:50-10:20", 53, 2050, 176, 2073),
    _at("Principal Software", 795, 2050, 955, 2073),
    _at("Pellegrini", 643, 2052, 759, 2085),
    _at("Engineer", 794, 2073, 876, 2102),
    _at("Automating Kernel Patch Review:", 204, 2076, 485, 2096),
    _at("From CI to LLM Assistance", 202, 2099, 426, 2124),
]


def test_a_titles_english_translation_under_it_in_smaller_type_is_kept_apart_not_glued_on():
    (forum,) = agenda.parse("mudanjiang.png", _BILINGUAL_TABLE, 8298).forums
    talk = next(s for s in forum.slots if s.start == "09:20")
    assert talk.title == "面向AI集群的操作系统内核:挑战与路线图"
    assert talk.speakers == ("杭晓明",)
    assert "Challenges and Roadmap" in talk.biography  # still found by a search in English


def test_an_english_title_under_a_chinese_line_in_the_titles_own_type_is_the_title():
    # "Rust 驱动" over "in the Real World" set alike: one title that runs on, not a translation
    talks = _talks(
        [
            _at("09:00-09:30", 53, 1000, 177, 1024),
            _at("Rust 驱动开发实践：", 205, 1000, 460, 1030),
            _at("in the Real World", 205, 1040, 420, 1070),
            _at("张伟 华为 内核工程师", 205, 1090, 500, 1116),
            _at("09:30-10:00", 53, 1200, 177, 1224),
            _at("内存回收的新思路", 205, 1200, 420, 1230),
            _at("李强 腾讯 内核工程师", 205, 1250, 500, 1276),
        ]
    )
    assert talks["09:00"][0] == "Rust 驱动开发实践:in the Real World"


# Set 112: two forums side by side, each heading set wide ("内存管理与优化   分论坛") after a number's
# chip OCR did not read, each forum with its own column of times at its panel's left edge.
_SIDE_BY_SIDE_WIDE_HEADINGS = [
    _at("分论坛", 433, 4270, 603, 4314),
    _at("分论坛", 1038, 4270, 1206, 4314),
    _at("内存管理与优化", 168, 4273, 451, 4310),
    _at("文件系统与存储", 768, 4273, 1051, 4310),
    _at("主持人：余文斌", 54, 4339, 220, 4369),
    _at("主持人：甘立峰", 656, 4340, 822, 4370),
    _at("中国科学院计算技术研究所副研究员", 52, 4375, 311, 4399),
    _at("南开大学计算机学院教授", 654, 4375, 834, 4399),
    _at("FUSEoverio_uring：用户态文", 813, 4461, 1190, 4492),
    _at("14:00-14:30", 47, 4462, 184, 4486),
    _at("slab对象跨NUMA节点释放的", 212, 4462, 571, 4491),
    _at("14:00-14:30", 649, 4462, 786, 4485),
    _at("开销与优化", 211, 4495, 348, 4532),
    _at("件系统的新10通道", 816, 4497, 1040, 4530),
    _at("糕明轩字节跳动Linux内核工程师", 214, 4535, 511, 4562),
    _at("鞠浩然字节跳动存储内核工程师", 816, 4535, 1096, 4562),
    _at("Reclaiming Empty Page Table", 207, 4602, 591, 4638),
    _at("14:30-15:00", 48, 4604, 208, 4627),
    _at("14:30-15:00", 650, 4604, 823, 4627),
    _at("Reducing fsync Latency on", 809, 4604, 1157, 4638),
    _at("Mobile FlashStorage", 814, 4638, 1084, 4674),
    _at("Pages at Scale", 212, 4640, 398, 4673),
    _at("汤若溪vivo存储系统工程师", 814, 4674, 1067, 4707),
    _at("BartoszZielinski", 214, 4677, 406, 4704),
    _at("英特尔开源技术中心高级软件工程师", 212, 4705, 489, 4728),
    _at("伏明哲vivo文件系统工程师", 813, 4711, 1066, 4744),
    _at("15:00-15:30", 47, 4772, 184, 4796),
    _at("1G大页在数据库实例中的预留、", 211, 4773, 576, 4802),
    _at("15:00-15:30", 649, 4784, 786, 4808),
    _at("ext4fastcommit在小文件同步", 815, 4786, 1188, 4812),
    _at("迁移与回收", 212, 4808, 346, 4839),
    _at("写场景的收益评估", 816, 4821, 1025, 4851),
    _at("简宁华为文件系统技术专家", 816, 4856, 1079, 4883),
]


def test_forums_side_by_side_whose_headings_are_set_wide_are_named_whole_and_read_apart():
    forums = {f.name: f for f in agenda.parse("tangshan.jpg", _SIDE_BY_SIDE_WIDE_HEADINGS, 13557).forums}
    assert set(forums) == {"内存管理与优化分论坛", "文件系统与存储分论坛"}
    memory = [s.title for s in forums["内存管理与优化分论坛"].slots]
    files = [s.title for s in forums["文件系统与存储分论坛"].slots]
    assert memory == [
        "slab对象跨NUMA节点释放的开销与优化",
        "Reclaiming Empty Page Table Pages at Scale",
        "1G大页在数据库实例中的预留、迁移与回收",
    ]
    assert files[0] == "FUSEoverio_uring:用户态文件系统的新10通道"
    assert len(files) == 3


def _timed(text: str, faint: int | None = None) -> tuple[Text, Slot]:
    """A time's box (its digit at `faint` read at 0.6, the rest surely) and its talk."""
    chars = tuple(0.6 if k == faint else 0.99 for k in range(len(text)))
    start, end = text.split("-")
    return Text(text, 100, 0, 260, 30, chars), Slot("talk", start, end, "title")


def test_a_time_with_a_faint_digit_is_shown_where_the_slots_around_it_chain_with_it():
    # Set 111: "14:00-14:30" with a 4 read at 0.6, between 13:30-14:00 and 14:30-15:00
    read = [_timed("13:30-14:00"), _timed("14:00-14:30", faint=1), _timed("14:30-15:00")]
    assert unsure_times(read) == set()


def test_a_faint_digit_that_breaks_the_chain_or_stands_at_its_end_is_withheld():
    # 10:50 read as 10:58 (set 26's seven-segment 0): the slot before ends at 10:50
    assert unsure_times([_timed("10:20-10:50"), _timed("10:58-11:20", faint=4), _timed("11:20-11:50")]) == {1}
    # the last slot has nothing after it to confirm a faint end (its start, the slot before does);
    # two faint neighbours confirm nothing
    assert unsure_times([_timed("13:30-14:00"), _timed("14:00-14:30", faint=7)]) == {1}
    assert unsure_times([_timed("13:30-14:00"), _timed("14:00-14:30", faint=1)]) == set()
    faint = [_timed("13:30-14:00", faint=1), _timed("14:00-14:30", faint=1), _timed("14:30-15:00")]
    assert unsure_times(faint) == {0, 1}


def test_a_name_read_too_faintly_to_keep_beside_a_speaker_with_a_company_after_it_withholds_the_list():
    # Set 118: "艾宁中兴通讯操作系统工程师", then 贲启航 read faintly as "责启航" (0.67), then its company
    boxes = [
        _at("AI辅助生成eBPF探针：可行性与风险", 382, 10850, 882, 10883),
        _at("16:45-17:15", 105, 10851, 287, 10884),
        _at("艾宁中兴通讯操作系统工程师", 381, 10891, 690, 10925),
        OcrBox("责启航", 749, 10892, 844, 10925, 0.67),
        _at("中兴通讯AI工程师", 830, 10896, 1008, 10922),
        _at("kTLS与eBPF结合的推理服务加密卸载", 382, 10971, 891, 11001),
        _at("17:15-17:45", 106, 10973, 285, 11000),
    ]
    (forum,) = agenda.parse("huangshan.jpg", boxes, 14745).forums
    talk = forum.slots[0]
    assert talk.speakers[0] == "艾宁"
    assert talk.speakers_sure == 0.0  # shown, 艾宁 would seem its only speaker


# Set 120: a table whose every cell is centred in its column, under a centred header row
_CENTRED_TABLE = [
    _at("时间", 109, 1597, 167, 1630),
    _at("议题", 423, 1597, 480, 1630),
    _at("演讲嘉宾", 801, 1597, 906, 1631),
    _at("开幕", 608, 1651, 669, 1689),
    _at("09:00-09:10", 74, 1659, 202, 1682),
    _at("梁永福", 813, 1717, 894, 1752),
    _at("开幕致辞", 399, 1733, 504, 1764),
    _at("09:10-09:25", 74, 1739, 202, 1763),
    _at("河南师范大学 副校长", 768, 1750, 939, 1776),
    _at("企业发行版内核的长期维护：", 289, 1821, 601, 1849),
    _at("柯俊峰", 815, 1824, 892, 1856),
    _at("09:25-10:00", 74, 1844, 202, 1869),
    _at("麒麟软件内核研发部总监", 749, 1854, 957, 1883),
    _at("补丁回合的取舍与自动化", 315, 1858, 589, 1886),
    _at("Per-CPU Sheaves in SLUB:", 294, 1933, 609, 1959),
    _at("Tobias Reinholt", 761, 1937, 946, 1963),
    _at("10:00-10:35", 74, 1955, 202, 1979),
    _at("Design and Benchmarks", 304, 1969, 600, 1997),
    _at("LinutronixSenior Kernel Developer", 706, 1969, 999, 1989),
]


def test_a_table_whose_cells_are_centred_under_its_header_is_read_column_by_column():
    # no two cells share a left edge: the header's labels, each over its column's centre, part them
    (forum,) = agenda.parse("xinxiang.png", _CENTRED_TABLE, 7164).forums
    talks = {s.start: (s.title, s.speakers, s.affiliations) for s in forum.slots}
    assert talks["09:25"] == (
        "企业发行版内核的长期维护:补丁回合的取舍与自动化",
        ("柯俊峰",),
        ("麒麟软件内核研发部总监",),
    )
    assert talks["10:00"][:2] == ("Per-CPU Sheaves in SLUB:Design and Benchmarks", ("Tobias Reinholt",))


def test_a_latin_name_wrapped_in_a_names_column_read_as_stacked_is_one_speaker():
    # Set 120: "Ingrid" over "Solvang" in the 讲者 column, which the panel's smaller labels
    # ("主持人:", "嘉宾:") make a column of names stacked over smaller lines; read box by box, the
    # cell held two "names", neither one, and the row was read with no speaker
    from clkarchive.pictures.agenda.name_cells import stacked_cell

    column = [
        Text(text, x0, y0, x1, y1)
        for text, x0, y0, x1, y1 in [
            ("朴成哲", 619, 1888, 701, 1923),
            ("苑立军", 620, 1963, 700, 1996),
            ("Ingrid", 619, 2071, 698, 2109),
            ("Solvang", 620, 2106, 723, 2142),
            ("龙浩宇", 620, 2239, 701, 2275),
            ("主持人:", 621, 2466, 690, 2495),
            ("那文博", 621, 2500, 700, 2532),
            ("嘉宾:", 621, 2542, 671, 2568),
            ("庞沛然", 621, 2574, 700, 2606),
            ("樊静怡", 619, 2730, 698, 2762),
        ]
    ]
    assert stacked_cell(column[2:4], column) == (("Ingrid Solvang",), ())


def test_a_name_then_a_company_in_latin_letters_and_a_job_is_cut_where_the_script_changes():
    # Set 126: "裘亦凡 SmartX 存储内核工程师" in a centred table's speakers cell (SmartX no list knows)
    assert run_in("裘亦凡 SmartX 存储内核工程师") == ("裘亦凡", "SmartX 存储内核工程师")
    assert run_in("贝文轩 Ampere Computing 软件工程师") is None  # 贝 an everyday word too: withheld


def test_an_english_titles_last_line_run_together_over_a_speakers_own_line_is_no_name():
    # Set 139: "InferenceServers" (OCR dropped the space) over "吴嘉禾百度智能云…": read as a Latin
    # name with that line as its affiliation, it hid the talk's speaker
    talks = _talks(
        [
            _at("16:00-16:30", 46, 5549, 187, 5573),
            _at("Page Fault Overhead in LLM", 215, 5549, 586, 5578),
            _at("InferenceServers", 217, 5588, 452, 5616),
            _at("吴嘉禾百度智能云内核工程师", 215, 5621, 495, 5654),
            _at("16:30-17:00", 46, 5694, 185, 5718),
            _at("CXL扩展内存在数据库场景的性", 216, 5695, 598, 5724),
        ]
    )
    assert talks["16:00"][1:] == (("吴嘉禾",), ("百度智能云内核工程师",))


def test_a_titles_last_word_wrapped_flush_under_it_before_the_speakers_is_no_name():
    # Set 139: "大小核架构下任务放置的能效" over "权衡" (权 a surname), then each speaker's own line
    talks = _talks(
        [
            _at("14:40-15:00", 46, 6623, 186, 6647),
            _at("大小核架构下任务放置的能效", 216, 6624, 568, 6653),
            _at("权衡", 213, 6658, 278, 6696),
            _at("vivo调度性能工程师", 294, 6697, 478, 6724),
            _at("蔡若琳", 216, 6698, 305, 6730),
            _at("沈琦", 217, 6737, 305, 6768),
            _at("vivo功耗优化工程师", 296, 6739, 478, 6762),
            _at("15:00-15:20", 46, 6800, 186, 6824),
            _at("茶歇", 216, 6800, 300, 6830),
        ]
    )
    assert talks["14:40"][:2] == ("大小核架构下任务放置的能效权衡", ("蔡若琳", "沈琦"))
