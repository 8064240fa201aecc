"""The library's face: one Archive object that the command line and the web server both build.

An Archive is a config plus warm snapshots of the index, one per thread that
reads. A snapshot is opened once and reused across calls; before each read it
asks the index whether a sync has published a new generation since, and only
then reopens.
So a long-lived process answers from memory and still always sees the latest
commit, and a one-shot command pays for opening the index once.

Modules only a sync needs (pygit2, pdfminer, requests) are imported inside
`sync`, and the slide renderer inside the first drawing, so `search` starts quickly.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Collection, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from clkarchive import index, workers
from clkarchive.config import Config, config_path, load_config
from clkarchive.errors import ClkError, NotSyncedError, QueryError
from clkarchive.index import news
from clkarchive.models import IndexedFile, NewTalk, Speaker, TalkCard, WeighedTermBridge

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # sync and status pull in pygit2 and friends; search must not
    from clkarchive.models import Marks, Progress, SearchResult, SourceStatus, SyncReport
    from clkarchive.pictures.render import Renderer

# What a search may show: the Talk.kind of the files each choice keeps (None: every kind). Talks by
# default, with slides or known from the agenda alone. A material (an agenda poster, a photo) is no
# talk: a poster's text lists every talk of its forum, and would come first for most of their titles
# and speakers; what it says of each talk is that talk's own (its agenda-only talk, or the deck's
# speakers and schedule).
SEARCH_KINDS: dict[str, frozenset[str] | None] = {
    "talk": frozenset({"slides", "agenda"}),
    "slides": frozenset({"slides"}),
    "agenda": frozenset({"agenda"}),
    "material": frozenset({"material"}),
    "any": None,
}


@dataclass
class TalkEntry:
    """One line of `talks`: a talk with slides, a material such as an agenda poster, or a talk
    only the agenda knows (kind "agenda", path its poster, pages 0)."""

    source: str
    forum: str
    forum_en: str
    order: int | None
    title: str
    speakers: list[str]
    kind: str
    pages: int
    note: str
    path: str
    file: str
    date: str | None  # "YYYY-MM-DD", from the agenda
    start: str | None  # "HH:MM", from the agenda
    end: str | None
    affiliations: list[str]
    withheld: dict[str, str] = field(default_factory=dict)  # read too unsurely to show: field -> why
    recording: str | None = None  # its forum's recording, as the repository's README links it
    agenda_title: str = ""  # the poster's title of this deck's talk, where it says more than `title`


class Archive:
    """Mirror, index and search the configured sources; see the module docstring."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._snapshot: index.Snapshot | None = None
        # Each thread reads its own snapshot: the index's readers seek shared file handles, and one
        # snapshot for all would make a server's searches take turns.
        self._mine = _ThreadSnapshot()
        self._every: weakref.WeakSet[index.Snapshot] = weakref.WeakSet()  # for close(): all threads'
        self._lock = threading.Lock()  # guards _every and the renderer
        self._renderer: Renderer | None = None

    @classmethod
    def from_path(cls, path: str | Path | None = None) -> Archive:
        """The archive of a config file: path, else the CLI's lookup ($CLKARCHIVE_CONFIG, ./config.toml,
        $XDG_CONFIG_HOME/clkarchive/config.toml)."""
        return cls(load_config(config_path(str(path) if path is not None else None)))

    def sync(
        self,
        progress: Progress | None = None,
        *,
        allow_empty: bool = False,
        prune: bool = False,
        retry_failed: bool = False,
    ) -> list[SyncReport]:
        """Mirror every source and index what changed; one report per source."""
        from clkarchive.sync import sync

        def prepare(snapshot: index.Snapshot) -> None:
            from clkarchive.search import prepare  # only once a sync has published: a no-change sync

            prepare(snapshot, index.whoosh_dir(self.config.index_dir))  # loads no search

        index_dir = self.config.index_dir
        before = None
        if not news.has_news(index_dir) and index.generation(index_dir) is not None:
            before = self._files_now()  # an archive synced before news were kept: compare with it
        keeper = _NewsKeeper(self, progress, before)
        return sync(
            self.config,
            keeper,
            allow_empty=allow_empty,
            prune=prune,
            retry_failed=retry_failed,
            on_publish=prepare,
            bridge=self.term_bridge,
        )

    def term_bridge(self, phrases: Collection[str]) -> dict[str, set[str]]:
        """English words and phrases of titles -> the Chinese terms the search's glossary and
        CC-CEDICT give them that the index holds: the agenda's matching of an English file name to
        a Chinese poster title. Handed to the sync, which may not import the search side; called
        once per source with agenda posters, after its pictures are read (the posters' text is
        among what the index holds), so the table it builds for that generation is kept for the
        searches that meet it. Only the term table: the words for corrections are not asked of a
        generation that the agenda's own commit replaces a moment later. Where the index or the
        term table cannot be read, no term is bridged: titles are still matched as written."""
        from clkarchive.index.searching import reader
        from clkarchive.search.glossary import key, load

        try:
            snapshot = index.Snapshot.open(self.config.index_dir)
        except NotSyncedError as exc:
            log.warning("titles matched without the term table: %s", exc)
            return {}
        try:
            # built and kept if missing, with CC-CEDICT parsed first if this machine never parsed it
            terms = load(reader(snapshot), index.whoosh_dir(self.config.index_dir))
            keys = {p: key(p) for p in phrases}
            found = terms.lookup(set(keys.values()))
            return {p: {display for _, display, _ in found.get(k, ())} for p, k in keys.items()}
        finally:
            snapshot.close()

    def _files_now(self) -> list[IndexedFile] | None:
        try:
            with closing(index.Snapshot.open(self.config.index_dir)) as snapshot:
                return snapshot.files()
        except ClkError:  # an index of an older version, damaged: a sync rebuilds it
            return None

    def news(self) -> list[NewTalk]:
        """The talks the last syncs added or changed, newest first (a bounded history: the feed)."""
        return news.read_news(self.config.index_dir)

    def speakers(self, name: str | None = None) -> list[Speaker]:
        """Everyone who spoke, each with their talks of every year, newest first; or only those a name
        names (in Chinese characters, or pinyin surname first or last)."""
        from clkarchive.search.people import Directory

        snapshot = self._current()
        people = snapshot.memo.get("speakers")
        if not isinstance(people, Directory):  # once per generation: pinyin for every name
            people = snapshot.memo["speakers"] = Directory(snapshot.files(), self._years())
        return people.named(name) if name is not None else list(people.people)

    def speaker(self, name: str) -> Speaker | None:
        """The speaker whose page this is: the name as a talk writes it, else the one person it names."""
        people = self.speakers(name)
        exact = [p for p in people if name in (p.name, *p.spellings)]
        return exact[0] if exact else people[0] if len(people) == 1 else None

    def related(self, source: str, path: str, count: int = 5) -> list[TalkCard]:
        """The talks most like this one in what their slides say, in either language (through the
        term bridge), of every year, best first; at most count - 2 of its own year while other
        years have any, so a reader meets the other years' too. Never the talk itself in another
        file (its PDF beside its PPTX, a copy), nor a material such as a poster: no talk."""
        from clkarchive.search.people import card

        years = self._years()
        snapshot = self._current()
        found = snapshot.memo.get(f"related\t{source}\t{path}")
        if not isinstance(found, list):  # some 50 ms of CPU, more on a busy machine: once per generation
            like = snapshot.more_like(source, path, self._equivalents(snapshot))
            found = _one_file_a_talk(snapshot.file(source, path), [f for f, _ in like])
            snapshot.memo[f"related\t{source}\t{path}"] = found
        own_year = years.get(source)
        same = [f for f in found if years.get(f.source) == own_year]
        other = [f for f in found if years.get(f.source) != own_year]
        chosen = set(map(id, other[:count] + same[: count - min(2, len(other))]))
        return [card(f, years.get(f.source)) for f in found if id(f) in chosen][:count]

    def _equivalents(self, snapshot: index.Snapshot) -> WeighedTermBridge:
        """The term bridge for the related talks: each index term's equivalents (the term table's
        keys are the index's tokens, so a key term is looked up as it is) that search adds to every
        query holding it, a kernel term's or a specific word's translation, with their weights.
        A looser translation is left out: search lets it stand in only in the talks that do not
        say the word, a choice per talk that one query over every page cannot make."""
        from clkarchive.index.searching import reader
        from clkarchive.search.glossary import DICTIONARY_WEIGHT
        from clkarchive.search.ranking import terms_of

        terms = terms_of(snapshot, reader(snapshot), index.whoosh_dir(self.config.index_dir))

        def bridge(words: Collection[str]) -> dict[str, dict[str, float]]:
            found = terms.lookup(words)
            return {
                w: {shown: weight for _, shown, weight in alternatives if weight > DICTIONARY_WEIGHT}
                for w, alternatives in found.items()
            }

        return bridge

    def _years(self) -> dict[str, int | None]:
        return {s.name: s.year for s in self.config.sources}

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        pages: int = 3,
        forum: str | None = None,
        source: str | None = None,
        year: int | None = None,
        marks: Marks | None = None,
        kind: str = "talk",
    ) -> SearchResult:
        """Talks matching query, best first, each with its best `pages` pages (marks: around
        matched words, ** by default). The query parser is imported here: a sync never needs it.

        kind is what to show (SEARCH_KINDS): talks by default, decks and agenda-only talks alike;
        "material" for agenda posters and other files that are no talk; "any" for all.

        Within the config's search_timeout the search answers with what it found by then, and
        its notes say what it left out; a retry after a sync removed our segments shares the time."""
        from clkarchive.models import PLAIN
        from clkarchive.search import search as run_search

        deadline = time.monotonic() + self.config.search_timeout
        sources = self.sources(source, year)
        if kind not in SEARCH_KINDS:
            raise QueryError(f"unknown kind {kind!r}: one of {', '.join(SEARCH_KINDS)}")

        def attempt() -> SearchResult:
            return run_search(
                self._current(),
                query,
                local_file=self.config.local_file,
                limit=limit,
                forum=forum,
                pages_per_talk=pages,
                marks=marks or PLAIN,
                sources=sources,
                kinds=SEARCH_KINDS[kind],
                cache_dir=index.whoosh_dir(self.config.index_dir),
                deadline=deadline,
            )

        try:
            return attempt()
        except FileNotFoundError:
            # A sync published and removed the segments our snapshot had not opened yet.
            self._drop_mine()
            return attempt()

    def talks(
        self, *, source: str | None = None, year: int | None = None, forum: str | None = None
    ) -> list[TalkEntry]:
        """Every file the index holds, and every talk only the agenda knows, by source, forum and time.

        forum keeps those whose forum (Chinese or English name) contains it, as search's --forum.
        """
        from clkarchive.search import forum_matches

        sources = self.sources(source, year)
        held = self._current().files()
        files = [
            f
            for f in held
            if (not sources or f.source in sources)
            and (not forum or forum_matches(forum, f.talk.forum, f.talk.forum_en))
        ]
        # Materials last in a forum; talks by their time, else by their number.
        files.sort(
            key=lambda f: (
                f.source,
                f.talk.forum,
                f.talk.kind == "material",
                f.talk.start or "",
                f.talk.order or 0,
                f.talk.path,
                f.talk.title,
            )
        )
        return [
            TalkEntry(
                source=f.source,
                forum=f.talk.forum,
                forum_en=f.talk.forum_en,
                order=f.talk.order,
                title=f.talk.title,
                speakers=list(f.talk.speakers),
                kind=f.talk.kind,
                pages=f.pages,
                # Why a file has no text; the sync says it before OCR may read the file's pictures.
                note=f.talk.note if not f.pages else "",
                path=f.talk.path,
                file=str(self.config.local_file(f.source, f.talk.path)),
                date=f.talk.date,
                start=f.talk.start,
                end=f.talk.end,
                affiliations=list(f.talk.affiliations),
                withheld=dict(f.talk.withheld),
                recording=f.talk.recording,
                agenda_title=f.talk.agenda_title,
            )
            for f in files
        ]

    def status(self) -> list[SourceStatus]:
        """Each configured source's last sync, last attempt and failures."""
        from clkarchive.status import source_statuses

        return source_statuses(self.config)

    def sources(self, name: str | None = None, year: int | None = None) -> set[str] | None:
        """The source names --source and --year leave, or None for all."""
        if name is None and year is None:
            return None
        chosen = {
            s.name
            for s in self.config.sources
            if (name is None or s.name == name) and (year is None or s.year == year)
        }
        if not chosen:
            known = ", ".join(f"{s.name} ({s.year})" if s.year else s.name for s in self.config.sources)
            asked = [
                f"source {name!r}" if name is not None else "",
                f"year {year}" if year is not None else "",
            ]
            wanted = " and ".join(filter(None, asked))
            raise QueryError(f"no configured source has {wanted}; the sources are: {known}")
        return chosen

    def _current(self) -> index.Snapshot:
        """This thread's warm snapshot, reopened only when a sync has published since it was opened
        (and not while the thread has it pinned)."""
        mine = self._mine
        if mine.snapshot is not None and not mine.pins and not mine.snapshot.up_to_date():
            # A new snapshot, not a refreshed one: refreshing reuses the readers of segments that
            # survive, with their deletions as they were when opened, so it could show a
            # deleted deck beside its successor.
            self._drop_mine()
        if mine.snapshot is None:
            try:
                mine.snapshot = index.Snapshot.open(self.config.index_dir)
            except NotSyncedError as exc:
                from clkarchive.status import never_succeeded

                raise NotSyncedError(never_succeeded(self.config) or str(exc)) from None
            with self._lock:
                self._every.add(mine.snapshot)
        return mine.snapshot

    def _drop_mine(self) -> None:
        mine = self._mine
        if mine.snapshot is not None:
            with self._lock:
                self._every.discard(mine.snapshot)
            mine.snapshot.close()
            mine.snapshot = None

    def generation(self) -> int:
        """The index generation this thread reads: what a client caches from the index is current
        while this number stays the same."""
        return self._current().generation

    def close(self) -> None:
        """Close every thread's snapshot and the renderer's worker processes (once no call is running)."""
        with self._lock:
            snapshots = list(self._every)
            self._every.clear()
            renderer, self._renderer = self._renderer, None
        for snapshot in snapshots:
            snapshot.close()
        self._mine.snapshot = None
        if renderer is not None:
            renderer.close()  # its worker processes go with it

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def pinned(self) -> Iterator[None]:
        """Every read inside sees one index generation, so a web page made of several reads
        (a search, then each talk's blob) is never half old and half new. Other threads go on
        with snapshots of their own."""
        self._current()  # the newest generation, then held
        self._mine.pins += 1
        try:
            yield
        finally:
            self._mine.pins -= 1

    def indexed(self, source: str, path: str) -> IndexedFile | None:
        """The file the index holds at this source and path, if any (a web server's only way to a file)."""
        return self._current().file(source, path)

    def indexed_blob(self, blob: str) -> IndexedFile | None:
        """A file the index holds with this blob id (any of its copies: they have the same bytes)."""
        return self._current().file_with_blob(blob)

    def page_texts(self, source: str, path: str) -> list[str]:
        """Each page's indexed text, page 1 first; empty for a file the index does not hold."""
        return [p.text for p in self._current().pages(source, path)]

    def matched_spans(self, text: str, query: str) -> list[tuple[int, int]]:
        """Where a text says the query's words, as the index cuts both into tokens: (start, end) each,
        in order, overlapping ones merged (a Chinese word's bigrams)."""
        from clkarchive.search import matched_spans

        return matched_spans(text, query)

    def checked_out(self, file: IndexedFile) -> Path | None:
        """The checked-out copy of an indexed file, or None when it is missing, not a regular file,
        or reached through a symbolic link (a repository may hold links that point anywhere)."""
        root = self.config.mirror_dir.resolve() / file.source
        local = root.joinpath(*file.talk.path.split("/"))
        try:
            if local.resolve(strict=True) != local or not local.is_file():
                return None
        except (OSError, RuntimeError):
            return None
        return local

    def drawable(self, path: str) -> bool:
        """Whether a file's pages can be drawn as pictures (PDFs, PowerPoint decks, posters)."""
        from clkarchive.pictures.render import renderable

        return renderable(path)

    def workers(self) -> int:
        """How many worker processes draw or read at once."""
        return workers.count(self.config.workers)

    def drawn(self, blob: str, number: int, size: str) -> Path | None:
        """A page's picture if it has been drawn already: the cheap path every later request takes."""
        return self._draw().cached(blob, number, size)

    def draw(self, file: IndexedFile, number: int, size: str) -> Path | None:
        """Draw a page of an indexed file at one of IMAGE_WIDTHS' sizes, in a worker process under the
        extraction limits; its picture, or None when it cannot be drawn (broken, too slow, missing)."""
        from clkarchive.pictures.render import Page

        local = self.checked_out(file)
        renderer = self._draw()
        if local is None or not self.drawable(file.talk.path) or renderer.broken(file.blob, number):
            return None
        done = renderer.render(Page(local, file.blob, number), size)
        return renderer.path(file.blob, number, size) if done else None

    def agenda_talk(self, source: str, poster: str, title: str) -> IndexedFile | None:
        """The talk with no deck that a poster lists under this title (what its page is found by)."""
        files = self._current().files(source)
        return next(
            (f for f in files if f.talk.kind == "agenda" and (f.talk.path, f.talk.title) == (poster, title)),
            None,
        )

    def draw_row(self, talk: IndexedFile, size: str) -> Path | None:
        """An agenda-only talk's picture: its row cut from its poster where the poster's OCR boxes
        show it, else the whole poster; None when the poster cannot be drawn."""
        from clkarchive.pictures.poster_rows import row_of
        from clkarchive.pictures.render import Page

        poster = self.indexed(talk.source, talk.talk.path)
        local = self.checked_out(poster) if poster is not None else None
        if poster is None or local is None or not self.drawable(poster.talk.path):
            return None
        read = self._current().ocr_read(poster.blob)
        page = Page(local, poster.blob, 1, row_of(read, talk.talk) if read else None)
        renderer = self._draw()
        done = renderer.render(page, size)
        return renderer.path(poster.blob, page.name, size) if done else None

    def _draw(self) -> Renderer:
        from clkarchive.pictures.render import Renderer

        with self._lock:
            if self._renderer is None:
                config = self.config
                self._renderer = Renderer(
                    config.index_dir / "rendered",
                    workers=self.workers(),
                    timeout=config.extract_timeout,
                    memory_mb=config.extract_memory_mb,
                )
            return self._renderer


class _ThreadSnapshot(threading.local):
    """One thread's snapshot, and how many reads of that thread have it pinned."""

    snapshot: index.Snapshot | None = None
    pins = 0


class _NewsKeeper:
    """Passes a sync's progress on; as each source is done, and before its summary is told, keeps
    what its sync added or changed (for the feed and `status`) and names the new talks in its report."""

    def __init__(self, archive: Archive, progress: Progress | None, before: list[IndexedFile] | None) -> None:
        self.archive, self.progress, self.before = archive, progress, before
        self.at = datetime.now(UTC).isoformat(timespec="seconds")  # one time for the whole sync
        self.generation = index.generation(archive.config.index_dir)

    def phase(self, source: str, name: str, total: int, work: float) -> None:
        if self.progress:
            self.progress.phase(source, name, total, work)

    def reading(self, source: str, name: str) -> None:
        if self.progress:
            self.progress.reading(source, name)

    def extracted(self, source: str, name: str, pages: int, error: str | None, work: float) -> None:
        if self.progress:
            self.progress.extracted(source, name, pages, error, work)

    def finished(self, report: SyncReport) -> None:
        index_dir = self.archive.config.index_dir
        published = index.generation(index_dir) != self.generation  # else nothing changed at all
        files = self.archive._files_now() if not report.error and (published or self.before) else None
        if files is not None:
            years = self.archive._years()
            found = news.record_news(index_dir, report.source, files, years, self.at, self.before)
            report.new_talks = [n.title for n in found if n.change == "added"]
        if self.progress:
            self.progress.finished(report)


def _one_file_a_talk(own: IndexedFile | None, files: list[IndexedFile]) -> list[IndexedFile]:
    """The files that are talks, each talk once (its best file), none of them own's talk. Two files
    hold one talk when they have the same bytes, or the same title in one source: a deck and its
    export, an agenda row of the deck's title. A material, such as a poster, is no talk."""
    seen = _talk_keys(own) if own is not None else set()
    kept = []
    for f in files:
        keys = _talk_keys(f)
        if f.talk.kind != "material" and not keys & seen:
            kept.append(f)
            seen |= keys
    return kept


def _talk_keys(f: IndexedFile) -> set[str]:
    title = "".join(c for c in f.talk.title.casefold() if c.isalnum())
    return {key for key, given in ((f.blob, f.blob), (f"{f.source}\t{title}", title)) if given}
