"""Scheduling through real processes: the cron line the real program prints, crontab and systemctl
stand-ins the CLI runs, the program cron would start.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from helpers import fake_program, install_units, invoke, run_process


def test_cron_prints_a_ready_line_with_absolute_paths(project):
    result = run_process("cron", config=project)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    fields = line.split()
    assert fields[0].isdigit() and int(fields[0]) < 60  # hourly, at a minute of its own
    assert fields[1:5] == ["*"] * 4
    assert f"--config {project}" in line and "sync --quiet" in line
    assert f">> {project.parent / 'clkarchive-cron.log'} 2>&1" in line
    program = line.split(" --config")[0].split(" ", 5)[5].split()[0]
    assert Path(program).is_absolute() and os.access(program, os.X_OK)


def test_cron_install_adds_once_replaces_and_keeps_other_lines(project, fake_crontab, run):
    fake_crontab.write_text("MAILTO=me@example.invalid\n0 5 * * * /usr/bin/backup\n")
    assert "added" in run("cron", "--install").output
    assert "replaced" in run("cron", "--install", "--every", "6h").output
    lines = fake_crontab.read_text().splitlines()
    assert lines[:2] == ["MAILTO=me@example.invalid", "0 5 * * * /usr/bin/backup"]
    assert len(lines) == 3 and " */6 * * * " in lines[2] and str(project) in lines[2]


def test_cron_install_with_no_crontab_yet(project, fake_crontab, run):
    result = run("cron", "--install")
    assert result.exit_code == 0 and "added" in result.output
    assert len(fake_crontab.read_text().splitlines()) == 1


def test_systemd_install_writes_the_units_and_enables_the_timer(project, tmp_path, monkeypatch):
    calls = tmp_path / "systemctl-calls"
    bin_dir = tmp_path / "bin"
    fake_program(bin_dir, "systemctl", f'echo "$@" >> "{calls}"')
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    result = install_units(project, tmp_path / "c")
    assert result.exit_code == 0, result.stderr
    units = sorted((tmp_path / "c" / "systemd" / "user").iterdir())
    assert [u.suffix for u in units] == [".service", ".timer"]
    assert "ExecStart=/bin/sh -c" in units[0].read_text() and "OnUnitActiveSec=1h" in units[1].read_text()
    assert calls.read_text().splitlines() == ["--user daemon-reload", f"--user enable --now {units[1].name}"]
    assert f"enabled {units[1].name}" in result.output


def test_systemd_install_when_systemctl_fails_says_the_timer_is_not_enabled(project, tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    fake_program(bin_dir, "systemctl", 'echo "Failed to connect to bus" >&2; exit 1')
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    result = install_units(project, tmp_path / "c")
    assert result.exit_code == 1 and "Failed to connect to bus" in result.stderr
    assert "the timer is not enabled" in result.stderr


def test_crontab_line_escapes_every_percent_and_is_replaced_on_reinstall(odd_project, fake_crontab):
    line = invoke("--config", str(odd_project), "cron").output.strip()
    assert "%" in line and not re.search(r"(?<!\\)%", line)  # cron would cut the line at a bare %
    words = shlex.split(line.replace("\\%", "%").split(" ", 5)[5], comments=True)
    assert words[words.index("--config") + 1] == str(odd_project)
    for _ in range(2):
        assert invoke("--config", str(odd_project), "cron", "--install").exit_code == 0
    assert fake_crontab.read_text().splitlines() == [line]


def scheduled_program(line: str) -> list[str]:
    """The program words of a crontab line: after the five time fields, before --config."""
    return shlex.split(line.split(" --config ")[0])[5:]


def test_cron_names_the_running_program_not_another_on_path(project, tmp_path):
    """A venv that is not on PATH, and a decoy `clkarchive` that is: cron must name the venv's."""
    decoy_bin = tmp_path / "decoy"
    fake_program(decoy_bin, "clkarchive", "echo decoy; exit 3")
    path = f"{decoy_bin}{os.pathsep}/usr/bin{os.pathsep}/bin"
    env = {k: v for k, v in os.environ.items() if k not in ("CLKARCHIVE_CONFIG", "VIRTUAL_ENV")}
    env["PATH"] = path
    venv_bin = Path(sys.executable).parent
    entry_point = venv_bin / "clkarchive"
    assert entry_point.exists()
    for launcher, expected in (
        ([sys.executable, "-m", "clkarchive"], [os.path.abspath(sys.executable), "-m", "clkarchive"]),
        ([str(entry_point)], [str(entry_point)]),
    ):
        line = subprocess.run(
            [*launcher, "--config", str(project), "cron"], capture_output=True, text=True, env=env, check=True
        ).stdout.strip()
        program = scheduled_program(line)
        assert program == expected
        # And it runs, from cron's bare PATH: the venv's interpreter can import clkarchive.
        ran = subprocess.run([*program, "--version"], capture_output=True, text=True, env=env)
        assert ran.returncode == 0 and "clkarchive" in ran.stdout
