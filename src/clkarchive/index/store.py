"""The index as a sync writes it: opened once per sync, read in typed records, changed in one commit.

A sync changes pages, files and source states in a single Whoosh commit, and
Whoosh publishes a commit by renaming its table of contents into place, so a
reader sees the old state or the new one, never a mix, and a sync that dies
before committing leaves the old state as it was.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from clkarchive._version import OCR_VERSION
from clkarchive.index.opening import newest, older_ocr, open_index
from clkarchive.index.schema import (
    AGENDA_MARK,
    Document,
    file_from_doc,
    fileid,
    page_from_doc,
    talk_fields,
)
from clkarchive.models import IndexedFile, PageText, SourceState, Talk

MAX_SEGMENTS = 3  # more segments than this are merged whatever their deletions
DEAD_SHARE = 0.2  # or when more than this share of the documents are deleted


class Store:
    """The index a sync reads and changes."""

    def __init__(self, index_dir: Path, *, create: bool = False):
        self._dir = index_dir
        self._ix = open_index(index_dir, create=create)
        # A new index (rebuilt for another clkarchive's tokens or fields) keeps what OCR read in the
        # old one: the first update writes it in, and the OCR pass drops what no file holds.
        self._carried = older_ocr(index_dir) if create and self._ix.is_empty() else {}

    def close(self) -> None:
        self._ix.close()

    # -- reads ------------------------------------------------------------------------------------

    def states(self) -> list[SourceState]:
        """Each source's state as the last sync left it, by name."""
        docs = self._documents(kind="source")
        return sorted((SourceState.from_json(d["state"]) for d in docs), key=lambda st: st.name)

    def files(self, source: str | None = None) -> list[IndexedFile]:
        """Every file the index holds, of one source or of all."""
        return [file_from_doc(d) for d in self._documents(kind="file", **_of_source(source))]

    def pages_of_blob(self, blob: str) -> list[str] | None:
        """The page texts already indexed for this blob (a renamed or copied file), if any.

        Taken from one file that holds the blob, never gathered from all of them:
        sixteen identical decks are sixteen files of the deck's own pages each.
        """
        with self._ix.searcher() as s:
            for held in s.documents(kind="file", blob=blob):
                if held["filekind"] != "slides" or not held["pages"]:
                    continue  # a deck that failed has no pages to lend
                docs = [d for d in s.documents(fileid=held["fileid"]) if d["kind"] == "page"]
                if len(docs) == held["pages"]:
                    return [d["content"] for d in sorted(docs, key=lambda d: d["page"])]
        return None

    def pages(self, source: str) -> dict[str, list[PageText]]:
        """The pages of each of the source's files, by path, page 1 first (agenda-only talks left out:
        they name their poster as their path, but their page is not the poster's)."""
        found: dict[str, list[PageText]] = {}
        for doc in self._documents(kind="page", source=source):
            if doc["fileid"] == fileid(source, doc["path"]):
                found.setdefault(doc["path"], []).append(page_from_doc(doc))
        for pages in found.values():
            pages.sort(key=lambda p: p.page)
        return found

    def ocr_results(self) -> dict[str, str]:
        """What OCR read in each blob, as the pictures side wrote it (set_ocr)."""
        return self._carried | {d["blob"]: d["ocr_boxes"] for d in self._documents(kind="ocr")}

    def _documents(self, **terms: str) -> list[Document]:
        def read() -> list[Document]:
            with self._ix.searcher() as s:
                return [dict(d) for d in s.documents(**terms)]

        return newest(self._dir, read)

    # -- changes ----------------------------------------------------------------------------------

    def update(self) -> IndexUpdate:
        return IndexUpdate(self)

    def compact(self) -> bool:
        """Merge the index into one segment when deleted documents fill much of it; whether it did.

        Whoosh drops a deleted document only when it merges the segment holding it, and a sync that
        reads pictures rewrites decks right after adding them (OCR text, the agenda's speakers): a
        first sync leaves two dead copies of most pages. Every search opens each segment and skips
        the dead postings, so the CLI's search pays for them at every start (CLK2024: 3 segments,
        1,423 documents of which 524 live; merged, opening the searcher is about 10 ms faster)."""
        with self._ix.reader() as reader:
            segments = len(reader.leaf_readers())
            dead, total = reader.doc_count_all() - reader.doc_count(), reader.doc_count_all()
        if segments <= MAX_SEGMENTS and dead <= DEAD_SHARE * total:
            return False
        self.update().commit(merge_all=True)
        return True


class IndexUpdate:
    """The changes of one sync, published in one commit (or not at all)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        ix = store._ix
        self._dir = Path(ix.storage.folder)
        self._before = set(os.listdir(self._dir))
        self._writer = ix.writer(limitmb=128)
        for blob, read in store._carried.items():
            self._writer.add_document(kind="ocr", blob=blob, ocr_boxes=read)

    def __enter__(self) -> IndexUpdate:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        """Commit when the block ends normally; drop everything when it raises."""
        if kind is None:
            self.commit()
        else:
            self.cancel()

    def remove(self, source: str, path: str, kind: str | None = None) -> None:
        """A file's documents, or only those of one kind ("page" or "file")."""
        from whoosh.query import And, Term  # only a sync that writes pays for the query classes

        of_file = Term("fileid", fileid(source, path))
        self._writer.delete_by_query(And([of_file, Term("kind", kind)]) if kind else of_file)

    def add(self, source: str, blob: str, talk: Talk, pages: Iterable[str]) -> int:
        """Index a file and its pages; the number of pages."""
        common = talk_fields(source, fileid(source, talk.path), blob, talk)
        count = 0
        for number, text in enumerate(pages, start=1):
            self._writer.add_document(kind="page", page=number, content=text, **common)
            count = number
        if not count and talk.kind == "slides":  # a deck that failed: still found by its title
            self._writer.add_document(kind="page", page=1, content="", **common)
        self._writer.add_document(kind="file", filekind=talk.kind, pages=count, note=talk.note, **common)
        return count

    def relabel(self, source: str, talk: Talk) -> None:
        """Give a file's documents the talk's metadata, keeping the rest (page texts, OCR marks, kind
        and note) as the index holds them."""
        docs = self._store._documents(fileid=fileid(source, talk.path))
        self.remove(source, talk.path)
        for doc in docs:
            self._writer.add_document(**(doc | talk_fields(source, doc["fileid"], doc["blob"], talk)))

    def rewrite_pages(self, file: IndexedFile, pages: Sequence[PageText]) -> None:
        """Replace a file's pages (the OCR pass: text read from pictures), and mark the file as one
        the pass has been over."""
        self.remove(file.source, file.talk.path)
        common = self._common(file)
        for p in pages:
            self._writer.add_document(kind="page", page=p.page, content=p.text, ocr=p.ocr, **common)
        self._add_file(file, max(file.pages, len(pages)), common)

    def mark_ocr_done(self, file: IndexedFile) -> None:
        """Say that the OCR pass has been over a file it found nothing to read in."""
        self.remove(file.source, file.talk.path, kind="file")
        self._add_file(file, file.pages, self._common(file))

    @staticmethod
    def _common(file: IndexedFile) -> Document:
        return talk_fields(file.source, fileid(file.source, file.talk.path), file.blob, file.talk)

    def _add_file(self, file: IndexedFile, pages: int, common: Document) -> None:
        talk = file.talk
        self._writer.add_document(
            kind="file", filekind=talk.kind, pages=pages, note=talk.note, ocr=OCR_VERSION, **common
        )

    def set_agenda(self, source: str, talks: Iterable[tuple[Talk, str]]) -> None:
        """Replace the source's agenda-only talks: (talk, the poster's words on it) each.

        Each is a file of no pages plus one page numbered 0 holding what the poster
        says of it, so that search finds it by title, speaker or biography.
        """
        from whoosh.query import Prefix

        self._writer.delete_by_query(Prefix("fileid", fileid(source, AGENDA_MARK)))
        for n, (talk, text) in enumerate(talks):
            common = talk_fields(source, fileid(source, f"{AGENDA_MARK}{n}/{talk.path}"), "", talk)
            self._writer.add_document(kind="page", page=0, content=text, **common)
            self._writer.add_document(kind="file", filekind="agenda", pages=0, note=talk.note, **common)

    def set_ocr(self, blob: str, read: str) -> None:
        """Keep what OCR read in a blob, for a renamed or copied file."""
        self.drop_ocr(blob)
        self._writer.add_document(kind="ocr", blob=blob, ocr_boxes=read)

    def drop_ocr(self, blob: str) -> None:
        from whoosh.query import And, Term

        self._writer.delete_by_query(And([Term("kind", "ocr"), Term("blob", blob)]))

    def drop_unused_ocr(self) -> None:
        """What OCR read in blobs no file holds any more (superseded, removed) goes."""
        held = {f.blob for f in self._store.files()}
        for blob in self._store.ocr_results().keys() - held:
            self.drop_ocr(blob)

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
        self._store._carried = {}

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


def _of_source(source: str | None) -> dict[str, Any]:
    return {"source": source} if source else {}
