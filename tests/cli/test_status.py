"""`clkarchive status` and `status --check`: what it says before and after syncs, what counts as a
problem, the attempts it reads.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from clkarchive.models import Failure, SourceStatus
from clkarchive.status import problems
from clkarchive.sync.attempts import read_attempts, record_attempts
from helpers import invoke


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
