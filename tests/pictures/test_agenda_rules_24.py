"""Session 24's readings, from the boxes OCR gave on blind sets, each read after its measurement."""

from __future__ import annotations

from hand_boxes import at as _at
from hand_boxes import shown as _talks

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.words import person_like
from clkarchive.pictures.ocr import OcrBox

# Set 246, a conference web page's afternoon: a calendar grid, its hours down the left edge every
# half hour (13:30, 14:00, ...), each talk a card placed by its time and printing its own range,
# 25 minutes long: no talk starts on a mark but the first. Its first forum's column and the marks.
GRID = [
    _at("时间", 130, 2002, 165, 2024),
    _at("内存管理与优化分论坛", 211, 2005, 384, 2028),
    _at("主持人：孙海燕", 211, 2037, 307, 2057),
    _at("阿里云资深技术专家", 210, 2057, 327, 2077),
    _at("信息学院A101", 209, 2077, 310, 2101),
    _at("13:30", 127, 2116, 163, 2135),
    _at("13:30-13:55", 211, 2142, 289, 2159),
    _at("透明大页在数据库负载下的收益与代价：", 211, 2167, 476, 2187),
    _at("khugepaged参数调优实录", 211, 2188, 399, 2211),
    _at("王磊", 210, 2219, 246, 2242),
    _at("美团系统工程师", 209, 2241, 309, 2262),
    _at("13:55-14:20", 210, 2340, 290, 2360),
    _at("14:00", 126, 2356, 164, 2376),
    _at("多租户容器之间的内存争抢：按优先级分", 212, 2369, 482, 2386),
    _at("配回收压力的改进", 209, 2387, 334, 2410),
    _at("吴海波", 210, 2420, 260, 2442),
    _at("腾讯云高级工程师", 211, 2442, 321, 2459),
    _at("14:20-14:45", 210, 2541, 290, 2561),
    _at("EstimatingWorkingSetSizefor", 211, 2567, 444, 2587),
    _at("ContainerRight-SizingWithout", 212, 2589, 443, 2609),
    _at("14:30", 127, 2597, 164, 2615),
    _at("StoppingtheWorkload", 209, 2609, 385, 2634),
    _at("李文杰", 210, 2642, 261, 2664),
    _at("字节跳动 内核工程师", 210, 2662, 335, 2682),
    _at("14:45-15:10", 210, 2741, 290, 2761),
    _at("DAMON冷热页识别在手机上的落地：后", 211, 2767, 482, 2787),
    _at("台应用内存压缩策略", 212, 2789, 350, 2809),
    _at("郑鹏飞", 210, 2820, 262, 2843),
    _at("15:00", 127, 2837, 164, 2855),
    _at("荣耀内存优化专家", 209, 2842, 322, 2862),
    _at("梁雪", 209, 2866, 246, 2888),
    _at("荣耀系统工程师", 209, 2887, 309, 2907),
    _at("茶歇15:10-15:25", 284, 2974, 424, 2997),
    _at("15:25-15:50", 210, 3059, 289, 3080),
    _at("15:30", 127, 3076, 164, 3096),
    _at("线上slab泄漏排查：从分配点记录到泄漏", 210, 3087, 491, 3107),
    _at("对象的自动归类", 209, 3106, 319, 3131),
    _at("朱文斌", 210, 3140, 261, 3162),
    _at("京东云 内核工程师", 210, 3160, 322, 3180),
    _at("15:50-16:15", 211, 3262, 289, 3279),
    _at("CXL扩展内存的分层放置：NUMA节点降", 211, 3287, 488, 3307),
    _at("级与提升策略的评估", 209, 3307, 351, 3330),
    _at("16:00", 127, 3316, 164, 3335),
    _at("杨晨曦", 210, 3340, 261, 3362),
    _at("英特尔软件工程师", 210, 3362, 322, 3382),
    _at("16:15-16:40", 210, 3460, 290, 3480),
    _at("云主机内存超分：free pagereporting与", 210, 3485, 495, 3509),
    _at("气球驱动的配合", 209, 3506, 320, 3531),
    _at("高飞", 209, 3540, 248, 3562),
    _at("16:30", 126, 3556, 164, 3575),
    _at("华为云 虚拟化工程师", 209, 3559, 336, 3583),
    _at("16:40-17:05", 211, 3662, 289, 3679),
    _at("长时间运行进程的页表膨胀：空闲页表回", 211, 3686, 483, 3706),
    _at("收的实现与收益", 211, 3709, 320, 3729),
    _at("陈晏", 209, 3739, 246, 3763),
    _at("小米内核工程师", 209, 3761, 309, 3781),
    _at("17:00", 126, 3796, 164, 3815),
]


def test_a_calendar_grids_half_hour_marks_are_no_talks_start():
    # The marks were read as talks' starts where no range starts on one: 14:30 given to a talk of
    # 14:20 (a time WRONG), a second speaker cut off as a talk of 15:00.
    (forum,) = agenda.parse("poster.png", GRID, 3000).forums
    talks = {s.start: s for s in forum.slots if s.kind == "talk"}
    assert list(talks) == ["13:30", "13:55", "14:20", "14:45", "15:25", "15:50", "16:15", "16:40"]
    assert talks["14:20"].speakers == ("李文杰",) and talks["14:20"].time_sure == 1.0
    assert (
        talks["14:20"].title == "EstimatingWorkingSetSizefor ContainerRight-SizingWithout StoppingtheWorkload"
    )
    assert talks["14:45"].speakers == ("郑鹏飞", "梁雪")


def test_marks_not_spaced_as_their_hours_are_no_scale():
    # The same column with one mark out of step (16:00 moved up by half a step): the marks are no
    # scale, and are read as times (as before the scale was known).
    moved = [
        OcrBox(b.text, b.x0, b.y0 - 120, b.x1, b.y1 - 120, b.confidence) if b.text == "16:00" else b
        for b in GRID
    ]
    (forum,) = agenda.parse("poster.png", moved, 3000).forums
    assert "14:30" in [s.start for s in forum.slots]


# Set 245, a forum poster of cards: one talk of two speakers, each a biography over a name plate,
# the second plate the card's last line ("吴　旻", read 吴晏 at 0.72, its 旻 at 0.43: too faint to
# keep). The list read from the card is the first speaker's alone.
CARD = [
    _at("主论坛", 400, 1000, 520, 1040),
    _at("10:30- 10:45", 132, 5616, 399, 5666),
    _at("茶歇", 240, 5734, 374, 5786),
    _at("10:45- 11:15", 131, 6016, 379, 6070),
    _at("国产CPU平台上内核", 140, 6141, 480, 6178),
    _at("长期维护分支的建设", 140, 6199, 477, 6236),
    _at("统信软件内核研发部总监，负责服务器与桌面", 136, 6290, 616, 6316),
    _at("操作系统内核的版本规划与长期维护，主导了", 136, 6340, 615, 6369),
    _at("内核在多款国产处理器平台上的适配与认证。", 136, 6390, 600, 6416),
    _at("徐志刚", 230, 6677, 382, 6723),
    _at("统信软件内核研发部高级工程师，负责长期维", 136, 6811, 617, 6837),
    _at("护分支的补丁回合与回归测试平台。", 134, 6859, 507, 6888),
    OcrBox("吴晏", 245, 7047, 368, 7093, 0.716, (0.997, 0.434)),
    _at("11: 15-11:45", 128, 7354, 365, 7401),
    _at("从手机到服务器：", 138, 7474, 419, 7514),
    _at("内核能效优化的共性方法", 139, 7534, 554, 7570),
    _at("林志鹏", 230, 7677, 382, 7723),
]


def test_a_faint_second_plate_under_the_card_withholds_its_list():
    # The faint plate was below the lines the card was read from, and the talk was shown as
    # 徐志刚's alone (WRONG).
    assert "10:45" not in _talks(CARD)


def test_a_card_with_no_faint_plate_shows_its_speaker():
    # The same card without the faint plate: its one speaker is shown, so the test above turns on
    # the plate.
    assert _talks([b for b in CARD if b.text != "吴晏"])["10:45"][1] == ("徐志刚",)


# Set 252, a programme booklet's page photographed: a ruled table (时间 | 议题 | 演讲嘉宾), each
# speaker's cell a name over its company, the round table's people labelled and indented in its
# cell ("主持：" "嘉宾：", names right of the labels), and the page's folio ("05") under the table,
# in line with those indented names.
BOOKLET = [
    _at("1主论坛", 239, 386, 378, 433),
    _at("地点：学术交流中心一层报告厅", 970, 432, 1283, 464),
    _at("主持人：张立新（河北师范大学计算机与网络空间安全学院院长）", 249, 437, 885, 474),
    _at("时间：10月19日（星期六）上午", 246, 476, 549, 506),
    _at("演讲嘉宾", 1060, 517, 1160, 548),
    _at("议题", 643, 523, 700, 556),
    _at("时间", 301, 527, 358, 560),
    _at("签到", 819, 572, 876, 607),
    _at("08:30-09:00", 263, 582, 396, 611),
    _at("赵文华", 948, 629, 1026, 661),
    _at("开幕致辞", 416, 651, 521, 686),
    _at("09:00-09:15", 265, 654, 396, 685),
    _at("河北师范大学副校长", 949, 659, 1151, 693),
    _at("Linux内核社区协作模式的变迁：从邮件列表", 419, 720, 912, 757),
    _at("王建军", 950, 721, 1028, 752),
    _at("09:15-09:50", 264, 745, 397, 777),
    _at("华为内核首席专家", 952, 755, 1131, 782),
    _at("到持续集成与自动化审查", 418, 759, 691, 794),
    _at("周晟", 951, 816, 1006, 849),
    _at("Rust in theLinuxKernel:From", 421, 819, 790, 851),
    _at("09:50-10:25", 267, 844, 398, 871),
    _at("阿里云高级技术专家", 952, 848, 1154, 878),
    _at("Experiment to Production Drivers", 420, 854, 825, 891),
    _at("茶歇", 825, 910, 882, 944),
    _at("10:25-10:40", 270, 921, 398, 948),
    _at("刘海波", 955, 967, 1031, 999),
    _at("腾讯云TencentOS内核负责人", 956, 997, 1251, 1030),
    _at("面向云原生负载的操作系统演进：弹性、隔离", 423, 1003, 914, 1041),
    _at("10:40-11:15", 271, 1029, 397, 1060),
    _at("陈静", 955, 1042, 1009, 1072),
    _at("与可观测性", 423, 1043, 550, 1077),
    _at("腾讯云内核工程师", 956, 1073, 1137, 1103),
    _at("杨立峰", 956, 1130, 1035, 1165),
    _at("LoongArch开源生态建设进展：内核、工具链", 424, 1131, 931, 1171),
    _at("11:15-11:50", 273, 1159, 398, 1189),
    _at("龙芯中科系统软件部总监", 959, 1164, 1201, 1196),
    _at("与发行版", 425, 1175, 527, 1206),
    _at("服务器操作系统长期支持内核的维护实践与经", 425, 1228, 917, 1266),
    _at("沈立华", 958, 1228, 1036, 1260),
    _at("11:50-12:25", 272, 1254, 401, 1285),
    _at("麒麟软件技术总监", 959, 1261, 1139, 1292),
    _at("验分享", 423, 1270, 504, 1303),
    _at("主持：李明远", 960, 1320, 1100, 1352),
    _at("浙江大学教授", 1024, 1352, 1164, 1385),
    _at("嘉宾：邱海涛", 962, 1394, 1102, 1426),
    _at("字节跳动STE团队负责人", 1026, 1426, 1274, 1458),
    _at("黄丽君", 1027, 1468, 1103, 1500),
    _at("圆桌讨论：内核开发者的下一个十年", 427, 1488, 823, 1524),
    _at("12:25-13:10", 276, 1496, 405, 1523),
    _at("蚂蚁集团技术专家", 1027, 1501, 1208, 1531),
    _at("孙志鹏", 1026, 1541, 1104, 1573),
    _at("统信软件内核研发总监", 1028, 1574, 1252, 1606),
    _at("罗文斌", 1029, 1616, 1107, 1647),
    _at("中科院软件所研究员", 1031, 1649, 1232, 1679),
    _at("午餐", 837, 1709, 893, 1743),
    _at("13:10-14:00", 276, 1717, 406, 1749),
    _at("05", 1283, 1819, 1312, 1844),
]


def test_a_panels_indented_guests_and_the_folio_are_no_column_of_speakers():
    # The guests' names and the folio made a second "column of names" over two rows: no table was
    # read, and the page read by lines gave three times WRONG (each title the next row's).
    (forum,) = agenda.parse("booklet.jpg", BOOKLET, 3000).forums
    talks = {s.start: (s.title, s.speakers) for s in forum.slots if s.kind == "talk"}
    assert talks["09:15"] == ("Linux内核社区协作模式的变迁:从邮件列表到持续集成与自动化审查", ("王建军",))
    assert talks["09:50"][1] == ("周晟",)
    assert talks["10:40"][1] == ("刘海波", "陈静")
    assert talks["11:50"] == ("服务器操作系统长期支持内核的维护实践与经验分享", ("沈立华",))


def test_a_titles_wrapped_line_of_capitalised_words_is_no_name():
    # Set 249: "Keeping BPF Maps Consistent" over "AcrossProgramUpgrades" over "Jakob Lindberg
    # Microsoft Principal": the title's last line was read as the speaker, the speaker's line as
    # his affiliation (WRONG). A preposition is no part of a name; a name is still one.
    assert not person_like("Across Program Upgrades")
    assert person_like("Jakob Lindberg")
