"""Query the index and answer with talks, best first, each with its best pages.

Whoosh scores slide pages (BM25F; a match in the talk's title counts more than
one in the slide text). Pages are then grouped by talk: a talk is as good as
its best page, plus a little for each further matching page, so a talk about
the subject beats one that mentions it once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh.qparser import AndGroup, MultifieldParser
from whoosh.query import NullQuery, Phrase, Term
from whoosh.searching import Searcher

from clkarchive import index
from clkarchive.errors import QueryError

TITLE_BOOST = 2.0  # also for speakers: a name in the file name is as telling as the title
# Each further matching page adds this share of its own score to its talk's.
MORE_PAGES_WEIGHT = 0.1
SNIPPET_CHARS = 160
MAX_QUERY_CHARS = 1000
_JOINER = re.compile(r"[\s\-_./]*")


@dataclass(frozen=True)
class PageHit:
    page: int
    score: float
    snippet: str = ""
    ocr: bool = False  # the page's text was read from its picture


@dataclass
class TalkHit:
    rank: int
    source: str
    path: str
    title: str
    forum: str
    forum_en: str
    order: int | None
    score: float
    file: str
    speakers: list[str] = field(default_factory=list)
    pages: list[PageHit] = field(default_factory=list)


@dataclass
class SearchResult:
    query: str
    total: int
    results: list[TalkHit]


@dataclass(frozen=True)
class Marks:
    """What a snippet puts around a matched word: ANSI bold on a terminal, ** in plain text."""

    before: str = "**"
    after: str = "**"


PLAIN = Marks()


def search(
    searcher: Searcher,
    text: str,
    *,
    local_file: Callable[[str, str], Path],
    limit: int = 10,
    forum: str | None = None,
    pages_per_talk: int = 3,
    marks: Marks = PLAIN,
    sources: set[str] | None = None,
) -> SearchResult:
    """The talks matching text, best first; sources=None searches every source."""
    query_text = " ".join(text.split())
    if not query_text:
        raise QueryError("empty query: give some words to search for")
    if len(query_text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(query_text)} characters; at most {MAX_QUERY_CHARS})")
    parser = MultifieldParser(
        ["title", "speakers", "content"],
        index.SCHEMA,
        fieldboosts={"title": TITLE_BOOST, "speakers": TITLE_BOOST},
        group=AndGroup,
    )
    query = parser.parse(query_text)
    if query is NullQuery:
        raise QueryError(f"nothing to search for in {text!r}: no words after analysis")
    talks = _talks(searcher, query, forum, sources, local_file)
    ranked = sorted(talks.values(), key=lambda t: -t.score)
    sequences = _sequences(query)
    for rank, talk in enumerate(ranked[:limit], start=1):
        talk.rank = rank
        talk.pages = [
            PageHit(p.page, p.score, snippet(p.snippet, sequences, marks), p.ocr)
            for p in talk.pages[:pages_per_talk]
        ]
    return SearchResult(query=query_text, total=len(ranked), results=ranked[:limit])


def _talks(
    searcher: Searcher,
    query,
    forum: str | None,
    sources: set[str] | None,
    local_file: Callable[[str, str], Path],
) -> dict[str, TalkHit]:
    """Every matching talk, its pages best first, scored as the module docstring says."""
    talks: dict[str, TalkHit] = {}
    for hit in searcher.search(query, filter=Term("kind", "page"), limit=None):
        talk = talks.get(hit["fileid"])
        if talk is None:
            if (forum and not _forum_matches(forum, hit)) or (sources and hit["source"] not in sources):
                continue
            talk = talks[hit["fileid"]] = _talk_hit(hit, local_file)
            talk.score = hit.score
        else:
            talk.score += MORE_PAGES_WEIGHT * hit.score
        talk.pages.append(PageHit(hit["page"], hit.score, hit["content"], bool(hit.get("ocr"))))
    return talks


def _talk_hit(hit, local_file: Callable[[str, str], Path]) -> TalkHit:
    return TalkHit(
        rank=0,
        source=hit["source"],
        path=hit["path"],
        title=hit["title"],
        forum=hit["forum"],
        forum_en=hit["forum_en"],
        order=hit.get("order"),
        score=0.0,
        file=str(local_file(hit["source"], hit["path"])),
        speakers=list(index.speakers_of(hit)),
    )


def _forum_matches(wanted: str, hit) -> bool:
    wanted = wanted.casefold()
    return wanted in hit["forum"].casefold() or wanted in hit["forum_en"].casefold()


def _sequences(query) -> list[tuple[str, ...]]:
    """The query's words as token sequences: a term is one token, a phrase several."""
    found: dict[tuple[str, ...], None] = {}
    for leaf in query.leaves():
        if isinstance(leaf, Phrase):
            found[tuple(leaf.words)] = None
        elif isinstance(leaf, Term) and isinstance(leaf.text, str):
            found[(leaf.text,)] = None
    return list(found)


def _spans(text: str, sequences: list[tuple[str, ...]]) -> list[tuple[int, int, int]]:
    """(start, end, which sequence) for each place the page says a query word or phrase."""
    at: dict[int, dict[str, tuple[int, int]]] = {}
    for t in index.SCHEMA["content"].analyzer(text, positions=True, chars=True, mode="index"):
        at.setdefault(t.pos, {})[t.text] = (t.startchar, t.endchar)
    spans = []
    for pos, tokens in at.items():
        for n, seq in enumerate(sequences):
            if seq[0] not in tokens:
                continue
            if all(word in at.get(pos + i, ()) for i, word in enumerate(seq)):
                spans.append((tokens[seq[0]][0], at[pos + len(seq) - 1][seq[-1]][1], n))
    return sorted(spans)


def snippet(text: str, sequences: list[tuple[str, ...]], marks: Marks) -> str:
    """The passage of a page that shows the most of the query's words, on one line, marked."""
    spans = _spans(text, sequences)
    if not spans:
        return " ".join(text[:SNIPPET_CHARS].split())
    # The window starting at the span that sees the most distinct query words after it.
    best = max(
        range(len(spans)),
        key=lambda i: len({n for s, _, n in spans[i:] if s < spans[i][0] + SNIPPET_CHARS}),
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
