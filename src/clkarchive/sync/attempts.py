"""The record of sync attempts: when each source was last tried, and why it failed.

The index records each source's last *successful* sync (it is written in the
same commit as the data). A failed attempt cannot go there, since a failed sync
must leave the index as it was, so every sync also records its attempts here,
in index_dir/attempts.json, replaced atomically. The sync writes it; status reads it.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Attempt:
    at: str  # ISO 8601, UTC, like every time here
    error: str | None = None
    ok_at: str | None = None  # the last attempt that succeeded, changes or not


def _file(index_dir: Path) -> Path:
    return index_dir / "attempts.json"


def record_attempts(index_dir: Path, outcomes: dict[str, str | None]) -> None:
    """Record each source's sync outcome (an error, or None) in attempts.json, atomically."""
    path = _file(index_dir)
    known = read_attempts(index_dir)
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


def read_attempts(index_dir: Path) -> dict[str, Attempt]:
    """Each source's last attempt; empty when none was recorded yet or the record is damaged."""
    try:
        data = json.loads(_file(index_dir).read_text(encoding="utf-8"))
        return {k: Attempt(**v) for k, v in data.items()}
    except (OSError, ValueError, TypeError):
        return {}  # advisory: the index is the record
