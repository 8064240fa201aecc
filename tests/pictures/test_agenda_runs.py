"""What a slot's lines are, from hand-made OCR boxes (round 14): a title whose second line opens
with an English word of a ceremony is a talk's; a speaker's line beside one whose name could not
be cut makes the list read not whole; a name of an unknown surname over its company is no part
of the title; names listed each with its bracketed company are each read; a panel's guest line
that names nobody withholds the panel's list; (round 15) a name of an unknown surname with its
bracketed company, and a talk's number in big digits under the title's row."""

from __future__ import annotations

import pytest

from clkarchive.pictures import agenda
from clkarchive.pictures.agenda.run_in import run_in
from clkarchive.pictures.ocr import OcrBox as Box


def _poster(rows: list[tuple[str, int, int, int]]) -> list[Box]:
    """One forum: its heading, then each (text, left, top, type size) as one box."""
    drawn = [Box("存储分论坛", 60, 0, 360, 60, 0.99)]
    return drawn + [Box(text, x, top, x + size * len(text), top + size, 0.99) for text, x, top, size in rows]


def test_a_ceremony_word_inside_a_title_makes_no_ceremony():
    """'FUSE over io_uring:' over 'closing the performance gap': a talk, its title whole, its
    speaker read; 'Closing Remarks' opening a slot's title is a ceremony, no talk."""
    rows = [("1:30 PM", 76, 120, 30), ("FUSE passthrough and FUSE over io_uring:", 280, 120, 18)]
    rows += [("closing the performance gap", 280, 160, 18)]
    rows += [("Speaker: Pan Zhiheng (ByteDance)", 280, 200, 14)]
    rows += [("2:10 PM", 76, 300, 30), ("Closing Remarks", 280, 300, 18)]
    read = agenda.parse("p.png", _poster(rows)).forums[0].slots
    assert [(s.kind, s.start) for s in read] == [("talk", "13:30"), ("ceremony", "14:10")]
    assert read[0].title == "FUSE passthrough and FUSE over io_uring:closing the performance gap"
    assert read[0].speakers == ("Pan Zhiheng",)


def test_a_speaker_line_set_like_a_run_in_one_whose_name_could_not_be_cut_withholds_the_list():
    """Two speakers a line each, 'name company role' read as one run: the first's surname is one
    no list knows, so the line is kept as biography; the second alone is never shown as the
    talk's list, over or under it. A card's biography in smaller type under its speaker, ending
    in a role, is no such line: the speaker is shown."""
    title = [("09:00-09:40", 96, 120, 24), ("内核补丁回合的工程实践", 310, 120, 34)]
    runs = ["禚清越华为内核技术专家", "邬晓岚麒麟软件研发部经理"]
    for first, second in (runs, runs[::-1]):
        rows = [*title, (first, 310, 170, 30), (second, 310, 210, 29)]
        (talk,) = agenda.reconcile([agenda.parse("p.png", _poster(rows))])
        assert talk.slot.speakers == () and dict(talk.withheld)["speakers"]
    rows = [*title, ("邬晓岚", 310, 170, 34), ("上海交通大学系统研究所助理研究员", 310, 215, 20)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _poster(rows))])
    assert talk.slot.speakers == ("邬晓岚",)


def test_a_name_of_an_unknown_surname_over_its_company_is_no_part_of_the_title():
    """A card: the title on two lines, then '禚明远' (a surname no list knows) alone on its line,
    then '腾讯云内核工程师' in smaller type. The name is the speaker's line, withheld, never the
    title's last line; a title's short last line over a speaker run into an organisation of
    no list ('度器' over '彭涛浙江大学') stays the title's."""
    rows = [("15:10-15:50", 60, 120, 26), ("memcg回收路径的锁竞争", 60, 160, 27), ("分析与优化", 60, 192, 28)]
    rows += [("禚明远", 60, 234, 32), ("腾讯云内核工程师", 60, 270, 24)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _poster(rows))])
    assert talk.slot.title == "memcg回收路径的锁竞争分析与优化"
    assert talk.slot.speakers == () and dict(talk.withheld)["speakers"]
    rows = [("15:20-16:00", 60, 120, 26), ("sched_ext:用BPF编写可插拔调", 60, 160, 30), ("度器", 60, 200, 40)]
    rows += [("彭涛浙江大学", 60, 250, 35), ("韩梦溪蚂蚁集团", 60, 288, 32)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _poster(rows))])
    assert talk.slot.title == "sched_ext:用BPF编写可插拔调度器"
    assert talk.slot.speakers == ("彭涛", "韩梦溪")


def test_speakers_listed_each_with_their_bracketed_company_are_each_read():
    """'Speakers: Ouyang Ming (Meta), Daniel Whitaker (Samsung)': two speakers, each of their own
    company; before, the line was kept as biography and the talk named nobody."""
    rows = [("9:40 AM", 76, 120, 30), ("Scaling io_uring NVMe passthrough", 280, 120, 18)]
    rows += [("Speakers: Ouyang Ming (Meta), Daniel Whitaker (Samsung)", 280, 160, 14)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _poster(rows))])
    assert talk.slot.speakers == ("Ouyang Ming", "Daniel Whitaker")
    assert talk.slot.affiliations == ("Meta", "Samsung")


def test_a_panel_with_a_guest_whose_name_cannot_be_cut_shows_no_partial_list():
    """'嘉宾：' then a guest a line, each name run into its company: 'Elena Voss SUSE' is cut
    where the company begins; '莫言溪易达信科' (a company no list knows) cannot be cut, so the
    panel's list read without that guest is withheld, never shown as whole."""
    rows = [("11:45-12:30", 96, 120, 27), ("圆桌讨论：操作系统内核的机遇与挑战", 310, 120, 30)]
    rows += [("主持人：车晓旭（中国科学院计算技术研究所）", 310, 165, 22), ("嘉宾：", 310, 200, 24)]
    rows += [("郏天成字节跳动", 340, 240, 24), ("Elena Voss SUSE", 340, 280, 14)]
    (panel,) = agenda.parse("p.png", _poster(rows)).forums[0].slots
    assert panel.speakers == ("车晓旭", "郏天成", "Elena Voss")
    assert panel.speakers_sure >= 0.8
    (panel,) = agenda.parse("p.png", _poster([*rows, ("莫言溪易达信科", 340, 320, 24)])).forums[0].slots
    assert panel.speakers_sure == 0.0


def test_a_name_of_an_unknown_surname_with_its_bracketed_company_is_no_part_of_the_title():
    """A cell: the title on two lines, then '禚若溪（网易）' in a little smaller type (a surname no
    list knows, or one OCR lost: '若愚（华为 …）'). The line is the speaker's, withheld, never the
    title's end (as it was before); a known name so printed is shown."""
    title = [
        ("13:30-14:10", 60, 120, 24),
        ("可插拔调度类在服务器上", 240, 120, 28),
        ("的落地与取舍", 240, 156, 28),
    ]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _poster([*title, ("禚若溪（网易）", 240, 196, 24)]))])
    assert talk.slot.title == "可插拔调度类在服务器上的落地与取舍"
    assert talk.slot.speakers == () and dict(talk.withheld)["speakers"]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _poster([*title, ("阳佳琪（网易）", 240, 196, 24)]))])
    assert talk.slot.speakers == ("阳佳琪",) and talk.slot.affiliations == ("网易",)


def test_a_talks_number_in_big_digits_just_under_the_titles_row_is_no_part_of_the_title():
    """'01' in big digits left of the title, its centre a little under the title's row (so a line
    of its own), the time at the title's right end: the title stays whole, the speaker read."""
    rows = [("01", 60, 130, 60), ("内核对二进制翻译的支持", 200, 128, 30), ("13:30-14:05", 890, 132, 22)]
    rows += [("郁文峰|中国科学院软件研究所", 200, 198, 22)]
    rows += [("02", 60, 280, 60), ("虚拟化中断直通的实现", 200, 290, 30), ("14:05-14:40", 890, 294, 22)]
    rows += [("卞思琪|飞腾信息", 200, 355, 22)]
    talks = agenda.reconcile([agenda.parse("p.png", _poster(rows))])
    assert [(t.slot.title, t.slot.speakers) for t in talks] == [
        ("内核对二进制翻译的支持", ("郁文峰",)),
        ("虚拟化中断直通的实现", ("卞思琪",)),
    ]


def test_a_surname_that_is_an_everyday_word_is_a_persons_set_apart_from_a_known_organisation():
    """贝, 经, 蓬 are surnames of the Hundred Family Surnames and everyday words too: a name of one
    is shown where its line sets it apart from a known organisation ('贝晓舟 | 龙芯中科…',
    '蓬若溪（网易）'); a title's short last line that opens with one ('经验谈') stays the title's."""
    title = [("14:05-14:40", 60, 120, 24), ("二进制翻译的内核支持", 240, 120, 28)]
    for line, name in [("贝晓舟 | 龙芯中科内核工程师", "贝晓舟"), ("蓬若溪（网易）", "蓬若溪")]:
        (talk,) = agenda.reconcile([agenda.parse("p.png", _poster([*title, (line, 240, 160, 22)]))])
        assert talk.slot.speakers == (name,)
    rows = [*title, ("经验谈", 240, 156, 28), ("阳佳琪 | 华为", 240, 196, 22)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _poster(rows))])
    assert (talk.slot.title, talk.slot.speakers) == ("二进制翻译的内核支持经验谈", ("阳佳琪",))


def test_a_framed_name_of_such_a_surname_is_shown_over_a_known_organisation_only():
    """A card's name in large type alone on its line: '习远' over '中国移动研究院研究员' is the
    speaker's; a hall's label so printed ('东厅', over nothing an organisation opens) is withheld."""
    card = [("14:40-15:15", 60, 100, 24), ("智算网络中的流量观测与故障诊断", 60, 140, 28)]
    rows = [*card, ("习远", 60, 190, 40), ("中国移动研究院研究员", 60, 240, 20)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _poster(rows))])
    assert talk.slot.speakers == ("习远",)
    rows = [*card, ("东厅", 60, 190, 40), ("现场提供同声传译服务", 60, 240, 20)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _poster(rows))])
    assert talk.slot.speakers == () and dict(talk.withheld)["speakers"]


@pytest.mark.parametrize(
    "lines",
    [
        [("主讲：贝晓舟龙芯中科内核工程师", 240, 160, 22)],
        [("贝晓舟", 240, 160, 28), ("龙芯中科", 350, 164, 22)],
        [("贝晓舟", 240, 160, 28), ("龙芯中科内核工程师", 240, 194, 20)],
    ],
)
def test_a_name_of_such_a_surname_run_into_or_beside_a_known_organisation_is_shown(lines):
    """'贝晓舟' run into '龙芯中科…' (cut where the known organisation begins), in a box of its own
    beside it, or alone over it in smaller type: the speaker's, shown."""
    title = [("14:05-14:40", 60, 120, 24), ("二进制翻译的内核支持", 240, 120, 28)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _poster([*title, *lines]))])
    assert talk.slot.speakers == ("贝晓舟",)


def test_a_titles_line_that_opens_with_such_a_word_is_no_name():
    """全 is a surname and an everyday word (安全, 全面, 全链路): '全链路追踪的落地' under a title
    stays the title's, its speaker the line under it; '经宇航腾讯云…' (经 an everyday word too) is a
    speaker's, but '全宇航腾讯云…' is withheld: OCR reads the rarer 仝 as 全."""
    title = [("14:05-14:40", 60, 120, 24), ("分布式系统的可观测性：", 240, 120, 28)]
    rows = [*title, ("全链路追踪的落地", 240, 156, 28), ("阳佳琪 | 华为", 240, 196, 22)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _poster(rows))])
    assert (talk.slot.title, talk.slot.speakers) == ("分布式系统的可观测性:全链路追踪的落地", ("阳佳琪",))
    rows = [*title, ("全链路追踪的落地", 240, 156, 28), ("经宇航腾讯云资深工程师", 240, 196, 22)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _poster(rows))])
    assert (talk.slot.title, talk.slot.speakers) == ("分布式系统的可观测性:全链路追踪的落地", ("经宇航",))
    rows = [*title, ("全链路追踪的落地", 240, 156, 28), ("全宇航腾讯云资深工程师", 240, 196, 22)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _poster(rows))])
    assert (talk.slot.title, talk.slot.speakers) == ("分布式系统的可观测性:全链路追踪的落地", ())


def test_a_titles_wrapped_line_of_a_surname_then_latin_is_no_speaker():
    """A talk's title wraps onto a second line that opens with a surname's character and goes on
    in Latin ("车载MCU上的实践"); its speaker is named on the line under it, over their company
    (round 16). Before, the line was cut as a name run into a company at its Latin word, '车载'
    shown as the talk's first speaker: a Latin word opens the affiliation only where it ends the
    run or a role or an organisation follows it."""
    drawn = [Box("驱动分论坛", 61, 2147, 475, 2195, 0.99)]
    talks = [
        ("13:30", ["网卡驱动上游化的经验与教训"], "瞿海洋", "中兴通讯驱动开发工程师"),
        ("14:05", ["异构多核通信与remoteproc和rpmsg在", "车载MCU上的实践"], "于洋", "地平线系统软件工程师"),
        ("14:40", ["热插拔与错误恢复实战"], "钱程", "浪潮信息服务器研发工程师"),
    ]
    for k, (time, lines, name, firm) in enumerate(talks):
        top = 2370 + 230 * k
        drawn += [Box(time, 915, top, 1023, top + 39, 0.99)]
        drawn += [
            Box(t, 62, top + 48 * j, 62 + 32 * len(t), top + 30 + 48 * j, 0.99) for j, t in enumerate(lines)
        ]
        y = top + 48 * len(lines) + 15
        drawn += [Box(name, 163, y, 163 + 42 * len(name), y + 32, 0.99)]
        drawn += [Box(firm, 164, y + 41, 164 + 23 * len(firm), y + 69, 0.99)]
    read = {t.slot.start: t.slot for t in agenda.reconcile([agenda.parse("p.png", drawn)])}
    for time, lines, name, _ in talks:
        assert read[time].title.startswith(lines[0])
        assert read[time].speakers == (name,)


def test_a_speakers_company_read_after_a_colon_is_still_known():
    """A card's two speakers' lines, each the name and 'company job' in the same type, OCR reading
    a colon before the second's company ('：联发科技资深工程师', a speck by the name). Before, the
    colon hid the known company, the line was kept as biography and the first speaker shown as
    the whole list (round 16): a colon before a known organisation parts it from the name as a
    bar does."""
    drawn = [Box("调度分论坛", 91, 1700, 500, 1760, 0.99)]
    cards = [
        ("15:15-15:45", "调度器的尾延迟回归分析", [("裴孟川", "红帽首席软件工程师")]),
        ("15:45-16:15", "手机上的协同调频", [("栾欣怡", "OPPO性能专家"), ("郝子墨", "：联发科技资深工程师")]),
        ("16:15-16:45", "实时补丁的工业实践", [("钱程", "浪潮信息服务器研发工程师")]),
    ]
    for k, (time, title, people) in enumerate(cards):
        top = 1990 + 300 * k
        drawn += [Box(time, 110, top, 261, top + 28, 0.99)]
        drawn += [Box(title, 91, top + 64, 91 + 34 * len(title), top + 97, 0.99)]
        for j, (name, firm) in enumerate(people):
            y = top + 135 + 43 * j
            drawn += [Box(name, 116, y, 116 + 29 * len(name), y + 32, 0.99)]
            drawn += [Box(firm, 199, y, 199 + 25 * len(firm), y + 32, 0.99)]
    read = {t.slot.start: t.slot for t in agenda.reconcile([agenda.parse("p.png", drawn)])}
    for time, _, people in cards:
        assert read[time[:5]].speakers == tuple(name for name, _ in people)
        assert read[time[:5]].speakers_sure > 0


def test_an_affiliation_in_brackets_after_a_name_loses_its_brackets():
    """A speakers' column of "name (company)" cells (set 38): the company was shown "(腾讯)"."""
    assert run_in("冯宇 (蚂蚁集团)") == ("冯宇", "蚂蚁集团")
    assert run_in("郑凯（腾讯）") == ("郑凯", "腾讯")
