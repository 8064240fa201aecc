"""One sync: mirror each source, extract what changed, publish it in one index commit.

A file is known by its git blob id. The index remembers the blob of every file
it holds, so the next sync only diffs two lists: a blob it has indexed before
(a renamed or copied deck) is never extracted again, and a sync in which
nothing changed opens no PDF and does not write the index at all.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from clkarchive import faults, index, lfs, ocr_pass
from clkarchive.attempts import record_attempts
from clkarchive.config import Config, Source
from clkarchive.errors import ClkError, LockedError, TemporaryError
from clkarchive.extract import Extraction, extract_all
from clkarchive.index import IndexUpdate
from clkarchive.layout import describe
from clkarchive.mirror import Mirror, TreeFile, set_timeouts
from clkarchive.models import Failure, IndexedFile, SourceState, Talk

log = logging.getLogger(__name__)


@dataclass
class SyncReport:
    """What one source's sync did, for the summary line, the log and --json."""

    source: str
    commit: str = ""
    previous: str = ""
    added: int = 0
    changed: int = 0
    removed: int = 0
    pages: int = 0
    extracted: int = 0
    ocr_pages: int = 0  # pages whose text the OCR pass read from pictures
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None
    temporary: bool = False  # the error may go away by itself: a lock, an unreachable remote

    def newsworthy(self) -> bool:
        """Worth a line on stdout under --quiet: something moved, or files were skipped.

        An error is not: it goes to stderr, always."""
        moved = self.commit != self.previous or self.added or self.changed or self.removed
        return bool(not self.error and (moved or self.failures))

    def summary(self) -> str:
        if self.error:
            return f"{self.error} (sync failed after {self.seconds:.1f} s)"
        return (
            f"{self.source}: {self.commit[:12]}  +{self.added} ~{self.changed} -{self.removed} files, "
            f"{self.pages} pages indexed{self._ocr_note()}, {len(self.failures)} failed, {self.seconds:.1f} s"
        )


    def _ocr_note(self) -> str:
        return f" ({self.ocr_pages} read by OCR)" if self.ocr_pages else ""


class Progress(Protocol):
    """Told how extraction goes, to draw a progress bar or print plain lines."""

    def extracting(self, source: str, total: int) -> None: ...

    def extracted(self, source: str, result: Extraction) -> None: ...


@contextmanager
def sync_lock(index_dir: Path) -> Iterator[None]:
    """Hold the one-sync-at-a-time lock; it dies with its process, so it is never stale."""
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / "sync.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "another process"
            raise LockedError(f"another sync is running (pid {holder}); not starting") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)


def sync(
    config: Config, progress: Progress | None = None, allow_empty: bool = False, prune: bool = False
) -> list[SyncReport]:
    """Sync every source of the config; a failed source does not stop the others."""
    set_timeouts(config.fetch_timeout)
    with sync_lock(config.index_dir):
        ix = index.open_index(config.index_dir, create=True)
        _prune(config, ix, prune)
        reports = [_sync_source(config, ix, s, progress, allow_empty) for s in config.sources]
        faults.point("committed")
        record_attempts(config.index_dir, {r.source: r.error for r in reports})
        if config.ocr:  # the text of every source is published by now: search works while OCR runs
            for source, report in zip(config.sources, reports, strict=True):
                if not report.error:
                    _ocr_source(config, ix, source, progress, report)
        if config.log_file:
            try:
                append_log(config.log_file, reports)
            except OSError as exc:  # the sync itself went fine; say so, do not fail it
                log.warning("could not append to the log %s: %s", config.log_file, exc)
        return reports


def _ocr_source(config: Config, ix, source: Source, progress: Progress | None, report: SyncReport) -> None:
    started = time.monotonic()
    try:
        done = ocr_pass.run(config, ix, source, progress)
    except OSError as exc:  # the text index is published already; the next sync tries OCR again
        log.warning("%s: OCR results not saved: %s", source.name, exc)
        return
    report.ocr_pages += done.pages
    report.failures += done.failures
    report.seconds += time.monotonic() - started


def _prune(config: Config, ix, prune: bool) -> None:
    """Sources the index holds but the config no longer names: dropped only when asked."""
    configured = {s.name for s in config.sources}
    gone = sorted({s.name for s in index.source_states(ix)} - configured)
    if gone and not prune:
        log.warning(
            "the index still holds %s, no longer in the config; `clkarchive sync --prune` drops it",
            ", ".join(gone),
        )
    elif gone:
        update = IndexUpdate(ix)
        for name in gone:
            update.drop_source(name)
        update.commit()
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


def _sync_source(
    config: Config, ix, source: Source, progress: Progress | None, allow_empty: bool
) -> SyncReport:
    job = _SourceSync(config, ix, source, progress, allow_empty)
    try:
        job.run()
    except ClkError as exc:
        job.report.error, job.report.temporary = str(exc), isinstance(exc, TemporaryError)
    except OSError as exc:  # a full disk, a read-only folder: the index was left as it was
        job.report.error = f"cannot write: {exc}"
    job.report.seconds = job.elapsed()
    return job.report


class _SourceSync:
    """The sync of one source, step by step; its findings accumulate in self.report."""

    def __init__(
        self, config: Config, ix, source: Source, progress: Progress | None, allow_empty: bool
    ) -> None:
        self.config, self.ix, self.source, self.progress = config, ix, source, progress
        self.allow_empty = allow_empty
        self.started = time.monotonic()
        self.report = SyncReport(source=source.name)
        self.mirror = Mirror(source, config.mirror_of(source), max_file_mb=config.max_file_mb)
        cache = self.mirror.path / ".git" / "lfs" / "objects"
        self.lfs = lfs.LfsStore(lfs.endpoint(source), cache, timeout=config.fetch_timeout)
        self.lfs_pointers: dict[str, lfs.Pointer] = {}

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def run(self) -> None:
        report = self.report
        previous = {s.name: s for s in index.source_states(self.ix)}.get(self.source.name)
        report.previous = previous.commit if previous else ""
        report.commit = self.mirror.update()
        report.failures += self.mirror.skipped

        wanted = _talks(self.mirror.files(report.commit), self.source.pattern)
        self._find_lfs(wanted)
        held = {f.talk.path: f for f in index.indexed_files(self.ix, self.source.name)}
        if held and not wanted and not self.allow_empty:
            raise ClkError(
                f"{self.source.name}: upstream {report.commit[:12]} holds no slides or posters; "
                f"keeping the {len(held)} indexed files (run `clkarchive sync --allow-empty` to drop them)"
            )
        stale = [p for p in held if p not in wanted or _differs(held[p], *wanted[p])]
        todo = [p for p in wanted if p not in held or p in stale]
        report.added = sum(p not in held for p in todo)
        report.changed = sum(p in held for p in todo)
        report.removed = sum(p not in wanted for p in held)
        if not todo and not stale and report.commit == report.previous:
            return  # nothing changed: the index is not touched

        # Notes on files this sync leaves alone (a deck with no text) still hold.
        untouched = set(held) - set(stale)
        earlier = previous.failures if previous else []
        kept = [f for f in earlier if f.path in untouched and f not in report.failures]
        update = IndexUpdate(self.ix)
        try:
            for path in stale:
                update.remove(self.source.name, path)
            self._add([wanted[p] for p in todo], update)
            update.set_state(
                SourceState(
                    name=self.source.name,
                    url=self.source.url,
                    commit=report.commit,
                    synced_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    seconds=round(self.elapsed(), 3),
                    failures=kept + report.failures,
                )
            )
            faults.point("writing")
        except BaseException:
            update.cancel()
            raise
        update.commit()

    def _add(self, files: list[tuple[TreeFile, Talk]], update: IndexUpdate) -> None:
        """Index the files, extracting only blobs the index has not seen before."""
        name, report = self.source.name, self.report
        to_extract: dict[str, tuple[TreeFile, Talk]] = {}
        for tree_file, talk in files:
            known = index.pages_of_blob(self.ix, tree_file.blob) if talk.kind == "slides" else []
            if known is None:
                to_extract[tree_file.path] = (tree_file, talk)
            else:
                report.pages += update.add(name, tree_file.blob, talk, known)

        self._fetch_lfs(to_extract)
        pointers = {p: self.lfs_pointers[p] for p in to_extract if p in self.lfs_pointers}
        sizes = {
            p: pointers[p].size if p in pointers else self.mirror.size(to_extract[p][0].blob)
            for p in to_extract
        }

        def deck(path: str) -> bytes:
            ptr = pointers.get(path)
            return self.lfs.get(ptr) if ptr else self.mirror.read(to_extract[path][0].blob)

        # Biggest first: a big deck started last would leave the other cores idle at the end.
        order = sorted(to_extract, key=lambda p: -sizes[p])
        workers = self.config.workers or os.cpu_count() or 1
        if self.progress and to_extract:
            self.progress.extracting(name, len(to_extract))
        limits = dict(timeout=self.config.extract_timeout, memory_mb=self.config.extract_memory_mb)
        for result in extract_all(order, deck, workers=workers, **limits):
            tree_file, talk = to_extract[result.key]
            report.extracted += 1
            if result.error:
                report.failures.append(Failure(result.key, result.error))
            else:
                report.pages += update.add(name, tree_file.blob, talk, result.pages)
                if not any(result.pages):
                    report.failures.append(
                        Failure(result.key, "no text (scanned or unmapped glyphs); found by its title only")
                    )
            faults.point("extracting")
            if self.progress:
                self.progress.extracted(name, result)

    def _fetch_lfs(self, to_extract: dict[str, tuple[TreeFile, Talk]]) -> None:
        """Download the decks that are LFS pointers; those that fail leave to_extract as failures."""
        for path in [p for p in to_extract if p in self.lfs_pointers]:
            try:
                self.mirror.smudge(path, self.lfs.get(self.lfs_pointers[path]))
            except lfs.LfsError as exc:
                self.report.failures.append(Failure(path, str(exc)))
                del to_extract[path]

    def _find_lfs(self, wanted: dict[str, tuple[TreeFile, Talk]]) -> None:
        """Note which decks are LFS pointers, and put back the real bytes of those already cached.

        A checkout writes the pointer text; users open the files, so they get the deck.
        """
        self.lfs_pointers = {}
        for path, (tree_file, talk) in wanted.items():
            if talk.kind != "slides" or self.mirror.size(tree_file.blob) > lfs.MAX_POINTER_SIZE:
                continue
            if ptr := lfs.pointer(self.mirror.read(tree_file.blob)):
                self.lfs_pointers[path] = ptr
                if cached := self.lfs.cached(ptr):
                    self.mirror.smudge(path, cached)


def _talks(files: list[TreeFile], pattern: str | None) -> dict[str, tuple[TreeFile, Talk]]:
    """The tree's files that are conference material, by path."""
    found = {}
    for f in files:
        if talk := describe(f.path, pattern):
            found[f.path] = (f, talk)
    return found


def _differs(held: IndexedFile, tree_file: TreeFile, talk: Talk) -> bool:
    """A new blob, or metadata that a newer version of this program reads differently."""
    return held.blob != tree_file.blob or held.talk != talk
