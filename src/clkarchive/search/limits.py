"""How much work one search may cause, so that no query, however long or odd, holds a server for seconds.

A query fans out: each plain word is a search of the index, with its
spellings and the terms the table adds; each operator clause is one more; a
prefix stands for every term it starts; a word that matches nothing is
compared with the index's vocabulary and, once corrected, the whole query is
searched again. Each of these is capped here, above what real questions use
(the evaluation queries, even with a typo in every word, plan at most 8 words
and 15 added terms, with at most 7 words to correct), and what a cap leaves
out is said in the answer's notes.

On top of the caps every search has a deadline (the config's search_timeout):
matching stops there, between one word's search and the next, and the answer
is made from what was found by then, with a note; so a search ends within
about the deadline plus the making of its answer.
"""

from __future__ import annotations

import time

MAX_WORDS = 32  # plain words planned, a Chinese run's words and bigrams included
MAX_CLAUSES = 16  # operator clauses: "phrases", a OR b, (groups), fields, prefix*, NOT and -word
MAX_PATTERNS = 8  # prefix* (or ranges) in a query: each one's terms are merged like an OR of them all
MAX_PATTERN_TERMS = 64  # index terms one pattern stands for, per field: its most frequent
MAX_PATTERN_EXAMINED = 512  # of its terms, the first ranked by frequency (each costs a lookup)
MAX_EXPANSIONS = 40  # added terms (spellings written as one, translations), the weightiest kept
MAX_CORRECTIONS = 8  # unknown words looked up for a correction, the first ones
_SHOWN = 60  # characters of the left-out words a note shows


def passed(deadline: float) -> bool:
    return time.monotonic() >= deadline


def shown(words: list[str]) -> str:
    """Left-out words for a note: the first of them, shortened."""
    text = " ".join(words)
    return text if len(text) <= _SHOWN else text[:_SHOWN].rstrip() + " …"
