"""Words with no glossary entry bridged through CC-CEDICT, weighed by how specific they are; pairs
the slides give learnt only on strong evidence; dates and times asked of the talks' schedules.

One real archive (git upstream, real PDFs, a real sync, its term table and Whoosh index) is
shared by the module; the schedule comes from the agenda step's own way of dating a talk
(IndexUpdate.relabel), as reading the posters would.
"""

from __future__ import annotations

import dataclasses

import pytest

from clkarchive import Archive, index
from clkarchive.index import searching
from clkarchive.search import glossary, prepare
from helpers import make_pdf, synced

HEARTBEAT = "集群分论坛/1-Cluster heartbeat——Alice.pdf"  # English only
NODES = "集群分论坛/2-节点管理——王五.pdf"  # Chinese: says 心跳 once, in passing
WATERMARK = "内存分论坛/1-内存水印阈值——张三.pdf"  # Chinese only
ZONES = "内存分论坛/2-Zones——Bob.pdf"  # English: says watermark once, in passing
BRACKETS = "主论坛/1-提案——李四.pdf"  # pairs in brackets, good and bad
EROFS_AM = "存储分论坛/1-EROFS——Carol.pdf"  # dated 10:20-10:50; its second page says EROFS most
EROFS_PM = "存储分论坛/2-EROFS image——Dave.pdf"  # dated 14:00-14:30; its slide says 10:20
REGISTERS = "体系结构分论坛/1-Register save area——Erin.pdf"  # English: processor registers
CALLBACKS = "调度分论坛/1-调频策略的注册——赵六.pdf"  # Chinese: 注册, to register a governor

# Every page says Linux and node (节点): words most documents hold, which nothing is bridged to.
COMMON = "Linux node"
DECKS = {
    HEARTBEAT: make_pdf(
        f"Cluster heartbeat timeout {COMMON}", f"Missed heartbeat: fencing after the timeout {COMMON}"
    ),
    NODES: make_pdf(f"节点管理与心跳 {COMMON}", f"节点上线流程 {COMMON}"),
    WATERMARK: make_pdf(f"内存水印阈值的调整 {COMMON}", f"水印阈值过低时的回收 {COMMON}"),
    ZONES: make_pdf(f"Zones and the watermark {COMMON}", f"Zone lists {COMMON}"),
    BRACKETS: make_pdf(
        f"Scalable Mode 提案 (RISC-V) {COMMON}",
        f"调度器（Linux）与 RISC-V {COMMON}",
        f"脏页跟踪（dirty tracking） {COMMON}",
        f"读写锁: 某个shrinker(读者)执行时间过长 {COMMON}",
    ),
    EROFS_AM: make_pdf(f"EROFS compressed images {COMMON}", f"EROFS EROFS EROFS: images in EROFS {COMMON}"),
    EROFS_PM: make_pdf(f"EROFS EROFS image building {COMMON}", f"EROFS merged upstream at 10:20 {COMMON}"),
    REGISTERS: make_pdf(f"Register save area on x86 {COMMON}"),
    CALLBACKS: make_pdf(f"cpufreq governor 的注册与回调 {COMMON}"),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory):
    config = synced(tmp_path_factory.mktemp("bridge"), DECKS)
    store = index.Store(config.index_dir)
    try:
        talks = {f.talk.path: f.talk for f in store.files("CLK2024")}
        update = store.update()
        for path, start, end in ((EROFS_AM, "10:20", "10:50"), (EROFS_PM, "14:00", "14:30")):
            dated = dataclasses.replace(talks[path], date="2024-10-26", start=start, end=end)
            update.relabel("CLK2024", dated)
        update.commit()
    finally:
        store.close()
    snapshot = index.Snapshot.open(config.index_dir)
    try:  # as a sync does once it has published
        prepare(snapshot, index.whoosh_dir(config.index_dir))
    finally:
        snapshot.close()
    with Archive(config) as a:
        yield a


def test_a_chinese_word_finds_the_english_deck_through_cc_cedict(archive):
    """心跳 is in no glossary; CC-CEDICT says heartbeat. A deck saying 心跳 in passing does not keep
    the English deck out: it holds both words of the query, 心跳 as heartbeat."""
    result = archive.search("心跳 timeout")
    assert result.complete and result.results[0].path == HEARTBEAT
    assert "heartbeat" in result.results[0].expanded


def test_an_english_word_finds_the_chinese_deck_through_cc_cedict(archive):
    result = archive.search("watermark 阈值")
    assert result.complete and result.results[0].path == WATERMARK
    assert "水印" in result.results[0].expanded


def test_a_generic_words_translation_weighs_less_than_a_specific_words(archive):
    """Every page says node, so CC-CEDICT's 节点 -> node would add every talk to a search for 节点;
    心跳 -> heartbeat, two pages, joins every search for 心跳."""
    snapshot = index.Snapshot.open(archive.config.index_dir)
    try:
        terms = glossary.build(searching.reader(snapshot), glossary.Dictionary.open())
    finally:
        snapshot.close()
    heartbeat = {t: w for t, _, w in terms.alternatives["心跳"]}
    assert heartbeat["heartbeat"] > glossary.DICTIONARY_WEIGHT
    assert all(t not in ("node", "linux") for found in terms.alternatives.values() for t, _, _ in found)
    assert [t.path for t in archive.search("节点").results] == [NODES]  # not every talk saying node
    assert [t.path for t in archive.search("心跳").results] == [NODES, HEARTBEAT]


def test_a_bracketed_pair_is_learnt_only_when_it_is_one_to_one(archive):
    """ "Scalable Mode 提案 (RISC-V)" brackets a mixed phrase, and 调度器（Linux） a word every
    page says: neither is a translation. 脏页跟踪（dirty tracking） is."""
    assert "提案" not in archive.search("RISC-V").expanded
    assert "Linux" not in archive.search("调度器").expanded
    assert "脏页跟踪" in archive.search("dirty tracking").expanded


def test_a_bracket_saying_what_a_thing_does_is_no_translation(archive):
    """某个shrinker(读者): the shrinker is the lock's reader. CC-CEDICT knows 读者 (reader), and
    shrinker is none of its senses."""
    assert "读者" not in archive.search("shrinker").expanded
    assert "shrinker" not in archive.search("读者").expanded


def test_a_glossary_word_of_several_senses_takes_the_dictionarys_too(archive):
    """The glossary's 寄存器 finds register (~register); but to register a governor is 注册, which
    CC-CEDICT gives: the glossary does not fix register to 寄存器."""
    assert archive.search("寄存器").results[0].path == REGISTERS
    result = archive.search("register governor")
    assert result.complete and result.results[0].path == CALLBACKS
    assert "注册" in result.results[0].expanded


def test_a_time_in_the_query_is_asked_of_the_schedule(archive):
    """A slide saying 10:20 is not a talk at 10:20; half-days too are the schedule's."""
    assert archive.search("EROFS 10:20").results[0].path == EROFS_AM
    assert archive.search("EROFS 上午").results[0].path == EROFS_AM
    assert archive.search("EROFS 下午").results[0].path == EROFS_PM
    assert archive.search("谁讲的 EROFS 几点").ignored == ["谁讲", "的", "几点"]


def test_a_talk_asked_for_by_its_time_is_shown_on_its_title_page(archive):
    """Asked when, the talk is the answer, and its title page names it: not the page saying EROFS most.
    So it is when asked for by its title alone (pages.py)."""
    assert [p.page for p in archive.search("EROFS 10:20", pages=1).results[0].pages] == [1]
    assert [p.page for p in archive.search("EROFS", pages=1).results[0].pages] == [1]


def test_the_first_search_on_a_machine_that_never_parsed_cc_cedict_still_bridges(
    tmp_path, monkeypatch: pytest.MonkeyPatch
):
    """An index synced without preparing the search (the bare sync, or a cron job under another
    account): the searching user's cache has no CC-CEDICT yet. The search parses it once rather
    than answering without the bridge, and the parsing is not charged to the query's deadline."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "empty-cache"))
    config = synced(tmp_path / "fresh", {WATERMARK: DECKS[WATERMARK], ZONES: DECKS[ZONES]})
    with Archive(dataclasses.replace(config, search_timeout=1.0)) as a:
        result = a.search("watermark 阈值")
    assert result.complete and result.results[0].path == WATERMARK
    assert "水印" in result.results[0].expanded
    assert glossary.Dictionary.path().is_relative_to(tmp_path) and glossary.Dictionary.path().exists()
