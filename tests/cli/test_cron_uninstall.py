"""`clkarchive cron --uninstall`: it takes out of the crontab exactly the line `cron --install` put
there for this config, gives every other line back byte for byte, and says so; with nothing to
remove it fails in one line; with --systemd it disables the timer and removes the units it wrote.
The crontab and systemctl are the stand-in programs the scheduling tests use (tests/conftest.py's
fake_crontab keeps the table in a file, as the real one does; systemctl here records its calls).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import fake_program, install_units, invoke, write_config

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
    assert json.loads(result.stdout) == {"config": str(project), "crontab_lines": [line], "unit_files": []}


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
        ["--json"],
    ],
)
def test_uninstall_refuses_options_that_do_not_apply(project, fake_crontab, run, args):
    fake_crontab.write_bytes(THEIRS)
    result = run("cron", *args)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert fake_crontab.read_bytes() == THEIRS


@pytest.fixture
def systemctl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in `systemctl` on PATH that records its arguments, a call a line, in the file returned."""
    calls = tmp_path / "systemctl-calls"
    fake_program(tmp_path / "bin", "systemctl", f'echo "$@" >> "{calls}"')
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    return calls


def uninstall_units(config: Path, xdg_config: Path, *args: str):
    return invoke(
        "--config",
        str(config),
        "cron",
        "--systemd",
        "--uninstall",
        *args,
        env={"XDG_CONFIG_HOME": str(xdg_config)},
    )


def test_systemd_uninstall_disables_the_timer_and_removes_only_its_units(project, tmp_path, systemctl):
    folder = tmp_path / "c" / "systemd" / "user"
    folder.mkdir(parents=True)
    (folder / "backup.timer").write_text("[Timer]\nOnCalendar=daily\n")
    assert install_units(project, tmp_path / "c").exit_code == 0
    service, timer = sorted(p for p in folder.iterdir() if p.name.startswith("clkarchive-"))
    systemctl.unlink()

    result = uninstall_units(project, tmp_path / "c")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"systemd: removed {service}\nsystemd: removed {timer}\n"
    assert systemctl.read_text().splitlines() == [
        f"--user disable --now {timer.name}",
        "--user daemon-reload",
    ]
    assert [p.name for p in folder.iterdir()] == ["backup.timer"]
    assert (folder / "backup.timer").read_text() == "[Timer]\nOnCalendar=daily\n"
    again = uninstall_units(project, tmp_path / "c", "--json")
    assert again.exit_code == 1 and again.stderr.count("\n") == 1 and "nothing removed" in again.stderr


def test_systemd_uninstall_json(project, tmp_path, systemctl):
    install_units(project, tmp_path / "c")
    result = uninstall_units(project, tmp_path / "c", "--json")
    assert result.exit_code == 0, result.stderr
    removed = json.loads(result.stdout)
    assert removed["config"] == str(project) and removed["crontab_lines"] == []
    assert [Path(p).suffix for p in removed["unit_files"]] == [".service", ".timer"]


def test_systemd_uninstall_never_removes_a_unit_it_did_not_write(project, tmp_path, systemctl):
    install_units(project, tmp_path / "c")
    service = next((tmp_path / "c" / "systemd" / "user").glob("*.service"))
    service.write_text("[Service]\nExecStart=/usr/bin/true\n")  # the user's own, under that name
    systemctl.unlink()
    result = uninstall_units(project, tmp_path / "c")
    assert result.exit_code == 1 and "not written by clkarchive" in result.stderr
    assert service.read_text() == "[Service]\nExecStart=/usr/bin/true\n" and not systemctl.exists()
    assert len(list(service.parent.iterdir())) == 2


def test_systemd_uninstall_removes_nothing_when_the_timer_cannot_be_disabled(project, tmp_path, systemctl):
    install_units(project, tmp_path / "c")
    fake_program(tmp_path / "bin", "systemctl", 'echo "Failed to connect to bus" >&2; exit 1')
    result = uninstall_units(project, tmp_path / "c")
    assert result.exit_code == 1 and "Failed to connect to bus" in result.stderr
    assert "nothing removed" in result.stderr and result.stderr.count("\n") == 1
    assert len(list((tmp_path / "c" / "systemd" / "user").iterdir())) == 2


def test_systemd_uninstall_without_systemctl_removes_the_units_and_the_enabling_link(
    project, tmp_path, monkeypatch
):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert install_units(project, tmp_path / "c").exit_code == 1  # written, not enabled: no systemctl
    folder = tmp_path / "c" / "systemd" / "user"
    timer = next(folder.glob("*.timer"))
    (folder / "timers.target.wants").mkdir()
    (folder / "timers.target.wants" / timer.name).symlink_to(timer)  # as an earlier enable left it
    result = uninstall_units(project, tmp_path / "c")
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in folder.rglob("*")] == ["timers.target.wants"]
