"""How much work one search may cause: a deadline (archive.search_timeout), caps on what a query fans
out to, and the notes that say what they left out. One real archive (git upstream, real PDFs, a real
sync and Whoosh index) is shared by the module, with a deck of a few thousand words so that spelling
and prefixes have a vocabulary to work through."""

from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path

import pytest

from clkarchive import Archive
from clkarchive.config import load_config
from clkarchive.errors import ConfigError
from clkarchive.search.limits import MAX_PATTERN_TERMS, MAX_PATTERNS, MAX_WORDS
from clkarchive.sync import sync
from helpers import Upstream, cli_run, make_pdf, sample_talks, write_config

WORDS_PER_LINE, LINES_PER_PAGE = 8, 36


def vocabulary() -> list[str]:
    """Two thousand made-up words (ba-ke-mo…), the same on every run: a vocabulary the size of a
    conference's, which a spelling search must get through quickly."""
    rng = random.Random(5)
    made: set[str] = set()
    while len(made) < 2000:
        made.add("".join(rng.choice("bdgklmnprstv") + rng.choice("aeiou") for _ in range(rng.choice((3, 4)))))
    return sorted(made)


def misspelt(word: str) -> str:
    """Two neighbouring letters swapped, as fast typing does."""
    return word[0] + word[2] + word[1] + word[3:]


@pytest.fixture(scope="module")
def archive_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("limits")
    words = vocabulary()
    lines = [" ".join(words[i : i + WORDS_PER_LINE]) for i in range(0, len(words), WORDS_PER_LINE)]
    pages = ["\n".join(lines[i : i + LINES_PER_PAGE]) for i in range(0, len(lines), LINES_PER_PAGE)]
    upstream = Upstream(root / "upstream")
    upstream.commit(sample_talks() | {"综合分论坛/9-Vocabulary.pdf": make_pdf(*pages)})
    config = write_config(root / "config.toml", upstream.url, search_timeout=1.0)
    sync(load_config(config))
    return config


@pytest.fixture(scope="module")
def archive(archive_config: Path):
    with Archive(load_config(archive_config)) as a:
        yield a


def test_a_999_character_misspelt_query_answers_within_the_deadline_with_a_note(archive):
    words = [misspelt(w) for w in vocabulary()[::7]]
    query = " ".join(words)[:999].rsplit(" ", 1)[0]
    assert len(query) > 990
    archive.search("folios")  # warm: the snapshot, as a server's is
    started = time.monotonic()
    result = archive.search(query)
    took = time.monotonic() - started
    assert took < archive.config.search_timeout + 0.5, f"{took:.2f} s"
    assert any(f"first {MAX_WORDS} words" in note for note in result.notes), result.notes
    assert len(result.words) <= MAX_WORDS


def test_a_tiny_deadline_cuts_a_query_and_says_so(archive_config):
    tiny = write_config(
        archive_config.parent / "tiny.toml", str(archive_config.parent / "upstream"), search_timeout=0.001
    )
    query = " ".join(vocabulary()[:20])  # twenty words the index holds: far more than a millisecond's work
    shown = cli_run(tiny, "search", query)
    assert shown.exit_code == 0, shown.output
    assert re.search(r"^note: out of time: did not search \w", shown.output, re.M), shown.output
    assert "1. Vocabulary" in shown.output  # what was searched in time is still shown
    answer = json.loads(cli_run(tiny, "search", "--json", query).output)
    assert 1 <= len(answer["words"]) < 20
    assert any(note.startswith("out of time") for note in answer["notes"])


def test_a_single_word_typo_is_still_corrected(archive):
    """One swap is one slip, in a four-letter word too (zarm: zram); shown as the slides write it."""
    word = vocabulary()[100]
    for typo, meant in [("IOMUM", "IOMMU"), ("zarm", "ZRAM"), (misspelt(word), word)]:
        result = archive.search(typo)
        assert result.corrected == meant and result.results, typo
        assert result.notes == []


def test_an_ordinary_query_is_not_cut(archive):
    result = archive.search("Scalable Mode PASID")
    assert result.notes == [] and result.complete
    assert result.results[0].title == "RISC-V IOMMU Scalable 提案"


def test_prefixes_stand_for_their_most_frequent_terms_and_only_the_first_are_searched(archive):
    many = archive.search("b*")
    assert (
        many.notes[0].startswith("b* stands for")
        and f"the {MAX_PATTERN_TERMS} most frequent" in many.notes[0]
    )
    assert "Vocabulary" in [talk.title for talk in many.results]
    prefixes = " ".join(f"{w[:3]}*" for w in vocabulary()[::100])  # twenty prefixes
    cut = archive.search(prefixes)
    assert any(note.startswith(f"searched the first {MAX_PATTERNS} patterns only") for note in cut.notes)
    assert archive.search("([a TO z])").results  # a range is a pattern too (and once crashed the search)


def test_operator_clauses_are_capped(archive):
    clauses = " ".join(f'"{w}"' for w in vocabulary()[:30])
    result = archive.search(clauses)
    assert any(note.startswith("searched the first 16 operator clauses only") for note in result.notes)
    assert len(result.words) == 16


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "archive.search_timeout: must be a positive number"),
        ("-1.5", "archive.search_timeout: must be a positive number"),
        ('"1"', "archive.search_timeout: must be int or float, not str"),
        ("true", "archive.search_timeout: must be int or float, not bool"),
    ],
)
def test_search_timeout_is_validated(tmp_path, value, message):
    config = write_config(tmp_path / "config.toml", "u", search_timeout=None)
    config.write_text(config.read_text().replace("[[sources]]", f"search_timeout = {value}\n\n[[sources]]"))
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(config)


def test_search_timeout_defaults_to_a_second(tmp_path):
    assert load_config(write_config(tmp_path / "a.toml", "u", search_timeout=None)).search_timeout == 1.0
    loaded = load_config(write_config(tmp_path / "b.toml", "u", search_timeout=2.5))
    assert loaded.search_timeout == 2.5 and not loaded.warnings
