"""What the search side asks of one snapshot, in its own terms: it never sees Whoosh or a field name.

Search describes its questions with words(), any_of() and parse_operators(),
naming field groups only by the constants below, and reads the answers
through a Reader: document numbers with scores, the talk each document
belongs to (a talk is one file document plus its pages), stored pages and
talks as typed records, and the vocabulary (frequencies, the words slides
write, the lexicon, every page's text) that it plans, corrects and expands
queries with. Document numbers and talk keys are opaque: they are only good for
asking this Reader again, and a talk key sorts the same way from one search
to the next.

A pattern of the user's (prefix*, a range) may stand for hundreds of index
terms, each a list of postings to merge: a query's Patterns keeps the first
few patterns, each with its most frequent terms, and says what it left out.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from whoosh.qparser import AndGroup, MultifieldParser
from whoosh.query import MultiTerm, NullQuery, Or, Phrase, Prefix, Term

from clkarchive.index import analysis, names, spelling
from clkarchive.index.schema import file_from_doc, page_from_doc, schema, speakers_of
from clkarchive.index.snapshot import Snapshot
from clkarchive.index.spelling import Vocabulary
from clkarchive.models import IndexedFile, PageText

# A field group: each field a query looks in, with the boost of a match there.
Fields = Mapping[str, float]

TITLE_BOOST = 2.0  # also for speakers: a name in the file name is as telling as the title
# Every text field: the user's own words and operator clauses.
ALL_FIELDS: Fields = {
    "title": TITLE_BOOST,
    "speakers": TITLE_BOOST,
    "speakers_pinyin": TITLE_BOOST,
    "schedule": 1.0,  # a dated talk's day, time and forum, from the agenda
    "content": 1.0,
}
TEXT_FIELDS: Fields = {"content": 1.0, "title": TITLE_BOOST}  # what slides say: pages and titles
PAGE_FIELDS: Fields = {"content": 1.0}
SCHEDULE_FIELDS: Fields = {"schedule": 1.0}  # what a date or a time of day in a query asks about
# A name as one speaker's, where the talk shows its speakers (not the schedule's names read unsurely).
SPEAKER_FIELDS: Fields = {"speakers": 1.0}
PINYIN_FIELDS: Fields = {"speakers_pinyin": 1.0}
SPELLING_FIELDS: Fields = {"content": 1.0, "title": 1.0, "speakers_pinyin": 1.0}  # where a typo is mended
NAMED_FIELDS = ("title", "speakers")  # what a query may name: title:EROFS, speakers:郑堂权

_PAGE_PART = frozenset(PAGE_FIELDS)
_NAME_FIELDS = ("title", "speakers", "speakers_pinyin", "schedule")  # a talk's, on its file document
_NAME_PART = frozenset(_NAME_FIELDS)
_FILES = Term("kind", "file")
_MEMO = "index.searching.Reader"
TITLE_PAGES = 3  # a talk's title page is among its first pages


class Query:
    """A question for the index; made by the functions below and opaque to the search side."""

    __slots__ = ("_whoosh",)

    def __init__(self, whoosh: Any) -> None:
        self._whoosh = whoosh

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Query) and bool(self._whoosh == other._whoosh)

    def __hash__(self) -> int:  # the same question asked twice is answered once (a corrected query)
        return hash(self._whoosh)

    @property
    def empty(self) -> bool:
        """Whether it asks for nothing at all (an operator clause that parses to no word)."""
        return self._whoosh is NullQuery

    def phrases(self) -> list[tuple[str, ...]]:
        """The token sequences it looks for, for snippets to mark (an operator clause's words)."""
        tokens = [
            tuple(leaf.words)
            if isinstance(leaf, Phrase)
            else (getattr(leaf, "text", ""),)  # a range has none
            for leaf in self._whoosh.leaves()
        ]
        return [t for t in tokens if all(t)]


def words(tokens: tuple[str, ...], fields: Fields, boost: float = 1.0, slop: int = 1) -> Query:
    """One token in any of the fields, or several in a row (up to slop apart) in any one of them."""
    if len(tokens) == 1:
        leaves: list[Any] = [Term(f, tokens[0], boost=b * boost) for f, b in fields.items()]
    else:
        leaves = [Phrase(f, list(tokens), slop=slop, boost=b * boost) for f, b in fields.items()]
    return Query(Or(leaves))


def any_of(queries: Iterable[Query]) -> Query:
    return Query(Or([q._whoosh for q in queries]))


def parse_operators(clause: str, reader: Reader, patterns: Patterns) -> Query:
    """A clause in the user's operator syntax ("phrases", a OR b, (groups), title:/speakers:, prefix*)
    as Whoosh's parser reads it, over every field, each word required; its patterns as the
    query's `patterns` allows."""
    parser = MultifieldParser(list(ALL_FIELDS), schema(), fieldboosts=ALL_FIELDS, group=AndGroup)
    patterns._clause = {}
    whoosh = patterns._narrow(reader._stemmed_prefixes(parser.parse(clause)))
    return Query(whoosh.normalize() if patterns.left else whoosh)


class Patterns:
    """The patterns (prefix*, ranges) of one query's clauses: the first `most` of them, each
    standing for at most `terms` index terms per field, the most frequent of its first `examined`
    (ranking more would cost more than the search). `narrowed` has each pattern that stood for
    more, as written, with how many it stood for (at most examined + 1); `left`, those past the
    first `most`."""

    def __init__(self, reader: Reader, most: int, terms: int, examined: int) -> None:
        self._reader, self._most, self._terms, self._examined = reader._reader, most, terms, examined
        self._count = 0
        self._clause: dict[str, bool] = {}  # the clause's patterns: kept (a pattern has one per field)
        self._kept: dict[tuple[str, str], Any] = {}  # (field, pattern): what it stands for
        self.narrowed: dict[str, int] = {}
        self.left: list[str] = []

    def _narrow(self, whoosh: Any) -> Any:
        if not isinstance(whoosh, MultiTerm):
            return whoosh if whoosh.is_leaf() else whoosh.apply(self._narrow)
        written = f"{whoosh.text}*" if isinstance(whoosh, Prefix) else str(whoosh).split(":", 1)[-1]
        kept = self._clause.get(written)
        if kept is None:
            self._count += 1
            kept = self._clause[written] = self._count <= self._most
            if not kept:
                self.left.append(written)
        if not kept:
            return NullQuery
        key = (whoosh.fieldname, written)
        if key not in self._kept:
            self._kept[key] = self._most_frequent(whoosh, written)
        return self._kept[key]

    def _most_frequent(self, whoosh: Any, written: str) -> Any:
        terms = list(itertools.islice(whoosh._btexts(self._reader), self._examined + 1))
        if len(terms) <= self._terms:
            return whoosh
        self.narrowed[written] = max(self.narrowed.get(written, 0), len(terms))
        frequency = functools.partial(self._reader.doc_frequency, whoosh.fieldname)
        ranked = sorted(terms[: self._examined], key=lambda t: -frequency(t))
        return _Narrowed(whoosh, sorted(ranked[: self._terms]))


def source_of(talk: str) -> str:
    """The source a talk key belongs to, told from the key alone: a search limited to some sources
    filters every candidate talk, and reading each one's stored fields would cost more."""
    return talk.split("/")[0]


def reader(snapshot: Snapshot) -> Reader:
    """The snapshot's Reader, made once per snapshot: a server answers many searches from one."""
    found = snapshot.memo.get(_MEMO)
    if isinstance(found, Reader):
        return found
    made = snapshot.memo[_MEMO] = Reader(snapshot)
    return made


class Reader:
    """Search's reads of one snapshot. What it works out about the talks is read once per
    snapshot, when first asked (a sync preparing the term table never asks)."""

    def __init__(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self._searcher = snapshot._searcher
        self._reader = self._searcher.reader()
        # file document -> token of its title, speakers, pinyin and schedule -> positions; filled
        # as queries ask
        self._names: dict[int, dict[str, set[int]]] = {}
        self._talks: dict[str, IndexedFile] = {}
        self._spelling: Vocabulary | None = None
        self._title_pages: dict[str, int | None] = {}

    @property
    def generation(self) -> int | None:
        """Whoosh's number of this generation (None for an index kept in memory): what a table
        worked out from one generation is filed under."""
        found = self._reader.generation()
        return None if found is None else int(found)

    @property
    def talk_of(self) -> Mapping[int, str]:
        """Each live document's talk key (pages and file documents alike)."""
        return self._snapshot.fileid_of

    @functools.cached_property
    def _file_doc(self) -> dict[str, int]:
        """Each talk's file document."""
        talk_of = self.talk_of
        return {talk_of[d]: d for d in self._searcher.docs_for_query(_FILES) if d in talk_of}

    @functools.cached_property
    def file_docs(self) -> frozenset[int]:
        """The talks' own documents (title, speakers, schedule), as opposed to their pages."""
        return frozenset(self._file_doc.values())

    @property
    def talk_count(self) -> int:
        return len(self._file_doc)

    def talk(self, talk: str) -> IndexedFile:
        """A talk's metadata, read once per snapshot: a server shows the same talks again and again."""
        found = self._talks.get(talk)
        if found is None:
            found = self._talks[talk] = file_from_doc(self._searcher.stored_fields(self._file_doc[talk]))
        return found

    def page(self, doc: int) -> PageText:
        return page_from_doc(self._searcher.stored_fields(doc))

    def speakers(self, talk: str) -> list[tuple[str, str]]:
        """A talk's speakers, each with the pinyin the index holds for the name ("qiao yifan yi fan";
        "" for a name not in Chinese characters): the forms a page may print the person in."""
        doc = self._searcher.stored_fields(self._file_doc[talk])
        return names.paired(speakers_of(doc), str(doc.get("speakers_pinyin") or ""))

    def title_page(self, talk: str) -> int | None:
        """The document of a talk's title page, None if it has no pages: the first of its first
        pages that says at least half as much of its title and speakers' names as the one saying
        the most (some decks open with the conference's cover page; a first content page may repeat
        the title's words), else its first page. Worked out once per snapshot."""
        if talk not in self._title_pages:
            about = self.talk(talk).talk
            title = {t for _, t, _, _ in analysis.located(" ".join((about.title, *about.speakers)))}
            title -= {t for t in title if len(t) == 1 and analysis.is_cjk(t)}  # a character says little
            said: list[tuple[int, int]] = []  # (document, how many of the title's words it says)
            for d, text in self._first_pages(talk):
                said.append((d, len({t for _, t, _, _ in analysis.located(text, only=title)})))
                if said[0][1] * 2 >= len(title):
                    break  # no page can say twice as much as the first
            most = max((n for _, n in said), default=0)
            self._title_pages[talk] = next((d for d, n in said if n * 2 >= most), None)
        return self._title_pages[talk]

    def _first_pages(self, talk: str) -> list[tuple[int, str]]:
        """(document, text) of a talk's first TITLE_PAGES pages, in order. A file's pages are written
        in order (store.py), so its first documents are its first pages, unless their numbers say
        otherwise: then every page's number is read."""
        talk_of, files, stored = self.talk_of, self.file_docs, self._searcher.stored_fields
        docs = sorted(
            d for d in self._reader.postings("fileid", talk).all_ids() if d in talk_of and d not in files
        )
        first = [(stored(d), d) for d in docs[:TITLE_PAGES]]
        numbers = [fields["page"] for fields, _ in first]
        if numbers and (numbers[0] > 1 or numbers != list(range(numbers[0], numbers[0] + len(numbers)))):
            first = sorted(((stored(d), d) for d in docs), key=lambda e: int(e[0]["page"]))[:TITLE_PAGES]
        return [(d, str(fields.get("content") or "")) for fields, d in first]

    def page_scores(self, query: Query) -> dict[int, float]:
        """The pages that match the query's page-text part, with their BM25 scores."""
        return self._scores(_restrict(query._whoosh, _PAGE_PART), None)

    def name_scores(self, query: Query) -> dict[int, float]:
        """The file documents that match the query's title, speaker and schedule part, with their
        scores: a title counts once per talk, not on every page (each page carries it too)."""
        return self._scores(_restrict(query._whoosh, _NAME_PART), _FILES)

    def _scores(self, whoosh: Any, only: Any) -> dict[int, float]:
        if whoosh is NullQuery:
            return {}
        return {d: s for s, d in self._searcher.search(whoosh, limit=None, filter=only).top_n}

    def naming(self, forms: Iterable[tuple[str, ...]]) -> set[int]:
        """The file documents whose title, speakers (or their pinyin) or schedule hold one of the
        forms, its tokens in a row.

        Matched in Python against the few talks whose names hold a form's first token (the
        postings say which), each analysed at most once per snapshot: cheaper than a Whoosh
        phrase search per word.
        """
        reader = self._reader
        files = self.file_docs
        found: set[int] = set()
        for form in forms:
            for name in _NAME_FIELDS:
                if not reader.doc_frequency(name, form[0]):
                    continue
                for d in files.intersection(reader.postings(name, form[0]).all_ids()) - found:
                    if d not in self._names:
                        self._names[d] = _positions(self._searcher.stored_fields(d))
                    if _says(self._names[d], form):
                        found.add(d)
        return found

    def matching(self, query: Query) -> Iterator[int]:
        """Every document the query matches, unscored: what a filter needs, without the cost of scoring."""
        return iter(self._searcher.docs_for_query(query._whoosh))

    def holds(self, fields: Fields, token: str) -> bool:
        """Whether any document holds the token in one of the fields: a query asks only for what
        can be found (a split of a word, a term of the table)."""
        return any(self._reader.doc_frequency(f, token) for f in fields)

    def vocabulary(self, fields: Fields) -> dict[str, int]:
        """Every token the fields hold, with how many documents hold it (the most in any one field):
        checking thousands of terms is cheaper against one table, and how common a term is says how
        specific it is (see documents).

        Read segment by segment, summing as Whoosh's own multi-segment reader does: that reader
        looks every term up again in every segment, and the sync builds these tables (for the
        agenda's bridge) while the index still has a segment per commit."""
        found: dict[str, int] = {}
        for name in fields:
            field: dict[str, int] = {}
            for leaf, _ in self._reader.leaf_readers():
                for text, info in leaf.iter_field(name):
                    token = text.decode("utf-8") if isinstance(text, bytes) else text
                    field[token] = field.get(token, 0) + int(info.doc_frequency())
            for token, count in field.items():
                found[token] = max(found.get(token, 0), count)
        return found

    @property
    def documents(self) -> int:
        """How many documents (pages and talks) the index holds: what a term's frequency is out of."""
        return int(self._reader.doc_count())

    def spelling(self, cache_dir: Path | None) -> Vocabulary:
        """The words the slides write, for correcting typos (see spelling.py): read once per
        snapshot from what the sync stored beside the index in cache_dir, else counted from the
        stored text and stored there."""
        if self._spelling is None:
            generation = self.generation
            at = None if cache_dir is None or generation is None else spelling.path(cache_dir, generation)
            found = None if at is None else spelling.load(at)
            if found is None:
                found = spelling.count(self._spelling_texts())
                if at is not None:
                    spelling.store(found, at)
            self._spelling = found
        return self._spelling

    def _spelling_texts(self) -> Iterator[str]:
        """Each live document's text where a typo is mended: a page's, and a talk's title and pinyin
        names (once per talk, though each page carries them too)."""
        for doc in self._reader.all_stored_fields():
            kind = doc.get("kind")
            if kind == "page":
                yield doc.get("content", "")
            elif kind == "file":
                yield " ".join(doc.get(name) or "" for name in SPELLING_FIELDS if name != "content")

    def talks_with(self, word: str) -> set[str]:
        """The talks whose pages, title or pinyin names write a word of the slides (as the index
        holds it: stemmed, a compound joined)."""
        token, talk_of = analysis.joined(word), self.talk_of
        return {
            talk_of[d]
            for name in SPELLING_FIELDS
            if self._reader.doc_frequency(name, token)
            for d in self._reader.postings(name, token).all_ids()
            if d in talk_of
        }

    def page_texts(self) -> Iterator[str]:
        """Every page's text, for reading what the slides themselves say (their translations)."""
        for doc in self._reader.all_stored_fields():
            if doc.get("kind") == "page":
                yield doc.get("content", "")

    def _stemmed_prefixes(self, whoosh: Any) -> Any:
        """virtuali* also finds virtualization, which the index holds as its stem, virtual."""
        if isinstance(whoosh, Prefix):
            text = whoosh.text
            stems = [
                Term(whoosh.fieldname, text[:k], boost=whoosh.boost)
                for k in range(max(3, len(text) - 3), len(text))
                if self._reader.doc_frequency(whoosh.fieldname, text[:k])
            ]
            return Or([whoosh, *stems]) if stems else whoosh
        if whoosh.is_leaf():
            return whoosh
        return whoosh.apply(self._stemmed_prefixes)


class _Narrowed(MultiTerm):  # type: ignore[misc]  # Whoosh ships no types
    """A pattern cut to the terms it keeps, scored as Whoosh scores the pattern (each match alike)."""

    def __init__(self, pattern: Any, kept: list[bytes]) -> None:
        self.fieldname, self.boost, self.kept = pattern.fieldname, pattern.boost, kept
        self.text = getattr(pattern, "text", "")  # what snippets mark, as for the pattern itself
        self.constantscore = pattern.constantscore

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Narrowed) and other._key() == self._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[str, tuple[bytes, ...], float]:
        return self.fieldname, tuple(self.kept), self.boost

    def _btexts(self, ixreader: Any) -> Iterator[bytes]:
        return iter(self.kept)


def _restrict(whoosh: Any, fields: frozenset[str]) -> Any:
    if whoosh.is_leaf():
        return whoosh if whoosh.field() in fields else NullQuery
    return whoosh.apply(lambda child: _restrict(child, fields)).normalize()


def _positions(doc: Mapping[str, Any]) -> dict[str, set[int]]:
    """Where each token of a talk's names stands, as the index cuts them (fields kept apart)."""
    at: dict[str, set[int]] = {}
    for n, name in enumerate(_NAME_FIELDS):
        for pos, token, _, _ in analysis.located(doc.get(name, "")):
            at.setdefault(token, set()).add(1000 * n + pos)
    return at


def _says(at: Mapping[str, set[int]], form: tuple[str, ...]) -> bool:
    """Whether a token map holds the form, its tokens in a row."""
    return any(all(p + i in at.get(tok, ()) for i, tok in enumerate(form)) for p in at.get(form[0], ()))
