"""Query the index and answer with talks, best first, each with its best pages.

A talk matches when each concept of the query (see query.py) is somewhere in
it: its title, its speakers (or their pinyin), any of its pages, in the
user's words or in an equivalent the search added. Pages are then ranked
inside the talk by how much of the query they hold (each concept weighed by
its rarity among talks), how many words stand in a row as the query has them,
and BM25 (Whoosh's scorer). A talk scores its best page, plus a little for each
further matching page, plus its title and speaker matches.

When no talk holds every concept, the talks that hold the most (by rarity) are
returned as partial matches, each saying what it has and what it lacks; when
a plain word matches nothing at all, it is corrected against the index's own
vocabulary first (eedvf -> eevdf).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path

from whoosh.query import NullQuery, Query, Term
from whoosh.searching import Searcher
from whoosh.support.levenshtein import damerau_levenshtein

from clkarchive.errors import QueryError
from clkarchive.index import Snapshot, analysis
from clkarchive.index.schema import schema, speakers_of
from clkarchive.models import MAX_QUERY_CHARS, PLAIN, Marks, PageHit, SearchResult, TalkHit
from clkarchive.search import glossary, query

# Each further matching page adds this share of its own score to its talk's.
MORE_PAGES_WEIGHT = 0.1
SNIPPET_CHARS = 160
NAME_SCORE = 8.0  # a word in a talk's title or speakers: about what a page saying it twice scores
ADDED_CREDIT = 0.5  # a page holding an added term covers that word half as well as one saying it
COVERAGE_STEP = 0.05  # partial matches: coverage decides first, in steps this wide; then the score
_JOINER = re.compile(r"[\s\-_./]*")
_META = "_clkarchive_meta"


# The search's own working records are plain classes, not dataclasses: each dataclass costs a
# compile at import, and a whole-process search pays every millisecond of its imports.


class _Meta:
    """Per searcher: which talk each document belongs to, and the table of equivalent terms."""

    __slots__ = ("file_doc", "names", "talk_of", "terms")

    def __init__(self, talk_of: dict[int, str], file_doc: dict[str, int], names, terms: glossary.Terms):
        self.talk_of = talk_of  # docnum of a page or file document -> fileid
        self.file_doc = file_doc  # fileid -> its file document
        # file document -> token of its title, speakers and pinyin -> positions; filled as words ask
        self.names: dict[int, dict[str, set[int]]] = names
        self.terms = terms


class _Page:
    __slots__ = ("coverage", "credit", "score")

    def __init__(self) -> None:
        self.score = 0.0
        self.credit: dict[int, float] = {}  # concept -> 1 (the user's word) or less (an added term)
        self.coverage = 0.0


class _Talk:
    __slots__ = ("expanded", "fileid", "has", "names", "pages")

    def __init__(self, fileid: str) -> None:
        self.fileid = fileid
        self.has: set[int] = set()  # concepts held
        self.names = 0.0  # score of title and speaker matches
        self.pages: dict[int, _Page] = {}
        self.expanded: set[int] = set()


def search(
    snapshot: Snapshot,
    text: str,
    *,
    local_file: Callable[[str, str], Path],
    limit: int = 10,
    forum: str | None = None,
    pages_per_talk: int = 3,
    marks: Marks = PLAIN,
    sources: set[str] | None = None,
    cache_dir: Path | None = None,
) -> SearchResult:
    """The talks matching text, best first; sources=None searches every source.

    cache_dir is where the table of equivalent terms is cached (the index's folder).
    """
    searcher = snapshot._searcher
    query_text = " ".join(text.split())
    if not query_text:
        raise QueryError("empty query: give some words to search for")
    if len(query_text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(query_text)} characters; at most {MAX_QUERY_CHARS})")
    meta = _meta(searcher, cache_dir)
    reader = searcher.reader()
    the_plan = query.plan(query_text, meta.terms, reader)
    if not the_plan.concepts:
        what = "only words to exclude" if the_plan.excluded else "no words after analysis"
        raise QueryError(f"nothing to search for in {text!r}: {what}")
    matches = _match(searcher, the_plan, meta)
    corrected = _correct(searcher, the_plan, matches)
    if corrected is not None:
        the_plan = query.plan(corrected, meta.terms, reader)
        matches = _match(searcher, the_plan, meta)
    result = _answer(
        searcher,
        the_plan,
        meta,
        matches,
        limit=limit,
        forum=forum,
        pages_per_talk=pages_per_talk,
        marks=marks,
        sources=sources,
        local_file=local_file,
    )
    result.query, result.corrected = query_text, corrected
    return result


def _meta(searcher: Searcher, cache_dir: Path | None) -> _Meta:
    """What every search of this searcher needs, read once: Archive keeps its searcher warm, so a
    server pays this once per index generation and the CLI once per run (a few milliseconds)."""
    cached = getattr(searcher, _META, None)
    if cached is None:
        reader = searcher.reader()
        talk_of: dict[int, str] = {}
        for fileid in reader.lexicon("fileid"):
            name = fileid.decode("utf-8")
            for docnum in reader.postings("fileid", fileid).all_ids():
                if not reader.is_deleted(docnum):
                    talk_of[docnum] = name
        file_doc = {talk_of[d]: d for d in searcher.docs_for_query(_FILES) if d in talk_of}
        cached = _Meta(talk_of, file_doc, {}, glossary.load(reader, cache_dir))
        setattr(searcher, _META, cached)
    return cached


def _positions(doc: dict) -> dict[str, set[int]]:
    """Where each token of a talk's title, speakers and their pinyin stands (fields kept apart)."""
    at: dict[str, set[int]] = {}
    analyzer = schema()["title"].analyzer
    for n, name in enumerate(_NAME_FIELDS):
        for t in analyzer(doc.get(name, ""), positions=True, mode="index", start_pos=1000 * n):
            at.setdefault(t.text, set()).add(t.pos)
    return at


def _named(searcher: Searcher, meta: _Meta, forms: list[tuple[str, ...]]) -> set[int]:
    """The file documents whose title or speakers hold one of the forms, tokens in a row.

    Only talks whose title or speakers hold a form's first token are read and analysed (Whoosh's
    postings say which), and each at most once per searcher.
    """
    reader = searcher.reader()
    files = set(meta.file_doc.values())
    found: set[int] = set()
    for form in forms:
        for name in _NAME_FIELDS:
            if not reader.doc_frequency(name, form[0]):
                continue
            for d in files.intersection(reader.postings(name, form[0]).all_ids()) - found:
                if d not in meta.names:
                    meta.names[d] = _positions(searcher.stored_fields(d))
                if _says(meta.names[d], [form]):
                    found.add(d)
    return found


def _says(at: dict[str, set[int]], forms: list[tuple[str, ...]]) -> bool:
    """Whether a title-and-speakers token map holds one of the forms, its tokens in a row."""
    for form in forms:
        starts = at.get(form[0], ())
        if any(all(p + i in at.get(tok, ()) for i, tok in enumerate(form)) for p in starts):
            return True
    return False


_PAGE_FIELDS = frozenset(["content"])
_NAME_FIELDS = ("title", "speakers", "speakers_pinyin", "schedule")
_FILES = Term("kind", "file")


def _docs(
    searcher: Searcher, q: Query, meta: _Meta, forms: list[tuple[str, ...]] | None, boost: float
) -> dict[int, float]:
    """Scores of the pages that say q, and of the file documents whose title or speakers do.

    Every page document carries its talk's title too, but a title should count
    once per talk, not on every page: it is matched on the talk's file document,
    for plain words in Python against the few talks' titles (cheaper than a
    Whoosh search per word), scored a name match of weight `boost`.
    """
    restricted = _restrict(q, _PAGE_FIELDS)
    found: dict[int, float] = {}
    if restricted is not NullQuery:
        found.update((d, s) for s, d in searcher.search(restricted, limit=None).top_n)
    if forms is None:  # an operator clause: Whoosh decides what its title match means
        names = _restrict(q, frozenset(_NAME_FIELDS))
        if names is not NullQuery:
            found.update((d, s) for s, d in searcher.search(names, limit=None, filter=_FILES).top_n)
    else:
        found.update((d, boost) for d in _named(searcher, meta, forms))
    return found


def _restrict(q: Query, fields: frozenset[str]) -> Query:
    if q.is_leaf():
        return q if q.field() in fields else NullQuery
    return q.apply(lambda child: _restrict(child, fields)).normalize()


class _Matches:
    __slots__ = ("found", "talks", "weights")

    def __init__(self, talks: dict[str, _Talk], weights: list[float], found: list[bool]) -> None:
        self.talks = talks
        self.weights = weights  # per concept
        self.found = found  # per concept: in the user's words or an added term, anywhere


def _match(searcher: Searcher, the_plan: query.Plan, meta: _Meta) -> _Matches:
    """Talks holding any concept, with the concepts each holds and its pages' scores."""
    talks: dict[str, _Talk] = {}
    file_docs = set(meta.file_doc.values())
    concept_docs = [
        _docs(searcher, c.query, meta, None if c.hard else c.tokens, NAME_SCORE) for c in the_plan.concepts
    ]
    # A general dictionary's translations are loose ("results" -> 结果): they stand in only for
    # words the slides do not say; kernel terms (glossary, the slides' own pairs) always join.
    the_plan.expansions = [
        e
        for e in the_plan.expansions
        if e.weight > glossary.DICTIONARY_WEIGHT or not all(concept_docs[c] for c in e.covers)
    ]
    expansion_docs = [
        _docs(searcher, e.query, meta, [e.tokens], NAME_SCORE * e.weight) for e in the_plan.expansions
    ]
    weights = _weights(the_plan, concept_docs, expansion_docs, meta, len(meta.file_doc))
    total = sum(weights) or 1.0

    def talk(docnum: int) -> _Talk | None:
        fileid = meta.talk_of.get(docnum)
        if fileid is None:
            return None
        return talks.setdefault(fileid, _Talk(fileid))

    def credit(docs: dict[int, float], covers: tuple[int, ...], expansion: int | None = None) -> None:
        # The user's words count in full, and so does a spelling of them (weight 1: sched ext as
        # SchedExt); an added equivalent counts ADDED_CREDIT.
        full = expansion is None or the_plan.expansions[expansion].weight >= 1.0
        for docnum, score in docs.items():
            t = talk(docnum)
            if t is None:
                continue
            t.has.update(covers)
            if expansion is not None:
                t.expanded.add(expansion)
            if docnum in file_docs:
                t.names += score
            else:
                page = t.pages.setdefault(docnum, _Page())
                page.score += score
                for c in covers:
                    page.credit[c] = max(page.credit.get(c, 0.0), 1.0 if full else ADDED_CREDIT)

    for n, docs in enumerate(concept_docs):
        credit(docs, (n,))
    for n, (e, docs) in enumerate(zip(the_plan.expansions, expansion_docs, strict=True)):
        credit(docs, e.covers, n)
    for bonus in the_plan.bonuses:
        for docnum, score in _docs(searcher, bonus, meta, [], 0.0).items():
            t = talk(docnum)
            if t is not None and docnum in t.pages:
                t.pages[docnum].score += score
    for t in talks.values():
        for page in t.pages.values():
            page.coverage = sum(weights[c] * credit for c, credit in page.credit.items()) / total
    excluded = {meta.talk_of.get(d) for q in the_plan.excluded for d in searcher.docs_for_query(q)}
    for fileid in excluded:
        talks.pop(fileid or "", None)
    found = [bool(d) for d in concept_docs]
    for e, docs in zip(the_plan.expansions, expansion_docs, strict=True):
        for c in e.covers:
            found[c] = found[c] or bool(docs)
    return _Matches(talks, weights, found)


def _weights(the_plan, concept_docs, expansion_docs, meta: _Meta, n_talks: int) -> list[float]:
    """Each concept's weight: how rare it is among talks (an idf over talks, not pages)."""
    holders: list[set[str]] = [{meta.talk_of.get(d, "") for d in docs} - {""} for docs in concept_docs]
    for e, docs in zip(the_plan.expansions, expansion_docs, strict=True):
        for c in e.covers:
            holders[c] |= {meta.talk_of.get(d, "") for d in docs} - {""}
    weights = []
    for c, held in zip(the_plan.concepts, holders, strict=True):
        if not held and c.artifact:
            weights.append(0.0)  # a bigram across a word boundary: no slide says it, none needs to
        else:
            weights.append(math.log(1 + max(n_talks, 1) / max(len(held), 1)))
    return weights


def _correct(searcher: Searcher, the_plan: query.Plan, matches: _Matches) -> str | None:
    """The query with each plain word that matches nothing replaced by the closest index term."""
    text, changed = the_plan.text, False
    reader = searcher.reader()
    for concept, found in zip(the_plan.concepts, matches.found, strict=True):
        word = concept.latin
        if found or word is None or len(word) < 4:
            continue
        best = None
        for name in ("content", "title", "speakers_pinyin"):
            for candidate in reader.terms_within(name, word, 2 if len(word) >= 5 else 1):
                if len(candidate) < len(word) - 1:  # eedvf is not dvf (a stem of DVFS)
                    continue
                # One slip (a swap counts as one: eedvf -> eevdf); two only in long words.
                distance = damerau_levenshtein(word, candidate)
                if distance > (2 if len(word) >= 8 else 1):
                    continue
                rank = (distance, -reader.doc_frequency(name, candidate))
                if best is None or rank < best[0]:
                    best = (rank, candidate)
        if best is not None:
            text = re.sub(rf"(?<![\w-]){re.escape(concept.label)}(?![\w-])", best[1], text, count=1)
            changed = True
    return text if changed else None


def _answer(
    searcher: Searcher,
    the_plan: query.Plan,
    meta: _Meta,
    matches: _Matches,
    *,
    limit: int,
    forum: str | None,
    pages_per_talk: int,
    marks: Marks,
    sources: set[str] | None,
    local_file: Callable[[str, str], Path],
) -> SearchResult:
    talks, weights = matches.talks, matches.weights
    total = sum(weights) or 1.0
    hard = {n for n, c in enumerate(the_plan.concepts) if c.hard}
    needed = {n for n, w in enumerate(weights) if w > 0} | hard
    candidates = [
        t for t in talks.values() if hard <= t.has and (not sources or t.fileid.split("/")[0] in sources)
    ]
    complete = [t for t in candidates if needed <= t.has]
    chosen = complete or candidates
    if forum:

        def in_forum(t: _Talk) -> bool:
            doc = searcher.stored_fields(meta.file_doc[t.fileid])
            return forum_matches(forum, doc["forum"], doc["forum_en"])

        chosen = [t for t in chosen if in_forum(t)]

    def coverage(t: _Talk) -> float:
        return sum(weights[c] for c in t.has) / total

    def score(t: _Talk) -> float:
        pages = sorted((p.score * (0.25 + p.coverage) ** 2 for p in t.pages.values()), reverse=True)
        return (pages[0] if pages else 0.0) + MORE_PAGES_WEIGHT * sum(pages[1:]) + t.names

    scored = [(round(coverage(t) / COVERAGE_STEP) if not complete else 0, score(t), t) for t in chosen]
    scored.sort(key=lambda x: (-x[0], -x[1], x[2].fileid))
    sequences = _sequences(the_plan)
    results = []
    expanded_all: dict[str, None] = {}
    for rank, (_, talk_score, t) in enumerate(scored[:limit], start=1):
        hit = _talk_hit(searcher.stored_fields(meta.file_doc[t.fileid]), local_file)
        hit.rank, hit.score = rank, talk_score
        best = sorted(t.pages.items(), key=lambda kv: (-kv[1].coverage, -kv[1].score))[:pages_per_talk]
        for docnum, page in best:
            stored = searcher.stored_fields(docnum)
            hit.pages.append(
                PageHit(
                    stored["page"],
                    page.score,
                    snippet(stored["content"], sequences, marks),
                    bool(stored.get("ocr")),
                )
            )
        hit.matched = [c.label for n, c in enumerate(the_plan.concepts) if n in t.has]
        hit.missing = [c.label for n, c in enumerate(the_plan.concepts) if n not in t.has and n in needed]
        # Not the user's words written together (weight 1): only terms the search added.
        added = [the_plan.expansions[n] for n in sorted(t.expanded)]
        hit.expanded = [e.label for e in added if e.weight < 1.0]
        expanded_all.update(dict.fromkeys(hit.expanded))
        results.append(hit)
    return SearchResult(
        query=the_plan.text,
        total=len(scored),
        results=results,
        complete=bool(complete) or not scored,
        expanded=list(expanded_all),
        ignored=the_plan.ignored,
        words=[c.label for n, c in enumerate(the_plan.concepts) if n in needed],
    )


def _talk_hit(doc, local_file: Callable[[str, str], Path]) -> TalkHit:
    return TalkHit(
        rank=0,
        source=doc["source"],
        path=doc["path"],
        title=doc["title"],
        forum=doc["forum"],
        forum_en=doc["forum_en"],
        order=doc.get("order"),
        score=0.0,
        file=str(local_file(doc["source"], doc["path"])),
        speakers=list(speakers_of(doc)),
        date=doc.get("date"),
        start=doc.get("start"),
        end=doc.get("end"),
    )


def forum_matches(wanted: str, forum: str, forum_en: str) -> bool:
    """--forum's rule, for search and talks alike: a substring of the Chinese or English name."""
    wanted = wanted.casefold()
    return wanted in forum.casefold() or wanted in forum_en.casefold()


def _sequences(the_plan: query.Plan) -> dict[tuple[str, ...], frozenset[int]]:
    """The query's words, spellings and added terms as token sequences (a phrase: several tokens),
    each with the query words it stands for."""
    found: dict[tuple[str, ...], frozenset[int]] = {}
    for n, concept in enumerate(the_plan.concepts):
        for t in concept.tokens:
            if t:
                found[t] = found.get(t, frozenset()) | {n}
    for e in the_plan.expansions:
        found[e.tokens] = found.get(e.tokens, frozenset()) | set(e.covers)
    return found


def _spans(text: str, sequences: list[tuple[str, ...]]) -> list[tuple[int, int, int]]:
    """(start, end, which sequence) for each place the page says a query word or phrase."""
    wanted = {word for seq in sequences for word in seq}
    at: dict[int, dict[str, tuple[int, int]]] = {}
    for pos, token, start, end in analysis.located(text, only=wanted):
        at.setdefault(pos, {})[token] = (start, end)
    spans = []
    for pos, tokens in at.items():
        for n, seq in enumerate(sequences):
            if seq[0] not in tokens:
                continue
            if all(word in at.get(pos + i, ()) for i, word in enumerate(seq)):
                spans.append((tokens[seq[0]][0], at[pos + len(seq) - 1][seq[-1]][1], n))
    return sorted(spans)


def snippet(text: str, sequences: dict[tuple[str, ...], frozenset[int]], marks: Marks) -> str:
    """The passage of a page that shows the most of the query's words, on one line, marked."""
    stands_for = list(sequences.values())
    spans = _spans(text, list(sequences))
    if not spans:
        return " ".join(text[:SNIPPET_CHARS].split())
    # The window starting at the span that sees the most distinct query words after it (a word and
    # its equivalents count once: "Scalable Mode … scalable-mode" is two words, not three).
    best = max(
        range(len(spans)),
        key=lambda i: len(
            frozenset().union(*(stands_for[n] for s, _, n in spans[i:] if s < spans[i][0] + SNIPPET_CHARS))
        ),
    )
    start = max(0, spans[best][0] - SNIPPET_CHARS // 4)
    end = min(len(text), start + SNIPPET_CHARS)
    merged: list[list[int]] = []
    for s, e, _ in spans:
        if s < start or e > end:
            continue
        if merged and (s <= merged[-1][1] or _JOINER.fullmatch(text[merged[-1][1] : s])):
            merged[-1][1] = max(merged[-1][1], e)  # overlapping bigrams, or words side by side
        else:
            merged.append([s, e])
    out, at = ["…" if start else ""], start
    for s, e in merged:
        out += [text[at:s], marks.before, text[s:e], marks.after]
        at = e
    out += [text[at:end], "…" if end < len(text) else ""]
    return " ".join("".join(out).split())


def matched_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where a text says the query's words, as the index cuts both into tokens, overlaps merged."""
    analyzer = schema()["content"].analyzer
    wanted = {t.text for t in analyzer(query, mode="query")} if query.strip() else set()
    merged: list[list[int]] = []
    tokens = analyzer(text, chars=True, mode="index")
    spans = sorted((t.startchar, t.endchar) for t in tokens if t.text in wanted)
    for start, end in spans:
        if merged and start <= merged[-1][1]:  # overlapping bigrams of a Chinese word
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def prepare(snapshot: Snapshot, cache_dir: Path) -> None:
    """Build the table of equivalent terms for a newly published generation, so no search waits for it."""
    glossary.prepare(snapshot._searcher.reader(), cache_dir)
