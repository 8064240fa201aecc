"""Session 21's readings, from the boxes OCR gave on blind sets, each read after its measurement."""

from __future__ import annotations

from hand_boxes import at as _at
from hand_boxes import shown as _talks

from clkarchive.pictures import agenda


def test_an_english_titles_line_that_ends_in_a_joining_word_goes_on_in_the_next():
    # Set 180: "Energy-Aware Scheduling on" over "Arm Laptops: What Still": the second line read
    # as a speaker, a Latin name beside a known company ("Arm"), and the talk's own speaker
    # under the title was left as biography.
    talks = _talks(
        [
            _at("吴浩然 阿里云内核工程师", 216, 4647, 459, 4680),
            _at("14:20-14:40", 44, 4721, 227, 4747),
            _at("cgroupv2cpuset分区模式在", 211, 4722, 586, 4754),
            _at("高频交易主机上的应用", 218, 4760, 487, 4788),
            _at("周子康中信证券基础架构工程师", 216, 4794, 513, 4828),
            _at("14:40-15:00 ● Energy-Aware Scheduling on", 41, 4864, 602, 4905),
            _at("Arm Laptops: What Still", 214, 4906, 532, 4941),
            _at("Goes Wrong", 216, 4943, 380, 4980),
            _at("孙嘉诚联想 操作系统工程师", 215, 4980, 482, 5014),
            _at("15:00-15:20 ·LoongArch 上 EIOINTC 与", 43, 5050, 542, 5088),
            _at("PCH-PIC的irqdomain层次", 217, 5093, 568, 5122),
            _at("曾子墨龙芯中科内核工程师", 219, 5129, 477, 5159),
            _at("韩砚龙芯中科固件工程师", 218, 5168, 476, 5195),
        ]
    )
    title, speakers, _ = talks["14:40"]
    assert title.endswith("Energy-Aware Scheduling on Arm Laptops: What Still Goes Wrong")
    assert speakers == ("孙嘉诚",)


def test_a_product_named_for_its_maker_is_a_titles_word_not_a_speakers_company():
    # Set 185: "OverheadonLargeArm64" (OCR dropped the spaces of "Overhead on Large Arm64") read
    # as the speaker "Overheadon Large" of Arm, shown WRONG, and "Servers" as a second talk's title.
    talks = _talks(
        [
            _at("刘海峰腾讯云数据库内核工程师", 231, 4254, 515, 4281),
            _at("memcg内存水位与ooM决策：", 229, 4320, 601, 4351),
            _at("14:00-14:30", 63, 4325, 192, 4349),
            _at("容器混部中的实践", 234, 4357, 441, 4384),
            _at("周鹏美团内核工程师", 231, 4390, 447, 4420),
            _at("ReducingTLBShootdown", 232, 4460, 561, 4489),
            _at("14:30-15:00", 63, 4463, 192, 4487),
            _at("OverheadonLargeArm64", 232, 4494, 563, 4524),
            _at("Servers", 230, 4529, 333, 4559),
            _at("马俊杰华为内核工程师", 229, 4561, 449, 4598),
            _at("DAMON在移动端冷热页识别中", 232, 4633, 592, 4660),
            _at("15:00-15:30", 64, 4635, 192, 4660),
            _at("的应用", 230, 4666, 311, 4698),
        ]
    )
    assert talks["14:30"] == (
        "ReducingTLBShootdown OverheadonLargeArm64 Servers",
        ("马俊杰",),
        ("华为内核工程师",),
    )


def test_a_latin_name_run_into_a_company_ocr_misspelt_is_cut_where_the_company_begins():
    # Set 184: "TobiasWagnerSusE内核工程师", OCR's SusE for SUSE. Cut at every capital it read
    # "Sus E": no company, no speaker, and the line went into the title.
    talks = _talks(
        [
            _at("虚拟机里的perf：PMU透传后的采样偏差", 383, 7258, 926, 7293),
            _at("14:40-15:10", 106, 7261, 286, 7292),
            _at("董辉海光信息性能工程师", 380, 7298, 655, 7337),
            _at("15:10-15:40", 106, 7380, 286, 7411),
            _at("Finding Hot Spinlocks in Production", 383, 7380, 894, 7414),
            _at("without Rebooting", 381, 7419, 652, 7457),
            _at("TobiasWagnerSusE内核工程师", 381, 7463, 744, 7498),
            _at("茶歇", 379, 7537, 445, 7574),
            _at("15:40-16:00", 105, 7542, 288, 7572),
        ]
    )
    assert talks["15:10"] == (
        "Finding Hot Spinlocks in Production without Rebooting",
        ("Tobias Wagner",),
        ("SusE内核工程师",),
    )


def test_a_jobless_latin_name_and_company_over_a_speakers_line_with_a_job_is_withheld():
    # Set 187's WeChat copy: "Why OurIdle CoresNeverSleep:Tickand" (its "Tick and" run together,
    # so the line does not end in a joining word) over "Timer Noiseon Arm Servers": a Latin name
    # and a known company, with no job, over the speaker's own line that ends in one. Shown, the
    # list was WRONG; which of the two the line is cannot be told.
    (forum,) = agenda.parse(
        "poster.png",
        [
            _at("王鹏腾讯云内核调度工程师", 374, 4113, 674, 4149),
            _at("13:50-14:10", 98, 4194, 263, 4224),
            _at("Why OurIdle CoresNeverSleep:Tickand", 379, 4196, 961, 4226),
            _at("Timer Noiseon Arm Servers", 377, 4237, 775, 4271),
            _at("王文杰Arm中国软件工程师", 375, 4280, 658, 4319),
            _at("14:10-14:40", 97, 4358, 264, 4392),
            _at("鲲鹏服务器上的NUMA自动均衡与内存带宽争用", 378, 4358, 999, 4391),
            _at("李强", 377, 4405, 468, 4436),
            _at("华为鲲鹏计算性能专家", 454, 4410, 667, 4433),
        ],
        3000,
    ).forums
    slots = {s.start: s for s in forum.slots}
    assert slots["13:50"].speakers_sure < 0.8 and slots["13:50"].title.startswith("Why Our")
    assert (slots["14:10"].speakers, slots["14:10"].speakers_sure) == (("李强",), 1.0)


def test_a_name_run_into_a_telecom_equipment_maker_is_cut():
    # Set 184: 大唐移动 was no known company, so "邓小军大唐移动软件工程师" could be 邓小 and
    # 军大唐移动… as well: kept as biography. It is in the lexicon now.
    talks = _talks(
        [
            _at("袁帅", 380, 8088, 476, 8124),
            _at("网易数帆内核工程师", 465, 8093, 652, 8119),
            _at("irqsofftracer在5G基站软件中的使用", 380, 8167, 884, 8202),
            _at("17:10-17:30", 106, 8170, 286, 8200),
            _at("邓小军大唐移动软件工程师", 380, 8208, 654, 8241),
        ]
    )
    assert talks["17:10"][1:] == (("邓小军",), ("大唐移动软件工程师",))


def test_a_titles_wrapped_line_holding_de_is_no_name_run_into_a_company():
    # Set 184: the title's last line "来的新挑战" (来 a surname) over the speakers' lines looked like
    # one more speaker's name run into an unknown company, and the list was withheld. A name
    # never holds 的.
    talks = _talks(
        [
            _at("陈磊腾讯云内核测试平台负责人", 379, 2719, 706, 2759),
            _at("终端设备内核的内存与功耗：多任务AI应用带", 383, 2800, 973, 2830),
            _at("10:45-11:15", 105, 2801, 286, 2831),
            _at("来的新挑战", 382, 2841, 530, 2875),
            _at("刘洋", 380, 2881, 475, 2916),
            _at("vivo内核技术总监", 469, 2886, 632, 2913),
            _at("黄婷婷", 382, 2925, 474, 2958),
            _at("vivo高级内核工程师", 465, 2929, 651, 2955),
        ]
    )
    assert talks["10:45"][1] == ("刘洋", "黄婷婷")


def test_forums_side_by_side_whose_times_stand_left_of_their_headings_are_cut_apart():
    # Set 189: two forums side by side at 1242 px, each time printed at its panel's left edge
    # before its title ("14:00-14:25·memcg…"), left of the right forum's heading. OCR set a few
    # titles' boxes a little over their time's, so the right forum's time column was not taken
    # for one: the rows were read across both forums, every time and list withheld. The bullet
    # between a time and its title is no part of the title.
    (memory, files) = agenda.parse(
        "poster.png",
        [
            _at("内存管理与优化分论坛", 161, 4172, 601, 4219),
            _at("文件系统与存储 分论坛", 762, 4174, 1202, 4217),
            _at("主持人：马晓东内蒙古科技大学信息工程学院副教授", 50, 4244, 489, 4273),
            _at("主持人：赵文华北京航空航天大学计算机学院副教授", 651, 4246, 1088, 4272),
            _at("14:00-14:25·memcg回收在高密度容器节点", 41, 4337, 593, 4376),
            _at("14:00-14:30·XFS在大容量HDD阵列上的分", 644, 4338, 1188, 4373),
            _at("上的抖动分析", 218, 4378, 383, 4412),
            _at("配组调优", 819, 4379, 931, 4411),
            _at("王磊腾讯云内核工程师", 216, 4415, 460, 4448),
            _at("刘俊杰", 817, 4416, 906, 4448),
            _at("中兴通讯存储软件工程师", 892, 4417, 1114, 4443),
            _at("14:25-14:50·hugetlb预留池随业务峰谷动态", 42, 4484, 599, 4525),
            _at("14:30-15:00·NVMe盘热拔插时1/O挂起问题", 645, 4485, 1199, 4521),
            _at("的定位与修复", 819, 4526, 984, 4559),
            _at("伸缩的实践", 217, 4527, 355, 4558),
            _at("李永强 京东云操作系统工程师", 215, 4562, 495, 4594),
            _at("陈永刚华为存储产品线内核工程师", 818, 4562, 1134, 4595),
            _at("14:50-15:15·Cheaper TLBFlushes on", 42, 4631, 536, 4671),
            _at("15:00-15:30Making Btrfs Scrub Play", 645, 4631, 1137, 4671),
            _at("Nicely with Foreground 1/0", 818, 4673, 1175, 4708),
            _at("128-CoreArmServers", 216, 4676, 507, 4704),
            _at("郑浩然 SUSE存储工程师", 818, 4707, 1057, 4743),
            _at("周文斌飞腾系统软件工程师", 216, 4708, 477, 4741),
            _at("15:30-15:50·茶歇", 646, 4782, 879, 4818),
            _at("15:15-15:40", 46, 4783, 206, 4807),
            _at("虚拟化宿主机内存热插拔的可靠", 219, 4783, 594, 4812),
            _at("性改进", 216, 4818, 303, 4853),
            _at("徐东中国移动云能力中心内核工程师", 216, 4856, 567, 4890),
            _at("15:50-16:20", 646, 4867, 821, 4894),
            _at("容器镜像overlayfs层数过多时", 818, 4869, 1198, 4900),
            _at("郭婷婷 中国移动云能力中心测试工程师", 216, 4892, 566, 4927),
            _at("的lookup开销", 820, 4906, 1009, 4940),
            _at("杨帆快手容器平台工程师", 818, 4941, 1079, 4974),
            _at("15:40-16:00·茶歇", 44, 4969, 276, 5002),
            _at("宋丽娟快手容器平台工程师", 817, 4981, 1080, 5015),
            _at("16:20-16:50", 648, 5055, 822, 5081),
            _at("ext4jbd2提交线程在NVMe上", 813, 5055, 1199, 5086),
            _at("16:00-16:25", 47, 5056, 226, 5079),
            _at("空闲进程页表内存的回收：PTE", 213, 5056, 594, 5085),
            _at("页释放的时机与代价", 219, 5093, 462, 5123),
            _at("成为瓶颈的排查", 821, 5093, 1010, 5123),
            _at("张超字节跳动STE团队内核工程师", 216, 5126, 544, 5159),
            _at("黄海波vivo文件系统工程师", 817, 5126, 1078, 5162),
            _at("16:25-16:50", 45, 5201, 214, 5228),
            _at("手机后台应用冷内存的识别与主", 216, 5201, 595, 5233),
            _at("16:50-17:20", 648, 5201, 822, 5227),
            _at("手机UFS写放大与discard下", 818, 5202, 1182, 5232),
            _at("动换出", 214, 5235, 302, 5274),
            _at("发策略", 818, 5238, 905, 5273),
            _at("林晓静荣耀终端内存优化工程师", 214, 5275, 514, 5308),
            _at("冯磊小米存储工程师", 817, 5275, 1043, 5308),
        ],
        3000,
    ).forums
    first = {s.start: s for s in memory.slots}
    second = {s.start: s for s in files.slots}
    assert (first["14:00"].title, first["14:00"].speakers) == (
        "memcg回收在高密度容器节点上的抖动分析",
        ("王磊",),
    )
    assert second["15:50"].speakers == ("杨帆", "宋丽娟")
    assert min(s.time_sure for s in (*memory.slots, *files.slots)) == 1.0


def test_a_titles_breaks_is_no_coffee_break():
    # Set 189: "What Breaks When We Backport: Five Years of Stable Regressions" was read as a
    # break, and the talk was lost.
    talks = _talks(
        [
            _at("算力多元化时代，操作系统内核面临的挑战与", 439, 2673, 1098, 2712),
            _at("09:20-09:50", 122, 2675, 323, 2710),
            _at("机遇", 435, 2720, 510, 2761),
            _at("王海涛", 438, 2769, 542, 2807),
            _at("华为操作系统内核实验室首席专家", 556, 2773, 878, 2799),
            _at("09:50-10:20", 122, 2861, 323, 2894),
            _at("WhatBreaksWhenWeBackport:Five", 439, 2861, 1041, 2895),
            _at("Years ofStable Regressions", 437, 2907, 878, 2946),
            _at("陈立新", 438, 2953, 542, 2992),
            _at("阿里云操作系统团队资深技术专家", 550, 2959, 877, 2985),
            _at("茶歇", 436, 3046, 510, 3088),
            _at("10:20-10:35", 120, 3049, 324, 3085),
        ]
    )
    assert talks["09:50"][1:] == (("陈立新",), ("阿里云操作系统团队资深技术专家",))


def test_a_sidebar_of_forums_one_of_which_stands_level_with_a_tables_first_time_is_no_heading():
    # Set 191: a conference site's programme page, its left sidebar listing the six forums as
    # links. The last link stood level with the main forum's first time, so the list was taken
    # for a table's column of forums: the sidebar's last name headed the main forum's table and
    # the links under it ("讲稿下载", "视频回放") became its talks, each a slot late.
    forums = agenda.parse(
        "poster.png",
        [
            _at("·主论坛", 30, 270, 90, 291),
            _at("·内存管理与优化分论坛", 31, 306, 186, 327),
            _at("主论坛", 299, 310, 380, 339),
            _at("·文件系统与存储分论坛", 30, 343, 186, 363),
            _at("会场：学术交流中心一楼报告厅", 557, 354, 758, 374),
            _at("主持人：黄志坚汕头大学工学院院长", 296, 355, 532, 372),
            _at("·调度、性能与调试分论坛", 31, 380, 199, 397),
            _at("议题", 459, 398, 497, 421),
            _at("演讲嘉宾", 979, 398, 1046, 422),
            _at("时间", 353, 399, 390, 421),
            _at("·硬件架构与异构计算分论坛", 31, 414, 214, 434),
            _at("林海涛", 980, 446, 1031, 468),
            _at("·AI基础设施与eBPF应用分论坛", 31, 452, 241, 469),
            _at("09:00-09:10", 325, 457, 418, 477),
            _at("开幕致辞", 459, 457, 526, 478),
            _at("汕头大学副校长", 979, 468, 1080, 491),
            _at("演讲嘉宾", 22, 490, 87, 511),
            _at("王建军", 980, 516, 1030, 537),
            _at("09:10- 09:45", 326, 527, 418, 547),
            _at("智算中心时代的操作系统：Linux内核还需要补上哪些能力", 462, 527, 850, 547),
            _at("讲稿下载", 21, 532, 88, 556),
            _at("华为操作系统首席架构师", 980, 538, 1130, 558),
            _at("视频回放", 22, 578, 87, 599),
            _at("Two Decades of Longterm Branches: What Downstream Maintainers", 459, 586, 935, 610),
            _at("Stefan Hartmann", 981, 590, 1112, 610),
            _at("09:45- 10:20", 326, 600, 418, 620),
            _at("Keep GettingWrong", 460, 610, 604, 634),
            _at("SUSE Distinguished Engineer", 979, 611, 1160, 633),
            _at("交通与住宿", 22, 622, 101, 643),
            _at("茶歇", 889, 662, 926, 685),
            _at("10:20-10:35", 774, 663, 865, 684),
            _at("往届大会", 22, 665, 87, 686),
            _at("联系我们", 22, 710, 88, 731),
            _at("李娜", 979, 714, 1016, 737),
        ],
        3000,
    ).forums
    talks = {s.start: s for f in forums for s in f.slots}
    assert [f.name for f in forums] == ["主论坛"]
    assert talks["09:10"].title == "智算中心时代的操作系统:Linux内核还需要补上哪些能力"
    assert talks["09:45"].title.startswith("Two Decades of Longterm Branches")


def test_names_run_into_a_power_grid_automation_company_are_cut():
    # Set 190: 南瑞集团 was no known company, so "高云峰南瑞集团…" could have been 高云 and
    # 峰南瑞集团…: both speakers were kept as biography. It is in the lexicon now.
    talks = _talks(
        [
            _at("继电保护装置上的PREEMPT_RT：", 338, 4435, 799, 4469),
            _at("15:00-15:30", 89, 4441, 264, 4471),
            _at("中断线程化与时延测试", 342, 4477, 641, 4507),
            _at("高云峰南瑞集团嵌入式软件工程师", 338, 4512, 695, 4546),
            _at("邝敏南瑞集团测试工程师", 338, 4552, 634, 4585),
        ]
    )
    assert talks["15:00"][1] == ("高云峰", "邝敏")


def test_a_speakers_line_whose_name_ocr_read_one_character_of_withholds_the_list():
    # Set 200's phone screenshot: the padded "曾　雪" read as "曾" alone, in a box of its own
    # beside "星纪魅族测试工程师". Kept as biography, the list was shown with 张勇 alone (WRONG);
    # one more speaker's line whose name was not read makes it withheld.
    (forum,) = agenda.parse(
        "poster.png",
        [
            _at("李飞", 367, 1053, 466, 1087),
            _at("中兴通讯 网络软件工程师", 480, 1057, 728, 1086),
            _at("Btrfs快照在车载系统OTA回滚中的应用", 369, 1144, 952, 1178),
            _at("17:05-17:30", 98, 1147, 285, 1178),
            _at("张勇", 368, 1183, 462, 1218),
            _at("星纪魅族车机系统工程师", 481, 1189, 727, 1215),
            _at("曾", 373, 1228, 397, 1255),
            _at("星纪魅族测试工程师", 482, 1232, 684, 1258),
            _at("基于eBPF的内核安全审计：性能开销与规则设计", 368, 1316, 1081, 1352),
            _at("17:30-17:55", 97, 1321, 286, 1354),
            _at("欧阳辉", 368, 1357, 462, 1389),
            _at("奇安信安全研究员", 481, 1362, 661, 1389),
        ],
        3000,
    ).forums
    slots = {s.start: s for s in forum.slots}
    assert slots["17:05"].speakers_sure < 0.8
    assert (slots["17:30"].speakers, slots["17:30"].speakers_sure) == (("欧阳辉",), 1.0)
