"""Did you mean: a plain word that matches nothing is corrected to a word the slides write.

Only a word that nothing matches (in any field, spelling or language) is
corrected, so a word the index holds is never changed. Its candidates are the
slides' own words (see index/spelling.py), not the index's stems, and are
shown as the slides write them: "lock contnetion" becomes "lock contention",
not "lock content". The nearest candidates win (one edit, a swap of two
neighbours counting as one, which also reaches a form no slide writes of a
word one does; two in words of eight letters or more, keeping the first
letter); among those, the one whose talks hold the most of the query's other
words (by their rarity: the corrected query should find a talk that has it
all), then the one more documents write. A query of one word is corrected the
same way, by frequency alone.

A word the slides do not write may still be a real English word (coherence,
unaligned, goes): changed into the nearest word they do write (conference,
unsigned, goed) it would ask for something the user did not mean. So a word
CC-CEDICT's English glosses write, or an inflection of one (goes: go;
unaligned: aligned), is corrected only when the correction makes the query
whole, some talk holding the corrected word with every other word of the
query, which a real typo of a word the talk is about does (memory tiring:
tiering) and an unrelated near word almost never does; alone, it is left as
typed. The dictionary tells real words only roughly (it also writes teh and
occured): it decides how sure a correction must be, not whether to look.

A correction must cost less than the search it rescues (a misspelt query at
most twice its corrected one): the nearest words are found by rapidfuzz (see
index/spelling.py), the dictionary stays open, the talks of at most
MAX_CANDIDATES candidates are weighed, and the query as typed is only matched,
not scored (ranking.py): its pages are scored once, under the corrected form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from clkarchive.index.searching import Reader
from clkarchive.index.spelling import Vocabulary
from clkarchive.search import glossary, query
from clkarchive.search.limits import MAX_CORRECTIONS, passed, shown

SHORTEST = 4  # a shorter word is one edit from too many others to guess which was meant
TWO_EDITS = 8  # words this long may hold two slips
# Endings an English word takes (goes, decided, handling, allocations) and prefixes it is negated or
# repeated with (unaligned, reread): a form the dictionary's glosses do not write of one they do.
_ENDINGS: tuple[tuple[str, str], ...] = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""))
_ENDINGS += (("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("ly", ""), ("est", ""), ("ation", "e"))
_PREFIXES = ("", "un", "non", "re", "pre")
MAX_CANDIDATES = 12  # nearest words weighed by what their talks hold, the most written first


def correct(
    reader: Reader,
    the_plan: query.Plan,
    found: Sequence[bool],
    holders: Sequence[set[str]],
    weights: Sequence[float],
    *,
    cache_dir: Path | None,
    deadline: float,
    notes: list[str],
) -> str | None:
    """The query with each plain word that matches nothing replaced by the slides' nearest word (the
    first MAX_CORRECTIONS such words, as time allows); None when nothing was corrected.

    found says which concepts matched anything; holders, which talks (by key) hold each concept;
    weights, how rare each concept is."""
    unknown = [
        (n, concept)
        for n, (concept, held) in enumerate(zip(the_plan.concepts, found, strict=True))
        if not held and concept.latin is not None and len(concept.label) >= SHORTEST
    ]
    if not unknown:
        return None
    if len(unknown) > MAX_CORRECTIONS:
        notes.append(
            f"looked for the spelling of the first {MAX_CORRECTIONS} of {len(unknown)} unknown words"
        )
    words = reader.spelling(cache_dir)
    others = [n for n, held in enumerate(found) if held]
    real = _english([c.label for _, c in unknown[:MAX_CORRECTIONS]])
    text, changed = the_plan.text, False
    for i, (n, concept) in enumerate(unknown[:MAX_CORRECTIONS]):
        if passed(deadline):  # the query as typed is still searched whole
            notes.append(f"out of time: did not correct {shown([c.label for _, c in unknown[i:]])}")
            break
        best = _best(
            reader,
            words,
            concept.label,
            [c for c in others if c != n],
            holders,
            weights,
            concept.label in real,
        )
        if best is not None:
            text = re.sub(rf"(?<![\w-]){re.escape(concept.label)}(?![\w-])", best, text, count=1)
            changed = True
    return text if changed else None


def _best(
    reader: Reader,
    words: Vocabulary,
    typed: str,
    others: list[int],
    holders: Sequence[set[str]],
    weights: Sequence[float],
    real: bool = False,
) -> str | None:
    """The word meant by a typed word, as the slides write it, or None; for a real English word,
    only a word some talk holds with all the others.

    Among the nearest candidates, the one whose talks hold the most of the query's other words wins,
    then the one more documents write (in any of its forms). Co-occurrence only ranks: it is seen in
    the slides' own words, and a talk may hold the meant word in Chinese only (容器, not container),
    which the corrected query then finds through its translations."""
    if typed in words:
        return None
    nearest = words.at(typed, 1)
    if not nearest and len(typed) >= TWO_EDITS:
        # Two slips, but not at the start: a word that differs there is another word (unaligned and
        # aligned), and people seldom mistype a first letter.
        nearest = [w for w in words.at(typed, 2) if w[0] == typed[0].casefold()]
    nearest = sorted(nearest, key=lambda w: (-words.frequency(w), w))[:MAX_CANDIDATES]

    def together(word: str) -> float:
        """The most of the query's other words (by weight) one talk holding word holds."""
        if not others:
            return 0.0
        talks = reader.talks_with(word)
        return max((sum(weights[c] for c in others if key in holders[c]) for key in talks), default=0.0)

    scored = [(together(w), words.frequency(w), w) for w in nearest]
    if real:
        whole = sum(weights[c] for c in others) - 1e-9
        scored = [s for s in scored if others and s[0] >= whole]
    if not scored:
        return None
    best = max(scored)[:2]
    # The forms of the winning word (thread, threads): the one nearest the typed word's length, then
    # one the slides write, then the more written.
    forms = [w for t, f, w in scored if (t, f) == best]
    shown = min(forms, key=lambda w: (abs(len(w) - len(typed)), w not in words, w))
    return words.written(shown)


def _english(typed: list[str]) -> set[str]:
    """Those of the typed words that are English words or their inflections (see the module's
    docstring); none without the dictionary (a machine whose sync could not cache CC-CEDICT)."""
    dictionary = glossary.Dictionary.open()
    plain = [w for w in typed if w.isascii() and w.isalpha()]
    if dictionary is None or not plain:
        return set()
    bases = {w: _bases(w.casefold()) for w in plain}
    known = dictionary.english({b for forms in bases.values() for b in forms})
    return {w for w, forms in bases.items() if forms & known}


def _bases(word: str) -> set[str]:
    """The word and the words it may be a form of (going: go, goe; unaligned: aligned, align)."""
    out: set[str] = set()
    for prefix in _PREFIXES:
        if not word.startswith(prefix) or len(word) - len(prefix) < 3:
            continue
        stem = word[len(prefix) :]
        out.add(stem)
        for ending, base in _ENDINGS:
            if stem.endswith(ending) and len(stem) - len(ending) >= 2:
                root = stem[: -len(ending)]
                out.add(root + base)
                if len(root) > 2 and root[-1] == root[-2]:  # stopped, planning: stop, plan
                    out.add(root[:-1])
    return out
