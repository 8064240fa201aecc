"""`clkarchive init` on a fresh machine, and the config it writes beside the shipped one."""

from __future__ import annotations

import pytest

from clkarchive.config import YEARS, load_config, starter
from helpers import ROOT, invoke


@pytest.fixture
def fresh_home(tmp_path, monkeypatch):
    """An empty working folder and XDG folders of its own, as on a machine that never ran clkarchive."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    env = {"XDG_CONFIG_HOME": str(tmp_path / "xdg-config"), "XDG_DATA_HOME": str(tmp_path / "xdg-data")}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("CLKARCHIVE_CONFIG", raising=False)
    return tmp_path


def test_init_writes_a_starter_config_with_all_four_years(fresh_home):
    result = invoke("init")
    assert result.exit_code == 0, result.output
    written = fresh_home / "xdg-config" / "clkarchive" / "config.toml"
    config = load_config(written)
    assert [(s.name, s.url, s.branch) for s in config.sources] == [
        (f"CLK{y}", f"https://github.com/ChinaLinuxKernel/CLK{y}.git", "main") for y in range(2022, 2026)
    ]
    assert config.mirror_dir == fresh_home / "xdg-data" / "clkarchive" / "mirror"
    assert config.index_dir == fresh_home / "xdg-data" / "clkarchive" / "index"
    assert "# " in written.read_text() and str(written) in result.output
    # The next command, in an empty folder, finds it.
    status = invoke("status")
    assert status.exit_code == 0 and status.output.count("never synced") == 4


def test_init_never_overwrites_an_existing_config(fresh_home):
    mine = fresh_home / "mine.toml"
    mine.write_text("# my own settings\n", encoding="utf-8")
    result = invoke("init", "--config", str(mine))
    assert result.exit_code == 2 and "already exists" in result.stderr and str(mine) in result.stderr
    assert mine.read_text() == "# my own settings\n"
    assert invoke("init").exit_code == 0
    again = invoke("init")
    assert again.exit_code == 2 and "already exists" in again.stderr


def test_a_fresh_machine_without_config_is_told_to_run_init(fresh_home):
    result = invoke("status")
    assert result.exit_code == 2 and "clkarchive init" in result.stderr


def test_shipped_config_enables_all_four_years_like_init(tmp_path):
    shipped = load_config(ROOT / "config.toml")
    assert (
        [s.name for s in shipped.sources]
        == [f"CLK{y}" for y in YEARS]
        == [
            "CLK2022",
            "CLK2023",
            "CLK2024",
            "CLK2025",
        ]
    )
    started = tmp_path / "config.toml"
    started.write_text(starter(), encoding="utf-8")
    assert load_config(started).sources == shipped.sources
    assert shipped.mirror_dir == ROOT / "mirror" and shipped.index_dir == ROOT / "index"


def test_init_with_config_keeps_the_data_beside_it(fresh_home):
    """Two archives made with --config share no mirror and no index, and each moves as one folder."""
    first, second = fresh_home / "a" / "config.toml", fresh_home / "b" / "clk.toml"
    for path in (first, second):
        result = invoke("init", "--config", str(path))
        assert result.exit_code == 0, result.output
        assert "beside the config" in result.stdout
    assert 'mirror_dir = "mirror"\nindex_dir = "index"\n' in first.read_text(encoding="utf-8")
    assert load_config(first).mirror_dir == fresh_home / "a" / "mirror"
    assert load_config(first).index_dir == fresh_home / "a" / "index"
    assert load_config(second).mirror_dir == fresh_home / "b" / "clk-mirror"
    assert not (fresh_home / "xdg-data").exists()  # nothing in the shared place
    moved = fresh_home / "moved"
    (fresh_home / "a").rename(moved)
    assert load_config(moved / "config.toml").index_dir == moved / "index"
