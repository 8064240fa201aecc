"""The library's face: one Archive object that the command line and the web server both build.

An Archive is a config plus a warm Whoosh searcher. The searcher is opened
once and reused across calls; before each read it asks the index whether a
sync has published a new generation since, and only then reopens. So a
long-lived process answers from memory and still always sees the latest
commit, and a one-shot command pays for opening the index once.

Modules only a sync needs (pygit2, pdfminer, requests) are imported inside
`sync`, so `search` starts quickly.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clkarchive import index
from clkarchive.config import Config, config_path, load_config
from clkarchive.errors import QueryError
from clkarchive.models import IndexedFile

if TYPE_CHECKING:  # sync and status pull in pygit2 and friends; search must not
    from whoosh.searching import Searcher

    from clkarchive.models import Marks, Progress, SearchResult, SourceStatus, SyncReport


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


class Archive:
    """Mirror, index and search the configured sources; see the module docstring."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._searcher: Searcher | None = None
        self._lock = threading.RLock()  # one searcher shared by a server's threads
        self._pins = 0  # while above zero, the searcher is not refreshed (see pinned)

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

        return sync(self.config, progress, allow_empty=allow_empty, prune=prune, retry_failed=retry_failed)

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
    ) -> SearchResult:
        """Talks matching query, best first, each with its best `pages` pages (marks: around
        matched words, ** by default). The query parser is imported here: a sync never needs it."""
        from clkarchive.models import PLAIN
        from clkarchive.search import search as run_search

        sources = self.sources(source, year)

        def attempt() -> SearchResult:
            return run_search(
                self.searcher(),
                query,
                local_file=self.config.local_file,
                limit=limit,
                forum=forum,
                pages_per_talk=pages,
                marks=marks or PLAIN,
                sources=sources,
                cache_dir=index.whoosh_dir(self.config.index_dir),
            )

        # Whoosh's readers seek and read shared file handles: one search at a time.
        with self._lock:
            try:
                return attempt()
            except FileNotFoundError:
                # A sync published and removed the segments our searcher had not opened yet.
                self.close()
                return attempt()

    def talks(
        self, *, source: str | None = None, year: int | None = None, forum: str | None = None
    ) -> list[TalkEntry]:
        """Every file the index holds, and every talk only the agenda knows, by source, forum and time.

        forum keeps those whose forum (Chinese or English name) contains it, as search's --forum.
        """
        from clkarchive.search import forum_matches

        sources = self.sources(source, year)
        files = [
            f
            for f in index.indexed_files(self._open())
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
                note=f.talk.note,
                path=f.talk.path,
                file=str(self.config.local_file(f.source, f.talk.path)),
                date=f.talk.date,
                start=f.talk.start,
                end=f.talk.end,
                affiliations=list(f.talk.affiliations),
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

    def searcher(self) -> Searcher:
        """The warm searcher, reopened only when a sync has published since it was opened."""
        with self._lock:
            if self._searcher is None:
                self._searcher = self._open().searcher()
            elif not self._pins and not self._searcher.up_to_date():
                # Not Searcher.refresh(): it reuses the readers of segments that
                # survive, with their deletions as they were when opened, so a
                # refreshed searcher can show a deleted deck beside its successor.
                self._searcher.close()
                self._searcher = self._open().searcher()
            return self._searcher

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _open(self) -> index.Index:
        return index.open_index(self.config.index_dir)

    @contextmanager
    def pinned(self) -> Iterator[None]:
        """Every read inside sees one index generation, so a web page made of several reads
        (a search, then each talk's blob) is never half old and half new. Other threads wait."""
        with self._lock:
            self.searcher()  # the newest generation, then held
            self._pins += 1
            try:
                yield
            finally:
                self._pins -= 1

    def indexed(self, source: str, path: str) -> IndexedFile | None:
        """The file the index holds at this source and path, if any (a web server's only way to a file)."""
        return self._file_doc(fileid=index.fileid(source, path))

    def indexed_blob(self, blob: str) -> IndexedFile | None:
        """A file the index holds with this blob id (any of its copies: they have the same bytes)."""
        return self._file_doc(blob=blob)

    def page_texts(self, source: str, path: str) -> list[str]:
        """Each page's indexed text, page 1 first; empty for a file the index does not hold."""
        with self._lock:
            docs = self.searcher().documents(kind="page", fileid=index.fileid(source, path))
            return [d["content"] for d in sorted(docs, key=lambda d: d["page"])]

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

    def _file_doc(self, **terms: str) -> IndexedFile | None:
        with self._lock:
            doc = self.searcher().document(kind="file", **terms)
        return index.store._file_from_doc(doc) if doc else None
