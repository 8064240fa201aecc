"""The Whoosh index: its schema, and the one place that reads and writes it.

Everything a sync knows lives in the index itself, in three kinds of
document: one per slide page (what search finds), one per file (its blob id,
talk metadata and page count: what `talks` lists and what the next sync diffs
against), and one per source (the synced commit, time and failures: what
`status` shows). A sync changes all three in a single Whoosh commit, and
Whoosh publishes a commit by renaming its table of contents into place, so a
reader sees the old state or the new one, never a mix, and a sync that dies
before committing leaves the old state as it was.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import pickle
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh import index as whoosh_index
from whoosh.index import Index

from clkarchive.errors import NotSyncedError
from clkarchive.models import IndexedFile, SourceState, Talk

if TYPE_CHECKING:
    from whoosh.fields import Schema

    from clkarchive.config import Config, Source

log = logging.getLogger(__name__)
# What Whoosh raises for a missing, truncated or garbled index.
_UNREADABLE = (whoosh_index.IndexError, OSError, ValueError, EOFError, pickle.UnpicklingError, KeyError)


@functools.cache
def schema() -> Schema:
    """The index's fields. Built on first use: the analyzers' imports are for syncs that write
    and searches that parse, not for a sync that finds nothing changed."""
    from whoosh.fields import ID, STORED, TEXT, Schema

    from clkarchive.index.analysis import MixedAnalyzer

    analyzer = MixedAnalyzer()
    return Schema(
        kind=ID(stored=True),  # "page", "file" or "source"
        source=ID(stored=True),
        fileid=ID(stored=True),  # source + "/" + path: deletes a file's documents at once
        path=STORED,
        blob=ID(stored=True),
        filekind=STORED,  # Talk.kind: "slides", "material" or "agenda"
        forum=STORED,
        forum_en=STORED,
        order=STORED,
        pages=STORED,
        page=STORED,
        # Several tokens from one query word (a Chinese word's bigrams) must stand in a row.
        title=TEXT(analyzer=analyzer, stored=True, multitoken_query="phrase"),
        speakers=TEXT(analyzer=analyzer, stored=True, multitoken_query="phrase"),  # joined by SPEAKER_SEP
        speakers_pinyin=TEXT(analyzer=analyzer, stored=True),  # Chinese names in pinyin: names.pinyin_of
        note=STORED,  # why a material has no text
        date=STORED,  # the agenda's: "YYYY-MM-DD"
        start=STORED,  # the agenda's: "HH:MM"
        end=STORED,
        affiliations=STORED,  # a tuple, one per speaker
        # When and where, for a talk the agenda dates: "2024-10-26 17:00-17:30 调度与锁分论坛 Scheduling…",
        # so that a query naming a forum and a time ("调度与锁分论坛 17:00") finds the talk.
        schedule=TEXT(analyzer=analyzer, stored=True, multitoken_query="phrase"),
        content=TEXT(analyzer=analyzer, stored=True, multitoken_query="phrase"),
        state=STORED,  # the source document's SourceState, as JSON
        # A page: True when its text was read by OCR. A file: True once the OCR pass has been over it.
        ocr=STORED,
        ocr_boxes=STORED,  # kind "ocr", one per blob: what OCR read, {page: boxes} as JSON (ocr_pass.py)
    )


def __getattr__(name: str) -> Any:
    if name == "SCHEMA":  # index.schema(), as readers have always spelled it
        return schema()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


SPEAKER_SEP = "; "
AGENDA_MARK = "#agenda/"  # fileids of agenda-only talks: source/#agenda/N/poster path


def whoosh_dir(index_dir: Path) -> Path:
    return index_dir / "whoosh"


def open_index(index_dir: Path, create: bool = False) -> Index:
    """The index for reading; with create (sync), a new one if there is none or it is unusable.

    An unreadable index, or one an older clkarchive wrote with other fields,
    is moved aside, never deleted: the sync rebuilds from the mirror, and the
    old copy stays for whoever wants to look at it.
    """
    where = whoosh_dir(index_dir)
    try:
        ix = whoosh_index.open_dir(str(where))
    except _UNREADABLE as exc:
        problem, aside = f"cannot be read ({exc})", "damaged"
    else:
        if not create and ix.is_empty():  # no segment yet (doc_count() would open them all)
            raise NotSyncedError(
                f"the index in {index_dir} is empty: the first `clkarchive sync` has not finished"
            )
        if _current(ix.schema):
            return ix
        ix.close()
        problem, aside = "was written by an older clkarchive, with other fields or tokens", "old"
    if not create:
        if where.exists():
            raise NotSyncedError(f"the index in {index_dir} {problem}; run `clkarchive sync`") from None
        raise NotSyncedError(f"no index in {index_dir} yet; run `clkarchive sync` first") from None
    if where.exists():
        moved = where.with_name(f"whoosh.{aside}-{datetime.now(UTC):%Y%m%dT%H%M%S}")
        where.rename(moved)
        log.warning("the index %s; moved it to %s and rebuilding", problem, moved)
    where.mkdir(parents=True, exist_ok=True)
    return whoosh_index.create_in(str(where), schema())


def _current(held: Schema) -> bool:
    """Whether an index's schema is this version's: the same fields, and text cut into the same
    tokens (Whoosh's own schema comparison looks at neither analyzers nor their settings)."""
    from clkarchive.index.analysis import MixedTokenizer

    version = getattr(held["content"].analyzer, "version", 1) if "content" in held else None
    return held.names() == schema().names() and version == MixedTokenizer.VERSION


def source_states(ix: Index) -> list[SourceState]:
    with ix.searcher() as s:
        return sorted(
            (SourceState.from_json(d["state"]) for d in s.documents(kind="source")),
            key=lambda st: st.name,
        )


def indexed_files(ix: Index, source: str | None = None) -> list[IndexedFile]:
    """Every file the index holds, of one source or of all."""
    terms = {"kind": "file"} | ({"source": source} if source else {})
    with ix.searcher() as s:
        return [_file_from_doc(d) for d in s.documents(**terms)]


def pages_of_blob(ix: Index, blob: str) -> list[str] | None:
    """The page texts already indexed for this blob (a renamed or copied file), if any.

    Taken from one file that holds the blob, never gathered from all of them:
    sixteen identical decks are sixteen files of the deck's own pages each.
    """
    with ix.searcher() as s:
        for held in s.documents(kind="file", blob=blob):
            if held["filekind"] != "slides" or not held["pages"]:
                continue  # a deck that failed has no pages to lend
            docs = [d for d in s.documents(fileid=held["fileid"]) if d["kind"] == "page"]
            if len(docs) == held["pages"]:
                return [d["content"] for d in sorted(docs, key=lambda d: d["page"])]
    return None


_TOC = re.compile(r"^_MAIN_(\d+)\.toc$")  # Whoosh's table of contents, one per generation
_PUBLISHED = "published.json"


def generation(index_dir: Path) -> int | None:
    """The generation Whoosh last published, read from file names alone; None for no index."""
    try:
        names = os.listdir(whoosh_dir(index_dir))
    except OSError:
        return None
    found = [int(m.group(1)) for name in names if (m := _TOC.match(name))]
    return max(found) if found else None


@dataclass(frozen=True)
class Published:
    """Each source's commit as the index's newest generation holds it, kept beside the index.

    A sync that finds every source still at these commits has nothing to do,
    and can tell so without opening the index (whose readers cost more to
    import than the rest of such a sync). Trusted only while the index is at
    the generation it was written for, by this version of the program.
    """

    generation: int
    version: str
    sources: dict[str, dict[str, Any]]  # name -> commit, url, branch, pattern, and retry (a failure to retry)

    def unchanged(self, source: Source, commit: str) -> bool:
        """Whether the index already holds this commit of the source, as the config now describes it."""
        held = self.sources.get(source.name)
        return held == _source_summary(source, commit, retry=False)


def read_published(config: Config) -> Published | None:
    """The summary, if it still describes the index and the program and its sources are the config's."""
    from clkarchive._version import __version__

    try:
        data = json.loads((config.index_dir / _PUBLISHED).read_text(encoding="utf-8"))
        published = Published(**data)
    except (OSError, ValueError, TypeError):
        return None
    current = published.generation == generation(config.index_dir) and published.version == __version__
    same_sources = set(published.sources) == {s.name for s in config.sources}
    return published if current and same_sources else None


def write_published(config: Config, ix: Index, synced: set[str]) -> None:
    """Describe the index as it now is, after a sync that opened it; synced: the sources it synced
    without an error (the others' states may date from another config)."""
    from clkarchive._version import __version__

    by_name = {s.name: s for s in config.sources}
    sources = {}
    for state in source_states(ix):
        source = by_name.get(state.name)
        retry = any(f.retry for f in state.failures)
        if source is not None and state.name in synced and state.url == source.url:
            sources[state.name] = _source_summary(source, state.commit, retry)
        else:  # dropped from the config, moved, or failed: a later sync must look at the index
            sources[state.name] = {"commit": state.commit, "url": state.url, "stale": True}
    gen = generation(config.index_dir)
    summary = Published(generation=gen if gen is not None else -1, version=__version__, sources=sources)
    path = config.index_dir / _PUBLISHED
    fd, tmp = tempfile.mkstemp(dir=config.index_dir, prefix=".published.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(asdict(summary), f, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError as exc:  # only an optimisation is lost: the next sync opens the index
        os.unlink(tmp)
        log.warning("could not write %s: %s", path, exc)


def _source_summary(source: Source, commit: str, retry: bool) -> dict[str, Any]:
    return dict(commit=commit, url=source.url, branch=source.branch, pattern=source.pattern, retry=retry)


def documents(ix: Index, **terms: str) -> list[dict]:
    """The stored fields of every document with these terms (the OCR pass rewrites files from them)."""
    with ix.searcher() as s:
        return [dict(d) for d in s.documents(**terms)]


class IndexUpdate:
    """The changes of one sync, published in one commit (or not at all)."""

    def __init__(self, ix: Index) -> None:
        self._dir = Path(ix.storage.folder)
        self._before = set(os.listdir(self._dir))
        self._writer = ix.writer(limitmb=128)
        self._ix = ix

    def remove(self, source: str, path: str, kind: str | None = None) -> None:
        """A file's documents, or only those of one kind ("page" or "file")."""
        from whoosh.query import And, Term

        of_file = Term("fileid", fileid(source, path))
        self._writer.delete_by_query(And([of_file, Term("kind", kind)]) if kind else of_file)

    def add(self, source: str, blob: str, talk: Talk, pages: Iterable[str]) -> int:
        """Index a file and its pages; the number of pages."""
        common = _fields(source, fileid(source, talk.path), blob, talk)
        count = 0
        for number, text in enumerate(pages, start=1):
            self._writer.add_document(kind="page", page=number, content=text, **common)
            count = number
        if not count and talk.kind == "slides":  # a deck that failed: still found by its title
            self._writer.add_document(kind="page", page=1, content="", **common)
        self._writer.add_document(kind="file", filekind=talk.kind, pages=count, note=talk.note, **common)
        return count

    def relabel(self, source: str, talk: Talk, docs: list[dict]) -> None:
        """Give a file's documents (as `documents` returned them) the talk's metadata, keeping the rest
        (page texts, OCR marks, kind and note) as they are."""
        self.remove(source, talk.path)
        for doc in docs:
            self._writer.add_document(**(doc | _fields(source, doc["fileid"], doc["blob"], talk)))

    def set_agenda(self, source: str, talks: Iterable[tuple[Talk, str]]) -> None:
        """Replace the source's agenda-only talks: (talk, the poster's words on it) each.

        Each is a file of no pages plus one page numbered 0 holding what the poster
        says of it, so that search finds it by title, speaker or biography.
        """
        from whoosh.query import Prefix

        self._writer.delete_by_query(Prefix("fileid", fileid(source, AGENDA_MARK)))
        for n, (talk, text) in enumerate(talks):
            common = _fields(source, fileid(source, f"{AGENDA_MARK}{n}/{talk.path}"), "", talk)
            self._writer.add_document(kind="page", page=0, content=text, **common)
            self._writer.add_document(kind="file", filekind="agenda", pages=0, note=talk.note, **common)

    def add_documents(self, docs: Iterable[dict]) -> None:
        """Documents as `documents` returned them, changed: all of a file's, after `remove`."""
        for doc in docs:
            self._writer.add_document(**doc)

    def set_ocr(self, blob: str, boxes_json: str) -> None:
        """Keep what OCR read in a blob, for a renamed or copied file."""
        self.drop_ocr(blob)
        self._writer.add_document(kind="ocr", blob=blob, ocr_boxes=boxes_json)

    def drop_ocr(self, blob: str) -> None:
        from whoosh.query import And, Term

        self._writer.delete_by_query(And([Term("kind", "ocr"), Term("blob", blob)]))

    def drop_source(self, source: str) -> None:
        """Everything of a source: its pages, files and state."""
        self._writer.delete_by_term("source", source)

    def set_state(self, state: SourceState) -> None:
        from whoosh.query import And, Term

        self._writer.delete_by_query(And([Term("kind", "source"), Term("source", state.name)]))
        self._writer.add_document(
            kind="source", source=state.name, state=json.dumps(asdict(state), ensure_ascii=False)
        )

    def commit(self, merge_all: bool = False) -> None:
        """Publish; merge_all rewrites the index as one segment without its deleted documents."""
        try:
            self._writer.commit(optimize=merge_all)
        except BaseException:
            self.cancel()
            raise
        from clkarchive.search import glossary  # only a sync that wrote something pays for it

        try:  # the search's table of equivalent terms for this index, so no search waits for it
            with self._ix.reader() as reader:
                glossary.prepare(reader, self._dir)
        except Exception as exc:  # a search builds its part later; the sync itself succeeded
            log.warning("could not prepare the table of equivalent terms: %s", exc)

    def cancel(self) -> None:
        """Drop the update, and whatever it wrote: a failed commit (a full disk) leaves
        half-written segments and a temp folder that Whoosh does not clean up."""
        with contextlib.suppress(Exception):  # after a failed commit the writer is half closed
            self._writer.cancel()
        for name in set(os.listdir(self._dir)) - self._before:
            leftover = self._dir / name
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)


def compact(ix: Index) -> bool:
    """Merge the index into one segment when deleted documents fill much of it; whether it did.

    Whoosh drops a deleted document only when it merges the segment holding it, and a sync that
    reads pictures rewrites decks right after adding them (OCR text, the agenda's speakers): a
    first sync leaves two dead copies of most pages. Every search opens each segment and skips
    the dead postings, so the CLI's search pays for them at every start (CLK2024: 3 segments,
    1,423 documents of which 524 live; merged, opening the searcher is about 10 ms faster)."""
    with ix.reader() as reader:
        segments = len(reader.leaf_readers())
        dead, total = reader.doc_count_all() - reader.doc_count(), reader.doc_count_all()
    if segments <= MAX_SEGMENTS and dead <= DEAD_SHARE * total:
        return False
    IndexUpdate(ix).commit(merge_all=True)
    return True


MAX_SEGMENTS = 3  # more segments than this are merged whatever their deletions
DEAD_SHARE = 0.2  # or when more than this share of the documents are deleted


def speakers_of(doc) -> tuple[str, ...]:
    return tuple(s for s in doc.get("speakers", "").split(SPEAKER_SEP) if s)


def _fields(source: str, file_id: str, blob: str, talk: Talk) -> dict:
    """What every document of a file carries: where it is and the talk's metadata."""
    from clkarchive.index.names import pinyin_of  # pypinyin: only for a sync that writes

    fields: dict[str, object] = dict(source=source, fileid=file_id, path=talk.path, blob=blob)
    fields |= dict(title=talk.title, forum=talk.forum, forum_en=talk.forum_en, order=talk.order)
    fields |= dict(speakers=SPEAKER_SEP.join(talk.speakers), speakers_pinyin=pinyin_of(talk.speakers))
    fields |= dict(affiliations=talk.affiliations)
    when = [talk.date, f"{talk.start}-{talk.end or ''}" if talk.start else None, talk.forum, talk.forum_en]
    schedule = " ".join(w for w in when if w) if talk.date or talk.start else None
    return fields | dict(date=talk.date, start=talk.start, end=talk.end, schedule=schedule)


def fileid(source: str, path: str) -> str:
    return f"{source}/{path}"


def _file_from_doc(d: dict) -> IndexedFile:
    talk = Talk(
        path=d["path"],
        kind=d["filekind"],
        forum=d["forum"],
        forum_en=d["forum_en"],
        order=d.get("order"),  # Whoosh stores no None
        title=d["title"],
        speakers=speakers_of(d),
        note=d.get("note", ""),
        date=d.get("date"),
        start=d.get("start"),
        end=d.get("end"),
        affiliations=tuple(d.get("affiliations", ())),
    )
    return IndexedFile(source=d["source"], blob=d["blob"], talk=talk, pages=d["pages"])
