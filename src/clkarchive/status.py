"""What `status` reports and what `status --check` alarms on.

The index records each source's last *successful* sync (it is written in the
same commit as the data). Failed attempts cannot go there, since a failed sync
must leave the index as it was, so every sync also records its attempt in
index_dir/attempts.json, replaced atomically.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from clkarchive import index
from clkarchive.config import Config
from clkarchive.models import Failure
from clkarchive.schedule import split_interval

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Attempt:
    at: str  # ISO 8601, UTC, like every time here
    error: str | None = None
    ok_at: str | None = None  # the last attempt that succeeded, changes or not


@dataclass
class SourceStatus:
    source: str
    url: str
    commit: str | None = None
    synced_at: str | None = None
    talks: int = 0
    materials: int = 0
    pages: int = 0
    failures: list[Failure] = field(default_factory=list)
    last_attempt: str | None = None
    last_error: str | None = None
    last_ok: str | None = None


def _attempts_file(index_dir: Path) -> Path:
    return index_dir / "attempts.json"


def record_attempts(index_dir: Path, outcomes: dict[str, str | None]) -> None:
    """Record each source's sync outcome (an error, or None) in attempts.json, atomically."""
    path = _attempts_file(index_dir)
    known = _read_attempts(index_dir)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for name, error in outcomes.items():
        previous_ok = known[name].ok_at if name in known else None
        known[name] = Attempt(at=now, error=error, ok_at=previous_ok if error else now)
    fd, tmp = tempfile.mkstemp(dir=index_dir, prefix=".attempts.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({k: asdict(v) for k, v in known.items()}, f, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except OSError as exc:  # a full disk: the sync's own error says more; keep the old record
        os.unlink(tmp)
        log.warning("could not record the sync in %s: %s", path, exc)


def _read_attempts(index_dir: Path) -> dict[str, Attempt]:
    try:
        data = json.loads(_attempts_file(index_dir).read_text(encoding="utf-8"))
        return {k: Attempt(**v) for k, v in data.items()}
    except (OSError, ValueError, TypeError):
        return {}  # none yet, or damaged: it is advisory, the index is the record


def source_statuses(config: Config) -> list[SourceStatus]:
    ix = index.open_index(config.index_dir)
    states = {s.name: s for s in index.source_states(ix)}
    files = index.indexed_files(ix)
    attempts = _read_attempts(config.index_dir)
    out = []
    for source in config.sources:
        held = [f for f in files if f.source == source.name]
        st = SourceStatus(source=source.name, url=source.url)
        if state := states.get(source.name):
            st.commit, st.synced_at, st.failures = state.commit, state.synced_at, state.failures
        st.talks = sum(f.talk.kind == "slides" for f in held)
        st.materials = sum(f.talk.kind == "material" for f in held)
        st.pages = sum(f.pages for f in held)
        if attempt := attempts.get(source.name):
            st.last_attempt, st.last_error, st.last_ok = attempt.at, attempt.error, attempt.ok_at
        out.append(st)
    return out


def parse_age(text: str) -> timedelta:
    """'30m', '6h', '2d' as a timedelta."""
    count, unit = split_interval(text)
    return timedelta(**{{"m": "minutes", "h": "hours", "d": "days"}[unit]: count})


def problems(statuses: list[SourceStatus], max_age: timedelta, now: datetime | None = None) -> list[str]:
    """What a monitor should alarm on: never synced, last sync failed, or too old."""
    now = now or datetime.now(UTC)
    found = []
    for st in statuses:
        if st.last_error:
            error = st.last_error.removeprefix(f"{st.source}: ")
            found.append(f"{st.source}: last sync failed at {st.last_attempt}: {error}")
        last_ok = st.last_ok or st.synced_at
        if not last_ok:
            found.append(f"{st.source}: never synced")
        elif now - datetime.fromisoformat(last_ok) > max_age:
            found.append(f"{st.source}: last successful sync {last_ok} is older than {max_age}")
    return found
