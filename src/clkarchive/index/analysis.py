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
Paths, URLs and code name things by a piece of the compound (fs/f2fs/data.c
by data.c, /sys/block/sda/queue/max_discard_segments by max_discard_segments,
net.core.somaxconn by somaxconn), so a compound is also indexed by the joined
pieces a query may name: every run of up to three parts inside a piece
between / and . (snake_case names: transparent_hugepage in
CONFIG_TRANSPARENT_HUGEPAGE), every run of up to three such pieces, and every
leading and trailing run. A run that is only digits is left out (2/4/8 is no
"48"), so that a bare number matches no more than it did.

Sizes and versions are written many ways: 4K, 4k, 4KB, 4 KB and 4 KiB are all
the token "4k" (K, M, G and T), and a version keeps its dots without its v
(v6.6 and 6.6 are "6.6", never the number 66; 6.6.12 is also "6.6"). A number
followed by a unit word (4 KB) is one word, indexed with its parts "4" and
"kb" as it was; a unit written fused (4KB) is "4k" alone, so that a bare 4
matches no page it did not.

Some PDFs space out the letters of their Latin words (k s w a p d, M e m o r y,
m b _ o p t i m i z e _ s c a n): each letter is a word to the extractor. A run
of three or more single letters, digits or underscores, one space apart and
holding a letter, is also indexed as the word it spells (kswapd, memory, CPU,
mb_optimize_scan with its parts), at the first letter's position, so the page
is found by the word; its letters stay as they were.

Whoosh pickles the schema, so everything here is a module-level class.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterator
from typing import NamedTuple

import Stemmer
from whoosh.analysis import Token, Tokenizer

from clkarchive._version import TOKENIZER_VERSION

# Kana, CJK ideographs (and extension A), Hangul, compatibility ideographs.
_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF))
CJK_RANGE = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES)
_LATIN = "0-9A-Za-z\u00c0-\u024f"
_SPACED_UNIT = rf"[0-9]+ [KMGTkmgt](?:[iI]?[bB])?(?![{_LATIN}])"  # 4 KB, 2 MiB: one word
_TOKEN = re.compile(rf"(?:{_SPACED_UNIT}|[{_LATIN}]+)(?:[-_./][{_LATIN}]+)*|[{CJK_RANGE}]+")
_PART = re.compile(rf"[{_LATIN}]+")
_UNIT = re.compile(r"([0-9]+) ?([KMGTkmgt])(?:[iI]?[bB])?")
_VERSION_HEAD = re.compile(r"[vV]?[0-9]+")
# Three or more single characters one space apart (k s w a p d), alone between spaces; not digits only.
_SPELT = re.compile(r"(?<!\S)[0-9A-Za-z](?: [0-9A-Za-z_]){2,}(?!\S)")
STRONG = "/."  # what separates the pieces of a path, a host name or a dotted setting
RUN = 3  # a run of up to this many parts or pieces is indexed wherever it stands


def is_cjk(text: str) -> bool:
    """Whether text starts with a CJK character. A range test, not a regex: Python compiles a
    character class this wide in about 2.5 ms, at every start of every search."""
    code = ord(text[0]) if text else 0
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


class MixedTokenizer(Tokenizer):  # type: ignore[misc]  # Whoosh ships no types
    """CJK bigrams plus Latin words and compounds; see the module docstring."""

    # Bumped whenever the same text would give other tokens (in _version.py): the index pickles this
    # object in its schema, so schema.current sees which version wrote an index, and a sync's summary
    # names it too (published.py), so that the next sync opens another version's index and rebuilds
    # it (until then a search says to sync) rather than searching it for tokens it lacks.
    VERSION = TOKENIZER_VERSION

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
    spelt = {} if query or " " not in value else _spelt(value)
    pos = 0
    for match in _TOKEN.finditer(value):
        word, start = match.group(), match.start()
        if start in spelt:
            end, tokens = spelt[start]
            yield from ((pos, t, start, end) for t in tokens if only is None or t in only)
        if word[0] >= "\u3040":  # a CJK run: every Latin character _TOKEN takes comes before
            yield from (
                _cjk(word, pos, start, query) if cjk_only is None else _cjk_found(word, pos, start, cjk_only)
            )
            pos += max(1, len(word) - 1) if query else len(word)
            continue
        if word.isalnum() and not (word[0] <= "9" and _UNIT.fullmatch(word)):  # most words: the fast path
            token = stem(word.lower())
            if only is None or token in only:
                yield pos, token, start, match.end()
        elif query:
            yield pos, joined(word), start, match.end()
        else:
            for token, s, e in _compound(word):
                if only is None or token in only:
                    yield pos, token, start + s, start + e
        pos += 1


def _spelt(value: str) -> dict[int, tuple[int, list[str]]]:
    """The runs of letters spaced out (see the module docstring): first letter's offset -> (the run's
    end, the tokens of the word it spells)."""
    found: dict[int, tuple[int, list[str]]] = {}
    for m in _SPELT.finditer(value):
        word = m.group().replace(" ", "")
        if word.replace("_", "").isdigit():
            continue  # 1 2 3 4: a row of numbers, not a word
        bare = word.strip("_")
        tokens = [stem(bare.lower())] if bare.isalnum() else [t for t, _, _ in _compound(bare)]
        found[m.start()] = (m.end(), tokens)
    return found


class _Atom(NamedTuple):
    """One part of a Latin compound as joins spell it (a version or a size counts as one part)."""

    base: str  # case-folded, unstemmed: "data", "6.6", "4k"
    start: int
    end: int
    strong: bool  # a / or . before it: it begins a piece of a path, a host or a dotted name
    spoken: tuple[re.Match[str], ...] = ()  # what a version or a spaced size is written as


def _atoms(word: str) -> list[_Atom]:
    found = list(_PART.finditer(word))
    atoms: list[_Atom] = []
    i = 0
    while i < len(found):
        m, text = found[i], found[i].group()
        strong = i > 0 and word[found[i - 1].end()] in STRONG
        j = i
        if text[-1] <= "9" and _VERSION_HEAD.fullmatch(text):
            while j + 1 < len(found) and word[found[j].end()] == "." and found[j + 1].group().isdigit():
                j += 1
        if j > i:  # v6.6, 5.10.3
            base = ".".join([text.lstrip("vV"), *(f.group() for f in found[i + 1 : j + 1])])
            atoms.append(_Atom(base, m.start(), found[j].end(), strong, tuple(found[i : j + 1])))
            i = j + 1
            continue
        spaced = i + 1 < len(found) and word[m.end()] == " "  # 4 KB: _TOKEN joins nothing else by a space
        end = found[i + 1].end() if spaced else m.end()
        unit = _UNIT.fullmatch(word, m.start(), end) if text[0] <= "9" else None
        if unit:
            spoken = tuple(found[i : i + 2]) if spaced else ()
            atoms.append(_Atom(unit[1] + unit[2].lower(), m.start(), end, strong, spoken))
            i += 2 if spaced else 1
            continue
        atoms.append(_Atom(text.lower(), m.start(), m.end(), strong))
        i += 1
    return atoms


@functools.lru_cache(maxsize=65536)
def _compound(word: str) -> tuple[tuple[str, int, int], ...]:
    """(token, start, end) of each token the index keeps for a compound (see the module docstring),
    each once. Kept per word: snippets cut whole pages at every search, and the same pages come up
    again and again."""
    atoms = _atoms(word)
    found: dict[str, tuple[str, int, int]] = {}

    def emit(token: str, start: int, end: int) -> None:
        found.setdefault(token, (token, start, end))

    for a in atoms:
        for m in a.spoken:
            emit(stem(m.group().lower()), m.start(), m.end())
        emit(stem(a.base), a.start, a.end)
        if a.spoken and "." in a.base:  # 6.6.12 is also 6.6
            numbers = a.base.split(".")
            for k in range(2, len(numbers)):
                emit(".".join(numbers[:k]), a.start, a.end)
    pieces = [n for n, a in enumerate(atoms) if n == 0 or a.strong] + [len(atoms)]
    runs: set[tuple[int, int]] = set()  # [first, last) atoms
    for p, q in itertools.pairwise(pieces):
        runs.update((i, j) for i in range(p, q) for j in range(i + 2, min(q, i + RUN) + 1))
    last = len(pieces) - 1
    for x in range(last):
        for y in range(x + 1, last + 1):
            if y - x <= RUN or x == 0 or y == last:
                runs.add((pieces[x], pieces[y]))
    for i, j in sorted(runs, key=lambda r: (r[1] - r[0], r[0])):
        if j - i < 2:
            continue
        base = "".join(a.base for a in atoms[i:j])
        if j - i < len(atoms) and base.replace(".", "").isdigit():
            continue  # 2/4/8 is no "48"
        emit(stem(base), atoms[i].start, atoms[j - 1].end)
    return tuple(found.values())


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
    """A Latin compound as the index spells its parts, case-folded and stemmed (dm-verity -> dm, verity;
    v6.6 -> 6.6)."""
    return [stem(a.base) for a in _atoms(word)]


def joined(word: str) -> str:
    """A Latin compound as one index term, as a query word is looked up (dm-verity -> dmverity)."""
    return stem("".join(a.base for a in _atoms(word)))


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
