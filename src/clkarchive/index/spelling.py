"""The words the slides write, for correcting a typo to one of them without comparing it with every one.

A typo is corrected against surface words (the words as slides write them,
case-folded but not stemmed: "contention", "akcipher"), not the index's
stems: a stem is no word to show ("content" for contnetion, "akciph"), and it
is often further from the typo than the word is (contnetion is one swap from
contention, two edits from its stem content). Each word keeps how many
documents write it (pages, and talks for their titles and pinyin names) and
how the slides most often write it (EEVDF, Svnapot; but inline, when only a
sentence's start gives it a capital), to be shown so.

Which words lie within one or two edits of a word is asked with a swap of two
neighbouring letters counting as one edit (the optimal string alignment
distance), computed by rapidfuzz against the words of a near length, where
making the word's few hundred one-edit variants and looking each up took a
millisecond (a correction must cost less than the search it saves). At one
edit, only the words that start with the same letter are compared (about a
twentieth of them: 0.02 ms, not 0.2): a word one edit away that starts
otherwise was edited at its first letter, and the few such edits are looked
up. The variants are still made for what no list holds, the forms the
slides do not write of words they do.

Counting the words reads every stored page (about 0.2 s on three years): a
sync counts them when it publishes and writes them beside the index (store),
and a search reads that file (load), a few milliseconds.
"""

from __future__ import annotations

import contextlib
import functools
import marshal
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from clkarchive.index import analysis

_FORMAT = 1  # bump when the stored table's shape or its words' cutting change
_PREFIX = "clkarchive-spelling-"


class Vocabulary:
    """The Latin words of the slides with their document counts and written forms, for finding those
    at a given distance from a word (a Chinese word, characters no Latin word has, is never near)."""

    def __init__(self, words: dict[str, tuple[int, str, str]]) -> None:
        # case-folded word -> (documents writing it, how they most often write it, its index form)
        self._words = words
        self._by_start: dict[tuple[str, int], list[str]] = {}  # (first letter, length) -> words
        for word in words:
            self._by_start.setdefault((word[:1], len(word)), []).append(word)
        self._alphabet = "".join(sorted(set().union(*words)))  # the letters a variant may use
        self._stems: dict[str, int] | None = None
        self._cut: dict[str, list[str]] | None = None

    def __contains__(self, word: str) -> bool:
        return word.casefold() in self._words

    def __len__(self) -> int:
        return len(self._words)

    def frequency(self, word: str) -> int:
        """How many documents write the word in one of its forms (thread, threads: what the index
        finds for it)."""
        return self._by_stem().get(analysis.joined(word), 0)

    def written(self, word: str) -> str:
        """The word as the slides most often write it (a form they do not write: as it is)."""
        found = self._words.get(word.casefold())
        return found[1] if found else word

    def at(self, word: str, distance: int) -> list[str]:
        """The case-folded words exactly `distance` edits (0, 1 or 2) from word, sorted.

        At one edit, when the slides write no such word, the forms no slide writes of a word one
        does, an ending added or dropped (threads for threas, where the slides say thread): the
        form the user meant, which the index finds. A shared stem alone is no proof (coverence
        stems to cover)."""
        word = word.casefold()
        if distance == 0:
            return [word] if word in self._words else []
        # Imported here: rapidfuzz takes about 20 ms to import, a tenth of a search from the command
        # line, and only a query with a word the index lacks needs it.
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        sizes = range(max(1, len(word) - distance), len(word) + distance + 1)
        if distance == 1 and word:
            lists = [self._by_start.get((word[0], size), []) for size in sizes]
        else:
            lists = [self._by_length.get(size, []) for size in sizes]
        near = {
            other
            for choices in lists
            for other, _, _ in process.extract_iter(word, choices, scorer=OSA.distance, score_cutoff=distance)
        }
        if distance == 2:
            near = {other for other in near if OSA.distance(word, other) == 2}
        elif word:
            # Those edited at the first letter: it dropped, replaced or swapped with the next, or
            # one put before it.
            head, tail = word[0], word[1:]
            edited = [tail, *(c + tail for c in self._alphabet), *(c + word for c in self._alphabet)]
            if tail:
                edited.append(tail[0] + head + tail[1:])
            near.update(other for other in edited if other in self._words and other[:1] != head)
        near.discard(word)
        if distance == 1 and not near:
            return self._unwritten(word)
        return sorted(near)

    @functools.cached_property
    def _by_length(self) -> dict[int, list[str]]:
        """The words by length, for finding those two edits away (whose first letter may differ)."""
        found: dict[int, list[str]] = {}
        for word in self._words:
            found.setdefault(len(word), []).append(word)
        return found

    def _unwritten(self, word: str) -> list[str]:
        """The forms one edit from word that no slide writes, of words one does (a few hundred
        variants looked up: the slower way, taken only when no written word is that near)."""
        words, shorter, found = self._words, self._shorter(), set()
        for v in set(_variants(word, self._alphabet)) - {word}:
            bases = [b for b in (v[:-1], v[:-2]) if b in words] + shorter.get(v, [])
            if bases and any(words[b][2] == analysis.joined(v) for b in bases):
                found.add(v)
        return sorted(found)

    def _shorter(self) -> dict[str, list[str]]:
        """Each word with one or two of its last letters dropped, and the words it was (thread for
        threads, threade)."""
        if self._cut is None:
            self._cut = {}
            for word in self._words:
                for cut in (word[:-1], word[:-2]):
                    if len(cut) >= 3:
                        self._cut.setdefault(cut, []).append(word)
        return self._cut

    def _by_stem(self) -> dict[str, int]:
        """Each index form (stemmed, a compound joined) with the documents writing its forms (a
        document counted once per form: about right, and only used to rank)."""
        if self._stems is None:
            self._stems = {}
            for n, _, stem in self._words.values():
                self._stems[stem] = self._stems.get(stem, 0) + n
        return self._stems


def count(documents: Iterable[str]) -> Vocabulary:
    """The Latin words of each document's text, and of its compounds' parts (shrinker_rwsem also
    writes rwsem), each counted once per document; those with no letter (numbers) are left out."""
    held: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    for text in documents:
        written: set[str] = set()
        for word in analysis.words(text):
            if not analysis.is_cjk(word):
                written.add(word)
                written.update(analysis._PART.findall(word))
        written = {w for w in written if any(c.isalpha() for c in w)}
        forms.update(written)
        held.update({w.casefold() for w in written})
    shown: dict[str, str] = {}
    for form, _ in forms.most_common():
        shown.setdefault(form.casefold(), form)
    for word, form in shown.items():
        if form != word and form[1:] == word[1:] and word in forms:
            shown[word] = word  # Inline at a bullet's start but inline inside one: the word is inline
    return Vocabulary({word: (n, shown[word], analysis.joined(word)) for word, n in held.items()})


def path(folder: Path, generation: int) -> Path:
    """Where the words of an index generation are kept: beside the index."""
    return folder / f"{_PREFIX}{generation}"


def load(at: Path) -> Vocabulary | None:
    """The words stored at `at`, or None when there are none of this format (then they are counted)."""
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        form, words = marshal.loads(at.read_bytes())
        if form == _FORMAT and isinstance(words, dict):
            return Vocabulary(words)
    return None


def store(vocabulary: Vocabulary, at: Path) -> None:
    """Write the words whole or not at all, and drop those of earlier generations. A folder we
    cannot write (a read-only index) only costs each new process the counting."""
    tmp = at.with_name(f".{at.name}.{os.getpid()}")
    try:
        tmp.write_bytes(marshal.dumps((_FORMAT, vocabulary._words)))
        tmp.replace(at)
        for old in at.parent.glob(f"{_PREFIX}*"):
            if old != at:
                old.unlink(missing_ok=True)
    except OSError:
        tmp.unlink(missing_ok=True)


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
