"""Session 22's readings, from the boxes OCR gave on blind sets, each read after its measurement."""

from __future__ import annotations

from hand_boxes import at as _at
from hand_boxes import shown as _talks

from clkarchive.pictures import agenda


def test_two_name_and_company_pairs_read_as_one_box_are_two_speakers():
    # Set 209, a web page printing "杨俊杰 · 联想   许敏 · 联想" on one line: OCR read one box with
    # no sign between the pairs, and the talk was shown as 杨俊杰's alone, of "联想许敏·联想".
    talks = _talks(
        [
            _at("CatchingLockContentionRegressionsEarlywithperflockinCl", 361, 3718, 919, 3741),
            _at("14:20-14:45", 208, 3720, 305, 3740),
            _at("吴迪·英特尔", 359, 3750, 448, 3770),
            _at("大小核混合架构笔记本上的任务放置：能效模型校准与实测", 360, 3809, 830, 3832),
            _at("14:45-15:10", 208, 3812, 306, 3832),
            _at("杨俊杰·联想许敏·联想", 359, 3842, 547, 3862),
            _at("茶歇", 358, 3892, 421, 3917),
            _at("15:10-15:25", 209, 3895, 305, 3915),
        ]
    )
    assert talks["14:45"][1:] == (("杨俊杰", "许敏"), ("联想", "联想"))
    assert talks["14:20"][1:] == (("吴迪",), ("英特尔",))


def test_a_second_name_glued_to_a_company_no_list_knows_withholds_the_list():
    # The same line with a company the lexicon lacks before the second name: which characters
    # are the name is unsure, and the first name alone would say the talk is one person's.
    boxes = [
        _at("大小核混合架构笔记本上的任务放置", 360, 3809, 830, 3832),
        _at("14:45-15:10", 208, 3812, 306, 3832),
        _at("杨俊杰·星河微电子科技许敏·星河微电子科技", 359, 3842, 580, 3862),
    ]
    (forum,) = agenda.parse("poster.png", boxes, 3000).forums
    (talk,) = forum.slots
    assert (talk.start, talk.title) == ("14:45", "大小核混合架构笔记本上的任务放置")
    assert talk.speakers_sure < 0.8


def test_a_speakers_line_under_another_is_no_job_title_ending_its_affiliation():
    # Set 207: "肖雪OPPO性能工程师" over "王海涛 OPPO内核工程师" in a column; the second line
    # matched a job title's pattern (a few words, then 工程师) and was read as the end of
    # 肖雪's affiliation, so the talk was shown as hers alone.
    talks = _talks(
        [
            _at("Not Kernel Bugs", 822, 6664, 1041, 6702),
            _at("吴俊杰 网易数帆内核工程师", 824, 6703, 1084, 6739),
            _at("调度器负载均衡在大核小核平", 822, 6782, 1177, 6811),
            _at("15:15-15:40", 655, 6784, 775, 6808),
            _at("台上的调优", 827, 6819, 963, 6850),
            _at("肖雪OPPO性能工程师", 825, 6858, 1063, 6891),
            _at("王海涛 OPPO内核工程师", 824, 6895, 1063, 6932),
            _at("○茶歇", 800, 6967, 924, 7002),
            _at("15:40-15:55", 651, 6970, 776, 6997),
        ]
    )
    assert talks["15:15"] == (
        "调度器负载均衡在大核小核平台上的调优",
        ("肖雪", "王海涛"),
        ("OPPO性能工程师", "OPPO内核工程师"),
    )


def test_a_phones_status_bar_whose_marks_ocr_read_as_one_box_is_no_talk():
    # Set 214, a phone screenshot of a programme page: the network and battery marks read as one
    # box ("l 5G  64"), so the clock "21:36" beside them was taken for a talk's start, and the
    # page's header for its title: the screenshot's real talks were lost behind it.
    talks = _talks(
        [
            _at("l 5G  64", 758, 19, 1016, 59),
            _at("21:36", 51, 24, 246, 60),
            _at("clk9214.example.0rg/agenda", 209, 134, 752, 184),
            _at("中国Linux内核开发者大会", 146, 278, 598, 318),
            _at("9214年10月25日 (周六)", 90, 682, 462, 722),
            _at("大会议程", 40, 891, 253, 952),
            _at("主论坛", 58, 1278, 214, 1336),
            _at("主持人：周文丨江南大学", 44, 1359, 417, 1395),
            _at("09:00-09:10", 94, 1517, 281, 1551),
            _at("开幕致辞", 71, 1586, 232, 1630),
            _at("佘文斌丨江南大学", 74, 1652, 346, 1690),
            _at("09:10-09:40", 95, 1797, 279, 1827),
            _at("操作系统内核的下一个十年：开放协作与产业落地", 75, 1867, 931, 1906),
            _at("王建华丨华为", 74, 1929, 280, 1969),
        ]
    )
    assert "21:36" not in talks
    assert talks["09:10"] == ("操作系统内核的下一个十年:开放协作与产业落地", ("王建华",), ("华为",))


def test_a_bar_ocr_read_as_a_box_drawing_line_parts_a_name_from_its_company():
    # Set 214: "杨帆│英特尔" (U+2502 for the page's ｜) went into the title as more of its words.
    talks = _talks(
        [
            _at("13:30-14:00", 92, 425, 281, 459),
            _at("Linux内存碎片指标的采集与线上告警实践", 75, 495, 813, 536),
            _at("王磊丨腾讯云", 73, 559, 278, 597),
            _at("14:00-14:30", 94, 703, 281, 736),
            _at("Tiered Memory Placement with NUMA Balancing", 72, 769, 1000, 821),
            _at("on CXL Expanders", 75, 831, 415, 871),
            _at("杨帆│英特尔", 72, 892, 280, 932),
            _at("14:30-15:00", 95, 1038, 280, 1068),
        ]
    )
    assert talks["14:00"] == (
        "Tiered Memory Placement with NUMA Balancing on CXL Expanders",
        ("杨帆",),
        ("英特尔",),
    )


def test_a_headings_first_words_over_its_own_time_column_do_not_hide_the_gutter():
    # Set 216, two forums side by side: the right one's heading printed as "调度、" then
    # "性能与调试分论坛", its first words standing over its own time column. Taken for a box across
    # the gutter, they hid it; the cut fell through the left titles, the first row went to both
    # forums, and both forums' times and speakers were withheld (16 talks).
    schedule = agenda.parse(
        "poster.png",
        [
            _at("调度、", 638, 6089, 733, 6136),
            _at("性能与调试分论坛", 747, 6092, 1047, 6134),
            _at("文件系统与存储分论坛", 69, 6093, 434, 6133),
            _at("主持人：陈晓峰字节跳动STE资深工程师", 640, 6177, 1013, 6209),
            _at("主持人：张国栋", 65, 6179, 229, 6207),
            _at("华为存储内核专家", 219, 6181, 383, 6208),
            _at("容器CPU限流下JVMGC停顿", 809, 6278, 1164, 6308),
            _at("ext4日志模式对MySQL刷盘延", 228, 6279, 602, 6309),
            _at("13:30-14:00", 640, 6282, 769, 6306),
            _at("13:30-14:00", 64, 6283, 192, 6306),
            _at("迟的影响实测", 231, 6313, 390, 6344),
            _at("变长的原因分析", 809, 6313, 992, 6344),
            _at("李建军美团存储工程师", 231, 6350, 447, 6377),
            _at("刘洋阿里云内核工程师", 807, 6350, 1041, 6377),
            _at("构建集群为何卡在overlayfs：", 231, 6416, 575, 6448),
            _at("A Yearof Nightly Scheduler", 806, 6418, 1154, 6448),
            _at("14:00-14:30", 62, 6419, 191, 6444),
            _at("14:00-14:30", 640, 6420, 770, 6445),
            _at("一次copy-up风暴的复盘", 231, 6449, 532, 6485),
            _at("Benchmarking:What We", 807, 6452, 1124, 6484),
            _at("王磊小米系统工程师", 230, 6486, 449, 6519),
            _at("Caught", 808, 6488, 906, 6519),
            _at("Making NVMe Multipath", 229, 6554, 534, 6587),
            _at("14:30-15:00", 63, 6557, 191, 6582),
            _at("Boring Again", 230, 6589, 398, 6625),
            _at("vmcore太大怎么办：", 804, 6589, 1053, 6621),
            _at("14:30-15:00", 639, 6593, 769, 6617),
            _at("makedumpfile的过滤规则", 807, 6624, 1131, 6656),
            _at("陈波深信服存储研发工程师", 231, 6625, 499, 6655),
            _at("徐晨中国移动操作系统工程师", 809, 6661, 1091, 6688),
        ],
        3000,
    )
    shown = {
        (f.name, s.start): (s.title, s.speakers)
        for f in schedule.forums
        for s in f.slots
        if s.time_sure >= 0.8 and s.speakers_sure >= 0.8
    }
    assert shown[("文件系统与存储分论坛", "13:30")] == ("ext4日志模式对MySQL刷盘延迟的影响实测", ("李建军",))
    assert shown[("调度、性能与调试分论坛", "13:30")] == ("容器CPU限流下JVMGC停顿变长的原因分析", ("刘洋",))
    assert shown[("调度、性能与调试分论坛", "14:30")] == (
        "vmcore太大怎么办:makedumpfile的过滤规则",
        ("徐晨",),
    )


def test_a_status_bars_clock_read_with_a_notifications_mark_is_no_talk():
    # Set 224, a WeChat article in phone screenshots: the status bar's clock read with a
    # notification's mark ("22:14  @") and the signal's bars as 三 was a talk of its own, and the
    # screenshot's first line (the foot of the card before, "周朝阳|…") was then read as the next
    # card's speaker printed before its title: shown as 周朝阳's, WRONG, 曹永刚's line in its title.
    schedule = agenda.parse(
        "Screenshot_com.tencent.mm.png",
        [
            _at("三 5G 40", 757, 19, 1012, 62),
            _at("22:14  @", 51, 26, 240, 62),
            _at("周朝阳|天翼云存储研发工程师", 47, 247, 545, 283),
            _at("16:40-17:15", 44, 341, 251, 376),
            _at("XFS在线修复功能的现状与生产环境评估", 43, 398, 782, 440),
            _at("曹永刚|浪潮信息", 49, 470, 320, 507),
            _at("调度、性能与调试分论坛", 300, 627, 780, 670),
            _at("阿里云", 606, 726, 723, 767),
            _at("主持人：高翔", 361, 727, 581, 764),
            _at("13:30-14:00", 44, 816, 251, 849),
            _at("sched_ext在游戏服务器上的调度策略实验", 46, 873, 828, 912),
            _at("许文涛‧网易", 41, 938, 263, 985),
            _at("14:00-14:30", 46, 1039, 250, 1072),
            _at("混部场景下CFS带宽控制引I发的长尾延迟分析", 47, 1096, 875, 1135),
            _at("朱建军百度", 43, 1163, 263, 1206),
            _at("14:30-15:00", 46, 1261, 250, 1295),
            _at("Making perf Work Better on Hybrid Cores", 46, 1316, 867, 1366),
            _at("彭飞‧英特尔", 42, 1385, 263, 1429),
            _at("茶歇", 265, 1479, 364, 1522),
            _at("15:00-15:15", 45, 1484, 254, 1518),
            _at("15:15-15:45", 44, 1576, 251, 1612),
            _at("kdump在大内存机器上的转储加速", 47, 1635, 686, 1676),
            _at("谢宇航\u3000中兴通讯", 44, 1703, 336, 1743),
            _at("15:45-16:15", 45, 1802, 252, 1834),
            _at("用ftrace与BPF追踪内核软锁定的根因", 46, 1858, 766, 1898),
            _at("王晓明", 44, 1928, 157, 1966),
            _at("腾讯云", 159, 1928, 298, 1968),
            _at("16:15-16:45", 46, 2026, 250, 2057),
            _at("工业控制器上PREEMPT_RT内核的中断延迟优化", 46, 2083, 944, 2120),
            _at("梁国栋中国科学院软件研究所", 44, 2151, 548, 2189),
        ],
        3000,
    )
    talks = {s.start: (s.title, s.speakers) for f in schedule.forums for s in f.slots}
    assert "22:14" not in talks
    assert talks["16:40"] == ("XFS在线修复功能的现状与生产环境评估", ("曹永刚",))


def test_a_forum_across_the_page_between_two_rows_of_forums_side_by_side_is_read():
    # Set 223: forums 01 | 02 side by side, 03 across the page under a heading of its own, then
    # 04 | 05 side by side. What stood between the two rows of headings went to neither: 03's
    # ten talks were lost, and the bench matched its truth to other forums' talks (16 WRONG).
    schedule = agenda.parse(
        "CLK8223全部议程.png",
        [
            _at("文件系统与存储分论坛", 641, 4229, 1013, 4283),
            _at("内存管理与优化分论坛", 69, 4237, 433, 4275),
            _at("主持人：李建伟阿里云内核技术专家", 62, 4318, 403, 4353),
            _at("主持人：陈静字节跳动存储技术专家", 639, 4321, 995, 4350),
            _at("Redis集群开启透明大页的收益", 231, 4422, 595, 4451),
            _at("F2FS冷热数据分离在入门级机", 805, 4422, 1163, 4451),
            _at("13:30-14:00", 63, 4424, 193, 4451),
            _at("13:30-14:10", 641, 4426, 770, 4450),
            _at("与代价", 230, 4454, 314, 4489),
            _at("型上的效果", 807, 4456, 941, 4487),
            _at("杨建华小米存储软件工程师", 806, 4490, 1055, 4521),
            _at("王\u3000鹏  美团系统工程师", 230, 4491, 448, 4522),
            _at("Scaling ext4 Fast Commit for", 805, 4559, 1174, 4590),
            _at("Where the Page Cache", 231, 4562, 515, 4589),
            _at("14:00-14:30", 63, 4564, 192, 4588),
            _at("14:10-14:50", 640, 4564, 769, 4588),
            _at("Spends Its Time on 384", 232, 4593, 529, 4627),
            _at("Write-Heavy Databases", 810, 4597, 1107, 4624),
            _at("Cores", 231, 4631, 308, 4660),
            _at("郭俊涛腾讯云存储内核工程师", 809, 4631, 1075, 4659),
            _at("调度、", 103, 5901, 234, 5966),
            _at("性能与调试分论坛", 277, 5904, 742, 5959),
            _at("主持人：王海涛", 102, 6029, 323, 6069),
            _at("腾讯云内核研发总监", 337, 6036, 555, 6069),
            _at("EEVDF的lag与slice：在线业务要关心哪些参数", 391, 6172, 1132, 6209),
            _at("13:30-14:00", 103, 6173, 300, 6207),
            _at("李鹏\u3000字节跳动 STE 内核工程师", 390, 6217, 774, 6253),
            _at("14:00-15:00", 103, 6311, 301, 6345),
            _at("Chasing a 3% Throughput Drop After a", 393, 6311, 1027, 6348),
            _at("Scheduler Merge", 391, 6354, 674, 6396),
            _at("Mathieu Girard Arm Principal Software Engineer", 391, 6402, 984, 6437),
            _at("硬件架构与异构计算分论坛", 68, 7914, 506, 7953),
            _at("基础设施与eBPF应用分论坛", 681, 7915, 1160, 7951),
            _at("主持人：赵建国", 63, 7996, 226, 8026),
            _at("主持人：孙婷", 641, 7999, 809, 8026),
            _at("百度智能云基础架构技术专家", 795, 7999, 1046, 8028),
            _at("飞腾系统软件部总监", 228, 8000, 401, 8027),
            _at("SMMU页表遍历缓存不足导致", 231, 8097, 578, 8127),
            _at("万卡集群里的网卡闪断：内核日", 808, 8098, 1172, 8128),
            _at("13:30-14:00", 63, 8101, 192, 8126),
            _at("13:30-14:00", 640, 8101, 770, 8126),
            _at("志能告诉我们什么", 807, 8131, 1017, 8164),
            _at("的网卡吞吐下降", 232, 8133, 416, 8163),
            _at("赵鹏百度智能云网络工程师", 806, 8168, 1075, 8199),
            _at("张海波飞腾内核工程师", 231, 8169, 447, 8196),
        ],
        8223,
    )
    first = {f.name: (f.slots[0].start, f.slots[0].speakers) for f in schedule.forums if f.slots}
    assert first["内存管理与优化分论坛"] == ("13:30", ("王鹏",))
    assert first["调度、性能与调试分论坛"] == ("13:30", ("李鹏",))
    assert first["硬件架构与异构计算分论坛"] == ("13:30", ("张海波",))


def test_a_titles_short_last_line_over_a_name_set_wide_is_no_speaker():
    # Set 223: "页表占用过高问题的排查与回收" "方案" over "黄  磊快手内核工程师" (a two-character name
    # set wide, run into its company): 方 is a surname, and the talk was shown as 方案's, WRONG.
    talks = _talks(
        [
            _at("页表占用过高问题的排查与回收", 233, 4872, 589, 4901),
            _at("15:00-15:30", 63, 4874, 193, 4899),
            _at("方案", 230, 4904, 286, 4935),
            _at("黄  磊快手内核工程师", 229, 4939, 447, 4968),
            _at("吴敏快手 系统工程师", 230, 4973, 448, 5003),
            _at("15:30-15:50茶歇", 62, 5034, 289, 5068),
        ]
    )
    assert talks["15:00"] == (
        "页表占用过高问题的排查与回收方案",
        ("黄磊", "吴敏"),
        ("快手内核工程师", "快手 系统工程师"),
    )


def test_a_breaks_band_read_as_one_box_with_its_time_is_a_row_of_its_own():
    # Set 221, a web page's table (时间 | 议题 | 演讲嘉宾 | 单位): a tea break printed across the table
    # as "茶歇 15:10-15:25", read as one box. Its time, run into its name, was no row's; the band
    # went into the row above, which became a break: the talk and its two speakers were lost
    # (five such talks on the page).
    talks = _talks(
        [
            _at("腾讯云", 1012, 1330, 1064, 1355),
            _at("郑建华", 814, 1331, 864, 1353),
            _at("13:30-13:55", 134, 1332, 220, 1352),
            _at("数据库场景的大页碎片治理：主动内存规整的触发时机与开销控制", 275, 1333, 742, 1352),
            _at("英特尔", 1012, 1380, 1066, 1408),
            _at("刘洋", 813, 1381, 850, 1406),
            _at("MeasuringRefault DistancetoSizeContainer Memory Limits", 276, 1384, 723, 1405),
            _at("13:55-14:20", 135, 1385, 219, 1402),
            _at("字节跳动", 1014, 1433, 1080, 1457),
            _at("王丽娟", 814, 1435, 864, 1457),
            _at("14:20-14:45", 134, 1436, 220, 1456),
            _at("memcg水位自适应调节：在离线混部集群的内存超卖实践", 276, 1437, 688, 1457),
            _at("吴磊", 814, 1485, 850, 1509),
            _at("OPPO", 1014, 1486, 1061, 1507),
            _at("14:45-15:10", 134, 1499, 220, 1519),
            _at("手机后台应用保活与匿名页回收的平衡", 276, 1499, 549, 1519),
            _at("徐静怡", 814, 1510, 864, 1533),
            _at("OPPO", 1014, 1510, 1061, 1532),
            _at("茶歇15:10-15:25", 655, 1557, 785, 1577),
            _at("林文涛", 813, 1603, 866, 1628),
            _at("华为", 1012, 1603, 1051, 1630),
            _at("15:25-15:50", 134, 1606, 220, 1626),
            _at("kmemleak的低开销改造：线上slab泄漏的持续检测", 276, 1606, 654, 1626),
            _at("统信软件", 1012, 1654, 1079, 1682),
            _at("李军", 813, 1657, 850, 1681),
            _at("15:50-16:15", 134, 1658, 220, 1678),
            _at("大内存虚拟机的NUMA自动平衡：页迁移开销的测量与调优", 276, 1659, 698, 1679),
        ]
    )
    assert talks["14:45"] == ("手机后台应用保活与匿名页回收的平衡", ("吴磊", "徐静怡"), ("OPPO", "OPPO"))
    assert talks["15:25"][1] == ("林文涛",)


def test_a_middle_dot_ocr_read_as_a_full_stop_still_parts_a_name_from_its_company():
    # Set 209: "韩峰。中国移动云能力中心" (the page's "韩峰 · 中国移动…") was kept as biography and
    # the talk withheld; matching set 7's poster printed "张细锐。vivo 存储系统工程师" under the
    # first speaker's line, and the talk was shown as that first speaker's alone (WRONG).
    talks = _talks(
        [
            _at(
                "多租户云盘的lO限流公平性问题：从blk-throttle迁移到iocost的经验与线上数据",
                359,
                3309,
                1027,
                3332,
            ),
            _at("16:40-17:05", 207, 3310, 306, 3334),
            _at("韩峰。中国移动云能力中心", 361, 3345, 523, 3362),
        ]
    )
    assert talks["16:40"][1:] == (("韩峰",), ("中国移动云能力中心",))


def test_a_biographys_line_that_opens_with_a_names_characters_and_a_stop_stays_biography():
    # Set 77: "…的开发与上" "游化。此前在中国科学院计算技术研究所从…": 游 is a surname, but what
    # follows the stop opens with no organisation; read as a speaker, the card was WRONG.
    schedule = agenda.parse(
        "poster.webp",
        [
            _at("15:10-15:35", 40, 5730, 120, 5770),
            _at("LoongArch平台的中断亲和与调度协同", 133, 5728, 799, 5771),
            _at("龙芯中科系统软件工程师，负责LoongArch", 134, 5820, 601, 5852),
            _at("内核中断子系统与调度相关特性的开发与上", 136, 5877, 591, 5903),
            _at("游化。此前在中国科学院计算技术研究所从", 135, 5929, 593, 5958),
            _at("事处理器验证工作，2016年硕士毕业于哈尔", 134, 5983, 605, 6012),
            _at("滨工业大学。", 134, 6037, 268, 6068),
        ],
        3000,
    )
    (talk,) = [s for f in schedule.forums for s in f.slots]
    assert "游化" not in talk.speakers


def test_a_titles_last_line_that_holds_yu_is_no_speakers_name():
    # Set 226: "飞腾平台ACPI表解析问题的定" "位与修复" over "田志强飞腾信息技术内核工程师": 位 is a
    # surname, so the title's last line read as one more speaker's run into a company no list
    # knows, and the list was withheld. A name never holds 与, as it never holds 的.
    talks = _talks(
        [
            _at("15:50-16:25", 45, 8948, 207, 8976),
            _at("飞腾平台ACPI表解析问题的定", 216, 8948, 588, 8980),
            _at("位与修复", 215, 8983, 329, 9022),
            _at("田志强飞腾信息技术内核工程师", 216, 9023, 513, 9055),
        ]
    )
    assert talks["15:50"][1] == ("田志强",)
