"""`clkarchive cron`: the schedules it accepts, crontab lines and systemd units that cannot be
injected, installing units without systemctl or over a unit not its own.
"""

from __future__ import annotations

import re
import shlex

import pytest

from clkarchive.cron import Every
from clkarchive.errors import UsageError
from helpers import install_units, invoke, write_config


@pytest.mark.parametrize(
    ("every", "schedule"), [("hourly", " * * * * "), ("30m", "-59/30 * * * * "), ("daily", " 3 * * * ")]
)
def test_cron_every(project, run, every, schedule):
    assert schedule in run("cron", "--every", every).output


def test_cron_systemd_prints_service_and_timer(project, run):
    out = run("cron", "--systemd", "--every", "2h").output
    assert "[Service]\nType=oneshot" in out and "sync --quiet" in out
    assert "OnUnitActiveSec=2h" in out and "WantedBy=timers.target" in out


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


@pytest.mark.parametrize("every", ["2d", "45m", "5h", "90m", "0h", "0m", "7m", "soon"])
def test_cron_every_refuses_what_cron_cannot_repeat(every):
    with pytest.raises(UsageError) as err:
        Every.parse(every)
    assert "2d" not in str(err.value).replace(repr(every), "")
