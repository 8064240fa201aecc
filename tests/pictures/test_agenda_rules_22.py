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
