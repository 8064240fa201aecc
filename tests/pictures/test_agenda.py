"""The agenda posters as a schedule, on OCR boxes recorded from the real posters.

tests/data/agenda_boxes.json holds what RapidOCR read on CLK2024's seven
posters and CLK2023's one (tests/data/record_agenda_boxes.py wrote it);
tests/data/agenda_clk2024_reading.tsv is a hand reading of CLK2024's full
agenda, checked against the image, that the parser is measured against.
"""

from __future__ import annotations

import dataclasses
import logging
import re

import pytest

from clkarchive import index
from clkarchive.models import IndexedFile
from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox as Box
from clkarchive.sync.layout import describe
from helpers import boxes, clk2024_posters, reading

FULL = "CLK2024/大会全议程.webp"
CLK2023 = "years/CLK2023/CLK2023全部议程.png"
SPONSORS = {
    "HUAWEI",
    "华为",
    "阿里云",
    "vivo",
    "OPPO",
    "oppo",
    "龙芯中科",
    "蚂蚁集团",
    "腾讯云",
    "火山引擎",
    "CSDN",
    "InfoQ",
    "开源江湖",
    "思否",
    "51CTO",
    "迪捷软件",
    "OpenEuler",
    "OpenAnolis",
    "龙蜥社区",
    "清華大学",
    "华中科技大学",
    "FUJITSU",
    "云巅论剑",
    "阅码场",
}


def clk2024_files() -> list[IndexedFile]:
    """The decks of CLK2024 upstream (those too big for the corpus too) and its posters, as indexed."""
    paths = [r["deck"] for r in reading() if r["deck"] != "-"] + list(clk2024_posters())
    talks = [describe(p) for p in paths]
    return [IndexedFile("CLK2024", f"blob{n}", t, 3) for n, t in enumerate(talks) if t]


def test_the_full_agenda_has_its_forums_hosts_and_talks():
    schedule = agenda.parse(FULL, boxes(FULL))
    assert schedule.date == "2024-10-26"
    assert "华中科技大学" in schedule.place
    hosts = [(f.host, len(f.talks)) for f in schedule.forums]
    # the main forum's four talks and 高亮's guest address (嘉宾致辞), an item a person gives
    assert hosts == [("陈凯", 5), ("付才", 7), ("谢雨来", 7), ("周威", 7), ("李珍", 7), ("李志", 7)]
    (address,) = [t for t in schedule.forums[0].talks if t.title == "嘉宾致辞"]
    assert (address.start, address.end, address.speakers) == ("09:05", "09:20", ("高亮",))
    assert schedule.forums[1].name == "内存分论坛" and schedule.forums[4].name == "调度与锁分论坛"
    assert all(f.host_affiliation.startswith("华中科技大学") for f in schedule.forums)
    kinds = [s.kind for f in schedule.forums for s in f.slots]
    assert kinds.count("break") == 5 and kinds.count("ceremony") == 1 and kinds.count("panel") == 1


@pytest.mark.parametrize("poster", [FULL, "CLK2024/主论坛.webp", "CLK2024/内存分论坛.webp", CLK2023])
def test_sponsors_breaks_and_hosts_never_become_talks(poster):
    schedule = agenda.parse(poster, boxes(poster), year=2023)
    talks = [t for f in schedule.forums for t in f.talks]
    assert talks
    hosts = {f.host for f in schedule.forums}
    for talk in talks:
        assert not any(word in talk.title for word in ("茶歇", "开场", "圆桌", "主持人", "赞助"))
        assert "致辞" not in talk.title or talk.speakers  # an address is a talk where a person gives it
        assert talk.title not in SPONSORS
        assert not set(talk.speakers) & (SPONSORS | hosts)
    # The panel's host and guests are no talk's speakers on CLK2024's posters either.
    if poster.startswith("CLK2024"):
        assert not {"宋卓", "郭寒军", "王刘朴", "程杰"} & {s for t in talks for s in t.speakers}


def test_the_main_forum_card_poster_reads_like_the_full_agenda():
    cards = agenda.parse("主论坛.webp", boxes("CLK2024/主论坛.webp"))
    (forum,) = cards.forums
    assert (forum.name, forum.host) == ("主论坛", "陈凯")
    got = [(t.start, t.end, t.speakers) for t in forum.talks]
    assert got == [
        ("09:20", "09:50", ("杨铠衔",)),
        ("09:50", "10:20", ("李泽帆",)),
        ("10:20", "10:50", ("郭任",)),
        ("10:50", "11:20", ("邹德清",)),
    ]
    assert "vivo底层技术研究总监" in forum.talks[0].biography


def test_every_talk_of_the_hand_reading_gets_its_speakers_and_time():
    """The accuracy the README reports: every speaker list and every time of the 39 talks."""
    result = agenda.relabel(clk2024_files(), clk2024_posters())
    by_path = {t.path: t for t in result.decks}
    agenda_only = {(t.forum, t.start): t for t, _ in result.agenda}
    speakers_right = times_right = 0
    wrong: list[tuple[object, ...]] = []
    for row in reading():
        talk = by_path[row["deck"]] if row["deck"] != "-" else agenda_only.get((row["forum"], row["start"]))
        want = tuple(row["speakers"].split("、"))
        if talk is not None and talk.speakers == want:
            speakers_right += 1
        else:
            wrong.append((row["deck"], want, talk and talk.speakers))
        if talk is not None and (talk.start, talk.end) == (row["start"], row["end"]):
            times_right += 1
        else:
            wrong.append((row["deck"], row["start"], talk and talk.start))
    assert (speakers_right, times_right) == (39, 39), wrong


def test_talks_without_a_deck_become_agenda_talks_and_decks_keep_their_pages():
    held = [f for f in clk2024_files() if f.talk.path != "内存分论坛/7-稀疏文件零页填充.pdf"]
    result = agenda.relabel(held, clk2024_posters())
    only = {t.title: t for t, _ in result.agenda}
    panel = "圆桌论坛:AI时代下Linux内核的机遇、挑战及未来发展方向"
    assert set(only) == {"大小页感知的高效内存数据重删技术研究", "稀疏文件零页填充", "嘉宾致辞", panel}
    # a panel is its moderator's and guests' talk, found by their names
    assert only[panel].speakers == ("宋卓", "郭寒军", "王刘朴", "宋恺睿", "程杰")
    sparse = only["稀疏文件零页填充"]
    assert (sparse.kind, sparse.forum, sparse.forum_en) == ("agenda", "内存分论坛", "Memory")
    assert (sparse.date, sparse.start, sparse.end) == ("2024-10-26", "17:00", "17:30")
    assert sparse.speakers == ("白铠豪",) and sparse.affiliations == ("阿里云Linux内核开发工程师",)
    assert sparse.path == "内存分论坛.webp"
    text = dict((t.title, text) for t, text in result.agenda)["大小页感知的高效内存数据重删技术研究"]
    assert "厦门大学" in text and "张哲华" in text
    assert len(result.decks) == len([f for f in held if f.talk.kind == "slides"])


def test_file_name_speakers_win_and_the_disagreement_is_logged(caplog):
    named = describe("内存分论坛/2-内存压缩大页(ZHP)优化——张三.pdf")
    assert named is not None and named.speakers == ("张三",)
    files = [IndexedFile("CLK2024", "b", named, 3)]
    with caplog.at_level(logging.WARNING, logger="clkarchive.pictures.agenda"):
        (deck,) = agenda.relabel(files, clk2024_posters()).decks
    assert deck.speakers == ("张三",) and deck.start == "14:20" and deck.affiliations == ()
    assert "袁晓峰" in caplog.text and "张三" in caplog.text


def test_clk2023_a_poster_of_another_layout():
    schedule = agenda.parse("CLK2023全部议程.png", boxes(CLK2023), year=2023)
    assert schedule.date == "2023-10-28"
    assert agenda.parse("CLK2023全部议程.png", boxes(CLK2023)).date is None  # no year printed, none given
    assert [f.name for f in schedule.forums][:3] == ["主论坛", "内存管理分论坛", "云和服务器分论坛"]
    assert [len(f.talks) for f in schedule.forums] == [5, 11, 8, 8, 8]  # counted on the image
    first_talk = schedule.forums[0].talks[0]
    assert (first_talk.title, first_talk.speakers) == ("嘉宾致辞", ("李治军",))
    assert all(f.host == "" for f in schedule.forums)  # CLK2023 names no hosts
    memory = schedule.forums[1]
    first, second = memory.talks[:2]  # two talks in one slot
    assert (first.start, first.end, first.title) == ("13:30", "14:00", "Shrinking shrinker locking overhead")
    assert (first.speakers, first.affiliations) == (("郑琦",), ("字节跳动Linux内核工程师",))  # "郑 琦字节…"
    assert (second.start, second.end, second.speakers) == ("13:30", "14:00", ("李培锋",))
    # Sponsors below the last slot, whose heading OCR did not read, are no talk.
    assert schedule.forums[-1].talks[-1].speakers == ("谢柳杰",)


def test_a_name_run_into_its_company_is_cut_where_a_known_organisation_begins():
    schedule = agenda.parse("CLK2023全部议程.png", boxes(CLK2023), year=2023)
    folio = next(t for t in schedule.forums[1].talks if t.title == "large folio for anonymous mapping")
    assert (folio.speakers, folio.affiliations) == (("殷锋卫",), ("英特尔技术专家",))  # 殷锋卫 | 英特尔
    assert folio.speakers_sure < 1.0  # cut by the lexicon, not printed apart


@pytest.mark.parametrize(
    ("run", "cut"),
    [
        ("李四富士通南大软件", ("李四", "富士通南大软件")),
        ("张三华为OS内核实验室", ("张三", "华为OS内核实验室")),
        ("欧阳子健阿里云操作系统团队", ("欧阳子健", "阿里云操作系统团队")),
        ("韩传华OPPO高级底层软件工程师", ("韩传华", "OPPO高级底层软件工程师")),
        ("王伟华中科技大学教授", ("王伟", "华中科技大学教授")),
        ("周婷婷龙芯中科技术专家", ("周婷婷", "龙芯中科技术专家")),  # 龙芯中科, then a role: no "…科技"
        ("王五湖北大学教授", ("王五", "湖北大学教授")),  # a province opens 湖北大学; "北大学" opens nothing
        ("王五湖广大学教授", None),  # 王五 of 湖广大学, or 王五湖 of some 广大学: nobody can tell
        (
            "慕容婷腾讯科技(深圳)有限公司",
            ("慕容婷", "腾讯科技(深圳)有限公司"),
        ),  # 腾讯, then 科技: one company
        ("周俊杰某某科技", None),
        ("收延迟", None),  # no surname: a title's last line
        ("张伟AMD工程师", ("张伟", "AMD工程师")),  # a Latin company, then a role
        ("李四Intel中国研究院", ("李四", "Intel中国研究院")),
        ("车载MCU上的实践", None),  # a title's wrapped line: Latin words, then no organisation
        # the lexicon's storage and GPU makers: 峰长江… and 明景嘉… open no organisation it knows
        ("宫晓峰长江存储固件与驱动负责人", ("宫晓峰", "长江存储固件与驱动负责人")),
        ("车佳明景嘉微驱动工程师", ("车佳明", "景嘉微驱动工程师")),
        ("窦海峰中科驭数软件架构师", ("窦海峰", "中科驭数软件架构师")),  # a company the CAS spun off
        # both cuts begin a known organisation (飞腾 and 腾讯, 新浪 and 浪潮, 华科 and 科大讯飞): the
        # one that runs on further is the affiliation (blind sets 99, 109, 201, 212)
        ("宫鹏飞腾讯云数据库内核工程师", ("宫鹏飞", "腾讯云数据库内核工程师")),
        ("祖立新浪潮信息服务器内核工程师", ("祖立新", "浪潮信息服务器内核工程师")),
        ("陈志华科大讯飞系统工程师", ("陈志华", "科大讯飞系统工程师")),
    ],
)
def test_names_are_cut_from_affiliations_only_where_the_end_is_known(run, cut):
    from clkarchive.pictures.agenda.words import split_name

    assert split_name(run) == cut


def test_a_poster_of_no_known_layout_gives_no_talks():
    scattered = [
        Box("第19届中国Linux内核开发者大会", 10, 10, 500, 60, 0.99),
        Box("扫码报名", 10, 100, 200, 140, 0.99),
    ]
    assert agenda.parse("x.png", scattered).forums == ()
    assert agenda.relabel(clk2024_files(), {"x.png": scattered}).agenda == []


def test_a_deck_the_agenda_completed_is_not_taken_for_a_changed_one():
    named = describe("内存分论坛/2-内存压缩大页(ZHP)优化.pdf")
    assert named is not None
    (held,) = agenda.relabel([IndexedFile("CLK2024", "b", named, 3)], clk2024_posters()).decks
    assert held != named and held.speakers == ("袁晓峰",)
    assert agenda.unlabelled(held, named) == named


def test_the_index_keeps_the_agenda_and_a_speaker_finds_their_talk(tmp_path):
    from clkarchive.search import search

    result = agenda.relabel(clk2024_files(), clk2024_posters())
    store = index.Store(tmp_path, create=True)
    update = store.update()
    for deck in result.decks:
        update.add("CLK2024", deck.path, deck, [f"slides of {deck.title}"])
    update.set_agenda("CLK2024", result.agenda)
    update.commit()
    files = {f.talk.title: f for f in store.files()}
    zram = next(f for f in files.values() if f.talk.path.startswith("内存分论坛/1-"))
    assert (zram.talk.speakers, zram.talk.date, zram.talk.start, zram.talk.end) == (
        ("郑堂权",),
        "2024-10-26",
        "14:00",
        "14:20",
    )
    assert zram.talk.affiliations == ("OPPO高级底层软件工程师",)
    dedupe = files["大小页感知的高效内存数据重删技术研究"]
    assert (dedupe.talk.kind, dedupe.pages, dedupe.talk.start) == ("agenda", 0, "15:10")
    snapshot = index.Snapshot.open(tmp_path)
    try:
        for name, path in [
            ("张哲华", "内存分论坛.webp"),
            ("郑堂权", zram.talk.path),
            ("余昇锦", "调度与锁分论坛/6-"),
        ]:
            top = search(snapshot, name, local_file=lambda source, p: tmp_path / p).results[0]
            assert top.path.startswith(path), (name, top.path)
        # A forum and a time, or a speaker and a year, find the talk the agenda dates.
        for query, path in [("调度与锁分论坛 17:00", "调度与锁分论坛/7-"), ("李扬韬 2024", "综合分论坛/2-")]:
            top = search(snapshot, query, local_file=lambda source, p: tmp_path / p).results[0]
            assert top.path.startswith(path), (query, top.path)
    finally:
        snapshot.close()
    # A second agenda replaces the first one's talks, it does not add to them.
    update = store.update()
    update.set_agenda("CLK2024", result.agenda[:1])
    update.commit()
    assert sum(f.talk.kind == "agenda" for f in store.files()) == 1


def _talk_poster(rows: list[tuple[str, int]]) -> list[Box]:
    """A poster of one forum: its heading, then each (text, top) as one line of type 30 high."""
    drawn = [Box("调度分论坛", 100, 0, 400, 60, 0.99)]
    return drawn + [Box(text, 100, top, 100 + 30 * len(text), top + 30, 0.99) for text, top in rows]


def test_a_time_between_a_title_and_a_speaker_line_is_that_talks():
    """The unseen year's layout: title above the time, "name affiliation" below, a wider gap between talks."""
    rows = [("基于eBPF的内核热补丁", 120), ("09:00-09:30", 160), ("张三华为OS内核实验室", 200)]
    rows += [("页缓存回收策略的再思考", 290), ("09:30-10:00", 330), ("李四富士通南大软件", 370)]
    (forum,) = agenda.parse("p.png", _talk_poster(rows)).forums
    got = [(t.start, t.title, t.speakers, t.affiliations) for t in forum.talks]
    assert got == [
        ("09:00", "基于eBPF的内核热补丁", ("张三",), ("华为OS内核实验室",)),
        ("09:30", "页缓存回收策略的再思考", ("李四",), ("富士通南大软件",)),
    ]


def test_a_time_whose_talk_cannot_be_told_is_withheld_not_guessed():
    """Lines evenly spaced and nothing to say which way a time looks: no time is shown as fact."""
    rows = [("基于eBPF的内核热补丁", 120), ("09:00-09:30", 160), ("页缓存回收策略的再思考", 200)]
    rows += [("09:30-10:00", 240), ("内核锁的自适应自旋优化", 280)]
    result = agenda.relabel([], {"p.png": _talk_poster(rows)})
    assert result.agenda
    for talk, _ in result.agenda:
        assert (talk.date, talk.start, talk.end) == (None, None, None)
        assert dict(talk.withheld)["time"]


def test_what_was_withheld_is_kept_by_the_index(tmp_path):
    named = describe("内存分论坛/2-内存压缩大页(ZHP)优化.pdf")
    assert named is not None
    talk = dataclasses.replace(named, withheld=(("time", "unclear"),))
    store = index.Store(tmp_path, create=True)
    update = store.update()
    update.add("CLK2024", "b", talk, ["text"])
    update.commit()
    (held,) = store.files()
    assert held.talk.withheld == (("time", "unclear"),)


ODD_POSTERS = {
    "nothing": [],
    "empty text": [Box("", 0, 0, 100, 30, 0.99), Box(" ", 0, 40, 100, 70, 0.99)],
    "one box": [Box("09:00-09:30", 10, 10, 120, 40, 0.99)],
    "a box of no size": [Box("调度分论坛", 5, 5, 5, 5, 0.99), Box("09:00-09:30", 5, 5, 5, 5, 0.99)],
    "overlapping boxes": [
        Box("调度分论坛", 0, 0, 300, 60, 0.99),
        Box("09:00-09:30", 0, 0, 300, 60, 0.99),
        Box("张三华为", 10, 10, 290, 50, 0.99),
    ],
    "times before any heading": _talk_poster([("09:00-09:30", 120), ("内核热补丁", 160)])[1:],
    "a header and no heading": _talk_poster(
        [("Kernel Conference 2026", 20), ("09:00-09:30", 120), ("内核热补丁", 160), ("张三", 200)]
    )[1:],
    "two columns, no heading": [
        Box(text, x, y, x + 300, y + 30, 0.99)
        for x in (0, 600)
        for text, y in (("09:00-09:30", 100), ("基于eBPF的内核热补丁", 140), ("张三", 180), ("华为", 215))
    ],
    "only times": [Box(f"{h:02d}:00-{h:02d}:30", 0, 40 * h, 120, 40 * h + 30, 0.99) for h in range(8, 18)],
}


@pytest.mark.parametrize("odd", list(ODD_POSTERS))
def test_the_reader_never_fails_on_odd_boxes(odd, caplog):
    """Whatever OCR gives, the reader reads it itself: its safety net (nothing read, a warning)
    is never what carries it."""
    with caplog.at_level(logging.WARNING, logger="clkarchive.pictures.agenda"):
        schedule = agenda.parse("odd.png", ODD_POSTERS[odd], year=2025)
        agenda.reconcile([schedule])
    assert not [r for r in caplog.records if "failed" in r.getMessage()]


def test_columns_the_reader_cannot_cut_apart_are_withheld_not_guessed():
    """Two programmes side by side whose lines overlap (no gutter between them): two times on a
    row, and which line is which time's is a guess, so no time and no speaker is shown as fact."""
    drawn = [Box("调度分论坛", 100, 0, 400, 60, 0.99)]
    for x, (time, title, name) in zip(
        (100, 500),
        (
            ("09:00-09:30", "基于eBPF的内核热补丁与在线升级实践", "张三"),
            ("09:30-10:00", "页缓存回收策略", "李四"),
        ),
        strict=True,
    ):
        drawn += [
            Box(time, x + 200, 100, x + 350, 130, 0.99),
            Box(title, x, 150, x + 30 * len(title), 180, 0.99),
        ]
        drawn.append(Box(name, x, 200, x + 60, 230, 0.99))
    talks = agenda.reconcile([agenda.parse("p.png", drawn)])
    assert talks
    for talk in talks:
        assert (talk.slot.start, talk.slot.speakers) == (None, ())
        assert dict(talk.withheld)["time"]


@pytest.mark.parametrize(
    "last_line",
    ["时性测评", "Cloud Hypervisor", "Ant Group"],  # a title's fragment (时: a surname), a product, a company
)
def test_a_product_or_a_titles_last_line_is_never_given_as_a_speaker(last_line):
    """A title's short last line under it, in its type, looks like a speaker's line; unless it
    looks like a person's name (a surname and one or two characters, pinyin, or a Latin name of
    no common word), the talk's speakers are withheld, never shown."""
    rows = [("09:00-09:30", 120), ("PREEMPT_RT合入主线后的实", 160), (last_line, 200)]
    rows += [("09:30-10:00", 290), ("页缓存回收策略的再思考", 330), ("李四", 370)]
    talks = agenda.reconcile([agenda.parse("p.png", _talk_poster(rows))])
    assert talks
    shown = {name for talk in talks for name in talk.slot.speakers}
    assert last_line not in shown
    assert shown <= {"李四"}


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("夏侯明哲", True),
        ("欧阳一鸣", True),
        ("杨帆", True),
        ("傅立文", True),  # 傅, 赖, 洪, 萧, 阎: surnames of the commonest hundred or two
        ("赖晓", True),
        ("洪一鸣", True),
        ("夏候明哲", False),  # 夏 and three characters: a double surname misread, or no name
        ("时性测评", False),
        ("Lianbo Jiang", True),
        ("Kuzin Artem", True),
        ("Cloud Hypervisor", False),
        ("Huawei Cloud", False),
        ("Scale with", False),
        ("Virtualized Kernel", False),
    ],
)
def test_a_speaker_must_look_like_a_person(name, person):
    assert agenda.words.person_like(name) is person


def _card(top: int, time: str, lines: list[str]) -> list[Box]:
    """A card: its lines 30 high, 5 apart, from top; its time in a pill at the right, centred on
    the card (between two lines, or on the middle line's height)."""
    drawn = [
        Box(
            text,
            100,
            top + 35 * k,
            100 + sum(28 if ord(c) > 0x2E80 else 15 for c in text),
            top + 35 * k + 30,
            0.99,
        )
        for k, text in enumerate(lines)
    ]
    middle = top + (35 * len(lines) - 5) / 2
    return [*drawn, Box(time, 800, middle - 15, 960, middle + 15, 0.99)]


def test_a_card_with_its_time_at_the_right_owns_all_its_lines():
    """The time in a pill at a card's right, centred on its title and speakers (two lines or
    four): every line of the card is that time's, none the next card's; a line broken after a
    list's comma goes on in the next."""
    drawn = [Box("可观测性分论坛", 100, 0, 400, 60, 0.99)]
    drawn += _card(150, "13:30-14:00", ["基于eBPF的内核网络丢包实时诊断", "陈思远 · 字节跳动STE团队"])
    drawn += _card(
        300,
        "14:00-14:30",
        ["BPF Arena: Sharing Memory", "BPF Programs and User Space", "上官婷 · 阿里云", "韩立 · 阿里云"],
    )
    drawn += _card(
        520, "14:30-15:00", ["Off-CPU Flame Graphs: Tracing the", "Scheduler with BPF", "Jun Sima · ISCAS"]
    )
    drawn += _card(700, "15:00-15:30", ["zswap与zram的取舍—曹颖、", "欧阳一鸣（腾讯云）"])
    (forum,) = agenda.parse("p.png", drawn).forums
    got = [(t.start, t.title, t.speakers, t.affiliations) for t in forum.talks]
    assert got == [
        ("13:30", "基于eBPF的内核网络丢包实时诊断", ("陈思远",), ("字节跳动STE团队",)),
        (
            "14:00",
            "BPF Arena: Sharing Memory BPF Programs and User Space",
            ("上官婷", "韩立"),
            ("阿里云", "阿里云"),
        ),
        ("14:30", "Off-CPU Flame Graphs: Tracing the Scheduler with BPF", ("Jun Sima",), ("ISCAS",)),
        ("15:00", "zswap与zram的取舍", ("曹颖", "欧阳一鸣"), ("腾讯云", "腾讯云")),
    ]


@pytest.mark.parametrize("line", ["陈思远丨字节跳动STE团队", "陈思远 | 字节跳动STE团队", "Sima Jun @ISCAS"])
def test_a_name_and_its_affiliation_apart_by_a_bar_or_an_at(line):
    """'name | affiliation' (OCR reads the bar as the stroke 丨, which no name prints) and
    'name @ affiliation': the name is the speaker, never with the bar in it."""
    rows = [("09:00-09:30", 120), ("基于eBPF的内核网络丢包实时诊断", 160), (line, 200)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _talk_poster(rows))])
    name, affiliation = re.split(r"\s*[丨|@]\s*", line)
    assert (talk.slot.speakers, talk.slot.affiliations) == ((name,), (affiliation,))


def test_a_bar_read_apart_from_the_name_still_parts_it_from_its_affiliation():
    """'司马俊' and '丨浙江大学…' read as two boxes of one line, of one type size."""
    drawn = _talk_poster([("09:00-09:30", 120), ("eBPF验证器的形式化验证与上游实践", 160)])
    drawn += [Box("司马俊", 100, 200, 190, 230, 0.99), Box("丨浙江大学计算机学院", 180, 200, 460, 230, 0.99)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", drawn)])
    assert (talk.slot.speakers, talk.slot.affiliations) == (("司马俊",), ("浙江大学计算机学院",))


def test_a_clock_drawn_before_a_time_and_read_as_a_glyph_leaves_the_time():
    rows = [("1 09:00-09:30", 120), ("基于eBPF的内核热补丁", 160), ("张三", 200)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _talk_poster(rows))])
    assert (talk.slot.start, talk.slot.end, talk.slot.speakers) == ("09:00", "09:30", ("张三",))


def test_a_name_then_a_comma_then_an_affiliation():
    rows = [("09:00-09:30", 120), ("内存分层与CXL设备的NUMA管理", 160), ("戴文博, 浪潮信息", 200)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _talk_poster(rows))])
    assert (talk.slot.speakers, talk.slot.affiliations) == (("戴文博",), ("浪潮信息",))


@pytest.mark.parametrize(
    ("line", "speakers", "affiliations"),
    [
        ("演讲人：戴文博 浪潮信息", ("戴文博",), ("浪潮信息",)),
        ("讲师：戴文博（浪潮信息）", ("戴文博",), ("浪潮信息",)),
        ("Speaker: Jun Sima (ISCAS)", ("Jun Sima",), ("ISCAS",)),
        ("戴文博、钟晓琳（浪潮信息）", ("戴文博", "钟晓琳"), ("浪潮信息", "浪潮信息")),
        ("Memory Folios (MF)", (), ()),  # a product and its short name: no person's
    ],
)
def test_a_speakers_label_and_an_affiliation_in_brackets(line, speakers, affiliations):
    rows = [("09:00-09:30", 120), ("内存分层与CXL设备的NUMA管理", 160), (line, 200)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _talk_poster(rows))])
    assert (talk.slot.speakers, talk.slot.affiliations) == (speakers, affiliations)


def test_a_poster_that_prints_only_start_times():
    """'09:00' alone opens a slot as a range does, with no end; '10.24' (a date) opens none."""
    rows = [("10.24", 60), ("09:00", 120), ("内存分层与CXL设备的NUMA管理", 160), ("戴文博 浪潮信息", 200)]
    rows += [("09:30", 290), ("页缓存回收策略的再思考", 330), ("李四", 370)]
    talks = agenda.reconcile([agenda.parse("p.png", _talk_poster(rows))])
    assert [(t.slot.start, t.slot.end, t.slot.title) for t in talks] == [
        ("09:00", None, "内存分层与CXL设备的NUMA管理"),
        ("09:30", None, "页缓存回收策略的再思考"),
    ]
    assert talks[0].slot.speakers == ("戴文博",)


def test_a_start_followed_by_a_dash_and_no_end_is_a_start():
    """'13:30 –' (the end left to the next start), or the dash read as a dot ('16:15.'), opens a
    slot as '13:30' does."""
    rows = [("13:30 –", 120), ("内存分层与CXL设备的NUMA管理", 160), ("戴文博", 200)]
    rows += [("16:15.", 290), ("页缓存回收策略的再思考", 330), ("李四", 370)]
    talks = agenda.reconcile([agenda.parse("p.png", _talk_poster(rows))])
    assert [(t.slot.start, t.slot.end, t.slot.title) for t in talks] == [
        ("13:30", None, "内存分层与CXL设备的NUMA管理"),
        ("16:15", None, "页缓存回收策略的再思考"),
    ]


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("2:00 PM - 2:30 PM", ("14:00", "14:30")),
        ("1:30-2:10 PM", ("13:30", "14:10")),
        ("11:30 AM - 1:00 PM", ("11:30", "13:00")),
        ("2:00PM-2:30PM", ("14:00", "14:30")),
        ("8:30 a.m. – 9:00 a.m.", ("08:30", "09:00")),
        ("3:00 PM", ("15:00", None)),
        ("下午 1:30-2:10", ("13:30", "14:10")),
    ],
)
def test_a_twelve_hour_clock(printed, read):
    rows = [(printed, 120), ("内存分层与CXL设备的NUMA管理", 160), ("戴文博", 200)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _talk_poster(rows))])
    assert (talk.slot.start, talk.slot.end) == read


def test_a_second_name_plate_the_reader_did_not_take_withholds_the_speakers():
    """Two name plates in one card, each after its speaker's biography, in type too small to be
    taken as framed: the first is kept as biography. Its name left over says the list read
    ("李娜") is not whole: the speakers are withheld, never shown as one of two."""

    def line(text: str, top: int, high: int) -> Box:
        return Box(text, 100, top, 100 + high * len(text), top + high, 0.99)

    drawn = [Box("网络分论坛", 100, 0, 400, 60, 0.99), line("09:00-09:30", 120, 30)]
    drawn += [
        line("基于eBPF的内核网络丢包实时诊断", 160, 40),
        line("华为内核工程师，专注于网络子系统。", 215, 24),
    ]
    drawn += [
        line("张伟", 260, 46),
        line("阿里云资深工程师，负责内核网络性能。", 320, 24),
        line("李娜", 360, 46),
    ]
    (talk,) = agenda.reconcile([agenda.parse("p.png", drawn)])
    assert talk.slot.speakers in ((), ("张伟", "李娜"))
    assert talk.slot.speakers or dict(talk.withheld)["speakers"]


@pytest.mark.parametrize("rest", ["、李娜 华为", "和李娜"])
def test_a_name_left_after_a_separator_withholds_the_speakers(rest):
    """'张伟' then, in smaller type, '、李娜 华为': the second name would pass for the first's
    affiliation; a separator and a name left over mean the list read is not whole."""
    drawn = _talk_poster([("09:00-09:30", 120), ("基于eBPF的内核网络丢包实时诊断", 160), ("张伟", 200)])
    drawn.append(Box(rest, 170, 205, 170 + 18 * len(rest), 223, 0.99))
    (talk,) = agenda.reconcile([agenda.parse("p.png", drawn)])
    assert talk.slot.speakers == ()
    assert dict(talk.withheld)["speakers"]


def test_clk2023_a_titles_wrapped_latin_words_are_never_speakers():
    """'HugePage/Large Folios' wraps the title of 韩传华's talk: capitalised words a list could
    take for two names, but the poster prints 'page', 'large' and 'folio' in lower case in other
    titles, and a name is no common word: the line is the title's, 韩传华 its only speaker."""
    schedule = agenda.parse("CLK2023全部议程.png", boxes(CLK2023), year=2023)
    (talk,) = [t for f in schedule.forums for t in f.talks if t.title.startswith("动态大页")]
    assert talk.title == "动态大页:基于ARM64contiguousPTE的64KB HugePage/Large Folios"
    assert talk.speakers == ("韩传华",)


def _lines(rows: list[tuple[str, int, int, int]]) -> list[Box]:
    """A poster of one forum: its heading, then each (text, left, top, type size) as one box."""
    drawn = [Box("调度分论坛", 100, 0, 400, 60, 0.99)]
    return drawn + [Box(text, x, top, x + size * len(text), top + size, 0.99) for text, x, top, size in rows]


@pytest.mark.parametrize(
    ("start", "end"),
    [("9:00 AM", ("– 9:40 AM", 20)), ("09:00", ("09:40", 20)), ("1:30 PM", ("- 2:10 PM", 20))],
)
def test_an_end_printed_under_its_start_closes_the_slot(start, end):
    """The end under the start, led by a dash or in smaller type: one slot, not two; the line
    beside the end (the speaker) is the talk's."""
    rows = [(start, 100, 120, 30), (end[0], 100, 154, end[1]), ("内存分层与CXL设备的NUMA管理", 300, 120, 30)]
    rows += [("戴文博 浪潮信息", 300, 154, 24)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    first = "13:30" if "PM" in start else "09:00"
    assert (talk.slot.start, talk.slot.end) == (first, "14:10" if "PM" in start else "09:40")
    assert (talk.slot.title, talk.slot.speakers) == ("内存分层与CXL设备的NUMA管理", ("戴文博",))


def test_two_times_alike_one_under_the_other_are_two_starts():
    """'09:00' over '09:30' in one type, no dash: one-line talks, never a slot and its end."""
    rows = [("09:00", 100, 120, 30), ("内存分层与CXL设备的NUMA管理", 300, 120, 30)]
    rows += [("09:30", 100, 156, 30), ("页缓存回收策略的再思考", 300, 156, 30)]
    talks = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert [(t.slot.start, t.slot.end) for t in talks] == [("09:00", None), ("09:30", None)]


def test_names_that_lead_their_titles_line():
    """'name（affiliation）' then, apart, the title, which wraps under the name; its short last
    line ("方案", of a surname's character) is the title's, not a second speaker."""
    rows = [("10:40-11:20", 100, 120, 30), ("刘洋、胡晓峰（字节跳动）", 300, 120, 24)]
    rows += [("虚拟机内存超分的透明压缩", 680, 120, 30), ("方案", 300, 160, 30)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert talk.slot.title == "虚拟机内存超分的透明压缩方案"
    assert (talk.slot.speakers, talk.slot.affiliations) == (("刘洋", "胡晓峰"), ("字节跳动", "字节跳动"))


@pytest.mark.parametrize(("under", "speakers"), [("SUSE内核团队负责人", ("马克·瓦格纳",)), (None, ())])
def test_a_foreign_name_with_a_middle_dot(under, speakers):
    """'马克·瓦格纳' is one name, not 马克 of a company 瓦格纳: sure where its affiliation is
    printed under it in smaller type, withheld where nothing tells it from 'name · company'."""
    rows = [("09:15-09:55", 100, 120, 30), ("Linux内核二十年的再思考", 100, 160, 36)]
    rows += [("马克·瓦格纳", 100, 210, 30)] + ([(under, 100, 250, 20)] if under else [])
    (talk,) = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert talk.slot.speakers == speakers
    assert speakers or dict(talk.withheld)["speakers"]


def test_a_speaker_of_a_surname_no_list_knows_is_withheld_and_leaves_the_title_whole():
    rows = [("17:10-17:45", 100, 120, 30), ("NVMe-oF TCP offload在数据中心的部署", 100, 160, 30)]
    rows += [("禚瑞 | 中兴通讯", 100, 200, 24)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert talk.slot.title == "NVMe-oF TCP offload在数据中心的部署"
    assert talk.slot.speakers == () and dict(talk.withheld)["speakers"]


def test_the_footer_ends_the_programme():
    """'主办：…' and '议程如有调整…' under the last talk are no part of it."""
    rows = [("09:00-09:30", 100, 120, 30), ("内存分层与CXL设备的NUMA管理", 100, 160, 30)]
    rows += [("戴文博 浪潮信息", 100, 200, 24), ("主办：CLK组委会 议程如有调整以现场为准", 100, 260, 24)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert (talk.slot.speakers, talk.slot.biography) == (("戴文博",), "")


@pytest.mark.parametrize("role", ["高级工程师", "高级架构师", "教授", "博士生", "副研究员"])
def test_a_job_title_on_its_own_line_is_never_a_name(role):
    """'name | company' over the job title in smaller type: 高 is a surname, but 高级 (of
    高级工程师) is no person; the job title ends the affiliation."""
    rows = [("09:00-09:30", 100, 120, 30), ("内存分层与CXL设备的NUMA管理", 100, 160, 30)]
    rows += [("戴文博", 100, 200, 30), ("浪潮信息", 220, 202, 26), (role, 100, 240, 20)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert (talk.slot.speakers, talk.slot.affiliations) == (("戴文博",), (f"浪潮信息{role}",))


def test_a_speck_read_before_the_bar_still_parts_the_name_from_its_company():
    """'付国庆' and '：丨浪潮信息' (a speck before the bar read as a colon): the name and its
    company, not a title's last line."""
    rows = [("09:00-09:30", 100, 120, 30), ("内存分层与CXL设备的NUMA管理", 100, 160, 30)]
    rows += [("付国庆", 100, 200, 30), ("：丨浪潮信息", 190, 200, 28)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert (talk.slot.title, talk.slot.speakers) == ("内存分层与CXL设备的NUMA管理", ("付国庆",))


def test_a_second_speaker_of_a_surname_no_list_knows_withholds_the_list():
    """Two speakers, each 'name' then 'company' in boxes of their own, the second of a surname the
    list does not know: that line is no second talk's title, and the first name alone is not
    shown as the whole list."""
    rows = [("15:00-15:30", 100, 120, 30), ("folio化改造后的页缓存性能回归", 100, 160, 30)]
    rows += [("葛新民", 100, 200, 30), ("麒麟软件", 240, 200, 28), ("内核工程师", 100, 240, 20)]
    rows += [("禚子涵", 100, 280, 30), ("麒麟软件", 240, 280, 28), ("测试工程师", 100, 320, 20)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert talk.slot.title == "folio化改造后的页缓存性能回归"
    assert talk.slot.speakers == () and dict(talk.withheld)["speakers"]


def test_a_rule_read_as_a_closing_quote_parts_a_name_from_its_company():
    """A thin rule between a name and its company that OCR reads as 」 (with no 「 before it)."""
    rows = [("09:00-09:30", 100, 120, 30), ("内存分层与CXL设备的NUMA管理", 100, 160, 30)]
    rows += [("刘洋、上官文静」统信软件", 100, 200, 26)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert (talk.slot.speakers, talk.slot.affiliations) == (("刘洋", "上官文静"), ("统信软件", "统信软件"))


def test_a_range_wrapped_after_its_dash_is_one_range():
    """'13:30–' over '14:00' in one type (a narrow time column): one slot 13:30-14:00, never two
    starts; a start alone with a dash over the next start alone with a dash stays two starts."""
    rows = [("13:30–", 100, 120, 26), ("14:00", 100, 150, 26), ("内存分层与CXL设备的NUMA管理", 300, 130, 30)]
    rows += [("14:00–", 100, 260, 26), ("14:30", 100, 290, 26), ("页缓存回收策略的再思考", 300, 270, 30)]
    (forum,) = agenda.parse("p.png", _lines(rows)).forums
    assert [(s.start, s.end) for s in forum.slots] == [("13:30", "14:00"), ("14:00", "14:30")]


def test_a_talk_given_by_two_joined_by_a_cross_shows_both_or_none():
    """'name firm role × name firm role' in one box: both speakers, each cut from their firm; where
    one part's name cannot be cut surely (a firm no list knows, two cuts would fit), the first
    name alone is never shown as the talk's whole list."""
    rows = [("09:00-09:30", 100, 120, 30), ("内存分层与CXL设备的NUMA管理", 100, 160, 30)]
    rows += [("葛新民腾讯高级工程师×林雨桐北京大学博士生", 100, 200, 24)]
    rows += [("09:30-10:00", 100, 300, 30), ("页缓存回收策略的再思考", 100, 340, 30)]
    rows += [("葛新民腾讯高级工程师×林雨桐星河云智驱动工程师", 100, 380, 24)]
    first, second = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert first.slot.speakers == ("葛新民", "林雨桐")
    assert first.slot.affiliations == ("腾讯高级工程师", "北京大学博士生")
    assert second.slot.speakers == () and dict(second.withheld)["speakers"]


def test_a_second_speaker_under_a_cross_read_as_an_x_is_the_talks():
    """'× Anna Keller Intel Staff Engineer' under the first speaker's line, the cross read as an X
    run into the name: the second speaker, not a second talk or the first's biography."""
    rows = [("09:00-09:30", 100, 120, 30), ("内存分层与CXL设备的NUMA管理", 100, 160, 30)]
    rows += [("葛新民腾讯高级工程师", 130, 200, 24), ("XAnna Keller Intel Staff Engineer", 100, 240, 24)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert talk.slot.speakers == ("葛新民", "Anna Keller")


def test_a_speaker_line_whose_name_cannot_be_cut_over_one_that_can_withholds_the_list():
    """Two speakers a line each, each name run into its company; the first's company is one no
    list knows ("葛新民星河云智"), so its name cannot be cut and the line reads like the title's
    last: the second name alone is never shown as the talk's list."""
    rows = [("09:00-09:40", 100, 120, 30), ("页缓存回收策略的再思考", 300, 120, 30)]
    rows += [("葛新民星河云智", 300, 165, 30), ("林雨桐北京大学", 300, 210, 30)]
    (talk,) = agenda.reconcile([agenda.parse("p.png", _lines(rows))])
    assert talk.slot.speakers == () and dict(talk.withheld)["speakers"]
