"""The sync of one source: fetch its mirror, diff its tree against the index, extract, write.

A file is known by its git blob id. The index remembers the blob of every file
it holds, so the next sync only diffs two lists: a blob it has indexed before
(a renamed or copied deck) is never extracted again, and a sync in which
nothing changed opens no PDF and does not write the index at all.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from clkarchive import index
from clkarchive.config import Config, Source
from clkarchive.errors import ClkError, TemporaryError
from clkarchive.index import IndexUpdate, Store
from clkarchive.models import Failure, IndexedFile, Progress, SourceState, SyncReport, Talk
from clkarchive.sync import faults, lfs
from clkarchive.sync.mirror import Mirror, TreeFile
from clkarchive.sync.pictures_step import differs

log = logging.getLogger(__name__)
_NO_TEXT = "no text (scanned or unmapped glyphs); found by its title only"
_Copies = list[tuple[TreeFile, Talk]]  # the files of one blob


class SourceSync:
    """The sync of one source, step by step; its findings accumulate in self.report."""

    def __init__(
        self,
        config: Config,
        store: Callable[[], Store],
        source: Source,
        progress: Progress | None,
        allow_empty: bool,
        retry_failed: bool,
        published: index.Published | None,
    ) -> None:
        """store: the index, opened by the first call, so that a sync with nothing new never opens it."""
        self.config, self._store, self.source, self.progress = config, store, source, progress
        self.allow_empty, self.retry_failed, self.published = allow_empty, retry_failed, published
        self.started = time.monotonic()
        self.report = SyncReport(source=source.name)
        self.mirror = Mirror(source, config.mirror_of(source), max_file_mb=config.max_file_mb)
        self.deck_bytes = lfs.DeckBytes(source, self.mirror.path, config.fetch_timeout)

    @property
    def store(self) -> Store:
        return self._store()

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
        files = self._fetch()
        if self.published and self.published.unchanged(self.source, report.commit):
            report.previous = report.commit
            return  # the index holds this commit already, and nothing waits for a retry
        plan = self._diff(files)
        if not plan.todo and not plan.stale and report.commit == report.previous:
            return  # nothing changed: the index is not touched
        self._write(plan)

    def _fetch(self) -> list[TreeFile]:
        """Bring the mirror to upstream's commit; the files of its tree."""
        report = self.report
        report.commit = self.mirror.update()
        report.failures += self.mirror.skipped
        files = self.mirror.files(report.commit)
        # The checkout wrote LFS pointers over the decks it holds in the cache: put them back.
        self.deck_bytes.lfs.smudge(self.mirror.path, [f.path for f in files])
        return files

    def _diff(self, files: list[TreeFile]) -> _Plan:
        """What the index holds of this source against what the tree holds now."""
        name, report = self.source.name, self.report
        previous = {s.name: s for s in self.store.states()}.get(name)
        report.previous = previous.commit if previous else ""
        wanted = _talks(files, self.source.pattern)
        held = {f.talk.path: f for f in self.store.files(name) if f.talk.kind != "agenda"}
        if held and not wanted and not self.allow_empty:
            raise ClkError(
                f"{name}: upstream {report.commit[:12]} holds no slides or posters; "
                f"keeping the {len(held)} indexed files (run `clkarchive sync --allow-empty` to drop them)"
            )
        # The mirror's skipped entries are failures afresh, whatever the last sync said of them.
        afresh = {f.path for f in report.failures}
        plan = _plan(wanted, held, previous.failures if previous else [], self.retry_failed, afresh)
        report.added = sum(p not in held for p in plan.todo)
        report.changed = sum(p in plan.stale for p in plan.todo)
        report.removed = sum(p not in wanted for p in held)
        return plan

    def _write(self, plan: _Plan) -> None:
        """Publish the plan in one index commit: all of it, or (on any error) none of it."""
        name, report = self.source.name, self.report
        with self.store.update() as update:
            for path in plan.stale | {p for p in plan.todo if p in plan.held}:
                update.remove(name, path)
            self._add([plan.wanted[p] for p in plan.todo], update)
            update.set_state(
                SourceState(
                    name=name,
                    url=self.source.url,
                    commit=report.commit,
                    synced_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    seconds=round(self.elapsed(), 3),
                    failures=plan.kept + report.failures,
                )
            )
            faults.point("writing")
        report.new_failures = sum(f.path not in plan.failed for f in report.failures)

    def _add(self, files: _Copies, update: IndexUpdate) -> None:
        """Index the files, extracting each blob the index has not seen before once."""
        from clkarchive.sync import title_page  # its name tables: only for a sync that indexes decks

        name, report = self.source.name, self.report
        known: dict[str, list[str] | None] = {}
        to_extract: dict[str, _Copies] = {}  # by blob: identical decks extract once
        for tree_file, talk in files:
            if talk.kind != "slides":
                update.add(name, tree_file.blob, talk, [])
                continue
            if tree_file.blob not in known:
                known[tree_file.blob] = self.store.pages_of_blob(tree_file.blob)
            if (pages := known[tree_file.blob]) is not None:
                report.pages += update.add(name, tree_file.blob, title_page.named(talk, pages), pages)
            else:
                to_extract.setdefault(tree_file.blob, []).append((tree_file, talk))
        if to_extract:
            self._extract(to_extract, update)

    def _extract(self, to_extract: dict[str, _Copies], update: IndexUpdate) -> None:
        """Read the decks' text in worker processes and index each as it comes."""
        from clkarchive.sync import title_page
        from clkarchive.sync.extract import extract_all
        from clkarchive.workers import Failed, Limits

        name, report = self.source.name, self.report
        decks = self._decks(to_extract, update)
        # Biggest first: a big deck started last would leave the other cores idle at the end.
        order = sorted(decks, key=lambda key: -decks[key].size)
        progress = self.progress
        if progress and order:
            # The work is the decks' bytes: pdfminer's time grows with them, not with their number.
            total = sum(len(to_extract[decks[k].blob]) for k in order)
            progress.phase(name, "reading text", total, sum(decks[k].size for k in order))
        started = (lambda key: progress.reading(name, key)) if progress else None
        read = lambda key: self.deck_bytes(decks[key].blob, key)  # noqa: E731
        for result in extract_all(order, read, Limits.of(self.config), started):
            copies = to_extract[decks[result.key].blob]
            for tree_file, talk in copies:
                report.extracted += 1
                if isinstance(result, Failed):
                    self._failed(update, tree_file, talk, result.error)
                    pages, error = 0, result.error
                else:
                    named = title_page.named(talk, result.value)
                    pages, error = update.add(name, tree_file.blob, named, result.value), None
                    report.pages += pages
                    if not any(result.value):
                        report.failures.append(Failure(talk.path, _NO_TEXT))
                if progress:
                    progress.extracted(name, talk.path, pages, error, decks[result.key].size / len(copies))
            faults.point("extracting")

    def _decks(self, to_extract: dict[str, _Copies], update: IndexUpdate) -> dict[str, _Deck]:
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


@dataclass(frozen=True)
class _Plan:
    """What a sync writes to the index for one source."""

    wanted: dict[str, tuple[TreeFile, Talk]]  # the tree's conference files, by path
    held: set[str]  # the paths the index holds (agenda talks aside)
    todo: list[str]  # paths to index: new, changed, or due another try
    stale: set[str]  # indexed paths whose file is gone or changed
    failed: set[str]  # paths that failed at the last sync
    kept: list[Failure]  # those failures that still hold: their files are left alone


def _plan(
    wanted: dict[str, tuple[TreeFile, Talk]],
    held: dict[str, IndexedFile],
    failures: list[Failure],
    retry_all: bool,
    afresh: Collection[str],
) -> _Plan:
    """retry_all: every failed deck is tried again, not only those whose failure may pass by itself.

    A file may have several failures (pictures OCR could not read): all of them are kept or none.
    """
    failed = {f.path for f in failures}
    retry = {f.path for f in failures if (f.retry or retry_all) and f.path in wanted and f.path in held}
    stale = {p for p in held if p not in wanted or differs(held[p], *wanted[p])}
    todo = [p for p in wanted if p not in held or p in stale or p in retry]
    # Notes on files this sync leaves alone (a deck with no text, one that failed) still hold.
    fresh = set(todo) | set(afresh)
    kept = [f for f in failures if f.path in held and f.path not in stale and f.path not in fresh]
    return _Plan(wanted, set(held), todo, stale, failed, kept)


def _talks(files: list[TreeFile], pattern: str | None) -> dict[str, tuple[TreeFile, Talk]]:
    """The tree's files that are conference material, by path."""
    from clkarchive.sync.layout import describe

    found = {}
    for f in files:
        if talk := describe(f.path, pattern):
            found[f.path] = (f, talk)
    return found
