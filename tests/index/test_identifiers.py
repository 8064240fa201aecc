"""Identifiers inside paths, URLs and code, sizes and versions: found however the query writes them.

One real archive (git upstream, real PDFs, a real sync and Whoosh index) is shared by the module.
"""

from __future__ import annotations

import pytest

from clkarchive import Archive
from clkarchive.index.analysis import located
from helpers import make_pdf, synced

PATHS = "存储分论坛/1-Discard tuning.pdf"
SPACED = "存储分论坛/2-Queue limits.pdf"
FUSED = "内存分论坛/1-Huge pages.pdf"
KIB = "内存分论坛/2-Base pages.pdf"
VERSION = "内核分论坛/1-Linux v6.6 LTS.pdf"
PLAIN = "内核分论坛/2-Kernel upgrade.pdf"
FIGURE = "内核分论坛/3-Benchmarks.pdf"
LETTERS = "内存分论坛/3-压缩算法.pdf"  # its PDF spaces out the letters of every Latin word
DECKS: dict[str, bytes | None] = {
    PATHS: make_pdf(
        "Discard tuning",
        "echo 256 > /sys/block/sda/queue/max_discard_segments",
        "f2fs readahead in fs/f2fs/data.c",
        "sysctl -w net.core.somaxconn=4096",
        "CONFIG_TRANSPARENT_HUGEPAGE=y, see https://lore.kernel.org/linux-mm/",
    ),
    # The words of the path, apart: the page that writes the path whole comes first for it.
    SPACED: make_pdf("Queue limits", "the block queue: max discard segments, sda, sys"),
    FUSED: make_pdf("Huge pages", "4KB base pages and 2MB huge pages"),
    KIB: make_pdf("Base pages", "64K 页面与 4 KiB 页面", "2 MiB 大页"),
    VERSION: make_pdf("Linux v6.6 LTS", "merged in v6.6"),
    PLAIN: make_pdf("Kernel upgrade", "moving the fleet to Linux 6.6 from 5.10"),
    FIGURE: make_pdf("Benchmarks", "Figure 6: 4 threads", "66 runs of 2/4/8 bytes"),
    LETTERS: make_pdf(
        "压缩算法", "压缩速度: s l o w p a t h / k s w a p d 耗时", "m b _ o p t i m i z e _ s c a n"
    ),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory):
    with Archive(synced(tmp_path_factory.mktemp("identifiers"), DECKS)) as a:
        yield a


def paths(archive: Archive, query: str) -> list[str]:
    return [hit.path for hit in archive.search(query, limit=20).results]


@pytest.mark.parametrize(
    "query",
    [
        "data.c",
        "f2fs/data.c",
        "somaxconn",
        "net.core.somaxconn",
        "net.core.somaxconn=4096",
        "TRANSPARENT_HUGEPAGE",
        "lore.kernel.org",
        "kernel.org",
    ],
)
def test_an_identifier_inside_a_path_or_setting_is_found_by_its_part(archive, query):
    assert paths(archive, query) == [PATHS]


@pytest.mark.parametrize("query", ["max_discard_segments", "queue/max_discard_segments", "sda/queue"])
def test_a_part_of_a_path_finds_it_beside_the_page_that_writes_its_words_apart(archive, query):
    assert PATHS in paths(archive, query)


def test_the_whole_path_finds_the_page_that_writes_it_first_and_marks_the_part_asked_for(archive):
    result = archive.search("/sys/block/sda/queue/max_discard_segments")
    assert [h.path for h in result.results][:1] == [PATHS]
    assert result.results[0].pages[0].page == 2
    hit = next(h for h in archive.search("max_discard_segments").results if h.path == PATHS)
    assert hit.pages[0].page == 2
    assert "/sys/block/sda/queue/**max_discard_segments**" in hit.pages[0].snippet
    assert "**data.c**" in archive.search("data.c").results[0].pages[0].snippet


@pytest.mark.parametrize("query", ["4K", "4k", "4KB", "4 KB", "4 KiB", "4kib"])
def test_a_size_is_one_thing_however_it_is_written(archive, query):
    assert sorted(paths(archive, query)) == sorted([FUSED, KIB])


@pytest.mark.parametrize(
    ("query", "expected"), [("2M", [FUSED, KIB]), ("2 MB", [FUSED, KIB]), ("64KB", [KIB])]
)
def test_huge_page_sizes_meet_too(archive, query, expected):
    assert sorted(paths(archive, query)) == sorted(expected)


@pytest.mark.parametrize("query", ["v6.6", "6.6", "Linux 6.6", "linux v6.6"])
def test_a_version_with_or_without_its_v_finds_both_spellings(archive, query):
    assert sorted(paths(archive, query)[:2]) == sorted([VERSION, PLAIN])


def test_a_bare_number_matches_no_more_than_the_pages_that_write_it(archive):
    """Before, 6.6 was also indexed as "66" and 2/4/8 as "248": a version is now no number."""
    assert paths(archive, "66") == [FIGURE]
    assert paths(archive, "5.10") == [PLAIN]
    assert paths(archive, "510") == []
    # A bare 6 or 4 still finds the pages that write it alone, or as part of a version or 4 KiB.
    assert sorted(paths(archive, "6")) == sorted([VERSION, PLAIN, FIGURE])
    assert sorted(paths(archive, "4")) == sorted([KIB, FIGURE])


def test_the_parts_of_a_compound_point_at_what_the_page_writes():
    """Snippets mark a token where the index says it stands: a part of a path is marked alone."""
    text = "see /sys/block/sda/queue/max_discard_segments and fs/f2fs/data.c on v6.6 with 4 KiB"
    spans = {token: text[start:end] for _, token, start, end in located(text)}
    assert spans["maxdiscardseg"] == "max_discard_segments"
    assert spans["queuemaxdiscardseg"] == "queue/max_discard_segments"
    assert spans["sysblocksdaqueuemaxdiscardseg"] == "sys/block/sda/queue/max_discard_segments"
    assert spans["datac"] == "data.c"
    assert spans["6.6"] == "v6.6"
    assert spans["4k"] == "4 KiB"
    assert spans["kib"] == "KiB"


@pytest.mark.parametrize(("query", "page"), [("kswapd", 2), ("slowpath", 2), ("mb_optimize_scan", 3)])
def test_a_word_whose_letters_the_pdf_spaced_out_is_found(archive, query, page):
    """k s w a p d is kswapd: the page is found by the word, and shown on it."""
    found = archive.search(query).results
    assert [t.path for t in found] == [LETTERS] and found[0].pages[0].page == page
