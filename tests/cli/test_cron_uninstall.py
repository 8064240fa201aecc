"""`clkarchive cron --uninstall`: it takes out of the crontab exactly the line `cron --install` put
there for this config, gives every other line back byte for byte, and says so; with nothing to
remove it fails in one line. The crontab is the stand-in program the scheduling tests use
(tests/conftest.py's fake_crontab), which keeps the table in a file as the real one does.
"""

from __future__ import annotations

import json

import pytest

from helpers import invoke, write_config

# A user's own table: a variable, a comment, a job, another archive's clkarchive line, bytes that are
# not UTF-8, a carriage return, a form feed, a tab and trailing blanks: all must come back as they were.
THEIRS = (
    b"MAILTO=me@example.invalid\n"
    b"# nightly backup   \n"
    b"0 5 * * * /usr/bin/backup\t--all\n"
    b"7 * * * * /opt/venv/bin/clkarchive --config /srv/other/config.toml sync --quiet "
    b"# clkarchive:/srv/other/config.toml\n"
    b"30 2 * * * echo caf\xe9 \x0c> /dev/null\r\n"
)


def test_uninstall_removes_its_line_and_gives_every_other_back_byte_for_byte(project, fake_crontab, run):
    fake_crontab.write_bytes(THEIRS)
    assert run("cron", "--install").exit_code == 0
    installed = fake_crontab.read_bytes()
    assert installed.startswith(THEIRS) and len(installed.splitlines()) == len(THEIRS.splitlines()) + 1
    ours = installed[len(THEIRS) :].decode().rstrip("\n")

    result = run("cron", "--uninstall")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"crontab: removed: {ours}\n"
    assert fake_crontab.read_bytes() == THEIRS


def test_uninstall_of_the_only_line_leaves_an_empty_crontab(odd_project, fake_crontab):
    """The config's folder holds %, quotes and $: its line is escaped for cron, and still found."""
    assert invoke("--config", str(odd_project), "cron", "--install").exit_code == 0
    result = invoke("--config", str(odd_project), "cron", "--uninstall")
    assert result.exit_code == 0, result.stderr
    assert str(odd_project).replace("%", "\\%") in result.stdout
    assert fake_crontab.read_bytes() == b""


def test_uninstall_leaves_another_configs_line(project, fake_crontab, run, tmp_path):
    (tmp_path / "other").mkdir()
    other = write_config(tmp_path / "other" / "config.toml", str(tmp_path / "upstream"))
    assert invoke("--config", str(other), "cron", "--install").exit_code == 0
    assert run("cron", "--install").exit_code == 0
    assert run("cron", "--uninstall").exit_code == 0
    [left] = fake_crontab.read_text().splitlines()
    assert left.endswith(f"# clkarchive:{other}")


def test_uninstall_json(project, fake_crontab, run):
    run("cron", "--install")
    line = fake_crontab.read_text().rstrip("\n")
    result = run("cron", "--uninstall", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {"config": str(project), "lines": [line]}


@pytest.mark.parametrize(
    ("table", "says"),
    [
        (None, "you have no crontab"),
        (b"0 5 * * * /usr/bin/backup\n", "your crontab has no line of clkarchive's"),
    ],
)
def test_nothing_to_remove_is_one_line_and_exit_1(project, fake_crontab, run, table, says):
    if table is not None:
        fake_crontab.write_bytes(table)
    result = run("cron", "--uninstall")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and says in result.stderr and str(project) in result.stderr
    assert (fake_crontab.read_bytes() if table is not None else fake_crontab.exists()) == (table or False)


def test_uninstall_without_crontab_installed(project, tmp_path, monkeypatch, run):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = run("cron", "--uninstall")
    assert result.exit_code == 1 and "crontab is not installed" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [
        ["--uninstall", "--every", "6h"],
        ["--uninstall", "--install"],
        ["--uninstall", "--systemd"],
        ["--json"],
    ],
)
def test_uninstall_refuses_options_that_do_not_apply(project, fake_crontab, run, args):
    fake_crontab.write_bytes(THEIRS)
    result = run("cron", *args)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert fake_crontab.read_bytes() == THEIRS
