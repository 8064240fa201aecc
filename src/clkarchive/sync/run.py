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
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from clkarchive import index
from clkarchive.config import Config, Source
from clkarchive.errors import ClkError, LockedError, TemporaryError
from clkarchive.index import IndexUpdate, OnPublish, Store
from clkarchive.models import Failure, IndexedFile, Progress, SourceState, SyncReport, Talk
from clkarchive.sync import faults, lfs
from clkarchive.sync.attempts import record_attempts
from clkarchive.sync.mirror import Mirror, TreeFile, set_timeouts

if TYPE_CHECKING:  # extraction is imported only by a sync that has something to extract
    from clkarchive.pictures.ocr import OcrBox

log = logging.getLogger(__name__)
_NO_TEXT = "no text (scanned or unmapped glyphs); found by its title only"


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
    config: Config,
    progress: Progress | None = None,
    allow_empty: bool = False,
    prune: bool = False,
    retry_failed: bool = False,
    on_publish: OnPublish | None = None,
) -> list[SyncReport]:
    """Sync every source of the config; a failed source does not stop the others.

    retry_failed: extract again the decks that failed for good (not a PDF,
    encrypted, too slow) although their blobs did not change. on_publish is told of each
    generation the sync publishes.
    """
    set_timeouts(config.fetch_timeout)
    with sync_lock(config.index_dir):
        # What the index holds, if a summary beside it can tell: then a sync that finds
        # nothing new does not open the index at all.
        published = None if retry_failed or prune else index.read_published(config)
        opened = _Opened(config.index_dir, on_publish)
        if published is None:
            _prune(config, opened.store, prune)
        reports = [
            _SourceSync(config, opened, s, progress, allow_empty, retry_failed, published).sync()
            for s in config.sources
        ]
        faults.point("committed")
        record_attempts(config.index_dir, {r.source: r.error for r in reports})
        if opened.is_open:  # something may have changed (a summary that says not leaves it closed)
            # The text of every source is published by now: search works while pictures are read.
            for source, report in zip(config.sources, reports, strict=True):
                if not report.error:
                    _pictures(config, opened.store, source, progress, report)
            try:
                opened.store.compact()
            except Exception as exc:  # published already; merging can wait for the next sync
                log.warning("could not merge the index's segments: %s: %s", type(exc).__name__, exc)
            # Written last: a sync killed while reading pictures leaves a summary whose
            # generation no longer matches, so the next sync opens the index and goes on.
            index.write_published(config, opened.store.states(), {r.source for r in reports if not r.error})
        if config.log_file:
            try:
                append_log(config.log_file, reports)
            except OSError as exc:  # the sync itself went fine; say so, do not fail it
                log.warning("could not append to the log %s: %s", config.log_file, exc)
        return reports


class _Opened:
    """The index, opened when a sync first needs it."""

    def __init__(self, index_dir: Path, on_publish: OnPublish | None) -> None:
        self.index_dir = index_dir
        self.on_publish = on_publish
        self._store: Store | None = None

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.index_dir, create=True, on_publish=self.on_publish)
        return self._store


def _pictures(
    config: Config, store: Store, source: Source, progress: Progress | None, report: SyncReport
) -> None:
    """After the text: read the source's pictures (OCR), then lay its agenda posters over its talks."""
    from clkarchive.pictures import ocr_pass
    from clkarchive.sync.extract import normalize
    from clkarchive.workers import Limits

    started = time.monotonic()
    try:
        if config.ocr:
            read = lfs.DeckBytes(source, config.mirror_of(source), config.fetch_timeout)
            reading = ocr_pass.Reading(read, normalize, Limits.of(config))
            done = ocr_pass.run(store, source.name, reading, progress)
            report.ocr_pages += done.pages
            report.failures += done.failures
        posters = {path: boxes for (_, path), boxes in ocr_pass.poster_boxes(store, source.name).items()}
        apply_agenda(store, source, posters)
    except Exception as exc:  # the text index is published already; the next sync tries again
        log.warning("%s: pictures and agenda not saved: %s: %s", source.name, type(exc).__name__, exc)
    report.seconds += time.monotonic() - started


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
        update = store.update()
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


class _SourceSync:
    """The sync of one source, step by step; its findings accumulate in self.report."""

    def __init__(
        self,
        config: Config,
        opened: _Opened,
        source: Source,
        progress: Progress | None,
        allow_empty: bool,
        retry_failed: bool,
        published: index.Published | None,
    ) -> None:
        self.config, self.opened, self.source, self.progress = config, opened, source, progress
        self.allow_empty, self.retry_failed, self.published = allow_empty, retry_failed, published
        self.started = time.monotonic()
        self.report = SyncReport(source=source.name)
        self.mirror = Mirror(source, config.mirror_of(source), max_file_mb=config.max_file_mb)
        self.deck_bytes = lfs.DeckBytes(source, self.mirror.path, config.fetch_timeout)

    @property
    def store(self) -> Store:
        return self.opened.store

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def sync(self) -> SyncReport:
        """Run; whatever goes wrong becomes this source's reported error, not the whole run's."""
        try:
            self.run()
        except ClkError as exc:
            self.report.error, self.report.temporary = str(exc), isinstance(exc, TemporaryError)
        except OSError as exc:  # a full disk, a read-only folder: the index was left as it was
            self.report.error = f"{self.source.name}: cannot write: {exc}"
        except Exception as exc:  # a bug or a tree nobody foresaw: this source's failure, not the run's
            log.debug("%s: unexpected error", self.source.name, exc_info=True)
            self.report.error = f"{self.source.name}: unexpected error: {type(exc).__name__}: {exc}"
        self.report.seconds = self.elapsed()
        return self.report

    def run(self) -> None:
        report = self.report
        report.commit = self.mirror.update()
        report.failures += self.mirror.skipped
        files = self.mirror.files(report.commit)
        # The checkout wrote LFS pointers over the decks it holds in the cache: put them back.
        self.deck_bytes.lfs.smudge(self.mirror.path, [f.path for f in files])
        if self.published and self.published.unchanged(self.source, report.commit):
            report.previous = report.commit
            return  # the index holds this commit already, and nothing waits for a retry

        previous = {s.name: s for s in self.store.states()}.get(self.source.name)
        report.previous = previous.commit if previous else ""
        wanted = _talks(files, self.source.pattern)
        held = {f.talk.path: f for f in self.store.files(self.source.name) if f.talk.kind != "agenda"}
        if held and not wanted and not self.allow_empty:
            raise ClkError(
                f"{self.source.name}: upstream {report.commit[:12]} holds no slides or posters; "
                f"keeping the {len(held)} indexed files (run `clkarchive sync --allow-empty` to drop them)"
            )
        failed = {f.path: f for f in (previous.failures if previous else [])}
        retry = {p for p, f in failed.items() if (f.retry or self.retry_failed) and p in wanted and p in held}
        stale = {p for p in held if p not in wanted or _differs(held[p], *wanted[p])}
        todo = [p for p in wanted if p not in held or p in stale or p in retry]
        report.added = sum(p not in held for p in todo)
        report.changed = sum(p in stale for p in todo)
        report.removed = sum(p not in wanted for p in held)
        if not todo and not stale and report.commit == report.previous:
            return  # nothing changed: the index is not touched

        # Notes on files this sync leaves alone (a deck with no text, one that failed) still hold.
        fresh = set(todo) | {f.path for f in report.failures}  # the mirror's skipped entries are afresh
        kept = [f for p, f in failed.items() if p in held and p not in stale and p not in fresh]
        update = self.store.update()
        try:
            for path in stale | {p for p in todo if p in held}:
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
        report.new_failures = sum(f.path not in failed for f in report.failures)

    def _add(self, files: list[tuple[TreeFile, Talk]], update: IndexUpdate) -> None:
        """Index the files, extracting each blob the index has not seen before once."""
        name, report = self.source.name, self.report
        known: dict[str, list[str] | None] = {}
        to_extract: dict[str, list[tuple[TreeFile, Talk]]] = {}  # by blob: identical decks extract once
        for tree_file, talk in files:
            if talk.kind != "slides":
                update.add(name, tree_file.blob, talk, [])
                continue
            if tree_file.blob not in known:
                known[tree_file.blob] = self.store.pages_of_blob(tree_file.blob)
            if (pages := known[tree_file.blob]) is not None:
                report.pages += update.add(name, tree_file.blob, talk, pages)
            else:
                to_extract.setdefault(tree_file.blob, []).append((tree_file, talk))
        if not to_extract:
            return
        from clkarchive.sync.extract import extract_all
        from clkarchive.workers import Failed, Limits

        decks = self._decks(to_extract, update)
        # Biggest first: a big deck started last would leave the other cores idle at the end.
        order = sorted(decks, key=lambda key: -decks[key].size)
        if self.progress and order:
            self.progress.extracting(name, sum(len(to_extract[decks[k].blob]) for k in order))
        results = extract_all(order, lambda key: self.deck_bytes(decks[key].blob), Limits.of(self.config))
        for result in results:
            for tree_file, talk in to_extract[decks[result.key].blob]:
                report.extracted += 1
                if isinstance(result, Failed):
                    self._failed(update, tree_file, talk, result.error)
                    count, error = 0, result.error
                else:
                    count, error = update.add(name, tree_file.blob, talk, result.value), None
                    report.pages += count
                    if not any(result.value):
                        report.failures.append(Failure(talk.path, _NO_TEXT))
                if self.progress:
                    self.progress.extracted(name, talk.path, count, error)
            faults.point("extracting")

    def _decks(
        self, to_extract: dict[str, list[tuple[TreeFile, Talk]]], update: IndexUpdate
    ) -> dict[str, _Deck]:
        """The decks to extract, by the path extraction knows each as, their LFS objects downloaded
        now if need be. Decks that cannot be had are failures now."""
        limit = self.config.max_file_mb * 2**20
        decks: dict[str, _Deck] = {}
        pointers: dict[str, lfs.Pointer] = {}
        for blob, copies in to_extract.items():
            size = self.mirror.size(blob)
            ptr = lfs.pointer(self.mirror.read(blob)) if size <= lfs.MAX_POINTER_SIZE else None
            size = ptr.size if ptr else size
            if size > limit:
                reason = f"{size / 2**20:.0f} MB: over archive.max_file_mb ({limit // 2**20}), not read"
                for tree_file, talk in copies:
                    self._failed(update, tree_file, talk, reason, as_material=True)
                continue
            if ptr:
                pointers[blob] = ptr
            decks[copies[0][1].path] = _Deck(blob, size)
        reasons = self.deck_bytes.lfs.fetch(pointers.values())
        for key, deck in list(decks.items()):
            ptr = pointers.get(deck.blob)
            if ptr and ptr.oid in reasons:
                del decks[key]
                for tree_file, talk in to_extract[deck.blob]:
                    self._failed(update, tree_file, talk, reasons[ptr.oid], retry=True)
            elif ptr:
                self.deck_bytes.lfs.smudge(self.mirror.path, [talk.path for _, talk in to_extract[deck.blob]])
        return decks

    def _failed(
        self,
        update: IndexUpdate,
        tree_file: TreeFile,
        talk: Talk,
        reason: str,
        retry: bool = False,
        as_material: bool = False,
    ) -> None:
        """A deck without text stays listed, and findable by its title, with the reason."""
        self.report.failures.append(Failure(talk.path, reason, retry=retry))
        kind = "material" if as_material else talk.kind
        update.add(self.source.name, tree_file.blob, replace(talk, kind=kind, note=reason), [])


@dataclass(frozen=True)
class _Deck:
    """A blob to extract, and its size (its LFS object's, for a pointer)."""

    blob: str
    size: int


def _talks(files: list[TreeFile], pattern: str | None) -> dict[str, tuple[TreeFile, Talk]]:
    """The tree's files that are conference material, by path."""
    from clkarchive.sync.layout import describe

    found = {}
    for f in files:
        if talk := describe(f.path, pattern):
            found[f.path] = (f, talk)
    return found


def _differs(held: IndexedFile, tree_file: TreeFile, talk: Talk) -> bool:
    """A new blob, or metadata that a newer version of this program reads differently.

    A deck's kind and note may come from its bytes (too big, failed), which the blob id fixes;
    what the agenda added to a deck is not its path's, so it is left out of the comparison.
    """
    from clkarchive.pictures.agenda import unlabelled

    known = unlabelled(held.talk, talk)
    if talk.kind == "slides":
        known = replace(known, kind=talk.kind, note=talk.note)
    return held.blob != tree_file.blob or known != talk


def apply_agenda(store: Store, source: Source, posters: Mapping[str, Sequence[OcrBox]]) -> bool:
    """The agenda posters' schedule onto the source's indexed decks, in one commit; whether it wrote.

    posters maps each image's path to its OCR boxes (those the source's `agenda`
    key names, when it names any); it runs after the OCR phase has read them.
    Decks gain speakers, date, start, end and affiliations (their pages are kept
    as indexed); talks with no deck become agenda talks. Nothing is written when
    the index already says all of it.
    """
    from clkarchive.pictures import agenda
    from clkarchive.sync.layout import describe

    name = source.name
    if source.agenda:  # the config names the agenda images: only those are read as agenda
        posters = {path: boxes for path, boxes in posters.items() if path in source.agenda}
    held = store.files(name)
    # The decks as their paths alone describe them, so an agenda read anew replaces the last one's.
    files = [
        replace(f, talk=describe(f.talk.path, source.pattern) or f.talk)
        for f in held
        if f.talk.kind != "agenda"
    ]
    result = agenda.relabel(files, posters, source.year)
    indexed = {f.talk.path: f.talk for f in held if f.talk.kind != "agenda"}
    # Only what the agenda tells is taken: kind, note and pages stay as the sync and OCR left them.
    labelled = [
        replace(
            indexed[t.path],
            speakers=t.speakers,
            date=t.date,
            start=t.start,
            end=t.end,
            affiliations=t.affiliations,
        )
        for t in result.decks
    ]
    changed = [t for t in labelled if t != indexed[t.path]]
    before = sorted((f.talk for f in held if f.talk.kind == "agenda"), key=repr)
    if not changed and before == sorted((t for t, _ in result.agenda), key=repr):
        return False
    update = store.update()
    try:
        for talk in changed:
            update.relabel(name, talk)
        update.set_agenda(name, result.agenda)
    except BaseException:
        update.cancel()
        raise
    update.commit()
    return True
