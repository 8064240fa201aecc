"""One sync: every source of the config in turn under the one-sync lock, then their pictures.

Each source's text is published in a commit of its own (source_sync), so
search finds it while the slow part, reading pictures (pictures_step), goes
on. The search side's tables (on_publish) are built for the generations a
search is likely to meet, not for each commit: once the text of every source
is published when pictures are to be read, and for the index the sync leaves;
a search that meets another generation builds its own. The summary beside the
index is written last, and a line per source goes to the log.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from clkarchive import index
from clkarchive.config import Config
from clkarchive.errors import LockedError, NotSyncedError
from clkarchive.index import Snapshot, Store
from clkarchive.models import IndexedFile, Progress, SyncReport, TermBridge
from clkarchive.sync import faults
from clkarchive.sync.attempts import record_attempts
from clkarchive.sync.pictures_step import pictures_readable, read_pictures
from clkarchive.sync.remote import set_timeouts
from clkarchive.sync.source_sync import SourceSync

log = logging.getLogger(__name__)
LOCK_FILE = "sync.lock"

OnPublish = Callable[[Snapshot], None]  # prepares the search's tables for a published generation


Tell = Callable[[Mapping[str, str]], None]  # what a running sync does with each source, for `status`


@contextmanager
def sync_lock(index_dir: Path) -> Iterator[Tell]:
    """Hold the one-sync-at-a-time lock; it dies with its process, so it is never stale.

    The lock file holds the sync's pid and, as it goes, what it does with each source
    (the function yielded writes that), so that `status` can say a sync is still reading
    pictures; it is emptied when the sync ends.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").split("\n")[0].strip() or "another process"
            raise LockedError(f"another sync is running (pid {holder}); not starting") from None

        def tell(doing: Mapping[str, str]) -> None:
            text = f"{os.getpid()}\n{json.dumps(dict(doing), ensure_ascii=False)}\n".encode()
            os.pwrite(fd, text, 0)
            os.ftruncate(fd, len(text))

        tell({})
        try:
            yield tell
        finally:
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)


def running(index_dir: Path) -> dict[str, str] | None:
    """What the sync running now does with each source, or None when no sync is running.

    Read from the lock file without taking the lock (that would turn a sync starting
    at that moment away); a sync killed before it emptied the file has no process left.
    """
    try:
        pid, doing = (index_dir / LOCK_FILE).read_text(encoding="utf-8").split("\n")[:2]
        os.kill(int(pid), 0)
        return {str(k): str(v) for k, v in json.loads(doing).items()}
    except PermissionError:  # alive, and another user's: it says nothing it does not hold
        return {}
    except (OSError, ValueError):  # no file, an empty one, or its process is gone
        return None


def sync(
    config: Config,
    progress: Progress | None = None,
    allow_empty: bool = False,
    prune: bool = False,
    retry_failed: bool = False,
    on_publish: OnPublish | None = None,
    bridge: TermBridge | None = None,
) -> list[SyncReport]:
    """Sync every source of the config; a failed source does not stop the others.

    retry_failed: extract again the decks that failed for good (not a PDF,
    encrypted, too slow) although their blobs did not change. on_publish is handed the
    generations whose search tables are worth building ahead of the searches (see above); bridge
    translates titles' terms for the agenda's matching.
    """
    set_timeouts(config.fetch_timeout)
    with sync_lock(config.index_dir) as tell:
        # What the index holds, if a summary beside it can tell: then a sync that finds
        # nothing new does not open the index at all.
        published = None if retry_failed or prune else index.read_published(config)
        if published and published.pictures_waiting() and pictures_readable(config):
            published = None  # OCR is on, or installed, since: read what the last sync skipped
        opened = _Opened(config.index_dir)
        if published is None:
            _prune(config, opened.store, prune)
        doing = {s.name: "waiting to be read" for s in config.sources}
        reports = []
        for s in config.sources:
            tell(doing | {s.name: "reading text"})
            reports.append(
                SourceSync(
                    config, lambda: opened.store, s, progress, allow_empty, retry_failed, published
                ).sync()
            )
            waiting = opened.is_open and not reports[-1].error
            doing[s.name] = "text searchable, pictures waiting to be read" if waiting else "done"
        faults.point("committed")
        record_attempts(config.index_dir, {r.source: r.error for r in reports})
        # The text of every source is published by now: search works while pictures are read, for
        # minutes on a first sync, with tables made ahead of it (a bridge may make later ones).
        if on_publish and opened.is_open and pictures_readable(config) and opened.unread():
            opened.prepare(on_publish)
        for source, report in zip(config.sources, reports, strict=True):
            if opened.is_open and not report.error:  # (an index left closed: nothing changed)
                tell(doing | {source.name: "text searchable, reading pictures"})
                read_pictures(config, opened.store, source, progress, report, retry_failed, bridge)
            doing[source.name] = "done"
            if progress:
                progress.finished(report)
        if opened.is_open:
            tell(doing)
            try:
                opened.store.compact()
            except Exception as exc:  # published already; merging can wait for the next sync
                log.warning("could not merge the index's segments: %s: %s", type(exc).__name__, exc)
            if on_publish:
                opened.prepare(on_publish)  # the index every search after this sync reads
            # Written last: a sync killed while reading pictures leaves a summary whose
            # generation no longer matches, so the next sync opens the index and goes on.
            unread = {f.source for f in opened.unread()}
            index.write_published(
                config, opened.store.states(), {r.source for r in reports if not r.error}, unread
            )
        if config.log_file:
            try:
                append_log(config.log_file, reports)
            except OSError as exc:  # the sync itself went fine; say so, do not fail it
                log.warning("could not append to the log %s: %s", config.log_file, exc)
        return reports


class _Opened:
    """The index, opened when a sync first needs it."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._store: Store | None = None

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.index_dir, create=True)
        return self._store

    def unread(self) -> list[IndexedFile]:
        """The files whose pictures no OCR pass has been over yet."""
        return [f for f in self.store.files() if not f.ocr_done and f.talk.kind != "agenda"]

    def prepare(self, on_publish: OnPublish) -> None:
        """The search's tables for the newest generation (nothing to do if they are built already)."""
        try:
            snapshot = Snapshot.open(self.index_dir)
            try:
                on_publish(snapshot)
            finally:
                snapshot.close()
        except NotSyncedError:  # nothing published yet (every source failed): nothing to prepare
            pass
        except Exception as exc:  # only an optimisation is lost: a search builds what it lacks
            log.warning("could not prepare the search for the new index: %s", exc)


def _prune(config: Config, store: Store, prune: bool) -> None:
    """Sources the index holds but the config no longer names: dropped only when asked."""
    configured = {s.name for s in config.sources}
    gone = sorted({s.name for s in store.states()} - configured)
    if gone and not prune:
        log.warning(
            "the index still holds %s, no longer in the config; `clkarchive sync --prune` drops it",
            ", ".join(gone),
        )
    elif gone:
        with store.update() as update:
            for name in gone:
                update.drop_source(name)
        log.warning("dropped %s from the index (its mirror folder is left as it was)", ", ".join(gone))


def append_log(path: Path, reports: list[SyncReport]) -> None:
    """One line per source per sync, for the operator reading the log months later."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as log:
        for r in reports:
            outcome = f"error={r.error!r}" if r.error else "ok"
            log.write(
                f"{now} {r.source} {r.previous[:12] or '-'}..{r.commit[:12] or '-'} +{r.added} ~{r.changed} "
                f"-{r.removed} pages={r.pages} failed={len(r.failures)} seconds={r.seconds:.1f} {outcome}\n"
            )
