"""Near spellings of a word among a field's terms, found without comparing the word with every term.

Correcting a typo asks which index terms lie within one or two edits of a
word, a swap of two neighbouring letters counting as one edit (the optimal
string alignment distance, which is what Whoosh's damerau_levenshtein
computes). Whoosh's terms_within answers by computing that distance against
every term of the field in Python when the index has several segments, a
third of a second a word on three years. Here a field's terms are held once
per snapshot; one edit is found by making the word's one-edit variants (a
few hundred) and looking each up; two edits, asked only for long words that
have no nearer term, by computing the distance against the terms of a near
length whose letters could match (each edit changes at most two of the set of
letters a word uses).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from clkarchive.index import analysis


class Vocabulary:
    """The Latin terms of one field, for finding those at a given distance from a Latin word of
    three letters or more (a Chinese term, one or two characters no Latin word has, is at least
    three edits from it)."""

    def __init__(self, terms: Iterable[str]) -> None:
        self._terms = {t for t in terms if not analysis.is_cjk(t)}
        self._by_length: dict[int, list[str]] = {}
        for term in self._terms:
            self._by_length.setdefault(len(term), []).append(term)
        self._alphabet = "".join(sorted(set().union(*self._terms)))  # the letters a variant may use
        self._letters: dict[int, list[tuple[str, frozenset[str]]]] = {}  # length -> terms with their letters

    def at(self, word: str, distance: int) -> list[str]:
        """The terms exactly `distance` edits (0, 1 or 2) from word, in the index's order."""
        if distance == 0:
            return [word] if word in self._terms else []
        if distance == 1:
            return sorted({v for v in _variants(word, self._alphabet) if v in self._terms} - {word})
        used = frozenset(word)
        found = [
            term
            for size in range(max(1, len(word) - distance), len(word) + distance + 1)
            for term, letters in self._with_letters(size)
            if len(used ^ letters) <= 2 * distance and osa(word, term, distance) == distance
        ]
        return sorted(found)

    def _with_letters(self, size: int) -> list[tuple[str, frozenset[str]]]:
        found = self._letters.get(size)
        if found is None:
            found = self._letters[size] = [(t, frozenset(t)) for t in self._by_length.get(size, [])]
        return found


def _variants(word: str, alphabet: str) -> Iterator[str]:
    """Every string one edit from word: a letter deleted, two neighbours swapped, one replaced or
    one inserted."""
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            yield head + tail[1:]
            if len(tail) > 1:
                yield head + tail[1] + tail[0] + tail[2:]
            yield from (head + c + tail[1:] for c in alphabet)
        yield from (head + c + tail for c in alphabet)


def osa(a: str, b: str, limit: int) -> int:
    """The optimal string alignment distance of a and b (a swap of neighbours is one edit), or
    limit + 1 as soon as it is sure to be more than limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if cost and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], before[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        before, previous = previous, row
    return min(previous[-1], limit + 1)
