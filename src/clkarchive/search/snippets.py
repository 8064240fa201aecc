"""Snippets: the passage of a page that shows the query's words, marked, and where a text says them.

Both cut text as the index does (analysis.located), so a snippet marks what
the search matched, a Chinese word's overlapping bigrams as one mark.
"""

from __future__ import annotations

import re

from clkarchive.index import analysis
from clkarchive.models import Marks
from clkarchive.search.query import Plan

SNIPPET_CHARS = 160
_JOINER = re.compile(r"[\s\-_./]*")

# A token sequence (one word, or a phrase's tokens) -> the query words it stands for.
Sequences = dict[tuple[str, ...], frozenset[int]]


def sequences(the_plan: Plan) -> Sequences:
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


def places(text: str, sequences: list[tuple[str, ...]]) -> list[tuple[int, int, int]]:
    """(start, end, which sequence) for each place the page says a query word or phrase."""
    wanted = {word for seq in sequences for word in seq}
    at: dict[int, dict[str, tuple[int, int]]] = {}
    for pos, token, start, end in analysis.located(text, only=wanted):
        at.setdefault(pos, {})[token] = (start, end)
    spans: list[tuple[int, int, int]] = []
    for pos, tokens in at.items():
        for n, seq in enumerate(sequences):
            if seq[0] not in tokens:
                continue
            if all(word in at.get(pos + i, ()) for i, word in enumerate(seq)):
                spans.append((tokens[seq[0]][0], at[pos + len(seq) - 1][seq[-1]][1], n))
    return sorted(spans)


def snippet(text: str, sequences: Sequences, marks: Marks) -> str:
    """The passage of a page that shows the most of the query's words, on one line, marked."""
    stands_for = list(sequences.values())
    spans = places(text, list(sequences))
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
    wanted = {token for _, token, _, _ in analysis.located(query, query=True)} if query.strip() else set()
    merged: list[list[int]] = []
    spans = sorted((start, end) for _, token, start, end in analysis.located(text) if token in wanted)
    for start, end in spans:
        if merged and start <= merged[-1][1]:  # overlapping bigrams of a Chinese word
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
