"""One generation of the index, open for reading: what the Archive, the web server and search read.

A snapshot holds its generation's segment files open, so a sync that
publishes meanwhile never changes what it answers; the Archive opens a new
one when a newer generation has been published.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clkarchive.index.opening import newest, open_index
from clkarchive.index.schema import file_from_doc, fileid, page_from_doc
from clkarchive.models import IndexedFile, PageText, WeighedTermBridge

if TYPE_CHECKING:
    from whoosh.searching import Searcher

# A key term of more-like-this is dropped when more than pages ** (1 - GENERIC_TERM) pages say it:
# a word that common tells nothing of a talk's subject (as the search's glossary bridges no word
# that common).
GENERIC_TERM = 0.3
RELATED_PAGES = 3  # a file is as like a talk as its best this many pages
RELATED_POOL = 300  # the pages most like a talk that are weighed


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
        self, source: str, path: str, bridge: WeighedTermBridge | None = None, terms: int = 25
    ) -> list[tuple[IndexedFile, float]]:
        """The files whose pages are most like this file's whole text, best first, itself left out.

        Whoosh's more-like-this picks the text's most telling terms, weighed by how rare they are
        in the index; of those, a term that names nothing is left out: a lone character (the
        index keeps each Chinese character for one-character queries; a formula's n and e), an
        English stop word, a number, and a word more pages say than GENERIC_TERM allows (kernel,
        内存, 优化). bridge gives each term's equivalents (内存回收 for reclaim, and the reverse),
        each searched as a phrase at the term's weight times its own, and a term's equivalents
        count as one, the best of them: a Chinese deck meets an English one on the terms they
        share in meaning, and three ways of saying reclaim do not outweigh the rest. A file is
        scored by its best RELATED_PAGES pages: a talk on the same subject says it on several,
        where one page sharing words with it is chance."""
        from whoosh import query
        from whoosh.analysis import STOP_WORDS

        text = " ".join(p.text for p in self.pages(source, path))
        if not text.strip():
            return []
        searcher = self._searcher
        common = searcher.doc_frequency("kind", "page") ** (1 - GENERIC_TERM)
        key_terms = [
            (word, weight)
            for word, weight in searcher.key_terms_from_text("content", text, numterms=4 * terms)
            if len(word) > 1
            and word not in STOP_WORDS
            and not word.replace(".", "").isdigit()
            and searcher.doc_frequency("content", word) <= common
        ][:terms]
        if not key_terms:
            return []
        like: list[query.Query] = [query.Term("content", word, boost=weight) for word, weight in key_terms]
        equivalents = bridge([word for word, _ in key_terms]) if bridge is not None else {}
        for word, weight in key_terms:
            said = [_phrase(term, weight * factor) for term, factor in equivalents.get(word, {}).items()]
            if said := [q for q in said if q is not None]:
                like.append(query.DisjunctionMax(said))
        own, fileid_of, files = fileid(source, path), self.fileid_of, self._files_by_id
        scores: dict[str, list[float]] = {}
        pages = searcher.search(query.Or(like), limit=RELATED_POOL, filter=query.Term("kind", "page"))
        for score, doc in pages.top_n:  # best first
            file_id = fileid_of.get(doc)
            if file_id is not None and file_id != own:
                scores.setdefault(file_id, []).append(score)
        found = [(files[f], sum(s[:RELATED_PAGES])) for f, s in scores.items() if f in files]
        return sorted(found, key=lambda fs: -fs[1])

    @functools.cached_property
    def fileid_of(self) -> Mapping[int, str]:
        """Each live document's file (pages and file documents alike), read once per snapshot from
        the postings: a hit's stored fields would be read whole, its page's text with them."""
        reader = self._searcher.reader()
        found: dict[int, str] = {}
        for file_id in reader.lexicon("fileid"):
            name = file_id.decode("utf-8")
            for doc in reader.postings("fileid", file_id).all_ids():
                if not reader.is_deleted(doc):
                    found[doc] = name
        return found

    @functools.cached_property
    def _files_by_id(self) -> dict[str, IndexedFile]:
        """Every file, agenda-only talks too, by its fileid: read once per snapshot."""
        return {d["fileid"]: file_from_doc(d) for d in self._searcher.documents(kind="file")}


def _phrase(term: str, boost: float) -> Any:
    """A term as the index's tokens in a row (a Chinese word's bigrams), or None for one it has none of."""
    from whoosh import query

    from clkarchive.index.analysis import located

    tokens = [token for _, token, _, _ in located(term, query=True)]
    if len(tokens) > 1:
        return query.Phrase("content", tokens, boost=boost)
    return query.Term("content", tokens[0], boost=boost) if tokens else None
