"""Running unattended, through real syncs: quiet output, the log, status and --check after them."""

from __future__ import annotations

import json

from clkarchive.config import load_config
from clkarchive.sync.attempts import read_attempts
from helpers import invoke, make_pdf, run_process, write_config


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


def test_a_first_sync_that_failed_shows_its_reason(project, upstream):
    # The upstream has no branch yet: the first sync fails and leaves an empty index behind.
    synced = invoke("--config", str(project), "sync")
    assert synced.exit_code != 0
    reason = read_attempts(load_config(project).index_dir)["CLK2024"]
    assert reason.error and not reason.ok_at
    expected = f"never synced; last attempt failed at {reason.at}: {reason.error.removeprefix('CLK2024: ')}"
    shown = invoke("--config", str(project), "status")
    assert (shown.exit_code, shown.output) == (0, f"CLK2024: {expected}\n")
    check = invoke("--config", str(project), "status", "--check")
    assert check.exit_code == 1 and check.stderr == f"clkarchive: problem: CLK2024: {expected}\n"


def test_status_check_counts_failed_decks_of_a_real_sync(project, upstream, talks):
    upstream.commit(
        {
            "主论坛/1-Good.pdf": make_pdf("a readable deck"),
            "主论坛/2-Broken.pdf": b"%PDF-1.4 broken",
            "主论坛/3-Broken.pdf": b"%PDF-1.4 broken too",
        }
    )
    assert invoke("--config", str(project), "sync", "--quiet").exit_code == 0
    status = json.loads(invoke("--config", str(project), "status", "--json").output)
    assert status[0]["decks"] == 3 and len(status[0]["failures"]) == 2
    check = invoke("--config", str(project), "status", "--check")
    assert check.exit_code == 1 and "CLK2024: 2 of 3 decks failed: not a readable PDF" in check.stderr
