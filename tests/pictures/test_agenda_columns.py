"""Forums side by side under their headings, from hand-made OCR boxes (round 14): a break band
centred in one column, its time and name both inside that column, is a break in every forum."""

from __future__ import annotations

from hand_boxes import at as _at

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box


def _box(text: str, x: int, y: int, size: int = 30) -> Box:
    """As printed: a Chinese character a square, a Latin letter or digit half of one."""
    return Box(text, x, y, x + sum(size if ord(ch) > 0x2E80 else size // 2 for ch in text), y + size, 0.99)


def test_a_break_band_centred_in_one_column_breaks_every_forum_with_its_time():
    """Three forums of cards (time, title, name, company); '14:50-15:10 茶歇' printed once in a
    band whose text stands in the middle column. Before, the break's name went to the other
    columns without its time: no break there, and the name joined the card over it (on set 14's
    poster, as that card's second speaker); now each forum has the break at its time, and each
    card its one speaker."""
    forums = ["内存管理分论坛", "存储分论坛", "网络分论坛"]
    cards = {
        "13:30-14:10": ["页迁移策略的再思考", "分层内存的回收", "拥塞控制的插件化"],
        "14:10-14:50": ["大页的碎片治理", "零拷贝接收的设计", "云网关的性能剖析"],
        "15:10-15:50": ["回收路径的锁竞争", "多路径调度器调优", "非特权的安全边界"],
    }
    names = ["王立", "李可心", "张乐天", "刘子墨", "陈家豪", "杨明远", "赵一诺", "黄晓峰", "周嘉树"]
    drawn = [Box(name, 90 + 340 * k, 0, 330 + 340 * k, 36, 0.99) for k, name in enumerate(forums)]
    tops = {"13:30-14:10": 100, "14:10-14:50": 360, "15:10-15:50": 700}
    for n, (time, titles) in enumerate(cards.items()):
        for k, title in enumerate(titles):
            x, y = 60 + 340 * k, tops[time]
            drawn += [_box(time, x, y, 26), _box(title, x, y + 40), _box(names[3 * n + k], x, y + 100)]
            drawn += [_box("华为内核工程师", x, y + 140, 24)]
    drawn += [_box("14:50-15:10", 410, 620), _box("茶歇", 620, 620, 36)]
    read = agenda.parse("p.png", drawn).forums
    assert [f.name for f in read] == forums
    for k, forum in enumerate(read):
        assert [(s.kind, s.start) for s in forum.slots] == [
            ("talk", "13:30"),
            ("talk", "14:10"),
            ("break", "14:50"),
            ("talk", "15:10"),
        ]
        assert [s.speakers for s in forum.talks] == [(names[k],), (names[3 + k],), (names[6 + k],)]


_CARD = [  # a slide's sidebar: the forum's card, its host under a photo
    _at("CLK2059", 57, 211, 339, 265),
    _at("第54届中国Linux内核开发者大会", 54, 284, 464, 317),
    _at("RISC-V", 54, 389, 249, 444),
    _at("与体系结构分论坛", 57, 469, 531, 526),
    _at("2059年10月26日（周日）上午", 97, 607, 461, 637),
    _at("会场：炳麟图书馆二楼多功能厅", 99, 655, 482, 685),
    _at("主持人", 237, 810, 309, 843),
    _at("王志勇", 225, 865, 341, 910),
    _at("中国科学院计算技术研究所", 225, 918, 491, 946),
]
_PROGRAMME = [  # time, title, "name·company", 86 px a talk
    ("9:10-9:35 AM", "RISC-V向量扩展的内核上下文切换开销", "张磊·中国科学院软件研究所"),
    ("9:35-10:00AM", "LoongArch内核虚拟化支持的最新进展", "李倩·龙芯中科"),
    ("10:00-10:25AM", "Arm64指针认证与BTI的内核加固", "唐浩·飞腾信息"),
    ("10:25-10:50 AM", "Booting RISC-V Servers with UEFI and ACPI", "Daniel Kovacs·Canonical"),
    ("11:05-11:30 AM", "海光平台上perf PMU驱动的适配", "谢芳·海光信息"),
    ("11:30-11:55 AM", "RISC-V AIA中断架构与KVM设备直通", "吕晨·平头哥半导体"),
    ("11:55AM-12:20PM", "x86 LAM与LASS：内存安全新特性的内核支持", "周敏·英特尔"),
]


def test_a_slides_sidebar_card_heads_its_programme():
    """A slide: at the left the forum's card (the conference, the forum's name, the day, the hall,
    the host under a photo), at the right the programme, a gutter between. Before, the card's
    lines ran into the talks' beside them: the forum's name headed only the talks under it, the
    first four talks lost their speakers to the card's lines, and the host was read as the last
    talk's speaker (set 33, shown as fact). Now the card is read over the programme, as its
    heading."""
    drawn = [*_CARD, _at("议程", 667, 90, 775, 149)]
    for n, (time, title, person) in enumerate(_PROGRAMME):
        y = 267 + 86 * n
        drawn += [
            _at(time, 687, y + 5, 687 + 13 * len(time), y + 32),
            _at(title, 970, y, 970 + 17 * len(title), y + 30),
        ]
        drawn += [_at(person, 970, y + 40, 970 + 14 * len(person), y + 67)]
    (forum,) = agenda.parse("slide.png", drawn).forums
    assert (forum.name, forum.host) == ("与体系结构分论坛", "王志勇")
    assert [(s.start, s.speakers) for s in forum.slots] == [
        ("09:10", ("张磊",)),
        ("09:35", ("李倩",)),
        ("10:00", ("唐浩",)),
        ("10:25", ("Daniel Kovacs",)),
        ("11:05", ("谢芳",)),
        ("11:30", ("吕晨",)),
        ("11:55", ("周敏",)),
    ]


def test_a_title_column_beside_its_times_is_no_sidebar():
    """Titles at the left on the rows of their times at the right (a table of contents): the
    programme's own lines, however a heading names the forum over them, are not lifted."""
    drawn = [_at("内存管理分论坛", 60, 100, 400, 140)]
    for n, (time, title, _) in enumerate(_PROGRAMME[:4]):
        y = 200 + 60 * n
        drawn += [
            _at(title, 60, y, 60 + 17 * len(title), y + 30),
            _at(time, 900, y + 2, 900 + 13 * len(time), y + 29),
        ]
    (forum,) = agenda.parse("toc.png", drawn).forums
    assert [s.title for s in forum.slots] == [t for _, t, _ in _PROGRAMME[:4]]


def test_a_hosts_affiliation_under_the_host_at_the_headings_right_is_the_hosts():
    """Set 39's handout: "主持人：陈国栋" at the right of the forum's heading, "福州大学教授" right under
    it, level with the first talk's row. Before, the affiliation opened that talk's title
    ("福州大学教授开幕致辞"); now it is the host's."""
    drawn = [
        _at("主论坛", 215, 564, 371, 609),
        _at("主持人：陈国栋", 1174, 584, 1335, 620),
        _at("福州大学教授", 1221, 615, 1337, 647),
        _at("09:00-09:15", 229, 629, 352, 660),
        _at("开幕致辞", 415, 633, 509, 664),
        _at("黄志明 福州大学 副校长", 414, 664, 630, 700),
        _at("09:15-10:00", 226, 700, 351, 731),
        _at("Linux内核社区三十年：维护者的交接与传承", 415, 703, 848, 744),
        _at("王海峰 华为首席内核专家", 415, 737, 647, 769),
    ]
    (forum,) = agenda.parse("handout.jpg", drawn).forums
    assert (forum.host, forum.host_affiliation) == ("陈国栋", "福州大学教授")
    assert [(s.title, s.speakers) for s in forum.slots] == [
        ("开幕致辞", ("黄志明",)),
        ("Linux内核社区三十年:维护者的交接与传承", ("王海峰",)),
    ]


def test_a_columns_first_time_with_nothing_over_it_opens_its_talk():
    """Set 49: two forums side by side, each of two talks, each time over its talk's title. The
    first time of a column has no line over it to say which way its talk lies; the one vote of
    the second time was too few, the cut between the two talks was unsure, and every time and
    speaker was withheld. A time with nothing over it can only have its talk under it."""
    drawn = [
        _at("调度与实时性分论坛", 160, 2636, 429, 2666),
        _at("虚拟化与云原生分论坛", 664, 2636, 961, 2666),
        _at("01", 88, 2643, 124, 2670),
        _at("02", 595, 2647, 623, 2667),
        _at("主持人：黄伟", 68, 2688, 212, 2721),
        _at("主持人：邓军", 571, 2688, 713, 2721),
        _at("重庆大学 副教授", 68, 2726, 202, 2749),
        _at("腾讯云虚拟化专家", 570, 2726, 722, 2749),
        _at("13:30-14:20", 580, 2796, 712, 2820),
        _at("13:30-14:20", 80, 2797, 210, 2821),
        _at("virtio-fs 与 DAX:", 572, 2844, 781, 2871),
        _at("PREEMPT_RT进入主线之后：", 70, 2846, 425, 2872),
        _at("安全容器的共享文件系统", 573, 2883, 871, 2913),
        _at("实时性测试与调优", 70, 2884, 285, 2911),
        _at("梁浩", 67, 2927, 122, 2961),
        _at("彭程", 570, 2928, 623, 2959),
        _at("统信软件 内核工程师", 67, 2966, 248, 2992),
        _at("蚂蚁集团技术专家", 571, 2966, 731, 2990),
        _at("14:20-15:10", 80, 3033, 211, 3057),
        _at("14:20-15:10", 581, 3033, 713, 3057),
        _at("guest_memfd 与机", 570, 3076, 816, 3115),
        _at("proxy execution:", 69, 3080, 294, 3112),
        _at("密虚拟机的内存管理", 572, 3120, 816, 3150),
        _at("优先级反转的调度器解法", 72, 3121, 366, 3148),
        _at("周婷", 68, 3163, 123, 3196),
        _at("吴昊", 569, 3163, 624, 3196),
        _at("vivo内核专家", 67, 3202, 190, 3227),
        _at("英特尔软件工程师", 571, 3202, 731, 3227),
    ]
    forums = {f.name: f for f in agenda.parse("panels.png", drawn).forums}
    read = [(s.start, s.speakers, s.time_sure >= 0.8) for s in forums["调度与实时性分论坛"].slots]
    assert read == [("13:30", ("梁浩",), True), ("14:20", ("周婷",), True)]
    assert [s.speakers for s in forums["虚拟化与云原生分论坛"].slots] == [("彭程",), ("吴昊",)]
