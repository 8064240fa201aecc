"""The query as typed on the command line: `-word` among the words, real options around them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clkarchive.config import load_config
from clkarchive.sync import sync
from helpers import Upstream, cli_run, invoke, make_pdf, write_config


@pytest.fixture(scope="module")
def two_zram_decks(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("zram")
    up = Upstream(root / "upstream")
    up.commit(
        {
            "内存分论坛/1-ZRAM Huge Page.pdf": make_pdf("zram huge pages\nZHP compression"),
            "内存分论坛/2-Swap.pdf": make_pdf("swap on zram\nmTHP"),
        }
    )
    config = write_config(root / "config.toml", up.url)
    assert not any(r.error for r in sync(load_config(config)))
    return config


def titles(result) -> list[str]:
    return [talk["title"] for talk in json.loads(result.stdout)["results"]]


def test_a_minus_word_after_the_first_word_excludes_it(two_zram_decks):
    typed = cli_run(two_zram_decks, "search", "zram", "-zhp")
    assert typed.exit_code == 0, typed.output
    assert "Swap" in typed.stdout and "ZRAM Huge Page" not in typed.stdout
    # Real options keep working before, between and after the words, and so does `--`.
    for args in (
        ["search", "--json", "zram", "-zhp"],
        ["search", "zram", "--json", "-zhp", "--limit", "5"],
        ["search", "--json", "--", "zram", "-zhp"],
    ):
        result = cli_run(two_zram_decks, *args)
        assert result.exit_code == 0, (args, result.output)
        assert titles(result) == ["Swap"], args
    assert sorted(titles(cli_run(two_zram_decks, "search", "zram", "--json"))) == ["Swap", "ZRAM Huge Page"]
    # An unknown --option is still a typo, not a word to search for.
    typo = cli_run(two_zram_decks, "search", "zram", "--limt", "5")
    assert typo.exit_code == 2 and "No such option '--limt'" in typo.stderr
    assert "--limit" in typo.stderr  # click's suggestion
    # An option's value may start with -- (nothing has that forum: exit 1, not a usage error).
    assert cli_run(two_zram_decks, "search", "zram", "--forum", "--x").exit_code == 1


def test_search_help_says_how_to_type_a_minus_word():
    shown = invoke("search", "--help").stdout
    assert "search zram -zhp" in shown
