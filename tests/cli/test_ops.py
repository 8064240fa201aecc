"""Operating clkarchive: a fresh machine, scheduling that cannot be injected, status that tells, output.

Each test is named for the scenario of issues 8 and 9 it locks.
"""

from __future__ import annotations

import re
import shlex
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clkarchive.cli import cli
from clkarchive.config import YEARS, load_config, starter
from clkarchive.cron import Every
from clkarchive.errors import ConfigError, UsageError
from clkarchive.models import Failure, SourceStatus
from clkarchive.status import problems
from clkarchive.sync.attempts import read_attempts, record_attempts
from helpers import ROOT, Upstream, install_units, invoke, make_pdf, write_config

# --- A new user on a fresh machine -------------------------------------------------------------


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


def test_data_dirs_default_under_xdg_data_home(tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text('[[sources]]\nname = "CLK2024"\nurl = "u"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert load_config(config).mirror_dir == tmp_path / "data" / "clkarchive" / "mirror"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert load_config(config).index_dir == tmp_path / "home" / ".local/share/clkarchive/index"


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


@pytest.mark.parametrize(
    ("mirror", "index"), [("data", "data"), ("data", "data/index"), ("data/mirror", "data"), ("a/../b", "b")]
)
def test_index_and_mirror_dirs_may_not_overlap(tmp_path, mirror, index):
    config = write_config(tmp_path / "config.toml", "u", mirror_dir=mirror, index_dir=index)
    with pytest.raises(ConfigError, match="must be two separate folders"):
        load_config(config)
    result = invoke("--config", str(config), "status")
    assert result.exit_code == 2 and "mirror_dir" in result.stderr


def test_new_archive_and_source_keys(tmp_path):
    config = write_config(tmp_path / "config.toml", "u", ocr=None)
    loaded = load_config(config)
    assert (loaded.max_file_mb, loaded.ocr, loaded.sources[0].agenda) == (100, True, ())
    config.write_text(
        config.read_text().replace("[[sources]]", "max_file_mb = 5\nocr = false\n\n[[sources]]")
        + 'agenda = ["大会全议程.webp", "主论坛.webp"]\n',
        encoding="utf-8",
    )
    loaded = load_config(config)
    assert (loaded.max_file_mb, loaded.ocr) == (5, False) and not loaded.warnings
    assert loaded.sources[0].agenda == ("大会全议程.webp", "主论坛.webp")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("max_file_mb = 0", "archive.max_file_mb: must be a positive number"),
        ("max_file_mb = true", "archive.max_file_mb: must be int or float, not bool"),
        ("ocr = 1", "archive.ocr: must be bool, not int"),
    ],
)
def test_bad_new_archive_keys(tmp_path, line, message):
    config = write_config(tmp_path / "config.toml", "u", ocr=None)
    config.write_text(config.read_text().replace("[[sources]]", f"{line}\n\n[[sources]]"), encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(config)


@pytest.mark.parametrize("agenda", ['"a.webp"', '["/etc/passwd"]', '["../x.webp"]', "[1]"])
def test_bad_agenda(tmp_path, agenda):
    config = write_config(tmp_path / "config.toml", "u")
    config.write_text(config.read_text() + f"agenda = {agenda}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape("sources[0].agenda")):
        load_config(config)


# --- Status that tells ---------------------------------------------------------------------------


def test_status_before_any_sync_says_never_synced(project):
    shown = invoke("--config", str(project), "status")
    assert (shown.exit_code, shown.output) == (0, "CLK2024: never synced\n")
    check = invoke("--config", str(project), "status", "--check")
    assert check.exit_code == 1 and "problem: CLK2024: never synced" in check.stderr


def test_status_check_reports_a_source_where_most_decks_failed():
    now = datetime(2026, 1, 2, tzinfo=UTC)
    broken = [Failure(f"f/{i}.pdf", "not a readable PDF") for i in range(40)]
    st = SourceStatus("A", "u", commit="c", synced_at=now.isoformat(), decks=40, failures=broken)
    assert problems([st], timedelta(days=1), now) == ["A: 40 of 40 decks failed: not a readable PDF"]
    st.decks = 80  # half is not most
    assert problems([st], timedelta(days=1), now) == []


def test_status_max_age_without_check_is_an_error(project):
    result = invoke("--config", str(project), "status", "--max-age", "2h")
    assert result.exit_code == 2 and "--max-age only applies with --check" in result.stderr
    bad = invoke("--config", str(project), "status", "--check", "--max-age", "soon")
    assert bad.exit_code == 2 and "30m, 6h, 2d" in bad.stderr


def test_attempts_are_recorded_by_their_own_module(tmp_path):
    record_attempts(tmp_path, {"A": None, "B": "B: cannot fetch"})
    record_attempts(tmp_path, {"A": "A: cannot fetch"})
    attempts = read_attempts(tmp_path)
    assert attempts["A"].error == "A: cannot fetch" and attempts["A"].ok_at  # kept from the first
    assert attempts["B"].error == "B: cannot fetch" and attempts["B"].ok_at is None


# --- Scheduling cannot be injected ---------------------------------------------------------------


@pytest.mark.parametrize("systemd", [[], ["--systemd"]])
@pytest.mark.parametrize("where", ["config", "log"])
def test_control_characters_in_paths_are_refused_for_scheduling(tmp_path, systemd, where):
    folder = tmp_path / ("evil\n* * * * * touch pwned\n" if where == "config" else "plain")
    folder.mkdir()
    config = write_config(folder / "config.toml", "u")
    log = ["--log", str(tmp_path / "log\rfile")] if where == "log" else []
    result = invoke("--config", str(config), "cron", *systemd, *log)
    assert result.exit_code == 2 and "control characters" in result.stderr
    assert result.stdout == ""


def systemd_unquote(value: str) -> list[str]:
    """Split an ExecStart= value as systemd documents it: double-quoted words, C escapes, %% and $$."""
    words, i = [], 0
    while i < len(value):
        if value[i] == " ":
            i += 1
            continue
        word = ""
        if value[i] == '"':
            i += 1
            while value[i] != '"':
                if value[i] == "\\":
                    word += value[i + 1]
                    i += 2
                else:
                    word += value[i]
                    i += 1
            i += 1
        else:
            while i < len(value) and value[i] != " ":
                word += value[i]
                i += 1
        words.append(word.replace("%%", "\0").replace("$$", "$").replace("\0", "%"))
    return words


def test_systemd_units_escape_percent_backslash_and_dollar(odd_project):
    result = invoke("--config", str(odd_project), "cron", "--systemd")
    assert result.exit_code == 0, result.stderr
    exec_start = next(ln for ln in result.output.splitlines() if ln.startswith("ExecStart="))
    program, flag, script = systemd_unquote(exec_start.removeprefix("ExecStart="))
    assert (program, flag) == ("/bin/sh", "-c")
    words = shlex.split(script)
    assert words[words.index("--config") + 1] == str(odd_project)
    assert words[words.index(">>") + 1] == str(odd_project.parent / "clkarchive-cron.log")
    assert "%" not in exec_start.replace("%%", "")  # no specifier left for systemd to expand
    description = next(ln for ln in result.output.splitlines() if ln.startswith("Description=Refresh"))
    assert "100%% a" in description


def test_systemd_units_are_named_after_the_config(tmp_path):
    names = []
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        config = write_config(tmp_path / folder / "config.toml", "u")
        out = invoke("--config", str(config), "cron", "--systemd").output
        found = set(re.findall(r"clkarchive-[0-9a-f]{8}\.(?:service|timer)", out))
        assert len({n.split(".")[0] for n in found}) == 1 and len(found) == 2
        names.append(found)
    assert not names[0] & names[1]


def test_systemd_install_without_systemctl_says_the_timer_is_not_enabled(project, tmp_path, monkeypatch):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = install_units(project, tmp_path / "c")
    assert result.exit_code == 1 and "systemctl is not installed" in result.stderr
    assert "not enabled" in result.stderr and len(list((tmp_path / "c/systemd/user").iterdir())) == 2


def test_systemd_install_never_replaces_a_unit_it_did_not_write(project, tmp_path):
    shown = invoke("--config", str(project), "cron", "--systemd").output
    name = re.findall(r"clkarchive-[0-9a-f]{8}\.service", shown)[0]
    theirs = tmp_path / "c" / "systemd" / "user" / name
    theirs.parent.mkdir(parents=True)
    theirs.write_text("[Service]\nExecStart=/usr/bin/true\n")
    result = install_units(project, tmp_path / "c")
    assert result.exit_code == 1 and "not written by clkarchive" in result.stderr
    assert theirs.read_text() == "[Service]\nExecStart=/usr/bin/true\n"


def test_cron_every_accepts_every_value_its_help_and_hints_name(project):
    help_text = invoke("cron", "--help").output
    rejected = invoke("--config", str(project), "cron", "--every", "7m")
    assert rejected.exit_code == 2
    named = re.findall(r"\b(?:\d+[mhd]|hourly|daily)\b", help_text + rejected.stderr.replace("'7m'", ""))
    assert {"hourly", "daily", "30m", "6h", "1d"} <= set(named)
    for value in named:
        assert invoke("--config", str(project), "cron", "--every", value).exit_code == 0, value


@pytest.mark.parametrize("every", ["2d", "45m", "5h", "90m", "0h", "soon"])
def test_cron_every_refuses_what_cron_cannot_repeat(every):
    with pytest.raises(UsageError) as err:
        Every.parse(every)
    assert "2d" not in str(err.value).replace(repr(every), "")


# --- Output --------------------------------------------------------------------------------------


def test_config_is_accepted_after_the_subcommand(project):
    after = invoke("status", "--config", str(project))
    assert (after.exit_code, after.output) == (0, "CLK2024: never synced\n")
    # After the subcommand wins over before it, as the later of two options does.
    later = invoke("--config", "/nonexistent/config.toml", "status", "--config", str(project))
    assert later.exit_code == 0


@pytest.fixture(scope="module")
def synced(tmp_path_factory) -> Path:
    """One small synced archive for the read-only output checks."""
    from clkarchive.sync import sync

    root = tmp_path_factory.mktemp("synced")
    up = Upstream(root / "upstream")
    up.commit({"主论坛/1-Scalable IOMMU.pdf": make_pdf("Scalable IOMMU\nPASID tables")})
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
def test_color_option_and_no_color_are_respected(synced, args, env, styled):
    # color=True: click's runner then behaves like a terminal that shows styles.
    before = invoke(*args, "--config", str(synced), "search", "PASID", env=env, color=True)
    after = invoke("--config", str(synced), "search", "PASID", *args, env=env, color=True)
    for result in (before, after):
        assert result.exit_code == 0, result.stderr
        assert ("\x1b[" in result.output) is styled, result.output


def test_color_always_styles_a_pipe_too(synced):
    result = invoke("--config", str(synced), "--color", "always", "search", "PASID")
    assert "\x1b[" in result.output
    assert "\x1b[" not in invoke("--config", str(synced), "search", "PASID").output


def test_license_is_mit():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Copyright (c) 2026 clkarchive contributors" in text
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


# --- The README's command reference matches --help -----------------------------------------------


def readme_section(text: str, heading: str) -> str:
    """From heading to the next heading of its level or above."""
    start = text.index(heading)
    level = len(heading) - len(heading.lstrip("#"))
    end = re.search(rf"^#{{1,{level}}} ", text[start + len(heading) :], re.M)
    return text[start : start + len(heading) + (end.start() if end else len(text))]


def test_readme_documents_every_command_and_option():
    """Fails when a command or an option that --help shows is missing from the README's reference."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = readme_section(readme, "## Commands")
    shared = {"--config", "--color", "--help"}
    for option in shared - {"--help"}:
        assert f"`{option}" in commands.split("### ")[0], f"{option} is not documented under ## Commands"
    for name, command in sorted(cli.commands.items()):
        heading = f"### `clkarchive {name}"
        assert heading in commands, f"command {name} has no section in the README"
        section = readme_section(commands, heading)
        for param in command.params:
            for option in param.opts:
                if option.startswith("--") and option not in shared:
                    assert f"`{option}" in section, f"clkarchive {name} {option} is not in the README"
