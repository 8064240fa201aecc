"""The tokenizer that makes mixed Chinese and English slides searchable.

Chinese has no spaces, so runs of CJK characters are cut into overlapping
bigrams (内存压缩 -> 内存 存压 压缩), as Lucene's CJKAnalyzer and Recoll do. A
query's bigrams become a phrase, so 内存压缩 matches only those four
characters in a row. Indexing also emits each character alone, so a
one-character query (锁) still finds something. We chose bigrams over a
dictionary segmenter (jieba) because they need no dictionary load at start-up
(search must answer at once) and never miss a word the dictionary lacks:
kernel jargon and people's names (宋恺睿) are exactly such words.

Latin words are case-folded and stemmed with Snowball's English stemmer (Porter2:
folios -> folio, parallelizing -> parallel). Compounds
joined by - _ . or / (dma-buf, cpufreq_ext, RISC-V, I/O) are indexed as their
parts and as the joined word, all at one position; a query uses the joined
word only, so "RISC-V" also finds "riscv" and "buf" still finds "dma-buf".

Whoosh pickles the schema, so everything here is a module-level class.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterator

import Stemmer
from whoosh.analysis import Token, Tokenizer

# Kana, CJK ideographs (and extension A), Hangul, compatibility ideographs.
_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF))
CJK_RANGE = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES)
_LATIN = "0-9A-Za-z\u00c0-\u024f"
_TOKEN = re.compile(rf"[{_LATIN}]+(?:[-_./][{_LATIN}]+)*|[{CJK_RANGE}]+")
_PART = re.compile(rf"[{_LATIN}]+")


def is_cjk(text: str) -> bool:
    """Whether text starts with a CJK character. A range test, not a regex: Python compiles a
    character class this wide in about 2.5 ms, at every start of every search."""
    code = ord(text[0]) if text else 0
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


class MixedTokenizer(Tokenizer):  # type: ignore[misc]  # Whoosh ships no types
    """CJK bigrams plus Latin words and compounds; see the module docstring."""

    # Bumped whenever the same text would give other tokens: the index pickles this object in its
    # schema, so index._current sees which version wrote an index; another version's is rebuilt by
    # the next sync (until then a search says to sync) rather than searched for tokens it lacks.
    VERSION = 2  # 2: Snowball's stemmer instead of Whoosh's Porter

    def __init__(self) -> None:
        super().__init__()
        self.version = self.VERSION

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and getattr(other, "version", 1) == getattr(self, "version", 1)

    def __hash__(self) -> int:
        return hash((type(self), getattr(self, "version", 1)))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, text, start, end in located(value, mode == "query"):
            t.text = text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = text
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


def located(
    value: str, query: bool = False, only: Collection[str] | None = None
) -> Iterator[tuple[int, str, int, int]]:
    """(position, text, start, end) of each token of value, at the positions the index records.

    A Latin word takes one position (its parts share it); a CJK run takes one per character, and
    its character i and bigram i both sit at the run's first position + i (a query's run has only
    the bigrams). With `only`, just those tokens are yielded, and a CJK run is searched for them
    rather than cut up: snippets tokenize whole pages at every search, and that is most of their
    time."""
    cjk_only = None if only is None else [w for w in only if is_cjk(w)]
    pos = 0
    for match in _TOKEN.finditer(value):
        word, start = match.group(), match.start()
        if word[0] >= "\u3040":  # a CJK run: every Latin character _TOKEN takes comes before
            yield from (
                _cjk(word, pos, start, query) if cjk_only is None else _cjk_found(word, pos, start, cjk_only)
            )
            pos += max(1, len(word) - 1) if query else len(word)
            continue
        if word.isalnum():  # one part, as most words are: the fast path
            joined, parts = stem(word.lower()), []
        else:
            parts = list(_PART.finditer(word))
            joined = stem("".join(p.group() for p in parts).lower())
        if not query and len(parts) > 1:
            for p in parts:
                part = stem(p.group().lower())
                if only is None or part in only:
                    yield pos, part, start + p.start(), start + p.end()
        if only is None or joined in only:
            yield pos, joined, start, match.end()
        pos += 1


def _cjk(run: str, pos: int, start: int, query: bool) -> Iterator[tuple[int, str, int, int]]:
    if len(run) == 1:
        yield pos, run, start, start + 1
        return
    for i in range(len(run) - 1):
        if not query:
            yield pos + i, run[i], start + i, start + i + 1
        yield pos + i, run[i : i + 2], start + i, start + i + 2
    if not query:
        yield pos + len(run) - 1, run[-1], start + len(run) - 1, start + len(run)


def _cjk_found(run: str, pos: int, start: int, tokens: list[str]) -> Iterator[tuple[int, str, int, int]]:
    """What _cjk would yield of tokens (characters or bigrams), found by str.find."""
    for token in tokens:
        i = run.find(token)
        while i >= 0:
            yield pos + i, token, start + i, start + i + len(token)
            i = run.find(token, i + 1)


def latin_parts(word: str) -> list[str]:
    """A Latin compound as the index spells its parts, case-folded and stemmed (dm-verity -> dm, verity)."""
    return [stem(p.group().lower()) for p in _PART.finditer(word)]


def joined(word: str) -> str:
    """A Latin compound as one index term, as a query word is looked up (dm-verity -> dmverity)."""
    return stem("".join(p.group() for p in _PART.finditer(word)).lower())


def words(text: str) -> Iterator[str]:
    """The Latin compounds and CJK runs of text, as the tokenizer cuts them."""
    return (m.group() for m in _TOKEN.finditer(text))


def bigrams(run: str) -> list[str]:
    """A CJK run as the index holds it in a row: its bigrams, or the character alone."""
    return [run[i : i + 2] for i in range(len(run) - 1)] or [run]


# Stemming inside the tokenizer, not as a Whoosh StemFilter after it, spares
# the Chinese tokens (most of them) a pass through the filter: a third less
# time to make a query's snippets. Not Whoosh's own Porter stemmer: it never
# applies Porter's "-iz(ing) -> -ize" rule (its pattern is anchored at the
# word's start), so "parallelizing" stayed "paralleliz" and missed "parallel".
stem: Callable[[str], str] = functools.lru_cache(maxsize=65536)(Stemmer.Stemmer("english").stemWord)


def MixedAnalyzer() -> MixedTokenizer:
    """The analyzer for every text field."""
    return MixedTokenizer()
