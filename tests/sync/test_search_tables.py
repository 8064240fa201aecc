"""When a sync builds the search's tables (the term table and the words slides write): for the
generations a search is likely to meet, not for each of its commits. Counted on real syncs (real
upstreams, PDFs, OCR of a real poster, the Archive's own wiring), by watching the real builders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from clkarchive import Archive, index
from clkarchive.config import load_config
from clkarchive.index import spelling
from clkarchive.pictures import ocr
from clkarchive.search import glossary
from helpers import agenda_poster, make_pdf, upstreams_config

# Every page says 20 characters or more: only the poster is read by OCR.
DECKS = {
    "CLK2023": {
        "主论坛/1-Rust in the kernel.pdf": make_pdf(
            "Rust kernel modules in practice", "使用rust开发kernel的实践与思考"
        )
    },
    "CLK2024": {
        "主论坛/1-Page cache folios.pdf": make_pdf(
            "Large folios in the page cache", "页缓存中的大页与回收的代价和收益"
        )
    },
}


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[int]]:
    """The generations each real builder ran for: term tables (glossary.build), word counts."""
    made: dict[str, list[int]] = {"terms": [], "words": []}
    real_build, real_count = glossary.build, spelling.count

    def build(reader: glossary.Reader, *args: object, **kwargs: object) -> glossary.Terms:
        made["terms"].append(reader.generation or -1)
        return real_build(reader, *args, **kwargs)  # type: ignore[arg-type]

    def count(*args: object, **kwargs: object) -> object:
        made["words"].append(0)
        return real_count(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(glossary, "build", build)
    monkeypatch.setattr(spelling, "count", count)
    return made


def generation(config: Path) -> int:
    snapshot = index.Snapshot.open(load_config(config).index_dir)
    try:
        return snapshot.generation
    finally:
        snapshot.close()


def searched_without_building(config: Path, builds: dict[str, list[int]], query: str) -> list[str]:
    before = {k: len(v) for k, v in builds.items()}
    with Archive.from_path(config) as archive:
        found = [r.path for r in archive.search(query).results]
    assert {k: len(v) for k, v in builds.items()} == before  # read from what the sync left
    return found


def test_a_text_sync_of_two_sources_builds_the_tables_once_for_the_index_it_leaves(tmp_path, builds):
    config = upstreams_config(tmp_path, DECKS)
    with Archive.from_path(config) as archive:
        archive.sync()
    # Two sources, each published in a commit of its own (before: a table per commit).
    assert builds["terms"] == [generation(config)] and len(builds["words"]) == 1
    assert searched_without_building(config, builds, "folios") == ["主论坛/1-Page cache folios.pdf"]
    with Archive.from_path(config) as archive:
        archive.sync()  # nothing changed: nothing built
    assert len(builds["terms"]) == 1 and len(builds["words"]) == 1


@pytest.mark.skipif(not ocr.available(), reason="the OCR extra is not installed")
def test_a_sync_reading_pictures_builds_tables_after_the_text_for_the_bridge_and_at_the_end(tmp_path, builds):
    """Three builds, each for a generation searches meet: after the text of both sources (searches
    while the pictures are read), for the poster's source when its agenda needs the bridge (the
    posters' words are in the index by then), and for the index left; none for the source without
    posters. A search during the sync answers (from the bridge's tables)."""
    poster, _ = agenda_poster()
    decks = {"CLK2023": DECKS["CLK2023"] | {"议程.png": poster}, "CLK2024": DECKS["CLK2024"]}
    config = upstreams_config(tmp_path, decks, ocr=True)
    during: list[list[str]] = []
    with Archive.from_path(config) as archive:
        bridge: Callable[..., dict[str, set[str]]] = archive.term_bridge

        def watched(phrases: object) -> dict[str, set[str]]:
            found = bridge(phrases)
            with Archive.from_path(config) as reader:  # a search while the sync goes on
                during.append([r.path for r in reader.search("folios").results])
            return found

        archive.term_bridge = watched  # type: ignore[method-assign]
        archive.sync()
    assert during == [["主论坛/1-Page cache folios.pdf"]]
    final = generation(config)
    assert len(builds["terms"]) == 3 and builds["terms"][-1] == final
    assert len(set(builds["terms"])) == 3  # no generation twice
    assert searched_without_building(config, builds, "rust")[0] == "主论坛/1-Rust in the kernel.pdf"
