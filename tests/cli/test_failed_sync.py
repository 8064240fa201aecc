"""A sync that fails, as the user sees it: said once, on stderr, and remembered by the next search."""

from __future__ import annotations

from helpers import cli_run, write_config


def test_a_failed_first_sync_is_said_once_and_the_next_search_says_why(tmp_path):
    config = write_config(tmp_path / "config.toml", str(tmp_path / "nowhere"))
    synced = cli_run(config, "sync")
    assert synced.exit_code == 1
    assert synced.stdout == ""
    assert synced.stderr.count("nowhere does not exist") == 1, synced.stderr
    assert synced.stderr.startswith("clkarchive: CLK2024: ") and "sync failed after" in synced.stderr

    searched = cli_run(config, "search", "zram")
    assert searched.exit_code == 2
    assert "has not finished" not in searched.stderr
    assert "no `clkarchive sync` has succeeded yet" in searched.stderr
    assert "failed: CLK2024: " in searched.stderr and "nowhere does not exist" in searched.stderr
    assert "never synced; last attempt failed" in cli_run(config, "status").stdout
