"""Session 20's readings, from the boxes OCR gave on blind sets, each read after its measurement."""

from __future__ import annotations

from hand_boxes import at as _at
from hand_boxes import shown as _talks

from clkarchive.pictures import agenda


def test_a_web_tables_names_over_companies_a_little_smaller_are_read_by_row():
    # Set 144: a conference site's programme table, each speaker's name in 16 px bold over the
    # company and job in 14 px grey, the cells centred on their rows. Sized by the 0.85 rule, the
    # companies passed for the names' type: no column of names, every line read across the table,
    # and each talk given the next row's speaker.
    talks = _talks(
        [
            _at("时间", 181, 353, 221, 379),
            _at("议题", 476, 353, 516, 379),
            _at("演讲嘉宾", 902, 354, 969, 378),
            _at("签到", 692, 400, 730, 423),
            _at("08:30-09:00", 158, 401, 244, 422),
            _at("刘庆国", 730, 449, 780, 471),
            _at("开幕致辞", 279, 460, 347, 484),
            _at("09:00-09:15", 158, 462, 245, 482),
            _at("山东农业大学 副校长", 730, 473, 864, 496),
            _at("陈立恒", 729, 519, 782, 544),
            _at("09:15-09:50", 158, 533, 244, 553),
            _at("从补丁到主线：内核社区协作模式的变化与思考", 283, 535, 597, 552),
            _at("华为内核首席专家", 730, 546, 850, 567),
            _at("Lukas Hofmann", 729, 592, 852, 615),
            _at("Maintaining an Enterprise KernelAcross Ten Years of", 281, 594, 648, 614),
            _at("09:50-10:25", 158, 606, 244, 626),
            _at("Upstream Change", 279, 615, 410, 641),
            _at("SUSE Distinguished Engineer", 729, 616, 924, 640),
            _at("茶歇", 691, 662, 731, 690),
            _at("10:25-10:40", 158, 665, 244, 685),
            _at("王晓川", 730, 713, 781, 735),
            _at("阿里云资深技术专家", 730, 739, 864, 759),
            _at("10:40-11:05", 158, 754, 244, 774),
            _at("智算集群中操作系统内核面临的挑战与实践", 282, 754, 569, 774),
            _at("赵静怡", 730, 769, 780, 791),
            _at("阿里云内核工程师", 730, 794, 850, 815),
            _at("孙浩然", 730, 841, 781, 863),
            _at("11:05-11:30", 157, 853, 243, 874),
            _at("开源操作系统在农业物联网终端上的裁剪与实时性优化", 280, 853, 643, 874),
            _at("山东农业大学副教授", 730, 865, 864, 888),
            _at("RISC-V服务器平台的内核支持现状：从固件启动、ACPI到电源", 281, 913, 699, 934),
            _at("张凯文", 730, 913, 781, 935),
            _at("11:30-11:55", 158, 926, 244, 946),
            _at("管理", 280, 936, 316, 958),
            _at("北京开源芯片研究院研究员", 731, 939, 904, 959),
        ]
    )
    assert talks["09:15"][1:] == (("陈立恒",), ("华为内核首席专家",))
    assert talks["10:40"][1:] == (("王晓川", "赵静怡"), ("阿里云资深技术专家", "阿里云内核工程师"))
    assert talks["11:05"][1:] == (("孙浩然",), ("山东农业大学副教授",))
    assert talks["11:30"] == (
        "RISC-V服务器平台的内核支持现状:从固件启动、ACPI到电源管理",
        ("张凯文",),
        ("北京开源芯片研究院研究员",),
    )


def test_a_hyphenation_point_ocr_read_for_a_gap_is_a_space():
    # Set 141: "朱　振  英特尔 软件架构师", a padded two-character name, read "朱‧振‧英特尔软件架构师";
    # the second speaker was lost and the list shown as 林晓晖's alone
    talks = _talks(
        [
            _at("CXL内存池化的内核支持：分层、迁移与故障隔离", 339, 5704, 1002, 5739),
            _at("14:30-15:00", 90, 5711, 264, 5739),
            _at("林晓晖浪潮信息服务器系统架构师", 338, 5742, 695, 5775),
            _at("朱‧振‧英特尔软件架构师", 337, 5780, 616, 5815),
            _at("低内存手机上zram写回与后台回收的协同", 342, 5867, 907, 5897),
            _at("15:00-15:30", 89, 5870, 264, 5900),
            _at("董明辉‧小米内核工程师", 338, 5910, 595, 5943),
        ]
    )
    assert talks["14:30"][1:] == (("林晓晖", "朱振"), ("浪潮信息服务器系统架构师", "英特尔软件架构师"))
    assert talks["15:00"][1:] == (("董明辉",), ("小米内核工程师",))


def test_a_given_names_yi_read_unsurely_leaves_the_name_sure_but_a_surname_does_not():
    # Sets 142 and 143: "谢一帆", "唐一鸣" with 一 at 0.50 and 0.56, the other characters at 0.99;
    # 一 looks like a dash, not like another character (12 such names over sets 1-146, all right)
    from clkarchive.pictures.agenda.doubts import misread
    from clkarchive.pictures.agenda.geometry import Text

    def box(text: str, chars: tuple[float, ...]) -> Text:
        return Text(text, 0, 0, 100, 20, chars)

    assert not misread("谢一帆", [box("谢一帆华为", (0.99, 0.5, 0.99, 1.0, 1.0))])
    assert misread("谢一帆", [box("谢一帆华为", (0.99, 0.5, 0.6, 1.0, 1.0))])
    assert misread("余俊", [box("余俊华为", (0.79, 1.0, 1.0, 1.0))])


_PLATES = [
    _at("15:15- 15:40", 130, 4466, 389, 4517),
    _at("NVMe-oFTCP目标端的内核性能优化", 136, 4590, 763, 4626),
    _at("浪潮信息存储产品部系统架构师，负责分布式", 135, 4680, 619, 4709),
    _at("存储与全闪存阵列的网络存储协议栈，主导了", 135, 4729, 616, 4758),
    _at("NVMeoverFabrics在公司产品中的落地。", 135, 4781, 573, 4807),
    _at("林晓东", 242, 5017, 368, 5063),
    _at("浪潮信息存储产品部内核工程师，负责", 136, 5151, 545, 5177),
    _at("NVMe-oF目标端的性能分析与调优。", 134, 5198, 515, 5228),
    _at("洗嘉欣", 243, 5486, 371, 5535),
    _at("15:40- 16:00", 131, 5793, 399, 5843),
    _at("茶歇", 239, 5909, 376, 5965),
]


def test_a_second_plate_whose_name_ocr_misread_withholds_the_list():
    # Set 149: a forum poster's card, each speaker's biography then the name plate under the photo;
    # the second plate read "洗嘉欣" (冼嘉欣, 洗 no surname) was taken for a second talk's title and
    # the card shown as 林晓东's alone
    (forum,) = agenda.parse("poster.png", _PLATES, 3000).forums
    (talk,) = [s for s in forum.slots if s.start == "15:15"]
    assert talk.speakers_sure < 0.8
    assert "洗嘉欣" not in [s.title for s in forum.slots]


def test_a_second_plate_read_as_a_name_is_the_talks_second_speaker():
    boxes = [b if b.text != "洗嘉欣" else _at("冼嘉欣", 243, 5486, 371, 5535) for b in _PLATES]
    assert _talks(boxes)["15:15"][1] == ("林晓东", "冼嘉欣")


def test_a_latin_letter_alone_inside_a_name_is_noise_not_a_company():
    # Set 158: "王予川 | PingCAP 存储引擎工程师" read "王予J川|PingCAP存储引擎工程师": the letter is OCR's
    # noise inside the name, which was shown cut short ("王予"); a letter before the bar is the bar's
    talks = _talks(
        [
            _at("把fsync交给io_uring：KV引擎日志路径改造", 377, 7656, 986, 7692),
            _at("13:30-13:55", 98, 7658, 263, 7688),
            _at("王予J川|PingCAP存储引擎工程师", 377, 7702, 686, 7735),
            _at("XDP on Commodity NICs: Layer-4 Load", 375, 7779, 927, 7813),
            _at("13:55-14:20", 98, 7780, 263, 7810),
            _at("顾临川l|MetaSoftwareEngineer", 377, 7826, 760, 7859),
        ]
    )
    assert talks["13:30"][1] == ()
    assert talks["13:55"][1] == ("顾临川",)


def test_a_name_run_into_an_industrial_computers_maker_is_cut():
    # Set 147: "曾德胜研华科技嵌入式软件专家" (研华, Advantech), kept whole as biography before
    from clkarchive.pictures.agenda.run_in import run_in

    assert run_in("曾德胜研华科技嵌入式软件专家") == ("曾德胜", "研华科技嵌入式软件专家")


def test_the_last_cards_second_plate_under_its_photo_far_below_a_short_biography_is_its_own():
    # Set 155: the forum's last talk, two speakers, the second's biography one line long and their
    # plate under the photo, eleven lines below it: cut off as "what follows the programme", the
    # plate was lost and the talk shown as 胡文杰's alone. The sponsors' heading under it stays out.
    talks = _talks(
        [
            _at("17:00-17:20", 127, 9485, 396, 9532),
            _at("基于userfaultfd的虚拟机内存按需加载", 133, 9606, 800, 9645),
            _at("京东云虚拟化团队技术专家，负责KVM虚拟", 136, 9699, 605, 9725),
            _at("化平台的热迁移与快速启动，主导了基于", 138, 9749, 568, 9775),
            _at("userfaultfd的内存按需加载方案在弹性计算", 135, 9798, 600, 9825),
            _at("产品中的落地。", 134, 9847, 292, 9877),
            _at("胡文杰", 244, 10034, 369, 10081),
            _at("京东云虚拟化团队工程师。", 136, 10169, 411, 10196),
            _at("许雨晴", 244, 10504, 369, 10551),
            _at("赞助单位", 444, 10852, 653, 10908),
        ]
    )
    assert talks["17:00"][1] == ("胡文杰", "许雨晴")


_SIDEBAR_PAGE = [
    _at("主论坛", 42, 259, 90, 281),
    _at("|主论坛", 267, 268, 352, 299),
    _at("处理器架构与调度分论坛", 43, 293, 200, 314),
    _at("主持人：高振邦 (内蒙古大学计算机学院)", 271, 308, 530, 329),
    _at("会场：学术交流中心一楼报告厅", 566, 308, 763, 329),
    _at("内存管理与异构计算分论坛", 43, 327, 214, 347),
    _at("讲者", 930, 352, 969, 379),
    _at("单位", 1091, 353, 1128, 376),
    _at("时间", 282, 354, 321, 376),
    _at("题目", 410, 354, 447, 376),
    _at("10与ebpf分论坛", 41, 360, 158, 383),
    _at("演讲嘉宾", 22, 399, 87, 420),
    _at("签到", 411, 401, 448, 424),
    _at("08:30-09:00", 284, 403, 370, 423),
    _at("会议直播", 22, 444, 87, 465),
    _at("开幕致辞", 411, 453, 478, 477),
    _at("孙秉文", 930, 453, 984, 478),
    _at("内蒙古大学", 1091, 453, 1173, 477),
    _at("09:00-09:10", 284, 455, 370, 475),
    _at("交通与住宿", 22, 488, 101, 509),
    _at("华为技术有限公司", 1092, 505, 1217, 528),
    _at("09:10-09:40", 284, 507, 370, 527),
    _at("维护者老龄化之后：内核子系统的补丁评审如何持续下去", 413, 507, 790, 527),
    _at("王永康", 932, 507, 983, 528),
    _at("往届回顾", 22, 531, 87, 552),
    _at("From Out-of-Tree Port to Mainline: Notes on Landing a New CPU", 412, 557, 858, 580),
    _at("Linaro", 1090, 569, 1143, 593),
    _at("09:40-10:10", 284, 571, 370, 591),
    _at("Kasper Holmgren", 932, 571, 1060, 594),
    _at("联系我们", 22, 576, 88, 597),
    _at("Architecture", 412, 583, 503, 603),
    _at("李屹峰", 931, 634, 983, 656),
    _at("阿里云", 1091, 634, 1142, 656),
    _at("10:10-10:40", 285, 647, 370, 667),
    _at("千卡训练集群的内核故障画像与自动隔离：龙蜥社区的做法", 415, 648, 805, 665),
    _at("陈书瑶", 930, 656, 984, 681),
    _at("阿里云", 1091, 658, 1142, 680),
]


def test_a_web_pages_sidebar_of_links_beside_the_programme_is_neither_its_heading_nor_its_rows():
    # Set 160: a conference site's page, its sidebar listing the four forums and other links left of
    # the programme's table. The sidebar's last forum link named the programme, and its links, taken
    # for titles under the times, made the table no table: rows were read across, times one slot off.
    (forum,) = [f for f in agenda.parse("page.png", _SIDEBAR_PAGE, 3000).forums if f.slots]
    assert forum.name == "主论坛"
    talks = {s.start: (s.title, s.speakers) for s in forum.slots if s.speakers_sure >= 0.8}
    assert talks["09:10"] == ("维护者老龄化之后:内核子系统的补丁评审如何持续下去", ("王永康",))
    assert talks["09:40"] == (
        "From Out-of-Tree Port to Mainline: Notes on Landing a New CPU Architecture",
        ("Kasper Holmgren",),
    )
    assert talks["10:10"][1] == ("李屹峰", "陈书瑶")


def test_a_desktops_taskbar_clock_under_a_pdf_viewers_page_is_no_talks_time():
    # Set 168: a laptop's screenshot of the agenda in a PDF viewer, the taskbar's clock and date at
    # its foot ("22:14" over "3787/10/17"). Read as a talk's time, it turned the page's reading
    # upside down: each title went to the time under it, times one slot off, most talks lost.
    talks = _talks(
        [
            _at("CLK3787全部议程.pdf", 58, 106, 212, 129),
            _at("多代LRU在数据库混部场景中的调参与回退", 839, 167, 1192, 191),
            _at("13:30-14:00", 688, 169, 797, 193),
            _at("刘砚舟\u3000腾讯云内核工程师", 837, 187, 1006, 214),
            _at("RevisitingPagePromotionPoliciesfor", 839, 240, 1178, 263),
            _at("14:00-14:30", 689, 243, 797, 263),
            _at("CXL-Attached Memory", 838, 262, 1037, 288),
            _at("陈亦凡\u3000英特尔软件工程师", 837, 285, 1007, 308),
            _at("许知白英特尔研究科学家", 836, 307, 1007, 336),
            _at("DAMON驱动的主动回收在手机上能省多少内存：一", 839, 360, 1250, 383),
            _at("14:30-15:00", 688, 361, 797, 384),
            _at("年线上数据", 838, 383, 934, 407),
            _at("吴恪小米内核工程师", 837, 405, 994, 429),
            _at("22:14", 1863, 1041, 1900, 1058),
            _at("3787/10/17", 1829, 1055, 1900, 1077),
        ]
    )
    assert talks["13:30"] == ("多代LRU在数据库混部场景中的调参与回退", ("刘砚舟",), ("腾讯云内核工程师",))
    assert talks["14:00"][1] == ("陈亦凡", "许知白")
    assert "22:14" not in talks


def test_an_english_titles_first_words_are_no_latin_name():
    # Set 175: "Why Our Arm Laptop Ran Hot: Fixing Capacity" over its wrapped end and the speaker's
    # line: "Why Our", two capitalised words before a known company (Arm), was shown as the speaker
    from clkarchive.pictures.agenda.words import person_like

    assert not person_like("Why Our")
    assert not person_like("How We")
    assert person_like("Lukas Hofmann")
    assert person_like("An Li")  # pinyin: 安 is a surname
