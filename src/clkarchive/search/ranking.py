"""Query the index and answer with talks, best first, each with its best pages.

A talk matches when each concept of the query (see query.py) is somewhere in
it: its title, its speakers (or their pinyin), any of its pages, in the
user's words or in an equivalent the search added. Pages are then ranked
inside the talk by how much of the query they hold (each concept weighed by
its rarity among talks), how many words stand in a row as the query has them,
and BM25 (Whoosh's scorer). A talk scores its best page, plus a little for each
further matching page, plus its title and speaker matches.

Each concept weighs by its rarity among talks (BM25's idf): a word most talks
hold counts little, so a deck holding three generic words (内核, 版本, 实践)
does not beat the one holding the rare word the user meant. When no talk holds
every concept, the talks that hold the most of that weight, scaled by their
score, are returned as partial matches, each saying what it has and what it
lacks. Only the kinds of file asked for are shown (Archive.search: talks, not
agenda posters), and a talk's first page is the one that explains the query
(pages.py: not an outline, not a link); when a plain word matches nothing at
all, it is corrected to a word the slides write first (eedvf -> eevdf; see
corrections.py).

A search has a deadline (see limits.py): matching stops there, and the
answer says what was left out rather than keep its caller waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from clkarchive.errors import QueryError
from clkarchive.index import Snapshot, analysis, searching
from clkarchive.index.searching import Query, Reader
from clkarchive.models import (
    MAX_QUERY_CHARS,
    PLAIN,
    IndexedFile,
    Marks,
    PageHit,
    SearchResult,
    TalkHit,
)
from clkarchive.search import corrections, glossary, pages, query
from clkarchive.search.limits import passed, shown
from clkarchive.search.snippets import sequences, snippet

# Each further matching page adds this share of its own score to its talk's.
MORE_PAGES_WEIGHT = 0.1
NAME_SCORE = 8.0  # a word in a talk's title or speakers: about what a page saying it twice scores
ADDED_CREDIT = 0.5  # a page holding an added term covers that word half as well as one saying it
# Partial matches rank by score x coverage ** this: how much of the query a talk holds (by rarity)
# weighs most, but a talk with a fifth less of it still comes first with 2.5 times the score (a
# deck about the question, against one that happens to hold two of its rarer words).
COVERAGE_POWER = 4.0
_TERMS = "search.terms"  # the snapshot's table of equivalent terms, in its memo


# The search's own working records are plain classes, not dataclasses: each dataclass costs a
# compile at import, and a whole-process search pays every millisecond of its imports.


class _Page:
    __slots__ = ("coverage", "credit", "score", "translated")

    def __init__(self) -> None:
        self.score = 0.0
        self.credit: dict[int, float] = {}  # concept -> 1 (the user's word) or less (an added term)
        # Concepts it says in the other language (随机化 for randomized), which count as the user's
        # words in choosing among a talk's pages (pages.py), as do a dictionary's translations that
        # the talk's match leaves out (see _match).
        self.translated: set[int] = set()
        self.coverage = 0.0


class _Talk:
    __slots__ = ("expanded", "has", "key", "named", "names", "pages")

    def __init__(self, key: str) -> None:
        self.key = key  # the index's key of the talk
        self.has: set[int] = set()  # concepts held
        self.names = 0.0  # score of title and speaker matches
        # Concepts its title or speakers hold -> credit, a translation counting in full (as _Page.translated)
        self.named: dict[int, float] = {}
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
    kinds: frozenset[str] | None = None,
    cache_dir: Path | None = None,
    deadline: float = math.inf,
) -> SearchResult:
    """The talks matching text, best first; sources=None searches every source, kinds=None every
    kind of file (else those whose Talk.kind it holds: "slides", "agenda", "material").

    cache_dir is where the table of equivalent terms is cached (the index's folder); deadline, a
    time.monotonic() time, is when matching stops and the answer is made of what was found.
    """
    query_text = " ".join(text.split())
    if not query_text:
        raise QueryError("empty query: give some words to search for")
    if len(query_text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(query_text)} characters; at most {MAX_QUERY_CHARS})")
    reader = searching.reader(snapshot)
    started = time.monotonic()
    terms = terms_of(snapshot, reader, cache_dir)
    # Tables built for a new generation, or CC-CEDICT parsed for a new machine, are paid once, not
    # by this query: the deadline bounds the query's own work.
    deadline += time.monotonic() - started
    the_plan = query.plan(query_text, terms, reader)
    if not the_plan.concepts:
        what = "only words to exclude" if the_plan.excluded else "no words after analysis"
        raise QueryError(f"nothing to search for in {text!r}: {what}")
    notes: list[str] = []
    asked: _Asked = {}  # what the index answered, for the corrected query to reuse
    gathered = _gather(reader, the_plan, deadline, asked)
    corrected = corrections.correct(
        reader,
        the_plan,
        gathered.found,
        gathered.holders,
        gathered.weights,
        cache_dir=cache_dir,
        deadline=deadline,
        notes=notes,
    )
    if corrected is not None:
        again = query.plan(corrected, terms, reader)
        regathered = _gather(reader, again, deadline, asked)
        if regathered.left:  # the query as typed was searched whole: better than half the corrected one
            notes.append(f"out of time: did not search the corrected spelling ({corrected})")
            corrected = None
        else:
            the_plan, gathered = again, regathered
    matches = _match(reader, the_plan, gathered, deadline, asked)
    if matches.left:
        notes.append(f"out of time: did not search {'; '.join(matches.left)}")
    result = _answer(
        reader,
        the_plan,
        matches,
        limit=limit,
        forum=forum,
        pages_per_talk=pages_per_talk,
        marks=marks,
        sources=sources,
        kinds=kinds,
        local_file=local_file,
    )
    result.query, result.corrected = query_text, corrected
    result.notes = list(dict.fromkeys(the_plan.notes + notes))
    return result


def terms_of(snapshot: Snapshot, reader: Reader, cache_dir: Path | None) -> glossary.Terms:
    """The table of equivalent terms, read once per snapshot (for search and the related talks
    alike): Archive keeps its snapshot warm, so a server pays this once per index generation and
    the CLI once per run (a few milliseconds)."""
    found = snapshot.memo.get(_TERMS)
    if isinstance(found, glossary.Terms):
        return found
    terms = snapshot.memo[_TERMS] = glossary.load(reader, cache_dir)
    return terms


# (query, its forms, boost) -> _docs' answer: a corrected query asks again for every word it did not
# change, and the second asking costs as much as the first.
_Asked = dict[tuple[Query, tuple[tuple[str, ...], ...] | None, float], dict[int, float]]


def _docs(
    reader: Reader, q: Query, forms: list[tuple[str, ...]] | None, boost: float, asked: _Asked
) -> dict[int, float]:
    """Scores of the pages that say q, and of the file documents whose title or speakers do.

    Every page document carries its talk's title too, but a title should count
    once per talk, not on every page: it is matched on the talk's file document,
    for plain words in Python against the few talks' titles (cheaper than a
    Whoosh search per word), scored a name match of weight `boost`.
    """
    key = (q, None if forms is None else tuple(forms), boost)
    if key in asked:
        return asked[key]
    found = reader.page_scores(q)
    if forms is None:  # an operator clause: Whoosh decides what its title match means
        found.update(reader.name_scores(q))
    else:
        found.update((d, boost) for d in reader.naming(forms))
    asked[key] = found
    return found


class _Gathered:
    """What the index answered for a plan, before any page is scored: all a correction needs to weigh
    its candidates, so a corrected query scores the pages of its corrected form only."""

    __slots__ = (
        "concept_docs",
        "excluded",
        "expansion_docs",
        "found",
        "holders",
        "left",
        "unsaid",
        "weights",
    )

    def __init__(
        self,
        concept_docs: list[dict[int, float]],
        expansions: list[query.Expansion],
        expansion_docs: list[dict[int, float]],
        unsaid: list[tuple[int, dict[int, float]]],
        holders: list[set[str]],
        weights: list[float],
        excluded: set[str],
        left: list[str],
    ) -> None:
        self.concept_docs = concept_docs  # per concept: the documents saying it, scored
        self.expansion_docs = expansion_docs  # per added term: those the talk's match counts
        self.unsaid = unsaid  # (added term, the documents saying it that the match leaves out)
        self.weights = weights  # per concept
        self.left = left  # what the deadline left unsearched, said for a note
        self.excluded = excluded  # the talks holding a word the query excludes
        self.found = [bool(d) for d in concept_docs]  # per concept: in the user's words or an added term
        for e, docs in zip(expansions, expansion_docs, strict=True):
            for c in e.covers:
                self.found[c] = self.found[c] or bool(docs)
        # per concept: the talks holding it (in any form), the excluded ones left out
        self.holders = [keys - excluded for keys in holders] if excluded else holders


class _Matches:
    __slots__ = ("left", "talks", "weights")

    def __init__(self, talks: dict[str, _Talk], weights: list[float], left: list[str]) -> None:
        self.talks = talks
        self.weights = weights  # per concept
        self.left = left  # what the deadline left unsearched, said for a note


def _gather(reader: Reader, the_plan: query.Plan, deadline: float, asked: _Asked) -> _Gathered:
    """The documents holding each concept and each added term, each concept's weight, and which
    concepts each talk holds.

    Past the deadline the remaining concepts and expansions are dropped from the plan (the first
    concept is always searched, so there is an answer) and named in `left`."""
    talk_of = reader.talk_of
    concept_docs: list[dict[int, float]] = []
    for concept in the_plan.concepts:
        if concept_docs and passed(deadline):
            break
        forms = None if concept.hard else concept.tokens
        concept_docs.append(_docs(reader, concept.query, forms, NAME_SCORE, asked))
    left: list[str] = []
    if len(concept_docs) < len(the_plan.concepts):
        left.append(shown([c.label for c in the_plan.concepts[len(concept_docs) :]]))
        the_plan.keep(len(concept_docs))
    # A general dictionary's translations are loose ("results" -> 结果): they stand in for the
    # user's words only in the talks that do not say them (a deck in the other language: 拷贝 is
    # "copy" in an English deck, though Chinese decks say 拷贝); kernel terms (glossary, the
    # slides' own pairs) join everywhere.
    loose = any(e.weight <= glossary.DICTIONARY_WEIGHT for e in the_plan.expansions)
    saying = [{talk_of.get(d) for d in docs} for docs in concept_docs] if loose else []
    expansion_docs: list[dict[int, float]] = []
    # The pages of those talks that say the translation all the same: no part of the talk's match,
    # but where a deck says the user's word in its own language (提交 in a Chinese deck whose code
    # says submit), the page that does is about it (see _Page.said).
    unsaid: list[tuple[int, dict[int, float]]] = []
    for e in the_plan.expansions:
        if passed(deadline):
            left.append(f"{len(the_plan.expansions) - len(expansion_docs)} added terms")
            the_plan.expansions = the_plan.expansions[: len(expansion_docs)]
            break
        docs = _docs(reader, e.query, [e.tokens], NAME_SCORE * e.weight, asked)
        if e.weight <= glossary.DICTIONARY_WEIGHT:
            kept = {d: v for d, v in docs.items() if not all(talk_of.get(d) in saying[c] for c in e.covers)}
            unsaid.append((len(expansion_docs), {d: v for d, v in docs.items() if d not in kept}))
            docs = kept
        expansion_docs.append(docs)
    holders = _holders(the_plan, concept_docs, expansion_docs, talk_of)
    excluded = {talk_of.get(d, "") for q in the_plan.excluded for d in reader.matching(q)}
    weights = _weights(the_plan, holders, reader.talk_count)
    return _Gathered(
        concept_docs, the_plan.expansions, expansion_docs, unsaid, holders, weights, excluded, left
    )


def _match(
    reader: Reader, the_plan: query.Plan, gathered: _Gathered, deadline: float, asked: _Asked
) -> _Matches:
    """The talks holding any concept, with their pages' scores (runs of words in a row as the query
    has them searched as time allows)."""
    talks: dict[str, _Talk] = {}
    talk_of, file_docs = reader.talk_of, reader.file_docs
    weights, left = gathered.weights, list(gathered.left)
    total = sum(weights) or 1.0

    def talk(docnum: int) -> _Talk | None:
        key = talk_of.get(docnum)
        if key is None:
            return None
        return talks.setdefault(key, _Talk(key))

    def credit(
        docs: dict[int, float], covers: tuple[int, ...], expansion: int | None = None, matched: bool = True
    ) -> None:
        # The user's words count in full, and so does a spelling of them (weight 1: sched ext as
        # SchedExt); an added equivalent counts ADDED_CREDIT. `matched`: docs the talk's match
        # counts, else only where its pages say the words (the translations left out above).
        full = expansion is None or the_plan.expansions[expansion].weight >= 1.0
        value = 1.0 if full else ADDED_CREDIT
        across = [] if expansion is None or full else [c for c in covers if _across(the_plan, expansion, c)]
        for docnum, score in docs.items():
            t = talk(docnum)
            if t is None:
                continue
            if matched:
                t.has.update(covers)
                if expansion is not None:
                    t.expanded.add(expansion)
            if docnum in file_docs:
                t.names += score if matched else 0.0
                for c in covers:
                    t.named[c] = max(t.named.get(c, 0.0), 1.0 if c in across else value)
                continue
            page = t.pages.setdefault(docnum, _Page())
            if matched:
                page.score += score
                for c in covers:
                    page.credit[c] = max(page.credit.get(c, 0.0), value)
            page.translated.update(across)

    for n, docs in enumerate(gathered.concept_docs):
        credit(docs, (n,))
    for n, (e, docs) in enumerate(zip(the_plan.expansions, gathered.expansion_docs, strict=True)):
        credit(docs, e.covers, n)
    for n, docs in gathered.unsaid:
        credit(docs, the_plan.expansions[n].covers, n, matched=False)
    for n, bonus in enumerate(the_plan.bonuses):
        if passed(deadline):
            left.append(f"{len(the_plan.bonuses) - n} runs of words in a row")
            break
        for docnum, score in _docs(reader, bonus, [], 0.0, asked).items():
            t = talk(docnum)
            if t is not None and docnum in t.pages:
                t.pages[docnum].score += score
    # A speaker's name, once per talk however many of its spellings matched: as much as a name
    # match, whatever else the talk's speakers' field holds (BM25 would favour a talk of one speaker).
    named: dict[str, _Talk] = {}
    for n, bonus in enumerate(the_plan.name_bonuses):
        if passed(deadline):
            left.append(f"{len(the_plan.name_bonuses) - n} names as one speaker's")
            break
        # only talks a concept matched: a bonus ranks, it adds no talk
        named |= {t.key: t for d in reader.name_scores(bonus) if (t := talks.get(talk_of.get(d, "")))}
    for t in named.values():
        t.names += NAME_SCORE
    for t in talks.values():
        for page in t.pages.values():
            page.coverage = sum(weights[c] * credit for c, credit in page.credit.items()) / total
    for key in gathered.excluded:
        talks.pop(key, None)
    return _Matches(talks, weights, left)


def _across(the_plan: query.Plan, expansion: int, concept: int) -> bool:
    """Whether an added term is the concept's word in the other language (Chinese for English): a page
    saying it says the user's word, where one saying another term in the same language (SPE for
    Statistical Profiling Extension) only names it."""
    tokens = the_plan.expansions[expansion].tokens
    label = the_plan.concepts[concept].label
    return bool(tokens and label) and analysis.is_cjk(tokens[0]) != analysis.is_cjk(label)


def _holders(
    the_plan: query.Plan,
    concept_docs: list[dict[int, float]],
    expansion_docs: list[dict[int, float]],
    talk_of: Mapping[int, str],
) -> list[set[str]]:
    """Each concept's talks: those with a document holding it or an added term covering it."""
    holders: list[set[str]] = [{talk_of.get(d, "") for d in docs} - {""} for docs in concept_docs]
    for e, docs in zip(the_plan.expansions, expansion_docs, strict=True):
        for c in e.covers:
            holders[c] |= {talk_of.get(d, "") for d in docs} - {""}
    return holders


def _weights(the_plan: query.Plan, holders: list[set[str]], n_talks: int) -> list[float]:
    """Each concept's weight: how rare it is among talks (an idf over talks, not pages)."""
    weights: list[float] = []
    for concept, held in zip(the_plan.concepts, holders, strict=True):
        if not held and concept.artifact:
            weights.append(0.0)  # a bigram across a word boundary: no slide says it, none needs to
        else:
            # BM25's idf: of a hundred talks, a word in half of them counts a sixth of a word in
            # one, a word in nearly all of them next to nothing.
            n, df = max(n_talks, len(held)), len(held)
            weights.append(math.log(1 + (n - df + 0.5) / (df + 0.5)))
    return weights


def _answer(
    reader: Reader,
    the_plan: query.Plan,
    matches: _Matches,
    *,
    limit: int,
    forum: str | None,
    pages_per_talk: int,
    marks: Marks,
    sources: set[str] | None,
    kinds: frozenset[str] | None,
    local_file: Callable[[str, str], Path],
) -> SearchResult:
    talks, weights = matches.talks, matches.weights
    total = sum(weights) or 1.0
    hard = {n for n, c in enumerate(the_plan.concepts) if c.hard}
    needed = {n for n, w in enumerate(weights) if w > 0} | hard
    candidates = [
        t
        for t in talks.values()
        if hard <= t.has
        and (not sources or searching.source_of(t.key) in sources)
        and (kinds is None or reader.talk(t.key).talk.kind in kinds)
    ]
    complete = [t for t in candidates if needed <= t.has]
    chosen = complete or candidates
    if forum:

        def in_forum(t: _Talk) -> bool:
            talk = reader.talk(t.key).talk
            return forum_matches(forum, talk.forum, talk.forum_en)

        chosen = [t for t in chosen if in_forum(t)]

    def coverage(t: _Talk) -> float:
        return sum(weights[c] for c in t.has) / total

    def score(t: _Talk) -> float:
        pages = sorted((p.score * (0.25 + p.coverage) ** 2 for p in t.pages.values()), reverse=True)
        return (pages[0] if pages else 0.0) + MORE_PAGES_WEIGHT * sum(pages[1:]) + t.names

    scored = [(0.0 if complete else score(t) * coverage(t) ** COVERAGE_POWER, score(t), t) for t in chosen]
    scored.sort(key=lambda x: (-x[0], -x[1], x[2].key))
    marked = sequences(the_plan)
    results: list[TalkHit] = []
    expanded_all: dict[str, None] = {}
    for rank, (_, talk_score, t) in enumerate(scored[:limit], start=1):
        hit = _talk_hit(reader.talk(t.key), local_file)
        hit.rank, hit.score = rank, talk_score
        shown_pages = pages.shown(
            reader, t.key, t.pages, t.named, the_plan.concepts, weights, marked, pages_per_talk
        )
        for page_score, stored in shown_pages:
            hit.pages.append(
                PageHit(stored.page, page_score, snippet(stored.text, marked, marks), stored.ocr)
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


def _talk_hit(file: IndexedFile, local_file: Callable[[str, str], Path]) -> TalkHit:
    talk = file.talk
    return TalkHit(
        rank=0,
        source=file.source,
        path=talk.path,
        title=talk.title,
        forum=talk.forum,
        forum_en=talk.forum_en,
        order=talk.order,
        score=0.0,
        file=str(local_file(file.source, talk.path)),
        speakers=list(talk.speakers),
        date=talk.date,
        start=talk.start,
        end=talk.end,
    )


def forum_matches(wanted: str, forum: str, forum_en: str) -> bool:
    """--forum's rule, for search and talks alike: a substring of the Chinese or English name."""
    wanted = wanted.casefold()
    return wanted in forum.casefold() or wanted in forum_en.casefold()


def prepare(snapshot: Snapshot, cache_dir: Path) -> None:
    """Build the table of equivalent terms and count the words slides write (for corrections) for a
    newly published generation, so no search waits for them."""
    reader = searching.reader(snapshot)
    glossary.prepare(reader, cache_dir)
    reader.spelling(cache_dir)
