"""Finding what the user means: other languages, spellings, questions, typos, pinyin names, partial matches.

One real archive (git upstream, real PDFs, a real sync and Whoosh index) is
shared by the module; every check is a read-only search through the library
or the CLI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clkarchive import Archive
from clkarchive.cli import cli
from clkarchive.config import load_config
from clkarchive.errors import QueryError
from clkarchive.search.query import normalize
from clkarchive.sync import sync
from helpers import Upstream, make_pdf, write_config

MIGRATION = "分论坛1（内存管理）/1  虚拟机热迁移优化——李泽帆.pdf"
VERITY = "分论坛2（存储）/2  Device Mapper verity——Guo Ren.pdf"
EEVDF = "分论坛3（调度）/3  EEVDF调度器——杨铠衔.pdf"
DECKS: dict[str, bytes | None] = {
    # Chinese only: found by English words through the glossary.
    MIGRATION: make_pdf(
        "虚拟机热迁移优化",
        "热迁移过程中的脏页跟踪与内存复制",
        "容器冷启动时间降低一半",
        "字节跳动 系统技术与工程团队",
    ),
    # English only, with every spelling of its terms.
    VERITY: make_pdf(
        "Device Mapper dm-verity improvements",
        "forward error correction: read ahead of FEC blocks",
        "io_uring support and lockfree rings",
        "read amplification of FEC; virtualization overhead",
        "Parallelizing writeback: one flusher thread per device",
        "fixes CVE 2024-12345 (a use after free)",
    ),
    EEVDF: make_pdf(
        "EEVDF latency nice",
        "scheduling latency by nice value",
        "调度延迟与 nice 值",
        "唤醒路径的关中断时间 2-4ms",
        "可扩展调度器框架",
    ),
}


@pytest.fixture(scope="module")
def relevance_config_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("relevance")
    upstream = Upstream(root / "upstream")
    upstream.commit(DECKS)
    path = write_config(root / "config.toml", upstream.url)
    sync(load_config(path))
    return path


@pytest.fixture(scope="module")
def relevance_archive(relevance_config_path: Path):
    with Archive(load_config(relevance_config_path)) as a:
        yield a


def top(archive: Archive, query: str) -> str | None:
    result = archive.search(query)
    return result.results[0].path if result.results else None


def cli_search(config_path: Path, *args: str):
    return CliRunner().invoke(cli, ["--config", str(config_path), "search", *args], catch_exceptions=False)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("live migration", MIGRATION),  # 热迁移
        ("container cold start", MIGRATION),  # 容器冷启动
        ("dirty page tracking", MIGRATION),  # 脏页 跟踪
        ("FEC 读放大", VERITY),  # read amplification
        ("调度延迟", EEVDF),
    ],
)
def test_other_language_finds_the_deck(relevance_archive, query, expected):
    result = relevance_archive.search(query)
    assert result.complete and result.results[0].path == expected
    assert result.results[0].expanded, "the added terms are shown"


def test_added_terms_are_listed_and_weigh_less_than_the_users_words(relevance_archive):
    result = relevance_archive.search("scheduling latency")
    assert result.results[0].path == EEVDF
    # The title page first (its title says 调度, its first page latency: the query is the talk's
    # subject); then p2, which says both words itself, before p3, which says them in Chinese.
    assert [p.page for p in result.results[0].pages] == [1, 2, 3]


@pytest.mark.parametrize(
    "query",
    ["dm-verity", "dm verity", "dmverity", "readahead", "read-ahead", "io uring", "iouring", "lock-free"],
)
def test_spellings_find_each_other(relevance_archive, query):
    assert top(relevance_archive, query) == VERITY


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("how does eevdf use the nice value?", EEVDF),
        ("为什么热迁移要跟踪脏页？", MIGRATION),
        ("热迁移为什么要跟踪脏页？内存复制呢？", MIGRATION),  # no space after ？: no wildcard ?内存
        ("怎么降低容器冷启动时间", MIGRATION),
        ("which talk covered live migration?", MIGRATION),
        ("talks from ByteDance", MIGRATION),  # an affiliation: 字节跳动
    ],
)
def test_question_words_are_not_required(relevance_archive, query, expected):
    result = relevance_archive.search(query)
    assert result.complete and result.results[0].path == expected
    assert result.ignored


def test_a_glossary_term_holding_a_filler_word_still_expands(relevance_archive):
    """A filler word ("off") inside a term ("irqs off") still counts: 关中断 finds the page."""
    result = relevance_archive.search("how long are irqs off?")
    assert result.results[0].path == EEVDF and result.results[0].pages[0].page == 4
    assert "关中断" in result.results[0].expanded


def test_words_written_apart_find_the_term_written_together(relevance_archive):
    """Written apart, sched ext is sched_ext, which the glossary knows as 可扩展调度 (all the page says)."""
    result = relevance_archive.search("sched ext")
    assert result.results[0].path == EEVDF and result.results[0].pages[0].page == 5
    assert "可扩展调度" in result.results[0].expanded


def test_inflected_forms_meet_at_one_stem(relevance_archive):
    """-izing, -ize, -ization and the bare word are one term (Whoosh's own Porter stemmer kept
    "parallelizing" apart from "parallel")."""
    for query in ("parallel writeback", "parallelization of writeback", "parallelize writeback"):
        result = relevance_archive.search(query)
        assert result.complete and result.results[0].path == VERITY, query
        assert result.results[0].pages[0].page == 5, query
        assert result.corrected is None, query  # found as said, not as a spelling mistake


def test_words_on_different_pages_match_the_talk(relevance_archive):
    result = relevance_archive.search("lockfree FEC virtualization")  # pages 3, 2 and 4
    assert result.complete and [t.path for t in result.results] == [VERITY]
    assert result.results[0].pages[0].page in (2, 3, 4)


def test_partial_match_says_what_is_missing(relevance_archive, relevance_config_path):
    result = relevance_archive.search("eevdf verity")
    assert not result.complete
    assert {t.path for t in result.results} == {EEVDF, VERITY}
    verity = next(t for t in result.results if t.path == VERITY)
    assert verity.matched == ["verity"] and verity.missing == ["eevdf"]
    out = cli_search(relevance_config_path, "eevdf", "verity")
    assert out.exit_code == 0
    assert "no talk has all of: eevdf verity; closest matches:" in out.output
    data = json.loads(cli_search(relevance_config_path, "--json", "eevdf", "verity").output)
    assert data["complete"] is False
    assert {"matched", "missing", "expanded"} <= data["results"][0].keys()


def test_typo_is_corrected_against_the_index(relevance_archive, relevance_config_path):
    result = relevance_archive.search("eedvf latency")
    assert result.corrected == "EEVDF latency" and result.results[0].path == EEVDF  # as the slides write it
    out = cli_search(relevance_config_path, "eedvf")
    assert out.exit_code == 0 and out.output.startswith("showing results for: EEVDF")
    assert json.loads(cli_search(relevance_config_path, "--json", "eedvf").output)["corrected"] == "EEVDF"


def test_nothing_close_is_exit_1(relevance_config_path):
    out = cli_search(relevance_config_path, "zzqqxxjj")
    assert out.exit_code == 1 and "no talk matches" in out.stderr


def test_exact_phrase_keeps_its_meaning(relevance_archive):
    result = relevance_archive.search('"latency nice"')
    assert result.complete and [t.path for t in result.results] == [EEVDF]
    assert [p.page for p in result.results[0].pages] == [1]  # p2 says "latency by nice"
    assert relevance_archive.search('"live migration"').results == []  # quoted: no translation added
    assert relevance_archive.search('"热迁移" "容器冷启动"').results[0].path == MIGRATION


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Li Zefan", MIGRATION),
        ("Zefan Li", MIGRATION),
        ("Lǐ Zéfàn", MIGRATION),
        ("li ze fan", MIGRATION),
        ("李泽帆", MIGRATION),
        ("Yang Kai-xian", EEVDF),
        ("Kaixian Yang", EEVDF),
    ],
)
def test_speaker_names_in_pinyin(relevance_archive, query, expected):
    assert top(relevance_archive, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("verity -eevdf", [VERITY]),
        ("nice NOT eevdf", []),
        ("eevdf OR verity", [EEVDF, VERITY]),
        ("title:EEVDF", [EEVDF]),
        ("speakers:杨铠衔", [EEVDF]),
        ("virtuali*", [VERITY]),  # the index holds "virtual", the stem of virtualization
        ("ｅｅｖｄｆ", [EEVDF]),  # full-width letters
        ("eevdf OR", [EEVDF]),  # a dangling operator is a word
        ("(eevdf", [EEVDF]),
        ("eevdf AND", [EEVDF]),
        ("(eevdf OR verity) nice", [EEVDF]),  # a group holding an operator is still one
    ],
)
def test_operators(relevance_archive, query, expected):
    assert sorted(t.path for t in relevance_archive.search(query).results) == sorted(expected)


def test_words_in_brackets_are_plain_words(relevance_archive):
    """Prose brackets an aside or a formula: the talk holding most of the words comes first, though
    none holds "ratio" (as a hard group, latency AND ratio, it would find nothing)."""
    assert top(relevance_archive, "scheduling latency (nice value x ratio)") == EEVDF


@pytest.mark.parametrize("query", ["cve-2024-12345", "CVE 2024-12345"])
def test_an_identifier_is_found_written_apart_at_one_of_its_separators(relevance_archive, query):
    """The slide writes CVE 2024-12345: two words, the second a compound whose parts share one
    position, so the three parts of cve-2024-12345 are not in a row there."""
    assert top(relevance_archive, query) == VERITY


def test_a_word_said_twice_is_one_word(relevance_archive):
    """The second "migration" once stood alone, without its translations: the Chinese deck, which
    says 迁移, was said to lack it, and a deck saying the English word twice gained it twice."""
    result = relevance_archive.search("dirty page tracking during migration and migration of memory")
    assert result.results[0].path == MIGRATION
    assert result.words.count("migration") == 1 and "migration" not in result.results[0].missing


def test_normalize():
    assert normalize("ｋｖｍ “dm verity”") == 'kvm "dm verity"'
    assert normalize("Lǚ Zéfàn") == "Lu Zefan"
    assert normalize("为什么一般？dense node") == "为什么一般? dense node"


def test_excluded_phrase_and_only_exclusions(relevance_archive):
    assert [t.path for t in relevance_archive.search('nice -"latency nice"').results] == []
    assert [t.path for t in relevance_archive.search('verity -"latency nice"').results] == [VERITY]
    with pytest.raises(QueryError, match="only words to exclude"):
        relevance_archive.search("NOT eevdf")


def test_a_chinese_run_is_cut_where_fewer_characters_are_left_over():
    """Longest word first from the left reads 在内核里 as 在内 (including) + 核; from the right it
    is 在 + 内核 + 里, every character in a word or a filler: the cut a reader makes."""
    from clkarchive.search.glossary import Terms
    from clkarchive.search.query import Plan, _cjk_units

    terms = Terms(cjk_words={"在内", "内核", "应用"}, longest_cjk=2)
    plan = Plan(text="")
    units = _cjk_units("在内核里的应用", terms, plan)
    assert [label for label, _, _ in units if label] == ["内核", "应用"]
    assert plan.ignored == ["在", "里", "的"]
    units = _cjk_units("内存回收", Terms(cjk_words={"内存", "回收"}, longest_cjk=2), Plan(text=""))
    assert [label for label, _, _ in units] == ["内存", "回收"]  # both cuts agree: the left one
