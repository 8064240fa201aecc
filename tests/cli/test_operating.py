"""Running unattended: cron and systemd set-up, quiet syncs, the log, status for monitoring."""

from datetime import UTC, datetime, timedelta

import pytest

from clkarchive.cron import Every
from clkarchive.errors import UsageError
from clkarchive.models import SourceStatus
from clkarchive.status import problems


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
