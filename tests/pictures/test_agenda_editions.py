"""Agenda images of online and hybrid editions, from hand-made OCR boxes (round 26): rows
"time | title | name / company"; speakers written in characters and pinyin, or in Latin letters,
after a list's bullet; a start time in large type over its end in small type, a bar between; two
days on one image, each forum's heading after a half day's label."""

from __future__ import annotations

from hand_boxes import at as _at

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.clock import ended
from clkarchive.pictures.agenda.geometry import Line, Text
from clkarchive.pictures.agenda.speakers import listed


def test_a_speakers_cell_of_name_slash_company():
    """A table's speakers' cell "李华/字节跳动", two such lines in one cell for two speakers. The
    slash also lists names ("钟宇 / 诸葛云"): a company after it was read as a second name that is
    none, and every speaker was withheld (one shown short, WRONG). Now a name and an organisation
    that names nobody are a speaker and their affiliation."""
    drawn = [
        _at("主论坛", 80, 800, 220, 850),
        _at("主持人：王建国（中国科学技术大学教授）", 65, 903, 547, 932),
    ]
    drawn += [
        _at("TIME时间", 61, 958, 166, 986),
        _at("TOPIC议题", 255, 958, 371, 985),
        _at("SPEAKER嘉宾", 805, 956, 953, 985),
    ]
    drawn += [
        _at("09:00-09:40", 63, 1045, 214, 1072),
        _at("内存回收路径的锁竞争分析与优化", 261, 1040, 707, 1070),
    ]
    drawn += [_at("李华/字节跳动", 805, 1037, 982, 1074)]
    drawn += [
        _at("09:40-10:20", 63, 1133, 214, 1161),
        _at("面向AI训练集群的内核网络栈调优", 259, 1144, 720, 1175),
    ]
    drawn += [_at("王磊/腾讯", 806, 1126, 932, 1158), _at("杨柳/腾讯", 805, 1165, 933, 1199)]
    drawn += [_at("10:20-10:30", 63, 1246, 214, 1273), _at("休息", 253, 1239, 318, 1278)]
    drawn += [
        _at("10:30-11:10", 63, 1321, 214, 1348),
        _at("用BPF重新实现cgroup资源控制器", 259, 1315, 746, 1348),
    ]
    drawn += [_at("刘婷/阿里云", 806, 1319, 956, 1350)]
    talks = agenda.parse("p.png", drawn).forums[0].talks
    assert [(t.start, t.speakers, t.affiliations) for t in talks] == [
        ("09:00", ("李华",), ("字节跳动",)),
        ("09:40", ("王磊", "杨柳"), ("腾讯", "腾讯")),
        ("10:30", ("刘婷",), ("阿里云",)),
    ]
    assert all(t.speakers_sure == 1.0 for t in talks)


def _line(text: str) -> Line:
    return Line((Text(text, 263, 0, 263 + 18 * len(text), 37),))


def test_a_speaker_in_characters_and_pinyin_after_a_bullet():
    """ "·许志华 Xu Zhihua·HUST": a bullet, the name, its pinyin, the affiliation; the pinyin with no
    brackets round it, and a bullet OCR read as a dot (or two). A name in Latin letters alone
    ("● Thomas Lindner · SUSE") is one too. Before, the bullet and the unbracketed pinyin left
    every such speaker unread."""
    read = [
        (s.name, s.affiliation, s.sure)
        for line in ("·许志华 Xu Zhihua·HUST", "·● 吴磊WuLei·Huawei")
        for s in listed(_line(line), None)
    ]
    assert read == [("许志华", "HUST", 1.0), ("吴磊", "Huawei", 1.0)]
    assert [(s.name, s.affiliation) for s in listed(_line("●Thomas Lindner · SUSE"), None)] == [
        ("Thomas Lindner", "SUSE")
    ]
    # pinyin that does not spell the name is no proof it is one person's
    assert [s.sure for s in listed(_line("·许志华 Li Ming·HUST"), None)] == [0.0]


def test_a_titles_capitalised_last_line_over_a_bilingual_speaker_is_the_titles():
    """ "Energy-Aware Scheduling on" / "Heterogeneous Arm Servers" / "·陈思琪 Chen Siqi·Tencent": the
    title's second line reads as a Latin name, and took the speaker's line for its affiliation.
    A line that is a speaker's of its own is nobody's affiliation."""
    drawn = [_at("主论坛", 80, 1950, 220, 2000)]
    drawn += [
        _at("12:05-12:45", 67, 2141, 227, 2173),
        _at("Energy-Aware Scheduling on", 266, 2143, 732, 2179),
    ]
    drawn += [
        _at("Heterogeneous Arm Servers", 266, 2190, 721, 2225),
        _at("·陈思琪 Chen Siqi·Tencent", 265, 2245, 633, 2282),
    ]
    drawn += [_at("12:45-14:00", 68, 2332, 227, 2362), _at("午餐Lunch", 263, 2326, 424, 2363)]
    talk = agenda.parse("p.png", drawn).forums[0].talks[0]
    assert (talk.title, talk.speakers, talk.affiliations, talk.speakers_sure) == (
        "Energy-Aware Scheduling on Heterogeneous Arm Servers",
        ("陈思琪",),
        ("Tencent",),
        1.0,
    )


def test_a_start_over_its_end_in_smaller_type_a_line_apart():
    """ "13:30" in large type, a bar, "14:10" in small type under it: the end stands a line under
    the start (more than half a line, the bar between), so it was read as the next talk's start,
    and each talk was given the next one's time. A smaller time up to a line under a start is
    its end."""
    start, end = Text("13:30", 43, 934, 140, 969), Text("14:10", 43, 1001, 114, 1031)
    assert [b.text for b in ended([start, end])] == ["13:30-14:10"]
    # two starts alike, a line apart, stay two
    assert [b.text for b in ended([start, Text("14:10", 43, 1001, 140, 1036)])] == ["13:30", "14:10"]


def test_two_days_on_one_image():
    """The second day's label ("第二天" "DAY 2") over its date, after the first day's last forum:
    read as a second talk of that forum's last time, it made both talks unsure. A day's label on
    a line of its own is no talk's, and a half day's label before a heading ("下午" 虚拟化与云原生
    分论坛) no part of its name."""
    drawn = [_at("下午", 57, 3169, 121, 3206), _at("虚拟化与云原生分论坛", 154, 3167, 569, 3208)]
    drawn += [_at("主持人：马骏 (浙江大学副教授)", 45, 3237, 423, 3266)]
    drawn += [
        _at("14:10-14:50", 63, 3473, 226, 3503),
        _at("容器冷启动：基于userfaultfd的内存预取", 257, 3472, 861, 3505),
    ]
    drawn += [_at("分享嘉宾：胡敏 (蚂蚁集团 系统工程师)", 256, 3525, 678, 3555)]
    drawn += [
        _at("15:00-15:40", 64, 3690, 227, 3720),
        _at("vhost-user与VDUSE在云盘场景下的对比", 256, 3688, 869, 3721),
    ]
    drawn += [_at("分享嘉宾：郭磊 (字节跳动虚拟化研发工程师)", 255, 3741, 750, 3770)]
    drawn += [_at("第二天", 272, 3927, 374, 3966), _at("DAY 2", 90, 3955, 212, 3997)]
    drawn += [_at("2046年10月21日（周日）", 271, 3976, 787, 4029)]
    drawn += [_at("上午", 57, 4103, 122, 4141), _at("主论坛", 148, 4097, 280, 4146)]
    drawn += [
        _at("09:00-09:40", 64, 4300, 227, 4330),
        _at("RISC-V服务器内核：从启动到虚拟化", 256, 4298, 869, 4331),
    ]
    drawn += [_at("分享嘉宾：何静 (中国科学院软件研究所副研究员)", 255, 4351, 800, 4380)]
    forums = agenda.parse("p.png", drawn, 2046).forums
    assert [f.name for f in forums] == ["虚拟化与云原生分论坛", "主论坛"]
    assert [(t.start, t.speakers, t.time_sure, t.speakers_sure) for t in forums[0].slots] == [
        ("14:10", ("胡敏",), 1.0, 1.0),
        ("15:00", ("郭磊",), 1.0, 1.0),
    ]


def test_two_speakers_on_one_line_cut_by_ocr_at_the_slash():
    """ "徐杰 · 华为　／　邓琳 · 华中科技大学", which OCR reads as two boxes cut after the slash: before,
    the second speaker was read as the first one's affiliation ("华为/邓琳·华中科技大学"), the
    list shown short."""
    line = Line((Text("徐杰·华为／", 265, 1130, 444, 1158), Text("邓琳·华中科技大学", 458, 1130, 679, 1158)))
    assert [(s.name, s.affiliation) for s in listed(line, None)] == [
        ("徐杰", "华为"),
        ("邓琳", "华中科技大学"),
    ]
