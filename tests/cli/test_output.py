"""What the CLI prints: colour when asked for, never when told not to."""

from __future__ import annotations

from pathlib import Path

import pytest

from clkarchive.config import load_config
from clkarchive.sync import sync
from helpers import Upstream, invoke, make_pdf, write_config


@pytest.fixture(scope="module")
def one_deck_synced(tmp_path_factory) -> Path:
    """The config of a small archive of one deck, synced once for the read-only output checks."""

    root = tmp_path_factory.mktemp("synced")
    up = Upstream(root / "upstream")
    up.commit(
        {
            "主论坛/1-Scalable IOMMU.pdf": make_pdf("Scalable IOMMU\nPASID tables"),
            "Keynote-Kernel Futures.pdf": make_pdf("Kernel futures\nmaple trees"),  # in no forum's folder
        }
    )
    config = write_config(root / "config.toml", up.url)
    assert not any(r.error for r in sync(load_config(config)))
    return config


@pytest.mark.parametrize(
    ("args", "env", "styled"),
    [
        ([], {"NO_COLOR": "1"}, False),  # a terminal, but the user said no colour
        (["--color", "never"], {}, False),
        (["--color", "always"], {"NO_COLOR": "1"}, True),  # the explicit option wins
    ],
)
def test_color_option_and_no_color_are_respected(one_deck_synced, args, env, styled):
    # color=True: click's runner then behaves like a terminal that shows styles.
    before = invoke(*args, "--config", str(one_deck_synced), "search", "PASID", env=env, color=True)
    after = invoke("--config", str(one_deck_synced), "search", "PASID", *args, env=env, color=True)
    for result in (before, after):
        assert result.exit_code == 0, result.stderr
        assert ("\x1b[" in result.output) is styled, result.output


def test_color_always_styles_a_pipe_too(one_deck_synced):
    result = invoke("--config", str(one_deck_synced), "--color", "always", "search", "PASID")
    assert "\x1b[" in result.output
    assert "\x1b[" not in invoke("--config", str(one_deck_synced), "search", "PASID").output


def test_a_talk_in_no_forum_shows_its_source_alone(one_deck_synced):
    result = invoke("--config", str(one_deck_synced), "search", "maple")
    assert result.exit_code == 0, result.stderr
    assert "[CLK2024]" in result.output and "·" not in result.output
    assert (
        "  [CLK2024 · 主论坛 (Main forum)]"
        in invoke("--config", str(one_deck_synced), "search", "PASID").output
    )
