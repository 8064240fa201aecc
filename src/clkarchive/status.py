"""What `status` reports and what `status --check` alarms on.

The index says what the last successful sync of each source left; the record
of attempts (attempts.py) says when each source was last tried and why that
failed. A source is judged on both: a first sync that failed has nothing in
the index, but its reason is in the record.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from clkarchive import index
from clkarchive.config import Config
from clkarchive.errors import NotSyncedError
from clkarchive.index.news import last_added
from clkarchive.models import IndexedFile, PageText, SourceState, SourceStatus, pages_held
from clkarchive.sync.attempts import read_attempts
from clkarchive.sync.run import running


def source_statuses(config: Config) -> list[SourceStatus]:
    states, files, pages = _read_index(config.index_dir, [s.name for s in config.sources])
    attempts = read_attempts(config.index_dir)
    doing = running(config.index_dir) or {}
    last = last_added(config.index_dir)
    out = []
    for source in config.sources:
        held = [f for f in files if f.source == source.name]
        st = SourceStatus(source=source.name, url=source.url)
        if state := states.get(source.name):
            st.commit, st.synced_at, st.failures = state.commit, state.synced_at, state.failures
        st.talks = sum(f.talk.kind == "slides" for f in held)
        st.materials = sum(f.talk.kind == "material" for f in held)
        st.pages = pages_held(held)
        decks = {f.talk.path for f in held if f.talk.kind == "slides"}
        # A deck that failed to extract may not be in the index at all: count it by its path.
        st.decks = len(decks | {f.path for f in st.failures if not f.ocr})
        for path, of_file in pages.get(source.name, {}).items():
            st.ocr_pages += sum(p.ocr for p in of_file)
            if path in decks and _read_by_ocr(of_file):
                st.read_by_ocr[path] = sum(p.ocr for p in of_file)
        if doing.get(source.name, "done") != "done":  # "synced" is said once the whole sync has ended
            st.syncing = doing[source.name]
        if source.name in last:
            st.added_at, st.added = last[source.name]
        if attempt := attempts.get(source.name):
            st.last_attempt, st.last_error, st.last_ok = attempt.at, attempt.error, attempt.ok_at
        out.append(st)
    return out


def never_succeeded(config: Config) -> str | None:
    """Why the index is empty when every recorded sync failed: searching then says why, not "the
    first sync has not finished" (it finished, and failed). None when a sync succeeded or none ran."""
    attempts = read_attempts(config.index_dir)
    if not attempts or any(a.ok_at for a in attempts.values()):
        return None
    last = max(a.at for a in attempts.values())
    why = "; ".join(a.error for a in attempts.values() if a.error)
    return f"no `clkarchive sync` has succeeded yet: the last one, at {last}, failed: {why}"


def _read_by_ocr(pages: list[PageText]) -> bool:
    """Whether a deck's text all came from OCR: a scanned deck, or one with pictures for slides.
    Said in `status` instead of "no text", which such a deck was before OCR read it."""
    return any(p.ocr for p in pages) and not any(p.text.strip() and not p.ocr for p in pages)


def _read_index(
    index_dir: Path, sources: list[str]
) -> tuple[dict[str, SourceState], list[IndexedFile], dict[str, dict[str, list[PageText]]]]:
    """What the index holds: states, files, and the pages of each source's files; nothing before the
    first sync has published (a damaged index still raises)."""
    try:
        store = index.Store(index_dir)
    except NotSyncedError:
        if index.nothing_published(index_dir):
            return {}, [], {}
        raise
    try:
        return {s.name: s for s in store.states()}, store.files(), {s: store.pages(s) for s in sources}
    finally:
        store.close()


def problems(statuses: list[SourceStatus], max_age: timedelta, now: datetime | None = None) -> list[str]:
    """What a monitor should alarm on: never synced, last sync failed, too old, most decks failed."""
    now = now or datetime.now(UTC)
    found = []
    for st in statuses:
        if never := st.never_synced():
            found.append(f"{st.source}: {never}")
            continue
        if st.last_error:
            found.append(f"{st.source}: last sync failed at {st.last_attempt}: {st.error()}")
        last_ok = st.last_ok or st.synced_at
        if last_ok and now - datetime.fromisoformat(last_ok) > max_age:
            found.append(f"{st.source}: last successful sync {last_ok} is older than {max_age}")
        # A picture OCR could not read is not a deck that failed: the deck's text is indexed.
        failed = [f for f in st.failures if not f.ocr]
        if st.decks and 2 * len(failed) > st.decks:
            reason, _ = Counter(f.reason for f in failed).most_common(1)[0]
            found.append(f"{st.source}: {len(failed)} of {st.decks} decks failed: {reason}")
    return found
