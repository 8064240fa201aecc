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
import logging
import os
import pickle
import shutil
from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.index import Index
from whoosh.query import And, Term

from clkarchive.analysis import MixedAnalyzer
from clkarchive.errors import NotSyncedError
from clkarchive.models import IndexedFile, SourceState, Talk

log = logging.getLogger(__name__)
# What Whoosh raises for a missing, truncated or garbled index.
_UNREADABLE = (whoosh_index.IndexError, OSError, ValueError, EOFError, pickle.UnpicklingError, KeyError)
_ANALYZER = MixedAnalyzer()


SCHEMA = Schema(
    kind=ID(stored=True),  # "page", "file" or "source"
    source=ID(stored=True),
    fileid=ID(stored=True),  # source + "/" + path: deletes a file's documents at once
    path=STORED,
    blob=ID(stored=True),
    filekind=STORED,  # Talk.kind: "slides" or "material"
    forum=STORED,
    forum_en=STORED,
    order=STORED,
    pages=STORED,
    page=STORED,
    # Several tokens from one query word (a Chinese word's bigrams) must stand in a row.
    title=TEXT(analyzer=_ANALYZER, stored=True, multitoken_query="phrase"),
    speakers=TEXT(analyzer=_ANALYZER, stored=True, multitoken_query="phrase"),  # joined by SPEAKER_SEP
    note=STORED,  # why a material has no text
    content=TEXT(analyzer=_ANALYZER, stored=True, multitoken_query="phrase"),
    state=STORED,  # the source document's SourceState, as JSON
    # A page: True when its text was read by OCR. A file: True once the OCR pass has been over it.
    ocr=STORED,
    ocr_boxes=STORED,  # kind "ocr", one per blob: what OCR read in it, {page: boxes} as JSON (ocr_pass.py)
)


SPEAKER_SEP = "; "


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
        if not create and ix.doc_count() == 0:
            raise NotSyncedError(
                f"the index in {index_dir} is empty: the first `clkarchive sync` has not finished"
            )
        if not create or ix.schema.names() == SCHEMA.names():
            return ix
        ix.close()
        problem, aside = "was written by an older clkarchive, with other fields", "old"
    if not create:
        if where.exists():
            raise NotSyncedError(f"the index in {index_dir} {problem}; run `clkarchive sync`") from None
        raise NotSyncedError(f"no index in {index_dir} yet; run `clkarchive sync` first") from None
    if where.exists():
        moved = where.with_name(f"whoosh.{aside}-{datetime.now(UTC):%Y%m%dT%H%M%S}")
        where.rename(moved)
        log.warning("the index %s; moved it to %s and rebuilding", problem, moved)
    where.mkdir(parents=True, exist_ok=True)
    return whoosh_index.create_in(str(where), SCHEMA)


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
    """The page texts already indexed for this blob (a renamed or copied file), if any."""
    with ix.searcher() as s:
        docs = [d for d in s.documents(blob=blob) if d["kind"] == "page"]
    if not docs:
        return None
    return [d["content"] for d in sorted(docs, key=lambda d: d["page"])]


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

    def remove(self, source: str, path: str, kind: str | None = None) -> None:
        """A file's documents, or only those of one kind ("page" or "file")."""
        fileid = Term("fileid", _fileid(source, path))
        self._writer.delete_by_query(And([fileid, Term("kind", kind)]) if kind else fileid)

    def add(self, source: str, blob: str, talk: Talk, pages: Iterable[str]) -> int:
        """Index a file and its pages; the number of pages."""
        fileid = _fileid(source, talk.path)
        common = dict(source=source, fileid=fileid, path=talk.path, blob=blob, title=talk.title)
        common |= dict(forum=talk.forum, forum_en=talk.forum_en, order=talk.order)
        common |= dict(speakers=SPEAKER_SEP.join(talk.speakers))
        count = 0
        for number, text in enumerate(pages, start=1):
            self._writer.add_document(kind="page", page=number, content=text, **common)
            count = number
        self._writer.add_document(kind="file", filekind=talk.kind, pages=count, note=talk.note, **common)
        return count

    def add_documents(self, docs: Iterable[dict]) -> None:
        """Documents as `documents` returned them, changed: all of a file's, after `remove`."""
        for doc in docs:
            self._writer.add_document(**doc)

    def set_ocr(self, blob: str, boxes_json: str) -> None:
        """Keep what OCR read in a blob, for a renamed or copied file."""
        self.drop_ocr(blob)
        self._writer.add_document(kind="ocr", blob=blob, ocr_boxes=boxes_json)

    def drop_ocr(self, blob: str) -> None:
        self._writer.delete_by_query(And([Term("kind", "ocr"), Term("blob", blob)]))

    def drop_source(self, source: str) -> None:
        """Everything of a source: its pages, files and state."""
        self._writer.delete_by_term("source", source)

    def set_state(self, state: SourceState) -> None:
        import json

        self._writer.delete_by_query(And([Term("kind", "source"), Term("source", state.name)]))
        self._writer.add_document(
            kind="source", source=state.name, state=json.dumps(asdict(state), ensure_ascii=False)
        )

    def commit(self) -> None:
        try:
            self._writer.commit()
        except BaseException:
            self.cancel()
            raise

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


def speakers_of(doc) -> tuple[str, ...]:
    return tuple(s for s in doc.get("speakers", "").split(SPEAKER_SEP) if s)


def _fileid(source: str, path: str) -> str:
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
    )
    return IndexedFile(source=d["source"], blob=d["blob"], talk=talk, pages=d["pages"])
