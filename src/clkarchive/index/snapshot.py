"""One generation of the index, open for reading: what the Archive, the web server and search read.

A snapshot holds its generation's segment files open, so a sync that
publishes meanwhile never changes what it answers; the Archive opens a new
one when a newer generation has been published.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from clkarchive.index.opening import newest, open_index
from clkarchive.index.schema import file_from_doc, fileid, page_from_doc
from clkarchive.models import IndexedFile, PageText

if TYPE_CHECKING:
    from whoosh.searching import Searcher


class Snapshot:
    """Reads of one index generation. Whoosh's readers seek and read shared file handles: the
    caller lets one thread at a time use a snapshot."""

    def __init__(self, searcher: Searcher) -> None:
        self._searcher = searcher
        self.memo: dict[str, object] = {}  # what a reader worked out once for this generation

    @classmethod
    def open(cls, index_dir: Path) -> Snapshot:
        return cls(newest(index_dir, lambda: open_index(index_dir).searcher()))

    @property
    def generation(self) -> int:
        """Which generation of the index this is (Whoosh numbers them from 0 as it publishes)."""
        return int(self._searcher.reader().generation() or 0)

    def up_to_date(self) -> bool:
        """Whether no newer generation has been published since this one was opened."""
        return bool(self._searcher.up_to_date())

    def close(self) -> None:
        self._searcher.close()

    def files(self, source: str | None = None) -> list[IndexedFile]:
        terms = {"kind": "file"} | ({"source": source} if source else {})
        return [file_from_doc(d) for d in self._searcher.documents(**terms)]

    def file(self, source: str, path: str) -> IndexedFile | None:
        """The file the index holds at this source and path, if any."""
        doc = self._searcher.document(kind="file", fileid=fileid(source, path))
        return file_from_doc(doc) if doc else None

    def file_with_blob(self, blob: str) -> IndexedFile | None:
        """A file the index holds with this blob id (any of its copies: they have the same bytes)."""
        doc = self._searcher.document(kind="file", blob=blob)
        return file_from_doc(doc) if doc else None

    def ocr_read(self, blob: str) -> str | None:
        """What OCR read in a blob, as the pictures side wrote it (a poster's boxes), if it was read."""
        doc = self._searcher.document(kind="ocr", blob=blob)
        return str(doc["ocr_boxes"]) if doc else None

    def pages(self, source: str, path: str) -> list[PageText]:
        """Each page of a file as indexed, page 1 first; empty for a file the index does not hold."""
        docs = self._searcher.documents(kind="page", fileid=fileid(source, path))
        return sorted((page_from_doc(d) for d in docs), key=lambda p: p.page)

    def more_like(
        self, source: str, path: str, terms: int = 25, pages: int = 300
    ) -> list[tuple[IndexedFile, float]]:
        """The files whose pages are most like this file's whole text, best first, itself left out:
        Whoosh's more-like-this (the text's most telling terms, weighed by how rare they are in the
        index, searched over every page), each file scored by its best page."""
        from whoosh import query

        text = " ".join(p.text for p in self.pages(source, path))
        key_terms = (
            self._searcher.key_terms_from_text("content", text, numterms=terms) if text.strip() else []
        )
        if not key_terms:
            return []
        like = query.Or([query.Term("content", word, boost=weight) for word, weight in key_terms])
        own = fileid(source, path)
        best: dict[str, float] = {}
        for hit in self._searcher.search(like, limit=pages, filter=query.Term("kind", "page")):
            if hit["fileid"] != own:
                best[hit["fileid"]] = max(best.get(hit["fileid"], 0.0), hit.score)
        found = []
        for file_id, score in sorted(best.items(), key=lambda fs: -fs[1]):
            doc = self._searcher.document(kind="file", fileid=file_id)
            if doc:
                found.append((file_from_doc(doc), score))
        return found
