"""Search through the library and the CLI, against a real index built by a real sync."""

import json

import pytest

from clkarchive import Archive
from clkarchive.config import load_config
from clkarchive.errors import NotSyncedError, QueryError
from clkarchive.sync import sync
from helpers import Upstream, cli_run, make_pdf, sample_talks, write_config

SCALABLE = "主论坛/3-RISC-V IOMMU Scalable 提案.pdf"
ZHP = "内存分论坛/2-内存压缩大页(ZHP)优化.pdf"
FOLIOS = "调度与锁分论坛/1-f2fs large folios特性支持的探索和实践.pdf"


@pytest.fixture(scope="module")
def sample_config(tmp_path_factory):
    """The sample conference and a deck that mentions "scalable" in passing, synced once: its Config."""
    root = tmp_path_factory.mktemp("search")
    upstream = Upstream(root / "upstream")
    upstream.commit(
        {
            **sample_talks(),
            # Mentions "scalable" in its text only: the titled talk must still win.
            "综合分论坛/2-Misc.pdf": make_pdf("misc notes", "scalable mode mentioned in passing PASID"),
        }
    )
    config = load_config(write_config(root / "config.toml", upstream.url))
    sync(config)
    return config


@pytest.fixture(scope="module")
def run_sample(sample_config):
    """The CLI in this process, on the module's synced archive."""
    return lambda *args: cli_run(sample_config.path, *args)


def paths(result) -> list[str]:
    return [t.path for t in result.results]


def test_english_query_ranks_talk_and_its_page(sample_config):
    result = Archive(sample_config).search("scalable mode PASID")
    assert paths(result)[0] == SCALABLE
    assert result.results[0].pages[0].page == 3
    assert "**PASID**" in result.results[0].pages[0].snippet


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("内存压缩", ZHP),
        ("宋恺睿", SCALABLE),
        ("压缩比", ZHP),
        ("folio", FOLIOS),  # stemmed: folios
        ("dma-buf", FOLIOS),
        ("buf", FOLIOS),
        ("cpufreq_ext", FOLIOS),
        ("struct_ops", FOLIOS),
        ("risc-v", SCALABLE),
        ('"large folios reduce"', FOLIOS),
    ],
)
def test_chinese_and_english_words_are_findable(sample_config, query, expected):
    assert paths(Archive(sample_config).search(query))[0] == expected


def test_chinese_query_matches_only_in_order(sample_config):
    assert Archive(sample_config).search("缩压").results == []


def test_talks_without_every_word_are_partial_matches(sample_config):
    result = Archive(sample_config).search("folios PASID")
    assert not result.complete and {FOLIOS, SCALABLE} <= set(paths(result))


def test_title_match_outranks_a_mention_in_the_text(sample_config):
    assert paths(Archive(sample_config).search("scalable"))[:2] == [SCALABLE, "综合分论坛/2-Misc.pdf"]


def test_snippet_merges_overlapping_chinese_bigrams(sample_config):
    (talk,) = Archive(sample_config).search("内存压缩").results
    assert "**内存压缩**" in talk.pages[0].snippet


def test_forum_filter_takes_chinese_or_english_names(sample_config):
    assert paths(Archive(sample_config).search("scalable", forum="综合")) == ["综合分论坛/2-Misc.pdf"]
    assert paths(Archive(sample_config).search("scalable", forum="main")) == [SCALABLE]


def test_limit_and_total(sample_config):
    result = Archive(sample_config).search("scalable", limit=1)
    assert result.total == 2 and len(result.results) == 1


@pytest.mark.parametrize("query", ["", "   ", "!!! ,,, ..."])
def test_queries_with_no_words_are_refused(sample_config, query):
    with pytest.raises(QueryError):
        Archive(sample_config).search(query)


def test_search_before_sync_says_to_sync(project):
    with pytest.raises(NotSyncedError, match="clkarchive sync"):
        Archive(load_config(project)).search("anything")


def test_cli_search_json_shape(sample_config, run_sample):
    result = run_sample("search", "--json", "scalable", "mode", "PASID")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["query"] == "scalable mode PASID" and data["total"] == 2
    top = data["results"][0]
    assert {"rank", "source", "path", "title", "forum", "forum_en", "score", "file", "pages"} <= top.keys()
    assert (top["rank"], top["source"], top["path"], top["forum"]) == (1, "CLK2024", SCALABLE, "主论坛")
    assert top["forum_en"] == "Main forum"
    assert top["file"].endswith(SCALABLE) and top["file"].startswith("/")
    assert top["pages"][0]["page"] == 3 and isinstance(top["pages"][0]["snippet"], str)


def test_cli_search_text_output_and_exit_codes(sample_config, run_sample):
    result = run_sample("search", "内存压缩")
    assert result.exit_code == 0
    assert "内存压缩大页(ZHP)优化" in result.output and "p.1:" in result.output
    missing = run_sample("search", "nosuchwordanywhere")
    assert missing.exit_code == 1 and "no talk matches" in missing.stderr
    assert run_sample("search", "...").exit_code == 2


def test_cli_talks_and_status(sample_config, run_sample):
    listing = run_sample("talks")
    assert listing.exit_code == 0
    assert "CLK2024\t主论坛\t3\t\tRISC-V IOMMU Scalable 提案\t宋恺睿\t3\t" in listing.output  # its title page
    assert "\tmaterial\t" in listing.output
    status = json.loads(run_sample("status", "--json").output)
    assert status[0]["source"] == "CLK2024" and status[0]["talks"] == 4 and status[0]["materials"] == 1


def test_search_while_the_first_sync_runs_says_so(project):
    from clkarchive import index

    index.Store(load_config(project).index_dir, create=True)  # what the first sync starts from
    result = cli_run(project, "search", "anything")
    assert result.exit_code == 2 and "first `clkarchive sync` has not finished" in result.stderr
