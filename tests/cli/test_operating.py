"""Running unattended: cron and systemd set-up, quiet syncs, the log, status for monitoring."""

import json
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clkarchive.cron import Every
from clkarchive.errors import UsageError
from clkarchive.models import SourceStatus
from clkarchive.status import problems
from helpers import make_pdf, run_process, write_config


@pytest.fixture
def fake_crontab(tmp_path, monkeypatch):
    """A stand-in `crontab` on PATH that keeps the table in a file, as the real one does."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    table = tmp_path / "crontab.txt"
    script = bin_dir / "crontab"
    script.write_text(
        "#!/bin/sh\n"
        f'table="{table}"\n'
        'if [ "$1" = "-l" ]; then\n'
        '  [ -f "$table" ] || { echo "no crontab for $(id -un)" >&2; exit 1; }\n'
        '  cat "$table"\n'
        'elif [ "$1" = "-" ]; then cat > "$table"\n'
        "else exit 2; fi\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return table


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


@pytest.mark.parametrize(
    ("every", "schedule"), [("hourly", " * * * * "), ("30m", "-59/30 * * * * "), ("daily", " 3 * * * ")]
)
def test_cron_every(project, run, every, schedule):
    assert schedule in run("cron", "--every", every).output


@pytest.mark.parametrize("every", ["7m", "5h", "0m", "soon", "2d"])
def test_cron_every_rejects_what_cron_cannot_repeat(every):
    with pytest.raises(UsageError):
        Every.parse(every)


def test_cron_systemd_prints_service_and_timer(project, run):
    out = run("cron", "--systemd", "--every", "2h").output
    assert "[Service]\nType=oneshot" in out and "sync --quiet" in out
    assert "OnUnitActiveSec=2h" in out and "WantedBy=timers.target" in out


def test_quiet_sync_prints_only_news(project, upstream, talks):
    upstream.commit(talks)
    first = run_process("sync", "--quiet", config=project)
    assert first.returncode == 0 and first.stdout.startswith("CLK2024: ")
    again = run_process("sync", "--quiet", config=project)
    assert (again.returncode, again.stdout, again.stderr) == (0, "", "")


def test_log_file_gets_one_line_per_source_per_sync(tmp_path, upstream, talks):
    upstream.commit(talks)
    config = write_config(tmp_path / "config.toml", upstream.url, log_file="logs/sync.log")
    run_process("sync", "--quiet", config=config)
    run_process("sync", "--quiet", config=config)
    lines = (tmp_path / "logs" / "sync.log").read_text().splitlines()
    assert len(lines) == 2
    assert (
        " CLK2024 -.." in lines[0] and " +4 ~0 -0 pages=7 failed=0 " in lines[0] and lines[0].endswith(" ok")
    )
    commit = str(upstream.repo.head.target)[:12]
    assert f" CLK2024 {commit}..{commit} +0 ~0 -0 pages=0 " in lines[1]


def test_log_file_option_overrides_config(project, upstream, talks, tmp_path):
    upstream.commit(talks)
    run_process("sync", "--quiet", "--log-file", str(tmp_path / "other.log"), config=project)
    assert "CLK2024" in (tmp_path / "other.log").read_text()


def test_status_json_and_check(project, upstream, talks):
    upstream.commit(talks)
    run_process("sync", config=project)
    status = json.loads(run_process("status", "--json", config=project).stdout)
    assert status[0]["commit"] == str(upstream.repo.head.target) and status[0]["last_error"] is None
    assert run_process("status", "--check", config=project).returncode == 0
    # The remote goes away: the next sync fails, and --check says so (a local path gone: exit 1, not 75).
    project.write_text(project.read_text().replace(upstream.url, str(upstream.path.parent / "gone")))
    assert run_process("sync", config=project).returncode == 1
    check = run_process("status", "--check", config=project)
    assert check.returncode == 1 and "last sync failed" in check.stderr


def test_status_check_age_and_never_synced():
    now = datetime(2026, 1, 2, tzinfo=UTC)
    old = SourceStatus("A", "u", commit="c", synced_at="2026-01-01T00:00:00+00:00")
    assert problems([old], timedelta(hours=12), now) == [
        "A: last successful sync 2026-01-01T00:00:00+00:00 is older than 12:00:00"
    ]
    assert problems([old], timedelta(days=2), now) == []
    # A no-change sync does not rewrite the index, but it counts as a successful check.
    old.last_ok = "2026-01-01T23:00:00+00:00"
    assert problems([old], timedelta(hours=12), now) == []
    assert problems([SourceStatus("B", "u")], timedelta(days=1), now) == ["B: never synced"]


def test_unknown_config_keys_warn_but_work(tmp_path, upstream, talks):
    upstream.commit(talks)
    config = write_config(tmp_path / "config.toml", upstream.url, wokers=3)
    result = run_process("sync", "--quiet", config=config)
    assert result.returncode == 0
    assert "warning:" in result.stderr and "archive.wokers: unknown key" in result.stderr


def test_failed_files_show_in_status(project, upstream, talks):
    upstream.commit(
        {**talks, "综合分论坛/4-Broken.pdf": b"%PDF-1.4 broken", "综合分论坛/5-Blank.pdf": make_pdf("")}
    )
    run_process("sync", config=project)
    out = run_process("status", config=project).stdout
    assert "failed 综合分论坛/4-Broken.pdf: not a readable PDF" in out
    assert "failed 综合分论坛/5-Blank.pdf: no text" in out


def test_a_textless_deck_stays_listed_after_later_syncs(project, upstream, talks):
    upstream.commit({**talks, "综合分论坛/5-Blank.pdf": make_pdf("")})
    run_process("sync", config=project)
    upstream.commit({"综合分论坛/6-New.pdf": make_pdf("new talk")})
    run_process("sync", config=project)
    assert "failed 综合分论坛/5-Blank.pdf: no text" in run_process("status", config=project).stdout


def test_a_source_removed_from_the_config_is_kept_until_pruned(tmp_path, upstream, talks):
    upstream.commit(talks)
    config = write_config(tmp_path / "config.toml", upstream.url)
    run_process("sync", config=config)
    other = tmp_path / "other.toml"
    other.write_text(config.read_text().replace('name = "CLK2024"', 'name = "CLK2025"'), encoding="utf-8")
    kept = run_process("sync", "--quiet", config=other)
    assert kept.returncode == 0 and "still holds CLK2024" in kept.stderr and "--prune" in kept.stderr
    assert {e["source"] for e in json.loads(run_process("talks", "--json", config=other).stdout)} == {
        "CLK2024",
        "CLK2025",
    }
    pruned = run_process("sync", "--quiet", "--prune", config=other)
    assert pruned.returncode == 0 and "dropped CLK2024" in pruned.stderr
    assert {e["source"] for e in json.loads(run_process("talks", "--json", config=other).stdout)} == {
        "CLK2025"
    }
    assert (tmp_path / "mirror" / "CLK2024").is_dir()  # nothing on disk is deleted


def test_a_no_change_sync_loads_neither_extraction_nor_index_readers(project, upstream, talks):
    """A no-change sync is almost all start-up: it imports what mirroring needs and nothing else."""
    upstream.commit(talks)
    assert run_process("sync", config=project).returncode == 0
    result = run_process("sync", "--quiet", config=project, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0 and result.stdout == ""
    loaded = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "pygit2" in loaded  # the check itself works
    unwanted = {"pdfminer", "pptx", "requests", "urllib3", "concurrent"}
    assert not {m for m in loaded if m.split(".")[0] in unwanted}
    ours = {
        "clkarchive.sync.extract",
        "clkarchive.sync.layout",
        "clkarchive.search.ranking",
        "clkarchive.index.analysis",
    }
    assert not loaded & ours
    assert not loaded & {"whoosh.searching", "whoosh.reading", "whoosh.qparser", "multiprocessing"}
