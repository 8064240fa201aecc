"""What the last syncs added or changed, kept beside the index for the feed, the sync's summary and `status`.

The index holds only the present. To say what is new, the talks a sync
leaves are compared with those the previous one left (kept here, a line per
talk: its key and blob), and the difference is added to a short history: the
newest MAX_NEWS talks, so the file stays small however long the cron runs.
Written whole to a temporary file and renamed, like the summary beside it.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from clkarchive.models import IndexedFile, NewTalk

log = logging.getLogger(__name__)
MAX_NEWS = 200  # talks remembered as new: the feed's length, many syncs' worth
_NEWS = "news.json"


def read_news(index_dir: Path) -> list[NewTalk]:
    """The talks recent syncs added or changed, newest first; empty before the first sync."""
    return _news(_load(index_dir))


def last_added(index_dir: Path) -> dict[str, tuple[str, list[str]]]:
    """Each source's last recorded sync: when, and the titles of the talks it added (maybe none)."""
    return {k: (str(v["at"]), [str(t) for t in v["added"]]) for k, v in _last(_load(index_dir)).items()}


def has_news(index_dir: Path) -> bool:
    """Whether a sync has recorded what the index held (else the next one has nothing to compare with)."""
    return (index_dir / _NEWS).is_file()


def record_news(
    index_dir: Path,
    source: str,
    files: Iterable[IndexedFile],
    years: Mapping[str, int | None],
    at: str,
    before: Iterable[IndexedFile] | None = None,
) -> list[NewTalk]:
    """Compare a source's talks the index now holds with those recorded last time (or with `before`,
    the index as it was, for an archive that had no record yet); record and return the new and
    changed ones."""
    talks = {_key(f): f for f in files if f.source == source and f.talk.kind != "material"}
    kept = _load(index_dir)
    recorded = _known(kept)
    others = {k: blob for k, blob in recorded.items() if not k.startswith(source + "\t")}
    if before is None:
        known = {k: blob for k, blob in recorded.items() if k not in others}
    else:
        known = {_key(f): f.blob for f in before if f.source == source}
    found = [
        _new(f, at, "added" if key not in known else "changed", years.get(f.source))
        for key, f in sorted(talks.items())
        if known.get(key) != f.blob
    ]
    news = (found + _news(kept))[:MAX_NEWS]
    added = [n.title for n in found if n.change == "added"]
    data = {
        "known": others | {key: f.blob for key, f in talks.items()},
        "news": [asdict(n) for n in news],
        "last": _last(kept) | {source: {"at": at, "added": added}},
    }
    fd, tmp = tempfile.mkstemp(dir=index_dir, prefix=".news.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(tmp, index_dir / _NEWS)
    except OSError as exc:  # the sync went fine: only the feed misses this sync's talks
        os.unlink(tmp)
        log.warning("could not write %s: %s", index_dir / _NEWS, exc)
    return found


def _new(f: IndexedFile, at: str, change: str, year: int | None) -> NewTalk:
    t = f.talk
    return NewTalk(
        at, change, f.source, year, t.title, list(t.speakers), t.forum, t.kind, t.path, f.blob, f.pages
    )


def _key(f: IndexedFile) -> str:
    """A talk's identity across syncs: its file, and for a talk only a poster lists, its title too."""
    return "\t".join([f.source, f.talk.path, f.talk.title if f.talk.kind == "agenda" else ""])


def _load(index_dir: Path) -> Any:
    """What the file holds, read once for all that is asked of it; None where it cannot be read."""
    try:
        return json.loads((index_dir / _NEWS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _news(data: Any) -> list[NewTalk]:
    try:
        return [NewTalk(**talk) for talk in data["news"]]
    except (TypeError, KeyError):
        return []


def _known(data: Any) -> dict[str, str]:
    try:
        return {str(k): str(v) for k, v in data["known"].items()}
    except (TypeError, KeyError, AttributeError):
        return {}


def _last(data: Any) -> dict[str, dict[str, Any]]:
    try:
        return {str(k): dict(v) for k, v in data.get("last", {}).items()}
    except (ValueError, TypeError, AttributeError):
        return {}
