"""Query the index and answer with talks, best first, each with its best pages.

Whoosh scores slide pages (BM25F; a match in the talk's title counts more than
one in the slide text). Pages are then grouped by talk: a talk is as good as
its best page, plus a little for each further matching page, so a talk about
the subject beats one that mentions it once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import highlight
from whoosh.qparser import AndGroup, MultifieldParser
from whoosh.query import NullQuery, Term

from clkarchive import index
from clkarchive.config import Config
from clkarchive.errors import QueryError

TITLE_BOOST = 2.0
# Each further matching page adds this share of its own score to its talk's.
MORE_PAGES_WEIGHT = 0.1
SNIPPET_CHARS = 160
MAX_QUERY_CHARS = 1000


@dataclass(frozen=True)
class PageHit:
    page: int
    score: float
    snippet: str = ""


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


def search(
    config: Config,
    text: str,
    limit: int = 10,
    forum: str | None = None,
    pages_per_talk: int = 3,
    marks: Marks = Marks(),
) -> SearchResult:
    query_text = " ".join(text.split())
    if not query_text:
        raise QueryError("empty query: give some words to search for")
    if len(query_text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(query_text)} characters; at most {MAX_QUERY_CHARS})")
    ix = index.open_index(config.index_dir)
    parser = MultifieldParser(
        ["title", "content"], index.SCHEMA, fieldboosts={"title": TITLE_BOOST}, group=AndGroup
    )
    query = parser.parse(query_text)
    if query is NullQuery or not list(query.all_terms()):
        raise QueryError(f"nothing to search for in {text!r}: no words after analysis")

    with ix.searcher() as searcher:
        hits = searcher.search(query, filter=Term("kind", "page"), limit=None)
        talks: dict[str, TalkHit] = {}
        for hit in hits:
            talk = talks.get(hit["fileid"])
            if talk is None:
                if forum and not _forum_matches(forum, hit):
                    continue
                talk = talks[hit["fileid"]] = _talk_hit(config, hit)
                talk.score = hit.score
            else:
                talk.score += MORE_PAGES_WEIGHT * hit.score
            talk.pages.append(PageHit(hit["page"], hit.score, hit["content"]))

    ranked = sorted(talks.values(), key=lambda t: -t.score)
    terms = {text for _, text in query.all_terms()}
    for rank, talk in enumerate(ranked[:limit], start=1):
        talk.rank = rank
        talk.pages = [
            PageHit(p.page, p.score, snippet(p.snippet, terms, marks)) for p in talk.pages[:pages_per_talk]
        ]
    return SearchResult(query=query_text, total=len(ranked), results=ranked[:limit])


def _talk_hit(config: Config, hit) -> TalkHit:
    source = next((s for s in config.sources if s.name == hit["source"]), None)
    mirror = config.mirror_of(source) if source else config.mirror_dir / hit["source"]
    return TalkHit(
        rank=0,
        source=hit["source"],
        path=hit["path"],
        title=hit["title"],
        forum=hit["forum"],
        forum_en=hit["forum_en"],
        order=hit.get("order"),
        score=0.0,
        file=str(Path(mirror, hit["path"]).resolve()),
    )


def _forum_matches(wanted: str, hit) -> bool:
    wanted = wanted.casefold()
    return wanted in hit["forum"].casefold() or wanted in hit["forum_en"].casefold()


class _MergingFormatter(highlight.Formatter):
    """Marks matched words, merging overlapping and adjacent ones.

    Chinese is indexed as overlapping bigrams, so 内存压缩 matches as 内存, 存压
    and 压缩; a reader wants one highlighted word, not three.
    """

    def __init__(self, marks: Marks) -> None:
        self.marks = marks
        self.between = ""

    def format_fragment(self, fragment, replace=False) -> str:
        text = fragment.text
        spans: list[list[int]] = []
        for t in sorted(fragment.matches, key=lambda t: t.startchar):
            if spans and t.startchar <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], t.endchar)
            else:
                spans.append([t.startchar, t.endchar])
        out, at = [], fragment.startchar
        for start, end in spans:
            out += [text[at:start], self.marks.before, text[start:end], self.marks.after]
            at = end
        out.append(text[at : fragment.endchar])
        return "".join(out)


def snippet(text: str, terms: set[str], marks: Marks) -> str:
    """The best passage of a page around the query's words, on one line."""
    fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=SNIPPET_CHARS // 3)
    found = highlight.highlight(
        text,
        terms,
        index.SCHEMA["content"].analyzer,
        fragmenter,
        _MergingFormatter(marks),
        top=1,
        mode="index",
    )
    return re.sub(r"\s+", " ", found or text[:SNIPPET_CHARS]).strip()
